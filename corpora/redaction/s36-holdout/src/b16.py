from b1 import D

D(72, "teams_thread_care_home_outbreak", "Dr Eleanor Price",
"""Teams chat: Care Home Support - Kirklees
Price, Eleanor (Dr) 10:02: norovirus at Larchfield House - 9 residents + 4 staff. UKHSA informed, HPT incident no. HPZ-2025-40981
Mahmood, Tariq (Care Home Manager) 10:05: thanks doc. Mrs Ethel Gaunt in rm 7 is the worst - not drinking, 3rd day
Price, Eleanor (Dr) 10:07: I'll visit at 12. is that Ethel or Edith?
Mahmood, Tariq (Care Home Manager) 10:08: Ethel. Edith (Mrs Edith Gaunt, her sister-in-law!) in rm 8 is fine
Price, Eleanor (Dr) 13:15: Ethel - clinically dry, Na 149, AKI 2. admitted to HRI, ward 6. ReSPECT: for ward-based care
Price, Eleanor (Dr) 13:16: Larchfield postcode for the ambulance is HD3 3PP""",
[("Larchfield House","ADDRESS"),("HPZ-2025-40981","REFERENCE_NUMBER"),("Mahmood, Tariq","COLLEAGUE_NAME"),("Ethel Gaunt","PATIENT_NAME"),("Ethel","PATIENT_NAME"),("Edith","PATIENT_NAME"),("Edith Gaunt","PATIENT_NAME"),("Larchfield","ADDRESS"),("HD3 3PP","POSTCODE")],
["Price, Eleanor (Dr)","UKHSA","Na 149","AKI 2","HRI","ward 6","ReSPECT","rm 7"])

D(73, "sexual_health_letter", "Dr Siobhan Gallagher",
"""Lydia Clinic - Sexual Health
Private and confidential - to be sent only to the patient's chosen address
Clinic number: GU25-91004

Dear Mr Okonjo-Frimpong,
Your HIV test from 14 July was reactive and the confirmatory test was positive. Your CD4 count is 420 cells/mm3 and your viral load is 38,000 copies/ml. We have started Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide) one tablet daily. You asked us not to write to your GP or to your address at 2 Cedar Mews, Alvaston; we will use the address you gave us c/o Terrence Higgins Trust, and text you on 07700 900870 (name shown as "Clinic").
Dr Helen Ogunleye, Consultant in GU/HIV medicine
(letter drafted by Dr Siobhan Gallagher during attachment)""",
[("GU25-91004","HOSPITAL_NUMBER"),("Okonjo-Frimpong","PATIENT_NAME"),("2 Cedar Mews, Alvaston","ADDRESS"),("07700 900870","PHONE")],
["Lydia Clinic","CD4 count is 420 cells/mm3","38,000 copies/ml","Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide)","Dr Helen Ogunleye","Dr Siobhan Gallagher"])

D(74, "mosque_health_event_reflection", "Dr Priya Raghunathan",
"""Community engagement reflection: Ramadan diabetes session
I ran a "safe fasting" talk at the Masjid-e-Noor on Halifax Road, Dewsbury, with the imam's permission. I used the DaR (Diabetes and Ramadan) risk score. Afterwards a man I recognised from the practice, Mr Shabbir Patel-Mulla (who I know has HbA1c 92 mmol/mol on gliclazide 160 mg bd), asked me in front of others about his "sugar". I moved the conversation aside and offered an appointment.
Learning: boundaries and confidentiality in community settings. Discussed with Dr Martin Ashworth.
Dr Priya Raghunathan""",
[("Shabbir Patel-Mulla","PATIENT_NAME"),("Masjid-e-Noor on Halifax Road, Dewsbury","ADDRESS")],
["DaR (Diabetes and Ramadan) risk score","HbA1c 92 mmol/mol","gliclazide 160 mg bd","Dr Martin Ashworth","Dr Priya Raghunathan"])

D(75, "ocr_ed_card", "Dr Siobhan Gallagher",
"""R0YAL DERWENT lNF1RMARY - EMERGENCY DEPT CASUALTY CARD
Attendance No: 25/l5O229    MRN: RD-0O91127
Surname: McGRATH     Forenames: Aoife Bríd     DOB: 3O/O6/2OOl   Sex: F
Address: Flat 2, 17 Uttoxeter New Rd, Derby DE22 3NL       Tel: 07700 9OO4O4
Next of kin: Ciarán McGrath (father)
Triage: Manchester Triage System - Yellow. Presenting: OD sertraline 2O x 5O mg + alcohol, 4 h ago.
Obs: GCS l5, HR ll2, QTc 47O ms. Plan: ECG q1h, Toxbase, psych liaison (Nurse Declan Furey).
Seen by: Dr S Gallagher""",
[("25/l5O229","HOSPITAL_NUMBER"),("RD-0O91127","HOSPITAL_NUMBER"),("McGRATH","PATIENT_NAME"),("Aoife Bríd","PATIENT_NAME"),("Flat 2, 17 Uttoxeter New Rd, Derby","ADDRESS"),("DE22 3NL","POSTCODE"),("07700 9OO4O4","PHONE"),("Ciarán McGrath","RELATIVE_NAME"),("Declan Furey","COLLEAGUE_NAME")],
["DOB: 3O/O6/2OOl","Sex: F","Manchester Triage System","sertraline 2O x 5O mg","GCS l5","QTc 47O ms","Toxbase","Dr S Gallagher"])
