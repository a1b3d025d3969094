from common import D

DOCS = []

# ---------------------------------------------------------------- s43-001
DOCS.append(D(
    "s43-001", "clinic_letter", "Dr Kamran Tariq",
    """St James's University Hospital
Leeds Teaching Hospitals NHS Trust
Respiratory Medicine Outpatients, Chancellor Wing
Secretary: 0113 496 0412

Our ref: RESP/KT/22817
Clinic date: 14 March 2024
Dictated: 14/03/2024   Typed: 19/03/2024

Dr Hannah Blenkinsop
Moorside Surgery
41 Bramley Fold Lane
Leeds LS5 3QJ

Dear Dr Blenkinsop

Re: Mr Terence Arthur Oldroyd   DOB 02/11/1951
NHS No. 482 913 6605   Hosp No. L3390412
14 Tanner's Garth, Horsforth, Leeds LS18 4NW

Diagnoses
1. COPD, FEV1 41% predicted, MRC dyspnoea grade 4
2. Chronic hypercapnic respiratory failure
3. Ex-smoker, 55 pack-years

Medication: Trimbow 87/5/9 micrograms two puffs twice daily, salbutamol 100 micrograms PRN, carbocisteine 375 mg two capsules TDS.

I reviewed Terry in clinic today with his wife Maureen. He has had three exacerbations since October, one needing admission to Ward J24 with a pH of 7.29. He still does school-run shifts for Aire Valley Cabs four mornings a week and is keen to keep doing so. Today his SpO2 was 88% on air; capillary gas showed pH 7.38, pCO2 7.1 kPa, pO2 7.6 kPa, bicarbonate 31 mmol/L.

Plan
- Refer for long-term oxygen therapy assessment (two ABGs three weeks apart).
- Refer to the home NIV service as he meets the criteria in BTS guidance.
- Pulmonary rehabilitation: he declined previously; Maureen will bring him this time.
- Rescue pack issued: prednisolone 30 mg OD 5 days, doxycycline 200 mg then 100 mg OD.

I will see him again in 3 months.

Yours sincerely

Dr Kamran Tariq
Specialty Doctor, Respiratory Medicine
GMC 7093318

cc: Mr T Oldroyd (patient)
""",
    [("RESP/KT/22817", "REFERENCE_NUMBER"),
     ("Hannah Blenkinsop", "COLLEAGUE_NAME"),
     ("Blenkinsop", "COLLEAGUE_NAME"),
     ("Moorside Surgery", "ADDRESS"),
     ("41 Bramley Fold Lane", "ADDRESS"),
     ("LS5 3QJ", "POSTCODE"),
     ("Terence Arthur Oldroyd", "PATIENT_NAME"),
     ("Oldroyd", "PATIENT_NAME"),
     ("Terry", "PATIENT_NAME"),
     ("Maureen", "RELATIVE_NAME"),
     ("482 913 6605", "NHS_NUMBER"),
     ("L3390412", "HOSPITAL_NUMBER"),
     ("14 Tanner's Garth, Horsforth, Leeds", "ADDRESS"),
     ("LS18 4NW", "POSTCODE"),
     ("Aire Valley Cabs", "ADDRESS"),
     ("0113 496 0412", "PHONE")],
    ["Dr Kamran Tariq", "GMC 7093318", "St James's University Hospital", "Leeds Teaching Hospitals NHS Trust",
     "DOB 02/11/1951", "FEV1 41% predicted", "MRC dyspnoea grade 4", "Trimbow 87/5/9 micrograms",
     "carbocisteine 375 mg", "Ward J24", "pCO2 7.1 kPa", "bicarbonate 31 mmol/L", "SpO2 was 88% on air",
     "BTS guidance", "prednisolone 30 mg OD 5 days", "14 March 2024"],
))

