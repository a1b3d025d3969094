"""``cesr pack``: the application pack, built from a real workspace (sample files read for real, copies made and
checked by the redaction engine), read back with PDFium, poppler and Tesseract. How its pages are stored:
test_pack_pages.py."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import subprocess

from pipeline.cli import main
from pipeline.workspace import Workspace

from pack_support import APPLICANT, IN, PLAN, ROOT, by_sha, pdfinfo_pages, pdfium_pages, removed_strings, squash


def test_the_pack_holds_the_verified_documents_and_says_why_the_others_are_left_out(pack_built):
    shas, manifest = pack_built["shas"], pack_built["manifest"]
    inside = {d["sha256"] for d in manifest["documents"]}
    assert inside == {shas[p] for p in IN}
    reasons = {e["sha256"]: e["reason"] for e in manifest["left_out"]}
    assert set(reasons) == {shas[p] for p in PLAN if p not in IN}
    assert "not verified" in reasons[shas["06"]]
    assert "not marked reviewed" in reasons[shas["11"]]
    assert "open leak-check flag" in reasons[shas["21"]]
    assert "no accepted mapping" in reasons[shas["20"]]
    assert "source file is no longer where it was added" in reasons[shas["19"]]
    assert manifest["overrides"] == {"include_unverified": False, "include_flagged": False}


def test_bundles_are_readable_and_the_manifest_counts_their_pages(pack_built):
    from pipeline.pack import validate_manifest

    out, manifest = pack_built["out"], pack_built["manifest"]
    validate_manifest(manifest)
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "pack-manifest.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(manifest)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f["file"] for f in manifest["files"]] + ["manifest.json"])  # nothing else left there
    for f in manifest["files"]:
        path = out / f["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == f["sha256"]
        assert path.stat().st_size == f["bytes"]
        if f["file"].endswith(".pdf"):
            assert pdfinfo_pages(path) == f["pages"] == len(pdfium_pages(path))
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
            assert APPLICANT in text
    for b in manifest["bundles"]:
        assert b["pages"] == next(f["pages"] for f in manifest["files"] if f["file"] == b["file"])
        docs = [d for d in manifest["documents"] if d["bundle"] == b["file"]]
        assert sum(d["pages"] for d in docs) + b["index_pages"] == b["pages"]
        assert b["index_pages"] + 1 == min(d["first_page"] for d in docs)  # continuous: index, then documents
    limits = manifest["limits"]
    assert limits["max_documents"] == 100 and limits["expected_pages"] == [800, 1000]  # emergency medicine
    assert limits["uploads"] == len(manifest["bundles"]) + 1
    assert limits["pages"] == sum(f["pages"] or 0 for f in manifest["files"])
    assert limits["documents"] == len(IN) and not limits["over"]


def test_every_page_carries_the_footer(pack_built):
    out, manifest = pack_built["out"], pack_built["manifest"]
    for f in manifest["files"]:
        if not f["file"].endswith(".pdf"):
            continue
        pages = pdfium_pages(out / f["file"])
        label = f["file"][:-4]
        for n, text in enumerate(pages, 1):
            assert APPLICANT in text
            assert f"{label} \u00b7 page {n} of {len(pages)}" in text, f"{f['file']} page {n}"
    for d in manifest["documents"]:  # each document page: its number and its own page x of y
        pages = pdfium_pages(out / d["bundle"])
        for k, page in enumerate(range(d["first_page"], d["last_page"] + 1), 1):
            assert f"Document {d['number']} \u00b7 page {k} of {d['pages']}" in pages[page - 1]


def test_each_document_is_uploaded_once_listed_once_and_bookmarked(pack_built):
    import pypdfium2 as pdfium

    out, manifest = pack_built["out"], pack_built["manifest"]
    numbers = [d["number"] for d in manifest["documents"]]
    assert sorted(numbers) == list(range(1, len(IN) + 1))
    placed = [n for b in manifest["bundles"] for n in b["documents"]]
    assert sorted(placed) == sorted(numbers)  # one bundle each
    with open(out / "index.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(int(r["number"]) for r in rows) == numbers
    by_number = {d["number"]: d for d in manifest["documents"]}
    for r in rows:
        d = by_number[int(r["number"])]
        assert (r["title"], r["bundle"], int(r["first_page"]), int(r["last_page"])) == \
               (d["title"], d["bundle"], d["first_page"], d["last_page"])
        assert r["description"] and r["evidence"] == "primary" and r["outcomes"]
    for b in manifest["bundles"]:
        pdf = pdfium.PdfDocument(str(out / b["file"]))
        try:
            marks = [(item.get_title(), item.get_dest().get_index()) for item in pdf.get_toc()]
        finally:
            pdf.close()
        expected = [("Index", 0)] + [(f"{n}. {by_number[n]['title']}", by_number[n]["first_page"] - 1)
                                     for n in b["documents"]]
        assert marks == expected
        index_text = " ".join(pdfium_pages(out / b["file"])[: b["index_pages"]])
        for n in b["documents"]:  # listed in its own bundle's index with its pages
            d = by_number[n]
            assert re.search(rf"\b{n}\.\s", index_text) and (f"page {d['first_page']}" in index_text
                                                             or f"pages {d['first_page']}\u2013" in index_text)
    index = " ".join(pdfium_pages(out / "index.pdf"))
    for d in manifest["documents"]:
        assert squash(d["title"][:30]) in squash(index)


def test_a_document_in_several_sections_is_cross_referenced_by_number_and_page(pack_built):
    out, manifest, shas = pack_built["out"], pack_built["manifest"], pack_built["shas"]
    docs = by_sha(pack_built)
    letter, summary = docs[shas["01"]], docs[shas["02"]]
    bundles = {b["code"]: b for b in manifest["bundles"]}
    assert letter["bundle"] == bundles["SLO3"]["file"] and summary["bundle"] == bundles["SLO1"]["file"]
    assert letter["number"] in bundles["SLO1"]["cross_references"]
    assert summary["number"] in bundles["SLO3"]["cross_references"]
    where = f"{letter['bundle']}, pages {letter['first_page']}\u2013{letter['last_page']}"
    slo1_index = " ".join(pdfium_pages(out / bundles["SLO1"]["file"])[: bundles["SLO1"]["index_pages"]])
    assert where in slo1_index and f"{letter['number']}." in slo1_index
    assert where in " ".join(pdfium_pages(out / "index.pdf"))
    photo = docs[shas["08"]]  # SLO4 has no document of its own: the pack's index cross-references it there
    without = {s["code"]: s for s in manifest["sections_without_bundle"]}
    assert photo["number"] in without["SLO4"]["cross_references"]
    assert letter["cross_referenced_in"] == [bundles["SLO1"]["file"]]


def test_no_removed_identifier_is_in_the_pack_not_even_in_its_pictures(pack_built):
    from PIL import Image

    import pytesseract

    out, manifest = pack_built["out"], pack_built["manifest"]
    removed, _ = removed_strings(pack_built["root"], [d["sha256"] for d in manifest["documents"]])
    assert len(removed) >= 10, "the sample documents name patients, numbers and addresses"
    everything = [(out / "index.csv").read_text(encoding="utf-8"), (out / "manifest.json").read_text(encoding="utf-8")]
    for f in manifest["files"]:
        if f["file"].endswith(".pdf"):
            everything.extend(pdfium_pages(out / f["file"]))
            everything.append(subprocess.run(["pdftotext", str(out / f["file"]), "-"], capture_output=True,
                                             text=True, check=True).stdout)
    # the painted pages, read by Tesseract as an assessor's eye would
    import pypdfium2 as pdfium

    for d in manifest["documents"]:
        if d["source_format"] not in ("pdf", "image"):
            continue
        pdf = pdfium.PdfDocument(str(out / d["bundle"]))
        try:
            for page in range(d["first_page"] - 1, d["last_page"]):
                image = pdf[page].render(scale=200 / 72).to_pil().convert("L")
                everything.append(pytesseract.image_to_string(image))
        finally:
            pdf.close()
    squashed = squash("\n".join(everything))
    leaked = [x for x in removed if squash(x) in squashed]
    assert not leaked, f"{len(leaked)} removed identifier(s) found in the pack"
    assert "OKAFOR" in squashed


def _words(text: str) -> str:
    """Letters and digits as whole words: "Sato" is found in "Dr Sato", not in "Sat Oct"."""
    return " " + " ".join(re.findall(r"[A-Z0-9]+", text.upper())) + " "


def test_every_page_read_as_an_assessor_would_has_the_applicant_and_no_labelled_identifier(pack_built):
    """Every page of every file of the pack, read by poppler (``pdftotext``) and, where it holds a picture, by
    Tesseract too, against the identifiers *labelled* in the sample's sources (``corpora/sample-src/manifest.jsonl``:
    what a person marked, not what the engine found): none of them on any page, the applicant on every page."""
    import pypdfium2 as pdfium
    import pytesseract

    out, manifest, shas = pack_built["out"], pack_built["manifest"], pack_built["shas"]
    labelled = {json.loads(line)["source"][:2]: json.loads(line)["identifiers"]
                for line in (ROOT / "corpora" / "sample-src" / "manifest.jsonl").read_text().splitlines() if line.strip()}
    packed = {d["sha256"] for d in manifest["documents"]}
    identifiers = {i["text"] for prefix, sha in shas.items() if sha in packed for i in labelled[prefix]
                   if len(squash(i["text"])) >= 4}
    assert len(identifiers) >= 15, "the packed sample documents label patients, relatives, numbers and addresses"
    pages = ocr = 0
    for f in manifest["files"]:
        if not f["file"].endswith(".pdf"):
            continue
        path = out / f["file"]
        texts = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                               check=True).stdout.split("\f")[:-1]
        assert len(texts) == f["pages"]
        pdf = pdfium.PdfDocument(str(path))
        try:
            for n, text in enumerate(texts):
                read = [text]
                if any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for obj in pdf[n].get_objects()):
                    read.append(pytesseract.image_to_string(pdf[n].render(scale=200 / 72).to_pil().convert("L")))
                    ocr += 1
                assert APPLICANT in re.sub(r"\s+", " ", text), f"{f['file']} page {n + 1}: no applicant"
                words = _words("\n".join(read))
                found = sorted({i for i in identifiers if _words(i) in words})
                assert not found, f"{f['file']} page {n + 1}: {len(found)} labelled identifier(s)"
                pages += 1
        finally:
            pdf.close()
    assert pages == manifest["limits"]["pages"] and ocr >= 1  # the photographed page was read by Tesseract


def test_titles_come_from_the_anonymised_text_and_the_doctors_edit_is_kept(pack_built, tmp_path):
    from pipeline.pack import DescriptionStore

    root, shas = pack_built["root"], pack_built["shas"]
    docs = by_sha(pack_built)
    letter = docs[shas["01"]]
    assert letter["title"].startswith("Letter: ") and "March 2024" in letter["title"]
    assert "primary evidence" in letter["description"] and "SLO3" in letter["description"]
    assert "[" not in letter["title"]
    with Workspace.open(root) as ws, DescriptionStore(ws.store_path) as store:
        suggested = store.row(shas["01"])["suggested_title"]
        assert suggested == letter["title"]
        store.edit(shas["01"], title="Status epilepticus: airway and seizure management")
    out = tmp_path / "again"
    assert main(["pack", "--workspace", str(root), "--out", str(out), "--no-progress"]) == 0
    again = {d["sha256"]: d for d in json.loads((out / "manifest.json").read_text())["documents"]}
    assert again[shas["01"]]["title"] == "Status epilepticus: airway and seizure management"
    assert again[shas["01"]]["description"] == letter["description"]
    with Workspace.open(root) as ws, DescriptionStore(ws.store_path) as store:
        row = store.row(shas["01"])
        assert row["suggested_title"] == suggested and row["title"].startswith("Status epilepticus")
        assert [e["field"] for e in store.edits(shas["01"])] == ["title"]
        # a title typed with a patient's name and number in it: the pack carries tags, and says so
        store.edit(shas["01"], title="Status epilepticus in Mrs Aisha Khan (RX1234567)")
    typed = tmp_path / "typed"
    assert main(["pack", "--workspace", str(root), "--out", str(typed), "--no-progress"]) == 0
    manifest = json.loads((typed / "manifest.json").read_text())
    title = {d["sha256"]: d for d in manifest["documents"]}[shas["01"]]["title"]
    assert title.startswith("Status epilepticus in") and "Khan" not in title and "RX1234567" not in title
    assert any("typed in the review held what looks like a patient identifier" in w for w in manifest["warnings"])
    assert "Khan" not in (typed / "index.csv").read_text() and "Khan" not in json.dumps(manifest)
    with Workspace.open(root) as ws, DescriptionStore(ws.store_path) as store:
        store.edit(shas["01"], title="")  # back to the suggestion


def test_overrides_are_explicit_and_recorded(pack_built, tmp_path, capsys):
    root, shas = pack_built["root"], pack_built["shas"]
    out = tmp_path / "with-unverified"
    assert main(["pack", "--workspace", str(root), "--out", str(out), "--include-unverified", "--group-by", "type",
                 "--no-progress"]) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    docs = {d["sha256"]: d for d in manifest["documents"]}
    assert shas["06"] in docs and docs[shas["06"]]["redaction_verified"] is False
    assert shas["21"] not in docs  # an open flag needs its own override
    assert manifest["overrides"]["include_unverified"] and any("NOT verified" in w for w in manifest["warnings"])
    assert manifest["grouping"] == "type"
    assert {b["code"] for b in manifest["bundles"]} <= {"Letter", "Discharge summary", "Mini-CEX"}
    assert not any(b["cross_references"] for b in manifest["bundles"])
    printed = capsys.readouterr().out
    assert "left out" in printed and "limit about 100" in printed


def test_nothing_to_pack_is_an_error_not_an_empty_pack(tmp_path, capsys):
    root = tmp_path / "empty"
    Workspace.init(root, ["rcem-2021"], applicant=APPLICANT).close()
    assert main(["pack", "--workspace", str(root), "--out", str(tmp_path / "out"), "--no-progress"]) == 1
    assert "no document can go in the pack" in capsys.readouterr().err
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_limits_are_reported_and_exceeding_them_warns_with_what_to_drop(pack_built, tmp_path, capsys):
    from pipeline.pack.build import _Doc, _what_to_drop

    out = tmp_path / "small-limit"
    assert main(["pack", "--workspace", str(pack_built["root"]), "--out", str(out), "--max-documents", "2",
                 "--no-progress"]) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["limits"]["max_documents"] == 2 and manifest["limits"]["over"]
    assert any("more than the limit of about 2" in w for w in manifest["warnings"])
    assert "warning: " in capsys.readouterr().out

    def doc(number, primary, older, outcome="rcem-2021:SLO1", dupe=False):
        return _Doc(sha256=str(number) * 64, display_name="", format="text", date="2018-01-01", evidence_type="",
                    evidence_label="", primary=primary, mappings=[{"outcome": outcome, "node": outcome}],
                    older=older, near_duplicate=dupe, number=number)

    docs = [doc(1, False, True), doc(2, True, True), doc(3, True, False, dupe=True), doc(4, False, False),
            doc(5, True, False), doc(6, True, False, "rcem-2021:SLO2")]
    advice = _what_to_drop(docs)
    assert advice[0].endswith("older secondary evidence, documents 1")  # old primary evidence is not offered
    assert advice[1].endswith("documents 3") and advice[2].endswith("documents 4")


def test_pages_made_on_a_process_pool_are_the_same_pack(pack_built, tmp_path):
    from pipeline.pack import PackSettings, build_pack

    with Workspace.open(pack_built["root"]) as ws:
        result = build_pack(ws, tmp_path / "pooled", PackSettings(workers=2, progress=False))
    pooled, single = result.manifest, pack_built["manifest"]
    keys = ("number", "sha256", "bundle", "first_page", "last_page", "pages", "cross_referenced_in")
    assert [{k: d[k] for k in keys} for d in pooled["documents"]] == [{k: d[k] for k in keys} for d in single["documents"]]
    assert [(e["sha256"], e["reason"]) for e in pooled["left_out"]] == [(e["sha256"], e["reason"]) for e in single["left_out"]]
    bundles = [f for f in pooled["files"] if f["kind"] == "bundle"]
    assert bundles == [f for f in single["files"] if f["kind"] == "bundle"]  # the same bytes
