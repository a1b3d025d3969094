from common import *
DOCS = []

DOCS.append(D("s57-001", "clinic_letter", A1,
"""University Hospitals of Derby and Burton NHS Foundation Trust
Royal Derby Hospital - Department of Gastroenterology
Direct line: 01632 960412   Fax: 01632 960413

Our ref: GI/KHM/22-1187
Clinic date: 14/09/2022   Typed: 16/09/2022

Dr Eleanor Whitcombe
Brookfield Medical Practice
12 Station Approach, Belper DE56 1AX

Dear Dr Whitcombe,

Re: Mr Gareth Llewellyn Pryce   DOB 03/07/1988   NHS No. 462 881 0935   Hosp No. RTG0481126
    41 Chapel Street, Duffield, Belper DE56 4EQ

Diagnosis: Ulcerative colitis, extensive (E3), Mayo endoscopic score 2
Current medication: mesalazine 4.8 g daily, azathioprine 125 mg daily

I reviewed Gareth in the IBD clinic today with his wife Carys, who has been worried about his
weight loss. He reports 5-6 loose stools a day with blood, and nocturnal urgency. Faecal
calprotectin was 1,140 ug/g. Haemoglobin 112 g/L, CRP 38 mg/L, albumin 31 g/L.

He works as a signalman at Derby Midland signal box and is finding the shifts difficult.
TPMT activity was normal. I have discussed escalation to vedolizumab and he would like time to
think. We will repeat flexible sigmoidoscopy in 6 weeks.

Mr Pryce can contact the IBD nurses (Sister Hollie Brannigan) on 01632 960419.

Yours sincerely,

Dr Karim Hassan Mansour
Specialty Doctor in Gastroenterology, GMC 7654321
cc: Mr G. Pryce (patient)
""",
[("GI/KHM/22-1187","REFERENCE_NUMBER"),("01632 960412","PHONE"),("01632 960413","PHONE"),("Eleanor Whitcombe","COLLEAGUE_NAME"),("Whitcombe","COLLEAGUE_NAME"),
 ("Brookfield Medical Practice","ADDRESS"),("12 Station Approach, Belper","ADDRESS"),("DE56 1AX","POSTCODE"),
 ("Gareth Llewellyn Pryce","PATIENT_NAME"),("462 881 0935","NHS_NUMBER"),("RTG0481126","HOSPITAL_NUMBER"),
 ("41 Chapel Street, Duffield, Belper","ADDRESS"),("DE56 4EQ","POSTCODE"),("Gareth","PATIENT_NAME"),("Carys","RELATIVE_NAME"),
 ("signalman at Derby Midland signal box","ADDRESS"),("Hollie Brannigan","COLLEAGUE_NAME"),("01632 960419","PHONE"),("Pryce","PATIENT_NAME"),("G. Pryce","PATIENT_NAME")],
["Dr Karim Hassan Mansour","GMC 7654321","Royal Derby Hospital","University Hospitals of Derby and Burton NHS Foundation Trust",
 "DOB 03/07/1988","Ulcerative colitis, extensive (E3)","Mayo endoscopic score 2","mesalazine 4.8 g daily","azathioprine 125 mg daily",
 "1,140 ug/g","CRP 38 mg/L","vedolizumab","TPMT","14/09/2022"]))

DOCS.append(D("s57-002", "procedure_note", A1,
"""ENDOSCOPY REPORT  (Unisoft GI)            Royal Derby Hospital Endoscopy Unit, Room 3
Patient: HOLLOWAY, Denise Margaret     F     DOB: 22/11/1956
MRN: RTG0299187    NHS: 7013349821    Ward: 302 (Gastro), bed 14
Endoscopist: Dr K H Mansour    Assistant: SN Precious Moyo
Procedure: OGD + variceal band ligation        Date: 05/03/2023 02:40 (out of hours)
Indication: haematemesis, known alcohol-related cirrhosis Child-Pugh B8, MELD 17, Glasgow-Blatchford 13
Sedation: none - airway protected, GA by Dr Ifeoma Nwachukwu (anaesthetics)
Pre-procedure: terlipressin 2 mg IV, ceftriaxone 1 g IV, 2 units RBC

Findings:
 - Oesophagus: 4 columns of grade III varices, red wale signs, fresh clot on one column at 32 cm.
 - Stomach: portal hypertensive gastropathy, no gastric varices (GOV1 absent).
 - Duodenum: normal to D2.
Therapy: 6 bands applied (Saeed 6-shooter). Haemostasis achieved.
Plan: terlipressin 5 days, PPI, lactulose, band review 2 weeks. Next of kin (son, Liam Holloway,
07700 900318) updated by phone at 03:25.
Report authorised: Dr K H Mansour 05/03/2023 03:31
""",
[("HOLLOWAY, Denise Margaret","PATIENT_NAME"),("RTG0299187","HOSPITAL_NUMBER"),("7013349821","NHS_NUMBER"),("Precious Moyo","COLLEAGUE_NAME"),
 ("Ifeoma Nwachukwu","COLLEAGUE_NAME"),("Liam Holloway","RELATIVE_NAME"),("07700 900318","PHONE")],
["Dr K H Mansour","DOB: 22/11/1956","Child-Pugh B8","MELD 17","Glasgow-Blatchford 13","terlipressin 2 mg IV","ceftriaxone 1 g IV",
 "grade III varices","portal hypertensive gastropathy","6 bands applied","Ward: 302 (Gastro), bed 14","Royal Derby Hospital Endoscopy Unit"]))

