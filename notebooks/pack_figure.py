"""Makes notebooks/figures/pack-index.png, the README's picture of an application pack's index page.

    .venv/bin/python notebooks/pack_figure.py

The bundled sample corpus (one fictional applicant) is added to a new workspace; each document gets the outcomes
of its label file (corpora/sample-labels.jsonl) accepted as the doctor would, is marked reviewed, its redacted
copy is made and checked and marked verified; then ``cesr pack`` builds the pack, and the first page of its
``index.pdf`` is opened in Chromium's own PDF viewer (Debian's chromium driven by Playwright, as the browser tests
do) and photographed as a doctor sees it before uploading.

    .venv/bin/python notebooks/pack_figure.py --pack DIR   # photograph the index of a pack already built
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPLICANT = "Dr Amara Okafor"
CHROMIUM = os.environ.get("CESR_CHROMIUM", "/usr/bin/chromium")


def screenshot(pdf: Path, target: Path) -> None:
    """The first page of ``pdf`` as Chromium's PDF viewer shows it (toolbar and thumbnails hidden, page width)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 820, "height": 1130}, device_scale_factor=1)
            page.goto(pdf.resolve().as_uri() + "#toolbar=0&navpanes=0&view=FitH", wait_until="load")
            page.wait_for_timeout(2500)  # the viewer draws the page after the load event
            page.screenshot(path=str(target))
        finally:
            browser.close()


def build(base: Path) -> Path:
    """A pack of the sample corpus, reviewed as its labels say; returns the pack's folder."""
    from pipeline.cli import main as cesr
    from pipeline.curriculum import load_curricula
    from pipeline.ingest import IngestSettings
    from pipeline.redact import RedactSettings, redact_workspace
    from pipeline.review.compute import node_table
    from pipeline.review.decisions import ReviewDB
    from pipeline.review.redaction import RedactionLog
    from pipeline.workspace import Workspace

    labels = {Path(r["path"]).name: r for r in map(json.loads, (ROOT / "corpora/sample-labels.jsonl").read_text().splitlines())}
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
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=Path, help="a pack already built (its index.pdf is photographed)")
    args = parser.parse_args()
    target = ROOT / "notebooks" / "figures" / "pack-index.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    base = None if args.pack else Path(tempfile.mkdtemp(prefix="cesr-figure-"))
    try:
        screenshot((args.pack or build(base)) / "index.pdf", target)
    finally:
        if base is not None:
            shutil.rmtree(base, ignore_errors=True)
    print(f"written: {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
