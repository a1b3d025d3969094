# Hand-typed documents, applicants 9-10.
from t1 import PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID
A9 = "Dr Maria Lourdes Santos Dizon"
A10 = "Dr Tharindu Wijesinghe"
DOCS = []

# ---------------- A9 palliative medicine (Philippines, Northern Ireland) ----------------
DOCS.append(dict(id="s58-059", kind="foreign_home_visit_note_with_translation", applicant=A9, text="""PHILIPPINE GENERAL HOSPITAL - Section of Palliative and Supportive Care
Tala ng Pagbisita sa Tahanan (Home visit note)

Pangalan ng pasyente: Lolita Mercado Bautista ("Lola Lita")
Hospital no.: PGH-2018-774102      PhilHealth ID: 19-050441827-3
Edad: 78   Kasarian: Babae
Tirahan: 27 Kalye Mabini, Barangay Pinyahan, Lungsod Quezon
Petsa: 12/03/2019
Diyagnosis: kanser sa suso na kumalat sa buto (metastatic breast cancer, bone)
Sakit: 7/10 sa likod. Sinimulan ang morphine sulfate 5 mg bawat 4 na oras kung kailangan, at senna.
Kausap: anak na si Ronaldo Bautista Jr. at apo na si Kimberly.
Doktor: Dr. Maria Lourdes S. Dizon
Pinatunayan: Dr. Agnes Gatmaitan-Ramos, Hepe ng Seksiyon

--- English translation (certified; translator's ref. PH-EN-2023-0415) ---
Philippine General Hospital - Section of Palliative and Supportive Care - Home visit note
Patient name: Lolita Mercado Bautista ("Lola Lita")
Hospital no.: PGH-2018-774102      PhilHealth ID: 19-050441827-3
Age: 78   Sex: Female
Address: 27 Mabini Street, Barangay Pinyahan, Quezon City
Date: 12/03/2019
Diagnosis: metastatic breast cancer (bone)
Pain 7/10 in the back. Started morphine sulfate 5 mg every 4 hours as needed, and senna.
Spoke with: son Ronaldo Bautista Jr. and granddaughter Kimberly.
Doctor: Dr Maria Lourdes S. Dizon.  Verified: Dr Agnes Gatmaitan-Ramos, Section Chief""",
ids=[("Lolita Mercado Bautista", PN), ("Lola Lita", PN), ("PGH-2018-774102", HN), ("19-050441827-3", OID),
     ("27 Kalye Mabini, Barangay Pinyahan, Lungsod Quezon", AD), ("Ronaldo Bautista Jr.", RN), ("Kimberly", RN),
     ("PH-EN-2023-0415", REF), ("27 Mabini Street, Barangay Pinyahan, Quezon City", AD)],
keep=["PHILIPPINE GENERAL HOSPITAL", "Edad: 78", "Babae", "Female", "morphine sulfate 5 mg", "Dr. Maria Lourdes S. Dizon",
      "Dr Maria Lourdes S. Dizon", "Dr. Agnes Gatmaitan-Ramos", "Dr Agnes Gatmaitan-Ramos", "Pain 7/10"]))

