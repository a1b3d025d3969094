"""Remove patient identifiers from text, as the GMC's portfolio rules require.

Removed: names of patients, relatives and referenced colleagues; addresses and
postcodes; phone numbers; e-mail addresses; NHS numbers; hospital / unit /
MRN numbers; GMC numbers of other people.  Kept: dates of birth, gender, the
applicant's own name and clinical vocabulary (eponymous scores and signs).

Detection is rules and context (spaCy's blank English tokenizer is not needed
for this: the patterns work on characters).  Replacements are consistent per
document, so "Mr John Patel ... Mr Patel" reads "[PATIENT-1] ... [PATIENT-1]".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Anonymiser", "Span", "nhs_number_valid", "anonymise"]


@dataclass(frozen=True)
class Span:
    """An identifier found in text: ``text[start:end]`` of a given type."""

    start: int
    end: int
    type: str
    text: str


# ------------------------------------------------------------------ patterns

def nhs_number_valid(digits: str) -> bool:
    """Modulus-11 check of a 10-digit NHS number."""
    digits = re.sub(r"\D", "", digits)
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


_NHS = re.compile(r"(?<![\d£$.,])(\d{3})[ \u00a0-]?(\d{3})[ \u00a0-]?(\d{4})(?![\d])")
_NHS_LABELLED = re.compile(r"(?i)\bNHS\s*(?:no\.?|number|num|#)?\s*[:.]?\s*((?:\d[ \u00a0-]?){9}\d)\b")
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKMNPR-Y]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?)"
    r"[ \u00a0]?[0-9][ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\w/])(?:(?:\+44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|\(?0)\d{2,4}\)?[ \u00a0-]?\d{3,4}[ \u00a0-]?\d{3,4}"
    r"|\+44[ \u00a0]?\d{4}[ \u00a0]?\d{6})(?:[ \u00a0]*(?:ext\.?|extension|x)[ \u00a0]*\d{2,6})?(?!\d)",
    re.IGNORECASE,
)
_EXTENSION = re.compile(r"(?i)\b(?:ext\.?|extension|bleep|bleep no\.?)\s*:?\s*(\d{3,6})\b")
_HOSP_LABEL = re.compile(
    r"(?i)\b(?:hosp(?:ital)?\.?\s*(?:no|number|num|id)\.?|MRN|M\.R\.N\.|unit\s*(?:no|number)\.?|"
    r"RXN|CRN|PAS\s*(?:no|number|id)\.?|patient\s*(?:id|no|number)\.?|case\s*(?:no|number)\.?|"
    r"hospital\s*ref(?:erence)?\.?|K\s*number|MRN\s*no\.?)\s*[:#.]?\s*([A-Z]{0,4}[ -]?\d[\dA-Z -]{3,14}\d|[A-Z]{0,4}\d{4,12})",
)
_HOSP_FORMAT = re.compile(r"\b(?:[A-Z]{1,3}\d{6,8}|\d{2}[A-Z]\d{5,7})\b")
_GMC = re.compile(r"(?i)\bGMC\s*(?:no\.?|number|num|ref(?:erence)?\.?|#)?\s*[:.]?\s*(\d{7})\b")

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Master|Dr|Prof|Professor|Sister|Nurse|Rev|Sr)"
_NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*|[A-Z]'[A-Z][a-z]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|[A-Z]{2,}(?:-[A-Z]{2,})?)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:[A-Z]\.?[ \t]+)?{_NAME_WORD}){{0,3}}"
_TITLED = re.compile(rf"\b({_TITLE})\.?[ \t]+((?:[A-Z]\.?[ \t]?)*{_NAME})")
_LABELS = [
    (re.compile(rf"(?im)^[ \t]*(?:re|regarding|patient(?:'s)? name|patient|name|pt|full name|client|child(?:'s name)?|service user)[ \t]*[:\-][ \t]*(?:{_TITLE}\.?[ \t]+)?((?:[A-Z]\.?[ \t]?)*{_NAME})"), "PATIENT"),
    (re.compile(rf"(?i)\b(?:next of kin|NOK|emergency contact|parent|mother|father|guardian|carer|wife|husband|partner|son|daughter|sister|brother|spouse)[ \t]*(?:\((?:[a-z ]+)\))?[ \t]*[:\-][ \t]*(?:(?:his|her|their|the)[ \t]+)?(?:(?:wife|husband|partner|son|daughter|mother|father|sister|brother|mum|dad)[ \t]+)?(?:{_TITLE}\.?[ \t]+)?((?:[A-Z]\.?[ \t]?)*{_NAME})"), "RELATIVE"),
    (re.compile(rf"\b(?:his|her|their|the patient's)[ \t]+(?:wife|husband|partner|son|daughter|mother|father|mum|dad|sister|brother|niece|nephew|grandson|granddaughter|carer|friend)[ \t]*,?[ \t]+((?:{_TITLE}\.?[ \t]+)?{_NAME})"), "RELATIVE"),
    (re.compile(rf"(?im)^[ \t]*(?:dear)[ \t]+(?:{_TITLE}\.?[ \t]+)?((?:[A-Z]\.?[ \t]?)*{_NAME})[ \t]*,?[ \t]*$"), "PERSON"),
    (re.compile(rf"(?im)^[ \t]*(?:cc|c\.c\.|copy to|copies to|gp|assessor|trainee|assessed trainee|trainee name|assessor name|supervisor|complainant|reported by|referrer|from|to)[ \t]*[:\-][ \t]*(?:{_TITLE}\.?[ \t]+)?((?:[A-Z]\.?[ \t]?)*{_NAME})"), "PERSON"),
]
_STREET_WORDS = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Place|Pl|Court|Ct|Gardens|Gdns|"
    "Terrace|Grove|Park|Hill|Square|Sq|Row|Walk|Mews|View|Rise|Green|Parade|Vale|Wharf|Yard|Gate|Broadway|Boulevard|Croft|Fold|Meadow|Meadows|Chase|Heights|Estate"
)
_STREET = re.compile(
    rf"\b(?:(?:Flat|Apartment|Apt|Unit)[ \t]+\d+[A-Za-z]?,?[ \t]+)?\d{{1,4}}[A-Za-z]?,?[ \t]+(?:[A-Z][a-z']+[ \t]+){{1,3}}(?:{_STREET_WORDS})\b\.?"
    rf"(?:,[ \t]*(?:[A-Z][a-z']+(?:[ -][A-Z][a-z']+){{0,2}}))*"
)
_HOUSE_NAME = re.compile(rf"\b(?:[A-Z][a-z']+[ \t]+){{1,3}}(?:Cottage|House|Farm|Lodge|Manor|Barn|Flats)\b")

# Words that look like names after a title or label but are not people.
_NOT_NAMES = {
    "Glasgow", "Coma", "Scale", "Wells", "Addison", "Parkinson", "Crohn", "Murphy", "Cushing", "Alzheimer",
    "Hodgkin", "Bell", "Guillain", "Barre", "Down", "Graves", "Hashimoto", "Kawasaki", "Wernicke", "Korsakoff",
    "Emergency", "Department", "Hospital", "Medicine", "Medical", "Consultant", "Registrar", "Doctor", "Patient",
    "Colleague", "Sir", "Madam", "Team", "All", "Trust", "NHS", "General", "Practitioner", "Unknown", "Not",
    "Known", "None", "Nil", "The", "Clinic", "Ward", "Unit", "Centre", "Center", "Surgery", "Practice", "Royal",
    "College", "Foundation", "Board", "Health", "Ref", "Re", "Date", "Time", "Male", "Female", "Yes", "No",
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Master", "Dr", "Prof", "Professor", "Sister", "Nurse", "Rev", "Sr",
    "Discharge", "Summary", "Letter", "Referral", "Consultation", "Dictated", "Typed", "Signed", "Page",
    "Diagnosis", "Plan", "History", "Examination", "Impression", "Management", "Outcome", "Presenting", "Complaint",
    "Assessment", "Form", "Feedback", "Report", "Case", "Based", "Discussion", "Mini", "CEX", "DOPS", "ACAT", "CbD",
    "ESLE", "MSF", "GP", "ED", "A", "An", "On", "In", "At", "To", "For", "Of", "And", "With", "This", "That",
}
_NOT_NAME_PHRASES = re.compile(r"(?i)^(?:glasgow coma|wells score|mini[- ]cex|emergency department)")
_ROLE_TAG = {"PATIENT": "PATIENT", "RELATIVE": "RELATIVE", "PERSON": "PERSON"}


@dataclass
class Anonymiser:
    """Find and replace identifiers in text.

    Args:
        applicant: The applicant's name; it and its parts are kept.
        keep: Extra strings never to redact (e.g. the applicant's GMC number).

    Example:
        >>> Anonymiser(applicant="Amara Okafor").anonymise("Re: Mr John Patel, NHS 943 476 5919")[0]
        'Re: Mr [PATIENT-1], NHS [NHS-NUMBER]'
    """

    applicant: str | None = None
    keep: tuple[str, ...] = ()
    _keep_words: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        words: set[str] = set()
        if self.applicant:
            words.update(w for w in re.findall(r"[A-Za-z'-]+", self.applicant) if len(w) > 1)
        words -= {"Dr", "Mr", "Mrs", "Ms", "Miss", "Prof"}
        self._keep_words = words

    # -------------------------------------------------------------- detection

    def find(self, text: str) -> list[Span]:
        """All identifier spans in ``text``, non-overlapping, sorted."""
        spans: list[Span] = []

        def add(start: int, end: int, kind: str) -> None:
            if end > start:
                spans.append(Span(start, end, kind, text[start:end]))

        for m in _EMAIL.finditer(text):
            add(m.start(), m.end(), "EMAIL")
        for m in _NHS_LABELLED.finditer(text):
            add(m.start(1), m.end(1), "NHS_NUMBER")
        for m in _NHS.finditer(text):
            if nhs_number_valid(m.group(0)):
                add(m.start(), m.end(), "NHS_NUMBER")
        for m in _GMC.finditer(text):
            if m.group(1) not in self.keep and not self._near_applicant(text, m.start()):
                add(m.start(1), m.end(1), "GMC_NUMBER")
        for m in _HOSP_LABEL.finditer(text):
            add(m.start(1), m.end(1), "HOSPITAL_NUMBER")
        for m in _HOSP_FORMAT.finditer(text):
            if not _POSTCODE.fullmatch(m.group(0)):
                add(m.start(), m.end(), "HOSPITAL_NUMBER")
        for m in _PHONE.finditer(text):
            digits = re.sub(r"\D", "", m.group(0))
            if 10 <= len(digits) <= 16 and not nhs_number_valid(digits[:10] if len(digits) == 10 else ""):
                add(m.start(), m.end(), "PHONE")
        for m in _EXTENSION.finditer(text):
            add(m.start(1), m.end(1), "PHONE")
        for m in _POSTCODE.finditer(text):
            if any(c.isdigit() for c in m.group(0)) and self._postcode_plausible(m.group(0)):
                add(m.start(), m.end(), "POSTCODE")
        for m in _STREET.finditer(text):
            add(m.start(), m.end(), "ADDRESS")
        for m in _HOUSE_NAME.finditer(text):
            add(m.start(), m.end(), "ADDRESS")
        spans.extend(self._address_lines(text, spans))
        spans.extend(self._names(text))
        return _resolve(spans)

    def _near_applicant(self, text: str, pos: int) -> bool:
        """The applicant's own GMC number sits just after their name (signature)."""
        if not self._keep_words:
            return False
        window = text[max(0, pos - 160):pos]
        return sum(w in window for w in self._keep_words) >= min(2, len(self._keep_words))

    @staticmethod
    def _postcode_plausible(candidate: str) -> bool:
        # Lower-case words such as "ab12 3cd" are rare; reject all-lowercase
        # matches that are clinical shorthand like "t2 4hr".
        letters = [c for c in candidate if c.isalpha()]
        return not (letters and all(c.islower() for c in letters) and len(candidate.replace(" ", "")) < 6)

    def _address_lines(self, text: str, spans: list[Span]) -> list[Span]:
        """Town lines of an address block: short lines just above a postcode."""
        out: list[Span] = []
        post = [s for s in spans if s.type == "POSTCODE"]
        for s in post:
            line_start = text.rfind("\n", 0, s.start) + 1
            prefix = text[line_start:s.start].rstrip(" ,")
            if prefix and len(prefix) <= 60 and not _institution(prefix):
                out.append(Span(line_start, line_start + len(prefix), "ADDRESS", prefix))
            # up to two lines above, if they look like address lines
            cursor = line_start - 1
            for _ in range(2):
                if cursor <= 0:
                    break
                prev_start = text.rfind("\n", 0, cursor) + 1
                line = text[prev_start:cursor]
                stripped = line.strip().rstrip(",")
                if not stripped or len(stripped) > 50 or _institution(stripped) or ":" in stripped:
                    break
                if not re.match(r"^(?:\d+[A-Za-z]?\s+)?[A-Z][A-Za-z' -]+,?$", stripped):
                    break
                lead = len(line) - len(line.lstrip())
                out.append(Span(prev_start + lead, prev_start + lead + len(stripped), "ADDRESS", stripped))
                cursor = prev_start - 1
        return out

    def _names(self, text: str) -> list[Span]:
        found: list[tuple[int, int, str]] = []
        for pattern, role in _LABELS:
            for m in pattern.finditer(text):
                found.extend(self._name_span(text, m.start(1), m.end(1), role))
        for m in _TITLED.finditer(text):
            title = m.group(1)
            role = "PERSON" if title in ("Dr", "Prof", "Professor", "Sister", "Nurse", "Rev", "Sr") else "PATIENT"
            found.extend(self._name_span(text, m.start(2), m.end(2), role))
        # Every later mention of a found name's parts (surname alone, first name alone).
        words: dict[str, str] = {}
        for start, end, role in found:
            for w in re.findall(r"[A-Z][A-Za-z'-]+", text[start:end]):
                if len(w) > 2 and w not in _NOT_NAMES and w not in self._keep_words:
                    words.setdefault(w, role)
        spans = [Span(s, e, r, text[s:e]) for s, e, r in found]
        if words:
            alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
            for m in re.finditer(rf"\b(?:{alternation})\b(?:'s)?", text):
                word = m.group(0).removesuffix("'s")
                spans.append(Span(m.start(), m.start() + len(word), words[word], word))
        return spans

    def _name_span(self, text: str, start: int, end: int, role: str) -> list[tuple[int, int, str]]:
        candidate = text[start:end]
        # trim trailing words that are not names (e.g. "John Smith Consultant")
        tokens = list(re.finditer(r"\S+", candidate))
        kept: list[re.Match] = []
        for tok in tokens:
            word = tok.group(0).strip(".,;:")
            if word in _NOT_NAMES or _NOT_NAME_PHRASES.match(word):
                break
            kept.append(tok)
        if not kept:
            return []
        name = candidate[: kept[-1].end()].rstrip(".,;:")
        words = [w for w in re.findall(r"[A-Za-z'-]+", name) if len(w) > 1]
        if not words or all(w in self._keep_words for w in words):
            return []
        if self.applicant and _same_person(name, self.applicant):
            return []
        if all(w.isupper() and len(w) <= 4 for w in words):  # acronyms: ECG, CT
            return []
        return [(start, start + len(name), role)]

    # -------------------------------------------------------------- replacement

    def anonymise(self, text: str) -> tuple[str, list[Span]]:
        """Return the text with identifiers replaced, and the spans replaced."""
        spans = self.find(text)
        numbering: dict[tuple[str, str], int] = {}
        counters: dict[str, int] = {}
        # Consistent numbering per person: key on the surname (last word).
        people: dict[str, str] = {}
        out: list[str] = []
        last = 0
        for span in spans:
            out.append(text[last:span.start])
            out.append(self._tag(span, numbering, counters, people))
            last = span.end
        out.append(text[last:])
        return "".join(out), spans

    @staticmethod
    def _tag(span: Span, numbering, counters, people) -> str:
        if span.type in _ROLE_TAG:
            key_word = span.text.split()[-1].lower()
            person = people.get(key_word)
            if person is None:
                for word in span.text.split():
                    person = people.get(word.lower())
                    if person:
                        break
            if person is None:
                role = _ROLE_TAG[span.type]
                counters[role] = counters.get(role, 0) + 1
                person = f"{role}-{counters[role]}"
            for word in span.text.split():
                people.setdefault(word.lower(), person)
            return f"[{person}]"
        return "[" + span.type.replace("_", "-") + "]"


def _institution(line: str) -> bool:
    return bool(re.search(r"(?i)\b(hospital|trust|infirmary|clinic|centre|center|department|university|college|foundation|NHS|board)\b", line))


def _same_person(name: str, applicant: str) -> bool:
    norm = lambda s: {w.lower() for w in re.findall(r"[A-Za-z'-]+", s) if len(w) > 1} - {"dr", "mr", "mrs", "ms", "miss", "prof"}
    a, b = norm(name), norm(applicant)
    return bool(a) and a <= b


_PRIORITY = {"EMAIL": 0, "NHS_NUMBER": 1, "GMC_NUMBER": 2, "HOSPITAL_NUMBER": 3, "PHONE": 4, "POSTCODE": 5,
             "ADDRESS": 6, "RELATIVE": 7, "PATIENT": 8, "PERSON": 9}


def _resolve(spans: list[Span]) -> list[Span]:
    """Drop overlaps: longer spans win, then the more specific type."""
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), _PRIORITY.get(s.type, 99), s.start))
    taken: list[Span] = []
    for span in ordered:
        if all(span.end <= t.start or span.start >= t.end for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s.start)


def anonymise(text: str, applicant: str | None = None) -> str:
    """Convenience: the anonymised text only."""
    return Anonymiser(applicant=applicant).anonymise(text)[0]
