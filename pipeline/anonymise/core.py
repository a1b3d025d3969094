"""Remove patient identifiers from text, as the GMC's portfolio rules require.

Removed: names of patients, relatives and colleagues; addresses and postcodes;
phone numbers; e-mail addresses; NHS numbers; hospital / unit / MRN numbers;
GMC numbers of other people.  Kept: dates of birth, gender, the applicant's
own name (and GMC number) and clinical vocabulary (eponymous scores, signs and
diseases, drug names).

Detection combines:

* patterns: NHS numbers (10 digits with the modulus-11 check digit, in any
  spacing), UK postcodes (real postcode areas), UK and international phone
  formats, e-mail addresses, hospital numbers after their labels (``Hosp No``,
  ``MRN``, ``RiO ID``...) and in the usual letters-and-digits formats, GMC
  numbers;
* context: titles (Mr, Mrs, Ms, Dr...), labels (``Re:``, ``Patient:``,
  ``Name:``, ``Next of kin:``, ``cc:``...), relations (``her daughter``,
  ``Mum (...)``), roles (``scrub nurse``, ``paramedic``), letter greetings and
  sign-offs, e-mail display names, table rows and numbered lists, address
  blocks above and beside postcodes;
* gazetteers of common first names and surnames (``pipeline/data/``);
* optionally, a spaCy statistical named-entity recogniser that the user names
  in ``$CESR_NER_MODEL`` (an installed spaCy pipeline package).  None is
  shipped: spaCy's official trained pipelines are not on PyPI, and re-uploads
  there cannot be traced to their origin, which matters for a tool that reads
  patient data.  The rules above are measured without one.

Each way of finding identifiers is a detector (:mod:`pipeline.anonymise.detectors`, one module a family), run in
the order the configuration names; :mod:`pipeline.anonymise.resolver` makes the spans disjoint and holds the
memory one document's anonymiser keeps from page to page.  This module runs them: :class:`Anonymiser`.

Every later mention of a detected name's words is removed too.  Replacements
are consistent per document: "Mr John Patel ... Mr Patel" reads
"Mr [PATIENT-1] ... Mr [PATIENT-1]".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .detectors import pipeline_of
from .detectors.addresses import join_addresses, organisations
from .detectors.base import Pass
from .detectors.initials import initials_elsewhere
from .detectors.name_variants import NameVariants
from .detectors.names import ContextNames
from .detectors.ner import ner_available
from .detectors.nhs_numbers import nhs_number_valid
from .detectors.patterns import CALENDAR, TITLE_RE, TITLES, WORD, is_first
from .detectors.people import People
from .detectors.scripts import kept_in_original, names_beside, names_transliterated
from .detectors.tables import TableCells
from .lexicon import clinical_terms, diminutives, english_frequency, first_names, fold, hard_stops, surnames
from .resolver import Memory, Span, cut_span, inside_any, resolve_spans, whole_token
from .shapes import default_allowlist, id_shaped

__all__ = ["Anonymiser", "Span", "nhs_number_valid", "anonymise", "anonymise_file_name", "TAG_TYPES", "normal_type",
           "occurrences", "WORD_RE", "TITLE_RE", "replace_spans", "ner_available"]

#: Every span type the anonymiser produces.
TAG_TYPES = ("EMAIL", "URL", "NHS_NUMBER", "GMC_NUMBER", "REGISTRATION", "HOSPITAL_NUMBER", "REFERENCE", "ID_NUMBER",
             "PHONE", "POSTCODE", "ADDRESS", "PATIENT", "RELATIVE", "PERSON")


def anonymise_file_name(name: str, anonymiser: "Anonymiser") -> str:
    """``name`` with the identifiers in it replaced: ``Smith J clinic 01-02.pdf`` -> ``[NAME] J clinic 01-02.pdf``.

    A word of the name goes when the anonymiser learnt it as a person's name in the document (in any case:
    file names are often lower case) and it is not a common word of a description ("letter", "end", "care"),
    when the anonymiser finds an identifier in the name as written, or when it is shaped like an identifier
    (six or more digits, a hospital-number shape).  A plain description ("07-letter-end-of-life-care.pdf")
    stays as it is.  Separators and the extension stay.
    """
    stem, dot, ext = name.rpartition(".")
    if not dot or not 1 <= len(ext) <= 5:
        stem, dot, ext = name, "", ""
    parts = re.split(r"([-_\s.,()]+)", stem)
    words = parts[::2]
    spaced = " ".join(words)
    ordinary = anonymiser.common_words  # before the name itself is searched
    found = anonymiser.find(spaced)
    covered: set[int] = set()
    pos = 0
    for k, w in enumerate(words):
        start, end = pos, pos + len(w)
        if any(s.start < end and start < s.end and (s.type not in ("PATIENT", "RELATIVE", "PERSON") or w[:1].isupper())
               for s in found):
            covered.add(k)
        pos = end + 1
    common = hard_stops() | clinical_terms()
    out = []
    for k, part in enumerate(parts):
        if k % 2:
            out.append(part)
            continue
        w = part
        f = fold(w)
        learnt = f in anonymiser.learnt_names and f not in common and (
            w[:1].isupper() or f in first_names() or f in surnames() or f not in ordinary)
        if w and (k // 2 in covered or learnt or id_shaped(w)):
            out.append("[NUMBER]" if any(c.isdigit() for c in w) else "[NAME]")
        else:
            out.append(w)
    return "".join(out) + dot + ext


def replace_spans(text: str, spans: list[Span], counters: dict[str, int] | None = None,
                  people: dict[str, str] | None = None) -> str:
    """Replace ``spans`` (sorted, non-overlapping) with consistent tags.

    ``counters`` and ``people`` carry the numbering from one page to the next.
    """
    counters = {} if counters is None else counters
    people = {} if people is None else people
    out: list[str] = []
    last = 0
    for span in spans:
        out.append(text[last:span.start])
        out.append(_tag(span, counters, people))
        last = span.end
    out.append(text[last:])
    return "".join(out)


def _tag(span: Span, counters: dict[str, int], people: dict[str, str]) -> str:
    if span.type in ("PATIENT", "RELATIVE", "PERSON"):
        words = [fold(w) for w in WORD.findall(span.text) if len(w) > 1] or [fold(span.text)]
        person = people.get(words[-1])
        if person is None:
            for word in words:
                person = people.get(word)
                if person:
                    break
        if person is None:
            counters[span.type] = counters.get(span.type, 0) + 1
            person = f"{span.type}-{counters[span.type]}"
        for word in words:
            people.setdefault(word, person)
        return f"[{person}]"
    return "[" + span.type.replace("_", "-") + "]"


_OCR_TOKEN = re.compile(r"(?<![\w'’])[A-Za-z0-9'’]*[0135689][A-Za-z0-9'’]*(?![\w'’])")


_DIGIT_AS_LETTER = {"0": "O", "1": "l", "5": "S"}
# a double l or o OCR read as digits inside or at the end of a word ("Ha11oran", "Fe11gate", "W00d", "Ha11", "Be1l")
_DOUBLE_IN_WORD = re.compile(r"(?<=[A-Za-z])(?:11|00)(?=[a-z])|(?<=[a-z])(?:11|1l|l1|00)(?=[A-Za-z]|$)")
# inside a word in capitals ("6RAHAM PEEBLE5", "K0WALSKA"), and between lower-case letters ("Ev3lyn", "Mar9aret", "Ro8ert")
_DIGIT_AS_CAPITAL = {"0": "O", "1": "I", "5": "S", "6": "G", "8": "B"}
_DIGIT_AS_SMALL = {"3": "e", "9": "g", "8": "b"}
# one digit between capitals in a short word in capitals ("R0Y", "J0E"): a letter
_CAPITALS_AROUND_DIGIT = re.compile(r"[A-Z]+[08][A-Z]+")
_SMALL_L_IN_CAPITALS = re.compile(r"(?<![\w'’])(?=[A-Z]*l[A-Z])(?:[A-Z]{2,}l[A-Z]+|[A-Z]+l[A-Z]{2,})(?![\w'’])")


# A quantity with its unit, written together: "5mg", "10mL", "2h", "6wk" (not a word OCR misread).
_QUANTITY = re.compile(r"\d+(?:mg|mcg|ug|ng|g|kg|ml|mL|l|L|mmol|mol|iu|IU|units?|mm|cm|m|h|hr|hrs|min|mins|s|d|wk|wks|"
                       r"y|yo|yr|yrs|bd|od|tds|qds|prn|am|pm|st|nd|rd|th|x)")


def ocr_letters(text: str, least: int = 2) -> str:
    """``text`` with the digits OCR read for letters put back inside words that are mostly lower-case letters
    ("C1inic" -> "Clinic", "0gundipe" -> "Ogundipe", "0'Hare" -> "O'Hare"), when at least ``least`` words show
    it; else ``text`` itself.  Numbers and codes ("4O1", "KWU-11O347", "T2DM") are left alone."""
    changes: list[tuple[int, str]] = []
    for m in _OCR_TOKEN.finditer(text):
        token = m.group(0)
        doubled = _DOUBLE_IN_WORD.sub(lambda d: d.group(0).replace("1", "l").replace("0", "o"), token)
        if doubled != token:
            doubled = re.sub(r"^0(?=['’][A-Z])", "O", doubled)  # "0'Ha11oran"
            if not any(c.isdigit() for c in doubled):
                changes.append((m.start(), doubled))  # "Ha11oran", "W00d", "Carr00n"
                continue
        letters = sum(c.isalpha() for c in token)
        digits = sum(c.isdigit() for c in token)
        if (letters >= 4 and digits <= 2 and letters >= 2 * digits or _CAPITALS_AROUND_DIGIT.fullmatch(token)) \
                and token.isupper() and all(c in _DIGIT_AS_CAPITAL for c in token if c.isdigit()):
            changes.append((m.start(), "".join(_DIGIT_AS_CAPITAL.get(c, c) for c in token)))  # "0KONKW0"
            continue
        if any(c in _DIGIT_AS_SMALL for c in token):
            if letters < 4 or digits > 2 or any(c.isdigit() and c not in _DIGIT_AS_SMALL and c not in _DIGIT_AS_LETTER
                                                for c in token):
                continue
            small = "".join(_DIGIT_AS_SMALL[c] if c in _DIGIT_AS_SMALL and 0 < i < len(token) - 1
                            and token[i - 1].islower() and token[i + 1].islower() else c for i, c in enumerate(token))
            if any(c in _DIGIT_AS_SMALL for c in small):
                continue
            token = small
            digits = sum(c.isdigit() for c in token)
            if not digits:
                changes.append((m.start(), token))
                continue
        if token in ("E1", "A1") and re.match(r"-[A-Z][a-z]", text[m.end():m.end() + 3]):
            changes.append((m.start(), token[0] + "l"))  # an Arabic name's article: "E1-Tayeb", "A1-Thawra"
            continue
        if letters < 2 or digits > 2 or letters <= digits or not any(c.islower() for c in token) \
                or any(c.isdigit() and c not in _DIGIT_AS_LETTER for c in token) or _QUANTITY.fullmatch(token):
            continue
        # a zero inside a word, before a small letter, is a small o ("J0anne", "Carr0thers"); else a capital
        fixed = "".join("o" if c == "0" and 0 < i < len(token) - 1 and token[i - 1].isalpha() and token[i + 1].islower()
                        else _DIGIT_AS_LETTER.get(c, c) for i, c in enumerate(token))
        if fixed[0] == "O" and len(fixed) > 1 and fixed[1].islower() and token[0] == "0" and m.start() > 0 \
                and text[m.start() - 1] not in " \t\n(\"'’" \
                and not (text[m.start() - 1] == "-" and text[m.start() - 2:m.start() - 1].isalpha()):  # "Ade-0jo"
            continue
        changes.append((m.start(), fixed))
    # a small l read for a capital I inside a word in capitals ("DAVlES", "HOSPlTAL")
    changes.extend((m.start(), m.group(0).replace("l", "I")) for m in _SMALL_L_IN_CAPITALS.finditer(text))
    if len(changes) < least:
        return text
    out = list(text)
    for start, fixed in changes:
        out[start:start + len(fixed)] = fixed
    return "".join(out)


def normal_type(kind: str) -> str:
    """A span type from what a doctor or a label set calls it (``"PATIENT_NAME"`` -> ``"PATIENT"``)."""
    return _normal_type(kind)


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text`` that is not inside a longer word or number."""
    return _occurrences(text, needle)


