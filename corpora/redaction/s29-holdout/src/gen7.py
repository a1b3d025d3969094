exec(open("hdr.py").read())
D=[]
def d(kind,text,ids,keep):
    D.append({"kind":kind,"applicant":A,"text":text,"identifiers":[{"text":t,"type":y} for t,y in ids],"keep":keep})
d("referral_letter","""Dear Mental Health Liaison Team,
RE: Miss Aaliyah-Rose Grundy, 22F, DOB 13/01/2003, ED attendance no. ED25/077391
Address: c/o The Brick Project supported housing, 2 Upper Dicconson St, Wigan
This young woman was brought by police under s136 Mental Health Act 1983 after being found on the railway bridge at Wallgate. Police officer PC 4471 Haslam (incident log 0118 of 19/06/2025). She has superficial self-harm to L forearm (steristrips). Medically fit. Her support worker, Deb Nuttall, is on 07700 900 250.
Dr Thulani Ndlovu, ED""",
[("Miss Aaliyah-Rose Grundy",P),("ED25/077391",HN),("The Brick Project supported housing, 2 Upper Dicconson St, Wigan",AD),("railway bridge at Wallgate",AD),("PC 4471 Haslam",C),("0118 of 19/06/2025",REF),("Deb Nuttall",C),("07700 900 250",PH)],
["13/01/2003","s136 Mental Health Act 1983","Dr Thulani Ndlovu"])
d("reflection_cultural","""Reflection: Ramadan, insulin and a family meeting
Mr Abdul-Qadir Siddiqui, 64, was admitted with hypoglycaemia (CBG 1.8) while fasting. His son Bilal and daughter-in-law Hafsa were upset that the nurses offered him food before sunset. As a Christian from Zimbabwe I had not managed fasting patients before. I asked the hospital imam, Imam Yaseen Desai, to join a family meeting. We agreed a plan using Diabetes UK Ramadan guidance: reduce gliclazide dose, CBG monitoring pre-Suhoor and pre-Iftar.
Learning: cultural humility; the DAR International Alliance guidelines; involving chaplaincy early.
Signed: Dr Thulani Ndlovu. Verified: Dr Fiona McAllister, Consultant""",
[("Mr Abdul-Qadir Siddiqui",P),("Bilal",R),("Hafsa",R),("Imam Yaseen Desai",C)],
["CBG 1.8","Diabetes UK","gliclazide","DAR International Alliance","Dr Thulani Ndlovu","Dr Fiona McAllister","Zimbabwe"])
d("msf_feedback","""Team Assessment of Behaviour (TAB) - Dr T Ndlovu - round 2, March 2026
Raters: 12. Concerns raised: 0.
"Dr Ndlovu now leads the take confidently. He supported me when Mr Ashworth in resus 1 was abusive." - nurse rater
"Excellent with the Roma family (the Lakatos family) in cubicle 4 - used an interpreter and involved the grandmother." - HCA rater
"I'd like TN to teach the new IMGs; Dr Farah Jabeen found his induction talk useful." - consultant rater
Signed off by: Dr Gareth Lloyd-Pryce""",
[("Mr Ashworth",P),("Lakatos",P),("Dr Farah Jabeen",C)],
["Dr T Ndlovu","Dr Ndlovu","TN","Dr Gareth Lloyd-Pryce","resus 1","cubicle 4"])
d("clerking_note","""Clerk-in 02:15  AMU
PT: Thomas Aidan Fairclough ("Tommy") 39M DOB 17/10/1985  MRN WGH1311820   NI no. QQ 12 34 56 C (on benefits form brought in)
Homeless, sleeps in the doorway of the old Woolworths on Standishgate.
PC: fever, swollen R groin, IVDU. Temp 39.4, HR 124, lactate 3.8. Groin abscess + ?femoral pseudoaneurysm.
Hep C Ab +ve 2023. Methadone 60 ml daily from Boots Market Place (confirmed with pharmacist Anjali).
Sepsis 6 done. Vascular (Dr Obi) aware, CT angio.
T. Ndlovu""",
[("Thomas Aidan Fairclough",P),('("Tommy")',P),("WGH1311820",HN),("QQ 12 34 56 C",OID),("doorway of the old Woolworths on Standishgate",AD),("Anjali",C),("Dr Obi",C)],
["17/10/1985","lactate 3.8","Temp 39.4","Methadone 60 ml","Sepsis 6","T. Ndlovu"])
d("incident_statement","""Statement for Serious Incident investigation (StEIS 2025/14409; Datix DW-2025-20031)
Author: Dr Thulani Ndlovu, Specialty Doctor, GMC 7345612
On 30/08/2025 at 04:10 I was asked by Staff Nurse Precious Moyo to review Mr Harold Lomax (MRN WGH0550093), 81, on Ward C, who had fallen. He had a 5 cm scalp laceration and was on warfarin (INR 3.4). I requested a CT head (NICE NG232) which was reported at 07:30 by the outsourced service as a subdural haematoma. I handed over to Dr Kwabena Ofori at 08:00; neurosurgery at Salford Royal were contacted at 09:45. Mr Lomax died on 02/09/2025.
His son, Mr Neil Lomax, has asked for the timeline.
I have read the draft RCA. I was not told the CT result until 08:20.""",
[("StEIS 2025/14409",REF),("DW-2025-20031",REF),("Precious Moyo",C),("Mr Harold Lomax",P),("Mr Lomax",P),("WGH0550093",HN),("Dr Kwabena Ofori",C),("Mr Neil Lomax",R)],
["Dr Thulani Ndlovu","GMC 7345612","warfarin (INR 3.4)","NICE NG232","Salford Royal","Ward C","30/08/2025"])
d("teaching_session","""Departmental teaching - 'Hyponatraemia for the acute physician', 03/02/2026, 45 min
Presenter: Dr T. Ndlovu. Attendance register: 18 (names held by postgraduate centre, ext 5520).
Case 1 (anonymised): 'Mrs A', 74, on indapamide, Na 112 - hypertonic saline 150 mL 2.7% bolus per European guideline 2014.
Case 2: the marathon runner from the Wigan 10k - I slipped and said 'Ollie'; audience asked to disregard.
Feedback forms: 17 returned, mean 4.6/5. Assessed by: Dr Fiona McAllister""",
[("'Mrs A'",P),("'Ollie'",P)],
["Dr T. Ndlovu","indapamide","Na 112","hypertonic saline 150 mL 2.7%","Dr Fiona McAllister","4.6/5","ext 5520"])
d("discharge_letter","""Royal Albert Edward Infirmary - Acute Medicine
Dear Dr Mukherjee-Hall (Shevington Surgery, Broad o' th' Lane, Shevington WN6 8EA),
Your patient: Mr Jean-Baptiste Nkurunziza, DOB 01/01/1970, NHS No 478 220 5561, H/N WGH1188004
Diagnosis: New diagnosis HIV (CD4 142) with Pneumocystis pneumonia. Started co-trimoxazole 120 mg/kg/day and prednisolone 40 mg BD. Referred to ID at North Manchester General.
He has asked that his wife, Mrs Claudine Nkurunziza, is not yet informed and that this letter is not copied to the home address (Flat 12, Wellington House, Wigan Rd). Please discuss partner notification sensitively.
Dr T Ndlovu, Specialty Doctor""",
[("Dr Mukherjee-Hall",C),("Broad o' th' Lane, Shevington",AD),("WN6 8EA",PC),("Mr Jean-Baptiste Nkurunziza",P),("478 220 5561",NHS),("WGH1188004",HN),("Mrs Claudine Nkurunziza",R),("Flat 12, Wellington House, Wigan Rd",AD)],
["01/01/1970","CD4 142","co-trimoxazole 120 mg/kg/day","prednisolone 40 mg BD","North Manchester General","Dr T Ndlovu","Royal Albert Edward Infirmary"])
