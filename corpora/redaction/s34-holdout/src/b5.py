from common import D

D("tsv_ward_list", "Dr Marcia Gayle", """AMU take list 22/01/2025 (pasted from Excel)
Bed\tSurname\tForename\tAge\tNHS\tPC\tJob
A1\tGRANT\tWinifred\t84\t4760039921\tUrosepsis, CURB n/a, qSOFA 2\tcultures, gent 5 mg/kg
A2\tNDIAYE\tMamadou\t37\t4761183320\tSickle cell crisis (HbSS)\tPCA morphine, incentive spirometry
A3\tSTONE\tFrank\t69\t4762290143\tDKA, pH 7.11, ketones 5.8\tFRIII 0.1 unit/kg/h
A4\tBAKER\tJoy\t77\t4763318456\tFall, ?syncope, QTc 512\tholter, stop citalopram
A5\tMcGRATH\tSeán\t55\t4764421090\tUGIB, GBS 12\tOGD today (Dr Kwesi Mensah-Doe, gastro)
Consultant: Dr Lawrence Quaye. Clerked by MG / Dr Ama Boateng (F2).
""", [
 ("GRANT","PATIENT_NAME"),("Winifred","PATIENT_NAME"),("4760039921","NHS_NUMBER"),("NDIAYE","PATIENT_NAME"),("Mamadou","PATIENT_NAME"),("4761183320","NHS_NUMBER"),
 ("STONE","PATIENT_NAME"),("Frank","PATIENT_NAME"),("4762290143","NHS_NUMBER"),("BAKER","PATIENT_NAME"),("Joy","PATIENT_NAME"),("4763318456","NHS_NUMBER"),
 ("McGRATH","PATIENT_NAME"),("Seán","PATIENT_NAME"),("4764421090","NHS_NUMBER"),("Dr Kwesi Mensah-Doe","COLLEAGUE_NAME"),("Dr Ama Boateng","COLLEAGUE_NAME"),
], ["Dr Lawrence Quaye","MG","qSOFA 2","gent 5 mg/kg","HbSS","pH 7.11","FRIII 0.1 unit/kg/h","QTc 512","GBS 12","citalopram"])

D("case_history_with_reflection", "Dr Kwame Asante", """CASE HISTORY 4 - Missed scaphoid? (Section: Safety and quality)
A 23-year-old right-handed plasterer, whom I will call "Patient D", fell on an outstretched hand while working on a site at Kingsway Retail Park. He was seen in the UTC by an ENP (Jamie) and discharged with "wrist sprain". He re-attended 12 days later. I reviewed the initial radiographs as the reporting radiology trainee: a subtle undisplaced waist fracture was visible on the ulnar-deviated PA view.
I discussed it with Dr Ingrid Solberg (supervising consultant) and we issued an addendum. The patient was placed in a below-elbow cast; MRI at 2 weeks confirmed the fracture.
Reflection: I now use a structured checklist for scaphoid series and contributed to the trust's ED-radiology discrepancy meeting (ref REALM-24-117).
The patient's details were: Daniel "Dan" Whitcombe, ED no. NG-ED-7720931.
""", [
 ("Kingsway Retail Park","ADDRESS"),("Jamie","COLLEAGUE_NAME"),("REALM-24-117","REFERENCE_NUMBER"),
 ("Daniel \"Dan\" Whitcombe","PATIENT_NAME"),("NG-ED-7720931","HOSPITAL_NUMBER"),
], ["Dr Ingrid Solberg","23-year-old","scaphoid","ulnar-deviated PA view","below-elbow cast"])

D("ld_hospital_passport_email", "Dr Grace Okonkwo-Bell", """From: LD Liaison Nurse <ldliaison@countydurham-hosp.example>
To: Dr Grace Okonkwo-Bell
Cc: Sam (support worker) <sam.r@caringhands.example>
Subject: RE: pre-admission reasonable adjustments - Bethany-Rose Lowther (hosp no DH9920143)

Hi Dr Okonkwo-Bell
Bethany-Rose ("Bee") is coming in on Thurs for dental GA and bloods under one anaesthetic. She has profound LD and Rett syndrome, communicates with eye gaze. MCA 2005 best interests meeting held 04/06 with mum Sharon Lowther and dad Keith; IMCA not needed.
She lives at 12 Primrose Bank, Crook DL15 8RR. Mum's mobile 07700 900215.
Please can she be first on the list and have a side room on Ward 4 (Children's)?
Thanks, Fiona Garside, LD Liaison Nurse
""", [
 ("ldliaison@countydurham-hosp.example","EMAIL"),("Sam","COLLEAGUE_NAME"),("sam.r@caringhands.example","EMAIL"),("Bethany-Rose Lowther","PATIENT_NAME"),("Bethany-Rose","PATIENT_NAME"),("\"Bee\"","PATIENT_NAME"),
 ("DH9920143","HOSPITAL_NUMBER"),("Sharon Lowther","RELATIVE_NAME"),("Keith","RELATIVE_NAME"),("12 Primrose Bank, Crook","ADDRESS"),("DL15 8RR","POSTCODE"),("07700 900215","PHONE"),("Fiona Garside","COLLEAGUE_NAME"),
], ["Dr Grace Okonkwo-Bell","Dr Okonkwo-Bell","Rett syndrome","MCA 2005","Ward 4 (Children's)"])

