P,R,C,A,PC,T,E,N,H,REF,G,U,O="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
D=[]
def d(kind,app,text,ids,keep): D.append(dict(kind=kind,applicant=app,text=text,identifiers=[{"text":a,"type":b} for a,b in ids],keep=keep))
EM="Dr Olumide Adeyemi"; IM="Dr Priya Raghunathan"; PS="Dr Tomasz Wisniewski"; AN="Dr Eilidh MacKinnon"; GP="Dr Farhan Siddiqui"; PA="Dr Niamh Gallagher"; SU="Dr Mateo Ruiz-Castillo"

d("reflective_entry",PS,"""Reflection: a patient I could not help

I met Mr Wren on the Ash ward on my second week. He was a retired signalman from March (the town, in Cambridgeshire, not the month) and everyone called him "Birdie". His wife Pearl had died the previous March and he had stopped eating. He told me about the allotment behind the Railway Tavern where they grew dahlias.

Birdie's MADRS was 38. We gave ECT after a second opinion (SOAD, Dr Kenneth Oyelowo). He improved after 6 treatments, then was readmitted 4 months later from Sycamore Lodge care home. Reading the readmission notes, I noticed his key worker Gemma-Louise had documented that he "asked for Tomasz" - I found that hard.

I discussed this at Balint group and in supervision with Dr Imogen Fairweather, who countersigned this reflection.
Learning: continuity, and my own grief reactions. GMP domain 3.""",
[("Mr Wren",P),("March (the town, in Cambridgeshire, not the month)",A),("Birdie",P),("Pearl",R),("the Railway Tavern",A),("Dr Kenneth Oyelowo",C),("Sycamore Lodge",A),("Gemma-Louise",C)],
["Ash ward","MADRS was 38","ECT","SOAD","Tomasz","Dr Imogen Fairweather","Balint group","GMP domain 3","6 treatments"])

d("acat",EM,"""ACAT (Acute Care Assessment Tool) - shift 20:00-08:00, 11/11/2022, Royal Bramhall Infirmary ED, Majors
Assessed doctor: Dr O. Adeyemi   Assessor: Dr Ruth Okonkwo (Consultant, signed)
Cases seen (patients identified by initials in the ED log):
 - B.W., 70s M, STEMI - primary PCI call 22:14, door-to-balloon 58 min
 - "Tash" T.McG., 22 F, DKA pH 7.08, FRIII 0.1 units/kg/h
 - D O'N, 45 M, Colles' fracture, haematoma block lidocaine 1% 10 ml
 - RK-S, 90 F, fall from Ivy House nursing home, NOF
Team leadership: managed the board; supported FY2 Dr Precious Mabuza with the DKA. Reviewed Dr Arjun Telang's chest drain.
Global: above expected""",
[("B.W.",P),("\"Tash\"",P),("T.McG.",P),("D O'N",P),("RK-S",P),("Ivy House",A),("Dr Precious Mabuza",C),("Dr Arjun Telang",C)],
["Dr O. Adeyemi","Dr Ruth Okonkwo","Royal Bramhall Infirmary","STEMI","door-to-balloon 58 min","pH 7.08","FRIII 0.1 units/kg/h","Colles' fracture","lidocaine 1% 10 ml","11/11/2022"])

d("complaint_statement",SU,"""Statement in response to complaint (Kingsmead University Hospital ref KUH/PALS/24/0917; Ombudsman ref PHSO-0092231)
Author: Dr Mateo Ruiz-Castillo, Specialty Doctor, General Surgery

Mrs Felicity Armitage-Crowe complains that her father, Mr Desmond Crowe (aged 84, DOB 01/09/1939), was discharged from Ward 22 on 30/01/2024 with an undiagnosed anastomotic leak after his anterior resection. I reviewed him on the morning ward round with the FY1 Dr Lucy Harcourt. His CRP was 212 (previous day 148) and I documented concern. The decision to discharge was made later that day by Mr Geoffrey Pendlebury, consultant, after I had gone off shift; the nurse in charge, Charge Nurse Obi Eze, recorded that I was not consulted.
I accept that my plan ("repeat CRP, CT if rising") was not escalated clearly enough. Mr Crowe was readmitted via ED on 02/02/2024 and had a Hartmann's procedure.
I have reflected with my educational supervisor Mr Ian Strachan.""",
[("KUH/PALS/24/0917",REF),("PHSO-0092231",REF),("Mrs Felicity Armitage-Crowe",R),("Mr Desmond Crowe",P),("Mr Crowe",P),("Dr Lucy Harcourt",C),("Mr Geoffrey Pendlebury",C),("Charge Nurse Obi Eze",C)],
["Dr Mateo Ruiz-Castillo","Kingsmead University Hospital","DOB 01/09/1939","Ward 22","CRP was 212","Hartmann's procedure","Mr Ian Strachan","anterior resection","aged 84"])

