# Hand-typed documents, applicants 1-3. Each entry: id, kind, applicant, text, identifiers, keep.
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME",
    "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER",
    "URL", "OTHER_ID")
A1 = "Dr Ahmed Salem Elmabrouk"
A2 = "Dr Ioana Mihaela Dragomir"
A3 = "Dr Dawit Tesfaye Bekele"
DOCS = []

DOCS.append(dict(id="s58-001", kind="discharge_summary", applicant=A1, text="""LEEDS TEACHING HOSPITALS NHS TRUST
St James's University Hospital - Acute Medical Unit, Ward J12
DISCHARGE SUMMARY

Patient: Mr Graham Ellery Thwaite     DOB: 14/09/1949     Sex: Male
NHS No: 485 772 9013     Hospital No: K4481920
Address: 27 Harehills Grove Terrace, Leeds LS8 4QP
GP: Dr Philippa Oyelaran, Beckett Street Surgery, Leeds LS9 7RN   Tel 0113 496 0412

Admitted: 03/02/2025 via ED      Discharged: 07/02/2025
Diagnoses: Community-acquired pneumonia (CURB-65 score 2); acute kidney injury stage 1 (ICD-10 J18.9, N17.9)

Summary: Mr Thwaite presented with four days of productive cough and rigors. CXR showed right lower lobe
consolidation. Treated with amoxicillin 1 g TDS IV and clarithromycin 500 mg BD, stepped down to oral on day 3.
Creatinine peaked at 168 umol/L and settled to 102 umol/L with IV fluids; ramipril 5 mg OD was withheld.
His daughter Lorraine was updated by phone (07700 900214) and will stay with him for the first week.

Discharge medication: amoxicillin 500 mg TDS for 2 further days; ramipril withheld until U&E recheck.
Follow-up: U&E at the surgery in 1 week; repeat CXR in 6 weeks.

Completed by: Dr Ahmed Elmabrouk, Specialty Doctor in Acute Medicine, GMC 7291846
Page 1 of 1          Thwaite, G  K4481920""",
ids=[("Graham Ellery Thwaite", PN), ("Thwaite", PN), ("Thwaite, G", PN), ("485 772 9013", NHS), ("K4481920", HN),
     ("27 Harehills Grove Terrace, Leeds", AD), ("LS8 4QP", PC), ("Philippa Oyelaran", CN),
     ("Beckett Street Surgery, Leeds", AD), ("LS9 7RN", PC), ("0113 496 0412", PH), ("Lorraine", RN), ("07700 900214", PH)],
keep=["Dr Ahmed Elmabrouk", "7291846", "14/09/1949", "Male", "CURB-65 score 2", "J18.9", "N17.9", "amoxicillin 1 g TDS IV",
      "clarithromycin 500 mg BD", "168 umol/L", "ramipril 5 mg OD", "St James's University Hospital", "Ward J12",
      "LEEDS TEACHING HOSPITALS NHS TRUST"]))

DOCS.append(dict(id="s58-002", kind="wpba_acat", applicant=A1, text="""ePortfolio export - Acute Care Assessment Tool (ACAT)
Trainee: Ahmed Salem Elmabrouk (GMC 7291846)     Stage: Higher / CESR evidence
Assessor: Dr Helen Brackenridge, Consultant Acute Physician (GMC 4418027)
Setting: AMU take, St James's University Hospital, 11/03/2025 08:00-20:00

Cases seen on the take (as recorded by trainee):
1. Bed A3  71M  CAP, CURB-65 3, started co-amoxiclav  - K4479031 (J.D.)
2. Bed A6  58F  DKA, pH 7.12, FRIII commenced          - K4502277 (Pat W.)
3. Chair 2 84F  fall, ?NOF, Clinical Frailty Scale 6    - K3980156 (E.McK)
4. Bed B1  33M  paracetamol OD, 18 g, NAC 21-hour regimen - K4511902 (Dwayne R.)
5. Bed B4  66M  upper GI bleed, Glasgow-Blatchford 11  - K4498840 (R.T.)

Assessor comments: Ahmed led the post-take round confidently, prioritised the DKA and GI bleed appropriately
and escalated the GI bleed to the on-call endoscopist early. Documentation was clear. Suggest more explicit
delegation to the FY1, Dr Ruth Ogunbiyi, who was left without a clear task list at 14:00.
Overall: Meets expectations for independent practice.
Signed electronically: H. Brackenridge 12/03/2025""",
ids=[("K4479031", HN), ("J.D.", PN), ("K4502277", HN), ("Pat W.", PN), ("K3980156", HN), ("E.McK", PN),
     ("K4511902", HN), ("Dwayne R.", PN), ("K4498840", HN), ("R.T.", PN), ("Ruth Ogunbiyi", CN)],
keep=["Ahmed Salem Elmabrouk", "7291846", "Dr Helen Brackenridge", "H. Brackenridge", "4418027", "CURB-65 3",
      "co-amoxiclav", "pH 7.12", "Clinical Frailty Scale 6", "NAC 21-hour regimen", "Glasgow-Blatchford 11",
      "St James's University Hospital", "Ahmed", "71M", "58F"]))

