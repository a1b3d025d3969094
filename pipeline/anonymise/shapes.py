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

__all__ = ["AllowList", "default_allowlist", "allowlist_with", "id_shaped", "shape_spans", "reference_spans", "url_spans",
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


# A candidate: letters and digits, joined by - / . (no spaces); its parts before a trailing full stop.
_TOKEN = re.compile(r"(?<![\w@])[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9]))*(?![\w@])")


def id_shaped(token: str) -> bool:
    """Six or more digits, or letters and digits in an ID shape (not a unit: "mL/min/1.73m2")."""
    digits = sum(c.isdigit() for c in token)
    letters = sum(c.isalpha() for c in token)
    if digits >= 6:
        return True
    if re.search(r"[a-z]{3}", token):
        return False
    if letters and digits >= 4 and len(token) >= 6:
        return True
    joined = any(c in "-/." for c in token)
    return bool(letters and digits >= 4 and joined and len(token) >= 6)


def shape_spans(text: str, allow: AllowList | None = None) -> list[tuple[int, int]]:
    """Every ID-shaped candidate not on the allow-list."""
    allow = allow or default_allowlist()
    out = []
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if not id_shaped(token):
            continue
        if allow.allows(token, _before(text, m.start())):
            continue
        if _decimal_list(token) or _date_range(token, allow):
            continue
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


# Words that introduce a reference number; the reference follows, perhaps after "no.", "number", ":" or "#".
_REF_WORDS = (
    r"our[ \t]+ref(?:erence)?|your[ \t]+ref(?:erence)?|my[ \t]+ref(?:erence)?|ref(?:erence)?s?|"
    r"cad|cad[ \t]+(?:incident|job|log)|incident|incident[ \t]+(?:ref(?:erence)?|log)|datix|datix[ \t]+(?:id|ref)|"
    r"lfpse|lfpse[ \t]+(?:id|ref)|steis|steis[ \t]+(?:id|ref)|stEIS|serious[ \t]+incident|si|sui|psii|ir|"
    r"coroner'?s?(?:[ \t]+(?:ref(?:erence)?|case|inquest))?|inquest|crime|crime[ \t]+ref(?:erence)?|police|"
    r"police[ \t]+(?:ref(?:erence)?|log|incident|crime)|log|job|case|case[ \t]+ref(?:erence)?|file|claim|"
    r"complaint|complaint[ \t]+ref(?:erence)?|pals|foi|tribunal|tribunal[ \t]+case|litigation|legal|"
    r"mash|ticket|call|call[ \t]+ref|nhs[ \t]+111[ \t]+case|111[ \t]+case|"
    r"ambulance|ambulance[ \t]+incident|epr|eprf|prf|patient[ \t]+report[ \t]+form|accession|specimen|sample|"
    r"lab|laboratory|request|episode|encounter|attendance|admission|visit|booking|appointment|collar|warrant|"
    r"shoulder[ \t]+(?:no|number)|badge|"
    r"invoice|purchase[ \t]+order|rota[ \t]+ref|hospital[ \t]+transfer|bed[ \t]+bureau"
)
_REF_RE = re.compile(
    rf"(?i)(?<![\w-])(?:{_REF_WORDS})(?![A-Za-z])\.?(?:[ \t]*(?:no\.?|nos\.?|number|num|id|#|code|ref(?:erence)?))?"
    rf"[ \t]*(?:[:#=]|[-–][ \t])?[ \t]*"
)
# one part of a reference: letters/digits with joiners; the reference must contain a digit
_REF_PART = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|[-/._\\](?=[A-Za-z0-9]))*")


_EMERGENCY_NUMBERS = {"999", "111", "112", "101"}


