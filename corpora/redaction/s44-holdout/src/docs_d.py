from common import D

P = "PATIENT_NAME"; R = "RELATIVE_NAME"; C = "COLLEAGUE_NAME"; A = "ADDRESS"; PC = "POSTCODE"
PH = "PHONE"; E = "EMAIL"; NHS = "NHS_NUMBER"; H = "HOSPITAL_NUMBER"; REF = "REFERENCE_NUMBER"
GMC = "GMC_NUMBER"; URL = "URL"; O = "OTHER_ID"

DOCS = []

# ---------------------------------------------------------------- s44-046 CAMHS clinic letter, Dundee
DOCS.append(D("s44-046", "clinic_letter", "Dr Hamid Rezaei", """
NHS Tayside
Child and Adolescent Mental Health Service (CAMHS), Dundee
Tel 01632 960119

Our ref: CAMHS/HR/0772    Your ref: SCI 24-0318-DG
Date: 26/06/2024

Dr Fiona Lindsay
Lochee Health Centre
1 Marshall Street, Dundee DD2 3BR

Dear Dr Lindsay

Re: Skye Robertson, DOB 11/03/2009, CHI 1103096642
62 Dryburgh Gardens, Dundee DD2 3QA

I saw Skye, who is 15, with her father, Mr Neil Robertson, and her guidance teacher from Strathmartine Academy, Mrs Alison Guthrie, joined by phone for part of the appointment with Skye's agreement.

Skye has a 9-month history of restricting food, compensatory exercise and, since Easter, self-harm by cutting (superficial, forearms). Weight today 43.8 kg, height 163 cm, BMI 16.5 (%mBMI 82%). Lying HR 48, standing 71; BP 96/58 lying; temp 35.9. ECG: sinus bradycardia, QTc 418 ms. Bloods (yesterday): K 3.6, phosphate 0.92, Mg 0.78, glucose 4.1.

Formulation: typical anorexia nervosa, restrictive subtype, with low mood (MFQ 41) and emerging self-harm. Risk: MEED (Medical Emergencies in Eating Disorders, RCPsych 2022) - amber for heart rate, otherwise green. No current suicidal intent; safety plan agreed.

Plan:
1. Family-based treatment (FT-AN) with the eating disorders team, starting next week, twice weekly.
2. Weekly physical monitoring in clinic (weight, lying/standing HR and BP, temp), bloods fortnightly.
3. Sertraline not started at present; review once nutrition improves.
4. School: reduced PE, supervised lunch - Mrs Guthrie will coordinate with the school nurse.
5. Her mother, Mrs Lorna Robertson, was not at the appointment (parents separated); with Skye's agreement I will offer her a separate session.

Yours sincerely
Dr Hamid Rezaei, Specialty Doctor, CAMHS
""",
    [("01632 960119", PH), ("CAMHS/HR/0772", REF), ("SCI 24-0318-DG", REF), ("Fiona Lindsay", C), ("Lindsay", C),
     ("Lochee Health Centre", A), ("1 Marshall Street, Dundee", A), ("DD2 3BR", PC), ("Skye Robertson", P),
     ("Skye", P), ("1103096642", NHS), ("62 Dryburgh Gardens, Dundee", A), ("DD2 3QA", PC), ("Neil Robertson", R),
     ("Strathmartine Academy", A), ("Alison Guthrie", C), ("Guthrie", C), ("Lorna Robertson", R)],
    ["NHS Tayside", "Child and Adolescent Mental Health Service (CAMHS), Dundee", "11/03/2009", "who is 15",
     "43.8 kg", "BMI 16.5", "%mBMI 82%", "QTc 418 ms", "phosphate 0.92", "MFQ 41",
     "MEED (Medical Emergencies in Eating Disorders, RCPsych 2022)", "FT-AN", "Dr Hamid Rezaei", "26/06/2024"]))

