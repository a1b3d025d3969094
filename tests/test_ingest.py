"""Ingestion of real files: text layers, real Tesseract on real scans, bad input."""

from __future__ import annotations

import os
import random
import shutil

import pytest

from pipeline.ingest import IngestSettings, discover, ingest_file, ingest_many
from pipeline.ingest.detect import sniff
from pipeline.ingest.readers import decode_text

SETTINGS = IngestSettings(workers=1)


def _sample(sample_dir, prefix):
    return next(sample_dir.glob(f"{prefix}-*"))


def test_text_layer_pdf(sample_dir):
    doc = ingest_file(_sample(sample_dir, "01"), SETTINGS, anonymise=False)
    assert doc.ok and doc.format == "pdf" and doc.pages == 2 and doc.ocr_pages == 0
    assert "Videolaryngoscopy" in doc.text and len(doc.sha256) == 64


def test_scanned_pdf_is_read_with_tesseract(sample_dir):
    doc = ingest_file(_sample(sample_dir, "09"), SETTINGS, anonymise=False)
    assert doc.ok and doc.ocr_pages == doc.pages == 1
    assert "chest drain" in doc.text.lower()
    assert doc.ocr_confidence and doc.ocr_confidence[0] > 80


@pytest.mark.parametrize("prefix", ["05", "08", "16"])  # tif, png, jpg
def test_images_are_ocrd(sample_dir, prefix):
    doc = ingest_file(_sample(sample_dir, prefix), SETTINGS, anonymise=False)
    assert doc.ok and doc.format == "image" and doc.ocr_pages == 1
    assert len(doc.text.split()) > 100


def test_docx(sample_dir):
    doc = ingest_file(_sample(sample_dir, "10"), SETTINGS, anonymise=False)
    assert doc.ok and doc.format == "docx" and "Mini-CEX" in doc.text


