"""Redacted copies of evidence files for upload, with the identifiers really gone.

A black box drawn over a PDF leaves the text underneath; the GMC returns such
evidence.  Here nothing of the original file is copied:

* **PDF pages with a text layer**: the words and their boxes come from
  pdfplumber; the page is rasterised (pypdfium2), the boxes of identifier
  words are painted black, and a new PDF is built from the page images plus
  an invisible text layer holding only the *anonymised* text (tags such as
  ``[PATIENT-1]`` where identifiers were), so the copy stays searchable.
* **Scanned PDF pages and images** (PNG, JPEG, TIFF, BMP): Tesseract's word
  boxes (``image_to_data`` on a file path, one thread) are painted black; OCR
  words one letter away from a removed name are painted too.  Images are
  written back in their format from pixels only (no metadata).
* **Word documents**: the text of every paragraph, table cell, header and
  footer is rewritten run by run, and the author and other document
  properties are cleared.
* **Text and e-mail**: the anonymised text.

Every output is then **checked**: its text is extracted again (the text layer
of the new PDF, every XML part of a DOCX) and images and PDF pages are OCR'd
again; an identifier still readable fails the document and its output is
deleted.  Messages name identifier *types* and counts, never identifiers.

The reviewer's decisions (identifiers to add, detections to undo) are kept in
``DIR/redactions.json`` keyed by each source file's SHA-256 and reapplied on
every run (see :class:`ReviewStore`).  That file lists the identifiers found:
it is the doctor's private review list, never for upload.
"""

from __future__ import annotations

import ctypes
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .anonymise import Anonymiser, Span
from .anonymise.core import _WORD, replace_spans
from .anonymise.lexicon import clinical_terms, fold, hard_stops
from .ingest.detect import sniff
from .ingest.readers import ReadError, decode_text, read_docx, read_email

__all__ = ["RedactSettings", "RedactionResult", "ReviewStore", "redact_file", "redact_many", "REVIEW_FILE"]

REVIEW_FILE = "redactions.json"
_NAME_TYPES = ("PATIENT", "RELATIVE", "PERSON", "ADDRESS")


@dataclass(frozen=True)
class RedactSettings:
    """How copies are made.

    Attributes:
        dpi: Resolution of the page images of text-layer PDFs.
        ocr_dpi: Resolution scanned PDF pages are rendered at for OCR.
        verify_ocr: OCR every output page and image again to check it.
        text_layer: Give output PDFs an invisible layer of the anonymised text.
        lang: Tesseract language.
        ocr_timeout: Seconds per OCR call.
        min_text_chars: A PDF page with fewer characters in its text layer is OCR'd.
        jpeg_quality: Quality of page images inside output PDFs.
    """

    dpi: int = 200
    ocr_dpi: int = 300
    verify_ocr: bool = True
    text_layer: bool = True
    lang: str = "eng"
    ocr_timeout: float = 120.0
    min_text_chars: int = 25
    jpeg_quality: int = 80


@dataclass
class RedactionResult:
    """What happened to one file (no identifier text in it)."""

    source: str
    sha256: str
    status: str = "ok"  # ok | failed
    output: str | None = None
    format: str = ""
    pages: int = 0
    ocr_pages: int = 0
    redactions: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    boxes: int = 0
    verified: bool = False
    error: str | None = None

    def to_json(self) -> dict:
        return {
            "output": self.output, "sha256": self.sha256, "status": self.status, "format": self.format,
            "pages": self.pages, "ocr_pages": self.ocr_pages, "redactions": self.redactions,
            "by_type": self.by_type, "boxes": self.boxes, "verified": self.verified, "error": self.error,
        }


# ------------------------------------------------------------------ review decisions