DOCS.append(D("s57-003", "wpba_dops", A1,
"""JRCPTB ePortfolio - Direct Observation of Procedural Skills (DOPS) - Colonoscopy
Trainee: Karim Mansour (GMC 7654321)                  Form ID: 88213407
Assessor: Dr Rebecca Thornhill, Consultant Gastroenterologist (GMC 4417720)
Assessor e-mail: rebecca.thornhill1@nhs.net
Date of assessment: 19/01/2023     Setting: Royal Derby Hospital, elective list

Case summary (anonymise!): 71 y/o male, Mr D.F., bed 6 day-case, FIT 146 ug/g, iron deficiency
anaemia. Caecal intubation with ileal intubation at 11 min, withdrawal 9 min. 12 mm pedunculated
polyp in sigmoid removed by hot snare, clip x2. Boston Bowel Preparation Scale 7 (2-2-3).
Histology lab no. H23-004417 to be chased.

Competency ratings (1-6): consent 5 | pre-procedure preparation 5 | insertion 5 | loop management 4 |
lesion recognition 5 | therapeutic 5 | communication with patient 6 | post-procedure management 5
Overall: Competent to perform the procedure unsupervised

Assessor comments: Karim demonstrated calm scope handling and good use of position change. KM to
work on torque steering through a fixed sigmoid.
Trainee reflection: I spoke to Denis's daughter afterwards as he asked me to.

Signed electronically: Dr Rebecca Thornhill   20/01/2023
""",
[("GMC 4417720","GMC_NUMBER"),("rebecca.thornhill1@nhs.net","EMAIL"),("88213407","REFERENCE_NUMBER"),("D.F.","PATIENT_NAME"),("H23-004417","OTHER_ID"),("Denis","PATIENT_NAME")],
["Karim Mansour","GMC 7654321","Dr Rebecca Thornhill","KM","71 y/o male","FIT 146 ug/g","Boston Bowel Preparation Scale 7 (2-2-3)","12 mm pedunculated","hot snare","19/01/2023"]))

DOCS.append(D("s57-004", "certificate_of_experience_original_ar", A1,
"""جامعة عين شمس - كلية الطب
مستشفيات جامعة عين شمس - قسم الباطنة العامة ووحدة الجهاز الهضمي والكبد
رقم الصادر: ع ش/ب/٢٠٢١/٣٣٨٧

شهادة خبرة

تشهد إدارة مستشفيات جامعة عين شمس بأن الدكتور/ كريم حسن منصور قد عمل بوظيفة مدرس مساعد
بقسم الباطنة العامة - وحدة الجهاز الهضمي والكبد في الفترة من ٠١/١٠/٢٠١٥ حتى ٣٠/٠٩/٢٠٢٠.

وخلال هذه الفترة قام بإجراء ما يزيد عن ١٢٠٠ منظار علوي و٤٥٠ منظار قولون، وشارك في علاج
نزيف الدوالي بالربط. ومن الحالات التي تابعها المريض/ محمود عبد الفتاح السيد (ملف رقم ٧٧٤٥١/٢٠١٨)
المقيم في ١٤ شارع الخليفة المأمون، مصر الجديدة، القاهرة.

وقد أعطيت له هذه الشهادة بناءً على طلبه دون أدنى مسؤولية على المستشفى.

رئيس القسم: أ.د. سامية فؤاد الشربيني
تليفون القسم: ٠٢٢٤٨٢٣٩٥٥
""",
[("ع ش/ب/٢٠٢١/٣٣٨٧","REFERENCE_NUMBER"),("محمود عبد الفتاح السيد","PATIENT_NAME"),("٧٧٤٥١/٢٠١٨","HOSPITAL_NUMBER"),
 ("١٤ شارع الخليفة المأمون، مصر الجديدة، القاهرة","ADDRESS"),("٠٢٢٤٨٢٣٩٥٥","PHONE")],
["كريم حسن منصور","مستشفيات جامعة عين شمس","أ.د. سامية فؤاد الشربيني","١٢٠٠ منظار علوي","٤٥٠ منظار قولون","٠١/١٠/٢٠١٥"]))

DOCS.append(D("s57-005", "certificate_of_experience_translation", A1,
"""CERTIFIED ENGLISH TRANSLATION (from Arabic)
Ain Shams University - Faculty of Medicine
Ain Shams University Hospitals - Department of Internal Medicine, Gastroenterology and Hepatology Unit
Outgoing ref.: AS/IM/2021/3387

CERTIFICATE OF EXPERIENCE

The administration of Ain Shams University Hospitals certifies that Dr Karim Hassan Mansour worked as
Assistant Lecturer in the Department of Internal Medicine - Gastroenterology and Hepatology Unit from
01/10/2015 to 30/09/2020.

During this period he performed more than 1,200 upper GI endoscopies and 450 colonoscopies, and took
part in the treatment of variceal bleeding by band ligation. Among the cases he followed was the
patient Mahmoud Abdel-Fattah El-Sayed (file no. 77451/2018), residing at 14 El-Khalifa El-Maamoun
Street, Heliopolis, Cairo.

This certificate was issued at his request without any liability on the hospital.

Head of Department: Prof. Samia Fouad El-Sherbini
Department telephone: 02 2482 3955

Translator's declaration: I certify this is a true translation. Translator: Hoda Naguib Ramzy,
sworn translator, licence TR-CAI-5512. 12/07/2021.
""",
[("AS/IM/2021/3387","REFERENCE_NUMBER"),("Mahmoud Abdel-Fattah El-Sayed","PATIENT_NAME"),("77451/2018","HOSPITAL_NUMBER"),
 ("14 El-Khalifa El-Maamoun\nStreet, Heliopolis, Cairo","ADDRESS"),("02 2482 3955","PHONE"),("TR-CAI-5512","OTHER_ID")],
["Dr Karim Hassan Mansour","Ain Shams University Hospitals","Prof. Samia Fouad El-Sherbini","Hoda Naguib Ramzy","1,200 upper GI endoscopies","450 colonoscopies","01/10/2015 to 30/09/2020"]))

DOCS.append(D("s57-006", "audit_data_extract", A1,
"""bowel_prep_audit_RDH_2023Q2.csv  (exported from Unisoft by KHM, filtered: consultant list + KHM list)
proc_date,mrn,initials,age,sex,prep_agent,split_dose,bbps_total,caecal_intubation,adr_flag,endoscopist
03/04/2023,RTG0355210,JT,64,M,Plenvu,Y,8,Y,1,KHM
03/04/2023,RTG0417763,AMcC,58,F,Moviprep,N,5,Y,0,KHM
11/04/2023,RTG0102984,SB,77,F,Plenvu,Y,6,N,0,KHM
11/04/2023,RTG0461051,PO'D,49,M,Citrafleet,Y,9,Y,1,RT
18/04/2023,RTG0390447,HK,81,M,Moviprep,N,3,N,0,RT
25/04/2023,RTG0228816,LW-J,66,F,Plenvu,Y,7,Y,0,KHM
# summary: n=6, adequate prep (BBPS>=6) 4/6 (67%), CIR 4/6 - below the JAG standard of 90%
# action: split-dose by default, re-audit Q4. Supervisor: Dr Rebecca Thornhill
""",
[("RTG0355210","HOSPITAL_NUMBER"),("RTG0417763","HOSPITAL_NUMBER"),("RTG0102984","HOSPITAL_NUMBER"),("RTG0461051","HOSPITAL_NUMBER"),("RTG0390447","HOSPITAL_NUMBER"),("RTG0228816","HOSPITAL_NUMBER"),
 ("JT","PATIENT_NAME"),("AMcC","PATIENT_NAME"),("SB","PATIENT_NAME"),("PO'D","PATIENT_NAME"),("HK","PATIENT_NAME"),("LW-J","PATIENT_NAME")],
["KHM","Plenvu","Moviprep","Citrafleet","BBPS>=6","JAG standard of 90%","Dr Rebecca Thornhill"]))