DOCS.append(dict(id="s58-003", kind="foreign_discharge_report_with_translation", applicant=A1, text="""مركز طرابلس الطبي - قسم الباطنة العامة
تقرير خروج مريض

اسم المريض: سالمة عمر الزوي
رقم الملف: 2019/44817
الرقم الوطني: 119850234567
تاريخ الميلاد: 02/06/1985     الجنس: أنثى
العنوان: حي الأندلس، شارع جرابة، طرابلس
تاريخ الدخول: 14/08/2019     تاريخ الخروج: 21/08/2019
التشخيص: حماض كيتوني سكري (DKA) مع التهاب رئوي
العلاج: أنسولين بالتسريب الوريدي، سوائل وريدية، سيفترياكسون 2 غ يومياً
الطبيب المعالج: د. أحمد سالم المبروك
يعتمد: د. نوري بن عامر، رئيس القسم

--- Certified English translation ---
Tripoli Medical Centre - Department of General Internal Medicine
Patient discharge report
Patient name: Salma Omar Al-Zawi
File number: 2019/44817
National number: 119850234567
Date of birth: 02/06/1985     Sex: Female
Address: Al-Andalus district, Jraba Street, Tripoli
Admitted: 14/08/2019     Discharged: 21/08/2019
Diagnosis: diabetic ketoacidosis (DKA) with pneumonia
Treatment: intravenous insulin infusion, IV fluids, ceftriaxone 2 g daily
Treating physician: Dr Ahmed Salem Elmabrouk
Approved: Dr Nouri Ben Amer, Head of Department
Translator's statement: I certify this is a true translation. Translation ref TR-LY-2023-0619.""",
ids=[("سالمة عمر الزوي", PN), ("2019/44817", HN), ("119850234567", OID), ("حي الأندلس، شارع جرابة، طرابلس", AD),
     ("Salma Omar Al-Zawi", PN), ("Al-Andalus district, Jraba Street, Tripoli", AD), ("TR-LY-2023-0619", REF)],
keep=["مركز طرابلس الطبي", "02/06/1985", "أنثى", "د. أحمد سالم المبروك", "د. نوري بن عامر", "Tripoli Medical Centre",
      "Female", "Dr Ahmed Salem Elmabrouk", "Dr Nouri Ben Amer", "ceftriaxone 2 g daily", "diabetic ketoacidosis (DKA)"]))

DOCS.append(dict(id="s58-004", kind="handover_sheet", applicant=A1, text="""AMU NIGHT HANDOVER 21:00  |  Wed 19/03/2025  |  Reg: A. Elmabrouk  |  SHO: T. Haworth  |  FY1: bleep 2281

Bay | Pt           | Age/Sex | No.       | Issue                                   | Jobs overnight
A1  | MORTIMER, Ivy | 92F     | K3321047  | UTI + delirium, 4AT 6                   | obs 4-hourly, no bloods till AM
A2  | "Bert" Holroyd | 79M    | K4412988  | HF exacerbation, furosemide 80 mg IV BD | daughter Janice to ring after 22:00 - 07700 900587
A4  | S.K.         | 24F     | K4520013  | asthma, peak flow 45% best              | repeat ABG if PEFR <50%
B2  | Nowak, Zbigniew | 61M  | K4517730  | alcohol withdrawal, CIWA-Ar 18          | chlordiazepoxide reducing regimen
B5  | Mr Fairbairn | 70M     | K4490331  | NSTEMI, GRACE 142                       | trop at 02:00, fondaparinux 2.5 mg OD

Outstanding: B2 interpreter (Polish) booked for 09:00. Bed manager (Sandra ext 4471) aware of A1 DNACPR form.
Handed over by Dr Elmabrouk to night reg Dr Samuel Achterberg.""",
ids=[("T. Haworth", CN), ("MORTIMER, Ivy", PN), ("K3321047", HN), ("\"Bert\" Holroyd", PN), ("K4412988", HN),
     ("Janice", RN), ("07700 900587", PH), ("S.K.", PN), ("K4520013", HN), ("Nowak, Zbigniew", PN), ("K4517730", HN),
     ("Mr Fairbairn", PN), ("K4490331", HN), ("Sandra", CN), ("Samuel Achterberg", CN)],
keep=["A. Elmabrouk", "Dr Elmabrouk", "4AT 6", "furosemide 80 mg IV BD", "45% best", "CIWA-Ar 18", "GRACE 142",
      "fondaparinux 2.5 mg OD", "chlordiazepoxide", "DNACPR", "92F", "79M"]))

