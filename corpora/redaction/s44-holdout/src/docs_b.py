from common import D

P = "PATIENT_NAME"; R = "RELATIVE_NAME"; C = "COLLEAGUE_NAME"; A = "ADDRESS"; PC = "POSTCODE"
PH = "PHONE"; E = "EMAIL"; NHS = "NHS_NUMBER"; H = "HOSPITAL_NUMBER"; REF = "REFERENCE_NUMBER"
GMC = "GMC_NUMBER"; URL = "URL"; O = "OTHER_ID"

DOCS = []

# ---------------------------------------------------------------- s44-016 gynae clinic letter, Aberdeen
DOCS.append(D("s44-016", "clinic_letter", "Dr Chinwe Eze", """
NHS Grampian
Gynaecology Outpatients, Aberdeen Maternity Hospital
Appointments 01632 960284

Ref: GYN/CE/25/1187
Clinic: 02/04/2025

Dr Alasdair Forbes
Kincorth Medical Group
12 Provost Watt Drive
Aberdeen AB12 5NA

Dear Dr Forbes

Mrs Oksana Hrytsenko, DOB 14/04/1962, CHI 1404627780
Flat 5/2, 19 Sandilands Drive, Aberdeen AB24 3XY

Seen under the Scottish Referral Guidelines for Suspected Cancer (postmenopausal bleeding). Consultation with a Ukrainian interpreter by video (Language Line interpreter ID 40672); her daughter, Iryna, also attended.

Mrs Hrytsenko is 62 and had two episodes of light bleeding in February, 11 years after her menopause. She is not on HRT or tamoxifen. P2, both SVD. Last smear in Kharkiv in 2019, reported normal. BMI 31, BP 142/88, type 2 diabetes on metformin.

Transvaginal ultrasound today: endometrial thickness 7 mm, homogeneous, no focal lesion; ovaries normal.
Speculum: healthy cervix. Pipelle endometrial biopsy taken with her consent and sent (lab no AB25/S/06612).

Plan: outpatient hysteroscopy on 16/04/2025, which she has agreed to. I will write with the histology. Iryna asked that letters also go to her by e-mail because her mother's English is limited; I have explained that we will send letters to her mother's address and she can share them. Iryna's mobile for appointment changes: 07700 900447.

Yours sincerely

Dr Chinwe Eze
Specialty Doctor, Obstetrics and Gynaecology
""",
    [("01632 960284", PH), ("GYN/CE/25/1187", REF), ("Alasdair Forbes", C), ("Forbes", C),
     ("Kincorth Medical Group", A), ("12 Provost Watt Drive\nAberdeen", A), ("AB12 5NA", PC),
     ("Oksana Hrytsenko", P), ("Hrytsenko", P), ("1404627780", NHS), ("Flat 5/2, 19 Sandilands Drive, Aberdeen", A),
     ("AB24 3XY", PC), ("40672", O), ("Iryna", R), ("AB25/S/06612", O), ("07700 900447", PH)],
    ["NHS Grampian", "Aberdeen Maternity Hospital", "14/04/1962", "Scottish Referral Guidelines for Suspected Cancer",
     "endometrial thickness 7 mm", "Pipelle", "BMI 31, BP 142/88", "metformin", "16/04/2025", "Dr Chinwe Eze",
     "is 62 and had", "Kharkiv"]))

