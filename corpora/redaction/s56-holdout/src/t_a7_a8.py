from common import *
AP7 = "Dr Parisa Rahimi"
AP8 = "Dr Tobias Brandstätter"
DOCS = [
doc("s56-t044", "foreign_record_with_translation", AP7,
"""متن اصلی (فارسی)
بیمارستان امام خمینی – دانشگاه علوم پزشکی تهران – درمانگاه غدد و متابولیسم
نام بیمار: فاطمه سادات موسوی نژاد      کد ملی: 0071234569
شماره پرونده: 1398-552071       تاریخ تولد: 1361/05/12      جنس: زن
نشانی: تهران، خیابان کارگر شمالی، کوچه نسترن، پلاک 9
تلفن همراه: 0912 745 3318
تشخیص: بیماری گریوز با افتالموپاتی متوسط، CAS 4/7
درمان: متی‌مازول 30 میلی‌گرم روزانه؛ ارجاع برای ید رادیواکتیو پس از کنترل
پزشک: دکتر پریسا رحیمی    استاد راهنما: دکتر منوچهر نخجوانی

ترجمه انگلیسی / ENGLISH TRANSLATION (official translator no. 412, Tehran)
Imam Khomeini Hospital – Tehran University of Medical Sciences – Endocrine and Metabolism Clinic
Patient name: Fatemeh Sadat Mousavi-Nejad      National code: 0071234569
File number: 1398-552071       Date of birth: 1361/05/12 SH (3 August 1982)      Sex: female
Address: Tehran, North Kargar Street, Nastaran Alley, No. 9
Mobile: 0912 745 3318
Diagnosis: Graves' disease with moderate ophthalmopathy, CAS 4/7
Treatment: methimazole 30 mg daily; referral for radioiodine once controlled
Physician: Dr Parisa Rahimi    Supervising professor: Dr Manouchehr Nakhjavani
""",
[("فاطمه سادات موسوی نژاد", P), ("0071234569", O), ("1398-552071", H), ("تهران، خیابان کارگر شمالی، کوچه نسترن، پلاک 9", A), ("0912 745 3318", PH),
 ("Fatemeh Sadat Mousavi-Nejad", P), ("Tehran, North Kargar Street, Nastaran Alley, No. 9", A)],
["دکتر پریسا رحیمی", "دکتر منوچهر نخجوانی", "Dr Parisa Rahimi", "Dr Manouchehr Nakhjavani", "Imam Khomeini Hospital",
 "Graves' disease", "CAS 4/7", "methimazole 30 mg daily", "1361/05/12 SH (3 August 1982)", "بیماری گریوز"]),

doc("s56-t045", "clinic_letter_ocr", AP7,
"""Cwm Taf M0rgannwg University Hea1th B0ard  -  Diabetes Centre , Prince Char1es Hospita1 , Merthyr Tydfi1
Dictated : 02/O2/2024    Typed : O7/02/2024    0ur Ref : PR/DM/l2O77
Dr Bryn Tudur-Jenkins
Pengeu1an Medica1 Practice , 4 Pontmorlais Street , Merthyr Tydfi1  CF47 8UN
Dear Dr Tudur-Jenkins
Re : Mr Ceri1 Wynne-Ap Hywe1   D0B 3O/ll/l962   NHS N0 : 6l4 55O 2O38
     Hosp N0 : Ml23O9876
     l6 Ty Ffynnon , Dow1ais , Merthyr Tydfi1  CF48 3TL
Type 2 diabetes , HbAlc 9l mmo1/mo1 ( 1O.5% ) . Commenced semag1utide O.25 mg week1y ; continue metformin
l g bd . Retinopathy R1M0 . eGFR 62 . He works ni ghts at the Hoover factory in Pentrebach
and his wife G1enys does the cooking . Review 3 months .
Dr Parisa Rahimi , Specia1ty Doctor in Diabetes & Endocrino1ogy
""",
[("PR/DM/l2O77", REF), ("Dr Bryn Tudur-Jenkins", C), ("Dr Tudur-Jenkins", C), ("Pengeu1an Medica1 Practice , 4 Pontmorlais Street , Merthyr Tydfi1", A),
 ("CF47 8UN", PC), ("Mr Ceri1 Wynne-Ap Hywe1", P), ("6l4 55O 2O38", N), ("Ml23O9876", H), ("l6 Ty Ffynnon , Dow1ais , Merthyr Tydfi1", A),
 ("CF48 3TL", PC), ("Hoover factory in Pentrebach", A), ("G1enys", R)],
["Dr Parisa Rahimi", "Prince Char1es Hospita1", "D0B 3O/ll/l962", "HbAlc 9l mmo1/mo1", "semag1utide O.25 mg week1y", "metformin",
 "Retinopathy R1M0", "eGFR 62"]),

doc("s56-t046", "caseload_list", AP7,
"""Young Adult Diabetes (16–25) clinic – Prince Charles Hospital – Tues 12/03/2024 – Dr P Rahimi
Time  Initials  NHS no        Hosp no     Age  T1/T2  HbA1c  Tech       Issue
13:30 LMcG      720 418 3365  M12840561   19   T1     84     Omnipod 5  DNA x2 – University of South Wales halls
13:50 "Taz" H.  703 229 8814  M12977403   17   T1     112    MDI        DKA x3 in 2023; lives with nan (Mrs Hopkins)
14:10 OD-B      691 554 0127  M13015520   24   T2     71     MDI        MODY gene panel (HNF1A) sent
14:30 R.ap.R    644 892 7713  M12766290   21   T1     55     Control-IQ Pregnancy planning – partner Josh attends
14:50 SK        618 330 4472  M13230877   16   T1     97     Libre 2    transitioning from paeds (Dr Allsop)
""",
[("LMcG", P), ("University of South Wales halls", A), ("720 418 3365", N), ("M12840561", H), ("\"Taz\" H.", P), ("703 229 8814", N), ("M12977403", H), ("Mrs Hopkins", R),
 ("OD-B", P), ("691 554 0127", N), ("M13015520", H), ("R.ap.R", P), ("644 892 7713", N), ("M12766290", H), ("Josh", R),
 ("SK", P), ("618 330 4472", N), ("M13230877", H), ("Dr Allsop", C)],
["Dr P Rahimi", "Prince Charles Hospital", "Omnipod 5", "Control-IQ", "Libre 2", "MODY gene panel (HNF1A)", "DKA x3 in 2023", "HbA1c"]),

doc("s56-t047", "audit_extract", AP7,
"""DKA care audit (JBDS-IP 2023 standards) – Prince Charles Hospital – re-audit cycle 2 – lead: Dr Parisa Rahimi
Case | Hospital no | NHS number  | Age | Sex | FRIII started ≤1 h | Ketones <0.6 by 24 h | Hypo | Hypokalaemia | Notes
01   | M11934052   | 4458201937  | 23  | F   | Y (35 min)         | Y (14 h)             | N    | N            |
02   | M12001478   | 4733902615  | 67  | M   | N (2 h 10)         | Y (20 h)             | Y    | Y (K 2.9)    | SGLT2i-associated euglycaemic DKA (empagliflozin)
03   | M12977403   | 7032298814  | 17  | F   | Y (50 min)         | N                    | N    | N            | pump failure; ward staff called her "our Tazzy"
04   | M10755603   | 4901157729  | 44  | M   | Y (40 min)         | Y (11 h)             | N    | Y (K 3.1)    | alcohol excess; NOK brother Gethin 07700 900953
Summary: FRIII ≤1 h 75% (cycle 1: 50%); hypokalaemia 50% – K+ replacement protocol revised. Presented at Diabetes
Governance 04/04/2024, approved by Dr Huw Pritchard-Morgan (Consultant, clinical supervisor).
""",
[("M11934052", H), ("4458201937", N), ("M12001478", H), ("4733902615", N), ("M12977403", H), ("7032298814", N), ("\"our Tazzy\"", P),
 ("M10755603", H), ("4901157729", N), ("Gethin", R), ("07700 900953", PH)],
["Dr Parisa Rahimi", "Dr Huw Pritchard-Morgan", "JBDS-IP 2023", "Prince Charles Hospital", "euglycaemic DKA", "empagliflozin", "K 2.9",
 "FRIII ≤1 h 75%", "Ketones <0.6 by 24 h"]),

doc("s56-t048", "wpba_minicex", AP7,
"""Mini-CEX – Diabetes & Endocrinology (JRCPTB curriculum 2022, CiP 2)    Trainee: Dr P. Rahimi (PR)   GMC 7581902
Assessor: Dr Huw Pritchard-Morgan (Consultant Endocrinologist)   Date: 21/11/2023   Setting: Endocrine clinic, Royal Glamorgan Hospital
Case: 52 y woman, new adrenal incidentaloma 3.2 cm, 8 HU on unenhanced CT. 1 mg overnight dexamethasone
suppression test: cortisol 96 nmol/L (possible autonomous cortisol secretion). Plasma metanephrines normal.
ARR 18. The patient (a hairdresser who runs "Curl Up & Dye" on Taff Street, Pontypridd) wished to avoid surgery.
Feedback: excellent explanation of MACS; consider DXA and cardiovascular risk. Grade: satisfactory / entrustable level 3.
""",
[("\"Curl Up & Dye\" on Taff Street, Pontypridd", A)],
["Dr P. Rahimi", "PR", "GMC 7581902", "Dr Huw Pritchard-Morgan", "Royal Glamorgan Hospital", "52 y woman", "adrenal incidentaloma 3.2 cm",
 "8 HU", "cortisol 96 nmol/L", "ARR 18", "MACS", "CiP 2"]),

doc("s56-t049", "email", AP7,
"""From: Parisa Rahimi <parisa.rahimi2@nhs.net>
To: Insulin Pump Team <pumps.pch@example.nhs.uk>
Date: Mon, 15 Jan 2024 17:42:10 +0000
Subject: Urgent – pump start for Ms Ffion Gwalchmai (M12766290)

Hi Siân and Mererid,
Ffion (NHS 644 892 7713, DOB 01/06/2002) is 8 weeks pregnant. HbA1c 55. Can we bring her Control-IQ start forward
to this Thursday? Her partner Josh Bevan will drive her – his mobile is 07700 900579. She lives in Aberdare
(12 Maes-y-Dre, CF44 7RR) so the 09:00 slot is hard; 11:00 would be better.
Obstetric diabetes clinic: Dr N. Arulkumaran is aware.
Thanks, Parisa
Dr Parisa Rahimi | Diabetes & Endocrinology | Prince Charles Hospital | 029 2018 0021 (ext 6021)
""",
[("parisa.rahimi2@nhs.net", E), ("pumps.pch@example.nhs.uk", E), ("Ms Ffion Gwalchmai", P), ("M12766290", H), ("Siân", C), ("Mererid", C),
 ("Ffion", P), ("644 892 7713", N), ("Josh Bevan", R), ("07700 900579", PH), ("Aberdare", A), ("12 Maes-y-Dre", A), ("CF44 7RR", PC),
 ("Dr N. Arulkumaran", C), ("029 2018 0021 (ext 6021)", PH)],
["Parisa Rahimi", "Dr Parisa Rahimi", "Parisa", "DOB 01/06/2002", "8 weeks pregnant", "HbA1c 55", "Control-IQ", "Prince Charles Hospital"]),

doc("s56-t050", "referral_letter", AP7,
"""Letter of referral to the Thyroid Eye Disease MDT, University Hospital of Wales
From: Dr Parisa Rahimi (Specialty Doctor, Endocrinology), Royal Glamorgan Hospital     Date: 27/02/2024
Your ref: TED/2024/0193        Our ref: PR/END/4471

Re: Mrs Angharad Pugh-Beddoe, 47 years (DOB 14/10/1976), NHS 581 009 3346, Royal Glamorgan no. G0441762
c/o The Old Chapel House, Heol y Capel, Llantrisant CF72 8EP

Graves' disease diagnosed 2023 (TRAb 18.4 IU/L). Now CAS 5/7 with diplopia in up-gaze, proptosis 24 mm right (Hertel).
Smokes 10/day – cessation referral made to Help Me Quit. On carbimazole 20 mg with block-and-replace (levothyroxine 100 µg).
Please consider IV methylprednisolone (EUGOGO 4.5 g protocol). Her daughter Seren, a nurse at Morriston, asked to be copied in.
""",
[("TED/2024/0193", REF), ("PR/END/4471", REF), ("Mrs Angharad Pugh-Beddoe", P), ("581 009 3346", N), ("G0441762", H),
 ("The Old Chapel House, Heol y Capel, Llantrisant", A), ("CF72 8EP", PC), ("Seren", R), ("Morriston", A)],
["Dr Parisa Rahimi", "University Hospital of Wales", "Royal Glamorgan Hospital", "DOB 14/10/1976", "47 years", "TRAb 18.4 IU/L", "CAS 5/7",
 "24 mm", "Hertel", "carbimazole 20 mg", "levothyroxine 100 µg", "EUGOGO 4.5 g protocol"]),

# ---------------- A8 OMFS ----------------
doc("s56-t051", "foreign_record_with_translation", AP8,
"""ORIGINAL (Deutsch)
Universitätsklinikum Freiburg – Klinik für Mund-, Kiefer- und Gesichtschirurgie
Lindenweg 7, 79106 Freiburg   Tel. +49 761 555 0193   (Stationsarzt: Dr. med. Tobias Brandstätter)
ARZTBRIEF
Patient: Herr Klaus-Dieter Wenzelmann, geb. 03.03.1959, wohnhaft Schwarzwaldstraße 118, 79117 Freiburg
Fallnummer: 40/2018/339821   Versichertennummer: K240581957
Diagnose: Plattenepithelkarzinom des Mundbodens rechts, pT2 pN1 (1/38) M0, G2, R0
Therapie am 12.04.2018: Tumorresektion, Neck Dissection beidseits, Rekonstruktion mit Radialislappen
Die Ehefrau, Frau Ingrid Wenzelmann, wurde informiert. Hausarzt: Dr. Reinhold Basler, Kirchzarten.
Oberarzt: PD Dr. Dr. Matthias Kühnelt

ENGLISH TRANSLATION (certified)
University Hospital Freiburg – Department of Oral and Maxillofacial Surgery
Lindenweg 7, 79106 Freiburg   Tel. +49 761 555 0193   (Ward doctor: Dr Tobias Brandstätter)
DISCHARGE LETTER
Patient: Mr Klaus-Dieter Wenzelmann, born 03.03.1959, residing at Schwarzwaldstraße 118, 79117 Freiburg
Case number: 40/2018/339821   Insurance number: K240581957
Diagnosis: squamous cell carcinoma of the right floor of mouth, pT2 pN1 (1/38) M0, G2, R0
Treatment on 12.04.2018: tumour resection, bilateral neck dissection, reconstruction with radial forearm flap
His wife, Mrs Ingrid Wenzelmann, was informed. GP: Dr Reinhold Basler, Kirchzarten.
Senior consultant: PD Dr Dr Matthias Kühnelt
""",
[("Lindenweg 7, 79106 Freiburg", A), ("+49 761 555 0193", PH), ("Herr Klaus-Dieter Wenzelmann", P), ("Schwarzwaldstraße 118, 79117 Freiburg", A),
 ("40/2018/339821", H), ("K240581957", O), ("Frau Ingrid Wenzelmann", R), ("Dr. Reinhold Basler", C), ("Kirchzarten", A),
 ("Mr Klaus-Dieter Wenzelmann", P), ("Mrs Ingrid Wenzelmann", R), ("Dr Reinhold Basler", C)],
["Dr. med. Tobias Brandstätter", "Dr Tobias Brandstätter", "PD Dr. Dr. Matthias Kühnelt", "PD Dr Dr Matthias Kühnelt", "Universitätsklinikum Freiburg",
 "geb. 03.03.1959", "born 03.03.1959", "pT2 pN1 (1/38) M0, G2, R0", "Plattenepithelkarzinom des Mundbodens rechts", "radial forearm flap", "12.04.2018"]),

doc("s56-t052", "operation_note", AP8,
"""OMFS Operation Note – Queen Alexandra Hospital, Portsmouth – Theatre E5
Name: FORSYTH-LEE, Connor  •  DOB 16/08/2003  •  M  •  PAS: Q2290457  •  NHS: 7736518802
Date: 02/09/2023    Urgency: NCEPOD 3 (urgent)
Surgeon: Mr T. Brandstätter (Specialty Doctor)    Assistant: Dr Maya Oduro (DCT2)    Consultant present: Ms Harriet Quayle
Procedure: ORIF left mandibular angle + right parasymphysis fractures; extraction LL8 in fracture line
Mechanism: assault outside a nightclub in Southsea (police ref 44230344517 – Hampshire Constabulary)
Findings: displaced left angle #, comminuted; right parasymphysis # undisplaced. IMF with Leibinger screws.
Fixation: 2.0 mm miniplates – Champy line at the angle (1 x 4-hole), 2 plates parasymphysis.
Post-op: co-amoxiclav 1.2 g IV tds x 24 h, chlorhexidine 0.2% mouthwash, soft diet 6 weeks.
Connor's mum Tracey rang the ward (07700 900127) – updated with his consent.
""",
[("FORSYTH-LEE, Connor", P), ("Q2290457", H), ("7736518802", N), ("Dr Maya Oduro", C), ("Southsea", A), ("44230344517", REF),
 ("Connor", P), ("Tracey", R), ("07700 900127", PH)],
["Mr T. Brandstätter", "Ms Harriet Quayle", "Queen Alexandra Hospital", "DOB 16/08/2003", "NCEPOD 3", "ORIF left mandibular angle",
 "Champy line", "2.0 mm miniplates", "co-amoxiclav 1.2 g IV tds", "chlorhexidine 0.2%", "LL8"]),

doc("s56-t053", "logbook_table", AP8,
"""OMFS logbook (ISCP eLogbook export) — T. Brandstätter — 2018–2024 — supervisor sign-off: Ms H. Quayle
Date        Hospital                         Patient ID            Age Sex  Procedure                                Level
12.04.2018  Uniklinik Freiburg               40/2018/339821        59  M    Floor of mouth resection + RFFF          A
03.10.2018  Uniklinik Freiburg               40/2018/611047        24  F    Le Fort I osteotomy                       S-TU
27.02.2019  Uniklinik Freiburg               40/2019/120953        71  M    Mandibulectomy + fibula free flap         A
02.09.2023  Queen Alexandra Hosp.            Q2290457              20  M    ORIF mandible (2 sites)                   P
14.11.2023  Queen Alexandra Hosp.            Q1873366              66  F    Parotidectomy (superficial), facial n. preserved   S-TS
09.01.2024  St Richard's Hosp., Chichester   R7701245              34  M    Drainage submandibular abscess (Ludwig's) + tracheostomy   P
""",
[("40/2018/339821", H), ("40/2018/611047", H), ("40/2019/120953", H), ("Q2290457", H), ("Q1873366", H), ("R7701245", H)],
["T. Brandstätter", "Ms H. Quayle", "Uniklinik Freiburg", "Queen Alexandra Hosp.", "St Richard's Hosp., Chichester", "Le Fort I osteotomy",
 "Mandibulectomy + fibula free flap", "Ludwig's"]),

doc("s56-t054", "mdt_list", AP8,
"""HEAD & NECK CANCER MDT – Queen Alexandra Hospital – 15/02/2024 – outcome list (draft, prepared by T. Brandstätter)
Chair: Ms H Quayle (OMFS)   Radiology: Dr J. Abernethy   Pathology: Dr F. Okafor-Hale   Oncology: Dr S. Mistry   CNS: Wendy Tulloch
1  PAS Q1990834   NHS 421 665 0093   Mr R. "Robbie" Sandercock 61M   R lateral tongue SCC cT2N0 – DOI 6 mm → partial glossectomy + SND I–III
2  PAS Q2105577   NHS 478 120 3329   Mrs Patricia Ennis-Vaughan 77F  L buccal mucosa SCC pT3N2b – adjuvant chemoRT (cisplatin 100 mg/m2) → referred to Dr Mistry
3  PAS Q2245019   NHS 409 883 1172   Mr A.J. Coombes 48M             Oropharynx p16+ cT1N1 – TORS vs primary RT; wife (Linda) requests second opinion
Next MDT 22/02/2024.  MDT coordinator: Sharon Pyke, tel 01632 960600 ext 4123
""",
[("Dr J. Abernethy", C), ("Dr F. Okafor-Hale", C), ("Dr S. Mistry", C), ("Dr Mistry", C), ("Wendy Tulloch", C), ("Q1990834", H), ("421 665 0093", N),
 ("Mr R. \"Robbie\" Sandercock", P), ("Q2105577", H), ("478 120 3329", N), ("Mrs Patricia Ennis-Vaughan", P), ("Q2245019", H), ("409 883 1172", N),
 ("Mr A.J. Coombes", P), ("Linda", R), ("Sharon Pyke", C), ("01632 960600 ext 4123", PH)],
["T. Brandstätter", "Ms H Quayle", "Queen Alexandra Hospital", "cT2N0", "DOI 6 mm", "SND I–III", "pT3N2b", "cisplatin 100 mg/m2", "p16+",
 "TORS", "61M", "77F"]),

doc("s56-t055", "wpba_cbd", AP8,
"""CBD – OMFS (ISCP)  Trainee: Tobias Brandstätter   Assessor: Ms Harriet Quayle, Consultant OMFS (GMC 4872135)   Date: 11/01/2024
Case: 34 M, Ludwig's angina from LL7, stridor, trismus 10 mm. Awake fibreoptic intubation impossible; awake tracheostomy under LA.
Discussion: airway planning with anaesthetist Dr Bolaji (on call), escalation, the patient's refusal of blood products
(Jehovah's Witness – advance decision, liaison with hospital liaison committee member Mr Desmond Fairweather).
Feedback: outstanding judgement under pressure. Level 4.
""",
[("GMC 4872135", G), ("Dr Bolaji", C), ("Mr Desmond Fairweather", C)],
["Tobias Brandstätter", "Ms Harriet Quayle", "34 M", "Ludwig's angina", "LL7", "trismus 10 mm", "awake tracheostomy under LA", "Level 4",
 "Jehovah's Witness"]),

doc("s56-t056", "complaint_letter", AP8,
"""Unit 3, 7 Albert Road
Southsea
PO5 2SE
Tel: 07700 900702

FAO Complaints Manager, Portsmouth Hospitals University NHS Trust        Trust ref (for reply): PHU-CMP-23-1952

16 October 2023

I am writing to complain about my treatment in the OMFS clinic on 3 October. I am 58 and had a painful wisdom tooth
removed by a doctor called Dr Kasparov (I think he was a locum) who did not explain the risk to my lip numbness.
My lip is still numb. When I came back, Dr Brandstätter was kind and explained it was an inferior alveolar nerve injury
and arranged a CBCT. He said it often recovers within 6 months. I want to know why the first doctor did not tell me.
My hospital number is Q2198813 and my NHS number is 6140029587.

Yours faithfully,
Geraldine Ostrowska (Mrs)
""",
[("Unit 3, 7 Albert Road", A), ("Southsea", A), ("PO5 2SE", PC), ("07700 900702", PH), ("PHU-CMP-23-1952", REF), ("Dr Kasparov", C),
 ("Q2198813", H), ("6140029587", N), ("Geraldine Ostrowska", P)],
["Dr Brandstätter", "Portsmouth Hospitals University NHS Trust", "inferior alveolar nerve injury", "CBCT", "6 months", "I am 58"]),

doc("s56-t057", "reference_letter", AP8,
"""REFERENCE – Dr Tobias Brandstätter, GMC 7702261 – for the Portfolio Pathway (Oral and Maxillofacial Surgery)

I am a consultant oral and maxillofacial surgeon at Queen Alexandra Hospital and have supervised Tobias since 2022.
He holds German Facharzt qualification in MKG-Chirurgie and dual qualification (Dr. med. / Dr. med. dent.).
He manages the full range of trauma independently (over 90 mandibular ORIFs), takes part in the head and neck
MDT and has published a QIP on antibiotic duration in mandibular fractures (BJOMS 2024;62:214–9).

In one complaint (a locum colleague, Dr Kasparov, had not consented a patient adequately) Tobias met the patient,
Mrs G.O., personally and his explanation resolved it at local resolution stage.

Ms Harriet Quayle FRCS (OMFS) FDS RCS
Consultant & Educational Supervisor, GMC 4872135, harriet.quayle@nhs.net
""",
[("Dr Kasparov", C), ("Mrs G.O.", P), ("GMC 4872135", G), ("harriet.quayle@nhs.net", E)],
["Dr Tobias Brandstätter", "GMC 7702261", "Tobias", "Ms Harriet Quayle", "Queen Alexandra Hospital", "MKG-Chirurgie", "BJOMS 2024;62:214–9",
 "Dr. med. / Dr. med. dent."]),
]