# ---------------------------------------------------------------- s44-047 MHA assessment, s136, Birmingham
DOCS.append(D("s44-047", "mha_assessment_note", "Dr Nilufar Chowdhury", """
Mental Health Act assessment - s136 suite, Oleaster, Birmingham
Date/time: 02/12/2024 01:35
Assessing: Dr N Chowdhury (s12(2) approved, SAS) with AMHP Gareth Mensah-Lloyd; second doctor Dr Ruth Oyelowo (s12, on-call consultant) attended 02:10.
Person: Ms Precious Mutasa, 29, DOB 15/07/1995 F, RiO 1201772, NHS 487 330 9925. No fixed abode for 2 weeks (previously 4 Bamford Rd, Handsworth B21 9QL - tenancy ended).
Brought by: West Midlands Police on s136 from Soho Road at 23:05 - standing in traffic. Police log 3091 of 01/12/2024; officer PC 4471.
Collateral: sister (Tendai) by phone 07700 900275 - 3 weeks of not sleeping, stopped aripiprazole in October, "talking about being chosen".

MSE: dishevelled, guarded, pressured speech, flight of ideas; grandiose and persecutory delusions (believes she has been chosen to stop the traffic; neighbours poisoning water); denies hallucinations but appears to respond to voices. No insight. Denies intent to harm self, but unsafe behaviour in traffic. Urine drug screen negative. Physical: HR 98, BP 132/84, no injuries.
Previous: bipolar affective disorder, two previous s2 admissions (2021, 2023).

Outcome: Both medical recommendations completed for s2 MHA 1983. AMHP application made 03:05. Bed found at Mary Seacole House 05:40.
Least restrictive options considered (HTT, informal admission) - declined/unsafe.
Nilufar Chowdhury, Specialty Doctor
""",
    [("Gareth Mensah-Lloyd", C), ("Ruth Oyelowo", C), ("Precious Mutasa", P), ("1201772", H),
     ("487 330 9925", NHS), ("4 Bamford Rd, Handsworth", A), ("B21 9QL", PC), ("Soho Road", A), ("3091", REF),
     ("PC 4471", O), ("Tendai", R), ("07700 900275", PH)],
    ["Dr N Chowdhury", "Nilufar Chowdhury", "s12(2) approved", "s136", "Oleaster", "02/12/2024", "15/07/1995",
     "aripiprazole", "s2 MHA 1983", "Mary Seacole House", "bipolar affective disorder", "HR 98, BP 132/84",
     "West Midlands Police"]))

# ---------------------------------------------------------------- s44-048 ophthalmology clinic letter, Sunderland
DOCS.append(D("s44-048", "clinic_letter", "Dr Yusuf Abdirahman Hassan", """
South Tyneside and Sunderland NHS Foundation Trust
Sunderland Eye Infirmary - Glaucoma Clinic
Tel 0191 498 0532

Ref: SEI/YH/GL/5520
Date: 13/08/2025

Dr Lucy Charlton
Hylton Road Medical Group, Sunderland SR4 7XD

Dear Dr Charlton

Mr Brian Tindale    DOB 29/04/1961    NHS 622 915 0374    Hosp no SEI0481199
15 Wearmouth Crescent, Southwick, Sunderland SR5 2HQ

Diagnosis: Primary open-angle glaucoma, both eyes; advanced in the left eye.
VA: R 6/6, L 6/9 (Snellen). IOP (Goldmann): R 22 mmHg, L 27 mmHg on latanoprost. CCT R 532, L 528 um.
Discs: CDR R 0.7, L 0.9 with inferior notch. OCT RNFL: thinning inferiorly, L worse than R.
Humphrey 24-2: R early superior arcuate (MD -3.4 dB); L dense superior and inferior arcuate defects (MD -14.8 dB).
Esterman binocular field: 34 points missed, including central area - does not meet the DVLA standard for Group 1 driving.

Mr Tindale drives a taxi for Wearside Cabs (private hire badge 0917). I have explained that he must stop driving now and must inform the DVLA, and I have documented this conversation; he was upset but understood. His wife, Pauline, was present. If he continues to drive, I have explained the GMC guidance on confidentiality and that I may need to inform the DVLA myself.

Plan: add Cosopt (dorzolamide/timolol) twice daily to both eyes; selective laser trabeculoplasty L eye (listed); review IOP in 6 weeks; discuss trabeculectomy if target IOP (below 15 mmHg L) not achieved.

Yours sincerely
Dr Yusuf Abdirahman Hassan
Specialty Doctor in Ophthalmology
""",
    [("0191 498 0532", PH), ("SEI/YH/GL/5520", REF), ("Lucy Charlton", C), ("Charlton", C),
     ("Hylton Road Medical Group, Sunderland", A), ("SR4 7XD", PC), ("Brian Tindale", P), ("Tindale", P),
     ("622 915 0374", NHS), ("SEI0481199", H), ("15 Wearmouth Crescent, Southwick, Sunderland", A), ("SR5 2HQ", PC),
     ("Wearside Cabs", A), ("0917", O), ("Pauline", R)],
    ["South Tyneside and Sunderland NHS Foundation Trust", "Sunderland Eye Infirmary", "29/04/1961",
     "Primary open-angle glaucoma", "R 6/6, L 6/9", "R 22 mmHg, L 27 mmHg", "latanoprost", "CDR R 0.7, L 0.9",
     "Humphrey 24-2", "MD -14.8 dB", "Esterman binocular field", "DVLA standard for Group 1", "GMC guidance",
     "Cosopt (dorzolamide/timolol)", "Dr Yusuf Abdirahman Hassan", "13/08/2025"]))

