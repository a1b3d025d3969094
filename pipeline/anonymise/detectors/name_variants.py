"""Detectors: names in the forms the context rules miss (capitals, lower case, split by OCR, before a number)."""

from __future__ import annotations

import re

from ..lexicon import clinical_terms, common_words, english_frequency, fold, hard_stops, surnames
from ...regexes import family
from ..resolver import Span
from ..shapes import clinical_acronyms
from .base import Pass
from .patterns import MEDICAL_WORD, TITLES, is_first

_RX = family("name_variants")


# Lower-case words that follow a title or relation without being a name ("mum is", "son and").
_LOWER_STOP = {"is", "was", "and", "or", "to", "at", "in", "on", "of", "the", "a", "an", "has", "had", "will", "can",
               "not", "also", "aware", "present", "here", "there", "says", "said", "rang", "called", "visiting"}


# One capitalised word right before a bracketed number: "Case 1: Szabo (SA5462821)".
_ONE_BEFORE_BRACKET = re.compile(
    r"(?:^|(?<=[\s:;,|–-]))([A-Z][a-zß-öø-ÿ\u0100-\u017f]{2,}(?:[-'’][A-Z][a-zß-öø-ÿ\u0100-\u017f]+)?)[ \t]*\([ \t]*$")
# After a number (and a bracketed remark on it), a dash, a bar or a comma, then initials or a capitalised name set off
# the same way or ending the line: "15989859 - Norbury - no assessment", "(clinic no only) - TR".
_AFTER_NUMBER = re.compile(
    r"\)?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[-–|][ \t]*|,[ \t]+)"
    r"((?:[A-Z]\.[ ]?){2,3}|[A-Z]{2}(?![\w.'’-])|[A-Z]{3}(?=[ \t]*(?:[ \t][-–][ \t]|$))|"
    r"[A-Z][a-zß-öø-ÿ\u0100-\u017f]{2,}(?:[-'’][A-Z][a-zß-öø-ÿ\u0100-\u017f]+)?(?:[ ][A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]{2,})?)"
    r"(?=[ \t]*(?:[|,;:(]|[ \t][-–]|[-–][ \t]|$))", re.M)
# Words that stand beside a number without being a name ("MRN 1234567 - Ward 7", "NHS 123 456 7890, Female").
_NOT_BESIDE = {"male", "female", "man", "woman", "boy", "girl", "ward", "bed", "bay", "unit", "nhs", "mrn", "chi", "dob",
               "age", "aged", "sex", "gender", "deceased", "died", "verified", "checked", "unknown", "none", "nil",
               "traced", "untraced", "temporary", "unverified", "resus", "majors", "minors", "triage", "discharged",
               "admitted", "transferred", "inpatient", "outpatient", "new", "review", "urgent", "routine", "dna"}
_NOT_BESIDE_INITIALS = {"DOB", "NHS", "MRN", "CHI", "DNA", "NFA", "TCI", "TTO", "TTA", "EDD", "NOK", "OPD", "ED", "AE",
                        "GP", "UK", "NA", "NK", "MF", "FM", "OK", "AM", "PM", "IV", "IM", "PO", "SC", "HCA", "RN", "FY",
                        "ST", "CT", "SHO", "REG", "CAD", "ICD", "ID", "NB", "RIP", "DNR", "TBC", "TBA", "NFR", "DN"}


