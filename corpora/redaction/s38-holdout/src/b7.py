from common import D
P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

D("s38-043","reflection","Dr Zainab Hussain",
"""Reflective practice log — Dr Z. Hussain — entry 14 (June 2024)

"Bashir's birthday"

Bashir is 19 and has HbSS sickle cell disease. He is studying sound engineering at Fenton College and DJs on Friday nights at a bar called Halo on Canal Street under the name "DJ Bash". I have known him since he transitioned from the paediatric service. This admission he came in with his fourth acute chest syndrome in two years: SpO2 89% on air, new right lower zone consolidation, Hb 62 g/L. His mum, Amina Yusuf, works night shifts as a care assistant at Rosewood Care Home and came in still in uniform. His little sister Hodan asked me whether he was going to die.

We did an exchange transfusion (HbS from 84% to 28%) and he spent 3 nights on HDU. On the day before his 20th birthday he asked if he could go home for a party. I found myself wanting to say yes because I liked him.

What I learnt: I discussed this with my supervisor, Dr Ashworth-Lee. We agreed to go through the risks honestly with Bashir and his mum and to start hydroxycarbamide (he had refused before — it "made him feel like a patient"). He agreed. I also learned that I need to be aware of my own over-identification with patients I have known a long time.

Supervisor sign-off: Dr Graham Ashworth-Lee, 01/07/2024""",
[("Bashir",P),("Fenton College",A),("Halo on Canal Street",A),("DJ Bash",P),("Amina Yusuf",R),("Rosewood Care Home",A),("Hodan",R)],
["Dr Z. Hussain","Dr Ashworth-Lee","Dr Graham Ashworth-Lee","19","HbSS sickle cell disease","acute chest syndrome","SpO2 89% on air","Hb 62 g/L","exchange transfusion","HbS from 84% to 28%","HDU","hydroxycarbamide","01/07/2024"])

D("s38-044","ambulance_handover_note","Dr Oluwaseun Adeyemi-Clarke",
"""--- ATMIST handover (typed by ED coordinator from radio pre-alert) ---
Time 16:42  18/10/2024   Call sign: Delta 21   CAD: WM-181024-0544
A: 34F
T: RTC, driver, car v lorry on the A38 near Hallow's End, ~50 mph, trapped 40 min
M: open # L tib/fib, seatbelt sign, abdo tender LUQ
I: pelvic binder, 2x 14G, TXA 1 g given 16:20, fentanyl 100 mcg IN
S: HR 128, BP 86/50, RR 26, SpO2 96% 15L, GCS 15
T: ETA 8 min; HEMS declined (stood down)
Name given by pt: Kerry-Ann Mbeki-Foster, works at Hallow's End Garden Centre. Husband Marcus en route from Worcester.
Trauma team activated 16:43. Team leader: Dr O Adeyemi-Clarke. Paramedic handing over: Andy Beckwith. 
Outcome: CT trauma 17:19 - grade III splenic injury, IR embolisation (Dr Salter). Major haemorrhage protocol activated 16:58.""",
[("Delta 21",O),("WM-181024-0544",REF),("Hallow's End",A),("Kerry-Ann Mbeki-Foster",P),("Hallow's End Garden Centre",A),("Marcus",R),("Worcester",A),("Andy Beckwith",C),("Dr Salter",C)],
["Dr O Adeyemi-Clarke","34F","open # L tib/fib","pelvic binder","TXA 1 g","fentanyl 100 mcg IN","HR 128, BP 86/50","GCS 15","grade III splenic injury","Major haemorrhage protocol","18/10/2024","A38"])

D("s38-045","incident_report","Dr Yusuf Demir",
"""PATIENT SAFETY INCIDENT — LFPSE submission copy
LFPSE reference: 4K7R-PQ2M-9XD1     Local ref: ASH-INC-24-11029     StEIS: 2024/21877
Category: Medication — wrong patient
Date: 22/08/2024, Millbrook satellite dialysis unit
What happened: On the Thursday twilight shift two patients with the same surname (Mr Dennis Ward, unit no. AGI-0277561, and Mr Dennis Ward, unit no. AGI-0318200 — no relation) were dialysing in adjacent stations 7 and 8. Epoetin beta (NeoRecormon) 6,000 units IV was given to the wrong Mr Ward by agency nurse Kelechi Nwosu. Second checker: HCA Mandy Forsyth. Positive patient identification (name + DOB 04/04/1950 vs 19/01/1948) was not done. Haemoglobin 128 g/L at the time, no harm identified.
Duty of candour: I (Dr Yusuf Demir, on-call renal doctor) informed both patients on 22/08/2024 and the family of the patient affected (his wife, Pat) by phone on 01632 960587. Letter sent 29/08/2024.
Actions: name-alert stickers; the two patients moved to different shifts; ESA given by barcode scan only.
Reviewer: Dr Sophie Kettering""",
[("4K7R-PQ2M-9XD1",REF),("ASH-INC-24-11029",REF),("2024/21877",REF),("Mr Dennis Ward",P),("AGI-0277561",H),("AGI-0318200",H),("Mr Ward",P),("Kelechi Nwosu",C),("Mandy Forsyth",C),("Pat",R),("01632 960587",PH)],
["Dr Yusuf Demir","Dr Sophie Kettering","Epoetin beta (NeoRecormon) 6,000 units IV","DOB 04/04/1950","19/01/1948","Haemoglobin 128 g/L","Duty of candour","Millbrook satellite dialysis unit","stations 7 and 8","22/08/2024"])

