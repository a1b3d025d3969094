P,R,C,A,PC,T,E,N,H,REF,G,U,O="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
D=[]
def d(kind,app,text,ids,keep): D.append(dict(kind=kind,applicant=app,text=text,identifiers=[{"text":a,"type":b} for a,b in ids],keep=keep))
EM="Dr Olumide Adeyemi"; IM="Dr Priya Raghunathan"; PS="Dr Tomasz Wisniewski"; AN="Dr Eilidh MacKinnon"; GP="Dr Farhan Siddiqui"; PA="Dr Niamh Gallagher"; SU="Dr Mateo Ruiz-Castillo"

d("email",EM,"""From: Ruth Okonkwo <r.okonkwo@royalbramhall.nhs.uk>
To: Olumide Adeyemi
Subject: Fwd: thank you card - bay 6 lady

Olu - this came to the department for you. Lovely. Have scanned the card for your portfolio but please blank the names before you upload it.

---------- Forwarded message ---------
From: sandra.hollis1962@btinternet.com
"Please pass on our thanks to the tall doctor (Dr Olu?) who looked after Mam (Edna Hollis) on Boxing Day. He took time to explain about her sepsis and let our Wayne stay with her in resus. She's home at Primrose Bank now and back bossing us all about. Sandra & Wayne Hollis, 01632 960902"
Ruth""",
[("r.okonkwo@royalbramhall.nhs.uk",E),("sandra.hollis1962@btinternet.com",E),("Edna Hollis",P),("Wayne",R),("Primrose Bank",A),("Sandra & Wayne Hollis",R),("01632 960902",T)],
["Ruth Okonkwo","Olumide Adeyemi","Olu","Dr Olu","Ruth","Boxing Day"])

d("discharge_letter",PA,"""St Wilfrid's Hospital - Neonatal Unit (Level 2) - DISCHARGE SUMMARY
Baby: Baby Boy AKINDELE (twin 2) - now "Tobi"    DOB: 03/06/2023  GA 32+4   BW 1.62 kg
Hosp no: SW/5501928     NHS: 771 902 8836
Mother: Folasade Akindele, 28, of 6 Ropewalk Mews, Dunmere DN1 4TE. Twin 1 (Kehinde) discharged 2 days earlier.
Problems: RDS - 1 dose poractant alfa (Curosurf) 200 mg/kg; CPAP 4 days; jaundice (peak SBR 212, phototherapy 48 h); apnoea of prematurity - caffeine citrate 5 mg/kg/day stopped 34+2.
Discharge weight 2.05 kg. Hearing screen: pass both ears. Vitamin D 400 units daily, Sytron.
Follow-up: Dr Niamh Gallagher, neonatal clinic 6 weeks. Health visitor: Bronwen Tudor, Dunmere South HV team.""",
[("Baby Boy AKINDELE",P),("\"Tobi\"",P),("SW/5501928",H),("771 902 8836",N),("Folasade Akindele",R),("6 Ropewalk Mews, Dunmere",A),("DN1 4TE",PC),("Kehinde",R),("Bronwen Tudor",C)],
["Dr Niamh Gallagher","St Wilfrid's Hospital","DOB: 03/06/2023","GA 32+4","BW 1.62 kg","poractant alfa (Curosurf) 200 mg/kg","SBR 212","caffeine citrate 5 mg/kg/day","Vitamin D 400 units","Sytron"])

d("reflective_entry",GP,"""Significant event analysis - missed cauda equina?
Written by Dr F. Siddiqui; discussed at practice SEA meeting 08/02/2024 (chair Dr Margaret Oduya).

A 41-year-old warehouse operative at the Lidl distribution centre (Pendleby Gate) phoned on a Friday. The receptionist, Kirsty, booked a telephone slot. The patient, Mr Dale Entwistle, described back pain "like last time"; I gave naproxen 500 mg bd and safety-netted. On Sunday his wife Michelle took him to ED with urinary retention; MRI confirmed CES (L4/5 disc). Decompression at 52 hours.
What went well: safety-netting documented. What could be better: I did not specifically ask about saddle anaesthesia or bladder function on the phone. Dale has since returned to work on light duties.
Change: new CES red-flag template on EMIS; CES card given to back-pain patients.""",
[("Lidl distribution centre (Pendleby Gate)",A),("Kirsty",C),("Mr Dale Entwistle",P),("Michelle",R),("Dale",P)],
["Dr F. Siddiqui","Dr Margaret Oduya","08/02/2024","41-year-old","naproxen 500 mg bd","L4/5","52 hours","EMIS"])

d("mdt_minutes",PS,"""Community Mental Health Team - Zoning meeting - Red zone - 25/01/2024
Present: Dr T Wisniewski (chair), Jade Nkemelu (CPN), Aoife Brennan (SW/AMHP), Sid Ramgoolam (OT).
1. "Mo" (Mohammed Idris), RiO 2210877 - missed 2 depot (zuclopenthixol 200 mg 2-weekly), brother Yusuf says he's staying in the garages behind Alder Court. Plan: AMHP assessment under MHA s135(1) if not seen by Friday.
2. Shona Maclachlan, RiO 2198034 - self-harm x3 since Xmas. Lives with nan. Safety plan reviewed, Samaritans.
3. Daniel "Dinky" Prentice, RiO 2231145 - stepped down to amber.
Next meeting 01/02/2024.""",
[("Jade Nkemelu",C),("Aoife Brennan",C),("Sid Ramgoolam",C),("\"Mo\"",P),("Mohammed Idris",P),("2210877",H),("Yusuf",R),("Alder Court",A),("Shona Maclachlan",P),("2198034",H),("Daniel \"Dinky\" Prentice",P),("2231145",H)],
["Dr T Wisniewski","zuclopenthixol 200 mg 2-weekly","MHA s135(1)","Samaritans","25/01/2024","RiO"])

