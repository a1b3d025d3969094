# Hand-typed documents, applicants 7-8.
from t1 import PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID
A7 = "Dr Rafael Nogueira Pinto"
A8 = "Dr Hessa Al-Qahtani"
DOCS = []

# ---------------- A7 liaison psychiatry (Brazil, Scotland) ----------------
DOCS.append(dict(id="s58-045", kind="liaison_assessment_letter", applicant=A7, text="""NHS Greater Glasgow and Clyde - Liaison Psychiatry Service
Queen Elizabeth University Hospital, 1345 Govan Road, Glasgow G51 4TF    Tel 0141 496 0233

CHI: 1503671234          Date of assessment: 08/01/2025

Dr Morag Kinnear, Pollokshields Medical Practice, Glasgow G41 4HQ

Dear Dr Kinnear,
Re: Ms Lindsay Catriona Fyfe, DOB 15/03/1967, 2/1, 88 Darnley Street, Glasgow G41 2SE

Ms Fyfe was referred from Ward 7A after an intentional overdose of sertraline (2.8 g) and co-codamol 30/500
(48 tablets) following the breakdown of her relationship with her partner, Gordon. Paracetamol level at 4 h
was below the treatment line; she received acetylcysteine on clinical grounds. She works as a classroom
assistant at Shawlands Academy and was worried about her PVG status.
Mental state: low mood, PHQ-9 21, no psychotic features, continuing passive suicidal ideation, no plans.
Capacity to decline admission was assessed as present. Not detained under the Mental Health (Care and Treatment)
(Scotland) Act 2003.
Plan: CRHTT (Crisis Resolution and Home Treatment Team) follow-up within 24 h; sertraline withheld,
mirtazapine 15 mg nocte, 7 days' supply dispensed weekly by community pharmacy; her sister Eilidh to hold
spare medicines.

Yours sincerely,
Dr Rafael Nogueira Pinto, Specialty Doctor, Liaison Psychiatry""",
ids=[("0141 496 0233", PH), ("1503671234", NHS), ("Morag Kinnear", CN), ("Dr Kinnear", CN),
     ("Pollokshields Medical Practice, Glasgow", AD), ("G41 4HQ", PC), ("Lindsay Catriona Fyfe", PN), ("Ms Fyfe", PN),
     ("2/1, 88 Darnley Street, Glasgow", AD), ("G41 2SE", PC), ("Gordon", RN), ("Shawlands Academy", AD), ("Eilidh", RN), ("1345 Govan Road, Glasgow", AD), ("G51 4TF", PC)],
keep=["Queen Elizabeth University Hospital", "DOB 15/03/1967", "Ward 7A",
      "sertraline (2.8 g)", "co-codamol 30/500", "PHQ-9 21", "Mental Health (Care and Treatment)\n(Scotland) Act 2003",
      "mirtazapine 15 mg nocte", "acetylcysteine", "Dr Rafael Nogueira Pinto"]))

