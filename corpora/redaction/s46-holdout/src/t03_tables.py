from common import *

DOCS = []

DOCS.append(D("ho-023", "theatre_logbook", "Dr Ravindra Kulasekara", """
eLogbook - Consolidation report (personal), exported 03/11/2023
Trainee/Surgeon: Dr Ravindra Kulasekara   GMC 7312846   Hospital: Northmoor General Hospital
Filter: 01/08/2023 - 31/10/2023, Role = all

Date       | Patient      | Age | Sex | Procedure                                   | Role | Supervisor        | Urg.
04/08/2023 | 2214479      | 34  | F   | Laparoscopic appendicectomy                 | P    | Mr J Hale-Whitby  | Em
04/08/2023 | N0517733     | 71  | M   | Laparotomy, small bowel resection           | A    | Mr J Hale-Whitby  | Em
11/08/2023 | D.W.         | 58  | M   | Inguinal hernia repair (Lichtenstein)       | P    | Ms P Ramaswamy    | El
15/08/2023 | N0498120     | 45  | F   | Lap cholecystectomy                         | P-S  | Ms P Ramaswamy    | El
22/08/2023 | A.McG        | 66  | F   | Hartmann's procedure                        | P-S  | Mr J Hale-Whitby  | Em
29/08/2023 | N0522816     | 23  | M   | Pilonidal sinus excision, Bascom cleft lift | P    | unsupervised      | El
05/09/2023 | KB           | 80  | F   | Incarcerated femoral hernia, repair         | P    | Ms P Ramaswamy    | Em
12/09/2023 | N0483921     | 72  | M   | Lap anterior resection + loop ileostomy     | A    | Mr J Hale-Whitby  | El
19/09/2023 | 2231007      | 19  | M   | Perianal abscess I&D                        | P    | unsupervised      | Em
03/10/2023 | R Okafor     | 52  | M   | Lap right hemicolectomy                     | P-S  | Mr J Hale-Whitby  | El
17/10/2023 | N0530462     | 61  | F   | Diagnostic laparoscopy                      | P    | Ms P Ramaswamy    | Em

Totals: P 6, P-S 3, A 2. Complications recorded: 1 (superficial SSI, 15/08/2023, Clavien-Dindo I).
Supervisor signature: Mr Jonathan Hale-Whitby (Consultant, clinical supervisor)
""", [
    ("2214479", HN), ("N0517733", HN), ("D.W.", PN), ("N0498120", HN), ("A.McG", PN), ("N0522816", HN),
    ("KB", PN), ("N0483921", HN), ("2231007", HN), ("R Okafor", PN), ("N0530462", HN),
], [
    "Dr Ravindra Kulasekara", "7312846", "Northmoor General Hospital", "Mr J Hale-Whitby", "Ms P Ramaswamy",
    "Mr Jonathan Hale-Whitby", "Hartmann's procedure", "Lichtenstein", "Bascom cleft lift", "Clavien-Dindo I",
    "04/08/2023",
]))

DOCS.append(D("ho-024", "ward_list", "Dr Kwabena Asante-Mireku", """
WARD 31 (Care of the Elderly) - Consultant: Dr F Blackwood-Ince - Ward round list 12/05/2022
Printed by: Dr K Asante-Mireku (SD)    Larchfield Hospital

Bed | Name              | Age/Sex | MRN       | PC / Dx                          | Jobs
1   | Mrs I. Thackeray  | 91 F    | 00388154  | #pubic rami, delirium (4AT 6)    | bloods, OT assess
2   | Mr P. Loughlin    | 84 M    | 00401276  | CAP CURB-65 3, AKI 2             | repeat U&E, fluids 2L
3   | Mrs G. Nair       | 79 F    | 00410099  | Falls, postural BP drop 32 mmHg  | ECHO, stop tamsulosin?
4   | (side room) Mr D. Oyelowo | 88 M | 00392661 | C. difficile, day 4 vancomycin | stool chart
5   | Mrs B. Sutcliffe  | 95 F    | 00374402  | EOL - RESPECT form done, DNACPR   | syringe driver review, family mtg 2pm w/ son Martin
6   | Mr H. Pickersgill | 87 M    | 00419983  | Dementia + UTI, TEP in place     | MSU result, d/c to Beech Bungalows w/ POC
7   | EMPTY             |         |           |                                  |
8   | Mrs J. Abara      | 82 F    | 00415530  | Hyponatraemia Na 119, SIADH?     | fluid restrict 1L, osmolalities

Outliers on Ward 7: Mr T Rudd (00422901), 76M - fast AF, rate control; Mrs L Chan (00423115), 90F - MFFD.
Bleep: K A-M 2231 | Ward phone 01632 960301
""", [
    ("I. Thackeray", PN), ("00388154", HN), ("P. Loughlin", PN), ("00401276", HN), ("G. Nair", PN),
    ("00410099", HN), ("D. Oyelowo", PN), ("00392661", HN), ("B. Sutcliffe", PN), ("00374402", HN),
    ("Martin", RN), ("H. Pickersgill", PN), ("00419983", HN), ("Beech Bungalows", AD), ("J. Abara", PN),
    ("00415530", HN), ("T Rudd", PN), ("00422901", HN), ("L Chan", PN), ("00423115", HN),
    ("01632 960301", PH), ("2231", PH),
], [
    "Dr K Asante-Mireku", "K A-M", "Dr F Blackwood-Ince", "Larchfield Hospital", "WARD 31", "91 F",
    "4AT 6", "CURB-65 3", "Na 119", "RESPECT", "DNACPR", "Ward 7", "76M", "90F", "12/05/2022",
]))

