"""``cesr ingest``, ``cesr suggest`` and ``cesr summary``: files (or a workspace's documents) in, JSON Lines out."""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from .common import (curricula_arg, executor_for, open_workspace, output_to, password_options, progress_bar,
                     progress_options, scheduler_option, workspace_option)


def _batch_options(p, paths_nargs="+") -> None:
    """The options ``cesr ingest`` and ``cesr suggest`` share: files in, JSON Lines out, the worker pool."""
    p.add_argument("paths", nargs=paths_nargs, metavar="PATH", help="files or folders (searched recursively)")
    p.add_argument("--out", "-o", default="-", help="output JSON Lines file (default: stdout)")
    p.add_argument("--workers", type=int, default=0, help="processes for reading files (default: one per core)")
    p.add_argument("--no-ocr", action="store_true", help="do not OCR scans and images")
    p.add_argument("--applicant", default=None,
                   help="the applicant's name, kept by the anonymiser")
    password_options(p)
    progress_options(p)
    scheduler_option(p)


def add_ingest(sub) -> None:
    p = sub.add_parser("ingest", help="read files into clean, anonymised text")
    _batch_options(p)
    p.add_argument("--keep-identifiers", action="store_true",
                   help="do not anonymise (output then contains patient identifiers)")
    p.add_argument("--pages", action="store_true", help="include the text of each page")
    p.set_defaults(func=cmd_ingest)


def cmd_ingest(args) -> int:
    from ..ingest import discover, ingest_many

    files = discover(args.paths)
    if not files:
        print("no files found", file=sys.stderr)
        return 1
    counts: Counter = Counter()
    failures = []
    start = time.perf_counter()
    with executor_for(args) as executor, output_to(args.out) as out, progress_bar(len(files), "ingest", args.progress) as bar:
        for doc in ingest_many(files, _ingest_settings(args), anonymise=not args.keep_identifiers,
                               applicant=args.applicant, executor=executor):
            out.write(json.dumps(doc.to_json(include_pages=args.pages), ensure_ascii=False) + "\n")
            out.flush()
            counts[doc.status] += 1
            if not doc.ok:
                failures.append((doc.path, doc.error))
            bar.update(1)
    _summary(counts, failures, args.out, time.perf_counter() - start)
    return 0 if counts.get("ok") else 1


def add_suggest(sub) -> None:
    p = sub.add_parser("suggest", help="suggest curriculum outcomes for each file (or a workspace's documents)")
    _batch_options(p, paths_nargs="*")
    p.add_argument("--curriculum", "-c", action="append",
                   help="curriculum id or file; repeat or comma-separate for several (required with PATH)")
    workspace_option(p)
    p.add_argument("--recompute", action="store_true",
                   help="with --workspace: recompute every document (learning from your latest decisions)")
    p.add_argument("--top-k", type=int, default=10, help="suggestions per document (default 10)")
    p.add_argument("--calibrator", help="calibrator file (default models/calibrator.json)")
    p.set_defaults(func=cmd_suggest)


def cmd_suggest(args) -> int:
    from ..curriculum import load_curricula
    from ..ingest import discover, ingest_many
    from ..parallel import pool_workers
    from ..suggest import SuggestSettings, Suggester

    if not args.paths:  # cesr suggest --workspace DIR: suggestions stored in the workspace, for review
        return cmd_suggest_workspace(args)
    if args.workspace is not None or args.recompute:
        print("error: give either PATH... (with --curriculum and --out) or --workspace DIR without PATH",
              file=sys.stderr)
        return 2
    if not args.curriculum:
        print("error: --curriculum is required with PATH", file=sys.stderr)
        return 2
    curricula = load_curricula(curricula_arg(args.curriculum))
    files = discover(args.paths)
    if not files:
        print("no files found", file=sys.stderr)
        return 1
    suggester = Suggester(SuggestSettings(top_k=args.top_k)).fit(curricula, calibrator_path=args.calibrator)
    counts: Counter = Counter()
    failures = []
    start = time.perf_counter()
    with executor_for(args) as executor, output_to(args.out) as out, progress_bar(len(files), "suggest", args.progress) as bar:
        settings = _ingest_settings(args)
        # --workers N asks for N processes whatever the batch size; by default a pool only pays for itself
        # on a large batch (each worker loads the model)
        workers = min(args.workers, len(files)) if args.workers else pool_workers(len(files), settings.pool_size)
        if workers > 1 or executor is not None:
            # a large batch (or a cluster): each worker reads, cuts and embeds, the model loaded once per worker
            analysed = suggester.analyse_files(files, settings, anonymise=True, applicant=args.applicant,
                                               workers=workers, executor=executor)
        else:
            # the model loads on a thread while the pool starts and reads the first files (about 4 s of
            # CPU, most of it imports that wait on nothing else); a failure is raised again at first use
            threading.Thread(target=_quietly, args=(suggester.model.load,), daemon=True).start()
            docs = ingest_many(files, settings, anonymise=True, applicant=args.applicant)
            analysed = suggester.analyse_documents(docs)
        for doc, analysis in analysed:
            counts[doc.status] += 1
            if not doc.ok:
                failures.append((doc.path, doc.error))
            _write_record(out, doc, analysis.suggestions, analysis.none)
            bar.update(1)
    _summary(counts, failures, args.out, time.perf_counter() - start)
    return 0 if counts.get("ok") else 1


