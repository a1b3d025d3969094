# Dr Ahmed El-Sayed - emergency medicine (GMC 7582214)
from common import T

C = "Dr Ahmed El-Sayed"

T("ed_discharge_letter", C, """Kestlebury Hospital Emergency Department - Mid-Kestle NHS Trust
Emergency Department discharge letter to GP

Attendance no: ED25-0417733     Arrived: 19/04/2025 23:48 by ambulance (CAD 190425-1162)
Name: Ms Tamsin Rowe-Appleby     DOB: 08/10/1999     Gender: F
NHS: 718 550 2934
Address: 9 Whistler's Yard, Kestlebury KS3 7NA
Registered GP: Dr Felicity Oyelaran, Brookside Health Centre
Next of kin: partner, Callum (07700 900145)

Presenting complaint: paracetamol overdose, 32 x 500 mg tablets (16 g, about 250 mg/kg) staggered over 6 hours.
4-hour level not interpretable (staggered). ALT 38, INR 1.0, creatinine 71. Acetylcysteine (SNAP regimen) started at 00:35, completed 12 h regimen; post-treatment ALT 41, INR 1.1.
Mental health: seen by the liaison psychiatry team (RAID) at 10:20; Mental Capacity Act assessment documented; safety plan and crisis line given; follow-up with community mental health team within 72 hours.
Discharged 20/04/2025 15:10.
Clinician: Dr A. El-Sayed, Associate Specialist, Emergency Medicine
Supervising consultant: Dr Fiona Brackenridge
""", [("ED25-0417733", "HN"), ("190425-1162", "REF"), ("Tamsin Rowe-Appleby", "PN"), ("718 550 2934", "NHS"),
      ("9 Whistler's Yard, Kestlebury", "AD"), ("KS3 7NA", "PC"), ("Felicity Oyelaran", "CN"), ("Callum", "RN"),
      ("07700 900145", "PH")],
  ["Kestlebury Hospital Emergency Department", "Mid-Kestle NHS Trust", "DOB: 08/10/1999", "Gender: F",
   "32 x 500 mg", "16 g", "250 mg/kg", "ALT 38", "INR 1.0", "Acetylcysteine (SNAP regimen)", "Mental Capacity Act",
   "72 hours", "Dr A. El-Sayed", "Dr Fiona Brackenridge", "19/04/2025 23:48"])

T("safeguarding_referral", C, """CHILD SAFEGUARDING REFERRAL - Kestlebury Hospital ED (copy for portfolio; anonymise before upload)
MASH referral no: KMASH/25/004812     Police crime ref: KP-CR-0077145-25
Child: Leo Hartigan-Moss, 14 months, DOB 02/01/2024
Mother: Kayleigh Hartigan; mother's partner (not the father): Jordan "JJ" Pryce
Home: 41b Cannery Close, Westhaven, Kestlebury, KS7 2DW
Health visitor: Ruth Adeyemi-Stone (tel 01632 960283)

Concern: 14-month-old, non-mobile for walking, with a spiral fracture of the left tibia and two bruises on the left ear pinna (TEN-4-FACESp positive). Explanation ("fell off the sofa") inconsistent with the injury.
Actions: skeletal survey and CT head requested; ophthalmology review for retinal haemorrhages; admitted to Children's Ward (Puffin Ward) under Dr Sunita Mehra, consultant paediatrician (child protection medical).
Discussed with the named nurse for safeguarding at 14:05 on 22/03/2025.
Referrer: Dr Ahmed El-Sayed, Associate Specialist in Emergency Medicine, GMC 7582214
""", [("KMASH/25/004812", "REF"), ("KP-CR-0077145-25", "REF"), ("Leo Hartigan-Moss", "PN"), ("Kayleigh Hartigan", "RN"),
      ("Jordan \"JJ\" Pryce", "RN"), ("41b Cannery Close, Westhaven, Kestlebury", "AD"), ("KS7 2DW", "PC"),
      ("Ruth Adeyemi-Stone", "CN"), ("01632 960283", "PH"), ("Sunita Mehra", "CN")],
  ["14 months", "DOB 02/01/2024", "spiral fracture of the left tibia", "TEN-4-FACESp", "Puffin Ward", "22/03/2025",
   "Dr Ahmed El-Sayed", "GMC 7582214", "Kestlebury Hospital ED", "skeletal survey"])

