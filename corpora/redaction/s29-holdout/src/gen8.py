exec(open("hdr.py").read())
D=[]
def d(kind,text,ids,keep):
    D.append({"kind":kind,"applicant":A,"text":text,"identifiers":[{"text":t,"type":y} for t,y in ids],"keep":keep})
d("coroner_statement","""HM Senior Coroner for Manchester West - request for statement
Coroner's ref: MW/2025/1187    Inquest touching the death of Ms Danielle Louise Royle
Statement of Dr Thulani Ndlovu, GMC 7345612, Specialty Doctor, Emergency Department, Royal Albert Edward Infirmary
1. I saw Ms Royle (date of birth 05/05/1992) at 21:30 on 11/03/2025 after she was brought by ambulance (NWAS CAD 110325-0712) from her home at 31 Crompton Street, Hindley WN2 3LS.
2. She had taken an unknown quantity of amitriptyline. ECG: QRS 148 ms. I gave sodium bicarbonate 8.4% 50 mL IV and called ITU registrar Dr Stefan Grünewald.
3. Her partner Mr Jason Thorpe told me she had been prescribed amitriptyline by her GP, Dr Patience Mbeki, two weeks earlier.
4. Ms Royle died in the Intensive Care Unit on 13/03/2025.
I believe the facts stated in this statement are true.""",
[("MW/2025/1187",REF),("Ms Danielle Louise Royle",P),("Ms Royle",P),("CAD 110325-0712",REF),("31 Crompton Street, Hindley",AD),("WN2 3LS",PC),("Dr Stefan Grünewald",C),("Mr Jason Thorpe",R),("Dr Patience Mbeki",C)],
["Dr Thulani Ndlovu","GMC 7345612","Royal Albert Edward Infirmary","05/05/1992","amitriptyline","QRS 148 ms","sodium bicarbonate 8.4% 50 mL IV","Intensive Care Unit"])
d("handover_sheet","""quick one b4 i go - tn
- lady in resus 3 (mrs szabo, eszter) - lactate 6 -> 3.1 after 2L, abx given 17:02, surg reg dr nkemelu to see re ?perf diverticulum, CT booked
- bay 2 cub c - the 'frequent flyer' frank (frank bibby) again, etoh, abusive to hca, security aware. hosp no 0071183.
- majors 6 - 3yo? no 73yo sorry - mr yeboah, ACS, on tirofiban per cards, HR ok
- dont forget to ring kev at 999 control re ambulance delay incident 25-778213
thx x""",
[("mrs szabo, eszter",P),("szabo",P),("dr nkemelu",C),("'frequent flyer' frank",P),("frank bibby",P),("0071183",HN),("mr yeboah",P),("kev",C),("25-778213",REF)],
["tn","resus 3","lactate 6 -> 3.1","tirofiban","majors 6"])
d("experience_letter","""To whom it may concern
Letter confirming experience - Dr Thulani Ndlovu (GMC 7345612)
I confirm that Dr Ndlovu has worked as a Specialty Doctor in Acute and Emergency Medicine at Wrightington, Wigan and Leigh NHS Foundation Trust from 7 August 2024 to date. He participates in the 1:8 middle-grade rota for ED and the acute medical take, covering the Emergency Department, AMU (Ward A and Ward B), Ambulatory Emergency Care and the Same Day Emergency Care unit. He has managed over 2,400 patients, including major trauma pre-alerts, and supervises FY1/FY2 doctors.
Dr Imogen Rae, MBChB FRCEM, Consultant in Emergency Medicine and Clinical Lead
GMC 6023318   Tel 01632 960 000 (ED secretaries)""",
[("6023318",GMC)],
["Dr Thulani Ndlovu","GMC 7345612","Dr Ndlovu","Wrightington, Wigan and Leigh NHS Foundation Trust","Dr Imogen Rae","1:8","2,400 patients","Same Day Emergency Care"])
d("whatsapp_messages","""Thulani <> Dr Sandeep (SpR) 
Sandeep: bro can you see the chap from the RTC on the M6 j25, cubicle 8? police want a blood alcohol - PC Rawlinson has the forms, crime ref GMP/25/0419883
Thulani: consent? 
Sandeep: yes he's consenting. name is Wojciech Nowicki, his boss from the haulage firm (Ashton Freight, Bryn) is here too, name Terry
Thulani: done, samples handed to PC 16:42. Also his wife Kasia phoned on 07700 900 691, I said you'd update her
Sandeep: legend""",
[("Dr Sandeep",C),("Sandeep",C),("PC Rawlinson",C),("GMP/25/0419883",REF),("Wojciech Nowicki",P),("Ashton Freight, Bryn",AD),("Terry",R),("Kasia",R),("07700 900 691",PH)],
["Thulani","cubicle 8","M6 j25"])
d("cbd","""CbD - Acute kidney injury & hyperkalaemia
Assessor: Dr Gareth Lloyd-Pryce. Trainee: Thulani Ndlovu. Date 22/09/2025.
Patient (initials only per Trust policy): R.McK., 67M, on spironolactone + lisinopril. K 7.1, ECG peaked T waves. AKI stage 3 (Cr 512).
Managed: calcium chloride 10% 10 mL, insulin/dextrose, Lokelma 10 g TDS, renal referral to Dr Bhattacharya (Royal Preston) for HD.
Note: an earlier draft of this form named the patient's wife (Mrs McKinnon) - removed.
Grade: meets expectations for a senior decision maker.""",
[("R.McK.",P),("Dr Bhattacharya",C),("Mrs McKinnon",R)],
["Dr Gareth Lloyd-Pryce","Thulani Ndlovu","spironolactone","lisinopril","K 7.1","calcium chloride 10% 10 mL","Lokelma 10 g TDS","Royal Preston","AKI stage 3"])
d("ocr_scan","""- - Blood Sciences Report - -  WWL Pathology
Specimen: 25B1107-4433   Rec'd 07/11/2025 03:52
Patient : AKINYEMI-BROWN, Olumide      Sex: M   DOB: 24/12/1966
Hosp No.: WGH 098 7712   Loc: RAE-AMU   Req by: NDLOVU T
Na 138  K 5.8 (H)  Ur 22.1 (H)  Cr 301 (H)  eGFR 19
Troponin-T hs 88 ng/L (H)
Authorised: Dr B. Entwhistle-Kay, Consultant Chemical Pathologist
Phoned to: Dr Ndlovu 04:10 by MLA Saira
..pg 1/1 ..""",
[("25B1107-4433",OID),("AKINYEMI-BROWN, Olumide",P),("WGH 098 7712",HN),("Dr B. Entwhistle-Kay",C),("Saira",C)],
["DOB: 24/12/1966","K 5.8 (H)","eGFR 19","Troponin-T hs 88 ng/L","NDLOVU T","Dr Ndlovu","RAE-AMU"])
d("reflection","""Reflection: caring for a colleague's relative
In January 2026 the mother of one of our ED nurses, Staff Nurse Chipo Mutasa, was brought in with a stroke. Mrs Rudo Mutasa spoke mainly Shona. Because I also speak Shona, I was asked to interpret for the stroke team and to clerk her. I felt the pressure of being both a community member and her doctor. Thrombolysis (alteplase 0.9 mg/kg) was given within 58 minutes of arrival; NIHSS fell from 14 to 6.
I recognised the boundary issues (GMC Good Medical Practice, personal relationships) and asked Dr Rae to allocate a different doctor for follow-up. A professional Shona interpreter (Big Word booking 7781-220) was used for the consent discussion with her brother, Mr Tendai Chikore.
Dr Thulani Ndlovu. Verified: Dr Imogen Rae""",
[("Chipo Mutasa",C),("Mrs Rudo Mutasa",P),("7781-220",REF),("Mr Tendai Chikore",R)],
["alteplase 0.9 mg/kg","NIHSS fell from 14 to 6","58 minutes","Good Medical Practice","Dr Rae","Dr Thulani Ndlovu","Dr Imogen Rae","Shona"])
d("email","""Subject: FW: ESR - anonymised caseload for portfolio
From: Dr T Ndlovu
To: Dr Fiona McAllister

Fiona, attached my ACAT caseload list. I've used initials only but I realise 'KM' clashes with Kojo Mensah - should I use numbers instead? List:
KM 52M DKA | EJ-P 30F asthma | LdV 88M sepsis | SB-A 19F anorexia (refeeding, phosphate 0.42) 
Also, Lorraine from bed bureau sent me the spreadsheet with all their phone numbers (e.g. Mrs Dagg 01632 960 812) - I've deleted it.
Thanks, Thulani""",
[("'KM'",P),("KM",P),("Kojo Mensah",P),("EJ-P",P),("LdV",P),("SB-A",P),("Lorraine",C),("Mrs Dagg",P),("01632 960 812",PH)],
["Dr T Ndlovu","Dr Fiona McAllister","Thulani","phosphate 0.42"])
