"""The context tagger as a detector: it marks what the rules left, less the names the document keeps."""

from __future__ import annotations

import pytest

pytest.importorskip("pycrfsuite")

from pipeline.anonymise import Anonymiser  # noqa: E402

TEXT = "He lives with his partner Jolene near the Lidl in Swadlincote."


def test_the_tagger_marks_a_name_the_rules_did_not_find():
    assert [(s.text, s.type) for s in Anonymiser(detectors=("tagger",)).find(TEXT)] == [("Jolene", "PERSON")]


def test_the_tagger_switched_off_or_not_named_marks_nothing():
    assert Anonymiser(detectors=("tagger",), tagger=False).find(TEXT) == []
    assert Anonymiser(detectors=("emails",)).find(TEXT) == []


def test_the_tagger_leaves_the_applicants_name():
    text = "He lives with his partner Jolene Amara near the Lidl."
    got = {s.text for s in Anonymiser(applicant="Dr Jolene Amara", detectors=("tagger",)).find(text)}
    assert not any("Jolene" in t or "Amara" in t for t in got)
