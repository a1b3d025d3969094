"""Detector: NHS and CHI numbers (labelled, or ten digits with a valid modulus-11 check digit)."""

from __future__ import annotations

import re

from ...regexes import family
from .base import Pass
from .patterns import SP

_RX = family("nhs_numbers", sp=SP)
# Ten digits grouped 3-3-4 as an NHS number is printed, a zero or a one read by OCR as a letter ("4O1 998 2231"):
# no label needed when most of it is digits.
_OCR_GROUPED = re.compile(r"(?<![\w£$.,/-])([\dOoIl]{3})[ \t]([\dOoIl]{3})[ \t]([\dOoIl]{4})(?![\w/]|[.,]\d)")


def nhs_number_valid(digits: str) -> bool:
    """Modulus-11 check of a 10-digit NHS number."""
    digits = re.sub(r"\D", "", digits)
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def nhs_numbers(p: Pass) -> None:
    """NHS and CHI numbers after their labels (OCR digits allowed), and any ten digits whose check digit is right."""
    text, add = p.text, p.add
    for m in _RX.nhs_label.finditer(text):
        add(m.start(1), m.end(1), "NHS_NUMBER")
    for m in _RX.chi_label.finditer(text):
        add(m.start(1), m.end(1), "NHS_NUMBER")
    for m in _RX.nhs.finditer(text):
        # a valid check digit, or ten digits grouped 4-3-3 as some systems print an NHS number (not a phone's
        # leading 0; 3-3-4 with a wrong check digit is the shaped-number detector's): real letters carry mistyped
        # numbers
        grouped = m.group(4) is not None and not m.group(0).startswith("0")
        if nhs_number_valid(m.group(0)) or grouped:
            add(m.start(), m.end(), "NHS_NUMBER")
    for m in _OCR_GROUPED.finditer(text):
        digits = sum(c.isdigit() for c in m.group(0))
        if 8 <= digits < 10 and all(any(c.isdigit() for c in m.group(i)) for i in (1, 2, 3)):
            add(m.start(), m.end(), "NHS_NUMBER")
