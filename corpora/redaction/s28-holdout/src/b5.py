from b1 import d
N="Dr Olumide Fashola"
d("mental_health_act",N,"""Mental Health Act 1983 - Section 5(2) holding power report (Form H1) - supporting note
Patient: Mr Reginald Ashworth-Bligh, 83M, Ward 11 (general medical), Royal Preston Hospital, PAS no. RPH3318274
Home: Flat 6, Marsden Court, Fulwood, Preston PR2 8QT
Mr Ashworth-Bligh, admitted with a fall, tried to leave at 01:30 saying he "had to get to the mill before the whistle". Delirium on background of vascular dementia; 4AT 9. Not for s5(2) - lacks capacity, managed under MCA 2005 with urgent DoLS authorisation (LCC DoLS ref DOLS-LA-26-01187).
Son: Mr Stephen Ashworth-Bligh, 020 7946 0412. Liaison psychiatrist: Dr Olumide Fashola (applicant), GMC 7667788. Ward nurse: Abigail Thistlethwaite.""",
[("Mr Reginald Ashworth-Bligh","PATIENT_NAME"),("RPH3318274","HOSPITAL_NUMBER"),("Flat 6, Marsden Court, Fulwood, Preston","ADDRESS"),("PR2 8QT","POSTCODE"),("Mr Ashworth-Bligh","PATIENT_NAME"),("DOLS-LA-26-01187","REFERENCE_NUMBER"),("Mr Stephen Ashworth-Bligh","RELATIVE_NAME"),("020 7946 0412","PHONE"),("Abigail Thistlethwaite","COLLEAGUE_NAME")],
["Mental Health Act 1983","Section 5(2)","Form H1","Royal Preston Hospital","Ward 11","4AT 9","MCA 2005","Dr Olumide Fashola","GMC 7667788","83M","01:30"])
d("acute_take_note",N,"""Acute medical take - Royal Preston - clerking summary (Dr O Fashola, SAS)
21:40 Mrs Dot (Dorothy) Cunliffe, 77F, from Longridge. Brought by NWAS (incident 260118-5521). Collapse, HR 34, complete heart block on ECG. K+ 5.9, on bisoprolol 10 mg and ramipril 10 mg. Atropine 600 micrograms x2, isoprenaline infusion. Cardiology reg Dr Ifeanyi Eze accepted for temporary wire.
Husband Norman at home, phone 01632 960049.""",
[("Mrs Dot (Dorothy) Cunliffe","PATIENT_NAME"),("Longridge","ADDRESS"),("260118-5521","REFERENCE_NUMBER"),("Dr Ifeanyi Eze","COLLEAGUE_NAME"),("Norman","RELATIVE_NAME"),("01632 960049","PHONE")],
["Dr O Fashola","77F","HR 34","complete heart block","K+ 5.9","bisoprolol 10 mg","ramipril 10 mg","Atropine 600 micrograms","isoprenaline","NWAS"])
d("gp_letter_welsh","Dr Angharad Powell","""[Original in Welsh, translation follows]
Annwyl Dr Rees-Jenkins,
Parthed: Mrs Mair Ifans, Tŷ'n y Coed, Llanbrynmair SY19 7DP, rhif GIG 301 778 4452.
Diolch am weld Mrs Ifans yn y clinig diabetes. Mae ei HbA1c yn 71 mmol/mol. Rwyf wedi dechrau gliclazide 40 mg.
[Translation] Dear Dr Rees-Jenkins, Re: Mrs Mair Ifans, Tŷ'n y Coed, Llanbrynmair SY19 7DP, NHS number 301 778 4452. Thank you for seeing Mrs Ifans in the diabetes clinic. Her HbA1c is 71 mmol/mol. I have started gliclazide 40 mg.
Dr Angharad Powell""",
[("Dr Rees-Jenkins","COLLEAGUE_NAME"),("Mrs Mair Ifans","PATIENT_NAME"),("Tŷ'n y Coed, Llanbrynmair","ADDRESS"),("SY19 7DP","POSTCODE"),("301 778 4452","NHS_NUMBER"),("Mrs Ifans","PATIENT_NAME")],
["HbA1c yn 71 mmol/mol","HbA1c is 71 mmol/mol","gliclazide 40 mg","Dr Angharad Powell","Annwyl"])
d("ocr_scan","Dr Catriona Morrison","""NHS  TAYSIDE   Perth Royal lnfirmary   Medica1 Admissions
Surname: MAC|NTYRE   Forename: Sine   CHI: 25 11 44 3O81
Address: 3 Schiehallion View, Kinloch Rannoch, PH16 SQB
GP: Dr D. Fergusson, Aberfeldy M.P.
PC: SOB, bilat ankle oedema. BNP 2140. Echo: EF 30%. Furosemide 80mg IV.
Clerked: C Morrison (SD)  GMC 7l23456""",
[("MAC|NTYRE","PATIENT_NAME"),("Sine","PATIENT_NAME"),("25 11 44 3O81","NHS_NUMBER"),("3 Schiehallion View, Kinloch Rannoch","ADDRESS"),("PH16 SQB","POSTCODE"),("Dr D. Fergusson","COLLEAGUE_NAME")],
["Perth Royal lnfirmary","BNP 2140","EF 30%","Furosemide 80mg IV","C Morrison","GMC 7l23456"])
