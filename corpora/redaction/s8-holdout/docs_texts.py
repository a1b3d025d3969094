# Source documents for gen_texts.py. All people, numbers and places are invented.
DOCS = []
def d(kind, applicant, text):
    DOCS.append((kind, applicant, text))

# 1 psychiatry clinic letter
d("clinic_letter", "Dr Oluwaseun Adebayo-Clarke", """
Tees, Esk and Wear Valleys NHS Foundation Trust
Community Mental Health Team (North) - Lanchester Road Hospital

Our ref: [[CMHT/N/22/04417|REF]]      Your ref: [[GP-SR-88213|REF]]
Dictated: 14/03/2022   Typed: 21/03/2022

Dr [[Fionnuala Breathnach|C]]
[[The Cedars Surgery|A]], [[12 Front Street|A]], [[Sacriston|A]], [[DH7 6JU|PC]]

Dear Dr [[Breathnach|C]]

Re: [[Chukwuemeka "Emeka" OBI-NWOSU|P]]   DOB {{09/11/1994}}   Male
NHS No [[485 777 3456|N]]   RiO [[RIO1182093|H]]
[[Flat 3, 41 Waddington Street|A]], [[Durham|A]] [[DH1 4BG|PC]]   Mob [[07700 900418|T]]

Diagnosis: {{Schizoaffective disorder, bipolar type (F25.0)}}
Medication: {{aripiprazole 15 mg}} od, {{sodium valproate 500 mg}} bd (level {{68 mg/L}})

I reviewed [[Emeka|P]] in clinic today with his sister [[Adaeze|R]], who he lives with. He was seen with our CPN [[Bronwen Pryce-Jones|C]]. [[Mr Obi-Nwosu|P]] reports improved sleep; {{PANSS}} total {{62}} (was {{88}} in January). He has not used cannabis for six weeks. No thoughts of harm to self or others. Capacity to consent to treatment was assessed under the {{Mental Capacity Act 2005}} and he has capacity.

Plan: continue current doses, repeat valproate level and {{LFTs}} in 3 months; review by Dr [[Hassan|C]] (ST4) in 6 weeks.

Yours sincerely

{{Dr O. Adebayo-Clarke}}
Specialty Doctor in General Adult Psychiatry, GMC {{7345612}}
cc: [[Adaeze Obi-Nwosu|R]] (with patient's consent)
""".replace("[[Mr Obi-Nwosu|P]]", "Mr [[Obi-Nwosu|P]]"))

# 2 paediatric discharge summary, Arabic names, surname first
d("discharge_summary", "Dr Mariam Al-Hashimi", """
DISCHARGE SUMMARY - Paediatric Assessment Unit, Royal Stoke University Hospital
Patient: [[AL-QAHTANI, Yusuf bin Khalid|P]]      Hosp No: [[M0457781|H]]     NHS: [[6009871234|N]]
DOB: {{02/07/2019}}   Sex: M    Ward: {{Ward 215}} Bed {{12}}
Admitted {{18/01/2023 03:40}}   Discharged {{20/01/2023 16:15}}
Consultant: Dr [[Ng Wai Keung|C]]     Discharging doctor: {{Dr M Al-Hashimi}} (ST6, GMC {{7654320}})
Parent/guardian: [[Noura Al-Qahtani|R]] (mother) tel [[01632 960184|T]]; father [[Khalid|R]] works away

Presenting complaint: {{febrile convulsion}}, 4 minutes, generalised, at home in [[Meir Heath|A]].
Background: born {{36+2}} weeks, fully immunised. Older brother [[Omar|R]] had febrile seizures.
Ix: CRP {{46}}, WCC {{14.2}}, urine dip nitrite +ve, culture {{E. coli}} >10^5. CXR clear.
Treatment: {{IV ceftriaxone 80 mg/kg}} then oral {{co-amoxiclav 0.5 ml/kg}} tds to complete 7/7.
Safety netting given in Arabic via interpreter [[Samira Haddad|C]] (Language Line ID [[LL-339021|O]]).
Follow up: renal USS as outpatient, letter to GP Dr [[Oyelaran|C]], [[Longton Health Centre|A]], [[ST3 1LZ|PC]].
""")

# 3 personal notebook, lower-case names and abbreviations
d("personal_notebook", "Dr Tomasz Wiśniewski", """
notes wk 14 - gen surg nights (TW)
mon
- bed {{7}} SAU: mrs [[kowalczyk|P]] 81F {{SBO}} ?adhesions, NGT, {{drip & suck}}, CT done, mr [[o'driscoll|C]] (reg) happy to wait till am. son [[pawel|R]] v anxious, rang x3 on [[07700 900723|T]]
- [[jj|P]] (jimmy [[jeffers|P]]) {{appendicectomy}} lap, {{CEPOD}} 0230, uneventful. hosp no [[K221905|H]]
- ward 9 - hb {{71}} lady [[bibi|P]] (ms [[ghulam bibi|P]]?) → 2u, fluid bal chart missing. told sn [[rosie|C]]
tue
- theatre w/ {{Mr Harrington}} (my ES): {{lap chole}} x2, I did 1st skin-to-skin (logbook {{S-2021-118}}) 
- teaching FY1s on {{qSOFA}} vs {{NEWS2}}
- todo: datix for the missing chart [[W-114392|REF]]; ring [[kasia|R]] (mrs kowalczyk's daughter) re DNACPR convo
tw / {{T. Wiśniewski}} GMC {{7433109}}
""")

# 4 ED incident report with CAD and police
d("incident_report", "Dr Ama Owusu-Ansah", """
INCIDENT REPORT FORM (Datix Web)    Ref: [[DW-2023-118846|REF]]
Reported by: {{Dr Ama Owusu-Ansah}}, ST5 Emergency Medicine, GMC {{7512209}}
Location: {{Emergency Department, Resus bay 3}}, {{Northern General Hospital}}
Date/time of incident: {{04/11/2023}} {{22:47}}
Severity: moderate harm

Description:
Patient [[DARIUSZ NOWAK|P]] (ED no [[ED23-0987123|H]], NHS [[943 476 5919|N]]) conveyed by YAS, CAD [[YAS-231104-0457|REF]], following an assault on [[Fitzwilliam Street|A]]. South Yorkshire Police (PC [[Liam Doherty|C]], collar [[4471|O]]) attended; crime ref [[14/221987/23|REF]]. GCS {{13}} ({{E3 V4 M6}}) on arrival. CT head requested at 22:58 but delayed 71 min because the porter [[Gary|C]] was redeployed and radiology SpR Dr [[Kuznetsova|C]] was covering two sites. Repeat GCS {{9}} at 00:05; {{acute subdural haematoma}} on CT; transferred to neurosurgery.

Immediate action: escalated to consultant on call, {{Dr Rachel Whitcombe}} (verifier). Partner [[Magda|R]] informed by phone [[01632 960231|T]].
Learning: direct CT pathway for {{NICE CG176}} criteria.
""")

# 5 complaint response letter
d("complaint_response", "Dr Siobhán Ní Bhriain", """
Patient Advice and Liaison / Complaints Team
University Hospitals of Derby and Burton NHS Foundation Trust

Complaint reference: [[COMP 2022/1478|REF]]
Date: {{28 June 2022}}

Mr [[Declan Mac Giolla Phádraig|R]]
[[17 Ashbourne Road|A]]
[[Mickleover|A]]
[[DE22 3FS|PC]]

Dear Mr [[Mac Giolla Phádraig|R]],

Thank you for your letter of {{3 June}} about the care of your late mother, Mrs [[Bríd Mac Giolla Phádraig|P]], on {{Ward 308}} at {{Royal Derby Hospital}}. I am the consultant who led her care from {{14 May 2022}} and I have reviewed her notes (hospital number [[RTG2210045|H]]).

You raised three concerns. First, that the junior doctor, Dr [[Yeboah|C]], did not explain the {{ReSPECT}} form. Second, that pain relief was delayed overnight on {{17 May}}; the drug chart shows {{oramorph 2.5 mg}} was prescribed at 23:10 but given at 01:35, because the nurse in charge, [[Carys Evans|C]], was managing a cardiac arrest on the ward. Third, that you were not phoned when she deteriorated: the number on file was your brother [[Seán|R]]'s old landline, [[01632 960 447|T]].

I am sorry. We have changed the ward's next-of-kin check at handover.

Yours sincerely,
{{Dr Siobhán Ní Bhriain}}, Consultant Geriatrician (GMC {{6129944}})
cc Ms [[Ruth Ashworth|C]], Complaints Manager  [[ruth.ashworth@nhs.net|E]]
""")

# 6 WhatsApp-style chat export (rota swaps)
d("chat_export", "Dr Rhys ap Gwilym", """
[02/09/2023, 19:02:11] [[Hannah Lloyd-Owen|C]]: anyone free to swap sat 16th nights for my sun 24th? 🙏
[02/09/2023, 19:05:40] {{Rhys ap Gwilym}}: I can do 16th if you take my 30th long day
[02/09/2023, 19:06:02] [[Hannah Lloyd-Owen|C]]: deal!! rota co-ord is [[Dafydd|C]] yeah?
[02/09/2023, 19:07:55] [[Dafydd Rowlands|C]] (Rota): yes pls email [[rota.medicine@wales.nhs.uk|E]] with both names + dates
[02/09/2023, 21:12:30] [[Iqbal Chaudhry|C]]: btw the lady in {{Ward 5}} bed {{14}} - mrs [[Tudur|P]] - her son [[Gethin|R]] keeps ringing the ward, can whoever's on give him a call 07700 900 [[|P]]
[02/09/2023, 21:13:01] {{Rhys ap Gwilym}}: will do, number?
[02/09/2023, 21:13:30] [[Iqbal Chaudhry|C]]: [[07700 900 862|T]] and her unit no is [[G778124|H]] for the EPR
[02/09/2023, 21:20:44] {{Rhys}}: done, he's coming in tmrw 10am. {{Glan Clwyd}} side room request in too
[03/09/2023, 08:01:09] {{Dr Elin Morgan (CS)}}: thanks {{Rhys}} - good comms. please pop this in your portfolio as leadership evidence 👍
""".replace(" 07700 900 [[|P]]", "?"))

