exec(open("hdr.py").read())
D=[]
def d(kind,text,ids,keep):
    D.append({"kind":kind,"applicant":A,"text":text,"identifiers":[{"text":t,"type":y} for t,y in ids],"keep":keep})
d("ocr_scan","""WRIGHTINGTON WIGAN & LEIGH NHS FT        ADDRESSOGRAPH
| BOATENG-ASANTE Emmanuel   |  NHS 734 552 1908 |
| DOB 1O/1O/2001  M        |  MRN WGH 1204 558  |
| 5 Rectory Rd, Upholland, WN8 0QD               |
FLUID BALANCE CHART  Day 2    Ward A
IV 0.9% NaCl 1000 mL 8-hourly ......  Input 24h: 2 8 5 0 ml
Urine output: 1.2 mL/kg/h
Sig: T Ndlovu  ...  Chk: SN A. Quayle
(scan page 3/7  -- faint --)""",
[("BOATENG-ASANTE Emmanuel",P),("734 552 1908",NHS),("WGH 1204 558",HN),("5 Rectory Rd, Upholland",AD),("WN8 0QD",PC),("A. Quayle",C)],
["DOB 1O/1O/2001","0.9% NaCl 1000 mL","1.2 mL/kg/h","T Ndlovu","Ward A","page 3/7"])
d("reflection","""Reflection on a near miss: the wrong Mr Patel
Two patients called Patel were in AMU on 2 July 2025: Mr Dinesh Patel (bed 5) and Mr Dilip Patel (bed 15). I requested a CT pulmonary angiogram on the wrong one because I selected by surname on the EPR. The radiographer, Ms Olivia Strachan, queried it because Mr Dilip Patel's eGFR was 28. No contrast was given.
Datix W-INC-2025-0877. I now check three identifiers (name, DOB, MRN) and use the 'name alert' flag.
Discussed with Dr McAllister at my CbD on 10/07/2025.
Thulani Ndlovu""",
[("Mr Dinesh Patel",P),("Mr Dilip Patel",P),("Patel",P),("Ms Olivia Strachan",C),("W-INC-2025-0877",REF)],
["bed 5","bed 15","eGFR was 28","Dr McAllister","Thulani Ndlovu","10/07/2025"])
d("handover_sheet","""HOSPITAL @ NIGHT - med handover list 21:00 (printed from eHandover)
Ward A bed 6 | Bronwen ap Rhys | 82F | MRN WGH0667120 | hypoglycaemia on gliclazide, CBG 2hrly, 10% glucose if <4
Ward B bed 2 | Sergei Volkov | 59M | MRN WGH0667301 | chest drain (Seldinger, 12Fr) placed by TN 17:00, CXR post, swinging
Ward D bed 11 | Marjorie 'Madge' Holcroft | 87F | MRN WGH0667455 | family (son-in-law Keith Birchall) want call if deteriorates - 07700 900 771
ED resus | unknown female ('Jane Doe 14') | ED attendance ED25/061002 | OD unknown substance
Handed over by Dr T Ndlovu to Dr Mariam Haddad (night med reg)""",
[("Bronwen ap Rhys",P),("WGH0667120",HN),("Sergei Volkov",P),("WGH0667301",HN),("Marjorie 'Madge' Holcroft",P),("WGH0667455",HN),("Keith Birchall",R),("07700 900 771",PH),("'Jane Doe 14'",P),("ED25/061002",HN),("Dr Mariam Haddad",C)],
["Ward A bed 6","gliclazide","10% glucose","12Fr","TN","Dr T Ndlovu","Ward D bed 11"])
d("complaint_response_letter","""Patient Experience Team, Royal Albert Edward Infirmary, Wigan Lane, Wigan
Our ref: PET/C/25/1142     Your ref: JK/letter 4 May

Dear Mr Kershaw,
Thank you for your letter about your wife, Mrs Julie Kershaw, who attended the Emergency Department on 28 April 2025 with abdominal pain. Dr Ndlovu, Specialty Doctor, has provided a statement. He accepts that the pain relief (paracetamol 1 g IV, morphine 2.5 mg IV) was delayed by 70 minutes after prescription and apologises. The nurse involved, Staff Nurse Ryan Cheetham, has also reflected. We have introduced a 30-minute analgesia re-check.
If you remain unhappy you may contact the Parliamentary and Health Service Ombudsman.
Yours sincerely,
Dr Imogen Rae, Clinical Lead, Emergency Department
cc: Dr T. Ndlovu (for portfolio)""",
[("PET/C/25/1142",REF),("JK/letter 4 May",REF),("Mr Kershaw",R),("Mrs Julie Kershaw",P),("Ryan Cheetham",C)],
["Royal Albert Edward Infirmary, Wigan Lane, Wigan","Dr Ndlovu","paracetamol 1 g IV","morphine 2.5 mg IV","Dr Imogen Rae","Dr T. Ndlovu","Parliamentary and Health Service Ombudsman"])
d("cpd_log","""CPD log entry - Advanced Life Support (RCUK) recertification, 21/11/2024, 8 credits
Certificate no. (my own) ALS-UK-24-339121 - Dr Thulani Ndlovu
Reflection: practised 'shockable rhythm in a pregnant patient' scenario. Thought back to Mrs Temitope Adeyinka in Harare, 2021, whose perimortem section I assisted. Course director: Dr Victoria Ashcroft (not a verifier of this entry).""",
[("Mrs Temitope Adeyinka",P),("Dr Victoria Ashcroft",C)],
["Dr Thulani Ndlovu","ALS-UK-24-339121","8 credits","Harare","21/11/2024"])
d("post_take_ward_round","""ptwr sun 9am, Dr Rae (ED cons covering AMU) + TN
1. jimmy o'brien 44 m - pancreatitis (Glasgow-Imrie 3, lipase 2100), etoh, lives at the Salvation Army hostel on Frog Lane. Keyworker Yvonne 01632 960 455. NBM? no, early enteral. IV fluids, analgesia.
2. Mrs Khadija Bello-Umar 38 f - pyelo, 14/40 preg. Obs team (Dr Kowalski) reviewed. Cefuroxime 1.5 g TDS.
3. 'lenny' - Leonard Sumner 90 m - for PEG? no - for comfort feeding, discussed with nephew Paul (only NOK) by phone.
all plans documented. IR / TN""",
[("jimmy o'brien",P),("Salvation Army hostel on Frog Lane",AD),("Yvonne",C),("01632 960 455",PH),("Mrs Khadija Bello-Umar",P),("Dr Kowalski",C),("'lenny'",P),("Leonard Sumner",P),("Paul",R)],
["Dr Rae","TN","Glasgow-Imrie 3","lipase 2100","14/40","Cefuroxime 1.5 g TDS","IR / TN"])
d("email","""From: thulani.ndlovu@wwl.nhs.uk
To: radiology.bookings@wwl.nhs.uk
Subject: Urgent USS doppler - please use hospital no. only

Please could you book an urgent DVT scan for patient hospital no. WGH0905517 (AEC). 58F. Wells 2. D-dimer 1120. Given apixaban 10 mg BD loading. She can't attend Tues as she cares for her husband (Mr Gordon Aspinall) who has MND - please phone her on 01632 960 066, not her work (Aspull Post Office).
Link to request: https://ice.wwl.nhs.uk/request?id=55819327
Thanks, Dr T Ndlovu""",
[("radiology.bookings@wwl.nhs.uk",EM),("WGH0905517",HN),("Mr Gordon Aspinall",R),("01632 960 066",PH),("Aspull Post Office",AD),("https://ice.wwl.nhs.uk/request?id=55819327",URL)],
["Wells 2","D-dimer 1120","apixaban 10 mg BD","Dr T Ndlovu","58F"])