def reference_spans(text: str, allow: AllowList | None = None) -> list[tuple[int, int]]:
    """References after a reference word: ``Our ref: COMP/23/0871``, ``CAD 1123-0456``, ``Datix W214783``."""
    allow = allow or default_allowlist()
    out = []
    for m in _REF_RE.finditer(text):
        pos = m.end()
        end = pos
        parts = 0
        digits = 0
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        while pos < line_end and parts < 5:
            pm = _REF_PART.match(text, pos)
            if not pm:
                break
            part = pm.group(0)
            d = sum(c.isdigit() for c in part)
            if _is_date_or_time(part) or re.search(r"[a-z]{3}", part):
                break  # a date ("incident: 04/07/2023") or words ("Case: 68-year-old man")
            if not d and not (re.fullmatch(r"[A-Za-z]{1,6}(?:[/-][A-Za-z]{1,6}){0,3}", part) and part[0].isupper()
                              and _digits_follow(text, pm.end(), line_end)):
                break  # words after the reference: a new sentence or field
            digits += d
            parts += 1
            end = pm.end()
            gap = re.match(r"[ \t]?(?=[A-Za-z0-9])|[ \t]?[/-][ \t]?(?=[A-Za-z0-9])", text[end:end + 4])
            if not gap or not gap.group(0):
                break
            nxt = _REF_PART.match(text, end + len(gap.group(0)))
            if not nxt or not any(c.isdigit() for c in nxt.group(0)) and not (nxt.group(0).isupper() and len(nxt.group(0)) <= 4):
                break
            pos = end + len(gap.group(0))
        value = text[m.end():end]
        if not digits or end <= m.end() or digits < 3:
            continue  # "REFERRAL F0RM" is a heading read by OCR; "Case 3", "MAP 78" are not references
        if re.fullmatch(r"\d{1,3}[ ]?[MFmf]", value.strip()) or value.strip() in _EMERGENCY_NUMBERS:
            continue  # "Case: 77M": an age and sex; "call 999"
        if sum(c.isalnum() for c in value) < 3:
            continue
        if _is_date_or_time(value) or _small_quantity(value):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if allow.allows(value, text[max(line_start, m.end() - 60):m.end()]):
            continue
        out.append((m.end(), end))
    # a letter's "Our ref: PF/hb": the writer's and typist's initials, digits or not
    out.extend((m.start(1), m.end(1)) for m in _LETTER_REF.finditer(text))
    return out


_LETTER_REF = re.compile(r"(?im)\b(?:our|your|my)[ \t]+ref(?:erence)?\.?[ \t]*[:#][ \t]*([A-Za-z0-9](?:[\w.-]|/(?=\w)){1,30})")
_NHS_SHAPE = re.compile(r"(?<![\w/.:+-])([1-9]\d{2})[ -](\d{3})[ -](\d{4})(?![\w/:]|[.,]\d)")


def nhs_shaped_spans(text: str) -> list[tuple[int, int]]:
    """Ten digits grouped 3-3-4, the way NHS numbers are printed, whatever their check digit (real letters
    carry mistyped ones)."""
    return [(m.start(), m.end()) for m in _NHS_SHAPE.finditer(text)]


def _digits_follow(text: str, pos: int, line_end: int) -> bool:
    """A part with digits comes next in the same reference ("KB/MAS/RiO 2047781")."""
    m = re.compile(r"(?:[ \t]?[/-]?[ \t]?[A-Za-z]{1,6}){0,3}[ \t]?[/-]?[ \t]?\d").match(text, pos, line_end)
    return m is not None


_SYSTEM_REF = re.compile(r"(?<![\w-])(?:StEIS|STEIS|LFPSE|Datix|DATIX|CAD|PALS|SUI|PSII)[ ](?=[A-Z]{0,4}[-/]?\d)")


def system_prefixes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A reporting system's name printed as part of its reference ("StEIS 2024/8871") goes with the number."""
    out = []
    for m in _SYSTEM_REF.finditer(text):
        if any(a == m.end() for a, _ in spans):
            out.append((m.start(), m.end() - 1))
    return out


def _is_date_or_time(value: str) -> bool:
    return bool(re.fullmatch(r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?|"
                             r"(?:19|20)\d\d)", value.strip()))


