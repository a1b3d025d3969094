"""Learning from the doctor's decisions: the head and the simulated review, on small exact vectors."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.learn import DecisionHead, document_vector, simulate_review

NODES = ["c:A", "c:A.1", "c:B", "c:C"]
OUTCOME = {"c:A": "c:A", "c:A.1": "c:A", "c:B": "c:B", "c:C": "c:C"}


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_document_vector_is_the_normalised_mean():
    v = document_vector(np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float32))
    assert np.allclose(v, _unit(1, 1, 0))
    assert document_vector(np.zeros((0, 3), dtype=np.float32)).shape == (3,)


def test_accepted_and_rejected_nodes_move_similar_documents():
    vectors = np.stack([_unit(1, 0.1, 0), _unit(1, 0, 0.1), _unit(0, 1, 0), _unit(0, 0.1, 1)])
    decisions = [{"c:B": 1, "c:A": -1}, {"c:B": 1}, {"c:C": 1}, {"c:C": 1}]
    head = DecisionHead().fit(vectors, decisions)
    near_first = head.adjust(_unit(1, 0.05, 0.05), NODES)
    assert near_first[NODES.index("c:B")] > 0 > near_first[NODES.index("c:A")]
    assert near_first[NODES.index("c:C")] <= near_first[NODES.index("c:B")]
    # nothing reviewed, or an empty document: no change
    assert not DecisionHead().fit(np.zeros((0, 3)), []).adjust(_unit(1, 0, 0), NODES).any()
    assert not head.adjust(np.zeros(3, dtype=np.float32), NODES).any()


def test_fit_needs_one_decision_per_vector():
    with pytest.raises(ValueError):
        DecisionHead().fit(np.zeros((2, 3)), [{"c:A": 1}])


def test_simulated_review_learns_a_systematic_error():
    # Every document is about B, but A scores highest: after a few reviews the head should fix the rest.
    rng = np.random.default_rng(0)
    scores = [np.array([1.0, 0.2, 0.6, 0.0]) for _ in range(12)]
    vectors = [_unit(1, *(0.05 * rng.standard_normal(2))) for _ in range(12)]
    gold = [{"c:B"} for _ in range(12)]
    rows = simulate_review(scores, vectors, NODES, gold, OUTCOME, [0, 4])
    assert rows[0]["P@1 without"] == rows[0]["P@1 with"] == 0.0
    assert rows[1]["remaining"] == 8 and rows[1]["P@1 without"] == 0.0 and rows[1]["P@1 with"] == 1.0


def test_acceptable_outcomes_are_neither_rejected_nor_counted():
    # A is acceptable: measuring skips it, so B (gold) is first even without learning.
    scores = [np.array([1.0, 0.2, 0.6, 0.0]) for _ in range(6)]
    vectors = [_unit(1, 0, 0) for _ in range(6)]
    gold = [{"c:B"} for _ in range(6)]
    rows = simulate_review(scores, vectors, NODES, gold, OUTCOME, [0, 3], acceptable=[{"c:A"}] * 6)
    assert all(r["P@1 without"] == 1.0 and r["P@1 with"] == 1.0 for r in rows)


def _writer(n: int, seed: int) -> tuple[np.ndarray, np.ndarray, list[dict[str, int]]]:
    """A doctor whose documents are about B or C; the engine over-rates A by about 0.8 in all of them, so A
    comes first in most though it is never accepted. Vectors are random: no neighbour explains anything."""
    rng = np.random.default_rng(seed)
    scores, decisions = [], []
    for i in range(n):
        right = "c:B" if i % 2 else "c:C"
        row = rng.normal(0, 0.3, len(NODES)).astype(np.float32)
        row[NODES.index(right)] += 1.0
        row[NODES.index("c:A")] += 1.0 + 0.8 * rng.random()
        scores.append(row)
        decisions.append({right: 1, "c:A": -1})
    vectors = rng.normal(size=(n, 8)).astype(np.float32)
    return np.array(scores), vectors, decisions


def test_outcome_offsets_learn_an_outcome_the_engine_over_rates():
    scores, vectors, decisions = _writer(40, seed=1)
    head = DecisionHead().fit(vectors[:30], decisions[:30], scores=scores[:30], node_ids=NODES, groups=OUTCOME)
    offsets = head.outcome_offsets
    assert head.bias_gain_ > 0 and offsets["c:A"] < 0 < offsets["c:B"]
    # the node of A's outcome moves with it, and the unseen documents' top suggestions become right
    adjust = head.adjust(vectors[30], NODES)
    assert adjust[NODES.index("c:A.1")] == pytest.approx(offsets["c:A"])
    right = {"c:B", "c:C"}
    before = sum(NODES[int(np.argmax(s))] in right for s in scores[30:])
    after = sum(NODES[int(np.argmax(s + head.adjust(v, NODES)))] in right for s, v in zip(scores[30:], vectors[30:]))
    assert after > before and after >= 8


def test_outcome_offsets_wait_for_enough_documents_and_need_scores():
    scores, vectors, decisions = _writer(12, seed=2)
    few = DecisionHead().fit(vectors[:5], decisions[:5], scores=scores[:5], node_ids=NODES, groups=OUTCOME)
    assert few.outcome_offsets == {}  # fewer than bias_min_documents (10) with an accepted outcome
    unscored = DecisionHead().fit(vectors, decisions)
    assert unscored.outcome_offsets == {}
    off = DecisionHead(outcome_bias=False).fit(vectors, decisions, scores=scores, node_ids=NODES, groups=OUTCOME)
    assert off.outcome_offsets == {}


def test_outcome_offsets_gate_closes_when_they_would_have_hurt():
    # the engine is right on every reviewed document: offsets fitted without one can only move a right top
    # suggestion away, so their leave-one-out gain is not positive and, below bias_min_gain 1, they stay off
    rng = np.random.default_rng(3)
    scores = rng.normal(0, 0.1, (14, len(NODES))).astype(np.float32)
    decisions = []
    for i, row in enumerate(scores):
        right = NODES[[0, 2, 3][i % 3]]
        row[NODES.index(right)] += 2.0
        decisions.append({right: 1})
    head = DecisionHead(bias_min_gain=1).fit(rng.normal(size=(14, 8)), decisions, scores=scores, node_ids=NODES,
                                             groups=OUTCOME)
    assert head.bias_gain_ <= 0 and head.outcome_offsets == {}


def test_score_row_fills_the_nodes_not_kept_with_the_lowest_kept_score():
    from pipeline.learn import score_row

    row = score_row({"c:B": 2.0, "c:A": 0.5}, NODES)
    assert row.tolist() == [0.5, 0.5, 2.0, 0.5]


def test_no_outcome_offsets_for_a_flat_taxonomy_of_many_outcomes():
    scores, vectors, decisions = _writer(20, seed=4)
    many = {node: node for node in NODES}
    head = DecisionHead(bias_max_outcomes=3).fit(vectors, decisions, scores=scores, node_ids=NODES, groups=many)
    assert head.outcome_offsets == {} and head.bias_gain_ == 0
    assert DecisionHead().fit(vectors, decisions, scores=scores, node_ids=NODES, groups=many).outcome_offsets


def test_the_neighbours_gate_is_measured_on_at_most_gate_documents(monkeypatch):
    import pipeline.learn as learn

    scores, _vectors, decisions = _writer(40, seed=5)
    # every document alike, so that each one's neighbours vote for the accepted outcomes
    vectors = np.tile(_unit(1, 0, 0), (40, 1)) + np.random.default_rng(5).normal(0, 0.01, (40, 3))
    full = DecisionHead(min_similarity=0.0, outcome_bias=False).fit(vectors, decisions, scores=scores,
                                                                    node_ids=NODES, groups=OUTCOME)
    monkeypatch.setattr(learn, "GATE_DOCUMENTS", 6)
    capped = DecisionHead(min_similarity=0.0, outcome_bias=False).fit(vectors, decisions, scores=scores,
                                                                      node_ids=NODES, groups=OUTCOME)
    assert full.gain_[1.0] > 6 >= abs(capped.gain_[1.0]) and capped.gain_[1.0] > 0
