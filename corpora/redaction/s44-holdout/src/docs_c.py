from common import D

P = "PATIENT_NAME"; R = "RELATIVE_NAME"; C = "COLLEAGUE_NAME"; A = "ADDRESS"; PC = "POSTCODE"
PH = "PHONE"; E = "EMAIL"; NHS = "NHS_NUMBER"; H = "HOSPITAL_NUMBER"; REF = "REFERENCE_NUMBER"
GMC = "GMC_NUMBER"; URL = "URL"; O = "OTHER_ID"

DOCS = []

# ---------------------------------------------------------------- s44-031 care home round, Manchester
DOCS.append(D("s44-031", "care_home_round", "Dr Fatima Zahra Benali", """
Community Geriatrics - Enhanced Health in Care Homes - weekly round 16/01/2025
Home: Hollins Green Nursing Home, 40 Palatine Road, Manchester M20 3JQ (nurse in charge RN Joy Adebayo, NMC PIN 05I1234E)
Clinician: Dr F Z Benali, Specialty Doctor, Manchester University NHS Foundation Trust

1. Mr Albert Cheetham, Room 12, 92, NHS 455 887 1023
   Recurrent falls x3 this month. Lying/standing BP 142/80 -> 112/64 (symptomatic). CFS 7.
   Stopped doxazosin 4 mg and tamsulosin; continue finasteride. Anticholinergic burden score 4 -> 1 (stopped oxybutynin).
   ReSPECT discussed with son Gary Cheetham by phone (0161 496 0233): ward-based care, not for CPR - form completed, copy in care plan.

2. Mrs Nirmala Patel, Room 3, 88
   BPSD - evening agitation, calling out. No pain on PAINAD (1), bowels open, urine dip neg. Not for antipsychotic at present; music and familiar-carer plan; daughter Meena to bring photos and bhajans playlist. Review 2/52.

3. Mrs E.W., Room 19, 79
   Weight loss 4 kg in 2 months, MUST 2. Food charts, fortified diet, SALT referral (coughing on thin fluids). Check TFT, Ca, B12.

Medication reviews completed: 3 (STOPP/START v3). Next round 23/01/2025.
""",
    [("Hollins Green Nursing Home", A), ("40 Palatine Road, Manchester", A), ("M20 3JQ", PC), ("Joy Adebayo", C),
     ("05I1234E", GMC), ("Albert Cheetham", P), ("455 887 1023", NHS), ("Gary Cheetham", R), ("0161 496 0233", PH),
     ("Nirmala Patel", P), ("Meena", R), ("E.W.", P)],
    ["Dr F Z Benali", "Manchester University NHS Foundation Trust", "Room 12, 92", "CFS 7", "BP 142/80 -> 112/64",
     "doxazosin 4 mg", "finasteride", "Anticholinergic burden score 4 -> 1", "ReSPECT", "PAINAD (1)", "MUST 2",
     "STOPP/START v3", "16/01/2025", "Room 3", "Room 19"]))

