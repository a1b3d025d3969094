"""Redacted copies for upload: real PDFs, scans, images and Word files, real Tesseract, checked by re-extraction.

The copies are painted from the one reading and the one plan of each document; the tests read every copy
back independently (text layer, OCR of every page, every XML part, barcode decoding).
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import threading
import zipfile
from pathlib import Path

import pytest

from pipeline.anonymise.plan import Decisions
from pipeline.redact import REPORT_FILE, REVIEW_FILE, RedactSettings, ReviewStore, redact_file, redact_many

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"
APPLICANT = "Dr Amara Okafor"
# A text-layer PDF of two pages, a scanned PDF, a PNG photo, a Word file, a text file.
CHOSEN = ["01", "04", "08", "06", "02"]


def _manifest() -> dict[str, list[dict]]:
    out = {}
    for line in (ROOT / "corpora" / "sample-src" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[Path(rec["source"]).stem] = rec["identifiers"]
    return out


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).upper()


def _ocr(image) -> str:
    import pytesseract

    from pipeline.ingest.ocr import tesseract_env

    with tesseract_env():
        return pytesseract.image_to_string(image.convert("L"), config="--psm 3")


_PDFIUM_LOCK = threading.Lock()


def extract_everything(path: Path) -> str:
    """All text anyone could get out of a redacted copy: text layer, OCR of every page, every XML part."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        import pypdfium2 as pdfium

        with _PDFIUM_LOCK:  # PDFium is not thread-safe: one thread in it at a time; OCR runs in parallel
            with pdfplumber.open(str(path)) as pdf:
                layer = "\n".join((p.extract_text() or "") for p in pdf.pages)
            doc = pdfium.PdfDocument(str(path))
            try:
                images = [doc[i].render(scale=200 / 72).to_pil() for i in range(len(doc))]
            finally:
                doc.close()
        ocr = "\n".join(_ocr(image) for image in images)
        return layer + "\n" + ocr
    if suffix in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"):
        from PIL import Image

        parts = []
        with Image.open(path) as image:
            for f in range(getattr(image, "n_frames", 1)):
                image.seek(f)
                parts.append(_ocr(image.copy()))
        return "\n".join(parts)
    if suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            return "\n".join(re.sub(r"<[^>]+>", "", z.read(n).decode("utf-8", "replace")) for n in z.namelist())
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def redacted(tmp_path_factory):
    out = tmp_path_factory.mktemp("redacted")
    files = [str(next(SAMPLE.glob(f"{p}-*"))) for p in CHOSEN]
    results = list(redact_many(files, out, applicant=APPLICANT, settings=RedactSettings(workers=2)))
    return out, files, results


def test_every_copy_written_and_checked(redacted):
    out, files, results = redacted
    assert [r.status for r in results] == ["ok"] * len(files), [(r.error, [f.public() for f in r.flags]) for r in results]
    assert all(r.output and Path(r.output).parent == out for r in results)
    assert {r.format for r in results} == {"pdf", "image", "docx", "text"}
    assert any(r.ocr_pages for r in results if r.format == "pdf")  # the scanned PDF went through Tesseract
    assert all(r.redactions > 0 for r in results)
    # nothing else in the folder: no page renders, no working files (hidden or not)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([Path(r.output).name for r in results] + [REVIEW_FILE])


def test_no_identifier_can_be_extracted_from_any_copy(redacted):
    """Text layer, OCR of every page and image, every XML part: no identifier the manifest lists."""
    out, files, results = redacted
    manifest = _manifest()
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:  # Tesseract runs as a subprocess: two at once on two cores
        texts = list(pool.map(lambda r: extract_everything(Path(r.output)), results))
    for result, src, text in zip(results, files, texts):
        squashed = _squash(text)
        for ident in manifest[Path(src).stem]:
            token = _squash(ident["text"])
            if len(token) < 4:
                continue
            assert token not in squashed, f"{Path(result.output).name}: a {ident['type']} is still readable"
        assert "Okafor" in text  # the applicant's name stays, in every copy (the photo's OCR reads it too)


def test_pdf_text_layer_is_the_anonymised_text(redacted):
    import pdfplumber

    out, files, results = redacted
    pdf = next(Path(r.output) for r in results if r.output.endswith("01-clinic-letter-airway.pdf"))
    with pdfplumber.open(str(pdf)) as doc:
        assert len(doc.pages) == 2
        text = "\n".join(p.extract_text() for p in doc.pages)
        assert all(len(p.images) == 1 for p in doc.pages)  # each page is one image and invisible text
    assert "DOB 02/08/1971" in text and "[PATIENT-1]" in text
    assert "[NHS-NUMBER]" in text and "Dr Amara Okafor" in text and "levetiracetam" in text


