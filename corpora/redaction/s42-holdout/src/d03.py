from common import D

D("s42-021", "discharge_summary", "Dr Farah Siddiqui", """
NHS Tayside - Neonatal Unit, Ninewells Hospital - NEONATAL DISCHARGE SUMMARY
Baby: Baby Girl Ferguson ("Isla")   DOB 12/05/2023 02:41   Sex: F   CHI 1205231189
Mother: Amy Ferguson, CHI 1711952260, 14 Invergowrie Drive, Dundee DD2 1RF
Father: Stuart Paton   Home tel 01632 960681
GP: Dr M Qureshi, Lochee Health Centre      HV: to be allocated (Lochee team)

Gestation 33+2, BW 1.92 kg, SVD after spontaneous preterm labour; antenatal steroids x2, magnesium sulphate given.
Apgars 7 and 9. Admitted for prematurity. CPAP 36 h (max FiO2 0.30). Caffeine citrate 20 mg/kg load then 5 mg/kg. Physiological jaundice: peak SBR 212 umol/L on day 4, phototherapy 30 h. Cranial USS day 7 normal. NG feeds to full suck feeds (EBM + Nutriprem) by day 19. Hearing screen passed both ears.

Discharged 02/06/2023 (corrected 36+1), weight 2.31 kg. Immunisations: BCG given (grandmother from Pakistan? - no; father's family from Lahore - high TB incidence region).
Follow-up: neonatal clinic 6 weeks (Dr Fairbairn); ROP screening completed - no ROP.
Summary written by Dr F. Siddiqui, Specialty Doctor. Checked by Dr Morag Fairbairn, Consultant Neonatologist.
""", [("Ferguson", "PN"), ("Isla", "PN"), ("1205231189", "NHS"), ("Amy Ferguson", "RN"), ("1711952260", "NHS"), ("14 Invergowrie Drive, Dundee", "AD"),
      ("DD2 1RF", "PC"), ("Stuart Paton", "RN"), ("01632 960681", "PH"), ("M Qureshi", "CN"), ("Lochee Health Centre", "AD")],
  ["Dr F. Siddiqui", "Dr Morag Fairbairn", "Dr Fairbairn", "Ninewells Hospital", "12/05/2023 02:41", "Sex: F", "33+2", "BW 1.92 kg", "Apgars 7 and 9",
   "Caffeine citrate 20 mg/kg", "SBR 212 umol/L", "Nutriprem", "BCG", "02/06/2023", "ROP"])

D("s42-022", "operation_note", "Dr Mihai Popescu", """
OPERATION NOTE - Craigavon Area Hospital, Theatre 4
Patient: Declan Martin McKeown   H&C 6140 772 519   Hosp No K0663201   DOB 25/12/1988   M
Date: 29/09/2023   Start 21:05  End 22:10   Emergency (NCEPOD 2)
Surgeon: Mr M. Popescu (Specialty Doctor)   Assistant: Dr Shauna Hughes (CT1)   Anaesthetist: Dr Colm Tierney
Supervising consultant: Mr G. Nesbitt (available, not scrubbed)

Operation: Laparoscopic appendicectomy
Indication: 36 h RIF pain, WCC 16.8, CRP 148, Alvarado 8, US: non-compressible appendix 11 mm.
Findings: Gangrenous, non-perforated appendix, retrocaecal; small amount of turbid fluid in pelvis (swab sent).
Procedure: 3 ports (Hasson 12 mm umbilical, 5 mm suprapubic, 5 mm LIF). Mesoappendix divided with LigaSure. Base secured with 2 x Endoloop. Specimen in bag via umbilical port. Washout 1 L warm saline. Port sites: 0 PDS to umbilical sheath, 3-0 Monocryl to skin. Local 20 ml 0.25% bupivacaine.
Post-op: Co-amoxiclav 1.2 g IV tds for 24 h then stop if well. Eat and drink. VTE: enoxaparin 40 mg.
Note: pt is a PSNI officer (works at Lurgan station) - asked that his employer not be phoned; wife Róisín (07700 900403) to be updated.
Signed: M. Popescu
""", [("Declan Martin McKeown", "PN"), ("6140 772 519", "NHS"), ("K0663201", "HN"), ("Shauna Hughes", "CN"), ("Colm Tierney", "CN"),
      ("G. Nesbitt", "CN"), ("Lurgan station", "AD"), ("Róisín", "RN"), ("07700 900403", "PH")],
  ["Mr M. Popescu", "M. Popescu", "Craigavon Area Hospital", "Theatre 4", "25/12/1988", "29/09/2023", "NCEPOD 2", "Alvarado 8", "WCC 16.8",
   "LigaSure", "Endoloop", "0.25% bupivacaine", "enoxaparin 40 mg", "Co-amoxiclav 1.2 g IV tds", "Laparoscopic appendicectomy"])

