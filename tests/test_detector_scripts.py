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


def test_relatives_after_the_word_for_them_and_patients_after_a_title_in_other_scripts():
    text = ("تم إبلاغ ابنه أحمد العبادي بالخطة العلاجية.\n"  # his son Ahmed al-Abbadi was told the plan
            "تليفون الابن (كريم): 01000004527\n"  # the son's phone (Karim)
            "η σύζυγός του, Μαρία, ήταν παρούσα.\n"  # his wife, Maria, was present
            "Сын пациента Андрей Петров приехал.\n"
            "المريض: السيد/ محمود عبد الفتاح\n")
    found = alone("other_scripts", text)
    assert ("أحمد العبادي", "RELATIVE") in found and ("كريم", "RELATIVE") in found
    assert ("Μαρία", "RELATIVE") in found and ("Андрей Петров", "RELATIVE") in found
    assert any(kind == "PATIENT" and "محمود عبد الفتاح" in value for value, kind in found)
    # a doctor's title in an original is not taken: its signers stay, as in its translation
    assert alone("other_scripts", "الطبيب المعالج: د. محمود السيد\nΔιευθύντρια: Δρ. Αικατερίνη Λάμπρου\n") == []


def test_a_name_in_its_own_script_after_a_slash_goes_with_the_latin_one():
    from pipeline.anonymise import Anonymiser

    text = "Patient: Mr Gul Zaman / گل زمان, 45 M, admitted with chest pain."
    removed = {s.text for s in Anonymiser(applicant="Dr Amara Okafor").find(text)}
    assert "گل زمان" in removed


def test_more_labels_of_originals_persian_russian_hindi_sinhala_greek():
    text = ("نام بیمار: آرین کاظمی‌نژاد        سن: ۴ سال\nنام پدر: مهدی\n"
            "نشانی: تهران، خیابان نسترن، کوچه ۱۲، پلاک ۷\n"
            "Больной: Гончаренко Артём Викторович, 1986 г.р., мужской пол\n"
            "परिचारक: पुत्र दिनेश तिवारी\n"
            "ලිපිනය: නො. 36, ගොඩගම පාර, පේරාදෙණිය\n"
            "Γονείς: Δημήτριος και Σοφία Κατσαρού - τηλ. +30 210 000 4471\n")
    found = alone("other_scripts", text)
    assert ("آرین کاظمی‌نژاد", "PATIENT") in found and ("مهدی", "PATIENT") in found
    assert ("تهران، خیابان نسترن، کوچه ۱۲، پلاک ۷", "ADDRESS") in found
    # the name ends before the birth year and the sex, which stay
    assert ("Гончаренко Артём Викторович", "PATIENT") in found
    assert ("Δημήτριος και Σοφία Κατσαρού", "PATIENT") in found
    assert ("නො. 36, ගොඩගම පාර, පේරාදෙණිය", "ADDRESS") in found
    assert any("दिनेश तिवारी" in value for value, _kind in found)


def test_a_patient_column_of_an_original_from_abroad():
    from pipeline.anonymise import Anonymiser

    text = ("ردیف | تاریخ | شماره پرونده | نام بیمار | سن | اقدام\n"
            "۱ | ۱۴۰۰/۰۷/۰۳ | ۷۹۱۰۴۴ | نیما فرهادپور | ۸ ماه | لوله‌گذاری داخل تراشه\n"
            "۲ | ۱۴۰۰/۰۸/۲۱ | ۸۰۲۶۵۱ | ستاره قلی‌زاده | ۶ سال | گذاشتن سوزن داخل استخوانی\n")
    removed = {s.text for s in Anonymiser(applicant="Dr Farhad Rostami").find(text)}
    assert {"نیما فرهادپور", "ستاره قلی‌زاده"} <= removed


def test_bengali_ukrainian_and_arabic_child_labels_and_a_name_ending_at_a_comma():
    text = ("রোগীর নাম: মোছাঃ রহিমা খাতুন, বয়স ৪৫, মহিলা\nঠিকানা: বাড়ি ২৭, রোড ৯, মিরপুর-১০, ঢাকা\n"
            "Пацієнт: Шевчук Галина Петрівна, 1952 р.н., жін.\nАдреса: м. Бровари, вул. Героїв, 12, кв. 45; тел.\n"
            "اسم الطفل: يزن محمود العتوم      الجنس: ذكر\n")
    found = alone("other_scripts", text)
    assert ("মোছাঃ রহিমা খাতুন", "PATIENT") in found and ("বাড়ি ২৭, রোড ৯, মিরপুর-১০, ঢাকা", "ADDRESS") in found
    assert ("Шевчук Галина Петрівна", "PATIENT") in found and ("м. Бровари, вул. Героїв, 12, кв. 45", "ADDRESS") in found
    assert ("يزن محمود العتوم", "PATIENT") in found
