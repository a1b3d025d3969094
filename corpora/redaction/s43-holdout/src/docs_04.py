from common import D

DOCS = []

# ---------------------------------------------------------------- s43-031
DOCS.append(D(
    "s43-031", "clinic_letter", "Dr Meenakshi Iyer",
    """Bwrdd Iechyd Prifysgol Hywel Dda / Hywel Dda University Health Board
Ysbyty Bronglais, Aberystwyth - Clinig Diabetes / Diabetes Clinic

Dyddiad / Date: 09/09/2024
Cyf / Ref: DIAB/MI/4471-24

Dr Elin Rowlands
Meddygfa Tanyfron
Aberaeron

Annwyl Dr Rowlands / Dear Dr Rowlands

Re: Mr Dafydd Elis JENKINS, d.o.b. 23-4-1979, NHS 712-339-0046
Fferm Penlan Uchaf, Llan-non, Ceredigion SY23 5HX    Mob 07700 900994

Diagnosis: Type 1 diabetes since age 11; background retinopathy (R1M0); no nephropathy (ACR 1.8 mg/mmol).
HbA1c 78 mmol/mol (previous 71). Dexcom G7: time in range 41%, time below range 1%, GMI 8.2%.

I saw Dafydd, who prefers to consult in Welsh, with his wife Catrin. Lambing season (Feb-April) is when control falls apart: he is out on the hill at 4 am, eats at odd times and stops bolusing. His son Iwan now helps on the farm at weekends. His insulin pump (Tandem t:slim X2, serial 1147829) was started in 2022 but he has not used Control-IQ since the transmitter pairing failed.

Plan
1. Re-pair Dexcom with the pump and restart Control-IQ; DSN (Nia Gwilym is away until October, so a colleague will call him).
2. Temporary target 8.3 mmol/L on lambing days; carb-free snack plan.
3. Annual review bloods, foot check (low risk), retinal screening up to date (Diabetic Eye Screening Wales).
4. Review in 4 months, virtual clinic acceptable.

Yn gywir / Yours sincerely

Dr Meenakshi Iyer
Meddyg Arbenigol / Specialty Doctor, Diabetes & Endocrinology
""",
    [("DIAB/MI/4471-24", "REFERENCE_NUMBER"), ("Elin Rowlands", "COLLEAGUE_NAME"), ("Rowlands", "COLLEAGUE_NAME"),
     ("Meddygfa Tanyfron\nAberaeron", "ADDRESS"), ("Dafydd Elis JENKINS", "PATIENT_NAME"), ("Dafydd", "PATIENT_NAME"),
     ("712-339-0046", "NHS_NUMBER"), ("Fferm Penlan Uchaf, Llan-non, Ceredigion", "ADDRESS"), ("SY23 5HX", "POSTCODE"),
     ("07700 900994", "PHONE"), ("Catrin", "RELATIVE_NAME"), ("Iwan", "RELATIVE_NAME"), ("1147829", "OTHER_ID"),
     ("Nia Gwilym", "COLLEAGUE_NAME")],
    ["Dr Meenakshi Iyer", "Hywel Dda University Health Board", "Ysbyty Bronglais", "d.o.b. 23-4-1979",
     "HbA1c 78 mmol/mol", "Dexcom G7", "time in range 41%", "GMI 8.2%", "R1M0", "ACR 1.8 mg/mmol",
     "Tandem t:slim X2", "Control-IQ", "8.3 mmol/L", "Diabetic Eye Screening Wales", "09/09/2024"],
))