class NameVariants:
    """Names in other forms (a part of the anonymiser)."""

    def _capital_names(self, text: str) -> list[Span]:
        """Names in capitals: after a title ("MR DARREN PICKERSGILL", "MRS T. OBI", "SR. D. FLYNN"), or a line that
        is nothing but a name led by a known first name ("MAUREEN PATRICIA DOYLE-FITZGERALD"); a title and one
        initial ("Mrs H.")."""
        out = []
        def name_word(w: str) -> bool:
            f = fold(w)
            known = is_first(f) or f in surnames()
            return not (w in clinical_acronyms() or (f in hard_stops() or f in common_words() or f in clinical_terms()
                                                      or MEDICAL_WORD.search(f)) and not known)

        for m in _RX.caps_titled.finditer(text):
            end = m.start(1)
            for wm in re.finditer(r"(?:[A-Z]\.[ ]?)+|[A-Z][A-Z'’-]+", m.group(1)):
                if wm.group(0).endswith(".") or wm.group(0).endswith(". "):
                    end = m.start(1) + wm.end()
                    continue
                if not name_word(wm.group(0)):
                    break
                end = m.start(1) + wm.end()
            value = text[m.start(1):end].strip()
            words = re.findall(r"[A-Z][A-Z'’-]+", value)
            if words and not self.is_applicant(words) and not all(fold(w) in self.memory.verifier_words for w in words):
                staff = re.match(r"(?:DR|SR|SISTER|NURSE|PROF)\b", m.group(0))  # a clinician's title: a colleague
                out.append(Span(m.start(1), m.start(1) + len(value), "PERSON" if staff else "PATIENT", value))
        for m in _RX.caps_surname_line.finditer(text):  # a whiteboard or list: "McKENZIE J", "DALGLEISH R", "MacDONALD"
            word, initial = m.group(1), m.group(2)
            f = fold(word)
            if word in clinical_acronyms() or f in common_words() and f not in surnames() or f in clinical_terms() \
                    or f in hard_stops() and f not in surnames() or self.is_applicant([word]) or f in self.memory.verifier_words:
                continue
            if initial or f in surnames() or re.match(r"(?:Mc|Mac|O['’])", word):
                out.append(Span(m.start(1), m.end(), "PATIENT", text[m.start(1):m.end()]))
        for m in _RX.caps_name_line.finditer(text):
            words = m.group(1).split()
            if is_first(fold(words[0])) and not self.is_applicant(words) and not any(
                    w in clinical_acronyms() or fold(w) in clinical_terms() and not (is_first(fold(w)) or fold(w) in surnames())
                    for w in words) and not all(fold(w) in self.memory.verifier_words for w in words):
                out.append(Span(m.start(1), m.end(1), "PATIENT", m.group(1)))
        for m in _RX.title_initial.finditer(text):
            out.append(Span(m.start(1), m.end(1), "PATIENT", m.group(1)))
        return out

    def _split_names(self, text: str, spans: list[Span]) -> list[Span]:
        """Names OCR broke in two ("Siob han", "Jona than", "Mar-\ngaret"): a capitalised piece and a lower-case one
        that together make a known given name or surname, unless both pieces are words of their own."""
        out = []
        for m in _RX.split_name.finditer(text):
            joined = fold(m.group(1) + m.group(2))
            if len(joined) < 5 or not (is_first(joined) or joined in surnames()):
                continue
            first, second = fold(m.group(1)), fold(m.group(2))
            if first in common_words() and (second in common_words() or second in self.memory.lower_words) \
                    or second in clinical_terms() or first in hard_stops() and "\n" not in m.group(0) \
                    or self.is_applicant([m.group(1) + m.group(2)]):
                continue
            if any(sp.start <= m.start() and m.end() <= sp.end for sp in spans):
                continue
            end = m.end()
            after = re.compile(r"[ \t]+([A-Z][\w'’-]+)").match(text, end)  # the surname after the given name
            if after and not (fold(after.group(1)) in common_words() or fold(after.group(1)) in clinical_terms()
                              or fold(after.group(1)) in hard_stops() or after.group(1).isupper()):
                end = after.end()
            out.append(Span(m.start(), end, "PERSON", text[m.start():end]))
        return out

    def _lowercase_names(self, text: str) -> list[Span]:
        """Names typed in lower case in quick notes ("bed 3 frank delaney 81m", "son declan on way in",
        "rv mrs okoro", "nok: marta (wife)", "name: wojciech lewandowski"): after a title, a relation or a
        name label, or between a bed and an age; then every other place the same word stands."""
        found: list[tuple[int, int, str]] = []

        def ordinary(word: str) -> bool:
            f = fold(word)
            return (f in common_words() or f in clinical_terms() or f in hard_stops() or len(f) < 2
                    or f in _LOWER_STOP or f in self.memory.applicant_words)

        def run(pos: int, limit: int = 3, need_known: bool = False, titled: bool = False) -> tuple[int, int] | None:
            words = list(re.compile(r"[a-z]\.|[a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+\.?").finditer(text, pos))
            start = end = None
            count = 0
            at = pos
            for wm in words:
                if wm.start() != at or count >= limit:
                    break
                word = wm.group(0).rstrip(".")
                f = fold(word)
                eponym_name = count == 0 and f in clinical_terms() and (titled or need_known and is_first(f)) \
                    and f not in common_words() and f not in hard_stops() and f not in _LOWER_STOP
                if len(word) > 1 and ordinary(word) and not eponym_name:
                    break  # after a title an eponym is a surname ("mrs pugh", "dr bowen"); after "wife", a name ("marie")
                if need_known and count == 0 and len(word) > 1 and not (is_first(fold(word)) or fold(word) in surnames()):
                    return None
                if need_known and count == 1 and fold(word) not in surnames():
                    break  # "neighbour hettie brings": a second word only when it is a surname
                start = wm.start() if start is None else start
                end = wm.start() + len(word) + (1 if len(word) == 1 and wm.group(0).endswith(".") else 0)
                count += 1
                gap = re.compile(r"[ ]").match(text, wm.end())
                if not gap:
                    break
                at = gap.end()
            if start is None or not any(len(w) > 2 for w in re.findall(r"[a-zß-öø-ÿ\u0100-\u017f'’-]+", text[start:end])):
                return None
            return start, end

        for m in _RX.lower_title.finditer(text):
            got = run(m.end(), 3, titled=True)
            if got:
                found.append((*got, "PATIENT" if m.group(0)[:2] != "dr" else "PERSON"))
        for m in _RX.lower_relation.finditer(text):
            got = run(m.end(), 2, need_known=True)
            if got:
                found.append((*got, "RELATIVE" if m.group(1) not in ("nurse", "gp", "triage nurse") else "PERSON"))
        for m in _RX.lower_name_label.finditer(text):
            value = m.group(1)
            if not any(ordinary(w) for w in re.findall(r"[a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+", value)):
                found.append((m.start(1), m.end(1), "PATIENT"))
        for m in _RX.lower_role_after.finditer(text):  # "ciara (F2)", "sinead (nurse in charge)"
            if not ordinary(m.group(1)):
                found.append((m.start(1), m.end(1), "PERSON"))
        for m in _RX.lower_bed_row.finditer(text):  # the row's shape is the cue: any words but clinical ones
            for g in (1, 2, 3):
                if m.group(g) and not any(fold(w) in clinical_terms() and not (is_first(fold(w)) or fold(w) in surnames())
                                          or w in _LOWER_STOP or MEDICAL_WORD.search(w)
                                          for w in re.findall(r"[a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+", m.group(g))):
                    found.append((m.start(g), m.end(g), "PATIENT"))
        if found:  # notes that write names in lower case: a known given name or surname that is a rare English word
            taken = [(a, b) for a, b, _ in found]
            for m in re.finditer(r"(?<![\w'’-])([a-zß-öø-ÿ\u0100-\u017f]{4,})(?=['’]s\b|(?![\w'’-]))", text):
                w = m.group(1)
                if (is_first(fold(w)) or fold(w) in surnames()) and not ordinary(w) and not MEDICAL_WORD.search(w) \
                        and english_frequency(w) < 3.5 and not any(a <= m.start() < b for a, b in taken):
                    found.append((m.start(1), m.end(1), "PERSON"))
        out = [Span(a, b, kind, text[a:b]) for a, b, kind in found]
        kinds = {w: kind for a, b, kind in found for w in re.findall(r"[a-z][a-zß-öø-ÿ\u0100-\u017f'’-]{2,}", text[a:b])}
        for w, kind in kinds.items():
            if ordinary(w) and not is_first(fold(w)) and fold(w) not in surnames():
                continue
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text, re.I):
                nxt = re.match(r"[ \t]+([a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+)", text[m.end():m.end() + 30])
                if m.group(0).islower() and nxt and len(nxt.group(1)) >= 4 and (
                        fold(nxt.group(1)) in clinical_terms() or MEDICAL_WORD.search(nxt.group(1))):
                    continue  # "frank haematuria", "grace score": the word, not the person
                out.append(Span(m.start(), m.end(), kind, m.group(0)))
        return out

    def _names_before_numbers(self, text: str, spans: list[Span]) -> list[Span]:
        """A name just before a patient's number: "OWUSU NPH24-0119043", "Joy Church (2215509), 72F".  Capitals
        that are not an acronym, or a capitalised pair led by a known first name."""
        out = []
        for sp in spans:
            if sp.type not in ("HOSPITAL_NUMBER", "ID_NUMBER", "NHS_NUMBER"):
                continue
            line_start = text.rfind("\n", 0, sp.start) + 1
            before = text[line_start:sp.start]
            m = re.search(r"(?<![\w'’-])([A-Z][A-Z'’-]{2,}(?:[ ][A-Z][A-Z'’-]{2,})?|[A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ ][A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+){1,2})"
                          r"[ \t]*(?:,[ \t]*)?\(?[ \t]*(?:(?:hosp(?:ital)?|unit|MRN|RiO|PAS|EPR)[ \t]*(?:no\.?)?[ \t]*:?[ \t]*)?$",
                          before)
            if not m:
                one = _ONE_BEFORE_BRACKET.search(before)  # "Case 1: Szabo (SA5462821)": one word, the number bracketed
                if one and self._lone_name(one.group(1)):
                    out.append(Span(line_start + one.start(1), line_start + one.end(1), "PATIENT", one.group(1)))
                continue
            words = m.group(1).split()
            folded = [fold(w) for w in words]
            if any(f in hard_stops() and not (is_first(f) or f in surnames()) or f in clinical_terms() and f not in surnames()
                   for f in folded) or self.is_applicant(words):
                continue
            if m.group(1).isupper() or all(w.isupper() for w in words):
                if any(w in clinical_acronyms() or fold(w) in common_words() and fold(w) not in surnames() for w in words):
                    continue
                if not any(len(w) >= 5 or fold(w) in surnames() for w in words):
                    continue  # "RVH", "CHI", "ZTAS": a system's or hospital's letters before its number
            elif not is_first(folded[0]):
                continue
            out.append(Span(line_start + m.start(1), line_start + m.end(1), "PATIENT", m.group(1)))
        return out

    def _lone_name(self, word: str) -> bool:
        """One word beside a patient's number that can only be a name: not a word of the language, the clinic or
        the hospital, not a title or the applicant's or a verifier's name."""
        f = fold(word.rstrip("."))
        if len(f) < 3 or word in clinical_acronyms() or self.is_applicant([word]) or f in self.memory.verifier_words:
            return False
        known = is_first(f) or f in surnames()
        return not ((f in common_words() or f in hard_stops() or f in clinical_terms() or MEDICAL_WORD.search(f))
                    and not known) and f not in _NOT_BESIDE

    def _names_after_numbers(self, text: str, spans: list[Span]) -> list[Span]:
        """A name or initials just after a patient's number in a list or a table row, set off by a dash, a bar or a
        comma: "15989859 - Norbury - no assessment", "number K7612857 (clinic no only) - TR", "RX1234567 | Tam Oyelaran |"."""
        out = []
        for sp in spans:
            if sp.type not in ("HOSPITAL_NUMBER", "ID_NUMBER", "NHS_NUMBER"):
                continue
            m = _AFTER_NUMBER.match(text, sp.end)
            if not m:
                continue
            value = m.group(1)
            words = value.replace(".", " ").split()
            if re.fullmatch(r"(?:[A-Z]\.?[ ]?){2,3}", value):
                letters = value.replace(".", "").replace(" ", "")
                if letters in clinical_acronyms() or letters in _NOT_BESIDE_INITIALS or letters in self.applicant_initials():
                    continue
            elif not all(self._lone_name(w) for w in words) or len(words) > 1 and not is_first(fold(words[0])):
                continue
            out.append(Span(m.start(1), m.end(1), "PATIENT", value))
        return out


