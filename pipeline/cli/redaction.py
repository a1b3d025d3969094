"""``cesr redact``, ``cesr evaluate-redaction`` and ``cesr train-tagger``: redacted copies, and measuring and fitting the anonymiser."""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

from .common import open_workspace, password_options, progress_bar, progress_options, workspace_option


def add_redact(sub) -> None:
    p = sub.add_parser("redact", help="write redacted copies for upload, each checked for leaks")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (searched recursively); none with --workspace")
    workspace_option(p)
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
    password_options(p)  # the copies are not encrypted: they are for upload
    progress_options(p)
    p.set_defaults(func=cmd_redact)


def cmd_redact(args) -> int:
    from ..redact import REPORT_FILE, REVIEW_FILE, RedactSettings, redact_many, redact_workspace

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
        ws = open_workspace(args)
        if ws.applicant is None:
            print("note: the workspace names no applicant: their name will be treated like anyone's", file=sys.stderr)
        with ws:
            total = ws.store.count("ok")
            with progress_bar(total, "redact", args.progress) as bar:
                def show(result) -> None:
                    _print_redaction(result, len(records) + 1, total, bar)
                    records.append(result.to_json())
                    counts[result.status] += 1
                    bar.update(1)

                redact_workspace(ws, args.out, settings, reviewed_only=args.reviewed, on_result=show)
        review_note = f"review the flags with: cesr review --workspace {ws.root}"
    else:
        from ..ingest import discover

        if not args.paths:
            print("error: give files or folders, or --workspace DIR", file=sys.stderr)
            return 2
        missing = [p for p in args.paths if not os.path.lexists(p)]
        if missing:  # a mistyped folder: said before anything is written (no copy, no report, no decisions file)
            print("error: " + "; ".join(f"{p} does not exist" for p in missing) + " (nothing was written)",
                  file=sys.stderr)
            return 2
        files = discover(args.paths)
        if not files:
            print("no files found", file=sys.stderr)
            return 1
        add = [_decision_arg(v) for v in args.add or []]
        with progress_bar(len(files), "redact", args.progress) as bar:
            for i, result in enumerate(redact_many(files, args.out, applicant=args.applicant, add=add,
                                                   undo=args.undo or [], forget=args.forget or [], review=args.review,
                                                   settings=settings), 1):
                _print_redaction(result, i, len(files), bar)
                records.append(result.to_json())
                counts[result.status] += 1
                bar.update(1)
        review = Path(args.review or Path(args.out) / REVIEW_FILE)
        # named only when written (it is when at least one file could be read to its digest)
        review_note = f"flags and decisions (private, do not upload): {review}" if review.is_file() else ""
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
    elif args.workspace is None and review_note:
        print(review_note, file=sys.stderr)
    if counts.get("failed") or not total:
        return 1
    if counts.get("flagged") and not args.allow_flags:
        return 1
    return 0


def _decision_arg(value: str) -> tuple[str, str]:
    text, sep, kind = value.rpartition(":")
    if not sep or not text or not kind.strip():
        raise ValueError(f"--add takes TEXT:TYPE (for example \"Jo Bloggs:PATIENT\"), got {len(value)} characters without a type")
    return text, kind.strip()


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


def add_evaluate_redaction(sub) -> None:
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


def cmd_evaluate_redaction(args) -> int:
    from ..anonymise.evaluation import (evaluate_redaction, load_redaction_set, load_sample_manifest, load_set,
                                       results_markdown, set_markdown)

    if Path(args.labels).is_dir():  # a labelled set folder (corpora/redaction/FORMAT.md): texts and files
        texts, files = load_set(args.labels)
        engines = ["cesr-mapper"] + list(args.baselines or [])
        if args.baselines:
            from ..anonymise.baselines import BASELINES, available

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


def _evaluate_set(engine: str, texts, files, args) -> dict:
    import tempfile

    from ..anonymise import Anonymiser
    from ..anonymise.evaluation import evaluate_files, evaluate_redaction

    if engine == "rules":  # the product without its context tagger: text documents only
        make = lambda doc: Anonymiser(applicant=doc.applicant, tagger=False)  # noqa: E731
        return {"texts": evaluate_redaction(texts, make) if texts else None, "files": None}
    if engine == "cesr-mapper":
        make, redact = None, None
    else:
        from ..anonymise.baselines import baseline_detector

        detector = baseline_detector(engine)
        make = lambda doc: detector  # noqa: E731
        redact = _baseline_copy(detector)
    # the leak check is the product's own safety net: how many of the identifiers it leaves it points the doctor to
    out = {"texts": evaluate_redaction(texts, make, leak_check=engine == "cesr-mapper") if texts else None}
    if files and not args.no_files:
        with tempfile.TemporaryDirectory(prefix="cesr-eval-") as tmp:
            out["files"] = evaluate_files(files, tmp, redact=redact, workers=args.workers or 2)
    return out


def _baseline_copy(detector):
    """A copy painted by the product's own machinery from a baseline detector's spans (no barcode search:
    the baselines read text only)."""
    def redact(path, out_dir, applicant):
        from ..anonymise.plan import PagePlan, Plan
        from ..anonymise.redacted import copy_suffix, write_copy
        from ..ingest import IngestSettings, ingest_file

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


def add_train_tagger(sub) -> None:
    p = sub.add_parser("train-tagger", help="fit the anonymiser's context tagger on labelled redaction sets")
    p.add_argument("sets", nargs="*", help="labelled sets: JSON Lines files or set folders (default: every set in "
                                           "corpora/redaction)")
    p.add_argument("--exclude", nargs="*", metavar="SET", help="leave these sets out (by folder or file name)")
    p.add_argument("--out", help="where to write the model (default models/anonymise-tagger.crfsuite; its note "
                                 "goes beside it as .json)")
    p.set_defaults(func=cmd_train_tagger)


def cmd_train_tagger(args) -> int:
    from ..anonymise.evaluation import load_redaction_set
    from ..anonymise.tagger import train
    from ..resources import tagger_file

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