T("incident_review", C, """Mid-Kestle NHS Trust - After Action Review / Datix summary
LFPSE ref: LFPSE-2024-1093372   Datix: DW-88214   Severity: moderate harm
Title: Missed scaphoid fracture - delayed diagnosis (ED)
Facilitator: Dr Ahmed El-Sayed (Associate Specialist)   Approved: Dr Fiona Brackenridge, Clinical Lead

What happened: a 23-year-old right-handed man fell on an outstretched hand (FOOSH) on 02/08/2024. He was seen by an ED locum, Dr Guy Templeman, who requested wrist but not scaphoid views and discharged him without a splint. He re-attended on 30/08/2024 with persisting anatomical snuffbox tenderness; scaphoid views showed a waist fracture with early displacement. He needed ORIF (Herbert screw) on 06/09/2024.
The patient (R.McG.) and his mother were informed under the Duty of Candour on 05/09/2024 (letter ref DoC/ED/2024/061).

Contributory factors: the locum induction pack did not include the hand and wrist pathway; the radiology hot-reporting service ran only until 17:00; the virtual fracture clinic was not told about "clinical scaphoid" cases.
Learning and actions: scaphoid pathway added to the locum induction (owner: Dr El-Sayed, done 01/10/2024); all clinical scaphoid injuries to have a thumb spica and VFC referral; re-audit in 6 months.
""", [("LFPSE-2024-1093372", "REF"), ("DW-88214", "REF"), ("Guy Templeman", "CN"), ("R.McG.", "PN"),
      ("DoC/ED/2024/061", "REF")],
  ["Dr Ahmed El-Sayed", "Dr Fiona Brackenridge", "23-year-old", "FOOSH", "02/08/2024", "anatomical snuffbox",
   "ORIF (Herbert screw)", "Duty of Candour", "Dr El-Sayed", "thumb spica", "Mid-Kestle NHS Trust", "6 months"])

T("rota", C, """Kestlebury ED middle-grade rota - weeks commencing 05/05/2025 and 12/05/2025 (extract prepared by Dr A. El-Sayed as rota lead)
Slot     Mon     Tue     Wed     Thu     Fri     Sat     Sun
MG1      08-18   08-18   OFF     22-08   22-08   OFF     OFF
MG2      14-24   14-24   14-24   OFF     OFF     08-20   08-20
MG3      22-08   22-08   22-08   OFF     08-18   OFF     12-24
MG4 (AE) 08-18   12-22   12-22   08-18   OFF     20-08   20-08
Resus lead each shift; minimum 2 middle grades after 22:00 per RCEM staffing guidance.
Gaps filled: 11 of 13 (2 escalated to the locum bank, agreed by Dr Fiona Brackenridge, Clinical Director).
Compliance check: no more than 4 consecutive nights, 46 h rest after nights, average 47.5 h/week (Working Time Regulations 1998).
""", [],
  ["Dr A. El-Sayed", "05/05/2025", "MG4 (AE)", "RCEM", "11 of 13", "Dr Fiona Brackenridge", "46 h", "47.5 h/week",
   "Working Time Regulations 1998", "22:00"])

T("coroner_statement", C, """STATEMENT FOR HM SENIOR CORONER FOR KESTLESHIRE
Coroner's ref: 00391-2025/KES      Inquest touching the death of: Mr Stanley Ogunwale-Briggs (deceased)
Police ref: KP-SD-25-01184         Ambulance incident no: 2503140981
Statement of: Dr Ahmed El-Sayed MB BCh, Associate Specialist in Emergency Medicine, Kestlebury Hospital. GMC number 7582214.

1. I was the senior doctor in the Emergency Department on the night of 14/03/2025.
2. Mr Ogunwale-Briggs, aged 56, arrived in Resus bay 3 at 02:14 in cardiac arrest (VF) after collapsing at his home in Orchard Lane, Fallowfield Green. His wife, Patience, had started CPR. Paramedics Lee Dorrington and Abi Kamau had given three shocks and adrenaline 1 mg x 2.
3. ROSC was achieved at 02:31 after a further shock and amiodarone 300 mg. ECG showed an anterior STEMI. I discussed him with the PPCI centre at Harbridge Royal Infirmary (Dr Naveen Ralhan), who accepted him.
4. He re-arrested during transfer preparation at 03:05. Despite ALS for 41 minutes including mechanical CPR (LUCAS), he died at 03:46. I informed Patience and his brother, Femi, in the family room.
I believe that the facts stated in this statement are true.
Signed: A. El-Sayed   Date: 28/03/2025
""", [("00391-2025/KES", "REF"), ("Stanley Ogunwale-Briggs", "PN"), ("Ogunwale-Briggs", "PN"), ("KP-SD-25-01184", "REF"),
      ("2503140981", "REF"), ("Orchard Lane, Fallowfield Green", "AD"), ("Patience", "RN"),
      ("Lee Dorrington", "CN"), ("Abi Kamau", "CN"), ("Naveen Ralhan", "CN"), ("Femi", "RN")],
  ["HM SENIOR CORONER FOR KESTLESHIRE", "Dr Ahmed El-Sayed", "GMC number 7582214", "14/03/2025", "aged 56",
   "Resus bay 3", "02:14", "adrenaline 1 mg x 2", "amiodarone 300 mg", "anterior STEMI", "Harbridge Royal Infirmary",
   "41 minutes", "LUCAS", "A. El-Sayed", "28/03/2025", "Kestlebury Hospital"])

