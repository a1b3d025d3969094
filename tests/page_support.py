"""A small real workspace for the page view's tests: three files of corpora/sample read by ``Workspace.add`` (a
two-page PDF with a text layer, a scanned one-page PDF read by Tesseract, a plain-text discharge summary), built
once per run and copied per test.

Each document gets suggestions stored as ``cesr suggest`` stores them (``ReviewDB.store_suggestions``), without the
model: their passages are chosen here, one around a removed name on the first page and one on the last page, so
the tests know where the page view must draw them.
"""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from review_support import SAMPLE

APPLICANT = "Amara Okafor"
FILES = {"letter": "01-clinic-letter-airway.pdf", "scan": "09-dops-chest-drain.pdf",
         "text": "02-discharge-summary-sepsis.txt"}

_BASE: dict[str, Path] = {}


def passages_of(text: str) -> list[tuple[int, int]]:
    """Two passages of a document's review text: around its first removed name or number (a tag) and its last
    80 characters."""
    tag = text.find("[")
    first = (max(0, tag - 30), min(len(text), tag + 40)) if tag >= 0 else (0, min(len(text), 60))
    return [first, (max(0, len(text) - 80), len(text))]


def page_workspace(tmp_path_factory) -> Path:
    """The workspace (built on first use, then shared: copy it before writing)."""
    if "root" not in _BASE:
        from pipeline.curriculum import load_curricula
        from pipeline.ingest import IngestSettings
        from pipeline.review.compute import current_versions, node_table
        from pipeline.review.decisions import ReviewDB
        from pipeline.workspace import Workspace

        base = tmp_path_factory.mktemp("page-view")
        evidence = base / "evidence"
        evidence.mkdir()
        for name in FILES.values():
            shutil.copy(SAMPLE / name, evidence / name)
        root = base / "ws"
        with Workspace.init(root, ["rcem-2021"], applicant=APPLICANT) as ws:
            report = ws.add([evidence], IngestSettings(workers=1))
            assert report.counts.get("new") == len(FILES)
            curricula = load_curricula(ws.curricula)
            nodes = node_table(curricula)
            ids = sorted(nodes)
            with ReviewDB(ws.store_path, nodes) as review:
                for doc in ws.store.documents(status="ok"):
                    rows = []
                    for rank, (start, end) in enumerate(passages_of(doc.text)):
                        node = ids[rank * 7]
                        rows.append({"node": node, "outcome": nodes[node].outcome, "curriculum": "rcem-2021",
                                     "title": nodes[node].title, "rank": rank + 1, "confidence": 0.9 - 0.3 * rank,
                                     "score": 0.9 - 0.3 * rank, "excerpt": doc.text[start:end], "start": start,
                                     "end": end})
                    review.store_suggestions(doc.sha256, rows, current_versions(curricula))
        _BASE["root"] = root
    return _BASE["root"]


def copy_page_workspace(tmp_path_factory, dest: Path) -> tuple[Path, Path]:
    """A copy of the workspace and of its evidence folder (``dest/ws``, ``dest/evidence``), the documents' paths
    pointing at the copy (so a test may move a file away)."""
    import sqlite3

    from pipeline.workspace import Workspace

    base = page_workspace(tmp_path_factory).parent
    shutil.copytree(base / "evidence", dest / "evidence")
    root = shutil.copytree(base / "ws", dest / "ws")
    with Workspace.open(root) as ws:
        store_path = ws.store_path
    old, new = str(base / "evidence"), str(dest / "evidence")
    db = sqlite3.connect(store_path)
    with db:
        for table in ("documents", "paths"):
            db.execute(f"UPDATE {table} SET path = replace(path, ?, ?)", (old, new))
    db.close()
    return root, dest / "evidence"


def documents(root: Path) -> dict[str, object]:
    """The workspace's documents by key of :data:`FILES`."""
    from pipeline.workspace import Workspace

    with Workspace.open(root) as ws:
        by_name = {Path(d.path).name: d for d in ws.store.documents()}
    return {key: by_name[name] for key, name in FILES.items()}


@contextmanager
def serving(tmp_path_factory, dest: Path) -> Iterator[tuple[object, object, Path, Path]]:
    """A copy of the page workspace served by a real review server on 127.0.0.1 (an ephemeral port):
    ``(server, app, workspace root, evidence folder)``; the server is stopped on leaving."""
    from pipeline.review.server import ReviewApp, make_server
    from pipeline.workspace import Workspace

    root, evidence = copy_page_workspace(tmp_path_factory, dest)
    ws = Workspace.open(root)
    app = ReviewApp(ws)
    server = make_server(app, 0).start()
    try:
        yield server, app, root, evidence
    finally:
        server.stop()
        ws.close()
