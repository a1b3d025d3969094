"""Score fusion: the dense score (passage-averaged, hub-corrected, plus the best passage's share) and the sparse
TF-IDF score are standardised over the statements and mixed; a second outcome with passages of its own is
credited below the first; a heading is never the supporting passage.

The real model and index on the four statements of the ``mini`` curriculum (tests/conftest.py); passage vectors
are the statements' own vectors where a test needs a passage that is exactly about one statement.
"""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.model import Passage
from pipeline.suggest import SuggestSettings, Suggester

TEXT = ("I inserted an intraosseous needle in a shocked infant in resus.\n"
        "I discussed the plan with the family and the nursing team.")


def _suggester(model, curriculum, **settings) -> Suggester:
    base = {"adapt": False, "distinct_weight": 0.0, "passage_weight": 0.0}
    return Suggester(settings=SuggestSettings(**(base | settings)), model=model, none_model=False).fit([curriculum])


def _z(x: np.ndarray) -> np.ndarray:
    return (x - x.mean()) / x.std()


def _rows(suggester) -> dict[str, int]:
    return {n.id: i for i, n in enumerate(suggester.index_.nodes)}


@pytest.fixture(scope="module")
def vectors(model):
    return model.encode(TEXT.splitlines())


@pytest.mark.parametrize("weight", [0.0, 0.25, 0.5, 1.0])
def test_fused_is_the_weighted_sum_of_the_standardised_dense_and_sparse_scores(model, mini_curriculum, vectors,
                                                                                 weight):
    parts = _suggester(model, mini_curriculum, sparse_weight=weight).score_parts(vectors, TEXT)
    assert np.allclose(parts.dense, parts.dense_pp.mean(axis=0), atol=1e-6)  # no best-passage share here
    expected = (1 - weight) * _z(parts.dense) + weight * _z(parts.sparse)
    assert np.allclose(parts.fused, expected, atol=1e-5)
    assert abs(float(parts.fused.mean())) < 1e-5  # standardised: no curriculum's own scale survives


def test_the_sparse_score_is_the_tfidf_cosine_of_the_document_and_each_statement(model, mini_curriculum, vectors):
    suggester = _suggester(model, mini_curriculum)
    rows = _rows(suggester)
    title = suggester.index_.nodes[rows["mini:B"]].title
    parts = suggester.score_parts(vectors, title)
    assert parts.sparse[rows["mini:B"]] == pytest.approx(1.0, abs=1e-5)  # the statement's own words
    assert ((parts.sparse >= 0) & (parts.sparse < 1.0 - 1e-3)).sum() == len(rows) - 1


def test_the_sparse_share_lifts_the_statement_whose_words_the_document_uses(model, mini_curriculum):
    """The passage is exactly about A (its vector); the text uses B's words: dense alone ranks A first, sparse
    alone B."""
    dense_only = _suggester(model, mini_curriculum, sparse_weight=0.0)
    sparse_only = _suggester(model, mini_curriculum, sparse_weight=1.0)
    rows = _rows(dense_only)
    passage = dense_only.index_.vectors[[rows["mini:A"]]]
    text = dense_only.index_.nodes[rows["mini:B"]].title
    assert int(np.argmax(dense_only.score_parts(passage, text).fused)) == rows["mini:A"]
    assert int(np.argmax(sparse_only.score_parts(passage, text).fused)) == rows["mini:B"]


def test_the_best_passage_takes_its_share_of_the_dense_score(model, mini_curriculum, vectors):
    parts = _suggester(model, mini_curriculum, passage_weight=0.3).score_parts(vectors, TEXT)
    expected = 0.7 * parts.dense_pp.mean(axis=0) + 0.3 * parts.dense_pp.max(axis=0)
    assert np.allclose(parts.dense, expected, atol=1e-6)
    assert (parts.best_passage == parts.dense_pp.argmax(axis=0)).all()


