"""Render the 13 file documents of the s51 holdout set into ../files/ and write ../files.jsonl.

Every document below is typed out by hand; the helpers in render_helpers.py only draw and measure.
Run: ../.venv/bin/python make_files.py
"""
import email.policy
import json
import os
import random
from email.message import EmailMessage

import docx
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter

from render_helpers import ImagePage, PdfDoc, collect, font, save_image_pdf

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.normpath(os.path.join(HERE, ".."))
FILES = os.path.join(SET, "files")
os.makedirs(FILES, exist_ok=True)
RECORDS = []


def record(id, file, fmt, kind, applicant, pages, ids, keep, codes=(), photos=(), text_layer=None):
    r = {"id": id, "file": "files/" + file, "format": fmt, "kind": kind, "applicant": applicant}
    if pages is not None:
        r["pages"] = pages
    if text_layer is not None:
        r["text_layer"] = text_layer
    r["identifiers"] = ids
    r["keep"] = keep
    if codes:
        r["barcodes"] = list(codes)
    if photos:
        r["photos"] = list(photos)
    RECORDS.append(r)


# =============================================================== s51-073 wristband photo (PNG)
def wristband():
    p = ImagePage(1600, 1000, bg=(96, 122, 150))
    rnd = random.Random(73)
    # hospital blanket: soft stripes
    for y in range(0, 1000, 40):
        p.d.rectangle((0, y, 1600, y + 18), fill=(104 + rnd.randint(-4, 4), 130, 158))
    # forearm and hand
    p.d.rounded_rectangle((-80, 330, 1700, 700), radius=170, fill=(214, 170, 140))
    p.d.ellipse((1350, 280, 1720, 760), fill=(208, 164, 134))
    p.photo((0, 300, 1600, 740), "patient's forearm and hand (photograph of the patient)")
    # the band
    p.d.rounded_rectangle((230, 385, 1390, 650), radius=28, fill=(252, 252, 250), outline=(200, 200, 200), width=3)
    p.d.rectangle((230, 385, 262, 650), fill=(220, 40, 40))  # red allergy strip
    y = 400
    y = p.text(290, y, "MORLEY, Janet Elizabeth", "sansb", 34, ids=[("MORLEY, Janet Elizabeth", "PATIENT_NAME")])
    y = p.text(290, y + 4, "DOB: 19/04/1941   F", "sans", 28, keep=["19/04/1941"])
    y = p.text(290, y + 4, "Hosp No: RTG8830127", "sans", 28, ids=[("RTG8830127", "HOSPITAL_NUMBER")])
    y = p.text(290, y + 4, "NHS No: 644 201 7738", "sans", 28, ids=[("644 201 7738", "NHS_NUMBER")])
    y = p.text(290, y + 4, "Royal Derby Hospital  ED  14/06/2025", "sans", 24, keep=["Royal Derby Hospital"])
    p.text(290, y + 2, "ALLERGY: PENICILLIN", "sansb", 22, fill=(200, 20, 20), keep=["PENICILLIN"])
    p.code128(800, 455, "RTG8830127", module=3, height=120)
    p.qr(1200, 430, "6442017738", box_size=6)
    p.finish(angle=2.0, noise=30, blur=0.8, bg=(96, 122, 150), seed=73)
    path = os.path.join(FILES, "s51-073-wristband.png")
    p.img.save(path)
    ids, keep, codes, photos = collect([p])
    record("s51-073", "s51-073-wristband.png", "png", "wristband_photo", "Dr Farida Rahmani", 1, ids, keep, codes,
           photos)


# =============================================================== s51-074 addressograph labels on a form (JPEG scan)
def perineal_form():
    p = ImagePage(1240, 1754)
    T = p.text
    T(60, 50, "Royal Bolton Hospital", "libb", 30, keep=["Royal Bolton Hospital"])
    T(60, 90, "Maternity Services - Delivery Suite", "lib", 22)
    T(60, 160, "PERINEAL REPAIR RECORD (OASI)", "libb", 30)

    def mother_label(x, y):
        p.rect((x, y, x + 470, y + 250), outline=(120, 120, 120), width=1, fill=(255, 255, 252))
        yy = T(x + 12, y + 10, "WHITTLE, Danielle Marie", "monob", 22, ids=[("WHITTLE, Danielle Marie", "PATIENT_NAME")])
        yy = T(x + 12, yy, "DOB: 02/08/1993      F", "mono", 20, keep=["02/08/1993"])
        yy = T(x + 12, yy, "MRN: RMC0856612", "mono", 20, ids=[("RMC0856612", "HOSPITAL_NUMBER")])
        yy = T(x + 12, yy, "NHS: 722 514 0398", "mono", 20, ids=[("722 514 0398", "NHS_NUMBER")])
        yy = T(x + 12, yy, "4 Mossley Grove, Westhoughton", "mono", 18,
               ids=[("4 Mossley Grove, Westhoughton", "ADDRESS")])
        yy = T(x + 12, yy, "Bolton  BL5 3RF", "mono", 18, ids=[("Bolton", "ADDRESS"), ("BL5 3RF", "POSTCODE")])
        p.code128(x + 40, yy + 2, "RMC0856612", module=2, height=48)

    mother_label(700, 40)
    y = 240
    p.line(60, y, 660, y, width=2)
    y += 20
    y = T(60, y, "Date/time of birth: 11/03/2025 04:52      Parity: P1 (G1)", "lib", 22, keep=["11/03/2025 04:52"])
    y = T(60, y + 6, "Mode of delivery: Ventouse (Kiwi), OP position", "lib", 22)
    y = T(60, y + 6, "Degree of tear: 3b (>50% EAS torn), IAS intact", "lib", 22, keep=["3b"])
    y = T(60, y + 6, "Repair by: Dr C. Okafor (Specialty Doctor)", "lib", 22, keep=["Dr C. Okafor"])
    y = T(60, y + 6, "Supervised by: Miss R. Hartigan (Consultant)", "lib", 22, keep=["Miss R. Hartigan"])
    y = T(60, y + 6, "Midwife: Hollie Brennand", "lib", 22, ids=[("Hollie Brennand", "COLLEAGUE_NAME")])
    y = T(60, y + 6, "Place: Obstetric theatre 2, spinal anaesthetic", "lib", 22)
    y = T(60, y + 6, "Technique: EAS overlapping repair, PDS 3-0; vaginal mucosa Vicryl Rapide 2-0", "lib", 22,
          keep=["PDS 3-0"])
    y = T(60, y + 6, "Estimated blood loss: 450 ml", "lib", 22, keep=["450 ml"])
    y = T(60, y + 6, "Swab/needle count correct: YES   Checked: Hollie Brennand / C. Okafor", "lib", 22,
          ids=[("Hollie Brennand", "COLLEAGUE_NAME")], keep=["C. Okafor"])
    y = T(60, y + 6, "PR after repair: intact      Catheter: Foley, remove at 12 h", "lib", 22)
    y = T(60, y + 6, "Medication: co-amoxiclav 1.2 g IV, then oral for 5 days; lactulose 10 ml BD", "lib", 22,
          keep=["co-amoxiclav 1.2 g IV"])
    y += 20
    p.line(60, y, 1180, y, width=2)
    y += 20
    T(60, y, "BABY", "libb", 24)
    bx, by = 60, y + 40
    p.rect((bx, by, bx + 470, by + 210), outline=(120, 120, 120), width=1, fill=(252, 252, 255))
    yy = T(bx + 12, by + 10, "Baby WHITTLE (girl)", "monob", 22, ids=[("WHITTLE", "PATIENT_NAME")])
    yy = T(bx + 12, yy, "DOB: 11/03/2025", "mono", 20, keep=["11/03/2025"])
    yy = T(bx + 12, yy, "MRN: RMC1190347", "mono", 20, ids=[("RMC1190347", "HOSPITAL_NUMBER")])
    yy = T(bx + 12, yy, "NHS: 733 908 1254", "mono", 20, ids=[("733 908 1254", "NHS_NUMBER")])
    p.code128(bx + 40, yy + 2, "RMC1190347", module=2, height=48)
    T(600, by + 10, "Birth weight 3.71 kg", "lib", 22, keep=["3.71 kg"])
    T(600, by + 45, "Apgar 9 and 10", "lib", 22)
    y = by + 250
    p.line(60, y, 1180, y, width=2)
    y += 20
    y = T(60, y, "POSTNATAL FOLLOW-UP - referral to perineal clinic at 12 weeks", "libb", 22)
    mother_label(60, y + 20)
    T(600, y + 40, "Endoanal US booked: Yes", "lib", 22)
    T(600, y + 80, "Physio referral: Yes", "lib", 22)
    T(60, y + 320, "Verified: Miss Rebecca Hartigan, Consultant Obstetrician", "lib", 22,
      keep=["Miss Rebecca Hartigan"])
    p.finish(angle=-0.7, noise=40, blur=0.5, bg=(236, 236, 232), seed=74)
    path = os.path.join(FILES, "s51-074-perineal-record-labels.jpg")
    p.img.save(path, quality=82)
    ids, keep, codes, photos = collect([p])
    record("s51-074", "s51-074-perineal-record-labels.jpg", "jpeg", "addressograph_labels_scan", "Dr Chinedu Okafor",
           1, ids, keep, codes, photos)