# 7 OCR-damaged scanned referral
d("referral_letter_ocr", "Dr Nguyen Thi Lan", """
R E F E R R A L   -   2 W W  S U S P E C T E D  C A N C E R (UPPER Gl)
From: [[Riverside Medlcal Practice|A]], [[Ha1l Lane|A]], [[Leeds|A]] [[LS1O 2PQ|PC]]  Tel [[01632 96OO72|T]]
Referring GP: Dr [[P. 0kafor|C]]
Pati ent: [[NGUYEN VAN HUNG|P]]     D0B: {{11/O4/1958}}    Sex: M
NHS n0: [[4 0 1 2 3 3 8 7 1 9|N]]     Practice ID: [[LEE-88O31|O]]
Addr: [[22 Beest0n Hill|A]], [[LS11 8ND|PC]]     Daughter ([[Mai|R]]) interprets: [[O7700 9OO 315|T]]

Sympt0ms: dysphagia t0 s0lids 6/52, weight l0ss {{7 kg}}, lr0n def anaemia Hb {{98}} g/L, {{ferritin 9}}.
PMH: {{hepatitis B}} carrier (on {{entecavir 0.5 mg}}), T2DM.
Seen in clinic {{02/02/2021}} by {{Dr Lan Nguyen}} (Upper Gl SpR) -> OGD booked, found {{Siewert II}} lesi0n.
MDT: [[MDT-UGI-21-0211|REF]]
""")

# 8 O&G operation note
d("operation_note", "Dr Funmilayo Adeyemi", """
OPERATION NOTE - Delivery Suite Theatre 2, {{Birmingham Women's Hospital}}
Patient label: [[ADEBOWALE, Precious|P]]  MRN [[BWH 4471902|H]]  DOB {{30/10/1996}}
Date {{12/08/2022}}   Time {{02:14}}
Surgeon: {{Dr F. Adeyemi}} (ST7)   Assistant: Dr [[Sunday Eze|C]] (FY2)   Anaesthetist: Dr [[Ivanova|C]]
Supervising consultant (not scrubbed, available): {{Miss Harriet Bellamy}}
Procedure: {{Category 1 caesarean section}} for {{pathological CTG}} (fetal bradycardia {{70 bpm}} x 6 min)
Decision to delivery interval: {{19 minutes}}
Findings: cephalic, OP, {{thin lower segment}}, clear liquor. Baby girl (Baby [[Adebowale|P]]) born 02:11, Apgars {{5}}, {{8}}, {{10}}, wt {{3.12 kg}}. Cord gases: arterial pH {{7.08}}, BE {{-9.8}}.
EBL {{900 ml}}. {{Oxytocin 5 IU}} IV, {{carbetocin}} not available. Uterus closed in 2 layers.
Post-op: {{enoxaparin 40 mg}} sc od 10/7, VTE score 3. Partner [[Tobi|R]] present in theatre.
""")

# 9 MDT outcome, oncology
d("mdt_outcome", "Dr Rajeshwari Subramanian", """
BREAST MDT OUTCOME  -  {{Thursday 09/03/2023}}   Chair: {{Mr Anthony Pellegrini}}
Present: {{Dr R. Subramanian}} (clinical oncology, presenting), Dr [[Ketevan Beridze|C]] (radiology), Dr [[Ochieng|C]] (pathology), CNS [[Wanjiru Kamau|C]]

1. [[Pham Thi Hoa|P]]  F  {{54}}   NHS [[712 448 9021|N]]  Hosp [[Q330918|H]]
   {{Grade 2 IDC}} left breast, {{ER 8/8}}, {{HER2 negative}}, 23 mm, 1/3 SLNB +ve.
   Outcome: adjuvant {{FEC-T}}, then {{whole breast radiotherapy 40 Gy/15#}}; {{letrozole}} 5 yrs. Oncotype not indicated.
2. [[Mrs Gráinne Ó Súilleabháin|P]]  F  {{71}}   NHS [[598 221 0043|N]]
   Recurrence in chest wall; for {{PET-CT}}. Patient prefers to be called [[Gráinne|P]] - husband [[Pádraig|R]] is main carer.
3. [[HUSSAIN M|P]]  F  {{38}}  Hosp [[Q331771|H]]  BRCA2 carrier, for {{risk-reducing mastectomy}} discussion with Mr [[Adeleke|C]].
Actions: RS to see pt 1 in clinic 16/03; letter to GP Dr [[Carmichael|C]].
""".replace("[[Mrs Gráinne Ó Súilleabháin|P]]", "Mrs [[Gráinne Ó Súilleabháin|P]]").replace("RS to see", "{{RS}} to see"))

# 10 Mini-CEX export from ePortfolio
d("eportfolio_export", "Dr Kwame Asante", """
ePortfolio export - Workplace Based Assessment
Trainee: {{Kwame Asante}}   GMC: {{7298813}}   Grade: Specialty Doctor (Emergency Medicine)
Assessment: {{Mini-CEX}}   Date: {{17/05/2022}}   Assessor: {{Dr Lucy Tremayne}}, Consultant EM, GMC {{4567390}}
Clinical setting: ED majors, {{Royal Cornwall Hospital}}
Case: {{62}} y/o woman with {{atrial fibrillation with fast ventricular response}} (HR {{164}}), on {{apixaban 5 mg}} bd.
Assessor comments: Kwame took a focused history from the patient (Mrs [[Penhaligon|P]], ED no [[RCH-ED-220517-0091|H]]) and her neighbour [[Morwenna|R]], calculated {{CHA2DS2-VASc}} {{4}}, chose rate control with {{bisoprolol 2.5 mg}}. Good explanation. Discussed the case afterwards with FY1 Dr [[Jago Trewin|C]] as a teaching point.
Ratings: history {{6/6}}, examination 5/6, clinical judgement {{6/6}}.
Link: [[https://eportfolio.rcem.ac.uk/assessments/view?id=55318274|U]]
Validated by {{Dr Lucy Tremayne}} on 18/05/2022.
""".replace("Kwame took", "{{Kwame}} took"))

# 11 GP home visit note, Somali
d("consultation_note", "Dr Hodan Warsame", """
EMIS consultation  {{06-Feb-2024}} 11:20  Home visit  (Dr {{Hodan Warsame}}, salaried GP, GMC {{7620045}})
Patient: [[Faadumo Cabdullaahi Xasan|P]] ([[Fadumo Abdullahi Hassan|P]] on some letters)  {{87F}}  DOB {{01/01/1937}}
NHS [[823 491 1100|N]]   Address: [[Flat 12 Eastfield Court|A]], [[Bristol|A]] [[BS5 6EQ|PC]]
Granddaughter [[Hibaaq|R]] present, translated (pt prefers Somali). Son [[Abdirizak Hassan|R]] on phone [[01632 960882|T]].
H/O falls x3, ?{{orthostatic hypotension}}: L/S BP {{142/78}} -> {{118/64}} at 3 min. On {{doxazosin 4 mg}} (from urology, Mr [[Ferreira|C]]) - stop.
{{Clinical Frailty Scale}} {{6}}. {{4AT}} {{0}}. {{Timed Up and Go}} unable.
Plan: stop doxazosin, refer community falls team (ref [[CFT-24-00311|REF]]), DN [[Shona|C]] to check BP 1/52.
""")

# 12 Safeguarding referral
d("safeguarding_referral", "Dr Emily Fairweather", """
MULTI-AGENCY REFERRAL FORM (MARF) - Children's Social Care, Kirklees
Referral no: [[MASH-KL-2021-06612|REF]]     Date {{15/10/2021}}
Referrer: {{Dr Emily Fairweather}}, Paediatric Registrar, {{Huddersfield Royal Infirmary}}
Child: [[Kayden-Lee BRATHWAITE|P]]  DOB {{22/02/2021}} (7 months)  M    NHS [[401 889 2376|N]]
Address: [[88 Bradley Road|A]], [[Fartown|A]], [[HD2 1QR|PC]]
Mother: [[Shanice Brathwaite|R]] (19)   Mother's partner (not father): [[Connor "Con" Maguire|R]]
Health visitor: [[Joanne Pickles|C]]  Tel [[01632 960 033|T]]
Concern: {{bruising to left pinna and buttocks}} in a non-mobile infant; explanation inconsistent ("rolled off sofa"). {{Skeletal survey}} and {{CT head}} today per {{RCPCH}} child protection evidence; {{coagulation screen}} normal.
Police informed: PC [[Amrit Sandhu|C]], CAIU, log [[WYP-211015-0334|REF]].
Discussed with named doctor {{Dr Helen Okoro}}.
""")

