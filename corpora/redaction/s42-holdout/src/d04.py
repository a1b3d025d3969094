from common import D

D("s42-031", "mdt_minutes", "Dr Anjali Nair", """
North Manchester CMHT (Cheetham Hill) - Weekly MDT / Zoning meeting - minutes
Date: 16/05/2024   Chair: Dr Anjali Nair (Specialty Doctor, acting consultant cover)
Present: Colette Byrne (team manager), Kwabena Osei (CPN), Rhiannon Tate (OT), Sam Dyer (social worker, AMHP), Imogen Fry (psychology)

RED ZONE
1. T.B. (RiO 10447826) - discharged from Park House 10/05 on aripiprazole 15 mg + Abilify Maintena 400 mg (1st dose given). Lives alone, Crumpsall. Sister very involved. Kwabena to do 72h follow-up (done 12/05 - engaged). Plan: CPA review 6 weeks.
2. "Mags" - Margaret Quayle (RiO 10993215), 52, bipolar affective disorder, lithium level 1.21 mmol/L on 14/05 with tremor and diarrhoea. Dose reduced 800 -> 600 mg, repeat level Monday. Husband Clive reports she has stopped going to her job at the bakery on Bury Old Road. Zone stays red.
3. Ethan W. (19) - post-overdose, GMMH complaint open (Ref COMP-24-0417). Seen by Sam at home; PHQ-9 21, GAD-7 15. Referred to Early Intervention? - no psychotic features; for IAPT-plus / Healthy Young Minds transition. Dad Darren wants a call from Dr Nair.

AMBER: 6 cases reviewed, no changes (see RiO caseload list).
GREEN: 3 for discharge to GP.

Actions: AN to call Darren Walsh; KO to chase lithium; CB to reply to complaint by 31/05.
""", [("Colette Byrne", "CN"), ("Kwabena Osei", "CN"), ("Kwabena", "CN"), ("Rhiannon Tate", "CN"), ("Sam Dyer", "CN"), ("Sam", "CN"), ("Imogen Fry", "CN"),
      ("T.B.", "PN"), ("10447826", "HN"), ("Crumpsall", "AD"), ("Mags", "PN"), ("Margaret Quayle", "PN"), ("10993215", "HN"), ("Clive", "RN"),
      ("bakery on Bury Old Road", "AD"), ("Ethan W.", "PN"), ("COMP-24-0417", "REF"), ("Darren", "RN"), ("Darren Walsh", "RN"),
      ("KO", "CN"), ("CB", "CN")],
  ["Dr Anjali Nair", "Dr Nair", "AN", "Park House", "aripiprazole 15 mg", "Abilify Maintena 400 mg", "lithium level 1.21 mmol/L", "800 -> 600 mg",
   "PHQ-9 21", "GAD-7 15", "bipolar affective disorder", "GMMH", "Healthy Young Minds", "16/05/2024", "52"])

