"""Writes texts.jsonl from the hand-typed documents in src/a*.py. No text is generated here."""
import importlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
MODULES = ["a01_wierzbicki", "a02_prydderch", "a03_rostami", "a04_benedetti", "a05_venkataraman",
           "a06_mckeever", "a07_figueiredo", "a08_maclachlan", "a09_kravchenko", "a10_rousseau"]
out = []
for m in MODULES:
    mod = importlib.import_module(m)
    for d in mod.DOCS:
        out.append({"id": d["id"], "kind": d["kind"], "applicant": mod.APPLICANT, "text": d["text"],
                    "identifiers": [{"text": t, "type": ty} for t, ty in d["identifiers"]],
                    "keep": list(d["keep"])})
out.sort(key=lambda d: d["id"])
with open(os.path.join(HERE, "texts.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "text documents")