DOCS.append(dict(id="s58-060", kind="clinic_letter", applicant=A9, text="""Belfast Health and Social Care Trust - Specialist Palliative Care Team, Belfast City Hospital
Lisburn Road, Belfast BT9 7AB    Tel 028 9649 6210

H&C No: 327 154 8890     Hosp No: BCH0771423     Ref: SPCT/MLD/1187
Seen: 28/01/2025 (outpatient, Cancer Centre)

Dr Ciaran McAleese, Ormeau Health Centre, Belfast BT7 3EA

Dear Dr McAleese,
Mr Seamus Patrick Devlin, DOB 11/09/1951, 44 Rathlin Street, Belfast BT13 3GQ

Diagnosis: metastatic adenocarcinoma of the pancreas (liver, peritoneum); ECOG 2; IPOS score 24.
Pain: epigastric radiating to the back, 8/10. Current MST Continus 30 mg BD with Oramorph 10 mg PRN (using
4 doses/day). Plan: increase to MST Continus 60 mg BD, Oramorph 20 mg PRN; laxido 2 sachets BD; refer for
coeliac plexus block (Dr Niamh Quigley, pain team). ReSPECT discussed; he would prefer care at home with his
wife Bernadette and daughter Orla (07700 900693). DS1500/SR1 form completed.

Yours sincerely,
Dr Maria Dizon, Specialty Doctor, Palliative Medicine""",
ids=[("028 9649 6210", PH), ("327 154 8890", NHS), ("BCH0771423", HN), ("SPCT/MLD/1187", REF), ("Ciaran McAleese", CN),
     ("Dr McAleese", CN), ("Ormeau Health Centre, Belfast", AD), ("BT7 3EA", PC), ("Seamus Patrick Devlin", PN),
     ("44 Rathlin Street, Belfast", AD), ("BT13 3GQ", PC), ("Niamh Quigley", CN), ("Bernadette", RN), ("Orla", RN),
     ("07700 900693", PH), ("Lisburn Road, Belfast", AD), ("BT9 7AB", PC)],
keep=["Belfast City Hospital", "DOB 11/09/1951", "ECOG 2", "IPOS score 24",
      "MST Continus 30 mg BD", "Oramorph 10 mg PRN", "MST Continus 60 mg BD", "laxido 2 sachets BD", "DS1500/SR1",
      "Dr Maria Dizon", "ReSPECT"]))

DOCS.append(dict(id="s58-061", kind="community_visit_note", applicant=A9, text="""Marie Curie Hospice Belfast - Community Specialist Palliative Care - domiciliary visit
Date 06/02/2025 11:30. Visit by Dr M. L. S. Dizon with CNS Deirdre Hanna.
Patient: Mrs Theresa (Tess) Gallagher, 84, H&C 511 203 7764. Home: 9 Glenshane Gardens, Andersonstown, BT11 9LN.
GP: Dr Brendan Rafferty (practice tel 028 9649 6655). District nurse: Siobhan from the Falls team.

Background: end-stage heart failure (NYHA IV), CKD 4, eGFR 19. Breathless at rest, oedema to sacrum.
Not for further admission per ReSPECT (discussed with her son Declan and daughter-in-law Maeve).
Plan: stop bisoprolol and ramipril; continuous subcutaneous infusion over 24 h via syringe driver:
furosemide 80 mg + midazolam 5 mg; anticipatory: morphine 1.25-2.5 mg SC (renal dosing), midazolam 2.5 mg SC,
glycopyrronium 200 mcg SC, levomepromazine 6.25 mg SC. Kardex completed.
Entry verified: Dr Aidan Corrigan-Hughes, Consultant in Palliative Medicine""",
ids=[("Deirdre Hanna", CN), ("Theresa (Tess) Gallagher", PN), ("511 203 7764", NHS),
     ("9 Glenshane Gardens, Andersonstown", AD), ("BT11 9LN", PC), ("Brendan Rafferty", CN), ("028 9649 6655", PH),
     ("Siobhan", CN), ("Falls team", AD), ("Declan", RN), ("Maeve", RN)],
keep=["Marie Curie Hospice Belfast", "Dr M. L. S. Dizon", "NYHA IV", "eGFR 19", "furosemide 80 mg + midazolam 5 mg",
      "morphine 1.25-2.5 mg SC", "glycopyrronium 200 mcg SC", "levomepromazine 6.25 mg SC", "Dr Aidan Corrigan-Hughes",
      "84", "ReSPECT"]))

