"""Detectors of initials: a typist's, a caseload's, in brackets after a name, and those of the names found; never
the applicant's own, nor a clinical acronym."""

from __future__ import annotations

from detector_support import alone, found

from pipeline.anonymise import Anonymiser


def test_a_typists_initials_not_the_applicants():
    text = "Dictated by: SMcA   Typed: AB\nDictated by Dr Amara Okafor (AO)"
    assert alone("initials", text) == [("SMcA", "PERSON"), ("AB", "PERSON")]


def test_a_caseloads_initials_wherever_they_stand_alone():
    text = "Patients:\n1. JP 72M chest pain\n2. KL 45F sepsis\nJP to have echo. ECG done."
    assert alone("initials", text) == [("JP", "PATIENT"), ("KL", "PATIENT"), ("JP", "PATIENT")]
    assert "ECG" not in found("initials", text)


def test_initials_in_brackets_after_a_name():
    text = "Dr John Patel (JP) reviewed\nhis wife Sarah Patel (SP) came"
    assert {t for t, _ in alone("bracketed_initials", text, before=("names",))} == {"JP", "SP"}
    assert ("SP", "RELATIVE") in alone("bracketed_initials", text, before=("names",))
    assert alone("bracketed_initials", "the registrar (reg) came") == []


def test_the_initials_of_a_name_found_elsewhere():
    text = "Colleague: Ravinder Sohal\nPlan agreed.\nRS\n"
    spans = {s.text for s in Anonymiser(applicant="Dr Amara Okafor", tagger=False, detectors=("names",)).find(text)}
    assert "Ravinder Sohal" in spans and "RS" in spans


def test_initials_in_a_numbered_row_before_the_age_and_in_a_rota_grid():
    from pipeline.anonymise import Anonymiser

    rows = "FRAILTY LIST\n1  IW  88  CFS 7  delirium\n2  MEH  79  CFS 5  UTI\n"
    got = {s.text for s in Anonymiser(applicant="Dr Amara Okafor", tagger=False).find(rows)}
    assert {"IW", "MEH"} <= got and "CFS" not in got
    rota = "Week | Mon | Tue | Wed | Thu\n49 | JB | KW | AO | ICU\n50 | KW | JB | AL | AO\n"
    got = {s.text for s in Anonymiser(applicant="Dr Amara Okafor", tagger=False).find(rota)}
    assert got == {"JB", "KW"}  # not the applicant's own initials, a place or leave


def test_a_surnames_full_initials_and_a_nickname_in_brackets():
    text = "Significant event: a patient, Mrs Yeboah (GY), was discharged.\nRe: Kwabena Pickersgill (Kwaie), 89 y"
    got = {t for t, _ in alone("bracketed_initials", text, before=("names",))}
    assert {"GY", "Kwaie"} <= got
    # a colleague's specialty or a legal role in brackets is neither
    text = "Discussed with Dr Helga Brandt (Histopathology); his niece, Mrs Pauline Agyeman (LPA), attended"
    got = {t for t, _ in alone("bracketed_initials", text, before=("names",))}
    assert not got & {"Histopathology", "LPA"}


def test_initials_after_a_beds_or_a_cases_number():
    text = "ICU handover\nBed 7: GT: post-cardiac arrest, TTM 36.\nCase 3 CK, lives alone.\nBed 4: DKA resolving\nbed 7 SAU: review"
    got = {s.text for s in Anonymiser(applicant="Dr Amara Okafor", tagger=False).find(text)}
    assert {"GT", "CK"} <= got and not got & {"DKA", "SAU"}


def test_a_quoted_title_and_initials_is_a_patient_but_not_mr_x():
    from pipeline.anonymise import Anonymiser
    got = [s.text for s in Anonymiser(applicant="Dr Amara Okafor").find(
        'Chest drain | "Mr F" | 71 M\n"Mr BO" - a 75-year-old man. "Mr X" (unknown) was seen.')]
    assert '"Mr F"' in got and '"Mr BO"' in got and not any("X" in g for g in got)


def test_a_list_whose_rows_start_with_initials_but_not_one_line_or_lab_names():
    from pipeline.anonymise import Anonymiser
    a = Anonymiser(applicant="Dr Chidi Eze")
    got = {s.text for s in a.find("DOAC clinic - CE\nMT  inr 3.9 warfarin 5 mg\ngh  inr 2.4 stable, 8 wks\n")}
    assert {"MT", "gh"} <= got
    assert not {s.text for s in a.find("Bloods\nHb  low at 82\nCRP  rising\nCE  reviewed and signed\n")} & {"Hb", "CRP", "CE"}
    assert "GP" not in {s.text for s in a.find("GP  informed by phone today\n")}


def test_a_rotas_staff_by_their_initials_not_its_shift_codes_nor_the_applicants():
    from pipeline.anonymise import Anonymiser

    grid = ("          Mon  Tue  Wed  Thu  Fri  Sat  Sun\n"
            "HEO       LD   LD   -    N    N    N    -\n"
            "LC        N    N    N    -    -    LD   LD\n"
            "RMcA      AL   AL   AL   AL   AL   -    -\n"
            "OB-T      -    -    G    G    LD   G    G\n\n"
            "Swaps agreed: RMcA <-> LC (Sat).\n")
    days = ("date      1st on call    2nd on call\n"
            "Mon 04    NO'K           DMoo\n"
            "Tue 05    AMcE           DMoo\n"
            "Wed 06    HEO            LC-B\n")
    spans = Anonymiser(applicant="Dr Hiba Elfadil Osman").find(grid + days)
    removed = [s.text for s in spans]
    assert {"LC", "RMcA", "OB-T", "NO'K", "DMoo", "AMcE", "LC-B"} <= set(removed)
    assert removed.count("RMcA") == 2 and removed.count("LC") == 2  # in the swaps line too
    assert not {"HEO", "LD", "AL", "N", "G"} & set(removed)  # the applicant's own initials and the shift codes stay


def test_the_applicants_initials_as_a_rota_prints_them_hyphen_particle_and_mc():
    from pipeline.anonymise import Anonymiser

    rota = ("Wk  | Mon | Tue | Wed | Thu\n"
            "10  | RAK | RAK | PvR | JTM\n"
            "11  | SBo | RAK | PvR | PvR\n"
            "Key: RAK = Dr Rami Al-Khatib; PvR = Dr P. van Rensburg; JTM = Dr J. T. Mallinson; SBo = Dr S. Boateng\n")
    removed = [s.text for s in Anonymiser(applicant="Dr Rami Al-Khatib").find(rota)]
    assert "RAK" not in removed and {"PvR", "JTM", "SBo"} <= set(removed)
    assert Anonymiser(applicant="Dr Pieter van Rensburg").applicant_initials() >= {"PvR", "PVR"}
    assert "DMcE" in Anonymiser(applicant="Dr Declan McEvoy").applicant_initials()
    # a patient who shares them is still a patient
    text = "Incident: delayed diagnosis (patient RAK, 79F). Datix W12345."
    assert "RAK" in [s.text for s in Anonymiser(applicant="Dr Rami Al-Khatib").find(text)]
