"""Identifiers by their shape: redact by default anything that looks like a number or code of a person.

The GMC asks for every reference number on a document to go, and one
identifier left fails an application, so numbers are not judged by their
label alone.  Removed here, unless the allow-list says otherwise
(:class:`AllowList`, ``pipeline/data/allowlist.txt``):

* every run of six or more digits (``2210457``; a column of patient numbers
  in a table needs no label);
* every code that mixes letters and digits in an ID shape (``QH0527714``,
  ``CR-2024-1177``, ``COMP/23/0871``);
* every reference introduced by a reference word (``Our ref``, ``CAD``,
  ``Datix``, ``LFPSE``, ``StEIS``, ``coroner``, ``crime``, ``complaint``,
  ``tribunal``, ``claim``...), whatever its length;
* registration numbers (NMC PINs, HCPC numbers; GMC numbers have their own
  rule, which keeps the applicant's);
* web links;
* patient initials in patient lists and case tables (``K.L. (2210457), 61M``).

Dates, times, phone numbers, NHS numbers and postcodes have their own rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import resources
from ..regexes import family
from .lexicon import DAYS_AND_MONTHS

_RX = family("shapes")

__all__ = ["AllowList", "LabelValue", "OCR_DIGITS", "default_allowlist", "allowlist_with", "id_shaped", "shape_spans", "reference_spans", "translator_numbers", "exhibit_marks", "collar_numbers", "grouped_ids", "url_spans",
           "registration_spans", "initials_spans", "extension_spans", "nhs_shaped_spans", "system_prefixes",
           "ALLOWLIST_FILE"]

ALLOWLIST_FILE = resources.data_file("allowlist.txt")


@dataclass
class AllowList:
    """Numbers and codes kept although they look like identifiers (see ``pipeline/data/allowlist.txt``)."""

    tokens: list[re.Pattern] = field(default_factory=list)
    before: list[re.Pattern] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @classmethod
    def from_files(cls, *paths) -> "AllowList":
        allow = cls()
        for path in paths:
            allow.extend(Path(path))
        return allow

    def extend(self, path: Path) -> None:
        """Add the entries of an allow-list file (see the format in ``pipeline/data/allowlist.txt``)."""
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            kind, _, pattern = line.partition(" ")
            pattern = pattern.strip()
            if kind not in ("token", "before") or not pattern:
                raise ValueError(f"{path}, line {number}: an entry is 'token REGEX' or 'before REGEX'")
            try:
                if kind == "token":
                    self.tokens.append(re.compile(pattern, re.IGNORECASE))
                else:
                    self.before.append(re.compile(f"(?:{pattern})$" if not pattern.endswith("$") else pattern))
            except re.error as exc:
                raise ValueError(f"{path}, line {number}: not a valid regular expression ({exc})") from exc
        self.sources.append(str(path))

    def allows(self, token: str, before: str = "") -> bool:
        if any(p.fullmatch(token) for p in self.tokens):
            return True
        return any(p.search(before) for p in self.before)


@lru_cache(maxsize=1)
def default_allowlist() -> AllowList:
    return AllowList.from_files(ALLOWLIST_FILE)


def allowlist_with(extra: tuple[str, ...]) -> AllowList:
    """The shipped allow-list plus the doctor's files (read again when a file changes)."""
    if not extra:
        return default_allowlist()
    key = tuple((str(p), Path(p).stat().st_mtime_ns if Path(p).exists() else 0) for p in extra)
    return _allowlist_cached(key)


@lru_cache(maxsize=16)
def _allowlist_cached(key: tuple) -> AllowList:
    return AllowList.from_files(ALLOWLIST_FILE, *[p for p, _ in key])


# Two groups of capitals and a number: a study's participant or a site's case ("PROT-LUH-004").
_GROUPED_CODE = re.compile(r"[A-Z]{2,6}-[A-Z]{2,6}-\d{3,6}")


@lru_cache(maxsize=1 << 16)
def id_shaped(token: str) -> bool:
    """Six or more digits, or letters and digits in an ID shape (not a unit: "mL/min/1.73m2")."""
    digits = sum(c.isdigit() for c in token)
    letters = sum(c.isalpha() for c in token)
    if digits >= 6:
        return True
    if re.search(r"[a-z]{3}", token):
        return False
    if _GROUPED_CODE.fullmatch(token):
        return True  # "PROT-LUH-004": a study's participant, a site's case
    if letters and digits >= 4 and len(token) >= 6:
        return True
    joined = any(c in "-/." for c in token)
    return bool(letters and digits >= 4 and joined and len(token) >= 6)


