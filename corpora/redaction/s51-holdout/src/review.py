"""Reviewer's aid: list words with capitals or digits that no identifier or keep string covers."""
import json, re, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if len(sys.argv) > 2 and d["id"] not in sys.argv[2:]:
        continue
    t = d["text"]
    cov = [False] * len(t)
    for s in [i["text"] for i in d["identifiers"]] + d["keep"]:
        j = t.find(s)
        while j >= 0:
            for k in range(j, j + len(s)):
                cov[k] = True
            j = t.find(s, j + 1)
    out = []
    for m in re.finditer(r"\S+", t):
        w = m.group()
        if any(cov[m.start():m.end()]):
            continue
        if re.search(r"\d{3,}", w) or (re.match(r"^[\"'(]?[A-Z][a-z]", w)):
            out.append(w)
    print(d["id"], " ".join(dict.fromkeys(out)))
    print()