DOCS.append(dict(id="s58-005", kind="incident_report_datix", applicant=A1, text="""Datix Web - Incident Report (export)
Incident ref: W/INC/2024/118273          LFPSE ref: LFPSE-7Q2K9MX4
Date of incident: 28/10/2024 03:40       Location: St James's University Hospital, AMU Ward J12
Category: Delay in recognition of deterioration (sepsis)
Reporter: Ahmed Elmabrouk, Specialty Doctor (reporter's own statement below)

Description: Patient (Mrs Olive Stansfield, K4377214, NHS 612 904 3378) had NEWS2 of 7 recorded at 01:10 by
HCA Bethany Crowther. Escalation to the FY1, Dr Callum Birtwhistle (GMC 7950218), was documented at 01:15, but the patient
was not reviewed until 03:25 when I was called by Staff Nurse Kerry Oldroyd (NMC 09I4471E). Lactate 4.6 mmol/L, BP 82/44.
Sepsis Six completed by 04:20 (antibiotics at 03:52: piperacillin-tazobactam 4.5 g IV). Patient transferred to
ICU 06:10 and survived to discharge.
Immediate action: case discussed with Dr Callum Birtwhistle the same morning; his bleep had been diverted
to a switchboard pager (63118) in error.
Harm: moderate.  Duty of candour: completed by consultant on 29/10/2024; son Mr Keith Stansfield informed.
Linked investigation: SI/2024/0457""",
ids=[("W/INC/2024/118273", REF), ("LFPSE-7Q2K9MX4", REF), ("Olive Stansfield", PN), ("K4377214", HN),
     ("612 904 3378", NHS), ("Bethany Crowther", CN), ("Callum Birtwhistle", CN), ("Kerry Oldroyd", CN), ("7950218", GMC), ("09I4471E", GMC),
     ("63118", PH), ("Keith Stansfield", RN), ("SI/2024/0457", REF)],
keep=["Ahmed Elmabrouk", "NEWS2 of 7", "Lactate 4.6 mmol/L", "BP 82/44", "Sepsis Six",
      "piperacillin-tazobactam 4.5 g IV", "St James's University Hospital", "AMU Ward J12", "28/10/2024 03:40"]))

DOCS.append(dict(id="s58-006", kind="reflective_entry", applicant=A1, text="""Reflective log - Dr A. S. Elmabrouk - entry 14 (Good Medical Practice domain 3: communication)

What happened. In January I admitted an 87-year-old woman, whom I will call Mrs D, with her third fall in a
month. Her son Terry had driven over from Wakefield and was angry that "nobody listens". Doreen Dobson (Dot to
everyone on the ward) lives alone in a bungalow at 4 Kirkstall Lane, Headingley and had been discharged
from our ward ten days earlier. I took time to go through the falls bundle with Terry, including lying and
standing BP (postural drop 28 mmHg) and a review of her medicines: she was on amitriptyline 25 mg nocte,
doxazosin 4 mg and zopiclone, all of which I rationalised with the pharmacist.

What I learned. Families often hold information we never ask for: Terry told me his mother had been
using her late husband Stanley's walking frame. I now ask specifically about aids and who visits.

Discussed at supervision with Dr Helen Brackenridge (educational supervisor), 07/02/2025.""",
ids=[("Mrs D", PN), ("Terry", RN), ("Wakefield", AD), ("Doreen Dobson", PN), ("Dot", PN), ("4 Kirkstall Lane, Headingley", AD),
     ("Stanley", RN)],
keep=["Dr A. S. Elmabrouk", "87-year-old woman", "postural drop 28 mmHg", "amitriptyline 25 mg nocte",
      "doxazosin 4 mg", "zopiclone", "Dr Helen Brackenridge", "Good Medical Practice"]))

DOCS.append(dict(id="s58-007", kind="clinic_letter_ocr", applicant=A1, text="""LEEDS TEACH1NG H0SPITALS NHS TRUST
Ambu1atory Emergency Care Unit, St James's Un1versity Hosp1tal
0ur ref: AEC/AE/2O25/0331          Date: l8/02/2025

Dr Mar1ka Szeged1
Hare Hi1ls Hea1th Centre
Leeds LS8 3EJ

Re: Mrs Br1dget O'Rourke   D.0.B. 22/ll/1958
NHS N0. 6l0 4O3 2l87    Hosp N0 K44O2915
l4 Cowper Street, Chape1town, Leeds

Dear Dr Szeged1,
Th1s 66 year o1d 1ady was seen in AEC with p1euritic chest pa1n. We11s score 1.5, D-d1mer 640 ng/mL. CTPA
showed a sma11 r1ght segmenta1 PE. She was started on ap1xaban 10 mg BD for 7 days then
5 mg BD for 3 months.

Yours s1ncere1y
Dr Ahmed E1mabrouk
Specia1ty Doctor, Acute Med1cine""",
ids=[("AEC/AE/2O25/0331", REF), ("Mar1ka Szeged1", CN), ("Szeged1", CN), ("Hare Hi1ls Hea1th Centre", AD),
     ("Leeds LS8 3EJ", AD), ("Br1dget O'Rourke", PN), ("6l0 4O3 2l87", NHS), ("K44O2915", HN),
     ("l4 Cowper Street, Chape1town, Leeds", AD)],
keep=["22/ll/1958", "We11s score 1.5", "D-d1mer 640 ng/mL", "CTPA", "ap1xaban 10 mg BD", "Dr Ahmed E1mabrouk",
      "St James's Un1versity Hosp1tal", "66 year o1d"]))

