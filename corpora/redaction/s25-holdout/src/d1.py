P,R,C,A,PC,T,E,N,H,REF,G,U,O="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
D=[]
def d(kind,app,text,ids,keep): D.append(dict(kind=kind,applicant=app,text=text,identifiers=[{"text":a,"type":b} for a,b in ids],keep=keep))
EM="Dr Olumide Adeyemi"; IM="Dr Priya Raghunathan"; PS="Dr Tomasz Wisniewski"; AN="Dr Eilidh MacKinnon"; GP="Dr Farhan Siddiqui"; PA="Dr Niamh Gallagher"; SU="Dr Mateo Ruiz-Castillo"

d("reflective_entry",EM,"""Reflective entry - Dr Olumide Adeyemi (GMC 7281934), ST-equivalent, Emergency Department, Royal Bramhall Infirmary
Date of event: 14/03/2022

Mrs Doreen Pike, 81, was brought in by ambulance after a fall at home. Her son Declan drove over from his flat above the bakery on Mill Lane, Hetherfield, and arrived about forty minutes after her. He told me "Mum's been going downhill since Dad died in the autumn". Doreen had a GCS of 14 (E4 V4 M6) and a shortened, externally rotated left leg. I gave fascia iliaca block with levobupivacaine 0.25% 30 ml and she settled.

What I learnt: Declan's account of her drinking (two bottles of sherry a week, bought from the Co-op on Kiln Street) changed my thinking about the fall mechanism and her delirium risk. I would not have found that out from Doreen alone. I discussed with my supervisor Dr Ruth Okonkwo, who signed this entry.

Action: I now routinely ask the accompanying relative separately. Clinical Frailty Scale 6.
Verified: Dr Ruth Okonkwo, Consultant in Emergency Medicine""",
[("Doreen Pike",P),("Doreen",P),("Declan",R),("Mill Lane, Hetherfield",A),("Kiln Street",A)],
["Dr Olumide Adeyemi","GMC 7281934","Royal Bramhall Infirmary","14/03/2022","GCS of 14","levobupivacaine 0.25% 30 ml","Dr Ruth Okonkwo","Clinical Frailty Scale 6","fascia iliaca block"])

d("discharge_letter",IM,"""WESTCOMBE GENERAL HOSPITAL - Acute Medical Unit, Ward 7B
DISCHARGE SUMMARY

Patient: GRAHAM, Alasdair James     DOB: 02/11/1957   Sex: M
NHS No: 485 777 3456     Hosp No: WG0938271
Address: 14 Tanners Row, Little Brampton, BR7 4QJ
GP: Dr Sunita Valsan, Brampton Health Centre

Consultant: Dr Priya Raghunathan
Admitted: 03/05/2023   Discharged: 09/05/2023

Diagnosis: Community-acquired pneumonia (CURB-65 = 2); new atrial fibrillation, CHA2DS2-VASc 2.
Treatment: co-amoxiclav 1.2 g IV tds then oral; clarithromycin 500 mg bd. Apixaban 5 mg bd started.
Bloods on discharge: CRP 38, Hb 131 g/L, eGFR 64.

Mr Graham lives with his wife Morag, who is his main carer after her own stroke, so please note he has been asked to avoid driving the tractor on their smallholding until review. Follow-up AF clinic 6 weeks.

Dr Priya Raghunathan, Consultant Physician, GMC 6092871""",
[("GRAHAM, Alasdair James",P),("Graham",P),("485 777 3456",N),("WG0938271",H),("14 Tanners Row, Little Brampton",A),("BR7 4QJ",PC),("Dr Sunita Valsan",C),("Morag",R)],
["Dr Priya Raghunathan","GMC 6092871","Westcombe General Hospital".upper(),"Ward 7B","02/11/1957","CURB-65 = 2","CHA2DS2-VASc 2","Apixaban 5 mg bd","CRP 38","eGFR 64","co-amoxiclav 1.2 g IV tds"])

