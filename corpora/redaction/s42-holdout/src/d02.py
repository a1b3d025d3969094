from common import D

D("s42-011", "safeguarding_note", "Dr Farah Siddiqui", """
NHS TAYSIDE - CHILD PROTECTION: NOTE OF CONCERN / IRD REQUEST
Ward 29, Ninewells Hospital
Child: Kayden Robertson-Bell    DOB 03/09/2020    CHI 0309204415
Address: 2/1, 47 Alexander Street, Dundee DD3 7HP
School/nursery: Ardler Primary nursery class
Named person (HV): Gillian Soutar
Parent(s): Chelsea Robertson (mother); partner Jordan Bell (not father)
Lead agency ref: SW/TAY/24/00817

18/01/2024 14:30 - Dr F Siddiqui, specialty doctor paeds
Kayden 3y 4m admitted with a spiral fracture of the left humerus. Mum's account: he "fell off the settee" while she was in the shower and Jordan was watching him. Jordan says he was at work at the car wash on Clepington Rd at the time. Delay in presentation ~36 h. Also 2 x fingertip bruises on the left upper arm and a healing burn (~1 cm, circular) on the right forearm.
Skeletal survey and CT head requested per RCPCH Child Protection Evidence guidance; ophthalmology for fundi. Bloods: FBC, clotting, bone profile, vit D.
Discussed with Dr Morag Fairbairn (consultant on call for CP) who agrees with IRD. Phoned Dundee City Council social work duty (01632 960512) - spoke to duty SW Ross Kinnear. Police Scotland informed, incident PS-20240118-1147.
Older sibling Mia (7) at Ardler Primary - SW to check on her today.
Mum was tearful, cooperative. Dog in the house ("Tyson", Staffie) - no concerns from mum re bites.
""", [("Kayden Robertson-Bell", "PN"), ("Kayden", "PN"), ("0309204415", "NHS"), ("2/1, 47 Alexander Street, Dundee", "AD"), ("DD3 7HP", "PC"),
      ("Ardler Primary", "AD"), ("Gillian Soutar", "CN"), ("Chelsea Robertson", "RN"), ("Jordan Bell", "RN"), ("Jordan", "RN"),
      ("SW/TAY/24/00817", "REF"), ("car wash on Clepington Rd", "AD"), ("01632 960512", "PH"), ("Ross Kinnear", "CN"),
      ("PS-20240118-1147", "REF"), ("Mia", "RN"), ("Tyson", "OID")],
  ["Dr F Siddiqui", "NHS TAYSIDE", "Ward 29, Ninewells Hospital", "03/09/2020", "spiral fracture of the left humerus", "3y 4m",
   "RCPCH Child Protection Evidence", "Dr Morag Fairbairn", "Police Scotland", "18/01/2024 14:30", "Dundee City Council", "FBC"])

D("s42-012", "coroner_statement", "Dr Tomás Ferreira", """
HM CORONER FOR CORNWALL AND THE ISLES OF SCILLY
Statement of witness (Coroners and Justice Act 2009)
Coroner's ref: 00481/2023/COR
Deceased: Jacob Nathaniel Trewin (age 19)
Date of death: 06/08/2023

Statement of: Dr Tomás Ferreira, Specialty Doctor in Emergency Medicine, Royal Cornwall Hospitals NHS Trust
GMC number: 7521093

1. I was the senior doctor in the Emergency Department at the Royal Cornwall Hospital on the night of 5-6 August 2023. I have prepared this statement from my memory and the ED record (attendance no. ED23-118804).

2. At 23:52 the ambulance pre-alerted a young man found unresponsive near the Seven Stars in Penryn, the pub where he worked behind the bar. SWASFT incident 5521907. The crew, paramedics Kerry Lanyon and Josh Pascoe, had given naloxone 400 micrograms IM twice with a brief response. His flatmate, Mr Oscar Bellamy, had travelled with him and told me they had both taken "pressed bars" bought in Falmouth.

3. On arrival at 00:14 his GCS was 3/15, RR 4, SpO2 81%. I led the resuscitation with Dr Hannah Roskilly (ED registrar). He was intubated at 00:26. A naloxone infusion was started. VBG pH 7.02, pCO2 11.8 kPa, lactate 6.1.

4. He had a PEA cardiac arrest at 01:40; ROSC after 2 cycles and 1 mg adrenaline. He was transferred to ICU at 02:35 under Dr Grieve. I understand he died there at 19:10 on 6 August.

5. I spoke to his mother, Mrs Tamsin Trewin, by telephone at 01:05; she lives in Helston and arrived at 02:00.

I believe the facts stated in this statement are true.
Signed: Tomás Ferreira   Date: 21/09/2023
""", [("00481/2023/COR", "REF"), ("Jacob Nathaniel Trewin", "PN"), ("ED23-118804", "HN"), ("Seven Stars in Penryn", "AD"), ("5521907", "REF"),
      ("Kerry Lanyon", "CN"), ("Josh Pascoe", "CN"), ("Oscar Bellamy", "RN"), ("Hannah Roskilly", "CN"), ("Grieve", "CN"),
      ("Tamsin Trewin", "RN"), ("Helston", "AD")],
  ["Dr Tomás Ferreira", "Tomás Ferreira", "7521093", "Royal Cornwall Hospitals NHS Trust", "Royal Cornwall Hospital", "Coroners and Justice Act 2009",
   "naloxone 400 micrograms IM", "GCS was 3/15", "SpO2 81%", "pH 7.02", "1 mg adrenaline", "SWASFT", "06/08/2023", "age 19", "21/09/2023"])