def test_mixed_pdf_pages_decided_one_by_one(tmp_path, sample_dir):
    """A text page followed by a scanned page: only the second is OCR'd."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    scan = Image.open(_sample(sample_dir, "08"))
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, "Page one has a real text layer describing a fascia iliaca block audit.")
    c.showPage()
    c.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    doc = ingest_file(path, SETTINGS, anonymise=False)
    assert doc.ok and doc.pages == 2 and doc.ocr_pages == 1
    assert "fascia iliaca" in doc.page_texts[0] and "paracetamol" in doc.page_texts[1].lower()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_encodings(tmp_path, encoding):
    text = "Café teaching session – feedback: “excellent”, 5/5 from 12 FY1s."
    path = tmp_path / f"note-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    doc = ingest_file(path, SETTINGS, anonymise=False)
    assert doc.ok and doc.text == text


def test_decode_latin1_fallback():
    assert decode_text("Zoë’s reflection".encode("cp1252")) == "Zoë’s reflection"


def test_corrupt_pdf_fails_with_reason(corrupt_pdf):
    doc = ingest_file(corrupt_pdf, SETTINGS)
    assert doc.status == "failed" and doc.error.startswith("corrupt PDF")
    assert "\n" not in doc.error and doc.sha256


def test_encrypted_pdf_fails_with_reason(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt="s3cret")
    c.drawString(72, 720, "Confidential appraisal summary")
    c.save()
    doc = ingest_file(path, SETTINGS)
    assert doc.status == "failed" and "encrypted" in doc.error


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    doc = ingest_file(path, SETTINGS)
    assert doc.status == "failed" and "empty" in doc.error


def test_binary_junk(tmp_path):
    path = tmp_path / "letter.pdf"
    rng = random.Random(1)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    doc = ingest_file(path, SETTINGS)
    assert doc.status == "failed" and "binary" in doc.error


def test_mislabelled_file_is_read_as_what_it_is(tmp_path, sample_dir):
    path = tmp_path / "actually-a-png.pdf"
    shutil.copy(_sample(sample_dir, "14"), path)
    doc = ingest_file(path, SETTINGS, anonymise=False)
    assert doc.ok and doc.format == "image" and "teaching" in doc.text.lower()


def test_missing_file():
    doc = ingest_file("/nonexistent/letter.pdf", SETTINGS)
    assert doc.status == "failed" and doc.error == "file not found"


def test_sniff():
    assert sniff(b"%PDF-1.7\n", ".txt") == "pdf"
    assert sniff(b"\x89PNG\r\n\x1a\n....", ".pdf") == "image"
    assert sniff(b"", ".txt") == "empty"
    assert sniff(b"Dear Dr Jones,\nThank you", ".pdf") == "text"
    assert sniff(b"From: a@b.nhs.uk\nTo: c@d\nSubject: x\nDate: y\n\nhi", ".txt") == "email"


def test_discover_recurses_skips_hidden_and_survives_symlink_loops(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "letter.txt").write_text("x")
    (tmp_path / "a" / ".hidden.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "obj.txt").write_text("x")
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "loop")
    files = discover([tmp_path])
    assert files == [str(tmp_path / "a" / "b" / "letter.txt")]


def test_ingest_many_keeps_order_and_continues_past_failures(mixed_folder):
    files = discover([mixed_folder])
    docs = list(ingest_many(files, IngestSettings(workers=2)))
    assert [d.path for d in docs] == files
    failed = [d for d in docs if not d.ok]
    assert [os.path.basename(d.path) for d in failed] == ["zz-truncated.pdf"]
    assert sum(d.ok for d in docs) == len(files) - 1


def test_settings_are_validated():
    with pytest.raises(ValueError):
        IngestSettings(dpi=10)
    with pytest.raises(ValueError):
        IngestSettings(workers=-1)


# ---------------------------------------------------------------- orientation, quality, formats


def _upside_down(sample_dir, prefix, path):
    from PIL import Image

    with Image.open(_sample(sample_dir, prefix)) as image:
        image.rotate(180).save(path, dpi=(200, 200))
    return path


def _osd_missing() -> bool:
    from pipeline.ingest.ocr import osd_available

    return not osd_available()


needs_osd = pytest.mark.skipif(_osd_missing(), reason="Tesseract's orientation data is missing: "
                                                      "apt-get install tesseract-ocr-osd (make system does)")


@needs_osd
def test_upside_down_photo_is_turned_upright(tmp_path, sample_dir):
    doc = ingest_file(_upside_down(sample_dir, "14", tmp_path / "upside-down.png"), SETTINGS, anonymise=False)
    assert doc.ok and "teaching" in doc.text.lower() and doc.page_confidence[0] > 80
    assert "turned upright: page 1 was upside down" in doc.flags


@needs_osd
def test_pdf_with_an_upside_down_scanned_page(tmp_path, sample_dir):
    """Text page, then a scan fed into the scanner the wrong way round: decided page by page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    scan = _upside_down(sample_dir, "08", tmp_path / "scan.png")
    path = tmp_path / "bundle.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, "Cover page: CDU discharge summary for the portfolio, with its scanned original.")
    c.showPage()
    c.drawImage(str(scan), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    doc = ingest_file(path, SETTINGS, anonymise=False)
    assert doc.ok and doc.pages == 2 and doc.ocr_pages == 1 and doc.page_confidence[0] is None
    assert "paracetamol" in doc.page_texts[1].lower() and doc.page_confidence[1] > 80
    assert doc.flags == ["turned upright: page 2 was upside down"]


def test_low_quality_ocr_pages_are_flagged(sample_dir):
    doc = ingest_file(_sample(sample_dir, "09"), IngestSettings(workers=1, low_confidence=99), anonymise=False)
    assert doc.ok and doc.low_quality_pages == [1]
    assert doc.flags and doc.flags[0].startswith("low OCR quality: page 1 (mean word confidence 9")


def test_multipage_tiff(tmp_path, sample_dir):
    from PIL import Image

    frames = [Image.open(_sample(sample_dir, p)).convert("L") for p in ("08", "14")]
    path = tmp_path / "two-pages.tiff"
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_deflate", dpi=(200, 200))
    doc = ingest_file(path, SETTINGS, anonymise=False)
    assert doc.ok and doc.pages == doc.ocr_pages == 2
    assert "paracetamol" in doc.page_texts[0].lower() and "teaching" in doc.page_texts[1].lower()


def test_pdfium_text_matches_pdfplumber(sample_dir):
    """The default text-layer reader (PDFium, ~25x faster) reads the same words as pdfplumber."""
    import difflib

    for path in sorted(sample_dir.glob("*.pdf")):
        fast = ingest_file(path, IngestSettings(workers=1, ocr=False), anonymise=False)
        slow = ingest_file(path, IngestSettings(workers=1, ocr=False, pdf_text="pdfplumber"), anonymise=False)
        if not fast.ok:  # scans: no text layer
            assert not slow.ok
            continue
        a, b = fast.text.split(), slow.text.split()
        assert difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() > 0.99, path.name


def test_email_body_and_attachments(tmp_path):
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@nhs.net", "b@nhs.net", "Teaching feedback"
    message["Date"] = "Wed, 11 Oct 2023 16:00:00 +0100"
    message.set_content("Thank you for the teaching session on paediatric sepsis.")
    message.add_attachment(b"Feedback: 14 forms returned, mean 4.8 of 5.\n", maintype="text", subtype="plain",
                           filename="feedback.txt")
    path = tmp_path / "thanks.eml"
    path.write_bytes(bytes(message))
    doc = ingest_file(path, SETTINGS, anonymise=False)
    assert doc.ok and doc.format == "email" and "paediatric sepsis" in doc.text and doc.date == "2023-10-11"
    (attachment,) = doc.attachments
    assert attachment.path == f"{path}#feedback.txt" and attachment.parent == doc.sha256 and attachment.ok
    assert "14 forms returned" in attachment.text
    assert "attachments" not in doc.to_json()


def test_document_json_keeps_its_keys(sample_dir):
    data = ingest_file(_sample(sample_dir, "02"), SETTINGS).to_json()
    assert set(data) >= {"path", "sha256", "status", "error", "pages", "ocr_pages", "text", "ocr_confidence",
                         "format", "redactions"}
    assert set(data) >= {"date", "evidence_type", "primary", "flags", "parent", "error_kind"}
    assert "page_texts" not in data


# ---------------------------------------------------------------- OCR: unread ink


def _page_with_lines(path, lines, noise=False):
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(7)
    image = Image.new("L", (1240, 1754), 245)
    if noise:  # a scan's grain: light speckle all over
        pixels = image.load()
        for _ in range(60000):
            pixels[rng.randrange(1240), rng.randrange(1754)] = rng.randrange(150, 235)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34)
    boxes = []
    for (x, y), text in lines:
        draw.text((x, y), text, fill=20, font=font)
        x0, y0, x1, y1 = draw.textbbox((x, y), text, font=font)
        boxes.append((0, len(text), x0 / 1240, y0 / 1754, x1 / 1240, y1 / 1754))
    draw.line((60, 1500, 1180, 1500), fill=0, width=3)  # a ruled line is not unread text
    image.save(path)
    return boxes


