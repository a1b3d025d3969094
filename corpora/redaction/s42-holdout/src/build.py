import json, sys, os, importlib
sys.path.insert(0, os.path.dirname(__file__))
import common
for m in sorted(f[:-3] for f in os.listdir(os.path.dirname(__file__)) if f.startswith("d") and f.endswith(".py")):
    importlib.import_module(m)
out = os.path.join(os.path.dirname(__file__), "..", "texts.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in common.DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(common.DOCS), "documents written")
