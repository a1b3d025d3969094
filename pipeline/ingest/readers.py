"""Readers: one function per format, each returning the text of every page.

A reader returns a :class:`ReadResult` (pages, plus e-mail attachments and
notes for the doctor) or raises :class:`ReadError` with a one-line,
user-facing reason and a short ``kind`` code; it never returns partial
garbage silently.
"""

from __future__ import annotations

import contextlib
import ctypes
import email
import threading
import email.policy
import email.utils
import os
import re
import struct
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..model import PageText, Region
from .ocr import ocr_page
from .settings import IngestSettings


class ReadError(Exception):
    """A file could not be read; the message is the reason shown to the user.

    Attributes:
        kind: Short code of the failure (``"corrupt"``, ``"encrypted"``...).
    """

    def __init__(self, message: str, kind: str = "unreadable") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class Attachment:
    """A file attached to an e-mail, read as a document of its own."""

    name: str
    data: bytes
    content_type: str = ""


@dataclass
class ReadResult:
    """What a reader found: pages, attachments (e-mail) and notes."""

    pages: list[PageText]
    attachments: list[Attachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    date: str | None = None  # a date the format itself carries (an e-mail's Date header)


# ---------------------------------------------------------------- text


def decode_text(data: bytes) -> str:
    """Decode text in any common encoding (BOMs, UTF-8, UTF-16, cp1252)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # pragma: no cover - detector missing or failing
        pass
    return data.decode("cp1252", errors="replace")


def read_text(path: Path, settings: IngestSettings) -> ReadResult:
    text = decode_text(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f") if "\f" in text else [text]
    return ReadResult([PageText(p) for p in pages])


# ---------------------------------------------------------------- OCR helpers


def _ocr(image_path: str, settings: IngestSettings, dpi: int | None = None):
    try:
        return ocr_page(image_path, lang=settings.lang, timeout=settings.ocr_timeout, dpi=dpi,
                        orientation=settings.orientation, orientation_below=settings.orientation_below)
    except RuntimeError as exc:
        raise ReadError(str(exc), "ocr_error") from exc


def _page_from_ocr(result, image_path: str | None = None, bounds=None) -> PageText:
    """A page read by Tesseract, with its word boxes and the codes on its image.

    Args:
        result: Tesseract's reading (:class:`~pipeline.ingest.ocr.OcrResult`).
        image_path: The image that was read, searched for barcodes and QR codes.
        bounds: Where that image lies on the page, ``(x0, y0, x1, y1)`` as fractions (default: the whole page).
    """
    note = result.note
    if result.rotation:
        turn = "upside down" if result.rotation == 180 else f"rotated by {result.rotation}°"
        note = f"turned upright: the page was {turn}"
    regions: tuple[Region, ...] = ()
    if image_path is not None:
        regions = tuple(_codes_in(image_path, result.rotation))
    words = result.boxes
    if bounds is not None:
        words = tuple((a, b, *_into(bounds, box)) for a, b, *box in words)
        regions = tuple(replace(r, box=_into(bounds, r.box)) for r in regions)
    return PageText(result.text, ocr=True, confidence=result.confidence, rotation=result.rotation, note=note,
                    words=tuple(words), size=result.size, regions=regions)


def _into(bounds, box) -> tuple[float, float, float, float]:
    """``box`` (fractions of an image) as fractions of the page the image lies on at ``bounds``."""
    x0, y0, x1, y1 = bounds
    w, h = x1 - x0, y1 - y0
    return (x0 + box[0] * w, y0 + box[1] * h, x0 + box[2] * w, y0 + box[3] * h)


def _codes_in(image_path: str, rotation: int = 0) -> list[Region]:
    """Barcodes and QR codes on an image file, in the coordinates of the image turned by ``rotation``."""
    from PIL import Image

    from .codes import find_codes

    try:
        with Image.open(image_path) as image:
            image = image.convert("L")
            if rotation:
                image = image.rotate(-rotation, expand=True)
            return find_codes(image)
    except Exception:  # a decoder failure must not lose the page's text; the leak check looks again
        return []


# ---------------------------------------------------------------- pdf


def _pdf_tail_ok(path: Path) -> bool:
    """A complete PDF ends with ``%%EOF`` (allowing some trailing bytes)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - 4096))
            return b"%%EOF" in handle.read()
    except OSError:
        return True


def _clean_pdfium_text(text: str) -> str:
    # PDFium marks a hyphen at a line break as U+FFFE (or \x02) and joins the lines.
    return (text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-").replace("\x02", "-")
            .replace("\x00", ""))


