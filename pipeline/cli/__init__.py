"""The ``cesr`` command line: one module per command group, the parser assembled in :mod:`.parser`.

``batch`` (ingest, suggest, summary), ``workspace`` (init, add, backup, restore, doctor), ``review`` (review,
accept), ``outputs`` (export, import-decisions, report), ``pack``, ``redaction`` (redact,
evaluate-redaction, train-tagger), ``evaluation`` (evaluate, calibrate, calibrate-none), ``curricula``;
``common`` holds the options and helpers several of them share, ``versions`` what ``cesr --version`` prints.
"""

from .parser import CONTENT_LOGGERS, build_parser, main
from .versions import versions_text

__all__ = ["CONTENT_LOGGERS", "build_parser", "main", "versions_text"]
