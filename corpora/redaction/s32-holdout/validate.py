#!/usr/bin/env python3
import json, re, collections, sys
rows = [json.loads(l) for l in open("texts.jsonl")]
errs = []; ids = set(); kinds = collections.Counter(); types = collections.Counter(); apps = collections.Counter()
for r in rows:
    for k in ("id","kind","applicant","text","identifiers","keep"): 
        if k not in r: errs.append(f"{r.get('id')}: missing {k}")
    if r["id"] in ids: errs.append("dup id " + r["id"])
    ids.add(r["id"]); kinds[r["kind"]] += 1; apps[r["applicant"]] += 1
    t = r["text"]
    if "<<" in t or "[[" in t or "]]" in t or ">>" in t: errs.append(f"{r['id']}: leftover markup")
    idstr = [i["text"] for i in r["identifiers"]]
    for i in r["identifiers"]:
        types[i["type"]] += 1
        if i["text"] not in t: errs.append(f"{r['id']}: identifier not in text: {i['text']!r}")
    for k in r["keep"]:
        if k not in t: errs.append(f"{r['id']}: keep not in text: {k!r}")
    # overlap: identifier occurrence inside a keep occurrence or vice versa
    def spans(s): return [(m.start(), m.end()) for m in re.finditer(re.escape(s), t)]
    for i in idstr:
        for k in r["keep"]:
            for a,b in spans(i):
                for c,d in spans(k):
                    if a < d and c < b: errs.append(f"{r['id']}: identifier {i!r} overlaps keep {k!r}")
        # word-boundary warning (identifier occurring inside a longer word)
        for a,b in spans(i):
            if (a>0 and t[a-1].isalnum() and i[0].isalnum()) or (b<len(t) and t[b].isalnum() and i[-1].isalnum()):
                print(f"WARN {r['id']}: {i!r} occurs inside a word at {a}: ...{t[max(0,a-15):b+15]!r}")
    if r["applicant"] not in t and not any(k in t for k in r["keep"]): errs.append(f"{r['id']}: no keep")
for e in errs: print("ERR", e)
print(len(rows), "docs;", sum(types.values()), "identifier labels;", sum(len(r['keep']) for r in rows), "keep labels")
print("applicants:", dict(apps)); print("types:", dict(sorted(types.items()))); print("kinds:", len(kinds), dict(sorted(kinds.items())))
sys.exit(1 if errs else 0)