# ---------------------------------------------------------------- s43-002
DOCS.append(D(
    "s43-002", "discharge_summary", "Dr Sioned Llywelyn",
    """BWRDD IECHYD PRIFYSGOL BAE ABERTAWE / SWANSEA BAY UNIVERSITY HEALTH BOARD
Ysbyty Treforys / Morriston Hospital - Ward F (Care of the Elderly)

DISCHARGE SUMMARY

Patient: PRYTHERCH, Gwenllian Mair (Mrs)      Sex: F
DOB: 30.08.1929 (aged 94)
NHS: 7134482019        Hosp: SBU7720145
Address: Bryn Awel, 3 Heol y Nant, Pontardawe, SA8 4LB
NOK: daughter - Mrs Eirlys Morgan - 07700 900318
GP: Dr R. Bevan, Meddygfa'r Cwm

Admitted: 02/02/2024   Discharged: 16/02/2024   Consultant: Dr Sioned Llywelyn

Diagnosis: Hyperactive delirium secondary to E. coli urinary tract infection
Background: Alzheimer's disease (MMSE 17/30 in 2022), AF on apixaban 2.5 mg BD, CKD stage 3b, osteoporosis

Summary: Brought in by ambulance after Eirlys found her wandering in the lane at 03:00. 4AT score 8 on arrival, CRP 142 mg/L, eGFR 36 mL/min/1.73m2. Urine grew E. coli sensitive to cefalexin. Treated with cefalexin 500 mg BD for 7 days. Delirium settled by day 6; 4AT 2 at discharge. Clinical Frailty Scale 7. Seen by OT and physio: needs two carers for transfers.

Family meeting 12/02 with Eirlys and her brother Gareth: agreed that Gwen will move to Cartref Glyn Nedd residential home on discharge. DNACPR form (All Wales) completed and discussed; TEP in place.

Medication changes: Donepezil stopped (bradycardia, HR 48). Apixaban continued 2.5 mg BD (age >80, weight 51 kg).

Follow-up: No hospital follow-up. GP to review renal function in 2 weeks.

Completed by: Dr Sioned Llywelyn, Consultant Geriatrician (CESR applicant)
""",
    [("PRYTHERCH, Gwenllian Mair", "PATIENT_NAME"),
     ("Gwen", "PATIENT_NAME"),
     ("7134482019", "NHS_NUMBER"),
     ("SBU7720145", "HOSPITAL_NUMBER"),
     ("Bryn Awel, 3 Heol y Nant, Pontardawe", "ADDRESS"),
     ("SA8 4LB", "POSTCODE"),
     ("Eirlys Morgan", "RELATIVE_NAME"),
     ("Eirlys", "RELATIVE_NAME"),
     ("Gareth", "RELATIVE_NAME"),
     ("07700 900318", "PHONE"),
     ("R. Bevan", "COLLEAGUE_NAME"),
     ("Meddygfa'r Cwm", "ADDRESS"),
     ("Cartref Glyn Nedd", "ADDRESS")],
    ["Dr Sioned Llywelyn", "SWANSEA BAY UNIVERSITY HEALTH BOARD", "Morriston Hospital", "Ward F",
     "DOB: 30.08.1929", "aged 94", "Sex: F", "apixaban 2.5 mg BD", "4AT score 8", "CRP 142 mg/L",
     "cefalexin 500 mg BD", "Clinical Frailty Scale 7", "MMSE 17/30", "Alzheimer's disease", "HR 48",
     "02/02/2024", "16/02/2024", "weight 51 kg"],
))