D("acat_export", "Dr Siobhán Ní Bhriain", """ACAT (Acute Care Assessment Tool) - RCEM ePortfolio export
Trainee: Dr S. Ní Bhriain   Assessor: Dr Ewan Rattray   Date: 14/03/2025   Shift: 14:00-00:00, Majors/Resus
Cases managed during the shift (initials and ED numbers as entered by trainee):
1. WK, 19M, ED25-2201187 - anaphylaxis to peanut, adrenaline 500 micrograms IM x2, observed 6 h
2. BOD, 73F, ED25-2201203 - fast AF + sepsis, qSOFA 2, Sepsis Six in 45 min
3. "Paddy" Kinsella, 66M, ED25-2201219 - AAA rupture suspected, bedside POCUS 7.1 cm aorta, vascular (Mr Olamide Sowunmi) in 12 min
4. ZA, 4F, ED25-2201240 - febrile convulsion, NICE traffic light amber, discharged with safety-netting
Assessor comment: superb prioritisation; delegated well to F2 (Dr Hollie Parr).
""", [
 ("WK","PATIENT_NAME"),("ED25-2201187","HOSPITAL_NUMBER"),("BOD","PATIENT_NAME"),("ED25-2201203","HOSPITAL_NUMBER"),("\"Paddy\" Kinsella","PATIENT_NAME"),("ED25-2201219","HOSPITAL_NUMBER"),
 ("Mr Olamide Sowunmi","COLLEAGUE_NAME"),("ZA","PATIENT_NAME"),("ED25-2201240","HOSPITAL_NUMBER"),("Dr Hollie Parr","COLLEAGUE_NAME"),
], ["Dr S. Ní Bhriain","Dr Ewan Rattray","adrenaline 500 micrograms IM","qSOFA 2","Sepsis Six","7.1 cm","NICE traffic light","19M","73F"])

D("renal_transplant_clinic_letter", "Dr Oluwaseun Adeyemi", """Renal Transplant Follow-up Clinic - St Aldhelm's Hospital
Date: 08/07/2025     Hosp no: RA0099214     NHS: 736 402 1158
Dear Dr Gwen Pryce-Evans
Mrs Adaeze Okoli-Nwankwo (DOB 05/05/1972), Flat 6, 88 Lombard Road, Frome BA11 3HH
Deceased-donor (DBD) kidney transplant 2021. Creatinine 132 umol/L (baseline 120-130), uPCR 28, tacrolimus trough 6.2 ug/L on Adoport 3 mg BD, MMF 500 mg BD, prednisolone 5 mg OD. BK viraemia negative. HbA1c 51 (PTDM) - linagliptin 5 mg.
She tells me her sister Ngozika (living donor work-up 2019, declined) remains supportive.
Dr O. Adeyemi, Renal Specialty Doctor   Tel: 01632 960512 (renal secretaries)
""", [
 ("RA0099214","HOSPITAL_NUMBER"),("736 402 1158","NHS_NUMBER"),("Dr Gwen Pryce-Evans","COLLEAGUE_NAME"),("Mrs Adaeze Okoli-Nwankwo","PATIENT_NAME"),
 ("Flat 6, 88 Lombard Road, Frome","ADDRESS"),("BA11 3HH","POSTCODE"),("Ngozika","RELATIVE_NAME"),("01632 960512","PHONE"),
], ["St Aldhelm's Hospital","DOB 05/05/1972","Creatinine 132 umol/L","tacrolimus trough 6.2 ug/L","Adoport 3 mg BD","MMF 500 mg BD","prednisolone 5 mg OD","HbA1c 51","linagliptin 5 mg","Dr O. Adeyemi"])