d("case_based_discussion",PS,"""CASE-BASED DISCUSSION (CbD) - Psychiatry
Trainee/doctor: Dr Tomasz Wisniewski   Assessor: Dr Imogen Fairweather (Consultant Psychiatrist, signed)
Setting: Oakridge Unit, Larchmont Hospital, Willow ward

Case: 34-year-old man, "Jonno" to everyone on the ward (full name Jonathan Ashcroft-Lee), admitted under s2 Mental Health Act 1983 after police found him on the railway bridge at Cresswell Junction. Previously worked at the Amazon depot in Thornaby until dismissed in January. His ex-partner, Kayleigh, had a non-molestation order. Jonno's mother Bernadette phones the ward daily from Skegness.

Discussion covered risk formulation (5 Ps), clozapine not indicated, started olanzapine 10 mg nocte. HoNOS total 22.
Assessor comments: excellent formulation, needs to document capacity to consent to admission more explicitly.
Outcome: Performing at level expected for completion of training.
RiO ID 1193847""",
[("Jonno",P),("Jonathan Ashcroft-Lee",P),("Cresswell Junction",A),("Amazon depot in Thornaby",A),("Kayleigh",R),("Bernadette",R),("Skegness",A),("1193847",H)],
["Dr Tomasz Wisniewski","Dr Imogen Fairweather","Oakridge Unit, Larchmont Hospital","Willow ward","Mental Health Act 1983","olanzapine 10 mg nocte","HoNOS total 22","34-year-old"])

d("ocr_scan_referral",GP,"""Sh1relands Medica1 Practice
12 0rchard Way . Pendleby . PN4 9XE
Te1: 01632 960418   Fax: 01632 960419

Ref: FS/ENT/2O21/0442

Dear Dr Haverford,
Re: Mrs Ag-nes Blackwood  DOB 17/06/1944
NHS N0 : 943 476 5919
   4 Rosemary Cott-
   ages, Lower Pendleby PN4 8RT

Thank y0u for seeing this 77 year o1d lady with a 3 month history of unilatera1 right
hearing 1oss and tinnitus. Her daughter Fiona (te1 07700 900614) reports she has stopped
going to the Wl choir at St Anselm's Hall. Rinne positive bilaterally, Weber lateralises t0 the left.
~ I would be grateful for an MRl IAMs.
Y0urs sincerely
Dr Farhan Siddiqui   GMC 7034412
[page 1 of 1] ~~ |l ||""",
[("12 0rchard Way . Pendleby",A),("PN4 9XE",PC),("01632 960418",T),("01632 960419",T),("FS/ENT/2O21/0442",REF),("Dr Haverford",C),("Haverford",C),("Ag-nes Blackwood",P),("943 476 5919",N),("4 Rosemary Cott-\n   ages, Lower Pendleby",A),("PN4 8RT",PC),("Fiona",R),("07700 900614",T),("St Anselm's Hall",A)],
["Dr Farhan Siddiqui","GMC 7034412","Sh1relands Medica1 Practice","DOB 17/06/1944","Rinne positive","Weber lateralises","MRl IAMs"])

d("mini_cex",PA,"""MINI-CEX  |  Paediatrics  |  Assessor: Dr Kwame Asante-Boateng (Consultant Paediatrician) - signed electronically
Doctor: Dr Niamh Gallagher
Location: Children's Assessment Unit, St Wilfrid's Hospital
Clinical setting: acute, new patient

Patient: 3 y/o girl, Poppy-Mae (surname Hollings), with 2 days of barking cough. Dad (Ryan) very anxious; he works nights at the Greggs bakery on Station Road and Poppy-Mae's nursery (Little Acorns, Fenwick) had sent her home.
Westley croup score 3. Dexamethasone 0.15 mg/kg PO given (2.1 mg). SpO2 97% in air.

Strengths: explained the plan to Ryan in plain language, checked understanding.
Development: weigh child before prescribing rather than using the APLS formula when scales available.
Overall: 5/6""",
[("Poppy-Mae",P),("Hollings",P),("Ryan",R),("Greggs bakery on Station Road",A),("Little Acorns, Fenwick",A)],
["Dr Kwame Asante-Boateng","Dr Niamh Gallagher","St Wilfrid's Hospital","Westley croup score 3","Dexamethasone 0.15 mg/kg","2.1 mg","SpO2 97%","APLS formula"])