def names_before_numbers(p: Pass) -> None:
    """A name just before a patient's number found ("OWUSU NPH24-0119043", "Joy Church (2215509), 72F", "Szabo
    (SA5462821)"), or just after it in a list ("15989859 - Norbury - no assessment", "K7612857 - TR")."""
    found = p.doc._names_before_numbers(p.text, p.spans)
    found += p.doc._names_after_numbers(p.text, p.spans)
    p.spans.extend(found)


# A list's patient typed in lower case as a given name and a surname's initials, then where they lie: "- halina n-w
# bed 14", "bed 9 (hope m-b)".
_LOWER_GIVEN_INITIALS = re.compile(
    r"(?m)(?:^[ \t]*(?:[-•*]|\d{1,2}[.)])[ \t]*|\b(?:bed|bay|b|cot|rm|side[ \t]?rm)[ \t]*\d{1,2}[a-z]?[ \t]*\([ \t]*)"
    r"([a-z][a-z'’]{2,}[ \t]+[a-z](?:-[a-z]|\.[a-z]?\.?)?)(?=[ \t]*\)|[ \t]+(?:bed\b|b\d|side\b|rm\b|sr\b|\d))")


def _list_name(words: list[str], nicknamed: bool) -> bool:
    """Whether a list row's lower-case words are a name: the first a known given name or surname (any word before a
    quoted nickname), none a medical or ordinary word unless it is a known name ("lee hodgson", "denise coombs"; not
    "frail elderly", "frank haematuria")."""
    def known(w: str) -> bool:
        return is_first(fold(w)) or fold(w) in surnames()

    if not (nicknamed or known(words[0])):
        return False
    return not any(MEDICAL_WORD.search(w) or fold(w) in _LOWER_STOP or fold(w) in hard_stops()
                   or not (known(w) or nicknamed and i == 0) and (fold(w) in common_words() or english_frequency(w) >= 3.0)
                   for i, w in enumerate(words))