# ---------------------------------------------------------------- s44-049 sexual health clinic letter, Brighton
DOCS.append(D("s44-049", "clinic_letter", "Dr Sandeep Kaur Gill", """
University Hospitals Sussex NHS Foundation Trust
Sexual Health and HIV Service, Claude Nicol Centre, Royal Sussex County Hospital

Clinic no: CN-26-114807    Date: 04/02/2026
CONFIDENTIAL - Letter to GP sent with the patient's written consent

Dr Tomás Ferreiro
Park Crescent Health Centre, Brighton BN2 3HA

Dear Dr Ferreiro

Re: Mr Aled Vaughan-Okafor    DOB 21/09/1990    NHS 744 219 0658
Flat 2, 31 Lewes Road, Brighton BN2 3HP

Mr Vaughan-Okafor was newly diagnosed with HIV-1 on 19/01/2026 (4th-generation test reactive, confirmed). Baseline: CD4 412 cells/uL (24%), HIV RNA 86,400 copies/mL, no resistance mutations on genotype, HLA-B*5701 negative, hepatitis B immune (vaccinated), hepatitis C antibody negative, syphilis serology negative. Creatinine 84, eGFR above 90.

He has started Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide) one tablet daily, from 02/02/2026, as per BHIVA 2022 guidelines. Please add this to his repeat record as "hospital-only medication" to avoid interactions - in particular, antacids and iron must be taken 2 hours apart.

Partner notification: he has named one regular partner, who has been contacted by our health adviser and tested; no other details will be shared here.
Mental health: low mood after diagnosis; PHQ-9 12. He has been linked with the peer-support service.

Next review: 4 weeks with viral load.

Yours sincerely
Dr Sandeep Kaur Gill
Specialty Doctor, Genitourinary Medicine and HIV
""",
    [("CN-26-114807", H), ("Tomás Ferreiro", C), ("Ferreiro", C), ("Park Crescent Health Centre, Brighton", A),
     ("BN2 3HA", PC), ("Aled Vaughan-Okafor", P), ("Vaughan-Okafor", P), ("744 219 0658", NHS),
     ("Flat 2, 31 Lewes Road, Brighton", A), ("BN2 3HP", PC)],
    ["University Hospitals Sussex NHS Foundation Trust", "Claude Nicol Centre", "Royal Sussex County Hospital",
     "21/09/1990", "HIV-1", "CD4 412 cells/uL (24%)", "HIV RNA 86,400 copies/mL", "HLA-B*5701 negative",
     "Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide)", "BHIVA 2022 guidelines", "PHQ-9 12",
     "Dr Sandeep Kaur Gill", "04/02/2026"]))

