# Content of the 15 file documents (executed inside make_files.py). Markup as in the texts:
# [[CODE|string]] = identifier, {{string}} = keep.
A1 = "Dr Oluwaseun Adebayo-Clarke"; A2 = "Dr Priya Venkataraman"; A3 = "Dr Tomasz Wiśniewski"
A4 = "Dr Mairéad Ní Bhriain"; A5 = "Dr Hamza Al-Tamimi"; A6 = "Dr Wei Zhang"; A7 = "Dr Rhys ap Gwilym"
A8 = "Dr Chidinma Okonkwo"


def footer(doc, applicant, y=1690, page=None):
    t = "Portfolio evidence – {{" + applicant + "}}"
    if page:
        t += f"   page {page}"
    doc.text(100, y, t, 16, "r", 90)


# ---------- h12-071 baby wristband (PNG) ----------
d = Doc(1400, 340, (236, 242, 250)).page()
d.rect(0, 0, 1400, 28, fill=(120, 170, 225), outline=(120, 170, 225))
d.rect(0, 312, 1400, 340, fill=(120, 170, 225), outline=(120, 170, 225))
d.text(60, 52, "[[P|BABY OF NWOSU-ADEYEMI]]", 34, "b")
d.text(60, 104, "Mother: [[R|Ifunanya Nwosu-Adeyemi]]", 24)
d.text(60, 144, "{{DOB 03/11/2025}}  {{F}}  {{Twin 1}}", 24)
d.text(60, 184, "NHS [[N|734 551 0962]]", 24)
d.text(60, 224, "MRN [[H|L1190037]]", 24)
d.text(60, 268, "{{Leicester Royal Infirmary}} {{NNU}}", 20)
d.code128(640, 66, "L1190037", 120, 3)
d.text(640, 200, "[[H|L1190037]]", 22, "m")
d.qr(1150, 60, "7345510962", 180)
save_raster("h12-071", "baby-wristband", "png", "wristband_photo", A2, d)

# ---------- h12-072 specimen tube label (JPEG photo) ----------
d = Doc(1000, 560, (214, 208, 196)).page()
d.rect(60, 60, 940, 500, fill=(252, 252, 250), outline=(180, 180, 180), width=2)
d.text(90, 85, "[[P|ZHAO, Mei]]", 34, "b")
d.text(90, 136, "{{DOB 21/07/1961}}  {{F}}  MRN [[H|C7755310]]", 24)
d.text(90, 176, "{{Ward: CCU}}   Coll {{06/06/2025 05:40}}", 24)
d.text(90, 216, "Lab no [[O|25H228419]]   {{EDTA}} {{FBC}}", 24)
d.code128(90, 270, "25H228419", 110, 3)
d.text(90, 400, "[[O|25H228419]]", 22, "m")
d.text(90, 440, "Req: {{Dr C Okonkwo}}", 22)
save_raster("h12-072", "specimen-label", "jpeg", "specimen_label_photo", A8, d,
            scan={"angle": [-2.2], "blur": 1.1, "noise": 6, "q": 82}, seed=72)

