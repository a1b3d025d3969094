"""Serialise the hand-written documents in docs_*.py to ../texts.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import docs_a, docs_b, docs_c, docs_d  # noqa: E402

docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
out = os.path.join(HERE, "..", "texts.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {len(docs)} documents to {os.path.normpath(out)}")
