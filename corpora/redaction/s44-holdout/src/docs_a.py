from common import D

P = "PATIENT_NAME"; R = "RELATIVE_NAME"; C = "COLLEAGUE_NAME"; A = "ADDRESS"; PC = "POSTCODE"
PH = "PHONE"; E = "EMAIL"; NHS = "NHS_NUMBER"; H = "HOSPITAL_NUMBER"; REF = "REFERENCE_NUMBER"
GMC = "GMC_NUMBER"; URL = "URL"; O = "OTHER_ID"

DOCS = []

# ---------------------------------------------------------------- s44-001 acute medicine clinic letter, Leeds
DOCS.append(D("s44-001", "clinic_letter", "Dr Oluwaseun Adeyemi", """
Leeds Teaching Hospitals NHS Trust
Same Day Emergency Care, St James's University Hospital
Tel 0113 496 0412

Our ref: SDEC/24/3318
Clinic date: 12/03/2024

Dr Helen Marsh
Chapeltown Family Practice
41 Roundhay Road
Leeds LS7 3BQ

Dear Dr Marsh

Re: Mr Desmond Achterberg   DOB 02/09/1957
NHS No 483 221 9074   Hosp No K3318207
27 Stainbeck Gardens, Leeds LS7 2PR

Diagnosis: provoked left popliteal DVT (long-haul flight, 11 h)
Wells score 2. D-dimer 1,840 ng/mL FEU. Duplex 11/03/2024: non-occlusive thrombus in the left popliteal vein.

Mr Achterberg is a 66-year-old retired quantity surveyor. He flew home after visiting his son Pieter on 6 March and noticed calf swelling two days later. No previous VTE, no features of active cancer, no family history. eGFR 78, platelets 241, weight 92 kg.

Plan: apixaban 10 mg twice daily for 7 days, then 5 mg twice daily for a total of 3 months. He has the anticoagulant alert card and leaflet. His wife Marjorie will bring him to the review. Please do not stop the apixaban before we see him again at 12 weeks; we will decide then about extended treatment.

Yours sincerely

Dr Oluwaseun Adeyemi
Specialty Doctor, Acute Medicine, GMC 7134552

cc Mr D Achterberg
""",
    [("0113 496 0412", PH), ("SDEC/24/3318", REF), ("Helen Marsh", C), ("Marsh", C),
     ("Chapeltown Family Practice", A), ("41 Roundhay Road\nLeeds", A), ("LS7 3BQ", PC),
     ("Desmond Achterberg", P), ("Achterberg", P), ("D Achterberg", P), ("483 221 9074", NHS),
     ("K3318207", H), ("27 Stainbeck Gardens, Leeds", A), ("LS7 2PR", PC), ("Pieter", R), ("Marjorie", R)],
    ["Leeds Teaching Hospitals NHS Trust", "St James's University Hospital", "02/09/1957", "Wells score 2",
     "D-dimer 1,840 ng/mL FEU", "apixaban 10 mg twice daily", "5 mg twice daily", "66-year-old", "eGFR 78",
     "12/03/2024", "Dr Oluwaseun Adeyemi", "7134552", "12 weeks"]))

# ---------------------------------------------------------------- s44-002 discharge summary, Leeds AMU
DOCS.append(D("s44-002", "discharge_summary", "Dr Oluwaseun Adeyemi", """
DISCHARGE SUMMARY - Ward J27 (Acute Medical Unit), St James's University Hospital
Patient: BEGUM, Shahnaz    MRN: K4720981    NHS: 6012847735
DOB: 19/11/1944 (F)    Address: Flat 3, Harehills Court, 118 Harehills Lane, Leeds LS9 6AH
Admitted: 04/01/2025 via ED (attendance no. ED25-000417)    Discharged: 09/01/2025
Consultant: Dr R. Whitfield    Discharging doctor: Dr O. Adeyemi (Specialty Doctor)
GP: Dr S. Iqbal, Harehills Health Centre

Dx: Community-acquired pneumonia, RLL, CURB-65 3
PMH: T2DM (HbA1c 71 mmol/mol), CKD G3b, AF on edoxaban 30 mg OD
Course: IV co-amoxiclav 1.2 g TDS + clarithromycin 500 mg BD, oral switch day 3. CRP 287 -> 41. Na 129 on admission (hypovolaemic), corrected with 0.9% saline. AKI stage 1, creat peak 168, 121 on discharge.
Communication: daughter-in-law Rukhsana Begum interprets (Sylheti); pt declines telephone interpreter. Rukhsana's mobile 07700 900318.
Follow-up: CXR at 6 weeks. GP please repeat U&E in 1 week. Edoxaban dose reviewed - stays 30 mg (CrCl 38 mL/min).
Meds on discharge: amoxicillin 500 mg TDS for 2 more days; edoxaban 30 mg OD; metformin 500 mg BD (restart when eGFR stable); linagliptin 5 mg OD.
""",
    [("BEGUM, Shahnaz", P), ("K4720981", H), ("6012847735", NHS),
     ("Flat 3, Harehills Court, 118 Harehills Lane, Leeds", A), ("LS9 6AH", PC), ("ED25-000417", H),
     ("R. Whitfield", C), ("S. Iqbal", C), ("Harehills Health Centre", A), ("Rukhsana Begum", R),
     ("Rukhsana", R), ("07700 900318", PH)],
    ["Ward J27", "St James's University Hospital", "19/11/1944", "(F)", "Dr O. Adeyemi", "CURB-65 3",
     "HbA1c 71 mmol/mol", "edoxaban 30 mg OD", "co-amoxiclav 1.2 g TDS", "clarithromycin 500 mg BD",
     "CRP 287 -> 41", "Na 129", "CrCl 38 mL/min", "04/01/2025", "09/01/2025", "linagliptin 5 mg OD"]))

