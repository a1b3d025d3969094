from common import *

A1 = "Dr Arjun Raghavan"
A2 = "Dr Farhana Akter"

DOCS = [
D("s55-t01", "operation_note", A1,
"""KIRKSTALL VALE HOSPITAL - West Pennine Hospitals NHS Trust
OPERATION NOTE                                   Theatre 4

Patient: Mr Desmond Okafor-Lyle     DOB: 02/09/1968 (56y M)
Hosp No: KVH4471903                 NHS No: 485 227 9013
Date: 14/03/2024   Start 09:42  Finish 11:05

Surgeon: Dr Arjun Raghavan (Specialty Doctor, GMC 7391264)
Assistant: Dr Priyanka Veeramani (CT2)
Anaesthetist: Dr Tom Hurrell      Scrub: Sr Bernadette Quayle

Procedure: Laparoscopic cholecystectomy (OPCS J18.3), on-table cholangiogram declined.
Indication: recurrent biliary colic, 2 admissions; USS 11 mm calculus, CBD 5 mm.
Findings: Nassar grade 2 gallbladder, dense omental adhesions to fundus. Critical view of safety
achieved and photographed. Cystic artery and duct clipped x2 (Hem-o-lok). Gallbladder retrieved in bag
via umbilical port. Haemostasis. 0 Vicryl to umbilical sheath, 4/0 Monocryl subcuticular.
EBL < 20 ml.
Post-op: eat and drink, paracetamol 1 g QDS, ibuprofen 400 mg TDS, dalteparin 5000 units OD x 7 days.
Home same day if PONV settled. Clinic review 6 weeks (Mr Raghavan's list, SAU clinic Thursday).

Signed: A. Raghavan""",
[("Desmond Okafor-Lyle", PN), ("KVH4471903", HN), ("485 227 9013", NHS),
 ("Priyanka Veeramani", CN), ("Tom Hurrell", CN), ("Bernadette Quayle", CN)],
["Dr Arjun Raghavan", "GMC 7391264", "Raghavan", "A. Raghavan", "02/09/1968", "56y M", "Nassar grade 2",
 "Critical view of safety", "paracetamol 1 g QDS", "dalteparin 5000 units", "OPCS J18.3", "Kirkstall Vale Hospital".upper(),
 "West Pennine Hospitals NHS Trust", "Theatre 4", "Hem-o-lok", "CBD 5 mm"]),

D("s55-t02", "discharge_letter", A1,
"""West Pennine Hospitals NHS Trust
Department of General Surgery, Kirkstall Vale Hospital
Our ref: GS/AR/24/1187        Your ref: DW/TM

Dr Deborah Whitlock
Hollins Brook Surgery
14 Tanners Row
Heckmondwike
WF16 0QX

21 May 2024

Dear Dr Whitlock

Re: Terence "Terry" Mulvaney  DOB 11/11/1957  NHS 612 904 3385  KVH2209761
     Flat 3, Priory Court, 87 Leeds Old Road, Batley WF17 8PE   Tel 07700 900417

Diagnosis: Adhesional small bowel obstruction, resolved with conservative management.
Background: open right hemicolectomy 2016 (Dukes' B), AF on apixaban 5 mg BD, COPD.

Terry was admitted via ED on 15/05/2024 with 48 h of colicky pain and bilious vomiting. CT showed a
transition point in the right iliac fossa without closed loop. He was managed with NG decompression and a
Gastrografin challenge (contrast in colon at 8 h). Apixaban was withheld for 24 h and restarted. His daughter
Shauna, who is his main carer, was present for discussions and has his consent to receive information.

Follow-up: none routinely; advise to re-attend early. District nurses (Batley East team) to check his
wound over the old laparotomy scar.

Yours sincerely

Dr Arjun Raghavan
Specialty Doctor in General Surgery
cc: Mr Terence Mulvaney (patient)""",
[("GS/AR/24/1187", REF), ("DW/TM", REF), ("Deborah Whitlock", CN), ("Whitlock", CN), ("Hollins Brook Surgery", AD),
 ("14 Tanners Row", AD), ("Heckmondwike", AD), ("WF16 0QX", PC), ("Terence \"Terry\" Mulvaney", PN), ("Terry", PN),
 ("Terence Mulvaney", PN), ("612 904 3385", NHS), ("KVH2209761", HN), ("Flat 3, Priory Court, 87 Leeds Old Road, Batley", AD),
 ("WF17 8PE", PC), ("07700 900417", PH), ("Shauna", RN), ("Batley East team", AD)],
["Dr Arjun Raghavan", "11/11/1957", "Dukes' B", "apixaban 5 mg BD", "Gastrografin", "Adhesional small bowel obstruction",
 "Kirkstall Vale Hospital", "15/05/2024", "21 May 2024", "right hemicolectomy 2016"]),

D("s55-t03", "logbook_table", A1,
"""eLogbook - consolidation report - Raghavan A (GMC 7391264) - 01/08/2023 to 31/01/2024
Filter: Emergency + Elective, role S-TS/P/A

Date       | Pt   | Hosp no    | Age/Sex | Procedure                          | Role | Supervisor     | CEPOD
04/08/2023 | JH   | KVH3390127 | 23 F    | Laparoscopic appendicectomy        | P    | Mr N. Aldous   | 2A
11/08/2023 | RB   | KVH1182045 | 71 M    | Hartmann's procedure               | A    | Mr N. Aldous   | 1
19/08/2023 | W.K. | KVH2567310 | 45 M    | Incarcerated para-umbilical hernia | P    | -              | 2B
02/09/2023 | AO'C | KVH0093158 | 88 F    | Laparotomy, adhesiolysis           | S-TS | Ms R. Fenwick  | 1
30/09/2023 | PS   | 4478215    | 34 M    | Incision & drainage perianal abscess| P   | -              | 3
14/10/2023 | DD   | KVH7730016 | 62 M    | Lap cholecystectomy (hot)          | P    | Ms R. Fenwick  | 2B
27/11/2023 | LM   | KVH5512294 | 19 F    | Laparoscopic appendicectomy        | P    | -              | 2A
09/01/2024 | GT   | KVH6640871 | 77 M    | Emergency right hemicolectomy      | S-TS | Mr N. Aldous   | 1

Totals: P 5, S-TS 2, A 1.  Complications: 1 (Clavien-Dindo II, wound infection, LM).
Validated by: Mr Nigel Aldous, Consultant Colorectal Surgeon (Educational Supervisor)""",
[("JH", PN), ("KVH3390127", HN), ("RB", PN), ("KVH1182045", HN), ("W.K.", PN), ("KVH2567310", HN), ("AO'C", PN),
 ("KVH0093158", HN), ("PS", PN), ("4478215", HN), ("DD", PN), ("KVH7730016", HN), ("LM", PN), ("KVH5512294", HN),
 ("GT", PN), ("KVH6640871", HN)],
["Raghavan A", "GMC 7391264", "Mr N. Aldous", "Ms R. Fenwick", "Mr Nigel Aldous", "Hartmann's procedure",
 "Clavien-Dindo II", "CEPOD", "23 F", "88 F", "S-TS"]),

D("s55-t04", "foreign_discharge_summary_with_translation", A1,
"""सवाई मानसिंह चिकित्सालय, जयपुर — शल्य चिकित्सा विभाग
डिस्चार्ज सारांश
रोगी का नाम: श्री रामप्रसाद मीणा    आयु/लिंग: 52 वर्ष / पुरुष
UHID: SMS/2019/0448172    आधार: 4821 7730 5519
पता: ग्राम खेड़ली, तहसील बस्सी, जिला जयपुर
परिजन: पुत्र सुरेश मीणा, मो. +91 98290 55713
निदान: छिद्रित ग्रहणी अल्सर (perforated DU)
ऑपरेशन: ग्राहम पैच रिपेयर, 17/06/2019 — सर्जन डॉ. अर्जुन राघवन
यूनिट प्रमुख: डॉ. एस. के. भार्गव

CERTIFIED TRANSLATION (Hindi to English)
Sawai Man Singh Hospital, Jaipur - Department of Surgery
Discharge Summary
Patient name: Shri Ramprasad Meena    Age/Sex: 52 years / Male
UHID: SMS/2019/0448172    Aadhaar: 4821 7730 5519
Address: Village Khedli, Tehsil Bassi, District Jaipur
Attendant: son Suresh Meena, mob. +91 98290 55713
Diagnosis: perforated duodenal ulcer
Operation: Graham patch repair, 17/06/2019 - surgeon Dr Arjun Raghavan
Head of Unit: Dr S. K. Bhargava
I certify this is a true and complete translation of the attached document.
Translator: Meenakshi Iyer, MCIL, 03/02/2024""",
[("रामप्रसाद मीणा", PN), ("SMS/2019/0448172", HN), ("4821 7730 5519", OID), ("ग्राम खेड़ली, तहसील बस्सी", AD),
 ("सुरेश मीणा", RN), ("+91 98290 55713", PH), ("Ramprasad Meena", PN), ("Village Khedli, Tehsil Bassi", AD),
 ("Suresh Meena", RN)],
["Dr Arjun Raghavan", "डॉ. अर्जुन राघवन", "Dr S. K. Bhargava", "डॉ. एस. के. भार्गव", "Graham patch repair", "ग्राहम पैच रिपेयर", "52 years / Male",
 "17/06/2019", "Sawai Man Singh Hospital, Jaipur", "Meenakshi Iyer"]),

D("s55-t05", "cbd_export", A1,
"""ISCP  -  Case Based Discussion (CBD)
Trainee/Applicant: Arjun Raghavan          Assessor: Ms Rachel Fenwick, Consultant (GMC 4120587)
Date of assessment: 06/12/2023             Setting: Emergency general surgery, SAU
Case: 82F, NHS 733 018 4652, perforated sigmoid diverticulitis (Hinchey III) on warfarin, CFS 6.
Discussion: decision-making around Hartmann's vs laparoscopic lavage vs palliation; involvement of the
patient's son (Clive) and her neighbour who holds LPA; NELA score 18.4% mortality; escalation to ITU.
Level achieved: 3 (safe to perform without supervision).
Strengths: clear articulation of risk; excellent documentation; involved seniors early.
Development: consider ceiling-of-care conversation before theatre booking.
Assessor comments: Arjun led the family meeting with me present. AR already functioning at consultant level
in EGS decision-making.
Signed electronically: R. Fenwick 07/12/2023""",
[("733 018 4652", NHS), ("Clive", RN)],
["Arjun Raghavan", "Ms Rachel Fenwick", "R. Fenwick", "GMC 4120587", "Arjun", "AR", "Hinchey III", "CFS 6",
 "NELA score 18.4%", "Hartmann's", "82F", "06/12/2023", "LPA"]),

D("s55-t06", "incident_report_ocr", A1,
"""WEST PENN1NE H0SPITALS NHS TRUST      lNClDENT REP0RT F0RM (Datix)
Ref: W3B-2O23-11846            Date of incident: 22/1O/2023   Time: O3:1O
Location: Ward 2l (Surgical Ass3ssment Unit)
Person affected: Mrs Ivy Scargi11        DOB: 3O/O4/1941        Hosp No: KVH 552 O18
Reported by: Dr A. Raghavan (Specia1ty Doctor)
Description: Pt on dalteparin 5OOO units prophy1axis prescr1bed in addition to therapeutic
apixaban on admission by F1 (Dr Ka1um Ash1ey). Noted by night SN (Chloe Pickersgi1l) at drug round.
Dose not given. No harm. Discussed with Dr Ash1ey and daughter Mrs Janet Ho1royd (NOK) informed.
Act1ons: F1 teaching session on antico agulant reconci1iation (AR, 3O/1O/2O23).
Harm grade: No harm / near miss.   Hand1er: L. Moorhouse, Patient Safety Team""",
[("W3B-2O23-11846", REF), ("Ivy Scargi11", PN), ("KVH 552 O18", HN), ("Ka1um Ash1ey", CN), ("Ash1ey", CN),
 ("Chloe Pickersgi1l", CN), ("Janet Ho1royd", RN), ("L. Moorhouse", CN)],
["Dr A. Raghavan", "AR", "3O/O4/1941", "dalteparin 5OOO units", "apixaban", "Ward 2l", "22/1O/2023"]),

D("s55-t07", "oncall_rota", A1,
"""EGS on-call rota - Kirkstall Vale - w/c 05/02/2024 (middle grade tier)
        Mon   Tue   Wed   Thu   Fri   Sat   Sun
Day     AR    KN    JS    AR    PV    MO    MO
Night   MO    AR    AR    KN    JS    PV    PV
Cons    NA    RF    NA    HB    RF    HB    HB
Swaps: KN<->JS Wed (agreed by RF). AR covering PV Thursday am clinic.
Bleep 4412 middle grade; 4409 F1 surgery. Rota coordinator: Donna Kettlewell ext 5523.
Prepared by A Raghavan (rota lead, middle grade)  Approved: Mr N Aldous, Clinical Director""",
[("KN", CN), ("JS", CN), ("PV", CN), ("MO", CN), ("HB", CN), ("Donna Kettlewell", CN), ("ext 5523", PH), ("Bleep 4412", PH), ("4409", PH)],
["AR", "A Raghavan", "Mr N Aldous", "NA", "RF", "05/02/2024"]),

D("s55-t08", "reflective_note", A1,
"""Reflection - a missed testicular torsion? (written 09/04/2024, anonymised poorly first time, re-done)

A 14 year old boy, Kieran, came with his mum Leanne at 23:00 from a Saturday football match at
Birstall Juniors FC with left groin pain "after a tackle". I was the surgical registrar on call. The ED
SHO (Jess) had documented a "groin strain". On examination the left testis was high-riding with absent
cremasteric reflex; TWIST score 6. I called urology (Mr Adeyemi's team at the regional centre) and
arranged transfer; he was explored at 01:20 and the testis was salvaged after detorsion and bilateral
fixation. Kieran's school (Batley Grammar) later wrote to thank the team.

What I learned: handover of paediatric scrotal pain should be to a senior; the pathway now states direct
referral. I presented this at the M&M on 19/04/2024. - Arjun Raghavan""",
[("Kieran", PN), ("Leanne", RN), ("Birstall Juniors FC", AD), ("Jess", CN), ("Mr Adeyemi", CN), ("Batley Grammar", AD)],
["Arjun Raghavan", "TWIST score 6", "14 year old boy", "19/04/2024", "cremasteric reflex"]),

# ---------------- A2 Farhana Akter, acute internal medicine, Bangladesh, England
D("s55-t09", "ward_list", A2,
"""AMU handover list  Tues 12/03/2024 08:00  (Dr F Akter - AMU middle grade)   Ward 30 (AMU) / Ward 31 (SDEC)
Bed | Pt       | MRN        | Age | Issue                                  | Plan / jobs
1   | E.McG    | 8830172    | 84F | CAP CURB-65 3, AKI 2                   | IV co-amoxiclav, U&E 14:00
2   | Dorothy P| 6609418    | 91F | fall, ?#NOF - XR neg, delirium (4AT 6) | PT/OT, collateral from son Graham
4   | K.S.     | 9021553    | 37M | DKA resolving, pH 7.29                 | VRIII, switch SC when eating
7   | Mr Bhatti| 4471820    | 66M | NSTEMI, trop 842                       | cardiology r/v, ticagrelor 90 mg BD
9   | "Mags"   | 3390655    | 72F | cellulitis L leg, Wells 1              | D-dimer neg, flucloxacillin
SDEC| AW       | 7016634    | 28F | ?PE - CTPA booked 11:30                | if neg -> home, GP letter
Outliers: Ward 12 bed 6 (RJ, 5522908) - awaiting NH placement, DoLS applied.
Handover from night: Dr Chinedu Obi.   Day team: FA, Dr L Sandhu (F2), Dr M Ghosh (IMT1).""",
[("E.McG", PN), ("8830172", HN), ("Dorothy P", PN), ("6609418", HN), ("Graham", RN), ("K.S.", PN), ("9021553", HN),
 ("Mr Bhatti", PN), ("4471820", HN), ("\"Mags\"", PN), ("3390655", HN), ("AW", PN), ("7016634", HN), ("RJ", PN),
 ("5522908", HN), ("Chinedu Obi", CN), ("Dr L Sandhu", CN), ("Dr M Ghosh", CN)],
["Dr F Akter", "FA", "CURB-65 3", "4AT 6", "Wells 1", "ticagrelor 90 mg BD", "Ward 30 (AMU)", "Ward 12 bed 6", "pH 7.29",
 "trop 842", "DoLS", "84F", "91F"]),

D("s55-t10", "foreign_certificate_with_translation", A2,
"""ঢাকা মেডিকেল কলেজ হাসপাতাল
মেডিসিন বিভাগ, ইউনিট-৪
রোগীর নাম: মোছাঃ রহিমা খাতুন, বয়স ৪৫, মহিলা
রেজি. নং: DMCH-21-778104
ঠিকানা: বাড়ি ২৭, রোড ৯, মিরপুর-১০, ঢাকা
স্বামী: আব্দুল করিম, মোবাইল: ০১৭১১-৫৫৩৯২৮
রোগ নির্ণয়: ডেঙ্গু শক সিনড্রোম
চিকিৎসক: ডাঃ ফারহানা আক্তার (সহকারী রেজিস্ট্রার)
তারিখ: ০৯/০৮/২০২১

CERTIFIED ENGLISH TRANSLATION
Dhaka Medical College Hospital, Department of Medicine, Unit-4
Patient name: Mst. Rahima Khatun, age 45, female
Reg. No: DMCH-21-778104
Address: House 27, Road 9, Mirpur-10, Dhaka
Husband: Abdul Karim, mobile: 01711-553928
Diagnosis: Dengue shock syndrome
Treating doctor: Dr Farhana Akter (Assistant Registrar)
Date: 09/08/2021
Translated and certified by: Tanvir Hossain, Sworn Translator, 14/01/2024""",
[("রহিমা খাতুন", PN), ("DMCH-21-778104", HN), ("বাড়ি ২৭, রোড ৯, মিরপুর-১০", AD), ("আব্দুল করিম", RN), ("০১৭১১-৫৫৩৯২৮", PH),
 ("Rahima Khatun", PN), ("House 27, Road 9, Mirpur-10", AD), ("Abdul Karim", RN), ("01711-553928", PH)],
["Dr Farhana Akter", "ডাঃ ফারহানা আক্তার", "Dengue shock syndrome", "ডেঙ্গু শক সিনড্রোম", "Dhaka Medical College Hospital",
 "age 45, female", "09/08/2021", "Tanvir Hossain"]),

D("s55-t11", "acat_export", A2,
"""ACUTE CARE ASSESSMENT TOOL (ACAT) - JRCPTB ePortfolio export
Applicant: Farhana Akter                      Assessor: Dr Simon Ellery, Consultant Acute Physician
Date: 18/01/2024   Post-take ward round, 14 patients, AMU, Northgate Infirmary
Cases reviewed included: 68M upper GI bleed (Glasgow-Blatchford 12, Rockall post-endoscopy 5), 23F
paracetamol overdose (Nomogram above treatment line, acetylcysteine 3-bag -> SNAP regimen), 79M sepsis of
unknown source, NEWS2 7.
Ratings: clinical assessment - meets expectations for completion; team working - above.
Comments: Farhana managed a complex take with two F1s (Oliver and Precious, both new in post) and
supervised the SHO's LP. Excellent delegation. - S. Ellery
Patient identified by MRN 2276590 for the UGIB case (removed from display?) - see appendix.""",
[("Oliver", CN), ("Precious", CN), ("2276590", HN)],
["Farhana Akter", "Farhana", "Dr Simon Ellery", "S. Ellery", "Glasgow-Blatchford 12", "Rockall", "acetylcysteine",
 "SNAP regimen", "NEWS2 7", "Northgate Infirmary", "68M", "18/01/2024"]),

D("s55-t12", "email_thread", A2,
"""From: Farhana Akter <farhana.akter@northgate-nhs.example.org>
To: Dr Paul Grieve <p.grieve@northgate-nhs.example.org>
Cc: ambulatory.care@northgate-nhs.example.org
Date: Wed, 7 Feb 2024 16:22
Subject: RE: SDEC complaint - Mr Harun Rashid (MRN 5108734) - PALS ref PALS/24/0219

Paul,
I have now spoken to Mr Rashid's wife (Nasreen) on 0121 496 0783. She was upset that he waited 7 h for a
CTPA in SDEC and was then told by the F2 (Dr Evans) to "go home and come back tomorrow" without a
DOAC. I have apologised; he had a Wells score of 4.5 and should have received apixaban 10 mg BD loading
while waiting. I'll write the response letter for the Chief Exec's signature and take it to SDEC governance.
Farhana

> From: Dr Paul Grieve
> Can you lead on this one? Family have phoned twice. Their home number is 0121 496 0781 and they
> live at 44 Coventry Rd, Small Heath, B10 0RX.""",
[("farhana.akter@northgate-nhs.example.org", EM), ("p.grieve@northgate-nhs.example.org", EM),
 ("ambulatory.care@northgate-nhs.example.org", EM), ("Paul Grieve", CN), ("Paul", CN), ("Harun Rashid", PN), ("Rashid", PN),
 ("5108734", HN), ("PALS/24/0219", REF), ("Nasreen", RN), ("0121 496 0783", PH), ("Dr Evans", CN), ("0121 496 0781", PH),
 ("44 Coventry Rd, Small Heath", AD), ("B10 0RX", PC)],
["Farhana Akter", "Farhana", "Wells score of 4.5", "apixaban 10 mg BD", "CTPA", "SDEC", "7 Feb 2024"]),

D("s55-t13", "teaching_feedback", A2,
"""Teaching feedback summary - "Hyponatraemia in 20 minutes" - F1 teaching programme, Northgate Infirmary
Teacher: Dr Farhana Akter, AIM specialty doctor          Date: 22/11/2023     Attendees: 17
Scores (1-5): content 4.8, delivery 4.7, relevance 4.9
Free text:
- "Really clear approach to SIADH vs hypovolaemia, loved the case of the marathon runner"
- "Would like more on tolvaptan and the 2023 SfE guidance"
- "Best teaching this rotation" (Amir K, F1)
- "could slow down on the fluid maths" - Beth
Collated by Lisa Okonjo, Postgraduate Medical Education Coordinator
Countersigned: Dr Simon Ellery, Foundation Programme Director""",
[("Amir K", CN), ("Beth", CN)],
["Dr Farhana Akter", "Dr Simon Ellery", "Lisa Okonjo", "SIADH", "tolvaptan", "22/11/2023", "Northgate Infirmary"]),

D("s55-t14", "audit_csv", A2,
"""audit_id,mrn,nhs_no,initials,age,sex,sepsis_screen_min,abx_within_1h,lactate,news2,outcome
SEP-01,6634019,9434765919,RT,77,M,22,Y,3.1,7,discharged
SEP-02,6611873,4012236688,MB,59,F,48,Y,2.2,5,discharged
SEP-03,7102254,4857710293,JJ,83,M,95,N,5.8,9,died
SEP-04,6650281,7209913346,S-AH,41,F,15,Y,1.6,6,discharged
SEP-05,7004419,6011543827,DG,66,M,61,N,4.0,8,ITU
# Sepsis six re-audit Q4 2023, AMU Northgate Infirmary. Lead: F Akter. Supervisor: Dr S Ellery.
# Compliance abx <1h: 3/5 (60%) vs 41% baseline. Presented at Medicine governance 15/01/2024.""",
[("6634019", HN), ("9434765919", NHS), ("RT", PN), ("6611873", HN), ("4012236688", NHS), ("MB", PN), ("7102254", HN),
 ("4857710293", NHS), ("JJ", PN), ("6650281", HN), ("7209913346", NHS), ("S-AH", PN), ("7004419", HN), ("6011543827", NHS),
 ("DG", PN)],
["F Akter", "Dr S Ellery", "Sepsis six", "3/5 (60%)", "15/01/2024", "Northgate Infirmary"]),

D("s55-t15", "msf_summary", A2,
"""Multi-Source Feedback (TAB) summary - Dr Farhana Akter - released 02/04/2024
Raters: 14 (consultants 3, trainees 4, nurses 5, AHP 1, admin 1)
Concerns raised: 0
Selected comments:
"Farhana is calm in a crisis - during the cardiac arrest on Ward 31 she took over from the F1, Jamie,
 without belittling him."
"Sometimes leaves late - she stayed until 22:00 to meet Mrs O'Driscoll's family."
"She supported Sister Val Openshaw's ward-based SIM programme."
Educational supervisor: Dr Simon Ellery - discussed 05/04/2024, no concerns.""",
[("Jamie", CN), ("O'Driscoll", PN), ("Val Openshaw", CN)],
["Dr Farhana Akter", "Farhana", "Dr Simon Ellery", "Ward 31", "02/04/2024"]),
]