# ---------- h12-073 radiology request form (TIFF scan) ----------
d = Doc().page()
d.text(100, 80, "{{Ninewells Hospital}} – RADIOLOGY REQUEST", 34, "b")
d.rect(90, 150, 1150, 430, outline=0, width=2)
d.text(110, 170, "Surname: [[P|MACKINNON-OYELARAN]]", 24)
d.text(110, 210, "Forename(s): [[P|Eilidh Folake]]", 24)
d.text(110, 250, "{{DOB 02/02/1979}}   Sex: {{F}}", 24)
d.text(110, 290, "CHI: [[N|0202791184]]   Unit: [[H|T3557102]]", 24)
d.text(110, 330, "Address: [[A|4 Seagate Close, Broughty Ferry]] [[PC|DD5 2QT]]", 24)
d.text(110, 370, "Tel: [[PH|01632 960385]]", 24)
d.code128(760, 170, "T3557102", 90, 2)
d.qr(960, 280, "0202791184", 130)
y = d.lines(100, 470, [
    "Examination: {{CT abdomen and pelvis with contrast}}",
    "Clinical details: {{RIF pain 3/7}}, {{WCC 17.2}}, {{CRP 164}}; ?{{appendix mass}}. {{eGFR 82}}.",
    "Pregnancy status: {{not pregnant}} ({{urine hCG negative 10:20}})",
    "Allergies: {{penicillin (rash)}}",
    "Referred from: {{Ward 17}}   Urgency: {{same day}}",
    "",
    "Requesting clinician: {{Dr Hamza Al-Tamimi}}   GMC {{7318825}}   Bleep [[PH|4412]]",
    "Consultant: {{Mr Euan Drummond}}",
    "Justified by radiographer: [[C|K. Wiśniowska]]   Date {{11/02/2025}}",
], 24)
footer(d, A5)
save_raster("h12-073", "radiology-request-scan", "tiff", "request_form_scan", A5, d,
            scan={"angle": [0.9], "blur": 0.9, "noise": 9}, seed=73)

# ---------- h12-074 gynaecology clinic letter (text PDF, 2 pages) ----------
d = Doc().page()
d.text(100, 80, "{{North Bristol NHS Trust}}", 30, "b")
d.text(100, 124, "{{Southmead Hospital}} – Gynaecology Outpatients", 22)
d.text(100, 180, "Our ref: [[REF|ZW/GO/25/3317]]      Clinic date: {{22/05/2025}}", 20)
d.text(100, 214, "Hospital no: [[H|NB-0713320]]    NHS no: [[N|481 209 7735]]", 20)
y = d.lines(100, 280, [
    "[[C|Dr Aled Griffiths-Okoro]]",
    "[[A|Horfield Health Centre, Lockleaze Road]]",
    "[[A|Horfield, Bristol]] [[PC|BS7 0AE]]",
], 22)
y = d.lines(100, 420, [
    "Dear [[C|Dr Griffiths-Okoro]],",
    "",
    "Re: [[P|Ms Yasmin Al-Rashid]], {{DOB 14/09/1992}}, [[A|Flat 11, Cabot Tower View, Bristol]] [[PC|BS1 5XP]]",
    "",
    "Diagnosis: {{polycystic ovary syndrome}} ({{E28.2}}); {{subfertility}} {{2 years}}.",
    "I saw [[P|Yasmin]] today with her husband, [[R|Mr Omar Haddad]], who works at [[A|the Clifton Lido]].",
    "{{AMH 48 pmol/L}}, {{BMI 31}}, {{HbA1c 39 mmol/mol}}, {{testosterone 2.9 nmol/L}}.",
    "Her sister, [[R|Leila]], had {{OHSS}} after IVF, which worries [[P|Ms Al-Rashid]] greatly.",
    "We discussed {{letrozole 2.5 mg}} days {{2–6}} with follicle tracking, and weight management.",
    "She would prefer letters by email to [[E|yasmin.alrashid92@example.com]].",
], 22)
footer(d, A6, page=1)
d.page()
d.text(100, 80, "Re: [[P|Ms Yasmin Al-Rashid]]   [[H|NB-0713320]]   (continued)", 20, "b")
y = d.lines(100, 150, [
    "Plan:",
    "1. {{Letrozole 2.5 mg}} for {{3 cycles}}, scans on {{day 12}} ({{EPU}} booking [[PH|0117 496 0218]]).",
    "2. {{Metformin}} not started at this stage.",
    "3. Review in {{3 months}}; referral to {{Bristol Centre for Reproductive Medicine}} if no ovulation.",
    "",
    "Yours sincerely,",
    "",
    "{{Dr Wei Zhang}}",
    "Specialty Doctor in Obstetrics and Gynaecology",
    "Supervising consultant: {{Miss Eleanor Pike}}",
    "cc [[P|Ms Yasmin Al-Rashid]]",
], 22)
footer(d, A6, page=2)
save_pdf("h12-074", "clinic-letter", "clinic_letter_pdf", A6, d)