# ---------------------------------------------------------------- s44-050 teaching feedback, no identifiers
DOCS.append(D("s44-050", "teaching_feedback", "Dr Elena Popescu", """
Teaching feedback summary
Session: "Obstetric anaesthesia emergencies - failed intubation and high block"
Faculty: Dr Elena Popescu (lead), with the obstetric anaesthesia team
Audience: anaesthetic core trainees, obstetric registrars and labour-ward midwives, North Bristol NHS Trust
Date: 10/10/2024    Format: 30-min lecture + two 40-min simulation scenarios    Attendance: 22

Online feedback (n = 18, response rate 82%):
- Content relevant to my practice: 4.8 / 5
- Quality of presentation: 4.6 / 5
- Simulation realism: 4.4 / 5
- Confidence managing failed intubation at caesarean section before/after (self-rated 1-10): 4.9 -> 7.6

What was most useful?
"Walking through the OAA/DAS obstetric difficult airway guideline table 2 (proceed vs wake) with real cases."
"Practising the high block drill as a team, including the midwife roles."
What could be improved?
"More time for the debrief."  "Could share the slides beforehand."

Changes for next time: slides circulated one week ahead; debrief extended to 20 minutes.
Feedback collated by the postgraduate education centre; reviewed with Dr Sarah Okoro, College Tutor, 24/10/2024.
""",
    [],
    ["Dr Elena Popescu", "North Bristol NHS Trust", "10/10/2024", "n = 18", "4.8 / 5", "4.9 -> 7.6",
     "OAA/DAS obstetric difficult airway guideline", "Dr Sarah Okoro", "24/10/2024", "Attendance: 22"]))

# ---------------------------------------------------------------- s44-051 e-mail thread, paediatric safeguarding
DOCS.append(D("s44-051", "email", "Dr Priya Raghunathan", """
From: Priya Raghunathan <priya.raghunathan@wales.nhs.uk>
To: Ffion Davies <ffion.davies3@wales.nhs.uk>
Date: Mon 05/02/2024 17:12
Subject: Lily-Mae C - outcome of strategy meeting and skeletal survey follow-up

Hi Ffion,

Thanks for doing the CP medical on Friday. Update from today's strategy meeting (CV/EDT/24/0563): Lily-Mae is staying with her maternal grandmother, Mrs Carol Pugh, at 7 Caerau Lane, Ely, under a safety plan while the police and social services investigation continues. Mum (Kerry Cornish) and her partner are not to have unsupervised contact. Social worker now Darren Walsh.

Her follow-up skeletal survey is booked for 14/02 (day 11-14) and I have put in for an ophthalmology review of the retinal exam findings (normal on Friday, documented). Bone bloods: Ca 2.41, PO4 1.82, ALP 288, PTH 3.4, vit D 54 - nothing to suggest a metabolic cause.

Team meeting link for Thursday's peer review: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQxYjE3ZDct/0?context=%7b%22Tid%22%3a%22bd2e%22%7d

Priya

Dr Priya Raghunathan
Specialty Doctor, Paediatrics, Noah's Ark Children's Hospital for Wales | Bleep 4471 | 029 2018 0452

---
From: Ffion Davies
Date: Tue 06/02/2024 08:03
Thanks Priya - very thorough. I'm happy to verify this thread for your portfolio (safeguarding section) once names are removed. F
""",
    [("priya.raghunathan@wales.nhs.uk", E), ("ffion.davies3@wales.nhs.uk", E), ("Lily-Mae C", P), ("Lily-Mae", P),
     ("CV/EDT/24/0563", REF), ("Carol Pugh", R), ("7 Caerau Lane, Ely", A), ("Kerry Cornish", R),
     ("Darren Walsh", C), ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQxYjE3ZDct/0?context=%7b%22Tid%22%3a%22bd2e%22%7d", URL),
     ("029 2018 0452", PH), ("4471", PH)],
    ["Priya Raghunathan", "Dr Priya Raghunathan", "Priya", "Ffion Davies", "Ffion", "Noah's Ark Children's Hospital for Wales",
     "Ca 2.41", "PO4 1.82", "ALP 288", "PTH 3.4", "vit D 54", "14/02 (day 11-14)"]))