d("complaint_response",EM,"""Our ref: COMP-2023-01184
Your ref: JH/lw/0923

Private and confidential
Mr Joseph Heaney
Flat 3, Marlow Court
27 Abbey Road
Hetherfield HF2 6DN

Dear Mr Heaney,

Thank you for your letter of 11 September about the care your late wife, Brenda Heaney, received in the Emergency Department of the Royal Bramhall Infirmary on 28 August 2023.

I have reviewed the records with Dr Olumide Adeyemi, the middle-grade doctor on duty, and with Staff Nurse Callum Rafferty who triaged Mrs Heaney. I am sorry that she waited 3 hours 40 minutes for a doctor's review. Her Manchester Triage category was Orange (very urgent), which should have meant review within 10 minutes. Our investigation (Datix W118273) found the department was at OPEL 4 with 14 patients waiting for beds.

Dr Ifeoma Nwachukwu, the registrar who later spoke to you, has reflected on her communication.

Yours sincerely,
Ms Alison Tregarthen
Head of Patient Experience, Royal Bramhall NHS Foundation Trust
Tel 020 7946 0552  patient.experience@royalbramhall.nhs.uk""",
[("COMP-2023-01184",REF),("JH/lw/0923",REF),("Mr Joseph Heaney",R),("Flat 3, Marlow Court\n27 Abbey Road\nHetherfield",A),("HF2 6DN",PC),("Mr Heaney",R),("Brenda Heaney",P),("Mrs Heaney",P),("Callum Rafferty",C),("W118273",REF),("Dr Ifeoma Nwachukwu",C),("Ms Alison Tregarthen",C),("020 7946 0552",T),("patient.experience@royalbramhall.nhs.uk",E)],
["Dr Olumide Adeyemi","Royal Bramhall Infirmary","28 August 2023","Manchester Triage","Orange (very urgent)","OPEL 4","Royal Bramhall NHS Foundation Trust","3 hours 40 minutes"])

d("whatsapp_paste",AN,"""[02/02/2024, 01:14] Eilidh MacKinnon: theatre 4 free? need to bring in the lap appy - Mr Okafor's list
[02/02/2024, 01:15] Dev (ODP): yes but no 2nd scrub. Bex is on break till 1:45
[02/02/2024, 01:15] Eilidh MacKinnon: ok. pt is 19F, Chloe D, ASA 1, last ate 1800, bed 12 on Cedar
[02/02/2024, 01:17] Dev (ODP): chloe dunmore? her mum is the one who works in pharmacy lol
[02/02/2024, 01:17] Eilidh MacKinnon: yes pls don't chat about that on here
[02/02/2024, 01:18] Dev (ODP): sorry!! RSI kit out, sux 1.5mg/kg, prop 2mg/kg
[02/02/2024, 01:40] Eilidh MacKinnon: on way. call me on 07700 900287 if anything

(pasted for my reflection on information governance - Dr Eilidh MacKinnon, verified by Dr Gareth Llewellyn, College Tutor)""",
[("Dev",C),("Bex",C),("Chloe D",P),("chloe dunmore",P),("07700 900287",T),("Mr Okafor",C)],
["Eilidh MacKinnon","Dr Eilidh MacKinnon","Dr Gareth Llewellyn","theatre 4","bed 12 on Cedar","ASA 1","sux 1.5mg/kg","prop 2mg/kg","19F"])