def _rare_names(words: list[str]) -> bool:
    """No medical or ordinary word among ``words``, and none as frequent in English as 3.5 on the Zipf scale (a known
    given name or surname up to 4.5)."""
    return not any(MEDICAL_WORD.search(w) or fold(w) in _LOWER_STOP or fold(w) in hard_stops()
                   or fold(w) in common_words()
                   or english_frequency(w) >= (4.5 if is_first(fold(w)) or fold(w) in surnames() else 3.5)
                   for w in words)


def lowercase_names(p: Pass) -> None:
    """Names typed in lower case in quick notes ("bed 3 frank delaney 81m", "son declan on way in", "rv mrs okoro",
    "2. 34m - lee hodgson - k9914400", "bed 3 - ray "sonny" fairclough 84m")."""
    p.spans.extend(p.doc._lowercase_names(p.text))
    for m in _RX.lower_list_row.finditer(p.text):
        g = 1 if m.group(1) else 2
        nicknamed = re.search(r"[\"“][a-z]+[\"”]", m.group(g)) is not None  # a nickname in quotes: a name ("ray")
        words = re.findall(r"[a-z][a-z'’-]*", re.sub(r"[\"“][a-z]+[\"”]", "", m.group(g)))
        if words and _list_name(words, nicknamed) and not p.doc.is_applicant(words):
            p.add(m.start(g), m.end(g), "PATIENT")
    for m in _RX.lower_bracket_row.finditer(p.text):  # "2. stan (stanley rudd)", "09:45  j.p. (jamie paterson)"
        lead, full = m.group(1), m.group(2)
        words = [w for w in re.findall(r"[a-z][a-z'’-]*", full) if len(w) > 1]
        # a given name before the brackets vouches for rarer words in them ("joan (tilley)", "stan (stanley rudd)")
        given = is_first(fold(lead)) and fold(lead) not in common_words() and not MEDICAL_WORD.search(lead)
        if not words or not (_list_name(words, False) or given and _rare_names(words)) or p.doc.is_applicant(words):
            continue
        p.add(m.start(2), m.end(2), "PATIENT")
        letters = lead.replace(".", "")
        short = len(letters) <= 3 and lead != letters or len(letters) == 2  # "dh", "j.p."
        if short or is_first(fold(lead)) or fold(lead) in surnames():
            if not (fold(lead) in common_words() and not is_first(fold(lead))):
                p.add(m.start(1), m.end(1), "PATIENT")
    for m in _RX.lower_quoted_row.finditer(p.text):  # 'bed 6 - "nan" pearl', '10:30  "wee davie" ferguson'
        name = m.group(2)
        if (is_first(fold(name)) or fold(name) in surnames()) and _rare_names([name]) \
                and not p.doc.is_applicant([name]):
            p.add(m.start(1), m.end(1), "PATIENT")
            p.add(m.start(2), m.end(2), "PATIENT")
    for m in _LOWER_GIVEN_INITIALS.finditer(p.text):
        given = m.group(1).split()[0]
        hyphen = "-" in m.group(1).split()[-1]
        if (is_first(fold(given)) and (hyphen or fold(given) not in common_words())) \
                and not p.doc.is_applicant([given]) and fold(given) not in clinical_terms():
            p.add(m.start(1), m.end(1), "PATIENT")


