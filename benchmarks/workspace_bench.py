"""Workspace safety benchmark: what the integrity checks, a backup and a restore cost on a large workspace.

Run on demand (never in the tests):

    .venv/bin/python benchmarks/workspace_bench.py [--n 10000] [--pages 2] [--keep DIR]

Builds, untimed, a workspace of N documents through the real store (``Store.save``: text of about 2,500
characters, ``--pages`` page readings each with every word's box, as a text-layer PDF letter leaves them) with a
review row and two decisions per document.  Then times, each in a fresh connection (best of 3; the file is in
the page cache, as right after ``cesr add``): a command's first open in a fresh process as before this change
(no check, the baseline) and with ``PRAGMA quick_check``, the check alone, a second open in the same process,
``PRAGMA integrity_check``
(``cesr doctor``), ``cesr backup`` (snapshot + ZIP + checksums), verifying the backup, and ``cesr restore``
over the live workspace.  Writes the ``workspace`` section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import subprocess
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
                words = [rng.choice(WORDS) if rng.random() < 0.5 else  # half of them rarer words and numbers
                         "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(3, 9)))
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
    from _results import best as fastest

    return fastest(fn, repeat)


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

        def open_in_new_process(check_it: bool) -> float:
            """A command's first open: a fresh process (its own timer, imports left out)."""
            code = ("import sys, time; from pipeline.workspace import Workspace; t = time.perf_counter(); "
                    f"Workspace.open(sys.argv[1], check={check_it}).close(); print(time.perf_counter() - t)")
            return min(float(subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, text=True,
                                            cwd=ROOT, check=True).stdout) for _ in range(3))

        def open_again() -> None:
            Workspace.open(root).close()

        open_again()
        rows = {
            "a command's first open, as before (no check): baseline": open_in_new_process(False),
            "a command's first open, with `quick_check`": open_in_new_process(True),
            "`PRAGMA quick_check` alone": best(lambda: check(quick_check)),
            "opening again in the same process (file unchanged)": best(open_again),
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
            "",
            "`quick_check` reads every page of the file; it runs on a command's first open and again only when the "
            "file changed (size or modification time), so a process that opens a workspace many times (the pack's "
            "workers, the tests) pays once. `integrity_check` also checks every index against its table. The "
            "backup's time is mostly DEFLATE of the snapshot; the restore verifies the backup, backs up the "
            "current state, then loads the snapshot through the online backup API.",
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
