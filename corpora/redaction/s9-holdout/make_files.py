#!/usr/bin/env python3
"""Render files/ and files.jsonl for the h9 hold-out set.  Run: /tmp/s9venv/bin/python make_files.py
Boxes are the ones the drawing engine reports for each drawn string / barcode (see render_lib.py),
moved through the same affine transform used to rotate or skew a page, then expressed as fractions."""
import io, json, os, random
import numpy as np
from PIL import Image, ImageDraw, ImageFilter
import pymupdf as fitz
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from reportlab.lib.pagesizes import A4, landscape
from render_lib import (RasterPage, Recorder, affine, photo_finish, scan_finish, to_fractions, PdfDoc,
                        segments, plain, font)

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
ENTRIES = []
A4PX = (1240, 1754)   # A4 at 150 dpi


def build_entry(did, fname, fmt, kind, applicant, pages, items, photos=(), **extra):
    e = {"id": did, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant,
         "pages": pages}
    e.update(extra)
    e["identifiers"] = [{"text": i["text"], "type": i["type"], "page": i["page"], "box": i["box"]}
                        for i in items if i["kind"] == "id"]
    e["keep"] = [{"text": i["text"], "page": i["page"], "box": i["box"]} for i in items if i["kind"] == "keep"]
    e["barcodes"] = [{"format": i["format"], "value": i["value"], "page": i["page"], "box": i["box"]}
                     for i in items if i["kind"] == "barcode"]
    e["photos"] = list(photos)
    ENTRIES.append(e)


def raster_items(rec, W, H):
    return to_fractions(rec.items, W, H)


def save_pdf_from_images(path, imgs, page_size=A4):
    doc = fitz.open()
    for im in imgs:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, format="JPEG", quality=85)
        p = doc.new_page(width=page_size[0], height=page_size[1])
        p.insert_image(p.rect, stream=buf.getvalue())
    doc.save(path, deflate=True)


def pdf_items(rec, W, H):
    out = []
    for it in rec.items:
        x0, y0, x1, y1 = it["box"]
        b = [max(0, (x0 - 0.6) / W), max(0, (y0 - 0.6) / H), min(1, (x1 + 0.6) / W), min(1, (y1 + 0.6) / H)]
        out.append(dict(it, box=[round(v, 5) for v in b]))
    return out


def docx_entry(did, fname, kind, applicant, pages, markups):
    """markups: every marked-up string that was written into the DOCX (to collect labels)."""
    ids, keep, seen = [], [], set()
    for m in markups:
        for s, lab in segments(m):
            if lab is None:
                continue
            key = (s, lab)
            if key in seen:
                continue
            seen.add(key)
            if lab[0] == "id":
                ids.append({"text": s, "type": lab[1]})
            else:
                keep.append({"text": s})
    ENTRIES.append({"id": did, "file": "files/" + fname, "format": "docx", "kind": kind,
                    "applicant": applicant, "pages": pages, "identifiers": ids, "keep": keep,
                    "barcodes": [], "photos": []})


# =====================================================================================  h9-061 wristband
def f061():
    rec = Recorder()
    W, H = 1800, 440
    pg = RasterPage(W, H, rec, bg=(226, 232, 240))
    d = pg.d
    d.rounded_rectangle([20, 40, W - 20, H - 40], radius=60, fill=(255, 255, 255), outline=(180, 190, 200), width=3)
    d.rectangle([60, 70, 110, H - 70], fill=(200, 30, 30))  # red allergy strip
    pg.text(140, 125, "[[HOLLINGWORTH, Agnes Mary|PN]]", "libb", 44)
    pg.text(140, 180, "{{DOB 14/03/1939}}   F   {{Age 86y}}", "lib", 34)
    pg.text(140, 230, "NHS: [[401 223 9876|NHS]]", "lib", 34)
    pg.text(140, 280, "MRN: [[QE5510287|HN]]", "libb", 34)
    pg.text(140, 330, "{{ALLERGY: PENICILLIN}}   {{Harcourt Ward}}", "lib", 30)
    pg.code128(820, 95, "QE5510287", module=3, height=150)
    pg.text(820, 300, "{{Queen Eleanor Hospital}}", "lib", 28)
    pg.qr(1540, 110, "4012239876", module=9)
    # photographed: slight rotation and lighting
    img, items = affine(pg.img, rec.items, angle=-2.2, fill=(226, 232, 240))
    img = photo_finish(img, 61, vignette=0.2, noise=4, blur=0.5)
    fn = "h9-061-wristband.png"
    img.save(os.path.join(FILES, fn))
    build_entry("h9-061", fn, "png", "wristband_photo", "Dr Fatima Zahra Benali", 1,
                to_fractions(items, *img.size))


# =====================================================================================  h9-062 addressograph sheet
def f062():
    rec = Recorder()
    W, H = A4PX
    pg = RasterPage(W, H, rec)
    cols, rows = 3, 7
    mx, my, lw, lh = 40, 60, 386, 232
    for r in range(rows):
        for c in range(cols):
            x, y = mx + c * (lw + 1), my + r * (lh + 2)
            pg.d.rounded_rectangle([x, y, x + lw - 8, y + lh - 8], radius=14, outline=(205, 205, 205), width=1)
            pg.text(x + 14, y + 34, "[[MR DEEPAK CHANDRASEKAR|PN]]", "libb", 21)
            pg.text(x + 14, y + 62, "[[12 Larkspur Way, Mickleover|AD]]", "lib", 18)
            pg.text(x + 14, y + 86, "[[Derby|AD]]  [[DE3 0RT|PC]]", "lib", 18)
            pg.text(x + 14, y + 112, "{{DOB 07/07/1958}}  M", "lib", 18)
            pg.text(x + 14, y + 136, "NHS [[472 118 0395|NHS]]", "lib", 18)
            pg.text(x + 205, y + 136, "[[RTG4459931|HN]]", "libb", 18)
            pg.code128(x + 14, y + 150, "RTG4459931", module=2, height=44)
            pg.text(x + 14, y + 216, "Cons: {{Mr A. Kingsley}}", "lib", 15)
    pg.text(40, 1720, "Addressograph labels – {{Royal Derby Hospital}} – printed {{28/11/2025}} 09:14 by WARD 306", "lib", 16)
    img = pg.img
    fn = "h9-062-addressograph-sheet.png"
    img.save(os.path.join(FILES, fn))
    build_entry("h9-062", fn, "png", "addressograph_label_sheet", "Ms Priya Raghunathan", 1,
                to_fractions(rec.items, W, H))


