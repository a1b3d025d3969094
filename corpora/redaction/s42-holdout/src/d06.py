from common import D

D("s42-051", "clinic_letter", "Dr Lena Hoffmann", """
Cardiff and Vale UHB - Neurology Outpatients, UHW
Headache Clinic    Date: 13/02/2024    Our ref: LH/HA/4418

Private & confidential
Dr Alun Prosser
Whitchurch Road Surgery, Cardiff CF14 3LX
Tel 01632 960590 / Fax 01632 960591

Re: Ms Tegan Louise Morgan-Pryce     DOB: 29/10/1993
NHS No: 529 006 1147     Hospital No: A3371905
Address: 88 Llandaff Road, Canton, Cardiff CF11 9NL
Preferred contact: tegan.mp93@outlook.com

Diagnosis: chronic migraine without aura (ICHD-3 1.3), medication overuse headache (co-codamol 30/500 on ~20 days/month)

Dear Dr Prosser

Tegan is a 30 year old nurse on the cardiac ward at Llandough who has had headaches on 22 days a month for a year (MIDAS 62, HIT-6 68). Topiramate was stopped due to word-finding problems and amitriptyline 25 mg made her too drowsy for night shifts.

Plan:
1. Withdraw co-codamol abruptly; naproxen 500 mg bd for 2 weeks as bridging.
2. Start candesartan 4 mg od, titrate to 16 mg (BP 118/74).
3. If fewer than a 30% response at 3 months, she will meet NICE TA659 criteria for a CGRP monoclonal antibody (erenumab / fremanezumab / galcanezumab) and I will refer to the headache nurse.
4. Headache diary via the Migraine Buddy app.

Her partner, Ms Jess Adebayo, asked whether Tegan's migraines are linked to the combined pill - no aura, so not contraindicated; discussed.

Yours sincerely
Dr Lena Hoffmann
""", [("LH/HA/4418", "REF"), ("Alun Prosser", "CN"), ("Prosser", "CN"), ("Whitchurch Road Surgery, Cardiff", "AD"), ("CF14 3LX", "PC"), ("01632 960590", "PH"),
      ("01632 960591", "PH"), ("Tegan Louise Morgan-Pryce", "PN"), ("529 006 1147", "NHS"), ("A3371905", "HN"), ("88 Llandaff Road, Canton, Cardiff", "AD"),
      ("CF11 9NL", "PC"), ("tegan.mp93@outlook.com", "EM"), ("Tegan", "PN"), ("cardiac ward at Llandough", "AD"), ("Jess Adebayo", "RN")],
  ["Dr Lena Hoffmann", "UHW", "Cardiff and Vale UHB", "29/10/1993", "ICHD-3 1.3", "co-codamol 30/500", "MIDAS 62", "HIT-6 68", "Topiramate", "amitriptyline 25 mg",
   "naproxen 500 mg bd", "candesartan 4 mg od", "NICE TA659", "erenumab", "BP 118/74", "13/02/2024", "Migraine Buddy", "30 year old"])

D("s42-052", "supervisor_report", "Dr Grace Mwangi", """
Structured Supervisor's Report - GMC portfolio pathway - Rheumatology
Applicant: Dr Grace Mwangi (GMC 7455102)
Report by: Dr Conor Gilmore, Consultant Rheumatologist and Clinical Lead, Northern HSC Trust (Antrim Area Hospital and Causeway Hospital)
Period: September 2021 - September 2024

Dr Mwangi has worked as a specialty doctor in our department for three years. She runs two independent general rheumatology clinics a week, an early inflammatory arthritis clinic and the biologics review clinic, and does joint and soft-tissue injections and ultrasound-guided aspirations (DOPS x 6 in her portfolio).

Clinical judgement: She recognised giant cell arteritis in a 74-year-old farmer from Cloughmills, Mr Seamus Devine, who presented to her clinic with what his GP had called "polymyalgia"; she arranged a same-day temporal artery ultrasound (halo sign) and started prednisolone 60 mg, and his vision was preserved. She then set up, with our ultrasonographer Ms Rebecca Orr, a fast-track GCA pathway that has since seen 41 patients (BSR 2020 guideline).

Team working: She supported our new CT1, Dr Aidan Kerr, through a difficult first rotation.

Governance: Led the Trust audit on hydroxychloroquine retinopathy screening (RCOphth 2020), with improvement from 34% to 81% screened.

Overall: working at consultant level. I recommend her without reservation.
Signed: Conor Gilmore   Date: 30/09/2024
""", [("Seamus Devine", "PN"), ("Cloughmills", "AD"), ("Rebecca Orr", "CN"), ("Aidan Kerr", "CN")],
  ["Dr Grace Mwangi", "Dr Mwangi", "GMC 7455102", "Dr Conor Gilmore", "Conor Gilmore", "Antrim Area Hospital", "Causeway Hospital", "giant cell arteritis",
   "prednisolone 60 mg", "BSR 2020", "RCOphth 2020", "74-year-old", "34% to 81%", "30/09/2024"])

