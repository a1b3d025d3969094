from b1 import D

D(58, "maternity_booking_tsv", "Dr Priya Raghunathan",
"""Antenatal clinic - high-risk list (Dr Raghunathan, O&G ST2) - Calderdale Royal Hospital
Name\tHosp no\tEDD\tGravida\tRisk\tPlan
Amira El-Sayed\tCRH 5520193\t14/10/2025\tG2P1\tGDM, metformin 500mg bd\tserial growth scans
"Tash" Natasha Greenwood\tCRH 5520201\t02/11/2025\tG1\tepilepsy on lamotrigine 200mg bd, folic acid 5mg\tlevels each trimester
Hana Kobayashi-Reid\tCRH 5520244\t21/09/2025\tG4P3\tprevious CS x2, placenta accreta spectrum?\tMRI placenta, MDT
Mrs Joy Okoro\tCRH 5520260\t30/12/2025\tG1\tsickle cell disease (HbSS)\thaem + aspirin 150mg
Booking midwife: Rachel Ambler""",
[("Amira El-Sayed","PATIENT_NAME"),("CRH 5520193","HOSPITAL_NUMBER"),("Tash","PATIENT_NAME"),("Natasha Greenwood","PATIENT_NAME"),("CRH 5520201","HOSPITAL_NUMBER"),("Hana Kobayashi-Reid","PATIENT_NAME"),("CRH 5520244","HOSPITAL_NUMBER"),("Joy Okoro","PATIENT_NAME"),("CRH 5520260","HOSPITAL_NUMBER"),("Rachel Ambler","COLLEAGUE_NAME")],
["Dr Raghunathan","Calderdale Royal Hospital","metformin 500mg bd","lamotrigine 200mg bd","folic acid 5mg","sickle cell disease (HbSS)","aspirin 150mg","G2P1"])

D(59, "letter_to_patient_mh", "Dr Tomasz Wiśniewski",
"""Dear Sunny,
Thank you for coming to see me at the Lakeside Resource Centre with your brother Rowan last Tuesday. As we discussed, your lithium level was 0.7 mmol/L, which is in the range we aim for (0.6-0.8). Your thyroid (TSH 3.1) and kidney tests (eGFR 84) are fine.
Please remember not to take ibuprofen or naproxen from the shop, as these can raise your lithium level. Paracetamol is fine.
Your next appointment is on 12 August at 10:30. If you feel unwell, call NHS 111 (option 2) or our duty worker on 020 7946 0557.
Best wishes
Dr Tomasz Wiśniewski, on behalf of Dr Rebecca Thorne, Consultant Psychiatrist
cc Mr S. Tomlinson, 11 Weaver Court, Reddish SK5 6HG""",
[("Sunny","PATIENT_NAME"),("Rowan","RELATIVE_NAME"),("020 7946 0557","PHONE"),("S. Tomlinson","PATIENT_NAME"),("11 Weaver Court, Reddish","ADDRESS"),("SK5 6HG","POSTCODE")],
["Lakeside Resource Centre","lithium level was 0.7 mmol/L","TSH 3.1","eGFR 84","ibuprofen","naproxen","Paracetamol","Dr Tomasz Wiśniewski","Dr Rebecca Thorne","12 August at 10:30","NHS 111 (option 2)"])

D(60, "homeless_health_reflection", "Dr Hamid Rahimi",
"""Reflection - inclusion health: frequent admissions
Over six months, one man accounted for 14 AMU admissions. Staff called him "the Professor" because he quotes Burns; his name is Hector Munro-Baird, he is 52 and sleeps in the stairwell of the Overgate Centre car park, Dundee. He has alcohol-related liver disease (Child-Pugh B, MELD 17) and recurrent hepatic encephalopathy.
I set up a multi-agency meeting with the Dundee Drug and Alcohol Recovery Service, Housing Options (his caseworker is Moira Doig, tel 01632 960634) and his GP at the Lochee Health Centre homeless clinic. He now has a Housing First tenancy.
Admissions in the following 6 months: 2. Rifaximin 550 mg bd and lactulose 20 ml tds continued.
Dr Hamid Rahimi; verified by Dr Catriona Lamont""",
[("the Professor","PATIENT_NAME"),("Hector Munro-Baird","PATIENT_NAME"),("stairwell of the Overgate Centre car park, Dundee","ADDRESS"),("Moira Doig","COLLEAGUE_NAME"),("01632 960634","PHONE")],
["Dr Hamid Rahimi","Dr Catriona Lamont","Child-Pugh B","MELD 17","Rifaximin 550 mg bd","lactulose 20 ml tds","Dundee Drug and Alcohol Recovery Service","Lochee Health Centre","Burns"])

D(61, "paeds_safeguarding_letter", "Dr Adaeze Okonkwo",
"""Child Protection Medical Report - CONFIDENTIAL
Child: DA'SILVA, Kemi-Rose   DOB 15/06/2021   F   Hosp no 7712093   NHS 314 662 0019
Address: 44 Moulsecoomb Way, Brighton BN2 4PA
Requested by: Brighton & Hove Children's Services, SW Ms Priti Varsani, case ref BHCC-CS-229104
Police: Sussex Police, DC Tom Garside, crime ref 47250081234
Present: mother Ms Leonie Da'Silva; maternal grandmother "Nana Pearl"
Findings: 3 linear bruises, right buttock, 4-5cm, parallel - consistent with a slap/implement. Body map completed (see appendix p. 4). Bloods: FBC, clotting, VWF screen normal.
Opinion: non-accidental injury likely.
Dr Adaeze Okonkwo, Paediatric Registrar, with Dr Fiona McLeish, Named Doctor (co-signs)""",
[("DA'SILVA, Kemi-Rose","PATIENT_NAME"),("7712093","HOSPITAL_NUMBER"),("314 662 0019","NHS_NUMBER"),("44 Moulsecoomb Way, Brighton","ADDRESS"),("BN2 4PA","POSTCODE"),("Priti Varsani","COLLEAGUE_NAME"),("BHCC-CS-229104","REFERENCE_NUMBER"),("Tom Garside","COLLEAGUE_NAME"),("47250081234","REFERENCE_NUMBER"),("Leonie Da'Silva","RELATIVE_NAME"),("Nana Pearl","RELATIVE_NAME")],
["DOB 15/06/2021","F","Dr Adaeze Okonkwo","Dr Fiona McLeish","p. 4","VWF screen normal","4-5cm"])

D(62, "no_identifier_qi_poster", "Dr Adaeze Okonkwo",
"""QI project abstract: Improving time to antibiotics in febrile neonates (<28 days)
Setting: Paediatric Emergency Department, Royal Alexandra Children's Hospital, Brighton.
Baseline: median door-to-antibiotic 94 min (target <60 min per NICE NG143 / NG51). PDSA 1: "Red Flag neonate" sticker at triage; PDSA 2: pre-drawn cefotaxime 50 mg/kg and amoxicillin 50 mg/kg packs.
Result: median 47 min after 3 cycles (n=62). No patient identifiable data collected.
Authors: Dr Adaeze Okonkwo (lead); supervised by Dr Fiona McLeish.""",
[],
["Royal Alexandra Children's Hospital","NICE NG143 / NG51","cefotaxime 50 mg/kg","amoxicillin 50 mg/kg","Dr Adaeze Okonkwo","Dr Fiona McLeish","94 min","47 min"])