# ---------------------------------------------------------------- s43-003
DOCS.append(D(
    "s43-003", "operation_note", "Miss Priya Raghunathan",
    """NHS LOTHIAN - ROYAL INFIRMARY OF EDINBURGH
Orthopaedic Trauma Theatre 3            OPERATION NOTE

Name: Fiona Catriona MACKINNON      CHI: 2107486632
DOB: 21/07/1948   F   Ward 108 bed 12
Date of operation: 09/05/2024

Surgeon: Miss Priya Raghunathan (Specialty Doctor, T&O)
Assistant: Dr Calum Strachan (CT2)
Anaesthetist: Dr Ines Ferreira - spinal + fascia iliaca block
Scrub: SN M. Kowalczyk

Diagnosis: Displaced intracapsular fracture R neck of femur (Garden IV) after fall at home
Nottingham Hip Fracture Score: 5
Procedure: Cemented hemiarthroplasty, right hip

Antibiotic prophylaxis: cefuroxime 1.5 g IV + gentamicin 3 mg/kg at induction
TXA 1 g IV at incision

Position: left lateral. Posterior approach. Short external rotators and capsule tagged. Head removed and sized: 47 mm. Canal prepared; cement restrictor; Palacos R+G cement, third-generation technique.
Implants: Exeter V40 stem 44 no.1, 125 mm; Unitrax unipolar head 47 mm +0.
Implant labels: stem LOT 2408817K / head SN UX47-0093215
Reduced, stable at 90 degrees flexion and 30 degrees internal rotation. Capsule and rotators repaired through drill holes. Vicryl 1, 2-0 Vicryl, clips.
EBL 350 mL.

Post-op:
- Full weight bearing as tolerated, posterior hip precautions 6 weeks
- Enoxaparin 40 mg SC OD for 35 days
- Check Hb and U&E day 1; check X-ray
- Clips out day 12 by district nurse
- Orthogeriatric review (Prof. A. Dunbar's team)

Signed: P. Raghunathan  09/05/2024 16:40
""",
    [("Fiona Catriona MACKINNON", "PATIENT_NAME"),
     ("2107486632", "NHS_NUMBER"),
     ("Calum Strachan", "COLLEAGUE_NAME"),
     ("Ines Ferreira", "COLLEAGUE_NAME"),
     ("M. Kowalczyk", "COLLEAGUE_NAME"),
     ("A. Dunbar", "COLLEAGUE_NAME"),
     ("2408817K", "OTHER_ID"),
     ("UX47-0093215", "OTHER_ID")],
    ["Miss Priya Raghunathan", "P. Raghunathan", "NHS LOTHIAN", "ROYAL INFIRMARY OF EDINBURGH", "DOB: 21/07/1948",
     "Ward 108 bed 12", "Garden IV", "Nottingham Hip Fracture Score: 5", "cefuroxime 1.5 g", "gentamicin 3 mg/kg",
     "TXA 1 g", "Exeter V40 stem 44 no.1", "Unitrax", "Palacos R+G", "Enoxaparin 40 mg SC OD", "EBL 350 mL",
     "09/05/2024"],
))

# ---------------------------------------------------------------- s43-004
DOCS.append(D(
    "s43-004", "cbd", "Dr Omar Haddad",
    """CASE-BASED DISCUSSION (CbD) - Emergency Medicine
Trainee/applicant: Dr Omar Haddad      GMC: 7340021
Assessor: Dr Niamh McCluskey, Consultant in Emergency Medicine   GMC: 4419873
Site: Royal Victoria Hospital ED, Belfast Health and Social Care Trust
Date of assessment: 22/01/2024   Date of case: 17/01/2024

Clinical setting: ED resus      Focus: Management / clinical reasoning
Case complexity: High

Case summary (written by applicant):
Pt JD, 58M, H&C 634 019 2284. Type 1 diabetic, lives alone on a farm outside Dromara, brought in by his brother-in-law Seamus who found him drowsy. GCS 13 (E3 V4 M6). pH 7.08, HCO3 6.2, capillary ketones 5.9 mmol/L, glucose 31.4 mmol/L, K+ 5.8. Managed as severe DKA under the JBDS guideline: fixed-rate IV insulin 0.1 units/kg/h, 0.9% saline 1 L over 1 h then titrated, potassium added once K+ < 5.5. Precipitant: missed insulin for 3 days after the pen ran out during lambing. Admitted to ICU because of pH < 7.1.

Assessor comments:
Omar presented a clear, structured account and recognised the severity markers early. We discussed the risk of hypokalaemia and cerebral oedema and when to escalate to critical care. Good awareness of social factors - he contacted the diabetes specialist nurse team and JD's GP before the patient left the department.
Point for development: please remove the H&C number and initials before uploading - anonymise fully.

Rating: Above expectations for a consultant-level (Meets standard for CCT)

Assessor signature: N. McCluskey   22/01/2024
""",
    [("JD", "PATIENT_NAME"),
     ("634 019 2284", "NHS_NUMBER"),
     ("Dromara", "ADDRESS"),
     ("Seamus", "RELATIVE_NAME")],
    ["Dr Omar Haddad", "GMC: 7340021", "Dr Niamh McCluskey", "N. McCluskey", "Royal Victoria Hospital",
     "Belfast Health and Social Care Trust", "58M", "GCS 13 (E3 V4 M6)", "pH 7.08", "capillary ketones 5.9 mmol/L",
     "JBDS guideline", "0.1 units/kg/h", "glucose 31.4 mmol/L", "22/01/2024", "Omar"],
))