D("s42-053", "incident_report", "Dr Rasha Al-Khatib", """
DATIX (Wales) - Incident report form - SBUHB
Ref: SBU-DX-0239914    Also reported to: NRI / Delivery Unit (Nationally Reportable Incident) NRI-SW-2023-118
Date/time: 15/07/2023 16:20    Location: Singleton Hospital, Labour Ward, Room 6
Reporter: Dr Rasha Al-Khatib, Specialty Doctor O&G
Specialty: Obstetrics    Type: Massive obstetric haemorrhage requiring ITU admission

Patient: OKAFOR-REID, Tamara    Age 31    MRN SBU-5519340    NHS 6931045522

Description: P3, SVD at 15:52 of a live male infant, 4.26 kg. Uterine atony; PPH escalating to 1.8 L by 16:20 (QBL). Major obstetric haemorrhage call at 16:05. Syntocinon 10 units IM, ergometrine 500 micrograms IM, carboprost 250 micrograms IM x2, TXA 1 g IV. Transferred to theatre: EUA, no retained tissue, Bakri balloon inserted (400 ml). 2 units RBC, Fibtem A5 9 mm -> fibrinogen concentrate 4 g. Admitted to ITU for 24 h observation (Hb 78).

Contributory factors: Labour ward at full capacity (7/6 rooms including triage room), second obstetric theatre closed for staffing; a delay of 11 min for the theatre team. Midwife in Room 6, Ceri Lloyd, also covering Room 5. The consultant on call, Miss Rowlands, attended within 20 min.

Patient and husband (Mr Femi Okafor-Reid) debriefed by myself on 17/07/2023; they asked that future pregnancies be booked at the Neath Port Talbot antenatal clinic near their home in Baglan.
""", [("SBU-DX-0239914", "REF"), ("NRI-SW-2023-118", "REF"), ("OKAFOR-REID, Tamara", "PN"), ("SBU-5519340", "HN"), ("6931045522", "NHS"),
      ("Ceri Lloyd", "CN"), ("Rowlands", "CN"), ("Femi Okafor-Reid", "RN"), ("Baglan", "AD")],
  ["Dr Rasha Al-Khatib", "Singleton Hospital", "Labour Ward, Room 6", "Age 31", "4.26 kg", "PPH escalating to 1.8 L", "Syntocinon 10 units IM",
   "ergometrine 500 micrograms IM", "carboprost 250 micrograms IM", "TXA 1 g IV", "Bakri balloon", "Fibtem A5 9 mm", "fibrinogen concentrate 4 g",
   "Hb 78", "15/07/2023 16:20", "Neath Port Talbot"])

