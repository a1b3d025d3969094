from common import D

DOCS = []

# ---------------------------------------------------------------- s43-051
DOCS.append(D(
    "s43-051", "clinic_letter", "Dr Oluwaseun Adewale",
    """Alder Hey Children's NHS Foundation Trust
Department of Paediatric Neurology, East Prescot Road, Liverpool
Epilepsy nurse advice line: 0151 496 0733

Our ref: NEU/OA/11407          Alder Hey no: 1023847
Clinic date: 03/07/2024

To: Dr Fiona Hesketh, Waterloo Park Medical Centre, Crosby
cc: Parents; School nurse; Dr A. Rowbotham (community paediatrician)

Re: Evie-Mae TATTERSALL   DOB 19/02/2019   NHS No 720 991 4462
    Flat 6, Mariners Quay, Brighton-le-Sands, L22 5PN

Diagnosis: Dravet syndrome (SCN1A pathogenic variant c.2589+3A>T, de novo)
Current medication: sodium valproate 150 mg BD, clobazam 5 mg BD, stiripentol 250 mg BD, fenfluramine (Fintepla) 0.2 mg/kg/day
Rescue: buccal midazolam 5 mg after 5 minutes of a convulsive seizure; second dose not before 10 min; 999 if no response

Evie-Mae (Evie) came with mum Jade and her grandmother. Seizure diary: 6 convulsive seizures in 3 months (previously 14), one needing rescue midazolam in the playground at Sacred Heart RC Primary, where she is in Reception with 1:1 support. No status since January. Echo (for fenfluramine monitoring) normal in May. Weight 19.2 kg (25th-50th centile). Sleep poor; melatonin 2 mg started.

Jade sends seizure videos to the epilepsy nurses - please use the secure upload (not WhatsApp or e-mail to jade.tattersall91@outlook.com as before). The school's individual healthcare plan needs updating; Mrs Kavanagh (SENCo) has asked for a copy.

Plan: increase fenfluramine to 0.35 mg/kg/day (maximum 17 mg/day while on stiripentol); echo 6-monthly; review in 4 months or sooner via the nurse line.

Dr Oluwaseun Adewale
Specialty Doctor, Paediatric Neurology (supervisor: Dr Ruth Meadowcroft, Consultant Paediatric Neurologist)
""",
    [("0151 496 0733", "PHONE"), ("NEU/OA/11407", "REFERENCE_NUMBER"), ("1023847", "HOSPITAL_NUMBER"),
     ("Fiona Hesketh", "COLLEAGUE_NAME"), ("Waterloo Park Medical Centre, Crosby", "ADDRESS"), ("A. Rowbotham", "COLLEAGUE_NAME"),
     ("Evie-Mae TATTERSALL", "PATIENT_NAME"), ("720 991 4462", "NHS_NUMBER"),
     ("Flat 6, Mariners Quay, Brighton-le-Sands", "ADDRESS"), ("L22 5PN", "POSTCODE"), ("Evie-Mae", "PATIENT_NAME"),
     ("Evie", "PATIENT_NAME"), ("Jade", "RELATIVE_NAME"), ("Sacred Heart RC Primary", "ADDRESS"),
     ("jade.tattersall91@outlook.com", "EMAIL"), ("Kavanagh", "COLLEAGUE_NAME")],
    ["Dr Oluwaseun Adewale", "Dr Ruth Meadowcroft", "Alder Hey Children's NHS Foundation Trust", "DOB 19/02/2019",
     "Dravet syndrome", "SCN1A", "c.2589+3A>T", "sodium valproate 150 mg BD", "clobazam 5 mg BD", "stiripentol 250 mg BD",
     "fenfluramine (Fintepla) 0.2 mg/kg/day", "buccal midazolam 5 mg", "Weight 19.2 kg", "melatonin 2 mg", "17 mg/day",
     "03/07/2024"],
))