# ---------- h12-075 Mini-CEX form (text PDF with table) ----------
d = Doc().page()
d.text(100, 80, "Mini-Clinical Evaluation Exercise (Mini-CEX)", 32, "b")
d.text(100, 140, "Doctor: {{Dr Rhys ap Gwilym}}   GMC {{6987123}}   Date {{19/02/2025}}", 22)
d.text(100, 180, "Assessor: {{Dr Angharad Llewelyn}}, {{Consultant Geriatrician}}, GMC {{4419207}}", 22)
d.text(100, 220, "Setting: {{Ysbyty Gwynedd}}, {{Ward Dewi}}, bed {{14}}", 22)
d.text(100, 260, "Patient: [[P|M.L.P.]] ([[H|G2318870]]), {{87}}, {{female}}, {{DOB 09/05/1937}}", 22)
d.text(100, 300, "Focus: {{delirium}} assessment using {{4AT}}; discussion with son [[R|Meirion]]", 22)
rows = [("Domain", "Rating (1–6)"), ("{{History taking}}", "{{5}}"), ("{{Physical examination}}", "{{5}}"),
        ("{{Communication}}", "{{6}}"), ("{{Clinical judgement}}", "{{5}}"), ("{{Professionalism}}", "{{6}}"),
        ("{{Overall}}", "{{5}}")]
y0 = 360
for i, (a, b) in enumerate(rows):
    yy = y0 + i * 46
    d.rect(100, yy, 760, yy + 46, outline=0, width=1); d.rect(760, yy, 1140, yy + 46, outline=0, width=1)
    d.text(114, yy + 10, a, 22, "b" if i == 0 else "r"); d.text(774, yy + 10, b, 22, "b" if i == 0 else "r")
y = d.lines(100, y0 + len(rows) * 46 + 40, [
    "Assessor comments: {{Dr ap Gwilym}} recognised {{hypoactive delirium}} secondary to {{urinary retention}}",
    "({{bladder scan 780 mL}}) and explained it clearly to [[R|Meirion]] and to [[P|Mrs Lloyd-Pugh]] herself,",
    "partly in Welsh. The night staff nurse, [[C|Gwion]], had documented {{'pleasantly confused'}}.",
    "Agreed action: teaching for night team on {{4AT}} – {{RaG}} to deliver.",
    "",
    "Signed: {{Dr Angharad Llewelyn}}",
], 22)
footer(d, A7)
save_pdf("h12-075", "mini-cex", "wpba_form_pdf", A7, d)

