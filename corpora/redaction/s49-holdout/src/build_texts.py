"""Assemble the hand-typed documents in texts_*.py into ../texts.jsonl with ids s49-001 ..."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts_a, texts_b, texts_c, texts_d, texts_e, texts_f, texts_g, texts_h, texts_i, texts_j

docs = []
for m in (texts_a, texts_b, texts_c, texts_d, texts_e, texts_f, texts_g, texts_h, texts_i, texts_j):
    docs.extend(m.DOCS)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "texts.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, d in enumerate(docs, 1):
        rec = {"id": f"s49-{n:03d}", "kind": d["kind"], "applicant": d["applicant"], "text": d["text"],
               "identifiers": d["identifiers"], "keep": d["keep"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(docs), "texts written")
