"""What a copy must not carry, and what a flag must not hide: metadata, tracked deletions, annotations, nested
tables, partly boxed spans, resolutions that outlive their check."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from pipeline.anonymise.plan import PagePlan, Plan
from pipeline.anonymise.redacted import CopyError, write_copy
from pipeline.model import PageText
from pipeline.redact import RedactSettings, redact_file

APPLICANT = "Dr Amara Okafor"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _label_image(path: Path, **save) -> None:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (900, 260), "white")
    draw = ImageDraw.Draw(image)
    draw.text((20, 30), "Patient: Mr John Quince", fill="black", font=ImageFont.truetype(FONT, 34))
    draw.text((20, 110), "NHS 943 476 5919   DOB 02/08/1971", fill="black", font=ImageFont.truetype(FONT, 34))
    image.save(path, **save)


def test_a_jpeg_copy_carries_pixels_only(tmp_path):
    src = tmp_path / "label.jpg"
    _label_image(src, comment=b"John Quince NHS 9434765919")
    result, _ = redact_file(src, tmp_path / "out", applicant=APPLICANT, settings=RedactSettings(verify_ocr=False))
    data = Path(result.output).read_bytes()
    assert result.output and b"Quince" not in data and b"9434765919" not in data


def test_word_tracked_deletions_and_nested_tables(tmp_path):
    import docx
    from docx.oxml.ns import qn
    from lxml import etree

    from pipeline.ingest.docx_text import read_docx_text

    d = docx.Document()
    p = d.add_paragraph("Seen with Mr John Quince.")
    deleted = etree.SubElement(etree.SubElement(etree.SubElement(p._p, qn("w:del")), qn("w:r")), qn("w:delText"))
    deleted.text = "his wife Mabel Quince 07700 900123"
    outer = d.add_table(rows=1, cols=1)
    inner = outer.rows[0].cells[0].add_table(rows=1, cols=2)
    inner.rows[0].cells[0].text, inner.rows[0].cells[1].text = "Hosp No", "RX1234567"
    src = tmp_path / "note.docx"
    d.save(str(src))
    text = read_docx_text(src).text
    assert text.count("RX1234567") == 1  # the nested table is read once
    result, _ = redact_file(src, tmp_path / "out", applicant=APPLICANT)
    assert result.status == "ok", [f.public() for f in result.flags]
    with zipfile.ZipFile(result.output) as z:
        xml = z.read("word/document.xml").decode()
    for gone in ("Mabel", "07700", "RX1234567", "Quince"):
        assert gone not in xml, gone


def test_pdf_annotations_are_neither_read_nor_copied(tmp_path):
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    src = tmp_path / "annotated.pdf"
    c = canvas.Canvas(str(src), pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, 780, "Teaching session on sepsis recognition for the emergency department team.")
    c.drawString(72, 760, "Feedback was collected from eighteen attendees on the day.")
    c.textAnnotation("Patient QUINCE JOHN 9434765919", Rect=(72, 600, 300, 640), relative=0)
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(src))
    assert doc[0].get_textpage().get_text_range().count("QUINCE") == 0  # the note is an annotation
    doc.close()
    from pipeline.ingest import ingest_file

    read = ingest_file(src, anonymise=False)
    assert any("annotations left out" in f for f in read.flags)
    result, _ = redact_file(src, tmp_path / "out", applicant=APPLICANT)
    assert result.status == "ok"
    from test_redact import extract_everything

    assert "QUINCE" not in extract_everything(Path(result.output)).upper()


def test_a_span_that_a_word_box_covers_only_in_part_is_refused(tmp_path):
    from PIL import Image

    from pipeline.anonymise.core import Span

    src = tmp_path / "page.png"
    Image.new("L", (400, 100), 255).save(src)
    reading = PageText("Mr John Quince", ocr=True, words=((0, 2, 0.0, 0.1, 0.1, 0.2), (3, 7, 0.12, 0.1, 0.3, 0.2)),
                       size=(400, 100))
    plan = Plan([PagePlan([Span(3, 14, "PATIENT", "John Quince")], [], "Mr [PATIENT-1]")])
    with pytest.raises(CopyError):
        write_copy(src, "image", [reading], plan, tmp_path / "copy.png")
    no_boxes = PageText("Mr John Quince", ocr=True, size=(400, 100))
    with pytest.raises(CopyError):
        write_copy(src, "image", [no_boxes], plan, tmp_path / "copy.png")


def test_a_flag_resolved_stays_resolved_only_for_its_check(tmp_path):
    from pipeline.ingest import IngestSettings
    from pipeline.review.decisions import ReviewDB
    from pipeline.review.redaction import RedactionLog
    from pipeline.review.server import ReviewApp
    from pipeline.workspace import Workspace

    evidence = tmp_path / "evidence"
    evidence.mkdir()
    (evidence / "note.txt").write_text("Handover: she was on the list as 48213 that night.\nDr Amara Okafor\n",
                                       encoding="utf-8")
    root = tmp_path / "ws"
    with Workspace.init(root, ["rcem-2021"], applicant=APPLICANT) as ws:
        ws.add([evidence], IngestSettings(workers=1))
    ws = Workspace.open(root)
    app = ReviewApp(ws)
    sha = next(d.sha256 for d in ws.store.documents())
    status, data = app.check(sha, {})
    flag = data["redaction"]["flags"][0]
    assert flag["text"] == "48213"
    # text the tool never read cannot be "redacted": the decision is refused, nothing is hidden
    status, answer = app.redaction_write(sha, {"version": data["redaction"]["version"], "kind": "redact",
                                               "text": "Bartholomew Quince", "flag": flag["key"]})
    assert status == 400 and "not in what the tool read" in answer["error"]
    # a resolution recorded against this check, then a new check of an unchanged copy: the flag is open again
    with ReviewDB(ws.store_path) as db:
        RedactionLog(db).decide(sha, db.version(sha), "unverified", flag=flag["key"])
    assert app.redaction(sha)["flags"] == []
    status, data = app.check(sha, {})
    assert [f["text"] for f in data["redaction"]["flags"]] == ["48213"]
    ws.close()


def test_flags_in_the_report_carry_no_hash_of_their_text(tmp_path):
    from pipeline.cli import main

    src = tmp_path / "in" / "note.txt"
    src.parent.mkdir()
    src.write_text("Handover: she was on the list as 48213 that night.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["redact", str(src.parent), "--out", str(out), "--applicant", APPLICANT, "--no-progress"]) == 1
    report = json.loads((out / "redaction-report.json").read_text(encoding="utf-8"))
    assert report[0]["flags"] and all(set(f) == {"page", "kind", "label"} for f in report[0]["flags"])
