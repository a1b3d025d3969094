P,R,C,A,PC,T,E,N,H,REF,G,U,O="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
D=[]
def d(kind,app,text,ids,keep): D.append(dict(kind=kind,applicant=app,text=text,identifiers=[{"text":a,"type":b} for a,b in ids],keep=keep))
EM="Dr Olumide Adeyemi"; IM="Dr Priya Raghunathan"; PS="Dr Tomasz Wisniewski"; AN="Dr Eilidh MacKinnon"; GP="Dr Farhan Siddiqui"; PA="Dr Niamh Gallagher"; SU="Dr Mateo Ruiz-Castillo"

d("employment_tribunal_statement",EM,"""Employment Tribunal claim no. 2401187/2023 - witness statement of Dr Olumide Adeyemi
1. I was the senior doctor in the ED on the night of 19/02/2023 when the claimant, Staff Nurse Jerome Baptiste-Wilde (NMC PIN 09I1234E), was involved in a dispute with the nurse in charge, Sister Harriet Lomas.
2. The patient concerned, an 89-year-old lady from Beech Court, was left on a trolley for 6 hours without pressure area care. Her granddaughter, Miss Chelsea Ridgway, raised this with me.
3. I have no other involvement. Dr O Adeyemi (GMC 7281934)""",
[("2401187/2023",REF),("Staff Nurse Jerome Baptiste-Wilde",C),("NMC PIN 09I1234E",G),("Sister Harriet Lomas",C),("Beech Court",A),("Miss Chelsea Ridgway",R)],
["Dr Olumide Adeyemi","Dr O Adeyemi","GMC 7281934","89-year-old","6 hours"])

d("patient_feedback",GP,"""Patient feedback questionnaire (GMC PSQ) - free text, transcribed - Dr F Siddiqui - 2023
"Dr Siddiqui sorted my dad's hearing aid referral when no one else would." - signed Gareth Prosser, Mill Cottage
"He's lovely but always runs 30 minutes late" 
"My son Oliver (autism) was calm with him, first time ever" 
"Please tell him Mrs Dorothy Cheeseman from the flats on Tanyard Lane says thank you."
Score: 92% above benchmark. Collated by practice manager Ms Sharon Allsop.""",
[("Gareth Prosser",R),("Mill Cottage",A),("Oliver",P),("Mrs Dorothy Cheeseman",P),("the flats on Tanyard Lane",A),("Ms Sharon Allsop",C)],
["Dr F Siddiqui","Dr Siddiqui","GMC PSQ","92%","30 minutes"])

d("anaesthetic_followup",AN,"""Post-operative visit - Obstetric anaesthesia - Dalmeny Ward bed 15
Dr E MacKinnon, 15/02/2024
Mrs Kerr (Fenella) day 1 post GA CS. Sore throat (expected), no recall of intra-op events (Brice questionnaire negative). Very upset that the spinal failed. I explained the reasons (likely inadequate spread) and apologised that her partner Struan was asked to leave theatre when we converted.
Baby Isla on NNU, well. Plan: debrief clinic 6 weeks with Dr Moyo.""",
[("Mrs Kerr",P),("Fenella",P),("Struan",R),("Isla",P),("Dr Moyo",C)],
["Dr E MacKinnon","Dalmeny Ward bed 15","Brice questionnaire","15/02/2024"])

d("paeds_referral_ocr",PA,"""Hea1th Visit0r Referra1 to Paediatrics - scanned
From: Bronwen Tudor HV, Dunmere S0uth, te1 01632 96O5l2
Chi1d: Mi1o Pe11egrini  DOB l2/l2/2022
Addr: 22 Lime Ki1n Way, Dunmere DN4 7AZ
C0ncern: no words at 18 m0nths, poor eye c0ntact, Ages & Stages (ASQ-3) communication 10 (cut-off 13.06). Mum (Gianna) tired; 0lder sib1ing Luca has ASD dx.
Seen by Dr Niamh Ga11agher in deve1opmenta1 c1inic - ADOS referral made.""",
[("Bronwen Tudor",C),("01632 96O5l2",T),("Mi1o Pe11egrini",P),("22 Lime Ki1n Way, Dunmere",A),("DN4 7AZ",PC),("Gianna",R),("Luca",R)],
["DOB l2/l2/2022","ASQ-3","cut-off 13.06","Dr Niamh Ga11agher","ADOS"])

