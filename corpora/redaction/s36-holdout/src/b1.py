DOCS = []
def D(i, kind, app, text, ids, keep):
    DOCS.append(dict(id="s36-%03d" % i, kind=kind, applicant=app, text=text,
                     identifiers=[{"text": t, "type": ty} for t, ty in ids], keep=keep))

A1 = "Dr Priya Raghunathan"
D(1, "gp_reflection", A1,
"""Reflective note - Dr Priya Raghunathan (GMC 7214583), salaried GP, Moorside Medical Practice
Date of event: 14/03/2025

Mrs Gwendolyn Pryce (F, DOB 22/07/1938) rang on a Monday morning asking for "something for her chest". Gwen lives alone at 4 Tanners Row, Holmfirth HD9 2QE since her husband Dennis died. Reception booked a phone call. On the call she was breathless mid-sentence and her daughter Carys (mobile 07700 900412) had to take over. I arranged a home visit rather than a phone prescription.

On examination RR 28, SpO2 88% on air, NEWS2 7, new AF at 130. I called 999 and handed over to the crew. CAD ref 250314-0377.

What I learned: a "simple chest" request from an 86-year-old living alone is not simple. I discussed the case with my educational supervisor Dr Martin Ashworth, who signed this reflection.

Signed: Dr Priya Raghunathan   Verified: Dr Martin Ashworth, GP trainer""",
[("Gwendolyn Pryce","PATIENT_NAME"),("Gwen","PATIENT_NAME"),("4 Tanners Row, Holmfirth","ADDRESS"),("HD9 2QE","POSTCODE"),("Dennis","RELATIVE_NAME"),("Carys","RELATIVE_NAME"),("07700 900412","PHONE"),("250314-0377","REFERENCE_NUMBER")],
["Dr Priya Raghunathan","GMC 7214583","Moorside Medical Practice","DOB 22/07/1938","F","NEWS2 7","SpO2 88%","Dr Martin Ashworth","14/03/2025"])

D(2, "ooh_triage_list", A1,
"""OOH shift log 19:00-01:00  PR (Dr Raghunathan) - base: Calder Valley OOH
19:12 tel - Lily-Mae HOLDSWORTH 3y fever 39.4, non blanching? mum (Kerry) sending photo - advised 999 if spreading. CBT 19:40 glass test neg. ok for base.
19:55 base - mr o'neill (Pádraig) 71, urinary retention, catheter 500ml, home w DN referral
20:30 HV 12 Crossley St, Brighouse HD6 1AA - end of life, just in case meds: midazolam 2.5mg sc, morphine 2.5mg sc given. wife Brenda present. DNACPR in house.
21:10 tel - 'Tiny' (Kevin Marsh) from the hostel on Hope St, ?overdose 30x paracetamol, 999 advised, crew on scene. Adastra case 4471902
22:45 base - baby Nwachukwu (Chidera) 6/52 poor feeding, SpO2 97, wt 4.1kg, reassured, HV f/u
00:20 tel - Mrs K. Szymańska re husband, palliative, syringe driver alarm - DN called
sig PR""",
[("Lily-Mae HOLDSWORTH","PATIENT_NAME"),("Kerry","RELATIVE_NAME"),("o'neill","PATIENT_NAME"),("Pádraig","PATIENT_NAME"),("12 Crossley St, Brighouse","ADDRESS"),("HD6 1AA","POSTCODE"),("Brenda","RELATIVE_NAME"),("Tiny","PATIENT_NAME"),("Kevin Marsh","PATIENT_NAME"),("the hostel on Hope St","ADDRESS"),("4471902","REFERENCE_NUMBER"),("Nwachukwu","PATIENT_NAME"),("Chidera","PATIENT_NAME"),("K. Szymańska","RELATIVE_NAME")],
["PR","Dr Raghunathan","Calder Valley OOH","midazolam 2.5mg sc","morphine 2.5mg sc","DNACPR","SpO2 97","39.4"])

