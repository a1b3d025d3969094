"""Drawing the pack's PDFs with reportlab: index pages, document pages, footers and bookmarks.

Every page is A4 and laid out before it is drawn (:func:`text_pages`, :func:`paginate`), so each page's
number and the bundle's total are known when its footer is drawn ("page x of y" in one pass).  Page images
are read from JPEG files on disk one at a time and embedded as they are (DCT), so a bundle never holds its
pictures in memory.  Text is drawn with Bitstream Vera (shipped with reportlab) so that any Latin text
prints; the fonts are embedded (subsets).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Union

__all__ = ["ImagePage", "TextPage", "Line", "PAGE", "text_pages", "wrap", "paginate", "BundleWriter"]

PAGE = (595.2756, 841.8898)  # A4 in points
MARGIN = 50.0
TOP = PAGE[1] - 52.0  # below the header band
BOTTOM = 48.0  # above the footer
FOOTER_Y = 24.0
BODY_SIZE = 10.0
BODY_LEADING = 13.0

_FONTS = {"regular": "CesrVera", "bold": "CesrVeraBd", "italic": "CesrVeraIt"}
_registered = False


def _register_fonts() -> None:
    global _registered
    if _registered:
        return
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("CesrVera", "Vera.ttf"), ("CesrVeraBd", "VeraBd.ttf"), ("CesrVeraIt", "VeraIt.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    _registered = True


def font(style: str) -> str:
    _register_fonts()
    return _FONTS[style]


@dataclass
class ImagePage:
    """A painted page image (a JPEG file) and the anonymised text laid invisibly under it (searchable)."""

    path: str
    width: int
    height: int
    text: str = ""


class _Named(str):
    """A JPEG's path whose ``str()`` is its file name only: reportlab names an image after ``str(path)``, so the
    bundle's bytes do not depend on the working folder (the same pack, the same sha256)."""

    def __str__(self) -> str:
        return os.path.basename(self)


@dataclass
class TextPage:
    """A page of the anonymised text, already wrapped."""

    lines: list[str] = field(default_factory=list)


Page = Union[ImagePage, TextPage]


