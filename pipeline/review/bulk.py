"""Bulk decisions: accept every suggestion at or above a confidence, or reject what is left on one document.

A bulk action is one *batch*. Its decisions are ordinary rows of the decision log (``review_decisions``) with
``source = 'bulk'`` and the batch id as their ``action``, so the log says which decision came from which bulk
action, and a per-document undo (``u`` in the review) works on them as on any keystroke. ``review_batches``
describes each batch: what was asked (kind and parameters), from where (``review`` or ``cli``), when, how many
decisions on how many documents, and when it was undone. Undoing a batch marks its decisions still in force
undone (nothing is deleted): what was in force before it is in force again, and decisions the doctor made after
it stand.

A bulk action decides only suggestions with no verdict in force: it never overturns the doctor's own decision.
Bulk accept leaves documents already marked reviewed alone unless asked to (the doctor looked at them and left
those suggestions undecided). Every document it touches gets a new version, so a tab still showing the old
state is refused (409) rather than overwriting it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..migrations import FORMAT_1_BULK
from .decisions import Conflict, ReviewDB, ReviewError, now

__all__ = ["BulkActions", "BulkResult", "UndoResult", "SOURCE", "SCHEMA"]

#: ``review_decisions.source`` of the decisions a bulk action wrote
SOURCE = "bulk"

# The tables as this module uses them: its part of workspace format 1, frozen in pipeline/migrations.py
# (created here when a format-0 file lacks them; a change of table is a new migration there).
SCHEMA = FORMAT_1_BULK


@dataclass
class BulkResult:
    """What a bulk action did, or would do on a dry run."""

    kind: str  # "accept" or "ignore-rest"
    dry_run: bool
    batch: str | None = None  # None on a dry run, or when there was nothing to decide
    decisions: int = 0
    documents: int = 0
    by_outcome: dict[str, int] = field(default_factory=dict)
    already_decided: int = 0  # suggestions that met the criteria but already had a verdict in force
    reviewed_left: int = 0  # documents marked reviewed that were left alone
    reviewed_suggestions: int = 0  # their suggestions that met the criteria

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def format(self, codes: dict[str, str] | None = None) -> str:
        """A summary for the terminal, for example ``accepted 37 suggestion(s) on 12 document(s) (batch …)``."""
        verb = {"accept": "accepted", "ignore-rest": "rejected"}[self.kind]
        if self.dry_run:
            verb = "would " + {"accept": "accept", "ignore-rest": "reject"}[self.kind]
        lines = [f"{verb} {self.decisions} suggestion(s) on {self.documents} document(s)"
                 + (f" (batch {self.batch})" if self.batch else "")]
        if self.by_outcome:
            codes = codes or {}
            parts = [f"{codes.get(o, o)} {n}" for o, n in sorted(self.by_outcome.items(), key=lambda x: (-x[1], x[0]))]
            lines.append("  by outcome: " + ", ".join(parts))
        if self.already_decided:
            lines.append(f"  left alone: {self.already_decided} suggestion(s) you had already decided")
        if self.reviewed_left:
            lines.append(f"  left alone: {self.reviewed_suggestions} suggestion(s) on {self.reviewed_left} document(s) "
                         "already marked reviewed (--include-reviewed takes them too)")
        if self.batch:
            lines.append(f"  undo with: cesr accept --workspace DIR --undo {self.batch[:12]}")
        elif self.dry_run:
            lines.append("  dry run: nothing was written")
        return "\n".join(lines)


@dataclass
class UndoResult:
    """What undoing a batch did."""

    batch: str
    decisions: int
    documents: int

    def format(self) -> str:
        return (f"undid batch {self.batch}: {self.decisions} decision(s) on {self.documents} document(s) are no "
                "longer in force")


class BulkActions:
    """Bulk decisions on one workspace's review tables.

    Args:
        db: The workspace's :class:`~pipeline.review.decisions.ReviewDB` (its ``nodes`` are used to check the
            outcomes asked for).
    """

    def __init__(self, db: ReviewDB) -> None:
        self.db = db
        if db.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_batches'").fetchone() is None:
            db.db.executescript(SCHEMA)

    # ------------------------------------------------------------ accept

    def accept(self, min_confidence: float, outcomes: Iterable[str] | None = None, *, include_reviewed: bool = False,
               dry_run: bool = False, origin: str = "cli") -> BulkResult:
        """Accept every undecided suggestion whose confidence is at or above ``min_confidence``.

        Args:
            min_confidence: Between 0 and 1.
            outcomes: Only suggestions of these outcomes (node ids such as ``rcem-2021:SLO3``); all when empty.
            include_reviewed: Also documents already marked reviewed.
            dry_run: Count, write nothing.
            origin: Where it was asked (``cli`` or ``review``), kept with the batch.

        Raises:
            ReviewError: a confidence outside 0..1 or an unknown outcome.
        """
        try:
            threshold = float(min_confidence)
        except (TypeError, ValueError):
            raise ReviewError(f"the confidence must be a number between 0 and 1, not {min_confidence!r}") from None
        if not 0.0 <= threshold <= 1.0:
            raise ReviewError(f"the confidence must be between 0 and 1 (0.8 means 80%), not {min_confidence!r}")
        wanted = sorted(set(outcomes or ()))
        if self.db.nodes:
            unknown = [o for o in wanted if o not in self.db.nodes or self.db.nodes[o].outcome != o]
            if unknown:
                raise ReviewError(f"not an outcome of the workspace's curricula: {', '.join(unknown)}")
        params = {"min_confidence": threshold, "outcomes": wanted, "include_reviewed": include_reviewed}
        result = BulkResult("accept", dry_run)
        with self.db.transaction():
            decided = {(d["sha256"], d["node"]) for d in self.db.current_decisions()}
            reviewed = {r[0] for r in self.db.db.execute(
                "SELECT sha256 FROM review_documents WHERE reviewed_at IS NOT NULL")}
            sql = "SELECT sha256, node, outcome FROM review_suggestions WHERE confidence >= ?"
            args: list[Any] = [threshold]
            if wanted:
                sql += f" AND outcome IN ({', '.join('?' for _ in wanted)})"
                args += wanted
            plan: dict[str, list[tuple[str, str]]] = {}
            reviewed_docs: set[str] = set()
            for sha, node, outcome in self.db.db.execute(sql + " ORDER BY sha256, rank", args).fetchall():
                if (sha, node) in decided:
                    result.already_decided += 1
                elif sha in reviewed and not include_reviewed:
                    result.reviewed_suggestions += 1
                    reviewed_docs.add(sha)
                else:
                    plan.setdefault(sha, []).append((node, "accepted"))
                    result.by_outcome[outcome] = result.by_outcome.get(outcome, 0) + 1
            result.reviewed_left = len(reviewed_docs)
            self._write(result, plan, params, origin)
        return result

    # ------------------------------------------------------------ ignore the rest

    def ignore_rest(self, sha256: str, seen: int | None, *, dry_run: bool = False, origin: str = "review",
                    min_confidence: float | None = None) -> BulkResult:
        """Reject every suggestion of one document that has no verdict in force ("ignore the rest").

        ``min_confidence``: only those at or above it (the ones the review screen shows); the others stay
        undecided, so they are neither rejected in an export nor learnt from.

        Raises:
            Conflict: the document changed since the writer saw version ``seen`` (nothing written).
        """
        result = BulkResult("ignore-rest", dry_run)
        with self.db.transaction():
            if seen is not None and self.db.version(sha256) != int(seen):
                raise Conflict(sha256, int(seen), self.db.version(sha256))
            decided = {d["node"] for d in self.db.current_decisions(sha256)}
            plan: dict[str, list[tuple[str, str]]] = {}
            params: dict[str, Any] = {"document": sha256}
            if min_confidence is not None:
                try:
                    params["min_confidence"] = threshold = float(min_confidence)
                except (TypeError, ValueError):
                    raise ReviewError(f"the confidence must be a number between 0 and 1, not {min_confidence!r}") \
                        from None
                if not 0.0 <= threshold <= 1.0:
                    raise ReviewError(f"the confidence must be between 0 and 1, not {min_confidence!r}")
            for s in self.db.suggestions(sha256):
                if min_confidence is not None and s["confidence"] < threshold:
                    continue
                if s["node"] in decided:
                    result.already_decided += 1
                else:
                    plan.setdefault(sha256, []).append((s["node"], "rejected"))
                    result.by_outcome[s["outcome"]] = result.by_outcome.get(s["outcome"], 0) + 1
            self._write(result, plan, params, origin)
        return result

    def _write(self, result: BulkResult, plan: dict[str, list[tuple[str, str]]], params: dict[str, Any],
               origin: str) -> None:
        """Inside the transaction: count the plan into ``result`` and, unless a dry run, write it as one batch."""
        result.documents = len(plan)
        result.decisions = sum(len(v) for v in plan.values())
        if result.dry_run or not plan:
            return
        batch = uuid.uuid4().hex
        decided_at = now()
        for sha, verdicts in plan.items():
            self.db.bump_version(sha, None)
            self.db.record(sha, verdicts, batch, source=SOURCE, decided_at=decided_at)
        self.db.db.execute(
            "INSERT INTO review_batches(batch, kind, params, origin, decided_at, decisions, documents) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (batch, result.kind, json.dumps(params, sort_keys=True), origin, decided_at, result.decisions,
             result.documents))
        result.batch = batch

    # ------------------------------------------------------------ batches and undo

    def batches(self, limit: int | None = 20) -> list[dict[str, Any]]:
        """The latest batches first, each with its parameters and how many of its decisions are still in force."""
        cur = self.db.db.execute(
            "SELECT b.*, (SELECT COUNT(*) FROM review_decisions d WHERE d.action = b.batch AND d.undone_at IS NULL) "
            "AS in_force FROM review_batches b ORDER BY b.decided_at DESC, b.rowid DESC"
            + (" LIMIT ?" if limit else ""), (limit,) if limit else ())
        names = [c[0] for c in cur.description]
        out = []
        for row in cur:
            entry = dict(zip(names, row))
            entry["params"] = json.loads(entry["params"])
            out.append(entry)
        return out

    def find(self, batch: str) -> str:
        """The full id of a batch named by its id or a unique prefix (6 characters or more)."""
        batch = (batch or "").strip().lower()
        if len(batch) < 6 or any(c not in "0123456789abcdef" for c in batch):
            raise ReviewError("name a batch by its id (at least its first 6 characters, as printed)")
        found = [r[0] for r in self.db.db.execute("SELECT batch FROM review_batches WHERE batch LIKE ?",
                                                  (batch + "%",))]
        if not found:
            raise ReviewError(f"no bulk action {batch!r} in this workspace")
        if len(found) > 1:
            raise ReviewError(f"{batch!r} names {len(found)} bulk actions: give more of its id")
        return found[0]

    def undo(self, batch: str) -> UndoResult:
        """Undo a batch: its decisions still in force are marked undone, and their documents get a new version.

        Raises:
            ReviewError: no such batch, or it was already undone.
        """
        batch = self.find(batch)
        with self.db.transaction():
            row = self.db.db.execute("SELECT undone_at FROM review_batches WHERE batch = ?", (batch,)).fetchone()
            if row[0]:
                raise ReviewError(f"bulk action {batch[:12]} was already undone ({row[0]})")
            shas = [r[0] for r in self.db.db.execute(
                "SELECT DISTINCT sha256 FROM review_decisions WHERE action = ? AND undone_at IS NULL", (batch,))]
            when = now()
            cur = self.db.db.execute("UPDATE review_decisions SET undone_at = ? WHERE action = ? AND undone_at IS NULL",
                                     (when, batch))
            for sha in shas:
                self.db.bump_version(sha, None)
            self.db.db.execute("UPDATE review_batches SET undone_at = ? WHERE batch = ?", (when, batch))
        return UndoResult(batch, cur.rowcount, len(shas))
