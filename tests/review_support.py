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


def synthetic_workspace(root: Path, n: int) -> Path:
    """A workspace of ``n`` short documents built without the model: saved through the store, five suggestions
    each through ``ReviewDB.store_suggestions`` (as ``cesr suggest`` stores them), one document in four with an
    accepted suggestion, one in six reviewed.  Dates, types and confidences vary, seeded."""
    import random

    from pipeline.curriculum import load_curricula
    from pipeline.model import Document
    from pipeline.review.compute import current_versions, node_table
    from pipeline.review.decisions import ReviewDB
    from pipeline.workspace import Workspace

    rng = random.Random(3)
    with Workspace.init(root, ["rcem-2021"], applicant="Amara Okafor") as ws:
        curricula = load_curricula(ws.curricula)
        nodes = node_table(curricula)
        versions = current_versions(curricula)
        ids = sorted(nodes)
        with ReviewDB(ws.store_path, nodes) as review:
            for i in range(n):
                text = f"Supervised chest drain insertion number {i}; competent, feedback given by the consultant."
                sha = f"{i + 1:064x}"
                ws.store.save(Document(path=f"/evidence/{i:03d}-dops-chest-drain.txt", sha256=sha, status="ok",
                                       format="text", pages=1, text=text, page_texts=[text],
                                       date=f"2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}",
                                       evidence_type=("wpba_dops", "clinic_letter", "audit_qi")[i % 3]))
                picked = rng.sample(ids, 5)
                confs = sorted((rng.random() for _ in picked), reverse=True)
                review.store_suggestions(sha, [
                    {"node": node, "outcome": nodes[node].outcome, "curriculum": "rcem-2021",
                     "title": nodes[node].title, "rank": r + 1, "confidence": c, "score": c, "excerpt": text[:40],
                     "start": 0, "end": 40} for r, (node, c) in enumerate(zip(picked, confs))], versions)
                if i % 4 == 0:
                    review.decide(sha, None, "accept", picked[0], versions=versions)
                if i % 6 == 0:
                    review.set_reviewed(sha, None)
    return root


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


def documents_by_name(root: Path) -> dict[str, object]:
    """The workspace's documents by file name."""
    from pipeline.workspace import Workspace

    with Workspace.open(root) as ws:
        return {Path(d.path).name: d for d in ws.store.documents()}


def review_db(root: Path):
    """The review database of a workspace on rcem-2021, with its node table (as the review app opens it)."""
    from pipeline.curriculum import load_curricula
    from pipeline.review.compute import node_table
    from pipeline.review.decisions import ReviewDB
    from pipeline.workspace import Workspace

    return ReviewDB(Workspace.open(root).store_path, node_table(load_curricula(["rcem-2021"])))


def decide_labels(root: Path, names: list[str]) -> None:
    """Review as a doctor would: accept labelled nodes, reject the rest of the top 3, mark reviewed."""
    labels = sample_labels()
    docs = documents_by_name(root)
    with review_db(root) as db:
        for name in names:
            sha = docs[name].sha256
            wanted = set(labels[name])
            suggested = {s["node"] for s in db.suggestions(sha)}
            for s in db.suggestions(sha)[:3]:
                if s["node"] not in wanted:
                    db.decide(sha, db.version(sha), "reject", s["node"])
            for node in sorted(wanted):
                kind = "accept" if node in suggested else "add"
                db.decide(sha, db.version(sha), kind, node)
            db.set_reviewed(sha, db.version(sha))


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
