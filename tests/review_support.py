"""A real workspace for the review, export and report tests: corpora/sample, read and suggested once per run.

Each test works on its own copy (the SQLite file is closed, so a copy is consistent).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"
LABELS = ROOT / "corpora" / "sample-labels.jsonl"

_BASE: dict[str, Path] = {}


def base_workspace(tmp_path_factory, model) -> Path:
    """The sample corpus in a workspace with suggestions (built on first use, then shared)."""
    if "root" not in _BASE:
        from pipeline.ingest import IngestSettings
        from pipeline.review.compute import suggest_workspace
        from pipeline.workspace import Workspace

        root = tmp_path_factory.mktemp("review-base") / "ws"
        with Workspace.init(root, ["rcem-2021"], applicant="Amara Okafor") as ws:
            report = ws.add([SAMPLE], IngestSettings(workers=2))
            assert report.counts.get("new") == len(list(SAMPLE.iterdir()))
            suggest_workspace(ws, model=model)
        _BASE["root"] = root
    return _BASE["root"]


def copy_workspace(base: Path, dest: Path) -> Path:
    shutil.copytree(base, dest)
    return dest


def sample_labels() -> dict[str, list[str]]:
    """File name -> labelled nodes of corpora/sample."""
    out = {}
    for line in LABELS.read_text().splitlines():
        if line.strip():
            rec = json.loads(line)
            out[Path(rec["path"]).name] = rec["labels"]
    return out


#: Debian's chromium, driven by Playwright (never a browser download), with the flags this closed network needs.
CHROMIUM = os.environ.get("CESR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def require_chromium() -> None:
    """Skip the calling test module without chromium (`make browser` installs it); on CI, fail instead."""
    import pytest

    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            raise RuntimeError(f"{CHROMIUM} is missing: run 'make browser' (make test does)")
        pytest.skip(f"{CHROMIUM} is missing: run 'make browser'", allow_module_level=True)
