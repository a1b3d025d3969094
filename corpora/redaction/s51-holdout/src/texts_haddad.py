# Dr Omar Haddad - Cardiology - Castle Hill Hospital, Hull; earlier Jordan University Hospital, Amman
from common import doc

APPL = "Dr Omar Haddad"

DOCS = [
doc("s51-026", "clinic_letter", APPL, """Hull University Teaching Hospitals NHS Trust
Department of Cardiology, Castle Hill Hospital
Cottingham Chase, Cottingham HU16 5XR
Heart Failure Clinic | Secretary 01632 960518 | cardiology.hfclinic@nhs.net

Dictated: 09/04/2025     Typed: 10/04/2025
Our ref: OH/HF/0904/07
NHS number: 448 305 7712     Hospital number: HCH4471190

Dr Imran Sethi
Orchard Park Health Centre
3 Haworth Way
Hull HU6 9EZ

Dear Dr Sethi

Re: Mrs Beverley Ann COTTAM, DOB 15/07/1953
26 Sunny Bank, Hessle HU13 0LD

Diagnoses
1. Heart failure with reduced ejection fraction - LVEF 30% (echo 12/2024), NYHA class II
2. Left bundle branch block, QRS 156 ms
3. Type 2 diabetes
4. CKD stage 3a (eGFR 52)

Medication: sacubitril/valsartan 49/51 mg BD, bisoprolol 5 mg OD, eplerenone 25 mg OD, dapagliflozin 10 mg OD, furosemide 40 mg OM, metformin 500 mg BD.

I saw Mrs Cottam today with her husband, Keith. She can walk about 400 m on the flat before she has to stop, and sleeps on two pillows. Weight 78.2 kg (stable), BP 112/68, HR 64 regular, JVP not raised, no oedema. Bloods today: Na 137, K+ 4.9, creatinine 104 micromol/L, NT-proBNP 1,840 ng/L.

She has had more than three months of optimal medical therapy, and her LVEF remains below 35% with LBBB and a QRS of 150 ms or more, which is a class I indication for cardiac resynchronisation therapy (ESC 2021). I have discussed CRT-D with her and with Dr Marchetti, and referred her to the device clinic. She understood the benefits and the small risks (infection about 1%, lead displacement about 3%).

Please do not increase the eplerenone while the potassium is 4.9; we will recheck it at the device clinic.

Yours sincerely

Dr Omar Haddad MRCP
Specialty Doctor in Cardiology

Verified for portfolio: Dr Philippa Marchetti, Consultant Cardiologist, 14/04/2025
cc Mrs Beverley Cottam
""",
ids=[("Cottingham Chase, Cottingham", "A"), ("HU16 5XR", "PC"), ("01632 960518", "T"),
     ("cardiology.hfclinic@nhs.net", "E"), ("OH/HF/0904/07", "REF"), ("448 305 7712", "N"), ("HCH4471190", "H"),
     ("Imran Sethi", "C"), ("Sethi", "C"), ("Orchard Park Health Centre\n3 Haworth Way\nHull", "A"),
     ("HU6 9EZ", "PC"), ("Beverley Ann COTTAM", "P"), ("26 Sunny Bank, Hessle", "A"), ("HU13 0LD", "PC"),
     ("Cottam", "P"), ("Keith", "R"), ("Beverley Cottam", "P")],
keep=["Dr Omar Haddad", "Dr Marchetti", "Dr Philippa Marchetti", "15/07/1953", "LVEF 30%", "NYHA class II",
      "QRS 156 ms", "sacubitril/valsartan 49/51 mg BD", "eplerenone 25 mg OD", "dapagliflozin 10 mg OD",
      "NT-proBNP 1,840 ng/L", "ESC 2021", "CRT-D", "Castle Hill Hospital"]),

doc("s51-027", "procedure_report", APPL, """CARDIAC CATHETER LABORATORY REPORT - Castle Hill Hospital, Lab 2
Procedure no: CL2-25-01884          Date: 21/02/2025          Start 10:42  End 11:58

Patient: HUSSAIN, Zulfiqar          Sex: M          DOB: 02/02/1964
MRN: HCH5102877          NHS: 631 009 4425
Referrer: Dr T. Abernethy (Acute Medicine, Hull Royal Infirmary)
Indication: NSTEMI 18/02/2025, hs-TnT peak 1,204 ng/L, GRACE 121

Operator 1: Dr O. Haddad          Operator 2 (supervising): Dr Rohan Vaswani
Scrub nurse: Liam Pearsall          Physiologist: Nadia Ferris

Access: right radial, 6F. Heparin 5,000 units IA, verapamil 2.5 mg IA.

Findings
LMS: normal.
LAD: 90% proximal stenosis before D1, calcified; mid vessel mild disease.
LCx: non-dominant, minor irregularities.
RCA: dominant, 30% mid stenosis.
LVEDP 14 mmHg.

Intervention: PCI to proximal LAD
Predilated with 2.5 x 15 mm NC balloon. IVUS: reference diameter 3.6 mm, MLA 2.1 mm2.
Xience Sierra 3.5 x 28 mm DES deployed at 14 atm; post-dilated 3.75 mm NC at 18 atm. Final IVUS MSA 8.9 mm2, well apposed.
Final result TIMI 3 flow, 0% residual stenosis. No complications.

Contrast: Omnipaque 350, 160 ml. Fluoroscopy 11.2 min. DAP 4,210 cGy.cm2.

Plan: DAPT - aspirin 75 mg OD lifelong + ticagrelor 90 mg BD for 12 months. TR band protocol. Home tomorrow if radial site satisfactory. Cardiac rehabilitation referral.

Report by: Dr Omar Haddad, Specialty Doctor
Verified: Dr Rohan Vaswani, Consultant Interventional Cardiologist
""",
ids=[("CL2-25-01884", "H"), ("HUSSAIN, Zulfiqar", "P"), ("HCH5102877", "H"), ("631 009 4425", "N"),
     ("T. Abernethy", "C"), ("Liam Pearsall", "C"), ("Nadia Ferris", "C")],
keep=["Dr O. Haddad", "Dr Omar Haddad", "Dr Rohan Vaswani", "02/02/1964", "Xience Sierra 3.5 x 28 mm",
      "Omnipaque 350, 160 ml", "TIMI 3", "ticagrelor 90 mg BD", "GRACE 121", "Hull Royal Infirmary", "Lab 2",
      "DAP 4,210 cGy.cm2", "Heparin 5,000 units", "verapamil 2.5 mg"]),

doc("s51-028", "discharge_report_translation", APPL, """مستشفى الجامعة الأردنية
قسم أمراض القلب
تقرير خروج

اسم المريض: محمود يوسف العبادي
الرقم الطبي: 1187345
الرقم الوطني: 9571023344
تاريخ الميلاد: 1957/06/03          الجنس: ذكر
العنوان: عمّان، جبل الحسين، شارع خالد بن الوليد، عمارة 14
تاريخ الدخول: 2018/11/02          تاريخ الخروج: 2018/11/07
الطبيب المقيم: د. عمر حداد
الطبيب الاستشاري: أ.د. سامر النمري

التشخيص: احتشاء حاد في عضلة القلب مع ارتفاع مقطع ST في الجدار السفلي.
الإجراء: قسطرة قلبية أولية وتركيب دعامة دوائية في الشريان التاجي الأيمن.
الأدوية عند الخروج: أسبرين 100 ملغ، كلوبيدوجريل 75 ملغ، أتورفاستاتين 80 ملغ، بيسوبرولول 2.5 ملغ.
تم إبلاغ ابنه أحمد العبادي بالخطة العلاجية.

التوقيع: أ.د. سامر النمري

----------------------------------------------------------------
CERTIFIED ENGLISH TRANSLATION
Jordan University Hospital - Department of Cardiology - Discharge report

Patient name: Mahmoud Yousef Al-Abbadi
Medical record number: 1187345
National number: 9571023344
Date of birth: 03/06/1957          Sex: male
Address: Amman, Jabal Al-Hussein, Khalid Bin Al-Walid Street, building 14
Admitted: 02/11/2018          Discharged: 07/11/2018
Resident doctor: Dr Omar Haddad
Consultant: Prof. Samer Al-Nimri

Diagnosis: acute inferior ST-elevation myocardial infarction.
Procedure: primary PCI with a drug-eluting stent to the right coronary artery.
Discharge medication: aspirin 100 mg, clopidogrel 75 mg, atorvastatin 80 mg, bisoprolol 2.5 mg.
His son, Ahmad Al-Abbadi, was informed of the treatment plan.

Signed: Prof. Samer Al-Nimri
Translation by Dr Omar Haddad, certified by Ms Rana Khoury, sworn translator, Amman.
""",
ids=[("محمود يوسف العبادي", "P"), ("1187345", "H"), ("9571023344", "O"),
     ("عمّان، جبل الحسين، شارع خالد بن الوليد، عمارة 14", "A"), ("أحمد العبادي", "R"),
     ("Mahmoud Yousef Al-Abbadi", "P"), ("Amman, Jabal Al-Hussein, Khalid Bin Al-Walid Street, building 14", "A"),
     ("Ahmad Al-Abbadi", "R")],
keep=["د. عمر حداد", "Dr Omar Haddad", "أ.د. سامر النمري", "Prof. Samer Al-Nimri", "1957/06/03", "03/06/1957",
      "ذكر", "clopidogrel 75 mg", "atorvastatin 80 mg", "Jordan University Hospital", "مستشفى الجامعة الأردنية",
      "Ms Rana Khoury"]),

doc("s51-029", "wpba_dops_export", APPL, """JRCPTB ePortfolio - DOPS (Direct Observation of Procedural Skills)
Trainee: Omar Haddad          GMC 7481166
Assessor: Dr Philippa Marchetti          Position: Consultant Cardiologist          Assessor GMC: 4890273
Date: 13/09/2024          Form ID: 3f9a7c21-1102
Procedure: Temporary transvenous pacing wire, right internal jugular approach
Setting: Coronary Care Unit, Castle Hill Hospital
Patient: 84-year-old man, complete heart block with a broad-complex escape rhythm at 32 bpm and recurrent syncope; awaiting permanent pacing. MRN HCH3998214.
Difficulty of case: above average (anticoagulated, INR 2.3; restless)

Ratings (1 = below expectations ... 6 = above expectations for CCT)
Indications, consent (incl. risks of pneumothorax, infection, perforation)   5
Aseptic technique                                                             6
Ultrasound-guided venous access                                                6
Wire positioning under fluoroscopy, threshold and sensing                     5
Communication with patient and CCU team                                       5
Documentation and post-procedure management                                  4

Assessor comments: Calm and methodical. Good ultrasound-guided single-pass access despite the INR. Stable RV apical position with a threshold of 0.6 V; output set at 3 V, rate 60. The CCU nurse (Sandra) commented on how well you kept the patient informed. Remember to document the chest X-ray review before leaving the unit.
Competent to perform unsupervised: Yes.

Signed: Dr Philippa Marchetti, 13/09/2024 17:20
""",
ids=[("4890273", "G"), ("3f9a7c21-1102", "REF"), ("HCH3998214", "H"), ("Sandra", "C")],
keep=["Omar Haddad", "7481166", "Dr Philippa Marchetti", "84-year-old man", "32 bpm", "INR 2.3",
      "threshold of 0.6 V", "Coronary Care Unit", "Castle Hill Hospital"]),

doc("s51-030", "incident_report", APPL, """DATIX INCIDENT REPORT (web form - printed copy)
Incident ref: DW-HUTH-2024-22817          Reported: 05/06/2024 09:12
Incident date/time: 04/06/2024, about 16:30
Location: Ward 26 (Cardiology), Castle Hill Hospital
Category: Diagnosis - patient misidentification          Harm: no harm (near miss)
Reporter: Dr Omar Haddad, Specialty Doctor in Cardiology

Staff involved: Dr Felix Grantham (FY2); HCA Donna Kirkbride
Patients involved:
  Mr Norman TWIGG, HCH2001567, bay 2 bed 3, DOB 21/01/1940
  Mr Norman TWEDDLE, HCH2004412, bay 2 bed 4, DOB 09/03/1942

Description
An ECG recorded on Mr Tweddle at 16:30, showing new atrial fibrillation at 118 bpm, was labelled with Mr Twigg's addressograph sticker by the HCA. The two patients have the same first name and were in adjacent beds. Dr Grantham reviewed the ECG and prescribed apixaban 5 mg BD for Mr Twigg at 17:10. On the evening ward round at 18:05 I noticed that the ECG time did not match Mr Twigg's observation chart and that his pulse was regular at 72. The pharmacist, Aled Pritchard, had not yet supplied the apixaban, and no dose was given.

Immediate action: prescription cancelled; ECG re-recorded on both patients and correctly labelled; Mr Tweddle assessed (CHA2DS2-VASc 4) and anticoagulated appropriately. Both patients and Mr Twigg's wife were told what had happened (duty of candour not triggered - no harm).

Suggested learning: name alert stickers for same-name patients in a bay; ECG machines to take the patient's details from the wristband barcode.
Investigator: Ward Manager Sister Tracey Ollerenshaw.

Verified for portfolio: Dr Philippa Marchetti, Consultant Cardiologist and Educational Supervisor
""",
ids=[("DW-HUTH-2024-22817", "REF"), ("Felix Grantham", "C"), ("Grantham", "C"), ("Donna Kirkbride", "C"),
     ("Norman TWIGG", "P"), ("HCH2001567", "H"), ("Norman TWEDDLE", "P"), ("HCH2004412", "H"), ("Tweddle", "P"),
     ("Twigg", "P"), ("Aled Pritchard", "C"), ("Tracey Ollerenshaw", "C")],
keep=["Dr Omar Haddad", "Dr Philippa Marchetti", "21/01/1940", "09/03/1942", "apixaban 5 mg BD", "bay 2 bed 3",
      "bay 2 bed 4", "Ward 26", "CHA2DS2-VASc 4", "Castle Hill Hospital"]),

doc("s51-031", "meeting_minutes", APPL, """Cardiology Directorate - Departmental Meeting (Governance and Rota)
Thursday 16 January 2025, 12:30-13:30, Cardiology Seminar Room, Castle Hill Hospital

Present: Dr P. Marchetti (Chair), Dr Ingrid Solberg, Dr Femi Adesanya, Dr O. Haddad, Sr Kath Dunmore (CCU), Mr Pete Lavery (Service Manager), Ms Joy Amankwah (secretary, minutes)
Apologies: Dr Hamish Kerr-Watson

1. Minutes of 12/12/2024 accepted as accurate.

2. Middle-grade on-call rota
Dr Haddad presented the revised 1:8 rota he has drafted (compliant with the 2016 terms and conditions: max 72 h in any 168 h, no more than 4 consecutive long days). It removes the Friday gap that has been filled by locums since October. Dr Adesanya asked for the rota to allow the two PhD fellows one research day each. Agreed to start 03/03/2025; Dr Haddad to send to medical staffing.

3. Incident DW-HUTH-2024-31190 - delayed transfer of a STEMI from Scunthorpe General Hospital
Door-in-door-out time 94 min (standard 30 min). Learning shared with the ambulance service; direct-to-lab pathway re-circulated. Sr Dunmore to audit the next 20 transfers.

4. TAVI waiting list: 41 patients, longest wait 19 weeks. Business case for an extra list on Fridays - Mr Lavery.

5. AOB: Dr Solberg leaves in March; farewell on 27/03.

Action log
- Rota to medical staffing - Dr Haddad - 31/01/2025
- Transfer audit - Sr Dunmore - 30/04/2025
- TAVI business case - Mr Lavery - 28/02/2025

Minutes approved: Dr Philippa Marchetti, Chair, 23/01/2025
""",
ids=[("Ingrid Solberg", "C"), ("Solberg", "C"), ("Femi Adesanya", "C"), ("Adesanya", "C"), ("Kath Dunmore", "C"),
     ("Dunmore", "C"), ("Pete Lavery", "C"), ("Lavery", "C"), ("Joy Amankwah", "C"), ("Hamish Kerr-Watson", "C"),
     ("DW-HUTH-2024-31190", "REF")],
keep=["Dr P. Marchetti", "Dr Philippa Marchetti", "Dr O. Haddad", "Dr Haddad", "TAVI", "Scunthorpe General Hospital",
      "1:8", "Castle Hill Hospital", "94 min"]),

doc("s51-032", "email", APPL, """From: "Amankwah Joy (HUTH)" <joy.amankwah@nhs.net>
To: "Haddad Omar (HUTH)" <omar.haddad3@nhs.net>
Date: Tue, 29 Apr 2025 10:03
Subject: Letters for signing - 4 outstanding (incl 631 744 2019)

Dr Haddad,

Four letters from Thursday's clinic are waiting for your e-signature in Medisec:
- Mr Kenneth Drabble, 631 744 2019 - AF clinic, your dictation 24/04
- Miss Oona Fitzpatrick-Hay, HCH5530071 - palpitations, 7-day Holter booked
- Mrs Gwendolyn Lark, HCH4021988 - her GP (Dr Nicholls, Market Weighton) has phoned twice about this one, re amiodarone and TFTs
- Mr Said Benali, 719 220 3306 - needs an Arabic interpreter for the follow-up, please confirm

Also, Mrs Lark's daughter Sharon has asked for a copy - can I post it to her at 14 Linden Garth, Market Weighton YO43 3DX? She says her mum has consented.

Thanks
Joy

Joy Amankwah | Medical Secretary, Cardiology, Castle Hill Hospital | Tel 01632 960522
""",
ids=[("Amankwah Joy (HUTH)", "C"), ("joy.amankwah@nhs.net", "E"), ("omar.haddad3@nhs.net", "E"),
     ("631 744 2019", "N"), ("Kenneth Drabble", "P"), ("Oona Fitzpatrick-Hay", "P"), ("HCH5530071", "H"),
     ("Gwendolyn Lark", "P"), ("HCH4021988", "H"), ("Nicholls", "C"), ("Market Weighton", "A"),
     ("Said Benali", "P"), ("719 220 3306", "N"), ("Lark", "P"), ("Sharon", "R"), ("14 Linden Garth", "A"),
     ("YO43 3DX", "PC"), ("Joy", "C"), ("Joy Amankwah", "C"), ("01632 960522", "T")],
keep=["Haddad Omar (HUTH)", "Dr Haddad", "amiodarone", "7-day Holter", "Castle Hill Hospital"]),

doc("s51-033", "logbook_extract", APPL, """Cardiac devices - personal logbook (export from departmental spreadsheet)
Castle Hill Hospital, January-June 2024
Operator: O. Haddad (first operator unless stated)          Supervisor sign-off: Dr P. Marchetti

#   Date      MRN          Initials  Age/Sex  Device          Indication                 Complication
1   11/01/24  HCH2880345   DWB       79 M     DDD PPM         complete heart block       none
2   18/01/24  HCH3017726   GFW       86 F     VVI PPM         AF with slow VR            small pneumothorax, conservative
3   25/01/24  HCH3120958   RTS       68 M     CRT-P           LBBB, LVEF 25%             none
4   08/02/24  HCH2765431   MEH       74 F     DDD PPM         sinus node disease         none
5   22/02/24  HCH3201877   JPK       81 M     box change      battery ERI                none
6   07/03/24  HCH3044209   SLN       59 M     ICD (single)    secondary prevention VT    none (2nd operator)
7   21/03/24  HCH3301562   AOC       90 F     leadless PPM    AF, CHB, poor venous access none
8   04/04/24  HCH2998740   PBR       77 M     CRT-D           ischaemic CM, QRS 170 ms   LV lead displacement, re-sited day 2
9   18/04/24  HCH3355018   EWJ       83 F     DDD PPM         2:1 AV block               haematoma, no intervention
10  02/05/24  HCH3390276   KLM       65 M     ICD (dual)      HCM, ESC risk 7.1%         none
11  16/05/24  HCH3412093   TYO       72 F     CRT-P           LBBB, LVEF 30%             none
12  30/05/24  HCH3450761   BNR       88 M     VVI PPM         AF, pauses 6 s             none

Totals: 12 procedures (first operator 11, second operator 1). Complication rate 3/12, none requiring surgery.
Signed: Dr P. Marchetti, Consultant Cardiologist, 12/07/2024
""",
ids=[("HCH2880345", "H"), ("DWB", "P"), ("HCH3017726", "H"), ("GFW", "P"), ("HCH3120958", "H"), ("RTS", "P"),
     ("HCH2765431", "H"), ("MEH", "P"), ("HCH3201877", "H"), ("JPK", "P"), ("HCH3044209", "H"), ("SLN", "P"),
     ("HCH3301562", "H"), ("AOC", "P"), ("HCH2998740", "H"), ("PBR", "P"), ("HCH3355018", "H"), ("EWJ", "P"),
     ("HCH3390276", "H"), ("KLM", "P"), ("HCH3412093", "H"), ("TYO", "P"), ("HCH3450761", "H"), ("BNR", "P")],
keep=["O. Haddad", "Dr P. Marchetti", "CRT-D", "QRS 170 ms", "LVEF 25%", "ESC risk 7.1%", "2:1 AV block",
      "Castle Hill Hospital"]),
]