# ---------------------------------------------------------------- s44-017 complaint statement, maternity
DOCS.append(D("s44-017", "complaint_statement", "Dr Chinwe Eze", """
NHS Grampian Feedback Service
Complaint reference: FS/2025/02231
Statement of Dr Chinwe Eze, Specialty Doctor in Obstetrics and Gynaecology, Aberdeen Maternity Hospital

Complaint from: Mr Callum Reid, about the care of his wife, Mrs Shona Reid (CHI 2207891106), during induction of labour, 03/03/2025 - 05/03/2025.

1. I was the middle-grade obstetrician on the night shift of 04/03/2025 (20:00 - 08:30). The labour ward was at full capacity: six women in established labour, one in theatre, and a Birthrate Plus red flag (delayed induction) was recorded at 21:00.

2. The complaint states that Dr Faisal Hamdan "refused to see" Mrs Reid in the evening. From the record, Dr Hamdan (ST3) was in theatre with a massive obstetric haemorrhage between 19:30 and 21:40, and the midwife, Lesley Cowie, appropriately escalated to me at 23:10 when Mrs Reid's contractions became painful and frequent.

3. I reviewed Mrs Reid at 23:40. The CTG met Dawes-Redman criteria at 60 minutes; she had had one Propess 10 mg, inserted 13:00. Bishop score 4. I explained that she could not go to labour ward for artificial rupture of membranes until a room was available, offered analgesia (she chose dihydrocodeine 30 mg), and documented a plan for review at 02:00. I accept that I did not explain the reason for the delay clearly enough to Mr and Mrs Reid, and I apologise for that.

4. She was transferred at 04:15, ARM performed, and she had a normal birth at 11:52 on 05/03/2025.

5. An incident report was completed about the delay (W/2025/88413) and it has been discussed at the maternity governance meeting. I have written a reflection about communication during periods of high acuity.

Signed: Chinwe Eze    Date: 28/03/2025
""",
    [("FS/2025/02231", REF), ("Callum Reid", R), ("Shona Reid", P), ("Reid", P), ("2207891106", NHS),
     ("Faisal Hamdan", C), ("Hamdan", C), ("Lesley Cowie", C), ("W/2025/88413", REF)],
    ["NHS Grampian", "Dr Chinwe Eze", "Chinwe Eze", "Aberdeen Maternity Hospital", "Birthrate Plus",
     "Dawes-Redman criteria", "Propess 10 mg", "Bishop score 4", "dihydrocodeine 30 mg", "04/03/2025",
     "23:40", "05/03/2025"]))

# ---------------------------------------------------------------- s44-018 CT report, Newcastle
DOCS.append(D("s44-018", "radiology_report", "Dr Ahmed Farouk Mansour", """
The Newcastle upon Tyne Hospitals NHS Foundation Trust - Department of Radiology, Royal Victoria Infirmary

Patient: HENDERSON, Lee Anthony    MRN: 2041187    NHS: 710 354 8826    DOB: 11/07/1966    Sex: M
Accession: RVI24CT0188237    Examination: CT thorax, abdomen and pelvis with IV contrast (pancreatic protocol)
Date: 18/10/2024 14:22    Location: Ward 44 (Hepatology)
Referrer: Dr Bethany Armstrong

Clinical details: painless jaundice, weight loss 8 kg in 3 months, ALP 312, bilirubin 148. ?malignancy

Findings:
Pancreas: 4.2 cm ill-defined hypoattenuating mass in the pancreatic head with upstream main pancreatic duct dilatation (7 mm) and atrophy of the body and tail. CBD dilated to 14 mm with intrahepatic duct dilatation. The mass abuts the superior mesenteric vein over less than 180 degrees without contour deformity. SMA, coeliac axis and common hepatic artery are clear, with preserved fat planes.
Liver: no focal lesion. No ascites. No peritoneal nodularity.
Nodes: 9 mm short-axis peripancreatic node.
Chest: no pulmonary nodules. Small left pleural effusion.

Conclusion:
1. Pancreatic head mass in keeping with adenocarcinoma; resectable by NCCN criteria (venous abutment less than 180 degrees without deformity).
2. No distant metastatic disease identified.
Recommend discussion at the HPB MDT; consider EUS-guided biopsy and biliary drainage.
Urgent finding communicated by telephone to Dr Armstrong, 18/10/2024 15:05 (via 0191 498 0264).

Reported by: Dr A. F. Mansour, Specialty Doctor in Radiology
Verified by: Dr Siobhan Kerr, Consultant Radiologist
""",
    [("HENDERSON, Lee Anthony", P), ("2041187", H), ("710 354 8826", NHS), ("RVI24CT0188237", O),
     ("Bethany Armstrong", C), ("Armstrong", C), ("0191 498 0264", PH)],
    ["The Newcastle upon Tyne Hospitals NHS Foundation Trust", "Royal Victoria Infirmary", "11/07/1966", "Sex: M",
     "Ward 44", "ALP 312", "bilirubin 148", "4.2 cm", "CBD dilated to 14 mm", "NCCN criteria", "HPB MDT",
     "Dr A. F. Mansour", "Dr Siobhan Kerr", "18/10/2024", "180 degrees"]))

