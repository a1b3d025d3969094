"""Collect the hand-typed documents from texts_*.py and write ../texts.jsonl."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in ["texts_a", "texts_b", "texts_c", "texts_d", "texts_e", "texts_f", "texts_g", "texts_h"]:
    __import__(m)
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "texts.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for d in sorted(common.DOCS, key=lambda d: d["id"]):
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", len(common.DOCS), "texts")
