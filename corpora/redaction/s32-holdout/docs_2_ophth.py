A = "Dr Tomasz Wieczorek"
DOCS = [
("clinic_list_csv", A, """
Clinic: [[MR Clinic 2]] (Medical Retina) - [[Kingsmead Eye Centre]] - [[Tue 09/01/2024]] AM - Clinician: [[Dr T Wieczorek]]
Time,Hosp No,Name,DOB,Sex,Dx,VA RE,VA LE,IOP RE/LE,OCT CST,Plan
[[09:00]],<<H|K2230117>>,"<<P|FAIRBROTHER, Joan>>",[[12/08/1939]],F,[[nAMD LE]],[[6/12]],[[6/36]],[[14/15]],[[LE 412 µm]],"[[aflibercept 2 mg]] LE today, [[T&E +2w]]"
[[09:15]],<<H|K1879940>>,"<<P|OSEI-BONSU, Kwame>>",[[01/02/1961]],M,[[DMO both]],[[0.30 logMAR]],[[0.48 logMAR]],[[18/19]],RE 355 / LE 498,"[[faricimab]] both, HbA1c [[71 mmol/mol]] - letter to GP"
[[09:30]],<<H|K2301558>>,"<<P|PATEL, Nirmala>>",[[30/11/1948]],F,[[CRVO RE]],[[CF]],[[6/6]],[[22/16]],RE 620,"[[ranibizumab]] RE, gonio for [[NVA]]"
[[09:45]],<<H|K0998821>>,"<<P|LEES, Harold ('Harry')>>",[[05/05/1933]],M,[[GA both]],[[6/60]],[[6/24]],[[13/13]],-,"no treatment; [[CVI]] discussed, wife <<R|Ivy>> to ring ECLO <<C|Bronwen>> <<T|01632 960551>>"
"""),
("intravitreal_injection_log", A, """
INTRAVITREAL INJECTION LOGBOOK - [[Dr Tomasz Wieczorek]] ([[GMC 7208113]]) - extract Jan-Mar 2024
No.  Date        Eye  Drug                 Pt ID       Complications     Supervisor
[[1041]] [[09/01/2024]]  [[LE]]   [[aflibercept 2 mg/0.05 mL]]  <<H|K2230117>>   [[nil]]               indep
[[1042]] [[09/01/2024]]  [[RE]]   [[faricimab 6 mg]]      <<H|K1879940>>   nil               indep
[[1043]] [[09/01/2024]]  LE   faricimab 6 mg      <<H|K1879940>>   [[subconj haem]]      indep
[[1044]] [[16/01/2024]]  RE   [[dexamethasone implant 700 µg]] <<H|K2013376>> [[IOP 31 day 7]] -> [[latanoprost]]   indep
[[1045]] [[23/01/2024]]  LE   [[ranibizumab 0.5 mg]]  <<H|K2301558>>   nil               indep
Running total to date: [[1,045]] (independent since [[no. 212]]). [[Endophthalmitis]] rate: [[0/1045]].
Verified: [[Miss Annabel Kerr-Fraser]], Consultant Ophthalmologist, Medical Retina Lead
"""),
("optometrist_referral", A, """
<<A|Hargreaves & Daughter Opticians>>
<<A|12 Market Cross, Pellingham>>  <<PC|PE9 4RB>>   <<T|01632 960740>>   GOC reg <<G|01-31877>>

To: Eye Casualty, [[Kingsmead Eye Centre]]        Date: [[04/03/2024]]   URGENT (within 1 week)

Patient: <<P|Miss Chloe Ransome>>   DOB [[19/09/2003]]   <<A|Flat B, 88 Orchard Lane, Pellingham>>  <<PC|PE9 6DD>>   Mob <<T|07700 900218>>
GP: <<C|Dr S. Mahmood>>, <<A|Pellingham Health Centre>>
Reason: sudden onset floaters + "curtain" inferior field LE x2/7. VA RE [[6/5]] LE [[6/9]]. [[Tobacco dust]] seen LE. Query [[retinal detachment]]. Myope [[-6.50]] / [[-7.25]].
Optometrist: <<C|Rhian Hargreaves>> MCOptom
---- handwritten on back by [[TW]]: seen [[05/03]], [[superotemporal macula-on RRD]], listed for [[PPV]] with VR, Mr <<C|Dunstan>>.
"""),
("theatre_list_tsv", A, """
THEATRE 4  [[Kingsmead Eye Centre]]  [[Thu 21/03/2024]]   Surgeon: [[Dr T Wieczorek]] (supervised: [[Miss A Kerr-Fraser]] in dept)   Anaesthetist: <<C|Dr P. Lindqvist>>
#\tMRN\tPatient\tAge\tProcedure\tAnaes\tNotes
1\t<<H|K1455390>>\t<<P|Mr Ernest Pyke>>\t[[78]]\t[[Phaco + IOL RE]]\t[[topical]]\t[[alpha-blocker]] (tamsulosin) - [[Malyugin ring]]
2\t<<H|K2190043>>\t<<P|Mrs Dorothy Ng>>\t[[71]]\t[[Phaco + IOL LE]]\t[[sub-Tenon's]]\tIOL [[SN60WF 21.5D]]
3\t<<H|K0872215>>\t<<P|Mrs Grace 'Gracie' O'Hare>>\t[[84]]\t[[Phaco + IOL RE]]\t[[LA + sedation]]\tdeaf - daughter <<R|Maureen>> to accompany; [[PXF]]
4\t<<H|K2311870>>\t<<P|Mr S. Quist>>\t[[66]]\t[[Phaco + IOL RE]]\ttopical\t[[PCR]] -> [[anterior vitrectomy]], [[sulcus IOL]] - Datix <<REF|W-118342>>
Scrub: <<C|Deepa Rao>> / Circ: <<C|Matt Hollis>>
"""),
("ereferral_form", A, """
NHS e-Referral Service - Referral letter
UBRN: <<REF|0004 5512 9873>>   Priority: Routine   Service: [[Ophthalmology - Glaucoma]] - [[Kingsmead Eye Centre]]
Referrer: <<C|Dr Hannah Foulkes>>, <<A|Riverside Surgery, Quay Street, Kingsmead>> <<PC|KM2 1AQ>>, ODS <<O|M99017>>
Patient: <<P|Mr Gideon Trask>>  NHS No <<N|943 476 5870>>   DOB [[27/06/1955]]  Male
Address: <<A|The Old Forge, Nether Oakley>>  <<PC|KM8 3TT>>   Tel: <<T|01632 960913>>
Clinical: optometrist reports IOP [[RE 28 LE 31]], [[cup:disc 0.7/0.8]], [[Humphrey 24-2]] [[MD -6.2 dB]] LE. Father blind from glaucoma.
---- Triage (TW, [[12/02/2024]]): [[accept - glaucoma new patient 6 wk]]; commence [[latanoprost 0.005%]] nocte via GP meanwhile.
"""),
("clinic_letter", A, """
[[Kingsmead University Hospitals NHS Trust]] - [[Kingsmead Eye Centre]]
Our ref: <<REF|TW/GL/00831>>   Hospital no: <<H|K2301904>>   Dictated [[26/03/2024]]

Dr <<C|H. Foulkes>>, <<A|Riverside Surgery>>

Dear Dr <<C|Foulkes>>,
Re: <<P|Gideon Trask>>, DOB [[27/06/1955]]

Diagnosis: [[primary open angle glaucoma]], both eyes, LE > RE
VA: [[6/6]] RE, [[6/7.5]] LE. IOP (Goldmann): [[RE 19]], [[LE 21]] on [[latanoprost]]. [[CCT 512/508 µm]]. [[Gonioscopy]]: open to [[ciliary body band]] 360.
I have offered [[selective laser trabeculoplasty]] (SLT) to both eyes as per [[NICE NG81]] and Mr <<P|Trask>> is keen - he farms at <<A|Nether Oakley>> and struggles with drops during lambing. Please continue latanoprost until SLT.
Yours sincerely, [[Tomasz Wieczorek]], Specialty Doctor in Ophthalmology
"""),
("audiology_referral", A, """
[[ENT / Audiology - joint clinic note]] (applicant covered ENT sessions [[2022]]-[[2023]])
<<P|Master Oliver Brandreth>>, [[age 6]], DOB [[03/05/2017]], attends <<A|Fenwick St Mary's C of E Primary>> - teacher (<<C|Mrs Quayle>>) noticed not hearing instructions.
PTA: RE [[35 dB HL]], LE [[40 dB HL]] ([[0.5-4 kHz]] average), [[air-bone gap 25 dB]]. Tymps: [[type B]] both. 
Dx [[OME bilateral]] > 3 months. Plan: [[grommets]] discussed with mum <<R|Stacey Brandreth>> (<<T|07700 900334>>); listed.
Audiologist: <<C|Fran Oduya>>.   Seen by [[Dr T Wieczorek]]
"""),
("laser_log", A, """
YAG / SLT / PRP laser log   ([[Dr T. Wieczorek]])
date|hosp no|initials|eye|laser|energy / spots|outcome
[[2024-02-06]]|<<H|K2301904>>|<<P|GT>>|[[OU]]|[[SLT]]|[[0.8 mJ x 100]] 360°|IOP [[RE 15 LE 16]] at 6/52
[[2024-02-06]]|<<H|K1766021>>|<<P|PdS>>|[[RE]]|[[YAG capsulotomy]]|[[1.8 mJ x 22]]|VA [[6/18]] -> [[6/7.5]]
[[2024-02-13]]|<<H|K1879940>>|<<P|KOB>>|[[LE]]|[[PRP]] ([[PASCAL]])|[[1,420 spots]], 200 µm, 20 ms|[[PDR]] regressing
[[2024-02-20]]|<<H|K2024491>>|<<P|A-MJ>>|[[RE]]|[[laser PI]]|[[YAG 4.5 mJ]]|patent
supervisor check [[AKF]] ✓
"""),
("fundus_photo_email", A, """
From: <<E|twieczorek@kingsmead.nhs.example>>
To: <<E|mr.retina.kingsmead@nhs.example>>
Subject: FW: photos for virtual review - lady from <<A|Pellingham>> care home

[[Annabel]] - fundus photos attached for the lady from <<A|Rosemount Lodge>> (<<P|Mrs Elsie Varga>>, [[92]], DOB [[01/01/1932]], <<H|K0713328>>) - the home's nurse <<C|Tanya>> noticed she's walking into doors. Photos show [[disciform scar]] LE and [[active CNV]] RE? Not sure she'd tolerate injections - her nephew <<R|Laszlo>> holds [[LPA (health and welfare)]].
[[Tomasz]]

---
Reply from [[Miss Annabel Kerr-Fraser]]: agree [[active CNV RE]], VA [[6/24]] - worth a trial of [[3 loading doses]]; discuss [[best interests]] with nephew.
DISCLAIMER: Kingsmead University Hospitals NHS Trust e-mail, see <<U|https://www.kingsmead.nhs.example/email-policy>>
"""),
("dops", A, """
DOPS - [[Direct Observation of Procedural Skills]] - [[Intravitreal injection]]
Applicant: [[Dr Tomasz Wieczorek]], [[GMC 7208113]]   Assessor: [[Mr Rupert Achterberg]], Consultant VR Surgeon
Date [[18/10/2023]]. Patient: [[female, 79]], [[nAMD]], RE. Hosp no on sticker: <<H|K2219954>> (to redact).
Steps: consent incl. [[endophthalmitis 1 in 2000]] risk ✓; [[povidone-iodine 5%]] ✓; speculum ✓; [[3.5-4 mm from limbus]] ✓; post-inj [[perfusion check]] ✓.
Overall: [[Level 4 - competent to perform unsupervised]].
"""),
("patient_complaint_response", A, """
Complaint response extract - for reflection  (Complaint ref <<REF|KUH-C-24-00512>>; PALS ref <<REF|PALS/9931>>)
Complainant: <<R|Mr Colin Sharrock>> on behalf of his mother <<P|Mrs Audrey Sharrock>> ([[DOB 17/04/1940]]), <<A|3 Millstream Cottages, Upper Fenwick>>
Concern: cataract surgery on [[11/12/2023]] cancelled on the day after a 4-hour wait; mother had fasted. Mr <<P|Sharrock>> named the nurse <<C|Staff Nurse Jolene Pratt>> as "rude".
My involvement ([[Dr Wieczorek]]): I was the operating surgeon; the list overran because case 2 had a [[PCR]]. I met Mrs Sharrock and her son on [[15/01/2024]], apologised, and she was rebooked for [[22/01/2024]] (uneventful, [[VA 6/6]]).
Verified: [[Miss A Kerr-Fraser]], Clinical Lead
"""),
("msf_summary", A, """
Multi-source feedback (MSF) - [[Dr Tomasz Wieczorek]] - [[2023/24]]
Raters: [[16]] (consultants 4, nurses 5, orthoptists 2, optometrists 2, admin 3). Mean [[5.6/6]].
"Tomasz is calm in theatre and always checks the WHO list." - orthoptist
"Occasionally late for Friday clinic because of the injection list." - admin
Facilitated by: [[Dr Catriona Bell]], Appraiser
"""),
("ocr_gp_letter", A, """
[scan p1/1]  <<A|DRUMMOND STREET SURGERY>>  <<A|Drurnmond St, Ha1ton>> <<PC|HL3 8EF>>
Dr T Wieczorek, Eye Clinic
Re:  <<P|Mrs Barbara Ke11ett>>   <<N|4O1 998 2231>>   D.O.B  [[O9/O6/1951]]
Th1s pleasant 1ady has type 2 d1abetes ([[HbA1c 58]]), and the retina1 screening programme (ref <<REF|DESP-882O451>>) graded [[R3A M1]] 1eft eye. P1ease see.
<<C|Dr Ma1colm Jessop>>  GMC <<G|3O17724>>
"""),
("on_call_handover_sms", A, """
[copied from WhatsApp - eye on-call, Sat [[16/03/2024]]]
[[19:42]] A&E reg: hi eye on call, 23M squash ball to R eye at <<A|Kingsmead Leisure Centre>>, VA [[6/60]], [[hyphaema 2mm]], IOP 34. name <<P|Jake Ormerod>> A&E no <<H|AE24-031177>>
[[19:45]] TW: thanks - [[acetazolamide 500 mg]] stat, [[dex 0.1%]] 2hrly, [[atropine 1%]] bd, head up, I'll come in
[[21:10]] TW: seen, no [[globe rupture]], [[angle recession]] ? - review in [[Eye Casualty]] 9am. his gf <<R|Leah>> has my clinic leaflet
"""),
("supervised_learning_event", A, """
Mini-CEX  - [[Ophthalmology]] - [[Dr T Wieczorek]]  
Assessor: [[Miss Annabel Kerr-Fraser]]  Date: [[07/02/2024]]
Case: [[child, 4]], squint - referred by school nurse from <<A|Oakley Brook Infants>>; [[alternate cover test]]: [[left esotropia 25 PD]]; [[Cardiff cards]] [[0.3]] / [[0.5]]; [[cycloplegic refraction]] +4.00 both.
Focus: communication with child and grandmother (<<R|Nana Joyce>>). Rating: [[excellent]].
"""),
("audit_report", A, """
Audit: [[Posterior capsule rupture rates]] - [[Kingsmead Eye Centre]], cycle 2 ([[Jan-Jun 2024]])
Lead: [[Dr T. Wieczorek]]. Standard: [[RCOphth NOD]] PCR < [[1.1%]] (adjusted).
Results: [[1,214]] operations by [[9 surgeons]]; PCR [[0.99%]]. Surgeon E (<<C|Dr F. Amoah>>) [[2.4%]] - discussed at M&M; supported with simulator. Incidents: Datix <<REF|W-118342>>, <<REF|W-119007>>.
Presented at Clinical Governance [[12/07/2024]]. Verified [[Miss A Kerr-Fraser]].
"""),
]
