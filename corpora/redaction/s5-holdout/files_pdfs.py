"""Digital PDFs with a text layer (h5-071 .. h5-077), drawn with reportlab via render_lib.PdfDoc."""
from reportlab.lib.pagesizes import A4, landscape

BUILDERS = []


def builder(f):
    BUILDERS.append(f)
    return f


S, SB, SER, SERB, SC, SCB = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold",
                             "DejaVuSansCondensed", "DejaVuSansCondensed-Bold")
NHSBLUE = "#005EB8"


def table(pdf, x, y, widths, rows, fn=S, size=8.5, row_h=15, header_fill="#DCE6F2", fnb=SB):
    """Grid table; y = top. Cells are single-line markup. Returns y of the bottom."""
    total = sum(widths)
    for i, row in enumerate(rows):
        top = y + i * row_h
        if i == 0 and header_fill:
            pdf.rect(x, top, x + total, top + row_h, stroke=None, fill=header_fill)
        cx = x
        for w, cell in zip(widths, row):
            pdf.write(cx + 3, top + row_h - 4.2, cell, fnb if i == 0 else fn, size)
            cx += w
    bottom = y + len(rows) * row_h
    for i in range(len(rows) + 1):
        pdf.hline(x, x + total, y + i * row_h, width=0.5)
    cx = x
    for w in widths + [0]:
        pdf.vline(cx, y, bottom, width=0.5)
        cx += w
    return bottom


def letterhead(pdf, org, sub, initials, color=NHSBLUE):
    pdf.logo(pdf.W - 92, 36, 44, initials, color=color)
    pdf.write(56, 54, org, SB, 13, color=color)
    pdf.write(56, 70, sub, S, 9.5)
    pdf.hline(56, pdf.W - 48, 88, color=color, width=1.2)


# ------------------------------------------------------------------ h5-071 clinic letter with logo and QR
@builder
def pdf_clinic_letter(M):
    pdf, name = M.new_pdf("clinic-letter")
    letterhead(pdf, "{{Northbrook Hospitals NHS Foundation Trust|K}}",
               "Respiratory Medicine - Lung Nodule Clinic - {{Ashcombe General Hospital|K}}", "NH")
    pdf.write(56, 110, "Tel {{01632 960427|PH}}   Email {{resp.secretaries@northbrook.nhs.uk|EM}}", S, 8.5)
    pdf.write(56, 140, "Our ref: {{RESP/EK/25/0217|REF}}", S, 9.5)
    pdf.write(56, 153, "Clinic date: 04/02/2025   Typed: 06/02/2025", S, 9.5)
    y = 180
    for ln in ["Dr {{Miriam Feld|CN}}", "{{Orchard House Surgery|AD}}", "{{8 Station Approach|AD}}",
               "{{Wexley|AD}} {{WX2 5HT|PC}}"]:
        pdf.write(56, y, ln, SER, 10)
        y += 13
    y += 14
    pdf.write(56, y, "Dear Dr {{Feld|CN}},", SER, 10)
    y += 20
    pdf.write(56, y, "Re: Mr {{Bogdan Ionescu|PN}}   DOB {{23/08/1958|K}}   NHS {{419 662 3071|NHS}}   Hosp {{AGH3390127|HN}}",
              SERB, 9.5)
    y += 13
    pdf.write(56, y, "{{12 Kiln Lane|AD}}, {{Wexley|AD}} {{WX7 1RS|PC}}", SERB, 9.5)
    y += 24
    body = ("Diagnosis: solitary solid pulmonary nodule, right upper lobe, {{9 mm|K}}; {{Brock model|K}} risk "
            "{{6.2%|K}}.\n\n"
            "Thank you for referring Mr {{Ionescu|PN}}, a current smoker (40 pack-years) whose nodule was an incidental "
            "finding on a CT coronary angiogram. I have reviewed the images with our radiologist. Under the "
            "{{BTS pulmonary nodule guideline|K}} a Brock score below 10% does not need a PET-CT, so we have "
            "arranged CT surveillance at 3 months to measure volume doubling time.\n\n"
            "Mr {{Ionescu|PN}} works as a long-distance driver and was worried about his licence; I reassured him. "
            "He would like to stop smoking, and I have referred him to the {{Wexley Stop Smoking Service|AD}}. "
            "His daughter {{Ilinca|RN}} translated some of the discussion for her mother, who also attended.\n\n"
            "Plan: CT chest (volumetry) in 3 months; results letter to you and the patient; smoking cessation "
            "({{varenicline|K}} not currently available - nicotine replacement therapy advised).")
    y = pdf.para(56, y, pdf.W - 112, body, SER, 10, leading=1.35)
    y += 20
    pdf.write(56, y, "Yours sincerely,", SER, 10)
    pdf.write(56, y + 40, "{{Dr Ewa Kowalczyk|K}}", SERB, 10)
    pdf.write(56, y + 53, "Specialty Doctor in Respiratory Medicine, {{GMC 7650912|K}}", SER, 9.5)
    pdf.barcode("https://myhealth.northbrook.nhs.uk/letters/9F3K2LQX7", "QRCode", pdf.W - 130, pdf.H - 150, 80)
    pdf.write(pdf.W - 134, pdf.H - 60, "View online:", S, 7)
    pdf.write(pdf.W - 260, pdf.H - 50, "{{myhealth.northbrook.nhs.uk/letters/9F3K2LQX7|URL}}", S, 7)
    M.add_pdf("clinic_letter_pdf", "Dr Ewa Kowalczyk", pdf, name)