#: A word as the anonymiser sees it (letters, inner apostrophes and hyphens); titles before a name.
WORD_RE = WORD


def _normal_type(kind: str) -> str:
    k = kind.strip().upper().replace("-", "_").replace(" ", "_")
    aliases = {"PATIENT_NAME": "PATIENT", "RELATIVE_NAME": "RELATIVE", "COLLEAGUE_NAME": "PERSON", "NAME": "PERSON",
               "COLLEAGUE": "PERSON", "NHS": "NHS_NUMBER", "MRN": "HOSPITAL_NUMBER", "GMC": "GMC_NUMBER",
               "TELEPHONE": "PHONE", "E_MAIL": "EMAIL", "HOSPITAL": "HOSPITAL_NUMBER"}
    k = aliases.get(k, k)
    return k if k in TAG_TYPES else "PERSON"


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out = []
    if not needle:
        return out
    start = 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return out
        j = i + len(needle)
        if (i == 0 or not (text[i - 1].isalnum() and needle[0].isalnum())) and (
                j == len(text) or not (text[j].isalnum() and needle[-1].isalnum())):
            out.append((i, j))
        start = i + 1


def anonymise(text: str, applicant: str | None = None) -> str:
    """Convenience: the anonymised text only."""
    return Anonymiser(applicant=applicant).anonymise(text)[0]


