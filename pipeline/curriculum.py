"""Curricula as data: load, validate and look up curriculum files.

A curriculum is a YAML file in ``curricula/`` (format documented in
``curricula/README.md``, schema in ``curricula/schema.json``).  Nodes form a
tree through their ``parent`` field; identifiers are ``<id>:<code>``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from . import resources
from .model import Capability, Curriculum

__all__ = [
    "CurriculumError",
    "curricula_dirs",
    "find_curriculum",
    "list_curricula",
    "load_curriculum",
    "load_curricula",
    "parse_curriculum",
    "validate_file",
]

SCHEMA_PATH = resources.curriculum_schema_file()

TOP_FIELDS = {
    "id", "title", "awarding_body", "version", "stage", "sources", "date_checked",
    "description", "guidance", "nodes", "format_version",
}
REQUIRED_TOP = ("id", "title", "version", "nodes")
NODE_FIELDS = {"code", "title", "description", "description_provenance", "parent", "level", "gpc", "provenance",
               "status", "typical_evidence", "aliases"}
PROVENANCE = {"official", "paraphrase", "written-here", "imported"}
NODE_STATUS = {"complete", "incomplete"}


@dataclass
class CurriculumError(ValueError):
    """A malformed curriculum file: where and what."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}"


def curricula_dirs() -> list[Path]:
    """Folders searched for curriculum files, in order (see :func:`pipeline.resources.curricula_search_path`).

    ``$CESR_CURRICULA_PATH`` (``os.pathsep``-separated), the shipped curricula, then the user's imported
    curricula.
    """
    return resources.curricula_search_path()


def user_curricula_dir() -> Path:
    """Where imported taxonomies are written (the user data folder)."""
    return resources.user_curricula_dir()


def list_curricula() -> list[Path]:
    """All curriculum files on the search path (first one wins per id)."""
    seen: dict[str, Path] = {}
    for folder in curricula_dirs():
        if folder.is_dir():
            for path in sorted(folder.glob("*.yaml")):
                seen.setdefault(path.stem, path)
    return list(seen.values())


def find_curriculum(name: str) -> Path:
    """Resolve a curriculum id or a file path to a file."""
    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml") and candidate.is_file():
        return candidate
    for folder in curricula_dirs():
        path = folder / f"{name}.yaml"
        if path.is_file():
            return path
    known = ", ".join(p.stem for p in list_curricula()) or "none"
    raise FileNotFoundError(f"unknown curriculum {name!r} (known: {known})")


def load_curriculum(name: str) -> Curriculum:
    """Load and validate one curriculum by id or path.

    Raises:
        FileNotFoundError: No such curriculum.
        CurriculumError: The file is malformed (the error names line and field).
    """
    path = find_curriculum(name)
    return parse_curriculum(path.read_text(encoding="utf-8"), str(path))


def load_curricula(names: list[str]) -> list[Curriculum]:
    return [load_curriculum(n) for n in names]


