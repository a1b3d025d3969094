"""Collect the hand-typed documents from texts_*.py and write ../texts.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import texts_rahmani, texts_wieczorek, texts_raghunathan, texts_haddad, texts_ferrer, texts_okafor  # noqa: E402
import texts_lindqvist, texts_demir, texts_papadopoulou  # noqa: E402

MODULES = [texts_rahmani, texts_wieczorek, texts_raghunathan, texts_haddad, texts_ferrer, texts_okafor,
           texts_lindqvist, texts_demir, texts_papadopoulou]


def main():
    docs = []
    for m in MODULES:
        docs.extend(m.DOCS)
    docs.sort(key=lambda d: d["id"])
    out = os.path.join(HERE, "..", "texts.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to texts.jsonl")


if __name__ == "__main__":
    main()
