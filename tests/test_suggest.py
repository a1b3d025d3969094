"""Suggestions: the index, the ranking, the calibrated confidence, the excerpt."""

from __future__ import annotations

import pytest

from pipeline.index import CapabilityIndex
from pipeline.model import Document
from pipeline.suggest import SuggestSettings, Suggester


def _doc(text: str) -> Document:
    return Document(path="mem", sha256="x", text=text, pages=1)


def test_index_covers_every_node_and_is_cached(model, rcem):
    first = CapabilityIndex.build([rcem], model)
    again = CapabilityIndex.build([rcem], model)
    assert len(first) == len(rcem) == 54
    assert again.from_cache and again.key == first.key
    assert abs(again.vectors - first.vectors).max() < 1e-6


def test_suggestions_follow_the_contract(suggester, rcem):
    text = ("DOPS: intercostal chest drain, Seldinger technique, ultrasound-guided, in the 5th intercostal space "
            "mid-axillary line. Aseptic technique, local anaesthetic, drain swinging and bubbling, CXR confirmed "
            "position. Assessor: competent to perform unsupervised.")
    suggestions = suggester.suggest(_doc(text))
    assert len(suggestions) == 10
    for s in suggestions:
        node = rcem.get(s.node)
        assert s.outcome == node.outcome and s.title == node.title and s.curriculum == "rcem-2021"
        assert 0.0 <= s.confidence <= 1.0 and s.excerpt and s.excerpt in " ".join(text.split())
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)
    assert "rcem-2021:SLO6" in [s.outcome for s in suggestions[:3]]


def test_confidence_falls_with_rank(suggester):
    suggestions = suggester.suggest(_doc("Led the resuscitation of a patient in cardiac arrest; ROSC after 3 cycles."))
    assert suggestions[0].confidence > suggestions[-1].confidence


def test_failed_documents_get_no_suggestions(suggester):
    failed = Document.failed("x.pdf", "abc", "corrupt PDF")
    assert suggester.suggest(failed) == []


def test_batches_give_the_same_answer_as_single_documents(suggester):
    docs = [_doc("Taught FY1 doctors ECG interpretation in a small-group session; feedback excellent."),
            _doc("Audit of sepsis six compliance; re-audit after a new pathway showed improvement.")]
    together = list(suggester.suggest_many(docs))
    alone = [suggester.suggest(d) for d in docs]
    assert [[s.node for s in r] for r in together] == [[s.node for s in r] for r in alone]


def test_top_k_setting(model, rcem):
    s = Suggester(SuggestSettings(top_k=3), model=model).fit([rcem])
    assert len(s.suggest(_doc("Chest drain inserted."))) == 3
    with pytest.raises(ValueError):
        SuggestSettings(top_k=0)


def test_a_calibrator_path_given_once_holds_through_later_fits(model, rcem, tmp_path):
    """``cesr evaluate --calibrator FILE`` fits the suggester once per curriculum: the file must stay in use."""
    import json

    from pipeline import resources
    from pipeline.suggest import Suggester

    mine = json.loads(resources.calibrator_file().read_text())
    mine["intercept"] = -1.25
    path = tmp_path / "calibrator.json"
    path.write_text(json.dumps(mine))
    suggester = Suggester(model=model, calibrator_path=path).fit([rcem])
    assert suggester.get_calibrator().intercept == -1.25
    suggester.fit([rcem])  # a later fit without a path keeps it
    assert suggester.calibrator_path == path and suggester.get_calibrator().intercept == -1.25
    assert Suggester(model=model).fit([rcem]).get_calibrator().intercept != -1.25