def _largest_image(page, page_w: float, page_h: float) -> tuple[float, float | None]:
    """(fraction of the page covered by its largest image, that image's resolution in dpi)."""
    import pypdfium2.raw as pdfium_c

    best_cover, best_dpi = 0.0, None
    try:
        objects = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3)
        for obj in objects:
            left, bottom, right, top = obj.get_bounds()
            w_pt, h_pt = max(right - left, 0.0), max(top - bottom, 0.0)
            if w_pt < 1 or h_pt < 1:
                continue
            cover = min(1.0, (w_pt * h_pt) / max(page_w * page_h, 1.0))
            if cover > best_cover:
                px_w, px_h = obj.get_px_size()
                best_cover = cover
                # resolution independent of how the image is turned on the page
                best_dpi = ((px_w * px_h) / ((w_pt / 72) * (h_pt / 72))) ** 0.5 if px_w and px_h else None
    except Exception:
        pass
    return best_cover, best_dpi


def _render_scale(page_w: float, page_h: float, image_dpi: float | None, settings: IngestSettings) -> float:
    dpi = float(settings.dpi)
    if image_dpi:
        dpi = min(max(image_dpi, settings.min_ocr_dpi), settings.dpi)
    scale = dpi / 72
    pixels = (page_w * scale) * (page_h * scale)
    if pixels > settings.max_image_pixels:  # a huge page: render smaller, never above the limit
        scale *= (settings.max_image_pixels / pixels) ** 0.5
    return scale


def _extract_scan(page, target: str, settings: IngestSettings):
    """Save the page's own scanned image as a PGM when the page is exactly one upright full-page photo or scan.

    Decoding the image (~8 ms) is much cheaper than rendering the page (~55 ms) and gives the same pixels.
    Returns the image's dpi and where it lies on the page (fractions), or ``None`` when the page is anything
    else (then it is rendered).
    """
    import pypdfium2.raw as pdfium_c

    try:
        if page.get_rotation() % 360:
            return None
        objects = list(page.get_objects(max_depth=1))
        if len(objects) != 1 or objects[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return None
        image = objects[0]
        if not set(image.get_filters()) <= {"DCTDecode", "FlateDecode"}:
            return None  # CCITT, JBIG2, JPX...: let PDFium render them
        m = image.get_matrix()
        if m.b or m.c or m.a <= 0 or m.d <= 0:
            return None  # turned or mirrored on the page
        page_w, page_h = page.get_size()
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) < 0.95 * page_w * page_h:
            return None
        px_w, px_h = image.get_px_size()
        if not px_w or not px_h or px_w * px_h > settings.max_image_pixels:
            return None
        dpi = 72 * px_w / (right - left)
        if not settings.min_ocr_dpi <= dpi <= settings.dpi:
            return None  # too coarse or too fine: render at a resolution Tesseract likes
        # The bitmap belongs to the image object (never close it); to_pil() shares its memory,
        # so the picture is converted (a copy) and saved while the page is still open.
        picture = image.get_bitmap(render=False).to_pil()
        if picture.mode not in ("L", "RGB", "RGBX", "RGBA"):
            return None
        picture.convert("L").save(target)
        bounds = (max(0.0, left / page_w), max(0.0, 1 - top / page_h), min(1.0, right / page_w),
                  min(1.0, 1 - bottom / page_h))
        return max(1, int(round(dpi))), bounds
    except Exception:
        return None


def render_page_for_ocr(page, target: str, settings: IngestSettings, with_bounds: bool = False):
    """Write a PDFium page as a greyscale PGM for Tesseract; returns its dpi (and, with ``with_bounds``,
    where the image lies on the page as fractions).

    A page that is one upright scan is saved as its own image; any other page is rendered.
    """
    scan = _extract_scan(page, target, settings)
    if scan is not None:
        return scan if with_bounds else scan[0]
    page_w, page_h = page.get_size()
    _, image_dpi = _largest_image(page, page_w, page_h)
    scale = _render_scale(page_w, page_h, image_dpi, settings)
    bitmap = page.render(scale=scale, grayscale=True, draw_annots=False)  # annotations are not copied either
    try:
        bitmap.to_pil().save(target)  # PGM: written as is, no compression (PNG costs ~0.1 s a page)
    finally:
        bitmap.close()
    dpi = max(1, int(round(scale * 72)))
    return (dpi, (0.0, 0.0, 1.0, 1.0)) if with_bounds else dpi


def pdf_password() -> str | None:
    """The password of encrypted PDFs the running command was given (``--password``), else ``None``."""
    from ..config import current

    secret = current().pdf_password
    return secret.reveal() if secret is not None else None


