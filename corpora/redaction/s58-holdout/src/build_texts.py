import json, sys
sys.path.insert(0, "/work/s58-holdout/src")
import t1, t2, t3, t4
docs = t1.DOCS + t2.DOCS + t3.DOCS + t4.DOCS
with open("/work/s58-holdout/texts.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps({"id": d["id"], "kind": d["kind"], "applicant": d["applicant"], "text": d["text"],
                            "identifiers": [{"text": s, "type": t} for s, t in d["ids"]],
                            "keep": d["keep"]}, ensure_ascii=False) + "\n")
print(len(docs))
