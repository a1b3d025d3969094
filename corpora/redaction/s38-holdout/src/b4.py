from common import D
P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

D("s38-023","histopathology_report","Dr Aoife Brennan",
"""BELFAST HEALTH AND SOCIAL CARE TRUST — CELLULAR PATHOLOGY
Royal Victoria Hospital, Institute of Pathology

Lab No: RVH/25/S/004418        Request ref: ORD-88120451
Patient: McCLOSKEY, Bronagh Teresa        H&C No: 327 119 8046        DOB 29/06/1975   F
Address: 14 Drumbeg Park, Lisnaskea, Co. Fermanagh BT92 0PX
Requesting clinician: Mr Eoin Gallagher, Consultant Surgeon, South West Acute Hospital
Specimen: wide local excision, left breast, with sentinel lymph node x2 (received 07/01/2025)

Microscopy: invasive carcinoma of no special type, grade 2 (Nottingham 3+2+2 = 7), 21 mm. DCIS intermediate grade, 10% of tumour. LVI not seen. Margins: closest radial (inferior) 3 mm. SLN 0/2 (pN0(sn)). ER 8/8, PR 6/8, HER2 IHC 1+ (negative).
pT2 pN0(sn). R0. SNOMED: M-85003.

Reported by: Dr Aoife Brennan, Specialty Doctor in Histopathology (GMC 7188024), 14/01/2025
Checked by: Dr Ciarán Maguire, Consultant Histopathologist, 14/01/2025""",
[("RVH/25/S/004418",O),("ORD-88120451",REF),("McCLOSKEY, Bronagh Teresa",P),("327 119 8046",N),("14 Drumbeg Park, Lisnaskea, Co. Fermanagh",A),("BT92 0PX",PC),("Mr Eoin Gallagher",C)],
["Dr Aoife Brennan","GMC 7188024","Dr Ciarán Maguire","DOB 29/06/1975   F","invasive carcinoma of no special type, grade 2","Nottingham 3+2+2 = 7","21 mm","ER 8/8, PR 6/8","HER2 IHC 1+","pT2 pN0(sn)","M-85003","Royal Victoria Hospital","South West Acute Hospital","14/01/2025"])

D("s38-024","mini_cex_form","Dr Sunita Bhattarai",
"""MINI-CEX — Old Age Psychiatry
Trainee/doctor assessed: Dr Sunita Bhattarai (GMC 7310457)
Assessor: Dr Roderick Ainsley, Consultant Old Age Psychiatrist (GMC 4021176)
Date: 18/06/2024   Setting: memory clinic, Larchfield Resource Centre
Case: 79-year-old woman, retired seamstress, referred by GP with 18 months of word-finding difficulty. Lives with husband in sheltered housing. ACE-III 71/100 (attention 15, memory 14, fluency 6, language 20, visuospatial 16). MRI: left > right temporal atrophy. Working diagnosis: Alzheimer's disease, logopenic variant considered.
Focus: explaining diagnosis; capacity to drive (DVLA).
Ratings: history 5/6, communication 6/6, clinical judgement 5/6, overall 5/6
Feedback: "Explained the diagnosis clearly and checked understanding. Good use of the patient's own words. When the husband (Mr Ellery, a retired postmaster from Stonebridge) became upset, Sunita paused and acknowledged this well. Consider offering the post-diagnostic support leaflet earlier."
Action: complete DVLA CG1 discussion notes.
Signed (assessor): R. Ainsley""",
[("4021176",G),("Mr Ellery",R),("Stonebridge",A)],
["Dr Sunita Bhattarai","GMC 7310457","Sunita","Dr Roderick Ainsley","R. Ainsley","79-year-old woman","ACE-III 71/100","Alzheimer's disease","DVLA","Larchfield Resource Centre","18/06/2024","overall 5/6"])

