# Dr Yusuf Demir - Geriatric Medicine - Royal Victoria Hospital, Belfast; earlier Hacettepe University Hospital, Ankara
from common import doc

APPL = "Dr Yusuf Demir"

DOCS = [
doc("s51-058", "discharge_letter", APPL, """Belfast Health and Social Care Trust - Royal Victoria Hospital
Care of the Elderly, Ward 7D - DISCHARGE LETTER

Patient: Mrs Sadie McATEER          DOB: 04/05/1936          Sex: F
H&C No: 320 118 7745          Hospital No: V1288431
Address: 9 Ardmore Avenue, Finaghy, Belfast BT10 0JP
Next of kin: son, Gerard - 07700 900672
GP: Dr Niamh Kearney, Finaghy Health Centre

Admitted: 12/09/2024 via ED          Discharged: 01/10/2024
Consultant: Dr Orla McCloskey          Discharging doctor: Dr Yusuf Demir

Diagnoses
1. Fall at home with long lie (about 10 hours)
2. Rhabdomyolysis (CK 4,820 U/L) and acute kidney injury stage 2 (creatinine 212 -> 98 micromol/L)
3. Hypoactive delirium (4AT 7 on admission, 0 at discharge) - resolved
4. Background: Alzheimer's disease (moderate), osteoporosis, hypertension

Comprehensive geriatric assessment
Rockwood Clinical Frailty Scale 6. AMT 6/10 at discharge. Mobilising with a rollator and supervision of one. Lying/standing BP 134/78 -> 120/70 (no symptoms). Falls risk: high.

Medication changes
STOPPED amitriptyline 25 mg (anticholinergic burden, falls); STOPPED bendroflumethiazide 2.5 mg (AKI, postural drop).
STARTED alendronic acid 70 mg weekly and Adcal-D3 one tablet BD (after dental check).
Continue donepezil 10 mg nocte.

Discharge arrangements: home with domiciliary care package, 4 calls a day (care manager Ms Roisin Hagan), pendant alarm, OT home visit completed 27/09.
Follow-up: falls clinic in 8 weeks. GP please check U&E in 1 week.

Mrs McAteer and her son are aware of the plan.

Dr Yusuf Demir, Specialty Doctor, for Dr Orla McCloskey, Consultant Geriatrician
Copy verified for portfolio: Dr Orla McCloskey, 08/10/2024
""",
ids=[("Sadie McATEER", "P"), ("320 118 7745", "N"), ("V1288431", "H"), ("9 Ardmore Avenue, Finaghy, Belfast", "A"),
     ("BT10 0JP", "PC"), ("Gerard", "R"), ("07700 900672", "T"), ("Niamh Kearney", "C"),
     ("Finaghy Health Centre", "A"), ("Roisin Hagan", "C"), ("McAteer", "P")],
keep=["Dr Yusuf Demir", "Dr Orla McCloskey", "04/05/1936", "Ward 7D", "CK 4,820 U/L", "4AT 7",
      "Rockwood Clinical Frailty Scale 6", "AMT 6/10", "Alzheimer's disease", "amitriptyline 25 mg",
      "alendronic acid 70 mg weekly", "Adcal-D3", "donepezil 10 mg nocte", "Royal Victoria Hospital"]),

doc("s51-059", "clinic_letter", APPL, """Belfast Health and Social Care Trust
Falls and Syncope Clinic, Day Hospital, Royal Victoria Hospital
Clinic date: 20/03/2025          Our ref: YD/FSC/0320-05

Dr Aidan Corr
Beechmount Surgery
2 Falls Link
Belfast BT12 7AA

Dear Dr Corr

Re: Mr Eamon FITZSIMONS, DOB 27/11/1942, H&C 612 009 4480
31 Glenview Crescent, Andersonstown, Belfast BT11 8LL

Diagnoses
1. Recurrent falls (5 in 6 months) - multifactorial
2. Orthostatic hypotension: lying 148/82, standing at 3 min 112/64, with dizziness
3. Parkinson's disease, Hoehn and Yahr stage 2.5
4. Sarcopenia: grip strength 18 kg, SPPB 6/12

Mr Fitzsimons came with his daughter-in-law, as his wife, Philomena, has dementia and he is her main carer. His falls happen mostly in the morning on standing from bed or the toilet. His tamsulosin 400 micrograms, started by urology last year, is likely contributing and I have stopped it with his agreement (PSA and flow were reassuring). Continue co-careldopa 25/100 three times daily; I have moved the first dose earlier to 07:00.

Plan
- Stop tamsulosin; compression stockings (class 1); fluids 2 L/day and head-up sleeping.
- If still symptomatic in 4 weeks, consider midodrine 2.5 mg TDS (I will arrange lying/standing BP monitoring).
- Referred to the community falls team for strength and balance (Otago programme).
- Carer's assessment for Mr Fitzsimons requested via the social worker.

Yours sincerely

Dr Yusuf Demir, Specialty Doctor in Geriatric Medicine
Reviewed with, and verified by, Dr Orla McCloskey, Consultant Geriatrician
""",
ids=[("YD/FSC/0320-05", "REF"), ("Aidan Corr", "C"), ("Corr", "C"), ("Beechmount Surgery\n2 Falls Link\nBelfast", "A"),
     ("BT12 7AA", "PC"), ("Eamon FITZSIMONS", "P"), ("612 009 4480", "N"),
     ("31 Glenview Crescent, Andersonstown, Belfast", "A"), ("BT11 8LL", "PC"), ("Fitzsimons", "P"),
     ("Philomena", "R")],
keep=["Dr Yusuf Demir", "Dr Orla McCloskey", "27/11/1942", "Parkinson's disease", "Hoehn and Yahr stage 2.5",
      "SPPB 6/12", "co-careldopa 25/100", "midodrine 2.5 mg TDS", "tamsulosin 400 micrograms", "Otago programme",
      "Royal Victoria Hospital"]),

doc("s51-060", "epicrisis_translation", APPL, """T.C. HACETTEPE ÜNİVERSİTESİ TIP FAKÜLTESİ HASTANESİ
İç Hastalıkları Anabilim Dalı - Geriatri Bilim Dalı
EPİKRİZ

Hasta Adı Soyadı: Hatice YILDIRIM          T.C. Kimlik No: 28471039562
Protokol No: 2019/448712          Doğum Tarihi: 02.02.1938          Cinsiyet: Kadın
Adres: Bahçelievler Mah. 7. Cadde No: 41/6, Çankaya, Ankara
Yatış Tarihi: 10.10.2019          Çıkış Tarihi: 24.10.2019
Sorumlu Hekim: Araş. Gör. Dr. Yusuf Demir
Öğretim Üyesi: Prof. Dr. Meltem Arıoğlu

Tanılar: Hipoaktif deliryum; idrar yolu enfeksiyonu (E. coli); Alzheimer hastalığı (orta evre); hiponatremi (Na 124 mmol/L).
Klinik seyir: Hatice Hanım ateş ve konfüzyon ile başvurdu. Seftriakson 1 g/gün 7 gün verildi. Sodyum sıvı kısıtlaması ile 124'ten 136 mmol/L'ye yükseldi. Deliryum 6. günde düzeldi. Ketiapin kullanılmadı.
Taburculuk ilaçları: donepezil 5 mg/gün, kalsiyum + D vitamini.
Hastanın kızı Ayşe Korkmaz'a bilgi verildi ve düşme önlemleri anlatıldı.

Dr. Yusuf Demir                         Prof. Dr. Meltem Arıoğlu

----------------------------------------------------------------
ENGLISH TRANSLATION
Hacettepe University Faculty of Medicine Hospital - Department of Internal Medicine, Division of Geriatrics
DISCHARGE SUMMARY (EPICRISIS)

Patient name: Hatice YILDIRIM          Turkish ID number: 28471039562
Protocol (hospital) no.: 2019/448712          Date of birth: 02.02.1938          Sex: female
Address: Bahçelievler Mah. 7. Cadde No: 41/6, Çankaya, Ankara
Admitted: 10.10.2019          Discharged: 24.10.2019
Responsible doctor: Research Assistant Dr Yusuf Demir          Faculty member: Prof. Dr. Meltem Arıoğlu

Diagnoses: hypoactive delirium; urinary tract infection (E. coli); Alzheimer's disease (moderate); hyponatraemia (Na 124 mmol/L).
Course: Mrs Hatice presented with fever and confusion. Ceftriaxone 1 g/day was given for 7 days. Sodium rose from 124 to 136 mmol/L with fluid restriction. The delirium resolved on day 6. Quetiapine was not used.
Discharge medication: donepezil 5 mg/day, calcium + vitamin D.
The patient's daughter, Ayşe Korkmaz, was informed and falls precautions were explained.

Translated by Dr Yusuf Demir; checked by Selin Aydın, sworn translator (yeminli tercüman), Ankara.
""",
ids=[("Hatice YILDIRIM", "P"), ("28471039562", "O"), ("2019/448712", "H"),
     ("Bahçelievler Mah. 7. Cadde No: 41/6, Çankaya, Ankara", "A"), ("Hatice Hanım", "P"), ("Ayşe Korkmaz", "R"),
     ("Hatice", "P")],
keep=["Dr. Yusuf Demir", "Dr Yusuf Demir", "Prof. Dr. Meltem Arıoğlu", "02.02.1938", "Kadın", "Alzheimer hastalığı",
      "Alzheimer's disease", "Na 124 mmol/L", "donepezil 5 mg/gün", "Ceftriaxone 1 g/day", "Selin Aydın",
      "HACETTEPE ÜNİVERSİTESİ TIP FAKÜLTESİ HASTANESİ"]),

doc("s51-061", "adult_safeguarding_referral", APPL, """Belfast Health and Social Care Trust - Adult Protection Gateway Service
ADULT SAFEGUARDING REFERRAL (APP1)
Referral ID: ASG-BT-2025-01172          Date: 17/02/2025 15:30

Adult at risk
Name: Mr Ernest GALBRAITH          DOB: 15/08/1944          Sex: M
H&C No: 455 881 2039
Address: 42 Cregagh Park East, Belfast BT6 9LB
Current location: Ward 7D, Royal Victoria Hospital (admitted 14/02/2025)

Person alleged to be causing harm: nephew, Mr Kyle Burrows, lives at the same address
Other people involved: home carer Bernadette Conlon (private agency), who raised concerns with the ward

Nature of concern: financial abuse and neglect
- Mr Galbraith was admitted with a category 3 sacral pressure ulcer, weight 48 kg (BMI 16.1) and dehydration (urea 19.2 mmol/L).
- He told me and the ward sister that his nephew "keeps my pension card" and that he is often left alone without food for the weekend.
- The carer reports that calls have been cancelled by the nephew since December.

Capacity: Mr Galbraith has capacity to make decisions about this referral (assessed by me, 17/02/2025, under the Mental Capacity Act (Northern Ireland) 2016). He consents to the referral but does not want police involvement at present.
Immediate safety: remains in hospital; no visits by the nephew without staff present (his request).
PSNI: informed for advice only, ref CC2025021700345.

Referrer: Dr Yusuf Demir, Specialty Doctor, Care of the Elderly, mobile 07700 900655
Designated Adult Protection Officer allocated: Ms Clodagh Rafferty, Social Work

Verified for portfolio: Dr Orla McCloskey, Consultant Geriatrician and Educational Supervisor
""",
ids=[("ASG-BT-2025-01172", "REF"), ("Ernest GALBRAITH", "P"), ("455 881 2039", "N"),
     ("42 Cregagh Park East, Belfast", "A"), ("BT6 9LB", "PC"), ("Kyle Burrows", "R"), ("Bernadette Conlon", "C"),
     ("Galbraith", "P"), ("CC2025021700345", "REF"), ("07700 900655", "T"), ("Clodagh Rafferty", "C")],
keep=["Dr Yusuf Demir", "Dr Orla McCloskey", "15/08/1944", "Ward 7D", "category 3", "BMI 16.1", "urea 19.2 mmol/L",
      "Mental Capacity Act (Northern Ireland) 2016", "Royal Victoria Hospital"]),

doc("s51-062", "ward_list", APPL, """7D  wed 4/12/24  PTWR - Dr Demir (cons on leave, Dr Magennis covering by phone)

B1  Mrs Pearl KINNEAR 91  HAP improving, abx d5/7, CRP 212->48. D/C planning - SW (Declan) - ?NH placement. Dtr Linda wants call
B2  Mr Hugh AGNEW 87  NSTEMI, medical mx, not for angio (frail, pt's wish). DNACPR in place. H&C 327 560 1184. Trop repeat
B3  Mrs Annie "Nancy" McILWAINE 84  # L pubic rami, mobilising w/ zimmer + 1, physio (Gemma) happy, OT tomorrow
B5  Mr Billy STITT 78  delirium + constipation, 4AT 5 -> 2, phosphate enema given. Son Trevor v angry at visiting - pls speak to him
B6  Mrs Ruby LAVERY 95  EOL, syringe driver midazolam 10mg + morphine 10mg/24h, family staying overnight, chaplain aware
Outlier on 5B: Mrs Dolores KERR 80 - AKI, U&E today, fluids

JOBS
- B2 trop + ECG 14:00
- ring Linda re NH (07700 900716)
- B5 Trevor meeting 16:00 w/ nurse in charge
- TTO for B3 if OT ok
- Mrs Kerr U&E - chase 13:00

YD bleep 2874
""",
ids=[("Magennis", "C"), ("Pearl KINNEAR", "P"), ("Declan", "C"), ("Linda", "R"), ("Hugh AGNEW", "P"),
     ("327 560 1184", "N"), ("Annie", "P"), ("Nancy", "P"), ("McILWAINE", "P"), ("Gemma", "C"), ("Billy STITT", "P"),
     ("Trevor", "R"), ("Ruby LAVERY", "P"), ("Dolores KERR", "P"), ("Kerr", "P"), ("07700 900716", "T"),
     ("2874", "T")],
keep=["Dr Demir", "YD", "4AT 5 -> 2", "midazolam 10mg", "morphine 10mg/24h", "CRP 212->48", "DNACPR"]),

doc("s51-063", "wpba_acat_export", APPL, """JRCPTB ePortfolio - ACAT (Acute Care Assessment Tool)
Trainee: Yusuf Demir (GMC 7566028)
Assessor: Dr Orla McCloskey, Consultant Geriatrician          Assessor GMC: 4061227
Date: 30/01/2025          Setting: post-take ward round, Acute Medical Unit, Royal Victoria Hospital
Number of patients: 14          Form ref: ACAT-7730214

Cases seen (trainee's summary)
1. 88F, "M.O'N.", fall and hyponatraemia (Na 118), SIADH secondary to sertraline - stopped, fluid restriction 1 L.
2. 76M, K.D., COVID-19 pneumonitis, dexamethasone 6 mg, O2 2 L.
3. 81F, "Mrs P.", fast AF with decompensated heart failure, IV furosemide 80 mg BD, digoxin loading.
4. 93M, cellulitis R leg, frailty CFS 7 - ceiling of care ward-based, discussed with daughter.
... 10 further patients (list held on the AMU board).

Assessor comments
Efficient, structured ward round with good prioritisation of the two sickest patients. Excellent delegation to the FY1 (Dr Saoirse Breen) with clear written jobs. Sensitive treatment-escalation conversations. For development: finish the round with a team huddle to check jobs and discharges.
Overall: meets expectations for CCT level.

Signed: Dr Orla McCloskey, 31/01/2025
""",
ids=[("4061227", "G"), ("ACAT-7730214", "REF"), ("M.O'N.", "P"), ("K.D.", "P"), ("Mrs P.", "P"),
     ("Saoirse Breen", "C")],
keep=["Yusuf Demir", "7566028", "Dr Orla McCloskey", "Na 118", "dexamethasone 6 mg", "furosemide 80 mg BD",
      "CFS 7", "88F", "76M", "Acute Medical Unit", "Royal Victoria Hospital"]),

doc("s51-064", "family_meeting_notes", APPL, """Best-interests family meeting - nutrition and hydration
Ward 7D, Royal Victoria Hospital          22/04/2025, 14:00-15:05
Patient: Mr Thomas ("Tommy") CARLIN, 86, advanced vascular dementia, H&C 312 884 0065

Present: Dr Yusuf Demir (chair); Ms Aine Mulgrew (speech and language therapist); Staff Nurse Joanne Hegarty; Mrs Catherine Mallon (daughter); son Sean by phone (07700 900731); Rev. Ivan Crothers (hospital chaplain, at family's request)

Background: Tommy has had three aspiration pneumonias since January. Videofluoroscopy 15/04 showed silent aspiration of thin fluids and of level 5 minced and moist food. He lacks capacity to make decisions about feeding (assessed 16/04 under the Mental Capacity Act (Northern Ireland) 2016). No advance decision; no attorney.

Discussion
- SALT explained the risks of continued oral intake and what a PEG would and would not achieve in advanced dementia (no evidence of longer survival or fewer pneumonias).
- Catherine said her father "always said he never wanted tubes". Sean agreed, after asking about comfort and hunger.
- Options: (a) PEG; (b) risk feeding for comfort with IDDSI level 4 (pureed) and mildly thick fluids (level 2), positioning upright, oral care.

Decision (best interests): no PEG. Risk feeding for comfort, as in (b). Treatment-escalation plan updated: ward-based care, antibiotics for pneumonia if it would relieve symptoms. Family to be called if he deteriorates.

Signed: Y. Demir
Verified: Dr Orla McCloskey, Consultant Geriatrician, 25/04/2025
""",
ids=[("Thomas", "P"), ("Tommy", "P"), ("CARLIN", "P"), ("312 884 0065", "N"), ("Aine Mulgrew", "C"),
     ("Joanne Hegarty", "C"), ("Catherine Mallon", "R"), ("Sean", "R"), ("07700 900731", "T"),
     ("Ivan Crothers", "C"), ("Catherine", "R")],
keep=["Dr Yusuf Demir", "Y. Demir", "Dr Orla McCloskey", "Ward 7D", "IDDSI level 4", "level 2",
      "Mental Capacity Act (Northern Ireland) 2016", "Royal Victoria Hospital"]),

doc("s51-065", "gp_referral_ocr", APPL, """[OCR output - scanned referral letter, 2 pages; original filed in notes]

Ba1lysillan Medical Practice
88 Oldpark Avenue, Be1fast BT14 6GD
Te1: 01632 960844

05/O2/2025

Dr Y. Demir / Memory and Frailty Clinic
Roya1 Victoria Hospita1

Dear Dr Demir,

Re: Mrs Rosaleen O'HARE     D0B: 19/O3/1940     H&C No: 34O 228 1957
Addr: 27 Cliftonvi1le Parade, Belfast BT14 6QW

Thank you for seeing this 84 year old lady whose memory has declined over 18 months. Her daughter (Mrs Bernadette McKenna, tel 07700 9OO 587) says she has left the gas on twice and is getting lost on the way back from the shops. MoCA 17/3O today (educati0n 10 years). B12, folate, TFTs, calcium and glucose normal; CT head not yet done.

She is on amlodipine 5 mg, oxybutynin 5 mg bd (for urge incontinence - I wonder if this is contributing?) and zopiclone 7.5 mg at night. She lives alone; her late husband Desmond died in 2023.

I would be grateful for your assessment and advice about dementia and her ability to live alone safely.

Yours sincerely

Dr Seamus Brad1ey
GP Principal

-- page 2 --
PMH: HTN (2009), OA knees, cataract R (op 2021).
Allergies: penici11in (rash).
""",
ids=[("Ba1lysillan Medical Practice\n88 Oldpark Avenue, Be1fast", "A"), ("BT14 6GD", "PC"), ("01632 960844", "T"),
     ("Rosaleen O'HARE", "P"), ("34O 228 1957", "N"), ("27 Cliftonvi1le Parade, Belfast", "A"), ("BT14 6QW", "PC"),
     ("Bernadette McKenna", "R"), ("07700 9OO 587", "T"), ("Desmond", "R"), ("Seamus Brad1ey", "C")],
keep=["Dr Y. Demir", "Dr Demir", "19/O3/1940", "MoCA 17/3O", "oxybutynin 5 mg bd", "zopiclone 7.5 mg",
      "amlodipine 5 mg", "84 year old lady", "Roya1 Victoria Hospita1", "penici11in"]),
]
