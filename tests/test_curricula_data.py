"""The five shipped curricula and the schema (taxonomies users bring: test_curriculum_import.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from pipeline.cli import main
from pipeline.curriculum import CurriculumError, load_curriculum, resolve_node

SHIPPED = {
    "rcem-2021": ([f"SLO{i}" for i in range(1, 13)], 42),
    "jrcptb-im-2019": ([f"G{i}" for i in range(1, 7)] + [f"C{i}" for i in range(1, 9)], 0),
    "rcpsych-gen-2022": ([f"HLO{i}" for i in range(1, 10)], 16),
    "rcoa-2021": ([f"D{i}" for i in range(1, 15)], None),
    "gmc-gpc-2017": ([f"D{i}" for i in range(1, 10)], 0),
}
REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("cid", sorted(SHIPPED))
def test_shipped_curricula_load_with_the_reference_identifiers(cid):
    cur = load_curriculum(cid)
    outcomes, children = SHIPPED[cid]
    assert [o.code for o in cur.outcomes] == outcomes
    if children is not None:
        assert len(cur) - len(cur.outcomes) == children
    for key in ("awarding_body", "sources", "date_checked"):
        assert cur.meta.get(key), f"{cid} lacks {key}"
    assert cur.guidance.get("recency_years")
    # honesty: every node written here is marked so, and incomplete lists say so
    assert all(n.provenance in {"official", "paraphrase", "written-here"} for n in cur)


@pytest.mark.parametrize("cid", sorted(SHIPPED))
def test_shipped_curricula_pass_the_json_schema(cid):
    import jsonschema

    schema = json.loads((REPO_ROOT / "curricula" / "schema.json").read_text())
    data = yaml.safe_load((REPO_ROOT / "curricula" / f"{cid}.yaml").read_text())
    jsonschema.validate(data, schema)


def test_reference_codes_are_exact():
    assert load_curriculum("rcpsych-gen-2022").get("rcpsych-gen-2022:2.2").title == "Clinical skills"
    assert load_curriculum("rcoa-2021").get("rcoa-2021:D3.A").parent == "D3"
    cur = load_curriculum("rcpsych-gen-2022")
    assert resolve_node([cur], "rcpsych-gen-2022:HLO7.1").code == "7.1"


@pytest.mark.parametrize("cid", sorted(SHIPPED))
def test_show_prints_a_tree(cid, capsys):
    assert main(["curricula", "show", cid, "--tree"]) == 0
    out = capsys.readouterr().out
    cur = load_curriculum(cid)
    for node in cur:
        assert re.search(rf"^{'  ' * (node.level - 1)}{re.escape(node.code)}  ", out, re.M), node.code


def test_schema_errors_name_line_and_field(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\ntitle: X\nversion: '1'\nguidance:\n  recency_years: -3\nnodes:\n  - code: A\n    title: A\n")
    with pytest.raises(CurriculumError) as info:
        load_curriculum(str(path))
    assert info.value.field == "guidance.recency_years" and info.value.line == 5


def test_validate_command_reports_one_clear_error(tmp_path, capsys):
    path = tmp_path / "dup.yaml"
    path.write_text("id: x\ntitle: X\nversion: '1'\nnodes:\n  - code: A\n    title: A\n  - code: A\n    title: B\n")
    assert main(["curricula", "validate", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and f"{path}:7: nodes[1].code: duplicate code 'A'" in err
