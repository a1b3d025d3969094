from common import *

D("s41-001", "reflection", "Dr Oluwaseun Adeyemi", """
Reflective entry: inferior STEMI presenting as "indigestion"
Dr Oluwaseun Adeyemi, Specialty Doctor, Emergency Department, Morriston Hospital

I saw Gethin Howells (male, DOB 14/09/1966) at 02:40 on 3 March 2024. He is a welder at the Port Talbot steelworks and had driven himself down from Ystalyfera because, in his words, "the wife would only fuss". His wife Carys arrived about forty minutes later with their son Owain, who works nights at the Amazon depot in Swansea. Gethin is known at Ystalyfera RFC as "Geth the Weld" and had been at the clubhouse watching the match when the pain began.

The triage ECG showed 2 mm ST elevation in II, III and aVF. I gave aspirin 300 mg and ticagrelor 180 mg, and called the cath lab. Door-to-balloon time was 68 minutes. Troponin T was 2,140 ng/L the next morning.

What I learned: I nearly accepted the triage label of "dyspepsia". Mr Howells had no chest pain as such, only epigastric burning and sweating. I now ask every patient over 40 with epigastric pain for an ECG within 10 minutes and I taught this at our Thursday teaching on 11 April 2024.

Verified by: Mr Huw Bevan-Thomas, Consultant in Emergency Medicine (Educational Supervisor)
""", [("Gethin Howells", PN), ("Gethin", PN), ("Howells", PN), ("Geth the Weld", PN), ("Port Talbot steelworks", AD),
      ("Ystalyfera", AD), ("Ystalyfera RFC", AD), ("Carys", RN), ("Owain", RN), ("Amazon depot in Swansea", AD)],
  ["Dr Oluwaseun Adeyemi", "Emergency Department", "Morriston Hospital", "male", "14/09/1966", "STEMI", "aspirin 300 mg",
   "ticagrelor 180 mg", "68 minutes", "2,140 ng/L", "aVF", "Mr Huw Bevan-Thomas", "3 March 2024", "11 April 2024"])

D("s41-002", "handover_list", "Dr Farah Siddiqui", """
care of the elderly - ward 7b - weekend handover sat 15/06
compiled dr f siddiqui (fs) st6 equiv

bed 1 - edna plumridge 91f - rm 4471823 - nhs 485 777 3456 - fall at home, #nof L, for theatre sun if trauma list allows. dtr (june) rings daily 07700 900412. DNACPR in place.
bed 3 - ray "sonny" fairclough 84m - rm 4470091 - hap on co-amoxiclav day 3, crp 188->96. lives alone in heywood, neighbour mrs atherton has key.
bed 4 - k.t. 79f (name alert - 2 x tomlinson on ward!) - rm 4469904 - delirium ?uti, 4AT 7. son dean wants call back, landline 01632 960771.
bed 6 - bernard oyelaran 88m - rm 4468120 - NSTEMI, apixaban 5 mg bd held for ogd. ex-bus driver for first manchester, wife lives at 12 kershaw st, bury bl9 0pq.
bed 9 - sheila tomlinson 80f - rm 4472230 - for discharge to springfield house care home once tto done. cfs 6.

jobs: bed 1 consent, bed 4 repeat bloods, bed 6 gi reg re ogd.
handover accepted by dr m. owusu (reg) - checked dr a. lindqvist, consultant geriatrician
""", [("edna plumridge", PN), ("4471823", HN), ("485 777 3456", NHS), ("june", RN), ("07700 900412", PH),
      ("ray \"sonny\" fairclough", PN), ("4470091", HN), ("heywood", AD), ("mrs atherton", RN), ("k.t.", PN), ("tomlinson", PN),
      ("4469904", HN), ("dean", RN), ("01632 960771", PH), ("bernard oyelaran", PN), ("4468120", HN), ("first manchester", AD),
      ("12 kershaw st, bury", AD), ("bl9 0pq", PC), ("sheila tomlinson", PN), ("4472230", HN), ("springfield house care home", AD),
      ("dr m. owusu", CN)],
  ["dr f siddiqui", "fs", "ward 7b", "91f", "#nof", "DNACPR", "co-amoxiclav", "crp 188->96", "4AT 7", "NSTEMI", "apixaban 5 mg bd",
   "ogd", "cfs 6", "dr a. lindqvist", "84m", "88m", "80f", "79f"])