# ------------------------------------------------------------------ h5-072 discharge summary, 2 pages with table
@builder
def pdf_discharge(M):
    pdf, name = M.new_pdf("discharge-summary")
    hdr = "Patient: {{OYINLOLA-BANKS, Grace Adebimpe|PN}}   MRN {{RUH0774312|HN}}   NHS {{508 221 4479|NHS}}"

    def page_header(n):
        letterhead(pdf, "{{Riverside University Hospitals NHS Trust|K}}", "Discharge summary - Cardiology", "RU")
        pdf.write(56, 104, hdr, S, 8.5)
        pdf.write(pdf.W - 56, pdf.H - 30, "Page %d of 2" % n, S, 8, align="right")
    page_header(1)
    y = 130
    rows = [["Field", "Detail"],
            ["Name", "Mrs {{Grace Oyinlola-Banks|PN}}"],
            ["Date of birth / sex", "{{11/03/1957|K}} / {{Female|K}}"],
            ["Address", "{{Flat 9, Canal Wharf, Kelsby|AD}} {{KE4 2DW|PC}}"],
            ["Admitted / discharged", "07/05/2024 / 10/05/2024, {{Ward 18 (Cardiology)|K}}"],
            ["Consultant", "{{Dr T. M. Chaudhry|K}}"],
            ["GP", "Dr {{Nkechi Obiora|CN}}, {{Canal Street Surgery|AD}}"]]
    y = table(pdf, 56, y, [130, 353], rows, size=9, row_h=16)
    y += 24
    pdf.write(56, y, "Diagnosis", SB, 11)
    y += 16
    y = pdf.para(56, y, pdf.W - 112,
                 "NSTEMI ({{I21.4|K}}); {{GRACE score 168|K}}; coronary angiography 08/05/2024: 90% proximal LAD "
                 "stenosis treated with one drug-eluting stent (PCI). LVEF 48%.", S, 9.5)
    y += 10
    pdf.write(56, y, "Clinical summary", SB, 11)
    y += 16
    y = pdf.para(56, y, pdf.W - 112,
                 "{{Grace|PN}} presented with 2 hours of central chest pain at rest. hs-troponin T 18 -> 212 ng/L. "
                 "She was loaded with aspirin and {{ticagrelor 180 mg|K}} and started on {{fondaparinux 2.5 mg|K}}. "
                 "Angiography via the right radial artery was uncomplicated. Her son {{Tunde|RN}} and his wife were "
                 "updated after the procedure. Cardiac rehabilitation referral made.", S, 9.5)
    pdf.new_page()
    page_header(2)
    y = 130
    pdf.write(56, y, "Medicines on discharge", SB, 11)
    y += 8
    meds = [["Medicine", "Dose", "Frequency", "Status", "Comment"],
            ["{{Aspirin|K}}", "75 mg", "once daily", "NEW", "lifelong"],
            ["{{Ticagrelor|K}}", "90 mg", "twice daily", "NEW", "12 months (to 05/2025)"],
            ["{{Atorvastatin|K}}", "80 mg", "at night", "NEW", ""],
            ["Bisoprolol", "2.5 mg", "once daily", "NEW", ""],
            ["Ramipril", "2.5 mg", "once daily", "NEW", "U&E in 1-2 weeks"],
            ["Lansoprazole", "15 mg", "once daily", "NEW", "gastroprotection"],
            ["Metformin", "500 mg", "twice daily", "UNCHANGED", ""]]
    y = table(pdf, 56, y, [100, 60, 80, 80, 163], meds, size=9, row_h=16)
    y += 24
    pdf.write(56, y, "Actions for GP", SB, 11)
    y += 16
    y = pdf.para(56, y, pdf.W - 112,
                 "1. U&E in 1-2 weeks after ramipril started. 2. Titrate bisoprolol to heart rate 60. "
                 "3. DVLA: no driving for 1 week after successful PCI (Group 1).", S, 9.5)
    y += 30
    pdf.write(56, y, "Completed by {{Dr Tariq Chaudhry|K}}, Consultant Physician ({{GMC 6152873|K}}), 10/05/2024 14:10",
              S, 9.5)
    M.add_pdf("discharge_summary_pdf", "Dr Tariq Mahmood Chaudhry", pdf, name)