D("s42-023", "mini_cex", "Dr Min-jun Park", """
MINI-CEX (Anaesthetics) - Assessment record
Assessee: Dr Min-jun Park, Clinical Fellow, Anaesthesia & ICM     GMC No 7610427
Assessor: Dr Fraser Lindsay, Consultant Anaesthetist, Queen Elizabeth University Hospital, Glasgow
Date: 23/01/2024    Theatre: Neurosurgical theatre 2, Institute of Neurological Sciences

Case: Pre-operative assessment and induction for elective craniotomy (left frontal meningioma). 61F, ASA 2, hypertension on amlodipine 5 mg, BMI 31, Mallampati 2. Patient known on the list as "Mrs H" - Helen Cowie, CHI 0803631925, who brought her husband's reading glasses by mistake and could not read the consent form; applicant read it with her.

Strengths: Excellent rapport - discussed her fear of "not waking up" as her brother Malcolm had died under anaesthetic in 1998. Clear plan: TIVA (propofol/remifentanil TCI), arterial line pre-induction, dexamethasone 6.6 mg, levetiracetam continued. Safe WHO checklist leadership.
Development: Consider documenting the airway plan B/C explicitly per DAS 2015 guidance.
Global rating: 5/6 (above expectation for stage).
Assessor signature: F. Lindsay
""", [("Mrs H", "PN"), ("Helen Cowie", "PN"), ("0803631925", "NHS"), ("Malcolm", "RN")],
  ["Dr Min-jun Park", "7610427", "Dr Fraser Lindsay", "F. Lindsay", "Queen Elizabeth University Hospital", "Institute of Neurological Sciences",
   "61F", "ASA 2", "amlodipine 5 mg", "BMI 31", "Mallampati 2", "dexamethasone 6.6 mg", "DAS 2015", "5/6", "23/01/2024", "TCI", "levetiracetam"])

D("s42-024", "qi_report", "Dr Tomás Ferreira", """
QI PROJECT SUMMARY - "Sepsis 6 in 60": time to antibiotics for red-flag sepsis in ED
Royal Cornwall Hospitals NHS Trust, Emergency Department
Project lead: Dr Tomás Ferreira   QI coach: Dr Lucy Penrose (Consultant EM, verifier)   Registered QI ID: RCHT-QI-0917

Aim: 90% of adults with red-flag sepsis (NEWS2 >= 5 + suspected infection) receive IV antibiotics within 60 min of arrival by 31/03/2024.
Baseline (Aug-Sep 2023, n = 112): median door-to-antibiotic 94 min; 38% within 60 min.

PDSA 1 (Oct 2023): sepsis trolley in majors with pre-drawn piperacillin-tazobactam 4.5 g packs -> 52%.
PDSA 2 (Nov 2023): triage nurse PGD to give first dose; "sepsis huddle" at 08:00/20:00 -> 71%.
PDSA 3 (Jan 2024): EPR alert when NEWS2 >= 5 with lactate > 2 -> 84%. Run chart: 8 consecutive points above median = shift.

Patient story used at launch (with permission): a 68-year-old retired fisherman from Newlyn, Mr Jory Tregenza, waited 3 h 10 min for antibiotics in July 2023 with urosepsis and spent 11 days on ICU; his wife Morwenna spoke at the Grand Round. (Datix ref W-RCHT-2023-07731.)

Balancing measures: C. difficile rates unchanged (Trust IPC data); no increase in anaphylaxis.
Next: spread to the Minor Injuries Units at West Cornwall Hospital, Penzance. Poster accepted at RCEM Annual Scientific Conference 2024.
""", [("Jory Tregenza", "PN"), ("Newlyn", "AD"), ("Morwenna", "RN"), ("W-RCHT-2023-07731", "REF"), ("RCHT-QI-0917", "REF")],
  ["Dr Tomás Ferreira", "Dr Lucy Penrose", "Royal Cornwall Hospitals NHS Trust", "NEWS2 >= 5", "piperacillin-tazobactam 4.5 g", "94 min",
   "38%", "84%", "PDSA 3", "C. difficile", "West Cornwall Hospital, Penzance", "RCEM Annual Scientific Conference 2024", "68-year-old", "Sepsis 6"])