D("s41-003", "complaint_letter", "Dr Ciarán O'Hagan", """
14 Ardmore Park
Ballymena
BT43 6JL

12 February 2025

Patient Liaison Office
Antrim Area Hospital

Dear Sir or Madam,

Complaint about the care of my father, Mr Seamus Quigley (H&C number 327 118 4490)

My father was admitted to Ward B3 on 28 January 2025 with a blocked bowel. I want to complain about the surgeon, Dr Padraig Devlin, who told my father in front of the whole bay that he was "too old for heroics" and then did not come back for two days. My father worked for forty years at the Gallaher factory and is a deacon at Wellington Presbyterian Church. He deserved better.

When Dr O'Hagan took over on 31 January he sat down with us, explained the CT findings and the plan for laparotomy, and that was the first time anyone had spoken to us properly. I would like that recorded.

Please reply to me at this address or on 07700 900588, or by e-mail at bernie.quigley.home@example.net.

Yours faithfully,
Bernadette McAleese (née Quigley)
""", [("14 Ardmore Park\nBallymena", AD), ("BT43 6JL", PC), ("Seamus Quigley", PN), ("Quigley", PN), ("327 118 4490", NHS),
      ("Dr Padraig Devlin", CN), ("Gallaher factory", AD), ("Wellington Presbyterian Church", AD), ("07700 900588", PH),
      ("bernie.quigley.home@example.net", EM), ("Bernadette McAleese", RN)],
  ["Dr O'Hagan", "Antrim Area Hospital", "Ward B3", "28 January 2025", "31 January", "laparotomy", "CT", "12 February 2025"])

D("s41-004", "complaint_response", "Dr Ciarán O'Hagan", """
Northern Health and Social Care Trust
Complaints Department
Our ref: NHSCT/CMP/25/00417
Your ref: BMcA/Feb25

Mrs B McAleese
14 Ardmore Park, Ballymena BT43 6JL

7 March 2025

Dear Mrs McAleese,

Re: Mr S Quigley, DOB 02/05/1938

Thank you for your letter. Dr Ciarán O'Hagan, Associate Specialist in General Surgery, has provided a statement which I enclose. Dr O'Hagan has met with Dr Devlin, who has reflected on the remark made on Ward B3 and apologises unreservedly. The consultant in charge, Mr Eamon Tierney, has reviewed the delay in senior review between 28 and 31 January 2025 and a Datix (DW-118832) has been raised.

Your father's laparotomy on 1 February found an obstructing sigmoid carcinoma; a Hartmann's procedure was performed. He has since been discharged to the care of his GP, Dr Roisin Kerr at Braid Valley Surgery.

If you are not satisfied you may contact the Northern Ireland Public Services Ombudsman.

Yours sincerely,
Aoife Gilmore
Complaints Manager

Statement reviewed and signed: Mr Eamon Tierney FRCS, Consultant General Surgeon (Clinical Supervisor)
""", [("NHSCT/CMP/25/00417", REF), ("BMcA/Feb25", REF), ("Mrs B McAleese", RN), ("McAleese", RN), ("14 Ardmore Park, Ballymena", AD),
      ("BT43 6JL", PC), ("Mr S Quigley", PN), ("Dr Devlin", CN), ("DW-118832", REF), ("Dr Roisin Kerr", CN), ("Braid Valley Surgery", AD),
      ("Aoife Gilmore", CN)],
  ["Dr Ciarán O'Hagan", "Dr O'Hagan", "02/05/1938", "Ward B3", "Mr Eamon Tierney", "Hartmann's procedure", "sigmoid carcinoma",
   "Northern Health and Social Care Trust", "Northern Ireland Public Services Ombudsman", "1 February"])