D("s38-025","operation_note","Mr Rafael Montoya",
"""OPERATION NOTE — Oral & Maxillofacial Surgery, Eastleigh Royal Hospital
Patient: Kieran Foulkes   Hosp: ERH 4419023   NHS 510 338 2297   DOB 03/04/1999   M
Date: 26/05/2024   Theatre 4 (emergency list)
Surgeon: Mr R Montoya (Specialty Doctor, OMFS)   Assistant: Dr Maisie Carrington (DCT2)
Anaesthetist: Dr Olamide Fashola   Scrub: Jenna Marriott
Procedure: ORIF left parasymphyseal and right angle mandible fractures
Indication: assault outside the Bull's Head, Eastleigh, 25/05; bilateral mandible fractures, deranged occlusion.
Findings: displaced L parasymphysis between 33/34; R angle fracture with 48 in line (partially erupted).
Procedure: nasal intubation. IMF with Leonard buttons. Vestibular incision. Reduction; 2.0 mm 4-hole miniplates x2 (Champy lines) at parasymphysis. R angle: 48 extracted, single 2.0 mm 6-hole plate on external oblique ridge. Occlusion checked, IMF released. Vicryl Rapide 3/0.
Post-op: co-amoxiclav 1.2 g IV TDS 24 h then oral 5 days; chlorhexidine 0.2% MW; soft diet 6 weeks. OPG day 1.
Police informed by ED (crime ref 44/2405/88213). Patient's mother (Mrs Sharon Foulkes, 07700 900718) updated.
Signed: R. Montoya     Verified: Mr Ashok Prabhakar FRCS(OMFS), Consultant""",
[("Kieran Foulkes",P),("ERH 4419023",H),("510 338 2297",N),("Dr Maisie Carrington",C),("Dr Olamide Fashola",C),("Jenna Marriott",C),("Bull's Head, Eastleigh",A),("44/2405/88213",REF),("Mrs Sharon Foulkes",R),("07700 900718",PH)],
["Mr R Montoya","R. Montoya","Mr Ashok Prabhakar","DOB 03/04/1999   M","ORIF left parasymphyseal and right angle mandible fractures","Leonard buttons","Champy lines","2.0 mm 4-hole miniplates","co-amoxiclav 1.2 g IV TDS","chlorhexidine 0.2%","Vicryl Rapide 3/0","Eastleigh Royal Hospital","Theatre 4","26/05/2024"])

D("s38-026","patient_feedback_summary","Dr Jonas Eriksen",
"""Patient Satisfaction Questionnaire (PSQ) — summary for Dr Jonas Eriksen, Audiovestibular Medicine
Administered: Feb–Mar 2024, paediatric and adult audiology clinics, Harbourside Hospital
Returns: 34 (target 30)

Mean scores (1 poor – 5 excellent): listening 4.8; explaining 4.7; involving me in decisions 4.6; overall 4.8

Selected comments (verbatim, identifying details should have been removed by the admin team):
• "Dr Eriksen took time with my son Harvey who is autistic and hates hospitals. He let him hold the otoscope." 
• "Explained my tinnitus properly for the first time in 10 years."
• "Very thorough with the dizziness tests (Dix-Hallpike, head impulse). Diagnosed BPPV and did the Epley there and then. I could go back to work at Greggs the next day!" — M. Kowalczyk
• "Bit of a wait but worth it."
• "Thank you for getting my dad's hearing aids sorted — he can hear the grandkids now. From the Okorie family, Fairhaven."

Compiled by: Debbie Strand, Audiology Service Manager. Reviewed with: Dr Catrin Oyelaran, Consultant Audiovestibular Physician (appraiser), 02/04/2024""",
[("Harvey",P),("M. Kowalczyk",P),("Greggs",A),("Okorie",P),("Fairhaven",A),("Debbie Strand",C)],
["Dr Jonas Eriksen","Dr Eriksen","Dr Catrin Oyelaran","tinnitus","Dix-Hallpike","head impulse","BPPV","Epley","Harbourside Hospital","overall 4.8","02/04/2024"])