# ------------------------------------------------------------------ h5-073 audit report, two columns, 2 pages
@builder
def pdf_audit(M):
    pdf, name = M.new_pdf("falls-audit")
    letterhead(pdf, "{{Airedale Vale Hospital|K}}", "Elderly Care - Clinical Audit Report", "AV", color="#7A1F5C")
    pdf.write(56, 116, "Inpatient falls: lying/standing BP and medication review (re-audit)", SB, 13)
    pdf.write(56, 132, "Audit lead {{Dr Chidinma Okonkwo|K}} - supervisor {{Dr Rachel Ingham|K}} - registered {{AUD-2024-118|REF}}",
              S, 8.5)
    colw = (pdf.W - 112 - 18) / 2
    left = ("Background. Falls are the most commonly reported inpatient safety incident. {{NICE NG249|K}} "
            "and the {{National Audit of Inpatient Falls|K}} recommend a lying and standing blood pressure "
            "(L/S BP) and a medication review for every patient aged 65 or over.\n\n"
            "Standards. 1) L/S BP within 48 h of admission in 100%. 2) Medication review documented within "
            "72 h in 100%. 3) Falls care plan in 100%.\n\n"
            "Method. Retrospective review of 40 consecutive admissions to Wards 4-6 in March 2024 (cycle 2), "
            "data collected by {{Dr Hamza Iqbal|CN}} and {{Ffion Jenkins|CN}} (student nurse).")
    right = ("Results. L/S BP within 48 h: {{35% -> 78%|K}}. Medication review: 60% -> {{85%|K}}. "
             "Falls care plan: 70% -> 95%.\n\n"
             "Cases. Two patients fell during the audit period: Mrs {{J.W.|PN}} (bed 4-12) fractured her "
             "wrist; L/S BP had not been done and she was on three antihypertensives. Mr {{Desai|PN}} fell "
             "without injury.\n\n"
             "Actions. L/S BP added to the admission bundle; 'Think Drugs' sticker; feedback at "
             "the ward huddle. Re-audit in 6 months.")
    yl = pdf.para(56, 160, colw, left, S, 9, leading=1.38)
    yr = pdf.para(56 + colw + 18, 160, colw, right, S, 9, leading=1.38)
    pdf.vline(56 + colw + 9, 150, max(yl, yr), color="#999999", width=0.4)
    pdf.write(56, max(yl, yr) + 20, "Presented at the Elderly Care governance meeting, 19/04/2024.", S, 9)
    pdf.new_page()
    letterhead(pdf, "{{Airedale Vale Hospital|K}}", "Elderly Care - Clinical Audit Report (appendix)", "AV",
               color="#7A1F5C")
    pdf.write(56, 116, "Appendix B - patient-level data (cycle 2, first 12 of 40)", SB, 11)
    rows = [["#", "MRN", "Initials", "Age", "Sex", "Ward/bed", "L/S BP<48h", "Med review", "Fall?"],
            ["1", "{{AV1180294|HN}}", "{{J.W.|PN}}", "86", "F", "4-12", "N", "Y", "Y (#wrist)"],
            ["2", "{{AV2039951|HN}}", "{{P.D.|PN}}", "79", "M", "5-03", "Y", "Y", "Y"],
            ["3", "{{AV0772148|HN}}", "{{M O'N|PN}}", "91", "F", "4-02", "Y", "Y", "N"],
            ["4", "{{AV3391025|HN}}", "{{Edna B.|PN}}", "88", "F", "6-09", "Y", "N", "N"],
            ["5", "{{AV1902277|HN}}", "{{KS|PN}}", "72", "M", "6-11", "Y", "Y", "N"],
            ["6", "{{AV4410873|HN}}", "{{R de V|PN}}", "83", "M", "5-07", "N", "Y", "N"],
            ["7", "{{AV0055120|HN}}", "{{AA-M|PN}}", "77", "F", "4-05", "Y", "Y", "N"],
            ["8", "{{AV2288436|HN}}", "{{T.Mc.|PN}}", "94", "F", "6-01", "Y", "Y", "N"],
            ["9", "{{AV3017764|HN}}", "{{N.B.|PN}}", "69", "M", "5-10", "Y", "N", "N"],
            ["10", "{{AV1450029|HN}}", "{{G.H-S.|PN}}", "85", "F", "4-08", "Y", "Y", "N"],
            ["11", "{{AV0913385|HN}}", "{{LR|PN}}", "80", "F", "6-04", "N", "Y", "N"],
            ["12", "{{AV2764410|HN}}", "{{W.O.|PN}}", "{{101|K}}", "F", "5-01", "Y", "Y", "N"]]
    y = table(pdf, 56, 128, [22, 72, 60, 34, 32, 58, 70, 64, 71], rows, size=8.5, row_h=16)
    pdf.para(56, y + 20, pdf.W - 112, "Patient 2 ({{Mr Desai|PN}}) is the patient described on page 1. "
                                      "Data verified by {{Dr R. Ingham|K}}, 22/04/2024.", S, 9)
    M.add_pdf("audit_report_pdf", "Dr Chidinma Okonkwo", pdf, name)


