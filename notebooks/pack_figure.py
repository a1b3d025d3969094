"""Makes notebooks/figures/pack-index.png, the README's picture of an application pack's index page.

    .venv/bin/python notebooks/pack_figure.py

The bundled sample corpus (one fictional applicant) is added to a new workspace; each document gets the outcomes
of its label file (corpora/sample-labels.jsonl) accepted as the doctor would, is marked reviewed, its redacted
copy is made and checked and marked verified; then ``cesr pack`` builds the pack and the first page of its
index is drawn at 100 dpi with pdftoppm (poppler-utils).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPLICANT = "Dr Amara Okafor"


def main() -> None:
    from pipeline.cli import main as cesr
    from pipeline.curriculum import load_curricula
    from pipeline.ingest import IngestSettings
    from pipeline.redact import RedactSettings, redact_workspace
    from pipeline.review.compute import node_table
    from pipeline.review.decisions import ReviewDB
    from pipeline.review.redaction import RedactionLog
    from pipeline.workspace import Workspace

    labels = {Path(r["path"]).name: r for r in map(json.loads, (ROOT / "corpora/sample-labels.jsonl").read_text().splitlines())}
    base = Path(tempfile.mkdtemp(prefix="cesr-figure-"))
    root = base / "ws"
    with Workspace.init(root, ["rcem-2021"], applicant=APPLICANT) as ws:
        ws.add([ROOT / "corpora" / "sample"], IngestSettings(workers=2))
        with ReviewDB(ws.store_path, node_table(load_curricula(ws.curricula))) as db:
            for doc in ws.store.documents():
                row = labels.get(Path(doc.path).name)
                if doc.status != "ok" or row is None:
                    continue
                for node in row["labels"]:
                    db.decide(doc.sha256, db.version(doc.sha256), "add", node)
                db.set_reviewed(doc.sha256, db.version(doc.sha256))
        redact_workspace(ws, base / "copies", RedactSettings(workers=2))
        with ReviewDB(ws.store_path) as db:
            log = RedactionLog(db)
            for doc in ws.store.documents():
                if doc.status == "ok" and not log.open_flags(doc.sha256):
                    log.decide(doc.sha256, db.version(doc.sha256), "verified")
    out = base / "pack"
    assert cesr(["pack", "--workspace", str(root), "--out", str(out), "--no-progress"]) == 0
    target = ROOT / "notebooks" / "figures" / "pack-index"
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(out / "index.pdf"),
                    str(target)], check=True)
    shutil.rmtree(base, ignore_errors=True)
    print(f"written: {target}.png", file=sys.stderr)


if __name__ == "__main__":
    main()