DOCS.append(dict(id="s58-062", kind="coroner_paperwork", applicant=A9, text="""CORONERS SERVICE FOR NORTHERN IRELAND - Report of death (doctor's statement)
Coroner's ref: CSNI/2024/1893           PSNI ref: CW-120924-0331
Deceased: Eamon Francis Lavery, DOB 23/05/1948, H&C 603 889 1420
Address: 18 Beechmount Avenue, Belfast BT12 7NA
Died: 12/09/2024 at Marie Curie Hospice Belfast, Bed 6

Statement of Dr Maria Lourdes Santos Dizon, Specialty Doctor:
Mr Lavery was admitted on 04/09/2024 with metastatic squamous cell carcinoma of the lung. On 10/09/2024 he
sustained a fall from bed at 02:15 (incident W-DATIX-24-6620); he was reviewed by the night doctor, Dr Conor
Mallon, who found no fracture clinically. He was not X-rayed. He died on 12/09/2024; his family (wife Kathleen,
son Martin Lavery) raised concern that the fall contributed to his death. I was the ward doctor and
verified death at 09:40. The death has been reported because of the fall within 72 hours.
Nurse in charge on 10/09: Sister Gráinne Doherty.""",
ids=[("CSNI/2024/1893", REF), ("CW-120924-0331", REF), ("Eamon Francis Lavery", PN), ("603 889 1420", NHS),
     ("18 Beechmount Avenue, Belfast", AD), ("BT12 7NA", PC), ("Mr Lavery", PN), ("W-DATIX-24-6620", REF),
     ("Conor\nMallon", CN), ("Kathleen", RN), ("Martin Lavery", RN), ("Gráinne Doherty", CN)],
keep=["DOB 23/05/1948", "Marie Curie Hospice Belfast", "Bed 6", "Dr Maria Lourdes Santos Dizon",
      "metastatic squamous cell carcinoma of the lung", "09:40"]))

DOCS.append(dict(id="s58-063", kind="mdt_list", applicant=A9, text="""SPCT weekly MDT / board round - Marie Curie Hospice Belfast - 17/03/2025
Present: Dr A. Corrigan-Hughes (chair), Dr M. Dizon, CNS D. Hanna, OT Paddy Keenan, SW Roisin Fegan, Chaplain Fr. Michael Toner

Bed Name                 H&C          Dx                      Phase     AKPS IPOS Plan
1   McKEOWN, Bridie      114 662 0958 ovarian Ca, MBO         unstable  30   28   octreotide 500 mcg/24h CSCI; family meeting Weds
3   Stewart, W. ("Billy") 722 930 4416 MND                    deteriorating 20 31 NIV for comfort only; wife Sadie aware
4   Ms L. Ferguson       390 118 2245 glioblastoma            stable    40   15   discharge home to Lisburn Thurs
6   J.O'N.               845 027 6631 COPD end-stage          dying     10   -    family (nephew Gerard) visiting
Next MDT 24/03/2025.""",
ids=[("D. Hanna", CN), ("Paddy Keenan", CN), ("Roisin Fegan", CN), ("Michael Toner", CN), ("McKEOWN, Bridie", PN),
     ("114 662 0958", NHS), ("Stewart, W. (\"Billy\")", PN), ("722 930 4416", NHS), ("Sadie", RN), ("Ms L. Ferguson", PN),
     ("390 118 2245", NHS), ("Lisburn", AD), ("J.O'N.", PN), ("845 027 6631", NHS), ("Gerard", RN)],
keep=["Dr A. Corrigan-Hughes", "Dr M. Dizon", "octreotide 500 mcg/24h CSCI", "AKPS", "IPOS", "NIV", "Marie Curie Hospice Belfast"]))

