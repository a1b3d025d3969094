from common import *
AP5 = "Dr Rami Al-Khatib"
AP6 = "Dr Lucía Fernández Ortega"
DOCS = [
doc("s56-t029", "foreign_record_with_translation", AP5,
"""النص الأصلي
مشفى المواساة الجامعي – دمشق – قسم الإسعاف
استمارة قبول إسعافي
الاسم: محمود خالد الحلبي      العمر: 52 سنة      الجنس: ذكر
رقم الإضبارة: 2017/إ/33821
العنوان: دمشق، حي المزة، شارع الشيخ سعد، بناء 14
اسم الأم: سميرة
الرقم الوطني: 01030457719
الشكوى: ألم صدري حاد منذ ساعتين، تخطيط القلب: ارتفاع ST في الاتجاهات السفلية
العلاج: أسبرين 300 ملغ، كلوبيدوغريل 600 ملغ، هيبارين 5000 وحدة
الطبيب المقيم: د. رامي الخطيب       المشرف: د. نزار الشامي

ENGLISH TRANSLATION (certified, Arabic → English)
Al-Mouwasat University Hospital – Damascus – Emergency Department
Emergency admission form
Name: Mahmoud Khaled Al-Halabi     Age: 52 years     Sex: male
File no.: 2017/E/33821
Address: Damascus, Mezzeh district, Sheikh Saad Street, building 14
Mother's name: Samira
National number: 01030457719
Complaint: severe chest pain for 2 hours; ECG: ST elevation in the inferior leads
Treatment: aspirin 300 mg, clopidogrel 600 mg, heparin 5000 units
Resident doctor: Dr Rami Al-Khatib      Supervisor: Dr Nizar Al-Shami
""",
[("محمود خالد الحلبي", P), ("2017/إ/33821", H), ("دمشق، حي المزة، شارع الشيخ سعد، بناء 14", A), ("سميرة", R), ("01030457719", O),
 ("Mahmoud Khaled Al-Halabi", P), ("2017/E/33821", H), ("Damascus, Mezzeh district, Sheikh Saad Street, building 14", A), ("Samira", R)],
["د. رامي الخطيب", "د. نزار الشامي", "Dr Rami Al-Khatib", "Dr Nizar Al-Shami", "Al-Mouwasat University Hospital", "52 years",
 "aspirin 300 mg", "clopidogrel 600 mg", "heparin 5000 units", "ST elevation in the inferior leads", "مشفى المواساة الجامعي"]),

doc("s56-t030", "ed_discharge_letter", AP5,
"""Emergency Department, Royal Victoria Infirmary, Newcastle upon Tyne Hospitals NHS Foundation Trust
ED DISCHARGE LETTER (auto-generated from Symphony)          Attendance no: RVI-ED-24-0098812

To the GP of: Mr Gareth "Gaz" Dunmore, 3 Heaton Park View, Newcastle NE6 5NN
GP: Dr S. Oduya, Heaton Medical Group
DOB 04/12/1979   NHS 556 390 2148   MRN RVI4438120
Arrival 23:48 on 17/02/2024 by ambulance (NEAS CAD 2402170911); discharged 06:10 18/02/2024

Presenting complaint: fall from ladder at work (roofer, self-employed "Dunmore Roofing"), 2.5 m, no LOC
Findings: GCS 15, C-spine cleared by Canadian C-spine rule; left distal radius fracture (dorsally angulated 25°),
closed reduction under haematoma block (lidocaine 1% 10 mL) by Dr R Al-Khatib; post-reduction X-ray satisfactory.
Analgesia: ibuprofen 400 mg tds, paracetamol 1 g qds. Fracture clinic 24/02/2024.
Police: not involved.   Safeguarding: none.   Seen with partner Lisa-Jayne.
ED consultant: Dr Helen Featherstonhaugh
""",
[("RVI-ED-24-0098812", H), ("Mr Gareth \"Gaz\" Dunmore", P), ("3 Heaton Park View, Newcastle", A), ("NE6 5NN", PC), ("Dr S. Oduya", C),
 ("Heaton Medical Group", A), ("556 390 2148", N), ("RVI4438120", H), ("2402170911", REF), ("\"Dunmore Roofing\"", A), ("Lisa-Jayne", R)],
["Dr R Al-Khatib", "Dr Helen Featherstonhaugh", "Royal Victoria Infirmary", "DOB 04/12/1979", "GCS 15", "Canadian C-spine rule",
 "lidocaine 1% 10 mL", "ibuprofen 400 mg tds", "paracetamol 1 g qds", "25°", "2.5 m", "23:48 on 17/02/2024"]),

doc("s56-t031", "complaint_response", AP5,
"""Patient Advice and Liaison Service / Complaints – Newcastle upon Tyne Hospitals
Our reference: COMP-2023-04417         Your reference: MP office ref CAS-71520-L9Q2
Date: 19/10/2023

Mrs Brenda Elstob
Flat 8, Ouseburn Wharf, Newcastle NE1 2PQ

Dear Mrs Elstob

Re: your complaint about the care of your late father, Mr Norman Elstob-Carr (DOB 11/03/1936), in the Emergency
Department on 02/08/2023

You were concerned that your father waited 7 hours on a trolley and that a doctor, Dr Pieter van Rensburg, told you
he was "just old and dehydrated". Dr Rami Al-Khatib, ED Specialty Doctor, has reviewed the notes. Your father's
lactate was 4.2 mmol/L at 14:20 and the sepsis six was not started until 16:05 – this fell short of the 1-hour
standard. Nurse Gemma Coulthard has been supported to complete sepsis training. We apologise unreservedly.

Your brother, Mr Alan Elstob, asked about the Coroner's involvement: the death was referred to HM Senior Coroner
for Newcastle (coroner's ref 23-1187-NC) and an inquest is listed.

Yours sincerely, Ms Philippa Rowntree, Head of Patient Relations (tel 01632 960573)
""",
[("COMP-2023-04417", REF), ("CAS-71520-L9Q2", REF), ("Mrs Brenda Elstob", R), ("Mrs Elstob", R), ("Flat 8, Ouseburn Wharf, Newcastle", A),
 ("NE1 2PQ", PC), ("Mr Norman Elstob-Carr", P), ("Dr Pieter van Rensburg", C), ("Nurse Gemma Coulthard", C), ("Mr Alan Elstob", R),
 ("23-1187-NC", REF), ("Ms Philippa Rowntree", C), ("01632 960573", PH)],
["Dr Rami Al-Khatib", "DOB 11/03/1936", "lactate was 4.2 mmol/L", "sepsis six", "7 hours", "02/08/2023", "Emergency\nDepartment"]),

doc("s56-t032", "incident_report_lfpse", AP5,
"""LFPSE – Learn from patient safety events   Record: LFPSE-W-7741093    Local ref: RVI-INC-88452
Event type: Incident    Date/time of event: 05/01/2024 03:40    Service area: Emergency Department (majors, cubicle 12)
Recorded by: Dr Rami Al-Khatib (Specialty Doctor)
Patient: 87-year-old woman, Mrs Winifred Hutchinson-Lamb, MRN RVI2009316, NHS 4012583396
What happened: Patient given enoxaparin 80 mg (treatment dose) prescribed for the wrong patient – the adjacent
cubicle 11 patient, Mr Jarrow (surname only on whiteboard). Identified by student nurse Cerys at 04:15 on wristband check.
Agency nurse administering: Olu Adeyemi (NMC 21C4470E).
Outcome: no bleeding; Hb 121 stable at 12 h; anti-Xa checked. Daughter (Mrs Pauline Hutchinson, 07700 900847) informed under duty of candour.
Physical harm: none.  Psychological harm: low.
Learning: positive patient ID at the bedside; two-person check for LMWH in ED.
""",
[("LFPSE-W-7741093", REF), ("RVI-INC-88452", REF), ("Mrs Winifred Hutchinson-Lamb", P), ("RVI2009316", H), ("4012583396", N),
 ("Mr Jarrow", P), ("Cerys", C), ("Olu Adeyemi", C), ("NMC 21C4470E", G), ("Mrs Pauline Hutchinson", R), ("07700 900847", PH)],
["Dr Rami Al-Khatib", "87-year-old woman", "enoxaparin 80 mg", "Hb 121", "anti-Xa", "cubicle 12", "cubicle 11", "LMWH", "05/01/2024 03:40"]),

doc("s56-t033", "oncall_rota", AP5,
"""RVI ED middle-grade rota – March 2024 (nights)   Rota coordinator: Dr H Featherstonhaugh
Wk  | Mon | Tue | Wed | Thu | Fri | Sat | Sun
10  | RAK | RAK | PvR | PvR | JTM | JTM | JTM
11  | SBo | SBo | RAK | RAK | RAK | EWH | EWH
12  | JTM | CdS | CdS | RAK | PvR | PvR | SBo
13  | EWH | EWH | EWH | SBo | CdS | RAK | RAK
Key: RAK = Dr Rami Al-Khatib; PvR = Dr P. van Rensburg; JTM = Dr J. T. Mallinson; SBo = Dr S. Boateng;
EWH = Dr E. W. Hinchcliffe; CdS = Dr C. da Silva
Swaps to rota inbox ed.rota.rvi@example.nhs.uk   Escalation: 07700 900264 (rota manager mobile)
""",
[("PvR", C), ("JTM", C), ("SBo", C), ("EWH", C), ("CdS", C), ("Dr P. van Rensburg", C), ("Dr J. T. Mallinson", C), ("Dr S. Boateng", C),
 ("Dr E. W. Hinchcliffe", C), ("Dr C. da Silva", C), ("ed.rota.rvi@example.nhs.uk", E), ("07700 900264", PH)],
["RAK", "Dr Rami Al-Khatib", "Dr H Featherstonhaugh", "March 2024"]),

doc("s56-t034", "msf_export", AP5,
"""Multi-source feedback (MSF) summary – RCEM ePortfolio export     Doctor: Rami Al-Khatib     Released by: Dr Helen Featherstonhaugh (ES)
Raters: 14 invited, 12 responded (5 consultants, 3 registrars, 4 nurses)
Domain means (1–6): Clinical 5.4, Communication 5.1, Team-working 5.6, Leadership 5.0
Selected free-text (unedited):
 • "Rami stayed 2 hrs past his shift to sort out the frail lady in cubicle 3 whose son Gary kept shouting at staff."
 • "Great with the juniors – he taught me fascia iliaca blocks. Would be nice if he did not call me 'Macca' on the shop floor." – (rater identified herself: Sr Karen McAvoy)
 • "Sometimes leaves board rounds early." 
Self-assessment gap: none significant.
Link (not accepted by GMC): https://rcem-eportfolio.example.com/msf/3391A7
""",
[("Gary", R), ("'Macca'", C), ("Sr Karen McAvoy", C), ("https://rcem-eportfolio.example.com/msf/3391A7", U)],
["Rami Al-Khatib", "Rami", "Dr Helen Featherstonhaugh", "Clinical 5.4", "fascia iliaca blocks", "cubicle 3"]),

doc("s56-t035", "email_chain", AP5,
"""From: Rami Al-Khatib <rami.alkhatib@nhs.net>
To: Audit Office RVI <audit.office.rvi@example.nhs.uk>
Cc: Helen Featherstonhaugh <h.featherstonhaugh@nhs.net>
Sent: 14 May 2024 09:12
Subject: RE: Fractured NOF analgesia audit – data request

Hi Dawn,
Thanks for the extract. Three rows still have patient names in the free-text column – please re-run without them
(row 14 "Mrs Olive Tindall", row 22 "Stan", row 31 "Mr Chukwu (no NOK)"). Also the MRNs RVI1187734 and RVI2230051 appear twice.
Time-to-analgesia: median 52 min (standard ≤30 min, RCEM 2023); fascia iliaca block in 41% (standard 100%).
Thanks, Rami

> From: Dawn Ridley (Clinical Audit Facilitator)  Tel 01632 960310
> Attached: NOF_ED_2024Q1.xlsx  – please keep within nhs.net
""",
[("rami.alkhatib@nhs.net", E), ("audit.office.rvi@example.nhs.uk", E), ("h.featherstonhaugh@nhs.net", E), ("Dawn", C), ("Mrs Olive Tindall", P),
 ("\"Stan\"", P), ("Mr Chukwu", P), ("RVI1187734", H), ("RVI2230051", H), ("Dawn Ridley", C), ("01632 960310", PH)],
["Rami Al-Khatib", "Rami", "Helen Featherstonhaugh", "median 52 min", "RCEM 2023", "fascia iliaca block in 41%", "≤30 min"]),

doc("s56-t036", "coroner_statement", AP5,
"""STATEMENT FOR HM SENIOR CORONER, NEWCASTLE UPON TYNE        Coroner's ref: 23-1187-NC
Inquest touching the death of: Norman Elstob-Carr (aged 87)
Witness: Dr Rami Al-Khatib, MD (Damascus), MRCEM, GMC 7689125, Specialty Doctor in Emergency Medicine

1. I was the middle-grade doctor in the ED on 02/08/2023 from 14:00. I first saw Mr Elstob-Carr at 15:40 after he
had been triaged at 08:55 by a nurse (Staff Nurse T. Mordue) and reviewed at 12:10 by an FY2, Dr Kiran Bhogal.
2. He was brought by ambulance (NEAS incident 2308020144) from Elswick Grange Care Home, 40 Elswick Road, where
the manager, Mrs Dorothy Hepple, had called 111.
3. His NEWS2 was 7 (RR 26, SpO2 91% on air, BP 92/50, HR 118, T 38.6). I started the sepsis six at 16:05:
blood cultures, piperacillin–tazobactam 4.5 g IV, 30 mL/kg Hartmann's, and referred to the medical registrar.
4. He died on 04/08/2023 on Ward 35. Cause of death given: 1a urosepsis.
I believe the facts stated in this witness statement are true.  Signed: R. Al-Khatib   Date: 30/11/2023
""",
[("23-1187-NC", REF), ("Norman Elstob-Carr", P), ("Mr Elstob-Carr", P), ("Staff Nurse T. Mordue", C), ("Dr Kiran Bhogal", C), ("2308020144", REF),
 ("Elswick Grange Care Home, 40 Elswick Road", A), ("Mrs Dorothy Hepple", C)],
["Dr Rami Al-Khatib", "R. Al-Khatib", "GMC 7689125", "aged 87", "NEWS2 was 7", "SpO2 91%", "BP 92/50", "piperacillin–tazobactam 4.5 g IV",
 "30 mL/kg Hartmann's", "Ward 35", "1a urosepsis", "02/08/2023"]),

# ---------------- A6 anaesthetics ----------------
doc("s56-t037", "foreign_record_with_translation", AP6,
"""ORIGINAL (español)
Hospital Universitario La Paz – Madrid – Servicio de Anestesiología y Reanimación
REGISTRO ANESTÉSICO
Paciente: María del Carmen Iglesias Roldán     NHC: 2198733     DNI: 50912384-K
Fecha de nacimiento: 23/09/1971   Sexo: mujer   ASA III
Domicilio: Calle de Bravo Murillo 214, 3.º B, 28020 Madrid   Tel.: 612 408 559
Intervención: hemicolectomía derecha laparoscópica
Técnica: anestesia general + bloqueo TAP bilateral (levobupivacaína 0,25 % 20 ml por lado)
Inducción: propofol 150 mg, fentanilo 150 µg, rocuronio 50 mg; reversión con sugammadex 200 mg
Anestesista: Dra. Lucía Fernández Ortega (MIR 4)     Adjunto responsable: Dr. Ignacio Barrenechea Soto
Incidencias: broncoespasmo leve tras intubación, resuelto con salbutamol.

ENGLISH TRANSLATION (sworn translator / traductora jurada)
La Paz University Hospital – Madrid – Department of Anaesthesiology and Critical Care
ANAESTHETIC RECORD
Patient: María del Carmen Iglesias Roldán     Clinical record no.: 2198733     ID card: 50912384-K
Date of birth: 23/09/1971   Sex: female   ASA III
Home: Calle de Bravo Murillo 214, 3rd B, 28020 Madrid   Tel.: 612 408 559
Operation: laparoscopic right hemicolectomy
Technique: general anaesthesia + bilateral TAP block (levobupivacaine 0.25% 20 mL per side)
Induction: propofol 150 mg, fentanyl 150 µg, rocuronium 50 mg; reversal with sugammadex 200 mg
Anaesthetist: Dr Lucía Fernández Ortega (resident year 4)   Responsible consultant: Dr Ignacio Barrenechea Soto
Events: mild bronchospasm after intubation, resolved with salbutamol.
""",
[("María del Carmen Iglesias Roldán", P), ("2198733", H), ("50912384-K", O), ("Calle de Bravo Murillo 214, 3.º B, 28020 Madrid", A),
 ("612 408 559", PH), ("Calle de Bravo Murillo 214, 3rd B, 28020 Madrid", A)],
["Dra. Lucía Fernández Ortega", "Dr Lucía Fernández Ortega", "Dr. Ignacio Barrenechea Soto", "Dr Ignacio Barrenechea Soto",
 "Hospital Universitario La Paz", "23/09/1971", "ASA III", "levobupivacaína 0,25 % 20 ml", "levobupivacaine 0.25% 20 mL",
 "sugammadex 200 mg", "propofol 150 mg", "rocuronium 50 mg", "salbutamol"]),

doc("s56-t038", "anaesthetic_chart_ocr", AP6,
"""ANAESTHET1C REC0RD   -  Card1ff & Va1e? no :: Un1versity Hospita1 of Wa1es  Theatre 6
Pt name : 0WEN , Rhys Gw1lym         Hosp N0 : W7O4418l
NHS : 4O2 77l 9935                   D0B : l7/O3/l984   M
Wt 96 kg   ASA ll   Ma11ampati 3
Induct1on : pr0pofo1 2OO mg  fentany1 lOO mcg  suxamethonium lOO mg  (RSI)
Airway : Grade 3 view -> bougie -> ETT 8.O cuffed , ETCO2 conf1rmed
Maint : sev0f1urane MAC l.O
Anaesthet1st : Dr L. Fernandez 0rtega    Consu1tant : Dr Gethin Prosser
0DP : Sian W.  ph ext 27l4
Next 0f kin : wife Bethan 07700 9O0633
""",
[("0WEN , Rhys Gw1lym", P), ("W7O4418l", H), ("4O2 77l 9935", N), ("Sian W.", C), ("ext 27l4", PH), ("Bethan", R), ("07700 9O0633", PH)],
["Dr L. Fernandez 0rtega", "Dr Gethin Prosser", "Un1versity Hospita1 of Wa1es", "D0B : l7/O3/l984", "Wt 96 kg", "Ma11ampati 3",
 "suxamethonium lOO mg", "Grade 3 view", "ETT 8.O cuffed"]),

doc("s56-t039", "wpba_dops", AP6,
"""RCoA Lifelong Learning Platform – A-DOPS export                      Trainee: Dr Lucía Fernández Ortega (LFO)
Assessor: Dr Gethin Prosser, Consultant Anaesthetist, University Hospital of Wales       Date: 09/11/2023
Procedure: labour epidural, lumbar L3/4, loss of resistance to saline at 5.5 cm
Patient: primigravida 31 y, BMI 38, 6 cm dilated, platelets 164. (Trainee's note: "Mrs Nia Rees-Pugh, room 7, husband Dafydd" – to be removed)
Observations: consent incl. 1:100 risk of PDPH, strict asepsis, test dose levobupivacaine 0.1% + fentanyl 2 µg/mL 10 mL,
bilateral block to T10 at 20 min.
Outcome: entrustment level 4 (independent). Comments: excellent communication with the midwife (Jo) and partner.
""",
[("Mrs Nia Rees-Pugh", P), ("Dafydd", R), ("Jo", C)],
["Dr Lucía Fernández Ortega", "LFO", "Dr Gethin Prosser", "University Hospital of Wales", "L3/4", "5.5 cm", "BMI 38", "platelets 164",
 "1:100 risk of PDPH", "levobupivacaine 0.1% + fentanyl 2 µg/mL", "T10", "room 7", "31 y"]),

doc("s56-t040", "logbook_csv", AP6,
"""Date;Hospital;Case ID;Age;ASA;Specialty;Procedure;Anaesthetic;Supervision;Notes
2019-03-04;H.U. La Paz;NHC 2231904;67;3;Vascular;EVAR;GA + arterial line;Local;
2019-03-11;H.U. La Paz;NHC 2198733;47;3;General surgery;Lap R hemicolectomy;GA + TAP;Local;bronchospasm
2020-10-22;H.U. 12 de Octubre;HC-12O-0087716;58;4;ICU;Prone positioning COVID;—;Distant;Sr. Villaverde (1ª ola)
2023-05-16;University Hospital of Wales;W70531184;2;1;ENT;Adenotonsillectomy;GA (gas induction);Immediate;
2023-11-09;University Hospital of Wales;W71093377;31;2;Obstetrics;Labour epidural;Neuraxial;Immediate;
2024-01-30;University Hospital of Wales;W68840261;79;4;Orthopaedics;#NOF DHS;Spinal + FICB;Local;
2024-02-14;Llandough Hospital;W69912045;54;2;Breast;Mastectomy;GA + ESP block;Independent;
Verified by Dr G. Prosser (College Tutor) – logbook printout generated from LLP, 01/03/2024
""",
[("NHC 2231904", H), ("NHC 2198733", H), ("HC-12O-0087716", H), ("Sr. Villaverde", P), ("W70531184", H), ("W71093377", H), ("W68840261", H), ("W69912045", H)],
["Dr G. Prosser", "H.U. La Paz", "H.U. 12 de Octubre", "University Hospital of Wales", "Llandough Hospital", "EVAR", "Prone positioning COVID",
 "Spinal + FICB", "GA + ESP block", "Labour epidural"]),

doc("s56-t041", "theatre_list", AP6,
"""OBSTETRIC THEATRE LIST – Thursday 18 January 2024 – UHW Labour Ward Theatre   Anaesthetist: Dr L Fernández Ortega   Consultant: Dr G Prosser
08:30  ElCS – breech, 39+2 – Mrs Anwen Llewellyn-Price, 34, G2P1 – W70218846 – spinal planned – Hb 118
09:45  ElCS – previous x2 – Ms Tanisha Okoro-Blake, 29 – W71554102 – BMI 44, ?difficult airway – interpreter not required
11:00  Cerclage removal – "Jess" (Jessica Harrington), 36+6 – W70996731 – no anaesthetic needed
13:30  ERPC – Mrs Hoda Sadeghi, 41 – W71807724 – LMA GA – Farsi interpreter (Mrs Mahin, Language Line ID 51180)
Midwife in charge: Rhian (bleep 3320)
""",
[("Mrs Anwen Llewellyn-Price", P), ("W70218846", H), ("Ms Tanisha Okoro-Blake", P), ("W71554102", H), ("\"Jess\"", P), ("Jessica Harrington", P),
 ("W70996731", H), ("Mrs Hoda Sadeghi", P), ("W71807724", H), ("Mrs Mahin", C), ("Language Line ID 51180", O), ("Rhian", C), ("bleep 3320", PH)],
["Dr L Fernández Ortega", "Dr G Prosser", "UHW Labour Ward Theatre", "39+2", "G2P1", "Hb 118", "BMI 44", "36+6", "LMA GA", "18 January 2024"]),

doc("s56-t042", "reflective_entry", AP6,
"""Reflection: intra-operative anaphylaxis (NAP6 framework)   Dr Lucía Fernández Ortega, 12 December 2023

On 28/11/2023 a 45-year-old woman undergoing elective laparoscopic cholecystectomy developed profound hypotension
(BP 54/30) and bronchospasm 4 minutes after co-amoxiclav. I recognised grade 3 anaphylaxis, called for help, gave
adrenaline 50 µg IV boluses x4 then an infusion, and 2 L crystalloid. Mast cell tryptase taken at 1, 2 and 24 h.
Surgery was abandoned. She was referred to the allergy clinic; the surgical registrar, Mr Tom Vickery, had to explain
the cancelled surgery to her husband in recovery, who was understandably upset.

I had not checked that the pre-op nurse (Gaynor) had documented a previous "rash with Augmentin" in her GP record at
Pentwyn Surgery – it was in the referral letter. I now read the GP summary myself before every list.

Discussed with Dr Gethin Prosser, who supported me in reporting to the MHRA Yellow Card scheme (ref YC-2023-881470).
""",
[("Mr Tom Vickery", C), ("Gaynor", C), ("Pentwyn Surgery", A), ("YC-2023-881470", REF)],
["Dr Lucía Fernández Ortega", "Dr Gethin Prosser", "NAP6", "45-year-old woman", "BP 54/30", "co-amoxiclav", "adrenaline 50 µg IV",
 "Mast cell tryptase", "grade 3 anaphylaxis", "Augmentin", "MHRA Yellow Card scheme"]),

doc("s56-t043", "teaching_feedback", AP6,
"""In-situ simulation: "Can't intubate, can't oxygenate" (DAS 2015), Theatre 3 UHW, 06/02/2024
Faculty: Dr L. Fernández Ortega (lead), Dr G. Prosser (debrief)
Participants (6): Dr Ieuan Probert (CT1), Dr Sophie Lam (CT2), ODP Craig Mathias, SN Lowri Evans, Dr Ahmed Rafiq (FY2), one student
Scores (1–5): relevance 4.8 / debrief quality 4.9 / realism 4.2
Quotes: "Lucía made scalpel-bougie-tube feel doable." "Wish we had more time on the front-of-neck kit."
Action: kit checked; missing size 6.0 cuffed tube reported.
""",
[("Dr Ieuan Probert", C), ("Dr Sophie Lam", C), ("ODP Craig Mathias", C), ("SN Lowri Evans", C), ("Dr Ahmed Rafiq", C)],
["Dr L. Fernández Ortega", "Dr G. Prosser", "Lucía", "DAS 2015", "Theatre 3 UHW", "scalpel-bougie-tube", "size 6.0 cuffed tube"]),
]