# ---------------------------------------------------------------- s44-019 reporting caseload, radiology
DOCS.append(D("s44-019", "reporting_caseload", "Dr Ahmed Farouk Mansour", """
Reporting caseload extract (RIS), Dr Ahmed Farouk Mansour - week commencing 03/02/2025
Freeman Hospital / Royal Victoria Infirmary, Newcastle upon Tyne Hospitals NHS Foundation Trust

Accession        | Pt   | Exam                        | Outcome / discrepancy (second read)
FRH25CT0020913   | GH   | CT head non-contrast        | Agree - acute L MCA infarct, ASPECTS 7
FRH25CT0020951   | WN   | CTPA                        | Agree - bilateral segmental PE, RV:LV 1.1
RVI25MR0007734   | AO'D | MRI lumbar spine            | Agree - L4/5 disc extrusion, no cauda equina compression
RVI25CT0021188   | PK-B | CT abdomen/pelvis           | Minor: missed 6 mm adrenal nodule (added, benign features, 8 HU)
FRH25US0011402   | MT   | US abdomen                  | Agree - gallstones, CBD 5 mm
RVI25CT0021240   | JR   | CT KUB                      | Agree - 5 mm R VUJ calculus

Week totals: CT 84, MRI 21, US 36, plain film 212 (chest 148). Mean report turnaround for inpatient CT: 3.4 h.
Discrepancies: 1 minor (learning point recorded), 0 major. RCR discrepancy rate benchmark discussed.

Countersigned: Dr Siobhan Kerr, Consultant Radiologist and Clinical Supervisor, 10/02/2025
""",
    [("FRH25CT0020913", O), ("GH", P), ("FRH25CT0020951", O), ("WN", P), ("RVI25MR0007734", O), ("AO'D", P),
     ("RVI25CT0021188", O), ("PK-B", P), ("FRH25US0011402", O), ("MT", P), ("RVI25CT0021240", O), ("JR", P)],
    ["Dr Ahmed Farouk Mansour", "Freeman Hospital", "Royal Victoria Infirmary",
     "Newcastle upon Tyne Hospitals NHS Foundation Trust", "ASPECTS 7", "RV:LV 1.1", "L4/5",
     "6 mm adrenal nodule", "8 HU", "CT 84, MRI 21, US 36", "3.4 h", "RCR", "Dr Siobhan Kerr", "03/02/2025"]))

# ---------------------------------------------------------------- s44-020 audit report, no identifiers
DOCS.append(D("s44-020", "audit_report", "Dr Ahmed Farouk Mansour", """
RE-AUDIT: Time from request to report for CT head in suspected acute stroke
Author: Dr Ahmed Farouk Mansour, Specialty Doctor, Radiology
Department of Radiology, Royal Victoria Infirmary, The Newcastle upon Tyne Hospitals NHS Foundation Trust
Registered with clinical audit department: yes. Supervisor: Dr Siobhan Kerr

Standard: NICE NG128 and the RCR guidance - CT head for suspected stroke performed immediately (within 1 hour of arrival) and reported within 1 hour of acquisition; target 100%.

Cycle 1 (March 2024, n = 62): scan within 1 h 79%; report within 1 h of acquisition 68%. Out-of-hours reports by outsourcing company: 54% within 1 h.
Changes made: stroke pre-alert bleeps the duty radiologist directly; "STROKE" flag on RIS moves the study to the top of the worklist; outsourcing contract amended to a 30-minute turnaround for flagged studies.
Cycle 2 (September 2024, n = 71): scan within 1 h 92%; report within 1 h 94%. Out of hours 89%.

Remaining failures (4 studies) were all CT angiography add-ons after the first report; these now trigger a phone call.
Presented at the radiology governance meeting, 22/11/2024 and at the regional stroke network meeting, 15/01/2025.
Next cycle: March 2025.
""",
    [],
    ["Dr Ahmed Farouk Mansour", "Royal Victoria Infirmary", "The Newcastle upon Tyne Hospitals NHS Foundation Trust",
     "Dr Siobhan Kerr", "NICE NG128", "RCR", "n = 62", "79%", "68%", "n = 71", "92%", "94%", "22/11/2024",
     "within 1 hour of arrival"]))