def test_a_second_outcome_with_a_passage_of_its_own_is_credited_below_the_first(model, mini_curriculum):
    """Two passages about outcome A, one about B.1: B's statements gain a third of the distinct weight, capped
    just below the first place; the first place and A's statements do not move."""
    plain = _suggester(model, mini_curriculum, sparse_weight=0.0)
    credited = _suggester(model, mini_curriculum, sparse_weight=0.0, distinct_weight=0.5)
    rows = _rows(plain)
    passages = plain.index_.vectors[[rows["mini:A"], rows["mini:A.1"], rows["mini:B.1"]]]
    before = plain.score_parts(passages, "").fused
    after = credited.score_parts(passages, "").fused
    top = int(np.argmax(before))
    assert plain.index_.nodes[top].outcome == "mini:A"  # the case described
    assert int(np.argmax(after)) == top and after[top] == pytest.approx(before[top])
    for node in ("mini:A", "mini:A.1"):
        assert after[rows[node]] == pytest.approx(before[rows[node]])
    for node in ("mini:B", "mini:B.1"):
        r = rows[node]
        assert after[r] == pytest.approx(min(before[r] + 0.5 / 3, before[top] - 1e-3), abs=1e-5)
        assert after[r] > before[r] and after[r] < after[top]


def test_a_heading_is_never_the_supporting_passage_unless_all_are(model, mini_curriculum):
    suggester = _suggester(model, mini_curriculum)
    rows = _rows(suggester)
    vectors = suggester.index_.vectors[[rows["mini:B"], rows["mini:A"]]]  # the heading is exactly about B
    heading = Passage(index=0, text="Lateral canthotomy", start=0, end=18, heading=True)
    body = Passage(index=1, text="I talked to the family.", start=19, end=42)
    parts = suggester.score_parts(vectors, "", [heading, body])
    assert parts.dense_pp[0, rows["mini:B"]] > parts.dense_pp[1, rows["mini:B"]]
    assert parts.best_passage[rows["mini:B"]] == 1
    both = suggester.score_parts(vectors, "", [heading, Passage(1, "Resus", 19, 24, heading=True)])
    assert both.best_passage[rows["mini:B"]] == 0


def test_a_document_without_passages_scores_nothing(model, mini_curriculum):
    suggester = _suggester(model, mini_curriculum, sparse_weight=0.5)
    parts = suggester.score_parts(np.zeros((0, model.dimension), dtype=np.float32), "anything")
    assert parts.raw_pp.shape == (0, len(mini_curriculum.nodes))
    assert not parts.fused.any() and not parts.dense.any() and not parts.sparse.any()


def _blas_threads() -> list[int]:
    """numpy's BLAS's threads (others loaded by the tests, OpenMP ones, count per thread)."""
    from threadpoolctl import threadpool_info

    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas" and "numpy" in lib["filepath"]]


def test_a_document_is_scored_on_one_blas_thread_with_the_same_scores(model, mini_curriculum, vectors):
    """Scoring runs with numpy's BLAS on one thread (idle BLAS threads spin after each small product); the
    scores are those of the machine's default, and the default is given back, also when blocks overlap."""
    import threading

    from threadpoolctl import threadpool_limits

    from pipeline.model import Document
    from pipeline.suggest import one_blas_thread

    suggester = _suggester(model, mini_curriculum, distinct_weight=0.5, passage_weight=0.5)
    passages = [Passage(index=i, text=t, start=0, end=len(t)) for i, t in enumerate(TEXT.splitlines())]
    with threadpool_limits(2, user_api="blas"):
        default = suggester.score_parts(vectors, TEXT, passages)
        with one_blas_thread():
            assert set(_blas_threads()) == {1}
            one = suggester.score_parts(vectors, TEXT, passages)
        assert set(_blas_threads()) == {2}
        for name in ("raw_pp", "dense_pp", "dense", "sparse", "fused", "best_passage"):
            assert getattr(one, name).tobytes() == getattr(default, name).tobytes(), name
        analysis = suggester.analyse_embedded(Document(path="x.txt", sha256="0", text=TEXT), passages, vectors)
        assert analysis.suggestions and set(_blas_threads()) == {2}
        # another thread's block inside this one's: one thread until the last block is left, then the default
        seen = []

        def other():
            with one_blas_thread():
                seen.append(_blas_threads())
            seen.append(_blas_threads())

        with one_blas_thread():
            thread = threading.Thread(target=other)
            thread.start()
            thread.join()
            assert seen == [[1], [1]] and set(_blas_threads()) == {1}
        assert set(_blas_threads()) == {2}