D("s42-032", "safeguarding_note", "Dr Emeka Okonkwo", """
ADULT SAFEGUARDING - concern raised by medical team (NNUH, Cringleford ward)
Date: 04/03/2024 11:20   Author: Dr E. Okonkwo   Norfolk County Council safeguarding referral no.: NCC-ASR-2403-01926

Adult at risk: Mrs Dorothy Eileen Kerrison, 86 (DOB 18/08/1937), NHS 401 772 9964, MRN 0081130552
Lives: Flat 3, Marlpit Court, Hellesdon, Norwich NR5 9DS (sheltered housing, warden Mr Keith Alden)

Concern: Possible financial abuse. Mrs Kerrison has mild Alzheimer's dementia (MoCA 19/30 in Jan 2024) and was admitted with a fall and weight loss (BMI 16.9). She told the ward OT that her great-nephew, Shane Kerrison, "looks after my money" and has her bank card; she had not bought food for "a couple of weeks". The warden has seen Shane's white van (plate ending 'PKF') outside most days. The ward found a Lloyds statement in her handbag showing cash withdrawals of £300 daily in February.

Capacity: Assessed by me re. managing finances - lacks capacity for this decision (could not retain or weigh information) under the Mental Capacity Act 2005. No registered LPA (checked OPG search, result ref OPG-SR-88214).
Her only other relative is a sister in Lowestoft, Mrs Joan Tilney, tel 01632 960305, who was unaware.

Action: Referral made to Norfolk MASH (phoned 01632 960020 option 1, spoke to Hayley). Mrs Kerrison agrees to a referral and asked that Shane not be told she raised it. Discharge on hold. Consultant Dr Ashworth informed.
Verified for portfolio: Dr Claire Ashworth, Consultant Geriatrician (Adult Safeguarding lead, Medicine), 15/04/2024
""", [("NCC-ASR-2403-01926", "REF"), ("Dorothy Eileen Kerrison", "PN"), ("Kerrison", "PN"), ("401 772 9964", "NHS"), ("0081130552", "HN"),
      ("Flat 3, Marlpit Court, Hellesdon, Norwich", "AD"), ("NR5 9DS", "PC"), ("Keith Alden", "RN"), ("Shane Kerrison", "RN"), ("Shane", "RN"),
      ("PKF", "OID"), ("OPG-SR-88214", "REF"), ("Lowestoft", "AD"), ("Joan Tilney", "RN"), ("01632 960305", "PH"), ("01632 960020", "PH"),
      ("Hayley", "CN")],
  ["Dr E. Okonkwo", "NNUH", "Cringleford ward", "18/08/1937", "86", "Alzheimer's dementia", "MoCA 19/30", "BMI 16.9", "Mental Capacity Act 2005",
   "Dr Ashworth", "Dr Claire Ashworth", "04/03/2024 11:20", "Norfolk County Council"])

D("s42-033", "clinic_letter", "Dr Grace Mwangi", """
Northern Health and Social Care Trust
Rheumatology Department, Antrim Area Hospital, Bush Road, Antrim BT41 2RL

Our Ref: GM/RHEUM/0087421
Date: 12 August 2024

Dr Fionnuala Devenney
Castle Medical Practice, Ballymena

Dear Fionnuala,

RE: MRS SHARON ELIZABETH McALLISTER   D.O.B. 05/03/1974
      HCN 712 004 3389   Hosp No AAH 0087421
      41 Glenravel St
      Ballymena
      BT43 6LR

Diagnosis: Seropositive rheumatoid arthritis (RF 88, anti-CCP > 340), DAS28-CRP 5.4
Current: methotrexate 20 mg SC weekly, folic acid 5 mg 6 days/week, hydroxychloroquine 200 mg daily, prednisolone 5 mg (tapering)

Thank you for your referral. Sharon is a 50 year old school cook at St Louis' Grammar who has had 5 months of symmetrical small-joint synovitis. Her mother (Mrs Peggy Harkin) had severe RA and "ended up in a wheelchair", which is her main worry.

Despite two DMARDs she has 8 swollen and 11 tender joints. She meets NICE criteria for biologic therapy (DAS28 > 5.1 on two occasions a month apart) and I have applied for etanercept (Benepali 50 mg weekly). Chest X-ray and QuantiFERON are pending.

She asked that letters go to her work email rather than home; I have explained that we only use the address on the PAS.

Kind regards

Dr Grace Mwangi
Specialty Doctor in Rheumatology
""", [("GM/RHEUM/0087421", "REF"), ("Bush Road, Antrim", "AD"), ("BT41 2RL", "PC"), ("Fionnuala Devenney", "CN"), ("Fionnuala", "CN"),
      ("Castle Medical Practice, Ballymena", "AD"), ("SHARON ELIZABETH McALLISTER", "PN"), ("712 004 3389", "NHS"), ("AAH 0087421", "HN"),
      ("41 Glenravel St", "AD"), ("Ballymena", "AD"), ("BT43 6LR", "PC"), ("Sharon", "PN"), ("St Louis' Grammar", "AD"), ("Peggy Harkin", "RN")],
  ["Dr Grace Mwangi", "Northern Health and Social Care Trust", "Antrim Area Hospital", "05/03/1974", "RF 88", "anti-CCP > 340", "DAS28-CRP 5.4",
   "methotrexate 20 mg SC weekly", "hydroxychloroquine 200 mg daily", "prednisolone 5 mg", "Benepali 50 mg weekly", "etanercept", "DAS28 > 5.1",
   "50 year old", "12 August 2024"])

