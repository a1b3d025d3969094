"""The calibrator: features that carry over between curricula, grouped cross-validation, the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.calibrate import (FEATURES, Calibrator, cross_validate, cv_markdown, cv_summary, default_calibrator_path,
                                ranked_features, source_of)
from pipeline.evaluate import calibration_data, load_labelled

ROOT = Path(__file__).resolve().parents[1]


def _f(row) -> dict:
    return dict(zip(FEATURES, row))


def test_ranked_features_margins_rank_agreement_and_support():
    # five statements of three outcomes; two passages
    outcomes = ["A", "A", "B", "C", "C"]
    fused = np.array([2.0, 1.5, 1.0, 0.2, -0.5])
    dense = np.array([0.30, 0.10, 0.20, 0.00, -0.10])  # dense agrees: A first
    sparse = np.array([0.10, 0.05, 0.40, 0.02, 0.01])  # sparse prefers B
    dense_pp = np.array([[0.3, 0.1, 0.2, 0.0, 0.0],    # passage 1 nearest A
                         [0.1, 0.0, 0.5, 0.0, 0.0]])   # passage 2 nearest B
    X = ranked_features(fused, dense, sparse, dense_pp, outcomes, [0, 1, 2, 3], n_passages=2, words=99,
                        evidence_type="wpba_dops")
    a, a2, b, c = (_f(r) for r in X)
    assert a["inverse_rank"] == 1.0 and b["inverse_rank"] == 0.5 and c["inverse_rank"] == pytest.approx(1 / 3)
    assert a2["inverse_rank"] == 1.0  # a second statement of the top outcome keeps the outcome's rank
    assert a["gap_to_best"] == 0.0 and b["gap_to_best"] == pytest.approx(-1.0)
    assert a["margin_next"] == pytest.approx(1.0) and b["margin_next"] == pytest.approx(0.8)
    assert a["top_margin"] == b["top_margin"] == pytest.approx(1.0)  # a document-level margin, on every row
    assert a["dense_top_outcome"] == 1.0 and a["sparse_top_outcome"] == 0.0
    assert b["dense_top_outcome"] == 0.0 and b["sparse_top_outcome"] == 1.0
    assert a["dense_percentile"] == 1.0 and b["sparse_percentile"] == 1.0
    assert a["support_share"] == 0.5 and b["support_share"] == 0.5 and c["support_share"] == 0.0
    assert c["log_support"] == 0.0
    assert a["type_recognised"] == a["type_primary"] == 1.0 and a["log_words"] == pytest.approx(np.log(100))
    other = _f(ranked_features(fused, dense, sparse, dense_pp, outcomes, [0], 2, 99, "other")[0])
    assert other["type_recognised"] == other["type_primary"] == 0.0
    # nothing is on a curriculum's own scale: shifting and stretching the scores changes nothing
    Y = ranked_features(fused, 3 * dense + 1, 2 * sparse, 3 * dense_pp + 1, outcomes, [0, 1, 2, 3], 2, 99, "wpba_dops")
    keep = [i for i, n in enumerate(FEATURES) if n not in ("gap_to_best", "margin_next", "top_margin")]
    assert np.allclose(X[:, keep], Y[:, keep])


def test_no_passages_gives_finite_rows():
    X = ranked_features(np.zeros(3), np.zeros(3), np.zeros(3), np.zeros((0, 3)), ["A", "B", "C"], [0, 1], 0, 0, "")
    assert X.shape == (2, len(FEATURES)) and np.isfinite(X).all()


def test_sources_are_the_writers_files():
    assert source_of("rcoa-0012", "rcoa-2021") == "rcoa-2021"
    assert source_of("rcoa-0112", "rcoa-2021") == "rcoa-2021-b"
    src = ROOT / "corpora" / "labelled" / "src"
    for path in src.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines()[:5]:
            row = json.loads(line)
            assert source_of(row["id"], row["curriculum"]) == path.stem


@pytest.fixture(scope="module")
def small_data(model):
    """Real labelled documents: 6 per source of two curricula (one with a second writer)."""
    from pipeline.suggest import Suggester

    items = load_labelled(ROOT / "corpora" / "labelled" / "dev.jsonl")
    picked = []
    for source in ("rcoa-2021", "rcoa-2021-b", "rcem-2021"):
        picked += [i for i in items if source_of(i.id, i.curriculum) == source][:6]
    return picked, calibration_data(picked, Suggester(model=model, none_model=False), depth=5)


def test_calibration_data_on_real_documents(small_data):
    items, data = small_data
    assert data.X.shape == (len(items) * 5, len(FEATURES)) and np.isfinite(data.X).all()
    assert list(data.rank[:5]) == [0, 1, 2, 3, 4] and (data.X[data.rank == 0, 0] == 1.0).all()
    assert set(data.sources) == {"rcoa-2021", "rcoa-2021-b", "rcem-2021"}
    # the top suggestion is right far more often than the fifth
    assert data.y[data.rank == 0].mean() > data.y[data.rank == 4].mean()


def test_grouped_cross_validation_holds_each_group_out(small_data):
    _items, data = small_data
    cv = cross_validate(data.X, data.y, data.rank, data.curricula, data.sources, data.documents, folds=3)
    assert set(cv) == {"in-curriculum", "leave one source out", "leave one curriculum out"}
    cur = np.asarray(data.curricula)
    for cid in ("rcoa-2021", "rcem-2021"):
        held = cur == cid  # its out-of-fold probabilities come from a model that never saw the curriculum
        alone = Calibrator().fit(data.X[~held], data.y[~held]).predict_proba(data.X[held])
        assert np.allclose(cv["leave one curriculum out"]["probabilities"][held], alone)
    src = np.asarray(data.sources)
    held = src == "rcoa-2021-b"
    alone = Calibrator().fit(data.X[~held], data.y[~held]).predict_proba(data.X[held])
    assert np.allclose(cv["leave one source out"]["probabilities"][held], alone)
    summary = cv_summary(cv)
    row = summary["leave one curriculum out"]["per_curriculum"]["rcoa-2021"]
    assert row["documents"] == 12 and 0 <= row["top1 ECE"] <= 1 and 0 <= row["top1 Brier"] <= 1
    text = cv_markdown(summary)
    assert "| rcoa-2021 | 12 |" in text and "| pooled | 18 |" in text and "LOCO - in-curriculum ECE" in text


def test_round_trip_legacy_and_refusal(small_data, tmp_path):
    _items, data = small_data
    cal = Calibrator().fit(data.X, data.y, data=["dev subset"])
    cal.save(tmp_path / "c.json")
    again = Calibrator.load(tmp_path / "c.json")
    assert again.version == cal.version and again.version.startswith("platt@")
    assert np.allclose(again.predict_proba(data.X), cal.predict_proba(data.X))
    legacy = tmp_path / "v1.json"
    legacy.write_text(json.dumps({"kind": "platt-logistic", "coef": [0.6, 0.8, 3.7, 0.1], "intercept": -3.6}))
    assert Calibrator.load(legacy).legacy
    (tmp_path / "bad.json").write_text(json.dumps({"kind": "platt-logistic/v2", "coef": [1.0]}))
    with pytest.raises(ValueError, match="not a calibrator"):
        Calibrator.load(tmp_path / "bad.json")
    with pytest.raises(ValueError, match="both right and wrong"):
        Calibrator().fit(data.X, np.ones(len(data.X), dtype=int))


def test_shipped_calibrator_was_fitted_on_dev_with_grouped_cross_validation(model):
    from pipeline.passage_adapter import load_adapter

    cal = Calibrator.load(default_calibrator_path())
    fitted = cal.fitted_on
    assert fitted["features"] == list(FEATURES) and "corpora/labelled/dev.jsonl" in fitted["data"]
    assert not any("test" in Path(d).name for d in fitted["data"])  # the test split is only measured
    # on cross-fitted scores: each source scored by an adapter fitted without it; fitted for the shipped adapter
    assert {"holdout-s15", "holdout-s17", "holdout-s18", "holdout-s19", "holdout-s24", "holdout-s26",
            "rcoa-2021-b"} <= set(fitted["crossfit"]["groups"])
    assert fitted["adapter"] == load_adapter(None, fitted["model"]).version
    assert fitted["model"] == model.id  # fitted on the vectors of the model as it runs by default (ONNX Runtime)
    loco = fitted["cv"]["leave one curriculum out"]
    assert set(loco["per_curriculum"]) == {"gmc-gpc-2017", "jrcptb-im-2019", "rcem-2021", "rcoa-2021",
                                           "rcpsych-gen-2022"}
    assert loco["pooled"]["top1 ECE"] - fitted["cv"]["in-curriculum"]["pooled"]["top1 ECE"] <= 0.03


# ------------------------------------------------------------------ a fit on synthetic scores


def _synthetic(seed: int = 7, documents: int = 120):
    """Documents of six statements in three outcomes with random fused scores; the right outcome is drawn with
    a probability that rises with its best score (softmax), so a higher, better-separated score is right more
    often. Feature rows and labels of each document's five best statements."""
    rng = np.random.default_rng(seed)
    outcomes = ["A", "A", "B", "B", "C", "C"]
    X, y = [], []
    for _ in range(documents):
        fused = rng.normal(size=6)
        best = {o: max(fused[i] for i in range(6) if outcomes[i] == o) for o in "ABC"}
        weights = np.exp(3 * np.array([best[o] for o in "ABC"]))
        truth = "ABC"[rng.choice(3, p=weights / weights.sum())]
        rows = np.argsort(-fused)[:5]
        X.append(ranked_features(fused, fused, fused, fused[None, :], outcomes, rows, 1, 200, "wpba_dops"))
        y += [1 if outcomes[r] == truth else 0 for r in rows]
    return np.vstack(X), np.array(y)