class ReviewStore:
    """The per-document redaction list and the reviewer's decisions, in a JSON file.

    ``{"version": 1, "documents": {sha256: {"name", "output", "added": [{"text", "type"}],
    "undone": [text], "redactions": [{"text", "type", "count", "decision"}]}}}``
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.data: dict = {"version": 1, "documents": {}}
        if self.path.exists():
            try:
                self.data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ValueError(f"review file {self.path} is not valid JSON ({type(exc).__name__})") from exc
            self.data.setdefault("documents", {})

    def decisions(self, sha256: str) -> tuple[list[tuple[str, str]], list[str]]:
        doc = self.data["documents"].get(sha256, {})
        added = [(a["text"], a["type"]) for a in doc.get("added", [])]
        return added, list(doc.get("undone", []))

    def decide(self, sha256: str, add: Iterable[tuple[str, str]] = (), undo: Iterable[str] = (),
               forget: Iterable[str] = ()) -> None:
        """Record additions and undos for a document (``forget`` drops earlier decisions on a string)."""
        doc = self.data["documents"].setdefault(sha256, {})
        added = doc.setdefault("added", [])
        undone = doc.setdefault("undone", [])
        for text in forget:
            added[:] = [a for a in added if a["text"] != text]
            undone[:] = [u for u in undone if u != text]
        for text, kind in add:
            if not any(a["text"] == text for a in added):
                added.append({"text": text, "type": kind})
            if text in undone:
                undone.remove(text)
        for text in undo:
            if text not in undone:
                undone.append(text)
            added[:] = [a for a in added if a["text"] != text]

    def record(self, sha256: str, name: str, output: str | None, spans: list[Span], undone: list[str]) -> None:
        doc = self.data["documents"].setdefault(sha256, {})
        doc["name"] = name
        doc["output"] = output
        counts: Counter = Counter((s.text, s.type) for s in spans)
        items = [{"text": t, "type": k, "count": n, "decision": "redact"} for (t, k), n in sorted(counts.items())]
        items += [{"text": u, "type": None, "count": 0, "decision": "keep (undone)"} for u in undone]
        doc["redactions"] = items

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".json.part")
        tmp.write_text(json.dumps(self.data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)


# ------------------------------------------------------------------ words and text


@dataclass
class _Word:
    text: str
    page: int
    box: tuple[float, float, float, float]  # x0, top, x1, bottom in the page image's pixels
    start: int = 0
    end: int = 0


@dataclass
class _Page:
    index: int
    image: object  # PIL image
    width_pt: float
    height_pt: float
    words: list[_Word]
    ocr: bool


def _lines_from_words(words: list[_Word], key=None) -> list[list[_Word]]:
    """Group words into lines: by Tesseract's line key, or by their vertical position."""
    if key is not None:
        lines: dict = {}
        order = []
        for w, k in zip(words, key):
            if k not in lines:
                lines[k] = []
                order.append(k)
            lines[k].append(w)
        return [sorted(lines[k], key=lambda w: w.box[0]) for k in order]
    out: list[list[_Word]] = []
    for w in sorted(words, key=lambda w: (w.box[1], w.box[0])):
        if out:
            line = out[-1]
            height = max(1.0, line[0].box[3] - line[0].box[1])
            if abs(w.box[1] - line[0].box[1]) <= 0.4 * height:
                line.append(w)
                continue
        out.append([w])
    return [sorted(line, key=lambda w: w.box[0]) for line in out]


def _build_text(pages_lines: list[list[list[_Word]]]) -> str:
    """Text of the document from its lines, with offsets written into the words.

    Wide gaps become three spaces and paragraph gaps blank lines, as the
    anonymiser's field and address rules expect.
    """
    parts: list[str] = []
    pos = 0

    def emit(s: str) -> None:
        nonlocal pos
        parts.append(s)
        pos += len(s)

    for p, lines in enumerate(pages_lines):
        if p:
            emit("\n\n")
        prev_bottom = None
        prev_height = None
        for li, line in enumerate(lines):
            height = max(1.0, sum(w.box[3] - w.box[1] for w in line) / len(line))
            if li:
                emit("\n")
                if prev_bottom is not None and line[0].box[1] - prev_bottom > 0.9 * max(height, prev_height or height):
                    emit("\n")
            for i, w in enumerate(line):
                if i:
                    gap = w.box[0] - line[i - 1].box[2]
                    emit("   " if gap > 1.5 * height else " ")
                w.start = pos
                emit(w.text)
                w.end = pos
            prev_bottom = max(w.box[3] for w in line)
            prev_height = height
    return "".join(parts)


