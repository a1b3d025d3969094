"""Titles and descriptions of the documents of a pack, suggested from the anonymised text and kept for editing.

The GMC asks for a title and a concise, accurate description of every uploaded document.  A suggestion is
made from what is safe to print: the document's *anonymised* text (a heading or subject line, never a line
that held an identifier tag), its evidence type and date, and the curriculum nodes the doctor accepted.
Nothing here reads the original text or the file's name.

Table ``pack_descriptions`` in the workspace's SQLite file, one row per document: the latest suggestion
(``suggested_title``, ``suggested_description``) and the doctor's edits (``title``, ``description``, which
win and are never overwritten by a new suggestion); ``pack_description_edits`` logs every edit (append-only).
"""

from __future__ import annotations

import datetime as _dt
import re
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterable

from ..migrations import FORMAT_1_PACK, connect
from ..store import WorkspaceFile

__all__ = ["SCHEMA", "Description", "DescriptionStore", "suggest_title", "suggest_description", "short_type", "nice_date",
           "primary_first", "credited", "suggest_for", "TITLE_LIMIT", "DESCRIPTION_LIMIT"]

#: the longest title and description kept (the GMC's upload form asks for short ones)
TITLE_LIMIT = 200
DESCRIPTION_LIMIT = 600

# The tables as this module uses them: its part of workspace format 1, frozen in pipeline/migrations.py
# (created here when a format-0 file lacks them; a change of table is a new migration there).
SCHEMA = FORMAT_1_PACK

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
# words that start lines we never take as a heading (salutations, form labels, addresses)
_NOT_HEADING = re.compile(r"^(dear|to|from|date|dob|d\.o\.b|tel|phone|fax|email|e-mail|cc|yours|kind regards|"
                          r"regards|thanks|signed|page|ref|our ref|your ref|nhs|hospital|address|sent|ward|"
                          r"private|confidential|strictly)\b", re.IGNORECASE)
# a person's title: a line naming someone is not a title, even the applicant's own name
_PERSON = re.compile(r"\b(dr|mr|mrs|ms|miss|prof|professor|sister|nurse)\b\.?\s+[A-Z]", re.IGNORECASE)
_SMALL = {"the", "of", "and", "in", "to", "for", "a", "an", "on", "by", "with", "at", "from", "or"}


def nice_date(date_iso: str | None) -> str:
    """``2024-03-12`` -> ``12 March 2024``; ``2024-03`` -> ``March 2024``; ``""`` when unknown."""
    if not date_iso:
        return ""
    parts = date_iso.split("-")
    try:
        if len(parts) >= 3:
            d = _dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
        return str(int(parts[0]))
    except (ValueError, IndexError):
        return ""


#: short names of evidence types for titles (the labels are long)
_SHORT = {"clinic_letter": "Letter", "discharge_summary": "Discharge summary", "clinical_record": "Clinical record",
          "msf": "Multisource feedback", "patient_feedback": "Patient feedback", "audit_qi": "Audit/QI report",
          "teaching_record": "Teaching record", "cpd_certificate": "CPD certificate", "reflection": "Reflection",
          "logbook": "Logbook", "rota_management": "Rota/management", "incident_investigation": "Incident investigation",
          "research": "Research", "complaint": "Complaint response", "safeguarding_referral": "Safeguarding referral",
          "testimonial": "Testimonial"}


def short_type(label: str, kind: str | None = None) -> str:
    """A short name for an evidence type: ``wpba_dops`` / ``Workplace-based assessment: DOPS`` -> ``DOPS``."""
    if kind and kind in _SHORT:
        return _SHORT[kind]
    if not label:
        return "Document"
    if label.startswith("Workplace-based assessment: "):
        return label.split(": ", 1)[1].split(" (")[0]
    return label.split(",")[0].split(" (")[0].strip()


def _clean(line: str) -> str:
    return " ".join(line.replace("\u00a0", " ").split()).strip(" .:;,-–")


