from b1 import d
A="Dr Tunde Adeyemi"
d("operation_note",A,"""Royal Cornwall Hospital, Truro - General Surgery - Operation note
Patient: Jago Trevithick   DOB 12/12/1972   MRN RCH0098812   NHS 943 476 5919
Procedure: Emergency laparoscopic appendicectomy converted to open (Lanz incision).
Findings: gangrenous perforated appendix, pus in pelvis, 300 mL. Alvarado score pre-op 9.
Surgeon: Dr Tunde Adeyemi (GMC 7456123). Assistant: Dr Morwenna Pascoe (FY2). Anaesthetist: Dr Gregor Lindqvist.
Post-op: co-amoxiclav 1.2 g IV TDS 5 days; drain out when < 50 mL/24 h.
Next of kin: wife Tamsin, 01632 960321.""",
[("Jago Trevithick","PATIENT_NAME"),("RCH0098812","HOSPITAL_NUMBER"),("943 476 5919","NHS_NUMBER"),("Dr Morwenna Pascoe","COLLEAGUE_NAME"),("Dr Gregor Lindqvist","COLLEAGUE_NAME"),("Tamsin","RELATIVE_NAME"),("01632 960321","PHONE")],
["Royal Cornwall Hospital","12/12/1972","Lanz incision","Alvarado score pre-op 9","Dr Tunde Adeyemi","GMC 7456123","co-amoxiclav 1.2 g IV TDS","300 mL"])
d("reflective_writing",A,"""Reflection - the surgeon who wouldn't come in
On a Saturday night I was the middle-grade on call at Royal Cornwall. Mrs Elowen Hosking, 81, from St Just, had a CT showing free air and a lactate of 5.4. I called the consultant on call, Mr Piers Wrenford, twice; he told me to "start antibiotics and we'll see in the morning". I used the escalation policy and called the divisional director, Ms Caroline Ashby, who came in. Mrs Hosking had a Hartmann's procedure at 02:00 and survived; her son Derek thanked us on the ward.
This is uncomfortable to write about. I discussed it with my educational supervisor, Mr Nicholas Fairweather, who verified this entry. I have learned that patient safety overrides hierarchy, and to document every call with times.""",
[("Mrs Elowen Hosking","PATIENT_NAME"),("St Just","ADDRESS"),("Mr Piers Wrenford","COLLEAGUE_NAME"),("Ms Caroline Ashby","COLLEAGUE_NAME"),("Mrs Hosking","PATIENT_NAME"),("Derek","RELATIVE_NAME")],
["Royal Cornwall","lactate of 5.4","Hartmann's procedure","02:00","Mr Nicholas Fairweather","81"])
d("mdt_notes",A,"""Colorectal MDT - Royal Cornwall Hospital - 08/01/2026
Present: Mr Nicholas Fairweather (chair), Dr T Adeyemi, Dr Sarah Kitto (radiology), Dr Femi Ojo (oncology), CNS Joanne Penrose
1. Bryony Angove 66F NHS 402 551 3360 - sigmoid adenocarcinoma T3N1M0, MRI CRM clear. For lap anterior resection.
2. R.T. (Ronald Tremayne) 79M, Camborne - rectal ca, low; frail, Rockwood CFS 6. Discuss with daughter (Mandy) re short-course RT.
3. Mr Kieran O'Shea, 54M - incidental liver lesion, 2.1 cm, CEA 4.1. Refer to Derriford HPB MDT (ref DHPB-26-0113).""",
[("Dr Sarah Kitto","COLLEAGUE_NAME"),("Dr Femi Ojo","COLLEAGUE_NAME"),("CNS Joanne Penrose","COLLEAGUE_NAME"),("Bryony Angove","PATIENT_NAME"),("402 551 3360","NHS_NUMBER"),("R.T.","PATIENT_NAME"),("Ronald Tremayne","PATIENT_NAME"),("Camborne","ADDRESS"),("Mandy","RELATIVE_NAME"),("Mr Kieran O'Shea","PATIENT_NAME"),("DHPB-26-0113","REFERENCE_NUMBER")],
["Mr Nicholas Fairweather","Dr T Adeyemi","T3N1M0","Rockwood CFS 6","CEA 4.1","Derriford","66F","79M","2.1 cm"])
d("complaint_response",A,"""Royal Cornwall Hospitals NHS Trust - PALS/Complaints
Our ref: RCHT/CMP/2025/1187   Your ref: LA/HOS/44
Dear Mr Lanyon,
Thank you for your letter concerning your partner, Ms Demelza Roskilly, whose laparoscopic cholecystectomy was cancelled three times. I have reviewed the theatre records. On the third occasion Dr Harriet Coombe, the anaesthetist, cancelled because of an HbA1c of 92 mmol/mol. I accept that nobody explained this to Ms Roskilly beforehand.
Yours sincerely, Dr Tunde Adeyemi, Specialty Doctor, General Surgery""",
[("RCHT/CMP/2025/1187","REFERENCE_NUMBER"),("LA/HOS/44","REFERENCE_NUMBER"),("Mr Lanyon","RELATIVE_NAME"),("Ms Demelza Roskilly","PATIENT_NAME"),("Dr Harriet Coombe","COLLEAGUE_NAME"),("Ms Roskilly","PATIENT_NAME")],
["Royal Cornwall Hospitals NHS Trust","HbA1c of 92 mmol/mol","Dr Tunde Adeyemi","laparoscopic cholecystectomy"])
d("wpba",A,"""CbD - case-based discussion, assessed by applicant
Trainee: Dr Ellie Chenoweth (CT1 Surgery)
Assessor: Dr Tunde Adeyemi, GMC 7456123
Case: small bowel obstruction, patient "Mr T.P." (Trevor Polglase, 71M, hosp no RCH0104477), managed conservatively with Gastrografin 100 mL.
Trainee showed good understanding of the indications for laparotomy. Overall: meets expectations for stage.""",
[("Dr Ellie Chenoweth","COLLEAGUE_NAME"),("T.P.","PATIENT_NAME"),("Trevor Polglase","PATIENT_NAME"),("RCH0104477","HOSPITAL_NUMBER")],
["Dr Tunde Adeyemi","GMC 7456123","Gastrografin 100 mL","71M"])
H="Dr Priyanka Sharma-Holt"
d("discharge_summary",H,"""Leeds Teaching Hospitals NHS Trust - St James's University Hospital - ICU
Discharge summary to ward
Patient: Bradley Ackroyd  MRN LTH7719203  NHS 588 204 1177  DOB 18/03/1985  Male
Address: 42 Tong Road, Armley, Leeds LS12 1HF
Admitted after paracetamol overdose (staggered, 48 g) with ALF. King's College Criteria met; listed super-urgent, transferred from LGI. Acetylcysteine per SNAP. INR peak 6.2, pH 7.24.
Mental Health liaison: Dr Marcus Whitlock to see on ward J27. Mother Sandra Ackroyd has been informed (07700 900745).
ICU clinical fellow: Dr Priyanka Sharma-Holt. Consultant: Dr Alan Fenwick""",
[("Bradley Ackroyd","PATIENT_NAME"),("LTH7719203","HOSPITAL_NUMBER"),("588 204 1177","NHS_NUMBER"),("42 Tong Road, Armley, Leeds","ADDRESS"),("LS12 1HF","POSTCODE"),("Dr Marcus Whitlock","COLLEAGUE_NAME"),("Sandra Ackroyd","RELATIVE_NAME"),("07700 900745","PHONE")],
["St James's University Hospital","18/03/1985","King's College Criteria","Acetylcysteine","SNAP","INR peak 6.2","pH 7.24","J27","Dr Priyanka Sharma-Holt","Dr Alan Fenwick","LGI","48 g"])
d("reflective_writing",H,"""Reflection: a family meeting that went badly
Shabnam Rahman's father, Mr Abdul Rahman, had been on our unit for 21 days after a subarachnoid haemorrhage (WFNS 5). In the family meeting I used the word "futile" and his son, Imran, walked out. The interpreter, Mrs Nasreen Begum, told me afterwards that the Sylheti word she chose was harsher than mine.
Dr Alan Fenwick, my supervisor, and I agreed that I would pre-brief interpreters in future. The family later agreed to ReSPECT form recommendations and Mr Rahman died peacefully with the imam present.""",
[("Shabnam Rahman","RELATIVE_NAME"),("Mr Abdul Rahman","PATIENT_NAME"),("Imran","RELATIVE_NAME"),("Mrs Nasreen Begum","COLLEAGUE_NAME"),("Mr Rahman","PATIENT_NAME")],
["subarachnoid haemorrhage","WFNS 5","Dr Alan Fenwick","ReSPECT","21 days","Sylheti"])
d("email",H,"""From: priyanka.sharma-holt@nhs.net
To: yorkshire.odn@nhs.net
Cc: alan.fenwick@nhs.net
Subject: Transfer request - bed bureau ID BB-YH-260214-07

Hello,
Requesting a level 3 bed for Mrs Grace Oyelaran-Smith (Pinderfields MRN MY2290147, NHS 715 903 6620), 62F, severe CAP, FiO2 0.8, PEEP 14, P/F 11 kPa. Her husband Kwame is at the bedside; please call him on 020 7946 0587 when a bed is confirmed.
Referring consultant: Dr Alan Fenwick. Please also copy Dr Yusuf Patel, the Pinderfields registrar (yusuf.patel2@nhs.net).
Thanks, Priyanka (ICU fellow)""",
[("yorkshire.odn@nhs.net","EMAIL"),("BB-YH-260214-07","OTHER_ID"),("Mrs Grace Oyelaran-Smith","PATIENT_NAME"),("MY2290147","HOSPITAL_NUMBER"),("715 903 6620","NHS_NUMBER"),("Kwame","RELATIVE_NAME"),("020 7946 0587","PHONE"),("Dr Yusuf Patel","COLLEAGUE_NAME"),("yusuf.patel2@nhs.net","EMAIL")],
["priyanka.sharma-holt@nhs.net","alan.fenwick@nhs.net","Dr Alan Fenwick","FiO2 0.8","PEEP 14","P/F 11 kPa","Pinderfields","62F","Priyanka"])
d("coroner_statement",H,"""Statement for HM Senior Coroner for West Yorkshire (Eastern)
Coroner's ref: WYE/2025/03318
Deceased: Connor James Heseltine, date of death 14/09/2025
I am Dr Priyanka Sharma-Holt, ICU clinical fellow, GMC 7561234. Mr Heseltine was admitted from Harrogate District Hospital via YAS (incident 2509140882) with a GCS of 5 after a fall from a ladder at his home, 7 Cold Bath Road, Harrogate HG2 0NA. CT showed an acute subdural with 11 mm midline shift. The neurosurgical registrar, Dr Olumide Bankole, and I discussed the case. Despite decompressive craniectomy he developed refractory ICP above 30 mmHg.
His partner, Mr Lewis Bramley, was present when treatment was withdrawn.""",
[("WYE/2025/03318","REFERENCE_NUMBER"),("Connor James Heseltine","PATIENT_NAME"),("Mr Heseltine","PATIENT_NAME"),("2509140882","REFERENCE_NUMBER"),("7 Cold Bath Road, Harrogate","ADDRESS"),("HG2 0NA","POSTCODE"),("Dr Olumide Bankole","COLLEAGUE_NAME"),("Mr Lewis Bramley","RELATIVE_NAME")],
["Dr Priyanka Sharma-Holt","GMC 7561234","Harrogate District Hospital","GCS of 5","11 mm midline shift","ICP above 30 mmHg","14/09/2025","decompressive craniectomy"])
J="Dr Kwabena Asante"
d("clinic_letter",J,"""Nuffield Orthopaedic Centre, Oxford - Hip & Knee Clinic
Dictated: Dr Kwabena Asante, Specialty Doctor T&O    Typed: 10/02/2026
To: Dr Rosalind Tew, Bicester Health Centre, Coker Close, Bicester OX26 6AT
Re: Mrs Pamela Huxtable (Pam)  DOB 29/11/1950  NHS 631 004 8827  Hosp OX-N 0038841
Hillside, 9 The Green, Steeple Aston OX25 4SH
Mrs Huxtable has end-stage OA of the left knee, Oxford Knee Score 14/48, Kellgren-Lawrence grade 4. BMI 33. We have listed her for a left TKR (cemented, PS). She should stop ibuprofen 400 mg TDS two weeks before. Her husband Clive will care for her post-op.""",
[("Dr Rosalind Tew","COLLEAGUE_NAME"),("Bicester Health Centre, Coker Close, Bicester","ADDRESS"),("OX26 6AT","POSTCODE"),("Mrs Pamela Huxtable","PATIENT_NAME"),("Pam","PATIENT_NAME"),("631 004 8827","NHS_NUMBER"),("OX-N 0038841","HOSPITAL_NUMBER"),("Hillside, 9 The Green, Steeple Aston","ADDRESS"),("OX25 4SH","POSTCODE"),("Mrs Huxtable","PATIENT_NAME"),("Clive","RELATIVE_NAME")],
["Nuffield Orthopaedic Centre","Dr Kwabena Asante","29/11/1950","Oxford Knee Score 14/48","Kellgren-Lawrence grade 4","BMI 33","ibuprofen 400 mg TDS","TKR"])
d("logbook_extract",J,"""eLogbook extract - Dr K Asante - Jan 2026 (consultant verifier: Mr Jonathan Prideaux)
05/01 DHS R hip  | pt initials GW  | John Radcliffe | S-TS (supervised, trainer scrubbed)
07/01 TKR L      | Agnieszka Kowalczyk 68F (patient asked to be named in thank-you letter attached) | NOC | P (performed)
12/01 Carpal tunnel release | MRN OX-N 0041177 | NOC | P
19/01 ORIF ankle Weber B | pt "Baz" (Barry Dunmore) | JR | P; assisted by Dr Lucy Fanshawe (CT2)""",
[("GW","PATIENT_NAME"),("Agnieszka Kowalczyk","PATIENT_NAME"),("OX-N 0041177","HOSPITAL_NUMBER"),("\"Baz\"","PATIENT_NAME"),("Barry Dunmore","PATIENT_NAME"),("Dr Lucy Fanshawe","COLLEAGUE_NAME")],
["Dr K Asante","Mr Jonathan Prideaux","John Radcliffe","Weber B","68F","DHS","Carpal tunnel release"])
d("reflective_writing",J,"""Reflection: periprosthetic joint infection
I will always remember Mr Harold "Harry" Baverstock, a retired postman from Witney. Three weeks after his hip replacement his wound at the Nuffield was leaking. I thought it was a seroma; Dr Amelia Goss, the registrar, aspirated and found CRP 188 and Staphylococcus aureus. He needed a DAIR procedure and six weeks of IV flucloxacillin 2 g QDS via PICC.
Harry's wife, Joan, said to me "you looked worried, doctor, and that made me trust you". My learning: apply the ICM 2018 criteria early. Discussed with Mr Jonathan Prideaux, clinical supervisor.""",
[("Mr Harold \"Harry\" Baverstock","PATIENT_NAME"),("Harry","PATIENT_NAME"),("Witney","ADDRESS"),("Dr Amelia Goss","COLLEAGUE_NAME"),("Joan","RELATIVE_NAME")],
["CRP 188","Staphylococcus aureus","DAIR","flucloxacillin 2 g QDS","ICM 2018","Mr Jonathan Prideaux","Nuffield"])
K="Dr Helen Ogunleye"
d("gp_consultation",K,"""Consultation - Alston Moor Surgery, Cumbria - Dr H Ogunleye - 26/01/2026
Patient: Mr Wilfred Teasdale, 74M, NHS 690 118 4463, Low Garrigill Farm, Garrigill, Alston CA9 3DS, tel 01632 960188
Snowed in; telephone consultation then visited by 4x4 with Mountain Rescue (call-out ref MRT-AL-26-009).
Cellulitis L leg, no sepsis (NEWS2 2). Flucloxacillin 500 mg QDS 7 days. Neighbour Mrs Brenda Hetherington will check on him. Discussed with practice nurse Joe Robson.""",
[("Mr Wilfred Teasdale","PATIENT_NAME"),("690 118 4463","NHS_NUMBER"),("Low Garrigill Farm, Garrigill, Alston","ADDRESS"),("CA9 3DS","POSTCODE"),("01632 960188","PHONE"),("MRT-AL-26-009","REFERENCE_NUMBER"),("Mrs Brenda Hetherington","RELATIVE_NAME"),("Joe Robson","COLLEAGUE_NAME")],
["Alston Moor Surgery","Dr H Ogunleye","74M","NEWS2 2","Flucloxacillin 500 mg QDS"])
d("referral_letter",K,"""Dear Old Age Psychiatry team, Carleton Clinic, Carlisle
Re: Mrs Ivy Armstrong (known as "Ivy May"), DOB 02/07/1938, NHS 314 227 9085, of 2 Front Street, Nenthead CA9 3PD
Mrs Armstrong's daughter, Christine Lowther, called the surgery on 01632 960611 worried about night-time wandering and accusations that neighbours are stealing her pension. 6-CIT 18/28. Bloods including B12, folate, TFTs normal. No delirium screen positives (4AT 1).
I would be grateful for a memory assessment. She is on amlodipine 5 mg and alendronic acid 70 mg weekly.
Dr Helen Ogunleye, GP, Alston Moor Surgery""",
[("Mrs Ivy Armstrong","PATIENT_NAME"),("Ivy May","PATIENT_NAME"),("314 227 9085","NHS_NUMBER"),("2 Front Street, Nenthead","ADDRESS"),("CA9 3PD","POSTCODE"),("Mrs Armstrong","PATIENT_NAME"),("Christine Lowther","RELATIVE_NAME"),("01632 960611","PHONE")],
["Carleton Clinic","02/07/1938","6-CIT 18/28","4AT 1","amlodipine 5 mg","alendronic acid 70 mg weekly","Dr Helen Ogunleye","Alston Moor Surgery"])
L="Dr Marek Nowicki"
d("clinic_note",L,"""Sexual health - Mortimer Market Centre, London - Dr M Nowicki
Patient: clinic no. MMC-88213-L (name withheld on request), preferred name "Jay" (Jayden Oduya), 31M, MSM
Mobile (SMS consent): 07700 900962
Attended 3 months post PEPSE. HIV 4th gen negative at 45 days and 90 days. Started PrEP: TDF/FTC 245/200 mg event-based 2-1-1. Hep B vaccine dose 2 given.
Discussed with health adviser Tomasz Wrona. Partner "Luis" to attend for screening.""",
[("MMC-88213-L","HOSPITAL_NUMBER"),("\"Jay\"","PATIENT_NAME"),("Jayden Oduya","PATIENT_NAME"),("07700 900962","PHONE"),("Tomasz Wrona","COLLEAGUE_NAME"),("\"Luis\"","RELATIVE_NAME")],
["Mortimer Market Centre","Dr M Nowicki","31M","TDF/FTC 245/200 mg","2-1-1","PEPSE","45 days and 90 days"])
d("reflective_writing",L,"""Reflection: a disclosure of domestic abuse in clinic
Kelly-Ann Mwangi came to the clinic for a coil check. Her partner, Dean, waited in the corridor. When I asked the routine question about feeling safe at home she cried. DASH score 16, high risk. With her consent I referred to the MARAC (ref MARAC-CAM-25-0571) and the IDVA, Ms Ruth Adebayo, met her in the clinic room that afternoon. Kelly-Ann asked that we text only to a friend's number, 07700 900470.
Dr Olivia Marchetti, my supervisor, signed off this reflection. I learned how important it is to see patients alone for part of every consultation.""",
[("Kelly-Ann Mwangi","PATIENT_NAME"),("Dean","RELATIVE_NAME"),("MARAC-CAM-25-0571","REFERENCE_NUMBER"),("Ms Ruth Adebayo","COLLEAGUE_NAME"),("Kelly-Ann","PATIENT_NAME"),("07700 900470","PHONE")],
["DASH score 16","IDVA","Dr Olivia Marchetti"])
d("teaching_feedback",L,"""Feedback - Faculty of Sexual and Reproductive Healthcare, Letter of Competence in Intrauterine Techniques
Trainer: Dr Marek Nowicki. Trainee: Dr Bethany Corrigan-Ames (GP ST3), observed 6 IUD insertions. 
Dr Corrigan-Ames sounded the uterus at 7 cm and fitted a Mirena LNG-IUS 52 mg. Competent. 
Verified: Dr Olivia Marchetti, FSRH Registered Trainer.""",
[("Dr Bethany Corrigan-Ames","COLLEAGUE_NAME"),("Dr Corrigan-Ames","COLLEAGUE_NAME")],
["Dr Marek Nowicki","Mirena LNG-IUS 52 mg","7 cm","Dr Olivia Marchetti","Faculty of Sexual and Reproductive Healthcare"])
M="Dr Farah Iqbal"
d("clinic_letter",M,"""Moorfields Eye Hospital at St George's - Medical Retina
Our ref: MEH/FI/220931   Hospital no. 1188203
Dear Dr Okonkwo,
Re: Mr Desmond Achterberg, 58 Balham High Road, London SW12 9AQ, NHS 722 045 1193
Mr Achterberg has proliferative diabetic retinopathy R>L with vitreous haemorrhage R. VA R CF, L 6/9. HbA1c 88. We performed PRP 1500 spots R today. His daughter Liesl, who interprets for him in Dutch, asked for copies to desmond.a@example.org.
Dr Farah Iqbal, Specialty Doctor, Ophthalmology. Supervisor: Mr Rupert Llewellyn-Jones""",
[("MEH/FI/220931","REFERENCE_NUMBER"),("1188203","HOSPITAL_NUMBER"),("Dr Okonkwo","COLLEAGUE_NAME"),("Mr Desmond Achterberg","PATIENT_NAME"),("58 Balham High Road, London","ADDRESS"),("SW12 9AQ","POSTCODE"),("722 045 1193","NHS_NUMBER"),("Mr Achterberg","PATIENT_NAME"),("Liesl","RELATIVE_NAME"),("desmond.a@example.org","EMAIL")],
["Moorfields Eye Hospital","proliferative diabetic retinopathy","VA R CF","6/9","HbA1c 88","PRP 1500 spots","Dr Farah Iqbal","Mr Rupert Llewellyn-Jones"])
d("incident_response",M,"""LFPSE reference W-LFPSE-2025-88412-7 / Datix STG-44019
Wrong-eye injection averted: Patient Rosa Delgado-Pike (MRN 1190472) was marked on the left but listed for right-eye ranibizumab 0.5 mg. Nurse injector Grace Amponsah noticed the discrepancy at the time-out. No harm.
Learning: the site mark must be checked against the OCT, not the list. Investigated by Dr Farah Iqbal; approved by Mr Rupert Llewellyn-Jones, Clinical Governance Lead.""",
[("W-LFPSE-2025-88412-7","REFERENCE_NUMBER"),("STG-44019","REFERENCE_NUMBER"),("Rosa Delgado-Pike","PATIENT_NAME"),("1190472","HOSPITAL_NUMBER"),("Grace Amponsah","COLLEAGUE_NAME")],
["ranibizumab 0.5 mg","OCT","Dr Farah Iqbal","Mr Rupert Llewellyn-Jones"])
d("message_thread",M,"""Eye casualty SMS log (exported)
14:02 to 07700 900223: "Hi Mrs Kaur, this is Dr Iqbal at Moorfields. Please come back today - your pressure was 48 in the right eye. Ask for Dr Tom Beckwith at triage."
14:40 from 07700 900223: "ok coming from Tooting with my son Harjit, Surinder Kaur"
15:30 note: IOP R 48 -> 22 after acetazolamide 500 mg IV, pilocarpine 2%. Acute angle closure. YAG PI planned. A&E no. STG-ED-26-003319""",
[("07700 900223","PHONE"),("Mrs Kaur","PATIENT_NAME"),("Dr Tom Beckwith","COLLEAGUE_NAME"),("Tooting","ADDRESS"),("Harjit","RELATIVE_NAME"),("Surinder Kaur","PATIENT_NAME"),("STG-ED-26-003319","HOSPITAL_NUMBER")],
["Dr Iqbal","Moorfields","IOP R 48","acetazolamide 500 mg IV","pilocarpine 2%","Acute angle closure","YAG PI"])
