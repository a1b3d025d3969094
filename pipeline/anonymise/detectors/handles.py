"""Detectors: identifiers of a person that are not names (log-ins, call signs, handles, codes)."""

from __future__ import annotations

import re

from ..lexicon import clinical_terms, common_words, fold
from ...regexes import family
from .base import Pass

_RX = family("handles")


def usernames(p: Pass) -> None:
    """A colleague's log-in after ``printed by``, ``user``, ``logged in as``... (not the applicant's own)."""
    text, add = p.text, p.add
    for m in _RX.username.finditer(text):
        if any(len(w) >= 4 and w in fold(m.group(1)) for w in p.doc.memory.applicant_words):
            continue  # the applicant's own log-in ("praghunathan")
        if fold(m.group(1)) not in common_words() and fold(m.group(1)) not in clinical_terms() \
                and not re.fullmatch(r"(?:on|at|the|by|for|via|from|system|admin|auto|[a-z]+day)", m.group(1)):
            add(m.start(1), m.end(1), "PERSON")


def person_ids(p: Pass) -> None:
    """Numbers that name a person after their label: a call sign, an interpreter's or a service number; and
    National Insurance numbers."""
    for m in _RX.person_id_label.finditer(p.text):
        p.add(m.start(1), m.end(1), "ID_NUMBER")
    for m in _RX.ni_number.finditer(p.text):  # a National Insurance number
        g = 1 if m.group(1) else 2
        p.add(m.start(g), m.end(g), "ID_NUMBER")


def handles(p: Pass) -> None:
    """App and social-media handles and access codes ("app handle @lalo_bcn88", "Key safe code 4419")."""
    for m in _RX.handle_or_code.finditer(p.text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        p.add(m.start(g), m.end(g), "OTHER_ID")