# ------------------------------------------------------------------ h5-074 MDT list, landscape table
@builder
def pdf_mdt(M):
    from render_lib import PdfDoc
    import os
    did = M._next_id()
    name = "%s-ugi-mdt-list.pdf" % did
    pdf = PdfDoc(os.path.join(M.FILES, name), pagesize=landscape(A4))
    pdf.write(40, 40, "UPPER GI CANCER MDT - PATIENT LIST AND OUTCOMES", SB, 13)
    pdf.write(40, 56, "{{Royal Preston Hospital|K}}   Meeting: Thursday 18/07/2024 08:00   Chair: {{Dr Laurence Pike|K}}   "
                      "Coordinator: {{Shabana|CN}} (ext {{4471|PH}})", S, 8.5)
    rows = [["#", "Patient", "DOB", "NHS no", "MRN", "Diagnosis / staging", "Outcome", "Key worker"],
            ["1", "{{HALLIWELL, Bernard|PN}}", "{{03/02/1949|K}}", "{{463 229 7180|NHS}}", "{{RPH-0441290|HN}}",
             "{{Oesophageal adenocarcinoma T3N1M0|K}}", "Neoadjuvant {{FLOT|K}}, restage", "CNS {{Gaynor|CN}}"],
            ["2", "{{NG, Wai Man|PN}}", "19/09/1962", "{{702 118 4466|NHS}}", "{{RPH-1180273|HN}}",
             "Gastric cancer, {{Siewert III|K}}", "Staging laparoscopy", "CNS {{Gaynor|CN}}"],
            ["3", "{{O'Hare, Jonathan|PN}}", "12/03/1967", "{{401 912 7756|NHS}}", "{{RPH-0144719|HN}}",
             "Barrett's HGD (C4M6)", "EMR - {{Dr N. Bhattacharjee|K}}", "CNS {{Tom R.|CN}}"],
            ["4", "{{FARRINGTON-DIAS, Inês|PN}}", "27/06/1971", "{{552 087 3391|NHS}}", "{{RPH-2290815|HN}}",
             "Pancreatic head mass, CA19-9 880", "EUS + FNB; refer HPB", "CNS {{Tom R.|CN}}"],
            ["5", "{{Mr Kwame Boadu|PN}}", "08/08/1955", "{{611 403 2284|NHS}}", "{{RPH-0067321|HN}}",
             "Gastric GIST 4 cm", "Surgery (wedge resection)", "CNS {{Gaynor|CN}}"]]
    y = table(pdf, 40, 74, [16, 128, 52, 66, 66, 176, 140, 90], rows, size=8, row_h=17)
    y += 20
    pdf.para(40, y, pdf.W - 80,
             "Attendees: {{Dr Laurence Pike|K}} (chair, gastroenterology), {{Dr N. Bhattacharjee|K}}, "
             "Mr {{Stelios Kyriacou|CN}} (UGI surgery), Dr {{Aisling Duffy|CN}} (oncology), Dr {{Ravi Menon|CN}} "
             "(radiology), Dr {{Olga Sokolova|CN}} (pathology). Item 3: patient's wife {{Siobhan O'Hare|RN}} asked "
             "to be present for results. Next meeting 25/07/2024. Outcomes ratified by {{Dr L. Pike|K}}.", S, 8.5)
    M.add_pdf("mdt_list_pdf", "Dr Nikhil Bhattacharjee", pdf, name)


