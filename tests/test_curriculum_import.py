"""Taxonomies users bring: CSV, TSV or plain text imported into the curriculum format, written where the
search path finds them by id, and bad input refused with an error that names the file, the line and the field.

Small files in a temporary folder; the full ESCO list (13,896 statements) end to end at the bottom.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.curriculum import CurriculumError, find_curriculum, load_curriculum, parse_curriculum
from pipeline.curriculum_import import import_taxonomy, write_curriculum

REPO_ROOT = Path(__file__).resolve().parent.parent
ESCO = REPO_ROOT / "corpora" / "esco" / "skills_en_label.txt"


def test_plain_text_is_one_statement_a_line_without_blanks_comments_or_repeats(tmp_path):
    src = tmp_path / "My Skills 2024.txt"
    src.write_text("# my skills\nsuture wounds\n\n  triage   patients \nsuture wounds\n")
    data = import_taxonomy(src)
    assert data["id"] == "my-skills-2024" and data["title"] == "My Skills 2024" and data["sources"] == [src.name]
    assert data["nodes"] == [{"code": "S00001", "title": "suture wounds", "provenance": "imported"},
                             {"code": "S00002", "title": "triage patients", "provenance": "imported"}]
    assert "(txt, 2 statements)" in data["description"]


def test_a_table_without_codes_numbers_its_rows(tmp_path):
    src = tmp_path / "clinic.csv"
    src.write_text("title,description\nRun a clinic,Weekly\nTeach juniors,\n")
    data = import_taxonomy(src, cid="clinic", title="Clinic skills", version="2")
    assert (data["id"], data["title"], data["version"]) == ("clinic", "Clinic skills", "2")
    assert data["nodes"] == [
        {"code": "S00001", "title": "Run a clinic", "description": "Weekly", "provenance": "imported"},
        {"code": "S00002", "title": "Teach juniors", "provenance": "imported"}]


def test_a_utf16_table_is_decoded(tmp_path):
    src = tmp_path / "neo.csv"
    src.write_bytes("title\nRéanimation néonatale\n".encode("utf-16"))
    assert [n["title"] for n in import_taxonomy(src)["nodes"]] == ["Réanimation néonatale"]


@pytest.mark.parametrize("name, content, fmt, where", [
    ("rows.csv", "code,title\nA,Alpha\nB,\n", "auto", ":3: title: empty title"),
    ("empty.txt", "", "auto", ": file: no statements found"),
    ("header.csv", "code,title\n", "auto", ": file: no statements found"),
    ("list.txt", "suture wounds\n", "xml", ": format: unknown format 'xml' (csv, tsv, txt)"),
])
def test_bad_input_names_the_file_the_line_and_the_field(tmp_path, name, content, fmt, where):
    src = tmp_path / name
    src.write_text(content)
    with pytest.raises(CurriculumError) as info:
        import_taxonomy(src, fmt=fmt)
    assert str(info.value) == f"{src}{where}"


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CurriculumError, match=r"gone\.csv: file: cannot read: No such file"):
        import_taxonomy(tmp_path / "gone.csv")


def test_an_invalid_taxonomy_is_not_written(tmp_path):
    src = tmp_path / "dup.csv"
    src.write_text("code,title\nA,Alpha\nA,Again\n")
    with pytest.raises(CurriculumError, match="duplicate code 'A'"):
        write_curriculum(import_taxonomy(src), tmp_path / "dup.yaml")
    assert not (tmp_path / "dup.yaml").exists()


def test_an_import_is_found_by_id_in_the_users_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    src = tmp_path / "wards.txt"
    src.write_text("run the ward round\nhand over to the night team\n")
    dest = write_curriculum(import_taxonomy(src, cid="wards"))
    assert dest == tmp_path / "data" / "cesr-mapper" / "curricula" / "wards.yaml"
    cur = load_curriculum("wards")
    assert [n.title for n in cur] == ["run the ward round", "hand over to the night team"]
    assert all(n.provenance == "imported" and n.outcome == n.id for n in cur)  # a flat list: each its own outcome


def test_a_curriculum_folder_on_the_search_path_comes_first(tmp_path, monkeypatch):
    folder = tmp_path / "trust"
    folder.mkdir()
    (folder / "rcem-2021.yaml").write_text("id: rcem-2021\ntitle: The trust's own\nversion: '1'\n"
                                           "nodes:\n  - code: X\n    title: Local outcome\n")
    monkeypatch.setenv("CESR_CURRICULA_PATH", str(folder))
    assert find_curriculum("rcem-2021") == folder / "rcem-2021.yaml"
    assert [n.id for n in load_curriculum("rcem-2021")] == ["rcem-2021:X"]
    with pytest.raises(FileNotFoundError, match=r"unknown curriculum 'nowhere' \(known: .*rcem-2021"):
        load_curriculum("nowhere")


def test_a_curriculum_written_as_json_parses_like_yaml():
    text = json.dumps({"id": "js", "title": "J", "version": "1",
                       "nodes": [{"code": "A", "title": "Alpha"}, {"code": "A.1", "title": "Alpha one", "parent": "A"}]})
    cur = parse_curriculum(text, "js.json")
    assert [n.id for n in cur] == ["js:A", "js:A.1"] and cur.get("js:A.1").outcome == "js:A"


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
