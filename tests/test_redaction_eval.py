"""The anonymiser measured on the labelled redaction set (corpora/redaction/redaction.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.anonymise.evaluation import (STRICT_TYPES, evaluate_redaction, load_redaction_set, occurrences,
                                           results_markdown, split_of)

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "corpora" / "redaction" / "redaction.jsonl"


@pytest.fixture(scope="module")
def cli_results():
    """``cesr evaluate-redaction`` once: dev, held-out test and the sample manifest."""
    import contextlib
    import io

    from pipeline.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["evaluate-redaction", str(LABELS), "--sample-src", str(ROOT / "corpora" / "sample-src"), "--json"]) == 0
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def everything(cli_results):
    """The whole labelled set: dev and test added up."""
    dev, test = cli_results["dev"], cli_results["test"]
    per_type = {}
    for kind in set(dev["per_type"]) | set(test["per_type"]):
        a = dev["per_type"].get(kind, {})
        b = test["per_type"].get(kind, {})
        found = a.get("found", 0) + b.get("found", 0)
        total = a.get("identifiers", 0) + b.get("identifiers", 0)
        per_type[kind] = {"recall": found / total if total else None}
    found = dev["overall"]["found"] + test["overall"]["found"]
    total = dev["overall"]["identifiers"] + test["overall"]["identifiers"]
    correct = dev["overall"]["correct"] + test["overall"]["correct"]
    detected = dev["overall"]["detected"] + test["overall"]["detected"]
    kept = dev["keep"]["kept"] + test["keep"]["kept"]
    strings = dev["keep"]["strings"] + test["keep"]["strings"]
    return {"overall": {"recall": found / total, "precision": correct / detected}, "per_type": per_type,
            "keep": {"rate": kept / strings}, "documents": dev["documents"] + test["documents"]}


def test_the_set_is_large_and_split_by_id():
    docs = load_redaction_set(LABELS)
    assert len(docs) >= 60 and all(d.identifiers for d in docs)
    dev, test = load_redaction_set(LABELS, "dev"), load_redaction_set(LABELS, "test")
    assert len(dev) + len(test) == len(docs) and len(test) >= 15
    assert split_of("red-0050") == "dev" and split_of("red-0070") == "dev" and split_of("red-0111") == "dev"
    assert split_of("red-0071") == "test" and split_of("red-0110") == "test"


def test_done_criteria_on_the_labelled_set(everything):
    """Recall >= 0.98 overall and >= 0.995 for NHS numbers, phones, e-mails and postcodes; >= 99% kept."""
    assert everything["overall"]["recall"] >= 0.98
    for kind in STRICT_TYPES:
        assert everything["per_type"][kind]["recall"] >= 0.995, kind
    assert everything["keep"]["rate"] >= 0.99
    assert everything["overall"]["precision"] >= 0.95


def test_held_out_split_does_not_regress(cli_results):
    """The test split was never looked at while tuning; this floor only guards against regressions."""
    held_out = cli_results["test"]
    assert held_out["overall"]["recall"] >= 0.975  # measured 0.982 (2026-11-24)
    assert held_out["keep"]["rate"] >= 0.99
    for kind in STRICT_TYPES:
        assert held_out["per_type"][kind]["recall"] >= 0.995, kind


def test_sample_manifest_is_a_second_check(cli_results):
    sample = cli_results["sample"]
    assert sample["documents"] == 22 and sample["overall"]["recall"] >= 0.97


def test_occurrences_respect_word_edges():
    text = "Khan and Khanna met Mrs Khan-Mirza; KHAN."
    assert occurrences(text, "Khan") == [(0, 4), (24, 28)]
    assert occurrences(text, "Khan-Mirza") == [(24, 34)]


def test_report_names_no_identifier(cli_results):
    markdown = results_markdown(cli_results["dev"], "dev")
    for doc in load_redaction_set(LABELS):
        for ident in doc.identifiers:
            if len(ident["text"]) >= 4:
                assert ident["text"] not in markdown
    assert "| NHS_NUMBER |" in markdown and "**all**" in markdown


def test_cli_evaluate_redaction(cli_results):
    assert set(cli_results) == {"dev", "test", "sample"}
    assert cli_results["dev"]["documents"] + cli_results["test"]["documents"] >= 60
    assert "errors" not in cli_results["dev"]


def test_errors_are_collected_for_developers_only():
    docs = load_redaction_set(LABELS, "dev")[:3]
    result = evaluate_redaction(docs, collect_errors=True)
    assert set(result["errors"]) == {"misses", "false_positives", "lost_keep"}


def test_files_of_the_development_set_are_redacted_pixel_by_pixel(tmp_path):
    """Wristbands, labels and a scanned form of s4-dev (written by a helper who never saw the rules), redacted
    for real: every identifier's glyphs painted, every barcode and QR code gone, what must stay left alone."""
    from pipeline.anonymise.evaluation import evaluate_files, load_set

    _, files = load_set(Path(__file__).resolve().parent.parent / "corpora" / "redaction" / "s4-dev")
    chosen = [f for f in files if f.id in ("d4-047", "d4-050", "d4-051", "d4-063")]
    assert len(chosen) == 4
    result = evaluate_files(chosen, tmp_path, workers=2)
    assert result["codes"]["codes"] >= 3 and result["codes"]["rate"] == 1.0
    assert result["overall"]["recall"] >= 0.95  # measured 1.000 (2026-12-06)
    assert result["keep"]["rate"] >= 0.9