# ---------------------------------------------------------------- s44-003 CbD, acute medicine
DOCS.append(D("s44-003", "wba_cbd", "Dr Oluwaseun Adeyemi", """
Case-based Discussion (CbD) - Acute Internal Medicine
Doctor: Dr Oluwaseun Adeyemi    GMC 7134552
Assessor: Dr Rebecca Whitfield, Consultant Acute Physician (GMC 4421983)
Date of discussion: 22/05/2024    Setting: AMU, St James's University Hospital

Case: 81-year-old woman (pt T.McG, unit no. K2093318) admitted with fast AF (rate 148) and decompensated heart failure; NT-proBNP 6,420 ng/L, K 3.4.

Summary of discussion: We went through the notes of the first 24 h. Dr Adeyemi explained his choice of rate control over rhythm control (symptom onset unclear, no TOE available out of hours), loading with digoxin 500 micrograms IV then oral, and cautious bisoprolol 1.25 mg once the furosemide infusion had started to work. CHA2DS2-VASc 5, ORBIT 2, started apixaban 5 mg BD after discussion with the patient and her daughter. He recognised that the potassium should have been replaced before the digoxin and has since written this into the AMU AF proforma.

Assessor comments: Clear, well-documented reasoning; good shared decision-making about anticoagulation in an older patient with falls. Could consider earlier echo request. 
Entrustment: Level 3 - could manage with supervision at a distance.
Curriculum mapping: CiP 1, CiP 3, CiP 6.

Signed: Dr R Whitfield    22/05/2024
Exported from ePortfolio: https://www.nhseportfolios.org/Anon/Assessment/CbD/View/778123
""",
    [("4421983", GMC), ("T.McG", P), ("K2093318", H),
     ("https://www.nhseportfolios.org/Anon/Assessment/CbD/View/778123", URL)],
    ["Dr Oluwaseun Adeyemi", "7134552", "Dr Rebecca Whitfield", "Dr R Whitfield", "Dr Adeyemi",
     "St James's University Hospital", "81-year-old", "NT-proBNP 6,420 ng/L", "digoxin 500 micrograms IV",
     "bisoprolol 1.25 mg", "CHA2DS2-VASc 5", "ORBIT 2", "apixaban 5 mg BD", "Level 3", "CiP 1",
     "22/05/2024"]))

# ---------------------------------------------------------------- s44-004 reflection, no identifiers
DOCS.append(D("s44-004", "reflection", "Dr Oluwaseun Adeyemi", """
Reflective entry - Dr Oluwaseun Adeyemi, Specialty Doctor, Acute Medicine
Date of event: night of 17/10/2024    Written: 21/10/2024
Framework: Gibbs reflective cycle

Description
At about 03:00 I was asked to review a man in his seventies on the acute medical unit with a NEWS2 of 7. He had come in the previous afternoon with a urinary tract infection. I found him confused, BP 84/50, lactate 4.6. I started the Sepsis Six, gave 500 mL Hartmann's twice and escalated to the critical care outreach team. He was admitted to ICU at 05:10 and survived.

Feelings
I was frustrated that the deterioration had been building since midnight; the observations had been done but escalation had not happened. I was also anxious because I was covering two wards and the admissions unit alone.

Evaluation and analysis
The trigger had been recorded on the electronic system but the alert went to a bleep that had been handed over incorrectly at the 21:00 handover. I did not blame the nursing team; the process was the problem. I also recognised that my own plan from the evening review ("repeat obs in 4 h") was not specific enough about what to do if the score rose.

Action plan
1. I now write explicit escalation parameters on every acute review ("call doctor if NEWS2 5 or more, or SBP below 90").
2. I raised the bleep handover problem at the AMU governance meeting on 07/11/2024; it is now a fixed item in the night handover checklist.
3. I will re-audit time from NEWS2 trigger to medical review on the unit in six months.

Learning mapped to: GMP Domain 2 (safety and quality), CiP 2 and CiP 5.
""",
    [],
    ["Dr Oluwaseun Adeyemi", "Gibbs reflective cycle", "NEWS2 of 7", "BP 84/50", "lactate 4.6", "Sepsis Six",
     "500 mL Hartmann's", "17/10/2024", "21/10/2024", "07/11/2024", "GMP Domain 2", "03:00", "05:10"]))

