"""Detector: people's names by title and by context (labels, roles, relations, greetings, sign-offs, lists,
e-mail headers, gazetteers, the optional recogniser), and every later mention of them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import (clinical_terms, common_words, diminutives, english_frequency, first_names, fold, hard_stops, surnames,
                       title_blocks)
from ...regexes import family
from ..resolver import Span
from ..shapes import clinical_acronyms
from .base import Pass
from .ner import ner_model
from .patterns import (CALENDAR, INSTITUTION_AFTER, LETTER, MEDICAL_WORD, PLACE_BEFORE, PROFESSION, SIGNOFF_RE,
                       TITLE_RE, TITLES, WORD, eponym_use, is_first)

_RX = family("names")

_PERSON_TITLES = {"dr", "prof", "professor", "sister", "sr", "nurse", "sn", "rn", "dc", "pc", "ds", "di", "sgt",
                  "rev", "revd", "cllr", "fr"}


_NOT_PROPAGATE = {"st", "mc", "mac", "von", "van", "de", "da", "al", "el", "le", "la", "bin", "ibn"}


def nursing_title(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is "Sister" or "Brother" written as a nurse's title before a name ("Sister Jane Doyle",
    "asked Sister Mbeki"), not a relation ("his sister Jane", "my Sister Jane", "the patient's Brother Tom"): a
    capital, a capitalised word after it, and no possessive or article before it."""
    word = text[start:end]
    if word not in ("Sister", "Brother", "SISTER", "BROTHER"):
        return False
    if not re.match(r"[ \t]+(?:[A-Z]|(?:Mc|Mac|O['’]|Ní|Ó|de|van|von)\S)", text[end:end + 6]):
        return False
    return not _RX.relation_owner.search(text[max(0, start - 24):start])


# Whose relation it is, right before the relation word: "your son", "her daughter", "Mr Hale's wife".
_OWNER_BEFORE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Yy]our|[Tt]heir|[Ww]hose|[Mm]y|[Oo]ur)|[A-Za-z]['’]s)[ \t]+(?:[a-z-]+[ \t]+)?$")


# What makes a quoted description a patient's (see ``quoted_description``): a bed in it, a bed's label before it,
# or the name after it.
_BED_IN = re.compile(r"(?i)\b(?:bed|bay|cubicle|cot|side[ \t]?room|room|cube|incubator)[ \t]*\d")
_BED_LABEL_BEFORE = re.compile(r"(?i)(?:(?:^|[\s(|])(?:b|bed|bay|cot|cubicle|cub|sr|side[ \t]?room|rm|room)[ \t]*\d{1,2}[A-Za-z]?"
                               r"[ \t]*[-:.)–]?|(?:^|\n)[ \t]*\d{1,3}[ \t]*[|\t.)]?|[|\t])[ \t]*$")  # or a table's cell, a list's row
_NAME_AFTER_QUOTE = re.compile(r"[ \t]*(?:\([ \t]*[A-Z]|[-–][ \t]+(?:Mr|Mrs|Ms|Miss|Rev|Revd|Dr)?\.?[ \t]*[A-Z])")


@dataclass
class _Cand:
    start: int
    end: int
    role: str
    strong: bool  # found by a title or label: no gazetteer check needed


# A given name with its possessive before a relative or a place of theirs: "Denis's daughter", "Kieran's school".
_NAME_POSSESSIVE_KIN = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]{2,})['’]s[ \t]+(?:(?:elder|younger|eldest|older|late|step|twin)[ \t-]?)?"
    r"(?:daughter|son|wife|husband|partner|mother|mum|father|dad|sister|brother|carer|grandson|granddaughter|niece|"
    r"nephew|children|kids|school|nursery|employer|teacher|parents|girlfriend|boyfriend|fiancée?)s?\b")


# Two people greeted together, the second after "and" before the comma: "Siân and Mererid,".
_GREETED_TWO = re.compile(r"[A-Z][\w'’-]+[ \t]+(?:and|&)[ \t]+([A-Z][\w'’-]+)[ \t]*[,!\n]")


# Two- and three-letter acronyms of clinical and administrative writing: never taken as someone's initials.
_NOT_INITIAL_PAIRS = {"ED", "GP", "CT", "MRI", "ICU", "ITU", "HDU", "AMU", "ENT", "SHO", "ACP", "ANP", "IV", "IM", "PO",
                      "SC", "OD", "BD", "PR", "PV", "AM", "PM", "NB", "UK", "MI", "PE", "AF", "BP", "HR", "RR", "GCS",
                      "ECG", "CXR", "AKI", "UTI", "CKD", "TIA", "CVA", "DVT", "NHS", "DOB", "MRN", "NOK", "OT", "PT",
                      "SN", "RN", "HCA", "MDT", "CDU", "CCU", "OPD", "FY", "ST", "CD", "MD", "NG", "GA", "LA",
                      "RSI", "ALS", "BLS", "CPR", "DNR", "TTO", "ABG", "VBG", "FBC", "CRP", "LFT", "UE", "GI", "GU",
                      "CNS", "CVS", "RS", "OE", "SH", "FH", "DH", "PMH", "HPC", "PC", "DS", "DC", "DI", "QI", "SI",
                      "IR", "CAD", "ROS", "CAP", "HAP", "COPD", "MS", "MG", "MND", "PD", "RA", "SLE", "TB", "HIV",
                      "OK", "NA", "NK", "TBC", "AND", "THE", "FOR", "NOT", "ALL", "ANY", "PER", "VIA", "TO", "OF", "IN",
                      "NE", "NW", "SE", "SW", "EU", "HF", "ODP", "EUS", "EIP", "MLC", "CCF", "LVF", "ACS", "UGI", "LGI",
                      "OGD", "PCI", "CABG", "AAA", "SAH", "ICH", "GTN", "LMA", "ETT", "NIV", "CPAP", "HFNO", "RRT",
                      "CRT", "SVC", "IVC", "CVC", "PEG", "NGT", "IDC", "TPN", "PPI", "LMWH", "DOAC", "VTE", "MSU"}


