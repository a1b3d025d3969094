"""Writes texts.jsonl from the hand-typed documents in src/ (no text is generated), then renders files/."""
import json, os, sys, importlib, subprocess
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.join(HERE, "src"))
docs = []
for mod in ("t_a1_a2", "t_a3_a4", "t_a5_a6", "t_a7_a8", "t_a9_a10"):
    docs += importlib.import_module(mod).DOCS
with open(os.path.join(HERE, "texts.jsonl"), "w", encoding="utf-8") as fh:
    for d in docs: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(docs), "text documents")
subprocess.run([sys.executable, os.path.join(HERE, "make_files.py")], check=True)