# ---------------------------------------------------------------- s44-052 WhatsApp export, surgical on call
DOCS.append(D("s44-052", "message_export", "Dr Mohammed Al-Khatib", """
WhatsApp chat export - "QEUH Surg On Call Reg" - 18/11/2024
[18/11/2024, 21:04] Mohammed Al-Khatib: Taking over the pager from Euan. 3 to see in ED, 1 for theatre.
[18/11/2024, 21:06] Euan Baird: Thanks. Bed 14 ward 7A Mrs Fyfe (lap chole day 1) - tachy 110, querying bile leak, bloods pending. Cons aware
[18/11/2024, 21:07] Mohammed Al-Khatib: Ok will see her first
[18/11/2024, 21:52] Mohammed Al-Khatib: Mrs Fyfe - drain 400 mL bilious. Lactate 2.6, bili 41. Spoke to Mr Rennie, for MRCP tonight and ERCP in the morning. Tazocin 4.5 g started
[18/11/2024, 22:30] Dr Sanjana Pillai (ED): Can you see bed 9 majors please - 78M, Donald Gillespie, CHI 0602465513, distended, vomiting, AXR looks like sigmoid volvulus
[18/11/2024, 22:31] Mohammed Al-Khatib: Coming
[18/11/2024, 23:18] Mohammed Al-Khatib: Volvulus confirmed on CT. Flexi decompression done in ED with flatus tube, good result. For elective discussion. Photo of CT slice removed from chat
[18/11/2024, 23:20] Euan Baird: great stuff
[19/11/2024, 07:55] Mohammed Al-Khatib: Handover sent to day team. Quiet-ish night: 6 referrals, 2 admissions, 1 flexi.

Exported for portfolio (on-call workload and communication), verified by Mr Alasdair Rennie, 20/11/2024.
""",
    [("Euan Baird", C), ("Euan", C), ("Fyfe", P), ("Sanjana Pillai", C), ("Donald Gillespie", P), ("0602465513", NHS)],
    ["Mohammed Al-Khatib", "Bed 14 ward 7A", "lap chole day 1", "Lactate 2.6, bili 41", "Mr Rennie", "MRCP",
     "Tazocin 4.5 g", "bed 9 majors", "78M", "sigmoid volvulus", "Mr Alasdair Rennie", "18/11/2024"]))

# ---------------------------------------------------------------- s44-053 paediatric audit with ID appendix
DOCS.append(D("s44-053", "audit_report", "Dr Priya Raghunathan", """
AUDIT: Time to antibiotics in children with suspected sepsis - Children's Assessment Unit, Noah's Ark Children's Hospital for Wales
Lead: Dr Priya Raghunathan, Specialty Doctor    Supervisor: Dr Meirion Howells, Consultant Paediatrician
Standard: NICE NG51 and the UK Sepsis Trust paediatric toolkit - antibiotics within 1 hour of recognition of high-risk sepsis: 100%.

Cycle 1: 01/09/2023 - 30/11/2023, 40 consecutive children meeting high-risk criteria.
- Antibiotics within 1 h: 23/40 (57.5%). Median time 68 min (IQR 41-112).
- Blood culture before antibiotics: 36/40 (90%).
- Lactate measured: 31/40 (77.5%).
Main delays: cannulation difficulty in infants (9), waiting for senior review before prescribing (6), drug not stocked in CAU (3).

Changes: pre-filled sepsis grab bag with cefotaxime in CAU; nurse-initiated IO/IM pathway discussion; "sepsis huddle" at the 2-hourly board round.

Cycle 2: 01/03/2024 - 31/05/2024, 38 children.
- Antibiotics within 1 h: 30/38 (78.9%). Median 44 min (IQR 29-63).
Presented at the paediatric audit meeting 21/06/2024.

Appendix A (case list used for data collection - cycle 2, first 6):
P1183320, P1190871, P1201156, P1203345, P1208822, P1210094
""",
    [("P1183320", H), ("P1190871", H), ("P1201156", H), ("P1203345", H), ("P1208822", H), ("P1210094", H)],
    ["Children's Assessment Unit", "Noah's Ark Children's Hospital for Wales", "Dr Priya Raghunathan", "Dr Meirion Howells",
     "NICE NG51", "UK Sepsis Trust", "23/40 (57.5%)", "IQR 41-112", "30/38 (78.9%)", "cefotaxime", "21/06/2024"]))