# ---------- h12-076 ICU discharge summary (image-only PDF scan, 2 pages) ----------
d = Doc().page()
d.text(100, 80, "{{Cardiff and Vale University Health Board}}", 28, "b")
d.text(100, 122, "{{Adult Critical Care}} – {{University Hospital of Wales}} – DISCHARGE SUMMARY", 22)
d.rect(90, 170, 1150, 370, outline=0, width=2)
d.text(110, 186, "Name: [[P|PRYCE-NJOROGE, Gethin Kamau]]", 24, "b")
d.text(110, 226, "{{DOB 30/01/1966}}   Sex {{M}}   MRN [[H|C7688025]]", 24)
d.text(110, 266, "NHS [[N|627 430 9915]]", 24)
d.text(110, 306, "Address: [[A|Ty'r Efail, Heol Hir, Llanishen, Cardiff]] [[PC|CF14 5AX]]", 24)
d.code128(820, 240, "C7688025", 80, 2)
y = d.lines(100, 410, [
    "Admitted: {{02/03/2025}}   Discharged to ward: {{11/03/2025}} ({{Ward B5}})",
    "Diagnosis: {{severe community-acquired pneumonia}} ({{J18.9}}) with {{septic shock}}",
    "Organ support: {{invasive ventilation 6 days}}; {{noradrenaline max 0.28 mcg/kg/min}}; {{CVVHDF 3 days}}",
    "Microbiology: {{Streptococcus pneumoniae}} (lab [[O|25B040872]]); {{urinary antigen positive}}",
    "Antibiotics: {{co-amoxiclav}} + {{clarithromycin 500 mg BD}} – stop {{14/03/2025}}",
    "",
    "Social: lives with wife [[R|Wanjiru]] above their shop, [[A|Efail Stores]]; daughter [[R|Nia]]",
    "(contact [[PH|029 2018 0457]]). Works as a farrier.",
], 22)
footer(d, A8, page=1)
d.page()
d.text(100, 80, "[[P|PRYCE-NJOROGE, Gethin Kamau]]   MRN [[H|C7688025]]   page 2", 20, "b")
y = d.lines(100, 150, [
    "Rehabilitation: {{MRC sum score 44/60}}; {{CPAx 28}}; sitting out {{2 h}}.",
    "Follow-up: {{ICU follow-up clinic}} at {{3 months}}; {{PICS}} information given to [[R|Wanjiru]].",
    "Outreach to review on {{day 1}} and {{day 3}} (outreach nurse [[C|Elin Mathias-Obi]]).",
    "",
    "Summary completed by {{Dr Chidinma Okonkwo}}, {{ICM registrar}}",
    "Consultant: {{Dr Huw Jenkins-Beddoe}}",
], 22)
footer(d, A8, page=2)
save_raster("h12-076", "icu-discharge-scan", "pdf", "discharge_summary_scan", A8, d,
            scan={"angle": [0.7, -0.5], "blur": 1.0, "noise": 10}, seed=76)

# ---------- h12-077 ED handover sheet (image-only PDF scan) ----------
d = Doc().page()
d.text(100, 70, "ED MAJORS HANDOVER  {{08:00}}  {{Sun 17/11/2024}}", 30, "b")
d.text(100, 118, "in charge: {{TW}}   NIC [[C|Bernie]]   (handwritten additions in italics)", 20)
cols = [100, 190, 520, 660, 1140]
hdr = ["Cub", "Patient", "Age", "Issue / plan"]
data = [
    ["{{1}}", "[[P|O'KANE Declan]]", "{{54}}", "{{NSTEMI}}, {{trop 412}}, cards aware"],
    ["{{2}}", "[[P|Bao-Yu L]]", "{{31}}", "{{ectopic?}} – gynae [[C|Dr Zara]]"],
    ["{{3}}", "[[P|mrs abbasi]]", "{{79}}", "[[H|E24-188231]] {{#NOF}}, {{FIB}} done"],
    ["{{4}}", "[[P|Stan]] ([[P|Stanisław Nowak]])", "{{61}}", "{{ETOH}}, {{CIWA 14}}"],
    ["{{5}}", "[[P|JJ]]", "{{19}}", "OD {{paracetamol}} – {{NAC bag 2}}"],
    ["{{6}}", "[[H|E24-188305]]", "{{44}}", "{{renal colic}}, {{CT KUB}} – {{4 mm stone}}"],
    ["{{7}}", "[[P|ROSE, Lincoln]]", "{{83}}", "from [[A|Meadowbank Care Home rm 6]]"],
]
yy = 170
for r in [hdr] + data:
    for ci, cell in enumerate(r):
        d.rect(cols[ci], yy, cols[ci + 1], yy + 52, outline=0, width=1)
        d.text(cols[ci] + 10, yy + 14, cell, 20, "b" if r is hdr else "r")
    yy += 52
