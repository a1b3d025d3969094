from common import *
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID")

# ---------------- Dr Mariusz Kowalczyk: anaesthetics & intensive care (Scotland, Poland) ----------------
D("s48-029", "icu_discharge_summary", Dk, """NHS Lanrig and Clyde - Glen Arden Royal Hospital - Intensive Care Unit
ICU DISCHARGE SUMMARY (Level 3 -> Ward 8B)

Name: Fraser McColl     CHI: 1403672291     DOB: 14/03/1967   Male
Address: 22 Drumlin Terrace, Kilbrannan LK7 3QS
Next of kin: Mrs Morag McColl (wife) - 01632 960553
ICU admission: 02/10/2023 03:15     ICU discharge: 09/10/2023 14:00     Bed: ICU bed 5

Diagnosis: Severe community-acquired pneumonia (Streptococcus pneumoniae, urinary antigen positive) with
septic shock and ARDS (P/F ratio 12 kPa on day 1).
Organ support: invasive ventilation 5 days (prone x2, 16 h each); noradrenaline max 0.32 mcg/kg/min;
no renal replacement therapy. APACHE II 24, SOFA 11 on admission.
Antimicrobials: ceftriaxone 2 g OD + clarithromycin 500 mg BD (7 days).
Extubated 07/10/2023 to HFNO 40 L/min FiO2 0.35, now 2 L nasal cannula, SpO2 95%.
Rehab: ICU follow-up clinic at 3 months. Tracheostomy not required.

Discharging doctor: Dr Mariusz Kowalczyk, Specialty Doctor ICM (GMC 7290417)
Consultant: Dr Euan Mackintosh-Reid""",
  [("Fraser McColl", PN), ("1403672291", NHS), ("22 Drumlin Terrace, Kilbrannan", AD), ("LK7 3QS", PC),
   ("Mrs Morag McColl", RN), ("01632 960553", PH)],
  ["NHS Lanrig and Clyde", "Glen Arden Royal Hospital", "Ward 8B", "14/03/1967", "Male", "02/10/2023 03:15",
   "09/10/2023 14:00", "ICU bed 5", "Streptococcus pneumoniae", "P/F ratio 12 kPa", "noradrenaline max 0.32 mcg/kg/min",
   "APACHE II 24", "SOFA 11", "ceftriaxone 2 g OD", "clarithromycin 500 mg BD", "07/10/2023", "HFNO 40 L/min FiO2 0.35",
   "SpO2 95%", "Dr Mariusz Kowalczyk", "GMC 7290417", "Dr Euan Mackintosh-Reid"])

D("s48-030", "acat_export", Dk, """Acute Care Assessment Tool (ACAT) - ICU ward round, Glen Arden Royal Hospital
Doctor: Dr Mariusz Kowalczyk (MK)     GMC 7290417     Assessor: Dr Euan Mackintosh-Reid, Consultant in ICM
Date: 16/01/2024      Duration of observation: 08:00-11:30 (8 patients)

Patients reviewed (as recorded by the doctor for the assessor):
Bed 1  A.McI.  post-op AAA repair, day 2, lactate 1.1 - step down
Bed 2  C.D.    DKA, resolving, off FRIII at 10:00
Bed 4  J-P.R.  TBI, ICP 22 mmHg, hypertonic saline 5% 2 mL/kg; CT repeat
Bed 6  H.S.    Guillain-Barre syndrome, FVC 1.1 L (15 mL/kg) - intubation plan
Bed 7  W.O'N.  variceal bleed, Sengstaken-Blakemore tube out, terlipressin 2 mg QDS

Assessor comments: clear prioritisation, excellent handover to the night team using SBAR; prompt
recognition of falling FVC in Bed 6. Delegated appropriately to the ACCP.
Rating: independent practice (level 4).""",
  [("A.McI.", PN), ("C.D.", PN), ("J-P.R.", PN), ("H.S.", PN), ("W.O'N.", PN)],
  ["Glen Arden Royal Hospital", "Dr Mariusz Kowalczyk (MK)", "GMC 7290417", "Dr Euan Mackintosh-Reid", "16/01/2024",
   "08:00-11:30", "Bed 1", "AAA repair", "lactate 1.1", "FRIII", "ICP 22 mmHg", "hypertonic saline 5% 2 mL/kg",
   "Guillain-Barre syndrome", "FVC 1.1 L (15 mL/kg)", "Sengstaken-Blakemore tube", "terlipressin 2 mg QDS", "SBAR",
   "level 4"])

