from common import D

D("s42-001", "clinic_letter", "Dr Kwame Asante", """
University Hospitals of Leicester NHS Trust
Department of Cardiology, Glenfield Hospital, Groby Road, Leicester LE3 9QP
Switchboard 01632 960000

Our ref: KA/CARD/22/4471
Clinic date: 14/09/2022

Dr Helen Marsh
Woodgate Medical Centre
Tel 01632 960418

Dear Dr Marsh

Re: Mr Derek Pilkington   DOB 02/11/1957   NHS No 612 448 9037   Hosp No S4471208
14 Ashby Road, Coalville, LE67 3RT

Diagnosis: Paroxysmal atrial fibrillation, CHA2DS2-VASc 2, ORBIT score 1
Medication: apixaban 5 mg twice daily, bisoprolol 2.5 mg once daily, atorvastatin 20 mg

I saw Mr Pilkington in the arrhythmia clinic today with his wife Maureen. He still works nights as a forklift driver at Bradgate Logistics on the Coalville industrial estate and the palpitations come on mostly at the end of a shift. He holds a Group 2 (HGV) licence, so I have talked to him about DVLA notification. The 7-day Holter showed AF burden of about 6%, longest run 3 h 40 min, ventricular rate 88-140. Echo: LVEF 58%, LA mildly dilated (4.3 cm).

Derek would prefer a rhythm control strategy. I have listed him for pulmonary vein isolation and started flecainide 50 mg twice daily as a bridge; an exercise test is booked to exclude ischaemia first. Maureen asked whether he can keep going to the bowls club at Whitwick on Sundays - of course he can.

Please check U&E in 2 weeks. He can reach the AF nurse line on 01632 960733.

Yours sincerely

Dr Kwame Asante
Specialty Doctor in Cardiology, GMC 7192846
cc Mr D Pilkington (patient)
""", [("KA/CARD/22/4471", "REF"), ("Helen Marsh", "CN"), ("Marsh", "CN"), ("Woodgate Medical Centre", "AD"), ("01632 960418", "PH"),
      ("Derek Pilkington", "PN"), ("Pilkington", "PN"), ("Derek", "PN"), ("D Pilkington", "PN"), ("612 448 9037", "NHS"), ("S4471208", "HN"),
      ("14 Ashby Road, Coalville", "AD"), ("LE67 3RT", "PC"), ("Maureen", "RN"), ("Bradgate Logistics", "AD"),
      ("Coalville industrial estate", "AD"), ("bowls club at Whitwick", "AD"), ("01632 960000", "PH"), ("01632 960733", "PH"), ("Groby Road, Leicester", "AD"), ("LE3 9QP", "PC")],
  ["Dr Kwame Asante", "GMC 7192846", "Glenfield Hospital", "University Hospitals of Leicester NHS Trust", "02/11/1957",
   "CHA2DS2-VASc 2", "ORBIT score 1", "apixaban 5 mg twice daily", "bisoprolol 2.5 mg", "flecainide 50 mg twice daily",
   "LVEF 58%", "Group 2 (HGV) licence", "DVLA", "pulmonary vein isolation", "14/09/2022"])