D("s41-005", "whatsapp_export", "Dr Sandeep Kaur Bains", """
[09/11/2024, 07:52] Sandeep Bains: Morning all, handover from nights on Ward 12 (paeds). Kid in bed 4 is Alfie Brennan-Shaw, 6yo, DKA, pH 7.08 on admission, now 7.29, on 0.05 units/kg/h insulin
[09/11/2024, 07:53] Sandeep Bains: Mum is Kayleigh, she's lovely but very anxious, dad (Lee) on his way from Grimsby
[09/11/2024, 07:55] Jess Okonjo: Thanks! Is that the lad from Cleethorpes whose school rang? Reception said Humberston Park Primary called re his glucose meter
[09/11/2024, 07:56] Sandeep Bains: Yes. Unit no RJL7720913. Don't put his name in here again pls - use bed numbers 🙏
[09/11/2024, 07:58] Tom Haigh: Noted. Diabetes nurse Bev Marriott is in from 9
[09/11/2024, 08:10] Jess Okonjo: Also bed 7 "Princess Poppy" (Poppy Leighton, 3) off O2 overnight, sats 96% air
[09/11/2024, 08:11] Sandeep Bains: 👍 bronchiolitis, discharge after feeds if HR ok. Home is 0.5 mi from the Tesco Extra in Scartho, mum said she can come straight back
[09/11/2024, 12:30] Dr Helen Marsh (Consultant): Reviewed both. Good handover Sandeep - verified for your portfolio.
""", [("Alfie Brennan-Shaw", PN), ("Kayleigh", RN), ("Lee", RN), ("Grimsby", AD), ("Cleethorpes", AD), ("Humberston Park Primary", AD),
      ("RJL7720913", HN), ("Jess Okonjo", CN), ("Tom Haigh", CN), ("Bev Marriott", CN), ("Princess Poppy", PN), ("Poppy Leighton", PN),
      ("Tesco Extra in Scartho", AD)],
  ["Sandeep Bains", "Sandeep", "Ward 12", "DKA", "pH 7.08", "7.29", "0.05 units/kg/h", "6yo", "sats 96% air", "bronchiolitis",
   "Dr Helen Marsh", "09/11/2024"])

D("s41-006", "mdt_minutes", "Dr Catriona MacLeod", """
NHS Highland - Community Mental Health Team (Inverness West) - MDT minutes
Date: 22 August 2024   Chair: Dr Catriona MacLeod (Specialty Doctor, General Adult Psychiatry)
Present: Dr C MacLeod, Morag Sutherland (CPN), Callum Ross (MHO), Dr Anjali Rao (ST4), Dr Fergus Munro (Consultant Psychiatrist, supervisor)

1. Ewan Mackintosh, CHI 1203857743, DOB 12/03/1985, male
Ewan is a deckhand on a fishing boat out of Kinlochbervie and stays with his mother Isla in Scourie between trips. Relapse of bipolar affective disorder (F31.2) after stopping lithium in July. Morag visited the house at Badcall and found him not sleeping, spending heavily at the Scourie Hotel bar. Plan: restart lithium 400 mg nocte, level in 5 days, target 0.6-0.8 mmol/L. MHO to assess under the Mental Health (Care and Treatment) (Scotland) Act 2003 if he refuses.

2. "Big Donnie" - Donald Matheson, CHI 0507619921, DOB 05/07/1961
Known to the team. Lives at 3 Harbour Row, Ullapool IV26 2UR. Alcohol-related brain damage; his sister Peigi Matheson (07700 900231) is his welfare guardian. Fergus to write to his GP Dr Alasdair Grant at Ullapool Medical Practice.

Actions checked and minutes approved: Dr Fergus Munro
""", [("Morag Sutherland", CN), ("Morag", CN), ("Callum Ross", CN), ("Dr Anjali Rao", CN), ("Ewan Mackintosh", PN), ("Ewan", PN),
      ("1203857743", NHS), ("Kinlochbervie", AD), ("Isla", RN), ("Scourie", AD), ("Badcall", AD), ("Scourie Hotel", AD),
      ("Big Donnie", PN), ("Donald Matheson", PN), ("0507619921", NHS), ("3 Harbour Row, Ullapool", AD), ("IV26 2UR", PC),
      ("Peigi Matheson", RN), ("07700 900231", PH), ("Dr Alasdair Grant", CN), ("Ullapool Medical Practice", AD)],
  ["Dr Catriona MacLeod", "Dr C MacLeod", "Dr Fergus Munro", "Fergus", "12/03/1985", "05/07/1961", "male", "F31.2", "lithium 400 mg nocte",
   "0.6-0.8 mmol/L", "Mental Health (Care and Treatment) (Scotland) Act 2003", "bipolar affective disorder", "NHS Highland", "22 August 2024"])