# The letters OCR prints for digits ("l42/78", "lO6l9O4"), put back: for reading a number as OCR read it.
OCR_DIGITS = str.maketrans("lOoI", "1001")
_DOSE_RATE = re.compile(r"(?i)\d+(?:\.\d+)?(?:mg|mcg|ug|micrograms?|ml|mmol|units?|iu|g|ng)/\d{0,3}(?:h|hrs?|hours?|min|kg|"
                        r"day|d|wk|week|m2|l|dl|ml)")


def shape_spans(text: str, allow: AllowList | None = None) -> list[tuple[int, int]]:
    """Every ID-shaped candidate not on the allow-list."""
    allow = allow or default_allowlist()
    out = []
    for m in _RX.token.finditer(text):
        token = m.group(0)
        if not id_shaped(token):
            continue
        if allow.allows(token, _before(text, m.start())):
            continue
        if _decimal_list(token) or _date_range(token, allow) or _quantity_range(text, m.start(), m.end()):
            continue
        if re.fullmatch(r"\d{2,3}/\d{2,3}|\d{1,5}", token.translate(OCR_DIGITS)):
            continue  # "l42/78", "3OO": a blood pressure or a dose as OCR read it
        if _DOSE_RATE.fullmatch(token):
            continue  # "10mg/24h", "0.5mg/kg": a dose over a time or a weight
        out.append((m.start(), m.end()))
    for m in _RX.other_digits.finditer(text):  # "٢٦٥٠٣١٢٠١٠٤٥٢١": digits of another script
        if sum(c.isdigit() for c in m.group(0)) >= 6:
            out.append((m.start(), m.end()))
    for m in _RX.colon_code.finditer(text):  # "Lab No 25:B0221:0047"
        if sum(c.isdigit() for c in m.group(0)) >= 6 and not allow.allows(m.group(0), _before(text, m.start())):
            out.append((m.start(), m.end()))
    return out


def _date_range(token: str, allow: AllowList) -> bool:
    """``01/01/2025-31/01/2025``, ``21-22/06/2025``, ``24/12-26/12``: dates (or days) joined by a dash."""
    parts = re.split(r"[-–]", token)
    if len(parts) < 2:
        return False
    if all(allow.allows(p) for p in parts):
        return True
    return bool(re.fullmatch(r"\d{1,2}-\d{1,2}/\d{1,2}(?:/(?:19|20)?\d\d)?|\d{1,2}/\d{1,2}-\d{1,2}/\d{1,2}(?:/(?:19|20)?\d\d)?",
                             token))


_RANGE_UNIT = re.compile(r"[ \t]?(?:%|mg\b|mcg\b|micrograms?\b|ml\b|mL\b|mmol|units?\b|kg\b|g\b|cm\b|mm\b|years?\b|yrs?\b|"
                         r"days?\b|weeks?\b|months?\b|hours?\b|hrs?\b|min(?:ute)?s?\b|times\b|cases\b|patients\b)")


def _quantity_range(text: str, start: int, end: int) -> bool:
    """A range of two numbers, the second the larger: odds ("1 in 300-500") or a quantity with its unit
    ("250-500 mg", "100-120 days"), not an identifier."""
    m = re.fullmatch(r"(\d{1,4})[-–](\d{1,4})", text[start:end])
    if not m or int(m.group(1)) >= int(m.group(2)):
        return False
    return bool(re.search(r"(?i)\b1[ \t]+in[ \t]+$", text[max(0, start - 8):start]) or _RANGE_UNIT.match(text, end))


