"""Detector: the context tagger's marks (:mod:`pipeline.anonymise.tagger`) where the rules found nothing."""

from __future__ import annotations

import re

from ..lexicon import fold
from ..resolver import Span
from ..shapes import clinical_acronyms
from ..tagger import default_tagger, tagged_spans
from .base import Pass
from .patterns import WORD


def _tagged(doc, text: str, found: list[Span], verifiers: list[tuple[int, int]],
            mentions: list[tuple[int, int]]) -> list[Span]:
    """What the context tagger marks where the rules found nothing, less the names the document keeps (the
    applicant's, the verifiers')."""
    tagger = default_tagger() if doc.tagger is True else (doc.tagger or None)
    if tagger is None:
        return []
    marks = [m for m in tagger.marks(text) if not any(s.start < m[1] and m[0] < s.end for s in found)]
    if not marks:
        return []
    kept = set(doc.kept_words) | {fold(w) for a, b in verifiers for w in WORD.findall(text[a:b])}
    return [Span(a, b, kind, text[a:b]) for a, b, kind in tagged_spans(text, marks, kept, verifiers + mentions)
            if not doc.is_verifier(text[a:b], whole=True) and not _findings(text, a, b)]


def _findings(text: str, a: int, b: int) -> bool:
    """Nothing but clinical acronyms of three letters or more, in capitals, and no name after them ("NSTEMI
    DNACPR 4040", "DKA Dr Parekh"): a board's findings, not a name or a place (initials such as "NK" and a grade
    before a name, "ANP Rachel Oduwole", stay marked)."""
    words = WORD.findall(text[a:b])
    if not words or not all(len(w) >= 3 and w.isupper() and w in clinical_acronyms() for w in words):
        return False
    nxt = re.match(r"[ \t]+([A-Z][a-z'’-]+)", text[b:b + 40])
    return not nxt or nxt.group(1) in ("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof")


def tagger(p: Pass) -> None:
    """What the context tagger (:mod:`pipeline.anonymise.tagger`) marks where the rules found nothing."""
    p.spans.extend(_tagged(p.doc, p.text, p.spans, p.verifiers, p.applicant_mentions))
