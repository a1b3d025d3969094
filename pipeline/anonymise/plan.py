"""One redaction decision per document, from one reading of its pages.

:func:`plan_document` decides, for a document's page readings
(:class:`~pipeline.model.PageText`), every span of text to remove and every
region to paint (barcodes, QR codes, pictures).  Everything downstream comes
from this one decision: the anonymised text shown in review and embedded for
suggestions, the excerpts, exports and reports, and the redacted copies
(:mod:`pipeline.anonymise.redacted`), which paint the boxes of exactly the
words removed here.

The doctor's redaction decisions (:class:`Decisions`) are part of the input,
so they are applied the same way everywhere and on every re-run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..model import PageText, Region
from .core import Anonymiser, Span

__all__ = ["Decisions", "PagePlan", "Plan", "plan_document", "plan_for", "plan_text", "redact_strings", "anonymiser_for",
           "PAINTED_REGIONS"]

#: Region kinds painted over by default: every code, and pictures until the doctor keeps them.
PAINTED_REGIONS = ("barcode", "qrcode", "picture")


@dataclass(frozen=True)
class Decisions:
    """The doctor's redaction decisions for one document.

    Attributes:
        redact: ``(text, type)`` pairs removed wherever they occur (a word clicked in review, a leak
            flag resolved "redact", ``cesr redact --add``).
        keep: Texts never removed (a box un-redacted in review, a flag resolved "keep", ``--undo``).
        keep_regions: ``(page, index)`` of pictures the doctor has looked at and kept (codes always go).
        confirmed_regions: ``(page, index)`` of pictures the doctor has looked at and left painted over.
        paint_areas: ``(page, (x0, y0, x1, y1))`` areas the doctor asked to paint (a code the leak check found
            still decoding in a copy), as page fractions.
    """

    redact: tuple[tuple[str, str], ...] = ()
    keep: tuple[str, ...] = ()
    keep_regions: tuple[tuple[int, int], ...] = ()
    confirmed_regions: tuple[tuple[int, int], ...] = ()
    paint_areas: tuple[tuple[int, tuple[float, float, float, float]], ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.redact or self.keep or self.keep_regions or self.confirmed_regions or self.paint_areas)


@dataclass
class PagePlan:
    """What goes from one page: text spans (offsets into the reading's text) and regions of the page."""

    spans: list[Span]
    regions: list[tuple[int, Region]]  # (index in the reading's regions, region) to paint
    text: str  # the anonymised text

    def removed(self) -> set[tuple[int, int]]:
        return {(s.start, s.end) for s in self.spans}


@dataclass
class Plan:
    """A document's redaction decision: one :class:`PagePlan` per page reading."""

    pages: list[PagePlan] = field(default_factory=list)
    display_name: str = ""

    @property
    def texts(self) -> list[str]:
        return [p.text for p in self.pages]

    @property
    def count(self) -> int:
        return sum(len(p.spans) + len(p.regions) for p in self.pages)

    def by_type(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for p in self.pages:
            for s in p.spans:
                out[s.type] = out.get(s.type, 0) + 1
            for _, r in p.regions:
                key = r.kind.upper()
                out[key] = out.get(key, 0) + 1
        return dict(sorted(out.items()))

    def to_json(self) -> dict:
        """Offsets and types only (no text): what the workspace keeps beside the private reading."""
        return {"pages": [{"spans": [[s.start, s.end, s.type] for s in p.spans],
                           "regions": [i for i, _ in p.regions]} for p in self.pages]}


def anonymiser_for(applicant: str | None, decisions: Decisions | None = None, **kwargs) -> Anonymiser:
    decisions = decisions or Decisions()
    return Anonymiser(applicant=applicant, add=tuple(decisions.redact), undo=tuple(decisions.keep), **kwargs)


def plan_document(pages: Iterable[PageText], applicant: str | None = None, decisions: Decisions | None = None,
                  file_name: str | None = None, anonymiser: Anonymiser | None = None) -> Plan:
    """Decide what goes from every page of one document.

    Names learnt on any page are removed on every page (page 1 may mention a name introduced on page 2),
    and replacement tags are numbered across the document.

    Args:
        pages: The document's page readings.
        applicant: The applicant's name (kept, in every form).
        decisions: The doctor's redaction decisions.
        file_name: The file's name, to anonymise for display (``display_name``).
        anonymiser: An anonymiser to use instead of a new one (its applicant and decisions apply).
    """
    decisions = decisions or Decisions()
    pages = list(pages)
    anonymiser = anonymiser or anonymiser_for(applicant, decisions)
    for page in pages:  # learn every page's names first
        anonymiser.find(page.text)
    plans = []
    kept = set(decisions.keep_regions)
    for number, page in enumerate(pages):
        text, spans = anonymiser.anonymise(page.text)
        regions = [(i, r) for i, r in enumerate(page.regions)
                   if r.kind in PAINTED_REGIONS and not (r.kind == "picture" and (number, i) in kept)]
        regions += [(-1, Region("area", tuple(box), "painted by the doctor"))
                    for p, box in decisions.paint_areas if p == number]
        plans.append(PagePlan(spans, regions, text))
    display_name = ""
    if file_name is not None:
        from .core import anonymise_file_name

        display_name = anonymise_file_name(file_name, anonymiser)
    return Plan(plans, display_name)


def plan_text(text: str, applicant: str | None = None, decisions: Decisions | None = None) -> PagePlan:
    """The plan of a text with no layout (one page)."""
    return plan_document([PageText(text)], applicant, decisions).pages[0]


def redact_strings(text: str, strings: Iterable[tuple[str, str]]) -> str:
    """``text`` with every whole-word occurrence of each ``(string, type)`` replaced by its type's tag: for text
    made before the doctor's decision (a stored excerpt)."""
    from .core import normal_type, occurrences

    spans = []
    for string, kind in strings:
        for a, b in occurrences(text, string):
            spans.append(Span(a, b, normal_type(kind), string))
    taken: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if not taken or s.start >= taken[-1].end:
            taken.append(s)
    out, last = [], 0
    for s in taken:
        out.append(text[last:s.start])
        out.append("[" + s.type.replace("_", "-") + "]")
        last = s.end
    out.append(text[last:])
    return "".join(out)


def plan_for(readings: list[PageText], applicant: str | None, decisions: Decisions | None = None,
             file_name: str | None = None, allow: tuple[str, ...] = ()) -> tuple[Plan, Anonymiser]:
    """The plan of a document with the doctor's decisions and allow-list files, and the anonymiser that made
    it (which knows the names the document keeps on purpose, for the leak check)."""
    from .shapes import allowlist_with

    anonymiser = anonymiser_for(applicant, decisions, allow=allowlist_with(tuple(allow)))
    return plan_document(readings, applicant, decisions, file_name=file_name, anonymiser=anonymiser), anonymiser
