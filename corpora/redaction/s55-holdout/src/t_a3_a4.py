from common import *

A3 = "Dr Kwabena Owusu-Ansah"
A4 = "Dr Olena Kovalenko"

DOCS = [
D("s55-t16", "clinic_letter", A3,
"""Bwrdd Iechyd Prifysgol Morlais / Morlais University Health Board
Ysbyty Cwm Tawe - Respiratory Outpatients, Clinic 3
Ein cyf / Our ref: RESP/KOA/0931-24

Dr Gethin Prosser
Meddygfa'r Afon / Riverside Surgery
2 Heol y Felin, Pontardawe, SA8 4LY

Clinic date: 03/07/2024     Typed: 05/07/2024

Dear Dr Prosser,
Re: Mrs Eirlys Bevan-Rhys, DOB 19/12/1949, NHS No 721 556 0348, Hosp No M0773215
    Ty'n y Coed, Lon Gwyn, Ystalyfera SA9 2HF   Tel 029 2018 0412 / daughter Rhian 07700 900588

Diagnosis: Idiopathic pulmonary fibrosis (UIP pattern on HRCT, MDT-confirmed 12/06/2024).
FVC 2.01 L (71% predicted), DLCO 46% predicted, 6MWT 310 m, nadir SpO2 86%. GAP stage II.

Thank you for seeing Mrs Bevan-Rhys, who came today with her daughter Rhian. Mrs Bevan-Rhys still helps at
Capel Bethel chapel on Sunday mornings and does not want oxygen "in public". We discussed antifibrotic therapy
and she wishes to start nintedanib 150 mg BD; LFTs at baseline, monthly for 3 months. I have referred her to
pulmonary rehabilitation at Ysbyty Cwm Tawe and for an ambulatory oxygen assessment.

Yn gywir / Yours sincerely

Dr Kwabena Owusu-Ansah
Specialty Doctor, Respiratory Medicine""",
[("RESP/KOA/0931-24", REF), ("Gethin Prosser", CN), ("Prosser", CN), ("Meddygfa'r Afon / Riverside Surgery", AD),
 ("2 Heol y Felin, Pontardawe", AD), ("SA8 4LY", PC), ("Eirlys Bevan-Rhys", PN), ("Bevan-Rhys", PN), ("721 556 0348", NHS),
 ("M0773215", HN), ("Ty'n y Coed, Lon Gwyn, Ystalyfera", AD), ("SA9 2HF", PC), ("029 2018 0412", PH), ("Rhian", RN),
 ("07700 900588", PH), ("Capel Bethel chapel", AD)],
["Dr Kwabena Owusu-Ansah", "Morlais University Health Board", "Ysbyty Cwm Tawe", "19/12/1949", "nintedanib 150 mg BD",
 "FVC 2.01 L (71% predicted)", "GAP stage II", "DLCO 46% predicted", "UIP pattern", "Clinic 3"]),

D("s55-t17", "mini_cex", A3,
"""Mini-CEX (JRCPTB)  Applicant: Kwabena Owusu-Ansah   Assessor: Dr Catrin Hughes, Consultant Respiratory Physician
Date 14/02/2024 | Setting: Respiratory ward, Ward 8 (Dyfed), Ysbyty Cwm Tawe | Complexity: high
Focus: explaining NIV and ceiling of treatment to a 71M with COPD exacerbation, pH 7.27, pCO2 9.4 kPa.
The patient (Mr D. Jenkins-Parry) was accompanied by his partner Alun. Kobby used teach-back, drew the
mask on paper, and agreed DNACPR with the patient present; he documented the Mental Capacity Act 2005
assessment clearly.
Overall: Above expectation.  Signed: C. Hughes (GMC 3829104)""",
[("D. Jenkins-Parry", PN), ("Alun", RN)],
["Kwabena Owusu-Ansah", "Kobby", "Dr Catrin Hughes", "C. Hughes", "GMC 3829104", "Mental Capacity Act 2005",
 "pH 7.27", "pCO2 9.4 kPa", "71M", "Ward 8 (Dyfed)", "DNACPR"]),

D("s55-t18", "dops", A3,
"""DOPS - Seldinger intercostal chest drain insertion
Applicant: Dr K. Owusu-Ansah     Assessor: Dr Rhodri Matthias (Consultant, pleural lead)
Date: 29/04/2024  Location: Respiratory procedures room, Ysbyty Cwm Tawe
Patient: 54F, right-sided malignant pleural effusion, hosp no M1182406; consent form 1 signed.
Thoracic USS: 5 cm effusion, no septations. 12Fr drain, 4th intercostal space mid-axillary line (safe triangle),
lidocaine 1% 15 ml. 1.2 L drained over 2 h, then clamped per protocol.
Assistant: HCA Mererid (first time assisting). Complications: none.
Grade: competent to perform unsupervised.  R. Matthias""",
[("M1182406", HN), ("Mererid", CN)],
["Dr K. Owusu-Ansah", "Dr Rhodri Matthias", "R. Matthias", "54F", "lidocaine 1% 15 ml", "12Fr", "29/04/2024"]),

D("s55-t19", "foreign_clinic_letter_ocr", A3,
"""KORLE BU TEACH1NG H0SPITAL, ACCRA - CHEST CL1NIC
Fo1der No: KBTH/CC/17/2O931       Date: O8-O3-2O18
Pat1ent: Madam Akosua Serwaa Boatemaa ("Maa Serwaa")   Age: 63 yrs   Sex: F
Address: H/No. C 14/7, Abossey 0kai, Accra.   Te1: O24 455 7Ol9
Next of kin: Kwame Boateng (son)
Dx: Pu1monary TB, smear +ve (2+), HIV neg. GeneXpert MTB detected, RIF res1stance not detected.
Rx: RHZE 4 tabs OD (intensive phase 2/l2), pyridoxine 25 mg.
DOT supporter: Auntie Efua (neighbour).
Seen by: Dr K. 0wusu-Ansah (Medica1 0fficer)     Superv1sor: Dr E. A. Quartey, Chest Physician""",
[("KBTH/CC/17/2O931", HN), ("Akosua Serwaa Boatemaa", PN), ("\"Maa Serwaa\"", PN), ("H/No. C 14/7, Abossey 0kai, Accra", AD),
 ("O24 455 7Ol9", PH), ("Kwame Boateng", RN), ("Auntie Efua", RN)],
["Dr K. 0wusu-Ansah", "Dr E. A. Quartey", "GeneXpert", "RHZE 4 tabs OD", "pyridoxine 25 mg", "63 yrs", "O8-O3-2O18",
 "KORLE BU TEACH1NG H0SPITAL, ACCRA"]),

D("s55-t20", "whatsapp_export", A3,
"""[11/03/2024, 07:52] Kobby O-A: Morning all. Bay 3 bed 2 (Mr Lewis-Thomas) had a rough night, pH 7.24 on NIV
[11/03/2024, 07:53] Kobby O-A: IPAP up to 22, EPAP 6. Son Dai is coming in at 10
[11/03/2024, 07:58] Sioned Resp Physio: ok I'll review 8.30. Is he for tube? what's the ceiling
[11/03/2024, 08:01] Kobby O-A: ward-based NIV ceiling, TEP done w/ Dr Hughes yesterday
[11/03/2024, 08:05] Dr Catrin Hughes: Agree. Please don't share names on here folks - use bed numbers
[11/03/2024, 08:06] Kobby O-A: sorry, noted 🙏
[11/03/2024, 08:20] +44 7700 900231: Bed 2 pt's wife rang ward - she's Glenys, wants call back on 029 2018 0355
[11/03/2024, 08:21] Sioned Resp Physio: that's Huw the bank nurse's number btw, saved as unknown""",
[("Lewis-Thomas", PN), ("Dai", RN), ("Sioned", CN), ("+44 7700 900231", PH), ("Glenys", RN), ("029 2018 0355", PH), ("Huw", CN)],
["Kobby O-A", "Dr Catrin Hughes", "Dr Hughes", "pH 7.24", "IPAP up to 22, EPAP 6", "Bay 3 bed 2", "11/03/2024"]),

D("s55-t21", "mdt_list", A3,
"""LUNG CANCER MDT - Ysbyty Cwm Tawe - 18/06/2024 - Chair Dr R Matthias - Presenting: Dr K Owusu-Ansah
#  Name                 NHS No        Hosp No   Age/Sex  Dx / stage                         Outcome
1  WILLIAMS, Brynmor    462 301 9877  M0551902  74M      Adeno RUL T2aN0M0, PS 1, FEV1 68%  VATS lobectomy (Mr Olawale)
2  DAVIES, Menna "Nan"  618 447 2035  M0228713  81F      SCLC extensive, PS 2              Oncology - carboplatin/etoposide
3  O'NEILL, Frank       730 228 5140  M1090447  66M      ?NSCLC LUL, EBUS non-diagnostic    Re-EBUS, PET-CT, CNS Bethan to call
4  PRICE, Nerys         411 902 3376  M0883021  58F      Squamous, T3N2M0 (stage IIIB)      Radical chemoradiotherapy
Key worker: Lung CNS (Bethan Powell).  Outcome letters to GPs by KOA within 48 h.""",
[("WILLIAMS, Brynmor", PN), ("462 301 9877", NHS), ("M0551902", HN), ("DAVIES, Menna \"Nan\"", PN), ("618 447 2035", NHS),
 ("M0228713", HN), ("O'NEILL, Frank", PN), ("730 228 5140", NHS), ("M1090447", HN), ("PRICE, Nerys", PN), ("411 902 3376", NHS),
 ("M0883021", HN), ("Mr Olawale", CN), ("Bethan", CN), ("Bethan Powell", CN)],
["Dr R Matthias", "Dr K Owusu-Ansah", "KOA", "T2aN0M0", "PS 1", "FEV1 68%", "carboplatin/etoposide", "T3N2M0 (stage IIIB)",
 "18/06/2024", "74M", "81F"]),

D("s55-t22", "testimonial", A3,
"""To whom it may concern - Portfolio pathway application, Respiratory Medicine
I have worked with Dr Kwabena Owusu-Ansah since October 2021, when he joined the respiratory department at
Ysbyty Cwm Tawe. He independently runs the pleural service on Tuesdays and Thursdays, and his procedural
complication rate is lower than our unit average (BTS pleural audit 2023). He supervised our trainee Dr
Llion Jarvis through his first 10 thoracoscopies.
He deals with complaints openly: in 2023 a family raised concerns (complaint ref MUHB-C-23-4412) about the
late diagnosis of mesothelioma; his local resolution meeting was exemplary.
Dr Catrin Hughes MD FRCP, Consultant Respiratory Physician and Clinical Lead, GMC 3829104
Contact via the department secretary: 029 2018 0100""",
[("Llion Jarvis", CN), ("MUHB-C-23-4412", REF), ("029 2018 0100", PH)],
["Dr Kwabena Owusu-Ansah", "Dr Catrin Hughes", "GMC 3829104", "Ysbyty Cwm Tawe", "BTS pleural audit 2023", "mesothelioma"]),

# ---------------- A4 Olena Kovalenko, ophthalmology, Ukraine, England
D("s55-t23", "foreign_operation_note_with_translation", A4,
"""КНП "Київська міська клінічна офтальмологічна лікарня «Центр мікрохірургії ока»"
ПРОТОКОЛ ОПЕРАЦІЇ № 2217
Пацієнт: Шевчук Галина Петрівна, 1952 р.н., жін.
Медична карта стаціонарного хворого № 4418/19
Адреса: м. Бровари, вул. Героїв, 12, кв. 45; тел. +380 67 555 0193
Діагноз: Вікова катаракта OD (H25.1)
Операція: Факоемульсифікація з імплантацією ІОЛ (AcrySof IQ SN60WF, +21.5 D), 24.10.2019
Хірург: лікар-офтальмолог Коваленко О. В.   Асистент: Мельник Т. І.
Завідувач відділення: Бондаренко С. М.

CERTIFIED TRANSLATION FROM UKRAINIAN
Kyiv City Clinical Ophthalmological Hospital "Eye Microsurgery Centre"
OPERATION RECORD No. 2217
Patient: Shevchuk Halyna Petrivna, born 1952, female
Inpatient medical record No. 4418/19
Address: Brovary, Heroiv St., 12, apt. 45; tel. +380 67 555 0193
Diagnosis: Age-related cataract OD (H25.1)
Operation: Phacoemulsification with IOL implantation (AcrySof IQ SN60WF, +21.5 D), 24.10.2019
Surgeon: ophthalmologist Kovalenko O. V.   Assistant: Melnyk T. I.
Head of department: Bondarenko S. M.
Translation certified: Iryna Savchuk, 11/09/2023""",
[("Шевчук Галина Петрівна", PN), ("4418/19", HN), ("м. Бровари, вул. Героїв, 12, кв. 45", AD), ("+380 67 555 0193", PH),
 ("Мельник Т. І.", CN), ("Shevchuk Halyna Petrivna", PN), ("Brovary, Heroiv St., 12, apt. 45", AD), ("Melnyk T. I.", CN)],
["Коваленко О. В.", "Kovalenko O. V.", "Бондаренко С. М.", "Bondarenko S. M.", "H25.1", "AcrySof IQ SN60WF, +21.5 D",
 "1952 р.н., жін.", "born 1952, female", "24.10.2019", "Iryna Savchuk", "Phacoemulsification"]),

D("s55-t24", "foreign_logbook_with_translation", A4,
"""Журнал операцій (витяг) — Коваленко Олена Вікторівна — 2020
Дата     | Пацієнт          | № карти | Операція                 | Роль
03.02.20 | Ткаченко В. О.   | 0217/20 | Факоемульсифікація OS    | хірург
17.02.20 | Лисенко М. П.    | 0388/20 | Трабекулектомія OD       | асистент
02.03.20 | Гнатюк "Славко"  | 0512/20 | Первинна обробка рани ока| хірург
Засвідчую: Бондаренко С. М., завідувач відділення (підпис, печатка)

Translation:
Operation log (extract) - Kovalenko Olena Viktorivna - 2020
Date     | Patient            | Record No | Operation                | Role
03.02.20 | Tkachenko V. O.    | 0217/20   | Phacoemulsification OS   | surgeon
17.02.20 | Lysenko M. P.      | 0388/20   | Trabeculectomy OD        | assistant
02.03.20 | Hnatiuk "Slavko"   | 0512/20   | Primary repair of open globe injury | surgeon
Certified: Bondarenko S. M., head of department (signature, stamp)""",
[("Ткаченко В. О.", PN), ("0217/20", HN), ("Лисенко М. П.", PN), ("0388/20", HN), ("Гнатюк \"Славко\"", PN), ("0512/20", HN),
 ("Tkachenko V. O.", PN), ("Lysenko M. P.", PN), ("Hnatiuk \"Slavko\"", PN)],
["Коваленко Олена Вікторівна", "Kovalenko Olena Viktorivna", "Бондаренко С. М.", "Bondarenko S. M.", "Trabeculectomy OD",
 "Phacoemulsification OS", "03.02.20"]),

D("s55-t25", "eye_casualty_notes", A4,
"""eye cas 16/08/24 22:40 ok (olena) - st. aldric's eye unit
pt: jayden frost, 19m, hn SAE0904417. walked in w/ mate (callum) after nightclub - "someone threw a drink"
?chemical - pH 9 in both fornices on arrival!! irrigated 2L NaCl each eye -> pH 7.5
VA RE 6/9 LE 6/18. LE roper-hall grade II, limbal ischaemia < 1/3. no fb on double eversion.
rx: dex 0.1% qds, chloramphenicol qds, pred acetate not yet, doxycycline 100 mg bd, vit c 1 g bd, cyclo 1% bd
police aware - crime ref 14/77310/24 (pc dawson). mum (tina) on 07700 900862.
rv tomorrow am in eye cas w/ mr hargreaves' cornea clinic. ok""",
[("jayden frost", PN), ("SAE0904417", HN), ("callum", RN), ("14/77310/24", REF), ("pc dawson", CN), ("tina", RN),
 ("07700 900862", PH)],
["olena", "ok", "st. aldric's eye unit", "roper-hall grade II", "pH 9", "doxycycline 100 mg bd", "dex 0.1% qds",
 "VA RE 6/9 LE 6/18", "19m", "mr hargreaves"]),

D("s55-t26", "injection_list", A4,
"""Intravitreal injection list - Treatment Room 2, St Aldric's Eye Unit - Fri 07/06/2024
Injector: Dr O Kovalenko (OK)      Nurse: SN D. Fairweather     Virtual clinic review: Mr J Hargreaves
Time  | Pt    | Hosp no     | Eye | Dx             | Drug                  | Inj # | VA   | CMT
08:30 | B.H.  | SAE0211580  | R   | nAMD           | aflibercept 2 mg      | 14    | 6/12 | 276
08:45 | MRS N | SAE0662913  | L   | DMO            | faricimab 6 mg        | 3     | 6/24 | 412
09:00 | GdS   | SAE1007734  | R   | CRVO + MO      | ranibizumab 0.5 mg    | 6     | 6/36 | 388
09:15 | TO'B  | SAE0340219  | L   | nAMD           | aflibercept 8 mg      | 1     | 6/60 | 501
09:30 | VJ    | SAE0579981  | R   | PDR            | ranibizumab biosimilar| 2     | 6/9  | 254
Note: GdS - daughter interpreter (Portuguese) on 07700 900314.""",
[("D. Fairweather", CN), ("B.H.", PN), ("SAE0211580", HN), ("MRS N", PN), ("SAE0662913", HN), ("GdS", PN), ("SAE1007734", HN),
 ("TO'B", PN), ("SAE0340219", HN), ("VJ", PN), ("SAE0579981", HN), ("07700 900314", PH)],
["Dr O Kovalenko", "OK", "Mr J Hargreaves", "aflibercept 2 mg", "faricimab 6 mg", "ranibizumab 0.5 mg", "aflibercept 8 mg",
 "Treatment Room 2", "St Aldric's Eye Unit", "CMT"]),

D("s55-t27", "complaint_response", A4,
"""St Aldric's Hospital NHS Foundation Trust - Patient Experience Team
Complaint ref: COMP-2024-00381    Datix: 118823

Mrs Pauline Ackroyd
9 Sandpiper Close
Market Weighton
YO43 3GQ

Dear Mrs Ackroyd,
You wrote about your husband Leonard's care in the eye clinic on 12 February 2024, when his appointment was
cancelled twice and his wet macular degeneration was not treated for 11 weeks. Dr Olena Kovalenko, Specialty
Doctor, has reviewed the records. The delay was caused by a booking error on the virtual clinic pathway, and
by a locum (Dr Farouk Al-Masri) who did not escalate the missed slot. Leonard's vision fell from 6/12 to 6/24
in the right eye. We are very sorry. We have changed how failsafe lists are checked weekly.
Please contact us on 01632 960217 or patient.experience@staldrics.example.nhs.uk.
Yours sincerely
Dr Olena Kovalenko, on behalf of Mr J Hargreaves, Clinical Director, Ophthalmology""",
[("COMP-2024-00381", REF), ("118823", REF), ("Pauline Ackroyd", RN), ("Ackroyd", RN), ("9 Sandpiper Close", AD),
 ("Market Weighton", AD), ("YO43 3GQ", PC), ("Leonard", PN), ("Farouk Al-Masri", CN), ("01632 960217", PH),
 ("patient.experience@staldrics.example.nhs.uk", EM)],
["Dr Olena Kovalenko", "Mr J Hargreaves", "St Aldric's Hospital NHS Foundation Trust", "6/12", "6/24", "12 February 2024",
 "wet macular degeneration"]),

D("s55-t28", "dops", A4,
"""RCOphth DOPS - Phacoemulsification cataract surgery (uncomplicated)
Doctor: Olena Kovalenko     Assessor: Mr Jonathan Hargreaves FRCOphth     Date: 25/01/2024
Patient: 76F, LE, axial length 23.4 mm, K 43.5/44.0, IOL SRK/T +21.0 D. Hospital no SAE0472216.
Steps: incisions, capsulorhexis 5.2 mm, hydrodissection, divide-and-conquer, I/A, IOL in bag, intracameral
cefuroxime 1 mg. Posterior capsule intact. Phaco time 0.42 min.
All 14 domains: competent.  "Dr Kovalenko is fluent and safe; ready for independent lists." J. Hargreaves""",
[("SAE0472216", HN)],
["Olena Kovalenko", "Mr Jonathan Hargreaves", "J. Hargreaves", "Dr Kovalenko", "76F", "cefuroxime 1 mg", "SRK/T +21.0 D",
 "25/01/2024", "capsulorhexis 5.2 mm"]),

D("s55-t29", "research_log", A4,
"""Research log - LUMEN-AMD observational cohort (IRAS 310447) - site PI: Mr J Hargreaves - Sub-I: Dr O. Kovalenko
date       | participant | screening no | visit | notes
04/03/2024 | LUM-017     | SCR-0088     | V1    | consented, OCT-A done; lives with carer (Dorota) - needs transport
11/03/2024 | LUM-018     | SCR-0091     | V1    | screen fail - previous PDT 2015
18/03/2024 | LUM-017     | SCR-0088     | V2    | SAE? fall at Hessle Bowls Club - not related; GP Dr Mwangi informed
25/03/2024 | LUM-019     | SCR-0094     | V1    | consented. NHS 520 774 1183 on CRF - WRONG, redacted on CRF and re-filed
Monitor visit 02/04/2024 (CRA Ella Stoddart): no findings. - OK""",
[("LUM-017", OID), ("SCR-0088", OID), ("Dorota", RN), ("LUM-018", OID), ("SCR-0091", OID), ("Hessle Bowls Club", AD),
 ("Dr Mwangi", CN), ("LUM-019", OID), ("SCR-0094", OID), ("520 774 1183", NHS), ("Ella Stoddart", CN)],
["Mr J Hargreaves", "Dr O. Kovalenko", "OK", "IRAS 310447", "OCT-A", "04/03/2024"]),
]