# ---------------------------------------------------------------- s43-052
DOCS.append(D(
    "s43-052", "experience_letter", "Mr Tariq Mahmood",
    """NHS Borders - Borders General Hospital, Melrose
Department of General Surgery

12 September 2024

To whom it may concern - GMC portfolio pathway (CESR) application, General Surgery

I confirm that Mr Tariq Mahmood (GMC 7129930) has been employed as a Specialty Doctor in General Surgery at Borders General Hospital, NHS Borders, from 4 February 2019 to the present, on a full-time basis.

During this time Mr Mahmood has participated in the general surgical middle-grade on-call rota (1 in 8), managing the emergency take independently with consultant support from home. He runs his own weekly elective operating list (laparoscopic cholecystectomy, hernia repair, and minor colorectal procedures) and a weekly general surgical outpatient clinic with about 12 new and 18 follow-up patients. Between 2021 and 2024 he was the primary operator in 412 emergency and 688 elective procedures, including 74 emergency laparotomies, all recorded in his eLogbook and NELA returns.

He was our departmental audit lead for 2022-23, completed the re-audit of emergency laparotomy time-to-theatre against the NELA standard, and teaches the foundation doctors weekly. He has contributed to the Scottish Audit of Surgical Mortality (SASM) reviews and the department's M&M meetings.

He is a safe, well-respected colleague and I support his application without reservation.

Yours faithfully

Mr Ian Gallacher FRCS
Consultant General Surgeon and Clinical Director, Surgical Services, NHS Borders
GMC 3891045
""",
    [],
    ["Mr Tariq Mahmood", "Mr Mahmood", "GMC 7129930", "Mr Ian Gallacher", "GMC 3891045", "Borders General Hospital",
     "NHS Borders", "4 February 2019", "1 in 8", "412 emergency and 688 elective procedures", "74 emergency laparotomies",
     "NELA", "Scottish Audit of Surgical Mortality (SASM)", "12 September 2024"],
))

# ---------------------------------------------------------------- s43-053
DOCS.append(D(
    "s43-053", "incident_report", "Dr Bilal Chaudhry",
    """Once for Wales Concerns Management System (Datix Cymru) - Incident form
Ref: CTM-INC-2024-118004
Organisation: Cwm Taf Morgannwg University Health Board
Site / location: Prince Charles Hospital, Merthyr Tydfil - Ward 7 (Gastroenterology)
Incident date: 15/05/2024 08:20       Reporter: Dr Bilal Chaudhry, Specialty Doctor, Gastroenterology
Type: Medication - administration - insulin     Severity: Moderate harm

Patient: Mr Glyndwr (Glyn) Bowditch, 71M, unit no. P0559813, NHS 4117205583

What happened
Mr Bowditch (alcohol-related cirrhosis, Child-Pugh B, type 2 diabetes) was prescribed Actrapid 10 units SC pre-breakfast on a paper chart (the ward was on downtime from the ePMA system). The dose was handwritten as "10u" and was read as 100 units by an agency nurse (Mark Pendry). Capillary glucose at 09:05 was 1.9 mmol/L; he was drowsy (GCS 12). Treated per the JBDS hypoglycaemia guideline with 150 mL of 10% glucose IV, then 10% glucose infusion; glucose monitoring hourly for 24 h. No lasting harm identified; transferred to the Acute Medical Unit for overnight monitoring.

Immediate actions: the prescribing doctor (FY1, Dr Ellie Braddock) and the nurse both informed; Duty of Candour conversation held with Mr Bowditch and his daughter Leanne by me and the ward manager, Sister Angharad Jeremiah, on 15/05/2024. Written Duty of Candour letter sent 17/05/2024.

Learning
- "Units" must never be abbreviated (NPSA alert 2010); insulin must be prescribed in full on paper charts.
- Downtime procedure to include a pharmacist check of all insulin prescriptions within 2 h.
- Presented at Medicine Directorate Quality & Safety meeting 04/06/2024.

Reviewed and verified by: Dr Huw Prosser, Consultant Gastroenterologist and Directorate Patient Safety Lead
""",
    [("CTM-INC-2024-118004", "REFERENCE_NUMBER"), ("Glyndwr (Glyn) Bowditch", "PATIENT_NAME"), ("Bowditch", "PATIENT_NAME"),
     ("P0559813", "HOSPITAL_NUMBER"), ("4117205583", "NHS_NUMBER"), ("Mark Pendry", "COLLEAGUE_NAME"),
     ("Ellie Braddock", "COLLEAGUE_NAME"), ("Leanne", "RELATIVE_NAME"), ("Angharad Jeremiah", "COLLEAGUE_NAME")],
    ["Dr Bilal Chaudhry", "Dr Huw Prosser", "Cwm Taf Morgannwg University Health Board", "Prince Charles Hospital", "Ward 7",
     "Child-Pugh B", "Actrapid 10 units SC", "1.9 mmol/L", "GCS 12", "JBDS hypoglycaemia guideline", "150 mL of 10% glucose IV",
     "NPSA alert 2010", "Duty of Candour", "71M", "15/05/2024 08:20"],
))

