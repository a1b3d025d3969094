"""Readers: one function per format, each returning the text of every page.

A reader returns a :class:`ReadResult` (pages, plus e-mail attachments and
notes for the doctor) or raises :class:`ReadError` with a one-line,
user-facing reason and a short ``kind`` code; it never returns partial
garbage silently.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass(frozen=True)
class PageText:
    """Text of one page.

    Attributes:
        ocr: Read with Tesseract.
        confidence: Tesseract's mean word confidence (OCR pages only).
        rotation: Degrees the page was turned before it was read.
        note: A remark for the doctor about this page, or ``""``.
    """

    text: str
    ocr: bool = False
    confidence: float | None = None
    rotation: int = 0
    note: str = ""


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


def _page_from_ocr(result) -> PageText:
    note = result.note
    if result.rotation:
        turn = "upside down" if result.rotation == 180 else f"rotated by {result.rotation}°"
        note = f"turned upright: the page was {turn}"
    return PageText(result.text, ocr=True, confidence=result.confidence, rotation=result.rotation, note=note)


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


def _extract_scan(page, target: str, settings: IngestSettings) -> int | None:
    """Save the page's own scanned image as a PGM when the page is exactly one upright full-page photo or scan.

    Decoding the image (~8 ms) is much cheaper than rendering the page (~55 ms) and gives the same pixels.
    Returns the image's dpi, or ``None`` when the page is anything else (then it is rendered).
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
        return max(1, int(round(dpi)))
    except Exception:
        return None


def render_page_for_ocr(page, target: str, settings: IngestSettings) -> int:
    """Write a PDFium page as a greyscale PGM for Tesseract; returns its dpi.

    A page that is one upright scan is saved as its own image; any other page is rendered.
    """
    dpi = _extract_scan(page, target, settings)
    if dpi is not None:
        return dpi
    page_w, page_h = page.get_size()
    _, image_dpi = _largest_image(page, page_w, page_h)
    scale = _render_scale(page_w, page_h, image_dpi, settings)
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        bitmap.to_pil().save(target)  # PGM: written as is, no compression (PNG costs ~0.1 s a page)
    finally:
        bitmap.close()
    return max(1, int(round(scale * 72)))


def _open_pdf(path: Path):
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReadError("encrypted PDF: a password is needed to open it", "encrypted") from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ReadError("encrypted PDF: protected with an unsupported security handler", "encrypted") from exc
        if not _pdf_tail_ok(path):
            raise ReadError("corrupt PDF: the file is truncated (it stops before the PDF end marker; "
                            "an interrupted download or copy?)", "corrupt") from exc
        raise ReadError(f"corrupt PDF: {_reason(exc)}", "corrupt") from exc
    except Exception as exc:
        raise ReadError(f"corrupt PDF: {_reason(exc)}", "corrupt") from exc


