"""Hubness: each statement's similarity to background evidence in general, subtracted from its similarity to a
passage, so that a generic statement ("work well with the team") does not win on every document.

The real model and the shipped background passages (models/background.jsonl) on the four statements of the
``mini`` curriculum (tests/conftest.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.index import HUBNESS_K, CapabilityIndex, background_texts
from pipeline.suggest import SuggestSettings, Suggester


@pytest.fixture(scope="module")
def index(model, mini_curriculum):
    return CapabilityIndex.build([mini_curriculum], model)


def _row(index, node_id: str) -> int:
    return [n.id for n in index.nodes].index(node_id)


def _suggester(model, curriculum, hub_weight: float) -> Suggester:
    settings = SuggestSettings(hub_weight=hub_weight, sparse_weight=0.0, adapt=False, distinct_weight=0.0)
    return Suggester(settings=settings, model=model, none_model=False).fit([curriculum])


def test_hubness_is_the_mean_of_the_nearest_background_passages(model, index):
    assert index.hubness.shape == (len(index.nodes),) and np.isfinite(index.hubness).all()
    assert ((index.hubness > -1) & (index.hubness < 1)).all()
    # the nearest HUBNESS_K of a part of the background can be no nearer than the nearest of all of it
    part = model.encode(background_texts()[:2 * HUBNESS_K])
    sims = part @ index.vectors.T
    lower = np.sort(sims, axis=0)[-HUBNESS_K:].mean(axis=0)
    assert (lower <= index.hubness + 1e-5).all()
    # and no mean of K similarities exceeds the best of them: at most the nearest background passage
    assert (index.hubness <= 1.0).all()


def test_hubness_is_kept_with_the_cached_index(model, mini_curriculum, index):
    again = CapabilityIndex.build([mini_curriculum], model)
    assert again.from_cache and again.key == index.key
    assert np.allclose(again.hubness, index.hubness, atol=1e-6)  # stored to 6 decimals


def test_a_generic_statement_is_nearer_the_background_than_a_specific_one(index):
    generic, specific = index.hubness[_row(index, "mini:A")], index.hubness[_row(index, "mini:B")]
    assert generic > specific + 0.05, (generic, specific)


@pytest.mark.parametrize("weight", [0.0, 1.0, 2.0])
def test_the_correction_subtracts_each_statements_hubness_times_the_weight(model, mini_curriculum, weight):
    suggester = _suggester(model, mini_curriculum, weight)
    vectors = model.encode(["I inserted an intraosseous needle in a shocked infant in resus.",
                            "I discussed the plan with the family and the nursing team."])
    parts = suggester.score_parts(vectors, "")
    hubness = suggester.index_.hubness
    assert np.allclose(parts.raw_pp, vectors @ suggester.index_.vectors.T, atol=1e-6)
    assert np.allclose(parts.dense_pp, parts.raw_pp - weight * hubness[None, :], atol=1e-6)


def test_the_correction_ranks_a_specific_statement_above_a_generic_one_a_passage_is_as_near(model, mini_curriculum):
    """A passage between the generic A and the specific B, a little nearer A: plain cosine ranks A first, the
    corrected score B (A's advantage is smaller than its extra hubness)."""
    on = _suggester(model, mini_curriculum, 1.0)
    off = _suggester(model, mini_curriculum, 0.0)
    index = on.index_
    a, b = _row(index, "mini:A"), _row(index, "mini:B")
    passage = 1.02 * index.vectors[a] + index.vectors[b]
    passage = (passage / np.linalg.norm(passage))[None, :].astype(np.float32)
    raw = (passage @ index.vectors.T)[0]
    assert 0 < raw[a] - raw[b] < index.hubness[a] - index.hubness[b]  # the case described
    assert int(np.argmax(off.score_parts(passage, "").fused)) == a
    assert int(np.argmax(on.score_parts(passage, "").fused)) == b