# ---------------------------------------------------------------- s43-054
DOCS.append(D(
    "s43-054", "chat_export", "Dr Siddharth Menon",
    """Microsoft Teams - chat export: "Haem on-call / lab" (Sheffield Teaching Hospitals NHS Foundation Trust)
Exported 09/08/2024 for CESR evidence by Dr Siddharth Menon (Specialty Doctor, Haematology). Consultant on call: Dr Rebecca Lindley.

[08/08/2024 16:42] Priya Shah (BMS, Haematology lab, RHH): Hi - urgent film on H24.0808.1173, mr o'neill, ward P3. Hb 78, plt 19, WCC 2.1, lots of abnormal promyelocytes with Auer rods, some faggot cells. Coag: PT 19.8, APTT 41, fibrinogen 0.8. Looks like APML to me.
[08/08/2024 16:44] Siddharth Menon: Thanks Priya. Is this Seamus O'Neill, DOB 30/10/1962? There's another O'Neil on P3 (one L).
[08/08/2024 16:45] Priya Shah (BMS, Haematology lab, RHH): Yes - RHH hosp no. J2043817. Two Ls.
[08/08/2024 16:47] Siddharth Menon: Ok. Treating as APML. I'll start ATRA 45 mg/m2/day now, don't wait for PML-RARA. Cryo 2 pools and platelets to keep plt > 50 and fibrinogen > 1.5. Can you send PML-RARA by RT-PCR + FISH to the HMDS lab?
[08/08/2024 16:48] Priya Shah (BMS, Haematology lab, RHH): Will do, sample ref H24.0808.1173-M
[08/08/2024 17:30] Siddharth Menon: Spoke to Dr Lindley, agreed ATRA + arsenic trioxide (low/intermediate risk, WCC < 10) per BSH guideline. Wife (Bernadette) aware. He's a lorry driver - away from home in Sheffield, family in Donegal. Moved to Haematology ward, Firth 1.
[08/08/2024 17:31] Rebecca Lindley: Good work. Please watch for differentiation syndrome, daily weight and fluid balance.
""",
    [("Priya Shah", "COLLEAGUE_NAME"), ("Priya", "COLLEAGUE_NAME"), ("H24.0808.1173", "OTHER_ID"), ("o'neill", "PATIENT_NAME"),
     ("Seamus O'Neill", "PATIENT_NAME"), ("O'Neil", "PATIENT_NAME"), ("J2043817", "HOSPITAL_NUMBER"),
     ("H24.0808.1173-M", "OTHER_ID"), ("Bernadette", "RELATIVE_NAME")],
    ["Dr Siddharth Menon", "Siddharth Menon", "Dr Rebecca Lindley", "Rebecca Lindley", "Dr Lindley",
     "Sheffield Teaching Hospitals NHS Foundation Trust", "DOB 30/10/1962", "Hb 78, plt 19, WCC 2.1", "Auer rods",
     "fibrinogen 0.8", "ATRA 45 mg/m2/day", "PML-RARA", "arsenic trioxide", "BSH guideline", "differentiation syndrome",
     "ward P3", "Firth 1"],
))