# ---------------------------------------------------------------- s44-005 paediatric clinic letter, Cardiff
DOCS.append(D("s44-005", "clinic_letter", "Dr Priya Raghunathan", """
Bwrdd Iechyd Prifysgol Caerdydd a'r Fro / Cardiff and Vale University Health Board
Children's Outpatients, Noah's Ark Children's Hospital for Wales
Ffon / Tel: 029 2018 0377

Ein cyf / Our ref: PAED/PR/0921
Dictated: 17/10/2023   Typed: 23/10/2023

Dr Gareth Pryce-Jones
Ely Bridge Surgery
Cowbridge Road West
Cardiff CF5 4BQ

Dear Dr Pryce-Jones

Cai Llewellyn-Hughes   DOB 08/06/2016   NHS no 726 884 1093   CRN P1109822
21 Heol Trelai, Caerau, Cardiff CF5 5LL

Diagnoses: 1. Asthma, poorly controlled (ACT 14)  2. Allergic rhinitis  3. Atopic eczema

I saw Cai with his mum, Bethan, in clinic today. He is 7 and in Year 3 at Ysgol Gymraeg Pwll Coch. He has had two admissions with acute asthma since March, the last needing three back-to-back salbutamol nebulisers and a dose of IV magnesium sulfate (40 mg/kg). He misses about a day of school a fortnight.

His inhaler technique with the MDI and spacer was poor and he had not been using his preventer regularly. FeNO today 42 ppb. Weight 24.1 kg (50th centile), height 124 cm.

Plan
- Switch to paediatric low-dose MART: Symbicort 100/6 Turbohaler, 1 puff twice daily and 1 puff as needed (maximum 8 puffs a day), as per the BTS/NICE/SIGN asthma guideline (2024).
- Personalised asthma action plan given in English and Welsh; copy sent to the school nurse, Mrs Angharad Lloyd.
- Continue cetirizine 5 mg daily and emollients.
- Dad, Rhodri, smokes (outside only, he says). Bethan will pass on details of Help Me Quit.
- Review in 3 months with repeat FeNO.

Yn gywir / Yours sincerely

Dr Priya Raghunathan
Specialty Doctor in Paediatrics
""",
    [("029 2018 0377", PH), ("PAED/PR/0921", REF), ("Gareth Pryce-Jones", C), ("Pryce-Jones", C),
     ("Ely Bridge Surgery", A), ("Cowbridge Road West\nCardiff", A), ("CF5 4BQ", PC),
     ("Cai Llewellyn-Hughes", P), ("Cai", P), ("726 884 1093", NHS), ("P1109822", H),
     ("21 Heol Trelai, Caerau, Cardiff", A), ("CF5 5LL", PC), ("Bethan", R), ("Ysgol Gymraeg Pwll Coch", A),
     ("Angharad Lloyd", C), ("Rhodri", R)],
    ["Cardiff and Vale University Health Board", "Noah's Ark Children's Hospital for Wales", "08/06/2016",
     "ACT 14", "FeNO today 42 ppb", "magnesium sulfate (40 mg/kg)", "Symbicort 100/6 Turbohaler",
     "BTS/NICE/SIGN asthma guideline (2024)", "cetirizine 5 mg daily", "Weight 24.1 kg", "Help Me Quit",
     "Dr Priya Raghunathan", "17/10/2023"]))

