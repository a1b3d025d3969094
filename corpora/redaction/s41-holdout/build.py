"""Writes texts.jsonl from the hand-written documents in docs_*.py."""
import json, glob, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs_*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "texts.jsonl"), "w", encoding="utf-8") as out:
    for d in common.DOCS:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(common.DOCS), "documents written")