# ---------------------------------------------------------------- s43-055
DOCS.append(D(
    "s43-055", "discharge_summary", "Dr Ngozi Eke",
    """NHS FIFE - VICTORIA HOSPITAL, KIRKCALDY
Stroke Unit (Ward 42) - Immediate Discharge Document

Patient: Mrs Janet "Jessie" LUMSDEN     CHI 0404345526     Female
DOB 04-APR-1934 (90 yrs)     Hosp no. VHK/0078113
Home: 7 Harbour Wynd, Pittenweem, Anstruther KY10 2PX
NOK: son - Alistair Lumsden - 0131 496 0284 / 07700 900412
Care: lives alone; helped by neighbour, Mrs Agnes Robb, and carers x2 daily (Fife HSCP)

Admission 11/06/2024 via FAST call; discharge 28/06/2024 to home with reablement.

Diagnosis: Left MCA territory ischaemic stroke (TACS), cardioembolic - new atrial fibrillation
Onset 07:10 (known well at 06:30), door-to-needle 38 min. NIHSS 14 on arrival -> 4 at 24 h -> 2 at discharge.
Thrombolysis: tenecteplase 0.25 mg/kg (weight 58 kg: 15 mg IV bolus) - no thrombectomy (transfer to Edinburgh declined by family after discussion; pre-stroke mRS 2).
24 h CT: small haemorrhagic transformation (HI1), asymptomatic.
Secondary prevention: apixaban 2.5 mg BD started day 10 (age >= 80, weight <= 60 kg); atorvastatin 20 mg; BP target < 130/80.
Residual: mild expressive dysphasia, right hand weakness (MRC 4/5). SALT: normal diet, thin fluids. Modified Rankin at discharge 3.

Driving: no longer drives (told DVLA not applicable). Follow-up: stroke clinic 6 weeks; Chest Heart & Stroke Scotland community support referral.

Discharging doctor: Dr Ngozi Eke, Specialty Doctor, Stroke Medicine. Consultant: Dr Kenneth Morrison.
""",
    [("Janet \"Jessie\" LUMSDEN", "PATIENT_NAME"), ("0404345526", "NHS_NUMBER"), ("VHK/0078113", "HOSPITAL_NUMBER"),
     ("7 Harbour Wynd, Pittenweem, Anstruther", "ADDRESS"), ("KY10 2PX", "POSTCODE"), ("Alistair Lumsden", "RELATIVE_NAME"),
     ("0131 496 0284", "PHONE"), ("07700 900412", "PHONE"), ("Agnes Robb", "RELATIVE_NAME")],
    ["Dr Ngozi Eke", "Dr Kenneth Morrison", "NHS FIFE", "VICTORIA HOSPITAL, KIRKCALDY", "Ward 42", "DOB 04-APR-1934",
     "90 yrs", "Female", "door-to-needle 38 min", "NIHSS 14", "tenecteplase 0.25 mg/kg", "15 mg IV bolus", "mRS 2",
     "HI1", "apixaban 2.5 mg BD", "atorvastatin 20 mg", "Modified Rankin at discharge 3", "11/06/2024"],
))

# ---------------------------------------------------------------- s43-056
DOCS.append(D(
    "s43-056", "dops", "Dr Oyinda Lawal",
    """DIRECT OBSERVATION OF PROCEDURAL SKILLS (DOPS) - Anaesthesia
Procedure: Lumbar epidural for labour analgesia
Doctor: Dr Oyinda Lawal, Specialty Doctor in Anaesthesia
Assessor: Dr James Thackeray, Consultant Obstetric Anaesthetist
Hospital: Birmingham Heartlands Hospital, University Hospitals Birmingham NHS Foundation Trust - Delivery Suite
Date: 21/11/2023       Case: multiparous woman, BMI 41, labouring, platelet count 182 x 10^9/L, no anticoagulants
Difficulty: moderately difficult (BMI)

Checklist                                                 Rating
Indication, contraindications, consent (incl. risks: 1 in 100 headache, 1 in 1,000 nerve damage temporary) - meets expectations
Preparation: full asepsis, chlorhexidine 0.5% allowed to dry, positioning (sitting)                  - above expectations
Technique: L3/4 midline, 16G Tuohy, loss of resistance to saline at 7 cm, catheter 5 cm in space       - meets expectations
Test dose and establishment: 10 mL 0.1% bupivacaine + fentanyl 2 micrograms/mL in divided doses          - meets expectations
Post-procedure: block to T10 bilaterally at 20 min, BP and CTG monitoring, PIEB programme set             - above expectations
Communication with the midwife and the woman                                                            - above expectations

Overall: competent to perform independently - Level 4
Assessor comments: Calm, good ergonomics with a high BMI, used ultrasound to identify the midline beforehand (good practice). Next: DOPS for a combined spinal-epidural for Category 2 caesarean section.

Signed: Dr James Thackeray (GMC 4455102)    Doctor: Dr Oyinda Lawal
""",
    [],
    ["Dr Oyinda Lawal", "Dr James Thackeray", "GMC 4455102", "Birmingham Heartlands Hospital",
     "University Hospitals Birmingham NHS Foundation Trust", "BMI 41", "platelet count 182 x 10^9/L", "16G Tuohy", "L3/4",
     "0.1% bupivacaine + fentanyl 2 micrograms/mL", "block to T10", "PIEB", "Level 4", "21/11/2023"],
))

