from common import *
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID")

# ---------------- Dr Lakshmi Venkataraman: paediatrics ----------------
D("s48-020", "discharge_summary", C, """Castlebridge University Hospitals NHS Trust
Castlebridge Children's Hospital - Puffin Ward                                 DISCHARGE LETTER

Child: Oliver James Thackeray     DOB: 28/12/2023     Sex: Male     Age at admission: 11 weeks
NHS number: 612 048 7735     Unit number: CCH 0093318
Home address: 7 Wren Close, Castlebridge CX9 4RD
Parents: Hannah Thackeray (mother, 07700 900261) and Liam Doyle (father)
Health visitor: Sarah Mbeki, Westgate Children's Centre

Admission 15/03/2024 - discharge 19/03/2024.
Diagnosis: Acute bronchiolitis, RSV positive (nasopharyngeal aspirate).
Course: Nasal high-flow oxygen 2 L/kg/min for 36 h on Puffin Ward, bed 3; lowest SpO2 88% in air;
NG feeds at 2/3 maintenance (100 mL/kg/day) for 48 h. No antibiotics. Weight 5.12 kg at discharge.
Advice: safety-netting leaflet given (NICE NG9). Parents smoke outside only - smoking cessation offered.
Follow-up: none required; open access to Puffin Ward for 48 h.

Dr Lakshmi Venkataraman, Specialty Doctor in Paediatrics (GMC 7489305)
Supervising consultant: Dr Rhiannon Pugh-Ellis""",
  [("Oliver James Thackeray", PN), ("612 048 7735", NHS), ("CCH 0093318", HN), ("7 Wren Close, Castlebridge", AD),
   ("CX9 4RD", PC), ("Hannah Thackeray", RN), ("07700 900261", PH), ("Liam Doyle", RN), ("Sarah Mbeki", CN)],
  ["Castlebridge University Hospitals NHS Trust", "Castlebridge Children's Hospital", "Puffin Ward", "28/12/2023",
   "Male", "11 weeks", "15/03/2024", "19/03/2024", "RSV positive", "2 L/kg/min", "Puffin Ward, bed 3", "SpO2 88%",
   "100 mL/kg/day", "5.12 kg", "NICE NG9", "Dr Lakshmi Venkataraman", "GMC 7489305", "Dr Rhiannon Pugh-Ellis"])

D("s48-021", "safeguarding_reflection", C, """Reflective account - safeguarding concern in a non-mobile infant (Level 3 safeguarding evidence)
Author: Dr Lakshmi Venkataraman     Date written: 02/02/2024     Supervisor: Dr Rhiannon Pugh-Ellis

A 4-month-old girl (referred to below as "T.") was brought to the Children's Emergency Department at
Castlebridge Children's Hospital with a 2 cm bruise over the left pinna. Her mother said she had rolled
against the cot. Following the trust's bruising in non-mobile infants protocol and the principles of the
Children Act 1989 (section 47), I discussed with the on-call safeguarding consultant and made a referral to
Castlebridge Children's Services (referral no. CCS-MASH-24-003318). Skeletal survey, CT head and
clotting screen were normal (platelets 412 x10^9/L, PT 11.8 s). Social worker Dean Ashworth-Lyle attended
at 18:00, and the police child protection team were informed (crime ref. 41/19283/24).
T.'s grandmother, Mrs Patricia Gorringe, was present and supportive.

Learning: keeping the explanation to the family honest and non-judgemental; documenting body maps
contemporaneously; remembering that "TEN-4-FACESp" applies up to 4 years.
Discussed at safeguarding peer review 09/02/2024 (chair: Dr Rhiannon Pugh-Ellis).""",
  [("T.", PN), ("CCS-MASH-24-003318", REF), ("Dean Ashworth-Lyle", CN), ("41/19283/24", REF),
   ("Mrs Patricia Gorringe", RN)],
  ["Dr Lakshmi Venkataraman", "02/02/2024", "Dr Rhiannon Pugh-Ellis", "4-month-old girl",
   "Castlebridge Children's Hospital", "2 cm bruise", "Children Act 1989 (section 47)",
   "platelets 412 x10^9/L", "PT 11.8 s", "18:00", "TEN-4-FACESp", "09/02/2024"])