def test_word_copy_carries_no_metadata_links_or_authors(redacted):
    import docx

    out, files, results = redacted
    word = next(Path(r.output) for r in results if r.format == "docx")
    props = docx.Document(str(word)).core_properties
    assert not props.author and not props.last_modified_by and not props.title
    with zipfile.ZipFile(word) as z:
        rels = "\n".join(z.read(n).decode() for n in z.namelist() if n.endswith(".rels"))
    assert "http://" not in re.sub(r'Type="[^"]+"|xmlns[^ ]+', "", rels).replace("schemas.openxmlformats.org", "")


def test_a_file_named_after_its_patient_and_a_plain_description(tmp_path):
    src = tmp_path / "Gareth Holloway letter.txt"
    src.write_text("Re: Mr Gareth Holloway, DOB 02/08/1971\nSeen in clinic.\n", encoding="utf-8")
    result, _ = redact_file(src, tmp_path / "out", applicant=APPLICANT)
    assert result.status == "ok" and "Holloway" not in result.display_name and "Gareth" not in result.display_name
    plain = tmp_path / "07-letter-end-of-life-care.txt"
    plain.write_text("Re: Mr Gareth Holloway, DOB 02/08/1971\nEnd of life care discussed.\n", encoding="utf-8")
    result, _ = redact_file(plain, tmp_path / "out", applicant=APPLICANT)
    assert result.display_name == "07-letter-end-of-life-care.txt"


def test_review_list_is_private_and_complete(redacted):
    out, files, results = redacted
    review = out / REVIEW_FILE
    assert stat.S_IMODE(review.stat().st_mode) == 0o600
    data = json.loads(review.read_text(encoding="utf-8"))
    doc = data["documents"][results[0].sha256]
    assert doc["output"] == Path(results[0].output).name
    assert any(item["type"] == "NHS_NUMBER" for item in doc["redactions"])


def test_decisions_are_kept_and_reapplied(tmp_path):
    src = tmp_path / "note.txt"
    src.write_text("Reviewed with Dr Hugo Bartholomew. The patient's friend Jonty drove her home.\n", encoding="utf-8")
    out = tmp_path / "out"
    first = list(redact_many([str(src)], out, applicant=APPLICANT, settings=RedactSettings(workers=1)))[0]
    assert "Bartholomew" not in Path(first.output).read_text(encoding="utf-8")

    # the reviewer undoes one detection and adds a missed phrase; both are stored by the file's sha256
    second = list(redact_many([str(src)], out, applicant=APPLICANT, add=[("drove her home", "ADDRESS")],
                              undo=["Hugo Bartholomew"], settings=RedactSettings(workers=1)))[0]
    text = Path(second.output).read_text(encoding="utf-8")
    assert "Hugo Bartholomew" in text and "drove her home" not in text
    decisions = ReviewStore(out / REVIEW_FILE).decisions(second.sha256)
    assert decisions.redact == (("drove her home", "ADDRESS"),) and decisions.keep == ("Hugo Bartholomew",)

    # a later run without options reapplies them; --forget drops one
    third = list(redact_many([str(src)], out, applicant=APPLICANT, settings=RedactSettings(workers=1)))[0]
    assert Path(third.output).read_text(encoding="utf-8") == text
    fourth = list(redact_many([str(src)], out, applicant=APPLICANT, forget=["Hugo Bartholomew"],
                              settings=RedactSettings(workers=1)))[0]
    assert "Bartholomew" not in Path(fourth.output).read_text(encoding="utf-8")


def test_cli_redact_with_decisions(tmp_path, capsys):
    from pipeline.cli import main

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(SAMPLE.glob("11-*")), src)
    out = tmp_path / "out"
    assert main(["redact", str(src), "--out", str(out), "--applicant", APPLICANT, "--add", "night shift:PERSON",
                 "--undo", "Mercy", "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "1 ready, 0 flagged, 0 failed" in err and "private" in err
    copy = next(out.glob("11-*.txt")).read_text(encoding="utf-8")
    assert "night shift" not in copy
    report = json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))
    assert report[0]["status"] == "ok" and report[0]["flags"] == []
    assert main(["redact", str(src), "--out", str(out), "--add", "no type given"]) == 2


