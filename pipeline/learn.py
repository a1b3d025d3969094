"""Learning from the doctor's decisions.

:class:`DecisionHead` remembers, for every document the doctor has reviewed,
its vector (the mean of its passage embeddings) and what was decided:
accepted or added nodes (+1), rejected ones (-1).  For a new document the
nearest reviewed documents vote: a node accepted on similar evidence moves
up, a node rejected on similar evidence moves down, in proportion to the
similarity.  It follows scikit-learn's estimator API (``fit`` then
``predict``-style :meth:`adjust`), does no work in ``__init__``, and needs no
retraining of the embedding model, so it updates instantly after each decision.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

__all__ = ["DecisionHead", "document_vector", "simulate_review"]


def document_vector(passage_vectors: np.ndarray) -> np.ndarray:
    """A document's vector: the normalised mean of its passage embeddings."""
    if passage_vectors.shape[0] == 0:
        return np.zeros(passage_vectors.shape[1] if passage_vectors.ndim == 2 else 0, dtype=np.float32)
    mean = passage_vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm).astype(np.float32) if norm > 0 else mean.astype(np.float32)


@dataclass
class DecisionHead:
    """Nearest-reviewed-documents adjustment of suggestion scores, applied only where it has helped.

    Two safeguards keep learning from hurting:

    * **Shrinkage.** The vote of the reviewed documents is scaled by
      ``n / (n + prior)`` where ``n`` is the number of reviewed documents that
      voted: a handful of decisions moves little, many decisions move more.
    * **A gate on measured gain.** Given the engine's own scores for the reviewed
      documents (``fit(..., scores=..., node_ids=...)``), every reviewed document
      is re-ranked with the adjustment learned from the *other* reviewed documents
      (leave-one-out).  Each ``scale`` in ``scales`` is tried; the largest net
      gain (documents whose top suggestion became right minus those that became
      wrong) picks the scale, and the adjustment is switched off (``scale_ = 0``)
      unless that gain is at least ``min_gain``.  Without scores there is no gate
      and the shrunk adjustment is applied at ``weight``.

    It follows scikit-learn's estimator API (``fit`` then ``predict``-style
    :meth:`adjust`), does no work in ``__init__``, and needs no retraining of the
    embedding model, so it updates instantly after each decision.

    Args:
        neighbours: How many reviewed documents vote.
        min_similarity: Documents less similar than this do not vote.
        weight: Size of a full vote, in units of the fused score (a z-score).
        negative_weight: Rejections count this much of an acceptance (prototype mode).
        prior: Shrinkage: pseudo-count of reviewed documents that vote for "no change".
        scales: Multipliers of ``weight`` the gate chooses from (0 is always allowed).
        min_gain: Net leave-one-out gain (documents) the gate requires.
    """

    neighbours: int = 8
    min_similarity: float = 0.3
    weight: float = 2.0
    mode: str = "neighbours"
    negative_weight: float = 0.5
    prior: float = 0.0
    scales: tuple[float, ...] = (1.0,)
    min_gain: int = 0

    def fit(self, vectors: np.ndarray, decisions: list[dict[str, int]], scores: np.ndarray | None = None,
            node_ids: list[str] | None = None, groups: dict[str, str] | None = None) -> "DecisionHead":
        """Remember reviewed documents and, given their scores, decide whether learning helps.

        Args:
            vectors: One document vector per reviewed document (see :func:`document_vector`).
            decisions: Per document, ``{node_id: +1 (accepted/added) or -1 (rejected)}``.
            scores: Optional, one row per reviewed document: the engine's scores over
                ``node_ids`` *without* learning.  Turns on the leave-one-out gate.
            node_ids: The node ids of the columns of ``scores``.
            groups: Optional ``node_id -> outcome``: a top suggestion is right when its
                outcome was accepted (as :func:`simulate_review` counts it); without it, when
                the node itself was accepted.
        """
        if len(vectors) != len(decisions):
            raise ValueError("one decision dict per document vector")
        if scores is not None and (node_ids is None or len(scores) != len(decisions)):
            raise ValueError("scores need node_ids and one row per document")
        vectors = np.asarray(vectors, dtype=np.float32)
        vectors = vectors.reshape(len(decisions), -1) if len(decisions) else vectors.reshape(0, 0)
        # Centre on the mean reviewed document: letters share a large common
        # direction, and only what is distinctive about a document should vote.
        self.mean_ = vectors.mean(axis=0) if len(decisions) else np.zeros(0, dtype=np.float32)
        self.vectors_ = np.array([_unit(v - self.mean_) for v in vectors]) if len(decisions) else vectors
        self.decisions_ = [dict(d) for d in decisions]
        pos: dict[str, list[int]] = {}
        neg: dict[str, list[int]] = {}
        for i, verdicts in enumerate(self.decisions_):
            for node, verdict in verdicts.items():
                (pos if verdict > 0 else neg).setdefault(node, []).append(i)
        self.prototypes_ = {node: _centroid(self.vectors_[rows]) for node, rows in pos.items()}
        self.negatives_ = {node: _centroid(self.vectors_[rows]) for node, rows in neg.items()}
        self.scale_ = 1.0
        self.gain_: dict[float, int] | None = None
        if scores is not None and self.n_documents:
            self.scale_, self.gain_ = self._gate(np.asarray(scores, dtype=np.float32), list(node_ids), groups)
        return self

    @property
    def n_documents(self) -> int:
        return len(getattr(self, "decisions_", []))

    @property
    def active(self) -> bool:
        """Whether :meth:`adjust` changes anything (something learned and the gate open)."""
        return bool(self.n_documents) and getattr(self, "scale_", 1.0) > 0

    def adjust(self, vector: np.ndarray, node_ids: list[str]) -> np.ndarray:
        """Score adjustment for each of ``node_ids`` for a document with ``vector``."""
        if not self.active or not np.any(vector):
            return np.zeros(len(node_ids), dtype=np.float32)
        return self.scale_ * self._raw(_unit(vector - self.mean_), node_ids)

    def _raw(self, vector: np.ndarray, node_ids: list[str], exclude: int | None = None) -> np.ndarray:
        """The shrunk adjustment at ``weight`` for a centred unit ``vector``, without reviewed document ``exclude``."""
        out = np.zeros(len(node_ids), dtype=np.float32)
        position = {node: i for i, node in enumerate(node_ids)}
        if self.mode == "prototype":
            for node, i in position.items():
                if node in self.prototypes_:
                    out[i] += self.weight * max(0.0, float(self.prototypes_[node] @ vector) - self.min_similarity)
                if node in self.negatives_:
                    out[i] -= self.weight * self.negative_weight * max(
                        0.0, float(self.negatives_[node] @ vector) - self.min_similarity)
            n = self.n_documents
            return out / (1 - self.min_similarity) * (n / (n + self.prior))
        sims = self.vectors_ @ vector
        if exclude is not None:
            sims[exclude] = -np.inf
        nearest = np.argsort(-sims)[: self.neighbours]
        total, voters = 0.0, 0
        for j in nearest:
            strength = (sims[j] - self.min_similarity) / (1 - self.min_similarity)
            if strength <= 0:
                continue
            total += strength
            voters += 1
            for node, verdict in self.decisions_[j].items():
                if node in position:
                    out[position[node]] += strength * verdict
        if total > 0:
            out *= self.weight / max(1.0, total) * (voters / (voters + self.prior))
        return out

    def _gate(self, scores: np.ndarray, node_ids: list[str], groups: dict[str, str] | None
              ) -> tuple[float, dict[float, int]]:
        """Leave-one-out net gain in top-1 on the reviewed documents for each scale; the scale to use."""
        group = (lambda node: groups.get(node, node)) if groups else (lambda node: node)
        raw = [self._raw(self.vectors_[i].copy(), node_ids, exclude=i) for i in range(self.n_documents)]
        gain = {}
        for scale in self.scales:
            net = 0
            for i, verdicts in enumerate(self.decisions_):
                accepted = {group(node) for node, v in verdicts.items() if v > 0}
                if not accepted or not raw[i].any():
                    continue
                before = group(node_ids[int(np.argmax(scores[i]))]) in accepted
                after = group(node_ids[int(np.argmax(scores[i] + scale * raw[i]))]) in accepted
                net += int(after) - int(before)
            gain[scale] = net
        best = max(gain, key=lambda s: (gain[s], -s)) if gain else 0.0
        return (best if gain.get(best, 0) >= self.min_gain else 0.0), gain