def open_pdf(path: str | os.PathLike):
    """A ``pypdfium2.PdfDocument`` of ``path``; an encrypted one opened with the command's password (``--password``).

    Raises:
        ReadError: encrypted (no password, or not the right one), or corrupt.  The message never holds the
            password.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    path = Path(path)
    try:
        try:
            return pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            password = pdf_password()
            if getattr(exc, "err_code", None) != pdfium_c.FPDF_ERR_PASSWORD or password is None:
                raise
            try:
                return pdfium.PdfDocument(str(path), password=password)
            except pdfium.PdfiumError as again:
                if getattr(again, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
                    raise ReadError("encrypted PDF: the password given does not open it", "encrypted") from None
                raise
    except ReadError:
        raise
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReadError("encrypted PDF: a password is needed to open it (give it with --password)",
                            "encrypted") from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ReadError("encrypted PDF: protected with an unsupported security handler", "encrypted") from exc
        if not _pdf_tail_ok(path):
            raise ReadError("corrupt PDF: the file is truncated (it stops before the PDF end marker; "
                            "an interrupted download or copy?)", "corrupt") from exc
        raise ReadError(f"corrupt PDF: {_reason(exc)}", "corrupt") from exc
    except Exception as exc:
        raise ReadError(f"corrupt PDF: {_reason(exc)}", "corrupt") from exc


#: PDFium is not thread-safe: every use of it in a process with threads (the review server, the evaluation)
#: holds this lock.  Reentrant, so a reader may call a helper that takes it too.
PDFIUM_LOCK = threading.RLock()


def read_pdf(path: Path, settings: IngestSettings) -> ReadResult:
    """Read a PDF page by page: the text layer where there is one, else OCR (PDFium under :data:`PDFIUM_LOCK`)."""
    with PDFIUM_LOCK:
        return _read_pdf(path, settings)


def _read_pdf(path: Path, settings: IngestSettings) -> ReadResult:
    """Read a PDF page by page: the text layer where there is one, else OCR.

    A page is OCR'd when its text layer has fewer than ``min_text_chars``
    characters, or when it is mostly one image with only a little text on it
    (a scan with a printed stamp); the longer of the two readings is kept.
    On a page read from its text layer, every word's box comes from PDFium;
    pictures pasted into it (a photographed form, an addressograph label) are
    OCR'd and their words added, and pages with pictures or many drawn shapes
    are rendered and searched for barcodes and QR codes.
    """
    pdf = open_pdf(path)
    notes: list[str] = []
    plumber = None
    try:
        try:
            n_pages = len(pdf)
        except Exception as exc:
            raise ReadError(f"corrupt PDF: cannot read its page tree ({_reason(exc)})", "corrupt") from exc
        if n_pages == 0:
            raise ReadError("corrupt PDF: it has no pages", "corrupt")
        if n_pages > settings.max_pages:
            raise ReadError(f"PDF has {n_pages:,} pages, more than the limit of {settings.max_pages:,} "
                            "(split it, or raise max_pages)", "too_many_pages")
        if not _pdf_tail_ok(path):
            notes.append("possibly truncated: the PDF has no end marker; the pages PDFium recovered were read")
        pages: list[PageText] = []
        unreadable: list[int] = []
        annotated: list[int] = []
        with tempfile.TemporaryDirectory(prefix="cesr-ocr-") as tmp:
            for i in range(n_pages):
                try:
                    page = pdf[i]
                except Exception:
                    unreadable.append(i + 1)
                    pages.append(PageText(""))
                    continue
                try:
                    if _annotation_count(page):
                        annotated.append(i + 1)
                    textpage = page.get_textpage()
                    try:
                        raw_text = textpage.get_text_range()
                        text, words = _layer_words(page, textpage, raw_text)
                    finally:
                        textpage.close()
                    size = tuple(float(v) for v in page.get_size())
                    chars = len("".join(text.split()))
                    needs_ocr = chars < settings.min_text_chars
                    if not needs_ocr and chars < 200:
                        page_w, page_h = page.get_size()
                        cover, _ = _largest_image(page, page_w, page_h)
                        needs_ocr = cover >= 0.5
                    if needs_ocr and settings.ocr:
                        target = os.path.join(tmp, f"page-{i + 1}.pgm")
                        dpi, bounds = render_page_for_ocr(page, target, settings, with_bounds=True)
                        result = _page_from_ocr(_ocr(target, settings, dpi=dpi), target, bounds)
                        os.unlink(target)
                        # Keep whatever the text layer had if OCR found less.
                        if len(result.text.strip()) >= len(text.strip()):
                            pages.append(replace(result, size=size))
                        else:
                            pages.append(PageText(text, words=words, size=size))
                        continue
                    if not needs_ocr and settings.pdf_text == "pdfplumber":
                        if plumber is None:
                            import pdfplumber

                            plumber = pdfplumber.open(str(path), password=pdf_password() or "")
                        text, words = _plumber_words(plumber.pages[i])
                    reading = PageText(text, words=words, size=size)
                    if settings.ocr:
                        reading = _pictures_and_codes(page, reading, settings, tmp, i)
                    pages.append(reading)
                except ReadError:
                    raise
                except Exception:
                    unreadable.append(i + 1)
                    pages.append(PageText(""))
                finally:
                    page.close()
        if unreadable and len(unreadable) == n_pages:
            raise ReadError("corrupt PDF: no page could be read", "corrupt")
        if unreadable:
            notes.append(f"unreadable pages: {_page_list(unreadable)} could not be read; the rest were")
        if annotated:
            notes.append(f"annotations left out: {_page_list(annotated)} carry comments, stamps or form fields, which "
                         "are neither read nor copied into a redacted copy; check the original")
        return ReadResult(pages, notes=notes)
    finally:
        if plumber is not None:
            plumber.close()
        pdf.close()


def _annotation_count(page) -> int:
    import pypdfium2.raw as pdfium_c

    try:
        return int(pdfium_c.FPDFPage_GetAnnotCount(page.raw))
    except Exception:
        return 0


_LAYER_MARKS = re.compile("\r\n?|[\ufffe\x02\x00]")  # what layer_text rewrites: line breaks, hyphen marks, NULs


def layer_text(raw_text: str) -> tuple[str, list[int]]:
    """PDFium's text of a page normalised as every reading has it (a line break is one ``\\n``, PDFium's mark
    for a hyphen at a line break is ``-``, NULs dropped), and for each character kept its position in
    ``raw_text`` (PDFium's character index)."""
    chars: list[str] = []
    index: list[int] = []
    last = 0
    for m in _LAYER_MARKS.finditer(raw_text):
        k = m.start()
        if k > last:  # the characters between two marks, as they are
            chars.append(raw_text[last:k])
            index.extend(range(last, k))
        mark = m.group()
        if mark != "\x00":
            chars.append("\n" if mark[0] == "\r" else "-")  # "\r\n" and a lone "\r" are one line break
            index.append(k)
        last = m.end()
    if last < len(raw_text):
        chars.append(raw_text[last:])
        index.extend(range(last, len(raw_text)))
    return "".join(chars), index


def _layer_words(page, textpage, raw_text: str) -> tuple[str, tuple]:
    """The text layer's text (PDFium's line breaks and hyphens normalised) and every word's box."""
    import pypdfium2.raw as pdfium_c

    text, index = layer_text(raw_text)
    width, height = page.get_size()
    if width <= 0 or height <= 0:
        return text, ()
    dev_w, dev_h = 10000, max(1, int(round(10000 * height / width)))
    # PDFium's own calls, on arguments made once for the page (about a third of the time of the helpers'
    # count_rects / get_rect and a new ctypes double per call: the same calls, the same numbers).
    raw_page, raw_textpage = page.raw, textpage.raw
    count_rects, get_rect = pdfium_c.FPDFText_CountRects, pdfium_c.FPDFText_GetRect
    to_device = pdfium_c.FPDF_PageToDevice
    left, top, right, bottom = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    box = (ctypes.byref(left), ctypes.byref(top), ctypes.byref(right), ctypes.byref(bottom))  # PDFium's: l, t, r, b
    dx, dy = ctypes.c_int(), ctypes.c_int()
    at_x, at_y = ctypes.byref(dx), ctypes.byref(dy)

    words = []
    for m in re.finditer(r"\S+", text):
        a, b = index[m.start()], index[m.end() - 1] + 1
        count = count_rects(raw_textpage, a, b - a)
        if count <= 0:  # none, or PDFium could not count them (-1)
            continue
        xs, ys = [], []
        for r in range(count):
            if not get_rect(raw_textpage, r, *box):
                break
            for x, y in ((left.value, bottom.value), (right.value, top.value)):
                to_device(raw_page, 0, 0, dev_w, dev_h, 0, x, y, at_x, at_y)
                xs.append(dx.value / dev_w)
                ys.append(dy.value / dev_h)
        else:
            words.append((m.start(), m.end(), max(0.0, min(xs)), max(0.0, min(ys)), min(1.0, max(xs)),
                          min(1.0, max(ys))))
    return _spaced(text, words)


def _spaced(text: str, words: list) -> tuple[str, tuple]:
    """The text with a wide gap between two words of a line written as three spaces (a table's cells, a form's
    label and value), as the OCR reading writes it; word offsets follow."""
    if not words:
        return text, ()
    parts: list[str] = []
    out = []
    pos = 0  # in the new text
    last = 0  # in the old text
    prev = None
    for a, b, x0, y0, x1, y1 in words:
        between = text[last:a]
        if prev is not None and "\n" not in between and between.strip() == "":
            height = max(1e-6, y1 - y0, prev[3] - prev[1])
            char = (prev[2] - prev[0]) / max(1, prev[4])
            gap = x0 - prev[2]
            between = "   " if gap > max(2.2 * char, 0.9 * height) else " "
        parts.append(between)
        pos += len(between)
        parts.append(text[a:b])
        out.append((pos, pos + (b - a), x0, y0, x1, y1))
        pos += b - a
        last = b
        prev = (x0, y0, x1, y1, b - a)
    parts.append(text[last:])
    return "".join(parts), tuple(out)


def _plumber_words(ppage) -> tuple[str, tuple]:
    """pdfplumber's words (``pdf_text="pdfplumber"``): text rebuilt line by line, with each word's box."""
    width, height = float(ppage.width) or 1.0, float(ppage.height) or 1.0
    raw = ppage.extract_words(keep_blank_chars=False, use_text_flow=False)
    lines: list[list[dict]] = []
    for w in sorted(raw, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(w["top"] - lines[-1][0]["top"]) <= 0.4 * max(1.0, lines[-1][0]["bottom"] - lines[-1][0]["top"]):
            lines[-1].append(w)
        else:
            lines.append([w])
    parts, words, pos = [], [], 0
    for li, line in enumerate(lines):
        if li:
            parts.append("\n")
            pos += 1
        prev = None
        for w in sorted(line, key=lambda w: w["x0"]):
            if prev is not None:
                sep = "   " if w["x0"] - prev["x1"] > 1.5 * max(1.0, w["bottom"] - w["top"]) else " "
                parts.append(sep)
                pos += len(sep)
            words.append((pos, pos + len(w["text"]), w["x0"] / width, w["top"] / height, w["x1"] / width,
                          w["bottom"] / height))
            parts.append(w["text"])
            pos += len(w["text"])
            prev = w
    return "".join(parts), tuple(words)


def _page_images(page) -> list[tuple[float, float, float, float]]:
    """Boxes (page fractions, top-left origin) of the pictures drawn on a page."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    rotation = page.get_rotation() % 360
    out = []
    try:
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
            left, bottom, right, top = obj.get_bounds()
            if right - left < 1 or top - bottom < 1:
                continue
            if rotation:  # rare: a turned page with pictures; the whole page counts
                out.append((0.0, 0.0, 1.0, 1.0))
                continue
            out.append((max(0.0, left / width), max(0.0, 1 - top / height), min(1.0, right / width),
                        min(1.0, 1 - bottom / height)))
    except Exception:
        pass
    return out


def _path_count(page, limit: int) -> int:
    """Path objects on the page, counted up to ``limit``; a page whose paths look like a barcode's bars (thin
    upright strokes of one height, side by side) or a QR code's modules (one path of many pieces) counts as
    ``limit`` at once."""
    import pypdfium2.raw as pdfium_c

    n = 0
    bars: dict[tuple[int, int], int] = {}
    try:
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
            n += 1
            if n >= limit:
                break
            left, bottom, right, top = obj.get_bounds()
            width, height = right - left, top - bottom
            if 0 < width <= 6 and height >= 8 and height >= 4 * width:  # a bar: key by its row and height
                key = (round(bottom), round(height))
                bars[key] = bars.get(key, 0) + 1
                if bars[key] >= CODE_BARS:
                    return limit
            elif pdfium_c.FPDFPath_CountSegments(obj.raw) >= CODE_SEGMENTS:
                return limit
    except Exception:
        pass
    return n


#: A picture smaller than this share of the page is a logo, an icon or a code: not OCR'd, not flagged (the page
#: is still searched for barcodes and QR codes).
MIN_PICTURE_AREA = 0.012
#: A drawn barcode is dozens of bars: pages with this many path objects are rendered and searched for codes.
CODE_PATHS = 40
CODE_BARS = 12  # a Code 128 of a few characters has 20-40 bars; table borders are rarely 12 strokes of one height in a row
CODE_SEGMENTS = 200  # a QR code drawn as one path: hundreds of module squares


def _pictures_and_codes(page, reading: PageText, settings: IngestSettings, tmp: str, i: int) -> PageText:
    """A text-layer page: OCR the pictures pasted into it, search it for codes, note photographs."""
    images = _page_images(page)
    pictures = [b for b in images if (b[2] - b[0]) * (b[3] - b[1]) >= MIN_PICTURE_AREA]
    if not images and _path_count(page, CODE_PATHS) < CODE_PATHS:
        return reading  # only text and a few lines: no picture to read, no barcode to find
    width, height = page.get_size()
    scale = min(settings.dpi, 300) / 72
    if width * height * scale * scale > settings.max_image_pixels:
        scale = (settings.max_image_pixels / (width * height)) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True, draw_annots=False)
    try:
        image = bitmap.to_pil().convert("L")
    finally:
        bitmap.close()
    from .codes import find_codes

    regions = list(reading.regions)
    try:
        regions.extend(find_codes(image))
    except Exception:
        pass
    text, words = reading.text, list(reading.words)
    W, H = image.size
    for n, box in enumerate(pictures):
        crop = image.crop((int(box[0] * W), int(box[1] * H), int(box[2] * W) + 1, int(box[3] * H) + 1))
        if crop.width < 40 or crop.height < 20:
            continue
        if _photographic(crop):
            regions.append(Region("picture", box, "embedded picture"))
        target = os.path.join(tmp, f"page-{i + 1}-picture-{n}.pgm")
        crop.save(target)
        try:
            got = ocr_page(target, lang=settings.lang, timeout=settings.ocr_timeout, dpi=int(scale * 72),
                           orientation=False)
        except RuntimeError:
            continue
        finally:
            os.unlink(target)
        if not got.text.strip():
            continue
        offset = len(text) + 2 if text else 0
        text = f"{text}\n\n{got.text}" if text else got.text
        words.extend((a + offset, b + offset, *_into(box, wb)) for a, b, *wb in got.boxes)
    return replace(reading, text=text, words=tuple(words), regions=tuple(regions))


def _photographic(image) -> bool:
    """A photograph rather than line art (a logo, a signature, a scanned form): many grey levels in use."""
    small = image.convert("L").resize((64, 64))
    histogram = small.histogram()
    used = sum(1 for v in histogram if v >= 3)
    mid = sum(histogram[40:216]) / (64 * 64)
    return used >= 90 and mid >= 0.35


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return ("page " if len(numbers) == 1 else "pages ") + shown + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


# ---------------------------------------------------------------- images


def read_image(path: Path, settings: IngestSettings) -> ReadResult:
    """OCR an image; every frame of a multi-page TIFF is a page.

    Phone photos are turned as their EXIF orientation says before OCR.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not settings.ocr:
        raise ReadError("image needs OCR, which is switched off", "ocr_off")
    # Our own size check (below, and per frame) runs before any pixel is decoded, so PIL's
    # own guard can be off: it would refuse with a less readable message.
    Image.MAX_IMAGE_PIXELS = None
    try:
        with contextlib.ExitStack() as stack:
            image = stack.enter_context(Image.open(path))
            _check_size(image, settings)
            frames, damaged = _frame_count(image, path)
            if damaged:  # a failed seek leaves Pillow's frame state unreliable: read the good frames afresh
                image = stack.enter_context(Image.open(path))
            if frames > settings.max_pages:
                raise ReadError(f"image has {frames:,} frames, more than the limit of {settings.max_pages:,}",
                                "too_many_pages")
            exif_orientation = 1
            if image.format in ("JPEG", "MPO", "TIFF", "WEBP"):  # phone photos; PNG's getexif() decodes the image
                try:
                    exif_orientation = image.getexif().get(0x0112, 1)
                except Exception:
                    exif_orientation = 1
            dpi = _image_dpi(image)
            notes = []
            if damaged:
                notes.append(f"damaged image: the first {frames} frame(s) were read; the frames after them "
                             "cannot be decoded")
            if (frames == 1 and not damaged and image.format in ("PNG", "JPEG", "TIFF", "BMP")
                    and exif_orientation in (1, None)):
                with Image.open(path) as check:  # verify() must come straight after open()
                    check.verify()
                return ReadResult([_page_from_ocr(_ocr(str(path), settings), str(path))])
            pages = []
            with tempfile.TemporaryDirectory(prefix="cesr-ocr-") as tmp:
                for i in range(frames):
                    image.seek(i)
                    _check_size(image, settings)
                    frame = ImageOps.exif_transpose(image) if exif_orientation not in (1, None) else image
                    pgm = os.path.join(tmp, f"frame-{i}.pgm")
                    frame.convert("L").save(pgm)
                    pages.append(_page_from_ocr(_ocr(pgm, settings, dpi=dpi), pgm))
                    os.unlink(pgm)
            return ReadResult(pages, notes=notes)
    except ReadError:
        raise
    except Image.DecompressionBombError as exc:
        raise ReadError(f"image refused as a possible decompression bomb ({_reason(exc)})", "image_too_large") from exc
    except UnidentifiedImageError as exc:
        raise ReadError("corrupt image: unknown or damaged image data", "corrupt") from exc
    except _IMAGE_ERRORS as exc:
        raise ReadError(f"corrupt image: {_reason(exc)}", "corrupt") from exc


#: What Pillow raises on damaged image data.  Besides OSError and friends its parsers let through TypeError
#: ("Missing dimensions": a TIFF directory without a width, found by fuzzing), KeyError, IndexError and
#: struct.error on truncated or inconsistent headers.
_IMAGE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, TypeError, KeyError, IndexError, struct.error)


