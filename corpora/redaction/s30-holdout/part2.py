from gen_common import D
A = "Dr Saoirse Brennan"
D("mha_paperwork", A, """MENTAL HEALTH ACT 1983 - Form A6 / Section 2 - extract (typed from scanned copy)
Patient: Declan Fitzmaurice  of 22 Hawthorn Rise, Lowbridge LB4 7ZE
Hospital: Calder Vale Hospital, Oakwood Ward
AMHP: Ms Tamsin Okoro (AMHP ref AM/23/4471)
Medical recommendation 1 (Form A3, joint): Dr Saoirse Brennan, s.12 approved; Dr Idris Pemberton (GP, previous acquaintance)
Grounds: psychotic relapse after stopping olanzapine 15 mg nocte; threats toward neighbour (Mr Lennox at no. 24).
Date of examination: 18/10/2023 16:40""",
[("Declan Fitzmaurice","PATIENT_NAME"),("22 Hawthorn Rise, Lowbridge","ADDRESS"),("LB4 7ZE","POSTCODE"),("Ms Tamsin Okoro","COLLEAGUE_NAME"),("AM/23/4471","REFERENCE_NUMBER"),("Dr Idris Pemberton","COLLEAGUE_NAME"),("Mr Lennox","RELATIVE_NAME")],
["MENTAL HEALTH ACT 1983","Form A6","Section 2","Calder Vale Hospital","Oakwood Ward","Dr Saoirse Brennan","olanzapine 15 mg nocte","18/10/2023 16:40","s.12"])

D("tribunal_report", A, """FIRST-TIER TRIBUNAL (MENTAL HEALTH) - RESPONSIBLE CLINICIAN'S REPORT (prepared by Dr S. Brennan, Specialty Doctor, on behalf of RC)
Tribunal ref: MP/2024/08815   Patient: Ms Rhiannon Tudor-Vaughan   DOB 09/05/1996 (F)   RiO 1029384
Section 3 MHA. Diagnosis: bipolar affective disorder, current episode manic with psychotic symptoms (F31.2).
History: 4 admissions since 2017. Works (when well) as a teaching assistant at Greenbank Primary, Lowbridge. Partner, Owain, supportive; mother Bethan has LPA.
Current treatment: lithium carbonate 800 mg nocte (level 0.72 mmol/L), quetiapine 300 mg.
Risk: HCR-20 summary risk moderate. 
Recommendation: detention remains necessary. Section 17 leave escalating.
RC: Dr Ansel Whitford, Consultant Psychiatrist (countersigned)""",
[("MP/2024/08815","REFERENCE_NUMBER"),("Rhiannon Tudor-Vaughan","PATIENT_NAME"),("1029384","HOSPITAL_NUMBER"),("Greenbank Primary, Lowbridge","ADDRESS"),("Owain","RELATIVE_NAME"),("Bethan","RELATIVE_NAME")],
["Dr S. Brennan","09/05/1996","F31.2","lithium carbonate 800 mg nocte","0.72 mmol/L","quetiapine 300 mg","HCR-20","Section 17","Dr Ansel Whitford","Section 3 MHA"])

D("cpa_review", A, """CPA REVIEW - Lowbridge North CMHT   date 11/01/2024
present: Dr Saoirse Brennan (SD), CPN Gareth Olusanya (care coordinator), pt, pt's sister Noreen, advocate (Voiceability - Femi)
Pt: "KT" (Kenneth Tolliday), 47, paranoid schizophrenia, on CTO since 2022
Depot: paliperidone palmitate 150 mg monthly, last given 02/01/24 at Riverside Clinic
Housing: still at Brook House supported accommodation, room 6; wants move to own flat
Employment: volunteering at the Salvation Army shop on Kirkgate, Tuesdays
Physical health: BMI 34, HbA1c 49 - refer to GP, QRISK3 14%
Next review 6/12. 
sb""",
[("Gareth Olusanya","COLLEAGUE_NAME"),("Noreen","RELATIVE_NAME"),("Femi","COLLEAGUE_NAME"),("KT","PATIENT_NAME"),("Kenneth Tolliday","PATIENT_NAME"),("Brook House supported accommodation, room 6","ADDRESS"),("the Salvation Army shop on Kirkgate","ADDRESS")],
["Dr Saoirse Brennan","paliperidone palmitate 150 mg","BMI 34","HbA1c 49","QRISK3 14%","CTO","11/01/2024","Lowbridge North CMHT","sb"])

