"""``cesr pack``: the application pack, built from a real workspace (sample files read for real, copies made and
checked by the redaction engine), read back with PDFium, poppler and Tesseract."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.review.decisions import ReviewDB
from pipeline.review.redaction import RedactionLog
from pipeline.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"
APPLICANT = "Dr Amara Okafor"

# file prefix -> (accepted nodes, primary first; reviewed; verified; open flag)
PLAN = {
    "01": (["SLO3", "SLO1"], True, True, False),       # text-layer PDF, 2 pages: in SLO3, cross-referenced in SLO1
    "02": (["SLO1", "SLO3.KC1"], True, True, False),   # plain text: in SLO1, cross-referenced in SLO3
    "08": (["SLO1.KC1", "SLO4"], True, True, False),    # a photographed page (OCR): in SLO1
    "10": (["SLO1"], True, True, False),                # a Word file
    "19": (["SLO11"], True, True, False),               # a PDF whose file is then deleted: left out, the pack goes on
    "06": (["SLO1"], True, False, False),               # not verified: left out
    "11": (["SLO9"], False, True, False),               # not marked reviewed: left out
    "21": (["SLO3"], True, True, True),                 # verified, then an open leak-check flag: left out
    "20": ([], True, True, False),                      # no accepted mapping: left out
}
IN = {"01", "02", "08", "10"}


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).upper()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A workspace as a doctor leaves it after review, and its pack."""
    from pipeline.anonymise.leaks import Flag
    from pipeline.curriculum import load_curricula
    from pipeline.ingest import IngestSettings
    from pipeline.review.compute import node_table
    from pipeline.redact import RedactSettings, redact_workspace

    base = tmp_path_factory.mktemp("pack")
    evidence = base / "evidence"
    evidence.mkdir()
    for prefix in PLAN:
        src = next(SAMPLE.glob(f"{prefix}-*"))
        shutil.copy(src, evidence / src.name)
    root = base / "ws"
    with Workspace.init(root, ["rcem-2021"], applicant=APPLICANT) as ws:
        ws.add([evidence], IngestSettings(workers=2))
        shas = {Path(d.path).name[:2]: d.sha256 for d in ws.store.documents()}
        assert set(shas) == set(PLAN)
        with ReviewDB(ws.store_path, node_table(load_curricula(ws.curricula))) as db:  # as the review app does
            for prefix, (nodes, reviewed, _, _) in PLAN.items():
                for node in nodes:
                    db.decide(shas[prefix], db.version(shas[prefix]), "add", f"rcem-2021:{node}")
                if reviewed:
                    db.set_reviewed(shas[prefix], db.version(shas[prefix]))
        # the redaction review: each copy made and checked (text layers; OCR is the review's job), then verified
        redact_workspace(ws, base / "copies", RedactSettings(workers=1, verify_ocr=False))
        with ReviewDB(ws.store_path) as db:
            log = RedactionLog(db)
            for prefix, (_, _, verified, flagged) in PLAN.items():
                sha = shas[prefix]
                assert not log.open_flags(sha), f"{prefix}: the sample copy has flags"
                if verified:
                    log.decide(sha, db.version(sha), "verified")
                if flagged:  # a later check of its copy found a name (what the leak check records)
                    state = log.state(sha)
                    flag = Flag(page=1, kind="name", label="name after a title", text="Mr Example", context="")
                    log.record_check(sha, state["output"], [flag.to_json()], json.loads(state["plan"]))
    (evidence / next(p.name for p in evidence.iterdir() if p.name.startswith("19-"))).unlink()
    out = base / "pack"
    assert main(["pack", "--workspace", str(root), "--out", str(out), "--no-progress"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {"root": root, "out": out, "manifest": manifest, "shas": shas, "base": base}


def _pages(path: Path) -> list[str]:
    """The text of every page, as PDFium reads it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _pdfinfo_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def _by_sha(built) -> dict[str, dict]:
    return {d["sha256"]: d for d in built["manifest"]["documents"]}


def test_the_pack_holds_the_verified_documents_and_says_why_the_others_are_left_out(built):
    shas, manifest = built["shas"], built["manifest"]
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


def test_bundles_are_readable_and_the_manifest_counts_their_pages(built):
    from pipeline.pack import validate_manifest

    out, manifest = built["out"], built["manifest"]
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
            assert _pdfinfo_pages(path) == f["pages"] == len(_pages(path))
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


def test_every_page_carries_the_footer(built):
    out, manifest = built["out"], built["manifest"]
    for f in manifest["files"]:
        if not f["file"].endswith(".pdf"):
            continue
        pages = _pages(out / f["file"])
        label = f["file"][:-4]
        for n, text in enumerate(pages, 1):
            assert APPLICANT in text
            assert f"{label} \u00b7 page {n} of {len(pages)}" in text, f"{f['file']} page {n}"
    for d in manifest["documents"]:  # each document page: its number and its own page x of y
        pages = _pages(out / d["bundle"])
        for k, page in enumerate(range(d["first_page"], d["last_page"] + 1), 1):
            assert f"Document {d['number']} \u00b7 page {k} of {d['pages']}" in pages[page - 1]


def test_each_document_is_uploaded_once_listed_once_and_bookmarked(built):
    import pypdfium2 as pdfium

    out, manifest = built["out"], built["manifest"]
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
        index_text = " ".join(_pages(out / b["file"])[: b["index_pages"]])
        for n in b["documents"]:  # listed in its own bundle's index with its pages
            d = by_number[n]
            assert re.search(rf"\b{n}\.\s", index_text) and (f"page {d['first_page']}" in index_text
                                                             or f"pages {d['first_page']}\u2013" in index_text)
    index = " ".join(_pages(out / "index.pdf"))
    for d in manifest["documents"]:
        assert _squash(d["title"][:30]) in _squash(index)


def test_a_document_in_several_sections_is_cross_referenced_by_number_and_page(built):
    out, manifest, shas = built["out"], built["manifest"], built["shas"]
    docs = _by_sha(built)
    letter, summary = docs[shas["01"]], docs[shas["02"]]
    bundles = {b["code"]: b for b in manifest["bundles"]}
    assert letter["bundle"] == bundles["SLO3"]["file"] and summary["bundle"] == bundles["SLO1"]["file"]
    assert letter["number"] in bundles["SLO1"]["cross_references"]
    assert summary["number"] in bundles["SLO3"]["cross_references"]
    where = f"{letter['bundle']}, pages {letter['first_page']}\u2013{letter['last_page']}"
    slo1_index = " ".join(_pages(out / bundles["SLO1"]["file"])[: bundles["SLO1"]["index_pages"]])
    assert where in slo1_index and f"{letter['number']}." in slo1_index
    assert where in " ".join(_pages(out / "index.pdf"))
    photo = docs[shas["08"]]  # SLO4 has no document of its own: the pack's index cross-references it there
    without = {s["code"]: s for s in manifest["sections_without_bundle"]}
    assert photo["number"] in without["SLO4"]["cross_references"]
    assert letter["cross_referenced_in"] == [bundles["SLO1"]["file"]]


def _removed_strings(root: Path, shas: list[str]) -> tuple[set[str], str]:
    """Every string the redaction engine removed from these documents (4+ characters, not also in the kept
    text of a packed document), and the kept text."""
    from pipeline.anonymise.plan import plan_document

    removed, kept = set(), []
    with Workspace.open(root) as ws, ReviewDB(ws.store_path) as db:
        log = RedactionLog(db)
        for sha in shas:
            readings = ws.store.readings(sha)
            plan = plan_document(readings, APPLICANT, log.decisions(sha))
            removed |= {r.text[s.start:s.end] for r, p in zip(readings, plan.pages) for s in p.spans}
            kept.append("\n".join(plan.texts))
    kept_squashed = _squash("\n".join(kept))
    return {x for x in removed if len(_squash(x)) >= 4 and _squash(x) not in kept_squashed}, "\n".join(kept)


def test_no_removed_identifier_is_in_the_pack_not_even_in_its_pictures(built):
    from PIL import Image

    import pytesseract

    out, manifest = built["out"], built["manifest"]
    removed, _ = _removed_strings(built["root"], [d["sha256"] for d in manifest["documents"]])
    assert len(removed) >= 10, "the sample documents name patients, numbers and addresses"
    everything = [(out / "index.csv").read_text(encoding="utf-8"), (out / "manifest.json").read_text(encoding="utf-8")]
    for f in manifest["files"]:
        if f["file"].endswith(".pdf"):
            everything.extend(_pages(out / f["file"]))
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
    squashed = _squash("\n".join(everything))
    leaked = [x for x in removed if _squash(x) in squashed]
    assert not leaked, f"{len(leaked)} removed identifier(s) found in the pack"
    assert "OKAFOR" in squashed


def _words(text: str) -> str:
    """Letters and digits as whole words: "Sato" is found in "Dr Sato", not in "Sat Oct"."""
    return " " + " ".join(re.findall(r"[A-Z0-9]+", text.upper())) + " "


def test_every_page_read_as_an_assessor_would_has_the_applicant_and_no_labelled_identifier(built):
    """Every page of every file of the pack, read by poppler (``pdftotext``) and, where it holds a picture, by
    Tesseract too, against the identifiers *labelled* in the sample's sources (``corpora/sample-src/manifest.jsonl``:
    what a person marked, not what the engine found): none of them on any page, the applicant on every page."""
    import pypdfium2 as pdfium
    import pytesseract

    out, manifest, shas = built["out"], built["manifest"], built["shas"]
    labelled = {json.loads(line)["source"][:2]: json.loads(line)["identifiers"]
                for line in (ROOT / "corpora" / "sample-src" / "manifest.jsonl").read_text().splitlines() if line.strip()}
    packed = {d["sha256"] for d in manifest["documents"]}
    identifiers = {i["text"] for prefix, sha in shas.items() if sha in packed for i in labelled[prefix]
                   if len(_squash(i["text"])) >= 4}
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


def test_titles_come_from_the_anonymised_text_and_the_doctors_edit_is_kept(built, tmp_path):
    from pipeline.pack import DescriptionStore

    root, shas = built["root"], built["shas"]
    docs = _by_sha(built)
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


def test_overrides_are_explicit_and_recorded(built, tmp_path, capsys):
    root, shas = built["root"], built["shas"]
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


def test_limits_are_reported_and_exceeding_them_warns_with_what_to_drop(built, tmp_path, capsys):
    from pipeline.pack.build import _Doc, _what_to_drop

    out = tmp_path / "small-limit"
    assert main(["pack", "--workspace", str(built["root"]), "--out", str(out), "--max-documents", "2",
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


def test_pages_made_on_a_process_pool_are_the_same_pack(built, tmp_path):
    from pipeline.pack import PackSettings, build_pack

    with Workspace.open(built["root"]) as ws:
        result = build_pack(ws, tmp_path / "pooled", PackSettings(workers=2, progress=False))
    pooled, single = result.manifest, built["manifest"]
    keys = ("number", "sha256", "bundle", "first_page", "last_page", "pages", "cross_referenced_in")
    assert [{k: d[k] for k in keys} for d in pooled["documents"]] == [{k: d[k] for k in keys} for d in single["documents"]]
    assert [(e["sha256"], e["reason"]) for e in pooled["left_out"]] == [(e["sha256"], e["reason"]) for e in single["left_out"]]
    bundles = [f for f in pooled["files"] if f["kind"] == "bundle"]
    assert bundles == [f for f in single["files"] if f["kind"] == "bundle"]  # the same bytes


# ------------------------------------------------------------------ how pages are stored (issue 14, item 6)


def _page_text(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def _page_bytes(path: Path, page: int) -> tuple[int, list[tuple[str, int]]]:
    """A page's own bytes (its content streams) and its pictures (filter, bytes), fonts aside."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        p = pdf.pages[page - 1]
        contents = p.obj.Contents
        streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
        own = sum(len(s.read_raw_bytes()) for s in streams)
        pictures = []
        for _, x in (p.obj.Resources.get("/XObject") or {}).items():
            if x.get("/Subtype") == "/Image":
                pictures.append((str(x.get("/Filter")), len(x.read_raw_bytes())))
        return own, pictures


def test_a_text_layer_page_stays_vector_text_with_its_identifiers_gone_for_good(built):
    """The text-layer letter is set again as text: no picture, a few KB a page, its kept words copyable, every
    removed word a box carrying only its tag, and no removed string anywhere in the file's text."""
    out, shas = built["out"], built["shas"]
    letter = _by_sha(built)[shas["01"]]
    assert letter["source_format"] == "pdf" and letter["pages"] == 2
    removed, kept = _removed_strings(built["root"], [shas["01"]])
    assert len(removed) >= 5, "the clinic letter names a patient, a relative, numbers and an address"
    bundle = out / letter["bundle"]
    texts = [_page_text(bundle, n) for n in range(letter["first_page"], letter["last_page"] + 1)]
    squashed = _squash(" ".join(texts))
    for phrase in ("Convulsive status epilepticus", "buccal midazolam 10 mg", "Videolaryngoscopy"):
        assert phrase.lower() in " ".join(" ".join(texts).split()).lower()
    assert "[PATIENT]" in texts[0] and "[ADDRESS]" in texts[0]
    leaked = [x for x in removed if _squash(x) in squashed]
    assert not leaked, f"{len(leaked)} removed string(s) can still be copied from the page"
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(bundle))
    try:
        layer = " ".join(pdf[n - 1].get_textpage().get_text_range()
                         for n in range(letter["first_page"], letter["last_page"] + 1))
    finally:
        pdf.close()
    assert not [x for x in removed if _squash(x) in _squash(layer)]
    for n in range(letter["first_page"], letter["last_page"] + 1):
        own, pictures = _page_bytes(bundle, n)
        assert pictures == [] and own < 12_000, (n, own, pictures)  # a painted 150 dpi page was ~200 KB