def test_a_copy_that_still_shows_identifiers_is_flagged(tmp_path, monkeypatch):
    """If the painting went wrong, the leak check's OCR of the copy finds the names: the copy is not ready."""
    from pipeline.anonymise import redacted as redacted_module

    monkeypatch.setattr(redacted_module, "paint_boxes", lambda image, boxes, pad: image)
    src = next(SAMPLE.glob("04-*"))  # a scanned PDF: OCR'd once to redact, OCR'd again by the check
    result, _ = redact_file(src, tmp_path / "out", applicant=APPLICANT, settings=RedactSettings(dpi=150))
    assert result.status == "flagged" and not result.ready
    assert any(f.kind == "name" for f in result.flags) and any(f.kind == "identifier" for f in result.flags)
    assert all("text" not in f.public() for f in result.flags)


def test_unreadable_input_fails_without_text(tmp_path, corrupt_pdf):
    result, spans = redact_file(corrupt_pdf, tmp_path / "out", applicant=APPLICANT)
    assert result.status == "failed" and result.output is None and spans == []
    junk = tmp_path / "x.bin"
    junk.write_bytes(b"\x00\x01\x02\x03" * 100)
    result, _ = redact_file(junk, tmp_path / "out")
    assert result.status == "failed" and result.output is None


def test_check_without_ocr_is_faster_but_still_extracts(tmp_path):
    src = next(SAMPLE.glob("12-*"))
    result, _ = redact_file(src, tmp_path, applicant=APPLICANT, settings=RedactSettings(verify_ocr=False, dpi=100))
    assert result.status == "ok" and result.pages == 2