D("s42-002", "discharge_summary", "Dr Oluwaseun Adeyemi", """
BWRDD IECHYD PRIFYSGOL ANEURIN BEVAN / ANEURIN BEVAN UNIVERSITY HEALTH BOARD
The Grange University Hospital - Acute Medical Unit - DISCHARGE ADVICE LETTER

Patient: GWENLLIAN MAI PRITCHARD      Sex: F     DOB: 21/06/1949
NHS No: 7340192258      Hosp No: G0793314
Address: Ty Hir, Heol y Felin, Pontypool NP4 6QX
GP: Dr R. Bevan, Trosnant Surgery
Admitted: 03/02/2024 via ED      Discharged: 09/02/2024 (Ward B4, bed 12)
Consultant: Dr Sian Llewellyn

Diagnosis: Community-acquired pneumonia, right lower lobe (CURB-65 = 2). AKI stage 1 (pre-renal), resolved.
Background: COPD (FEV1 52% predicted), T2DM on metformin, hypertension.

Course: Treated with co-amoxiclav 1.2 g IV tds then oral co-amoxiclav 625 mg tds, plus clarithromycin 500 mg bd for 48 h. Creatinine peaked 148 umol/L (baseline 82), back to 90 by day 5. CRP 212 -> 34. Ramipril held; restart at 2.5 mg once creatinine checked.
Mrs Pritchard lives alone since her husband Emrys died last spring; her daughter Carys Hopkins (Tel 07700 900562) visits daily from Cwmbran and will stay with her for the first week. Mobilising with a frame, seen by the therapy team - package of care declined.

Actions for GP: U&E and CRP in 1 week; repeat CXR at 6 weeks to confirm resolution (ex-smoker, 40 pack-years).

Completed by: Dr Oluwaseun Adeyemi, Specialty Doctor, Acute Medicine (bleep 4417)
Verified as a true record of Dr Adeyemi's work: Dr Sian Llewellyn, Consultant Acute Physician, 20/05/2025
""", [("GWENLLIAN MAI PRITCHARD", "PN"), ("Pritchard", "PN"), ("7340192258", "NHS"), ("G0793314", "HN"),
      ("Ty Hir, Heol y Felin, Pontypool", "AD"), ("NP4 6QX", "PC"), ("R. Bevan", "CN"), ("Trosnant Surgery", "AD"),
      ("Emrys", "RN"), ("Carys Hopkins", "RN"), ("07700 900562", "PH"), ("Cwmbran", "AD"), ("4417", "PH")],
  ["Dr Oluwaseun Adeyemi", "Dr Adeyemi", "The Grange University Hospital", "ANEURIN BEVAN UNIVERSITY HEALTH BOARD", "21/06/1949", "Sex: F",
   "CURB-65 = 2", "co-amoxiclav 1.2 g IV tds", "clarithromycin 500 mg bd", "Creatinine peaked 148 umol/L", "FEV1 52% predicted",
   "Ward B4, bed 12", "Dr Sian Llewellyn", "03/02/2024", "09/02/2024", "Ramipril"])

D("s42-003", "reflective_note", "Dr Farah Siddiqui", """
Reflective note - missed fracture in a toddler (paediatric ED, Ninewells Hospital, Dundee)
Date of event: 11 March 2023. Written 16 March 2023.

What happened
A 22-month-old boy, Lewis (I'll call him L.M. from here), was brought to the paediatric ED by his gran, Mrs Agnes Duthie, at about 19:00 because he would not weight-bear on his right leg after nursery. He goes to Wee Acorns Nursery on Strathmartine Road and the nursery had phoned gran rather than mum, Shannon McAllister, who was on shift at the Tesco in Kirkton. I examined him, found no bruising, and he crawled happily round the cubicle. I discharged him with ibuprofen and advice. He re-attended 2 days later and an X-ray showed a toddler's fracture of the distal tibia.

CHI for my own cross-reference: 2105211876 (remove before upload!!)

What I learned
I was anchored on "no bruising, happy child". NICE CG160 and the RCPCH limping child pathway both say a child under 3 who will not weight-bear should have imaging. I also did not document who had parental responsibility, and I did not check the Child Protection Register - though in the end the story was consistent and the social work check was clear.

What I will do differently
I now X-ray any non-weight-bearing child under 3, and I discussed the case at our Friday teaching with Dr Ewan Crichton, who was the registrar that night. I've added the case to the limping-child teaching I give to the FY2s.

Discussed with and signed off by my educational supervisor, Dr Morag Fairbairn, Consultant Paediatrician, 30/03/2023.
Dr Farah Siddiqui, Specialty Doctor, Paediatrics
""", [("Lewis", "PN"), ("L.M.", "PN"), ("Agnes Duthie", "RN"), ("Wee Acorns Nursery on Strathmartine Road", "AD"),
      ("Shannon McAllister", "RN"), ("Tesco in Kirkton", "AD"), ("2105211876", "NHS"), ("Ewan Crichton", "CN")],
  ["Dr Farah Siddiqui", "Ninewells Hospital", "Dundee", "22-month-old boy", "11 March 2023", "16 March 2023", "NICE CG160",
   "RCPCH", "ibuprofen", "toddler's fracture of the distal tibia", "Dr Morag Fairbairn", "30/03/2023", "Child Protection Register"])