DOCS.append(D("ho-025", "handover_list", "Dr Amal Osman Elkhidir", """
ED Night -> Day handover, St Columba's Hospital, 05/11/2023 08:00
Handing over: Dr A O Elkhidir (SD, GMC 7654201)   Receiving: Dr Neil Cattanach (Cons)

Cubicle | Pt (initials/att no) | Age Sex | Issue                                             | Outstanding
Resus 1 | GT / ED23-121877     | 67 M    | NSTEMI, trop 2400 -> 5100 ng/L, on fondaparinux  | cardiology bed, Dr Ahmed (CCU reg) aware
Resus 2 | "Big Davie" / ED23-121880 | 45 M | DKA, pH 7.09, ketones 6.1, FRIII running     | hourly VBG, ITU review
Maj 4   | SL / ED23-121891     | 23 F    | OD paracetamol 40 g @ 02:00, 4h level 210 mg/L   | NAC started 06:10, psych when fit
Maj 7   | ED23-121903          | 81 F    | NOF # L, fascia iliaca done 05:30                | ortho to clerk
Maj 9   | McI / ED23-121911    | 34 M    | Renal colic, 6 mm VUJ stone on CTKUB            | uro review 09:00
Paeds 2 | baby K-J / ED23-121915 | 4 wk M | Bronchiolitis, sats 91%, feeding 50%            | paeds aware, NG?
CDU     | ED23-121860 (Mrs Rennie) | 58 F | Syncope, ECG QTc 510 ms                         | cardiac monitor, Mg/K
Breaches: 2 (Maj 7 - waiting bed, CDU).  4-hr performance overnight: 71%.
Police in dept re Maj 9 (PC Stuart Laing, collar 1182) - not our patient's issue, FYI.
""", [
    ("GT", PN), ("ED23-121877", HN), ("Ahmed", CN), ('"Big Davie"', PN), ("Big Davie", PN), ("ED23-121880", HN),
    ("SL", PN), ("ED23-121891", HN), ("ED23-121903", HN), ("McI", PN), ("ED23-121911", HN), ("K-J", PN),
    ("ED23-121915", HN), ("ED23-121860", HN), ("Rennie", PN), ("Stuart Laing", CN), ("1182", OID),
], [
    "Dr A O Elkhidir", "7654201", "Dr Neil Cattanach", "St Columba's Hospital", "67 M", "trop 2400 -> 5100 ng/L",
    "fondaparinux", "pH 7.09", "paracetamol 40 g", "210 mg/L", "QTc 510 ms", "4 wk M", "Resus 1", "Maj 7",
    "71%",
]))

