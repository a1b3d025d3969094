"""Redacted copies for upload, painted from the document's one reading and one plan.

A black box drawn over a PDF leaves the text underneath; the GMC returns such
evidence.  Here nothing of the original file's text is copied:

* **PDF pages**: the page is rendered (pypdfium2) and the boxes of the words
  the plan removed (from the reading: PDFium's text layer boxes, or
  Tesseract's word boxes for a scanned page) are painted black, with every
  barcode, QR code and picture the plan paints; a new PDF is built from the
  page images plus an invisible layer of the *anonymised* text, so the copy
  stays searchable.
* **Images** (PNG, JPEG, TIFF, BMP): the same painting on the image, turned
  upright as it was read (a page read straightened has its word boxes in
  this frame already: see :mod:`pipeline.ingest.ocr`); written back from
  pixels only (no metadata).  The copy is not straightened: its frame is the
  original's by a whole number of quarter turns, which the evaluation finds.
* **Word files**: the ``w:t`` elements that carried removed characters are
  rewritten (the tag where an identifier began), pictures are painted, and
  hyperlink targets, field codes, authors of comments and tracked changes,
  picture descriptions and document properties are cleared.
* **Text and e-mail**: the anonymised text.

No page is read again to decide anything: the copy paints exactly what
:func:`pipeline.anonymise.plan.plan_document` decided, from the reading that
decision was made on.  The copy is then checked by
:mod:`pipeline.anonymise.leaks`.
"""

from __future__ import annotations

import ctypes
import io
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..ingest.readers import PDFIUM_LOCK, open_pdf
from ..model import PageText
from .core import Span
from .plan import Plan

__all__ = ["CopySettings", "CopyError", "write_copy", "copy_suffix", "painted_boxes", "page_image", "paint_boxes"]


class CopyError(Exception):
    """A copy could not be made; the message names no identifier."""


@dataclass(frozen=True)
class CopySettings:
    """How copies are made.

    Attributes:
        dpi: Resolution of the page images of PDF copies.
        text_layer: Give PDF copies an invisible layer of the anonymised text.
        jpeg_quality: Quality of page images inside PDF copies.
        pad: Paint this much beyond each box, as a fraction of the word's height.
    """

    dpi: int = 200
    text_layer: bool = True
    jpeg_quality: int = 80
    pad: float = 0.15


def copy_suffix(kind: str, source: str | os.PathLike) -> str | None:
    """The file suffix of the copy of a ``kind`` file, or ``None`` when it cannot be copied."""
    if kind == "image":
        suffix = Path(source).suffix.lower()
        return suffix if suffix in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp") else ".png"
    return {"pdf": ".pdf", "docx": ".docx", "text": ".txt", "email": ".txt"}.get(kind)


def painted_boxes(reading: PageText, spans: list[Span], regions) -> list[tuple[float, float, float, float]]:
    """The boxes (page fractions) to paint on a page: every word a span touches, and the regions."""
    boxes = []
    if spans and reading.words:
        import bisect

        starts = [w[0] for w in reading.words]
        for s in spans:
            k = max(0, bisect.bisect_right(starts, s.start) - 1)
            while k < len(reading.words) and reading.words[k][0] < s.end:
                a, b, x0, y0, x1, y1 = reading.words[k]
                if a < s.end and s.start < b:
                    boxes.append((x0, y0, x1, y1))
                k += 1
    boxes.extend(r.box for _, r in regions)
    return boxes


def unpainted_spans(reading: PageText, spans: list[Span]) -> list[Span]:
    """Spans on a drawn page with a character that no word box covers (painting could not remove it).  On a
    page with no word boxes at all, every span."""
    if not spans:
        return []
    covered = [False] * len(reading.text)
    for a, b, *_ in reading.words:
        for k in range(max(0, a), min(b, len(covered))):
            covered[k] = True
    return [s for s in spans if any(not covered[k] for k in range(s.start, min(s.end, len(covered)))
                                    if not reading.text[k].isspace())]


def paint_boxes(image, boxes, pad: float):
    """Black boxes over ``boxes`` (page fractions), ``pad`` of each box's height beyond it (permanent: pixels)."""
    from PIL import ImageDraw

    if not boxes:
        return image
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    fill = 0 if image.mode == "L" else (0, 0, 0)
    W, H = image.size
    for x0, y0, x1, y1 in boxes:
        p = max(1.0, pad * (y1 - y0) * H)
        draw.rectangle([x0 * W - p, y0 * H - p, x1 * W + p, y1 * H + p], fill=fill)
    return image