# ---------------------------------------------------------------- s44-021 histopathology report, Swansea
DOCS.append(D("s44-021", "pathology_report", "Dr Ana Luísa Ferreira", """
Bwrdd Iechyd Prifysgol Bae Abertawe / Swansea Bay University Health Board
Cellular Pathology, Morriston Hospital

Lab no: SB24-H-18822    Received: 14/08/2024    Reported: 20/08/2024
Patient: Gwyneth Prosser    DOB 23/02/1950    Sex F    NHS 402 771 6538    Hosp no S0881203
Source: Dr Iwan Rowlands, Dermatology, Singleton Hospital

Specimen: Skin ellipse, left cheek, 22 x 9 x 4 mm, with an ulcerated nodule 8 mm.
Clinical details: ?BCC ?SCC. Rapid growth over 2 months.

Microscopy: Invasive squamous cell carcinoma, moderately differentiated, arising from actinic keratosis. Maximum tumour thickness 3.1 mm, invasion into the reticular dermis (Clark level IV). No perineural invasion. No lymphovascular invasion. Peripheral margin 2.1 mm, deep margin 1.4 mm.

Conclusion (RCPath dataset for primary cutaneous SCC, 2019):
Moderately differentiated invasive SCC, left cheek, pT1 (TNM8), completely excised; closest margin deep 1.4 mm.
SNOMED: T-02120, M-80703

Reported by: Dr A. L. Ferreira, Specialty Doctor in Histopathology
Second opinion/double reported: Dr Huw Bevan, Consultant Histopathologist
""",
    [("SB24-H-18822", O), ("Gwyneth Prosser", P), ("402 771 6538", NHS), ("S0881203", H), ("Iwan Rowlands", C)],
    ["Swansea Bay University Health Board", "Morriston Hospital", "Singleton Hospital", "23/02/1950", "Sex F",
     "22 x 9 x 4 mm", "3.1 mm", "Clark level IV", "pT1 (TNM8)", "RCPath dataset for primary cutaneous SCC, 2019",
     "T-02120", "M-80703", "Dr A. L. Ferreira", "Dr Huw Bevan", "14/08/2024"]))

# ---------------------------------------------------------------- s44-022 e-mail, pathology discrepancy
DOCS.append(D("s44-022", "email", "Dr Ana Luísa Ferreira", """
From: Ferreira, Ana (Swansea Bay UHB - Cellular Pathology) <ana.ferreira2@wales.nhs.uk>
Sent: 09 April 2025 16:47
To: Bevan, Huw (Swansea Bay UHB - Cellular Pathology) <huw.bevan@wales.nhs.uk>
Cc: SBU Cellular Pathology Quality <sbu.cellpath.quality@wales.nhs.uk>
Subject: Discrepancy SB25-H-04417 - for April discrepancy/learning meeting

Huw,

Flagging one of mine for the meeting on the 24th. I originally reported SB25-H-04417 (gastric antral biopsies, Mr Dewi Thomas, 71) as chronic active gastritis with Helicobacter pylori and reactive atypia. Dr Kamal Hossain asked for a review because the endoscopic appearance was of a 2 cm ulcer with rolled edges. On deeper levels and with cytokeratin (AE1/AE3) there are scattered signet ring cells in the lamina propria - signet ring cell carcinoma (poorly cohesive). I have issued a supplementary report today and phoned Dr Hossain; the patient is being recalled for staging CT and repeat OGD.

I've completed an incident report (W-SBUHB-2025-13377) and drafted a reflection for my portfolio. Learning point for me: low threshold for keratin stains in ulcer-edge biopsies with any atypia.

Ana

----
From: Bevan, Huw
Sent: 10 April 2025 08:12
Subject: RE: Discrepancy SB25-H-04417

Thanks Ana - good, honest catch and handled properly. Happy to verify this and the reflection for your portfolio.
Huw Bevan, Consultant Histopathologist and Clinical Lead
""",
    [("ana.ferreira2@wales.nhs.uk", E), ("huw.bevan@wales.nhs.uk", E), ("sbu.cellpath.quality@wales.nhs.uk", E),
     ("SB25-H-04417", O), ("Dewi Thomas", P), ("Kamal Hossain", C), ("Hossain", C), ("W-SBUHB-2025-13377", REF)],
    ["Ferreira, Ana", "Ana", "Bevan, Huw", "Huw Bevan", "Helicobacter pylori", "signet ring cell carcinoma",
     "AE1/AE3", "09 April 2025", "2 cm ulcer", "71) as chronic active gastritis"]))

