from b1 import d
A="Dr Siobhán Ní Bhriain"
d("clinic_letter",A,"""Belfast Health and Social Care Trust - Eye Casualty, Royal Victoria Hospital
Our ref: SNB/OPH/2291
Dr Pádraig Ó Catháin, Ormeau Health Centre, 120 Ormeau Road, Belfast BT7 2EB
Dear Dr Ó Catháin,
Re: Róisín O'Hagan, 27 Glenavy Road, Crumlin, Co. Antrim BT29 4LA   H&C 327 558 1904   DOB 09/05/1987
Róisín attended with a painful red left eye. Dendritic ulcer on fluorescein; VA 6/12. HSV keratitis.
Started ganciclovir 0.15% gel five times daily. Review in 1 week. Her husband, Seán, phoned the clinic - I have told him she should not wear contact lenses.
Yours sincerely, Dr Siobhán Ní Bhriain, Specialty Doctor in Ophthalmology, GMC 7345612""",
[("SNB/OPH/2291","REFERENCE_NUMBER"),("Dr Pádraig Ó Catháin","COLLEAGUE_NAME"),("Ormeau Health Centre, 120 Ormeau Road, Belfast","ADDRESS"),("BT7 2EB","POSTCODE"),("Dr Ó Catháin","COLLEAGUE_NAME"),("Róisín O'Hagan","PATIENT_NAME"),("Róisín","PATIENT_NAME"),("27 Glenavy Road, Crumlin, Co. Antrim","ADDRESS"),("BT29 4LA","POSTCODE"),("327 558 1904","NHS_NUMBER"),("Seán","RELATIVE_NAME")],
["Royal Victoria Hospital","Belfast Health and Social Care Trust","09/05/1987","VA 6/12","HSV keratitis","ganciclovir 0.15% gel","Dr Siobhán Ní Bhriain","GMC 7345612"])
d("operation_note",A,"""Mater Hospital Belfast - Day Procedure Unit - Cataract operation note
Patient: Eamonn Mac Giolla Bhríde   H&C 401 229 7713   Hosp no. MAT-Z601287
Procedure: R phacoemulsification + IOL (SN60WF +21.5 D). Topical + intracameral anaesthesia.
Surgeon: Dr S. Ní Bhriain. Supervisor: Mr Declan Mulholland, Consultant Ophthalmologist (present).
Complication: none. Intracameral cefuroxime 1 mg/0.1 mL. Post-op: Maxitrol QDS 4/52.
Scrub nurse: Bernadette Ní Chonaill. Pt's daughter Aoife to bring him to review.""",
[("Eamonn Mac Giolla Bhríde","PATIENT_NAME"),("401 229 7713","NHS_NUMBER"),("MAT-Z601287","HOSPITAL_NUMBER"),("Bernadette Ní Chonaill","COLLEAGUE_NAME"),("Aoife","RELATIVE_NAME")],
["Mater Hospital Belfast","SN60WF +21.5 D","Dr S. Ní Bhriain","Mr Declan Mulholland","cefuroxime 1 mg/0.1 mL","Maxitrol QDS"])
d("reflective_writing",A,"""Reflection: a child's squint and a frightened father
Liam Óg Ó Néill was four when his father, Liam Senior, brought him from Dungiven because a neighbour said "the wee fella's eye is turning in". I found a right esotropia and a VA of 6/24 in that eye; the cycloplegic refraction showed +5.50 DS hypermetropia. Mr Ó Néill told me his own father had been blind in one eye from "a lazy eye nobody treated".
I learned to slow down and explain amblyopia with a drawing rather than with the Snellen chart. Orthoptist Gráinne McKeown took over the patching plan. I discussed this with Mr Declan Mulholland, my clinical supervisor.""",
[("Liam Óg Ó Néill","PATIENT_NAME"),("Liam Senior","RELATIVE_NAME"),("Dungiven","ADDRESS"),("Mr Ó Néill","RELATIVE_NAME"),("Gráinne McKeown","COLLEAGUE_NAME")],
["esotropia","VA of 6/24","+5.50 DS","Snellen chart","Mr Declan Mulholland","amblyopia"])
d("email_thread",A,"""From: Siobhan Ni Bhriain <siobhan.nibhriain@belfasttrust.hscni.net>
To: Ciara D'Arcy <ciara.darcy@belfasttrust.hscni.net>
Subject: FW: intravitreal list Thurs - patient can't get transport

Ciara - can we swap Mr Pat McGuigan (RVH 4471920) into the afternoon slot? His son Conor says the Rural Transport bus from Kilkeel doesn't get in till 11. He's due aflibercept 2 mg L eye, 8-weekly, last OCT CST 312 microns.
S.

-----Original Message-----
From: conor.mcguigan77@example.com
Sent: 12 January 2026 21:03
Dad (Pat McGuigan, 14 Newry Street, Kilkeel BT34 4DN) can't make 9.30 Thursday. Mobile 07700 900318.""",
[("Ciara D'Arcy","COLLEAGUE_NAME"),("ciara.darcy@belfasttrust.hscni.net","EMAIL"),("Ciara","COLLEAGUE_NAME"),("Mr Pat McGuigan","PATIENT_NAME"),("RVH 4471920","HOSPITAL_NUMBER"),("Conor","RELATIVE_NAME"),("conor.mcguigan77@example.com","EMAIL"),("Pat McGuigan","PATIENT_NAME"),("14 Newry Street, Kilkeel","ADDRESS"),("BT34 4DN","POSTCODE"),("07700 900318","PHONE")],
["Siobhan Ni Bhriain","siobhan.nibhriain@belfasttrust.hscni.net","aflibercept 2 mg","CST 312 microns","OCT"])
d("audit_report",A,"""Audit: post-injection endophthalmitis, Belfast Trust Macular Service 2024-25
Lead: Dr Siobhán Ní Bhriain. Supervisor: Mr Declan Mulholland.
12,418 intravitreal injections; 3 cases of endophthalmitis (0.024%), all culture-positive (coagulase-negative Staphylococcus).
Case A (not named in main report; for the record: Mrs Kathleen Ní Dhuibhir, H&C 610 338 2917) presented day 3 with VA HM.
Case B attended via Daisy Hill Hospital ED (attendance no. DH-ED-25-118330).
Recommendation: povidone-iodine 5% to every injection, no exceptions.""",
[("Mrs Kathleen Ní Dhuibhir","PATIENT_NAME"),("610 338 2917","NHS_NUMBER"),("DH-ED-25-118330","HOSPITAL_NUMBER")],
["Dr Siobhán Ní Bhriain","Mr Declan Mulholland","12,418","0.024%","coagulase-negative Staphylococcus","Daisy Hill Hospital","povidone-iodine 5%","VA HM"])
d("complaint_response",A,"""Belfast HSC Trust - Complaints Department - Ref COMP/BHSCT/25/4410
Dear Ms Ó Ceallaigh,
I write in response to your complaint about your aunt, Mrs Nuala Kelly, who waited nine months for a cataract appointment and fell at her home in Andersonstown, fracturing her wrist. I understand that Dr Thomas Byrne's letter of referral was marked routine although her VA was 6/36 bilaterally.
Northern Ireland waiting times for cataract surgery are the longest in the UK; I have escalated this to the Trust's Elective Care Framework.
Yours sincerely, Dr Siobhán Ní Bhriain, for the Ophthalmology Directorate""",
[("COMP/BHSCT/25/4410","REFERENCE_NUMBER"),("Ms Ó Ceallaigh","RELATIVE_NAME"),("Mrs Nuala Kelly","PATIENT_NAME"),("Andersonstown","ADDRESS"),("Dr Thomas Byrne","COLLEAGUE_NAME")],
["VA was 6/36","Dr Siobhán Ní Bhriain","Elective Care Framework","Ophthalmology Directorate"])
F="Dr Ciarán Ó Dochartaigh"
d("clinic_note",F,"""GUM clinic, Royal Victoria Hospital - Dr C Ó Dochartaigh - 22/07/2025
Clinic no. GU25-07-4419 (not linked to name per SHC policy). Known as "Dee" - Deirdre Ní Mhaoláin, 24F.
Tel for results: 07700 900677 (text only, "from the clinic", do not mention GUM).
Presents with PV discharge, dysuria. NAAT positive for Chlamydia trachomatis; gonorrhoea negative. HIV/syphilis neg (window period discussed).
Doxycycline 100 mg BD 7 days. Partner notification: 1 contact, "Ryan from Lurgan", PN ref PN-NI-2025-0933.
Health adviser: Orla Devlin.""",
[("GU25-07-4419","HOSPITAL_NUMBER"),("Dee","PATIENT_NAME"),("Deirdre Ní Mhaoláin","PATIENT_NAME"),("07700 900677","PHONE"),("Ryan","RELATIVE_NAME"),("Lurgan","ADDRESS"),("PN-NI-2025-0933","REFERENCE_NUMBER"),("Orla Devlin","COLLEAGUE_NAME")],
["Dr C Ó Dochartaigh","24F","Chlamydia trachomatis","Doxycycline 100 mg BD","NAAT","window period"])
d("reflective_writing",F,"""Reflection: safeguarding in a sexual health clinic
A 15-year-old girl, who I will call by her clinic name only in the safeguarding referral but who gave her name to me as Niamh McAleese, came to the Derry clinic asking for emergency contraception. She said her boyfriend "Gerry" was 23 and picked her up from school in Strabane. Using the Spotting the Signs proforma, I identified several risk factors for child sexual exploitation.
I made a referral to the Gateway team (ref GW-WT-25-2218) and discussed with the named nurse, Patricia Gallagher. Levonorgestrel 1.5 mg was given. 
My supervisor, Dr Fionnuala Boyle, reviewed this reflection and we discussed Fraser guidelines and the limits of confidentiality.""",
[("Niamh McAleese","PATIENT_NAME"),("Gerry","RELATIVE_NAME"),("Strabane","ADDRESS"),("GW-WT-25-2218","REFERENCE_NUMBER"),("Patricia Gallagher","COLLEAGUE_NAME")],
["15-year-old","Spotting the Signs","Levonorgestrel 1.5 mg","Dr Fionnuala Boyle","Fraser guidelines","Gateway team"])
d("message_thread",F,"""Teams chat - GUM consultants/SAS
Ciarán Ó D 10:02: anyone know if PrEP pt Kevin O'Rourke (GU 23-1187) got his renal fn back? eGFR was 64 last time
Dr Fionnuala Boyle 10:05: 61 now. I'd keep on daily TDF/FTC, recheck 3 months
Ciarán Ó D 10:06: ta. he's moved to Enniskillen, ringing from 07700 900588, wants transfer to SWAH clinic
Emer (HA) 10:09: I'll do the transfer letter to Dr Matthew Corrigan there""",
[("Kevin O'Rourke","PATIENT_NAME"),("GU 23-1187","HOSPITAL_NUMBER"),("Enniskillen","ADDRESS"),("07700 900588","PHONE"),("Emer","COLLEAGUE_NAME"),("Dr Matthew Corrigan","COLLEAGUE_NAME")],
["Ciarán Ó D","Dr Fionnuala Boyle","eGFR was 64","TDF/FTC","SWAH","PrEP"])
d("teaching_feedback",F,"""Teaching feedback - Queen's University Belfast, Year 3 sexual health seminar
Lead: Dr Ciarán Ó Dochartaigh. 38 students, mean 4.6/5.
"The role-play of a partner notification call was brilliant" - student Mr Oisín Mac Lochlainn.
"Dr Ó Dochartaigh explained the window period for HIV Ag/Ab tests (45 days) clearly" - student Ms Hannah Ferguson.
Verified: Dr Fionnuala Boyle, Clinical Lead.""",
[("Mr Oisín Mac Lochlainn","COLLEAGUE_NAME"),("Ms Hannah Ferguson","COLLEAGUE_NAME")],
["Dr Ciarán Ó Dochartaigh","Dr Ó Dochartaigh","Queen's University Belfast","4.6/5","45 days","Dr Fionnuala Boyle"])
d("incident_response",F,"""Adverse Incident IR1 W-BHSCT-2025-61102 / SAI ref SAI/2025/144
A results text for patient "J.McC" (Joseph McCrory, GU clinic 24-8830) was sent to a wrong mobile number, 07700 900134 instead of 07700 900143, disclosing a positive syphilis result (RPR 1:32). The recipient, a Mrs Veronica Toal of Lisburn, phoned the clinic.
Administrator involved: Brendan Hegarty. Information Commissioner's Office notified (ICO case IC-441290-K8M2).
Learning: read-back of numbers at registration. Reviewed: Dr Ciarán Ó Dochartaigh.""",
[("W-BHSCT-2025-61102","REFERENCE_NUMBER"),("SAI/2025/144","REFERENCE_NUMBER"),("J.McC","PATIENT_NAME"),("Joseph McCrory","PATIENT_NAME"),("24-8830","HOSPITAL_NUMBER"),("07700 900134","PHONE"),("07700 900143","PHONE"),("Mrs Veronica Toal","RELATIVE_NAME"),("Lisburn","ADDRESS"),("Brendan Hegarty","COLLEAGUE_NAME"),("IC-441290-K8M2","REFERENCE_NUMBER")],
["RPR 1:32","Dr Ciarán Ó Dochartaigh","Information Commissioner's Office"])
G="Dr Aoibheann Ní Fhloinn"
d("discharge_summary",G,"""Western HSC Trust - Altnagelvin Area Hospital - ICU discharge summary
Patient: Séamus Ó Briain, 61M, DOB 30/01/1964, H&C 703 115 4482, Unit no. ALT-1178224
Address: Dún na nGall Lane, Castlederg, Co. Tyrone BT81 7AF
ICU stay 9 days: severe acute pancreatitis (Glasgow-Imrie 5, APACHE II 19), ARDS, prone x2, PEEP 12, FiO2 0.6 peak. Norad max 0.3 mcg/kg/min. CRRT 4 days.
Next of kin: partner Máire Ní Bhroin, 01632 960990.
Step-down to Ward 42. ICU consultant: Dr Kevin Doherty. Written by Dr Aoibheann Ní Fhloinn (ICU clinical fellow).""",
[("Séamus Ó Briain","PATIENT_NAME"),("703 115 4482","NHS_NUMBER"),("ALT-1178224","HOSPITAL_NUMBER"),("Dún na nGall Lane, Castlederg, Co. Tyrone","ADDRESS"),("BT81 7AF","POSTCODE"),("Máire Ní Bhroin","RELATIVE_NAME"),("01632 960990","PHONE")],
["Altnagelvin Area Hospital","30/01/1964","Glasgow-Imrie 5","APACHE II 19","PEEP 12","FiO2 0.6","0.3 mcg/kg/min","Ward 42","Dr Kevin Doherty","Dr Aoibheann Ní Fhloinn"])
d("mdt_notes",G,"""ICU M&M - Antrim Area Hospital - 03/12/2025
Chair: Dr Kevin Doherty. Presenters: Dr A Ní Fhloinn, Dr Rajesh Pillai (ST5).
1. PD'A - Pádraig D'Arcy, 45M - accidental extubation during proning, re-intubated in 90 s; SpO2 nadir 71%. Datix W-NHSCT-25-7723. Staff nurse Cliona Mac Aodha led the prone team.
2. Ms Toni Ferris, 33F - late referral from ED, lactate 6.8. Ambulance NIAS CAD 25-114907.
Action: two-person tube check at each turn.""",
[("Dr Rajesh Pillai","COLLEAGUE_NAME"),("PD'A","PATIENT_NAME"),("Pádraig D'Arcy","PATIENT_NAME"),("W-NHSCT-25-7723","REFERENCE_NUMBER"),("Cliona Mac Aodha","COLLEAGUE_NAME"),("Ms Toni Ferris","PATIENT_NAME"),("CAD 25-114907","REFERENCE_NUMBER")],
["Antrim Area Hospital","Dr Kevin Doherty","Dr A Ní Fhloinn","SpO2 nadir 71%","lactate 6.8","45M","33F","NIAS"])
d("reflective_writing",G,"""Reflection: organ donation conversation
Bríd, the mother of a 19-year-old called Tadhg Ó Gallchobhair, asked me at 3am whether her son "was in there at all". He had been brought from a crash on the Glenshane Pass. Brainstem death tests were done by Dr Kevin Doherty and Dr Susan Lyttle. I sat with Bríd and her other son, Donncha, while the specialist nurse for organ donation, Emma Quinn, explained the Organ Donation (Deemed Consent) Act (Northern Ireland) 2022 ("Dáithí's Law").
I reflected with my supervisor, Dr Kevin Doherty, on how I used silence.""",
[("Bríd","RELATIVE_NAME"),("Tadhg Ó Gallchobhair","PATIENT_NAME"),("Dr Susan Lyttle","COLLEAGUE_NAME"),("Donncha","RELATIVE_NAME"),("Emma Quinn","COLLEAGUE_NAME")],
["19-year-old","Glenshane Pass","Dr Kevin Doherty","Organ Donation (Deemed Consent) Act (Northern Ireland) 2022","Dáithí's Law","Brainstem death"])
d("handover_list",G,"""ICU handover RVH - 20:00 - Dr Ní Fhloinn
Bed 1: Colm Mac Suibhne 52M, H&C 499 621 0037, post-OHCA day 2, TTM 36C, sedation hold 08:00, NSE 48.
Bed 4: "Babs" Barbara Kirkpatrick 70F - urosepsis, weaning norad 0.08. Family (dtr Lorraine, 07700 900299) want update pm.
Bed 6: Ms Naoise Ní Dhónaill 28F - severe asthma, on Mg 2 g, ketamine infusion; Dr Rajesh Pillai to review at 22:00.""",
[("Colm Mac Suibhne","PATIENT_NAME"),("499 621 0037","NHS_NUMBER"),("\"Babs\"","PATIENT_NAME"),("Barbara Kirkpatrick","PATIENT_NAME"),("Lorraine","RELATIVE_NAME"),("07700 900299","PHONE"),("Ms Naoise Ní Dhónaill","PATIENT_NAME"),("Dr Rajesh Pillai","COLLEAGUE_NAME")],
["RVH","Dr Ní Fhloinn","TTM 36C","NSE 48","norad 0.08","Mg 2 g","Bed 6","22:00"])
d("ocr_scan",G,"""SOUTHERN HEALTH & SOCIAL CARE TRUST   Craigavon Area Hosp1tal
CRITICAL CARE OUTREACH  referral
Name: BRIGID  O'NEILL-McCANN     H+C No: 6O4 917 22l8
Addr: 5 Mourneview Pk, Lurgan   BT66 8JZ
NEWS2 = 7 (RR 28, Sp02 89% on 4L)   Lactate 4.2
Ref'd by: FY1 Dr Cormac Hanna  bleep 4471
Seen: Dr A. Ní Fhloinn 02:15""",
[("BRIGID  O'NEILL-McCANN","PATIENT_NAME"),("6O4 917 22l8","NHS_NUMBER"),("5 Mourneview Pk, Lurgan","ADDRESS"),("BT66 8JZ","POSTCODE"),("Dr Cormac Hanna","COLLEAGUE_NAME"),("bleep 4471","PHONE")],
["Craigavon Area Hosp1tal","NEWS2 = 7","Lactate 4.2","Dr A. Ní Fhloinn","02:15"])
