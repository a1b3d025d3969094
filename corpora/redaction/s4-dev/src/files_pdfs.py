"""d4-063 .. d4-067: digital PDFs with a text layer (reportlab). Tables are drawn cell by cell so that every
string's position is known."""
from flib import I, K, Pdf, wrap_segs


def para(pdf, x, y, segs, fnt="DV", size=10, maxw=480, lead=13.5, gap=6):
    for ln in wrap_segs(segs, maxw, lambda s: pdf.width(s, fnt, size)):
        pdf.text(x, y, ln, fnt, size)
        y += lead
    return y + gap


def table(pdf, x, y, widths, rows, size=8.5, rowh=15, head_fnt="DVB", fnt="DV", shade_head=True):
    for i, row in enumerate(rows):
        cx = x
        if i == 0 and shade_head:
            pdf.rect(x, y, sum(widths), rowh, stroke=1, fill=1, fill_color=(0.88, 0.9, 0.95))
        for w, cell in zip(widths, row):
            pdf.rect(cx, y, w, rowh, stroke=1, fill=0)
            cell = cell if isinstance(cell, list) else [cell]
            pdf.text(cx + 3, y + rowh - 4.5, cell, head_fnt if i == 0 else fnt, size)
            cx += w
        y += rowh
    return y


def d063(ctx):
    """2-page FNOF analgesia re-audit with a 24-row table of unlabelled attendance numbers"""
    pdf = Pdf(ctx.path("d4-063-fnof-audit.pdf"))
    app = "Dr Oluwaseun Adebayo-Coker"

    def footer(n):
        pdf.text(50, 815, [K("Dr O. Adebayo-Coker"), " - FNOF analgesia re-audit - \"anonymised\" - ", K("page %d of 2" % n)], "DV", 8)

    pdf.text(50, 60, ["Time to analgesia for fractured neck of femur in the ED: re-audit (cycle 2)"], "DVB", 12)
    pdf.text(50, 80, [K("Dudley Road Hospital"), " Emergency Department - March 2025"], "DV", 10)
    pdf.text(50, 96, ["Lead: ", K(app), ", Specialty Doctor EM (GMC ", K("7364015"), ")   Supervisor: ", K("Dr Samir Haddad")], "DV", 9)
    pdf.text(50, 110, ["Audit registration: ", I("AUD-ED-25-019", "REF")], "DV", 9)
    y = 134
    y = para(pdf, 50, y, ["Standards (", K("RCEM"), " Pain in Older People / ", K("NICE CG124"), "): analgesia ",
                          K("within 60 minutes"), " of arrival; ", K("fascia iliaca block"), " offered to all patients with "
                          "suspected hip fracture unless contraindicated; pain score documented at triage and re-assessed."],
             size=9.5, maxw=495)
    y = para(pdf, 50, y, ["Method: consecutive patients with a coded hip fracture, 01/03/2025-31/03/2025, data from the ED record "
                          "(Symphony) and drug charts (n = 24). Cycle 1 (Sept 2024, n = 22) median 94 min."], size=9.5, maxw=495)
    widths = [22, 70, 34, 30, 28, 46, 58, 34, 30, 54, 89]
    head = ["#", "Att. no.", "Init.", "Age", "Sex", "Arrival", "Analgesia", "Min", "FIB", "Pain (0-10)", "Drug"]
    data = [
        ("25030412", "EB", "91", "F", "02:14", "02:58", "44", "Y", "8 > 3", "paracetamol IV"),
        ("25030588", "JMcA", "84", "F", "09:40", "10:12", "32", "Y", "7 > 2", "morphine 2 mg"),
        ("25031022", "HK", "78", "M", "11:05", "12:41", "96", "N", "6 > 4", "paracetamol PO"),
        ("25031187", "WO", "88", "F", "14:30", "14:52", "22", "Y", "9 > 3", "morphine 3 mg"),
        ("25031460", "DT", "93", "F", "16:02", "17:20", "78", "Y", "8 > 5", "paracetamol IV"),
        ("25031699", "RS-P", "69", "M", "18:45", "19:20", "35", "Y", "7 > 2", "oxycodone 2.5 mg"),
        ("25032001", "OK", "94", "F", "20:10", "23:20", "190", "N", "9 > 6", "none till 23:20"),
        ("25032250", "AB", "81", "F", "22:35", "23:05", "30", "Y", "6 > 2", "paracetamol IV"),
        ("25032618", "MN", "86", "M", "01:50", "02:35", "45", "Y", "8 > 3", "morphine 2 mg"),
        ("25032907", "LG", "75", "F", "07:15", "07:48", "33", "Y", "5 > 2", "paracetamol PO"),
        ("25033140", "TP", "90", "F", "10:20", "11:55", "95", "N", "7 > 4", "codeine 30 mg"),
        ("25033375", "SA", "83", "M", "13:00", "13:25", "25", "Y", "8 > 2", "FIB first"),
    ]
    data2 = [
        ("25033602", "CW", "89", "F", "15:45", "16:30", "45", "Y", "7 > 3", "paracetamol IV"),
        ("25033951", "PJ", "77", "M", "17:10", "18:02", "52", "Y", "6 > 3", "morphine 2 mg"),
        ("25034230", "BH", "92", "F", "19:55", "21:40", "105", "N", "8 > 5", "paracetamol IV"),
        ("25034516", "VK", "80", "F", "23:30", "00:05", "35", "Y", "9 > 3", "morphine 3 mg"),
        ("25034788", "NW", "71", "M", "03:20", "03:58", "38", "Y", "7 > 2", "FIB first"),
        ("25035012", "EJ", "87", "F", "06:40", "07:15", "35", "Y", "8 > 3", "paracetamol IV"),
        ("25035330", "GR", "95", "F", "09:05", "10:50", "105", "N", "6 > 5", "paracetamol PO"),
        ("25035671", "IM", "82", "M", "12:35", "13:08", "33", "Y", "7 > 2", "morphine 2 mg"),
        ("25035904", "YF", "85", "F", "14:50", "15:20", "30", "Y", "8 > 2", "FIB first"),
        ("25036219", "KS", "79", "F", "17:30", "18:25", "55", "Y", "7 > 3", "oxycodone 2.5 mg"),
        ("25036480", "DMcC", "90", "M", "20:15", "21:02", "47", "Y", "8 > 4", "paracetamol IV"),
        ("25036755", "AA", "88", "F", "22:40", "23:15", "35", "Y", "6 > 2", "morphine 2 mg"),
    ]

    def rows_of(d, start):
        out = [head]
        for i, (att, ini, age, sex, arr, an, mn, fib, pain, drug) in enumerate(d, start):
            out.append([str(i), [I(att, "HN")], [I(ini, "PN")], age, sex, arr, an, mn, fib, pain, drug])
        return out

    y = table(pdf, 50, y + 4, widths, rows_of(data, 1), size=8)
    y += 16
    pdf.text(50, y, ["Continued overleaf. Case 7 discussed in results."], "DVO", 8.5)
    footer(1)
    pdf.new_page()
    pdf.text(50, 50, ["Table 1 (continued)"], "DVB", 10)
    y = table(pdf, 50, 60, widths, rows_of(data2, 13), size=8)
    y += 22
    pdf.text(50, y, ["Results"], "DVB", 11)
    y += 16
    y = para(pdf, 50, y, ["Median time to first analgesia ", K("38 min"), " (IQR 31-70), cycle 1: 94 min. Analgesia within 60 min: ",
                          K("18/24"), " (", K("75%"), "). Fascia iliaca block performed in ED: ", K("19/24"), " (79%)."], size=9.5, maxw=495)
    y = para(pdf, 50, y, ["The longest wait (190 min) was case 7, Mrs ", I("Olive Kent", "PN"), " (94F), who arrived during a "
                          "cardiac arrest in resus; her son ", I("Trevor", "RN"), " raised a complaint (", I("DRH-C-25-0331", "REF"),
                          ") which I answered. Triage nurse ", I("Abena Sarpong", "CN"), " had documented pain 9/10 but analgesia "
                          "was not given until 23:20."], size=9.5, maxw=495)
    pdf.text(50, y + 2, ["Actions"], "DVB", 11)
    y += 18
    for a in (["1. PGD for nurse-initiated IV paracetamol at triage for suspected hip fracture (approved 04/2025)."],
              ["2. FIB training: 14 ED doctors signed off (DOPS) - trainer: ", K(app), "."],
              ["3. Re-audit September 2025 (cycle 3)."]):
        y = para(pdf, 60, y, a, size=9.5, maxw=485, gap=2)
    y += 14
    pdf.text(50, y, ["Verified as the applicant's own work: ", K("Dr Samir Haddad"), ", ED Consultant, ", K("12/05/2025")], "DV", 9.5)
    footer(2)
    pdf.save()
    return ctx.record_pdf("d4-063", "files/d4-063-fnof-audit.pdf", "audit_report", app, pdf)