@dataclass
class Anonymiser(ContextNames, TableCells, NameVariants, People):
    """Find and replace identifiers in text.

    Args:
        applicant: The applicant's name; it, its parts and initials are kept
            (so is the GMC number next to it).

    One instance per document: names found on one page are removed from the
    next (``anonymise`` called page by page) and tags keep their numbers.
        keep: Extra strings never to redact (e.g. a colleague's name the
            applicant has consent to show, a ward name).
        add: Extra strings to redact wherever they occur, as ``(text, type)``
            pairs (a reviewer's additions).
        undo: Strings a reviewer has decided are not identifiers: detected
            spans with this exact text are left in place.
        ner: Use the statistical recogniser when installed (default: yes).
        tagger: Add what the context tagger marks (:mod:`pipeline.anonymise.tagger`): True for the shipped model
            (used when python-crfsuite and the model are there), False for the rules alone, or a
            :class:`~pipeline.anonymise.tagger.ContextTagger` (another fit, e.g. one that left a set out).
        allow: Numbers and codes to keep although they look like identifiers (default: the shipped
            allow-list, ``pipeline/data/allowlist.txt``; see :mod:`pipeline.anonymise.shapes`).
        detectors: The detectors to run, in order, by name (:data:`pipeline.anonymise.detectors.DETECTORS`;
            default: the ``anonymise.detectors`` setting, which defaults to all of them in their usual order).

    Example:
        >>> Anonymiser(applicant="Amara Okafor").anonymise("Re: Mr John Patel, NHS 943 476 5919")[0]
        'Re: Mr [PATIENT-1], NHS [NHS-NUMBER]'
    """

    applicant: str | None = None
    keep: tuple[str, ...] = ()
    add: tuple[tuple[str, str], ...] = ()
    undo: tuple[str, ...] = ()
    ner: bool = True
    tagger: object = True
    allow: object = None
    detectors: tuple[str, ...] | None = None
    # What earlier calls found: one Anonymiser per document keeps pages consistent.
    memory: Memory = field(default_factory=Memory, init=False, repr=False)
    _pipeline: list = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        words: set[str] = set()
        if self.applicant:
            words.update(fold(w) for w in WORD.findall(self.applicant) if len(w) > 1)
        words -= set(TITLES)
        given = [fold(w) for w in WORD.findall(self.applicant or "") if len(w) > 1 and fold(w) not in TITLES][:1]
        for name in given:  # the short form the applicant signs with: "Sam" for Samuel, "Chris" for Christopher
            words.update(name[:n] for n in range(3, len(name)) if name[:n] in first_names())
            words.update(name[-n:] for n in range(4, len(name) - 2) if name[-n:] in first_names())  # "Seun" for Oluwaseun
        # the short forms of the applicant's given names ("Tess" for Maria Teresa, "Kasia" for Katarzyna)
        names = [fold(w) for w in WORD.findall(self.applicant or "") if len(w) > 1 and fold(w) not in TITLES]
        for name in names[:-1] or names:
            words.update(diminutives().get(name, ()))
        self.memory.applicant_words = words
        self.keep = tuple(self.keep)
        self.add = tuple((t, k) for t, k in self.add)
        self.undo = tuple(self.undo)
        if self.allow is None:
            self.allow = default_allowlist()
        if self.detectors is None:
            from ..config import current

            self.detectors = current().anonymise.detectors
        self.detectors = tuple(self.detectors)
        self._pipeline = pipeline_of(self.detectors)

    @property
    def applicant_words(self) -> frozenset[str]:
        """The folded words of the applicant's name (kept wherever they appear)."""
        return frozenset(self.memory.applicant_words)

    @property
    def kept_words(self) -> frozenset[str]:
        """Folded words of the names the document keeps on purpose: the applicant's, and those of the
        assessors, supervisors and referees who sign or verify it."""
        return frozenset(self.memory.applicant_words | self.memory.verifier_words)

    @property
    def common_words(self) -> frozenset[str]:
        """Lower-case words of the texts searched so far (what the document itself uses as ordinary words)."""
        return frozenset(self.memory.seen_lower)

    @property
    def own_numbers(self) -> frozenset[str]:
        """The applicant's own registration numbers as written in the document (kept)."""
        return frozenset(self.memory.own_numbers)

    @property
    def learnt_names(self) -> frozenset[str]:
        """Folded words this anonymiser has learnt as people's names in the document so far."""
        return frozenset(self.memory.names)

    # -------------------------------------------------------------- detection

    def find(self, text: str) -> list[Span]:
        """All identifier spans in ``text``, non-overlapping, sorted.  A badly scanned page whose letters OCR read
        as digits ("Dear Dr 0gundipe", "C1inic", "D0B") is read with those letters put back (the same length, so
        every span stands where it is in ``text``)."""
        shadow = ocr_letters(text)
        if shadow is text:
            return self._find(text)
        spans = [Span(s.start, s.end, s.type, text[s.start:s.end]) for s in self._find(shadow)]
        # the applicant's own name as OCR printed it ("Dr 0. Adebay0-Cole") is read back in the shadow: the search of
        # the text as printed does not take it out again
        mine = self.applicant_mentions(shadow)
        printed = [s for s in self._find(text) if s.type not in ("PATIENT", "RELATIVE", "PERSON")
                   or not inside_any(s, mine)]
        spans = [_with_ocr_split(text, s, mine) for s in spans]
        return resolve_spans(printed + spans)  # numbers and postcodes are read as printed ("CA11 8PL")

    def _find(self, text: str) -> list[Span]:
        p = Pass(text, self)
        for detect in self._pipeline:
            detect(p)
        return _finish(p)

    def anonymise(self, text: str) -> tuple[str, list[Span]]:
        """Return the text with identifiers replaced, and the spans replaced."""
        spans = self.find(text)
        return replace_spans(text, spans, self.memory.counters, self.memory.people), spans


