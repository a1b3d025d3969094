from common import *

A7 = "Dr Rania Haddad"
A8 = "Dr Nurul Izzah Kamal"

DOCS = [
D("s55-t44", "foreign_report_with_translation", A7,
"""مستشفى البشير الحكومي - قسم طب الأطفال
تقرير طبي
اسم الطفل: يزن محمود العتوم      الجنس: ذكر      تاريخ الميلاد: 03/11/2016
الرقم الوطني: 2016118804       رقم الملف الطبي: BSH-552190
العنوان: عمان - جبل النصر - شارع الأمير حسن، عمارة 17
ولي الأمر: الأب محمود العتوم، هاتف 0795550143
التشخيص: شلل دماغي تشنجي ثنائي (GMFCS المستوى III)، صرع
العلاج: فالبروات الصوديوم 200 ملغ مرتين يومياً
الطبيبة المعالجة: د. رانيا حداد         رئيس القسم: د. سامي الخطيب

CERTIFIED TRANSLATION FROM ARABIC
Al-Bashir Government Hospital - Department of Paediatrics
Medical report
Child's name: Yazan Mahmoud Al-Otoum      Sex: male      Date of birth: 03/11/2016
National number: 2016118804       Medical file number: BSH-552190
Address: Amman - Jabal Al-Nasr - Prince Hasan Street, Building 17
Guardian: father Mahmoud Al-Otoum, telephone 0795550143
Diagnosis: bilateral spastic cerebral palsy (GMFCS level III), epilepsy
Treatment: sodium valproate 200 mg twice daily
Treating doctor: Dr Rania Haddad         Head of department: Dr Sami Al-Khatib
Translator: Lina Mansour, certified translator, 17/05/2023""",
[("يزن محمود العتوم", PN), ("2016118804", OID), ("BSH-552190", HN), ("جبل النصر - شارع الأمير حسن، عمارة 17", AD),
 ("الأب محمود العتوم", RN), ("0795550143", PH), ("Yazan Mahmoud Al-Otoum", PN), ("Jabal Al-Nasr - Prince Hasan Street, Building 17", AD),
 ("Mahmoud Al-Otoum", RN)],
["د. رانيا حداد", "Dr Rania Haddad", "د. سامي الخطيب", "Dr Sami Al-Khatib", "03/11/2016", "GMFCS level III",
 "sodium valproate 200 mg", "Al-Bashir Government Hospital", "Lina Mansour", "ذكر", "male"]),

D("s55-t45", "clinic_letter", A7,
"""Mourne and Lagan Health and Social Care Trust - Community Paediatrics, Lisnamore Child Development Centre
Our ref: CP/RH/24/3391      H&C No: 320 548 1176

To: Dr Ciaran McAteer, Ballyclough Medical Practice, 41 Main Street, Ballyclough, BT27 5QF
cc: Mrs Orla Devlin, SENCO, St Brigid's Primary School, Ballyclough

14 October 2024
Dear Dr McAteer
Re: Oisin Fitzpatrick (DOB 09/04/2017), 6 Glenview Park, Ballyclough BT27 5RW
I saw Oisin (age 7) with his mum, Sinead, and his granny Bernie. Teachers describe inattention and impulsivity
across settings; Conners 3 (parent) T-scores: inattention 78, hyperactivity 81; teacher ratings similar. ADOS-2 not
indicated. Diagnosis: ADHD, combined presentation (ICD-10 F90.0). Height 124 cm (50th centile), weight 24 kg, BP
98/60, HR 84. After discussion, a trial of methylphenidate (Equasym XL 10 mg mane) will start after the
half-term; the school nurse will repeat BP/weight at 6 weeks. Oisin loves hurling at Ballyclough GAC and his
coach has been told about his medication times with parental consent.
Yours sincerely
Dr Rania Haddad, Specialty Doctor, Community Paediatrics. Tel 028 9649 6620""",
[("CP/RH/24/3391", REF), ("320 548 1176", NHS), ("Ciaran McAteer", CN), ("McAteer", CN),
 ("Ballyclough Medical Practice, 41 Main Street, Ballyclough", AD), ("BT27 5QF", PC), ("Orla Devlin", CN),
 ("St Brigid's Primary School, Ballyclough", AD), ("Oisin Fitzpatrick", PN), ("Oisin", PN), ("6 Glenview Park, Ballyclough", AD),
 ("BT27 5RW", PC), ("Sinead", RN), ("Bernie", RN), ("Ballyclough GAC", AD), ("028 9649 6620", PH)],
["Dr Rania Haddad", "09/04/2017", "Conners 3", "ADHD, combined presentation", "F90.0", "Equasym XL 10 mg", "methylphenidate",
 "124 cm (50th centile)", "Mourne and Lagan Health and Social Care Trust", "Lisnamore Child Development Centre", "age 7", "ADOS-2"]),

D("s55-t46", "safeguarding_referral", A7,
"""UNOCINI - Understanding the Needs of Children in Northern Ireland - Referral to Gateway Team
Gateway ref: GW/ML/2024/11873      Date: 02/05/2024
Child: Kayla-Mae Rooney   DOB 21/07/2020   Gender: F   H&C 447 219 3308
Address: 22b Shankill Court, Lisburn BT28 1XQ
Parents/carers: mother Chantelle Rooney (22); mother's partner "Deano" (Dean Quigley), not the father
Other children in household: half-brother Rhys, 8 months
Referrer: Dr Rania Haddad, Community Paediatrics, Lisnamore CDC, 028 9649 6620
Concern: 3 bruises on left pinna and one on right cheek (TEN-4-FACESp positive), inconsistent explanation
("fell off the sofa"). Nursery (Little Acorns, Lisburn) reported a further bruise last week. Skeletal survey and
CP medical arranged; health visitor (Grainne Lavery) informed. Consultant: Dr Niamh O'Hare (named doctor).""",
[("GW/ML/2024/11873", REF), ("Kayla-Mae Rooney", PN), ("447 219 3308", NHS), ("22b Shankill Court, Lisburn", AD), ("BT28 1XQ", PC),
 ("Chantelle Rooney", RN), ("\"Deano\"", RN), ("Dean Quigley", RN), ("Rhys", RN), ("028 9649 6620", PH),
 ("Little Acorns, Lisburn", AD), ("Grainne Lavery", CN)],
["Dr Rania Haddad", "Dr Niamh O'Hare", "21/07/2020", "TEN-4-FACESp", "Lisnamore CDC", "Gender: F", "8 months"]),

D("s55-t47", "cp_medical_report", A7,
"""CHILD PROTECTION MEDICAL REPORT (joint) - for PSNI and Gateway
PSNI ref: CC-2024-0517-0932     Gateway ref: GW/ML/2024/11873
Child: K-M R, 3y 9m, female. Examined 03/05/2024 14:10 at Lisnamore CDC with mother present and social worker
(Ms Bronagh Kerr). Officer in case: DC Gary Wilkinson.
Findings: 4 bruises as body map; none on bony prominences. Skeletal survey (Dr Shapiro, radiology): no fractures.
FBC, clotting (PT 11.8 s, APTT 29 s, fibrinogen 3.1 g/L), vWF screen normal.
Opinion: the pattern is highly suggestive of inflicted injury. Examining doctors: Dr Rania Haddad (Specialty
Doctor) and Dr Niamh O'Hare (Consultant Community Paediatrician, named doctor for safeguarding), who verifies this report.""",
[("CC-2024-0517-0932", REF), ("GW/ML/2024/11873", REF), ("K-M R", PN), ("Bronagh Kerr", CN), ("Gary Wilkinson", CN),
 ("Dr Shapiro", CN)],
["Dr Rania Haddad", "Dr Niamh O'Hare", "3y 9m, female", "APTT 29 s", "fibrinogen 3.1 g/L", "Lisnamore CDC", "03/05/2024"]),

D("s55-t48", "advice_line_log", A7,
"""Community paeds advice line - duty doctor RH - Tue 19/11/2024
09:12 | caller: HV Roisin (Ballynahinch team) re baby (Ava, H&C 390 112 8841) - 6/52 wt falling 9th->2nd centile. adv: same-day GP, feed plan, weigh 48h
09:40 | caller: mum of "Jamie-Lee" (Ms Tracey Magee, 07700 900395) - melatonin 2 mg run out, GP says specialist. adv: will email GP Dr Kwan
10:55 | caller: SENCO Mr Paul Henning, Downpatrick High - asking for diagnosis letter for pupil (C.D.) - no consent on file -> declined, explained
11:30 | caller: SW Aoife (Gateway) - f/u of GW/ML/2024/11873 - strategy meeting Thurs 10:00
Entries checked by: Dr Niamh O'Hare""",
[("Roisin", CN), ("Ballynahinch team", AD), ("Ava", PN), ("390 112 8841", NHS), ("\"Jamie-Lee\"", PN), ("Tracey Magee", RN),
 ("07700 900395", PH), ("Dr Kwan", CN), ("Paul Henning", CN), ("Downpatrick High", AD), ("C.D.", PN), ("Aoife", CN),
 ("GW/ML/2024/11873", REF)],
["RH", "Dr Niamh O'Hare", "melatonin 2 mg", "9th->2nd centile", "19/11/2024", "6/52"]),

D("s55-t49", "email_thread", A7,
"""From: Rania Haddad <rania.haddad@mlhsct.example.hscni.net>
Sent: 08 March 2024 13:02
To: Lisnamore Admin <lisnamore.cdc@mlhsct.example.hscni.net>
Subject: FW: EHCP-equivalent (Statement) advice - Tiernan Maguire - H&C 301 665 4420

Hi Gemma - could you send my statutory advice (attached) to the Education Authority, ref EA/SEN/24/07715, and to
Tiernan's dad Brendan at brendan.maguire@example.com as he asked? Tiernan starts at Beechlawn School in September.
Many thanks, Rania

-----Original Message-----
From: Brendan Maguire
Sent: 07 March 2024 21:40
Hi Dr Haddad, thanks for seeing Tiernan again. His mum and I split up so please copy me in. My number is 07700 900914.""",
[("lisnamore.cdc@mlhsct.example.hscni.net", EM), ("Tiernan Maguire", PN), ("Tiernan", PN), ("301 665 4420", NHS), ("Gemma", CN),
 ("EA/SEN/24/07715", REF), ("Brendan", RN), ("brendan.maguire@example.com", EM), ("Brendan Maguire", RN),
 ("Beechlawn School", AD), ("07700 900914", PH), ("rania.haddad@mlhsct.example.hscni.net", EM)],
["Rania Haddad", "Rania", "Dr Haddad", "08 March 2024"]),

D("s55-t50", "teaching_feedback", A7,
"""Lisnamore CDC - teaching evaluation - "Neurodevelopmental red flags for GP trainees" - 26/06/2024
Presenter: Dr Rania Haddad     Organiser: Dr Niamh O'Hare     Participants: 11 GP specialty trainees
Mean ratings (1-5): 4.6 overall. "The video of regression in Rett syndrome was powerful." "Good on the M-CHAT-R/F."
"Would have liked more on the Children (Northern Ireland) Order 1995 and Article 66." - Conor, ST2
Certificate issued for 2 CPD hours.""",
[("Conor", CN)],
["Dr Rania Haddad", "Dr Niamh O'Hare", "Rett syndrome", "M-CHAT-R/F", "Children (Northern Ireland) Order 1995", "Article 66",
 "26/06/2024"]),

# ---------------- A8 Nurul Izzah Kamal, breast surgery, Malaysia, England
D("s55-t51", "foreign_operation_note_with_translation", A8,
"""HOSPITAL KUALA LUMPUR - JABATAN PEMBEDAHAN AM (UNIT PAYUDARA DAN ENDOKRIN)
NOTA PEMBEDAHAN
Nama pesakit: Siti Aishah binti Abdul Rahman     No. K/P: 680914-10-5524     No. RN: HKL2018-0093371
Alamat: No. 14, Jalan Setiawangsa 9, Taman Setiawangsa, 54200 Kuala Lumpur
Waris: suami, Encik Zulkifli bin Hashim, tel 012-555 7401
Jantina: Perempuan   Umur: 50 tahun
Diagnosis: Karsinoma duktus invasif payudara kiri, T2N1M0, ER+/PR+/HER2-
Pembedahan: Mastektomi radikal terubahsuai kiri (MRM), 22/03/2018
Pakar bedah: Dr. Nurul Izzah binti Kamal (Pegawai Perubatan UD48)   Pakar: Dato' Dr. Aminah Yusof

TERJEMAHAN DISAHKAN / CERTIFIED TRANSLATION
Kuala Lumpur Hospital - Department of General Surgery (Breast and Endocrine Unit)
OPERATION NOTE
Patient name: Siti Aishah binti Abdul Rahman     IC No.: 680914-10-5524     RN No.: HKL2018-0093371
Address: No. 14, Jalan Setiawangsa 9, Taman Setiawangsa, 54200 Kuala Lumpur
Next of kin: husband, Mr Zulkifli bin Hashim, tel 012-555 7401
Sex: Female   Age: 50 years
Diagnosis: Invasive ductal carcinoma left breast, T2N1M0, ER+/PR+/HER2-
Operation: Left modified radical mastectomy (MRM), 22/03/2018
Surgeon: Dr Nurul Izzah binti Kamal (Medical Officer UD48)   Consultant: Dato' Dr Aminah Yusof
Certified by: Farah Liyana Osman, Licensed Translator (ITBM), 30/10/2023""",
[("Siti Aishah binti Abdul Rahman", PN), ("680914-10-5524", OID), ("HKL2018-0093371", HN),
 ("No. 14, Jalan Setiawangsa 9, Taman Setiawangsa", AD), ("54200 Kuala Lumpur", AD), ("Encik Zulkifli bin Hashim", RN),
 ("Mr Zulkifli bin Hashim", RN), ("012-555 7401", PH)],
["Dr. Nurul Izzah binti Kamal", "Dr Nurul Izzah binti Kamal", "Dato' Dr. Aminah Yusof", "Dato' Dr Aminah Yusof",
 "T2N1M0, ER+/PR+/HER2-", "22/03/2018", "Perempuan", "Female", "50 years", "HOSPITAL KUALA LUMPUR", "Farah Liyana Osman"]),

D("s55-t52", "mdt_list", A8,
"""Breast MDM - Thornbury General Hospital - Wed 10/04/2024 - Chair: Miss C. Ashdown - Clinician: Dr N. Kamal
| # | Patient (initials) | Hosp No  | NHS No       | Age | Histology                         | Outcome
| 1 | J.W-S              | TGH88102 | 483 190 6627 | 47  | IDC G2, 18 mm, ER 8/8, HER2 0, B5b | WLE + SLNB; Oncotype if N0
| 2 | PA                 | TGH41876 | 709 553 2014 | 62  | ILC G2, 42 mm on MRI              | Mastectomy + SLNB, discuss recon (Mr Bello)
| 3 | Lady Harriet C.    | TGH20993 | 551 007 4318 | 71  | DCIS high grade, 25 mm            | WLE, RT (Dr Menon)
| 4 | DR                 | TGH93357 | 612 445 8896 | 38  | TNBC, BRCA1 carrier, cT2N1        | NACT; genetics (Ms Quinn, GC)
| 5 | Sue (staff member) | TGH77420 | 402 881 3305 | 55  | B3 papilloma                      | VAE
Note: pt 5 is a Thornbury ward clerk - restrict access.""",
[("J.W-S", PN), ("TGH88102", HN), ("483 190 6627", NHS), ("PA", PN), ("TGH41876", HN), ("709 553 2014", NHS), ("Lady Harriet C.", PN),
 ("TGH20993", HN), ("551 007 4318", NHS), ("DR", PN), ("TGH93357", HN), ("612 445 8896", NHS), ("Sue", PN), ("TGH77420", HN),
 ("402 881 3305", NHS), ("Mr Bello", CN), ("Dr Menon", CN), ("Ms Quinn", CN)],
["Miss C. Ashdown", "Dr N. Kamal", "IDC G2, 18 mm, ER 8/8, HER2 0", "Oncotype", "BRCA1", "cT2N1", "Thornbury General Hospital",
 "B3 papilloma", "10/04/2024", "B5b"]),

D("s55-t53", "operation_note", A8,
"""Thornbury General Hospital  -  Day Surgery Theatre 2  -  Operation record
Patient: Mrs Janice Wood-Sampson   DOB 05/06/1976   F   Hosp No TGH88102   NHS 483 190 6627
Date: 02/05/2024   Surgeon: Dr Nurul Kamal (Specialty Doctor)   Assistant: Dr Felix Amankwah (FY2)
Anaesthetist: Dr H. Gupta     Supervising consultant (available, not scrubbed): Miss Clare Ashdown
Procedure: Right wire-guided wide local excision + sentinel lymph node biopsy (Tc-99m + Magtrace)
Findings: wire in situ, lesion 10 o'clock 4 cm FN. Specimen orientated (SLC: short superior, long lateral, clips).
Specimen X-ray: lesion and wire central. 2 SLNs (hot, brown), counts 1450 and 320 cps.
Closure: 3/0 Vicryl, 4/0 Monocryl, Dermabond. Levobupivacaine 0.25% 20 ml infiltrated.
Post-op: home today, review results clinic 3 weeks. NK""",
[("Janice Wood-Sampson", PN), ("TGH88102", HN), ("483 190 6627", NHS), ("Felix Amankwah", CN), ("Dr H. Gupta", CN)],
["Dr Nurul Kamal", "NK", "Miss Clare Ashdown", "05/06/1976", "Tc-99m", "Magtrace", "Levobupivacaine 0.25% 20 ml",
 "Thornbury General Hospital", "Theatre 2", "02/05/2024"]),

D("s55-t54", "clinic_letter", A8,
"""Thornbury General Hospital - Breast Unit, One-Stop Clinic
Ref: BRU/NK/0552     Hosp No: TGH55018     NHS No: 377 402 9915
Dr Ravinder Ghuman, Oakfield Surgery, 90 Station Road, Thornbury BS35 2AW

Dear Dr Ghuman
Miss Chloe Adebayo-Hurst, DOB 12/09/1998, 5 Ferndale Mews, Thornbury BS35 1LP, Tel 07700 900270
Triple assessment: 23-year-old... correction: 25-year-old woman with a 2 cm mobile left breast lump at 2 o'clock.
USS: U2, 19 mm well-circumscribed oval lesion, consistent with fibroadenoma; core biopsy not required (age <25
pathway does not apply - she is 25; core B2 obtained for reassurance). She was accompanied by her friend Keisha
from work (Bristol Airport). Discharged with open access.
Yours sincerely
Dr Nurul Izzah Kamal, Specialty Doctor in Breast Surgery""",
[("BRU/NK/0552", REF), ("TGH55018", HN), ("377 402 9915", NHS), ("Ravinder Ghuman", CN), ("Ghuman", CN),
 ("Oakfield Surgery, 90 Station Road, Thornbury", AD), ("BS35 2AW", PC), ("Chloe Adebayo-Hurst", PN), ("5 Ferndale Mews, Thornbury", AD),
 ("BS35 1LP", PC), ("07700 900270", PH), ("Keisha", RN), ("Bristol Airport", AD)],
["Dr Nurul Izzah Kamal", "12/09/1998", "U2", "fibroadenoma", "B2", "25-year-old woman", "Thornbury General Hospital"]),

D("s55-t55", "logbook_table", A8,
"""Breast surgery logbook - Dr N I Kamal - Jan-Jun 2024 (extract, verified)
Date     Patient      ID          Procedure                         Level   Outcome
09/01    AMcC         TGH10449    Therapeutic mammoplasty (Wise)    P-S     clear margins
23/01    Beryl T      TGH30812    Mastectomy + SLNB                 P       seroma x2 aspirated
06/02    NH           TGH71220    Hookwire WLE                      P       re-excision (DCIS at margin)
20/02    "Bella"      TGH44093    Excision gynaecomastia? no - fibroadenoma 5 cm    P     -
12/03    T.O.         TGH58116    Level II ANC                      S-TS    -
02/05    JW-S         TGH88102    WLE + SLNB                        P       clear, SLN 0/2
Supervisor sign-off: Miss Clare Ashdown, Consultant Oncoplastic Surgeon, 01/07/2024""",
[("AMcC", PN), ("TGH10449", HN), ("Beryl T", PN), ("TGH30812", HN), ("NH", PN), ("TGH71220", HN), ("\"Bella\"", PN),
 ("TGH44093", HN), ("T.O.", PN), ("TGH58116", HN), ("JW-S", PN), ("TGH88102", HN)],
["Dr N I Kamal", "Miss Clare Ashdown", "Therapeutic mammoplasty (Wise)", "Level II ANC", "SLN 0/2", "01/07/2024"]),

D("s55-t56", "patient_feedback", A8,
"""Patient feedback (transcribed thank-you card, scanned original withheld)
"Dear Dr Nurul (Dr Izzah?) - thank you for holding my hand before my op and for explaining everything in words
I could understand. My husband Trevor and my girls Amy and Jess say thank you too. Love from Maureen Pike, Bed 14,
Severn Ward xx  PS the biscuits are for the nurses especially Precious on nights."
Received 18/06/2024. Uploaded as patient-feedback evidence; the card was read by Miss C. Ashdown (supervisor).""",
[("Trevor", RN), ("Amy", RN), ("Jess", RN), ("Maureen Pike", PN), ("Precious", CN)],
["Dr Nurul", "Dr Izzah", "Miss C. Ashdown", "Bed 14", "Severn Ward", "18/06/2024"]),

D("s55-t57", "audit_spreadsheet", A8,
"""Re-excision after BCS - audit 2023 (ABS standard <20%) - lead: N Kamal - supervisor: Miss C Ashdown
Row	Hosp No	Initials	Age	Path	Size mm	Margin	Re-excision	Surgeon
1	TGH12884	A.B.	58	IDC	14	clear	N	NK
2	TGH19021	CD-F	66	ILC	31	<1 mm	Y	CA
3	TGH20117	EH	49	DCIS	22	involved	Y	LO
4	TGH22548	MP	71	IDC	9	clear	N	NK
5	TGH23005	R.S.	44	IDC+DCIS	27	1 mm	N	CA
Total re-excision 2/5 (40%) small sample; full audit n=112, 15.2% (17/112).
Surgeon key: NK = N Kamal; CA = C Ashdown; LO = Mr L Okoro (locum).""",
[("TGH12884", HN), ("A.B.", PN), ("TGH19021", HN), ("CD-F", PN), ("TGH20117", HN), ("EH", PN), ("TGH22548", HN), ("MP", PN),
 ("TGH23005", HN), ("R.S.", PN), ("LO", CN), ("Mr L Okoro", CN)],
["N Kamal", "NK", "Miss C Ashdown", "C Ashdown", "CA", "15.2% (17/112)", "ABS standard <20%"]),
]