DOCS.append(D("s57-007", "whatsapp_export", A1,
"""WhatsApp Chat with GI on-call RDH 🩺
[07/02/2023, 21:14] +44 7700 900562: Karim are you around? bleeder in resus, 82M on apixaban, Hb 64
[07/02/2023, 21:15] Karim Mansour: On my way. Name/number?
[07/02/2023, 21:15] +44 7700 900562: Bernard Okafor-Lane, RTG0511920, cubicle R4
[07/02/2023, 21:16] Rob (SpR med): GBS 15, Rockall pre 5. Given 1 unit. Octaplex?
[07/02/2023, 21:18] Karim Mansour: Yes reverse - Octaplex 25 units/kg, call me when he's had it. Theatre 6 booked
[07/02/2023, 21:40] Sr. Tash ED: Mr Okafor-Lane's partner Dionne is here, wants an update
[07/02/2023, 21:41] Karim Mansour: Will speak to her after scope. Bernie is tolerating it fine?
[07/02/2023, 23:05] Karim Mansour: Forrest Ia DU posterior bulb, adrenaline + 2 clips + Hemospray, stable. IR aware (Dr Kowalczyk)
[07/02/2023, 23:06] Rob (SpR med): 👍 will handover
""",
[("+44 7700 900562","PHONE"),("Bernard Okafor-Lane","PATIENT_NAME"),("RTG0511920","HOSPITAL_NUMBER"),("Rob","COLLEAGUE_NAME"),
 ("Tash","COLLEAGUE_NAME"),("Okafor-Lane","PATIENT_NAME"),("Dionne","RELATIVE_NAME"),("Bernie","PATIENT_NAME"),("Kowalczyk","COLLEAGUE_NAME")],
["Karim Mansour","82M","apixaban","Hb 64","GBS 15","Rockall pre 5","Octaplex 25 units/kg","Forrest Ia DU","Hemospray","cubicle R4"]))

DOCS.append(D("s57-008", "discharge_summary_ocr", A1,
"""R0YAL DERBY H0SPITAL    D1SCHARGE SUMMARY     pg 1 of 2
Pat1ent: Mrs Sh1rley Ann Dewhurst        D0B: 09/O8/1949   Sex: F
Hosp N0: RTG0l83342     NHS: 6O2 ll4 8873
Addr: 7 Cr0ft Lane, Ripl ey, DE5 3HQ
Adm: 2l/1O/2022  Disch: 28/10/2O22   Ward 4O7
Cons: Dr R Th0rnhill  / Dr K H Mansour (Spec D0c)
Diagn0sis: acute severe ulcerat ive c0litis, Truel0ve & Witts severe;
 C. diff negat ive. IV hydr0cortis0ne 1OO mg qds -> day 3 Oxf0rd index
 p0sitive (CRP 52, 9 st0ols) -> infliximab 5 mg/kg rescue.
S0cial: lives with husband Terr y; daughter Mand y (next of kin) 07700 9OO441
GP: Dr P. Aherne, Mar ket Place Surgery, Ripley
---page break---
Fol l0w up: IBD c1inic 6/52; VTE pr0phylaxis comp1eted.
""",
[("Sh1rley Ann Dewhurst","PATIENT_NAME"),("RTG0l83342","HOSPITAL_NUMBER"),("6O2 ll4 8873","NHS_NUMBER"),("7 Cr0ft Lane, Ripl ey","ADDRESS"),("DE5 3HQ","POSTCODE"),
 ("Terr y","RELATIVE_NAME"),("Mand y","RELATIVE_NAME"),("07700 9OO441","PHONE"),("P. Aherne","COLLEAGUE_NAME"),("Mar ket Place Surgery, Ripley","ADDRESS")],
["D0B: 09/O8/1949","Dr K H Mansour","Dr R Th0rnhill","Truel0ve & Witts severe","infliximab 5 mg/kg","CRP 52","Ward 4O7","R0YAL DERBY H0SPITAL"]))

# ---------------- A2 respiratory Bangladesh / Wales
DOCS.append(D("s57-009", "clinic_letter", A2,
"""Cardiff and Vale University Health Board
University Hospital Llandough - Interstitial Lung Disease Clinic
Tel 029 2018 0734

Date dictated 02/05/2024                     Ref: CVUHB/ILD/NJC/0412

To: Dr Rhodri Prosser, Taff Vale Surgery, 3 Heol y Felin, Pontypridd CF37 4DL

Patient: Mrs Angharad Bevan (known as "Hari")
DOB 17/01/1951, Female
Hospital number: L1904471   NHS no 741 009 2286
Address: Ty Gwyn, 9 Lon Ceirios, Llantrisant CF72 8RW

Dear Rhodri,

Diagnosis: idiopathic pulmonary fibrosis (UIP pattern on HRCT, MDT consensus 24/04/2024)
FVC 68% predicted, TLCO 41% predicted. 6MWT 312 m, nadir SpO2 86%. GAP stage II.

Hari attended with her husband Emrys. She was a primary school teacher at Ysgol Gynradd Cwm Nedd
until 2011, no occupational dusts, no birds. Autoimmune screen negative.
We have started nintedanib 150 mg twice daily; LFTs monthly for three months. Ambulatory oxygen
assessment booked. Her granddaughter Ffion (our ward clerk knows the family) has asked that letters
also go to 07700 900127 by text - we explained this is not possible.

Yours,
Dr Nusrat Jahan Chowdhury MBBS FCPS (Medicine) MRCP(UK)
Specialty Doctor, Respiratory Medicine
Seen with: Dr Gareth Morgan-Davies, Consultant Respiratory Physician (clinical supervisor)
""",
[("029 2018 0734","PHONE"),("CVUHB/ILD/NJC/0412","REFERENCE_NUMBER"),("Rhodri Prosser","COLLEAGUE_NAME"),("Taff Vale Surgery, 3 Heol y Felin, Pontypridd","ADDRESS"),("CF37 4DL","POSTCODE"),
 ("Angharad Bevan","PATIENT_NAME"),("Hari","PATIENT_NAME"),("L1904471","HOSPITAL_NUMBER"),("741 009 2286","NHS_NUMBER"),("Ty Gwyn, 9 Lon Ceirios, Llantrisant","ADDRESS"),("CF72 8RW","POSTCODE"),
 ("Rhodri","COLLEAGUE_NAME"),("Emrys","RELATIVE_NAME"),("Ysgol Gynradd Cwm Nedd","ADDRESS"),("Ffion","RELATIVE_NAME"),("07700 900127","PHONE")],
["Dr Nusrat Jahan Chowdhury","Dr Gareth Morgan-Davies","University Hospital Llandough","Cardiff and Vale University Health Board","DOB 17/01/1951","idiopathic pulmonary fibrosis","UIP pattern","FVC 68% predicted","TLCO 41% predicted","6MWT 312 m","GAP stage II","nintedanib 150 mg twice daily"]))