def capital_names(p: Pass) -> None:
    """Names in capitals: after a title ("MR DARREN PICKERSGILL"), or a line that is nothing but a name."""
    p.spans.extend(p.doc._capital_names(p.text))


def split_names(p: Pass) -> None:
    """Names OCR broke in two ("Siob han", "Jona than"): two pieces that together make a known name."""
    p.spans.extend(p.doc._split_names(p.text, p.spans))


_GIVEN_BEFORE = re.compile(r"(?:(?<=[\s–:(|-])|^)((?:[A-Z][a-z'’-]+[ \t]){1,2})$")
_BABY_BEFORE = re.compile(r"(?:(?<=[\s:(|\"“'‘])|^)((?:Baby(?:[ \t]+(?:Boy|Girl|boy|girl))?|Infant|Twin[ \t]+[12AB])[ \t])$")
# A name with the nickname between given name and surname: "Mr Albert (Bert) Skinner", "Ms Rosalind ("Roz") Hale".
_NICKNAMED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mx|Master|Dr)\.?[ \t]+([A-Z][a-z'’-]+[ \t]+\([ \t]*[\"'“‘]?[A-Z][a-z'’-]+[\"'”’]?[ \t]*\)"
                        r"[ \t]+[A-Z][\w'’-]+)")
_CHAT_SPEAKER = re.compile(
    r"(?m)^[ \t]*\[[^\]\n]{0,20}\d{1,2}:\d{2}(?::\d{2})?\][ \t]+(?:-[ \t]*)?"
    r"(([A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?)(?:[ \t]*\([A-Za-z0-9][A-Za-z0-9 /-]{1,30}\)|[ \t]+(?:FY1|FY2|F1|F2|SHO|"
    r"Reg|SpR|StR|CT[1-3]|ST[1-8]|Cons|CNS|RN|NIC|Sister|Midwife|MW|ANP|ACP|PA|HCA|Physio|Pharm|Nurse))?)[ \t]*:")
