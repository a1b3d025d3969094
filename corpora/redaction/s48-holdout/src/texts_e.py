from common import *
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID")

# ---------------- Dr Hoda El-Sayed: obstetrics & gynaecology (Northern Ireland, Egypt) ----------------
D("s48-038", "operation_note", E, """Southern Loughside Health and Social Care Trust - Belmont Lough Hospital - Labour Ward Theatre
OPERATIVE NOTE - CAESAREAN SECTION

Name: Ciara Bronagh Devlin    H&C No: 320 551 8876    Hosp No: BLH/338102    DOB: 09/07/1994   G2P1
Date: 27/04/2024   Category: 2 (decision 10:42, delivery 11:19, DDI 37 min)
Operator: Dr Hoda El-Sayed (Specialty Doctor, GMC 7551862)    Assistant: Dr Cathal Mulgrew (ST3)
Anaesthetist: Dr Priti Vasanthakumar - spinal (bupivacaine 0.5% heavy 2.4 mL + diamorphine 300 mcg)
Midwife: Orla Quigley      Partner present: Ronan Devlin

Indication: failure to progress in the first stage at 7 cm, OP position, previous LSCS.
Findings: Pfannenstiel; lower segment well formed; baby delivered cephalic with Wrigley's forceps to the head.
Live male, 3.620 kg, Apgar 8 at 1 min and 9 at 5 min; cord pH arterial 7.24, venous 7.31.
Placenta complete, uterus closed in two layers with Vicryl 1. EBL 650 mL. Carbetocin 100 mcg IV.
Post-op: VTE - tinzaparin 4,500 units SC OD for 10 days; remove catheter at 12 h.
Signed: Dr Hoda El-Sayed""",
  [("Ciara Bronagh Devlin", PN), ("320 551 8876", NHS), ("BLH/338102", HN), ("Dr Cathal Mulgrew", CN),
   ("Dr Priti Vasanthakumar", CN), ("Orla Quigley", CN), ("Ronan Devlin", RN)],
  ["Southern Loughside Health and Social Care Trust", "Belmont Lough Hospital", "09/07/1994", "G2P1", "27/04/2024",
   "Category: 2", "10:42", "11:19", "DDI 37 min", "Dr Hoda El-Sayed", "GMC 7551862", "bupivacaine 0.5% heavy 2.4 mL",
   "diamorphine 300 mcg", "7 cm", "Pfannenstiel", "Wrigley's forceps", "3.620 kg", "Apgar 8 at 1 min and 9 at 5 min",
   "arterial 7.24", "Vicryl 1", "EBL 650 mL", "Carbetocin 100 mcg IV", "tinzaparin 4,500 units SC OD"])

D("s48-039", "clinic_letter", E, """Belmont Lough Hospital - Gynaecology Outpatients - Southern Loughside HSC Trust
Our Ref: HES/GYN/55017        Clinic date: 15/02/2024        Tel (switchboard): 01632 960371

Dr Eimear Gallagher
Mourneview Health Centre
2 Ballyrath Road
Craigavale
BT66 9XR

Dear Dr Gallagher,
Re: Mrs Sinead Magennis, DOB 01/01/1979, 41 Orchard Hill, Craigavale BT66 4LE
H&C 441 093 2275

Diagnosis: heavy menstrual bleeding with a 4 cm intramural fibroid (FIGO type 4); Hb 98 g/L; ferritin 6 ug/L.
Plan: Mirena (levonorgestrel 52 mg IUS) fitted today after discussion of options including tranexamic acid,
ulipristal (not used - MHRA restriction) and hysterectomy. Ferrous fumarate 210 mg BD for 3 months.
Endometrial biopsy (Pipelle): histology to follow. Review in 6 months or earlier if bleeding persists.

Yours sincerely
Dr Hoda El-Sayed, Specialty Doctor in Obstetrics and Gynaecology
Dictated but not read""",
  [("HES/GYN/55017", REF), ("01632 960371", PH), ("Dr Eimear Gallagher", CN), ("Dr Gallagher", CN),
   ("Mourneview Health Centre\n2 Ballyrath Road\nCraigavale", AD), ("BT66 9XR", PC), ("Mrs Sinead Magennis", PN),
   ("41 Orchard Hill, Craigavale", AD), ("BT66 4LE", PC), ("441 093 2275", NHS)],
  ["Belmont Lough Hospital", "Southern Loughside HSC Trust", "15/02/2024", "01/01/1979", "4 cm intramural fibroid",
   "FIGO type 4", "Hb 98 g/L", "ferritin 6 ug/L", "Mirena (levonorgestrel 52 mg IUS)", "tranexamic acid", "ulipristal",
   "MHRA", "Ferrous fumarate 210 mg BD", "Pipelle", "Dr Hoda El-Sayed"])

