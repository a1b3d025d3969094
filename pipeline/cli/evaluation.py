"""``cesr evaluate``, ``cesr calibrate`` and ``cesr calibrate-none``: mapping accuracy measured, confidences fitted."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def add_evaluate(sub) -> None:
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


def cmd_evaluate(args) -> int:
    from ..evaluate import (SuggesterRanker, TfidfBaseline, TitleCosineBaseline, documents_for, evaluate_rankers,
                           load_labelled)
    from ..report import evaluation_markdown, reliability_diagram
    from ..suggest import Suggester

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
        from ..evaluate import excerpt_quality, load_excerpts

        excerpts = excerpt_quality(load_excerpts(args.excerpts), items, suggester, documents=documents)
        results["cesr-mapper"]["excerpts"] = {k: v for k, v in excerpts.items() if k != "rows"}
    review = None
    if args.simulate_review:
        from ..evaluate import simulated_review
        from ..report import review_markdown

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
    from ..curriculum import CurriculumError, load_curricula
    from ..evaluate import evaluate_taxonomy, load_sentences
    from ..report import taxonomy_markdown
    from ..suggest import Suggester

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
    from ..calibrate import cv_markdown

    cv = calibrator.fitted_on.get("cv")
    if not cv:
        return ""
    data = ", ".join(calibrator.fitted_on.get("data", [])) or "its fitting data"
    return (f"Calibrator cross-validation on {data} (out-of-fold top suggestion; in-curriculum: 5 folds over "
            "documents; leave one source (writer) out; leave one curriculum out):\n\n" + cv_markdown(cv))


def add_calibrate(sub) -> None:
    p = sub.add_parser("calibrate", help="fit the confidence calibrator on labelled sets")
    p.add_argument("labels", nargs="+", help="labelled JSON Lines files (use the dev split, never test)")
    p.add_argument("--out", help="where to write it (default models/calibrator.json)")
    p.add_argument("--depth", type=int, default=10, help="suggestions per document used for fitting")
    p.add_argument("--report", action="store_true",
                   help="only cross-validate (by document, source and curriculum) and print the table; write nothing")
    p.add_argument("--crossfit", action="store_true",
                   help="score each source (a writer's file of dev.jsonl, or a whole other set) with a passage adapter "
                        "fitted without it, and fit on those scores (pipeline/crossfit.py)")
    p.add_argument("--none-out", metavar="FILE",
                   help="with --crossfit: also fit the 'none of these' model on the same scores (give the sets with "
                        "documents that evidence nothing too) and write it there")
    p.set_defaults(func=cmd_calibrate)


def cmd_calibrate(args) -> int:
    from ..calibrate import Calibrator, cross_validate, cv_markdown, cv_summary, default_calibrator_path
    from ..crossfit import crossfit_calibration_data, crossfit_none_data
    from ..evaluate import calibration_data, load_labelled
    from ..suggest import SCORING_RECIPE, Suggester

    suggester = Suggester(none_model=False)
    crossfit = None
    if args.none_out and not args.crossfit:
        print("error: --none-out goes with --crossfit (or fit it with cesr calibrate-none)", file=sys.stderr)
        return 2
    if args.none_out and len({bool(it.labels) for path in args.labels for it in load_labelled(path)}) < 2:
        print("error: --none-out needs labelled documents and documents with empty labels "
              "(e.g. dev.jsonl none-dev.jsonl)", file=sys.stderr)
        return 2
    if args.crossfit:
        sets, adapters, plain, crossfit = _crossfit_sets(args.labels)
        data = crossfit_calibration_data(sets, adapters, plain, depth=args.depth)
    else:
        items = [it for path in args.labels for it in load_labelled(path)]
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
        sources=sorted(set(data.sources)), cv=cv, **_adapter_note(suggester, crossfit),
    )
    out = args.out or default_calibrator_path()
    calibrator.save(out)
    print(f"calibrator fitted on {len(set(data.documents))} documents ({len(data.y)} suggestions, "
          f"{int(data.y.sum())} right): {out}")
    if args.none_out:  # after the calibrator: its top-1 probability is one of the model's features
        plain.calibrator = suggester.calibrator = calibrator
        _fit_none(args, sets.items, suggester, crossfit_none_data(sets, adapters, plain), crossfit, args.none_out)
    return 0


def _crossfit_sets(labels):
    """The labelled sets ``labels`` cut and embedded once, one passage adapter per group fitted without it
    (:func:`pipeline.crossfit.fold_adapters`), the unadapted suggester, and the cross-fitting's description."""
    from ..crossfit import describe, fold_adapters, load_sets
    from ..suggest import Suggester, SuggestSettings

    plain = Suggester(SuggestSettings(adapter=False), none_model=False)
    print("reading and embedding the labelled documents ...", file=sys.stderr)
    sets = load_sets(labels).embed(plain)
    adapters = fold_adapters(sets, plain)
    return sets, adapters, plain, describe(sets, adapters)