# ---------------------------------------------------------------- s44-006 paediatric on-call handover
DOCS.append(D("s44-006", "on_call_handover", "Dr Priya Raghunathan", """
Paeds night handover 02/02/2024 -> day team. UHW Children's Assessment Unit + ward.
From: Dr P Raghunathan (SAS, middle grade)   To: Dr K. Oyelaran (ST4)

1. CAU bed 4 - Amelia-Rose P., 3y, P1203345. Viral-induced wheeze. Burst salbutamol 10 puffs 2-hourly, now 4-hourly since 05:00. Sats 94% RA. Pred day 1 of 3 (20 mg). Dad (Jordan) staying. Home later if holds 4-hourly.

2. Bed 7 - baby Zayn Ahmadi, 6/52, NHS 918 337 4021. Temp 38.4, full septic screen. LP traumatic (RBC 2,400), CSF glucose 2.9 / blood 5.1. Cefotaxime 50 mg/kg 6-hourly + amoxicillin. Cultures pending. Mum Parisa very anxious - please update her after ward round, she speaks Dari; interpreter booked 10:00.

3. Bed 9 - 14/12 girl, Lily-Mae Cornish, spiral fracture L humerus, mechanism given "rolled off sofa". Skeletal survey done, CT head normal. CP medical booked 09:00 with Dr Ffion Davies (community paeds). Social worker on call Darren Walsh aware, EDT ref CV/EDT/24/0563. South Wales Police PPU informed, occurrence 62400031877. Nobody to take her home until strategy meeting.

4. NNU asked for no input overnight.

Jobs: chase bed 7 cultures 12:00; bed 4 TTOs.
""",
    [("K. Oyelaran", C), ("Amelia-Rose P.", P), ("P1203345", H), ("Jordan", R), ("Zayn Ahmadi", P),
     ("918 337 4021", NHS), ("Parisa", R), ("Lily-Mae Cornish", P), ("Ffion Davies", C), ("Darren Walsh", C),
     ("CV/EDT/24/0563", REF), ("62400031877", REF)],
    ["Dr P Raghunathan", "Children's Assessment Unit", "bed 4", "Bed 7", "Bed 9", "Sats 94% RA",
     "Temp 38.4", "Cefotaxime 50 mg/kg 6-hourly", "CSF glucose 2.9", "6/52", "14/12", "02/02/2024",
     "spiral fracture L humerus", "Pred day 1 of 3 (20 mg)"]))

# ---------------------------------------------------------------- s44-007 operation note, Glasgow
DOCS.append(D("s44-007", "operation_note", "Dr Mohammed Al-Khatib", """
NHS Greater Glasgow and Clyde - Queen Elizabeth University Hospital
OPERATION NOTE

Patient: Catriona MacLeod    DOB 17/08/1989 (F)    CHI 1708894426    Unit no 0904417K
Date: 03/07/2024    Theatre 12 (Emergency)    ASA 1
Surgeon: Mr M. Al-Khatib (Specialty Doctor)    Assistant: Dr Euan Baird (FY2)
Anaesthetist: Dr Ilona Kovacs    Scrub: SN Grace Mwangi

Procedure: Laparoscopic appendicectomy
Indication: RIF pain 36 h, Alvarado 8, WCC 16.2, CRP 94. USS: non-compressible appendix 9 mm. bHCG negative.

Findings: Gangrenous appendix, no perforation. 20 mL turbid fluid in the pelvis. Normal ovaries and tubes.

Procedure: Open Hasson entry at umbilicus (12 mm), 5 mm ports suprapubic and LIF. Mesoappendix divided with bipolar. Base secured with 2 Endoloops, appendix removed in retrieval bag. Pelvic washout 1 L warm saline. Umbilical sheath closed with 0 Vicryl, skin 3-0 Monocryl subcuticular. LA: levobupivacaine 0.25% 20 mL to port sites.

Specimen: appendix to pathology (lab no G24.13370).
Post-op: IV co-amoxiclav 1.2 g TDS for 48 h then review; eat and drink; enoxaparin 40 mg SC OD; discharge when eating if afebrile.

Signed: M. Al-Khatib    03/07/2024 16:40
""",
    [("Catriona MacLeod", P), ("1708894426", NHS), ("0904417K", H), ("Euan Baird", C), ("Ilona Kovacs", C),
     ("Grace Mwangi", C), ("G24.13370", O)],
    ["NHS Greater Glasgow and Clyde", "Queen Elizabeth University Hospital", "17/08/1989", "(F)",
     "Mr M. Al-Khatib", "M. Al-Khatib", "Theatre 12", "ASA 1", "Alvarado 8", "WCC 16.2", "CRP 94",
     "3-0 Monocryl", "levobupivacaine 0.25% 20 mL", "co-amoxiclav 1.2 g TDS", "enoxaparin 40 mg SC OD",
     "03/07/2024", "Laparoscopic appendicectomy"]))