D("s42-013", "police_statement", "Dr Bilal Chaudhry", """
RESTRICTED (when complete)
WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, r.16.2)
South Yorkshire Police   URN: 14/SY/0227531/24   Crime ref: 14/48817/24

Statement of: Bilal CHAUDHRY     Age if under 18: over 18     Occupation: Specialty Doctor, Trauma & Orthopaedics
This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief.

I am a doctor at the Northern General Hospital, Herries Road, Sheffield. On Saturday 16th March 2024 at about 02:30 hours I was asked to see a man in the Emergency Department who I now know to be Liam Andrew STOCKDALE (date of birth 09/07/1996) of 31 Wybourn House Road, Sheffield S2 5HD. His hospital number is RHQ 3318742.

Mr STOCKDALE told me he had been "jumped" outside the Fat Cat pub on Alma Street after a night out with his cousin Ryan. He said he was kicked while on the ground. He complained of pain in the right wrist and left ankle.

On examination there was a 4 cm laceration over the right eyebrow, swelling and tenderness over the right distal radius, and bruising over the lateral left ankle. X-rays showed a displaced fracture of the right distal radius (dorsally angulated 30 degrees) and no ankle fracture. I performed a closed manipulation under haematoma block (10 ml 1% lidocaine) and applied a backslab. The check film was satisfactory.

He had a Glasgow Coma Scale of 15/15. His breath smelt of alcohol. He was discharged at 06:10 to fracture clinic. PC 2291 Hallam took my details at the bedside.

Signed: B. Chaudhry     Date: 02/04/2024
Witnessed by: DC Natalie Greaves, collar 4471
""", [("14/SY/0227531/24", "REF"), ("14/48817/24", "REF"), ("Liam Andrew STOCKDALE", "PN"), ("STOCKDALE", "PN"),
      ("31 Wybourn House Road, Sheffield", "AD"), ("S2 5HD", "PC"), ("RHQ 3318742", "HN"), ("Fat Cat pub on Alma Street", "AD"), ("Ryan", "RN"),
      ("Hallam", "CN"), ("2291", "OID"), ("Natalie Greaves", "CN"), ("4471", "OID"), ("Herries Road, Sheffield", "AD")],
  ["Bilal CHAUDHRY", "B. Chaudhry", "Northern General Hospital", "South Yorkshire Police", "09/07/1996", "Glasgow Coma Scale of 15/15",
   "10 ml 1% lidocaine", "dorsally angulated 30 degrees", "haematoma block", "16th March 2024", "02/04/2024", "CJ Act 1967, s.9",
   "Criminal Procedure Rules 2020, r.16.2"])

