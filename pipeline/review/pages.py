"""The review's page view: the original page of a document beside its text, with what was removed and the
passage behind a suggestion drawn on it.

Nothing here reads a page again: the boxes come from the document's one reading (:class:`~pipeline.model.PageText`
word boxes, PDFium's or Tesseract's, kept in the workspace) and its one redaction plan, the same the copies are
painted from (:func:`pipeline.anonymise.redacted.painted_boxes`).  A suggestion's passage is an offset range in the
anonymised text the review shows; :func:`passage_boxes` carries it back through the plan's replacements to the
reading's offsets, and so to the words' boxes.

Page images are rendered on demand (:func:`pipeline.anonymise.redacted.page_image`: PDF pages by pypdfium2, images
by Pillow) and kept in :class:`PageCache`, a bounded folder beside the workspace's database keyed by the document's
content hash, the page, the scale and (painted pages) the boxes painted.  A page once rendered is served from there
even when its file has moved since.  The images are the doctor's own, served only by the review server on
127.0.0.1 behind the session's token; no name, text or path of them is logged, exported or reported.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

__all__ = ["PageCache", "PageImage", "SCALES", "has_image", "layout", "passage_boxes", "render"]

#: The scales a page may be asked for (1: 110 dpi, the redaction view's; 2 for a high-density screen).
SCALES = (1.0, 1.5, 2.0)
#: Dots per inch of a PDF page at scale 1.
BASE_DPI = 110
#: What the page cache may hold before the least recently used pages go (a page is 0.1-1 MB).
CACHE_BYTES = 256 * 1024 * 1024

NO_IMAGE = {
    "text": "A plain-text file has no page image: its text is all there is to check.",
    "email": "An e-mail has no page image: its text is all there is to check.",
    "docx": "A Word file has no page image (its layout is made by the program that opens it): check its text.",
}
SOURCE_GONE = ("The original file is no longer where it was added, or has changed since: its pages cannot be "
               "shown. Add it again with 'cesr add' to see them.")


def has_image(fmt: str, reading) -> bool:
    """Whether a page reading has an image to render: every page of a PDF or an image file, and a picture
    inside a Word file (its ``origin``)."""
    return fmt in ("pdf", "image") or (fmt == "docx" and bool(reading.origin))


# ------------------------------------------------------------------ passages on the page


def _page_starts(doc_text: str, texts: list[str]) -> list[tuple[int, int, int]]:
    """``(page, offset in doc_text, leading blanks dropped)`` of each page's anonymised text in the review's text
    (the stripped page texts joined by blank lines, as the store keeps it); a page not found is left out."""
    out, cursor = [], 0
    for i, text in enumerate(texts):
        stripped = text.strip()
        if not stripped:
            continue
        at = doc_text.find(stripped, cursor)
        if at < 0:
            continue
        out.append((i, at, len(text) - len(text.lstrip())))
        cursor = at + len(stripped)
    return out


def _pieces(reading_text: str, spans, anonymised: str) -> list[tuple[int, int, int, int, bool]] | None:
    """The anonymised page text cut into pieces ``(a0, a1, r0, r1, kept)``: kept text (the reading's ``r0:r1``,
    character for character) or a replacement tag (``[PATIENT-1]``) standing for the reading's ``r0:r1``.  ``None`` when the text is not the
    reading with those spans replaced (then no box is guessed)."""
    pieces, a, r = [], 0, 0
    for span in sorted(spans, key=lambda s: s.start):
        keep = span.start - r
        if keep < 0 or anonymised[a:a + keep] != reading_text[r:span.start]:
            return None
        if keep:
            pieces.append((a, a + keep, r, span.start, True))
        a += keep
        if not anonymised.startswith("[", a):
            return None
        end = anonymised.find("]", a) + 1
        if end <= 0:
            return None
        pieces.append((a, end, span.start, span.end, False))
        a, r = end, span.end
    if anonymised[a:] != reading_text[r:]:
        return None
    if a < len(anonymised):
        pieces.append((a, len(anonymised), r, len(reading_text), True))
    return pieces


def _to_reading(pieces, start: int, end: int) -> list[tuple[int, int]]:
    """Reading ranges of the anonymised range ``start:end`` (a tag touched stands for the whole identifier)."""
    out = []
    for a0, a1, r0, r1, kept in pieces:
        if a1 <= start or a0 >= end:
            continue
        if kept:
            lo, hi = max(start, a0) - a0, min(end, a1) - a0
            out.append((r0 + lo, r0 + hi))
        else:
            out.append((r0, r1))
    return out


def _lines(words: list[tuple[float, float, float, float]]) -> list[list[float]]:
    """Word boxes (in reading order) joined into one box per run of words on a line: a passage is drawn as a band
    over its lines, not a box round every word."""
    out: list[list[float]] = []
    for x0, y0, x1, y1 in words:
        if out:
            last = out[-1]
            height = max(y1 - y0, last[3] - last[1])
            same_line = min(y1, last[3]) - max(y0, last[1]) > 0.5 * height
            if same_line and -height < x0 - last[2] < 3 * height:
                out[-1] = [last[0], min(y0, last[1]), max(x1, last[2]), max(y1, last[3])]
                continue
        out.append([x0, y0, x1, y1])
    return [[round(v, 5) for v in box] for box in out]


def passage_boxes(doc_text: str, readings, plan, ranges: Iterable[tuple[int, int]]
                  ) -> dict[tuple[int, int], list[dict[str, Any]]]:
    """The word boxes (page fractions) of each passage ``(start, end)`` of the review's text, by page:
    ``{(start, end): [{"page": i, "boxes": [[x0, y0, x1, y1], ...]}, ...]}``; a passage none of whose words has a
    box (text with no layout) maps to ``[]``."""
    starts = _page_starts(doc_text, plan.texts)
    pieces = {i: _pieces(readings[i].text, plan.pages[i].spans, plan.pages[i].text) for i, _, _ in starts
              if readings[i].words}
    out: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for start, end in ranges:
        found = []
        for i, at, lead in starts:
            page_pieces = pieces.get(i)
            if not page_pieces:
                continue
            length = len(plan.pages[i].text.strip())
            lo, hi = max(start, at) - at + lead, min(end, at + length) - at + lead
            if lo >= hi:
                continue
            wanted = _to_reading(page_pieces, lo, hi)
            boxes = _lines([(x0, y0, x1, y1) for a, b, x0, y0, x1, y1 in readings[i].words
                            if any(a < r1 and r0 < b for r0, r1 in wanted)])
            if boxes:
                found.append({"page": i, "boxes": boxes})
        out[(start, end)] = found
    return out


def layout(doc, readings, plan, ranges: Iterable[tuple[int, int]]) -> dict[str, Any]:
    """What the page view draws for a document: its pages with an image (each with the boxes its copy paints) and,
    for each passage behind a suggestion, its boxes page by page; ``message`` when no page has an image."""
    from ..anonymise.redacted import painted_boxes

    pages = []
    for i, (reading, page_plan) in enumerate(zip(readings, plan.pages)):
        if not has_image(doc.format, reading):
            continue
        boxes = painted_boxes(reading, page_plan.spans, page_plan.regions)
        pages.append({"index": i, "picture": bool(reading.origin), "ocr": reading.ocr,
                      "redacted": [[round(v, 5) for v in box] for box in boxes]})
    passages = passage_boxes(doc.text or "", readings, plan, ranges)
    message = None
    if not pages:
        message = NO_IMAGE.get(doc.format, "This document has no page image: check its text.")
    elif doc.format == "docx":
        message = NO_IMAGE["docx"] + " The pictures inside it are shown."
    return {"sha256": doc.sha256, "format": doc.format, "pages": pages, "message": message,
            "passages": [{"start": s, "end": e, "pages": found} for (s, e), found in passages.items()]}


# ------------------------------------------------------------------ rendering and the cache


class PageCache:
    """Rendered pages in a folder, at most ``max_bytes`` of them: the least recently used go first.

    A hit touches the file (its modification time is its last use), so the pages the doctor is looking at stay.
    ``rendered`` counts the pages rendered into it by this process (what a hit saves).
    """

    def __init__(self, folder: Path, max_bytes: int = CACHE_BYTES) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self.rendered = 0

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.png"

    def get(self, key: str) -> bytes | None:
        path = self.path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            os.utime(path)
        except OSError:
            pass
        return data

    def put(self, key: str, data: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        part = self.folder / f"{key}.{os.getpid()}.{threading.get_ident()}.part"  # one per thread: no torn file
        part.write_bytes(data)
        os.replace(part, self.path(key))
        self.rendered += 1
        self.trim()

    def trim(self) -> None:
        """Remove the least recently used pages until the folder holds at most ``max_bytes``."""
        files = []
        for path in self.folder.glob("*.png"):
            try:
                st = path.stat()
            except OSError:
                continue
            files.append((st.st_mtime, st.st_size, path))
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= self.max_bytes:
                break
            try:
                path.unlink()
            except OSError:
                continue
            total -= size


@dataclass(frozen=True)
class PageImage:
    """A page image (``png``), or why there is none: ``status`` 404 (no such page, or no image), 410 (the file
    has moved or changed and the page was never rendered) or 422 (it could not be rendered), with ``message``."""

    status: int
    png: bytes | None = None
    message: str = ""


def cache_key(sha256: str, index: int, scale: float, painted_boxes: list | None) -> str:
    """The document's content hash, the page, the scale, and the boxes painted with their margin (``None``: the
    original)."""
    from ..anonymise.redacted import CopySettings

    paint = "original" if painted_boxes is None else hashlib.sha256(
        json.dumps([CopySettings().pad, painted_boxes]).encode()).hexdigest()
    return hashlib.sha256(f"{sha256}|{index}|{scale:g}|{paint}".encode()).hexdigest()[:40]


def render(cache: PageCache, doc, readings, plan, index: int, *, original: bool, scale: float,
           find_source) -> PageImage:
    """Page ``index`` of ``doc``, painted as its copy (or the ``original``), from the cache or rendered into it.

    ``find_source(work_dir)``: the document's file checked to be the same bytes, or ``None``."""
    import io
    import logging
    import tempfile

    from ..anonymise.redacted import page_image, painted_boxes

    if not 0 <= index < len(readings):
        return PageImage(404, message="no such page")
    reading, page_plan = readings[index], plan.pages[index]
    if not has_image(doc.format, reading):
        return PageImage(404, message=NO_IMAGE.get(doc.format, "this page has no image"))
    boxes = None if original else [list(b) for b in painted_boxes(reading, page_plan.spans, page_plan.regions)]
    key = cache_key(doc.sha256, index, scale, boxes)
    hit = cache.get(key)
    if hit is not None:
        return PageImage(200, hit)
    with tempfile.TemporaryDirectory(prefix="cesr-page-") as tmp:
        source = find_source(Path(tmp))
        if source is None:
            return PageImage(410, message=SOURCE_GONE)
        try:
            image = page_image(source, doc.format, readings, plan, index, dpi=round(BASE_DPI * scale),
                               painted=not original)
        except Exception as exc:  # a damaged or changed file: never its content or path in the log
            logging.getLogger("cesr.review").warning("review server: a page could not be rendered (%s)",
                                                     type(exc).__name__)
            return PageImage(422, message=f"this page could not be rendered ({type(exc).__name__})")
    if image is None:
        return PageImage(404, message=NO_IMAGE.get(doc.format, "this page has no image"))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    cache.put(key, buf.getvalue())
    return PageImage(200, buf.getvalue())