# The end of a name OCR broke off with a blank ("Ashby-Gr een", "Pr ice", "0'Sulliva n"): a few small letters that
# make no word, before a mark or the end of the line.
_SPLIT_TAIL = re.compile(r"[ ]([a-z]{1,4})(?=[,.;:)'’]|[ \t]*(?:\n|$)|[ \t]{2,}|[ ]\()")


def _with_ocr_split(text: str, span: Span, mine: list[tuple[int, int]]) -> Span:
    """On a page OCR read badly, a person's name with the tail OCR split from it (see ``_SPLIT_TAIL``)."""
    if span.type not in ("PATIENT", "RELATIVE", "PERSON") or not span.text[-1:].isalpha():
        return span
    m = _SPLIT_TAIL.match(text, span.end)
    if not m or inside_any(Span(span.start, m.end(), span.type, ""), mine):
        return span
    tail = m.group(1)
    if tail in ("a", "s") or len(tail) > 1 and english_frequency(tail) >= 3.5:
        return span  # "a", "an", "of", "and": a word of the sentence
    return Span(span.start, m.end(), span.type, text[span.start:m.end()])


# A role's letters standing as a title before a name ("SN Moira Quinlan", "HCA Leanne Firth", "ODP Craig Dunbar").
_ROLE_TITLE = re.compile(r"(?:SN|RN|HCA|MW|ODP|CNS|NIC|ANP|ACP|ENP|EMT|OT|PT|HV|DN|CPN|SW)(?=[ \t]+[A-Z][a-z])")


