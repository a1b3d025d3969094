"""Confirmed mappings out of a workspace, and back in.

``cesr export --out mappings.json`` writes, per document with a decision (or
marked reviewed), its description (sha256, title, date, evidence type,
primary or secondary, pages) and its confirmed mappings (node, outcome,
confidence when suggested, when decided, supporting excerpt and passage,
the model/calibrator/curricula versions), plus the rejected suggestions.
The file is validated against ``schemas/mappings.schema.json`` (versioned by
its ``$id``) before it is written.

``cesr import-decisions mappings.json`` restores the decisions into a
workspace (for example a fresh one on a new laptop): exporting again gives
the same documents, mappings and rejections.  A decision is never imported
over one the workspace already has on the same (document, node).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import write_text
from .schemas import first_error
from . import resources

__all__ = ["SCHEMA_PATH", "SCHEMA_ID", "SCHEMA_VERSION", "ExportError", "build_export", "write_export",
           "validate_export", "import_decisions", "ImportReport"]

SCHEMA_PATH = resources.schema_file("mappings.schema.json")
SCHEMA_VERSION = "1.0.0"
SCHEMA_ID = f"urn:cesr-mapper:schema:mappings:{SCHEMA_VERSION}"


class ExportError(ValueError):
    """An export file that does not validate, or does not fit the workspace."""


def validate_export(data: Any) -> None:
    """Raise :class:`ExportError` naming the first field that breaks the schema."""
    error = first_error(data, SCHEMA_PATH, SCHEMA_ID)
    if error:
        raise ExportError(error)


def _passage(start, end) -> dict | None:
    return {"start": int(start), "end": int(end)} if start is not None and end is not None else None


def _provenance(d: dict) -> dict:
    return {"model": d.get("model_id"), "calibrator": d.get("calibrator"), "curricula_hash": d.get("curricula_hash")}


def build_export(ws) -> dict[str, Any]:
    """The export of a workspace as a dict (not yet validated)."""
    from .curriculum import load_curricula
    from .review.portfolio import load_portfolio

    curricula = load_curricula(ws.curricula)
    portfolio = load_portfolio(ws, curricula)
    order = {n.id: i for i, n in enumerate(n for c in curricula for n in c.nodes)}
    nodes = {n.id: n for c in curricula for n in c.nodes}
    by_doc: dict[str, list[dict]] = {}
    for d in portfolio.decisions:
        by_doc.setdefault(d["sha256"], []).append(d)
    shas = set(by_doc) | {sha for sha, row in portfolio.review_rows.items() if row.get("reviewed_at")}
    documents = []
    for sha in shas:
        info = portfolio.documents.get(sha)
        if info is None:
            continue  # decisions on a document neither stored nor imported: nothing to describe it with
        row = portfolio.review_rows.get(sha) or {}
        decisions = sorted(by_doc.get(sha, []), key=lambda d: (order.get(d["node"], len(order)), d["node"]))
        mappings, rejected = [], []
        for d in decisions:
            common = {
                "node": d["node"], "outcome": d["outcome"],
                "confidence": None if d["confidence"] is None else round(float(d["confidence"]), 6),
                "rank": d["rank"], "decided_at": d["decided_at"], "excerpt": d["excerpt"] or "",
                "passage": _passage(d["passage_start"], d["passage_end"]), "suggested_with": _provenance(d),
            }
            if d["verdict"] == "rejected":
                rejected.append(common)
            else:
                node = nodes.get(d["node"])
                mappings.append({"node": d["node"], "outcome": d["outcome"], "title": node.title if node else "",
                                 "verdict": d["verdict"], **{k: v for k, v in common.items() if k not in ("node", "outcome")},
                                 "replaces": d["replaces"]})
        documents.append({
            "sha256": sha, "title": info.title, "file": info.file, "date": info.date,
            "evidence_type": info.evidence_type or "",
            "evidence": "primary" if info.primary is True else "secondary" if info.primary is False else "unknown",
            "pages": int(info.pages or 0), "reviewed_at": row.get("reviewed_at"),
            "mappings": mappings, "rejected": rejected,
        })
    documents.sort(key=lambda d: (d["title"].lower(), d["sha256"]))
    with_mappings = [d for d in documents if d["mappings"]]
    return {
        "schema": SCHEMA_ID,
        "schema_version": SCHEMA_VERSION,
        "exported_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "tool": {"name": "cesr-mapper", "version": __version__},
        "workspace": {
            "applicant": ws.applicant,
            "curricula": [{"id": c.id, "title": c.title, "version": c.version, "content_hash": c.content_hash}
                          for c in curricula],
            "recency_years": float(portfolio.recency_years),
        },
        "summary": {"documents": len(documents), "documents_with_mappings": len(with_mappings),
                    "mappings": sum(len(d["mappings"]) for d in documents),
                    "pages_with_mappings": sum(d["pages"] for d in with_mappings)},
        "documents": documents,
    }


def write_export(ws, out: str | os.PathLike) -> dict[str, Any]:
    """Build, validate and write the export atomically; returns it."""
    data = build_export(ws)
    validate_export(data)
    write_text(out, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return data


@dataclass
class ImportReport:
    documents: int = 0
    imported: int = 0
    kept: int = 0
    missing_files: list[str] = field(default_factory=list)

    def format(self) -> str:
        lines = [f"restored {self.imported} decision(s) on {self.documents} document(s)"]
        if self.kept:
            lines.append(f"  {self.kept} decision(s) not imported: this workspace already has a decision on that "
                         "document and node (yours are kept)")
        if self.missing_files:
            lines.append(f"  {len(self.missing_files)} document(s) are not in this workspace yet; their decisions "
                         "are kept and apply when you add the files with 'cesr add':")
            lines += [f"    {t}" for t in self.missing_files[:20]]
            if len(self.missing_files) > 20:
                lines.append(f"    ... and {len(self.missing_files) - 20} more")
        return "\n".join(lines)


def load_export(path: str | os.PathLike) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(f"cannot read {path}: {exc}") from exc
    except ValueError as exc:
        raise ExportError(f"{path} is not JSON: {exc}") from exc
    if isinstance(data, dict) and data.get("schema_version") and str(data["schema_version"]).split(".")[0] != \
            SCHEMA_VERSION.split(".")[0]:
        raise ExportError(f"{path} has schema version {data['schema_version']}; this version reads {SCHEMA_VERSION}")
    validate_export(data)
    return data


def import_decisions(ws, path: str | os.PathLike) -> ImportReport:
    """Restore the decisions of an export file into ``ws``."""
    from .curriculum import load_curricula
    from .review.compute import node_table
    from .review.decisions import ReviewDB

    data = load_export(path)
    curricula = load_curricula(ws.curricula)
    nodes = node_table(curricula)
    unknown = sorted({m["node"] for d in data["documents"] for m in d["mappings"] + d["rejected"]
                      if m["node"] not in nodes})
    if unknown:
        raise ExportError(f"{len(unknown)} node(s) are not in this workspace's curricula "
                          f"({', '.join(ws.curricula)}): {', '.join(unknown[:8])}"
                          + (" ..." if len(unknown) > 8 else ""))
    report = ImportReport()
    store = ws.store
    with ReviewDB(ws.store_path, nodes) as db:
        for doc in data["documents"]:
            sha = doc["sha256"]
            report.documents += 1
            primary = {"primary": True, "secondary": False}.get(doc["evidence"])
            db.set_imported_meta(sha, {"title": doc["title"], "file": doc["file"], "date": doc["date"],
                                       "evidence_type": doc["evidence_type"], "primary": primary,
                                       "pages": doc["pages"]})
            db.restore_document(sha, doc["title"], doc["reviewed_at"])
            if store.get(sha) is None:
                report.missing_files.append(doc["title"])
            action = uuid.uuid4().hex
            for m in doc["mappings"] + [{**r, "verdict": "rejected", "replaces": None} for r in doc["rejected"]]:
                passage = m.get("passage") or {}
                prov = m["suggested_with"]
                record = {"sha256": sha, "node": m["node"], "outcome": m["outcome"], "verdict": m["verdict"],
                          "confidence": m["confidence"], "rank": m["rank"], "excerpt": m["excerpt"],
                          "passage_start": passage.get("start"), "passage_end": passage.get("end"),
                          "decided_at": m["decided_at"], "model_id": prov["model"], "calibrator": prov["calibrator"],
                          "curricula_hash": prov["curricula_hash"], "replaces": m.get("replaces")}
                if db.import_decision(record, action):
                    report.imported += 1
                else:
                    report.kept += 1
    return report