# 13 Theatre list (ophthalmology), tabular
d("theatre_list", "Dr Arjun Mehta-Rao", """
OPHTHALMOLOGY THEATRE LIST - {{Manchester Royal Eye Hospital}} Th 4   Date: {{11/07/2023}} AM
Surgeon: {{Mr A. Mehta-Rao}} (Locum Consultant, GMC {{7102288}})   Anaes: LA/topical   Scrub: [[Agnieszka|C]]
# | Name                    | Hosp no    | Age/Sex | Eye | Procedure                       | Notes
1 | [[WHITTAKER, Doreen|P]]       | [[MR0081234|H]]  | {{84}} F   | {{L}}   | {{Phaco + IOL}} ({{SN60WF 21.5D}})    | {{tamsulosin}} - IFIS risk
2 | [[BEGUM, Rokeya|P]]           | [[MR0092210|H]]  | {{69}} F   | R   | Phaco + IOL (+22.0D)          | Sylheti interpreter booked ([[Mr Rahman|C]])
3 | [[KRÓL, Zbigniew|P]]          | [[MR0104456|H]]  | {{77}} M   | R   | {{Trabeculectomy + MMC 0.2 mg/ml}} | IOP {{34}} on max tx
4 | [[DE SOUSA-PINTO, Ana|P]]     | [[MR0110987|H]]  | {{58}} F   | L   | {{Pars plana vitrectomy}}         | supervising: [[Mr Oduya|C]] for #4
Lead consultant verifying list: {{Mr Timothy Blackwood}}
""")

# 14 Coroner statement
d("coroner_statement", "Dr Farah Siddiqui", """
STATEMENT OF WITNESS (Coroners (Inquests) Rules 2013, rule 23)
HM Coroner for West Yorkshire (Eastern)          Coroner's ref: [[WYE/0447/2022|REF]]
In the matter of: [[Stanisław Mirosław JANKOWSKI|P]] (deceased), DOB {{03/05/1966}}, died {{19/02/2022}}

I, {{Dr Farah Siddiqui}}, MBBS MRCP, GMC {{7311547}}, am an Acute Medicine Registrar at {{Bradford Royal Infirmary}}.
I reviewed Mr [[Jankowski|P]] ("[[Stan|P]]") on the {{Acute Medical Unit}} at 03:20 on {{18/02/2022}}. He had been admitted by Dr [[Mbeki|C]] with {{alcohol withdrawal}} ({{CIWA-Ar}} {{19}}). I prescribed {{chlordiazepoxide 30 mg}} qds reducing and {{Pabrinex}} I+II tds. At 05:40 nurse [[Letitia Ansah|C]] (NMC [[09H1234E|G]]) told me he had fallen; I found a {{GCS of 14}}. I requested a CT head, which showed no bleed at 06:30. I handed over to Dr [[Paulina Wróbel|C]] at 08:30.
His wife, Mrs [[Ewa Jankowska|R]], was phoned at 06:00 on [[01632 960512|T]]. 
Hospital number [[BRI-K4478102|H]].
Signed {{F. Siddiqui}}  {{21/03/2022}}
""")

# 15 CSV audit export, sepsis
d("audit_csv", "Dr Chinonso Eze", """
audit_id,hosp_no,pt_initials,age,sex,ward,arrival,abx_time,mins_to_abx,lactate,news2,doctor,compliant
1,[[SX40021|H]],[[A.B.|P]],{{73}},F,{{AMU}},{{2024-01-03 14:02}},{{2024-01-03 14:49}},{{47}},{{3.1}},{{7}},Dr [[K. Fenwick|C]],Y
2,[[SX40388|H]],[[M.O'C.|P]],{{45}},M,{{ED}},2024-01-04 02:15,2024-01-04 04:01,{{106}},{{4.6}},{{9}},[[Dr Zeynep Aydın|C]],N
3,[[SX40911|H]],[[TKN|P]],{{88}},M,{{Ward 12}},2024-01-06 19:30,2024-01-06 20:05,35,2.2,5,{{C. Eze}},Y
4,[[SX41207|H]],[[VD|P]],{{29}},F,ED,2024-01-09 11:11,2024-01-09 12:40,89,1.8,6,locum - Dr [[Babatunde|C]],N
5,[[SX41300|H]],[[J-PL|P]],{{61}},M,AMU,2024-01-11 08:45,2024-01-11 09:10,25,5.0,11,{{C. Eze}},Y
# summary: 3/5 compliant with {{Sepsis Six}} within 60 min ({{60%}}); standard {{NICE NG51}}
# auditor: {{Dr Chinonso Eze}} (GMC {{7488120}}); supervisor: {{Dr Margaret Lyle}}
""")

# 16 handover sheet (ward list)
d("ward_handover", "Dr Alejandro Gutiérrez Ramos", """
MEDICAL HANDOVER - {{Ward 22}} (Care of Elderly) - {{Aintree University Hospital}} - Fri night {{13/10/2023}}
Bed | Pt                        | Issues                                 | Jobs
{{3}}  | [[O'HARE Thomas "Tommy"|P]] {{92M}} | {{HAP}}, DNACPR, {{CFS 7}}            | abx review, palliate if worse, dtr [[Bernadette|R]] aware
{{7}}  | [[Gabriel, Rose|P]] {{80F}}         | {{#NOF}} post {{DHS}}, Hb {{82}}              | recheck FBC 0600
{{11}} | [[Ogunleye Ajoke|P]] {{74F}}        | {{DKA}} resolved, {{VRIII}} off 16:00   | BM 2hrly, diab team ([[Sinéad|C]]) Mon
{{14}} | [[Mr Lim|P]] (Lim Boon Huat) {{66M}} | new AF, {{CHA2DS2-VASc 3}}              | start {{edoxaban 60 mg}} if eGFR ok
{{15}} | [[Ms Davies-Ap Rhys|P]] {{79F}}      | {{delirium}}, {{4AT 7}}                  | collateral from friend [[Marge|R]] [[020 7946 0019|T]]
Handed over by {{A. Gutiérrez Ramos}} (SHO) to Dr [[Oyebanji|C]]; reg [[Leo Fitzgerald|C]] bleep [[4471|T]]
""".replace("[[Mr Lim|P]] (Lim Boon Huat)", "Mr [[Lim|P]] ([[Lim Boon Huat|P]])").replace("[[Ms Davies-Ap Rhys|P]]", "Ms [[Davies-Ap Rhys|P]]"))

# 17 e-mail thread, radiology discrepancy
d("email_thread", "Dr Mei-Ling Chua", """
From: [[Wojciech Zieliński|C]] <[[w.zielinski@nhs.net|E]]>
Sent: 23 January 2024 17:42
To: {{Chua Mei-Ling}} (Leeds Teaching Hospitals) <[[meiling.chua2@nhs.net|E]]>
Cc: {{Dr Graham Petrie}}
Subject: RE: discrepancy - CT AP [[RR24-0019938|O]] ([[HAMID, Zainab|P]])

Mei-Ling - thanks for flagging. I reported this one overnight on the 19th and missed the {{3 mm}} {{left ureteric calculus}} with {{hydronephrosis}}. Patient [[Zainab Hamid|P]] re-attended on the 21st (ED no [[LTH-ED-88231|H]]). Happy for it to go to REALM. [[Wojtek|C]]

---- Original message ----
From: {{Dr Mei-Ling Chua}}
To: [[Wojciech Zieliński|C]]
Hi [[Wojtek|C]], picked up at {{REALM}} prep: accession [[RR24-0019938|O]], NHS [[638 114 2270|N]]. Sister ([[Samira|R]]) called PALS, their ref [[PALS-L-24-0172|REF]]. No blame - will anonymise for the meeting. Mei-Ling
--
{{Dr Mei-Ling Chua}} | ST5 Radiology | GMC {{7392011}} | {{Leeds General Infirmary}} | ext 2{{6}}6{{4}}1
""".replace(" | ext 2{{6}}6{{4}}1", ""))

# 18 capacity assessment, learning disability
d("capacity_assessment", "Dr Iain MacLeòid", """
MENTAL CAPACITY ASSESSMENT (MCA 2005 s.2-3) - Raigmore Hospital, Inverness
Person: [[Màiri Anna NicAonghais|P]] (known as "[[Mairianne|P]]")   CHI [[1504893378|N]]   DOB {{15/04/1989}}   F
Decision: whether to consent to {{dental extraction under general anaesthetic}}
Assessor: {{Dr Iain MacLeòid}}, Specialty Doctor Psychiatry of Learning Disability, GMC {{7015593}}
Others present: sister [[Catrìona|R]]; learning disability nurse [[Kirsty Urquhart|C]]; Makaton used.
Note: under the {{Adults with Incapacity (Scotland) Act 2000}} (the {{Mental Capacity Act 2005}} wording above is the English template).
Stage 1: {{moderate learning disability}}, {{Down syndrome}}. Stage 2: she understood that the tooth hurt and that "the dentist makes me sleep"; could not retain or weigh risks. Outcome: lacks capacity for this decision. {{Section 47 certificate}} completed; welfare guardian is her father [[Seumas NicAonghais|R]] ([[Tigh na Mara|A]], [[Uig|A]], [[IV51 9XX|PC]]).
Signed {{I. MacLeòid}} {{07/06/2022}}.  Countersigned: {{Dr Morag Sutherland}} (consultant, verifier).
""".replace("[[Seumas NicAonghais|R]]","[[Seumas MacAonghais|R]]"))

# 19 Mental Health Act paperwork (section 2 medical recommendation notes)
d("mha_assessment", "Dr Babajide Ogundipe", """
MHA ASSESSMENT - notes for Form A3/A4   ({{Mental Health Act 1983}}, {{section 2}})
Date {{30/12/2022}} 15:10, [[Wythenshawe|A]] home visit.  Section 12 approved: {{Dr B. Ogundipe}} (GMC {{7254830}})
Second doctor: Dr [[Ravindra Iyer|C]] (s12, GP)   AMHP: [[Bogdan Petrescu|C]]   Police: PC [[Ellie Shaw|C]], incident [[GMP-221230-1178|REF]]
Patient: [[Ms Tamsin O'Loughlin-Reyes|P]] (32)   MRN [[GMMH-0039120|H]]   [[14 Sharston Green Road|A]], [[M22 4HJ|PC]]
Nearest relative: mother [[Lourdes Reyes|R]], consulted by AMHP ([[01632 960 590|T]]).
MSE: pressured speech, grandiose ideas (believes she is "[[Queen Tam|P]]"), no sleep 4 nights, {{YMRS}} {{34}}. Stopped {{lithium carbonate 800 mg}} 3/52 ago (last level {{0.72 mmol/L}}).
Risk: spending (£4,000), walking on the [[M56|A]] hard shoulder.
Outcome: both doctors recommend {{section 2}}; bed at {{Laureate House}}, {{Ward 3}}.
""".replace("[[Ms Tamsin O'Loughlin-Reyes|P]]","Ms [[Tamsin O'Loughlin-Reyes|P]]").replace("walking on the [[M56|A]] hard shoulder","walking on the motorway hard shoulder"))