# ---------------------------------------------------------------- s44-032 CGA discharge letter, Wythenshawe
DOCS.append(D("s44-032", "discharge_summary", "Dr Fatima Zahra Benali", """
Manchester University NHS Foundation Trust - Wythenshawe Hospital
Department of Medicine for Older People - Ward F12
DISCHARGE LETTER / COMPREHENSIVE GERIATRIC ASSESSMENT

Patient: Mr Stanisław Kowalczyk    DOB 09/05/1938 (M)    NHS 734 001 8852    MRN W0392285
Address: 17 Brownley Court Road, Northern Moor, Manchester M22 9TX
Admitted 28/06/2025    Discharged 11/07/2025    Consultant: Dr Graham Oakes
GP: Dr Imran Qureshi, Benchill Medical Practice

Presenting problem: delirium (4AT 8) secondary to urinary retention and constipation; fall at home, no fracture.
Diagnoses: 1. Hypoactive-hyperactive delirium, resolved (4AT 0 on 09/07)  2. Urinary retention (residual 1,100 mL), TWOC failed, long-term catheter  3. Probable mixed dementia (MoCA 14/30 once delirium resolved; previously undiagnosed)  4. Parkinson's disease, stable.
Medicines changes: STOPPED amitriptyline 25 mg, solifenacin 5 mg (anticholinergic). STARTED macrogol 1 sachet BD. Co-careldopa 25/100 one tablet four times daily - times preserved throughout admission (Get It On Time).
Capacity/legal: lacks capacity for decisions about discharge destination (MCA 2005 assessment, 07/07/2025). Wife, Halina Kowalczyk, holds Lasting Power of Attorney for health and welfare (OPG ref 7000-1183-4462, seen). Best-interests meeting 08/07/2025 with Halina and social worker Bronwen Carey.
Discharge: home with package of care QDS (reablement), district nurses for catheter care. Memory assessment service referral sent.
Letter written by: Dr F Z Benali, Specialty Doctor
""",
    [("Stanisław Kowalczyk", P), ("734 001 8852", NHS), ("W0392285", H),
     ("17 Brownley Court Road, Northern Moor, Manchester", A), ("M22 9TX", PC), ("Graham Oakes", C),
     ("Imran Qureshi", C), ("Benchill Medical Practice", A), ("Halina Kowalczyk", R), ("Halina", R),
     ("7000-1183-4462", REF), ("Bronwen Carey", C)],
    ["Manchester University NHS Foundation Trust", "Wythenshawe Hospital", "Ward F12", "09/05/1938", "(M)",
     "4AT 8", "4AT 0", "residual 1,100 mL", "MoCA 14/30", "Parkinson's disease", "amitriptyline 25 mg",
     "solifenacin 5 mg", "macrogol 1 sachet BD", "Co-careldopa 25/100", "MCA 2005", "Lasting Power of Attorney",
     "Dr F Z Benali", "28/06/2025"]))

# ---------------------------------------------------------------- s44-033 Mini-CEX, geriatrics
DOCS.append(D("s44-033", "wba_minicex", "Dr Fatima Zahra Benali", """
Mini-Clinical Evaluation Exercise (Mini-CEX)
Doctor: Dr Fatima Zahra Benali    GMC 7255610
Assessor: Dr Graham Oakes, Consultant Geriatrician, Wythenshawe Hospital
Date: 02/09/2025    Setting: Ward F12, bed 14

Clinical encounter: Assessment of an 84-year-old woman (Mrs Y.O.) with new confusion. Dr Benali took a collateral history from the daughter by telephone, carried out a 4AT (score 6), a focused neurological and abdominal examination, identified faecal loading and a palpable bladder, and checked the drug chart, finding codeine 60 mg QDS started 5 days earlier for back pain.

Domains (1-6): history taking 6; examination 5; communication 6; clinical judgement 5; professionalism 6; organisation/efficiency 5.
Overall: above expectation for stage.

What went well: sensitive, unhurried explanation to the patient; explicit use of the delirium pathway (TIME bundle); plan to switch codeine to paracetamol and topical NSAID with a bowel regimen.
Suggestion for development: document capacity for the catheter decision separately, using the two-stage test.

Assessor signature: G. Oakes    02/09/2025
""",
    [("Y.O.", P)],
    ["Dr Fatima Zahra Benali", "7255610", "Dr Graham Oakes", "G. Oakes", "Wythenshawe Hospital", "Ward F12, bed 14",
     "84-year-old", "4AT (score 6)", "codeine 60 mg QDS", "TIME bundle", "Dr Benali", "02/09/2025"]))

# ---------------------------------------------------------------- s44-034 complaint response, geriatrics
DOCS.append(D("s44-034", "complaint_response", "Dr Fatima Zahra Benali", """
Manchester University NHS Foundation Trust - Patient Services
PALS/Complaints ref: MFT-C-25-04418    Datix: 298817

Clinician's response to complaint: Dr Fatima Zahra Benali, Specialty Doctor, Medicine for Older People
Complainant: Mrs Gloria Nwosu-Bright (daughter)
Patient: Mr Samuel Nwosu, 86, Ward F11, admitted 12/03/2025

Summary of concerns:
(a) Mr Nwosu was "discharged at 10 pm without his family being told"; (b) his hearing aids were lost on the ward; (c) a doctor, Dr Pavel Horák, told the family on the phone that their father "would not get better", which they found upsetting.

My response:
(a) I was the doctor who completed the discharge summary on 19/03/2025 at 15:30. The transport booking was delayed and Mr Nwosu left the ward at 21:50. The nursing record shows that the ward attempted to ring Mrs Nwosu-Bright at 20:10 on the number we held, 07700 900862, but the call went to voicemail and no message was left. I agree this was not acceptable: discharge after 20:00 for a frail 86-year-old should have been stopped and I should have checked the timing before I left. I apologise.
(b) Lost property form completed; the ward manager, Charlotte Mbeki-Ross, has arranged replacement through audiology.
(c) I have not spoken to Dr Horák about the words used; this has been passed to his clinical supervisor. I can say that Mr Nwosu's Clinical Frailty Scale was 7 and that a ReSPECT conversation had been started.

Learning: I now check estimated time of departure on every discharge I complete; our ward has adopted a "no discharge after 20:00 without consultant agreement" rule (audit planned).
Signed: F Z Benali    07/04/2025
""",
    [("MFT-C-25-04418", REF), ("298817", REF), ("Gloria Nwosu-Bright", R), ("Nwosu-Bright", R),
     ("Samuel Nwosu", P), ("Nwosu", P), ("Pavel Horák", C), ("Horák", C), ("07700 900862", PH),
     ("Charlotte Mbeki-Ross", C)],
    ["Manchester University NHS Foundation Trust", "Dr Fatima Zahra Benali", "F Z Benali", "frail 86-year-old", "Ward F11",
     "12/03/2025", "19/03/2025", "Clinical Frailty Scale was 7", "ReSPECT", "15:30", "21:50"]))

