"""Detector: the context tagger's marks (:mod:`pipeline.anonymise.tagger`) where the rules found nothing."""

from __future__ import annotations

from ..lexicon import fold
from ..resolver import Span
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
            if not doc.is_verifier(text[a:b], whole=True)]


def tagger(p: Pass) -> None:
    """What the context tagger (:mod:`pipeline.anonymise.tagger`) marks where the rules found nothing."""
    p.spans.extend(_tagged(p.doc, p.text, p.spans, p.verifiers, p.applicant_mentions))