# ---------------------------------------------------------------- s43-032
DOCS.append(D(
    "s43-032", "ed_record", "Dr Hannah Okoro",
    """QUEEN'S MEDICAL CENTRE - EMERGENCY DEPARTMENT (Nottingham University Hospitals NHS Trust)
ED attendance no: QMC-ED-24-051177     Arrival 18/03/2024 06:41 by ambulance   Triage: ORANGE (MTS)

Initially registered as "UNKNOWN MALE ALPHA 3" - identity confirmed 09:15 from Polish ID card (no. CAX 482917) found in jacket:
Piotr ZIELIŃSKI, DOB 14.11.1990, NFA (previously 27b Alfreton Villas, Hyson Green)

AMBULANCE HANDOVER (ATMIST) - East Midlands Ambulance Service, CAD 240318-0622
Crew: Jodie Carver (paramedic, HCPC PA118274), Sam Oduya (ECA)
A: 31M? found unresponsive in bus shelter on Mansfield Road opposite the Co-op, called in by passer-by 05:58
T: ?opioid OD, needle marks, ?hypothermia
I: no obvious head injury, abrasions R hand
M: RR 6, SpO2 78% air, GCS 5, pupils pinpoint, temp 34.1
S: naloxone 400 mcg IM + 2 x 400 mcg IV, RR now 14, GCS 12, SpO2 96% on 15 L NRB

ED course (Dr Hannah Okoro, Specialty Doctor, EM):
06:50 assessed in resus. Naloxone infusion started (2/3 of the wake-up dose per hour). VBG pH 7.21, pCO2 8.9, lactate 3.8. CK 2,840. ECG sinus, QTc 468.
07:40 friend (gave name as "Kuba", mobile 07700 900836) rang asking for him - confirmed only that he is here, with Piotr's agreement at 09:30.
10:15 medically fit; seen by the drug & alcohol liaison team (Framework); take-home naloxone kit given. Discharged with Housing Options referral.

Reviewed by: Dr Clare Whitmore, EM Consultant (ED shift lead)
""",
    [("QMC-ED-24-051177", "HOSPITAL_NUMBER"), ("CAX 482917", "OTHER_ID"), ("Piotr ZIELIŃSKI", "PATIENT_NAME"),
     ("Piotr", "PATIENT_NAME"), ("27b Alfreton Villas, Hyson Green", "ADDRESS"), ("240318-0622", "REFERENCE_NUMBER"),
     ("Jodie Carver", "COLLEAGUE_NAME"), ("PA118274", "GMC_NUMBER"), ("Sam Oduya", "COLLEAGUE_NAME"),
     ("bus shelter on Mansfield Road opposite the Co-op", "ADDRESS"), ("Kuba", "RELATIVE_NAME"),
     ("07700 900836", "PHONE"), ("UNKNOWN MALE ALPHA 3", "HOSPITAL_NUMBER")],
    ["Dr Hannah Okoro", "Dr Clare Whitmore", "QUEEN'S MEDICAL CENTRE", "Nottingham University Hospitals NHS Trust",
     "DOB 14.11.1990", "ORANGE (MTS)", "ATMIST", "East Midlands Ambulance Service", "naloxone 400 mcg IM", "GCS 5",
     "SpO2 78% air", "pH 7.21", "QTc 468", "CK 2,840", "18/03/2024 06:41", "31M"],
))

# ---------------------------------------------------------------- s43-033
DOCS.append(D(
    "s43-033", "mm_notes", "Dr Abdul-Rahman Yusuf",
    """NHS GRAMPIAN - Aberdeen Royal Infirmary
Vascular Surgery Morbidity & Mortality Meeting - 17 January 2024
Presenter: Dr Abdul-Rahman Yusuf (Specialty Doctor, Vascular Surgery)
Chair: Mr Hector Munro, Consultant Vascular Surgeon (signed as accurate)

Case 1 - W.G., 83M, 1203409917
Ruptured AAA (7.8 cm), transferred from Dr Gray's Hospital, Elgin; lives alone in Fraserburgh, 60 miles away. SBP 70 on arrival. Taken for open repair (EVAR anatomy unsuitable - neck 6 mm, angulated). Aortic cross-clamp 48 min, EBL 4.5 L, MHP activated. Died day 2 (04/12/2023) from multi-organ failure. Hardman index 3.
Discussion: delays - 2 h 10 min from first call to ARI theatre; 55 min of that waiting for the retrieval team. Action: share data with the Scottish Ambulance Service and the North of Scotland vascular network. No individual failings identified. His daughter, Mrs Lesley Gauld, has asked for a meeting - Mr Munro and I will meet her on 24/01.

Case 2 - patient A (68F), elective EVAR, type II endoleak at 1-year CT, sac growth 6 mm. Surveillance continued per ESVS 2024 guideline. Learning: no action.

Case 3 - 'Jimmy' (J.S.), 59M, diabetic foot sepsis, BKA, stump dehiscence day 10. Returned to theatre for revision. He had been discharged to his caravan at Cruden Bay holiday park before the wound check. Learning point about discharge destination checks - home circumstances to be confirmed by OT before discharge after major amputation. Case previously Datixed (W-DX-24-00193).
""",
    [("W.G.", "PATIENT_NAME"), ("1203409917", "NHS_NUMBER"), ("Fraserburgh", "ADDRESS"), ("Lesley Gauld", "RELATIVE_NAME"),
     ("Jimmy", "PATIENT_NAME"), ("J.S.", "PATIENT_NAME"), ("his caravan at Cruden Bay holiday park", "ADDRESS"),
     ("W-DX-24-00193", "REFERENCE_NUMBER")],
    ["Dr Abdul-Rahman Yusuf", "Mr Hector Munro", "Mr Munro", "NHS GRAMPIAN", "Aberdeen Royal Infirmary",
     "Dr Gray's Hospital", "83M", "Ruptured AAA (7.8 cm)", "EBL 4.5 L", "Hardman index 3", "04/12/2023", "ESVS 2024",
     "68F", "59M", "17 January 2024"],
))

