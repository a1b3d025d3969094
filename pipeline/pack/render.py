"""Drawing the pack's PDFs with reportlab: index pages, document pages, footers and bookmarks.

Every page is A4 and laid out before it is drawn (:func:`text_pages`, :func:`paginate`), so each page's
number and the bundle's total are known when its footer is drawn ("page x of y" in one pass).

A bundle is drawn in parts (:class:`BundleWriter` writes one run of pages, starting at any page number), each
part a small PDF on disk, and the parts are joined by :func:`join_parts` (qpdf, through pikepdf), which copies
their pages into the bundle as it writes it and adds the bookmarks: no process holds a whole bundle, and the
parts can be drawn on several processes.  Page images are embedded as they were encoded (JPEG as DCT, bilevel
pages as CCITT G4), never decoded again.  Text is drawn with Bitstream Vera (shipped with reportlab) so that
any Latin text prints; the fonts are embedded (subsets, once per part).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Union

__all__ = ["ImagePage", "TextPage", "LayoutPage", "Line", "PAGE", "text_pages", "wrap", "paginate", "BundleWriter",
           "join_parts", "fitted_dpi"]

PAGE = (595.2756, 841.8898)  # A4 in points
MARGIN = 50.0
TOP = PAGE[1] - 52.0  # below the header band
BOTTOM = 48.0  # above the footer
FOOTER_Y = 24.0
BODY_SIZE = 10.0
BODY_LEADING = 13.0

_FONTS = {"regular": "CesrVera", "bold": "CesrVeraBd", "italic": "CesrVeraIt", "bolditalic": "CesrVeraBI"}
_registered = False


def _register_fonts() -> None:
    global _registered
    if _registered:
        return
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("CesrVera", "Vera.ttf"), ("CesrVeraBd", "VeraBd.ttf"), ("CesrVeraIt", "VeraIt.ttf"),
                       ("CesrVeraBI", "VeraBI.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    _registered = True


def font(style: str) -> str:
    _register_fonts()
    return _FONTS[style]


@dataclass
class ImagePage:
    """A painted page image and the anonymised text laid invisibly under it (searchable).

    Attributes:
        path: The encoded picture: a JPEG file, or the raw CCITT G4 data of a bilevel picture.
        width, height: Its size in pixels.
        text: The anonymised text of the page.
        encoding: ``"jpeg"`` or ``"g4"``.
    """

    path: str
    width: int
    height: int
    text: str = ""
    encoding: str = "jpeg"


@dataclass
class LayoutPage:
    """A page set again as vector text (``pages.vector_page``), in its own points, y from the top.

    Attributes:
        width, height: The page's size.
        words: ``(text, x, baseline, size, horizontal scale %, style, (r, g, b))`` for each word kept.
        boxes: ``(x0, top, x1, bottom, tag)`` for each word removed: a black box with its tag in white.
        background: ``(ImagePage, (x0, top, x1, bottom))``: the page's drawing without its text, or ``None``.
        text: The anonymised text of the page (for the record; the words are the page's text).
    """

    width: float
    height: float
    words: list = field(default_factory=list)
    boxes: list = field(default_factory=list)
    background: tuple | None = None
    text: str = ""


@dataclass
class TextPage:
    """A page of the anonymised text, already wrapped."""

    lines: list[str] = field(default_factory=list)


Page = Union[ImagePage, TextPage, LayoutPage]


def fitted_dpi(width: float, height: float) -> float:
    """The resolution a picture of ``width`` x ``height`` pixels has once fitted into a document page."""
    box_w, box_h = PAGE[0] - 2 * MARGIN + 30, TOP - BOTTOM + 8
    return 72.0 / min(box_w / width, box_h / height)


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


@lru_cache(maxsize=1)
def _picture_class():
    """An image XObject made from already encoded data (JPEG as DCT, bilevel as CCITT G4): reportlab's own image
    objects decode and re-encode anything but a JPEG file.  Made on first use (reportlab is imported lazily)."""
    from reportlab.lib.utils import open_for_read
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.pdfutils import readJPEGInfo

    class Picture(pdfdoc.PDFObject):
        def __init__(self, page: ImagePage) -> None:
            self.page = page
            self.name = os.path.basename(page.path)  # not the folder: the bundle's bytes do not depend on it
            self.width, self.height = page.width, page.height

        def format(self, document) -> bytes:
            with open(self.page.path, "rb") as f:
                data = f.read()
            stream = pdfdoc.PDFStream(content=data)
            d = stream.dictionary
            d["Type"] = pdfdoc.PDFName("XObject")
            d["Subtype"] = pdfdoc.PDFName("Image")
            d["Width"] = self.width
            d["Height"] = self.height
            if self.page.encoding == "g4":
                d["BitsPerComponent"] = 1
                d["ColorSpace"] = pdfdoc.PDFName("DeviceGray")
                d["Filter"] = pdfdoc.PDFName("CCITTFaxDecode")
                d["DecodeParms"] = pdfdoc.PDFDictionary({"K": -1, "Columns": self.width, "Rows": self.height})
                d["Decode"] = pdfdoc.PDFArray([1, 0])  # the encoder writes black as 1
            else:
                with open_for_read(self.page.path) as f:
                    components = readJPEGInfo(f)[2]
                d["BitsPerComponent"] = 8
                d["ColorSpace"] = pdfdoc.PDFName({1: "DeviceGray", 3: "DeviceRGB"}.get(components, "DeviceCMYK"))
                if components == 4:
                    d["Decode"] = pdfdoc.PDFArray([1, 0, 1, 0, 1, 0, 1, 0])
                d["Filter"] = pdfdoc.PDFName("DCTDecode")
            d["Length"] = len(data)
            stream.filters = []
            return stream.format(document)

    return Picture


class BundleWriter:
    """One part of a bundle: pages drawn in order, each with the header and footer.

    Args:
        path: The file to write.
        title: The PDF's title (metadata) and the header of its index pages.
        applicant: The name in every footer.
        label: The bundle's short name in the footer (``01-SLO1``).
        total: The bundle's page count (known from the layout).
        first: The bundle's page number of this part's first page.
    """

    def __init__(self, path: str | os.PathLike, title: str, applicant: str, label: str, total: int,
                 first: int = 1) -> None:
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
        self.first = first
        self.page = first - 1
        self.drawn = 0
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
        if self.drawn:
            self.c.showPage()
        self.page += 1
        self.drawn += 1

    # ------------------------------------------------------------ pages

    def index_pages(self, pages: list[list[Line]]) -> None:
        for n, lines in enumerate(pages):
            self._next_page()
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
        """Draw one document: its pages, and on each page the header and footer."""
        for k, page in enumerate(pages, 1):
            self._next_page()
            self._header(f"Document {number}: {title}" + (f" (page {k} of {count})" if count > 1 else ""))
            if isinstance(page, ImagePage):
                self._image(page)
            elif isinstance(page, LayoutPage):
                self._layout(page)
            else:
                self._text(page)
            self._footer(f"Document {number} \u00b7 page {k} of {count}")

    def _picture(self, page: ImagePage, x: float, y: float, w: float, h: float) -> None:
        """Draw an encoded picture into the box (x, y, w, h): one XObject per picture file."""
        c = self.c
        picture = _picture_class()(page)
        name = c._doc.getXObjectName(picture.name)
        if not c._doc.idToObject.get(name):
            c._doc.addForm(picture.name, picture)  # registers it once under ``name``
        c._code.append(f"q {w:.3f} 0 0 {h:.3f} {x:.3f} {y:.3f} cm /{name} Do Q")
        c._formsinuse.append(picture.name)
        c._currentPageHasImages = 1

    @staticmethod
    def _fit(width: float, height: float) -> tuple[float, float, float, float, float]:
        scale = 72.0 / fitted_dpi(width, height)
        w, h = width * scale, height * scale
        return scale, (PAGE[0] - w) / 2, TOP + 4 - h, w, h

    def _layout(self, page: LayoutPage) -> None:
        """A page set again as text: its drawing, its words, and a black box with a tag for each word removed."""
        c = self.c
        s, x, y, w, h = self._fit(page.width, page.height)
        if page.background is not None:
            picture, (bx0, btop, bx1, bbottom) = page.background
            self._picture(picture, x + bx0 * s, y + (page.height - bbottom) * s, (bx1 - bx0) * s, (bbottom - btop) * s)
        c.saveState()
        c.translate(x, y)
        c.scale(s, s)
        H = page.height
        if page.words:
            t = c.beginText()
            current = None
            for text, wx, baseline, size, hscale, style, colour in page.words:
                if current != (style, size, colour):
                    t.setFont(font(style), size)
                    t.setFillColorRGB(*(v / 255 for v in colour))
                    current = (style, size, colour)
                t.setHorizScale(hscale)
                t.setTextOrigin(wx, H - baseline)
                t.textOut(text)
            c.drawText(t)
        c.setFillGray(0)
        for x0, top, x1, bottom, _ in page.boxes:
            c.rect(x0, H - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        tags = [b for b in page.boxes if b[4]]
        if tags:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            t = c.beginText()
            t.setFillGray(1)
            for x0, top, x1, bottom, tag in tags:
                size = max(1.0, min(8.0, 0.6 * (bottom - top)))
                natural = stringWidth(tag, font("regular"), size)
                t.setFont(font("regular"), size)
                t.setHorizScale(max(20.0, min(100.0, 100.0 * (x1 - x0 - 1) / max(natural, 0.1))))
                t.setTextOrigin(x0 + 0.5, H - bottom + 0.3 * (bottom - top))
                t.textOut(tag)
            c.drawText(t)
        c.restoreState()
        c.setStrokeGray(0.85)
        c.setLineWidth(0.3)
        c.rect(x, y, w, h)

    def _image(self, page: ImagePage) -> None:
        c = self.c
        _, x, y, w, h = self._fit(page.width, page.height)
        if page.text.strip():  # the anonymised text, invisible, under the picture: the page can be searched
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont(font("regular"), 7)
            t.setTextOrigin(x + 2, TOP - 8)
            for line in wrap(page.text, "regular", 7, w - 4)[: int((h - 8) // 8) or 1]:
                t.textLine(line)
            c.drawText(t)
        self._picture(page, x, y, w, h)
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

    def close(self, expected: int | None = None) -> int:
        """Write the file; returns the number of pages drawn (``expected``, by default the bundle's total, or the
        file is wrong)."""
        from reportlab import rl_config

        try:
            self.c.showPage()
            self.c.save()
        finally:
            rl_config.useA85 = self._a85
        expected = self.total if expected is None else expected
        if self.drawn != expected:
            raise RuntimeError(f"{self.label}: drew {self.drawn} pages, the layout had {expected}")
        return self.drawn


def join_parts(parts: list[str | os.PathLike], dest: str | os.PathLike, title: str, applicant: str,
               bookmarks: list[tuple[str, int]], total: int) -> None:
    """Write the bundle ``dest`` from its parts (in order), with ``bookmarks`` (title, page index from 0).

    qpdf copies each part's pages and reads their streams from the part files while it writes, so the bundle
    is never held in memory.  The same parts give the same bytes (a deterministic file identifier)."""
    import pikepdf

    opened = []
    try:
        with pikepdf.Pdf.new() as pdf:
            for part in parts:
                src = pikepdf.open(part)
                opened.append(src)
                pdf.pages.extend(src.pages)
            if len(pdf.pages) != total:
                raise RuntimeError(f"{os.path.basename(dest)}: the parts have {len(pdf.pages)} pages, the layout {total}")
            with pdf.open_outline() as outline:
                outline.root.extend(pikepdf.OutlineItem(t, page) for t, page in bookmarks)
            pdf.docinfo["/Title"] = title
            pdf.docinfo["/Author"] = applicant
            pdf.docinfo["/Creator"] = "cesr-mapper"
            pdf.docinfo["/Subject"] = "GMC portfolio pathway (CESR) evidence"
            pdf.Root.PageMode = pikepdf.Name.UseOutlines
            pdf.save(dest, deterministic_id=True, compress_streams=True,
                     object_stream_mode=pikepdf.ObjectStreamMode.generate)
    finally:
        for src in opened:
            src.close()
