# Dr Farida Rahmani - Emergency Medicine - Royal Derby Hospital; earlier Khyber Teaching Hospital, Peshawar
from common import doc

APPL = "Dr Farida Rahmani"

DOCS = [
doc("s51-001", "ed_attendance_summary", APPL, """University Hospitals of Derby and Burton NHS Foundation Trust
Emergency Department, Royal Derby Hospital
Kedleston Vale Road, Derby DE22 4QW    Tel: 01632 960114

EMERGENCY DEPARTMENT ATTENDANCE SUMMARY (copy for GP)

Patient:  Leonard ASHWORTH-PIKE          Sex: Male    DOB: 11/09/1948 (76 y)
NHS No:   612 448 9073                   Hosp No: RTG4418826
ED attendance no: 25/061774
Address:  7 Fennel Close, Mickleover, Derby DE3 0RT
Registered GP: Dr P. Okoro, Brackensdale Surgery, 2 Hollybrook Way, Derby DE22 2HB

Arrival: 14/03/2025 02:41, ambulance (EMAS incident no. 1403-0093)
Triage (Manchester Triage System): ORANGE, discriminator "cardiac pain"
Clinician: Dr Farida Rahmani, Specialty Doctor, Emergency Medicine

History
Central chest tightness from about 23:30 while watching television, radiating to the left arm, with sweating. His wife, Maureen, rang 999. Background: type 2 diabetes (metformin 1 g BD), hypertension (ramipril 5 mg OD), ex-smoker 30 pack-years. No previous angiography.

Examination
HR 94, BP 158/92, SpO2 97% on air, RR 18. Heart sounds normal, chest clear, no peripheral oedema.

Investigations
ECG 02:48: sinus rhythm, 1.5 mm horizontal ST depression V4-V6, no ST elevation.
hs-troponin T 88 ng/L (0 h) -> 142 ng/L (3 h). Hb 131 g/L, eGFR 58, K+ 4.6.
HEART score 7. GRACE score 139.

Management
Aspirin 300 mg, ticagrelor 180 mg loading, fondaparinux 2.5 mg SC, GTN infusion titrated to pain. Discussed with the on-call cardiology registrar, Dr Jahangir, who accepted.

Diagnosis: non-ST-elevation myocardial infarction (ICD-10 I21.4)
Outcome: admitted to the Cardiac Care Unit, bed 6, at 06:10.

Mr Ashworth-Pike and his wife were told the diagnosis and the plan for inpatient angiography; they asked that their son Gavin be phoned, which the nurse in charge did.

Dr Farida Rahmani
Specialty Doctor, Emergency Medicine, GMC 7712048
""",
ids=[("Kedleston Vale Road, Derby", "A"), ("DE22 4QW", "PC"), ("01632 960114", "T"),
     ("Leonard ASHWORTH-PIKE", "P"), ("Ashworth-Pike", "P"), ("612 448 9073", "N"), ("RTG4418826", "H"),
     ("25/061774", "H"), ("7 Fennel Close, Mickleover, Derby", "A"), ("DE3 0RT", "PC"),
     ("P. Okoro", "C"), ("Brackensdale Surgery, 2 Hollybrook Way, Derby", "A"), ("DE22 2HB", "PC"),
     ("1403-0093", "REF"), ("Maureen", "R"), ("Jahangir", "C"), ("Gavin", "R")],
keep=["Dr Farida Rahmani", "7712048", "11/09/1948", "76 y", "Royal Derby Hospital",
      "University Hospitals of Derby and Burton NHS Foundation Trust", "Manchester Triage System",
      "HEART score 7", "GRACE score 139", "ticagrelor 180 mg", "fondaparinux 2.5 mg SC", "I21.4",
      "Cardiac Care Unit", "bed 6", "hs-troponin T 88 ng/L", "metformin 1 g BD", "14/03/2025 02:41"]),

doc("s51-002", "wpba_mini_cex_export", APPL, """Royal College of Emergency Medicine - Kaizen ePortfolio
Exported 02/06/2025 19:14 by Farida Rahmani

MINI-CEX (2021 curriculum)
Event ref: KZ-5F2C88A1
Trainee: Dr Farida Rahmani   GMC: 7712048   Post: Specialty Doctor, ED, Royal Derby Hospital
Assessor: Dr Sian Whitlock (Consultant in Emergency Medicine)   Assessor GMC: 4471852
Assessor email: sian.whitlock@nhs.net
Date of event: 22/05/2025   Location: Resus bay 2
SLOs linked: SLO1, SLO3

Case summary (trainee)
67-year-old woman ("J.B." on the board) with palpitations and presyncope. Fast AF at 164/min, BP 96/58. Known mitral regurgitation, on bisoprolol 2.5 mg. Judged unstable; after discussion with the assessor I proceeded to synchronised DC cardioversion under procedural sedation (propofol 40 mg, given by Dr Kwarteng, ST4 anaesthetics). Sinus rhythm after a single 120 J shock. CHA2DS2-VASc 3, started edoxaban 60 mg.

Assessor feedback
What went well: clear, calm leadership in resus; good use of the ABCDE approach; you explained the procedure to Mrs B. and her daughter in plain language and checked understanding. Sedation checklist used properly.
Learning points: document the time of the last meal before sedation; make sure the pads are placed antero-posterior before you start (bay nurse Becky had to re-site them).
Entrustment: Level 3 - "I could leave you to manage this and check in".

Agreed action: complete the RCEM procedural sedation e-learning module.
Assessor sign-off: Dr Sian Whitlock, 23/05/2025 08:02
Link: https://kaizenep.com/events/view/5f2c88a1-04d7-4b6e
""",
ids=[("KZ-5F2C88A1", "REF"), ("4471852", "G"), ("sian.whitlock@nhs.net", "E"), ("J.B.", "P"),
     ("Kwarteng", "C"), ("Mrs B.", "P"), ("Becky", "C"), ("https://kaizenep.com/events/view/5f2c88a1-04d7-4b6e", "U")],
keep=["Farida Rahmani", "Dr Farida Rahmani", "7712048", "Dr Sian Whitlock", "67-year-old woman",
      "bisoprolol 2.5 mg", "propofol 40 mg", "120 J", "CHA2DS2-VASc 3", "edoxaban 60 mg", "Resus bay 2",
      "Level 3", "22/05/2025"]),

doc("s51-003", "reflection", APPL, """Reflective note - missed scaphoid fracture
Dr Farida Rahmani, Emergency Department, Royal Derby Hospital. Written 09/10/2024.

What happened
In August I saw a 19-year-old man, Kieran, in minors after he came off his bike onto an outstretched hand. He was tender on the radial side of the wrist but I examined the anatomical snuffbox only briefly. The wrist films (two views) looked normal to me and I discharged him with a splint and advice, without arranging scaphoid views or fracture clinic follow-up. The radiographer, Devinder, had written "?scaphoid - suggest scaphoid views" on the request, which I did not read.

The radiology report came back 48 hours later as "possible undisplaced scaphoid waist fracture". The virtual fracture clinic recalled him on day 9, the fracture was confirmed on MRI, and he was in a cast for 8 weeks. His mother, Mrs Donnelly, rang the department to complain that nobody had told him. It was logged on Datix as W-2024-118734 (low harm).

What I learnt
- Clinical scaphoid signs (snuffbox tenderness, scaphoid tubercle tenderness, pain on axial loading of the thumb) should drive management even when the X-rays are normal.
- I now read the radiographer's comment box every time (the "red dot" system).
- I presented the case at our Tuesday teaching, and minors now has a scaphoid pathway poster, which I designed with Charge Nurse Omari Fletcher.

What I will do differently
Treat as a clinical scaphoid fracture, thumb spica, and refer to the virtual fracture clinic; apologise early and openly when we get it wrong - I phoned Kieran myself once I knew.

Discussed with, and verified by, my educational supervisor, Dr Gareth Pemberton, on 15/10/2024.
""",
ids=[("Kieran", "P"), ("Devinder", "C"), ("Donnelly", "R"), ("W-2024-118734", "REF"), ("Omari Fletcher", "C")],
keep=["Dr Farida Rahmani", "Dr Gareth Pemberton", "19-year-old man", "day 9", "8 weeks", "Royal Derby Hospital",
      "09/10/2024"]),

doc("s51-004", "handover_sheet", APPL, """ED NIGHT -> DAY HANDOVER   Mon 03/02/2025 08:00
Handing over: FR (night middle grade)   Taking: Dr S. Whitlock (cons) + day middle grades
Dept: 41 pts, 9 in majors >4h, 3 ambulances waiting, OPEL 3

RESUS
R1  Pauline OTWAY 81F  RTG2270145  ?L NOF #, fell at home ~0100. FIB done 0340 (levobupivacaine 0.25% 30 ml). Ortho aware (Mr Baptiste), bed on Ward 408 pending. Hb 108. Daughter Lesley on 07700 900318.
R3  UNKNOWN MALE approx 30s  temp no. RTG9000412  found in a park, GCS 9 -> 13, ?ETOH/?drugs, CT head NAD. Police (PC Aldridge, collar no. 3318) trying to ID. Keep on obs.

MAJORS
M2  "Tommo" - Thomas GREAVES 44M  RTG5530918  alcohol withdrawal, CIWA-Ar 18, chlordiazepoxide 20 mg 0500, Pabrinex 2 pairs IV. Pulling at cannula, Sister Lorna aware. Needs medical referral - NOT YET DONE!!
M5  Irene Matuszak 58F  RTG3381207  DKA, pH 7.18, ketones 5.1, FRIII running, K+ 4.0. Medics accepted (Dr Ng).
M7  Callum O'Day 23M  RTG6604493  sickle cell crisis, PCA morphine, Hb 71. Haem SpR to review. Partner (Jade) at bedside.

MINORS / UTC
3 waiting. Child with bead in L ear (Reuben, 4) - ENT morning clinic, mum has leaflet.

Staffing: no 2nd consultant until 10:00. Bleep 4417 for FR until 08:30.

Copy verified for portfolio: Dr S. Whitlock, Consultant EM, 10/02/2025
""",
ids=[("Pauline OTWAY", "P"), ("RTG2270145", "H"), ("Baptiste", "C"), ("Lesley", "R"), ("07700 900318", "T"),
     ("RTG9000412", "H"), ("Aldridge", "C"), ("3318", "O"), ("Tommo", "P"), ("Thomas GREAVES", "P"),
     ("RTG5530918", "H"), ("Lorna", "C"), ("Irene Matuszak", "P"), ("RTG3381207", "H"), ("Ng", "C"),
     ("Callum O'Day", "P"), ("RTG6604493", "H"), ("Jade", "R"), ("Reuben", "P"), ("4417", "T")],
keep=["FR", "Dr S. Whitlock", "81F", "levobupivacaine 0.25% 30 ml", "Ward 408", "CIWA-Ar 18",
      "chlordiazepoxide 20 mg", "Pabrinex", "pH 7.18", "GCS 9 -> 13", "OPEL 3", "44M", "Hb 71"]),

doc("s51-005", "rota", APPL, """Royal Derby Hospital - Emergency Department
Middle-grade rota, weeks commencing 06/01/2025 and 13/01/2025 (extract for portfolio)
Rota co-ordinator: Tanya Helliwell (ext 4631)

WEEK 1         Mon   Tue   Wed   Thu   Fri   Sat   Sun
Dr Rahmani     LD    LD    OFF   N     N     N     N
Dr Obi         N     N     N     OFF   LD    LD    OFF
Dr Kaczmarek   E     E     LD    LD    OFF   E     E
Dr Ferreira    OFF   E     E     E     E     OFF   LD
Dr Hussaini    LD    OFF   N     N     N     OFF   OFF
Dr Tremlett    E     LD    E     OFF   OFF   N     N

WEEK 2         Mon   Tue   Wed   Thu   Fri   Sat   Sun
Dr Rahmani     OFF   OFF   OFF   E     E     LD    OFF
Dr Obi         E     LD    E     E     N     N     N
Dr Kaczmarek   N     N     N     N     OFF   OFF   LD
Dr Ferreira    LD    E     OFF   LD    LD    E     E
Dr Hussaini    OFF   E     LD    E     E     OFF   OFF
Dr Tremlett    E     OFF   OFF   N     N     OFF   E

Key: E = 08:00-17:00; LD = 08:00-22:00; N = 21:30-08:30; OFF = zero hours
FR hours weeks 1-2: 96.5 (rota average 46.5 h/week, within the 48 h limit; max 4 consecutive nights)
Gaps: Sat wk 2 night covered by locum (agency ref AG-77812).
I wrote this rota from January 2025 after the previous co-ordinator left; swaps approved by me, checked against the 2016 terms and conditions.

Signed as accurate: Dr Imogen Stanhope, Clinical Director for Emergency Medicine, 20/01/2025
""",
ids=[("Tanya Helliwell", "C"), ("4631", "T"), ("Obi", "C"), ("Kaczmarek", "C"), ("Ferreira", "C"),
     ("Hussaini", "C"), ("Tremlett", "C"), ("AG-77812", "REF")],
keep=["Dr Rahmani", "FR", "Dr Imogen Stanhope", "Royal Derby Hospital", "96.5", "08:00-22:00", "21:30-08:30"]),

doc("s51-006", "register_extract_ocr_translation", APPL, """[Scanned photocopy - OCR text. Urdu headings translated below.]

KHYBER TEACHING HOSPITAL, PESHAWAR
Department of Accident & Emergency
حادثات و ایمرجنسی - روزنامچہ
Casualty Register - extract certified for Dr Farida Rahmani (Medical Officer, 01/2019 - 06/2021)

S.No  MR No.         Name / نام                              Age/Sex  Diagnosis                      Disposal       MO
1     KTH-19-044718  Gul Zaman / گل زمان                     34/M     Blast injury, # R tibia        OT / Ortho     F.R.
2     KTH-19-044731  Bibi Sakina / بی بی سکینہ                61/F     DKA                            Med-C          F.R
3     KTH-19-O44790  Shah Wa1i Khan                          8/M      Scorpion sting, priapism       Paeds ICU      F.Rahmani
4     KTH-19-044802  Naseem Akhtar d/o Muhammad Akhtar        19/F     Organophosphate poisoning      ICU, atropine  F.R.
5     KTH-19-0448l1  Unknown male (brought by Edhi)          ~40/M    Head injury GCS 7              Neurosurg      F.R.

Shift: 18/02/2019 (night). Register total for shift: 112 patients. Atropine 2 mg IV repeated (total 38 mg) for S.No 4.

Translation of headings (Urdu -> English), by Farida Rahmani, checked by Dr Zainab Qureshi:
حادثات و ایمرجنسی - روزنامچہ = Accidents & Emergency - daily register
نام = name

Certified true copy
Prof. Dr Abdul Wahab Yousafzai
Head of Department, Accident & Emergency, Khyber Teaching Hospital
""",
ids=[("KTH-19-044718", "H"), ("Gul Zaman", "P"), ("گل زمان", "P"), ("KTH-19-044731", "H"), ("Bibi Sakina", "P"),
     ("بی بی سکینہ", "P"), ("KTH-19-O44790", "H"), ("Shah Wa1i Khan", "P"), ("KTH-19-044802", "H"),
     ("Naseem Akhtar", "P"), ("Muhammad Akhtar", "R"), ("KTH-19-0448l1", "H")],
keep=["Dr Farida Rahmani", "Farida Rahmani", "F.R.", "F.Rahmani", "Prof. Dr Abdul Wahab Yousafzai",
      "Dr Zainab Qureshi", "Khyber Teaching Hospital", "GCS 7", "34/M", "61/F", "Atropine 2 mg IV", "18/02/2019"]),

doc("s51-007", "coroner_statement", APPL, """STATEMENT OF WITNESS
(Coroners (Inquests) Rules 2013, rule 23; Criminal Justice Act 1967, s.9)

In the matter of the inquest touching the death of Graham Peter LYLE-EVANS
Coroner's reference: DCC/0417/2024
Date of birth of deceased: 02/12/1961        Date of death: 19/04/2024

Statement of: Dr Farida Rahmani, MBBS, MRCEM
Occupation: Specialty Doctor in Emergency Medicine, Royal Derby Hospital
GMC number: 7712048

1. I make this statement at the request of the coroner's officer, Mr Stuart Vance. It is based on my memory and on the ED clinical record (Symphony attendance 24/039915), which I have read.

2. On 18 April 2024 I was the senior doctor in majors from 20:00 to 08:00. At 23:12 Mr Lyle-Evans was brought in by ambulance (EMAS incident 1804-2291) from his home at Flat 3, 41 Osmaston Park Road, Derby DE24 8BT, after a collapse witnessed by his partner, Ms Carol Henshaw.

3. The triage nurse, Staff Nurse Precious Mbeki, asked me to see him at 23:20. His GCS was 14 (E3 V5 M6), BP 84/50, HR 126, lactate 6.2 mmol/L. He complained of severe back pain.

4. I suspected a ruptured abdominal aortic aneurysm because of the back pain, hypotension and a pulsatile mass. Bedside ultrasound (POCUS) showed an infrarenal aorta of 7.1 cm. I activated the major haemorrhage protocol at 23:31 and telephoned the vascular surgeon on call, Mr Desmond Achterberg, at 23:33. He was at the vascular hub and advised immediate transfer.

5. Transfer was arranged with the critical care transfer team, and the anaesthetic registrar, Dr Lauren Pryce-Jones, was to accompany him. Mr Lyle-Evans had a cardiac arrest in the department at 00:52, before departure. CPR continued for 34 minutes, with 8 units of O-negative red cells and 4 units of FFP. Resuscitation was stopped at 01:26 after discussion with the team and with Ms Henshaw, who was present.

6. I spoke with Ms Henshaw afterwards in the relatives' room with the nurse in charge. I explained what had happened and that the death would be reported to the coroner.

I believe that the facts stated in this witness statement are true.
Signed: F. Rahmani        Dated: 06/06/2024
""",
ids=[("Graham Peter LYLE-EVANS", "P"), ("Lyle-Evans", "P"), ("DCC/0417/2024", "REF"), ("Stuart Vance", "C"),
     ("24/039915", "H"), ("1804-2291", "REF"), ("Flat 3, 41 Osmaston Park Road, Derby", "A"), ("DE24 8BT", "PC"),
     ("Carol Henshaw", "R"), ("Henshaw", "R"), ("Precious Mbeki", "C"), ("Desmond Achterberg", "C"),
     ("Lauren Pryce-Jones", "C")],
keep=["Dr Farida Rahmani", "F. Rahmani", "7712048", "02/12/1961", "19/04/2024", "Coroners (Inquests) Rules 2013",
      "Criminal Justice Act 1967", "GCS was 14 (E3 V5 M6)", "lactate 6.2 mmol/L", "7.1 cm", "Royal Derby Hospital",
      "34 minutes"]),

doc("s51-008", "teaching_feedback", APPL, """Teaching session feedback summary
Session: "The sick child in ED - paediatric resus simulation"
Education Centre, Royal Derby Hospital. 12/11/2024, 13:30-16:30
Faculty lead: Dr Farida Rahmani. Co-faculty: Sister Hayley Brindle (paediatric ED), Dr Arjun Mallick (ST5 EM)

Attendees (from signed register): FY1 x 6, FY2 x 4, ACCS CT1 x 2 -
Ellie Marchbank, Josh Tanaka, Ruqayyah Bashir, Liam Coogan, Sophie Antrobus, Daniel Mwangi,
Priya Ramcharan, Owen Delahunty, Chloe Vandenberg, Bilal Sheikh, Maisie Trott, Ashok Venkatesan

Feedback (12 of 12 returned)            Mean (1-5)
Relevance to my practice                4.8
Quality of the scenarios                4.7
Debrief (PEARLS model)                  4.6
Facilitator knowledge                   4.9

Free-text comments
- "Farida's debrief after the anaphylaxis scenario was the best I've had - she made it OK to say I froze."
- "More time on weight-based drug calculations please (we used WETFLAG)."
- "Loved the manikin with the bulging fontanelle. Josh was a great team leader in scenario 3!"
- "Would be useful to have the APLS algorithms printed out."
- "Adrenaline 10 micrograms/kg IM for anaphylaxis - I will never forget it now."

Verified: Dr Gareth Pemberton, Consultant in Emergency Medicine and Educational Supervisor, 14/11/2024
""",
ids=[("Hayley Brindle", "C"), ("Arjun Mallick", "C"), ("Ellie Marchbank", "C"), ("Josh Tanaka", "C"),
     ("Ruqayyah Bashir", "C"), ("Liam Coogan", "C"), ("Sophie Antrobus", "C"), ("Daniel Mwangi", "C"),
     ("Priya Ramcharan", "C"), ("Owen Delahunty", "C"), ("Chloe Vandenberg", "C"), ("Bilal Sheikh", "C"),
     ("Maisie Trott", "C"), ("Ashok Venkatesan", "C"), ("Josh", "C")],
keep=["Dr Farida Rahmani", "Farida", "Dr Gareth Pemberton", "WETFLAG", "APLS", "PEARLS",
      "Adrenaline 10 micrograms/kg IM", "Royal Derby Hospital", "12/11/2024"]),

doc("s51-009", "email", APPL, """From: Rahmani Farida (UHDB) <farida.rahmani2@nhs.net>
To: Hollis Rebecca (UHDB) <rebecca.hollis7@nhs.net>
Cc: uhdb.edqi@nhs.net
Sent: 28 January 2025 22:47
Subject: RE: Sepsis QI - PDSA cycle 2 data + the delayed case

Hi Becca,

Cycle 2 numbers attached (6-26 Jan). Antibiotics within 60 min for red-flag sepsis: 71% (42/59), up from 52% in cycle 1. Blood cultures before antibiotics 88%. Lactate within 1 h 93%.

The one I mentioned at handover - the 72-year-old lady from Allestree (Hosp No RTG7719023) who waited 3 h 10 min for Tazocin - I have put through Datix (W-2025-004412) because the PGD for nurse-initiated antibiotics wasn't used. The triage nurse (Megan) is upset, so please can we treat it as learning, not blame. Her daughter, Mrs Fenwick, has already rung PALS (PALS ref 25-0187).

Could we put the run chart on the QI board? Teams link for Thursday: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NzA2YjMt
I'm on 07700 900562 if easier.

Thanks
Farida

Farida Rahmani | Specialty Doctor, Emergency Medicine | Royal Derby Hospital | ext 4418
""",
ids=[("farida.rahmani2@nhs.net", "E"), ("Hollis Rebecca (UHDB)", "C"), ("rebecca.hollis7@nhs.net", "E"),
     ("uhdb.edqi@nhs.net", "E"), ("Becca", "C"), ("Allestree", "A"), ("RTG7719023", "H"),
     ("W-2025-004412", "REF"), ("Megan", "C"), ("Fenwick", "R"), ("25-0187", "REF"),
     ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NzA2YjMt", "U"), ("07700 900562", "T"),
     ("4418", "T")],
keep=["Rahmani Farida (UHDB)", "Farida", "Farida Rahmani", "72-year-old lady", "Tazocin", "71% (42/59)",
      "Royal Derby Hospital", "3 h 10 min"]),
]
