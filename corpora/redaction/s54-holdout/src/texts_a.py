# Applicants 1 (neurosurgery, trained in the Philippines) and 2 (obstetrics and gynaecology, trained in Sudan).
from common import *

A1 = "Dr Maria Teresa Dimaculangan"
A2 = "Dr Hiba Elfadil Osman"

DOCS = []

DOCS.append(D("x-001", "operation_note", A1, """ROYAL PRESTON HOSPITAL
Lancashire Teaching Hospitals NHS Foundation Trust
Department of Neurosurgery - OPERATION NOTE

Patient: Derek HALLORAN            DOB: 14/09/1958 (65y)     Sex: M
NHS No: 485 777 3021               Hosp No: RPH2248193
Date of operation: 06/03/2024      Theatre: Neuro Theatre 2

Surgeon: Dr M.T. Dimaculangan (Senior Clinical Fellow)
Supervising consultant: Mr J. Pryce-Hollis (scrubbed for opening)
Assistant: Mr Callum Fenwick (ST4)
Anaesthetist: Dr Remi Okonjo
Scrub practitioner: Bev Lowther

Procedure: Right frontal craniotomy and excision of convexity meningioma
Indication: 4.2 cm right frontal convexity meningioma with perilesional oedema, presenting with
focal seizures. Discussed at neuro-oncology MDT 22/02/2024.

Findings: Dural-based lesion, firm, well demarcated. Arachnoid plane preserved except posteriorly
where 1 cm of dural tail was involved. No bone invasion.

Procedure:
 - GA, ETT. Supine, head in Mayfield three-pin fixation, 20 degrees rotation to left.
 - Neuronavigation (StealthStation S8) registered, accuracy 1.4 mm.
 - Curvilinear incision behind hairline. Free bone flap with 2 burr holes.
 - Dura opened in cruciate fashion around tumour. Internal debulking with CUSA; capsule
   dissected from cortex; bridging veins preserved.
 - Simpson grade II resection (attachment coagulated).
 - Duraplasty with DuraGen. Flap replaced with titanium plates. 2/0 Vicryl, skin staples.
EBL 450 mL. No transfusion.

Post-op: Neuro HDU, hourly GCS for 12 h. Dexamethasone 4 mg BD, wean over 10 days.
Levetiracetam 500 mg BD to continue. CT head day 1. Staples out day 10 (practice nurse).
Histology request no. H24-031877.

Signed: M.T. Dimaculangan   GMC 7581934   06/03/2024 16:40
""", [("Derek HALLORAN", P), ("485 777 3021", NHS), ("RPH2248193", HN), ("Callum Fenwick", C),
      ("Remi Okonjo", C), ("Bev Lowther", C), ("H24-031877", OID)],
 ["Dr M.T. Dimaculangan", "M.T. Dimaculangan", "GMC 7581934", "14/09/1958", "Sex: M", "ROYAL PRESTON HOSPITAL",
  "Lancashire Teaching Hospitals NHS Foundation Trust", "Mr J. Pryce-Hollis", "Mayfield three-pin fixation",
  "StealthStation S8", "Simpson grade II", "DuraGen", "Dexamethasone 4 mg BD", "Levetiracetam 500 mg BD",
  "Neuro HDU", "06/03/2024", "EBL 450 mL", "Neuro Theatre 2"]))

