"""Detector: GMC and NMC numbers of people other than the applicant."""

from __future__ import annotations

import re

from ...regexes import family
from ..resolver import Span
from .base import Pass

_RX = family("gmc_numbers")


def _gmc_is_applicants(text: str, pos: int, names: list[Span], mentions: list[tuple[int, int]]) -> bool:
    """The applicant's own GMC number stays: the nearest person named before it is the applicant (or the
    writer says it is theirs: "My GMC number is 7345120"). An assessor's or supervisor's number goes: their name
    stays, their registration number is one of "those people's" GMC numbers."""
    before = max(0, pos - 30)
    if _RX.first_person.search(text, before, pos):
        return True
    if _RX.third_person.search(text, before, pos):
        return False  # "His GMC number is ...": someone else's, whoever was named last
    if not mentions:
        return False
    window_start = max(0, pos - 300)
    line_start = pos
    for _ in range(3):  # this line and the two before ("STATEMENT OF DR X / Occupation: ... / GMC number:")
        line_start = text.rfind("\n", 0, max(0, line_start - 1))
    window_start = max(window_start, line_start)
    best_app = max((b for a, b in mentions if window_start <= a and b <= pos), default=-1)
    best_other = max((s.end for s in names if window_start <= s.start and s.end <= pos
                      and not (s.text.isupper() and len(s.text) <= 6)), default=-1)
    return best_app >= 0 and best_app >= best_other


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def gmc_numbers(p: Pass) -> None:
    """Other people's GMC (and NMC) numbers; the applicant's own, wherever it is written, is remembered as theirs
    and kept."""
    text, add, doc = p.text, p.add, p.doc
    applicant_mentions = p.applicant_mentions
    own_numbers: list[tuple[int, int]] = []  # the applicant's own GMC number stays, wherever it is written
    for m in _RX.gmc.finditer(text):
        if m.group(1) in doc.keep or sum(c.isdigit() for c in m.group(1)) < 4:
            continue
        if not _gmc_is_applicants(text, m.start(), p.names, applicant_mentions):
            add(m.start(1), m.end(1), "GMC_NUMBER")
        else:
            own_numbers.append((m.start(1), m.end(1)))
    for a, b in applicant_mentions:  # "Dr Wei-Ling Chen (ICU reg, 7709215)": a bare GMC number after the name
        m = _RX.bracketed_number_after.match(text, b)
        if m and m.group(1) not in doc.keep:
            own_numbers.append((m.start(1), m.end(1)))
    # a doctor has one GMC number: when the applicant's is written right after their name ("Structured reference
    # for Dr X, GMC 7420117"), a different number taken for theirs is someone else's (the referee's own, "I am a
    # Consultant Colorectal Surgeon (GMC 3398415)", after the applicant was named)
    beside = {_digits(text[a:b]) for a, b in own_numbers
              if any(0 <= a - e <= 20 and not re.search(r"[.;\n]", text[e:a]) for _, e in applicant_mentions)}
    if beside:
        for a, b in [(a, b) for a, b in own_numbers if _digits(text[a:b]) not in beside]:
            own_numbers.remove((a, b))
            add(a, b, "GMC_NUMBER")
    p.own_digits = {_digits(text[a:b]) for a, b in own_numbers}
    doc.memory.own_numbers.update(text[a:b] for a, b in own_numbers)
