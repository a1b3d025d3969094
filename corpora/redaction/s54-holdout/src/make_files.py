"""Renders the 13 file documents into ../files and returns their files.jsonl records.
Every line of text below is typed by hand; [[..|T]] and {{..}} only mark identifiers and keep strings."""
import os, email.message, email.utils
from PIL import Image, ImageDraw, ImageFilter
import docx
from docx.shared import Pt
from common import *
from render import ImgPage, PdfDoc, scanify, parse, plain

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
RECORDS = []


def rec_from_pages(id, file, fmt, kind, applicant, pages, photos=None):
    """pages: list of (ann, codes, fracfn)"""
    ids, keep, codes = [], [], []
    for pno, (ann, cds, fr) in enumerate(pages, 1):
        for k, t, ty, bb in ann:
            if k == "id":
                ids.append({"text": t, "type": ty, "page": pno, "box": fr(bb)})
            else:
                keep.append({"text": t, "page": pno, "box": fr(bb)})
        for f, v, bb in cds:
            codes.append({"format": f, "value": v, "page": pno, "box": fr(bb, 0)})
    r = {"id": id, "file": "files/" + file, "format": fmt, "kind": kind, "applicant": applicant, "pages": len(pages),
         "identifiers": ids, "keep": keep, "barcodes": codes, "photos": photos or []}
    RECORDS.append(r)


def rec_text(id, file, fmt, kind, applicant, lines):
    ids, keep, seen = [], [], set()
    for ln in lines:
        for seg, k, ty in parse(ln):
            if k and (seg, k) not in seen:
                seen.add((seg, k))
                (ids.append({"text": seg, "type": ty}) if k == "id" else keep.append(seg))
    RECORDS.append({"id": id, "file": "files/" + file, "format": fmt, "kind": kind, "applicant": applicant,
                    "pages": 1, "identifiers": ids, "keep": keep, "barcodes": [], "photos": []})


