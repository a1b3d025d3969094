"""Detectors: hospital, unit and record numbers (after labels, in trust formats, on a named patient's row)."""

from __future__ import annotations

import re

from ...regexes import family
from ..resolver import Span
from ..shapes import OCR_DIGITS, LabelValue
from .base import Pass
from .patterns import POSTCODE

_RX = family("hospital_numbers")


# The digits of a number carried to the start of the next line, alone there.
_CARRIED = re.compile(r"[ \t]*\n[ \t]*(\d{4,9})(?=[ \t]*(?:\n|$|[ \t]{2}|[,.;]))")


def _row_numbers(text: str, names: list[Span], spans: list[Span]) -> list[tuple[int, int]]:
    def line_of(span: Span) -> tuple[int, int]:
        end = text.find("\n", span.end)
        return text.rfind("\n", 0, span.start) + 1, len(text) if end < 0 else end

    lines = sorted({line_of(n) for n in names if n.type == "PATIENT"})
    out = []
    for a, b in lines:
        for m in _RX.row_number.finditer(text, a, b):
            if any(s.start < m.end() and m.start() < s.end for s in spans):
                continue
            if _RX.reference_before.search(text[max(a, m.start() - 25):m.start()]):
                continue
            word = m.group(0)
            if word.isdigit() and re.fullmatch(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])", word):
                continue  # 20230914: a date
            if POSTCODE.fullmatch(word):
                continue
            out.append((m.start(), m.end()))
    return out


def _hospital_numbers(text: str, allow) -> list[tuple[int, int]]:
    out = []
    for m in _RX.hosp_label.finditer(text):
        label = m.group(0)
        if re.match(r"(?i)\s*(?:NHS|GMC)", label):
            continue
        value = LabelValue(text, m.end())
        while t := value.next(_RX.hosp_value_token, 12):
            word = t.group(0)
            if value.count and (word in ("NHS", "DOB", "MRN", "GMC") or (word.isalpha() and len(word) > 4)):
                break
            # letters only after the number has started: a new field
            if value.count and value.digits >= 4 and word.isalpha():
                break
            value.take(t)
            nxt = text[value.end:value.end + 2]
            if nxt[:1] in "/-" and re.match(r"[/-][ ]\d", text[value.end:value.end + 3]):
                value.pos = value.end + 2  # "LUTH/2018/ 2 7719": a joiner and a space read by OCR
                continue
            if value.digits < 6 and re.match(r" [/-] \d", text[value.end:value.end + 4]):
                value.pos = value.end + 3  # "11873 / 2018": a number and its year, spaced
                continue
            if re.match(r" \d[A-Z](?![\w/-])", text[value.end:value.end + 4]):
                value.pos = value.end + 1  # "1O29847 4Q": a check letter after a space
                continue
            if nxt[:1] == " " and nxt[1:2] not in ("", " ", "\t", "\n") and (value.digits < 6 or len(word) <= 3):
                value.pos = value.end + 1  # one space inside the number: read on
                continue
            break
        end = value.end
        if value.count and value.digits < 4:
            carried = _CARRIED.match(text, end)  # "Hosp W07\n21984", "unit no. CCH 00\n87421": the rest on the next line
            if carried:
                end = carried.end(1)
        read = text[m.end():end]
        if sum(c.isdigit() for c in read) >= 4 or value.digits >= 2 and sum(
                c.isdigit() for c in read.translate(OCR_DIGITS)) >= 6:
            out.append((m.end(), end))  # "RiO: lO6l9O4": a number as OCR read it
    for m in _RX.hosp_format.finditer(text):
        word = m.group(0)
        if POSTCODE.fullmatch(word) or _RX.reference_before.search(text[max(0, m.start() - 25):m.start()]):
            continue
        out.append((m.start(), m.end()))
    for m in _RX.hosp_format_spaced.finditer(text):
        if _RX.reference_before.search(text[max(0, m.start() - 25):m.start()]):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if allow.allows(m.group(2), text[max(line_start, m.start() - 60):m.start(2)]):
            continue  # "SNOMED CT 22298006", "PMID 31234567"
        out.append((m.start(), m.end()))
    out.extend((m.start(), m.end()) for m in _RX.trauma_alias.finditer(text))
    return out


def hospital_numbers(p: Pass) -> None:
    """Hospital, unit and record numbers: after their labels (``Hosp No``, ``MRN``, ``RiO ID``...) and in the
    letters-and-digits formats trusts use."""
    for start, end in _hospital_numbers(p.text, p.doc.allow):
        p.add(start, end, "HOSPITAL_NUMBER")


def row_numbers(p: Pass) -> None:
    """A number standing alone on the line of a patient's name (a list or table row): their hospital number."""
    for start, end in _row_numbers(p.text, p.names, p.spans):
        p.add(start, end, "HOSPITAL_NUMBER")