# A chat pasted without times, its speakers by first name and grade: "Harry SHO: who's got bay 4", "Priyanka reg: don't".
_GRADE_SPEAKER = re.compile(
    r"(?m)^[ \t]*(([A-Z][a-z'’-]+)[ \t]+(?:FY1|FY2|F1|F2|SHO|[Rr]eg|SpR|StR|CT[1-3]|ST[1-8]|[Cc]ons|CNS|NIC|ANP|ACP|"
    r"[Mm]idwife|[Pp]hysio|[Pp]harm(?:acist)?|[Nn]urse|[Ss]ister|HCA|ODP|PA))[ \t]*:(?![/\d])")
# A chat exported with its speakers surname first, then a role or a time in brackets: "Ewart, Gail (Midwife) (09:05):".
_SURNAME_FIRST_SPEAKER = re.compile(
    r"(?m)^[ \t]*(([A-Z][a-z'’-]+),[ \t]*([A-Z][a-z'’-]+))(?:[ \t]*\([^()\n]{1,30}\)){1,2}[ \t]*:")
# A police officer by collar number: "PC 4471 HUGHES", "DC 2290 Okafor", "Sgt 118 Price".
_COLLAR = re.compile(r"\b(?:PC|WPC|DC|PS|DS|Sgt|SGT)[ \t]+(\d{2,6}[ \t]+[A-Z][A-Za-z'’-]+)(?![\w])")
# A rota's people by their shift: "Adewale-Jones (nights)", "Wed  D: Lindqvist  N: FAC".
_ON_SHIFT = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]*\((?:days?|nights?|twilight|long[ \t]+days?|lates?|"
                       r"earlys?|earlies|on[ -]?call|weekend)\)")
_SHIFT_CELL = re.compile(r"(?m)^[ \t]*(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?\b[^\n]*")
_SHIFT_NAME = re.compile(r"\b(?:D|N|LD|E|L|T|AM|PM|Day|Night)[ \t]*:[ \t]*([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w'’-])")
# Two given names before a surname found: "Olu and Siobhan Fairweather-Njoku", "Gemma and Stuart Lightfoot".
_FIRST_AND = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+)[ \t]+(?:and|&)[ \t]+$")
_GRADE_BEFORE = re.compile(r"(?:(?<=[\s(\[:,])|^)((?:RN|RGN|RMN|EN|SN|ANP|ACP|CNS|ODP|HCA|PA|MW|RM)[ \t])$")


