""""None of these": features, the shipped model on real documents, its place in suggestions and evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.evaluate import LabelledItem, Ranking, load_labelled, metrics
from pipeline.model import Document
from pipeline.none_of_these import (FEATURES, HIGH, NoneModel, combine, curriculum_features, default_none_model_path,
                                    review_state)

ROOT = Path(__file__).resolve().parents[1]
DOPS = (ROOT / "corpora" / "sample-src" / "09-dops-chest-drain.txt").read_text(encoding="utf-8")
# an off-specialty document: an ophthalmologist's operation note (written for corpora/labelled/src-none)
OFF = next(json.loads(line)["text"] for line in
           (ROOT / "corpora" / "labelled" / "src-none" / "written.jsonl").read_text(encoding="utf-8").splitlines()
           if json.loads(line)["kind"] == "ophthalmology_op_note")
NOTICE = ("NOTICE TO ALL STAFF: CAR PARK C CLOSURE\nCar Park C will be closed from Monday 12 February to Friday "
          "1 March for resurfacing. Staff holding a C permit may park in the multi-storey (levels 3 and 4). "
          "The park-and-ride bus from Westfield will run every 15 minutes. Queries to the Estates helpdesk.")


def _doc(text: str) -> Document:
    return Document(path="mem", sha256="x", text=text, pages=1)


def _features(suggester, text: str) -> np.ndarray:
    doc = _doc(text)
    (passages, vectors), = suggester.embed_documents([doc])
    parts = suggester.score_parts(vectors, doc.text)
    return curriculum_features(suggester, parts, doc, passages)["rcem-2021"]


@pytest.fixture(scope="module")
def rows(suggester):
    return {name: _features(suggester, text) for name, text in (("dops", DOPS), ("off", OFF), ("notice", NOTICE))}


def test_features_are_one_finite_row_per_curriculum(rows):
    for row in rows.values():
        assert row.shape == (len(FEATURES),) and np.isfinite(row).all()
    f = dict(zip(FEATURES, rows["dops"]))
    assert 0.0 <= f["passage_support"] <= 1.0 and 0.0 <= f["top1_probability"] <= 1.0
    assert f["type_recognised"] == 1.0  # classify: a DOPS


def test_features_separate_evidence_from_the_rest(rows):
    dops, off, notice = (dict(zip(FEATURES, rows[k])) for k in ("dops", "off", "notice"))
    for other in (off, notice):
        assert dops["sparse_top"] > other["sparse_top"]
        assert dops["raw_cosine_best"] > other["raw_cosine_best"]
        assert dops["passage_support"] >= other["passage_support"]


def test_shipped_model_knows_a_chest_drain_dops_from_an_eye_operation_and_a_notice(suggester, rows):
    model = NoneModel.load(default_none_model_path())
    p = {k: float(model.predict_proba(v)[0]) for k, v in rows.items()}
    assert p["dops"] < 0.1, p
    assert p["off"] > HIGH and p["notice"] > 0.8, p
    assert model.fitted_on["data"] and "corpora/labelled/test.jsonl" not in model.fitted_on["data"]
    assert model.fitted_on["model"] == suggester.model.id


def test_suggestions_are_lowered_by_p_none(suggester):
    analysis = next(suggester.analyse_many([_doc(NOTICE)]))
    none = analysis.none["rcem-2021"]
    assert none > HIGH
    doc = _doc(NOTICE)
    (passages, vectors), = suggester.embed_documents([doc])
    parts = suggester.score_parts(vectors, doc.text)
    rows = np.argsort(-parts.fused, kind="stable")[: len(analysis.suggestions)]
    node_p = suggester.confidences(parts, rows, doc, len(passages))
    assert [s.confidence for s in analysis.suggestions] == pytest.approx(list(node_p * (1 - none ** 2)), abs=1e-6)
    assert max(s.confidence for s in analysis.suggestions) < 0.5 * node_p.max()


def test_combine_and_review_state(rcem):
    assert combine(0.8, None) == 0.8 and combine(0.8, 0.25) == pytest.approx(0.75)  # 0.8 x (1 - 0.25^2)
    state = review_state({"rcem-2021": 0.93}, [rcem])
    assert state["none_of_these"] == {"rcem-2021": 0.93}
    assert state["nothing_in"][0]["curriculum"] == "rcem-2021"
    assert "Probably evidences nothing in" in state["nothing_in"][0]["message"]
    assert review_state({"rcem-2021": HIGH - 0.01}, [rcem])["nothing_in"] == []


def test_model_round_trip_and_refusal(tmp_path):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, len(FEATURES)))
    y = (X[:, 0] > 0).astype(int)
    model = NoneModel().fit(X, y, data=["synthetic"])
    model.save(tmp_path / "none.json")
    again = NoneModel.load(tmp_path / "none.json")
    assert again.version == model.version and again.version.startswith("none@")
    assert np.allclose(again.predict_proba(X), model.predict_proba(X))
    assert model.predict_proba(X[y == 1]).mean() > model.predict_proba(X[y == 0]).mean()
    (tmp_path / "bad.json").write_text(json.dumps({"kind": "platt-logistic", "coef": [1.0]}))
    with pytest.raises(ValueError, match="not a 'none of these' model"):
        NoneModel.load(tmp_path / "bad.json")
    with pytest.raises(ValueError, match="evidence something"):
        NoneModel().fit(X, np.ones(len(X), dtype=int))


def test_labelled_sets_take_documents_with_empty_labels(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"id": "a", "curriculum": "rcem-2021", "text": "x", "labels": ["rcem-2021:SLO6"]}) + "\n"
                    + json.dumps({"id": "b", "curriculum": "rcem-2021", "text": "y", "labels": [], "acceptable": [],
                                  "none": "non_evidence"}) + "\n")
    a, b = load_labelled(path)
    assert a.none is None and b.none == "non_evidence" and b.labels == []
    path.write_text(json.dumps({"id": "c", "curriculum": "rcem-2021", "text": "z"}) + "\n")
    with pytest.raises(ValueError, match="'labels' is required"):
        load_labelled(path)
    shipped = load_labelled(ROOT / "corpora" / "labelled" / "none-dev.jsonl")
    assert {i.none for i in shipped} == {"non_evidence", "off_specialty"} and all(not i.labels for i in shipped)


def test_metrics_keep_ranking_figures_and_report_none_auroc(rcem):
    good = LabelledItem("g", "rcem-2021", ["rcem-2021:SLO6"])
    bad = LabelledItem("b", "rcem-2021", ["rcem-2021:SLO6"])
    off = LabelledItem("o", "rcem-2021", [], none="off_specialty")
    admin = LabelledItem("n", "rcem-2021", [], none="non_evidence")
    r = lambda first, conf, none: Ranking([first, "rcem-2021:SLO1"], [conf * (1 - none), 0.1 * (1 - none)],
                                          none=none, node_confidence=[conf, 0.1])
    labelled = [r("rcem-2021:SLO6", 0.9, 0.05), r("rcem-2021:SLO3", 0.6, 0.2)]
    alone = metrics([good, bad], labelled, [rcem])
    both = metrics([good, bad, off, admin], labelled + [r("rcem-2021:SLO4", 0.8, 0.7), r("rcem-2021:SLO2", 0.7, 0.9)],
                   [rcem])
    for key in ("P@1", "R@3", "MRR", "top1 ECE", "top1 ECE without none"):
        assert both[key] == alone[key]
    assert alone["documents"] == both["documents"] == 2
    none = both["none of these"]
    assert none["kinds"] == {"non_evidence": 1, "off_specialty": 1}
    assert none["AUROC off_specialty"] == none["AUROC non_evidence"] == none["AUROC all"] == 1.0
    assert none["top1 ECE all documents"] < none["top1 ECE all documents without none"]
    assert alone["top1 ECE without none"] == pytest.approx(abs(0.9 - 1) / 2 + abs(0.6 - 0) / 2)


def test_review_shows_probably_nothing_for_a_notice_and_not_for_the_dops(tmp_path_factory, tmp_path, model):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from review_support import base_workspace, copy_workspace

    from pipeline.ingest import IngestSettings
    from pipeline.review.compute import suggest_workspace
    from pipeline.review.server import ReviewApp
    from pipeline.workspace import Workspace

    root = copy_workspace(base_workspace(tmp_path_factory, model), tmp_path / "ws")
    extra = tmp_path / "new"
    extra.mkdir()
    (extra / "car-park.txt").write_text(NOTICE)
    with Workspace.open(root) as ws:
        ws.add([extra], IngestSettings(workers=1))
        report = suggest_workspace(ws, model=model)
        assert report.computed == 1
        docs = {Path(d.path).name: d for d in ws.store.documents(include_text=False)}
        app = ReviewApp(ws)
        notice = app.document(docs["car-park.txt"].sha256)
        dops = app.document(docs["09-dops-chest-drain.pdf"].sha256)
    assert notice["none_of_these"]["rcem-2021"] > HIGH
    assert [n["curriculum"] for n in notice["nothing_in"]] == ["rcem-2021"]
    assert notice["nothing_in"][0]["message"].startswith("Probably evidences nothing in")
    assert max(s["confidence"] for s in notice["suggestions"]) < 0.5
    assert dops["none_of_these"]["rcem-2021"] < 0.1 and dops["nothing_in"] == []
    assert dops["suggestions"][0]["confidence"] > 0.5


def test_spearman_is_scipys_to_the_last_bit():
    """The rank correlation of the features is ``scipy.stats.spearmanr``'s statistic, the same float, on samples
    with and without ties (the command that scores does not import ``scipy.stats``)."""
    from scipy.stats import rankdata, spearmanr

    from pipeline.none_of_these import average_ranks, spearman

    rng = np.random.default_rng(15)
    for trial in range(600):
        size = int(rng.integers(3, 300))
        if trial % 2:
            a, b = rng.integers(0, 6, size).astype(np.float64), rng.integers(0, 9, size).astype(np.float64)
        else:
            a = rng.normal(size=size)
            b = 0.4 * a + rng.normal(size=size)
        if a.std() <= 1e-9 or b.std() <= 1e-9:
            continue
        assert np.array_equal(average_ranks(a), rankdata(a))
        assert spearman(a, b) == float(spearmanr(a, b).statistic)