D("s42-004", "complaint_letter", "Dr Mihai Popescu", """
To the Complaints Department
Craigavon Area Hospital
Southern Health and Social Care Trust

Your ref (from phone call): SHSCT/COMP/2023/0592

22 Mourneview Park
Lurgan
BT66 8JW
07700 900314
kieranmcveigh77@gmail.com

5th June 2023

Dear Sir/Madam

i am writing to complain about the care my mother Bernadette McVeigh (DOB 14/01/1941, H&C number 329 114 7765) got on ward 3 South after her gallbladder operation in May. Mum was admitted on the 18th and had a laparoscopic cholecystectomy on the 19th, done by Mr Popescu, who to be fair explained it well and was kind to her.

The problem was after. On the night of the 20th she was in severe pain and vomiting and the nurse, I think her name was Orla, told us the doctor was "too busy". No doctor saw her till the next morning when a Dr Gallagher came and said her bloods were off and she needed a scan. She ended up with an ERCP for a stone left in the bile duct and was in another 9 days. She missed my daughter Niamh's communion at St Peter's on the 27th, which meant the world to her.

Mum is 82 and lives on her own, she is a bit deaf and didnt understand half of what was said. Nobody rang me even though my number is on her notes.

I want to know why no doctor came that night and why the stone was missed.

Yours faithfully
Kieran McVeigh (son)
""", [("SHSCT/COMP/2023/0592", "REF"), ("22 Mourneview Park", "AD"), ("Lurgan", "AD"), ("BT66 8JW", "PC"), ("07700 900314", "PH"),
      ("kieranmcveigh77@gmail.com", "EM"), ("Bernadette McVeigh", "PN"), ("329 114 7765", "NHS"), ("Orla", "CN"),
      ("Gallagher", "CN"), ("Niamh", "RN"), ("St Peter's", "AD"), ("Kieran McVeigh", "RN")],
  ["Mr Popescu", "Craigavon Area Hospital", "Southern Health and Social Care Trust", "14/01/1941", "ward 3 South",
   "laparoscopic cholecystectomy", "ERCP", "82", "5th June 2023"])

D("s42-005", "complaint_response", "Dr Mihai Popescu", """
Southern Health and Social Care Trust
Craigavon Area Hospital, 68 Lurgan Road, Portadown BT63 5QQ

Our ref: SHSCT/COMP/2023/0592
Date: 17 July 2023

PRIVATE AND CONFIDENTIAL
Mr K. McVeigh
22 Mourneview Park, Lurgan BT66 8JW

Dear Mr McVeigh

Re: Your mother, Mrs B. McVeigh

Thank you for your letter of 5 June 2023. I am sorry that your mother's stay was distressing for her and for your family, and that she missed her granddaughter's First Communion. I have investigated with the surgical team, the ward sister on 3 South and the Hospital at Night team.

1. Medical review on 20 May. The nurse caring for your mother (Staff Nurse O. Quinn) escalated her pain and vomiting at 23:10. The Hospital at Night F2, Dr Ciaran Gallagher, was attending a cardiac arrest in ED and a second call at 01:30 was not escalated to the surgical registrar as our escalation policy requires. This should not have happened. A NEWS2 score of 5 should trigger review within 1 hour. This has been raised as incident W23/11874 and discussed at the surgical M&M meeting.

2. The retained stone. Mr Popescu, the operating surgeon, has reviewed the case. The pre-operative MRCP on 2 May showed no duct stone; a small stone passed into the duct between the scan and the operation, which is a recognised complication (around 1 in 20). It was treated by ERCP on 23 May.

3. Communication. Your number was on the notes but the ward did not call you. Sister Deirdre Mallon has since reminded all staff to use the next-of-kin contact and an interpreter or hearing loop where needed.

If you are not satisfied you may contact the Northern Ireland Public Services Ombudsman, 01632 960240.

Yours sincerely

Aine Corr
Complaints Manager, Southern HSCT

Statement contributed by Mr Mihai Popescu, Specialty Doctor, General Surgery, and attached to his portfolio (management - complaints).
""", [("SHSCT/COMP/2023/0592", "REF"), ("K. McVeigh", "RN"), ("McVeigh", "PN"), ("22 Mourneview Park, Lurgan", "AD"), ("BT66 8JW", "PC"),
      ("B. McVeigh", "PN"), ("O. Quinn", "CN"), ("Ciaran Gallagher", "CN"), ("W23/11874", "REF"), ("Deirdre Mallon", "CN"),
      ("Aine Corr", "CN"), ("68 Lurgan Road, Portadown", "AD"), ("BT63 5QQ", "PC"), ("01632 960240", "PH")],
  ["Mr Mihai Popescu", "Mr Popescu", "Craigavon Area Hospital", "Southern Health and Social Care Trust", "3 South", "NEWS2 score of 5",
   "MRCP", "ERCP", "Northern Ireland Public Services Ombudsman", "Hospital at Night", "17 July 2023"])

