import json
A="Dr Thulani Ndlovu"
D=[]
def d(kind,text,ids,keep):
    D.append({"kind":kind,"applicant":A,"text":text,"identifiers":[{"text":t,"type":y} for t,y in ids],"keep":keep})
P,R,C,AD,PC,PH,EM,NHS,HN,REF,GMC,URL,OID="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

d("clerking_note","""ACUTE MEDICAL UNIT - CLERKING
Pt: Margaret Ellen Haworth   DOB 14/03/1941   F
NHS No: 486 203 7715   MRN: WGH0847211
Address: 12 Brindle Close, Standish, Wigan WN6 0PL
NOK: daughter Janice Pilling 07700 900417

PC: SOB 3/7, worse overnight
HPC: 85F, known COPD + AF on apixaban 5 mg BD. Daughter (Janice) found her breathless at 06:00. Productive cough green sputum. No CP.
O/E: RR 28, SpO2 86% RA, HR 112 irreg, BP 104/62, T 38.1. NEWS2 9. Coarse creps R base.
Ix: CRP 214, WCC 17.3, Na 131, K 4.9, Ur 11.2, Cr 138. ABG on 2L: pH 7.31 pCO2 7.2 pO2 7.9. CXR R LL consolidation.
CURB-65 = 4.
Imp: CAP RLL with type 2 resp failure, AECOPD
Plan: target sats 88-92%, co-amoxiclav 1.2 g IV TDS + clarithromycin 500 mg BD, NIV discussion w/ ITU outreach, DNACPR discussed with Mrs Haworth and Janice - she wishes for ward-based ceiling.

Clerked by Dr T Ndlovu, Specialty Doctor AMU, GMC 7345612, bleep 4471
Reviewed on PTWR: Dr Fiona McAllister, Consultant Acute Physician""",
[("Margaret Ellen Haworth",P),("Haworth",P),("486 203 7715",NHS),("WGH0847211",HN),("12 Brindle Close, Standish, Wigan",AD),("WN6 0PL",PC),("Janice Pilling",R),("Janice",R),("07700 900417",PH)],
["14/03/1941","apixaban 5 mg BD","CURB-65 = 4","NEWS2 9","Dr T Ndlovu","GMC 7345612","Dr Fiona McAllister","co-amoxiclav 1.2 g IV TDS","clarithromycin 500 mg BD","pH 7.31"])

d("handover_sheet","""night handover amu 2/11 - tn
bed 4 - mr okonjo (chidi) 67m, dka, hn 2290143, fbg 31 on admission, now 14, vrii running, k 3.6 -> replace per protocol. wife ngozi staying overnight, v anxious.
bed 7 - 'pat' patricia de souza 79f, ?uti/delirium, lives alone at 3 mill lane, hindley. son ricky de souza says she's not herself since tuesday. needs cam & collateral.
bed 11 - kowalczyk, stanisław 54m, etoh w/d, ciwa 18, chlordiazepoxide regimen, pabrinex. interpreter booked (polish) - ask for agnieszka on 01632 960218 if he is agitated overnight.
side rm 2 - baby-faced 19yo, j.mcg (jordan mcgrath), paracetamol OD staggered, nac started 22:10, bloods 4h. mh team aware.
outstanding: chase ct head bed 7, ecg bed 4.
tn to dr sarah olawale (nights) 21:15""",
[("mr okonjo (chidi)",P),("okonjo",P),("2290143",HN),("ngozi",R),("patricia de souza",P),("'pat'",P),("3 mill lane, hindley",AD),("ricky de souza",R),("kowalczyk, stanisław",P),("kowalczyk",P),("agnieszka",C),("01632 960218",PH),("j.mcg",P),("jordan mcgrath",P),("dr sarah olawale",C)],
["bed 4","bed 7","bed 11","ciwa 18","chlordiazepoxide","pabrinex","vrii","nac started 22:10","tn"])