# ---------------------------------------------------------------- s44-023 GP consultation, Cornwall
DOCS.append(D("s44-023", "gp_consultation", "Dr Rajesh Venkataraman", """
EMIS Web consultation - 12-Feb-2025 10:20 - Dr R Venkataraman - Penwith Moor Surgery
Patient: Morwenna Tregear (F)   DOB 30/05/1979   NHS 633 902 1184   EMIS no 40221
Address: Chy an Mor, Trewellard Road, Pendeen, Penzance TR19 7SY    Mob 07700 900742

Problem: Low mood (new); ?perimenopause
History: 3/12 low mood, poor sleep, night sweats, hot flushes 6-8/day, cycles now 5-9 wks. Works nights as care assistant at Boskenna Care Home. Partner Jago away on the trawlers 10 days at a time. Son Kit (14) - "he's my reason". No SI, no self-harm, no plans. Alcohol 6 u/wk. Not smoking.
PHQ-9 16, GAD-7 11.
Examination: BP 128/82, BMI 27.1. Looks tired, good eye contact, reactive affect.
Comment: Mixed picture, vasomotor symptoms prominent; discussed HRT benefits/risks (NICE NG23), VTE risk low, no migraine with aura, no breast ca FH.
Plan:
- Evorel 50 patch twice weekly + Utrogestan 200 mg days 15-26 of cycle
- Self-refer NHS Talking Therapies - details given
- Safety net: crisis line, 111 option 2
- Fit note 2/52 - "menopausal symptoms, low mood"
- Review 6/52, repeat PHQ-9
""",
    [("Morwenna Tregear", P), ("633 902 1184", NHS), ("40221", H), ("Chy an Mor, Trewellard Road, Pendeen, Penzance", A),
     ("TR19 7SY", PC), ("07700 900742", PH), ("Boskenna Care Home", A), ("Jago", R), ("Kit", R)],
    ["Dr R Venkataraman", "Penwith Moor Surgery", "(F)", "30/05/1979", "PHQ-9 16", "GAD-7 11", "BP 128/82",
     "BMI 27.1", "NICE NG23", "Evorel 50 patch twice weekly", "Utrogestan 200 mg days 15-26", "111 option 2",
     "12-Feb-2025"]))

# ---------------------------------------------------------------- s44-024 GP suspected cancer referral
DOCS.append(D("s44-024", "referral_letter", "Dr Rajesh Venkataraman", """
SUSPECTED CANCER REFERRAL - LOWER GI
To: Colorectal Team, Royal Cornwall Hospitals NHS Trust (Royal Cornwall Hospital, Treliske)
Via e-RS, UBRN 0004 7712 9386    Date: 06/05/2025
From: Dr Rajesh Venkataraman, Penwith Moor Surgery

Patient: Mr Francis John Pascoe    DOB 04/10/1948    Male    NHS 912 446 0073
2 Fore Street, St Just, Penzance TR19 7LJ    Home 01632 960518
Please contact via daughter (wife Eileen is very hard of hearing): Mrs Tamsin Pascoe-Hart 07700 900129

Reason for referral (NICE NG12): positive FIT with iron-deficiency anaemia and weight loss.
FIT 187 ug Hb/g faeces (29/04/2025). Hb 98 g/L, MCV 74, ferritin 9 ug/L. Weight 71 kg, down from 78 kg in January.
History: change to looser stools for 8 weeks, some dark red blood mixed in. No abdominal mass palpable; PR - no palpable rectal lesion.
PMH: AF (apixaban 5 mg BD), hypertension, COPD (FEV1 62% predicted), right TKR 2019.
Performance status: WHO 1. Lives independently, still drives, fit for colonoscopy in my opinion.
Mr Pascoe is aware this is an urgent referral to exclude cancer and is available at short notice; he has no holiday planned.

Dr Rajesh Venkataraman, GP
""",
    [("0004 7712 9386", REF), ("Francis John Pascoe", P), ("Pascoe", P), ("912 446 0073", NHS),
     ("2 Fore Street, St Just, Penzance", A), ("TR19 7LJ", PC), ("01632 960518", PH), ("Eileen", R),
     ("Tamsin Pascoe-Hart", R), ("07700 900129", PH)],
    ["Royal Cornwall Hospitals NHS Trust", "Royal Cornwall Hospital, Treliske", "Dr Rajesh Venkataraman",
     "Penwith Moor Surgery", "04/10/1948", "Male", "NICE NG12", "FIT 187 ug Hb/g faeces", "Hb 98 g/L",
     "ferritin 9 ug/L", "apixaban 5 mg BD", "FEV1 62% predicted", "WHO 1", "06/05/2025"]))