T("certificate_translation_abroad", C, """Certified English translation of an Arabic original (Kasr Al Ainy Hospital, Cairo University)
Translator: Nadia Farouk, sworn translator, certification no. CT-11873 (statement of accuracy attached)

Emergency Department - Experience and case log summary
Dr Ahmed Mohamed El-Sayed served as Resident then Assistant Lecturer in Emergency Medicine from 01/10/2014 to 30/09/2019.
Major trauma team leader: 212 cases (ISS > 15 in 96). RSI performed as first operator: 148 (first-pass success 91%). Thoracostomy: 63. Paediatric resuscitation: 77.
Notable case presented at the department meeting: a 7-year-old boy (file no. KA-ER-2018-55917) with a tension pneumothorax after a road traffic collision; the boy's father, Mahmoud, consented to publication of the anonymised images.
Signed and stamped: Prof. Hisham Abdel-Ghaffar, Head of Emergency Medicine, 14/11/2019
Faculty reference: KAH/EM/HR/2019/7712
""", [("KA-ER-2018-55917", "HN"), ("Mahmoud", "RN"), ("KAH/EM/HR/2019/7712", "REF"), ("CT-11873", "OID")],
  ["Kasr Al Ainy Hospital, Cairo University", "Dr Ahmed Mohamed El-Sayed", "01/10/2014", "212 cases", "ISS > 15",
   "RSI", "first-pass success 91%", "Thoracostomy: 63", "7-year-old", "tension pneumothorax",
   "Prof. Hisham Abdel-Ghaffar", "14/11/2019", "Nadia Farouk"])

T("ambulance_prf_ocr", C, """KESTLESHIRE AMBULANCE SERVICE NHS TRUST - Patient Rep0rt F0rm (scanned c0py)
Incident N0: 25O2l7O4l3     Ca11sign: KA-4l2
Pt narne: Bri4n Tw1ddle    Age: 7l    Sex: M
Addr: 6 Pennyr0yal Drive, Kest1ebury KS4 9BB
NHS N0:  83l  O27  4456
Tirne of ca11: O3:2l   At pt: O3:38   At h0sp: O4:22
0bs: RR 28, Sp02 89% 0n air, HR ll2 irreg, BP 9l/54, GCS l5, BM 6.4, ternp 38.9
Wife (Mave) reports 2 days of pr0ductive c0ugh.
NEWS2 = 9. Pre-a1ert to Kest1ebury ED resus. Hand0ver to Dr A. E1-Sayed at O4:3O.
""", [("25O2l7O4l3", "REF"), ("Bri4n Tw1ddle", "PN"), ("6 Pennyr0yal Drive, Kest1ebury", "AD"), ("KS4 9BB", "PC"),
      ("83l  O27  4456", "NHS"), ("Mave", "RN")],
  ["KESTLESHIRE AMBULANCE SERVICE NHS TRUST", "Age: 7l", "RR 28", "Sp02 89%", "HR ll2", "BP 9l/54", "GCS l5",
   "BM 6.4", "ternp 38.9", "NEWS2 = 9", "Dr A. E1-Sayed", "KA-4l2"])

T("msf_summary", C, """Multi-source feedback (MSF) summary - RCEM ePortfolio export
Doctor: Ahmed El-Sayed (GMC 7582214)     Period: January-March 2025     Site: Kestlebury Hospital ED
Responses: 16 (consultants 4, middle grades 3, junior doctors 4, nurses 4, ACP 1)

Domain                          Mean (1-6)   Concerns raised
Clinical care                   5.6          0
Communication with patients     5.4          0
Team working                    5.7          0
Leadership in Resus             5.5          0
Teaching and supervision        5.8          0

Selected comments: "Calm and decisive in resus; always explains his plan to the nurses." "Brilliant at the 4-hour standard without cutting corners." "Could delegate minor-injury reviews more to the ENPs."
Released and discussed with: Dr Fiona Brackenridge (educational supervisor) on 11/04/2025.
""", [],
  ["Ahmed El-Sayed", "GMC 7582214", "Kestlebury Hospital ED", "16", "5.6", "5.8", "4-hour standard",
   "Dr Fiona Brackenridge", "11/04/2025", "January-March 2025"])