DOCS.append(D("x-002", "wpba_mini_cex", A1, """ISCP  |  Mini Clinical Evaluation Exercise (Mini-CEX)  |  EXPORTED 02/11/2023

Trainee ............ Maria Teresa Dimaculangan (GMC 7581934)
Specialty .......... Neurosurgery - portfolio pathway, ST7-equivalent
Assessor ........... Miss Sunita Rao, Consultant Neurosurgeon (GMC 4419820)
Assessment ref ..... MCX-2023-7781406
Date of encounter .. 17/10/2023        Setting: Ward 21 / Neuro HDU
Patient ............ G.W., 71 F (Hosp no. RPH3107725), admitted via ED 15/10/2023

Clinical problem
Subacute-on-chronic left subdural haematoma. GCS 14 (E4 V4 M6), mild right pronator drift.
On apixaban 5 mg BD for AF (CHA2DS2-VASc 4). Markwalder grade 2.

Focus of encounter: history, neurological examination, consent for burr-hole drainage.

Ratings (1-6)
  History taking ............ 5      Clinical judgement ........ 5
  Physical examination ...... 5      Professionalism ........... 6
  Communication/consent ..... 5      Organisation/efficiency ... 4

Assessor comments
Tess took a clear collateral history from the daughter (Janice) by telephone and picked up that the
apixaban had been given that morning. Sensible plan to hold anticoagulation, no reversal agent,
and operate the next morning. Consent covered recurrence (~10%), seizures, infection, and the
possibility of needing a craniotomy. Could be slightly quicker in documenting.

Agreed action: lead the consent for the next two CSDH cases; present the audit of recurrence.

Trainee reflection
I should have checked the last dose time before discussing timing with theatre.

Signed off: Miss Sunita Rao   02/11/2023
""", [("G.W.", P), ("RPH3107725", HN), ("Janice", R), ("MCX-2023-7781406", REF)],
 ["Maria Teresa Dimaculangan", "7581934", "Miss Sunita Rao", "4419820", "Tess", "71 F",
  "GCS 14 (E4 V4 M6)", "apixaban 5 mg BD", "CHA2DS2-VASc 4", "Markwalder grade 2", "Ward 21", "Neuro HDU",
  "17/10/2023", "15/10/2023"]))

DOCS.append(D("x-003", "discharge_summary_foreign_tagalog", A1, """PHILIPPINE GENERAL HOSPITAL
Unibersidad ng Pilipinas Maynila - Departamento ng Neurosciences, Seksyon ng Neurosurgery
BUOD NG PAGLABAS

Pangalan ng pasyente: MANALASTAS, Rodrigo Cruz        Edad/Kasarian: 42 / Lalaki
Petsa ng kapanganakan: 03/11/1977
Hospital No.: 2019-044817        Ward: Ward 1 (Neurosurgery), Kama 14
Tirahan: Blk 12 Lot 7 Sampaguita St., Brgy. Malanday, Marikina City
Kontak: asawa - Lorna Manalastas, +63 917 555 0142
Petsa ng pagpasok: 02/06/2019        Petsa ng paglabas: 14/06/2019

Diyagnosis: Epidural hematoma sa kaliwang temporal, dahil sa aksidente sa motorsiklo.
GCS sa pagdating: 9 (E2 V2 M5); bumaba sa 7 sa ER, may dilat na kaliwang pupil.
Operasyon (02/06/2019): Emergency na kaliwang temporal craniotomy at pagtanggal ng hematoma.
Siruhano: Dr. M.T. Dimaculangan (Senior Resident); katulong: Dr. Jerome Villareal.
Kalagayan sa paglabas: GCS 15, may bahagyang dysphasia. Phenytoin 100 mg TID sa loob ng 7 araw.
Bilin: Bumalik sa OPD pagkalipas ng 2 linggo. Tanggalin ang tahi sa ika-10 araw.

Pinatunayan: Dr. Ramon B. Ocampo, Consultant, Seksyon ng Neurosurgery

=============== CERTIFIED ENGLISH TRANSLATION ===============
PHILIPPINE GENERAL HOSPITAL
University of the Philippines Manila - Department of Neurosciences, Section of Neurosurgery
DISCHARGE SUMMARY

Patient name: MANALASTAS, Rodrigo Cruz        Age/Sex: 42 / Male
Date of birth: 03/11/1977
Hospital No.: 2019-044817        Ward: Ward 1 (Neurosurgery), Bed 14
Address: Blk 12 Lot 7 Sampaguita St., Brgy. Malanday, Marikina City
Contact: wife - Lorna Manalastas, +63 917 555 0142
Date admitted: 02/06/2019        Date discharged: 14/06/2019

Diagnosis: Left temporal epidural haematoma following a motorcycle accident.
GCS on arrival: 9 (E2 V2 M5); fell to 7 in the ER with a dilated left pupil.
Operation (02/06/2019): Emergency left temporal craniotomy and evacuation of haematoma.
Surgeon: Dr. M.T. Dimaculangan (Senior Resident); assistant: Dr. Jerome Villareal.
Condition on discharge: GCS 15, mild dysphasia. Phenytoin 100 mg TID for 7 days.
Instructions: Return to OPD after 2 weeks. Remove sutures on day 10.

Certified: Dr. Ramon B. Ocampo, Consultant, Section of Neurosurgery

I certify that this is a true and complete translation of the Filipino original.
Ma. Cristina de Leon, sworn translator - Certificate No. PTC-2023-0917 - 21/08/2023
""", [("MANALASTAS, Rodrigo Cruz", P), ("2019-044817", HN),
      ("Blk 12 Lot 7 Sampaguita St., Brgy. Malanday, Marikina City", ADDR), ("Lorna Manalastas", R),
      ("+63 917 555 0142", PH), ("Jerome Villareal", C), ("PTC-2023-0917", REF)],
 ["PHILIPPINE GENERAL HOSPITAL", "Dr. M.T. Dimaculangan", "03/11/1977", "Lalaki", "42 / Male",
  "Dr. Ramon B. Ocampo", "Ward 1 (Neurosurgery)", "Kama 14", "Bed 14", "GCS on arrival: 9 (E2 V2 M5)",
  "Phenytoin 100 mg TID", "Ma. Cristina de Leon", "02/06/2019", "14/06/2019"]))

