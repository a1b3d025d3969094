"""Identifiers go, clinical content and the applicant's name stay."""

from __future__ import annotations

import pytest

from pipeline.anonymise import Anonymiser, nhs_number_valid

LETTER = """Emergency Department, Northgate General Hospital

Dear Dr Redfern

Re: Mr Gareth Holloway, DOB 02/08/1971, male
NHS No: 692 174 2180   Hosp No: NG4471902
27 Larchfield Crescent, Eastmoor Vale, WF3 1PN

Mr Holloway was found fitting by his partner, Mrs Denise Holloway (07700 900417).
GCS 3 on arrival; Glasgow Coma Scale improved after lorazepam. Wells score not applicable.
Contact: denise.holloway@example.com

Yours sincerely
Dr Amara Okafor
GMC 7123456
"""


@pytest.fixture(scope="module")
def result():
    return Anonymiser(applicant="Dr Amara Okafor").anonymise(LETTER)


@pytest.mark.parametrize("identifier", [
    "Gareth", "Holloway", "692 174 2180", "NG4471902", "27 Larchfield Crescent", "WF3 1PN",
    "07700 900417", "denise.holloway@example.com", "Redfern", "Denise",
])
def test_identifier_removed(result, identifier):
    assert identifier not in result[0]


@pytest.mark.parametrize("kept", [
    "DOB 02/08/1971", "male", "Glasgow Coma Scale", "Wells score", "lorazepam", "Dr Amara Okafor",
    "GMC 7123456", "Northgate General Hospital",
])
def test_kept(result, kept):
    assert kept in result[0]


def test_replacements_are_consistent(result):
    text = result[0]
    assert "Re: Mr [PATIENT-1]" in text and "Mr [PATIENT-1] was found" in text
    assert "[NHS-NUMBER]" in text and "[POSTCODE]" in text and "[PHONE]" in text and "[EMAIL]" in text


@pytest.mark.parametrize("number,valid", [
    ("943 476 5919", True), ("9434765919", True), ("943-476-5919", True),
    ("943 476 5918", False), ("1111111111", False), ("12345", False),
])
def test_nhs_number_check_digit(number, valid):
    assert nhs_number_valid(number) is valid


@pytest.mark.parametrize("text,tag", [
    ("Postcode: SW1A 1AA.", "[POSTCODE]"), ("lives at M1 1AE", "[POSTCODE]"), ("B33 8TH", "[POSTCODE]"),
    ("Tel 0113 496 0000 ext 4412", "[PHONE]"), ("call +44 7700 900123", "[PHONE]"), ("(0113) 496 0000", "[PHONE]"),
    ("MRN: 00451234", "[HOSPITAL-NUMBER]"), ("NHS number 9434765919", "[NHS-NUMBER]"),
])
def test_patterns(text, tag):
    assert tag in Anonymiser().anonymise(text)[0]


def test_numbers_in_clinical_text_survive():
    text = "Hb 121, WCC 14.2, lactate 5.1 at 02:46; 60 mg/kg levetiracetam; BP 168/94; 2,500 ml."
    assert Anonymiser().anonymise(text)[0] == text