y = d.lines(100, yy + 40, [
    "- cub 3 daughter [[R|Shirin]] wants call [[PH|07700 900318]]",
    "- police in with cub 4 re ref [[REF|20/287714/24]]",
    "- cub 7: {{CFS 7}}, {{ReSPECT}} – not for CPR",
], 22, "i")
footer(d, A3)
save_raster("h12-077", "ed-handover-scan", "pdf", "handover_sheet_scan", A3, d,
            scan={"angle": [-1.2], "blur": 1.2, "noise": 11}, seed=77)

# ---------- h12-078 paediatric blood request (image-only PDF scan) ----------
d = Doc().page()
d.text(100, 80, "{{University Hospitals of Leicester}} – PATHOLOGY REQUEST", 30, "b")
d.rect(90, 150, 1150, 420, outline=0, width=2)
d.text(110, 170, "[[P|ÓG, Fionn Seosamh]]", 28, "b")
d.text(110, 216, "{{DOB 11/08/2019}}  {{M}}  PAS [[H|L0884120]]", 24)
d.text(110, 256, "NHS [[N|590 117 3348]]", 24)
d.text(110, 296, "[[A|12 Welford Place, Leicester]]  [[PC|LE1 6ZH]]", 24)
d.text(110, 336, "Parent: [[R|Síle Óg]]  [[PH|0116 496 0377]]", 24)
d.code128(800, 168, "L0884120", 80, 2)
d.qr(1000, 270, "L0884120", 130)
y = d.lines(100, 470, [
    "Tests: {{FBC}}, {{U&E}}, {{CRP}}, {{blood culture}}, {{ASOT}}",
    "Clinical: {{fever 5 days}}, {{conjunctivitis}}, {{strawberry tongue}} – ?{{Kawasaki disease}}",
    "Ward: {{Ward 11}}   Bed {{8}}   Collected {{14/03/2025 09:20}}",
    "Lab accession: [[O|25L061177]]",
    "",
    "Requested by: {{Dr P Venkataraman}} ({{PV}})   Bleep [[PH|2207]]",
], 24)
d.code128(100, 720, "25L061177", 70, 2)
footer(d, A2)
save_raster("h12-078", "pathology-request-scan", "pdf", "request_form_scan", A2, d,
            scan={"angle": [0.5], "blur": 0.8, "noise": 8}, seed=78)

# ---------- h12-079 psychiatry reflection (DOCX with header and table) ----------
save_docx("h12-079", "reflection", "reflection_docx", A4,
          header=["{{Dr Mairéad Ní Bhriain}} – reflective account – {{Cwm Taf Morgannwg University Health Board}}"],
          paras=[
              "Reflective account: a best-interests meeting about a dog",
              "[[P|Mr Emyr Rhys-Beynon]] ({{84}}, {{male}}, {{DOB 01/12/1940}}) lives at [[A|Pen-y-Bryn Farm, Llanharan]] with "
              "his sheepdog, Fly. He has {{vascular dementia}} ({{F01.9}}; {{MoCA 14/30}}). His niece, [[R|Mrs Carys Beynon-Walsh]], "
              "wanted him moved to [[A|Llys Derwen Care Home]], which does not take dogs. The farm manager, [[R|Dai 'Bach' Llewellyn]], "
              "offered to keep Fly.",
              "At the meeting on {{18/09/2024}} were the social worker [[C|Ms Oksana Hrytsenko]], the CPN [[C|Gethin Pugh]] and I. "
              "[[P|Emyr]] said, in Welsh, \"Heb Fly, dim byd\" – without Fly, nothing.",
              "Summary of the options we weighed:",
              "What I learnt: the {{Mental Capacity Act 2005}} asks us to weigh the person's wishes and feelings; "
              "for [[P|Mr Rhys-Beynon]] the dog was the decision. Reviewed with {{Dr Alun Bevan}} on {{02/10/2024}}.",
          ],
          tables=[(3, [["Option", "For", "Against"],
                       ["Care home", "24-hour care; {{falls risk}} addressed", "No dog; [[P|Emyr]] refuses"],
                       ["Home with package", "Keeps Fly and the farm", "{{QDS calls}} only; night wandering"],
                       ["Extra-care flat, [[A|Maes yr Haf, Pontyclun]]", "Dogs allowed", "{{6-month}} waiting list"]])])