def simulate_review(scores: list[np.ndarray], vectors: list[np.ndarray], node_ids: list[str],
                    gold: list[set[str]], outcome_of: dict[str, str], steps: list[int],
                    head: DecisionHead | None = None, rejected_per_doc: int = 3,
                    acceptable: list[set[str]] | None = None) -> list[dict]:
    """Simulated review: the doctor reviews documents in order; accuracy on the rest.

    At each ``k`` in ``steps`` the first ``k`` documents are reviewed: their
    labelled nodes are accepted and the top wrong suggestions (up to
    ``rejected_per_doc``) rejected.  P@1 and R@3 at outcome level are then
    measured on documents ``k:`` only, with and without the head. Outcomes
    in ``acceptable`` (defensible extras, node ids) are neither rejected by the
    simulated doctor nor counted for or against, as in
    :func:`pipeline.evaluate.metrics`.

    Returns:
        One dict per step: ``k``, ``remaining``, ``P@1``/``R@3`` without and with learning.
    """
    head = head or DecisionHead()
    extra = [{outcome_of[n] for n in a if n in outcome_of} for a in (acceptable or [set() for _ in gold])]
    decisions: list[dict[str, int]] = []
    for doc_scores, labels, ok in zip(scores, gold, extra):
        verdicts = {node: 1 for node in labels if node in outcome_of}
        gold_outcomes = {outcome_of[n] for n in labels if n in outcome_of}
        wrong = [node_ids[i] for i in np.argsort(-doc_scores)
                 if outcome_of[node_ids[i]] not in gold_outcomes and outcome_of[node_ids[i]] not in ok]
        for node in wrong[:rejected_per_doc]:
            verdicts[node] = -1
        decisions.append(verdicts)
    results = []
    for k in steps:
        if k >= len(scores):
            break
        fitted = replace(head).fit(np.array(vectors[:k]), decisions[:k], scores=np.array(scores[:k]),
                                   node_ids=node_ids, groups=outcome_of)
        row = {"k": k, "remaining": len(scores) - k}
        for name, use in (("without", False), ("with", True)):
            p1, r3 = [], []
            for s, v, labels, ok in zip(scores[k:], vectors[k:], gold[k:], extra[k:]):
                final = s + fitted.adjust(v, node_ids) if use else s
                gold_outcomes = {outcome_of[n] for n in labels if n in outcome_of}
                ranked: list[str] = []
                for i in np.argsort(-final, kind="stable"):
                    o = outcome_of[node_ids[i]]
                    if o not in ranked and (o in gold_outcomes or o not in ok):
                        ranked.append(o)
                p1.append(1.0 if ranked[0] in gold_outcomes else 0.0)
                r3.append(len(gold_outcomes & set(ranked[:3])) / max(1, len(gold_outcomes)))
            row[f"P@1 {name}"] = float(np.mean(p1))
            row[f"R@3 {name}"] = float(np.mean(r3))
        results.append(row)
    return results


def _unit(v: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(v))
    return (v / norm).astype(np.float32) if norm > 0 else v.astype(np.float32)


def _centroid(rows: np.ndarray) -> np.ndarray:
    return _unit(rows.mean(axis=0))