D("s42-014", "mdt_minutes", "Dr Mihai Popescu", """
SOUTHERN HSCT - COLORECTAL CANCER MDM - Craigavon Area Hospital, Seminar Room 2
Date: Thursday 07/03/2024   Chair: Mr Gareth Nesbitt (Consultant Colorectal Surgeon)
Present: Mr M Popescu (SD Surgery, minutes), Dr L Moffett (radiology), Dr A Tohill (histopathology), Dr P Donnan (oncology), CNS Joanne Hamill, MDT co-ordinator Siobhan Rafferty
Apologies: Dr Keane

| # | Patient            | H&C No       | Hosp No  | Summary                                        | Outcome                                     |
|---|--------------------|--------------|----------|------------------------------------------------|---------------------------------------------|
| 1 | Francis DEVLIN 71M | 4170 229 883 | K0411782 | CT: sigmoid Ca T3 N1 M0. CEA 8.2               | Laparoscopic anterior resection - Mr Nesbitt |
| 2 | Rosemary ARMSTRONG 64F | 3981 005 416 | K0287145 | Rectal Ca 7 cm from AV, MRI mrT3c, CRM threatened | Short-course RT then surgery; see Dr Donnan  |
| 3 | Eamon O'HAGAN 58M  | 3328 771 902 | K0719963 | Post-op histology pT2 N0 (0/22), R0            | Surveillance per NICE NG151                 |

Notes:
Pt 2 - lives in Keady, cares for husband with MS; transport a concern - CNS to contact Macmillan and her neighbour Mrs Bridie Toal who drives her.
Pt 3 - asked for results by phone (mobile 07700 900688); he farms at Ballymacnab and cannot come up at lambing.
Next MDM 14/03/2024.
""", [("Gareth Nesbitt", "CN"), ("Nesbitt", "CN"), ("L Moffett", "CN"), ("A Tohill", "CN"), ("P Donnan", "CN"), ("Donnan", "CN"),
      ("Joanne Hamill", "CN"), ("Siobhan Rafferty", "CN"), ("Keane", "CN"),
      ("Francis DEVLIN", "PN"), ("4170 229 883", "NHS"), ("K0411782", "HN"), ("Rosemary ARMSTRONG", "PN"), ("3981 005 416", "NHS"),
      ("K0287145", "HN"), ("Eamon O'HAGAN", "PN"), ("3328 771 902", "NHS"), ("K0719963", "HN"), ("Keady", "AD"), ("Bridie Toal", "RN"),
      ("07700 900688", "PH"), ("Ballymacnab", "AD")],
  ["Mr M Popescu", "SOUTHERN HSCT", "Craigavon Area Hospital", "71M", "64F", "58M", "T3 N1 M0", "CEA 8.2", "mrT3c", "pT2 N0 (0/22)",
   "NICE NG151", "Laparoscopic anterior resection", "Macmillan", "07/03/2024", "14/03/2024", "Short-course RT"])

D("s42-015", "chat_export", "Dr Min-jun Park", """
[WhatsApp export - "QEUH ICU middle grades" - exported 30/06/2024]
[12/06/2024, 02:14:07] Min-jun Park: anyone free? bed 12 (the young lad from the M8 RTC, Dylan) desatting to 84% on FiO2 0.8, proning now
[12/06/2024, 02:14:51] Shona R: coming. is that Dylan Fairlie? mum was in at 11 crying in the relatives room
[12/06/2024, 02:15:30] Min-jun Park: yes. P/F 9.1 kPa. PEEP 14. Think he needs ECMO referral
[12/06/2024, 02:16:02] Shona R: ring Aberdeen? no - it's Royal Infirmary Edinburgh? no its ARI for Scotland ECMO. number is on the wall
[12/06/2024, 02:21:44] Andy Boyd ICU: I'll phone Dr Mackie at home. CHI for the form 1104990718
[12/06/2024, 02:22:10] Min-jun Park: pls don't put CHI on here!! deleting
[12/06/2024, 02:22:15] Andy Boyd ICU: sorry 🙈
[12/06/2024, 03:05:59] Min-jun Park: Murray score 3.25, accepted by ARI ECMO, retrieval team ETA 06:00. dad (Gordon) on his way from Motherwell
[12/06/2024, 03:06:40] Shona R: well done MJ 👏
[12/06/2024, 07:48:12] Min-jun Park: handed over to day team. Dylan went at 06:40 stable on VV. Thanks all x

Exported for portfolio (ICU - transfer of the critically ill patient). Verified: Dr Kirsty Galloway, Consultant Intensivist, 01/07/2024
""", [("Dylan", "PN"), ("Dylan Fairlie", "PN"), ("Shona R", "CN"), ("Andy Boyd", "CN"), ("Mackie", "CN"), ("1104990718", "NHS"),
      ("Gordon", "RN"), ("Motherwell", "AD")],
  ["Min-jun Park", "MJ", "QEUH", "Dr Kirsty Galloway", "FiO2 0.8", "P/F 9.1 kPa", "PEEP 14", "Murray score 3.25", "ARI", "ECMO", "bed 12",
   "Royal Infirmary Edinburgh", "12/06/2024, 02:14:07"])