# A nickname in quotes just before a name, at the head of a board's row: 'M2  "Tommo" - Thomas GREAVES 44M'.
_NICKNAME_BEFORE = re.compile(r"[\"“]([A-Z][a-z'’-]{1,15})[\"”][ \t]*[-–:][ \t]*$")


# Initials given as what someone is known by: 'Known as: "KJ"', 'aka "DJ"'.
_KNOWN_AS_INITIALS = re.compile(r"(?i:\b(?:known[ \t]+as|aka|a\.k\.a\.|nickname|goes[ \t]+by)[ \t]*:?[ \t]*)[\"“']([A-Z]{2,3})[\"”']")


def _nicknames_before(text: str, spans: list[Span]) -> list[Span]:
    """The nicknames in quotes standing just before the names found (see ``_NICKNAME_BEFORE``), and every other
    mention of initials someone is known by (``_KNOWN_AS_INITIALS``: "KJ was brought in by his mother")."""
    out = []
    for s in spans:
        if s.type in ("PATIENT", "RELATIVE", "PERSON"):
            m = _NICKNAME_BEFORE.search(text, max(0, s.start - 25), s.start)
            if m:
                out.append(Span(m.start(1), m.end(1), s.type, m.group(1)))
    for m in _KNOWN_AS_INITIALS.finditer(text):
        kind = next((s.type for s in spans if s.start <= m.start(1) < s.end), "PATIENT")
        out.extend(Span(a, b, kind, m.group(1)) for a, b in _occurrences(text, m.group(1)))
    return out


def _role_titles_joined(text: str, spans: list[Span]) -> list[Span]:
    """A role's letters found on their own before the name they stand as a title for ("SN" and "Moira Quinlan")
    become one span with it: one removal, as a title's."""
    names: dict[int, Span] = {}
    for s in spans:
        if s.type in ("PATIENT", "RELATIVE", "PERSON") and (s.start not in names or s.end > names[s.start].end):
            names[s.start] = s
    out = []
    for s in spans:
        m = _ROLE_TITLE.match(text, s.start)
        if s.type in ("PATIENT", "RELATIVE", "PERSON") and m is not None and m.end() == s.end:
            gap = re.match(r"[ \t]+", text[s.end:])
            name = names.get(s.end + len(gap.group(0))) if gap else None
            if name is not None:
                out.append(Span(s.start, name.end, name.type, text[s.start:name.end]))
                continue
        out.append(s)
    return out


# A colleague's role in brackets after their first name ("Jenna (CNS)", "Becky (ward 12 CN)", "Declan (band 6 ICU)",
# "Emma (coord)"); a relation before a name in brackets ("Mum (Jade)", "Gran (Sheila)").
_ROLE_BRACKET = re.compile(r"[ \t]*\(([A-Za-z0-9 \t]{1,30})\)")
_ROLE_WORDS = {"coord", "coordinator", "co-ordinator", "cns", "cn", "nic", "hca", "sn", "rn", "reg", "sho", "fy1", "fy2",
               "physio", "ot", "salt", "slt", "manager", "midwife", "mw", "odp", "pharmacist", "pharm", "nurse", "sister",
               "band", "ward", "matron", "anp", "acp", "pa", "clerk", "receptionist", "porter", "secretary", "sec",
               "admin", "dn", "hv", "student", "paramedic", "tech", "technician", "radiographer", "sonographer",
               "dietitian", "chaplain", "interpreter", "volunteer", "scrub", "charge", "staff", "bed", "site",
               "practitioner", "cleaner", "runner", "theatre", "theatres", "recovery", "night", "day", "on-call"}
_RELATION_BEFORE = re.compile(r"(?i)\b(?:mum|mom|mother|dad|father|gran|granny|grandma|grandad|grandpa|nan|nana|nanna|"
                              r"auntie|aunt|uncle|wife|husband|partner|son|daughter|brother|sister|carer)[ \t]*\($")


