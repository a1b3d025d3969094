"""Boilerplate is neither embedded nor an excerpt; distinct outcomes supported by distinct passages are credited.

Fixtures are real documents of the labelled development set (corpora/labelled/dev.jsonl).
"""

import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.evaluate import LabelledItem, Ranking, locate_sentence, metrics
from pipeline.curriculum import load_curricula
from pipeline.model import Document
from pipeline.segment import (SegmentSettings, boilerplate_lines, is_boilerplate, line_key, line_keys,
                              split_passages)
from pipeline.store import Store
from pipeline.suggest import distinct_support

ROOT = Path(__file__).resolve().parents[1]


def labelled(doc_id: str) -> str:
    for line in (ROOT / "corpora" / "labelled" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == doc_id:
            return row["text"]
    raise KeyError(doc_id)


def flagged(text: str) -> list[str]:
    return [line for line, b in zip(text.splitlines(), boilerplate_lines(text)) if b and line.strip()]


def test_complaint_letter_header_footer_and_signature_block_are_boilerplate():
    text = labelled("gpc-0103")
    lines = flagged(text)
    assert "Ref: COMP/2023/1187" in lines and "Date: 21 November 2023" in lines
    assert any("Ombudsman" in line for line in lines)  # the complaints-team footer
    assert {"Yours sincerely,", "Dr Rafael Montoya", "Specialty Doctor, Care of the Elderly"} <= set(lines)
    assert any(line.startswith("cc:") for line in lines)  # the distribution list
    # the evidence is not
    assert not any("I apologise without reservation" in line for line in lines)
    passages = split_passages(text)
    assert passages and not any("Ombudsman" in p.text or "Yours sincerely" in p.text for p in passages)


def test_form_labels_are_boilerplate_but_a_field_that_is_prose_is_not():
    text = labelled("psy-0106")
    lines = flagged(text)
    assert "Assessor: Dr Catherine Moore, Consultant Psychiatrist" in lines
    assert "Signed: C. Moore" in lines
    assert not any(line.startswith("Date: 16/01/2024      Setting:") for line in lines)
    assert is_boilerplate("Trainee: Dr [PERSON-1]. Assessor: Consultant Obstetric Anaesthetist. Date: 21/03/2024, 04:10.")
    assert not is_boilerplate("Observed: consent including failure, pneumothorax, LA toxicity; asepsis (full barrier)")


def test_a_passage_never_holds_a_removed_line():
    text = labelled("im-0118")  # title, unit, facilitators, date, then the record
    passages = split_passages(text)
    assert not any("Co-facilitator" in p.text or "27/06/2024" in p.text for p in passages)
    # the title above the removed header stands alone: embedded (it says what the document is), never an excerpt
    assert passages[0].text == "IN-SITU SIMULATION: FACULTY RECORD" and passages[0].heading
    assert passages[1].text.startswith("Scenario: man, 58") and not any(p.heading for p in passages[1:])
    for p in passages:  # what the review highlights is the passage itself
        assert " ".join(text[p.start:p.end].split()) == p.text


def test_a_document_that_is_all_boilerplate_still_has_a_passage():
    text = "Yours sincerely,\nDr [PERSON-1]\nSpecialty Doctor, Emergency Medicine\ncc: patient\n"
    assert all(boilerplate_lines(text)[:4])
    passages = split_passages(text)
    assert len(passages) == 1 and "Specialty Doctor" in passages[0].text
    assert split_passages("") == [] and split_passages("   \n") == []


def test_repeated_lines_are_counted_in_the_workspace_store_and_removed(tmp_path):
    footer = "Eastfield Hospitals cares about your experience - please tell us how we did via our feedback line"
    letters = [labelled(i) + "\n" + footer + f" {n}\n" for n, i in enumerate(["gpc-0103", "gpc-0104", "psy-0103"])]
    assert line_key(footer + " 1") == line_key(footer.upper() + "  2")  # case, digits and spacing folded
    with Store(tmp_path / "documents.sqlite") as store:
        for n, text in enumerate(letters):
            store.save(Document(path=f"l{n}.txt", sha256=f"{n}" * 64, text=text, pages=1, format="text"))
        repeated = store.repeated_lines()
        assert line_key(footer + " 5") in repeated
        # nothing else but lines all three letters share
        shared = set(line_keys(letters[0])) & set(line_keys(letters[1])) & set(line_keys(letters[2]))
        assert repeated == shared
        assert store.repeated_lines(min_documents=4) == frozenset()
    without = split_passages(letters[0])
    assert any("feedback line" in p.text for p in without)  # on its own the line looks like prose
    with_ws = split_passages(letters[0], SegmentSettings(repeated=repeated))
    assert not any("feedback line" in p.text for p in with_ws)
    # a document made only of repeated lines falls back to its own reading
    assert split_passages(footer + " 9\n", SegmentSettings(repeated=repeated))


def test_distinct_support_credits_a_second_outcome_its_own_passages_support():
    # nodes: two of outcome 0, one of outcome 1, one of outcome 2; three passages
    outcome_of = np.array([0, 0, 1, 2])
    passages = np.array([[0.9, 0.2, 0.1, 0.0],   # about outcome 0
                         [0.8, 0.7, 0.2, 0.1],   # about outcome 0
                         [0.1, 0.2, 0.6, 0.3]])  # about outcome 1
    scores = np.array([2.0, 1.0, 0.5, 0.7])
    credit = distinct_support(passages, scores, outcome_of)
    assert credit.tolist() == [0.0, 0.0, np.float32(1 / 3), 0.0]
    # a document about one thing credits nothing
    assert not distinct_support(passages[:2], scores, outcome_of).any()


def test_metrics_report_recall_on_multi_outcome_documents_apart():
    curricula = load_curricula(["gmc-gpc-2017"])
    items = [LabelledItem("a", "gmc-gpc-2017", ["gmc-gpc-2017:D1", "gmc-gpc-2017:D6"]),
             LabelledItem("b", "gmc-gpc-2017", ["gmc-gpc-2017:D3"])]
    rankings = [Ranking(["gmc-gpc-2017:D1", "gmc-gpc-2017:D2", "gmc-gpc-2017:D4", "gmc-gpc-2017:D6"], [.9, .5, .4, .3]),
                Ranking(["gmc-gpc-2017:D3", "gmc-gpc-2017:D2"], [.9, .1])]
    m = metrics(items, rankings, curricula)
    assert m["multi-outcome documents"] == 1 and m["multi-outcome R@3"] == 0.5 and m["R@3"] == 0.75


def test_a_labelled_sentence_is_found_in_the_anonymised_text():
    text = "Discussed with Dr [PERSON-2], Consultant,\non 12/02/2024. Agreed actions follow."
    assert locate_sentence("Discussed with Dr Fiona Mackay, Consultant, on 12/02/2024.", text) == (0, 56)
    assert locate_sentence("Agreed actions follow.", text) == (57, 79)
    assert locate_sentence("Nothing of the kind here.", text) is None


def test_no_excerpt_is_a_heading_or_a_sign_off(model):
    from pipeline.suggest import SuggestSettings, Suggester

    suggester = Suggester(SuggestSettings(top_k=10), model=model).fit(load_curricula(["rcem-2021"]))
    text = labelled("rcem-0030") + "\n\nYours sincerely,\nDr [PERSON-1]\nEM Registrar, St Aldhelm's Hospital\n"
    doc = Document(path="rcem-0030", sha256="", text=text, pages=1, format="text")
    analysis = next(suggester.analyse_many([doc]))
    assert analysis.passages[0].heading and analysis.passages[0].text.startswith("PAEDIATRIC RESUS RECORD")
    assert len(analysis.suggestions) == 10
    for s in analysis.suggestions:
        assert s.excerpt and not s.excerpt.startswith("PAEDIATRIC RESUS RECORD")
        assert "Yours sincerely" not in s.excerpt and "St Aldhelm" not in s.excerpt


# ------------------------------------------------------------------ segmentation edge cases


def _folded(text: str, p) -> str:
    return " ".join(text[p.start:p.end].split())


def test_no_text_gives_no_passages():
    assert split_passages("") == [] and split_passages("   \n\n \t ") == []


def test_one_sentence_is_one_passage_over_the_whole_text():
    text = "Supervised the resuscitation of a child with sepsis."
    (p,) = split_passages(text)
    assert (p.index, p.start, p.end, p.text, p.heading) == (0, 0, len(text), text, False)


def test_a_title_alone_is_the_document_not_a_heading():
    (p,) = split_passages("Chest drain")
    assert p.text == "Chest drain" and not p.heading


def test_a_title_above_a_removed_line_is_a_heading_and_the_prose_its_own_passage():
    text = ("Chest drain insertion\nPhone: 0123 456789\n"
            "I inserted a chest drain under ultrasound guidance for a large pneumothorax and it went well.")
    title, body = split_passages(text)
    assert (title.text, title.heading) == ("Chest drain insertion", True)
    assert body.text.startswith("I inserted") and not body.heading and "0123" not in title.text + body.text


def test_sentences_are_packed_whole_up_to_the_word_limit_and_cover_the_text():
    text = " ".join(f"Sentence number {i} describes a procedure I did well." for i in range(40))
    passages = split_passages(text, SegmentSettings(max_words=20, min_words=5))
    assert [p.index for p in passages] == list(range(len(passages))) and len(passages) == 20
    assert all(len(p.text.split()) <= 20 and p.text.endswith("well.") for p in passages)
    assert all(_folded(text, p) == p.text for p in passages)  # offsets point at the passage's own text
    assert " ".join(p.text for p in passages) == text  # nothing lost, nothing twice, in order
    assert all(a.end < b.start for a, b in zip(passages, passages[1:]))


def test_a_short_tail_joins_the_passage_before_it():
    text = "First sentence has exactly six words. Second sentence also has six words. Done."
    passages = split_passages(text, SegmentSettings(max_words=10, min_words=4))
    assert [p.text for p in passages] == ["First sentence has exactly six words.",
                                          "Second sentence also has six words. Done."]


def test_a_long_document_is_sampled_evenly_to_the_passage_limit():
    text = " ".join(f"Sentence number {i} describes a procedure I did well." for i in range(40))
    every = split_passages(text, SegmentSettings(max_words=20, min_words=5))
    kept = split_passages(text, SegmentSettings(max_words=20, min_words=5, max_passages=4))
    assert [p.index for p in kept] == [0, 1, 2, 3]  # renumbered
    assert [(p.start, p.end, p.text) for p in kept] == [(every[i].start, every[i].end, every[i].text)
                                                        for i in (0, 5, 10, 15)]


def test_windows_line_endings_keep_offsets_and_fold_into_the_passage_text():
    text = "I led the trauma team for a major trauma call.\r\nThe patient was intubated and transferred to CT.\r\n"
    (p,) = split_passages(text)
    assert "\r" not in p.text and "\n" not in p.text
    assert p.text == _folded(text, p) == ("I led the trauma team for a major trauma call. "
                                          "The patient was intubated and transferred to CT.")


def test_salutation_and_signature_are_outside_every_passage():
    text = ("Dear Dr Smith,\n\nI reviewed the patient in clinic and started treatment for asthma with an inhaler "
            "plan.\n\nYours sincerely,\nDr Jones\nConsultant Physician\n")
    (p,) = split_passages(text)
    assert text[p.start:].startswith("I reviewed") and text[:p.end].endswith("inhaler plan.")


@pytest.mark.parametrize("settings, message", [
    ({"max_words": 4}, "max_words must be between 5 and 400"),
    ({"max_words": 401}, "max_words must be between 5 and 400"),
    ({"min_words": 60}, "min_words must be >= 0 and below max_words"),
    ({"min_words": -1}, "min_words must be >= 0 and below max_words"),
    ({"max_passages": 0}, "max_passages must be >= 1"),
])
def test_settings_out_of_range_are_refused(settings, message):
    with pytest.raises(ValueError, match=message):
        SegmentSettings(**settings)
