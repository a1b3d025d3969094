"""Workspace safety benchmark: what the integrity checks, a backup and a restore cost on a large workspace.

Run on demand (never in the tests):

    .venv/bin/python benchmarks/workspace_bench.py [--n 10000] [--pages 2] [--keep DIR]

Builds, untimed, a workspace of N documents through the real store (``Store.save``: text of about 2,500
characters, ``--pages`` page readings each with every word's box, as a text-layer PDF letter leaves them) with a
review row and two decisions per document.  Then times, each in a fresh connection (best of 3; the file is in
the page cache, as right after ``cesr add``): opening the workspace as before this change (no check, the
baseline), ``PRAGMA quick_check`` (run on every open), ``Workspace.open`` with it, ``PRAGMA integrity_check``
(``cesr doctor``), ``cesr backup`` (snapshot + ZIP + checksums), verifying the backup, and ``cesr restore``
over the live workspace.  Writes the ``workspace`` section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

WORDS = ("patient reviewed emergency department chest pain abdominal sepsis antibiotics fluids consultant "
         "registrar plan discharge follow clinic letter assessment history examination observations stable "
         "bloods imaging referral ward admitted theatre procedure supervised competent feedback teaching").split()


def build(root: Path, n: int, pages: int) -> None:
    from tqdm import tqdm

    from pipeline.model import Document, PageText
    from pipeline.review.decisions import ReviewDB
    from pipeline.workspace import Workspace

    rng = random.Random(7)
    ws = Workspace.init(root, ["rcem-2021"])
    store = ws.store
    with ReviewDB(ws.store_path) as review:
        for i in tqdm(range(n), desc="build", unit="doc"):
            readings = []
            for p in range(pages):
                words = [rng.choice(WORDS) + (str(rng.randint(0, 99)) if rng.random() < 0.1 else "")
                         for _ in range(200)]
                boxes = tuple((0, k, (k % 12) / 12, (k // 12) / 40, (k % 12 + 0.8) / 12, (k // 12 + 0.8) / 40)
                              for k in range(len(words)))
                readings.append(PageText(" ".join(words), words=boxes, size=(595.0, 842.0)))
            text = f"Letter {i}\n" + "\n".join(r.text for r in readings)
            sha = f"{i:064x}"
            doc = Document(path=f"/evidence/letter-{i:05d}.pdf", sha256=sha, status="ok", format="pdf",
                           pages=pages, text=text, readings=readings, page_texts=[r.text for r in readings])
            store.save(doc)
            review.decide(sha, None, "add", "rcem-2021:SLO1")
            review.decide(sha, None, "reject", "rcem-2021:SLO3")
    ws.close()


def best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--pages", type=int, default=2)
    parser.add_argument("--keep", help="build the workspace here and keep it")
    args = parser.parse_args()

    from _results import machine, write_section

    from pipeline.migrations import integrity_check, quick_check
    from pipeline.workspace import Workspace

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cesr-ws-bench-"))
    root = base / "ws"
    try:
        if not root.exists():
            build(root, args.n, args.pages)
        db_file = root / ".cesr" / "documents.sqlite"
        size_mb = db_file.stat().st_size / 1e6

        def check(pragma):
            db = sqlite3.connect(str(db_file))
            assert pragma(db) == []
            db.close()

        def open_close(check_it: bool):
            Workspace.open(root, check=check_it).close()

        rows = {
            "open, as before (no check): baseline": best(lambda: open_close(False)),
            "`PRAGMA quick_check`": best(lambda: check(quick_check)),
            "open with `quick_check` (every open)": best(lambda: open_close(True)),
            "`PRAGMA integrity_check` (`cesr doctor`)": best(lambda: check(integrity_check)),
        }
        with Workspace.open(root) as ws:
            out = base / "bench.cesr-backup"
            start = time.perf_counter()
            info = ws.backup(out)
            rows["`cesr backup` (snapshot, ZIP, checksums)"] = time.perf_counter() - start
        from pipeline.backup import verify_backup

        rows["verifying the backup (checksums + integrity_check)"] = best(lambda: verify_backup(out), 1)
        start = time.perf_counter()
        Workspace.restore(root, out)
        rows["`cesr restore` over the live workspace (verify, safety backup, load)"] = time.perf_counter() - start

        lines = [
            "## Workspace safety (`quick_check` on open, `cesr doctor`, `cesr backup`, `cesr restore`)",
            "",
            f"Measured with `.venv/bin/python benchmarks/workspace_bench.py --n {args.n} --pages {args.pages}` on "
            f"{machine()}.",
            f"Workspace (built untimed through `Store.save` and `ReviewDB.decide`): {args.n} documents of "
            f"{args.pages} page(s) with every word's box, two decisions each; the SQLite file is "
            f"{size_mb:.0f} MB, the backup {info.size / 1e6:.0f} MB. Best of 3 for the checks and opens (file in "
            "the page cache), one run for backup, verify and restore.",
            "",
            "| step | seconds |",
            "|---|---:|",
            *[f"| {k} | {v:.3f} |" for k, v in rows.items()],
        ]
        body = "\n".join(lines)
        print(body)
        write_section("workspace", body)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