# ---------------------------------------------------------------- s44-035 pacemaker implant, Ysbyty Gwynedd
DOCS.append(D("s44-035", "procedure_note", "Dr Siddharth Menon", """
Bwrdd Iechyd Prifysgol Betsi Cadwaladr University Health Board
Cardiac Catheter Lab, Ysbyty Gwynedd, Bangor

PROCEDURE REPORT - Dual-chamber permanent pacemaker implant
Date: 27/02/2025    Operator: Dr S. Menon (Specialty Doctor, Cardiology)    Supervising: Dr Rhian Pritchard (consultant, scrubbed for lead positioning)
Patient: Elwyn Parry-Roberts    DOB 11/12/1941 (M)    NHS 528 663 0149    Hosp no G118204

Indication: Complete heart block, syncope x2, ventricular escape 34 bpm. Class I indication (ESC 2021 pacing guideline).
Access: left cephalic cut-down (atrial lead) + axillary vein puncture under fluoroscopy (ventricular lead).
Antibiotic: flucloxacillin 1 g IV pre-procedure (no allergy). Local: lidocaine 1% 20 mL.
Leads: RV - Medtronic 5076-58 cm, SN PJN7720418, septal position; R wave 11.2 mV, threshold 0.6 V @ 0.4 ms, impedance 620 ohms. RA - Medtronic 5076-52 cm, SN PJN7731956, appendage; P wave 3.1 mV, threshold 0.8 V, impedance 510 ohms.
Generator: Medtronic Azure XT DR MRI SureScan, SN RNB604417S. Mode DDD 60, AV delay 180/150 ms.
Fluoroscopy time 6.2 min, DAP 412 cGy.cm2. Blood loss minimal. Pocket closed in 3 layers, 2-0 and 3-0 Vicryl, 4-0 Monocryl subcuticular.
Post: CXR - no pneumothorax, leads stable. Pacing check day 1 then 6 weeks. DVLA: no driving for 1 week (group 1) - patient told and written advice given.
Device registration and remote monitoring: patient enrolled on CareLink, monitor serial 24818703.
Signed: S. Menon    Countersigned: R. Pritchard
""",
    [("Elwyn Parry-Roberts", P), ("528 663 0149", NHS), ("G118204", H), ("PJN7720418", O), ("PJN7731956", O),
     ("RNB604417S", O), ("24818703", O)],
    ["Betsi Cadwaladr University Health Board", "Ysbyty Gwynedd", "Dr S. Menon", "S. Menon", "Dr Rhian Pritchard",
     "R. Pritchard", "27/02/2025", "11/12/1941", "(M)", "ESC 2021 pacing guideline", "flucloxacillin 1 g IV",
     "lidocaine 1% 20 mL", "Medtronic 5076-58 cm", "R wave 11.2 mV", "threshold 0.6 V @ 0.4 ms",
     "Medtronic Azure XT DR MRI SureScan", "Mode DDD 60", "DAP 412 cGy.cm2", "34 bpm"]))