def _small_quantity(value: str) -> bool:
    """"Case 3", "Request 2": a count, not a reference (one or two digits alone)."""
    return bool(re.fullmatch(r"\d{1,2}", value.strip()))


_URL = re.compile(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>\"')\]]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nhs\.uk|co\.uk|org\.uk|"
                  r"ac\.uk|gov\.uk|com|org|net|uk)/[^\s<>\"')\]]*")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Web links (the GMC asks for links to go)."""
    out = []
    for m in _URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:":
            end -= 1
        out.append((m.start(), end))
    return out


_NMC = re.compile(r"(?i)\b(?:NMC|nursing[ \t]+and[ \t]+midwifery[ \t]+council)(?:[ \t]*(?:pin|no\.?|number|reg(?:istration)?))*"
                  r"[ \t]*[:#.]?[ \t]*(\d{2}[ \t]?[A-Z][ \t]?\d{4}[ \t]?[A-Z])\b|\b(\d{2}[A-Z]\d{4}[A-Z])\b")
_HCPC = re.compile(r"(?i)\bHCPC(?:[ \t]*(?:no\.?|number|reg(?:istration)?))*[ \t]*[:#.]?[ \t]*([A-Z]{2}[ \t]?\d{4,6})\b|"
                   r"\b((?:PA|PH|OT|SL|DT|RA|CH|AS|PYL|ODP|AS)\d{5,6})\b")


_EXTENSION = re.compile(r"(?i)\b(?:bleep|blp|pager|ext|extn|extension|direct[ \t]+(?:line|dial)|ddi)\.?(?:[ \t]*(?:no\.?|number|#))?[ \t]*[:#-]?[ \t]*(\d{3,6}(?:[ \t/]+\d{3,6})?)(?![\w/:]|\.\d)")


_BLEEP_LIST = re.compile(r"(?im)\b(?:bleeps|bleep[ \t]+numbers|extensions|pagers|useful[ \t]+numbers|contacts)[ \t]*:[^\n]*")


def extension_spans(text: str) -> list[tuple[int, int]]:
    """Bleep, pager and extension numbers (``bleep 2291``, ``ext 4471``, a line "Bleeps: ICU reg 2230; ...") :
    phone numbers of people and places."""
    out = []
    for m in _BLEEP_LIST.finditer(text):
        for n in re.finditer(r"(?<![\w/.:-])\d{3,6}(?![\w/.:-])", m.group(0)):
            if not re.fullmatch(r"(?:19|20)\d\d", n.group(0)):
                out.append((m.start() + n.start(), m.start() + n.end()))
    for m in _EXTENSION.finditer(text):
        value = m.group(1)
        if re.fullmatch(r"(?:19|20)\d\d", value) and not re.search(r"(?i)bleep|ext|pager", m.group(0)):
            continue
        out.append((m.start(1), m.end(1)))
    return out


# A police officer's shoulder or collar number: "PC Hale (PS 2291)", "collar 7712", "PC 4521 Jones".
_SHOULDER = re.compile(r"\((?:PC|PS|DC|DS|Sgt|PCSO|Insp)[ \t]?(\d{3,6})\)|(?<=\b(?:PC|PS|DC|DS)[ ])(?:[A-Z][a-z'’-]+[ ]){1,2}\((\d{3,6})\)|(?i:\b(?:collar|shoulder|warrant)(?:[ \t]+(?:no\.?|number|#))?)"
                       r"[ \t]*[:#]?[ \t]*(\d{3,6})\b|\b(?:PC|PS|DC|DS|PCSO)[ \t](\d{3,6})(?=[ \t]+[A-Z][a-z])")


# An interpreter's or a caller's ID, an e-Referral UBRN: "Language Line ID 31127", "UBRN: 0004 1182 7730".
_LABELLED_ID = re.compile(r"(?i)\b(?:interpreter|language[ \t]*line|caller|staff|badge|employee|payroll|user|pin)[ \t]+"
                          r"(?:ID|id|no\.?|number|#)[ \t]*:?[ \t]*(\d{4,10})\b|\bUBRN[ \t]*:?[ \t]*(\d{4}[ ]?\d{4}[ ]?\d{4})\b")


def registration_spans(text: str) -> list[tuple[int, int]]:
    """NMC PINs (``12A3456E``), HCPC numbers (``PA12345``) and police shoulder numbers of anyone named in the
    document."""
    out = []
    for m in _LABELLED_ID.finditer(text):
        g = 1 if m.group(1) else 2
        out.append((m.start(g), m.end(g)))
    for m in _SHOULDER.finditer(text):
        g = next(i for i in (1, 2, 3, 4) if m.group(i))
        out.append((m.start(g), m.end(g)))
    for pattern in (_NMC, _HCPC):
        for m in pattern.finditer(text):
            g = 1 if m.group(1) else 2
            out.append((m.start(g), m.end(g)))
    return out


# Patient initials: "K.L.", "K. L.", "KL" (2-3 capitals) at the start of a list or table row, or before an age and
# sex, or a hospital number in brackets.
_INITIALS = r"(?:[A-Z]\.[ \t]?){1,3}(?:[A-Z]\.?)?|[A-Z]{2,3}"
_ROW_START = (r"(?:^|(?<=\|)|(?<=\t))[ \t]*(?:\d{1,3}[.)][ \t]+|\d{1,3}[ \t]{2,}|[-•*·][ \t]+|(?i:bed|bay|cubicle|cub|side[ \t]*r(?:oo)?m|"
              r"room|rm|resus|maj(?:ors)?|min(?:ors)?|chair|trolley)[ \t]*\d{1,3}[A-Za-z]?[ \t]*[-–:.)|]?[ \t]*)?")
_AGE_SEX = r"(?:\d{1,3}[ \t]*(?:y|yo|yrs?|years?)?[ \t]*[,/ ]?[ \t]*[MFmf]\b|[MF][ \t]*[,/][ \t]*\d{1,3}\b|\d{1,3}[ \t]*(?:y|yo|yrs?|years?)\b)"
_NUMBER = r"\(?(?:[A-Z]{1,3}[-]?)?\d{5,10}\)?"
_AGE_SEX_AFTER = rf"[ \t]*(?:[,(|/–-][ \t]*)*(?:{_NUMBER}[ \t]*[,;|–-]?[ \t]*)?(?:{_AGE_SEX}|{_NUMBER})"
_AGE_SEX_ONLY = rf"[ \t]*(?:[,(|/–-][ \t]*)*(?:{_NUMBER}[ \t]*[,;|–-]?[ \t]*)?{_AGE_SEX}"
# one initial: "K.", "McK.", "O'C.", "T-W." (a double-barrelled surname), "ap I."
_INITIAL = r"(?:Mc|Mac|O['’]|ap[ ])?[A-Z](?:-[A-Z])?\."
_DOTTED = rf"(?:{_INITIAL}[ \t]?){{1,3}}(?:[A-Z]\.?)?"
# undotted: "AJ", "PMcG", "DW-T" (a double-barrelled surname), "JO'N"
_UNDOTTED = r"(?:[A-Z](?:Mc|Mac)[A-Z]|(?:Mc|Mac)[A-Z]|[A-Z]{1,2}(?:-[A-Z]{1,2}|['’][A-Z]{1,2})|[A-Z]{2,3})(?![\w'’])"
_AGE_SEX_ROW = re.compile(r"[ \t]+\d{1,3}[ ]?[MF]\b")  # "1. DM  71F": a row's initials, then age and sex
_INITIALS_ROW = re.compile(rf"(?m){_ROW_START}(?:({_DOTTED})(?={_AGE_SEX_AFTER})|({_UNDOTTED})(?={_AGE_SEX_ONLY}|[ \t]*\(?[A-Z]{{0,3}}-?\d{{5,10}}))")
# An O' surname in capitals anywhere: "SO'B", "JO'N" (not "HE'S", "WE'D").
_APOSTROPHE_INITIALS = re.compile(r"(?<![\w'’])([A-Z]{2}['’](?!(?:S|T|D|M|LL|RE|VE)(?![\w]))[A-Z]{1,2})(?![\w'’])")
_INITIALS_AFTER_PT = re.compile(rf"(?i:\b(?:pt|pts|patient)\.?(?:[ \t]*(?:\.{{2,}}|:))?[ \t]+)({_DOTTED}|[A-Z]{{2,3}}(?![\w.]))")
_INITIALS_NUMBER = re.compile(rf"(?<![\w.])({_DOTTED}|[A-Z]{{2,3}}(?:-[A-Z])?)(?=[ \t]*\((?:[A-Z]{{1,3}}-?)?\d{{5,10}}\)|"
                              rf",[ \t]*(?:RiO|MRN|CHI|NHS|Hosp(?:ital)?|Unit|EPR|PAS|H)[ \t]*(?:no\.?|number)?[ \t]*:?[ \t]*"
                              rf"[A-Z]{{0,3}}\d{{5,10}}\b)")
_INITIALS_AFTER_AGE = re.compile(rf"\b\d{{1,3}}[ ]?[MF][,;][ \t]*({_DOTTED}|[A-Z]{{2,3}}(?:-[A-Z])?(?=[ \t]*\([A-Z]{{0,3}}-?\d))(?![\w.])")
_INITIALS_LABEL = re.compile(rf"(?i)\b(?:pt|patient|patient'?s|child|baby|client)?[ \t]*initials[ \t]*[:\-–]?[ \t]*(?-i:({_INITIALS}))(?![A-Za-z])")
_INITIALS_INLINE = re.compile(rf"(?<![\w.])((?:{_INITIAL}[ \t]?){{2,3}})(?={_AGE_SEX_AFTER})")
# Dotted initials anywhere ("pt P.R. - on apixaban", "bed 3 (K.L.)", "- B.O."): two or three initials with full stops
# are a person's, unless a common abbreviation.
_DOTTED_ANY = re.compile(rf"(?<![\w.&])((?:{_INITIAL}[ ]?){{1,2}}{_INITIAL})(?![\w])", re.M)
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
                      "QIP", "CPD", "PDP", "OOH", "SDM"}
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


# A CSV row's initials cell before age and sex: "3,SX40911,TKN,88,M,Ward 12", "5,SX41300,J-PL,61,M".
_INITIALS_CSV = re.compile(r"(?m)(?<=,)([A-Z]{2,3}|[A-Z]{1,2}-[A-Z]{1,2})(?=,[ ]?\d{1,3}[ ]?,[ ]?[MFmf](?:,|[ \t]*$))")


def initials_spans(text: str) -> list[tuple[int, int]]:
    """Patient initials in lists, tables and labelled fields."""
    out = []
    for pattern in (_INITIALS_ROW, _INITIALS_LABEL, _INITIALS_INLINE, _DOTTED_ANY, _INITIALS_AFTER_PT, _INITIALS_NUMBER,
                    _INITIALS_AFTER_AGE, _APOSTROPHE_INITIALS, _INITIALS_CSV):
        for m in pattern.finditer(text):
            g = 1 if m.group(1) else 2
            value = m.group(g).strip()
            letters = re.sub(r"[^A-Z]", "", value)
            if len(letters) < 2 or ("." not in value and not re.search("Ma?c", value)
                                    and (letters in _NOT_INITIALS or letters in _CLINICAL_ACRONYMS
                                         and not (pattern in (_INITIALS_ROW, _INITIALS_CSV)
                                                  and (_AGE_SEX_ROW.match(text, m.end(g)) or pattern is _INITIALS_CSV)))):
                continue
            if pattern is _DOTTED_ANY and (letters in _NOT_DOTTED or re.sub(r"[^A-Za-z]", "", value).upper() in _NOT_DOTTED):
                continue
            end = m.start(g) + len(m.group(g).rstrip(" \t"))
            out.append((m.start(g), end))
    return out
