"""Detectors of numbers that identify a patient: NHS numbers, hospital numbers (labelled, in trust formats, on a
patient's row), GMC numbers; and the doses, scores and results they must leave."""

from __future__ import annotations

from detector_support import alone, found


def test_nhs_numbers_labelled_checked_and_ocr_read():
    text = "NHS No: 943 476 5919. NHS number: 4O1 O23 2137. CHI No 1204561234. Also 943-476-5919."
    assert found("nhs_numbers", text) == {"943 476 5919", "4O1 O23 2137", "1204561234", "943-476-5919"}


def test_nhs_numbers_leave_a_wrong_check_digit_and_doses():
    assert found("nhs_numbers", "Ref 943 476 5918. Dose 100 mg, Hb 123 g/L, on 01/02/2023.") == set()


def test_nhs_shaped_numbers_and_extensions():
    assert alone("shaped_numbers", "NHS 943 476 5918 (check digit wrong), ext 4412, BP 120/80") == [
        ("943 476 5918", "NHS_NUMBER"), ("4412", "PHONE")]


def test_hospital_numbers_after_labels():
    text = "Hosp No: RX1234567  DOB 01/02/1960. MRN: K0123456."
    assert found("hospital_numbers", text) == {"RX1234567", "K0123456"}


def test_hospital_numbers_leave_results_scores_and_doses():
    text = "Hb 123 g/L, CRP 5, Wells score 4, amoxicillin 500 mg TDS, Mallampati 2"
    assert alone("hospital_numbers", text) == []


def test_a_number_on_a_named_patients_row():
    text = "1. 00601127 – Ms Vaughan\n2. chest pain 12345678"
    assert alone("row_numbers", text, before=("names",)) == [("00601127", "HOSPITAL_NUMBER")]
    assert alone("row_numbers", text) == []  # no name found on the row: nothing to go by


def test_gmc_numbers_of_others_go_the_applicants_stays():
    text = "Dr Amara Okafor, GMC No: 7012345.\nReviewed by Dr John Reed (GMC number 7098765)."
    assert alone("gmc_numbers", text, before=("names",)) == [("7098765", "GMC_NUMBER")]
    assert found("gmc_numbers", "GMC number: 7098765") == {"7098765"}
    assert found("gmc_numbers", "Dr Amara Okafor (GMC 7012345)") == set()


def test_national_insurance_numbers_after_their_label_or_by_their_shape():
    text = ("National Insurance number QQ 12 34 56 C, of Flat 2.\nNI no: ZX998877B\nHMRC ref JT 48 20 17 D here. "
            "Ward 12 34 56 days; BP 120 80 60 A")
    assert found("person_ids", text) == {"QQ 12 34 56 C", "ZX998877B", "JT 48 20 17 D"}


def test_a_labelled_nhs_number_wrapped_by_ocr():
    got = alone("nhs_numbers", "Name: YILMAZ Mehmet   NHS 394 006\n4630\nHosp No 59l15939")
    assert got == [("394 006\n4630", "NHS_NUMBER")]


def test_a_number_after_patient_a_log_of_a_day_and_a_phone_dialled_abroad():
    from pipeline.anonymise import Anonymiser

    text = ("Patient 10987 (L.P.) is under the CMHT.\npolice aware, log 1122 of 12/03\n"
            "family in Galway (mother, 00353 91 555 014).\nCase 3 of 12 reviewed.")
    got = {s.text for s in Anonymiser(applicant="Dr Kofi Mensah", tagger=False).find(text)}
    assert {"10987", "1122 of 12/03", "00353 91 555 014"} <= got
    assert not any("12" == s or "3" == s for s in got)


def test_a_code_with_an_ampersand_a_check_letter_and_a_semicolon_csv():
    from pipeline.anonymise import Anonymiser
    text = ("(LUTH/A&E/2019/11482, Folder No. 338-614), seen in A&E and O&G.\n"
            "NHS N o : 5l8 O33 9127       Hosp N o : 1O29847 4Q\n"
            "row;hospno;nhs;surname;age;sex\n2;10415530H;4419275530;Greenhalgh;79;M\n")
    got = {s.text for s in Anonymiser(applicant="Dr Amara Okafor").find(text)}
    assert {"LUTH/A&E/2019/11482", "1O29847 4Q", "10415530H", "4419275530", "Greenhalgh"} <= got
    assert not {"A&E", "O&G", "79"} & got


def test_an_nhs_number_as_ocr_printed_it_and_a_health_service_user_number():
    from pipeline.anonymise import Anonymiser

    text = ("B4    l4   Hugh McAtamney     3l2 O84 77l9  hypercalcaemia\n"
            "National Health Service user no.: 284 119 037\n")
    removed = {s.text for s in Anonymiser(applicant="Dr Amara Okafor").find(text)}
    assert "3l2 O84 77l9" in removed and "284 119 037" in removed
    # words of three letters are not numbers
    assert not Anonymiser(applicant="Dr Amara Okafor").find("the lol sos 1234 thing")


def test_a_certifying_translators_registration_number_goes_their_name_stays():
    from pipeline.anonymise import Anonymiser

    text = ("Translated by Shirin Ghaffari, DPSI, CIOL membership no. 58821, 14/05/2024\n"
            "Aisha Siddiqui, certified translator (ITI member 41207), 09/01/2024.\n"
            "Sworn translator, Egyptian Ministry of Justice authorisation\nno. 3318, attested 11/07/2023.\n")
    removed = {s.text for s in Anonymiser(applicant="Dr Amara Okafor").find(text)}
    assert {"58821", "41207", "3318"} <= removed
    assert "Shirin Ghaffari" not in removed
    # a membership number with no translation in sight is left to the other rules
    assert "4471" not in {s.text for s in Anonymiser(applicant="Dr Amara Okafor").find("Gym membership no. 4471 renewed.")}


def test_extensions_pagers_and_numbered_records_from_abroad():
    from pipeline.anonymise import Anonymiser

    text = ("lab (biochemist, ext 2 6610) but\nCoordinator: Shona Pettifer x 60418\n"
            "then med reg (page 4416)\nsee page 212 of the bundle\n"
            "ВЫПИСНОЙ ЭПИКРИЗ № 1187\nDISCHARGE EPICRISIS No. 1187\n")
    removed = [s.text for s in Anonymiser(applicant="Dr Amara Okafor").find(text)]
    assert {"2 6610", "60418", "4416"} <= set(removed) and removed.count("1187") == 2
    assert "212" not in removed  # a file's page is no pager


def test_a_research_logs_participant_and_screening_numbers_under_their_headers():
    from detector_support import alone

    text = ("date       | participant | screening no | visit | notes\n"
            "04/03/2024 | LUM-017     | SCR-0088     | V1    | consented\n\n"
            "Scr no | Date       | Eligible\n"
            "S-041  | 03/10/2023 | Y\n")
    found = alone("tables", text)
    assert {("LUM-017", "OTHER_ID"), ("SCR-0088", "OTHER_ID"), ("S-041", "OTHER_ID")} <= set(found)
    assert not any(v in ("03/10/2023", "04/03/2024", "V1", "Y") for v, _ in found)