D("s48-040", "discharge_ocr_abroad", E, """QASR AL-NlL MATERNITY H0SPlTAL - CAlRO
[Eng1ish translation attached by applicant; original in Arabic]
DlSCHARGE REP0RT - Departrnent of Obstetrics & Gynaec0logy

Patient: Marwa Abde1 Hamid Sha1aby       Nationa1 lD: 29OO3l2Ol4538l
Fi1e N0: QN/2Ol9/7734     Husband: Mr Tarek Fawzy Mansour
Address: 14 E1-Nasr Street, Heliopolis, Cair0

Adrnission 2l/O3/2Ol9 - discharge 25/O3/2Ol9.  Age 29, G3 P2.
Diagnosis: severe pre-ec1arnpsia at 34+2 weeks (BP l7O/ll5, protein 3+, p1atelets 98 xl0^9/L).
Managernent: rnagnesium sulphate (Zuspan regirnen 4 g l0ading + 1 g/h), nifedipine l0 rng, 
dexarnethasone 6 mg x 4 doses, ernergency LSCS at 34+4 weeks; baby to NlCU (2.1 kg).
Surgeon: Dr Hoda E1-Sayed (Resident)       Head of Departrnent: Prof. Mona Ragab Abdel-Ghaffar""",
  [("Marwa Abde1 Hamid Sha1aby", PN), ("29OO3l2Ol4538l", OID), ("QN/2Ol9/7734", HN), ("Mr Tarek Fawzy Mansour", RN),
   ("14 E1-Nasr Street, Heliopolis, Cair0", AD)],
  ["QASR AL-NlL MATERNITY H0SPlTAL - CAlRO", "2l/O3/2Ol9", "25/O3/2Ol9", "Age 29", "G3 P2", "34+2 weeks",
   "BP l7O/ll5", "protein 3+", "p1atelets 98 xl0^9/L", "rnagnesium sulphate", "Zuspan regirnen 4 g l0ading + 1 g/h",
   "nifedipine l0 rng", "dexarnethasone 6 mg x 4 doses", "34+4 weeks", "2.1 kg", "Dr Hoda E1-Sayed",
   "Prof. Mona Ragab Abdel-Ghaffar"])

D("s48-041", "osats", E, """Objective Structured Assessment of Technical Skills (OSATS) - RCOG ePortfolio export
Doctor: Dr Hoda El-Sayed  GMC 7551862     Unit: Belmont Lough Hospital, Southern Loughside HSC Trust
Assessor: Dr Siobhán McAleer, Consultant Obstetrician - GMC 5938821      Date: 06/03/2024
Procedure: Operative laparoscopy - right salpingectomy for ectopic pregnancy (ruptured, haemoperitoneum 800 mL)

Preparation and consent: competent. Port placement / entry (Palmer's point not required): competent.
Tissue handling and use of bipolar energy: competent. Haemostasis: competent. Specimen retrieval: competent.
Total operating time 48 min; serum beta-hCG 5,430 IU/L pre-op.
Assessor comment: "Calm and efficient in an unstable patient (HR 120, Hb 84 g/L). Good communication with the
anaesthetist. Now independent for laparoscopic salpingectomy."
Summative outcome: COMPETENT (3 of 3 required OSATS now complete).""",
  [],
  ["Dr Hoda El-Sayed", "GMC 7551862", "Belmont Lough Hospital", "Southern Loughside HSC Trust", "Dr Siobhán McAleer",
   "GMC 5938821", "06/03/2024", "haemoperitoneum 800 mL", "Palmer's point", "48 min", "beta-hCG 5,430 IU/L",
   "HR 120", "Hb 84 g/L", "3 of 3"])

