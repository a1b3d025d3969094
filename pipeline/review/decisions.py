"""Suggestions and the doctor's decisions, stored in the workspace's SQLite file.

Tables (created here, beside the document store's own, in
``<workspace>/.cesr/documents.sqlite``; WAL mode, one short transaction per write):

- ``review_documents``: per document, a ``version`` counter bumped by every
  write that concerns it (a decision, an undo, new suggestions, the reviewed
  mark, the title), the doctor's title, when it was marked reviewed, its
  vector (for learning from decisions) and the versions of the model,
  calibrator and curricula its suggestions were computed with.
- ``review_suggestions``: the ranked suggestions of each document, with the
  supporting passage's offsets in the anonymised text.
- ``review_decisions``: an append-only log of decisions, one row per verdict
  on a (document, node), with time, confidence at the time and the model,
  calibrator and curricula versions.  Rows written by one keystroke share an
  ``action`` id; undoing an action marks its rows ``undone_at`` (nothing is
  ever deleted), so the verdict before it is in force again.
  A bulk action (:mod:`pipeline.review.bulk`) writes its rows with
  ``source = 'bulk'`` and its batch id as their ``action``.

Optimistic concurrency: every write names the document ``version`` the
writer last saw; when another tab wrote in between, :class:`Conflict` is
raised (the web app answers 409 with the fresh state) and nothing is written,
so two tabs never overwrite each other's work.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from ..migrations import FORMAT_1_REVIEW, FORMAT_2_REVIEW, connect
from ..store import WorkspaceFile  # the connection and its transactions, shared with the document store

__all__ = ["SCHEMA", "ReviewDB", "Conflict", "ReviewError", "POSITIVE", "VERDICTS", "REVIEW_SETTINGS", "now"]

VERDICTS = ("accepted", "rejected", "added")
POSITIVE = ("accepted", "added")

# The tables as this module uses them: its part of workspace format 1, frozen in pipeline/migrations.py
# (created here when a format-0 file lacks them; a change of table is a new migration there).
SCHEMA = FORMAT_1_REVIEW + FORMAT_2_REVIEW

SCHEMA_VERSION = 1

#: The review screen's settings of a workspace and their defaults (kept in ``review_meta`` as ``setting:<name>``).
#: ``min_confidence``: suggestions below it are hidden until the doctor asks for all of them.  10% hides 23 of the
#: 220 suggestions of corpora/sample and none of its 60 labelled ones (15% would hide 55 and one labelled).
REVIEW_SETTINGS: dict[str, Any] = {"min_confidence": 0.10}


def now() -> str:
    """UTC time, ISO 8601 with seconds."""
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class ReviewError(ValueError):
    """A request that cannot be carried out (unknown node, nothing to undo...)."""


@dataclass
class Conflict(Exception):
    """The document changed since the writer last saw it (another tab wrote)."""

    sha256: str
    seen: int
    current: int

    def __str__(self) -> str:
        return f"document {self.sha256[:12]} changed (version {self.current}, you saw {self.seen}): reload it"


class ReviewDB(WorkspaceFile):
    """The review tables of one workspace.  One instance per thread; close it after use.

    Args:
        path: The workspace's SQLite file (``Workspace.store_path``).
        nodes: Node id -> :class:`~pipeline.model.Capability` of the
            workspace's curricula, to check and describe decided nodes.
    """

    def __init__(self, path: str | os.PathLike, nodes: dict | None = None) -> None:
        self.path = Path(path)
        self.nodes = nodes or {}
        self.db = connect(self.path, timeout=30)
        mode = self.db.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        if self.db.execute("SELECT name FROM sqlite_master WHERE name = 'review_engine_scores'").fetchone() is None:
            self.db.executescript(SCHEMA)  # every statement is CREATE ... IF NOT EXISTS
            self.db.execute("INSERT OR IGNORE INTO review_meta(key, value) VALUES ('schema_version', ?)",
                            (str(SCHEMA_VERSION),))

    def bump_version(self, sha256: str, seen: int | None) -> int:
        """Inside a transaction: check the document version the writer saw and increment it (see
        :class:`Conflict`); other kinds of decision (redaction) share the document's version."""
        return self._bump(sha256, seen)

    def _bump(self, sha256: str, seen: int | None) -> int:
        """Inside a transaction: check the version the writer saw and increment it."""
        row = self.db.execute("SELECT version FROM review_documents WHERE sha256 = ?", (sha256,)).fetchone()
        current = int(row[0]) if row else 0
        if seen is not None and int(seen) != current:
            raise Conflict(sha256, int(seen), current)
        if row is None:
            self.db.execute("INSERT INTO review_documents(sha256, version) VALUES (?, 1)", (sha256,))
        else:
            self.db.execute("UPDATE review_documents SET version = version + 1 WHERE sha256 = ?", (sha256,))
        return current + 1

    # ------------------------------------------------------------ documents

    def version(self, sha256: str) -> int:
        row = self.db.execute("SELECT version FROM review_documents WHERE sha256 = ?", (sha256,)).fetchone()
        return int(row[0]) if row else 0

    def document_row(self, sha256: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM review_documents WHERE sha256 = ?", (sha256,)).fetchone()
        return dict(row) if row else None

    def document_rows(self) -> dict[str, dict[str, Any]]:
        """Every document's review row, without vectors."""
        rows = self.db.execute("SELECT sha256, version, title, reviewed_at, model_id, calibrator, curricula_hash, "
                               "suggested_at, top_confidence, meta FROM review_documents")
        return {r["sha256"]: dict(r) for r in rows}

    def set_reviewed(self, sha256: str, seen: int | None, reviewed: bool = True) -> int:
        with self.transaction():
            version = self._bump(sha256, seen)
            self.db.execute("UPDATE review_documents SET reviewed_at = ? WHERE sha256 = ?",
                            (now() if reviewed else None, sha256))
        return version

    def set_title(self, sha256: str, seen: int | None, title: str | None) -> int:
        title = " ".join((title or "").split())[:200] or None
        with self.transaction():
            version = self._bump(sha256, seen)
            self.db.execute("UPDATE review_documents SET title = ? WHERE sha256 = ?", (title, sha256))
        return version

    def set_imported_meta(self, sha256: str, meta: dict[str, Any]) -> None:
        """Keep a document's description from an import file (used while its file is not in the workspace)."""
        with self.transaction():
            self.db.execute("INSERT OR IGNORE INTO review_documents(sha256, version) VALUES (?, 0)", (sha256,))
            self.db.execute("UPDATE review_documents SET meta = ? WHERE sha256 = ?",
                            (json.dumps(meta, ensure_ascii=False, sort_keys=True), sha256))

    def restore_document(self, sha256: str, title: str | None, reviewed_at: str | None) -> None:
        """Set title and reviewed mark as they were (import), without touching decisions."""
        with self.transaction():
            self._bump(sha256, None)
            self.db.execute("UPDATE review_documents SET title = COALESCE(?, title), "
                            "reviewed_at = COALESCE(?, reviewed_at) WHERE sha256 = ?", (title, reviewed_at, sha256))

    def rewrite_excerpts(self, sha256: str, rewrite) -> int:
        """Apply ``rewrite`` (text -> text) to every stored excerpt of a document, suggestions and decisions
        alike (a redaction decided after the suggestions were made); returns how many changed."""
        changed = 0
        with self.transaction():
            for table, key in (("review_suggestions", "node"), ("review_decisions", "id")):
                for row in self.db.execute(f"SELECT {key}, excerpt FROM {table} WHERE sha256 = ?", (sha256,)).fetchall():
                    new = rewrite(row[1] or "")
                    if new != (row[1] or ""):
                        self.db.execute(f"UPDATE {table} SET excerpt = ? WHERE sha256 = ? AND {key} = ?",
                                        (new, sha256, row[0]))
                        changed += 1
        return changed

    def relocate_passages(self, sha256: str, text: str) -> None:
        """Find every stored excerpt of a document again in its new text (after a redaction decision changed
        the text, the old offsets point at other words); an excerpt not found loses its offsets."""
        import re

        def find(excerpt: str) -> tuple[int | None, int | None]:
            pieces = [p.strip() for p in (excerpt or "").split("…") if p.strip()]
            if not pieces:
                return None, None
            pattern = r"\s+".join(re.escape(w) for w in pieces[0].split())
            m = re.search(pattern, text)
            return (m.start(), m.end()) if m else (None, None)

        with self.transaction():
            for table, key in (("review_suggestions", "node"), ("review_decisions", "id")):
                for row in self.db.execute(f"SELECT {key}, excerpt FROM {table} WHERE sha256 = ?", (sha256,)).fetchall():
                    start, end = find(row[1])
                    self.db.execute(f"UPDATE {table} SET passage_start = ?, passage_end = ? WHERE sha256 = ? "
                                    f"AND {key} = ?", (start, end, sha256, row[0]))

    # ------------------------------------------------------------ settings of the review screen

    def settings(self) -> dict[str, Any]:
        """The review screen's settings of this workspace: :data:`REVIEW_SETTINGS` with the doctor's values."""
        out = dict(REVIEW_SETTINGS)
        for key, value in self.db.execute("SELECT key, value FROM review_meta WHERE key LIKE 'setting:%'"):
            name = key.split(":", 1)[1]
            if name in out:
                out[name] = json.loads(value)
        return out

    def set_setting(self, name: str, value: Any) -> None:
        """Keep one setting (a name of :data:`REVIEW_SETTINGS`, a JSON value checked by the caller)."""
        if name not in REVIEW_SETTINGS:
            raise ReviewError(f"unknown setting {name!r}")
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO review_meta(key, value) VALUES (?, ?)",
                            (f"setting:{name}", json.dumps(value)))

    # ------------------------------------------------------------ suggestions

    def suggestion_versions(self) -> dict[str, tuple[str | None, str | None, str | None]]:
        """``sha256 -> (model_id, calibrator, curricula_hash)`` of the suggestions in force."""
        rows = self.db.execute("SELECT sha256, model_id, calibrator, curricula_hash FROM review_documents "
                               "WHERE suggested_at IS NOT NULL")
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def store_suggestions(self, sha256: str, rows: list[dict[str, Any]], versions: dict[str, str],
                          vector: np.ndarray | None = None) -> int:
        """Replace a document's suggestions (one transaction); returns its new version."""
        created = now()
        with self.transaction():
            version = self._bump(sha256, None)
            self.db.execute("DELETE FROM review_suggestions WHERE sha256 = ?", (sha256,))
            self.db.executemany(
                "INSERT OR REPLACE INTO review_suggestions(sha256, node, outcome, curriculum, title, rank, "
                "confidence, score, excerpt, passage_start, passage_end, model_id, calibrator, curricula_hash, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(sha256, r["node"], r["outcome"], r.get("curriculum"), r.get("title"), int(r["rank"]),
                  float(r["confidence"]), float(r.get("score") or 0.0), r.get("excerpt") or "",
                  r.get("start"), r.get("end"), versions["model_id"], versions["calibrator"],
                  versions["curricula_hash"], created) for r in rows])
            top = max((float(r["confidence"]) for r in rows), default=None)
            self.db.execute(
                "UPDATE review_documents SET model_id = ?, calibrator = ?, curricula_hash = ?, suggested_at = ?, "
                "top_confidence = ? WHERE sha256 = ?",
                (versions["model_id"], versions["calibrator"], versions["curricula_hash"], created, top, sha256))
            if vector is not None:
                self._store_vector(sha256, vector, versions["model_id"])
        return version

    def store_none_of_these(self, sha256: str, none: dict[str, float]) -> None:
        """Keep a document's ``P(none)`` per curriculum (:mod:`pipeline.none_of_these`), beside its suggestions.

        Kept in ``review_meta`` under ``none_of_these:<sha256>`` (no new column, so no new workspace format).
        """
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO review_meta(key, value) VALUES (?, ?)",
                            (f"none_of_these:{sha256}", json.dumps({k: round(float(v), 4) for k, v in none.items()},
                                                                    sort_keys=True)))

    def none_of_these(self, sha256: str) -> dict[str, float]:
        """A document's ``P(none)`` per curriculum, ``{}`` when not computed."""
        row = self.db.execute("SELECT value FROM review_meta WHERE key = ?", (f"none_of_these:{sha256}",)).fetchone()
        return json.loads(row[0]) if row else {}

    def suggestions(self, sha256: str | None = None) -> list[dict[str, Any]]:
        """Stored suggestions (of one document, or all), best first."""
        if sha256 is None:
            rows = self.db.execute("SELECT * FROM review_suggestions ORDER BY sha256, rank")
        else:
            rows = self.db.execute("SELECT * FROM review_suggestions WHERE sha256 = ? ORDER BY rank", (sha256,))
        return [dict(r) for r in rows]

    def suggestion_index(self) -> list[tuple]:
        """``(sha256, node, outcome, confidence, rank, title)`` of every stored suggestion (light, for the queue)."""
        return self.db.execute("SELECT sha256, node, outcome, confidence, rank, title FROM review_suggestions "
                               "ORDER BY sha256, rank").fetchall()

    def queue_index(self, outcome: str | None = None) -> dict[str, Any]:
        """What the review's queue shows of every document, computed in SQLite (light: no excerpts, no dicts per
        suggestion, so 10,000 documents stay well under a second).

        Returns a dict with ``top``: sha256 -> ``(node, title, confidence, number of suggestions)`` of its
        first-ranked suggestion; ``decided``: sha256 -> how many of its suggestions have a verdict in force;
        ``in_force``: ``(sha256, outcome, verdict)`` of every decision in force; and, given ``outcome``,
        ``outcome_confidence``: sha256 -> the best confidence of its suggestions under that outcome.
        """
        current = ("SELECT sha256, node, outcome, verdict FROM review_decisions WHERE id IN "
                   "(SELECT MAX(id) FROM review_decisions WHERE undone_at IS NULL GROUP BY sha256, node)")
        # SQLite takes the bare columns of a MIN() query from the row holding the minimum: the first-ranked one
        top = {r[0]: (r[2], r[3], r[4], r[5]) for r in self.db.execute(
            "SELECT sha256, MIN(rank), node, title, confidence, COUNT(*) FROM review_suggestions GROUP BY sha256")}
        decided = dict(self.db.execute(
            f"SELECT s.sha256, COUNT(*) FROM review_suggestions s JOIN ({current}) d "
            "ON s.sha256 = d.sha256 AND s.node = d.node GROUP BY s.sha256").fetchall())
        in_force = [tuple(r[:1]) + tuple(r[2:]) for r in self.db.execute(current)]
        out: dict[str, Any] = {"top": top, "decided": decided, "in_force": in_force}
        if outcome:
            out["outcome_confidence"] = dict(self.db.execute(
                "SELECT sha256, MAX(confidence) FROM review_suggestions WHERE outcome = ? GROUP BY sha256",
                (outcome,)).fetchall())
        return out

    # ------------------------------------------------------------ vectors (learning)

    def store_vector(self, sha256: str, vector: np.ndarray, model_id: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR IGNORE INTO review_documents(sha256, version) VALUES (?, 0)", (sha256,))
            self._store_vector(sha256, vector, model_id)

    def _store_vector(self, sha256: str, vector: np.ndarray, model_id: str) -> None:
        blob = np.asarray(vector, dtype=np.float32).tobytes()
        self.db.execute("UPDATE review_documents SET vector = ?, vector_model = ? WHERE sha256 = ?",
                        (blob, model_id, sha256))

    def vectors(self, model_id: str, shas: Iterable[str] | None = None) -> dict[str, np.ndarray]:
        """Stored document vectors computed with ``model_id``."""
        wanted = set(shas) if shas is not None else None
        out = {}
        for sha, blob in self.db.execute("SELECT sha256, vector FROM review_documents WHERE vector IS NOT NULL "
                                         "AND vector_model = ?", (model_id,)):
            if wanted is None or sha in wanted:
                out[sha] = np.frombuffer(blob, dtype=np.float32).copy()
        return out

    def store_engine_scores(self, sha256: str, scores: dict[str, float], key: str) -> None:
        """Keep the engine's scores of a document's best nodes (``{node: score}``, before anything learned),
        as computed by the versions ``key`` names; replaces what was kept before."""
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO review_engine_scores(sha256, scores_key, scores) VALUES (?, ?, ?)",
                            (sha256, key, json.dumps({n: round(float(v), 5) for n, v in scores.items()})))

    def engine_scores(self, key: str, shas: Iterable[str] | None = None) -> dict[str, dict[str, float]]:
        """Kept engine scores computed by the versions ``key`` names, per document."""
        wanted = set(shas) if shas is not None else None
        return {sha: json.loads(blob) for sha, blob in self.db.execute(
            "SELECT sha256, scores FROM review_engine_scores WHERE scores_key = ?", (key,))
            if wanted is None or sha in wanted}

    def votes(self) -> dict[str, dict[str, int]]:
        """Per document, ``{node: +1}`` for accepted or added nodes and ``-1`` for rejected ones."""
        out: dict[str, dict[str, int]] = {}
        for d in self.current_decisions():
            out.setdefault(d["sha256"], {})[d["node"]] = 1 if d["verdict"] in POSITIVE else -1
        return out

    # ------------------------------------------------------------ decisions

    def current_decisions(self, sha256: str | None = None) -> list[dict[str, Any]]:
        """The verdict in force per (document, node): its latest decision not undone."""
        where = "undone_at IS NULL" + (" AND sha256 = ?" if sha256 else "")
        sql = (f"SELECT d.* FROM review_decisions d JOIN (SELECT MAX(id) AS id FROM review_decisions WHERE {where} "
               "GROUP BY sha256, node) last ON d.id = last.id ORDER BY d.sha256, d.id")
        return [dict(r) for r in self.db.execute(sql, (sha256,) if sha256 else ())]

    def actions(self, sha256: str) -> list[dict[str, Any]]:
        """A document's actions not undone, latest first: ``action``, ``decided_at`` and what they did."""
        rows = self.db.execute("SELECT action, node, verdict, replaces, decided_at, source, id FROM review_decisions "
                               "WHERE sha256 = ? AND undone_at IS NULL ORDER BY id DESC", (sha256,))
        grouped: dict[str, dict[str, Any]] = {}
        for r in rows:
            entry = grouped.setdefault(r["action"], {"action": r["action"], "decided_at": r["decided_at"],
                                                      "source": r["source"], "verdicts": []})
            entry["verdicts"].append({"node": r["node"], "verdict": r["verdict"], "replaces": r["replaces"]})
        for entry in grouped.values():
            entry["verdicts"].reverse()
        return list(grouped.values())

    def decide(self, sha256: str, seen: int | None, kind: str, node: str, *, new_node: str | None = None,
               excerpt: str | None = None, start: int | None = None, end: int | None = None,
               versions: dict[str, str] | None = None) -> tuple[int, str]:
        """Record one keystroke's decision.

        Args:
            sha256: The document.
            seen: The document version the writer saw (``None``: do not check).
            kind: ``"accept"`` or ``"reject"`` (``node``), ``"change"`` (reject
                ``node``, take ``new_node`` with the same supporting passage)
                or ``"add"`` (``node``: a mapping the tool missed; ``excerpt``
                and ``start``/``end``: the passage the doctor selected, if any).
            versions: Model, calibrator and curricula versions in force, for
                decisions on nodes that were not suggested.

        Returns:
            ``(new version, action id)``.

        Raises:
            Conflict: another writer changed the document since ``seen``.
            ReviewError: unknown node or kind.
        """
        if kind not in ("accept", "reject", "change", "add"):
            raise ReviewError(f"unknown decision {kind!r}")
        for n in (node, new_node) if kind == "change" else (node,):
            if not n or (self.nodes and n not in self.nodes):
                raise ReviewError(f"unknown curriculum node {n!r}")
        action = uuid.uuid4().hex
        decided_at = now()
        with self.transaction():
            version = self._bump(sha256, seen)
            suggested = {r["node"]: dict(r) for r in self.db.execute(
                "SELECT * FROM review_suggestions WHERE sha256 = ?", (sha256,))}
            doc = self.db.execute("SELECT model_id, calibrator, curricula_hash FROM review_documents "
                                  "WHERE sha256 = ?", (sha256,)).fetchone()
            fallback = dict(versions or {})
            if doc is not None and doc["model_id"]:
                fallback = {"model_id": doc["model_id"], "calibrator": doc["calibrator"],
                            "curricula_hash": doc["curricula_hash"]}
            rows = []
            if kind in ("accept", "reject"):
                verdict = "rejected" if kind == "reject" else ("accepted" if node in suggested else "added")
                rows.append(self._row(sha256, node, verdict, suggested.get(node), fallback, excerpt, start, end))
            elif kind == "change":
                old = suggested.get(node)
                rows.append(self._row(sha256, node, "rejected", old, fallback))
                passage = (old or {})
                rows.append(self._row(sha256, new_node, "accepted" if new_node in suggested else "added",
                                      suggested.get(new_node), fallback,
                                      excerpt if excerpt else passage.get("excerpt"),
                                      start if excerpt else passage.get("passage_start"),
                                      end if excerpt else passage.get("passage_end"), replaces=node))
            else:
                rows.append(self._row(sha256, node, "accepted" if node in suggested else "added",
                                      suggested.get(node), fallback, excerpt, start, end))
            for row in rows:
                self._insert(row, action, decided_at)
        return version, action

    def _row(self, sha256: str, node: str, verdict: str, suggestion: dict | None, fallback: dict,
             excerpt: str | None = None, start: int | None = None, end: int | None = None,
             replaces: str | None = None) -> dict[str, Any]:
        cap = self.nodes.get(node)
        s = suggestion or {}
        if excerpt is None and s:
            excerpt, start, end = s.get("excerpt"), s.get("passage_start"), s.get("passage_end")
        return {
            "sha256": sha256, "node": node,
            "outcome": cap.outcome if cap is not None else (s.get("outcome") or node),
            "verdict": verdict,
            "confidence": s.get("confidence"), "rank": s.get("rank"),
            "excerpt": (excerpt or "")[:2000], "passage_start": start, "passage_end": end,
            "model_id": s.get("model_id") or fallback.get("model_id"),
            "calibrator": s.get("calibrator") or fallback.get("calibrator"),
            "curricula_hash": s.get("curricula_hash") or fallback.get("curricula_hash"),
            "replaces": replaces,
        }

    _INSERT_COLUMNS = ("action", "sha256", "node", "outcome", "verdict", "confidence", "rank", "excerpt",
                       "passage_start", "passage_end", "decided_at", "model_id", "calibrator", "curricula_hash",
                       "replaces", "source")

    def _insert(self, row: dict[str, Any], action: str, decided_at: str, source: str = "review") -> None:
        values = {**row, "action": action, "decided_at": decided_at, "source": source}
        self.db.execute(f"INSERT INTO review_decisions({', '.join(self._INSERT_COLUMNS)}) "
                        f"VALUES ({', '.join('?' for _ in self._INSERT_COLUMNS)})",
                        [values.get(c) for c in self._INSERT_COLUMNS])

    def record(self, sha256: str, verdicts: Iterable[tuple[str, str]], action: str, *, source: str,
               decided_at: str | None = None) -> int:
        """Inside a transaction: write verdicts on a document's suggested nodes as one action (bulk decisions, see
        :mod:`pipeline.review.bulk`), each with the suggestion's confidence, rank, passage and versions.

        Returns:
            How many rows were written.
        """
        decided_at = decided_at or now()
        suggested = {r["node"]: dict(r) for r in self.db.execute(
            "SELECT * FROM review_suggestions WHERE sha256 = ?", (sha256,))}
        written = 0
        for node, verdict in verdicts:
            if verdict not in VERDICTS:
                raise ReviewError(f"unknown verdict {verdict!r}")
            if node not in suggested:
                raise ReviewError(f"{node!r} is not a suggestion of this document")
            self._insert(self._row(sha256, node, verdict, suggested[node], {}), action, decided_at, source=source)
            written += 1
        return written

    def last_action(self, sha256: str, log: str = "review_decisions") -> str | None:
        """The latest action still in force on a document in an append-only decision log (``review_decisions``
        or ``redaction_decisions``), or None."""
        row = self.db.execute(f"SELECT action FROM {log} WHERE sha256 = ? AND undone_at IS NULL "
                              "ORDER BY id DESC LIMIT 1", (sha256,)).fetchone()
        return None if row is None else row[0]

    def undo(self, sha256: str, seen: int | None, action: str | None = None) -> tuple[int, str]:
        """Undo a document's latest action (or the named one); returns ``(new version, undone action)``."""
        with self.transaction():
            version = self._bump(sha256, seen)
            if action is None:
                action = self.last_action(sha256)
                if action is None:
                    raise ReviewError("nothing to undo on this document")
            cur = self.db.execute("UPDATE review_decisions SET undone_at = ? WHERE sha256 = ? AND action = ? "
                                  "AND undone_at IS NULL", (now(), sha256, action))
            if cur.rowcount == 0:
                raise ReviewError("no such decision, or it was already undone")
        return version, action

    def import_decision(self, record: dict[str, Any], action: str) -> bool:
        """Restore one decision from an export file, unless the document already has a verdict on that node.

        Returns:
            ``True`` when it was written.
        """
        sha256, node = record["sha256"], record["node"]
        with self.transaction():
            exists = self.db.execute("SELECT 1 FROM review_decisions WHERE sha256 = ? AND node = ? "
                                     "AND undone_at IS NULL", (sha256, node)).fetchone()
            if exists:
                return False
            self._bump(sha256, None)
            self._insert(record, action, record["decided_at"], source="import")
        return True

    # ------------------------------------------------------------ progress

    def progress(self) -> dict[str, int]:
        """Counts over the review tables: documents suggested, reviewed, decisions in force."""
        current = self.current_decisions()
        return {
            "suggested": self.db.execute("SELECT COUNT(*) FROM review_documents WHERE suggested_at IS NOT NULL"
                                         ).fetchone()[0],
            "reviewed": self.db.execute("SELECT COUNT(*) FROM review_documents WHERE reviewed_at IS NOT NULL"
                                        ).fetchone()[0],
            "confirmed": sum(1 for d in current if d["verdict"] in POSITIVE),
            "rejected": sum(1 for d in current if d["verdict"] == "rejected"),
        }
