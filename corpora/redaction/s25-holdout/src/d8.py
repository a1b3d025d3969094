P,R,C,A,PC,T,E,N,H,REF,G,U,O="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
D=[]
def d(kind,app,text,ids,keep): D.append(dict(kind=kind,applicant=app,text=text,identifiers=[{"text":a,"type":b} for a,b in ids],keep=keep))
EM="Dr Olumide Adeyemi"; IM="Dr Priya Raghunathan"; PS="Dr Tomasz Wisniewski"; AN="Dr Eilidh MacKinnon"; GP="Dr Farhan Siddiqui"; PA="Dr Niamh Gallagher"; SU="Dr Mateo Ruiz-Castillo"

d("clinic_letter",IM,"""Westcombe General Hospital - Diabetes & Endocrinology Clinic D2
Dear Dr Valsan,
Re: Mr Gurpreet Singh Bains, DOB 25/03/1965, WG0557102, 31 Nanak Close, Westcombe WC2 7RB
Mr Bains came with his son Harjit, who translated (Punjabi). He is a taxi driver with Westcombe Cars (licence plate WC-HACK-0442 held by the council) and is worried about DVLA. HbA1c 88 mmol/mol on metformin 1 g bd and gliclazide 80 mg bd. Hypos: none.
Plan: add semaglutide 0.25 mg weekly, titrate; retinal screening overdue (last 2021). No DVLA notification needed as no hypoglycaemia on gliclazide... but I have advised him of Group 2 rules.
Dr Priya Raghunathan""",
[("Dr Valsan",C),("Mr Gurpreet Singh Bains",P),("WG0557102",H),("31 Nanak Close, Westcombe",A),("WC2 7RB",PC),("Mr Bains",P),("Harjit",R),("Westcombe Cars",A),("WC-HACK-0442",O)],
["Dr Priya Raghunathan","Westcombe General Hospital","Clinic D2","DOB 25/03/1965","HbA1c 88 mmol/mol","metformin 1 g bd","gliclazide 80 mg bd","semaglutide 0.25 mg weekly","DVLA","Group 2"])

d("whatsapp_paste",PS,"""Paste from on-call WhatsApp (kept for reflection on professional boundaries)
[23:02] Tomasz W: bleep me if Martha on Ash kicks off again
[23:05] Kofi (nurse in charge Ash): Martha Quigley is asking for you by name again doc, says you're her "only friend"
[23:06] Tomasz W: please don't pass on my first name to patients
[23:30] Kofi (nurse in charge Ash): she's now saying her ex (Dean) is coming to get her from Ferry Road. police aware, log 1122 of 12/03
[23:31] Tomasz W: ok, coming. lorazepam 1 mg PO offered first pls""",
[("Martha",P),("Kofi",C),("Martha Quigley",P),("Dean",R),("Ferry Road",A),("1122 of 12/03",REF)],
["Tomasz W","Ash","lorazepam 1 mg PO"])

d("paeds_dops",PA,"""DOPS - Lumbar puncture (infant) - Assessor Dr Kwame Asante-Boateng (signed)
Doctor: Dr N Gallagher   Date 02/10/2023   Location: CAU, St Wilfrid's
Patient: 5-week-old, "Baby Ayaan" (Ayaan Siddique - no relation to our GP) - fever 38.4, no focus.
Held by HCA Tracy-Lee Bamford in flexed lateral position. 22G 1.5 inch needle, L4/5. Clear CSF first attempt. WCC 2, protein 0.6, glucose 2.9.
Ceftriaxone 80 mg/kg given per NICE NG143.
Feedback: excellent; next step - supervise a junior.""",
[("\"Baby Ayaan\"",P),("Ayaan Siddique",P),("HCA Tracy-Lee Bamford",C)],
["Dr Kwame Asante-Boateng","Dr N Gallagher","St Wilfrid's","5-week-old","22G 1.5 inch needle","L4/5","Ceftriaxone 80 mg/kg","NICE NG143","fever 38.4"])

d("surgical_referral_email",SU,"""From: mateo.ruizcastillo@kuh.nhs.uk
To: upper.gi.mdt@kuh.nhs.uk
Subject: Referral - Mr Kenji Watanabe-Holt, KUH5301276

Hi team, please add to Thursday's UGI MDT: Mr Kenji Watanabe-Holt (DOB 08/04/1958, NHS 662 019 3380) - OGD 19/09 by Dr Alina Popescu: 4 cm ulcerated lesion at GOJ (Siewert II), biopsies pending (HS24-60112). CT staging booked. He's a chef at the Sakura restaurant on Regent Parade, and his wife Helen says he's lost 9 kg.
Thanks, Mateo (Dr Ruiz-Castillo)""",
[("mateo.ruizcastillo@kuh.nhs.uk",E),("upper.gi.mdt@kuh.nhs.uk",E),("Mr Kenji Watanabe-Holt",P),("KUH5301276",H),("662 019 3380",N),("Dr Alina Popescu",C),("HS24-60112",O),("the Sakura restaurant on Regent Parade",A),("Helen",R)],
["Mateo","Dr Ruiz-Castillo","DOB 08/04/1958","Siewert II","GOJ","9 kg","UGI MDT"])

d("gp_audit_table",GP,"""QI project: Valproate in women of childbearing potential (MHRA 2018/2024) - Shirelands Medical Practice
Lead: Dr Farhan Siddiqui. Searches run in EMIS 01/05/2024.
EMIS no | Age | Indication | PPP form signed | Annual risk ack
10442   | 23  | epilepsy   | Y | Y
10987   | 31  | bipolar    | N | N  -> recalled; GP Dr Oyin Badmus to review
11201   | 19  | epilepsy   | Y | N
Patient 10987 (L.P.) is under Dr Wisniewski's CMHT.
Result: 1/3 fully compliant -> 3/3 after intervention.""",
[("10442",H),("10987",H),("11201",H),("Dr Oyin Badmus",C),("L.P.",P)],
["Dr Farhan Siddiqui","Shirelands Medical Practice","MHRA 2018/2024","PPP","1/3","3/3"])

