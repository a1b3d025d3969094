from common import *
AP1 = "Dr Sushila Adhikari"
AP2 = "Dr Omer Elfadil Hassan"
DOCS = [
doc("s56-t001", "clinic_letter", AP1,
"""ENT Outpatients – Head & Neck Unit
St James's University Hospital, Leeds Teaching Hospitals NHS Trust
Tel 0113 496 0412   Fax 0113 496 0413

Our ref: ENT/SA/24/3381        Your ref: GP-REF 99120
Clinic date: 14/03/2024         Typed: 18/03/2024

Dr Imogen Castellano
Roundhay Lane Medical Practice
41 Wetherby Road
Leeds LS8 2QX

Dear Dr Castellano

Re: Master Kieran Doyle-Whitfield, DOB 02/11/2016
Hospital no. M4471920   NHS no. 483 226 9017
14 Gledhow Park Grove, Leeds LS7 4JW

Diagnosis: recurrent acute tonsillitis (7 episodes in the last 12 months), obstructive sleep-disordered breathing
Plan: adenotonsillectomy (coblation), added to the paediatric waiting list, priority P3

Thank you for referring Kieran, whom I saw with his mother Shauna and his grandfather Des. Kieran is 7 years old and
attends Chapel Allerton Primary School, where his teacher has noticed him falling asleep in class. Mum reports loud
snoring with witnessed pauses; Brodsky grade 3+ tonsils on examination. The Epworth-style questionnaire (OSA-18)
scored 74. Weight 27 kg. He has had 5 courses of phenoxymethylpenicillin since March last year.

I have explained the risks of adenotonsillectomy including secondary haemorrhage (about 1 in 30). Shauna was happy to
proceed and signed consent form 1. Please do not hesitate to contact my secretary, Mrs Paula Greenhalgh, on
0113 496 0412 or at paula.greenhalgh@example.nhs.uk.

Yours sincerely

Dr Sushila Adhikari MBBS MS(ENT) MRCS
Specialty Doctor in Otolaryngology, GMC 7712408
cc: Ms Shauna Doyle (mother), 14 Gledhow Park Grove, Leeds LS7 4JW
""",
[("ENT/SA/24/3381", REF), ("GP-REF 99120", REF), ("Dr Imogen Castellano", C), ("Castellano", C),
 ("Roundhay Lane Medical Practice", A), ("41 Wetherby Road", A), ("Leeds LS8 2QX", A), ("LS8 2QX", PC),
 ("Kieran Doyle-Whitfield", P), ("Kieran", P), ("M4471920", H), ("483 226 9017", N),
 ("14 Gledhow Park Grove, Leeds", A), ("LS7 4JW", PC), ("Shauna", R), ("Des", R), ("Chapel Allerton Primary School", A),
 ("Mrs Paula Greenhalgh", C), ("0113 496 0412", PH), ("0113 496 0413", PH), ("paula.greenhalgh@example.nhs.uk", E),
 ("Ms Shauna Doyle", R)],
["Dr Sushila Adhikari", "GMC 7712408", "DOB 02/11/2016", "St James's University Hospital", "Leeds Teaching Hospitals NHS Trust",
 "recurrent acute tonsillitis", "Brodsky grade 3+", "OSA-18", "phenoxymethylpenicillin", "adenotonsillectomy (coblation)",
 "7 years old", "27 kg", "1 in 30", "14/03/2024"]),

doc("s56-t002", "operation_note", AP1,
"""OPERATION NOTE                      Theatre 11, Leeds General Infirmary
---------------------------------------------------------------
Patient: GRAYSON, Alfie Jon       MRN: L0928836   DOB 19/06/1987 (M)
NHS: 7205519348                   Ward: J24 bed 6
Date: 05/09/2023    Start 09:12   End 12:40
Surgeon: Dr S Adhikari (Specialty Doctor)       Assistant: Dr Femi Olawuyi (CT2)
Supervising consultant (scrubbed, present throughout): Mr Alasdair Pennock FRCS(ORL-HNS)
Anaesthetist: Dr Rhiannon Teague     Scrub: Bev (ODP)

Procedure: Left canal wall down mastoidectomy with meatoplasty
Indication: attic cholesteatoma with lateral SCC fistula on CT (ref. RAD-ACC 55120934)

Findings: cholesteatoma filling attic and antrum, eroding incus long process; lateral semicircular canal
fistula 1.5 mm, matrix left in situ on fistula; facial nerve intact, dehiscent in tympanic segment.
Facial nerve monitor used throughout (NIM 3.0) – no responses above 0.1 mA.
Closure: 3/0 Vicryl Rapide, BIPP pack to meatus.

Post-op: Cefuroxime 1.5 g IV x3, check facial nerve function at 4 h, remove pack at 3 weeks in clinic.
Alfie is a bus driver with First Leeds – advised off work and no driving until vertigo settled.

Signed: Dr S Adhikari  GMC 7712408
Verified: Mr A Pennock, Consultant ENT Surgeon
""",
[("GRAYSON, Alfie Jon", P), ("Alfie", P), ("L0928836", H), ("7205519348", N), ("Dr Femi Olawuyi", C),
 ("Dr Rhiannon Teague", C), ("Bev", C), ("RAD-ACC 55120934", REF), ("First Leeds", A)],
["Dr S Adhikari", "GMC 7712408", "Mr Alasdair Pennock", "Mr A Pennock", "DOB 19/06/1987 (M)", "Leeds General Infirmary",
 "Ward: J24 bed 6", "canal wall down mastoidectomy", "cholesteatoma", "Cefuroxime 1.5 g IV", "NIM 3.0", "0.1 mA",
 "BIPP pack", "05/09/2023"]),

doc("s56-t003", "logbook_csv", AP1,
"""date,hospital,procedure,role,supervision,patient_id,age,sex,outcome
2019-04-11,TU Teaching Hospital Kathmandu,Myringoplasty (underlay),P,U,TUTH-2019-044871,23,F,graft taken
2019-04-18,TU Teaching Hospital Kathmandu,Tonsillectomy (cold steel),P,U,TUTH-2019-045236,11,M,no complication
2019-05-02,TU Teaching Hospital Kathmandu,Modified radical mastoidectomy,S-TS,B,TUTH-2019-046102,34,M,no complication
2020-01-09,BP Koirala Institute Dharan,Septoplasty,P,U,BPK/ENT/20/0017,29,M,no complication
2020-01-16,BP Koirala Institute Dharan,Tracheostomy (emergency),P,U,BPK/ENT/20/0098,61,M,Ludwig angina - survived
2023-06-21,Leeds General Infirmary,FESS - bilateral uncinectomy + MMA,P,S,L0817734,45,F,no complication
2023-07-04,Leeds General Infirmary,Microlaryngoscopy + biopsy,P,S,L0655120,72,M,SCC T2 - to MDT
2023-09-05,Leeds General Infirmary,Canal wall down mastoidectomy,P,S,L0928836,36,M,fistula noted
2023-10-30,St James's University Hospital,Adenotonsillectomy,P,U,M4412076,5,F,readmitted D6 haemorrhage - conservative
2024-01-15,St James's University Hospital,Neck dissection level II-IV (left),A,B,M3970581,58,M,no complication
# role: P performed, S-TS supervised trainer scrubbed, A assisted; supervision: U unsupervised, S supervised, B trainer scrubbed
# export from eLogbook by Dr Sushila Adhikari - verified by Mr A Pennock (Educational Supervisor)
""",
[("TUTH-2019-044871", H), ("TUTH-2019-045236", H), ("TUTH-2019-046102", H), ("BPK/ENT/20/0017", H), ("BPK/ENT/20/0098", H),
 ("L0817734", H), ("L0655120", H), ("L0928836", H), ("M4412076", H), ("M3970581", H)],
["Dr Sushila Adhikari", "Mr A Pennock", "TU Teaching Hospital Kathmandu", "BP Koirala Institute Dharan", "Ludwig angina",
 "Myringoplasty (underlay)", "Modified radical mastoidectomy", "SCC T2", "Neck dissection level II-IV (left)", "2019-04-11"]),

doc("s56-t004", "foreign_record_with_translation", AP1,
"""[ORIGINAL – नेपाली]
त्रिभुवन विश्वविद्यालय शिक्षण अस्पताल, महाराजगञ्ज, काठमाडौं
नाक, कान, घाँटी विभाग – शल्यक्रिया विवरण
बिरामीको नाम: रामकृष्ण श्रेष्ठ        उमेर: ४७ वर्ष   लिङ्ग: पुरुष
अस्पताल दर्ता नं.: TUTH-2020-071553
ठेगाना: भक्तपुर नगरपालिका-९, सूर्यविनायक
सम्पर्क: ९८४१२२७७३०
मिति: २०७६/१०/१५
शल्यक्रिया: दायाँ प्यारोटिडेक्टोमी (सुपरफिसियल)
शल्यचिकित्सक: डा. सुशीला अधिकारी
निरीक्षक: प्रा. डा. हरि प्रसाद पौडेल
निदान: प्लिओमोर्फिक एडेनोमा
बिरामीको छोरा दिपक श्रेष्ठ लाई जानकारी दिइएको।

[CERTIFIED ENGLISH TRANSLATION]
Tribhuvan University Teaching Hospital, Maharajgunj, Kathmandu
Department of ENT – Operation record
Patient name: Ramkrishna Shrestha     Age: 47 years   Sex: male
Hospital registration no.: TUTH-2020-071553
Address: Bhaktapur Municipality-9, Suryabinayak
Contact: 9841227730
Date: 2076/10/15 BS (29 January 2020)
Operation: right parotidectomy (superficial)
Surgeon: Dr Sushila Adhikari
Supervisor: Prof. Dr Hari Prasad Paudel
Diagnosis: pleomorphic adenoma
The patient's son Dipak Shrestha was informed.
Translator: Nabin K.C., sworn translator, certificate T-0937
""",
[("रामकृष्ण श्रेष्ठ", P), ("TUTH-2020-071553", H), ("भक्तपुर नगरपालिका-९, सूर्यविनायक", A), ("९८४१२२७७३०", PH),
 ("दिपक श्रेष्ठ", R), ("Ramkrishna Shrestha", P), ("Bhaktapur Municipality-9, Suryabinayak", A), ("9841227730", PH),
 ("Dipak Shrestha", R), ("Nabin K.C.", C), ("T-0937", REF)],
["डा. सुशीला अधिकारी", "प्रा. डा. हरि प्रसाद पौडेल", "त्रिभुवन विश्वविद्यालय शिक्षण अस्पताल", "Dr Sushila Adhikari",
 "Prof. Dr Hari Prasad Paudel", "Tribhuvan University Teaching Hospital", "pleomorphic adenoma", "right parotidectomy (superficial)",
 "47 years", "2076/10/15 BS (29 January 2020)", "प्लिओमोर्फिक एडेनोमा"]),

doc("s56-t005", "wpba_dops", AP1,
"""ISCP-style DOPS – exported 02/02/2024 from https://eportfolio.example.org/dops/88213-SA
Trainee: Sushila Adhikari (GMC 7712408)     Assessor: Mr Alasdair Pennock, Consultant ENT (GMC 3309187)
Procedure: Flexible nasendoscopy with biopsy of post-nasal space under LA
Setting: ENT emergency clinic, St James's University Hospital     Date: 29/01/2024
Case: 63 y/o man, unilateral OME + level II node; EBV serology pending
Patient sticker (removed by trainee? NO): Mr T. Hargreaves  M5502148
Global rating: Level 4 – competent to perform unsupervised
Strengths: excellent consent discussion; explained the need for 2WW pathway clearly to patient and his wife Lorraine.
Development: document lidocaine/phenylephrine dose (Co-phenylcaine 5 mg/0.5 mg per spray) in the note.
Assessor signature: A. Pennock  29/01/2024
""",
[("https://eportfolio.example.org/dops/88213-SA", U), ("GMC 3309187", G), ("Mr T. Hargreaves", P), ("M5502148", H), ("Lorraine", R)],
["Sushila Adhikari", "GMC 7712408", "Mr Alasdair Pennock", "A. Pennock", "Flexible nasendoscopy", "Level 4", "Co-phenylcaine 5 mg/0.5 mg",
 "St James's University Hospital", "63 y/o", "29/01/2024", "EBV serology"]),

doc("s56-t006", "whatsapp_export", AP1,
"""[22/12/2023, 02:14:07] Sush Adhikari: On my way in. Pt in resus?
[22/12/2023, 02:14:40] Jonah (ENT SHO): yes bay 3, Mr Ebo Mensah-Tetteh, 81, on rivaroxaban for AF. Bleeding L nostril 40 mins, merocel in, still oozing
[22/12/2023, 02:15:02] Jonah (ENT SHO): Hb 98, INR n/a, his daughter Abena is with him, she's v anxious – number 07700 900318 if you want to update her
[22/12/2023, 02:15:55] Sush Adhikari: ok. Get the rapid rhino 7.5 ready, TXA 1 g IV, G&S. MRN?
[22/12/2023, 02:16:10] Jonah (ENT SHO): M2210984
[22/12/2023, 02:31:44] Sush Adhikari: Posterior bleed. Foley + BIPP. Admit ward J25 under Mr Pennock. Please datix the delay in ED triage (W-INC 776120)
[22/12/2023, 02:32:01] Jonah (ENT SHO): 👍 will do. Ebo says thank you doc 😊
[22/12/2023, 08:03:19] Alasdair Pennock: Well managed Sushila. Happy to sign this off as a CbD later.
""",
[("Jonah (ENT SHO)", C), ("Jonah", C), ("Mr Ebo Mensah-Tetteh", P), ("Ebo", P), ("Abena", R), ("07700 900318", PH), ("M2210984", H), ("W-INC 776120", REF)],
["Sush Adhikari", "Sushila", "Alasdair Pennock", "Mr Pennock", "rivaroxaban", "Hb 98", "TXA 1 g IV", "rapid rhino 7.5", "ward J25", "81", "Foley + BIPP"]),

doc("s56-t007", "incident_report", AP1,
"""DATIX WEB – Incident form (Leeds Teaching Hospitals)          Ref: DW-2024-118430
Reported by: Dr Sushila Adhikari (Specialty Doctor, ENT)      Date/time: 07/02/2024 16:05
Category: Surgery – wrong site (near miss)    Harm: No harm
Location: Theatre 9, St James's University Hospital
Person affected: patient – Doreen Ackroyd-Bell, 74F, unit no. M1187205
Description: At sign-in the consent form listed RIGHT grommet insertion; the theatre list (compiled by
booking clerk Sandra Ibbotson) stated LEFT. Site mark was on the right. Discrepancy noticed by
ODP Mark Lavelle at time-out. Patient's husband Cyril confirmed by phone (01632 960744) that
clinic discussed the right ear. Procedure went ahead on the right.
Immediate action: list corrected, WHO checklist completed, escalated to theatre coordinator.
Linked complaint: none.  StEIS: not required.
Reviewer: Mr A Pennock (Clinical Lead)  – closed 20/02/2024, learning shared at ENT governance.
""",
[("DW-2024-118430", REF), ("Doreen Ackroyd-Bell", P), ("M1187205", H), ("Sandra Ibbotson", C), ("Mark Lavelle", C),
 ("Cyril", R), ("01632 960744", PH), ("Mr A Pennock", C)],
["Dr Sushila Adhikari", "St James's University Hospital", "WHO checklist", "74F", "No harm", "07/02/2024 16:05", "grommet insertion"]),

# ---------------- A2 cardiology ----------------
doc("s56-t008", "clinic_letter", AP2,
"""NHS Greater Glasgow and Clyde – Cardiology Outpatients, Queen Elizabeth University Hospital
Direct line 0141 496 0227

Date dictated 03/10/2023                           Our Ref: OEH/CARD/112204

PRIVATE & CONFIDENTIAL
Dr G. McIlvanney
Drumchapel Health Centre, 12 Mossvale Crescent, Glasgow G15 7TS

Dear Dr McIlvanney,

Morag Fairbairn (Mrs)   DOB 21/07/1958   CHI 2107585623
Flat 2/1, 17 Novar Drive, Hyndland, Glasgow G12 9PU   Tel 07700 900562

Diagnoses:
1. Heart failure with reduced ejection fraction (LVEF 30% on echo 11/09/2023), NYHA II
2. Left bundle branch block, QRS 152 ms
3. Type 2 diabetes mellitus

Medication: sacubitril/valsartan 49/51 mg bd, bisoprolol 5 mg od, dapagliflozin 10 mg od, eplerenone 25 mg od

Mrs Fairbairn attended with her son Callum. She remains breathless walking to the Co-op on Byres Road but no
orthopnoea. NT-proBNP 2,140 ng/L. Given LBBB and LVEF ≤35% despite optimal medical therapy for 3 months,
I have referred her for CRT-D and discussed with Dr Fiona Lennox-Baird (device lead). She wishes to keep driving
her car to her job at Hyndland Primary School as a classroom assistant – DVLA group 1 rules explained.

Dr Omer Elfadil Hassan MBBS MD MRCP(UK)
Clinical Fellow in Cardiology  (supervisor: Dr Euan Strachan, Consultant Cardiologist)
""",
[("OEH/CARD/112204", REF), ("Dr G. McIlvanney", C), ("McIlvanney", C), ("Drumchapel Health Centre, 12 Mossvale Crescent, Glasgow", A),
 ("G15 7TS", PC), ("Morag Fairbairn", P), ("Fairbairn", P), ("2107585623", N), ("Flat 2/1, 17 Novar Drive, Hyndland, Glasgow", A),
 ("G12 9PU", PC), ("07700 900562", PH), ("0141 496 0227", PH), ("Callum", R), ("Co-op on Byres Road", A),
 ("Dr Fiona Lennox-Baird", C), ("Hyndland Primary School", A)],
["Dr Omer Elfadil Hassan", "Dr Euan Strachan", "Queen Elizabeth University Hospital", "NHS Greater Glasgow and Clyde", "DOB 21/07/1958",
 "LVEF 30%", "NYHA II", "QRS 152 ms", "sacubitril/valsartan 49/51 mg bd", "bisoprolol 5 mg od", "dapagliflozin 10 mg od",
 "eplerenone 25 mg od", "NT-proBNP 2,140 ng/L", "CRT-D", "DVLA group 1"]),

doc("s56-t009", "gp_summary_ocr", AP2,
"""GP SUMMARY PRlNT0UT  -  Lochee Hea1th Centre
Patient :  HUGH McC0NNACHlE        CHl No : 2804 4l1 872
Address : 9 Ba1gay Road , Dundee  DD3 8JQ
DOB : 28/04/1941      Sex : M
Usual GP : Dr R. Q. Anstruther
---------------------------------------
Act1ve Prob1ems
  l2/2019   Atrial fibri11ation  (paroxysma1)
  03/2O21   Aortic stenosis - moderate , AVA 1.1 cm2
  O8/2022   CKD stage 3b  ( eGFR 38 )
Current Rx
  apixaban 2.5mg bd   ~ dose reduced age>80 + Cr
  atorvastatin 2Omg on
A1lergies : penici11in - rash
Next of kin : dau. Mrs Ei1idh Sorbie  07700 9OO481
-- page l of 2 --  printed by : gk   ref SCI-GW 0O2231
""",
[("HUGH McC0NNACHlE", P), ("2804 4l1 872", N), ("9 Ba1gay Road , Dundee", A), ("DD3 8JQ", PC), ("Dr R. Q. Anstruther", C),
 ("Mrs Ei1idh Sorbie", R), ("07700 9OO481", PH), ("SCI-GW 0O2231", REF)],
["DOB : 28/04/1941", "Atrial fibri11ation", "Aortic stenosis", "AVA 1.1 cm2", "eGFR 38", "apixaban 2.5mg bd", "Lochee Hea1th Centre"]),

doc("s56-t010", "foreign_record_with_translation", AP2,
"""[الأصل بالعربية]
مستشفى الشعب التعليمي – الخرطوم
قسم أمراض القلب – ملخص خروج
اسم المريض: عوضية الطيب محمد أحمد      العمر: 34 سنة     الجنس: أنثى
رقم الملف: ش/ق/2018/4417
السكن: الحاج يوسف، مربع 7، الخرطوم بحري
هاتف المرافق (الزوج عبد الرحيم): 0912 334 871
التشخيص: تضيق الصمام التاجي الروماتيزمي الشديد مع رجفان أذيني
الإجراء: توسيع الصمام التاجي بالبالون عن طريق الجلد بتاريخ 2018/03/12
الطبيب المعالج: د. عمر الفاضل حسن
الاستشاري المشرف: د. سلمى عثمان الأمين

[ENGLISH TRANSLATION – certified]
Al-Shaab Teaching Hospital – Khartoum
Cardiology department – discharge summary
Patient name: Awadia Eltayeb Mohamed Ahmed    Age: 34 years    Sex: female
File number: Sh/Q/2018/4417
Residence: Haj Yousif, Block 7, Khartoum North
Companion's phone (husband Abdelrahim): 0912 334 871
Diagnosis: severe rheumatic mitral stenosis with atrial fibrillation
Procedure: percutaneous balloon mitral valvotomy on 12/03/2018
Treating doctor: Dr Omer Elfadil Hassan
Supervising consultant: Dr Salma Osman Elamin
""",
[("عوضية الطيب محمد أحمد", P), ("ش/ق/2018/4417", H), ("الحاج يوسف، مربع 7، الخرطوم بحري", A), ("عبد الرحيم", R), ("0912 334 871", PH),
 ("Awadia Eltayeb Mohamed Ahmed", P), ("Sh/Q/2018/4417", H), ("Haj Yousif, Block 7, Khartoum North", A), ("Abdelrahim", R)],
["د. عمر الفاضل حسن", "د. سلمى عثمان الأمين", "Dr Omer Elfadil Hassan", "Dr Salma Osman Elamin", "Al-Shaab Teaching Hospital",
 "severe rheumatic mitral stenosis", "percutaneous balloon mitral valvotomy", "34 years", "12/03/2018", "مستشفى الشعب التعليمي"]),

doc("s56-t011", "logbook_table", AP2,
"""Cath lab logbook – Golden Jubilee National Hospital, Clydebank (Jan–Mar 2024)    Operator: O.E. Hassan
| # | Date     | CHI        | Initials | Age/Sex | Procedure                         | Access | Role | Outcome              |
|---|----------|------------|----------|---------|-----------------------------------|--------|------|----------------------|
| 1 | 08/01/24 | 0611479934 | JMcK     | 76 M    | PCI LAD (DES 3.0x28), STEMI        | R rad  | 1st  | TIMI 3               |
| 2 | 08/01/24 | 1503668120 | A.D-S    | 57 F    | Diagnostic angiogram               | R rad  | 1st  | unobstructed         |
| 3 | 15/01/24 | 2209512276 | RB       | 72 M    | PCI RCA (DES x2) + IVUS            | R fem  | 2nd  | TIMI 3               |
| 4 | 22/01/24 | 3011835509 | KO'N     | 40 M    | Temp pacing wire (CHB)             | R IJV  | 1st  | capture 0.8 V        |
| 5 | 05/02/24 | 1707440063 | MT       | 79 F    | Pericardiocentesis (subxiphoid)    | SX     | 1st  | 650 mL drained       |
Verified: Dr E. Strachan (Educational Supervisor) – 02/04/2024
""",
[("0611479934", N), ("JMcK", P), ("1503668120", N), ("A.D-S", P), ("2209512276", N), ("RB", P), ("3011835509", N), ("KO'N", P),
 ("1707440063", N), ("MT", P)],
["O.E. Hassan", "Dr E. Strachan", "Golden Jubilee National Hospital", "PCI LAD (DES 3.0x28), STEMI", "TIMI 3", "Pericardiocentesis (subxiphoid)",
 "650 mL", "76 M", "capture 0.8 V"]),

doc("s56-t012", "wpba_minicex", AP2,
"""mini-CEX  (JRCPTB-style form, exported PDF → text)
Doctor: Dr Omer E. Hassan   GMC 7654219     Grade: Clinical Fellow ST4-equivalent
Assessor: Dr Euan Strachan, Consultant Cardiologist (GMC 4417380)   Date of encounter: 12/12/2023
Clinical setting: CCU, Queen Elizabeth University Hospital – bed 14
Clinical problem: new AF with fast ventricular response in thyrotoxicosis
Focus: history-taking, communication, management planning
Case summary (trainee): 29-year-old woman, Ms Shannon (surname withheld) – patient is a student at the
University of Strathclyde; TSH <0.01, fT4 58 pmol/L, CHA2DS2-VASc 1. Started propranolol 40 mg tds and carbimazole 20 mg od.
Her partner Liam was present and asked about pregnancy – discussed carbimazole and teratogenicity.
Assessor feedback: well-structured, good shared decision-making. Consider earlier endocrinology input.
Overall: meets expectations for completion of training.
""",
[("GMC 4417380", G), ("Ms Shannon", P), ("University of Strathclyde", A), ("Liam", R)],
["Dr Omer E. Hassan", "GMC 7654219", "Dr Euan Strachan", "Queen Elizabeth University Hospital", "bed 14", "TSH <0.01",
 "fT4 58 pmol/L", "CHA2DS2-VASc 1", "propranolol 40 mg tds", "carbimazole 20 mg od", "29-year-old woman", "12/12/2023"]),

doc("s56-t013", "procurator_fiscal_report", AP2,
"""SCOTTISH FATALITIES INVESTIGATION UNIT – REPORT OF DEATH TO THE PROCURATOR FISCAL
COPFS ref: SFIU-W/2023/004518          Police Scotland ref: PS/20231118/0937
Reporting doctor: Dr Omer Elfadil Hassan, Cardiology, Queen Elizabeth University Hospital

Deceased: Thomas Gallacher Rennie, also known as "Tam"
DOB 30/01/1950   CHI 3001502217   Date/time of death: 18/11/2023 04:52
Home: 5 Kelso Street, Yoker, Glasgow G13 4BW
Nearest relative: Mrs Isobel Rennie (wife), same address, tel 07700 900119

Reason for report: death within 24 h of a cardiac procedure (TAVI, 17/11/2023) – category 2(c) of the
Reporting Deaths guidance. Procedure performed by Dr Niall Ferrie, Consultant Interventional Cardiologist;
post-procedure care on CCU by Dr Ayesha Qureshi (StR) overnight.
Clinical summary: severe AS, aortic valve area 0.6 cm², STS score 6.2%. Post-TAVI complete heart block,
temporary wire, then VF arrest at 03:30; ALS 80 minutes with 7 shocks, adrenaline 1 mg x 8. ROSC not achieved.
Proposed cause of death (for PF consideration): 1a Ventricular fibrillation 1b complete heart block
following transcatheter aortic valve implantation 1c severe calcific aortic stenosis.
Fiscal: Ms Karen Dalgleish, Procurator Fiscal Depute, tel 0141 496 0660
""",
[("SFIU-W/2023/004518", REF), ("PS/20231118/0937", REF), ("Thomas Gallacher Rennie", P), ("Tam", P), ("3001502217", N),
 ("5 Kelso Street, Yoker, Glasgow", A), ("G13 4BW", PC), ("Mrs Isobel Rennie", R), ("07700 900119", PH), ("Dr Niall Ferrie", C),
 ("Dr Ayesha Qureshi", C), ("Ms Karen Dalgleish", C), ("0141 496 0660", PH)],
["Dr Omer Elfadil Hassan", "Queen Elizabeth University Hospital", "DOB 30/01/1950", "18/11/2023 04:52", "TAVI", "aortic valve area 0.6 cm²",
 "STS score 6.2%", "adrenaline 1 mg x 8", "1a Ventricular fibrillation", "severe calcific aortic stenosis", "80 minutes"]),

doc("s56-t014", "testimonial", AP2,
"""To whom it may concern – Portfolio pathway application, Dr Omer Elfadil Hassan (GMC 7654219)

I have been Dr Hassan's educational supervisor since August 2022 at the Queen Elizabeth University Hospital,
Glasgow. He has completed over 350 coronary angiograms and 120 PCIs as first operator, and runs an independent
heart failure clinic on Thursdays. His audit of door-to-balloon time (median 68 min, standard <90 min) led to a
change in the Scottish Ambulance Service pre-alert pathway.

I was particularly impressed by how he handled a difficult conversation with the family of a young patient
(Mr D.K., 38, SCAD) whose brother, a police officer, wished to see the notes without consent. Omer was calm and
explained Caldicott principles clearly.

He is a respected colleague; our ward sister, Sister Joanne Baillie, and the cath lab manager Mr Gavin Orr both
commented on his teamwork.

Dr Euan Strachan MD FRCP(Glasg)
Consultant Cardiologist, GMC 4417380
euan.strachan@ggc-cardio.nhs.net   |   0141 496 0211
""",
[("Mr D.K.", P), ("Sister Joanne Baillie", C), ("Mr Gavin Orr", C), ("GMC 4417380", G), ("euan.strachan@ggc-cardio.nhs.net", E), ("0141 496 0211", PH)],
["Dr Omer Elfadil Hassan", "GMC 7654219", "Dr Hassan", "Omer", "Dr Euan Strachan", "Queen Elizabeth University Hospital", "SCAD",
 "Caldicott principles", "median 68 min", "Scottish Ambulance Service"]),
]
