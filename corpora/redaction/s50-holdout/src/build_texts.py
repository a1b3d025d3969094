"""Collects the hand-typed documents in src/texts_*.py into ../texts.jsonl with ids s50-001..."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DOCS
for m in "abcdefghij":
    __import__("texts_" + m)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "texts.jsonl")
with open(out, "w") as f:
    for i, d in enumerate(DOCS, 1):
        rec = {"id": "s50-%03d" % i, **d}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(DOCS), "texts written")
