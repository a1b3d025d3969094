"""What the one redaction engine costs: reading and anonymising, and making checked copies, against the code before it.

    .venv/bin/python benchmarks/anonymise_bench.py --baseline-tree /tmp/oldtree [--n 200]

The baseline is the same project at an earlier commit (``git worktree add /tmp/oldtree 654f683``: the last
commit before issue 13), run by the same Python on the same files in the same run, one after the other:

* **read + anonymise**: ``ingest_many`` over a generated corpus (``benchmarks/generate.py``, 90% text-layer
  letters, 10% scans) on two worker processes.  Since issue 13 every text-layer word has its box, pages with
  pictures are searched for codes, scans are searched for codes and pages with few words are read again
  straightened.
* **copies**: ``cesr redact`` over ``corpora/sample`` (22 files of every kind), with each side's own check (the
  old code re-read and re-OCR'd each copy; the new one runs the leak check, which OCRs each copy).

Ratios are new / old wall-clock time; below 1 is faster.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

_READ = """
import sys, time
from pipeline.ingest import IngestSettings, discover, ingest_many
if __name__ == "__main__":
    files = discover([sys.argv[1]])
    start = time.perf_counter()
    docs = list(ingest_many(files, IngestSettings(workers=2, classify=False), anonymise=True,
                            applicant="Dr Amara Okafor"))
    print(time.perf_counter() - start, len(docs), sum(d.ok for d in docs), sum(d.pages for d in docs))
"""

_REDACT = """
import sys, time
from pipeline.ingest import discover
from pipeline.redact import redact_many
if __name__ == "__main__":
    files = discover([sys.argv[1]])
    start = time.perf_counter()
    results = list(redact_many(files, sys.argv[2], applicant="Dr Amara Okafor"))
    print(time.perf_counter() - start, len(results), sum(r.status != "failed" for r in results), 0)
"""


def run(tree: Path, script: str, *args: str) -> tuple[float, int, int, int]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(script)
    try:
        out = subprocess.run([sys.executable, f.name, *args], env=env, capture_output=True, text=True, check=True,
                             cwd=tempfile.gettempdir())
    finally:
        os.unlink(f.name)
    seconds, n, ok, pages = out.stdout.strip().splitlines()[-1].split()
    return float(seconds), int(n), int(ok), int(pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-tree", type=Path, required=True, help="a worktree of the earlier commit")
    parser.add_argument("--n", type=int, default=200, help="generated letters to read")
    args = parser.parse_args()
    corpus = Path(tempfile.mkdtemp(prefix="cesr-anon-bench-"))
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--n", str(args.n), "--scan-share", "0.1",
                    "--out", str(corpus)], check=True, capture_output=True)
    rows = []
    for label, script, extra in (("read + anonymise, generated letters", _READ, [str(corpus)]),
                                 ("redacted copies, checked, corpora/sample", _REDACT, None)):
        times = {}
        for side, tree in (("before", args.baseline_tree), ("now", ROOT)):
            out = tempfile.mkdtemp(prefix="cesr-anon-out-")
            times[side] = run(tree, script, *(extra or [str(ROOT / "corpora" / "sample"), out]))
        rows.append((label, times))
        print(label, json.dumps(times), file=sys.stderr)
    from _results import machine, write_section

    lines = [
        "## Anonymisation engine (issue 13): cost against the code before it",
        "",
        f"Machine: {machine()}. Command: `.venv/bin/python benchmarks/anonymise_bench.py --baseline-tree TREE` "
        "(TREE: `git worktree add TREE 654f683`, the last commit before the one redaction engine).",
        "",
        "| job | documents | before (s) | now (s) | now / before |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, t in rows:
        before, now = t["before"], t["now"]
        lines.append(f"| {label} | {now[1]} | {before[0]:.1f} | {now[0]:.1f} | {now[0] / before[0]:.2f} |")
    lines += [
        "",
        "Reading now keeps every word's box (PDFium, about 4 ms a text-layer page), searches scans and pages with "
        "pictures for barcodes and QR codes (zxing-cpp, 40-100 ms a page image), reads pages with few words "
        "again straightened, and reads again at four slants only the part of a short page where ink was left "
        "unread (a label stuck on at an angle); copies no longer read or OCR a file a second time to redact it, "
        "but the leak check OCRs every copy's pages and pictures.",
    ]
    write_section("anonymise", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