DOCS.append(dict(id="s58-064", kind="reflective_entry", applicant=A9, text="""Reflective practice - breaking bad news in a second language (Dr Maria L. S. Dizon, 02/2025)

I met a 39-year-old mother of three, Grace, newly told that her cervical cancer had recurred in the pelvis.
Her husband, Tomasz, speaks limited English and their 12-year-old daughter Zofia was being asked to
interpret. I stopped the conversation and rebooked with a Polish interpreter (booking no. INT-BHSCT-558812)
for the next day, using the SPIKES framework. Grace asked me directly "Am I dying?" and I answered honestly.

As a Filipino doctor who once interpreted for my own lola in Manila, I recognised how unfair it is to put a
child in that role. I have since taught the ward team about using interpreters (session rated 4.8/5).
Discussed with Dr Aidan Corrigan-Hughes at supervision.""",
ids=[("Grace", PN), ("Tomasz", RN), ("Zofia", RN), ("INT-BHSCT-558812", REF)],
keep=["Dr Maria L. S. Dizon", "39-year-old", "SPIKES framework", "Dr Aidan Corrigan-Hughes", "4.8/5"]))

DOCS.append(dict(id="s58-065", kind="testimonial_and_teaching_feedback", applicant=A9, text="""Testimonial - Dr Maria Lourdes Santos Dizon (GMC 7809364)
From: Dr Aidan Corrigan-Hughes, Consultant in Palliative Medicine and Medical Director, Marie Curie Hospice Belfast
aidan.corrigan-hughes@example.org   |   028 9649 6400

I have worked with Dr Dizon ("Malou" to the team) since 2021. She runs our Tuesday outpatient clinic, leads the
syringe driver training for district nurses and has presented at the regional palliative care audit day
(opioid conversion errors: re-audit showed a fall from 14% to 3%).
Feedback from her session for GP trainees (n=22): 4.9/5. One trainee, Dr Ruairi Ó Dónaill, wrote that it was
"the best teaching on anticipatory prescribing I have had". I support her application without reservation.""",
ids=[("Ruairi Ó Dónaill", CN), ("aidan.corrigan-hughes@example.org", EM), ("028 9649 6400", PH)],
keep=["Dr Maria Lourdes Santos Dizon", "7809364", "Dr Aidan Corrigan-Hughes",
      "Dr Dizon", "Malou", "Marie Curie Hospice Belfast", "14% to 3%"]))

# ---------------- A10 emergency medicine (Sri Lanka) ----------------
DOCS.append(dict(id="s58-066", kind="foreign_bed_head_ticket_with_translation", applicant=A10, text="""ශ්‍රී ලංකා ජාතික රෝහල, කොළඹ - හදිසි ප්‍රතිකාර ඒකකය (ETU)
இலங்கை தேசிய வைத்தியசாலை, கொழும்பு - அவசர சிகிச்சைப் பிரிவு

රෝගියාගේ නම: කුමාරි හේරත් මුදියන්සේලාගේ
நோயாளியின் பெயர்: குமாரி ஹேரத் முதியன்சேலாகே
BHT අංකය / BHT இல.: 2021/ETU/18842
ජා.හැ.අ. (NIC): 198857402113
වයස: 33   ස්ත්‍රී
ලිපිනය: 45/2, මහවත්ත පාර, කොටහේන, කොළඹ 13
දිනය: 17/07/2021
රෝග විනිශ්චය: ඩෙංගු රක්තපාත උණ (DHF) - කාන්දු වීමේ අවධිය
ප්‍රතිකාර: PCV 48% → 0.9% NaCl 5 mL/kg/h; PCV පැයෙන් පැයට
වෛද්‍ය: වෛද්‍ය තරිඳු විජේසිංහ

--- English translation (Sworn Translator, Colombo; ref. ST/COL/2023/772) ---
National Hospital of Sri Lanka, Colombo - Emergency Treatment Unit (ETU)
Patient name: Kumari Herath Mudiyanselage
BHT no.: 2021/ETU/18842
NIC: 198857402113
Age: 33   Female
Address: 45/2, Mahawatta Road, Kotahena, Colombo 13
Date: 17/07/2021
Diagnosis: dengue haemorrhagic fever (DHF) - critical (leakage) phase
Management: PCV 48% -> 0.9% NaCl 5 mL/kg/h; hourly PCV
Doctor: Dr Tharindu Wijesinghe""",
ids=[("කුමාරි හේරත් මුදියන්සේලාගේ", PN), ("குமாரி ஹேரத் முதியன்சேலாகே", PN), ("2021/ETU/18842", HN),
     ("198857402113", OID), ("45/2, මහවත්ත පාර, කොටහේන, කොළඹ 13", AD), ("ST/COL/2023/772", REF),
     ("Kumari Herath Mudiyanselage", PN), ("45/2, Mahawatta Road, Kotahena, Colombo 13", AD)],
keep=["ශ්‍රී ලංකා ජාතික රෝහල", "වෛද්‍ය තරිඳු විජේසිංහ", "National Hospital of Sri Lanka", "Dr Tharindu Wijesinghe",
      "Age: 33", "Female", "PCV 48%", "0.9% NaCl 5 mL/kg/h", "dengue haemorrhagic fever (DHF)"]))

