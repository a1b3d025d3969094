"""The workspace's format version, its forward migrations and its integrity checks.

A workspace lives for the two to four years of an application, over many upgrades of cesr-mapper, so its
SQLite file records the format it is written in (``PRAGMA user_version``, in the file's header) and every
change of format ships a migration here:

- format 0: the files written before formats were recorded: each module (the document store, the review,
  the redaction log, the pack's descriptions) created its own tables on first use;
- format 1: every table created at once, by the frozen SQL of :data:`MIGRATIONS` ``[1]``;
- format 2: ``review_engine_scores``, the engine's own scores of each document's best nodes (before anything
  learned from decisions), kept so that learning can be fitted against them without embedding the reviewed
  documents again.  Derived data: rebuilt by ``cesr suggest --workspace`` when missing.

Rules for whoever adds format 2: never edit the SQL of an earlier migration (a workspace may be at any
format); write the change as a new entry, keep a fixture workspace of the format before it in
``tests/fixtures/workspaces/`` and a test that migrates it; a migration may add, rename or copy, never drop
a decision (:func:`upgrade` counts the rows of :data:`DECISION_TABLES` before and after and rolls the
migration back when one went missing).  The workspace is backed up before it is migrated
(:meth:`pipeline.workspace.Workspace.open`).

A file written by a newer cesr-mapper is refused with :class:`FormatError` before anything is written to it.

This module imports nothing else of the package, so the lowest layer (the store) can check formats.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

__all__ = ["FORMAT", "MIGRATIONS", "DECISION_TABLES", "FORMAT_1_STORE", "FORMAT_1_REVIEW", "FORMAT_1_REDACTION",
           "FORMAT_1_PACK", "FORMAT_1_BULK", "FORMAT_2_REVIEW", "FormatError", "MigrationError", "connect", "format_of", "check_format",
           "upgrade", "is_empty", "quick_check", "integrity_check", "decision_counts"]

#: The workspace format this cesr-mapper writes.
FORMAT = 2

#: Tables holding what the doctor decided (none of their rows may be lost by a migration).
DECISION_TABLES = ("review_decisions", "redaction_decisions", "pack_description_edits", "review_documents",
                   "pack_descriptions", "review_batches")


class FormatError(RuntimeError):
    """The workspace was written by a newer cesr-mapper (or is not a cesr-mapper file)."""


class MigrationError(RuntimeError):
    """A migration failed or would have lost a decision; it was rolled back."""


# Format 1: the tables of format 0, frozen here as they were at commit 4844546 (store.py, review/decisions.py,
# review/redaction.py, pack/describe.py), now created together, and the bulk actions' log of the same release
# (review/bulk.py's review_batches).  Never edit: a new format is a new migration.
#
# Kept by the module that uses them: a module that finds its tables missing (a format-0 file opened without
# the migration of :meth:`pipeline.workspace.Workspace.open`) creates its part of format 1 with these
# (``SCHEMA`` in each); the one SQL text serves both, so the two cannot drift apart.

#: pipeline/store.py: the documents, the paths seen, the batches and the page readings
FORMAT_1_STORE = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    sha256 TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    error_kind TEXT,
    format TEXT,
    pages INTEGER,
    ocr_pages INTEGER,
    text TEXT,
    date TEXT,
    evidence_type TEXT,
    is_primary INTEGER,
    older_than_recency INTEGER,
    parent TEXT,
    near_duplicate_of TEXT,
    similarity REAL,
    simhash INTEGER,
    data TEXT NOT NULL DEFAULT '{}',
    batch_id INTEGER,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_parent ON documents(parent);
CREATE TABLE IF NOT EXISTS simhash_bands (
    band INTEGER NOT NULL,
    value INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (band, value, sha256)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS paths (
    path TEXT PRIMARY KEY,
    sha256 TEXT,
    size INTEGER,
    mtime_ns INTEGER,
    status TEXT NOT NULL,
    outcome TEXT NOT NULL,
    error TEXT,
    error_kind TEXT,
    batch_id INTEGER,
    seen_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS paths_sha ON paths(sha256);
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    state TEXT NOT NULL,
    inputs TEXT NOT NULL,
    planned INTEGER DEFAULT 0,
    done INTEGER DEFAULT 0
);
CREATE TABLE IF NOT EXISTS readings (
    sha256 TEXT NOT NULL,
    page INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, page)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS batch_items (
    batch_id INTEGER NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT,
    state TEXT NOT NULL,
    outcome TEXT,
    PRIMARY KEY (batch_id, path)
) WITHOUT ROWID;
"""