DOCS.append(D("s57-010", "discharge_certificate_original_bn", A2,
"""ঢাকা মেডিকেল কলেজ হাসপাতাল
মেডিসিন বিভাগ, ওয়ার্ড নং ৬০১
ছাড়পত্র (ডিসচার্জ সার্টিফিকেট)

রেজিস্ট্রেশন নং: ডিএমসিএইচ/২০১৯/৪৪৮১২৭
রোগীর নাম: মোছাঃ রহিমা খাতুন         বয়স: ৪৬ বছর   লিঙ্গ: মহিলা
স্বামীর নাম: মোঃ আব্দুল কাদের
ঠিকানা: গ্রাম- চরপাড়া, ডাকঘর- কালিয়াকৈর, জেলা- গাজীপুর
মোবাইল: ০১৭১১-৫৫৮২৯৩

ভর্তির তারিখ: ১২/০৮/২০১৯        ছাড়ার তারিখ: ২৩/০৮/২০১৯
রোগ নির্ণয়: ফুসফুসের যক্ষ্মা (স্মিয়ার পজিটিভ), ডান দিকে প্লুরাল ইফিউশন
চিকিৎসা: ক্যাটাগরি-১ যক্ষ্মার ওষুধ (২HRZE/৪HR), থোরাসেন্টেসিস ১.২ লিটার

চিকিৎসক: ডাঃ নুসরাত জাহান চৌধুরী, সহকারী রেজিস্ট্রার
ইউনিট প্রধান: অধ্যাপক ডাঃ মোঃ শফিকুল ইসলাম
""",
[("ডিএমসিএইচ/২০১৯/৪৪৮১২৭","HOSPITAL_NUMBER"),("মোছাঃ রহিমা খাতুন","PATIENT_NAME"),("মোঃ আব্দুল কাদের","RELATIVE_NAME"),
 ("গ্রাম- চরপাড়া, ডাকঘর- কালিয়াকৈর, জেলা- গাজীপুর","ADDRESS"),("০১৭১১-৫৫৮২৯৩","PHONE")],
["ঢাকা মেডিকেল কলেজ হাসপাতাল","ডাঃ নুসরাত জাহান চৌধুরী","অধ্যাপক ডাঃ মোঃ শফিকুল ইসলাম","৪৬ বছর","মহিলা","ফুসফুসের যক্ষ্মা","ওয়ার্ড নং ৬০১"]))

DOCS.append(D("s57-011", "discharge_certificate_translation", A2,
"""Translation from Bengali - Discharge certificate, Dhaka Medical College Hospital
Department of Medicine, Ward No. 601

Registration No.: DMCH/2019/448127
Patient name: Mst. Rahima Khatun        Age: 46 years    Sex: female
Husband's name: Md. Abdul Kader
Address: Village Charpara, Post Office Kaliakair, District Gazipur
Mobile: 01711-558293

Date of admission: 12/08/2019      Date of discharge: 23/08/2019
Diagnosis: pulmonary tuberculosis (smear positive), right-sided pleural effusion
Treatment: Category-1 anti-tuberculous therapy (2HRZE/4HR), thoracentesis 1.2 litres

Doctor: Dr Nusrat Jahan Chowdhury, Assistant Registrar
Head of Unit: Prof. Dr Md. Shafiqul Islam

Translated by the applicant; translation checked by Mr Arif Hossain Tanim, Bengali-English interpreter.
""",
[("DMCH/2019/448127","HOSPITAL_NUMBER"),("Mst. Rahima Khatun","PATIENT_NAME"),("Md. Abdul Kader","RELATIVE_NAME"),("Village Charpara, Post Office Kaliakair, District Gazipur","ADDRESS"),("01711-558293","PHONE")],
["Dhaka Medical College Hospital","Dr Nusrat Jahan Chowdhury","Prof. Dr Md. Shafiqul Islam","Mr Arif Hossain Tanim","Age: 46 years","pulmonary tuberculosis (smear positive)","2HRZE/4HR","thoracentesis 1.2 litres","Ward No. 601"]))

DOCS.append(D("s57-012", "procedure_note", A2,
"""EBUS-TBNA PROCEDURE RECORD - Morriston Hospital, Swansea Bay UHB - Bronchoscopy Suite
-----------------------------------------------------------------------
| Name        | PARRY-JONES Eifion        | Unit no | M7720143      |
| DOB / Sex   | 30/06/1962 / M            | NHS     | 802 446 1197  |
| Referrer    | Lung cancer MDT           | Date    | 11/10/2023    |
-----------------------------------------------------------------------
Operator: Dr N J Chowdhury    Supervising consultant: Dr Siân Rees-Whitley
Nurses: Bethan Lloyd (scrub), Kieran Doherty (sedation)
Sedation: midazolam 3 mg, alfentanil 500 micrograms; topical lidocaine 2% total 160 mg
Stations sampled (IASLC): 4R (14 mm) x4 passes, 7 (22 mm) x4 passes, 11L (9 mm) x3 passes. ROSE adequate.
Complications: none. SpO2 min 91% on 2 L.
Provisional: mediastinal nodal disease; PET-CT SUVmax 9.8 station 7. Staging cT2a N2 pending histology.
Pathology request: MH/CYT/23/19044
Patient's son (Dafydd) to collect him - drives from Ammanford.
""",
[("PARRY-JONES Eifion","PATIENT_NAME"),("M7720143","HOSPITAL_NUMBER"),("802 446 1197","NHS_NUMBER"),("Bethan Lloyd","COLLEAGUE_NAME"),("Kieran Doherty","COLLEAGUE_NAME"),
 ("MH/CYT/23/19044","OTHER_ID"),("Dafydd","RELATIVE_NAME"),("Ammanford","ADDRESS")],
["Dr N J Chowdhury","Dr Siân Rees-Whitley","Morriston Hospital","30/06/1962 / M","midazolam 3 mg","alfentanil 500 micrograms","lidocaine 2% total 160 mg","4R (14 mm)","SUVmax 9.8","cT2a N2","IASLC"]))