# ---------------------------------------------------------------- s43-057
DOCS.append(D(
    "s43-057", "serious_incident_report", "Dr Kateryna Bondarenko",
    """PATIENT SAFETY INCIDENT INVESTIGATION (PSII) - executive summary (draft v3)
Royal Berkshire NHS Foundation Trust - Maternity & Neonatal Services
StEIS ref: 2024/08812       LFPSE ref: 0A7D-44E2-B913       MNSI (HSSIB) ref: MI-031977
Incident: Term baby born in poor condition; hypoxic-ischaemic encephalopathy (HIE) grade 2; therapeutic hypothermia
Neonatal author: Dr Kateryna Bondarenko, Specialty Doctor, Neonatal Medicine (contributed neonatal chronology)
Investigation lead / verifying: Dr Sarah Pennington, Consultant Neonatologist and Patient Safety Lead

Family: mother Mrs Chloe Abernethy-Rowe (aged 29), partner Mr Daniel Rowe; baby "Baby Rowe", now named Arlo. The family live in Tilehurst and have asked to be called, not written to (07700 900563).

Chronology (neonatal)
- 02/04/2024 03:48 birth by emergency forceps (Neville-Barnes) after prolonged pathological CTG. Apgars 1, 3, 5. Cord arterial pH 6.92, BE -17.4, lactate 13.
- 03:49-04:02 resuscitation per NLS: 5 inflation breaths, ventilation breaths, 2 cycles of chest compressions (3:1), HR > 100 at 6 min. Intubated 04:05 by neonatal registrar (Dr Ahmed Siddiq).
- 04:20 Sarnat grade 2 (lethargy, hypotonia, weak suck). Passive cooling started.
- 05:35 active cooling (target 33.5 C) on NNU; aEEG moderately abnormal voltage; seizures at 09:10 treated with phenobarbital 20 mg/kg.
- MRI day 6: injury in the basal ganglia/thalami (mild). Discharged day 14, tube-fed.

Care issues identified (maternity): CTG deceleration pattern not escalated for 52 minutes; fresh-eyes review missed at 02:00 (midwives: Hannah Greaves, NMC 19I4471E; Olivia Marr, NMC 21C0093W). Coordinator not informed of delay in obstetric review.
Care issues (neonatal): none; cooling started within 2 h (BAPM standard < 6 h).

Recommendations: CTG fresh-eyes every hour with documented escalation (Saving Babies' Lives v3 element 4).
""",
    [("2024/08812", "REFERENCE_NUMBER"), ("0A7D-44E2-B913", "REFERENCE_NUMBER"), ("MI-031977", "REFERENCE_NUMBER"),
     ("Chloe Abernethy-Rowe", "PATIENT_NAME"), ("Daniel Rowe", "RELATIVE_NAME"), ("Baby Rowe", "PATIENT_NAME"),
     ("Arlo", "PATIENT_NAME"), ("Tilehurst", "ADDRESS"), ("07700 900563", "PHONE"), ("Ahmed Siddiq", "COLLEAGUE_NAME"),
     ("Hannah Greaves", "COLLEAGUE_NAME"), ("19I4471E", "GMC_NUMBER"), ("Olivia Marr", "COLLEAGUE_NAME"),
     ("21C0093W", "GMC_NUMBER")],
    ["Dr Kateryna Bondarenko", "Dr Sarah Pennington", "Royal Berkshire NHS Foundation Trust", "aged 29", "Neville-Barnes",
     "Apgars 1, 3, 5", "Cord arterial pH 6.92, BE -17.4", "HR > 100 at 6 min", "Sarnat grade 2", "33.5 C",
     "phenobarbital 20 mg/kg", "BAPM standard < 6 h", "Saving Babies' Lives v3", "02/04/2024 03:48", "HIE"],
))

