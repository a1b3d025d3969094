"""What to collect next: for each outcome and key capability, what its confirmed evidence lacks and which of the
curriculum's ``typical_evidence`` would fill the lack.

A node lacks:

- any evidence: a gap (for a key capability: no document confirmed for it);
- primary evidence: everything confirmed is secondary (testimonials, certificates, reflections), and the GMC
  treats primary evidence as essential;
- recent evidence: nothing dated inside the recency window (the curriculum's ``guidance.recency_years``,
  five years in every bundled curriculum, the GMC's default); undated documents are never taken as recent;
- a second type of evidence: every confirmed document is of one type, and assessors look for a mix.

The node's typical evidence (a key capability's own list, else its outcome's) is classified with the rules
that classify documents (:func:`pipeline.ingest.classify.classify`, applied to the phrase), so that each lack
is answered by the items that fill it: primary items for "no primary evidence", items of a type not yet
present for "a single type", primary items dated inside the window for "nothing recent".  Across the five
bundled curricula the document rules recognise 76% of the 891 phrases; a few words of the phrases' own
("notes", "record", "log", "meeting") bring that to 89%; the rest keep an unknown type, are offered last and
never as primary evidence.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from .ingest.classify import EVIDENCE_TYPES, classify

__all__ = ["EvidenceItem", "NextStep", "evidence_item", "next_steps_for", "MAX_ITEMS"]

#: Items offered per lack: enough to choose from, few enough to act on.
MAX_ITEMS = 3

# Words of typical-evidence phrases that the document rules do not weigh ("ED notes from minors"), first match wins.
_PHRASE_RULES = [(t, re.compile(p, re.I)) for t, p in [
    ("logbook", r"\blogs?\b"),
    ("clinical_record", r"\b(notes?|records?|proformas?|charts?|forms?|checklists?|prescriptions?|booklets?|"
                        r"documentation|documented)\b"),
    ("teaching_record", r"\b(lesson|learners?|trainees?|workshop|mentor\w*|supervis\w*|assessor)\b"),
    ("rota_management", r"\b(meetings?|committee|panel|polic(y|ies)|protocols?|pathways?|business|rota|service)\b"),
    ("research", r"\b(study|studies|ethics|publications?|presentation|poster|m&m)\b"),
]]


@dataclass(frozen=True)
class EvidenceItem:
    """One phrase of a curriculum's ``typical_evidence`` with the evidence type it describes."""

    text: str
    evidence_type: str  # "other" when not recognised
    primary: bool | None


@lru_cache(maxsize=4096)
def evidence_item(phrase: str) -> EvidenceItem:
    """Classify a typical-evidence phrase (``"DOPS of a chest drain"`` -> ``wpba_dops``, primary)."""
    kind = classify(phrase).evidence_type
    if kind == "other":
        kind = next((t for t, pattern in _PHRASE_RULES if pattern.search(phrase)), "other")
    return EvidenceItem(phrase.strip(), kind, EVIDENCE_TYPES.get(kind, ("", None))[1])


@dataclass(frozen=True)
class NextStep:
    """What one outcome or key capability lacks, and what to collect for it.

    Attributes:
        node: The node's id (``rcem-2021:SLO4.KC1``).
        code: Its code (``SLO4.KC1``).
        title: Its statement.
        kind: ``"outcome"`` or ``"key capability"``.
        missing: One sentence per lack.
        collect: One sentence per lack that the curriculum's typical evidence (or a review) can fill.
        lacks: Short names of the lacks: ``evidence``, ``primary``, ``recent``, ``types``.
    """

    node: str
    code: str
    title: str
    kind: str
    missing: tuple[str, ...]
    collect: tuple[str, ...]
    lacks: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {"node": self.node, "code": self.code, "title": self.title, "kind": self.kind,
                "lacks": list(self.lacks), "missing": list(self.missing), "collect": list(self.collect)}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _pick(items: list[EvidenceItem], keep, rank, used: set[str] | None = None) -> list[EvidenceItem]:
    """Up to MAX_ITEMS items that ``keep`` accepts and not ``used`` yet, best ``rank`` first (the curriculum's order
    otherwise); the chosen items are added to ``used``."""
    used = used if used is not None else set()
    chosen = [it for it in items if keep(it) and it.text.lower() not in used]
    chosen.sort(key=rank)  # stable: the curriculum's order breaks ties
    out: list[EvidenceItem] = []
    for it in chosen:
        if it.text.lower() not in {o.text.lower() for o in out}:
            out.append(it)
        if len(out) == MAX_ITEMS:
            break
    used.update(it.text.lower() for it in out)
    return out


def _listing(items: list[EvidenceItem]) -> str:
    return "; ".join(it.text for it in items)