def _field_rows(pdf, x, y, rows, lw=150, vw=345, size=9, rowh=17):
    for label, val in rows:
        pdf.rect(x, y, lw, rowh, stroke=1, fill=1, fill_color=(0.93, 0.93, 0.93))
        pdf.rect(x + lw, y, vw, rowh, stroke=1, fill=0)
        pdf.text(x + 4, y + rowh - 5, [label], "DVB", size)
        pdf.text(x + lw + 4, y + rowh - 5, val if isinstance(val, list) else [val], "DV", size)
        y += rowh
    return y


def d064(ctx):
    """Datix incident report export (fall with fracture), field table"""
    pdf = Pdf(ctx.path("d4-064-datix-fall.pdf"))
    app = "Dr Kwame Boateng"
    pdf.text(50, 50, ["DATIX - Incident report (DIF1/DIF2)   Northfield Healthcare NHS Foundation Trust"], "DVB", 11)
    pdf.text(50, 66, ["Printed 28/09/2023 10:14 by ", K(app)], "DV", 8.5)
    rows = [
        ("Datix ID", [I("204477", "REF")]),
        ("Incident date / time", [K("03/09/2023"), " 02:40"]),
        ("Location", [K("Rowan Ward, Whitmore Lodge")]),
        ("Category", ["Slips, trips, falls > unwitnessed fall"]),
        ("Patient", [I("SULLIVAN, Eileen Margaret", "PN")]),
        ("RiO / NHS no.", [I("2019448", "HN"), "  /  ", I("612 044 7991", "NHS")]),
        ("DOB / gender", [K("02/05/1939"), "  /  ", K("Female")]),
        ("Legal status", [K("section 2"), " ", K("Mental Health Act 1983")]),
        ("Reported by", [I("Chloe Ventham", "CN"), " (Ward Manager)"]),
        ("Witness", ["HCA ", I("Precious Nkemelu", "CN"), " (found patient)"]),
        ("Duty doctor", ["Dr ", I("Okoro", "CN"), " (CT2), reviewed 03:10"]),
        ("Handler / investigator", [K(app), " (Consultant Old Age Psychiatrist)"]),
        ("Harm", [K("moderate harm"), " - ", K("Colles' fracture"), " R wrist"]),
        ("Family informed", ["son ", I("Patrick Sullivan", "RN"), " ", I("07700 900559", "PH"), " on 03/09 21:45"]),
        ("Linked records", ["complaint ", I("NHFT-C-2023-1189", "REF"), "; LFPSE ", I("W-2023-190442", "REF")]),
    ]
    y = _field_rows(pdf, 50, 84, rows)
    y += 18
    pdf.text(50, y, ["Description"], "DVB", 10)
    y += 14
    y = para(pdf, 50, y, ["84-year-old lady with ", K("vascular dementia"), " on ", K("15-minute observations"), " found on floor "
                          "beside bed at 02:40 by HCA. Had ", K("lorazepam 0.5 mg"), " PRN at 21:00 for distress. Post-falls check "
                          "by duty doctor 03:10 (no head injury, ", K("NEWS2 1"), "). Swelling R wrist noted 09:30 on ward round; "
                          "X-ray confirmed distal radius fracture; backslab, fracture clinic 05/09."], size=9.5, maxw=495)
    pdf.text(50, y, ["Investigation findings (", K(app), ")"], "DVB", 10)
    y += 14
    y = para(pdf, 50, y, ["1. PRN benzodiazepine given without review of falls risk (", K("STOPP/START"), ").  2. Delay in "
                          "family notification (19 h) - ", K("Duty of Candour"), " letter 11/09.  3. Low bed and crash mat "
                          "not in place (bed out of order, reported 01/09 to estates - job ", I("EST-88120", "REF"), "?)."],
             size=9.5, maxw=495)
    y = para(pdf, 50, y, ["Record link: ", I("https://datix.northfield.nhs.example/incident/204477", "URL")], size=8.5, maxw=495)
    pdf.text(50, 815, ["Approved by ", K("Dr Fiona Greatorex"), ", Clinical Director, 28/09/2023  |  ", K("Page 1 of 1")], "DV", 8)
    pdf.save()
    return ctx.record_pdf("d4-064", "files/d4-064-datix-fall.pdf", "datix_report", app, pdf)