def _edit1(a: str, b: str) -> bool:
    """Levenshtein distance <= 1."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _redacted_words(words: list[_Word], spans: list[Span], text: str, fuzzy: bool) -> tuple[dict[int, Span], set[int]]:
    """Which words go: index -> the span that starts in it (for the tag), and every covered index."""
    covered: set[int] = set()
    first_of: dict[int, Span] = {}
    import bisect

    order = sorted(range(len(words)), key=lambda i: words[i].start)
    starts = [words[i].start for i in order]
    for s in sorted(spans, key=lambda s: s.start):
        k = max(0, bisect.bisect_right(starts, s.start) - 1)
        hits = []
        while k < len(order) and starts[k] < s.end:
            i = order[k]
            if s.start < words[i].end and words[i].start < s.end:
                hits.append(i)
            k += 1
        hits.sort()
        covered.update(hits)
        if hits and hits[0] not in first_of:
            first_of[hits[0]] = s
    if fuzzy:
        # OCR may read "Holloway" as "Hol1oway" in one place: paint near-misses of removed names too
        removed = {fold(w) for s in spans if s.type in _NAME_TYPES for w in _WORD.findall(s.text) if len(w) >= 4}
        removed -= clinical_terms() | hard_stops()
        for i, w in enumerate(words):
            if i in covered:
                continue
            core = re.sub(r"^\W+|\W+$", "", w.text)
            if len(core) >= 4 and core[:1].isupper():
                f = fold(core)
                if f not in hard_stops() and any(_edit1(f, r) for r in removed):
                    covered.add(i)
                    first_of[i] = Span(w.start, w.end, "PERSON", w.text)
    return first_of, covered


# ------------------------------------------------------------------ OCR


def _ocr_words(image_path: str, page: int, settings: RedactSettings) -> tuple[list[_Word], list[tuple]]:
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        data = pytesseract.image_to_data(image_path, lang=settings.lang, config="--psm 3",
                                         output_type=pytesseract.Output.DICT, timeout=settings.ocr_timeout)
    except RuntimeError as exc:
        raise ReadError(f"OCR timed out after {settings.ocr_timeout:.0f}s") from exc
    except pytesseract.TesseractNotFoundError as exc:
        raise ReadError("tesseract is not installed (run 'make setup')") from exc
    except pytesseract.TesseractError as exc:
        raise ReadError("OCR failed") from exc
    words, keys = [], []
    for i, t in enumerate(data["text"]):
        t = (t or "").strip()
        if not t:
            continue
        x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        words.append(_Word(t, page, (float(x), float(y), float(x + w), float(y + h))))
        keys.append((page, data["block_num"][i], data["par_num"][i], data["line_num"][i]))
    return words, keys


def _ocr_text(image, settings: RedactSettings) -> str:
    """OCR a PIL image (via a temporary PNG file) for verification."""
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    with tempfile.TemporaryDirectory(prefix="cesr-verify-") as tmp:
        png = os.path.join(tmp, "page.png")
        image.convert("L").save(png)
        try:
            return pytesseract.image_to_string(png, lang=settings.lang, config="--psm 3", timeout=settings.ocr_timeout)
        except Exception as exc:  # verification that cannot run is a failure, not a pass
            raise ReadError("OCR of the redacted copy failed, so it could not be checked") from exc


# ------------------------------------------------------------------ painting and writing


def _paint(image, boxes: list[tuple[float, float, float, float]], pad: float):
    from PIL import ImageDraw

    if not boxes:
        return image
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    fill = 0 if image.mode == "L" else (0, 0, 0)
    for x0, top, x1, bottom in boxes:
        draw.rectangle([x0 - pad, top - pad, x1 + pad, bottom + pad], fill=fill)
    return image


def _text_items(page: _Page, first_of: dict[int, Span], covered: set[int], words_index: dict[int, int],
                tags: dict[int, str], scale: float, lines: list[list[_Word]]) -> list[tuple[str, float, float, float, float]]:
    """Invisible text for a page, one item per line segment: the kept words, and a tag where
    each identifier began (so copying the text gives the anonymised text, with its spaces)."""
    items = []
    for line in lines:
        if not line or line[0].page != page.index:
            continue
        height = max(1.0, sum(w.box[3] - w.box[1] for w in line) / len(line))
        segments: list[list[_Word]] = [[]]
        for i, w in enumerate(line):
            if i and w.box[0] - line[i - 1].box[2] > 1.5 * height:
                segments.append([])
            segments[-1].append(w)
        for seg in segments:
            parts = []
            for w in seg:
                gi = words_index[id(w)]
                if gi in first_of:
                    parts.append(tags[gi])
                elif gi not in covered:
                    parts.append(w.text)
            if not parts:
                continue
            x0 = seg[0].box[0] / scale
            x1 = seg[-1].box[2] / scale
            bottom = max(w.box[3] for w in seg) / scale
            h = height / scale
            items.append((" ".join(parts), x0, page.height_pt - bottom + 0.2 * h, h * 0.9, max(1.0, x1 - x0)))
    return items


def _compact(image):
    """Grey pages are stored grey (a third of the size); colour stays colour."""
    if image.mode == "L":
        return image
    from PIL import ImageChops

    r, g, b = image.convert("RGB").resize((64, 64)).split()
    spread = max(ImageChops.difference(r, g).getextrema()[1], ImageChops.difference(g, b).getextrema()[1])
    return image.convert("L") if spread < 24 else image.convert("RGB")


def _write_pdf(pages: list[tuple[object, float, float, list]], path: Path, settings: RedactSettings) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument.new()
    buffers = []
    try:
        for image, width_pt, height_pt, items in pages:
            page = pdf.new_page(width_pt, height_pt)
            buf = io.BytesIO()
            image.convert("L" if image.mode == "L" else "RGB").save(buf, "JPEG", quality=settings.jpeg_quality)
            buf.seek(0)
            buffers.append(buf)
            img = pdfium.PdfImage.new(pdf)
            img.load_jpeg(buf, inline=False, autoclose=False)
            img.set_matrix(pdfium.PdfMatrix().scale(width_pt, height_pt))
            page.insert_obj(img)
            if settings.text_layer:
                for text, x, y, size, width in items:
                    obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(size))
                    if not obj:
                        continue
                    data = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
                    raw.FPDFText_SetText(obj, ctypes.cast(data, ctypes.POINTER(raw.FPDF_WCHAR)))
                    raw.FPDFTextObj_SetTextRenderMode(obj, raw.FPDF_TEXTRENDERMODE_INVISIBLE)
                    natural = max(1.0, 0.5 * size * len(text))
                    raw.FPDFPageObj_Transform(obj, ctypes.c_double(width / natural), 0, 0, 1,
                                              ctypes.c_double(x), ctypes.c_double(y))
                    raw.FPDFPage_InsertObject(page.raw, obj)
            page.gen_content()
            page.close()
        pdf.save(str(path))
    finally:
        pdf.close()
        for b in buffers:
            b.close()


# ------------------------------------------------------------------ verification


def _leak_check(output_text: str, intended: str, spans: list[Span], applicant_words: set[str]) -> Counter:
    """Identifier types still readable in ``output_text`` (but not in the intended anonymised text)."""
    leaks: Counter = Counter()
    squashed_out = re.sub(r"[\W_]+", "", output_text).upper()
    squashed_intended = re.sub(r"[\W_]+", "", intended).upper()
    out_words = {fold(w) for w in _WORD.findall(output_text) if w[:1].isupper()}
    intended_words = {fold(w) for w in _WORD.findall(intended)}
    seen = set()
    for s in spans:
        key = (s.text, s.type)
        if key in seen:
            continue
        seen.add(key)
        if s.type in _NAME_TYPES:
            for w in _WORD.findall(s.text):
                f = fold(w)
                if len(w) < 3 or f in applicant_words or f in intended_words or f in hard_stops():
                    continue
                if f in out_words:
                    leaks[s.type] += 1
                    break
        else:
            token = re.sub(r"[\W_]+", "", s.text).upper()
            if len(token) >= 5 and token in squashed_out and token not in squashed_intended:
                leaks[s.type] += 1
    return leaks


def _check(result: RedactionResult, leaks: Counter, where: str) -> None:
    if leaks:
        detail = ", ".join(f"{n} {t}" for t, n in sorted(leaks.items()))
        raise _LeakError(f"check failed: identifiers still readable in the {where} ({detail})")


class _LeakError(Exception):
    pass


# ------------------------------------------------------------------ formats


def _redact_pdf(src: Path, dest: Path, anonymiser: Anonymiser, settings: RedactSettings, result: RedactionResult):
    import pdfplumber
    import pypdfium2 as pdfium

    try:
        plumber = pdfplumber.open(str(src))
        doc = pdfium.PdfDocument(str(src))
    except Exception as exc:
        raise ReadError("encrypted or corrupt PDF: cannot open it") from exc
    pages: list[_Page] = []
    all_words: list[_Word] = []
    pages_lines: list[list[list[_Word]]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="cesr-redact-") as tmp:
            for i, ppage in enumerate(plumber.pages):
                width_pt, height_pt = float(ppage.width), float(ppage.height)
                raw_words = ppage.extract_words(keep_blank_chars=False, use_text_flow=False)
                chars = sum(len(w["text"]) for w in raw_words)
                # Pages carrying pictures (a scan under a text layer, a photographed form pasted into a
                # letter) or turned by /Rotate are read with Tesseract, which sees what is drawn.
                area = max(1.0, width_pt * height_pt)
                pictured = sum(max(0.0, (im["x1"] - im["x0"]) * (im["bottom"] - im["top"])) for im in ppage.images) / area
                if chars >= settings.min_text_chars and pictured < 0.25 and not doc[i].get_rotation():
                    scale = settings.dpi / 72
                    image = doc[i].render(scale=scale).to_pil().convert("RGB")
                    words = [_Word(w["text"], i, (w["x0"] * scale, w["top"] * scale, w["x1"] * scale, w["bottom"] * scale))
                             for w in raw_words]
                    lines = _lines_from_words(words)
                    ocr = False
                else:
                    scale = settings.ocr_dpi / 72
                    image = doc[i].render(scale=scale).to_pil().convert("L")
                    png = os.path.join(tmp, f"page-{i}.png")
                    image.save(png)
                    words, keys = _ocr_words(png, i, settings)
                    lines = _lines_from_words(words, keys)
                    ocr = True
                    result.ocr_pages += 1
                pages.append(_Page(i, image, width_pt, height_pt, words, ocr))
                pages_lines.append(lines)
                all_words.extend(w for line in lines for w in line)
                ppage.close()
    finally:
        plumber.close()
        doc.close()
    result.pages = len(pages)
    text = _build_text(pages_lines)
    spans = anonymiser.find(text)
    first_of, covered = _redacted_words(all_words, spans, text, fuzzy=result.ocr_pages > 0)
    index = {id(w): k for k, w in enumerate(all_words)}
    tags = _tags(spans, first_of)
    out_pages = []
    for page, lines in zip(pages, pages_lines):
        scale = page.image.width / page.width_pt
        boxes = [w.box for w in page.words if index[id(w)] in covered]
        result.boxes += len(boxes)
        image = _compact(_paint(page.image, boxes, pad=max(1.0, 0.08 * scale * 10)))
        page.image = image
        items = _text_items(page, first_of, covered, index, tags, scale, lines)
        out_pages.append((image, page.width_pt, page.height_pt, items))
    _write_pdf(out_pages, dest, settings)
    intended = replace_spans(text, spans)
    # check: the new file's text layer, and OCR of its pages
    with pdfplumber.open(str(dest)) as check:
        layer = "\n".join((p.extract_text() or "") for p in check.pages)
    _check(result, _leak_check(layer, intended, spans, anonymiser._applicant_words), "text layer")
    if settings.verify_ocr:
        doc = pdfium.PdfDocument(str(dest))
        try:
            for i in range(len(doc)):
                image = doc[i].render(scale=settings.dpi / 72).to_pil()
                _check(result, _leak_check(_ocr_text(image, settings), intended, spans, anonymiser._applicant_words),
                       f"page images (page {i + 1})")
        finally:
            doc.close()
    return spans


def _redact_image(src: Path, dest: Path, anonymiser: Anonymiser, settings: RedactSettings, result: RedactionResult):
    from PIL import Image

    with Image.open(src) as original:
        fmt = original.format or "PNG"
        frames = getattr(original, "n_frames", 1)
        images = []
        for f in range(frames):
            original.seek(f)
            images.append(original.copy())
    result.pages = frames
    with tempfile.TemporaryDirectory(prefix="cesr-redact-") as tmp:
        all_words, keys_all = [], []
        per_frame = []
        for f, image in enumerate(images):
            if frames == 1 and fmt in ("PNG", "JPEG", "TIFF", "BMP"):
                path = str(src)
            else:
                path = os.path.join(tmp, f"frame-{f}.png")
                image.convert("L").save(path)
            words, keys = _ocr_words(path, f, settings)
            per_frame.append(words)
            all_words.extend(words)
            keys_all.extend(keys)
            result.ocr_pages += 1
    lines = _lines_from_words(all_words, keys_all)
    pages_lines = [[line for line in lines if line and line[0].page == f] for f in range(frames)]
    ordered = [w for pl in pages_lines for line in pl for w in line]
    text = _build_text(pages_lines)
    spans = anonymiser.find(text)
    first_of, covered = _redacted_words(ordered, spans, text, fuzzy=True)
    index = {id(w): k for k, w in enumerate(ordered)}
    out_images = []
    for f, image in enumerate(images):
        boxes = [w.box for w in per_frame[f] if index.get(id(w)) in covered]
        result.boxes += len(boxes)
        image = image.convert("RGB") if image.mode not in ("L", "RGB") else image.copy()
        out_images.append(_paint(image, boxes, pad=3))
    save_fmt = fmt if fmt in ("PNG", "JPEG", "TIFF", "BMP") else "PNG"
    kwargs = {"quality": 92} if save_fmt == "JPEG" else {}
    if save_fmt == "TIFF":
        kwargs = {"compression": "tiff_deflate"}
    if len(out_images) > 1:
        out_images[0].save(dest, save_fmt, save_all=True, append_images=out_images[1:], **kwargs)
    else:
        out_images[0].save(dest, save_fmt, **kwargs)
    intended = replace_spans(text, spans)
    if settings.verify_ocr:
        with Image.open(dest) as check:
            for f in range(getattr(check, "n_frames", 1)):
                check.seek(f)
                _check(result, _leak_check(_ocr_text(check.copy(), settings), intended, spans,
                                           anonymiser._applicant_words), f"image (frame {f + 1})")
    return spans


def _docx_paragraphs(document) -> list:
    """Every paragraph of a document: body, tables (nested too), headers and footers."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out = []

    def walk(container) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, Paragraph):
                out.append(block)
            elif isinstance(block, Table):
                for row in block.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell)

    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):
            try:
                if not part.is_linked_to_previous or part is section.header:
                    walk(part)
            except Exception:  # pragma: no cover - unusual header parts
                continue
    walk(document)
    return out


