"""Detectors: identifiers of a person that are not names (log-ins, call signs, handles, codes)."""

from __future__ import annotations

import re

from ..lexicon import clinical_terms, common_words, first_names, fold, surnames
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
        if sum(c.isdigit() for c in m.group(1)) >= 3:  # not a vehicle's call sign "MX21", "KA-4l2"
            p.add(m.start(1), m.end(1), "ID_NUMBER")
    for m in _RX.ni_number.finditer(p.text):  # a National Insurance number
        g = 1 if m.group(1) else 2
        p.add(m.start(g), m.end(g), "ID_NUMBER")


def handles(p: Pass) -> None:
    """App and social-media handles and access codes ("app handle @lalo_bcn88", "Key safe code 4419"), and the
    names and numbers in file names printed in the text (:func:`file_names`)."""
    for m in _RX.handle_or_code.finditer(p.text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        p.add(m.start(g), m.end(g), "OTHER_ID")
    file_names(p)


def file_names(p: Pass) -> None:
    """The names and numbers in a file's name printed in the text (an index of evidence, a footer, an e-mail's
    attachment): "Halloran_Bridget_70022841.pdf". Its words are searched as a sentence; a capitalised word that
    is a known given name or surname, and six or more digits, go too. A plain description stays."""
    for m in _RX.file_path.finditer(p.text):
        g = 1 if m.group(1) else 2
        name = m.group(g)
        base = m.start(g)
        stem = name.rsplit(".", 1)[0]
        words = list(re.finditer(r"[^_\s.,()]+", stem))
        if not words:
            continue
        found = p.doc.find(" ".join(w.group(0) for w in words))  # the name's words as a sentence
        at = 0  # where each word stands in that sentence
        for w in words:
            word, start, length = w.group(0), w.start(), len(w.group(0))
            f = fold(word)
            hit = [s for s in found if s.start < at + length and at < s.end]
            named = word[:1].isupper() and len(word) >= 3 and (f in surnames() or f in first_names()) \
                and f not in common_words() and f not in clinical_terms()
            number = sum(c.isdigit() for c in word) >= 6
            if hit or named or number:
                kind = hit[0].type if hit and (number or hit[0].type in ("PERSON", "RELATIVE")) else (
                    "HOSPITAL_NUMBER" if number else "PATIENT")
                p.add(base + start, base + start + length, kind)
            at += length + 1