# ---------------------------------------------------------------- s44-054 QI report, falls
DOCS.append(D("s44-054", "qi_report", "Dr Fatima Zahra Benali", """
QUALITY IMPROVEMENT PROJECT REPORT
Reducing inpatient falls with harm on a Medicine for Older People ward
Ward F11, Wythenshawe Hospital, Manchester University NHS Foundation Trust
Project lead: Dr Fatima Zahra Benali, Specialty Doctor    Sponsor: Dr Graham Oakes, Clinical Lead
QI registration: MFT-QI-2024-0871    Dates: October 2024 - April 2025

Aim: Reduce falls per 1,000 occupied bed days on Ward F11 from a baseline of 9.8 to below 6 by April 2025.
Measures: Outcome - falls/1,000 OBD (weekly run chart). Process - % of patients with lying/standing BP within 24 h; % with completed multifactorial falls assessment (NICE NG249). Balancing - use of enhanced observation (1:1) hours.

PDSA 1 (Nov): "Bay tagging" - a staff member always present in the high-risk bay. Uptake good on early shifts, poor at night.
PDSA 2 (Dec-Jan): lying/standing BP added to admission clerking proforma; 31% -> 84%.
PDSA 3 (Feb): medication review for falls-risk drugs on the post-take round (STOPP falls section).
Result: median falls fell to 5.9/1,000 OBD (shift confirmed by run-chart rules, 7 points below median). Falls with moderate or severe harm: 4 in baseline period, 1 in project period.

Acknowledgements: Sister Oluwakemi Adeyinka and the ward nursing team; physiotherapist Declan Rafferty; pharmacist Hui Min Goh; the patient and carer panel.
Presented at the MFT Quality Improvement showcase, 15/05/2025 (poster).
""",
    [("MFT-QI-2024-0871", REF), ("Oluwakemi Adeyinka", C), ("Declan Rafferty", C), ("Hui Min Goh", C)],
    ["Ward F11", "Wythenshawe Hospital", "Manchester University NHS Foundation Trust", "Dr Fatima Zahra Benali",
     "Dr Graham Oakes", "9.8", "NICE NG249", "31% -> 84%", "5.9/1,000 OBD", "STOPP", "15/05/2025", "PDSA 1"]))

# ---------------------------------------------------------------- s44-055 attendance certificate, no identifiers
DOCS.append(D("s44-055", "certificate", "Dr Oluwaseun Adeyemi", """
ROYAL COLLEGE OF PHYSICIANS
Certificate of attendance

Dr Oluwaseun Adeyemi

attended

Acute Medicine 2025: advances in ambulatory and same day emergency care
Royal College of Physicians, 11 St Andrews Place, London
23 September 2025

This event has been approved by the Federation of the Royal Colleges of Physicians of the United Kingdom for 6 category 1 (external) CPD credits.

Professor Hilary Banerjee-Walsh
Academic Vice President
""",
    [],
    ["ROYAL COLLEGE OF PHYSICIANS", "Dr Oluwaseun Adeyemi", "Acute Medicine 2025", "Royal College of Physicians",
     "11 St Andrews Place, London", "23 September 2025", "6 category 1 (external) CPD credits",
     "Professor Hilary Banerjee-Walsh"]))

# ---------------------------------------------------------------- s44-056 letter confirming experience
DOCS.append(D("s44-056", "letter_confirming_experience", "Dr Nilufar Chowdhury", """
Birmingham and Solihull Mental Health NHS Foundation Trust
Medical Staffing

Our ref: MS/EMP/0044817
Date: 09/01/2026

TO WHOM IT MAY CONCERN

Confirmation of employment and experience: Dr Nilufar Chowdhury, GMC 7288134

I confirm that Dr Nilufar Chowdhury has been employed by Birmingham and Solihull Mental Health NHS Foundation Trust as follows:
- Specialty Doctor, General Adult Psychiatry (inpatient, Oleaster), 01/08/2019 - 31/08/2021, full time
- Specialty Doctor, Solihull Home Treatment Team, 01/09/2021 - present, full time (10 PAs)
She participates in the 1-in-12 second-on-call (middle grade) rota covering the trust's inpatient units and s136 suites, and has been approved under section 12(2) of the Mental Health Act 1983 since 14/03/2022.
There have been no disciplinary proceedings, and no concerns have been raised about her practice.
Queries may be directed to medical.staffing@bsmhft.nhs.uk.

Dr Temitope Alade
Deputy Medical Director (Workforce)
""",
    [("MS/EMP/0044817", REF), ("medical.staffing@bsmhft.nhs.uk", E)],
    ["Birmingham and Solihull Mental Health NHS Foundation Trust", "Dr Nilufar Chowdhury", "7288134", "Oleaster",
     "01/08/2019 - 31/08/2021", "Solihull Home Treatment Team", "1-in-12", "section 12(2) of the Mental Health Act 1983",
     "14/03/2022", "Dr Temitope Alade"]))