DOCS.append(dict(id="s58-008", kind="oncall_rota_email", applicant=A1, text="""From: ahmed.elmabrouk7@nhs.net
To: amu.rota.leeds@nhs.net
Cc: sunita.varadkar2@nhs.net
Subject: RE: AMU registrar rota April 2025 - swap request

Hi Sunita,
Confirming the swap: I will cover the night of 12/04 for Dr Oisin Tierney, and he covers my long day 19/04.

Week 15 (07-13 April)   AMU registrar rota
Mon  LD  Dr Oisin Tierney     N  Dr Priyanka Banerjee
Tue  LD  Dr A. Elmabrouk      N  Dr Priyanka Banerjee
Wed  LD  Dr Lukas Brenninkmeyer  N  Dr Folake Adeyemi-Cole
Sat  LD  Dr Folake Adeyemi-Cole  N  Dr A. Elmabrouk (swap)
Rota checked and approved: Dr Helen Brackenridge, AMU Clinical Lead, 02/04/2025

Thanks, Ahmed
Mob 07700 900361""",
ids=[("sunita.varadkar2@nhs.net", EM), ("amu.rota.leeds@nhs.net", EM), ("Sunita", CN), ("Oisin Tierney", CN),
     ("Priyanka Banerjee", CN), ("Lukas Brenninkmeyer", CN), ("Folake Adeyemi-Cole", CN), ("ahmed.elmabrouk7@nhs.net", EM), ("07700 900361", PH)],
keep=["Dr A. Elmabrouk", "Ahmed", "Dr Helen Brackenridge",
      "AMU registrar rota"]))

# ---------------- A2 cardiothoracic anaesthesia ----------------
DOCS.append(dict(id="s58-009", kind="anaesthetic_procedure_note", applicant=A2, text="""MANCHESTER UNIVERSITY NHS FOUNDATION TRUST - Wythenshawe Hospital, Cardiothoracic Theatres
ANAESTHETIC RECORD SUMMARY (transcribed for portfolio, identifiers to be removed)

Name: DUCKWORTH, Neville Arthur    MRN: W0917734    NHS: 701 338 5462    DOB 30/01/1956  M
Procedure: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA) on cardiopulmonary bypass  Date 04/06/2024
Surgeon: Mr Declan Farraday    Perfusionist: Gemma Whitlock    ODP: Yusuf Mansoor
Anaesthetist: Dr Ioana Dragomir (Specialty Doctor), supervising consultant Dr Aled Pritchard-Rees

EuroSCORE II 2.8%, LVEF 40%. Induction: fentanyl 10 mcg/kg, propofol 1 mg/kg, rocuronium 1 mg/kg.
Right IJ 9 Fr introducer + PAC under ultrasound, radial arterial line. Intra-op TOE: moderate MR,
no change post-bypass. Tranexamic acid 15 mg/kg. Heparin 400 units/kg, ACT 612 s.
Weaned on noradrenaline 0.08 mcg/kg/min. Transfer to CTCCU bed 7, intubated.""",
ids=[("DUCKWORTH, Neville Arthur", PN), ("W0917734", HN), ("701 338 5462", NHS), ("Declan Farraday", CN),
     ("Gemma Whitlock", CN), ("Yusuf Mansoor", CN)],
keep=["Dr Ioana Dragomir", "Dr Aled Pritchard-Rees", "30/01/1956", "EuroSCORE II 2.8%", "LVEF 40%",
      "fentanyl 10 mcg/kg", "propofol 1 mg/kg", "rocuronium 1 mg/kg", "Tranexamic acid 15 mg/kg",
      "Heparin 400 units/kg", "ACT 612 s", "noradrenaline 0.08 mcg/kg/min", "CTCCU bed 7", "Wythenshawe Hospital"]))

DOCS.append(dict(id="s58-010", kind="wpba_dops", applicant=A2, text="""RCoA Lifelong Learning Platform - DOPS export
Trainee/Doctor: Ioana Mihaela Dragomir   GMC: 7384105
Assessor: Dr Aled Pritchard-Rees, Consultant Cardiothoracic Anaesthetist   Assessor GMC: 4702196
Procedure: Comprehensive intra-operative TOE examination (20 standard views)
Case reference: W1002281 / 67F / aortic valve replacement (bioprosthetic, 23 mm)
Date: 19/09/2024

Domains (1-6): Indications 6 | Consent 5 | Preparation 6 | Technical ability 5 | Aseptic/safe 6 | Communication 5
Findings documented: severe AS, mean gradient 48 mmHg, AVA 0.7 cm2, LV hypertrophy, no PFO.
Assessor feedback: Systematic, efficient acquisition; probe insertion atraumatic. Discussed deep
transgastric views. Ready for independent practice for this procedure.
Trainee reflection: I will record ME and TG views onto the departmental archive (archive ID ECHO-24-88127).""",
ids=[("W1002281", HN), ("ECHO-24-88127", OID)],
keep=["Ioana Mihaela Dragomir", "7384105", "Dr Aled Pritchard-Rees", "4702196", "67F", "mean gradient 48 mmHg",
      "AVA 0.7 cm2", "19/09/2024"]))