D("crisis_handover", A, """CRHTT handover 21:30 sun
1. Marguerite (Maggie) Holroyd 63F - low mood, wants to "join Trevor" (late husband). sertraline 150. 2x daily visits. lives above the chippy on Market Sq, Upper Swaledale.
2. young lad from last night - Tyler Marsh, 19, overdose 24 x paracetamol, NAC done at Lowbridge General, declined admission. mum (Shona) 07700 900338.
3. Mr D - DF - on s2 now, Oakwood ward, no further action
On call doc: Dr Brennan (bleep 2216). Night coord: Precious Ndlovu RMN""",
[("Marguerite (Maggie) Holroyd","PATIENT_NAME"),("Trevor","RELATIVE_NAME"),("above the chippy on Market Sq, Upper Swaledale","ADDRESS"),("Tyler Marsh","PATIENT_NAME"),("Shona","RELATIVE_NAME"),("07700 900338","PHONE"),("Mr D","PATIENT_NAME"),("DF","PATIENT_NAME"),("Precious Ndlovu","COLLEAGUE_NAME"),("2216","PHONE")],
["63F","sertraline 150","24 x paracetamol","Lowbridge General","Dr Brennan","Oakwood ward","19","21:30"])

D("safeguarding_referral", A, """ADULT SAFEGUARDING CONCERN - Lowbridge Council (online form copy)
Referral no: ASC-2024-118274     Referrer: Dr Saoirse Brennan, Liaison Psychiatry, Lowbridge General Hospital, 01632 960402
Adult at risk: Mrs Ivy Kettlewell, 79, DOB 14/02/1945, 9 Pinfold Lane, Crosby Ravensworth CR10 3AA
Concern: financial abuse by grandson (Liam Kettlewell) - pension withdrawn weekly, no food in house; bruising to forearms. MMSE 21/30.
Person alleging: patient herself, on ward 22 (liaison referral following fall).
Police informed: CAD 0412 / crime ref 14/77302/24""",
[("ASC-2024-118274","REFERENCE_NUMBER"),("01632 960402","PHONE"),("Ivy Kettlewell","PATIENT_NAME"),("9 Pinfold Lane, Crosby Ravensworth","ADDRESS"),("CR10 3AA","POSTCODE"),("Liam Kettlewell","RELATIVE_NAME"),("0412","REFERENCE_NUMBER"),("14/77302/24","REFERENCE_NUMBER")],
["Dr Saoirse Brennan","Lowbridge General Hospital","79","14/02/1945","MMSE 21/30","ward 22"])

D("supervision_log", A, """Clinical supervision log 2023-24 - Dr Saoirse Brennan (GMC 7390216) - supervisor Dr Ansel Whitford
12/09/23 - discussed case of pt with EUPD on ward 19 (A.M.) repeatedly tying ligatures; MDT split; plan for single clinician contact.
10/10/23 - s136 assessments: ensuring Police Constable (PC Aaron Delaney, collar 4471) gets feedback.
07/11/23 - my CbD: capacity assessment (MCA 2005) for pt refusing dialysis.
05/12/23 - wellbeing, after SUI (StEIS 2023/24617).
Signed: A Whitford""",
[("A.M.","PATIENT_NAME"),("PC Aaron Delaney","COLLEAGUE_NAME"),("4471","OTHER_ID"),("2023/24617","REFERENCE_NUMBER")],
["Dr Saoirse Brennan","GMC 7390216","Dr Ansel Whitford","A Whitford","EUPD","ward 19","s136","MCA 2005","12/09/23"])