D("s42-054", "discharge_summary", "Dr Bilal Chaudhry", """
SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST
Northern General Hospital - Orthogeriatric / Trauma Unit (Huntsman 4)
DISCHARGE SUMMARY
Name: HOLLINGWORTH, Edna May        DOB: 11/04/1932 (91y)    F
NHS number: 421 668 0973    Unit no: RHQ2209871
Addr: 5 Stannington View Road, Sheffield S10 1RF
Discharge to: Ashdell Lodge Intermediate Care, then home
NOK: son Philip Hollingworth - 07700 900318 - lives in Chesterfield

Admitted: 02/01/2024 after a fall in her kitchen (tripped over her cat, "Mr Tibbs")
Diagnosis: Left intracapsular #NOF (Garden IV)
Operation: 03/01/2024 Cemented hemiarthroplasty (Exeter stem, Unitrax head), Dr B. Chaudhry (SD) - day 1 post-admission, within 36 h (NHFD KPI met)
Post-op: Hb 91 -> 1 unit RBC. Mild delirium (4AT 5) resolved with non-drug measures. Mobilising with Zimmer frame + 1. AMTS 9/10 at discharge.
Bone health: adcal-D3 2 tabs daily; zoledronic acid 5 mg IV given 08/01/2024 (eGFR 48, vit D 61 nmol/L).
Anticoagulation: enoxaparin 40 mg SC od until 28 days post-op.
Follow-up: Wound check day 12 at Stannington Medical Centre. Fracture Liaison Service letter sent.

Author: Dr Bilal Chaudhry, Specialty Doctor T&O. Ortho-geriatrician: Dr Helen Ackroyd.
""", [("HOLLINGWORTH, Edna May", "PN"), ("421 668 0973", "NHS"), ("RHQ2209871", "HN"), ("5 Stannington View Road, Sheffield", "AD"), ("S10 1RF", "PC"),
      ("Philip Hollingworth", "RN"), ("07700 900318", "PH"), ("Chesterfield", "AD"), ("Mr Tibbs", "OID"), ("Stannington Medical Centre", "AD"),
      ("Helen Ackroyd", "CN"), ("Ashdell Lodge Intermediate Care", "AD")],
  ["Dr Bilal Chaudhry", "Dr B. Chaudhry", "SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST", "Northern General Hospital", "Huntsman 4", "11/04/1932", "(91y)",
   "Garden IV", "Exeter stem", "NHFD", "4AT 5", "AMTS 9/10", "adcal-D3", "zoledronic acid 5 mg IV", "eGFR 48", "enoxaparin 40 mg SC od",
   "02/01/2024", "Fracture Liaison Service"])

D("s42-055", "reflective_note", "Dr Ayesha Rahman", """
REFLECTIVE NOTE  -  "the mole I nearly
didn't biopsy"          A. Rahman, Derm, RVH     Jan 2024

pt: mr danny (daniel) o'hare, 38, a
roofer from Dundonald - came to the
2ww clinic with a "changing freckle" on his back his wife
Lisa had noticed. referred by his GP dr m. sweeney.

dermoscopy: 6 mm, symmetrical-ish, 2 colours, no
blue-white veil. 7-pt checklist score 2. i was going to
reassure and do sequential digital dermoscopy at 3
months. but he said "ive been burnt every summer on the
roofs since i was 16" and he had 62 naevi + a
brother (Sean
o'hare) with melanoma at 41. so i changed my mind and did an excision biopsy (2 mm margins).

histology (path no. H24-00719): superficial spreading melanoma,
Breslow 0.6 mm, no ulceration, pT1a. WLE 1 cm done. stage IA, 5-yr
survival > 95%.

What I learned - the scores (7-point, ABCDE) are a guide, the
risk factors (skin type I, sunburn, FHx, naevus count) must
change the threshold. BAD guidance 2022 says so. I've since
added a "high-risk history" box to our 2ww proforma. Discussed
in appraisal with Dr N Corrigan, 15/03/2024.

(his number 07700 900 115 is still on my clinic list printout
- shred!)
""", [("danny", "PN"), ("daniel", "PN"), ("o'hare", "PN"), ("Dundonald", "AD"), ("Lisa", "RN"), ("m. sweeney", "CN"), ("Sean\no'hare", "RN"),
      ("H24-00719", "OID"), ("07700 900 115", "PH")],
  ["A. Rahman", "RVH", "38", "7-pt checklist score 2", "62 naevi", "Breslow 0.6 mm", "pT1a", "WLE 1 cm", "stage IA", "BAD guidance 2022",
   "Dr N Corrigan", "15/03/2024", "ABCDE", "superficial spreading melanoma"])