# ---------------------------------------------------------------- s44-025 significant event analysis, GP
DOCS.append(D("s44-025", "significant_event_analysis", "Dr Rajesh Venkataraman", """
SIGNIFICANT EVENT ANALYSIS
Practice SEA ref: SEA/2024/07    Date of event: 18/06/2024    Meeting: 09/07/2024
Lead: Dr R Venkataraman    Present: Sue Angove (practice manager), Pip Roskilly (HCA), Dr Oliver Trethowan (salaried GP), reception lead

What happened
A routine U&E for Mrs D.T. (84, on ramipril 10 mg and spironolactone 25 mg, recently started on trimethoprim for a UTI) came back with potassium 6.8 mmol/L at 16:10. It was filed as "no action" by the locum, Dr Marcus Oyinlola, who was filing results for an absent colleague. The lab phoned at 17:45 but the message was taken by a receptionist (Leanne) and left in the duty doctor's tray after the duty doctor had gone home.

Outcome
I saw the result the next morning. Mrs D.T. was contacted and sent in; ECG showed peaked T waves. She was treated at RCH Treliske with calcium gluconate 10% 30 mL and insulin-dextrose, and discharged after 48 h. No lasting harm. Duty of candour conversation held with her and her son.

Why it happened
- No rule that "critical" phoned results go directly to a clinician.
- Locum filing without access to the practice's abnormal-results protocol.
- Trimethoprim prescribed without checking the interaction with ramipril/spironolactone.

Actions
1. Phoned critical results: reception to put through to any GP on site, or to the duty mobile; written into protocol (owner: practice manager).
2. Locum induction pack now includes results protocol.
3. Prescribing alert added for trimethoprim with ACE-i + MRA.
4. Reported to LFPSE, reference W118342.

Learning shared at the clinical meeting 16/07/2024.
Verified: Dr Hannah Kellow, GP Partner and GP Trainer
""",
    [("SEA/2024/07", REF), ("Sue Angove", C), ("Pip Roskilly", C), ("Oliver Trethowan", C), ("D.T.", P),
     ("Marcus Oyinlola", C), ("Leanne", C), ("W118342", REF)],
    ["Dr R Venkataraman", "ramipril 10 mg", "spironolactone 25 mg", "trimethoprim", "potassium 6.8 mmol/L",
     "RCH Treliske", "calcium gluconate 10% 30 mL", "Dr Hannah Kellow", "18/06/2024", "(84, on ramipril", "LFPSE"]))

# ---------------------------------------------------------------- s44-026 IMT minutes, public health Lothian
DOCS.append(D("s44-026", "imt_minutes", "Dr Mei-Ling Tan", """
NHS Lothian Health Protection Team
INCIDENT MANAGEMENT TEAM - STEC O157 cluster linked to a children's nursery
Meeting 2, 22/08/2024, 14:00 (MS Teams)    Incident ref: HPT/IMT/2024/014

Present: Dr Mei-Ling Tan, Specialty Doctor in Health Protection (Chair); Dr Anjali Deshpande, Consultant in Public Health Medicine; Craig Baxter, Environmental Health Officer, City of Edinburgh Council; Louise Tennant, Health Protection Nurse Specialist; Dr Olumide Bakare, Consultant Microbiologist; representative of the Scottish E. coli O157/STEC Reference Laboratory.

1. Situation
Four confirmed cases of STEC O157 (stx2 positive, same WGS cluster) with onset 10-17/08/2024, all linked to Wee Puffins Nursery, 3 Restalrig Terrace, Edinburgh EH6 8BQ.
 Case 1: A.M., 3 y, CHI 0312214418 - HUS, Royal Hospital for Children and Young People, peritoneal dialysis since 19/08.
 Case 2: R.K., 2 y, CHI 2601227751 - bloody diarrhoea, at home, improving.
 Case 3: J.S., 24 y, nursery practitioner - asymptomatic, screened positive.
 Case 4: sibling of Case 1, 6 y, attends Leith Links Primary - mild diarrhoea.

2. Actions agreed
- Exclusion of all cases and symptomatic contacts until 2 consecutive negative stool samples taken at least 24 h apart (Public Health Scotland STEC guidance, 2018); household contacts under 5 screened.
- Nursery: EHO inspection done 21/08; sand pit and water play closed; hand hygiene audit.
- Letter to parents (draft approved, sent today) and to GPs in the area.
- Health Protection Scotland/PHS informed; HPZone context number created.

3. Next IMT 26/08/2024, 14:00.

Minutes approved: Dr Mei-Ling Tan (Chair) and Dr Anjali Deshpande
""",
    [("HPT/IMT/2024/014", REF), ("Craig Baxter", C), ("Louise Tennant", C), ("Olumide Bakare", C),
     ("Wee Puffins Nursery", A), ("3 Restalrig Terrace, Edinburgh", A), ("EH6 8BQ", PC), ("A.M.", P),
     ("0312214418", NHS), ("R.K.", P), ("2601227751", NHS), ("J.S.", P), ("Leith Links Primary", A)],
    ["NHS Lothian", "Dr Mei-Ling Tan", "Dr Anjali Deshpande", "City of Edinburgh Council",
     "Royal Hospital for Children and Young People", "STEC O157", "stx2", "HUS", "3 y",
     "Public Health Scotland STEC guidance, 2018", "22/08/2024", "26/08/2024"]))

