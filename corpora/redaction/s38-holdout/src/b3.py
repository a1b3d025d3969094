from common import D
P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

D("s38-016","ocr_scan_clinic_letter","Mr Chinedu Okafor",
"""EYE DEPARTNENT - ST NlNIAN'S HOSPlTAL
0phthalmology 0utpatients, Level l

0ur ref: C0/0PH/4471I            Hosp n0: SNH 55O2l87

Dr Rache1 Goodw1n
Tanners Y4rd Surgery, Mi11 Street, Ba1derton-on-Wye  HR4 9TN

l9/O9/2O23

Dear Dr Goodw1n

Re: Mrs Ph1llis Ogden-Marsh  D.O.B. 07/0l/l946  (F)
    NHS N0. 8l3 226 O994

Diagn0sis: Neovascu1ar (wet) AMD right eye; dry AMD left eye
VA: R 6/36, L 6/9. IOP 16/17 mmHg. OCT R: subretina1 f1uid, CST 412 µm.
P1an: intravitrea1 af1ibercept 2 mg R eye l0ading d0ses x3 m0nth1y.

Mrs 0gden-Marsh was acc0mpanied by her grand-daughter Tash who drives her fr0m Ba1derton. She stil1 p1ays b0wls f0r the Ba1derton Ladies and w0rries she w0n't see the jack.

Y0urs sincere1y

Mr Chinedu 0kafor  Specia1ty D0ct0r 0phtha1m0l0gy
[scanned 24/09/2023 - page 1 of 1 - quality: poor]""",
[("C0/0PH/4471I",REF),("SNH 55O2l87",H),("Dr Rache1 Goodw1n",C),("Dr Goodw1n",C),("Tanners Y4rd Surgery, Mi11 Street, Ba1derton-on-Wye",A),("HR4 9TN",PC),("Mrs Ph1llis Ogden-Marsh",P),("8l3 226 O994",N),("Mrs 0gden-Marsh",P),("Tash",R),("Ba1derton Ladies",A),("Ba1derton",A)],
["Mr Chinedu 0kafor","D.O.B. 07/0l/l946","(F)","Neovascu1ar (wet) AMD","VA: R 6/36, L 6/9","IOP 16/17 mmHg","CST 412 µm","af1ibercept 2 mg","ST NlNIAN'S HOSPlTAL","l9/O9/2O23"])

D("s38-017","teaching_feedback","Dr Helen Thistlethwaite",
"""Teaching session feedback summary
Session: "Concussion on the touchline — SCAT6 and graduated return to sport"
Delivered by: Dr Helen Thistlethwaite (Specialty Doctor, Sport & Exercise Medicine)
Date: 27/04/2024   Venue: Postgraduate Centre, Lecture Theatre B, Moorside General Hospital
Audience: 18 (FY1/FY2, GP trainees, 3 physiotherapists)

Scores (1-5): content 4.8, delivery 4.7, relevance 4.9, overall 4.8 (n=16 returns)

Free-text comments (verbatim):
- "Loved the real case of the lad from Moorside Harriers — made it stick."  [name removed by organiser]
- "Practical demo of the VOMS really useful" — R. Gillies, FY2
- "Would have liked more on female athletes and RED-S."
- "Helen was brilliant, can we have a follow-up session?" — anon
- "Please share slides to tanya.morrow@nhs.net" 

Organiser: Tanya Morrow, Medical Education Manager, ext 4120
Confirmed: Dr Paul Eckersley, Director of Medical Education, 29/04/2024""",
[("Moorside Harriers",A),("R. Gillies",C),("tanya.morrow@nhs.net",E),("Tanya Morrow",C),("4120",PH)],
["Dr Helen Thistlethwaite","Helen","Dr Paul Eckersley","SCAT6","VOMS","RED-S","Moorside General Hospital","Postgraduate Centre, Lecture Theatre B","27/04/2024","overall 4.8"])