# ---------------------------------------------------------------- s43-058
DOCS.append(D(
    "s43-058", "safeguarding_note", "Dr Hyun-woo Park",
    """ADULT SAFEGUARDING - record of concern and referral (APP1)
South Eastern Health and Social Care Trust - Lagan Valley Hospital, Lisburn - Ward 5 (Older People's Medicine)
Referring doctor: Dr Hyun-woo Park, Specialty Doctor, Geriatric Medicine
Discussed with: Dr Siobhan Lavery, Consultant Geriatrician (verifies this record)
Date: 11/04/2024

Adult at risk: Mrs Elizabeth (Betty) HANNA, aged 93 (DOB 02/09/1930), female
H&C: 2219 044 8751       Hosp no: LVH 0337192
Home: Apt 3, Lagan View Court, Lisburn BT28 1XY

Concern: Betty was admitted with a fall and dehydration. She told the ward sister, and later me, that "Stevie from next door" has her bank card and PIN "to do the messages" and she has not seen a bank statement since Christmas. Her niece, Mrs Valerie McCrum (tel 028 9649 6311), says £7,400 has gone from Betty's Ulster Bank account (ending 4471) since January, mostly cash withdrawals. The neighbour, Mr Stephen Crothers, visited today and became angry when asked to leave; his car (silver Astra, reg KFZ 4471) was parked in the ambulance bay. Betty has mild cognitive impairment (MoCA 21/30) and I assessed her as having capacity to decide about making a referral; she agreed.

Actions: APP1 referral to the Designated Adult Protection Officer (DAPO: Mr Colm Devenney) - referral no. ASG/SET/24/00982. PSNI informed - ref CC 2024041100512. Ward staff asked not to share information with Mr Crothers. Social worker to consider an emergency application re: finances (Office of Care and Protection). Documented per the NI Adult Safeguarding Policy (2015) and the Mental Capacity Act (Northern Ireland) 2016 principles.

Signed: Dr Hyun-woo Park
""",
    [("Elizabeth (Betty) HANNA", "PATIENT_NAME"), ("Betty", "PATIENT_NAME"), ("2219 044 8751", "NHS_NUMBER"),
     ("LVH 0337192", "HOSPITAL_NUMBER"), ("Apt 3, Lagan View Court, Lisburn", "ADDRESS"), ("BT28 1XY", "POSTCODE"),
     ("Stevie", "RELATIVE_NAME"), ("Valerie McCrum", "RELATIVE_NAME"), ("028 9649 6311", "PHONE"),
     ("ending 4471", "OTHER_ID"), ("Stephen Crothers", "RELATIVE_NAME"), ("Crothers", "RELATIVE_NAME"),
     ("KFZ 4471", "OTHER_ID"), ("Colm Devenney", "COLLEAGUE_NAME"), ("ASG/SET/24/00982", "REFERENCE_NUMBER"),
     ("CC 2024041100512", "REFERENCE_NUMBER")],
    ["Dr Hyun-woo Park", "Dr Siobhan Lavery", "South Eastern Health and Social Care Trust", "Lagan Valley Hospital",
     "Ward 5", "aged 93", "DOB 02/09/1930", "female", "MoCA 21/30", "£7,400", "NI Adult Safeguarding Policy (2015)",
     "Mental Capacity Act (Northern Ireland) 2016", "11/04/2024", "Ulster Bank"],
))

