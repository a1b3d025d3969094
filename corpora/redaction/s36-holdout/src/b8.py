from b1 import D

D(43, "substance_misuse_csv", "Dr Priya Raghunathan",
"""shared care drug users - practice list (for my audit of OST prescribing) PR
id,initials,name,dob,OST,dose,pharmacy,last UDS
SC01,D.McA,Dwayne McAllister,11/06/1987,methadone,70ml,Boots Chapeltown,+cocaine
SC02,LP,Leanne Pickles,02/02/1992,buprenorphine (Espranor),16mg,Lloyds Harehills,clean
SC03,RG,\"Gorecki, Radosław \"\"Radek\"\"\",15/09/1980,Buvidal,128mg monthly,n/a (depot),+benzo
SC04,TT,Tammy-Louise Tait,30/11/1999,methadone,45ml,Asda Killingbeck,+THC
compliance with 3-monthly review: 3/4 (75%)""",
[("D.McA","PATIENT_NAME"),("Dwayne McAllister","PATIENT_NAME"),("LP","PATIENT_NAME"),("Leanne Pickles","PATIENT_NAME"),("Lloyds Harehills","ADDRESS"),("RG","PATIENT_NAME"),("Gorecki, Radosław \"\"Radek\"\"","PATIENT_NAME"),("Radek","PATIENT_NAME"),("TT","PATIENT_NAME"),("Tammy-Louise Tait","PATIENT_NAME"),("Asda Killingbeck","ADDRESS"),("Boots Chapeltown","ADDRESS"),("SC01","OTHER_ID"),("SC02","OTHER_ID"),("SC03","OTHER_ID"),("SC04","OTHER_ID")],
["PR","11/06/1987","methadone","buprenorphine (Espranor)","16mg","Buvidal","128mg monthly","3/4 (75%)"])

D(44, "school_nurse_health_plan", "Dr Adaeze Okonkwo",
"""Individual Healthcare Plan - epilepsy (reviewed in community paeds clinic, Dr Okonkwo)
Pupil: Bartholomew ("Barty") Achebe-Lyons   Class: Willow (Year 3)   DOB 12/12/2016  M
School: St Anne's C of E Primary, Whitstable Road, Canterbury CT2 8DL. SENCO: Mrs Hilary Stone
Emergency contacts: Mum - Chioma Achebe-Lyons 07700 900050; Dad - Rupert Lyons 020 7946 0321
Seizure type: focal impaired awareness, lasting 1-2 min. Rescue: buccal midazolam (Buccolam) 7.5 mg if >5 min; call 999 if no response 10 min after.
Medication: levetiracetam (Keppra) 250 mg bd.
School nurse: Abdulrahman Saleh, Kent Community Health. Plan agreed by Dr Adaeze Okonkwo.""",
[("Bartholomew","PATIENT_NAME"),("Barty","PATIENT_NAME"),("Achebe-Lyons","PATIENT_NAME"),("St Anne's C of E Primary, Whitstable Road, Canterbury","ADDRESS"),("CT2 8DL","POSTCODE"),("Hilary Stone","COLLEAGUE_NAME"),("Chioma Achebe-Lyons","RELATIVE_NAME"),("07700 900050","PHONE"),("Rupert Lyons","RELATIVE_NAME"),("020 7946 0321","PHONE"),("Abdulrahman Saleh","COLLEAGUE_NAME")],
["Dr Okonkwo","Dr Adaeze Okonkwo","DOB 12/12/2016","buccal midazolam (Buccolam) 7.5 mg","levetiracetam (Keppra) 250 mg bd","999","Kent Community Health","Year 3"])

D(45, "reflection_death_of_patient", "Dr Hamid Rahimi",
"""Reflective practice: a death on the ward I will not forget
It was my third night. The man in side room 4 was a retired bus driver from Lochee - I'll call him by his nickname, "Wee Eck", as everyone did; his name was Alexander Brodie. He had end-stage COPD (FEV1 0.6 L, MRC 5) and had asked not to go back on NIV. His partner of 40 years, Graham, sat with him all night.
At 03:00 he became distressed. I prescribed morphine 2.5 mg sc and midazolam 2.5 mg sc per the Scottish Palliative Care Guidelines; nurse Fatima Zahra gave them. Eck died at 05:40 with Graham holding his hand.
What I did well: I used the patient's own words in the notes. What I'd change: I had not checked whether Graham had been recognised as next of kin - the ward had his sister Morag listed.
Dr Hamid Rahimi. Discussed with Dr Catriona Lamont (supervisor).""",
[("Lochee","ADDRESS"),("Wee Eck","PATIENT_NAME"),("Eck","PATIENT_NAME"),("Alexander Brodie","PATIENT_NAME"),("Graham","RELATIVE_NAME"),("Fatima Zahra","COLLEAGUE_NAME"),("Morag","RELATIVE_NAME")],
["Dr Hamid Rahimi","Dr Catriona Lamont","side room 4","FEV1 0.6 L","MRC 5","morphine 2.5 mg sc","midazolam 2.5 mg sc","Scottish Palliative Care Guidelines","03:00","05:40"])