D("s42-034", "dops", "Dr Bilal Chaudhry", """
DIRECT OBSERVATION OF PROCEDURAL SKILLS (DOPS) - Trauma & Orthopaedics
Doctor: Dr Bilal Chaudhry   Assessor: Mr Richard Whitworth (Consultant, T&O)   Hospital: Northern General Hospital, Sheffield
Date: 11/12/2023   Procedure: Closed reduction and application of above-knee cast, displaced tibial shaft fracture (child)   Difficulty: average

Patient: 9M, "Alfie" (A. Sowerby, RHQ4130276), fell from the climbing frame at Lydgate Junior School. Mum (Kelly) present throughout.

Domains (1-6): Indications/consent 5 | Preparation & analgesia (intranasal diamorphine 0.1 mg/kg, then GA in ED resus with anaesthetist Dr Obuya) 5 | Technique 5 | Check imaging & neurovascular status 6 | Post-procedure management 5 | Communication with child and parent 6
Overall: competent to perform unsupervised.

Assessor comments: Calm, excellent use of distraction (Alfie's favourite team - Sheffield Wednesday - kept him chatting). Consent explained including compartment syndrome and malunion. Good check X-ray: < 10 degrees angulation, < 1 cm shortening. Safety-netted well: cast care leaflet, fracture clinic 1 week.
Signed: R. Whitworth   11/12/2023
""", [("Alfie", "PN"), ("A. Sowerby", "PN"), ("RHQ4130276", "HN"), ("Lydgate Junior School", "AD"), ("Kelly", "RN"), ("Obuya", "CN")],
  ["Dr Bilal Chaudhry", "Mr Richard Whitworth", "R. Whitworth", "Northern General Hospital", "9M", "intranasal diamorphine 0.1 mg/kg",
   "compartment syndrome", "< 10 degrees angulation", "11/12/2023"])

D("s42-035", "chat_export", "Dr Oluwaseun Adeyemi", """
Microsoft Teams chat export - "AMU GUH docs" - 09/11/2023
[09:02] Adeyemi, Oluwaseun (ABUHB): Morning all. Board round 09:30. Bed 7 lady (Mrs P from Blaenavon, the one with the sodium of 118) - who's seen her overnight?
[09:04] Jenkins, Rhys (ABUHB - FY2): me - Enid Powell, 84, fluid restricted 1L, Na 118 -> 121. On citalopram + indapamide (stopped). cortisol sent
[09:05] Adeyemi, Oluwaseun (ABUHB): Great. Slow correction please - no more than 8-10 mmol/L in 24h. Did anyone speak to her son?
[09:07] Lewis, Megan (ABUHB - ANP): son is Gareth Powell, he's in the Brecon Beacons with the mountain rescue team till Friday. his wife (Sian?) rang 07700 900512
[09:09] Jenkins, Rhys (ABUHB - FY2): also bed 11 - the guy from Ebbw Vale, MRN G1183640, wants to self discharge. NEWS 3. I think he has capacity
[09:10] Adeyemi, Oluwaseun (ABUHB): I'll see him first. Rhys can you do the capacity form with me - good for your portfolio too 😊
[09:31] Lewis, Megan (ABUHB - ANP): fyi Enid's cat (Smudge) is locked in - neighbour at no. 12 Varteg Road has a key. sorted.
[09:32] Adeyemi, Oluwaseun (ABUHB): Thank you Megan 🙏
""", [("Mrs P", "PN"), ("Blaenavon", "AD"), ("Jenkins, Rhys", "CN"), ("Rhys", "CN"), ("Enid Powell", "PN"), ("Enid", "PN"), ("Lewis, Megan", "CN"),
      ("Megan", "CN"), ("Gareth Powell", "RN"), ("Sian", "RN"), ("07700 900512", "PH"), ("Ebbw Vale", "AD"), ("G1183640", "HN"), ("Smudge", "OID"),
      ("no. 12 Varteg Road", "AD")],
  ["Adeyemi, Oluwaseun", "AMU GUH", "ABUHB", "sodium of 118", "Na 118 -> 121", "citalopram", "indapamide", "8-10 mmol/L in 24h", "NEWS 3",
   "Bed 7", "bed 11", "09/11/2023"])