DOCS.append(D("s57-013", "wpba_minicex", A2,
"""Mini-Clinical Evaluation Exercise (mini-CEX)                  [RCP ePortfolio export, page 1/1]
Doctor being assessed: Nusrat Chowdhury
Assessor: Dr Gareth Morgan-Davies    Position: Consultant    Date: 07/03/2024
Clinical setting: Respiratory ward, University Hospital Llandough, Ward West 2
Clinical problem: acute hypercapnic respiratory failure, COPD exacerbation
Patient: 68-year-old woman. (Assessor's note: trainee wrote "Mrs Eirlys T." in the free text - please remove before upload.)
Focus: clinical assessment, decision-making, communication

The trainee took a focused history from the patient, and from her neighbour Mr Alun Beynon who found her
drowsy. ABG pH 7.26, pCO2 9.8 kPa. Started NIV, IPAP 20 / EPAP 5, escalation plan documented and
TEP discussed - patient wishes for ward-based ceiling of care. Rockwood Clinical Frailty Scale 6.
Ratings: history 5/6, examination 5/6, communication 6/6, clinical judgement 5/6, professionalism 6/6.
Agreed action: Dr Chowdhury to lead the NIV teaching for FY1s (incl. Dr Osian Harries who was present).
""",
[("Eirlys T.","PATIENT_NAME"),("Alun Beynon","RELATIVE_NAME"),("Osian Harries","COLLEAGUE_NAME")],
["Nusrat Chowdhury","Dr Gareth Morgan-Davies","Dr Chowdhury","68-year-old woman","pH 7.26","pCO2 9.8 kPa","IPAP 20 / EPAP 5","Rockwood Clinical Frailty Scale 6","Ward West 2","07/03/2024"]))

DOCS.append(D("s57-014", "handover_sheet", A2,
"""RESP WARD EAST 1 - UHL - EVENING HANDOVER 14/12/2023    (dr on: NJC / bleep 4471)
Bed | Pt                 | Unit no  | Age/Sx | Issue                               | Jobs
1   | Howells, Megan      | L2003318 | 79 F   | CAP CURB-65 3, co-amox+clari day 2   | rpt CRP, ?aspirate
2   | "Tommo" T. Pugh     | L1870059 | 56 M   | PE, on apixaban 10 mg bd             | echo tomorrow
4   | Vaughan, Rhiannon   | L0998214 | 41 F   | asthma, near-fatal, MgSO4 2 g given  | ITU aware (Dr Ellis-Pryce)
5   | W. Ahmed            | L2107735 | 88 M   | COPD, NIV weaned                     | DNACPR in notes; nephew Imran to call 029 2018 0951
7   | Side rm - Mr Dee    | L1544620 | 63 M   | ?TB, AFB x3 sent                     | airborne precautions
Escalations: bed 4 pH 7.31 at 18:00 - repeat ABG 20:00. Cons on call: Dr Morgan-Davies
""",
[("Howells, Megan","PATIENT_NAME"),("L2003318","HOSPITAL_NUMBER"),("Tommo","PATIENT_NAME"),("T. Pugh","PATIENT_NAME"),("L1870059","HOSPITAL_NUMBER"),
 ("Vaughan, Rhiannon","PATIENT_NAME"),("L0998214","HOSPITAL_NUMBER"),("Ellis-Pryce","COLLEAGUE_NAME"),("W. Ahmed","PATIENT_NAME"),("L2107735","HOSPITAL_NUMBER"),
 ("Imran","RELATIVE_NAME"),("029 2018 0951","PHONE"),("Dee","PATIENT_NAME"),("L1544620","HOSPITAL_NUMBER"),("bleep 4471","PHONE")],
["NJC","Dr Morgan-Davies","CURB-65 3","apixaban 10 mg bd","MgSO4 2 g","79 F","56 M","pH 7.31","RESP WARD EAST 1","DNACPR"]))

DOCS.append(D("s57-015", "mdt_list", A2,
"""Swansea Bay Lung Cancer MDT - Thursday 18/01/2024 - Outcome list (Canisc)
Chair: Dr Siân Rees-Whitley  |  Presenting: Dr N. Chowdhury  |  Radiology: Dr Huw Prothero  |  Pathology: Dr Leena Varghese
1) ROBERTS Glenys  F 74  M7714002  NHS 4410983376  - LUL 34 mm mass, EBUS 4L +ve adenocarcinoma, EGFR exon 19 del -> osimertinib; CNS
2) Mr. Kenneth ("Ken") Batt  M 81  M7603117  - PS 3, presumed stage IV - BSC, Macmillan referral; wife Joan aware
3) O'SULLIVAN Padraig  M 59  M7799810  - SCC RUL T2bN0, FEV1 2.1 L, TLCO 62% -> lobectomy (Mr Adeyemi-Rowe, thoracics)
4) J.E-H.  F 66  M7740561  - GGO 18 mm, stable 2 yrs -> discharge to GP
Minutes: Catrin Hopkin (MDT coordinator) 01632 960587
""",
[("ROBERTS Glenys","PATIENT_NAME"),("M7714002","HOSPITAL_NUMBER"),("4410983376","NHS_NUMBER"),("Kenneth","PATIENT_NAME"),("Ken","PATIENT_NAME"),("Batt","PATIENT_NAME"),("M7603117","HOSPITAL_NUMBER"),("Joan","RELATIVE_NAME"),
 ("O'SULLIVAN Padraig","PATIENT_NAME"),("M7799810","HOSPITAL_NUMBER"),("Adeyemi-Rowe","COLLEAGUE_NAME"),("J.E-H.","PATIENT_NAME"),("M7740561","HOSPITAL_NUMBER"),("Catrin Hopkin","COLLEAGUE_NAME"),("01632 960587","PHONE")],
["Dr Siân Rees-Whitley","Dr N. Chowdhury","Dr Huw Prothero","Dr Leena Varghese","EGFR exon 19 del","osimertinib","T2bN0","FEV1 2.1 L","TLCO 62%","F 74","M 81"]))