# =============================================================== s51-075 specimen label photo (PNG)
def specimen():
    p = ImagePage(1400, 900, bg=(200, 205, 198))
    rnd = random.Random(75)
    for _ in range(60):
        x, y = rnd.randint(0, 1400), rnd.randint(0, 900)
        p.d.ellipse((x, y, x + 6, y + 6), fill=(190, 196, 188))
    # tube lying on the bench: cap + body
    p.d.rounded_rectangle((120, 120, 1120, 400), radius=60, fill=(235, 238, 240), outline=(170, 170, 170), width=3)
    p.d.rounded_rectangle((1080, 110, 1300, 410), radius=30, fill=(170, 90, 190))  # lavender EDTA cap
    p.d.rectangle((170, 135, 1060, 385), fill=(255, 255, 255))
    T = p.text
    y = 145
    y = T(190, y, "FINCHAM, Tobias J", "sansb", 30, ids=[("FINCHAM, Tobias J", "PATIENT_NAME")])
    y = T(190, y, "DOB 21/07/2019   M", "sans", 24, keep=["21/07/2019"])
    y = T(190, y, "Hosp: L1122098", "sans", 24, ids=[("L1122098", "HOSPITAL_NUMBER")])
    y = T(190, y, "Lab No: 25B0418872", "sans", 24, ids=[("25B0418872", "OTHER_ID")])
    T(190, y, "EDTA  FBC + film   25/05/2025 14:20", "sans", 22, keep=["FBC + film"])
    p.code128(640, 160, "L1122098", module=3, height=150)
    # request slip next to the tube
    p.d.polygon([(140, 470), (1300, 455), (1310, 860), (150, 880)], fill=(250, 250, 246))
    y = 490
    y = T(180, y, "Leicester Royal Infirmary - Pathology request (Children's ED)", "sansb", 24,
          keep=["Leicester Royal Infirmary"])
    y = T(180, y + 6, "Patient: FINCHAM, Tobias J    Hosp: L1122098", "sans", 22,
          ids=[("FINCHAM, Tobias J", "PATIENT_NAME"), ("L1122098", "HOSPITAL_NUMBER")])
    y = T(180, y + 6, "Clinical details: 5 y, petechiae + bruising after viral illness, ?ITP", "sans", 22,
          keep=["?ITP"])
    y = T(180, y + 6, "Requested by: Dr A. Raghunathan (bleep 3391)", "sans", 22, keep=["Dr A. Raghunathan"],
          ids=[("3391", "PHONE")])
    T(180, y + 6, "Mother: Kerry Fincham  07700 900254", "sans", 22,
      ids=[("Kerry Fincham", "RELATIVE_NAME"), ("07700 900254", "PHONE")])
    p.qr(1110, 690, "L1122098", box_size=5)
    p.finish(angle=3.0, noise=25, blur=0.9, bg=(200, 205, 198), seed=75)
    path = os.path.join(FILES, "s51-075-specimen-label.png")
    p.img.save(path)
    ids, keep, codes, photos = collect([p])
    record("s51-075", "s51-075-specimen-label.png", "png", "specimen_label_photo", "Dr Anjali Raghunathan", 1, ids,
           keep, codes, photos)


# =============================================================== s51-076 imaging request form (image-only PDF)
def imaging_request():
    p = ImagePage(1240, 1754)
    T = p.text
    T(60, 50, "Royal Cornwall Hospitals NHS Trust", "libb", 30, keep=["Royal Cornwall Hospitals NHS Trust"])
    T(60, 92, "CLINICAL IMAGING REQUEST - CT", "libb", 26)
    p.rect((50, 150, 1190, 480), outline=(0, 0, 0), width=2)
    y = 165
    y = T(70, y, "Surname: ROSEWARNE          Forename(s): Keith Michael", "lib", 24,
          ids=[("ROSEWARNE", "PATIENT_NAME"), ("Keith Michael", "PATIENT_NAME")])
    y = T(70, y + 8, "DOB: 05/05/1952     Sex: M     MRN: RCH0876120", "lib", 24, keep=["05/05/1952"],
          ids=[("RCH0876120", "HOSPITAL_NUMBER")])
    y = T(70, y + 8, "NHS No: 482 119 0657", "lib", 24, ids=[("482 119 0657", "NHS_NUMBER")])
    y = T(70, y + 8, "Address: Chy an Gwel, 3 Bosvean Road, Redruth  TR15 3QA", "lib", 24,
          ids=[("Chy an Gwel, 3 Bosvean Road, Redruth", "ADDRESS"), ("TR15 3QA", "POSTCODE")])
    y = T(70, y + 8, "Tel: 01632 960558     Ward/Dept: Ward 11 (Acute Medicine)", "lib", 24,
          ids=[("01632 960558", "PHONE")], keep=["Ward 11"])
    p.code128(760, 360, "RCH0876120", module=3, height=80)
    y = 510
    y = T(60, y, "Examination requested: CT chest, abdomen and pelvis with contrast", "libb", 24)
    y = T(60, y + 10, "Clinical details: 72M, ex-smoker. 9 kg weight loss, haemoptysis x 2 weeks.", "lib", 24,
          keep=["72M"])
    y = T(60, y + 6, "CXR 08/01/2025: 3 cm right hilar mass. ?lung primary - staging for lung MDT.", "lib", 24)
    y = T(60, y + 6, "eGFR 64 (09/01/2025). Metformin: no. Contrast allergy: no. Weight 61 kg.", "lib", 24,
          keep=["eGFR 64"])
    y = T(60, y + 6, "Question: staging; metastases?", "lib", 24)
    y += 20
    y = T(60, y, "Requested by: Dr Tamsin Quiller (FY2)   Bleep 2274   Date: 09/01/2025", "lib", 24,
          ids=[("Tamsin Quiller", "COLLEAGUE_NAME"), ("2274", "PHONE")])
    y = T(60, y + 6, "Consultant: Dr Howard Trebilcock (Respiratory)", "lib", 24,
          ids=[("Howard Trebilcock", "COLLEAGUE_NAME")])
    y += 30
    p.line(60, y, 1180, y, width=2)
    y += 20
    y = T(60, y, "RADIOLOGY USE", "libb", 24)
    y = T(60, y + 10, "Justified / protocolled by: Dr E. Papadopoulou    Protocol: CAP PV, Omnipaque 300 100 ml", "lib",
          22, keep=["Dr E. Papadopoulou", "Omnipaque 300 100 ml"])
    y = T(60, y + 6, "Priority: urgent (lung cancer pathway) - scan within 72 h", "lib", 22)
    y = T(60, y + 6, "Radiographer: K. Bolitho   Scanned: 10/01/2025 11:40   DLP 612 mGy.cm", "lib", 22,
          ids=[("K. Bolitho", "COLLEAGUE_NAME")], keep=["DLP 612 mGy.cm"])
    y = T(60, y + 6, "Accession: RCHCT25011000731", "lib", 22, ids=[("RCHCT25011000731", "OTHER_ID")])
    p.qr(1000, 1380, "RCH0876120", box_size=6)
    T(60, 1420, "Scan the QR code to open this request in CRIS", "lib", 20)
    T(60, 1640, "Verified for portfolio: Dr Jonathan Penhaligon, Consultant Radiologist", "lib", 22,
      keep=["Dr Jonathan Penhaligon"])
    p.finish(angle=0.6, noise=35, blur=0.6, bg=(240, 240, 236), seed=76)
    path = os.path.join(FILES, "s51-076-ct-request-scan.pdf")
    save_image_pdf([p], path)
    ids, keep, codes, photos = collect([p])
    record("s51-076", "s51-076-ct-request-scan.pdf", "pdf", "imaging_request_scan", "Dr Eleni Papadopoulou", 1, ids,
           keep, codes, photos)


