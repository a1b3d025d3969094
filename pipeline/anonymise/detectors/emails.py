"""Detector: e-mail addresses."""

from __future__ import annotations

import re

from ...regexes import family
from .base import Pass

_RX = family("emails")


def emails(p: Pass) -> None:
    """E-mail addresses, with a local part an OCR line break cut off ("coroner. riverside@...")."""
    text, add = p.text, p.add
    for m in _RX.email.finditer(text):
        start = m.start()
        broken = re.search(r"[A-Za-z0-9._%+-]+\.[ ]$", text[max(0, start - 40):start])  # "coroner. riverside@..."
        if broken:
            start -= len(broken.group(0))
        add(start, m.end(), "EMAIL")