D("s42-016", "teaching_feedback", "Dr Ayesha Rahman", """
Belfast Health and Social Care Trust - Dermatology Department, Royal Victoria Hospital
Teaching session: "Spot the melanoma: dermoscopy for GP trainees"
Facilitator: Dr Ayesha Rahman, Specialty Doctor Dermatology
Date: 22/02/2024, Education Centre, RVH. Attendees: 14 (GPSTs, Belfast scheme)

Attendance (sign-in sheet transcribed):
1. Dr Ciara Mulholland (GPST2)   2. Dr Tom Beattie (GPST1)   3. Dr Sandeep Gill (GPST3)   4. Dr Rachel Kerr (GPST2)   ... (10 more - sheet in folder)

Feedback (1 = poor, 5 = excellent), n = 12
| Item                               | Mean |
| Clarity of teaching                | 4.8  |
| Relevance to GP practice           | 4.9  |
| Use of clinical images             | 4.6  |
| Would recommend                    | 100% |

Free-text comments
- "ABCDE and the 7-point checklist finally clicked. The case of the lady from Bangor with the amelanotic lesion was memorable."
- "Loved the 'ugly duckling' sign. Maybe less on Breslow thickness, too detailed for us."
- "Dr Rahman was brilliant, calm and answered all my questions. (Sandeep)"
- "Photos were great but one showed a patient's face and name band (Mrs G. Magill, 2nd slide) - please crop!"

Reflection: I removed the slide flagged in the last comment the same evening and reported it to the IG lead; patient images are now taken only from the Trust's consented teaching library.
Feedback form link: https://forms.office.com/r/bHSCT-derm-7Kq2Xv
Verified by Dr Niall Corrigan, Consultant Dermatologist / Clinical Lead.
""", [("Ciara Mulholland", "CN"), ("Tom Beattie", "CN"), ("Sandeep Gill", "CN"), ("Rachel Kerr", "CN"), ("Sandeep", "CN"),
      ("Bangor", "AD"), ("G. Magill", "PN"), ("https://forms.office.com/r/bHSCT-derm-7Kq2Xv", "URL")],
  ["Dr Ayesha Rahman", "Dr Rahman", "Belfast Health and Social Care Trust", "Royal Victoria Hospital", "RVH", "Dr Niall Corrigan", "ABCDE",
   "7-point checklist", "Breslow thickness", "22/02/2024", "4.8", "100%"])

D("s42-017", "supervisor_report", "Dr Emeka Okonkwo", """
STRUCTURED REPORT FROM CLINICAL SUPERVISOR - for GMC Portfolio Pathway (Geriatric Medicine)
Applicant: Dr Emeka Okonkwo     GMC: 7098834
Supervisor: Dr Claire Ashworth, Consultant Geriatrician, Norfolk and Norwich University Hospital   GMC: 4820117
Period covered: August 2022 - July 2024

I have supervised Dr Okonkwo for two years on Cringleford ward and in the Older People's Emergency Department (OPED) frailty service. He runs the ward round independently, writes excellent Comprehensive Geriatric Assessments and is trusted by the nursing team.

Clinical: He manages delirium, falls, Parkinson's disease and end-of-life care at a consultant-supervised but largely independent level. He has led on the 4AT re-audit (completed two cycles) and teaches the FY1s weekly.

Communication: I highlight one episode. In March 2023 the daughter of a patient on the ward (Mrs Audrey Fenwick's daughter, Ms Sharon Fenwick) made a verbal complaint about the decision not to escalate to ICU. Dr Okonkwo met her with the ward sister, Sister Patience Oduya, explained the CFS 7 frailty assessment and the ReSPECT discussion, and the complaint was resolved locally without a formal process. Ms Fenwick later wrote to thank him.

Areas for development: to gain more experience in orthogeriatrics (currently covered by Dr Vikram Sood's team) and in formal leadership such as chairing the M&M meeting.

Overall: I have no hesitation in recommending him as working at the level of a consultant geriatrician within a supportive team.

Signed: Claire Ashworth   Date: 02/08/2024
""", [("Audrey Fenwick", "PN"), ("Sharon Fenwick", "RN"), ("Fenwick", "RN"), ("Patience Oduya", "CN"), ("Vikram Sood", "CN")],
  ["Dr Emeka Okonkwo", "Dr Okonkwo", "7098834", "Dr Claire Ashworth", "Claire Ashworth", "Norfolk and Norwich University Hospital",
   "Cringleford ward", "4AT", "Parkinson's disease", "CFS 7", "ReSPECT", "Comprehensive Geriatric Assessments", "02/08/2024"])