# ---------------------------------------------------------------- s43-034
DOCS.append(D(
    "s43-034", "reflective_note", "Dr Ayesha Siddiqui",
    """Reflective account - significant event (home visit, palliative care)
Dr Ayesha Siddiqui, salaried GP (portfolio pathway, general practice)
Meadowbank Surgery, Downpatrick - South Eastern HSC Trust area
Date of event: 2 November 2023. Discussed at practice SEA meeting 16/11/2023 with Dr Michael Kearney (GP trainer, verifies this evidence).

I was asked to visit Kathleen, an 87-year-old woman with metastatic pancreatic cancer, at her bungalow on the Killough Road. Her husband Frank phoned at 11:00 saying she was "roaring with the pain" and the district nurses (Sinead and Bronagh) could not come until the afternoon. The anticipatory medicines ("just in case" box) had been prescribed but not delivered because the pharmacy had run out of midazolam.

On arrival she was distressed, pain 9/10, with new myoclonus. I gave morphine sulfate 2.5 mg SC and contacted the community pharmacist; Gerard, her son-in-law, drove to the Ards Hospital pharmacy to collect midazolam 10 mg/2 mL. I set up a syringe driver with morphine 10 mg + midazolam 10 mg over 24 h, following the NI Palliative Care Guidelines (Regional Palliative Medicine Group) and checked her renal function (eGFR 28) before choosing the dose. Mrs Magee died peacefully two days later at home, as she wished.

What went well: the ACP/DNACPR conversations were documented on the NIECR, so the out-of-hours GP (Dr Tiernan Rafferty) had everything he needed that night.
What I would change: check that "just in case" medicines are physically in the house at the time of the prescription. We have now added a 48-hour phone check to our palliative register process.
""",
    [("Kathleen", "PATIENT_NAME"), ("Magee", "PATIENT_NAME"), ("bungalow on the Killough Road", "ADDRESS"),
     ("Frank", "RELATIVE_NAME"), ("Sinead", "COLLEAGUE_NAME"), ("Bronagh", "COLLEAGUE_NAME"), ("Gerard", "RELATIVE_NAME"),
     ("Tiernan Rafferty", "COLLEAGUE_NAME")],
    ["Dr Ayesha Siddiqui", "Dr Michael Kearney", "Meadowbank Surgery, Downpatrick", "87-year-old", "pain 9/10",
     "morphine sulfate 2.5 mg SC", "midazolam 10 mg/2 mL", "morphine 10 mg + midazolam 10 mg over 24 h",
     "NI Palliative Care Guidelines", "eGFR 28", "Ards Hospital", "2 November 2023", "NIECR"],
))