# ---------------------------------------------------------------- s44-036 referral for TAVI
DOCS.append(D("s44-036", "referral_letter", "Dr Siddharth Menon", """
Cardiology Department, Ysbyty Gwynedd, Betsi Cadwaladr University Health Board
Tel 01632 960731    Our ref: CARD/SM/3317

Date: 18/09/2025

To: Structural Heart Team
Liverpool Heart and Chest Hospital NHS Foundation Trust

Dear colleagues

Re: Mrs Nia Wyn Ellis    DOB 03/06/1938 (F)    NHS 601 883 2740
Tyddyn Isaf, Llanfaethlu, Caergybi / Holyhead, Ynys Mon LL65 4NJ
Tel 01632 960845 (landline - husband Emrys answers)

I would be grateful for your assessment of Mrs Ellis for transcatheter aortic valve implantation.

Diagnosis: Severe symptomatic calcific aortic stenosis. Echo 09/09/2025: AV peak velocity 4.6 m/s, mean gradient 52 mmHg, AVA 0.7 cm2 (indexed 0.42 cm2/m2), LVEF 55%, no significant mitral disease.
Symptoms: NYHA III breathlessness, exertional presyncope (one fall in August). Still manages the stairs slowly.
Comorbidity: CKD G3a (eGFR 51), COPD (FEV1 1.2 L), previous left mastectomy and chest wall radiotherapy 2004 (hostile chest), AF on apixaban 2.5 mg BD (age and weight 58 kg). Clinical Frailty Scale 4. EuroSCORE II 6.8%, STS 5.1%.
Coronary angiography 15/09/2025: 50% mid-LAD, otherwise unobstructed. CT TAVI protocol requested locally; images will be transferred via the image exchange portal.
She and her husband understand the options and she wishes to be considered for TAVI. She prefers to be spoken to in Welsh where possible.

Yours sincerely
Dr Siddharth Menon, Specialty Doctor in Cardiology
""",
    [("01632 960731", PH), ("CARD/SM/3317", REF), ("Nia Wyn Ellis", P), ("Ellis", P), ("601 883 2740", NHS),
     ("Tyddyn Isaf, Llanfaethlu, Caergybi / Holyhead, Ynys Mon", A), ("LL65 4NJ", PC), ("01632 960845", PH),
     ("Emrys", R)],
    ["Ysbyty Gwynedd", "Betsi Cadwaladr University Health Board", "Liverpool Heart and Chest Hospital NHS Foundation Trust",
     "03/06/1938", "(F)", "AV peak velocity 4.6 m/s", "mean gradient 52 mmHg", "AVA 0.7 cm2", "LVEF 55%", "NYHA III",
     "eGFR 51", "apixaban 2.5 mg BD", "Clinical Frailty Scale 4", "EuroSCORE II 6.8%", "STS 5.1%",
     "Dr Siddharth Menon", "18/09/2025"]))

# ---------------------------------------------------------------- s44-037 NSTEMI discharge, Wales
DOCS.append(D("s44-037", "discharge_summary", "Dr Siddharth Menon", """
YG CCU - e-Discharge (WCP)
Name: HUGHES, Gethin Wyn    DOB 22/10/1969 M    NHS 419 236 7701    Hosp No G204471
Adm 04/04/2025 -> D/C 08/04/2025    CCU bed 3 -> Ward Hebog
Named consultant: Dr R Pritchard    Completed by: Dr S Menon

Dx: NSTEMI (hs-TnT 18 -> 642 ng/L), culprit 90% proximal LCx - PCI + 1 DES (3.0 x 18 mm) 06/04/2025 via R radial. Mod LAD disease, medical Rx.
Echo: LVEF 50%, basal inferolateral hypokinesis.
RFs: smoker 30 pk-yr (quit on admission - referred Help Me Quit), LDL 4.2, HbA1c 44, BP 150/94. FH: brother MI at 48.
Complications: none. GRACE 118 (in-hospital risk).

Discharge meds:
aspirin 75 mg OD (lifelong)
ticagrelor 90 mg BD x 12 months (until 06/04/2026) - DO NOT STOP without cardiology advice
atorvastatin 80 mg ON
ramipril 2.5 mg OD - titrate, U&E 1-2/52
bisoprolol 2.5 mg OD
lansoprazole 15 mg OD
GTN spray PRN

Work: HGV driver (Anglesey-Dublin ferry freight) - DVLA group 2: must not drive HGV for at least 6 weeks and must notify DVLA; exercise tolerance test required before relicensing. Discussed with pt and wife (Carys).
Cardiac rehab referral sent. Follow-up: cardiology clinic 6-8 weeks.
""",
    [("HUGHES, Gethin Wyn", P), ("419 236 7701", NHS), ("G204471", H), ("R Pritchard", C), ("Carys", R)],
    ["CCU bed 3", "Ward Hebog", "22/10/1969", "Dr S Menon", "NSTEMI", "hs-TnT 18 -> 642 ng/L", "3.0 x 18 mm",
     "LVEF 50%", "GRACE 118", "LDL 4.2", "ticagrelor 90 mg BD x 12 months", "atorvastatin 80 mg ON",
     "ramipril 2.5 mg OD", "bisoprolol 2.5 mg OD", "DVLA group 2", "04/04/2025", "HGV driver"]))