D("s42-006", "case_based_discussion", "Dr Anjali Nair", """
CASE-BASED DISCUSSION (CbD) - Psychiatry
Trainee/applicant: Dr Anjali Nair (GMC 7340551)     Assessor: Dr Jonathan Okafor, Consultant Psychiatrist (GMC 4419023)
Setting: Greater Manchester Mental Health NHS FT, Park House, North Manchester General Hospital
Date of discussion: 08/08/2024     Case seen: 29/07/2024

Case summary (written by applicant)
Patient "TB", 34-year-old man (Tyrone Baptiste, RiO 10447826), detained under Section 2 of the Mental Health Act 1983 after police brought him to the s136 suite from Heaton Park, where he had been shouting at dog walkers. He believed his neighbour at Flat 6, Cleveland Court, Crumpsall was poisoning his water. He had stopped aripiprazole 15 mg about six weeks earlier after losing his job at the Co-op distribution centre in Middleton. His sister Janelle brought in his tablets. Prior admission to Laureate House in 2021 (first episode psychosis, PANSS 96).

I completed the assessment with the AMHP, Mr Dominic Reilly, and Dr Patel from the Home Treatment Team. Risk: no weapons, no self-harm history, moderate risk of harm to the neighbour (named in his beliefs as "Gaz"). Plan: restart aripiprazole 10 mg, increasing to 15 mg; consider long-acting injectable (Abilify Maintena 400 mg monthly); safeguarding alert re. neighbour; carer's assessment for Janelle.

Assessor feedback
Well-structured formulation using the 5Ps, good risk assessment, MHA paperwork accurate. Consider capacity to consent to treatment documented separately (s58 not yet applicable). Development: lead the CPA discussion with the family next time.
Outcome: performance at level expected for completion of core/ST4 level - SATISFACTORY.
Signed: J. Okafor   08/08/2024
""", [("TB", "PN"), ("Tyrone Baptiste", "PN"), ("10447826", "HN"), ("Heaton Park", "AD"), ("Flat 6, Cleveland Court, Crumpsall", "AD"),
      ("Co-op distribution centre in Middleton", "AD"), ("Janelle", "RN"), ("Dominic Reilly", "CN"), ("Patel", "CN"), ("Gaz", "RN"), ("4419023", "GMC")],
  ["Dr Anjali Nair", "GMC 7340551", "Dr Jonathan Okafor", "J. Okafor", "Greater Manchester Mental Health NHS FT", "North Manchester General Hospital",
   "Section 2 of the Mental Health Act 1983", "aripiprazole 15 mg", "Abilify Maintena 400 mg", "PANSS 96", "Laureate House", "34-year-old man",
   "08/08/2024", "5Ps", "s136 suite"])

