"""Detector: e-mail addresses."""

from __future__ import annotations

import re

from .base import Pass

# a dot in the domain, perhaps with an OCR'd space after it before a common domain part ("x@nhs. net")
_EMAIL_DOT = r"\.(?:[ ](?=(?:net|com|org|uk|nhs|gov|ac|co|scot|wales)\b))?"

_EMAIL = re.compile(rf"[A-Za-z0-9._%+'’-]+@[A-Za-z0-9-]+(?:{_EMAIL_DOT}[A-Za-z0-9-]+)*{_EMAIL_DOT}[A-Za-z]{{2,}}")


def emails(p: Pass) -> None:
    """E-mail addresses, with a local part an OCR line break cut off ("coroner. riverside@...")."""
    text, add = p.text, p.add
    for m in _EMAIL.finditer(text):
        start = m.start()
        broken = re.search(r"[A-Za-z0-9._%+-]+\.[ ]$", text[max(0, start - 40):start])  # "coroner. riverside@..."
        if broken:
            start -= len(broken.group(0))
        add(start, m.end(), "EMAIL")
