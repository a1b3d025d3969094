"""The metrics of ``cesr evaluate`` on hand-made rankings: the doctor's question (is the top suggestion's
confidence right?) per document and per curriculum, beside the ranking figures."""

from __future__ import annotations

import math

import pytest

from pipeline.curriculum import load_curricula
from pipeline.evaluate import LabelledItem, Ranking, metrics
from pipeline.report import evaluation_markdown, reliability_diagram


@pytest.fixture(scope="module")
def curricula():
    return load_curricula(["gmc-gpc-2017", "rcem-2021"])


def test_top1_calibration_is_per_document_and_counts_acceptable_outcomes(curricula):
    items = [
        LabelledItem("a", "rcem-2021", ["rcem-2021:SLO1"]),
        LabelledItem("b", "rcem-2021", ["rcem-2021:SLO2"], acceptable=["rcem-2021:SLO3"]),
        LabelledItem("c", "rcem-2021", ["rcem-2021:SLO4"]),
        LabelledItem("d", "gmc-gpc-2017", ["gmc-gpc-2017:D1"]),
    ]
    rankings = [
        # right at the top, a key capability of SLO1 counts for SLO1 at outcome level
        Ranking(["rcem-2021:SLO1.KC2", "rcem-2021:SLO2"], [0.9, 0.2]),
        # the top one is only acceptable: right for the doctor's question, not a P@1 hit
        Ranking(["rcem-2021:SLO3", "rcem-2021:SLO2"], [0.8, 0.6]),
        # wrong at the top
        Ranking(["rcem-2021:SLO1", "rcem-2021:SLO4"], [0.7, 0.3]),
        Ranking(["gmc-gpc-2017:D1", "gmc-gpc-2017:D2"], [0.6, 0.1]),
    ]
    m = metrics(items, rankings, curricula, level="outcome")
    # P@1 skips acceptable outcomes (b's SLO2 comes up to first): a, b and d are hits
    assert m["P@1"] == pytest.approx(3 / 4)
    # top-1: confidences 0.9, 0.8, 0.7, 0.6 against right 1, 1, 0, 1
    assert m["top1 Brier"] == pytest.approx((0.1 ** 2 + 0.2 ** 2 + 0.7 ** 2 + 0.4 ** 2) / 4)
    assert m["top1 AUROC"] == pytest.approx(2 / 3)  # 0.7 (wrong) outranks 0.6 (right): 2 of 3 pairs ordered
    assert m["top1 ECE"] == pytest.approx((0.1 + 0.2 + 0.7 + 0.4) / 4)  # one document per 0.1-wide bin
    rcem, gpc = m["per_curriculum"]["rcem-2021"], m["per_curriculum"]["gmc-gpc-2017"]
    assert rcem["documents"] == 3 and rcem["P@1"] == pytest.approx(2 / 3)
    assert rcem["top1 right"] == pytest.approx(2 / 3) and rcem["top1 confidence"] == pytest.approx(0.8)
    assert rcem["top1 AUROC"] == pytest.approx(1.0)
    assert gpc["documents"] == 1 and math.isnan(gpc["top1 AUROC"])  # one class only: undefined, not a number
    assert gpc["top1 Brier"] == pytest.approx(0.16)


def test_the_report_leads_with_the_top_suggestion_and_draws_each_curriculum(curricula, tmp_path):
    items = [LabelledItem(str(i), "rcem-2021", ["rcem-2021:SLO1"]) for i in range(6)]
    rankings = [Ranking(["rcem-2021:SLO1" if i % 2 else "rcem-2021:SLO2", "rcem-2021:SLO3"], [0.5 + i / 20, 0.1])
                for i in range(6)]
    results = {"cesr-mapper": metrics(items, rankings, curricula)}
    text = evaluation_markdown(results, title="t")
    header = next(line for line in text.splitlines() if line.startswith("| ranker |"))
    assert header.index("top1 ECE") < header.index("P@1")
    assert "| rcem-2021 | 6 | 0.500 | 0.500 |" in text
    path = tmp_path / "reliability.png"
    reliability_diagram(results, path)
    from PIL import Image

    with Image.open(path) as im:
        assert im.size[0] > im.size[1] * 1.5  # two panels: pooled, and the top suggestion per curriculum