D("s42-007", "handover_notes", "Dr Tomás Ferreira", """
ED night handover - Royal Cornwall Hospital (Treliske) - Sat 02/12/23 08:00
Handing over: T Ferreira (middle grade)   Taking: Dr A Kowalczyk (reg), Dr Becky Trounson (F2)

MAJORS
cub 3 - mrs jean polglase 81F, D0B 04/05/42, fall at home (Trelawney Cottage, St Agnes), #NOF L confirmed, fascia iliaca block done 05:10, ortho aware (Mr Hosking). NOT for cardiac arrest per existing ReSPECT form. daughter Lorraine on 07700 900871 - pls update.
cub 5 - RW 23M, MRN RCH2284719, surfer - "swallowed half of Fistral", sats 93% RA, CXR patchy R base, ?aspiration. obs 2 hrly, repeat gas 10:00.
cub 7 - Pete Ellery (known to us, lives at Penhaligon Court hostel), alcohol withdrawal, CIWA 18, chlordiazepoxide 30mg given 06:00, pabrinex IV. wandering - ask security if leaves.
resus 2 - 56M STEMI -> PCI lab 07:40, gone. nothing to do.

MINORS / WAITING
- scaphoid ?# , 15F , Tolvean school rugby. Cast & VFC.
- gareth + ellie (twins 4yo) - D&V, tolerating fluids, for d/c once passed urine. mum is nurse on ward 4.

BEDS: 9 waiting, longest 19 h (mr j polglase? no - that's cub 3's husband in AMU, ignore)
Escalation: OPEL 3. Site manager Karen Rowe.
""", [("jean polglase", "PN"), ("polglase", "PN"), ("Trelawney Cottage, St Agnes", "AD"), ("Hosking", "CN"), ("Lorraine", "RN"),
      ("07700 900871", "PH"), ("RW", "PN"), ("RCH2284719", "HN"), ("Pete Ellery", "PN"), ("Penhaligon Court hostel", "AD"),
      ("Tolvean school", "AD"), ("gareth", "PN"), ("ellie", "PN"), ("j polglase", "RN"), ("A Kowalczyk", "CN"), ("Becky Trounson", "CN"),
      ("Karen Rowe", "CN")],
  ["T Ferreira", "Royal Cornwall Hospital", "Treliske", "81F", "D0B 04/05/42", "#NOF", "fascia iliaca block", "ReSPECT", "sats 93% RA",
   "CIWA 18", "chlordiazepoxide 30mg", "pabrinex", "OPEL 3", "02/12/23", "AMU", "ward 4", "VFC"])

D("s42-008", "incident_report", "Dr Min-jun Park", """
NHS Greater Glasgow and Clyde - Datix Incident Report
Incident ID: GGC-DX-2024-118273
Location: Queen Elizabeth University Hospital, ICU Ward 4A (bed 9)
Date/time of incident: 14/04/2024 03:25
Reported by: Dr Min-jun Park, Clinical Fellow ICU
Category: Medication - wrong rate / infusion device
Harm level: Moderate (temporary)

Patient details: JAMIESON, Craig Robert   CHI 1908673341   Unit No. Q7719204
Ethnicity/sex: White Scottish, male, 56 y

Description:
Noradrenaline infusion (8 mg in 50 ml) was found running at 18 ml/h instead of 1.8 ml/h after a syringe change. MAP 128 mmHg, HR 48. Pump stopped, MAP settled to 75 within 15 min. No arrhythmia; troponin unchanged. The syringe change was done by SN Fiona McLeish (NMC 14C0923E) and checked by a second nurse whose name is not recorded. The pump library was not in use because the Alaris pump had been borrowed from theatres.

Immediate action: Duty of Candour conversation with wife Mrs Lorna Jamieson at 09:00 by myself and the consultant, Dr Euan Gilchrist. Mr Jamieson's brother (Alistair, a paramedic in Paisley) also present by phone.

Learning: all ICU pumps to be swapped for library-enabled devices; second checks to be signed on the SafeCare MAR. For discussion at ICU M&M 02/05/2024.

Handler: Mairi Sutherland, Patient Safety Lead (mairi.sutherland2@ggc.scot.nhs.uk)
""", [("GGC-DX-2024-118273", "REF"), ("JAMIESON, Craig Robert", "PN"), ("1908673341", "NHS"), ("Q7719204", "HN"), ("Fiona McLeish", "CN"),
      ("14C0923E", "GMC"), ("Lorna Jamieson", "RN"), ("Euan Gilchrist", "CN"), ("Jamieson", "PN"), ("Alistair", "RN"), ("Paisley", "AD"),
      ("Mairi Sutherland", "CN"), ("mairi.sutherland2@ggc.scot.nhs.uk", "EM")],
  ["Dr Min-jun Park", "NHS Greater Glasgow and Clyde", "Queen Elizabeth University Hospital", "ICU Ward 4A (bed 9)", "14/04/2024 03:25",
   "Noradrenaline infusion (8 mg in 50 ml)", "18 ml/h", "1.8 ml/h", "MAP 128 mmHg", "Duty of Candour", "Alaris", "male, 56 y", "02/05/2024"])

