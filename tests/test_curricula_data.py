"""The five shipped curricula, the schema, and taxonomies users bring."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from pipeline.cli import main
from pipeline.curriculum import CurriculumError, load_curriculum, resolve_node
from pipeline.curriculum_import import import_taxonomy, write_curriculum

SHIPPED = {
    "rcem-2021": ([f"SLO{i}" for i in range(1, 13)], 42),
    "jrcptb-im-2019": ([f"G{i}" for i in range(1, 7)] + [f"C{i}" for i in range(1, 9)], 0),
    "rcpsych-gen-2022": ([f"HLO{i}" for i in range(1, 10)], 16),
    "rcoa-2021": ([f"D{i}" for i in range(1, 15)], None),
    "gmc-gpc-2017": ([f"D{i}" for i in range(1, 10)], 0),
}
REPO_ROOT = Path(__file__).resolve().parent.parent
ESCO = REPO_ROOT / "corpora" / "esco" / "skills_en_label.txt"


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


def test_import_csv_with_tree(tmp_path):
    src = tmp_path / "mycur.csv"
    src.write_text("Code,Title,Description,Parent\nO1,Manage the clinic,,\nO1.a,\"Run a clinic, safely\",Lists,O1\n")
    data = import_taxonomy(src)
    cur = load_curriculum(str(write_curriculum(data, tmp_path / "mycur.yaml")))
    assert cur.id == "mycur" and cur.get("mycur:O1.a").outcome == "mycur:O1"
    assert cur.get("mycur:O1.a").title == "Run a clinic, safely" and cur.get("mycur:O1.a").provenance == "imported"


def test_import_tsv_with_synonym_headers(tmp_path):
    src = tmp_path / "skills.tsv"
    src.write_text("conceptUri\tpreferredLabel\tdefinition\nK1\tsuture wounds\tclose lacerations\nK2\ttriage patients\t\n")
    data = import_taxonomy(src, cid="skills")
    assert [n["code"] for n in data["nodes"]] == ["K1", "K2"] and data["nodes"][0]["description"] == "close lacerations"


def test_import_rejects_a_table_without_titles(tmp_path):
    src = tmp_path / "bad.csv"
    src.write_text("code,colour\nA,red\n")
    with pytest.raises(CurriculumError, match="no title column"):
        import_taxonomy(src)


def test_import_rejects_missing_parent(tmp_path):
    src = tmp_path / "orphan.csv"
    src.write_text("code,title,parent\nA,Alpha,\nB,Beta,Z\n")
    with pytest.raises(CurriculumError, match="parent 'Z'"):
        write_curriculum(import_taxonomy(src), tmp_path / "orphan.yaml")


def test_full_esco_taxonomy_imports_and_validates(tmp_path):
    dest = write_curriculum(import_taxonomy(ESCO, cid="esco"), tmp_path / "esco.yaml")
    cur = load_curriculum(str(dest))
    assert len(cur) == len(cur.outcomes) == 13896


def test_flat_taxonomy_serves_suggest_and_reuses_its_cached_index(tmp_path, model, monkeypatch):
    """A 2,000-statement slice of ESCO end to end (the full 13,896 is in benchmarks/)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    src = tmp_path / "esco-slice.txt"
    src.write_text("\n".join(ESCO.read_text().splitlines()[:2000]) + "\nperform wound suturing\n")
    assert main(["curricula", "import", str(src), "--id", "esco-slice"]) == 0
    letter = tmp_path / "letter.txt"
    letter.write_text("I closed a 4 cm scalp laceration with interrupted sutures under local anaesthetic.")
    out = tmp_path / "s.jsonl"
    assert main(["suggest", str(letter), "-c", "esco-slice", "-c", "gmc-gpc-2017", "--out", str(out),
                 "--no-progress", "--workers", "1"]) == 0
    record = json.loads(out.read_text())
    curricula = {s["curriculum"] for s in record["suggestions"]}
    assert "esco-slice" in curricula
    assert record["suggestions"][0]["title"] == "perform wound suturing"
    from pipeline.curriculum import load_curricula
    from pipeline.index import CapabilityIndex

    again = CapabilityIndex.build(load_curricula(["esco-slice", "gmc-gpc-2017"]), model)
    assert again.from_cache
