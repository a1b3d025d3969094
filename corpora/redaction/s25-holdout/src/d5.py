P,R,C,A,PC,T,E,N,H,REF,G,U,O="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
D=[]
def d(kind,app,text,ids,keep): D.append(dict(kind=kind,applicant=app,text=text,identifiers=[{"text":a,"type":b} for a,b in ids],keep=keep))
EM="Dr Olumide Adeyemi"; IM="Dr Priya Raghunathan"; PS="Dr Tomasz Wisniewski"; AN="Dr Eilidh MacKinnon"; GP="Dr Farhan Siddiqui"; PA="Dr Niamh Gallagher"; SU="Dr Mateo Ruiz-Castillo"

d("tribunal_report",PS,"""REPORT FOR THE FIRST-TIER TRIBUNAL (MENTAL HEALTH)
Tribunal ref: MP/2024/08813     Hospital: Larchmont Hospital, Oakridge Unit
Patient: Mr Lucas Fenwick-Adjei    Section 3 MHA 1983, renewed 11/01/2024
Responsible Clinician: Dr Imogen Fairweather. Report author: Dr Tomasz Wisniewski.

History: first episode psychosis at 19 while studying at Northumbria; second admission after he barricaded himself in his grandmother's bungalow at 3 Pinfold Close, Eastholme. Nearest relative: his father, Mr Kwesi Adjei. IMHA: Ms Tamar Goldfarb (Voiceability).
Current treatment: aripiprazole long-acting 400 mg monthly. PANSS positive 14.
Opinion: the nature but not the degree criterion is met...""",
[("MP/2024/08813",REF),("Mr Lucas Fenwick-Adjei",P),("Northumbria",A),("3 Pinfold Close, Eastholme",A),("Mr Kwesi Adjei",R),("Ms Tamar Goldfarb",C)],
["Larchmont Hospital","Oakridge Unit","Section 3 MHA 1983","Dr Imogen Fairweather","Dr Tomasz Wisniewski","aripiprazole long-acting 400 mg monthly","PANSS positive 14","11/01/2024"])

d("case_reflection",EM,"""Case: the lorry driver and the aortic dissection (reflection, Dr O. Adeyemi)

He was a Scottish long-haul driver, Mr Hamish "Ham" Urquhart, who pulled his artic into the hospital car park himself and walked into triage saying his back was "ripping". Triage nurse Beverley booked him as musculoskeletal. I saw him because the department was quiet; left arm BP 188/100, right 142/86. CT aortogram: Stanford type A. Cardiothoracic registrar at St Aldhelm's (Ms Oyinda Bakare) accepted him within 25 minutes.
He rang the department from his hospital bed a month later to ask for "the African doctor" - I still have the voicemail. His wife Shona and their dog Boaby had driven down from Dingwall.
Learning: ADD-RS 2; I now measure both arm BPs in all chest/back pain.
Supervisor sign-off: Dr Ruth Okonkwo""",
[("Mr Hamish \"Ham\" Urquhart",P),("Beverley",C),("Ms Oyinda Bakare",C),("Shona",R),("Dingwall",A)],
["Dr O. Adeyemi","Dr Ruth Okonkwo","Stanford type A","ADD-RS 2","BP 188/100","St Aldhelm's","CT aortogram"])

d("gp_consultation_record",GP,"""EMIS consultation (copied for CbD) - 04-Sep-2023 10:20 - Dr Farhan SIDDIQUI - Face to face
Patient: Sister Mary Immaculata (Bridget Geraghty), 87, Convent of the Sacred Heart, Lower Pendleby
History: 2/52 breathless, ankle swelling. Mother Superior (Sr Bernadette Keogh) accompanying.
Exam: JVP +5, bibasal creps, pitting oedema to knees. HR 92 irregular.
NT-proBNP sent (lab no 23-0904-7712). ECG: AF 96.
Plan: furosemide 40 mg od, U&E 1/52, echo referral (ref UBRN 0003 8812 6610). CbD assessor: Dr Margaret Oduya.""",
[("Sister Mary Immaculata",P),("Bridget Geraghty",P),("Convent of the Sacred Heart, Lower Pendleby",A),("Sr Bernadette Keogh",R),("23-0904-7712",O),("0003 8812 6610",REF)],
["Dr Farhan SIDDIQUI","Dr Margaret Oduya","JVP +5","NT-proBNP","furosemide 40 mg od","AF 96","87"])