# =====================================================================================  h9-063 specimen label
def f063():
    rec = Recorder()
    W, H = 1000, 520
    pg = RasterPage(W, H, rec, bg=(252, 252, 250))
    pg.d.rectangle([0, 0, W, 36], fill=(150, 40, 160))   # purple EDTA cap colour band
    pg.text(30, 80, "[[FAIRWEATHER, Sian Louise|PN]]", "libb", 36)
    pg.text(30, 126, "{{DOB 22/10/1987}}  F    MRN [[NGH7790315|HN]]", "lib", 28)
    pg.text(30, 168, "Lab no [[WM-251104-0372|OID]]", "libb", 28)
    pg.text(30, 208, "{{FBC}} {{HbA1c}}   {{EDTA}} 4 mL", "lib", 28)
    pg.text(30, 248, "Coll {{04/11/2025 07:45}}  Loc {{AMU}}", "lib", 26)
    pg.code128(30, 280, "WM2511040372", module=3, height=120)
    pg.text(30, 450, "{{Northfield General Hospital}} Pathology", "lib", 24)
    pg.text(560, 450, "Req: {{Dr C. O Murchu}}", "lib", 24)
    # wrap-around tube photo: place on dark bench, rotate, perspective-free
    big = Image.new("RGB", (1300, 820), (70, 74, 80))
    img, items = affine(pg.img, rec.items, angle=4.0, out_size=(1300, 820), offset=(10, -5), fill=(70, 74, 80))
    img = photo_finish(img, 63, vignette=0.35, noise=5, blur=0.7, tint=(1.0, 0.98, 0.93))
    fn = "h9-063-specimen-label.jpg"
    img.save(os.path.join(FILES, fn), quality=90)
    build_entry("h9-063", fn, "jpeg", "specimen_label_photo", "Dr Ciarán Ó Murchú", 1,
                to_fractions(items, *img.size))


# =====================================================================================  h9-064 photographed letter
def f064():
    rec = Recorder()
    W, H = A4PX
    pg = RasterPage(W, H, rec)
    y = 120
    pg.text(110, y, "{{Children's Outpatients}} – {{St Aldhelm's Hospital}}", "libb", 30)
    y = pg.lines(110, y + 60, [
        "Our ref: [[HM/CO/25/0210|REF]]          Clinic date: {{11/09/2025}}",
        "",
        "[[Dr Naveed Rashid|CN]]",
        "[[Abbey Road Surgery, 4 Abbey Road|AD]]",
        "[[Sherborne|AD]]  [[DT9 3LP|PC]]",
        "",
        "Dear [[Dr Rashid|CN]]",
        "",
        "Re: [[Freddie Ashcombe|PN]]   {{DOB 30/01/2016}}   Male",
        "NHS [[713 008 5521|NHS]]   Hospital no. [[2209940|HN]]",
        "[[9 Quarry Lane, Sherborne|AD]]",
        "",
        "Diagnosis: {{coeliac disease}} ({{tTG 118 U/mL}}, {{EMA positive}}) – biopsy not",
        "required under {{ESPGHAN 2020}} criteria. Growth: weight on the 9th centile.",
        "",
        "Thank you for referring [[Freddie|PN]], whom I saw with his mother [[Lucy|RN]]. He has",
        "had two years of loose stools and tiredness. He is now on a strict {{gluten-free diet}}",
        "and I have referred him to the paediatric dietitian. His {{ferritin 9 µg/L}} is low;",
        "I have started {{Sytron}} (sodium feredetate) 5 mL twice daily.",
        "",
        "Yours sincerely",
        "",
        "{{Dr Hala Mansour}}, Specialty Doctor in Paediatrics",
    ], "serif", 27, lead=44)
    # photograph: page lies on a desk, small rotation, lighting gradient
    img, items = affine(pg.img, rec.items, angle=2.6, scale=0.92, out_size=(1300, 1760), offset=(-8, 6),
                        fill=(96, 74, 52))
    img = photo_finish(img, 64, vignette=0.3, noise=5, blur=0.8, tint=(1.0, 0.96, 0.88))
    fn = "h9-064-photographed-letter.jpg"
    img.save(os.path.join(FILES, fn), quality=88)
    build_entry("h9-064", fn, "jpeg", "photographed_clinic_letter", "Dr Hala Mansour", 1,
                to_fractions(items, *img.size))


# =====================================================================================  h9-065 skewed referral scan (TIFF)
def f065():
    rec = Recorder()
    W, H = A4PX
    pg = RasterPage(W, H, rec)
    pg.text(100, 120, "NHS e-Referral Service – Referral Letter", "sansb", 30)
    pg.code128(840, 70, "5039918824", module=3, height=70)
    y = pg.lines(100, 200, [
        "UBRN: [[0004 7713 2290|REF]]     Priority: Urgent",
        "Service: Medical Retina – {{St George's Hospital}} – FAO {{Dr S. Perera}}",
        "",
        "Patient: [[Mrs Philippa Ondaatje|PN]]     {{DOB 05/05/1950}}     Female",
        "NHS No: [[503 991 8824|NHS]]",
        "Address: [[27 Ravenslea Road, Balham, London|AD]]  [[SW12 8RY|PC]]",
        "Tel: [[020 7946 0412|PH]] (home)",
        "",
        "Referrer: [[Dr Imogen Tate|CN]], [[Nightingale Surgery|AD]]",
        "",
        "Reason: Distorted vision left eye for 10 days. {{Amsler grid}} distortion.",
        "VA L 6/24 R 6/9 (pinhole no better). Drusen both eyes on fundoscopy.",
        "Query {{wet AMD}}. Diabetic ({{metformin 1 g}} BD), on {{apixaban 5 mg}} BD.",
        "Mrs [[Ondaatje|PN]] lives alone; her son [[Rohan|RN]] ([[07700 900 218|PH]]) will bring her.",
        "",
        "Signed: [[Dr I. Tate|CN]]   GMC [[4411926|GMC]]",
    ], "sans", 24, lead=42)
    pg.text(100, 1700, "Printed for portfolio by {{Dr Sunil Perera}} (GMC {{6988120}})", "sans", 18)
    img, items = affine(pg.img, rec.items, angle=-1.6, out_size=(W, H), fill=(255, 255, 255))
    img = scan_finish(img, 65, noise=4)
    fn = "h9-065-ers-referral-skewed.tif"
    img.convert("L").save(os.path.join(FILES, fn), compression="tiff_lzw")
    build_entry("h9-065", fn, "tiff", "skewed_scan_referral", "Dr Sunil Perera", 1, to_fractions(items, W, H))