def write_copy(source: str | os.PathLike, kind: str, readings: list[PageText], plan: Plan, dest: str | os.PathLike,
               settings: CopySettings | None = None) -> dict:
    """Write the redacted copy of ``source`` to ``dest``; returns ``{"boxes": n, "pages": n}``.

    Raises:
        CopyError: The file could not be copied (it changed since it was read, or is damaged).
    """
    settings = settings or CopySettings()
    source, dest = Path(source), Path(dest)
    if len(readings) != len(plan.pages):
        raise CopyError("the redaction plan does not match the reading")
    for reading, page in zip(readings, plan.pages):
        drawn = kind in ("pdf", "image") or (kind == "docx" and reading.origin)
        if drawn and unpainted_spans(reading, page.spans):
            raise CopyError("an identifier has no box on its page, so it cannot be painted")
    if kind == "pdf":
        return _copy_pdf(source, readings, plan, dest, settings)
    if kind == "image":
        return _copy_image(source, readings, plan, dest, settings)
    if kind == "docx":
        return _copy_docx(source, readings, plan, dest, settings)
    if kind in ("text", "email"):
        text = "\f".join(plan.texts) if kind == "text" and len(plan.pages) > 1 else "\n\n".join(plan.texts)
        dest.write_text(text, encoding="utf-8")
        return {"boxes": 0, "pages": 1}
    raise CopyError(f"cannot redact this kind of file ({kind})")


# ------------------------------------------------------------------ one page as it will be uploaded


def page_image(source: str | os.PathLike, kind: str, readings: list[PageText], plan: Plan, index: int,
               dpi: int = 110, painted: bool = True):
    """The image of page (or picture) ``index`` of a document as its copy shows it: upright, with the plan's
    boxes painted (``painted=False``: the original, for the doctor to compare).  ``None`` for text with no
    layout (plain text, e-mail, the text of a Word file)."""
    from PIL import Image

    reading, page_plan = readings[index], plan.pages[index]
    source = Path(source)
    if kind == "pdf":
        with PDFIUM_LOCK:
            doc = open_pdf(source)  # an encrypted one with the command's --password
            try:
                page = doc[index]
                try:
                    image = page.render(scale=dpi / 72, draw_annots=False).to_pil().convert("RGB")
                finally:
                    page.close()
            finally:
                doc.close()
    elif kind == "image":
        _, frames = _frames(source)
        image = frames[index].convert("RGB")
        scale = min(1.0, 1600 / max(image.size))
        if scale < 1:
            image = image.resize((int(image.width * scale), int(image.height * scale)))
    elif kind == "docx" and reading.origin:
        with zipfile.ZipFile(source) as package, Image.open(io.BytesIO(package.read(reading.origin))) as original:
            image = original.convert("RGB")
    else:
        return None
    if reading.rotation:
        image = image.rotate(-reading.rotation, expand=True)
    if painted:
        image = paint_boxes(image, painted_boxes(reading, page_plan.spans, page_plan.regions), CopySettings().pad)
    return image



# ------------------------------------------------------------------ PDF


def _copy_pdf(source: Path, readings: list[PageText], plan: Plan, dest: Path, settings: CopySettings) -> dict:
    with PDFIUM_LOCK:
        try:
            doc = open_pdf(source)  # an encrypted one with the command's --password
        except Exception as exc:
            raise CopyError("the PDF cannot be opened any more (moved, changed or encrypted since it was read)") from exc
        try:
            out_pages, boxes_total = _pdf_pages(doc, readings, plan, settings)
        finally:
            doc.close()
        _write_pdf(out_pages, dest, settings)
    return {"boxes": boxes_total, "pages": len(out_pages)}


def _pdf_pages(doc, readings: list[PageText], plan: Plan, settings: CopySettings):
    """Each page rendered (without annotations: they are not in the reading), painted, with its text items."""
    out_pages = []
    boxes_total = 0
    if len(doc) != len(readings):
        raise CopyError("the PDF has changed since it was read (its page count differs)")
    for i, (reading, page_plan) in enumerate(zip(readings, plan.pages)):
        page = doc[i]
        try:
            width_pt, height_pt = page.get_size()
            image = page.render(scale=settings.dpi / 72, draw_annots=False).to_pil()
        finally:
            page.close()
        if reading.rotation:
            image = image.rotate(-reading.rotation, expand=True)
            if reading.rotation in (90, 270):
                width_pt, height_pt = height_pt, width_pt
        boxes = painted_boxes(reading, page_plan.spans, page_plan.regions)
        boxes_total += len(boxes)
        image = _compact(paint_boxes(image.convert("RGB"), boxes, settings.pad))
        items = _text_items(reading, page_plan, width_pt, height_pt) if settings.text_layer else []
        out_pages.append((image, width_pt, height_pt, items))
    return out_pages, boxes_total


