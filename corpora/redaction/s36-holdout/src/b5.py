from b1 import D

D(27, "case_based_discussion", "Dr Tomasz Wiśniewski",
"""CbD - Old age psychiatry. Trainee: Dr Tomasz Wiśniewski. Assessor: Prof. Margaret Oyelaran (consultant, signs below)
Memory clinic, Stepping Hill Hospital.
Case: Mr Desmond ("Des") Halloran, 78, retired welder from Reddish, lives with wife Philomena. ACE-III 71/100 (attention 14, memory 12, fluency 8, language 24, visuospatial 13). MRI: generalised atrophy and moderate small vessel disease (Fazekas 2). Diagnosis: mixed Alzheimer's and vascular dementia. Started donepezil 5 mg nocte.
Des's daughter, Siobhan Halloran, raised concerns about him still driving his Vauxhall (reg YD19 KXP) - DVLA informed; he attends St Elisabeth's RC church in Reddish and drives there.
Feedback: good use of the Mental Capacity Act; discuss driving earlier. Rated: competent.
Prof. M. Oyelaran""",
[("Desmond","PATIENT_NAME"),("Des","PATIENT_NAME"),("Halloran","PATIENT_NAME"),("Reddish","ADDRESS"),("Philomena","RELATIVE_NAME"),("Siobhan Halloran","RELATIVE_NAME"),("YD19 KXP","OTHER_ID"),("St Elisabeth's RC church in Reddish","ADDRESS")],
["Dr Tomasz Wiśniewski","Prof. Margaret Oyelaran","Prof. M. Oyelaran","Stepping Hill Hospital","ACE-III 71/100","Fazekas 2","donepezil 5 mg nocte","Mental Capacity Act","DVLA"])

D(28, "email_thread_pasted", "Dr Adaeze Okonkwo",
"""From: Okonkwo Adaeze (UNIVERSITY HOSPITALS SUSSEX NHS FOUNDATION TRUST)
Sent: 03 March 2025 16:42
To: Lee Harriet (Health Visitor) <harriet.lee3@nhs.example>
Subject: RE: baby Zainab AL-RASHID 0-19 follow-up  [NHS 721 004 9983]

Hi Harriet,
Thanks for flagging. I saw Zainab in clinic today - weight 5.9 kg (9th centile, crossed down from 50th). Mum (Mrs Rasha Al-Rashid) says she is exclusively breastfed; family fled Aleppo and are living with Rasha's cousin at 5 Elm Grove, Lewes BN7 1HL. No safeguarding concerns, but a language barrier (Arabic) - interpreter booked via DA Languages job 771230.
Plan: feeding assessment with the infant feeding team, vitamin D 400 units, review 4 weeks.
Adaeze
Dr Adaeze Okonkwo | Paediatric Registrar | bleep 2231""",
[("Lee Harriet","COLLEAGUE_NAME"),("harriet.lee3@nhs.example","EMAIL"),("Harriet","COLLEAGUE_NAME"),("Zainab AL-RASHID","PATIENT_NAME"),("Zainab","PATIENT_NAME"),("721 004 9983","NHS_NUMBER"),("Rasha Al-Rashid","RELATIVE_NAME"),("Rasha","RELATIVE_NAME"),("Aleppo","ADDRESS"),("5 Elm Grove, Lewes","ADDRESS"),("BN7 1HL","POSTCODE"),("771230","REFERENCE_NUMBER")],
["Okonkwo Adaeze","Adaeze","Dr Adaeze Okonkwo","UNIVERSITY HOSPITALS SUSSEX NHS FOUNDATION TRUST","5.9 kg","9th centile","vitamin D 400 units","bleep 2231"])

D(29, "incident_report", "Dr Hamid Rahimi",
"""Datix incident report summary - prepared for governance section
Incident ref: W123456   LFPSE ref: LFPSE-2025-0007781   StEIS: 2025/11234
Date: 21/02/2025  Location: Ward 5 (Gastroenterology), Perth Royal Infirmary
Description: Insulin prescribed as "10u" for patient CH-PERTH 2209913 (Mr Ewan Dalgleish) was read as 100 units by agency nurse Ms Kerry-Ann Blake and administered at 17:05. BM 1.6 at 18:30. IV 10% glucose 150 ml, recovered.
Reporter: Dr Hamid Rahimi. Handler: Mr Iain Stobie, Ward Manager.
Learning: never abbreviate units; Think Glucose; Hypo box restocked.
Approved by Dr Catriona Lamont, Clinical Governance Lead""",
[("W123456","REFERENCE_NUMBER"),("LFPSE-2025-0007781","REFERENCE_NUMBER"),("2025/11234","REFERENCE_NUMBER"),("CH-PERTH 2209913","HOSPITAL_NUMBER"),("Ewan Dalgleish","PATIENT_NAME"),("Kerry-Ann Blake","COLLEAGUE_NAME"),("Iain Stobie","COLLEAGUE_NAME")],
["Dr Hamid Rahimi","Ward 5 (Gastroenterology)","Perth Royal Infirmary","BM 1.6","IV 10% glucose 150 ml","Think Glucose","Dr Catriona Lamont","21/02/2025","17:05"])