D("s42-036", "procurator_fiscal_statement", "Dr Min-jun Park", """
CROWN OFFICE AND PROCURATOR FISCAL SERVICE - Scottish Fatalities Investigation Unit (West)
Medical witness statement
SFIU ref: SFIU/W/2024/03391      Police Scotland ref: PS/G/20240302/0877

Deceased: Mr Stephen Docherty McGinley, born 22/01/1962, of 17 Kelvindale Gardens, Glasgow G20 8DW
Date and place of death: 04/03/2024, ICU, Queen Elizabeth University Hospital

Statement of Dr Min-jun Park, Clinical Fellow in Intensive Care Medicine

I was the resident ICU doctor from 20:00 on 2 March 2024. At 21:15 I was asked to review Mr McGinley in the Emergency Department. He had been found collapsed at the foot of a stairwell at his workplace, the Clydeside Print Works on Govan Road, by a colleague, Mr Raymond Tait, who had started CPR. The Scottish Ambulance Service (incident 2403021409) reported ROSC after 18 minutes.

On examination his GCS was 3 (E1 V1 M1) off sedation, pupils 6 mm and unreactive bilaterally. CT head showed a large acute subdural haematoma with 14 mm midline shift and loss of grey-white differentiation. Neurosurgery (Mr Abdi, on call) advised the injury was not survivable.

I spoke with his wife, Mrs Theresa McGinley, and daughter, Ms Chloe McGinley, at 23:40 with the nurse in charge, CN Lynsey Barr. Brainstem death tests were performed on 4 March 2024 by Dr Kirsty Galloway and Dr Euan Gilchrist; the second set was completed at 11:52, which is the legal time of death. The family supported organ donation through the Specialist Nurse for Organ Donation. The death was reported to the Procurator Fiscal as a sudden, unexplained death at work.

Signed: Dr Min-jun Park   Date: 18/03/2024
""", [("SFIU/W/2024/03391", "REF"), ("PS/G/20240302/0877", "REF"), ("Stephen Docherty McGinley", "PN"), ("McGinley", "PN"),
      ("17 Kelvindale Gardens, Glasgow", "AD"), ("G20 8DW", "PC"), ("Clydeside Print Works on Govan Road", "AD"), ("Raymond Tait", "CN"),
      ("2403021409", "REF"), ("Abdi", "CN"), ("Theresa McGinley", "RN"), ("Chloe McGinley", "RN"), ("Lynsey Barr", "CN"),
      ("Kirsty Galloway", "CN"), ("Euan Gilchrist", "CN")],
  ["Dr Min-jun Park", "Queen Elizabeth University Hospital", "22/01/1962", "04/03/2024", "GCS was 3 (E1 V1 M1)", "14 mm midline shift",
   "Scottish Ambulance Service", "Specialist Nurse for Organ Donation", "11:52", "18/03/2024", "Procurator Fiscal"])