DOCS.append(dict(id="s58-011", kind="foreign_register_extract_with_translation", applicant=A2, text="""INSTITUTUL DE URGENȚĂ PENTRU BOLI CARDIOVASCULARE "PROF. DR. C.C. ILIESCU", BUCUREȘTI
Secția Anestezie și Terapie Intensivă
Nr. înregistrare: 4512/17.03.2021

ADEVERINȚĂ
Prin prezenta se adeverește că dna dr. Ioana Mihaela Dragomir a lucrat în secția noastră în perioada
01.10.2016 - 28.02.2021 ca medic specialist ATI și a efectuat anestezia pentru 612 intervenții
cardiace. Extras din registrul de anestezie (exemple):
- 12.01.2021  Pacient: Vasilescu Gheorghe, CNP 1560712400231, FO nr. 2021/00417 - înlocuire valvă aortică
- 19.01.2021  Pacientă: Munteanu Elena-Crina, CNP 2690305461127, FO nr. 2021/00688 - bypass aorto-coronarian x2
Șef secție: Prof. dr. Mircea Ionescu-Vlad

--- English translation (certified, translator's ref. TRD/RO/2294) ---
"Prof. Dr. C.C. Iliescu" Emergency Institute for Cardiovascular Diseases, Bucharest
Department of Anaesthesia and Intensive Care       Registration no.: 4512/17.03.2021
CERTIFICATE
This certifies that Dr Ioana Mihaela Dragomir worked in our department from 01.10.2016 to 28.02.2021 as a
specialist in anaesthesia and intensive care and anaesthetised 612 cardiac cases. Extract from the anaesthetic
register (examples):
- 12.01.2021  Patient: Gheorghe Vasilescu, personal numeric code 1560712400231, case file no. 2021/00417 - aortic valve replacement
- 19.01.2021  Patient: Elena-Crina Munteanu, personal numeric code 2690305461127, case file no. 2021/00688 - CABG x2
Head of department: Prof. Dr Mircea Ionescu-Vlad""",
ids=[("4512/17.03.2021", REF), ("Vasilescu Gheorghe", PN), ("1560712400231", OID), ("2021/00417", HN),
     ("Munteanu Elena-Crina", PN), ("2690305461127", OID), ("2021/00688", HN), ("TRD/RO/2294", REF),
     ("Gheorghe Vasilescu", PN), ("Elena-Crina Munteanu", PN)],
keep=["dr. Ioana Mihaela Dragomir", "Dr Ioana Mihaela Dragomir", "Prof. dr. Mircea Ionescu-Vlad",
      "Prof. Dr Mircea Ionescu-Vlad", "612 intervenții", "612 cardiac cases",
      "INSTITUTUL DE URGENȚĂ PENTRU BOLI CARDIOVASCULARE"]))

DOCS.append(dict(id="s58-012", kind="transfer_letter", applicant=A2, text="""Cardiothoracic Critical Care Unit (CTCCU), Wythenshawe Hospital
Southmoor Road, Manchester M23 9LT   Tel 01632 960118

INTER-HOSPITAL TRANSFER LETTER              Date: 22/11/2024 14:30
To: Critical Care Outreach, Royal Blackburn Teaching Hospital (accepting: Dr Imogen Latchford)

Patient: Kathleen Bernadette Heywood   Female   DOB 07/05/1961
MRN W0988410   NHS 398 221 6045
Home: Flat 3, 19 Audley Range, Blackburn BB1 1TA. Next of kin: husband Derek Heywood, 07700 900793.

Day 9 post mitral valve repair. Course complicated by AF (now rate controlled, amiodarone 200 mg TDS) and
ventilator-associated pneumonia (Klebsiella, on meropenem 1 g TDS). Extubated day 6. P/F ratio 32 kPa on
2 L/min nasal cannula. Creatinine 94. Hb 91 g/L. Sternal wound clean.
Lines: right radial arterial line removed; left IJ CVC (day 9) to be removed at receiving unit.

Transferring anaesthetist: Dr I. M. Dragomir (bleep 4417)""",
ids=[("01632 960118", PH), ("Imogen Latchford", CN), ("Kathleen Bernadette Heywood", PN), ("W0988410", HN),
     ("398 221 6045", NHS), ("Flat 3, 19 Audley Range, Blackburn", AD), ("BB1 1TA", PC), ("Derek Heywood", RN),
     ("07700 900793", PH), ("Southmoor Road, Manchester", AD), ("M23 9LT", PC)],
keep=["Wythenshawe Hospital", "Royal Blackburn Teaching Hospital", "Female", "DOB 07/05/1961",
      "amiodarone 200 mg TDS", "meropenem 1 g TDS", "P/F ratio 32 kPa", "Hb 91 g/L", "Dr I. M. Dragomir"]))

DOCS.append(dict(id="s58-013", kind="logbook_csv", applicant=A2, text="""date,hospital,patient_id,age,sex,procedure,asa,urgency,supervision,toe,notes
2024-05-02,Wythenshawe,W0901127,72,M,AVR + CABG x1,4,elective,independent,Y,
2024-05-09,Wythenshawe,W0903348,55,F,MV repair (minimally invasive),3,elective,local supervision,Y,one-lung ventilation via DLT 37Fr
2024-05-16,Wythenshawe,W0899702,81,M,TAVI (transfemoral) sedation,4,elective,independent,N,
2024-06-04,Wythenshawe,W0917734,68,M,CABG x3,3,elective,local supervision,Y,see anaesthetic record
2024-06-21,Wythenshawe,W0921590,47,M,Type A dissection repair,5E,emergency,distant supervision,Y,DHCA 22C; pt brother Raymond called by me
2024-07-03,Wythenshawe,W0924462,63,F,lung transplant (bilateral),4,urgent,consultant present,Y,VA-ECMO standby
""",
ids=[("W0901127", HN), ("W0903348", HN), ("W0899702", HN), ("W0917734", HN), ("W0921590", HN), ("Raymond", RN),
     ("W0924462", HN)],
keep=["Wythenshawe", "AVR + CABG x1", "DLT 37Fr", "Type A dissection repair", "DHCA 22C", "VA-ECMO"]))