def test_set_folders_and_their_report(tmp_path, capsys):
    from pipeline.cli import main

    folder = Path(__file__).resolve().parent.parent / "corpora" / "redaction" / "s4-dev"
    assert main(["evaluate-redaction", str(folder), "--no-files"]) == 0
    out = capsys.readouterr().out
    assert "| **all identifiers** |" in out and "documents with identifiers left with none" in out


def test_a_leading_title_need_not_be_removed():
    """'Mrs Khan' labelled whole is removed when 'Khan' is: a title alone identifies nobody (FORMAT.md lists
    names without it); a name left readable is still a miss."""
    from pipeline.anonymise.evaluation import LabelledDoc, evaluate_redaction

    doc = LabelledDoc("t-1", "Seen with Mrs Ayesha Khanum in clinic; Mrs Khanum agreed.", "Dr Amara Okafor",
                      [{"text": "Mrs Ayesha Khanum", "type": "PATIENT_NAME"}, {"text": "Mrs Khanum", "type": "PATIENT_NAME"}])
    assert evaluate_redaction([doc])["overall"]["recall"] == 1.0

    class KeepsEverything:
        def find(self, text):
            return []

    assert evaluate_redaction([doc], make=lambda d: KeepsEverything())["overall"]["recall"] == 0.0
    # a priest's title likewise: "Fr Tadeusz Mazur" with "Tadeusz Mazur" removed
    priest = LabelledDoc("t-3", "The family would like Fr. Tadeusz Mazur present at withdrawal.", "Dr Mariam Haddad",
                         [{"text": "Fr. Tadeusz Mazur", "type": "RELATIVE_NAME"}])
    assert evaluate_redaction([priest])["overall"]["recall"] == 1.0
    # a couple's titles, a title with a married woman's in brackets, a role abbreviation, a title over a line break
    from pipeline.anonymise.evaluation import _title_prefix
    for label, name in (("Mr and Mrs Stanhope", "Stanhope"), ("Mr & Mrs Drummond-Kerr", "Drummond-Kerr"),
                        ("Dr. (Mrs.) S. Kumarasinghe", "S. Kumarasinghe"), ("APP K. Dewhurst", "K. Dewhurst"),
                        ("T/L Sharon Pickup", "Sharon Pickup"), ("Staff\nNurse Gemma Littlejohn", "Gemma Littlejohn")):
        assert label[_title_prefix(label):] == name


def test_a_numbers_label_words_need_not_be_removed():
    """'ext 2219' and 'SWAST incident 230703-1188' are removed when their digits are: the words of the label
    identify nobody.  Every word holding a digit must go; a name is still scored on all of its letters."""
    from pipeline.anonymise import Span
    from pipeline.anonymise.evaluation import LabelledDoc

    text = "Ambulance record (SWAST incident 230703-1188); bleep ext 2219 for Ruaridh Moffat."
    doc = LabelledDoc("t-2", text, "Dr Amara Okafor",
                      [{"text": "SWAST incident 230703-1188", "type": "REFERENCE_NUMBER"},
                       {"text": "ext 2219", "type": "PHONE"}, {"text": "Ruaridh Moffat", "type": "PATIENT_NAME"}])

    class Removes:
        def __init__(self, *strings):
            self.strings = strings

        def find(self, text):
            return [Span(text.index(s), text.index(s) + len(s), "X", s) for s in self.strings]

    def recall_of(*strings):
        return evaluate_redaction([doc], make=lambda d: Removes(*strings))["per_type"]

    got = recall_of("230703-1188", "2219", "Moffat")
    assert got["REFERENCE_NUMBER"]["recall"] == 1.0 and got["PHONE"]["recall"] == 1.0
    assert got["PATIENT_NAME"]["recall"] == 0.0  # 'Ruaridh' left readable
    got = recall_of("230703-", "22")
    assert got["REFERENCE_NUMBER"]["recall"] == 0.0 and got["PHONE"]["recall"] == 0.0