# 20 DoLS urgent authorisation
d("dols_form", "Dr Rukhsana Patel", """
Form 1 - URGENT AUTHORISATION (DoLS)     Managing authority: {{Royal Blackburn Teaching Hospital}}
Supervisory body: Blackburn with Darwen Council     DoLS ref: [[BwD-DOLS-23-1140|REF]]
Relevant person: [[Mr Ignatius Chukwudi Nwachukwu|P]]   DOB {{19/08/1941}}   Ward {{C4}} Bed {{6}}   Unit no [[RBH-Q118842|H]]
Usual address: [[Rose Cottage|A]], [[Whalley Road|A]], [[Langho|A]] [[BB6 8AD|PC]]
Reason: {{vascular dementia}}, repeatedly trying to leave; requires 1:1 and locked ward. Best-interest discussion with daughter [[Chidinma|R]] and family friend Father [[Anselm|R]].
Completed by: {{Dr Rukhsana Patel}} (GMC {{7180057}}), Consultant Geriatrician, {{17/02/2023}}
Ward manager: [[Grace Akinola|C]] (NMC [[17I0442O|G]])
""".replace("[[Mr Ignatius Chukwudi Nwachukwu|P]]","Mr [[Ignatius Chukwudi Nwachukwu|P]]"))

# 21 teaching feedback summary
d("teaching_feedback", "Dr Priya Raghunathan", """
Teaching session feedback - "{{Diabetic ketoacidosis}} in the ED: first hour" - {{Queen Elizabeth Hospital Birmingham}}
Facilitator: {{Dr Priya Raghunathan}} (GMC {{7466312}})   Date {{22/11/2022}}   Attendees: 14 (FY1 x9, FY2 x3, PA x2)
Mean scores (1-5): content {{4.7}}, delivery {{4.6}}, relevance {{4.9}}
Free text:
 - "Dr Raghunathan's case of the 19-year-old was brilliant" (she anonymised it well)
 - "loved the {{JBDS}} flowchart. could Priya send slides?"
 - "[[Dr Oyelowo|C]] and I would like more on {{HHS}}" - [[Ffion|C]], FY1
 - "case 2 (the lady from [[Selly Oak|A]] - Mrs [[Chopra|P]]?) was a good reminder re {{SGLT2 inhibitors}}" 
Verified: {{Dr Jonathan Whitlock}}, Education Lead, {{24/11/2022}}
""".replace("Dr Raghunathan's","{{Dr Raghunathan}}'s").replace("could Priya send","could {{Priya}} send").replace("[[Dr Oyelowo|C]]","Dr [[Oyelowo|C]]"))

# 22 serious incident report (maternity, StEIS)
d("serious_incident_report", "Dr Funmilayo Adeyemi", """
SERIOUS INCIDENT INVESTIGATION REPORT (extract)   StEIS: [[2022/18833|REF]]   Datix: [[W-201993|REF]]   HSSIB/MNSI ref: [[MI-033212|REF]]
Panel: {{Miss Harriet Bellamy}} (chair), {{Dr F. Adeyemi}} (O&G ST7, author, GMC {{7549016}}), midwife [[Lorna McCaffrey|C]]
Summary: Mrs [[Olamide Bankole|P]] ({{G3P2}}, {{39+4}}, MRN [[BWH 4502218|H]]) was induced with {{Propess 10 mg}}; {{uterine hyperstimulation}} for 40 minutes was not escalated by the attending midwife ([[Midwife A|C]]) to the registrar Dr [[Kaur|C]] ([[Dr B|C]]). The baby (Baby [[Bankole|P]]) needed therapeutic cooling for {{HIE grade 2}}.
Family involvement: Mr [[Femi Bankole|R]] met the panel on {{02/11/2022}}; contact via [[femi.bankole77@gmail.com|E]].
Root cause: CTG not reviewed hourly ("fresh eyes") - {{Dawes-Redman}} criteria not met.
""".replace("([[Midwife A|C]])","(Midwife A)").replace("([[Dr B|C]])","(Dr B)"))

# 23 logbook export (endoscopy), bare numbers
d("logbook_export", "Dr Tadhg Ó Conchúir", """
JETS e-portfolio - Endoscopy logbook export (filtered: OGD, Jan-Mar 2023)   Trainee: {{Tadhg O'Connor}} (GMC {{7290134}})
Date       | Patient ID | Age | Sex | Procedure | Indication            | Findings                     | Role    | Comfort
{{05/01/2023}} | [[R7734410|H]]   | {{67}}  | M   | OGD       | {{IDA}}                   | {{gastric antral vascular ectasia}} ({{APC}}) | Indep   | {{2}}
09/01/2023 | [[R7740028|H]]   | {{44}}  | F   | OGD       | dyspepsia >55 ({{red flags}})| normal, {{CLO}} +ve          | Indep   | 1
12/01/2023 | [[7751187|H]]    | {{81}}  | M   | OGD       | {{upper GI bleed}} ({{GBS 11}}) | {{Forrest Ib}} DU, {{adrenaline 1:10000 8 ml}} + clips | Supervised | 3
19/01/2023 | [[R7762290|H]]   | {{36}}  | F   | OGD       | coeliac serology +ve  | {{Marsh 3b}} on D2 bx          | Indep   | 2
Supervising trainer #3: {{Dr Aoife Kearney}}.  Patient 3 was Mr [[Ó Ceallaigh|P]] - see reflective note.
Total OGD lifetime: {{412}}; {{DOPS}} x 8; JAG certification {{14/02/2023}}.
""".replace("Trainee: {{Tadhg O'Connor}}","Trainee: {{Tadhg O'Connor}} / {{Tadhg Ó Conchúir}}"))

# 24 reflective note (about a colleague and a patient)
d("reflective_note", "Dr Anjali Bhattacharya", """
Reflective note - near miss with insulin   ({{A. Bhattacharya}}, ST4 Diabetes & Endocrinology)
What happened: On {{Ward 14}} at {{Countess of Chester Hospital}} a 78-year-old lady, whom I will call Mrs X (real name [[Edna Pritchard-Hughes|P]] - remove before upload!), was prescribed "{{Humalog Mix25}} 10 units" but the FY1, [[Jack|C]], had written "{{10u}}" which was read as {{100 units}}. The nurse, [[Sister Precious Mhlanga|C]], questioned it before giving it.
What I learned: u must never be used as an abbreviation for units ({{NPSA 2010}}); I delivered a 10-minute huddle.
Her daughter [[Lynne|R]] was told under {{Duty of Candour}}. Datix [[CoCH-44721|REF]].
Discussed with my educational supervisor {{Dr Hugh Stanton}}.
""".replace("[[Sister Precious Mhlanga|C]]","Sister [[Precious Mhlanga|C]]"))

# 25 prescription / fluid chart transcription
d("fluid_chart", "Dr Kofi Boateng", """
IV FLUID PRESCRIPTION CHART (transcribed for audit)   {{Paediatric HDU}}, {{Leicester Royal Infirmary}}
Name: [[ABDI-WARSAME, Ilhan|P]]   Unit no: [[L0078829|H]]   Wt {{14.6 kg}}   DOB {{05/05/2020}}
Date/time  | Fluid                              | Rate        | Prescriber      | Checked
{{07/02/2024 09:00}} | {{0.9% NaCl + 5% glucose}} + {{KCl 20 mmol/500 ml}} | {{49 ml/h}} (100%) | {{K. Boateng}}   | [[RN H. Tran|C]]
07/02/2024 21:00 | as above                           | {{37 ml/h}} (75%)  | Dr [[Lucía Moreno Vidal|C]] | [[RN H. Tran|C]]
Na {{131}} -> {{134}}; glucose {{6.8}}. Bolus {{10 ml/kg}} given at 08:10 (Dr [[Moreno|C]]).
Holliday-Segar: {{1000+500+92 = 1592 ml/day}}. Parents [[Hodan|R]] & [[Abdi|R]] at bedside.
""".replace("[[RN H. Tran|C]]","RN [[H. Tran|C]]").replace("Parents [[Hodan|R]] & [[Abdi|R]]","Parents [[Hodan|R]] & [[Mohamed|R]]"))

# 26 police statement (MG11-style)
d("police_statement", "Dr Ioana Popescu", """
WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, s.5B)   URN: [[44/KX/0932/23|REF]]
Statement of: {{Dr Ioana Popescu}}   Occupation: Consultant in Emergency Medicine   Age: over 18
I am a registered medical practitioner (GMC {{7077123}}) at {{St Mary's Hospital, Paddington}}.
At 01:50 on {{26/03/2023}} I examined [[Reza Karimi-Tabrizi|P]] (DOB {{12/12/1999}}), hospital number [[SMH-2209987|H]], brought by LAS (incident [[LAS-230326-0148|REF]]). He had a 4 cm {{incised wound}} to the left forearm consistent with a {{defensive injury}} and a {{2 cm stab wound}} to the left flank; {{FAST scan}} negative. He told me "[[Dariush|C]] from the shop did it" - I have recorded this verbatim. His brother [[Kian|R]] arrived at 02:30.
Officer taking statement: DC [[Sophie Kettering|C]], warrant no [[228811|O]]. Phone [[020 7946 0318|T]].
Signed {{I. Popescu}}
""".replace('"[[Dariush|C]] from the shop did it"','"[[Dariush|O]] from the shop did it"').replace("[[Dariush|O]]","[[Dariush|R]]"))