d("safeguarding_referral",PA,"""MULTI-AGENCY REFERRAL FORM (MARF) - Children's Services, Dunmere County Council
Referral no: MASH-24-007731
Referrer: Dr Niamh Gallagher, ST-equivalent Paediatrics, St Wilfrid's Hospital, bleep 4417

Child: Tyler-Jay BROOKES   DOB 22/09/2021   M
Address: 9 Pit Row, Ashgrove Colliery Estate, Dunmere DN3 2WB
NHS 726 113 0048   Unit no. SW/4419283
School/nursery: none; childminder Mrs Pauline Etherington (Gorse Close)

Parent: Shannon Brookes (mother, 19). Mother's partner: Liam "Tank" Carver, not the father.

Concern: 2.5 cm bruise right pinna and patterned bruising on the left buttock in a non-mobile... (correction: cruising) child. Explanation (fell off sofa) inconsistent. Skeletal survey and CT head booked per RCPCH guidance; clotting screen normal (PT 11.8 s, APTT 29 s).
Social worker allocated: Aimee Fitzsimmons, 01632 960773.""",
[("MASH-24-007731",REF),("Tyler-Jay BROOKES",P),("9 Pit Row, Ashgrove Colliery Estate, Dunmere",A),("DN3 2WB",PC),("726 113 0048",N),("SW/4419283",H),("Mrs Pauline Etherington",R),("Gorse Close",A),("Shannon Brookes",R),("Liam \"Tank\" Carver",R),("Aimee Fitzsimmons",C),("01632 960773",T)],
["Dr Niamh Gallagher","St Wilfrid's Hospital","bleep 4417","DOB 22/09/2021","Dunmere County Council","RCPCH","PT 11.8 s","APTT 29 s","2.5 cm bruise"])

d("operation_note",SU,"""OPERATION NOTE - Kingsmead University Hospital, Theatre 6
Patient label: ABDI, Hodan   KUH 7734019   DOB 05/01/1979   F
Surgeon: Dr Mateo Ruiz-Castillo   Assistant: Mr Barnaby Quist (ST4)
Anaesthetist: Dr Farida Shaikh
Procedure: laparoscopic cholecystectomy (OPCS J18.3)
Findings: Parkinson's-Jones grade... no - Nassar grade 2 gallbladder, critical view of safety achieved. Calot's triangle dissected.
Closure: 3/0 Monocryl subcuticular. EBL < 50 ml.
Post-op: home today if tolerating diet; husband Abdirahman to collect. Paracetamol 1 g qds, ibuprofen 400 mg tds.
Logged in eLogbook (case ID 20240311-0042 is a logbook id, not a patient number).""",
[("ABDI, Hodan",P),("KUH 7734019",H),("Mr Barnaby Quist",C),("Dr Farida Shaikh",C),("Abdirahman",R)],
["Dr Mateo Ruiz-Castillo","Kingsmead University Hospital","Theatre 6","DOB 05/01/1979","OPCS J18.3","Nassar grade 2","Calot's triangle","3/0 Monocryl","Paracetamol 1 g qds","ibuprofen 400 mg tds","critical view of safety"])

d("caseload_list",GP,"""Minor surgery log Q3 2023 - Dr F Siddiqui (FS) - Shirelands Medical Practice
Initials | Age/Sex | Procedure | Histology | Complication
M.O'D.   | 64 M | excision BCC L temple | BCC, clear margins 2 mm | nil
KT       | 29 F | cryo x3 plantar warts | n/a | blister
J-P.R.   | 51 M | incision & drainage | n/a | nil
AW       | 72 F | shave excision SK | seborrhoeic keratosis | nil
SeH      | 38 F | joint injection R knee (Depo-Medrone 40 mg) | n/a | nil
Audit standard: 100% histology sent for excisions (RCGP/BAD). Met 2/2.
Signed: Dr Farhan Siddiqui   Verified by: Dr Margaret Oduya, GP trainer""",
[("M.O'D.",P),("KT",P),("J-P.R.",P),("AW",P),("SeH",P)],
["Dr F Siddiqui","FS","Dr Farhan Siddiqui","Dr Margaret Oduya","Shirelands Medical Practice","Depo-Medrone 40 mg","64 M","BCC, clear margins 2 mm"])