D("s42-025", "reflective_note", "Dr Emeka Okonkwo", """
reflection - a "good death"? (palliative care, OPED/Cringleford, NNUH)  written 10 Nov 2023

Mr Albert "Bertie" Loades, 93, came in from home in Wroxham with aspiration pneumonia on a background of advanced Parkinson's disease (Hoehn & Yahr 5). He had lived for 60 years at Riverside Bungalow on the Staithe with his wife Vera (who died in 2019) and since then with his dog, a greyhound called Pickle. His niece, Mrs Diane Spall, is his LPA for health and welfare.

On the ward he was clearly dying. The night registrar (Dr Henry Baxendale) had started IV fluids and a third antibiotic. In the morning, with Diane, I talked about what Bertie would want. She told me he had said "don't let them keep me going like Vera". We agreed to stop fluids and antibiotics, continued co-careldopa via NG only for rigidity comfort, and started anticipatory medicines (morphine 2.5 mg SC PRN, midazolam 2.5 mg SC PRN, glycopyrronium 200 micrograms SC PRN, haloperidol avoided - Parkinson's).

The bit I keep thinking about: Diane asked if Pickle could visit. Ward manager said "no dogs". I spoke to the infection control nurse and we arranged for him to come in to the side room (bed 22). Bertie held his ears and settled. He died the next morning at 06:20 with Diane there.

What I learned: the Gold Standards Framework and the ReSPECT conversation had been done by his GP (Dr Noor at Hoveton), but we ignored it on admission. Escalation decisions must be read at the front door. I have since presented this at the Elderly Care teaching (Dr Ashworth present) and we now put the ReSPECT form in the front of the notes.

Dr Emeka Okonkwo. Read and verified: Dr Claire Ashworth, Consultant Geriatrician, 20/11/2023
""", [("Albert", "PN"), ("Bertie", "PN"), ("Loades", "PN"), ("Wroxham", "AD"), ("Riverside Bungalow on the Staithe", "AD"), ("Vera", "RN"),
      ("Pickle", "OID"), ("Diane Spall", "RN"), ("Diane", "RN"), ("Henry Baxendale", "CN"), ("Noor", "CN"), ("Hoveton", "AD")],
  ["Dr Ashworth", "Dr Claire Ashworth", "Dr Emeka Okonkwo", "NNUH", "Parkinson's disease", "Hoehn & Yahr 5", "co-careldopa", "morphine 2.5 mg SC PRN", "midazolam 2.5 mg SC PRN",
   "glycopyrronium 200 micrograms SC PRN", "haloperidol", "Gold Standards Framework", "ReSPECT", "bed 22", "93", "10 Nov 2023", "06:20"])