# ---------------------------------------------------------------- s43-005
DOCS.append(D(
    "s43-005", "reflective_note", "Dr Tendai Moyo",
    """Reflective note - Dr Tendai Moyo, Speciality Doctor, General Adult Psychiatry
Avon and Wiltshire Mental Health Partnership NHS Trust - Home Treatment Team, Bristol
Supervisor: Dr Lucy Hargreaves (Consultant Psychiatrist)

What happened
In September 2023 I assessed a 24-year-old man (RiO 10083371) referred by his mother after he had stopped sleeping and posted a series of messages on Instagram saying he could "hear the city's code". He goes by Kez rather than Kieran and works as a barista at the Bean Counter on Gloucester Road; his manager had sent him home twice that week. His account @kez.draws.bris had over 40 posts in one night. His mum Donna was worried he would "end up in the river again" - he had been pulled from the harbour in 2021.

At assessment he was elated, grandiose and disinhibited, with pressure of speech. He had no insight and did not accept medication. I discussed with Dr Hargreaves and the AMHP; Kieran Pilkington was admitted under section 2 of the Mental Health Act 1983 to Callington Road Hospital. He started olanzapine 10 mg nocte.

What I learned
- Social media activity can be useful collateral, but I had screenshots of his posts on my phone for a few minutes before realising they should be stored only on RiO. I deleted them and noted the source.
- Involving family early: Donna's account of the 2021 episode changed my risk assessment.
- Least restrictive option: we tried home treatment for 48 hours first, which I documented against the Code of Practice principles.

What I will do differently
I now use the trust's secure media upload rather than my own phone, and I have shared this at the HTT team meeting (minutes 10/10/2023).

Discussed with supervisor: Dr Lucy Hargreaves, 12/10/2023
""",
    [("10083371", "HOSPITAL_NUMBER"),
     ("Kez", "PATIENT_NAME"),
     ("Kieran", "PATIENT_NAME"),
     ("Kieran Pilkington", "PATIENT_NAME"),
     ("Bean Counter on Gloucester Road", "ADDRESS"),
     ("@kez.draws.bris", "OTHER_ID"),
     ("Donna", "RELATIVE_NAME")],
    ["Dr Tendai Moyo", "Dr Lucy Hargreaves", "Dr Hargreaves", "Avon and Wiltshire Mental Health Partnership NHS Trust",
     "24-year-old man", "section 2 of the Mental Health Act 1983", "Callington Road Hospital", "olanzapine 10 mg nocte",
     "Code of Practice", "12/10/2023"],
))

# ---------------------------------------------------------------- s43-006
DOCS.append(D(
    "s43-006", "logbook_extract", "Mr Chukwuemeka Obi",
    """eLogbook export - Mr Chukwuemeka Obi - General Surgery
Hospital: Royal Derby Hospital, University Hospitals of Derby and Burton NHS Foundation Trust
Period: 01/01/2024 - 31/03/2024      Supervisor: Mr Jonathan Ashworth, Consultant Colorectal Surgeon

Date        ID         Pt      Age Sex  Procedure                                   Role  ASA  Urgency   Outcome
03/01/2024  K0771204   R.W.    34  F    Laparoscopic cholecystectomy                P     2    Elective  Day case
05/01/2024  K0612977   DMcK    71  M    Laparotomy, Hartmann's procedure            P     3    Emergency HDU 2 days
11/01/2024  K0802341   S.Ahmed 19  M    Laparoscopic appendicectomy                 P     1    Emergency Home D2
11/01/2024  K0790050   b.t.    88  F    Open repair incarcerated femoral hernia     P     4    Emergency Died D9 (M&M 02/02)
19/01/2024  K0455198   JJ-P    52  M    Lap right hemicolectomy                     PS    2    Elective  LOS 4
26/01/2024  K0815530   R.W.    34  F    Re-look diagnostic laparoscopy              P     2    Urgent    Bile leak, ERCP stent
02/02/2024  K0367712   H.Ng    63  F    Incisional hernia mesh repair (sublay)      P     2    Elective  LOS 2
14/02/2024  K0820196   Gary T  45  M    Perianal abscess I&D                        P     1    Emergency Day case
29/02/2024  K0181733   MO'B    77  M    Emergency laparotomy, small bowel resection A     3    Emergency ICU, NELA risk 12.4%
15/03/2024  K0826610   A-MK    29  F    Pilonidal sinus excision, Bascom cleft lift P     1    Elective  Day case

Totals: 10 procedures; P 8, PS 1, A 1. Emergency 6.
Validated by: Mr Jonathan Ashworth  (GMC 4012255)  02/04/2024
""",
    [("K0771204", "HOSPITAL_NUMBER"), ("K0612977", "HOSPITAL_NUMBER"), ("K0802341", "HOSPITAL_NUMBER"),
     ("K0790050", "HOSPITAL_NUMBER"), ("K0455198", "HOSPITAL_NUMBER"), ("K0815530", "HOSPITAL_NUMBER"),
     ("K0367712", "HOSPITAL_NUMBER"), ("K0820196", "HOSPITAL_NUMBER"), ("K0181733", "HOSPITAL_NUMBER"),
     ("K0826610", "HOSPITAL_NUMBER"),
     ("R.W.", "PATIENT_NAME"), ("DMcK", "PATIENT_NAME"), ("S.Ahmed", "PATIENT_NAME"), ("b.t.", "PATIENT_NAME"),
     ("JJ-P", "PATIENT_NAME"), ("H.Ng", "PATIENT_NAME"), ("Gary T", "PATIENT_NAME"), ("MO'B", "PATIENT_NAME"),
     ("A-MK", "PATIENT_NAME")],
    ["Mr Chukwuemeka Obi", "Mr Jonathan Ashworth", "GMC 4012255", "Royal Derby Hospital",
     "University Hospitals of Derby and Burton NHS Foundation Trust", "Laparoscopic cholecystectomy",
     "Hartmann's procedure", "NELA risk 12.4%", "Bascom cleft lift", "03/01/2024", "ASA", "88  F"],
))