# ------------------------------------------------------------------ flat taxonomies (sentence sets)


def test_r_precision_at_5_divides_by_the_gold_that_fits_in_five():
    from pipeline.evaluate import r_precision_at

    ranked = ["a", "b", "c", "d", "e", "f", "g"]
    assert r_precision_at(ranked, {"c"}) == 1.0  # one label anywhere in the top 5
    assert r_precision_at(ranked, {"f"}) == 0.0  # sixth is outside
    assert r_precision_at(ranked, {"a", "z"}) == 0.5  # two labels, one found
    assert r_precision_at(ranked, {"a", "e"}) == 1.0
    # more gold than fits: divided by 5, not by 7
    assert r_precision_at(ranked, set("abcdefg")) == 1.0
    assert r_precision_at(ranked, {"a", "b", "f", "g", "x", "y"}) == pytest.approx(2 / 5)
    with pytest.raises(ValueError):
        r_precision_at(ranked, set())


def test_reciprocal_rank_fusion_and_taxonomy_metrics_by_hand():
    import numpy as np

    from pipeline.evaluate import reciprocal_rank_fusion, taxonomy_metrics

    dense = np.array([[0.9, 0.5, 0.1]])
    sparse = np.array([[0.0, 0.2, 0.8]])
    fused = reciprocal_rank_fusion(dense, sparse, k=60)
    assert fused[0] == pytest.approx([1 / 61 + 1 / 63, 1 / 62 + 1 / 62, 1 / 63 + 1 / 61])
    items = [LabelledItem("s1", "t", ["t:B"]), LabelledItem("s2", "t", ["t:A", "t:C"])]
    scores = np.array([[0.9, 0.5, 0.1], [0.2, 0.1, 0.7]])  # s1: A, B, C; s2: C, A, B
    m = taxonomy_metrics(items, scores, ["t:A", "t:B", "t:C"])
    assert m["P@1"] == pytest.approx(0.5)
    assert m["MRR"] == pytest.approx((1 / 2 + 1) / 2)
    assert m["RP@5"] == pytest.approx(1.0)


def test_sentence_set_labels_are_exact_statements(tmp_path):
    from pipeline.curriculum import load_curriculum
    from pipeline.curriculum_import import import_taxonomy, write_curriculum
    from pipeline.evaluate import load_sentences

    src = tmp_path / "skills.txt"
    src.write_text("bake bread\nlay  bricks\nprepare hot drinks\n")
    taxonomy = load_curriculum(str(write_curriculum(import_taxonomy(src, cid="mini"), tmp_path / "mini.yaml")))
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "x", "text": "Pull espresso shots.", "source": "cv", "labels": ["prepare hot drinks"]}\n'
                    '{"id": "y", "text": "Built garden walls.", "labels": ["lay  bricks", "mini:S00001"]}\n')
    items = load_sentences(good, taxonomy)
    assert [it.labels for it in items] == [["mini:S00003"], ["mini:S00002", "mini:S00001"]]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Pull espresso shots.", "labels": ["make coffee"]}\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:1: 'make coffee' is not a statement of mini"):
        load_sentences(bad, taxonomy)


# ------------------------------------------------------------------ ranking metrics and ECE by hand