def _frame_count(image, path) -> tuple[int, bool]:
    """(frames Pillow can decode, whether a later frame is damaged).

    Counting a TIFF's frames walks every image directory; when one of them is broken, the frames before it
    are still read (and a note says so) rather than the whole file refused.
    """
    from PIL import Image

    try:
        return getattr(image, "n_frames", 1), False
    except _IMAGE_ERRORS:
        pass
    good = 0
    with Image.open(path) as fresh:  # the failed count left ``image`` mid-seek: walk a fresh copy
        while True:
            try:
                fresh.seek(good)
            except _IMAGE_ERRORS:
                break
            good += 1
    if not good:
        raise ReadError("corrupt image: not even its first frame can be decoded", "corrupt")
    return good, True


def _check_size(image, settings: IngestSettings) -> None:
    width, height = image.size
    if width * height > settings.max_image_pixels:
        raise ReadError(f"image is {width:,} x {height:,} pixels, over the limit of {settings.max_image_pixels:,} "
                        "(a decompression bomb?)", "image_too_large")


def _image_dpi(image) -> int | None:
    try:
        value = int(round(float(image.info.get("dpi", (0, 0))[0])))
    except (TypeError, ValueError, IndexError):
        return None
    return value if 50 <= value <= 1200 else None


# ---------------------------------------------------------------- docx