def wrap(text: str, style: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` points (paragraphs kept, long words cut)."""
    from reportlab.lib.utils import simpleSplit

    name = font(style)
    out: list[str] = []
    for paragraph in (text or "").replace("\r\n", "\n").replace("\f", "\n").split("\n"):
        paragraph = paragraph.expandtabs(4).rstrip()
        if not paragraph.strip():
            out.append("")
            continue
        out.extend(simpleSplit(paragraph, name, size, width) or [""])
    return out


def text_pages(text: str) -> list[TextPage]:
    """The anonymised text cut into A4 pages (blank runs squeezed to one blank line)."""
    lines, blank = [], False
    for line in wrap(text, "regular", BODY_SIZE, PAGE[0] - 2 * MARGIN):
        if not line.strip():
            if blank or not lines:
                continue
            blank = True
        else:
            blank = False
        lines.append(line)
    per_page = int((TOP - BOTTOM) // BODY_LEADING)
    pages = [TextPage(lines[i:i + per_page]) for i in range(0, len(lines), per_page)]
    return pages or [TextPage(["(no text)"])]


@dataclass
class Line:
    """One line of an index page; ``right`` is drawn flush right (a callable is asked at drawing time)."""

    text: str
    style: str = "regular"
    size: float = 9.0
    indent: float = 0.0
    right: Union[str, Callable[[], str], None] = None
    gap: float = 0.0  # extra space before the line

    @property
    def height(self) -> float:
        return self.size * 1.35 + self.gap


def paginate(lines: list[Line]) -> list[list[Line]]:
    """Index lines cut into pages."""
    pages: list[list[Line]] = [[]]
    room = TOP - BOTTOM
    used = 0.0
    for line in lines:
        if used + line.height > room and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(line)
        used += line.height
    return pages


class BundleWriter:
    """One PDF: pages drawn in order, each with the footer; bookmarks per document.

    Args:
        path: The file to write.
        title: The PDF's title (metadata) and the header of its index pages.
        applicant: The name in every footer.
        label: The bundle's short name in the footer (``01-SLO1``).
        total: The bundle's page count (known from the layout).
    """

    def __init__(self, path: str | os.PathLike, title: str, applicant: str, label: str, total: int) -> None:
        from reportlab import rl_config
        from reportlab.pdfgen import canvas

        _register_fonts()
        # reportlab wraps every stream in ASCII85 by default: a quarter bigger, and encoded in pure Python
        # (measured: 16 of 28 s of a 79-page pack); binary streams are what PDF readers expect anyway
        self._a85 = rl_config.useA85
        rl_config.useA85 = 0
        self.c = canvas.Canvas(str(path), pagesize=PAGE, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(applicant)
        self.c.setCreator("cesr-mapper")
        self.c.setSubject("GMC portfolio pathway (CESR) evidence")
        self.applicant = applicant
        self.label = label
        self.total = total
        self.page = 0
        self.title = title

    # ------------------------------------------------------------ pieces

    def _footer(self, what: str) -> None:
        c = self.c
        c.setStrokeGray(0.6)
        c.setLineWidth(0.4)
        c.line(MARGIN, FOOTER_Y + 11, PAGE[0] - MARGIN, FOOTER_Y + 11)
        c.setFillGray(0)
        c.setFont(font("bold"), 8)
        c.drawString(MARGIN, FOOTER_Y, self.applicant)
        c.setFont(font("regular"), 8)
        c.drawCentredString(PAGE[0] / 2, FOOTER_Y, what)
        c.drawRightString(PAGE[0] - MARGIN, FOOTER_Y, f"{self.label} \u00b7 page {self.page} of {self.total}")

    def _header(self, text: str, style: str = "bold") -> None:
        c = self.c
        c.setFillGray(0)
        c.setFont(font(style), 9)
        line = wrap(text, style, 9, PAGE[0] - 2 * MARGIN)[0] if text else ""
        if line != text and line:
            line = line.rstrip() + " …"
        c.drawString(MARGIN, PAGE[1] - 34, line)
        c.setStrokeGray(0.6)
        c.setLineWidth(0.4)
        c.line(MARGIN, PAGE[1] - 40, PAGE[0] - MARGIN, PAGE[1] - 40)

    def _next_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1

    # ------------------------------------------------------------ pages

    def index_pages(self, pages: list[list[Line]], bookmark: str = "Index") -> None:
        for n, lines in enumerate(pages):
            self._next_page()
            if n == 0:
                key = f"p{self.page}"
                self.c.bookmarkPage(key)
                self.c.addOutlineEntry(bookmark, key, level=0)
            self._header(self.title + (" (continued)" if n else ""))
            y = TOP
            for line in lines:
                y -= line.gap + line.size * 1.35
                self.c.setFont(font(line.style), line.size)
                self.c.drawString(MARGIN + line.indent, y + line.size * 0.35, line.text)
                right = line.right() if callable(line.right) else line.right
                if right:
                    self.c.setFont(font("regular"), line.size)
                    self.c.drawRightString(PAGE[0] - MARGIN, y + line.size * 0.35, right)
            self._footer("Index")

    def document(self, number: int, title: str, pages: Iterable[Page], count: int) -> None:
        """Draw one document: its pages, a bookmark, and on each page the header and footer."""
        for k, page in enumerate(pages, 1):
            self._next_page()
            if k == 1:
                key = f"d{number}"
                self.c.bookmarkPage(key)
                self.c.addOutlineEntry(f"{number}. {title}", key, level=0)
            self._header(f"Document {number}: {title}" + (f" (page {k} of {count})" if count > 1 else ""))
            if isinstance(page, ImagePage):
                self._image(page)
            else:
                self._text(page)
            self._footer(f"Document {number} \u00b7 page {k} of {count}")

    def _image(self, page: ImagePage) -> None:
        c = self.c
        box_w, box_h = PAGE[0] - 2 * MARGIN + 30, TOP - BOTTOM + 8
        scale = min(box_w / page.width, box_h / page.height)
        w, h = page.width * scale, page.height * scale
        x, y = (PAGE[0] - w) / 2, TOP + 4 - h
        if page.text.strip():  # the anonymised text, invisible, under the picture: the page can be searched
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont(font("regular"), 7)
            t.setTextOrigin(x + 2, TOP - 8)
            for line in wrap(page.text, "regular", 7, w - 4)[: int((h - 8) // 8) or 1]:
                t.textLine(line)
            c.drawText(t)
        c.drawImage(_Named(page.path), x, y, width=w, height=h)
        c.setStrokeGray(0.75)
        c.setLineWidth(0.3)
        c.rect(x, y, w, h)

    def _text(self, page: TextPage) -> None:
        t = self.c.beginText()
        t.setFont(font("regular"), BODY_SIZE, leading=BODY_LEADING)
        t.setTextOrigin(MARGIN, TOP - BODY_SIZE)
        for line in page.lines:
            t.textLine(line)
        self.c.drawText(t)

    def close(self) -> int:
        """Write the file; returns the number of pages drawn (the layout's total, or the file is wrong)."""
        from reportlab import rl_config

        try:
            self.c.showPage()
            self.c.save()
        finally:
            rl_config.useA85 = self._a85
        if self.page != self.total:
            raise RuntimeError(f"{self.label}: drew {self.page} pages, the layout had {self.total}")
        return self.page