def given_names(p: Pass) -> None:
    """The given names before a surname found in capitals ("Li Na ZHANG", "Thu WONG": a list's patient, surname
    first in capitals and given names before it in their own case), "Baby" or a nurse's grade before a name found
    ("RN Kerry Hoyle"), a rota's people by shift, the first of two given names before a surname ("Olu and Siobhan
    Fairweather-Njoku"), a name with its nickname between ("Mr Albert (Bert) Skinner"), a chat's speaker by name and
    role ("[02:13] Thu (midwife): ...", "[07:51] Priti FY1:", "Harry SHO:" at a line's start) and a police officer
    by collar number ("PC 4471 HUGHES")."""
    text = p.text
    for s in list(p.spans):
        if s.type not in ("PATIENT", "RELATIVE", "PERSON"):
            continue
        line_start = text.rfind("\n", 0, s.start) + 1
        before = text[line_start:s.start]
        prefix = _BABY_BEFORE.search(before) or _GRADE_BEFORE.search(before)
        if prefix:  # "Baby Popescu", "RN Kerry Hoyle": the word before goes with the name
            p.add(line_start + prefix.start(1), s.start, s.type)
            continue
        if not (s.text.isupper() and len(s.text) >= 2 and " " not in s.text.strip()):
            continue
        m = _GIVEN_BEFORE.search(before)
        if not m:
            continue
        words = m.group(1).split()
        if any(fold(w) in clinical_terms() or (fold(w) in hard_stops() or fold(w) in common_words())
               and not is_first(fold(w)) and fold(w) not in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
               or w in ("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof") for w in words):
            continue
        p.add(line_start + m.start(1), s.start, s.type)
    _rota_names(p)
    _couples(p)
    for m in _NICKNAMED.finditer(text):
        if not p.doc.is_applicant(re.findall(r"[A-Za-z'’-]+", m.group(2))):
            p.add(m.start(2), m.end(2), "PERSON" if m.group(1) == "Dr" else "PATIENT")
    for m in _GRADE_SPEAKER.finditer(text):
        f = fold(m.group(2))
        if (f in common_words() or f in hard_stops() or f in clinical_terms()) and not is_first(f) \
                or p.doc.is_applicant([m.group(2)]) or f in p.doc.memory.verifier_words:
            continue  # "Night SHO:", "Medical reg:": a post, not a person
        p.add(m.start(1), m.end(1), "PERSON")
    for m in _COLLAR.finditer(text):
        if fold(m.group(1).split()[-1]) not in common_words():
            p.add(m.start(1), m.end(1), "PERSON")
    for m in _SURNAME_FIRST_SPEAKER.finditer(text):
        names = [m.group(2), m.group(3)]
        if all(_a_name(p, w) for w in names) and not p.doc.is_verifier(m.group(1)):
            p.add(m.start(1), m.end(1), "PERSON")
    mine = p.doc.applicant_initials()
    for m in _CHAT_SPEAKER.finditer(text):
        words = [w for w in m.group(2).split() if w not in mine]  # "Iain MP": the applicant and their initials
        if not p.doc.is_applicant(words) and not p.doc.is_verifier(m.group(2)) \
                and not any(fold(w) in ("you", "me", "system", "admin", "bot", "group", "team") for w in words):
            p.add(m.start(1), m.end(1), "PERSON")  # the name with its role: "Josh (FY1)", "Priti FY1"