# ---------------------------------------------------------------- s44-008 eLogbook extract
DOCS.append(D("s44-008", "logbook_extract", "Dr Mohammed Al-Khatib", """
eLogbook - consolidation report 01/01/2024 to 30/06/2024
Surgeon: Mohammed Al-Khatib    GMC 7420117
Hospitals: Queen Elizabeth University Hospital; Royal Alexandra Hospital

Date       | Pt ID     | Age/Sex | Procedure                               | Urgency   | Role
04/01/2024 | 0812260M  | 54 M    | Laparoscopic cholecystectomy            | Elective  | P
11/01/2024 | 1130557R  | 71 F    | Laparoscopic cholecystectomy (difficult, subtotal) | Elective | S-TS
19/01/2024 | 0672915T  | 33 M    | Incision and drainage perianal abscess  | Emergency | P
02/02/2024 | 1019944A  | 62 M    | Open inguinal hernia repair (Lichtenstein) | Day case | P
14/02/2024 | 0451203K  | 88 F    | Laparotomy, small bowel resection (strangulated femoral hernia) | Emergency | S-TU
14/02/2024 | 0923318B  | 26 F    | Laparoscopic appendicectomy             | Emergency | P
07/03/2024 | 1150042C  | 47 M    | Hartmann's procedure (perforated diverticulitis, Hinchey III) | Emergency | A
21/03/2024 | 0388125L  | 39 F    | Excision pilonidal sinus, Bascom cleft lift | Elective | P
Note 14/02: pt JMcK readmitted day 6 with collection, drained radiologically (CD IIIa).

Totals for period: 142 procedures (P 71, S-TS 38, S-TU 19, A 14). Laparoscopic cholecystectomy 31 (P 19).
Emergency laparotomy 18. NELA data submitted for all.

Verified as an accurate record:
Mr Alasdair Rennie, Consultant Colorectal Surgeon and Educational Supervisor, 08/07/2024
""",
    [("0812260M", H), ("1130557R", H), ("0672915T", H), ("1019944A", H), ("0451203K", H), ("0923318B", H),
     ("1150042C", H), ("0388125L", H), ("JMcK", P)],
    ["Mohammed Al-Khatib", "7420117", "Queen Elizabeth University Hospital", "Royal Alexandra Hospital",
     "Hinchey III", "CD IIIa", "142 procedures", "Laparoscopic cholecystectomy 31 (P 19)", "NELA",
     "Mr Alasdair Rennie", "08/07/2024", "Lichtenstein", "Bascom cleft lift", "54 M", "88 F"]))

# ---------------------------------------------------------------- s44-009 surgical clinic letter, Paisley
DOCS.append(D("s44-009", "clinic_letter", "Dr Mohammed Al-Khatib", """
General Surgery Outpatients, Royal Alexandra Hospital
NHS Greater Glasgow and Clyde
Direct line 0141 496 0728

Our ref: MAK/GS/ML/2291
Date: 29/04/2024

Dr Niamh Gallacher
Glenburn Health Centre
Fairway Avenue, Paisley PA2 8DX

Dear Dr Gallacher

Re: Mr Stuart Ferguson, DOB 30/01/1971, CHI 3001712258
44 Glenpatrick Road, Elderslie, Johnstone PA5 9AE

Thank you for referring this 53-year-old forklift driver, who works shifts at Inchinnan Logistics Park, with a 4-month history of a right groin lump.

On examination there is a reducible right inguinal hernia (EHS classification L2), no contralateral hernia. BMI 34. He smokes 15 a day. No significant comorbidity; ASA 2.

I have listed him for an open right inguinal hernia repair with mesh (Lichtenstein) as a day case under general anaesthetic. I have explained the risks, including chronic groin pain (around 10%), recurrence, haematoma and infection, and given him the patient information leaflet. He should expect to be off heavy lifting for 4 to 6 weeks; he asked for a letter for his employer, which I have given him. I have strongly advised him to stop smoking before surgery and referred him to Quit Your Way Scotland. His partner, Lorraine, will collect him after the operation.

Yours sincerely

Mr Mohammed Al-Khatib
Specialty Doctor in General Surgery
""",
    [("0141 496 0728", PH), ("MAK/GS/ML/2291", REF), ("Niamh Gallacher", C), ("Gallacher", C),
     ("Glenburn Health Centre", A), ("Fairway Avenue, Paisley", A), ("PA2 8DX", PC), ("Stuart Ferguson", P),
     ("3001712258", NHS), ("44 Glenpatrick Road, Elderslie, Johnstone", A), ("PA5 9AE", PC),
     ("Inchinnan Logistics Park", A), ("Lorraine", R)],
    ["Royal Alexandra Hospital", "NHS Greater Glasgow and Clyde", "30/01/1971", "53-year-old",
     "EHS classification L2", "BMI 34", "ASA 2", "Lichtenstein", "around 10%", "Quit Your Way Scotland",
     "Mr Mohammed Al-Khatib", "29/04/2024"]))