_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w'’-]))([A-Za-z][\w'’-]*)\.?[ \t]+$")


def _names_again(text: str, start: int, tokens: dict[str, str]) -> bool:
    """Whether a word that is also an ordinary word ("Ward", "Green", "Hill") at ``start`` is a name seen before: a
    title or a given name already found stands just before it."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    return fold(word) in TITLES or fold(word) in tokens and fold(word) not in hard_stops()


class ContextNames:
    """Names by title and context (a part of the anonymiser: it reads and feeds the document's memory)."""

    def _names(self, text: str) -> list[Span]:
        cands: list[_Cand] = []
        # lowercase words that show a capitalised word is a common word; e-mail addresses and web
        # addresses are left out ("adaora.bamford@..." does not make "Adaora" a common word)
        plain = re.sub(r"\S+@\S+|(?:https?://|www\.)\S+", " ", text)
        lower_words = set(re.findall(r"\b[a-z][a-z'-]+\b", plain))
        self.memory.lower_words = lower_words
        self.memory.seen_lower.update(lower_words)

        def take(pos: int, role: str, strong: bool, after_title: bool = False, lists: bool = False,
                 cue: bool = False) -> None:
            got = self.parse_name(text, pos, after_title=after_title)
            if not got:
                return
            s, e, toks = got
            if not strong and not self.plausible(text, s, e, toks) and not (cue and self.cue_plausible(text, s, e, toks)):
                return
            if not after_title and len(toks) == 1 and re.match(r"[ \t]+[A-Z][a-z]+", text[e:e + 30]) \
                    and PROFESSION.search(re.match(r"[ \t]+([A-Z][a-z]+)", text[e:e + 30]).group(1)) \
                    and english_frequency(fold(toks[0])) >= 3.5:
                return  # "Consultant Chemical Pathologist": a word of the post, not a name
            cands.append(_Cand(s, e, role, strong))
            if lists:
                self._continue_list(text, e, role, cands)

        for m in TITLE_RE.finditer(text):
            title = m.group(1).lower()
            role = "PERSON" if title in _PERSON_TITLES else "PATIENT"
            if title in ("sister",) and re.search(r"(?i)\b(?:his|her|their|my|your|patient'?s)[ \t]+$", text[max(0, m.start() - 12):m.start()]):
                role = "RELATIVE"
            take(m.end(), role, True, after_title=True, lists=True)
        for m in _RX.relation_re.finditer(text):
            if nursing_title(text, m.start(), m.end()):
                continue  # "Sister Jane Doyle", "Brother Okoye": the nurse's title (the title rule takes the name)
            pos = self._skip_cue_punct(text, m.end())
            if pos is not None:
                before = len(cands)
                take(pos, "RELATIVE", False, lists=True, cue=True)
                if len(cands) == before:
                    # "his wife June": a first name that is also a month or a common word
                    wm = WORD.match(text, pos)
                    owned = _OWNER_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                    if wm and wm.group(0).istitle() and not eponym_use(text, wm.end()) \
                            and not re.match(r"[ \t]+[A-Z]", text[wm.end():wm.end() + 2]) \
                            and (is_first(fold(wm.group(0)))
                                 # "your son Kit's visit": a word capitalised mid-sentence after someone's relation
                                 or owned and len(wm.group(0)) >= 3 and fold(wm.group(0)) not in hard_stops()
                                 and fold(wm.group(0)) not in clinical_terms() and fold(wm.group(0)) not in _PERSON_TITLES):
                        cands.append(_Cand(wm.start(), wm.end(), "RELATIVE", False))
                self._title_or_name(text, pos, "RELATIVE", cands)
        for m in _RX.role_re.finditer(text):
            pos = self._skip_cue_punct(text, m.end())
            if pos is not None:
                take(pos, "PERSON", False, lists=True, cue=True)
        for m in _RX.label_re.finditer(text):
            label = fold(m.group(0))
            role = "PERSON"
            if re.search(r"\b(?:patient|pt|name|surname|forename|baby|child|infant|victim|re|regarding|client|resident|"
                         r"service user|deceased|adult|young person|subject)\b", label):
                role = "PATIENT"
            elif re.search(r"\b(?:mother|father|mum|dad|parents?|nok|next of kin|spouse|partner|husband|wife|son|daughter|guardian|children|carer|perpetrator|contact)\b", label):
                role = "RELATIVE"
            strong = not re.search(r"\b(?:to|from|copy|team|contact|lead|staff|minutes|present|attendees|apologies|chair)\b", label)
            grade = _RX.grade_prefix.match(text, m.end())
            take(grade.end() if grade else m.end(), role, strong, lists=True)
        for m in _RX.label_gap_re.finditer(text):
            take(m.end(), "PERSON", False, lists=True, cue=True)
        for m in _RX.greeting_re.finditer(text):
            take(m.end(), "PERSON", False)
            self._title_or_name(text, m.end(), "PERSON", cands, strong=True)
            # the second of two greeted: "Hi Siân and Mererid,", "Dear Tom and Aoife,"
            both = _GREETED_TWO.match(text, m.end())
            if both and not self.is_applicant([both.group(1)]) and fold(both.group(1)) not in common_words():
                cands.append(_Cand(both.start(1), both.end(1), "PERSON", True))
        for m in SIGNOFF_RE.finditer(text):
            # "Thanks, Ade": whoever signs off is named, known name or not
            take(m.end(), "PERSON", False, cue=bool(re.match(r"[A-Z][\w'’-]+[ \t]*(?:$|\n|[\"”)])", text[m.end():m.end() + 40])))
        for m in _RX.list_item_re.finditer(text):
            got = self.parse_name(text, m.end())
            if got:
                s, e, toks = got
                if self.plausible(text, s, e, toks) or _RX.age_sex.match(text[e:e + 40]):
                    cands.append(_Cand(s, e, "PATIENT", False))
        for m in _RX.role_after_re.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[line_start:m.start()]
            bm = re.search(r"((?:[A-Z][\w'’-]*\.?[ \t]+){0,3}[A-Z][\w'’-]*)[ \t]*$", before)
            if not bm:
                continue
            pos = line_start + bm.start(1)
            got = self.parse_name(text, pos)
            if not got:
                continue
            s, e, toks = got
            if e < line_start + bm.end(1):
                # the parse stopped early: start from the last name-like run instead
                continue
            if self.plausible(text, s, e, toks) or self.cue_plausible(text, s, e, toks):
                role = "RELATIVE" if _RX.relation_re.match(m.group(1)) else "PERSON"
                cands.append(_Cand(s, e, role, False))
        for m in _RX.email_display_re.finditer(text):
            self._email_display_name(text, m, cands)
        for m in _RX.name_is.finditer(text):
            take(m.end(), "PERSON", False, cue=True)
        for m in _RX.surname_first.finditer(text):
            surname, _, given = m.group(1).partition(",")
            words = given.split()
            caps = surname.strip().replace("-", "").replace("'", "").replace("’", "").replace(" ", "").isupper()
            if words and words[0].islower() and not is_first(fold(words[0])):
                continue  # OCR's lower-case given name only when it is one ("OKONJO-HALL, simone"), not "RSI, art"
            if surname.strip() in clinical_acronyms() and not (words and all(is_first(fold(w)) for w in words)) \
                    or any(fold(w) in clinical_terms() and not is_first(fold(w))
                                                             for w in words) \
                    or words and fold(words[0].strip("-'’").split("-")[0]) in CALENDAR \
                    and not is_first(fold(words[0].strip("-'’").split("-")[0])):  # "ARI ED, Oct-Dec 2022"
                continue  # "UGIB, Rockall pre-endo": findings, not a patient label
            if words and (fold(words[0]) not in hard_stops() or is_first(fold(words[0]))) \
                    and not self.is_applicant(surname.split() + words) \
                    and (is_first(fold(words[0])) and fold(surname.strip()) not in hard_stops()
                         or caps and len(surname.strip()) >= 2 and surname.strip() not in _NOT_INITIAL_PAIRS):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.cell_surname_first.finditer(text):  # a table cell "Bano, Saira", "Dos Santos, Lucimar"
            words = re.findall(r"[^\W\d_][\w'’-]*", m.group(1))
            if not any(fold(w) in common_words() and not (is_first(fold(w)) or fold(w) in surnames())
                       or fold(w) in clinical_terms() and not (is_first(fold(w)) or fold(w) in surnames())
                       or w in clinical_acronyms() or fold(w) in CALENDAR for w in words) \
                    and not SIGNOFF_RE.match(m.group(1)) and not self.is_applicant(words) and not all(fold(w) in self.memory.verifier_words for w in words):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.family_pet_name.finditer(text):  # "Zuzia to the family"
            f = fold(m.group(1))
            if f not in common_words() and f not in clinical_terms() and f not in hard_stops() \
                    and not self.is_applicant([m.group(1)]):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.animal_name.finditer(text):  # "her border collie, Mot,", "Cat \"Smwt\"", "a pony called Pip"
            f = fold(m.group(1))
            if f not in CALENDAR and f not in clinical_terms() and f not in hard_stops() \
                    and not self.is_applicant([m.group(1)]):
                cands.append(_Cand(m.start(1), m.end(1), "PERSON", True))
        for m in _RX.baby_of_lower.finditer(text):  # "baby of k. dunlop"
            words = [fold(w) for w in re.findall(r"[a-z][a-z'’-]{2,}", m.group(1))]
            if words and all(w not in common_words() and w not in clinical_terms() and w not in hard_stops()
                             or w in surnames() for w in words) and not self.is_applicant(m.group(1).split()):
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _RX.goes_by.finditer(text):  # "He goes by Kez rather than Kieran"
            f = fold(m.group(1))
            if f not in CALENDAR and f not in clinical_terms() and f not in hard_stops() \
                    and not self.is_applicant([m.group(1)]):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.relative_lower.finditer(text):  # "his mate kyle died", "my son is ethan walsh"
            first = fold(m.group(1))
            if not is_first(first) or english_frequency(first) >= 4.5 or first in common_words() \
                    or first in clinical_terms() or first in hard_stops() or self.is_applicant([m.group(1)]):
                continue
            end = m.end(1)
            if m.group(2) and fold(m.group(2)) in surnames() and fold(m.group(2)) not in common_words():
                end = m.end(2)
            cands.append(_Cand(m.start(1), end, "RELATIVE", True))
        for m in _NAME_POSSESSIVE_KIN.finditer(text):  # "I spoke to Denis's daughter", "Kieran's school"
            f = fold(m.group(1))
            if (is_first(f) or english_frequency(f) < 3.0) and f not in common_words() and f not in clinical_terms() \
                    and f not in hard_stops() and f not in CALENDAR and not self.is_applicant([m.group(1)]):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.initials_possessive.finditer(text):  # "JD's GP"
            if m.group(1) not in clinical_acronyms() and not self.is_applicant([m.group(1)]):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.relative_bracket.finditer(text):  # "dad (kyle) works nights"
            f = fold(m.group(1))
            if (is_first(f) or english_frequency(f) < 3.0) and f not in common_words() and f not in clinical_terms() \
                    and f not in hard_stops() and f not in CALENDAR:
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _RX.baby_by_sex.finditer(text):  # "Baby: Boy KACZMAREK-LLOYD", "Baby Girl MBEKI"
            if not self.is_applicant(m.group(1).split()) and fold(m.group(1)) not in hard_stops():
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.quoted_alias.finditer(text):  # 'pt: "happy" (nickname ...)', '"Big Dan" Okafor'
            g = next(i for i in (1, 2, 3) if m.group(i))
            if g == 3 and fold(m.group(4)) not in surnames():
                continue  # a quotation before an ordinary capitalised word, not a nickname before a surname
            words = re.findall(r"[^\W\d_][\w'’-]*", m.group(g))
            named = re.match(r"[ \t]*\((?i:nick[ \t-]?name|pet[ \t]+name|known[ \t]+as|alias)", text[m.end():m.end() + 20])
            if g == 1 and not named and not (len(words) <= 3 and all(w[0].isupper() for w in words)):
                continue  # 'Pt: "feels awful"': what the patient said, not what they are called
            if words and not self.is_applicant(words) and not any(fold(w) in clinical_terms() for w in words):
                cands.append(_Cand(m.start(g), m.end(g), "PATIENT", True))
                if g == 3 and not self.is_applicant([m.group(4)]):
                    cands.append(_Cand(m.start(4), m.end(4), "PATIENT", True))  # and the surname after it
        for m in _RX.csv_surname_initial.finditer(text):  # a rota's CSV cell "Pryce A"
            line_end = text.find("\n", m.end())
            line = text[text.rfind("\n", 0, m.start()) + 1:line_end if line_end >= 0 else len(text)]
            surname = m.group(1).split()[0]
            f = fold(surname)
            # an export's line: cells joined by bare commas or tabs (prose and citations put a blank after the comma)
            if max(len(re.findall(r",(?![ ])", line)), line.count("\t")) < 2 or self.is_applicant([surname]) \
                    or f in common_words() or f in hard_stops() or f in clinical_terms() and f not in surnames() \
                    or surname in clinical_acronyms() or f in CALENDAR:
                continue
            cands.append(_Cand(m.start(1), m.end(1), "PERSON", True))
        for m in _RX.patient_caps.finditer(text):  # "Patient DARIUSZ NOWAK (ED no ...)"
            words = m.group(1).split()
            if any(is_first(fold(w)) or fold(w) in surnames() for w in words) \
                    and not any(w in clinical_acronyms() or fold(w) in clinical_terms() for w in words) \
                    and not self.is_applicant(words):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.caps_surname_row.finditer(text):  # "3) DO Thanh Tam 60F epistaxis": surname in capitals first
            words = m.group(1).split()
            if not any(fold(w) in clinical_terms() or w in clinical_acronyms() and w != words[0]
                       or fold(w) in common_words() and not (is_first(fold(w)) or fold(w) in surnames()) for w in words[1:]) \
                    and not self.is_applicant(words) \
                    and (words[0] not in clinical_acronyms() or all(is_first(fold(w)) for w in words[1:])):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.list_surname_first.finditer(text):  # "Osei, Kwadwo 91 KRI3029518 - HF": a list row
            if not any(fold(w) in clinical_terms() and not is_first(fold(w)) and fold(w) not in surnames()
                       or fold(w) in common_words() and not is_first(fold(w)) and fold(w) not in surnames()
                       for w in re.findall(r"[A-Za-z'’-]+", m.group(1))) and not self.is_applicant(m.group(1).replace(",", " ").split()):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.caps_surname_given.finditer(text):
            surname, given = m.group(1), m.group(2).split()
            if is_first(fold(given[0])) and not self.is_applicant([surname] + given) \
                    and not any(p in clinical_acronyms() or fold(p) in hard_stops() or fold(p) in clinical_terms()
                                or fold(p) in common_words() and fold(p) not in surnames() for p in re.split(r"[ -]", surname)):
                cands.append(_Cand(m.start(1), m.end(2), "PATIENT", True))
        for m in _RX.name_age.finditer(text):
            f = fold(m.group(1))
            if f not in hard_stops() and f not in clinical_terms() and m.group(1).lower() not in self.memory.lower_words:
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", False))
        for m in _RX.nickname.finditer(text):
            g = next(i for i in (1, 2, 3, 4) if m.group(i) is not None)
            if g != 1 and (fold(m.group(g)) in clinical_terms() or m.group(g) in clinical_acronyms()):
                continue
            cands.append(_Cand(m.start(g), m.end(g), "PATIENT", True))
        for m in _RX.initial_surname.finditer(text):
            surname = m.group(2)
            f = fold(surname)
            if self.is_applicant([surname]) or f in clinical_terms() and f not in surnames() or f in hard_stops() \
                    or f in common_words() and f not in surnames() or PLACE_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
                continue
            cands.append(_Cand(m.start(1), m.end(2), "PERSON", False))
        for m in _RX.name_label_value.finditer(text):
            # "Forename(s): Jo seph Patr ick", "Pat ient name :  rnargaret o'ha lloran": a form's name field,
            # whatever OCR did to it, up to the next field
            value = m.group(1).rstrip()
            if not re.search(r"(?i)na(?:m|rn)e", text[m.start():m.start(1)]):
                # a bare "Patient:" or "Pt:": only the name at the field's start ("Mr Fergus Lomax (64 M)",
                # "Kayden Whitlock, 4 years"), up to a comma, a bracket or a number
                value = re.match(r"[^,;(\[/\n]*?(?=[ \t]*(?:[,;(\[/]|(?<![^ \t])\d|$))", value).group(0)
                names = [w for w in value.split() if w.strip(".").lower() not in ("mr", "mrs", "ms", "miss", "mx", "dr")
                         and len(re.sub(r"[^A-Za-z]", "", w)) >= 2]  # not "Patient: M, 45" (the sex)
                if not names or not all(w[0].isupper() for w in value.split()):
                    continue  # "Patient: 84-year-old woman", "Patient: registered on arrival as ...", "Patient: Mrs"
            words = re.findall(r"[A-Za-z'’-]+", value)
            if not words or self.is_applicant(words) or any(fold(w) in self.memory.verifier_words for w in words) \
                    or any(p in clinical_acronyms() for w in words for p in w.upper().split("-")):
                continue
            if sum(fold(w) in common_words() and not (is_first(fold(w)) or fold(w) in surnames()) for w in words) > len(words) / 2:
                continue
            cands.append(_Cand(m.start(1), m.start(1) + len(value), "PATIENT", True))
        for m in _RX.family_name.finditer(text):  # "the Galbraith family", "Mr Galbraith's family" not needed
            f = fold(m.group(1))
            if f not in common_words() and f not in clinical_terms() and f not in hard_stops() and not self.is_applicant([m.group(1)]):
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _RX.nee.finditer(text):
            cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.dicom_name.finditer(text):
            cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.caps_bed.finditer(text):
            if m.group(1) not in clinical_acronyms() and fold(m.group(1)) not in hard_stops():
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.relation_comma_name.finditer(text):  # "with her mother, Comfort, in the clinic"
            if not self.is_applicant([m.group(1)]) and fold(m.group(1)) not in hard_stops():
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _RX.given_in_brackets.finditer(text):  # "Mrs Patel (Hansaben)": her given name
            f = fold(m.group(1))
            if f not in common_words() and f not in clinical_terms() and f not in hard_stops() \
                    and m.group(1) not in clinical_acronyms():
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.nickname_in_name.finditer(text):
            words = re.findall(r"[^\W\d_][\w'’-]*", m.group(1))
            rest = [w for w in words[-2:] if not m.group(1).endswith('"' + w) and fold(w) not in hard_stops()]
            if rest and not any(fold(w) in clinical_terms() or fold(w) in common_words() and fold(w) not in surnames()
                                for w in rest) and not self.is_applicant(rest):
                cands.append(_Cand(m.start(1), m.end(1), "PERSON", True))
        for m in _RX.nickname_after.finditer(text):
            if fold(m.group(1)) not in common_words() and fold(m.group(1)) not in clinical_terms():
                cands.append(_Cand(m.start(1), m.end(1), "PERSON", True))
        for m in _RX.quoted_description.finditer(text):  # '"the lad in bay 3"', 'the "quiet baby in cubicle 2"'
            quoted = m.group(1)
            bed = _BED_IN.search(quoted)
            if bed and not re.search(r"[A-Za-z]{2,}[ \t]+(?:in|on|from|at)[ \t]+\S+[ \t]*\d", quoted):
                continue  # '"bed 14"' alone: a place, not someone
            if not bed and not re.match(r"(?:[Tt]he[ \t]+)?[\"“](?:Mr|Mrs|Ms|Miss)", quoted) \
                    and not _BED_LABEL_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1)) \
                    and not _NAME_AFTER_QUOTE.match(text, m.end(1)):
                continue  # a person's noun in quotes names a patient on a bed's line or before their name
            cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.place_person.finditer(text):  # "the Kilbride lady"
            f = fold(m.group(2).split()[0])
            if not (f in common_words() or f in clinical_terms() or f in hard_stops() or f in CALENDAR
                    or self.is_applicant(m.group(2).split())):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.family_plural.finditer(text):  # "the Coopers": a family by its surname
            f = fold(m.group(1))
            if f in surnames() and f not in common_words() and f not in clinical_terms() and f not in hard_stops() \
                    and not self.is_applicant([m.group(1)]):
                cands.append(_Cand(m.start(), m.end(), "RELATIVE", True))
        for m in _RX.initials_whose.finditer(text):  # "GH's brother"
            if m.group(1) not in clinical_acronyms() and m.group(1) not in _NOT_INITIAL_PAIRS \
                    and m.group(1) not in self.applicant_initials():
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.placeholder_name.finditer(text):  # "Jane Doe 14", "Unknown Male 2231", "Juliet Zulu 2701"
            cands.append(_Cand(m.start(), m.end(), "PATIENT", True))
        for m in _RX.quoted_nickname.finditer(text):  # '"Big Mick"', '"Wee Tam"': a nickname with a given name in it
            words = m.group(1).split()
            if is_first(fold(words[-1])) and not self.is_applicant(words):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.bare_initial_surname.finditer(text):
            f = fold(m.group(2))
            cell_end = re.match(r"[ \t]*(?:$|\n|[ ]{2}|\t|\||,)", text[m.end():m.end() + 3]) is not None
            if (f in surnames() or cell_end and f not in self.memory.lower_words) and f not in common_words() \
                    and f not in clinical_terms() and f not in hard_stops() and not MEDICAL_WORD.search(f) \
                    and m.group(1) not in ("A", "I") and not self.is_applicant([m.group(2)]):
                cands.append(_Cand(m.start(1), m.end(2), "PERSON", False))
        for m in _RX.baby_of.finditer(text):
            words = m.group(1).split()
            keep_to = len(words)
            for i, w in enumerate(words):
                if i and (fold(w) in common_words() or fold(w) in clinical_terms() or fold(w) in hard_stops()) \
                        and not (is_first(fold(w)) or fold(w) in surnames()):
                    keep_to = i
                    break
            value = " ".join(words[:keep_to])
            cands.append(_Cand(m.start(1), m.start(1) + len(value), "RELATIVE", True))
        for pattern in (_RX.name_comma_age, _RX.row_name_age, _RX.name_bed):
            for m in pattern.finditer(text):
                words = m.group(1).split()
                folded = [fold(w) for w in words]
                if pattern is not _RX.name_bed and int(m.group(2)) > 110:
                    continue
                named = is_first(folded[0]) or folded[-1] in surnames() \
                    or all(f not in common_words() and english_frequency(f) < 3.5 for f in folded)
                given = is_first(folded[0])  # "Will Mason": a given name, then a surname that is also a word
                if not named or self.is_applicant(words) or any(
                        f in hard_stops() and not (is_first(f) or f in surnames())
                        or f in clinical_terms() and not (i and given and f in surnames())
                        or w in clinical_acronyms() or f in CALENDAR for i, (f, w) in enumerate(zip(folded, words))):
                    continue
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.known_as.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i) is not None)
            words = m.group(g).split()
            if self.is_applicant(words) or all(fold(w) in common_words() or fold(w) in hard_stops() for w in words) \
                    and not any(is_first(fold(w)) for w in words) and g == 2:
                continue
            if any(fold(w) in clinical_terms() or w in clinical_acronyms() for w in words):
                continue
            cands.append(_Cand(m.start(g), m.end(g), "PATIENT", True))
        for m in _RX.kin_bracket_names.finditer(text):
            words = re.findall(r"[A-Z][a-z'’-]+", m.group(1))
            if not self.is_applicant(words) and not any(
                    (fold(w) in hard_stops() or fold(w) in clinical_terms()) and not (is_first(fold(w)) or fold(w) in surnames())
                    for w in words):  # "Rennie" is an antacid and a surname
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _RX.who_bracket_name.finditer(text):
            words = m.group(1).split()
            if not self.is_applicant(words) and not any(fold(w) in hard_stops() or fold(w) in clinical_terms()
                                                         and not is_first(fold(w)) for w in words):
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _RX.parent_of.finditer(text):
            if not self.is_applicant(m.group(1).split()) and fold(m.group(1).split()[0]) not in hard_stops():
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.row_patient.finditer(text):
            words = [w.strip(",.") for w in m.group(1).split()]
            folded = [fold(w) for w in words]
            if self.is_applicant(words) or any(w in clinical_acronyms() or f in clinical_terms() and not (
                    is_first(f) or f in surnames()) for w, f in zip(words, folded)):
                continue
            if any(f in CALENDAR or f in hard_stops() and not (is_first(f) or f in surnames()) for f in folded):
                continue
            if len(words) > 1 and any(len(f) > 1 and f in common_words() and not (is_first(f) or f in surnames())
                                      for f in folded):
                continue  # "Ward round", "New admission"
            head = words[0]
            initials = len(head) in (2, 3) and head.isupper() and len(words) == 1
            if initials and head in self.applicant_initials():
                continue  # the applicant on a rota's row ("10 | RAK | RAK | PvR")
            lower = head.islower()
            if lower and len(head) > 3 and not (is_first(folded[0]) or folded[0] in surnames()) \
                    and (folded[0] in common_words() or english_frequency(folded[0]) >= 3.5):
                continue
            if not (initials or lower and len(head) <= 3) and not lower and folded[0] in common_words() \
                    and not (is_first(folded[0]) or folded[0] in surnames()):
                continue
            cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.bracketed_surname_first.finditer(text):
            surname = m.group(1).split(",")[0]
            if surname not in clinical_acronyms() and english_frequency(surname.lower()) < 3.5 \
                    and not self.is_applicant(m.group(1).replace(",", " ").split()):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.quoted_person.finditer(text):
            words = m.group(1).split()
            if not self.is_applicant(words) and not any(fold(w) in clinical_terms() or w in clinical_acronyms() for w in words):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RX.called.finditer(text):
            f = fold(m.group(1))
            if f not in common_words() and f not in clinical_terms() and f not in hard_stops() \
                    and not self.is_applicant([m.group(1)]) and english_frequency(f) < 4.0:
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _RX.baby.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i) is not None)
            if g >= 2 and (m.group(g) in clinical_acronyms() or fold(m.group(g)) in hard_stops()):
                continue
            if g == 3 and (fold(m.group(3)) in clinical_terms() or fold(m.group(3)) in common_words()) \
                    and not (is_first(fold(m.group(3))) or fold(m.group(3)) in surnames()):
                continue  # "Baby Unit", "Baby Friendly", "baby check"
            cands.append(_Cand(m.start() if g == 3 else m.start(g), m.end(g), "PATIENT", True))  # "BB Pryce" whole
        for m in _RX.name_contact.finditer(text):
            got = self.parse_name(text, m.start(1))
            if got and self.cue_plausible(text, *got):
                cands.append(_Cand(got[0], got[1], "PERSON", False))
        self._table_cells(text, cands)
        self._gazetteer_names(text, cands)
        if self.ner:
            self._ner_names(text, cands)
        self._preceding_list(text, cands)

        # clean candidates: trim, drop the applicant, clinical words, institutions
        spans: list[Span] = []
        for c in cands:
            s, e = c.start, c.end
            words = WORD.findall(text[s:e])
            if not words:
                continue
            if self.is_applicant(words):
                continue
            if _RX.job_after.match(text[e:e + 30]) and not re.search(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sister|Nurse|SN|RN)\.?[ \t]+$",
                                                                   text[max(0, s - 12):s]):
                continue  # "Cc: Difficult Airway Lead": a post, not a person
            if all(w.isupper() and len(w) <= 8 and fold(w) not in surnames() and not is_first(fold(w))
                   and (not c.strong or w in _NOT_INITIAL_PAIRS) for w in words):
                continue  # "EMRTS", "CAMHS", "SDEC": services, not people; "Assistant: ODP": a role
            if not c.strong and all(fold(w) in clinical_terms() and not (is_first(fold(w)) or fold(w) in surnames())
                                    for w in words if len(w) > 1):
                continue
            if not c.strong and len(words) > 1 and fold(words[-1]) in clinical_terms() \
                    and not (is_first(fold(words[-1])) or fold(words[-1]) in surnames()) and words[-1].istitle():
                continue  # "Pure Tone Audiogram": a test, its last word no one's surname
            if len(words) == 1 and eponym_use(text, e):
                f = fold(words[0])
                if f in clinical_terms() or not (c.strong or is_first(f) or f in surnames()):
                    continue
            spans.append(Span(s, e, c.role, text[s:e]))

        # every later mention of a detected name's words
        tokens: dict[str, str] = dict(self.memory.names)
        upper_tokens: set[str] = set(self.memory.upper)
        short_forms: set[str] = set()
        for sp in spans:
            for w in WORD.findall(sp.text):
                f = fold(w)
                if w.isupper():
                    upper_tokens.add(f)
                if len(w) < 2 or f in _NOT_PROPAGATE or f in self.memory.applicant_words:
                    continue
                if f in hard_stops() and not (w[0].isupper() and f in (first_names() | surnames())):
                    continue
                if w.isupper() and len(w) <= 2 and f not in surnames():
                    continue
                tokens.setdefault(f, sp.type)
                if sp.type != "PERSON" and w[0].isupper() and not w.isupper():
                    # a patient's or relative's given name: the short forms they are called by ("Reginald" -> "Reg")
                    for short in diminutives().get(f, ()):
                        if short not in self.memory.applicant_words and short not in self.memory.verifier_words:
                            short_forms.add(short)
                            tokens.setdefault(short, sp.type)
                for part in w.replace("’", "'").split("-"):
                    fp = fold(part)
                    if len(part) > 2 and fp not in hard_stops() and fp not in self.memory.applicant_words and fp not in clinical_terms():
                        tokens.setdefault(fp, sp.type)
        self.memory.names.update(tokens)
        self.memory.upper.update(upper_tokens)
        # the initials of a full name found here ("Harvey Bellingham" -> "HB" in a subject line or a sign-off)
        mine = self.applicant_initials()
        for sp in spans:
            words = [w for w in WORD.findall(sp.text) if len(w) > 1 and w[0].isupper()]
            if 2 <= len(words) <= 3 and not any(fold(w) in hard_stops() for w in words):
                initials = "".join(w[0] for w in words)
                if initials not in _NOT_INITIAL_PAIRS and initials not in mine:
                    self.memory.initials.setdefault(initials, sp.type)
        for m in re.finditer(r"(?<![\w.&/-])([A-Z]{2,3})(?![\w&/-]|\.[A-Za-z])", text):
            role = self.memory.initials.get(m.group(1))
            if role and _RX.initials_context.search(text[max(0, m.start() - 3):m.start()] + "|" + text[m.end():m.end() + 3]):
                spans.append(Span(m.start(1), m.end(1), role, m.group(1)))
        if tokens:
            for m in WORD.finditer(text):
                w = m.group(0)
                if not w[0].isupper():
                    continue
                f = fold(w)
                role = tokens.get(f)
                if role is None:
                    continue
                if w.isupper() and len(w) <= 8 and f not in upper_tokens:  # "NG" tube is not Ms Ng
                    continue
                if INSTITUTION_AFTER.match(text[m.end():m.end() + 40]) or _RX.saint_before.search(text[max(0, m.start() - 12):m.start()]):
                    continue  # "Queen Mary's Hospital": a place named after someone
                if eponym_use(text, m.end()) and fold(w) in clinical_terms():
                    continue
                if f in clinical_terms() and eponym_use(text, m.end()):
                    continue
                if f in hard_stops() and f not in short_forms and not _names_again(text, m.start(), tokens):
                    continue  # "Mrs Jean Ward" does not make "Ward 22" or "Green Ward" hers
                spans.append(Span(m.start(), m.end(), role, w))
        return [self._with_particles(text, sp) for sp in spans]

    @staticmethod
    def _with_particles(text: str, span: Span) -> Span:
        """"de la Cruz" for a name found as "Cruz": the lower-case particles before it, after a title, a line's or
        a cell's start, a bracket or a comma."""
        m = _RX.particles_before.search(text, max(0, span.start - 30), span.start)
        if not m or m.end() != span.start:
            return span
        return Span(m.start(1), span.end, span.type, text[m.start(1):span.end])

    def _skip_cue_punct(self, text: str, pos: int) -> int | None:
        """After a cue word: spaces, one of ``, : ( – -`` and words like "is"; None at a line end."""
        m = re.compile(r"[ \t]{0,2}(?:[,:(–-][ \t]{0,2})?(?:(?:is|was|called|named|who\s+is|—)[ \t]+)?").match(text, pos)
        end = m.end() if m else pos
        if end >= len(text) or text[end] == "\n":
            return None
        return end

    def _title_or_name(self, text: str, pos: int, role: str, cands: list[_Cand], strong: bool = False) -> None:
        """A title right after a cue is handled by the title rule; here a bare strong name."""
        if strong:
            got = self.parse_name(text, pos)
            if got:
                s, e, toks = got
                if not all(fold(t) in title_blocks() for t in toks):
                    cands.append(_Cand(s, e, role, True))

    def _continue_list(self, text: str, end: int, role: str, cands: list[_Cand]) -> None:
        """"Julie Carmichael and Karen Blackburn", "SN A + SN B", "X (mother) and Y (father)"."""
        pos = end
        for _ in range(6):
            m = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*(?:,|;|and|&|\+|/)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|SN|Prof|Nurse)\.?[ \t]+)?").match(text, pos)
            if not m or m.end() == pos:
                return
            got = self.parse_name(text, m.end())
            if not got:
                return
            s, e, toks = got
            joined = re.search(r"(?:and|&|;)[ \t]+$", m.group(0))  # "Kai (6) and Lacey (4)", "X (Paramedic); Y (EMT)"
            if not self.plausible(text, s, e, toks) and not re.search(r"(?:Mr|Mrs|Ms|Miss|Dr|SN|Prof|Nurse)\.?[ \t]+$", m.group(0)) \
                    and not (joined and self.cue_plausible(text, s, e, toks)):
                return
            cands.append(_Cand(s, e, role, False))
            pos = e

    def _preceding_list(self, text: str, cands: list[_Cand]) -> None:
        """"Jaz Bhogal & Tony Marsh": a capitalised pair with a known given name or surname in it, joined to a name
        found after it, is a name too ("Greater Manchester & Tony Marsh" is not)."""
        have = {(c.start, c.end) for c in cands}
        for c in list(cands):
            m = _RX.joined_before.search(text, max(0, c.start - 60), c.start)
            if not m or m.end() != c.start:
                continue
            got = self.parse_name(text, m.start(1))
            if not got or got[1] != m.end(1) or (got[0], got[1]) in have:
                continue
            known = any(is_first(fold(w)) or fold(w) in surnames() for w in got[2] if len(w) > 1)
            if known and self.plausible(text, *got) and not self.is_applicant(got[2]):
                cands.append(_Cand(got[0], got[1], c.role, False))

    def _email_display_name(self, text: str, m: re.Match, cands: list[_Cand]) -> None:
        display = m.group(1)
        local = fold(m.group(2))
        local_parts = set(re.split(r"[._\-+0-9]+", local))
        offset = m.start(1)
        # drop "(DEPARTMENT)" and quotes
        cleaned = re.sub(r"\([^)]*\)", lambda x: " " * len(x.group(0)), display)
        for part in re.finditer(rf"{LETTER}[^,;]*?(?=$|,(?![ \t]*{LETTER}+[ \t]*$))|{LETTER}[^;]*", cleaned):
            got = self.parse_name(text, offset + part.start())
            if not got:
                continue
            s, e, toks = got
            if e > offset + len(display):
                e = offset + len(display.rstrip())
            folded = [fold(t) for t in toks if len(t) > 1]
            in_local = sum(1 for f in folded if f in local_parts or f.replace("-", "") in local.replace(".", "").replace("-", ""))
            if (len(folded) >= 2 and in_local >= 2) or self.plausible(text, s, e, toks):
                cands.append(_Cand(s, e, "PERSON", False))
            break

    def _table_cells(self, text: str, cands: list[_Cand]) -> None:
        """A table cell holding nothing but a plausible name: ``| Sheila Dawes |``."""
        for line_m in re.finditer(r"(?m)^.*\|.*$", text):
            line = line_m.group(0)
            base = line_m.start()
            pos = 0
            for cell in line.split("|"):
                cell_start = base + pos
                pos += len(cell) + 1
                stripped = cell.strip()
                if not stripped or len(stripped) > 60:
                    continue
                lead = len(cell) - len(cell.lstrip())
                got = self.parse_name(text, cell_start + lead)
                if not got:
                    continue
                s, e, toks = got
                rest = text[e:cell_start + len(cell)]
                if (rest.strip() == "" or _RX.age_sex.match(rest)) and self.plausible(text, s, e, toks):
                    cands.append(_Cand(s, e, "PATIENT", False))

    def _gazetteer_names(self, text: str, cands: list[_Cand]) -> None:
        """A known first name, with the capitalised words after it."""
        for m in WORD.finditer(text):
            w = m.group(0)
            if not (w[0].isupper() and (w[1:].islower() or "-" in w)) or len(w) < 3:
                continue
            f = fold(w)
            if not is_first(f) or f in hard_stops():
                continue
            got = self.parse_name(text, m.start())
            if not got:
                continue
            s, e, toks = got
            if self.plausible(text, s, e, toks):
                cands.append(_Cand(s, e, "PERSON", False))

    def _ner_names(self, text: str, cands: list[_Cand]) -> None:
        nlp = ner_model()
        if nlp is None or not text.strip():
            return
        try:
            doc = nlp(text[:200_000])
        except Exception:  # pragma: no cover - never fail anonymisation for the model
            return
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            s, e = ent.start_char, ent.end_char
            line_end = text.find("\n", s)
            if 0 <= line_end < e:
                e = line_end
            got = self.parse_name(text, s)
            if not got:
                continue
            s2, e2, toks = got
            if e2 > e + 1:
                e2 = e
                toks = WORD.findall(text[s2:e2])
            folded = [fold(t) for t in toks if len(t) > 1 and not (t.isupper() and len(t) <= 3)]
            if not folded or any(f in hard_stops() for f in folded):
                continue
            if all(f in clinical_terms() for f in folded) or eponym_use(text, e2):
                continue
            if PLACE_BEFORE.search(text[max(0, s2 - 30):s2]) or INSTITUTION_AFTER.match(text[e2:e2 + 40]):
                continue
            common = any(t.lower() in self.memory.lower_words for t in toks if len(t) > 1)
            known = any(f in first_names() or f in surnames() for f in folded)
            if len(folded) == 1 and not known:
                continue
            if common and not known:
                continue
            cands.append(_Cand(s2, e2, "PERSON", False))


def names(p: Pass) -> None:
    """People's names by their title, label, role, relation, greeting or sign-off, list and table position,
    and the gazetteers; every later mention of a name's words (the per-document memory)."""
    p.names = p.doc._names(p.text)
    p.spans.extend(p.names)