A2 = "Dr Tomasz Wiśniewski"
D(3, "crisis_team_note", A2,
"""Crisis Resolution & Home Treatment Team - contact note
Clinician: Dr Tomasz Wiśniewski (ST5 psychiatry, GMC 7390218)
Pt: Jordan "JJ" Achterberg, 24M, DOB 03/11/2000, RiO 1204877
Address: Flat 6, Lavender Court, 19 Station Road, Stockport SK4 1QP

Seen at home with CPN Shauna Devlin. JJ disclosed plan to jump from the multi-storey at the Merseyway car park. Mum (Angela Achterberg, 01632 960118 - NB landline not working, use 07700 900733) present for part. Protective factors: his dog Biscuit, his little sister Tayla.
PHQ-9 24, GAD-7 18. Started sertraline 50 mg by GP (Dr Yusuf at Heaton Moor Surgery).
Plan: daily HTT visits, safety plan, removed paracetamol from home. Section 136 not indicated.
Discussed with consultant Dr Rebecca Thorne who supervised and countersigned.
TW""",
[("Jordan","PATIENT_NAME"),("JJ","PATIENT_NAME"),("Achterberg","PATIENT_NAME"),("1204877","HOSPITAL_NUMBER"),("Flat 6, Lavender Court, 19 Station Road, Stockport","ADDRESS"),("SK4 1QP","POSTCODE"),("Shauna Devlin","COLLEAGUE_NAME"),("Merseyway car park","ADDRESS"),("Angela Achterberg","RELATIVE_NAME"),("01632 960118","PHONE"),("07700 900733","PHONE"),("Tayla","RELATIVE_NAME"),("Dr Yusuf","COLLEAGUE_NAME"),("Heaton Moor Surgery","ADDRESS")],
["Dr Tomasz Wiśniewski","GMC 7390218","DOB 03/11/2000","24M","PHQ-9 24","GAD-7 18","sertraline 50 mg","Section 136","Dr Rebecca Thorne","TW","Crisis Resolution & Home Treatment Team"])

A3 = "Dr Adaeze Okonkwo"
D(4, "safeguarding_case_discussion", A3,
"""Case-based discussion - child safeguarding (Paediatrics ST6)
Trainee: Dr Adaeze Okonkwo   Assessor: Dr Fiona McLeish, Named Doctor for Safeguarding
Royal Alexandra Children's Hospital, Brighton

Child: Mason-Lee Fairweather, 7 months, M, DOB 02/09/2024, hosp no. RACH-883102, NHS 485 777 3456
Presented with a bruise to the left pinna and a torn frenulum. Mother Chantelle (19) and her partner "Big Dave" (Dave Rooke, not the father) gave differing accounts. Lives at 31 Whitehawk Crescent, Brighton BN2 5FT; nursery: Little Acorns, Bristol Estate.
Skeletal survey: healing posterior rib fractures 6th-7th L. CT head normal. Ophthalmology: no retinal haemorrhages.
MASH referral made, ref MASH/24/19077; police CAIT crime ref 47/118203/25. Social worker Jo Whitcombe. Strategy meeting 18:00.
Discussion focused on the TEN-4-FACESp rule and documenting exact quotes. Outcome: trainee at level expected for CCT.
Signed Dr F McLeish""",
[("Mason-Lee Fairweather","PATIENT_NAME"),("RACH-883102","HOSPITAL_NUMBER"),("485 777 3456","NHS_NUMBER"),("Chantelle","RELATIVE_NAME"),("Big Dave","RELATIVE_NAME"),("Dave Rooke","RELATIVE_NAME"),("31 Whitehawk Crescent, Brighton","ADDRESS"),("BN2 5FT","POSTCODE"),("Little Acorns, Bristol Estate","ADDRESS"),("MASH/24/19077","REFERENCE_NUMBER"),("47/118203/25","REFERENCE_NUMBER"),("Jo Whitcombe","COLLEAGUE_NAME")],
["Dr Adaeze Okonkwo","Dr Fiona McLeish","Dr F McLeish","Royal Alexandra Children's Hospital","DOB 02/09/2024","TEN-4-FACESp","6th-7th L","7 months"])

