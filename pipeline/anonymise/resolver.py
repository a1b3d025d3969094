"""Overlaps and the per-document memory: the :class:`Span` every detector returns, the :class:`Memory` one
document's anonymiser keeps from page to page, and :func:`resolve_spans`, which makes the spans of a search disjoint."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """An identifier found in text: ``text[start:end]`` of a given type."""

    start: int
    end: int
    type: str
    text: str


_TOKEN_HEAD = re.compile(r"(?:^|(?<=[\s(\[:,]))([A-Za-z0-9]+(?:[&-][A-Za-z0-9]+)*[&-])$")


def whole_token(text: str, span: Span) -> Span:
    """A number found inside a token joined by '&' or '-' takes the whole token: "A&E-25-118430", not "E-25-118430";
    a name or a place that starts or ends inside a word takes the whole word ("L. McAllister", never "L. M" leaving
    "cAllister")."""
    if span.type in ("PATIENT", "RELATIVE", "PERSON", "ADDRESS"):
        start, end = span.start, span.end
        while start > 0 and text[start - 1].isalpha() and text[start].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha() and text[end - 1].isalpha():
            end += 1
        if span.type == "ADDRESS" and re.search(r"(?<![\w'’-])the[ \t]$", text[max(0, start - 5):start]):
            start -= 4  # "at [the Billericay School]": the article goes with the place's name
        return span if (start, end) == (span.start, span.end) else Span(start, end, span.type, text[start:end])
    if span.type not in ("HOSPITAL_NUMBER", "ID_NUMBER", "REFERENCE", "OTHER_ID") or span.start < 2:
        return span
    m = _TOKEN_HEAD.search(text, max(0, span.start - 20), span.start)
    if not m:
        return span
    return Span(m.start(1), span.end, span.type, text[m.start(1):span.end])


def cut_span(span: Span, ranges: list[tuple[int, int]], text: str) -> list[Span]:
    """``span`` without the parts inside ``ranges``."""
    pieces = [(span.start, span.end)]
    for a, b in ranges:
        nxt = []
        for x, y in pieces:
            if b <= x or a >= y:
                nxt.append((x, y))
                continue
            if x < a:
                nxt.append((x, a))
            if b < y:
                nxt.append((b, y))
        pieces = nxt
    out = []
    for x, y in pieces:
        while x < y and not text[x].isalnum():
            x += 1
        while y > x and not text[y - 1].isalnum():
            y -= 1
        if y > x:
            out.append(Span(x, y, span.type, text[x:y]))
    return out


def inside_any(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= span.start and span.end <= b for a, b in ranges)


_PRIORITY = {"EMAIL": 0, "NHS_NUMBER": 1, "GMC_NUMBER": 2, "HOSPITAL_NUMBER": 3, "PHONE": 4, "POSTCODE": 5,
             "ADDRESS": 6, "RELATIVE": 7, "PATIENT": 8, "PERSON": 9}


def resolve_spans(spans: list[Span]) -> list[Span]:
    """Make spans disjoint: numbers first, then longer spans; a span that overlaps
    one already taken keeps only its parts outside it (nothing is un-redacted)."""
    def key(s: Span):
        numeric = _PRIORITY.get(s.type, 99) <= 5
        return (0 if numeric else 1, -(s.end - s.start), _PRIORITY.get(s.type, 99), s.start)

    taken: list[Span] = []
    for span in sorted(spans, key=key):
        pieces = [(span.start, span.end)]
        for t in taken:
            nxt = []
            for a, b in pieces:
                if b <= t.start or a >= t.end:
                    nxt.append((a, b))
                    continue
                if a < t.start:
                    nxt.append((a, t.start))
                if b > t.end:
                    nxt.append((t.end, b))
            pieces = nxt
        for a, b in pieces:
            piece = span.text[a - span.start:b - span.start]
            lead = len(piece) - len(piece.lstrip(" \t\n,;:.-–("))
            trail = len(piece) - len(piece.rstrip(" \t\n,;:.-–)"))
            a2, b2 = a + lead, b - trail
            if b2 > a2 and any(c.isalnum() for c in span.text[a2 - span.start:b2 - span.start]):
                taken.append(Span(a2, b2, span.type, span.text[a2 - span.start:b2 - span.start]))
    return sorted(taken, key=lambda s: s.start)


@dataclass
class Memory:
    """What one document's anonymiser knows: the applicant's words (fixed) and what earlier pages taught it, so
    that names found on one page are removed from the next and tags keep their numbers."""

    applicant_words: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)  # folded word of a name found -> its type
    upper: set[str] = field(default_factory=set)
    counters: dict[str, int] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    verifier_words: set[str] = field(default_factory=set)
    own_numbers: set[str] = field(default_factory=set)
    seen_lower: set[str] = field(default_factory=set)
    initials: dict[str, str] = field(default_factory=dict)
    lower_words: set[str] = field(default_factory=set)  # lower-case words of the text being searched