D("s48-022", "mini_cex", C, """Mini-Clinical Evaluation Exercise (Mini-CEX) - RCPCH ePortfolio (Kaizen) export
Doctor: Dr Lakshmi Venkataraman (GMC 7489305)     Post: Specialty Doctor, Castlebridge University Hospitals NHS Trust
Assessor: Dr Rhiannon Pugh-Ellis, Consultant Paediatrician - GMC 6102285 - Date: 14/11/2023
Setting: General paediatric outpatients     Focus: history and examination, communication

Case: 6-year-old boy with recurrent wheeze; on Clenil Modulite 100 micrograms 2 puffs BD via spacer.
Peak flow 180 L/min (76% predicted). Inhaler technique observed and corrected.
Feedback: explained the asthma action plan clearly to child and parent; checked adherence sensitively using
the dose counter. Could have explored triggers in the school environment further.
Outcome: Meets expectation for ST6-equivalent level.   Progress curriculum: Learning Outcome 2, Key Capability 4.
Agreed action: complete RCPCH asthma e-learning module (done 30/11/2023).""",
  [],
  ["Dr Lakshmi Venkataraman", "GMC 7489305", "Castlebridge University Hospitals NHS Trust", "Dr Rhiannon Pugh-Ellis",
   "GMC 6102285", "14/11/2023", "6-year-old boy", "Clenil Modulite 100 micrograms", "180 L/min (76% predicted)",
   "ST6-equivalent", "Learning Outcome 2", "30/11/2023"])

D("s48-023", "discharge_card_ocr_abroad", C, """SRI RAMANA CHlLDREN'S H0SPITAL, CHENNAI - 600 0l7
DEPARTMENT 0F PAEDlATRlCS - DlSCHARGE SUMMARY

UHlD: SRCH/2O19/448l7       lP N0: 19-ll-3326
Name of chi1d: Master Karthik Subrarnaniam     Age: 3 y 2 rn     Sex: Ma1e
Father's narne: Mr Subramaniarn Rajendran     Aadhaar (father): 5l82 7743 O916
Address: N0. 12, 4th Cr0ss Street, Ashok Nagar, Chennai

Adrnitted: 04/ll/2Ol9     Discharged: l0/ll/2Ol9
Diagn0sis: Dengue fever with warning signs (NSl p0sitive), p1atelets 32,0OO/cumm 0n day 4.
Treatrnent: IV f1uids as per WH0 protocol, paracetarnol l5 rng/kg/dose, n0 transfusi0n required.
Condition at discharge: afebrile 48 hrs, p1atelets l l2,000/cumrn.

Treating d0ctor: Dr Lakshrni Venkataraman, Registrar (TNMC Reg. 9l7324)
Unit chief: Dr S. Padrnanabhan, Professor of Paediatrics""",
  [("SRCH/2O19/448l7", HN), ("19-ll-3326", HN), ("Master Karthik Subrarnaniam", PN),
   ("Mr Subramaniarn Rajendran", RN), ("5l82 7743 O916", OID), ("N0. 12, 4th Cr0ss Street, Ashok Nagar, Chennai", AD)],
  ["SRI RAMANA CHlLDREN'S H0SPITAL, CHENNAI", "3 y 2 rn", "Ma1e", "04/ll/2Ol9", "l0/ll/2Ol9", "NSl p0sitive",
   "p1atelets 32,0OO/cumm", "WH0 protocol", "paracetarnol l5 rng/kg/dose", "p1atelets l l2,000/cumrn",
   "Dr Lakshrni Venkataraman", "TNMC Reg. 9l7324", "Dr S. Padrnanabhan"])

