"""Writes texts.jsonl and files.jsonl from the hand-typed documents in src/ and renders files/."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import texts_a, texts_b, texts_c, texts_d, texts_e, make_files

docs = texts_a.DOCS + texts_b.DOCS + texts_c.DOCS + texts_d.DOCS + texts_e.DOCS
with open(os.path.join(HERE, "texts.jsonl"), "w", encoding="utf-8") as fh:
    for d in docs:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
recs = make_files.build()
with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as fh:
    for r in recs:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(docs), "texts;", len(recs), "files")