# =============================================================== s51-077 arrhythmia clinic letter (PDF, text layer)
def arrhythmia_letter():
    path = os.path.join(FILES, "s51-077-arrhythmia-clinic-letter.pdf")
    d = PdfDoc(path)
    T = d.text
    y = 60
    y = T(60, y, "Hull University Teaching Hospitals NHS Trust", "DVB", 13,
          keep=["Hull University Teaching Hospitals NHS Trust"])
    y = T(60, y, "Department of Cardiology, Castle Hill Hospital", "DV", 10, keep=["Castle Hill Hospital"])
    y = T(60, y, "Cottingham Chase, Cottingham HU16 5XR     Tel 01632 960518", "DV", 10,
          ids=[("Cottingham Chase, Cottingham", "ADDRESS"), ("HU16 5XR", "POSTCODE"), ("01632 960518", "PHONE")])
    y += 6
    y = T(60, y, "Arrhythmia Clinic - clinic date 03/07/2025", "DVB", 10)
    y = T(60, y, "Our ref: OH/ARR/0307/11     Hospital no: HCH4902231     NHS no: 704 338 1260", "DV", 10,
          ids=[("OH/ARR/0307/11", "REFERENCE_NUMBER"), ("HCH4902231", "HOSPITAL_NUMBER"),
               ("704 338 1260", "NHS_NUMBER")])
    y += 10
    y = T(60, y, "Dr Lindsay Harte", "DV", 10, ids=[("Lindsay Harte", "COLLEAGUE_NAME")])
    y = T(60, y, "Anlaby Park Surgery", "DV", 10, ids=[("Anlaby Park Surgery", "ADDRESS")])
    y = T(60, y, "7 Tranby Lane", "DV", 10, ids=[("7 Tranby Lane", "ADDRESS")])
    y = T(60, y, "Anlaby HU10 7DR", "DV", 10, ids=[("Anlaby", "ADDRESS"), ("HU10 7DR", "POSTCODE")])
    y += 10
    y = T(60, y, "Dear Dr Harte", "DV", 10, ids=[("Harte", "COLLEAGUE_NAME")])
    y += 4
    y = T(60, y, "Re: Mr Clifford NETTLETON, DOB 03/03/1950", "DVB", 10,
          ids=[("Clifford NETTLETON", "PATIENT_NAME")], keep=["03/03/1950"])
    y = T(60, y, "9 Saxby Road, Willerby HU10 6JD", "DV", 10,
          ids=[("9 Saxby Road, Willerby", "ADDRESS"), ("HU10 6JD", "POSTCODE")])
    y += 8
    y = T(60, y, "Diagnoses", "DVB", 10)
    y = T(60, y, "1. Paroxysmal atrial fibrillation, symptomatic (EHRA 2b)", "DV", 10, keep=["EHRA 2b"])
    y = T(60, y, "2. Hypertension", "DV", 10)
    y = T(60, y, "3. Previous TIA (2021)", "DV", 10)
    y = T(60, y, "CHA2DS2-VASc 4 (age, hypertension, TIA x 2); ORBIT bleeding score 1", "DV", 10,
          keep=["CHA2DS2-VASc 4"])
    y = T(60, y, "Medication: apixaban 5 mg BD, bisoprolol 2.5 mg OD, amlodipine 10 mg OD", "DV", 10,
          keep=["apixaban 5 mg BD", "bisoprolol 2.5 mg OD"])
    y += 8
    lines = [
        ("I saw Mr Nettleton in the arrhythmia clinic with his wife, Pauline. He has weekly episodes",
         [("Nettleton", "PATIENT_NAME"), ("Pauline", "RELATIVE_NAME")], []),
        ("of palpitations lasting up to six hours, with breathlessness on the stairs during them. His", [], []),
        ("72-hour Holter showed an AF burden of 14%, with rates up to 150 bpm. Echocardiogram: normal", [],
         ["AF burden of 14%"]),
        ("LV function (LVEF 58%), left atrium 4.3 cm. TSH normal.", [], ["LVEF 58%"]),
        ("", [], []),
        ("We discussed rhythm control. He would prefer catheter ablation to long-term antiarrhythmic", [], []),
        ("drugs, and I have put him on the waiting list for pulmonary vein isolation (cryoballoon) at", [], []),
        ("Castle Hill Hospital. The current wait is about 20 weeks.", [], ["Castle Hill Hospital"]),
    ]
    for s, i, k in lines:
        y = T(60, y, s, "DV", 10, ids=i, keep=k) if s else y + 6
    d.new_page()
    y = 60
    y = T(60, y, "Re: Mr Clifford NETTLETON     Hospital no: HCH4902231     page 2 of 2", "DV", 9,
          ids=[("Clifford NETTLETON", "PATIENT_NAME"), ("HCH4902231", "HOSPITAL_NUMBER")], keep=["page 2 of 2"])
    y += 14
    lines = [
        ("In the meantime, please continue apixaban without interruption; it will not be stopped", [], []),
        ("for the procedure. He may take an extra bisoprolol 2.5 mg during a prolonged episode", [],
         ["bisoprolol 2.5 mg"]),
        ("(pill-in-the-pocket approach discussed). He knows to attend ED if an episode lasts more", [], []),
        ("than 48 hours or if he has chest pain or blackouts.", [], []),
        ("", [], []),
        ("He asked that a copy also go to his daughter, Mrs Joanne Pickersgill, who helps him with",
         [("Joanne Pickersgill", "RELATIVE_NAME")], []),
        ("appointments: 18 Elm Tree Close, Hessle HU13 9PF (email jo.pickersgill@example.co.uk).",
         [("18 Elm Tree Close, Hessle", "ADDRESS"), ("HU13 9PF", "POSTCODE"),
          ("jo.pickersgill@example.co.uk", "EMAIL")], []),
        ("", [], []),
        ("Yours sincerely", [], []),
        ("", [], []),
        ("Dr Omar Haddad MRCP", [], ["Dr Omar Haddad"]),
        ("Specialty Doctor in Cardiology", [], []),
        ("", [], []),
        ("Verified for portfolio: Dr Philippa Marchetti, Consultant Cardiologist, 10/07/2025", [],
         ["Dr Philippa Marchetti"]),
        ("cc: Mr Clifford Nettleton; Mrs Joanne Pickersgill", [("Clifford Nettleton", "PATIENT_NAME"),
                                                             ("Joanne Pickersgill", "RELATIVE_NAME")], []),
    ]
    for s, i, k in lines:
        y = T(60, y, s, "DV", 10, ids=i, keep=k) if s else y + 6
    pages = d.save()
    record("s51-077", "s51-077-arrhythmia-clinic-letter.pdf", "pdf", "clinic_letter", "Dr Omar Haddad", pages, d.ids,
           d.keep, d.codes, d.photos)


