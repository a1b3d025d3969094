"""The ``cesr`` command line."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from . import __version__

log = logging.getLogger("cesr")


def _progress(total: int, desc: str, force: bool | None):
    from tqdm import tqdm

    disable = None if force is None else not force
    return tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, disable=disable, dynamic_ncols=True,
                smoothing=0.1)


@contextmanager
def _output(path: str | None) -> Iterator:
    if path in (None, "-"):
        yield sys.stdout
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(f"{path}.part")
    with open(tmp, "w", encoding="utf-8") as handle:
        yield handle
    os.replace(tmp, path)


def _ingest_settings(args):
    from .ingest import IngestSettings

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


# ---------------------------------------------------------------- ingest


def cmd_ingest(args) -> int:
    from .ingest import discover, ingest_many

    files = discover(args.paths)
    if not files:
        print("no files found", file=sys.stderr)
        return 1
    counts: Counter = Counter()
    failures = []
    start = time.perf_counter()
    with _output(args.out) as out, _progress(len(files), "ingest", args.progress) as bar:
        for doc in ingest_many(files, _ingest_settings(args), anonymise=not args.keep_identifiers,
                               applicant=args.applicant):
            out.write(json.dumps(doc.to_json(include_pages=args.pages), ensure_ascii=False) + "\n")
            out.flush()
            counts[doc.status] += 1
            if not doc.ok:
                failures.append((doc.path, doc.error))
            bar.update(1)
    _summary(counts, failures, args.out, time.perf_counter() - start)
    return 0 if counts.get("ok") else 1


# ---------------------------------------------------------------- suggest


def _curricula_arg(values: list[str]) -> list[str]:
    names = []
    for value in values:
        names.extend(v for v in value.split(",") if v)
    return names


def cmd_suggest(args) -> int:
    from .curriculum import load_curricula
    from .ingest import discover, ingest_many
    from .suggest import SuggestSettings, Suggester

    curricula = load_curricula(_curricula_arg(args.curriculum))
    files = discover(args.paths)
    if not files:
        print("no files found", file=sys.stderr)
        return 1
    suggester = Suggester(SuggestSettings(top_k=args.top_k)).fit(curricula, calibrator_path=args.calibrator)
    counts: Counter = Counter()
    failures = []
    start = time.perf_counter()
    with _output(args.out) as out, _progress(len(files), "suggest", args.progress) as bar:
        docs = ingest_many(files, _ingest_settings(args), anonymise=True, applicant=args.applicant)

        def tracked():
            for doc in docs:
                counts[doc.status] += 1
                if not doc.ok:
                    failures.append((doc.path, doc.error))
                yield doc

        batch_docs: list = []
        source = tracked()
        for doc in source:
            batch_docs.append(doc)
            if len(batch_docs) >= suggester.settings.doc_batch:
                _write_suggestions(out, batch_docs, suggester)
                bar.update(len(batch_docs))
                batch_docs = []
        if batch_docs:
            _write_suggestions(out, batch_docs, suggester)
            bar.update(len(batch_docs))
    _summary(counts, failures, args.out, time.perf_counter() - start)
    return 0 if counts.get("ok") else 1


def _write_suggestions(out, docs, suggester) -> None:
    for doc, suggestions in zip(docs, suggester.suggest_many(docs)):
        record = {
            "document": {
                "path": doc.path, "sha256": doc.sha256, "status": doc.status, "error": doc.error,
                "format": doc.format, "pages": doc.pages, "ocr_pages": doc.ocr_pages,
            },
            "suggestions": [s.to_json() for s in suggestions],
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


# ---------------------------------------------------------------- curricula


def cmd_curricula(args) -> int:
    from .curriculum import CurriculumError, list_curricula, load_curriculum, validate_file

    if args.action == "list":
        for path in list_curricula():
            try:
                cur = load_curriculum(str(path))
                incomplete = sum(1 for n in cur.nodes if n.status == "incomplete")
                note = f", {incomplete} incomplete" if incomplete else ""
                print(f"{cur.id:20} {len(cur.outcomes):3} outcomes {len(cur.nodes):5} nodes{note}  {cur.title} ({cur.version})")
            except CurriculumError as exc:
                print(f"{path.stem:20} INVALID: {exc}")
        return 0
    if args.action == "show":
        cur = load_curriculum(args.target)
        print(f"{cur.id}: {cur.title}, version {cur.version}")
        for key in ("awarding_body", "stage", "date_checked"):
            if cur.meta.get(key):
                print(f"  {key.replace('_', ' ')}: {cur.meta[key]}")
        if cur.guidance:
            print("  guidance: " + ", ".join(f"{k}={v}" for k, v in cur.guidance.items() if not isinstance(v, (list, dict))))
        print()
        nodes = cur.nodes if args.tree else cur.outcomes
        for node in nodes:
            indent = "  " * (node.level - 1)
            flags = "" if node.status == "complete" else " [incomplete]"
            if node.provenance not in ("official",):
                flags += f" ({node.provenance})"
            print(f"{indent}{node.code}  {node.title}{flags}")
        return 0
    if args.action == "import":
        from .curriculum_import import import_taxonomy, write_curriculum

        try:
            data = import_taxonomy(args.target, cid=args.id, title=args.title, version=args.version, fmt=args.format)
            dest = write_curriculum(data, args.out)
        except CurriculumError as exc:
            print(f"cannot import: {exc}", file=sys.stderr)
            return 1
        print(f"imported {len(data['nodes'])} statements as curriculum '{data['id']}': {dest}")
        print(f"use it with: cesr suggest PATH --curriculum {data['id'] if not args.out else dest}")
        return 0
    if args.action == "validate":
        try:
            cur = validate_file(args.target)
        except CurriculumError as exc:
            print(f"invalid: {exc}", file=sys.stderr)
            return 1
        print(f"ok: {cur.id} ({len(cur.outcomes)} outcomes, {len(cur.nodes)} nodes, content hash {cur.content_hash[:12]})")
        return 0
    raise SystemExit(2)


# ---------------------------------------------------------------- calibrate / evaluate


def cmd_calibrate(args) -> int:
    from .calibrate import Calibrator, default_calibrator_path
    from .evaluate import calibration_data, load_labelled
    from .suggest import SCORING_RECIPE, Suggester

    items = [it for path in args.labels for it in load_labelled(path)]
    suggester = Suggester()
    X, y = calibration_data(items, suggester, depth=args.depth)
    calibrator = Calibrator().fit(
        X, y, data=[str(p) for p in args.labels], documents=len(items), model=suggester.model.id,
        recipe=SCORING_RECIPE, depth=args.depth, target="suggestion's outcome is among the labelled outcomes",
    )
    out = args.out or default_calibrator_path()
    calibrator.save(out)
    print(f"calibrator fitted on {len(items)} documents ({len(y)} suggestions, {int(y.sum())} right): {out}")
    return 0


def cmd_evaluate(args) -> int:
    from .evaluate import (SuggesterRanker, TfidfBaseline, TitleCosineBaseline, documents_for, evaluate_rankers,
                           load_labelled)
    from .report import evaluation_markdown, reliability_diagram
    from .suggest import Suggester

    items = load_labelled(args.labels)
    suggester = Suggester(calibrator=None)
    if args.calibrator:
        suggester._calibrator_path = args.calibrator
    rankers = [SuggesterRanker(suggester)]
    if not args.no_baselines:
        rankers += [TfidfBaseline(), TitleCosineBaseline(suggester.model)]
    documents = documents_for(items)
    results = evaluate_rankers(items, rankers, level=args.level, documents=documents)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(evaluation_markdown(results, title=f"{args.labels} ({len(items)} documents, {args.level} level)"))
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "metrics.json").write_text(json.dumps(results, indent=2))
        (out / "report.md").write_text(evaluation_markdown(results, title=str(args.labels)))
        reliability_diagram(results, out / "reliability.png")
        print(f"written: {out}/metrics.json, report.md, reliability.png", file=sys.stderr)
    return 0


def cmd_summary(args) -> int:
    from .curriculum import load_curricula
    from .report import coverage_chart, summarise_suggestions

    curricula = load_curricula(_curricula_arg(args.curriculum))
    records = [json.loads(line) for line in Path(args.suggestions).read_text(encoding="utf-8").splitlines() if line.strip()]
    text, coverage = summarise_suggestions(records, curricula, threshold=args.threshold)
    print(text)
    if args.chart:
        coverage_chart(coverage, curricula, args.chart, threshold=args.threshold)
        print(f"coverage chart: {args.chart}")
    return 0


# ---------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cesr", description="Map portfolio evidence to curriculum outcomes (GMC portfolio pathway / CESR).")
    parser.add_argument("--version", action="version", version=f"cesr-mapper {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    def batch_options(p):
        p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)")
        p.add_argument("--out", "-o", default="-", help="output JSON Lines file (default: stdout)")
        p.add_argument("--workers", type=int, default=0, help="processes for reading files (default: one per core)")
        p.add_argument("--no-ocr", action="store_true", help="do not OCR scans and images")
        p.add_argument("--applicant", default=os.environ.get("CESR_APPLICANT"),
                       help="the applicant's name, kept by the anonymiser")
        p.add_argument("--progress", dest="progress", action="store_true", default=None,
                       help="always show the progress bar (default: when stderr is a terminal)")
        p.add_argument("--no-progress", dest="progress", action="store_false")

    p = sub.add_parser("ingest", help="read files into clean, anonymised text")
    batch_options(p)
    p.add_argument("--keep-identifiers", action="store_true",
                   help="do not anonymise (output then contains patient identifiers)")
    p.add_argument("--pages", action="store_true", help="include the text of each page")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("suggest", help="suggest curriculum outcomes for each file")
    batch_options(p)
    p.add_argument("--curriculum", "-c", action="append", required=True,
                   help="curriculum id or file; repeat or comma-separate for several")
    p.add_argument("--top-k", type=int, default=10, help="suggestions per document (default 10)")
    p.add_argument("--calibrator", help="calibrator file (default models/calibrator.json)")
    p.set_defaults(func=cmd_suggest)

    p = sub.add_parser("calibrate", help="fit the confidence calibrator on labelled sets")
    p.add_argument("labels", nargs="+", help="labelled JSON Lines files (use the dev split, never test)")
    p.add_argument("--out", help="where to write it (default models/calibrator.json)")
    p.add_argument("--depth", type=int, default=10, help="suggestions per document used for fitting")
    p.set_defaults(func=cmd_calibrate)

    p = sub.add_parser("evaluate", help="measure mapping accuracy on a labelled set, beside the baselines")
    p.add_argument("labels", help="labelled JSON Lines file")
    p.add_argument("--level", choices=["outcome", "node"], default="outcome")
    p.add_argument("--json", action="store_true", help="print metrics as JSON")
    p.add_argument("--out", help="folder for metrics.json, report.md and reliability.png")
    p.add_argument("--calibrator", help="calibrator file (default models/calibrator.json)")
    p.add_argument("--no-baselines", action="store_true", help="skip the baselines")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("summary", help="summarise a suggestions file: coverage per outcome and gaps")
    p.add_argument("suggestions", help="output of 'cesr suggest'")
    p.add_argument("--curriculum", "-c", action="append", required=True)
    p.add_argument("--threshold", type=float, default=0.5, help="confidence counted as covered (default 0.5)")
    p.add_argument("--chart", help="write a coverage chart (PNG)")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("curricula", help="list, show and validate curricula")
    csub = p.add_subparsers(dest="action", required=True)
    csub.add_parser("list", help="curricula available")
    s = csub.add_parser("show", help="print a curriculum")
    s.add_argument("target", metavar="ID")
    s.add_argument("--tree", action="store_true", help="all nodes, indented")
    s = csub.add_parser("import", help="import a CSV/TSV (code,title,description,parent) or text file (one statement per line)")
    s.add_argument("target", metavar="FILE")
    s.add_argument("--id", help="curriculum id (default: from the file name)")
    s.add_argument("--title", help="curriculum title")
    s.add_argument("--version", default="1")
    s.add_argument("--format", choices=["auto", "csv", "tsv", "txt"], default="auto")
    s.add_argument("--out", help="where to write the YAML (default: your curricula folder)")
    s = csub.add_parser("validate", help="check a curriculum file")
    s.add_argument("target", metavar="FILE")
    p.set_defaults(func=cmd_curricula)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    from .embed import set_offline

    set_offline()
    try:
        return args.func(args)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