# ---------------------------------------------------------------- s43-059
DOCS.append(D(
    "s43-059", "dvla_letter", "Dr Rhian Prothero",
    """Aneurin Bevan University Health Board - Royal Gwent Hospital, Newport
First Seizure Clinic (Neurology)

DVLA Drivers Medical Group, Swansea
Your ref: D/M1/7781203        Our ref: FSC/RP/0442
Date: 29/01/2024

Dear Sir or Madam

Re: Mr Craig Anthony PEMBERTON, DOB 06/06/1981
Driving licence no: PEMBE806061CA9XJ
Address: 52 Heol Pant-y-Deri, Caerphilly CF83 1QT

Thank you for your enquiry. Mr Pemberton holds Group 1 and Group 2 (C+E) entitlement and works as an HGV driver for Cwm Haulage Ltd, Rhymney.

He had a single unprovoked generalised tonic-clonic seizure at the wheel of a stationary lorry in a depot on 02/12/2023, witnessed by a colleague (Mr Dean Pugh), who called 999 (WAST incident 23-1202-0741). There was no precipitating factor; alcohol denied; sleep deprivation on a night shift is a possible contributor. MRI brain (epilepsy protocol) normal; EEG showed no epileptiform discharges. I have not started antiseizure medication.

Under the DVLA "Assessing fitness to drive" guidance (first unprovoked seizure): Group 1 - 6 months off driving from the date of the seizure if there are no relevant abnormalities on imaging and EEG; Group 2 - 5 years off driving, off antiseizure medication. I have advised Mr Pemberton accordingly and he has surrendered his Group 2 entitlement voluntarily. His employer's occupational health (Ms T. Jenkins) has his consent to be informed.

Yours faithfully

Dr Rhian Prothero
Specialty Doctor in Neurology
""",
    [("D/M1/7781203", "REFERENCE_NUMBER"), ("FSC/RP/0442", "REFERENCE_NUMBER"), ("Craig Anthony PEMBERTON", "PATIENT_NAME"),
     ("PEMBE806061CA9XJ", "OTHER_ID"), ("52 Heol Pant-y-Deri, Caerphilly", "ADDRESS"), ("CF83 1QT", "POSTCODE"),
     ("Pemberton", "PATIENT_NAME"), ("Cwm Haulage Ltd, Rhymney", "ADDRESS"), ("Dean Pugh", "RELATIVE_NAME"),
     ("23-1202-0741", "REFERENCE_NUMBER"), ("T. Jenkins", "COLLEAGUE_NAME")],
    ["Dr Rhian Prothero", "Aneurin Bevan University Health Board", "Royal Gwent Hospital", "DOB 06/06/1981",
     "Group 1 - 6 months", "Group 2 - 5 years", "Assessing fitness to drive", "MRI brain (epilepsy protocol) normal",
     "02/12/2023", "29/01/2024", "DVLA Drivers Medical Group"],
))

# ---------------------------------------------------------------- s43-060
DOCS.append(D(
    "s43-060", "appraisal_summary", "Dr Sunil Raghavan",
    """MEDICAL APPRAISAL - SUMMARY AND PERSONAL DEVELOPMENT PLAN (MAG form v4.2, outputs)
Doctor: Dr Sunil Raghavan, Specialty Doctor in Old Age Psychiatry (GMC 6843301)
Designated body: Leicestershire Partnership NHS Trust
Appraiser: Dr Margaret Oyelaran-Hughes, trained appraiser (verifies this summary)
Appraisal date: 15/02/2024   Appraisal year: 2023/24   Revalidation due: September 2026

Scope of work: memory assessment service (4 sessions), community old age psychiatry caseload (~180 patients), inpatient cover on the Bennion Centre rota, Mental Health Act section 12(2) approved doctor.

Supporting information reviewed
- CPD: 62 credits (RCPsych CPD scheme), incl. dementia update, Lewy body disease masterclass, MCA/DoLS refresher.
- Quality improvement: audit of antipsychotic prescribing in dementia against NICE NG97 (cycle 2: 71% -> 88% with documented review at 12 weeks).
- Significant events: none personally involved. One complaint (communication) - resolved locally, reflection seen.
- Feedback: colleague MSF (n=15) and patient feedback (n=34), both above benchmark.
- Probity and health declarations signed.

Summary of discussion: Sunil has developed his memory clinic diagnostic skills (including Addenbrooke's Cognitive Examination-III interpretation, DAT-SPECT referral criteria) and is preparing a portfolio pathway application. We discussed the breadth of evidence needed for the old age psychiatry curriculum, especially liaison and inpatient leadership.

PDP 2024/25
1. Complete 6 supervised CbDs in liaison psychiatry (by December 2024).
2. Lead a QI project on delirium screening (4AT) with the acute hospital team.
3. Complete the RCPsych "Leadership in Psychiatry" course.

Signed: Dr Margaret Oyelaran-Hughes (appraiser) / Dr Sunil Raghavan
""",
    [],
    ["Dr Sunil Raghavan", "Sunil", "GMC 6843301", "Dr Margaret Oyelaran-Hughes", "Leicestershire Partnership NHS Trust",
     "Bennion Centre", "section 12(2)", "62 credits", "Lewy body disease", "NICE NG97", "71% -> 88%",
     "Addenbrooke's Cognitive Examination-III", "DAT-SPECT", "4AT", "15/02/2024"],
))
