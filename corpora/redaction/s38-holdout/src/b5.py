from common import D
P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

D("s38-029","mental_health_act_report","Dr Sunita Bhattarai",
"""MEDICAL RECOMMENDATION — summary for portfolio (Mental Health Act 1983, s.2; Form A4 completed)
Examined: 03/10/2024 at 15:20, at the patient's home, 2 Mill Cottages, Upper Wendle, Ashcombe AS4 9PL
Patient: Mr Cyril Ambrose Tandy, 81, male, DOB 17/05/1943; RiO ID 1100482377
Present: AMHP Mr Neil Oxenford (LA ref AMHP/24/3381); his daughter Mrs Valerie Stubbs (nearest relative), who lives next door at no. 3
History: 2-week history of persecutory beliefs that neighbours are poisoning his water, refusing food and fluids, weight loss 4 kg. Background vascular dementia (MMSE 19/30 in March). Urine dip negative; recent bloods normal apart from Na 131.
Opinion: mental disorder of a nature and degree warranting detention for assessment; informal admission refused; lacks capacity regarding admission.
Second recommendation: Dr Jai Raman (s.12 approved, GP), examined 16:05.
Admitted to Bramble Ward (older adult functional), Ashcombe Park Hospital.
Completed by: Dr Sunita Bhattarai, Specialty Doctor, Old Age Psychiatry, s.12(2) approved. Reviewed: Dr Roderick Ainsley""",
[("2 Mill Cottages, Upper Wendle, Ashcombe",A),("AS4 9PL",PC),("Mr Cyril Ambrose Tandy",P),("1100482377",H),("Mr Neil Oxenford",C),("AMHP/24/3381",REF),("Mrs Valerie Stubbs",R),("Dr Jai Raman",C)],
["Dr Sunita Bhattarai","Dr Roderick Ainsley","Mental Health Act 1983, s.2","Form A4","81, male, DOB 17/05/1943","vascular dementia","MMSE 19/30","Na 131","Bramble Ward","Ashcombe Park Hospital","s.12(2) approved","03/10/2024 at 15:20"])

D("s38-030","whatsapp_group_chat","Mr Tomasz Wierzbicki",
"""Grantfield T&O on-call 🦴  (exported)
12/09/2023, 19:03 - Sanjay Reg: Anyone free to look at an xray? 9yo supracondylar, Gartland 3, radial pulse present but hand a bit pale
12/09/2023, 19:04 - Sanjay Reg: <Media omitted>
12/09/2023, 19:06 - Tomasz W: coming down now. What's the name so I can find on PACS?
12/09/2023, 19:06 - Sanjay Reg: Ellie-Mae Doherty, acc no RAD23091271, she fell off the trampoline at her nan's in Cressing
12/09/2023, 19:20 - Tomasz W: pink pulseless-ish now, cap refill 3s. Booking CEPOD cat 2. Can you ring theatres 01632 960388 and tell Dr Mwale (anaes)?
12/09/2023, 19:21 - Sanjay Reg: 👍 mum is Kirsty, dad on his way from the rig (offshore, Aberdeen)
12/09/2023, 20:47 - Tomasz W: CRPP done, 2 lateral + 1 medial wire (mini incision for ulnar nerve), pulse back on table. Neurovascular obs hourly pls
12/09/2023, 20:48 - Mr Haverford: Nice work Tomasz. I'll sign this off as a CBD.
12/09/2023, 20:50 - Becky (ward 12 CN): bed 6 ready for her
(Printed for portfolio by T. Wierzbicki; verified J. Haverford)""",
[("Sanjay Reg",C),("Ellie-Mae Doherty",P),("RAD23091271",O),("Cressing",A),("01632 960388",PH),("Dr Mwale",C),("Kirsty",R),("Aberdeen",A),("Becky (ward 12 CN)",C)],
["Tomasz W","T. Wierzbicki","Mr Haverford","J. Haverford","9yo","Gartland 3","CEPOD cat 2","cap refill 3s","CRPP","2 lateral + 1 medial wire","bed 6","12/09/2023, 19:03"])