# ---------------------------------------------------------------- s44-038 ICU ward round, Southmead
DOCS.append(D("s44-038", "icu_ward_round", "Dr Elena Popescu", """
ICU Southmead - Bed 22 - WR 09:30 21/11/2024 (Dr E Popescu, SAS; Cons Dr Matthew Ridley)
Pt: Dariusz Nowicki, 46M, MRN T8832041, NHS 950 113 4478. Day 4.
Dx: severe CAP (pneumococcal, urinary antigen +), ARDS (P/F 14 kPa on day 1), septic shock - resolving.

Overnight: NA weaned 0.18 -> 0.05 mcg/kg/min. Afebrile. Prone x1 (16 h) day 2, not since.
A/B: ETT 8.0 @ 23 cm. PC-BIPAP, FiO2 0.40, PEEP 10, Vt 6.1 mL/kg PBW, Pplat 26. ABG pH 7.36 pCO2 6.2 pO2 10.9 lactate 1.1. P/F 27 kPa.
C: MAP 72 on NA 0.05. Balance +3.1 L cumulative.
D: propofol 150 mg/h + alfentanil, RASS -3 -> SAT today. CAM-ICU when awake.
Renal: UO 0.8 mL/kg/h, creat 132 -> 98.
ID: co-amoxiclav + clarithromycin day 4 (plan 7 days; clari stop day 5). CRP 310 -> 118. PCT 2.4.
Lines: R IJ CVC day 4, L radial art. VAP bundle in place.
Skin: sacral category 1, turns 2-hourly.
Family: wife Agnieszka visiting daily, updated at bedside; Polish interpreter via Big Word (booking ref BW-775201) for consultant update 14:00.

Plan: SAT/SBT today; aim extubation tomorrow if SBT passes; negative balance 1 L with furosemide 20 mg; physio.
""",
    [("Matthew Ridley", C), ("Dariusz Nowicki", P), ("T8832041", H), ("950 113 4478", NHS), ("Agnieszka", R),
     ("BW-775201", REF)],
    ["ICU Southmead", "Bed 22", "21/11/2024", "Dr E Popescu", "46M", "P/F 14 kPa", "NA weaned 0.18 -> 0.05 mcg/kg/min",
     "ETT 8.0 @ 23 cm", "FiO2 0.40, PEEP 10", "Vt 6.1 mL/kg PBW", "Pplat 26", "lactate 1.1", "RASS -3",
     "CAM-ICU", "CRP 310 -> 118", "PCT 2.4", "furosemide 20 mg"]))

# ---------------------------------------------------------------- s44-039 anaesthetic logbook extract
DOCS.append(D("s44-039", "logbook_extract", "Dr Elena Popescu", """
RCoA Lifelong Learning Platform - Logbook extract (cases as primary anaesthetist)
Dr Elena Popescu, Specialty Doctor, Anaesthesia, North Bristol NHS Trust
Period: 01/05/2024 - 31/07/2024

Date        Hosp no    Age  ASA  Specialty        Procedure                          Technique                       Supervision
02/05/2024  T7713402   67   3    Vascular         Fem-pop bypass                     GA + ETT, art line               Local (cons in theatre suite)
09/05/2024  -          24   1    Obstetrics       Cat 2 LSCS                          Spinal (CSE)                     Solo
16/05/2024  T8120977   81   4    Trauma           Dynamic hip screw                   Spinal + FIB                      Solo
23/05/2024  -          5    1    ENT (paeds)      Tonsillectomy                       GA, gas induction, RAE tube       Local
06/06/2024  T6654019   55   2    Urology          Robotic prostatectomy               GA, TIVA (propofol/remifentanil)  Solo
20/06/2024  -          38   2E   General          Laparotomy, perforated DU           RSI, GA                           Solo
11/07/2024  T9004377   72   3E   Neurosurgery     Evacuation of acute SDH             GA, ETT, art line                 Distant
Comment on 11/07: pt "Mr B." - GCS dropped in anaesthetic room; see reflection.

Summary for period: 118 cases; obstetric 21 (regional 19); paediatric 9 (under 5 yrs: 4); ASA 3-5: 44; emergencies 51.
Validated by: Dr Sarah Okoro, Consultant Anaesthetist and Clinical Lead, 12/08/2024
""",
    [("T7713402", H), ("T8120977", H), ("T6654019", H), ("T9004377", H), ("Mr B.", P)],
    ["Dr Elena Popescu", "North Bristol NHS Trust", "RCoA Lifelong Learning Platform", "ASA", "Cat 2 LSCS",
     "TIVA (propofol/remifentanil)", "RSI, GA", "118 cases", "ASA 3-5: 44", "Dr Sarah Okoro", "12/08/2024",
     "Evacuation of acute SDH"]))

