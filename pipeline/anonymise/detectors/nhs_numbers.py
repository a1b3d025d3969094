"""Detector: NHS and CHI numbers (labelled, or ten digits with a valid modulus-11 check digit)."""

from __future__ import annotations

import re

from .base import Pass
from .patterns import SP


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


_NHS = re.compile(rf"(?<![\w£$.,/-])(\d{{3}})(?:{SP}|-|{SP}-{SP})?(\d{{3}})(?:{SP}|-|{SP}-{SP})?(\d{{4}})(?![A-Za-z0-9/]|[.,]\d)")

# OCR may read 0 as O and 1 as l or I inside a labelled number.
_OCR_DIGIT = r"[\dOoIl|S]"  # OCR reads 0 as O, 1 as l/I/|, 5 as S

_NHS_LABEL = re.compile(
    rf"(?i)\bNHS{SP}*(?:n[o0]\.?|num(?:ber)?\.?|#)?{SP}*[:.]?{SP}*(?:(?:is|was|=){SP}*)?"
    rf"((?:{_OCR_DIGIT}(?:{SP}|-|\.(?=\d))?){{9}}{_OCR_DIGIT})(?![\w])"  # "476.330 1928": OCR's full stop for a gap
)

_CHI_LABEL = re.compile(rf"(?i)\b(?:CHI|H&C|H\+C){SP}*(?:no\.?|number)?{SP}*[:.]?{SP}*((?:\d{SP}?){{9}}\d)\b")


def nhs_numbers(p: Pass) -> None:
    """NHS and CHI numbers after their labels (OCR digits allowed), and any ten digits whose check digit is right."""
    text, add = p.text, p.add
    for m in _NHS_LABEL.finditer(text):
        add(m.start(1), m.end(1), "NHS_NUMBER")
    for m in _CHI_LABEL.finditer(text):
        add(m.start(1), m.end(1), "NHS_NUMBER")
    for m in _NHS.finditer(text):
        if nhs_number_valid(m.group(0)):
            add(m.start(), m.end(), "NHS_NUMBER")