def d065(ctx):
    """2-page RCoA Lifelong Learning export: CbD (applicant assessed) + DOPS (applicant as assessor of a trainee)"""
    pdf = Pdf(ctx.path("d4-065-llp-export.pdf"))
    app = "Dr Tomasz Wiśniewski"

    def header(n):
        pdf.text(50, 40, [K(app), " - RCoA Lifelong Learning Platform export - ", K("Page %d of 2" % n)], "DV", 8)
        pdf.line(50, 46, 545, 46)

    header(1)
    pdf.text(50, 72, ["Case-based Discussion (A-CEX/CBD)"], "DVB", 13)
    rows = [
        ("Trainee / applicant", [K(app), "  GMC ", K("7480532")]),
        ("Assessor", [K("Dr Helena Sørensen-Blake"), "  GMC ", I("4536102", "GMC")]),
        ("Date / site", [K("24/10/2025"), "  ", K("Severnside General Hospital")]),
        ("Case", ["88M, ", I("B.W.", "PN"), ", ", I("M0480032", "HN"), " - emergency laparotomy, Hartmann's"]),
        ("Curriculum", [K("Stage 3"), " - ", K("Perioperative medicine"), " / ", K("ICM"), " HLO"]),
    ]
    y = _field_rows(pdf, 50, 88, rows)
    y += 18
    pdf.text(50, y, ["Discussion"], "DVB", 10)
    y += 14
    y = para(pdf, 50, y, ["Pre-op: ", K("NELA"), " predicted mortality 31%, ", K("P-POSSUM"), " 38%, ", K("Clinical Frailty Scale 6"),
                          ". The doctor led the high-risk discussion with the surgeon (Mr ", I("Dariusz Nowicki", "CN"),
                          ") and with the patient and his son ", I("Gerald", "RN"), ", documented a ", K("TEP"),
                          " (for ICU, not for CPR) and consultant-delivered anaesthesia. Intra-op: art line, cardiac output "
                          "monitoring, ", K("noradrenaline 0.1 mcg/kg/min"), ". Returned for re-look on 22/10."], size=9.5, maxw=495)
    y = para(pdf, 50, y, ["Assessor comments: excellent shared decision making; clear knowledge of ", K("NELA"),
                          " standards and of the Royal College of Surgeons' high-risk pathway. Could consider earlier "
                          "involvement of the elderly care team (POPS)."], size=9.5, maxw=495)
    pdf.text(50, y + 4, ["Outcome: performing at the level expected of a consultant.  Entrustment: ", K("Level 4")], "DVB", 9.5)
    pdf.text(50, y + 22, ["Online: ", I("https://lifelong-learning.rcoa.ac.uk/assessments/cbd/7f3a21c9", "URL")], "DV", 8.5)
    pdf.new_page()
    header(2)
    pdf.text(50, 72, ["DOPS - assessed BY the applicant (supervision of trainees)"], "DVB", 13)
    rows = [
        ("Assessor", [K(app), "  GMC ", K("7480532")]),
        ("Trainee", ["Dr ", I("Oluwadamilare Ajayi", "CN"), " (CT2)  GMC ", I("7901442", "GMC")]),
        ("Date", [K("03/09/2025"), "  Theatre 6, Severnside"]),
        ("Procedure", [K("spinal anaesthetic"), " for TURP - ", K("2.6 ml 0.5% heavy bupivacaine")]),
        ("Patient", ["71M, ", I("JKP", "PN"), " (", I("M0456712", "HN"), "), ", K("ASA 3")]),
    ]
    y = _field_rows(pdf, 50, 88, rows)
    y += 14
    widths = [300, 65, 65, 65]
    trows = [["Domain", "Below", "Meets", "Above"],
             ["Consent and explanation", "", "x", ""],
             ["Asepsis / preparation", "", "", "x"],
             ["Positioning and landmarks / ultrasound", "", "x", ""],
             ["Technical skill (2 passes)", "", "x", ""],
             ["Post-procedure (block height check, T10)", "", "", "x"]]
    y = table(pdf, 50, y, widths, trows, size=8.5, rowh=16)
    y += 18
    y = para(pdf, 50, y, ["Feedback: good midline approach; consider paramedian in calcified ligaments. Trainee's reflection "
                          "noted - \"", I("O.A.", "CN"), " to practise ultrasound pre-scanning of lumbar spine\"."], size=9.5, maxw=495)
    pdf.text(50, y + 4, ["Signed: ", K("Dr T. Wiśniewski"), "  03/09/2025"], "DV", 9.5)
    pdf.save()
    return ctx.record_pdf("d4-065", "files/d4-065-llp-export.pdf", "eportfolio_wba", app, pdf)


