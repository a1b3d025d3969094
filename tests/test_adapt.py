"""Ranking settings adapted to a taxonomy, measured from it: a generated short-label taxonomy gets no
sparse share and no hubness correction; a curriculum with descriptions keeps the tuned settings exactly."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from pipeline.adapt import (FOREIGN_AFFINITY, LONG_WORDS, NATIVE_AFFINITY, SHORT_WORDS, TaxonomyProfile,
                            adapted_weights, profile_taxonomy)
from pipeline.curriculum import load_curricula, load_curriculum
from pipeline.curriculum_import import import_taxonomy, write_curriculum
from pipeline.model import Document
from pipeline.suggest import SuggestSettings, Suggester

VERBS = ["operate", "maintain", "inspect", "repair", "install", "clean"]
OBJECTS = ["forklift trucks", "scaffolding", "espresso machines", "CNC lathes", "conveyor belts",
           "roofing felt", "payroll software"]


@pytest.fixture(scope="module")
def short_labels(tmp_path_factory):
    """42 labels of two or three words (every verb with every object), no descriptions."""
    folder = tmp_path_factory.mktemp("labels")
    src = folder / "skills.txt"
    src.write_text("\n".join(f"{v} {o}" for v, o in itertools.product(VERBS, OBJECTS)) + "\n")
    return load_curriculum(str(write_curriculum(import_taxonomy(src, cid="short-skills"), folder / "short.yaml")))


def test_weights_follow_length_and_background_affinity():
    short = TaxonomyProfile(statements=13896, mean_words=3.6, described=0.0, background_affinity=0.16)
    assert adapted_weights(short, 1.0, 0.5) == (0.0, 0.0)
    long = TaxonomyProfile(statements=54, mean_words=98.4, described=1.0, background_affinity=0.46)
    assert adapted_weights(long, 1.0, 0.5) == (1.0, 0.5)
    middle = TaxonomyProfile(statements=200, mean_words=(SHORT_WORDS + LONG_WORDS) / 2, described=0.5,
                             background_affinity=(FOREIGN_AFFINITY + NATIVE_AFFINITY) / 2)
    hub, sparse = adapted_weights(middle, 1.0, 0.5)
    assert hub == pytest.approx(0.5) and sparse == pytest.approx(0.25)
    unknown = TaxonomyProfile(statements=5, mean_words=40.0, described=1.0, background_affinity=float("nan"))
    assert adapted_weights(unknown, 1.0, 0.5) == (1.0, 0.5)  # no background: the tuned setting stays


def test_profile_measures_the_generated_short_labels(short_labels):
    profile = profile_taxonomy(short_labels.nodes, np.full(len(short_labels.nodes), 0.1, dtype=np.float32))
    assert profile.statements == 42
    assert profile.mean_words == pytest.approx(np.mean([len(f"{v} {o}".split()) for v in VERBS for o in OBJECTS]))
    assert profile.described == 0.0
    assert profile.background_affinity == pytest.approx(0.1)


def test_suggester_adapts_per_curriculum_in_one_index(short_labels, model):
    """Fitted on the short labels beside gmc-gpc-2017: the labels lose both corrections (their real
    background similarity is measured as foreign), the framework keeps 1.0 and 0.5."""
    gpc = load_curricula(["gmc-gpc-2017"])[0]
    suggester = Suggester(model=model).fit([short_labels, gpc])
    labels = suggester.profiles_["short-skills"]
    assert labels["mean_words"] < SHORT_WORDS and labels["described"] == 0.0
    assert labels["background_affinity"] < FOREIGN_AFFINITY
    assert labels["hub_weight"] == 0.0 and labels["sparse_weight"] == 0.0
    assert suggester.profiles_["gmc-gpc-2017"]["hub_weight"] == 1.0
    assert suggester.profiles_["gmc-gpc-2017"]["sparse_weight"] == 0.5
    rows = [n.curriculum == "short-skills" for n in suggester.index_.nodes]
    assert (suggester.hub_weights_[rows] == 0).all() and (suggester.sparse_weights_[rows] == 0).all()

    # Alone, the short taxonomy is ranked by plain cosine: the sentence's nearest label first.
    suggester.fit([short_labels])
    text = "Keeps the espresso machines descaled and serviced every week in the café."
    doc = Document(path="s.txt", sha256="", text=text, pages=1, format="text")
    scores, _best, _passages = suggester.document_scores([doc])[0]
    cosine = model.encode([text])[0] @ suggester.index_.vectors.T
    assert np.argsort(-scores, kind="stable")[:5].tolist() == np.argsort(-cosine, kind="stable")[:5].tolist()
    assert "espresso machines" in suggester.index_.nodes[int(np.argmax(scores))].title


def test_curriculum_with_descriptions_scores_exactly_as_before(model):
    """Adaptation leaves a bundled curriculum's scores bit for bit as with the settings as set."""
    gpc = load_curricula(["gmc-gpc-2017"])
    # Both from the cached index (a fresh build's hubness is not yet rounded as the cache stores it).
    Suggester(model=model).fit(gpc)
    doc = Document(path="a.txt", sha256="", pages=1, format="text",
                   text="Led the departmental audit of consent documentation and presented the results at governance.")
    adapted = Suggester(model=model).fit(gpc).document_scores([doc])[0][0]
    fixed = Suggester(SuggestSettings(adapt=False), model=model).fit(gpc).document_scores([doc])[0][0]
    assert np.array_equal(adapted, fixed)


def test_cesr_evaluate_measures_a_flat_taxonomy_beside_the_baselines(tmp_path, capsys, monkeypatch):
    import json

    from pipeline.cli import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the imported taxonomy stays in this test
    src = tmp_path / "cli-skills.txt"
    src.write_text("\n".join(f"{v} {o}" for v, o in itertools.product(VERBS, OBJECTS)) + "\n")
    assert main(["curricula", "import", str(src), "--id", "cli-skills"]) == 0
    sentences = tmp_path / "sentences.jsonl"
    sentences.write_text(
        '{"id": "a", "text": "Descaled and serviced the espresso machines every week.", "labels": ["maintain espresso machines"]}\n'
        '{"id": "b", "text": "Put up the scaffolding around the church tower.", "labels": ["install scaffolding"]}\n')
    capsys.readouterr()
    assert main(["evaluate", "--taxonomy", "cli-skills", "--sentences", str(sentences), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["rankers"]) == {"cesr-mapper", "baseline: embedding cosine", "baseline: tf-idf",
                                      "baseline: embedding + tf-idf (RRF)"}
    for m in result["rankers"].values():
        assert m["sentences"] == 2 and 0 <= m["P@1"] <= m["RP@5"] <= 1
    assert result["taxonomy"]["statements"] == 42 and result["taxonomy"]["sparse_weight"] == 0.0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Made coffee.", "labels": ["make coffee"]}\n')
    assert main(["evaluate", "--taxonomy", "cli-skills", "--sentences", str(bad)]) == 2
    assert "'make coffee' is not a statement of cli-skills" in capsys.readouterr().err
    assert main(["evaluate", "--sentences", str(sentences)]) == 2
