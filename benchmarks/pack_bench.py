"""Pack benchmark: ``cesr pack`` on a reviewed workspace of N generated letters plus the sample corpus.

Run on demand (never in the tests):

    .venv/bin/python benchmarks/pack_bench.py [--n 1000] [--scan-share 0.05] [--keep DIR]

Builds the workspace untimed (``benchmarks/generate.py`` letters of 1-3 pages, a share of them image-only
scans, plus the 22 mixed-format files of ``corpora/sample``; ``cesr add``; one or two accepted mappings per
document; marked reviewed; copies made and checked by ``redact_workspace`` without OCR; verified), then times
``cesr pack`` in a child process: wall time, documents/s, pages/s, peak memory (the child's maximum resident
set), output size.  Writes the ``pack`` section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def build_workspace(base: Path, n: int, scan_share: float) -> tuple[Path, dict]:
    from generate import generate

    from pipeline.curriculum import load_curricula
    from pipeline.ingest import IngestSettings
    from pipeline.redact import RedactSettings, redact_workspace
    from pipeline.review.compute import node_table
    from pipeline.review.decisions import ReviewDB
    from pipeline.review.redaction import RedactionLog
    from pipeline.workspace import Workspace

    evidence = base / "evidence"
    t = time.perf_counter()
    made = generate(n, evidence / "letters", scan_share=scan_share)
    shutil.copytree(ROOT / "corpora" / "sample", evidence / "sample")
    timings = {"generate_s": time.perf_counter() - t}
    root = base / "ws"
    with Workspace.init(root, ["rcem-2021"], applicant="Dr Amara Okafor") as ws:
        t = time.perf_counter()
        ws.add([evidence], IngestSettings())
        timings["add_s"] = time.perf_counter() - t
        nodes = node_table(load_curricula(ws.curricula))
        outcomes = [n for n in nodes.values() if n.is_outcome and n.curriculum == "rcem-2021"]
        with ReviewDB(ws.store_path, nodes) as db:
            for doc in ws.store.documents(status="ok", include_text=False):
                rng = random.Random(doc.sha256)
                for node in rng.sample(outcomes, rng.choice([1, 1, 2])):
                    db.decide(doc.sha256, None, "add", node.id)
                db.set_reviewed(doc.sha256, None)
        t = time.perf_counter()
        redact_workspace(ws, base / "copies", RedactSettings(verify_ocr=False))
        timings["redact_s"] = time.perf_counter() - t
        with ReviewDB(ws.store_path) as db:
            log = RedactionLog(db)
            for doc in ws.store.documents(status="ok", include_text=False):
                if not log.open_flags(doc.sha256):
                    log.decide(doc.sha256, None, "verified")
        timings["documents"] = ws.store.count("ok")
    timings.update(made)
    return root, timings


_CHILD = """
import json, resource, sys
from pipeline.cli import main
rc = main(sys.argv[1:])
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "self_mib": me.ru_maxrss / 1024, "worker_mib": kids.ru_maxrss / 1024,
                  "cpu_s": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime}), file=sys.stderr)
"""


def run_pack(root: Path, out: Path) -> dict:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, "pack", "--workspace", str(root), "--out", str(out),
                           "--no-progress"], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"cesr pack failed: {proc.stderr[-2000:]}")
    usage = json.loads(proc.stderr.strip().splitlines()[-1])
    manifest = json.loads((out / "manifest.json").read_text())
    pages = manifest["limits"]["pages"]
    docs = len(manifest["documents"])
    return {"wall_s": wall, "cpu_s": usage["cpu_s"], "peak_mib": usage["self_mib"], "worker_mib": usage["worker_mib"],
            "documents": docs, "pages": pages,
            "bundles": len(manifest["bundles"]), "megabytes": manifest["limits"]["megabytes"],
            "left_out": len(manifest["left_out"]), "docs_per_s": docs / wall, "pages_per_s": pages / wall,
            "warnings": manifest["warnings"]}


def main() -> None:
    from _results import machine, write_section

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="generated letters (besides the 22 sample files)")
    parser.add_argument("--scan-share", type=float, default=0.05)
    parser.add_argument("--keep", type=Path, help="build the workspace here and keep it")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="cesr-pack-bench-"))
    try:
        root, setup = build_workspace(base, args.n, args.scan_share)
        r = run_pack(root, base / "pack")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(json.dumps({"setup": setup, "pack": r}, indent=2))
    body = f"""## Application pack (`cesr pack`)

Measured with `.venv/bin/python benchmarks/pack_bench.py --n {args.n} --scan-share {args.scan_share}` on {machine()}.
Workspace (built untimed): {args.n} generated letters of 1-3 pages ({setup['scanned']} image-only scans) and the 22
sample files (text PDFs, scans, photos, DOCX, text), {setup['documents']} documents, each with one or two accepted
outcomes, reviewed, copied and checked (`redact_workspace`, no OCR), verified. `cesr add` took {setup['add_s']:.0f} s,
the copies {setup['redact_s']:.0f} s.

| documents packed | pages | bundles | size | wall time | documents/s | pages/s | CPU | peak memory (main process / largest worker) |
|---|---|---|---|---|---|---|---|---|
| {r['documents']} | {r['pages']} | {r['bundles']} | {r['megabytes']:.1f} MB | {r['wall_s']:.1f} s | {r['docs_per_s']:.1f} | {r['pages_per_s']:.1f} | {r['cpu_s']:.1f} s | {r['peak_mib']:.0f} MiB / {r['worker_mib']:.0f} MiB |

Pages are made on one process per core (PDF pages rendered at 150 dpi from the stored reading and painted from
the plan, text set in pages), written as JPEG to a working folder; the bundles are then drawn by reportlab in
the main process, one image read at a time (a bundle's PDF is held in memory until it is saved). Warnings from the run: {'; '.join(r['warnings']) or 'none'}.
"""
    write_section("pack", body)


if __name__ == "__main__":
    main()