def read_pdf(path: Path, settings: IngestSettings) -> ReadResult:
    """Read a PDF page by page: the text layer where there is one, else OCR.

    A page is OCR'd when its text layer has fewer than ``min_text_chars``
    characters, or when it is mostly one image with only a little text on it
    (a scan with a printed stamp); the longer of the two readings is kept.
    """
    pdf = _open_pdf(path)
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
        with tempfile.TemporaryDirectory(prefix="cesr-ocr-") as tmp:
            for i in range(n_pages):
                try:
                    page = pdf[i]
                except Exception:
                    unreadable.append(i + 1)
                    pages.append(PageText(""))
                    continue
                try:
                    textpage = page.get_textpage()
                    try:
                        text = _clean_pdfium_text(textpage.get_text_range())
                    finally:
                        textpage.close()
                    chars = len("".join(text.split()))
                    needs_ocr = chars < settings.min_text_chars
                    if not needs_ocr and chars < 200:
                        page_w, page_h = page.get_size()
                        cover, _ = _largest_image(page, page_w, page_h)
                        needs_ocr = cover >= 0.5
                    if needs_ocr and settings.ocr:
                        target = os.path.join(tmp, f"page-{i + 1}.pgm")
                        dpi = render_page_for_ocr(page, target, settings)
                        result = _page_from_ocr(_ocr(target, settings, dpi=dpi))
                        os.unlink(target)
                        # Keep whatever the text layer had if OCR found less.
                        pages.append(result if len(result.text.strip()) >= len(text.strip()) else PageText(text))
                        continue
                    if not needs_ocr and settings.pdf_text == "pdfplumber":
                        if plumber is None:
                            import pdfplumber

                            plumber = pdfplumber.open(str(path))
                        text = plumber.pages[i].extract_text() or ""
                    pages.append(PageText(text))
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
        return ReadResult(pages, notes=notes)
    finally:
        if plumber is not None:
            plumber.close()
        pdf.close()


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
        with Image.open(path) as image:
            _check_size(image, settings)
            frames = getattr(image, "n_frames", 1)
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
            if frames == 1 and image.format in ("PNG", "JPEG", "TIFF", "BMP") and exif_orientation in (1, None):
                with Image.open(path) as check:  # verify() must come straight after open()
                    check.verify()
                return ReadResult([_page_from_ocr(_ocr(str(path), settings))])
            pages = []
            with tempfile.TemporaryDirectory(prefix="cesr-ocr-") as tmp:
                for i in range(frames):
                    image.seek(i)
                    _check_size(image, settings)
                    frame = ImageOps.exif_transpose(image) if exif_orientation not in (1, None) else image
                    pgm = os.path.join(tmp, f"frame-{i}.pgm")
                    frame.convert("L").save(pgm)
                    pages.append(_page_from_ocr(_ocr(pgm, settings, dpi=dpi)))
                    os.unlink(pgm)
            return ReadResult(pages)
    except ReadError:
        raise
    except Image.DecompressionBombError as exc:
        raise ReadError(f"image refused as a possible decompression bomb ({_reason(exc)})", "image_too_large") from exc
    except UnidentifiedImageError as exc:
        raise ReadError("corrupt image: unknown or damaged image data", "corrupt") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ReadError(f"corrupt image: {_reason(exc)}", "corrupt") from exc


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
    """Paragraphs and tables of a Word document, in document order.

    A Word file that is only a pasted scan (almost no text, some pictures) has
    its pictures OCR'd, one page each.
    """
    import zipfile

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"corrupt Word document: {_reason(exc)}", "corrupt") from exc
    except Exception as exc:
        raise ReadError(f"corrupt Word document: {_reason(exc)}", "corrupt") from exc
    lines: list[str] = []
    for section in document.sections:
        for para in section.header.paragraphs:
            if para.text.strip():
                lines.append(para.text)
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells = []
                for cell in row.cells:
                    value = cell.text.strip()
                    if value and (not cells or cells[-1] != value):
                        cells.append(value)
                lines.append(" | ".join(cells))
    text = "\n".join(lines).strip()
    pages = [PageText(text)]
    if settings.ocr and len("".join(text.split())) < 200:
        pages.extend(_ocr_docx_pictures(document, settings))
    return ReadResult(pages)


def _ocr_docx_pictures(document, settings: IngestSettings) -> list[PageText]:
    from io import BytesIO

    from PIL import Image

    pages = []
    with tempfile.TemporaryDirectory(prefix="cesr-ocr-") as tmp:
        for n, part in enumerate(document.part.package.parts):
            if not str(getattr(part, "content_type", "")).startswith("image/"):
                continue
            try:
                with Image.open(BytesIO(part.blob)) as image:
                    w, h = image.size
                    if w * h > settings.max_image_pixels or min(w, h) < 300:
                        continue  # bombs, logos and icons
                    pgm = os.path.join(tmp, f"picture-{n}.pgm")
                    image.convert("L").save(pgm)
                    dpi = _image_dpi(image)
            except Exception:
                continue
            pages.append(_page_from_ocr(_ocr(pgm, settings, dpi=dpi)))
    return pages


# ---------------------------------------------------------------- email


def read_email(path: Path, settings: IngestSettings) -> ReadResult:
    """The message's headers and text body; each attachment is returned to be read on its own."""
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    head = [f"{h}: {message[h]}" for h in ("Date", "Subject") if message[h]]
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
    skipped_inline = 0
    names: dict[str, int] = {}
    for part in _leaf_parts(message):
        if id(part) in body_parts:
            continue
        ctype = part.get_content_type()
        filename = part.get_filename()
        if ctype == "message/rfc822":
            inner = part.get_payload(0) if part.is_multipart() else part.get_content()
            data = inner.as_bytes(policy=email.policy.default)
            filename = filename or f"{inner.get('Subject') or 'forwarded message'}.eml"
        else:
            try:
                data = part.get_payload(decode=True) or b""
            except Exception:
                data = b""
            if not filename:
                if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
                    extra = data.decode(part.get_content_charset() or "utf-8", errors="replace")
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
    date = None
    try:
        if message["Date"]:
            date = email.utils.parsedate_to_datetime(str(message["Date"])).date().isoformat()
    except (TypeError, ValueError, IndexError):
        date = None
    return ReadResult([PageText("\n".join(head + ["", text.strip()]).strip())], attachments=attachments,
                      notes=notes, date=date)


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

__all__ = ["ReadError", "PageText", "Attachment", "ReadResult", "READERS", "decode_text", "render_page_for_ocr"]