D("s38-046","clinic_letter","Mr Adebayo Ogunleye",
"""ENT Department, Sedgefield & Tees Hospital
Our Ref: AO/ENT/15520    Your Ref: CH/amh

Dr Claire Hartigan
The Green Practice, 5 Front Street, Staindrop, Darlington DL2 3LE

Clinic: 11/11/2024

Dear Dr Hartigan,

Re: Mr Norman Pybus, DOB 22/02/1951 (M), "Norrie", 11 Raby Lane, Cockfield DL13 5AZ, NHS 456 002 8871, hosp no ST 205443

Diagnosis: T2N1M0 HPV-negative squamous cell carcinoma, left tonsil (p16 negative). Smoker 45 pack-years; retired from the Cockfield working men's club where he was steward.
Plan agreed at the Head & Neck MDT on 07/11/2024: primary chemoradiotherapy (70 Gy in 35 fractions with concurrent cisplatin 100 mg/m2) at the James Cook cancer centre. PEG prophylactically. Dental assessment pre-RT.

Norrie came with his partner Maureen Bell and their neighbour, who drove them. He is keen to keep racing his pigeons.

Yours sincerely,
Mr Adebayo Ogunleye, Specialty Doctor in ENT""",
[("AO/ENT/15520",REF),("CH/amh",REF),("Dr Claire Hartigan",C),("The Green Practice, 5 Front Street, Staindrop, Darlington",A),("DL2 3LE",PC),("Dr Hartigan",C),("Mr Norman Pybus",P),("Norrie",P),("11 Raby Lane, Cockfield",A),("DL13 5AZ",PC),("456 002 8871",N),("ST 205443",H),("Cockfield working men's club",A),("Maureen Bell",R)],
["Mr Adebayo Ogunleye","DOB 22/02/1951 (M)","T2N1M0","squamous cell carcinoma, left tonsil","p16 negative","45 pack-years","70 Gy in 35 fractions","cisplatin 100 mg/m2","PEG","Head & Neck MDT","James Cook","Sedgefield & Tees Hospital","11/11/2024"])

D("s38-047","tribunal_statement","Dr Sunita Bhattarai",
"""FIRST-TIER TRIBUNAL (MENTAL HEALTH) — RESPONSIBLE CLINICIAN'S REPORT (extract)
Tribunal case no: MP/2024/18835       Patient: Mrs Lorraine Gatenby-Shaw     Section: 3     Hospital: Ashcombe Park Hospital, Bramble Ward
Author: Dr Sunita Bhattarai (acting RC under supervision of Dr R Ainsley)

1. Mrs Gatenby-Shaw is a 72-year-old woman (DOB 08/08/1952) with a 30-year history of bipolar affective disorder, currently in a manic episode with psychotic symptoms (YMRS 31 on admission, 12 now).
2. She was previously a magistrate in Hexworth and remains well known in the town; her husband, Councillor Geoffrey Shaw, is her nearest relative and has applied for her discharge (letter of 14/10/2024).
3. Treatment: lithium carbonate (Priadel) 800 mg nocte, level 0.7 mmol/L; olanzapine 10 mg nocte.
4. Her IMHA is Ms Jodie Lumb (Advocacy Together, 01632 960844).
5. Risk: spending (over £14,000 on the family's credit card, bank ref FRD-5502-117), driving at night to the coast.
Recommendation: continued detention is justified; planned leave to the family home on Quarry Hill, Hexworth.
Signed: S. Bhattarai, 21/10/2024   Countersigned: Dr Roderick Ainsley, RC""",
[("MP/2024/18835",REF),("Mrs Lorraine Gatenby-Shaw",P),("Mrs Gatenby-Shaw",P),("Hexworth",A),("Councillor Geoffrey Shaw",R),("Ms Jodie Lumb",C),("01632 960844",PH),("FRD-5502-117",REF),("Quarry Hill, Hexworth",A)],
["Dr Sunita Bhattarai","S. Bhattarai","Dr R Ainsley","Dr Roderick Ainsley","72-year-old woman (DOB 08/08/1952)","bipolar affective disorder","YMRS 31","lithium carbonate (Priadel) 800 mg","0.7 mmol/L","olanzapine 10 mg","Section: 3","Ashcombe Park Hospital, Bramble Ward","21/10/2024"])