D("s42-009", "audit_report", "Dr Emeka Okonkwo", """
Re-audit: Delirium screening (4AT) within 24 h of admission in patients aged 65+
Norfolk and Norwich University Hospitals NHS Foundation Trust - Department of Medicine for the Elderly
Audit lead: Dr Emeka Okonkwo (Specialty Doctor)   Supervisor: Dr Claire Ashworth, Consultant Geriatrician
Registered with clinical audit team: CA-2023-0341 (cycle 2)

Standard: NICE CG103 / NICE QS63 - 100% of people aged 65+ admitted to hospital assessed for delirium using a validated tool (4AT) within 24 hours.

Method: Retrospective review of 60 consecutive admissions to Cringleford and Holt wards, 01/10/2023-31/10/2023, compared with cycle 1 (n=58, March 2023).

Results
| Measure                               | Cycle 1 | Cycle 2 |
| 4AT within 24 h                       | 41%     | 78%     |
| 4AT score >= 4 with delirium plan     | 55%     | 86%     |
| Collateral history documented         | 38%     | 70%     |
| Antipsychotic given (haloperidol)     | 9%      | 5%      |

Case illustrating the gap (data collection sheet, row 37): 88F, MRN 0094417736, admitted from Brundall Grange care home, 4AT not done until day 3, discovered only when her son phoned from Aylsham to say "she's not herself". Named nurse on admission: RN Tiffany Gowing.

Interventions between cycles: 4AT added to the clerking proforma, teaching at FY1 induction, TIME bundle posters, Delirium champion on each ward.

Conclusion: Marked improvement; standard not yet met. Cycle 3 planned for April 2024 after the Lorenzo e-clerking update.
Presented at Medicine Clinical Governance, 12/12/2023.
""", [("CA-2023-0341", "REF"), ("0094417736", "HN"), ("Brundall Grange care home", "AD"), ("Aylsham", "AD"), ("Tiffany Gowing", "CN")],
  ["Dr Emeka Okonkwo", "Dr Claire Ashworth", "Norfolk and Norwich University Hospitals NHS Foundation Trust", "4AT", "NICE CG103", "NICE QS63",
   "Cringleford and Holt wards", "41%", "78%", "haloperidol", "TIME bundle", "88F", "Lorenzo", "12/12/2023", "01/10/2023-31/10/2023"])

D("s42-010", "email", "Dr Rasha Al-Khatib", """
From: Al-Khatib Rasha (Swansea Bay UHB - Obstetrics & Gynaecology) <rasha.al-khatib@wales.nhs.uk>
To: Pugh Eleri (Swansea Bay UHB - Midwifery) <eleri.pugh@wales.nhs.uk>
Cc: Morgan, Huw (Consultant O&G)
Sent: 27 October 2022 16:42
Subject: RE: Mrs S Tanveer - ?PE on postnatal ward / bed 14 Singleton

Hi Eleri,

Thanks for the heads up. I saw Safia Tanveer (MRN SBU-4470918) on ward 19 this afternoon, day 3 post em LSCS (cat 2, failure to progress). Her Wells score is 4.5 - tachycardic at 112, sats 95% on air, left calf 3 cm bigger than right. D-dimer not useful post-partum so I have requested CTPA and started treatment-dose enoxaparin 1 mg/kg bd (weight 84 kg -> 80 mg bd) while we wait.

She is very anxious - her husband Imran is working away in Aberdeen and her mother-in-law is looking after the other two children at home in Sketty. Please can the midwives keep baby with her (breastfeeding, enoxaparin compatible). Interpreter not needed, her English is fluent; she prefers to be called "Saf".

I will hand over to Huw at 17:00. Her number if she's discharged before results: 07700 900227.

Rasha

Dr Rasha Al-Khatib | Specialty Doctor O&G | Singleton Hospital | ext 2289
""", [("Pugh Eleri", "CN"), ("eleri.pugh@wales.nhs.uk", "EM"), ("Morgan, Huw", "CN"), ("Huw", "CN"), ("Eleri", "CN"), ("S Tanveer", "PN"),
      ("Safia Tanveer", "PN"), ("SBU-4470918", "HN"), ("Imran", "RN"), ("Aberdeen", "AD"), ("Sketty", "AD"), ("Saf", "PN"), ("07700 900227", "PH"),
      ("rasha.al-khatib@wales.nhs.uk", "EM"), ("ext 2289", "PH")],
  ["Dr Rasha Al-Khatib", "Al-Khatib Rasha", "Rasha", "Swansea Bay UHB", "Singleton Hospital", "Wells score is 4.5", "CTPA", "enoxaparin 1 mg/kg bd",
   "80 mg bd", "ward 19", "LSCS", "27 October 2022 16:42"])
