from common import *
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID")

# ---------------- Dr Nimali Gunawardena: emergency medicine (England, Sri Lanka) ----------------
D("s48-056", "ed_discharge_letter", G, """Kingsmere and District NHS Trust - Kingsmere Hospital Emergency Department
ED DISCHARGE LETTER TO GP (auto-generated from Symphony)

Attendance no.: ED24-0318822     Arrived: 11/03/2024 22:14 by ambulance (CAD 110324-2231-KQ)
Patient: Ms Priyanka Hollingsworth-Dutt   DOB 30/01/1997   NHS 523 881 0764   MRN K7744021
Address: 56 Saltmarsh Lane, Kingsmere KQ5 2HD    Tel: 07700 900488
Registered GP: Dr Anwen Morgan-Rees, Kingsmere Bay Surgery
Brought in by paramedic crew (lead paramedic Jamie Colquhoun, HCPC PA118822)

Presenting complaint: deliberate paracetamol overdose - 32 x 500 mg (16 g, 290 mg/kg) at ~19:00.
4-h paracetamol level 162 mg/L (above the treatment line); ALT 24 U/L; INR 1.0.
Treatment: acetylcysteine SNAP regime (12-hour) started 23:05; no adverse reaction.
Psychiatric liaison assessment completed: no ongoing intent; friend Molly stayed with her.
Disposition: admitted to CDU bed 4 for completion of NAC; repeat ALT/INR at end of infusion.

Seen by: Dr Nimali Gunawardena, Specialty Doctor in Emergency Medicine (GMC 7168244)""",
  [("ED24-0318822", HN), ("110324-2231-KQ", REF), ("Ms Priyanka Hollingsworth-Dutt", PN), ("523 881 0764", NHS),
   ("K7744021", HN), ("56 Saltmarsh Lane, Kingsmere", AD), ("KQ5 2HD", PC), ("07700 900488", PH),
   ("Dr Anwen Morgan-Rees", CN), ("Jamie Colquhoun", CN), ("PA118822", GMC), ("Molly", RN)],
  ["Kingsmere and District NHS Trust", "Kingsmere Hospital", "Symphony", "11/03/2024 22:14", "30/01/1997",
   "Kingsmere Bay Surgery", "32 x 500 mg", "16 g, 290 mg/kg", "~19:00", "162 mg/L", "ALT 24 U/L", "INR 1.0",
   "acetylcysteine SNAP regime", "23:05", "CDU bed 4", "Dr Nimali Gunawardena", "GMC 7168244"])

D("s48-057", "esle_export", G, """Extended Supervised Learning Event (ESLE) - RCEM - Kingsmere Hospital ED
Doctor: Dr Nimali Gunawardena (NG), GMC 7168244     Assessor: Dr Callum Whitlock, Consultant in EM, GMC 6620451
Date: 20/02/2024     Shift observed: 14:00-17:00, majors and resus

Observations: NG led the resus for a 71-year-old with a ruptured AAA (BP 74/40), activated the major haemorrhage
protocol (4 units RBC, 4 FFP, 1 pool platelets) and permissive hypotension target SBP 70-90 mmHg; CT angiogram
and transfer to vascular theatre within 38 minutes. Simultaneously supervised two FY2s and an ACP.
Non-technical skills: she allocated roles clearly. When the nurse in charge, Sister Ruth Abernethy, raised bed
pressures, NG escalated to the site manager appropriately.
Areas for development: delegate the family conversation earlier.
Overall: Performing at ST5/consultant-ready level for this shift.""",
  [("Sister Ruth Abernethy", CN)],
  ["Kingsmere Hospital", "Dr Nimali Gunawardena (NG)", "GMC 7168244", "Dr Callum Whitlock", "GMC 6620451",
   "20/02/2024", "14:00-17:00", "71-year-old", "BP 74/40", "4 units RBC, 4 FFP, 1 pool platelets",
   "SBP 70-90 mmHg", "38 minutes", "NG", "ST5"])