# ---------------------------------------------------------------- s44-057 reflection, shoulder dystocia, no identifiers
DOCS.append(D("s44-057", "reflection", "Dr Chinwe Eze", """
Reflective practice - shoulder dystocia debrief
Dr Chinwe Eze, Specialty Doctor O&G - written 30/09/2025

I was called to a birth room for a shoulder dystocia at 04:10 on a night shift. The head had delivered and the midwife had already called for help and started McRoberts. I applied suprapubic pressure with a colleague, then delivered the posterior arm. Head-to-body interval was 3 minutes 40 seconds. The baby needed inflation breaths and was admitted to the neonatal unit for observation; the cord arterial pH was 7.14. Arm movements were normal at the neonatal check the next day. The mother had a second-degree tear and a PPH of 1,100 mL.

What went well: the emergency call and roles were clear; we followed the RCOG Green-top Guideline No. 42 sequence; documentation was done on the proforma with times, the anterior shoulder identified (left) and the manoeuvres in order.
What I found hard: the mother's partner was very distressed and asked me afterwards if "it was someone's fault". I had not planned what to say and I think I answered too defensively.
What I have done since: attended the unit's PROMPT day (15/09/2025), where I practised the debrief conversation with an actor. I now offer a structured debrief to the family before the end of my shift and document it.
Mapped to: Curriculum capability in practice 8 (delivering intrapartum care), GMP domain 3 (communication, partnership and teamwork).
""",
    [],
    ["Dr Chinwe Eze", "30/09/2025", "04:10", "McRoberts", "3 minutes 40 seconds", "cord arterial pH was 7.14",
     "PPH of 1,100 mL", "RCOG Green-top Guideline No. 42", "PROMPT", "15/09/2025", "GMP domain 3"]))

# ---------------------------------------------------------------- s44-058 paediatric procedures logbook
DOCS.append(D("s44-058", "logbook_extract", "Dr Priya Raghunathan", """
Paediatric and neonatal procedures logbook - Dr Priya Raghunathan
Noah's Ark Children's Hospital for Wales / University Hospital of Wales NNU, 2023-2025

Date        Unit   Patient         Procedure                          Supervision        Outcome
14/03/2023  NNU    Baby of Rhian J  Intubation, 29+2 wk, 1.1 kg       Observed (cons)    1st attempt, ETT 3.0
02/06/2023  NNU    Baby of Sadia K  UVC + UAC                         Indirect           Positions confirmed on X-ray
19/10/2023  CAU    P1176649        Lumbar puncture, 4 mo              Independent        Clear, 2nd attempt
08/01/2024  NNU    Baby of Marta W  LISA surfactant (poractant 200 mg/kg) Observed (cons) Completed
27/04/2024  Ward   P1194410        IO access, 18 mo, in resus         Independent        1st attempt
11/11/2024  NNU    Baby of Rhian J  Chest drain for pneumothorax      Indirect           Resolved on CXR
Running totals (since 2021): neonatal intubation 34 (success at 1st attempt 71%), LP 58, UVC 27, long lines 22, chest drain 4, exchange transfusion 1.

Confirmed: Dr Meirion Howells, Consultant Paediatrician, 20/12/2024
""",
    [("Rhian J", R), ("Sadia K", R), ("P1176649", H), ("Marta W", R), ("P1194410", H)],
    ["Dr Priya Raghunathan", "Noah's Ark Children's Hospital for Wales", "University Hospital of Wales NNU",
     "29+2 wk, 1.1 kg", "ETT 3.0", "poractant 200 mg/kg", "neonatal intubation 34", "71%", "LP 58",
     "Dr Meirion Howells", "20/12/2024", "IO access, 18 mo"]))