d("surgery_mortality_meeting",SU,"""Surgical M&M - 22/03/2024 - Kingsmead - presenter Dr M Ruiz-Castillo
Case: 74 F, KUH3877310, ischaemic bowel after AAA repair (Mr Fyfe's list at Glenmore, transferred). Lactate 9.2 on arrival. Laparotomy by on-call consultant Mr Hussain Ali-Mirza - 80 cm ileum non-viable; died day 2.
Family: husband Norman and son Graeme (lives in Perth, Australia) - Graeme unhappy about delay; PALS ref KUH/PALS/24/0388.
Learning points: CT mesenteric angiography earlier; NELA risk 42% not documented.""",
[("KUH3877310",H),("Mr Fyfe",C),("Mr Hussain Ali-Mirza",C),("Norman",R),("Graeme",R),("KUH/PALS/24/0388",REF)],
["Dr M Ruiz-Castillo","Kingsmead","Glenmore","Lactate 9.2","NELA risk 42%","80 cm","74 F"])

d("psych_handover",PS,"""Oakridge Unit night report -> Dr T Wisniewski (on-call), 18/06/2023
Willow: "Jonno" settled after PRN. 
Ash: Mr Wren refused supper again - weight 51.2 kg. 
Cedar (PICU): new admission s136 -> s2, Miss Saoirse Ní Bhriain, 27, brought by PC Tunde Balogun; family in Galway (mother Máire, 00353 91 555 014). 
Incident: Ash ward patient Terrence Oddie punched the window (Datix OAK-23-2291), no injury.""",
[("\"Jonno\"",P),("Mr Wren",P),("Miss Saoirse Ní Bhriain",P),("PC Tunde Balogun",C),("Galway",A),("Máire",R),("00353 91 555 014",T),("Terrence Oddie",P),("OAK-23-2291",REF)],
["Dr T Wisniewski","Oakridge Unit","weight 51.2 kg","s136","PICU","18/06/2023"])

d("gp_home_visit_note",GP,"""Home visit - 17/01/2024 - Dr Siddiqui
Mr Zbigniew "Ziggy" Kaczmarek, 79, at his daughter's house, 5 The Paddocks, Pendleby Green PN5 2SW (door code 4471 - DO NOT put in letters!). Daughter Ewa and son-in-law Mark present. Advanced COPD, FEV1 28%, on home O2 2 L. Discussed ReSPECT - wants no hospital admission. Anticipatory meds: morphine sulfate 2.5-5 mg s/c prn, midazolam 2.5-5 mg s/c prn, hyoscine butylbromide 20 mg s/c prn, levomepromazine 6.25 mg.
DN team (Pendleby Green) informed: Sister Oksana Hryhorenko.""",
[("Mr Zbigniew \"Ziggy\" Kaczmarek",P),("5 The Paddocks, Pendleby Green",A),("PN5 2SW",PC),("4471",O),("Ewa",R),("Mark",R),("Sister Oksana Hryhorenko",C)],
["Dr Siddiqui","FEV1 28%","home O2 2 L","ReSPECT","morphine sulfate 2.5-5 mg s/c prn","midazolam 2.5-5 mg s/c prn","hyoscine butylbromide 20 mg","levomepromazine 6.25 mg","79"])