# An e-mail header's display name with the sender's organisation in capitals after it: "Hollis Rebecca (UHDB)
# <...>", '"Amankwah Joy (HUTH)" <...>', "Pearce, Georgina (HEALTH VISITING)" (a trust's or a hospital's full name stays).
_ORG_BRACKET = re.compile(r"[ \t]*(\([A-Z][A-Z0-9 &/,.'’-]{1,60}\))(?=[ \t]*(?:[\"”]?[ \t]*<|;|,|\n|$))")
_MAIL_HEADER = re.compile(r"(?i)[ \t>]*(?:from|to|cc|bcc|sent[ \t]+by|reply-to)[ \t]*:")


def _with_bracket(text: str, span: Span) -> Span:
    """A first name found alone with the role in brackets after it, or the relation before it, as one span (see
    ``_ROLE_BRACKET``), and an e-mail header's name with its organisation (``_ORG_BRACKET``): what is left outside a
    name is then no clue to who it was."""
    if span.type not in ("PATIENT", "RELATIVE", "PERSON"):
        return span
    org = _ORG_BRACKET.match(text, span.end)
    if org and _MAIL_HEADER.match(text, text.rfind("\n", 0, span.start) + 1) \
            and not re.search(r"\b(?:NHS|TRUST|HOSPITALS?|UNIVERSITY|BOARD|FOUNDATION)\b", org.group(1)):
        return Span(span.start, org.end(1), span.type, text[span.start:org.end(1)])  # "Hollis Rebecca (UHDB)"
    if not re.fullmatch(r"[A-Z][a-z'’-]+", span.text):
        return span
    m = _ROLE_BRACKET.match(text, span.end)
    alone = not re.search(r"[A-Za-z][.'’]?[ \t]+$", text[max(0, span.start - 30):span.start]) \
        or re.search(r"(?:^|[^\w])(?:ask|asked|call|called|coord|coordinator|with|to|by|and)[ \t]+$",
                     text[max(0, span.start - 30):span.start], re.I)
    if m and span.type == "PERSON" and is_first(fold(span.text)) and alone:
        words = m.group(1).split()
        if words and words[0].lower() in ("ward", "band", "bay") and len(words) > 1 and words[1].isdigit():
            words = [words[0]] + words[2:]
        if words and all(w.lower() in _ROLE_WORDS or w.isalpha() and w.isupper() and 2 <= len(w) <= 4 for w in words):
            return Span(span.start, m.end(), span.type, text[span.start:m.end()])
    rel = _RELATION_BEFORE.search(text, max(0, span.start - 12), span.start)
    if rel and text.startswith(")", span.end):
        return Span(rel.start(), span.end + 1, span.type, text[rel.start():span.end + 1])
    return span


_SURNAME_INITIAL = re.compile(r"[ ][A-Z]\.?(?=[ \t]*[\]:])")
# A given name's initial alone before a surname found, at the start of a table's cell: "| A Rahimi |", "  D McKechnie".
_CELL_INITIAL = re.compile(r"(?m)(?:^|(?<=[|\t])|(?<=[ \t]{2})|(?<=[|;][ ]))[ ]?([A-Z])\.?[ ]$")


def _with_cell_initial(text: str, span: Span) -> Span:
    """A surname found with its given name's initial before it at a cell's start (see ``_CELL_INITIAL``)."""
    if span.type not in ("PATIENT", "RELATIVE", "PERSON") or not span.text[:1].isupper() or " " in span.text:
        return span
    m = _CELL_INITIAL.search(text, max(0, span.start - 6), span.start)
    if not m:
        return span
    return Span(m.start(1), span.end, span.type, text[m.start(1):span.end])


def _with_surname_initial(text: str, span: Span) -> Span:
    """A name with its surname's initial before a closing bracket or a colon, as a chat names its sender
    ("[Kasia W] 19:02:", "Kasia W: on my way"): the initial goes with the name."""
    if span.type not in ("PATIENT", "RELATIVE", "PERSON"):
        return span
    m = _SURNAME_INITIAL.match(text, span.end)
    if not m:
        return span
    return Span(span.start, m.end(), span.type, text[span.start:m.end()])


# A chat export's line: its time stamp, then who sent it and a colon ("[12/12/2024, 21:04:11] Sam Reg LGI: ...",
# "22/03/2025, 19:05 - Marlon (outreach): ...").
_CHAT_SENDER = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{8,30}\]|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
                          r"(?:[ \t]*[AaPp][Mm])?[ \t]*[-–])[ \t]*([^:\n\[\]]{1,40}?)[ \t]*:")


# A chat line stamped with the time alone, as Teams and many exports print it: "09:02 Orla McCausland (CPN): Morning."
# (the sender's words capitalised, a role in brackets after them).
_TIMED_SENDER = re.compile(r"(?m)^[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]+((?:[A-Z][\w'’.-]*,?[ \t]+){0,3}[A-Z][\w'’.-]*"
                           r"(?:[ \t]*\([^()\n:]{1,30}\))?)[ \t]*:")
# A chat export's title naming the other member: "WhatsApp Chat with Ffion HV", "Chat with Dr Ola (Reg)".
_CHAT_TITLE = re.compile(r"(?im)^[ \t]*(?:whatsapp|signal|teams|imessage|messenger)?[ \t]*chat[ \t]+with[ \t]+"
                         r"([A-Z][^\n:]{1,40}?)[ \t]*$")