# =====================================================================================  h9-066 scanned discharge summary (image PDF, 2 pages)
def f066():
    W, H = A4PX
    imgs, all_items = [], []
    # page 1
    rec = Recorder()
    pg = RasterPage(W, H, rec, page=1)
    pg.text(90, 110, "{{Sheffield Health and Social Care NHS Foundation Trust}}", "libb", 28)
    pg.text(90, 150, "Inpatient Discharge Summary – {{Stanage Ward}}", "lib", 26)
    pg.qr(1010, 60, "RI-4417750", module=6)
    pg.lines(90, 240, [
        "Name: [[Liam Cartwright-Hoyle|PN]]        {{DOB 12/12/1985}}   Male",
        "NHS number: [[627 103 9951|NHS]]        RiO: [[RI-4417750|HN]]",
        "Address: [[Flat 2, 88 Abbeydale Road, Sheffield|AD]]  [[S7 1FD|PC]]",
        "Admitted {{03/09/2025}} ({{Section 2}}, regraded {{Section 3}})   Discharged {{17/10/2025}}",
        "Consultant: {{Dr Geraldine Oyelaran}}   Discharging doctor: {{Dr T. Nowicki}}",
        "",
        "Diagnosis: {{bipolar affective disorder}}, current episode manic with psychotic",
        "symptoms ({{ICD-10 F31.2}}).",
        "Medication on discharge: {{lithium carbonate 800 mg}} nocte ({{Priadel}}),",
        "level {{0.72 mmol/L}}; {{olanzapine 10 mg}} nocte; {{TSH}} and {{eGFR}} normal.",
        "",
        "Care coordinator: [[Nicola Braithwaite|CN]] (CMHT North) [[01632 960 677|PH]]",
        "Sister [[Jodie|RN]] is his main support and holds a spare key.",
        "{{Section 117}} aftercare applies. Crisis plan given.",
    ], "lib", 24, lead=44)
    pg.code128(90, 1590, "6271039951", module=3, height=70)
    pg.text(90, 1700, "Page 1 of 2   {{Dr Tomasz Nowicki}}", "lib", 18)
    img, items = affine(pg.img, rec.items, angle=0.8, out_size=(W, H))
    imgs.append(scan_finish(img, 661))
    all_items += items
    # page 2
    rec = Recorder()
    pg = RasterPage(W, H, rec, page=2)
    pg.text(90, 110, "Discharge Summary (cont.) – [[CARTWRIGHT-HOYLE L|PN]]  [[RI-4417750|HN]]", "lib", 24)
    pg.lines(90, 200, [
        "Risk: no self-harm on the ward; history of overdose 2019. Drives for",
        "[[Sheffield Forgemasters|AD]] – DVLA advised (not to drive for 3 months).",
        "Follow-up: outpatients with {{Dr Oyelaran}} 4 weeks; lithium level 1 week;",
        "{{Lithium Alert Card}} given; {{NICE CG185}} monitoring plan to GP.",
        "GP: [[Dr Marek Sowa|CN]], [[Sharrow Lane Medical Centre|AD]]",
        "",
        "Completed by {{Dr Tomasz Nowicki}}, Specialty Doctor, GMC {{7302219}}",
        "Verified by {{Dr Geraldine Oyelaran}}",
    ], "lib", 24, lead=44)
    pg.code128(90, 1590, "6271039951", module=3, height=70)
    pg.text(90, 1700, "Page 2 of 2   {{Dr Tomasz Nowicki}}", "lib", 18)
    img, items = affine(pg.img, rec.items, angle=-0.6, out_size=(W, H))
    imgs.append(scan_finish(img, 662))
    all_items += items
    fn = "h9-066-discharge-summary-scan.pdf"
    save_pdf_from_images(os.path.join(FILES, fn), imgs)
    build_entry("h9-066", fn, "pdf", "scanned_discharge_summary", "Dr Tomasz Nowicki", 2,
                to_fractions(all_items, W, H), text_layer=False)


# =====================================================================================  h9-067 digital clinic letter PDF
def f067():
    rec = Recorder()
    fn = "h9-067-ortho-clinic-letter.pdf"
    doc = PdfDoc(os.path.join(FILES, fn), A4, rec)
    W, H = A4
    doc.text(50, 60, "{{Torbay Hospital}} – Trauma & Orthopaedics", "libb", 15)
    doc.text(50, 78, "{{Torbay and South Devon NHS Foundation Trust}}", "lib", 10)
    doc.qr(490, 36, "TBY0719944|8110275563", module=2.4)
    doc.code128(330, 18, "TBY0719944", module=1.0, height=24)
    y = doc.lines(50, 130, [
        "Our ref: [[RW/OC/25/3120|REF]]          Clinic: {{Elective Hip & Knee}}, {{22/10/2025}}",
        "",
        "[[Dr Oliver Haskins|CN]]",
        "[[Brixham Medical Practice, Greenswood Road|AD]]",
        "[[Brixham|AD]]  [[TQ5 9HN|PC]]",
        "",
        "Dear [[Dr Haskins|CN]]",
        "",
        "Re: [[Mr Terence Polglase|PN]]    {{DOB 19/08/1948}}    Male",
        "Hospital no: [[TBY0719944|HN]]     NHS no: [[811 027 5563|NHS]]",
        "[[Chy an Mor, 3 Harbour View, Brixham|AD]]  [[TQ5 8AZ|PC]]",
        "",
        "Diagnosis: end-stage {{osteoarthritis}} of the right hip ({{Kellgren-Lawrence grade 4}});",
        "{{Oxford Hip Score}} 14/48. BMI 29. {{HbA1c 52}}.",
        "",
        "I saw Mr [[Polglase|PN]] with his wife [[Morwenna|RN]]. He has night pain and now walks",
        "less than 200 yards with a stick. He has tried {{naproxen}} and {{co-codamol 30/500}}",
        "and a course of physiotherapy. I have listed him for a right {{total hip replacement}}",
        "({{Exeter}} stem, {{Trident}} cup) under my care. He gave consent (Form 1) today",
        "after a discussion of dislocation (1%), infection (1%), {{VTE}} and leg-length risks.",
        "He still skippers the [[Brixham Belle|AD]] pleasure boat in summer and would prefer",
        "surgery in the winter.",
        "",
        "Yours sincerely",
        "",
        "{{Mr Rangi Walker}}",
        "Specialty Doctor, Trauma & Orthopaedics   GMC {{7133570}}",
    ], "lib", 10.5, lead=15.5)
    doc.text(50, 800, "Secretary: [[Tamsin|CN]] – [[01632 960 455|PH]] – [[tsdft.orthosecs@nhs.net|EM]]", "lib", 8.5)
    doc.save()
    build_entry("h9-067", fn, "pdf", "digital_clinic_letter", "Mr Rangi Walker", 1, pdf_items(rec, W, H),
                text_layer=True)


