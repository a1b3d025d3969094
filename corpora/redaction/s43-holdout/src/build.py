"""Serialise the hand-written documents in docs_*.py to ../texts.jsonl (one JSON object a line)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import docs_01, docs_02, docs_03, docs_04, docs_05, docs_06  # noqa: E402

ALL = docs_01.DOCS + docs_02.DOCS + docs_03.DOCS + docs_04.DOCS + docs_05.DOCS + docs_06.DOCS

if __name__ == "__main__":
    out = os.path.join(HERE, "..", "texts.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for d in ALL:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(ALL)} documents to {os.path.normpath(out)}")