D("msf_360", A, """360 feedback - Dr S Brennan - free text
- Saoirse is brilliant with frightened patients in ED. She talked Mr Ebo Mensah-Tetteh down in the middle of the night without needing restraint.
- "Dr B. always rings the GP." (admin)
- Sometimes too accommodating: agreed to see patients on the surgical ward at 17:25 which meant late finishes for the junior, Dr Holly Pargeter.
- Excellent teacher.
Respondents 15; collated by Dr Ansel Whitford""",
[("Ebo Mensah-Tetteh","PATIENT_NAME"),("Dr Holly Pargeter","COLLEAGUE_NAME")],
["Dr S Brennan","Saoirse","Dr B.","17:25","Dr Ansel Whitford"])

D("teaching_feedback", A, """Session: "Delirium vs depression in the elderly" - Grand Round, Lowbridge General Hospital, 23/05/2024
Presenter: Dr Saoirse Brennan. Feedback forms: 27.
"Really useful CAM and 4AT comparison"
"the case of Mr Sturridge from Fellside care home - was that consented?"
"Would like a session on capacity"
Ratings: content 4.7, delivery 4.6. Certificate signed Dr Oluwaseun Adebayo, Clinical Tutor""",
[("Sturridge","PATIENT_NAME"),("Fellside care home","ADDRESS")],
["Dr Saoirse Brennan","CAM","4AT","23/05/2024","Dr Oluwaseun Adebayo","Lowbridge General Hospital","4.7"])

D("liaison_assessment", A, """LIAISON PSYCHIATRY ASSESSMENT   seen ED cubicle 7, 02:15 03/03/2024
Name: Mohammed Zubair Rana  DOB 30/11/1988  ED No: LGH-E-2403-00917  NHS 401 773 9920
PC: suicidal thoughts after redundancy from Hallam Steelworks; wife Farzana called 999 (ambulance CAD 03032024-0187).
MSE: low mood, fleeting SI, no plan, good protective factors (children aged 4 and 7).
Risk: SAD PERSONS not used; formulation-based. PHQ-9 19.
Plan: home with CRHTT, mirtazapine 15 mg nocte, safety plan, GP (Dr Ines Cardoso) letter.
Dr Saoirse Brennan""",
[("Mohammed Zubair Rana","PATIENT_NAME"),("LGH-E-2403-00917","HOSPITAL_NUMBER"),("401 773 9920","NHS_NUMBER"),("Hallam Steelworks","ADDRESS"),("Farzana","RELATIVE_NAME"),("03032024-0187","REFERENCE_NUMBER"),("Dr Ines Cardoso","COLLEAGUE_NAME")],
["30/11/1988","cubicle 7","02:15 03/03/2024","PHQ-9 19","mirtazapine 15 mg nocte","Dr Saoirse Brennan","CRHTT","aged 4 and 7"])

D("gp_letter", A, """Lowbridge North CMHT, The Lodge, Calder Vale Hospital
Tel 01632 960 118   Our ref: CMHT/SB/2207
17 June 2024
Dr P. Hollingsworth
Clover Lane Surgery
Upper Swaledale
Dear Dr Hollingsworth
Re: Alfie-James Woodcock  d.o.b. 03/07/2001  NHS 622 018 4491
I saw Alfie in clinic today with his father, Mr Dean Woodcock. His anxiety (GAD-7 16) has improved since starting sertraline 50 mg; please increase to 100 mg. He has returned to his apprenticeship at Rowntree Joinery.
Yours sincerely
Dr Saoirse Brennan, Specialty Doctor in Community Psychiatry""",
[("01632 960 118","PHONE"),("CMHT/SB/2207","REFERENCE_NUMBER"),("Dr P. Hollingsworth","COLLEAGUE_NAME"),("Hollingsworth","COLLEAGUE_NAME"),("Clover Lane Surgery","ADDRESS"),("Upper Swaledale","ADDRESS"),("Alfie-James Woodcock","PATIENT_NAME"),("Alfie","PATIENT_NAME"),("Dean Woodcock","RELATIVE_NAME"),("Rowntree Joinery","ADDRESS")],
["Lowbridge North CMHT","Calder Vale Hospital","03/07/2001","GAD-7 16","sertraline 50 mg","100 mg","Dr Saoirse Brennan","17 June 2024"])