DOCS.append(dict(id="s58-067", kind="ed_trauma_note", applicant=A10, text="""Sheffield Teaching Hospitals NHS FT - Northern General Hospital - Emergency Department - Resus 3
TRAUMA TEAM RECORD (summary)      ED attendance no: ED25-0041187     MRN: N4410972
Arrival: 22/02/2025 23:47 by YAS (CAD/incident no. 22-02-25-1418)    Police: South Yorkshire Police ref 14/38820/25

Patient: unknown male "Trauma Alpha" -> identified 01:10 as Mr Reece Jordan Hinchliffe, DOB 30/08/2002,
NHS 439 220 7156, 12 Wincobank Avenue, Sheffield S5 6BA. Mother Karen Hinchliffe arrived 01:40.

Mechanism: motorcyclist vs car, ~50 mph. Paramedic crew: Ryan Staniforth and Aleksandra Nowicka.
Primary survey: A patent, C-spine immobilised; B RR 28, SpO2 91%, reduced air entry L -> finger thoracostomy then
28 Fr chest drain L; C HR 128, BP 86/50, pelvic binder, MHP activated, 2 units O-neg + TXA 1 g; D GCS 13 (E3V4M6);
E open tib/fib fracture R. CT trauma scan: L haemopneumothorax, splenic laceration grade III, no head injury.
Trauma team leader: Dr Tharindu Wijesinghe.  Consultant: Dr Olusegun Adebayo-Price (arrived 00:05).""",
ids=[("ED25-0041187", HN), ("N4410972", HN), ("22-02-25-1418", REF), ("14/38820/25", REF),
     ("Reece Jordan Hinchliffe", PN), ("439 220 7156", NHS), ("12 Wincobank Avenue, Sheffield", AD), ("S5 6BA", PC),
     ("Karen Hinchliffe", RN), ("Ryan Staniforth", CN), ("Aleksandra Nowicka", CN), ("Olusegun Adebayo-Price", CN)],
keep=["Northern General Hospital", "Resus 3", "DOB 30/08/2002", "SpO2 91%", "28 Fr chest drain", "BP 86/50",
      "TXA 1 g", "GCS 13 (E3V4M6)", "Dr Tharindu Wijesinghe", "splenic laceration grade III", "Trauma Alpha"]))