def _before(text: str, pos: int) -> str:
    """The text just before ``pos`` on its line; when ``pos`` begins its line, the end of the line before
    ("SNOMED CT" at the end of one line, its code at the start of the next)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip():
        return text[max(line_start, pos - 60):pos]
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return (text[max(prev_start, line_start - 61):max(prev_start, line_start - 1)] + " ").replace("\r", "")


def _decimal_list(token: str) -> bool:
    """``1.2.3.4``-style section numbers and version numbers: dotted groups of one to three digits."""
    return bool(re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){1,5}", token))


_EMERGENCY_NUMBERS = {"999", "111", "112", "101"}


class LabelValue:
    """A label's value, read token by token on the label's line: :meth:`next` matches a token where the reading
    stands (none past the line's end or after ``most`` tokens), :meth:`take` adds it to the value; the caller moves
    :attr:`pos` to where the next token may start."""

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.pos = self.end = start
        self.count = 0  # tokens taken
        self.digits = 0  # digits in the tokens taken
        line_end = text.find("\n", start)
        self.line_end = len(text) if line_end < 0 else line_end

    def next(self, token: re.Pattern[str], most: int) -> re.Match[str] | None:
        if self.pos >= self.line_end or self.count >= most:
            return None
        return token.match(self.text, self.pos)

    def take(self, match: re.Match[str]) -> None:
        self.digits += sum(c.isdigit() for c in match.group(0))
        self.count += 1
        self.end = match.end()


def grouped_ids(text: str) -> list[tuple[int, int]]:
    """Ten to twenty digits in spaced groups of three to five (an ID card's number), not years side by side."""
    out = []
    for m in _RX.grouped_id.finditer(text):
        groups = m.group(1).split()
        digits = sum(len(g) for g in groups)
        if 10 <= digits <= 20 and not all(re.fullmatch(r"(?:19|20)\d\d", g) for g in groups):
            out.append(m.span(1))
    return out


def collar_numbers(text: str) -> list[tuple[int, int]]:
    """A police officer's collar or warrant number written after the rank: ``PC 4471``, ``DC 2093`` (the rank
    stays; "PS 2" is a performance status, so a sergeant is only ``Sgt``)."""
    return [m.span(1) for m in _RX.collar_number.finditer(text)]


def exhibit_marks(text: str) -> list[tuple[int, int]]:
    """Court exhibit marks after the word exhibit, to the end of its sentence: ``exhibit AS/1``,
    ``Exhibit references: WZ/1 (antenatal record), WZ/2 (CTG)``."""
    out = []
    for m in _RX.exhibit.finditer(text):
        stop = re.compile(r"\.(?:[ \t]|$)|\n", re.M).search(text, m.end())
        end = stop.start() if stop else len(text)
        out.extend(k.span() for k in _RX.exhibit_mark.finditer(text, m.end(), end))
    return out


# A laboratory result or an observation with its value: "Hb 118", "CRP 212", "SpO2 94".
_LAB_VALUE = re.compile(r"(?i)(?:Hb|WCC|WBC|CRP|Na|K|Cr|Creat|Ur|Urea|eGFR|BP|HR|RR|SpO2|Sats|Temp|GCS|NEWS2?|INR|Lac|pH|"
                        r"BM|Plt|Alb|ALT|ALP|AST|Bili|Trop|HbA1c|TSH|CK|Mg|Ca|PO4|ESR|PCT|Ferritin|MCV|Neut)"
                        r"[ \t:=]*[<>]?[ \t]*\d")


def reference_spans(text: str, allow: AllowList | None = None) -> list[tuple[int, int]]:
    """References after a reference word: ``Our ref: COMP/23/0871``, ``CAD 1123-0456``, ``Datix W214783``."""
    allow = allow or default_allowlist()
    out = []
    for m in _RX.ref_re.finditer(text):
        reading = LabelValue(text, m.end())
        while pm := reading.next(_RX.ref_part, 5):
            part = pm.group(0)
            d = sum(c.isdigit() for c in part)
            if _is_date_or_time(part) or re.search(r"[a-z]{3}", part) and not _slashed_code(part):
                break  # a date ("incident: 04/07/2023") or words ("Case: 68-year-old man")
            if not d and (not (re.fullmatch(r"[A-Za-z]{1,6}(?:[/-][A-Za-z]{1,6}){0,3}", part) and part[0].isupper()
                                   and _digits_follow(text, pm.end(), reading.line_end))
                          or not part.isupper() and part.lower().rstrip(".") in DAYS_AND_MONTHS
                          and re.match(r"[ \t]+\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?|st|nd|rd|th)?\b(?![/-]?\d)",
                                       text[pm.end():pm.end() + 16])):
                break  # words after the reference: a new sentence or field; a date ("on call Sat 12/12")
            reading.take(pm)
            end = reading.end
            gap = re.match(r"[ \t]?(?=[A-Za-z0-9])|[ \t]?[/-][ \t]?(?=[A-Za-z0-9])", text[end:end + 4])
            if not gap or not gap.group(0):
                break
            nxt = _RX.ref_part.match(text, end + len(gap.group(0)))
            if not nxt or not any(c.isdigit() for c in nxt.group(0)) and not (nxt.group(0).isupper() and len(nxt.group(0)) <= 4):
                break
            reading.pos = end + len(gap.group(0))
        end, digits = reading.end, reading.digits
        value = text[m.end():end]
        if not digits or end <= m.end() or digits < 3:
            continue  # "REFERRAL F0RM" is a heading read by OCR; "Case 3", "MAP 78" are not references
        if re.fullmatch(r"\d{1,3}[ ]?[MFmf]", value.strip()) or value.strip() in _EMERGENCY_NUMBERS:
            continue  # "Case: 77M": an age and sex; "call 999"
        if sum(c.isalnum() for c in value) < 3:
            continue
        if _is_date_or_time(value) or _small_quantity(value) or _LAB_VALUE.match(value):
            continue  # "Bloods on admission: Hb 118": a result, not the admission's number
        line_start = text.rfind("\n", 0, m.start()) + 1
        if allow.allows(value, text[max(line_start, m.end() - 60):m.end()]):
            continue
        if of_date := _RX.ref_of_date.match(text, end):
            end = of_date.end()  # "CAD 4412 of 28/10/2024": the date names the log
        out.append((m.end(), end))
    # a letter's "Our ref: PF/hb": the writer's and typist's initials, digits or not
    out.extend((m.start(1), m.end(1)) for m in _RX.letter_ref.finditer(text))
    out.extend((m.start(1), m.end(1)) for m in _RX.slashed_ref.finditer(text)
               if not allow.allows(m.group(1), text[max(0, m.start() - 60):m.start(1)])
               and not any(a < m.end(1) and m.start(1) < b for a, b in out))
    return out


def nhs_shaped_spans(text: str) -> list[tuple[int, int]]:
    """Ten digits grouped 3-3-4, the way NHS numbers are printed, whatever their check digit (real letters
    carry mistyped ones)."""
    out = [(m.start(), m.end()) for m in _RX.nhs_shape.finditer(text)]
    # as OCR printed it: seven digits at least, the rest letters OCR reads for digits
    out += [(m.start(), m.end()) for m in _RX.nhs_shape_ocr.finditer(text)
            if sum(c.isdigit() for c in m.group(0)) >= 7 and any(c.isalpha() for c in m.group(0))]
    return out


def _digits_follow(text: str, pos: int, line_end: int) -> bool:
    """A part with digits comes next in the same reference ("KB/MAS/RiO 2047781")."""
    m = re.compile(r"(?:[ \t]?[/-]?[ \t]?[A-Za-z]{1,6}){0,3}[ \t]?[/-]?[ \t]?\d").match(text, pos, line_end)
    return m is not None


def translator_numbers(text: str) -> list[tuple[int, int]]:
    """A certifying translator's registration number ("CIOL membership no. 58821", "ITI member 41207") where a
    translation is certified (the word "translat..." within the 200 characters before it): the translator's name
    stays, the number goes."""
    return [m.span(1) for m in _RX.translator_number.finditer(text)
            if re.search(r"(?i)translat|tłumacz|traduc|tradut|перев|مترجم|ترجم", text[max(0, m.start() - 200):m.end() + 40])]


def system_prefixes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A reporting system's name printed as part of its reference ("StEIS 2024/8871") goes with the number."""
    out = []
    for m in _RX.system_ref.finditer(text):
        if any(a == m.end() for a, _ in spans):
            out.append((m.start(), m.end() - 1))
    return out


def _slashed_code(part: str) -> bool:
    """A letter's reference with a department in lower case ("DV/derm/AK-0920"): parts joined by slashes, one of
    them with digits, none a long word."""
    pieces = part.split("/")
    return len(pieces) >= 3 and any(c.isdigit() for c in pieces[-1]) and all(len(x) <= 8 for x in pieces)


def _is_date_or_time(value: str) -> bool:
    return bool(re.fullmatch(r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?|"
                             r"(?:19|20)\d\d)", value.strip()))


def _small_quantity(value: str) -> bool:
    """"Case 3", "Request 2": a count, not a reference (one or two digits alone)."""
    return bool(re.fullmatch(r"\d{1,2}", value.strip()))


def url_spans(text: str) -> list[tuple[int, int]]:
    """Web links (the GMC asks for links to go)."""
    out = []
    for m in _RX.url.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:":
            end -= 1
        out.append((m.start(), end))
    return out


def extension_spans(text: str) -> list[tuple[int, int]]:
    """Bleep, pager and extension numbers (``bleep 2291``, ``ext 4471``, a line "Bleeps: ICU reg 2230; ...") :
    phone numbers of people and places."""
    out = []
    for m in _RX.bleep_list.finditer(text):
        for n in re.finditer(r"(?<![\w/.:-])\d{3,6}(?![\w/:-]|\.\d)", m.group(0)):
            if not re.fullmatch(r"(?:19|20)\d\d", n.group(0)):
                out.append((m.start() + n.start(), m.start() + n.end()))
    for m in _RX.extension.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        value = m.group(g)
        if re.fullmatch(r"(?:19|20)\d\d", value) and not re.search(r"(?i)bleep|ext|pager", m.group(0)):
            continue
        out.append((m.start(g), m.end(g)))
    return out


def registration_spans(text: str) -> list[tuple[int, int]]:
    """NMC PINs (``12A3456E``), HCPC numbers (``PA12345``) and police shoulder numbers of anyone named in the
    document, and vehicle registrations after their label."""
    out = []
    for m in _RX.labelled_id.finditer(text):
        g = next(i for i in range(1, 4) if m.group(i))
        out.append((m.start(g), m.end(g)))
    for m in _RX.shoulder.finditer(text):
        g = next(i for i in range(1, 7) if m.group(i))
        out.append((m.start(g), m.end(g)))
    for m in _RX.cell.finditer(text):  # a prisoner's cell
        out.append((m.start(1), m.end(1)))
    for m in _RX.vehicle_reg.finditer(text):  # "reg SV19 KXT"
        out.append((m.start(1), m.end(1)))
    for pattern in (_RX.nmc, _RX.hcpc):
        for m in pattern.finditer(text):
            g = 1 if m.group(1) else 2
            out.append((m.start(g), m.end(g)))
    return out


_NOT_DOTTED = {"NB", "UK", "US", "GP", "AE", "DOB", "OD", "BD", "PO", "IV", "IM", "SC", "PR", "PV", "AM", "PM", "EG",
               "IE", "NHS", "RIP", "DNR", "NFA", "TTO", "AKA", "PS", "PPS", "OK", "BA", "BSC", "MA", "MSC", "MD", "PHD",
               "RN", "SN", "ST", "DR", "MR", "MRS", "MS", "QDS", "TDS", "PRN", "NBM", "ETA", "ASAP", "RSVP", "CC",
               "FAO", "PP", "VS", "AD", "BC", "NA", "NK", "NAD", "SOB", "OE", "HPC", "PMH", "DH", "SH", "FH", "ROS"}
# Clinical acronyms that sit where initials do ("77M, HF", "pt EUS list"): never a patient's initials.
_CLINICAL_ACRONYMS = {"HF", "CCF", "LVF", "AF", "ACS", "MI", "PE", "DVT", "CAP", "HAP", "UTI", "AKI", "CKD", "COPD", "EUS",
                      "ERCP", "OGD", "EIP", "CMHT", "CRHT", "HTT", "PICU", "NICU", "SCBU", "ITU", "HDU", "ICU", "DKA",
                      "HHS", "SAH", "ICH", "TIA", "CVA", "GCA", "PMR", "RA", "SLE", "MS", "MND", "PD", "LD", "ASD",
                      "ADHD", "BPAD", "EUPD", "PTSD", "OCD", "GAD", "FTD", "AD", "VD", "DLB", "NOF", "THR", "TKR", "ORIF",
                      "MUA", "ED", "AE", "SDEC", "AMU", "CDU", "MAU", "GP", "OT", "PT", "SALT", "SLT", "DN", "CPN", "HV", "ID",
                      "RIF", "LIF", "RUQ", "LUQ", "PCA", "TBI", "ODP", "HCA", "ACP", "ANP", "ENP", "NIC", "DNACPR", "ReSPECT",
                      "IV", "IM", "SC", "PO", "PR", "NG", "NBM", "LOC", "SOB", "CP", "HTN", "DM", "T2DM", "IHD", "PVD",
                      "OA", "CVS", "RS", "GI", "GU", "CNS", "MSK", "ENT", "FB", "LP", "CT", "MRI", "USS", "XR", "CXR",
                      "ECG", "ECHO", "ABG", "VBG", "FBC", "CRP", "INR", "APTT", "BM", "GCS", "AVPU", "NEWS", "PEWS", "ASA",
                      "SOAD", "RMO", "CTO", "MHA", "DOLS", "LPA", "IMCA", "IMHA", "AMHP", "RC", "SOS", "TTA", "EDD",
                      "NIV", "CPAP", "BIPAP", "HFNO", "PEG", "NGT", "IDC", "CVC", "PICC", "FRCS", "MRCS", "FRCP", "MRCP",
                      "FRCEM", "MRCEM", "FRCA", "FRCR", "FRCOG", "MRCOG", "FRCPCH", "MRCPCH", "MRCPSYCH", "MRCGP",
                      "FRCPATH", "MBBS", "MBCHB", "MBBCH", "BMBS", "FFICM", "FCEM", "DRCOG", "DCH", "PGCERT", "MSC",
                      "PHD", "BSC", "MA", "MD", "MS", "CEX", "DOPS", "CBD", "ACAT", "MSF", "WBA", "ARCP", "ESR", "TAB",
                      "QIP", "CPD", "PDP", "OOH", "SDM", "SAD", "ETT", "LMA", "WLE", "CRT", "IOL", "SMR", "ROSC"}
def clinical_acronyms() -> frozenset[str]:
    """Acronyms of clinical writing that are never someone's initials or surname."""
    return frozenset(_CLINICAL_ACRONYMS | _NOT_INITIALS | {"UGIB", "LGIB", "GIB", "SOB", "NSTEMI", "STEMI", "CAP",
                                                          "HDU", "ICU", "ED", "AKI", "DKA"})


_NOT_INITIALS = {"ED", "GP", "CT", "MRI", "ICU", "ITU", "HDU", "AMU", "SDEC", "CDU", "ENT", "SHO", "ACP", "ANP", "IV",
                 "IM", "PO", "SC", "OD", "BD", "TDS", "QDS", "PRN", "NBM", "DNR", "TTO", "TTA", "ECG", "CXR", "AKI",
                 "UTI", "LRTI", "CAP", "HAP", "COPD", "CKD", "MI", "ACS", "PE", "DVT", "TIA", "CVA", "RTA", "RTC",
                 "NAI", "OT", "PT", "SLT", "SALT", "HCA", "RN", "SN", "FY", "ST", "CT", "NHS", "UK", "AE", "EM", "IM",
                 "AM", "PM", "OK", "NA", "NK", "NAD", "ABC", "GCS", "BP", "HR", "RR", "SPO", "BM", "OOH", "MDT",
                 "MSK", "GI", "GU", "CNS", "CVS", "RS", "PV", "PR", "FBC", "UE", "LFT", "CRP", "VBG", "ABG",
                 "TBC", "TBA", "DOB", "MRN", "NOK", "RIP", "ROSC", "CPR", "ALS", "BLS", "PEA", "VF", "VT", "AF",
                 "SVT", "UTC", "MIU", "WIC", "LAS", "SAS", "NEAS", "YAS", "HEMS", "CCU", "OPD", "DNA", "FU", "FUP", "GMC",
                 "NMC", "CAD", "REF", "INC", "NHS", "PIN", "SI", "IR", "NO"}


def initials_spans(text: str) -> list[tuple[int, int]]:
    """Patient initials in lists, tables and labelled fields."""
    out = []
    for pattern in (_RX.initials_row, _RX.initials_row_age, _RX.initials_label, _RX.initials_inline, _RX.dotted_any, _RX.initials_after_pt, _RX.initials_number,
                    _RX.initials_after_age, _RX.apostrophe_initials, _RX.initials_csv, _RX.initials_after_slot):
        for m in pattern.finditer(text):
            g = 1 if m.group(1) else 2
            value = m.group(g).strip()
            letters = re.sub(r"[^A-Z]", "", value)
            if len(letters) < 2 or ("." not in value and not re.search("Ma?c", value)
                                    and (letters in _NOT_INITIALS or letters in _CLINICAL_ACRONYMS
                                         and not (pattern in (_RX.initials_row, _RX.initials_csv)
                                                  and (_RX.age_sex_row.match(text, m.end(g)) or pattern is _RX.initials_csv)))):
                continue
            if pattern is _RX.dotted_any and (letters in _NOT_DOTTED or re.sub(r"[^A-Za-z]", "", value).upper() in _NOT_DOTTED):
                continue
            end = m.start(g) + len(m.group(g).rstrip(" \t"))
            out.append((m.start(g), end))
    for line in re.finditer(r"[^\n]+", text):  # "JB (new), RT-V (post-discharge), KT (depot review)"
        items = [m for m in _RX.initials_noted_item.finditer(text, line.start(), line.end())
                 if re.sub(r"[^A-Z]", "", m.group(1)) not in _NOT_INITIALS | _CLINICAL_ACRONYMS]
        if len(items) >= 2:
            out.extend(m.span(1) for m in items)
    return out
