"""Detector: names and addresses written in another script (Arabic, Greek, Cyrillic, Urdu, Hindi, Malayalam...), as
the original of a record from abroad gives them beside its translation ("اسم المريض: محمود يوسف العبادي",
"Ονοματεπώνυμο: Γεώργιος Σταυρίδης", "Name (Malayalam): ആദിത്യൻ എസ്. മേനോൻ"). No name list holds them and no
capital letter marks them in most of these scripts, so what a name or address label introduces goes, whole."""

from __future__ import annotations

import re

from ...regexes import family
from ..resolver import Span
from .base import Pass

_RX = family("scripts")


def _other_script(value: str) -> bool:
    """Letters in ``value``, none of them Latin."""
    letters = [c for c in value if c.isalpha()]
    return bool(letters) and not any("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f" for c in letters)


def other_scripts(p: Pass) -> None:
    """The value after a name or address label, when it is written in a script other than Latin (see module)."""
    for pattern, kind in ((_RX.name_label, "PATIENT"), (_RX.address_label, "ADDRESS")):
        for m in pattern.finditer(p.text):
            value = m.group("value")
            if _other_script(value):
                p.add(m.start("value"), m.end("value"), kind)
    # a relative after the word for them, a patient after a title, in the original's language
    for pattern, kind in ((_RX.relation_name, "RELATIVE"), (_RX.titled_name, "PATIENT")):
        for m in pattern.finditer(p.text):
            group = "arabic" if m.group("arabic") else "cased"
            value = m.group(group)
            if value and _other_script(value):
                p.add(m.start(group), m.start(group) + len(value.rstrip(". ")), kind)


def names_beside(text: str, spans: list[Span]) -> list[Span]:
    """The same name in the original's script after a slash, beside a name found in Latin letters
    ("Gul Zaman / گل زمان"): a span of the same kind."""
    out = []
    for s in spans:
        if s.type not in ("PATIENT", "RELATIVE", "PERSON"):
            continue
        m = _RX.after_slash.match(text, s.end)
        if m and _other_script(m.group("value")):
            out.append(Span(m.start("value"), m.end("value"), s.type, m.group("value")))
    return out
