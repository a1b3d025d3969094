"""The doctor's redaction decisions and the leak check's flags, in the workspace.

Tables, beside the review's own in ``<workspace>/.cesr/documents.sqlite``:

- ``redaction_decisions``: an append-only log, one row per decision, each with
  its time, the keystroke (``action``) it came from, and ``undone_at`` when
  undone (nothing is deleted).  Kinds:

  * ``redact``: remove ``text`` wherever it occurs in the document (a word
    clicked in review, a flag resolved "redact");
  * ``keep``: never remove ``text`` here (a box un-redacted, a flag resolved
    "keep", with the doctor's ``reason``);
  * ``keep_picture`` / ``paint_picture``: a picture (``page``, ``region``)
    looked at and kept, or left painted over;
  * ``paint_area``: an area of a page to paint (``page``, the box in
    ``text``: a code the leak check found still decoding in a copy);
  * ``verified`` / ``unverified``: the doctor has checked the document's
    redaction.  A later ``redact`` or ``keep`` makes it unverified again.

- ``redaction_state``: per document, the last leak check of its copy: when,
  which copy, and the flags it raised (with the text read in the copy:
  private, shown only in the review app).

Decisions are turned into :class:`~pipeline.anonymise.plan.Decisions` and so
applied by the one redaction engine on every re-run: to the text in review,
the embedded text, the excerpts and the copies.  Writes share the document's
version with mapping decisions (:meth:`ReviewDB.bump_version`), so two tabs
never overwrite each other.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from ..anonymise.plan import Decisions
from ..migrations import FORMAT_1_REDACTION
from .decisions import ReviewDB, ReviewError, now

__all__ = ["SCHEMA", "RedactionLog", "KINDS", "refresh_document", "found_in_readings"]

KINDS = ("redact", "keep", "keep_picture", "paint_picture", "paint_area", "verified", "unverified")

# The tables as this module uses them: its part of workspace format 1, frozen in pipeline/migrations.py
# (created here when a format-0 file lacks them; a change of table is a new migration there).
SCHEMA = FORMAT_1_REDACTION

_TYPES = ("PATIENT", "RELATIVE", "PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER",
          "REFERENCE", "ID_NUMBER", "GMC_NUMBER", "REGISTRATION", "URL")


class RedactionLog:
    """Redaction decisions and flags of one workspace, on a :class:`ReviewDB` connection."""

    def __init__(self, review: ReviewDB) -> None:
        self.review = review
        self.db = review.db
        if self.db.execute("SELECT name FROM sqlite_master WHERE name = 'redaction_state'").fetchone() is None:
            self.db.executescript(SCHEMA)

    # ------------------------------------------------------------ reading

    def rows(self, sha256: str, include_undone: bool = False) -> list[dict[str, Any]]:
        sql = "SELECT * FROM redaction_decisions WHERE sha256 = ?" + ("" if include_undone else " AND undone_at IS NULL")
        return [dict(r) for r in self.db.execute(sql + " ORDER BY id", (sha256,))]

    def decisions(self, sha256: str) -> Decisions:
        """The decisions in force for a document (the latest decision on a text wins)."""
        texts: dict[str, tuple[str, str | None]] = {}
        pictures: dict[tuple[int, int], str] = {}
        areas = []
        for row in self.rows(sha256):
            if row["kind"] in ("redact", "keep") and row["text"]:
                texts[row["text"]] = (row["kind"], row["type"])
            elif row["kind"] in ("keep_picture", "paint_picture"):
                pictures[(row["page"], row["region"])] = row["kind"]
            elif row["kind"] == "paint_area" and row["text"]:
                areas.append((row["page"], tuple(float(v) for v in row["text"].split(","))))
        return Decisions(
            redact=tuple((t, k or "PERSON") for t, (kind, k) in texts.items() if kind == "redact"),
            keep=tuple(t for t, (kind, _) in texts.items() if kind == "keep"),
            keep_regions=tuple(p for p, kind in pictures.items() if kind == "keep_picture"),
            confirmed_regions=tuple(p for p, kind in pictures.items() if kind == "paint_picture"),
            paint_areas=tuple(areas),
        )

    def documents_with_decisions(self) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT DISTINCT sha256 FROM redaction_decisions WHERE undone_at IS NULL AND kind IN "
            "('redact', 'keep', 'keep_picture', 'paint_picture')")}

    def verified(self, sha256: str) -> str | None:
        """When the document's redaction was marked verified, if nothing was decided since."""
        last = None
        for row in self.rows(sha256):
            if row["kind"] == "verified":
                last = row["decided_at"]
            elif row["kind"] in ("unverified", "redact", "keep", "keep_picture", "paint_picture"):
                last = None
        return last

    def verified_documents(self) -> set[str]:
        shas = {r[0] for r in self.db.execute("SELECT DISTINCT sha256 FROM redaction_decisions WHERE kind = 'verified'")}
        return {s for s in shas if self.verified(s)}

    def state(self, sha256: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM redaction_state WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["flags"] = json.loads(out["flags"] or "[]")
        return out

    def open_flags(self, sha256: str) -> list[dict[str, Any]]:
        """The last check's flags that no decision has resolved since."""
        state = self.state(sha256)
        if not state:
            return []
        # a decision resolves a flag of the check it answered; the next check reads the next copy afresh
        resolved = {r["flag"] for r in self.rows(sha256) if r["flag"] and r["id"] > (state["last_decision"] or 0)}
        return [f for f in state["flags"] if f["key"] not in resolved]

    # ------------------------------------------------------------ writing

    def decide(self, sha256: str, seen: int | None, kind: str, *, text: str | None = None, type: str | None = None,
               page: int | None = None, region: int | None = None, reason: str | None = None,
               flag: str | None = None, source: str = "review") -> tuple[int, str]:
        """Record one decision; returns the document's new version and the action id."""
        if kind not in KINDS:
            raise ReviewError(f"unknown redaction decision {kind!r}")
        if kind in ("redact", "keep"):
            text = " ".join((text or "").split())
            if not text or len(text) > 200:
                raise ReviewError("a redaction decision needs the text it is about (1-200 characters)")
            if kind == "keep" and not (reason or "").strip() and flag:
                raise ReviewError("say why this stays (for example: 'assessor's name', 'drug name')")
        if kind == "redact":
            type = (type or "PERSON").upper()
            if type not in _TYPES:
                raise ReviewError(f"unknown identifier type {type!r}")
        if kind in ("keep_picture", "paint_picture") and (page is None or region is None):
            raise ReviewError("a picture decision needs its page and region")
        if kind == "paint_area":
            try:
                box = [float(v) for v in (text or "").split(",")]
            except ValueError:
                box = []
            if page is None or len(box) != 4 or not all(0.0 <= v <= 1.0 for v in box) or box[0] >= box[2] \
                    or box[1] >= box[3]:
                raise ReviewError("an area to paint needs its page and a box x0,y0,x1,y1 in fractions of the page")
        action = uuid.uuid4().hex
        with self.review.transaction():
            version = self.review.bump_version(sha256, seen)
            self.db.execute(
                "INSERT INTO redaction_decisions(action, sha256, kind, text, type, page, region, reason, flag, "
                "decided_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (action, sha256, kind, text, type, page, region, (reason or "").strip()[:300] or None, flag, now(),
                 source))
        return version, action

    def undo(self, sha256: str, seen: int | None, action: str | None = None) -> int:
        """Undo the given action, or the document's last redaction action."""
        with self.review.transaction():
            if action is None:  # looked up before the version is checked (the review's undo checks it first)
                action = self.review.last_action(sha256, "redaction_decisions")
                if action is None:
                    raise ReviewError("no redaction decision to undo")
            version = self.review.bump_version(sha256, seen)
            self.db.execute("UPDATE redaction_decisions SET undone_at = ? WHERE action = ? AND sha256 = ?",
                            (now(), action, sha256))
        return version

    def record_check(self, sha256: str, output: str | None, flags: list[dict[str, Any]], plan: dict | None) -> None:
        """Keep a check's flags; decisions made so far (up to the latest id) answered earlier checks."""
        with self.review.transaction():
            last = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM redaction_decisions").fetchone()[0]
            self.db.execute(
                "INSERT INTO redaction_state(sha256, checked_at, output, flags, plan, last_decision) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET checked_at = excluded.checked_at, "
                "output = excluded.output, flags = excluded.flags, plan = excluded.plan, "
                "last_decision = excluded.last_decision",
                (sha256, now(), output, json.dumps(flags, ensure_ascii=False), json.dumps(plan) if plan else None,
                 last))


