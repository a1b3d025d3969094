# Renders files/ from hand-typed page content; boxes are measured from the drawn geometry.
import json, os, sys, email.message, email.utils
sys.path.insert(0, os.path.dirname(__file__))
from render import *
from common import *
import docx

OUT = os.path.join(os.path.dirname(__file__), "..")
FILES = os.path.join(OUT, "files")
records = []

def boxed(id, kind, applicant, fmt, fname, pages, ids, keep, mode, scale=150/72, noise=0.0):
    path = os.path.join(FILES, fname)
    if mode == "pdf":
        render_pdf(pages, path)
    else:
        imgs = [render_image(p, scale, noise=noise) for p in pages]
        if fmt == "pdf":
            imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:])
        elif fmt == "jpeg":
            imgs[0].save(path, "JPEG", quality=90)
        elif fmt == "tiff":
            imgs[0].save(path, "TIFF", compression="tiff_lzw", dpi=(150, 150))
        else:
            imgs[0].save(path, "PNG")
    strings = [t for t, _ in ids] + list(keep)
    idl, kl, cl = [], [], []
    for n, p in enumerate(pages, 1):
        m = measure_pdf(p, strings) if mode == "pdf" else measure_image(p, scale, strings)
        for t, ty in ids:
            idl += [{"text": t, "type": ty, "page": n, "box": b} for b in m[t]]
        for t in keep:
            kl += [{"text": t, "page": n, "box": b} for b in m[t]]
        cl += [dict(cb, page=n) for cb in code_boxes(p, None if mode == "pdf" else scale)]
    for t, _ in ids:
        assert any(e["text"] == t for e in idl), (id, t)
    for t in keep:
        assert any(e["text"] == t for e in kl), (id, t)
    records.append({"id": id, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant,
                    "pages": len(pages),
                    "identifiers": idl, "keep": kl, "barcodes": cl, "photos": []})

# ---------- s57-077 wristband photo (A7, paediatrics, Belfast)
p = Page(600, 200)
p.r(0, 0, 600, 200, (214, 206, 190)).r(10, 30, 590, 170, (250, 250, 252)).r(10, 30, 40, 170, (120, 170, 220))
p.t(50, 40, "McALEESE-WARD, Finn Ruairí", 15, "B")
p.t(50, 62, "DOB: 14/05/2022    M", 12)
p.t(50, 80, "H&C: 512 630 4471", 12)
p.t(50, 98, "RBHSC: RB1104582", 12)
p.t(50, 116, "ALLERGY: PENICILLIN", 11, "B")
p.t(50, 134, "Royal Belfast Hospital for Sick Children - Clarke Clinic", 8)
p.c(360, 42, 215, 70, "Code128", "RB1104582")
p.t(365, 118, "RB1104582", 10, "M")
p.t(50, 178, "Photo for portfolio of Dr Sana Iqbal Qureshi - PEWS audit, Clarke Clinic", 9)
boxed("s57-077", "wristband_photo", A7, "png", "s57-077-wristband.png", [p],
      [("McALEESE-WARD, Finn Ruairí", "PATIENT_NAME"), ("512 630 4471", "NHS_NUMBER"), ("RB1104582", "HOSPITAL_NUMBER")],
      ["DOB: 14/05/2022", "ALLERGY: PENICILLIN", "Royal Belfast Hospital for Sick Children", "Dr Sana Iqbal Qureshi"], "img", scale=2.0, noise=0.01)

# ---------- s57-078 addressograph label sheet (A5, Glasgow, CHI)
p = Page(595, 420)
p.t(20, 12, "Gartnavel Royal Hospital - Ward Timbury - patient labels (sheet scanned by Dr Priya Raghunathan, ECT consent pack)", 8)
for k, (y, tx, bx, bw) in enumerate(((35, 28, 330, 150), (160, 300, 28, 200), (285, 28, 420, 150))):
    p.r(18, y, 577, y + 115, (245, 245, 235))
    p.t(tx, y + 8, "MACKINNON, Euphemia Grant", 13, "B")
    p.t(tx, y + 28, "CHI 0208338812   DOB 02/08/1933   F", 10)
    p.t(tx, y + 44, "12 Bankhead Avenue, Knightswood", 10)
    p.t(tx, y + 60, "Glasgow G13 2HU", 10)
    p.t(tx, y + 76, "GP: Dr Hamid Quraishi, Knightswood Practice", 9)
    p.c(bx, y + 10, bw, 70, "Code128", "0208338812")
    p.t(bx + 10, y + 86, "0208338812", 9, "M")