def d066(ctx):
    """respiratory discharge summary with Code128 (hospital number) and QR (NHS number) in the header"""
    pdf = Pdf(ctx.path("d4-066-discharge-summary.pdf"))
    app = "Dr Mohammed Iqbal Chaudhry"
    pdf.text(50, 50, [K("Severnside General Hospital")], "DVB", 14)
    pdf.text(50, 66, ["Respiratory Medicine - Discharge Summary"], "DV", 11)
    pdf.text(50, 84, ["Our ref: ", I("RESP/DS/S0902281", "REF")], "DV", 9)
    pdf.barcode("S0902281", "Code128", 330, 30, module_pt=1.1, height_pt=34)
    pdf.text(380, 76, [I("S0902281", "HN")], "DVM", 9)
    pdf.barcode("6009941283", "QRCode", 488, 26, module_pt=2.0)
    rows = [
        ("Patient", [I("DOHERTY, Bridget Anne", "PN")]),
        ("DOB / sex", [K("04/01/1939"), " / ", K("Female")]),
        ("NHS number", [I("600 994 1283", "NHS")]),
        ("Address", [I("2 Larch Close", "AD"), ", ", I("Wexbridge", "AD"), " ", I("SV4 2HT", "PC"), " (lives with son)"]),
        ("GP", ["Dr ", I("Ruth Abernethy", "CN"), ", ", I("Larkhill Medical Practice", "AD")]),
        ("Admitted / discharged", [K("12/06/2024"), " / ", K("27/06/2024"), "   ", K("Ward 15"), " + RSU"]),
        ("Consultant", [K("Dr M. I. Chaudhry")]),
    ]
    y = _field_rows(pdf, 50, 104, rows)
    y += 16
    pdf.text(50, y, ["Diagnosis"], "DVB", 10)
    y += 14
    y = para(pdf, 50, y, [K("Acute exacerbation of COPD"), " with ", K("type 2 respiratory failure"), " (ICD-10 ", K("J44.1"),
                          ", ", K("J96.1"), "; SNOMED CT ", K("195951007"), ")"], size=9.5, maxw=495)
    pdf.text(50, y, ["Summary"], "DVB", 10)
    y += 14
    y = para(pdf, 50, y, ["Admitted with breathlessness, pH 7.28, ", K("pCO2 8.9 kPa"), ". NIV started at 23:30 (delay - see "
                          "complaint response). Weaned off NIV day 4. ", K("DECAF score"), " 4. Oxygen target ", K("88-92%"),
                          ". Long-term oxygen assessment: ", K("PaO2 7.1 kPa"), " on air when stable - meets criteria."],
             size=9.5, maxw=495)
    widths = [175, 90, 110, 120]
    trows = [["Medication", "Dose", "Frequency", "Status"],
             [[K("prednisolone")], [K("30 mg")], "OD (5 days)", "new - stop 01/07"],
             [[K("doxycycline")], [K("100 mg")], "OD", "new - 2 days left"],
             [[K("Trimbow 87/5/9")], "2 puffs", "BD", "unchanged"],
             [[K("salbutamol")], "100 mcg", "PRN", "unchanged"],
             [[K("home oxygen")], [K("1 L/min")], "16 h/day", "new (HOOF sent)"]]
    y = table(pdf, 50, y, widths, trows, size=8.5, rowh=16)
    y += 18
    y = para(pdf, 50, y, ["Follow-up: respiratory clinic ", K("09/09/2024"), ". Home oxygen team to visit. Pulmonary rehab referral made."],
             size=9.5, maxw=495)
    pdf.text(50, y + 4, ["Completed by Dr ", I("Aled Hopkins", "CN"), " (FY1, bleep ", I("3307", "PH"), ")   Approved: ",
                         K("Dr M. I. Chaudhry"), ", Consultant"], "DV", 9)
    pdf.text(50, 815, ["Severnside General Hospital eDS v4.2 - ", K("page 1 of 1")], "DV", 8)
    pdf.save()
    return ctx.record_pdf("d4-066", "files/d4-066-discharge-summary.pdf", "discharge_summary", app, pdf)