def found_in_readings(readings, text: str) -> bool:
    """Whether ``text`` occurs in a document's readings (whitespace and case aside): a "redact" decision on text
    the tool never read would change nothing."""
    import re

    needle = re.sub(r"\s+", " ", text).strip().lower()
    return bool(needle) and any(needle in re.sub(r"\s+", " ", r.text).lower() for r in readings)


def refresh_document(store, review: ReviewDB, sha256: str, applicant: str | None, allow: tuple[str, ...] = ()):
    """Apply the document's redaction decisions everywhere it is stored: its text (review, suggestions) and its
    stored excerpts.  Returns the plan, or ``None`` when the workspace holds no reading of it.  ``allow``: the
    workspace's allow-list files."""
    from pathlib import PurePath

    from ..anonymise.plan import plan_for, redact_strings

    readings = store.readings(sha256)
    doc = store.get(sha256)
    if not readings or doc is None:
        return None
    decisions = RedactionLog(review).decisions(sha256)
    plan, _ = plan_for(readings, applicant, decisions, file_name=PurePath(doc.path.split("#", 1)[-1]).name,
                       allow=allow)
    text = "\n\n".join(t.strip() for t in plan.texts if t.strip())
    if text != doc.text or plan.texts != doc.page_texts:
        store.set_text(sha256, text, plan.texts, plan.count, plan.display_name)
    if decisions.redact:
        review.rewrite_excerpts(sha256, lambda excerpt: redact_strings(excerpt, decisions.redact))
    if text != doc.text:
        review.relocate_passages(sha256, text)
    return plan