def _adapter_note(suggester, crossfit) -> dict:
    """The passage adapter the fitted model goes with and, when cross-fitted, how (for its note)."""
    adapter = suggester.get_adapter()
    note = {"adapter": adapter.version if adapter else None}
    return note | ({"crossfit": crossfit} if crossfit else {})


def add_calibrate_none(sub) -> None:
    p = sub.add_parser("calibrate-none", help="fit the 'none of these' model (a document evidences nothing)")
    p.add_argument("labels", nargs="+", help="labelled JSON Lines files with documents that evidence nothing "
                                             "(empty labels), dev splits only: dev.jsonl none-dev.jsonl")
    p.add_argument("--out", help="where to write it (default models/none_of_these.json)")
    p.add_argument("--crossfit", action="store_true",
                   help="score each source with a passage adapter fitted without it, and fit on those scores "
                        "(as cesr calibrate --crossfit)")
    p.set_defaults(func=cmd_calibrate_none)


def cmd_calibrate_none(args) -> int:
    from ..crossfit import crossfit_none_data
    from ..evaluate import load_labelled
    from ..none_of_these import default_none_model_path
    from ..suggest import Suggester

    items = [it for path in args.labels for it in load_labelled(path)]
    if not any(not it.labels for it in items) or all(not it.labels for it in items):
        print("error: give labelled documents and documents with empty labels (e.g. dev.jsonl none-dev.jsonl)",
              file=sys.stderr)
        return 2
    suggester = Suggester(none_model=False)
    rows = crossfit = None
    if args.crossfit:
        sets, adapters, plain, crossfit = _crossfit_sets(args.labels)
        rows = crossfit_none_data(sets, adapters, plain)
    _fit_none(args, items, suggester, rows, crossfit, args.out or default_none_model_path())
    return 0


def _fit_none(args, items, suggester, rows, crossfit, out) -> None:
    from ..none_of_these import fit_none_model

    if not any(not it.labels for it in items) or all(not it.labels for it in items):
        raise SystemExit("error: 'none of these' needs labelled documents and documents with empty labels "
                         "(e.g. dev.jsonl none-dev.jsonl)")
    model, info = fit_none_model(items, suggester, data=[str(p) for p in args.labels], rows=rows,
                                 **_adapter_note(suggester, crossfit))
    model.save(out)
    cv = model.fitted_on["cv"]
    print(f"'none of these' fitted on {len(items)} documents ({int(info['y'].sum())} that evidence nothing): {out}")
    print(f"leave-one-curriculum-out AUROC {cv['AUROC']:.3f}; by kind "
          + ", ".join(f"{k} {v:.3f}" for k, v in cv["AUROC by kind"].items())
          + "; per curriculum " + ", ".join(f"{k} {v:.3f}" for k, v in cv["AUROC per curriculum"].items()))


def add_fit_adapter(sub) -> None:
    p = sub.add_parser("fit-adapter", help="fit the passage adapter (the dense half's map of passage vectors) on "
                                           "labelled sets")
    p.add_argument("labels", nargs="+", help="labelled JSON Lines files (never the sets you will measure on)")
    p.add_argument("--out", help="where to write it (default models/passage_adapter.npy; its note goes beside it)")
    p.set_defaults(func=cmd_fit_adapter)


def cmd_fit_adapter(args) -> int:
    from ..passage_adapter import default_adapter_path, fit_adapter

    out = args.out or default_adapter_path()
    note = fit_adapter(args.labels, out)
    sets = ", ".join(f"{f['set']} ({f['documents']})" for f in note["fitted_on"])
    print(f"passage adapter fitted on {sets}: {note['examples']} passage-statement examples, model {note['model']}: "
          f"{out}\nrefit the calibrator and the none-of-these model after it (cesr calibrate, cesr calibrate-none)")
    return 0