# ---------------------------------------------------------------- s44-027 service evaluation, no identifiers
DOCS.append(D("s44-027", "service_evaluation", "Dr Mei-Ling Tan", """
Service evaluation: latent TB infection (LTBI) testing of new entrants, 2023-24
Dr Mei-Ling Tan, Specialty Registrar (Public Health) at the time; now Specialty Doctor in Health Protection
Host: UKHSA East Midlands Health Protection Team, with the regional TB control board

Aim: To measure uptake and completion along the LTBI testing and treatment pathway for new entrants aged 16-35 from countries with TB incidence of 150 per 100,000 or more, against the standards in the national LTBI programme and NICE NG33.

Method: Anonymised extract from the programme database (no patient-level data left the provider). Period 01/04/2023 - 31/03/2024.

Results:
- Eligible registrations identified by practices: 1,412
- Offered IGRA test: 1,137 (80.5%)
- Tested: 903 (79.4% of those offered)
- IGRA positive: 139 (15.4%)
- Started treatment (3RH or 6H): 97 (69.8% of positives)
- Completed treatment: 81 (83.5% of starters)
Main reasons for drop-out: change of address, not registering with a GP after dispersal, hepatotoxicity concerns.

Recommendations: text-message reminders in first language; offering treatment in the practice rather than the TB clinic; data-sharing agreement for dispersed asylum seekers.
Presented to the TB control board, 14/06/2024. Supervisor sign-off: Dr Anjali Deshpande.
""",
    [],
    ["Dr Mei-Ling Tan", "UKHSA", "NICE NG33", "150 per 100,000", "1,412", "80.5%", "IGRA positive: 139 (15.4%)",
     "3RH or 6H", "83.5%", "14/06/2024", "Dr Anjali Deshpande", "01/04/2023"]))

# ---------------------------------------------------------------- s44-028 fracture clinic letter, Altnagelvin
DOCS.append(D("s44-028", "clinic_letter", "Dr Kwabena Owusu-Ansah", """
Western Health and Social Care Trust
Fracture Clinic, Altnagelvin Area Hospital
Tel 028 9649 6210

Our ref: T&O/KOA/4471
Date: 05/11/2024

Dr Dympna Gallagher
Foyleview Medical Practice
22 Crescent Link, Londonderry BT47 6XT

Dear Dr Gallagher

Re: Master Odhran McLaughlin    DOB 17/01/2012    H&C No 341 552 8190
8 Drumahoe Heights, Londonderry BT47 3QN

Diagnosis: Displaced Salter-Harris II fracture, distal radius, left (non-dominant), 26/10/2024
Treatment: MUA and above-elbow cast, 27/10/2024

Odhran is 12. He fell playing Gaelic football for his school team at St Brecan's College. Under GA we achieved a good reduction; no K-wires were needed.

He came with his mum, Deirdre, today, 10 days after the manipulation. Check radiographs show the position is maintained (dorsal angulation 5 degrees, less than 10% translation). Neurovascular status normal; no pain at rest.

Plan:
- Change to a below-elbow cast today for a further 3 weeks, then out of cast with a fracture-clinic physio review.
- No contact sport or PE for 6 weeks after the cast comes off. Letter for school given to Deirdre.
- Warned of the small risk of growth disturbance; we will X-ray at 6 months.

Yours sincerely

Dr Kwabena Owusu-Ansah
Specialty Doctor, Trauma and Orthopaedics
""",
    [("028 9649 6210", PH), ("T&O/KOA/4471", REF), ("Dympna Gallagher", C), ("Gallagher", C),
     ("Foyleview Medical Practice", A), ("22 Crescent Link, Londonderry", A), ("BT47 6XT", PC),
     ("Odhran McLaughlin", P), ("Odhran", P), ("341 552 8190", NHS), ("8 Drumahoe Heights, Londonderry", A),
     ("BT47 3QN", PC), ("St Brecan's College", A), ("Deirdre", R)],
    ["Western Health and Social Care Trust", "Altnagelvin Area Hospital", "17/01/2012",
     "Salter-Harris II fracture", "dorsal angulation 5 degrees", "less than 10% translation",
     "Dr Kwabena Owusu-Ansah", "05/11/2024", "is 12. He fell", "6 months"]))

