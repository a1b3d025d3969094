"""The workspace's document store: SQLite, keyed by content hash.

One file, ``<workspace>/.cesr/documents.sqlite``, in WAL mode so that readers
never block the batch that writes.  Tables:

- ``documents``: one row per distinct content (sha256): status, reason, text
  (anonymised), pages, date, evidence type, flags, the e-mail it came from
  (``parent``), the document it nearly duplicates.
- ``paths``: every path ever added (and e-mail attachments as
  ``message.eml#name``), the content it had, and what happened to it.
- ``batches`` and ``batch_items``: each ``cesr add`` run, its input paths and
  the files it still has to read, so that a batch killed at any moment is
  resumed by the next ``cesr add``.
- ``readings``: each page's one reading (its original text, word boxes, codes
  and pictures; :class:`~pipeline.model.PageText`), compressed.  It holds
  identifiers: it is what redacted copies are painted from and what the
  redaction review shows, and never leaves the workspace.

Every write of a document is one transaction (the document, its attachments,
its path and its batch item together), and every write is an upsert: a batch
killed half-way leaves each document either fully stored or not at all, and
redoing work stores it once.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Self

from .migrations import FORMAT_1_STORE, connect, is_empty, upgrade
from .model import Document

SCHEMA_VERSION = 1

# The tables as this module uses them: its part of workspace format 1, frozen in pipeline/migrations.py
# (created here when a format-0 file lacks them; a change of table is a new migration there).
SCHEMA = FORMAT_1_STORE

# Columns of ``documents`` that mirror Document fields; the rest goes in ``data``.
_COLUMNS = ("path", "status", "error", "error_kind", "format", "pages", "ocr_pages", "text", "date",
            "evidence_type", "parent")
_DATA_FIELDS = ("page_texts", "ocr_confidence", "page_confidence", "low_quality_pages", "flags", "redactions",
                "display_name")


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Batch:
    id: int
    state: str
    inputs: list[str]
    started_at: str
    planned: int
    done: int


class WorkspaceFile:
    """One connection (``db``) to the workspace's SQLite file: closed by :meth:`close` or at the end of a
    ``with`` block, written in :meth:`transaction`.  The document store and the review tables are both one."""

    db: sqlite3.Connection

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self) -> "Transaction":
        """One write transaction (``BEGIN IMMEDIATE``), nested calls join the outer one."""
        return Transaction(self.db)


class Store(WorkspaceFile):
    """The SQLite store of one workspace.  Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = connect(self.path, timeout=60)  # a newer cesr-mapper's file is refused before anything is written
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        exists = self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'readings'").fetchone()
        if not exists and is_empty(self.db):  # a new file: every table of the current format, the format recorded
            upgrade(self.db, self.path)
        elif not exists:  # readers opening a busy store never need the write lock
            self.db.executescript(SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                            (str(SCHEMA_VERSION),))

    # ------------------------------------------------------------ batches

    def begin_batch(self, inputs: list[str]) -> int:
        cur = self.db.execute("INSERT INTO batches(started_at, state, inputs) VALUES (?, 'planning', ?)",
                              (_now(), json.dumps(inputs)))
        return int(cur.lastrowid)

    def set_batch_state(self, batch_id: int, state: str) -> None:
        finished = _now() if state in ("done", "resumed") else None
        self.db.execute("UPDATE batches SET state = ?, finished_at = COALESCE(?, finished_at) WHERE id = ?",
                        (state, finished, batch_id))

    def interrupted_batches(self) -> list[Batch]:
        """Batches that were planning or running when their process stopped."""
        rows = self.db.execute("SELECT * FROM batches WHERE state IN ('planning', 'running') ORDER BY id").fetchall()
        return [self._batch(r) for r in rows]

    def batch(self, batch_id: int) -> Batch:
        return self._batch(self.db.execute("SELECT * FROM batches WHERE id = ?", (batch_id,)).fetchone())

    def batches(self) -> list[Batch]:
        return [self._batch(r) for r in self.db.execute("SELECT * FROM batches ORDER BY id")]

    @staticmethod
    def _batch(row) -> Batch:
        return Batch(row["id"], row["state"], json.loads(row["inputs"]), row["started_at"], row["planned"] or 0,
                     row["done"] or 0)

    def plan_items(self, batch_id: int, items: Iterable[tuple[str, str | None]]) -> None:
        """Record files the batch has to read (``(path, sha256)``), idempotently."""
        with self.transaction():
            self.db.executemany(
                "INSERT OR IGNORE INTO batch_items(batch_id, path, sha256, state) VALUES (?, ?, ?, 'pending')",
                [(batch_id, p, s) for p, s in items])
            self.db.execute("UPDATE batches SET planned = (SELECT COUNT(*) FROM batch_items WHERE batch_id = ?) "
                            "WHERE id = ?", (batch_id, batch_id))

    def pending_items(self, batch_id: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT path FROM batch_items WHERE batch_id = ? AND state = 'pending' ORDER BY rowid", (batch_id,))]

    # ------------------------------------------------------------ lookups

    def known(self, sha256: str) -> tuple[str, str | None] | None:
        """``(status, error_kind)`` of stored content, or ``None``."""
        row = self.db.execute("SELECT status, error_kind FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return (row[0], row[1]) if row else None

    def failure(self, sha256: str) -> tuple[str, str | None] | None:
        """``(error, error_kind)`` of stored content whose reading failed, or ``None``."""
        row = self.db.execute("SELECT error, error_kind FROM documents WHERE sha256 = ? AND status = 'failed'",
                              (sha256,)).fetchone()
        return (row[0] or "could not be read", row[1]) if row else None

    def path_stats(self) -> dict[str, tuple[int, int, str]]:
        """``{path: (size, mtime_ns, sha256)}`` of every path last seen with readable content."""
        return {r[0]: (r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT path, size, mtime_ns, sha256 FROM paths WHERE sha256 IS NOT NULL AND size IS NOT NULL "
            "AND mtime_ns IS NOT NULL")}

    def path_record(self, path: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM paths WHERE path = ?", (path,)).fetchone()
        return dict(row) if row else None

    def unreadable_paths(self) -> list[dict[str, Any]]:
        """Every path whose last reading failed or was skipped (``path``, ``sha256``, ``status``, ``error``,
        ``error_kind``, ``seen_at``), by path.  A file read again successfully since is no longer listed."""
        # a path re-added with content already known to fail says "see the stored document": the document's reason
        return [dict(r) for r in self.db.execute(
            "SELECT p.path, p.sha256, p.status, "
            "CASE WHEN d.status = 'failed' AND d.error IS NOT NULL THEN d.error ELSE p.error END AS error, "
            "CASE WHEN d.status = 'failed' AND d.error_kind IS NOT NULL THEN d.error_kind ELSE p.error_kind END "
            "AS error_kind, p.seen_at FROM paths p LEFT JOIN documents d ON d.sha256 = p.sha256 "
            "WHERE p.status IN ('failed', 'skipped') ORDER BY p.path")]

    def paths_of(self, sha256: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT path FROM paths WHERE sha256 = ? ORDER BY path",
                                              (sha256,))]

    def get(self, sha256: str) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return self._document(row) if row else None

    def documents(self, status: str | None = None, include_text: bool = True) -> Iterator[Document]:
        """All stored documents (streamed), oldest first."""
        sql = "SELECT * FROM documents" + (" WHERE status = ?" if status else "") + " ORDER BY added_at, path"
        for row in self.db.execute(sql, (status,) if status else ()):
            doc = self._document(row)
            if not include_text:
                doc.text, doc.page_texts = "", []
            yield doc

    def summaries(self, status: str | None = None) -> list[tuple]:
        """What describes each stored document in a list, without its text (light: the review's queue reads it
        for every document): ``(sha256, path, status, pages, date, evidence_type, is_primary, older_than_recency,
        display_name, flags JSON)`` tuples, oldest first."""
        sql = ("SELECT sha256, path, status, pages, date, evidence_type, is_primary, older_than_recency, "
               "json_extract(data, '$.display_name'), json_extract(data, '$.flags') FROM documents"
               + (" WHERE status = ?" if status else "") + " ORDER BY added_at, path")
        return [tuple(r) for r in self.db.execute(sql, (status,) if status else ())]

    def repeated_lines(self, min_documents: int | None = None) -> frozenset:
        """Keys (:func:`pipeline.segment.line_key`) of the lines found in at least ``min_documents`` of the
        readable documents (default :data:`~pipeline.segment.REPEATED_MIN_DOCUMENTS`): letterheads, footers
        and sign-offs the doctor's documents share. An e-mail's attachments count as documents of their own."""
        from collections import Counter

        from .segment import REPEATED_MIN_DOCUMENTS, line_keys

        threshold = REPEATED_MIN_DOCUMENTS if min_documents is None else min_documents
        counts: Counter = Counter()
        for (text,) in self.db.execute("SELECT text FROM documents WHERE status = 'ok' AND text IS NOT NULL"):
            counts.update(line_keys(text))
        return frozenset(k for k, n in counts.items() if n >= threshold)

    def count(self, status: str | None = None) -> int:
        if status:
            return self.db.execute("SELECT COUNT(*) FROM documents WHERE status = ?", (status,)).fetchone()[0]
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    @staticmethod
    def _document(row) -> Document:
        data = json.loads(row["data"] or "{}")
        doc = Document(
            path=row["path"], sha256=row["sha256"], status=row["status"], error=row["error"],
            error_kind=row["error_kind"], format=row["format"] or "", pages=row["pages"] or 0,
            ocr_pages=row["ocr_pages"] or 0, text=row["text"] or "", date=row["date"],
            evidence_type=row["evidence_type"] or "",
            primary=None if row["is_primary"] is None else bool(row["is_primary"]),
            older_than_recency=None if row["older_than_recency"] is None else bool(row["older_than_recency"]),
            parent=row["parent"],
        )
        for name in _DATA_FIELDS:
            if name in data:
                setattr(doc, name, data[name])
        return doc

    # ------------------------------------------------------------ writes

    def record_path(self, path: str, *, sha256: str | None, status: str, outcome: str, error: str | None = None,
                    error_kind: str | None = None, batch_id: int | None = None, size: int | None = None,
                    mtime_ns: int | None = None) -> None:
        self.db.execute(
            "INSERT INTO paths(path, sha256, size, mtime_ns, status, outcome, error, error_kind, batch_id, seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, "
            "size = excluded.size, mtime_ns = excluded.mtime_ns, status = excluded.status, "
            "outcome = excluded.outcome, error = excluded.error, error_kind = excluded.error_kind, "
            "batch_id = excluded.batch_id, seen_at = excluded.seen_at",
            (path, sha256, size, mtime_ns, status, outcome, error, error_kind, batch_id, _now()))

    def save(self, doc: Document, batch_id: int | None = None, item_path: str | None = None,
             stat_info: tuple[int, int] | None = None) -> list[tuple[Document, str]]:
        """Store a document and its attachments in one transaction.

        Args:
            doc: The document as read (attachments inside).
            batch_id: The batch it was read in; its item is marked done.
            item_path: The batch item's path (default ``doc.path``).
            stat_info: ``(size, mtime_ns)`` of the file when it was planned.

        Returns:
            ``(document, outcome)`` for the document and each attachment; the
            outcome is ``"new"``, ``"failed"``, ``"duplicate"`` (content already
            stored under another path) or ``"attachment"``.
        """
        from .ingest import flatten

        results: list[tuple[Document, str]] = []
        with self.transaction():
            for part in flatten(doc):
                existed = part.sha256 and self.known(part.sha256)
                if part.sha256:
                    self._upsert(part, batch_id)
                if part.parent:
                    outcome = "attachment" if not existed or existed[0] != "ok" else "duplicate"
                elif existed and existed[0] == "ok" and part.ok:
                    outcome = "duplicate"
                else:
                    outcome = "new" if part.ok else "failed"
                size, mtime = stat_info if (stat_info and part is doc) else (None, None)
                self.record_path(part.path, sha256=part.sha256 or None, status=part.status, outcome=outcome,
                                 error=part.error, error_kind=part.error_kind, batch_id=batch_id, size=size,
                                 mtime_ns=mtime)
                if part.ok and part.sha256 and not (existed and existed[0] == "ok"):
                    self._near_duplicates(part)
                results.append((part, outcome))
            if batch_id is not None:
                self.db.execute("UPDATE batch_items SET state = 'done', outcome = ?, sha256 = ? "
                                "WHERE batch_id = ? AND path = ?",
                                (results[0][1], doc.sha256 or None, batch_id, item_path or doc.path))
                self.db.execute("UPDATE batches SET done = done + 1 WHERE id = ?", (batch_id,))
        return results

    def readings(self, sha256: str) -> list:
        """The page readings of a document (:class:`~pipeline.model.PageText`), in page order."""
        return [decode_reading(r[0]) for r in self.db.execute(
            "SELECT data FROM readings WHERE sha256 = ? ORDER BY page", (sha256,))]

    def save_readings(self, sha256: str, readings: list) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM readings WHERE sha256 = ?", (sha256,))
            self.db.executemany("INSERT INTO readings(sha256, page, data) VALUES (?, ?, ?)",
                                [(sha256, i, encode_reading(r)) for i, r in enumerate(readings)])

    def set_text(self, sha256: str, text: str, page_texts: list[str], redactions: int, display_name: str) -> None:
        """Replace a document's anonymised text (after the doctor changed a redaction decision)."""
        with self.transaction():
            row = self.db.execute("SELECT data FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
            if row is None:
                return
            data = json.loads(row["data"] or "{}")
            data.update(page_texts=page_texts, redactions=redactions, display_name=display_name)
            self.db.execute("UPDATE documents SET text = ?, data = ?, updated_at = ? WHERE sha256 = ?",
                            (text, json.dumps(data, ensure_ascii=False), _now(), sha256))

    def _upsert(self, doc: Document, batch_id: int | None) -> None:
        data = json.dumps({name: getattr(doc, name) for name in _DATA_FIELDS}, ensure_ascii=False)
        now = _now()
        values = {name: getattr(doc, name) for name in _COLUMNS}
        values.update(sha256=doc.sha256, is_primary=None if doc.primary is None else int(doc.primary),
                      older_than_recency=None if doc.older_than_recency is None else int(doc.older_than_recency),
                      data=data, batch_id=batch_id, added_at=now, updated_at=now)
        names = list(values)
        updates = ", ".join(f"{n} = excluded.{n}" for n in names if n not in ("sha256", "path", "added_at"))
        # A readable copy never gives way to a failed reading of the same bytes.
        self.db.execute(
            f"INSERT INTO documents({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT(sha256) DO UPDATE SET {updates} WHERE documents.status != 'ok' OR excluded.status = 'ok'",
            [values[n] for n in names])
        if doc.ok and doc.readings:
            self.db.execute("DELETE FROM readings WHERE sha256 = ?", (doc.sha256,))
            self.db.executemany("INSERT INTO readings(sha256, page, data) VALUES (?, ?, ?)",
                                [(doc.sha256, i, encode_reading(r)) for i, r in enumerate(doc.readings)])

    def _near_duplicates(self, doc: Document) -> None:
        from .ingest.similarity import (MAX_DISTANCE, MIN_JACCARD, bands, hamming, jaccard, simhash, to_signed,
                                        to_unsigned)

        value = simhash(doc.text)
        if value is None:
            return
        self.db.execute("UPDATE documents SET simhash = ? WHERE sha256 = ?", (to_signed(value), doc.sha256))
        # Candidates share a band of the simhash; only those within the Hamming distance have their text read
        # (one query per band, the texts only for the close ones: a corpus of similar letters has many candidates).
        candidates: set[str] = set()
        for band, key in enumerate(bands(value)):
            for sha, other in self.db.execute(
                    "SELECT d.sha256, d.simhash FROM simhash_bands b JOIN documents d ON d.sha256 = b.sha256 "
                    "WHERE b.band = ? AND b.value = ? AND d.status = 'ok'", (band, key)):
                if sha != doc.sha256 and other is not None and hamming(to_unsigned(other), value) <= MAX_DISTANCE:
                    candidates.add(sha)
        self.db.executemany("INSERT OR IGNORE INTO simhash_bands(band, value, sha256) VALUES (?, ?, ?)",
                            [(band, key, doc.sha256) for band, key in enumerate(bands(value))])
        best: tuple[float, str, str] | None = None
        for sha in sorted(candidates):
            row = self.db.execute("SELECT text, path, parent FROM documents WHERE sha256 = ?", (sha,)).fetchone()
            if row is None or sha == doc.parent or row["parent"] == doc.sha256:
                continue
            score = jaccard(doc.text, row["text"] or "")
            if score >= MIN_JACCARD and (best is None or score > best[0]):
                best = (score, sha, row["path"])
        if best is None:
            return
        score, sha, path = best
        flag = f"near-duplicate: {round(score * 100)}% the same text as {path} (the same letter scanned twice?)"
        doc.flags = [*doc.flags, flag]
        row = self.db.execute("SELECT data FROM documents WHERE sha256 = ?", (doc.sha256,)).fetchone()
        data = json.loads(row["data"] or "{}")
        data["flags"] = [*data.get("flags", []), flag]
        self.db.execute("UPDATE documents SET near_duplicate_of = ?, similarity = ?, data = ? WHERE sha256 = ?",
                        (sha, round(score, 3), json.dumps(data, ensure_ascii=False), doc.sha256))

    def near_duplicates(self) -> list[tuple[str, str, float]]:
        """``(sha256, near_duplicate_of, similarity)`` of every flagged pair."""
        return [(r[0], r[1], r[2]) for r in self.db.execute(
            "SELECT sha256, near_duplicate_of, similarity FROM documents WHERE near_duplicate_of IS NOT NULL")]


def encode_reading(reading) -> bytes:
    """A page reading as compressed JSON (boxes to 5 decimals: a tenth of a pixel on an A4 page at 300 dpi)."""
    import zlib

    data = {
        "text": reading.text, "ocr": reading.ocr, "confidence": reading.confidence, "rotation": reading.rotation,
        "note": reading.note, "size": list(reading.size) if reading.size else None, "origin": reading.origin,
        "words": [v for w in reading.words for v in (w[0], w[1], *(round(x, 5) for x in w[2:]))],
        "regions": [[r.kind, *[round(x, 5) for x in r.box], r.label] for r in reading.regions],
    }
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def decode_reading(blob: bytes):
    import zlib

    from .model import PageText, Region

    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    flat = data.get("words") or []
    words = tuple((int(flat[i]), int(flat[i + 1]), *flat[i + 2:i + 6]) for i in range(0, len(flat), 6))
    regions = tuple(Region(r[0], tuple(r[1:5]), r[5]) for r in data.get("regions") or [])
    return PageText(data["text"], ocr=data.get("ocr", False), confidence=data.get("confidence"),
                    rotation=data.get("rotation", 0), note=data.get("note", ""), words=words,
                    size=tuple(data["size"]) if data.get("size") else None, regions=regions,
                    origin=data.get("origin", ""))


class Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.depth = 0

    def __enter__(self):
        if self.db.in_transaction:
            self.depth = 1
            return self
        self.db.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.depth:
            return
        if exc_type is None:
            try:
                self.db.execute("COMMIT")
            except BaseException:  # a commit refused (a full disk): the transaction is still open, undo it
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
        elif self.db.in_transaction:  # SQLite may have rolled back already (SQLITE_FULL, SQLITE_IOERR)
            self.db.execute("ROLLBACK")