D("s48-058", "incident_review", G, """Patient Safety Incident Investigation (PSII) - summary for portfolio
Kingsmere and District NHS Trust      StEIS: 2023/29914      LFPSE: KQ-PSII-0071      Datix: KDT-230905-17
Investigation lead: Dr Callum Whitlock (ED Clinical Director)    Statement contributor: Dr Nimali Gunawardena

Event: missed scaphoid fracture - a 19-year-old man attended ED on 05/09/2023 after a FOOSH; X-rays reported as
normal by the treating clinician, Dr Hamish Pendry (locum, GMC 7033518),
without scaphoid views; discharged without a splint.
Radiology report at 48 h (Dr Zainab Oduwole, consultant radiologist) noted "?scaphoid waist fracture"; the
ED failsafe letter was not sent because the e-mail inbox owner, Dr Gunawardena, was on annual leave.
Recalled on day 12; MRI confirmed a displaced waist fracture; ORIF performed. Patient (initials T.A.B.)
complained; see response ref. PALS/23/1822.
My role: as owner of the radiology discrepancy process I had no cover arrangement for leave.
Actions: shared discrepancy inbox with 2 named consultants; SOP v2.0; all suspected scaphoid injuries to the
virtual fracture clinic (VFC) with a Futura splint.""",
  [("2023/29914", REF), ("KQ-PSII-0071", REF), ("KDT-230905-17", REF), ("Dr Hamish Pendry", CN), ("7033518", GMC),
   ("Dr Zainab Oduwole", CN), ("T.A.B.", PN), ("PALS/23/1822", REF)],
  ["Kingsmere and District NHS Trust", "Dr Callum Whitlock", "Dr Nimali Gunawardena", "Dr Gunawardena",
   "19-year-old man", "05/09/2023", "FOOSH", "48 h", "day 12", "ORIF", "SOP v2.0", "Futura splint"])

D("s48-059", "ed_card_ocr", G, """KlNGSMERE H0SPITAL  EMERGENCY DEPT  -  CASUALTY CARD  (scan 2 of 3)
Attendance N0 ED23-l2O44l9     Triage: 0range (MTS)     Arr 0l:38  24/l2/2O23
Narne  Wi11iam Bartho1ornew Crane      D0B l3/O3/l948    NHS 4l7 2O9 8835
Addr   Flat 9, Sea view C0urt, The Esp1anade, Kingsrnere  KQl 4NB
NOK    dau ghter - Mrs He1en Pask  0l632 96O6O4

P/C  chest pain 2h, radiating to 1eft arrn, sweaty.   0bs: HR ll2  BP 9O/6O  Sp02 93%  RR 24  NEWS2 8
ECG: ST e1evation ll, lll, aVF; reciprocal changes l, aVL - inferi0r STEMl.
Rx: aspirin 3OO rng, ticagre1or l8O rng, rnorphine 5 rng lV, 0ndansetron 4 rng. Heparin per PPCl l ab.
Ca11ed cath lab 0l:5l - door-to-ba11oon 58 rnin.
Dr N. Gunawardena  (Sp ec Dr EM)""",
  [("ED23-l2O44l9", HN), ("Wi11iam Bartho1ornew Crane", PN), ("4l7 2O9 8835", NHS),
   ("Flat 9, Sea view C0urt, The Esp1anade, Kingsrnere", AD), ("KQl 4NB", PC), ("Mrs He1en Pask", RN),
   ("0l632 96O6O4", PH)],
  ["KlNGSMERE H0SPITAL", "0range (MTS)", "0l:38", "24/l2/2O23", "l3/O3/l948", "HR ll2", "BP 9O/6O", "Sp02 93%",
   "NEWS2 8", "inferi0r STEMl", "aspirin 3OO rng", "ticagre1or l8O rng", "rnorphine 5 rng lV", "0ndansetron 4 rng",
   "0l:5l", "58 rnin", "Dr N. Gunawardena"])