D("s42-026", "clinic_letter", "Dr Lena Hoffmann", """
Cardiff and Vale University Health Board / Bwrdd Iechyd Prifysgol Caerdydd a'r Fro
Neurology Department, University Hospital of Wales, Heath Park, Cardiff

Clinic: First Seizure Clinic     Date seen: 06/06/2024
Ref: LH/NEURO/FSC/6613
Hospital No: A2490517   NHS No: 479 331 2086

Dr Gwyn Rees-Thomas
Meddygfa'r Bont / Bridge Surgery, Pontypridd

Dear Dr Rees-Thomas

Mr Rhodri Ellis-Jenkins, DOB 17/04/1991, 5 Heol Tabor, Cilfynydd, Pontypridd CF37 4HE

Diagnosis: First unprovoked generalised tonic-clonic seizure (19/05/2024). EEG: left temporal sharm waves. MRI brain: normal.

Rhodri had his first seizure at work - he's a PE teacher at Ysgol Gyfun Garth Olwg - witnessed by a colleague, Mr Bryn Vaughan, who described 2 minutes of stiffening and jerking with tongue biting and 20 minutes of confusion. There was sleep deprivation (new baby, Elis, born 2 May).

Given the EEG abnormality his recurrence risk is > 60% at 2 years (NICE NG217), and after discussion he has chosen to start lamotrigine, titrating to 100 mg twice daily over 6 weeks. We discussed SUDEP and the MHRA valproate guidance (not relevant here, but his wife Ffion asked).

Driving: he must not drive for 6 months from the seizure and must notify the DVLA. He drives a blue Skoda Octavia, reg CU19 KXT, to work; I advised him to tell his insurer and the school. He can continue teaching but not supervise swimming alone for 6 months.

Follow-up in 4 months with the epilepsy nurse.

Yours sincerely
Dr Lena Hoffmann, Specialty Doctor in Neurology
""", [("LH/NEURO/FSC/6613", "REF"), ("A2490517", "HN"), ("479 331 2086", "NHS"), ("Gwyn Rees-Thomas", "CN"), ("Rees-Thomas", "CN"),
      ("Meddygfa'r Bont / Bridge Surgery, Pontypridd", "AD"), ("Rhodri Ellis-Jenkins", "PN"), ("5 Heol Tabor, Cilfynydd, Pontypridd", "AD"),
      ("CF37 4HE", "PC"), ("Rhodri", "PN"), ("Ysgol Gyfun Garth Olwg", "AD"), ("Bryn Vaughan", "CN"), ("Elis", "RN"), ("2 May", "OID"),
      ("Ffion", "RN"), ("CU19 KXT", "OID")],
  ["Dr Lena Hoffmann", "University Hospital of Wales", "Cardiff and Vale University Health Board", "17/04/1991", "19/05/2024", "NICE NG217",
   "lamotrigine", "100 mg twice daily", "SUDEP", "MHRA", "DVLA", "6 months", "> 60% at 2 years", "06/06/2024", "generalised tonic-clonic seizure"])

