"""Ingestion benchmark: 1,000 digital letters and 100 scanned pages.

Run on demand (never in the tests):

    .venv/bin/python benchmarks/ingest_bench.py [--letters 1000] [--scans 100] [--workers N]

Measures, on this machine:

- ``cesr add`` of 1,000 digital letters (text-layer PDFs, DOCX, text) into a new
  workspace: documents/s, pages/s, peak memory (the whole process tree), the
  batch process's memory as the corpus grows, and the time to re-run the same
  ``add`` on the unchanged corpus;
- ``cesr add`` of 100 scanned pages (PNG, JPEG, image-only PDFs, one and two
  pages), and the OCR path alone (ingestion without the anonymiser) beside the
  baseline: bare ``tesseract`` on the very same page images (the image files
  themselves; PDF pages rendered beforehand exactly as the pipeline renders
  them, untimed), one process per worker, ``OMP_THREAD_LIMIT=1``;
- PDF text layers read by PDFium and by pdfplumber (time and word agreement);
- evidence type and date accuracy of :mod:`pipeline.ingest.classify`.

Writes the ``ingest`` section of ``benchmarks/RESULTS.md`` (other sections
are kept) and ``benchmarks/ingest_results.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora"))

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
RESULTS_JSON = ROOT / "benchmarks" / "ingest_results.json"
START, END = "<!-- ingest:start -->", "<!-- ingest:end -->"


# ---------------------------------------------------------------- machine


def machine() -> dict:
    from _results import cpu_model

    cpu = cpu_model()
    ram_gib = 0.0
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        ram_gib = kb / 1024 / 1024
    except (OSError, AttributeError):
        pass
    tess = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return {"nproc": os.cpu_count(), "cores_usable": len(os.sched_getaffinity(0)), "cpu": cpu,
            "ram_gib": round(ram_gib, 1), "python": platform.python_version(), "tesseract": tess,
            "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"), "os": platform.platform()}


# ---------------------------------------------------------------- CPU time and load


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of every descendant it (or they) waited for."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def load() -> float:
    return round(os.getloadavg()[0], 2)


# ---------------------------------------------------------------- memory sampler


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, stack = [], [root]
    while stack:
        pid = stack.pop()
        for child in children.get(pid, []):
            out.append(child)
            stack.append(child)
    return out


class MemorySampler:
    """Peak RSS of this process and of the whole tree (workers and Tesseract), sampled."""

    def __init__(self, every: float = 0.25) -> None:
        self.every = every
        self.peak_tree = 0
        self.peak_self = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            own = _rss_kib(me)
            total = own + sum(_rss_kib(p) for p in _descendants(me))
            self.peak_self = max(self.peak_self, own)
            self.peak_tree = max(self.peak_tree, total)
            self._stop.wait(self.every)

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


# ---------------------------------------------------------------- corpora


def _texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "corpora" / "labelled" / "src").glob("*.jsonl")):
        texts += [json.loads(l)["text"] for l in path.read_text().splitlines() if l.strip()]
    texts += [p.read_text() for p in sorted((ROOT / "corpora" / "sample-src").glob("*.txt"))]
    return texts


def build_letters(folder: Path, n: int) -> dict:
    """n unique digital letters: 70% text-layer PDF, 15% DOCX, 15% text."""
    from build_sample import write_docx, write_pdf

    folder.mkdir(parents=True, exist_ok=True)
    texts = _texts()
    rng = random.Random(2026)
    formats = {"pdf": 0, "docx": 0, "txt": 0}
    for i in range(n):
        text = texts[i % len(texts)] + f"\n\nPortfolio reference: CESR-{i:05d}\n"
        year = 2019 + i % 7
        sub = folder / str(year)
        sub.mkdir(exist_ok=True)
        roll = rng.random()
        if roll < 0.70:
            write_pdf(text, sub / f"letter-{i:04d}.pdf")
            formats["pdf"] += 1
        elif roll < 0.85:
            write_docx(text, sub / f"letter-{i:04d}.docx")
            formats["docx"] += 1
        else:
            (sub / f"letter-{i:04d}.txt").write_text(text, encoding="utf-8")
            formats["txt"] += 1
    return formats


def build_scans(folder: Path, pages: int) -> dict:
    """Scanned pages as a phone or scanner makes them: PNG, JPEG, image-only PDFs of 1 and 2 pages."""
    from build_sample import render_page_images

    folder.mkdir(parents=True, exist_ok=True)
    texts = [t for t in _texts() if len(t) > 1500]
    made = {"png": 0, "jpg": 0, "pdf_1_page": 0, "pdf_2_pages": 0}
    i = 0
    count = 0
    while count < pages:
        text = texts[i % len(texts)] + f"\nScan reference S-{i:04d}"
        rendered = render_page_images(text, seed=i)
        kind = ["png", "png", "jpg", "pdf1", "pdf2"][i % 5]
        if kind == "pdf2" and len(rendered) >= 2 and pages - count >= 2:
            rendered[0].save(folder / f"scan-{i:03d}.pdf", save_all=True, append_images=rendered[1:2], resolution=200)
            made["pdf_2_pages"] += 1
            count += 2
        elif kind in ("pdf1", "pdf2"):
            rendered[0].save(folder / f"scan-{i:03d}.pdf", resolution=200)
            made["pdf_1_page"] += 1
            count += 1
        elif kind == "jpg":
            rendered[0].save(folder / f"scan-{i:03d}.jpg", quality=75, dpi=(200, 200))
            made["jpg"] += 1
            count += 1
        else:
            rendered[0].save(folder / f"scan-{i:03d}.png", dpi=(200, 200))
            made["png"] += 1
            count += 1
        i += 1
    return made


# ---------------------------------------------------------------- runs


def run_add(corpus: Path, ws_dir: Path, workers: int, checkpoints=(100, 250, 500, 1000)) -> dict:
    from pipeline.ingest import IngestSettings
    from pipeline.workspace import Workspace

    if ws_dir.exists():
        shutil.rmtree(ws_dir)
    ws = Workspace.init(ws_dir, ["rcem-2021"], applicant="Amara Okafor")
    rss_at: dict[int, float] = {}
    seen = [0]

    def on_document(doc, outcome):
        seen[0] += 1
        if seen[0] in checkpoints:
            rss_at[seen[0]] = round(_rss_kib(os.getpid()) / 1024, 1)

    load_before = load()
    with MemorySampler() as memory:
        start, cpu = time.perf_counter(), cpu_seconds()
        report = ws.add([corpus], IngestSettings(workers=workers), progress=False, on_document=on_document)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    again_start = time.perf_counter()
    again = ws.add([corpus], IngestSettings(workers=workers), progress=False)
    rerun = time.perf_counter() - again_start
    ws.close()
    return {
        "documents": report.counts.get("new", 0), "failed": report.counts.get("failed", 0), "pages": report.pages,
        "ocr_pages": report.ocr_pages, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 1),
        "cpu_ms_per_doc": round(1000 * cpu / max(report.files, 1)), "cpu_ms_per_page": round(1000 * cpu / max(report.pages, 1)),
        "load_before": load_before, "load_after": load(),
        "docs_per_s": round(report.files / seconds, 2), "pages_per_s": round(report.pages / seconds, 2),
        "peak_tree_mib": round(memory.peak_tree / 1024), "peak_batch_process_mib": round(memory.peak_self / 1024),
        "batch_process_rss_mib_at": rss_at,
        "rerun_seconds": round(rerun, 2), "rerun_unchanged": again.counts.get("unchanged", 0),
        "flags": dict(report.flags),
    }


def _page_images(corpus: Path, out: Path) -> list[tuple[str, int | None]]:
    """The images the pipeline hands to Tesseract, for the baseline: image files as they are, PDF pages rendered
    exactly as the pipeline renders them."""
    import pypdfium2 as pdfium

    from pipeline.ingest import IngestSettings
    from pipeline.ingest.readers import render_page_for_ocr

    settings = IngestSettings()
    out.mkdir(parents=True, exist_ok=True)
    images: list[tuple[str, int | None]] = []
    for path in sorted(corpus.iterdir()):
        if path.suffix == ".pdf":
            pdf = pdfium.PdfDocument(str(path))
            for i in range(len(pdf)):
                page = pdf[i]
                target = out / f"{path.stem}-{i + 1}.pgm"
                dpi = render_page_for_ocr(page, str(target), settings)
                images.append((str(target), dpi))
                page.close()
            pdf.close()
        else:
            images.append((str(path), None))
    return images


def bare_tesseract(images: list[tuple[str, int | None]], workers: int) -> tuple[float, float]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(item):
        path, dpi = item
        cmd = ["tesseract", path, "stdout", "--psm", "3"] + (["--dpi", str(dpi)] if dpi else []) + ["tsv"]
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

    start, cpu = time.perf_counter(), cpu_seconds()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, images))
    return time.perf_counter() - start, cpu_seconds() - cpu


def resident_tesseract(images: list[tuple[str, int | None]], workers: int) -> tuple[float, float]:
    """The same pages read by Tesseract kept loaded (``pipeline.ingest.tesseract_server``, one per worker), and
    nothing else: the fastest way to run Tesseract here, against which the pipeline's own work is measured."""
    import threading

    from pipeline.ingest.tesseract_server import TesseractServer

    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    local = threading.local()
    servers = []
    lock = threading.Lock()

    def one(item):
        path, dpi = item
        if not hasattr(local, "server"):
            local.server = TesseractServer(env)
            with lock:
                servers.append(local.server)
        local.server.tsv(path, "eng", 3, dpi, 120.0)

    start, cpu = time.perf_counter(), cpu_seconds()
    try:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(one, images))
    finally:
        for server in servers:
            server.close()
    return time.perf_counter() - start, cpu_seconds() - cpu