DOCS.append(D("ho-026", "clinic_list", "Dr Eleanor Whitcombe", """
Clinic list - DERM-WHIT-TUE - Tuesday 16/01/2024 - Ravensby District General Hospital
Clinician: Dr E Whitcombe (AS)        Room 4, Outpatients Block C

Time  | Hosp No   | NHS No       | Patient              | DOB        | Type | Outcome (EW)
09:00 | RV0338127 | 418 902 6633 | KOWALCZYK-HUGHES, A  | 04/07/1979 | FU   | biologic start, see 12w
09:15 | RV0412550 | 402 771 8890 | OYEBANJI, Tolu       | 21/02/2001 | NEW  | acne, isotretinoin counselled, PPP
09:30 | RV0290018 | 611 558 2041 | HARGREAVES, Norman   | 13/09/1946 | 2WW  | BCC L nasal ala -> Mohs referral
09:45 | RV0409932 | 433 210 9985 | DNA                  |            | FU   | DNA x2 - discharge to GP
10:00 | RV0377461 | 498 006 3321 | STRACHAN, Moira      | 30/11/1964 | FU   | HS Hurley II, adalimumab cont.
10:15 | RV0418870 | 720 118 4356 | BAPTISTE, Jean-Luc   | 08/05/1988 | NEW  | eczema, dupilumab criteria not met (EASI 12)
10:30 | RV0380001 | 404 339 1207 | ELLIS-WOOD, Harriet  | 17/06/1953 | 2WW  | melanoma 0.9 mm Breslow, WLE + SLNB discussed
Letters dictated: 6. Clinic overran 20 min.
""", [
    ("RV0338127", HN), ("418 902 6633", NHS), ("KOWALCZYK-HUGHES, A", PN), ("RV0412550", HN),
    ("402 771 8890", NHS), ("OYEBANJI, Tolu", PN), ("RV0290018", HN), ("611 558 2041", NHS),
    ("HARGREAVES, Norman", PN), ("RV0409932", HN), ("433 210 9985", NHS), ("RV0377461", HN),
    ("498 006 3321", NHS), ("STRACHAN, Moira", PN), ("RV0418870", HN), ("720 118 4356", NHS),
    ("BAPTISTE, Jean-Luc", PN), ("RV0380001", HN), ("404 339 1207", NHS), ("ELLIS-WOOD, Harriet", PN),
], [
    "Dr E Whitcombe", "(EW)", "Ravensby District General Hospital", "04/07/1979", "21/02/2001", "13/09/1946",
    "30/11/1964", "08/05/1988", "17/06/1953", "isotretinoin", "Hurley II", "dupilumab", "EASI 12",
    "0.9 mm Breslow", "Room 4",
]))

DOCS.append(D("ho-027", "theatre_logbook", "Dr Haider Al-Jubouri", """
Anaesthetic logbook (RCoA Lifelong Learning export, personal cases) - Dr Haider Al-Jubouri
Period: Jan 2023   Site: Brookvale University Hospital

#    Date        Pt ID        Age  Sex ASA Urg   Specialty   Technique            Supervision   Notes
101  03/01/2023  B1203388     67   M   3   Elec  Vascular    GA + ETT, art line   Local (solo)
102  03/01/2023  B1188740     29   F   1   Emerg Obstetrics  Spinal (CS Cat 1->2) Solo          failed spinal -> GA
103  05/01/2023  MRN 1207761  4    M   1   Elec  Paeds ENT   GA LMA, caudal       Dr I Carlisle-Hurst in theatre
104  09/01/2023  B1199034     72   F   3   Elec  Urology     GA, TIVA, epidural   Dr I Carlisle-Hurst in theatre   HDU
105  12/01/2023  B1210025     88   F   4   Emerg Ortho      Spinal + FIB         Solo          died day 3 - M&M
106  16/01/2023  (not given)  55   M   2   Emerg General    RSI, ETT             Solo          grade 3 view, bougie
107  20/01/2023  B1211943 "S.O." 31 F  2   Elec  Gynae      GA LMA               Solo
108  27/01/2023  B1214410     61   M   5E  Emerg General    RSI, VL, art, CVC    Dr R Gethin (cons) called   ITU
Summary: 8 cases, 3 with consultant present; airway: 1 difficult intubation (managed per DAS 2015).
""", [
    ("B1203388", HN), ("B1188740", HN), ("1207761", HN), ("B1199034", HN), ("B1210025", HN), ("B1211943", HN),
    ('"S.O."', PN), ("S.O.", PN), ("B1214410", HN), ("R Gethin", CN),
], [
    "Dr Haider Al-Jubouri", "Brookvale University Hospital", "Dr I Carlisle-Hurst", "DAS 2015", "ASA", "TIVA",
    "03/01/2023",
]))