# =============================================================== s51-078 discharge summary with barcode (PDF, text layer)
def belfast_discharge():
    path = os.path.join(FILES, "s51-078-discharge-summary.pdf")
    d = PdfDoc(path)
    T = d.text
    y = 60
    y = T(50, y, "Belfast Health and Social Care Trust", "DVB", 13, keep=["Belfast Health and Social Care Trust"])
    y = T(50, y, "Royal Victoria Hospital - Acute Care of the Elderly (Ward 7D)", "DV", 10,
          keep=["Royal Victoria Hospital", "Ward 7D"])
    y = T(50, y, "Westlink Way, Belfast BT12 6QQ     Tel 01632 960377", "DV", 10,
          ids=[("Westlink Way, Belfast", "ADDRESS"), ("BT12 6QQ", "POSTCODE"), ("01632 960377", "PHONE")])
    d.code128(390, 40, "V1340072", bar_width=1.2, bar_height=32)
    T(420, 88, "V1340072", "DV", 9, ids=[("V1340072", "HOSPITAL_NUMBER")])
    y += 10
    y = T(50, y, "ELECTRONIC DISCHARGE SUMMARY", "DVB", 12)
    y += 4
    rows = [
        ("Patient: Mr Desmond QUIGLEY     DOB: 08/10/1939     Male", [("Desmond QUIGLEY", "PATIENT_NAME")],
         ["08/10/1939"]),
        ("H&C No: 338 406 1279     Hospital No: V1340072", [("338 406 1279", "NHS_NUMBER"),
                                                           ("V1340072", "HOSPITAL_NUMBER")], []),
        ("Address: 15 Rosetta Park, Belfast BT6 0DJ", [("15 Rosetta Park, Belfast", "ADDRESS"),
                                                       ("BT6 0DJ", "POSTCODE")], []),
        ("GP: Dr Ciara Mulholland, Ormeau Park Surgery", [("Ciara Mulholland", "COLLEAGUE_NAME"),
                                                          ("Ormeau Park Surgery", "ADDRESS")], []),
        ("Next of kin: Mrs Marian Quigley (wife), 07700 900604", [("Marian Quigley", "RELATIVE_NAME"),
                                                                  ("07700 900604", "PHONE")], []),
        ("Admitted: 03/06/2025     Discharged: 17/06/2025     Consultant: Dr Orla McCloskey", [],
         ["Dr Orla McCloskey"]),
        ("", [], []),
        ("Principal diagnosis: community-acquired pneumonia (CURB-65 3) with type 2 respiratory failure", [],
         ["CURB-65 3"]),
        ("Comorbidities: COPD (GOLD 3), atrial fibrillation, Parkinson's disease, CKD 3b", [],
         ["Parkinson's disease"]),
        ("", [], []),
        ("Course: IV co-amoxiclav 1.2 g TDS and clarithromycin 500 mg BD for 5 days, then oral amoxicillin.", [],
         ["co-amoxiclav 1.2 g TDS", "clarithromycin 500 mg BD"]),
        ("Needed NIV for 36 hours on AMU (pH 7.28, pCO2 8.9 kPa). Delirium (4AT 6) resolved by day 6.", [],
         ["pH 7.28", "4AT 6"]),
        ("Levodopa doses were given on time throughout (Parkinson's UK 'Get it on time').", [], []),
        ("Swallow assessed by SALT (Ms Tara Devlin): IDDSI level 6 diet, level 0 fluids.",
         [("Tara Devlin", "COLLEAGUE_NAME")], ["IDDSI level 6"]),
        ("", [], []),
        ("Medication changes: STOPPED diazepam 2 mg (falls, respiratory depression).", [], ["diazepam 2 mg"]),
        ("Co-careldopa 25/100 two tablets at 07:00, 11:00, 15:00 and 19:00 - unchanged.", [],
         ["Co-careldopa 25/100"]),
        ("Follow-up: COPD nurse in 2 weeks; Day Hospital review in 6 weeks.", [], []),
        ("", [], []),
        ("Discharging doctor: Dr Yusuf Demir, Specialty Doctor (bleep 2874)", [("2874", "PHONE")],
         ["Dr Yusuf Demir"]),
        ("Verified for portfolio: Dr Orla McCloskey, Consultant Geriatrician, 24/06/2025", [],
         ["Dr Orla McCloskey"]),
    ]
    for s, i, k in rows:
        y = T(50, y, s, "DV", 10, ids=i, keep=k) if s else y + 6
    pages = d.save()
    record("s51-078", "s51-078-discharge-summary.pdf", "pdf", "discharge_summary", "Dr Yusuf Demir", pages, d.ids,
           d.keep, d.codes, d.photos)