D("ocr_scan_section", A, """[OCR of faxed form, poor quality]
MENTA L HEALTH ACT 1983 form H1 sect ion 5(2)
I Dr Sa0irse Brennan am the ... nominee ... in charge of the treatment of
(PRINT full name of patient) 6RAHAM PEEBLE5 who is an in-patient in
Ca1der Va1e Hospita1 Ward 3 . . . . . at 23:05 on 04/04/2024
fax from 01632 96O 230 page 1 of 2""",
[("6RAHAM PEEBLE5","PATIENT_NAME"),("01632 96O 230","PHONE")],
["MENTA L HEALTH ACT 1983","form H1","section 5(2)".replace("section","sect ion"),"Dr Sa0irse Brennan","Ca1der Va1e Hospita1","23:05 on 04/04/2024","page 1 of 2"])

D("teams_export", A, """Microsoft Teams - chat export - Liaison team
[Brennan, Saoirse] 09:12  who's seeing the lady on ward 22 - Mrs K?
[Pickersgill, Joanne (RMN)] 09:14  me, the safeguarding one. her granddaughter Amber is visiting at 11
[Brennan, Saoirse] 09:15  thanks - she's on 2.5mg zopiclone, hold it, falls risk
[Pickersgill, Joanne (RMN)] 09:40  PAS number is LGH2290417 for the referral""",
[("Pickersgill, Joanne","COLLEAGUE_NAME"),("Mrs K","PATIENT_NAME"),("Amber","RELATIVE_NAME"),("LGH2290417","HOSPITAL_NUMBER")],
["Brennan, Saoirse","ward 22","2.5mg zopiclone","09:12"])

D("care_plan", A, """CARE PLAN (CPA) - crisis & contingency section
Service user: Precious-Lee Amankwah   RiO: 3381920   Care co-ord: Gareth Olusanya CPN
Early warning signs: stops sleeping, calls the radio station, walks to Lowbridge bus station at night.
If in crisis: call CRHTT 01632 960993; sister Adwoa (07700 900544) has a key to 14b Tannery Court.
Do NOT: give haloperidol (previous acute dystonia). Lorazepam 1 mg PO prn max 4 mg/24 h.
Advance statement agreed 19/02/2024 with Dr Saoirse Brennan""",
[("Precious-Lee Amankwah","PATIENT_NAME"),("3381920","HOSPITAL_NUMBER"),("Gareth Olusanya","COLLEAGUE_NAME"),("01632 960993","PHONE"),("Adwoa","RELATIVE_NAME"),("07700 900544","PHONE"),("14b Tannery Court","ADDRESS")],
["haloperidol","acute dystonia","Lorazepam 1 mg PO prn max 4 mg/24 h","19/02/2024","Dr Saoirse Brennan","CRHTT"])

D("reflection", A, """Reflection: a complaint I received
A patient's son (Mr Colm Devereux) complained that I "dismissed" his mother's symptoms as anxiety when she was later found to have hyperthyroidism (TSH <0.01, fT4 48). Complaint ref PALS/24/1176.
I had not requested TFTs; the medical team (Dr Arjun Pillai, AMU) had documented normal bloods, but those were from 2022.
Learning: never accept "bloods normal" without seeing the date. I now check TFTs, B12, calcium in every new anxiety/depression referral. Discussed with my supervisor Dr Ansel Whitford on 12/03/2024.
SB""",
[("Colm Devereux","RELATIVE_NAME"),("PALS/24/1176","REFERENCE_NUMBER"),("Dr Arjun Pillai","COLLEAGUE_NAME")],
["TSH <0.01","fT4 48","Dr Ansel Whitford","12/03/2024","SB","AMU"])

