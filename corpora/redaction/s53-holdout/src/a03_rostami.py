from common import *

APPLICANT = "Dr Farhad Rostami"

DOCS = [
dict(id="ho-017", kind="translated_discharge_summary", text="""[ORIGINAL - Persian]
مرکز طبی کودکان - دانشگاه علوم پزشکی تهران
بخش اورژانس کودکان
خلاصه پرونده ترخیص

نام بیمار: آرین کاظمی‌نژاد        سن: ۴ سال        جنس: پسر
شماره پرونده: ۸۴۳۲۱۷
کد ملی: ۰۰۷۳۴۵۲۸۹۱
نام پدر: مهدی
نشانی: تهران، خیابان نسترن، کوچه ۱۲، پلاک ۷
تاریخ پذیرش: ۱۴۰۱/۰۸/۱۲        تاریخ ترخیص: ۱۴۰۱/۰۸/۱۵

تشخیص: حمله شدید آسم (status asthmaticus)
درمان: سالبوتامول نبولایزر، ایپراتروپیوم، سولفات منیزیم ۴۰ میلی‌گرم بر کیلوگرم وریدی، پردنیزولون ۱ میلی‌گرم بر کیلوگرم
پزشک معالج: دکتر فرهاد رستمی، دستیار ارشد طب اورژانس کودکان
تأیید: دکتر مریم صدری‌نیا، استاد طب اورژانس کودکان

[CERTIFIED ENGLISH TRANSLATION]
Children's Medical Center - Tehran University of Medical Sciences
Paediatric Emergency Department
Discharge summary

Patient name: Arian Kazeminezhad      Age: 4 years      Sex: male
File number: 843217
National ID code: 0073452891
Father's name: Mehdi
Address: Tehran, Nastaran Street, Alley 12, No. 7
Date of admission: 1401/08/12 (03/11/2022)      Date of discharge: 1401/08/15 (06/11/2022)

Diagnosis: severe acute asthma (status asthmaticus)
Treatment: nebulised salbutamol, ipratropium, IV magnesium sulphate 40 mg/kg, prednisolone 1 mg/kg
Treating doctor: Dr Farhad Rostami, chief resident in paediatric emergency medicine
Approved: Dr Maryam Sadrinia, Professor of Paediatric Emergency Medicine

I certify that this is a true and accurate translation of the original Persian document.
Shirin Ghaffari, DPSI, CIOL membership no. 58821, 14/05/2024
""",
identifiers=[("آرین کاظمی‌نژاد", PN), ("۸۴۳۲۱۷", HN), ("۰۰۷۳۴۵۲۸۹۱", OID), ("مهدی", RN), ("تهران، خیابان نسترن، کوچه ۱۲، پلاک ۷", AD),
             ("Arian Kazeminezhad", PN), ("843217", HN), ("0073452891", OID), ("Mehdi", RN),
             ("Tehran, Nastaran Street, Alley 12, No. 7", AD), ("58821", REF)],
keep=["مرکز طبی کودکان", "دانشگاه علوم پزشکی تهران", "۴ سال", "پسر", "۱۴۰۱/۰۸/۱۲", "دکتر فرهاد رستمی", "دکتر مریم صدری‌نیا",
      "Children's Medical Center", "Tehran University of Medical Sciences", "4 years", "male", "03/11/2022", "status asthmaticus",
      "magnesium sulphate 40 mg/kg", "prednisolone 1 mg/kg", "Dr Farhad Rostami", "Dr Maryam Sadrinia", "Shirin Ghaffari"]),

dict(id="ho-018", kind="translated_resuscitation_log", text="""[ORIGINAL - Persian]
دفتر ثبت احیای کودکان - اورژانس مرکز طبی کودکان - نیمه دوم ۱۴۰۰
ردیف | تاریخ | شماره پرونده | نام بیمار | سن | اقدام | نقش دکتر رستمی
۱ | ۱۴۰۰/۰۷/۰۳ | ۷۹۱۰۴۴ | نیما فرهادپور | ۸ ماه | لوله‌گذاری داخل تراشه | رهبر تیم
۲ | ۱۴۰۰/۰۸/۲۱ | ۸۰۲۶۵۱ | ستاره قلی‌زاده | ۶ سال | گذاشتن سوزن داخل استخوانی | انجام‌دهنده
۳ | ۱۴۰۰/۰۹/۱۱ | ۸۰۹۹۳۰ | محمدرضا یگانه | ۲ سال | احیای قلبی ریوی، شوک الکتریکی ۴ ژول بر کیلوگرم | رهبر تیم
مهر و امضا: دکتر مریم صدری‌نیا

[CERTIFIED ENGLISH TRANSLATION]
Paediatric resuscitation register - Emergency Department, Children's Medical Center - second half of 1400 (2021)
No | Date | File no | Patient name | Age | Procedure | Role of Dr Rostami
1 | 1400/07/03 (25/09/2021) | 791044 | Nima Farhadpour | 8 months | endotracheal intubation | team leader
2 | 1400/08/21 (12/11/2021) | 802651 | Setareh Gholizadeh | 6 years | intraosseous needle insertion | performed
3 | 1400/09/11 (02/12/2021) | 809930 | Mohammadreza Yeganeh | 2 years | CPR, defibrillation 4 J/kg | team leader
Stamp and signature: Dr Maryam Sadrinia

Translated by Shirin Ghaffari (CIOL 58821). Translator's note: the patient names have been left as in the register; the applicant was advised to redact them.
""",
identifiers=[("۷۹۱۰۴۴", HN), ("نیما فرهادپور", PN), ("۸۰۲۶۵۱", HN), ("ستاره قلی‌زاده", PN), ("۸۰۹۹۳۰", HN), ("محمدرضا یگانه", PN),
             ("791044", HN), ("Nima Farhadpour", PN), ("802651", HN), ("Setareh Gholizadeh", PN), ("809930", HN),
             ("Mohammadreza Yeganeh", PN), ("58821", REF)],
keep=["دکتر رستمی", "دکتر مریم صدری‌نیا", "۸ ماه", "Dr Rostami", "Dr Maryam Sadrinia", "8 months", "endotracheal intubation",
      "4 J/kg", "25/09/2021", "Children's Medical Center", "Shirin Ghaffari"]),

dict(id="ho-019", kind="handover_sheet", text="""rmch ed - paeds handover - night 08/03/25 -> day   (FR in charge overnight)
resus
 r1  - kayden mcloughlin-burke 3y  nhs 4863390127  RM fsn 0733921  - febrile convulsion 2nd in 24h, now GCS 15, LP not done (plt 48?) - repeat FBC 08:00, on cefotaxime 50 mg/kg
 r2  - empty
majors (cubicles)
 c4  - zara o'flynn 11y  0741176  DKA pH 7.08, on 0.05 u/kg/h insulin, fluids per BSPED 2021, K 3.9. mum (ashley) staying
 c6  - teddy ansah 14m  0760248  bronchiolitis, HFNC 2 l/kg/min, sats 94. ?PICU if FiO2 >0.5
 c9  - "smudge" (real name: isla-rae pennock) 9y  0729855  #supracondylar gartland III, ortho aware (reg: jaycee), NBM from 03:00
safeguarding
 c11 - 5m infant, bruising ear + torso (TEN-4-FACESp +ve). skeletal survey today. social worker on call 0161 496 0281, ref SG/MCR/25/4417. police aware (PC Dunmore)
outstanding: bloods c4 04:00 gas, c6 resp r/v 07:00
fr
""",
identifiers=[("kayden mcloughlin-burke", PN), ("4863390127", NHS), ("0733921", HN), ("zara o'flynn", PN), ("0741176", HN),
             ("ashley", RN), ("teddy ansah", PN), ("0760248", HN), ("smudge", PN), ("isla-rae pennock", PN), ("0729855", HN),
             ("jaycee", CN), ("0161 496 0281", PH), ("SG/MCR/25/4417", REF), ("PC Dunmore", CN)],
keep=["rmch ed", "08/03/25", "FR", "3y", "GCS 15", "plt 48", "cefotaxime 50 mg/kg", "DKA pH 7.08", "0.05 u/kg/h",
      "BSPED 2021", "K 3.9", "HFNC 2 l/kg/min", "FiO2 >0.5", "gartland III", "TEN-4-FACESp", "r1", "c4"]),

dict(id="ho-020", kind="ambulance_log", text="""NWAS PRE-ALERT LOG - Royal Manchester Children's Hospital ED - red phone
Taken by: Dr F. Rostami (PEM consultant on shift)

Time  | CAD no       | Crew call sign | Pt                 | Age/sex | ATMIST summary                                   | ETA  | Bay
14:02 | MW-250412-0881 | Delta 41     | Leo Waterhouse     | 6 M     | M: pedestrian v car 30 mph; I: ?pelvis, GCS 13; S: HR 148, BP 88/52 | 14:20 | Resus 1
14:37 | MW-250412-0917 | HEMS 72      | unknown infant ("baby Alfie") | 9 m M | M: ?NAI, apnoeic episodes; I: bulging fontanelle | 14:55 | Resus 2
15:10 | MW-250412-0964 | Sierra 22    | Precious Nwachukwu-Hale | 15 F | M: OD paracetamol 16 g 4h ago; S: GCS 15, obs stable | 15:30 | Majors 3

Calls from paramedic Gethin Arkwright (Delta 41) and critical care paramedic Liv Sunderland (HEMS 72).
Trauma team activated 14:03 per MTC paediatric criteria. Pre-alert form scanned to ED shared drive 12/04/2025.
""",
identifiers=[("MW-250412-0881", REF), ("Leo Waterhouse", PN), ("MW-250412-0917", REF), ("baby Alfie", PN), ("MW-250412-0964", REF),
             ("Precious Nwachukwu-Hale", PN), ("Gethin Arkwright", CN), ("Liv Sunderland", CN)],
keep=["Royal Manchester Children's Hospital", "Dr F. Rostami", "ATMIST", "GCS 13", "HR 148", "BP 88/52", "paracetamol 16 g",
      "Resus 1", "Majors 3", "12/04/2025", "Delta 41", "HEMS 72"]),

dict(id="ho-021", kind="safeguarding_referral", text="""MULTI-AGENCY REFERRAL FORM (MARF) - Manchester Children's Services
Referrer: Dr Farhad Rostami, Consultant (locum) Paediatric Emergency Medicine, RMCH ED, bleep 4471
Date of referral: 27/02/2025   Time: 23:40
MASH reference: MASH-25-006712      Police log: 2502-27-1938      Hospital no: 0752206

Child: Mason Greaves (known as "Mace")   DOB: 14/08/2020   Gender: male
Address: Flat 6, Kestrel House, Brookway Drive, Wythenshawe, Manchester M22 5QR
School: Benchill Primary (Year 1)
Parent/carer: Kerry-Ann Greaves (mother) 07700 900547; mother's partner Dean Sowerby (not father)

Concern: 4-year-old brought at 22:10 by mother with scald to both feet and buttocks in glove-and-stocking distribution, ~6% TBSA, sharp tide-marks, no splash marks. History of "getting into the bath himself", changed once. Presentation 9 hours after injury. Sibling Kaiden (2y) at home with Mr Sowerby.

Action: admitted to Ward 84 (burns), skeletal survey and CP-IS check; strategy meeting requested. Discussed with named nurse for safeguarding, Bernice Oduya.
Signed: F. Rostami
""",
identifiers=[("bleep 4471", PH), ("MASH-25-006712", REF), ("2502-27-1938", REF), ("0752206", HN), ("Mason Greaves", PN), ("Mace", PN),
             ("Flat 6, Kestrel House, Brookway Drive, Wythenshawe, Manchester", AD), ("M22 5QR", PC), ("Benchill Primary", AD),
             ("Kerry-Ann Greaves", RN), ("07700 900547", PH), ("Dean Sowerby", RN), ("Kaiden", RN), ("Mr Sowerby", RN),
             ("Bernice Oduya", CN)],
keep=["Dr Farhad Rostami", "F. Rostami", "RMCH ED", "27/02/2025", "14/08/2020", "male", "4-year-old", "~6% TBSA", "Ward 84 (burns)",
      "CP-IS", "glove-and-stocking distribution", "9 hours"]),

dict(id="ho-022", kind="wpba_cbd", text="""Kaizen - Case-based Discussion (CbD) - exported 19/03/2025 16:12
Subject: Dr Farhad Rostami  |  GMC: 7655102  |  Post: Locum Consultant PEM, Royal Manchester Children's Hospital
Assessor: Dr Helen Ashcroft-Young, Consultant in Paediatric Emergency Medicine, GMC 4902331 (verified)
Date of event: 11/03/2025

Case: 7-week-old boy (unit no 0761930), fever 38.4, lethargy. Managed per NICE NG143 (high risk, <3 months): FBC, CRP 87, blood culture, urine (catheter specimen), LP, IV cefotaxime 50 mg/kg + amoxicillin. CSF: WCC 340, protein 1.4 g/L. Diagnosis bacterial meningitis, GBS on culture. Discussed with PICU (Dr Omondi-Ferris) re fluids; no dexamethasone given (<3 months).

Discussion points: Lumbar puncture before antibiotics vs delay; explaining to parents (names on original request: Jake and Sophie Trevelyan); notifying UKHSA; hearing test follow-up.
Judgement: Level 4 of 4 - entrustable without supervision.
Action: teach ED registrars on febrile infant pathway (see teaching log).
Link: https://kaizen.example.org/activities/5f3c9a21-77be-4c0a
""",
identifiers=[("GMC 4902331", GMC), ("0761930", HN), ("Dr Omondi-Ferris", CN), ("Jake and Sophie Trevelyan", RN),
             ("https://kaizen.example.org/activities/5f3c9a21-77be-4c0a", URL)],
keep=["Dr Farhad Rostami", "7655102", "Royal Manchester Children's Hospital", "Dr Helen Ashcroft-Young", "11/03/2025",
      "7-week-old boy", "fever 38.4", "NICE NG143", "CRP 87", "cefotaxime 50 mg/kg", "WCC 340", "protein 1.4 g/L", "GBS",
      "UKHSA", "Level 4 of 4", "19/03/2025"]),

dict(id="ho-023", kind="teaching_feedback", text="""In-situ simulation - "The collapsing neonate" - RMCH ED resus - 20/01/2025
Faculty lead: Dr F. Rostami   Co-faculty: Dr H. Ashcroft-Young (sign-off)
Participants (8): Dr Rhiannon Obi (ST4), Dr Marek Zielonka (ST2), Dr Tamsin Lyle (FY2), Staff Nurse Chidi Ugwu, Staff Nurse Poppy Greenhalgh, ACP Yusuf Dar, HCA Lorna Bibby, ODP Kasia Wrobel

Scenario: 10-day-old, grey and mottled, duct-dependent lesion (coarctation). Prostaglandin (alprostadil 10 ng/kg/min) started at 9 min.

Feedback (Likert 1-5, n=8):
Relevance to my practice ............. 4.9
Facilitator created a safe environment 5.0
Debrief quality (PEARLS) ............. 4.8
Free text:
- "Dr Rostami's debrief was calm and really practical - loved the cognitive aid for prostin dosing" (Tamsin Lyle)
- "Would like more on the hypoglycaemia part"
- "Best sim I have done. Felt safe to make mistakes." - ST4
Latent safety threats: alprostadil not in resus fridge (escalated to pharmacy, Datix W-RM-25-00613).
""",
identifiers=[("Dr Rhiannon Obi", CN), ("Dr Marek Zielonka", CN), ("Dr Tamsin Lyle", CN), ("Tamsin Lyle", CN), ("Chidi Ugwu", CN),
             ("Poppy Greenhalgh", CN), ("Yusuf Dar", CN), ("Lorna Bibby", CN), ("Kasia Wrobel", CN), ("W-RM-25-00613", REF)],
keep=["Dr F. Rostami", "Dr H. Ashcroft-Young", "Dr Rostami", "20/01/2025", "10-day-old", "alprostadil 10 ng/kg/min", "PEARLS",
      "4.9", "RMCH ED"]),
]