d("mini_cex",IM,"""Mini-CEX - Acute Internal Medicine
Assessor: Dr Benedict Oyelaran-Hughes, Consultant Acute Physician (signed 22/06/2023)
Assessee: Dr Priya Raghunathan
Case: Mrs Ivy Lamplugh, 79, from Hawthorne House residential home, "off legs" with new confusion. 4AT = 6. Hyponatraemia Na 118 mmol/L, euvolaemic, on sertraline 50 mg and indapamide 2.5 mg.
Dr Raghunathan stopped both, fluid restriction 1 L/day, paired osmolalities. Explained to the niece, Mrs Glenys Probert, on the phone.
Feedback: good avoidance of rapid correction (max 8 mmol/L/24 h). Overall 6/6.""",
[("Mrs Ivy Lamplugh",P),("Hawthorne House",A),("Mrs Glenys Probert",R)],
["Dr Benedict Oyelaran-Hughes","Dr Priya Raghunathan","Dr Raghunathan","4AT = 6","Na 118 mmol/L","sertraline 50 mg","indapamide 2.5 mg","8 mmol/L/24 h","79"])

d("handover_whatsapp",SU,"""Surgical SHO group (pasted, names as in phone)
Harry SHO: who's got the guy in bay 4 with the SBO? Mr Leadbetter?
Mateo: me. NGT in, 1.2L bilious. CT: adhesional, transition point RIF. Gastrografin challenge at 8
Harry SHO: his daughter keeps ringing ward, she's called Jolene, number on the whiteboard 07700 900433
Mateo: I'll call her after the list. Also Mrs T in side room 2 - Tabitha Rowe - needs her drain out
Priyanka reg: don't take the drain out, consultant wants it in till Monday
Mateo: 👍""",
[("Harry SHO",C),("Mr Leadbetter",P),("Jolene",R),("07700 900433",T),("Mrs T",P),("Tabitha Rowe",P),("Priyanka reg",C)],
["Mateo","bay 4","SBO","1.2L bilious","Gastrografin challenge","side room 2","RIF"])

d("anaesthetic_chart_transcript",AN,"""Anaesthetic record (transcribed for logbook - Dr E MacKinnon)
Theatre 1, Glenmore Royal, 14/02/2024. CEPOD: urgent.
Label: KERR, Fenella  GR2277601  CHI 1105851234  Dalmeny Ward
Procedure: emergency LSCS, cat 2. Surgeon: Ms Adaeze Obi.
Spinal failed (block T10 only) -> GA: RSI thiopental 5 mg/kg, rocuronium 1.2 mg/kg, VL grade 1, 7.0 ETT. Sugammadex 2 mg/kg at end.
Baby: girl, Apgars 7/9. Partner (Struan) present for delivery.
Post-op: TAP blocks bilateral levobupivacaine 0.25% 20 ml each. Follow-up by obstetric anaesthetist Dr Moyo.""",
[("KERR, Fenella",P),("GR2277601",H),("1105851234",N),("Ms Adaeze Obi",C),("Struan",R),("Dr Moyo",C)],
["Dr E MacKinnon","Theatre 1","Glenmore Royal","Dalmeny Ward","thiopental 5 mg/kg","rocuronium 1.2 mg/kg","Sugammadex 2 mg/kg","Apgars 7/9","levobupivacaine 0.25% 20 ml"])

d("police_statement",EM,"""MG11 WITNESS STATEMENT
Crime reference: NWP/24/009921   Incident log 0417 of 15/03/2024
Name of witness: Olumide ADEYEMI    Age: over 18    Occupation: Registered medical practitioner
I am employed as a specialty doctor in the Emergency Department at the Royal Bramhall Infirmary. At about 02:30 on Friday 15 March 2024 I treated a man I now know to be Craig BARRACLOUGH (DOB 11/01/1996) for a 3 cm stab wound to the left flank. He was brought in by his cousin, who gave his name as "Shaz". He said he had been at the Crown and Anchor on Dock Street. A FAST scan was negative; CT showed no visceral injury. PC 4471 HUGHES took possession of his clothing (exhibit ref ZH/1).
Signature: O Adeyemi""",
[("NWP/24/009921",REF),("0417 of 15/03/2024",REF),("Craig BARRACLOUGH",P),("\"Shaz\"",R),("the Crown and Anchor on Dock Street",A),("PC 4471 HUGHES",C),("ZH/1",REF)],
["Olumide ADEYEMI","O Adeyemi","Royal Bramhall Infirmary","DOB 11/01/1996","3 cm stab wound","FAST scan","Friday 15 March 2024"])