D("s48-042", "complaint_response", E, """Southern Loughside Health and Social Care Trust - Complaints Department
Your complaint ref: C/2024/0388      Our ref: SLT-CMP-0388-HES
Datix Web ref: DW-NI-77120

Dear Mr Aodhan Keenan,
Thank you for your letter about the care your partner, Ms Niamh Callaghan, received during her induction of
labour on Ward 4B (Maternity), Belmont Lough Hospital, on 12-14 January 2024.

As the obstetric specialty doctor on duty on 13 January I want to respond personally. Ms Callaghan had a
Bishop score of 3 after the Propess (dinoprostone 10 mg) and the delay before transfer to labour ward was
because the unit was at escalation level 3 (all 11 delivery rooms full). I am sorry that the midwife,
Gráinne Toner (NMC PIN 08D4417E), was unable to tell you this at the time, and that no doctor came to speak to you for 9 hours.
We have since introduced a 4-hourly medical review for women waiting for transfer (Induction of Labour
Guideline v4.2, March 2024).

Yours sincerely,
Dr Hoda El-Sayed, Specialty Doctor, Obstetrics & Gynaecology
Response approved by: Dr Siobhán McAleer, Clinical Lead, Maternity
Copy to: 16 Glenview Park, Portlough BT62 3SJ""",
  [("C/2024/0388", REF), ("SLT-CMP-0388-HES", REF), ("DW-NI-77120", REF), ("Mr Aodhan Keenan", RN),
   ("Ms Niamh Callaghan", PN), ("Ms Callaghan", PN), ("Gráinne Toner", CN), ("08D4417E", GMC), ("16 Glenview Park, Portlough", AD),
   ("BT62 3SJ", PC)],
  ["Southern Loughside Health and Social Care Trust", "Ward 4B (Maternity)", "Belmont Lough Hospital",
   "12-14 January 2024", "13 January", "Bishop score of 3", "Propess (dinoprostone 10 mg)", "escalation level 3",
   "11 delivery rooms", "9 hours", "Induction of Labour\nGuideline v4.2", "Dr Hoda El-Sayed", "Dr Siobhán McAleer"])

D("s48-043", "audit_report", E, """Audit: Management of postpartum haemorrhage >= 1500 mL against RCOG Green-top Guideline No. 52
Belmont Lough Hospital, Southern Loughside HSC Trust     Period: 01/07/2023 - 31/12/2023
Lead: Dr Hoda El-Sayed     Supervisor: Dr Siobhán McAleer     Audit registration: SLT-AUD-2023-0415

Cases: 28 women with PPH >= 1500 mL out of 1,912 births (1.5%).
Quantitative blood loss measured: 26/28 (93%)  [standard 100%]
Major obstetric haemorrhage protocol activated: 24/28 (86%)
Tranexamic acid 1 g IV within 30 minutes: 19/28 (68%)  [standard 100% - WOMAN trial evidence]
Fibrinogen (Clauss) checked: 22/28 (79%); ROTEM used: 11/28 (39%)
Four Ts documented: 25/28 (89%)
Recommendations: TXA added to the PPH trolley checklist; ROTEM teaching for middle grades; re-audit in 2024.
Presented at the Maternity Governance Meeting 10/04/2024 and the NI Maternal Safety Forum 2024.""",
  [],
  ["RCOG Green-top Guideline No. 52", "Belmont Lough Hospital", "Southern Loughside HSC Trust",
   "01/07/2023 - 31/12/2023", "Dr Hoda El-Sayed", "Dr Siobhán McAleer", "SLT-AUD-2023-0415", "1,912 births (1.5%)",
   "26/28 (93%)", "24/28 (86%)", "Tranexamic acid 1 g IV", "19/28 (68%)", "WOMAN trial", "22/28 (79%)",
   "11/28 (39%)", "25/28 (89%)", "10/04/2024"])

D("s48-044", "referral_email", E, """From: Hoda El-Sayed <hoda.el-sayed@southernloughside.example.hscni.net>
To: fetal.medicine@regional-maternity.example.hscni.net
Date: Thu, 21 Mar 2024 16:47:03 +0000
Subject: URGENT FMU referral - Roisin Mallon H&C 552 107 3398 - ?fetal growth restriction 29+3

Dear Fetal Medicine team,
I would be grateful if you could see Roisin (DOB 14/10/1990, G1P0) this week. Scan today at 29+3:
EFW 980 g (<3rd centile), AC below the 3rd centile, UA PI 1.62 (>95th) with positive EDF, MCA PI 1.31,
CPR 0.81. PAPP-A at booking 0.31 MoM. On aspirin 150 mg nocte since 12 weeks. BP 138/86, uPCR 22.
Steroids (betamethasone 12 mg x 2) given 20-21/03/2024.
She is happy to be contacted on 07700 900147; her mother, Bernadette Mallon, will drive her.
Booking details: BLH/352891, Belmont Lough Hospital.

Kind regards
Dr Hoda El-Sayed, Specialty Doctor in O&G, Belmont Lough Hospital - ext 3310""",
  [("hoda.el-sayed@southernloughside.example.hscni.net", EM), ("fetal.medicine@regional-maternity.example.hscni.net", EM),
   ("Roisin Mallon", PN), ("552 107 3398", NHS), ("Roisin", PN), ("07700 900147", PH), ("Bernadette Mallon", RN),
   ("BLH/352891", HN)],
  ["Hoda El-Sayed", "21 Mar 2024", "29+3", "14/10/1990", "G1P0", "EFW 980 g (<3rd centile)", "UA PI 1.62 (>95th)",
   "MCA PI 1.31", "CPR 0.81", "PAPP-A", "0.31 MoM", "aspirin 150 mg nocte", "BP 138/86", "uPCR 22",
   "betamethasone 12 mg x 2", "20-21/03/2024", "Belmont Lough Hospital", "Dr Hoda El-Sayed", "ext 3310"])