d("im_acute_take_list",IM,"""Post-take ward round list - 28/04/2024 - Consultant: Dr P Raghunathan - AMU
1. Ebrahim Moosa 61M  WG0990121  chest sepsis, CURB-65 3 -> ward 8A
2. "Queenie" (Violet Queen) 95F  WG0990188  UTI + delirium, 4AT 7 -> frailty unit
3. Sean-Paul McKenzie 33M  WG0990203  alcohol withdrawal seizure -> Pabrinex; OT assessment
4. Dolores Ibarra-Smith 58F  WG0990230  upper GI bleed, Glasgow-Blatchford 12 -> OGD today (Dr Popescu)
FY1s on take: Dr Amara Eze, Dr Jonty Ballantyne.""",
[("Ebrahim Moosa",P),("WG0990121",H),("\"Queenie\"",P),("Violet Queen",P),("WG0990188",H),("Sean-Paul McKenzie",P),("WG0990203",H),("Dolores Ibarra-Smith",P),("WG0990230",H),("Dr Popescu",C),("Dr Amara Eze",C),("Dr Jonty Ballantyne",C)],
["Dr P Raghunathan","AMU","CURB-65 3","4AT 7","Pabrinex","Glasgow-Blatchford 12","ward 8A","95F"])

d("child_death_review",PA,"""Child Death Review meeting notes (CDOP notification ref CDOP/DUN/2023/044) - 11/12/2023
Child: Alfie-James Tranter... [correction: not this case] Child: Reggie Southwood, 7 months, SUDI at 14 Coronation Terrace, Dunmere.
Parents: Kayla Southwood and Brandon Hicks. Co-sleeping on sofa after parental alcohol.
Lead professional: Dr Niamh Gallagher. Police: DS Mark Onyango. Coroner ref: DUN-C-1187-23.
Modifiable factors identified: yes (safer sleep). Reviewed by Dr Kwame Asante-Boateng, designated doctor.""",
[("CDOP/DUN/2023/044",REF),("Alfie-James Tranter",P),("Reggie Southwood",P),("14 Coronation Terrace, Dunmere",A),("Kayla Southwood",R),("Brandon Hicks",R),("DS Mark Onyango",C),("DUN-C-1187-23",REF)],
["Dr Niamh Gallagher","Dr Kwame Asante-Boateng","7 months","SUDI","11/12/2023"])

d("ed_reflection_eponyms",EM,"""Reflection: Ludwig's angina that looked like toothache
A 38-year-old man (Mr Parkinson - no relation to the disease! - Dean Parkinson) came in from the Ridley Arms at 1 a.m. with a swollen floor of mouth. He had seen his dentist, Mr Ravi Oberoi, two days earlier. I recognised Ludwig's angina, gave dexamethasone 6.6 mg IV and co-amoxiclav 1.2 g IV, and called anaesthetics (Dr Eilidh MacKinnon was on - she did an awake fibreoptic intubation) and maxfax (Mr Sandeep Gill).
Learning: Parkinson's disease, Parkinson's law, and Mr Parkinson are three different things - careful search-and-replace when anonymising!
Verified by Dr Ruth Okonkwo.""",
[("Mr Parkinson",P),("Dean Parkinson",P),("the Ridley Arms",A),("Mr Ravi Oberoi",C),("Mr Sandeep Gill",C)],
["Ludwig's angina","Parkinson's disease","Parkinson's law","dexamethasone 6.6 mg IV","co-amoxiclav 1.2 g IV","Dr Eilidh MacKinnon","Dr Ruth Okonkwo","38-year-old man"])

d("im_email_chain",IM,"""From: Priya Raghunathan
To: AMU consultants
Subject: learning from Mr Achterberg?? no - wrong patient - Mr Okwuosa

Colleagues, a reminder after last week's near-miss: two patients with similar names on AMU (Mr Chukwuemeka Okwuosa, WG0931180, and Mr Chukwudi Okwuosa, WG0931245 - not related) had bloods mislabelled by phlebotomist Ms Gemma Thorley. Please use the 3-point ID check (name, DOB, hospital number). Datix WG-INC-80413.
Priya""",
[("Mr Achterberg",P),("Mr Okwuosa",P),("Mr Chukwuemeka Okwuosa",P),("WG0931180",H),("Mr Chukwudi Okwuosa",P),("WG0931245",H),("Ms Gemma Thorley",C),("WG-INC-80413",REF)],
["Priya Raghunathan","Priya","AMU","3-point ID check"])