D("s42-027", "handover_notes", "Dr Rasha Al-Khatib", """
LABOUR WARD BOARD - Singleton Hospital - handover 20:00 Fri 14/07/2023
O&G SD: R Al-Khatib (day) -> Dr Nkechi Obi (night)   Coordinating MW: Bethan (day) / Ceri Lloyd (night)   Anaes: Dr Prys

Rm 1 | Kelly-Ann MORRIS  | P0 39+4 | IOL (PROM 26h), synto 12ml/h, 6cm at 18:40, CTG normal, GBS +ve - benzylpen on board
Rm 2 | empty (cleaning)
Rm 3 | "Jo" - Joanne Bevan-Price | P2 41+1 | VBAC, fully at 19:45, pushing, epidural. REVIEW 21:00 if not delivered
Rm 4 | Mrs Z. Hussain (interpreter Urdu - language line booked) | P1 37+0 | PET, BP 162/108, MgSO4 + labetalol IV, plts 92. Consultant (Miss Rowlands) aware, plan LSCS in morning if not labouring
Rm 5 | Lowri W. | P0 35+2 | reduced FM, CTG reassuring, for USS am. Lives far out (Llanmadoc) - husband Dai has no car tonight
Rm 6 | Tamara (Tammy) Okafor-Reid | P3 | PPH 1.8 L @ 16:20 -> EUA, Bakri balloon in, 2 units RBC, Hb 78 -> 94. Out at 08:00. Bakri out 08:00.

Postnatal concerns: 4 safeguarding MARF on Rm 1 baby (sw aware, ref SB-MASH-23-2281). Triage quiet.
""", [("Nkechi Obi", "CN"), ("Bethan", "CN"), ("Ceri Lloyd", "CN"), ("Prys", "CN"), ("Kelly-Ann MORRIS", "PN"), ("Jo", "PN"),
      ("Joanne Bevan-Price", "PN"), ("Z. Hussain", "PN"), ("Rowlands", "CN"), ("Lowri W.", "PN"), ("Llanmadoc", "AD"),
      ("Dai", "RN"), ("Tamara (Tammy) Okafor-Reid", "PN"), ("SB-MASH-23-2281", "REF")],
  ["R Al-Khatib", "Singleton Hospital", "14/07/2023", "P0 39+4", "synto 12ml/h", "GBS +ve", "VBAC", "BP 162/108", "MgSO4", "labetalol", "plts 92",
   "PPH 1.8 L", "Bakri balloon", "Hb 78 -> 94", "LSCS", "Rm 4", "MARF"])

D("s42-028", "complaint_letter", "Dr Anjali Nair", """
From: dazzaw1975@hotmail.co.uk
To: gmmh.complaints@nhs.net
Date: 3 Mar 2024 23:47
Subject: complaint about dr nair and the crisis team - my son

to whoever reads these

my son is ethan walsh he is 19, date of birth 11/10/2004, his nhs number is 943 557 1208. on the 28th feb he was took to north manchester a&e by ambulance after he took an overdose of his nans tablets (co-codamol and sertraline). he was seen by a psychiatrist dr nair who was nice enough but she sent him home at 4 in the morning in a taxi to our house at 19 Chapel st, Blackley M9 8LQ with a leaflet and a number for the crisis team.

nobody rang me first. i work nights at the amazon warehouse in trafford park and i didnt know till my mum (his nan, Pat Walsh) found him on the sofa. the crisis team never came till the saturday and the worker (Leanne i think) said there was no notes.

he has been bad since his mate kyle died last summer and he left his course at Hopwood Hall college.

i want to know
1 why he was sent home in the middle of the night
2 why no one told me
3 why the crisis team didnt have his notes

Darren Walsh
07700 900776
""", [("dazzaw1975@hotmail.co.uk", "EM"), ("gmmh.complaints@nhs.net", "EM"), ("ethan walsh", "PN"), ("943 557 1208", "NHS"),
      ("19 Chapel st, Blackley", "AD"), ("M9 8LQ", "PC"), ("amazon warehouse in trafford park", "AD"), ("Pat Walsh", "RN"), ("Leanne", "CN"),
      ("kyle", "RN"), ("Hopwood Hall college", "AD"), ("Darren Walsh", "RN"), ("07700 900776", "PH")],
  ["dr nair", "11/10/2004", "he is 19", "north manchester a&e", "co-codamol and sertraline", "3 Mar 2024 23:47"])