d("police_statement",AN,"""STATEMENT OF WITNESS (Criminal Procedure (Scotland) Act 1995)
Police Scotland ref: PS-20231104-0381
Witness: Dr Eilidh MacKinnon, Specialty Doctor, Glenmore Royal Hospital
On 04/11/2023 I was the anaesthetist called to resus for a 22-year-old male, later identified as Jamie-Lee Baxter, with a GCS of 5 after an assault outside the Tolbooth Bar, High Street. I intubated him (RSI: ketamine 2 mg/kg, rocuronium 1 mg/kg) and transferred him to CT with ODP Dev Ramsay. CT: acute subdural haematoma 14 mm, midline shift 8 mm. He was transferred to the regional neurosurgical unit.
His girlfriend, Shannon Coutts, was in the relatives' room.""",
[("PS-20231104-0381",REF),("Jamie-Lee Baxter",P),("the Tolbooth Bar, High Street",A),("ODP Dev Ramsay",C),("Shannon Coutts",R)],
["Dr Eilidh MacKinnon","Glenmore Royal Hospital","GCS of 5","ketamine 2 mg/kg","rocuronium 1 mg/kg","14 mm","22-year-old male"])

d("reflective_entry",IM,"""Reflection - end of life care for a man who wanted to go home

Mr Abernathy ("call me Tosh") was a retired lighthouse keeper from Flamborough. He had mesothelioma from his years at the shipyard. He wanted to die at home in his cottage, Seaspray, on Cliff Lane. Discharge planning took 5 days: fast-track CHC, hospital bed, syringe driver (morphine 10 mg + midazolam 5 mg / 24 h). The district nurse, Maggie Pratt, came in to meet him.
He died at home with his partner Derek, two days later. Derek sent a card to the ward with a photo of the lighthouse.
Learning: I should start fast-track paperwork on day 1. Reviewed with Dr Oyelaran-Hughes.""",
[("Mr Abernathy",P),("\"call me Tosh\"",P),("Flamborough",A),("Seaspray, on Cliff Lane",A),("Maggie Pratt",C),("Derek",R)],
["Dr Oyelaran-Hughes","fast-track CHC","morphine 10 mg + midazolam 5 mg / 24 h","mesothelioma"])

d("ed_discharge_ocr",EM,"""R0YAL BRAMHALL INFIRMARY - EMERGENCY DEPT - DISCHARGE LETTER T0 GP
Pt: NGUYEN, Thi Lan       DOB: 0l/0l/1984   F
ED No: ED23-O881240   NHS: 4O3 229 8815
GP: Dr M Fitzgerald, Canalside Surgery
Dx: Renal colic - 4 mm R VUJ stone on CTKUB.
Rx: diclofenac 75 mg PR given; tamsulosin 400 mcg od x 4/52 (off-label), 
Follow-up: urology virtual clinic. Return if fever/rigors.
Seen by: Dr 0 Adeyemi   |   pg 1/l
.. ,, ;""",
[("NGUYEN, Thi Lan",P),("ED23-O881240",H),("4O3 229 8815",N),("Dr M Fitzgerald",C)],
["R0YAL BRAMHALL INFIRMARY","DOB: 0l/0l/1984","4 mm R VUJ stone","diclofenac 75 mg PR","tamsulosin 400 mcg od","Dr 0 Adeyemi","Canalside Surgery"])

d("cbd_psych",PS,"""CbD - Old Age Psychiatry - Assessor Dr Imogen Fairweather (signed)
Doctor: Dr Tomasz Wisniewski
Case: Mrs Hyacinth Beaumont-Clarke, 82, of Larkspur Care Home, referred for "agitation". Risperidone 500 mcg bd had been started by the out-of-hours GP (Dr Nkem Obi). I stopped it (stroke risk; NICE NG97), did a pain assessment (Abbey Pain Scale 12: moderate) and found a fractured wrist nobody had X-rayed. Her daughter-in-law, Mrs Pamela Beaumont-Clarke, made a complaint to the home.
Assessor: outstanding - person-centred, challenged antipsychotic use.""",
[("Mrs Hyacinth Beaumont-Clarke",P),("Larkspur Care Home",A),("Dr Nkem Obi",C),("Mrs Pamela Beaumont-Clarke",R)],
["Dr Imogen Fairweather","Dr Tomasz Wisniewski","Risperidone 500 mcg bd","NICE NG97","Abbey Pain Scale 12","82"])

d("bed_bureau_log",IM,"""Site/bed bureau log (extract) - Westcombe General - 02/02/2024 - medical take
Bureau ID  | Source  | Pt        | Problem              | Accepted by
BB-240202-07 | GP Dr Joshi | Mr Elwyn Pughe, 76 | ?PE | Dr Raghunathan
BB-240202-08 | ED | "the lady from the Salvation Army hostel", Marjorie | hypothermia 32.1 | Dr Raghunathan
BB-240202-11 | Ambulance CAD 240202-1187 | Ms Rivka Lowenthal, 44 | DKA | Dr Yusuf Demir
Total accepted 31.""",
[("BB-240202-07",O),("Dr Joshi",C),("Mr Elwyn Pughe",P),("BB-240202-08",O),("the Salvation Army hostel",A),("Marjorie",P),("BB-240202-11",O),("240202-1187",REF),("Ms Rivka Lowenthal",P),("Dr Yusuf Demir",C)],
["Dr Raghunathan","Westcombe General","hypothermia 32.1","DKA","76","44"])