DOCS.append(dict(id="s58-068", kind="ed_card_ocr", applicant=A10, text="""N0RTHERN GENERAL H0SP1TAL - EMERGENCY DEPARTMENT - CAS CARD  (scanned)
Attendance: ED25-OO2l764    MRN: N39O8l55
Name: SHEPHERD , Dan1e11e Louise       D0B: l4/Ol/l99O    F
Address: 2 Firth Park Rd , Sheff1e1d S5 6WQ      NHS: 7l4 3O8 229l
NOK: partner - Jam1e Cr0sby  O77OO 9OO4l9

Tr1age: 0l:2O  MTS: ye11ow   Pain 6/lO
PC: l-O-C at w0rk (Sheff1e1d Forgemasters), hea d injury
0bs: GCS l5, HR 88, BP l32/8l
Imp: m1nor head injury, C-sp1ne c1eared (NEXUS)
D/C with head 1njury adv1ce.   Dr T. W1jes1nghe""",
ids=[("ED25-OO2l764", HN), ("N39O8l55", HN), ("SHEPHERD , Dan1e11e Louise", PN), ("2 Firth Park Rd , Sheff1e1d", AD),
     ("S5 6WQ", PC), ("7l4 3O8 229l", NHS), ("Jam1e Cr0sby", RN), ("O77OO 9OO4l9", PH), ("Sheff1e1d Forgemasters", AD)],
keep=["N0RTHERN GENERAL H0SP1TAL", "l4/Ol/l99O", "GCS l5", "NEXUS", "Dr T. W1jes1nghe", "MTS: ye11ow"]))

DOCS.append(dict(id="s58-069", kind="logbook_csv", applicant=A10, text="""procedure_log_EM_2024.csv  (Dr T. Wijesinghe, Northern General Hospital ED)
date,attendance_no,age,sex,procedure,indication,supervision,complication
2024-03-02,ED24-0019902,81,F,procedural sedation (ketamine 0.5 mg/kg) + shoulder reduction,anterior dislocation,independent,none
2024-03-09,ED24-0021417,23,M,finger thoracostomy,tension pneumothorax,independent,none
2024-04-11,ED24-0027745,67,M,DC cardioversion 150 J,fast AF with hypotension,independent,none
2024-04-27,ED24-0030219,4,F,nasal foreign body removal (mother's kiss),bead,independent,none - parent Hayley Croft
2024-05-15,ED24-0034480,35,M,fascia iliaca block,NOF fracture,supervised (Dr Ewa Lindqvist),none
2024-06-01,ED24-0037763,52,M,RSI,GCS 6 post-ictal,independent,transient hypoxia SpO2 84%
""",
ids=[("ED24-0019902", HN), ("ED24-0021417", HN), ("ED24-0027745", HN), ("ED24-0030219", HN), ("Hayley Croft", RN),
     ("ED24-0034480", HN), ("Ewa Lindqvist", CN), ("ED24-0037763", HN)],
keep=["Dr T. Wijesinghe", "ketamine 0.5 mg/kg", "DC cardioversion 150 J", "fascia iliaca block", "SpO2 84%",
      "Northern General Hospital"]))

DOCS.append(dict(id="s58-070", kind="ed_board_handover", applicant=A10, text="""NGH ED - 08:00 board round handover - Sun 16/03/2025 - night EPIC Dr T. Wijesinghe -> day EPIC Dr Gemma Oakenfold

Cubicle | Who                          | Age | Problem                    | Status / to do
Maj 2   | Pearson, Arthur ("Pop")      | 88  | #NOF L, fascia iliaca done | ortho accepted, awaiting bed (bed bureau ID BB-8841)
Maj 5   | RJH                          | 19  | asthma, mag sulf given     | PEFR 62% - reassess 09:00
Maj 9   | Zainab Yusuf                 | 27  | hyperemesis, ketones 3+    | gynae: Dr Petronella Marsh to review
Resus 1 | unknown female ("Resus Bravo") | ~40 | OOHCA, ROSC 22 min         | ICU; police liaison PC Darren Wragg ext 4417
Paeds 3 | baby Lennon (Birch)          | 6/12| bronchiolitis, SpO2 93%    | paeds reg aware; dad (Shane) at bedside
Handover verified: Dr Olusegun Adebayo-Price, ED consultant""",
ids=[("Gemma Oakenfold", CN), ("Pearson, Arthur (\"Pop\")", PN), ("BB-8841", OID), ("RJH", PN), ("Zainab Yusuf", PN),
     ("Petronella Marsh", CN), ("Darren Wragg", CN), ("4417", PH),
     ("Lennon (Birch)", PN), ("Shane", RN)],
keep=["Dr T. Wijesinghe", "Dr Olusegun Adebayo-Price", "#NOF L", "PEFR 62%", "ketones 3+", "ROSC 22 min", "SpO2 93%",
      "Resus Bravo", "Maj 2"]))