# 27 appraisal summary
d("appraisal_summary", "Dr Marisol Hernández Ortega", """
MEDICAL APPRAISAL SUMMARY 2023/24 (MAG form)
Doctor: {{Dr Marisol Hernández Ortega}}  GMC {{7588146}}  Specialty Doctor, Sexual Health & HIV, {{Chelsea and Westminster Hospital}}
Appraiser: {{Dr Simon Achterberg}}   Responsible Officer: {{Dr Lydia Onwuachi}}   Date {{09/01/2024}}
Scope: level 3 sexual health clinics (~1,800 contacts), {{PrEP}} service lead, teaching at {{56 Dean Street}}.
Complaints: 1 (resolved; ref [[CWH-C-2023-0933|REF]]) - partner notification letter sent to wrong address for a patient ([[Mr D. Quispe|P]]); see reflection.
SIs: nil. Audit: {{BASHH}} {{gonorrhoea}} test-of-cure, 91% (standard {{80%}}).
MSF: 16 colleagues, all scores above median; patient feedback {{PSQ}} 43 forms.
PDP 2024/25: {{HIV}} {{ART}} switch clinic; QI on {{doxy-PEP}}.
""".replace("[[Mr D. Quispe|P]]","Mr [[D. Quispe|P]]"))

# 28 GUM clinic list (sexual health), codes and pseudonyms
d("clinic_list", "Dr Marisol Hernández Ortega", """
CLINIC LIST - {{Dean Street Express}}   {{Tue 14/03/2023}}   Clinician: {{MHO}}
Time  | GUM no    | Name (as registered) | Reason                       | Outcome
09:00 | [[DS-441902|H]] | '[[TONI|P]]' (no surname given) | {{PrEP}} review, {{eGFR}} {{92}}     | 3/12 supply {{TDF/FTC}}
09:20 | [[DS-441987|H]] | [[Andrés Q.|P]]          | contact of {{syphilis}}          | {{benzathine penicillin 2.4 MU}} IM
09:40 | [[DS-442011|H]] | [[NGUYEN Minh Chau|P]]   | {{PEPSE}} day 1                 | {{Truvada}} + {{raltegravir}}; HIV Ag/Ab neg
10:00 | [[DS-442018|H]] | [[Kowalski-Baptiste, Lila|P]] | {{PID}}             | {{ceftriaxone 1 g}} + {{doxycycline 100 mg}} bd 14/7
Text results to [[07700 900 551|T]] (pt 4 only). Health adviser: [[Jonjo Flanagan|C]]
""".replace("[[Andrés Q.|P]]","[[Andrés Q.|P]]"))

# 29 tumour board minutes (head & neck, ENT)
d("tumour_board_minutes", "Dr Eleni Papadopoulou", """
HEAD & NECK CANCER MDM - minutes   {{Freeman Hospital}}, Newcastle   {{05/10/2023}}
Attendees: {{Mr Gareth Hollis}} (chair), {{Dr E. Papadopoulou}} (ENT Specialty Doctor, minutes), Dr [[Adewale|C]] (onc), SLT [[Nia Hughes|C]]
Case 1: [[Mr Ferguson-Mackay|P]] 58M, hosp [[NUTH-440019|H]] - {{T3N1M0 SCC}} left tonsil, {{p16+}}. Outcome: {{chemoradiotherapy}} ({{cisplatin 100 mg/m2}} 3-weekly). Dental assessment first.
Case 2: [[Rashida BEGUM|P]] 71F ([[NUTH-440352|H]]) - {{T2N0}} {{laryngeal SCC}}; {{transoral laser microsurgery}}. Grandson [[Imran|R]] will interpret.
Case 3: "[[Big Davie|P]]" ([[David Lowther|P]], [[NUTH-441006|H]]) - {{carcinoma of unknown primary}}, {{PET-CT}} pending.
Actions: EP to dictate outcomes to GPs (Dr [[Scullion|C]] for case 1) by 06/10.
""".replace("[[Mr Ferguson-Mackay|P]]","Mr [[Ferguson-Mackay|P]]").replace("Actions: EP to","Actions: {{EP}} to"))

# 30 palliative care syringe driver note
d("palliative_note", "Dr Nokuthula Dlamini", """
Community Palliative Care - home visit      {{St Christopher's Hospice}} team
Pt: [[Jerzy "George" Szymański|P]] 74M   {{metastatic prostate cancer}}  NHS [[917 330 4415|N]]
Home: [[27 Elmhurst Avenue|A]], [[Sydenham|A]], [[SE26 4QP|PC]]   Key safe code [[4419|O]]
Wife [[Halina|R]] ([[020 7946 0774|T]]); daughter [[Kasia Szymańska-Bell|R]] in Kraków.
Syringe driver (24 h): {{morphine sulfate 20 mg}} + {{midazolam 10 mg}} + {{levomepromazine 6.25 mg}} in WFI.
Anticipatory: {{oxycodone}} n/a. {{Abbey pain scale}} {{4}}. {{Phase of Illness}}: deteriorating. {{AKPS}} {{30}}.
DN [[Gwen|C]] to refill 10:00 daily. {{ReSPECT}} form in blue folder.
Dr N. Dlamini, Specialty Doctor ({{Dr Dlamini}}), GMC {{7210983}}
""".replace("Dr N. Dlamini, Specialty","{{Dr N. Dlamini}}, Specialty").replace(" ({{Dr Dlamini}})",""))

# 31 public health outbreak report
d("outbreak_report", "Dr Olusegun Bamidele", """
OUTBREAK CONTROL TEAM - meeting 2 - {{Shigella sonnei}} cluster, [[Sparkbrook|A]] primary school
UKHSA West Midlands HPT   Date {{18/07/2022}}   HPZone ref: [[HPZ-WM-2022-07781|REF]]
Chair: {{Dr Olusegun Bamidele}} (Consultant in Health Protection, GMC {{7123456}})
Cases: 6 confirmed (WGS cluster {{t5.1}}). Index: [[Y.A.|P]] (6y, [[Yasmin Aziz|P]]), sibling [[Z.A.|P]].
Case 4 is a food handler: [[Mr Tariq Mahmood|P]], [[Bismillah Sweets|A]], [[Ladypool Road|A]] - excluded until 2 negative samples ({{48 h}} apart).
School contact: head teacher [[Mrs Eileen Gallagher|C]], [[020 7946 0660|T]].
Actions: exclusion per {{UKHSA GI guidance}} group A; hand hygiene visit by EHO [[Zoran Petrović|C]].
""".replace("[[Mr Tariq Mahmood|P]]","Mr [[Tariq Mahmood|P]]").replace("[[Mrs Eileen Gallagher|C]]","Mrs [[Eileen Gallagher|C]]"))

# 32 dermatology clinic letter, Filipino
d("clinic_letter", "Dr Maria Clara dela Cruz", """
Department of Dermatology, {{Salford Royal}}
Our Ref: [[DERM/MCDC/5510|REF]]   NHS: [[4445556660|N]]   Hosp: [[SR1149021|H]]

Private & Confidential
Dr [[Aidan Kilbride|C]], [[Pendleton Medical Centre|A]], [[Eccles|A]] [[M6 5FX|PC]]

Re: Ms [[Rowena Macaraeg-Santos|P]], DOB {{24/09/1978}}, [[Apartment 8, Ordsall Lane|A]], [[M5 3AN|PC]]

Diagnosis: {{chronic plaque psoriasis}}, {{PASI 14.2}}, {{DLQI 18}}; {{psoriatic arthritis}} ({{PEST 4}}).
Thank you for referring this 45-year-old nurse. She works nights at [[Meadowbank Care Home|A]]. Failed {{methotrexate 15 mg}} weekly (LFT rise, ALT {{112}}). I plan {{adalimumab 40 mg}} fortnightly (biosimilar) once {{QuantiFERON}} and hepatitis serology return. Her husband [[Jun-Jun|R]] will help with injections.

{{Dr Maria Clara dela Cruz}}  (Dr M.C. dela Cruz, Specialty Doctor, GMC {{7365540}})
""".replace("(Dr M.C. dela Cruz, Specialty","({{Dr M.C. dela Cruz}}, Specialty"))

# 33 QI project report with raw data
d("qi_report", "Dr Hamza Al-Rawi", """
QI PROJECT: Time to {{hip fracture}} surgery - PDSA cycle 2   {{Royal Bournemouth Hospital}}
Lead: {{Dr Hamza Al-Rawi}} (Orthogeriatrics, GMC {{7501134}})   Supervisor: {{Mr Colin Fairbanks}}
Raw data (cycle 2, Oct 2023):
pt  hosp_no   age  ASA  admit->theatre(h)  delay reason
1   [[RBH774401|H]]  {{91}}   3    {{29}}                 none
2   [[RBH774418|H]]  {{84}}   4    {{51}}                 {{warfarin}} (INR {{3.4}}), vit K
3   [[RBH774522|H]]  {{77}}   3    {{22}}                 none
4   [[RBH774613|H]]  {{88}}   3    {{40}}                 theatre list overrun (Mr [[Okwuosa|C]])
5   [[RBH774790|H]]  {{95}}   4    {{34}}                 awaiting echo ({{aortic stenosis}} query)
Result: {{60%}} within {{36 h}} ({{NHFD}} KPI), up from 41%. Patient 2 ([[Mrs Tilly Oakes|P]]) complained re fasting; reply drafted by PALS.
""".replace("([[Mrs Tilly Oakes|P]])","(Mrs [[Tilly Oakes|P]])"))