# ---------------------------------------------------------------- s43-035
DOCS.append(D(
    "s43-035", "patient_feedback", "Dr Theodora Hale",
    """From: Sue Hollis <sue.hollis58@btinternet.com>
To: PALS RUH <ruh-tr.pals@nhs.net>
Date: Mon, 15 Jan 2024 10:12
Subject: Thank you - Dr Hale and the palliative care team

Dear PALS,

Please could you pass this on to Dr Hale (I think she is Theodora?) in the palliative care team. My husband Geoff died on William Budd ward on 2nd January. He was 78. Dr Hale came every day, sat down at his level and told us honestly what was happening when the other doctors kept talking about "waiting for the scan". She got his syringe driver sorted within the hour when he was agitated, and she arranged for our dog (Bramble) to visit him, which meant the world to him. Nurse Carol on the night shift was also wonderful.

Geoff Hollis was a proud man and she kept his dignity to the end.

With thanks,
Sue, Becky and Tom
14 Widcombe Rise Mews, Bath BA1 5EX  | 01632 960 871

---- forwarded by PALS, ref PALS/24/0087, to Dr T. Hale, 16/01/2024 ----
Applicant's note: included as patient/relative feedback for Domain 3 (communication, partnership and teamwork). Royal United Hospitals Bath NHS Foundation Trust. Verified by Dr Julian Ashcombe, Consultant in Palliative Medicine.
""",
    [("Sue Hollis", "RELATIVE_NAME"), ("sue.hollis58@btinternet.com", "EMAIL"), ("ruh-tr.pals@nhs.net", "EMAIL"),
     ("Geoff", "PATIENT_NAME"), ("Geoff Hollis", "PATIENT_NAME"), ("Bramble", "OTHER_ID"), ("Carol", "COLLEAGUE_NAME"),
     ("Sue", "RELATIVE_NAME"), ("Becky", "RELATIVE_NAME"), ("Tom", "RELATIVE_NAME"),
     ("14 Widcombe Rise Mews, Bath", "ADDRESS"), ("BA1 5EX", "POSTCODE"), ("01632 960 871", "PHONE"),
     ("PALS/24/0087", "REFERENCE_NUMBER")],
    ["Dr Hale", "Theodora", "Dr T. Hale", "Dr Julian Ashcombe", "William Budd ward", "He was 78", "2nd January",
     "Royal United Hospitals Bath NHS Foundation Trust", "syringe driver"],
))

# ---------------------------------------------------------------- s43-036
DOCS.append(D(
    "s43-036", "teaching_plan", "Dr Grzegorz Nowicki",
    """In-situ simulation programme - session plan (Emergency Department, University Hospital Wishaw, NHS Lanarkshire)
Faculty lead: Dr Grzegorz Nowicki, Specialty Doctor in Emergency Medicine
Programme sponsor: Dr Moira Craig, Consultant in Emergency Medicine and Clinical Lead for Simulation
Frequency: fortnightly, Thursday 13:30-14:30, resus bay 3 (cancelled if department at OPEL 4)

Scenario bank (term 1, 2024)
1. Anaphylaxis in the minors area - adrenaline 0.5 mg IM (1:1000), second dose at 5 min, refractory pathway (Resuscitation Council UK 2021).
2. Paediatric status epilepticus - APLS algorithm, buccal midazolam 0.3 mg/kg (max 10 mg), levetiracetam 40 mg/kg.
3. Massive haemorrhage after trauma - major haemorrhage protocol, TXA 1 g over 10 min, 1:1 RBC:FFP.
4. Hyperkalaemia with broad complexes - calcium gluconate 10% 30 mL, insulin-dextrose (10 units in 25 g glucose).
5. Human factors - handover in a busy resus (SBAR / closed-loop communication).

Learning objectives mapped to RCEM 2021 curriculum SLO 3 (resuscitation) and SLO 8 (lead the ED shift).
Debrief model: PEARLS, 20 minutes, with a psychological-safety briefing at the start.
Evaluation: pre/post confidence scores (Likert 1-5) and latent safety threats logged on the simulation tracker; threats passed to the ED governance group monthly.

Term 1 2023 results: 11 sessions, 96 participants (nurses 58, doctors 31, ACPs 4, HCSWs 3); 19 latent safety threats identified (e.g. missing paediatric Broselow tape, expired suxamethonium), 17 resolved.
""",
    [],
    ["Dr Grzegorz Nowicki", "Dr Moira Craig", "University Hospital Wishaw", "NHS Lanarkshire", "adrenaline 0.5 mg IM (1:1000)",
     "buccal midazolam 0.3 mg/kg (max 10 mg)", "levetiracetam 40 mg/kg", "TXA 1 g over 10 min", "calcium gluconate 10% 30 mL",
     "RCEM 2021 curriculum", "PEARLS", "96 participants", "resus bay 3", "OPEL 4"],
))