DOCS.append(D("s57-016", "teaching_feedback", A2,
"""Teaching session feedback summary - "NIV for the ward doctor"
Facilitator: Dr Nusrat Chowdhury    Date: 22/03/2024    Venue: Academic Centre, University Hospital Llandough
Feedback collated by: Dr Gareth Morgan-Davies (Clinical Tutor)
Attendees: 14 (FY1 x8, FY2 x3, IMT1 x2, ANP x1). Forms returned: 12/14.

Mean ratings (1-5): content 4.8, delivery 4.7, relevance 4.9, handout 4.3.
Free-text comments:
 - "Clear explanation of IPAP/EPAP and when to call ICU." 
 - "The case of the lady from the bungalow on Heol Tasker was memorable" (identifiable case detail -
   flagged; facilitator to remove the street from the slides)
 - "Would like more on BTS/ICS 2016 guideline thresholds (pH < 7.35, pCO2 > 6.5)."
 - "More time for hands-on with the Philips V60" - returned by daniel.gethin@example.org (FY2), who asked for a reply.
Certificate reference: UHL-TEACH-2024-0311
Slides and recording: https://teach.example.org/uhl/resp/niv-2024-03
""",
[("Heol Tasker","ADDRESS"),("daniel.gethin@example.org","EMAIL"),("UHL-TEACH-2024-0311","REFERENCE_NUMBER"),("https://teach.example.org/uhl/resp/niv-2024-03","URL")],
["Dr Nusrat Chowdhury","Dr Gareth Morgan-Davies","University Hospital Llandough","BTS/ICS 2016","pH < 7.35","pCO2 > 6.5","Philips V60","content 4.8"]))

# ---------------- A3 O&G Nigeria / Leeds
DOCS.append(D("s57-017", "operation_note", A3,
"""LEEDS TEACHING HOSPITALS NHS TRUST - ST JAMES'S UNIVERSITY HOSPITAL - DELIVERY SUITE THEATRE 2
OPERATION NOTE                                                     Printed 09/06/2023 04:12
Patient label: KOWALSKA-BRIGGS, Natalia  | DOB 28/02/1994 | K4471209 | NHS 516 330 9842
               Flat 3, 27 Harehills Lane, Leeds LS8 4HP
Date: 09/06/2023   Category: 1 (KDI 24 min)
Surgeon: Dr O. Adebayo-Cole (ST5 equivalent, Clinical Fellow)   Assistant: Dr Priyanka Menon (ST2)
Anaesthetist: Dr Callum Fairweather    Scrub: Joanne Whitby    Consultant informed: Miss A. Harcourt (on call, attended)
Procedure: Emergency lower segment caesarean section (LSCS), 2nd stage, fully dilated, station 0, OP position
Indication: pathological CTG (prolonged deceleration 3 min to 70 bpm) after failed trial of instrumental (Kiwi x2 pulls)
Anaesthesia: spinal top-up of epidural
Findings: live male infant, Apgars 6/9/10, cord pH arterial 7.12 BE -9.1, venous 7.21. Fetal head deep in pelvis,
 delivered with Patwardhan manoeuvre (no push from below). Extension of uterine angle on the left, repaired.
EBL 1100 mL (measured). Syntocinon 5 IU bolus + 40 IU infusion; carbetocin not given.
Post-op: tranexamic acid 1 g, VTE - enoxaparin 40 mg 6h post spinal, TEDS. Baby to NNU for observation - baby name "Baby boy Kowalska-Briggs", NNU no. K4471399.
Signed: Dr O. Adebayo-Cole   GMC 7281946
""",
[("KOWALSKA-BRIGGS, Natalia","PATIENT_NAME"),("K4471209","HOSPITAL_NUMBER"),("516 330 9842","NHS_NUMBER"),("Flat 3, 27 Harehills Lane, Leeds","ADDRESS"),("LS8 4HP","POSTCODE"),
 ("Priyanka Menon","COLLEAGUE_NAME"),("Callum Fairweather","COLLEAGUE_NAME"),("Joanne Whitby","COLLEAGUE_NAME"),("A. Harcourt","COLLEAGUE_NAME"),("Kowalska-Briggs","PATIENT_NAME"),("K4471399","HOSPITAL_NUMBER")],
["Dr O. Adebayo-Cole","GMC 7281946","ST JAMES'S UNIVERSITY HOSPITAL","DOB 28/02/1994","Category: 1","Apgars 6/9/10","cord pH arterial 7.12","Patwardhan manoeuvre","EBL 1100 mL","Syntocinon 5 IU","tranexamic acid 1 g","enoxaparin 40 mg","Kiwi"]))

DOCS.append(D("s57-018", "incident_report_lfpse", A3,
"""LFPSE (Learn from patient safety events) - record submitted via Leeds Teaching Hospitals local system
LFPSE reference: W2023-118844     Local Datix ID: LTH-DIF1-77310      StEIS: 2023/14521
Event date/time: 22/11/2023 17:40     Location: Leeds General Infirmary, Labour Ward room 9
Reporter: Dr Oluwaseun Adebayo-Cole (registrar on call)
Patient: Ms Chloe Haigh, 31, G2P1, DOB 15/04/1992, MRN K3388015
Category: Obstetric haemorrhage - major PPH 2.8 L. Harm level (physical): moderate.

What happened: Following a spontaneous vaginal delivery, midwife Sophie Ackroyd escalated blood loss of 800 mL at
17:40. Obstetric emergency call put out at 17:46. The ST3 (Dr Marcus Oyelaran) attended and started bimanual
compression. The massive haemorrhage pack was delayed by 19 minutes because the blood bank extension (ext 64420)
was engaged and the porter, Mr Dean Kaye, was redirected to A&E. I arrived at 17:52, placed a Bakri balloon after
EUA (tone), and consultant Dr Yewande Okonjo-Hart attended at 18:10. Fibrinogen 1.4 g/L -> cryoprecipitate 2 pools.
Immediate actions: MOH pack protocol re-circulated; blood bank second line requested.
Patient's partner (Jordan) was present throughout and has asked for a debrief.
""",
[("W2023-118844","REFERENCE_NUMBER"),("LTH-DIF1-77310","REFERENCE_NUMBER"),("2023/14521","REFERENCE_NUMBER"),("Chloe Haigh","PATIENT_NAME"),("K3388015","HOSPITAL_NUMBER"),
 ("Sophie Ackroyd","COLLEAGUE_NAME"),("Marcus Oyelaran","COLLEAGUE_NAME"),("ext 64420","PHONE"),("Dean Kaye","COLLEAGUE_NAME"),("Yewande Okonjo-Hart","COLLEAGUE_NAME"),("Jordan","RELATIVE_NAME")],
["Dr Oluwaseun Adebayo-Cole","Leeds General Infirmary","DOB 15/04/1992","G2P1","PPH 2.8 L","Bakri balloon","Fibrinogen 1.4 g/L","cryoprecipitate 2 pools","Labour Ward room 9","22/11/2023 17:40"]))

