"""Detectors of contact details and handles: e-mail addresses, phone numbers, web addresses, log-ins, call signs,
app handles and codes."""

from __future__ import annotations

from detector_support import alone


def test_emails_with_a_broken_local_part():
    text = "Write to coroner. riverside@justice.gov.uk or amara.okafor@nhs.net"
    assert alone("emails", text) == [("coroner. riverside@justice.gov.uk", "EMAIL"), ("amara.okafor@nhs.net", "EMAIL")]


def test_emails_leave_what_is_not_an_address():
    assert alone("emails", "BP 120/80 @ 14:00, dose 5 mg at night, see @ward4") == []


def test_phones_uk_and_international():
    text = "Call 07700 900123 or +44 20 7946 0958."
    assert alone("phones", text) == [("07700 900123", "PHONE"), ("+44 20 7946 0958", "PHONE")]


def test_phones_leave_observations_doses_and_dates():
    assert alone("phones", "BP 120/80, HR 88, 12.5 mg, on 01/02/2023, ward ext") == []


def test_urls():
    text = "See www.facebook.com/jane.doe.123 or https://nice.org.uk/guidance/ng51"
    assert alone("urls", text) == [("www.facebook.com/jane.doe.123", "URL"), ("https://nice.org.uk/guidance/ng51", "URL")]
    assert alone("urls", "e.g. the patient, i.e. no") == []


def test_usernames_but_not_the_applicants_own():
    text = "Printed by: jsmith02 on 12/03/2023\nlogged in as admin"
    assert alone("usernames", text) == [("jsmith02", "PERSON")]
    assert alone("usernames", "user: aokafor", applicant="Dr Amara Okafor") == []
    assert alone("usernames", "user: aokafor", applicant=None) == [("aokafor", "PERSON")]


def test_person_ids_and_handles():
    assert alone("person_ids", "Interpreter ID 55123 attended.") == [("55123", "ID_NUMBER")]
    assert alone("handles", "app handle @lalo_bcn88, Key safe code 4419") == [
        ("@lalo_bcn88", "OTHER_ID"), ("4419", "OTHER_ID")]
    assert alone("handles", "e-mail a.b@nhs.net, 4 mg, code blue") == []


def test_extensions_with_a_site_digit_and_bleeps_at_a_sentence_end():
    assert alone("shaped_numbers", "Contact theatre coordinator: ext 5-4412 / theatre") == [("5-4412", "PHONE")]
    assert alone("shaped_numbers", "Bleeps: COTE SHO 2207, reg 2290.  Consultant on call") == [
        ("2207", "PHONE"), ("2290", "PHONE")]


def test_an_ocr_spaced_email_and_a_short_link_without_its_scheme():
    from pipeline.anonymise import Anonymiser
    got = {s.text for s in Anonymiser(applicant="Dr Amara Okafor").find(
        "From : Dr P. Ramsbotham     ramsbotham.p@nhs .net\nShort link sent to supervisor: bit.ly/3xNw-ART\n"
        "Dose 5 mg. See www.rcem.ac.uk for guidance.")}
    assert "ramsbotham.p@nhs .net" in got and "bit.ly/3xNw-ART" in got


def test_a_bleeps_number_further_on_in_its_clause_not_a_time():
    from pipeline.anonymise import Anonymiser

    text = ("Can you bleep Dr Tiwari (anaes) 2291\nBleep: obs reg 1187 / coordinator ext 44718.\n"
            "Switchboard bleep holders: labour ward reg 2240, gynae reg 2243\nbleeped at 0230 by the nurse\n"
            "The call went to a switchboard pager (63118) in error.\n")
    removed = [s.text for s in Anonymiser(applicant="Dr Amara Okafor").find(text)]
    assert {"2291", "1187", "2240", "63118"} <= set(removed) and "0230" not in removed
