"""Curricula are data: load, validate, and fail clearly on malformed files."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pipeline.curriculum import CurriculumError, parse_curriculum, resolve_node

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_rcem_has_all_outcomes_and_key_capabilities(rcem):
    assert [o.code for o in rcem.outcomes] == [f"SLO{i}" for i in range(1, 13)]
    kcs = [n for n in rcem if n.parent]
    # The reference lists 42 key capabilities (its summary line says 40).
    assert len(kcs) == 42
    node = rcem.get("rcem-2021:SLO3.KC1")
    assert node.title == "Provide airway management and ventilatory support to critically ill patients"
    assert node.outcome == "rcem-2021:SLO3" and node.level == 2
    assert all(n.outcome == f"rcem-2021:{n.code.split('.')[0]}" for n in rcem)


def test_content_hash_changes_with_content(rcem):
    text = (REPO_ROOT / "curricula" / "rcem-2021.yaml").read_text()
    changed = parse_curriculum(text.replace("Lead the ED shift", "Lead the ED shift well"))
    assert changed.content_hash != rcem.content_hash
    assert parse_curriculum(text).content_hash == rcem.content_hash


BASE = """\
id: test-cur
title: Test
version: "1"
nodes:
  - code: A
    title: Outcome A
  - code: A.1
    title: Capability A1
    parent: A
"""


def _error(text: str) -> CurriculumError:
    with pytest.raises(CurriculumError) as info:
        parse_curriculum(textwrap.dedent(text), "bad.yaml")
    return info.value


def test_valid_minimal_file():
    cur = parse_curriculum(BASE)
    assert [n.id for n in cur] == ["test-cur:A", "test-cur:A.1"]


def test_duplicate_code_names_line_and_first_occurrence():
    err = _error(BASE + "  - code: A\n    title: Again\n")
    assert err.field.endswith(".code") and "duplicate code 'A'" in err.message
    assert err.line == 10 and "first at line 5" in err.message


def test_missing_parent():
    err = _error(BASE + "  - code: B.1\n    title: Orphan\n    parent: B\n")
    assert err.field == "B.1.parent" and "'B' is not a code" in err.message and err.line == 10


def test_cycle():
    err = _error("""\
        id: c
        title: T
        version: "1"
        nodes:
          - code: X
            title: x
            parent: Y
          - code: Y
            title: y
            parent: X
        """)
    assert "cycle" in err.message and err.line == 5


def test_unknown_node_field():
    err = _error(BASE + "  - code: C\n    title: C\n    colour: red\n")
    assert err.field.endswith(".colour") and "unknown field" in err.message and err.line == 10


def test_unknown_top_level_field():
    err = _error("owner: me\n" + BASE)
    assert err.field == "owner" and err.line == 1


def test_missing_required_field():
    err = _error(BASE.replace('version: "1"\n', ""))
    assert err.field == "version"


def test_yaml_syntax_error_has_line():
    err = _error(BASE + "  - code: [unclosed\n")
    assert err.field == "yaml" and err.line is not None


def test_bad_provenance_value():
    err = _error(BASE + "  - code: D\n    title: D\n    provenance: guessed\n")
    assert "provenance" in err.field and "guessed" in err.message


def test_error_message_is_one_clear_line():
    err = _error(BASE + "  - code: A\n    title: Again\n")
    assert str(err).startswith("bad.yaml:10: ") and "\n" not in str(err)


def test_resolve_node_by_alias():
    cur = parse_curriculum(BASE.replace("    parent: A\n", "    parent: A\n    aliases: [A1]\n"))
    assert resolve_node([cur], "test-cur:A1").code == "A.1"
    assert resolve_node([cur], "test-cur:nope") is None