D("s48-031", "anaesthesia_record_translated", Dk, """[Certified translation from Polish - translator: Anna Zielińska-Brown, sworn translator, no. TP/1187/19]
WOJEWÓDZKI SZPITAL ZESPOLONY W BRZOZOWIE GÓRNYM (Provincial Combined Hospital, Brzozów Górny)
Department of Anaesthesiology and Intensive Therapy - ANAESTHESIA RECORD

Patient: Krystyna Wójcikowska     PESEL: 58071204486     Medical record no.: 2018/KH/06631
Address: ul. Lipowa 17 m. 4, 48-303 Brzozów Górny
Date: 19.06.2018     Procedure: laparoscopic cholecystectomy     ASA II, Mallampati 2

Anaesthetist: lek. Mariusz Kowalczyk (Dr Mariusz Kowalczyk)     Anaesthetic nurse: Bożena Kaczmarek
Induction: fentanyl 150 mcg, propofol 160 mg, rocuronium 50 mg; ETT 7.0, Cormack-Lehane grade 1.
Maintenance: sevoflurane MAC 1.0, remifentanil 0.1 mcg/kg/min. Reversal: sugammadex 200 mg.
PONV prophylaxis: dexamethasone 4 mg, ondansetron 4 mg. Duration of anaesthesia 75 min. Uneventful.

Confirmed true copy: dr n. med. Wojciech Staniszewski, Head of Department""",
  [("Krystyna Wójcikowska", PN), ("58071204486", OID), ("2018/KH/06631", HN),
   ("ul. Lipowa 17 m. 4, 48-303 Brzozów Górny", AD), ("Bożena Kaczmarek", CN)],
  ["Anna Zielińska-Brown", "TP/1187/19", "WOJEWÓDZKI SZPITAL ZESPOLONY W BRZOZOWIE GÓRNYM", "19.06.2018", "ASA II",
   "Mallampati 2", "lek. Mariusz Kowalczyk", "Dr Mariusz Kowalczyk", "fentanyl 150 mcg", "propofol 160 mg",
   "rocuronium 50 mg", "ETT 7.0", "Cormack-Lehane grade 1", "sevoflurane MAC 1.0", "remifentanil 0.1 mcg/kg/min",
   "sugammadex 200 mg", "dexamethasone 4 mg", "ondansetron 4 mg", "75 min", "dr n. med. Wojciech Staniszewski"])

D("s48-032", "transfer_letter_ocr", Dk, """GLEN ARDEN R0YAL H0SPITAL  -  Critical Care  -  INTER-H0SPITAL TRANSFER
NHS Lanrig and C1yde

Patient: Ai1sa Drummond-Kerr   CHl: 2ll0854O37   D0B 21/l0/1985  F
Hosp N0: GAR-5O3l774
Transferring to: Reg iona1 Neur0sciences Unit, Queen E1izabeth Neuro Centre
Accepting c0nsultant: Mr Ca1um Ferguson (neur0surgery)

Diagnosis: Aneurysma1 SAH, W FNS grade 4, Fisher 4. GCS E1 V1 M5 = 7.
Intubated 0n scene? N0 - intubated in ED at l9:52 (RSl: ketamine l00 rng, rocur0nium 80 rng).
Ventilated, PaC02 4.7 kPa target, MAP >80 rnrnHg with noradrena1ine 0.08 mcg/kg/rnin.
Transfer team: Dr Mariusz Kowa1czyk (ICM) + ANP. Ambu1ance CAD: SAS-24-0l-88l9O. Depart 2l:l0.
Parents inforrned: Mr & Mrs Drumrnond-Kerr, te1 0l632 96O9l9""",
  [("Ai1sa Drummond-Kerr", PN), ("2ll0854O37", NHS), ("GAR-5O3l774", HN), ("Mr Ca1um Ferguson", CN),
   ("SAS-24-0l-88l9O", REF), ("Mr & Mrs Drumrnond-Kerr", RN), ("0l632 96O9l9", PH)],
  ["GLEN ARDEN R0YAL H0SPITAL", "NHS Lanrig and C1yde", "21/l0/1985", "Queen E1izabeth Neuro Centre",
   "W FNS grade 4", "Fisher 4", "GCS E1 V1 M5 = 7", "l9:52", "ketamine l00 rng", "rocur0nium 80 rng",
   "PaC02 4.7 kPa", "MAP >80 rnrnHg", "noradrena1ine 0.08 mcg/kg/rnin", "Dr Mariusz Kowa1czyk", "2l:l0"])