DOCS.append(dict(id="s58-014", kind="msf_summary", applicant=A2, text="""Multi-Source Feedback (MSF) summary report - Dr Ioana Dragomir
Collated by: Dr Aled Pritchard-Rees (clinical supervisor)     Period: Jan-Mar 2025     Responses: 14 of 16

Scores (mean, 1-6): Clinical care 5.6 | Team working 5.4 | Communication 5.1 | Teaching 5.3 | Probity 5.9

Selected free-text comments (anonymised rater categories):
- Senior nurse, CTCCU: "Calm in an emergency. When Mr Ashworth in bed 4 arrested after his valve surgery,
  she organised the resternotomy team within minutes."
- ODP: "Explains her plan to the whole team. Much better than the locum, Dr Pawel Zielinski, who never did."
- Trainee (ST4): "Gave me excellent TOE teaching; Ioana is approachable."
- Perfusionist: "Always clear about heparin and ACT targets."

Development point agreed: delegate more to the ST4 (Dr Chidinma Okafor) during lists.
Signed: Aled Pritchard-Rees 04/04/2025""",
ids=[("Mr Ashworth", PN), ("Pawel Zielinski", CN), ("Chidinma Okafor", CN)],
keep=["Dr Ioana Dragomir", "Dr Aled Pritchard-Rees", "Aled Pritchard-Rees", "Ioana", "Clinical care 5.6", "bed 4",
      "resternotomy"]))

DOCS.append(dict(id="s58-015", kind="teams_chat_export", applicant=A2, text="""Microsoft Teams - chat export - "CT Theatres Coordination" - 13/01/2025

[07:42] Liam Ferris-Hogg (theatre coordinator): Morning. Theatre 2 first case changed - Mrs Pendlebury (W0930081) postponed, Hb 78
[07:44] Ioana Dragomir: Thanks Liam. Who replaces her?
[07:45] Liam Ferris-Hogg: Mr Tomasz Wrobel, W0928847, redo sternotomy AVR. He's in CTCCU bed 2
[07:47] Ioana Dragomir: Ok. I'll need 4 units cross-matched and cell salvage. Can someone call his wife? She is on 07700 900438
[07:49] Anjali Ghosh (CTCCU charge nurse): I'll ring Mrs Wrobel. Pendlebury transfused 2 units on ward 21
[07:52] Ioana Dragomir: Great. Tomek (he prefers that) is anxious - I'll see him at 08:00
[08:31] Ioana Dragomir: Anaesthetic plan done. EuroSCORE II 6.1%.""",
ids=[("Liam Ferris-Hogg", CN), ("Liam", CN), ("Mrs Pendlebury", PN), ("Pendlebury", PN), ("W0930081", HN),
     ("Tomasz Wrobel", PN), ("W0928847", HN), ("07700 900438", PH), ("Anjali Ghosh", CN), ("Mrs Wrobel", RN),
     ("Tomek", PN)],
keep=["Ioana Dragomir", "Hb 78", "redo sternotomy AVR", "CTCCU bed 2", "ward 21", "EuroSCORE II 6.1%", "cell salvage"]))

# ---------------- A3 general surgery ----------------
DOCS.append(dict(id="s58-016", kind="operation_note", applicant=A3, text="""UNIVERSITY HOSPITALS OF NORTH MIDLANDS NHS TRUST - Royal Stoke University Hospital
OPERATION NOTE                                     Theatre 9 (emergency)   Date 09/08/2024

Patient label:  HANCOCK, Ellie-Mae   F   DOB 17/03/2004   RJE Unit No: RJE2210457   NHS 944 610 2871
Surgeon: Dr Dawit Bekele (Specialty Doctor)   Assistant: Dr Harriet Linnell (CT1)
Anaesthetist: Dr Gbenga Fashola   Supervising consultant (available): Miss Caroline Aske

Procedure: Laparoscopic appendicectomy
Findings: Gangrenous appendix, localised pus in the pelvis, no perforation. Alvarado score 8 pre-op.
Procedure: 3 ports (12 mm umbilical Hasson, 5 mm suprapubic, 5 mm LIF). Base secured with 2 Endoloops.
Pelvic washout 2 L. Specimen in retrieval bag. Fascia closed 0 PDS; skin 4-0 Monocryl.
Post-op: co-amoxiclav 1.2 g IV TDS for 24 h then stop; eat and drink; home tomorrow if well.
Histology request HIS-24-0809-3316.
Signed: D. T. Bekele""",
ids=[("HANCOCK, Ellie-Mae", PN), ("RJE2210457", HN), ("944 610 2871", NHS), ("Harriet Linnell", CN),
     ("Gbenga Fashola", CN), ("Caroline Aske", CN), ("HIS-24-0809-3316", OID)],
keep=["Royal Stoke University Hospital", "Dr Dawit Bekele", "D. T. Bekele", "DOB 17/03/2004", "Alvarado score 8",
      "0 PDS", "4-0 Monocryl", "co-amoxiclav 1.2 g IV TDS", "Laparoscopic appendicectomy", "Theatre 9"]))