d("reflection","""Reflection: Learning to call patients by the right name

In Harare we addressed older patients as "Gogo" or "Sekuru" as a mark of respect. On my second week at Royal Albert Edward Infirmary I called an 82-year-old man "Grandpa" while taking blood. Mr Desmond Whitfield laughed, but his wife Pauline told me later that he felt I was treating him like a child. He preferred "Des".

Staff Nurse Kerry-Ann Bostock took me aside kindly and explained that in Wigan most patients are happy with first names but that I should always ask. Since then I begin every consultation with "What would you like me to call you?"

A second lesson came with Mrs Bibi Rahman, who spoke Sylheti. I had relied on her grandson Imran, aged 15, to interpret about her chest pain. My educational supervisor, Dr Gareth Lloyd-Pryce, discussed with me why a family member, and especially a child, is not an appropriate interpreter. We used LanguageLine thereafter (call ID 88314207).

What I will do differently: ask preferred names; document them; book professional interpreters; read the Trust's interpreting policy.

Dr Thulani Ndlovu
Verified: Dr Gareth Lloyd-Pryce, Consultant in Acute Medicine, Educational Supervisor""",
[("Mr Desmond Whitfield",P),("Des",P),("Pauline",R),("Kerry-Ann Bostock",C),("Mrs Bibi Rahman",P),("Imran",R),("88314207",REF)],
["Royal Albert Edward Infirmary","Dr Gareth Lloyd-Pryce","Dr Thulani Ndlovu","Harare","Wigan","LanguageLine","82-year-old"])

d("discharge_letter","""Wrightington, Wigan and Leigh NHS Foundation Trust
Acute Medical Unit, Royal Albert Edward Infirmary

DISCHARGE SUMMARY
To: Dr Helen Brierley, Marsh Green Medical Practice, 41 Harrow Road, Wigan WN5 0QL
Patient: Mr Anil Kumar Vishwakarma   DOB 02/09/1958   Male
NHS: 9434765919   Hosp No: RAE 3318762
Admitted: 11/01/2025  Discharged: 15/01/2025  Ward: Ward B (AMU)

Diagnosis: NSTEMI (I21.4). Troponin 48 -> 1420 ng/L.
Procedures: Angiography at Manchester Royal Infirmary 13/01 - PCI to LAD (1 x DES).
Medications on discharge: aspirin 75 mg OD (lifelong), ticagrelor 90 mg BD (12 months), atorvastatin 80 mg ON, bisoprolol 2.5 mg OD, ramipril 2.5 mg OD, GTN spray PRN.
GP actions: U&E in 1-2 weeks after ramipril start; cardiac rehab referral sent (ref CR-25-00912).
Patient informed; wife Sunita present.

Dr Thulani Ndlovu, Specialty Doctor, for Dr Fiona McAllister, Consultant
Tel AMU 01632 960555""",
[("Dr Helen Brierley",C),("41 Harrow Road, Wigan",AD),("WN5 0QL",PC),("Mr Anil Kumar Vishwakarma",P),("9434765919",NHS),("RAE 3318762",HN),("CR-25-00912",REF),("Sunita",R),("01632 960555",PH)],
["02/09/1958","Wrightington, Wigan and Leigh NHS Foundation Trust","Royal Albert Edward Infirmary","Manchester Royal Infirmary","I21.4","ticagrelor 90 mg BD","atorvastatin 80 mg ON","Dr Fiona McAllister","Dr Thulani Ndlovu","Ward B (AMU)"])

d("referral_letter","""Dear Gastroenterology Registrar on call,

Re: Ms Roisin Ni Bhriain (pref. "Rosh"), 34F, DOB 19/07/1990, MRN WGH1190437

Thank you for seeing this lady urgently. She presented to ED at 02:40 with 3 episodes of haematemesis after a night out at the Crooked Billet in Atherton. Background of alcohol excess (approx 60 units/week), works as a bar supervisor at the same pub. Glasgow-Blatchford score 12. Hb 78 g/L (baseline 131 in 2024), urea 16.4. She has had 2 units RBC, terlipressin 2 mg IV given for suspected variceal bleed and ceftriaxone 1 g.

Her partner, Declan Furey (07700 900882), is with her. She has asked us not to contact her mother.

Could you please review for OGD within 12 hours as per NICE CG141.

Kind regards,
Dr T. Ndlovu (GMC 7345612)
Specialty Doctor, Emergency Department, Royal Albert Edward Infirmary, ext 4120""",
[("Ms Roisin Ni Bhriain",P),('"Rosh"',P),("WGH1190437",HN),("Crooked Billet in Atherton",AD),("Declan Furey",R),("07700 900882",PH)],
["19/07/1990","Glasgow-Blatchford score 12","Hb 78 g/L","terlipressin 2 mg IV","ceftriaxone 1 g","NICE CG141","Dr T. Ndlovu","GMC 7345612"])