def validate_file(path: str | Path) -> Curriculum:
    """Validate a curriculum file; returns it or raises :class:`CurriculumError`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CurriculumError(str(path), None, "file", f"cannot read: {exc}") from exc
    return parse_curriculum(text, str(path))


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text: str, path: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise CurriculumError(path, line, "yaml", str(getattr(exc, "problem", exc))) from exc


class _Lines:
    """Line numbers of YAML paths, computed only when an error needs one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._root = None

    def _compose(self):
        if self._root is None:
            self._root = yaml.compose(self.text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        return self._root

    def of(self, *path: Any) -> int | None:
        node = self._compose()
        line = node.start_mark.line + 1 if node is not None else None
        for key in path:
            if isinstance(node, yaml.MappingNode):
                match = next(((k, v) for k, v in node.value if k.value == str(key)), None)
                if match is None:
                    return line
                line = match[0].start_mark.line + 1
                node = match[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                return line
        return line


@lru_cache(maxsize=1)
def _schema_validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text())
    return jsonschema.Draft202012Validator(schema)


def parse_curriculum(text: str, path: str = "<string>") -> Curriculum:
    """Parse and validate curriculum YAML text.

    Checks: required and unknown fields, types, duplicate codes, missing
    parents, cycles, and allowed values of ``provenance`` and ``status``.
    """
    data = _load_yaml(text, path)
    where = _Lines(text)
    if not isinstance(data, dict):
        raise CurriculumError(path, 1, "file", "a curriculum is a mapping with id, title, version and nodes")
    for key in data:
        if key not in TOP_FIELDS:
            raise CurriculumError(path, where.of(key), str(key), f"unknown field (allowed: {', '.join(sorted(TOP_FIELDS))})")
    for key in REQUIRED_TOP:
        if key not in data or data[key] in (None, ""):
            raise CurriculumError(path, None, key, "required field is missing")
    cid = str(data["id"])
    if ":" in cid or not cid.strip():
        raise CurriculumError(path, where.of("id"), "id", "must be non-empty and contain no ':'")
    nodes = data["nodes"]
    if not isinstance(nodes, list) or not nodes:
        raise CurriculumError(path, where.of("nodes"), "nodes", "must be a non-empty list")

    raw: dict[str, dict[str, Any]] = {}
    index_of: dict[str, int] = {}
    order: list[str] = []
    line_of = lambda i: where.of("nodes", i)  # noqa: E731 - computed only on error
    for i, node in enumerate(nodes):
        if not isinstance(node, dict):
            raise CurriculumError(path, line_of(i), f"nodes[{i}]", "each node is a mapping with code and title")
        for key in node:
            if key not in NODE_FIELDS:
                raise CurriculumError(path, line_of(i), f"nodes[{i}].{key}", f"unknown field (allowed: {', '.join(sorted(NODE_FIELDS))})")
        for key in ("code", "title"):
            if not isinstance(node.get(key), (str, int, float)) or not str(node.get(key)).strip():
                raise CurriculumError(path, line_of(i), f"nodes[{i}].{key}", "required, a non-empty string")
        code = str(node["code"]).strip()
        if ":" in code:
            raise CurriculumError(path, line_of(i), f"nodes[{i}].code", f"{code!r}: a code may not contain ':'")
        if code in raw:
            raise CurriculumError(path, line_of(i), f"nodes[{i}].code", f"duplicate code {code!r} (first at line {line_of(index_of[code])})")
        prov = node.get("provenance", "official")
        if prov not in PROVENANCE:
            raise CurriculumError(path, line_of(i), f"nodes[{i}].provenance", f"{prov!r} is not one of {sorted(PROVENANCE)}")
        status = node.get("status", "complete")
        if status not in NODE_STATUS:
            raise CurriculumError(path, line_of(i), f"nodes[{i}].status", f"{status!r} is not one of {sorted(NODE_STATUS)}")
        for key in ("gpc", "typical_evidence", "aliases"):
            if key in node and not isinstance(node[key], list):
                raise CurriculumError(path, line_of(i), f"nodes[{i}].{key}", "must be a list")
        raw[code] = node
        index_of[code] = i
        order.append(code)

    for error in sorted(_schema_validator().iter_errors(data), key=lambda e: list(e.absolute_path))[:1]:
        field_path = ".".join(str(p) for p in error.absolute_path) or "file"
        raise CurriculumError(path, where.of(*error.absolute_path), field_path, error.message)
    for code in order:
        parent = raw[code].get("parent")
        if parent is not None and str(parent) not in raw:
            raise CurriculumError(path, line_of(index_of[code]), f"{code}.parent", f"parent {parent!r} is not a code in this curriculum")

    levels: dict[str, int] = {}
    roots: dict[str, str] = {}
    for code in order:
        chain = [code]
        cur = code
        while raw[cur].get("parent") is not None:
            cur = str(raw[cur]["parent"])
            if cur in chain:
                cycle = " -> ".join(chain + [cur])
                raise CurriculumError(path, line_of(index_of[code]), f"{code}.parent", f"cycle: {cycle}")
            chain.append(cur)
        levels[code] = len(chain)
        roots[code] = cur
        declared = raw[code].get("level")
        if declared is not None and int(declared) != levels[code]:
            raise CurriculumError(path, line_of(index_of[code]), f"{code}.level", f"declared {declared} but the node is at depth {levels[code]}")

    caps = [
        Capability(
            id=f"{cid}:{code}",
            curriculum=cid,
            code=code,
            title=" ".join(str(raw[code]["title"]).split()),
            parent=str(raw[code]["parent"]) if raw[code].get("parent") is not None else None,
            level=levels[code],
            outcome=f"{cid}:{roots[code]}",
            description=" ".join(str(raw[code].get("description") or "").split()),
            provenance=raw[code].get("provenance", "official"),
            status=raw[code].get("status", "complete"),
            gpc=tuple(str(g) for g in raw[code].get("gpc", []) or []),
            typical_evidence=tuple(" ".join(str(e).split()) for e in raw[code].get("typical_evidence", []) or []),
        )
        for code in order
    ]
    canonical = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    meta = {k: v for k, v in data.items() if k not in ("nodes", "guidance")}
    aliases = {str(a): code for code in order for a in raw[code].get("aliases", []) or []}
    if aliases:
        meta["aliases"] = aliases
    return Curriculum(
        id=cid,
        title=str(data["title"]),
        version=str(data["version"]),
        nodes=caps,
        meta=meta,
        guidance=dict(data.get("guidance") or {}),
        content_hash=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
    )


def resolve_node(curricula: list[Curriculum], node_id: str) -> Capability | None:
    """Find a node by global id, accepting aliases such as ``rcpsych-gen-2022:HLO1.1``."""
    for cur in curricula:
        if node_id in cur:
            return cur.get(node_id)
        prefix, _, code = node_id.partition(":")
        if prefix == cur.id:
            alias = cur.meta.get("aliases", {}).get(code)
            if alias:
                return cur.get(f"{cur.id}:{alias}")
    return None