# ---------------------------------------------------------------- s43-007
DOCS.append(D(
    "s43-007", "handover_sheet", "Dr Folasade Adeyemi",
    """RHC GLASGOW - WARD 3C (general paeds) - NIGHT HANDOVER  sat 13/1/24
handing over: dr f adeyemi (spec doc)  ->  night reg
consultant on: dr e. macleod

bed 1  lily-mae conway 2/12  3104231548  bronchiolitis D3, HFNC 2L/kg/min FiO2 0.35. feeds NG 75% volume. mum shannon resident, dad (kyle) works nights - call mum first 07700 900761. if FiO2 >0.5 -> PICU r/v
bed 2  oskar 6y  2511174420  DKA new dx, now on SC insulin, BMs 4-hourly, DSN to see am. goes to st kentigern's PS, school nurse to be told re hypo plan
bed 4  aimee r 14y  1902108863  OD 32 paracetamol @ ~1900 fri, NAC 3-bag done, ALT 48, INR 1.1. CAMHS r/v mon. don't discharge before. note: boyfriend jordan NOT to visit per mum (see safeguarding note)
bed 6  baby of k. dunlop  (no CHI yet - temp no. T-44019)  3d jaundice, SBR 285 @ 72h -> phototx single, recheck 0400
bed 9  ruaridh 9y  0604145571  L forearm # post MUA, neurovasc obs hrly, plaster check

jobs: bed 4 - 0600 bloods (U&E, LFT, INR). bed 6 - SBR 0400.
escalation: any NEWS >=5 (PEWS) -> reg, any >=7 -> consultant dr macleod
""",
    [("lily-mae conway", "PATIENT_NAME"), ("3104231548", "NHS_NUMBER"), ("shannon", "RELATIVE_NAME"),
     ("kyle", "RELATIVE_NAME"), ("07700 900761", "PHONE"), ("oskar", "PATIENT_NAME"), ("2511174420", "NHS_NUMBER"),
     ("st kentigern's PS", "ADDRESS"), ("aimee r", "PATIENT_NAME"), ("1902108863", "NHS_NUMBER"),
     ("jordan", "RELATIVE_NAME"), ("k. dunlop", "PATIENT_NAME"), ("T-44019", "HOSPITAL_NUMBER"),
     ("ruaridh", "PATIENT_NAME"), ("0604145571", "NHS_NUMBER")],
    ["dr f adeyemi", "dr e. macleod", "dr macleod", "RHC GLASGOW", "WARD 3C", "bed 1", "HFNC 2L/kg/min FiO2 0.35",
     "NAC 3-bag", "ALT 48", "INR 1.1", "SBR 285 @ 72h", "PEWS", "2/12", "14y", "bronchiolitis"],
))