D("s42-018", "logbook_extract", "Dr Bilal Chaudhry", """
eLogbook extract - Trauma & Orthopaedics - Dr Bilal Chaudhry (Specialty Doctor)
Sheffield Teaching Hospitals NHS FT - Northern General Hospital
Filtered: 01/01/2024 - 31/03/2024   Role codes: P = performed, S-TS = supervised trainer scrubbed, A = assisted

Date       | Pt ID     | Pt   | Age/Sex | Procedure                                   | OPCS  | Role | Supervisor
03/01/2024 | RHQ2209871 | E.M.H. | 91F | Hemiarthroplasty (cemented) L NOF             | W46.1 | P    | -
05/01/2024 | RHQ3381004 | DW   | 23M | ORIF R ankle (Weber B), 1/3 tubular plate     | W19.1 | P    | -
09/01/2024 | RHQ1170265 | j.k  | 67M | DHS R intertrochanteric #                     | W24.1 | P    | -
17/01/2024 | RHQ2990413 | S Oyelaran | 41F | Arthroscopic ACL reconstruction (hamstring) | W74.2 | S-TS | Mr R Whitworth
24/01/2024 | RHQ0049820 | E.B. | 91F | Hemiarthroplasty (cemented) R NOF             | W46.1 | P    | -
07/02/2024 | RHQ4418206 | TP   | 12M | MUA + K-wires distal radius                   | W26.1 | P    | -
21/02/2024 | RHQ3318742 | LS   | 27M | MUA distal radius (re-manipulation)           | W26.1 | P    | -
14/03/2024 | RHQ2751190 | A.N. | 76M | Total hip replacement (uncemented)            | W37.1 | S-TS | Mr R Whitworth

Totals this period: 8 (P 6, S-TS 2). Cumulative NOF fixations: 112.
Consultant trainer verifying: Mr Richard Whitworth, Consultant Orthopaedic Surgeon. Signed R. Whitworth 05/04/2024
""", [("RHQ2209871", "HN"), ("E.M.H.", "PN"), ("RHQ3381004", "HN"), ("DW", "PN"), ("RHQ1170265", "HN"), ("j.k", "PN"), ("RHQ2990413", "HN"),
      ("S Oyelaran", "PN"), ("RHQ0049820", "HN"), ("E.B.", "PN"), ("RHQ4418206", "HN"), ("TP", "PN"), ("RHQ3318742", "HN"), ("LS", "PN"),
      ("RHQ2751190", "HN"), ("A.N.", "PN")],
  ["Dr Bilal Chaudhry", "Sheffield Teaching Hospitals NHS FT", "Northern General Hospital", "Mr R Whitworth", "Mr Richard Whitworth", "R. Whitworth",
   "W46.1", "W19.1", "91F", "Weber B", "Hemiarthroplasty (cemented) L NOF", "Total hip replacement (uncemented)", "05/04/2024", "112"])