D("s38-048","teaching_feedback","Dr Rosa Fitzgerald",
"""Feedback collated — "Genomics for the non-geneticist" — GP VTS half-day, 5 June 2024
Tutor: Dr Rosa Fitzgerald. Organiser: Dr Mike Ferreira (GP Programme Director), mike.ferreira@gpvts-westbury.example.org
Responses (n=22), Likert 1–5:
Q1 objectives met 4.6 | Q2 pitched right 4.4 | Q3 will change practice 4.5
What was good?
 - the family tree exercise
 - "Rosa explained the NHS Genomic Medicine Service test directory really clearly (R208 BRCA etc)"
 - real cases (anonymised) incl. the Whitby family one — very memorable [organiser note: trainee refers to a family by town, flagged]
What could be better?
 - more on pharmacogenomics (CYP2C19 and clopidogrel)
Certificate issued: 3 CPD hours. Confirmed by Prof. Deborah Ingleby (educational supervisor) 12/06/2024
Slides: https://westbury-genetics.example.org/teaching/gp-vts-2024.pdf""",
[("Dr Mike Ferreira",C),("mike.ferreira@gpvts-westbury.example.org",E),("Whitby",A),("https://westbury-genetics.example.org/teaching/gp-vts-2024.pdf",U)],
["Dr Rosa Fitzgerald","Rosa","Prof. Deborah Ingleby","NHS Genomic Medicine Service","R208","BRCA","CYP2C19","clopidogrel","3 CPD hours","5 June 2024"])

D("s38-049","msf_summary","Dr Marek Novak",
"""MULTI-SOURCE FEEDBACK REPORT — Dr Marek Novak — Intensive Care Medicine — cycle closed 20/01/2025
Raters: 14 (consultants 4, doctors in training 3, nurses 5, AHPs 2). Self-assessment completed.
Domain means (out of 7): clinical 6.4; communication 6.1; teamwork 6.5; leadership 5.9; probity 6.8.
Free text (raters anonymous unless they chose to sign):
 "Marek is calm in a crisis and always explains his plans to the bedside nurse." 
 "Occasionally terse on night shifts when busy."
 "He taught me how to set up APRV — Declan (band 6 ICU)"
 "Excellent with families; he spent an hour with the parents of the lad from the motorbike crash in bay 3."
Facilitated feedback discussion held with: Dr Fiona Grierson (educational supervisor), 27/01/2025. Signed F. Grierson.""",
[("Declan (band 6 ICU)",C)],
["Dr Marek Novak","Marek","Dr Fiona Grierson","F. Grierson","APRV","probity 6.8","bay 3","20/01/2025"])

D("s38-050","referral_email","Dr Deepa Nair",
"""From: Deepa Nair (CALDERBROOK ROYAL HOSPITAL)
To: TB Service; 'Ravi Mistry'
Cc: ukhsa.yorkshire.hpt@example.gov.uk
Subject: New smear-positive pulmonary TB — contact tracing — REF TB-CAL-24-0317
Date: 14 November 2024 17:55

Dear Ravi,
New diagnosis on Ward 6 today: Mr Yonas Tesfaye, 31M, DOB 02/01/1993, MRN CR6711508. Sputum smear 3+ AFB, GeneXpert MTB detected, rifampicin resistance not detected. CXR: RUL cavitation. HIV negative.
Started Rifater + ethambutol (weight 58 kg), pyridoxine 10 mg.
Contacts: lives in a shared house at 17 Albion Terrace, Halifax HX1 5PL with four other men (names to follow from the patient). Works as a kitchen porter at the Crown & Mitre hotel. Attends St Mary's Eritrean Orthodox church on Sundays. His brother Dawit (mob 07700 900722) visits daily.
Enhanced TB surveillance form done. Notified.
Best wishes, Deepa
Dr Deepa Nair, Specialty Doctor ID, bleep 3319""",
[("'Ravi Mistry'",C),("Ravi",C),("ukhsa.yorkshire.hpt@example.gov.uk",E),("TB-CAL-24-0317",REF),("Mr Yonas Tesfaye",P),("CR6711508",H),("17 Albion Terrace, Halifax",A),("HX1 5PL",PC),("Crown & Mitre hotel",A),("St Mary's Eritrean Orthodox church",A),("Dawit",R),("07700 900722",PH),("3319",PH)],
["Deepa Nair","Dr Deepa Nair","Deepa","31M, DOB 02/01/1993","Sputum smear 3+ AFB","GeneXpert MTB detected","RUL cavitation","Rifater + ethambutol","weight 58 kg","pyridoxine 10 mg","Ward 6","CALDERBROOK ROYAL HOSPITAL","14 November 2024 17:55"])