def _date(d: _dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def next_steps_for(node, *, kind: str, typical_evidence: Iterable[str], cutoff: _dt.date, years: float,
                   type_label, outcome_code: str | None = None, outcome_level: int = 0,
                   outcome_level_counted: bool = False) -> NextStep | None:
    """The next step of one node of the coverage, or ``None`` when it lacks nothing.

    Args:
        node: The node's coverage (``documents``, ``types``, ``primary``, ``recent``, ``older``, ``undated``,
            ``latest``, ``awaiting``, ``id``, ``code``, ``title``).
        kind: ``"outcome"`` or ``"key capability"``.
        typical_evidence: The curriculum's phrases for this node (a key capability without its own: its outcome's).
        cutoff: The first day inside the recency window.
        years: The window's length (for the sentence).
        type_label: Evidence type id -> a readable name.
        outcome_code: A key capability's outcome (for the sentence about outcome-level mappings).
        outcome_level: Documents confirmed for the outcome as a whole that are not confirmed for this key capability.
        outcome_level_counted: Whether those count here (``cesr report --outcome-mappings-count-for-kcs``).
    """
    items = [evidence_item(p) for p in typical_evidence if p and p.strip()]
    n = len(node.documents)
    present = set(node.types)
    missing: list[str] = []
    collect: list[str] = []
    lacks: list[str] = []
    window = f"dated on or after {_date(cutoff)}"
    primary_first = lambda it: (it.primary is not True, it.primary is False)  # noqa: E731

    if n == 0:
        lacks.append("evidence")
        if kind == "outcome":
            missing.append("No confirmed evidence for this outcome.")
        else:
            sentence = "No document confirmed for this key capability."
            if outcome_level and not outcome_level_counted:
                sentence += (f" {_plural(outcome_level, 'document')} confirmed for {outcome_code} as a whole "
                             f"{'does' if outcome_level == 1 else 'do'} not count here: confirm this key capability "
                             f"on {'it' if outcome_level == 1 else 'them'} in the review, or run the report with "
                             "--outcome-mappings-count-for-kcs.")
            missing.append(sentence)
        if node.awaiting:
            collect.append(f"Review the {_plural(node.awaiting, 'suggested document')} awaiting your decision "
                           f"(cesr review, filter by {outcome_code or node.code}).")
        chosen = _pick(items, lambda it: it.primary is True, lambda it: 0)
        others = [] if chosen else _pick(items, lambda it: True, primary_first)
        if chosen:
            collect.append(f"Collect primary evidence {window}, for example: {_listing(chosen)}.")
        elif others:
            collect.append(f"Collect evidence {window}, for example: {_listing(others)}.")
        else:
            collect.append(f"Collect primary evidence {window} from your own work that shows it "
                           "(the curriculum lists no typical evidence here).")
        return NextStep(node.id, node.code, node.title, kind, tuple(missing), tuple(collect), tuple(lacks))

    used: set[str] = set()  # an item is offered once per node
    lacks_primary = node.primary == 0
    lacks_recent = node.recent == 0
    single = len(present) < 2
    new_type = lambda it: it.evidence_type not in present and it.evidence_type != "other"  # noqa: E731

    if lacks_primary:
        lacks.append("primary")
        kinds = ", ".join(type_label(t) for t, _ in Counter(node.types).most_common())
        missing.append(f"No primary evidence: the {_plural(n, 'document')} confirmed "
                       f"{'is' if n == 1 else 'are'} secondary or of unknown weight ({kinds}).")
        chosen = _pick(items, lambda it: it.primary is True, lambda it: (single and not new_type(it),), used)
        if chosen:
            collect.append(f"Primary evidence, produced in the work itself"
                           f"{', ' + window if lacks_recent else ''}: {_listing(chosen)}.")
        else:
            collect.append("Primary evidence, produced in the work itself (letters, records, workplace-based "
                           "assessments, logbooks, audits) that shows this.")
    if lacks_recent:
        lacks.append("recent")
        if node.older:
            sentence = (f"Nothing recent: the latest document is dated {node.latest}, before {_date(cutoff)} "
                        f"(the {years:g}-year window)")
            sentence += f"; {node.undated} more undated." if node.undated else "."
        else:
            sentence = (f"Nothing known to be recent: no date could be read on the {_plural(n, 'document')} "
                        f"confirmed; check {'its date' if n == 1 else 'their dates'}.")
        missing.append(sentence)
        if not lacks_primary:
            chosen = _pick(items, lambda it: it.primary is not False,
                           lambda it: (it.primary is not True, it.evidence_type not in present), used)
            if chosen:
                collect.append(f"Recent evidence, {window}, that you still do this: {_listing(chosen)}.")
            else:
                collect.append(f"Recent evidence, {window}, that you still do this.")
    if single:
        lacks.append("types")
        only = type_label(next(iter(present))) if present else "one type"
        missing.append(f"A single type of evidence: {only} only.")
        offered = bool(used)
        chosen = _pick(items, lambda it: it.evidence_type not in present
                       and not (lacks_primary and it.primary is False),  # secondary adds nothing here
                       lambda it: (not new_type(it), *primary_first(it)), used)
        if chosen:
            collect.append(f"{'Other types to add' if offered else 'Another type of evidence'}"
                           f"{', ' + window if lacks_recent else ''}: {_listing(chosen)}.")
        elif not offered:
            collect.append("Another type of evidence (a workplace-based assessment, an audit, feedback, a "
                           "teaching record) that shows this.")
    if not missing:
        return None
    return NextStep(node.id, node.code, node.title, kind, tuple(missing), tuple(collect), tuple(lacks))