D("s42-056", "mdt_minutes", "Dr Lena Hoffmann", """
UHW NEUROSCIENCES - Epilepsy MDT (incl. surgical candidates) - minutes
Date: 04/04/2024, 13:00, Neuro seminar room B2 / Teams
Attendees: Dr L Hoffmann (SD neurology, minute-taker), Prof Huw Beddoe (chair, epileptologist), Dr Anwen Gale (neuroradiology), Mr Osian Reece (neurosurgery), Dr Pia Lindqvist (neuropsychology), ESN Carys Jones

1. RHODRI ELLIS-JENKINS (A2490517) - first seizure 05/24... (no - listed in error, first seizure clinic, not MDT) - removed from list.
2. MORFUDD (MORF) PRICHARD-DAVIES, 27F, A1987760, NHS 619 445 2870 - drug-resistant left mesial TLE; failed levetiracetam, lamotrigine, lacosamide. MRI 3T: L hippocampal sclerosis. VT: 6 habitual seizures, all L temporal onset. Neuropsych: verbal memory weakness (concordant). Wada not required.
   Outcome: offer L anterior temporal lobectomy; ~65-70% chance of seizure freedom at 2 years. She is a primary school teacher in Bala and her mother, Mrs Eirlys Prichard-Davies, is her carer on seizure days. Counselling appointment with ESN.
3. "K.D." 44M, A2266341 - PNES vs frontal lobe epilepsy; VT captured 3 typical events, no EEG correlate. Outcome: diagnosis of functional/dissociative seizures; refer to neuropsychiatry (Dr Lindqvist) - taper clobazam.

Next MDT: 02/05/2024.
""", [("Huw Beddoe", "CN"), ("Anwen Gale", "CN"), ("Osian Reece", "CN"), ("Pia Lindqvist", "CN"), ("Lindqvist", "CN"), ("Carys Jones", "CN"),
      ("RHODRI ELLIS-JENKINS", "PN"), ("A2490517", "HN"), ("MORFUDD (MORF) PRICHARD-DAVIES", "PN"), ("A1987760", "HN"), ("619 445 2870", "NHS"),
      ("Bala", "AD"), ("Eirlys Prichard-Davies", "RN"), ("K.D.", "PN"), ("A2266341", "HN")],
  ["Dr L Hoffmann", "UHW", "27F", "44M", "levetiracetam, lamotrigine, lacosamide", "L hippocampal sclerosis", "MRI 3T", "Wada",
   "L anterior temporal lobectomy", "~65-70%", "clobazam", "PNES", "04/04/2024", "02/05/2024"])

D("s42-057", "safeguarding_note", "Dr Tomás Ferreira", """
Royal Cornwall Hospital ED - Safeguarding Children: record of concern (to be copied to Safeguarding Team & MARU)
Completed by: Dr T. Ferreira, ED Specialty Doctor     Date/time: 19/11/2023 22:40
MARU referral ref: MARU-CN-23-55102       CP-IS flag checked: child NOT on a CP plan

Child: Maisie-Jo Penberthy  (goes by "MJ" - NB not my initials!)   DOB 02/09/2008 (15y)   F
ED no: ED23-140377      NHS: 834 901 6621
Home: 3 Trevithick Close, Camborne TR14 8EU (lives with mum, Kerry Penberthy, and mum's partner "Dezzy")
School: Camborne Science and International Academy, Y11

Presentation: Brought by ambulance from a house party in Pool (address not known); alcohol intoxication (GCS 13 on arrival, blood alcohol 248 mg/dL) and reported she had been "given something". Accompanied by an 22-year-old male, "Kai", who left before I could speak to him; drives a black Audi A3, partial plate WK6-.
Disclosure (to me and Staff Nurse Jade Opie, 22:10): "he's my boyfriend, he's 22, he picks me up from school". Phone showed messages from "Kai <3" asking her to "bring mates" to his flat in Redruth.

Concerns: CSE indicators (older partner, gifts, alcohol/drugs, going missing - mum reports 3 missing episodes since September).
Action: Police informed (Devon & Cornwall Police log 0899 19/11/23); MARU referral by phone; admitted to the paediatric ward for safety overnight; consultant Dr Penrose informed; mum informed and attending. No forensic exam indicated per ISVA/SARC advice at this stage.
Countersigned (portfolio verification): Dr Lucy Penrose, Consultant in Emergency Medicine, 12/01/2024
""", [("MARU-CN-23-55102", "REF"), ("Maisie-Jo Penberthy", "PN"), ("MJ", "PN"), ("ED23-140377", "HN"), ("834 901 6621", "NHS"),
      ("3 Trevithick Close, Camborne", "AD"), ("TR14 8EU", "PC"), ("Kerry Penberthy", "RN"), ("Dezzy", "RN"), ("Camborne Science and International Academy", "AD"),
      ("Pool", "AD"), ("Kai", "RN"), ("WK6-", "OID"), ("Jade Opie", "CN"), ("Redruth", "AD"), ("0899", "REF")],
  ["Dr T. Ferreira", "Royal Cornwall Hospital", "19/11/2023 22:40", "02/09/2008", "(15y)", "GCS 13", "blood alcohol 248 mg/dL", "22-year-old male", "Dr Penrose", "Dr Lucy Penrose",
   "Devon & Cornwall Police", "CSE", "ISVA/SARC", "CP-IS"])