# ---------------------------------------------------------------- s44-010 psychiatry ward round, Birmingham
DOCS.append(D("s44-010", "ward_round_note", "Dr Nilufar Chowdhury", """
WR 14/08/2025 - Larch Ward, Oleaster (Birmingham and Solihull Mental Health NHS Foundation Trust)
Present: Dr N Chowdhury (SAS), Dr Lukas Brenner (ST5), CN Shirin Ahmadzai, OT Kayleigh Booth, pt, IMHA (Rachel, POhWER)

Pt: Kieran Doyle    RiO 1184403    NHS 445 019 2237    DOB 23/03/1998 M
Legal: s3 MHA 1983, day 41. SOAD visit due wk of 18/08. s17 leave: 1 h escorted grounds.

S: Kieran says voices "quieter", still hears the commentary at night. Sleeping 6-7 h. Wants leave to see friends.
O: Calm, good rapport, less guarded. Some thought disorder persists. No passivity today. PANSS positive 22 (was 29 on admission).
Clozapine titration day 18 - now 200 mg nocte. Level sent Mon, pending. ANC 3.1, WCC 6.8. Pulse 104 (tachy, monitor), BP 118/76, temp 36.9. Constipated 3 days -> senna 15 mg + Laxido 1 sachet BD; bowel chart.
Mum (Siobhan) phoned ward Tues - worried re cannabis use when he was last on leave in Kingstanding. Discussed with Kieran, he accepts UDS before/after leave.
Risk: HCR-20 reviewed, no change - risk to others moderate, linked to substance use and non-adherence.

Plan:
1. Continue clozapine titration per protocol, next +25 mg Fri if obs OK. ECG + troponin/CRP Mon (myocarditis screen wk 4).
2. s17 leave unchanged this week.
3. Dual diagnosis worker referral.
4. Family meeting with Siobhan - offer date next week.

N Chowdhury, Specialty Doctor, General Adult Psychiatry
""",
    [("Lukas Brenner", C), ("Shirin Ahmadzai", C), ("Kayleigh Booth", C), ("Rachel", C), ("Kieran Doyle", P),
     ("Kieran", P), ("1184403", H), ("445 019 2237", NHS), ("Siobhan", R), ("Kingstanding", A)],
    ["Larch Ward", "Oleaster", "Birmingham and Solihull Mental Health NHS Foundation Trust", "Dr N Chowdhury",
     "N Chowdhury", "23/03/1998", "s3 MHA 1983", "PANSS positive 22", "200 mg nocte", "ANC 3.1",
     "senna 15 mg", "Laxido 1 sachet BD", "HCR-20", "s17 leave", "14/08/2025", "Pulse 104"]))

# ---------------------------------------------------------------- s44-011 coroner statement
DOCS.append(D("s44-011", "coroner_statement", "Dr Nilufar Chowdhury", """
STATEMENT FOR HM SENIOR CORONER, BIRMINGHAM AND SOLIHULL

Inquest touching the death of: Mr Marcus Anthony Fairclough
Coroner's reference: 01287/2024
Date of death: 19/02/2024

Statement of: Dr Nilufar Chowdhury MBBS MRCPsych, Specialty Doctor, Solihull Home Treatment Team, Birmingham and Solihull Mental Health NHS Foundation Trust. GMC number 7288134.

1. I have worked as a Specialty Doctor in the Solihull Home Treatment Team (HTT) since September 2021. I make this statement from my own memory and from the RiO clinical record.

2. I first assessed Mr Fairclough on 07/02/2024 at his home, 9 Lyndon Croft, Shirley, Solihull B90 2QT, together with Community Psychiatric Nurse Dean Okonkwo-Reid. Mr Fairclough, who was 52, had been referred by the liaison psychiatry team after an overdose of 24 x 500 mg paracetamol on 03/02/2024, treated with acetylcysteine.

3. His sister, Mrs Janice Holbrook, was present for part of the assessment. Mr Fairclough described low mood for three months following redundancy. He denied current suicidal intent and agreed to daily HTT visits. I recorded a formulation of moderate risk using the trust's risk assessment and safety plan; we removed stockpiled medicines with his agreement and Mrs Holbrook agreed to hold his prescriptions.

4. Mr Fairclough was discussed at the HTT multidisciplinary meeting on 12/02/2024 chaired by Dr Tariq Siddiqui, Consultant Psychiatrist. Sertraline 50 mg was started and a follow-up medical review was arranged for 20/02/2024.

5. I was informed of his death on 19/02/2024. The trust has commissioned a patient safety incident investigation (StEIS reference 2024/3391), to which I have contributed.

I believe that the facts stated in this statement are true.
Signed: Nilufar Chowdhury    Dated: 11/04/2024
""",
    [("Marcus Anthony Fairclough", P), ("Fairclough", P), ("01287/2024", REF),
     ("9 Lyndon Croft, Shirley, Solihull", A), ("B90 2QT", PC), ("Dean Okonkwo-Reid", C),
     ("Janice Holbrook", R), ("Holbrook", R), ("Tariq Siddiqui", C), ("2024/3391", REF)],
    ["Dr Nilufar Chowdhury", "Nilufar Chowdhury", "7288134", "Birmingham and Solihull Mental Health NHS Foundation Trust",
     "19/02/2024", "07/02/2024", "24 x 500 mg paracetamol", "acetylcysteine", "Sertraline 50 mg", "who was 52",
     "Solihull Home Treatment Team"]))

