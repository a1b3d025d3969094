import json, re, sys
import gen_common
import part1, part2, part3, part4, part5
docs = gen_common.DOCS
out = []
errs = 0
for i, d in enumerate(docs, 1):
    d = dict(id=f"h30-{i:03d}", **d)
    t = d["text"]
    seen = set()
    for it in d["identifiers"]:
        if it["text"] not in t: print("MISSING ID", d["id"], repr(it["text"])); errs += 1
        if it["text"] in seen: print("DUP ID", d["id"], it["text"]); errs += 1
        seen.add(it["text"])
    for k in d["keep"]:
        if k not in t: print("MISSING KEEP", d["id"], repr(k)); errs += 1
        for it in d["identifiers"]:
            if it["text"] in k or k in it["text"]:
                print("OVERLAP", d["id"], repr(k), repr(it["text"]))
    if d["applicant"] not in t and d["applicant"].split()[-1] not in t and "Olu" not in t and "Priya" not in t and "SB" not in t and "Saoirse" not in t:
        print("NOTE applicant not named", d["id"])
    out.append({"id": d["id"], "kind": d["kind"], "applicant": d["applicant"], "text": t,
                "identifiers": d["identifiers"], "keep": d["keep"]})
assert len({d["id"] for d in out}) == len(out)
with open("texts.jsonl", "w") as f:
    for d in out: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "docs;", errs, "errors")
sys.exit(1 if errs else 0)