# ---------- h12-080 complaint response (DOCX with header) ----------
save_docx("h12-080", "complaint-response", "complaint_response_docx", A5,
          header=["{{NHS Tayside}} – {{Ninewells Hospital}}", "Our ref: [[REF|NT-COMP-25-0614]]   Your ref: [[REF|MSP/JG/4471]]"],
          paras=[
              "[[R|Mr Jamie Gallacher]]",
              "[[A|58 Strathmartine Road]]",
              "[[A|Dundee]] [[PC|DD3 8BH]]",
              "{{30 June 2025}}",
              "Dear [[R|Mr Gallacher]],",
              "Re: [[P|Mrs Agnes Gallacher]] ({{DOB 17/05/1948}}), CHI [[N|1705480622]]",
              "Thank you for your letter, passed to us by [[C|Joe FitzPatrick-Ross MSP]], about your mother's "
              "{{laparoscopic cholecystectomy}} on {{12 May 2025}} and her return to theatre on {{14 May}} for a {{bile leak}}. "
              "I was the operating surgeon. The leak came from a {{duct of Luschka}}; it was treated with {{ERCP and stent}} by "
              "[[C|Dr Sanjay Ramaswamy]]. I am sorry that [[P|Agnes]] waited {{9 hours}} on {{Ward 17}} before review, and that "
              "the FY1, [[C|Dr Eilidh Crombie]], was not told about the drain output by the night team.",
              "A timeline is set out below.",
              "Yours sincerely,",
              "{{Dr Hamza Al-Tamimi}}, Specialty Doctor, General Surgery. Approved by {{Mr Euan Drummond}}.",
          ],
          tables=[(7, [["Date/time", "Event"],
                       ["{{12/05/2025 10:40}}", "{{Laparoscopic cholecystectomy}}, drain placed"],
                       ["{{13/05/2025 22:00}}", "Drain {{bilious 340 mL}}; not escalated"],
                       ["{{14/05/2025 07:10}}", "Reviewed by [[C|Dr Crombie]]; {{bilirubin 41}}"],
                       ["{{14/05/2025 16:30}}", "{{ERCP}} – Datix [[REF|DW-2025-120993]]"]])])

# ---------- h12-081 operative logbook (DOCX table) ----------
save_docx("h12-081", "logbook", "logbook_docx", A5,
          header=["Operative logbook – {{Dr H. Al-Tamimi}} ({{GMC 7318825}}) – {{Jan–Mar 2025}}"],
          paras=["Consolidated logbook extract (eLogbook export pasted into Word).",
                 "Verified by {{Mr Euan Drummond}}, {{Consultant Colorectal Surgeon}}, {{04/04/2025}}."],
          tables=[(0, [["Date", "Patient", "No.", "Procedure", "Role"],
                       ["{{06/01/2025}}", "[[P|DMcL]]", "[[H|T3381744]]", "{{Lap appendicectomy}}", "{{P}}"],
                       ["{{09/01/2025}}", "[[P|MacLEOD M]]", "[[N|1204457731]]", "{{Hartmann's procedure}}", "{{P}}"],
                       ["{{15/01/2025}}", "[[P|a.k.]]", "[[H|3390215]]", "{{Lap cholecystectomy}}", "{{S-TS}}"],
                       ["{{02/02/2025}}", "[[P|Big Tam]]", "[[H|T3401127]]", "{{Incision and drainage, perianal abscess}}", "{{P}}"],
                       ["{{19/02/2025}}", "[[P|Nowicka-Ross]]", "[[H|T3410093]]", "{{Open inguinal hernia repair (Lichtenstein)}}", "{{P}}"],
                       ["{{03/03/2025}}", "[[P|ROSE]]", "[[H|T3416650]]", "{{Emergency laparotomy, small bowel resection}}", "{{A}}"]])])