# ------------------------------------------------------------------ h5-075 on-call rota PDF
@builder
def pdf_rota(M):
    pdf, name = M.new_pdf("medreg-rota")
    letterhead(pdf, "{{Bradford Teaching Hospitals NHS FT|K}}", "Medical registrar on-call rota - March 2024 (weeks 10-11)",
               "BT", color="#00703C")
    rows = [["Date", "Day (08:30-21:00)", "Night (20:30-09:00)", "Twilight", "Mobile (day reg)"],
            ["Mon 04/03", "{{Grace Mwangi|K}}", "Dr {{K. Ashworth|CN}}", "{{Bilal|CN}}", "{{07700 900101|PH}}"],
            ["Tue 05/03", "Dr {{R. Sandhu|CN}}", "Dr {{K. Ashworth|CN}}", "{{Bilal|CN}}", "{{07700 900102|PH}}"],
            ["Wed 06/03", "Dr {{R. Sandhu|CN}}", "{{Grace Mwangi|K}}", "-", "{{07700 900102|PH}}"],
            ["Thu 07/03", "Dr {{E. Fitzgerald|CN}}", "{{Grace Mwangi|K}}", "{{Sian|CN}}", "{{07700 900103|PH}}"],
            ["Fri 08/03", "Dr {{E. Fitzgerald|CN}}", "{{Grace Mwangi|K}}", "{{Sian|CN}}", "{{07700 900103|PH}}"],
            ["Sat 09/03", "Dr {{O. Mensah|CN}}", "Dr {{P. Varga|CN}}", "-", "{{07700 900104|PH}}"],
            ["Sun 10/03", "Dr {{O. Mensah|CN}}", "Dr {{P. Varga|CN}}", "-", "{{07700 900104|PH}}"],
            ["Mon 11/03", "{{Grace Mwangi|K}}", "Dr {{H. Butt|CN}}", "{{Bilal|CN}}", "{{07700 900101|PH}}"]]
    y = table(pdf, 56, 110, [70, 110, 110, 70, 123], rows, size=8.5, row_h=17)
    y += 22
    y = pdf.para(56, y, pdf.W - 112,
                 "Notes: {{Dr Mwangi|K}} covers {{CAS sessions|K}} Sun 10/03 18:30-23:00 (outside the rota). "
                 "Rota compliant with the {{2016 Terms and Conditions|K}}: average {{47.5 hours|K}} per week, "
                 "maximum {{4 consecutive long days|K}}. Switchboard {{01274 960000|PH}}, medical staffing "
                 "{{medstaffing@bthft.nhs.uk|EM}}.", S, 9)
    y += 14
    pdf.write(56, y, "Rota approved by {{Dr Peter Lumb|K}}, Consultant Physician (rota lead)", S, 9)
    M.add_pdf("rota_pdf", "Dr Grace Mwangi", pdf, name)