D(30, "ocr_scan_discharge", "Dr Eleanor Price",
"""D1SCHARGE SUMMARY  - Kettering Genera1 Hosp1tal   Ward 18 (E1derly Care)
Pat1ent: RIX, Edna May     Hosp No: K6603921    NHS No: 6l2 448 9Ol7
Addr: Beech Lodge Nurs1ng Home, 41 0akfield Rd, Ketter1ng
DOB: 09/ll/1932   Sex: F
Dx: aspiration pneumon1a; Park1nson's d1sease (H&Y 4); dysphag1a
Meds on d/c: co-carel dopa 25/1OO TDS (t1me cr1tical 07:00 11:00 15:00 19:00), rasag1line l mg OD
NOK: nephew Clive R1x 07700 9OO5l8
Consu1tant: Dr A. Venkataraman   D/c by: Dr J. Obuya (FY1)
-- copy received by Dr Eleanor Price, GP, for care home follow up""",
[("RIX, Edna May","PATIENT_NAME"),("K6603921","HOSPITAL_NUMBER"),("6l2 448 9Ol7","NHS_NUMBER"),("Beech Lodge Nurs1ng Home, 41 0akfield Rd, Ketter1ng","ADDRESS"),("Clive R1x","RELATIVE_NAME"),("07700 9OO5l8","PHONE"),("A. Venkataraman","COLLEAGUE_NAME"),("J. Obuya","COLLEAGUE_NAME")],
["Kettering Genera1 Hosp1tal","Ward 18 (E1derly Care)","DOB: 09/ll/1932","Sex: F","Park1nson's d1sease (H&Y 4)","co-carel dopa 25/1OO TDS","rasag1line l mg OD","Dr Eleanor Price"])

D(31, "no_identifier_audit", "Dr Hamid Rahimi",
"""Re-audit: VTE risk assessment within 14 hours of admission (NICE NG89)
Ninewells Hospital, Acute Medical Unit. Cycle 1 (Jan 2025): 61/100 (61%). Intervention: prompt on clerking proforma, teaching at induction. Cycle 2 (Apr 2025): 88/100 (88%).
Enoxaparin 40 mg sc od was the commonest agent; 6 patients with CrCl <30 ml/min received dalteparin 5000 units. No patient identifiable data were collected.
Lead: Dr Hamid Rahimi. Supervised by Dr Catriona Lamont.""",
[],
["NICE NG89","Ninewells Hospital","61/100 (61%)","88/100 (88%)","Enoxaparin 40 mg sc od","dalteparin 5000 units","Dr Hamid Rahimi","Dr Catriona Lamont"])

D(32, "msf_comment_complaint", "Dr Siobhan Gallagher",
"""Reflection on a complaint about a colleague (management evidence)
A father, Mr Wojciech Nowak, complained that the registrar Dr Barnaby Cole-Hutchins told him his daughter Zuzanna (aged 9, Zuzia to the family) was "attention-seeking" when she presented with abdominal pain; she had a perforated appendix. I met Mr Nowak and his partner Ewa on 3 July with our matron, Sister Teresa Mulholland. Dr Cole-Hutchins (GMC 7123098) has reflected and attended a Paediatric Assessment course. The Alvarado score at presentation was 8 - the PAS was 7.
The complaint ref is ED/C/25/144 and the PALS ref PALS-66021.
Dr Siobhan Gallagher. Verified by Dr Huw Jenkins, Clinical Director.""",
[("Wojciech Nowak","RELATIVE_NAME"),("Nowak","RELATIVE_NAME"),("Barnaby Cole-Hutchins","COLLEAGUE_NAME"),("Cole-Hutchins","COLLEAGUE_NAME"),("Zuzanna","PATIENT_NAME"),("Zuzia","PATIENT_NAME"),("Ewa","RELATIVE_NAME"),("Teresa Mulholland","COLLEAGUE_NAME"),("7123098","GMC_NUMBER"),("ED/C/25/144","REFERENCE_NUMBER"),("PALS-66021","REFERENCE_NUMBER")],
["Dr Siobhan Gallagher","Dr Huw Jenkins","Alvarado score at presentation was 8","PAS was 7","aged 9"])

D(33, "paeds_ward_round_list", "Dr Adaeze Okonkwo",
"""Paeds WR - Ward 9 (Hummingbird ward), Thurs - AO reg, cons Dr McLeish
bed 1  Archie-Ray PEARCE 14m  bronchiolitis, HFNC 2L/kg, NGT feeds 2/3 maint, RSV +. parents Gemma & Lee
bed 2  Ruby (twin) 6y  DKA new dx, pH 7.08 on adm, now s/c basal bolus. school: Elm Tree Juniors
bed 4  Mohammed Abdullahi 11y  sickle cell crisis, morphine PCA, Hb 68, exchange? haem reg aware
bed 5  "Baby Sunshine" - Kiera Lloyd 3wk, ?NAI, social services ref SS-BH-25-4412, police protection order - mum NOT to visit unsupervised. Mum: Danielle Lloyd
bed 6  Ollie Watts 15y  overdose 40 x paracetamol 500mg, NAC 21h regimen (SNAP), CAMHS tomorrow
AO""",
[("Archie-Ray PEARCE","PATIENT_NAME"),("Gemma","RELATIVE_NAME"),("Lee","RELATIVE_NAME"),("Ruby","PATIENT_NAME"),("Elm Tree Juniors","ADDRESS"),("Mohammed Abdullahi","PATIENT_NAME"),("Baby Sunshine","PATIENT_NAME"),("Kiera Lloyd","PATIENT_NAME"),("SS-BH-25-4412","REFERENCE_NUMBER"),("Danielle Lloyd","RELATIVE_NAME"),("Ollie Watts","PATIENT_NAME"),("McLeish","COLLEAGUE_NAME")],
["AO","Ward 9 (Hummingbird ward)","HFNC 2L/kg","pH 7.08","Hb 68","paracetamol 500mg","NAC 21h regimen (SNAP)","CAMHS"])