# A Teams export's sender line, surname first, with their organisation and the time: "Pickersgill, Dawn (LEEDS
# TEACHING HOSPITALS NHS TRUST) 14:02".
_TEAMS_SENDER = re.compile(r"(?m)^[ \t]*([A-Z][\w'’-]+,[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
                           r"(?=[ \t]*(?:\([^()\n]{2,60}\))?[ \t]+\d{1,2}:\d{2}[ \t]*$)")


# The rest of a name a line break cut, at the start of the next line: a capitalised word (a surname, double-barrelled
# or not) that is no label (no colon after it) and goes on with a comma, a bracket, a full stop or a lower-case word.
_NAME_ON_NEXT_LINE = re.compile(r"\n[ \t]*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[,.;)][ \t\n]|[ \t]+\(|[ \t]+[a-z]|[ \t]*$)")
_TITLE_OR_ROLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|prof|nurse|sister|sn|midwife|consultant|registrar|"
                                   r"physio(?:therapist)?|therapist|pharmacist|worker|officer))\.?[ \t]+$")


def _names_over_lines(text: str, spans: list[Span]) -> list[Span]:
    """A person's name found up to the end of a line where the next line goes on with their surname ("Dr Hamish\n
    Rutherford-Lee, present", "Staff Nurse Callum\nBrightwell (NMC PIN ...)"): the surname too, unless it is a
    common word of the language that is no surname ("Today"), a clinical term or a day."""
    out = list(spans)
    for s in spans:
        if s.type not in ("PATIENT", "RELATIVE", "PERSON") or len(WORD.findall(s.text)) != 1 \
                or not is_first(fold(s.text)) or not _TITLE_OR_ROLE_BEFORE.search(text, max(0, s.start - 20), s.start):
            continue  # a given name alone after a title or a role, the line ending after it
        m = _NAME_ON_NEXT_LINE.match(text, s.end)
        if not m:
            continue
        word = m.group(1)
        f = fold(word)
        if f in hard_stops() or f in clinical_terms() or f in CALENDAR or english_frequency(f) >= 3.5 \
                and f not in surnames():
            continue
        out.append(Span(m.start(1), m.end(1), s.type, word))
    return out


def _chat_senders(text: str, spans: list[Span]) -> list[Span]:
    """A chat message's sender whose name was found in part ("Sam" of "Sam Reg LGI", "Marlon" of "Marlon
    (outreach)", "Orla McCausland" of "Orla McCausland (CPN)") goes whole: the label a chat shows is how its
    members know each other."""
    out = list(spans)
    for m in _CHAT_TITLE.finditer(text):  # "WhatsApp Chat with Ffion HV": the chat's other member, as its lines name them
        if re.search(re.escape(m.group(1)) + r"[ \t]*:", text[m.end():]):  # a member who writes in it (not a group)
            out.append(Span(m.start(1), m.end(1), "PERSON", m.group(1)))
    for m in list(_CHAT_SENDER.finditer(text)) + list(_TIMED_SENDER.finditer(text)) + list(_TEAMS_SENDER.finditer(text)):
        a, b = m.span(1)
        inside = [s for s in spans if s.type in ("PATIENT", "RELATIVE", "PERSON") and a <= s.start and s.end <= b]
        if inside and not any(s.start <= a and b <= s.end for s in inside):
            out.append(Span(a, b, inside[0].type, text[a:b]))
    return out


_POSSESSIVE = re.compile(r"['’]s(?=[ \t])")


def _possessive_between(text: str, spans: list[Span]) -> list[Span]:
    """A name or a place found just before a possessive "'s" and another identifier just after it ("Morrison's car
    park Caerleon Rd", "Ahmed's mother Samira") takes the "'s" too: the two make one identifying phrase."""
    starts = {s.start for s in spans}
    out = []
    for s in spans:
        m = _POSSESSIVE.match(text, s.end)
        if m and s.type in ("PATIENT", "RELATIVE", "PERSON", "ADDRESS") and m.end() + 1 in starts:
            s = Span(s.start, m.end(), s.type, text[s.start:m.end()])
        out.append(s)
    return out


# A title alone, in English or as records from abroad write it ("Dott.ssa", "Dra.", "Prof.ª", "lek.", "Sig.ra",
# "Herr"): it names no one, so a span that is nothing else is dropped (the name after it is judged on its own).
_TITLE_ALONE = re.compile(r"(?i)(?:mr|mrs|ms|miss|mx|dr|drs|dra|prof|prof\.ª|profa|professor|dott|dott\.ssa|dottssa|sig|"
                          r"sig\.ra|sigra|sra|srta|sr|lek|lek\.[ ]?med|dr[ ]hab|doutor|doutora|doctor|doctora|herr|frau|"
                          r"mme|mlle|pan|pani|sayın|dhr|mevr|dña|dn)\.?")