d("ocr_scan_lab_report",IM,"""WESTC0MBE PATH0LOGY     HAEMAT0LOGY
Name: F0RSYTH, Euan         D0B: 27/O3/1962     Sex: M
Hosp: WG05l2877    NHS: 55O 2O1 7731
Req by: Dr P Raghunathan  Loc: AMU
Lab no: H24.0311.0882
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Hb        98  g/L    (130-170)  L
MCV       l02 fL     (80-100)   H
Plt       88  x1O9/L (150-400)  L
B12       9O  ng/L   (>180)     L
Fo1ate    2.1 ug/L
Comment: macrocytic anaemia; ?B12 deficiency. Film: hypersegmented neutr0phils.
Auth: Dr Celia Marchbanks (BMS)  l1/03/2024""",
[("F0RSYTH, Euan",P),("WG05l2877",H),("55O 2O1 7731",N),("H24.0311.0882",O),("Dr Celia Marchbanks",C)],
["Dr P Raghunathan","D0B: 27/O3/1962","Hb        98  g/L","MCV       l02 fL","B12       9O  ng/L","hypersegmented neutr0phils","AMU"])

d("preop_assessment",AN,"""Pre-assessment clinic note - Glenmore Royal Hospital
Dr Eilidh MacKinnon, Specialty Doctor Anaesthesia

Pt: Mr Thaddeus Okeke-Whyte, 63, retired bus driver (Glenmore Citylink depot), lives with daughter Ngozi in a first-floor flat on Bellfield Crescent.
Planned: elective open AAA repair (6.1 cm).
CPET: VO2 peak 14.2 ml/kg/min, AT 9.8. RCRI 3. Frailty: CFS 4. STOP-BANG 6 - undiagnosed OSA likely, referred sleep clinic (Dr Hamid).
Meds: bisoprolol 2.5 mg, atorvastatin 80 mg, clopidogrel 75 mg (stop 7 days pre-op after discussion with Mr Fyfe, vascular).
Mallampati 3, thyromental distance 5 cm - difficult airway alert. CHI 0512604477.""",
[("Mr Thaddeus Okeke-Whyte",P),("Glenmore Citylink depot",A),("Ngozi",R),("Bellfield Crescent",A),("Dr Hamid",C),("Mr Fyfe",C),("0512604477",N)],
["Dr Eilidh MacKinnon","Glenmore Royal Hospital","VO2 peak 14.2 ml/kg/min","RCRI 3","CFS 4","STOP-BANG 6","bisoprolol 2.5 mg","atorvastatin 80 mg","clopidogrel 75 mg","Mallampati 3","6.1 cm"])

d("msf_feedback",PA,"""Multi-source feedback (MSF) summary - Dr Niamh Gallagher - 2023 round
Responses: 14 (5 consultants, 4 nurses, 3 trainees, 2 admin). Reviewed and released by Dr Kwame Asante-Boateng, educational supervisor.
Selected comments:
"Niamh is the person I'd want seeing my own child." - nurse
"Sometimes stays too late; on the night baby Oisin Doherty arrested she was still there at 10 pm." - consultant
"Very approachable, helped me with my first LP." - trainee
"She handled Mr Kowalczyk's complaint about the cannula really well." - admin
Domains rated above expected: communication, team working.""",
[("Oisin Doherty",P),("Mr Kowalczyk",R)],
["Dr Niamh Gallagher","Niamh","Dr Kwame Asante-Boateng","LP"])

d("clinic_letter",SU,"""Kingsmead University Hospital - Colorectal Surgery Outpatients, Clinic K4
Dictated 15/05/2024, typed 17/05/2024   Ref: MRC/jh/KUH3398120

To: Dr Sinead Cullinane, The Old Forge Surgery, Brackley Heath
cc: Patient

Re: Mr Piotr Zawadzki, DOB 14/07/1968, KUH3398120, NHS 938 550 6124
Flat 12, Copperfield House, Station Approach, Brackley Heath BH3 7UT. Mobile 07700 900781

Diagnosis: fistula-in-ano, trans-sphincteric (Parks classification), recurrent.
Mr Zawadzki is a long-distance lorry driver (Eddie Stobart) and finds seton care difficult on the road. His partner Marta helps with packing. MRI pelvis shows a single tract, no horseshoe extension.
Plan: loose draining seton, EUA in 12 weeks; consider LIFT procedure.
Dr Mateo Ruiz-Castillo, Specialty Doctor, for Mr Ian Strachan""",
[("MRC/jh/KUH3398120",REF),("Dr Sinead Cullinane",C),("The Old Forge Surgery, Brackley Heath",A),("Mr Piotr Zawadzki",P),("KUH3398120",H),("938 550 6124",N),("Flat 12, Copperfield House, Station Approach, Brackley Heath",A),("BH3 7UT",PC),("07700 900781",T),("Mr Zawadzki",P),("Eddie Stobart",A),("Marta",R)],
["Dr Mateo Ruiz-Castillo","Mr Ian Strachan","Kingsmead University Hospital","Clinic K4","DOB 14/07/1968","Parks classification","LIFT procedure","MRI pelvis"])