# ---------------------------------------------------------------- s43-037
DOCS.append(D(
    "s43-037", "job_plan", "Dr Róisín Carberry",
    """JOB PLAN 2024/25 - agreed
Name: Dr Róisín Carberry         Grade: Specialty Doctor (2021 contract), Threshold 2
Specialty: Rheumatology           Employer: Southern Health and Social Care Trust
Base: Daisy Hill Hospital, Newry; outreach clinic South Tyrone Hospital, Dungannon
Clinical Director: Dr Seán Murtagh (signed 03/04/2024)

Weekly timetable (10 PAs)
Mon AM  New patient clinic (DHH)                    DCC 1.0
Mon PM  Biologics / DMARD monitoring clinic         DCC 1.0
Tue AM  Early inflammatory arthritis clinic         DCC 1.0
Tue PM  Ultrasound-guided injections list           DCC 1.0
Wed AM  Admin, results, advice & guidance           DCC 1.0
Wed PM  SPA - audit, CPD, teaching FY2s             SPA 1.0
Thu AM  Outreach clinic (STH), alternate weeks      DCC 1.0
Thu PM  Inpatient referrals / ward consults          DCC 1.0
Fri AM  Virtual clinic (telephone, video)           DCC 1.0
Fri PM  Departmental MDT + journal club              DCC 0.5 / SPA 0.5

Totals: DCC 8.5, SPA 1.5. On-call: none. Annual leave 32 days + 2 days for 7 years' service.

Objectives for 2024/25
1. Reduce new-patient waiting time for suspected inflammatory arthritis to < 3 weeks (NICE NG100 standard).
2. Complete the BSR ultrasound course (level 2) and 50 supervised scans.
3. Re-audit methotrexate monitoring against the BSR 2017 DMARD guideline (target 95% compliance).
4. Submit portfolio pathway application by March 2025.

Agreed: Dr Róisín Carberry / Dr Seán Murtagh
""",
    [],
    ["Dr Róisín Carberry", "Dr Seán Murtagh", "Southern Health and Social Care Trust", "Daisy Hill Hospital",
     "South Tyrone Hospital", "DCC 8.5, SPA 1.5", "NICE NG100", "BSR 2017 DMARD guideline", "10 PAs", "03/04/2024"],
))

