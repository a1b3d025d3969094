from b1 import D

D(69, "acute_medicine_case_reflection", "Dr Hamid Rahimi",
"""Case with reflection: thyroid storm in a young mother
Ms Xu Mingyue (she uses the name "Amy Xu" at work), 32, a pharmacist at the Boots in Perth High Street, presented 10 days postpartum with AF 170, T 39.8, agitation. Burch-Wartofsky score 65. TSH <0.01, fT4 >100. Treated with propranolol 40 mg qds, carbimazole 20 mg qds then Lugol's iodine 1 h later, hydrocortisone 100 mg qds.
Her husband, Chen Jie, was worried about breastfeeding with their baby, Lily. Endocrinology (Dr Abernethy-Grant) advised that carbimazole could be continued, as it is compatible with breastfeeding at this dose.
Reflection: Burch-Wartofsky and the Naranjo algorithm for the rash she developed; Graves' disease confirmed with TRAb 14.
Dr Hamid Rahimi; CbD assessor Dr Catriona Lamont.""",
[("Xu Mingyue","PATIENT_NAME"),("Amy Xu","PATIENT_NAME"),("Boots in Perth High Street","ADDRESS"),("Chen Jie","RELATIVE_NAME"),("Lily","RELATIVE_NAME"),("Abernethy-Grant","COLLEAGUE_NAME")],
["Dr Hamid Rahimi","Dr Catriona Lamont","Burch-Wartofsky score 65","TSH <0.01","propranolol 40 mg qds","carbimazole 20 mg qds","Lugol's iodine","hydrocortisone 100 mg qds","Naranjo algorithm","Graves' disease","TRAb 14","32"])

D(70, "ooh_call_log_tsv", "Dr Priya Raghunathan",
"""Case ID\tTime\tCaller\tPatient\tAge\tPresenting\tOutcome
OOH-7781120\t18:42\tself\tGeraint ap Rhys\t44\tchest pain, ECG at base: ST elevation II, III, aVF\t999 - PPCI
OOH-7781134\t19:10\tmum (Siân)\tElis Rhys-Morgan\t2\tfebrile convulsion, 3 min\tbase, home, safety netting
OOH-7781162\t20:05\tcarer\t"Nain" Gwenllian Pugh\t97\tfall, no injury\tHV, frailty team
OOH-7781190\t21:30\tneighbour (Mr Bryn Roberts)\tDilys Pugh-Williams\t81\t?stroke FAST +ve\t999
clinician: Dr Priya Raghunathan (PR)""",
[("OOH-7781120","REFERENCE_NUMBER"),("Geraint ap Rhys","PATIENT_NAME"),("OOH-7781134","REFERENCE_NUMBER"),("Siân","RELATIVE_NAME"),("Elis Rhys-Morgan","PATIENT_NAME"),("OOH-7781162","REFERENCE_NUMBER"),("Nain","PATIENT_NAME"),("Gwenllian Pugh","PATIENT_NAME"),("OOH-7781190","REFERENCE_NUMBER"),("Bryn Roberts","RELATIVE_NAME"),("Dilys Pugh-Williams","PATIENT_NAME")],
["ST elevation II, III, aVF","PPCI","FAST +ve","Dr Priya Raghunathan","PR","18:42"])

D(71, "no_identifier_job_plan", "Dr Hamid Rahimi",
"""Letter confirming experience
To whom it may concern,
Dr Hamid Rahimi (GMC 7011846) has worked as a Specialty Doctor in Acute Medicine at Ninewells Hospital, NHS Tayside, since August 2021. His job plan includes 7 PAs of direct clinical care on the Acute Medical Unit (including post-take ward rounds and ambulatory care), 1.5 SPA for teaching and audit, and procedural work (ultrasound-guided pleural aspiration, lumbar puncture, DC cardioversion).
Signed, Dr Catriona Lamont, Consultant Physician and Clinical Lead, Acute Medicine""",
[],
["Dr Hamid Rahimi","GMC 7011846","Ninewells Hospital","NHS Tayside","7 PAs","1.5 SPA","Dr Catriona Lamont","DC cardioversion"])