D("s38-027","gp_referral_letter","Dr Lakshmi Venkatesan",
"""Brindley Road Medical Practice
88 Brindley Road, Netherford NF2 6AL
Tel 01632 960125   nhs.netherford.brindley@nhs.net

To: Antenatal Clinic, Dr L Venkatesan (Obstetrics & Gynaecology), Netherford Women's Hospital
Date: 02/02/2025
Urgent referral — e-RS UBRN 0001 4478 2913

Re: Mrs Parveen Akhtar, DOB 10/10/1990, 56 Saltley Gardens, Netherford NF2 7JQ, NHS 404 881 2260, mob 07700 900502 (husband Tariq interprets; her first language is Mirpuri/Punjabi)

Dear Dr Venkatesan,
Thank you for seeing this lady, G4 P3, 14+2 weeks by dates. Previous pregnancies: two LSCS (2016, 2020) and one SVD. Booking BMI 41. HbA1c 52 mmol/mol at booking — new diabetes. BP 146/94. She works nights at the Amazon depot at Fort Dunlop.
I have started aspirin 150 mg nocte, folic acid 5 mg and metformin 500 mg BD. Please could you review urgently re diabetes in pregnancy and VBAC vs ERCS counselling.

Kind regards
Dr Saira Haq, GP Partner (GMC 6601934)""",
[("88 Brindley Road, Netherford",A),("NF2 6AL",PC),("01632 960125",PH),("nhs.netherford.brindley@nhs.net",E),("0001 4478 2913",REF),("Mrs Parveen Akhtar",P),("56 Saltley Gardens, Netherford",A),("NF2 7JQ",PC),("404 881 2260",N),("07700 900502",PH),("Tariq",R),("Amazon depot at Fort Dunlop",A),("Dr Saira Haq",C),("6601934",G)],
["Dr L Venkatesan","Dr Venkatesan","DOB 10/10/1990","G4 P3, 14+2 weeks","LSCS","BMI 41","HbA1c 52 mmol/mol","BP 146/94","aspirin 150 mg","folic acid 5 mg","metformin 500 mg BD","VBAC","Netherford Women's Hospital","02/02/2025"])

D("s38-028","logbook_tsv","Mr Adebayo Ogunleye",
"""ENT operative log — Mr A. Ogunleye — Q3 2024 (exported from eLogbook, patient columns added by hand from theatre register)
Date	Hosp no	Initials	Age	Procedure	Role	Comment
02/07/24	ST 228190	AB	6	Adenotonsillectomy (coblation)	P	
02/07/24	ST 228733	RJ	4	Bilateral grommets	P	
09/07/24	ST 229016	LdV	38	Septoplasty + ITR	P	
16/07/24	ST 227451	MO'C	52	FESS (maxillary antrostomy, anterior ethmoid)	P	
16/07/24	ST 230102	HK	61	Microlaryngoscopy + biopsy	P	SCC T2 -> MDT
23/07/24	ST 229877	PW	70	Parotidectomy superficial L	A	consultant Ms Eleanor Dunwoody lead
06/08/24	ST 231554	SJ	3	Adenoidectomy	P	
13/08/24	ST 230990	FN	44	Tracheostomy (surgical, elective)	P	
20/08/24	ST 231012	TT	29	Post-tonsillectomy bleed - arrest of haemorrhage	P	out of hours
Total 9. Verified: Ms Eleanor Dunwoody FRCS (ORL-HNS), 30/09/2024""",
[("ST 228190",H),("AB",P),("ST 228733",H),("RJ",P),("ST 229016",H),("LdV",P),("ST 227451",H),("MO'C",P),("ST 230102",H),("HK",P),("ST 229877",H),("PW",P),("ST 231554",H),("SJ",P),("ST 230990",H),("FN",P),("ST 231012",H),("TT",P)],
["Mr A. Ogunleye","Ms Eleanor Dunwoody","Adenotonsillectomy (coblation)","Bilateral grommets","Septoplasty + ITR","FESS","SCC T2","Parotidectomy superficial L","Tracheostomy","02/07/24"])