D("s42-019", "referral_letter", "Dr Sofia Marchetti", """
NHS Grampian - Eye Outpatients, Aberdeen Royal Infirmary, Foresterhill
Direct line 01632 960377

Date dictated: 04/10/2023   Date typed: 09/10/2023
Our ref: SM/EYE/ml/19283

Dr Callum Bruce
Consultant Neurologist
Department of Neurology, ARI

Dear Callum

Re: Miss Kirsty Ann Urquhart, DOB 27/02/1998, CHI 2702983351
Croft of Backhill, Udny Green, Ellon AB41 7RT   Mob 07700 900145

Urgent referral - bilateral optic disc swelling

Thank you for seeing this 25-year-old woman, a veterinary nurse at the Ythan Vets practice in Ellon, whom I saw in the eye casualty clinic today. She reports 3 months of daily headaches, worse lying down, and transient visual obscurations. She started the combined pill (Rigevidon) a year ago and has gained about 12 kg. BMI 36.

VA 6/6 right, 6/9 left. Colour vision 17/17 Ishihara both eyes. Frisen grade 3 papilloedema bilaterally. OCT RNFL thickened (R 182 um, L 196 um). Humphrey 24-2: enlarged blind spots, MD -4.1 dB L.

Impression: probable idiopathic intracranial hypertension. I have arranged an urgent MRI/MRV today. I'd be grateful if you could see her this week for lumbar puncture with opening pressure. I have not started acetazolamide. Her mother, Mrs Elspeth Urquhart, drove her in and is aware.

Yours sincerely

Dr Sofia Marchetti
Specialty Doctor, Ophthalmology
""", [("01632 960377", "PH"), ("SM/EYE/ml/19283", "REF"), ("Callum Bruce", "CN"), ("Callum", "CN"), ("Kirsty Ann Urquhart", "PN"), ("2702983351", "NHS"),
      ("Croft of Backhill, Udny Green, Ellon", "AD"), ("AB41 7RT", "PC"), ("07700 900145", "PH"), ("Ythan Vets practice in Ellon", "AD"),
      ("Elspeth Urquhart", "RN")],
  ["Dr Sofia Marchetti", "NHS Grampian", "Aberdeen Royal Infirmary", "Foresterhill", "27/02/1998", "25-year-old woman", "Rigevidon", "BMI 36",
   "VA 6/6 right, 6/9 left", "Frisen grade 3 papilloedema", "Humphrey 24-2", "idiopathic intracranial hypertension", "acetazolamide",
   "17/17 Ishihara", "04/10/2023"])

D("s42-020", "clinic_letter", "Dr Ayesha Rahman", """
Dermatology Outpatients, Royal Victoria Hospital, Belfast Health and Social Care Trust
Clinic: Thursday pm (Dr Rahman)      Seen: 11/01/2024      Typed: 16/01/2024

To: Dr Owen McCready, Ormeau Health Centre
Patient: Patrick Joseph Carlin   DOB 30/08/1962   H&C 5121 884 093   Hospital No: RV0339181
Address: 8 Rathmore Gardens, Belfast BT6 9NE

Diagnoses:
1. Chronic plaque psoriasis, PASI 14.2, DLQI 19
2. Psoriatic arthritis (rheumatology aware)
3. Raised ALT on methotrexate (ALT 96)

Dear Dr McCready

I reviewed Patrick today. He has had 18 months of methotrexate 15 mg weekly with folic acid, but his ALT has doubled and his PRO-C3 is 11.4. He drinks about 20 units a week ("the odd pint at the Errigle after the Antrim game"). We discussed stopping methotrexate. He meets NICE TA criteria for biologics (PASI >= 10, DLQI > 10) and I have applied for adalimumab (Amgevita 40 mg every other week) after a negative QuantiFERON and hepatitis serology.

He is a self-employed joiner (P. Carlin Joinery, Castlereagh) and is worried about time off; I have arranged for the biologics nurse, Grainne, to do the injection teaching by phone on 028 9649 6812 - please ignore the old number 07700 900990 on your system.

Yours sincerely
Dr Ayesha Rahman, Specialty Doctor
""", [("Owen McCready", "CN"), ("McCready", "CN"), ("Ormeau Health Centre", "AD"), ("Patrick Joseph Carlin", "PN"), ("5121 884 093", "NHS"),
      ("RV0339181", "HN"), ("8 Rathmore Gardens, Belfast", "AD"), ("BT6 9NE", "PC"), ("Patrick", "PN"), ("Errigle", "AD"),
      ("P. Carlin Joinery, Castlereagh", "AD"), ("Grainne", "CN"), ("028 9649 6812", "PH"), ("07700 900990", "PH")],
  ["Dr Ayesha Rahman", "Dr Rahman", "Royal Victoria Hospital", "Belfast Health and Social Care Trust", "30/08/1962", "PASI 14.2", "DLQI 19",
   "methotrexate 15 mg weekly", "ALT 96", "PRO-C3 is 11.4", "Amgevita 40 mg every other week", "adalimumab", "QuantiFERON", "NICE TA", "11/01/2024"])