D("s42-037", "discharge_summary", "Dr Oluwaseun Adeyemi", """
Royal Gwent Hospital (Aneurin Bevan UHB) - Respiratory Ward D6 West - Electronic Discharge Summary
Name: Mr Kevin John Lloyd-Harris     DOB: 08/12/1966     Gender: Male
NHS: 684 220 1937     Hospital: R0552184     
Address: 23 Cae Perllan Road, Newport, NP20 3HL   Tel: 01632 960844
Next of kin: Partner - Mr Dean Farr (same address)
Registered GP: Dr A. Mohammed, Bellevue Group Practice

Admission 14/10/2023 - Discharge 20/10/2023
Primary diagnosis: Infective exacerbation of COPD (J44.1) with type 2 respiratory failure
Secondary: Obesity hypoventilation (BMI 42), OSA on CPAP (non-compliant), heart failure with preserved EF

Summary: Admitted pH 7.24, pCO2 10.2 kPa. NIV (IPAP 22 / EPAP 6) for 48 h with good response. Prednisolone 30 mg for 5 days, doxycycline 200 mg then 100 mg od. Sputum: Haemophilus influenzae. Target sats 88-92%. Seen by the home NIV team; will be set up with home NIV (bed 4, NIV review clinic).
Social: works as a taxi driver (Dragon Cabs, Newport) - advised re DVLA and untreated OSA; he will not drive until CPAP compliance confirmed. Smokes 20/day; referred to Help Me Quit. Has a Jack Russell, "Taff", and worries about him - partner aware.

Completed by Dr O. Adeyemi, Specialty Doctor, 20/10/2023.
""", [("Kevin John Lloyd-Harris", "PN"), ("684 220 1937", "NHS"), ("R0552184", "HN"), ("23 Cae Perllan Road, Newport", "AD"), ("NP20 3HL", "PC"),
      ("01632 960844", "PH"), ("Dean Farr", "RN"), ("A. Mohammed", "CN"), ("Bellevue Group Practice", "AD"), ("Dragon Cabs, Newport", "AD"),
      ("Taff", "OID")],
  ["Dr O. Adeyemi", "Royal Gwent Hospital", "Aneurin Bevan UHB", "Ward D6 West", "08/12/1966", "Gender: Male", "J44.1", "pH 7.24", "pCO2 10.2 kPa",
   "IPAP 22 / EPAP 6", "Prednisolone 30 mg", "doxycycline 200 mg", "Haemophilus influenzae", "Target sats 88-92%", "BMI 42", "Help Me Quit", "DVLA"])

D("s42-038", "teaching_feedback", "Dr Farah Siddiqui", """
SIMULATION TEACHING - Paediatric Sepsis & DKA - Ninewells Clinical Skills Centre - 26/10/2023
Faculty lead: Dr Farah Siddiqui (Specialty Doctor, Paediatrics)   Co-faculty: Dr Ewan Crichton (ST6), Charge Nurse Iain Rennie
Sim tech: Kerry-Anne Bain    Participants: 8 (4 FY2, 2 GPST, 2 paediatric nurses)

Scenario 1: 8-month-old with meningococcal sepsis (manikin "Baby Ollie"), scenario based on an anonymised real case.
Scenario 2: 12-year-old with DKA (pH 7.08, glucose 31 mmol/L) - BSPED 2021 fluid calculator, 0.05 units/kg/h insulin.

Debrief model: PEARLS. Human factors focus: closed-loop communication, role allocation.

Feedback (Likert 1-5, n = 8): overall 4.9; realism 4.4; debrief 4.8; "confidence in managing DKA" pre 2.1 -> post 4.0.
Selected comments:
 - "Farah's debrief was the best I've had. Safe space." (FY2)
 - "Would be good to practise the IO drill more."
 - "The DKA fluids maths with the BSPED calculator finally makes sense."
 - "Scenario 1 was very close to a real case on ward 29 last month - the wee boy from Lochee - felt a bit raw" (nurse)

Action: scenario 1 edited to change age/sex and setting after the last comment; I spoke to the nurse afterwards.
Verified by: Dr Morag Fairbairn, Consultant Paediatrician and Sim Lead, 01/11/2023
""", [("Ewan Crichton", "CN"), ("Iain Rennie", "CN"), ("Kerry-Anne Bain", "CN"), ("Lochee", "AD")],
  ["Dr Farah Siddiqui", "Farah", "Ninewells Clinical Skills Centre", "Dr Morag Fairbairn", "8-month-old", "12-year-old", "pH 7.08", "glucose 31 mmol/L",
   "BSPED 2021", "0.05 units/kg/h insulin", "PEARLS", "ward 29", "Baby Ollie", "26/10/2023", "01/11/2023"])