D("caseload_list", A, """CMHT caseload (Dr Brennan) - outpatients wk 18
Mon am: JB (new), RT-V (post-discharge), KT (depot review)
Tue pm: Mr F. (clozapine bloods - ANC 2.1), Ms O'Rourke-Gill, "Big Stevie" from the hostel
Thu: home visit 31 Cedar Walk (the Nkemelu family - both brothers on caseload)""",
[("JB","PATIENT_NAME"),("RT-V","PATIENT_NAME"),("KT","PATIENT_NAME"),("Mr F.","PATIENT_NAME"),("O'Rourke-Gill","PATIENT_NAME"),("Big Stevie","PATIENT_NAME"),("31 Cedar Walk","ADDRESS"),("Nkemelu","PATIENT_NAME")],
["Dr Brennan","clozapine","ANC 2.1","wk 18"])

D("mini_cex", A, """Mini-CEX   Doctor: Saoirse Brennan   Assessor: Dr Ansel Whitford (Consultant, GMC 3390117 - assessor)
Setting: home visit, Crosby Ravensworth. Patient: 84M with Lewy body dementia, visual hallucinations; wife present.
Domains: history 6/6, MSE 5/6, risk 5/6, communication 6/6.
Comment: sensitive discussion about rivastigmine patch 9.5 mg/24 h and avoiding antipsychotics. 
Date 30/01/2024""",
[("Crosby Ravensworth","ADDRESS"),("3390117","GMC_NUMBER")],
["Saoirse Brennan","Dr Ansel Whitford","84M","Lewy body dementia","rivastigmine patch 9.5 mg/24 h","30/01/2024","6/6"])

D("email_thread", A, """From: Saoirse Brennan <saoirse.brennan@nhs.example>
Sent: 08 August 2024 16:02
To: Ward 19 <ward19.cvh@nhs.example>
Cc: Lesley Arkwright (Bed manager)
Subject: Mr Ogunleye - MHA s17 leave
Hi team, Femi Ogunleye (RiO 4410282) can have 2 h escorted leave to visit his mum at Glenroyd Court; his brother Tunde will be there (07700 900906). 
Please phone me if any concerns.
Saoirse""",
[("saoirse.brennan@nhs.example","EMAIL"),("ward19.cvh@nhs.example","EMAIL"),("Lesley Arkwright","COLLEAGUE_NAME"),("Ogunleye","PATIENT_NAME"),("Femi Ogunleye","PATIENT_NAME"),("4410282","HOSPITAL_NUMBER"),("Glenroyd Court","ADDRESS"),("Tunde","RELATIVE_NAME"),("07700 900906","PHONE")],
["Saoirse Brennan","s17","Ward 19","Saoirse","08 August 2024 16:02","2 h"])

D("audit_report", A, """Audit: Physical health monitoring on antipsychotics (NICE CG178), Lowbridge North CMHT
Lead: Dr Saoirse Brennan. Supervisor: Dr Ansel Whitford.
n=60 (random sample). Annual ECG 38%, lipids 62%, HbA1c 58%, BMI 81%.
Actions: "physical health Tuesdays" clinic with practice nurse; re-audit 2025: ECG 71%.""",
[],
["Dr Saoirse Brennan","Dr Ansel Whitford","NICE CG178","38%","n=60","ECG 71%","Lowbridge North CMHT"])