def _paragraph_runs(paragraph) -> list:
    """Runs of a paragraph, those inside hyperlinks included, in order."""
    from docx.text.hyperlink import Hyperlink
    from docx.text.run import Run

    runs = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Run):
            runs.append(item)
        elif isinstance(item, Hyperlink):
            runs.extend(item.runs)
    return runs


def _redact_docx(src: Path, dest: Path, anonymiser: Anonymiser, settings: RedactSettings, result: RedactionResult):
    import docx

    try:
        document = docx.Document(str(src))
    except Exception as exc:
        raise ReadError("corrupt or not a Word document") from exc
    paragraphs = _docx_paragraphs(document)
    texts, offsets = [], []
    pos = 0
    seen = set()
    unique = []
    for p in paragraphs:
        if id(p._p) in seen:
            continue
        seen.add(id(p._p))
        unique.append(p)
        t = "".join(r.text for r in _paragraph_runs(p))
        offsets.append(pos)
        texts.append(t)
        pos += len(t) + 1
    text = "\n".join(texts)
    spans = anonymiser.find(text)
    tags = {}
    counters: dict[str, int] = {}
    people: dict[str, str] = {}
    from .anonymise.core import _tag

    for s in spans:
        tags[s.start] = _tag(s, counters, people)
    result.pages = 1
    for p, start in zip(unique, offsets):
        runs = _paragraph_runs(p)
        run_pos = start
        for run in runs:
            rt = run.text
            r0, r1 = run_pos, run_pos + len(rt)
            new = []
            for k, ch in enumerate(rt):
                c = r0 + k
                hit = next((s for s in spans if s.start <= c < s.end), None)
                if hit is None:
                    new.append(ch)
                elif c == hit.start:  # the tag goes where the identifier began; the rest is dropped
                    new.append(tags[hit.start])
            if "".join(new) != rt:
                run.text = "".join(new)
                result.boxes += 1
            run_pos = r1
    props = document.core_properties
    for attr in ("author", "last_modified_by", "title", "subject", "keywords", "comments", "category",
                 "identifier", "content_status", "version"):
        try:
            setattr(props, attr, "")
        except Exception:  # pragma: no cover
            pass
    document.save(str(dest))
    intended = replace_spans(text, spans)
    # check every XML part of the new file, not just what the reader shows
    with zipfile.ZipFile(dest) as z:
        xml = "\n".join(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8", "replace"))
                        for n in z.namelist() if n.endswith((".xml", ".rels")))
    _check(result, _leak_check(xml, intended, spans, anonymiser._applicant_words), "document")
    return spans


