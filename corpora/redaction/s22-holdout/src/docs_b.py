DOCS = [
dict(id="s22-h016", applicant_forms=['Dr  Ibrahim  Al-Khatib'], kind="ocr_letter", applicant="Dr Ibrahim Al-Khatib", text="""
CLINIC LETTER (scanned 2019, OCR)
[[K|R0YAL  PRESTON  H0SPITAL]]      Dept of Gastroenterology
Our  ref :  [[RF|IAK/GI/0 4471]]

Dr  [[C|M. Threlfall]]
[[A|Ashton  Medical  Centre]]
[[A|Tulketh  Rd ,  Ashton - on - Ribble]]
[[PC|PR2  1ES]]

Re :  [[P|Mrs  Doreen  Catterall]]   D0B [[K|O4/1O/1947]]
NHS  No [[N|4O1 227 8635]]    Hosp  No [[H|RPH5l0923]]
[[A|17  Blackpool  Road ,  Lea]]

Dear  Dr  [[C|Threlfall]] ,
I  saw  Mrs  [[P|Catterall]]  in  the  IBD  clinic  today  with  her  grand-
daughter  [[R|Jodie]] .  Her  Crohn's  disease  remains  in  remission  on
[[K|azathioprine  100 mg]]  daily .  Faecal  calprotectin  [[K|42  ug/g]] .  TPMT  was
normal .  Hb  [[K|12l  g/L]] ,  WCC  [[K|4.2]] ,  ALT  [[K|19]] .
She  asked  that  letters  go  to  her  daughter ' s  address  as  well :
[[R|Mrs  L.  Ainscough]] ,  [[A|3  Fernleigh  Close ,  Longton]]  [[PC|PR4  5ZB]] .
Review  in  [[K|6  months]] .
Yours  sincerely
Dr  Ibrahim  Al-Khatib ,  Clinical  Fellow
"""),
dict(id="s22-h017", kind="email_thread", applicant="Dr Ana Sofia Ferreira", text="""
From: Ana Sofia Ferreira <[[K|ana.ferreira7@nhs.net]]>
To: [[C|Gavin Mulholland]] <[[E|gavin.mulholland@nhs.net]]>
Cc: [[C|Orla Keane]] <[[E|orla.keane2@nhs.net]]>
Date: [[K|Thu, 14 Mar 2024 16:22]]
Subject: RE: bed 22 – [[P|Mr Okwuosa]] – family complaint brewing

Gavin,
Thanks for the heads-up. I've spoken to [[P|Chukwuemeka]]'s son ([[R|Obinna]]) this afternoon. He's unhappy that nobody told him his dad had been moved from [[K|Ward 7B]] to [[K|Ward 21]] overnight, and that the night FY1 ([[C|Dr Hollie Barker]]) told him on the phone that his dad was "for comfort care", which was not the plan.

The actual plan (agreed with [[K|Dr Rosalind Mbeki]], his consultant) remains: [[K|IV co-amoxiclav 1.2 g TDS]], review ceiling of care at 48 h, [[K|ReSPECT form]] not yet completed.

Obinna wants to take it to PALS. I've given him the PALS link ([[U|https://www.mft.nhs.uk/contact-us/pals]]) and my bleep. He works at [[A|the Co-op Bank in Balloon Street]] and can come in after 5.
Orla – could you make sure the family liaison log has this entry? Hospital number is [[H|MRI0049817]].

Ana
Dr Ana Sofia Ferreira, Specialty Doctor, Acute Medicine, [[K|Manchester Royal Infirmary]]
"""),
dict(id="s22-h018", keep=['V. Lanyon'], kind="wpba_dops", applicant="Dr Kwabena Owusu-Ansah", text="""
DOPS – Direct Observation of Procedural Skills
Trainee/applicant: Dr Kwabena Owusu-Ansah   GMC: [[K|7340912]]
Procedure: [[K|Ultrasound-guided fascia iliaca block]]
Date: [[K|27/09/2023]]   Setting: [[K|Royal Shrewsbury Hospital]] ED, [[K|Resus 2]]
Patient: [[P|Mrs Eileen Gittins]], [[K|91F]], #NOF (right), RiO [[H|RSH00719244]]
Local anaesthetic: [[K|levobupivacaine 0.25% 30 ml]]; max dose checked ([[K|2 mg/kg]]); weight [[K|48 kg]].
Pain score pre [[K|8/10]], post [[K|2/10]] at [[K|30 minutes]].
Assessor: [[K|Dr Victoria Lanyon]], Consultant in Emergency Medicine, GMC [[K|4418920]]
Overall: [[K|Performed independently]]. Good consent discussion with Eileen's granddaughter ([[R|Chloe]]), who has LPA for health and welfare.
Assessor signature: V. Lanyon
"""),
dict(id="s22-h019", kind="board_round", applicant="Dr Yusuf Demir", text="""
BOARD ROUND — [[K|Ward 30 (Care of the Elderly)]] — [[K|Monday 4 March 2024]] — scribe Dr Yusuf Demir

• [[K|Bed 1]] – [[P|Violet H.]] [[K|94F]] – MFFD. Awaiting [[K|D2A pathway 3]]. Nephew ([[R|Trevor]]) to view [[A|Meadowbank Care Home, Heanor]].
• [[K|Bed 2]] – [[P|Mr Singh Bains]] [[K|79M]] – AKI recovering (Cr [[K|203→128]]). Hold [[K|ramipril]]. Son [[R|Jaspal]] wants meeting.
• [[K|Bed 3]] – [[P|"Taff" Williams]] [[K|86M]] – delirium; [[K|CAM positive]]. From [[A|the Ilkeston Road flats]]. No NOK contactable; IMCA referral ([[RF|IMCA-DBY-0331]]).
• [[K|Bed 4]] – [[P|Gladys Osei-Bonsu]] [[K|82F]] – new [[K|AF]], started [[K|edoxaban 30 mg OD]] (CrCl [[K|38]]). Daughter [[R|Abena]] is a nurse at [[K|Royal Derby Hospital]].
• [[K|Bed 5]] – [[P|Mrs Jean McGuire]] [[K|77F]] – fall at [[A|Asda Spondon]]. #pubic rami; PT. Hosp no [[H|RTG2218847]].
• [[K|Side room B]] – [[P|K.F.]] [[K|68M]] – C. diff. Enteric precautions. Wife [[R|Lorraine Fenwick]].
Jobs: ring [[P|Mrs McGuire]]'s GP ([[C|Dr Abdul Wahid]]) re home meds; [[C|Sister Nicola Bagshaw]] to chase TTOs.
Consultant: [[K|Dr Marianne Oduya]] (verifies)
"""),
dict(id="s22-h020", kind="police_statement_request", applicant="Dr Caoimhe Doherty", text="""
Police Scotland – request for medical statement
Crime reference: [[RF|PS/20240419/1832]]   Your ref: [[RF|DC-LM/0912]]
To: Dr Caoimhe Doherty, Specialty Doctor, ED, [[K|University Hospital Crosshouse]], Kilmarnock
From: [[C|DC Lewis Macaulay]], CID Kilmarnock, [[A|Kilmarnock Police Office, St Marnock Street]], [[PC|KA1 1HN]], tel [[PH|01632 960172]], email [[E|lewis.macaulay@scotland.police.uk]]

Re: [[P|Jordan McAvoy]], DOB [[K|22/08/2001]], CHI [[N|2208011673]], of [[A|54 Onthank Drive, Kilmarnock]]

I am investigating an assault that occurred outside [[A|the Fanny by Gaslight bar, Bank Street]] on [[K|19 April 2024]]. Mr McAvoy attended your department at approximately [[K|01:40]] on [[K|20 April]]. Please provide a statement covering: injuries observed; imaging; treatment. A witness, [[R|Ms Shona Kerr]], states that she accompanied him.

Applicant's note (for portfolio, governance evidence): I supplied a statement describing a [[K|4 cm]] scalp laceration (closed with [[K|5 staples]]), a [[K|zygomatic fracture]] on CT, and [[K|GCS 15]] throughout; referral to maxillofacial surgery ([[C|Mr Euan Strachan]]). Statement checked by [[K|Dr Morag Sutherland]], Consultant, who supervised.
"""),
dict(id="s22-h021", kind="reflection", applicant="Dr Bongani Dlamini", text="""
Reflective practice — Death of a young man and telling his mother

[[P|Tendai]] was [[K|24]] and had come to Cardiff from Harare to study engineering at [[A|Cardiff University]]. He lived in a shared house in [[A|Cathays]] and played five-a-side on Wednesdays at [[A|Pontcanna Fields]]. It was there he collapsed. His friends [[R|Ricky]] and [[R|Olu]] started CPR; an off-duty nurse, [[C|Mared]], took over. The ambulance crew got ROSC after [[K|4 shocks]].

When he arrived in Resus at [[K|University Hospital of Wales]] I was the most senior doctor there for the first ten minutes. His rhythm was [[K|VF]] again at [[K|20:14]]. We continued for [[K|52 minutes]] in total. The ECG from the crew's monitor, in retrospect, showed a Brugada type 1 pattern.

The hardest part was his mother. [[R|Mrs Rudo Moyo]] was in Zimbabwe; [[P|Tendai Moyo]]'s cousin, [[R|Tatenda]], gave me her WhatsApp number and I phoned her with an interpreter who spoke Shona. I had never broken bad news across a continent before.

Learning: I read about [[K|Brugada syndrome]] and the inherited-cardiac-conditions pathway; we referred the family to ICC services, which meant explaining to Tatenda that he himself should be screened. I also asked for a hot debrief, which our consultant [[K|Dr Alun Rees-Thomas]] led; he has verified this account.
"""),
dict(id="s22-h022", kind="solicitor_letter", applicant="Dr Helena Sokolova", text="""
Brindley Fairclough LLP, Solicitors
[[A|4 Colmore Row]], Birmingham [[PC|B3 2BJ]]   DX 13008 Birmingham
Tel: [[PH|0121 496 0844]]   Email: [[E|clinneg@brindleyfairclough.co.uk]]
Our ref: [[RF|JFP/MED/88127-4]]    Your ref: [[RF|CL/2024/0193]]
Date: [[K|2 May 2024]]

Dear Dr Sokolova,

Our client: [[P|Mr Marcus Ellington-Boyd]]
Claim: alleged delay in diagnosis of cauda equina syndrome, [[K|Heartlands Hospital]], [[K|November 2022]]

We act for Mr Ellington-Boyd, who attended the Emergency Department on [[K|7 November 2022]] with back pain and urinary retention ([[K|residual 640 ml]]). You were the doctor who assessed him at [[K|22:10]]. We understand that the MRI was not performed until [[K|9 November]] and that the spinal surgeon, [[C|Mr Rajiv Menon]], operated on [[K|10 November]].

Please find enclosed a form of authority signed by our client. We request a copy of your notes and any statement you made to the Trust's legal services ([[C|Ms Karen Whitby]], Claims Manager).

Yours faithfully,
[[C|Jessica F. Pryce]], Associate

Applicant's note: retained as evidence of engagement with a claim; response reviewed and verified by [[K|Dr Simon Achebe]], Clinical Director.
"""),
dict(id="s22-h023", applicant_forms=['Dr M Iqbal'], kind="clinic_list", applicant="Dr Mohammed Iqbal", text="""
Diabetes clinic – [[K|Friday 12/01/2024]] – [[K|Airedale General Hospital]] – Dr M Iqbal (Specialty Doctor)

09:00  [[P|Patel, Hemlata]]    [[H|AGH309811]]   T2DM, HbA1c [[K|71 mmol/mol]]  → add [[K|empagliflozin 10 mg]]
09:20  [[P|Sutcliffe, Barry]]    [[H|AGH118042]]   T1DM, DKA x2 this yr; lives [[A|Cross Hills]]; DNA'd x2
09:40  [[P|Kaur-Gill, Simran]]   [[H|AGH402277]]   GDM, [[K|28/40]], [[K|metformin 500 mg BD]]
10:00  [[P|Haworth, Joan]]   [[H|AGH051193]]   T2DM, CKD 3b (eGFR [[K|34]]), foot ulcer – podiatry ([[C|Lynne]])
10:20  [[P|Mahmood, Adil]]   [[H|AGH377610]]   MODY?, genetics sent – lab no [[O|EXE-GEN-24-00913]]
10:40  [[P|Brooksbank, Tom]]   [[H|AGH299005]]   T1DM, Libre 2; works nights at [[A|Skipton Morrisons]]

Comments (for CbD with [[K|Dr Catherine Beaumont]]): Barry's partner, [[R|Denise]], rings the DSN line ([[PH|01632 960290]]) when he's unwell; consider psychology. Simran is an HCA at [[A|Keighley Health Centre]].
"""),
dict(id="s22-h024", kind="reflection", applicant="Dr Wen-Jie Huang", text="""
Reflection on a difficult conversation with a colleague (leadership domain)

Background: I was the specialty doctor on nights at [[K|Morriston Hospital]]. [[C|Dr Owain Prydderch]], an FY2 on his second night, had prescribed [[K|enoxaparin 1.5 mg/kg]] for a man on [[K|Ward Dyfed]] who had a platelet count of [[K|38]]. The patient, [[P|Mr Hywel Bevan]], 64, from [[A|Ystalyfera]], had metastatic prostate cancer. The pharmacist, [[C|Catrin Jenkins]], caught it at the 07:00 check and bleeped me rather than Owain.

I spoke to [[C|Owain]] privately in the doctors' room. He was defensive, then tearful. He told me he had not slept in two days because his own father was in the ICU at [[K|Glangwili]]. I had not known.

What I did: I reported the near-miss on Datix ([[RF|DW-2023-11842]]) without blame language, arranged for him to finish early, and informed his educational supervisor.

What I learned: a prescribing error is often a welfare problem. I discussed this with my own supervisor, [[K|Dr Gwenllian Harries]], who signed this reflection.
"""),
dict(id="s22-h025", kind="ambulance_handover", applicant="Dr Aleksandra Zielińska", text="""
Ambulance handover audit – sample record 7 of 40 (Dr Aleksandra Zielińska, QI project "Safe handover")
CAD: [[RF|EMAS-231014-0917]]   ePRF: [[RF|EPR-88172634]]
Pt: [[P|Dorothy Eleanor Beardsall]] ([[K|84F]]), from [[A|Holly Lodge Residential Home, 31 Mansfield Road, Sutton-in-Ashfield]] [[PC|NG17 4HE]]
Crew: [[C|Paramedic J. Wardle]], [[C|ECA Kirsty Lomas]]   Call time [[K|09:14]]   Arrival [[K|10:02]]   Handover [[K|11:37]]
Handover delay: [[K|95 min]] (standard [[K|15 min]])
Obs on arrival: [[K|NEWS2 7]], SpO2 [[K|88% on air]], temp [[K|38.9]]
Care home contact: [[R|Mrs Sandra Pidcock]] (manager), [[PH|01632 960119]]
Notes: [[P|Dorothy]] was found by carer [[R|Shirley]] at 08:40. Daughter [[R|Alison]] not contactable.
Project supervised by [[K|Dr Peter Okereke]] ([[K|King's Mill Hospital]]) – data verified.
"""),
dict(id="s22-h026", kind="gp_letter", applicant="Dr Siddharth Menon", text="""
Orthopaedic fracture clinic – [[K|Raigmore Hospital]], Inverness
Date dictated: [[K|18/10/2023]]   Typed: [[K|20/10/2023]]
To: [[C|Dr Isla MacRae]], [[A|Kingussie Medical Practice]], [[A|Kingussie]] [[PC|PH21 1EY]]

Patient: [[P|Ruaridh Mackintosh]], DOB [[K|15/06/2009]], CHI [[N|1506096217]]
Address: [[A|Tigh na Mara, Insh]], [[A|by Kingussie]]

Dear Dr MacRae,
Ruaridh, [[K|14]], injured his left wrist playing shinty for [[A|Kingussie Camanachd]] at [[A|the Dell]]. X-rays show a [[K|Salter-Harris II]] fracture of the distal radius with [[K|15°]] dorsal angulation. Closed reduction under [[K|Bier's block]] was performed; position is now acceptable. Below-elbow cast for [[K|4 weeks]].
His dad, [[R|Hamish]], asked about return to sport: not before [[K|8 weeks]]. He goes to [[A|Kingussie High School]]; a PE exemption letter was given.
Yours sincerely,
Dr Siddharth Menon, Specialty Doctor, Trauma & Orthopaedics
"""),
dict(id="s22-h027", kind="reference_request", applicant="Dr Nkechi Eze", text="""
Structured reference (portfolio pathway) – referee: [[K|Dr Philippa Grantham]], Consultant Obstetrician, [[K|Birmingham Women's Hospital]]
Applicant: Dr Nkechi Eze, GMC [[K|7199034]]

I have worked with Dr Eze for [[K|four years]]. She is a safe and decisive operator. Two cases illustrate this. In [[K|2022]] she managed a [[K|massive obstetric haemorrhage]] (EBL [[K|3.8 litres]]) in a woman whose name I will not give; the anaesthetist that night, [[C|Dr Callum Ashdown]], has commented to me on her calm leadership. In [[K|2023]] she recognised [[K|HELLP syndrome]] (platelets [[K|62]], ALT [[K|410]]) in a [[K|26-year-old]] at [[K|34 weeks]] who had been sent home by triage the day before.

I can confirm the logbook she submits (total [[K|412]] caesarean sections, [[K|138]] as primary operator unsupervised) is accurate.

Dr Philippa Grantham (signs as referee)
"""),
dict(id="s22-h028", kind="safeguarding_adult", applicant="Dr Marek Kowalski", text="""
Adult safeguarding concern – form SG1 – Ref [[RF|ASG/KLN/24/0556]]
Raised by: Dr Marek Kowalski, Specialty Doctor, Medicine for Older People, [[K|Queen Elizabeth Hospital King's Lynn]]
Adult at risk: [[P|Mrs Beryl Gotobed]], [[K|83]], [[A|2 Church Lane, Terrington St Clement]], [[PC|PE34 4LZ]], NHS [[N|7043 118 526]]
Person alleged to cause harm: [[R|Darren Gotobed]] (grandson, lives with her)
Concern: financial abuse. Mrs [[P|Gotobed]] reports her pension card is "looked after" by [[R|Darren]]; she has had no food shopping for a week. Weight [[K|41.2 kg]], BMI [[K|16.8]]. Albumin [[K|28]]. Neighbour ([[R|Mr Roy Cattermole]]) has been bringing meals.
She banks at [[A|the Barclays on Tuesday Market Place]] and says a cashier, "[[C|Hayley]]", once asked her if she was all right.
Capacity: she has capacity for this decision ([[K|Mental Capacity Act 2005]]) and consents to referral.
Checked by: [[K|Dr Fatima Qadir]], Consultant Geriatrician (adult safeguarding lead)
"""),
dict(id="s22-h029", keep=['D. Fenn'], applicant_forms=["LO'S"], kind="mini_cex", applicant="Dr Liam O'Sullivan", text="""
Mini-CEX — Applicant: Dr Liam O'Sullivan (LO'S)   Assessor: [[K|Dr Deborah Fenn]]
Hospital: [[K|Cork University Hospital]] (evidence from previous post, outside UK)
Date: [[K|06/03/2021]]
Case: [[P|Ms Saoirse Ní Chonaill]], [[K|23F]], MRN [[H|CUH-0918273]], [[K|anorexia nervosa]], BMI [[K|13.9]], K+ [[K|2.7]], phosphate [[K|0.58]]
Focus: history and refeeding risk. Applied [[K|MARSIPAN]] risk criteria; started feeding at [[K|10 kcal/kg/day]].
Communication: Liam involved her boyfriend [[R|Cian]] only with consent; she is a student at [[A|University College Cork]] and lives in [[A|Ballincollig]].
Rating: [[K|Above expectation]]
Assessor signature: D. Fenn
"""),
dict(id="s22-h030", kind="complaint_letter", applicant="Dr Rania Haddad", text="""
[[A|7 Bishop's Walk]]
[[A|Truro]]
[[PC|TR1 3QZ]]
[[PH|01632 960633]]
[[E|pengelly.family@btinternet.com]]

Patient Experience Team, [[K|Royal Cornwall Hospital]]
[[K|12 June 2024]]

Dear Sir or Madam,

I am writing about the care my mother, [[P|Mrs Morwenna Pengelly]] (hospital number [[H|RCH77312046]]), received on [[K|Phoenix Ward]] between [[K|2 and 9 May]].

Mum is [[K|89]] and has [[K|Alzheimer's disease]]. On the first night she was left without her hearing aids. A doctor, I believe Dr [[C|Jago]], told my brother [[R|Peter]] she was "for palliation" without speaking to me, though I am her attorney. I want to say, however, that Dr Haddad, who saw her on the Tuesday, was kind, explained her sodium ([[K|121]]) and the plan to stop her [[K|sertraline]], and rang me back when she said she would.

Yours faithfully,
[[R|Tamsin Pengelly-Rowe]]

(Response ref [[RF|PET/24/1297]]; applicant's involvement: named positively. Verified by [[K|Dr Nigel Trewin]], Clinical Lead.)
"""),
]