DOCS.append(dict(id="s58-046", kind="foreign_consultation_note_with_translation", applicant=A7, text="""HOSPITAL DAS CLÍNICAS DA FACULDADE DE MEDICINA DA USP - INSTITUTO DE PSIQUIATRIA
Interconsulta psiquiátrica (Psiquiatria de Ligação)

Paciente: Maria Aparecida dos Santos Ferreira ("Cida")
Prontuário (RGHC): 2387714-J      CPF: 318.442.907-15      Cartão SUS: 898 0014 2233 4417
Data de nascimento: 21/08/1979    Sexo: feminino
Endereço: Rua Cardeal Arcoverde, 1204, apto 52, Pinheiros, São Paulo - SP, CEP 05407-002
Solicitante: Enfermaria de Clínica Médica, leito 812

Data: 03/05/2019. Paciente internada por cetoacidose diabética, recusando insulina. Humor deprimido, ideação
suicida passiva. Diagnóstico: episódio depressivo grave sem sintomas psicóticos (CID-10 F32.2).
Conduta: escitalopram 10 mg/dia, acompanhamento diário. Filha (Juliana) orientada.
Dr. Rafael Nogueira Pinto - CRM-SP 148220
Supervisor: Prof. Dr. Renério Fráguas Júnior

--- English translation (sworn translator, Tradutor Público, ref. TP-2023/1147) ---
Hospital das Clínicas, University of São Paulo Medical School - Institute of Psychiatry
Psychiatric consultation (liaison psychiatry)
Patient: Maria Aparecida dos Santos Ferreira ("Cida")
Hospital record no. (RGHC): 2387714-J      CPF (taxpayer no.): 318.442.907-15      SUS card: 898 0014 2233 4417
Date of birth: 21/08/1979    Sex: female
Address: 1204 Rua Cardeal Arcoverde, flat 52, Pinheiros, São Paulo - SP, postcode 05407-002
Requested by: Internal Medicine ward, bed 812
03/05/2019. Inpatient with diabetic ketoacidosis, refusing insulin. Depressed mood, passive suicidal ideation.
Diagnosis: severe depressive episode without psychotic symptoms (ICD-10 F32.2).
Plan: escitalopram 10 mg/day, daily follow-up. Daughter (Juliana) counselled.
Dr Rafael Nogueira Pinto - CRM-SP 148220.  Supervisor: Prof. Dr Renério Fráguas Júnior""",
ids=[("Maria Aparecida dos Santos Ferreira", PN), ("Cida", PN), ("2387714-J", HN), ("318.442.907-15", OID),
     ("898 0014 2233 4417", OID), ("Rua Cardeal Arcoverde, 1204, apto 52, Pinheiros, São Paulo - SP", AD),
     ("05407-002", AD), ("Juliana", RN), ("TP-2023/1147", REF),
     ("1204 Rua Cardeal Arcoverde, flat 52, Pinheiros, São Paulo - SP", AD)],
keep=["HOSPITAL DAS CLÍNICAS", "21/08/1979", "feminino", "female", "F32.2", "escitalopram 10 mg/dia",
      "escitalopram 10 mg/day", "Dr. Rafael Nogueira Pinto", "Dr Rafael Nogueira Pinto", "CRM-SP 148220",
      "Prof. Dr. Renério Fráguas Júnior", "Prof. Dr Renério Fráguas Júnior", "leito 812", "bed 812"]))

DOCS.append(dict(id="s58-047", kind="procurator_fiscal_report", applicant=A7, text="""REPORT OF DEATH TO THE PROCURATOR FISCAL (COPFS - Scottish Fatalities Investigation Unit, West)
SFIU ref: SFIU/W/2024/03318        Police Scotland ref: PS-20240611-0887        Date of report: 12/06/2024

Deceased: Alasdair Ruaridh MacLennan    DOB 02/11/1988    Male    CHI 0211884417
Last address: 14 Whitehill Street, Dennistoun, Glasgow G31 2LH
Place of death: Queen Elizabeth University Hospital, Ward 10B, 11/06/2024 04:12

Circumstances: admitted 07/06/2024 after ingestion of an unknown quantity of olanzapine and alcohol. Reviewed
by liaison psychiatry (myself) on 08/06 and 10/06. Detained on a Short-Term Detention Certificate (STDC) on
10/06 by Dr Fiona Gilchrist (approved medical practitioner, GMC 6120945) with MHO consent (MHO Mr Craig Dunsmuir).
Found unresponsive by Nurse Aileen Paterson at 03:40 on 11/06; cardiac arrest team led by Dr Haruto Sato.
Aspiration pneumonia on post-mortem suspected. Next of kin: mother, Mrs Morven MacLennan, 0141 496 0871.
Report completed by: Dr Rafael Nogueira Pinto, Liaison Psychiatry, QEUH""",
ids=[("SFIU/W/2024/03318", REF), ("PS-20240611-0887", REF), ("Alasdair Ruaridh MacLennan", PN), ("0211884417", NHS),
     ("14 Whitehill Street, Dennistoun, Glasgow", AD), ("G31 2LH", PC), ("Fiona Gilchrist", CN), ("6120945", GMC), ("Craig Dunsmuir", CN),
     ("Aileen Paterson", CN), ("Haruto Sato", CN), ("Morven MacLennan", RN), ("0141 496 0871", PH)],
keep=["DOB 02/11/1988", "Male", "Queen Elizabeth University Hospital", "Ward 10B", "olanzapine",
      "Short-Term Detention Certificate (STDC)", "Dr Rafael Nogueira Pinto", "QEUH"]))