# ---------------------------------------------------------------- s43-008
DOCS.append(D(
    "s43-008", "mdt_minutes", "Dr Iolo Pritchard",
    """BETSI CADWALADR UNIVERSITY HEALTH BOARD
Lung Cancer MDT - Ysbyty Glan Clwyd, Bodelwyddan - Thursday 7 March 2024, 13:00 (Teams)

Chair: Dr Mererid Wyn Jones (Consultant Respiratory Physician) - verified minutes
Present: Dr Iolo Pritchard (Specialty Doctor, Respiratory), Dr Stephen Oakes (Radiology), Dr Alun Havard (Pathology),
Ms Caryl Vaughan (Lung CNS), Mr Tomasz Nowak (Thoracic Surgeon, Liverpool Heart and Chest Hospital, via link)
Minutes: Dr Iolo Pritchard

1. ROBERTS, Hywel ap Dafydd   M 67   NHS 6200473351   CRN: G298411
   CT-PET: 3.1 cm RUL mass, SUVmax 14, ipsilateral hilar node. EBUS 4R and 10R negative. TTNA: adenocarcinoma, TTF-1 positive, PD-L1 60%, EGFR/ALK/ROS1 negative. T2aN1M0, stage IIB. PS 1. FEV1 78%, TLCO 64%.
   Outcome: Refer for right upper lobectomy (Mr Nowak). Hywel's wife works on the ward here - staff member, please restrict records access.

2. Mrs E. Pugh-Davies   F 81   NHS 4829107736   CRN: G310056
   Enlarging 1.4 cm LLL nodule (Brock 31%), PS 2, severe COPD (FEV1 38%).
   Outcome: Not fit for surgery. Refer for SABR, Velindre/Clatterbridge pathway; Caryl to phone daughter (Sian) on 01632 960214? - number to confirm.

3. Mr Kenneth "Ken" Lightfoot   M 73   NHS 9916002578   CRN: G287703
   Right pleural effusion, cytology: mesothelioma (epithelioid). Ex-shipyard worker, Cammell Laird 1968-1990. PS 1.
   Outcome: Oncology for first-line nivolumab + ipilimumab. Inform coroner? - No (not deceased). Advise re industrial injuries scheme.

Actions: CNS to update patients. Next MDT 14/03/2024.
""",
    [("Stephen Oakes", "COLLEAGUE_NAME"), ("Alun Havard", "COLLEAGUE_NAME"), ("Caryl Vaughan", "COLLEAGUE_NAME"),
     ("Caryl", "COLLEAGUE_NAME"), ("Tomasz Nowak", "COLLEAGUE_NAME"), ("Nowak", "COLLEAGUE_NAME"),
     ("ROBERTS, Hywel ap Dafydd", "PATIENT_NAME"), ("Hywel", "PATIENT_NAME"), ("6200473351", "NHS_NUMBER"),
     ("G298411", "HOSPITAL_NUMBER"), ("E. Pugh-Davies", "PATIENT_NAME"), ("4829107736", "NHS_NUMBER"),
     ("G310056", "HOSPITAL_NUMBER"), ("Sian", "RELATIVE_NAME"), ("01632 960214", "PHONE"),
     ("Kenneth \"Ken\" Lightfoot", "PATIENT_NAME"), ("9916002578", "NHS_NUMBER"), ("G287703", "HOSPITAL_NUMBER")],
    ["Dr Mererid Wyn Jones", "Dr Iolo Pritchard", "BETSI CADWALADR UNIVERSITY HEALTH BOARD", "Ysbyty Glan Clwyd",
     "Liverpool Heart and Chest Hospital", "SUVmax 14", "PD-L1 60%", "T2aN1M0, stage IIB", "Brock 31%", "FEV1 38%",
     "nivolumab + ipilimumab", "Cammell Laird", "M 67", "F 81", "7 March 2024", "EBUS 4R and 10R"],
))

