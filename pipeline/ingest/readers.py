"""Readers: one function per format, each returning the text of every page.

A reader raises :class:`ReadError` with a one-line, user-facing reason when
a file cannot be read; it never returns partial garbage silently.
"""

from __future__ import annotations

import email
import email.policy

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .ocr import ocr_image
from .settings import IngestSettings


class ReadError(Exception):
    """A file could not be read; the message is the reason shown to the user."""


@dataclass(frozen=True)
class PageText:
    text: str
    ocr: bool = False
    confidence: float | None = None


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


def read_text(path: Path, settings: IngestSettings) -> list[PageText]:
    text = decode_text(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f") if "\f" in text else [text]
    return [PageText(p) for p in pages]


# ---------------------------------------------------------------- pdf


def read_pdf(path: Path, settings: IngestSettings) -> list[PageText]:
    """Read a PDF page by page: the text layer where there is one, else OCR."""
    import pdfplumber
    import pypdfium2 as pdfium
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(str(path))
    except PDFPasswordIncorrect as exc:
        raise ReadError("encrypted PDF: a password is needed to open it") from exc
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise ReadError("encrypted PDF: a password is needed to open it") from exc
        raise ReadError(f"corrupt PDF: {_reason(cause)}") from exc
    except Exception as exc:
        raise ReadError(f"corrupt PDF: {_reason(exc)}") from exc
    try:
        try:
            n_pages = len(pdf.pages)
        except Exception as exc:
            raise ReadError(f"corrupt PDF: cannot read its page tree ({_reason(exc)})") from exc
        if n_pages == 0:
            raise ReadError("PDF has no pages")
        if n_pages > settings.max_pages:
            raise ReadError(f"PDF has {n_pages} pages, more than the limit of {settings.max_pages}")
        pages: list[PageText] = []
        needs_ocr: list[int] = []
        for i, page in enumerate(pdf.pages):
            try:
                text = page.extract_text() or ""
            except Exception as exc:
                raise ReadError(f"corrupt PDF: page {i + 1} cannot be read ({_reason(exc)})") from exc
            finally:
                page.close()
            pages.append(PageText(text))
            if len("".join(text.split())) < settings.min_text_chars:
                needs_ocr.append(i)
    finally:
        pdf.close()

    if needs_ocr and settings.ocr:
        try:
            doc = pdfium.PdfDocument(str(path))
        except Exception as exc:
            raise ReadError(f"corrupt PDF: cannot render pages for OCR ({_reason(exc)})") from exc
        try:
            with tempfile.TemporaryDirectory(prefix="cesr-ocr-") as tmp:
                for i in needs_ocr:
                    image = doc[i].render(scale=settings.dpi / 72).to_pil()
                    png = os.path.join(tmp, f"page-{i}.png")
                    image.convert("L").save(png)
                    result = _ocr(png, settings)
                    # Keep whatever the text layer had if OCR found less.
                    if len(result.text.strip()) >= len(pages[i].text.strip()):
                        pages[i] = PageText(result.text, ocr=True, confidence=result.confidence)
        finally:
            doc.close()
    return pages


# ---------------------------------------------------------------- images


def read_image(path: Path, settings: IngestSettings) -> list[PageText]:
    """OCR an image; every frame of a multi-page TIFF is a page."""
    from PIL import Image, UnidentifiedImageError

    if not settings.ocr:
        raise ReadError("image needs OCR, which is switched off")
    Image.MAX_IMAGE_PIXELS = settings.max_image_pixels
    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > settings.max_image_pixels:
                raise ReadError(
                    f"image is {width}x{height} pixels, over the limit of {settings.max_image_pixels:,} (possible decompression bomb)"
                )
            frames = getattr(image, "n_frames", 1)
            if frames > settings.max_pages:
                raise ReadError(f"image has {frames} frames, more than the limit of {settings.max_pages}")
            if frames == 1 and image.format in ("PNG", "JPEG", "TIFF", "BMP"):
                image.verify()
                return [_page_from_ocr(_ocr(str(path), settings))]
            pages = []
            with tempfile.TemporaryDirectory(prefix="cesr-ocr-") as tmp:
                for i in range(frames):
                    image.seek(i)
                    png = os.path.join(tmp, f"frame-{i}.png")
                    image.convert("L").save(png)
                    pages.append(_page_from_ocr(_ocr(png, settings)))
            return pages
    except ReadError:
        raise
    except Image.DecompressionBombError as exc:
        raise ReadError(f"image refused as a possible decompression bomb ({_reason(exc)})") from exc
    except UnidentifiedImageError as exc:
        raise ReadError("not a readable image (unknown or corrupt image data)") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ReadError(f"corrupt image: {_reason(exc)}") from exc


def _page_from_ocr(result) -> PageText:
    return PageText(result.text, ocr=True, confidence=result.confidence)


def _ocr(png: str, settings: IngestSettings):
    try:
        return ocr_image(png, lang=settings.lang, timeout=settings.ocr_timeout)
    except RuntimeError as exc:
        raise ReadError(str(exc)) from exc


# ---------------------------------------------------------------- docx


def read_docx(path: Path, settings: IngestSettings) -> list[PageText]:
    """Paragraphs and tables of a Word document, in document order."""
    import zipfile

    import docx
    from docx.document import Document as _Doc
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"corrupt or not a Word document: {_reason(exc)}") from exc
    except Exception as exc:
        raise ReadError(f"cannot read Word document: {_reason(exc)}") from exc
    assert isinstance(document, _Doc)
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
    return [PageText("\n".join(lines).strip())]


# ---------------------------------------------------------------- email


def read_email(path: Path, settings: IngestSettings) -> list[PageText]:
    """The message's headers and text body (attachments are read by ``ingest``)."""
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    head = [f"{h}: {message[h]}" for h in ("Date", "Subject") if message[h]]
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        text = body.get_content()
        if body.get_content_type() == "text/html":
            text = _html_to_text(text)
    return [PageText("\n".join(head + ["", text.strip()]).strip())]


def _html_to_text(html: str) -> str:
    from html.parser import HTMLParser

    class _Parser(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

        def handle_starttag(self, tag, attrs) -> None:
            if tag in ("br", "p", "div", "tr", "li"):
                self.parts.append("\n")

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

__all__ = ["ReadError", "PageText", "READERS", "decode_text"]