def test_pdf_page_with_a_picture_is_redacted_from_what_is_drawn(tmp_path):
    """A photographed form pasted into a PDF that also has a line of real text: Tesseract reads the picture."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "letter-with-scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 810, "Attached: the CDU discharge summary as photographed on the ward, for my portfolio.")
    c.drawImage(ImageReader(Image.open(next(SAMPLE.glob("08-*")))), 0, 0, width=A4[0], height=A4[1] - 40)
    c.showPage()
    c.save()
    result, _ = redact_file(path, tmp_path / "out", applicant=APPLICANT, settings=RedactSettings(verify_ocr=False))
    assert result.output and result.ocr_pages == 1 and result.boxes > 5
    squashed = _squash(extract_everything(Path(result.output)))
    for ident in _manifest()["08-cdu-discharge-summary-overdose"]:
        if len(_squash(ident["text"])) >= 4:
            assert _squash(ident["text"]) not in squashed, ident["type"]


def test_reference_numbers_and_table_numbers_leave_word_copies(tmp_path):
    """A Word table with a column of patient reference numbers and one of ambulance CAD numbers, and an
    'Our ref' line in the header: all gone from the copy, the clinical numbers stay."""
    import docx

    path = tmp_path / "ambulance-handover-log.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Our ref: COMP/23/0871"
    d.add_paragraph("Handover log, ambulance arrivals, night of 03/02/2024")
    table = d.add_table(rows=1, cols=5)
    for cell, head in zip(table.rows[0].cells, ("Pt ref", "CAD", "Age", "Sex", "NEWS2")):
        cell.text = head
    for row in (("2210457", "CAD 4417-0203", "61", "M", "7"), ("3310458", "YAS-230203-0117", "74", "F", "3")):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    d.save(str(path))
    result, _ = redact_file(path, tmp_path / "out", applicant=APPLICANT, settings=RedactSettings(verify_ocr=False))
    assert result.status == "ok", [f.public() for f in result.flags]
    text = extract_everything(Path(result.output))
    for gone in ("COMP/23/0871", "2210457", "3310458", "4417-0203", "YAS-230203-0117"):
        assert gone not in text, gone
    assert "03/02/2024" in text and "NEWS2" in text


def test_barcodes_and_qr_codes_are_painted_over(tmp_path):
    """A page image with a Code 128 of a hospital number and a QR code of an NHS number: after redaction,
    neither decodes any more, and the printed numbers are gone too."""
    import numpy as np
    import zxingcpp
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (1654, 1169), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36)
    draw.text((80, 60), "NORTHGATE GENERAL HOSPITAL - PATIENT LABEL", font=font, fill=0)
    draw.text((80, 140), "Name: KHAN, Aisha    DOB 17/02/1961    F", font=font, fill=0)
    draw.text((80, 200), "Hosp No: RX1234567    NHS: 943 476 5919", font=font, fill=0)
    bar = np.asarray(zxingcpp.create_barcode("RX1234567", zxingcpp.BarcodeFormat.Code128).to_image(scale=4))
    qr = np.asarray(zxingcpp.create_barcode("9434765919", zxingcpp.BarcodeFormat.QRCode).to_image(scale=8))
    page.paste(Image.fromarray(bar), (80, 300))
    page.paste(Image.fromarray(qr), (1100, 300))
    src = tmp_path / "wristband.png"
    page.save(src)
    assert {c.text for c in zxingcpp.read_barcodes(Image.open(src))} == {"RX1234567", "9434765919"}

    result, _ = redact_file(src, tmp_path / "out", applicant=APPLICANT)
    assert result.status == "ok", [f.public() for f in result.flags]
    assert result.by_type.get("BARCODE") == 1 and result.by_type.get("QRCODE") == 1
    with Image.open(result.output) as copy:
        assert zxingcpp.read_barcodes(copy) == []
        assert zxingcpp.read_barcodes(copy.convert("L"), try_rotate=True, try_downscale=True, try_invert=True) == []
    text = _squash(extract_everything(Path(result.output)))
    assert "RX1234567" not in text and "9434765919" not in text and "KHAN" not in text
    assert "17021961" in text  # the date of birth stays


def test_a_barcode_drawn_as_vector_bars_in_a_digital_letter_is_found(tmp_path):
    """A digital discharge summary whose header carries a Code 128 drawn as a few dozen thin rectangles (not a
    picture, too few paths to look like a drawing): the code is found, painted, and no longer decodes."""
    import pypdfium2 as pdfium
    import zxingcpp
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    src = tmp_path / "discharge.pdf"
    c = canvas.Canvas(str(src), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(40, 800, "DISCHARGE SUMMARY - Northgate General Hospital")
    c.drawString(40, 780, "Patient: MOHAMMED, Aaliyah    Hosp No: B2047781    DOB 03/05/1988")
    Code128("B2047781", barHeight=26, barWidth=0.9).drawOn(c, 420, 740)
    c.drawString(40, 700, "Diagnosis: community-acquired pneumonia, treated with amoxicillin 500 mg tds.")
    c.drawString(40, 680, "Dr Amara Okafor")
    c.save()
    page = pdfium.PdfDocument(str(src))[0]
    assert [r.text for r in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())] == ["B2047781"]

    result, _ = redact_file(src, tmp_path / "out", applicant=APPLICANT)
    assert result.by_type.get("BARCODE") == 1, result.by_type
    assert result.status == "ok", [f.public() for f in result.flags]
    copy = pdfium.PdfDocument(str(result.output))[0]
    assert zxingcpp.read_barcodes(copy.render(scale=300 / 72).to_pil(), try_rotate=True, try_invert=True) == []


def test_a_planted_identifier_the_rules_miss_is_flagged(tmp_path, capsys):
    """Five digits with no label are not removed by the rules; the leak check flags them and cesr redact exits 1,
    until the doctor decides (here with --add, the same decision the review app records)."""
    from pipeline.cli import main

    src = tmp_path / "in" / "teaching-feedback.txt"
    src.parent.mkdir()
    src.write_text("Teaching session on sepsis recognition, 14/03/2024. Case discussed: she was on the ward list "
                   "as 48213 that night.\nFeedback: 4.6/5 from 18 attendees.\nDr Amara Okafor\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["redact", str(src.parent), "--out", str(out), "--applicant", APPLICANT, "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "1 flagged" in err and "48213" not in err
    review = json.loads((out / REVIEW_FILE).read_text(encoding="utf-8"))
    flags = next(iter(review["documents"].values()))["flags"]
    assert [f["text"] for f in flags] == ["48213"]
    assert main(["redact", str(src.parent), "--out", str(out), "--applicant", APPLICANT, "--allow-flags",
                 "--no-progress"]) == 0
    assert main(["redact", str(src.parent), "--out", str(out), "--add", "48213:HOSPITAL_NUMBER", "--no-progress"]) == 0
    assert "48213" not in next(out.glob("*.txt")).read_text(encoding="utf-8")


def test_allow_list_is_data_and_extendable(tmp_path):
    from pipeline.anonymise import Anonymiser
    from pipeline.anonymise.shapes import ALLOWLIST_FILE, AllowList

    text = "Trial registration ISRCTN12345678. Device lot LOT-2024-55871. Ref: COMP/23/0871"
    out = Anonymiser().anonymise(text)[0]
    assert "ISRCTN12345678" in out and "LOT-2024-55871" not in out and "COMP/23/0871" not in out
    mine = tmp_path / "allowlist.txt"
    mine.write_text("# device lot numbers are not people\ntoken   LOT-\\d{4}-\\d{5}\n", encoding="utf-8")
    allow = AllowList.from_files(ALLOWLIST_FILE, mine)
    out = Anonymiser(allow=allow).anonymise(text)[0]
    assert "LOT-2024-55871" in out and "COMP/23/0871" not in out
    bad = tmp_path / "bad.txt"
    bad.write_text("token [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        AllowList.from_files(bad)


def test_plan_decisions_apply_to_text_and_copy_alike(tmp_path):
    from pipeline.anonymise.plan import plan_document
    from pipeline.ingest import ingest_file

    src = next(SAMPLE.glob("02-*"))
    doc = ingest_file(src, anonymise=False)
    decisions = Decisions(redact=(("Ambulance", "PERSON"),), keep=("Holloway",))
    plan = plan_document(doc.readings, APPLICANT, decisions)
    text = "\n\n".join(plan.texts)
    assert "Ambulance" not in text
    from pipeline.redact import redact_document

    result, _ = redact_document(doc, APPLICANT, decisions, tmp_path, RedactSettings(workers=1), plan=plan)
    assert Path(result.output).read_text(encoding="utf-8") == text


def test_a_photographed_labels_narrow_turned_barcode_is_found_and_only_its_bars_painted(tmp_path):
    """A specimen label photographed small and a little turned: its Code 128 (bars two or three pixels wide) decodes
    only when the image is enlarged. It is found, painted from the top of its bars to the bottom, and the lines of
    text above and below it are left alone."""
    import numpy as np
    import zxingcpp
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.ingest.codes import find_codes

    label = Image.new("L", (900, 420), 255)
    draw = ImageDraw.Draw(label)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 22)
    draw.text((30, 120), "Lab no 23.0419.H08812   Coll 19/04/2023 08:40", font=font, fill=0)
    bar = Image.fromarray(np.asarray(zxingcpp.create_barcode("23.0419.H08812", zxingcpp.BarcodeFormat.Code128)
                                     .to_image(scale=1)))
    bar = bar.resize((bar.width * 8 // 5, 90), Image.BILINEAR)  # 1.6 pixels a module: unreadable at this size
    label.paste(bar, (40, 180))
    draw.text((30, 330), "Req: Dr Kofi Boateng / Ward 27", font=font, fill=0)
    label = label.rotate(-1.5, resample=Image.BICUBIC, expand=True, fillcolor=255)
    path = tmp_path / "label.png"
    label.save(path)
    assert not zxingcpp.read_barcodes(label)  # as photographed, zxing alone does not find it

    regions = [r for r in find_codes(path) if r.kind == "barcode"]
    assert len(regions) == 1
    x0, y0, x1, y1 = regions[0].box
    height = label.height
    assert y0 * height > 140 and y1 * height < 330  # not the text lines above and below
    painted = label.copy()
    ImageDraw.Draw(painted).rectangle((x0 * label.width, y0 * height, x1 * label.width, y1 * height), fill=0)
    big = painted.resize((painted.width * 2, painted.height * 2), Image.LANCZOS)
    assert not [c for c in zxingcpp.read_barcodes(big) if "Code128" in str(c.format).replace(" ", "")]


def _wristband_photo(value: str):
    """A wristband photographed small: a Code 128 printed at about one pixel a module, enlarged a tenth by the
    printer driver (some bars run together), turned three degrees, blurred and saved as a JPEG; the patient's
    name and numbers printed beside it. Returns the photo and the bars' box before turning (pixels)."""
    import io

    import numpy as np
    import zxingcpp
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    photo = Image.new("L", (1400, 700), 110)
    draw = ImageDraw.Draw(photo)
    draw.rounded_rectangle([60, 250, 1340, 500], radius=30, fill=248)
    bar = Image.fromarray(np.asarray(zxingcpp.create_barcode(value, zxingcpp.BarcodeFormat.Code128)
                                     .to_image(scale=1)))
    bar = bar.resize((int(bar.width * 1.1), 120), Image.BICUBIC)
    photo.paste(bar, (90, 290))
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 27)
    left = 120 + bar.width
    draw.text((left, 280), "NWACHUKWU, Adaeze", font=font, fill=0)
    draw.text((left, 330), f"DOB 02/09/1992   F   MRN {value}", font=font, fill=0)
    draw.text((left, 380), "Labour Ward | Bed 4 | Ward 27", font=font, fill=0)
    photo = photo.rotate(-3, resample=Image.BICUBIC, fillcolor=110).filter(ImageFilter.GaussianBlur(0.8))
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=88)
    return Image.open(io.BytesIO(buffer.getvalue())), (90, 290, 90 + bar.width, 410), left


