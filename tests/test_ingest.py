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