D("s38-018","police_statement","Dr Kwame Asante",
"""RESTRICTED (when complete)
WITNESS STATEMENT — CJ Act 1967 s.9; MC Act 1980 ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020 r.16.2
URN: 47/KD/11823/24          Crime ref: 47240118837
Statement of: Kwame ASANTE        Age of witness: over 18       Occupation: Vascular surgeon (Specialty Doctor)

This statement, consisting of 2 pages each signed by me, is true to the best of my knowledge and belief.

I am employed at Kingsdown University Hospital in the Department of Vascular Surgery. On Saturday 17 August 2024 at approximately 01:20 I was called to the Emergency Department to see a male patient I now know to be Liam Gareth CROWTHER, born 07/12/1996, who had sustained a stab wound to the left groin. His friend, who gave his name as "Deano" (later identified to me by PC 3318 Harriet Vance as Dean Mallory), had applied pressure in the car.

On examination there was a 2 cm wound over the left femoral triangle with pulsatile bleeding. I took him directly to theatre at 01:44 and performed exploration, repair of the common femoral artery with a bovine pericardial patch and ligation of a branch of the profunda femoris. Estimated blood loss 2.8 litres; he received 6 units red cells, 4 FFP under the major haemorrhage protocol. He was admitted to the Intensive Care Unit.

I did not see the incident. I have retained no clothing; the patient's jeans were bagged by Staff Nurse Owen Pritchard and handed to PC Vance (exhibit OP/1).

Signed: K. Asante     Date: 19/08/2024
Statement taken by: PC 3318 H. Vance, Kingsdown CID, tel 020 7946 0831
Verified for portfolio (clinical content only): Mr Simon Lathbury, Consultant Vascular Surgeon""",
[("47/KD/11823/24",REF),("47240118837",REF),("Liam Gareth CROWTHER",P),("Deano",R),("PC 3318 Harriet Vance",C),("Dean Mallory",R),("Staff Nurse Owen Pritchard",C),("PC Vance",C),("OP/1",REF),("PC 3318 H. Vance",C),("020 7946 0831",PH)],
["Kwame ASANTE","K. Asante","Mr Simon Lathbury","born 07/12/1996","Kingsdown University Hospital","Department of Vascular Surgery","common femoral artery","bovine pericardial patch","profunda femoris","2.8 litres","6 units red cells","major haemorrhage protocol","Intensive Care Unit","17 August 2024"])

D("s38-019","audit_extract","Dr Yusuf Demir",
"""Audit: Time to first haemodialysis session for AKI stage 3 referrals — data extract (Renal Unit, Ashgrove Infirmary)
Auditor: Dr Yusuf Demir. Standard: UK Kidney Association — RRT within 6 h of decision in 90%.
Cycle 2, 01/10/2024 - 31/12/2024

	ID	age	sex	referral	decision-to-RRT (h)	access	met?	comment
1	AGI-0317745	67	M	ICU	3.5	femoral NTC	Y	
2	AGI-0298112	54	F	AMU	7.0	IJ NTC	N	no dialysis nurse overnight
3	AGI-0331906	79	M	CCU	4.2	IJ NTC	Y	
4	0330218	44	M	ED	2.9	femoral NTC	Y	hyperK 7.4
5	AGI-0301547	81	F	ortho	9.5	IJ NTC	N	awaiting INR correction
6	AGI-0322459	36	F	obs	1.8	femoral NTC	Y	HELLP
7	AGI-0310084	72	M	surg	5.6	IJ NTC	Y	pt known as "Big Al" on ward 9 - comment removed?
8	AGI-0299630	60	M	ICU	3.0	femoral NTC	Y	

Result: 6/8 (75%) met, up from 55% in cycle 1. Presented at Renal Clinical Governance 16/01/2025.
Data checked by: Dr Sophie Kettering, Consultant Nephrologist (audit supervisor)""",
[("AGI-0317745",H),("AGI-0298112",H),("AGI-0331906",H),("0330218",H),("AGI-0301547",H),("AGI-0322459",H),("AGI-0310084",H),("Big Al",P),("AGI-0299630",H)],
["Dr Yusuf Demir","Dr Sophie Kettering","AKI stage 3","UK Kidney Association","hyperK 7.4","HELLP","6/8 (75%)","Renal Unit, Ashgrove Infirmary","16/01/2025","ward 9"])

D("s38-020","telephone_advice_log","Dr Gareth Pryce-Morgan",
"""SEXUAL HEALTH — CLINICIAN TELEPHONE ADVICE LOG
Clinic: Riverside Centre for Sexual Health, Cwm Taf (GUM)
Clinician: Dr G Pryce-Morgan

12/03/2024 10:14  Caller: Dr Llinos Evans, GP, Treharris Health Centre (01632 960677). Re her patient "K", 28M, clinic no. GUM/RS/80215 — syphilis serology: TPPA pos, RPR 1:64. Advice: benzathine penicillin 2.4 MU IM single dose; partner notification via health adviser (Bethan). Duration 9 min.

12/03/2024 11:02  Caller: pharmacy, Merthyr Road Boots (Mr Anand). Doxycycline interaction with isotretinoin for pt attending clinic (clinic no. GUM/RS/79933). Advice given. 4 min.

12/03/2024 14:40  Caller: patient himself — Rhodri Vaughan-Hughes (call back 07700 900386), asking about HIV PEP after exposure 30 h ago. Advised attend today for PEPSE: Truvada + raltegravir 28 days. Attended 15:30.

12/03/2024 16:55  Caller: Ysgol Gyfun Aberhonddu school nurse (Mrs Carys Pugh) — safeguarding query re 15-year-old (initials L.M.P.) seeking contraception. Fraser guidelines discussed; referred to YP clinic; safeguarding ref SG-CT-2403-117.

Log reviewed: Dr Mererid Lloyd-Jenkins, Consultant GUM, educational supervisor, 15/03/2024""",
[("Dr Llinos Evans",C),("Treharris Health Centre",A),("01632 960677",PH),("GUM/RS/80215",H),("Bethan",C),("Merthyr Road Boots",A),("Mr Anand",C),("GUM/RS/79933",H),("Rhodri Vaughan-Hughes",P),("07700 900386",PH),("Ysgol Gyfun Aberhonddu",A),("Mrs Carys Pugh",C),("L.M.P.",P),("SG-CT-2403-117",REF)],
["Dr G Pryce-Morgan","Dr Mererid Lloyd-Jenkins","28M","TPPA pos, RPR 1:64","benzathine penicillin 2.4 MU IM","Doxycycline","isotretinoin","PEPSE","Truvada","raltegravir","Fraser guidelines","15-year-old","Riverside Centre for Sexual Health","12/03/2024 10:14"])