def _safe(line: str) -> bool:
    """A line that can be printed as a title: no identifier tag, few digits, mostly words."""
    if not line or "[" in line or "]" in line or "@" in line or "http" in line.lower():
        return False
    digits = sum(c.isdigit() for c in line)
    letters = sum(c.isalpha() for c in line)
    return letters >= 8 and digits <= max(2, len(line) // 10)


_LABELLED = re.compile(r"^\s*(?P<label>diagnos[ie]s|impression|working diagnosis|procedure|topic|title|subject|re|"
                       r"case|presenting complaint|reason for (?:referral|admission)|project|audit|course|session)"
                       r"\s*(?:[:\-\u2013]\s*(?P<value>.*))?$", re.IGNORECASE)
# a letterhead or address line, not what the document is about
_PLACE = re.compile(r"\b(hospital|trust|nhs|infirmary|department|foundation|university|centre|center|practice|"
                    r"surgery|road|street|lane|avenue|ward|unit|clinic|directorate|tel|fax)\b", re.IGNORECASE)
_ENUM = re.compile(r"^\(?\d{1,2}[.)]\s+")


def _as_topic(line: str) -> str | None:
    line = _ENUM.sub("", _clean(line))
    line = re.split(r"(?<=[a-z)])[.;]\s", line)[0].rstrip(".")  # its first sentence
    if not _safe(line) and " (" in line:  # "overdose (approx 48 x 500 mg ...": the words before the numbers
        line = line.split(" (", 1)[0]
    if not _safe(line) or len(line.split()) < 2 or _PERSON.search(line):
        return None
    if line.isupper():  # a heading in capitals: "MULTI-AGENCY REFERRAL FORM (MARF)"
        words = [w if ((len(w) <= 3 or w.startswith("(")) and w.lower() not in _SMALL) else w.lower()
                 for w in line.split()]
        line = " ".join(words)
        line = line[:1].upper() + line[1:]
    return line


def _topic(text: str) -> str | None:
    """What the document is about, from its anonymised text: a subject or diagnosis line (``Re: ...``,
    ``Diagnosis: ...``, or such a heading and the line under it), else its first heading that is not a
    letterhead or an address."""
    lines = [line for line in (text or "").splitlines() if line.strip()]
    found: dict[int, str] = {}
    for i, line in enumerate(lines[:80]):
        m = _LABELLED.match(_clean(line) if not line.strip().endswith(":") else line.strip())
        if not m:
            continue
        value = (m.group("value") or "").strip()
        candidate = _as_topic(value) if value else (_as_topic(lines[i + 1]) if i + 1 < len(lines) else None)
        label = m.group("label").lower()
        rank = 1 if label.startswith(("presenting", "reason")) else 0  # a diagnosis says more than a complaint
        if candidate and rank not in found:
            found[rank] = candidate
    if found:
        return found[min(found)]
    for line in lines[:25]:
        line = _clean(line)
        words = line.split()
        if not 2 <= len(words) <= 12 or not _safe(line) or _NOT_HEADING.match(line) or _PLACE.search(line):
            continue
        if line.endswith(",") or not (line[:1].isupper() or line[:1] in "\"'\u201c"):
            continue
        topic = _as_topic(line)
        if topic:
            return topic
    return None


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def suggest_title(text: str, evidence_label: str, date_iso: str | None, primary_node_title: str | None,
                  kind: str | None = None) -> str:
    """A title from the anonymised text's subject or heading, the evidence type and the date.

    Falls back to the primary accepted node's statement when the text has no usable heading.
    """
    name = short_type(evidence_label, kind)
    topic = _topic(text) or (primary_node_title and _shorten(primary_node_title, 70)) or ""
    if topic and topic.lower().startswith(name.lower()):
        name = ""
    title = ": ".join(p for p in (name, _shorten(topic, 80)) if p) or "Document"
    when = nice_date(date_iso)
    if when:
        title += f" ({when})"
    return title[:1].upper() + title[1:]


def suggest_description(evidence_label: str, date_iso: str | None, primary: bool | None,
                        credited: Iterable[tuple[str, str]]) -> str:
    """One or two sentences: what the document is, its date and weight, and the outcomes it supports.

    Args:
        evidence_label: The evidence type's label.
        date_iso: The document's own date.
        primary: Primary (``True``) or secondary (``False``) evidence, or unknown.
        credited: ``(code, title)`` of the outcomes and key capabilities the doctor accepted, the primary one first.
    """
    label = evidence_label or "Document"
    when = nice_date(date_iso)
    weight = {True: "primary evidence", False: "secondary evidence"}.get(primary)
    first = label + (f" dated {when}" if when else " (undated)") + (f", {weight}" if weight else "") + "."
    credited = list(credited)
    if not credited:
        return first
    code, title = credited[0]
    others = [c for c, _ in credited[1:]]
    second = f"Evidences {code} ({_shorten(title, 90)})"
    if others:
        second += "; also " + ", ".join(others[:8]) + (" and more" if len(others) > 8 else "")
    return f"{first} {second}."


def primary_first(decisions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The doctor's accepted mappings, the primary one first: the best-ranked suggestion accepted, else the
    first mapping added (decision rows with ``rank`` and ``id``)."""
    return sorted(decisions, key=lambda d: (d.get("rank") is None, d.get("rank") or 0, d["id"]))


def credited(mappings: Iterable[dict[str, Any]], nodes: dict) -> list[tuple[str, str]]:
    """``(code, statement)`` of each mapping's node, in the order given (see :func:`primary_first`)."""
    return [(m["node"].split(":", 1)[-1], nodes[m["node"]].title if m["node"] in nodes else m["node"])
            for m in mappings]


def suggest_for(text: str, evidence_label: str, date_iso: str | None, primary: bool | None, kind: str | None,
                credits: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """``(title, description)`` suggested for one document, as the pack and the review app both make them.

    Args:
        text: The document's anonymised text.
        credits: :func:`credited` of its accepted mappings, the primary one first.
    """
    credits = list(credits)
    title = suggest_title(text, evidence_label, date_iso, credits[0][1] if credits else None, kind)
    return title, suggest_description(evidence_label, date_iso, primary, credits)


@dataclass
class Description:
    """A document's title and description as the pack prints them, and whether the doctor wrote them."""

    title: str
    description: str
    title_edited: bool = False
    description_edited: bool = False


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _resolve(row: dict[str, Any] | None, title: str, description: str, own_title: str | None) -> Description:
    """What the pack prints: the doctor's edit, else the title set in the review (``t``), else the suggestion."""
    row = row or {}
    edited_title = row.get("title") or own_title
    return Description(title=edited_title or title, description=row.get("description") or description,
                       title_edited=bool(edited_title), description_edited=bool(row.get("description")))


class DescriptionStore(WorkspaceFile):
    """Suggested and edited titles and descriptions, in the workspace's SQLite file.

    Args:
        path: The workspace's SQLite file, or an open connection to it (autocommit, ``sqlite3.Row`` rows) whose
            transaction an :meth:`edit` then joins: the review app checks the document's version and writes the
            edit in one transaction. A connection passed in is not closed by :meth:`close`.
    """

    def __init__(self, path) -> None:
        self._own = not isinstance(path, sqlite3.Connection)
        if self._own:
            self.db = connect(path, timeout=30)
        else:
            self.db = path  # the caller's connection: its opener checked the format
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'pack_description_edits'").fetchone() is None:
            self.db.executescript(SCHEMA)

    def close(self) -> None:
        if self._own:  # a connection passed in stays open for its opener
            self.db.close()

    def row(self, sha256: str) -> dict[str, Any] | None:
        cur = self.db.execute("SELECT * FROM pack_descriptions WHERE sha256 = ?", (sha256,))
        r = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], r)) if r else None

    def rows(self) -> dict[str, dict[str, Any]]:
        """Every document's row, by sha256."""
        cur = self.db.execute("SELECT * FROM pack_descriptions")
        names = [c[0] for c in cur.description]
        return {r[0]: dict(zip(names, r)) for r in cur}

    def current(self, sha256: str, title: str, description: str, own_title: str | None = None) -> Description:
        """What the pack would print with this suggestion, without storing it (the doctor's edits win)."""
        return _resolve(self.row(sha256), title, description, own_title)

    def suggest(self, sha256: str, title: str, description: str, own_title: str | None = None) -> Description:
        """Store the latest suggestion; return what the pack prints (the doctor's edits win, then ``own_title``,
        the title set in the review with ``t``)."""
        self.db.execute(
            "INSERT INTO pack_descriptions(sha256, suggested_title, suggested_description, suggested_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET suggested_title = excluded.suggested_title, "
            "suggested_description = excluded.suggested_description, suggested_at = excluded.suggested_at",
            (sha256, title, description, _now()))
        return _resolve(self.row(sha256), title, description, own_title)

    def edit(self, sha256: str, *, title: str | None = None, description: str | None = None,
             source: str = "review") -> None:
        """The doctor's title or description (an empty string goes back to the suggestion); each edit logged.

        Joins the connection's transaction when one is open (see the class), else runs in its own.
        """
        when = _now()
        with self.transaction():  # BEGIN IMMEDIATE ... COMMIT/ROLLBACK; nested calls join the outer one
            self.db.execute("INSERT OR IGNORE INTO pack_descriptions(sha256) VALUES (?)", (sha256,))
            for name, value in (("title", title), ("description", description)):
                if value is None:
                    continue
                value = " ".join(value.split())[: TITLE_LIMIT if name == "title" else DESCRIPTION_LIMIT] or None
                self.db.execute(f"UPDATE pack_descriptions SET {name} = ?, edited_at = ? WHERE sha256 = ?",
                                (value, when, sha256))
                self.db.execute("INSERT INTO pack_description_edits(sha256, field, value, edited_at, source) "
                                "VALUES (?, ?, ?, ?, ?)", (sha256, name, value, when, source))

    def edits(self, sha256: str) -> list[dict[str, Any]]:
        """A document's edits, oldest first."""
        cur = self.db.execute(
            "SELECT field, value, edited_at, source FROM pack_description_edits WHERE sha256 = ? ORDER BY id",
            (sha256,))
        names = [c[0] for c in cur.description]
        return [dict(zip(names, r)) for r in cur]
