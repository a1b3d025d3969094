"""Redacted copies for upload: real PDFs, scans and images, real Tesseract, checked by re-extraction."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import threading
import zipfile
from pathlib import Path

import pytest

from pipeline.redact import REVIEW_FILE, RedactSettings, ReviewStore, redact_file, redact_many

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

    os.environ["OMP_THREAD_LIMIT"] = "1"
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
    # The tool's own OCR check is exercised in test_a_copy_that_still_shows_identifiers_is_refused; here the
    # test does the checking itself, independently, on every copy.
    results = list(redact_many(files, out, applicant=APPLICANT, settings=RedactSettings(verify_ocr=False, ocr_dpi=200)))
    return out, files, results


def test_every_copy_written_and_checked(redacted):
    out, files, results = redacted
    assert [r.status for r in results] == ["ok"] * len(files), [r.error for r in results]
    assert all(r.verified and r.output and Path(r.output).parent == out for r in results)
    kinds = {r.format for r in results}
    assert kinds == {"pdf", "image", "docx", "text"}
    assert any(r.ocr_pages for r in results if r.format == "pdf")  # the scanned PDF went through Tesseract
    assert all(r.redactions > 0 and r.boxes >= 0 for r in results)


def test_no_identifier_can_be_extracted_from_any_copy(redacted):
    """Text layer, OCR of every page and image, every XML part: no identifier the manifest lists."""
    out, files, results = redacted
    manifest = _manifest()
    written = sorted(p for p in out.iterdir() if p.is_file() and p.name not in (REVIEW_FILE,))
    assert len(written) == len(files)
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
        # the content that must stay is still there
        assert "Okafor" in text or result.format == "image"


def test_pdf_text_layer_is_the_anonymised_text(redacted):
    import pdfplumber

    out, files, results = redacted
    pdf = next(Path(r.output) for r in results if r.output.endswith("01-clinic-letter-airway.pdf"))
    with pdfplumber.open(str(pdf)) as doc:
        assert len(doc.pages) == 2
        text = "\n".join(p.extract_text() for p in doc.pages)
        # nothing of the original file survives: each page is one image and invisible text
        assert all(len(p.images) == 1 for p in doc.pages)
    assert "Re: Mr [PATIENT-1] DOB 02/08/1971" in text
    assert "NHS No: [NHS-NUMBER]" in text and "Dr Amara Okafor" in text and "levetiracetam" in text


def test_metadata_and_names_of_files_carry_nothing(redacted, tmp_path):
    import docx

    out, files, results = redacted
    word = next(Path(r.output) for r in results if r.format == "docx")
    props = docx.Document(str(word)).core_properties
    assert not props.author and not props.last_modified_by and not props.title
    # a file named after its patient gets a copy named without them
    src = tmp_path / "Gareth Holloway letter.txt"
    src.write_text("Re: Mr Gareth Holloway, DOB 02/08/1971\nSeen in clinic.\n", encoding="utf-8")
    result, spans = redact_file(src, tmp_path / "out", applicant=APPLICANT)
    assert result.status == "ok" and "Holloway" not in Path(result.output).name
    assert "Gareth" not in Path(result.output).name and "Holloway" not in result.output


def test_review_list_is_private_and_complete(redacted):
    out, files, results = redacted
    review = out / REVIEW_FILE
    assert stat.S_IMODE(review.stat().st_mode) == 0o600
    data = json.loads(review.read_text(encoding="utf-8"))
    doc = data["documents"][results[0].sha256]
    assert doc["output"] == Path(results[0].output).name
    assert any(item["type"] == "NHS_NUMBER" and item["decision"] == "redact" for item in doc["redactions"])


def test_decisions_are_kept_and_reapplied(tmp_path):
    src = tmp_path / "note.txt"
    src.write_text("Reviewed with Dr Hugo Bartholomew. The patient's friend Jonty drove her home.\n", encoding="utf-8")
    out = tmp_path / "out"
    first = list(redact_many([str(src)], out, applicant=APPLICANT))[0]
    text = Path(first.output).read_text(encoding="utf-8")
    assert "Bartholomew" not in text

    # the reviewer undoes one detection and adds a missed word; both are stored by the file's sha256
    second = list(redact_many([str(src)], out, applicant=APPLICANT, add=[("drove her home", "ADDRESS")],
                              undo=["Hugo Bartholomew"]))[0]
    text = Path(second.output).read_text(encoding="utf-8")
    assert "Hugo Bartholomew" in text and "drove her home" not in text
    added, undone = ReviewStore(out / REVIEW_FILE).decisions(second.sha256)
    assert added == [("drove her home", "ADDRESS")] and undone == ["Hugo Bartholomew"]

    # a later run without options reapplies them; --forget drops one
    third = list(redact_many([str(src)], out, applicant=APPLICANT))[0]
    assert Path(third.output).read_text(encoding="utf-8") == text
    fourth = list(redact_many([str(src)], out, applicant=APPLICANT, forget=["Hugo Bartholomew"]))[0]
    assert "Bartholomew" not in Path(fourth.output).read_text(encoding="utf-8")


def test_cli_redact_with_decisions(tmp_path, capsys):
    from pipeline.cli import main

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(SAMPLE.glob("11-*")), src)
    out = tmp_path / "out"
    assert main(["redact", str(src), "--out", str(out), "--applicant", APPLICANT, "--add", "night shift:PERSON",
                 "--undo", "Mercy"]) == 0
    err = capsys.readouterr().err
    assert "1 file(s)" in err and "review list" in err
    copy = next(out.glob("11-*.txt")).read_text(encoding="utf-8")
    assert "night shift" not in copy
    report = json.loads((out / "redaction-report.json").read_text(encoding="utf-8"))
    assert report[0]["status"] == "ok" and report[0]["verified"]
    assert main(["redact", str(src), "--out", str(out), "--add", "no type given"]) == 2


def test_a_copy_that_still_shows_identifiers_is_refused(tmp_path, monkeypatch):
    """If the painting went wrong, the OCR check finds the names and no copy is written."""
    import pipeline.redact as redact

    monkeypatch.setattr(redact, "_paint", lambda image, boxes, pad: image)
    src = next(SAMPLE.glob("09-*"))  # a scanned PDF: OCR'd to redact, OCR'd again to check
    result, _ = redact_file(src, tmp_path / "out", applicant=APPLICANT, settings=RedactSettings(ocr_dpi=200, dpi=150))
    assert result.status == "failed" and result.output is None
    assert "still readable" in result.error and ("PATIENT" in result.error or "PERSON" in result.error)
    assert not [p for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")]


def test_unreadable_input_fails_without_text(tmp_path, corrupt_pdf):
    result, spans = redact_file(corrupt_pdf, tmp_path / "out", applicant=APPLICANT)
    assert result.status == "failed" and result.output is None and spans == []
    empty = tmp_path / "x.bin"
    empty.write_bytes(b"\x00\x01\x02\x03" * 100)
    result, _ = redact_file(empty, tmp_path / "out")
    assert result.status == "failed" and "cannot redact" in result.error


def test_settings_without_ocr_check_are_faster_but_still_extract(tmp_path):
    src = next(SAMPLE.glob("12-*"))
    result, _ = redact_file(src, tmp_path, applicant=APPLICANT, settings=RedactSettings(verify_ocr=False, dpi=100))
    assert result.status == "ok" and result.verified and result.pages == 2


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
    assert result.status == "ok" and result.ocr_pages == 1 and result.boxes > 5
    text = extract_everything(Path(result.output))
    squashed = _squash(text)
    for ident in _manifest()["08-cdu-discharge-summary-overdose"]:
        if len(_squash(ident["text"])) >= 4:
            assert _squash(ident["text"]) not in squashed, ident["type"]
