from b1 import D

D(34, "cmht_letter_to_gp", "Dr Tomasz Wiśniewski",
"""Stockport CMHT, Lakeside Resource Centre
Your ref: DrAK/pt 30411     Our ref: CMHT/TW/0982

Dr Anjali Kapoor
Cheadle Hulme Health Centre
Smithy Green, Cheadle Hulme SK8 6LU

Dear Dr Kapoor

Re: Miss Precious NDLOVU  DOB 28/08/1999  NHS 450 223 8891
    c/o Aunt, 9 Kingsway, Cheadle SK8 1JB

Thank you for referring Precious, a 25-year-old nursing student at the University of Manchester who works weekends at the Tesco Extra in Cheadle. She describes low mood since her mother died in Bulawayo in January. PHQ-9 19. No psychotic symptoms. Risk: passive thoughts, no plans. She is supported by her aunt, Mrs Nomvula Sibanda, and her pastor at the Redeemed Christian Church of God (Jubilee Parish).
Plan: increase sertraline to 100 mg; referral to Talking Therapies (IAPT) step 3 CBT.

Yours sincerely
Dr Tomasz Wiśniewski, ST5 General Adult Psychiatry
Supervised by Dr Rebecca Thorne, Consultant Psychiatrist""",
[("DrAK/pt 30411","REFERENCE_NUMBER"),("CMHT/TW/0982","REFERENCE_NUMBER"),("Anjali Kapoor","COLLEAGUE_NAME"),("Kapoor","COLLEAGUE_NAME"),("Cheadle Hulme Health Centre\nSmithy Green, Cheadle Hulme","ADDRESS"),("SK8 6LU","POSTCODE"),("Precious NDLOVU","PATIENT_NAME"),("Precious","PATIENT_NAME"),("450 223 8891","NHS_NUMBER"),("9 Kingsway, Cheadle","ADDRESS"),("SK8 1JB","POSTCODE"),("Tesco Extra in Cheadle","ADDRESS"),("Bulawayo","ADDRESS"),("Nomvula Sibanda","RELATIVE_NAME"),("Redeemed Christian Church of God (Jubilee Parish)","ADDRESS")],
["Dr Tomasz Wiśniewski","Dr Rebecca Thorne","DOB 28/08/1999","PHQ-9 19","sertraline to 100 mg","Talking Therapies (IAPT)","University of Manchester","Stockport CMHT"])

D(35, "ambulance_prf_transcribed", "Dr Siobhan Gallagher",
"""Patient Report Form (transcribed) - West Midlands Ambulance Service
Incident no: 9904417   CAD: 2506-0132
Pt: Kofi ASANTE-MENSAH  54M  DOB 01/05/1971
Pick-up: Wolverhampton Wanderers FC, Molineux Stadium, South Bank stand, Waterloo Rd, Wolverhampton WV1 4QR
Hx: collapse in stand, bystander CPR (steward "Gaz"), AED shock x2 (VF). ROSC 11 min. iGel, EtCO2 4.8 kPa. Amiodarone 300 mg.
Wife: Abena Asante-Mensah, tel 07700 900621
Crew: P. Sandhu (paramedic), M. Okoro (ECA)
Outcome at ED: STEMI, cath lab, LAD stent. Used in my reflection on post-ROSC care. Dr S Gallagher""",
[("9904417","REFERENCE_NUMBER"),("2506-0132","REFERENCE_NUMBER"),("Kofi ASANTE-MENSAH","PATIENT_NAME"),("Wolverhampton Wanderers FC, Molineux Stadium, South Bank stand, Waterloo Rd, Wolverhampton","ADDRESS"),("WV1 4QR","POSTCODE"),("Gaz","COLLEAGUE_NAME"),("Abena Asante-Mensah","RELATIVE_NAME"),("07700 900621","PHONE"),("P. Sandhu","COLLEAGUE_NAME"),("M. Okoro","COLLEAGUE_NAME")],
["West Midlands Ambulance Service","54M","DOB 01/05/1971","VF","EtCO2 4.8 kPa","Amiodarone 300 mg","STEMI","LAD","Dr S Gallagher"])

