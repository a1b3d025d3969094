exec(open("hdr.py").read())
D=[]
def d(kind,text,ids,keep):
    D.append({"kind":kind,"applicant":A,"text":text,"identifiers":[{"text":t,"type":y} for t,y in ids],"keep":keep})
d("clerking_note","""ED clerking 19:40 04/08/2025
Name Yan Ting LIU (prefers "Tina")  F  DOB 08/08/2001  Unit no K2207789
c/o palpitations + tremor, 4kg wt loss. Student at Wigan & Leigh College, lives in shared house 44a Dicconson Terrace, Wigan WN1 2AF with friend Mei.
HR 148 (AF? no - sinus tach on ECG), BP 142/70, T 37.6. Fine tremor, goitre, lid lag. TSH <0.01, fT4 62.
Burch-Wartofsky score 35.
Mx: propranolol 40 mg QDS, carbimazole 40 mg OD, safety-netted re agranulocytosis. Endo clinic f/u.
Mum in Guangzhou - Tina asked that we do not contact her.
T Ndlovu SpD""",
[("Yan Ting LIU",P),('"Tina"',P),("Tina",P),("K2207789",HN),("44a Dicconson Terrace, Wigan",AD),("WN1 2AF",PC),("Mei",R)],
["08/08/2001","Burch-Wartofsky score 35","propranolol 40 mg QDS","carbimazole 40 mg OD","TSH <0.01","T Ndlovu","Wigan & Leigh College"])
d("discharge_letter","""DISCHARGE LETTER - Ambulatory Emergency Care, RAEI
GP: Dr O. Fagbemi, Beech Hill Medical Centre, Wigan WN6 7PT (fax 01632 960674)
Patient: Elsie May Rothwell, DOB 21/04/1936, Female, NHS 623 117 0042
Attended: 02/06/2025. Dx: Cellulitis R lower leg (not DVT: Wells 0, D-dimer 310).
Rx: flucloxacillin 1 g QDS 7 days (penicillin allergy excluded). Marked borders photographed (Medical Photography order MP-0625-3391).
District nurse: Leigh North DN team, Nurse Rhiannon Bevan, to review on 05/06.
Lives with her lodger, Mr Stan Pickavance, who helps with shopping.
Dr Thulani Ndlovu, for Dr Imogen Rae""",
[("Dr O. Fagbemi",C),("Beech Hill Medical Centre, Wigan",AD),("WN6 7PT",PC),("01632 960674",PH),("Elsie May Rothwell",P),("623 117 0042",NHS),("MP-0625-3391",REF),("Rhiannon Bevan",C),("Mr Stan Pickavance",R)],
["21/04/1936","Wells 0","D-dimer 310","flucloxacillin 1 g QDS","Dr Thulani Ndlovu","Dr Imogen Rae","Ambulatory Emergency Care, RAEI"])
d("ocr_scan","""NWAS  PATIENT REPORT FORM (ePRF print)      Incident No: 2409-118837
Cal1 time 14:0 7    At pt 14:26
Pt name: Hussain , Zainab    Age 6 4   F
Locatn: Unit 3, Westwood Ind. Est, Ince (workplace - packing line)
Presenting: collapse at work, GCS 14, BM 1.9
Tx: glucose 10% 150ml IV, BM 6.8 @ 14:41
Crew: P. Gillibrand (Paramedic, HCPC PA 31872), EMT L. Kay
Handed to: Dr T. Ndlovu ED RAEI 14:58
Witness: supervisor Bilal Rashid""",
[("2409-118837",REF),("Hussain , Zainab",P),("Unit 3, Westwood Ind. Est, Ince",AD),("P. Gillibrand",C),("PA 31872",GMC),("L. Kay",C),("Bilal Rashid",C)],
["GCS 14","BM 1.9","glucose 10% 150ml IV","Dr T. Ndlovu","ED RAEI"])
d("reflection","""Case reflection: A death in resus
On 12 October 2024 Mr Arthur "Archie" Gorton, a 77-year-old retired miner from Astley, arrived in cardiac arrest after a ruptured AAA. I led the resuscitation with Dr Nathaniel Osei (ED registrar) until the vascular team at Royal Oldham declined transfer. We stopped after 38 minutes.
His granddaughter Kayleigh arrived 10 minutes later. I broke the news in the relatives' room with Sister Anne-Marie Kilbride. Kayleigh asked if her grandad had been in pain. I did not know what to say.
The Coroner's office took the referral (coroner's ref 1024-0431-WN). The police (crime ref not applicable) were not involved.
I attended the hot debrief run by Dr Osei. This was my first death as team leader in the UK; in Zimbabwe families are often present throughout.
Reviewed by Dr Imogen Rae, Consultant, who signed my CPD log.""",
[("Mr Arthur \"Archie\" Gorton",P),("Astley",AD),("Dr Nathaniel Osei",C),("Dr Osei",C),("Kayleigh",R),("Anne-Marie Kilbride",C),("1024-0431-WN",REF)],
["Royal Oldham","38 minutes","77-year-old","Dr Imogen Rae","12 October 2024","AAA"])
d("handover_sheet","""AMU board - weekend plan - tn 13/9
b1 fred h. - IECOPD improving, home sat if sats >88 RA, wife Doris to collect ~2pm (tel 01632 960 113)
b3 SINGH Harjit - GI bleed, scope sat am (Rockall 5)
b5 "nan" - Mrs Ivy Tonge 96 - comfort care, family (grandson Lee + Lee's wife Stacey) at bedside, please allow overnight
b6 nkem obi-ezeh 33 - asthma (PEF 210 -> 380), prednisolone 40 mg 5/7, d/c with inhaler tech check
b8 - gone to ITU (Mr Duggan)
jobs for sat FY1 (Dr Aiyana Perkins): TTOs b1 b6, bloods b3 7am""",
[("fred h.",P),("Doris",R),("01632 960 113",PH),("SINGH Harjit",P),('"nan"',P),("Mrs Ivy Tonge",P),("Lee",R),("Stacey",R),("nkem obi-ezeh",P),("Mr Duggan",P),("Dr Aiyana Perkins",C)],
["tn","Rockall 5","PEF 210 -> 380","prednisolone 40 mg","b1","b6"])
d("supervisor_feedback_email","""From: Imogen Rae <imogen.rae@wwl.nhs.uk>
To: Thulani Ndlovu
Subject: Feedback from last night

Thulani - thanks for running the department overnight. Two points. 1) The 15-year-old (Jayden Ashurst) should have gone to paeds ED at Royal Bolton, not to our majors; his mum Leanne complained at the front desk. 2) Good catch on the aortic dissection - Mr Peter van der Merwe. Vascular at MRI said your CT request was textbook.
Please add both to your portfolio with reflections.
Imogen
Dr Imogen Rae, Consultant in Emergency Medicine, Clinical Lead""",
[("Jayden Ashurst",P),("Leanne",R),("Mr Peter van der Merwe",P)],
["Imogen Rae","Thulani Ndlovu","Thulani","Royal Bolton","Dr Imogen Rae","15-year-old"])
d("teaching_session","""Simulation teaching - Anaphylaxis, 14/05/2025, Sim suite, RAEI
Faculty: Dr T Ndlovu (lead), Dr Chen Wei-Ling. Actors: our volunteer 'patient' was Eric from the League of Friends.
Learners: 6 FY2 / 2 ACPs - Dr Mohammed Irfan Sheikh, Dr Grace Ogunleye, Dr Tom Barraclough, Dr Sian Pugh, Dr Rui Fernandes, Dr Ella-Rose Kinsey, ACP Gemma Lowe, ACP Darren Hurst.
Scenario: adrenaline 0.5 mg IM (1:1000), repeat at 5 min, refractory -> infusion (Resuscitation Council UK 2021).
Debrief: PEARLS model. Mean feedback 4.8/5.
Verified: Dr Imogen Rae""",
[("Dr Chen Wei-Ling",C),("Eric",C),("Dr Mohammed Irfan Sheikh",C),("Dr Grace Ogunleye",C),("Dr Tom Barraclough",C),("Dr Sian Pugh",C),("Dr Rui Fernandes",C),("Dr Ella-Rose Kinsey",C),("Gemma Lowe",C),("Darren Hurst",C)],
["Dr T Ndlovu","adrenaline 0.5 mg IM (1:1000)","Resuscitation Council UK 2021","Dr Imogen Rae","PEARLS","4.8/5"])
d("patient_feedback","""Patient feedback card (collected by ED reception, transcribed)
"Dr Thulani was brilliant with my son Alfie (age 4) when he had his head injury at Pennington Flash on Sunday. He explained the PECARN rules to us and didn't rush. - Gemma & Kris Tyrer, Lowton"
Reply address given: 9 Sandy Lane, Lowton WA3 2HQ
Card no. PF-ED-2025-0147""",
[("Alfie",P),("Pennington Flash",AD),("Gemma & Kris Tyrer",R),("Tyrer",R),("Lowton",AD),("9 Sandy Lane, Lowton",AD),("WA3 2HQ",PC),("PF-ED-2025-0147",REF)],
["Dr Thulani","PECARN","age 4"])
