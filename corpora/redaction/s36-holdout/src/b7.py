from b1 import D

D(39, "ocr_referral_fax", "Dr Adaeze Okonkwo",
"""FAX  FROM: Parkside Surgery  Fax 0l632 960 4Ol  TO: Paed Assessment Unit, Roya1 A1exandra Ch1ldren's Hosp
P1ease see urgent1y:  HUSSAIN, Muhammad Ibrah1m  D0B 3l/0l/20l9   NHS 9O4 ll2 7763
Add: 2l Coombe Rd, Br1ghton BN2 4ED   Mum - Rub1na 07700 9OO3l2
4 days fever, conjunct1val 1njection, stawberry tongue, pee1ing f1ngers -> ?Kawasak1. CRP l42.
GP: Dr L. 0'Ha11oran
(rec'd by Dr A Okonkwo, reg, 09:10)""",
[("0l632 960 4Ol","PHONE"),("HUSSAIN, Muhammad Ibrah1m","PATIENT_NAME"),("9O4 ll2 7763","NHS_NUMBER"),("2l Coombe Rd, Br1ghton","ADDRESS"),("BN2 4ED","POSTCODE"),("Rub1na","RELATIVE_NAME"),("07700 9OO3l2","PHONE"),("L. 0'Ha11oran","COLLEAGUE_NAME")],
["Paed Assessment Unit","D0B 3l/0l/20l9","?Kawasak1","CRP l42","Dr A Okonkwo"])

D(40, "no_identifier_cpd_certificate", "Dr Tomasz Wiśniewski",
"""Certificate of attendance
This is to certify that Dr Tomasz Wiśniewski (GMC 7390218) attended "Managing risk in community mental health: STORM self-harm and suicide mitigation training", 6 hours CPD, on 17 January 2025 at Pennine Care NHS Foundation Trust, Stockport.
Course director: Dr Rebecca Thorne. Royal College of Psychiatrists CPD approval code RCPsych-CPD-2025-118.""",
[],
["Dr Tomasz Wiśniewski","GMC 7390218","STORM","6 hours CPD","17 January 2025","Pennine Care NHS Foundation Trust","Dr Rebecca Thorne","RCPsych-CPD-2025-118"])

D(41, "acute_take_tsv", "Dr Hamid Rahimi",
"""Post-take list (copied from Excel) 28/07/25 - cons: Dr H Rahimi (acting up)
Bed\tSurname\tForename\tCHI\tIssue\tNEWS2\tPlan
AMU 1\tMACDONALD\tKirsty\t2804926654\tasthma, PEF 33% best\t6\tMg 2g iv, pred 40mg, ITU r/v
AMU 2\tNguyen\tThi Lan\t1107588121\tUTI/delirium\t3\tnitrofurantoin 100mg mr bd
AMU 3\tO'Rourke\tPadraig ('Paddy')\t0503497710\tSBP, ascites\t5\tcefotaxime, HAS 20%, alcohol liaison
AMU 4\tWARSAME\tFadumo\t1912853327\tTB?, haemoptysis\t2\tside room, sputum AFB x3
Note: pt in AMU 3 is brother of a staff nurse on ward 3 (Siobhan O'Rourke) - confidentiality flagged""",
[("MACDONALD","PATIENT_NAME"),("Kirsty","PATIENT_NAME"),("2804926654","NHS_NUMBER"),("Nguyen","PATIENT_NAME"),("Thi Lan","PATIENT_NAME"),("1107588121","NHS_NUMBER"),("O'Rourke","PATIENT_NAME"),("Padraig","PATIENT_NAME"),("Paddy","PATIENT_NAME"),("0503497710","NHS_NUMBER"),("WARSAME","PATIENT_NAME"),("Fadumo","PATIENT_NAME"),("1912853327","NHS_NUMBER"),("Siobhan O'Rourke","RELATIVE_NAME")],
["Dr H Rahimi","NEWS2","PEF 33% best","Mg 2g iv","pred 40mg","nitrofurantoin 100mg mr bd","cefotaxime","HAS 20%","sputum AFB x3","ward 3","AMU 1"])

D(42, "letter_to_patient_results", "Dr Siobhan Gallagher",
"""Emergency Department - Royal Derwent Infirmary
Clinical Decision Unit follow-up letter

Ms Peony Hartley-Brooks
The Old Forge, Church Lane
Little Eaton, Derby DE21 5AB

Dear Ms Hartley-Brooks,
Following your attendance (ED number ED25-0045718) with a first seizure, your CT head was normal. As discussed, the DVLA requires you to stop driving for 6 months; you told us you drive for Ocado from the Derby depot, so please speak to your manager. The First Seizure Clinic (Dr Ravindran) will write to you. If you have another seizure lasting more than 5 minutes, call 999.
You can read more at www.epilepsy.org.uk.
Dr Siobhan Gallagher""",
[("Peony Hartley-Brooks","PATIENT_NAME"),("Hartley-Brooks","PATIENT_NAME"),("The Old Forge, Church Lane\nLittle Eaton, Derby","ADDRESS"),("DE21 5AB","POSTCODE"),("ED25-0045718","HOSPITAL_NUMBER"),("Ocado from the Derby depot","ADDRESS"),("Ravindran","COLLEAGUE_NAME"),("www.epilepsy.org.uk","URL")],
["Royal Derwent Infirmary","Clinical Decision Unit","DVLA","6 months","999","Dr Siobhan Gallagher","First Seizure Clinic"])