boxed("s57-078", "addressograph_labels", A5, "png", "s57-078-labels.png", [p],
      [("MACKINNON, Euphemia Grant", "PATIENT_NAME"), ("0208338812", "NHS_NUMBER"), ("12 Bankhead Avenue, Knightswood", "ADDRESS"),
       ("Glasgow", "ADDRESS"), ("G13 2HU", "POSTCODE"), ("Hamid Quraishi", "COLLEAGUE_NAME"), ("Knightswood Practice", "ADDRESS")],
      ["DOB 02/08/1933", "Gartnavel Royal Hospital - Ward Timbury", "Dr Priya Raghunathan"], "img", scale=2.0)

# ---------- s57-079 digital clinic letter, 2 pages, QR + Code128 (A1 gastro)
p1 = Page(); p2 = Page()
for n, p in enumerate((p1, p2), 1):
    p.t(40, 30, "Royal Derby Hospital - Hepatology Clinic", 12, "B")
    p.t(40, 48, "Patient: Mrs Yvonne Hartshorn   Hosp no RTG0533418", 9)
    p.t(40, 810, "Dr Karim Hassan Mansour, Specialty Doctor, Gastroenterology - page %d of 2" % n, 8)
p1.c(470, 22, 90, 90, "QR", "https://pkb.example.org/record/RTG0533418")
p1.c(40, 64, 170, 40, "Code128", "RTG0533418")
p1.t(40, 120, "Our ref: HEP/KHM/24-0392          Clinic date: 03/04/2024", 10)
p1.t(40, 140, "Dr Adaeze Ilori, Littleover Medical Centre, 640 Burton Road, Littleover DE23 6EL", 10)
p1.t(40, 170, "Re: Mrs Yvonne Hartshorn, DOB 25/01/1964, NHS 813 447 2095", 10, "B")
p1.t(40, 186, "Address: 9 Sandringham Drive, Mickleover DE3 9QR   Tel 07700 900933", 10)
p1.t(40, 216, "Diagnosis: metabolic dysfunction-associated steatotic liver disease (MASLD), F3 fibrosis.", 10)
p1.t(40, 232, "FIB-4 2.91; FibroScan 14.2 kPa (IQR/med 12%), CAP 338 dB/m. BMI 36.4, HbA1c 58 mmol/mol.", 10)
p1.t(40, 248, "Plan: weight-loss programme, semaglutide via diabetes team, HCC surveillance not yet indicated.", 10)
p1.t(40, 264, "Her husband Clive asked about alcohol: AUDIT-C 2. Mrs Hartshorn works at Mickleover Library.", 10)
p2.t(40, 120, "Follow-up: repeat FibroScan in 12 months. Scan the QR code on page 1 for her PKB record (do not share).", 10)
p2.t(40, 140, "Yours sincerely,", 10)
p2.t(40, 176, "Dr Karim Hassan Mansour (GMC 7654321)", 10, "B")
p2.t(40, 192, "Supervising consultant: Dr Rebecca Thornhill", 10)
boxed("s57-079", "clinic_letter_pdf", A1, "pdf", "s57-079-hepatology-letter.pdf", [p1, p2],
      [("Yvonne Hartshorn", "PATIENT_NAME"), ("RTG0533418", "HOSPITAL_NUMBER"), ("HEP/KHM/24-0392", "REFERENCE_NUMBER"),
       ("Adaeze Ilori", "COLLEAGUE_NAME"), ("Littleover Medical Centre, 640 Burton Road, Littleover", "ADDRESS"), ("DE23 6EL", "POSTCODE"),
       ("813 447 2095", "NHS_NUMBER"), ("9 Sandringham Drive, Mickleover", "ADDRESS"), ("DE3 9QR", "POSTCODE"), ("07700 900933", "PHONE"),
       ("Clive", "RELATIVE_NAME"), ("Hartshorn", "PATIENT_NAME"), ("Mickleover Library", "ADDRESS")],
      ["Dr Karim Hassan Mansour", "GMC 7654321", "Dr Rebecca Thornhill", "Royal Derby Hospital", "DOB 25/01/1964", "FIB-4 2.91",
       "FibroScan 14.2 kPa", "CAP 338 dB/m", "HbA1c 58 mmol/mol", "semaglutide", "AUDIT-C 2"], "pdf")