DOCS.append(dict(id="s58-017", kind="foreign_operation_record_with_translation", applicant=A3, text="""ጥቁር አንበሳ ስፔሻላይዝድ ሆስፒታል - የቀዶ ጥገና ክፍል
የቀዶ ጥገና መዝገብ

የታካሚ ስም፡ አበበች ገብረመድህን ወልዴ
የካርድ ቁጥር፡ 1123847
ዕድሜ፡ 46   ጾታ፡ ሴት
አድራሻ፡ ቦሌ ክፍለ ከተማ ወረዳ 03 የቤት ቁጥር 517
ቀን፡ 14/05/2020
የቀዶ ጥገና አይነት፡ ክፍት ኮሌሲስቴክቶሚ (Open cholecystectomy)
ቀዶ ጥገና ያደረገው፡ ዶ/ር ዳዊት ተስፋዬ በቀለ
ያረጋገጠው፡ ፕሮፌሰር ሚሊዮን ታደሰ

--- English translation (certified; translation no. ET-TR-0087/2023) ---
Tikur Anbessa Specialized Hospital - Department of Surgery
Operation record
Patient name: Abebech Gebremedhin Wolde
Card number: 1123847
Age: 46   Sex: Female
Address: Bole sub-city, Woreda 03, House no. 517
Date: 14/05/2020
Operation: Open cholecystectomy
Operating surgeon: Dr Dawit Tesfaye Bekele
Verified by: Professor Million Tadesse""",
ids=[("አበበች ገብረመድህን ወልዴ", PN), ("1123847", HN), ("ቦሌ ክፍለ ከተማ ወረዳ 03 የቤት ቁጥር 517", AD),
     ("ET-TR-0087/2023", REF), ("Abebech Gebremedhin Wolde", PN), ("Bole sub-city, Woreda 03, House no. 517", AD)],
keep=["ጥቁር አንበሳ ስፔሻላይዝድ ሆስፒታል", "ዶ/ር ዳዊት ተስፋዬ በቀለ", "ፕሮፌሰር ሚሊዮን ታደሰ", "ሴት", "Tikur Anbessa Specialized Hospital",
      "Dr Dawit Tesfaye Bekele", "Professor Million Tadesse", "Open cholecystectomy", "Female", "Age: 46"]))

DOCS.append(dict(id="s58-018", kind="operation_note_ocr", applicant=A3, text="""R0yal St0ke Un1versity H0spital       0PERATI0N N0TE
Pat1ent: JEFFC0TT, Rona1d    Un1t N0: RJE19O4412   NHS: 9O2 ll4 6638
D0B: O5/l2/l95l   Sex: M        Date: 2l/ll/2O24
Surge0n: Dr D. Beke1e    Ass1stant: Mr Kwame 0wusu-Ansah (SpR)

0perat1on: Hartmann's pr0cedure
F1nd1ngs: Perf0rated s1gm0id d1vert1cu1itis, Hinchey 111, fecu1ent perit0n1t1s 4 quadrants.
Pr0cedure: M1d1ine 1apar0t0my. S1gm0id c0lect0my, end c0l0st0my LIF. Washout 6 L.
P0st-0p: HDU, mer0penem 1 g TDS, VTE pr0phy1axis.
S1gned ........ D.T.B.""",
ids=[("JEFFC0TT, Rona1d", PN), ("RJE19O4412", HN), ("9O2 ll4 6638", NHS), ("Kwame 0wusu-Ansah", CN)],
keep=["R0yal St0ke Un1versity H0spital", "O5/l2/l95l", "Dr D. Beke1e", "Hartmann's pr0cedure", "Hinchey 111",
      "mer0penem 1 g TDS", "D.T.B."]))

DOCS.append(dict(id="s58-019", kind="logbook_table", applicant=A3, text="""eLogbook (ISCP) - consolidated export - Dr Dawit T. Bekele - Jan 2024 to Dec 2024 (extract)

| Date       | Hosp no.   | Age | Sex | Procedure                              | Role | Outcome          |
| 11/01/2024 | RJE2019934 | 34  | M   | Lap cholecystectomy                    | P    | Day case         |
| 18/01/2024 | RJE1987725 | 71  | F   | Emergency laparotomy, small bowel resection | P | NELA risk 14%   |
| 02/02/2024 | RJE2033108 | 29  | M   | Incision & drainage perianal abscess  | P    | Home same day    |
| 16/02/2024 | RJE2041876 | 55  | F   | Lap right hemicolectomy                | A    | LOS 5 days       |
| 09/08/2024 | RJE2210457 | 20  | F   | Lap appendicectomy                     | P    | See op note      |
| 21/11/2024 | RJE1904412 | 72  | M   | Hartmann's procedure                   | P-S  | HDU 2 days       |

Totals 2024: 412 procedures, 288 as primary surgeon (P), 41 supervised (P-S).
Verified: Miss Caroline Aske, Consultant Colorectal Surgeon, 15/01/2025""",
ids=[("RJE2019934", HN), ("RJE1987725", HN), ("RJE2033108", HN), ("RJE2041876", HN), ("RJE2210457", HN),
     ("RJE1904412", HN)],
keep=["Dr Dawit T. Bekele", "Miss Caroline Aske", "NELA risk 14%", "Lap right hemicolectomy", "412 procedures",
      "Hartmann's procedure"]))

