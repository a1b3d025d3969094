from common import *

APPLICANT = "Dr Tomasz Wierzbicki"

DOCS = [
dict(id="ho-001", kind="operation_note", text="""LEEDS TEACHING HOSPITALS NHS TRUST
Leeds General Infirmary - Vascular Theatres (Theatre 11)

OPERATION NOTE

Patient: Derek Ainsworth-Platt        DOB: 14/09/1949   Sex: Male
Hosp No: L4471902    NHS No: 621 448 9073
Ward: Ward 24, bed 6
Date of operation: 03/03/2025

Surgeon: Dr T. Wierzbicki (Locum Consultant Vascular Surgeon)
Assistant: Mr Callum Oyelaran-Birch (ST5)
Anaesthetist: Dr Priya Sathianathan
Scrub: Bernadette Fowley

Procedure: Right common femoral endarterectomy with bovine pericardial patch angioplasty + on-table angiogram
Indication: Rutherford 5 ischaemia R foot, ulcer over 5th MTPJ; CFA stenosis >90% on duplex.
Anaesthetic: GA; cefuroxime 1.5 g IV + metronidazole 500 mg IV at induction.
Heparin 5000 units IV before clamping. ACT 245 s.

Findings: heavily calcified posterior plaque CFA extending 1 cm into SFA and PFA origins. Good backbleeding from PFA.
Procedure: vertical groin incision. CFA, SFA, PFA controlled with slings. Longitudinal arteriotomy, endarterectomy with eversion of PFA origin, distal end-point tacked with 7-0 Prolene. Patch closure with 6-0 Prolene. Clamp time 38 min. On-table angiogram: widely patent, three-vessel run-off to foot.
Closure: 2-0 Vicryl in layers, 3-0 Monocryl subcuticular. EBL 300 ml.

Post-op: aspirin 75 mg OD + atorvastatin 80 mg ON to continue; clopidogrel 75 mg OD from day 1. Foot pulses hourly x4 then 2-hourly. Wound check day 2.
Please ring Mrs Ainsworth-Platt (wife, Marjorie) on 07700 900184 after theatre as requested.

Signed: T. Wierzbicki   GMC 7412093   03/03/2025 13:40
""",
identifiers=[("Derek Ainsworth-Platt", PN), ("L4471902", HN), ("621 448 9073", NHS), ("Callum Oyelaran-Birch", CN),
             ("Priya Sathianathan", CN), ("Bernadette Fowley", CN), ("Mrs Ainsworth-Platt", RN), ("Marjorie", RN),
             ("07700 900184", PH)],
keep=["LEEDS TEACHING HOSPITALS NHS TRUST", "Leeds General Infirmary", "Theatre 11", "14/09/1949", "Male", "Ward 24, bed 6",
      "03/03/2025", "Dr T. Wierzbicki", "T. Wierzbicki", "7412093", "Rutherford 5", "cefuroxime 1.5 g", "metronidazole 500 mg",
      "Heparin 5000 units", "ACT 245 s", "7-0 Prolene", "6-0 Prolene", "aspirin 75 mg", "atorvastatin 80 mg", "clopidogrel 75 mg",
      "EBL 300 ml"]),

dict(id="ho-002", kind="clinic_letter", text="""Leeds Vascular Institute
Leeds General Infirmary, Great George Street, Leeds LS1 3EX
Vascular secretaries: 0113 496 0471

Our ref: VAS/TW/25/0318
NHS Number: 703 116 5528
Hospital No: L3390217

Dr Harriet Kessington-Moore
Moorside Surgery
14 Gledhow Lane
Chapel Allerton
LS7 4QQ

Clinic date: 18/02/2025   Dictated: 18/02/2025   Typed: 21/02/2025

Dear Dr Kessington-Moore,

Re: Mrs Gwendolyn Sharrock, DOB 02/06/1958, 7 Nettleton Close, Morley, LS27 9PR

Diagnosis:
1. Asymptomatic left internal carotid artery stenosis 70-79% (NASCET) on duplex 04/02/2025
2. Type 2 diabetes (HbA1c 61 mmol/mol)
3. Ex-smoker, 30 pack-years

I saw Mrs Sharrock with her daughter Lydia today. She had no TIA or stroke symptoms; ABCD2 score is not applicable. Examination: BP 152/88, pulse 74 regular, no carotid bruit audible. Neurological examination normal.

We discussed the ACST-2 and SPACE-2 data and the modest absolute benefit of carotid endarterectomy in asymptomatic disease. She prefers best medical therapy. I have increased atorvastatin to 80 mg nocte and started clopidogrel 75 mg OD. Please aim for BP below 130/80; amlodipine 5 mg could be added.

I will repeat her duplex in 6 months and have asked her to call 999 for any new facial droop, arm weakness or speech disturbance (FAST).

Yours sincerely,

Dr Tomasz Wierzbicki MD FRCS
Locum Consultant Vascular and Endovascular Surgeon
tomasz.wierzbicki@leedsvascular.example.nhs.uk

cc: Mrs Gwendolyn Sharrock (patient)
""",
identifiers=[("Great George Street, Leeds LS1 3EX", AD), ("0113 496 0471", PH), ("VAS/TW/25/0318", REF), ("703 116 5528", NHS),
             ("L3390217", HN), ("Harriet Kessington-Moore", CN), ("Kessington-Moore", CN), ("Moorside Surgery", AD),
             ("14 Gledhow Lane", AD), ("Chapel Allerton", AD), ("LS7 4QQ", PC), ("Gwendolyn Sharrock", PN), ("Sharrock", PN),
             ("7 Nettleton Close, Morley", AD), ("LS27 9PR", PC), ("Lydia", RN),
             ("tomasz.wierzbicki@leedsvascular.example.nhs.uk", EM)],
keep=["Leeds Vascular Institute", "Leeds General Infirmary", "18/02/2025", "02/06/1958", "NASCET", "04/02/2025", "HbA1c 61 mmol/mol",
      "ABCD2 score", "BP 152/88", "ACST-2", "SPACE-2", "atorvastatin", "80 mg", "clopidogrel 75 mg", "amlodipine 5 mg",
      "Dr Tomasz Wierzbicki", "FAST", "70-79%"]),

dict(id="ho-003", kind="logbook_table", text="""eLogbook export - consolidated personal logbook (vascular) - Dr T Wierzbicki - page 7 of 19
Filter: 01/09/2024 - 28/02/2025, role = P, PS-S, PS-T, A

Date       | Hosp no   | Pt | Age | Sex | Procedure                                  | Urg | Role | Supervisor
02/09/2024 | L2204711  | KB | 71  | M   | EVAR (Endurant II) for 6.1 cm AAA          | El  | PS-S | Mr Okonjo
05/09/2024 | L3019884  | AH | 66  | F   | Fem-pop (AK) bypass, reversed GSV          | El  | P    | -
11/09/2024 | L1187320  | TN | 83  | M   | R BKA                                      | Urg | P    | -
19/09/2024 | L4402976  | RS | 58  | M   | L CEA, shunted, Dacron patch               | Urg | P    | -
26/09/2024 | L0935218  | JMcA | 77 | F  | Open AAA repair, tube graft, rupture        | Em  | PS-S | Mr Okonjo
03/10/2024 | L2750036  | PD | 69  | M   | Angioplasty SFA + DCB                      | El  | A    | Dr Venn (IR)
17/10/2024 | L3311490  | EW | 54  | F   | Brachiocephalic AVF                        | El  | P    | -
24/10/2024 | L1629547  | GO | 62  | M   | Debridement + TMA L foot (diabetic)        | Urg | P    | -

Totals this page: P 5, PS-S 2, A 1
Verified: Mr A. Okonjo, Consultant Vascular Surgeon and Educational Supervisor, 03/03/2025
""",
identifiers=[("L2204711", HN), ("KB", PN), ("L3019884", HN), ("AH", PN), ("L1187320", HN), ("TN", PN), ("L4402976", HN), ("RS", PN),
             ("L0935218", HN), ("JMcA", PN), ("L2750036", HN), ("PD", PN), ("L3311490", HN), ("EW", PN), ("L1629547", HN), ("GO", PN),
             ("Dr Venn", CN)],
keep=["Dr T Wierzbicki", "Mr Okonjo", "Mr A. Okonjo", "EVAR (Endurant II)", "6.1 cm AAA", "83", "R BKA", "Dacron patch",
      "page 7 of 19", "01/09/2024", "28/02/2025", "03/03/2025"]),

dict(id="ho-004", kind="wpba_dops", text="""DIRECT OBSERVATION OF PROCEDURAL SKILLS (DOPS) - export from NHS ePortfolio
Doctor: Dr Tomasz Wierzbicki (GMC 7412093)
Assessor: Mr Adebola Okonjo, Consultant Vascular Surgeon, GMC 4187263, a.okonjo@leedsvascular.example.nhs.uk
Date of assessment: 27/01/2025      Location: Leeds General Infirmary, Hybrid Theatre
Procedure: Percutaneous EVAR, bilateral ultrasound-guided femoral access with ProGlide pre-close
Patient: 74 M, infrarenal AAA 5.8 cm (case ID on form: L3846021 - R.T.)
Difficulty: more difficult than average (short neck 12 mm, angulation 60 degrees)

Domain ratings (1-6):
Demonstrates understanding of indications, anatomy: 6
Obtains informed consent: 5
Pre-procedure preparation / WHO checklist: 6
Technical ability: 5
Aseptic technique: 6
Seeks help where appropriate: 6
Post-procedure management: 5

Global: Level 4 - performs the procedure competently without supervision and manages complications.
What went well: excellent planning on 3mensio, correct choice of proximal landing; good communication with radiographer Karen (no surname on form) and anaesthetist.
Learning points: consider earlier use of the Lunderquist wire in tortuous iliacs.
Link: https://eportfolio.example.org/dops/assessment/88213470
Signed: A. Okonjo 27/01/2025
""",
identifiers=[("GMC 4187263", GMC), ("a.okonjo@leedsvascular.example.nhs.uk", EM), ("L3846021", HN), ("R.T.", PN), ("Karen", CN),
             ("https://eportfolio.example.org/dops/assessment/88213470", URL)],
keep=["Dr Tomasz Wierzbicki", "7412093", "Mr Adebola Okonjo", "A. Okonjo", "27/01/2025", "Leeds General Infirmary", "Hybrid Theatre",
      "ProGlide", "5.8 cm", "12 mm", "60 degrees", "Level 4", "3mensio", "Lunderquist wire", "WHO checklist"]),

dict(id="ho-005", kind="mdt_list", text="""VASCULAR MDT - THURSDAY 16/01/2025 - LGI seminar room 2 / Teams
Chair: Mr A. Okonjo   Presenting: Dr Wierzbicki, Dr Lamb (IR)   Coordinator: Shona Pettifer x 60418

1) Fergus Blenkinsop 81M  L2288104  NHS 455 902 1736
   CTA: 7.2 cm juxtarenal AAA, eGFR 38. Frail (CFS 6).
   Outcome: not for open repair; offer fenestrated EVAR discussion vs conservative; TW to see with son Alastair.
2) Irene Tattersall 69F  L0177390  NHS 489 311 2067
   Rest pain L, occluded SFA, reconstitutes AK popliteal. Outcome: fem-pop bypass with GSV (vein mapped 4 mm).
3) Mohammed Rafiq Hussainy 57M  L3902271  NHS 632 074 8819
   Diabetic foot, osteomyelitis 2nd toe, TBPI 0.42. Outcome: angioplasty + toe amputation; podiatry (Kirsty Wadden) to follow.
4) "Bunny" Edwina Calloway 88F  L1457736
   Incidental 4.4 cm AAA. Outcome: discharge to GP, no surveillance given age and wishes.

Actions: TW - clinic letters for 1 & 3 by 20/01/2025. IR slots: contact 0113 496 0512.
""",
identifiers=[("Dr Lamb", CN), ("Shona Pettifer", CN), ("60418", PH), ("Fergus Blenkinsop", PN), ("L2288104", HN), ("455 902 1736", NHS),
             ("Alastair", RN), ("Irene Tattersall", PN), ("L0177390", HN), ("489 311 2067", NHS), ("Mohammed Rafiq Hussainy", PN),
             ("L3902271", HN), ("632 074 8819", NHS), ("Kirsty Wadden", CN), ("Bunny", PN), ("Edwina Calloway", PN), ("L1457736", HN),
             ("0113 496 0512", PH)],
keep=["16/01/2025", "Mr A. Okonjo", "Dr Wierzbicki", "TW", "7.2 cm juxtarenal AAA", "eGFR 38", "CFS 6", "81M", "69F", "TBPI 0.42",
      "4.4 cm AAA", "20/01/2025"]),

dict(id="ho-006", kind="datix_incident_ocr", text="""LEEDS TEACH1NG HOSP1TALS NHS TRUST     lNCIDENT REP0RT (Datix)
Ref: W1 - 2O24 - 118392           Date of incident: 09/11/2O24   Time: 02:15
Locatlon: Ward J24 (vascular)   Bed 3
Person affected: Mr Reginald 0ttershaw   DOB 21/O7/1946   M
Hosp. N0: L 2O6 8841     NHS no 4l6 223 O957

Descrlption: patient on heparin infusion (APTTr target 1.5-2.5) post emergency embolectomy. Infusion rate
not changed after APTTr 4.1 at 22:00 as result not actioned by F1 Dr Ciaran Mulgrew - result was
phoned by lab (biochemist Anjali Thekkedath, ext 2 6610) but message taken by agency nurse Dorota
Kaczmar-Lewis and not passed on. Oozing from groin wound noted 02:00. Infusion stopped; APTTr 3.6
at 03:00. Hb 98 (from 112). No transfusion. Dr T. Wierzbicki (on-call registrar/locum consultant)
reviewed at 02:20.

Immediate action: heparin held 1 hr, restarted at reduced rate per protocol. Pressure to groin.
Harm: low. Duty of candour: discussed with patient and his niece Mrs Paulette 0ttershaw-Greene 09/11/2O24.
Reported by: T. Wierzbicki   Handler: Ward manager
StEIS: not required
""",
identifiers=[("W1 - 2O24 - 118392", REF), ("Reginald 0ttershaw", PN), ("L 2O6 8841", HN), ("4l6 223 O957", NHS),
             ("Ciaran Mulgrew", CN), ("Anjali Thekkedath", CN), ("2 6610", PH), ("Dorota\nKaczmar-Lewis", CN),
             ("Paulette 0ttershaw-Greene", RN)],
keep=["LEEDS TEACH1NG HOSP1TALS NHS TRUST", "09/11/2O24", "Ward J24 (vascular)", "Bed 3", "21/O7/1946", "APTTr 4.1", "APTTr 3.6",
      "Hb 98", "Dr T. Wierzbicki", "T. Wierzbicki", "heparin infusion"]),

dict(id="ho-007", kind="whatsapp_export", text="""[12/12/2024, 21:04:11] Sam Reg LGI: anyone around for a ?ruptured AAA in ED resus, 79M, SBP 70
[12/12/2024, 21:04:58] Tomasz W: coming. Name/no?
[12/12/2024, 21:05:20] Sam Reg LGI: Norman Pickersgill L0392166 - CT done, 8cm, retroperitoneal haematoma
[12/12/2024, 21:05:41] Tomasz W: call theatres 0113 496 0733, activate MHP, tell anaesthetist. Is family there?
[12/12/2024, 21:06:30] Sam Reg LGI: daughter Tracey Pickersgill on way, mob 07700 900662
[12/12/2024, 21:07:02] Tomasz W: ok. permissive hypotension, no more than 500ml crystalloid. O neg x4 running?
[12/12/2024, 21:07:15] Sam Reg LGI: yes 2 in. TXA 1g given
[12/12/2024, 21:19:44] Tomasz W: in theatre 11. Aortic balloon not needed, clamping above. Thanks all
[13/12/2024, 07:52:03] Jess Theatres: He's on ICU bed 14 this morning, lactate 2.1
[13/12/2024, 08:01:19] Tomasz W: great work team. Will debrief at 12 in seminar rm
""",
identifiers=[("Sam Reg LGI", CN), ("Norman Pickersgill", PN), ("L0392166", HN), ("0113 496 0733", PH), ("Tracey Pickersgill", RN),
             ("07700 900662", PH), ("Jess Theatres", CN)],
keep=["Tomasz W", "79M", "SBP 70", "8cm", "500ml crystalloid", "TXA 1g", "ICU bed 14", "lactate 2.1", "12/12/2024", "theatre 11"]),

dict(id="ho-008", kind="reflective_note", text="""Reflective note - learning from a delayed diagnosis of acute limb ischaemia
Author: Tomasz Wierzbicki, Locum Consultant, Leeds General Infirmary. Written 14/04/2025.

What happened. In March 2025 a 63-year-old woman (I will call her Mrs A) was referred by her GP in Pudsey with a "cold left leg for 3 days". The referral had been triaged to the routine rapid-access clinic rather than to the on-call team. When I saw her in clinic, she had a white, paralysed foot with no Doppler signals at the ankle (Rutherford IIb). She underwent emergency embolectomy and fasciotomy; despite this she needed a below-knee amputation 6 days later.

The referral letter (from Dr Sunil Jagatheesan) was clear; the triage error happened in our office. I met her husband, who was angry and upset, and I apologised under the duty of candour. A Datix (W1-2025-124077) was completed and I presented the case at the April M&M.

What I learned. Our electronic referral form lacked a "limb-threatening" flag. With the service manager, Ms Leonie Garbutt, I wrote a one-page triage SOP, in line with the NICE CG147 and the Vascular Society PAD QIF. Re-audit in 2 months will check that all "acute" referrals reach the on-call registrar within 1 hour.

Discussed with my educational supervisor, Mr A. Okonjo, on 16/04/2025.
""",
identifiers=[("Pudsey", AD), ("Mrs A", PN), ("Dr Sunil Jagatheesan", CN), ("W1-2025-124077", REF), ("Ms Leonie Garbutt", CN)],
keep=["Tomasz Wierzbicki", "Leeds General Infirmary", "14/04/2025", "63-year-old woman", "Rutherford IIb", "NICE CG147",
      "Vascular Society", "Mr A. Okonjo", "16/04/2025", "6 days"]),
]
