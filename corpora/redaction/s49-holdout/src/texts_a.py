from common import *

DOCS = [
D("gp_referral_letter", A, """
Brackenfield Medical Centre
Dr O. Adebayo-Clarke, Salaried General Practitioner

Our ref: BMC/REF/2024/0417
Date: 12 March 2024

Dr Rhona Mackintosh
Consultant Rheumatologist
Rheumatology Department, Kingsmere General Hospital

Dear Dr Mackintosh,

Re: Mrs Gwendolyn Ashworth-Pryce, DOB 14/09/1958 (F)
17 Cloverdale Crescent, Hetherby, HX7 3QP
NHS No: 612 448 9035    Mobile: 07700 900418

Thank you for seeing this 65-year-old retired school librarian with a four-month history of bilateral MCP and wrist
synovitis and early morning stiffness lasting about 90 minutes. CRP 38 mg/L, ESR 46 mm/hr, rheumatoid factor
positive (112 IU/mL), anti-CCP pending. I estimate her DAS28-CRP at 5.1. I have started prednisolone 10 mg once
daily for two weeks as a bridge, with paracetamol 1 g QDS. She has type 2 diabetes (HbA1c 54 mmol/mol on
metformin 500 mg BD) so I am wary of a longer steroid course; I have asked her to check capillary glucose twice daily.

Her husband Derek drives her to appointments and she would prefer a morning slot. Please copy correspondence to the
practice as she has asked that nothing is left on the landline voicemail.

Yours sincerely,

Dr Oluwaseun Adebayo-Clarke MBBS MRCGP
GMC 7481236
""", [("BMC/REF/2024/0417", REF), ("Rhona Mackintosh", CN), ("Mackintosh", CN), ("Gwendolyn Ashworth-Pryce", PN),
      ("17 Cloverdale Crescent, Hetherby", AD), ("HX7 3QP", PC), ("612 448 9035", NHS), ("07700 900418", PH),
      ("Derek", RN)],
  ["Dr O. Adebayo-Clarke", "Dr Oluwaseun Adebayo-Clarke", "7481236", "Brackenfield Medical Centre",
   "Kingsmere General Hospital", "DOB 14/09/1958", "12 March 2024", "65-year-old", "CRP 38 mg/L", "ESR 46 mm/hr",
   "112 IU/mL", "DAS28-CRP", "5.1", "prednisolone 10 mg", "paracetamol 1 g QDS", "HbA1c 54 mmol/mol",
   "metformin 500 mg BD", "90 minutes"]),

D("wpba_cbd_export", A, """
FourteenFish-style ePortfolio export - Case-Based Discussion (CbD)
Doctor: Dr Oluwaseun Adebayo-Clarke (OAC)      GMC: 7481236
Assessor: Dr Hilary Brennan-Watts, GP Trainer, Brackenfield Medical Centre   GMC: 3318740
Date of assessment: 04/10/2023          Date of consultation: 21/09/2023
Patient: T.R., male, DOB 02/06/1944      Practice record no: 558213

Case summary
T.R. attended with two weeks of palpitations and breathlessness on exertion. ECG showed atrial fibrillation at
112 bpm. CHA2DS2-VASc 4 (age, hypertension, diabetes), ORBIT score 1. eGFR 52 mL/min/1.73m2, weight 81 kg,
creatinine 118 umol/L. OAC started apixaban 5 mg BD and bisoprolol 2.5 mg OD, with an echo request and review in
two weeks. The patient's wife, Lorna, was present and asked about stopping his aspirin 75 mg, which was stopped.

Assessor comments
Clear, structured discussion of anticoagulation and rate control; good use of the ORBIT score rather than HAS-BLED
alone. Consider documenting the shared decision in more detail. Capabilities covered: data gathering and
interpretation, making a diagnosis, clinical management, managing medical complexity.
Overall: Competent for licensing.

Link to original entry: https://portfolio.example.org/entries/cbd/88213?ref=tr558213
Signed: Dr Hilary Brennan-Watts   04/10/2023
""", [("T.R.", PN), ("558213", HN), ("Lorna", RN), ("3318740", GMC),
      ("https://portfolio.example.org/entries/cbd/88213?ref=tr558213", URL)],
  ["Dr Oluwaseun Adebayo-Clarke", "OAC", "7481236", "Dr Hilary Brennan-Watts", "Brackenfield Medical Centre",
   "DOB 02/06/1944", "04/10/2023", "21/09/2023", "CHA2DS2-VASc 4", "ORBIT score 1", "HAS-BLED", "112 bpm",
   "eGFR 52 mL/min/1.73m2", "81 kg", "creatinine 118 umol/L", "apixaban 5 mg BD", "bisoprolol 2.5 mg OD",
   "aspirin 75 mg", "Competent for licensing"]),

D("significant_event_analysis", A, """
SIGNIFICANT EVENT ANALYSIS - Brackenfield Medical Centre
SEA number: SEA-2023-011       Meeting date: 15 June 2023
Lead author: Dr Oluwaseun Adebayo-Clarke      Facilitator: Dr Hilary Brennan-Watts (Partner, Clinical Governance Lead)

What happened
An 81-year-old woman (Mrs Marjorie Pilkington, known to everyone at the surgery as "Madge") had a full blood count in
January 2023 showing Hb 92 g/L, MCV 71 fL and ferritin 8 ug/L. The result was filed as "abnormal - see GP at routine
appt" by a locum, Dr Fergus Olawale-Binns, and no appointment was made. She presented again in May with weight loss;
FIT was 186 ug Hb/g and she was referred on the colorectal 2WW pathway under NICE NG12. CT showed a caecal tumour.
Her daughter Sandra rang the practice on 2 June to raise concerns, and Madge has since had a right hemicolectomy.

Why it happened
- No rule in the workflow that iron deficiency anaemia in a patient over 60 generates a task.
- Locum unfamiliar with the Docman filing codes.
- Results inbox backlog of 340 items on the day.

Learning and actions
1. Iron deficiency anaemia (Hb below 110 g/L in women over 60) now triggers a mandatory task to the duty doctor.
2. Locum induction pack updated (version 3.2) by OAC.
3. Re-audit in six months (completed December 2023: 19 of 19 IDA results actioned within 7 days).
Duty of candour conversation held with Mrs Pilkington and her daughter by the partner on 9 June 2023.
""", [("SEA-2023-011", REF), ("Marjorie Pilkington", PN), ("Pilkington", PN), ("Madge", PN),
      ("Fergus Olawale-Binns", CN), ("Sandra", RN)],
  ["Dr Oluwaseun Adebayo-Clarke", "Dr Hilary Brennan-Watts", "OAC", "Brackenfield Medical Centre", "15 June 2023",
   "81-year-old", "Hb 92 g/L", "MCV 71 fL", "ferritin 8 ug/L", "FIT was 186 ug Hb/g", "NICE NG12", "2WW",
   "right hemicolectomy", "Docman", "110 g/L", "version 3.2", "19 of 19", "9 June 2023", "Duty of candour"]),

D("audit_report", A, """
Clinical audit: statin offer for primary prevention (QRISK3 >= 10%)
Brackenfield Medical Centre, Kingsmere and District Primary Care Network
Audit lead: Dr Oluwaseun Adebayo-Clarke      Supervisor: Dr Hilary Brennan-Watts
Cycle 1: data collected 01/02/2023;  Cycle 2: 01/08/2023

Standard: NICE NG238 (2023) - offer atorvastatin 20 mg to adults with a QRISK3 10-year risk of 10% or more, after
a discussion of risks and benefits. Target: 80% of eligible patients offered a statin and the offer coded.

Method: EMIS search of patients aged 40-84, no CVD, QRISK3 >= 10% recorded in the last 3 years, not on a lipid
lowering drug. Exclusions: eGFR < 30, pregnancy, palliative register.

Results
Cycle 1: 71 of 112 (63%) offered; 29 of 71 (41%) started atorvastatin 20 mg.
Cycle 2: 98 of 117 (84%) offered; 52 of 98 (53%) started; 6 chose rosuvastatin 5 mg after myalgia on atorvastatin.
Non-HDL cholesterol fell by a median of 41% at 3 months (target > 40%).

Changes made: AccuRx template with a patient decision aid, pop-up on the EMIS frailty and QRISK3 protocol, and a
15-minute teaching session for the nursing team on 14/04/2023. Presented at the PCN clinical meeting 12/09/2023.
""", [],
  ["QRISK3", "Brackenfield Medical Centre", "Kingsmere and District Primary Care Network", "Dr Oluwaseun Adebayo-Clarke",
   "Dr Hilary Brennan-Watts", "01/02/2023", "01/08/2023", "NICE NG238", "atorvastatin 20 mg", "10%", "80%",
   "71 of 112 (63%)", "98 of 117 (84%)", "rosuvastatin 5 mg", "41%", "eGFR < 30", "14/04/2023", "12/09/2023",
   "AccuRx", "EMIS"]),

D("patient_feedback_summary", A, """
Patient Satisfaction Questionnaire (PSQ) - summary report
Doctor: Dr Oluwaseun Adebayo-Clarke       GMC number 7481236
Practice: Brackenfield Medical Centre        Collection period: 6 November - 1 December 2023
Questionnaires returned: 41 (target 40)      Administered by: practice manager (independent of the doctor)

Mean scores (scale 1 = poor to 5 = excellent), CARE Measure items
Making you feel at ease: 4.7       Letting you tell your story: 4.6       Really listening: 4.8
Being interested in you as a whole person: 4.5      Explaining things clearly: 4.4
Helping you take control: 4.2       Making a plan of action with you: 4.3
Overall CARE score 45.1 / 50 (practice mean 42.8; national benchmark 43.0)

Free-text comments (verbatim, anonymised by the practice)
"Took time to explain my blood pressure tablets." "Did not rush me even though the clinic was running late."
"Would be good if the doctor could see me again rather than someone different."
Reflection: continuity is the theme I will take to my PDP for 2024; I have agreed a named-GP list of 120 patients with
the partners. Verified by Dr Hilary Brennan-Watts, GP Partner, 08/12/2023.
""", [],
  ["Dr Oluwaseun Adebayo-Clarke", "7481236", "Brackenfield Medical Centre", "CARE Measure", "41", "4.7", "4.8",
   "45.1 / 50", "42.8", "43.0", "Dr Hilary Brennan-Watts", "08/12/2023", "120 patients", "PDP for 2024"]),

D("quick_notes_home_visits", A, """
visits thurs 9/11 (OAC) - copy into EMIS after
1. mrs okonjo-bates, 3 alder wk - ?uti, more confused per dau grace (07700 900733), dip +nitrites, start nitrofurantoin 100mg MR bd 3/7, send MSU
2. stan (stanley rudd) - pall care, syringe driver check, midazolam 10mg/24h + morphine 15mg/24h, wife jean coping, dn aware
3. 14 tannery row - mr vipond, BP 168/94 at home, incr amlodipine to 10mg, recheck 2/52
4. dh (davy h.) bloods housebound - U&E, HbA1c, lipids; leave form with carer
5. ring back: 01632 960571 (son of mrs okonjo-bates, wants update)
""", [("okonjo-bates", PN), ("3 alder wk", AD), ("grace", RN), ("07700 900733", PH), ("stan", PN),
      ("stanley rudd", PN), ("jean", RN), ("14 tannery row", AD), ("vipond", PN), ("dh", PN), ("davy h.", PN),
      ("01632 960571", PH)],
  ["OAC", "nitrofurantoin 100mg MR bd", "midazolam 10mg/24h", "morphine 15mg/24h", "BP 168/94",
   "amlodipine to 10mg", "HbA1c", "EMIS", "9/11"]),

D("overseas_case_summary", A, """
LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA
Department of Family Medicine - Case summary for residency logbook (2016)
Resident: Dr Oluwaseun Adebayo-Clarke (then Dr O. Adebayo), Senior Registrar
Supervising consultant: Prof. Adeola O. Ogunleye, FWACP

Folder No: LUTH/FM/16/08832       Date seen: 3 August 2016
Patient: Mr Babatunde Ifeanyi Olatunde, 58 years, male
Address: 12 Akerele Street, Surulere, Lagos
Next of kin: son, Kayode Olatunde (lives in UK, 07700 900851)

Presented with headache and blurred vision; BP 214/126 mmHg, no focal neurology, fundi grade II changes, creatinine
1.4 mg/dL, urine protein 2+. Diagnosis: hypertensive urgency on background of poorly controlled essential
hypertension (non-adherent to nifedipine retard 20 mg BD owing to cost). Managed with oral amlodipine 10 mg and
lisinopril 10 mg, BP 168/98 mmHg at 6 hours. Enrolled on the NHIS scheme and referred to the hypertension clinic.

Learning: cost as the main barrier to adherence; I now ask about cost in every UK consultation about new medicines.
Certified a true record: Prof. Adeola O. Ogunleye, Head of Department, 14/11/2016
""", [("LUTH/FM/16/08832", HN), ("Babatunde Ifeanyi Olatunde", PN), ("12 Akerele Street, Surulere, Lagos", AD),
      ("Kayode Olatunde", RN), ("07700 900851", PH)],
  ["LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA", "Dr Oluwaseun Adebayo-Clarke", "Dr O. Adebayo",
   "Prof. Adeola O. Ogunleye", "3 August 2016", "58 years", "BP 214/126 mmHg", "creatinine\n1.4 mg/dL",
   "nifedipine retard 20 mg BD", "amlodipine 10 mg", "lisinopril 10 mg", "BP 168/98 mmHg", "14/11/2016", "NHIS"]),

D("ocr_scan_discharge_summary", A, """
KINGSMERE GENERAL HOSPITAL NHS TRUST      Acute Medica1 Unit - Discharge Surnmary
Patient: Mr Reginald Fairboume        Hosp N0: K0193884       NHS N0: 7l3 502 8846
Address: 9 Marlp0ol Cl0se, Hetherby   HX7 4RN            D0B: 23/11/1939
Adrnitted: 02/02/2019    Discharged: 06/02/2019    Ward: AMU Bay 2 Bed 4
Diagn0sis: Decornpensated heart fai1ure (NYHA III), LVEF 35%
Treatrnent: IV furosernide 40 mg BD, switched to ora1 furosemide 80 rng OD; bis0pr0l0l 1.25 mg OD started.
Discharge weight 74.2 kg (admissi0n 79.0 kg). K+ 4.1 mmol/L, Na+ 134 mmol/L, creatinine 141 umol/L.
GP to: U&E in 1 week. Heart fai1ure nurse (Sister J0anne Keddie) to visit.
Wife (Mrs Pat Fairboume) aware of fluid restriction 1.5 L/day.
Discharging d0ct0r: Dr O Adebay0-C1arke, GPST2, b1eep 4412
""", [("Reginald Fairboume", PN), ("Fairboume", PN), ("K0193884", HN), ("7l3 502 8846", NHS),
      ("9 Marlp0ol Cl0se, Hetherby", AD), ("HX7 4RN", PC), ("J0anne Keddie", CN), ("Pat Fairboume", RN),
      ("4412", PH)],
  ["KINGSMERE GENERAL HOSPITAL NHS TRUST", "D0B: 23/11/1939", "02/02/2019", "06/02/2019", "AMU Bay 2 Bed 4",
   "NYHA III", "LVEF 35%", "furosernide 40 mg BD", "furosemide 80 rng OD", "bis0pr0l0l 1.25 mg OD", "74.2 kg",
   "K+ 4.1 mmol/L", "Na+ 134 mmol/L", "creatinine 141 umol/L", "1.5 L/day", "Dr O Adebay0-C1arke", "GPST2"]),
]