DOCS.append(D("s57-019", "safeguarding_referral", A3,
"""LEEDS CHILDREN'S SOCIAL WORK SERVICE - MULTI-AGENCY REFERRAL FORM (unborn / pre-birth)
Referral ID (Front Door): FD-24-009371       Police ref (West Yorkshire Police): 13240051877
Referrer: Dr O Adebayo-Cole, Obstetric Registrar, St James's University Hospital, tel 0113 496 0218
Mother: Kayleigh Marie Stansfield (goes by "Kay"), DOB 02/09/2001, 26/40 pregnant, NHS 9043317762
Address: 58 Cross Flatts Grove, Beeston, Leeds LS11 7BN (staying at her aunt's - Brenda Stansfield - 19 Dewsbury Road)
Partner / father of unborn: Ryan Cawthorne, DOB 11/12/1997
Other children: Tyler Stansfield (aged 6), attends Cross Flatts Park Primary School, Year 1 class "Oak"
Concerns: disclosure at antenatal clinic (routine enquiry, seen alone) of physical assault by partner while pregnant;
bruising to left upper arm (documented on body map), DASH risk checklist score 16 (high risk) -> MARAC referral made.
Consent: informed, consent given for referral. Safe contact number: 07700 900864 (texts only, after 5 pm).
Midwife: Lorraine Asquith (community midwife, Beeston team). GP: Dr Samir Haddad, Leeds City Medical Practice.
""",
[("FD-24-009371","REFERENCE_NUMBER"),("13240051877","REFERENCE_NUMBER"),("0113 496 0218","PHONE"),("Kayleigh Marie Stansfield","PATIENT_NAME"),("Kay","PATIENT_NAME"),("9043317762","NHS_NUMBER"),
 ("58 Cross Flatts Grove, Beeston, Leeds","ADDRESS"),("LS11 7BN","POSTCODE"),("Brenda Stansfield","RELATIVE_NAME"),("19 Dewsbury Road","ADDRESS"),("Ryan Cawthorne","RELATIVE_NAME"),
 ("Tyler Stansfield","RELATIVE_NAME"),("Cross Flatts Park Primary School","ADDRESS"),("07700 900864","PHONE"),("Lorraine Asquith","COLLEAGUE_NAME"),("Samir Haddad","COLLEAGUE_NAME"),("Leeds City Medical Practice","ADDRESS")],
["Dr O Adebayo-Cole","St James's University Hospital","DOB 02/09/2001","26/40","DASH risk checklist score 16","MARAC","body map","aged 6","DOB 11/12/1997"]))

DOCS.append(D("s57-020", "certificate_of_experience", A3,
"""LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA
Department of Obstetrics and Gynaecology
Our Ref: LUTH/OG/CE/2020/114

TO WHOM IT MAY CONCERN

This is to certify that Dr Oluwaseun Adebayo-Cole (MDCN Reg. No. 41882, FWACS) was employed as Senior Registrar in
this department from 1st March 2016 to 28th February 2020 and was responsible, under supervision, for labour
ward, antenatal and gynaecology clinics and emergency theatre.
Procedures performed as primary surgeon (from the departmental theatre register):
  Caesarean section (emergency and elective) ........ 486
  Myomectomy (abdominal) ............................ 61
  Laparotomy for ruptured ectopic ................... 74
  Total abdominal hysterectomy ...................... 39
  Manual vacuum aspiration .......................... 210
He led the hospital's eclampsia audit (magnesium sulphate, Pritchard regimen) in 2018.
Enquiries: Department secretary, +234 1 555 0193, ogdept.luth@example.org

Signed: Prof. Adetokunbo Fabamwo-Ojo, Head of Department   (MDCN 10023)
""",
[("LUTH/OG/CE/2020/114","REFERENCE_NUMBER"),("+234 1 555 0193","PHONE"),("ogdept.luth@example.org","EMAIL"),("MDCN 10023","GMC_NUMBER")],
["LAGOS UNIVERSITY TEACHING HOSPITAL","Dr Oluwaseun Adebayo-Cole","MDCN Reg. No. 41882","Prof. Adetokunbo Fabamwo-Ojo","Caesarean section","Myomectomy","Pritchard regimen","486","magnesium sulphate"]))

