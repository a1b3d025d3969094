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