d("datix_incident",AN,"""INCIDENT REPORT (LFPSE ref 2024/118/55291; local Datix DW-66102)
Reported by: Dr Eilidh MacKinnon, Anaesthetics
Location: Recovery, Main Theatres, Glenmore Royal Hospital
Date/time: 19/07/2024 16:20

Description: Patient (MRN GR2291734, 58 M) returned from theatre 2 with PCA morphine 1 mg bolus / 5 min lockout programmed as 10 mg bolus. Noticed by recovery nurse Siobhan Achterberg before any bolus delivered. The PCA had been set up by ODP Marcus Lindqvist-Hale, who says the pump defaulted to the wrong concentration profile (Alaris GP).
Harm: none. RR 14, sedation score 0.
Immediate action: pump quarantined, biomed informed (asset tag 00419 - equipment, not patient).
The patient's wife, Mrs Rhona Dalgleish, was told under Duty of Candour by me the same evening.""",
[("2024/118/55291",REF),("DW-66102",REF),("GR2291734",H),("Siobhan Achterberg",C),("Marcus Lindqvist-Hale",C),("Mrs Rhona Dalgleish",R)],
["Dr Eilidh MacKinnon","Glenmore Royal Hospital","theatre 2","PCA morphine 1 mg bolus / 5 min lockout","sedation score 0","RR 14","Alaris GP","Duty of Candour","58 M"])

d("coroner_statement",EM,"""STATEMENT FOR HM CORONER - Inquest touching the death of Kieran Patrick Mulvaney
Coroner's ref: 00412/2022/HSW
Statement of: Dr Olumide Adeyemi, MBBS MRCEM, GMC 7281934
Royal Bramhall Infirmary, Emergency Department

1. I make this statement from my own recollection and the ED records (attendance no. ED22-0445109).
2. On 06/06/2022 at 23:52 Mr Mulvaney (date of birth 30/04/1990) was brought in by North Western Ambulance Service (CAD 220606-3318) after being found by his housemate, Ollie Bristow, at their shared house at 41 Canal Side, Hetherfield HF1 3PA.
3. He had taken an unknown quantity of his grandmother's amitriptyline. ECG: QRS 160 ms. I gave sodium bicarbonate 8.4% 50 ml and called the ICU registrar, Dr Viktor Sandberg.
4. Despite treatment he had a VF arrest at 00:40. ALS continued for 38 minutes led by Dr Hamish Duthie. Time of death 01:18 on 07/06/2022.
I believe the facts stated in this statement are true.
Signed: Dr Olumide Adeyemi""",
[("Kieran Patrick Mulvaney",P),("00412/2022/HSW",REF),("ED22-0445109",H),("Mr Mulvaney",P),("220606-3318",REF),("Ollie Bristow",R),("41 Canal Side, Hetherfield",A),("HF1 3PA",PC),("Dr Viktor Sandberg",C),("Dr Hamish Duthie",C)],
["Dr Olumide Adeyemi","GMC 7281934","Royal Bramhall Infirmary","30/04/1990","amitriptyline","QRS 160 ms","sodium bicarbonate 8.4% 50 ml","North Western Ambulance Service","01:18 on 07/06/2022"])