DOCS.append(D("x-004", "handover_sheet", A1, """NEUROSURGERY ON-CALL HANDOVER - Sat 09/12/2023 20:00     Day reg: MTD  ->  Night reg: Callum F.
Consultant on call: Mr Pryce-Hollis (via switchboard)

Bed    | Pt                     | Hosp no     | Age/Sex | Dx                               | Plan / jobs
-------+------------------------+-------------+---------+----------------------------------+----------------------------------------
W21-3  | KT                     | RPH4471802  | 58 M    | L CSDH, burr holes D2            | drain out am; CT if GCS drops
W21-7  | "Big Mick" McAllister  | RPH1938840  | 47 M    | C5/6 ACDF D1                     | SALT swallow screen; NG if fails
W21-12 | A.S-R.                 | 0932177     | 29 F    | SAH, EVD (WFNS 3, Fisher 4)      | nimodipine 60 mg 4-hrly; EVD at 10 cmH2O;
       |                        |             |         |                                  | Na 131 - discuss with ICU before restricting
HDU-2  | Pearl Ainsworth        | RPH2650019  | 80 F    | post-op GBM debulk D1            | dex 8 mg BD, BM monitoring; family meeting Mon
ED     | Jordan (surname tbc)   | 24-118305   | 19 M    | TBI after fall, GCS 13, contusion | obs hourly, repeat CT at 02:00

Outstanding:
 - chase MRI for KT
 - ring Jordan's mum back on 07700 900417 once CT reported
 - neuro reg bleep 2241; HDU ext 5530 if anything changes
""", [("Callum F.", C), ("KT", P), ("RPH4471802", HN), ("Big Mick", P), ("McAllister", P), ("RPH1938840", HN), ("A.S-R.", P),
      ("0932177", HN), ("Pearl Ainsworth", P), ("RPH2650019", HN), ("Jordan", P), ("24-118305", HN),
      ("07700 900417", PH), ("2241", PH), ("5530", PH)],
 ["MTD", "Mr Pryce-Hollis", "W21-3", "W21-7", "W21-12", "HDU-2", "58 M", "47 M", "29 F", "80 F", "19 M",
  "WFNS 3", "Fisher 4", "nimodipine 60 mg 4-hrly", "Na 131", "dex 8 mg BD", "GCS 13", "09/12/2023", "C5/6 ACDF"]))