# 34 consent form (transcribed)
d("consent_form", "Dr Owain Pritchard", """
CONSENT FORM 1 - Patient agreement to investigation or treatment    {{Ysbyty Gwynedd}}
Patient: [[Lowri Angharad Wyn-Jones|P]]   DOB {{02/02/1990}}   Hosp no [[G0912283|H]]   NHS [[660 102 7731|N]]
Proposed procedure: {{laparoscopic right salpingectomy}} for {{ectopic pregnancy}} (hCG {{2,310 IU/L}}, 32 mm adnexal mass)
Risks discussed: bleeding ({{1 in 100}}), conversion to laparotomy, damage to bowel/bladder ({{2 in 1000}}), {{persistent trophoblast}}.
Health professional: {{Dr Owain Pritchard}}, ST5 O&G (GMC {{7423100}}), {{11/04/2023}} 21:15
Interpreter: not required (Welsh speaker, consent discussion in Cymraeg with [[Nyrs Bethan|C]]).
Patient signature: [signed] {{11/04/2023}}   Witness (partner): [[Iwan Thomas|R]]
""".replace("[[Nyrs Bethan|C]]","Nyrs [[Bethan|C]]"))

# 35 ENT on-call notebook / OCR-ish with surnames first in caps
d("handover_list", "Dr Eleni Papadopoulou", """
ENT ON-CALL HANDOVER {{Sat 21/10/2023}}   from: {{EP}} ({{Eleni P}}) -> to: [[Dr Dominic Achebe|C]]
1) [[KHAN Zubair|P]] {{22M}}  {{peritonsillar abscess}} drained 18:00, {{benzylpenicillin 1.2 g}} qds + {{metronidazole 500 mg}} tds, ward {{Ward 36}} {{b8}}. Hosp [[0477821|H]]
2) [[McALLISTER Ryan|P]] {{9M}}  post-tonsillectomy bleed day 6, {{Hb 121}}, H2O2 gargles, mum [[Leanne|R]] v worried
3) [[DO Thanh Tam|P]] {{60F}}  {{epistaxis}} - Rapid Rhino L 7.5 cm, on {{apixaban}}, INR n/a. Hosp [[0478990|H]]
4) ?FB ear - [[Aleksander|P]] 4y (surname unknown on system, ED no [[FH-ED-4410|H]])
All seen & documented on {{Lorenzo}}. Consultant on call {{Mr Gareth Hollis}} aware.
""".replace("[[Dr Dominic Achebe|C]]","Dr [[Dominic Achebe|C]]"))

# 36 rota and swap request e-mail
d("rota_email", "Dr Agnieszka Kamińska", """
From: {{Agnieszka Kamińska}} <[[a.kaminska@nhs.net|E]]>
To: Medical Staffing <[[medstaffing.rotas@uhcw.nhs.uk|E]]>
Cc: {{Dr Patrick Dunleavy}} (rota lead)
Subject: Shift swap request - Anaesthetics tier 2 - {{w/c 04/03/2024}}

Hello,
Please swap my night {{08/03/2024}} (theatres/obstetrics) with Dr [[Obinna Nnaji|C]] (his day shift {{15/03/2024}}). He has agreed (see below). Neither of us breaches {{WTR}} limits (max {{48 h}}/week averaged; 72 h in 168 h).
Exception report for {{02/03/2024}} (stayed 2 h late for a {{major obstetric haemorrhage}}, patient [[Ms Shola Adekunle|P]] in {{Labour Ward}} room {{6}}) - exception ref [[ER-24-00917|REF]].
Thanks,
{{Aga}} ({{Dr A. Kamińska}}, ST5 Anaesthetics, GMC {{7599810}}, mobile [[07700 900 210|T]])
> On 1 Mar, [[Obinna Nnaji|C]] wrote: fine by me Aga! my number if needed [[07700 900 244|T]]
""".replace("[[Ms Shola Adekunle|P]]","Ms [[Shola Adekunle|P]]").replace("fine by me Aga!","fine by me {{Aga}}!").replace(" (see below)","").replace("(rota lead)","(rota lead)"))

# 37 mental health tribunal report
d("tribunal_report", "Dr Babajide Ogundipe", """
FIRST-TIER TRIBUNAL (MENTAL HEALTH) - RESPONSIBLE CLINICIAN'S REPORT
Tribunal case no: [[MP/2023/04417|REF]]     Patient: [[Callum James FRASER-IBEKWE|P]]     DOB {{17/01/2001}}
Detained under {{section 3}}, {{Mental Health Act 1983}}, since {{02/02/2023}} at {{Park House}}, North Manchester.
Author: {{Dr Babajide Ogundipe}}, Consultant Psychiatrist (RC), GMC {{7254830}}
1. [[Callum|P]] is a 22-year-old man with {{paranoid schizophrenia}} (ICD-10 {{F20.0}}). He believes his neighbour "[[Mr Okafor|C]]" is "controlling the wi-fi".
Wait - correction: neighbour is not staff. 
2. Treatment: {{clozapine 375 mg}} nocte (level {{0.48 mg/L}}), ANC {{3.1}}. Previously {{paliperidone palmitate 150 mg}} monthly.
3. Nearest relative: his grandmother [[Mrs Ngozi Ibekwe|R]], [[Flat 6, Cheetham Hill Road|A]], [[M8 8PS|PC]].
4. Incidents: assault on HCA [[Darren Pilkington|C]] on {{14/03/2023}} (Datix [[PH-77120|REF]]; police ref [[GMP/23/0031442|REF]]).
5. Social supervisor (if CTO): [[Mrs Adaobi Nwosu|C]], social worker, [[01632 960733|T]].
""".replace("\"[[Mr Okafor|C]]\"", "Mr [[Okafor|R]]").replace("Wait - correction: neighbour is not staff. \n","").replace("[[Mrs Ngozi Ibekwe|R]]","Mrs [[Ngozi Ibekwe|R]]").replace("[[Mrs Adaobi Nwosu|C]]","Mrs [[Adaobi Nwosu|C]]"))

# 38 CbD (case-based discussion), CAMHS
d("eportfolio_export", "Dr Saoirse Kavanagh", """
CASE-BASED DISCUSSION (CbD) - psychiatry   Trainee: Dr {{Saoirse Kavanagh}} (CT3)  GMC {{7650021}}
Assessor: {{Dr Imogen Thackeray}} (Consultant Child & Adolescent Psychiatrist)   Date: {{08/06/2023}}
Case: 15-year-old girl ("[[L.|P]]", [[Lily-Mae Dunbar|P]] in the original notes - removed on export? NO - still here) with {{anorexia nervosa}}, BMI {{14.9}} ({{%mBMI 74}}), HR {{41}}, {{QTc 468 ms}}. {{MEED}} guidance applied; {{MARSIPAN}} red flags. Admission to {{paediatric ward}} with {{refeeding}} protocol (phosphate {{0.62}}).
Family: mum [[Kerry|R]], step-dad [[Lee|R]]; school nurse [[Mrs Patel|C]] raised concern.
Discussion points: {{Gillick competence}}, {{Mental Health Act 1983}} vs parental consent ("{{zone of parental control}}").
Overall: meets expectations for CT3. Feedback: good risk formulation.
""".replace('("[[L.|P]]", [[Lily-Mae Dunbar|P]] in the original notes - removed on export? NO - still here)','([[LMD|P]] - [[Lily-Mae Dunbar|P]] in the notes)').replace("[[Mrs Patel|C]]","Mrs [[Patel|C]]"))

# 39 neonatal unit transfer letter
d("transfer_letter", "Dr Nguyen Duc Minh", """
NEONATAL TRANSFER SUMMARY - {{Jessop Wing}}, Sheffield -> {{Leeds General Infirmary}} (surgical NICU)
Baby: [[Baby Boy PHAM|P]] (twin 2 of [[Pham Thi Thu|R]])   DOB {{03/08/2023}} {{04:52}}   {{28+1}} weeks   BW {{1,040 g}}
NHS [[720 001 4476|N]]   Hosp [[J23-119920|H]]   Twin 1: [[Baby Girl PHAM|P]], hosp [[J23-119919|H]]
Diagnosis: {{NEC Bell stage IIB}} day 12, pneumatosis on AXR, {{CRP 142}}.
Management: NBM, {{TPN}}, {{vancomycin 15 mg/kg}} + {{gentamicin 5 mg/kg}} + {{metronidazole 7.5 mg/kg}}. Ventilated, {{SIMV}} FiO2 {{0.35}}.
Father [[Nguyen Van Long|R]] speaks Vietnamese, interpreter via [[01632 960 118|T]]; they live at [[5 Page Hall Road|A]], [[S4 8GU|PC]].
Transfer: {{Embrace}} team, ref [[EMB-230815-033|REF]]. Discussed with surgical registrar Dr [[Ruairí Mac an tSaoir|C]].
Signed {{Dr Nguyen Duc Minh}} (Neonatal Grid ST6, GMC {{7499102}}) - {{Dr Minh}}
""".replace("[[Baby Boy PHAM|P]]","Baby Boy [[PHAM|P]]").replace("[[Baby Girl PHAM|P]]","Baby Girl [[PHAM|P]]"))