DOCS.append(dict(id="s58-048", kind="referral_log", applicant=A7, text="""QEUH Liaison Psychiatry - referrals log - week commencing 17/02/2025 (export from TrakCare worklist)
Date  | CHI        | Name                 | Ward | Reason                                   | Seen by | Outcome
17/02 | 2708549902 | Docherty, Agnes      | 5B   | delirium vs depression, post hip #        | RNP     | 4AT 2; PHQ-9 16; CMHT for older adults
17/02 | 1112961185 | Tam Reid             | ED   | alcohol withdrawal + SI                   | RNP     | discharged to ADRS, Seaview (Seaview = ADRS hub) 
18/02 | 3004014473 | Mohammed A-R         | 4C   | functional neurological disorder          | Dr Yvonne Lamont | FND pathway, physio
19/02 | 0909757766 | Sheena "Shaz" Coyle  | ICU  | OD of quetiapine 6 g, intubated           | RNP     | review once extubated; MHA STDC not required
20/02 | 2212833350 | J.McG                | 8A   | catatonia? lorazepam challenge            | RNP     | Bush-Francis 14 -> 4 after lorazepam 2 mg
Log verified by: Dr Euan Strachan, Consultant Liaison Psychiatrist""",
ids=[("2708549902", NHS), ("Docherty, Agnes", PN), ("1112961185", NHS), ("Tam Reid", PN), ("3004014473", NHS),
     ("Mohammed A-R", PN), ("Yvonne Lamont", CN), ("0909757766", NHS), ("Sheena \"Shaz\" Coyle", PN),
     ("2212833350", NHS), ("J.McG", PN)],
keep=["RNP", "4AT 2", "PHQ-9 16", "quetiapine 6 g", "Bush-Francis 14", "lorazepam 2 mg", "Dr Euan Strachan", "QEUH"]))

DOCS.append(dict(id="s58-049", kind="wpba_cbd", applicant=A7, text="""Royal College of Psychiatrists Portfolio Online - Case-based Discussion (CbD)
Doctor: Rafael Nogueira Pinto (GMC 7688012)
Assessor: Dr Euan Strachan, Consultant Liaison Psychiatrist, NHS GGC (GMC 4826601)
Date: 26/11/2024
Case: 45-year-old man (CHI 0105794439) on the renal ward with adjustment disorder and non-adherence to dialysis.
Discussion covered capacity assessment for refusal of dialysis under the Adults with Incapacity (Scotland)
Act 2000, collateral from his partner (Mr Stephen Harkins), and joint working with renal colleague Dr Nnamdi
Eze. HADS-D 13. Plan: sertraline 50 mg, psychology referral.
Assessor comments: Thorough, legally precise and compassionate. Rating: above the level expected (ST6+).
Signed: Euan Strachan""",
ids=[("0105794439", NHS), ("Stephen Harkins", RN), ("Nnamdi\nEze", CN)],
keep=["Rafael Nogueira Pinto", "7688012", "Dr Euan Strachan", "Euan Strachan", "4826601", "45-year-old man",
      "Adults with Incapacity (Scotland)\nAct 2000", "HADS-D 13", "sertraline 50 mg"]))

DOCS.append(dict(id="s58-050", kind="teams_chat_export", applicant=A7, text="""Teams chat - Liaison Psych QEUH / Ward 11C nurses - 02/03/2025
Kirsty Buchanan (SCN 11C) 13:05: Rafael, Ward 11C here. Bed 14 - Mr Drummond (Wullie) - trying to leave, says he'll "go to the Clyde"
Rafael Nogueira Pinto 13:06: Coming now. Is he on any detention? CHI please
Kirsty Buchanan (SCN 11C) 13:06: 1910634428, no detention. Son Gary on his way from Paisley
Rafael Nogueira Pinto 13:21: Seen. Emergency Detention Certificate granted, MHO (Shona Kerr) informed. 1:1 nursing, lorazepam 1 mg PO PRN
Kirsty Buchanan (SCN 11C) 13:23: Thanks. Security (Big Davie) stood down
Rafael Nogueira Pinto 13:40: Documented on TrakCare. Will tell Dr Strachan at handover.""",
ids=[("Kirsty Buchanan", CN), ("Mr Drummond", PN), ("Wullie", PN), ("1910634428", NHS), ("Gary", RN), ("Paisley", AD),
     ("Shona Kerr", CN), ("Big Davie", CN)],
keep=["Rafael Nogueira Pinto", "Rafael", "Ward 11C", "Bed 14", "Emergency Detention Certificate", "lorazepam 1 mg PO PRN",
      "Dr Strachan"]))

