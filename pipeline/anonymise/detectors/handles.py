"""Detectors: identifiers of a person that are not names (log-ins, call signs, handles, codes)."""

from __future__ import annotations

import re

from ..lexicon import clinical_terms, common_words, fold
from .base import Pass

# A system user name after a print or audit label: "Printed by: doshea 30/10/2023", "User: jsmith2".
_USERNAME = re.compile(r"(?i)\b(?:printed(?:[ \t]+[\d/:.]+){0,2}|user(?:[ \t]*name|[ \t]*id)?|logged[ \t]+(?:in[ \t]+)?(?:by|as)|entered|created|"
                       r"modified|last[ \t]+(?:edited|modified|updated)|generated|exported|accessed|viewed)(?:[ \t]+by)?"
                       r"[ \t]*:?[ \t]+(?-i:([a-z][a-z0-9._-]{2,30}[0-9]*))(?![\w@.-])")

# Numbers of people labelled as such: "Callsign NE-412", "Language Line ID LL 48817", "Service no. DFRS 10772",
# "IRAS: 299104", "Staff no 44120", "collar number 4471".
_PERSON_ID_LABEL = re.compile(r"(?i:\b(?:call[ \t-]?sign|language[ \t]+line(?:[ \t]+id)?|interpreter[ \t]+id|service[ \t]+(?:no|number)|"
                              r"staff[ \t]+(?:no|number|id)|employee[ \t]+(?:no|number|id)|payroll[ \t]+(?:no|number)|"
                              r"badge[ \t]+(?:no|number)|collar[ \t]+(?:no|number)|warrant[ \t]+(?:no|number)|iras(?:[ \t]+(?:id|no|number))?|"
                              r"rec[ \t]+ref))\.?[ \t]*[:#]?[ \t]*"
                              r"((?:[A-Z]{1,5}[ -]?)?\d[\dA-Z-]{2,14})(?![\w])")

# A social-media or app handle, and the codes that open a patient's door.
_HANDLE_OR_CODE = re.compile(r"(?<![\w.@])(@(?=[A-Za-z0-9_.]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.]{2,29})(?![\w@])"
                             r"|(?i:\b(?:key[ \t]*safe|keysafe|door|gate|access|alarm)(?:[ \t]+(?:code|number|no\.?|pin))?[ \t]*(?:is|:|-)?[ \t]*)"
                             r"(\d{3,8})\b")


def usernames(p: Pass) -> None:
    """A colleague's log-in after ``printed by``, ``user``, ``logged in as``... (not the applicant's own)."""
    text, add = p.text, p.add
    for m in _USERNAME.finditer(text):
        if any(len(w) >= 4 and w in fold(m.group(1)) for w in p.doc.memory.applicant_words):
            continue  # the applicant's own log-in ("praghunathan")
        if fold(m.group(1)) not in common_words() and fold(m.group(1)) not in clinical_terms() \
                and not re.fullmatch(r"(?:on|at|the|by|for|via|from|system|admin|auto|[a-z]+day)", m.group(1)):
            add(m.start(1), m.end(1), "PERSON")


def person_ids(p: Pass) -> None:
    """Numbers that name a person after their label: a call sign, an interpreter's or a service number."""
    for m in _PERSON_ID_LABEL.finditer(p.text):
        p.add(m.start(1), m.end(1), "ID_NUMBER")


def handles(p: Pass) -> None:
    """App and social-media handles and access codes ("app handle @lalo_bcn88", "Key safe code 4419")."""
    for m in _HANDLE_OR_CODE.finditer(p.text):
        g = 1 if m.group(1) else 2
        p.add(m.start(g), m.end(g), "OTHER_ID")
