"""Split the labelled documents in ``corpora/labelled/src/`` into dev and test.

The split is fixed by a hash of each document's id (30% test), so adding
documents never moves an old one between splits.  ``test.jsonl`` is for
final measurement only: nothing is tuned or fitted on it.

    .venv/bin/python corpora/split_labelled.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "labelled"
TEST_SHARE = 0.30


def is_test(doc_id: str) -> bool:
    digest = hashlib.sha256(f"cesr-split:{doc_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < TEST_SHARE


def main() -> None:
    dev, test = [], []
    for src in sorted((HERE / "src").glob("*.jsonl")):
        for line in src.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                (test if is_test(row["id"]) else dev).append(row)
    for name, rows in (("dev", dev), ("test", test)):
        (HERE / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        print(f"{name}: {len(rows)} documents")


if __name__ == "__main__":
    main()
