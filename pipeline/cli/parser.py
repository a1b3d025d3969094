"""The ``cesr`` parser assembled from the command groups, and ``main``: logging, configuration, errors to exit codes."""

from __future__ import annotations

import argparse
import logging
import sys

from . import batch, curricula, evaluation, outputs, pack, redaction, review, workspace
from .common import CommandError, read_password
from .versions import VersionsAction

# Third-party loggers that put document content in their records (pdfminer's debug log dumps the text of the
# PDFs it parses, pytesseract's logs the file names it OCRs): ``main`` keeps them at warnings, so that their
# debug and information records stay out of the log even with ``cesr -v`` or a caller's DEBUG root logger.
# Set when the command runs, never at import.
CONTENT_LOGGERS = ("pdfminer", "pdfplumber", "pytesseract", "PIL", "docx", "pypdfium2")

# The commands as ``cesr --help`` lists them, in groups: the doctor's first, the evaluators' and developers' last.
# Each adds its own sub-parser and sets ``func``.
GROUPS = (
    ("your application (a workspace, from evidence to upload)", (
        workspace.add_init, workspace.add_add, batch.add_suggest, review.add_review, review.add_accept,
        outputs.add_report, redaction.add_redact, pack.add_pack, outputs.add_export, outputs.add_import_decisions,
        curricula.add_curricula)),
    ("keeping your workspace safe", (workspace.add_backup, workspace.add_restore, workspace.add_doctor)),
    ("tools for evaluators and developers", (
        batch.add_ingest, batch.add_summary, evaluation.add_evaluate, evaluation.add_calibrate,
        evaluation.add_calibrate_none, evaluation.add_fit_adapter, redaction.add_evaluate_redaction,
        redaction.add_train_tagger)),
)
COMMANDS = tuple(add for _, adds in GROUPS for add in adds)


class _Listing:
    """The sub-parsers' action as the command groups see it: records each command's name and help line for the
    grouped list ``cesr --help`` prints (argparse lists sub-commands in one flat group)."""

    def __init__(self, sub) -> None:
        self.sub = sub
        self.rows: list[tuple[str, str]] = []

    def add_parser(self, name: str, **kwargs):
        self.rows.append((name, kwargs.get("help") or ""))
        return self.sub.add_parser(name, **kwargs)


def _command_list(groups: list[tuple[str, list[tuple[str, str]]]], width: int = 100) -> str:
    import textwrap

    column = max(len(name) for _, rows in groups for name, _ in rows) + 4
    parts = []
    for title, rows in groups:
        lines = [f"{title}:"]
        for name, text in rows:
            wrapped = textwrap.wrap(text, width - column) or [""]
            lines.append(f"  {name:<{column - 2}}{wrapped[0]}")
            lines.extend(" " * column + more for more in wrapped[1:])
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n\n'cesr COMMAND --help' describes a command's options."


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cesr", usage="%(prog)s [-h] [--version] [-v] COMMAND ...", description="Map portfolio evidence to curriculum outcomes (GMC portfolio pathway / CESR).",
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action=VersionsAction,
                        help="print the versions of the package, model, calibrator and curricula, and exit")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", help=argparse.SUPPRESS, prog="cesr")
    groups = []
    for title, adds in GROUPS:
        listing = _Listing(sub)
        for add in adds:
            add(listing)
        groups.append((title, listing.rows))
    parser.epilog = _command_list(groups)
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
    from dataclasses import replace

    from ..config import ConfigError, Secret, load, using
    from ..embed import set_offline

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
        password = read_password(args)
        if password is not None:  # into the command's settings (hidden from repr), out of args
            settings = replace(settings, pdf_password=Secret(password))
            args.password = args.password_file = None
        with using(settings):
            return args.func(args)
    except CommandError as exc:
        print(exc.message, file=sys.stderr)
        return exc.code
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