def _text_items(reading: PageText, page_plan, width_pt: float, height_pt: float) -> list[tuple]:
    """Invisible text for a page, one item per line: the kept words, and each identifier's tag where it began
    (copying the page's text gives the anonymised text)."""
    if not reading.words:
        return []
    spans = sorted(page_plan.spans, key=lambda s: s.start)
    tags = _tags_by_span(reading.text, page_plan)
    items = []
    text = reading.text
    line: list[tuple[str, tuple]] = []
    last_end = None

    def flush() -> None:
        if not line:
            return
        x0 = min(b[0] for _, b in line) * width_pt
        x1 = max(b[2] for _, b in line) * width_pt
        top = min(b[1] for _, b in line) * height_pt
        bottom = max(b[3] for _, b in line) * height_pt
        h = max(1.0, bottom - top)
        items.append((" ".join(t for t, _ in line), x0, height_pt - bottom + 0.2 * h, h * 0.9, max(1.0, x1 - x0)))
        line.clear()

    for a, b, *box in reading.words:
        if last_end is not None and "\n" in text[last_end:a]:
            flush()
        last_end = b
        word = rewritten(text, a, b, spans, tags)
        if word:
            line.append((word, tuple(box)))
    flush()
    return items


def rewritten(text: str, a: int, b: int, spans: list[Span], tags: dict[int, str]) -> str:
    """``text[a:b]`` as the anonymised text has it: the characters outside ``spans`` (sorted), and the tag of a
    span where it begins (``tags``: span index -> tag)."""
    out, pos = [], a
    for k, s in enumerate(spans):
        if s.end <= a or s.start >= b:
            continue
        if s.start > pos:
            out.append(text[pos:s.start])
        if s.start >= a:
            out.append(tags.get(k, "[REDACTED]"))
        pos = max(pos, min(b, s.end))
    if pos < b:
        out.append(text[pos:b])
    return "".join(out)


def _tags_by_span(text: str, page_plan) -> dict[int, str]:
    """The tag the anonymised text shows for each span, read off the plan's text."""
    out = {}
    shift = 0
    spans = sorted(page_plan.spans, key=lambda s: s.start)
    anon = page_plan.text
    for k, s in enumerate(spans):
        pos = s.start + shift
        m = re.match(r"\[[A-Z0-9-]+\]", anon[pos:pos + 40])
        if m:
            out[k] = m.group(0)
            shift += len(m.group(0)) - (s.end - s.start)
    return out


def _pixels_only(image):
    """The image rebuilt from its pixels: no EXIF, comment, ICC profile or text chunk of the original (a JPEG
    comment or an EXIF description can hold a patient's name)."""
    from PIL import Image

    mode = image.mode if image.mode in ("L", "RGB", "1") else "RGB"
    clean = Image.new(mode, image.size)
    clean.paste(image.convert(mode))
    return clean


def _compact(image):
    """Grey pages are stored grey (a third of the size); colour stays colour."""
    if image.mode == "L":
        return image
    from PIL import ImageChops

    r, g, b = image.convert("RGB").resize((64, 64)).split()
    spread = max(ImageChops.difference(r, g).getextrema()[1], ImageChops.difference(g, b).getextrema()[1])
    return image.convert("L") if spread < 24 else image.convert("RGB")


def _write_pdf(pages: list[tuple], path: Path, settings: CopySettings) -> None:
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


# ------------------------------------------------------------------ images


def _frames(source: Path):
    """The frames of an image file as the reader saw them (EXIF orientation applied)."""
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = None  # the reader has already checked the size of this file
    try:
        with Image.open(source) as original:
            fmt = original.format or "PNG"
            n = getattr(original, "n_frames", 1)
            orientation = 1
            if original.format in ("JPEG", "MPO", "TIFF", "WEBP"):
                try:
                    orientation = original.getexif().get(0x0112, 1)
                except Exception:
                    orientation = 1
            frames = []
            for f in range(n):
                original.seek(f)
                frame = original.copy()
                if orientation not in (1, None):
                    frame = ImageOps.exif_transpose(frame)
                frames.append(frame)
    except Exception as exc:
        raise CopyError("the image cannot be opened any more (moved, changed or damaged since it was read)") from exc
    return fmt, frames


