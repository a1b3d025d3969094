"""The portfolio as the review, the export and the report see it.

Documents come from the workspace's store (their date, evidence type and
primary/secondary mark from ingestion, read with ``getattr`` so that older
stores work); titles are the doctor's, or made from the file name; documents
whose files are not in the workspace but whose decisions were imported keep
the description from the import file.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from .decisions import POSITIVE, ReviewDB

__all__ = ["DocInfo", "Portfolio", "load_portfolio", "default_title", "evidence_types", "evidence_label",
           "is_older"]


def evidence_types() -> dict[str, tuple[str, bool | None]]:
    """Evidence type id -> (label, primary?) as ingestion classifies documents."""
    try:
        from ..ingest.classify import EVIDENCE_TYPES
    except ImportError:  # pragma: no cover - older ingestion
        return {}
    return dict(EVIDENCE_TYPES)


def evidence_label(kind: str | None) -> str:
    if not kind:
        return "Not classified"
    entry = evidence_types().get(kind)
    return entry[0] if entry else kind.replace("_", " ")


def default_title(path: str) -> str:
    """A readable title from a file name: ``09-dops-chest-drain.pdf`` -> ``09 DOPS chest drain``."""
    name = PurePath(path.split("#", 1)[-1] if "#" in path else path).name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    words = [w for w in re.split(r"[-_\s.]+", stem) if w]
    known = {"dops": "DOPS", "cbd": "CbD", "minicex": "Mini-CEX", "msf": "MSF", "qi": "QI", "esle": "ESLE",
             "acat": "ACAT", "cpd": "CPD", "atls": "ATLS", "psii": "PSII", "cdu": "CDU", "ed": "ED", "mcr": "MCR",
             "icu": "ICU", "gp": "GP", "nhs": "NHS"}
    out = [known.get(w.lower(), w) for w in words]
    title = " ".join(out) or name
    return title[:1].upper() + title[1:]


def is_older(date_iso: str | None, years: float, today: _dt.date | None = None) -> bool | None:
    """``True`` when ``date_iso`` (``YYYY-MM-DD`` or ``YYYY-MM``) is older than the recency window."""
    if not date_iso:
        return None
    try:
        from ..ingest.classify import older_than

        return older_than(date_iso, years, today)
    except ImportError:  # pragma: no cover
        pass
    today = today or _dt.date.today()
    try:
        parts = [int(p) for p in date_iso.split("-")]
        date = _dt.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
    except (ValueError, IndexError):
        return None
    return (today - date).days > years * 365.25


@dataclass
class DocInfo:
    """One document's description (no text)."""

    sha256: str
    title: str
    default_title: str
    file: str
    date: str | None
    evidence_type: str
    primary: bool | None
    pages: int
    status: str = "ok"
    flags: list[str] = field(default_factory=list)
    in_workspace: bool = True
    older: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "title": self.title, "default_title": self.default_title, "file": self.file,
                "date": self.date, "evidence_type": self.evidence_type, "evidence_label": evidence_label(self.evidence_type),
                "primary": self.primary, "pages": self.pages, "status": self.status, "flags": self.flags,
                "in_workspace": self.in_workspace, "older": self.older}


def doc_info(doc, review_row: dict | None, recency_years: float) -> DocInfo:
    """Describe a stored :class:`~pipeline.model.Document`."""
    date = getattr(doc, "date", None)
    kind = getattr(doc, "evidence_type", "") or ""
    primary = getattr(doc, "primary", None)
    if primary is None and kind:
        primary = evidence_types().get(kind, ("", None))[1]
    older = is_older(date, recency_years)
    if older is None:
        older = getattr(doc, "older_than_recency", None)
    # the anonymised file name: a scan is often named after its patient
    name = getattr(doc, "display_name", "") or PurePath(doc.path).name
    default = default_title(name)
    title = (review_row or {}).get("title") or default
    return DocInfo(sha256=doc.sha256, title=title, default_title=default, file=name,
                   date=date, evidence_type=kind, primary=primary, pages=int(doc.pages or 0), status=doc.status,
                   flags=list(getattr(doc, "flags", []) or []), older=older)


def imported_info(sha256: str, review_row: dict, recency_years: float) -> DocInfo | None:
    """Describe a document known only from an import file."""
    if not review_row.get("meta"):
        return None
    meta = json.loads(review_row["meta"])
    date = meta.get("date")
    return DocInfo(sha256=sha256, title=review_row.get("title") or meta.get("title") or sha256[:12],
                   default_title=meta.get("title") or sha256[:12], file=meta.get("file") or "",
                   date=date, evidence_type=meta.get("evidence_type") or "", primary=meta.get("primary"),
                   pages=int(meta.get("pages") or 0), in_workspace=False, older=is_older(date, recency_years))


@dataclass
class Portfolio:
    """Documents, suggestions and decisions in force of one workspace."""

    documents: dict[str, DocInfo]
    decisions: list[dict[str, Any]]
    suggestions: list[dict[str, Any]]
    review_rows: dict[str, dict[str, Any]]
    curricula: list
    recency_years: float
    applicant: str | None = None

    @property
    def confirmed(self) -> list[dict[str, Any]]:
        return [d for d in self.decisions if d["verdict"] in POSITIVE]


def load_portfolio(ws, curricula: list | None = None) -> Portfolio:
    """Read a workspace's documents and review tables."""
    from ..curriculum import load_curricula
    from .compute import node_table

    curricula = curricula if curricula is not None else load_curricula(ws.curricula)
    years = ws.recency_years()
    with ReviewDB(ws.store_path, node_table(curricula)) as db:
        rows = db.document_rows()
        decisions = db.current_decisions()
        suggestions = db.suggestions()
    docs: dict[str, DocInfo] = {}
    for doc in ws.store.documents(include_text=False):
        docs[doc.sha256] = doc_info(doc, rows.get(doc.sha256), years)
    for sha, row in rows.items():
        if sha not in docs:
            info = imported_info(sha, row, years)
            if info is not None:
                docs[sha] = info
    return Portfolio(docs, decisions, suggestions, rows, curricula, years, ws.applicant)