def read_docx(path: Path, settings: IngestSettings) -> ReadResult:
    """The text of a Word document (body, headers, footers, notes, comments, in reading order; see
    :mod:`pipeline.ingest.docx_text`), then each picture in it as a page of its own.

    Pictures are searched for barcodes and QR codes, and pictures large enough to hold text are OCR'd
    (a pasted scan, a photographed wristband); photographs are noted for the doctor to confirm.
    """
    import zipfile

    from .docx_text import read_docx_text

    try:
        with zipfile.ZipFile(path) as package:
            if "word/document.xml" not in package.namelist():
                raise ReadError("corrupt Word document: it has no document part", "corrupt")
        docx_text = read_docx_text(path)
    except ReadError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"corrupt Word document: {_reason(exc)}", "corrupt") from exc
    except Exception as exc:
        raise ReadError(f"corrupt Word document: {_reason(exc)}", "corrupt") from exc
    pages = [PageText(docx_text.text)]
    if settings.ocr:
        pages.extend(_docx_pictures(path, settings))
    return ReadResult(pages)


def docx_pictures(package) -> list[str]:
    """Names of the picture parts of an open Word package, in order."""
    return sorted(n for n in package.namelist()
                  if n.startswith("word/media/") and n.rsplit(".", 1)[-1].lower() in
                  ("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff"))


