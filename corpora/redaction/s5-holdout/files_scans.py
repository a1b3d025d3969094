"""Scanned letters and forms (h5-064 .. h5-070): raster pages with noise, blur and slight rotation."""
from render_lib import ImgPage, font

BUILDERS = []


def builder(f):
    BUILDERS.append(f)
    return f


S, SB, SER, SERB = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold"
HAND = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"
A4_150 = (1240, 1754)
A4_200 = (1654, 2339)
INK = (25, 45, 150)


def logo(p, x, y, size, text, color=(0, 94, 184)):
    p.d.rounded_rectangle([x, y, x + size, y + size], radius=size // 6, fill=color)
    f = font(SB, int(size * 0.36))
    w = p.d.textlength(text, font=f)
    p.d.text((x + (size - w) / 2, y + size * 0.3), text, font=f, fill="white")


def checkbox(p, x, y, ticked, size=24):
    p.rect([x, y, x + size, y + size], outline="black", width=2)
    if ticked:
        p.line([(x + 4, y + size / 2), (x + size / 2.5, y + size - 4), (x + size - 3, y + 3)], fill=INK, width=4)


# ------------------------------------------------------------------ h5-064 scanned clinic letter (image-only PDF)
@builder
def scanned_clinic_letter(M):
    p = ImgPage(*A4_150)
    logo(p, 1020, 60, 110, "WC")
    p.write(100, 64, "{{Wessex Coast NHS Foundation Trust|K}}", font(SERB, 30))
    p.write(100, 106, "{{St Aldhelm's Hospital|K}} - Ambulatory Emergency Care", font(SER, 25))
    p.write(100, 144, "Tel {{01632 960155|PH}}   Fax {{01632 960156|PH}}", font(SER, 23))
    p.write(100, 220, "Our ref: {{AEC/PR/23/5519|REF}}", font(SER, 24))
    p.write(100, 256, "Clinic date: 21/11/2023", font(SER, 24))
    y = 320
    for ln in ["Dr {{Rhys Pengelly|CN}}", "{{Lilliput Surgery|AD}}", "{{Elms Avenue|AD}}", "{{Poole|AD}} {{BH14 8EE|PC}}"]:
        p.write(100, y, ln, font(SER, 25))
        y += 36
    y += 30
    p.write(100, y, "Dear Dr {{Pengelly|CN}}", font(SER, 25))
    y += 56
    p.write(100, y, "Re: Mr {{Desmond Oyelowo-Hart|PN}}, DOB {{07/04/1961|K}}", font(SERB, 25))
    y += 38
    p.write(100, y, "NHS {{450 332 9186|NHS}}   Hosp no {{SAH-552193|HN}}", font(SERB, 25))
    y += 38
    p.write(100, y, "{{31 Sandbanks Road|AD}}, {{Poole|AD}} {{BH14 8BT|PC}}", font(SERB, 25))
    y += 60
    body = ("Diagnosis: right lower lobe pulmonary embolism ({{I26.9|K}}), no right heart strain; "
            "{{sPESI 0|K}}, {{Hestia criteria|K}} negative.\n\n"
            "I saw Mr {{Oyelowo-Hart|PN}} in the ambulatory clinic today. He had 5 days of pleuritic chest pain after "
            "a long flight. {{CTPA|K}} confirmed a segmental embolus. Troponin and NT-proBNP were normal. "
            "We agreed outpatient management and he has started {{rivaroxaban 15 mg twice daily|K}} for 21 days, "
            "then 20 mg once daily for at least 3 months. His wife, {{Adunni|RN}}, was present and knows "
            "the bleeding warning signs.\n\n"
            "Please do not stop anticoagulation before he is reviewed in the anticoagulation clinic at 3 months. "
            "No further investigation for cancer is needed beyond history, examination and routine bloods "
            "({{NICE NG158|K}}).")
    y = p.para(100, y, 1040, body, font(SER, 25), leading=1.4)
    y += 40
    p.write(100, y, "Yours sincerely", font(SER, 25))
    p.write(110, y + 50, "{{P. Raghunathan|K}}", font(HAND, 32), fill=INK)
    p.write(100, y + 110, "{{Dr Priyanka Raghunathan|K}}, Acute Medicine  {{GMC 7481236|K}}", font(SER, 25))
    p.write(100, y + 148, "cc: patient", font(SER, 23))
    p.scan(seed=41, noise=9, blur=0.7, angle=0.8)
    M.add_raster("scanned_clinic_letter", "Dr Priyanka Raghunathan", [p], "scan-clinic-letter", "pdf", dpi=150)


# ------------------------------------------------------------------ h5-065 two-page scanned discharge summary
@builder
def scanned_discharge(M):
    pages = []
    p = ImgPage(*A4_150)
    p.write(100, 60, "{{Princess Royal Hospital|K}} - DISCHARGE SUMMARY", font(SB, 30))
    p.write(100, 104, "Acute Medicine - {{Ward 5 (AMU)|K}}", font(S, 24))
    p.rect([100, 150, 1140, 420], outline="black", width=2)
    rows = ["Patient: {{CROPPER, Lilian Mary|PN}}", "DOB: {{22/12/1930|K}}   Sex: {{F|K}}",
            "NHS: {{612 448 0937|NHS}}   MRN: {{PRH0551028|HN}}",
            "Address: {{3 Almshouse Row, Stanley|AD}}, {{WF3 4HE|PC}}",
            "NOK: {{Stacey Cropper|RN}} (granddaughter) {{07700 900648|PH}}"]
    y = 166
    for r in rows:
        p.write(120, y, r, font(S, 25))
        y += 48
    y = 460
    p.write(100, y, "Admitted 14/10/2024   Discharged 21/10/2024   Consultant {{Dr Abigail Stanhope|K}}", font(S, 24))
    y += 60
    p.write(100, y, "Diagnoses", font(SB, 26))
    y += 44
    y = p.para(100, y, 1040, "1. Urinary tract infection with delirium ({{N39.0|K}}, F05.0)\n"
                              "2. Fall without injury; {{Clinical Frailty Scale 6|K}}\n"
                              "3. Background: hypertension, osteoarthritis, macular degeneration", font(S, 25))
    y += 30
    p.write(100, y, "Clinical summary", font(SB, 26))
    y += 44
    y = p.para(100, y, 1040,
               "Mrs {{Cropper|PN}} ({{Lilian|PN}}; known to the family as \"{{Nan|PN}}\") was referred by her GP "
               "after a fall at home and two days of confusion. {{4AT 6|K}} on admission. Urine culture grew "
               "E. coli sensitive to nitrofurantoin. Delirium settled by day 4 with treatment, hydration and "
               "her hearing aids. Seen by physiotherapy and OT: mobile with a frame, needs a key safe and "
               "a care package (twice daily), arranged with {{Wakefield Council|K}} reablement.", font(S, 25), leading=1.4)
    p.write(100, 1640, "{{CROPPER, Lilian Mary|PN}}  {{PRH0551028|HN}}          Page 1 of 2", font(S, 22))
    p.scan(seed=43, noise=8, blur=0.6, angle=-1.2)
    pages.append(p)

    q = ImgPage(*A4_150)
    q.write(100, 60, "Patient: {{CROPPER, Lilian Mary|PN}}   MRN {{PRH0551028|HN}}   (continued)", font(S, 24))
    y = 130
    q.write(100, y, "Medicines on discharge", font(SB, 26))
    y += 50
    meds = [("{{nitrofurantoin 50 mg QDS|K}}", "2 more days (complete 5 days)", "NEW"),
            ("amlodipine 5 mg OD", "continue", ""),
            ("{{paracetamol 1 g QDS|K}}", "continue", ""),
            ("{{Adcal-D3|K}} one tablet BD", "continue", ""),
            ("ramipril 2.5 mg OD", "STOPPED - postural drop", "STOP")]
    q.rect([100, y, 1140, y + 50 * (len(meds) + 1)], outline="black", width=2)
    q.write(116, y + 10, "Medicine", font(SB, 24))
    q.write(600, y + 10, "Instructions", font(SB, 24))
    q.write(1000, y + 10, "Status", font(SB, 24))
    for i, (a, b, c) in enumerate(meds, 1):
        yy = y + 50 * i
        q.line([(100, yy), (1140, yy)], width=1)
        q.write(116, yy + 10, a, font(S, 24))
        q.write(600, yy + 10, b, font(S, 24))
        q.write(1000, yy + 10, c, font(S, 24))
    y += 50 * (len(meds) + 1) + 50
    q.write(100, y, "Follow-up and actions for GP", font(SB, 26))
    y += 44
    y = q.para(100, y, 1040,
               "- Repeat U&E in 1 week (Dr {{Jo Hebblethwaite|CN}}, {{Stanley Road Medical Practice|AD}}).\n"
               "- Falls clinic referral sent. Lying/standing BP 148/82 -> 124/70.\n"
               "- {{Lilian|PN}} wishes to remain at home; DNACPR not discussed at her request - please revisit.",
               font(S, 25), leading=1.4)
    y += 60
    q.write(100, y, "Completed by {{Dr O. Adebayo-Martins|K}} (Registrar)  {{GMC 7234518|K}}", font(S, 25))
    q.write(100, y + 44, "Checked by {{Dr A. Stanhope|K}} 21/10/2024", font(S, 25))
    q.write(100, 1640, "{{CROPPER, Lilian Mary|PN}}  {{PRH0551028|HN}}          Page 2 of 2", font(S, 22))
    q.scan(seed=44, noise=8, blur=0.6, angle=0.5)
    pages.append(q)
    M.add_raster("scanned_discharge_summary", "Dr Oluwaseun Adebayo-Martins", pages, "scan-discharge", "pdf", dpi=150)


# ------------------------------------------------------------------ h5-066 handwritten 2WW referral form (PNG, 200 dpi)
@builder
def handwritten_referral(M):
    p = ImgPage(*A4_200)
    f, fb, hw = font(S, 30), font(SB, 34), font(HAND, 36)
    p.write(120, 90, "SUSPECTED CANCER (2WW) REFERRAL - LOWER GASTROINTESTINAL", fb)
    p.write(120, 142, "{{Lancashire Teaching Hospitals NHS Foundation Trust|K}}   Fax/e-RS only", f)
    p.rect([120, 210, 1534, 760], outline="black", width=3)
    fields = [("Patient name", "{{Shirley Eccleston|PN}}"), ("Date of birth", "{{30/01/1956|K}}"),
              ("NHS number", "{{640 118 2297|NHS}}"), ("Address", "{{22 Cop Lane, Penwortham|AD}}"),
              ("Postcode", "{{PR1 0SR|PC}}"), ("Tel (mobile)", "{{07700 900371|PH}}"),
              ("Interpreter?", "No")]
    y = 235
    for lab, val in fields:
        p.write(150, y, lab + ":", f)
        p.write(520, y - 4, val, hw, fill=INK)
        y += 72
    p.write(120, 800, "Referral criteria ({{NICE NG12|K}}) - tick:", fb)
    crit = [("Age >= 40 with unexplained weight loss and abdominal pain", False),
            ("Age >= 50 with unexplained rectal bleeding", False),
            ("Age >= 60 with {{iron deficiency anaemia|K}} or change in bowel habit", True),
            ("{{FIT|K}} >= 10 ug Hb/g faeces", True)]
    y = 860
    for txt, t in crit:
        checkbox(p, 150, y + 4, t, size=30)
        p.write(200, y, txt, f)
        y += 62
    p.write(150, y + 10, "FIT result:", f)
    p.write(400, y + 4, "{{FIT 148 ug Hb/g|K}}  Hb 97  ferritin 8", hw, fill=INK)
    y += 100
    p.write(120, y, "Clinical details:", fb)
    y += 60
    y = p.para(150, y, 1380, "{{Mrs Eccleston|PN}} - 3 months looser stools, tired++, lost 5 kg. No PR bleeding. "
                             "Husband {{Geoff|RN}} v. worried (his brother had bowel ca). WHO PS 1.", hw, fill=INK, leading=1.45)
    y += 40
    p.write(120, y, "Referring GP:", f)
    p.write(420, y - 4, "Dr {{Okoro|CN}}", hw, fill=INK)
    p.write(120, y + 70, "Practice:", f)
    p.write(420, y + 66, "{{Kingsfold Medical Centre|AD}}", hw, fill=INK)
    p.write(120, y + 140, "Practice tel / email:", f)
    p.write(480, y + 136, "{{01632 960772|PH}} / {{kingsfold.mc@nhs.net|EM}}", hw, fill=INK)
    # triage stamp
    y += 250
    p.rect([900, y, 1534, y + 240], outline=(160, 20, 20), width=4)
    p.write(930, y + 20, "RECEIVED {{12 JUN 2024|K}}", font(SB, 32), fill=(160, 20, 20))
    p.write(930, y + 80, "Triaged: {{straight to test|K}}", font(HAND, 32), fill=(160, 20, 20))
    p.write(930, y + 140, "{{Dr N. Bhattacharjee|K}}", font(HAND, 32), fill=(160, 20, 20))
    p.scan(seed=47, noise=7, blur=0.8, angle=1.0, gray=False)
    M.add_raster("scanned_referral_form", "Dr Nikhil Bhattacharjee", [p], "scan-2ww-referral", "png", dpi=200)


# ------------------------------------------------------------------ h5-067 consent form with addressograph label (JPEG)
@builder
def consent_form(M):
    p = ImgPage(*A4_150)
    p.write(90, 60, "CONSENT FORM 1", font(SB, 32))
    p.write(90, 104, "Patient agreement to investigation or treatment", font(S, 25))
    p.write(90, 140, "{{Royal Shrewsbury Hospital|K}}", font(S, 24))
    # addressograph label
    lx, ly = 690, 50
    p.rect([lx, ly, lx + 470, ly + 290], outline=(120, 120, 120), width=2, fill=(255, 255, 255))
    p.write(lx + 16, ly + 12, "{{SEKERCI, Mehmet Ali|PN}}", font(SB, 24))
    p.write(lx + 16, ly + 50, "DOB {{19/10/1972|K}}   M", font(S, 22))
    p.write(lx + 16, ly + 84, "MRN {{RSH7730914|HN}}", font(S, 22))
    p.write(lx + 16, ly + 118, "NHS {{733 018 2245|NHS}}", font(S, 22))
    p.barcode("RSH7730914", "Code128", lx + 30, ly + 160, scale=2, height=90)
    y = 380
    p.write(90, y, "Name of proposed procedure:", font(SB, 25))
    p.write(90, y + 44, "{{Laparoscopic right hemicolectomy|K}} (possible open)", font(HAND, 30), fill=INK)
    y += 120
    p.write(90, y, "Statement of health professional", font(SB, 25))
    y += 44
    y = p.para(90, y, 1060, "Serious or frequently occurring risks: bleeding, infection, "
                            "{{anastomotic leak 3-5%|K}}, {{VTE|K}}, ileus, conversion to open, stoma (rare), "
                            "injury to bowel/ureter/duodenum, risk to life ({{1-2%|K}}).",
               font(HAND, 28), fill=INK, leading=1.45)
    y += 20
    p.write(90, y, "Name: {{Mr R. K. Venkataraman|K}}   Job title: {{Associate Specialist|K}}", font(S, 25))
    y += 44
    p.write(90, y, "Signed:", font(S, 25))
    p.write(220, y - 6, "{{RKV|K}}", font(HAND, 34), fill=INK)
    p.write(500, y, "Date: 15/02/2024", font(S, 25))
    y += 80
    p.write(90, y, "Statement of interpreter", font(SB, 25))
    y += 44
    p.write(90, y, "Name: {{Hatice Yılmaz|CN}} (Turkish, Language Line ID {{40917|OID}})", font(S, 25))
    y += 80
    p.write(90, y, "Statement of patient", font(SB, 25))
    y += 44
    p.write(90, y, "Signed:", font(S, 25))
    p.write(220, y - 6, "{{M. A. Sekerci|PN}}", font(HAND, 32), fill=INK)
    p.write(640, y, "Date: 15/02/2024", font(S, 25))
    y += 60
    p.write(90, y, "Confirmation of consent (day of surgery) - {{29/02/2024|K}}:", font(S, 25))
    p.write(90, y + 44, "{{Mr R. Venkataraman|K}}, patient has no further questions", font(HAND, 28), fill=INK)
    p.write(90, 1660, "Form 1 (version 2022) - Page 1 of 1", font(S, 21))
    p.scan(seed=53, noise=8, blur=0.6, angle=-0.7)
    M.add_raster("scanned_consent_form", "Mr Rajesh Kumar Venkataraman", [p], "scan-consent", "jpeg", dpi=150)


# ------------------------------------------------------------------ h5-068 handwritten complaint, 2-page TIFF
@builder
def handwritten_complaint(M):
    hw = font(HAND, 31)
    pages = []
    p = ImgPage(*A4_150, bg=(252, 252, 245))
    y = 80
    for ln in ["{{14 Dalton Bank Road|AD}}", "{{Huddersfield|AD}}", "{{HD5 0RE|PC}}", "tel {{07700 900844|PH}}",
               "{{piotr.nowak.hd5@gmail.com|EM}}"]:
        p.write(740, y, ln, font(HAND, 27), fill=INK)
        y += 42
    y += 30
    p.write(90, y, "{{21st October 2024|K}}", hw, fill=INK)
    y += 70
    body = ("Dear Sir / Madam,\n"
            "I am writing about my mother {{Halina Nowak|PN}} (DOB {{02/03/1946|K}}) who was on the {{virtual ward|K}} "
            "and then on {{Ward 27|K}} at {{Kirklees Royal Infirmary|K}} in October. First I want to say that "
            "{{Dr Tomasz|K}} ({{Dr Wiśniewski|K}}) was very good. He spoke to my father {{Zbigniew|RN}} in Polish "
            "and explained everything about the infection and the confusion. It meant a lot to my dad.\n"
            "But I must complain about two things. When mum was moved to the ward on the 17th, her {{hearing "
            "aids|K}} and glasses were left behind in the bag at home and nobody told us. A nurse called {{Becky|CN}} "
            "said \"she is just confused, it's her age\". Mum was not confused, she could not hear!")
    y = p.para(90, y, 1060, body, hw, fill=INK, leading=1.55)
    p.write(90, 1660, "1", font(HAND, 26), fill=INK)
    p.scan(seed=59, noise=7, blur=0.6, angle=-0.9)
    pages.append(p)
    q = ImgPage(*A4_150, bg=(252, 252, 245))
    body2 = ("Second, the physio {{Dean|CN}} told my mum she would go home on the Friday, and then on Friday "
             "she was told there was no care package. My sister {{Agnieszka|RN}} had taken a day off work to "
             "collect her from the ward.\n"
             "I would like an apology and to know what will change. I do not want anyone to get in trouble, "
             "but my parents are old and frightened in hospital.\n"
             "Her hospital number is {{KRI4410221|HN}} and NHS number {{485 203 6617|NHS}} if you need them.\n"
             "Yours faithfully,")
    y = q.para(90, 100, 1060, body2, hw, fill=INK, leading=1.55)
    q.write(120, y + 30, "{{P. Nowak|RN}}", font(HAND, 40), fill=INK)
    q.write(90, y + 110, "{{Piotr Nowak|RN}} (son)", hw, fill=INK)
    q.write(90, y + 200, "PALS stamp: received {{24 OCT 2024|K}}  ref {{PALS-KRI-24-3391|REF}}", font(MONO, 24),
            fill=(150, 20, 20))
    q.write(90, 1660, "2", font(HAND, 26), fill=INK)
    q.scan(seed=60, noise=7, blur=0.6, angle=0.6)
    pages.append(q)
    M.add_raster("scanned_complaint_letter", "Dr Tomasz Wiśniewski", pages, "scan-complaint", "tiff", dpi=150)


# ------------------------------------------------------------------ h5-069 fax (binarised PNG)
@builder
def fax_referral(M):
    p = ImgPage(*A4_150)
    p.write(40, 18, "12/06/2024 10:14  FROM: {{MEDDYGFA'R LLAN|AD}}  FAX {{01632 960812|PH}}  TO: {{01632 960813|PH}}  P.01/01",
            font(MONO, 21))
    p.write(90, 90, "{{Meddygfa'r Llan|AD}}", font(SB, 30))
    p.write(90, 132, "{{Stryd Fawr, Llangefni|AD}} {{LL77 7NA|PC}}   Tel {{01632 960811|PH}}", font(S, 24))
    p.write(90, 220, "URGENT - Cardiology (Rapid Access), {{Ysbyty Gwynedd|K}}", font(SB, 27))
    y = 290
    y = p.para(90, y, 1060,
               "Dear colleague,\n"
               "Please could you see Mrs {{Ceridwen Hughes-Parry|PN}}, DOB {{18/05/1941|K}}, "
               "NHS {{712 556 0381|NHS}}, of {{Bryn Eithin, Rhosmeirch|AD}}, {{LL77 7SE|PC}}. "
               "She presented today with palpitations and breathlessness. ECG: {{AF with RVR 142 bpm|K}}. "
               "BP 112/70. I have started {{bisoprolol 2.5 mg|K}} and {{apixaban 5 mg BD|K}} "
               "({{CHA2DS2-VASc 5|K}}, ORBIT 2). Echo not done.\n"
               "She lives alone; her daughter {{Lowri|RN}} ({{07700 900245|PH}}) will bring her. "
               "She prefers Welsh.\n"
               "Many thanks,\n"
               "Dr {{Alun Wyn Jenkins|CN}}", font(S, 25), leading=1.45)
    y += 60
    p.rect([90, y, 1150, y + 200], outline="black", width=2)
    p.write(110, y + 20, "Hospital use:", font(SB, 24))
    p.write(110, y + 70, "Seen RACPC {{14/06/24|K}} - rate controlled, echo booked", font(HAND, 30), fill=(0, 0, 0))
    p.write(110, y + 128, "{{Dr G. Prydderch|K}}", font(HAND, 30), fill=(0, 0, 0))
    p.scan(seed=61, noise=14, blur=0.9, angle=0.4)
    p.img = p.img.point(lambda v: 0 if v < 150 else 255).convert("L")
    from PIL import ImageDraw
    p.d = ImageDraw.Draw(p.img)
    M.add_raster("scanned_fax", "Dr Gwenllian Prydderch", [p], "scan-fax", "png", dpi=150)


# ------------------------------------------------------------------ h5-070 DOPS form (image-only PDF, 200 dpi)
@builder
def dops_form(M):
    p = ImgPage(*A4_200)
    f, fb, hw = font(S, 30), font(SB, 36), font(HAND, 34)
    p.write(120, 100, "DIRECT OBSERVATION OF PROCEDURAL SKILLS (DOPS)", fb)
    p.write(120, 156, "Trainee / doctor: {{Dr Samuel Osei-Bonsu|K}}   GMC {{7011284|K}}", f)
    p.write(120, 206, "Hospital: {{Hallamshire Vale Hospital|K}}   Date: 20/06/2023", f)
    p.rect([120, 270, 1534, 470], outline="black", width=2)
    p.write(150, 290, "Procedure:", f)
    p.write(380, 286, "{{Chest drain insertion (Seldinger)|K}}", hw, fill=INK)
    p.write(150, 350, "Case:", f)
    p.write(380, 346, "{{Gerald P.|PN}} 77M  {{HV1049937|HN}}  - R effusion", hw, fill=INK)
    p.write(150, 410, "Difficulty:", f)
    p.write(380, 406, "average", hw, fill=INK)
    items = ["Demonstrates understanding of indications, anatomy", "Obtains informed consent",
             "Appropriate pre-procedure preparation", "Aseptic technique", "Technical ability",
             "Seeks help where appropriate", "Post-procedure management", "Communication skills"]
    y = 530
    p.write(120, y, "Domain", fb)
    p.write(1150, y, "Rating", fb)
    for it in items:
        y += 70
        p.line([(120, y - 12), (1534, y - 12)], fill=(120, 120, 120), width=1)
        p.write(140, y, it, f)
        p.write(1150, y - 4, "{{Satisfactory|K}}", hw, fill=INK)
    y += 110
    p.write(120, y, "Overall:", fb)
    p.write(330, y - 4, "{{Level 4|K}} - competent to perform unsupervised", hw, fill=INK)
    y += 90
    y = p.para(120, y, 1400, "Comments: ultrasound-guided site marking, followed {{BTS pleural procedures guideline|K}}; "
                             "good explanation to pt and to his wife ({{Mrs Pemberton|RN}}).", hw, fill=INK)
    y += 60
    p.write(120, y, "Assessor: {{Mr Ian Crabtree|K}}   Position: Consultant Surgeon", f)
    p.write(120, y + 60, "Assessor GMC: {{3310872|GMC}}   Signature:", f)
    p.write(900, y + 50, "{{I. Crabtree|K}}", font(HAND, 42), fill=INK)
    p.scan(seed=67, noise=7, blur=0.7, angle=1.3)
    M.add_raster("scanned_wba_form", "Dr Samuel Osei-Bonsu", [p], "scan-dops", "pdf", dpi=200)