DOCS.append(dict(id="s58-051", kind="oncall_rota", applicant=A7, text="""NHS GGC - South Sector Psychiatry - middle-grade on-call rota - March 2025 (weekends)
Sat 01  Dr R. Nogueira Pinto (QEUH)      Sun 02  Dr Kenji Matsumoto (Leverndale)
Sat 08  Dr Aoife Brennan (Leverndale)    Sun 09  Dr R. Nogueira Pinto (QEUH)
Sat 15  Dr Tendai Mupfumira              Sun 16  Dr Aoife Brennan
Sat 22  Dr R. Nogueira Pinto             Sun 23  Dr Kenji Matsumoto
Switchboard: 0141 496 0100   Rota co-ordinator: Ms Lorna McAteer, lorna.mcateer9@nhs.net
Approved: Dr Euan Strachan, Clinical Director""",
ids=[("Kenji Matsumoto", CN), ("Aoife Brennan", CN), ("Tendai Mupfumira", CN), ("Lorna McAteer", CN),
     ("lorna.mcateer9@nhs.net", EM), ("0141 496 0100", PH)],
keep=["Dr R. Nogueira Pinto", "Dr Euan Strachan", "QEUH", "Leverndale"]))

# ---------------- A8 ophthalmology (Saudi Arabia) ----------------
DOCS.append(dict(id="s58-052", kind="foreign_operation_report_with_translation", applicant=A8, text="""مستشفى الملك خالد التخصصي للعيون - الرياض
تقرير عملية

اسم المريض: عبدالله فهد الدوسري
رقم الملف الطبي: 0557213
رقم الهوية الوطنية: 1034478821
العمر: 67 سنة   الجنس: ذكر
التاريخ: 09/02/2020
العملية: استحلاب العدسة بالموجات فوق الصوتية مع زرع عدسة داخل المحفظة - العين اليمنى
العدسة: +21.5 ديوبتر
الجراح: د. حصة القحطاني
المشرف: د. خالد العتيبي، استشاري جراحة الساد

--- English translation (certified, King Khaled Eye Specialist Hospital Translation Office, ref. KKESH-TR-3391) ---
King Khaled Eye Specialist Hospital, Riyadh - Operation report
Patient name: Abdullah Fahad Al-Dosari
Medical record number: 0557213
National ID number: 1034478821
Age: 67 years   Sex: male
Date: 09/02/2020
Operation: phacoemulsification with in-the-bag intraocular lens implantation, right eye; IOL +21.5 D
Surgeon: Dr Hessa Al-Qahtani
Supervisor: Dr Khalid Al-Otaibi, Consultant Cataract Surgeon""",
ids=[("عبدالله فهد الدوسري", PN), ("0557213", HN), ("1034478821", OID), ("KKESH-TR-3391", REF),
     ("Abdullah Fahad Al-Dosari", PN)],
keep=["مستشفى الملك خالد التخصصي للعيون", "67 سنة", "ذكر", "د. حصة القحطاني", "د. خالد العتيبي",
      "King Khaled Eye Specialist Hospital", "Dr Hessa Al-Qahtani", "Dr Khalid Al-Otaibi", "IOL +21.5 D", "male"]))

DOCS.append(dict(id="s58-053", kind="clinic_letter", applicant=A8, text="""Manchester University NHS Foundation Trust - Manchester Royal Eye Hospital
Oxford Road, Manchester M13 9WL       Glaucoma Service       Appointments: 01632 960481

Our ref: MREH/GL/HAQ/2025/0221     Hosp no: M2210458     NHS no: 6021 447 385
Clinic date: 18/02/2025

Dr Tobias Wetherall, Levenshulme Health Centre, Manchester M19 3BX

Dear Dr Wetherall,
Mrs Nasreen Akhtar Chaudhry, DOB 04/04/1954, 51 Slade Lane, Longsight, Manchester M13 0QJ

Diagnosis: Primary open angle glaucoma, both eyes; R moderate, L advanced.
VA: R 6/9, L 6/24 (pinhole 6/18). IOP: R 21 mmHg, L 24 mmHg (Goldmann). CCT R 512, L 508 um.
Disc: CDR R 0.7, L 0.9 with inferior notch. Humphrey 24-2: MD R -6.4 dB, L -18.2 dB.
Her daughter Rubina, who interprets (Urdu), reports poor adherence to latanoprost 0.005% nocte because of
arthritis. Plan: switch to preservative-free latanoprost, add brinzolamide/brimonidine BD, arrange selective laser
trabeculoplasty L eye. Review 8 weeks.

Yours sincerely
Dr Hessa Al-Qahtani, Specialty Doctor in Ophthalmology""",
ids=[("01632 960481", PH), ("MREH/GL/HAQ/2025/0221", REF), ("M2210458", HN), ("6021 447 385", NHS),
     ("Tobias Wetherall", CN), ("Dr Wetherall", CN), ("Levenshulme Health Centre, Manchester", AD), ("M19 3BX", PC),
     ("Nasreen Akhtar Chaudhry", PN), ("51 Slade Lane, Longsight, Manchester", AD), ("M13 0QJ", PC), ("Rubina", RN), ("Oxford Road, Manchester", AD), ("M13 9WL", PC)],
keep=["Manchester Royal Eye Hospital", "DOB 04/04/1954", "VA: R 6/9, L 6/24",
      "IOP: R 21 mmHg, L 24 mmHg", "CDR R 0.7", "MD R -6.4 dB", "latanoprost 0.005% nocte", "brinzolamide/brimonidine",
      "Dr Hessa Al-Qahtani"]))