D("s48-060", "safeguarding_referral", G, """ADULT SAFEGUARDING CONCERN - Kingsmere County Council Adult Social Care
Referral ID: ASC-SG-2024-008873      Police log: KP-240416-0193 (Kingsmere Police)
Referrer: Dr Nimali Gunawardena, Emergency Department, Kingsmere Hospital - 16/04/2024 03:20

Adult at risk: Mr Geoffrey Tremayne-Hulse, DOB 25/07/1940 (83), 3 Coastguard Cottages, Westerby Road,
Kingsmere KQ8 3DL. Lives with his adult grandson, Bradley Hulse, who is his main carer.
Concern: 4 falls in 2 months; unexplained bruising to both upper arms (fingertip pattern) and a 3 x 4 cm
skin tear on the left forearm; weight 48 kg (BMI 16.9); bank cards held by the grandson. Clinical
Frailty Scale 7. Capacity for this decision: present (assessed per the Mental Capacity Act 2005); he
consents to the referral. Neighbour (Mrs Doreen Oakes, 01632 960883) raised the alarm.
Categories of abuse (Care Act 2014 s.42): physical, financial, neglect.
Immediate plan: admitted to Ward 9 (Frailty) for safety; ward social worker informed.""",
  [("ASC-SG-2024-008873", REF), ("KP-240416-0193", REF), ("Mr Geoffrey Tremayne-Hulse", PN),
   ("3 Coastguard Cottages, Westerby Road,\nKingsmere", AD), ("KQ8 3DL", PC), ("Bradley Hulse", RN),
   ("Mrs Doreen Oakes", RN), ("01632 960883", PH)],
  ["Kingsmere County Council", "Dr Nimali Gunawardena", "Kingsmere Hospital", "16/04/2024 03:20", "25/07/1940",
   "(83)", "4 falls in 2 months", "3 x 4 cm", "48 kg (BMI 16.9)", "Clinical\nFrailty Scale 7",
   "Mental Capacity Act 2005", "Care Act 2014 s.42", "Ward 9 (Frailty)"])

D("s48-061", "transfer_note_abroad", G, """KELANI VALLEY GENERAL HOSPITAL, COLOMBO - Accident & Emergency Treatment Unit (ETU)
INTER-HOSPITAL TRANSFER FORM          Date: 02/08/2018     Time: 11:45

Name: Mr W. M. Chaminda Bandara Wijesekara     Age: 37   Sex: M     BHT No: KV/ETU/18/22719
NIC: 198120403357       Address: No. 45/2, Temple Road, Kadawatha
Informant / guardian: Mrs K. D. Nirosha Perera (wife)

Diagnosis: Russell's viper envenoming - bite at 06:30 on left foot; 20WBCT not clotted; acute kidney injury
(creatinine 3.1 mg/dL, urine output 0.2 mL/kg/h).
Treatment: polyvalent antivenom (Indian, VINS) 20 vials IV at 07:50 - mild reaction, adrenaline 0.5 mg IM.
Reason for transfer: haemodialysis - to the Nephrology Unit, National Hospital of Sri Lanka.
Transferring MO: Dr N. Gunawardena (SLMC 21884)     Consultant: Dr A. H. M. Farook, Consultant Emergency Physician""",
  [("Mr W. M. Chaminda Bandara Wijesekara", PN), ("KV/ETU/18/22719", HN), ("198120403357", OID),
   ("No. 45/2, Temple Road, Kadawatha", AD), ("Mrs K. D. Nirosha Perera", RN)],
  ["KELANI VALLEY GENERAL HOSPITAL, COLOMBO", "02/08/2018", "11:45", "Age: 37", "Russell's viper", "06:30",
   "20WBCT not clotted", "creatinine 3.1 mg/dL", "0.2 mL/kg/h", "polyvalent antivenom", "VINS", "20 vials",
   "07:50", "adrenaline 0.5 mg IM", "National Hospital of Sri Lanka", "Dr N. Gunawardena", "SLMC 21884",
   "Dr A. H. M. Farook"])

D("s48-062", "handover_sheet", G, """ED 08:00 board round - Kingsmere Hospital - Sat 06/01/2024 - NG (night middle grade) -> day team

Cubicle  Pt            Age  Issue                                    Outstanding                      Breach
Resus 1  Kowalski, T   82   Sepsis ?biliary, lactate 4.8, 30 mL/kg   surg review; Tazocin given 06:40   09:55
Resus 2  Eng, Danny    26   Asthma, PEF 33%, MgSO4 2 g given        ITU aware                         -
Maj 4    Ms Lyra Vance 41   PE (CTPA +), RV strain, troponin 56      ?thrombolysis, echo               10:30
Maj 9    SWAN, Rex     90   NOF # R, fascia iliaca block 04:15      Tennyson Ward bed awaited         07:20 BREACHED
Maj 11   (no name - unknown male, ~50)  intoxicated, GCS 13, head lac    CT head, police ID pending        -
                                                                   ID bracelet: UNK-KQ-240106-03
Corridor 2: mental health - awaiting liaison (ref 0118)

Handed over by Dr Nimali Gunawardena to Dr Callum Whitlock (consultant) 08:10""",
  [("Kowalski, T", PN), ("Eng, Danny", PN), ("Ms Lyra Vance", PN), ("SWAN, Rex", PN), ("UNK-KQ-240106-03", HN),
   ("0118", REF)],
  ["Kingsmere Hospital", "06/01/2024", "NG", "82", "lactate 4.8", "30 mL/kg", "Tazocin", "06:40", "09:55",
   "PEF 33%", "MgSO4 2 g", "CTPA +", "troponin 56", "NOF # R", "fascia iliaca block 04:15", "Tennyson Ward",
   "GCS 13", "Dr Nimali Gunawardena", "Dr Callum Whitlock", "08:10"])