D(5, "acute_take_list", "Dr Hamid Rahimi",
"""AMU take 06/05/25 - post take ward round w/ Dr Rahimi (HR), cons Dr Olusegun Bakare
bed / name / age / dx / plan
AMU1 b3  HUGHES, Glenys  88F  CAP CURB-65 3  co-amoxiclav iv + clari, DNACPR discussed w/ son Gareth
AMU1 b4  "the retired vicar" - Rev. Alan Tebbutt 79M  AKI stage 2, hold ramipril, fluids
AMU1 b7  Ng Wai-Ling 45F  DKA resolving, FRIII off, VRIII, diabetic nurse
AMU2 b1  the lad in bay 3 (now b1) Kai Dempsey 19M  ?alcohol withdrawal CIWA 14, chlordiazepoxide reducing, pabrinex
AMU2 b6  SINGH Harjeet  67M  PE Wells 6.5 CTPA +ve, apixaban 10 mg bd 7/7
SDEC  Mrs Mould (Patience) 52F  cellulitis, 2nd dose ceftriaxone, home
MRN Hughes 1129884, Tebbutt 1130021, Dempsey 1127765
HR""",
[("HUGHES, Glenys","PATIENT_NAME"),("Hughes","PATIENT_NAME"),("Gareth","RELATIVE_NAME"),("Alan Tebbutt","PATIENT_NAME"),("Tebbutt","PATIENT_NAME"),("Ng Wai-Ling","PATIENT_NAME"),("Kai Dempsey","PATIENT_NAME"),("Dempsey","PATIENT_NAME"),("SINGH Harjeet","PATIENT_NAME"),("Mould","PATIENT_NAME"),("Patience","PATIENT_NAME"),("1129884","HOSPITAL_NUMBER"),("1130021","HOSPITAL_NUMBER"),("1127765","HOSPITAL_NUMBER"),("Olusegun Bakare","COLLEAGUE_NAME")],
["Dr Rahimi","HR","CURB-65 3","Wells 6.5","apixaban 10 mg bd","CIWA 14","chlordiazepoxide","pabrinex","AMU1 b3","88F"])

D(6, "ambulance_handover", "Dr Siobhan Gallagher",
"""ED resus handover - ATMIST (copied into my reflective log, Dr Siobhan Gallagher, ST4 EM)
A: 34 M, "Rhys" per friend, surname Pritchard-Evans per bank card
T: 02:14, found 01:50 outside the Hope & Anchor pub, Tredegar Street
M: fall down 12 steps after fight, ?assault
I: GCS 9 (E2V2M5), L pupil 5mm sluggish, boggy occipital haematoma
S: HR 54, BP 182/96, RR 10, SpO2 94% 15L NRB, BM 6.1
T: c-collar, blocks, 2x16G, TXA 1g
Crew: paramedic Gethin Morgan, HCPC PA098812; CAD 0214-4478; police on scene PC 4412 Lowri Bevan, log WP-20250517-0093
Friend "Smithy" (Liam Smith, 07700 900856) came in later.
Outcome: CT - acute EDH with midline shift, transferred to neurosurgery at University Hospital of Wales.
Debrief with Dr Huw Jenkins (ED consultant, educational supervisor) who signs below.""",
[("Rhys","PATIENT_NAME"),("Pritchard-Evans","PATIENT_NAME"),("Hope & Anchor pub, Tredegar Street","ADDRESS"),("Gethin Morgan","COLLEAGUE_NAME"),("PA098812","GMC_NUMBER"),("0214-4478","REFERENCE_NUMBER"),("4412","OTHER_ID"),("Lowri Bevan","COLLEAGUE_NAME"),("WP-20250517-0093","REFERENCE_NUMBER"),("Smithy","RELATIVE_NAME"),("Liam Smith","RELATIVE_NAME"),("07700 900856","PHONE")],
["Dr Siobhan Gallagher","GCS 9 (E2V2M5)","TXA 1g","BP 182/96","University Hospital of Wales","Dr Huw Jenkins","34 M","ATMIST"])