# ---------------------------------------------------------------- s44-059 TB case management note, East Midlands
DOCS.append(D("s44-059", "public_health_case_note", "Dr Mei-Ling Tan", """
UKHSA East Midlands Health Protection Team - Case management record (TB)
HPZone case ID: EM-2023-44781    Date: 17/07/2023    Entered by: Dr Mei-Ling Tan (ST3 Public Health)

Index case: Mr Vasile Ionescu, 38 M, DOB 02/02/1985, NHS 531 204 8871, NI number JT 48 21 76 C
Passport (Romania) 057218843 - recorded by clinic for identity check
Address: 23 Cobden Street, Leicester LE1 2LB (house of multiple occupation, 7 adults)
Occupation: line operative, night shift, Belgrave Meat Packers Ltd (about 140 staff)

Diagnosis: pulmonary TB, sputum smear positive (3+), culture M. tuberculosis, fully sensitive (WGS). CXR: RUL cavity. HIV negative.
Treatment started 10/07/2023 at Leicester Royal Infirmary TB service (RHZE), DOT 3x weekly.

Contact tracing (NICE NG33; UKHSA TB action plan):
- Household: 6 other adults at the HMO - all screened (IGRA/CXR) via TB nurse Gabriela Sandu; 2 IGRA positive, CXR normal - LTBI treatment offered.
- Workplace: infectious period 3 months before diagnosis. Close contacts on the same line and shared transport (minibus reg YD19 KHR) - 24 identified with the occupational health lead, Kevin Marriott, 0116 496 0371.
- Partner in Romania, not in UK.

Public health actions: letter to workplace (approved by CCDC); no wider screening needed at this stage; Enhanced TB Surveillance form completed.
Reviewed with Dr Anjali Deshpande, Consultant in Communicable Disease Control, 18/07/2023.
""",
    [("EM-2023-44781", REF), ("Vasile Ionescu", P), ("531 204 8871", NHS), ("JT 48 21 76 C", O), ("057218843", O),
     ("23 Cobden Street, Leicester", A), ("LE1 2LB", PC), ("Belgrave Meat Packers Ltd", A), ("Gabriela Sandu", C),
     ("YD19 KHR", O), ("Kevin Marriott", C), ("0116 496 0371", PH)],
    ["UKHSA East Midlands Health Protection Team", "Dr Mei-Ling Tan", "38 M", "02/02/1985", "sputum smear positive (3+)",
     "M. tuberculosis", "RUL cavity", "Leicester Royal Infirmary", "RHZE", "NICE NG33", "IGRA", "Dr Anjali Deshpande",
     "17/07/2023"]))

# ---------------------------------------------------------------- s44-060 referral to memory service
DOCS.append(D("s44-060", "referral_letter", "Dr Fatima Zahra Benali", """
Manchester University NHS Foundation Trust - Community Geriatrics (Frailty Team South)
Tel 0161 496 0598

Our ref: FRL/FZB/1093    Date: 24/07/2025

To: Memory Assessment Service, Greater Manchester Mental Health NHS Foundation Trust (Laureate House)

Dear colleague

Re: Mr Stanisław Kowalczyk    DOB 09/05/1938    NHS 734 001 8852
17 Brownley Court Road, Northern Moor, Manchester M22 9TX
Main carer and LPA (health and welfare): wife, Mrs Halina Kowalczyk, same address, 0161 496 0911. Please send appointment letters to her; she reads English well but prefers Polish for discussions (interpreter).

I would be grateful if you could assess Mr Kowalczyk for a probable mixed (Alzheimer's and vascular) dementia with Parkinson's disease.
Background: admitted to Wythenshawe in June with delirium; once the delirium had resolved, MoCA 14/30 (lost points on delayed recall 0/5, visuospatial, fluency). His wife describes 18 months of gradual decline: repeated questions, getting lost driving to the Polish club in Longsight, stopped managing money. No hallucinations before admission. Parkinson's disease diagnosed 2019 (co-careldopa 25/100 QDS).
CT head (07/2025): generalised atrophy, moderate small vessel disease (Fazekas 2), no bleed.
Bloods normal including B12, folate, TFT, calcium. Anticholinergic burden now 0.
Risks: no longer driving (DVLA informed). Lives in a bungalow with a key safe; reablement package.

Yours faithfully
Dr F Z Benali, Specialty Doctor, Community Geriatrics
""",
    [("0161 496 0598", PH), ("FRL/FZB/1093", REF), ("Stanisław Kowalczyk", P), ("Kowalczyk", P),
     ("734 001 8852", NHS), ("17 Brownley Court Road, Northern Moor, Manchester", A), ("M22 9TX", PC),
     ("Halina Kowalczyk", R), ("0161 496 0911", PH), ("Longsight", A)],
    ["Manchester University NHS Foundation Trust", "Greater Manchester Mental Health NHS Foundation Trust",
     "Laureate House", "09/05/1938", "MoCA 14/30", "Parkinson's disease", "co-careldopa 25/100 QDS", "Fazekas 2",
     "Anticholinergic burden now 0", "Wythenshawe", "Dr F Z Benali", "24/07/2025"]))