def _copy_image(source: Path, readings: list[PageText], plan: Plan, dest: Path, settings: CopySettings) -> dict:
    fmt, frames = _frames(source)
    if len(frames) != len(readings):
        raise CopyError("the image has changed since it was read (its frame count differs)")
    out, boxes_total = [], 0
    for frame, reading, page_plan in zip(frames, readings, plan.pages):
        image = frame.convert("RGB") if frame.mode not in ("L", "RGB") else frame.copy()
        if reading.rotation:
            image = image.rotate(-reading.rotation, expand=True)
        boxes = painted_boxes(reading, page_plan.spans, page_plan.regions)
        boxes_total += len(boxes)
        out.append(paint_boxes(image, boxes, settings.pad))
    out = [_pixels_only(image) for image in out]
    save_fmt = fmt if fmt in ("PNG", "JPEG", "TIFF", "BMP") else "PNG"
    kwargs: dict = {"quality": 92} if save_fmt == "JPEG" else {}
    if save_fmt == "TIFF":
        kwargs = {"compression": "tiff_deflate"}
    if len(out) > 1:
        out[0].save(dest, save_fmt, save_all=True, append_images=out[1:], **kwargs)
    else:
        out[0].save(dest, save_fmt, **kwargs)
    return {"boxes": boxes_total, "pages": len(out)}


# ------------------------------------------------------------------ Word


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _copy_docx(source: Path, readings: list[PageText], plan: Plan, dest: Path, settings: CopySettings) -> dict:
    from lxml import etree

    from ..ingest.docx_text import parse_part, text_of_roots, text_parts

    try:
        package = zipfile.ZipFile(source)
    except (OSError, zipfile.BadZipFile) as exc:
        raise CopyError("the Word file cannot be opened any more (moved, changed or damaged since it was read)") from exc
    with package:
        names = package.namelist()
        roots = [(name, parse_part(package.read(name))) for name in text_parts(names)]
        found = text_of_roots(roots)
        if found.text != readings[0].text:
            raise CopyError("the Word file has changed since it was read: add it again")
        edits = _docx_edits(found, plan.pages[0])
        by_part = dict(roots)
        boxes_total = 0
        for name, root in roots:
            elements = list(root.iter(_W + "t"))
            for index, new in edits.get(name, {}).items():
                elements[index].text = new
                boxes_total += 1
            _scrub_xml(root)
        pictures = {r.origin: (r, p) for r, p in zip(readings[1:], plan.pages[1:]) if r.origin}
        tmp = dest.with_suffix(".part")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
            for info in package.infolist():
                name = info.filename
                if name in by_part:
                    data = etree.tostring(by_part[name], xml_declaration=True, encoding="UTF-8", standalone=True)
                elif name in pictures:
                    data, n = _paint_picture(package.read(name), *pictures[name], settings)
                    boxes_total += n
                elif name.startswith("word/media/") or name.startswith("docProps/thumbnail"):
                    # a picture not read (too small, a logo) or the package's picture of page 1: pixels only,
                    # and the thumbnail blank
                    data = _clean_picture(package.read(name), blank=name.startswith("docProps/thumbnail"))
                elif name.startswith("word/glossary/") and name.endswith(".xml"):
                    data = _blank_text(package.read(name))  # building blocks: not shown, may hold names
                elif name.endswith(".rels"):
                    data = _scrub_rels(package.read(name))
                elif name in ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml", "word/people.xml") or (
                        name.startswith("customXml/") and name.endswith(".xml")):
                    # properties, custom data and the list of people who commented or edited: values emptied
                    data = _blank_properties(name, package.read(name))
                else:
                    data = package.read(name)
                out.writestr(info.filename, data)
        os.replace(tmp, dest)
    return {"boxes": boxes_total, "pages": len(readings)}


def _docx_edits(found, page_plan) -> dict[str, dict[int, str]]:
    """New text for each ``w:t`` touched by a span: the characters outside spans, and the tag where a span
    begins."""
    tags = _tags_by_span(found.text, page_plan)
    spans = sorted(page_plan.spans, key=lambda s: s.start)
    edits: dict[str, dict[int, str]] = {}
    for start, end, part, index in found.pieces:
        if any(s.start < end and start < s.end for s in spans):
            edits.setdefault(part, {})[index] = rewritten(found.text, start, end, spans, tags)
    return edits


