"""Detectors: initials (a typist's, a caseload's, in brackets after a name) and the initials of the names found."""

from __future__ import annotations

import re

from ..lexicon import clinical_terms, common_words, fold
from ...regexes import family
from ..resolver import Span
from ..shapes import clinical_acronyms, initials_spans
from .base import Pass
from .patterns import TITLES, WORD

_RX = family("initials")


# Capitalised words that initials would collide with in ordinary writing.
_NOT_INITIALS_WORDS = {"AM", "PM", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO",
                       "OF", "OH", "OK", "ON", "OR", "SO", "TO", "UP", "US", "WE", "UK", "EU", "THE", "AND", "FOR",
                       "NOT", "BUT", "ALL", "ANY", "ARE", "CAN", "DID", "HAS", "HAD", "HER", "HIM", "HIS", "ITS",
                       "MRS", "MR", "DR", "MS", "NHS", "SHE", "WAS", "YES", "YOU", "OUR", "OUT", "NEW", "NOW", "ONE",
                       "TWO", "SIX", "TEN", "DAY", "AGE", "DOB", "REF", "TEL", "FAX", "FW", "FWD", "RE", "CC", "BCC",
                       "NB", "PS", "ATTN"}


def _initials_place(text: str, start: int, end: int) -> bool:
    """Where initials, not an acronym, are written: alone in a table cell, at a list item's head ("- RS:"), or closing
    a line after a sentence (a sign-off: "... monitoring. RS")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    cell_before = not before.strip() or re.search(r"(?:[ ]{2}|\t|\|)[ \t]*$", before) is not None
    cell_after = not after.strip() or re.match(r"(?:[ ]{2}|\t|[ \t]*\||-[a-z])", after) is not None
    if re.search(r"(?i)(?:^|\||[ ]{2}|\t)[ \t]*(?:DOB|Sex|Age|Patient|Name|Hosp(?:ital)?[ \t]+No|MRN|Initials|Date)[ \t]*(?:\||[ ]{2}|\t|$)",
                 text[line_start:line_end]):
        return False  # a table's header row ("| Procedure | ASA |")
    if cell_before and cell_after:
        # a code repeated along a row is a rota's or a chart's ("AL   AL   AL": annual leave), not a person
        return len(re.findall(rf"(?<![\w'’-]){re.escape(text[start:end])}(?![\w'’-])", text[line_start:line_end])) < 3
    if re.fullmatch(r"[ \t]*(?:[-•*·][ \t]+|\d{1,3}[.)][ \t]+)?", before) and re.match(r"[ \t]*[:\-–]", after):
        return True
    if re.match(r"[ \t]*=[ \t]*(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sister|Nurse)?\.?[ \t]*[A-Z][a-z]", after):
        return True  # a key: "RS = Dr Rhys Sutcliffe"
    return re.search(r"[.!?][ \t]+$", before) is not None and not after.strip()


_BRACKET_ROLES = {"reg", "sho", "nic", "hca", "rn", "sn", "cn", "ot", "pa", "mw", "anp", "acp", "gp", "nok", "mum", "dad",
                  "son", "cns", "cnm", "pt", "pts", "ed", "icu", "amu", "sdec", "hdu", "ward", "fy", "fy1", "fy2", "st",
                  "ct", "cons", "snr", "jnr", "sr", "dr", "mr", "mrs", "ms", "rip", "dnr", "lpa", "poa", "ima", "imca",
                  "idva", "amhp", "sw", "chw", "dol", "dols"}


# A specialty or a department in brackets after a colleague's name ("Dr Helga Brandt (Histopathology)"), not a nickname.
_SPECIALTY = re.compile(r"(?i)(?:olog(?:y|ist)|iatr(?:y|ics|ist)|ics|surgery|medicine|care|health|nursing|therapy)$")


# A chart's rows (a date or a time first) signed with the staff's initials in their last column: "02/12  08:10  0.71
# 16.2  ok   RB/KT". Two rows or more make it a signature column.
_CHART_SIGNED = re.compile(r"(?m)^[ \t]*\d{1,2}[/:.]\d{2}\b[^\n]*?[ \t]{2,}([A-Z]{2,3}(?:/[A-Z]{2,3})*)"
                           r"(?=[ \t]*$|[ \t]{2,}|[ \t]+[-–]>?[ \t])")
# Capitals that are not a typist's or a nurse's initials; in a chart's last column also its own words.
_NOT_STAFF_INITIALS = frozenset({"NHS", "GMC", "ED", "GP", "PA", "AM", "PM"})
_CHART_WORDS = frozenset({"OK", "NAD", "SC", "IV", "PO"})
_SIGN_HEADER = re.compile(r"(?im)\b(?:checked(?:[ \t]+by)?|sign(?:ed|ature)?|initials|init|given[ \t]+by|nurse|witness(?:ed)?)"
                          r"[ \t]*(?:\([^)\n]*\))?[ \t]*$")
_QUOTED_BEFORE = re.compile(r"""(?:^|(?<=[\s(\[:,;|-]))(["“'‘][^"“”'‘’\n]{2,45}["”'’])[ \t]*\([ \t]*$""")
_BRACKET_CLOSE = re.compile(r"[ \t]*[),;]")  # "(Alfie Postlethwaite, Low Garth Farm, ...)" too


def bracketed_after(text: str, spans: list[Span]) -> list[Span]:
    """Initials or a nickname in brackets right after a name found: "Jane Doe (JD)", "Yeboah (GY)", "Kwabena
    Pickersgill (Kwaie)"."""
    out = []
    for sp in spans:
        if sp.type not in ("PATIENT", "PERSON", "RELATIVE") or not sp.text.strip():
            continue
        words = [w for w in WORD.findall(sp.text) if fold(w) not in TITLES]
        # and the other way round: what the ward calls someone, quoted, before their name in brackets:
        # '"Mr H in 12" (Hamid Rezaei)', '"the lad from bed 9" (Jayesh Patel)'
        q = _QUOTED_BEFORE.search(text, max(0, sp.start - 60), sp.start)
        if q and len(words) >= 2 and _BRACKET_CLOSE.match(text, sp.end):
            out.append(Span(q.start(1), q.end(1), sp.type, q.group(1)))
        m = _RX.bracket_initials.match(text, sp.end)
        if m and m.group(1).lower() not in _BRACKET_ROLES and fold(m.group(1)) not in common_words() and (
                m.group(1)[0].lower() == sp.text.strip()[0].lower()
                # a surname alone and the full initials: "Yeboah (GY)"
                or words and m.group(1).isupper() and m.group(1)[-1] == words[-1][0].upper()
                and m.group(1) not in clinical_acronyms()):
            out.append(Span(m.start(1), m.end(1), sp.type, m.group(1)))
            continue
        m = _RX.bracket_nickname.match(text, sp.end)  # "Kwabena Pickersgill (Kwaie)", "Margaret Hale ('Peggy')"
        if m and fold(m.group(2)) not in common_words() and fold(m.group(2)) not in TITLES \
                and (m.group(1) or any(w[0].lower() == m.group(2)[0].lower() for w in words)) \
                and fold(m.group(2)) not in clinical_terms() and not _SPECIALTY.search(m.group(2)):
            out.append(Span(m.start(2), m.end(2), sp.type, m.group(2)))
    return out


def initials(p: Pass) -> None:
    """Initials: a typist's or secretary's ("Dictated by: SMcA  Typed: AB"), a patient's in a caseload
    (:func:`pipeline.anonymise.shapes.initials_spans`), and the same letters wherever else they stand alone;
    never the applicant's own."""
    text, add, spans = p.text, p.add, p.spans
    mine = p.doc.applicant_initials()
    alone = p.alone  # initials found in a sure place -> their role wherever else they stand alone
    for m in _RX.typist.finditer(text):  # "Dictated by: SMcA   Typed: AB": the secretary's initials
        g = 1 if m.group(1) else 2
        letters = "".join(c for c in m.group(g) if c.isupper()) or m.group(g).upper()
        if letters not in mine and letters[:2] not in mine and letters[:1] + letters[-1:] not in mine \
                and fold(m.group(g)) not in common_words() and letters not in clinical_acronyms() \
                and letters not in _NOT_STAFF_INITIALS:
            add(m.start(g), m.end(g), "PERSON")
            if m.group(g).isupper() and len(m.group(g)) >= 2:
                alone[m.group(g)] = "PERSON"
    signed = list(_CHART_SIGNED.finditer(text))
    first = signed[0].start() if signed else 0  # the first row's start: its heading is the line above
    if len(signed) >= 2 and _SIGN_HEADER.search(text, text.rfind("\n", 0, max(0, first - 1)) + 1, first):
        for m in signed:  # a chart's signature column, under its heading ("checked", "sign", "initials")
            for part in re.finditer(r"[A-Z]{2,3}", m.group(1)):
                if part.group() not in mine and part.group() not in clinical_acronyms() \
                        and part.group() not in _NOT_STAFF_INITIALS | _CHART_WORDS:
                    add(m.start(1) + part.start(), m.start(1) + part.end(), "PERSON")
                    alone.setdefault(part.group(), "PERSON")
    for m in _RX.ref_typist.finditer(text):  # "TW/jm" under a letter: the typist's initials
        add(m.start(1), m.end(1), "PERSON")
    rows = [m for m in _RX.initials_row_start.finditer(text)
            if (letters := re.sub(r"[. ]", "", m.group(1)).upper()) not in mine and letters not in clinical_acronyms()
            and fold(m.group(1)) not in common_words() and fold(m.group(1)) not in clinical_terms()]
    if len(rows) >= 2:  # a list of rows led by initials ("MT  inr 3.9 ...", "gh  inr 2.4 stable"), not one line
        for m in rows:
            add(m.start(1), m.end(1), "PATIENT")
    for m in _RX.quoted_pseudonym.finditer(text):  # '"Mr F"': a patient's initials with a title
        if re.sub(r"[^A-Z]", "", m.group(1).split(None, 1)[1]) not in mine:
            add(m.start(), m.end(), "PATIENT")
    for a, b in initials_spans(text):
        if re.sub(r"[^A-Z]", "", text[a:b]) not in mine:
            add(a, b, "PATIENT")
            if re.fullmatch(r"[A-Z]{2,3}|[A-Z]?(?:Mc|Mac)[A-Z]{1,2}", text[a:b]):
                alone.setdefault(text[a:b], "PATIENT")
    # "Delayed discharges: 3 (JMcK, RD)", "daily phone contact by KL"
    for m in re.finditer(r"(?<![\w.&/'’-])([A-Z][A-Za-z]{1,4})(?![\w&/'’-]|\.[A-Za-z])", text):
        role = alone.get(m.group(1))
        if role and not any(s.start <= m.start() < s.end for s in spans):
            add(m.start(), m.end(), role)


def bracketed_initials(p: Pass) -> None:
    """Initials in brackets after a name found ("Jane Doe (JD)")."""
    p.spans.extend(bracketed_after(p.text, p.spans))


def initials_elsewhere(doc, text: str, spans: list[Span]) -> list[Span]:
    """Initials of someone the document names, wherever they stand alone: a patient's initials from a table row
    in the notes under it ("- AJ: lives with sister"), a colleague's in a column or a sign-off ("Ravinder Sohal"
    ... "RS").  An initials token that is also a clinical acronym ("RS", "GP") is taken only where initials are
    written: a table cell, a list item's head, the end of a line."""
    own = doc.applicant_initials()
    tokens: dict[str, str] = {}
    for s in spans:
        if s.type not in ("PATIENT", "RELATIVE", "PERSON"):
            continue
        value = s.text.strip()
        if _RX.initials_token.fullmatch(value):
            tokens.setdefault(value, s.type)
            continue
        words = [w for w in WORD.findall(value) if w[0].isupper() and fold(w) not in TITLES]
        if len(words) < 2 or all(w.isupper() for w in words):
            continue
        parts = [p for w in words for p in w.split("-") if p]
        variants = {"".join(p[0] for p in parts), words[0][0] + words[-1][0],
                    words[0][0] + "".join(p[0] for p in words[-1].split("-") if p)}
        if len(words) == 2:  # written surname first ("Sohal Ravinder" in a mail header)
            variants.add(words[1][0] + words[0][0])
        for ini in variants:
            tokens.setdefault(ini.upper(), s.type)
    out: list[Span] = []
    for token, kind in tokens.items():
        letters = re.sub(r"[^A-Z]", "", token)
        if len(letters) < 2 or letters in own or token in _NOT_INITIALS_WORDS:
            continue
        # two capitals collide with abbreviations ("LA" for local authority): only where initials are written
        acronym = token in clinical_acronyms() or len(letters) == 2
        for m in re.finditer(rf"(?<![\w'’.-]){re.escape(token)}(?![\w'’]|-[A-Z]|\.[A-Z])", text):
            if acronym and not _initials_place(text, m.start(), m.end()):
                continue
            out.append(Span(m.start(), m.end(), kind, token))
    return out