d("post_take_ward_round","""PTWR 08:15 Dr McAllister (Cons), Dr Ndlovu (SD), FY1 Dr Ben Achterberg, SN Lucy Tran
Pt: Gwen Pryor, 91F, DOB 30/12/1933, bed 14 Ward A
From Hollybank Care Home, Leigh Road, Atherton M46 0RX - carer Mo (Maureen) Shuttleworth rang at 07:30, pt not eating.
Fall at home 2 days, long lie ~6h. CK 8400. AKI stage 2, Cr 211 (baseline 88).
Plan: IV 0.9% saline 1L 8hrly, repeat CK/U&E pm, hold ramipril & furosemide, CT head not indicated (no head injury, not anticoagulated), falls bundle, Clinical Frailty Scale 7.
TEP: not for CPR, for ward-based care - discussed with son Gareth Pryor by phone 01632 960749.
D/w Dr Achterberg to complete TTO prescription when renal function settles.
FMcA / TN""",
[("Dr Ben Achterberg",C),("Dr Achterberg",C),("Lucy Tran",C),("Gwen Pryor",P),("Hollybank Care Home, Leigh Road, Atherton",AD),("M46 0RX",PC),("Mo (Maureen) Shuttleworth",R),("Gareth Pryor",R),("01632 960749",PH)],
["Dr McAllister","Dr Ndlovu","30/12/1933","bed 14 Ward A","CK 8400","Cr 211","Clinical Frailty Scale 7","FMcA / TN"])

d("whatsapp_messages","""[03/03/2025, 23:41] Nikhil Reg: u still on? bay 3 lady - mrs adeyemi - her sats dropping again 84%
[03/03/2025, 23:42] Thulani: coming. is that Folasade Adeyemi, the PE one?
[03/03/2025, 23:42] Nikhil Reg: yes. her husband Tunde is kicking off at nurses station
[03/03/2025, 23:48] Thulani: reviewed. RR 32, HR 130, BP 88/50. Wells 7.5 already, CTPA showed saddle PE. calling ITU + medical reg. pls get thrombolysis checklist
[03/03/2025, 23:49] Nikhil Reg: ok. also Karl from site mgt says no ITU beds, asks if we can hold her in resus
[03/03/2025, 23:55] Thulani: alteplase 10 mg bolus given 23:54 after cons Dr Imogen Rae agreed by phone. Tunde calmer now, spoke to him.
[04/03/2025, 00:20] Nikhil Reg: great work TN 👍 datix for ITU delay? 
[04/03/2025, 00:21] Thulani: yes will do - W-INC-2025-0413""",
[("Nikhil Reg",C),("mrs adeyemi",P),("Folasade Adeyemi",P),("Tunde",R),("Karl",C),("W-INC-2025-0413",REF)],
["Thulani","Wells 7.5","alteplase 10 mg","Dr Imogen Rae","TN","BP 88/50"])

d("msf_feedback","""Multi-Source Feedback summary - Dr Thulani Ndlovu, Specialty Doctor, Acute Medicine
Period: Aug-Oct 2024. Responses: 14 (6 doctors, 5 nurses, 2 AHP, 1 admin). Released by: Dr Gareth Lloyd-Pryce (ES)

Free-text comments (anonymous):
- "Dr Ndlovu is calm in resus. He managed the young man with the stabbing (Kieran in resus 2) beautifully and kept everyone informed."
- "Thulani sometimes writes very brief notes on nights - please document NEWS and escalation times."
- "Very respectful to families. When Mr Abernethy's daughters were arguing in the relatives' room he sat with them for 30 minutes."
- "Could delegate more to FY doctors - he did all the cannulas himself on Ward A last week while Dr Priya Venkataraman was free."
Overall: above expectation in 'relationships with patients', meets expectation in 'record keeping'.

ES comment: I agree with the themes. Dr Ndlovu should set a PDP goal on documentation. - GLP""",
[("Kieran",P),("Abernethy",P),("Dr Priya Venkataraman",C)],
["Dr Thulani Ndlovu","Dr Ndlovu","Thulani","Dr Gareth Lloyd-Pryce","GLP","resus 2","Ward A"])