# =====================================================================================  h9-068 digital theatre list, 2 pages landscape
def f068():
    rec = Recorder()
    fn = "h9-068-theatre-list.pdf"
    W, H = landscape(A4)
    doc = PdfDoc(os.path.join(FILES, fn), (W, H), rec)
    cols = [40, 85, 250, 345, 395, 640, 720]
    hdr = ["Time", "Patient", "Hosp No", "Age/Sex", "Procedure", "ASA", "Notes"]
    rows1 = [
        ["08:30", "[[ABERCROMBIE, Fiona|PN]]", "[[RTG4461102|HN]]", "52F", "{{Laparoscopic cholecystectomy}}", "2", "{{IOC}} if CBD dilated"],
        ["10:00", "[[OKONJO-WARD, Ifeanyi|PN]]", "[[RTG4458870|HN]]", "61M", "{{Laparoscopic right hemicolectomy}}", "3", "{{ERAS}}; {{ICG}}"],
        ["12:30", "[[BRADSHAW, Kenneth|PN]]", "[[RTG4462093|HN]]", "79M", "{{Open inguinal hernia repair}}", "3", "on {{clopidogrel}}"],
        ["14:00", "[[HUSSEIN, Amal|PN]]", "[[RTG4463317|HN]]", "34F", "{{Laparoscopic appendicectomy}}", "1", "{{beta-hCG}} neg"],
        ["15:15", "[[PRZYBYLSKI, Tomasz|PN]]", "[[RTG4459004|HN]]", "45M", "{{Pilonidal sinus}} excision", "1", "—"],
    ]
    rows2 = [
        ["08:30", "[[LAVERY, Siobhan|PN]]", "[[RTG4464410|HN]]", "67F", "{{Laparoscopic anterior resection}}", "2", "stoma nurse seen"],
        ["12:00", "[[MAHMOOD, Zainab|PN]]", "[[RTG4464971|HN]]", "29F", "{{Diagnostic laparoscopy}}", "1", "interpreter: [[Mr Hassan|CN]]"],
        ["13:30", "[[TEMPLETON, Gordon|PN]]", "[[RTG4460388|HN]]", "71M", "{{Reversal of Hartmann's}}", "3", "{{CPET}} done"],
    ]
    for pi, rows in enumerate([rows1, rows2]):
        if pi:
            doc.new_page()
        day = "{{Mon 01/12/2025}}" if pi == 0 else "{{Tue 02/12/2025}}"
        doc.text(40, 45, "ELECTIVE THEATRE LIST – {{Theatre 9}} – {{Royal Derby Hospital}} – " + day, "libb", 13)
        doc.text(40, 64, "Surgeon: {{Ms P. Raghunathan}}    Anaesthetist: " +
                 ("[[Dr Sanjiv Mehra|CN]]" if pi == 0 else "[[Dr Lucy Ferrand|CN]]") +
                 "    Scrub: [[Mandy Tolliver|CN]]", "lib", 10)
        y = 95
        doc.row(y, list(zip(cols, hdr)), "libb", 9.5)
        doc.hline(40, 800, y + 5)
        for r in rows:
            y += 24
            doc.row(y, list(zip(cols, r)), "lib", 9.5)
            doc.hline(40, 800, y + 7, grey=0.85)
        doc.text(40, 560, "List prepared by {{Ms Priya Raghunathan}} – page %d of 2 – {{WHO Surgical Safety Checklist}} brief 08:00" % (pi + 1), "lib", 8.5)
    doc.save()
    build_entry("h9-068", fn, "pdf", "digital_theatre_list", "Ms Priya Raghunathan", 2, pdf_items(rec, W, H),
                text_layer=True)


# =====================================================================================  h9-069 digital Datix form, 2 pages
def f069():
    rec = Recorder()
    fn = "h9-069-datix-report.pdf"
    W, H = A4
    doc = PdfDoc(os.path.join(FILES, fn), A4, rec)
    doc.rect(40, 30, 555, 70, grey=0.3, fill=(0.88, 0.92, 0.97))
    doc.text(50, 56, "Datix Cloud IQ – Incident Report", "libb", 14)
    doc.text(360, 56, "ID: [[QEG-IR-2025-118842|REF]]", "libb", 11)
    y = doc.lines(50, 100, [
        "Reported by: {{Dr Oluwaseun Adeyemi}} (Consultant, ED)        Date reported: {{14/07/2025}}",
        "Incident date/time: {{13/07/2025}} 03:40       Location: {{Emergency Department}} – {{Resus}}",
        "Category: Delay in treatment – {{sepsis}}      Severity: Moderate harm",
        "LFPSE reference: [[LFPSE-2025-0714-30127|REF]]",
        "",
        "Person affected: [[Mr Keith Arkwright|PN]]      {{DOB 02/09/1954}}      Male",
        "MRN: [[QEG0938822|HN]]     NHS number: [[919 004 1276|NHS]]",
        "",
        "Description:",
        "71-year-old man with {{neutropenic sepsis}} (on {{docetaxel}}) waited 2 h 50 min for",
        "antibiotics. Triage nurse [[Ciara Doyle|CN]] recorded {{NEWS2 6}} at 00:50; the",
        "{{sepsis screening tool}} was not completed. First doctor review by [[Dr Lewis Pattinson|CN]]",
        "(ST1) at 03:10. {{Piperacillin-tazobactam 4.5 g}} IV given 03:40 after escalation.",
        "Lactate 4.6. Admitted to {{ICU}}; required {{noradrenaline}} for 36 h; survived.",
        "His daughter, [[Leanne Arkwright|RN]] ([[07700 900 364|PH]]), raised concerns at the time.",
    ], "lib", 10, lead=15)
    doc.text(50, 800, "Page 1 of 2 – {{Dr Oluwaseun Adeyemi}}", "lib", 8)
    doc.new_page()
    doc.text(50, 56, "Datix ID [[QEG-IR-2025-118842|REF]] – continued", "libb", 12)
    doc.lines(50, 90, [
        "Immediate actions: {{Duty of Candour}} conversation with patient and daughter 14/07/2025.",
        "Contributory factors: 9 ambulances queueing; 2 of 4 registrar shifts unfilled ({{OPEL 4}}).",
        "Witnesses: HCA [[Jordan Mace|CN]]; paramedic [[Stacey Gibb|CN]] ([[NEAS-CAD-250713-0088|REF]]).",
        "Linked complaint: [[PET/COMP/2025/0552|REF]]",
        "",
        "Learning: {{Sepsis Six}} prompt added to {{Symphony}} triage screen; neutropenic",
        "patients with chemotherapy alert cards to be seen within 15 minutes ({{UKONS}} triage tool).",
        "",
        "Reviewed by: {{Dr Rachel Tindall}}, Clinical Director (verifier)      Closed: {{30/09/2025}}",
    ], "lib", 10, lead=15)
    doc.text(50, 800, "Page 2 of 2 – {{Dr Oluwaseun Adeyemi}}", "lib", 8)
    doc.save()
    build_entry("h9-069", fn, "pdf", "digital_datix_report", "Dr Oluwaseun Adeyemi", 2, pdf_items(rec, W, H),
                text_layer=True)