DOCS.append(D("ho-028", "obstetric_logbook", "Dr Chiamaka Nwosu-Eze", """
RCOG-style procedural log (summary sheet) - Dr C. Nwosu-Eze (CNE) - Ashbourne Vale Hospital
Verified by: Miss Hannah Liddington, Consultant Obstetrician, 30/09/2023

No. | Date     | Hosp no.   | Initials | Gest   | Procedure                          | Level      | Outcome
1   | 02/07/23 | AV5498811  | L.P.     | 41+2   | Ventouse (Kiwi), OP -> OA          | Indep.     | PPH 600 ml
2   | 05/07/23 | AV5501347  | NS       | 38+0   | Elective LSCS (previous x2)        | Indep.     |
3   | 09/07/23 | AV5503090  | R-A.B.   | 40+6   | Kielland's rotational forceps      | Supervised | 3b tear repaired
4   | 14/07/23 | AV5500021  | T.McK    | 33+1   | Cat 1 LSCS, cord prolapse          | Indep.     | baby to NICU
5   | 23/07/23 | AV5512098  | P.O-B.   | 39+4   | Cat 2 LSCS, FTP at 7 cm            | Supervised |
6   | 30/07/23 | AV5515784  | JW       | 12+3   | Laparoscopic salpingectomy (ectopic) | Indep.   | rhesus neg - anti-D given
7   | 06/08/23 | AV5517002  | F.H.     | 40+1   | Manual removal of placenta         | Indep.     | EBL 1.1 L
8   | 19/08/23 | AV5520356  | D-M.A.   | 29+0   | Classical CS, placenta accreta spectrum | Observed | MDT, IR balloons
""", [
    ("AV5498811", HN), ("L.P.", PN), ("AV5501347", HN), ("NS", PN), ("AV5503090", HN), ("R-A.B.", PN),
    ("AV5500021", HN), ("T.McK", PN), ("AV5512098", HN), ("P.O-B.", PN), ("AV5515784", HN), ("JW", PN),
    ("AV5517002", HN), ("F.H.", PN), ("AV5520356", HN), ("D-M.A.", PN),
], [
    "Dr C. Nwosu-Eze", "CNE", "Ashbourne Vale Hospital", "Miss Hannah Liddington", "Kielland's",
    "41+2", "3b tear", "placenta accreta spectrum", "anti-D", "EBL 1.1 L", "PPH 600 ml",
]))

DOCS.append(D("ho-029", "oncall_referrals", "Dr Sanjay Raghunathan", """
Cardiology on-call referral log (registrar bleep 4400) - Westgate University Hospital
On call: Dr S Raghunathan, 14/02/2022 17:00 - 15/02/2022 09:00

Time  | From (ward/caller)           | Patient            | Hosp no       | Question                               | Advice / outcome
17:22 | AMU - Dr Priya Nandakumar    | Mr O'Driscoll 74M  | WUH-0791140   | new LBBB, chest pain 3 h               | hs-trop 18 -> 19, not STEMI equiv (Sgarbossa neg), OP echo
18:05 | Ward 12 - FY1 Tom Baverstock | Mrs Y.L. 81F       | WUH-0788823   | HR 38, on digoxin + bisoprolol         | stop both, dig level 2.8, atropine ready, monitor
20:40 | ED - Dr Ama Boateng          | Kieran W. 19M      | WUH-0799001   | palpitations, delta wave on ECG        | WPW - flecainide avoid AV nodal, EP referral
23:15 | Sunnyhill Hospital (ext.) 01632 960640 | 66F (name not given) | ext. no. SH-448120 | inferior STEMI, 2 h  | accepted for PPCI, blue light, cath lab activated 23:19
02:50 | ITU - Dr Mwangi              | Mr Abdi Warsame 59M | WUH-0778566  | cardiogenic shock post MI              | Impella discussed with Dr Kielty (cons)
Total referrals: 5. Cath lab activations: 1 (door-to-balloon 62 min).
""", [
    ("Priya Nandakumar", CN), ("O'Driscoll", PN), ("WUH-0791140", HN), ("Tom Baverstock", CN), ("Y.L.", PN),
    ("WUH-0788823", HN), ("Ama Boateng", CN), ("Kieran W.", PN), ("WUH-0799001", HN), ("01632 960640", PH),
    ("SH-448120", HN), ("Mwangi", CN), ("Abdi Warsame", PN), ("WUH-0778566", HN), ("4400", PH),
], [
    "Dr S Raghunathan", "Westgate University Hospital", "74M", "81F", "19M", "66F", "59M", "Sgarbossa",
    "dig level 2.8", "flecainide", "WPW", "Impella", "Dr Kielty", "door-to-balloon 62 min", "Ward 12",
]))