# ---------- s57-080 scanned discharge summary (A2, Wales) Code128 + QR
p = Page()
p.t(40, 30, "Cardiff and Vale UHB - University Hospital of Wales - Discharge Advice Letter", 12, "B")
p.c(400, 60, 160, 45, "Code128", "L2240917")
p.c(480, 110, 80, 80, "QR", "CVUHB|L2240917|6021849937")
p.t(40, 64, "Name: Mr Dewi Aled Griffiths", 10)
p.t(40, 80, "Unit no: L2240917      NHS no: 602 184 9937", 10)
p.t(40, 96, "DOB: 11/03/1958   Male", 10)
p.t(40, 112, "Address: 4 Maes yr Haf, Caerphilly CF83 1JP", 10)
p.t(40, 146, "Admitted 06/02/2024 (EU) - discharged 13/02/2024 from Ward B4 (Respiratory)", 10)
p.t(40, 166, "Diagnosis: infective exacerbation of bronchiectasis, Pseudomonas aeruginosa.", 10)
p.t(40, 182, "Treatment: IV piperacillin-tazobactam 4.5 g tds 14 days via PICC; airway clearance (ACBT).", 10)
p.t(40, 198, "FEV1 1.42 L (48%). Sputum: P. aeruginosa, sensitive to ciprofloxacin.", 10)
p.t(40, 214, "Plan: nebulised colistimethate 1 MU bd; bronchiectasis clinic 6 weeks.", 10)
p.t(40, 234, "Lives with partner Siwan; works at Penallta Colliery heritage centre.", 10)
p.t(40, 270, "Discharging doctor: Dr Nusrat Jahan Chowdhury    Consultant: Dr Gareth Morgan-Davies", 10)
p.t(40, 290, "Ward B4 tel: 029 2018 0466", 10)
boxed("s57-080", "discharge_summary_scan", A2, "pdf", "s57-080-discharge-scan.pdf", [p],
      [("Dewi Aled Griffiths", "PATIENT_NAME"), ("L2240917", "HOSPITAL_NUMBER"), ("602 184 9937", "NHS_NUMBER"),
       ("4 Maes yr Haf, Caerphilly", "ADDRESS"), ("CF83 1JP", "POSTCODE"), ("Siwan", "RELATIVE_NAME"),
       ("Penallta Colliery heritage centre", "ADDRESS"), ("029 2018 0466", "PHONE")],
      ["Dr Nusrat Jahan Chowdhury", "Dr Gareth Morgan-Davies", "University Hospital of Wales", "DOB: 11/03/1958", "Male",
       "piperacillin-tazobactam 4.5 g tds", "FEV1 1.42 L (48%)", "colistimethate 1 MU bd", "Ward B4 (Respiratory)"], "img", noise=0.004)

# ---------- s57-083 digital logbook PDF (A4 vascular)
p = Page(842, 595)
p.t(30, 20, "Tomasz Wiśniewski - Vascular logbook extract (Hull Royal Infirmary) - Jan 2024", 13, "B")
p.t(30, 44, "Date        Patient           Hosp no     Procedure                               Role   Outcome", 9, "M")
rows = ["03/01/2024  D. Pattinson      H0611028    L CEA (shunted), patch angioplasty      P      no stroke",
        "05/01/2024  Mrs E. Arksey     H0239917    R AK amputation                         P      healed",
        "10/01/2024  Kenny Coxon       H0588240    EVAR (Endurant II), percutaneous        A      type II leak",
        "17/01/2024  M. Szymańska      H0620113    L fem-distal (peroneal) vein bypass     P-S    patent 6/52",
        "24/01/2024  Harold Lumb       H0100982    rAAA open repair, tube graft            P-S    died POD 3 - M&M"]
for i, r in enumerate(rows):
    p.t(30, 62 + i * 16, r, 9, "M")