# ---------------------------------------------------------------- s44-012 ED resus note, Belfast
DOCS.append(D("s44-012", "ed_note", "Dr Tomasz Wiśniewski", """
RVH ED - Resus 2 - 23:41 27/09/2025
Pt: Ciarán McAllister 34M   H&C 324 118 7760   ED no RVH-ED-25-44182
NIAS CAD 250927-0419. Pre-alert: motorcyclist v car, approx 50 mph, Glen Road. Bike reg KXZ 4471.

Trauma call. Team leader Dr T. Wiśniewski.
<C> no catastrophic haemorrhage
A: patent, talking, collar on
B: RR 26, SpO2 93% 15 L NRB, reduced AE L, surgical emphysema L chest wall
C: HR 124, BP 96/58, CRT 4 s, FAST neg. Pelvis - binder in situ from crew, not removed
D: GCS 13 (E3V4M6), pupils 3 mm equal reactive, BM 7.9
E: deformed R femur, open wound R shin

Actions: L finger thoracostomy then 28 Fr chest drain (sat in ED), 300 mL blood, bubbling. TXA 1 g IV bolus + 1 g over 8 h. 2 units O-neg then MHP activated, 4:4 given. Traction splint R femur. Fentanyl 50 micrograms x3. CT trauma (whole body) 00:22 - L pneumothorax (drained), L ribs 3-8, R femoral shaft #, open R tib/fib #, no intracranial injury, pelvic ring intact.
Co-amoxiclav 1.2 g IV and tetanus for open #.
NOK: partner Orla Devlin 07700 900561 - informed, on way.
PSNI at ED, ref CC-2025-0927-0088.
Handed over to Mr Hanlon (T&O) and ICU at 01:15.

Dr T. Wiśniewski, SAS Doctor, Emergency Medicine
""",
    [("Ciarán McAllister", P), ("324 118 7760", NHS), ("RVH-ED-25-44182", H), ("250927-0419", REF),
     ("Glen Road", A), ("KXZ 4471", O), ("Orla Devlin", R), ("07700 900561", PH), ("CC-2025-0927-0088", REF),
     ("Hanlon", C)],
    ["RVH ED - Resus 2", "27/09/2025", "34M", "Dr T. Wiśniewski", "GCS 13 (E3V4M6)", "TXA 1 g IV bolus",
     "SpO2 93% 15 L NRB", "HR 124, BP 96/58", "28 Fr chest drain", "Fentanyl 50 micrograms x3",
     "Co-amoxiclav 1.2 g IV", "BM 7.9", "L ribs 3-8"]))

# ---------------------------------------------------------------- s44-013 DOPS, ED
DOCS.append(D("s44-013", "wba_dops", "Dr Tomasz Wiśniewski", """
Direct Observation of Procedural Skills (DOPS)
Doctor: Dr Tomasz Wiśniewski (GMC 7510093), SAS Doctor, Emergency Department, Royal Victoria Hospital
Assessor: Dr Gráinne Quinn, Consultant in Emergency Medicine, Belfast Health and Social Care Trust
Date: 11/03/2025

Procedure: Procedural sedation (ketamine) and reduction of anterior shoulder dislocation
Patient: 27M, first dislocation after a fall while playing rugby. ED no RVH-ED-25-09931. X-ray: anterior dislocation with Hill-Sachs lesion, no fracture.

Observed: Consent and explanation appropriate, including risk of emergence phenomena. Pre-sedation checklist completed: ASA 1, fasted 4 h, airway assessment documented, capnography and full monitoring, airway trolley and second clinician present. Ketamine 1 mg/kg IV (80 mg) given slowly. Cunningham technique had failed before sedation; reduced first time with external rotation. Post-reduction neurovascular examination including regimental badge sensation documented, check X-ray requested. Recovery observed until alert.

Assessor rating: 4 - Competent to perform the procedure unsupervised.
Areas of strength: calm leadership, clear closed-loop communication with nurse.
Suggested development: document the sedation score at 15-minute intervals in recovery.

Signed: G. Quinn    11/03/2025
""",
    [("RVH-ED-25-09931", H)],
    ["Dr Tomasz Wiśniewski", "7510093", "Royal Victoria Hospital", "Dr Gráinne Quinn", "G. Quinn",
     "Belfast Health and Social Care Trust", "27M", "Hill-Sachs lesion", "ASA 1", "Ketamine 1 mg/kg IV (80 mg)",
     "Cunningham technique", "11/03/2025", "4 - Competent to perform the procedure unsupervised"]))