#: pipeline/review/decisions.py: suggestions, decisions and per-document versions
FORMAT_1_REVIEW = """
CREATE TABLE IF NOT EXISTS review_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS review_documents (
    sha256 TEXT PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 0,
    title TEXT,
    reviewed_at TEXT,
    vector BLOB,
    vector_model TEXT,
    model_id TEXT,
    calibrator TEXT,
    curricula_hash TEXT,
    suggested_at TEXT,
    top_confidence REAL,
    meta TEXT
);
CREATE TABLE IF NOT EXISTS review_suggestions (
    sha256 TEXT NOT NULL,
    node TEXT NOT NULL,
    outcome TEXT NOT NULL,
    curriculum TEXT,
    title TEXT,
    rank INTEGER NOT NULL,
    confidence REAL NOT NULL,
    score REAL,
    excerpt TEXT,
    passage_start INTEGER,
    passage_end INTEGER,
    model_id TEXT,
    calibrator TEXT,
    curricula_hash TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (sha256, node)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS review_decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    node TEXT NOT NULL,
    outcome TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected', 'added')),
    confidence REAL,
    rank INTEGER,
    excerpt TEXT NOT NULL DEFAULT '',
    passage_start INTEGER,
    passage_end INTEGER,
    decided_at TEXT NOT NULL,
    model_id TEXT,
    calibrator TEXT,
    curricula_hash TEXT,
    replaces TEXT,
    source TEXT NOT NULL DEFAULT 'review',
    undone_at TEXT
);
CREATE INDEX IF NOT EXISTS review_decisions_doc ON review_decisions(sha256, node);
CREATE INDEX IF NOT EXISTS review_decisions_action ON review_decisions(action);
"""

#: pipeline/review/redaction.py: redaction decisions and leak-check state
FORMAT_1_REDACTION = """
CREATE TABLE IF NOT EXISTS redaction_decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('redact', 'keep', 'keep_picture', 'paint_picture', 'paint_area', 'verified',
                                       'unverified')),
    text TEXT,
    type TEXT,
    page INTEGER,
    region INTEGER,
    reason TEXT,
    flag TEXT,
    decided_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'review',
    undone_at TEXT
);
CREATE INDEX IF NOT EXISTS redaction_decisions_doc ON redaction_decisions(sha256);
CREATE TABLE IF NOT EXISTS redaction_state (
    sha256 TEXT PRIMARY KEY,
    checked_at TEXT,
    output TEXT,
    flags TEXT NOT NULL DEFAULT '[]',
    plan TEXT,
    last_decision INTEGER NOT NULL DEFAULT 0
);
"""

#: pipeline/pack/describe.py: the pack's titles and descriptions and their edits
FORMAT_1_PACK = """
CREATE TABLE IF NOT EXISTS pack_descriptions (
    sha256 TEXT PRIMARY KEY,
    suggested_title TEXT,
    suggested_description TEXT,
    suggested_at TEXT,
    title TEXT,
    description TEXT,
    edited_at TEXT
);
CREATE TABLE IF NOT EXISTS pack_description_edits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL,
    field TEXT NOT NULL CHECK (field IN ('title', 'description')),
    value TEXT,
    edited_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'review'
);
"""

#: pipeline/review/bulk.py: the bulk actions' log
FORMAT_1_BULK = """
CREATE TABLE IF NOT EXISTS review_batches (
    batch TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('accept', 'ignore-rest')),
    params TEXT NOT NULL,
    origin TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    decisions INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    undone_at TEXT
);
"""

_FORMAT_1 = FORMAT_1_STORE + FORMAT_1_REVIEW + FORMAT_1_REDACTION + FORMAT_1_PACK + FORMAT_1_BULK + """
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '1');
INSERT OR IGNORE INTO review_meta(key, value) VALUES ('schema_version', '1');
"""


# Format 2 (kept by pipeline/review/decisions.py with format 1's review tables).  Never edit.
#: pipeline/review/decisions.py: the engine's scores of each document's best nodes, by the versions that made them
FORMAT_2_REVIEW = """
CREATE TABLE IF NOT EXISTS review_engine_scores (
    sha256 TEXT PRIMARY KEY,
    scores_key TEXT NOT NULL,
    scores TEXT NOT NULL
);
"""