D("s38-031","referee_letter","Dr Yusuf Demir",
"""Ashgrove Infirmary NHS Trust, Renal Unit
15 March 2025

Structured reference for Dr Yusuf Demir — CESR/portfolio pathway (Renal Medicine)

I confirm that Dr Demir has worked in our unit since September 2019 (Specialty Doctor, then Associate Specialist from April 2023). He independently manages a caseload of about 180 in-centre haemodialysis patients across the main unit and the Millbrook satellite, and runs a weekly CKD clinic and a monthly renal-obstetric clinic with Dr Arwen Caldicott. He inserts tunnelled dialysis catheters (about 60/year, logbook verified by me) and performs native and transplant kidney biopsies.

I would point the panel to his leadership of the catheter-related bloodstream infection QI project (rate fell from 1.4 to 0.5 per 1000 catheter-days), and to his teaching of the FY and IMT doctors.

I have no reservations.

Dr Sophie Kettering MD FRCP
Consultant Nephrologist, Clinical Director for Renal Services
GMC 4556102
s.kettering@ashgrove.nhs.uk""",
[("s.kettering@ashgrove.nhs.uk",E),("4556102",G)],
["Dr Yusuf Demir","Dr Demir","Dr Sophie Kettering","Dr Arwen Caldicott","Ashgrove Infirmary NHS Trust","Millbrook satellite","haemodialysis","1.4 to 0.5 per 1000 catheter-days","15 March 2025"])

D("s38-032","reflection","Dr Oluwaseun Adeyemi-Clarke",
"""Reflection: "The Saturday we nearly missed it"  — Dr Seun Adeyemi-Clarke, 9 August 2024

I want to write about Mrs Grace Oyelowo-Harris, who I will call G. here, because I nearly sent her home. She was 46, a dinner lady at Foxhill Junior School, and came in on a Saturday afternoon with "indigestion" after carrying shopping up to her flat in the Meadowcroft tower block. Her first ECG was normal and her first troponin was 11 ng/L. She was laughing with her sister Funmi, who works at the Co-op on Station Road and had come straight from her shift, about how she was "wasting a doctor's time".

Something about her sweating bothered me. I repeated the ECG at 30 minutes: new ST depression in V4–V6. Her second troponin (hs-cTnI) at 1 h was 87 ng/L. She went to the cath lab via the on-call cardiologist, Dr Venn, and had a drug-eluting stent to a proximal LAD lesion.

What I learned: atypical presentations in women; trust the repeat ECG; the 0/1-hour pathway is a tool, not a discharge instruction. Since then I have taught this case (anonymised) at three FY teaching sessions.

Supervisor comment: "An honest reflection showing good clinical judgement." — Dr Imran Sheikh, 14/08/2024""",
[("Mrs Grace Oyelowo-Harris",P),("G.",P),("Foxhill Junior School",A),("Meadowcroft tower block",A),("Funmi",R),("Co-op on Station Road",A),("Dr Venn",C)],
["Dr Seun Adeyemi-Clarke","Dr Imran Sheikh","46","troponin was 11 ng/L","ST depression in V4–V6","hs-cTnI","87 ng/L","drug-eluting stent","proximal LAD","0/1-hour pathway","9 August 2024"])

D("s38-033","dops_form","Dr Marek Novak",
"""DOPS — Direct Observation of Procedural Skills (Intensive Care Medicine)
Doctor: Dr Marek Novak    Assessor: Dr Fiona Grierson (Consultant Intensivist)    Date: 04/12/2024
Procedure: Percutaneous dilatational tracheostomy (Griggs technique) under bronchoscopic guidance
Patient: 58-year-old male, day 9 of ventilation for Guillain-Barré syndrome (EGOS 5). Ward: Critical Care, bed 11.
Consent: Form 4 (lacks capacity) with patient's wife consulted.
Indications/anatomy/USS pre-scan: competent. Asepsis: competent. Technique: competent — size 8.0 Portex Bivona adjustable flange; first pass. Post-procedure CXR reviewed.
Complications: none; SpO2 maintained ≥ 95%.
Overall: Level 4 — can perform independently.
Assessor signature: F. Grierson
(Patient sticker on the original form — MRN 1201774, NHS 651 009 2283 — cut off before scanning.)""",
[("1201774",H),("651 009 2283",N)],
["Dr Marek Novak","Dr Fiona Grierson","F. Grierson","58-year-old male","Guillain-Barré syndrome","EGOS 5","bed 11","Form 4","Griggs technique","size 8.0 Portex Bivona","SpO2 maintained ≥ 95%","Level 4","04/12/2024"])