# ---------------------------------------------------------------- s44-040 reflection with a patient name slip
DOCS.append(D("s44-040", "reflection", "Dr Elena Popescu", """
Reflection: unanticipated difficult airway in an emergency laparotomy
Dr Elena Popescu - 28/01/2025

What happened
On 19/01/2025 I anaesthetised a 58-year-old man, Terence, for an emergency laparotomy (small bowel obstruction). Airway assessment was unremarkable (Mallampati 2, thyromental distance 7 cm). After RSI with propofol 120 mg and rocuronium 1.2 mg/kg, grade 3b view with the videolaryngoscope. Two attempts failed; SpO2 fell to 84%. I declared "can't intubate" and followed the DAS 2015 unanticipated difficult intubation guideline: i-gel size 4 inserted, oxygenation restored, and I called for help. Dr Nkemdirim, the on-call consultant, arrived within 6 minutes and intubated with a bougie and a hyperangulated blade. Surgery went ahead.

What I learnt
- I did not verbalise a plan A-D to the team before induction. I do now, every time, using the Difficult Airway Society checklist.
- I stuck to the maximum of three attempts (actually two), which I am glad about.
- Afterwards I wrote the difficult airway alert letter and told Terence and his wife Maureen the next day; he has a DAS airway alert card and it is on his GP record.

Action: I have asked to run the departmental "CICO" simulation in March.
""",
    [("Terence", P), ("Nkemdirim", C), ("Maureen", R)],
    ["Dr Elena Popescu", "58-year-old", "Mallampati 2", "propofol 120 mg", "rocuronium 1.2 mg/kg", "grade 3b",
     "SpO2 fell to 84%", "DAS 2015", "i-gel size 4", "Difficult Airway Society", "19/01/2025", "28/01/2025"]))

# ---------------------------------------------------------------- s44-041 rota extract, ED Belfast
DOCS.append(D("s44-041", "rota_extract", "Dr Tomasz Wiśniewski", """
RVH Emergency Department - Middle-grade rota, weeks 14-15 (31/03/2025 - 13/04/2025)
Prepared by: Dr T. Wiśniewski (rota lead, SAS)

Date       | 08:00-18:00       | 12:00-22:00          | 22:00-08:00 (night)     | Resus lead
Mon 31/03  | Dr T. Wiśniewski  | Dr S. O'Neill        | Dr M. Adekunle          | Dr G. Quinn
Tue 01/04  | Dr R. Kapoor      | Dr T. Wiśniewski     | Dr M. Adekunle          | Dr G. Quinn
Wed 02/04  | Dr R. Kapoor      | Dr L. Fitzsimons     | Dr M. Adekunle          | Dr P. Devine
Thu 03/04  | Dr S. O'Neill     | Dr L. Fitzsimons     | Dr T. Wiśniewski        | Dr P. Devine
Fri 04/04  | Dr S. O'Neill     | LOCUM (agency, Ref LA-88231) | Dr T. Wiśniewski | Dr P. Devine
Sat 05/04  | Dr J. Mulholland  | Dr R. Kapoor         | Dr T. Wiśniewski        | on call
Sun 06/04  | Dr J. Mulholland  | Dr R. Kapoor         | Dr L. Fitzsimons        | on call

Notes:
- 04/04 twilight gap filled by agency locum after internal bank request failed (escalated to CD 27/03).
- Week 15 compliant with the 2002 terms and conditions rest rules: no more than 4 consecutive nights, 46 h off after nights.
- Exception report from Dr Adekunle (late finish 02/04) acknowledged; time off in lieu given.
Rota coordinator: ed.rota@belfasttrust.hscni.net  ext. 028 9018 0455
Verified as a true extract of the worked rota: Dr Gráinne Quinn, Consultant and Clinical Director, 22/04/2025
""",
    [("S. O'Neill", C), ("M. Adekunle", C), ("Adekunle", C), ("R. Kapoor", C), ("L. Fitzsimons", C),
     ("P. Devine", C), ("J. Mulholland", C), ("LA-88231", REF), ("ed.rota@belfasttrust.hscni.net", E),
     ("028 9018 0455", PH)],
    ["Dr T. Wiśniewski", "Dr G. Quinn", "Dr Gráinne Quinn", "RVH Emergency Department", "31/03/2025", "46 h off after nights",
     "08:00-18:00", "22:00-08:00"]))