# ------------------------------------------------------------------ h5-076 Datix export PDF
@builder
def pdf_datix(M):
    pdf, name = M.new_pdf("datix-export")
    pdf.rect(40, 30, pdf.W - 40, 64, stroke=None, fill="#3B3B3B")
    pdf.write(52, 52, "Datix Cloud IQ - Incident report (print view)", SB, 12, color="white")
    pdf.write(pdf.W - 52, 52, "Ref: {{INC-CRI-2024-06617|REF}}", SB, 10, color="white", align="right")
    fields = [("Incident date", "11/03/2024 03:25"), ("Location", "{{Emergency Department, majors cubicle 9|K}}"),
              ("Site", "{{Calder Royal Infirmary|K}}"),
              ("Type", "{{Slip, trip, fall|K}} - patient"), ("Severity (actual)", "{{Moderate harm|K}}"),
              ("Patient name", "{{Mrs Edith Sunderland|PN}}"), ("Patient DOB", "{{05/06/1938|K}}"),
              ("NHS number", "{{474 301 9928|NHS}}"), ("ED attendance", "{{CRI-ED-24-031877|HN}}"),
              ("Reported by", "Staff Nurse {{Liam Oduya|CN}}, ext {{5560|PH}}"),
              ("Handler", "{{Dr Farah Qureshi|K}} (ED consultant)"),
              ("Linked complaint", "{{COMP-CRI-24-0311|REF}}")]
    y = 90
    for k, v in fields:
        pdf.write(48, y, k, SB, 9)
        pdf.write(190, y, v, S, 9)
        pdf.hline(44, pdf.W - 44, y + 5, color="#BBBBBB", width=0.3)
        y += 17
    y += 12
    pdf.write(48, y, "Description", SB, 10)
    y = pdf.para(48, y + 15, pdf.W - 96,
                 "87-year-old woman waiting 14 hours in ED for a medical bed (department at {{OPEL 4|K}}). Found on "
                 "the floor beside the trolley at 03:25 having tried to walk to the toilet; cot sides down; no falls "
                 "risk assessment completed in ED. CT head no bleed; X-ray showed a {{left neck of femur fracture|K}}. "
                 "Her son, Mr {{Alan Sunderland|RN}}, was informed at 04:10 by the nurse in charge ({{Joanne|CN}}).",
                 S, 9, leading=1.35)
    y += 10
    pdf.write(48, y, "Investigation and learning (handler)", SB, 10)
    y = pdf.para(48, y + 15, pdf.W - 96,
                 "Reviewed by {{Dr Qureshi|K}}. Contributory factors: crowding, no ED falls bundle, no enhanced "
                 "observation for a patient with {{4AT 5|K}}. Actions: ED falls bundle (L/S BP, call bell, "
                 "low bed) launched 01/05/2024; 'long waiter' checks 2-hourly. Duty of Candour letter sent "
                 "by {{Dr Farah Qureshi|K}} 14/03/2024.", S, 9, leading=1.35)
    y += 12
    pdf.write(48, y, "Attachment 1: photograph of skin tear, left forearm (taken 11/03/2024 04:40)", SB, 9)
    pdf.photo(48, y + 8, 150, 100, "clinical photograph of a wound (skin tear)", kind="wound", seed=9)
    pdf.write(48, pdf.H - 40, "Printed 02/06/2024 by {{f.qureshi|K}} - page 1 of 1", S, 7.5)
    M.add_pdf("incident_report_pdf", "Dr Farah Naz Qureshi", pdf, name)