def test_a_fit_on_synthetic_scores_gives_probabilities_that_rise_with_the_score():
    X, y = _synthetic()
    cal = Calibrator().fit(X, y, data=["synthetic"])
    p = cal.predict_proba(X)
    assert p.shape == (len(y),) and ((p > 0) & (p < 1)).all()
    assert p[y == 1].mean() > p[y == 0].mean() + 0.2  # it tells right from wrong
    assert abs(p.mean() - y.mean()) < 0.02  # and is right as often as it says, on average
    assert cal.fitted_on["samples"] == len(y) and cal.fitted_on["positives"] == int(y.sum())
    assert cal.fitted_on["data"] == ["synthetic"]

    # one document: lift its top statement's score step by step; its probability rises all the way
    outcomes = ["A", "A", "B", "B", "C", "C"]
    base = np.array([0.5, 0.1, 0.4, -0.2, 0.0, -0.5])
    top = []
    for lift in np.linspace(0, 3, 13):
        fused = base + lift * np.eye(6)[0]
        rows = np.argsort(-fused)[:5]
        parts = _Parts(fused)
        top.append(cal.probabilities(parts, rows, outcomes, 1, 200, "wpba_dops")[0])
    assert np.all(np.diff(top) > 0), top
    # down the ranking of one document, the probability falls
    rows = np.argsort(-base)[:5]
    ranked = cal.probabilities(_Parts(base), rows, outcomes, 1, 200, "wpba_dops")
    firsts = [ranked[i] for i, r in enumerate(rows) if outcomes[r] not in {outcomes[q] for q in rows[:i]}]
    assert firsts == sorted(firsts, reverse=True)