D("s38-034","complaint_investigation","Dr Priyanka Raghunathan",
"""CONFIDENTIAL — COMPLAINT INVESTIGATION STATEMENT
Complaint ref: SAH/C/24/0441     Datix ref: DW-77312
Complainant: Mr Stephen Cattermole (son) on behalf of the late Mrs Doreen Cattermole (MRN SAH-2187730)

Statement from: Dr Priyanka Raghunathan, Specialty Doctor, Elderly Care
Date: 18 November 2024

1. Mr Cattermole complains that his mother was given lorazepam on Kestrel Ward on the night of 2 October 2024 without the family being told, that she fell the next morning and fractured her hip, and that a DNACPR decision was made without discussion with him.

2. I was not on duty on 2 October. From the notes, the night FY1, Dr Jamie Lockhart, prescribed lorazepam 0.5 mg PO once at 01:30 for agitation after the nurse in charge, Staff Nurse Precious Moyo, escalated. A delirium screen had been done (4AT 9). The prescription was within the Trust delirium guideline but non-pharmacological measures were not documented.

3. On 3 October I assessed Mrs Cattermole after her fall. X-ray confirmed an intracapsular fracture of the right neck of femur (Garden IV). I telephoned Mr Cattermole at 10:40 (07700 900347) and the discussion is documented. I acknowledge that the ReSPECT form, completed by Dr Oliver Pemberton on 28 September, records "discussed with patient" but not with her son, who held health and welfare LPA (OPG ref 7000-1192-8843).

4. Learning: I have led a teaching session for the FY doctors on the delirium pathway and on the duties owed to LPA attorneys.

Signed: P. Raghunathan
Reviewed by: Dr Meredith Cawley, Consultant Geriatrician and Clinical Lead""",
[("SAH/C/24/0441",REF),("DW-77312",REF),("Mr Stephen Cattermole",R),("Mrs Doreen Cattermole",P),("SAH-2187730",H),("Mr Cattermole",R),("Mrs Cattermole",P),("Dr Jamie Lockhart",C),("Staff Nurse Precious Moyo",C),("07700 900347",PH),("Dr Oliver Pemberton",C),("7000-1192-8843",REF),("Cattermole",P)],
["Dr Priyanka Raghunathan","P. Raghunathan","Dr Meredith Cawley","lorazepam 0.5 mg PO","Kestrel Ward","4AT 9","intracapsular fracture of the right neck of femur (Garden IV)","ReSPECT form","DNACPR","LPA","2 October 2024"])

D("s38-035","clinic_letter","Dr Deepa Nair",
"""Department of Infection and Tropical Medicine
Lister Wing, Calderbrook Royal Hospital

Ref: DN/ID/24/1180

Dr F. Achebe, Castlegate Surgery, 3 Castlegate, Ripponden HX6 4DB

30 July 2024

Dear Dr Achebe

Patient: Mr Bogdan Iliescu   DOB 12/12/1984   M   MRN CR6630014   NHS 723 440 1179
Interpreter: Romanian (via LanguageLine, interpreter ID 40216)

Diagnosis: Plasmodium falciparum malaria, parasitaemia 3.1% on admission, 0% at 72 h. Travel: visiting family in Lagos after his wife Adaeze's father died; no chemoprophylaxis.
Treatment: IV artesunate 2.4 mg/kg at 0, 12, 24 h, then artemether–lumefantrine (Riamet) 4 tablets x6 doses. G6PD normal.

Mr Iliescu drives a forklift at the Holmfirth Biscuit Works; I have advised he may return to work next week. Public health: notified to UKHSA (notification ref HPZ-24-55021) — malaria is notifiable.

Yours sincerely
Dr Deepa Nair, Specialty Doctor, Infectious Diseases
Verified: Dr Tomas Villanueva, Consultant in Infectious Diseases""",
[("DN/ID/24/1180",REF),("Dr F. Achebe",C),("Castlegate Surgery, 3 Castlegate, Ripponden",A),("HX6 4DB",PC),("Dr Achebe",C),("Mr Bogdan Iliescu",P),("CR6630014",H),("723 440 1179",N),("40216",O),("Adaeze",R),("Mr Iliescu",P),("Holmfirth Biscuit Works",A),("HPZ-24-55021",REF)],
["Dr Deepa Nair","Dr Tomas Villanueva","DOB 12/12/1984   M","Plasmodium falciparum malaria","parasitaemia 3.1%","IV artesunate 2.4 mg/kg","artemether–lumefantrine (Riamet)","G6PD normal","UKHSA","Calderbrook Royal Hospital","30 July 2024"])