def test_a_barcode_too_fine_to_decode_is_still_found_by_its_bars():
    """A wristband's Code 128 photographed so small that its bars run together: zxing does not decode it even
    enlarged, yet it still carries the hospital number to anyone with a better photo. It is found by its shape
    (many tall parallel bars lined up at every height) and painted; the printed name beside it is not."""
    import zxingcpp
    from PIL import Image

    from pipeline.ingest.codes import find_codes

    photo, (bx0, by0, bx1, by1), text_left = _wristband_photo("TUH7713045")
    width, height = photo.size
    assert not zxingcpp.read_barcodes(photo)
    assert not zxingcpp.read_barcodes(photo.resize((width * 2, height * 2), Image.LANCZOS))

    bars = [r for r in find_codes(photo) if r.kind == "barcode"]
    assert len(bars) == 1, bars
    x0, y0, x1, y1 = bars[0].box
    # the bars (turned three degrees about the photo's centre, so the box drifts a few pixels) are inside the box
    assert x0 * width <= bx0 + 6 and x1 * width >= bx1 - 6
    assert y0 * height <= by0 + 12 and y1 * height >= by1 - 12
    assert x1 * width < text_left  # the name and numbers printed beside it are left to the text redaction


def test_a_barcode_on_its_side_is_read_and_boxed_along_its_bars():
    """A specimen label stuck on sideways: its Code 128 runs up the page. It is read (on the page turned a
    quarter, by the 1D readers), and its box covers the bars from end to end and from side to side, not a strip
    around zxing's scan line; the line of text beside it is not in the box."""
    import numpy as np
    import zxingcpp
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.ingest.codes import find_codes

    page = Image.new("L", (1654, 2338), 255)
    bar = Image.fromarray(np.asarray(zxingcpp.create_barcode("RX7734521", zxingcpp.BarcodeFormat.Code128)
                                     .to_image(scale=3))).resize((420, 110))
    turned = bar.transpose(Image.Transpose.ROTATE_90)  # bars now run across the page, the code up it
    page.paste(turned, (300, 900))
    draw = ImageDraw.Draw(page)
    draw.text((500, 1000), "Histology request", font=ImageFont.truetype(
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 32), fill=0)
    assert {c.text for c in zxingcpp.read_barcodes(page, try_rotate=False)} == set()  # upright readers miss it

    regions = find_codes(page)
    assert [r.label for r in regions] == ["Code 128"], regions
    x0, y0, x1, y1 = regions[0].box
    width, height = page.size
    ink = np.argwhere(np.asarray(turned) < 128)  # the bars themselves (the image has quiet zones around them)
    (top, left), (bottom, right) = ink.min(axis=0) + (900, 300), ink.max(axis=0) + (900, 300)
    assert x0 * width <= left and x1 * width >= right + 1  # side to side
    assert y0 * height <= top and y1 * height >= bottom + 1  # end to end
    assert x1 * width < 500  # the words beside it are left to the text redaction


def test_text_and_ruled_tables_are_not_taken_for_barcodes():
    """A scanned form full of text, a ruled table with many narrow columns and a row of tick boxes holds no
    barcode: the shape search finds none (it must not paint away what the document keeps)."""
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.ingest.codes import find_codes

    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 24)
    for i in range(18):
        draw.text((80, 80 + 40 * i), "IIII llll |||| 1111 Ill1 lIl1 illi Hill Mill 11/11/1911 |l|l|l|l|", font=font,
                  fill=0)
    for c in range(30):  # a table of thin columns: rules every 35 pixels
        draw.line([(80 + 35 * c, 900), (80 + 35 * c, 1300)], fill=0, width=2)
    for r in range(9):
        draw.line([(80, 900 + 50 * r), (1095, 900 + 50 * r)], fill=0, width=2)
    for c in range(40):  # tick boxes side by side
        draw.rectangle([80 + 26 * c, 1400, 98 + 26 * c, 1418], outline=0, width=2)
    assert [r for r in find_codes(page) if r.kind == "barcode"] == []