p.t(30, 160, "P = performed, P-S = performed supervised, A = assisted. Validated: Mr Jonathan Ellerby, 02/02/2024", 9)
boxed("s57-083", "logbook_pdf", A4, "pdf", "s57-083-logbook.pdf", [p],
      [("D. Pattinson", "PATIENT_NAME"), ("H0611028", "HOSPITAL_NUMBER"), ("E. Arksey", "PATIENT_NAME"), ("H0239917", "HOSPITAL_NUMBER"),
       ("Kenny Coxon", "PATIENT_NAME"), ("H0588240", "HOSPITAL_NUMBER"), ("M. Szymańska", "PATIENT_NAME"), ("H0620113", "HOSPITAL_NUMBER"),
       ("Harold Lumb", "PATIENT_NAME"), ("H0100982", "HOSPITAL_NUMBER")],
      ["Tomasz Wiśniewski", "Mr Jonathan Ellerby", "Hull Royal Infirmary", "L CEA (shunted)", "EVAR (Endurant II)", "rAAA open repair", "died POD 3 - M&M"], "pdf")

# ---------- s57-084 JPEG radiology request form photo (A6)
p = Page(595, 700)
p.r(0, 0, 595, 700, (236, 232, 220))
p.t(30, 20, "SHEFFIELD TEACHING HOSPITALS - RADIOLOGY REQUEST (paper, downtime)", 12, "B")
p.t(30, 50, "Surname: OLDROYD     Forename(s): Bernadette Ann", 11)
p.t(30, 70, "DOB: 30/10/1949   Sex: F   PAS: S2208814", 11)
p.t(30, 90, "Address: 17 Abbeydale Park Rise, Dore, S17 3PB", 11)
p.t(30, 110, "Tel: 01632 960155", 11)
p.t(30, 140, "Exam: CT head non-contrast   Urgency: immediate", 11)
p.t(30, 160, "Clinical: fall, on warfarin (INR 3.4), GCS 14, vomiting x2. NICE CG176 criteria met.", 11)
p.t(30, 180, "Requester: Dr Ollie Grainger (ED), bleep 4418", 11)
p.t(30, 210, "Protocolled and reported by Dr Haider Al-Jubouri: acute L SDH 9 mm, MLS 4 mm.", 11)
p.c(30, 240, 240, 70, "Code128", "NGH24CT0200417")
p.t(40, 316, "NGH24CT0200417", 10, "M")
p.c(430, 230, 120, 120, "QR", "NHS:9184403726;PAS:S2208814")
p.t(30, 360, "NHS 918 440 3726 (from QR sticker)", 11)
boxed("s57-084", "request_form_photo", A6, "jpeg", "s57-084-request-form.jpg", [p],
      [("OLDROYD", "PATIENT_NAME"), ("Bernadette Ann", "PATIENT_NAME"), ("S2208814", "HOSPITAL_NUMBER"), ("17 Abbeydale Park Rise, Dore", "ADDRESS"),
       ("S17 3PB", "POSTCODE"), ("01632 960155", "PHONE"), ("Ollie Grainger", "COLLEAGUE_NAME"), ("bleep 4418", "PHONE"),
       ("NGH24CT0200417", "OTHER_ID"), ("918 440 3726", "NHS_NUMBER")],
      ["DOB: 30/10/1949", "Dr Haider Al-Jubouri", "warfarin (INR 3.4)", "GCS 14", "NICE CG176", "acute L SDH 9 mm", "MLS 4 mm"], "img", scale=2.0, noise=0.003)