# ---------------------------------------------------------------- s43-009
DOCS.append(D(
    "s43-009", "email_thread", "Dr Rania Saleh",
    """From: Saleh Rania (BIRMINGHAM WOMEN'S AND CHILDREN'S NHS FOUNDATION TRUST) <rania.saleh3@nhs.net>
To: Achterberg Ruth <r.achterberg@nhs.net>
Cc: Labour Ward Coordinators <bwc.lwcoord@nhs.net>
Sent: 28 November 2023 21:47
Subject: RE: Mrs Begum - PPH follow up  MRN 3309187

Ruth,

Quick update on Shahida Begum (bed 7, delivery suite) for the morning team. EBL was 2.4 L from uterine atony after a 41+3 induction; responded to oxytocin infusion, carboprost 250 micrograms x3 and Bakri balloon, no return to theatre. Received 3 units RBC and 1 g fibrinogen concentrate (FIBTEM A5 was 9 mm). Hb this evening 84 g/L. Balloon out at 06:00 please.

Her husband Imran was very shaken - he filmed part of it on his phone, which I've asked him not to share. The interpreter (Sylheti) is booked again for 10:00 via Language Line, ref 88412007.

I'll do the debrief with her before she goes home and complete the Datix (W-2311-4471) tonight.

Rania

-----Original Message-----
From: Achterberg Ruth <r.achterberg@nhs.net>
Sent: 28 November 2023 19:02
Subject: Mrs Begum - PPH follow up  MRN 3309187

Can you send me a line on the lady in 7 for the 8am handover? Thanks. R
""",
    [("rania.saleh3@nhs.net", "EMAIL"), ("Achterberg Ruth", "COLLEAGUE_NAME"), ("r.achterberg@nhs.net", "EMAIL"),
     ("bwc.lwcoord@nhs.net", "EMAIL"), ("Begum", "PATIENT_NAME"), ("Shahida Begum", "PATIENT_NAME"),
     ("3309187", "HOSPITAL_NUMBER"), ("Ruth", "COLLEAGUE_NAME"), ("Imran", "RELATIVE_NAME"),
     ("88412007", "REFERENCE_NUMBER"), ("W-2311-4471", "REFERENCE_NUMBER")],
    ["Saleh Rania", "Rania", "BIRMINGHAM WOMEN'S AND CHILDREN'S NHS FOUNDATION TRUST", "EBL was 2.4 L",
     "carboprost 250 micrograms x3", "Bakri balloon", "FIBTEM A5 was 9 mm", "Hb this evening 84 g/L", "41+3",
     "1 g fibrinogen concentrate", "bed 7", "28 November 2023", "Sylheti"],
))

# ---------------------------------------------------------------- s43-010
DOCS.append(D(
    "s43-010", "teaching_feedback", "Dr Mei Ling Chua",
    """Teaching feedback summary
Session: "Recognising the deteriorating patient: NEWS2, sepsis and when to call" - FY1/FY2 core teaching
Facilitator: Dr Mei Ling Chua, Specialty Doctor in Acute Medicine
Venue: Education Centre, Royal Cornwall Hospital, Truro (Royal Cornwall Hospitals NHS Trust)
Date: 6 June 2024, 14:00-15:30     Attendees: 23      Forms returned: 19 (83%)

Q1 Content relevant to my practice          mean 4.7 / 5
Q2 Pitched at the right level               mean 4.4 / 5
Q3 Facilitator engaged the group            mean 4.8 / 5
Q4 I feel more confident escalating         mean 4.5 / 5
Overall                                     mean 4.6 / 5

Free-text comments (verbatim, anonymous):
- "Loved the simulated phone call to the reg using SBAR - would like more of that."
- "The cases about new confusion and a NEWS2 of 3 in a single parameter were really useful."
- "Slides a bit busy. The Sepsis Six mnemonic and the lactate > 4 mmol/L cut-off were clear."
- "Could we have a session on fluid balance and AKI (KDIGO) next time?"
- "Dr Chua was very approachable."

Facilitator's reflection: I will cut slides 14-22, add a second SBAR role-play and offer an AKI session in the autumn programme.

Verified by: Dr Patrick Trelawny, Foundation Programme Training Director, 12/06/2024
""",
    [],
    ["Dr Mei Ling Chua", "Dr Chua", "Dr Patrick Trelawny", "Royal Cornwall Hospital", "Royal Cornwall Hospitals NHS Trust",
     "NEWS2", "Sepsis Six", "SBAR", "lactate > 4 mmol/L", "KDIGO", "mean 4.6 / 5", "6 June 2024", "slides 14-22"],
))