# =====================================================================================  h9-070 DOCX logbook table
def _docx_table(doc, rows, widths=None, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, m in enumerate(r):
            cell = t.cell(i, j)
            cell.text = plain(m)
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(8.5)
                    run.bold = header and i == 0
    return t


def f070():
    fn = "h9-070-logbook.docx"
    doc = Document()
    marks = []
    def para(m, bold=False, size=10):
        marks.append(m)
        p = doc.add_paragraph()
        r = p.add_run(plain(m)); r.bold = bold; r.font.size = Pt(size)
    para("Operative logbook extract – {{Mr Rangi Walker}} – {{Trauma & Orthopaedics}} – {{2025}}", True, 12)
    para("Source: {{eLogbook}} (ISCP) export, filtered to hip fracture and ankle cases; verified by {{Mr Julian Pascoe}}.")
    rows = [
        ["Date", "Hospital", "Patient ID", "Age/Sex", "Procedure", "Role", "Notes"],
        ["{{06/01/2025}}", "{{Torbay Hospital}}", "[[TBY0650112|HN]]", "84F", "{{Hemiarthroplasty}} ({{Exeter Trauma Stem}})", "P", "{{Garden IV}}"],
        ["09/01/2025", "{{Torbay Hospital}}", "[[TBY0651870|HN]]", "77M", "{{DHS}} 135°", "P", "{{TAD}} 18 mm"],
        ["13/01/2025", "{{Torbay Hospital}}", "[[tby0652201|HN]]", "91F", "{{Cephalomedullary nail}} ({{Gamma3}})", "S-TS", "trainee [[Dr Fern Okoli|CN]] operated"],
        ["20/01/2025", "{{Torbay Hospital}}", "[[TBY0653345|HN]]", "35M", "{{Ankle ORIF}} (bimalleolar)", "P", "pt [[Shane Treloar|PN]], fisherman, [[Brixham|AD]]"],
        ["27/01/2025", "{{Torbay Hospital}}", "[[0654410|HN]]", "88F", "{{Total hip replacement}} for #NOF", "P", "{{NHFD}} criteria met"],
        ["03/02/2025", "{{Newton Abbot Hospital}}", "[[TBY0655123|HN]]", "62F", "Removal of metalwork", "P", "—"],
    ]
    marks += [c for r in rows for c in r]
    _docx_table(doc, rows)
    para("Totals 2025: hip fracture 96 (P 71, S-TS 25); ankle 48; {{Clavien-Dindo}} ≥ III: 3.")
    doc.save(os.path.join(FILES, fn))
    docx_entry("h9-070", fn, "docx_logbook_table", "Mr Rangi Walker", 1, marks)


# =====================================================================================  h9-071 DOCX MDT minutes, 2 pages
def f071():
    fn = "h9-071-lung-mdt-minutes.docx"
    doc = Document()
    marks = []
    def para(m, bold=False, size=10):
        marks.append(m)
        p = doc.add_paragraph()
        r = p.add_run(plain(m)); r.bold = bold; r.font.size = Pt(size)
        return p
    para("{{Lung Cancer MDT}} – {{Wrexham Maelor Hospital}} – {{07/10/2025}}", True, 13)
    para("Chair: {{Dr Catrin Pugh}} (verified minutes). Radiology: {{Dr Grzegorz Zielinski}}. "
         "Respiratory: [[Dr Aled Wynne-Jones|CN]]. Oncology: [[Dr Meinir Hopkin|CN]]. "
         "Thoracic surgery (video link): [[Mr Rakesh Banerjee|CN]]. CNS: [[Gwawr Ellis|CN]].")
    rows = [
        ["#", "Patient", "Hospital no.", "NHS no.", "Discussion", "Outcome"],
        ["1", "[[HARRIMAN, Colin|PN]]", "[[W0043319|HN]]", "[[517 209 4483|NHS]]", "{{PET-CT}}: adrenal avid ({{SUVmax 7.1}}) – {{T2a N2 M1b}}", "{{EBUS}}; oncology; {{PD-L1}}"],
        ["2", "[[Mrs Eirlys Parry|PN]]", "[[W0051286|HN]]", "[[461 885 0127|NHS]]", "22 mm {{RUL}} nodule, {{Brock score}} 41%", "{{CT-guided biopsy}} (GZ)"],
        ["3", "[[D. Lloyd-Hughes|PN]]", "[[W0049921|HN]]", "—", "{{Pleural effusion}}, {{LENT score}} 4", "{{IPC}}; palliative care"],
    ]
    marks += [c for r in rows for c in r]
    _docx_table(doc, rows)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para("Page 2 – actions and notes", True, 11)
    para("Case 2: Mrs [[Parry|PN]] is a retired headteacher from [[Llangollen|AD]]; her husband [[Emrys|RN]] "
         "asked for results by phone on [[01632 960 229|PH]] – CNS to call.")
    para("Case 3: referral from [[Dr Sion Bevan|CN]] (GP) – fax [[01632 960 230|PH]].")
    para("MDT reference for case 1 (cancer tracking): [[LC-WM-25-0417|REF]].")
    para("Minuted by {{Dr Grzegorz Zielinski}} (GMC {{7188290}}) for portfolio; chair {{Dr Catrin Pugh}}.")
    doc.save(os.path.join(FILES, fn))
    docx_entry("h9-071", fn, "docx_mdt_minutes", "Dr Grzegorz Zielinski", 2, marks)


# =====================================================================================  h9-072 DOCX assessments by applicant (trainees = colleagues)
def f072():
    fn = "h9-072-assessor-log.docx"
    doc = Document()
    marks = []
    def para(m, bold=False, size=10):
        marks.append(m)
        p = doc.add_paragraph()
        r = p.add_run(plain(m)); r.bold = bold; r.font.size = Pt(size)
    para("Workplace-based assessments completed BY {{Dr Aditya Kulkarni}} as assessor – {{2025}}", True, 12)
    para("Evidence for teaching and supervision (export from {{RCEM}} {{Kaizen}} ePortfolio). Verified by {{Dr Eilidh Forsyth}}.")
    rows = [
        ["Date", "Trainee", "GMC", "Grade", "Type", "Case / skill", "Outcome"],
        ["{{14/01/2025}}", "[[Dr Rhona McBride|CN]]", "[[7731186|GMC]]", "FY2", "{{Mini-CEX}}", "{{Renal colic}}, {{STONE score}}", "Meets"],
        ["{{02/02/2025}}", "[[Dr Ahmed El-Sayed|CN]]", "[[7702451|GMC]]", "ACCS CT1", "{{DOPS}}", "{{Procedural sedation}} ({{ketamine}})", "Entrustable level 3"],
        ["{{19/03/2025}}", "[[Dr Zofia Nowak|CN]]", "[[7745810|GMC]]", "ST3 EM", "{{ESLE}}", "Resus leadership", "Above"],
        ["{{08/05/2025}}", "[[ACP Callum Reid|CN]]", "HCPC [[PA204471|GMC]]", "ACP", "{{CbD}}", "{{Wells score}} and {{PERC}}", "Meets"],
    ]
    marks += [c for r in rows for c in r]
    _docx_table(doc, rows)
    para("Free text (Dr [[El-Sayed|CN]]): sedation done with {{capnography}}, {{RCoA/RCEM}} sedation checklist used.")
    doc.save(os.path.join(FILES, fn))
    docx_entry("h9-072", fn, "docx_assessor_log", "Dr Aditya Kulkarni", 1, marks)


# =====================================================================================  h9-073 electronic whiteboard screenshot
def f073():
    rec = Recorder()
    W, H = 1600, 900
    pg = RasterPage(W, H, rec, bg=(245, 247, 250))
    pg.d.rectangle([0, 0, W, 60], fill=(0, 94, 184))
    pg.text(20, 42, "Nervecentre – {{AMU}} B – {{Northfield General Hospital}} – 07/11/2025 20:52", "sansb", 24, fill=(255, 255, 255))
    cols = [20, 100, 400, 480, 580, 1080, 1260]
    hdr = ["Bed", "Patient", "Age", "{{NEWS2}}", "Working diagnosis", "Consultant", "Jobs"]
    pg.row(100, list(zip(cols, hdr)), "sansb", 20)
    pg.hline(10, W - 10, 112, width=2)
    rows = [
        ["B1", "[[WHITTAKER, Joan|PN]]", "88", "3", "{{Hyponatraemia}} (Na 119)", "{{Dr Ó Murchú}}", "Na 02:00"],
        ["B2", "[[D'SOUZA, Maria|PN]]", "77", "2", "{{NSTEMI}}", "{{Dr Ó Murchú}}", "angio Mon"],
        ["B3", "[[EZE, Chukwuemeka|PN]]", "29", "5", "{{Sickle cell crisis}}", "[[Dr Farrelly|CN]]", "PCA review"],
        ["B4", "[[GRIMSHAW, Alan|PN]]", "64", "7", "{{Upper GI bleed}} ({{Glasgow-Blatchford}} 12)", "[[Dr Farrelly|CN]]", "OGD tonight"],
        ["B5", "[[PATEL, Hetal|PN]]", "45", "1", "{{DKA}} resolved", "{{Dr Ó Murchú}}", "TTO"],
        ["B6", "[[MURPHY, Seán|PN]]", "71", "4", "{{COPD}} exacerbation – {{NIV}}", "{{Dr Ó Murchú}}", "VBG 22:00"],
    ]
    y = 112
    for r in rows:
        y += 52
        pg.row(y, list(zip(cols, r)), "sans", 20)
        pg.hline(10, W - 10, y + 16, fill=(215, 220, 228), width=1)
    pg.text(20, 560, "Hover card (B4): MRN [[NGH7765021|HN]]  NOK: wife [[Pauline|RN]] [[07700 900 552|PH]]", "sans", 20)
    pg.text(20, 600, "Screenshot taken by {{Dr Ciarán Ó Murchú}} for portfolio (management of the take).", "sans", 18)
    fn = "h9-073-whiteboard-screenshot.png"
    pg.img.save(os.path.join(FILES, fn))
    build_entry("h9-073", fn, "png", "electronic_whiteboard_screenshot", "Dr Ciarán Ó Murchú", 1,
                to_fractions(rec.items, W, H))


# =====================================================================================  h9-074 wound photograph with label
def f074():
    rec = Recorder()
    W, H = 1400, 1000
    rng = np.random.default_rng(74)
    # synthetic "skin" photograph: smooth gradient + texture + a healing incision line
    yy, xx = np.mgrid[0:H, 0:W]
    base = np.stack([200 - 0.02 * yy + 8 * np.sin(xx / 90.0), 160 - 0.02 * yy + 6 * np.sin(yy / 70.0),
                     140 - 0.015 * xx / 2], axis=-1)
    base = base + rng.normal(0, 4, base.shape)
    img = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(img)
    d.line([(380, 700), (560, 520), (760, 380), (900, 300)], fill=(150, 60, 60), width=10)
    for i in range(14):
        x = 400 + i * 36; y = 680 - i * 28
        d.line([(x - 12, y - 14), (x + 12, y + 14)], fill=(40, 40, 60), width=4)  # clips
    pg = RasterPage(W, H, rec)
    pg.img = img
    pg.d = ImageDraw.Draw(img)
    # paper ruler and patient label sticker
    pg.d.rectangle([60, 860, 1340, 940], fill=(250, 250, 245), outline=(80, 80, 80))
    for i in range(0, 1261, 10):
        pg.d.line([(70 + i, 860), (70 + i, 875 if i % 50 else 890)], fill=(30, 30, 30), width=2)
    pg.d.rectangle([900, 60, 1360, 300], fill=(255, 255, 255), outline=(120, 120, 120), width=2)
    pg.text(920, 110, "[[TREVITHICK, Jago|PN]]", "libb", 32)
    pg.text(920, 155, "{{DOB 02/02/1979}}  M", "lib", 28)
    pg.text(920, 198, "[[TBY0802261|HN]]", "libb", 28)
    pg.text(920, 240, "{{Day 12 post TKR}}", "lib", 26)
    pg.text(920, 282, "{{Torbay Hospital}}", "lib", 24)
    photos = [{"page": 1, "box": [0.0, 0.0, 1.0, 1.0], "what": "clinical photograph of a patient's knee wound (whole image)"}]
    img2, items = affine(pg.img, rec.items, angle=-1.2, out_size=(W, H), fill=(120, 100, 90))
    img2 = photo_finish(img2, 740, vignette=0.2, noise=3, blur=0.6)
    fn = "h9-074-wound-photo.jpg"
    img2.save(os.path.join(FILES, fn), quality=90)
    build_entry("h9-074", fn, "jpeg", "clinical_photograph_with_label", "Mr Rangi Walker", 1,
                to_fractions(items, W, H), photos=photos)


# =====================================================================================  h9-075 fax TIFF, 2 pages, 1-bit
def f075():
    W, H = 1728, 2200   # fax fine-ish resolution
    frames, all_items = [], []
    for pno in (1, 2):
        rec = Recorder()
        pg = RasterPage(W, H, rec, page=pno)
        pg.text(40, 40, "03/06/2025 14:22  FROM: [[01632 960350|PH]]  [[MOORSIDE SURGERY|AD]]  TO: [[01632 960351|PH]]  P.%d/2" % pno, "libmono", 22)
        if pno == 1:
            pg.text(120, 160, "URGENT REFERRAL – {{Early Pregnancy Assessment Unit}}", "sansb", 36)
            pg.text(120, 210, "{{Airedale General Hospital}} – FAO on-call O&G registrar", "sans", 28)
            pg.lines(120, 320, [
                "Patient: [[Miss Chantelle Ogunbiyi|PN]]     {{DOB 03/03/2001}}",
                "NHS: [[602 884 1176|NHS]]    Mobile: [[07700 900 804|PH]]",
                "Address: [[16 Moorside Terrace, Keighley|AD]]  [[BD21 4PQ|PC]]",
                "",
                "{{LMP 14/04/2025}} (7+1 weeks). Positive pregnancy test. Left iliac",
                "fossa pain since this morning, brown PV loss, shoulder tip pain.",
                "HR 104, BP 102/64. Previous {{chlamydia}}. ?{{ectopic pregnancy}}.",
                "Partner [[Dwayne|RN]] driving her in now.",
                "",
                "[[Dr Harpreet Sandhu|CN]] (GP)",
            ], "sans", 30, lead=54)
        else:
            pg.text(120, 160, "Page 2 – attachments", "sansb", 32)
            pg.lines(120, 260, [
                "Recent results: {{Hb 131 g/L}}; {{serum hCG 2,340 IU/L}} (lab [[LAB 250603 1187|OID]])",
                "Allergies: none known.   Medication: {{folic acid 400 micrograms}}",
                "Seen on arrival by {{Dr M. F. Iqbal}}: {{TVUS}} – left adnexal mass 24 mm,",
                "free fluid; {{laparoscopic salpingectomy}} same day. {{Anti-D}} not required.",
            ], "sans", 30, lead=54)
            pg.code128(120, 600, "6028841176", module=4, height=120)
            pg.text(120, 2120, "Portfolio copy – {{Dr Muhammad Faisal Iqbal}} – GMC {{7219984}}", "sans", 24)
        img, items = affine(pg.img, rec.items, angle=0.5 if pno == 1 else -0.4, out_size=(W, H))
        img = img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
        frames.append(img)
        all_items += items
    fn = "h9-075-gp-fax.tif"
    frames[0].save(os.path.join(FILES, fn), save_all=True, append_images=frames[1:], compression="group4")
    build_entry("h9-075", fn, "tiff", "fax_referral", "Dr Muhammad Faisal Iqbal", 2, to_fractions(all_items, W, H))


# =====================================================================================  h9-076 scanned PDF, page scanned sideways (90°)
def f076():
    rec = Recorder()
    LW, LH = 1754, 1240    # landscape content
    pg = RasterPage(LW, LH, rec)
    pg.text(60, 80, "ED MAJORS – handover board print – {{Queen Elizabeth Hospital Gateshead}} – {{18/10/2025}} 08:00", "libb", 28)
    pg.qr(1560, 30, "ATT-25-0991827", module=5)
    cols = [60, 160, 570, 800, 1240, 1480]
    pg.row(170, list(zip(cols, ["Cubicle", "Patient", "Attend no", "Problem", "Plan", "Clinician"])), "libb", 22)
    pg.hline(50, 1700, 182)
    rows = [
        ["M1", "[[Eileen Fawcett|PN]] 84F", "[[ATT-25-0991827|HN]]", "{{#NOF}} L, {{fascia iliaca block}}", "T&O accepted", "{{Dr Adeyemi}}"],
        ["M2", "[[Kyle Robson|PN]] 22M", "[[ATT-25-0991830|HN]]", "{{Paracetamol OD}}, {{NAC}}", "med reg", "[[Dr Oyebanji|CN]]"],
        ["M4", "[[Pat Hindmarsh|PN]] 67F", "[[ATT-25-0991833|HN]]", "{{AF}} with RVR, {{CHA2DS2-VASc}} 4", "{{DC cardioversion}}?", "{{Dr Adeyemi}}"],
        ["M6", "[[Nasrin Begum|PN]] 39F", "[[ATT-25-0991841|HN]]", "{{Renal colic}}, 6 mm stone", "urology", "[[Dr Tennant|CN]]"],
        ["M7", "\"[[Geordie|PN]]\" – NFA, frequent attender", "[[ATT-25-0991846|HN]]", "{{Alcohol withdrawal}}, {{CIWA}} 16", "{{Pabrinex}}, admit", "[[Dr Oyebanji|CN]]"],
    ]
    y = 182
    for r in rows:
        y += 70
        pg.row(y, list(zip(cols, r)), "lib", 22)
        pg.hline(50, 1700, y + 22, fill=(200, 200, 200), width=1)
    pg.text(60, 1180, "Board copy for portfolio – {{Dr Oluwaseun Adeyemi}}, Consultant in Emergency Medicine", "lib", 20)
    # scanned sideways: rotate 90° clockwise onto a portrait A4 image (+ small skew)
    img, items = affine(pg.img, rec.items, angle=-90.7, out_size=A4PX)
    img = scan_finish(img, 76, noise=4)
    fn = "h9-076-board-scanned-sideways.pdf"
    save_pdf_from_images(os.path.join(FILES, fn), [img])
    build_entry("h9-076", fn, "pdf", "scanned_sideways_board_print", "Dr Oluwaseun Adeyemi", 1,
                to_fractions(items, *A4PX), text_layer=False)


# =====================================================================================  h9-077 digital MSF report, no patient identifiers
def f077():
    rec = Recorder()
    fn = "h9-077-msf-report.pdf"
    W, H = A4
    doc = PdfDoc(os.path.join(FILES, fn), A4, rec)
    doc.text(50, 60, "Multi-Source Feedback Report – {{Royal College of Anaesthetists}}", "libb", 14)
    doc.lines(50, 95, [
        "Doctor: {{Dr Elena Vasquez-Reid}}      GMC {{7268841}}",
        "Supervisor who released the report: {{Dr Rashid Mahmood}}, Consultant Anaesthetist",
        "Trust: {{Manchester University NHS Foundation Trust}} ({{Wythenshawe Hospital}})",
        "Period: {{March 2025}}      Raters: 14 (anaesthetists 5, surgeons 3, ODPs 3, recovery 2, ward 1)",
        "",
        "Domain means (1–6): Clinical knowledge 5.4 | Safety 5.6 | Communication 5.3",
        "Teamwork 5.5 | Leadership 5.1 | Teaching 5.2",
        "",
        "Comments (anonymised by the platform):",
        "\"Calm in the {{can't intubate, can't oxygenate}} drill; clear {{front-of-neck access}} teaching.\"",
        "\"Uses the {{WHO checklist}} properly, not as a tick-box.\"",
        "\"Excellent {{spinal anaesthesia}} for {{fractured neck of femur}} with {{hyperbaric bupivacaine}}.\"",
        "\"Could delegate more to the {{ST3}} on busy {{CEPOD}} lists.\"",
        "",
        "Released: {{12/04/2025}} by {{Dr Rashid Mahmood}}",
    ], "lib", 10.5, lead=16)
    doc.text(50, 800, "{{Dr Elena Vasquez-Reid}} – portfolio pathway evidence – page 1 of 1", "lib", 8)
    doc.save()
    build_entry("h9-077", fn, "pdf", "digital_msf_report", "Dr Elena Vasquez-Reid", 1, pdf_items(rec, W, H),
                text_layer=True)


# =====================================================================================  h9-078 DOCX complaint response with timeline table, 2 pages
def f078():
    fn = "h9-078-complaint-response.docx"
    doc = Document()
    marks = []
    def para(m, bold=False, size=10.5):
        marks.append(m)
        p = doc.add_paragraph()
        r = p.add_run(plain(m)); r.bold = bold; r.font.size = Pt(size)
    sec = doc.sections[0]
    hm = "{{St Aldhelm's Hospital}} – Paediatrics – Our ref [[PALS/PAED/25/0193|REF]]"
    marks.append(hm)
    sec.header.paragraphs[0].text = plain(hm)
    para("[[Mr Daniel Okoro|RN]] and [[Ms Keeley Hart|RN]]", True)
    para("[[Flat 6, Foundry Court, Yeovil|AD]] [[BA20 1NQ|PC]]")
    para("{{20/06/2025}}")
    para("Dear [[Mr Okoro|RN]] and [[Ms Hart|RN]]")
    para("Re: your son [[Jayce Okoro-Hart|PN]] ({{DOB 14/08/2022}}), hospital number [[2210447|HN]]")
    para("Thank you for your complaint about [[Jayce|PN]]'s care on {{Puffin Ward}} on 2–3 May 2025. "
         "I am the doctor who looked after him overnight and I have reviewed the records with "
         "{{Dr Fergus Hale}}, my supervising consultant, who has also read and verified this response.")
    rows = [
        ["Time", "What happened"],
        ["{{21:10}}", "Arrived with {{bronchiolitis}}; {{SpO2 89%}}; {{high-flow nasal cannula}} started"],
        ["{{23:45}}", "Nurse [[Kirsty Pavey|CN]] escalated rising {{PEWS}} (7) to [[Dr Amit Joshi|CN]] (SHO)"],
        ["{{00:30}}", "Reviewed by {{Dr Mansour}}; {{CPAP}} discussed with {{WATCh}} retrieval"],
        ["{{02:15}}", "Transferred to {{Bristol Royal Hospital for Children}} PICU"],
    ]
    marks += [c for r in rows for c in r]
    _docx_table(doc, rows)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para("The 45-minute gap between the PEWS escalation and the SHO's review should not have happened. "
         "[[Dr Joshi|CN]] was in the {{Neonatal Unit}} at a delivery. We have changed the escalation "
         "so that the registrar is bleeped directly when PEWS ≥ 6.")
    para("You can contact the Patient Advice and Liaison Service on [[01632 960 118|PH]] or "
         "[[pals@staldhelms.nhs.uk|EM]].")
    para("Yours sincerely")
    para("{{Dr Hala Mansour}}, Specialty Doctor in Paediatrics, GMC {{7045561}}")
    doc.save(os.path.join(FILES, fn))
    docx_entry("h9-078", fn, "docx_complaint_response", "Dr Hala Mansour", 2, marks)


# =====================================================================================  h9-079 ePortfolio Mini-CEX screenshot, no patient identifiers
def f079():
    rec = Recorder()
    W, H = 1440, 980
    pg = RasterPage(W, H, rec, bg=(250, 250, 252))
    pg.d.rectangle([0, 0, W, 70], fill=(122, 31, 62))
    pg.text(30, 48, "{{Kaizen}} – {{RCEM}} ePortfolio", "sansb", 28, fill=(255, 255, 255))
    pg.d.rectangle([30, 100, W - 30, 940], outline=(200, 200, 210), width=2, fill=(255, 255, 255))
    pg.lines(60, 160, [
        "{{Mini-CEX}} (Adult) – completed",
        "Trainee: {{Dr Aditya Kulkarni}}     GMC {{7290018}}",
        "Assessor: {{Dr Eilidh Forsyth}}, Consultant in Emergency Medicine",
        "Date of event: {{23/04/2025}}    Location: {{Royal Infirmary of Edinburgh}} – {{Resus}}",
        "{{SLO 3}}: Resuscitate and stabilise    {{SLO 4}}: Care for an injured patient",
        "",
        "Case: 58-year-old man, {{massive PE}}, {{sPESI}} 2, {{RV:LV ratio}} 1.3 on {{CTPA}}.",
        "{{Alteplase 10 mg}} bolus then {{90 mg}} over 2 h; {{FEEL}} echo before and after.",
        "",
        "Entrustment: Level 4 – could manage without supervision.",
        "Feedback: Clear leadership, closed-loop communication, early use of {{PERT}} call.",
        "Development: Document {{BOVA score}} and discuss with the family earlier.",
        "Signed off {{24/04/2025}} 11:02 – {{Dr E. Forsyth}}",
    ], "sans", 24, lead=48)
    fn = "h9-079-minicex-screenshot.png"
    pg.img.save(os.path.join(FILES, fn))
    build_entry("h9-079", fn, "png", "eportfolio_screenshot", "Dr Aditya Kulkarni", 1, to_fractions(rec.items, W, H))


# =====================================================================================  h9-080 digital audit report with appendix, QR link
def f080():
    rec = Recorder()
    fn = "h9-080-falls-audit.pdf"
    W, H = A4
    doc = PdfDoc(os.path.join(FILES, fn), A4, rec)
    doc.text(50, 60, "Audit: Lying and standing blood pressure after inpatient falls", "libb", 14)
    doc.lines(50, 95, [
        "Lead: {{Dr Fatima Zahra Benali}} (GMC {{7512203}})     Supervisor: {{Dr Imogen Sallis}}",
        "Site: {{Queen Eleanor Hospital}} – {{Harcourt Ward}}, {{Beaumont Ward}}     Registered: [[QEH-CA-2025-118|REF]]",
        "Standard: {{NICE CG161}} / {{National Audit of Inpatient Falls}} ({{NAIF}}) – 100% of patients",
        "aged 65+ who fall have a {{lying and standing blood pressure}} within 24 h.",
        "",
        "Cycle 1 (Jan–Mar 2025, n=40): 35%.  Cycle 2 (Jun–Aug 2025, n=42): 81%.",
        "Interventions: {{Royal College of Physicians}} LSBP poster; falls bundle in {{ePMA}}; teaching.",
        "",
        "Poster and data dashboard (scan):",
        "[[https://qeh-audit.nhs.uk/falls/lsbp-2025|URL]]",
    ], "lib", 10.5, lead=16)
    doc.qr(400, 215, "https://qeh-audit.nhs.uk/falls/lsbp-2025", module=2.2)
    doc.text(50, 800, "{{Dr Fatima Zahra Benali}} – page 1 of 2", "lib", 8)
    doc.new_page()
    doc.text(50, 60, "Appendix – cycle 2 data (to be anonymised before upload)", "libb", 12)
    cols = [50, 110, 220, 300, 380, 470]
    doc.row(90, list(zip(cols, ["No.", "MRN", "Age", "Fall date", "LSBP <24h", "Drop (mmHg)"])), "libb", 9.5)
    doc.hline(50, 545, 95)
    data = [("1", "QE4402281", "84", "03/06/2025", "Y", "22/8"), ("2", "QE4419930", "91", "05/06/2025", "Y", "10/4"),
            ("3", "QE4388107", "77", "09/06/2025", "N", "—"), ("4", "QE4421176", "88", "12/06/2025", "Y", "31/12"),
            ("5", "QE4409952", "69", "18/06/2025", "Y", "6/2")]
    y = 90
    for n, mrn, age, dt, ok, drop in data:
        y += 20
        doc.row(y, list(zip(cols, [n, "[[%s|HN]]" % mrn, age, "{{%s}}" % dt, ok, drop])), "lib", 9.5)
    doc.text(50, y + 30, "Row 3 was Mr [[Penhaligon|PN]] (see SI [[2025/18342|REF]]); LSBP omitted.", "lib", 9.5)
    doc.text(50, 800, "{{Dr Fatima Zahra Benali}} – page 2 of 2", "lib", 8)
    doc.save()
    build_entry("h9-080", fn, "pdf", "digital_audit_report", "Dr Fatima Zahra Benali", 2, pdf_items(rec, W, H),
                text_layer=True)


def main():
    for f in (f061, f062, f063, f064, f065, f066, f067, f068, f069, f070,
              f071, f072, f073, f074, f075, f076, f077, f078, f079, f080):
        f()
    with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as fh:
        for e in sorted(ENTRIES, key=lambda e: e["id"]):
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(len(ENTRIES), "files written")


if __name__ == "__main__":
    main()