# ---------------------------------------------------------------- s44-014 supervision / teaching record, ED
DOCS.append(D("s44-014", "supervision_record", "Dr Tomasz Wiśniewski", """
Clinical supervision and teaching record, January - June 2025
Dr Tomasz Wiśniewski, SAS Doctor, Emergency Department, Royal Victoria Hospital, Belfast HSC Trust

A. Workplace-based assessments I completed as assessor
- Dr Aoife Brennan (FY2, GMC 7799120): ACAT (night shift 14/02/2025), Mini-CEX (headache).
- Dr Chidi Nwachukwu (CT1 ACCS): Mini-CEX x2, DOPS (Seldinger chest drain, 03/04/2025).
- Dr Hannah Kerr-Lavery (GP trainee ST1): CbD (paediatric head injury, NICE NG232).

B. Departmental teaching delivered
- 14/05/2025 Simulation: paediatric anaphylaxis (adrenaline 150 micrograms IM, Resuscitation Council UK 2021 algorithm). 11 attendees, feedback mean 4.6/5.
- 04/06/2025 Tutorial: sedation in ED - ketamine vs propofol. 9 attendees, feedback mean 4.4/5.
Selected comments: "Really practical, loved the airway kit walk-through"; "Would like more time for the cases."

C. Supervision concerns raised
One trainee was supported through a return-to-work plan after sick leave; handled with the college tutor, no details recorded here.

Verified: Dr Gráinne Quinn, Consultant and College Tutor, 30/06/2025
""",
    [("Aoife Brennan", C), ("7799120", GMC), ("Chidi Nwachukwu", C), ("Hannah Kerr-Lavery", C)],
    ["Dr Tomasz Wiśniewski", "Royal Victoria Hospital", "Belfast HSC Trust", "NICE NG232",
     "adrenaline 150 micrograms IM", "Resuscitation Council UK 2021", "4.6/5", "4.4/5", "Dr Gráinne Quinn",
     "30/06/2025", "14/05/2025"]))

# ---------------------------------------------------------------- s44-015 emergency caesarean, Aberdeen
DOCS.append(D("s44-015", "operation_note", "Dr Chinwe Eze", """
Aberdeen Maternity Hospital - NHS Grampian
OPERATIVE RECORD: CATEGORY 1 CAESAREAN SECTION

Name: Kirsty Anne Duguid    CHI 0512937719    DOB 05/12/1993    Hosp no M0441872
G2 P1, 39+4 weeks, previous SVD. Date 19/06/2025.
Decision 02:14    Knife to skin 02:31    Delivery 02:33    DDI 19 min
Indication: pathological CTG, prolonged bradycardia to 80 bpm for 6 min at 7 cm, not recovering in left lateral with IV fluids.

Surgeon: Dr C. Eze (Specialty Doctor)    Assistant: Dr Rhona Ingram (ST2)
Anaesthetic: GA (Dr Viktor Lindqvist)    Midwife: Morag Simpson

Procedure: Pfannenstiel incision, Joel-Cohen entry. Lower segment transverse uterine incision. Cephalic, OP position, disimpacted with vaginal push from midwife. Live girl, Apgars 3, 7 and 9 at 1, 5 and 10 min, weight 3,120 g. Neonatal team (Dr A. Obi) attended; IPPV 5 inflation breaths, no further resuscitation. Cord gases: arterial pH 7.09, BE -9.8; venous pH 7.19. Baby CHI 1906252283.
Placenta complete, membranes ragged. Uterus closed in two layers, 1 Vicryl. Haemostasis. Sheath 1 PDS, skin 3-0 Monocryl.
Oxytocin 5 IU slow IV then 40 IU in 500 mL over 4 h. EBL 850 mL.
Swab, needle and instrument counts correct x2.

Post-op: high VTE risk - dalteparin 5,000 units SC daily for 6 weeks. Partner (Greg) updated by midwife at 02:50; debrief with the couple offered before discharge.

C Eze    19/06/2025 03:20
""",
    [("Kirsty Anne Duguid", P), ("0512937719", NHS), ("M0441872", H), ("Rhona Ingram", C),
     ("Viktor Lindqvist", C), ("Morag Simpson", C), ("A. Obi", C), ("1906252283", NHS), ("Greg", R)],
    ["Aberdeen Maternity Hospital", "NHS Grampian", "05/12/1993", "39+4 weeks", "DDI 19 min", "Dr C. Eze",
     "C Eze", "Apgars 3, 7 and 9", "arterial pH 7.09", "BE -9.8", "EBL 850 mL", "dalteparin 5,000 units SC",
     "Oxytocin 5 IU", "3,120 g", "19/06/2025", "02:31"]))