# ---------------------------------------------------------------- s44-042 job plan, no identifiers
DOCS.append(D("s44-042", "job_plan", "Dr Oluwaseun Adeyemi", """
JOB PLAN 2025/26 - agreed 15/04/2025
Doctor: Dr Oluwaseun Adeyemi, Specialty Doctor (2021 contract), Acute Medicine
Employer: Leeds Teaching Hospitals NHS Trust, St James's University Hospital
Clinical director: Dr Rebecca Whitfield

Programmed activities (PAs) per week: 10 (DCC 8.5, SPA 1.5)

Day   | AM                                   | PM
Mon   | AMU post-take ward round (DCC 1)      | SDEC clinic (DCC 1)
Tue   | AMU ward (DCC 1)                      | Admin/results (DCC 0.5), SPA 0.5 - FY teaching
Wed   | SDEC (DCC 1)                          | SPA 1 - audit/QI, governance
Thu   | Ambulatory DVT/PE clinic (DCC 1)       | AMU (DCC 1)
Fri   | Off (in lieu of weekend work)         | Off
On call: 1 in 8 weekends, 1 in 10 nights (Category A on-call supplement 3%), annualised as DCC 1.

Objectives for 2025/26:
1. Complete Acute Internal Medicine portfolio pathway (CESR) application; evidence mapped to CiPs 1-10.
2. Lead the SDEC re-audit of time to first medical review (target 60 minutes).
3. Complete Royal College of Physicians "Teach the Teacher" course.
4. Take on role of FY2 clinical supervisor (2 trainees).

Signed: Dr Oluwaseun Adeyemi / Dr Rebecca Whitfield, 15/04/2025
""",
    [],
    ["Dr Oluwaseun Adeyemi", "Leeds Teaching Hospitals NHS Trust", "St James's University Hospital",
     "Dr Rebecca Whitfield", "10 (DCC 8.5, SPA 1.5)", "1 in 8 weekends", "Category A on-call supplement 3%",
     "CiPs 1-10", "60 minutes", "Royal College of Physicians", "15/04/2025"]))

# ---------------------------------------------------------------- s44-043 ALS certificate
DOCS.append(D("s44-043", "certificate", "Dr Elena Popescu", """
RESUSCITATION COUNCIL UK
Advanced Life Support (ALS) Provider Course

This is to certify that
Dr Elena Popescu
successfully completed the ALS Provider course at Southmead Hospital, North Bristol NHS Trust
on 13-14 March 2024
Result: Pass (Instructor potential recommended)

Certificate number: ALS-1140-2024-0389
Valid until: March 2028
Course Director: Dr James Whitcombe    Medical Director: Dr Priyanka Shah

Verify this certificate at https://lms.resus.org.uk/verify?cert=ALS-1140-2024-0389
""",
    [("ALS-1140-2024-0389", REF), ("https://lms.resus.org.uk/verify?cert=ALS-1140-2024-0389", URL)],
    ["RESUSCITATION COUNCIL UK", "Advanced Life Support (ALS) Provider Course", "Dr Elena Popescu", "Southmead Hospital",
     "North Bristol NHS Trust", "13-14 March 2024", "Dr James Whitcombe", "Dr Priyanka Shah", "March 2028"]))