D("complaint_statement_about_colleague", "Dr Niamh Costigan", """STATEMENT FOR SERIOUS INCIDENT INVESTIGATION (StEIS 2024/18832)
Trust incident ref: INC-552190      Investigator: Mr Aled Prosser (Patient Safety Lead)
I am Dr Niamh Costigan, Specialty Doctor in Acute Medicine, GMC 7210448.
On 03/05/2024 at approximately 02:30 I was asked by Staff Nurse Olga Petrenko to review Mr Walter Ibbotson (hosp no WC2287716), 79, bed 12 on Ward 18, because his NEWS2 was 7. He had been reviewed at 23:50 by the FY1, Dr Harvey Lindsay, who had prescribed IV fluids but not escalated. I found him hypotensive (BP 78/40), lactate 5.4, and started the sepsis pathway, meropenem 1 g IV, and called the medical registrar, Dr Sanjeev Balakrishnan (GMC 7345561), who came at 03:10 and referred to ICU (Dr Yvette Kamara). Mr Ibbotson died at 06:45 despite vasopressors.
His daughter, Mrs Janet Sowerby, has raised concerns about the delay.
Signed: Niamh Costigan 20/05/2024
""", [
 ("2024/18832","REFERENCE_NUMBER"),("INC-552190","REFERENCE_NUMBER"),("Mr Aled Prosser","COLLEAGUE_NAME"),("Staff Nurse Olga Petrenko","COLLEAGUE_NAME"),
 ("Mr Walter Ibbotson","PATIENT_NAME"),("Mr Ibbotson","PATIENT_NAME"),("WC2287716","HOSPITAL_NUMBER"),("Dr Harvey Lindsay","COLLEAGUE_NAME"),("Dr Sanjeev Balakrishnan","COLLEAGUE_NAME"),("7345561","GMC_NUMBER"),
 ("Dr Yvette Kamara","COLLEAGUE_NAME"),("Mrs Janet Sowerby","RELATIVE_NAME"),
], ["Dr Niamh Costigan","GMC 7210448","Niamh Costigan","bed 12","Ward 18","NEWS2","BP 78/40","lactate 5.4","meropenem 1 g IV"])

D("no_identifier_qi_poster_abstract", "Dr Imran Chaudhry", """QI PROJECT ABSTRACT - Reducing time to antibiotics in neutropenic sepsis on AMU
Authors: I. Chaudhry, L. Quaye (supervisor)
Background: NICE CG151 recommends antibiotics within 1 hour of presentation.
Methods: 3 PDSA cycles over 9 months; baseline median door-to-needle 94 min (n=31).
Interventions: "Red bag" with pip-taz 4.5 g pre-packed in ED resus; e-alert on ICE for neutrophils < 0.5 x10^9/L; teaching to ED/AMU nurses.
Results: median 48 min (n=29) after cycle 3; 83% within 60 min (baseline 29%). SPC run chart showed a shift of 8 points.
Presented: Society for Acute Medicine spring meeting 2025, poster P-114.
""", [], ["I. Chaudhry","L. Quaye","NICE CG151","pip-taz 4.5 g","PDSA","poster P-114","Society for Acute Medicine"])

D("community_palliative_email", "Dr Rhys Pritchard", """To: spc.hub@hywelvalley.example
From: Dr Rhys Pritchard (OOH)
Subject: JIC meds / syringe driver - Mr Dai "Taffy" Llewelyn-Morgan, NHS 612 900 4471

Visited at home 21:40 (Ty Gwyn, 5 Heol y Felin, Cross Hands, SA14 6TB). 78M, metastatic prostate Ca, now dying, PPS 20%. Agitated +++, pain 8/10.
Given midazolam 2.5 mg SC and morphine sulfate 5 mg SC. Set up CSCI: morphine 15 mg + midazolam 10 mg over 24 h via McKinley T34.
Wife Gwenllian and son Rhodri present, aware and accepting; DNACPR in house (purple form). DN (Carys, night team) to review 02:00.
Also: neighbour "Bopa" Eleri next door has spare key.
Rhys
""", [
 ("spc.hub@hywelvalley.example","EMAIL"),("Mr Dai \"Taffy\" Llewelyn-Morgan","PATIENT_NAME"),("612 900 4471","NHS_NUMBER"),("Ty Gwyn, 5 Heol y Felin, Cross Hands","ADDRESS"),("SA14 6TB","POSTCODE"),
 ("Gwenllian","RELATIVE_NAME"),("Rhodri","RELATIVE_NAME"),("Carys","COLLEAGUE_NAME"),("\"Bopa\" Eleri","RELATIVE_NAME"),
], ["Dr Rhys Pritchard","Rhys","PPS 20%","midazolam 2.5 mg SC","morphine sulfate 5 mg SC","McKinley T34","DNACPR","78M"])
