"""Outputs checked against the shipped JSON schemas (``schemas/``): the first error, named by where it is."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["first_error"]


@lru_cache(maxsize=None)
def _validator(path: Path, schema_id: str):
    import jsonschema

    schema = json.loads(path.read_text(encoding="utf-8"))
    if schema.get("$id") != schema_id:  # the file shipped is not the one this code writes
        raise RuntimeError(f"{path}: $id is {schema.get('$id')!r}, this code writes {schema_id!r}")
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def first_error(data: Any, path: Path, schema_id: str) -> str | None:
    """``where: message (and N more)`` for the first field of ``data`` that breaks the schema at ``path``
    (whose ``$id`` must be ``schema_id``), or None when ``data`` validates."""
    errors = sorted(_validator(path, schema_id).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return None
    e = errors[0]
    where = "/".join(str(p) for p in e.absolute_path) or "(top level)"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {e.message}{more}"