d("safeguarding_adult",IM,"""Adult safeguarding concern (Care Act 2014 s42) - raised by Dr P Raghunathan, AMU
Local authority ref: ASC-SG-2023-4471. Trust safeguarding ref: SG/23/1109.
Adult at risk: Mr Arthur Nettleship, 84, DOB 06/06/1939 (known as "Artie"), lives at 19 Quarry Hill, Westcombe WC4 8NN.
Concern: admitted with grade 4 sacral pressure ulcer and weight 41 kg (BMI 14.8). Carer and grandson, Jordan Nettleship, has lasting power of attorney and holds his bank card; neighbour Mrs Val Spratt reports Jordan "takes him to the bookies on pension day". Agency carers (Comfort Care Ltd, carer named Precious Dube) stopped visiting in July.
Capacity: MCA assessment - lacks capacity re finances. IMCA requested.""",
[("ASC-SG-2023-4471",REF),("SG/23/1109",REF),("Mr Arthur Nettleship",P),("\"Artie\"",P),("19 Quarry Hill, Westcombe",A),("WC4 8NN",PC),("Jordan Nettleship",R),("Mrs Val Spratt",R),("Jordan",R),("Precious Dube",C)],
["Dr P Raghunathan","Care Act 2014 s42","DOB 06/06/1939","grade 4 sacral pressure ulcer","41 kg","BMI 14.8","AMU","MCA","IMCA"])

d("ambulance_handover",EM,"""ATMIST handover (written on back of ePCR, transcribed)
Incident: CAD 231104-0097 / ePCR 5520013811
Age: 17  Time: 22:48  Mechanism: motorbike v car, Brick Kiln Roundabout
Injuries: open tib/fib R, GCS 15
Signs: HR 118 BP 108/70 RR 24 SpO2 98%
Treatment: morphine 10 mg IV, ketamine 20 mg, pelvic binder
Name given: Kai Lindstrom-Barnes (lives Holly Walk, attends Hetherfield Sixth Form College). Mum Petra en route.
Crew: Paramedic Gary Thewlis (HCPC PA41229) and ECA Naz Chowdhury.
Received by: Dr O Adeyemi, trauma team leader""",
[("231104-0097",REF),("5520013811",REF),("Brick Kiln Roundabout",A),("Kai Lindstrom-Barnes",P),("Holly Walk",A),("Hetherfield Sixth Form College",A),("Petra",R),("Paramedic Gary Thewlis",C),("HCPC PA41229",G),("Naz Chowdhury",C)],
["Dr O Adeyemi","morphine 10 mg IV","ketamine 20 mg","GCS 15","BP 108/70","pelvic binder","ATMIST"])

d("paediatric_clinic_letter",PA,"""Dear Dr Lindqvist,
Re: Jack "Jax" O'Rourke-Mbeki, DOB 11/02/2017, SW/3320981, 4 Heron Quay, Dunmere DN2 5PS
I reviewed Jax in the epilepsy clinic with his grandad, Mr Seamus O'Rourke, who has special guardianship. Jax has had 3 absence clusters in class at Heronsgate Primary, noticed by his teacher Mrs Ablewhite. EEG: 3 Hz generalised spike-wave. Diagnosis: childhood absence epilepsy.
I have started ethosuximide 250 mg bd (approx 15 mg/kg/day) and given the MHRA valproate leaflet for later discussion. Epilepsy nurse Lucy Tamblyn will ring on 01632 960345.
Yours sincerely,
Dr Niamh Gallagher, Specialty Doctor, Paediatrics""",
[("Dr Lindqvist",C),("Jack \"Jax\" O'Rourke-Mbeki",P),("SW/3320981",H),("4 Heron Quay, Dunmere",A),("DN2 5PS",PC),("Jax",P),("Mr Seamus O'Rourke",R),("Heronsgate Primary",A),("Mrs Ablewhite",C),("Lucy Tamblyn",C),("01632 960345",T)],
["Dr Niamh Gallagher","DOB 11/02/2017","3 Hz generalised spike-wave","ethosuximide 250 mg bd","15 mg/kg/day","MHRA"])