# ---------- h12-082 WhatsApp screenshot (PNG) ----------
d = Doc(900, 1500, (230, 221, 212)).page()
d.rect(0, 0, 900, 110, fill=(7, 94, 84), outline=(7, 94, 84))
d.text(40, 36, "AMU Regs + SpRs", 34, "b", (255, 255, 255))
msgs = [
    (False, "[[C|Ngozi A]]", "bed 9 [[P|mr mcalister]] spiked again 39.1"),
    (False, "[[C|Ngozi A]]", "his wife [[R|Maggie]] asking for a doctor"),
    (True, None, "coming. cultures + {{lactate}} pls"),
    (False, "[[C|Dr Kovács]]", "fyi he's [[H|RD4473019]] on ICE"),
    (True, None, "{{lactate 3.4}}. starting {{tazocin 4.5 g}}"),
    (False, "[[C|Ngozi A]]", "[[R|Maggie]] number [[PH|07700 900229]]"),
    (True, None, "rang her. {{NEWS2 6}} → outreach"),
    (False, "[[C|Ciara Outreach]]", "seen, for {{HDU}}, ref [[O|BB-24-11870]]"),
]
y = 150
for mine, who, body in msgs:
    h = 100 if who else 70
    x0 = 360 if mine else 30
    d.rect(x0, y, x0 + 510, y + h, fill=(220, 248, 198) if mine else (255, 255, 255), outline=(200, 200, 200), width=1)
    if who:
        d.text(x0 + 18, y + 12, who, 20, "b", (30, 120, 180)); d.text(x0 + 18, y + 48, body, 22)
    else:
        d.text(x0 + 18, y + 22, body, 22)
    y += h + 24
d.text(30, 1440, "Screenshot kept as evidence by {{Dr Oluwaseun Adebayo-Clarke}}", 20, "r", 60)
save_raster("h12-082", "whatsapp-screenshot", "png", "chat_screenshot", A1, d)

# ---------- h12-083 ward whiteboard photo (JPEG) ----------
d = Doc(1600, 1000, (238, 240, 236)).page()
d.rect(20, 20, 1580, 980, outline=(90, 90, 90), width=6)
d.text(60, 50, "WARD DEWI – PATIENT STATUS – {{Mon 24/03/25}}", 40, "b", (20, 40, 140))
bl = [(20, 40, 140), (160, 20, 20), (10, 110, 40)]
rows = [
    "{{1}}  [[P|Mr I. Williams]]   {{EDD 26/3}}   OT home visit",
    "{{2}}  [[P|Mrs Ffion ap Iorwerth]]   {{falls}}  {{CFS 6}}",
    "{{3}}  [[P|Guto]]  (likes to be called [[P|Gus]])   {{delirium}}",
    "{{4}}  [[P|Mrs Hope]]   {{DoLS}} ref [[REF|BCU-DoLS-25-0412]]",
    "{{5}}  [[P|LIU]]   {{NBM}} for {{OGD}}  – son [[R|Bo]] visiting 2pm",
    "{{6}}  [[P|Mr Kwiatkowski]]   awaiting [[A|Bryn Seiont Care Home]]",
    "Doctor today: {{Dr ap Gwilym}}   Nurse in charge: [[C|Sister Rhian Môn]]",
]
for i, r in enumerate(rows):
    d.text(70, 140 + i * 110, r, 38, "c", bl[i % 3])
save_raster("h12-083", "ward-whiteboard", "jpeg", "whiteboard_photo", A7, d,
            scan={"angle": [1.6], "blur": 1.4, "noise": 7, "q": 80}, seed=83)