def d067(ctx):
    """ambulance ePRF (SWASFT-style) with CAD and incident numbers and an observations table"""
    pdf = Pdf(ctx.path("d4-067-eprf.pdf"))
    app = "Dr Hannah Fairweather"
    pdf.text(50, 48, ["South Western Ambulance Service - electronic Patient Clinical Record (ePCR)"], "DVB", 11.5)
    rows = [
        ("Incident no.", [I("INC-SW-24-0928114", "REF")]),
        ("CAD", [I("280924-1893", "REF"), "   Category 1   Call 18:41   At scene 18:52"]),
        ("Crew", [I("Tamsin Rowe", "CN"), " (Paramedic, HCPC ", I("PA58210", "GMC"), ");  ", I("Will Chard", "CN"), " (EMT)"]),
        ("Patient", [I("ASHWORTH, Colin Peter", "PN"), "   DOB ", K("30/06/1958"), "   Male"]),
        ("Address", [I("Hollybush Cottage", "AD"), ", ", I("Combe Florey", "AD"), " ", I("TA4 3HZ", "PC")]),
        ("NHS no. / tel", [I("711 349 2260", "NHS"), "  /  ", I("01632 960215", "PH")]),
        ("Next of kin", [I("Janet Ashworth", "RN"), " (wife), on scene"]),
        ("Presenting complaint", [K("sudden tearing back pain"), ", collapse, pale, clammy"]),
    ]
    y = _field_rows(pdf, 50, 62, rows, lw=120, vw=375)
    y += 16
    pdf.text(50, y, ["Observations"], "DVB", 10)
    y += 6
    widths = [50, 45, 60, 40, 50, 50, 45, 45, 110]
    trows = [["Time", "HR", "BP", "RR", "SpO2", "GCS", "BM", "NEWS2", "Notes"],
             ["18:55", "112", "92/58", "24", "95%", "15", "7.2", "7", "pain 9/10"],
             ["19:05", "118", "84/50", "26", "94%", "15", "-", "8", "2nd IV access"],
             ["19:15", "124", [K("78/40")], "28", [K("91%")], "14", "-", "9", "pre-alert Resus"]]
    y = table(pdf, 50, y + 4, widths, trows, size=8.5, rowh=16)
    y += 18
    y = para(pdf, 50, y, ["Treatment: O2 15 L NRB; IV access x2 (16G); ", K("tranexamic acid 1 g"), " IV 19:02 (JRCALC); ",
                          K("sodium chloride 0.9% 250 ml"), " bolus (permissive hypotension, target SBP 70-90); ",
                          K("morphine 2.5 mg IV"), " 19:06. Pre-alert: ?ruptured AAA."], size=9.5, maxw=495)
    y = para(pdf, 50, y, ["Hospital: ", K("Bridgewater Royal Infirmary"), " ED Resus, arrived 19:22. Handed to ",
                          K("Dr H. Fairweather"), " (consultant) 19:24 - ATMIST."], size=9.5, maxw=495)
    y = para(pdf, 50, y, ["Safeguarding: none. Police: none. Clinical support desk: ", I("Ryan Pascoe", "CN"), " (advice 19:00)."],
             size=9.5, maxw=495)
    pdf.text(50, 815, ["Printed for ED records 28/09/2024 20:10 - ", K("page 1 of 1")], "DV", 8)
    pdf.save()
    return ctx.record_pdf("d4-067", "files/d4-067-eprf.pdf", "ambulance_eprf", app, pdf)


ALL = [d063, d064, d065, d066, d067]
