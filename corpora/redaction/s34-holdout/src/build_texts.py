import json, importlib, sys
sys.path.insert(0, '.')
import common
for b in ["b1","b2","b3","b4","b5","b6","b7","b8","b9","b10"]:
    importlib.import_module(b)
out = open('../texts.jsonl','w')
for i, d in enumerate(common.DOCS, 1):
    rec = {"id": "s34-%03d" % i, "kind": d["kind"], "applicant": d["applicant"], "text": d["text"],
           "identifiers": d["identifiers"], "keep": d["keep"]}
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(common.DOCS))