DOCS.append(dict(id="s58-020", kind="mdt_list", applicant=A3, text="""COLORECTAL CANCER MDT - Royal Stoke University Hospital - Thursday 06/03/2025 08:00
Chair: Miss Caroline Aske   Attendees: D. Bekele (presenting), Dr Ngozi Umeh (radiology), Dr Fintan Cahill (histopathology), CNS Wendy Plumb

1  PRIESTLEY Margaret   01/04/1947 F  NHS 418 337 2094  RJE1877240  Sigmoid adenoCa T3N1M0 post anterior resection -> adjuvant CAPOX, oncology
2  Abdullahi, Hodan     22/09/1983 F  NHS 733 092 6617  RJE2290015  Rectal MRI: T2N0, CRM clear -> TME surgery
3  "Mick" O'Halloran    15/12/1958 M  NHS 507 861 2239  RJE2301177  CT: liver mets x2 -> HPB MDT (Wolverhampton), CEA 48
4  T.N.                 03/06/1939 M  NHS 392 117 8450  RJE1766310  Frail, Rockwood 7 -> best supportive care, GP Dr Alun Vaughan to be informed

Outcomes recorded by D. Bekele; verified by MDT chair.""",
ids=[("Ngozi Umeh", CN), ("Fintan Cahill", CN), ("Wendy Plumb", CN), ("PRIESTLEY Margaret", PN), ("418 337 2094", NHS),
     ("RJE1877240", HN), ("Abdullahi, Hodan", PN), ("733 092 6617", NHS), ("RJE2290015", HN),
     ("\"Mick\" O'Halloran", PN), ("507 861 2239", NHS), ("RJE2301177", HN), ("T.N.", PN), ("392 117 8450", NHS),
     ("RJE1766310", HN), ("Alun Vaughan", CN)],
keep=["Miss Caroline Aske", "D. Bekele", "01/04/1947", "22/09/1983", "15/12/1958", "03/06/1939", "T3N1M0", "CAPOX",
      "CEA 48", "Rockwood 7", "Royal Stoke University Hospital"]))

DOCS.append(dict(id="s58-021", kind="complaint_response_letter", applicant=A3, text="""University Hospitals of North Midlands NHS Trust - Patient Experience Team
Complaint reference: PET/C/24/01962        Our ref: DB/ms/0412

Ms Shauna Greatbatch
62 Weston Coyney Road
Stoke-on-Trent ST3 5JX

Dear Ms Greatbatch,
Re: your complaint about the care of your father, Mr Leonard Greatbatch (Unit No RJE1833590)

Thank you for your letter of 03/09/2024. I was the surgical registrar on call on 24/08/2024. Your father was
referred with suspected small bowel obstruction at 16:10 but was not reviewed until 21:30. I am sorry for
this delay. The surgical FY1, Dr Ollie Brannigan, had escalated appropriately, but I was in theatre with a
ruptured AAA and the second on-call, Mr Rashid Qureshi, was covering the urology ward. We have since agreed
that the consultant will be called when both registrars are unavailable for more than 2 hours.
Your father's NEWS2 was 3 throughout and his lactate 1.8 mmol/L; CT showed adhesional obstruction which
resolved with conservative management (NG tube, IV fluids).

Yours sincerely,
Dr Dawit Bekele, Specialty Doctor in General Surgery
cc: Miss Caroline Aske, Clinical Director""",
ids=[("PET/C/24/01962", REF), ("DB/ms/0412", REF), ("Shauna Greatbatch", RN), ("Ms Greatbatch", RN),
     ("62 Weston Coyney Road", AD), ("Stoke-on-Trent", AD), ("ST3 5JX", PC), ("Leonard Greatbatch", PN),
     ("RJE1833590", HN), ("Ollie Brannigan", CN), ("Rashid Qureshi", CN), ("Caroline Aske", CN)],
keep=["Dr Dawit Bekele", "NEWS2 was 3", "lactate 1.8 mmol/L", "ruptured AAA", "adhesional obstruction"]))

DOCS.append(dict(id="s58-022", kind="wpba_cbd_and_teaching", applicant=A3, text="""ISCP - Case-based Discussion (CBD)
Trainee: Dawit Bekele     Assessor: Mr Jonathan Pereira-Lowe, Consultant Upper GI Surgeon (GMC 5120093)
Date: 30/01/2025   Clinical setting: Emergency general surgery
Case: 62-year-old woman (hospital no. RJE2087761) with acute gallstone pancreatitis, Glasgow-Imrie score 4,
CRP 312 mg/L. Discussion of timing of cholecystectomy (index admission per BSG guidance), ERCP indications.
Assessor comment: Good reasoning. Level 4 (competent to independent practice).

Appendix - teaching: DOPS I completed as assessor for a core trainee
Trainee assessed: Dr Precious Nwachukwu (CT2), GMC 7911204 - skin lesion excision, 24/01/2025. Outcome:
satisfactory. Feedback given on margin planning.""",
ids=[("RJE2087761", HN), ("Precious Nwachukwu", CN), ("7911204", GMC)],
keep=["Dawit Bekele", "Mr Jonathan Pereira-Lowe", "5120093", "62-year-old woman", "Glasgow-Imrie score 4",
      "CRP 312 mg/L", "ERCP"]))