# 40 M&M minutes (surgery)
d("mm_minutes", "Dr Tomasz Wiśniewski", """
GENERAL SURGERY MORBIDITY & MORTALITY MEETING - {{Royal Oldham Hospital}} - {{26/05/2023}}
Chair: {{Mr Edward Harrington}}   Presenting: {{Dr T. Wiśniewski}} (SAS, GMC {{7433109}})
Case A: 79F, [[Mrs Kowalczyk|P]]'s readmission? No - case A is [[Winifred Ashcroft|P]] ({{Hartmann's procedure}} for {{perforated diverticulitis}}, {{Hinchey IV}}), died day 9 of {{HAP}}. {{P-POSSUM}} mortality {{38%}}. Learning: delayed CT from ED (see Datix [[ROH-D-55918|REF]]); earlier {{NELA}} risk documentation.
Case B: 34M, anastomotic leak after {{right hemicolectomy}} for {{Crohn's disease}}; operated by [[Mr Sithole|C]] (locum). Return to theatre day 5. Patient's partner [[Jordan|R]] has raised a formal complaint ([[ROH-C-2023-211|REF]]).
Case C: no identifiable info.
Attendance: 23. {{NELA}} data entry: {{96%}}.
""".replace("[[Mrs Kowalczyk|P]]'s readmission? No - case A is ","").replace("died day 9","died day {{9}}"))

# 41 radiology report with bare numbers
d("radiology_report", "Dr Mei-Ling Chua", """
CT PULMONARY ANGIOGRAM     Acc: [[RR23-0871102|O]]   {{26/09/2023}} 23:14
Pt: [[ZAHRA Amina Mohamed|P]]  [[1198330|H]]  F {{31y}}  Ref: ED (Dr [[Mwangi|C]])
Clinical: {{28/40}} pregnant, pleuritic pain, {{Wells score 4.5}}, {{D-dimer}} not used in pregnancy.
Technique: {{low-dose CTPA}}, breast shield, 60 ml {{Omnipaque 350}}.
Findings: filling defects in {{right lower lobe}} segmental arteries. RV/LV ratio {{0.8}}. No infarct.
Conclusion: {{segmental PE}}. Discussed by phone with Dr [[Mwangi|C]] at 23:40.
Reported by: {{Dr Mei-Ling Chua}} (ST5, GMC {{7392011}})   Verified: {{Dr Graham Petrie}}, Consultant Radiologist
""")

# 42 ICU daily review / ward round notes
d("icu_ward_round", "Dr Yaw Darko", """
ICU WR {{Day 4}}   Bed {{9}}   [[O'SULLIVAN-NDIAYE, Mariama|P]] 46F   MRN [[QEUH-5511823|H]]   CHI [[2307774562|N]]
Dx: {{severe community-acquired pneumonia}} ({{Legionella}} urinary Ag +), {{ARDS}} P/F {{14 kPa}}
Vent: {{VC-AC}} Vt {{380 ml}} (6 ml/kg PBW), PEEP {{12}}, FiO2 {{0.5}}, proned 16 h.
CVS: {{noradrenaline 0.12 mcg/kg/min}}, MAP {{68}}, lactate {{1.9}}.
Renal: {{AKI stage 2}}, creat {{214}}, UO {{0.4 ml/kg/h}}.
Abx: {{levofloxacin 500 mg}} bd (micro: Dr [[Ioannidis|C]]).
Family: husband [[Ousmane|R]] + sister [[Aoife|R]] updated by {{YD}}. Husband's mobile [[07700 900 667|T]]
Plan: continue prone, {{SOFA}} {{9}}. Reviewed with {{Dr Fiona McTavish}} (consultant). -- {{Dr Yaw Darko}}, ICM ST6, GMC {{7380920}}
""")

# 43 GP referral letter to cardiology
d("referral_letter", "Dr Rhys ap Gwilym", """
[[Meddygfa Bro Dysynni|A]] / Bro Dysynni Surgery, [[Tywyn|A]] [[LL36 9HH|PC]]   Tel [[01632 960221|T]]
{{13/07/2023}}
To: Cardiology OPD, {{Ysbyty Gwynedd}}
Re: Mr [[Elfed Llewelyn|P]] ("[[Elf|P]]")  DOB {{06/06/1952}}  NHS [[621 559 8843|N]]
[[Bryn Awel|A]], [[Llanegryn|A]], [[LL36 9SR|PC]]
Dear colleague,
Please see this 71-year-old farmer with exertional chest tightness; ECG {{LBBB}} (new vs 2019). {{ESC SCORE2-OP}} high. BP {{164/92}}, cholesterol {{6.8}}. Started {{aspirin 75 mg}}, {{atorvastatin 80 mg}}, {{GTN spray}}. {{Rose angina questionnaire}} positive.
He is the sole carer for his wife [[Gwenllian|R]], who has {{Alzheimer's disease}}.
Yours,
{{Dr Rhys ap Gwilym}}, GP Registrar (GMC {{7703112}}), for Dr [[Huw Bowen|C]]
""")

# 44 MSF summary
d("msf_summary", "Dr Kwame Asante", """
MULTI-SOURCE FEEDBACK SUMMARY  Doctor: {{Kwame Asante}} (GMC {{7298813}})   Period: {{Jan-Mar 2023}}
Raters: 14 (consultants 3, trainees 4, nurses 5, admin 2). Supervisor: {{Dr Lucy Tremayne}}
Domain                      Mean (1-6)   Trust mean
Clinical care               {{5.4}}          5.1
Communication               {{5.6}}          5.2
Team working                5.5          5.3
Comments (free text, verbatim):
 "Kwame was brilliant with the family of the young man on {{Resus 2}} (the [[Trelawny|P]] boy)." - Nurse
 "Works well with [[Dr Jago Trewin|C]] and the FY1s" - Trainee
 "Sometimes leaves notes on [[Symphony|A]] incomplete" - Admin
 "Very calm during the major incident (CAD [[SWAST-221014-2201|REF]])" - Consultant
""".replace('"Kwame was','"{{Kwame}} was').replace("[[Dr Jago Trewin|C]]","Dr [[Jago Trewin|C]]").replace("[[Symphony|A]]","{{Symphony}}"))

# 45 cancer chemo prescription
d("chemo_prescription", "Dr Rajeshwari Subramanian", """
SACT PRESCRIPTION - {{Clatterbridge Cancer Centre}}     Regimen: {{FEC-T}} cycle {{4}} ({{docetaxel 100 mg/m2}})
Patient: [[PHAM Thi Hoa|P]]   Hosp [[CCC-0098231|H]]   NHS [[712 448 9021|N]]   Ht {{158 cm}} Wt {{61 kg}} BSA {{1.62 m2}}
Day 1 date {{04/05/2023}}   Cycle length {{21 days}}
Drug       | Dose       | Calc      | Route | Diluent
{{Docetaxel}}  | {{100 mg/m2}} | {{162 mg}}   | IV    | 250 ml NaCl 0.9% over 1 h
{{Dexamethasone 8 mg}} bd x3 days (start day -1)
{{Pegfilgrastim 6 mg}} SC day 2
Bloods: neut {{1.8}}, plt {{210}}, bili {{9}} - OK to proceed.
Prescriber: {{Dr R. Subramanian}} (GMC {{7511987}})   Checked: pharmacist [[Oluwatoyin Bakare|C]] (GPhC [[2077541|G]])
Contact for advice: 24-h line [[020 7946 0999|T]]
""")

# 46 Teams chat export
d("chat_export", "Dr Yaw Darko", """
Microsoft Teams - chat export - "ICU reg handover QEUH"
[14/02/2024 07:58] [[Callum Mackintosh|C]]: morning, bed 3 mr [[MacDhòmhnaill|P]] ([[donnie|P]]) extubated 0600, ok on HFNO 40/0.4
[14/02/2024 07:59] [[Callum Mackintosh|C]]: bed 9 lady - you know her - husband called at 3am, v upset. he's called [[ousmane|R]]
[14/02/2024 08:02] {{Yaw Darko}}: thanks Callum. did {{CT}} for bed 11 happen? [[MRN 5528810|H]]
[14/02/2024 08:03] [[Callum Mackintosh|C]]: yep, {{no PE}}, formal report by [[Dr Nasser|C]] pending
[14/02/2024 08:05] [[Tendai Moyo|C]] (CNS): FYI outreach referral for ward {{11C}} - [[Mrs Beaton|P]] - {{NEWS2 7}}
[14/02/2024 08:06] {{Yaw Darko}}: on it
""".replace("thanks Callum.","thanks [[Callum|C]].").replace("[[MRN 5528810|H]]","MRN [[5528810|H]]").replace("[[Mrs Beaton|P]]","Mrs [[Beaton|P]]"))

# 47 ophthalmology clinic letter, Chinese name
d("clinic_letter", "Dr Arjun Mehta-Rao", """
{{Manchester Royal Eye Hospital}} - Medical Retina Service
Your ref: [[MRE-GP-0091|REF]]    Hosp no: [[MR0120441|H]]
Clinic date {{18/09/2023}}    Typed {{20/09/2023}}
To: Dr [[Farida Oyelaran-Hughes|C]], [[Levenshulme Health Centre|A]], [[Levenshulme|A]] [[M19 3BX|PC]]
Patient: Mr [[Chen Jian-Guo|P]] ([[Jian Guo CHEN|P]]), DOB {{22/11/1960}}, [[23 Stockport Road|A]], [[M19 3AB|PC]]
Diagnosis: {{centre-involving diabetic macular oedema}} right eye, {{R3A M1}} left. {{HbA1c 78}}.
VA: R {{6/18}} ({{0.48 logMAR}}), L {{6/9}}. OCT CST R {{412 µm}}.
Plan: {{aflibercept 2 mg}} intravitreal, loading x5 monthly. PRP left eye. His son [[Chen Hao|R]] ([[07700 900 803|T]]) attends to translate (Mandarin).
{{Mr Arjun Mehta-Rao}}, Locum Consultant Ophthalmologist, GMC {{7102288}}
""")