d("consent_form_ocr",SU,"""C0NSENT F0RM 1  - Kingsmead University H0spital
Patient's surname: MAHL0NGWANE      First names: Thandeka
D0B: 2l/09/1990   Hosp N0: KUH78O2214
Procedure: Laparoscopic right hemic0lectomy +/- open
Risks: bleeding, infection, anast0motic leak (5%), DVT/PE, c0nversion
Health pr0fessional: Dr Mateo Ruiz-Castill0     J0b title: Specialty D0ct0r
Interpreter: Mr Sipho Dlamini-Nkosi (Language Line ID 80l22)
Signed (patient) ...T. Mahl0ngwane...  Date l4/06/2024
|l  _ _ . '""",
[("MAHL0NGWANE",P),("Thandeka",P),("KUH78O2214",H),("Mr Sipho Dlamini-Nkosi",C),("80l22",O),("T. Mahl0ngwane",P)],
["Kingsmead University H0spital","D0B: 2l/09/1990","Dr Mateo Ruiz-Castill0","anast0motic leak (5%)","Laparoscopic right hemic0lectomy"])

d("teaching_email",AN,"""Subject: SIM session feedback - "Can't intubate"
From: Sim Centre Glenmore <simcentre@glenmore.scot.nhs.uk>

Dear Dr MacKinnon,
Thank you for faculty-leading Tuesday's in-situ simulation. Feedback (n = 9): 100% "would recommend". Participants: Dr Ishaan Kapoor (CT1), Dr Beth Gillanders (CT2), ODPs Rory Macfarlane and Kerry-Ann Ross. Dr Gillanders asked to repeat her run as the manikin's cricoid was faulty.
Debrief model: PEARLS. Scenario based on a real case (not named).
Certificate attached, countersigned by Dr Gareth Llewellyn.""",
[("simcentre@glenmore.scot.nhs.uk",E),("Dr Ishaan Kapoor",C),("Dr Beth Gillanders",C),("Rory Macfarlane",C),("Kerry-Ann Ross",C),("Dr Gillanders",C)],
["Dr MacKinnon","Dr Gareth Llewellyn","PEARLS","100%","n = 9"])

d("discharge_letter",PS,"""Larchmont Hospital - Willow Ward - Discharge notification
Name: Ms Precious-Joy Amankwah   RiO 2251903   NHS 318 440 2297   DOB 30/11/2000
Address on discharge: Room 6, Brightwater Supported Living, 11 Dyer Street, Larchmont LM2 4QQ
Admission: 14/02/2024 (informal, converted s2 on 15/02/2024) - discharged 21/03/2024
Diagnosis: EUPD (F60.3) with depressive episode; overdose sertraline 28 x 100 mg.
On discharge: sertraline 100 mg od; promethazine 25 mg prn max 2/day; 7-day supply only.
Follow-up: Home Treatment Team 48 h; care coordinator Ravinder Sahota. Sister, Abena, aware (07700 900599).
Dr T. Wisniewski for Dr I. Fairweather""",
[("Ms Precious-Joy Amankwah",P),("2251903",H),("318 440 2297",N),("Room 6, Brightwater Supported Living, 11 Dyer Street, Larchmont",A),("LM2 4QQ",PC),("Ravinder Sahota",C),("Abena",R),("07700 900599",T)],
["Larchmont Hospital","Willow Ward","DOB 30/11/2000","F60.3","sertraline 100 mg od","promethazine 25 mg prn","Dr T. Wisniewski","Dr I. Fairweather","Home Treatment Team 48 h"])

d("audit_data",EM,"""Audit: time to analgesia for long-bone fractures, ED Royal Bramhall, Feb 2023 (RCEM Pain in Adults standard)
Data collected by Dr Olumide Adeyemi. Sample (first 8 of 50):
ED no         | Age | Injury        | Pain score | Mins to analgesia
ED23-0101877  | 34  | # radius      | 8/10       | 22
ED23-0102214  | 71  | NOF           | 9/10       | 74
ED23-0103350  | 19  | # tib         | 10/10      | 18
0104411       | 88  | NOF           | 7/10       | 133
ED23-0104902  | 45  | # humerus     | 6/10       | 41
Median 41 min (standard: 20 min for severe pain). Presented at ED governance 14/04/2023 (chair Dr Ruth Okonkwo).""",
[("ED23-0101877",H),("ED23-0102214",H),("ED23-0103350",H),("0104411",H),("ED23-0104902",H)],
["Dr Olumide Adeyemi","Dr Ruth Okonkwo","RCEM Pain in Adults","8/10","Median 41 min","Royal Bramhall"])