D("s48-033", "rota", Dk, """Glen Arden Royal Hospital - Critical Care Rota, block 3 (08/01/2024 - 04/02/2024)
Prepared by: Dr Mariusz Kowalczyk (rota lead, middle grade)      Approved: Dr Euan Mackintosh-Reid, Clinical Director

Tier 2 (middle grade) - nights
Wk 1: Mon-Thu  M. Kowalczyk          Fri-Sun  P. Ramaswamy
Wk 2: Mon-Thu  G. Ó Dálaigh           Fri-Sun  M. Kowalczyk
Wk 3: Mon-Thu  R. Haverford-Lyle      Fri-Sun  P. Ramaswamy
Wk 4: Mon-Thu  M. Kowalczyk           Fri-Sun  G. Ó Dálaigh
Gaps filled: 3 of 4 (locum agency shift Wk 3 Sat covered internally).
Rota rules: 12.5 h nights 20:30-09:00; max 4 consecutive nights; 46 h rest after nights (2016 Scottish terms
and Rota Rules). Monitoring: 1A band compliant. Ward 8B outreach covered by CCOT 24/7.""",
  [("P. Ramaswamy", CN), ("G. Ó Dálaigh", CN), ("R. Haverford-Lyle", CN)],
  ["Glen Arden Royal Hospital", "08/01/2024 - 04/02/2024", "Dr Mariusz Kowalczyk", "Dr Euan Mackintosh-Reid",
   "M. Kowalczyk", "3 of 4", "12.5 h", "20:30-09:00", "46 h", "1A", "Ward 8B", "CCOT"])

D("s48-034", "mm_presentation", Dk, """Morbidity & Mortality meeting - Critical Care, Glen Arden Royal Hospital - 27/02/2024
Presenter: Dr Mariusz Kowalczyk     Chair: Dr Euan Mackintosh-Reid

Case: 34-year-old man, out-of-hospital cardiac arrest (VF), ROSC after 22 min, bystander CPR.
Ambulance incident no. SAS 240118-0447; transferred to Glen Arden Royal Hospital ED at 06:12.
Targeted temperature management 36 degC for 24 h; neuroprognostication at 72 h (NSE 88 ug/L at 48 h,
bilateral absent N20 SSEPs, CT: diffuse hypoxic injury). Withdrawal of life-sustaining treatment on day 6.
Reported to the Procurator Fiscal (ref. PF/WS/2024/00172) as an unexpected death under age 50;
organ donation via SNOD - kidneys and liver donated.
Discussion points: time to coronary angiography; 'Mr G.' had been seen in ED two days earlier with
chest pain and discharged by Dr Neil Corstorphine with a HEART score of 2.
Learning: revisit the ED chest pain pathway with ED colleagues (action owner: ED clinical lead).""",
  [("SAS 240118-0447", REF), ("PF/WS/2024/00172", REF), ("Mr G.", PN), ("Dr Neil Corstorphine", CN)],
  ["Glen Arden Royal Hospital", "27/02/2024", "Dr Mariusz Kowalczyk", "Dr Euan Mackintosh-Reid", "34-year-old man",
   "ROSC after 22 min", "06:12", "36 degC for 24 h", "72 h", "NSE 88 ug/L", "N20 SSEPs", "day 6", "Procurator Fiscal",
   "SNOD", "HEART score of 2"])