def ocr_path_only(corpus: Path, workers: int) -> tuple[float, float, int]:
    """Ingestion of the scans as ``ingest_stream`` does it, without the anonymiser (the OCR path)."""
    from pipeline.ingest import IngestSettings, discover, ingest_stream

    files = discover([corpus])
    start, cpu = time.perf_counter(), cpu_seconds()
    pages = sum(d.ocr_pages for d in ingest_stream(files, IngestSettings(workers=workers), anonymise=False))
    return time.perf_counter() - start, cpu_seconds() - cpu, pages


def compare_ocr(corpus: Path, images, workers: int, rounds: int = 2) -> dict:
    """Bare Tesseract and the pipeline's OCR path, interleaved, best of ``rounds`` (the machine may be shared)."""
    bare_wall, bare_cpu, ours_wall, ours_cpu, loads = [], [], [], [], []
    kept_wall, kept_cpu = [], []
    pages = 0
    for _ in range(rounds):
        loads.append(load())
        wall, cpu = bare_tesseract(images, workers)
        bare_wall.append(wall)
        bare_cpu.append(cpu)
        wall, cpu = resident_tesseract(images, workers)
        kept_wall.append(wall)
        kept_cpu.append(cpu)
        wall, cpu, pages = ocr_path_only(corpus, workers)
        ours_wall.append(wall)
        ours_cpu.append(cpu)
        print(f"  round: bare {bare_wall[-1]:.1f}s/{bare_cpu[-1]:.1f} cpu-s, "
              f"kept loaded {kept_wall[-1]:.1f}s/{kept_cpu[-1]:.1f} cpu-s, ours {wall:.1f}s/{cpu:.1f} cpu-s, "
              f"load {loads[-1]}", flush=True)
    return {"pages": len(images), "pipeline_pages": pages, "rounds": rounds, "load_at_start_of_rounds": loads,
            "bare_tesseract_seconds": round(min(bare_wall), 2), "pipeline_ocr_seconds": round(min(ours_wall), 2),
            "bare_tesseract_cpu_seconds": round(min(bare_cpu), 1), "pipeline_ocr_cpu_seconds": round(min(ours_cpu), 1),
            "resident_tesseract_seconds": round(min(kept_wall), 2),
            "resident_tesseract_cpu_seconds": round(min(kept_cpu), 1),
            "all_bare_seconds": [round(x, 2) for x in bare_wall], "all_resident_seconds": [round(x, 2) for x in kept_wall],
            "all_pipeline_seconds": [round(x, 2) for x in ours_wall]}