D("s41-007", "safeguarding_statement", "Dr Amara Okafor", """
STATEMENT OF DR AMARA OKAFOR, SPECIALTY DOCTOR IN OBSTETRICS AND GYNAECOLOGY
Made for the Local Authority Designated Officer / Children's Social Care
Referral number: MASH-24-09931   Police reference: 14/118722/24

I am Dr Amara Okafor, GMC 7284519. On 18 October 2024 at about 21:15 I was asked to review Mrs Danielle Kerrigan (DOB 21/11/1996, female) on the Labour Ward at Royal Preston Hospital at 31+4 weeks' gestation with abdominal pain. She had a bruise approximately 6 x 4 cm on the left flank and a healing fingertip pattern on her upper arm.

When her partner, Jordan Pike, left the room Danielle told me he had "kicked off" after a night at the Black Bull in Longridge. She has a daughter, Maisie, aged 4, who attends Longridge Little Acorns Nursery. She asked me not to tell her mother, Tracey, who lives on Preston Road.

I performed a CTG (normal, STV 9.2 ms) and a Kleihauer test. I completed the DASH risk assessment (score 16, high risk) and referred to MARAC and to children's social care. I informed the named midwife for safeguarding, Gail Worsley.

I believe the facts in this statement are true.
Signed: Dr Amara Okafor     Date: 19 October 2024
Countersigned (verifying): Miss Rebecca Thornton, Consultant Obstetrician and Named Doctor for Safeguarding
""", [("MASH-24-09931", REF), ("14/118722/24", REF), ("Danielle Kerrigan", PN), ("Danielle", PN), ("Jordan Pike", RN),
      ("Black Bull in Longridge", AD), ("Maisie", RN), ("Longridge Little Acorns Nursery", AD), ("Tracey", RN), ("Preston Road", AD),
      ("Gail Worsley", CN)],
  ["DR AMARA OKAFOR", "Dr Amara Okafor", "GMC 7284519", "21/11/1996", "female", "Labour Ward", "Royal Preston Hospital", "31+4 weeks",
   "CTG", "STV 9.2 ms", "Kleihauer test", "DASH", "score 16", "MARAC", "Miss Rebecca Thornton", "18 October 2024"])

D("s41-008", "email_thread", "Dr Tomasz Wiśniewski", """
From: Tomasz Wisniewski <tomasz.wisniewski@nhs.net>
To: Theatre Coordinators <theatre.coord.rlh@example.nhs.uk>
Cc: Priya Venkatesh <priya.venkatesh@example.nhs.uk>
Date: Tue, 4 Jun 2024 18:02
Subject: RE: Tomorrow's list - difficult airway patient

Thanks Priya. Confirming I will be the anaesthetist for Mr Kwabena Asante-Boakye tomorrow (MRN 0081247735, DOB 30/01/1959). Previous Cormack-Lehane grade 4 at Whipps Cross in 2019. Plan: awake fibreoptic intubation, remifentanil TCI, 4% lidocaine topicalisation. Please put him first.

Tomasz

-----Original Message-----
From: Priya Venkatesh
Sent: 04 June 2024 16:41
Subject: Tomorrow's list - difficult airway patient

Hi Tomasz, Mr Asante-Boakye is on for a thyroidectomy with Mr Harcourt. His daughter Efua called the ward on 020 7946 0318 to ask if he can have his hearing aids in theatre - he is a retired choir master at St Barnabas Church, Walthamstow and is very deaf. He lives at Flat 6, Cazenove House, Chingford Road E17 4PQ.

Priya
-----
Portfolio note: case later discussed as a DOPS (awake FOI), assessed by Dr Grace Ogunleye, Consultant Anaesthetist, 5 June 2024.
""", [("priya.venkatesh@example.nhs.uk", EM), ("Priya Venkatesh", CN), ("Priya", CN), ("theatre.coord.rlh@example.nhs.uk", EM),
      ("Kwabena Asante-Boakye", PN), ("Asante-Boakye", PN), ("0081247735", HN), ("Mr Harcourt", CN), ("Efua", RN), ("020 7946 0318", PH),
      ("St Barnabas Church, Walthamstow", AD), ("Flat 6, Cazenove House, Chingford Road", AD), ("E17 4PQ", PC)],
  ["Tomasz Wisniewski", "Tomasz", "30/01/1959", "Cormack-Lehane grade 4", "Whipps Cross",
   "awake fibreoptic intubation", "remifentanil TCI", "4% lidocaine", "thyroidectomy", "DOPS", "Dr Grace Ogunleye", "5 June 2024"])