DOCS.append(dict(id="s58-071", kind="wpba_esle", applicant=A10, text="""RCEM Kaizen - Extended Supervised Learning Event (ESLE) - export 03/12/2024
Doctor: Tharindu Wijesinghe (GMC 7856603)      Assessor: Dr Olusegun Adebayo-Price (GMC 5289914)
Shift: NGH ED, 14:00-22:00, 02/12/2024. Role: EPIC.

Observed interactions:
1. Resus - 71M, STEMI (inferior), door-to-cath-lab 38 min, MRN N4402213 - excellent.
2. Majors - 45F, DKA, pH 7.05, MRN N4411689 - FRIII started, escalation to medical reg (Dr Kwabena Asante) timely.
3. Minors - 8M, supracondylar fracture Gartland II, MRN N4412007 - analgesia (intranasal diamorphine 0.1 mg/kg).
4. Managing a complaint from a relative (Mr Terence Broomhead) about a 6-hour wait - de-escalated well.
Non-technical skills (ED-specific): Situational awareness 4/4, Teamwork 4/4, Decision-making 4/4.
Learning objective: supervise the ACCS trainee Dr Beatrix Kowalski more actively in resus.""",
ids=[("N4402213", HN), ("N4411689", HN), ("Kwabena Asante", CN), ("N4412007", HN), ("Terence Broomhead", RN),
     ("Beatrix Kowalski", CN)],
keep=["Tharindu Wijesinghe", "7856603", "Dr Olusegun Adebayo-Price", "5289914", "door-to-cath-lab 38 min", "pH 7.05",
      "Gartland II", "intranasal diamorphine 0.1 mg/kg", "71M", "45F", "8M"]))

DOCS.append(dict(id="s58-072", kind="email_police_request", applicant=A10, text="""From: Tharindu Wijesinghe <tharindu.wijesinghe2@nhs.net>
To: PC 2288 Lucy Marriott <lucy.marriott@southyorks.example.police.uk>
Cc: ngh.ed.governance@nhs.net
Date: 04/01/2025 10:14
Subject: RE: Request for statement - crime ref 14/01771/25 - your ref SYP/INJ/0093

Dear PC Marriott,
Thank you. I can confirm I treated the gentleman you name (Mr Connor Ashby, DOB 19/12/1996, our MRN N4420561)
on 02/01/2025 at 03:15 for a 6 cm laceration to the left forearm, closed with 8 interrupted 4-0 nylon sutures,
tendons intact. I cannot release further information without his written consent (he gave his address as
5 Owler Lane, Sheffield S4 8GA and a mobile 07700 900372, which I will not share without consent) or a
court order, in line with GMC confidentiality guidance.
Kind regards,
Dr Tharindu Wijesinghe, Specialty Doctor, Emergency Medicine, NGH""",
ids=[("2288", OID), ("Lucy Marriott", CN), ("lucy.marriott@southyorks.example.police.uk", EM),
     ("ngh.ed.governance@nhs.net", EM), ("14/01771/25", REF), ("SYP/INJ/0093", REF), ("PC Marriott", CN),
     ("Connor Ashby", PN), ("N4420561", HN), ("5 Owler Lane, Sheffield", AD), ("S4 8GA", PC), ("07700 900372", PH), ("tharindu.wijesinghe2@nhs.net", EM)],
keep=["Tharindu Wijesinghe", "Dr Tharindu Wijesinghe", "DOB 19/12/1996",
      "4-0 nylon sutures", "6 cm laceration", "GMC confidentiality guidance"]))
