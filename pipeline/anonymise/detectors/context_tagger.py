"""Detector: the context tagger's marks (:mod:`pipeline.anonymise.tagger`) where the rules found nothing."""

from __future__ import annotations

import re
import unicodedata

from ..lexicon import clinical_terms, common_words, english_frequency, fold, hard_stops, surnames
from ..resolver import Span
from ..shapes import clinical_acronyms
from ..tagger import default_tagger, tagged_spans
from .base import Pass
from .initials import bracketed_after
from .patterns import CALENDAR, INSTITUTION_AFTER, MEDICAL_WORD, TITLES, WORD, eponym_use, is_first


def _tagged(doc, text: str, found: list[Span], verifiers: list[tuple[int, int]],
            mentions: list[tuple[int, int]]) -> list[Span]:
    """What the context tagger marks where the rules found nothing, less the names the document keeps (the
    applicant's, the verifiers')."""
    tagger = default_tagger() if doc.tagger is True else (doc.tagger or None)
    if tagger is None:
        return []
    # the applicant's initials ("RAK" on a rota) are theirs, kept; not a patient's that happen to be the same
    mine = doc.applicant_initials()
    marks = [m for m in tagger.marks(text) if not any(s.start < m[1] and m[0] < s.end for s in found)
             and (m[2] not in mine or _PATIENT_BEFORE.search(text, max(0, m[0] - 12), m[0]))
             and not _piece_of_word(text, m[0], m[1])]
    if not marks:
        return []
    kept = set(doc.kept_words) | {fold(w) for a, b in verifiers for w in WORD.findall(text[a:b])}
    return [Span(a, b, kind, text[a:b]) for a, b, kind in tagged_spans(text, marks, kept, verifiers + mentions)
            if not doc.is_verifier(text[a:b], whole=True) and not _findings(text, a, b) and not _titles_only(text, a, b)
            and not _eponym(text, a, b) and not _plain_word(text, a, b)]


def _piece_of_word(text: str, a: int, b: int) -> bool:
    """A token the tagger's tokenizer cut out of a longer word: a letter of a Tamil or Devanagari word before or after
    its vowel sign ("தொலைபேசி" read as "தொலைபே", "ச", "ி"), which names no one."""
    return any(0 <= i < len(text) and unicodedata.category(text[i])[0] == "M" for i in (a - 1, b))


# A patient's word just before initials: "(patient AH, 79F)", "Pt AH".
_PATIENT_BEFORE = re.compile(r"(?i)\b(?:patient|pt|client|resident|child|baby)[ \t]*:?[ \t]*$")


def _plain_word(text: str, a: int, b: int) -> bool:
    """A mark that names no one: a unit's letter after a slash ("umol/L"), a national body ("MBRRACE-UK"), a range of
    days ("Mon-Thu", "Fri-Sun"), or a long word of the language before a colon, a form's label ("Deceased:")."""
    value = text[a:b]
    if len(value.strip()) == 1 and text[max(0, a - 1):a] == "/":
        return True  # "umol/L": a unit's letter
    if re.fullmatch(r"[A-Z]{3,}-UK", value.strip()):
        return True  # "MBRRACE-UK": a national body
    days = re.fullmatch(r"([A-Za-z]{3,9})[ \t]*[-–][ \t]*([A-Za-z]{3,9})", value)
    if days and fold(days.group(1)) in CALENDAR and fold(days.group(2)) in CALENDAR:
        return True
    words = WORD.findall(value)
    if len(words) != 1 or len(words[0]) < 5 or text[b:b + 1] != ":":
        return False
    f = fold(words[0])
    return f in common_words() and f not in _GRADES and not (is_first(f) or f in surnames())


def _eponym(text: str, a: int, b: int) -> bool:
    """One word that names a disease, a sign or a test by its eponym ("Alzheimer's", "Horner's", "Cushing's"): the
    clinic's word, not a person of the document."""
    words = [w for w in WORD.findall(text[a:b]) if len(w) > 1]
    if len(words) != 1:
        return False
    return fold(words[0]) in clinical_terms() and (re.search(r"['’]s$", text[a:b]) is not None or eponym_use(text, b))


def _titles_only(text: str, a: int, b: int) -> bool:
    """Nothing but titles and grades ("Mr", "ES Dr", "Middle-Grade"): what is left of a mark once a kept name (a
    verifier's, the applicant's) is cut out of it, or a title before an already anonymised "[removed]"; not a name."""
    words = WORD.findall(text[a:b])
    return bool(words) and all((fold(w) in TITLES or fold(w) in _GRADES) and not w.isupper() for w in words) \
        and not re.search(r"(?:&|\band)[ \t]*$", text[max(0, a - 6):a])  # "Mr & Mrs Olowe": the couple's name


