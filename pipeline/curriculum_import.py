"""Bring your own taxonomy: CSV, TSV or plain text into the curriculum format.

- CSV/TSV: a header row naming the columns ``code``, ``title``, ``description``
  and ``parent`` (``title`` is required; common synonyms such as ``label``,
  ``statement``, ``preferredLabel``, ``id`` and ``broader`` are understood).
  Without a ``code`` column, codes ``S00001``… are given in row order.
- Plain text: one statement per line (blank lines and ``#`` comments skipped).

The result is a curriculum dict that validates against ``curricula/schema.json``;
nodes are marked ``provenance: imported``.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .atomic import write_text
from .curriculum import CurriculumError, parse_curriculum, user_curricula_dir
from .ingest.readers import decode_text

__all__ = ["import_taxonomy", "write_curriculum"]

_COLUMNS = {
    "code": ("code", "id", "identifier", "node", "uri", "conceptUri", "key"),
    "title": ("title", "label", "preferredlabel", "statement", "name", "text", "skill", "capability", "outcome"),
    "description": ("description", "definition", "descriptor", "scopenote", "notes", "detail"),
    "parent": ("parent", "parent_code", "parentcode", "broader", "parent_id", "parentid"),
}


def _canonical(header: str) -> str | None:
    key = re.sub(r"[^a-z_]", "", header.strip().lower())
    for name, synonyms in _COLUMNS.items():
        if key in {s.lower() for s in synonyms}:
            return name
    return None


def _detect_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".tsv":
        return "tsv"
    if suffix == ".csv":
        return "csv"
    first = text.split("\n", 1)[0]
    if suffix in (".txt", ".text", "") and "\t" not in first:
        return "txt"
    return "tsv" if "\t" in first else "txt"


def import_taxonomy(path: str | Path, cid: str | None = None, title: str | None = None,
                    version: str = "1", fmt: str = "auto") -> dict[str, Any]:
    """Read a taxonomy file into a curriculum dict.

    Args:
        path: The CSV, TSV or text file.
        cid: Curriculum id (default: the file name, lower-cased and slugged).
        title: Human title (default: the file name).
        version: Version string recorded in the file.
        fmt: ``"csv"``, ``"tsv"``, ``"txt"`` or ``"auto"`` (by suffix and content).

    Raises:
        CurriculumError: The file cannot be read or has no usable rows.
    """
    path = Path(path)
    try:
        text = decode_text(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    except OSError as exc:
        raise CurriculumError(str(path), None, "file", f"cannot read: {exc.strerror or exc}") from exc
    fmt = _detect_format(path, text) if fmt == "auto" else fmt
    cid = cid or re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-") or "imported"
    if fmt == "txt":
        nodes = _from_lines(text)
    elif fmt in ("csv", "tsv"):
        nodes = _from_table(text, "\t" if fmt == "tsv" else ",", str(path))
    else:
        raise CurriculumError(str(path), None, "format", f"unknown format {fmt!r} (csv, tsv, txt)")
    if not nodes:
        raise CurriculumError(str(path), None, "file", "no statements found")
    return {
        "format_version": 1,
        "id": cid,
        "title": title or path.stem,
        "version": version,
        "sources": [path.name],
        "date_checked": date.today().isoformat(),
        "description": f"Imported from {path.name} ({fmt}, {len(nodes)} statements) by 'cesr curricula import'.",
        "nodes": nodes,
    }


def _from_lines(text: str) -> list[dict[str, Any]]:
    nodes = []
    seen: set[str] = set()
    for line in text.split("\n"):
        statement = " ".join(line.split())
        if not statement or statement.startswith("#") or statement in seen:
            continue
        seen.add(statement)
        nodes.append({"code": f"S{len(nodes) + 1:05d}", "title": statement, "provenance": "imported"})
    return nodes


def _from_table(text: str, delimiter: str, path: str) -> list[dict[str, Any]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return []
    columns = [_canonical(h) for h in header]
    if "title" not in columns:
        raise CurriculumError(path, 1, "header", f"no title column (found: {', '.join(header)}); name one 'title'")
    nodes = []
    for n, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = {col: row[i].strip() for i, col in enumerate(columns) if col and i < len(row) and row[i].strip()}
        if "title" not in values:
            raise CurriculumError(path, n, "title", "empty title")
        node: dict[str, Any] = {"code": values.get("code") or f"S{len(nodes) + 1:05d}", "title": values["title"]}
        if values.get("description"):
            node["description"] = values["description"]
        if values.get("parent"):
            node["parent"] = values["parent"]
        node["provenance"] = "imported"
        nodes.append(node)
    return nodes


def write_curriculum(data: dict[str, Any], dest: str | Path | None = None) -> Path:
    """Validate a curriculum dict and write it as YAML (default: the user's curricula folder)."""
    text = yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False,
                     allow_unicode=True, width=120)
    dest = Path(dest) if dest else user_curricula_dir() / f"{data['id']}.yaml"
    parse_curriculum(text, str(dest))  # raises CurriculumError with line and field
    write_text(dest, f"# Imported curriculum {data['id']}; format: curricula/README.md\n" + text)
    return dest
