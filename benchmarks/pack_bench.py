"""Pack benchmark: ``cesr pack`` on a reviewed workspace of N generated letters plus the sample corpus.

Run on demand (never in the tests):

    .venv/bin/python benchmarks/pack_bench.py [--n 1000] [--scan-share 0.05] [--keep DIR] [--baseline CHECKOUT]

Builds the workspace untimed (``benchmarks/generate.py`` letters of 1-3 pages, a share of them image-only
scans, plus the 22 mixed-format files of ``corpora/sample``; ``cesr add``; one or two accepted mappings per
document; marked reviewed; copies made and checked by ``redact_workspace`` without OCR; verified), then times
``cesr pack`` in a child process: wall time, documents/s, pages/s, peak memory (the largest sum of the resident
sets of the child's whole process tree, sampled every 0.1 s), output size, bytes per page and how the pages are
stored.  With ``--baseline CHECKOUT`` (another checkout of this repository, e.g. ``git worktree add
/tmp/pack-base COMMIT``) the same workspace is packed by that checkout's code too, in the same run.  With
``--keep DIR`` an existing workspace in ``DIR`` is reused.  Writes the ``pack`` section of
``benchmarks/RESULTS.md``.
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


def tree_rss(proc) -> int:
    import psutil

    total = 0
    for p in [proc] + proc.children(recursive=True):
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def _storage(out: Path, manifest: dict) -> dict:
    """How the bundles' pictures are stored (``pdfimages -list``: one row per picture)."""
    kinds: dict[str, int] = {}
    for f in manifest["files"]:
        if f["file"].endswith(".pdf"):
            rows = subprocess.run(["pdfimages", "-list", str(out / f["file"])], capture_output=True,
                                  text=True).stdout.splitlines()[2:]
            for row in rows:
                enc = row.split()[8]
                kinds[enc] = kinds.get(enc, 0) + 1
    return kinds


def run_pack(root: Path, out: Path, code: Path = ROOT) -> dict:
    import psutil

    t = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", _CHILD, "pack", "--workspace", str(root), "--out", str(out),
                              "--no-progress"], cwd=code, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(code)})
    peak = 0
    watched = psutil.Process(child.pid)
    while child.poll() is None:
        peak = max(peak, tree_rss(watched))
        time.sleep(0.1)
    stdout, stderr = child.communicate()
    wall = time.perf_counter() - t
    if child.returncode != 0:
        raise SystemExit(f"cesr pack failed: {stderr[-2000:]}")
    usage = json.loads(stderr.strip().splitlines()[-1])
    manifest = json.loads((out / "manifest.json").read_text())
    pages = manifest["limits"]["pages"]
    docs = len(manifest["documents"])
    pdf_bytes = sum(f["bytes"] for f in manifest["files"] if f["file"].endswith(".pdf"))
    return {"wall_s": wall, "cpu_s": usage["cpu_s"], "peak_mib": usage["self_mib"], "worker_mib": usage["worker_mib"],
            "tree_peak_mib": peak / 2**20, "documents": docs, "pages": pages,
            "kb_per_page": pdf_bytes / 1e3 / max(1, pages), "largest_mb": max(f["bytes"] for f in manifest["files"]) / 1e6,
            "pictures": _storage(out, manifest),
            "bundles": len(manifest["bundles"]), "megabytes": manifest["limits"]["megabytes"],
            "left_out": len(manifest["left_out"]), "docs_per_s": docs / wall, "pages_per_s": pages / wall,
            "warnings": manifest["warnings"]}


def _row(label: str, r: dict) -> str:
    pictures = ", ".join(f"{n} {k}" for k, n in sorted(r["pictures"].items())) or "none"
    return (f"| {label} | {r['documents']} | {r['pages']} | {r['bundles']} | {r['megabytes']:.1f} MB | "
            f"{r['kb_per_page']:.1f} KB | {r['largest_mb']:.1f} MB | {pictures} | {r['wall_s']:.1f} s | "
            f"{r['pages_per_s']:.1f} | {r['cpu_s']:.1f} s | {r['tree_peak_mib']:.0f} MiB | "
            f"{r['peak_mib']:.0f} / {r['worker_mib']:.0f} MiB |")


def main() -> None:
    from _results import machine, write_section

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="generated letters (besides the 22 sample files)")
    parser.add_argument("--scan-share", type=float, default=0.05)
    parser.add_argument("--keep", type=Path, help="build the workspace here and keep it (reused when it is there)")
    parser.add_argument("--baseline", type=Path, help="a checkout of the code to compare with, packed in the same run")
    parser.add_argument("--build-only", action="store_true", help="build the workspace (--keep) and stop")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="cesr-pack-bench-"))
    setup_file = base / "setup.json"
    try:
        if args.keep and setup_file.exists():
            root, setup = base / "ws", json.loads(setup_file.read_text())
        else:
            root, setup = build_workspace(base, args.n, args.scan_share)
            setup_file.write_text(json.dumps(setup))
        if args.build_only:
            return
        runs = {}
        if args.baseline:
            shutil.rmtree(base / "pack-baseline", ignore_errors=True)
            runs["baseline"] = run_pack(root, base / "pack-baseline", args.baseline.resolve())
        shutil.rmtree(base / "pack", ignore_errors=True)
        runs["this commit"] = run_pack(root, base / "pack")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(json.dumps({"setup": setup, **runs}, indent=2))
    r = runs["this commit"]
    baseline_commit = ""
    if args.baseline:
        baseline_commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                         cwd=args.baseline).stdout.strip()
    rows = "\n".join(_row(f"baseline ({baseline_commit})" if k == "baseline" else k, v) for k, v in runs.items())
    body = f"""## Application pack (`cesr pack`)

Measured with `.venv/bin/python benchmarks/pack_bench.py --n {args.n} --scan-share {args.scan_share}` on {machine()}.
Workspace (built untimed): {args.n} generated letters of 1-3 pages ({setup['scanned']} image-only scans) and the 22
sample files (text PDFs, scans, photos, DOCX, text), {setup['documents']} documents, each with one or two accepted
outcomes, reviewed, copied and checked (`redact_workspace`, no OCR), verified. `cesr add` took {setup['add_s']:.0f} s,
the copies {setup['redact_s']:.0f} s.{" The baseline is the same workspace packed by commit " + baseline_commit + ", in the same run, just before." if args.baseline else ""}

| code | documents packed | pages | bundles | size | per page | largest file | pictures (pdfimages) | wall time | pages/s | CPU | peak memory (process tree, RSS sum) | main / largest worker (max RSS) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
{rows}

Warnings from the run: {'; '.join(r['warnings'][:2]) or 'none'}{' ...' if len(r['warnings']) > 2 else ''}
"""
    write_section("pack", body)


if __name__ == "__main__":
    main()