class _Parts:
    """A document's scores as the suggester hands them to the calibrator (pipeline.suggest.ScoreParts): here one
    passage whose dense and sparse scores are the fused one."""

    def __init__(self, fused: np.ndarray) -> None:
        self.fused = self.dense = self.sparse = fused
        self.dense_pp = fused[None, :]


def test_the_first_calibrators_features_by_hand():
    from pipeline.calibrate import SCORE_FEATURES, features

    X = features(np.array([3.0, 2.0, 1.0]))
    assert X.shape == (3, len(SCORE_FEATURES)) and list(SCORE_FEATURES) == ["score", "gap_to_best", "inverse_rank",
                                                                             "score_z"]
    assert np.allclose(X[:, 0], [3, 2, 1]) and np.allclose(X[:, 1], [0, -1, -2])
    assert np.allclose(X[:, 2], [1, 1 / 2, 1 / 3])
    assert np.allclose(X[:, 3], np.array([1, 0, -1]) / (np.std([3.0, 2.0, 1.0]) + 1e-6))
    assert features(np.array([])).shape == (0, len(SCORE_FEATURES))
    assert np.allclose(features(np.array([0.7])), [[0.7, 0.0, 1.0, 0.0]])  # one score: no spread to measure


def test_a_fit_refuses_rows_of_the_wrong_width():
    X, y = _synthetic(documents=10)
    with pytest.raises(ValueError, match=f"{len(FEATURES)} features"):
        Calibrator().fit(X[:, :4], y)