def _a_name(p: Pass, word: str) -> bool:
    """``word`` can be someone's name here: a known given name or surname, or no word of the language, the clinic or
    the hospital; never the applicant's."""
    f = fold(word)
    if p.doc.is_applicant([word]):
        return False
    return is_first(f) or f in surnames() or not (f in common_words() or f in hard_stops() or f in clinical_terms()
                                                  or word in clinical_acronyms())


def _rota_names(p: Pass) -> None:
    """A rota's people by their shift: "Adewale-Jones (nights)" (a rare word, or a known name), and the names after
    a shift's letter on a weekday's line ("Wed  D: Lindqvist  N: FAC")."""
    text = p.text
    for m in _ON_SHIFT.finditer(text):
        f = fold(m.group(1))
        if _a_name(p, m.group(1)) and (english_frequency(f) < 3.5 or is_first(f) or f in surnames()):
            p.add(m.start(1), m.end(1), "PERSON")  # not "Entitlement (days): 32"
    for row in _SHIFT_CELL.finditer(text):
        for m in _SHIFT_NAME.finditer(row.group(0)):
            if _a_name(p, m.group(1)):
                p.add(row.start() + m.start(1), row.start() + m.end(1), "PERSON")


def _couples(p: Pass) -> None:
    """The first of two given names before a surname found: "Olu and Siobhan Fairweather-Njoku", "Gemma and Stuart
    Lightfoot" (not "Greater Manchester & Tony Marsh", where the word before is part of a longer name)."""
    text = p.text
    for s in list(p.spans):
        if s.type not in ("PATIENT", "RELATIVE", "PERSON") or len(s.text.split()) < 2:
            continue
        m = _FIRST_AND.search(text, max(0, s.start - 30), s.start)
        if not m or re.search(r"[A-Z][\w'’-]*[ \t]+$", text[max(0, m.start(1) - 30):m.start(1)]):
            continue
        if fold(m.group(1)) not in TITLES and _a_name(p, m.group(1)):
            p.add(m.start(1), m.end(1), s.type)