D("s48-063", "coroner_statement", G, """STATEMENT OF WITNESS (Coroners and Justice Act 2009; Coroners (Inquests) Rules 2013)
To: HM Senior Coroner for Kingsmere and West Vale, Coroner's Office, The Guildhall, 4 Castle Street, Kingsmere KQ1 1AA
Coroner's ref: 2024-0412-KWV         Deceased: Ellen Margaret Goodfellow (DOB 17/04/1959)

I am Dr Nimali Gunawardena, Specialty Doctor in Emergency Medicine at Kingsmere Hospital (GMC 7168244).
On 09/04/2024 at 15:02 Ms Goodfellow arrived by ambulance (CAD 090424-1447-KQ) in cardiac arrest following
a collapse at home; her husband, Mr Peter Goodfellow, had started CPR. Initial rhythm PEA; 1 mg adrenaline
x 6; point-of-care ultrasound showed a dilated right ventricle. Following discussion with the consultant,
Dr Farah Qaiser, alteplase 50 mg IV was given at 15:19 for presumed massive pulmonary embolism.
ROSC was not achieved. Death was verified at 15:58 by Dr Qaiser.

I believe the facts stated in this statement are true.
Signed: Dr N. Gunawardena     Date: 22/04/2024""",
  [("Coroner's Office, The Guildhall, 4 Castle Street, Kingsmere", AD), ("KQ1 1AA", PC), ("2024-0412-KWV", REF),
   ("Ellen Margaret Goodfellow", PN), ("Ms Goodfellow", PN), ("090424-1447-KQ", REF), ("Mr Peter Goodfellow", RN),
   ("Dr Farah Qaiser", CN), ("Dr Qaiser", CN)],
  ["Coroners and Justice Act 2009", "Coroners (Inquests) Rules 2013", "17/04/1959", "Dr Nimali Gunawardena",
   "Kingsmere Hospital", "GMC 7168244", "09/04/2024", "15:02", "PEA", "1 mg adrenaline", "alteplase 50 mg IV",
   "15:19", "15:58", "Dr N. Gunawardena", "22/04/2024"])

D("s48-064", "reflection", G, """Reflection: a febrile 7-week-old in a busy department
Dr Nimali Gunawardena - Kingsmere Hospital Paediatric ED - 14/12/2023 (night shift)

A 7-week-old boy (weight 4.9 kg) presented with a temperature of 38.4 degC and poor feeding. Under the NICE
fever in under 5s guideline (NG143) he was 'red' by age < 3 months with temperature >= 38 degC. I performed
a full septic screen including LP (CSF WCC 2, protein 0.6 g/L), and started cefotaxime 50 mg/kg plus amoxicillin
50 mg/kg IV within 45 minutes. Urine grew E. coli > 10^5/mL; blood cultures negative at 48 h.
His father called the ED at 05:00 to ask about the LP result and I phoned him back on the number he gave
(07700 900563); on reflection I should have checked his identity before giving results.
Learning: follow the trust's telephone information-governance checklist; started teaching the
FY2s on the BSAC 'Start Smart - Then Focus' review at 48 h.
Supervisor comment (Dr Callum Whitlock, 03/01/2024): insightful; good safeguarding of information.""",
  [("07700 900563", PH)],
  ["Dr Nimali Gunawardena", "Kingsmere Hospital", "14/12/2023", "7-week-old boy", "4.9 kg", "38.4 degC", "NG143",
   "CSF WCC 2", "protein 0.6 g/L", "cefotaxime 50 mg/kg", "amoxicillin\n50 mg/kg", "45 minutes", "E. coli > 10^5/mL",
   "05:00", "Start Smart - Then Focus", "Dr Callum Whitlock", "03/01/2024"])