DOCS.append(D("x-005", "mdt_list", A1, """Neuro-oncology MDT  -  Thursday 22/02/2024  13:00  -  Seminar Room 3, Royal Preston Hospital
Chair: Mr J. Pryce-Hollis       Presenting: Dr Dimaculangan (cases 1-4)
Radiology: Dr Helen Quayle      Neuropathology: Dr Ifeanyi Obi      Brain tumour CNS: Sarah W.

1  HALLORAN, Derek      NHS 485 777 3021   DOB 14/09/1958   M
   Referrer: Dr P. Anwar (GP), Kirkham
   MRI 12/02: 4.2 cm R frontal extra-axial lesion, dural tail, oedema. Likely meningioma (WHO grade 1).
   OUTCOME: Surgery - craniotomy and excision (Simpson I/II aim). Start levetiracetam 500 mg BD.

2  FOTHERGILL, Anne     NHS 700 318 2264   DOB 30/05/1949   F
   Post-op histology: Glioblastoma, IDH-wildtype, CNS WHO grade 4, MGMT promoter methylated.
   OUTCOME: Refer clinical oncology for Stupp protocol (60 Gy/30# + temozolomide) if PS 0-1. Currently KPS 80.

3  Mr Olusegun ADEBAYO-COLE   NHS 948 261 0035   DOB 07/07/1970   M   MRN RPH0087712
   R vestibular schwannoma 2.1 cm, Koos grade III; serviceable hearing (AAO-HNS class B).
   OUTCOME: Discuss options - microsurgery vs stereotactic radiosurgery. Clinic with Dr Dimaculangan.
   Wife (Funmi) asked for a copy of the outcome - send to patient only.

4  PRITCHARD, Lewis     NHS 523 640 1187   DOB 18/02/1992   M
   Non-enhancing L insular lesion; MR spectroscopy suggests low-grade glioma. Seizures controlled.
   OUTCOME: Awake craniotomy work-up; neuropsychology (Dr Kerr's team) before surgery.

Minutes: Dr Dimaculangan. Checked by chair: J. Pryce-Hollis 23/02/2024
""", [("Helen Quayle", C), ("Ifeanyi Obi", C), ("Sarah W.", C), ("HALLORAN, Derek", P), ("485 777 3021", NHS),
      ("P. Anwar", C), ("Kirkham", ADDR), ("FOTHERGILL, Anne", P), ("700 318 2264", NHS),
      ("Olusegun ADEBAYO-COLE", P), ("948 261 0035", NHS), ("RPH0087712", HN), ("Funmi", R),
      ("PRITCHARD, Lewis", P), ("523 640 1187", NHS), ("Kerr", C)],
 ["Dr Dimaculangan", "Mr J. Pryce-Hollis", "J. Pryce-Hollis", "Royal Preston Hospital", "14/09/1958", "30/05/1949",
  "07/07/1970", "18/02/1992", "Glioblastoma, IDH-wildtype, CNS WHO grade 4", "MGMT promoter methylated",
  "Stupp protocol", "60 Gy/30#", "temozolomide", "KPS 80", "Koos grade III", "AAO-HNS class B",
  "levetiracetam 500 mg BD", "Simpson I/II", "22/02/2024"]))

DOCS.append(D("x-006", "incident_report_ocr", A1, """LANCASH1RE TEACHlNG HOSPlTALS NHS F0UNDATION TRUST
lNCIDENT REP0RT F0RM (DATlX)        Ref: INC-2O23-118842
Date 0f incident: 28/O9/2023   Time: 08:l5   Locati0n: Neuro Theatre 2 anaesthetic r00m
Rep0rted by: Dr M.T. Dimacu1angan (Seni0r C1inical Fe11ow)
Pers0ns inv0lved: Kev1n Marsh (0DP),  Dr T0masz Bie1ecki (ST6 anaesthetics)
Patient: Mrs J0yce Ennis   Hosp N0: RPH 559 2O17   D0B 2l/04/1946

Descripti0n: At the W H O sign-in the site mark was 0n the LEFT but the c0nsent f0rm and
MRl sh0wed a RlGHT sided chr0nic subdura1. Patient was a1ready anaesthetised. The mark had
been p1aced 0n the ward by a juni0r c0l1eague (F2, Dr Anna Sz0ke) fr0m the 1ist which had
the w r0ng side typed. St0pped bef0re skin prep, reviewed imaging, c0rrect side c0nfirmed
with Mr J. Pryce-H0llis by ph0ne (mob 07700 900 862). N0 harm.

lmmediate acti0n: Time-0ut repeated; list c0rrected; ward inf0rmed.
Severity: Near miss - n0 harm.    StEIS: n0t rep0rtable.    LFPSE ref: LF-88O2-3317

Reviewed by: Mr J. Pryce-H0llis, C1inical Director  0n 02/l0/2023
""", [("INC-2O23-118842", REF), ("Kev1n Marsh", C), ("T0masz Bie1ecki", C), ("J0yce Ennis", P),
      ("RPH 559 2O17", HN), ("Anna Sz0ke", C), ("07700 900 862", PH), ("LF-88O2-3317", REF)],
 ["Dr M.T. Dimacu1angan", "Mr J. Pryce-H0llis", "D0B 2l/04/1946", "Neuro Theatre 2", "28/O9/2023",
  "LANCASH1RE TEACHlNG HOSPlTALS NHS F0UNDATION TRUST", "Near miss - n0 harm"]))