D("s42-039", "reflective_note", "Dr Tomás Ferreira", """
Reflection: cold water immersion, and being told off by a relative

Setting: ED resus, Royal Cornwall Hospital, Sunday morning in February 2024.

A 47-year-old woman was brought in by the Coastguard helicopter after being pulled out of the sea at Porthtowan. She swims there every morning with a group who call themselves the "Blue Tits" (she is apparently their organiser). Her friend, who pulled her out, is Dr Sarah Nance - not a medic, a vet at the surgery in Redruth - and she came in with her. The patient's name was Mrs Rebecca Tonkin ("Bex"); she lives at Chy an Mor, Beach Road, Porthtowan TR4 8AD.

Core temp 30.8 C, GCS 11, AF at 130, K 3.1. We used active external rewarming (Bair Hugger, warmed fluids), avoided rough handling, and the AF resolved as she warmed. No CPR was needed. ECG: Osborn waves. She went to ICU and was home by day 4.

What was hard: her husband, Mr Lee Tonkin, arrived shouting that we "should have had her in a bath" and that nobody was telling him anything. I had not appointed anyone to look after the family. Our charge nurse, Dawn (I'll not use her surname), eventually took him to the relatives' room. I went and explained 15 minutes later, and he apologised.

Learning: (1) assign a named family liaison in every resus; (2) ERC 2021 guidance on accidental hypothermia - I re-read it, including the Swiss staging; (3) my own irritation - I noticed it, and I wrote this note to think about it rather than react.
Signed off in supervision by Dr Lucy Penrose, 11/03/2024. - TF
""", [("Porthtowan", "AD"), ("Blue Tits", "AD"), ("Sarah Nance", "RN"), ("Redruth", "AD"), ("Rebecca Tonkin", "PN"), ("Bex", "PN"),
      ("Chy an Mor, Beach Road, Porthtowan", "AD"), ("TR4 8AD", "PC"), ("Lee Tonkin", "RN"), ("Dawn", "CN")],
  ["TF", "Royal Cornwall Hospital", "47-year-old woman", "Core temp 30.8 C", "GCS 11", "K 3.1", "Osborn waves", "Bair Hugger", "ERC 2021",
   "Swiss staging", "Dr Lucy Penrose", "11/03/2024", "Coastguard"])

D("s42-040", "acat", "Dr Oluwaseun Adeyemi", """
ACUTE CARE ASSESSMENT TOOL (ACAT) - Acute Internal Medicine
Doctor: Dr Oluwaseun Adeyemi (OA)   Assessor: Dr Sian Llewellyn, Consultant Acute Physician, The Grange University Hospital
Date of take: 17/01/2024 (09:00-21:00)   Patients seen on take: 19 (OA clerked 7, reviewed all 19 on PTWR)

Take list (as presented; initials and MRNs as on the take board)
1. MJ 72M  G0618823  NSTEMI - cardiology
2. d.r 29F  G1120974  DKA, first presentation - VRIII, diabetes team
3. EP 84F   G0999107  hyponatraemia (Na 116) - AMU
4. Ll.W 55M G0745519  upper GI bleed, Blatchford 12 - OGD same day
5. C.T. 91F   G0310886  ?stroke - thrombolysed (NIHSS 9), via hyperacute stroke unit
6. "Smithy" (Alan Smith) 63M G0501142 - alcohol withdrawal, wanted to go to the pub (the Hanbury) - stayed
... 13 further (minor), no concerns

Assessor comments: Excellent prioritisation - saw the DKA and GI bleed first, delegated well to FY1s Dr Harri Bowen and Dr Nadia Qasim. Timely senior decisions on ceilings of care (C.T.). Handover to the night team concise and SBAR-structured.
Development: ensure the ReSPECT discussion for bed 15 is documented before the night.
Outcome: Satisfactory - consultant-level performance on the acute take.
Signed S. Llewellyn 18/01/2024
""", [("MJ", "PN"), ("G0618823", "HN"), ("d.r", "PN"), ("G1120974", "HN"), ("EP", "PN"), ("G0999107", "HN"), ("Ll.W", "PN"), ("G0745519", "HN"),
      ("C.T.", "PN"), ("G0310886", "HN"), ("Smithy", "PN"), ("Alan Smith", "PN"), ("G0501142", "HN"), ("Hanbury", "AD"), ("Harri Bowen", "CN"),
      ("Nadia Qasim", "CN")],
  ["Dr Oluwaseun Adeyemi", "OA", "Dr Sian Llewellyn", "S. Llewellyn", "The Grange University Hospital", "72M", "Na 116", "Blatchford 12", "NIHSS 9",
   "VRIII", "SBAR", "ReSPECT", "bed 15", "17/01/2024"])