def test_unread_ink_finds_only_text_no_word_box_covers(tmp_path):
    from pipeline.ingest.ocr import unread_ink

    path = str(tmp_path / "page.png")
    boxes = _page_with_lines(path, [((100, 100), "Portfolio reference: CESR-000045"),
                                    ((300, 900), "Hosp no RX5521907 label")], noise=True)
    assert unread_ink(path, boxes) is None  # everything read: grain, blank paper and the rule do not count
    region = unread_ink(path, boxes[:1])  # the label was not read
    assert region is not None
    x0, y0, x1, y1 = region
    lx0, ly0, lx1, ly1 = boxes[1][2:]
    assert x0 <= lx0 + 0.01 and y0 <= ly0 + 0.01 and x1 >= lx1 - 0.01 and y1 >= ly1 - 0.01
    assert y0 > 0.4  # and nothing around the line that was read


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_short_page_read_whole_is_not_read_again(tmp_path, monkeypatch):
    from pipeline.ingest import ocr

    path = str(tmp_path / "short.png")
    _page_with_lines(path, [((100, 100), "Portfolio reference: CESR-000045")], noise=True)
    calls = []
    real = ocr.ocr_image
    monkeypatch.setattr(ocr, "ocr_image", lambda *a, **k: calls.append(a) or real(*a, **k))
    got = ocr.ocr_page(path, orientation=False)
    assert "CESR-000045" in got.text
    assert len(calls) <= 3  # the first reading, and at most a straightened and a contrasted one: no slants


def test_an_email_keeps_who_wrote_to_whom_and_the_anonymiser_removes_their_addresses(tmp_path):
    from email.message import EmailMessage

    from pipeline.anonymise import Anonymiser
    message = EmailMessage()
    message["From"] = "Murdo Cattanach <murdo.cattanach@nhs.scot>"
    message["To"] = "Hannah Lindqvist <hannah.lindqvist@nhs.scot>"
    message["Subject"] = "Logbook sign-off"
    message.set_content("Hannah,\n\nI've signed off your logbook summary.\n")
    path = tmp_path / "signoff.eml"
    path.write_bytes(bytes(message))
    doc = ingest_file(path, SETTINGS, anonymise=False)
    assert doc.text.startswith("From: Murdo Cattanach <murdo.cattanach@nhs.scot>\nTo: Hannah Lindqvist")
    out, _ = Anonymiser(applicant="Dr Hannah Lindqvist").anonymise(doc.text)
    assert "Hannah Lindqvist" in out and "@" not in out and "Subject: Logbook sign-off" in out