# ---------------------------------------------------------------- s43-038
DOCS.append(D(
    "s43-038", "cbd", "Dr Olamide Fashola",
    """WORKPLACE-BASED ASSESSMENT: CASE-BASED DISCUSSION (Psychiatry)
Doctor: Dr Olamide Fashola, Specialty Doctor, General Adult Psychiatry
Assessor: Dr Isla Buchanan, Consultant Psychiatrist (Approved Medical Practitioner)
Unit: Ward 3, Royal Cornhill Hospital, NHS Grampian
Date of discussion: 06/03/2024

Case (as presented): R.McK, 34-year-old man, deckhand on the trawler "Ocean Harvest" out of Peterhead. Brought in by police under section 297 of the Mental Health (Care and Treatment) (Scotland) Act 2003 after threatening to jump from the harbour wall. Three-week history of low mood, insomnia and alcohol use (80 units/week), plus persecutory beliefs that the skipper was "poisoning the catch". PHQ-9 not appropriate; Beck Scale for Suicidal Ideation high. AUDIT 29.

Management: Emergency detention certificate converted by Dr Buchanan to a short-term detention certificate (STDC) with MHO consent - MWC notification ref MWC/STDC/24/10882. Named person: his sister Catriona (in Fraserburgh). Alcohol withdrawal managed with chlordiazepoxide reducing regime (CIWA-Ar monitoring) and Pabrinex IV 2 pairs TDS for 3 days. Started sertraline 50 mg and quetiapine 50 mg nocte.

Assessor's comments:
Olamide demonstrated a sound understanding of the principles of the 2003 Act (least restriction, participation, benefit) and of the difference between the emergency and short-term certificates. Her risk formulation was structured and included protective factors (his daughter, aged 6). Please keep identifying details out of written CbD summaries - the boat name and the skipper's nickname ("Big Dod") would identify him in a small community.

Judgement: Meets standard for completion of training (Level 4). Areas for development: capacity assessment documentation.
Signed: Dr Isla Buchanan, 06/03/2024
""",
    [("R.McK", "PATIENT_NAME"), ("Ocean Harvest", "ADDRESS"), ("Peterhead", "ADDRESS"),
     ("MWC/STDC/24/10882", "REFERENCE_NUMBER"), ("Catriona", "RELATIVE_NAME"), ("Fraserburgh", "ADDRESS"),
     ("Big Dod", "RELATIVE_NAME")],
    ["Dr Olamide Fashola", "Olamide", "Dr Isla Buchanan", "Dr Buchanan", "Royal Cornhill Hospital", "NHS Grampian",
     "Ward 3", "34-year-old man", "section 297 of the Mental Health (Care and Treatment) (Scotland) Act 2003",
     "short-term detention certificate (STDC)", "AUDIT 29", "chlordiazepoxide", "CIWA-Ar", "Pabrinex IV 2 pairs TDS",
     "sertraline 50 mg", "quetiapine 50 mg nocte", "80 units/week", "aged 6", "06/03/2024"],
))

# ---------------------------------------------------------------- s43-039
DOCS.append(D(
    "s43-039", "operation_note", "Dr Nadia Rahman",
    """HYWEL DDA UNIVERSITY HEALTH BOARD - GLANGWILI GENERAL HOSPITAL, CARMARTHEN
Obstetric Theatre - OPERATION NOTE: Caesarean section

Mother: Ffion Haf LEWIS   DOB 12/12/1996   NHS 463 208 1175   Hosp G1129406
Partner present: Owain Pritchard-Lewis
Date: 27/07/2024   Time of decision 02:14   Knife to skin 02:31 (DDI 17 min)   Category 1

Surgeon: Dr Nadia Rahman (Specialty Doctor, O&G)
Assistant: Dr Joanna Rees-Thomas (ST2)
Anaesthetist: Dr Gethin Morse - GA (failed top-up of epidural)
Midwife: Carys (scrub MW Carys Bevan)

Indication: Prolonged fetal bradycardia (FHR 70 bpm for 6 min) at 8 cm, 39+5, primigravida, induced for reduced fetal movements.
Procedure: Pfannenstiel incision, Joel-Cohen entry. Lower segment well formed. Baby delivered cephalic with fundal pressure at 02:33. Cord around the neck x1 (loose). Placenta delivered by controlled cord traction, complete. Uterus closed in 2 layers (Vicryl 1). Both ovaries and tubes normal. Rectus sheath with PDS 1, skin subcuticular 3-0 Monocryl.
Baby: girl, "Baby Girl Lewis", NHS 473 992 0185, weight 3,260 g, Apgars 3 at 1 min, 8 at 5 min, 9 at 10 min. Cord gases: arterial pH 7.04, BE -12.1; venous pH 7.19. Neonatal team (Dr Vaughan) present; 5 inflation breaths, then normal breathing. To SCBU for observation.
EBL 900 mL. Oxytocin 5 IU slow IV + 40 IU infusion over 4 h. Cefuroxime 1.5 g + metronidazole 500 mg IV.
Post-op: VTE risk - enoxaparin 40 mg SC for 10 days; Datix for cord gas pH < 7.05 (ref 24-GGH-0877); debrief with Ffion and Owain on the postnatal ward.
""",
    [("Ffion Haf LEWIS", "PATIENT_NAME"), ("463 208 1175", "NHS_NUMBER"), ("G1129406", "HOSPITAL_NUMBER"),
     ("Owain Pritchard-Lewis", "RELATIVE_NAME"), ("Joanna Rees-Thomas", "COLLEAGUE_NAME"), ("Gethin Morse", "COLLEAGUE_NAME"),
     ("Carys", "COLLEAGUE_NAME"), ("Carys Bevan", "COLLEAGUE_NAME"), ("Baby Girl Lewis", "PATIENT_NAME"),
     ("473 992 0185", "NHS_NUMBER"), ("Vaughan", "COLLEAGUE_NAME"), ("24-GGH-0877", "REFERENCE_NUMBER"),
     ("Ffion", "PATIENT_NAME"), ("Owain", "RELATIVE_NAME")],
    ["Dr Nadia Rahman", "HYWEL DDA UNIVERSITY HEALTH BOARD", "GLANGWILI GENERAL HOSPITAL", "DOB 12/12/1996", "DDI 17 min",
     "Category 1", "FHR 70 bpm for 6 min", "39+5", "Pfannenstiel", "Joel-Cohen", "weight 3,260 g",
     "Apgars 3 at 1 min, 8 at 5 min, 9 at 10 min", "arterial pH 7.04, BE -12.1", "EBL 900 mL", "Oxytocin 5 IU",
     "enoxaparin 40 mg SC", "27/07/2024"],
))