D("s42-058", "clinic_letter", "Dr Grace Mwangi", """
NHSCT Rheumatology - Causeway Hospital, Coleraine        Date of clinic: 03/04/2024

Dr Declan Mullan, Bushmills Surgery
Re: Miss Aoife Bridget O'Kane, 26 yrs, DOB 19/12/1997
H&C: 3307 118 245     C/o Portstewart Convent flats, apt 2 (student accom. - term time), or home: 9 Carnany Road, Ballymoney BT53 6DE
Email for appointments (pt preference): aoife.okane.art@gmail.com

Dear Dr Mullan,

Diagnosis: Systemic lupus erythematosus (ANA 1:640 homogeneous, dsDNA 212 IU/mL, low C3 0.62) with cutaneous and musculoskeletal involvement. SLEDAI-2K 8. No renal involvement (uPCR 14 mg/mmol, normal urine microscopy).

Aoife is a final-year fine art student at Ulster University's Magee campus, living in Derry/Londonderry during term. She presented with a malar rash after a holiday in Tenerife, inflammatory arthralgia and fatigue. She works weekends at the Harbour Bar in Portrush.

I have started hydroxychloroquine 200 mg daily (weight 58 kg, < 5 mg/kg) and a short course of prednisolone 20 mg reducing by 5 mg a fortnight. Baseline OCT booked per RCOphth. Strict sun protection (SPF 50) - particularly given her work outdoors painting murals. Contraception discussed: avoid oestrogen if antiphospholipid antibodies are positive (results awaited: aCL, anti-beta2-GPI, LAC).

Her mother, Mrs Bernie O'Kane, who also has hypothyroidism, was with her.

Review in 6 weeks with bloods (FBC, U&E, C3/C4, dsDNA, urine PCR).

Yours sincerely
Dr Grace Mwangi, Specialty Doctor, Rheumatology
""", [("Declan Mullan", "CN"), ("Mullan", "CN"), ("Bushmills Surgery", "AD"), ("Aoife Bridget O'Kane", "PN"), ("3307 118 245", "NHS"),
      ("Portstewart Convent flats, apt 2", "AD"), ("9 Carnany Road, Ballymoney", "AD"), ("BT53 6DE", "PC"), ("aoife.okane.art@gmail.com", "EM"),
      ("Aoife", "PN"), ("Ulster University's Magee campus", "AD"), ("Derry/Londonderry", "AD"), ("Harbour Bar in Portrush", "AD"), ("Bernie O'Kane", "RN")],
  ["Dr Grace Mwangi", "Causeway Hospital", "NHSCT", "19/12/1997", "26 yrs", "Systemic lupus erythematosus", "ANA 1:640", "dsDNA 212 IU/mL", "SLEDAI-2K 8",
   "uPCR 14 mg/mmol", "hydroxychloroquine 200 mg daily", "prednisolone 20 mg", "RCOphth", "SPF 50", "03/04/2024", "C3 0.62"])

