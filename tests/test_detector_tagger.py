"""The context tagger as a detector: it marks what the rules left, less the names the document keeps."""

from __future__ import annotations

import pytest

pytest.importorskip("pycrfsuite")

from pipeline.anonymise import Anonymiser  # noqa: E402

TEXT = "He lives with his partner Jolene near the Lidl in Swadlincote."


def test_the_tagger_marks_a_name_the_rules_did_not_find():
    # and, fitted with the narrative sets (s12, s13: a shop or a club a patient goes to is an identifying place),
    # where she was: a place, not more of her name
    got = [(s.text, s.type) for s in Anonymiser(detectors=("tagger",)).find(TEXT)]
    assert got[0] == ("Jolene", "PERSON"), got
    # the preposition before the place may or may not be marked with it, depending on the fit
    assert got[1][1] == "ADDRESS" and got[1][0] in ("near the Lidl", "the Lidl"), got
    # and the town that shop is in, once the fit has seen enough lives told in prose (the refit after s43 does)
    assert all(kind == "ADDRESS" for _, kind in got[1:]) and {t for t, _ in got[2:]} <= {"Swadlincote"}, got


def test_a_little_word_after_a_name_begins_a_new_run():
    from pipeline.anonymise.tagger import tagged_spans

    text = "partner Jolene near the Lidl today, and spoke to jolene smith on the ward"
    words = ["Jolene", "near", "the", "Lidl", "jolene", "smith"]
    marks, at = [], 0
    for w in words:
        at = text.index(w, at)
        marks.append((at, at + len(w), w))
        at += len(w)
    got = [(text[a:b], kind) for a, b, kind in tagged_spans(text, marks, set())]
    assert got == [("Jolene", "PERSON"), ("near the Lidl", "ADDRESS"), ("jolene smith", "PERSON")]


def test_the_tagger_switched_off_or_not_named_marks_nothing():
    assert Anonymiser(detectors=("tagger",), tagger=False).find(TEXT) == []
    assert Anonymiser(detectors=("emails",)).find(TEXT) == []


def test_the_tagger_leaves_the_applicants_name():
    text = "He lives with his partner Jolene Amara near the Lidl."
    got = {s.text for s in Anonymiser(applicant="Dr Jolene Amara", detectors=("tagger",)).find(text)}
    assert not any("Jolene" in t or "Amara" in t for t in got)


def test_a_name_the_tagger_marked_is_found_wherever_else_it_stands():
    from pipeline.anonymise import Anonymiser

    text = ("Respiratory Medicine, Fenwick Memorial Hospital\nDear Dr Jolanta Eckersley,\nKeziah Dzierzynski, 57 "
            "Bishopsgate Crescent, Great Wigborough\nKeziah has COPD, FEV1 38% predicted. Seen at Victoria Hospital "
            "Kirkcaldy.\nDr Nilufar Rahman, Respiratory Consultant")
    spans = Anonymiser(applicant="Dr Nilufar Rahman").find(text)
    covered = [s for s in spans if s.text == "Keziah" or "Keziah" in s.text]
    assert len(covered) == 2, [s.text for s in spans]
    assert "Kirkcaldy" not in {s.text for s in spans}


def test_day_ranges_ocr_blood_pressures_rota_shifts_and_a_unit_on_a_lane_stay():
    from pipeline.anonymise import Anonymiser
    text = ("Tier 2 (middle grade) - nights\nWk 1: Mon-Thu  M. Kowalczyk          Fri-Sun  P. Ramaswamy\n"
            "Lying BP l42/78, standing at 3 min l08/64 rnmHg.\n"
            "Hearing: 14/05/2024, Tamarind Lane Mental Health Unit\n"
            "Wk     Mon       Tue       Wed       Thu       Fri\n10     LV-D      LV-D      SPA       Off       LV-N\n")
    got = " | ".join(s.text for s in Anonymiser(applicant="Dr Mariusz Kowalczyk").find(text))
    for kept in ("Mon-Thu", "Fri-Sun", "l42/78", "l08/64", "Tamarind", "LV-D", "LV-N"):
        assert kept not in got, got
    assert "Ramaswamy" in got