# ---------- s57-085 scanned incident form 2 pages (A10 ICM)
p1 = Page(); p2 = Page()
p1.t(40, 30, "Liverpool University Hospitals - Incident report (paper copy, scanned)", 12, "B")
p1.r(380, 60, 560, 170, (240, 240, 230))
p1.t(388, 66, "BRENNAN, Colm Patrick", 10, "B")
p1.t(388, 82, "DOB 27/06/1966  M", 9)
p1.t(388, 96, "AH2017733", 9)
p1.c(388, 110, 160, 50, "Code128", "AH2017733")
p1.t(40, 70, "Incident ref: DW-LUHFT-2024-118209", 10)
p1.t(40, 86, "Date: 03/03/2024 04:10   Critical Care Unit, Aintree", 10)
p1.t(40, 120, "Reporter: Dr Oleksandr Kovalenko (ICM registrar)", 10)
p1.t(40, 150, "Unplanned extubation during turn; reintubated 04:16, grade 1 view,", 10)
p1.t(40, 166, "no desaturation < 88%. RASS +2 before event; propofol 2% 15 mL/h.", 10)
p1.t(40, 196, "Nurse at bedside: SN Gráinne Tobin; 2nd nurse Matty Leung.", 10)
p1.t(40, 212, "Agitation possibly due to missed dose; sister Orla Brennan visiting.", 10)
p2.t(40, 30, "Page 2 - actions", 12, "B")
p2.t(40, 60, "BRENNAN, Colm Patrick   AH2017733", 10)
p2.t(40, 90, "Actions: sedation hold protocol and turning checklist (4 staff for ETT patients).", 10)
p2.t(40, 106, "Harm: low. Duty of candour: not required. Reviewed by Dr Ruth Ellingham-Shaw.", 10)
p2.t(40, 760, "Dr Oleksandr Kovalenko - portfolio evidence, governance section", 8)
boxed("s57-085", "incident_report_scan", A10, "pdf", "s57-085-incident-scan.pdf", [p1, p2],
      [("BRENNAN, Colm Patrick", "PATIENT_NAME"), ("AH2017733", "HOSPITAL_NUMBER"), ("DW-LUHFT-2024-118209", "REFERENCE_NUMBER"),
       ("Gráinne Tobin", "COLLEAGUE_NAME"), ("Matty Leung", "COLLEAGUE_NAME"), ("Orla Brennan", "RELATIVE_NAME")],
      ["DOB 27/06/1966", "Dr Oleksandr Kovalenko", "Dr Ruth Ellingham-Shaw", "propofol 2% 15 mL/h", "RASS +2", "grade 1 view", "Critical Care Unit, Aintree"], "img", noise=0.004)

# ---------- s57-086 specimen label PNG (A9 rheumatology)
p = Page(500, 260)
p.r(0, 0, 500, 260, (255, 255, 255))
p.t(12, 10, "NNUH PATHOLOGY - Immunology", 11, "B")
p.t(12, 30, "ROWE-FAIRCLOUGH, Miriam", 12, "B")
p.t(12, 50, "DOB 19/12/1975  F   N7788120", 10)
p.t(12, 66, "NHS 481 209 3375", 10)
p.t(12, 82, "Lab no: 24.0611.IM.44820", 10)
p.t(12, 98, "Tests: ANA, ENA, dsDNA, C3/C4", 10)
p.c(12, 120, 260, 70, "Code128", "24.0611.IM.44820")
p.c(330, 100, 130, 130, "QR", "N7788120^4812093375^ROWE-FAIRCLOUGH^MIRIAM")
p.t(12, 236, "Requested by Dr Thiri Aung, Rheumatology", 9)
boxed("s57-086", "specimen_label", A9, "png", "s57-086-specimen-label.png", [p],
      [("ROWE-FAIRCLOUGH, Miriam", "PATIENT_NAME"), ("N7788120", "HOSPITAL_NUMBER"), ("481 209 3375", "NHS_NUMBER"), ("24.0611.IM.44820", "OTHER_ID")],
      ["DOB 19/12/1975", "ANA, ENA, dsDNA, C3/C4", "Dr Thiri Aung"], "img", scale=2.0)

# ---------- s57-087 MSF summary digital PDF (A8 urology)
p = Page()
p.t(40, 30, "ISCP Multi-Source Feedback (MSF) - summary report", 13, "B")
p.t(40, 54, "Trainee: Mr Nikolaos Papadakis   Supervisor: Mr Stephen Armitage   Period: Jan-Mar 2024", 10)
p.t(40, 78, "Raters: 14 (consultants 4, trainees 3, nurses 5, admin 2). All domains rated 'good' or 'outstanding'.", 10)
p.t(40, 100, "Comments:", 10, "B")
p.t(40, 118, "\"Calm in the emergency theatre, excellent with the stent clinic.\"", 10)
p.t(40, 134, "\"Nikos teaches the CT1s well; occasionally late for ward round.\"", 10)
p.t(40, 150, "\"He supported me after the Datix about Mrs Ellwood's catheter.\" - comment by S/N Bryony Heppell", 10)
p.t(40, 170, "Rater contact list (remove): p.swinburne@example.org, 01632 960871", 10)
p.t(40, 200, "Discussed with trainee by Mr Stephen Armitage on 15/04/2024.", 10)
boxed("s57-087", "msf_report_pdf", A8, "pdf", "s57-087-msf.pdf", [p],
      [("Ellwood", "PATIENT_NAME"), ("Bryony Heppell", "COLLEAGUE_NAME"), ("p.swinburne@example.org", "EMAIL"), ("01632 960871", "PHONE")],
      ["Mr Nikolaos Papadakis", "Nikos", "Mr Stephen Armitage", "stent clinic"], "pdf")

