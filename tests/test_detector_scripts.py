"""Detector: names and addresses in another script after their labels (the original of a record from abroad)."""

from __future__ import annotations

from detector_support import alone


def test_names_and_addresses_in_other_scripts_after_their_labels():
    text = ("اسم المريض: محمود يوسف العبادي\nالرقم الطبي: 1187345\n"
            "العنوان: عمّان، جبل الحسين، شارع خالد بن الوليد، عمارة 14\n"
            "Ονοματεπώνυμο: Γεώργιος Σταυρίδης\nΦύλο: Άρρεν\n"
            "Name (Malayalam): ആദിത്യൻ എസ്. മേനോൻ\nФИО: Иванов Пётр Сергеевич\n")
    assert alone("other_scripts", text) == [
        ("محمود يوسف العبادي", "PATIENT"), ("Γεώργιος Σταυρίδης", "PATIENT"), ("ആദിത്യൻ എസ്. മേനോൻ", "PATIENT"),
        ("Иванов Пётр Сергеевич", "PATIENT"), ("عمّان، جبل الحسين، شارع خالد بن الوليد، عمارة 14", "ADDRESS")]


def test_latin_values_and_other_fields_are_left_to_the_other_detectors():
    text = "Name: Master Adithyan S. Menon\nPatient: 6 Y / M\nΦύλο: Άρρεν\nالجنس: ذكر\nAddress: 12 Hill Road\n"
    assert alone("other_scripts", text) == []
