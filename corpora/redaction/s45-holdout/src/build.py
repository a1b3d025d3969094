"""Serialise the hand-written documents in docs_*.py into ../texts.jsonl."""
import json
import pathlib

import docs_abroad_1
import docs_abroad_2
import docs_uk_1
import docs_uk_2

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "texts.jsonl"


def main():
    docs = docs_abroad_1.DOCS + docs_abroad_2.DOCS + docs_uk_1.DOCS + docs_uk_2.DOCS
    docs.sort(key=lambda d: d["id"])
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            rec = {
                "id": d["id"],
                "kind": d["kind"],
                "applicant": d["applicant"],
                "text": d["text"],
                "identifiers": [{"text": t, "type": ty} for t, ty in d["identifiers"]],
                "keep": list(d["keep"]),
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {OUT}")


if __name__ == "__main__":
    main()