d("police_statement",PA,"""WITNESS STATEMENT (CJ Act 1967 s.9; MC Rules 1981 r.70)
URN: 12AB3456724   Crime ref: 14/77310/24
Statement of: Niamh GALLAGHER   Occupation: Doctor (Paediatrics)

I am a doctor at St Wilfrid's Hospital. On Saturday 9 March 2024 I examined a child, Amelia NOWAK (known as "Mela"), aged 6, in the presence of PC 2291 Daniel Okoro and her aunt Agnieszka Zielinska who interpreted for her mother, Katarzyna Nowak. Amelia told me "Uncle Rob did it with the belt". I understand Rob to be Robert Thistlethwaite of Foundry Lane, Dunmere.
I found three linear bruises 4-6 cm on the posterior thighs. I took photographs with the Medical Illustration camera (images MI-88213 to MI-88219).
Signed: N Gallagher""",
[("12AB3456724",REF),("14/77310/24",REF),("Amelia NOWAK",P),("Mela",P),("Amelia",P),("PC 2291 Daniel Okoro",C),("Agnieszka Zielinska",R),("Katarzyna Nowak",R),("Uncle Rob",R),("Rob",R),("Robert Thistlethwaite",R),("Foundry Lane, Dunmere",A),("MI-88213",O),("MI-88219",O)],
["Niamh GALLAGHER","N Gallagher","St Wilfrid's Hospital","Saturday 9 March 2024","aged 6","CJ Act 1967 s.9","4-6 cm"])

d("mdt_minutes",IM,"""Lung Cancer MDT - Westcombe General Hospital - minutes 12/10/2023
Chair: Dr Priya Raghunathan (respiratory). Present: Dr Aled Pritchard (radiology), Ms Jo Hennessy (CNS), Mr Ravi Subramaniam (thoracic surgery, Kingsmead), Dr Laila Haddad (oncology).

1. HEWITT, Raymond - 71 M - WG0228810 - PET-CT: 3.2 cm RUL mass SUVmax 14, N1. PS 1. FEV1 1.9 L. Outcome: refer for lobectomy. CNS to phone daughter Tracey (lives in Cardiff) as patient is hard of hearing.
2. O'SHAUGHNESSY, Bridget - 66 F - WG0391177 - EBUS: adenocarcinoma, EGFR exon 19 deletion. Outcome: osimertinib; oncology clinic.
3. "Mr S" (Sami Al-Khouri) - 59 M - WG0412256 - nodule 7 mm, Brock 4%. Outcome: CT in 3 months per BTS.
Actions: Dr Raghunathan to write to GPs.""",
[("Ms Jo Hennessy",C),("Mr Ravi Subramaniam",C),("Dr Aled Pritchard",C),("Dr Laila Haddad",C),("HEWITT, Raymond",P),("WG0228810",H),("Tracey",R),("O'SHAUGHNESSY, Bridget",P),("WG0391177",H),("Mr S",P),("Sami Al-Khouri",P),("WG0412256",H)],
["Dr Priya Raghunathan","Dr Raghunathan","Westcombe General Hospital","SUVmax 14","FEV1 1.9 L","EGFR exon 19 deletion","osimertinib","Brock 4%","BTS","71 M","12/10/2023"])

d("email",GP,"""From: Farhan Siddiqui <farhan.siddiqui@nhs.net>
To: Lorna Whitcombe <lorna.whitcombe2@nhs.net>
Subject: RE: Mr Penhaligon - INR again
Date: Tue, 21 Nov 2023 08:47

Hi Lorna,
Thanks. Can you book Jago Penhaligon (DOB 12/12/1939, NHS 401 023 2187) for a home visit INR tomorrow? He's back at Trewint Farm, Polbrook, since the daughter-in-law (Tamsin) moved in. INR 5.8 yesterday on warfarin 4 mg; I've advised omit 2 doses and recheck. No bleeding.
His other number is the farm landline 01632 960055.
Thanks, Farhan
Dr Farhan Siddiqui, GP Partner""",
[("Lorna Whitcombe",C),("lorna.whitcombe2@nhs.net",E),("Mr Penhaligon",P),("Jago Penhaligon",P),("401 023 2187",N),("Trewint Farm, Polbrook",A),("Tamsin",R),("01632 960055",T),("Lorna",C),("farhan.siddiqui@nhs.net",E)],
["Farhan Siddiqui","Dr Farhan Siddiqui","DOB 12/12/1939","INR 5.8","warfarin 4 mg","Farhan"])