def cmd_suggest_workspace(args) -> int:
    from ..review.compute import suggest_workspace

    ws = open_workspace(args)
    if args.curriculum and set(curricula_arg(args.curriculum)) != set(ws.curricula):
        print(f"error: the workspace's curricula are {', '.join(ws.curricula)}; --curriculum is not needed",
              file=sys.stderr)
        return 2
    with ws:
        total = ws.store.count("ok")
        if not total:
            print(f"no readable documents in {ws.root}: add some with 'cesr add PATH --workspace {ws.root}'",
                  file=sys.stderr)
            return 1
        with executor_for(args) as executor, progress_bar(total, "suggest", args.progress) as bar:
            report = suggest_workspace(ws, top_k=args.top_k, recompute=args.recompute,
                                       calibrator_path=args.calibrator, on_document=lambda doc: bar.update(1),
                                       executor=executor)
    print(report.format())
    print(f"review them with: cesr review --workspace {ws.root}")
    return 0


def _quietly(fn) -> None:
    try:
        fn()
    except Exception:  # noqa: BLE001 - the caller meets the same error when it needs the result
        pass


def _write_record(out, doc, suggestions, none: dict | None = None) -> None:
    record = {
        "document": {
            "path": doc.path, "sha256": doc.sha256, "status": doc.status, "error": doc.error,
            "format": doc.format, "pages": doc.pages, "ocr_pages": doc.ocr_pages,
        },
        "none_of_these": {cid: round(p, 4) for cid, p in sorted((none or {}).items())},
        "suggestions": [s.to_json() for s in suggestions],
    }
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def add_summary(sub) -> None:
    p = sub.add_parser("summary", help="summarise a suggestions file: coverage per outcome and gaps")
    p.add_argument("suggestions", help="output of 'cesr suggest'")
    p.add_argument("--curriculum", "-c", action="append", required=True)
    p.add_argument("--threshold", type=float, default=0.5, help="confidence counted as covered (default 0.5)")
    p.add_argument("--chart", help="write a coverage chart (PNG)")
    p.set_defaults(func=cmd_summary)


def cmd_summary(args) -> int:
    from ..curriculum import load_curricula
    from ..report import coverage_chart, summarise_suggestions

    curricula = load_curricula(curricula_arg(args.curriculum))
    records = [json.loads(line) for line in Path(args.suggestions).read_text(encoding="utf-8").splitlines() if line.strip()]
    text, coverage = summarise_suggestions(records, curricula, threshold=args.threshold)
    print(text)
    if args.chart:
        coverage_chart(coverage, curricula, args.chart, threshold=args.threshold)
        print(f"coverage chart: {args.chart}")
    return 0


def _ingest_settings(args):
    from ..ingest import IngestSettings

    return IngestSettings(ocr=not args.no_ocr, workers=args.workers)


def _summary(counts: Counter, failures: list[tuple[str, str]], out: str | None, seconds: float) -> None:
    total = sum(counts.values())
    print(f"processed {total} file(s) in {seconds:.1f}s: {counts.get('ok', 0)} ok, {counts.get('failed', 0)} failed",
          file=sys.stderr)
    for path, reason in failures[:20]:
        print(f"  failed: {path}: {reason}", file=sys.stderr)
    if len(failures) > 20:
        print(f"  ... and {len(failures) - 20} more (see the output file)", file=sys.stderr)
    if out and out != "-":
        print(f"results: {out}", file=sys.stderr)