D("s42-059", "chat_export", "Dr Farah Siddiqui", """
--- Signal group "Ward 29 paeds SDs" - export 14/02/2024 (for portfolio: leadership / escalation) ---
13/02/2024 19:41 - Farah S: Heads up - bronchiolitis surge. 4 in HDU. Baby in bed 3 (Ava-Rose, 6 wks, the one whose dad works at the Michelin plant) now on HFNC 2 L/kg/min, FiO2 0.45, apnoeas x3. Reg aware.
13/02/2024 19:44 - Cameron: is that Ava-Rose Duncan-Shaw? I clerked her. mum (Toni) was asking for you
13/02/2024 19:45 - Farah S: yes. PEWS 7. I think CPAP and call ScotSTAR for PICU (RHC Glasgow) - Edinburgh full
13/02/2024 19:52 - Dr Niamh Petrie (reg): agree. I'll call ScotSTAR. CHI is on the referral form, don't paste it here
13/02/2024 19:53 - Cameron: 👍
13/02/2024 20:30 - Farah S: ScotSTAR ETA 22:00. Gas pH 7.26 pCO2 8.9. On nCPAP 6. Mum going with her, dad (Craig) driving down after his shift. Gran (Mrs Shaw, lives on Kingsway East) has the older brother
13/02/2024 22:47 - Dr Niamh Petrie (reg): retrieved, stable. Nice work everyone. FS - that was exemplary escalation
13/02/2024 22:49 - Farah S: thanks all 💙 debrief tomorrow 09:00 seminar room
""", [("Ava-Rose", "PN"), ("Michelin plant", "AD"), ("Cameron", "CN"), ("Ava-Rose Duncan-Shaw", "PN"), ("Toni", "RN"), ("Niamh Petrie", "CN"),
      ("Craig", "RN"), ("Shaw", "RN"), ("Kingsway East", "AD")],
  ["Farah S", "FS", "Ward 29", "bed 3", "6 wks", "HFNC 2 L/kg/min", "FiO2 0.45", "PEWS 7", "ScotSTAR", "RHC Glasgow", "pH 7.26", "nCPAP 6", "13/02/2024 19:41"])

D("s42-060", "qi_report", "Dr Kwame Asante", """
QUALITY IMPROVEMENT REPORT - "Same-day discharge after elective PCI" - Glenfield Hospital, Cath Lab & Cardiology Day Case Unit
University Hospitals of Leicester NHS Trust     QI registration: UHL-QI-2023-0212
Lead: Dr Kwame Asante (Specialty Doctor)     Sponsor/verifier: Dr Priya Raghunathan, Consultant Cardiologist
Team: Sr Bernadette Oyelowo (day case unit), Ravi Shah (cath lab pharmacist), Dr Tom Everley (interventional registrar)

Background: BCIS and the NHS England "Getting It Right First Time" cardiology report support same-day discharge (SDD) after uncomplicated elective radial PCI. Baseline (Jan-Mar 2023): SDD rate 31%; median LOS 1.2 days; 420 bed-days/year.

Change ideas (PDSA):
1. SDD checklist (radial access, TIMI 3 flow, no complications, ACT < 250, lives < 60 min away with adult overnight) - Apr 2023.
2. Pre-procedure "expect to go home" letter and ticagrelor 180 mg load on the ward - Jun 2023.
3. Nurse-led discharge with 24-h phone follow-up - Sep 2023.

Results (Oct-Dec 2023, n = 164): SDD 78%; 30-day readmission 1.8% (vs 2.1% baseline); no increase in access-site complications. ~300 bed-days released per year.

Patient voice: one patient, Mr Harold Bramley (a retired miner from Ibstock) wrote: "home for tea and the dog didn't even notice I'd gone" - letter filed with PALS (ref PALS-UHL-23-8812).

Presented at BCIS ACI 2024 (poster P-117).
""", [("UHL-QI-2023-0212", "REF"), ("Bernadette Oyelowo", "CN"), ("Ravi Shah", "CN"), ("Tom Everley", "CN"), ("Harold Bramley", "PN"), ("Ibstock", "AD"),
      ("PALS-UHL-23-8812", "REF")],
  ["Dr Kwame Asante", "Dr Priya Raghunathan", "Glenfield Hospital", "University Hospitals of Leicester NHS Trust", "BCIS", "Getting It Right First Time",
   "TIMI 3 flow", "ACT < 250", "ticagrelor 180 mg", "SDD 78%", "1.8%", "poster P-117", "BCIS ACI 2024", "31%"])
