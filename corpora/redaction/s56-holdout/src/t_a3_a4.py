from common import *
AP3 = "Dr Zeynep Aydoğdu"
AP4 = "Dr Njeri Wambui Mwangi"
DOCS = [
doc("s56-t015", "foreign_record_with_translation", AP3,
"""--- ORİJİNAL (Türkçe) ---
T.C. SAĞLIK BAKANLIĞI – Ankara Şehir Hastanesi, Nöroloji Kliniği
EPİKRİZ
Hasta adı soyadı: Mehmet Ali Karabulut      T.C. Kimlik No: 28475019366
Protokol No: 2021/0448391     Doğum tarihi: 14.05.1966   Cinsiyet: Erkek
Adres: Cebeci Mah. Tıp Fakültesi Cad. No: 27/4 Çankaya/Ankara
Yakını: Fatma Karabulut (eşi) – Tel: 0532 418 77 05
Yatış: 03.02.2021   Çıkış: 11.02.2021
Tanı: Akut iskemik inme, sol MCA (NIHSS 14 → 4); IV alteplaz 0,9 mg/kg uygulandı, kapı-iğne süresi 38 dk.
Sorumlu hekim: Dr. Zeynep Aydoğdu       Onaylayan: Prof. Dr. Kemal Özbilgin

--- ENGLISH TRANSLATION (sworn translator, notarised) ---
Republic of Türkiye Ministry of Health – Ankara City Hospital, Neurology Clinic
DISCHARGE SUMMARY
Patient name: Mehmet Ali Karabulut      Turkish ID No: 28475019366
Protocol No: 2021/0448391     Date of birth: 14.05.1966   Sex: Male
Address: Cebeci Neighbourhood, Tıp Fakültesi Street No: 27/4, Çankaya/Ankara
Relative: Fatma Karabulut (wife) – Tel: 0532 418 77 05
Admitted: 03.02.2021   Discharged: 11.02.2021
Diagnosis: acute ischaemic stroke, left MCA (NIHSS 14 → 4); IV alteplase 0.9 mg/kg given, door-to-needle time 38 min.
Responsible physician: Dr Zeynep Aydoğdu       Approved by: Prof. Dr Kemal Özbilgin
Translator's notary record: Yevmiye No 14722
""",
[("Mehmet Ali Karabulut", P), ("28475019366", O), ("2021/0448391", H), ("Cebeci Mah. Tıp Fakültesi Cad. No: 27/4 Çankaya/Ankara", A),
 ("Fatma Karabulut", R), ("0532 418 77 05", PH), ("Cebeci Neighbourhood, Tıp Fakültesi Street No: 27/4, Çankaya/Ankara", A),
 ("Yevmiye No 14722", REF)],
["Dr. Zeynep Aydoğdu", "Dr Zeynep Aydoğdu", "Prof. Dr. Kemal Özbilgin", "Prof. Dr Kemal Özbilgin", "Ankara Şehir Hastanesi",
 "Ankara City Hospital", "14.05.1966", "NIHSS 14 → 4", "IV alteplaz 0,9 mg/kg", "IV alteplase 0.9 mg/kg", "Akut iskemik inme", "38 min"]),

doc("s56-t016", "clinic_letter", AP3,
"""Department of Neurology, Royal Hallamshire Hospital, Sheffield Teaching Hospitals NHS Foundation Trust

FIRST SEIZURE CLINIC                                   Seen: 22/05/2024   Ref: NEU/ZA/51877
To: Dr Harpreet Sandhu, Crookes Valley Surgery (by NHS mail: crookes.valley.admin@nhs.net)

Re: Miss Chloé Varnavides-Hurst   d.o.b. 09/08/2001   NHS 640 118 2295   Hosp no. S0715294
Address on PAS: 3 Whitham Road, Broomhill, Sheffield S10 2SN   mob 07700 900775

Miss Varnavides-Hurst, a 22-year-old final-year pharmacy student at the University of Sheffield, had a
witnessed generalised tonic-clonic seizure in the library on 12/05/2024, described by her flatmate Priya
as stiffening then jerking for 2 minutes with tongue biting (lateral) and post-ictal confusion for 20 minutes.
Two previous early-morning myoclonic jerks. EEG: generalised 4–5 Hz polyspike-and-wave, photoparoxysmal response.
Impression: juvenile myoclonic epilepsy (ILAE 2017 classification).

Plan: lamotrigine titration to 100 mg bd (valproate avoided – MHRA Valproate Pregnancy Prevention Programme);
she must not drive and must inform the DVLA (6 months seizure-free for group 1). Epilepsy nurse Gill
Marchetti will phone her.

Dr Zeynep Aydoğdu, Neurology Clinical Fellow, on behalf of Dr Marcus Oyelaran, Consultant Neurologist
""",
[("NEU/ZA/51877", REF), ("Dr Harpreet Sandhu", C), ("Crookes Valley Surgery", A), ("crookes.valley.admin@nhs.net", E),
 ("Miss Chloé Varnavides-Hurst", P), ("Miss Varnavides-Hurst", P), ("640 118 2295", N), ("S0715294", H),
 ("3 Whitham Road, Broomhill, Sheffield", A), ("S10 2SN", PC), ("07700 900775", PH), ("Priya", R), ("Gill\nMarchetti", C), ("University of Sheffield", A)],
["Dr Zeynep Aydoğdu", "Dr Marcus Oyelaran", "Royal Hallamshire Hospital", "Sheffield Teaching Hospitals NHS Foundation Trust",
 "d.o.b. 09/08/2001", "juvenile myoclonic epilepsy", "ILAE 2017", "lamotrigine", "100 mg bd", "valproate",
 "Valproate Pregnancy Prevention Programme", "4–5 Hz", "22-year-old"]),

doc("s56-t017", "audit_extract_csv", AP3,
"""SSNAP-style thrombolysis audit – local extract (Royal Hallamshire HASU), Q4 2023. Prepared by Z. Aydoğdu
ssnap_id,nhs_number,hosp_no,age,sex,arrival,needle,dtn_min,nihss_in,nihss_24h,sich,mrs_90d
TC9921884,4857203316,S0623771,81,F,2023-10-02 14:07,2023-10-02 14:49,42,17,9,N,3
TC9922015,9011427780,S0811526,67,M,2023-10-09 03:22,2023-10-09 04:31,69,8,2,N,1
TC9922407,7393360142,S0500218,74,M,2023-11-14 11:40,2023-11-14 12:06,26,22,22,Y,6
TC9922731,4410958823,S0977403,55,F,2023-12-01 19:15,2023-12-01 19:52,37,5,0,N,0
# patient 3 (sICH, died day 4) discussed at M&M 09/01/2024 – see reflection
# data owner: Dr M Oyelaran, Stroke audit lead; extract 2024-01-05
""",
[("TC9921884", O), ("4857203316", N), ("S0623771", H), ("TC9922015", O), ("9011427780", N), ("S0811526", H),
 ("TC9922407", O), ("7393360142", N), ("S0500218", H), ("TC9922731", O), ("4410958823", N), ("S0977403", H)],
["Z. Aydoğdu", "Dr M Oyelaran", "Royal Hallamshire", "SSNAP", "nihss_in", "mrs_90d", "2023-10-02 14:07", "sICH"]),

doc("s56-t018", "wpba_cbd", AP3,
"""Case-based Discussion – neurology
Trainee: Dr Zeynep Aydoğdu  (ZA)     Assessor: Dr Marcus Oyelaran (Consultant, educational supervisor)
Date: 16/01/2024     Location: Ward N2, Royal Hallamshire Hospital
Case: 74-year-old man (S0500218) thrombolysed for left MCA stroke, symptomatic ICH at 22 h, died day 4.
Discussion points: tenecteplase vs alteplase, BP targets <180/105, INR checked post-bolus (his GP surgery in
Hillsborough had not updated the warfarin cessation date), communication with wife Brenda and son-in-law Ian Pollitt.
Assessor comments: ZA reflected honestly; good understanding of NICE NG128; next: lead M&M presentation.
Rating: 5/6 (above expected)
""",
[("S0500218", H), ("Hillsborough", A), ("Brenda", R), ("Ian Pollitt", R)],
["Dr Zeynep Aydoğdu", "ZA", "Dr Marcus Oyelaran", "Ward N2, Royal Hallamshire Hospital", "74-year-old man", "tenecteplase", "alteplase",
 "<180/105", "NICE NG128", "5/6", "warfarin"]),

doc("s56-t019", "reflective_entry", AP3,
"""Reflective log – "The man who lost his words"   (Z.A., 3 March 2024)

I met Derek on my second night shift. He is a retired steelworker from Rotherham who still calls everyone "love".
His aphasia after a left MCA infarct left him unable to name his own granddaughter, Kayleigh, who visits every
evening after her shift at Meadowhall. I initially wrote "expressive aphasia" but the speech therapist, Tamsin,
showed me he had a mixed picture with poor comprehension of complex commands.

What I learnt: I relied on the NIHSS language item (score 2) rather than a proper bedside language screen
(the FAST/Frenchay Aphasia Screening Test). I now use FAST routinely and document it.

Derek Ashworth-Lyle, 68, went home with community SLT on 29/02/2024. His wife Maureen sent a card to the ward.
Discussed with my supervisor Dr Oyelaran on 05/03/2024.
""",
[("Derek", P), ("Rotherham", A), ("Kayleigh", R), ("Meadowhall", A), ("Tamsin", C), ("Derek Ashworth-Lyle", P), ("Maureen", R)],
["Z.A.", "Dr Oyelaran", "left MCA infarct", "NIHSS", "Frenchay Aphasia Screening Test", "score 2", "68", "29/02/2024", "expressive aphasia"]),

doc("s56-t020", "handover_sheet", AP3,
"""NEUROLOGY WARD N1/N2 – EVENING HANDOVER  Fri 26/04/2024   Handing over: ZA → Dr Kwabena Asante (night reg)
Bed | Pt            | Hosp no   | Age | Dx / issues                                  | Jobs
N1-3 | PRICE, Gwen   | S0388146  | 84  | Myasthenic crisis, on IVIG day 3/5; FVC 1.6 L | FVC 4-hourly, call ITU (bleep 4471) if <1.0 L
N1-7 | "Big Sam" OKAFOR | S0947715 | 39 | GBS, AMAN variant; EGRIS 5                    | Watch autonomic; wife Chioma staying
N2-2 | Ms L. Tranter | S0612089  | 46  | Status epilepticus resolved; levetiracetam 1.5 g bd | Repeat Na 128 at 22:00
N2-9 | KOWALCZYK, Zbigniew | S0150963 | 71 | ?Creutzfeldt-Jakob; RT-QuIC sent            | Infection control precautions; daughter Ania calls ~20:00 on 07700 900841
Senior cover: Dr M Oyelaran (consultant on call)
""",
[("Dr Kwabena Asante", C), ("PRICE, Gwen", P), ("S0388146", H), ("\"Big Sam\" OKAFOR", P), ("S0947715", H), ("Chioma", R),
 ("Ms L. Tranter", P), ("S0612089", H), ("KOWALCZYK, Zbigniew", P), ("S0150963", H), ("Ania", R), ("07700 900841", PH), ("bleep 4471", PH)],
["ZA", "Dr M Oyelaran", "Myasthenic crisis", "IVIG", "FVC 1.6 L", "GBS, AMAN variant", "EGRIS 5", "levetiracetam 1.5 g bd",
 "Na 128", "Creutzfeldt-Jakob", "RT-QuIC", "N1-3", "FVC 4-hourly"]),

doc("s56-t021", "teaching_feedback", AP3,
"""Teaching session feedback – "Localising the lesion: a bedside approach"   Presenter: Dr Zeynep Aydoğdu
Audience: FY1/FY2 and IMT trainees, Royal Hallamshire Hospital, 07/02/2024, 12 attendees, 11 forms returned
Mean scores (1–5): content 4.7, delivery 4.5, relevance 4.9
Named comments:
 – "Brilliant use of real cases" – Dr Olamide Bankole (FY2)
 – "Would like a handout on dermatomes" – Dr Harry Winstanley (IMT1)
 – "Best teaching of the rotation, especially the Horner's syndrome video" – Dr Aoife Brennan-Moss (FY1)
Free text flagged: one slide showed an MRI with a patient label visible (KELLY-ANNE MARSH S0864420) – presenter removed it the same day.
Feedback collated by the postgraduate centre (pgmc.sheffield@example.ac.uk) and countersigned by Dr M Oyelaran (Clinical Tutor).
""",
[("Dr Olamide Bankole", C), ("Dr Harry Winstanley", C), ("Dr Aoife Brennan-Moss", C), ("KELLY-ANNE MARSH", P), ("S0864420", H),
 ("pgmc.sheffield@example.ac.uk", E)],
["Dr Zeynep Aydoğdu", "Dr M Oyelaran", "Royal Hallamshire Hospital", "Horner's syndrome", "content 4.7", "07/02/2024"]),

# ---------------- A4 paediatric surgery ----------------
doc("s56-t022", "foreign_record_with_translation", AP4,
"""ASILI (Kiswahili)
HOSPITALI YA TAIFA YA KENYATTA – Idara ya Upasuaji wa Watoto
MUHTASARI WA KURUHUSIWA
Jina la mgonjwa: Baraka Otieno Ouma       Umri: miezi 9    Jinsia: Mvulana
Namba ya faili: KNH/PS/2019/08816
Mzazi/mlezi: Mama – Akinyi Ouma, simu 0722 510 394
Makazi: Kibera, kijiji cha Laini Saba, karibu na Shule ya Msingi Olympic
Utambuzi: Intussusception (ileo-colic)
Upasuaji: Laparotomia, upunguzaji wa mkono (manual reduction) tarehe 14/06/2019
Daktari wa upasuaji: Dkt. Njeri Wambui Mwangi    Msimamizi: Prof. Daniel Kiprono Langat

ENGLISH TRANSLATION
KENYATTA NATIONAL HOSPITAL – Department of Paediatric Surgery
DISCHARGE SUMMARY
Patient name: Baraka Otieno Ouma       Age: 9 months    Sex: Boy
File number: KNH/PS/2019/08816
Parent/guardian: Mother – Akinyi Ouma, phone 0722 510 394
Residence: Kibera, Laini Saba village, near Olympic Primary School
Diagnosis: intussusception (ileo-colic)
Operation: laparotomy, manual reduction on 14/06/2019
Surgeon: Dr Njeri Wambui Mwangi    Supervisor: Prof. Daniel Kiprono Langat
""",
[("Baraka Otieno Ouma", P), ("KNH/PS/2019/08816", H), ("Akinyi Ouma", R), ("0722 510 394", PH),
 ("Kibera, kijiji cha Laini Saba, karibu na Shule ya Msingi Olympic", A), ("Kibera, Laini Saba village, near Olympic Primary School", A)],
["Dkt. Njeri Wambui Mwangi", "Dr Njeri Wambui Mwangi", "Prof. Daniel Kiprono Langat", "HOSPITALI YA TAIFA YA KENYATTA",
 "KENYATTA NATIONAL HOSPITAL", "Intussusception (ileo-colic)", "miezi 9", "9 months", "14/06/2019", "manual reduction"]),

doc("s56-t023", "operation_note", AP4,
"""Alder Hey Children's NHS Foundation Trust – Theatre 4 – OPERATION RECORD
Patient label:  ROSCOE-BANKS, Teddy   |  DOB 27/02/2024  |  Male  |  A&E/Unit No: AH1842265  |  NHS 802 553 1946
Date of op: 21/03/2024   Weight 4.1 kg   Corrected GA 42+3
Operating surgeon: Dr N. W. Mwangi (Senior Clinical Fellow) – supervised by Mr Julian Okonkwo-Reid, Consultant Paediatric Surgeon (scrubbed)
Anaesthetist: Dr Saoirse Gallen      Scrub nurse: Precious (band 6)
Procedure: laparoscopic pyloromyotomy (3 ports)
Findings: pylorus 19 mm length, 4.5 mm muscle thickness (USS), olive confirmed; myotomy 2.1 cm, mucosa bulging,
no perforation on air leak test (60 mL).
Pre-op: HCO3 from 34 to 24 mmol/L, Cl 101 after 0.45% NaCl + 5% glucose with KCl 10 mmol/500 mL.
Post-op: feeds per Alder Hey pyloromyotomy protocol; paracetamol 7.5 mg/kg 6-hourly; home when tolerating full feeds.
Teddy's parents (Jade & Marcus) updated in PICU parents' room; their health visitor is Wendy at Bootle Children's Centre.
Signed: NWM 21/03/2024
""",
[("ROSCOE-BANKS, Teddy", P), ("AH1842265", H), ("802 553 1946", N), ("Dr Saoirse Gallen", C), ("Precious", C), ("Teddy", P),
 ("Jade", R), ("Marcus", R), ("Wendy", C), ("Bootle Children's Centre", A)],
["Dr N. W. Mwangi", "NWM", "Mr Julian Okonkwo-Reid", "Alder Hey Children's NHS Foundation Trust", "DOB 27/02/2024",
 "laparoscopic pyloromyotomy", "4.5 mm", "HCO3 from 34 to 24 mmol/L", "paracetamol 7.5 mg/kg", "4.1 kg", "42+3", "60 mL"]),

doc("s56-t024", "discharge_letter_ocr", AP4,
"""A1der Hey Chi1dren's NHS F0undation Trust        DlSCHARGE SUMMARY
Patient : Ayaan Choudhury-Rahman          Unit N0 : AH1577O39
NHS N0 : 7l4 O93 2586         D0B : 05/1O/2018   Sex : M
Address : 22 Rice Lane , Wa1ton , Liverp0o1  L9 lAD
GP : Dr Y. Brannigan , Orre11 Park Medica1 Centre
Admitted : 02/O1/2024     Discharged : O8/01/2024
Diagnosis : perf0rated appendicitis with pe1vic c011ection
Operati0n : 1aparoscopic appendicect0my + washout (Dr N.W. Mwangi / Mr J. 0konkwo-Reid)
Antibiotics : co-amoxic1av IV 5 days then ora1 to comp1ete 7 days
Fo11ow up : surgica1 nurse c1inic 2 weeks . Contact ward K2 on 01632 96O022 ?
Mum ( Nasreen ) aware 0f wound care and red f1ags .
                                   page 1 0f 1
""",
[("Ayaan Choudhury-Rahman", P), ("AH1577O39", H), ("7l4 O93 2586", N), ("22 Rice Lane , Wa1ton , Liverp0o1", A), ("L9 lAD", PC),
 ("Dr Y. Brannigan", C), ("Orre11 Park Medica1 Centre", A), ("01632 96O022", PH), ("Nasreen", R)],
["D0B : 05/1O/2018", "Dr N.W. Mwangi", "Mr J. 0konkwo-Reid", "A1der Hey Chi1dren's NHS F0undation Trust", "perf0rated appendicitis",
 "co-amoxic1av IV 5 days", "ward K2"]),

doc("s56-t025", "safeguarding_referral", AP4,
"""MULTI-AGENCY REFERRAL FORM (MARF) – Liverpool Children's Services         LCS referral no: MASH-24-031775
Referrer: Dr Njeri Wambui Mwangi, Paediatric Surgery, Alder Hey      Contact via switchboard 01632 960000 ext 3318
Date: 11/04/2024   Police informed: yes – Merseyside Police log 0412 of 11/04/2024, crime ref MP/24/117093

Child: Lacey-Mae Tomlinson (known as "Lace")   DOB 18/06/2022 (21 months)   Female
Unit no AH1903321 • NHS 919 446 0072
Home: 61 Stanley Park Avenue South, Liverpool L4 7XF (lives with mother and mother's partner)
Mother: Kerry Tomlinson, 24, mob 07700 900406
Mother's partner: Dean "Deano" Fairclough, 29 – not the biological father
Biological father: Callum Pritchard (no contact, HMP Altcourse)
Nursery: Little Acorns Day Nursery, County Road, Walton – key worker Michelle

Concern: admitted with a right femoral spiral fracture; history (fell from sofa) inconsistent with injury and
developmental stage (not yet cruising). Skeletal survey: healing posterior rib fractures 6th–8th left.
Bruising to pinnae bilaterally (TEN-4-FACESp positive). Discussed with Dr Ruth Ainsworth, named doctor
for safeguarding, who agreed the referral.
""",
[("MASH-24-031775", REF), ("01632 960000 ext 3318", PH), ("0412 of 11/04/2024", REF), ("MP/24/117093", REF), ("Lacey-Mae Tomlinson", P),
 ("\"Lace\"", P), ("AH1903321", H), ("919 446 0072", N), ("61 Stanley Park Avenue South, Liverpool", A), ("L4 7XF", PC),
 ("Kerry Tomlinson", R), ("07700 900406", PH), ("Dean \"Deano\" Fairclough", R), ("Callum Pritchard", R), ("HMP Altcourse", A),
 ("Little Acorns Day Nursery, County Road, Walton", A), ("Michelle", C)],
["Dr Njeri Wambui Mwangi", "Alder Hey", "Dr Ruth Ainsworth", "DOB 18/06/2022 (21 months)", "Female", "right femoral spiral fracture",
 "posterior rib fractures 6th–8th left", "TEN-4-FACESp", "Liverpool Children's Services"]),

doc("s56-t026", "logbook_table", AP4,
"""Paediatric surgery logbook extract — Dr N.W. Mwangi — verified by Mr J. Okonkwo-Reid (Educational Supervisor)
Date       | Site                     | Pt ID            | Age    | Procedure                              | Level
2018-11-02 | Kenyatta National Hosp.  | KNH/PS/2018/11402| 2 d    | Anorectal malformation – divided colostomy | P
2019-02-19 | Kenyatta National Hosp.  | KNH/PS/2019/01733| 3 y    | Wilms' tumour – left nephroureterectomy | A
2019-06-14 | Kenyatta National Hosp.  | KNH/PS/2019/08816| 9 m    | Intussusception – manual reduction      | P
2020-08-27 | Gertrude's Children's H. | GCH-0045519      | 6 y    | Hypospadias repair (TIP)                | S
2023-09-12 | Alder Hey                | AH1720458        | 11 y   | Lap. appendicectomy                     | P
2024-03-21 | Alder Hey                | AH1842265        | 3 w    | Lap. pyloromyotomy                      | P
2024-04-02 | Alder Hey                | AH1866071        | 1 d    | Gastroschisis – silo + staged closure   | A
Levels: P performed independently, S supervised, A assisted
""",
[("KNH/PS/2018/11402", H), ("KNH/PS/2019/01733", H), ("KNH/PS/2019/08816", H), ("GCH-0045519", H), ("AH1720458", H), ("AH1842265", H), ("AH1866071", H)],
["Dr N.W. Mwangi", "Mr J. Okonkwo-Reid", "Kenyatta National Hosp.", "Gertrude's Children's H.", "Alder Hey", "Wilms' tumour",
 "Hypospadias repair (TIP)", "Gastroschisis", "Anorectal malformation"]),

doc("s56-t027", "wpba_dops", AP4,
"""DOPS — PICC / central venous access in an infant     Trainee: Njeri Mwangi   Assessor: Mr Julian Okonkwo-Reid (GMC 4128870)
Date 30/04/2024  — Location: NICU, Liverpool Women's Hospital (outreach)
Patient: 5-day-old, 2.3 kg, TPN required after ileal atresia repair. Label on form: BABY OF SIOBHAN KEANE, LWH 7730581.
Steps observed: consent from mother (Siobhan) and father (Tadhg), aseptic technique, USS-guided 24G 1.9 Fr line via
right basilic vein, tip confirmed at T8/9 junction on X-ray.
Competence: performed independently – meets standard.
Assessor: J. Okonkwo-Reid   Countersigned by neonatal nurse Keeley Barnes (not an assessor)
""",
[("GMC 4128870", G), ("BABY OF SIOBHAN KEANE", P), ("LWH 7730581", H), ("Siobhan", R), ("Tadhg", R), ("Keeley Barnes", C)],
["Njeri Mwangi", "Mr Julian Okonkwo-Reid", "J. Okonkwo-Reid", "Liverpool Women's Hospital", "ileal atresia", "24G 1.9 Fr", "T8/9",
 "2.3 kg", "5-day-old", "30/04/2024"]),

doc("s56-t028", "mdt_list", AP4,
"""NEONATAL SURGERY MDT — Wednesday 08/05/2024 08:00, Seminar Room 2, Alder Hey       Chair: Mr J Okonkwo-Reid
Coordinator: Liz (ext 4402)        Minutes: Dr N W Mwangi
1. Baby Girl HENDERSON-QUAYE (twin 2) — AH1871142 — 28+5 wk, NEC Bell stage IIIb, laparotomy 05/05: 12 cm jejunum resected. Plan: stoma care, parents Ama & Kofi counselled re short gut.
2. Oliver Pennington — AH1869050 — CDH left, ECMO day 3, Dr Gunnarsdottir (ECMO) to update
3. "Baby Z" (name not yet registered, mother Zara Iqbal, LWH 7735120) — oesophageal atresia with distal TOF, gap 2.5 vertebrae — primary repair planned Friday.
4. Evie-Rose Dunleavy — AH1858832 — Hirschsprung's, rectal biopsy: absent ganglion cells — Swenson pull-through at 3 months
Actions: NWM to write to GP for item 4 (Dr P. Sarkar, Anfield Health Village).
""",
[("Liz", C), ("ext 4402", PH), ("Baby Girl HENDERSON-QUAYE", P), ("AH1871142", H), ("Ama", R), ("Kofi", R), ("Oliver Pennington", P),
 ("AH1869050", H), ("Dr Gunnarsdottir", C), ("\"Baby Z\"", P), ("Zara Iqbal", R), ("LWH 7735120", H), ("Evie-Rose Dunleavy", P),
 ("AH1858832", H), ("Dr P. Sarkar", C), ("Anfield Health Village", A)],
["Mr J Okonkwo-Reid", "Dr N W Mwangi", "NWM", "Alder Hey", "NEC Bell stage IIIb", "12 cm jejunum", "CDH left", "ECMO day 3",
 "oesophageal atresia with distal TOF", "Hirschsprung's", "Swenson pull-through", "28+5 wk"]),
]