D("s48-024", "teaching_feedback", C, """Simulation teaching - feedback summary
Course: "Paediatric Emergencies In Situ Simulation" - Kingfisher Ward (HDU), Castlebridge Children's Hospital
Lead facilitator: Dr Lakshmi Venkataraman     Co-facilitator: Charge Nurse Jordan Ellery-Mbatha
Dates: monthly, September 2023 - February 2024 (6 sessions)    Feedback verified by Dr Rhiannon Pugh-Ellis

Scenarios: infant with SVT (adenosine 150 micrograms/kg), status epilepticus (buccal midazolam 0.3 mg/kg,
then levetiracetam 40 mg/kg), DKA with cerebral oedema (3% saline 3 mL/kg), anaphylaxis (IM adrenaline 1:1000).
Participants: 41 (nurses 26, doctors 12, HCAs 3).
Confidence before/after (1-10): recognising the deteriorating child 5.9 -> 8.1; using the APLS algorithm 5.2 -> 7.8.
Latent safety threats found: 2 (paediatric defibrillator pads missing from the resus trolley; no printed
DKA 2020 BSPED calculator). Both reported and fixed.
Comments: "best teaching on the ward this year", "more debrief time please".""",
  [("Charge Nurse Jordan Ellery-Mbatha", CN)],
  ["Paediatric Emergencies In Situ Simulation", "Kingfisher Ward (HDU)", "Castlebridge Children's Hospital",
   "Dr Lakshmi Venkataraman", "Dr Rhiannon Pugh-Ellis", "adenosine 150 micrograms/kg", "buccal midazolam 0.3 mg/kg",
   "levetiracetam 40 mg/kg", "3% saline 3 mL/kg", "IM adrenaline 1:1000", "41", "5.9 -> 8.1", "5.2 -> 7.8",
   "APLS", "BSPED"])

D("s48-025", "clinic_letter", C, """Castlebridge Children's Hospital - Neonatal Follow-up Clinic
Castlebridge University Hospitals NHS Trust

Clinic: 08/05/2024     Typed: 10/05/2024     Our ref: NNFU/LV/0417

To the parents of Amira Haddad
Mr Karim Haddad and Mrs Leila Haddad
Flat 12, Heron House, 3 Canal Street, Castlebridge CX2 6HN

Dear Mr and Mrs Haddad,
I saw Amira today, now corrected age 9 months (born at 27+4 weeks, birth weight 940 g, DOB 19/05/2023).
Weight 7.4 kg (9th centile), OFC 43.5 cm (25th centile). She is sitting without support and babbling.
Bayley-4 assessment is booked at corrected age 2 years. She completed palivizumab (Synagis) last winter.
Eye screening: ROP stage 2 zone II, regressed without treatment. Hearing: passed AABR.
Please continue Dalivit 0.6 mL daily and Sytron as prescribed.

Dr Lakshmi Venkataraman, Specialty Doctor          cc: GP; Health Visitor Ms Dawn Kettering
---------------------------------------------------------------------------------------------
Page 1 of 1 | Amira Haddad | NHS 613 552 0981 | printed from e-Record 10/05/2024 11:32""",
  [("NNFU/LV/0417", REF), ("Amira Haddad", PN), ("Amira", PN), ("Mr Karim Haddad", RN), ("Mrs Leila Haddad", RN),
   ("Haddad", PN), ("Flat 12, Heron House, 3 Canal Street, Castlebridge", AD), ("CX2 6HN", PC),
   ("Ms Dawn Kettering", CN), ("613 552 0981", NHS)],
  ["Castlebridge Children's Hospital", "Castlebridge University Hospitals NHS Trust", "08/05/2024", "10/05/2024",
   "9 months", "27+4 weeks", "940 g", "19/05/2023", "7.4 kg (9th centile)", "OFC 43.5 cm (25th centile)",
   "Bayley-4", "palivizumab (Synagis)", "ROP stage 2 zone II", "AABR", "Dalivit 0.6 mL daily", "Sytron",
   "Dr Lakshmi Venkataraman", "Page 1 of 1"])

