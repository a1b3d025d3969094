# Dr Anjali Raghunathan - Paediatrics - Leicester Royal Infirmary; earlier Amrita Institute, Kochi
from common import doc

APPL = "Dr Anjali Raghunathan"

DOCS = [
doc("s51-018", "safeguarding_referral", APPL, """LEICESTER, LEICESTERSHIRE AND RUTLAND
MULTI-AGENCY REFERRAL FORM (MARF) - CHILDREN
To: Leicester City Children's Social Care - Duty and Advice Service
Date/time sent: 27/08/2024 16:52          Referral no: MARF-LC-240827-0311

REFERRER
Dr Anjali Raghunathan, Specialty Doctor in Paediatrics, Children's Emergency Department, Leicester Royal Infirmary
Contact: 01632 960247 (CED office) or bleep 3382

CHILD
Name: Kayden Lee BRIGHTWELL          Known as: "KJ"
DOB: 03/01/2024 (7 months)            Sex: Male
NHS No: 458 902 1167                  Hospital No: L0923318
Address: 22 Tennyson Walk, Braunstone, Leicester LE3 1QS
GP: Dr Yasmin Lakhani, Fosse Road Health Centre

FAMILY / HOUSEHOLD
Mother: Shannon Brightwell (21), same address, mobile 07700 900441
Mother's partner (not the father): Ryan Tuffnell (26), stays most nights
Father: Jordan Eames - no contact, whereabouts unknown
Half-sister: Tiana Eames (4), lives with maternal grandmother Mrs Denise Brightwell, tel 07700 900442

CONCERNS
KJ was brought to CED by his mother at 13:10 with a swollen left thigh. She says he "rolled off the sofa" on Sunday 25/08, two days ago. He is not yet crawling. X-ray shows a spiral fracture of the left femoral shaft. On examination there is a 1 cm bruise behind the left ear and three fingertip-sized bruises on the left chest wall. The explanation is not consistent with the injury in a non-mobile infant and presentation was delayed by 48 hours. Mother told the triage nurse that Ryan had been looking after him on Sunday afternoon.

ACTIONS
- Admitted to Ward 12 (Children's Hospital), bed 4, for analgesia and traction; mother resident.
- Child protection medical completed 27/08 with Dr Fiona Kettleborough, Consultant Paediatrician; skeletal survey, CT head and clotting booked for 28/08.
- Mother informed of this referral and agreed.
- Police informed (Leicestershire Police CAIU): crime reference 24000318872.

Referrer signature: A. Raghunathan

Copy for portfolio (redacted before upload) verified by Dr Helen Arbuthnot, Named Doctor for Safeguarding Children, 30/08/2024
""",
ids=[("MARF-LC-240827-0311", "REF"), ("01632 960247", "T"), ("3382", "T"), ("Kayden Lee BRIGHTWELL", "P"),
     ("KJ", "P"), ("458 902 1167", "N"), ("L0923318", "H"), ("22 Tennyson Walk, Braunstone, Leicester", "A"),
     ("LE3 1QS", "PC"), ("Yasmin Lakhani", "C"), ("Fosse Road Health Centre", "A"), ("Shannon Brightwell", "R"),
     ("07700 900441", "T"), ("Ryan Tuffnell", "R"), ("Ryan", "R"), ("Jordan Eames", "R"), ("Tiana Eames", "R"),
     ("Denise Brightwell", "R"), ("07700 900442", "T"), ("Fiona Kettleborough", "C"), ("24000318872", "REF")],
keep=["Dr Anjali Raghunathan", "A. Raghunathan", "Dr Helen Arbuthnot", "03/01/2024", "7 months", "Male",
      "Ward 12", "bed 4", "Leicester Royal Infirmary", "27/08/2024 16:52"]),

doc("s51-019", "discharge_summary", APPL, """UNIVERSITY HOSPITALS OF LEICESTER NHS TRUST - Leicester Children's Hospital
ELECTRONIC DISCHARGE LETTER

Patient: Amara OKWUOSA-REID      DOB: 19/11/2024      Sex: F
S number: L1047726      NHS: 487 114 2093
Address: 3 Ferndale Mews, Oadby, Leicester LE2 4TR
Parents: Chiamaka Okwuosa (mother), Daniel Reid (father) - tel 07700 900127
GP: Dr H. Sandhu, Oadby Central Surgery

Admitted: 02/01/2025 via CED      Discharged: 07/01/2025      Ward 27, cubicle 3
Consultant: Dr Helen Arbuthnot      Discharging doctor: Dr Anjali Raghunathan

Diagnosis: Bronchiolitis, RSV positive (ICD-10 J21.0)
Background: born at 36+2 weeks, birth weight 2.61 kg; now 4.1 kg (9th centile). No known heart disease.

Course
Admitted on day 3 of illness with SpO2 88% in air, RR 68, moderate recession and poor feeding (<50% of usual). Required high-flow nasal cannula oxygen 2 L/kg/min for 48 h (max FiO2 0.4) and NG feeds at two-thirds maintenance (100 ml/kg/day). Weaned to low-flow on day 5 and to air on day 6. SpO2 >92% in air for 24 h, feeding >75% orally before discharge. No antibiotics. Blood gas on admission pH 7.31, pCO2 7.2 kPa.

Medication on discharge: none new. Continue vitamin drops (Abidec 0.3 ml OD).
Safety-netting advice and bronchiolitis leaflet given to parents. Health visitor (Kerry-Anne Pugh) informed by phone.
Follow-up: none routine; open access to Ward 27 for 48 hours (tel 01632 960251).

Dr Anjali Raghunathan, Specialty Doctor in Paediatrics, for Dr Helen Arbuthnot, Consultant Paediatrician
Verified for portfolio: Dr Helen Arbuthnot, 20/01/2025
""",
ids=[("Amara OKWUOSA-REID", "P"), ("L1047726", "H"), ("487 114 2093", "N"),
     ("3 Ferndale Mews, Oadby, Leicester", "A"), ("LE2 4TR", "PC"), ("Chiamaka Okwuosa", "R"),
     ("Daniel Reid", "R"), ("07700 900127", "T"), ("H. Sandhu", "C"), ("Oadby Central Surgery", "A"),
     ("Kerry-Anne Pugh", "C"), ("01632 960251", "T")],
keep=["Dr Anjali Raghunathan", "Dr Helen Arbuthnot", "19/11/2024", "J21.0", "Abidec 0.3 ml OD", "36+2 weeks",
      "4.1 kg (9th centile)", "2 L/kg/min", "FiO2 0.4", "Ward 27", "cubicle 3", "pH 7.31"]),

doc("s51-020", "ward_list", APPL, """WARD 28 - PAEDIATRIC MEDICINE - JOBS LIST        Tue 11/03/2025
Reg: AR (bleep 3391)      Cons of the week: Dr F. Kettleborough
Printed 08:12 by A. Raghunathan - CONFIDENTIAL, shred after use

Bed | Name                     | DOB        | S no.    | Dx                                   | Jobs
1   | Ethan MARSH-QUIGLEY      | 02/06/2019 | L0882044 | DKA resolving, off FRIII 06:00        | diabetes team; ketones 12:00; education with mum (Stacey)
2   | Zofia GRABOWSKA          | 17/10/2022 | L1009381 | febrile convulsion, ?UTI             | chase urine MC&S; home if apyrexial; Polish interpreter for dad
4   | Ibrahim "Ibby" WARSAME   | 29/08/2014 | L0761150 | sickle cell, acute chest syndrome    | IV cefotaxime + azithromycin; incentive spirometry; Hb 74 g/L
5   | Baby Mae THORNHILL       | 20/02/2025 | L1071209 | prolonged jaundice, SBR 221          | conjugated bili, TFTs, G6PD; call HV (Ms Doyle)
6   | Lucas FAIRBROTHER        | 05/09/2010 | L0592237 | paracetamol OD (8 g), NAC bag 2      | 4 h level 162 mg/L; CAMHS review today (Ruth)
9   | Aaliyah BEGUM            | 11/12/2016 | L0834518 | acute asthma, salbutamol 2-hourly    | wean to 4-hourly; PAAP; school nurse letter

Outliers: none. Bed 3 closed (cleaning, RSV).
HDU transfers: bed 4 if O2 need >4 L.
Handover to night reg at 20:30 - Ibby's exchange transfusion decision by 17:00 (haem).
""",
ids=[("3391", "T"), ("F. Kettleborough", "C"), ("Ethan MARSH-QUIGLEY", "P"), ("L0882044", "H"), ("Stacey", "R"),
     ("Zofia GRABOWSKA", "P"), ("L1009381", "H"), ("Ibrahim", "P"), ("Ibby", "P"), ("WARSAME", "P"),
     ("L0761150", "H"), ("Mae THORNHILL", "P"), ("L1071209", "H"), ("Doyle", "C"), ("Lucas FAIRBROTHER", "P"),
     ("L0592237", "H"), ("Ruth", "C"), ("Aaliyah BEGUM", "P"), ("L0834518", "H")],
keep=["Reg: AR", "A. Raghunathan", "02/06/2019", "17/10/2022", "29/08/2014", "20/02/2025", "05/09/2010", "11/12/2016",
      "FRIII", "cefotaxime", "SBR 221", "G6PD", "paracetamol OD (8 g)", "4 h level 162 mg/L", "salbutamol",
      "Hb 74 g/L", "Bed 3", "WARD 28"]),

doc("s51-021", "wpba_cbd_export", APPL, """RCPCH ePortfolio (Kaizen) - Case-based Discussion (CbD)
Trainee: Anjali Raghunathan | GMC 7590213 | Specialty Doctor, Paediatrics, UHL
Assessor: Dr Marcus Oyelaran | Consultant Paediatrician, UHL | Assessor GMC 6120934
Date of discussion: 04/12/2024 | Form ref: CBD-2024-0093817
Curriculum links: Paediatric Learning Outcome 3 (Patient management); 6 (Safeguarding - not applicable)

Case
9-year-old girl (hospital no. L0790264) admitted with new-onset type 1 diabetes in moderate DKA: pH 7.12, bicarbonate 9 mmol/L, glucose 31.4 mmol/L, ketones 5.8. Managed on the BSPED 2021 DKA guideline: fluids calculated at 5% dehydration over 48 h, insulin 0.05 units/kg/h started one hour after fluids. Corrected sodium monitored hourly; no features of cerebral oedema.

Discussion points
- Why the lower insulin dose was chosen (age, severity) and when to increase to 0.1 units/kg/h.
- Recognising cerebral oedema: headache, bradycardia, rising BP; mannitol 0.5-1 g/kg or 2.7% saline 2.5-5 ml/kg.
- Communication: her mother and grandmother speak mainly Sylheti; a hospital interpreter (Ms Rahima Chowdhury) was booked for every consultant review and for the diabetes education sessions.

Assessor's comments
Excellent knowledge of the guideline and sensible judgement about the insulin dose. Documentation of the fluid calculation was clear enough for the night team to follow. For development: lead the family meeting yourself next time rather than deferring to the diabetes nurse.
Outcome: meets expectations for level 3 (ST6-ST8).

Signed: Dr Marcus Oyelaran, 05/12/2024
""",
ids=[("6120934", "G"), ("CBD-2024-0093817", "REF"), ("L0790264", "H"), ("Rahima Chowdhury", "C")],
keep=["Anjali Raghunathan", "7590213", "Dr Marcus Oyelaran", "9-year-old girl", "pH 7.12", "glucose 31.4 mmol/L",
      "BSPED 2021", "insulin 0.05 units/kg/h", "mannitol 0.5-1 g/kg", "2.7% saline 2.5-5 ml/kg", "04/12/2024"]),

doc("s51-022", "discharge_summary_abroad", APPL, """AMRITA INSTITUTE OF MEDICAL SCIENCES & RESEARCH CENTRE, KOCHI
Department of Paediatrics - DISCHARGE SUMMARY

UHID: AIMS.0019-448213          IP No: IP/2019/077412
Name: Master Adithyan S. Menon          Age/Sex: 6 Y / M          DOB: 12/04/2013
Name (Malayalam): ആദിത്യൻ എസ്. മേനോൻ
Father: Mr Sreekumar Menon
Address: "Thiruvonam", Kakkanad West, Ernakulam, Kerala 682030
Unit: Paediatrics Unit II          Consultant: Dr (Prof.) K. Radhika Varma
Treating resident: Dr Anjali R.
DOA: 03/09/2019          DOD: 14/09/2019

Diagnosis: Dengue haemorrhagic fever (NS1 antigen positive) with warning signs; compensated shock on day 5 of illness.

Course in hospital
Adithyan was admitted on day 4 of fever with abdominal pain, vomiting and a platelet count of 42,000/mm3. On day 5 he developed cold peripheries, pulse 138/min, pulse pressure 20 mmHg and haematocrit rising from 38% to 47%. Managed as per WHO 2011 guidelines: Ringer's lactate 10 ml/kg/h for 1 h, reduced stepwise to 3 ml/kg/h over 24 h, with hourly haematocrit. Lowest platelet count 18,000/mm3 on day 6; no bleeding, no platelet transfusion needed. Mild right pleural effusion and ascites on ultrasound, resolved. Afebrile from day 7, appetite returned, platelets 96,000/mm3 at discharge.

Advice on discharge (given in Malayalam and English)
കുട്ടിക്ക് ധാരാളം വെള്ളം കൊടുക്കുക. = Give the child plenty of fluids to drink.
Paracetamol 15 mg/kg up to 6-hourly for fever. No ibuprofen or aspirin.
Review in OPD after 1 week with CBC.

Signed: Dr Anjali R., Junior Resident
Verified: Dr (Prof.) K. Radhika Varma, Professor and Head of Paediatrics (seal)
""",
ids=[("AIMS.0019-448213", "H"), ("IP/2019/077412", "H"), ("Adithyan S. Menon", "P"), ("ആദിത്യൻ എസ്. മേനോൻ", "P"),
     ("Sreekumar Menon", "R"), ("\"Thiruvonam\", Kakkanad West, Ernakulam, Kerala 682030", "A"), ("Adithyan", "P")],
keep=["Dr Anjali R.", "Dr (Prof.) K. Radhika Varma", "12/04/2013", "6 Y / M", "WHO 2011", "AMRITA INSTITUTE OF MEDICAL SCIENCES & RESEARCH CENTRE, KOCHI",
      "Ringer's lactate 10 ml/kg/h", "18,000/mm3", "Paracetamol 15 mg/kg"]),

doc("s51-023", "patient_feedback", APPL, """Patient and carer feedback - summary for Dr Anjali Raghunathan
Children's Emergency Department and Ward 27, Leicester Royal Infirmary
Collected 01/10/2024 - 30/11/2024 by the ward clerk (anonymous questionnaire, 24 returned)

Question (mean score, 1 = poor, 5 = excellent)
The doctor listened to me and my child ............................. 4.9
The doctor explained things in a way I could understand .............. 4.7
I was involved in decisions about my child's care .................... 4.6
I would be happy to see this doctor again ............................ 4.9

Free-text comments (typed exactly as written)
- "Dr Anjali explained everything about Leo's asthma plan and drew it out for us. Thank you!! - Gemma (Leo's mum)"
- "doctor raghunathan was very kind when my daughter Harpreet had her fit, she stayed until my husband Jaswinder got here"
- "Waiting time too long in CED but not the doctors fault"
- "Dr Anjali and nurse Shireen were amazing with our twins (Noah & Isla) xx"
- "please could doctor speak more slow, my english not so good. but she was kind"
- "Dr R was brilliant - ring me if you need a reference 07700 900893, Mick Tolley (Freddie's grandad)"

Verified: Dr Helen Arbuthnot, Consultant Paediatrician and Educational Supervisor, 05/12/2024
""",
ids=[("Leo", "P"), ("Gemma", "R"), ("Harpreet", "P"), ("Jaswinder", "R"), ("Shireen", "C"), ("Noah", "P"),
     ("Isla", "P"), ("07700 900893", "T"), ("Mick Tolley", "R"), ("Freddie", "P")],
keep=["Dr Anjali Raghunathan", "Dr Anjali", "doctor raghunathan", "Dr R", "Dr Helen Arbuthnot", "Ward 27",
      "Leicester Royal Infirmary", "4.9"]),

doc("s51-024", "gp_referral", APPL, """Glenfield Lane Surgery
118 Glenfield Lane, Leicester LE3 8PB
Tel 01632 960733     Fax 01632 960734

18/06/2025

Paediatric Outpatients (General Paediatrics)
Leicester Royal Infirmary
e-Referral UBRN: 0008 4471 9923

Dear Colleague

Re: Bethany SKELLERN, DOB 07/03/2021, NHS 401 776 2380
17 Coleridge Drive, Glenfield, LE3 8QT

I would be grateful if you could see this 4-year-old girl with faltering growth. Her weight has fallen from the 50th to the 9th centile over 12 months and her height from the 50th to the 25th. She has loose, pale, offensive stools 3-4 times a day and a distended abdomen. Coeliac screen: tTG IgA >128 U/mL (total IgA normal). Hb 104 g/L, ferritin 7.

Mum (Kirsty) is understandably anxious, and is also managing Bethany's older brother Tyler, who has autism and is awaiting a school place. Dad works away. I have not started a gluten-free diet, as I understand you may want to consider confirmation first.

Medication: none. Allergies: none known. Immunisations up to date.

Yours sincerely

Dr Oliver Haverstock-Smith
GP Partner (GMC 7033516)

[Handwritten on the scanned copy: Seen in clinic by Dr A. Raghunathan 02/07/2025 - clinic letter ref AR/GP/0702-14. No-biopsy diagnosis per ESPGHAN 2020 (tTG >10x ULN, EMA positive).]
""",
ids=[("Glenfield Lane Surgery\n118 Glenfield Lane, Leicester", "A"), ("LE3 8PB", "PC"), ("01632 960733", "T"),
     ("01632 960734", "T"), ("0008 4471 9923", "REF"), ("Bethany SKELLERN", "P"), ("401 776 2380", "N"),
     ("17 Coleridge Drive, Glenfield", "A"), ("LE3 8QT", "PC"), ("Kirsty", "R"), ("Bethany", "P"),
     ("Tyler", "R"), ("Oliver Haverstock-Smith", "C"), ("7033516", "G"), ("AR/GP/0702-14", "REF")],
keep=["Dr A. Raghunathan", "07/03/2021", "4-year-old girl", "tTG IgA >128 U/mL", "Hb 104 g/L", "ESPGHAN 2020",
      "Leicester Royal Infirmary"]),

doc("s51-025", "qi_report", APPL, """QUALITY IMPROVEMENT PROJECT SUMMARY
"Golden hour" antibiotics for suspected late-onset neonatal sepsis in the Children's Emergency Department
UHL QI register no.: QI-0712-CH
Project lead: Dr Anjali Raghunathan (Specialty Doctor)
Team: Dr Tobias Feld (ST3), Sister Marianne Okoye (CED), Grace Adebanjo-Hill (paediatric pharmacist)
Sponsor: Dr Helen Arbuthnot (Consultant Paediatrician)

Why: a 12-day-old baby (L1002871) with group B streptococcal sepsis waited 2 h 40 min for antibiotics in February 2024 (Datix 2024/CH/00391). NICE NG195 recommends antibiotics within 1 hour of the decision to treat.

Aim: 80% of infants under 28 days with suspected sepsis to receive antibiotics within 60 minutes of arrival by December 2024.

Baseline (Jan-Mar 2024, n = 41): median door-to-antibiotic time 94 min; 27% within 60 min.

Change ideas (PDSA)
1. "Neonatal sepsis grab bag" with cannula, cultures and pre-calculated cefotaxime 50 mg/kg and amoxicillin doses by weight band (May 2024).
2. Nurse-initiated sepsis screen at triage using a modified NEWS for infants (July 2024).
3. Pharmacy-prepared syringes available 24/7 in the CED drug fridge (September 2024).

Results (Oct-Dec 2024, n = 44): median 52 min; 68% within 60 min. Balancing measure: lumbar punctures not delayed (median 3.1 h, unchanged). No antibiotic-related adverse events.

Next steps: sustain with monthly run charts; spread to the neonatal unit admissions pathway.
Poster presented at the RCPCH Conference, Liverpool, 2025.

Verified: Dr Helen Arbuthnot, 14/02/2025
""",
ids=[("QI-0712-CH", "REF"), ("Tobias Feld", "C"), ("Marianne Okoye", "C"), ("Grace Adebanjo-Hill", "C"),
     ("L1002871", "H"), ("2024/CH/00391", "REF")],
keep=["Dr Anjali Raghunathan", "Dr Helen Arbuthnot", "NICE NG195", "cefotaxime 50 mg/kg", "12-day-old baby",
      "median door-to-antibiotic time 94 min", "68% within 60 min", "RCPCH Conference"]),
]