# ---------------------------------------------------------------- s44-029 hip hemiarthroplasty op note
DOCS.append(D("s44-029", "operation_note", "Dr Kwabena Owusu-Ansah", """
ALTNAGELVIN AREA HOSPITAL - THEATRE 3 - OPERATION NOTE    Date 14/01/2025
Patient: Mrs Margaret (Peggy) Doherty    87 F    DOB 02/02/1937    H&C 398 220 1547    Hosp no A0773316
Admitted from Ardmore Lodge Nursing Home, 13/01/2025 (fall from standing). AMTS 6/10, 4AT 5. Nottingham Hip Fracture Score 5. ASA 3.

Surgeon: Dr K. Owusu-Ansah (Specialty Doctor)    Assistant: Dr Eoin Cassidy (CT2)
Anaesthetist: Dr Parminder Sahota - spinal (0.5% heavy bupivacaine 2.4 mL) + fascia iliaca block, light sedation.

Diagnosis: Displaced intracapsular fracture neck of femur, left (Garden IV)
Procedure: Left cemented hemiarthroplasty, lateral (Hardinge) approach
Implants: Exeter V40 stem 44 mm offset size 1, REF 0580-1-441, SN 40993871; Unitrax unipolar head 47 mm, SN 41180246; Simplex P cement with gentamicin.
BCIS precautions (per AAGBI/BOA guideline): surgeon-anaesthetist communication before cementing, canal lavage and suction, retrograde cementing with a gun, no hypotension recorded.
Closure: 1 Vicryl to gluteus medius and fascia, 2-0 Vicryl, clips. EBL 300 mL.
NJR consent form signed by next of kin (son, Francis Doherty), patient lacks capacity for this decision.

Post-op: full weight-bearing as tolerated, orthogeriatric review (NICE CG124), cefuroxime 1.5 g x 3 doses, enoxaparin 40 mg for 28 days, check Hb and X-ray day 1.
Signed: K. Owusu-Ansah
""",
    [("Margaret (Peggy) Doherty", P), ("Peggy", P), ("398 220 1547", NHS), ("A0773316", H),
     ("Ardmore Lodge Nursing Home", A), ("Eoin Cassidy", C), ("Parminder Sahota", C), ("40993871", O),
     ("41180246", O), ("Francis Doherty", R)],
    ["ALTNAGELVIN AREA HOSPITAL", "THEATRE 3", "87 F", "02/02/1937", "AMTS 6/10", "4AT 5",
     "Nottingham Hip Fracture Score 5", "ASA 3", "Dr K. Owusu-Ansah", "K. Owusu-Ansah", "Garden IV",
     "0.5% heavy bupivacaine 2.4 mL", "Exeter V40", "REF 0580-1-441", "Unitrax unipolar head 47 mm",
     "BCIS", "AAGBI/BOA", "NICE CG124", "cefuroxime 1.5 g", "enoxaparin 40 mg", "EBL 300 mL", "14/01/2025"]))

# ---------------------------------------------------------------- s44-030 MSF summary, no identifiers
DOCS.append(D("s44-030", "msf_summary", "Dr Kwabena Owusu-Ansah", """
MULTI-SOURCE FEEDBACK (360 degree) - SUMMARY REPORT
Doctor: Dr Kwabena Owusu-Ansah, Specialty Doctor, Trauma and Orthopaedics
Organisation: Western Health and Social Care Trust (Altnagelvin Area Hospital)
Feedback window: 01/09/2024 - 31/10/2024    Released by: Mr Declan Mullan, Consultant Orthopaedic Surgeon (educational supervisor)

Responses: 17 (consultants 4, doctors in training 5, nurses/theatre staff 6, physiotherapy/OT 2)
Scale 1 (poor) to 6 (excellent). Mean (range):
- Clinical knowledge and skills: 5.4 (4-6)
- Working with colleagues: 5.6 (5-6)
- Communication with patients and relatives: 5.3 (4-6)
- Teaching and supervision: 5.1 (3-6)
- Time management and reliability: 4.9 (3-6)
- Overall, would you trust this doctor to provide care unsupervised at this level: Yes 17/17

Selected free-text comments:
"Very safe pair of hands on the trauma list, explains things to the juniors as he goes."
"Always calm in fracture clinic even when it is overbooked."
"Sometimes stays late to finish notes - could delegate more."
"Excellent with frightened older patients and their families."

Supervisor summary: Strong feedback across all domains. Agreed development: time management and delegation in clinic; plan to take a formal teaching role on the FY teaching programme.
Signed: Mr Declan Mullan    Date: 12/11/2024
""",
    [],
    ["Dr Kwabena Owusu-Ansah", "Western Health and Social Care Trust", "Altnagelvin Area Hospital", "Mr Declan Mullan",
     "Responses: 17", "5.4 (4-6)", "4.9 (3-6)", "Yes 17/17", "12/11/2024", "01/09/2024"]))