D(7, "care_home_ward_round", "Dr Eleanor Price",
"""Care home MDT round - Beech Lodge Nursing Home, 41 Oakfield Road, Kettering NN15 7AJ (tel 01632 960245)
Dr Eleanor Price (GP, EP) with nurse-in-charge Marisol Cruz
Rm 2  Ivy Thornbury 94F  MMSE 11, Alzheimer's, falls x3 this month, Clinical Frailty Scale 7. Stop amlodipine. Son Keith visiting Sundays, LPA health & welfare.
Rm 5  "Nanna Bea" Beatrice Okafor 89F  grade 3 sacral PU, Waterlow 22, Braden 11, dressing Aquacel Ag, TVN referral
Rm 9  Mr Albert Fenwick ("Bert") 91M  weight loss 6kg/3mo, MUST 3, ?Ca colon but pt declines ix - capacity assessed, MCA 2005 documented. Daughter Sandra Fenwick-Lowe aware.
Rm 11 new admission - Mrs Edna Rix from Kettering General, ward 18, Parkinson's disease, co-careldopa 25/100 TDS - time critical
ReSPECT forms reviewed x4. EP""",
[("Beech Lodge Nursing Home, 41 Oakfield Road, Kettering","ADDRESS"),("NN15 7AJ","POSTCODE"),("01632 960245","PHONE"),("Marisol Cruz","COLLEAGUE_NAME"),("Ivy Thornbury","PATIENT_NAME"),("Keith","RELATIVE_NAME"),("Nanna Bea","PATIENT_NAME"),("Beatrice Okafor","PATIENT_NAME"),("Albert Fenwick","PATIENT_NAME"),("Bert","PATIENT_NAME"),("Sandra Fenwick-Lowe","RELATIVE_NAME"),("Edna Rix","PATIENT_NAME")],
["Dr Eleanor Price","EP","MMSE 11","Clinical Frailty Scale 7","Waterlow 22","Braden 11","Aquacel Ag","MUST 3","MCA 2005","Kettering General","ward 18","Parkinson's disease","co-careldopa 25/100 TDS","ReSPECT"])

D(8, "palliative_home_visit", "Dr Eleanor Price",
"""Palliative home visit - reflective entry
I visited Mr Rajinder Kaur-Gill's home (he was known to everyone on the street as "Raj the postie") on 3 February. He has metastatic pancreatic cancer, PPS 30%. His wife Manjit and his niece Simran were caring for him at 7 Vicarage Lane, Desborough. He wanted to die at home and to hear kirtan from the Guru Nanak Gurdwara on Market Street, where he had been a sevadar.
Syringe driver: oxycodone 10 mg, midazolam 10 mg, levomepromazine 6.25 mg over 24 h. Anticipatory meds in the house.
Mr Kaur-Gill died peacefully 5 days later. Manjit wrote to the practice to thank the district nurses, Bernie and Tola.
Learning: early conversations about preferred place of death; cultural and faith needs at end of life.
Dr Eleanor Price, GMC 6043177""",
[("Rajinder Kaur-Gill","PATIENT_NAME"),("Kaur-Gill","PATIENT_NAME"),("Raj the postie","PATIENT_NAME"),("Manjit","RELATIVE_NAME"),("Simran","RELATIVE_NAME"),("7 Vicarage Lane, Desborough","ADDRESS"),("Bernie","COLLEAGUE_NAME"),("Tola","COLLEAGUE_NAME"),("Guru Nanak Gurdwara on Market Street","ADDRESS")],
["Dr Eleanor Price","GMC 6043177","PPS 30%","oxycodone 10 mg","midazolam 10 mg","levomepromazine 6.25 mg"])