# ---------------------------------------------------------------- s44-044 reference letter
DOCS.append(D("s44-044", "reference_letter", "Dr Mohammed Al-Khatib", """
Department of Colorectal Surgery
Queen Elizabeth University Hospital, NHS Greater Glasgow and Clyde
Direct line 0141 496 0873    alasdair.rennie@ggc.scot.nhs.uk

12 March 2025

To the General Medical Council, Portfolio Pathway (Specialist Register)

Structured reference for Dr Mohammed Al-Khatib, GMC 7420117

I am a Consultant Colorectal Surgeon (GMC 3398415) and have been Dr Al-Khatib's educational supervisor since August 2021. I have worked alongside him on the emergency general surgery rota and on my elective lists at the Queen Elizabeth University Hospital and the Royal Alexandra Hospital, and I supervise him weekly.

Clinical competence: Dr Al-Khatib independently manages the acute surgical take, and I would trust him to run it as a consultant. He performs laparoscopic cholecystectomy, appendicectomy and hernia repair independently and safely, and has performed emergency laparotomies under distant supervision with outcomes within NELA expected ranges. His judgement about when to call for help is sound.

Teaching and leadership: He runs the monthly FY teaching for surgery, led the re-audit of time to theatre for NCEPOD category 2 cases, and chairs the surgical M&M meeting.

Probity: I have no concerns about his probity, health or conduct. He has had no complaints upheld against him.

I support his application without reservation and am happy to be contacted.

Mr Alasdair Rennie FRCS (Gen Surg)
Consultant Colorectal Surgeon and Educational Supervisor
""",
    [("0141 496 0873", PH), ("alasdair.rennie@ggc.scot.nhs.uk", E), ("3398415", GMC)],
    ["Queen Elizabeth University Hospital", "NHS Greater Glasgow and Clyde", "Dr Mohammed Al-Khatib", "7420117",
     "Dr Al-Khatib", "Royal Alexandra Hospital", "NELA", "NCEPOD category 2", "Mr Alasdair Rennie",
     "12 March 2025", "August 2021"]))

# ---------------------------------------------------------------- s44-045 incident report (Datix), Bristol
DOCS.append(D("s44-045", "incident_report", "Dr Elena Popescu", """
DATIX WEB - INCIDENT REPORT    Ref: NBT-IR-2024-061537    LFPSE ref: 5B82K-01934
Date/time of incident: 07/08/2024 03:20    Location: Ward 8A (Gate 35), Southmead Hospital
Reporter: Dr Elena Popescu, Specialty Doctor, Anaesthesia (acute pain/on call)
Category: Medication - wrong dose (PCA programming)    Harm: Moderate (temporary)

Person affected: Mrs Rosalind Achebe-Clarke    MRN T7720155    DOB 14/02/1956 F
Description: I was bleeped to a 68-year-old woman day 1 after open right hemicolectomy who was drowsy (RASS -3), RR 7, SpO2 88% on 2 L, pinpoint pupils. Morphine PCA found programmed with a bolus of 10 mg instead of 1 mg (lockout 5 min) when the syringe was changed at 23:30. She had received approximately 40 mg over 3 hours. Naloxone 100 micrograms IV x 4 given with good response; naloxone infusion started; HDU review. PCA stopped and the syringe and pump quarantined (pump asset no. NBT-PCA-0447).
Staff involved: RN Aaron Ferreira-Lowe (programmed the pump), second checker RN Bethany Coles. Witness: HCA Dolores Fynn.
Immediate actions: duty of candour conversation with the patient and her husband, Vincent, at 10:00 (Dr Popescu and ward sister). Pump downloaded by medical physics.
Suggested learning: standardised PCA concentration and smart-pump drug library with hard limits; independent double check at syringe change including the bolus setting.
Handler: acute pain lead (for review), patient safety team.
""",
    [("NBT-IR-2024-061537", REF), ("5B82K-01934", REF), ("Rosalind Achebe-Clarke", P), ("T7720155", H),
     ("NBT-PCA-0447", O), ("Aaron Ferreira-Lowe", C), ("Bethany Coles", C), ("Dolores Fynn", C), ("Vincent", R)],
    ["Dr Elena Popescu", "Dr Popescu", "Ward 8A (Gate 35)", "Southmead Hospital", "14/02/1956", "68-year-old",
     "RASS -3", "SpO2 88% on 2 L", "bolus of 10 mg instead of 1 mg", "Naloxone 100 micrograms IV x 4",
     "07/08/2024", "Moderate (temporary)"]))