# =============================================================== s51-079 reflection (DOCX)
def rt_reflection():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Reflective practice log - rapid tranquillisation on Catton Ward", level=1)
    doc.add_paragraph("Dr Lucía Ferrer Castell, Specialty Doctor, Norfolk and Suffolk NHS Foundation Trust")
    doc.add_paragraph("Date of event: 09/02/2025     Date written: 14/02/2025     Datix: 88452")
    doc.add_heading("What happened", level=2)
    doc.add_paragraph(
        "Ms Abigail Thwaite (known to everyone as Gail; DOB 14/02/1999; RiO 6120447) was admitted under section 2 "
        "with a manic relapse. At 22:40 she became increasingly aroused, threw a chair at the nursing office window "
        "and threatened Staff Nurse Harriet Cobbold. De-escalation by Harriet and HCA Dominic Peel did not work. I "
        "was called as the duty doctor with the on-call CT2, Dr Sam Everitt.")
    doc.add_paragraph(
        "Oral lorazepam 2 mg was offered and refused. Following NICE NG10 and the trust rapid tranquillisation "
        "policy, I prescribed lorazepam 2 mg IM, given at 23:05 with a four-person restraint (nursing team and "
        "security officer Mr Lee Fisk). Because she remained highly aroused at 23:50, a second dose of haloperidol "
        "5 mg IM with promethazine 50 mg IM was given; a baseline ECG from admission showed QTc 412 ms.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Time"
    t.rows[0].cells[1].text = "Event"
    for a, b in [("22:40", "Chair thrown; Gail shouting at Harriet"),
                 ("22:55", "Dr Ferrer Castell and Dr Everitt arrive; oral medication refused"),
                 ("23:05", "lorazepam 2 mg IM (restraint 4 minutes, seated)"),
                 ("23:50", "haloperidol 5 mg IM + promethazine 50 mg IM"),
                 ("00:30", "Asleep; physical observations every 15 minutes for 1 hour, NEWS2 0"),
                 ("08:30", "Debrief with Gail and, at her request, her mother Mrs Janet Thwaite by phone")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    doc.add_heading("What I learnt", level=2)
    doc.add_paragraph(
        "I should have asked earlier whether Gail had an advance statement: she had written one in 2023 saying she "
        "preferred promethazine and a quiet room to lorazepam. I now check the RiO alerts before prescribing. "
        "Restraint was short and she had no injuries, but the debrief showed that she felt humiliated by being held "
        "in view of other patients. I raised the need for a de-escalation room at the ward business meeting.")
    doc.add_paragraph("Discussed in supervision with, and verified by, Dr Niall Brennan, Consultant Psychiatrist, 20/02/2025.")
    doc.sections[0].footer.paragraphs[0].text = "Dr Lucía Ferrer Castell - portfolio evidence - page 1"
    path = os.path.join(FILES, "s51-079-rapid-tranquillisation-reflection.docx")
    doc.save(path)
    ids = [("Abigail Thwaite", "PATIENT_NAME"), ("Gail", "PATIENT_NAME"),
           ("6120447", "HOSPITAL_NUMBER"), ("88452", "REFERENCE_NUMBER"), ("Harriet Cobbold", "COLLEAGUE_NAME"),
           ("Harriet", "COLLEAGUE_NAME"), ("Dominic Peel", "COLLEAGUE_NAME"), ("Sam Everitt", "COLLEAGUE_NAME"),
           ("Everitt", "COLLEAGUE_NAME"), ("Lee Fisk", "COLLEAGUE_NAME"), ("Janet Thwaite", "RELATIVE_NAME")]
    ids = [{"text": a, "type": b} for a, b in ids]
    keep = ["Dr Lucía Ferrer Castell", "Dr Ferrer Castell", "Dr Niall Brennan", "14/02/1999", "section 2",
            "lorazepam 2 mg IM", "haloperidol 5 mg IM", "promethazine 50 mg IM", "NICE NG10", "QTc 412 ms",
            "Catton Ward", "NEWS2 0"]
    record("s51-079", "s51-079-rapid-tranquillisation-reflection.docx", "docx", "reflection",
           "Dr Lucía Ferrer Castell", None, ids, keep)


# =============================================================== s51-080 e-mail (.eml)
def thank_you_email():
    m = EmailMessage(policy=email.policy.default)
    m["From"] = "Murdo Cattanach <murdo.cattanach@nhs.scot>"
    m["To"] = "Hannah Lindqvist <hannah.lindqvist@nhs.scot>"
    m["Cc"] = "tay.anaesthesia.education@nhs.scot"
    m["Date"] = "Fri, 07 Mar 2025 17:48:02 +0000"
    m["Subject"] = "Logbook sign-off + the card from Mr Petrie's wife"
    m.set_content(
        "Hannah,\n\n"
        "I've signed off your logbook summary for September to February - all fine, and a good spread of cases.\n\n"
        "The card below came to the department for you. I've typed it out for your portfolio; the original is in "
        "your pigeonhole. Please redact it before you upload it!\n\n"
        "    \"Dear Dr Lindqvist, thank you for looking after my husband Alistair Petrie (CHI 0907481126) when he "
        "had his bypass on 14 January. You sat with me in the relatives' room at 2 in the morning and explained "
        "everything so kindly. Alistair is home now at 3 Strathmartine Road, Dundee DD3 8NB and walking to the "
        "shops every day. With love and thanks, Senga\"\n\n"
        "Also - the M&M slot on 2 April is yours. Please present the airway case; Nikki Soutar has the equipment "
        "data. Bleep me on 4471 if there are any problems.\n\n"
        "Murdo\n\n"
        "Dr Murdo Cattanach | Consultant Anaesthetist and College Tutor | Ninewells Hospital | 01632 960789\n")
    path = os.path.join(FILES, "s51-080-supervisor-email.eml")
    with open(path, "wb") as f:
        f.write(m.as_bytes())
    ids = [("murdo.cattanach@nhs.scot", "EMAIL"), ("hannah.lindqvist@nhs.scot", "EMAIL"),
           ("tay.anaesthesia.education@nhs.scot", "EMAIL"), ("Petrie", "PATIENT_NAME"),
           ("Alistair Petrie", "PATIENT_NAME"), ("0907481126", "NHS_NUMBER"), ("Alistair", "PATIENT_NAME"),
           ("3 Strathmartine Road, Dundee", "ADDRESS"), ("DD3 8NB", "POSTCODE"), ("Senga", "RELATIVE_NAME"),
           ("Nikki Soutar", "COLLEAGUE_NAME"), ("4471", "PHONE"), ("01632 960789", "PHONE")]
    keep = ["Murdo Cattanach", "Dr Murdo Cattanach", "Murdo", "Hannah Lindqvist", "Hannah", "Dr Lindqvist",
            "Ninewells Hospital", "14 January"]
    record("s51-080", "s51-080-supervisor-email.eml", "eml", "email", "Dr Hannah Lindqvist", None,
           [{"text": a, "type": b} for a, b in ids], keep)


# =============================================================== s51-081 ED record, 2 pages (image-only PDF)
def ed_card():
    def label(p, x, y):
        T = p.text
        p.rect((x, y, x + 460, y + 270), outline=(110, 110, 110), width=1, fill=(255, 255, 250))
        yy = T(x + 12, y + 10, "BLAKEMORE, Connor James", "monob", 21, ids=[("BLAKEMORE, Connor James", "PATIENT_NAME")])
        yy = T(x + 12, yy, "DOB 30/05/1998   M", "mono", 19, keep=["30/05/1998"])
        yy = T(x + 12, yy, "RTG6021475", "mono", 19, ids=[("RTG6021475", "HOSPITAL_NUMBER")])
        yy = T(x + 12, yy, "NHS 531 770 2846", "mono", 19, ids=[("531 770 2846", "NHS_NUMBER")])
        yy = T(x + 12, yy, "Flat 12, Riverside Court,", "mono", 17, ids=[("Flat 12, Riverside Court,", "ADDRESS")])
        yy = T(x + 12, yy, "Nottingham Road, Derby DE21 6LN", "mono", 17,
               ids=[("Nottingham Road, Derby", "ADDRESS"), ("DE21 6LN", "POSTCODE")])
        p.code128(x + 40, yy + 4, "RTG6021475", module=2, height=46)

    p1 = ImagePage(1240, 1754)
    T = p1.text
    T(50, 40, "University Hospitals of Derby and Burton NHS Foundation Trust", "libb", 22,
      keep=["University Hospitals of Derby and Burton NHS Foundation Trust"])
    T(50, 80, "EMERGENCY DEPARTMENT RECORD", "libb", 30)
    T(50, 124, "Royal Derby Hospital", "lib", 22, keep=["Royal Derby Hospital"])
    label(p1, 730, 120)
    y = 420
    rows = [
        ("Attendance no: 25/094406    Arrived: 21/06/2025 23:52    Mode: walk-in",
         [("25/094406", "HOSPITAL_NUMBER")], ["21/06/2025 23:52"]),
        ("Triage 00:05   Nurse: J. Pickering   MTS: YELLOW - wounds (hand)", [("J. Pickering", "COLLEAGUE_NAME")],
         []),
        ("NEWS2 1   HR 96   BP 134/82   T 36.9   Pain 7/10", [], ["NEWS2 1"]),
        ("PC: laceration L palm from broken glass at a party. Friend (Kyle) says", [("Kyle", "RELATIVE_NAME")], []),
        ("    it was a pint glass that broke in his hand.", [], []),
        ("PMH: nil. DH: nil. Allergies: NKDA. Tetanus up to date. RHD, plays guitar.", [], []),
        ("", [], []),
        ("Seen by: Dr F. Rahmani  00:40", [], ["Dr F. Rahmani"]),
        ("O/E: 4 cm oblique laceration over thenar eminence, clean edges.", [], []),
        ("FDS and FDP intact each finger; FPL intact. Sensation intact radial and", [], []),
        ("ulnar digital nerves all digits (2PD 4 mm). Cap refill < 2 s.", [], ["2PD 4 mm"]),
        ("X-ray L hand: no radio-opaque foreign body.", [], []),
        ("Imp: simple laceration, no deep structure injury clinically.", [], []),
    ]
    for s, i, k in rows:
        y = T(60, y, s, "lib", 24, ids=i, keep=k) + 8 if s else y + 14
    T(60, 1660, "Page 1 of 2", "lib", 20)
    p2 = ImagePage(1240, 1754)
    T = p2.text
    T(50, 40, "EMERGENCY DEPARTMENT RECORD (continued)", "libb", 26)
    label(p2, 730, 120)
    y = 420
    rows = [
        ("Procedure 01:20: explored under LA (lidocaine 1% 5 ml). No tendon", [], ["lidocaine 1% 5 ml"]),
        ("    or nerve injury. Irrigated with 500 ml saline. Closed with", [], []),
        ("    5 x 4/0 Ethilon interrupted. Non-adherent dressing, sling.", [], ["4/0 Ethilon"]),
        ("Safeguarding / alcohol: denies assault; police not involved.", [], []),
        ("    About 8 units tonight. AUDIT-C 7 - brief advice given.", [], ["AUDIT-C 7"]),
        ("Plan: removal of sutures at GP practice nurse 10-14 days.", [], []),
        ("    Return if redness, pus, fever or numbness. Leaflet given.", [], []),
        ("Disposal: home 02:15 with friend.", [], []),
        ("", [], []),
        ("Clinician: F. Rahmani   GMC 7712048   Specialty Doctor EM", [], ["F. Rahmani", "7712048"]),
        ("Verified copy: Dr Gareth Pemberton, Consultant in Emergency Medicine", [], ["Dr Gareth Pemberton"]),
    ]
    for s, i, k in rows:
        y = T(60, y, s, "lib", 24, ids=i, keep=k) + 8 if s else y + 14
    T(60, 1660, "Page 2 of 2", "lib", 20)
    p1.finish(angle=-0.5, noise=35, blur=0.5, bg=(238, 238, 234), seed=811)
    p2.finish(angle=0.8, noise=35, blur=0.5, bg=(238, 238, 234), seed=812)
    path = os.path.join(FILES, "s51-081-ed-record-scan.pdf")
    save_image_pdf([p1, p2], path)
    ids, keep, codes, photos = collect([p1, p2])
    record("s51-081", "s51-081-ed-record-scan.pdf", "pdf", "ed_record_scan", "Dr Farida Rahmani", 2, ids, keep,
           codes, photos)


# =============================================================== s51-082 consent form photo (JPEG)
def consent_photo():
    p = ImagePage(1300, 1700, bg=(252, 251, 247))
    T = p.text
    T(60, 50, "Shrewsbury and Telford Hospital NHS Trust", "libb", 26,
      keep=["Shrewsbury and Telford Hospital NHS Trust"])
    T(60, 90, "Royal Shrewsbury Hospital", "lib", 22, keep=["Royal Shrewsbury Hospital"])
    T(60, 150, "CONSENT FORM 1", "libb", 30)
    T(60, 190, "Patient agreement to investigation or treatment", "lib", 22)
    # patient label
    x, y0 = 780, 40
    p.rect((x, y0, x + 460, y0 + 270), outline=(110, 110, 110), width=1, fill=(255, 255, 250))
    yy = T(x + 12, y0 + 10, "PARKINSON, Glenys May", "monob", 22, ids=[("PARKINSON, Glenys May", "PATIENT_NAME")])
    yy = T(x + 12, yy, "DOB 17/09/1946    F", "mono", 19, keep=["17/09/1946"])
    yy = T(x + 12, yy, "S2230984", "mono", 19, ids=[("S2230984", "HOSPITAL_NUMBER")])
    yy = T(x + 12, yy, "NHS 486 220 9153", "mono", 19, ids=[("486 220 9153", "NHS_NUMBER")])
    yy = T(x + 12, yy, "Oak Cottage, Pontesbury", "mono", 18, ids=[("Oak Cottage, Pontesbury", "ADDRESS")])
    yy = T(x + 12, yy, "Shrewsbury SY5 0RH", "mono", 18, ids=[("Shrewsbury", "ADDRESS"), ("SY5 0RH", "POSTCODE")])
    p.code128(x + 40, yy + 4, "S2230984", module=2, height=46)
    y = 350
    rows = [
        ("Name of proposed procedure: laparoscopic right hemicolectomy (possible open)", [], []),
        ("Statement of health professional", [], []),
        ("Intended benefits: removal of caecal cancer (T3 N0 on CT staging).", [], []),
        ("Serious or frequently occurring risks: bleeding, infection, anastomotic leak", [], []),
        ("(3-5%), VTE, conversion to open (10%), stoma (<5%), death (<2%).", [], ["(3-5%)"]),
        ("Other relevant information: Parkinson's disease - levodopa doses must be", [], ["Parkinson's disease"]),
        ("given on time before and after surgery (NG tube if needed).", [], []),
        ("Signed: T. Wieczorek    Name: Mr Tomasz Wieczorek", [], ["T. Wieczorek", "Mr Tomasz Wieczorek"]),
        ("Job title: Specialty Doctor, General Surgery    Date: 04/02/2025", [], []),
        ("Interpreter: not required", [], []),
        ("", [], []),
        ("Statement of patient: I agree to the procedure described on this form.", [], []),
        ("Signed: G. Parkinson    Date: 04/02/2025", [("G. Parkinson", "PATIENT_NAME")], []),
        ("Daughter present: Mrs Helen Marsden", [("Helen Marsden", "RELATIVE_NAME")], []),
        ("", [], []),
        ("Confirmation of consent (day of surgery, 18/02/2025): Mr A. Crowther, Consultant", [],
         ["Mr A. Crowther"]),
    ]
    for s, i, k in rows:
        y = T(60, y, s, "lib", 24, ids=i, keep=k) + 10 if s else y + 18
    p.qr(1060, 1420, "S2230984", box_size=6)
    T(60, 1470, "EPR document - scan QR code to file", "lib", 20)
    # photo of paper on a desk: darken the surround after rotation
    p.finish(angle=1.5, noise=28, blur=1.0, bg=(120, 100, 80), seed=82)
    path = os.path.join(FILES, "s51-082-consent-form-photo.jpg")
    p.img.save(path, quality=85)
    ids, keep, codes, photos = collect([p])
    record("s51-082", "s51-082-consent-form-photo.jpg", "jpeg", "consent_form_photo", "Mr Tomasz Wieczorek", 1, ids,
           keep, codes, photos)


# =============================================================== s51-083 complaint response (DOCX)
def complaint_docx():
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(11)
    for s in ["Belfast Health and Social Care Trust", "Complaints Department, Trust Headquarters",
              "Westlink Way, Belfast BT12 6QQ", "Tel 01632 960290   complaints@belfasttrust-example.hscni.net", "",
              "Our ref: BHSCT-C-25-0688", "", "Ms Maeve Dornan", "6 Kilmakee Park", "Dunmurry",
              "BT17 9HQ", "", "12 August 2025", "", "Dear Ms Dornan"]:
        doc.add_paragraph(s)
    body = [
        "Re: Mr Francis Lennon, date of birth 12/12/1935, H&C 341 557 0082",
        "Thank you for your letter of 3 July 2025 about the care of your father, Mr Lennon, on Ward 7D of the Royal "
        "Victoria Hospital between 2 and 26 June 2025. I am very sorry for the distress you describe.",
        "1. Pressure ulcer. Your father was admitted with intact skin and a Waterlow score of 22. A grade 2 pressure "
        "ulcer on his left heel was first recorded on 11 June. Our review found that his two-hourly repositioning "
        "was not documented on four nights, and his heel offloading boots were not in use on 10 June. The tissue "
        "viability nurse, Gráinne Keenan, reviewed him on 12 June. The ulcer was healing by discharge. We have "
        "apologised to the ward team's satisfaction and retrained staff on the SSKIN bundle.",
        "2. Communication about his medicines. You were concerned that his warfarin was stopped without anyone "
        "telling you. Dr Conor Devine, the foundation doctor, stopped it on 4 June because of a high INR (6.8). Dr "
        "Yusuf Demir, Specialty Doctor, spoke to you on 6 June and has reflected that he should have called you on "
        "the day it was stopped. The ward sister, Sister Ann-Marie Tohill, has introduced a daily family update "
        "sheet.",
        "3. Discharge. We accept that your father was discharged at 21:10, which was too late in the evening for a "
        "man of 89, and we are sorry.",
        "If you remain dissatisfied you may contact the Northern Ireland Public Services Ombudsman "
        "(www.nipso.org.uk).",
        "Yours sincerely",
        "Brendan Casey",
        "Director of Unscheduled and Acute Care",
        "Copy for portfolio verified: Dr Orla McCloskey, Consultant Geriatrician and Educational Supervisor",
    ]
    for s in body:
        doc.add_paragraph(s)
    path = os.path.join(FILES, "s51-083-complaint-response.docx")
    doc.save(path)
    ids = [("Westlink Way, Belfast", "ADDRESS"), ("BT12 6QQ", "POSTCODE"), ("01632 960290", "PHONE"),
           ("complaints@belfasttrust-example.hscni.net", "EMAIL"), ("BHSCT-C-25-0688", "REFERENCE_NUMBER"),
           ("Maeve Dornan", "RELATIVE_NAME"), ("Dornan", "RELATIVE_NAME"), ("6 Kilmakee Park", "ADDRESS"),
           ("Dunmurry", "ADDRESS"), ("BT17 9HQ", "POSTCODE"), ("Francis Lennon", "PATIENT_NAME"),
           ("Lennon", "PATIENT_NAME"), ("341 557 0082", "NHS_NUMBER"), ("Gráinne Keenan", "COLLEAGUE_NAME"),
           ("Conor Devine", "COLLEAGUE_NAME"), ("Ann-Marie Tohill", "COLLEAGUE_NAME"),
           ("www.nipso.org.uk", "URL"), ("Brendan Casey", "COLLEAGUE_NAME")]
    keep = ["Belfast Health and Social Care Trust", "12/12/1935", "Ward 7D", "Waterlow score of 22",
            "grade 2 pressure ulcer", "INR (6.8)", "Yusuf Demir", "Dr Orla McCloskey",
            "Northern Ireland Public Services Ombudsman", "SSKIN bundle"]
    record("s51-083", "s51-083-complaint-response.docx", "docx", "complaint_response", "Dr Yusuf Demir", None,
           [{"text": a, "type": b} for a, b in ids], keep)


# =============================================================== s51-084 Polish discharge card + translation (image-only PDF)
def polish_card():
    p1 = ImagePage(1240, 1754)
    T = p1.text
    T(60, 50, "WOJEWÓDZKI SZPITAL SPECJALISTYCZNY WE WROCŁAWIU", "serifb", 26,
      keep=["WOJEWÓDZKI SZPITAL SPECJALISTYCZNY WE WROCŁAWIU"])
    T(60, 90, "Oddział Chirurgii Ogólnej i Onkologicznej", "serif", 22)
    T(60, 122, "ul. Lipowa 18, 50-302 Wrocław", "serif", 20, ids=[("ul. Lipowa 18, 50-302 Wrocław", "ADDRESS")])
    T(60, 190, "KARTA INFORMACYJNA LECZENIA SZPITALNEGO", "serifb", 28)
    y = 260
    rows = [
        ("Nr księgi głównej: 2020/11452", [("2020/11452", "HOSPITAL_NUMBER")], []),
        ("Pacjent: Stanisław Gąsior", [("Stanisław Gąsior", "PATIENT_NAME")], []),
        ("PESEL: 48112003975        Data urodzenia: 20.11.1948", [("48112003975", "OTHER_ID")], ["20.11.1948"]),
        ("Adres: ul. Ogrodowa 7 m. 3, 50-127 Wrocław", [("ul. Ogrodowa 7 m. 3, 50-127 Wrocław", "ADDRESS")], []),
        ("Okres hospitalizacji: 03.02.2020 - 12.02.2020", [], []),
        ("", [], []),
        ("Rozpoznanie: Ostre zapalenie wyrostka robaczkowego z perforacją (K35.2).", [], ["K35.2"]),
        ("Leczenie: appendektomia laparoskopowa 03.02.2020", [], []),
        ("(operator: lek. Tomasz Wieczorek).", [], ["lek. Tomasz Wieczorek"]),
        ("Antybiotykoterapia: ceftriakson 2 g + metronidazol 500 mg i.v. przez 5 dni.", [],
         ["ceftriakson 2 g", "metronidazol 500 mg"]),
        ("Przebieg pooperacyjny bez powikłań. CRP 214 -> 18 mg/l.", [], ["CRP 214 -> 18 mg/l"]),
        ("Zalecenia: kontrola w Poradni Chirurgicznej za 10 dni, zdjęcie szwów.", [], []),
        ("Żona pacjenta, pani Halina Gąsior, została poinformowana.", [("Halina Gąsior", "RELATIVE_NAME")], []),
        ("", [], []),
        ("Lekarz prowadzący: lek. Barbara Wójcik", [("Barbara Wójcik", "COLLEAGUE_NAME")], []),
        ("Ordynator: dr hab. n. med. Krzysztof Wróbel", [], ["dr hab. n. med. Krzysztof Wróbel"]),
    ]
    for s, i, k in rows:
        y = T(60, y, s, "serif", 23, ids=i, keep=k) + 10 if s else y + 18
    T(820, 1600, "[pieczęć]", "serif", 20)
    p2 = ImagePage(1240, 1754)
    T = p2.text
    T(60, 50, "CERTIFIED TRANSLATION FROM POLISH", "serifb", 26)
    T(60, 90, "Provincial Specialist Hospital in Wrocław - Department of General and Oncological Surgery", "serif",
      20)
    T(60, 122, "ul. Lipowa 18, 50-302 Wrocław", "serif", 20, ids=[("ul. Lipowa 18, 50-302 Wrocław", "ADDRESS")])
    T(60, 190, "HOSPITAL DISCHARGE INFORMATION CARD", "serifb", 28)
    y = 260
    rows = [
        ("Main register no.: 2020/11452", [("2020/11452", "HOSPITAL_NUMBER")], []),
        ("Patient: Stanisław Gąsior", [("Stanisław Gąsior", "PATIENT_NAME")], []),
        ("PESEL (national ID no.): 48112003975      Date of birth: 20.11.1948", [("48112003975", "OTHER_ID")],
         ["20.11.1948"]),
        ("Address: ul. Ogrodowa 7 m. 3, 50-127 Wrocław", [("ul. Ogrodowa 7 m. 3, 50-127 Wrocław", "ADDRESS")], []),
        ("Period of stay: 03.02.2020 - 12.02.2020", [], []),
        ("", [], []),
        ("Diagnosis: acute appendicitis with perforation (K35.2).", [], ["K35.2"]),
        ("Treatment: laparoscopic appendicectomy on 03.02.2020", [], []),
        ("(operating surgeon: Dr Tomasz Wieczorek).", [], ["Dr Tomasz Wieczorek"]),
        ("Antibiotics: ceftriaxone 2 g + metronidazole 500 mg IV for 5 days.", [],
         ["ceftriaxone 2 g", "metronidazole 500 mg"]),
        ("Uncomplicated post-operative course. CRP 214 -> 18 mg/l.", [], ["CRP 214 -> 18 mg/l"]),
        ("Advice: surgical clinic review in 10 days, removal of sutures.", [], []),
        ("The patient's wife, Mrs Halina Gąsior, was informed.", [("Halina Gąsior", "RELATIVE_NAME")], []),
        ("", [], []),
        ("Attending doctor: Dr Barbara Wójcik", [("Barbara Wójcik", "COLLEAGUE_NAME")], []),
        ("Head of department: Dr hab. Krzysztof Wróbel", [], ["Dr hab. Krzysztof Wróbel"]),
        ("", [], []),
        ("Translated by Tomasz Wieczorek; certified by sworn translator", [], ["Tomasz Wieczorek"]),
        ("Anna Wiśniewska-Hart.", [], ["Anna Wiśniewska-Hart"]),
    ]
    for s, i, k in rows:
        y = T(60, y, s, "serif", 23, ids=i, keep=k) + 10 if s else y + 18
    p1.finish(angle=0.9, noise=40, blur=0.6, bg=(236, 234, 228), seed=841)
    p2.finish(angle=-0.4, noise=30, blur=0.5, bg=(240, 240, 236), seed=842)
    path = os.path.join(FILES, "s51-084-polish-discharge-card-scan.pdf")
    save_image_pdf([p1, p2], path)
    ids, keep, codes, photos = collect([p1, p2])
    record("s51-084", "s51-084-polish-discharge-card-scan.pdf", "pdf", "discharge_card_translation_scan",
           "Mr Tomasz Wieczorek", 2, ids, keep, codes, photos)


# =============================================================== s51-085 teaching case with radiograph (PDF, text layer)
def xray_teaching():
    # the radiograph, with patient details burned into the image
    xr = ImagePage(900, 1000, bg=(18, 18, 18))
    d = xr.d
    d.ellipse((120, 170, 440, 860), fill=(70, 70, 70))        # right lung (patient's right, image left)
    d.ellipse((470, 150, 860, 900), fill=(20, 20, 20))        # hyperlucent left hemithorax
    d.polygon([(380, 260), (470, 240), (520, 700), (360, 760)], fill=(200, 200, 200))  # mediastinum shifted
    for k in range(9):                                         # ribs
        d.arc((100, 120 + k * 75, 460, 300 + k * 75), 200, 340, fill=(150, 150, 150), width=8)
        d.arc((450, 120 + k * 75, 880, 300 + k * 75), 200, 340, fill=(120, 120, 120), width=8)
    d.line((640, 900, 880, 960), fill=(180, 180, 180), width=10)  # deep sulcus edge
    xr.img = xr.img.filter(ImageFilter.GaussianBlur(6))
    xr.d = ImageDraw.Draw(xr.img)
    W = (235, 235, 235)
    xr.text(20, 16, "KEIGWIN, ARTHUR", "sansb", 28, fill=W, ids=[("KEIGWIN, ARTHUR", "PATIENT_NAME")])
    xr.text(20, 54, "RCH0691544", "sans", 24, fill=W, ids=[("RCH0691544", "HOSPITAL_NUMBER")])
    xr.text(20, 86, "DOB 12/12/1939", "sans", 24, fill=W, keep=["12/12/1939"])
    xr.text(560, 16, "ROYAL CORNWALL HOSP", "sans", 24, fill=W)
    xr.text(560, 50, "RCHCR24110800233", "sans", 24, fill=W, ids=[("RCHCR24110800233", "OTHER_ID")])
    xr.text(560, 84, "08/11/2024 03:14", "sans", 24, fill=W)
    xr.text(20, 950, "AP SUPINE  TRAUMA", "sans", 24, fill=W)
    xr.text(820, 950, "L", "sansb", 34, fill=W)

    path = os.path.join(FILES, "s51-085-teaching-case-radiograph.pdf")
    p = PdfDoc(path)
    T = p.text
    y = 56
    y = T(50, y, "Royal Cornwall Hospitals NHS Trust - Radiology teaching file", "DVB", 12,
          keep=["Royal Cornwall Hospitals NHS Trust"])
    y = T(50, y, "Case 14: tension pneumothorax on a supine trauma radiograph", "DVB", 11)
    y = T(50, y, "Prepared by Dr Eleni Papadopoulou, Specialty Doctor in Radiology, for FY2 teaching, 12/02/2025",
          "DV", 9, keep=["Dr Eleni Papadopoulou"])
    y = T(50, y, "Case courtesy of Dr Demelza Hosken, Emergency Department", "DV", 9,
          ids=[("Demelza Hosken", "COLLEAGUE_NAME")])
    p.image(xr.img, 130, y + 6, 330, 367, what="chest radiograph with burned-in patient details", img_page=xr)
    y = y + 6 + 367 + 22
    rows = [
        ("Findings: hyperlucent left hemithorax, deep sulcus sign, mediastinal shift to the right,", [],
         ["deep sulcus sign"]),
        ("depressed left hemidiaphragm. No lung edge is visible on a supine film - look for the deep sulcus.", [],
         []),
        ("Clinical: 84-year-old man, fall down stairs, SpO2 84% on 15 L, BP 78/40.", [], ["84-year-old man"]),
        ("", [], []),
        ("Learning points", [], []),
        ("1. Do not wait for imaging if tension is suspected clinically.", [], []),
        ("2. Decompress by finger thoracostomy or needle (ATLS 10th edition: 4th/5th intercostal space,", [],
         ["ATLS 10th edition"]),
        ("    mid-axillary line), then chest drain.", [], []),
        ("3. On supine films, air collects anteriorly and inferiorly: deep sulcus, sharp heart border.", [], []),
        ("", [], []),
        ("Note: patient details on the image must be removed before this case is circulated.", [], []),
        ("Verified: Dr Jonathan Penhaligon, Consultant Radiologist", [], ["Dr Jonathan Penhaligon"]),
    ]
    for s, i, k in rows:
        y = T(50, y, s, "DV", 9.5, ids=i, keep=k) if s else y + 5
    pages = p.save()
    record("s51-085", "s51-085-teaching-case-radiograph.pdf", "pdf", "teaching_case", "Dr Eleni Papadopoulou", pages,
           p.ids, p.keep, p.codes, p.photos)


def main():
    wristband()
    perineal_form()
    specimen()
    imaging_request()
    arrhythmia_letter()
    belfast_discharge()
    rt_reflection()
    thank_you_email()
    ed_card()
    consent_photo()
    complaint_docx()
    polish_card()
    xray_teaching()
    RECORDS.sort(key=lambda r: r["id"])
    with open(os.path.join(SET, "files.jsonl"), "w", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(RECORDS)} file documents")


if __name__ == "__main__":
    main()