def _titles_before_kept(text: str, spans: list[Span]) -> list[Span]:
    """Without the spans that are a title alone (``_TITLE_ALONE``) before a capitalised name no span covers (the
    applicant's, a signer's: "Dott.ssa Ilaria Benedetti")."""
    named = {s.start for s in spans}

    def alone_before_kept(s: Span) -> bool:
        if s.type not in ("PATIENT", "RELATIVE", "PERSON", "ADDRESS") or not _TITLE_ALONE.fullmatch(s.text.strip(" \t,;:")):
            return False
        gap = re.match(r"[ \t]+(?=[A-Z])", text[s.end:s.end + 3])
        return gap is not None and s.end + gap.end() not in named

    return [s for s in spans if not alone_before_kept(s)]


_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def _couples(text: str, spans: list[Span]) -> list[Span]:
    """Two people of one kind named together with one surname ("Dimitrios and Sofia Katsarou", "Jake & Sophie
    Trevelyan"): one span, "and" too, since the first name alone would read as the second's relative."""
    out = list(spans)
    names = [s for s in spans if s.type in ("PATIENT", "RELATIVE", "PERSON")]
    starting: dict[int, list[Span]] = {}
    for s in names:
        starting.setdefault(s.start, []).append(s)
    for left in names:
        gap = _AND.match(text, left.end)
        if not gap or len(WORD.findall(left.text)) != 1:
            continue
        for right in starting.get(gap.end(), []):
            if right.type == left.type and len(WORD.findall(right.text)) >= 2:
                out.append(Span(left.start, right.end, left.type, text[left.start:right.end]))
    return out


def _finish(p: Pass) -> list[Span]:
    """The spans of a search once every detector has run: the names the document keeps (the applicant's, the
    verifiers') taken out, initials of the names found added, spans widened to whole tokens, the reviewer's keep
    and undo applied, the reviewer's additions added last, overlaps resolved."""
    text, doc = p.text, p.doc
    applicant_mentions, verifiers, own_digits = p.applicant_mentions, p.verifiers, p.own_digits
    spans = [s for s in p.spans if not inside_any(s, applicant_mentions) or s.type not in ("PATIENT", "RELATIVE", "PERSON")]
    # a name detection that runs on past the applicant's name ("DR WEI CHEN SAW") loses the applicant's part
    full = [(a, b) for a, b in applicant_mentions if len([w for w in WORD.findall(text[a:b]) if len(w) > 2]) >= 2]
    spans = [piece for s in spans for piece in (
        cut_span(s, full, text) if s.type in ("PATIENT", "RELATIVE", "PERSON")
        and any(s.start < b and a < s.end for a, b in full) else [s])
        if not (piece is not s and len(piece.text) < 3)]
    if own_digits:
        spans = [s for s in spans if s.type in ("PATIENT", "RELATIVE", "PERSON", "ADDRESS")
                 or re.sub(r"\D", "", s.text) not in own_digits]
    spans = [s for s in spans if s.type not in ("PATIENT", "RELATIVE", "PERSON")
             or not (inside_any(s, verifiers) or doc.is_verifier(s.text, whole=s.type != "PERSON")
                     or doc.is_initialled_verifier(text, s.start, s.end))]
    # a word of an NHS organisation's or a hospital's full name is not a person or a place ("NHS Greater Glasgow and
    # Clyde", "Cheltenham General Hospital")
    named = organisations(text)
    if named:
        spans = [piece for s in spans for piece in (
            cut_span(s, named, text) if s.type in ("PATIENT", "RELATIVE", "PERSON", "ADDRESS")
            and any(s.start < b and a < s.end for a, b in named) else [s])]
    spans = join_addresses(text, spans)
    spans = _possessive_between(text, spans)
    spans = _chat_senders(text, spans)
    spans = _names_over_lines(text, spans)
    spans = _couples(text, spans)
    spans = _titles_before_kept(text, spans)
    spans.extend(initials_elsewhere(doc, text, spans))
    spans.extend(names_beside(text, spans))
    kept_words = doc.kept_words
    spans.extend(names_transliterated(text, spans, kept_words, doc.memory.names))  # read, not changed
    spans = kept_in_original(text, spans, kept_words)
    spans.extend(_nicknames_before(text, spans))
    spans = _role_titles_joined(text, [_with_bracket(text, _with_cell_initial(text, _with_surname_initial(
        text, whole_token(text, s)))) for s in spans])
    if doc.keep:
        kept = [r for k in doc.keep for r in _occurrences(text, k)]
        spans = [s for s in spans if not any(s.start < b and a < s.end for a, b in kept)]
    if doc.undo:
        # a reviewer's "not an identifier": the exact detection goes, and wherever the text occurs it is
        # cut out of any span that covers it (a word put back from a longer detection)
        undone = {fold(u).strip() for u in doc.undo}
        ranges = [r for u in doc.undo for r in _occurrences(text, u)]
        spans = [s for s in spans if fold(s.text).strip() not in undone]
        spans = [piece for s in spans for piece in cut_span(s, ranges, text)]
    # the doctor's own additions come last: no rule (the applicant's name, an assessor's) overrides them
    p.spans = spans
    for string, kind in doc.add:
        for a, b in _occurrences(text, string):
            p.add(a, b, _normal_type(kind))
    return resolve_spans(p.spans)
