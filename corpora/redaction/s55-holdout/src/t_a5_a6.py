from common import *

A5 = "Dr Mihai Popescu"
A6 = "Dr Larissa Monteiro"

DOCS = [
D("s55-t30", "icu_list", A5,
"""ICU 1 / HDU - Royal Kelvin Infirmary (NHS Greater Clyde) - morning safety brief 02/10/2024 - consultant Dr E. Lindqvist
Bed | Initials | CHI        | Age/Sex | Dx                                   | Support                 | Plan
1   | A McK    | 1503587214 | 66M     | septic shock, faecal peritonitis     | NA 0.24 mcg/kg/min, MV  | SBT if FiO2 <0.4
2   | JD       | 0902914466 | 33F     | ARDS (influenza A), P/F 14 kPa       | prone 16 h, NMB         | VV-ECMO referral? (Aberdeen)
3   | C.F.     | 2711440318 | 80M     | post-op AAA, AKI 3                   | CVVHDF 30 ml/kg/h       | citrate, Ca 1.1
5   | "Wee Tam"| 0406997381 | 25M     | TBI, GCS 6 on scene, EVD             | ICP 22, CPP 62          | hypertonic saline, neurosx r/v
6   | MR       | 1812652209 | 59F     | DKA + pancreatitis, lactate 4.2      | HFNO 50 L 0.5           | step down if stable
Fam updates: Bed 5 - girlfriend Shona and dad (Tam snr) at 14:00 with SN Kirsty; Bed 1 - wife Morag aware of ceiling.
Reg on: Dr M Popescu (MP) / night: Dr A. Nwachukwu""",
[("A McK", PN), ("1503587214", NHS), ("JD", PN), ("0902914466", NHS), ("C.F.", PN), ("2711440318", NHS), ("\"Wee Tam\"", PN),
 ("0406997381", NHS), ("MR", PN), ("1812652209", NHS), ("Shona", RN), ("Tam snr", RN), ("Kirsty", CN), ("Morag", RN),
 ("Dr A. Nwachukwu", CN)],
["Dr E. Lindqvist", "Dr M Popescu", "MP", "NA 0.24 mcg/kg/min", "P/F 14 kPa", "CVVHDF 30 ml/kg/h", "GCS 6", "ICP 22, CPP 62",
 "Royal Kelvin Infirmary", "NHS Greater Clyde", "66M", "33F", "lactate 4.2", "ICU 1"]),

D("s55-t31", "foreign_discharge_with_translation", A5,
"""SPITALUL CLINIC JUDEȚEAN DE URGENȚĂ CLUJ - Secția ATI I
BILET DE EXTERNARE / TRANSFER
Nume pacient: Moldovan Ioan-Sorin        CNP: 1670423125796
Foaie de observație nr. 28841/2020
Domiciliu: Str. Observatorului nr. 108, ap. 12, Cluj-Napoca; tel. fiica (Andreea): 0744 555 218
Diagnostic: Pneumonie COVID-19 severă, ARDS; IOT + VM 12 zile; traheostomie percutanată (Ciaglia) 14.11.2020
Medic curant: Dr. Mihai Popescu, medic specialist ATI
Șef secție: Conf. Dr. Radu Mureșan

TRADUCERE AUTORIZATĂ / CERTIFIED TRANSLATION
Cluj County Emergency Clinical Hospital - ICU (ATI) I
DISCHARGE / TRANSFER NOTE
Patient name: Moldovan Ioan-Sorin        Personal numeric code (CNP): 1670423125796
Case record no. 28841/2020
Address: 108 Observatorului St., apt. 12, Cluj-Napoca; tel. daughter (Andreea): 0744 555 218
Diagnosis: Severe COVID-19 pneumonia, ARDS; intubation + MV 12 days; percutaneous tracheostomy (Ciaglia) 14.11.2020
Treating physician: Dr Mihai Popescu, ICU specialist
Head of department: Assoc. Prof. Dr Radu Mureșan
Traducător autorizat: Elena Vlad, 06.06.2023""",
[("Moldovan Ioan-Sorin", PN), ("1670423125796", OID), ("28841/2020", HN), ("Str. Observatorului nr. 108, ap. 12", AD),
 ("108 Observatorului St., apt. 12", AD), ("Andreea", RN), ("0744 555 218", PH)],
["Dr. Mihai Popescu", "Dr Mihai Popescu", "Conf. Dr. Radu Mureșan", "Dr Radu Mureșan", "Ciaglia", "14.11.2020",
 "SPITALUL CLINIC JUDEȚEAN DE URGENȚĂ CLUJ", "Elena Vlad", "ARDS"]),

D("s55-t32", "procurator_fiscal_statement", A5,
"""STATEMENT TO THE PROCURATOR FISCAL - Scottish Fatalities Investigation Unit (West)
SFIU ref: SF/W/24/00917     Police Scotland ref: PS-20240611-3386
Deceased: Mr Ross Alexander Kinnaird, DOB 14/08/1971, CHI 1408713355
Last address: 3/2, 41 Dumbarton Road, Partick, Glasgow G11 6AA
Statement of: Dr Mihai Popescu, Specialty Doctor, Intensive Care, Royal Kelvin Infirmary, GMC 7455367

I was the ICU registrar when Mr Kinnaird was admitted from the Emergency Department at 02:15 on 11/06/2024 after
being found collapsed by his flatmate, Mr Euan Baird, at their flat. The ED consultant, Dr Faye Gilchrist, had
intubated him for GCS 5. A CT head showed a large right subdural haematoma with 12 mm midline shift. After
discussion with the neurosurgical registrar (Dr Pradeep Nair, INS), surgery was not felt to be of benefit. His
mother, Mrs Isobel Kinnaird, arrived at 04:30. Brainstem death tests were performed at 16:00 and 18:30 by Dr
Lindqvist and myself. He was referred to the Procurator Fiscal as a sudden death of unknown mechanism.
Signed: M. Popescu  14/06/2024""",
[("SF/W/24/00917", REF), ("PS-20240611-3386", REF), ("Ross Alexander Kinnaird", PN), ("Kinnaird", PN), ("1408713355", NHS),
 ("3/2, 41 Dumbarton Road, Partick, Glasgow", AD), ("G11 6AA", PC), ("Euan Baird", RN), ("Faye Gilchrist", CN),
 ("Pradeep Nair", CN), ("Isobel Kinnaird", RN), ("Lindqvist", CN)],
["Dr Mihai Popescu", "M. Popescu", "GMC 7455367", "14/08/1971", "GCS 5", "12 mm midline shift", "Royal Kelvin Infirmary",
 "11/06/2024", "Brainstem death tests"]),

D("s55-t33", "dops", A5,
"""FICM DOPS - Percutaneous tracheostomy (bronchoscopic guidance)
Trainee/Doctor: Mihai Popescu      Assessor: Dr Elin Lindqvist, Consultant Intensivist (supervising)
Date 21/02/2024   ICU 1, bed 4 - patient CHI 2103661147, 57M, day 9 of MV after Guillain-Barré syndrome
Technique: single-dilator (Ciaglia Blue Rhino), size 8.0 Portex cuffed, USS pre-scan, no vessels.
Bronchoscopy by Dr Connor Reid (ST4, not assessed). Duration 14 min. SpO2 nadir 93%.
Outcome: Level 4 - independent.   Signed: E. Lindqvist""",
[("2103661147", NHS), ("Connor Reid", CN)],
["Mihai Popescu", "Dr Elin Lindqvist", "E. Lindqvist", "Guillain-Barré syndrome", "Ciaglia Blue Rhino", "57M", "ICU 1, bed 4",
 "21/02/2024", "SpO2 nadir 93%"]),

D("s55-t34", "icu_follow_up_letter", A5,
"""Royal Kelvin Infirmary - Intensive Care Follow-up Clinic (InS:PIRE)
Our ref: ICUFU/MP/0412     Date: 09/09/2024

Dr Ailsa Crombie, Govanhill Health Centre, 233 Calder Street, Glasgow G42 7DR

Dear Dr Crombie
Helen Margaret "Nell" Dunsmuir, DOB 30/01/1963, CHI 3001637729
Nell attended 3 months after her 19-day ICU stay for pneumococcal sepsis and ARDS. She reports nightmares and
poor sleep (IES-R 41), right foot drop from critical illness polyneuropathy, and she has not returned to her
job at Tesco Shawlands. Her husband Gordon is struggling too; I have given him the ICUsteps carers' details.
Plan: referral to clinical psychology, AFO via orthotics, phased return letter for occupational health.
Yours sincerely, Dr Mihai Popescu, Specialty Doctor in Intensive Care Medicine
Tel ICU secretaries 0141 496 0552""",
[("ICUFU/MP/0412", REF), ("Ailsa Crombie", CN), ("Crombie", CN), ("Govanhill Health Centre, 233 Calder Street, Glasgow", AD),
 ("G42 7DR", PC), ("Helen Margaret \"Nell\" Dunsmuir", PN), ("Nell", PN), ("3001637729", NHS), ("Tesco Shawlands", AD),
 ("Gordon", RN), ("0141 496 0552", PH)],
["Dr Mihai Popescu", "30/01/1963", "IES-R 41", "critical illness polyneuropathy", "ARDS", "Royal Kelvin Infirmary", "InS:PIRE",
 "09/09/2024"]),

D("s55-t35", "handover_sheet", A5,
"""icu night handover 23/03/24 - from mp to connor r
bed 2 - lorna (62f) - CHI 1106621840 - pancreatitis day 4, IAP 18 -> surgeons aware (mr bhatt). noradr 0.1. K 5.9 -> insulin/dex given 21:30, repeat vbg 23:30
bed 3 - "big davie" mclaren - 44m - od (quetiapine + vodka), gcs 8 -> 13, extubated 19:00. sister (karen) wants updates, pw set: "thistle". nb police (pc ritchie) asking for statement tomorrow
bed 6 - empty, expecting ward 7 pt (hb 61, gi bleed, dr singh's pt) - 2 units ordered
outstanding: cxr bed 2 ngt check. ring fam bed 3 if deteriorates: 07700 900736
- mp""",
[("connor r", CN), ("lorna", PN), ("1106621840", NHS), ("mr bhatt", CN), ("\"big davie\" mclaren", PN), ("karen", RN),
 ("\"thistle\"", OID), ("pc ritchie", CN), ("dr singh", CN), ("07700 900736", PH)],
["mp", "62f", "44m", "IAP 18", "K 5.9", "gcs 8 -> 13", "hb 61", "ward 7", "bed 2", "23/03/24", "quetiapine"]),

D("s55-t36", "email_thread", A5,
"""From: Mihai Popescu <mihai.popescu@nhs.net>
To: SNOD West <snod.west@nhsbt.example.nhs.uk>
Date: 12 Jun 2024 09:14
Subject: Potential DBD donor - ICU 1 bed 3 - ref SNOD-W-24-0631

Hi Fraser,
Thank you for last night. For the record: first set of BSDT 16:00, second 18:30 (me and Dr Lindqvist). Family
(mum Isobel and brother Craig) declined donation after you spoke with them; the ODR showed no registration.
Could you send the Potential Donor Audit form to me and copy Dr Lindqvist for governance?
Thanks, Mihai
Mihai Popescu, Specialty Doctor ICM, Royal Kelvin Infirmary. Mob 07700 900144""",
[("snod.west@nhsbt.example.nhs.uk", EM), ("SNOD-W-24-0631", REF), ("Fraser", CN), ("Isobel", RN), ("Craig", RN),
 ("mihai.popescu@nhs.net", EM), ("07700 900144", PH)],
["Mihai Popescu", "Mihai", "Dr Lindqvist", "Royal Kelvin Infirmary", "ICU 1 bed 3",
 "16:00", "18:30"]),

# ---------------- A6 Larissa Monteiro, old age psychiatry, Brazil, England
D("s55-t37", "foreign_record_with_translation", A6,
"""HOSPITAL DAS CLÍNICAS DA FACULDADE DE MEDICINA DE RIBEIRÃO PRETO - AMBULATÓRIO DE PSICOGERIATRIA
Paciente: Maria Aparecida dos Santos Ferreira ("Dona Cida")   Sexo: F   Nasc.: 07/05/1941
Registro HC: 1.284.557-3      CPF: 318.447.290-65      Cartão SUS: 702 4018 5529 1180
Endereço: Rua Tibiriçá, 1450, apto 32, Ribeirão Preto - SP; filha Cláudia (16) 99555-0418
Hipótese diagnóstica: Demência na doença de Alzheimer de início tardio (CID F00.1); MEEM 17/30
Conduta: donepezila 5 mg/noite; orientação à cuidadora (vizinha Sra. Ivone).
Médica: Dra. Larissa Monteiro (residente R3)   Preceptor: Prof. Dr. Henrique Vasconcelos

TRADUÇÃO JURAMENTADA / SWORN TRANSLATION
Hospital das Clínicas, Ribeirão Preto Medical School - Psychogeriatrics Outpatient Clinic
Patient: Maria Aparecida dos Santos Ferreira ("Dona Cida")   Sex: F   Born: 07/05/1941
HC record: 1.284.557-3      CPF (tax no.): 318.447.290-65      SUS card: 702 4018 5529 1180
Address: Rua Tibiriçá, 1450, apt 32, Ribeirão Preto - SP; daughter Cláudia (16) 99555-0418
Diagnosis: Dementia in late-onset Alzheimer's disease (ICD F00.1); MMSE 17/30
Plan: donepezil 5 mg at night; advice to carer (neighbour Mrs Ivone).
Doctor: Dr Larissa Monteiro (resident R3)   Supervisor: Prof. Dr Henrique Vasconcelos
Tradutora pública: Beatriz Lacerda, 20/02/2023""",
[("Maria Aparecida dos Santos Ferreira", PN), ("\"Dona Cida\"", PN), ("1.284.557-3", HN), ("318.447.290-65", OID),
 ("702 4018 5529 1180", OID), ("Rua Tibiriçá, 1450, apto 32", AD), ("Rua Tibiriçá, 1450, apt 32", AD), ("Cláudia", RN),
 ("(16) 99555-0418", PH), ("Sra. Ivone", RN), ("Mrs Ivone", RN)],
["Dra. Larissa Monteiro", "Dr Larissa Monteiro", "Prof. Dr. Henrique Vasconcelos", "Prof. Dr Henrique Vasconcelos",
 "07/05/1941", "Alzheimer's disease", "F00.1", "MMSE 17/30", "donepezil 5 mg", "donepezila 5 mg", "Beatriz Lacerda",
 "HOSPITAL DAS CLÍNICAS DA FACULDADE DE MEDICINA DE RIBEIRÃO PRETO"]),

D("s55-t38", "memory_clinic_letter", A6,
"""Hartwell Park Hospital - Older Adults Memory Assessment Service
Pennine Vale Mental Health NHS Foundation Trust
RiO: 2048817     NHS: 401 392 6658     Our ref: MAS/LM/2024/0712

Dr Imogen Tarrant, The Whitefriars Practice, 12 Castle Lane, Ripon HG4 1PY

22 August 2024
Dear Dr Tarrant
Re: Mr Stanley Horsfall, DOB 28/02/1939, 15 Bishopton Grove, Ripon HG4 2QL

I saw Mr Horsfall with his wife Edna and his son Keith (who has LPA for health and welfare) at home.
ACE-III 71/100 (attention 14, memory 13, fluency 7, language 23, visuospatial 14); MoCA 19/30. MRI: medial
temporal atrophy (Scheltens 2 bilaterally), Fazekas 2. Diagnosis: mixed Alzheimer's and vascular dementia (F00.2).
He still drives to the Ripon Men's Shed on Wednesdays; I have advised he must inform the DVLA. He has capacity to
make this decision under the Mental Capacity Act 2005 and agreed. Started donepezil 5 mg nocte, increase to 10 mg
after 4 weeks if tolerated; baseline ECG HR 68, QTc 421 ms.
Yours sincerely
Dr Larissa Monteiro, Specialty Doctor, Old Age Psychiatry""",
[("2048817", HN), ("401 392 6658", NHS), ("MAS/LM/2024/0712", REF), ("Imogen Tarrant", CN), ("Tarrant", CN),
 ("The Whitefriars Practice, 12 Castle Lane, Ripon", AD), ("HG4 1PY", PC), ("Stanley Horsfall", PN), ("Horsfall", PN),
 ("15 Bishopton Grove, Ripon", AD), ("HG4 2QL", PC), ("Edna", RN), ("Keith", RN), ("Ripon Men's Shed", AD)],
["Dr Larissa Monteiro", "28/02/1939", "ACE-III 71/100", "MoCA 19/30", "Scheltens 2", "Fazekas 2", "F00.2",
 "Mental Capacity Act 2005", "donepezil 5 mg nocte", "QTc 421 ms", "Hartwell Park Hospital",
 "Pennine Vale Mental Health NHS Foundation Trust", "Alzheimer's", "DVLA"]),

D("s55-t39", "home_visit_note", A6,
"""HV 04/04/24 - LM + CPN (jo) - pt: mrs winnie (winifred) clegg, 86, lives alone, 7 mill st, pateley bridge
door answered by neighbour (mr pottage, no 9) who has key. kitchen - out of date food, 3 x wks of dossette unopened.
pt pleasant, disorientated to time, thinks late husband arthur at work "at the quarry". abbey pain scale 3.
no psychosis, GDS-15 4. ?UTI - dip nit+, leu ++ -> GP (dr fenton) asked for MSU + abx. risk: falls, self-neglect.
capacity re care at home - lacks (MCA stage 2: can't retain). best interests mtg w/ niece (gail, 07700 900653)
plan: care package QDS, pendant alarm, adult social care referral (ASC ref 3340981).""",
[("jo", CN), ("mrs winnie (winifred) clegg", PN), ("7 mill st, pateley bridge", AD), ("mr pottage", RN), ("no 9", AD),
 ("arthur", RN), ("dr fenton", CN), ("gail", RN), ("07700 900653", PH), ("3340981", REF)],
["LM", "86", "abbey pain scale 3", "GDS-15 4", "MCA stage 2", "04/04/24", "dossette"]),

D("s55-t40", "safeguarding_referral", A6,
"""ADULT SAFEGUARDING CONCERN - North Yorkshire-style multi-agency form (s42 Care Act 2014)
Referrer: Dr Larissa Monteiro, Specialty Doctor, CMHT Older Adults, Hartwell Park Hospital. Tel 01632 960744
Adult at risk: Mrs Philippa ("Pip") Garside   DOB 17/10/1944   NHS 654 218 7720
Address: Holly Cottage, Low Lane, Birstwith, HG3 2NL
Alleged source of harm: nephew, Darren Garside (lives in Harrogate, 07700 900127)
Concern: financial abuse - bank statements show £18,400 withdrawn in 4 months; Pip (MoCA 14/30) says Darren
"looks after the money". Her friend from church, Mrs Olive Pennock, raised the concern. Bank: branch manager informed.
Police: not yet (adult's wishes explored). Safeguarding ref (LA): SG-24-11702
Discussed with: Dr Gareth Ingham, Consultant Old Age Psychiatrist (supervisor)""",
[("Philippa (\"Pip\") Garside", PN), ("Pip", PN), ("654 218 7720", NHS), ("Holly Cottage, Low Lane, Birstwith", AD),
 ("HG3 2NL", PC), ("Darren Garside", RN), ("Darren", RN), ("07700 900127", PH), ("Olive Pennock", RN), ("SG-24-11702", REF),
 ("01632 960744", PH)],
["Dr Larissa Monteiro", "Dr Gareth Ingham", "17/10/1944", "MoCA 14/30", "Care Act 2014", "£18,400", "Hartwell Park Hospital"]),

D("s55-t41", "tribunal_report_ocr", A6,
"""FIRST-TIER TRIBUNAL (MENTAL HEALTH) - RESP0NSIBLE CLIN1CIAN'S REP0RT
Tribuna1 ref: MP/2O24/O8817      Patient: Mr C1ifford Ayodeji-Marsh     DOB: 1l/O6/1948
Detention: s.3 Menta1 Hea1th Act 1983, renewed O2/O5/2O24    Ward: Larch Ward, Hartwe11 Park Hospita1
Report author: Dr Larissa Monteir0 (for Dr G. lngham, RC)
Mr Ayodeji-Marsh has 1ate-onset psychosis with persecutory de1usions about his neighbour ("the man at no. 4l,
Mr Gou1d") and refused f00d for 9 days. Risperidone O.5 mg BD, now 1 mg BD; weight 61 kg (BMI l9).
His brother Fe1ix visits weekly; his 1awyer is Ms Priya Sondhi of Sondhi & Co.""",
[("MP/2O24/O8817", REF), ("C1ifford Ayodeji-Marsh", PN), ("Ayodeji-Marsh", PN), ("no. 4l", AD), ("Mr Gou1d", RN),
 ("Fe1ix", RN), ("Priya Sondhi", CN), ("Sondhi & Co", AD)],
["Dr Larissa Monteir0", "Dr G. lngham", "1l/O6/1948", "Menta1 Hea1th Act 1983", "Larch Ward", "Risperidone O.5 mg BD",
 "1 mg BD", "s.3"]),

D("s55-t42", "caseload_list", A6,
"""CMHT (Older Adults) - Harrogate & Ripon - caseload Dr L. Monteiro - as at 30/09/2024
No. | Client | RiO     | Age | Dx                  | Care coord | Next r/v  | Risk
1   | EH     | 2011874 | 81  | AD (F00.1)          | Tom K      | 14/10     | low
2   | S.O'R  | 2063309 | 77  | LBD, hallucinations | Jo         | 07/10     | med (falls)
3   | BW     | 1998450 | 92  | VaD, BPSD           | Tom K      | 21/10     | high - carer breakdown
4   | Ruby   | 2077112 | 69  | bipolar, Li 0.6     | Anneka     | 03/10     | low
5   | M.H.   | 2044918 | 84  | depression, ECT x8  | Jo         | 28/10     | med
6   | PG     | 2058731 | 80  | AD, financial abuse | Anneka     | 02/10     | high (s42)
Consultant: Dr G Ingham.  Lithium monitoring via GP (Nidd Valley PCN).""",
[("EH", PN), ("2011874", HN), ("Tom K", CN), ("S.O'R", PN), ("2063309", HN), ("Jo", CN), ("BW", PN), ("1998450", HN),
 ("Ruby", PN), ("2077112", HN), ("Anneka", CN), ("M.H.", PN), ("2044918", HN), ("PG", PN), ("2058731", HN)],
["Dr L. Monteiro", "Dr G Ingham", "F00.1", "Li 0.6", "ECT x8", "s42", "30/09/2024", "LBD", "BPSD"]),

D("s55-t43", "cbd_export", A6,
"""RCPsych Portfolio Online - Case-based Discussion (CBD)
Doctor: Dr Larissa Monteiro    Assessor: Dr Gareth Ingham, Consultant Old Age Psychiatrist    Date: 11/07/2024
Clinical setting: inpatient, Larch Ward. Case: 78M with agitated depression and suicidal ideation after his wife's
death; previous attempt 2019. Discussion of ECT (bilateral, 6 sessions) vs lithium augmentation; consent and capacity,
Mental Health Act s.58 SOAD. Larissa recognised early the risk from his shotgun licence (farmer) and liaised with
police firearms licensing (PC Alder) and his GP.
Global: performing at the level expected of a consultant.  Signed G. Ingham""",
[("PC Alder", CN)],
["Dr Larissa Monteiro", "Larissa", "Dr Gareth Ingham", "G. Ingham", "Larch Ward", "78M", "Mental Health Act s.58", "ECT",
 "11/07/2024"]),
]
