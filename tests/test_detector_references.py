"""Detectors of numbers by their shape: references after their cue, registrations (NMC, HCPC), identifier-shaped
codes; and the doses, grades and paper sizes they must leave."""

from __future__ import annotations

from detector_support import alone


def test_references_after_their_cue():
    text = "Datix ref 123456; complaint ref: C-2023-0456; Wells score 4; ST2 trainee"
    assert alone("references", text) == [("123456", "REFERENCE"), ("C-2023-0456", "REFERENCE")]


def test_registrations():
    assert alone("registrations", "NMC PIN 12A3456E; HCPC PA12345.") == [
        ("12A3456E", "REGISTRATION"), ("PA12345", "REGISTRATION")]
    assert alone("registrations", "ST2 in CT1, 12 mg, Garden IV") == []


def test_identifier_shapes_not_doses():
    text = "Specimen X123456789 sent; gentamicin 5 mg/kg; A4 paper, Garden IV, 2023/24"
    assert alone("id_shapes", text) == [("X123456789", "ID_NUMBER")]


def test_the_applicants_own_number_is_no_reference():
    text = "Dr Amara Okafor (GMC 7012345). Our ref: 7012345"
    assert alone("references", text, before=("gmc_numbers",)) == []
    assert set(alone("references", "Our ref: 7012345")) == {("7012345", "REFERENCE")}


def test_references_with_their_date_urn_prison_and_lower_case_department():
    assert set(alone("references", "Police notified (CAD 4412 of 28/10/2024); log 1187 of 11/09/2024.")) == {
        ("CAD", "REFERENCE"), ("4412 of 28/10/2024", "REFERENCE"), ("1187 of 11/09/2024", "REFERENCE")}
    assert alone("references", "URN: 01 / YE / 02345 / 24") == [("01 / YE / 02345 / 24", "REFERENCE")]
    assert alone("references", "Ref: DV/derm/AK-0920") == [("DV/derm/AK-0920", "REFERENCE")]
    assert alone("references", "Prison no: A9921 / wing C") == [("A9921", "REFERENCE")]
    assert alone("references", "Case: 68-year-old man, seen 12/03/2024") == []


def test_colon_joined_lab_numbers_not_times():
    assert alone("id_shapes", "Sample: Lab No 25:B0221:0047, received 01:31:05") == [("25:B0221:0047", "ID_NUMBER")]


def test_collar_and_prison_officer_numbers_and_a_cell():
    assert alone("registrations", "Statement taken by DC Andrew Boothroyd 4471") == [("4471", "REGISTRATION")]
    assert alone("registrations", "Escort: Officer M. Doherty (PO 4471)") == [("4471", "REGISTRATION")]
    assert alone("registrations", "cell block Bann House 2-14") == [("Bann House 2-14", "REGISTRATION")]


def test_court_exhibit_marks_after_the_word_exhibit():
    from pipeline.anonymise import Anonymiser

    text = "Exhibit references: WZ/1 (antenatal record), WZ/2 (CTG).\nA ratio of 3/4 and page 2/3 stay."
    got = [(s.text, s.type) for s in Anonymiser(applicant="Dr Amara Okafor", tagger=False).find(text)]
    assert got == [("WZ/1", "REFERENCE"), ("WZ/2", "REFERENCE")]


def test_a_statements_serial_number_not_serial_bloods():
    text = "Serial: 1149\nPump serial no. 88213\nSerial lactates 4.2 then 3.1; serial troponins 14 and 22."
    assert [t for t, _ in alone("references", text)] == ["1149", "88213"]


def test_references_with_an_ampersand_a_slip_and_a_romanian_register():
    text = ("Ref: LUTH/O&G/REF/17/0442          Date: 4th October\n"
            "OPD slip no. 77215        Date: 19-09-2019\n"
            "Nr. înregistrare: 9981\n")
    assert [t for t, _ in alone("references", text)] == ["LUTH/O&G/REF/17/0442", "77215", "9981"]


def test_a_dose_over_time_is_no_identifier():
    from pipeline.anonymise import Anonymiser
    got = {s.text for s in Anonymiser(applicant="Dr Ada Obi").find(
        "syringe driver: midazolam 10mg/24h + morphine 15mg/24h; ketamine 0.5mg/kg; specimen X12345678 sent")}
    assert "X12345678" in got and not any("mg/" in g for g in got)
