"""Detectors: hospital, unit and record numbers (after labels, in trust formats, on a named patient's row)."""

from __future__ import annotations

import re

from ..resolver import Span
from .base import Pass
from .patterns import POSTCODE

# Labels of hospital, unit and other patient numbers.
_HOSP_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:"
    r"hosp(?:ital)?\.?\s*(?:n\s?[o0]|num(?:ber)?|id|ref(?:erence)?|#)\.?"
    r"|(?:hospital|unit|case|patient|pt|client|PAS|CRN|RXN|MRN|K|D|M|H|ED|A&E|AE|AED|ICU|ITU|RiO|RIS|CRIS|PACS|EPR|EMIS|"
    r"SystmOne|case[ \t]*notes?|casenotes?|notes|trust|hospital[ \t]+reg(?:istration)?|patient[ \t]+ref|specimen|"
    r"sample|request|emergency[ \t]+department|attendance|"
    r"lab|accession|episode|attendance|encounter|medical\s+record|health\s+record|record|casualty|X-?ray|radiology|"
    r"mother'?s\s+hosp(?:ital)?|baby'?s\s+hosp(?:ital)?|unit\s+record|UR|local|trust)\s*"
    r"(?:n\s?[o0]|num(?:ber)?|id|ref(?:erence)?|#)\.?"
    r"|M\.?R\.?N\.?|URN|UPI|PID|RiO|hosp#|hospital\s+number\s+is|MRN\s+is|unit\s+number\s+is|K\s+number"
    r"|CRN|PAS|RXN|(?:hosp(?:ital)?|unit|case[ \t]*notes?|patient)(?=[ \t]*[:#])"
    r"|(?-i:(?!(?:NHS|GMC|CHI|REF|INC|DOB|FOI|PALS|COMP|STEIS)\b)[A-Z]{2,4})[ \t]+(?:number|no\.?)"
    r")(?:\s*[:#.=]|\s)\s*(?-i:(?=[A-Z0-9]))",
)

_HOSP_VALUE_TOKEN = re.compile(r"[A-Z0-9lo]{1,14}(?:[-/][A-Z0-9lo]{1,14})*")

_HOSP_FORMAT = re.compile(r"(?<![A-Za-z0-9-])(?:[A-Z]{1,4}\d{6,10}|\d{2}[A-Z]\d{5,7}|[A-Z]{2,5}-[A-Z]{1,3}-\d{4,10})"
                          r"(?![A-Za-z0-9-])")

# Just before a reference number that is not a patient's ("Datix W214783", "Ref: IR-2291"): not a hospital number.
_REFERENCE_BEFORE = re.compile(r"(?i)\b(?:datix|incident|complaint|ref(?:erence)?|our|your|case\s+ref|IR|SI|STEIS|FOI|"
                               r"PO|invoice|booking|ticket|claim)\b[^\n]{0,12}$")

# "RWI 4471203", "RAD-7730412": letters, a space or hyphen, 6-9 digits (not NHS/GMC, not a year-numbered reference)
_HOSP_FORMAT_SPACED = re.compile(r"(?<![\w/-])(?!(?:NHS|GMC|CHI|TEL|FAX|MOB|EXT|DOB|REF|IR|INC|DATIX|COMP|PALS|FOI|SUI|SI)\b)"
                                 r"(?!(?:BP|HR|RR|SATS?|BM|GCS|NEWS|PEWS|SPO|TEMP|RESP|PULSE|PR|CRP|WCC|HB|PLT|INR|NA|UR|CR|"
                                 r"EGFR|ALT|ALP|ALB|BILI|HBA|LDL|PSA|TSH|PH|CO|PO|PC|FEV|FVC|PEF|BMI|AGE|WT|HT)\b)"
                                 r"([A-Z]{2,4})[ -](?!(?:19|20)\d\d\b)(\d{6,9}[A-Z]?|\d{3,4}[ ]\d{3,4})(?![\w/-])")

# A number on the same line as a patient's name, in a list or table row ("1. 00601127 – Ms Vaughan", "| A1234567 |
# Abena Owusu |"): 6-10 digits, or 1-4 letters and 5-10 digits, standing alone. Not a date, time, phone or code
# already found.
_ROW_NUMBER = re.compile(r"(?<![\w/.:+£$-])(?:\d{6,10}|[A-Za-z]{1,4}\d{5,10}[A-Za-z]?|\d{6,9}[A-Za-z])(?![\w/:%-]|[.,]\d)")


def _row_numbers(text: str, names: list[Span], spans: list[Span]) -> list[tuple[int, int]]:
    def line_of(span: Span) -> tuple[int, int]:
        end = text.find("\n", span.end)
        return text.rfind("\n", 0, span.start) + 1, len(text) if end < 0 else end

    lines = sorted({line_of(n) for n in names if n.type == "PATIENT"})
    out = []
    for a, b in lines:
        for m in _ROW_NUMBER.finditer(text, a, b):
            if any(s.start < m.end() and m.start() < s.end for s in spans):
                continue
            if _REFERENCE_BEFORE.search(text[max(a, m.start() - 25):m.start()]):
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
    for m in _HOSP_LABEL.finditer(text):
        label = m.group(0)
        if re.match(r"(?i)\s*(?:NHS|GMC)", label):
            continue
        pos = m.end()
        end = pos
        digits = 0
        tokens = 0
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        while pos < line_end and tokens < 12:
            t = _HOSP_VALUE_TOKEN.match(text, pos)
            if not t:
                break
            word = t.group(0)
            if tokens and (word in ("NHS", "DOB", "MRN", "GMC") or (word.isalpha() and len(word) > 4)):
                break
            # letters only after the number has started: a new field
            if tokens and digits >= 4 and word.isalpha():
                break
            digits += sum(c.isdigit() for c in word)
            tokens += 1
            end = t.end()
            nxt = text[end:end + 2]
            if nxt[:1] == " " and nxt[1:2] not in ("", " ", "\t", "\n") and (digits < 6 or len(word) <= 3):
                pos = end + 1
                continue
            break
        if digits >= 4:
            out.append((m.end(), end))
    for m in _HOSP_FORMAT.finditer(text):
        word = m.group(0)
        if POSTCODE.fullmatch(word) or _REFERENCE_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            continue
        out.append((m.start(), m.end()))
    for m in _HOSP_FORMAT_SPACED.finditer(text):
        if _REFERENCE_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if allow.allows(m.group(2), text[max(line_start, m.start() - 60):m.start(2)]):
            continue  # "SNOMED CT 22298006", "PMID 31234567"
        out.append((m.start(), m.end()))
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
