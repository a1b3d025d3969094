DOCS = [
dict(id="s22-h061", kind="reflection", applicant="Dr Esther Adjei", text="""
Reflection: "She's not my mum, she's my nan"

[[P|Lily-Rose]] was [[K|3 weeks]] old when she came in with bronchiolitis to [[K|Basildon University Hospital]]. The woman holding her, whom I took for her mother, was [[R|Tracey Blackmore]], her grandmother, [[K|39]]. [[P|Lily-Rose Blackmore]]'s mother, [[R|Kerys]], was [[K|16]], in Year 11 at [[A|the Billericay School]], and was at home in [[A|Craylands]] asleep after a night up with the baby.

I had assumed, and it showed: I addressed Tracey as "Mum" for ten minutes. She corrected me sharply. Oxygen saturations were [[K|89%]]; we started [[K|high-flow nasal cannula oxygen at 2 L/kg/min]].

Learning: ask, don't assume family roles. I also made a referral to the teenage-parent midwife, [[C|Lorna Kettle]], and the health visitor, [[C|Miss Aditi Chauhan]], with consent.
Verified by [[K|Dr Benedict Oyelowo]], Consultant Paediatrician.
""", ids=[("R","Tracey")]),
dict(id="s22-h062", kind="incident_report", applicant="Dr Rui Costa", text="""
Datix incident [[RF|DX-4471920]] – Medication error (insulin)
Reported by: Dr Rui Costa, Specialty Doctor, [[K|Diabetes & Endocrinology]], [[K|Royal Sussex County Hospital]]
Patient: [[P|Mr Harold Pennington]], [[K|80M]], MRN [[H|K0559021]], [[K|Ward Level 8A, bed 22]]
What happened: [[K|Humalog Mix25 20 units]] was transcribed as "200 units" on the drug chart by the admitting FY1, [[C|Dr Jasmine Coote]]. The dose was drawn up by [[C|RN Maria Esperanza Cruz]] and stopped at the second check by [[C|RN Stuart Pellow]]. No dose given. CBG [[K|11.2 mmol/L]].
Family: son [[R|Graham Pennington]] informed ([[PH|01632 960631]]).
Learning: "units" must never be abbreviated ([[K|Think Glucose]]). Added to FY1 induction.
Verified by [[K|Dr Annabel Whitford]], Consultant Diabetologist.
""", ids=[("P","Pennington")]),
dict(id="s22-h063", kind="letter_to_police", applicant="Dr Gwen Ellis-Parry", text="""
[[K|Glan Clwyd Hospital]], Bodelwyddan — Emergency Department
To: [[C|PC 2231 Iwan Roberts]], North Wales Police, [[A|Rhyl Police Station, Wellington Road, Rhyl]] [[PC|LL18 1BB]]
Occurrence no: [[RF|NWP-23-0419-778]]
[[K|19 April 2023]]

Re: [[P|Ms Jade Hulme]], DOB [[K|08/01/1997]], of [[A|Flat 2, 11 Sussex Street, Rhyl]]

I confirm, with Ms Hulme's written consent, that she attended on [[K|16 April 2023]] at [[K|23:55]] with a [[K|3 cm laceration to the right eyebrow]] and bruising to both forearms, consistent with her account of being assaulted at [[A|the Caffi Bay bar on the promenade]] by a man she named as [[R|Liam Stott]]. Her friend [[R|Shannon Price]] was with her. CT head was not required ([[K|Canadian CT Head Rule]] negative). The wound was closed with [[K|4 × 5-0 Prolene sutures]].

Dr Gwen Ellis-Parry, Specialty Doctor
""", ids=[("P","Hulme")]),
dict(id="s22-h064", kind="multisource_feedback", applicant="Dr Pradeep Wickramasinghe", text="""
MSF (360°) summary – Dr Pradeep Wickramasinghe – [[K|February 2024]] – [[K|Scarborough Hospital]]
Raters: [[K|14]] (5 doctors, 6 nurses, 3 admin). Overall mean [[K|4.6/6]].
Selected comments (raters anonymous, but two named themselves):
"Pradeep was brilliant with [[P|Mrs Bielby]] on [[K|Ash Ward]] when her husband [[R|Len]] was dying." – [[C|Karen Stamford]], Ward Sister
"Sometimes late to the 08:30 board round." – anonymous nurse
"Supports the FY1s; taught me the [[K|Rockwood Clinical Frailty Scale]] properly." – [[C|Dr Ollie Tennant]], FY1
Facilitated by: [[K|Dr Janet Rowbotham]], Appraiser (verifies)
"""),
dict(id="s22-h065", kind="case_writeup", applicant="Dr Ifeanyi Obi", text="""
Case write-up: Addisonian crisis in a rugby player

[[P|Tomos]] is a [[K|22-year-old]] prop forward for [[A|Llandovery RFC]] who works at his uncle's garage, [[A|Williams Motors, Llandeilo]]. He was brought to [[K|Glangwili General Hospital]] by his teammate [[R|Rhys "Bomber" Harries]] after collapsing in the changing room. BP [[K|72/35]], Na [[K|124]], K [[K|6.0]], glucose [[K|2.9]].

[[P|Tomos Aled Williams]] had been on [[K|prednisolone 40 mg]] for a shoulder injury, prescribed by a private sports physician, [[C|Dr Neil Faraday]], and had stopped it abruptly. We gave [[K|hydrocortisone 100 mg IV]], then [[K|50 mg QDS]], with [[K|3 litres]] of saline.

His mother [[R|Rhiannon]] was upset that no-one had warned him about steroid cards. I discussed [[K|adrenal insufficiency]] sick-day rules and gave him a [[K|NHS Steroid Emergency Card]].
Verified: [[K|Dr Carys Lloyd-Evans]], Consultant Endocrinologist.
"""),
dict(id="s22-h066", kind="text_message_thread", applicant="Dr Maryam Siddiqui", text="""
SMS to/from on-call consultant (kept for portfolio, leadership of out-of-hours care) — [[K|Sun 25 Feb 2024]]
23:02 Me → [[K|Dr Hollingsworth]]: Sorry to wake you. [[P|Mr Nikolaidis]] ([[K|bed 4, CCU]]) VT storm, 3 shocks. Amio [[K|300 mg]] given, K [[K|3.4]] replaced, Mg [[K|2 g]]. [[C|Dr Rao]] (cardiology reg) here. ?transfer to [[K|Royal Brompton]]
23:05 [[K|Dr Hollingsworth]] → Me: Coming in. Ring his wife please.
23:07 Me → switchboard: please connect me to [[R|Mrs Eleni Nikolaidis]] [[PH|020 7946 0337]]
23:41 [[K|Dr Hollingsworth]] → Me: Transfer accepted by [[C|Dr Fenwick-Lowe]], ref [[RF|RBH-TX-24-0551]]
Note: Dr Hollingsworth (consultant cardiologist, [[K|Hillingdon Hospital]]) has verified this record.
"""),
dict(id="s22-h067", kind="complaint_response", applicant="Dr Kwame Boakye", text="""
Response to complaint [[RF|COMP/NUH/23/1187]]
Dear [[R|Mr Ashfield]],

Thank you for your letter about the care your wife, [[P|Mrs Sharon Ashfield]], received in the Emergency Department at [[K|Queen's Medical Centre]] on [[K|30 June 2023]]. I am the doctor who reviewed her at [[K|04:15]].

You raised three concerns. First, that the initial doctor, [[C|Dr Marta Kovač]], told you she had "just a migraine". Second, that the CT scan was delayed. Third, that the nurse, [[C|Reece]], was rude when you asked for pain relief.

Sharon's CT at [[K|05:02]] showed a [[K|subarachnoid haemorrhage (Fisher grade 3)]]. She was transferred to the neurosurgical team under [[C|Mr Vivek Raghavan]] and received [[K|nimodipine 60 mg 4-hourly]]. I am very glad to read that she is now home in [[A|Hucknall]] and has returned to her job at [[A|Boots in Beeston]].

I apologise that her headache was not recognised as thunderclap at first. I have shared this case at our teaching, using the [[K|Ottawa SAH rule]].
Yours sincerely,
Dr Kwame Boakye, Specialty Doctor
Reviewed by [[K|Dr Louise Pendleton]], Head of Service (verifies)
""", ids=[("P","Sharon")]),
dict(id="s22-h068", kind="ocr_referral", applicant="Dr Anjali Deshpande", text="""
[[K|UNIVERSITY  HOSPITAL  MONKLANDS]]                                 pg  1/1
Ref :   [[RF|AD / DERM / 22 / O4418]]
To :   Dr  [[C|S .  Marr]]  ,   [[A|Coatbridge  Health  Centre]]   ,   [[A|l  Centre  Park  Court]]
Re :   [[P|Mr   Francis   Xavier   Docherty]]      CHI   [[N|l4O6 7l 2 9 3 8]]
        [[A|4 2  Whifflet  St]]  ,  [[A|C0atbridge]]    [[PC|ML5  4EL]]
Tel   (h)   [[PH|Ol632  96O3O7]]
Dx :   [[K|Psoriasis]]  ( PASI  [[K|l4.2]] )   ;   [[K|methotrexate  l5 mg]]   weekly
"""),
dict(id="s22-h069", kind="mdt_csv", applicant="Dr Abdirahman Farah", text="""
"Stroke MDT","[[K|Royal Preston Hospital]]","[[K|Hyper-acute stroke unit]]","[[K|08/04/2024]]","Prepared by Dr Abdirahman Farah"
"Bed","Name","Hosp No","Age","NIHSS adm","NIHSS now","Thrombolysis","Plan"
"[[K|HASU-1]]","[[P|Dorothy Cheetham]]","[[H|RPH6651023]]","[[K|79]]","14","6","[[K|alteplase 0.9 mg/kg]]","rehab [[A|Chorley]]"
"[[K|HASU-2]]","[[P|Bashir Ahmed Qazi]]","[[H|RPH6653391]]","[[K|62]]","22","20","[[K|thrombectomy]] (Salford)","ICU step-down"
"[[K|HASU-3]]","[[P|Leanne Swarbrick]]","[[H|RPH6654470]]","[[K|41]]","4","0","no","PFO? bubble echo; lives [[A|Fulwood]]"
"[[K|HASU-4]]","[[P|Eric 'Tiny' Holden]]","[[H|RPH6650082]]","[[K|90]]","19","18","no (on [[K|warfarin]], INR [[K|2.8]])","EOL, wife [[R|Edna]]"
"Consultant","[[K|Dr Julian Penrose]]","verified"
"""),
dict(id="s22-h070", kind="reflection", applicant="Dr Saoirse Kavanagh", text="""
Reflection – a patient who shared a name with my sister

On my second week at [[K|Craigavon Area Hospital]] I admitted [[P|Aoife]] — the same name as my sister — a [[K|31-year-old]] from [[A|Lurgan]] with an ectopic pregnancy, [[K|hCG 2,870 IU/L]], and [[K|free fluid in the pouch of Douglas]]. [[P|Aoife McConville]] works as a classroom assistant at [[A|St Francis' Primary School, Lurgan]]; her partner, [[R|Ciarán]], is a PSNI officer.

We consented her for [[K|laparoscopic salpingectomy]]. She asked whether her other tube was healthy, and I realised I had been answering her as I would answer my sister: with reassurance rather than facts.

Learning: I used the [[K|BICS]] principles and re-did the conversation with the consultant, [[K|Mr Declan Hanna]], who also verified this entry.
"""),
dict(id="s22-h071", kind="gp_letter", applicant="Dr Chen Wei", text="""
[[K|Derriford Hospital]], Plymouth — Respiratory Medicine — [[K|8 March 2024]]
Our ref: [[RF|CW/RESP/88120]]   NHS No: [[N|6841023375]]   Hosp No: [[H|DER-0419920]]
[[C|Dr Annika Strand]], [[A|Mayflower Medical Group, Plymouth]] [[PC|PL2 3PS]]

Dear Dr [[C|Strand]],
[[P|Mr Piran Tregenza]], [[K|58]], a crab fisherman from [[A|Newlyn]], was admitted with an infective exacerbation of [[K|bronchiectasis]] (sputum: [[K|Pseudomonas aeruginosa]]). Treated with [[K|ceftazidime 2 g TDS IV]] for [[K|14 days]]. His wife [[R|Demelza]] has been taught to give [[K|nebulised colistimethate 1 million units BD]]. FEV1 [[K|1.62 L (48%)]].
Dr Chen Wei
""", ids=[("P","Tregenza")]),
dict(id="s22-h072", kind="teaching_log", applicant="Dr Abdullah Al-Mansoori", text="""
Simulation teaching – debrief notes – [[K|Sim Suite, Northumbria Specialist Emergency Care Hospital]] – [[K|07/06/2024]]
Faculty: Dr Abdullah Al-Mansoori (lead), [[K|Dr Rachel Dunwoody]] (consultant, verifies)
Scenario: "[[K|Anaphylaxis in a 6-year-old]]" (simulated patient, name "Jack"—fictional, retain)
Candidates: [[C|Dr Harvey Knox]] (FY2), [[C|Dr Priyanka Sethi]] (CT1), [[C|Nurse Bethany Lowes]]
Key learning: [[K|adrenaline 150 micrograms IM]] (1:1000), repeat at [[K|5 minutes]]; [[K|Resuscitation Council UK 2021]] algorithm.
[[C|Harvey]] hesitated over dose; [[C|Priyanka]] led well.
""", keep=["Jack"]),
dict(id="s22-h073", kind="social_work_letter", applicant="Dr Moses Kariuki", text="""
From: [[C|Ms Adrienne Fitzwilliam]], Hospital Social Worker, [[A|Adult Social Care, Town Hall, Northampton]] [[PC|NN1 1HX]]
To: Dr Moses Kariuki, [[K|Northampton General Hospital]], [[K|Benham Ward]]
Ref: [[RF|ASC/NN/24/09213]]   Date: [[K|3 April 2024]]

Re: [[P|Mr Desmond Alleyne]] (DOB [[K|27/10/1946]]), [[A|14 Semilong Road, Northampton]] [[PC|NN2 6BT]]

Dear Dr Kariuki,
Thank you for the referral. Mr [[P|Alleyne]]'s niece, [[R|Ms Jacqueline Alleyne-Forbes]], has told me that [[P|Des]] has been sleeping in his armchair at the [[A|Caribbean Elders' day centre on Lower Mounts]] because his flat has no heating. I will arrange an urgent carers' assessment. Please keep him on the ward until our OT, [[C|Mr Callum Reddy]], has visited.
Adrienne Fitzwilliam
""", ids=[("C","Adrienne Fitzwilliam")]),
dict(id="s22-h074", kind="reflection", applicant="Dr Marta Nowak-Jones", text="""
Reflection: consent with a Deaf patient

[[P|Callum]], [[K|52]], profoundly Deaf since birth, came to [[K|Pre-operative Assessment]] at [[K|Musgrove Park Hospital]] for a [[K|total knee replacement]]. His partner, [[R|Sam]], is hearing and usually interprets; he works at [[A|the cider farm at Sheppy's]]. I wanted a BSL interpreter rather than relying on Sam, and the booking service gave me [[C|Ms Ruth Allardyce]].

[[P|Callum Bestwick]] later told me that no doctor had ever done that before. We discussed [[K|risks of 1% infection]], [[K|VTE prophylaxis with aspirin 150 mg]] for [[K|14 days]], and the [[K|Oxford Knee Score]].
Learning: the [[K|Accessible Information Standard]] is an obligation, not a courtesy.
Signed off: [[K|Dr Patrick Ellery]], Consultant Anaesthetist.
"""),
dict(id="s22-h075", applicant_forms=['Dr B Oladipo'], kind="patient_list_bullets", applicant="Dr Babajide Oladipo", text="""
ED "long-waiters" escalation list — [[K|07:00 01/12/2023]] — Dr B Oladipo (night lead)
* [[P|F.M.]] ([[K|84F]]) [[K|cubicle 11]] – [[K|22 h]] in dept – awaiting medicine bed – hosp [[H|ED2311-90412]]
* [[P|Mr R.]] ([[K|33M]]) – MH, awaiting [[K|Tier 4]] bed – police ([[C|PC Aldred]]) present
* [[P|"Dotty"]] ([[K|97F]]) – corridor C3 – carer [[R|Lynn]] rang x3 ([[PH|0161 496 0935]])
* [[P|Krzysztof W.]] ([[K|58M]]) – alcohol withdrawal, from [[A|the Cheetham Hill hostel]]
* [[P|Baby O.]] ([[K|6 wk]]) – paeds, awaiting [[K|Bed 4 PAU]] – mum [[R|Adaeze]]
Escalated to site manager [[C|Tracy Ormerod]]; reviewed by [[K|Dr Helen Sutcliffe]], ED consultant (verifies)
"""),
]