# ---------- s57-088 scanned op note TIFF (A8 urology)
p = Page()
p.t(40, 30, "Freeman Hospital - Urology operation record (handwritten form, typed copy)", 12, "B")
p.r(360, 165, 560, 275, (238, 238, 238))
p.t(368, 170, "STOREY, Wilfred James", 10, "B")
p.t(368, 186, "DOB 08/02/1941  M", 9)
p.t(368, 200, "MRN F4471102", 9)
p.c(368, 214, 180, 50, "Code128", "F4471102")
p.t(40, 70, "Date 22/01/2024   Emergency list", 10)
p.t(40, 90, "Procedure: cystoscopy, clot evacuation, TURBT (3 cm papillary tumour, L lateral wall)", 10)
p.t(40, 106, "Haematuria on apixaban; Hb 79; 3-way 22 Fr catheter, irrigation.", 10)
p.t(40, 122, "Surgeon: Mr N. Papadakis   Assistant: Dr Farah Lindqvist", 10)
p.t(40, 138, "NOK: son Ian Storey 07700 900812", 10)
boxed("s57-088", "operation_note_scan", A8, "tiff", "s57-088-opnote.tiff", [p],
      [("STOREY, Wilfred James", "PATIENT_NAME"), ("F4471102", "HOSPITAL_NUMBER"), ("Farah Lindqvist", "COLLEAGUE_NAME"), ("Ian Storey", "RELATIVE_NAME"), ("07700 900812", "PHONE")],
      ["DOB 08/02/1941", "Mr N. Papadakis", "TURBT (3 cm papillary tumour, L lateral wall)", "apixaban", "Hb 79", "22 Fr"], "img", noise=0.004)

# ---------- DOCX and EML (no boxes)
def nobox(id, kind, applicant, fmt, fname, ids, keep):
    records.append({"id": id, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant, "pages": 1,
                    "identifiers": [{"text": t, "type": ty} for t, ty in ids], "keep": [{"text": k} for k in keep],
                    "barcodes": [], "photos": []})

d = docx.Document()
d.add_heading("Reflective note - shoulder dystocia drill and real event", 1)
d.add_paragraph("Author: Dr Oluwaseun Adebayo-Cole, Clinical Fellow O&G, Leeds Teaching Hospitals NHS Trust")
d.add_paragraph("On 14/04/2024 I attended a delivery in room 11, LGI, for Mrs Shantelle Boothroyd (MRN K5733012), "
                "whose mother Denise had driven her in from Morley. Head-to-body interval 2 min; McRoberts and suprapubic pressure "
                "failed, posterior arm delivered. Baby 4.31 kg, Apgars 3/7/9, cord arterial pH 7.08. Erb's palsy suspected.")
d.add_paragraph("The midwife, Aimee Kirkbright, called the emergency at the right time. The SHO, Dr Tobenna Uzor, "
                "documented the time of each manoeuvre. Datix W2024-130771 was submitted.")
t = d.add_table(rows=3, cols=2)
t.cell(0, 0).text = "PROMPT drill attended"; t.cell(0, 1).text = "12/02/2024"
t.cell(1, 0).text = "RCOG Green-top Guideline No. 42"; t.cell(1, 1).text = "read"
t.cell(2, 0).text = "Discussed with"; t.cell(2, 1).text = "Miss Katherine Lowther"
d.save(os.path.join(FILES, "s57-081-reflection.docx"))
nobox("s57-081", "reflective_entry_docx", A3, "docx", "s57-081-reflection.docx",
      [("Shantelle Boothroyd", "PATIENT_NAME"), ("K5733012", "HOSPITAL_NUMBER"), ("Denise", "RELATIVE_NAME"), ("Morley", "ADDRESS"),
       ("Aimee Kirkbright", "COLLEAGUE_NAME"), ("Tobenna Uzor", "COLLEAGUE_NAME"), ("W2024-130771", "REFERENCE_NUMBER")],
      ["Dr Oluwaseun Adebayo-Cole", "Miss Katherine Lowther", "McRoberts", "Apgars 3/7/9", "cord arterial pH 7.08", "4.31 kg",
       "Erb's palsy", "RCOG Green-top Guideline No. 42", "room 11, LGI"])

