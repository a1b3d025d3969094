"""Ranking settings adapted to a taxonomy, measured from the taxonomy itself.

The suggester's default ``hub_weight`` (1.0) and ``sparse_weight`` (0.5) were tuned on the
specialty curricula: 9 to 80 nodes whose embedded text (title, description, typical evidence)
runs to 58-103 words on average, and whose statements sit close to the background corpus of
clinical evidence (mean similarity to their 20 nearest background passages: 0.38-0.47). A
user's own taxonomy is often nothing like that. ESCO's skill list is 13,896 labels of 3.6
words on average, with no descriptions, and a mean background similarity of 0.16. On job-ad
and CV sentences against that list (``corpora/esco/sentences/dev.jsonl``, RP@5), the
curriculum settings cost a third of plain embedding cosine: 0.375 with neither correction,
0.23 with both.

Two measured properties decide, per curriculum (so ESCO and a specialty can share one index):

- **Statement length** (mean words of the embedded node text) sets the share of character
  n-gram TF-IDF. A document matches a long statement's n-grams through the statement's real
  vocabulary; a three-word label has a few dozen n-grams, and which of them a paraphrasing
  sentence happens to share is noise that the z-scored fusion then weighs like a signal
  (ESCO dev: sparse share 0.05 already costs 0.01 RP@5, 0.15 costs 0.03, 0.5 costs 0.14). A
  statement of a verb, an object and a context shares real words with evidence written about it:
  on the 14,000 six-word statements of ``tests/test_large_taxonomy.py`` (letters that use their
  words), 48 of 60 top suggestions are on topic with a share of 0 to 0.2 and 60 with 0.3 to 0.5.
  The share ramps linearly from none at ``SHORT_WORDS`` (a skill's name) to the full setting at
  ``LONG_WORDS``.
  Word n-grams were tried in place of characters on that set and were worse at every share.
- **Background affinity** (mean hubness: the index's similarity of each statement to its
  nearest background passages) sets the hubness correction. The
  correction subtracts each statement's similarity to a reference set of evidence (the CSLS
  correction); it removes the unearned lead of generic statements only when that reference set
  is the taxonomy's own domain. Statements far from it (a non-clinical taxonomy) get no
  correction; the weight ramps from none at ``FOREIGN_AFFINITY`` to full at ``NATIVE_AFFINITY``.

Every bundled curriculum lies beyond both upper ends (58+ words, affinity 0.38+), so its
settings are exactly the defaults: their figures do not move.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .index import node_text
from .model import Capability

__all__ = ["TaxonomyProfile", "profile_taxonomy", "adapted_weights", "node_weights",
           "SHORT_WORDS", "LONG_WORDS", "FOREIGN_AFFINITY", "NATIVE_AFFINITY"]

#: Mean words per statement at or below which the sparse channel gets no weight.
SHORT_WORDS = 4.0
#: Mean words per statement at or above which it gets the full ``sparse_weight``.
LONG_WORDS = 7.0
#: Mean background similarity at or below which no hubness correction is made.
FOREIGN_AFFINITY = 0.20
#: Mean background similarity at or above which the full ``hub_weight`` applies.
NATIVE_AFFINITY = 0.35


@dataclass(frozen=True)
class TaxonomyProfile:
    """What the ranking settings are decided from, measured on one taxonomy.

    Attributes:
        statements: Number of nodes.
        mean_words: Mean word count of the embedded node text (title, description, typical evidence).
        described: Share of nodes with a description or typical evidence.
        background_affinity: Mean similarity of a statement to its nearest background passages
            (its hubness); ``nan`` when unknown.
    """

    statements: int
    mean_words: float
    described: float
    background_affinity: float

    def as_dict(self) -> dict:
        return {"statements": self.statements, "mean_words": round(self.mean_words, 2),
                "described": round(self.described, 3), "background_affinity": round(self.background_affinity, 3)}


def profile_taxonomy(nodes: list[Capability], hubness: np.ndarray | None = None) -> TaxonomyProfile:
    """Measure a taxonomy's nodes (and their hubness, rows aligned with ``nodes``, when known)."""
    if not nodes:
        return TaxonomyProfile(0, 0.0, 0.0, float("nan"))
    words = np.array([len(node_text(n).split()) for n in nodes], dtype=np.float64)
    described = float(np.mean([bool(n.description or n.typical_evidence) for n in nodes]))
    affinity = float(np.mean(hubness)) if hubness is not None and len(hubness) else float("nan")
    return TaxonomyProfile(len(nodes), float(words.mean()), described, affinity)


def _ramp(value: float, low: float, high: float) -> float:
    if np.isnan(value):
        return 1.0  # unknown: keep the tuned setting
    return float(np.clip((value - low) / (high - low), 0.0, 1.0))


def adapted_weights(profile: TaxonomyProfile, hub_weight: float, sparse_weight: float) -> tuple[float, float]:
    """``(hub_weight, sparse_weight)`` for a taxonomy with ``profile``, scaled from the tuned settings."""
    return (hub_weight * _ramp(profile.background_affinity, FOREIGN_AFFINITY, NATIVE_AFFINITY),
            sparse_weight * _ramp(profile.mean_words, SHORT_WORDS, LONG_WORDS))


def node_weights(nodes: list[Capability], hubness: np.ndarray, hub_weight: float, sparse_weight: float,
                 adapt: bool = True) -> tuple[np.ndarray, np.ndarray, dict[str, dict]]:
    """Per-row hubness and sparse weights for an index whose rows are ``nodes``.

    Each curriculum among ``nodes`` is profiled on its own rows. Returns ``(hub, sparse,
    profiles)``: two float32 arrays over rows, and per curriculum id its profile and weights.
    Without ``adapt`` every row gets the given settings.
    """
    hub = np.full(len(nodes), hub_weight, dtype=np.float32)
    sparse = np.full(len(nodes), sparse_weight, dtype=np.float32)
    profiles: dict[str, dict] = {}
    rows_of: dict[str, list[int]] = {}
    for i, n in enumerate(nodes):
        rows_of.setdefault(n.curriculum, []).append(i)
    for cid, rows in rows_of.items():
        profile = profile_taxonomy([nodes[i] for i in rows], hubness[rows] if hubness is not None else None)
        h, s = adapted_weights(profile, hub_weight, sparse_weight) if adapt else (hub_weight, sparse_weight)
        hub[rows], sparse[rows] = h, s
        profiles[cid] = {**profile.as_dict(), "hub_weight": round(h, 4), "sparse_weight": round(s, 4)}
    return hub, sparse, profiles
