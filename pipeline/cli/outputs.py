"""``cesr export``, ``cesr import-decisions`` and ``cesr report``: confirmed mappings out as JSON (and back), and the coverage report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import failing, open_workspace, workspace_option


def add_export(sub) -> None:
    p = sub.add_parser("export", help="write the confirmed mappings as JSON (validated against schemas/)")
    workspace_option(p)
    p.add_argument("--out", "-o", required=True, help="the JSON file to write, e.g. mappings.json")
    p.set_defaults(func=cmd_export)


def cmd_export(args) -> int:
    from ..export import ExportError, write_export

    ws = open_workspace(args)
    with ws, failing(ExportError, say="error: the export does not validate against the schema: {}"):
        data = write_export(ws, args.out)
    s = data["summary"]
    print(f"exported {s['mappings']} confirmed mapping(s) on {s['documents_with_mappings']} document(s) "
          f"({s['pages_with_mappings']} pages; {s['documents']} document(s) with decisions): {args.out}")
    return 0


def add_import_decisions(sub) -> None:
    p = sub.add_parser("import-decisions", help="restore decisions from an export into a workspace")
    p.add_argument("file", metavar="FILE", help="a file written by 'cesr export'")
    workspace_option(p)
    p.set_defaults(func=cmd_import_decisions)


def cmd_import_decisions(args) -> int:
    from ..export import ExportError, import_decisions

    ws = open_workspace(args)
    with ws, failing(ExportError):
        report = import_decisions(ws, args.file)
    print(report.format())
    return 0


def add_report(sub) -> None:
    p = sub.add_parser("report", help="HTML coverage report: evidence per outcome, gaps, heatmap, size limits")
    workspace_option(p)
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


def cmd_report(args) -> int:
    from ..report_html import ReportSettings, write_report

    ws = open_workspace(args)
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


def _iso_date(value: str):
    import datetime as _dt

    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