DOCS.append(D("x-007", "reflective_note", A1, """reflection - 14 jan 2024 (night on call, RPH)

jayden came in at 23:40 from blackpool vic, 16, fell off an e-scooter no helmet. gcs 15 at the scene,
talking, then 11 on arrival here. CT: R temporal extradural 28 mm, midline shift 6 mm. went straight
to theatre, I did the craniotomy with Callum assisting, Mr P-H on his way in but we were closed by
the time he arrived. clot out, bleeding from middle meningeal artery branch, coagulated.

what went well - kept the handover to theatre short. ODP (Priya) already had the cranial set open.
what didn't - I didn't speak to his mum (kerry) before he went in, the ED reg did the talking and
she was upset she heard it second hand. she rang the ward twice overnight (her number was on the
ED card, 07700 900 233).

learning: even at 2 am make the 60 seconds to speak to the family myself. Discussed at debrief
with Mr Pryce-Hollis who agreed and said the same thing happened to him as a reg.

jayden home day 5, GCS 15, no deficit. follow-up clinic 6 weeks.

- Tess (M.T. Dimaculangan)
""", [("jayden", P), ("Callum", C), ("Priya", C), ("kerry", R), ("07700 900 233", PH)],
 ["Tess", "M.T. Dimaculangan", "Mr P-H", "Mr Pryce-Hollis", "gcs 15", "GCS 15", "midline shift 6 mm",
  "middle meningeal artery", "14 jan 2024", "RPH"]))

# ---------------- Applicant 2: obstetrics and gynaecology -----------------

DOCS.append(D("x-008", "operation_note_foreign_arabic", A2, """مستشفى سوبا الجامعي - قسم النساء والتوليد
الخرطوم، السودان
مذكرة العملية

اسم المريضة: آمنة عبد الله الطيب        العمر: 27 سنة        رقم الملف: 31/447/2018
الزوج: حسن الطيب - هاتف: +249 912 000 457
التاريخ: 09/04/2018
العملية: عملية قيصرية طارئة (الجزء السفلي من الرحم)
السبب: تعسر الولادة مع تباطؤ نبض الجنين، الحمل 39 أسبوعاً، الولادة الثانية
الجراح: د. هبة الفاضل عثمان (نائبة اختصاصي)        المساعد: د. مجاهد يوسف
التخدير: تخدير نخاعي
النتائج: مولود ذكر حي، الوزن 3.4 كغ، أبغار 6 ثم 9. السائل الأمنيوسي ملوّن بالعقي.
فقدان الدم: 700 مل. أوكسيتوسين 10 وحدات وريدياً.
التوقيع: د. صلاح الدين ميرغني، استشاري النساء والتوليد

---------------- CERTIFIED ENGLISH TRANSLATION ----------------
Soba University Hospital - Department of Obstetrics and Gynaecology
Khartoum, Sudan
OPERATION NOTE

Patient name: Amna Abdalla Eltayeb        Age: 27 years        File no.: 31/447/2018
Husband: Hassan Eltayeb - tel. +249 912 000 457
Date: 09/04/2018
Operation: Emergency lower segment caesarean section
Indication: Obstructed labour with fetal bradycardia, 39 weeks, second delivery
Surgeon: Dr Hiba Elfadil Osman (Registrar)        Assistant: Dr Mujahid Yousif
Anaesthesia: Spinal
Findings: Live male infant, weight 3.4 kg, Apgar 6 then 9. Meconium-stained liquor.
Blood loss: 700 mL. Oxytocin 10 units IV.
Signed: Dr Salah Eldin Mirghani, Consultant Obstetrician and Gynaecologist

Translated from Arabic by Nadia Osman Karrar, certified translator (Chartered Institute of Linguists),
membership no. CIOL-58821, 03/05/2023. I certify that this is a true translation.
""", [("آمنة عبد الله الطيب", P), ("31/447/2018", HN), ("حسن الطيب", R), ("+249 912 000 457", PH),
      ("مجاهد يوسف", C), ("Amna Abdalla Eltayeb", P), ("Hassan Eltayeb", R), ("Mujahid Yousif", C),
      ("CIOL-58821", REF)],
 ["مستشفى سوبا الجامعي", "د. هبة الفاضل عثمان", "د. صلاح الدين ميرغني", "Soba University Hospital",
  "Dr Hiba Elfadil Osman", "Dr Salah Eldin Mirghani", "Apgar 6 then 9", "Oxytocin 10 units IV", "09/04/2018",
  "27 years", "3.4 kg", "Nadia Osman Karrar"]))

