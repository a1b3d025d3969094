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
