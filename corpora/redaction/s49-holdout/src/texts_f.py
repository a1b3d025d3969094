from common import *

DOCS = [
D("discharge_letter", F, """
Fenmoor General Hospital - Department of Medicine for Older People - Ward 31 (Heron Ward), Bed 14
DISCHARGE LETTER        Hospital no: FGH-M1108426       H&C number (NI): 320 559 1784
Patient: Mrs Eileen Bridget McCartan     DOB 07/05/1934 (89, F)
Usual address: 2 Slievemore Park, Newry BT34 2LQ; staying with daughter Roisin at 19 Abbeyfield Close, Fenmoor FM5 1RT
Admitted 14/11/2023, discharged 29/11/2023 (visiting from Northern Ireland)

Diagnoses: 1. Delirium secondary to urinary tract infection (E. coli, sensitive to nitrofurantoin) 2. Fall without
injury 3. Background Alzheimer's disease (MMSE 19/30 in 2022), hypertension, CKD stage 3b (eGFR 38).
Clinical Frailty Scale 6. 4AT 7 on admission, 2 at discharge.
Medication changes: STOPPED oxybutynin 5 mg BD (anticholinergic burden score 3). STOPPED doxazosin 4 mg (orthostatic
drop 28 mmHg). Donepezil 10 mg ON continued.
Follow-up: lying/standing BP by her GP in Newry; memory clinic letter to Dr Seamus Breslin (Daisy Hill Hospital).
Signed: Dr Nimali Jayasekara, Specialty Doctor in Geriatric Medicine (NJ)
""", [("FGH-M1108426", HN), ("320 559 1784", NHS), ("Eileen Bridget McCartan", PN), ("2 Slievemore Park, Newry", AD),
      ("BT34 2LQ", PC), ("Roisin", RN), ("19 Abbeyfield Close, Fenmoor", AD), ("FM5 1RT", PC), ("Seamus Breslin", CN)],
  ["Fenmoor General Hospital", "Ward 31 (Heron Ward), Bed 14", "DOB 07/05/1934", "89, F", "14/11/2023", "29/11/2023",
   "E. coli", "nitrofurantoin", "Alzheimer's disease", "MMSE 19/30", "CKD stage 3b", "eGFR 38", "Clinical Frailty Scale 6",
   "4AT 7", "oxybutynin 5 mg BD", "anticholinergic burden score 3", "doxazosin 4 mg", "28 mmHg", "Donepezil 10 mg ON",
   "Daisy Hill Hospital", "Dr Nimali Jayasekara", "NJ"]),

D("cga_clinic_letter", F, """
Fenmoor and Ouse Valley NHS Trust - Falls and Frailty Clinic, Fenmoor General Hospital
Our ref: NJ/FFC/0388      Date dictated: 16/01/2024
Dr Ruth Akintola-Marsh
Ousebank Medical Practice, 3 Mill Street, Ouseford OF2 4HE      Fax 01632 960777

Dear Dr Akintola-Marsh,
Re: Mr Harold Ernest Sutcliffe, DOB 22/10/1936, NHS 7764 0921 39, 58 Mallard Way, Ouseford OF2 7DD

Comprehensive geriatric assessment. Mr Sutcliffe (87) has had five falls in six months. Timed Up and Go 19 s, grip
strength 16 kg, Rockwood CFS 5. Lying BP 142/80, standing at 3 minutes 112/70 with symptoms (orthostatic hypotension).
Medications reviewed with STOPPFrail: tamsulosin 400 micrograms stopped; amitriptyline 10 mg stopped; furosemide
reduced to 20 mg. Vitamin D 31 nmol/L - started colecalciferol 800 units daily with Adcal. DEXA: T-score -2.7 at
the femoral neck - alendronic acid 70 mg weekly. Home hazards assessment by OT; Otago exercise programme.
His wife Maureen (also 86) is his main carer and is finding this hard; I have suggested a carer's assessment.
Yours sincerely, Dr Nimali Jayasekara MBBS MD MRCP(UK), Specialty Doctor, GMC 6987042
""", [("NJ/FFC/0388", REF), ("Ruth Akintola-Marsh", CN), ("Akintola-Marsh", CN), ("3 Mill Street, Ouseford", AD),
      ("OF2 4HE", PC), ("01632 960777", PH), ("Harold Ernest Sutcliffe", PN), ("Sutcliffe", PN), ("7764 0921 39", NHS),
      ("58 Mallard Way, Ouseford", AD), ("OF2 7DD", PC), ("Maureen", RN)],
  ["Fenmoor and Ouse Valley NHS Trust", "Fenmoor General Hospital", "16/01/2024", "DOB 22/10/1936", "(87)",
   "Timed Up and Go 19 s", "16 kg", "Rockwood CFS 5", "142/80", "112/70", "STOPPFrail", "tamsulosin 400 micrograms",
   "amitriptyline 10 mg", "20 mg", "Vitamin D 31 nmol/L", "colecalciferol 800 units", "Adcal", "T-score -2.7",
   "alendronic acid 70 mg weekly", "Otago exercise programme", "Dr Nimali Jayasekara", "6987042",
   "Ousebank Medical Practice"]),

D("medical_examiner_note", F, """
MEDICAL EXAMINER SCRUTINY RECORD - Fenmoor and Ouse Valley NHS Trust Medical Examiner Office
ME reference: MEO-FOV-24-0619      Date of death: 03/03/2024 04:50, Heron Ward, Bed 9
Deceased: Mr Clifford Arthur Dunmore, DOB 11/04/1931, hospital no FGH-M0772150
Attending practitioner completing the MCCD: Dr Nimali Jayasekara (GMC 6987042)
Medical examiner: Dr Simon Achebe-Thornton (independent scrutiny; signs this record)   ME officer: Ms Kirsty Vane

Proposed cause of death: 1a Aspiration pneumonia; 1b Parkinson's disease; II Type 2 diabetes mellitus.
Scrutiny: notes reviewed; no concerns about care. Coroner referral not required (Notification of Deaths Regulations
2019 - natural causes, attending practitioner saw patient within 28 days).
Discussion with next of kin: his niece, Mrs Pauline Dunmore-Wade (07700 900509), on 04/03/2024 at 11:15 - she
asked whether the swallowing assessment (SALT, IDDSI level 4 diet) had been done in time; ME explained it had,
on 26/02. She had no further concerns. Cremation form 4 completed by NJ.
""", [("MEO-FOV-24-0619", REF), ("Clifford Arthur Dunmore", PN), ("FGH-M0772150", HN), ("Kirsty Vane", CN),
      ("Pauline Dunmore-Wade", RN), ("07700 900509", PH)],
  ["Fenmoor and Ouse Valley NHS Trust", "03/03/2024 04:50", "Heron Ward, Bed 9", "DOB 11/04/1931",
   "Dr Nimali Jayasekara", "6987042", "Dr Simon Achebe-Thornton", "Aspiration pneumonia", "Parkinson's disease",
   "Type 2 diabetes mellitus", "Notification of Deaths Regulations\n2019", "28 days", "04/03/2024", "IDDSI level 4",
   "26/02", "Cremation form 4", "NJ", "MCCD"]),

D("reflection_mca_dols", F, """
Reflective note: capacity, best interests and a Deprivation of Liberty Safeguards application
Dr Nimali Jayasekara, Specialty Doctor, Geriatric Medicine - March 2024 (verified by Dr Simon Achebe-Thornton, Consultant Geriatrician and clinical supervisor)

"Queenie" (as she asked everyone to call her; her given name was Mrs Winifred Okoro-Banks) was 91 and on Heron Ward
with a fractured neck of femur repaired by hemiarthroplasty. She repeatedly tried to leave the ward at night to "get
the children's tea". On assessment under the Mental Capacity Act 2005 she could not retain or weigh information about
discharge options. Her son Emmanuel wanted her to go home with a package of care; her daughter-in-law, Bukola, felt
she needed a nursing home. I arranged a best interests meeting (section 4) with both, the OT and a social worker
(Mr Declan Fitzsimons), and submitted an urgent DoLS authorisation (Schedule A1) because she was under continuous
supervision and not free to leave.

What I learned: capacity is decision-specific; I had drifted into "she lacks capacity" in the notes. I now record the
decision, the two-stage test, and the steps taken to support her (hearing aids in, glasses, morning conversation when
her 4AT was 0). Queenie went home with a four-times-daily package and a key safe; she was readmitted once in 3 months.
Links: GMC Good medical practice domain 3; CiP 4 (older people with complex needs).
""", [("Queenie", PN), ("Winifred Okoro-Banks", PN), ("Emmanuel", RN), ("Bukola", RN), ("Declan Fitzsimons", CN)],
  ["Dr Nimali Jayasekara", "Dr Simon Achebe-Thornton", "91", "Heron Ward", "hemiarthroplasty",
   "Mental Capacity Act 2005", "section 4", "DoLS", "Schedule A1", "4AT was 0", "3 months", "Good medical practice",
   "CiP 4"]),

D("board_round_sheet", F, """
heron ward board round 12/2 - NJ list (8am)
b1  mrs allenby    87f  #NOF D3 post DHS, Hb 84 -> 1u, mobilising w/ frame; EDD 16/2
b2  joan (tilley)  92f  delirium ?cause, 4AT 8, CT head clear, bloods pending. dtr linda wants call 01632 960233
b3  ahmed k        79m  CAP CURB-65 2, amox + clari day 3, O2 off
b5  EMPTY (deep clean, c.diff)
b6  mr ferreira-lopes  83m  PD, missed levodopa x2 doses (Madopar 125mg QDS) - datix done, NG for meds
b8  "sister mac"   90f  retired nurse, likes to be called that; PE on edoxaban 60mg, EDD tmrw, TTOs done
jobs: bloods b2, OT b1, SW b8 (to Willow Lodge respite), palliative ref b6?
""", [("allenby", PN), ("joan", PN), ("tilley", PN), ("linda", RN), ("01632 960233", PH), ("ahmed k", PN),
      ("ferreira-lopes", PN), ("sister mac", PN)],
  ["heron ward", "12/2", "NJ", "87f", "#NOF", "DHS", "Hb 84", "EDD 16/2", "4AT 8", "CURB-65 2", "Madopar 125mg QDS",
   "edoxaban 60mg", "Willow Lodge", "b5", "b1"]),

D("overseas_bht_record", F, """
Teaching Hospital Karapitiya, Galle, Sri Lanka - Professorial Medical Unit, Ward 12
Bed Head Ticket (BHT) summary - English original
BHT No.: 2017/W12/18827      Clinic No.: PMU-C-4412
Name: Mr W. A. Gunapala Wickramasinghe     Age: 72 y, male
Address: 45/2, Temple Road, Hapugala, Wakwella
NIC: 451234567V
Next of kin: daughter, Mrs Chandani Perera

Admitted 09/08/2017 with fever 5 days, myalgia, platelets 38 x10^9/L, haematocrit 46% rising; NS1 antigen positive.
Dengue haemorrhagic fever, critical phase from day 5; fluid management per National Guidelines (Sri Lanka 2012):
crystalloid 1.5 mL/kg/h, one dextran-40 bolus for HCT rise to 52%. Leakage confirmed on USS (pleural effusion R).
Platelets nadir 11 x10^9/L, no transfusion. Discharged 16/08/2017.
House officer/registrar: Dr Nimali Jayasekara   Consultant physician: Prof. S. A. M. Kularatne-Dias (certifies)
""", [("2017/W12/18827", HN), ("PMU-C-4412", HN), ("W. A. Gunapala Wickramasinghe", PN),
      ("45/2, Temple Road, Hapugala, Wakwella", AD), ("451234567V", OID), ("Chandani Perera", RN)],
  ["Teaching Hospital Karapitiya, Galle, Sri Lanka", "Ward 12", "72 y, male", "09/08/2017", "platelets 38 x10^9/L",
   "haematocrit 46%", "NS1 antigen positive", "Dengue haemorrhagic fever", "1.5 mL/kg/h", "dextran-40", "52%",
   "11 x10^9/L", "16/08/2017", "Dr Nimali Jayasekara", "Prof. S. A. M. Kularatne-Dias"]),

D("audit_report", F, """
Re-audit: lying and standing blood pressure in inpatients aged 65+ admitted after a fall
Department of Medicine for Older People, Fenmoor General Hospital - FallSafe care bundle and NICE CG161
Lead: Dr Nimali Jayasekara      Supervisor: Dr Simon Achebe-Thornton      Registered audit no: not applicable (service evaluation)

Standard: 100% of patients admitted after a fall have a lying/standing BP within 48 hours (RCP National Audit of
Inpatient Falls standard).
Cycle 1 (Sept 2022, Wards 30-32, n = 60): 22/60 (37%); measured correctly (3 minutes standing) in 9/60 (15%).
Intervention: poster, e-learning module, LSBP chart added to the Nervecentre obs, teaching at 4 nursing huddles.
Cycle 2 (Feb 2023, n = 62): 47/62 (76%); correct technique 39/62 (63%). Orthostatic hypotension found in 14 (23%),
leading to 19 medication changes.
Cycle 3 (Sept 2023, n = 58): 51/58 (88%). Presented at the British Geriatrics Society Spring Meeting 2024 (poster).
""", [],
  ["Fenmoor General Hospital", "FallSafe", "NICE CG161", "Dr Nimali Jayasekara", "Dr Simon Achebe-Thornton",
   "100%", "48 hours", "RCP National Audit of\nInpatient Falls", "Wards 30-32", "22/60 (37%)", "9/60 (15%)",
   "Nervecentre", "47/62 (76%)", "39/62 (63%)", "14 (23%)", "51/58 (88%)", "British Geriatrics Society Spring Meeting 2024"]),

D("ocr_scan_old_clinic_letter", F, """
FENM00R GENERAL H0SPITAL     Parkins0n's Disease C1inic       Date: O9/O5/2O22
0ur Ref: NJ/PD/2O22/l54       Hosp N0: FGH-M09l7733
Dear Dr 0'Sulliva n,
Re: Mrs Ver0nica Ashby-Gr een, D0B l5/O2/l94l, 66 Hawth0rn R0ad, Ousef0rd 0F3 5NB
Mrs Ashby-Gr een's Parkins0n's disease has progressed (H0ehn and Yahr stage 3). MDS-UPDRS part III 38.
She has rnorning 0FF peri0ds of 9O rninutes. I have increased co-careldopa (Sinemet Plus) to 25/lOO rng five times
daily and added rasagi1ine l mg 0D. Her husband Teddy reports vivid drearns; please rnonitor.
Dr N Jayasekara, Specia1ty D0ct0r (for Dr S Achebe-Th0rnton)
""", [("NJ/PD/2O22/l54", REF), ("FGH-M09l7733", HN), ("0'Sulliva n", CN), ("Ver0nica Ashby-Gr een", PN),
      ("Ashby-Gr een", PN), ("66 Hawth0rn R0ad, Ousef0rd", AD), ("0F3 5NB", PC), ("Teddy", RN)],
  ["FENM00R GENERAL H0SPITAL", "O9/O5/2O22", "D0B l5/O2/l94l", "H0ehn and Yahr stage 3", "MDS-UPDRS part III 38",
   "9O rninutes", "co-careldopa (Sinemet Plus)", "25/lOO rng", "rasagi1ine l mg 0D", "Dr N Jayasekara",
   "Dr S Achebe-Th0rnton"]),
]