D("s42-029", "incident_report", "Dr Kwame Asante", """
LFPSE - Learn from patient safety events - record summary (exported)
LFPSE reference: 7K2P-9QXD-44RT        Local ref: UHL-IR-24-003318
Organisation: University Hospitals of Leicester NHS Trust      Location: Glenfield Hospital, Ward 33 (Cardiology), bay B
Event date: 22/02/2024      Reporter: Dr Kwame Asante (Specialty Doctor, Cardiology)

Patient: female, 78 (DOB 30/09/1945) - identifiers removed in export except: S5580432 (Hosp No) on attached MAR screenshot. Name on screenshot: BROOKES, IRIS M.

What happened: Patient admitted with NSTEMI (GRACE 161). Prescribed fondaparinux 2.5 mg SC od. On day 2 she was also given enoxaparin 1 mg/kg (70 mg) SC by the night bank nurse (Agnes Mutasa) from a drug chart rewritten by FY1 Dr Oliver Trask, who had transcribed the ED enoxaparin dose. Dual anticoagulation for 1 dose. Found by me on the ward round 09:15 when Hb fell from 121 to 104 g/L and a groin haematoma appeared at the angiogram site.

Harm: low physical harm. Duty of candour discharged with patient and her son Mr Graham Brookes (Tel 01632 960954) on 22/02/2024 at 14:00.

What went well / what did not: ePMA not yet rolled out to Ward 33; handwritten chart; no pharmacist review on the Sunday.
Actions: (1) EPMA go-live brought forward for Ward 33; (2) FY1 teaching on anticoagulant transcription by K.A. (done 07/03/2024); (3) "one anticoagulant" sticker on paper charts.
""", [("7K2P-9QXD-44RT", "REF"), ("UHL-IR-24-003318", "REF"), ("S5580432", "HN"), ("BROOKES, IRIS M.", "PN"), ("Agnes Mutasa", "CN"),
      ("Oliver Trask", "CN"), ("Graham Brookes", "RN"), ("01632 960954", "PH")],
  ["Dr Kwame Asante", "K.A.", "University Hospitals of Leicester NHS Trust", "Glenfield Hospital", "Ward 33", "30/09/1945", "female, 78",
   "GRACE 161", "fondaparinux 2.5 mg SC od", "enoxaparin 1 mg/kg (70 mg)", "Hb fell from 121 to 104 g/L", "NSTEMI", "22/02/2024", "LFPSE"])

D("s42-030", "email", "Dr Sofia Marchetti", """
From: Marchetti, Sofia (NHS Grampian)
Sent: 19 February 2024 08:12
To: Ogilvie, Fiona (NHS Grampian) <fiona.ogilvie@nhs.scot>
Subject: Mr Duncan - AMD injection list - please add

Morning Fiona

Can you add Mr William (Bill) Duncan, CHI 1501480236, to Thursday's intravitreal list at the Eye OPD, Ward 209? He has new wet AMD in the right eye: VA dropped from 6/9 to 6/24 since November, OCT shows SRF and a PED. He'll need aflibercept 2 mg loading x 3 at 4-weekly intervals.

He lives on his own at Mains of Tillyfour near Alford and his neighbour (a Mrs Ina Strachan, 01632 960118) brings him in, so morning slots please - she does the school run at 15:00. He's also still driving his old Land Rover around the farm, which I've told him he must stop (VA below DVLA standard in the better eye? left is 6/7.5 so technically OK - I've documented this).

His hospital no. in TrakCare is G4102297 - the old ARI number 00384471 is a duplicate record, I've asked Medical Records (ext 53210) to merge.

Thanks
Sofia

Dr Sofia Marchetti | Specialty Doctor, Ophthalmology | Aberdeen Royal Infirmary
""", [("Ogilvie, Fiona", "CN"), ("fiona.ogilvie@nhs.scot", "EM"), ("Fiona", "CN"), ("Duncan", "PN"), ("William (Bill) Duncan", "PN"), ("1501480236", "NHS"),
      ("Mains of Tillyfour near Alford", "AD"), ("Ina Strachan", "RN"), ("01632 960118", "PH"), ("G4102297", "HN"), ("00384471", "HN"),
      ("ext 53210", "PH")],
  ["Dr Sofia Marchetti", "Marchetti, Sofia", "Sofia", "NHS Grampian", "Aberdeen Royal Infirmary", "Ward 209", "aflibercept 2 mg", "wet AMD",
   "VA dropped from 6/9 to 6/24", "6/7.5", "DVLA", "TrakCare", "19 February 2024 08:12"])
