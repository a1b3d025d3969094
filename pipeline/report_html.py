"""``cesr report --out DIR``: the portfolio's coverage as one self-contained HTML page.

Per outcome and key capability of the workspace's curricula: how many
documents the doctor has confirmed as evidence, their mix of evidence types,
how recent they are against the curriculum's recency window, primary against
secondary evidence, and what is missing (gaps in red, weak spots in amber);
a heatmap of outcomes x evidence types; the portfolio's size against the
GMC's expected limits (about 150 documents, fewer for some specialties, and
800-1,000 pages).  Only confirmed mappings count as coverage; suggestions not
yet reviewed are shown beside them as "awaiting review".

Then, per outcome and key capability, the next steps: what is missing (no
confirmed evidence, no primary evidence, nothing recent, a single type of
evidence) and which of the curriculum's typical evidence would fill it
(:mod:`pipeline.next_steps`); and the files of the workspace that could not be
read, each with its reason and with its name scrubbed (the file was never read,
so its name is cleaned more strictly than a document's).  The page prints
cleanly: a print stylesheet drops the navigation, keeps the heatmap's colours
and repeats table headings on every sheet.

What counts is set by :class:`ReportSettings`: the recency window (default:
the curricula's ``guidance.recency_years``, else the GMC's five years), the day
it is measured from, and whether mappings accepted for an outcome as a whole
count toward its key capabilities (off unless the doctor says so:
``cesr report --outcome-mappings-count-for-kcs``).

Also written: ``coverage.json`` (the same numbers) and ``coverage.png`` (the
chart embedded in the page).
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import io
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from .ingest.classify import recency_cutoff
from .next_steps import NextStep, next_steps_for
from .review.decisions import POSITIVE
from .review.portfolio import Portfolio, evidence_label, is_older, load_portfolio

__all__ = ["build_coverage", "write_report", "ReportSettings", "unreadable_files", "scrub_file_name",
           "GMC_MAX_DOCUMENTS", "GMC_EXPECTED_PAGES", "GMC_RECENCY_YEARS"]

GMC_MAX_DOCUMENTS = 150
GMC_EXPECTED_PAGES = (800, 1000)
AWAITING_THRESHOLD = 0.5
#: "Evidence up to 5 years old counts by default (the SSG sets the window)" (the GMC's portfolio guidance).
GMC_RECENCY_YEARS = 5.0


@dataclass(frozen=True)
class ReportSettings:
    """What ``cesr report`` counts.

    Attributes:
        recent_years: Evidence dated within this many years before ``as_of`` is recent.  ``None``: the
            shortest ``guidance.recency_years`` of the workspace's curricula (5 in every bundled one), else
            the GMC's default of 5 (``--recent-years``).
        as_of: The day recency is measured from; ``None``: today.  Your planned submission date is a good
            choice (``--as-of``).
        outcome_mappings_count_for_kcs: A document accepted for an outcome as a whole (``SLO4``) and for
            none of its key capabilities counts toward every key capability of that outcome.  Off by default: an assessor
            credits a key capability only for evidence that shows it, so the doctor turns this on knowingly
            (``--outcome-mappings-count-for-kcs``).
    """

    recent_years: float | None = None
    as_of: _dt.date | None = None
    outcome_mappings_count_for_kcs: bool = False

    def __post_init__(self) -> None:
        if self.recent_years is not None and not 0 < float(self.recent_years) <= 50:
            raise ValueError(f"recent_years must be between 0 and 50 years, not {self.recent_years}")


@dataclass
class NodeCoverage:
    id: str
    code: str
    title: str
    level: int
    documents: list[str] = field(default_factory=list)  # sha256 of confirmed documents
    types: Counter = field(default_factory=Counter)
    recent: int = 0
    older: int = 0
    undated: int = 0
    primary: int = 0
    secondary: int = 0
    latest: str | None = None
    awaiting: int = 0
    status: str = "gap"
    reasons: list[str] = field(default_factory=list)
    children: list["NodeCoverage"] = field(default_factory=list)
    outcome_level: int = 0  # documents confirmed for the outcome as a whole, not for this key capability
    next_step: NextStep | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "code": self.code, "title": self.title, "documents": len(self.documents),
               "types": dict(self.types), "recent": self.recent, "older": self.older, "undated": self.undated,
               "primary": self.primary, "secondary": self.secondary, "latest": self.latest,
               "awaiting_review": self.awaiting, "status": self.status, "reasons": self.reasons,
               "next_step": self.next_step.to_json() if self.next_step else None}
        if self.level > 1:
            out["outcome_level_documents"] = self.outcome_level
        else:
            out["key_capabilities"] = [c.to_json() for c in self.children]
        return out


def _limits(curricula) -> tuple[int, tuple[int, int]]:
    docs, pages = [], []
    for c in curricula:
        g = c.guidance or {}
        if g.get("max_documents"):
            docs.append(int(g["max_documents"]))
        if isinstance(g.get("expected_pages"), (list, tuple)) and len(g["expected_pages"]) == 2:
            pages.append(tuple(int(p) for p in g["expected_pages"]))
    return (min(docs) if docs else GMC_MAX_DOCUMENTS), (pages[0] if pages else GMC_EXPECTED_PAGES)


def _recency(portfolio: Portfolio, settings: ReportSettings) -> dict[str, Any]:
    """The recency window: its length, where the length comes from, the day it ends and the first day in it."""
    as_of = settings.as_of or _dt.date.today()
    if settings.recent_years is not None:
        years, source = float(settings.recent_years), "set for this report (--recent-years)"
    else:
        windows = [(c.id, float(c.guidance["recency_years"])) for c in portfolio.curricula
                   if (c.guidance or {}).get("recency_years")]
        if windows:
            years = min(y for _, y in windows)
            source = ("the curriculum's recency window (" + ", ".join(f"{cid}: {y:g} years" for cid, y in windows)
                      + "; change it with --recent-years)")
        else:
            years, source = GMC_RECENCY_YEARS, "the GMC's default (change it with --recent-years)"
    return {"years": years, "source": source, "as_of": as_of.isoformat(),
            "cutoff": recency_cutoff(years, as_of).isoformat()}


def build_coverage(portfolio: Portfolio, settings: ReportSettings | None = None) -> dict[str, Any]:
    """Coverage numbers of a portfolio (what the HTML page shows), with the next steps of every node."""
    settings = settings or ReportSettings()
    recency = _recency(portfolio, settings)
    years, as_of = recency["years"], _dt.date.fromisoformat(recency["as_of"])
    docs = portfolio.documents
    older = {sha: is_older(info.date, years, as_of) for sha, info in docs.items()}
    confirmed = [d for d in portfolio.decisions if d["verdict"] in POSITIVE and d["sha256"] in docs]
    decided = {(d["sha256"], d["node"]) for d in portfolio.decisions}
    by_node: dict[str, set[str]] = {}
    by_outcome: dict[str, set[str]] = {}
    for d in confirmed:
        by_node.setdefault(d["node"], set()).add(d["sha256"])
        by_outcome.setdefault(d["outcome"], set()).add(d["sha256"])
    awaiting_node: dict[str, set[str]] = {}
    awaiting_outcome: dict[str, set[str]] = {}
    for s in portfolio.suggestions:
        if s["confidence"] >= AWAITING_THRESHOLD and (s["sha256"], s["node"]) not in decided and s["sha256"] in docs:
            awaiting_node.setdefault(s["node"], set()).add(s["sha256"])
            awaiting_outcome.setdefault(s["outcome"], set()).add(s["sha256"])

    def fill(cov: NodeCoverage, shas: set[str], awaiting: set[str]) -> NodeCoverage:
        cov.documents = sorted(shas, key=lambda s: (docs[s].date or "", docs[s].title), reverse=True)
        cov.awaiting = len(awaiting - shas)
        for sha in shas:
            info = docs[sha]
            cov.types[info.evidence_type or "other"] += 1
            if older[sha] is None:
                cov.undated += 1
            elif older[sha]:
                cov.older += 1
            else:
                cov.recent += 1
            if info.primary is True:
                cov.primary += 1
            elif info.primary is False:
                cov.secondary += 1
            if info.date and (cov.latest is None or info.date > cov.latest):
                cov.latest = info.date
        if not shas:
            cov.status = "gap"
            cov.reasons.append("no confirmed evidence")
        else:
            if cov.primary == 0:
                cov.reasons.append("no primary evidence")
            if cov.recent == 0:
                cov.reasons.append(f"nothing within the last {years:g} years")
            if len(cov.types) < 2:
                cov.reasons.append("a single type of evidence")
            cov.status = "weak" if cov.reasons else "ok"
        return cov

    cutoff = _dt.date.fromisoformat(recency["cutoff"])
    count_outcome_level = settings.outcome_mappings_count_for_kcs
    outcomes = []
    for cur in portfolio.curricula:
        for o in cur.outcomes:
            cov = fill(NodeCoverage(o.id, o.code, o.title, 1), by_outcome.get(o.id, set()),
                       awaiting_outcome.get(o.id, set()))
            cov.next_step = next_steps_for(cov, kind="outcome", typical_evidence=o.typical_evidence, cutoff=cutoff,
                                           years=years, type_label=evidence_label)
            # confirmed for the outcome as a whole and for none of its key capabilities: the doctor did not say which
            whole = by_node.get(o.id, set()) - {d["sha256"] for d in confirmed
                                                if d["outcome"] == o.id and d["node"] != o.id}
            for child in (n for n in cur.nodes if n.outcome == o.id and not n.is_outcome):
                own = by_node.get(child.id, set())
                shas = own | whole if count_outcome_level else own
                kc = fill(NodeCoverage(child.id, child.code, child.title, child.level), shas,
                          awaiting_node.get(child.id, set()))
                kc.outcome_level = len(whole - own)
                kc.next_step = next_steps_for(
                    kc, kind="key capability", typical_evidence=child.typical_evidence or o.typical_evidence,
                    cutoff=cutoff, years=years, type_label=evidence_label, outcome_code=o.code,
                    outcome_level=kc.outcome_level, outcome_level_counted=count_outcome_level)
                cov.children.append(kc)
            outcomes.append(cov)

    in_application = sorted({d["sha256"] for d in confirmed})
    max_docs, pages_range = _limits(portfolio.curricula)
    pages = sum(docs[s].pages for s in in_application)
    reviewed = sum(1 for sha, row in portfolio.review_rows.items() if row.get("reviewed_at") and sha in docs)
    kcs = [c for o in outcomes for c in o.children]
    readable = [d for d in docs.values() if d.status == "ok"]  # files that could not be read are listed apart
    types_present = Counter(d.evidence_type or "other" for d in readable)
    return {
        "applicant": portfolio.applicant,
        "curricula": [{"id": c.id, "title": c.title, "version": c.version} for c in portfolio.curricula],
        "generated_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "recency_years": years,
        "recency": recency,
        "outcome_mappings_count_for_kcs": count_outcome_level,
        "documents_in_workspace": len(readable),
        "documents_reviewed": reviewed,
        "documents_with_mappings": len(in_application),
        "pages_with_mappings": pages,
        "confirmed_mappings": len(confirmed),
        "limits": {"max_documents": max_docs, "gmc_max_documents": GMC_MAX_DOCUMENTS,
                   "expected_pages": list(pages_range)},
        "outcomes_covered": sum(1 for o in outcomes if o.documents),
        "outcomes_total": len(outcomes),
        "key_capabilities_covered": sum(1 for c in kcs if c.documents),
        "key_capabilities_total": len(kcs),
        "evidence_types": [t for t, _ in types_present.most_common()],
        "outcomes": outcomes,
    }


# ---------------------------------------------------------------- files that could not be read

_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "master"}
_DATE_SHAPE = re.compile(r"(\d{1,2}[-_.]\d{1,2}[-_.](\d{4}|\d{2})|\d{4}[-_.]\d{1,2}[-_.]\d{1,2})")
_DIGIT_RUN = re.compile(r"(?<![A-Za-z0-9])\d[\d _.-]*\d(?![A-Za-z0-9])")


def scrub_file_name(path: str, applicant: str | None = None, anonymiser=None) -> str:
    """The name of a file that could not be read, with whatever may identify someone replaced.

    A document that was read has its name anonymised with the names learnt from its text
    (``display_name``); a file that could not be read taught nothing, so its name is cleaned more strictly:
    what the anonymiser finds in it, any word of the name lists (given names, surnames) that is not an
    ordinary or clinical word, an uncommon word next to one (``Gareth Holloway``), the word after a title
    (``Mrs Patel``) and every run of six digits or more that is not a date.  The applicant's own name stays.
    The folders are left out: they are often named after a patient too.
    """
    from .anonymise.core import anonymise_file_name
    from .anonymise.lexicon import (clinical_terms, common_words, english_frequency, first_names, fold,
                                    hard_stops, not_names, surnames)
    from .anonymise.plan import anonymiser_for

    anonymiser = anonymiser or anonymiser_for(applicant)
    name = PurePath(path.split("#", 1)[-1] if "#" in path else path).name or path
    name = anonymise_file_name(name, anonymiser)
    name = _DIGIT_RUN.sub(lambda m: m.group() if _DATE_SHAPE.fullmatch(m.group())
                          or sum(c.isdigit() for c in m.group()) < 6 else "[NUMBER]", name)
    ordinary = common_words() | clinical_terms() | hard_stops() | not_names()
    own = {fold(w) for w in re.findall(r"[^\W\d_]+", applicant or "")}
    names = first_names() | surnames()
    parts = re.split(r"([^\w\[\]]+|_+)", name)
    words = [(i, p) for i, p in enumerate(parts) if i % 2 == 0 and p]
    flagged: set[int] = set()
    initial = lambda j: 0 <= j < len(words) and len(words[j][1]) == 1 and words[j][1].isupper()  # noqa: E731
    for k, (i, w) in enumerate(words):
        f = fold(w)
        if not w.isalpha() or f in own:
            continue
        if f in names and f not in ordinary:
            flagged.add(k)
        elif k and fold(words[k - 1][1]).rstrip(".") in _TITLES and f not in ordinary:
            flagged.add(k)
        elif (initial(k - 1) or initial(k + 1)) and len(w) > 1 and w[0].isupper() and w[1:].islower() \
                and f not in ordinary and english_frequency(f) < 4.0:  # "Redfern F", "G Holloway"
            flagged.add(k)
    for k in sorted(flagged):  # beside a name, a surname (eponyms too: "Harriet Wells") or an uncommon word
        for j in (k - 1, k + 1):
            if 0 <= j < len(words) and j not in flagged:
                w = words[j][1]
                f = fold(w)
                if not w.isalpha() or len(w) < 2 or f in own or f in _TITLES or f in common_words():
                    continue
                if f in names or (f not in ordinary and english_frequency(f) < 4.0):
                    flagged.add(j)
    for k in flagged:
        parts[words[k][0]] = "[NAME]"
    return "".join(parts)


def unreadable_files(ws, anonymiser=None) -> list[dict[str, Any]]:
    """The workspace's files whose last reading failed or that were skipped, with the reason, names scrubbed.

    Each: ``name`` (:func:`scrub_file_name`), ``reason`` (the one-line error, the file's own path and name in it
    replaced by the scrubbed name, then anonymised), ``kind`` (``corrupt``, ``encrypted``, ``empty``...),
    ``status`` (``failed`` or ``skipped``: a folder that could not be opened, a symbolic-link loop) and
    ``seen`` (the day it was last tried).
    """
    from .anonymise.plan import anonymiser_for

    anonymiser = anonymiser or anonymiser_for(ws.applicant)
    out = []
    for row in ws.store.unreadable_paths():
        name = scrub_file_name(row["path"], ws.applicant, anonymiser)
        reason = row["error"] or "could not be read"
        for raw in sorted({row["path"], PurePath(row["path"].split("#", 1)[-1]).name}, key=len, reverse=True):
            if raw:
                reason = reason.replace(raw, name)
        reason, _ = anonymiser.anonymise(reason)
        reason = _DIGIT_RUN.sub(lambda m: m.group() if sum(c.isdigit() for c in m.group()) < 6 else "[NUMBER]",
                                reason)
        out.append({"name": name, "reason": reason, "kind": row["error_kind"] or "", "status": row["status"],
                    "seen": (row["seen_at"] or "")[:10]})
    return out


# ---------------------------------------------------------------- HTML

_CSS = """
body { font-family: "Liberation Sans", Arial, sans-serif; color: #1d2330; margin: 0; background: #f6f7f9; }
header { background: #16325c; color: #fff; padding: 16px 28px; }
header h1 { margin: 0 0 4px; font-size: 1.5em; }
header p { margin: 0; opacity: 0.85; }
main { padding: 18px 28px 40px; max-width: 1280px; }
h2 { font-size: 1.2em; margin: 26px 0 10px; border-bottom: 2px solid #d9dde5; padding-bottom: 4px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { background: #fff; border: 1px solid #d9dde5; border-radius: 8px; padding: 10px 14px; min-width: 190px; flex: 1; }
.card .big { font-size: 1.7em; font-weight: bold; }
.card .sub { color: #5d6678; font-size: 0.88em; }
.meter { height: 8px; background: #e6e9ef; border-radius: 4px; overflow: hidden; margin-top: 6px; }
.meter div { height: 100%; background: #2e86c1; }
.meter div.over { background: #c0392b; }
.card.bad { border-color: #e3a09a; background: #fdf1f0; }
.card.warn { border-color: #e6c66a; background: #fff8e6; }
ul.gaps li { margin: 3px 0; }
.gap { color: #b3261e; font-weight: bold; }
.weak { color: #8a5a00; font-weight: bold; }
.ok { color: #1e7d3a; font-weight: bold; }
table { border-collapse: collapse; background: #fff; }
table.coverage { width: 100%; font-size: 0.9em; }
table.coverage th, table.coverage td { border-bottom: 1px solid #e6e9ef; padding: 5px 8px; text-align: left; vertical-align: top; }
table.coverage th { background: #eef1f6; position: sticky; top: 0; }
table.coverage td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.coverage td.date { white-space: nowrap; }
tr.outcome td { border-top: 2px solid #c9cfda; font-weight: bold; }
tr.outcome.status-gap td:first-child { border-left: 6px solid #c0392b; }
tr.outcome.status-weak td:first-child { border-left: 6px solid #e0a800; }
tr.outcome.status-ok td:first-child { border-left: 6px solid #27ae60; }
tr.kc td { color: #333; font-weight: normal; }
tr.kc td:first-child { padding-left: 26px; }
tr.kc.status-gap td.status { color: #b3261e; }
.chip { display: inline-block; background: #eef1f6; border-radius: 9px; padding: 0 7px; margin: 1px 2px; font-size: 0.85em; }
table.heat { font-size: 0.82em; }
table.heat th, table.heat td { border: 1px solid #fff; padding: 4px 6px; text-align: center; }
table.heat th.rot { white-space: nowrap; vertical-align: bottom; padding: 6px 2px; font-weight: normal; }
table.heat th.rot span { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; }
table.heat td { min-width: 30px; }
table.heat th.row { text-align: left; white-space: nowrap; background: #f3f5f8; }
table.heat th.row.gaprow { color: #b3261e; }
table.heat td.zero { background: #f7f8fa; color: #b9bfca; }
details { margin: 2px 0; }
details summary { cursor: pointer; color: #1f5fbf; font-weight: normal; }
.legend span { display: inline-block; width: 22px; height: 12px; vertical-align: middle; margin: 0 3px 0 10px; }
img.chart { max-width: 100%; background: #fff; border: 1px solid #d9dde5; border-radius: 6px; }
.note { color: #5d6678; font-size: 0.88em; }
nav.toc { background: #e9edf4; padding: 6px 28px; font-size: 0.9em; border-bottom: 1px solid #d9dde5; }
nav.toc a { color: #1f5fbf; margin-right: 14px; text-decoration: none; }
p.settings { background: #fff; border: 1px solid #d9dde5; border-radius: 6px; padding: 8px 12px; font-size: 0.9em; }
article.step { background: #fff; border: 1px solid #d9dde5; border-left: 6px solid #c9cfda; border-radius: 6px;
  padding: 8px 14px; margin: 10px 0; }
article.step.status-gap { border-left-color: #c0392b; }
article.step.status-weak { border-left-color: #e0a800; }
article.step.status-ok { border-left-color: #27ae60; }
article.step h3 { font-size: 1.02em; margin: 4px 0 6px; }
article.step h4 { font-size: 0.95em; margin: 10px 0 4px; }
article.step ul { margin: 2px 0 4px; padding-left: 22px; }
article.step .label { font-weight: bold; font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.03em; color: #5d6678; }
article.step ul.collect li { color: #16325c; }
div.kc-step { border-top: 1px dashed #d9dde5; margin-top: 6px; }
table.files { font-size: 0.9em; width: 100%; }
table.files th, table.files td { border-bottom: 1px solid #e6e9ef; padding: 5px 8px; text-align: left; vertical-align: top; }
table.files th { background: #eef1f6; }
table.files td.date { white-space: nowrap; }

/* Paper: no navigation, black on white, the heatmap's colours kept, nothing cut across a page. */
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; color: #000; font-size: 10pt; }
  nav.toc, details summary, .screen-only { display: none !important; }
  details::details-content { content-visibility: visible; display: block; }
  header { background: none; color: #000; padding: 0 0 6pt; border-bottom: 2pt solid #000; }
  header p { opacity: 1; }
  main { padding: 0; max-width: none; }
  h2 { font-size: 13pt; margin: 14pt 0 6pt; border-bottom: 1pt solid #000; break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  h2.break { break-before: page; page-break-before: always; }
  a { color: #000; text-decoration: none; }
  .card, p.settings, article.step { border-color: #999; box-shadow: none; }
  .cards { gap: 6pt; }
  .card { min-width: 0; padding: 4pt 8pt; }
  div.kc-step, div.step-head, tr, .card, img.chart, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table.coverage th { position: static; }
  table.coverage details { display: none; }  /* the per-outcome document lists: on screen only */
  table.coverage td:first-child { width: 38%; }
  table.coverage, table.files { font-size: 8pt; }
  table.coverage th, table.coverage td { padding: 2pt 4pt; }
  table.heat { font-size: 7pt; width: 100%; table-layout: auto; }
  table.heat th, table.heat td { border: 0.5pt solid #bbb; padding: 1pt 2pt; min-width: 0; }
  table.heat th.row { white-space: normal; max-width: 45mm; }
  table.heat, table.heat td, table.heat th, .chip, .meter, .meter div, tr.outcome td:first-child,
  article.step { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  img.chart { max-width: 100%; border: none; }
  .gap { color: #b3261e; } .weak { color: #7a4f00; } .ok { color: #1e6b33; }
}
"""

# Printing from the browser opens every folded list first (the print stylesheet hides the toggles).
_PRINT_JS = ("<script>window.addEventListener('beforeprint', function () {"
             "document.querySelectorAll('details').forEach(function (d) { d.open = true; }); });</script>")


_SHORT = {"clinic_letter": "Letter", "discharge_summary": "Discharge summary", "clinical_record": "Clinical record",
          "msf": "MSF (360°)", "patient_feedback": "Patient feedback", "audit_qi": "Audit / QI",
          "teaching_record": "Teaching", "cpd_certificate": "CPD certificate", "reflection": "Reflection",
          "logbook": "Logbook", "rota_management": "Management", "incident_investigation": "Incident",
          "research": "Research", "complaint": "Complaint", "safeguarding_referral": "Safeguarding",
          "testimonial": "Testimonial", "other": "Other"}


def short_label(kind: str) -> str:
    """A column-sized name of an evidence type (``wpba_dops`` -> ``DOPS``)."""
    if kind in _SHORT:
        return _SHORT[kind]
    label = evidence_label(kind)
    if kind.startswith("wpba_"):
        tail = label.split(": ", 1)[-1]
        inner = tail[tail.find("(") + 1: tail.find(")")] if "(" in tail and ")" in tail else tail
        return inner
    return label if len(label) <= 20 else label[:19] + "…"


def _e(x: Any) -> str:
    return html.escape(str(x), quote=True)


def _heat_colour(n: int, top: int) -> str:
    if n <= 0:
        return ""
    t = min(1.0, n / max(1, top))
    # from pale blue to deep blue
    r, g, b = (int(215 - 180 * t), int(232 - 150 * t), int(250 - 60 * t))
    ink = "#fff" if t > 0.55 else "#1d2330"
    return f' style="background: rgb({r},{g},{b}); color: {ink}"'


def _chart_png(coverage: dict[str, Any]) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    outcomes = coverage["outcomes"]
    labels = [f"{o.code} {o.title[:48]}{'…' if len(o.title) > 48 else ''}" for o in outcomes]
    primary = [o.primary for o in outcomes]
    other = [len(o.documents) - o.primary for o in outcomes]
    awaiting = [o.awaiting for o in outcomes]
    fig, ax = plt.subplots(figsize=(9, 0.38 * len(outcomes) + 1.4))
    y = range(len(outcomes))
    ax.barh(y, primary, color="#2e86c1", label="confirmed, primary evidence")
    ax.barh(y, other, left=primary, color="#85c1e9", label="confirmed, secondary or unknown")
    ax.barh(y, awaiting, left=[p + o for p, o in zip(primary, other)], color="none", edgecolor="#b0b7c3",
            hatch="//", label="suggested, awaiting review")
    for i, o in enumerate(outcomes):
        if not o.documents:
            ax.text(0.05, i, "GAP", va="center", color="#c0392b", fontsize=8, fontweight="bold")
    ax.set_yticks(list(y), labels, fontsize=7.5)
    for tick, o in zip(ax.get_yticklabels(), outcomes):
        if not o.documents:
            tick.set_color("#c0392b")
    ax.invert_yaxis()
    ax.set_xlabel("documents")
    ax.set_title("Confirmed evidence per outcome")
    ax.legend(loc="lower right", fontsize=7)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    return buf.getvalue()


def render_html(coverage: dict[str, Any], documents: dict, chart_png: bytes | None = None) -> str:
    c = coverage
    limits = c["limits"]
    outcomes: list[NodeCoverage] = c["outcomes"]
    title_curricula = ", ".join(f"{x['id']} ({x['version']})" for x in c["curricula"])
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>Portfolio coverage: {_e(c['applicant'] or 'portfolio')}</title><style>{_CSS}</style></head><body>",
        "<header><h1>Portfolio coverage report</h1>",
        f"<p>{_e(c['applicant'] or 'Applicant not named')} · {_e(title_curricula)} · generated "
        f"{_e(c['generated_at'].replace('T', ' ')[:16])} UTC · recency window {c['recency_years']:g} years</p></header>",
        "<nav class='toc' aria-label='sections'>" + "".join(
            f"<a href='#{a}'>{_e(t)}</a>" for a, t in (
                ("summary", "Summary"), ("gaps", "Gaps"), ("next-steps", "Next steps"), ("coverage", "Coverage"),
                ("heatmap", "Heatmap"), ("unreadable", "Files not read"), ("how", "How to read this"))) + "</nav><main>",
    ]
    rec = c["recency"]
    parts.append(
        f"<p class='settings'><b>Recent</b> means dated on or after {_e(_long_date(rec['cutoff']))}: "
        f"{rec['years']:g} years before {_e(_long_date(rec['as_of']))}, {_e(rec['source'])}. "
        "<b>Mappings accepted for a whole outcome</b> "
        + ("count toward each of its key capabilities, as you asked (--outcome-mappings-count-for-kcs)."
           if c["outcome_mappings_count_for_kcs"] else
           "count for the outcome only, not for its key capabilities (the default; "
           "--outcome-mappings-count-for-kcs counts them).") + "</p>")

    # ---- summary cards
    docs_n, max_docs = c["documents_with_mappings"], limits["max_documents"]
    pages, (lo, hi) = c["pages_with_mappings"], limits["expected_pages"]
    gaps = [o for o in outcomes if not o.documents]
    card = lambda cls, big, sub, meter=None: (  # noqa: E731
        f"<div class='card {cls}'><div class='big'>{big}</div><div class='sub'>{sub}</div>"
        + (f"<div class='meter'><div class='{'over' if meter > 1 else ''}'"
           f" style='width:{100 * min(1, meter):.1f}%'></div></div>" if meter is not None else "") + "</div>")
    parts.append("<h2 id='summary'>Summary</h2><div class='cards'>")
    parts.append(card("bad" if gaps else "", f"{c['outcomes_covered']} / {c['outcomes_total']}",
                      "outcomes with confirmed evidence" + (f" — <span class='gap'>{len(gaps)} gap(s)</span>" if gaps else ""),
                      c["outcomes_covered"] / max(1, c["outcomes_total"])))
    if c["key_capabilities_total"]:
        parts.append(card("", f"{c['key_capabilities_covered']} / {c['key_capabilities_total']}",
                          "key capabilities with confirmed evidence",
                          c["key_capabilities_covered"] / max(1, c["key_capabilities_total"])))
    limit_note = (f"limit about {max_docs} for this specialty (GMC: no more than about {limits['gmc_max_documents']})"
                  if max_docs != limits["gmc_max_documents"] else f"GMC limit: about {max_docs}")
    parts.append(card("bad" if docs_n > max_docs else "", f"{docs_n}", f"documents in the application · {limit_note}",
                      docs_n / max(1, max_docs)))
    page_cls = "bad" if pages > hi else ("warn" if pages < lo else "")
    parts.append(card(page_cls, f"{pages}", f"pages of evidence · expected {lo}–{hi}", pages / max(1, hi)))
    parts.append(card("", f"{c['documents_reviewed']} / {c['documents_in_workspace']}",
                      f"documents reviewed · {c['confirmed_mappings']} confirmed mappings",
                      c["documents_reviewed"] / max(1, c["documents_in_workspace"])))
    parts.append("</div>")

    # ---- gaps
    parts.append("<h2 id='gaps'>Gaps and weak spots</h2>")
    weak = [o for o in outcomes if o.status == "weak"]
    kc_gaps = [(o, k) for o in outcomes for k in o.children if not k.documents]
    if not gaps and not weak and not kc_gaps and not any(k.status == "weak" for o in outcomes for k in o.children):
        parts.append("<p class='ok'>Every outcome and key capability has recent, primary evidence of more than one type.</p>")
    parts.append("<ul class='gaps'>")
    for o in gaps:
        extra = f" — {o.awaiting} suggested document(s) awaiting your review" if o.awaiting else " — no suggestion either: look for evidence"
        parts.append(f"<li><span class='gap'>GAP</span> <b>{_e(o.code)}</b> {_e(o.title)}{_e(extra)}</li>")
    for o in weak:
        parts.append(f"<li><span class='weak'>WEAK</span> <b>{_e(o.code)}</b> {_e(o.title)} — {_e('; '.join(o.reasons))}</li>")
    parts.append("</ul>")
    if kc_gaps:
        parts.append(f"<details><summary>{len(kc_gaps)} key capabilities without confirmed evidence</summary><ul class='gaps'>")
        for o, k in kc_gaps:
            parts.append(f"<li><span class='gap'>GAP</span> <b>{_e(k.code)}</b> {_e(k.title)}</li>")
        parts.append("</ul></details>")
    if docs_n > max_docs:
        parts.append(f"<p class='gap'>The portfolio has {docs_n} documents, more than about {max_docs}: bundle related "
                     "documents into indexed files.</p>")
    if pages > hi:
        parts.append(f"<p class='gap'>{pages} pages is more than the expected {lo}–{hi}: keep the strongest evidence.</p>")

    # ---- next steps
    parts.extend(_next_steps_html(outcomes))

    # ---- coverage table
    parts.append("<h2 id='coverage' class='break'>Coverage per outcome and key capability</h2>")
    parts.append("<table class='coverage'><thead><tr><th>outcome / key capability</th><th>status</th>"
                 "<th class='n'>confirmed documents</th><th>evidence types</th>"
                 f"<th class='n'>recent (≤{c['recency_years']:g} y)</th><th class='n'>older</th><th>latest</th>"
                 "<th class='n'>primary</th><th class='n'>secondary</th><th class='n'>awaiting review</th></tr></thead><tbody>")
    for o in outcomes:
        for node in [o, *o.children]:
            is_outcome = node is o
            types = "".join(f"<span class='chip' title='{_e(evidence_label(t))}'>{_e(short_label(t))} ×{n}</span>"
                            for t, n in node.types.most_common())
            status = {"gap": "<span class='gap'>gap</span>", "weak": "<span class='weak'>weak</span>",
                      "ok": "<span class='ok'>ok</span>"}[node.status]
            reasons = f"<div class='note'>{_e('; '.join(node.reasons))}</div>" if node.reasons and is_outcome else ""
            listing = ""
            if node.documents and is_outcome:
                items = "".join(f"<li>{_e(documents[s].title)} · {_e(documents[s].date or 'no date')} · "
                                f"{_e(evidence_label(documents[s].evidence_type))}</li>" for s in node.documents)
                listing = f"<details><summary>documents</summary><ul>{items}</ul></details>"
            undated = f" (+{node.undated} undated)" if node.undated else ""
            parts.append(
                f"<tr class='{'outcome' if is_outcome else 'kc'} status-{node.status}' data-node='{_e(node.id)}'>"
                f"<td><b>{_e(node.code)}</b> {_e(node.title)}{listing}</td><td class='status'>{status}{reasons}</td>"
                f"<td class='n'>{len(node.documents)}</td><td>{types or '—'}</td>"
                f"<td class='n'>{node.recent}{_e(undated)}</td><td class='n'>{node.older}</td>"
                f"<td class='date'>{_e(node.latest or '—')}</td><td class='n'>{node.primary}</td><td class='n'>{node.secondary}</td>"
                f"<td class='n'>{node.awaiting or ''}</td></tr>")
    parts.append("</tbody></table>")

    # ---- heatmap
    types = list(dict.fromkeys([t for o in outcomes for t in o.types] + c["evidence_types"]))
    top = max([n for o in outcomes for n in o.types.values()] or [1])
    parts.append("<h2 id='heatmap' class='break'>Heatmap: outcomes × evidence types</h2>")
    parts.append("<p class='note'>Confirmed documents of each type per outcome; empty rows are gaps. Columns: the "
                 "evidence types in this workspace. A good portfolio shows a mix of types for every outcome.</p>")
    parts.append("<table class='heat'><thead><tr><th></th>")
    for t in types:
        parts.append(f"<th class='rot' title='{_e(evidence_label(t))}'><span>{_e(short_label(t))}</span></th>")
    parts.append("<th>total</th></tr></thead><tbody>")
    for o in outcomes:
        cls = "row gaprow" if not o.documents else "row"
        parts.append(f"<tr><th class='{cls}' title='{_e(o.title)}'>{_e(o.code)} {_e(o.title[:40])}{'…' if len(o.title) > 40 else ''}</th>")
        for t in types:
            n = o.types.get(t, 0)
            parts.append(f"<td class='{'zero' if not n else ''}'{_heat_colour(n, top)}>{n}</td>")
        parts.append(f"<td><b>{len(o.documents)}</b></td></tr>")
    parts.append("</tbody></table>")

    # ---- files that could not be read
    parts.extend(_unreadable_html(c.get("unreadable_files") or []))

    if chart_png:
        data = base64.b64encode(chart_png).decode("ascii")
        parts.append("<h2 id='chart'>Chart</h2><img class='chart' alt='bar chart of confirmed evidence per outcome, "
                     f"gaps in red' src='data:image/png;base64,{data}'>")
    parts.append("<h2 id='how'>How to read this</h2><p class='note'>Only mappings you confirmed in <code>cesr review</code> "
                 "count as coverage; “awaiting review” counts documents the tool suggested with confidence ≥ "
                 f"{AWAITING_THRESHOLD:.0%} that you have not decided yet. “Recent” is dated within {rec['years']:g} years "
                 f"before {_e(_long_date(rec['as_of']))} ({_e(rec['source'])}); undated documents never count as recent; "
                 "older evidence needs recent evidence showing maintained competence. Primary evidence is produced in "
                 "the work itself; secondary evidence is about the work and adds little on its own. Breadth is "
                 "assessed: strength in one outcome does not make up for a gap in another. The suggestions of what to "
                 "collect are the curriculum's typical evidence for each outcome and key capability, chosen for what "
                 "is missing; your specialty's guidance (SSG) has the final word.</p>")
    parts.append("</main>" + _PRINT_JS + "</body></html>")
    return "".join(parts)


def _long_date(iso: str) -> str:
    d = _dt.date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


def _step_html(step: NextStep) -> str:
    missing = "".join(f"<li>{_e(m)}</li>" for m in step.missing)
    collect = "".join(f"<li>{_e(m)}</li>" for m in step.collect)
    return (f"<div class='missing'><span class='label'>Missing</span><ul>{missing}</ul></div>"
            + (f"<div class='collect'><span class='label'>Collect next</span><ul class='collect'>{collect}</ul></div>"
               if collect else ""))


def _next_steps_html(outcomes: list[NodeCoverage]) -> list[str]:
    parts = ["<h2 id='next-steps' class='break'>Next steps: what to collect</h2>",
             "<p class='note'>For each outcome and key capability: what its confirmed evidence lacks (no evidence, no "
             "primary evidence, nothing recent, a single type of evidence) and, from the curriculum's typical "
             "evidence, what would fill it.</p>"]
    complete = []
    for o in outcomes:
        kcs = [k for k in o.children if k.next_step]
        if not o.next_step and not kcs:
            complete.append(o)
            continue
        status = {"gap": "<span class='gap'>gap</span>", "weak": "<span class='weak'>weak</span>",
                  "ok": "<span class='ok'>ok</span>"}[o.status]
        parts.append(f"<article class='step status-{o.status}' data-step='{_e(o.id)}'><div class='step-head'>"
                     f"<h3>{_e(o.code)} {_e(o.title)} · {status}</h3>")
        if o.next_step:
            parts.append(_step_html(o.next_step))
        else:
            parts.append("<p class='note'>The outcome lacks nothing; some of its key capabilities do.</p>")
        parts.append("</div>")
        for k in kcs:
            parts.append(f"<div class='kc-step' data-step='{_e(k.id)}'><h4>{_e(k.code)} {_e(k.title)}</h4>"
                         + _step_html(k.next_step) + "</div>")
        parts.append("</article>")
    if complete:
        parts.append("<p class='ok'>Nothing missing: " + ", ".join(_e(o.code) for o in complete)
                     + " (recent, primary evidence of more than one type, every key capability evidenced).</p>")
    return parts


def _unreadable_html(files: list[dict[str, Any]]) -> list[str]:
    parts = ["<h2 id='unreadable'>Files that could not be read</h2>"]
    if not files:
        parts.append("<p class='ok'>Every file added to the workspace was read.</p>")
        return parts
    parts.append(f"<p class='note'>{len(files)} file(s) added to the workspace could not be read: nothing of them is "
                 "in the portfolio. Names are shown with anything that may identify someone replaced. Replace a "
                 "damaged file or save it in another format, then add it again (<code>cesr add FILE --workspace "
                 "DIR</code>; <code>--retry-failed</code> reads again files that failed before); add an encrypted "
                 "PDF again with its password (<code>cesr add FILE --workspace DIR --password</code> asks for it; "
                 "it is never stored).</p>")
    parts.append("<table class='files'><thead><tr><th>file</th><th>reason</th><th>last tried</th></tr></thead><tbody>")
    for f in files:
        note = " (skipped)" if f["status"] == "skipped" else ""
        parts.append(f"<tr data-kind='{_e(f['kind'])}'><td>{_e(f['name'])}</td><td>{_e(f['reason'])}{_e(note)}</td>"
                     f"<td class='date'>{_e(f['seen'])}</td></tr>")
    parts.append("</tbody></table>")
    return parts


def write_report(ws, out_dir: str | os.PathLike, chart: bool = True,
                 settings: ReportSettings | None = None) -> dict[str, Any]:
    """Write ``index.html``, ``coverage.json`` and ``coverage.png`` to ``out_dir``; returns the coverage."""
    from .curriculum import load_curricula

    portfolio = load_portfolio(ws, load_curricula(ws.curricula))
    coverage = build_coverage(portfolio, settings)
    coverage["unreadable_files"] = unreadable_files(ws)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    png = _chart_png(coverage) if chart else None
    if png:
        (out / "coverage.png").write_bytes(png)
    _atomic(out / "index.html", render_html(coverage, portfolio.documents, png))
    serial = {**coverage, "outcomes": [o.to_json() for o in coverage["outcomes"]]}
    _atomic(out / "coverage.json", json.dumps(serial, indent=2, ensure_ascii=False) + "\n")
    return coverage


def _atomic(path: Path, text: str) -> None:
    from .atomic import write_text

    write_text(path, text)