def _docx_pictures(path: Path, settings: IngestSettings) -> list[PageText]:
    import zipfile
    from io import BytesIO

    from PIL import Image

    from .codes import find_codes

    pages = []
    with zipfile.ZipFile(path) as package, tempfile.TemporaryDirectory(prefix="cesr-ocr-") as tmp:
        for n, name in enumerate(docx_pictures(package)):
            try:
                with Image.open(BytesIO(package.read(name))) as image:
                    w, h = image.size
                    if w * h > settings.max_image_pixels or min(w, h) < 40:
                        continue  # bombs and icons
                    grey = image.convert("L")
                    dpi = _image_dpi(image)
            except Exception:
                continue
            regions = []
            try:
                regions = find_codes(grey)
            except Exception:
                regions = []
            if _photographic(grey):
                regions.append(Region("picture", (0.0, 0.0, 1.0, 1.0), "embedded picture"))
            reading = PageText("", ocr=False, size=(w, h), regions=tuple(regions), origin=name)
            if min(w, h) >= 150:
                pgm = os.path.join(tmp, f"picture-{n}.pgm")
                grey.save(pgm)
                try:
                    got = _page_from_ocr(_ocr(pgm, settings, dpi=dpi))
                    reading = replace(got, regions=tuple(regions) + got.regions, origin=name)
                finally:
                    os.unlink(pgm)
            if reading.text.strip() or reading.regions:
                pages.append(reading)
    return pages