def _scrub_xml(root) -> None:
    """Tracked deletions (the deleted text is still in the file), field codes (``HYPERLINK "..."``), authors of
    comments and changes, picture descriptions."""
    for deleted in root.iter(_W + "delText", _W + "delInstrText"):
        deleted.text = ""
    for instr in root.iter(_W + "instrText"):
        if instr.text and re.search(r"(?i)\bHYPERLINK\b|https?://|mailto:|www\.", instr.text):
            instr.text = " HYPERLINK \"#\" "
    for field in root.iter(_W + "fldSimple"):
        value = field.get(_W + "instr") or ""
        if re.search(r"(?i)\bHYPERLINK\b|https?://|mailto:|www\.", value):
            field.set(_W + "instr", " HYPERLINK \"#\" ")
    for el in root.iter():
        for attr in (_W + "author", _W + "initials"):
            if attr in el.attrib:
                el.attrib[attr] = ""
        if el.tag.endswith("}docPr") or el.tag.endswith("}cNvPr"):
            for attr in ("descr", "title"):
                if attr in el.attrib:
                    el.attrib[attr] = ""


def _scrub_rels(data: bytes) -> bytes:
    """Hyperlink targets (web and e-mail links) are removed from the relationships."""
    from ..ingest.docx_text import parse_part
    from lxml import etree

    try:
        root = parse_part(data)
    except Exception:
        return data
    changed = False
    for rel in root:
        if rel.get("Type") == _REL_HYPERLINK or rel.get("TargetMode") == "External":
            rel.set("Target", "#")
            rel.attrib.pop("TargetMode", None)
            changed = True
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else data


def _blank_properties(name: str, data: bytes) -> bytes:
    """Document properties carry authors, titles and company names: every value is emptied."""
    from ..ingest.docx_text import parse_part
    from lxml import etree

    try:
        root = parse_part(data)
    except Exception:
        return data
    for el in root.iter():
        for attr in list(el.attrib):
            if attr.endswith(("}author", "}userId", "}providerId")) or attr in ("author", "userId"):
                el.attrib[attr] = ""
        if len(el) == 0 and el.text and not el.tag.endswith(("}created", "}modified", "}TotalTime", "}Pages",
                                                             "}Words", "}Characters", "}Lines", "}Paragraphs",
                                                             "}DocSecurity", "}ScaleCrop", "}LinksUpToDate",
                                                             "}SharedDoc", "}HyperlinksChanged", "}AppVersion")):
            el.text = ""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _clean_picture(data: bytes, blank: bool = False) -> bytes:
    """A picture the reading did not cover, re-encoded from its pixels (``blank``: painted white); a format that
    cannot be decoded (EMF, WMF) is left to the leak check, which flags it."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as original:
            fmt = original.format or "PNG"
            image = original.copy()
    except Exception:
        return data
    if blank:
        image = Image.new("RGB", image.size, "white")
    image = _pixels_only(image)
    buf = io.BytesIO()
    image.save(buf, fmt if fmt in ("PNG", "JPEG", "BMP", "TIFF") else "PNG")
    return buf.getvalue()


def _blank_text(data: bytes) -> bytes:
    from lxml import etree

    from ..ingest.docx_text import parse_part

    try:
        root = parse_part(data)
    except Exception:
        return data
    for t in root.iter(_W + "t"):
        t.text = ""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _paint_picture(data: bytes, reading: PageText | None, page_plan, settings: CopySettings) -> tuple[bytes, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as original:
        fmt = original.format or "PNG"
        image = original.copy()
    boxes = painted_boxes(reading, page_plan.spans, page_plan.regions) if reading is not None else []
    if reading is not None and reading.rotation:  # painted upright, then turned back as the document shows it
        image = image.convert("RGB").rotate(-reading.rotation, expand=True)
        image = paint_boxes(image, boxes, settings.pad).rotate(reading.rotation, expand=True)
    else:
        image = paint_boxes(image.convert("RGB") if image.mode not in ("L", "RGB") else image, boxes, settings.pad)
    image = _pixels_only(image)
    buf = io.BytesIO()
    save_fmt = fmt if fmt in ("PNG", "JPEG", "BMP", "GIF", "TIFF") else "PNG"
    if save_fmt == "GIF":
        image = image.convert("P")
    image.save(buf, save_fmt)
    return buf.getvalue(), len(boxes)


def safe_temp_dir(parent: Path) -> Path:
    """A hidden working folder beside the outputs, removed by the caller."""
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=".cesr-redact-", dir=parent))


def remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