D("s48-045", "handover_sheet", E, """Labour Ward board / handover - Belmont Lough Hospital - 08:00 Sun 03/03/2024 (HES obstetric SD on call)

Rm  | who | G/P    | gest  | situation                                           | plan
1   | TMcC| G1P0   | 40+12 | IOL, ARM 06:10, syntocinon 12 mL/h, CTG normal       | VE 10:00
3   | AK  | G3P2   | 38+1  | twins DCDA, twin 1 ceph, epidural                    | cons aware
5   | O'H | G2P1   | 39+4  | VBAC, 6 cm, scar pain?                               | low threshold, review 09:00
7   | BSZ | G1P0   | 34+0  | PPROM, GBS pos, benzylpenicillin 3 g then 1.8 g 4h   | steroids done
HDU | LFN | P1     | PN d1 | PPH 2.1 L, Hb 79, 2 u RBC given                      | Hb AM, IV iron

BLH/350014  BLH/351220  BLH/349987  BLH/352003  BLH/348876
Handover given by Dr Hoda El-Sayed to Dr Siobhán McAleer (consultant on call) and the midwife in charge.""",
  [("TMcC", PN), ("AK", PN), ("O'H", PN), ("BSZ", PN), ("LFN", PN), ("BLH/350014", HN), ("BLH/351220", HN),
   ("BLH/349987", HN), ("BLH/352003", HN), ("BLH/348876", HN)],
  ["Belmont Lough Hospital", "08:00", "03/03/2024", "HES", "40+12", "ARM 06:10", "syntocinon 12 mL/h", "38+1", "DCDA",
   "39+4", "VBAC, 6 cm", "34+0", "PPROM", "benzylpenicillin 3 g then 1.8 g 4h", "PPH 2.1 L", "Hb 79", "2 u RBC",
   "Dr Hoda El-Sayed", "Dr Siobhán McAleer"])

D("s48-046", "reflection", E, """Reflective practice - breaking bad news after an intrauterine death
Dr Hoda El-Sayed, Belmont Lough Hospital, 18/10/2023

I confirmed an intrauterine fetal death on ultrasound at 36+5 weeks in the Maternity Assessment Unit. Following
the SANDS National Bereavement Care Pathway, I sat down with the woman and her partner, used plain language
("I'm so sorry, your baby's heart has stopped beating") and allowed silence. Investigations offered per the
RCOG Green-top Guideline No. 55: Kleihauer 0.4%, TORCH screen, thrombophilia screen, placental histology and
post-mortem (consented). Induction with mifepristone 200 mg then misoprostol after 48 h was their choice.

What went well: having the bereavement midwife, Clodagh Rafferty, in the room from the start.
What I will change: I will check whether a couple wants to be called by their first names before the
conversation.  Supervisor discussion: Dr Siobhán McAleer, 25/10/2023.

-------------------------------------------------------------------------------------------------
File: S:\\Obs\\HES_portfolio\\reflections\\IUD_Mrs_Nugent_BLH339720_Oct23.docx     page 1""",
  [("Clodagh Rafferty", CN), ("Nugent", PN), ("BLH339720", HN)],
  ["Dr Hoda El-Sayed", "Belmont Lough Hospital", "18/10/2023", "36+5 weeks", "Maternity Assessment Unit",
   "SANDS National Bereavement Care Pathway", "RCOG Green-top Guideline No. 55", "Kleihauer 0.4%",
   "mifepristone 200 mg", "misoprostol", "48 h", "Dr Siobhán McAleer", "25/10/2023"])