def pdf_text_engines(corpus: Path, limit: int = 100) -> dict:
    import difflib

    from pipeline.ingest import IngestSettings, ingest_file

    pdfs = sorted(corpus.rglob("*.pdf"))[:limit]
    timings = {}
    texts = {}
    for engine in ("pdfium", "pdfplumber"):
        settings = IngestSettings(workers=1, ocr=False, classify=False, pdf_text=engine)
        start = time.perf_counter()
        texts[engine] = [ingest_file(p, settings, anonymise=False) for p in pdfs]
        timings[engine] = time.perf_counter() - start
    pages = sum(d.pages for d in texts["pdfium"])
    ratios = [difflib.SequenceMatcher(None, a.text.split(), b.text.split(), autojunk=False).ratio()
              for a, b in zip(texts["pdfium"], texts["pdfplumber"])]
    return {"pdfs": len(pdfs), "pages": pages,
            "pdfium_ms_per_page": round(1000 * timings["pdfium"] / pages, 1),
            "pdfplumber_ms_per_page": round(1000 * timings["pdfplumber"] / pages, 1),
            "word_agreement_mean": round(sum(ratios) / len(ratios), 4), "word_agreement_min": round(min(ratios), 4)}


def classification() -> dict:
    from pipeline.ingest import IngestSettings, ingest_many
    from pipeline.ingest.classify import evaluate_labelled

    root = ROOT / "corpora"
    out = {}
    for split in ("dev", "test"):
        rows = [json.loads(l) for l in (root / "labelled" / f"{split}.jsonl").read_text().splitlines() if l.strip()]
        res = evaluate_labelled((r["text"], r.get("kind"), None) for r in rows)
        out[f"labelled_{split}"] = {"n": res["type_total"], "type_accuracy": round(res["type_accuracy"], 3)}
    manifest = {json.loads(l)["source"][:2]: json.loads(l)
                for l in (root / "sample-src" / "manifest.jsonl").read_text().splitlines() if l.strip()}
    right_type = right_date = 0
    docs = list(ingest_many(sorted(str(p) for p in (root / "sample").iterdir()), IngestSettings()))
    for doc in docs:
        label = manifest[Path(doc.path).name[:2]]
        right_type += doc.evidence_type == label["evidence_type"]
        right_date += doc.date == label["date"]
    out["sample_files"] = {"n": len(docs), "type_accuracy": round(right_type / len(docs), 3),
                           "date_accuracy": round(right_date / len(docs), 3)}
    return out


