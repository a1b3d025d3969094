"""Detector: phone numbers."""

from __future__ import annotations

import re

from ...regexes import family
from .base import Pass
from .patterns import OCR_TO_DIGIT

_RX = family("phones")


def _phone_plausible(candidate: str) -> bool:
    raw = candidate
    candidate = re.split(r"(?i)[ \u00a0]*(?:ext|extn|extension|x)\.?[ \u00a0]*\d", candidate)[0]
    candidate = re.sub(r"^([ \u00a0(]*)[©®]", r"\g<1>0", candidate)  # OCR's © or ® for a leading 0
    letters = sum(c in "OolIS" for c in candidate)
    digits = re.sub(r"\D", "", candidate.replace("(0)", "").translate(OCR_TO_DIGIT))
    if letters > 7 or (letters and len(digits) - letters < 4):
        return False
    if raw.lstrip().startswith("+"):
        if digits.startswith("44"):
            digits = "0" + digits[2:]
            return 10 <= len(digits) <= 11
        return 8 <= len(digits) <= 15
    if not digits.startswith("0"):
        return False
    if digits.startswith("00") and not digits.startswith("000"):  # dialled from the UK: "00353 91 555 014"
        return 10 <= len(digits) <= 17 and len(re.findall(r"[\dOolIS]+", candidate)) <= 6
    if not 10 <= len(digits) <= 11:
        return False
    groups = re.findall(r"[\dOolIS]+", candidate)
    return len(groups) <= 5


def phones(p: Pass) -> None:
    """UK and international phone numbers (OCR digits allowed), not dates, doses or codes of the same shape."""
    text, add = p.text, p.add
    for m in _RX.phone.finditer(text):
        if _phone_plausible(m.group(0)):
            add(m.start(), m.end(), "PHONE")
    for m in _RX.labelled_phone.finditer(text):  # abroad: "Mobile: 94431 27760"
        if 7 <= sum(c.isdigit() for c in m.group(1)) <= 13:
            add(m.start(1), m.end(1), "PHONE")
    for m in _BLEEP_THEN_NUMBER.finditer(text):  # "bleep Dr Tiwari (anaes) 2291", "Bleep: obs reg 1187"
        add(m.start(1), m.end(1), "PHONE")


# A bleep's or a pager's number further on in its clause, after who holds it: "Can you bleep Dr Tiwari (anaes) 2291",
# "Bleep: obs reg 1187 / coordinator ...", "bleep holders: labour ward reg 2240", "a switchboard pager (63118)" (not a
# time: "bleeped at 0230").
_BLEEP_THEN_NUMBER = re.compile(r"(?i)\b(?:bleep(?:s|ed|[ \t]+holders)?|pager)\b[ \t]*:?[^\n.;]{0,30}?(?<![\d/.:@-])(?<!\bat[ ])"
                                r"(\d{4,5})(?![\d/.:-]|[ \t]*(?:h|hrs|hours)\b)")