def _statements(script: str) -> list[str]:
    """A script cut into statements (``executescript`` would commit the migration's transaction)."""
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError("incomplete SQL statement at the end of a migration script")
    return out


def _to_format_1(db: sqlite3.Connection) -> None:
    for statement in _statements(_FORMAT_1):
        db.execute(statement)


def _to_format_2(db: sqlite3.Connection) -> None:
    for statement in _statements(FORMAT_2_REVIEW):
        db.execute(statement)


#: target format -> (what it changes, the function that does it inside the migration's transaction)
MIGRATIONS: dict[int, tuple[str, Callable[[sqlite3.Connection], None]]] = {
    1: ("every table of the workspace created at once, the format recorded in the file", _to_format_1),
    2: ("the engine's scores of each document's best nodes kept for learning", _to_format_2),
}


def connect(path: object, timeout: float = 30) -> sqlite3.Connection:
    """An autocommit connection to a workspace file (rows as :class:`sqlite3.Row`, waiting up to ``timeout``
    seconds for a lock), its format checked before anything is written: a newer cesr-mapper's file is closed
    again and refused with :class:`FormatError`."""
    db = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    db.row_factory = sqlite3.Row
    db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
    try:
        check_format(db, path)
    except BaseException:
        db.close()
        raise
    return db


def format_of(db: sqlite3.Connection) -> int:
    """The workspace format of an open SQLite file (0: written before formats were recorded)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def check_format(db: sqlite3.Connection, path: object = "") -> int:
    """The file's format, or :class:`FormatError` when a newer cesr-mapper wrote it (nothing is written)."""
    version = format_of(db)
    if version > FORMAT:
        raise FormatError(
            f"{path or 'this workspace'} is in workspace format {version}, written by a newer cesr-mapper; this "
            f"one reads formats up to {FORMAT}. Upgrade cesr-mapper to open it (nothing was changed in the "
            f"workspace).")
    if version < 0:
        raise FormatError(f"{path or 'this file'} is not a cesr-mapper workspace (format {version})")
    return version


def is_empty(db: sqlite3.Connection) -> bool:
    """A new file: no table at all."""
    return db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0


def decision_counts(db: sqlite3.Connection) -> dict[str, int]:
    """Rows per table of :data:`DECISION_TABLES` present in the file."""
    present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in DECISION_TABLES if t in present}


def upgrade(db: sqlite3.Connection, path: object = "") -> list[int]:
    """Migrate an open file (autocommit connection) to :data:`FORMAT`, one transaction per format.

    Safe when several processes open an old workspace at once: each step re-reads the format under the write
    lock and skips what another process already did.

    Returns:
        The formats migrated to, in order (empty when the file was current).

    Raises:
        FormatError: a newer cesr-mapper wrote the file.
        MigrationError: a step failed or would have lost a decision (rolled back, the file unchanged).
    """
    done = []
    for target in range(check_format(db, path) + 1, FORMAT + 1):
        what, step = MIGRATIONS[target]
        db.execute("BEGIN IMMEDIATE")
        try:
            if format_of(db) >= target:
                db.execute("ROLLBACK")
                continue
            before = decision_counts(db)
            step(db)
            after = decision_counts(db)
            lost = {t: (n, after.get(t, 0)) for t, n in before.items() if after.get(t, 0) < n}
            if lost:
                raise MigrationError(f"migration to format {target} would have lost decisions "
                                     + ", ".join(f"{t}: {a} of {b} rows left" for t, (b, a) in lost.items()))
            db.execute(f"PRAGMA user_version = {int(target)}")
            db.execute("COMMIT")
        except MigrationError:
            db.execute("ROLLBACK")
            raise
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise MigrationError(f"migration to format {target} ({what}) failed and was rolled back: {exc}") from exc
        done.append(target)
    return done


def quick_check(db: sqlite3.Connection) -> list[str]:
    """``PRAGMA quick_check``: the problems found (empty when the file is sound).  Checks every page and
    b-tree of the file but not that indexes match their tables (see :func:`integrity_check`)."""
    return _check(db, "quick_check")


def integrity_check(db: sqlite3.Connection) -> list[str]:
    """``PRAGMA integrity_check``: :func:`quick_check` plus every index against its table."""
    return _check(db, "integrity_check")


def _check(db: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = [str(r[0]) for r in db.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as exc:
        return [f"{exc}"]
    return [] if rows == ["ok"] else rows
