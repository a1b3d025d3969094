"""The text of a Word file, and where each character of it lives in the file's XML.

One walk of the package serves both the reader (the text the anonymiser
decides on) and the redacted copy (which rewrites the same ``w:t`` elements),
so the copy removes exactly the spans the review showed.  Every part that can
hold words is walked: the body, every header and footer, footnotes, endnotes
and comments; paragraphs inside text boxes and content controls are included.
A table row becomes one line with ``" | "`` between its cells, so the
anonymiser sees the table as a table.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

__all__ = ["DocxText", "TEXT_PARTS", "read_docx_text", "text_parts"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

#: The package parts that hold words, in the order their text is read.
TEXT_PARTS = (r"word/header\d*\.xml", r"word/document\.xml", r"word/footer\d*\.xml", r"word/footnotes\.xml",
              r"word/endnotes\.xml", r"word/comments\.xml")


@dataclass
class DocxText:
    """A Word file's text; ``pieces`` maps ``text[start:end]`` to the ``index``-th ``w:t`` of ``part``."""

    text: str
    pieces: list[tuple[int, int, str, int]]


def text_parts(names: list[str]) -> list[str]:
    """The parts of a package that hold words, in reading order (headers numbered in order)."""
    out = []
    for pattern in TEXT_PARTS:
        found = [n for n in names if re.fullmatch(pattern, n)]
        out.extend(sorted(found, key=lambda n: [int(d) if d.isdigit() else d for d in re.split(r"(\d+)", n)]))
    return out


class _Emitter:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.pieces: list[tuple[int, int, str, int]] = []

    def text(self, value: str, where: tuple[str, int] | None = None) -> None:
        if not value:
            return
        if where is not None:
            self.pieces.append((self.pos, self.pos + len(value), where[0], where[1]))
        self.parts.append(value)
        self.pos += len(value)

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.text("\n")


def _own(element, tag: str, stop: str):
    """Descendants ``tag`` of ``element`` whose nearest ``stop`` ancestor is ``element`` itself."""
    for el in element.iter(tag):
        parent = el.getparent()
        while parent is not None and parent is not element and parent.tag != stop:
            parent = parent.getparent()
        if parent is element:
            yield el


def _paragraph(p, em: _Emitter, index: dict, part: str, nested: list) -> None:
    for el in p.iter(W + "t", W + "tab", W + "br", W + "cr", W + "txbxContent"):
        owner = el.getparent()
        while owner is not None and owner is not p and owner.tag not in (W + "p", W + "txbxContent"):
            owner = owner.getparent()
        if el.tag == W + "txbxContent":
            if owner is p:
                nested.append(el)
            continue
        if owner is not p:
            continue
        if el.tag == W + "t":
            em.text(el.text or "", (part, index[el]))
        elif el.tag == W + "tab":
            em.text("\t")
        else:
            em.text(" ")


def _blocks(container, em: _Emitter, index: dict, part: str) -> None:
    for child in container:
        tag = child.tag
        if tag == W + "p":
            nested: list = []
            em.newline()
            _paragraph(child, em, index, part, nested)
            for box in nested:
                _blocks(box, em, index, part)
        elif tag == W + "tbl":
            for row in child.iter(W + "tr"):
                if _nearest(row, W + "tbl") is not child:
                    continue
                em.newline()
                first = True
                for cell in row:
                    if cell.tag == W + "sdt":
                        cells = [c for c in cell.iter(W + "tc") if _nearest(c, W + "tr") is row]
                    elif cell.tag == W + "tc":
                        cells = [cell]
                    else:
                        continue
                    for tc in cells:
                        if not "".join(t.text or "" for t in tc.iter(W + "t")).strip():
                            continue  # an empty or merged-away cell
                        if not first:
                            em.text(" | ")
                        first = False
                        sub = _Emitter()
                        sub.pos = em.pos
                        _cell(tc, sub, index, part)
                        cell_text = "".join(sub.parts).replace("\n", " ")
                        em.parts.append(cell_text)
                        em.pieces.extend(sub.pieces)
                        em.pos += len(cell_text)
        elif tag not in (W + "sectPr", W + "rPr", W + "pPr", W + "tblPr"):
            _blocks(child, em, index, part)  # body, headers, notes, comments, content controls, tracked insertions


def _cell(tc, em: _Emitter, index: dict, part: str) -> None:
    first = True
    for child in tc:
        if child.tag == W + "p":
            if not first and em.parts and not em.parts[-1].endswith(" "):
                em.text(" ")
            nested: list = []
            _paragraph(child, em, index, part, nested)
            for box in nested:
                _cell(box, em, index, part)
            first = False
        elif child.tag == W + "tbl":
            for row in child.iter(W + "tr"):
                if _nearest(row, W + "tbl") is not child:
                    continue  # a row of a table nested deeper: read with its own table
                for tc2 in row.iter(W + "tc"):
                    if _nearest(tc2, W + "tr") is row:
                        em.text(" ")
                        _cell(tc2, em, index, part)
        elif child.tag in (W + "sdt", W + "sdtContent"):
            _cell(child, em, index, part)


def _nearest(el, tag: str):
    parent = el.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def parse_part(data: bytes):
    """Parse an XML part safely (no entities, no network)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)
    return etree.fromstring(data, parser)


def text_of_roots(roots: list[tuple[str, object]]) -> DocxText:
    """The text of parsed parts (``(name, root)`` in reading order)."""
    em = _Emitter()
    for name, root in roots:
        elements = list(root.iter(W + "t"))  # kept alive: lxml gives the same proxy object while one exists
        index = {t: k for k, t in enumerate(elements)}
        em.newline()
        _blocks([root], em, index, name)
    text = "".join(em.parts)
    # one blank-free block of lines; trailing spaces on lines are kept (offsets must not move)
    return DocxText(text, em.pieces)


def read_docx_text(path) -> DocxText:
    """The text of the Word file at ``path`` (see the module's description)."""
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        roots = [(name, parse_part(package.read(name))) for name in text_parts(names)]
    return text_of_roots(roots)
