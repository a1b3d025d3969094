"""How a pack's pages are stored: a text-layer page stays vector text with its identifiers gone for good, a scanned
page is stored bilevel and small and still reads, pictures by what they hold, bundles drawn in parts on a pool read
the same (issue 14, item 6). On the reviewed workspace and pack of tests/pack_support.py, read back with PDFium,
poppler, pikepdf and Tesseract."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pipeline.workspace import Workspace

from pack_support import APPLICANT, SAMPLE, by_sha, pdfinfo_pages, pdfium_pages, removed_strings, squash


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


def test_a_text_layer_page_stays_vector_text_with_its_identifiers_gone_for_good(pack_built):
    """The text-layer letter is set again as text: no picture, a few KB a page, its kept words copyable, every
    removed word a box carrying only its tag, and no removed string anywhere in the file's text."""
    out, shas = pack_built["out"], pack_built["shas"]
    letter = by_sha(pack_built)[shas["01"]]
    assert letter["source_format"] == "pdf" and letter["pages"] == 2
    removed, kept = removed_strings(pack_built["root"], [shas["01"]])
    assert len(removed) >= 5, "the clinic letter names a patient, a relative, numbers and an address"
    bundle = out / letter["bundle"]
    texts = [_page_text(bundle, n) for n in range(letter["first_page"], letter["last_page"] + 1)]
    squashed = squash(" ".join(texts))
    for phrase in ("Convulsive status epilepticus", "buccal midazolam 10 mg", "Videolaryngoscopy"):
        assert phrase.lower() in " ".join(" ".join(texts).split()).lower()
    assert "[PATIENT]" in texts[0] and "[ADDRESS]" in texts[0]
    leaked = [x for x in removed if squash(x) in squashed]
    assert not leaked, f"{len(leaked)} removed string(s) can still be copied from the page"
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(bundle))
    try:
        layer = " ".join(pdf[n - 1].get_textpage().get_text_range()
                         for n in range(letter["first_page"], letter["last_page"] + 1))
    finally:
        pdf.close()
    assert not [x for x in removed if squash(x) in squash(layer)]
    for n in range(letter["first_page"], letter["last_page"] + 1):
        own, pictures = _page_bytes(bundle, n)
        assert pictures == [] and own < 12_000, (n, own, pictures)  # a painted 150 dpi page was ~200 KB


def test_a_scanned_page_is_stored_bilevel_small_and_still_readable(pack_built):
    """The photographed discharge summary (black on white) is one CCITT G4 picture of well under 60 KB, and
    Tesseract still reads its kept text from the pack."""
    import pypdfium2 as pdfium
    import pytesseract

    out, shas = pack_built["out"], pack_built["shas"]
    photo = by_sha(pack_built)[shas["08"]]
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


def test_bundles_drawn_in_many_parts_on_a_pool_read_the_same(pack_built, tmp_path):
    """Parts of one page each, drawn on two processes and joined: the same pages, footers and bookmarks."""
    import pypdfium2 as pdfium

    from pipeline.pack import PackSettings, build_pack

    with Workspace.open(pack_built["root"]) as ws:
        parted = build_pack(ws, tmp_path / "parted", PackSettings(workers=2, part_pages=1, progress=False)).manifest
    single = pack_built["manifest"]
    assert [(b["file"], b["pages"]) for b in parted["bundles"]] == [(b["file"], b["pages"]) for b in single["bundles"]]
    for b in single["bundles"]:
        one, many = pack_built["out"] / b["file"], tmp_path / "parted" / b["file"]
        assert pdfium_pages(one) == pdfium_pages(many)
        assert pdfinfo_pages(many) == b["pages"]
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