D("s48-026", "rota", C, """Castlebridge Children's Hospital - Paediatric Middle-Grade Rota (extract)
Rota period: 04/03/2024 - 31/03/2024        Rota co-ordinator sign-off: Dr Rhiannon Pugh-Ellis (Clinical Director)

Week   Mon       Tue       Wed       Thu       Fri       Sat       Sun
10     LV-D      LV-D      SPA       Off       LV-N      LV-N      LV-N
11     Off       Off       LV-D      LV-D      LV-LD     Off       Off
12     SPA       Clinic    Clinic    LV-D      Off       LV-LD     LV-LD
13     LV-N      LV-N      LV-N      LV-N      Off       Off       Off

Key: LV = Dr Lakshmi Venkataraman (middle grade, tier 2); D = day 08:30-17:00; LD = long day 08:30-21:30;
N = night 21:00-09:30 (covers Kingfisher Ward HDU, Puffin Ward, neonatal unit level 2 and ED paediatrics).
Hours this period: 198.5 (average 49.6/week; compliant with the 2016 Terms and Conditions, max 72 h in 7 days).""",
  [],
  ["Castlebridge Children's Hospital", "04/03/2024 - 31/03/2024", "Dr Rhiannon Pugh-Ellis", "LV",
   "Dr Lakshmi Venkataraman", "08:30-17:00", "08:30-21:30", "21:00-09:30", "Kingfisher Ward HDU", "Puffin Ward",
   "198.5", "49.6/week", "72 h in 7 days"])

D("s48-027", "cbd_export", C, """CbD - Case-based discussion
Doctor: Venkataraman L. (LV), GMC 7489305          Assessor: Dr Rhiannon Pugh-Ellis      Date: 23/01/2024
Case title: DKA in a 13-year-old with new-onset type 1 diabetes      Ref: CCH 0101552 / adm 21.01.24

Discussion: pH 7.08, HCO3 7 mmol/L, glucose 31.4 mmol/L, ketones 6.2 mmol/L; estimated 10% dehydration
(severe DKA). Used the BSPED 2021 guideline: fluid deficit over 48 h, insulin 0.05 units/kg/h started after
1 h of fluids. Corrected sodium rising appropriately. Discussed cerebral oedema warning signs and the
threshold for mannitol 0.5 g/kg vs 3% saline.
Family: mother (Joanne) very anxious; LV arranged diabetes specialist nurse (Kezia Obuya) review on day 1.
Assessor feedback: thorough, safe, guideline-based. Consider diabetes psychology input for the family.
Rating: Meets expectations for independent practice.""",
  [("CCH 0101552", HN), ("Joanne", RN), ("Kezia Obuya", CN)],
  ["Venkataraman L. (LV)", "GMC 7489305", "Dr Rhiannon Pugh-Ellis", "23/01/2024", "13-year-old", "21.01.24",
   "pH 7.08", "HCO3 7 mmol/L", "glucose 31.4 mmol/L", "ketones 6.2 mmol/L", "10% dehydration",
   "BSPED 2021", "0.05 units/kg/h", "mannitol 0.5 g/kg", "3% saline"])

D("s48-028", "referral_letter", C, """Castlebridge Children's Hospital, General Paediatrics
Referral to Paediatric Cardiology, Regional Children's Heart Centre, St Aldhelm's Hospital

Date: 12/06/2024
Dear Dr Okoye-Barnes,

Re: Ruby-Mae Fitzgerald-
Stanhope, DOB 03/02/2019, NHS 611 902
4485, unit no. CCH 00
87421

I would be grateful if you could see this 5-year-old girl with a grade 3/6 ejection systolic murmur at the
upper left sternal edge, fixed splitting of S2 and an ECG showing RSR' in V1 (QRS 96 ms). Echo is not
available locally. Weight 17.8 kg, SpO2 99% in air. I suspect a secundum ASD. She lives with her
grandparents (Mr and Mrs Stanhope) who are her special guardians.

Many thanks,
Dr Lakshmi Venkataraman, Specialty Doctor in Paediatrics""",
  [("Dr Okoye-Barnes", CN), ("Ruby-Mae Fitzgerald-\nStanhope", PN), ("611 902\n4485", NHS), ("CCH 00\n87421", HN),
   ("Mr and Mrs Stanhope", RN)],
  ["Castlebridge Children's Hospital", "St Aldhelm's Hospital", "12/06/2024", "03/02/2019", "5-year-old girl",
   "grade 3/6", "S2", "V1 (QRS 96 ms)", "17.8 kg", "SpO2 99% in air", "secundum ASD", "Dr Lakshmi Venkataraman"])