D("s41-009", "coroner_statement", "Dr Rhodri Llewellyn", """
HM Coroner for North Wales (East and Central)
Inquest touching the death of: Mr Idris Vaughan Parry
Coroner's ref: NWEC/0412/2024

STATEMENT OF DR RHODRI LLEWELLYN, GENERAL PRACTITIONER

1. I am a salaried GP at Meddygfa Dyffryn, with a special interest in substance misuse. I make this statement from the practice records and my own memory.

2. Mr Parry (date of birth 08/08/1971, male) lived at Tŷ Gwyn, Ffordd yr Orsaf, Llanrwst LL26 0EH. He was a sheep farmer near Capel Garmon and farmed with his brother Emlyn. His NHS number was 628 440 1937.

3. I saw him on 2 April 2024. He described low mood since losing his flock to bluetongue restrictions. PHQ-9 was 19. He denied plans but said he had "thought about the gun in the barn". I prescribed sertraline 50 mg once daily, advised his firearms be held by his brother, and referred him to the Community Mental Health Team in Conwy (referral ref CMHT-CW-88213).

4. On 9 April I telephoned him on 01632 960455 and left a message. His partner, Sioned Roberts, rang back to say he was "better".

5. Mr Parry was found dead on 14 April 2024 by a neighbour, Mr Gareth Wyn Hughes.

Signed: Dr Rhodri Llewellyn        GMC 6109923
Statement checked for accuracy by: Dr Menna Lloyd-Jones, GP Trainer and Senior Partner
""", [("Idris Vaughan Parry", PN), ("Parry", PN), ("NWEC/0412/2024", REF), ("Tŷ Gwyn, Ffordd yr Orsaf, Llanrwst", AD), ("LL26 0EH", PC),
      ("Capel Garmon", AD), ("Emlyn", RN), ("628 440 1937", NHS), ("CMHT-CW-88213", REF), ("01632 960455", PH), ("Sioned Roberts", RN),
      ("Mr Gareth Wyn Hughes", RN)],
  ["DR RHODRI LLEWELLYN", "Dr Rhodri Llewellyn", "GMC 6109923", "Meddygfa Dyffryn", "08/08/1971", "male", "PHQ-9 was 19",
   "sertraline 50 mg once daily", "Community Mental Health Team", "Dr Menna Lloyd-Jones", "2 April 2024", "14 April 2024"])

D("s41-010", "clinic_letter", "Dr Hamid Rahimi", """
Department of Rheumatology
Royal Cornwall Hospital, Treliske

Clinic date: 19/09/2024
Dictated by: Dr Hamid Rahimi, Specialty Doctor
Typed: 23/09/2024

Dr Jenna Trewin
Porthleven Surgery
Peverell Road
Porthleven TR13 9DH

Dear Dr Trewin,

Re: Mrs Loveday Penhaligon, DOB 17/06/1958, Hospital No. RCH2039981, NHS No. 904 117 6625
Address: 2 Fore Street, Mousehole, Penzance TR19 6PF

Diagnosis: Seropositive rheumatoid arthritis (RF 112 IU/mL, anti-CCP >340 U/mL). DAS28-CRP 5.1.

Thank you for referring this 66-year-old lady who runs the Old Coastguard café in Mousehole and paints pottery for her daughter Morwenna's shop in St Ives. She can no longer grip the kettle. Examination showed synovitis of both MCP joints 2-4 and the right wrist.

Plan: methotrexate 15 mg weekly rising to 20 mg, folic acid 5 mg weekly (not on the methotrexate day), depomedrone 120 mg IM today. Hydroxychloroquine 200 mg daily. Baseline chest X-ray, hepatitis serology. I will see her in 6 weeks.

She can be reached on 01632 960812.

Yours sincerely,
Dr Hamid Rahimi
cc: Mrs L Penhaligon
Letter verified: Dr Kerenza Polglase, Consultant Rheumatologist
""", [("Dr Jenna Trewin", CN), ("Dr Trewin", CN), ("Porthleven Surgery\nPeverell Road\nPorthleven", AD), ("TR13 9DH", PC),
      ("Loveday Penhaligon", PN), ("RCH2039981", HN), ("904 117 6625", NHS), ("2 Fore Street, Mousehole, Penzance", AD), ("TR19 6PF", PC),
      ("Old Coastguard café in Mousehole", AD), ("Morwenna", RN), ("shop in St Ives", AD), ("01632 960812", PH), ("Mrs L Penhaligon", PN)],
  ["Dr Hamid Rahimi", "Royal Cornwall Hospital", "Department of Rheumatology", "17/06/1958", "RF 112 IU/mL", "anti-CCP >340 U/mL",
   "DAS28-CRP 5.1", "methotrexate 15 mg weekly", "folic acid 5 mg weekly", "depomedrone 120 mg IM", "Hydroxychloroquine 200 mg daily",
   "66-year-old", "Dr Kerenza Polglase", "19/09/2024"])