d = docx.Document()
d.add_heading("Critical Care rota - Aintree - week commencing 05/02/2024", 1)
d.add_paragraph("Prepared by Dr Oleksandr Kovalenko (rota lead, registrar tier). Verified by Dr Ruth Ellingham-Shaw.")
t = d.add_table(rows=4, cols=4)
for r, row in enumerate([("Day", "Reg day", "Reg night", "Resident SHO"),
                         ("Mon", "O Kovalenko", "Dr Mairead Flanagan", "Dr Kieron Ashworth"),
                         ("Tue", "Dr Mairead Flanagan", "O Kovalenko", "Dr Sipho Dlamini"),
                         ("Wed", "Dr Anoushka Verma-Price", "O Kovalenko", "Dr Kieron Ashworth")]):
    for c, v in enumerate(row):
        t.cell(r, c).text = v
d.add_paragraph("Gaps: Thu night - locum via agency (booking ref LOC-AIN-55128). Contact rota office 0113 496 0077.")
d.save(os.path.join(FILES, "s57-089-rota.docx"))
nobox("s57-089", "on_call_rota_docx", A10, "docx", "s57-089-rota.docx",
      [("Mairead Flanagan", "COLLEAGUE_NAME"), ("Kieron Ashworth", "COLLEAGUE_NAME"), ("Sipho Dlamini", "COLLEAGUE_NAME"),
       ("Anoushka Verma-Price", "COLLEAGUE_NAME"), ("LOC-AIN-55128", "REFERENCE_NUMBER"), ("0113 496 0077", "PHONE")],
      ["Dr Oleksandr Kovalenko", "O Kovalenko", "Dr Ruth Ellingham-Shaw", "05/02/2024"])

m = email.message.EmailMessage()
m["From"] = "Tomasz Wisniewski <tomasz.wisniewski4@nhs.net>"
m["To"] = "Vascular Secretaries HRI <hri.vascsec@nhs.net>"
m["Subject"] = "Urgent OP slot - Mr Clifford Raine H0512990 - rest pain"
m["Date"] = "Mon, 19 Feb 2024 08:47:00 +0000"
m.set_content("""Hi Sue,

Please could you book Mr Clifford Raine (H0512990, NHS 622 019 4431, DOB 12/12/1950) into Thursday's hot clinic.
He rang the ward from his daughter's house in Cottingham (Mrs Nicola Dent, 07700 900529) with new rest pain in the
right foot. ABPI 0.42 last month, on rivaroxaban 2.5 mg bd + aspirin 75 mg (COMPASS).
Arterial duplex to be done on the day - Vascular Lab ref VL/24/0873.

Thanks,
Tomasz
Mr Tomasz Wiśniewski, Senior Clinical Fellow, Vascular Surgery, Hull Royal Infirmary
""")
open(os.path.join(FILES, "s57-082-email.eml"), "wb").write(bytes(m))
nobox("s57-082", "email_eml", A4, "eml", "s57-082-email.eml",
      [("tomasz.wisniewski4@nhs.net", "EMAIL"), ("hri.vascsec@nhs.net", "EMAIL"), ("Clifford Raine", "PATIENT_NAME"), ("H0512990", "HOSPITAL_NUMBER"),
       ("Sue", "COLLEAGUE_NAME"), ("622 019 4431", "NHS_NUMBER"), ("Cottingham", "ADDRESS"), ("Nicola Dent", "RELATIVE_NAME"),
       ("07700 900529", "PHONE"), ("VL/24/0873", "REFERENCE_NUMBER")],
      ["Tomasz Wisniewski", "Mr Tomasz Wiśniewski", "Hull Royal Infirmary", "DOB 12/12/1950", "ABPI 0.42", "rivaroxaban 2.5 mg bd", "aspirin 75 mg", "COMPASS"])

records.sort(key=lambda r: r["id"])
with open(os.path.join(OUT, "files.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "file documents")