# ---------------------------------------------------------------- s43-040
DOCS.append(D(
    "s43-040", "caseload_list", "Dr Nikos Papadopoulos",
    """Reporting log extract - CT/MR reported independently (sample for portfolio, anonymisation incomplete)
Reporter: Dr Nikos Papadopoulos, Specialty Doctor in Radiology
Leicester Royal Infirmary - University Hospitals of Leicester NHS Trust (PACS: Sectra)
Second-read / discrepancy review: Dr Shalini Verma, Consultant Radiologist

Accession       Patient                 Age/Sex  Exam                    Referrer            Key finding                                   Second read
RRK2403110418   PATEL, Hemant K         71M      CT CAP contrast         Dr Mistry (GP 2WW)  3.4 cm R renal mass, Bosniak IV                agree
RRK2403110433   O'DONNELL, Siobhan      44F      MR pelvis               Gynae-onc           FIGO IB1 cervical ca, no parametrial spread    agree
RRK2403120019   COOPER, Baby (twin 2)   3d M     US cranial              NNU                 Grade II IVH left                              agree
RRK2403120177   AHMED, Yusra            29F      CTPA                    ED                  Bilateral segmental PE, RV/LV 1.1              minor: missed R adrenal 1 cm (benign)
RRK2403130502   KOWALSKI, Jan           93M      CT head non-contrast    ED                  Acute L SDH 9 mm, 3 mm MLS                     agree
RRK2403130588   BRAITHWAITE, Kenneth    66M      CT abdo                 Surgeons            Sigmoid diverticular perforation, Hinchey III  agree

Discrepancy rate this sample: 1/6 (minor). Running 2023-24 total: 2,118 studies, 14 minor and 1 major discrepancy (REALMs).
""",
    [("RRK2403110418", "OTHER_ID"), ("PATEL, Hemant K", "PATIENT_NAME"), ("RRK2403110433", "OTHER_ID"),
     ("O'DONNELL, Siobhan", "PATIENT_NAME"), ("RRK2403120019", "OTHER_ID"), ("COOPER, Baby (twin 2)", "PATIENT_NAME"),
     ("RRK2403120177", "OTHER_ID"), ("AHMED, Yusra", "PATIENT_NAME"), ("RRK2403130502", "OTHER_ID"),
     ("KOWALSKI, Jan", "PATIENT_NAME"), ("RRK2403130588", "OTHER_ID"), ("BRAITHWAITE, Kenneth", "PATIENT_NAME"),
     ("Mistry", "COLLEAGUE_NAME")],
    ["Dr Nikos Papadopoulos", "Dr Shalini Verma", "Leicester Royal Infirmary", "University Hospitals of Leicester NHS Trust",
     "Bosniak IV", "FIGO IB1", "Grade II IVH", "RV/LV 1.1", "93M", "Hinchey III", "2,118 studies", "REALMs", "Sectra"],
))
