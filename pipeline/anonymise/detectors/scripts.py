"""Detector: names and addresses written in another script (Arabic, Greek, Cyrillic, Urdu, Hindi, Malayalam...), as
the original of a record from abroad gives them beside its translation ("اسم المريض: محمود يوسف العبادي",
"Ονοματεπώνυμο: Γεώργιος Σταυρίδης", "Name (Malayalam): ആദിത്യൻ എസ്. മേനോൻ"). No name list holds them and no
capital letter marks them in most of these scripts, so what a name or address label introduces goes, whole."""

from __future__ import annotations

import re

from ...regexes import family
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
