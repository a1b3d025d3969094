"""Assemble texts.jsonl from the hand-written source modules t01..t07 (run from anywhere)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import t01_letters_uk, t02_letters_abroad, t03_tables, t04_governance, t05_eportfolio, t06_misc, t07_ocr
docs = []
for m in (t01_letters_uk, t02_letters_abroad, t03_tables, t04_governance, t05_eportfolio, t06_misc, t07_ocr):
    docs.extend(m.DOCS)
docs.sort(key=lambda d: d["id"])
out = os.path.join(HERE, "..", "texts.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {len(docs)} documents to texts.jsonl")