DOCS.append(D("x-009", "handover_sheet", A2, """LABOUR WARD HANDOVER  -  St James's University Hospital, Leeds  -  Sun 21/01/2024  08:00
Outgoing: HEO (reg) / Tasha (coord MW)      Incoming: Dr L. Coyle (reg) / Sister Rafferty (coord)
Consultant: Mrs C. Whitcombe

Rm | Name            | Unit no   | G/P   | Gest  | Summary                                         | Plan
1  | Zara B.         | J4471290  | G1P0  | 40+5  | IOL for PET, BP 152/98 on labetalol 200 mg TDS   | ARM when able; MgSO4 if symptoms
3  | Mrs Lin Qiu     | J0982213  | G3P2  | 38+1  | VBAC, fully at 07:30, CTG normal                | expect SVD; active 3rd stage
5  | 'Bex' Thornley  | J3310876  | G2P1  | 34+2  | PPROM, GBS +ve                                   | benpen 3 g then 1.8 g 4-hrly; steroids D2
7  | K.D.            | J5566401  | G1P0  | 41+2  | PPH 1.9 L after SVD, Bakri in situ, 2 u RBC       | remove Bakri 12:00; Hb 6 h post; MEOWS
9  | Precious Ndlovu | J2207745  | G4P3  | 29+0  | reduced FM, CTG Dawes-Redman criteria met        | home if US normal; interpreter (Shona)

Theatre: Rm 7 may need EUA if bleeding restarts - anaesthetist aware (Dr Farouk).
Bleep: obs reg 1187 / coordinator ext 44718.
""", [("Tasha", C), ("L. Coyle", C), ("Rafferty", C), ("Zara B.", P), ("J4471290", HN), ("Lin Qiu", P),
      ("J0982213", HN), ("Bex", P), ("Thornley", P), ("J3310876", HN), ("K.D.", P), ("J5566401", HN),
      ("Precious Ndlovu", P), ("J2207745", HN), ("Farouk", C), ("1187", PH), ("44718", PH)],
 ["HEO", "Mrs C. Whitcombe", "St James's University Hospital", "labetalol 200 mg TDS", "BP 152/98", "MgSO4",
  "benpen 3 g then 1.8 g 4-hrly", "Bakri", "PPH 1.9 L", "Dawes-Redman", "MEOWS", "G1P0", "40+5", "34+2",
  "21/01/2024"]))

DOCS.append(D("x-010", "wpba_cbd", A2, """RCOG ePortfolio - Case-based Discussion (CbD)
Trainee: Dr Hiba Elfadil Osman        GMC 7390215
Assessor: Mr Anand Pillai, Consultant Obstetrician (GMC 6028174)
Date: 12/02/2024        Form ID: CBD-RCOG-5508193

Case summary (written by trainee):
Ms K. Doherty, 31, G1P0 at 41+2, spontaneous vaginal delivery after 14 h labour, then atonic PPH.
Total EBL 1.9 L. I called for help at 1000 mL, ran the PPH proforma: oxytocin infusion 40 units
in 500 mL, ergometrine 500 micrograms IM, carboprost 250 micrograms IM x2, tranexamic acid 1 g IV.
Bakri balloon inserted in the room (400 mL) with good tamponade test. 2 units RBC; Hb 71 -> 89 g/L.
Ms Doherty's partner (Declan) had left the room and came back during the emergency; midwife Tasha
stayed with him.

Discussion points: the four Ts; when to move to theatre; B-Lynch suture vs balloon; debrief for
the couple; Datix not required (no harm, appropriate escalation).

Judgement: Meets expectations for independent practice in all domains.
Assessor feedback: Calm leadership. Excellent contemporaneous documentation. Next step: lead a
PROMPT skills drill on the unit.

Signed: A. Pillai   14/02/2024        Trainee: H. E. Osman
""", [("CBD-RCOG-5508193", REF), ("K. Doherty", P), ("Doherty", P), ("Declan", R), ("Tasha", C)],
 ["Dr Hiba Elfadil Osman", "GMC 7390215", "Mr Anand Pillai", "6028174", "A. Pillai", "H. E. Osman", "41+2",
  "oxytocin infusion 40 units", "ergometrine 500 micrograms IM", "carboprost 250 micrograms IM",
  "tranexamic acid 1 g IV", "Bakri balloon", "B-Lynch suture", "Hb 71 -> 89 g/L", "PROMPT", "12/02/2024"]))

