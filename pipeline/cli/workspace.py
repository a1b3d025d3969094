"""``cesr init``, ``cesr add``, ``cesr backup``, ``cesr restore`` and ``cesr doctor``: a workspace made, filled and kept safe."""

from __future__ import annotations

import os
import sys

from .common import (curricula_arg, executor_for, failing, open_workspace, password_options, progress_options,
                     scheduler_option, workspace_option)


def add_init(sub) -> None:
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
    progress_options(p)
    scheduler_option(p)
    p.set_defaults(func=cmd_init)


def cmd_init(args) -> int:
    from ..export import ExportError, import_decisions, load_export
    from ..ingest import IngestSettings
    from ..workspace import Workspace, WorkspaceError

    curricula, applicant, export = args.curriculum, args.applicant, None
    if args.from_export:
        with failing(ExportError):
            export = load_export(args.from_export)
        curricula = curricula or [c["id"] for c in export["workspace"]["curricula"]]
        applicant = applicant or export["workspace"].get("applicant")
    elif args.evidence:
        print("error: --evidence goes with --from-export (otherwise add evidence with 'cesr add')", file=sys.stderr)
        return 2
    if not curricula:
        print("error: a workspace needs at least one curriculum (--curriculum ID)", file=sys.stderr)
        return 2
    with failing(WorkspaceError, code=2):
        ws = Workspace.init(args.dir, curricula_arg(curricula), applicant=applicant)
    years = ws.recency_years()
    print(f"workspace created: {ws.root} (curricula {', '.join(ws.curricula)}; recency window {years:g} years"
          + (f"; applicant {ws.applicant}" if ws.applicant else "") + ")")
    if export is None:
        print(f"add evidence with: cesr add PATH... --workspace {ws.root}")
        return 0
    with ws, executor_for(args) as executor:
        if args.evidence:  # the documents first, so that each decision finds its document
            report = ws.add(args.evidence, IngestSettings(workers=args.workers), progress=args.progress,
                            executor=executor)
            print(report.format())
        with failing(ExportError):
            imported = import_decisions(ws, args.from_export)
    print(imported.format())
    return 0


def add_add(sub) -> None:
    p = sub.add_parser("add", help="add evidence files to a workspace (re-adding costs only hashing; resumable)")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (searched recursively); none: finish an interrupted batch")
    workspace_option(p)
    p.add_argument("--workers", type=int, default=0, help="processes for reading files (default: one per core)")
    p.add_argument("--no-ocr", action="store_true", help="do not OCR scans and images")
    p.add_argument("--retry-failed", action="store_true", help="read again the files that failed before")
    password_options(p)  # encrypted PDFs that failed for want of it are read again
    progress_options(p)
    scheduler_option(p)
    p.set_defaults(func=cmd_add)


def cmd_add(args) -> int:
    from ..ingest import IngestSettings
    from ..workspace import WorkspaceError

    ws = open_workspace(args)
    settings = IngestSettings(ocr=not args.no_ocr, workers=args.workers)
    with failing(WorkspaceError, code=2), ws, executor_for(args) as executor:
        report = ws.add(args.paths, settings, retry_failed=args.retry_failed, progress=args.progress,
                        executor=executor)
    print(report.format())
    if report.stopped:
        print(f"error: {report.stopped}", file=sys.stderr)
        return 1
    if report.interrupted:
        print(f"interrupted: run 'cesr add --workspace {ws.root}' to finish the batch", file=sys.stderr)
        return 130
    readable = sum(report.counts.get(k, 0) for k in ("new", "unchanged", "duplicate", "attachment"))
    return 0 if readable or not report.files else 1


def add_backup(sub) -> None:
    p = sub.add_parser("backup", help="back the workspace up into one checked file (safe while review runs)")
    workspace_option(p)
    p.add_argument("--out", "-o", default=None, metavar="FILE",
                   help="the backup file or a folder for it (default: DIR/.cesr/backups/)")
    p.set_defaults(func=cmd_backup)


def cmd_backup(args) -> int:
    from ..backup import BackupError

    ws = open_workspace(args)
    with failing((BackupError, OSError)):
        info = ws.backup(args.out)
    c = info.counts
    print(f"backup written: {info.path}")
    print(f"  {info.size / 1e6:.1f} MB, sha256 {info.sha256}; {c.get('documents', 0)} document(s), "
          f"{c.get('review_decisions', 0)} mapping decision(s), {c.get('redaction_decisions', 0)} redaction "
          f"decision(s)")
    print("  it holds your documents' original text: keep it as private as your evidence folder")
    return 0


def add_restore(sub) -> None:
    p = sub.add_parser("restore", help="restore a backup into a workspace (checked before anything is replaced)")
    workspace_option(p)
    p.add_argument("file", metavar="FILE", help="a file written by 'cesr backup'")
    p.set_defaults(func=cmd_restore)


def cmd_restore(args) -> int:
    from ..backup import BackupError
    from ..workspace import Workspace, WorkspaceError

    root = args.workspace or os.getcwd()
    with failing((BackupError, WorkspaceError, OSError), say="error: {}\nnothing was replaced"):
        report = Workspace.restore(root, args.file)
    print(report.format())
    print("if 'cesr review' is running on this workspace, restart it")
    return 0


def add_doctor(sub) -> None:
    p = sub.add_parser("doctor", help="check a workspace in full (PRAGMA integrity_check, format, backups)")
    workspace_option(p)
    p.set_defaults(func=cmd_doctor)


def cmd_doctor(args) -> int:
    from ..workspace import Workspace, WorkspaceError

    with failing(WorkspaceError, code=2):
        ws = Workspace.open(args.workspace, check=False)
    report = ws.doctor()
    print(report.format_text())
    return 0 if report.ok else 1