def test_a_scanned_page_is_stored_bilevel_small_and_still_readable(built):
    """The photographed discharge summary (black on white) is one CCITT G4 picture of well under 60 KB, and
    Tesseract still reads its kept text from the pack."""
    import pypdfium2 as pdfium
    import pytesseract

    out, shas = built["out"], built["shas"]
    photo = _by_sha(built)[shas["08"]]
    bundle = out / photo["bundle"]
    own, pictures = _page_bytes(bundle, photo["first_page"])
    assert [f for f, _ in pictures] == ["/CCITTFaxDecode"] and pictures[0][1] < 60_000, pictures
    pdf = pdfium.PdfDocument(str(bundle))
    try:
        image = pdf[photo["first_page"] - 1].render(scale=200 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    read = " ".join(pytesseract.image_to_string(image).split()).lower()
    assert "paracetamol" in read and "discharge plan" in read


def test_pictures_are_stored_by_what_they_hold(tmp_path):
    """A scanned letter goes bilevel (G4), a photograph JPEG at no more than the pack's resolution."""
    from PIL import Image, ImageDraw, ImageFilter

    from pipeline.pack.pages import encode_image
    from pipeline.pack.render import fitted_dpi

    scan = Image.open(SAMPLE / "05-discharge-letter-procedural-sedation.tif")
    page = encode_image(scan, tmp_path / "scan", fitted_dpi(*scan.size))
    assert page.encoding == "g4" and Path(page.path).stat().st_size < 40_000
    assert (page.width, page.height) == scan.size  # bilevel keeps its resolution
    # a photograph: smooth colour with detail everywhere (drawn, then blurred like a camera's picture)
    photo = Image.new("RGB", (1600, 1200))
    draw = ImageDraw.Draw(photo)
    for k in range(0, 1600, 8):
        draw.rectangle([k, 0, k + 8, 1200], fill=(k % 256, (3 * k) % 256, 255 - k % 256))
    for k in range(0, 1200, 40):
        draw.ellipse([k, k // 2, k + 300, k // 2 + 200], fill=((7 * k) % 256, 120, (5 * k) % 256))
    photo = photo.filter(ImageFilter.GaussianBlur(6))
    page = encode_image(photo, tmp_path / "photo", fitted_dpi(*photo.size))
    assert page.encoding == "jpeg" and fitted_dpi(page.width, page.height) <= 150 * 1.05
    with Image.open(page.path) as jpeg:
        assert jpeg.mode == "RGB"


def test_bundles_drawn_in_many_parts_on_a_pool_read_the_same(built, tmp_path):
    """Parts of one page each, drawn on two processes and joined: the same pages, footers and bookmarks."""
    import pypdfium2 as pdfium

    from pipeline.pack import PackSettings, build_pack

    with Workspace.open(built["root"]) as ws:
        parted = build_pack(ws, tmp_path / "parted", PackSettings(workers=2, part_pages=1, progress=False)).manifest
    single = built["manifest"]
    assert [(b["file"], b["pages"]) for b in parted["bundles"]] == [(b["file"], b["pages"]) for b in single["bundles"]]
    for b in single["bundles"]:
        one, many = built["out"] / b["file"], tmp_path / "parted" / b["file"]
        assert _pages(one) == _pages(many)
        assert _pdfinfo_pages(many) == b["pages"]
        marks = []
        for path in (one, many):
            pdf = pdfium.PdfDocument(str(path))
            try:
                marks.append([(i.get_title(), i.get_dest().get_index()) for i in pdf.get_toc()])
            finally:
                pdf.close()
        assert marks[0] == marks[1] and len(marks[0]) == len(b["documents"]) + 1


def test_a_text_page_keeps_its_drawing_under_the_text_and_loses_only_its_text(tmp_path):
    """A letter with a logo, a rule and a shaded box: set again as text over a picture of its drawing alone
    (no text in that picture, the patient's name neither in the text nor under a box)."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.anonymise.plan import plan_document
    from pipeline.ingest import IngestSettings
    from pipeline.ingest.readers import read_pdf
    from pipeline.pack.pages import vector_page
    from pipeline.pack.render import BundleWriter

    logo = Image.new("RGB", (240, 120), (0, 94, 184))  # a blue block with a white mark, as a trust's logo
    ImageDraw.Draw(logo).ellipse([70, 20, 170, 100], fill="white")
    logo.save(tmp_path / "logo.png")
    source = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(source), pagesize=A4)
    c.drawImage(str(tmp_path / "logo.png"), 420, 740, width=120, height=60)
    c.setFillGray(0.85)
    c.rect(50, 600, 495, 40, stroke=0, fill=1)
    c.setFillGray(0)
    c.line(50, 720, 545, 720)
    c.setFont("Helvetica", 11)
    y = 690
    for line in ("Re: Mr Gregory Holloway, NHS number 943 476 5919", "DOB 02/08/1971 (52y, male)",
                 "Attended after a fall; a fascia iliaca block was given with good effect."):
        c.drawString(60, y, line)
        y -= 20
    c.drawString(60, 615, "Plan: orthogeriatric review in the morning.")
    c.showPage()
    c.save()
    reading = read_pdf(source, IngestSettings(ocr=False)).pages[0]
    assert not reading.ocr and "Holloway" in reading.text
    plan = plan_document([reading], APPLICANT)
    removed = {reading.text[s.start:s.end] for s in plan.pages[0].spans}
    assert any("Holloway" in r for r in removed) and any("5919" in r for r in removed)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(source))
    try:
        layout = vector_page(pdf[0], reading, plan.pages[0], tmp_path / "page")
    finally:
        pdf.close()
    assert layout is not None and layout.background is not None and layout.boxes
    picture, (x0, top, x1, bottom) = layout.background
    assert picture.encoding == "jpeg"  # colour (the logo)
    assert x0 < 60 and x1 > 540 and top < 60 and bottom > 240  # the logo, the rule and the box: what is not white
    with Image.open(picture.path) as drawing:  # the drawing alone: the shaded box has no text in it any more
        grey = drawing.convert("L")
        sx, sy = grey.width / (x1 - x0), grey.height / (bottom - top)
        band = grey.crop((int((60 - x0) * sx), int((842 - 640 - top) * sy), int((300 - x0) * sx),
                          int((842 - 600 - top) * sy)))
        assert band.getextrema()[0] > 150, "text was left in the picture under the vector text"
    out = tmp_path / "part.pdf"
    writer = BundleWriter(out, "t", APPLICANT, "t", 1)
    writer.document(1, "Letter", [layout], 1)
    writer.close()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "fascia iliaca block" in flat and "orthogeriatric review" in flat and "[PATIENT]" in flat
    assert "Holloway" not in text and "5919" not in text and "Gregory" not in text