DOCS.append(D("x-011", "complaint_response", A2, """Leeds Teaching Hospitals NHS Trust
Patient Advice and Complaints Team, St James's University Hospital, Beckett Street, Leeds

Our ref: COMP-LTH-24-00913          Your ref: email of 02/03/2024
Date: 28/03/2024

Mr Ryan Cartwright
41 Stonegate Mews
Harehills
Leeds
LS9 7QT

Dear Mr Cartwright,

Re: Your partner, Ms Chloe Ashby (DOB 19/07/1996), Ward J27, 26-28 February 2024

Thank you for raising your concerns about the delay in Chloe's review on the evening of 26 February.
I was the obstetric registrar on duty and I have reviewed the records with my supervisor, Mrs Claire
Whitcombe, Consultant Obstetrician.

Ms Ashby was triaged at 19:10 by Sister Jo Rafferty with a BP of 148/96. The plan from the earlier day
team (Dr Liam Coyle) was a repeat BP and PET bloods, and these were normal (ALT 22, platelets 214,
uPCR 18). I was in theatre for an emergency caesarean section until 21:20 and saw Chloe at 21:45.
A two-and-a-half hour wait for a registrar review is longer than we would want, and I am sorry.

What we have changed: a second registrar is now rostered 18:00-22:00 on weekdays, and triage uses
the BSOTS tool so that women are seen in order of clinical need.

If you would like to meet, please contact the team on 0113 496 0718 or
patientexperience@lth.example.nhs.uk, quoting the reference above.

Yours sincerely,
Dr Hiba Osman, Specialty Doctor (Obstetrics)
Reviewed: Mrs Claire Whitcombe FRCOG
""", [("COMP-LTH-24-00913", REF), ("Ryan Cartwright", R), ("Cartwright", R),
      ("41 Stonegate Mews\nHarehills\nLeeds", ADDR), ("LS9 7QT", PC), ("Chloe Ashby", P), ("Chloe", P),
      ("Ashby", P), ("Jo Rafferty", C), ("Liam Coyle", C), ("0113 496 0718", PH),
      ("patientexperience@lth.example.nhs.uk", EM)],
 ["Leeds Teaching Hospitals NHS Trust", "St James's University Hospital", "DOB 19/07/1996", "Ward J27",
  "Mrs Claire\nWhitcombe", "Mrs Claire Whitcombe FRCOG", "Dr Hiba Osman", "BP of 148/96", "ALT 22",
  "platelets 214", "uPCR 18", "BSOTS", "28/03/2024"]))

DOCS.append(D("x-012", "on_call_rota", A2, """O&G MIDDLE-GRADE ROTA  -  St James's / LGI  -  weeks commencing 04/03/2024 and 11/03/2024
(compiled by HEO, rota lead; approved Mr A. Pillai)

Key: LD = labour ward day 08:00-20:30, N = night 20:00-08:30, G = gynae on-call, SL = study leave, AL = annual leave

          Mon  Tue  Wed  Thu  Fri  Sat  Sun
HEO       LD   LD   -    N    N    N    -
LC        N    N    N    -    -    LD   LD
FKh       G    G    LD   LD   -    -    -
RMcA      AL   AL   AL   AL   AL   -    -
OB-T      -    -    G    G    LD   G    G
PSw       SL   -    N    LD   G    -    N

Gaps: Mon/Tue LD covered by locum (agency, Dr 'Sam' - surname on agency sheet).
Swaps agreed: RMcA <-> LC (Sat). Ring rota lead on 07700 900 515 before changing anything.
Compliance: max 72 h/week respected; 46 h rest after nights (Junior Doctors Contract 2016).
""", [("LC", C), ("FKh", C), ("RMcA", C), ("OB-T", C), ("PSw", C), ("Sam", C), ("07700 900 515", PH)],
 ["HEO", "Mr A. Pillai", "Junior Doctors Contract 2016", "04/03/2024", "72 h/week", "LD", "AL", "SL"]))

