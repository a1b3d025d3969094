"""The anonymiser's context tagger: features, fitting, the shipped model and how the anonymiser uses it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pycrfsuite")

from pipeline import resources  # noqa: E402
from pipeline.anonymise import Anonymiser  # noqa: E402
from pipeline.anonymise.evaluation import load_redaction_set  # noqa: E402
from pipeline.anonymise.tagger import (ContextTagger, default_tagger, features, kept_in_place, model_attributes,  # noqa: E402
                                       tagged_spans, token_labels, tokens, train)

ROOT = Path(__file__).resolve().parent.parent


def test_tokens_keep_offsets_and_line_breaks():
    text = "Re: Mrs O'Neill-Byrne\nSeen 3/4."
    toks = tokens(text)
    assert [t for _, _, t in toks] == ["Re", ":", "Mrs", "O'Neill-Byrne", "\n", "Seen", "3", "/", "4."]
    assert all(text[a:b] == t for a, b, t in toks)


def test_features_read_the_neighbours():
    toks = tokens("lives with wife Dorothy in Leeds")
    feats = features(toks)
    dorothy = feats[3]
    assert dorothy["w"] == "dorothy" and dorothy["-1w"] == "wife" and dorothy["-2w"] == "with"
    assert dorothy["fn"] == 1.0 and dorothy["t"] == 1.0
    assert feats[0]["-1w"] == "<pad>" and feats[0]["bol"] == 1.0


def test_token_labels_mark_every_occurrence():
    text = "Tom Reed saw Tom again"
    toks = tokens(text)
    assert token_labels(text, toks, ["Tom"]) == ["N", "O", "O", "N", "O"]


def test_fitting_learns_a_context(tmp_path):
    """Fitted on a real labelled set, the tagger marks a name that only its context gives away."""
    docs = load_redaction_set(ROOT / "corpora/redaction/s4-dev/texts.jsonl", "all")
    note = train([("s4-dev", docs)], tmp_path / "t.crfsuite", params={"c1": 0.1, "c2": 0.01, "max_iterations": 40})
    assert note["documents"] == len(docs) and note["identifier_tokens"] > 100
    saved = json.loads((tmp_path / "t.json").read_text())
    assert saved["sha256"] == note["sha256"] and saved["fitted_on"] == [{"set": "s4-dev", "documents": len(docs)}]
    tagger = ContextTagger(tmp_path / "t.crfsuite")
    probs = tagger.probabilities(docs[0].text)
    assert probs and all(0.0 <= p <= 1.0 for *_, p in probs)
    # on its own training documents it finds most identifier words
    hit = total = 0
    for doc in docs[:10]:
        marked = {(a, b) for a, b, _ in tagger.marks(doc.text)}
        for a, b, t in tokens(doc.text):
            if token_labels(doc.text, [(a, b, t)], [i["text"] for i in doc.identifiers])[0] == "N" and t.isalpha():
                total += 1
                hit += (a, b) in marked
    assert total and hit / total > 0.8


def test_shipped_model_is_checked_and_noted():
    tagger = default_tagger()
    assert tagger is not None
    note = json.loads(resources.tagger_file().with_suffix(".json").read_text())
    assert note["documents"] > 400 and note["fitted_on"]


def test_a_tampered_model_is_refused(tmp_path, monkeypatch):
    from pipeline.anonymise import tagger as tagger_module

    model = tmp_path / "anonymise-tagger.crfsuite"
    shutil.copy(resources.tagger_file(), model)
    shutil.copy(resources.tagger_file().with_suffix(".json"), model.with_suffix(".json"))
    with model.open("ab") as fh:
        fh.write(b"\0")
    monkeypatch.setattr(resources, "tagger_file", lambda: model)
    with pytest.raises(RuntimeError, match="does not match the hash"):
        tagger_module._load_default()


@pytest.mark.parametrize("text, gone", [
    ("She volunteers every Saturday at Greenacre Riding Stables near the quarry.", "Greenacre Riding Stables"),
    ("Nickname on the unit is Sparky; he prefers it.", "Sparky"),
])
def test_the_anonymiser_adds_what_only_context_gives(text, gone):
    rules = Anonymiser(tagger=False).anonymise(text)[0]
    both = Anonymiser().anonymise(text)[0]
    assert gone in rules  # the rules alone leave it
    assert gone not in both


@pytest.mark.parametrize("text, kept", [
    ("Fixed with a Herbert screw; discussed with the team.", "Herbert screw"),
    ("Transferred to Longley Centre at Northern General Hospital.", "Longley Centre"),
    ("Verified: Dr Fergus Hale, Consultant Paediatrician", "Dr Fergus Hale"),
])
def test_marks_on_kept_things_are_left(text, kept):
    assert kept in Anonymiser(applicant="Dr Amara Okafor").anonymise(text)[0]


def test_kept_in_place_and_joining():
    text = "Seen at Royal Derby Hospital. Plays for Brixham United on Sundays. Eylea 2 mg given."
    assert kept_in_place(text, text.index("Derby"), text.index("Derby") + 5)
    assert kept_in_place(text, text.index("Eylea"), text.index("Eylea") + 5)
    marks = [(a, b, text[a:b]) for a, b in [(text.index("Brixham"), text.index("Brixham") + 7),
                                            (text.index("United"), text.index("United") + 6)]]
    assert tagged_spans(text, marks, set()) == [(text.index("Brixham"), text.index("United") + 6, "ADDRESS")]
    assert tagged_spans(text, marks, {"brixham", "united"}) == []


def _crfsuite_attributes(feats, known):
    """What python-crfsuite gives CRFsuite for ``feats`` (its own conversion), less what weighs nothing."""
    import pycrfsuite

    return [[name for name, value in item.items() if value != 0.0 and name in known]
            for item in pycrfsuite.ItemSequence(feats).items()]


def test_the_model_file_lists_its_attributes():
    known = model_attributes(resources.tagger_file())
    assert known is not None and len(known) > 10_000
    assert {"bias", "bol", "t", "fn"} <= known
    assert any("\n" in name for name in known)  # the ones Tagger.info()'s text dump cannot parse
    assert model_attributes(ROOT / "pyproject.toml") is None  # not a model: no attributes, no filtering


def test_encoded_features_are_what_crfsuite_reads():
    """The tagger's fast features are exactly the attributes python-crfsuite makes of :func:`features`, in the same
    order, less those at 0.0 and those the model does not know (which add nothing to any score)."""
    tagger = ContextTagger(resources.tagger_file())
    known = model_attributes(tagger.path)
    docs = load_redaction_set(ROOT / "corpora/redaction/s4-dev/texts.jsonl", "all")[:6]
    for text in [d.text for d in docs] + ["Dorothy", "\n\nMr  O'Neill-Byrne\n", "a b"]:
        toks = tokens(text)
        fast = [[a.decode("utf-8") for a in item] for item in tagger.items(toks)]
        assert fast == _crfsuite_attributes(features(toks), known)


def test_probabilities_equal_the_plain_features_to_the_bit():
    import pycrfsuite

    plain = pycrfsuite.Tagger()
    plain.open(str(resources.tagger_file()))
    tagger = ContextTagger(resources.tagger_file())
    docs = load_redaction_set(ROOT / "corpora/redaction/s5-holdout/texts.jsonl", "all")[:8]
    for doc in docs:
        toks = tokens(doc.text)
        plain.set(features(toks))
        expected = [(a, b, t, plain.marginal("N", i)) for i, (a, b, t) in enumerate(toks)]
        assert tagger.probabilities(doc.text) == expected
        assert tagger.probabilities(doc.text) == expected  # remembered: the same again
    assert tagger.probabilities("") == [] and tagger.marks("") == []


def test_remembered_probabilities_are_fresh_lists():
    tagger = ContextTagger(resources.tagger_file())
    text = "Lives with wife Dorothy in Harlow Green."
    first = tagger.probabilities(text)
    first.clear()
    assert tagger.probabilities(text) and tagger.marks(text) == tagger.marks(text)
    for i in range(40):  # more texts than it remembers: the oldest go, the answers stay the same
        tagger.marks(f"Seen with her son Tomasz {i}.")
    assert tagger.probabilities(text) == ContextTagger(resources.tagger_file()).probabilities(text)