DOCS.append(dict(id="s58-054", kind="clinic_letter_ocr", applicant=A8, text="""MANCHESTER R0YAL EYE H0SP1TAL - V1TRE0RET1NAL SERV1CE
Y0ur ref: GP/REF/77Ol8     Hosp1ta1 n0: M22l9O36
Date: O3/lO/2O24

Dr Ade1a1de Fenw1ck
The Surgery, l7 Brook Road, Fa11owfie1d
Manchester Ml4 6RL

Dear Dr Fenw1ck
Re: Mr Ga11agher, Pau1 Franc1s   D0B l6/O6/l97l
  NHS: 4O8 77l 5Ol9

Mac-0ff rhegmat0genous ret1na1 detachment R eye (VA HM). Under- g0ne
pars p1ana v1trect0my, 1aser, SF6 gas 2O% 0n 3O/O9/2O24.
P0sture r1ght cheek d0wn 5O m1ns/h0ur f0r 7 days. N0 f1y1ng.
He w0rks as a sca ff01der f0r Denton Sca ff01d1ng L td.

Dr H. A1-Qahtan1
Spec1a1ty D0ct0r""",
ids=[("GP/REF/77Ol8", REF), ("M22l9O36", HN), ("Ade1a1de Fenw1ck", CN), ("Dr Fenw1ck", CN),
     ("The Surgery, l7 Brook Road, Fa11owfie1d", AD), ("Manchester Ml4 6RL", AD), ("Ga11agher, Pau1 Franc1s", PN),
     ("4O8 77l 5Ol9", NHS), ("Denton Sca ff01d1ng L td", AD)],
keep=["MANCHESTER R0YAL EYE H0SP1TAL", "l6/O6/l97l", "SF6 gas 2O%", "pars p1ana v1trect0my", "Dr H. A1-Qahtan1"]))

DOCS.append(dict(id="s58-055", kind="logbook_csv", applicant=A8, text="""Eye Surgical Logbook (RCOphth format) - Hessa Al-Qahtani - MREH - extract
Date;Patient ID;Age;Eye;Operation;Grade;Complication;Post-op VA (4/52)
2024-09-03;M2199871;72;R;Phaco + IOL;P;none;6/6
2024-09-03;M2201334;68;L;Phaco + IOL;P;none;6/9
2024-09-10;M2190445;81;R;Phaco + IOL (PXF, CTR);P;zonular dialysis - CTR;6/12
2024-09-17;M2207718;59;L;Trabeculectomy + MMC;PS;none;6/9
2024-09-24;M2211092;77;R;Phaco + IOL;P;PCR + vitreous loss - ant vit (Mr Oyelowo-Grant took over);6/18
2024-10-01;M2219036;53;R;PPV + SF6 (assist);A;none;CF
Totals (Sept-Oct 2024): 94 cataract operations, PCR rate 1.1%. Verified: Mr Philip Ekwueme, Consultant Ophthalmologist""",
ids=[("M2199871", HN), ("M2201334", HN), ("M2190445", HN), ("M2207718", HN), ("M2211092", HN), ("Oyelowo-Grant", CN),
     ("M2219036", HN)],
keep=["Hessa Al-Qahtani", "Mr Philip Ekwueme", "PCR rate 1.1%", "Trabeculectomy + MMC", "94 cataract operations", "MREH"]))