DOCS.append(D("s57-021", "logbook_csv", A3,
"""# RCOG ePortfolio logbook export - Oluwaseun Adebayo-Cole - filter: Jan-Mar 2024 - operative obstetrics
date,site,procedure,role,supervision,patient_id,age,parity,indication,EBL_ml,complication
04/01/2024,SJUH,Ventouse (Kiwi) rotational,Primary,Independent,K5520931,29,P0,delay 2nd stage OP,450,none
06/01/2024,LGI,Cat 2 LSCS,Primary,Independent,K4470086,35,P1,failed IOL,600,none
13/01/2024,LGI,Kielland's rotation,Primary,Consultant present,K5531747,27,P0,DTA,700,3b tear
13/01/2024,LGI,OASI repair 3b,Primary,Consultant present,K5531747,27,P0,-,-,-
27/01/2024,SJUH,MROP,Primary,Independent,K5102264,38,P3,retained placenta,1300,PPH
02/02/2024,SJUH,Cat 1 LSCS,Primary,Independent,K4471580,22,P0,cord prolapse,550,none
19/02/2024,SJUH,Laparoscopic salpingectomy,Primary,Supervised,K5590012,31,P1,ectopic 3.4 cm,300,none
09/03/2024,LGI,B-Lynch suture,Assistant,Consultant,K4418837,40,P2,atony,2400,ITU
# patient_id column must be deleted before upload - KM (educational supervisor Miss Katherine Lowther)
""",
[("K5520931","HOSPITAL_NUMBER"),("K4470086","HOSPITAL_NUMBER"),("K5531747","HOSPITAL_NUMBER"),("K5102264","HOSPITAL_NUMBER"),("K4471580","HOSPITAL_NUMBER"),("K5590012","HOSPITAL_NUMBER"),("K4418837","HOSPITAL_NUMBER")],
["Oluwaseun Adebayo-Cole","Miss Katherine Lowther","Kielland's rotation","OASI repair 3b","B-Lynch suture","MROP","Laparoscopic salpingectomy","ectopic 3.4 cm","SJUH","LGI"]))

DOCS.append(D("s57-022", "wpba_cbd", A3,
"""RCOG CbD - Case-based Discussion        Submitted 14/05/2024
Trainee: Dr Oluwaseun Adebayo-Cole    Assessor: Miss Katherine Lowther FRCOG (Consultant, LTHT)
Case: 39-year-old, para 4, placenta accreta spectrum (FIGO grade 2) on MRI at 32 weeks, previous 3 CS.
Patient identifier used in discussion: "Mrs O.E., Ward 40" - hospital number K5012775 written on the form in error.
Discussion: planning of elective caesarean hysterectomy at 35+6 with IR balloons, cell salvage, 6 units crossmatched;
MDT involved urology (Mr Vikram Sethi) and haematology. Counselling of patient and her sister Efe regarding
hysterectomy and the Jehovah's Witness advance decision (refuses whole blood, accepts cell salvage).
Outcome: judgement "Meets expectations for CCT" across all domains.
Feedback: Excellent grasp of RCOG Green-top Guideline No. 27a. Ensure documentation of the advance decision is
uploaded to K2 Athena.
Assessor signature: K. Lowther
""",
[("O.E.","PATIENT_NAME"),("K5012775","HOSPITAL_NUMBER"),("Vikram Sethi","COLLEAGUE_NAME"),("Efe","RELATIVE_NAME")],
["Dr Oluwaseun Adebayo-Cole","Miss Katherine Lowther","K. Lowther","placenta accreta spectrum (FIGO grade 2)","35+6","Green-top Guideline No. 27a","Jehovah's Witness","cell salvage","Ward 40","39-year-old"]))

DOCS.append(D("s57-023", "reflective_entry", A3,
"""Reflective practice log - entry 17 (Gibbs cycle)   Dr O. Adebayo-Cole    Date written: 03/02/2024
Title: Intrauterine fetal death at 38 weeks - breaking bad news

Description: On 28/01/2024 I scanned a woman at 38+2 (I will call her Ms B) who presented with reduced fetal
movements. She had told the triage midwife that her name at home is "Bee" and that her mother, Mrs Pauline
Oddie, would come from Wakefield. I confirmed absent fetal heart activity with the consultant, Dr Hamish
Rutherford-Lee, present. Her previous midwife, Gemma Tolson, had documented normal growth on the customised
chart (GROW centile 42nd).
Feelings: I felt I had rushed the first sentence...
Evaluation / analysis: SANDS guidance; Kleihauer, TORCH, thrombophilia and post-mortem consent discussed later.
The bereavement suite (Snowdrop Suite, LGI) was available. Her MRN (K5602218) was written on the memory box
card - I asked that this be changed.
Action plan: attend SANDS communication workshop; PMRT review participation.
Reviewed with educational supervisor Miss Katherine Lowther on 10/02/2024.
""",
[("Ms B","PATIENT_NAME"),("Bee","PATIENT_NAME"),("Pauline\nOddie","RELATIVE_NAME"),("Wakefield","ADDRESS"),("Hamish\nRutherford-Lee","COLLEAGUE_NAME"),("Gemma Tolson","COLLEAGUE_NAME"),("K5602218","HOSPITAL_NUMBER")],
["Dr O. Adebayo-Cole","Miss Katherine Lowther","38+2","GROW centile 42nd","Kleihauer","SANDS","Snowdrop Suite, LGI","PMRT","Gibbs cycle"]))

DOCS.append(D("s57-024", "teams_chat_export", A3,
"""Microsoft Teams - chat "LW Coordinators SJUH" - exported 16/08/2023
Adebayo-Cole, Oluwaseun (LEEDS TEACHING HOSPITALS NHS TRUST) 08:02
  morning - board: rm 3 Nkem Eze 41+3 IOL cat 3 CTG ok; rm 6 MGT (twins) 36/40 for ELCS 1st on list
Pickersgill, Dawn (LEEDS TEACHING HOSPITALS NHS TRUST) 08:05
  rm 6 = Mrs Marsha Grant-Thompson, she's asking for you specifically, her husband Desmond is anxious
Adebayo-Cole, Oluwaseun (LEEDS TEACHING HOSPITALS NHS TRUST) 08:06
  ok. Can you bleep Dr Tiwari (anaes) 2291
Pickersgill, Dawn (LEEDS TEACHING HOSPITALS NHS TRUST) 08:31
  Nkem's sats dropped 93% - BP 162/108, PIH bloods sent, lab no 23.8814577.LS
Adebayo-Cole, Oluwaseun (LEEDS TEACHING HOSPITALS NHS TRUST) 08:33
  coming. start labetalol 200 mg PO, MgSO4 4 g loading if any neuro sx, call me with PCR
""",
[("Nkem Eze","PATIENT_NAME"),("Nkem","PATIENT_NAME"),("MGT","PATIENT_NAME"),("Pickersgill, Dawn","COLLEAGUE_NAME"),("Marsha Grant-Thompson","PATIENT_NAME"),("Desmond","RELATIVE_NAME"),
 ("Tiwari","COLLEAGUE_NAME"),("2291","PHONE"),("23.8814577.LS","OTHER_ID")],
["Adebayo-Cole, Oluwaseun","LEEDS TEACHING HOSPITALS NHS TRUST","41+3","36/40","BP 162/108","labetalol 200 mg PO","MgSO4 4 g","ELCS"]))