_GRADES = {"es", "cs", "fy1", "fy2", "f1", "f2", "sho", "registrar", "consultant", "middle-grade", "middle", "grade",
           "spr", "str", "ct1", "ct2", "ct3", "locum", "sas", "trainee", "staff"}


def _findings(text: str, a: int, b: int) -> bool:
    """Nothing but clinical acronyms of three letters or more, in capitals, and no name after them ("NSTEMI
    DNACPR 4040", "DKA Dr Parekh"): a board's findings, not a name or a place (initials such as "NK" and a grade
    before a name, "ANP Rachel Oduwole", stay marked)."""
    words = WORD.findall(text[a:b])
    if not words or not all(len(w) >= 3 and w.isupper() and w in clinical_acronyms() for w in words):
        return False
    nxt = re.match(r"[ \t]+([A-Z][a-z'’-]+)", text[b:b + 40])
    return not nxt or nxt.group(1) in ("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof")


# A possessive naming a thing after it: "Jehovah's Witness", "Crohn's Disease".
_NAMED_THING_AFTER = re.compile(r"['’]s[ \t]+[A-Z]")
# A hospital's or a practice's word right before: "Victoria Hospital Kirkcaldy" names the hospital, not a place of
# someone's life.
_INSTITUTION_BEFORE = re.compile(r"\b(?:Hospital|Infirmary|Hospice|Surgery|Practice|Clinic|Centre|Trust|University|NHS)[ \t]+$")


def _elsewhere(text: str, tagged: list[Span], found: list[Span], kept: set[str]) -> list[Span]:
    """The words of what the tagger marked wherever else they stand, capitalised and alone ("Keziah Dzierzynski,
    57 Bishopsgate Crescent" marked in a letter's address block, then "Keziah has COPD" in its text): the name the
    tagger saw once is the same person's everywhere.  Only words that are nothing but a name (not a word of the
    language, the clinic or the places a hospital has), never before a hospital's or a street's word, never an
    eponym."""
    words: dict[str, str] = {}
    for sp in tagged:
        for w in WORD.findall(sp.text):
            f = fold(w)
            if len(w) < 3 or not w[0].isupper() or w.isupper() or f in kept or f in TITLES \
                    or re.search(r"[a-z][A-Z]", w) and not re.match(r"(?:Ma?c|O['’])[A-Z]", w) \
                    or f in common_words() or f in clinical_terms() or f in hard_stops() or MEDICAL_WORD.search(f) \
                    or english_frequency(w) >= 3.3 and not (is_first(f) or f in surnames()):
                continue  # a word of the language ("Talking Therapies", "City Council"), not only a name
            words.setdefault(f, "PERSON" if sp.type == "ADDRESS" and (is_first(f) or f in surnames()) else sp.type)
    if not words:
        return []
    taken = [*found, *tagged]
    out = []
    for m in WORD.finditer(text):
        kind = words.get(fold(m.group(0)))
        if kind is None or not m.group(0)[0].isupper() or m.group(0).isupper() \
                or any(s.start < m.end() and m.start() < s.end for s in taken):
            continue
        if _NAMED_THING_AFTER.match(text, m.end()):
            continue  # "Jehovah's Witness", "Crohn's Disease": a possessive naming a thing
        if INSTITUTION_AFTER.match(text[m.end():m.end() + 40]) or eponym_use(text, m.end()) \
                or _INSTITUTION_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        out.append(Span(m.start(), m.end(), kind, m.group(0)))
    return out


def tagger(p: Pass) -> None:
    """What the context tagger (:mod:`pipeline.anonymise.tagger`) marks where the rules found nothing, the same
    words wherever else they stand, and initials in brackets after them ("Yeboah (GY)")."""
    tagged = _tagged(p.doc, p.text, p.spans, p.verifiers, p.applicant_mentions)
    if not tagged:
        return
    kept = set(p.doc.kept_words) | {fold(w) for a, b in p.verifiers for w in WORD.findall(p.text[a:b])}
    again = _elsewhere(p.text, tagged, p.spans, kept)
    p.spans.extend(tagged)
    p.spans.extend(again)
    p.spans.extend(bracketed_after(p.text, [Span(s.start, s.end, "PERSON" if s.type == "ADDRESS" else s.type, s.text)
                                            for s in [*tagged, *again]]))
