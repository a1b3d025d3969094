"""What a document is and when it was written: rules, no model.

Two questions an assessor asks of every piece of evidence, answered from the
text alone:

- **Evidence type** (:func:`classify`): weighted patterns per type; a pattern
  found in the document's head (its first lines, where forms and letters say
  what they are) counts three times.  The types follow the GMC portfolio
  guidance (see ``shared/reference/portfolio-rules.md``); each is primary or
  secondary evidence (:data:`EVIDENCE_TYPES`).
- **Date** (:func:`find_date`): the document's own date (the letter's, the
  report's, the assessment's), not the file's.  Every date in the text is a
  candidate, scored by the label in front of it ("Date dictated", "Report
  date", "Date:" score high; attendance and event dates lower; dates of birth,
  expiry and review dates never count).

Accuracy on the labelled documents is measured by
:func:`evaluate_labelled` (reported in ``benchmarks/RESULTS.md`` and checked
by the tests); the rules are generic conventions of NHS letters and forms, not
fitted to particular texts.
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..regex_start import compile_with_start
from ..resources import data_file

__all__ = [
    "EVIDENCE_TYPES",
    "WPBA_KINDS",
    "LABELLED_KINDS",
    "Classification",
    "classify",
    "find_date",
    "is_primary",
    "older_than",
    "recency_cutoff",
    "evaluate_labelled",
]

# id -> (label, primary evidence?)
EVIDENCE_TYPES: dict[str, tuple[str, bool]] = {
    "clinic_letter": ("Clinic, referral or discharge letter", True),
    "discharge_summary": ("Discharge summary", True),
    "clinical_record": ("Clinical record (notes, operation note, resuscitation or ward-round record)", True),
    "wpba_minicex": ("Workplace-based assessment: Mini-CEX", True),
    "wpba_cbd": ("Workplace-based assessment: case-based discussion (CbD)", True),
    "wpba_dops": ("Workplace-based assessment: DOPS", True),
    "wpba_acat": ("Workplace-based assessment: ACAT", True),
    "wpba_esle": ("Workplace-based assessment: ESLE", True),
    "wpba_mcr": ("Workplace-based assessment: multiple consultant report (MCR)", True),
    "wpba_ace": ("Workplace-based assessment: assessment of clinical expertise (ACE)", True),
    "wpba_acex": ("Workplace-based assessment: anaesthesia CEX (A-CEX)", True),
    "wpba_qiat": ("Workplace-based assessment: quality improvement assessment tool (QIAT)", True),
    "msf": ("Multisource (360°) feedback", True),
    "patient_feedback": ("Patient feedback", True),
    "audit_qi": ("Audit or quality improvement report", True),
    "teaching_record": ("Teaching or supervision record, teaching feedback, simulation", True),
    "cpd_certificate": ("CPD or course certificate", False),
    "reflection": ("Reflection", False),
    "logbook": ("Logbook", True),
    "rota_management": ("Rota, management or leadership document (meetings, business cases, guidelines)", True),
    "incident_investigation": ("Incident investigation", True),
    "research": ("Research, publication or critical appraisal", True),
    "complaint": ("Complaint response", True),
    "safeguarding_referral": ("Safeguarding referral", True),
    "testimonial": ("Testimonial or letter of support", False),
    "other": ("Other or not recognised", None),  # type: ignore[dict-item]
}

WPBA_KINDS = {k: v[0].split(": ", 1)[1] for k, v in EVIDENCE_TYPES.items() if k.startswith("wpba_")}

# The free-form "kind" of corpora/labelled/src/*.jsonl mapped to the type list
# (a labelling convention used to measure the rules, never by the rules).
LABELLED_KINDS: dict[str, str] = {
    **{k: "clinic_letter" for k in ("clinic_letter", "discharge_letter", "referral_letter",
                                     "psychiatric_assessment_letter", "preop_clinic_letter")},
    "discharge_summary": "discharge_summary",
    **{k: "clinical_record" for k in (
        "clinical_note", "take_summary", "medical_review", "resus_record", "resuscitation_record", "sedation_record",
        "anaesthetic_chart", "telephone_advice_record", "trauma_record", "shift_record", "ward_round_summary",
        "icu_ward_round_summary", "mha_documentation", "formulation", "liaison_assessment", "operation_note",
        "clinical_record", "consultation_note", "transfer_record", "perioperative_review", "outreach_review",
        "tribunal_report", "psychotherapy_case_summary", "coroner_statement")},
    "mini_cex": "wpba_minicex", "cbd": "wpba_cbd", "dops": "wpba_dops", "acat": "wpba_acat", "esle": "wpba_esle",
    "ace": "wpba_ace", "a_cex": "wpba_acex", "qiat": "wpba_qiat", "mcr": "wpba_mcr",
    "msf": "msf",
    "patient_feedback": "patient_feedback",
    **{k: "audit_qi" for k in ("audit", "audit_report", "qi_report")},
    **{k: "teaching_record" for k in ("teaching_feedback", "teaching_record", "teaching_observation",
                                       "simulation_record", "simulation_faculty", "health_promotion_talk",
                                       "supervision_record", "supervision_log", "supervisor_report")},
    **{k: "cpd_certificate" for k in ("cpd_certificate", "cpd_record")},
    **{k: "reflection" for k in ("reflection", "case_reflection")},
    **{k: "logbook" for k in ("logbook", "logbook_summary", "case_log", "on_call_log")},
    **{k: "rota_management" for k in ("rota_document", "management_document", "meeting_minutes", "meeting_record",
                                       "business_case", "management_experience", "service_development",
                                       "leadership_project", "guideline")},
    "incident_investigation": "incident_investigation",
    **{k: "research" for k in ("research_record", "publication_record", "publication", "conference_abstract",
                                "journal_club", "critical_appraisal")},
    "complaint_response": "complaint",
    **{k: "safeguarding_referral" for k in ("safeguarding_referral", "child_protection_report")},
    "testimonial": "testimonial",
}
# corpora/sample-src/manifest.jsonl already uses the type ids, with these two spellings:
LABELLED_KINDS.update({"wpba_minicex": "wpba_minicex", "wpba_dops": "wpba_dops", "wpba_esle": "wpba_esle",
                       "audit_qi": "audit_qi", "rota_management": "rota_management", "complaint": "complaint",
                       "research": "research"})


def is_primary(evidence_type: str) -> bool | None:
    """Primary evidence is produced in the work itself; ``None`` when unknown."""
    entry = EVIDENCE_TYPES.get(evidence_type)
    return entry[1] if entry else None


# ---------------------------------------------------------------- evidence type

# The evidence-type rules are data: pipeline/data/classify_rules.toml, each (type, pattern, weight in the body,
# weight in the head: three times the body's unless given). Read and compiled on first use.
@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, re.Pattern[str], float, float], ...]:
    with open(data_file("classify_rules.toml"), "rb") as fh:
        rules = tomllib.load(fh)["rules"]
    return tuple((r["type"], compile_with_start(r["pattern"], re.I | re.M), r["weight"],
                  r.get("head_weight", r["weight"] * 3)) for r in rules)

_MIN_SCORE = 3.0


@dataclass(frozen=True)
class Classification:
    """The evidence type of a document, with the runner-up for explanations."""

    evidence_type: str
    score: float
    primary: bool | None
    runner_up: str | None = None

    @property
    def label(self) -> str:
        return EVIDENCE_TYPES[self.evidence_type][0]


# Letterhead lines (trust, hospital, address, phone) say nothing about what a document is.
_LETTERHEAD = re.compile(
    r"\b(nhs|trust|hospitals?|infirmary|health ?board|switchboard|tel|telephone|fax|e-?mail|www|road|street|"
    r"lane|avenue|crescent)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)
_TITLE_WORDS = re.compile(
    r"\b(letter|summary|report|record|note|form|assessment|certificate|feedback|review|referral|minutes|"
    r"audit|project|rota|log|reflection|testimonial|investigation|statement)\b", re.I)


def _head(text: str, lines: int = 4, chars: int = 320) -> str:
    """The first lines that say what a document is (letterhead skipped)."""
    kept: list[str] = []
    for n, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        if n < 12 and _LETTERHEAD.search(line) and not _TITLE_WORDS.search(line):
            continue
        kept.append(line)
        if len(kept) >= lines:
            break
    return "\n".join(kept)[:chars]


def scores(text: str) -> dict[str, float]:
    """Score of every evidence type for ``text`` (for explanations and tuning)."""
    head = _head(text)
    body = text[:20_000]
    result: dict[str, float] = {}
    for etype, pattern, weight, head_weight in _rules():
        if pattern.search(head):
            result[etype] = result.get(etype, 0.0) + head_weight
        elif pattern.search(body):
            result[etype] = result.get(etype, 0.0) + weight
    return result


def classify(text: str) -> Classification:
    """The evidence type of a document's text (``"other"`` when nothing fits)."""
    ranked = sorted(scores(text).items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < _MIN_SCORE:
        return Classification("other", ranked[0][1] if ranked else 0.0, None, ranked[0][0] if ranked else None)
    best, score = ranked[0]
    return Classification(best, round(score, 1), is_primary(best), ranked[1][0] if len(ranked) > 1 else None)


# ---------------------------------------------------------------- dates

_MONTHS = {
    m: i + 1
    for i, names in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
        ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
        ("november", "nov"), ("december", "dec")])
    for m in names
}
_MONTH_RE = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_RES = [
    # 14/03/2024, 14.03.24, 14-03-2024 (UK order: day first)
    ("dmy", re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/-])")),
    # 2024-03-14
    ("ymd", re.compile(r"(?<![\d/.-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])")),
    # 9 August 2023, 9th Aug 2023
    ("d_month_y", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_RE + r")\s*,?\s+((?:19|20)\d{2})\b", re.I)),
    # August 9, 2023
    ("month_d_y", re.compile(r"\b(" + _MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b", re.I)),
    # August 2023, 09/2023 (month only)
    ("month_y", re.compile(r"(?<![\d\w])(" + _MONTH_RE + r")\s+((?:19|20)\d{2})\b", re.I)),
    ("mm_yyyy", re.compile(r"(?<![\d/.-])(\d{1,2})/((?:19|20)\d{2})(?![\d/])")),
]

# Label in front of a date -> score.  First match wins (most specific first).
_LABELS: list[tuple[re.Pattern, float]] = [(re.compile(p, re.I), s) for p, s in [
    (r"\b(dob|d\.o\.b|date of birth|born|birth)\b", -1),
    (r"\b(valid (until|to)|expir\w*|review( date)?|next review|due|renewal|retain until|deceased|died|death|"
     r"next (meeting|appraisal))\b", -1),
    (r"\b(date dictated|dictated|date written|written( on)?|letter date|date of (the )?letter|report date|"
     r"date of (the )?report|report (generated|approved|completed|finalised|signed)|date of issue|issued( on)?|"
     r"date of statement|date of (the )?(encounter|assessment|observation|esle|dops|cbd|examination|referral|"
     r"session|meeting|consultation|review|teaching|appraisal|submission)|electronically signed|signed( on)?|"
     r"date\s*/\s*time of referral|approved)\b", 10),
    (r"\bdate typed\b|\btyped\b", 8),
    (r"\bdate( and time| ?/ ?time)?\s*:?\s*$", 9),
    (r"\b(date of (the )?(event|incident)|incident date)\b", 5),
    (r"\b(attendance|attended|arrival|arrived|admitted|discharged|seen( on)?|time of letter|observed|held on|"
     r"presented|completed)\b", 6),
    (r"\b(period|dates|rotation|collection period|cycle|programme period)\b", 4),
    (r"\b(exported|printed|downloaded)\b", 3),
]]


@dataclass(frozen=True)
class _Candidate:
    value: str  # ISO, YYYY-MM-DD or YYYY-MM
    score: float
    position: int


def _year(text: str) -> int:
    year = int(text)
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year


def _iso(year: int, month: int, day: int | None) -> str | None:
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _dates_in(line: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, iso) of each date in a line, full dates before month-only ones."""
    taken: list[tuple[int, int]] = []
    for kind, pattern in _DATE_RES:
        for m in pattern.finditer(line):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groups()
            if kind == "dmy":
                iso = _iso(_year(g[2]), int(g[1]), int(g[0]))
            elif kind == "ymd":
                iso = _iso(int(g[0]), int(g[1]), int(g[2]))
            elif kind == "d_month_y":
                iso = _iso(int(g[2]), _MONTHS[g[1].lower().rstrip(".")], int(g[0]))
            elif kind == "month_d_y":
                iso = _iso(int(g[2]), _MONTHS[g[0].lower().rstrip(".")], int(g[1]))
            elif kind == "month_y":
                iso = _iso(int(g[1]), _MONTHS[g[0].lower().rstrip(".")], None)
            else:
                iso = _iso(int(g[1]), int(g[0]), None)
            if iso:
                taken.append((m.start(), m.end()))
                yield m.start(), m.end(), iso


def _label_score(before: str, line_start: str) -> float:
    """Score of the label just before a date (or at the start of its line)."""
    context = before[-48:]
    for pattern, score in _LABELS:
        if pattern.search(context):
            return score
    for pattern, score in _LABELS:
        if score < 0 and pattern.search(line_start):
            return score
    return 2.0


def find_date(text: str, today: _dt.date | None = None, fallback: str | None = None) -> str | None:
    """The document's own date as ISO ``YYYY-MM-DD`` (``YYYY-MM`` if only the month is known).

    Args:
        text: The document's text.
        today: Dates after today (plus a day) are ignored as impossible.
        fallback: A date to use when the text has none (an e-mail's Date header).
    """
    today = today or _dt.date.today()
    latest = (today + _dt.timedelta(days=1)).isoformat()
    candidates: list[_Candidate] = []
    position = 0
    lines = text[:30_000].splitlines()
    for n, line in enumerate(lines):
        stripped = line.strip()
        found = list(_dates_in(line))
        for i, (start, end, iso) in enumerate(found):
            if iso > latest or iso < "1970":
                continue
            before = line[:start]
            # "Label: 01/09/2022 to 31/08/2024": the second date has the first in front of it
            if i and found[i - 1][1] <= start:
                before = line[found[i - 1][1]:start] if re.search(r"[a-z]{3}", line[found[i - 1][1]:start], re.I) \
                    else line[:found[i - 1][0]]
            score = _label_score(before, line[:start])
            if score < 0:
                continue
            rest = (before + line[end:]).strip(" \t,.;:-–|()")
            if score == 2.0 and n < 30 and not re.search(r"[a-z]{3}", rest.replace("Date", ""), re.I):
                score = 9.0  # a date alone on its line near the top: a letter's date
            if len(iso) == 7:
                score -= 1.5  # month only: less precise than a full date with the same label
            if i and score == 4.0:  # end of a period: the later date says when it finished
                score += 0.5
            candidates.append(_Candidate(iso, score, position + start))
        position += len(line) + 1
    if not candidates:
        return fallback
    best = max(candidates, key=lambda c: (c.score, -c.position))
    if fallback and best.score < 9:
        return fallback
    return best.value


def recency_cutoff(years: float, today: _dt.date | None = None) -> _dt.date:
    """The first day still inside a recency window of ``years`` ending ``today``."""
    today = today or _dt.date.today()
    whole, frac = int(years), years - int(years)
    try:
        cutoff = today.replace(year=today.year - whole)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - whole, day=28)
    return cutoff - _dt.timedelta(days=round(frac * 365.25))


def older_than(date_iso: str | None, years: float, today: _dt.date | None = None) -> bool | None:
    """True when the document's date is older than ``years`` before ``today``."""
    if not date_iso:
        return None
    try:
        parts = [int(p) for p in date_iso.split("-")]
        year, month = parts[0], parts[1] if len(parts) > 1 else 12
        day = parts[2] if len(parts) > 2 else 28
        date = _dt.date(year, month, day)
    except (ValueError, IndexError):
        return None
    return date < recency_cutoff(years, today)


# ---------------------------------------------------------------- measurement


def evaluate_labelled(items: Iterable[tuple[str, str | None, str | None]]) -> dict:
    """Accuracy of the rules on ``(text, labelled kind, labelled date)`` items.

    Kinds are mapped with :data:`LABELLED_KINDS`; items whose kind does not map
    are counted as ``unmapped``.  Returns counts, accuracies and confusions.
    """
    type_total = type_right = date_total = date_right = unmapped = 0
    wrong: list[tuple[str, str]] = []
    for text, kind, date in items:
        if kind:
            expected = LABELLED_KINDS.get(kind)
            if expected is None:
                unmapped += 1
            else:
                type_total += 1
                got = classify(text).evidence_type
                if got == expected:
                    type_right += 1
                else:
                    wrong.append((expected, got))
        if date:
            date_total += 1
            date_right += find_date(text) == date
    return {
        "type_total": type_total,
        "type_right": type_right,
        "type_accuracy": type_right / type_total if type_total else None,
        "date_total": date_total,
        "date_right": date_right,
        "date_accuracy": date_right / date_total if date_total else None,
        "unmapped": unmapped,
        "confusions": wrong,
    }