# ---------------------------------------------------------------- email


def read_email(path: Path, settings: IngestSettings) -> ReadResult:
    """The message's headers (who wrote to whom, when, about what) and text body; each attachment is returned to be
    read on its own. The sender and recipients stay in the text because they are evidence (a supervisor's e-mail
    verifies by who sent it, and the applicant's name belongs on the page); their addresses are removed with the
    rest of the identifiers when the text is anonymised."""
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    head = [f"{h}: {message[h]}" for h in ("From", "To", "Cc", "Date", "Subject") if message[h]]
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    body_parts = set()
    if body is not None:
        try:
            text = body.get_content()
        except Exception:
            text = (body.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
        if body.get_content_type() == "text/html":
            text = _html_to_text(text)
        body_parts.add(id(body))
        for alternative in ("html", "plain"):
            other = message.get_body(preferencelist=(alternative,))
            if other is not None:
                body_parts.add(id(other))
    attachments: list[Attachment] = []
    skipped_inline = unreadable_forwards = 0
    names: dict[str, int] = {}
    for part in _leaf_parts(message):
        if id(part) in body_parts:
            continue
        ctype = part.get_content_type()
        filename = part.get_filename()
        if ctype == "message/rfc822":
            inner, data = _forwarded(part)
            if data is None:
                unreadable_forwards += 1
                continue
            filename = filename or f"{inner.get('Subject') or 'forwarded message'}.eml"
        else:
            try:
                data = part.get_payload(decode=True) or b""
            except Exception:
                data = b""
            if not filename:
                if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
                    extra = _decode_part(data, part.get_content_charset())
                    if ctype == "text/html":
                        extra = _html_to_text(extra)
                    text = f"{text}\n\n{extra}" if extra.strip() else text
                    continue
                filename = f"attachment{_suffix_for(ctype)}"
            if (part.get_content_maintype() == "image" and part.get_content_disposition() != "attachment"
                    and part.get("Content-ID") and len(data) < 20_000):
                skipped_inline += 1  # signature logos and icons embedded in the message
                continue
        filename = _safe_name(filename)
        if filename in names:
            names[filename] += 1
            stem, suffix = os.path.splitext(filename)
            filename = f"{stem} ({names[filename]}){suffix}"
        else:
            names[filename] = 1
        attachments.append(Attachment(filename, data, ctype))
    notes = []
    if skipped_inline:
        notes.append(f"inline pictures skipped: {skipped_inline} small picture(s) embedded in the message "
                     "(logos, icons) were not read")
    if unreadable_forwards:
        notes.append(f"forwarded message unreadable: {unreadable_forwards} message(s) attached to this one are too "
                     "damaged to open; open the e-mail in your mail program and save them separately")
    date = None
    try:
        if message["Date"]:
            date = email.utils.parsedate_to_datetime(str(message["Date"])).date().isoformat()
    except (TypeError, ValueError, IndexError):
        date = None
    return ReadResult([PageText("\n".join(head + ["", text.strip()]).strip())], attachments=attachments,
                      notes=notes, date=date)


_MIME_ERRORS = (UnicodeError, LookupError, ValueError, TypeError, AttributeError, IndexError, KeyError)


def _forwarded(part):
    """A forwarded message (``message/rfc822``) and its bytes, to be read as a document of its own.

    The standard library cannot always write a parsed message back as bytes: fuzzing found a multipart whose
    preamble holds a non-ASCII character (UnicodeEncodeError in ``email.generator``). Its text is then written
    as UTF-8; ``(None, None)`` only when even that fails.
    """
    try:
        inner = part.get_payload(0) if part.is_multipart() else part.get_content()
    except _MIME_ERRORS:
        return None, None
    try:
        return inner, inner.as_bytes(policy=email.policy.default)
    except _MIME_ERRORS:
        pass
    try:
        return inner, inner.as_string(policy=email.policy.default).encode("utf-8", "surrogateescape")
    except _MIME_ERRORS:
        return None, None


def _decode_part(data: bytes, charset: str | None) -> str:
    """A text part's bytes as text in the charset it names, or as detected when that name is no text codec.

    Fuzzing found ``charset="=?f-8"`` (LookupError) and a name with a NUL in it (ValueError); ``rot13`` or
    ``base64`` are codecs but not text encodings (LookupError too). The text is never dropped for that.
    """
    if charset:
        try:
            return data.decode(charset, errors="replace")
        except (LookupError, ValueError, TypeError):
            pass
    return decode_text(data)


def _leaf_parts(part):
    if part.get_content_type() == "message/rfc822":
        yield part
        return
    if part.is_multipart():
        for sub in part.iter_parts():
            yield from _leaf_parts(sub)
    else:
        yield part


def _suffix_for(ctype: str) -> str:
    import mimetypes

    return mimetypes.guess_extension(ctype) or ".bin"


def _safe_name(name: str) -> str:
    name = os.path.basename(str(name).replace("\\", "/")).strip().strip(".") or "attachment"
    name = "".join(ch if ch.isprintable() and ch not in '<>:"|?*' else "_" for ch in name)
    return name[:150]


def _html_to_text(html: str) -> str:
    from html.parser import HTMLParser

    class _Parser(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self._skip = 0

        def handle_data(self, data: str) -> None:
            if not self._skip:
                self.parts.append(data)

        def handle_starttag(self, tag, attrs) -> None:
            if tag in ("script", "style", "head"):
                self._skip += 1
            if tag in ("br", "p", "div", "tr", "li"):
                self.parts.append("\n")

        def handle_endtag(self, tag) -> None:
            if tag in ("script", "style", "head") and self._skip:
                self._skip -= 1

    parser = _Parser()
    parser.feed(html)
    return "".join(parser.parts)


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


READERS = {
    "text": read_text,
    "pdf": read_pdf,
    "image": read_image,
    "docx": read_docx,
    "email": read_email,
}

__all__ = ["ReadError", "PageText", "Attachment", "ReadResult", "READERS", "decode_text", "render_page_for_ocr",
           "PDFIUM_LOCK", "docx_pictures", "layer_text", "open_pdf", "pdf_password"]