def _redact_text(src: Path, dest: Path, anonymiser: Anonymiser, settings: RedactSettings, result: RedactionResult,
                 kind: str):
    if kind == "email":
        text = read_email(src, None)[0].text  # type: ignore[arg-type]
    else:
        text = decode_text(src.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    spans = anonymiser.find(text)
    clean = replace_spans(text, spans)
    dest.write_text(clean, encoding="utf-8")
    result.pages = 1
    check = dest.read_text(encoding="utf-8")
    _check(result, _leak_check(check, clean, spans, anonymiser._applicant_words), "text")
    return spans


def _tags(spans: list[Span], first_of: dict[int, Span]) -> dict[int, str]:
    from .anonymise.core import _tag

    counters: dict[str, int] = {}
    people: dict[str, str] = {}
    by_span = {}
    for s in sorted(spans, key=lambda s: s.start):
        by_span[(s.start, s.end)] = _tag(s, counters, people)
    out = {}
    for i, s in first_of.items():
        out[i] = by_span.get((s.start, s.end)) or "[" + s.type.replace("_", "-") + "]"
    return out


# ------------------------------------------------------------------ driver


def _safe_name(src: Path, spans: list[Span], anonymiser: Anonymiser) -> str:
    """The output file name: the source's, with any identifier in it replaced."""
    stem = src.stem
    words = {fold(w) for s in spans if s.type in ("PATIENT", "RELATIVE", "PERSON")
             for w in _WORD.findall(s.text) if len(w) >= 3 and w[:1].isupper()} - anonymiser._applicant_words
    words -= hard_stops() | clinical_terms()

    def repl(m: re.Match) -> str:
        return "redacted" if fold(m.group(0)) in words else m.group(0)

    stem = re.sub(r"[^\W\d_]+", repl, stem)
    spaced = re.sub(r"[_\-.]+", " ", stem)
    found = anonymiser.find(spaced)
    if found:
        chars = list(stem)
        for s in found:
            for k in range(s.start, s.end):
                chars[k] = "x"
        stem = "".join(chars)
    stem = re.sub(r"[^\w.\-]+", "-", stem).strip("-") or "document"
    return stem


def redact_file(
    path: str | os.PathLike,
    out_dir: str | os.PathLike,
    applicant: str | None = None,
    add: Iterable[tuple[str, str]] = (),
    undo: Iterable[str] = (),
    settings: RedactSettings | None = None,
    taken: set[str] | None = None,
) -> tuple[RedactionResult, list[Span]]:
    """Write a redacted copy of one file into ``out_dir``; never raises for bad input.

    Returns the result (no identifier text in it) and the spans removed (which
    do contain identifiers: for the review list only).
    """
    from .ingest import sha256_file

    settings = settings or RedactSettings()
    src = Path(path)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        digest = sha256_file(src)
        with open(src, "rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        return RedactionResult(str(src), "", status="failed", error=f"cannot open file: {exc.strerror or 'error'}"), []
    result = RedactionResult(str(src), digest)
    kind = sniff(head, src.suffix.lower())
    result.format = kind
    anonymiser = Anonymiser(applicant=applicant, add=tuple(add), undo=tuple(undo))
    suffix = {"pdf": ".pdf", "docx": ".docx", "text": ".txt", "email": ".txt"}.get(kind)
    if kind == "image":
        suffix = src.suffix.lower() if src.suffix.lower() in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp") else ".png"
    if suffix is None:
        result.status, result.error = "failed", f"cannot redact this kind of file ({kind})"
        return result, []
    tmp_dir = Path(tempfile.mkdtemp(prefix=".cesr-redact-", dir=out_dir))
    dest_tmp = tmp_dir / f"out{suffix}"
    spans: list[Span] = []
    try:
        if kind == "pdf":
            spans = _redact_pdf(src, dest_tmp, anonymiser, settings, result)
        elif kind == "image":
            spans = _redact_image(src, dest_tmp, anonymiser, settings, result)
        elif kind == "docx":
            spans = _redact_docx(src, dest_tmp, anonymiser, settings, result)
        else:
            spans = _redact_text(src, dest_tmp, anonymiser, settings, result, kind)
        result.verified = True
        name = _safe_name(src, spans, anonymiser)
        final = out_dir / f"{name}{suffix}"
        n = 2
        taken = taken if taken is not None else set()
        while final.name in taken:  # two inputs, one name: number them (a re-run replaces its own copy)
            final = out_dir / f"{name}-{n}{suffix}"
            n += 1
        taken.add(final.name)
        os.replace(dest_tmp, final)
        result.output = str(final)
    except _LeakError as exc:
        result.status, result.error = "failed", str(exc)
    except ReadError as exc:
        result.status, result.error = "failed", str(exc)
    except Exception as exc:  # a bug must not stop the batch, nor print text
        result.status, result.error = "failed", f"unexpected error while redacting: {type(exc).__name__}"
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    result.redactions = len(spans)
    result.by_type = dict(sorted(Counter(s.type for s in spans).items()))
    return result, spans


def redact_many(
    paths: Iterable[str],
    out_dir: str | os.PathLike,
    applicant: str | None = None,
    add: Iterable[tuple[str, str]] = (),
    undo: Iterable[str] = (),
    forget: Iterable[str] = (),
    review: str | os.PathLike | None = None,
    settings: RedactSettings | None = None,
) -> Iterator[RedactionResult]:
    """Redact files one after another, applying and recording the review decisions."""
    from .ingest import sha256_file

    out_dir = Path(out_dir)
    store = ReviewStore(review or out_dir / REVIEW_FILE)
    add, undo, forget = list(add), list(undo), list(forget)
    taken: set[str] = set()
    for path in paths:
        try:
            digest = sha256_file(path)
        except OSError:
            digest = ""
        if digest and (add or undo or forget):
            store.decide(digest, add=add, undo=undo, forget=forget)
        doc_add, doc_undo = store.decisions(digest) if digest else ([], [])
        result, spans = redact_file(path, out_dir, applicant, doc_add, doc_undo, settings, taken)
        if digest:
            store.record(digest, Path(path).name, result.output and Path(result.output).name, spans, doc_undo)
            store.save()
        yield result
