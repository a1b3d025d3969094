"""The capability index's sparse (TF-IDF) side kept in the cache beside the dense index: loaded instead of refitted,
the same scores as a fresh fit, and refitted (not misread) when the file is of another format, for other
statements, damaged, or when the curriculum changes. The real vectorizer on the ``mini`` curriculum
(tests/conftest.py) and the shipped background passages."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.index import SPARSE_FORMAT, CapabilityIndex

TEXTS = ["I inserted an intraosseous needle in a shocked infant in resus and led the team.",
         "Audit of sepsis six compliance; re-audit after teaching showed improvement.", ""]


def _scores(index) -> list[bytes]:
    side, matrix = index.sparse
    vectorizer = side.vectorizer()
    return [(vectorizer.transform([t]) @ matrix).toarray().tobytes() for t in TEXTS]


def _meta(path) -> dict:
    with np.load(path, allow_pickle=False) as stored:
        return json.loads(str(stored["meta"]))


def test_the_sparse_side_is_stored_and_loaded_with_the_same_scores(model, mini_curriculum):
    fresh = CapabilityIndex.build([mini_curriculum], model, use_cache=False)
    assert fresh.sparse_path is None
    first = CapabilityIndex.build([mini_curriculum], model)
    first.sparse_path.unlink(missing_ok=True)
    expected = _scores(fresh)
    assert _scores(first) == expected  # fitted, then written
    assert first.sparse_path.is_file() and _meta(first.sparse_path)["format"] == SPARSE_FORMAT
    stamp = first.sparse_path.stat().st_mtime_ns
    again = CapabilityIndex.build([mini_curriculum], model)
    assert again.sparse_path == first.sparse_path
    assert _scores(again) == expected  # loaded: the same bytes as a fresh fit
    assert first.sparse_path.stat().st_mtime_ns == stamp  # read, not rewritten
    side, _ = again.sparse
    assert side.vocabulary_ == fresh.sparse[0].vocabulary_
    assert np.array_equal(side.idf_, fresh.sparse[0].idf_)


def _rewrite(path, **changes) -> None:
    with np.load(path, allow_pickle=False) as stored:
        arrays = {k: stored[k] for k in stored.files}
    meta = json.loads(str(arrays["meta"]))
    meta.update(changes.pop("meta", {}))
    arrays["meta"] = np.array(json.dumps(meta))
    arrays.update(changes)
    with open(path, "wb") as f:
        np.savez(f, **arrays)


@pytest.mark.parametrize("change", [
    {"meta": {"format": SPARSE_FORMAT - 1}},  # written by an older version
    {"meta": {"recipe": "tfidf/word/1-2"}},  # another vectorizer
    {"meta": {"sklearn": "0.0"}},  # another scikit-learn
    {"meta": {"ids": ["mini:A"]}},  # other statements
    {"idf": np.ones(3, dtype=np.float32)},  # arrays that do not fit together
])
def test_a_stored_sparse_side_that_does_not_match_is_refitted_not_misread(model, mini_curriculum, change):
    expected = _scores(CapabilityIndex.build([mini_curriculum], model, use_cache=False))
    path = CapabilityIndex.build([mini_curriculum], model).sparse_path
    CapabilityIndex.build([mini_curriculum], model).sparse  # noqa: B018 - written if it was not
    _rewrite(path, **change)
    assert _scores(CapabilityIndex.build([mini_curriculum], model)) == expected
    assert _meta(path)["format"] == SPARSE_FORMAT  # rewritten as it should be...
    stamp = path.stat().st_mtime_ns
    assert _scores(CapabilityIndex.build([mini_curriculum], model)) == expected
    assert path.stat().st_mtime_ns == stamp  # ...and read as it is the next time


def test_a_file_of_no_format_or_damaged_is_refitted(model, mini_curriculum):
    expected = _scores(CapabilityIndex.build([mini_curriculum], model, use_cache=False))
    path = CapabilityIndex.build([mini_curriculum], model).sparse_path
    for junk in (b"not an npz file", b""):
        path.write_bytes(junk)
        assert _scores(CapabilityIndex.build([mini_curriculum], model)) == expected
        assert _meta(path)["format"] == SPARSE_FORMAT
    with open(path, "wb") as f:  # an npz without the meta an older layout would lack
        np.savez(f, terms=np.array(["abc"]), idf=np.ones(1))
    assert _scores(CapabilityIndex.build([mini_curriculum], model)) == expected


def test_a_changed_curriculum_has_its_own_sparse_cache(model, mini_curriculum):
    changed = dataclasses.replace(mini_curriculum, content_hash=mini_curriculum.content_hash[::-1])
    before = CapabilityIndex.build([mini_curriculum], model).sparse_path
    assert CapabilityIndex.build([changed], model).sparse_path != before


def test_sparse_scores_counted_a_word_at_a_time_are_the_vectorizers_bit_for_bit(model, mini_curriculum, rcem):
    """``sparse_scores`` counts n-grams per distinct word (cached) instead of per character: the same float32
    bytes as ``vectorizer.transform([text]) @ matrix``, on texts with repeated and unseen words, cases, accents,
    ligatures, Greek final sigma, every kind of whitespace, and nothing at all; against scikit-learn's vectorizer
    fitted afresh, which the command that scores does not import."""
    from pathlib import Path

    texts = TEXTS + ["   ", "a", "ab", "x xy xyz wxyz vwxyz uvwxyz tuvwxyz", "ΟΔΟΣ ΟΔΟΣ. İstanbul ﬁne\u00a0nbsp\u2003em\x1cx\u2028y",
                     "Tab\tsep\nnew\r\nline  double   spaces\x0bvt\x0cff",
                     "e.g. i.e. Dr. O'Neil — “quoted” (sic) 120/80",
                     "Résumé RÉSUMÉ resume; CPR CPR cpr — sepsis SEPSIS Sepsis."]
    sample = Path(__file__).parent.parent / "corpora" / "sample" / "02-discharge-summary-sepsis.txt"
    texts += [sample.read_text(encoding="utf-8")]
    from sklearn.feature_extraction.text import TfidfVectorizer

    from pipeline.index import background_texts, node_text

    for curriculum in (mini_curriculum, rcem):
        index = CapabilityIndex.build([curriculum], model)
        side, matrix = index.sparse
        # scikit-learn's own vectorizer, fitted here as SPARSE_RECIPE says: the side scores without importing it
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=np.float32)
        vectorizer.fit([node_text(n) for n in index.nodes] + background_texts())
        assert vectorizer.vocabulary_ == side.vocabulary_ and vectorizer.idf_.tobytes() == side.idf_.tobytes()
        for text in texts:
            assert side.analyse(text) == vectorizer.build_analyzer()(text)
        for _ in range(2):  # the words' n-grams worked out, then remembered
            for text in texts + [" ".join(texts)]:
                expected = np.asarray((vectorizer.transform([text]) @ matrix).todense()).ravel()
                got = index.sparse_scores(text)
                assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes(), text


def test_scoring_from_the_cache_imports_neither_scikit_learn_nor_scipy_stats(model, rcem):
    """A command that scores documents against a cached index (every run after the first) needs neither
    scikit-learn nor ``scipy.stats``: 0.6-0.8 s of CPU a run that bought a handful of array operations."""
    import os
    import subprocess
    import sys

    CapabilityIndex.build([rcem], model).sparse  # noqa: B018 - fitted and stored here, with scikit-learn
    code = ("import sys\n"
            "from pipeline.curriculum import load_curricula\n"
            "from pipeline.embed import EmbeddingModel\n"
            "from pipeline.index import CapabilityIndex\n"
            "from pipeline.none_of_these import spearman\n"
            "index = CapabilityIndex.build(load_curricula(['rcem-2021']), EmbeddingModel())\n"
            "scores = index.sparse_scores('Chest drain inserted under ultrasound guidance in resus.')\n"
            "assert scores.max() > 0 and spearman(scores, scores[::-1]) <= 1\n"
            "print(sorted(m for m in ('sklearn', 'scipy.stats') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ),
                         cwd=str(Path(__file__).resolve().parents[1]), timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