DOCS.append(dict(id="s58-056", kind="wpba_dops", applicant=A8, text="""RCOphth ePortfolio - DOPS: Intravitreal injection (anti-VEGF)
Trainee: Dr Hessa Al-Qahtani           Assessor: Mr Philip Ekwueme, Consultant (GMC 4570318)
Date: 07/11/2024   Location: Macular Treatment Centre, MREH
Patient: 79F, neovascular AMD left eye, hosp no. M1977302, injection no. 14 (aflibercept 2 mg/0.05 mL)
Observed: WHO checklist, povidone-iodine 5%, speculum, 4 mm from limbus inferotemporal, 30G needle, post-injection
IOP 19 mmHg, light perception confirmed. Patient brought by neighbour (Mrs Gladys Threlfall) who will
drive her home to Sale.
Assessor rating: competent for independent practice. No concerns.""",
ids=[("M1977302", HN), ("Gladys Threlfall", RN), ("Sale", AD)],
keep=["Dr Hessa Al-Qahtani", "Mr Philip Ekwueme", "4570318", "79F", "aflibercept 2 mg/0.05 mL", "povidone-iodine 5%",
      "IOP 19 mmHg", "MREH"]))

DOCS.append(dict(id="s58-057", kind="audit_report_extract", applicant=A8, text="""Audit of endophthalmitis prophylaxis and outcomes after cataract surgery, MREH, 2023-2024
Lead: Dr Hessa Al-Qahtani; supervisor Mr Philip Ekwueme. Registered audit no. CA-OPH-2023-118.

Results: 2,412 operations; intracameral cefuroxime 1 mg/0.1 mL used in 2,390 (99.1%). Three cases of
post-operative endophthalmitis (0.12%):
  Case 1: 83M, M2014470, Staph epidermidis, final VA 6/12
  Case 2: 76F, M2033958, Strep mitis, final VA HM (patient "Queenie" lives in a care home, Moss Lane, Bramhall)
  Case 3: 69M, M2102263, culture negative, final VA 6/9
Two of the three operations were by the same locum surgeon (Dr Silvio Antonucci); theatre ventilation checked.
Recommendation: continue cefuroxime; re-audit 2026.""",
ids=[("M2014470", HN), ("M2033958", HN), ("Queenie", PN), ("Moss Lane, Bramhall", AD), ("M2102263", HN),
     ("Silvio Antonucci", CN)],
keep=["Dr Hessa Al-Qahtani", "Mr Philip Ekwueme", "CA-OPH-2023-118", "cefuroxime 1 mg/0.1 mL", "0.12%", "83M", "76F",
      "69M"]))

DOCS.append(dict(id="s58-058", kind="complaint_and_response", applicant=A8, text="""(1) Complaint received by PALS, Manchester University NHS FT, 14/08/2024 - PALS ref 24/MFT/PALS/09917
"My husband Harold Birchenough (hospital number M2088164) waited 11 weeks for his cataract operation after being
told 4 weeks. When he finally came in on 09/08 the lady doctor (Dr Al-Qahtani) was kind but the surgeon who
saw us before, Dr Imran Siddiqi, had told us it would be quick. We live at 3 Pinfold Close, Cheadle SK8 1PH.
Please phone me on 07700 900826 - Mrs Joan Birchenough"

(2) Response statement by Dr Hessa Al-Qahtani, 20/08/2024 (for complaint file CMP-2024-5541):
I operated on Mr Birchenough's right eye on 09/08/2024 (phacoemulsification, uncomplicated, VA 6/9 at 1 week).
I apologise that the waiting time was not explained. The 18-week referral-to-treatment target was met but the
information given at listing was incorrect. I have asked the booking team to use the standard leaflet.""",
ids=[("24/MFT/PALS/09917", REF), ("Harold Birchenough", PN), ("M2088164", HN), ("Imran Siddiqi", CN),
     ("3 Pinfold Close, Cheadle", AD), ("SK8 1PH", PC), ("07700 900826", PH), ("Joan Birchenough", RN),
     ("CMP-2024-5541", REF), ("Mr Birchenough", PN)],
keep=["Dr Al-Qahtani", "Dr Hessa Al-Qahtani", "phacoemulsification", "VA 6/9", "18-week referral-to-treatment target"]))
