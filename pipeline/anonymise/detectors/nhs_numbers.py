"""Detector: NHS and CHI numbers (labelled, or ten digits with a valid modulus-11 check digit)."""

from __future__ import annotations

import re

from ...regexes import family
from .base import Pass
from .patterns import SP

_RX = family("nhs_numbers", sp=SP)


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
        if nhs_number_valid(m.group(0)):
            add(m.start(), m.end(), "NHS_NUMBER")
