from b1 import D

D(66, "substance_misuse_letter_gp", "Dr Tomasz Wiśniewski",
"""Dear Dr Farrow-Pike,
Re: Leanne PICKLES, DOB 02/02/1992, of 6 Back Nowell Terrace, Harehills, Leeds LS9 6HT. NHS 612 009 4471
Leanne has been stable on buprenorphine (Espranor) 16 mg daily for six months and now wishes to move to monthly prolonged-release injection (Buvidal 128 mg). Her partner, "Macca" (Shaun McCann), is also on our caseload. She is 14 weeks pregnant (EDD 19/01/2026); the specialist midwife, Ruth Aziz, is aware.
Her children Keeley (7) and Mason (4) are on a child in need plan (Leeds CSC ref CIN-LDS-55190).
Yours sincerely
Dr Tomasz Wiśniewski, Forward Leeds (addiction psychiatry training post), supervised by Dr Nuala Brennan""",
[("Farrow-Pike","COLLEAGUE_NAME"),("Leanne PICKLES","PATIENT_NAME"),("Leanne","PATIENT_NAME"),("6 Back Nowell Terrace, Harehills, Leeds","ADDRESS"),("LS9 6HT","POSTCODE"),("612 009 4471","NHS_NUMBER"),("Macca","RELATIVE_NAME"),("Shaun McCann","RELATIVE_NAME"),("Ruth Aziz","COLLEAGUE_NAME"),("Keeley","RELATIVE_NAME"),("Mason","RELATIVE_NAME"),("CIN-LDS-55190","REFERENCE_NUMBER")],
["DOB 02/02/1992","buprenorphine (Espranor) 16 mg","Buvidal 128 mg","14 weeks pregnant","EDD 19/01/2026","Dr Tomasz Wiśniewski","Forward Leeds","Dr Nuala Brennan"])

D(67, "school_nurse_drop_in_log", "Dr Adaeze Okonkwo",
"""School nurse drop-in log - Hove Park School (shared with community paeds, Dr Okonkwo, for joint safeguarding review)
date,yr,student,issue,action
11/03,Y10,"Callie R.",self-harm (superficial cuts forearm),"CAMHS SPA ref CAMHS-BH-7731, parent (dad - Stuart) informed"
11/03,Y9,"Amani Yusuf",asthma - no inhaler in school,"new salbutamol 100mcg for school, care plan"
12/03,Y11,"Lucas Fenn-Whitely",wants condoms,"C-card issued, C-card no. BH-C-09931"
12/03,Y7,"Maddie (Madison Clark)",headlice/hungry - FSM,"breakfast club, Early Help"
nurse: Jess Lawlor SSN""",
[("Hove Park School","ADDRESS"),("Callie R.","PATIENT_NAME"),("CAMHS-BH-7731","REFERENCE_NUMBER"),("Stuart","RELATIVE_NAME"),("Amani Yusuf","PATIENT_NAME"),("Lucas Fenn-Whitely","PATIENT_NAME"),("BH-C-09931","OTHER_ID"),("Maddie","PATIENT_NAME"),("Madison Clark","PATIENT_NAME"),("Jess Lawlor","COLLEAGUE_NAME")],
["Dr Okonkwo","salbutamol 100mcg","Y10","CAMHS","C-card"])

D(68, "dops_assessment", "Dr Siobhan Gallagher",
"""DOPS - Procedural sedation for shoulder reduction
Trainee assessed by me (Dr Siobhan Gallagher, as assessor): Dr Ifeoma Chukwuemeka, ACCS CT2, GMC 7720113
Patient: 24M, anterior shoulder dislocation playing rugby for Derby Tigers RFC. Ketamine 1 mg/kg iv, then Cunningham technique failed, Kocher's method successful. Post-reduction X-ray: no Hill-Sachs or bony Bankart lesion. Axillary nerve intact.
Ifeoma checked the RCEM/AoMRC safe sedation checklist. ASA 1.
Outcome: competent to perform unsupervised. Signed: Dr S. Gallagher""",
[("Ifeoma Chukwuemeka","COLLEAGUE_NAME"),("Ifeoma","COLLEAGUE_NAME"),("7720113","GMC_NUMBER"),("Derby Tigers RFC","ADDRESS")],
["Dr Siobhan Gallagher","Dr S. Gallagher","24M","Ketamine 1 mg/kg","Cunningham technique","Kocher's method","Hill-Sachs","Bankart","ASA 1","RCEM/AoMRC"])