D("incident_report", A, """Incident report  LFPSE ref: LF-2024-0091827   Local ID: CV/INC/5521
Date/time: 27/07/2024 03:50, Oakwood Ward, Calder Vale Hospital
Description: patient (initials D.O'N., RiO 5561023) absconded through garden fence while on s3. Returned by police (PC ref 2407270033) 06:10.
Reported by: Charge Nurse Kwame Asante-Boateng. Duty doctor: Dr S Brennan (reviewed 06:30, no injuries, NEWS2 0)
Family informed: partner (Jodie) at 07:00.""",
[("LF-2024-0091827","REFERENCE_NUMBER"),("CV/INC/5521","REFERENCE_NUMBER"),("D.O'N.","PATIENT_NAME"),("5561023","HOSPITAL_NUMBER"),("2407270033","REFERENCE_NUMBER"),("Kwame Asante-Boateng","COLLEAGUE_NAME"),("Jodie","RELATIVE_NAME")],
["27/07/2024 03:50","Oakwood Ward","Calder Vale Hospital","s3","Dr S Brennan","NEWS2 0","06:10"])

D("testimonial", A, """To whom it may concern,
I have been consultant supervisor to Dr Saoirse Brennan (GMC 7390216) at Lowbridge North CMHT since 2021. She independently manages a caseload of 120, including patients on CTOs and clozapine, and acts as s.12 approved doctor for MHA assessments.
Dr Ansel Whitford MRCPsych, Consultant Psychiatrist, Calder Vale Hospital  ansel.whitford@nhs.example""",
[("ansel.whitford@nhs.example","EMAIL")],
["Dr Saoirse Brennan","GMC 7390216","Lowbridge North CMHT","Dr Ansel Whitford","Calder Vale Hospital","120"])

D("mdt_minutes", A, """Complex case MDT 15/05/2024 - minutes (flattened table)
item | pt | discussion | action
1 | "Gran" (Dorothy Ashcroft-Boyle) 88 | possible LBD vs DLB? capacity re: care home | SB to do MCA; daughter-in-law Karen to attend
2 | Mr Ceallach Mooney | CTO recall; not attending depot | CPN to visit 4 Arkle Street
3 | gen | Datix 2024/CV/0417 follow up | SB
Chair: Dr A Whitford  Minutes: Pauline Rudd (admin)""",
[("Gran","PATIENT_NAME"),("Dorothy Ashcroft-Boyle","PATIENT_NAME"),("Karen","RELATIVE_NAME"),("Ceallach Mooney","PATIENT_NAME"),("4 Arkle Street","ADDRESS"),("2024/CV/0417","REFERENCE_NUMBER"),("Pauline Rudd","COLLEAGUE_NAME")],
["15/05/2024","SB","Dr A Whitford","MCA","CTO","88"])

D("patient_feedback", A, """Service user feedback - Dr Brennan's clinic (transcribed from paper forms)
"Dr Brennan listened and didnt rush me. First time in 10 years someone asked about my son Kai."
"She helped me get my job back at Asda Lowbridge - wrote the letter to my manager Sandra."
"Sometimes long wait in reception (1 hour)."
Forms returned 24. Signed off: Dr A. Whitford""",
[("Kai","RELATIVE_NAME"),("Asda Lowbridge","ADDRESS"),("Sandra","RELATIVE_NAME")],
["Dr Brennan","Dr A. Whitford","24","1 hour"])

D("cto_form_extract", A, """Community Treatment Order - Form CTO1 (s17A) extract
Patient: Kenneth Tolliday  Address: Brook House, 3 Mill Street, Lowbridge LB2 8RR
Conditions: (1) reside at above address (2) accept paliperidone palmitate depot every 4 weeks (3) attend CMHT reviews.
RC: Dr Ansel Whitford. AMHP agreement: Mr Stuart Ekwueme (AMHP no. 118). 
Completed with: Dr Saoirse Brennan  07/03/2022""",
[("Kenneth Tolliday","PATIENT_NAME"),("Brook House, 3 Mill Street, Lowbridge","ADDRESS"),("LB2 8RR","POSTCODE"),("Mr Stuart Ekwueme","COLLEAGUE_NAME"),("118","OTHER_ID")],
["Form CTO1","s17A","paliperidone palmitate","Dr Ansel Whitford","Dr Saoirse Brennan","07/03/2022","every 4 weeks"])