DOCS.append(D("x-013", "safeguarding_referral", A2, """MULTI-AGENCY REFERRAL FORM - Leeds Children's Social Work Service (unborn baby / domestic abuse)
Referral no: LCSS-MARF-2024-06671        MARAC ref: MAR/LDS/24/0388
Date: 07/05/2024   Referrer: Dr Hiba Elfadil Osman, Obstetric Specialty Doctor, St James's University Hospital
Referrer tel: 0113 496 0240 (antenatal clinic)

Mother:    Shannon Leigh PRIESTLEY    DOB 11/12/2003    NHS 401 556 7820    Hosp no J6610933
Address:   Flat 3, 17 Cobden Terrace, Armley, Leeds  LS12 5AB
Mobile:    07700 900 698 (safe to call - ask for "Shan"; do not leave messages)
Gestation: 24+3, G2P1
Other children: Kai Priestley (aged 3) - attends Little Acorns nursery, Armley
Partner / father of baby: Dean Mottram (DOB unknown), lives at same address
Maternal grandmother: Tracey Priestley, 07700 900 121 - supportive

Concerns:
At the 24-week appointment Shannon disclosed that Dean pushed her against a door last weekend. Bruising
to left upper arm (photographed with consent, stored in the maternity record only). DASH risk
assessment score 15 (high risk). She does not want police involvement today but agrees to this
referral and to the IDVA. Community midwife: Ellie Shaw. Health visitor for Kai: Mandy Oakes.

Action taken: DASH completed; IDVA referral; MARAC referral; safety plan; next ANC 14/05/2024.
Discussed with named midwife for safeguarding and with Mrs C. Whitcombe (consultant).
""", [("LCSS-MARF-2024-06671", REF), ("MAR/LDS/24/0388", REF), ("0113 496 0240", PH),
      ("Shannon Leigh PRIESTLEY", P), ("Shannon", P), ("Shan", P), ("401 556 7820", NHS), ("J6610933", HN),
      ("Flat 3, 17 Cobden Terrace, Armley, Leeds", ADDR), ("LS12 5AB", PC), ("07700 900 698", PH),
      ("Kai Priestley", R), ("Kai", R), ("Little Acorns nursery, Armley", ADDR), ("Dean Mottram", R), ("Dean", R),
      ("Tracey Priestley", R), ("07700 900 121", PH), ("Ellie Shaw", C), ("Mandy Oakes", C)],
 ["Dr Hiba Elfadil Osman", "St James's University Hospital", "DOB 11/12/2003", "24+3", "G2P1", "DASH",
  "score 15", "IDVA", "MARAC", "Mrs C. Whitcombe", "07/05/2024", "14/05/2024"]))

DOCS.append(D("x-014", "teaching_feedback", A2, """TEACHING FEEDBACK SUMMARY
Session: "Managing shoulder dystocia and PPH - PROMPT-style skills drill"
Faculty lead: Dr Hiba Elfadil Osman     Supervising consultant: Mr Anand Pillai
Date/venue: 18/04/2024, Simulation Suite, Leeds General Infirmary
Attendees: 14 (6 FY/GPST doctors, 8 midwives)    Forms returned: 12

                                   Excellent  Good  Fair  Poor
Relevance to practice                  10       2     0     0
Clarity of teaching                     9       3     0     0
Opportunity for hands-on practice      11       1     0     0
Would recommend to colleagues          12       0     0     0

Free-text comments (verbatim):
 - "Hiba made McRoberts and suprapubic pressure really clear - best drill I've done."
 - "More time on Rubin II / Woods' screw please."
 - "Good that Dr Osman debriefed each team. Bethany (our FY2) got to lead which was great."
 - "HELPERR mnemonic finally makes sense."

Feedback collected via https://forms.example.org/lth-obs-sim-2024-04 and collated by Mr Anand Pillai.
Queries: lth.obsgynae.education@nhs.net
""", [("Bethany", C), ("https://forms.example.org/lth-obs-sim-2024-04", URL),
      ("lth.obsgynae.education@nhs.net", EM)],
 ["Dr Hiba Elfadil Osman", "Hiba", "Dr Osman", "Mr Anand Pillai", "Leeds General Infirmary", "McRoberts",
  "Rubin II", "Woods' screw", "HELPERR", "PROMPT", "18/04/2024"]))