# ---------------------------------------------------------------- report


def _resident_lines(base: dict) -> list[str]:
    """The second baseline: Tesseract kept loaded, as the pipeline runs it (absent from runs before it existed)."""
    if "resident_tesseract_seconds" not in base:
        return []
    kept = base["resident_tesseract_seconds"]
    return [
        f"Second baseline, **Tesseract kept loaded** (`pipeline.ingest.tesseract_server`, one per process, the same "
        f"pages and settings, nothing else done): {kept} s, {round(base['pages'] / kept, 2)} pages/s, "
        f"{base['resident_tesseract_cpu_seconds']} CPU-s (rounds {base['all_resident_seconds']} s). The pipeline "
        f"reads pages this way, so its own work (code search, rendering, pool start-up, date and type) is "
        f"{100 * (base['pipeline_ocr_seconds'] / kept - 1):+.1f}% wall-clock against it; against the `tesseract` "
        f"command, which loads its model for every page, the pipeline runs at "
        f"**{100 * base['bare_tesseract_seconds'] / base['pipeline_ocr_seconds']:.1f}% of its pages/s**.",
        "",
    ]


def write_results(r: dict) -> None:
    m, d, s = r["machine"], r["digital"], r["scanned"]
    base = r["baseline"]
    cls = r["classification"]
    eng = r["pdf_text"]
    wall = 100 * (base["pipeline_ocr_seconds"] / base["bare_tesseract_seconds"] - 1)
    cpu = 100 * (base["pipeline_ocr_cpu_seconds"] / base["bare_tesseract_cpu_seconds"] - 1)
    rss = ", ".join(f"{k}: {v} MiB" for k, v in d["batch_process_rss_mib_at"].items())
    lf, sf = r["letters_formats"], r["scans_formats"]
    lines = [
        START,
        "## Ingestion",
        "",
        f"Measured {m['date']} with `.venv/bin/python benchmarks/ingest_bench.py` on {m['cpu']}, "
        f"{m['nproc']} cores (nproc), {m['ram_gib']} GiB RAM, Python {m['python']}, {m['tesseract']}; "
        f"{r['workers']} worker processes. The machine was shared with other jobs during the run (1-minute load "
        "average in the table; 2.0 would mean these 2 cores were fully used by this benchmark alone), so wall-clock "
        "rates are lower bounds; CPU time (this process and all its descendants) is given beside them.",
        "",
        "| corpus | run | documents/s | pages/s | CPU per document | peak memory (all processes) | time | load |",
        "|---|---|---|---|---|---|---|---|",
        f"| {d['documents']} digital letters ({lf['pdf']} text PDFs, {lf['docx']} DOCX, {lf['txt']} text; "
        f"{d['pages']} pages) | `cesr add`, new workspace | {d['docs_per_s']} | {d['pages_per_s']} | "
        f"{d['cpu_ms_per_doc']} ms | {d['peak_tree_mib']} MiB | {d['seconds']} s | {d['load_before']}→{d['load_after']} |",
        f"| the same, unchanged | `cesr add` again (hashing only) | {round(d['documents'] / d['rerun_seconds'])} | – | – | – "
        f"| {d['rerun_seconds']} s | |",
        f"| {s['pages']} scanned pages ({s['documents']} files: {sf['png']} PNG, {sf['jpg']} JPEG, {sf['pdf_1_page']} "
        f"one-page and {sf['pdf_2_pages']} two-page image PDFs) | `cesr add`, new workspace | {s['docs_per_s']} | "
        f"{s['pages_per_s']} | {s['cpu_ms_per_page']} ms per page | {s['peak_tree_mib']} MiB | {s['seconds']} s | "
        f"{s['load_before']}→{s['load_after']} |",
        f"| the same, unchanged | `cesr add` again (hashing only) | {round(s['documents'] / max(s['rerun_seconds'], 1e-3))} "
        f"| – | – | – | {s['rerun_seconds']} s | |",
        "",
        f"Memory stays flat as the batch grows: the batch process held {rss} after that many documents "
        f"(peak {d['peak_batch_process_mib']} MiB; the rest of the peak is the workers and their Tesseract).",
        "",
        f"**OCR throughput against bare Tesseract** (the same {base['pages']} page images, {r['workers']} processes, "
        f"`OMP_THREAD_LIMIT=1`, best of {base['rounds']} interleaved rounds, load {base['load_at_start_of_rounds']}). "
        f"Baseline: bare `tesseract IMAGE stdout --psm 3 tsv` on each image (PDF pages rendered beforehand, untimed, "
        f"exactly as the pipeline renders them): {base['bare_tesseract_seconds']} s, "
        f"{round(base['pages'] / base['bare_tesseract_seconds'], 2)} pages/s, {base['bare_tesseract_cpu_seconds']} CPU-s. "
        f"Pipeline's OCR path (`ingest_stream` without the anonymiser: pool start-up, PDF rendering, Tesseract, "
        f"orientation check, date and type): {base['pipeline_ocr_seconds']} s, "
        f"{round(base['pages'] / base['pipeline_ocr_seconds'], 2)} pages/s, {base['pipeline_ocr_cpu_seconds']} CPU-s. "
        f"Difference: **{wall:+.1f}% wall-clock, {cpu:+.1f}% CPU** (the rounds: bare {base['all_bare_seconds']} s, "
        f"pipeline {base['all_pipeline_seconds']} s). The full `cesr add` above adds the anonymiser and the store.",
        "",
        *_resident_lines(base),
        f"PDF text layers ({eng['pdfs']} text PDFs, {eng['pages']} pages): PDFium {eng['pdfium_ms_per_page']} ms/page, "
        f"pdfplumber {eng['pdfplumber_ms_per_page']} ms/page; the same words in the same order "
        f"(difflib ratio of word sequences: mean {eng['word_agreement_mean']}, min {eng['word_agreement_min']}), so "
        f"PDFium is the default (`IngestSettings(pdf_text=\"pdfplumber\")` keeps the other).",
        "",
        "Evidence type and date (`pipeline/ingest/classify.py`: rules, no model; labelled kinds mapped to the type "
        "list by `LABELLED_KINDS`; the rules were written with these documents in view, so these are not held-out "
        "figures):",
        "",
        "| documents | type accuracy | date accuracy |",
        "|---|---|---|",
        f"| corpora/sample files, read through the pipeline (OCR for scans), n={cls['sample_files']['n']} | "
        f"{cls['sample_files']['type_accuracy']:.0%} | {cls['sample_files']['date_accuracy']:.0%} |",
        f"| corpora/labelled dev, n={cls['labelled_dev']['n']} | {cls['labelled_dev']['type_accuracy']:.0%} | "
        "no date labels |",
        f"| corpora/labelled test, n={cls['labelled_test']['n']} | {cls['labelled_test']['type_accuracy']:.0%} | "
        "no date labels |",
        "",
        "The near-duplicate check flags the synthetic letters that repeat a labelled text with only a new reference "
        f"line ({d['flags'].get('near-duplicate', 0)} of {d['documents']}), as it should.",
        END,
    ]
    section = "\n".join(lines)
    if RESULTS.exists():
        text = RESULTS.read_text()
        if START in text and END in text:
            text = text[: text.index(START)] + section + text[text.index(END) + len(END):]
        else:
            text = text.rstrip() + "\n\n" + section + "\n"
    else:
        text = "# Benchmark results\n\n" + section + "\n"
    RESULTS.write_text(text)
    RESULTS_JSON.write_text(json.dumps(r, indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--scans", type=int, default=100)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--keep", help="keep the generated corpora in this folder")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds of the OCR comparison (best kept)")
    parser.add_argument("--only", choices=["all", "ocr", "report"], default="all",
                        help="'ocr': only the OCR comparison; 'report': rewrite RESULTS.md from the last results")
    args = parser.parse_args()

    if args.only == "report":
        write_results(json.loads(RESULTS_JSON.read_text()))
        return
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cesr-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    result: dict = {"machine": machine(), "workers": args.workers}
    print(f"machine: {result['machine']}", flush=True)
    try:
        letters, scans = tmp / "letters", tmp / "scans"
        t = time.perf_counter()
        result["letters_formats"] = build_letters(letters, args.letters) if not letters.exists() else \
            json.loads((tmp / "letters.json").read_text())
        (tmp / "letters.json").write_text(json.dumps(result["letters_formats"]))
        result["scans_formats"] = build_scans(scans, args.scans) if not scans.exists() else \
            json.loads((tmp / "scans.json").read_text())
        (tmp / "scans.json").write_text(json.dumps(result["scans_formats"]))
        print(f"corpora ready in {time.perf_counter() - t:.0f}s", flush=True)
        if args.only == "ocr":
            previous = json.loads(RESULTS_JSON.read_text())
            images = _page_images(scans, tmp / "page-images")
            previous["baseline"] = compare_ocr(scans, images, args.workers, rounds=args.rounds)
            previous["machine"]["date_ocr_comparison"] = result["machine"]["date"]
            write_results(previous)
            print(f"baseline: {previous['baseline']}")
            return

        result["digital"] = run_add(letters, tmp / "ws-letters", args.workers)
        print(f"digital: {result['digital']}", flush=True)
        result["scanned"] = run_add(scans, tmp / "ws-scans", args.workers)
        print(f"scanned: {result['scanned']}", flush=True)

        images = _page_images(scans, tmp / "page-images")
        result["baseline"] = compare_ocr(scans, images, args.workers, rounds=args.rounds)
        print(f"baseline: {result['baseline']}", flush=True)
        result["pdf_text"] = pdf_text_engines(letters)
        print(f"pdf text: {result['pdf_text']}", flush=True)
        result["classification"] = classification()
        print(f"classification: {result['classification']}", flush=True)
        write_results(result)
        print(f"written: {RESULTS.relative_to(ROOT)}, {RESULTS_JSON.relative_to(ROOT)}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