# ------------------------------------------------------------------ h5-077 teaching certificate + feedback with QR
@builder
def pdf_teaching(M):
    pdf, name = M.new_pdf("teaching-certificate")
    pdf.rect(30, 30, pdf.W - 30, pdf.H - 30, stroke="#00594F", width=2)
    pdf.logo(pdf.W / 2 - 24, 50, 48, "SE", color="#00594F")
    pdf.write(pdf.W / 2, 130, "CERTIFICATE OF TEACHING CONTRIBUTION", SB, 16, align="center")
    pdf.write(pdf.W / 2, 156, "{{South Eastern HSC Trust|K}} - Paediatric Education Programme", S, 10.5, align="center")
    pdf.para(70, 190, pdf.W - 140,
             "This is to certify that {{Dr Aoife Ní Dhomhnaill|K}} ({{GMC 7320415|K}}) designed and led the "
             "in-situ simulation course \"{{Acute Paediatric Emergencies|K}}\" at the {{Ulster Hospital|K}} on "
             "12 March 2025 (3 hours; 9 participants), with faculty {{Clodagh Mac an tSaoir|CN}} and "
             "Dr {{Eoin Ó Briain|CN}}.", SER, 11, leading=1.45)
    rows = [["Participant", "Role", "Overall (1-5)", "Comment"],
            ["{{Dr Fionnuala Rooney|CN}}", "FY2", "5", "Great debrief"],
            ["{{Dr Kamal Haddad|CN}}", "GPST1", "5", "DKA fluids finally make sense"],
            ["{{Sr Bernadette McKee|CN}}", "Nurse", "4", "More time for scenario 2"],
            ["{{Dr Shauna Gilmore|CN}}", "ACCS", "5", "Realistic, safe"],
            ["{{Conal|CN}} (surname not given)", "FY2", "5", "Good {{APLS|K}} revision"]]
    y = table(pdf, 70, 300, [150, 60, 75, 170], rows, size=9, row_h=17, header_fill="#D9EDE8")
    pdf.para(70, y + 18, pdf.W - 140, "Mean overall rating {{4.8 / 5|K}}. Full feedback summary attached "
                                      "as a separate document.", S, 9.5)
    pdf.write(70, 560, "Signed: {{Dr Colm Hegarty|K}}, College Tutor", SER, 10.5)
    pdf.write(70, 576, "Date: {{20 March 2025|K}}", SER, 10.5)
    pdf.barcode("https://www.nimdta.gov.uk/verify?cert=SET-PED-25-0314", "QRCode", pdf.W - 170, 530, 100)
    pdf.write(pdf.W - 170, 648, "Verify this certificate:", S, 7)
    pdf.write(pdf.W - 240, 660, "{{nimdta.gov.uk/verify?cert=SET-PED-25-0314|URL}}", S, 7)
    M.add_pdf("teaching_certificate_pdf", "Dr Aoife Ní Dhomhnaill", pdf, name)