def test_ranking_metrics_by_hand(curricula):
    """Three documents at node level: P@1, R@1/3/5, MRR, nDCG@5 and the thresholded F1 worked out on paper."""
    items = [LabelledItem("a", "rcem-2021", ["rcem-2021:SLO1", "rcem-2021:SLO2"]),
             LabelledItem("b", "rcem-2021", ["rcem-2021:SLO5"]),
             LabelledItem("c", "rcem-2021", ["rcem-2021:SLO7"])]
    rankings = [Ranking(["rcem-2021:SLO3", "rcem-2021:SLO1", "rcem-2021:SLO4", "rcem-2021:SLO2"], [0.9, 0.6, 0.3, 0.2]),
                Ranking(["rcem-2021:SLO5", "rcem-2021:SLO6"], [0.8, 0.4]),
                Ranking(["rcem-2021:SLO1", "rcem-2021:SLO2", "rcem-2021:SLO3", "rcem-2021:SLO7"], [0.7, 0.2, 0.1, 0.05])]
    m = metrics(items, rankings, curricula, level="node")
    assert m["documents"] == 3
    assert m["P@1"] == pytest.approx(1 / 3)  # only b's first is a label
    assert m["R@1"] == pytest.approx(1 / 3)
    assert m["R@3"] == pytest.approx((1 / 2 + 1 + 0) / 3)  # a: SLO1 of two in the top 3; c: SLO7 is fourth
    assert m["R@5"] == pytest.approx(1.0)
    assert m["MRR"] == pytest.approx((1 / 2 + 1 + 1 / 4) / 3)
    ndcg_a = (1 / math.log2(3) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    assert m["nDCG@5"] == pytest.approx((ndcg_a + 1 + 1 / math.log2(5)) / 3)
    # a is the one document with two labelled outcomes
    assert m["multi-outcome documents"] == 1 and m["multi-outcome R@3"] == pytest.approx(1 / 2)
    # at 0.5: a predicts SLO3 (wrong) and SLO1 (right), b SLO5 (right), c SLO1 (wrong); SLO2 and SLO7 are missed
    assert m["precision@t"] == pytest.approx(0.5) and m["recall@t"] == pytest.approx(0.5)
    assert m["F1@t"] == pytest.approx(0.5)
    assert m["per_outcome"]["rcem-2021:SLO1"] == {"n": 1, "P@1": 0.0, "R@3": 1.0}


def test_ece_by_hand():
    import numpy as np

    from pipeline.evaluate import ece

    # one suggestion in each of four 0.1-wide bins: the mean gap between confidence and being right
    conf, right = np.array([0.15, 0.25, 0.85, 0.95]), np.array([0.0, 1.0, 1.0, 1.0])
    assert ece(conf, right) == pytest.approx((0.15 + 0.75 + 0.15 + 0.05) / 4)
    # two in one bin: their mean confidence against their accuracy, not each on its own
    assert ece(np.array([0.62, 0.68]), np.array([1.0, 0.0])) == pytest.approx(0.15)
    # calibrated: as often right as it says
    assert ece(np.full(4, 0.5), np.array([1.0, 0.0, 1.0, 0.0])) == pytest.approx(0.0)
    # the first bin holds 0 and its upper edge; a bin is weighted by its share of the suggestions
    assert ece(np.array([0.0, 0.1, 0.9, 0.9]), np.array([0.0, 0.0, 1.0, 1.0])) == pytest.approx(0.5 * 0.05 + 0.5 * 0.1)
    assert ece(np.array([0.3, 0.7]), np.array([0.0, 1.0]), bins=2) == pytest.approx(0.3)
    assert math.isnan(ece(np.array([]), np.array([])))


def test_labels_written_as_the_curriculum_writes_its_codes_are_read_within_its_curriculum(tmp_path):
    """A set labelled "SLO3" / "HLO2" (as the curricula reference writes them) means the document's curriculum's
    node; an alias (HLO1.1) means its node; a label that is no node of the curriculum is refused, named."""
    import json

    from pipeline.evaluate import load_labelled

    path = tmp_path / "set.jsonl"
    rows = [{"id": "a", "curriculum": "rcem-2021", "text": "x", "labels": ["SLO3"], "acceptable": ["rcem-2021:SLO5"]},
            {"id": "b", "curriculum": "rcpsych-gen-2022", "text": "x", "labels": ["HLO2", "rcpsych-gen-2022:HLO1.1"]},
            {"id": "c", "curriculum": "rcoa-2021", "text": "x", "labels": []}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    a, b, c = load_labelled(path)
    assert a.labels == ["rcem-2021:SLO3"] and a.acceptable == ["rcem-2021:SLO5"]
    assert b.labels == ["rcpsych-gen-2022:HLO2", "rcpsych-gen-2022:1.1"]
    assert c.labels == [] and c.none == "unspecified"

    rows[0]["labels"] = ["SLO99"]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(ValueError, match=r"document a: label 'SLO99' is not a node of rcem-2021"):
        load_labelled(path)