# ---------------------------------------------------------------- x-073 wristband photo (neurosurgery)
def wristband():
    pg = ImgPage(1400, 640, (196, 150, 120))
    # wrist / skin shading and the band
    for i in range(0, 640, 4):
        pg.d.rectangle((0, i, 1400, i + 4), fill=(200 - i // 20, 152 - i // 25, 124 - i // 30))
    pg.rect((30, 150, 1370, 470), outline=(210, 210, 210), width=3, fill=(250, 250, 247))
    pg.rect((30, 150, 1370, 175), outline=None, width=0, fill=(235, 235, 240))
    pg.text(60, 190, "[[HALLORAN, Derek|P]]", 34, "bold")
    pg.text(60, 240, "DOB: {{14/09/1958}}    {{Male}}", 26)
    pg.text(60, 282, "NHS: [[485 777 3021|NHS]]", 26)
    pg.text(60, 324, "MRN: [[RPH2248193|HN]]", 26)
    pg.text(60, 366, "{{Royal Preston Hospital}}   {{Ward 21}}", 22)
    pg.text(60, 404, "Allergies: {{NKDA}}", 22)
    pg.code128(760, 205, "RPH2248193", module_px=3, height_px=120)
    img = scanify(pg.img, seed=73, blur=0.9, noise=10, tint=None)
    img.save(os.path.join(OUT, "x-073-wristband.png"))
    rec_from_pages("x-073", "x-073-wristband.png", "png", "wristband_photo", "Dr Maria Teresa Dimaculangan",
                   [(pg.ann, pg.codes, pg.frac)])


# ---------------------------------------------------------------- x-074 addressograph label sheet (O&G), digital PDF
def labels():
    path = os.path.join(OUT, "x-074-addressograph-labels.pdf")
    pdf = PdfDoc(path)
    pdf.text(40, 28, "Portfolio evidence 2.4 (maternity records sample) - {{Dr Hiba Elfadil Osman}}", 9)
    pdf.text(40, 44, "{{Leeds Teaching Hospitals NHS Trust}} - patient labels printed {{21/01/2024}} 07:55", 9)
    for row in range(3):
        for col in range(2):
            x, y = 40 + col * 265, 80 + row * 240
            pdf.rect(x, y, 250, 220)
            pdf.text(x + 10, y + 10, "[[NDLOVU, Precious|P]]", 12, "DejaVu-Bold")
            pdf.text(x + 10, y + 30, "DOB {{14/02/1990}}   {{Female}}", 10)
            pdf.text(x + 10, y + 46, "NHS No [[612 993 0478|NHS]]", 10)
            pdf.text(x + 10, y + 62, "Unit No [[J2207745|HN]]", 10)
            pdf.text(x + 10, y + 78, "[[Flat 22, Lincoln Green Court, Leeds|ADDR]]", 9)
            pdf.text(x + 10, y + 92, "[[LS9 7RR|PC]]    Cons: {{Mrs C. Whitcombe}}", 9)
            pdf.code128(x + 10, y + 112, "J2207745", scale=0.42, module_px=3, height_px=150)
    pdf.save()
    rec_from_pages("x-074", "x-074-addressograph-labels.pdf", "pdf", "addressograph_label_sheet",
                   "Dr Hiba Elfadil Osman",
                   [(a, c, pdf.frac) for a, c in zip(pdf.pages, pdf.codes)])


# ---------------------------------------------------------------- x-075 microbiology request form (ID), JPEG
def specimen():
    pg = ImgPage(1240, 1754)
    pg.text(60, 40, "{{Manchester University NHS Foundation Trust}}", 30, "bold")
    pg.text(60, 84, "MICROBIOLOGY REQUEST  -  {{North Manchester General Hospital}}", 24)
    pg.rect((40, 140, 1200, 1700), width=2)
    # patient label stuck on the form
    pg.rect((60, 170, 700, 470), outline=(120, 120, 120), width=1, fill=(252, 252, 245))
    pg.text(80, 185, "[[MOKOENA, Thandiwe|P]]", 28, "bold")
    pg.text(80, 228, "DOB {{03/07/1992}}   {{Female}}", 22)
    pg.text(80, 262, "NHS [[728 004 1163|NHS]]", 22)
    pg.text(80, 296, "Hosp [[5520913|HN]]", 22)
    pg.text(80, 330, "[[14 Smedley Road, Cheetham|ADDR]]  [[M8 0RS|PC]]", 20)
    pg.code128(80, 366, "5520913", module_px=3, height_px=80)
    pg.text(760, 180, "LAB USE ONLY", 20, "bold")
    pg.text(760, 215, "Lab no [[M24.0117334|OID]]", 22)
    pg.qr(820, 255, "7280041163", box_px=7)
    pg.text(60, 520, "Specimen: {{Blood culture x2}}  +  {{EDTA for malaria film}}", 24)
    pg.text(60, 570, "Clinical details: fever {{39.2}} after travel to Lagos, returned 7/7 ago;", 24)
    pg.text(60, 606, "?malaria ?typhoid ?dengue. HIV test consented.", 24)
    pg.text(60, 656, "Antibiotics: {{ceftriaxone 2 g}} IV started 14:10", 24)
    pg.text(60, 706, "Requesting clinician: {{Dr I. Qureshi}}   bleep [[3372|PH]]", 24)
    pg.text(60, 756, "Consultant: {{Dr Tariq Mahmood}}     Location: {{Ward H4}} bed 6", 24)
    pg.text(60, 806, "Collected {{17/01/2024}} 14:05 by [[Amira S.|C]] (FY2)", 24)
    pg.text(60, 1640, "Portfolio evidence 6.2 - {{Dr Imran Haider Qureshi}}", 20)
    img = scanify(pg.img, seed=75, blur=0.5, noise=12)
    img.save(os.path.join(OUT, "x-075-specimen-request.jpg"), quality=92)
    rec_from_pages("x-075", "x-075-specimen-request.jpg", "jpeg", "specimen_request_form", "Dr Imran Haider Qureshi",
                   [(pg.ann, pg.codes, pg.frac)])


# ---------------------------------------------------------------- x-076 photographed whiteboard (geriatrics, Scotland)
def whiteboard():
    pg = ImgPage(1600, 1000, (228, 232, 230))
    pg.rect((40, 30, 1560, 900), outline=(150, 150, 155), width=10, fill=(244, 246, 244))
    blue, red, blk = (20, 40, 150), (170, 20, 20), (25, 25, 25)
    pg.text(80, 60, "{{WARD 8A}}  -  NIC today: [[Morag|C]]   Dr: {{ZAR}}   Physio: [[Craig|C]]", 38, "hand", blue)
    pg.text(80, 130, "Bed     Pt                Cons    EDD      notes", 30, "hand", blk)
    pg.line([(80, 172), (1500, 172)], fill=blk, width=3)
    pg.text(80, 190, "{{Bed 1}}    [[J. McGOWAN|P]]      {{FM}}     14/3     IV abx -> oral", 32, "hand", blk)
    pg.text(80, 250, "{{Bed 4}}    [[Effie F.|P]]        {{FM}}      ?       SW - care home?", 32, "hand", blk)
    pg.text(80, 310, "{{Bed 7}}    [[Tam RAFFERTY|P]]    {{FM}}      -       PD meds ON TIME  {{co-careldopa}}", 32, "hand", red)
    pg.text(80, 370, "{{Bed 12}}   [[Mrs O'NEILL|P]]     [[GG|C]]     18/3     daily wt, {{fluid 1.5 L}}", 32, "hand", blk)
    pg.text(80, 430, "{{Bed 14}}   [[Mr DOCHERTY|P]]     {{FM}}      -       falls risk - bay nurse", 32, "hand", red)
    pg.text(80, 490, "{{Bed 22}}   [[Agnes McC|P]]       {{FM}}     4/4      niece [[Lorraine|R]] has POA", 32, "hand", blk)
    pg.text(80, 580, "{{FM}} = {{Dr MacLeod}}    [[GG|C]] = Dr [[Gillespie|C]]", 30, "hand", blue)
    pg.text(80, 640, "Family mtg Thurs 2pm - {{Bed 12}} - son [[Brendan|R]] ring [[07700 900 266|PH]]", 30, "hand", blue)
    pg.text(80, 940, "Evidence 5.3 (ward board, photographed for portfolio) - {{Dr Zainab Kadhim Al-Rubaie}}", 24, "sans", blk)
    img = scanify(pg.img, seed=76, blur=1.1, noise=25, tint=(235, 232, 222))
    img.save(os.path.join(OUT, "x-076-whiteboard.jpg"), quality=85)
    rec_from_pages("x-076", "x-076-whiteboard.jpg", "jpeg", "whiteboard_photo", "Dr Zainab Kadhim Al-Rubaie",
                   [(pg.ann, pg.codes, pg.frac)])


# ---------------------------------------------------------------- x-077 scanned VTE form with sticker (T&O), image-only PDF
def tando_form():
    pg = ImgPage(1240, 1754)
    pg.text(60, 40, "{{University Hospitals of North Midlands NHS Trust}}", 28, "bold")
    pg.text(60, 80, "VTE RISK ASSESSMENT & TRAUMA PLAN (adult inpatient)", 24)
    pg.rect((660, 130, 1190, 440), outline=(90, 90, 90), width=1, fill=(250, 250, 242))
    pg.text(680, 145, "[[FENN, Reginald|P]]", 26, "bold")
    pg.text(680, 184, "DOB {{07/09/1944}}  {{Male}}", 20)
    pg.text(680, 214, "NHS [[558 120 3347|NHS]]", 20)
    pg.text(680, 244, "RJE: [[RJE0091834|HN]]", 20)
    pg.text(680, 274, "[[9 Coalville Place, Tunstall|ADDR]]", 18)
    pg.text(680, 300, "[[ST6 5JN|PC]]", 18)
    pg.code128(680, 330, "RJE0091834", module_px=3, height_px=80)
    pg.text(60, 150, "Ward: {{Ward 110}}   {{Bed 6}}", 22)
    pg.text(60, 190, "Weight: {{82 kg}}   eGFR {{61}}", 22)
    pg.text(60, 500, "Diagnosis: periprosthetic # L THA ({{Vancouver B2}})", 24, "hand")
    pg.text(60, 550, "Mobility significantly reduced - YES.  Hip/knee surgery - YES.", 24, "hand")
    pg.text(60, 600, "Bleeding risk: none identified.  Platelets {{212}}", 24, "hand")
    pg.text(60, 650, "Plan: {{enoxaparin 40 mg}} SC OD + {{TEDS}}; revision when fit", 24, "hand")
    pg.text(60, 700, "Discussed with: [[Mr Oakley|C]] (hip revision)", 24, "hand")
    pg.text(60, 750, "NOK: daughter [[Lynne|R]]  [[07700 900 664|PH]]", 24, "hand")
    pg.text(60, 840, "Assessed by: {{Dr A. S. Abdelrahman}}   {{GMC 7405519}}   {{27/02/2024}}", 22)
    pg.text(60, 1660, "Portfolio evidence 2.9 - {{Dr Ahmed Samir Abdelrahman}}", 20)
    img = scanify(pg.img, seed=77, blur=0.7, noise=14)
    img.save(os.path.join(OUT, "x-077-vte-form-scan.pdf"), resolution=150)
    rec_from_pages("x-077", "x-077-vte-form-scan.pdf", "pdf", "scanned_form_with_sticker", "Dr Ahmed Samir Abdelrahman",
                   [(pg.ann, pg.codes, pg.frac)])


# ---------------------------------------------------------------- x-078 dermatology clinic letter, digital PDF with QR
def derm_letter():
    path = os.path.join(OUT, "x-078-derm-clinic-letter.pdf")
    pdf = PdfDoc(path)
    pdf.text(50, 40, "{{Northern Care Alliance NHS Foundation Trust}}", 13, "DejaVu-Bold")
    pdf.text(50, 58, "{{Salford Royal Hospital}} - Department of Dermatology - Biologics Clinic", 10)
    pdf.qr(480, 30, "SRF1550437", 70)
    pdf.text(50, 78, "Hospital no: [[SRF 1550437|HN]]      Clinic date: {{12/02/2024}}", 10)
    pdf.text(50, 120, "Dr [[Imogen|C]] [[Carr|C]]", 10)
    pdf.text(50, 134, "[[Walkden Medical Centre|ADDR]]", 10)
    pdf.text(50, 148, "[[2 Bolton Road, Walkden|ADDR]]", 10)
    pdf.text(50, 162, "[[M28 3AX|PC]]", 10)
    pdf.text(50, 200, "Dear Dr [[Carr|C]],", 10)
    pdf.text(50, 222, "Re: [[Mr Bilal ADNAN|P]], DOB {{09/12/1984}}, NHS [[425 661 0093|NHS]]", 10, "DejaVu-Bold")
    pdf.text(50, 250, "Diagnosis: chronic plaque psoriasis, {{PASI 18}}, {{DLQI 21}}; nail involvement.", 10)
    pdf.text(50, 264, "Psoriatic arthritis screen: {{PEST 2}} - no referral to rheumatology needed now.", 10)
    pdf.text(50, 292, "Mr [[Adnan|P]] has failed {{methotrexate 15 mg weekly}} (nausea, ALT 98) and {{NB-UVB}}.", 10)
    pdf.text(50, 306, "He meets NICE TA criteria. Screening: {{QuantiFERON}} negative, hepatitis B/C and HIV negative.", 10)
    pdf.text(50, 334, "Plan: {{adalimumab 80 mg}} loading, then {{40 mg every other week}} (biosimilar {{Amgevita}}).", 10)
    pdf.text(50, 348, "Review with PASI/DLQI at 16 weeks. Homecare nurse will contact him on [[07700 900 935|PH]].", 10)
    pdf.text(50, 390, "Yours sincerely,", 10)
    pdf.text(50, 420, "{{Dr Ngozi Okafor}}, Specialty Doctor in Dermatology", 10)
    pdf.text(50, 434, "Supervising consultant: {{Dr Victoria Ashworth}}", 10)
    pdf.text(50, 462, "cc: patient - [[bilal.adnan84@example.com|EM]]", 9)
    pdf.text(50, 800, "Portfolio evidence 4.1 - {{Dr Ngozi Adaeze Okafor}} - page 1 of 1", 8)
    pdf.save()
    rec_from_pages("x-078", "x-078-derm-clinic-letter.pdf", "pdf", "clinic_letter_digital_pdf", "Dr Ngozi Adaeze Okafor",
                   [(a, c, pdf.frac) for a, c in zip(pdf.pages, pdf.codes)])


# ---------------------------------------------------------------- x-079 renal discharge summary, image-only PDF, 2 pages
def renal_scan():
    p1 = ImgPage(1240, 1754)
    p1.text(60, 40, "{{Cardiff and Vale University Health Board}}", 28, "bold")
    p1.text(60, 80, "{{University Hospital of Wales}} - Renal & Transplant Unit", 22)
    p1.text(60, 112, "CRYNODEB RHYDDHAU / DISCHARGE SUMMARY", 22, "bold")
    p1.code128(820, 40, "UHW-T1120087", module_px=2, height_px=80)
    p1.text(60, 180, "Name: [[Eirlys PUGH|P]]", 24, "bold")
    p1.text(60, 220, "DOB {{03/06/1965}}   {{Female}}   NHS [[504 227 6610|NHS]]", 22)
    p1.text(60, 254, "Unit no: [[UHW-T1120087|HN]]", 22)
    p1.text(60, 288, "Address: [[Ty Gwyn, Heol y Felin, Pontyclun|ADDR]]  [[CF72 9BW|PC]]", 22)
    p1.text(60, 322, "GP: Dr [[Alun Price|C]], [[Pontyclun Surgery|ADDR]]", 22)
    p1.text(60, 380, "Admitted {{25/02/2024}}   Discharged {{06/03/2024}}   {{Ward A6 (Transplant)}}", 22)
    p1.text(60, 440, "Procedure: deceased donor (DBD) kidney transplant, right iliac fossa, {{25/02/2024}}.", 22)
    p1.text(60, 476, "Induction: {{basiliximab 20 mg}} D0 and D4; {{methylprednisolone 500 mg}} intra-op.", 22)
    p1.text(60, 512, "Delayed graft function - 1 session of haemodialysis D2 (K+ {{6.4}}).", 22)
    p1.text(60, 548, "Ureteric stent in situ - removal at 6 weeks (urology).", 22)
    p1.text(60, 1660, "Portfolio evidence 7.2 - {{Dr Chaminda Prasanna Wickramasinghe}} - page 1 of 2", 18)
    p2 = ImgPage(1240, 1754)
    p2.code128(820, 40, "UHW-T1120087", module_px=2, height_px=80)
    p2.text(60, 60, "[[Eirlys PUGH|P]]   [[UHW-T1120087|HN]]   (continued)", 22)
    p2.text(60, 180, "Discharge medication:", 24, "bold")
    p2.text(80, 220, "{{tacrolimus 4 mg BD}} (Adoport) - level Mon/Thu", 22)
    p2.text(80, 254, "{{mycophenolate mofetil 750 mg BD}}", 22)
    p2.text(80, 288, "{{prednisolone 20 mg OD}} - reducing", 22)
    p2.text(80, 322, "{{co-trimoxazole 480 mg OD}}   {{valganciclovir 450 mg OD}}", 22)
    p2.text(60, 380, "Creatinine at discharge {{142 umol/L}} (falling).", 22)
    p2.text(60, 440, "Follow-up: transplant clinic twice weekly. Coordinator [[029 2018 0761|PH]].", 22)
    p2.text(60, 476, "Husband [[Emrys|R]] has been shown the drug chart and the fluid diary.", 22)
    p2.text(60, 560, "Discharging doctor: {{Dr C. P. Wickramasinghe}}", 22)
    p2.text(60, 594, "Consultant: {{Dr Gareth Llewellyn-Jones}}", 22)
    p2.text(60, 1660, "Portfolio evidence 7.2 - {{Dr Chaminda Prasanna Wickramasinghe}} - page 2 of 2", 18)
    i1 = scanify(p1.img, seed=791, blur=0.6, noise=12)
    i2 = scanify(p2.img, seed=792, blur=0.6, noise=12)
    i1.save(os.path.join(OUT, "x-079-renal-discharge-scan.pdf"), resolution=150, save_all=True, append_images=[i2])
    rec_from_pages("x-079", "x-079-renal-discharge-scan.pdf", "pdf", "discharge_summary_image_pdf",
                   "Dr Chaminda Prasanna Wickramasinghe", [(p1.ann, p1.codes, p1.frac), (p2.ann, p2.codes, p2.frac)])


# ---------------------------------------------------------------- x-080 cardiothoracic logbook supplement, DOCX
def ct_docx():
    lines = []
    d = docx.Document()
    def para(m, bold=False):
        lines.append(m)
        r = d.add_paragraph().add_run(plain(m))
        r.bold = bold
    para("Logbook supplement - aortic root and valve surgery - {{Dr Alejandro Villaseñor Ruiz}} ({{GMC 7450987}})", True)
    para("{{Harefield Hospital}}, {{Royal Brompton and Harefield hospitals}} - 01/04/2023 to 31/03/2024")
    para("Verified by {{Mr Oliver Stanbridge}}, Consultant Cardiac Surgeon, and {{Ms Priya Natarajan}}, Consultant.")
    rows = [
        ["Date", "Hosp no", "Pt", "Age/Sex", "Procedure", "Role", "Outcome"],
        ["{{12/05/2023}}", "[[H0362204|HN]]", "[[WCh|P]]", "{{59 M}}", "{{Bentall}} (mechanical, {{On-X}} 25)", "PS", "home D7"],
        ["{{30/06/2023}}", "[[H0370915|HN]]", "[[Mrs Ivy Stroud|P]]", "{{76 F}}", "{{AVR}} 21 mm + root enlargement ({{Nicks}})", "P", "home D9"],
        ["{{18/08/2023}}", "[[H0381178|HN]]", "[[R.McG.|P]]", "{{44 M}}", "{{David procedure}} (valve-sparing root)", "A", "home D6"],
        ["{{02/11/2023}}", "[[H0416650|HN]]", "[['Benny' Okoth|P]]", "{{68 M}}", "{{Ross procedure}} - assisted", "A", "ICU 3 d"],
        ["{{14/12/2023}}", "[[H0429903|HN]]", "[[SLP|P]]", "{{71 F}}", "{{AVR}} + {{CABG x1}}", "P", "home D8"],
    ]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            lines.append(cell)
            t.cell(i, j).text = plain(cell)
    para("Notes: the Ross case was led by Mr [[Ashok Varadarajan|C]] (visiting); perfusion by [[Kelly Pryor|C]].")
    para("Case 2 daughter ([[Samantha|R]]) wrote a thank-you card - not included (identifiable).")
    para("Summary: 5 root/valve cases listed; full NACSA export available on request. Signed {{A. Villaseñor Ruiz}}.")
    d.save(os.path.join(OUT, "x-080-logbook-supplement.docx"))
    rec_text("x-080", "x-080-logbook-supplement.docx", "docx", "logbook_table_docx", "Dr Alejandro Villaseñor Ruiz", lines)


# ---------------------------------------------------------------- x-081 CAMHS inpatient MDT, DOCX
def camhs_docx():
    lines = []
    d = docx.Document()
    def para(m, bold=False):
        lines.append(m)
        r = d.add_paragraph().add_run(plain(m))
        r.bold = bold
    para("{{Beechcroft}} Regional CAMHS Inpatient Unit - weekly MDT - {{14/02/2024}}", True)
    para("{{Belfast Health and Social Care Trust}}. Chair: {{Dr Siobhán Gallagher}}. Minutes: {{Dr Eleni Papadopoulou}} ({{EP}}).")
    para("Present: Dr [[Declan Moore|C]] (consultant, Lagan ward), [[Orla Fitzsimons|C]] (charge nurse), [[Gerard|C]] (OT), "
         "Ms [[Nuala Tierney|C]] (social work), Dr [[Kate Boyd|C]] (psychology).")
    rows = [
        ["Young person", "H&C", "Age/sex", "Legal status", "Issues", "Plan"],
        ["[[Ryan O'HARE|P]]", "[[316 004 8825|NHS]]", "{{16 M}}", "{{Article 12}} ({{Mental Health (Northern Ireland) Order 1986}})",
         "psychosis, improving on {{risperidone 2 mg}}", "leave with mum [[Deirdre|R]] Sat; tribunal ref [[MHRT-NI-24-0117|REF]]"],
        ["[[Sophie-Mae F.|P]]", "[[339 205 1178|NHS]]", "{{14 F}}", "informal", "self-harm, {{PHQ-A 19}}", "Gateway SW [[Aoife Rooney|C]] attending Fri"],
        ["[[Caoimhe|P]] ('[[Keeva|P]]') [[Donnelly|P]]", "[[328 551 9902|NHS]]", "{{15 F}}", "informal", "AN, {{BMI 14.8}} ({{%mBMI 78}})",
         "NG feeds per {{MEED}}; {{phosphate 0.71}} - replace; dad [[Martin|R]] at meals"],
    ]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            lines.append(cell)
            t.cell(i, j).text = plain(cell)
    para("Bed state: 6/6. Waiting list: 2 (referred from {{Altnagelvin}} and {{Daisy Hill}} - names on referral system).")
    para("Next MDT 21/02/2024. Approved {{Dr Siobhán Gallagher}}.")
    d.save(os.path.join(OUT, "x-081-beechcroft-mdt.docx"))
    rec_text("x-081", "x-081-beechcroft-mdt.docx", "docx", "mdt_minutes_docx", "Dr Eleni Papadopoulou", lines)


# ---------------------------------------------------------------- x-082 oncology e-mail (.eml)
def onc_eml():
    lines = [
        "From: {{Katarzyna Wisniewska}} <[[k.wisniewska@nhs.net|EM]]>",
        "To: Urology Secretaries <[[lhch.urology.secs@nhs.net|EM]]>",
        "Cc: {{Paul Merriweather}} <[[paul.merriweather@nhs.net|EM]]>",
        "Subject: Fiducials + RT start - [[DUNPHY|P]] [[CCC0558721|HN]]",
    ]
    body = [
        "Hi [[Bev|C]],",
        "",
        "Could you please book fiducial marker insertion for Mr [[Francis Joseph DUNPHY|P]] ({{DOB 04/04/1953}}),",
        "NHS [[487 339 1016|NHS]], CCC [[CCC0558721|HN]], before 09/02 so that planning CT can be on 12/02?",
        "He is on {{degarelix 80 mg monthly}} since 16/01. He is happy to be called on [[0151 496 0639|PH]]; his wife",
        "[[Maureen|R]] drives him, so mornings please.",
        "",
        "Plan: {{60 Gy in 20 fractions}}, {{VMAT}}, start w/c 19/02. Planning request is on ARIA:",
        "[[https://aria.example-ccc.nhs.uk/patient/CCC0558721/plan|URL]]",
        "",
        "Thanks,",
        "{{Kasia}}",
        "{{Dr Katarzyna Wiśniewska}} | Specialty Doctor, Clinical Oncology | {{The Clatterbridge Cancer Centre}}",
        "Supervisor: {{Dr Paul Merriweather}}",
    ]
    m = email.message.EmailMessage()
    m["From"] = plain(lines[0])[6:]
    m["To"] = plain(lines[1])[4:]
    m["Cc"] = plain(lines[2])[4:]
    m["Subject"] = plain(lines[3])[9:]
    m["Date"] = "Fri, 26 Jan 2024 11:37:05 +0000"
    m.set_content("\n".join(plain(b) for b in body) + "\n")
    with open(os.path.join(OUT, "x-082-fiducials.eml"), "wb") as fh:
        fh.write(bytes(m))
    rec_text("x-082", "x-082-fiducials.eml", "eml", "email_eml", "Dr Katarzyna Wiśniewska", lines + body)


# ---------------------------------------------------------------- x-083 radiotherapy sheets, multi-page TIFF
def onc_tiff():
    pages = []
    titles = ["RADIOTHERAPY PRESCRIPTION", "DAILY TREATMENT RECORD", "CBCT VERIFICATION LOG"]
    for n in range(3):
        pg = ImgPage(1240, 1754)
        pg.text(60, 40, "{{The Clatterbridge Cancer Centre NHS Foundation Trust}}", 26, "bold")
        pg.text(60, 80, titles[n] + "  -  page " + str(n + 1) + " of 3", 24)
        pg.rect((640, 130, 1190, 420), outline=(90, 90, 90), width=1, fill=(250, 250, 244))
        pg.text(660, 145, "[[DUNPHY, Francis Joseph|P]]", 24, "bold")
        pg.text(660, 182, "DOB {{04/04/1953}}  {{Male}}", 20)
        pg.text(660, 212, "CCC no [[CCC0558721|HN]]", 20)
        pg.text(660, 242, "NHS [[487 339 1016|NHS]]", 20)
        pg.code128(660, 280, "CCC0558721", module_px=3, height_px=90)
        pages.append(pg)
    a, b, c = pages
    a.text(60, 480, "Site: prostate + proximal seminal vesicles.  Intent: radical.", 24)
    a.text(60, 530, "Dose: {{60 Gy in 20 fractions}}, {{6 MV}} {{VMAT}}, 5 fractions/week.", 24)
    a.text(60, 580, "Constraints: rectum {{V48.6Gy < 50%}}, bladder {{V48.6Gy < 25%}} (CHHiP).", 24)
    a.text(60, 630, "Concurrent ADT: {{degarelix}} -> {{leuprorelin}} 6 months total.", 24)
    a.text(60, 700, "Prescriber: {{Dr K. Wiśniewska}}   {{12/02/2024}}", 24)
    a.text(60, 750, "Checked: {{Dr P. Merriweather}}   Physics check: [[S. Abernethy|C]]", 24)
    b.text(60, 480, "Fx   date        MU      radiographers     comments", 24, "mono")
    b.text(60, 530, "1    {{19/02/2024}}  {{612}}     [[LT|C]] / [[MO'D|C]]         first day - verbal consent", 24, "mono")
    b.text(60, 580, "2    {{20/02/2024}}  612     [[LT|C]] / [[JPi|C]]          bladder filling ok", 24, "mono")
    b.text(60, 630, "3    {{21/02/2024}}  612     [[AhB|C]] / [[MO'D|C]]        -", 24, "mono")
    b.text(60, 700, "Reviewed on-treatment: {{Dr K. Wiśniewska}} - {{RTOG GU grade 1}}", 24)
    c.text(60, 480, "Fx 1: CBCT match to fiducials - shifts {{+2 mm}} lat, {{-3 mm}} vert, 0 long.", 24)
    c.text(60, 530, "Fx 2: within tolerance (< {{3 mm}}).", 24)
    c.text(60, 580, "Fx 3: rectal gas - patient walked, re-imaged, treated.", 24)
    c.text(60, 650, "Image review: [[Jade Pickering|C]] (advanced practitioner) and {{Dr K. Wiśniewska}}", 24)
    for pg in pages:
        pg.text(60, 1660, "Portfolio evidence 9.4 - {{Dr Katarzyna Wiśniewska}}", 20)
    imgs = [scanify(pg.img, seed=830 + i, blur=0.5, noise=10).convert("L") for i, pg in enumerate(pages)]
    imgs[0].save(os.path.join(OUT, "x-083-rt-sheets.tiff"), save_all=True, append_images=imgs[1:],
                 compression="tiff_deflate", dpi=(150, 150))
    rec_from_pages("x-083", "x-083-rt-sheets.tiff", "tiff", "multipage_tiff_rt_record", "Dr Katarzyna Wiśniewska",
                   [(pg.ann, pg.codes, pg.frac) for pg in pages])


# ---------------------------------------------------------------- x-084 neuro-oncology MDT outcome, digital PDF, 2 pages
def neuro_pdf():
    path = os.path.join(OUT, "x-084-mdt-outcome.pdf")
    pdf = PdfDoc(path)
    pdf.text(50, 36, "{{Lancashire Teaching Hospitals NHS Foundation Trust}}", 12, "DejaVu-Bold")
    pdf.text(50, 54, "Neuro-oncology MDT - outcome form - {{Royal Preston Hospital}}", 10)
    pdf.code128(380, 80, "RPH0087712", scale=0.33, module_px=3, height_px=110)
    pdf.qr(490, 20, "9482610035", 70)
    pdf.text(50, 90, "Patient: [[Olusegun ADEBAYO-COLE|P]]", 11, "DejaVu-Bold")
    pdf.text(50, 108, "DOB {{07/07/1970}}   {{Male}}", 10)
    pdf.text(50, 124, "NHS [[948 261 0035|NHS]]    MRN [[RPH0087712|HN]]", 10)
    pdf.text(50, 140, "[[23 Garstang Road, Fulwood, Preston|ADDR]]  [[PR2 8JB|PC]]", 10)
    pdf.text(50, 180, "MDT date: {{22/02/2024}}     Referred by: Dr [[P. Anwar|C]] (GP)", 10)
    pdf.text(50, 204, "Imaging: right vestibular schwannoma 2.1 cm, {{Koos grade III}}, mild brainstem contact.", 10)
    pdf.text(50, 218, "Audiology: serviceable hearing, {{AAO-HNS class B}}; {{House-Brackmann I}} facial function.", 10)
    pdf.text(50, 246, "Options discussed: microsurgical resection (retrosigmoid) vs {{stereotactic radiosurgery}} ({{12 Gy}}).", 10)
    pdf.text(50, 800, "{{Dr Maria Teresa Dimaculangan}} - portfolio evidence 3.7 - page 1 of 2", 8)
    pdf.new_page()
    pdf.text(50, 36, "[[Olusegun ADEBAYO-COLE|P]] - MRN [[RPH0087712|HN]] (continued)", 9)
    pdf.text(50, 70, "Outcome: patient to choose after clinic; leaning to radiosurgery (age {{53}}, tumour size).", 10)
    pdf.text(50, 84, "Clinic with {{Dr M.T. Dimaculangan}} on {{07/03/2024}}. Wife [[Funmi|R]] to attend.", 10)
    pdf.text(50, 98, "Patient informed by telephone on [[07700 900 318|PH]]; letter to GP Dr [[Sanjay Mehrotra|C]].", 10)
    pdf.text(50, 140, "MDT chair: {{Mr J. Pryce-Hollis}}     Radiologist: Dr [[Helen Quayle|C]]", 10)
    pdf.text(50, 154, "Presenting clinician: {{Dr M.T. Dimaculangan}}", 10)
    pdf.text(50, 800, "{{Dr Maria Teresa Dimaculangan}} - portfolio evidence 3.7 - page 2 of 2", 8)
    pdf.save()
    rec_from_pages("x-084", "x-084-mdt-outcome.pdf", "pdf", "mdt_outcome_digital_pdf", "Dr Maria Teresa Dimaculangan",
                   [(a, c, pdf.frac) for a, c in zip(pdf.pages, pdf.codes)])


# ---------------------------------------------------------------- x-085 O&G consent form with sticker, PNG scan
def og_consent():
    pg = ImgPage(1240, 1754)
    pg.text(60, 40, "{{Leeds Teaching Hospitals NHS Trust}}", 28, "bold")
    pg.text(60, 84, "CONSENT FORM 1 - Patient agreement to investigation or treatment", 24)
    pg.rect((620, 140, 1200, 470), outline=(100, 100, 100), width=1, fill=(251, 250, 243))
    pg.text(640, 155, "[[ASHBY, Chloe|P]]", 26, "bold")
    pg.text(640, 194, "DOB {{19/07/1996}}  {{Female}}", 20)
    pg.text(640, 224, "NHS [[419 203 8856|NHS]]", 20)
    pg.text(640, 254, "Unit [[J3390411|HN]]", 20)
    pg.code128(640, 292, "J3390411", module_px=3, height_px=80)
    pg.qr(1030, 290, "4192038856", box_px=4)
    pg.text(60, 160, "Ward {{J27}}", 22)
    pg.text(60, 530, "Proposed procedure: {{Category 2 caesarean section}}", 24, "hand")
    pg.text(60, 580, "Benefits: safe delivery of baby; failure to progress at {{6 cm}}", 24, "hand")
    pg.text(60, 630, "Risks: haemorrhage, infection, VTE, {{bladder injury 1 in 1000}},", 24, "hand")
    pg.text(60, 666, "repeat CS / uterine rupture in future pregnancy (~{{1 in 200}})", 24, "hand")
    pg.text(60, 730, "Health professional: {{Dr Hiba Osman}}  {{Specialty Doctor}}", 24)
    pg.text(60, 780, "Consultant responsible: {{Mrs C. Whitcombe}}", 24)
    pg.text(60, 830, "Patient signature: (signed)     Date {{26/02/2024}} 22:05", 24)
    pg.text(60, 880, "Partner present: [[Ryan Cartwright|R]]", 24)
    pg.text(60, 1660, "Portfolio evidence 2.7 - {{Dr Hiba Elfadil Osman}}", 20)
    img = scanify(pg.img, seed=85, blur=0.5, noise=10)
    img.save(os.path.join(OUT, "x-085-consent-form-scan.png"))
    rec_from_pages("x-085", "x-085-consent-form-scan.png", "png", "scanned_consent_with_sticker", "Dr Hiba Elfadil Osman",
                   [(pg.ann, pg.codes, pg.frac)])


def build():
    os.makedirs(OUT, exist_ok=True)
    RECORDS.clear()
    for f in (wristband, labels, specimen, whiteboard, tando_form, derm_letter, renal_scan, ct_docx, camhs_docx,
              onc_eml, onc_tiff, neuro_pdf, og_consent):
        f()
    return sorted(RECORDS, key=lambda r: r["id"])