# 48 claims / legal letter
d("legal_letter", "Dr Catherine Oyinlola", """
NHS Resolution - Clinical Negligence Scheme for Trusts
Claim reference: [[M23CT155/011|REF]]     Trust ref: [[LEGAL-2023-0448|REF]]    Solicitors' ref: [[JMW/LK/00782|REF]]
Claimant: [[Ms Jessica Amber Tierney-Oduya|P]] (DOB {{09/09/1985}})
Allegation: delay in diagnosis of {{cauda equina syndrome}} at {{Wythenshawe Hospital}} ED on {{21/01/2022}}.
Request to {{Dr Catherine Oyinlola}} (Consultant EM, GMC {{6988102}}): please provide a factual statement covering your supervision of the ST3, Dr [[Haruto Sato|C]], who assessed the claimant at 19:40, and the {{MRI}} request (accession [[WYT-MR-22-00871|O]]).
Claimant's solicitors: [[JMW Solicitors LLP|A]], [[1 Byrom Place|A]], [[Manchester|A]] [[M3 3HG|PC]]. Contact [[Laura Kerrigan|C]], [[lkerrigan@jmw-example.co.uk|E]].
""".replace("[[Ms Jessica Amber Tierney-Oduya|P]]","Ms [[Jessica Amber Tierney-Oduya|P]]").replace("[[JMW Solicitors LLP|A]], ","JMW Solicitors LLP, ").replace("[[JMW/LK/00782|REF]]","[[JMW/LK/00782|REF]]"))

# 49 OCR scan of handwritten ward list (damaged)
d("ward_list_ocr", "Dr Chinonso Eze", """
WARD 12  J0BS  l3/l1/2O23  (CE)
bed l  [[0KAFOR-J0NES|P]] 7lM  ?UTl  - chase MSU, abx  [[S X 4 0 9 1 1|H]]
bed 4  [[mrs d0nnelly|P]]  TWOC today, ret urine {{5OO ml}}
bed 6  [[Sz@b0 Istvan|P]] 8OM  {{hyp0natraemia}} Na {{l22}} -> fluid restrict l L
bed 9  [[Ahmed (Bilal)|P]] 55M  {{DKA}} fixed rate {{O.l unit/kg/h}}, K {{3.4}}
bed ll  [[GLORIA|P]]  - social admit, OT/PT, dtr [[Yvonne|R]] on [[O7700 9OO 4l9|T]]
c/o Dr [[Fenw1ck|C]] (reg)   {{Dr C. Eze}}
""".replace("[[mrs d0nnelly|P]]","mrs [[d0nnelly|P]]").replace("[[Ahmed (Bilal)|P]]","[[Ahmed|P]] ([[Bilal|P]])"))

# 50 ePortfolio DOPS export with URL and QR link text
d("eportfolio_export", "Dr Owain Pritchard", """
RCOG ePortfolio  >  Assessments  >  OSATS - {{Operative laparoscopy}}
Trainee: {{Owain Pritchard}} (GMC {{7423100}})    Assessor: {{Miss Sian Evans-Bevan}}, Consultant O&G
Date: {{02/05/2023}}   Hospital: {{Ysbyty Gwynedd}}   Patient ID (do not share): [[YG-0931188|H]]
Procedure: {{laparoscopic ovarian cystectomy}} ({{dermoid}}, 6 cm)
Competent? {{Yes - competent for independent practice}}
Comments: Safe entry ({{Palmer's point}}), good use of {{Endobag}}. Patient ([[Ceridwen|P]]) discharged same day.
Assistant was FY2 Dr [[Mabli Hughes|C]].
Shareable link: [[https://eportfolio.rcog.org.uk/osats/7723-aa91-bb02|U]]
Printed {{03/05/2023}}  page {{1 of 1}}
""")

# 51 GP repeat prescription / medicines review
d("medication_review", "Dr Hodan Warsame", """
STRUCTURED MEDICATION REVIEW - {{Lawrence Hill Health Centre}}    {{12/10/2023}}
Patient: [[Mohamed Ali Jama|P]] ([[MAJ|P]])  {{68M}}  NHS [[510 227 3390|N]]  EMIS [[E-228019|H]]
Problems: {{T2DM}} ({{HbA1c 71}}), {{CKD G3b}} ({{eGFR 38}}), {{heart failure}} ({{EF 35%}}), {{gout}}
Medicines: {{metformin 500 mg}} bd -> reduce to od (eGFR), {{dapagliflozin 10 mg}} od, {{bisoprolol 5 mg}}, {{ramipril 5 mg}}, {{allopurinol 100 mg}}, {{furosemide 40 mg}}.
Stop: {{naproxen}} (bought OTC from [[Jama Pharmacy|A]] on [[Stapleton Road|A]]).
STOPP/START applied. Pharmacist [[Leilani Akana|C]] to follow up in 4/52. Daughter-in-law [[Sahra|R]] manages dosette.
{{Dr H. Warsame}}
""")

# 52 Audit report table (Vietnamese/Filipino/etc names, lab accessions)
d("audit_report", "Dr Wei Zhang", """
RE-AUDIT: {{Blood culture contamination}} rate, ED, {{Royal Free Hospital}} (Dr {{Wei Zhang}}, GMC {{7611098}})
Standard: contamination < {{3%}} ({{UK SMI B 37}}). Result: {{4.8%}} (12/250) vs {{7.1%}} in 2021.
Contaminated sets (for feedback to takers):
Lab no            | Patient        | Taken by             | Organism
[[BC-230412-0091|O]]    | [[Dela Peña, Josefina|P]] | [[Dr Kiran Sohal|C]] (FY2)     | {{CoNS}}
[[BC-230415-0033|O]]    | [[TRAN Van Phuc|P]]       | HCA [[Marlon Bautista|C]]      | {{Micrococcus}}
[[BC-230419-0102|O]]    | [[Ó Briain, Caoimhe|P]]   | Dr [[Bartholomew Ikenna Okoye|C]] | {{Bacillus}} spp
Action: feedback to individuals; {{ANTT}} teaching; blood culture packs with {{ChloraPrep}}.
Supervisor sign-off: {{Dr Helena Ostrowski}}
""".replace("[[Dr Kiran Sohal|C]]","Dr [[Kiran Sohal|C]]"))

# 53 complaint letter from a relative (incoming)
d("complaint_letter", "Dr Ioana Popescu", """
[[31 Harrow Road|A]]
[[London|A]] [[W2 5PT|PC]]
[[07700 900 931|T]]
5th April 2023

Dear Sir/Madam,
I want to complain about the way my father, [[Mr Hamid Reza Karimi|P]], was treated in A&E at St Mary's on the night of 1st April. He is 81 and has Parkinson's. We waited 9 hours on a trolley. The doctor (I think Dr [[Ofori|C]], a tall man) said "he's just dehydrated" and the nurse called [[Becky|C]] was rude to my mother [[Mahnaz|R]]. He was finally seen by Dr Popescu who was kind and found his {{hip fracture}}.
His hospital number is [[SMH-0019872|H]] and NHS number [[402 664 1199|N]].
Please reply to [[karimi.family@example.com|E]].
Yours faithfully
[[Leila Karimi|R]]
""".replace("[[Mr Hamid Reza Karimi|P]]","Mr [[Hamid Reza Karimi|P]]").replace("by Dr Popescu","by {{Dr Popescu}}").replace("He is 81 and has Parkinson's.","He is {{81}} and has {{Parkinson's}}.").replace("St Mary's","{{St Mary's}}"))

# 54 sexual health partner notification, codes and pseudonyms
d("partner_notification", "Dr Marisol Hernández Ortega", """
PARTNER NOTIFICATION RECORD     Index GUM no: [[DS-441987|H]]     PN ref: [[PN-23-5512|REF]]
Index: [[Andrés Quispe Mamani|P]] ({{syphilis}}, {{secondary}}, RPR {{1:64}})
Contacts:
 1. "[[Lalo|R]]" (regular partner) - app handle [[@lalo_bcn88|O]] - attended {{16/03/2023}}, {{treated epidemiologically}}
 2. [[Mateus Gonçalves|R]] - [[07700 900 602|T]] - provider referral, attended other clinic ({{Mortimer Market Centre}})
 3. Casual - unidentifiable
Outcome: 2/3 contacts tested ({{BASHH}} standard {{0.6}} per index). Clinician: {{Dr M. Hernández Ortega}}; health adviser [[Jonjo Flanagan|C]].
""")

# 55 personal research / teaching diary with mixed items
d("personal_notebook", "Dr Amara Okonkwo", """
diary - palliative care rotation - {{Marie Curie Hospice, Penarth}} - (amara okonkwo, ST3)
12/9 - family mtg w/ mr [[bowen|P]]'s wife [[glenys|R]] + dtr [[siân|R]] re {{PPC}} = home. {{Gold Standards Framework}} register updated.
13/9 - verification of death x1 (room {{4}}), [[mrs o'neill|P]] {{02:40}}. cert done by Dr [[Rahim|C]] (MCCD). hosp no [[MCP-1044|H]]
14/9 - teaching: {{opioid conversion}} - {{oxycodone 10 mg}} ≈ {{morphine 15 mg}} PO; {{fentanyl 12 mcg/h}} patch ≈ {{morphine 30-45 mg/24 h}}
15/9 - sup mtg w/ {{Dr Carys Llewellyn}}: reflect on [[nkem|P]] (the young lady w/ {{cervical ca}}) - her partner [[tunde|R]] very angry at GP Dr [[Whitfield|C]]
{{Okonkwo}} / {{AO}} GMC {{7569903}}
""".replace("[[mrs o'neill|P]]","mrs [[o'neill|P]]").replace("(amara okonkwo, ST3)","({{amara okonkwo}}, ST3)"))
