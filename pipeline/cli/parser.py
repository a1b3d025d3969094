"""The ``cesr`` parser assembled from the command groups, and ``main``: logging, configuration, errors to exit codes."""

from __future__ import annotations

import argparse
import logging
import sys

from . import batch, curricula, evaluation, outputs, pack, redaction, review, workspace
from .common import CommandError
from .versions import VersionsAction

# Third-party loggers that put document content in their records (pdfminer's debug log dumps the text of the
# PDFs it parses, pytesseract's logs the file names it OCRs): ``main`` keeps them at warnings, so that their
# debug and information records stay out of the log even with ``cesr -v`` or a caller's DEBUG root logger.
# Set when the command runs, never at import.
CONTENT_LOGGERS = ("pdfminer", "pdfplumber", "pytesseract", "PIL", "docx", "pypdfium2")

# The commands in the order ``cesr --help`` lists them; each adds its own sub-parser and sets ``func``.
COMMANDS = (
    batch.add_ingest, batch.add_suggest,
    evaluation.add_calibrate, evaluation.add_calibrate_none, evaluation.add_fit_adapter, evaluation.add_evaluate,
    batch.add_summary,
    workspace.add_init, workspace.add_backup, workspace.add_restore, workspace.add_doctor, workspace.add_add,
    redaction.add_redact, redaction.add_evaluate_redaction, redaction.add_train_tagger,
    review.add_review,
    outputs.add_export, outputs.add_import_decisions, outputs.add_report,
    pack.add_pack,
    review.add_accept,
    curricula.add_curricula,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cesr", description="Map portfolio evidence to curriculum outcomes (GMC portfolio pathway / CESR).")
    parser.add_argument("--version", action=VersionsAction,
                        help="print the versions of the package, model, calibrator and curricula, and exit")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", required=True)
    for add in COMMANDS:
        add(sub)
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
    from ..config import ConfigError, load, using
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