# ---------- h12-084 pressure ulcer investigation with wound photo (text PDF) ----------
d = Doc().page()
d.text(100, 80, "Pressure Ulcer Rapid Review – {{Adult Critical Care}}", 30, "b")
d.text(100, 130, "Datix: [[REF|W-230417]]   LFPSE: [[REF|LFPSE-3K8-20451]]   Date {{09/06/2025}}", 20)
d.rect(100, 180, 700, 380, outline=0, width=2)
d.text(120, 196, "[[P|AMOAKO-FFRENCH, Kwesi]]", 24, "b")
d.text(120, 236, "{{DOB 04/04/1958}}  {{M}}", 22)
d.text(120, 272, "MRN [[H|C7812240]]", 22)
d.text(120, 308, "NHS [[N|482 660 1937]]", 22)
d.code128(420, 290, "C7812240", 70, 2)
d.photo(760, 180, 380, 300, "wound photograph (sacral pressure ulcer) with patient label", 84)
d.text(770, 492, "Photo: [[P|K. Amoako-Ffrench]] {{08/06/25}}", 16)
y = d.lines(100, 560, [
    "Category: {{category 3 pressure ulcer}}, sacrum, {{4 × 3 cm}}. {{Braden score 10}}; {{Waterlow 22}}.",
    "Proned for {{ARDS}} {{5 days}} ({{P/F 12 kPa}}). Repositioning 2-hourly documented except {{02:00–08:00}} on {{06/06}}.",
    "Nurse allocated that night: [[C|Staff Nurse Teodora Ilieva]] (NMC [[G|18A0931W]]), caring for {{2 patients}}.",
    "Wife [[R|Mrs Deirdre Amoako-Ffrench]] informed by {{Dr Okonkwo}} on {{08/06/2025}}.",
    "Tissue viability: [[C|Ms Jo Kerrigan]]; plan {{Mepilex Border}}, {{alternating mattress}}, {{vitamin C}}.",
    "",
    "Reviewer: {{Dr Chidinma Okonkwo}}   Approved: {{Dr Huw Jenkins-Beddoe}}",
], 20)
footer(d, A8)
save_pdf("h12-084", "pressure-ulcer-review", "incident_review_pdf", A8, d)

# ---------- h12-085 consent form with addressograph label (TIFF scan) ----------
d = Doc().page()
d.text(100, 80, "{{NHS Tayside}}  CONSENT FORM 1", 32, "b")
d.text(100, 130, "Patient agreement to investigation or treatment", 22)
d.rect(620, 170, 1150, 470, fill=255, outline=0, width=2)
d.text(640, 186, "[[P|FERGUSSON, Morag Ishbel]]", 24, "b")
d.text(640, 226, "{{DOB 25/12/1951}}  {{F}}", 22)
d.text(640, 262, "CHI [[N|2512515586]]", 22)
d.text(640, 298, "[[A|Lochside Cottage, Kenmore]]", 22)
d.text(640, 334, "[[PC|PH15 2HB]]", 22)
d.code128(640, 380, "2512515586", 70, 2)
y = d.lines(100, 520, [
    "Proposed procedure: {{laparoscopic right hemicolectomy}}",
    "Intended benefits: {{removal of caecal adenocarcinoma}} ({{C18.0}})",
    "Serious or frequent risks: {{anastomotic leak 3–5%}}, {{bleeding}}, {{infection}}, {{VTE}},",
    "{{conversion to open}}, {{ileus}}, death ({{P-POSSUM 2.1%}})",
    "Interpreter: not required.  Patient information leaflet given: {{yes}}",
    "",
    "Health professional: {{Dr Hamza Al-Tamimi}}   Job title: {{Specialty Doctor}}",
    "Date: {{20/01/2025}}",
    "Patient signature: [[P|M. Fergusson]]",
    "Witness (daughter): [[R|Kirsteen Fergusson-Bell]]",
], 24)
footer(d, A5)
save_raster("h12-085", "consent-form-scan", "tiff", "consent_form_scan", A5, d,
            scan={"angle": [-0.8], "blur": 0.9, "noise": 9}, seed=85)