def test_an_e_mail_file_is_measured_by_the_text_left_in_its_copy(tmp_path):
    """An e-mail's redacted copy is text: its identifiers count as removed when they no longer appear in it
    (it has no pages to compare pixel by pixel), and its keep strings as kept when they still do."""
    from email.message import EmailMessage

    from pipeline.anonymise.evaluation import FileDoc, evaluate_files

    message = EmailMessage()
    message["From"] = "Dr Ana Ruiz <ana.ruiz@example.nhs.uk>"
    message["To"] = "Dr Priya Raghunathan <priya.r@example.nhs.uk>"
    message["Subject"] = "Case for your portfolio"
    message.set_content("Dear Priya,\n\nThe patient, Mr Gareth Pennock (NHS number 943 476 5919), was reviewed in "
                        "the chest pain clinic and started on bisoprolol.\n\nBest wishes,\nAna Ruiz\n")
    path = tmp_path / "letter.eml"
    path.write_bytes(bytes(message))
    doc = FileDoc("e-1", path, "Dr Priya Raghunathan",
                  [{"text": "Gareth Pennock", "type": "PATIENT_NAME"}, {"text": "943 476 5919", "type": "NHS_NUMBER"}],
                  [{"text": "bisoprolol"}, "chest pain clinic"], [])  # a Word file's or e-mail's keep may be bare
    result = evaluate_files([doc], tmp_path / "out", workers=1, collect_errors=True)
    assert result["overall"] == {"identifiers": 2, "found": 2, "recall": 1.0}
    assert result["keep"]["kept"] == 2 and result["clean_documents"]["clean"] == 1


def test_a_possessive_ending_or_a_grade_left_beside_a_removed_name_is_not_a_leak():
    from pipeline.anonymise.evaluation import LabelledDoc, evaluate_redaction

    text = "I have reviewed your son Kit's notes. Crew: Paramedic Gary Thewlis."
    doc = LabelledDoc(id="t-1", text=text, applicant="Dr Priyanka Raghunathan",
                      identifiers=[{"text": "Kit's", "type": "PATIENT_NAME"},
                                   {"text": "Paramedic Gary Thewlis", "type": "COLLEAGUE_NAME"}], keep=[])
    r = evaluate_redaction([doc])
    assert r["overall"]["recall"] == 1.0 and r["clean_documents"]["clean"] == 1


def test_identifiers_left_are_counted_as_flagged_when_the_leak_check_points_to_them():
    from pipeline.anonymise import Anonymiser
    from pipeline.anonymise.evaluation import LabelledDoc

    text = "Daughter Janice on the phone; the vicar from the chapel visits him every week.\n"
    doc = LabelledDoc("t-9", text, "Dr Amara Okafor", identifiers=[
        {"text": "Janice", "type": "RELATIVE_NAME"}, {"text": "the vicar from the chapel", "type": "PATIENT_NAME"}])
    clean = LabelledDoc("t-10", "No patient is named here.", "Dr Amara Okafor")
    nothing = lambda d: Anonymiser(applicant=d.applicant, detectors=(), tagger=False)  # noqa: E731 - removes nothing
    left = evaluate_redaction([doc, clean], nothing, leak_check=True)["left"]
    # both are left; the name after a relation is flagged for the doctor, a person told by description is not
    assert left == {"identifiers": 2, "flagged": 1, "documents": 1, "all_flagged": 0, "silent_documents": 1}
    assert "left" not in evaluate_redaction([doc], nothing)


def test_a_title_in_brackets_after_a_name_need_not_go():
    from pipeline.anonymise import Anonymiser
    from pipeline.anonymise.evaluation import LabelledDoc

    doc = LabelledDoc("t-11", "Patient: CHEUNG, Wing-Yan (Mrs)   MRN NG4471028\n", "Dr Ama Boateng",
                      identifiers=[{"text": "CHEUNG, Wing-Yan (Mrs)", "type": "PATIENT_NAME"}])
    result = evaluate_redaction([doc], lambda d: Anonymiser(applicant=d.applicant))
    assert result["overall"]["found"] == 1  # "(Mrs)" is left, and names no one


def test_a_newborn_s_sex_and_a_twin_s_number_need_not_go():
    from pipeline.anonymise import Anonymiser
    from pipeline.anonymise.evaluation import LabelledDoc

    doc = LabelledDoc("t-12", "Baby: Boy KACZMAREK-LLOYD   Hosp no: QA5521049\nTC2 | Twin 2 of Mbeki | well\n",
                      "Dr Ama Boateng", identifiers=[{"text": "Boy KACZMAREK-LLOYD", "type": "PATIENT_NAME"},
                                                     {"text": "Twin 2 of Mbeki", "type": "PATIENT_NAME"}])
    result = evaluate_redaction([doc], lambda d: Anonymiser(applicant=d.applicant))
    assert result["overall"]["found"] == 2  # the surnames went; "Boy" and "Twin 2 of" name no one