D(36, "geriatric_ward_round", "Dr Eleanor Price",
"""Ward 18 board round (I was doing a GP-with-extended-role session in elderly care) - EP
b1  Mrs B-K (Bronisława Kaczmarek) 92 - delirium resolved, 4AT 0, for Woodlands care home tomorrow
b2  Mr Lamb 88 - "Tommy", ex-miner, pneumoconiosis, O2 target 88-92%, on Trimbow
b3  Ada Oduya 85 - fall, #pubic rami, weight bearing as tolerated, Rockwood 6
b4  Mr Thomas Cheung 90 - hypernatraemia Na 158, 0.45% saline, son Wing-Kei (lives in Kowloon) updated via WhatsApp
b5  Sister of Mr Lamb also here as pt (Mrs Iris Hutchinson, b6) - family wants them discharged together
EP""",
[("B-K","PATIENT_NAME"),("Bronisława Kaczmarek","PATIENT_NAME"),("Lamb","PATIENT_NAME"),("Tommy","PATIENT_NAME"),("Ada Oduya","PATIENT_NAME"),("Thomas Cheung","PATIENT_NAME"),("Wing-Kei","RELATIVE_NAME"),("Kowloon","ADDRESS"),("Iris Hutchinson","PATIENT_NAME"),("Woodlands care home","ADDRESS")],
["EP","Ward 18","4AT 0","O2 target 88-92%","Trimbow","Rockwood 6","Na 158","0.45% saline"])

D(37, "whatsapp_export_gp", "Dr Priya Raghunathan",
"""Moorside Docs 🩺 (WhatsApp group, exported)
14/06/2025, 08:02 - Priya R: morning all - Mr Ackroyd (Stanley) died overnight at home, expected, DN verified. Can someone do the MCCD? I saw him Tues
14/06/2025, 08:05 - Martin A: I'll do it. Is the ME office aware? 
14/06/2025, 08:07 - Priya R: yes, ME ref MEO-KIR-25-2210. Wife Evelyn would like a call - 01632 960877
14/06/2025, 08:15 - Dr Anwar (locum): fyi the lady from Lockwood with the pulsatile mass - Mrs Sugden - AAA 6.2cm on US, vasc said come in today
14/06/2025, 08:16 - Priya R: 😬 thanks Imran, I'll ring Jean Sugden now
14/06/2025, 08:40 - Priya R: done. she's going in with her neighbour Pat.
[Exported by Dr Priya Raghunathan; Martin A = Dr Martin Ashworth, trainer, who verified]""",
[("Ackroyd","PATIENT_NAME"),("Stanley","PATIENT_NAME"),("MEO-KIR-25-2210","REFERENCE_NUMBER"),("Evelyn","RELATIVE_NAME"),("01632 960877","PHONE"),("Dr Anwar","COLLEAGUE_NAME"),("Lockwood","ADDRESS"),("Sugden","PATIENT_NAME"),("Imran","COLLEAGUE_NAME"),("Jean Sugden","PATIENT_NAME"),("Pat","RELATIVE_NAME")],
["Priya R","Martin A","Dr Martin Ashworth","Dr Priya Raghunathan","MCCD","AAA 6.2cm","DN verified"])

D(38, "perinatal_mental_health", "Dr Tomasz Wiśniewski",
"""Perinatal mental health - urgent assessment, Mother & Baby Unit referral
Mother: Chiamaka (Chi-Chi) Obi-Williams, 31, DOB 04/10/1993; baby Kamsi, 9 days. MBU bed requested at Andersen Ward, Wythenshawe.
Postpartum psychosis: 3 nights no sleep, believes baby is "swapped". Partner Lewis Williams very supportive; maternal grandmother (Ngozi) flying from Enugu.
Started olanzapine 5 mg. Breastfeeding advice from pharmacy (LactMed). MHA assessment not required - informal admission.
Datix for delay in bed finding: 887712. Health visitor: Sam Ferrari.
TW, supervised and signed by Dr Rebecca Thorne""",
[("Chiamaka","PATIENT_NAME"),("Chi-Chi","PATIENT_NAME"),("Obi-Williams","PATIENT_NAME"),("Kamsi","PATIENT_NAME"),("Lewis Williams","RELATIVE_NAME"),("Ngozi","RELATIVE_NAME"),("Enugu","ADDRESS"),("887712","REFERENCE_NUMBER"),("Sam Ferrari","COLLEAGUE_NAME")],
["TW","Dr Rebecca Thorne","DOB 04/10/1993","Andersen Ward, Wythenshawe","olanzapine 5 mg","LactMed","MHA"])
