"""Assemble texts.jsonl from the hand-typed documents in texts_0*.py (no generation, just serialisation)."""
import json, importlib, pathlib, sys
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
out = []
for mod in ["texts_01", "texts_02", "texts_03", "texts_04", "texts_05"]:
    try:
        m = importlib.import_module(mod)
    except ModuleNotFoundError:
        continue
    for d in m.DOCS:
        out.append({"id": d["id"], "kind": d["kind"], "applicant": d["applicant"], "text": d["text"],
                    "identifiers": [{"text": t, "type": ty} for t, ty in d["ids"]],
                    "keep": list(d["keep"])})
with open(HERE.parent / "texts.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "text documents written")