D("s48-035", "teaching_feedback", Dk, """Faculty feedback - "Airway Skills for Critical Care" one-day course
Venue: Clinical Skills Centre, Glen Arden Royal Hospital      Date: 13/04/2024
Course director: Dr Euan Mackintosh-Reid        Faculty member evaluated: Dr Mariusz Kowalczyk

Stations taught by MK: front-of-neck access (scalpel-bougie-tube, per Difficult Airway Society 2015 guidelines)
and videolaryngoscopy (McGrath MAC, C-MAC D-blade).
Candidates: 16 (ICM trainees 6, ED 4, anaesthetics 4, ACCPs 2)
Station scores (mean of 16, out of 5): clarity 4.8; hands-on time 4.6; relevance 4.9.
Candidate comments: "finally understood the 'can't intubate can't oxygenate' sequence", "great use of the
Vortex approach", "would like a cricothyroidotomy on the cadaveric model".
Faculty development: observed by course director; feedback to reduce talking time during the skill demo.""",
  [],
  ["Airway Skills for Critical Care", "Glen Arden Royal Hospital", "13/04/2024", "Dr Euan Mackintosh-Reid",
   "Dr Mariusz Kowalczyk", "MK", "Difficult Airway Society 2015 guidelines", "McGrath MAC", "C-MAC D-blade",
   "4.8", "4.6", "4.9", "Vortex approach"])

D("s48-036", "incident_reflection", Dk, """Reflection on a critical incident: intra-operative anaphylaxis
Dr Mariusz Kowalczyk, Specialty Doctor in Anaesthesia - Glen Arden Royal Hospital - Theatre 3 - 05/12/2023
Datix: GAR-INC-23-11902      Reported to MHRA Yellow Card: YC-2023-7731408

A 45-year-old woman (patient initials E.McK.) developed hypotension (BP 58/30) and bronchospasm 3 minutes
after rocuronium 0.6 mg/kg at induction for a laparoscopic hysterectomy. I called for help, followed the
AAGBI/NAP6 anaphylaxis guideline: adrenaline 50 mcg IV boluses x 4, then infusion; 2 L crystalloid;
hydrocortisone 200 mg. Surgery abandoned. Mast cell tryptase: 34.8 ug/L at 1 h, 9.2 ug/L at 4 h, baseline 4.1.
Referred to the allergy clinic (Dr Rosalind Teague, immunologist).
The ODP, Kirsty Lamont, brought the anaphylaxis pack within 60 s.

What I would do differently: declare 'anaphylaxis' earlier to the team, and start the adrenaline infusion after
the second bolus. Discussed with Dr Euan Mackintosh-Reid (clinical supervisor) 12/12/2023.""",
  [("GAR-INC-23-11902", REF), ("YC-2023-7731408", REF), ("E.McK.", PN), ("Dr Rosalind Teague", CN),
   ("Kirsty Lamont", CN)],
  ["Dr Mariusz Kowalczyk", "Glen Arden Royal Hospital", "Theatre 3", "05/12/2023", "45-year-old woman", "BP 58/30",
   "rocuronium 0.6 mg/kg", "AAGBI/NAP6", "adrenaline 50 mcg IV", "2 L", "hydrocortisone 200 mg",
   "34.8 ug/L at 1 h", "9.2 ug/L at 4 h", "baseline 4.1", "60 s", "Dr Euan Mackintosh-Reid", "12/12/2023"])

D("s48-037", "logbook_summary", Dk, """Anaesthetic logbook summary (Lifelong Learning Platform export) - 01/02/2023 to 31/01/2024
Doctor: Dr Mariusz Kowalczyk, GMC 7290417      Validated by: Dr Euan Mackintosh-Reid, 09/02/2024

Total cases: 612       Supervision: solo 488 (79.7%), local supervision 101, distant 23
By ASA: I 142 | II 261 | III 168 | IV 36 | V 5      Emergency: 207 (33.8%)
By age: <1 y 4 | 1-5 y 19 | 6-15 y 41 | 16-65 y 371 | >65 y 177
Airway: ETT 311 (videolaryngoscope 64), SAD 236, awake fibreoptic intubation 6, FONA 0
Regional: spinal 97, epidural 22, ESP block 18, femoral/fascia iliaca 44, interscalene 11, TAP 29
Obstetric: category 1 LSCS 9 (GA 3), labour epidurals 58 (as part of on-call cover, Ward 2 labour suite)
ICU procedures: CVC 71 (USS-guided 100%), arterial line 126, percutaneous tracheostomy 8""",
  [],
  ["Dr Mariusz Kowalczyk", "GMC 7290417", "Dr Euan Mackintosh-Reid", "09/02/2024", "612", "488 (79.7%)",
   "207 (33.8%)", "ETT 311", "SAD 236", "FONA 0", "spinal 97", "ESP block 18", "category 1 LSCS 9",
   "Ward 2 labour suite", "CVC 71", "percutaneous tracheostomy 8"])