DOCS.append(D("ho-030", "clinic_list", "Dr Ioana Mihăilescu", """
Depot clinic - Fernhill CMHT - Wednesday 14/02/2024 - run by Dr I. Mihăilescu with CPN team
RiO     | Name (as on list)   | Age | Depot                      | Due      | Given | Notes
3301188 | Derek "Del" Hutton  | 52  | paliperidone palmitate 150 mg monthly | 14/02 | Y | weight 104 kg, BMI 33 - lipid check
3302714 | A. Bashir           | 29  | aripiprazole LAI 400 mg    | 14/02    | Y     | Akathisia improved
3300459 | R.T.                | 61  | flupentixol decanoate 40 mg 2-weekly | 14/02 | N | DNA - CPN home visit (Gareth S.) today, 22 Mill Street flat 3
3303390 | Louden K            | 33  | none (oral)                | -        | -     | attended for bloods only, prolactin
3301942 | (same) -            |     |                            |          |       | duplicate RiO entry - flagged to records
3299027 | Mrs O. Adeyemi      | 47  | zuclopenthixol decanoate 200 mg | 14/02 | Y   | CTO conditions reviewed (MHA s17A)
Supervisor sign-off: Dr Peter Ssali (Consultant) - 14/02/2024
""", [
    ("3301188", HN), ('Derek "Del" Hutton', PN), ("Hutton", PN), ("Del", PN), ("3302714", HN), ("A. Bashir", PN),
    ("3300459", HN), ("R.T.", PN), ("Gareth S.", CN), ("22 Mill Street flat 3", AD), ("3303390", HN),
    ("Louden K", PN), ("3301942", HN), ("3299027", HN), ("O. Adeyemi", PN),
], [
    "Dr I. Mihăilescu", "Fernhill CMHT", "paliperidone palmitate 150 mg monthly", "aripiprazole LAI 400 mg",
    "flupentixol decanoate 40 mg", "zuclopenthixol decanoate 200 mg", "MHA s17A", "BMI 33", "Dr Peter Ssali",
    "14/02/2024",
]))

DOCS.append(D("ho-031", "ed_logbook", "Dr Amal Osman Elkhidir", """
Procedural skills log - Emergency Medicine - Dr Amal O. Elkhidir - St Columba's Hospital ED
(exported from RCEM Kaizen, case details added by the doctor)

Date        Skill                         Patient          Age/Sex  Supervisor            Outcome
02/02/2023  Procedural sedation (ketamine 1 mg/kg), shoulder reduction | ED23-014471 | 24 M | Dr N Cattanach | success, Kocher
09/02/2023  Chest drain (Seldinger 12Fr)  | "Mr F" ED23-016002 | 71 M | Dr N Cattanach (direct) | tension PTX decompressed first
17/02/2023  RSI (rocuronium 1.2 mg/kg)    | ED23-017334 / CHI 0603491188 | 73 F | independent | VL first pass
01/03/2023  Fascia iliaca block           | E.M. | 90 F | independent | pain 9 -> 3
14/03/2023  Paediatric LP                 | ED23-021109 (baby Amara) | 6 wk F | Dr L Munro (paed reg) present | CSF clear
22/03/2023  Resuscitative hysterotomy (observed) | ED23-023880 | 31 F | Dr N Cattanach | ROSC not achieved
""", [
    ("ED23-014471", HN), ('"Mr F"', PN), ("ED23-016002", HN), ("ED23-017334", HN), ("0603491188", NHS),
    ("E.M.", PN), ("ED23-021109", HN), ("Amara", PN), ("L Munro", CN), ("ED23-023880", HN),
], [
    "Dr Amal O. Elkhidir", "St Columba's Hospital", "Dr N Cattanach", "ketamine 1 mg/kg", "Kocher",
    "rocuronium 1.2 mg/kg", "6 wk F", "90 F", "pain 9 -> 3", "Seldinger 12Fr",
]))