D("s38-021","handover_sheet","Dr Marek Novak",
"""ICU HANDOVER — NIGHT -> DAY — 30/11/2024     Consultant: Dr Fiona Grierson     Reg (nights): M Novak
Bed	Pt	Age	Dx	Vent	Support	Plan
1	elsie	88	urosepsis	NIV 14/6	NA 0.08	ceiling of care = NIV, dtr (Pam) aware
2	1193387	52	ARDS post-influenza A	P/F 11.2, prone 16h	NA 0.22, vaso 0.03	repeat prone; ECMO referral discussed with Glenfield 0300 (ref ECMO-24-3391)
3	h.s.	19	DKA + cerebral oedema?	intubated	nil	CT 0900; parents (Mr & Mrs Sandhu) staying at Ronald McDonald House
4	"the vicar"	71	post-op AAA	extubated 0400	nil	step down HDU
5	zoltan k	45	TBI, GCS 5	ICP 18	NA 0.1	CPP > 60, EVD Mr Clay aware
6	1187740	63	pancreatitis, Atlanta severe	PSV 10/5	nil	CT pancreas d7; wife Irena works at Tesco Bexford, will come after shift
Outreach bleep 7212; bed manager 01632 960440
Signed: M. Novak (SpR)  / countersigned Dr Fiona Grierson""",
[("elsie",P),("Pam",R),("1193387",H),("ECMO-24-3391",REF),("h.s.",P),("Mr & Mrs Sandhu",R),("Ronald McDonald House",A),('"the vicar"',P),("zoltan k",P),("Mr Clay",C),("1187740",H),("Irena",R),("Tesco Bexford",A),("7212",PH),("01632 960440",PH)],
["M Novak","M. Novak","Dr Fiona Grierson","urosepsis","NIV 14/6","NA 0.08","ARDS post-influenza A","P/F 11.2","vaso 0.03","Glenfield","DKA","post-op AAA","TBI, GCS 5","ICP 18","CPP > 60","Atlanta severe","PSV 10/5","30/11/2024"])

D("s38-022","clinic_letter","Dr Ilse van der Berg",
"""Rheumatology Department, Fenwick Wing
Sandmere General Hospital, Sandmere SA11 0ZZ
Tel (secretary, Mrs Ruth Kimber): 01632 960902   Fax: 01632 960903

Clinic date: 21 August 2024
Clinician: Dr Ilse van der Berg, Specialty Doctor
Patient: Miss Tegan Llewellyn-Price, 26 Heol y Nant, Pontsarn SA11 4HB
DOB: 11/01/1998   Gender: Female   Unit no: 0092117-S   NHS: 992 340 1185

Dear Tegan,

I am writing to you directly, with a copy to your GP (Dr Hywel Prosser, Pontsarn Medical Practice), as we discussed.

Your diagnosis is systemic lupus erythematosus (SLE). Your blood tests showed anti-dsDNA 146 IU/mL, low complement (C3 0.62 g/L, C4 0.07 g/L) and a urine protein:creatinine ratio of 84 mg/mmol. SLEDAI-2K is 12. Because of the protein in your urine I have asked the kidney team for a biopsy.

We will start hydroxychloroquine 200 mg twice daily (eye screening in 5 years, sooner if risk factors) and prednisolone 30 mg daily reducing by 5 mg every fortnight. You told me you are a swimming coach at Pontsarn Leisure Centre and are worried about sun exposure at the outdoor lido — please use factor 50.

You mentioned your partner Ffion is keen to come to the next appointment; she is very welcome.

With best wishes,

Dr Ilse van der Berg
Specialty Doctor in Rheumatology
Supervising consultant: Dr Alun Brightmore""",
[("SA11 0ZZ",PC),("Mrs Ruth Kimber",C),("01632 960902",PH),("01632 960903",PH),("Miss Tegan Llewellyn-Price",P),("26 Heol y Nant, Pontsarn",A),("SA11 4HB",PC),("0092117-S",H),("992 340 1185",N),("Tegan",P),("Dr Hywel Prosser",C),("Pontsarn Medical Practice",A),("Pontsarn Leisure Centre",A),("Ffion",R)],
["Dr Ilse van der Berg","Dr Alun Brightmore","DOB: 11/01/1998","Gender: Female","systemic lupus erythematosus (SLE)","anti-dsDNA 146 IU/mL","C3 0.62 g/L","84 mg/mmol","SLEDAI-2K is 12","hydroxychloroquine 200 mg","prednisolone 30 mg","Sandmere General Hospital","21 August 2024"])
