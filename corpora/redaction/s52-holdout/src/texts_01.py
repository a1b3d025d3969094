# Hand-typed documents s52-001 .. s52-015
# Applicants: Dr Nadia Rahman-Okafor (acute internal medicine), Mr Tomasz Wójcik (trauma & orthopaedics)

DOCS = []

DOCS.append(dict(
id="s52-001", kind="discharge_summary", applicant="Dr Nadia Rahman-Okafor",
text="""SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST
Acute Medical Unit, Northern General Hospital
INPATIENT DISCHARGE SUMMARY

Patient: Mr Dennis Arkwright-Hale      DOB: 11/06/1947 (76 y)      Sex: Male
NHS No: 602 449 0208        Hospital No: S2284716
Address: 41 Cobnar Walk, Grenoside, Sheffield   S35 8QF
Registered GP: Dr Helen Marsh, Firth Park Surgery

Admitted: 03/10/2023 via ED        Discharged: 08/10/2023
Ward: AMU, then Ward 34 (Bed 12)
Consultant: Dr G Pollard           Summary by: Dr N Rahman-Okafor (ST5 AIM)

Principal diagnosis: Community-acquired pneumonia, right lower lobe (CURB-65 score 2)
Other problems: AKI stage 1 (creatinine 168 umol/L, baseline 96); type 2 diabetes; permanent AF on apixaban

Clinical summary
76-year-old man with 4 days of productive cough and rigors. NEWS2 7 on arrival (RR 26, SpO2 91% on air, HR 118 in AF, BP 104/62). CXR: RLL consolidation. CRP 212 mg/L, WCC 16.4. Treated per Trust CAP guideline with IV co-amoxiclav 1.2 g TDS and clarithromycin 500 mg BD; switched to oral co-amoxiclav 625 mg TDS on day 3 to complete 7 days. AKI settled with IV fluids (creatinine 101 on day of discharge). Apixaban reviewed - stays at 5 mg BD (age under 80, weight 82 kg).
His wife Jean visited daily and is happy with the plan; Mr Arkwright-Hale is independent with a stick.

Medication changes
- Metformin withheld during AKI, restarted 500 mg BD on 07/10/2023
- Ramipril 5 mg OD held: GP please check U&E in 1 week and restart if creatinine stable

Follow-up
Repeat CXR at 6 weeks (requested). Queries: Ward 34 nurses' station 0114 496 0384.

Electronically signed: Dr Nadia Rahman-Okafor, GMC 7419263, 08/10/2023 15:42
""",
ids=[("Dennis Arkwright-Hale","PATIENT_NAME"),("Arkwright-Hale","PATIENT_NAME"),("602 449 0208","NHS_NUMBER"),
     ("S2284716","HOSPITAL_NUMBER"),("41 Cobnar Walk, Grenoside, Sheffield","ADDRESS"),("S35 8QF","POSTCODE"),
     ("Helen Marsh","COLLEAGUE_NAME"),("Jean","RELATIVE_NAME"),("0114 496 0384","PHONE")],
keep=["11/06/1947","Dr Nadia Rahman-Okafor","Dr N Rahman-Okafor","7419263","Dr G Pollard","Northern General Hospital",
      "Ward 34 (Bed 12)","CURB-65 score 2","NEWS2 7","creatinine 168 umol/L","co-amoxiclav 1.2 g TDS",
      "clarithromycin 500 mg BD","apixaban","Ramipril 5 mg OD","CRP 212 mg/L","03/10/2023"],
))

DOCS.append(dict(
id="s52-002", kind="wpba_acat_export", applicant="Dr Nadia Rahman-Okafor",
text="""JRCPTB ePortfolio - Form export (PDF to text)
ACUTE CARE ASSESSMENT TOOL (ACAT) - Acute Internal Medicine

Trainee: Nadia Rahman-Okafor       GMC number: 7419263       Stage: Higher AIM (CESR/portfolio pathway)
Assessor: Dr Gareth Pollard, Consultant Acute Physician        Assessor GMC: 4418207
Assessor email: gareth.pollard@nhs.net
Date of take: 14/01/2024    Location: AMU, Northern General Hospital    PTWR 08:00-12:40
Number of patients seen: 17 (list below entered by trainee)

Bed  | Pt  | Age/Sex | Working diagnosis
A1   | DT  | 82F     | Fall, hyperactive delirium, CFS 6; CT head NAD
A4   | RO'N| 54M     | DKA (pH 7.12, ketones 5.8 mmol/L) - FRIII started
A7   | BKa | 33F     | PE, Wells score 6; apixaban 10 mg BD for 7 days
A9   | HJ  | 71M     | Upper GI bleed, Glasgow-Blatchford 11, OGD booked
B2   | "Big Len" (LW) | 68M | Decompensated alcohol-related liver disease, UKELD 58
B6   | PF  | 90F     | Hyponatraemia Na 118, SIADH screen sent
... 11 further patients not listed (seen, plan documented in notes)

Assessor comments
Leadership of the take: excellent. Nadia divided the board sensibly with the SHO (Dr Rowan Teague) and kept the nurse in charge, Sister Amira Bellweather, updated at 10:00. Very good escalation of the DKA patient to HDU at 09:15. Sound prioritisation of the GI bleed.
Development: dictate fewer narrative plans on the board; use the SBAR template.

Global rating: Performed at the level expected on completion of higher training
Assessor signature: G. Pollard   Date: 15/01/2024
""",
ids=[("4418207","GMC_NUMBER"),("gareth.pollard@nhs.net","EMAIL"),("DT","PATIENT_NAME"),("RO'N","PATIENT_NAME"),
     ("BKa","PATIENT_NAME"),("HJ","PATIENT_NAME"),("Big Len","PATIENT_NAME"),("LW","PATIENT_NAME"),("PF","PATIENT_NAME"),
     ("Rowan Teague","COLLEAGUE_NAME"),("Amira Bellweather","COLLEAGUE_NAME")],
keep=["Nadia Rahman-Okafor","7419263","Dr Gareth Pollard","G. Pollard","Nadia","Wells score 6","apixaban 10 mg BD",
      "Glasgow-Blatchford 11","UKELD 58","Na 118","CFS 6","pH 7.12","14/01/2024","A7","82F"],
))

DOCS.append(dict(
id="s52-003", kind="handover_sheet", applicant="Dr Nadia Rahman-Okafor",
text="""AMU NIGHT -> DAY HANDOVER   Sat 09/03/2024   (printed 07:52 from e-Whiteboard)
Night reg: N Rahman-Okafor bleep 2716    Day reg: Dr Kemi Osei bleep 2741    Site manager ext 45102

Bay A
A2  Marjorie ELLINGWORTH  88F  S1930227   NOF? -> ortho accepted 06:30, needs fascia iliaca block, Hb 98
A3  Trevor BOOTHROYD  61M  S2047718   chest pain, trop 14 -> 16, HEART 3, home if 3rd trop flat
A5  Shazia NOOR  29F  S2611903   hyperemesis, ketones 3+, IV Hartmann's + cyclizine 50 mg, O&G aware
Bay B
B1  Wilfred "Wilf" KAYE  79M  S1688450   sepsis ?urinary, lactate 4.1 -> 1.9, pip-taz 4.5 g TDS, DNACPR in place (ReSPECT form seen)
B4  Agnieszka ZAWADA  45F  S2590331   SVT, adenosine 6 mg then 12 mg -> SR. Daughter Ola interpreting (Polish) - pls use Language Line tomorrow
B7  Ian PEGG  52M  S2301276   alcohol withdrawal, CIWA-Ar 18, Pabrinex given, chlordiazepoxide reducing regime

TO DO: A2 consent form 4?  B1 son (Gary) ringing 09:00 on 07700 900417 for update
Outreach: Jo in outreach knows about B1.
""",
ids=[("Dr Kemi Osei","COLLEAGUE_NAME"),("2741","PHONE"),("2716","PHONE"),("45102","PHONE"),
     ("Marjorie ELLINGWORTH","PATIENT_NAME"),("S1930227","HOSPITAL_NUMBER"),
     ("Trevor BOOTHROYD","PATIENT_NAME"),("S2047718","HOSPITAL_NUMBER"),("Shazia NOOR","PATIENT_NAME"),("S2611903","HOSPITAL_NUMBER"),
     ("Wilfred \"Wilf\" KAYE","PATIENT_NAME"),("S1688450","HOSPITAL_NUMBER"),("Agnieszka ZAWADA","PATIENT_NAME"),("S2590331","HOSPITAL_NUMBER"),
     ("Ola","RELATIVE_NAME"),("Ian PEGG","PATIENT_NAME"),("S2301276","HOSPITAL_NUMBER"),("Gary","RELATIVE_NAME"),
     ("07700 900417","PHONE"),("Jo","COLLEAGUE_NAME")],
keep=["N Rahman-Okafor","09/03/2024","A2","88F","Hb 98","HEART 3","cyclizine 50 mg","lactate 4.1","pip-taz 4.5 g TDS",
      "ReSPECT form","adenosine 6 mg","CIWA-Ar 18","Pabrinex","chlordiazepoxide"],
))

DOCS.append(dict(
id="s52-004", kind="incident_report", applicant="Dr Nadia Rahman-Okafor",
text="""Datix Web - Incident report (copy supplied to reporter)
Ref: W218843        LFPSE ref: 2024-LFPSE-0047731
Reported by: Dr Nadia Rahman-Okafor (Specialty Doctor, Acute Medicine)
Date/time of incident: 22/04/2024 approx 02:10      Location: Ward 34, Northern General Hospital
Category: Medication - omitted/delayed dose      Harm: Low (no lasting harm)

Patient: Mrs Pauline Scargill-Ward, MRN S2714406, NHS 665 937 6577, DOB 02/02/1958

Description
Patient admitted 21/04 with new right leg DVT (proximal, confirmed on USS). Treatment-dose enoxaparin 1.5 mg/kg (105 mg) was prescribed at 18:00 by FY1 Dr Callum Breese but not given, as the EPMA order had been placed as "on hold" pending platelet count. Platelets came back 243 at 19:30 but nobody released the hold. Night nurse (Staff Nurse Hollie Duckmanton) flagged it to me at 02:10 when reviewing the drug round. Dose given 02:35 (delay 8.5 h). Patient informed by me at 08:00 (duty of candour, verbal); she was upset as her sister had a PE after a similar delay. Followed up in writing by ward manager.

Immediate actions: dose given; checked other "on hold" orders on the ward (2 found, both appropriate).
Learning / actions suggested: EPMA hold orders to trigger a review task after 4 h; raised at AMU governance 14/05/2024 (minutes ref AMU-GOV-0524).

Handler: Dr G Pollard (Clinical Governance Lead, Acute Medicine) - reviewed 30/04/2024
""",
ids=[("W218843","REFERENCE_NUMBER"),("2024-LFPSE-0047731","REFERENCE_NUMBER"),("Pauline Scargill-Ward","PATIENT_NAME"),
     ("S2714406","HOSPITAL_NUMBER"),("665 937 6577","NHS_NUMBER"),("Callum Breese","COLLEAGUE_NAME"),
     ("Hollie Duckmanton","COLLEAGUE_NAME"),("AMU-GOV-0524","REFERENCE_NUMBER")],
keep=["Dr Nadia Rahman-Okafor","02/02/1958","Ward 34, Northern General Hospital","enoxaparin 1.5 mg/kg (105 mg)",
      "Platelets came back 243","Dr G Pollard","22/04/2024","8.5 h"],
))

DOCS.append(dict(
id="s52-005", kind="reflection", applicant="Dr Nadia Rahman-Okafor",
text="""Dr Nadia Rahman-Okafor - Reflective note - end-of-life care on AMU (written 19/11/2023, for CiP 7 and 'Managing end of life')

What happened
Maureen was an 84-year-old woman admitted from Ecclesfield with her third admission in two months for decompensated heart failure (EF 20%, eGFR 24). On the post-take round I could see she was dying. Her daughter Claire Hemsworth had driven up from Derby overnight; her son, Stuart, was on speakerphone from Aberdeen. Claire asked me directly, "Is Mum going to die this time?"

I sat down with them in the relatives' room with Staff Nurse Beata Lisowska. I explained that further IV diuretics were unlikely to help and that I thought Maureen had days rather than weeks. We agreed a ReSPECT form focusing on comfort, stopped furosemide infusion and bloods, and started anticipatory medicines (morphine sulfate 2.5 mg SC PRN, midazolam 2.5 mg SC PRN, glycopyrronium 200 micrograms SC PRN). She died peacefully on Ward 34 two days later with Claire holding her hand.

What I learned
- I had waited to be "sure" before raising dying; the SPICT tool would have flagged her two admissions earlier.
- Silence works: Stuart asked the most important question (about her dog, Biscuit, going to a neighbour, Mrs Oyelaran) only after a long pause.
- Dr Gareth Pollard (my educational supervisor) reviewed this note with me on 22/11/2023 and suggested the SAGE & THYME course, which I completed in January 2024.

Verified by: Dr Gareth Pollard, Consultant Acute Physician, 22/11/2023
""",
ids=[("Maureen","PATIENT_NAME"),("Ecclesfield","ADDRESS"),("Claire Hemsworth","RELATIVE_NAME"),("Claire","RELATIVE_NAME"),
     ("Stuart","RELATIVE_NAME"),("Beata Lisowska","COLLEAGUE_NAME"),("Mrs Oyelaran","RELATIVE_NAME")],
keep=["Dr Nadia Rahman-Okafor","Dr Gareth Pollard","84-year-old","EF 20%","eGFR 24","morphine sulfate 2.5 mg SC PRN","midazolam 2.5 mg SC PRN",
      "glycopyrronium 200 micrograms SC PRN","ReSPECT form","SPICT","SAGE & THYME","Ward 34","CiP 7"],
))

DOCS.append(dict(
id="s52-006", kind="audit_report", applicant="Dr Nadia Rahman-Okafor",
text="""Re-audit: Time to first antibiotic in red-flag sepsis on the Acute Medical Unit
Northern General Hospital, Sheffield Teaching Hospitals NHS FT
Audit lead: Dr Nadia Rahman-Okafor      Supervisor: Dr Gareth Pollard      Registered: STH audit no. 11873

Standard: NICE NG51 - antibiotics within 1 hour of red-flag sepsis being identified (target 90%).
Cycle 1 (Aug 2023): 31/52 (60%).   Intervention: sepsis trolley on AMU, "Sepsis Six" sticker in clerking booklet, teaching to FY doctors and nurses.
Cycle 2 (Feb 2024): 47/55 (85%). Median time to antibiotic 48 min (IQR 31-77) vs 74 min in cycle 1.

Breaches in cycle 2 (for governance review only - remove before circulation)
| Case | Hosp no  | Arrival -> abx | Reason                                   |
| 1    | S2671055 | 2 h 10 min     | Penicillin allergy, no alternative prescribed |
| 2    | S1487329 | 1 h 35 min     | Cannulation failed x3, no IO              |
| 3    | S2698804 | 1 h 12 min     | Flagged in ED, transferred mid-timer      |
| 4    | S2702219 | 3 h 05 min     | Sepsis not recognised - NEWS2 5 on arrival |
(plus 4 further breaches all < 1 h 30 min)

Conclusions: Improvement sustained but below target. Allergy-related delays: add clarithromycin/teicoplanin box to sticker. Present at Medicine Audit Day 12/03/2024.
Data collected by N. Rahman-Okafor and FY2 Dr Esme Worrall (esme.worrall1@nhs.net).
""",
ids=[("11873","REFERENCE_NUMBER"),("S2671055","HOSPITAL_NUMBER"),("S1487329","HOSPITAL_NUMBER"),("S2698804","HOSPITAL_NUMBER"),
     ("S2702219","HOSPITAL_NUMBER"),("Esme Worrall","COLLEAGUE_NAME"),("esme.worrall1@nhs.net","EMAIL")],
keep=["Dr Nadia Rahman-Okafor","Dr Gareth Pollard","N. Rahman-Okafor","NICE NG51","31/52 (60%)","47/55 (85%)",
      "48 min","NEWS2 5","Sepsis Six","12/03/2024"],
))

DOCS.append(dict(
id="s52-007", kind="teaching_feedback", applicant="Dr Nadia Rahman-Okafor",
text="""Teaching feedback summary - "Acid-base and the acutely unwell patient" (Foundation teaching)
Facilitator: Dr Nadia Rahman-Okafor    Date: 06/02/2024, 13:00-14:00, Seminar Room 2, Huntsman Building
Feedback collected via MS Forms: https://forms.office.com/e/Xq7RtNa2Lk   (19 responses / 24 attendees)

Overall rating: 4.7/5    Would recommend: 18/19
Q: What was most useful?
- "the stepwise ABG approach, finally understand anion gap and delta ratio"
- "Cases were real (the DKA one). Dr R-O made it fun"
- "Nadia's mnemonic for compensation"
Q: What could be improved?
- "too fast at the end - more time for the mixed disorders case"
- "slides please - can you send to me? priyanka.sethu@nhs.net" (Priyanka Sethu, FY1)
- "Hard to hear at the back, room too hot"
Q: Any other comments
- "better than the session from Dr Upfold last week, sorry!"

Action by facilitator: slides uploaded to the FY shared drive; 10 extra minutes added for the mixed disorders case for the May session.
Feedback countersigned: Dr Gareth Pollard, Foundation Training Programme Director link, 09/02/2024
""",
ids=[("https://forms.office.com/e/Xq7RtNa2Lk","URL"),("priyanka.sethu@nhs.net","EMAIL"),("Priyanka Sethu","COLLEAGUE_NAME"),
     ("Dr Upfold","COLLEAGUE_NAME")],
keep=["Dr Nadia Rahman-Okafor","Dr R-O","Nadia","Dr Gareth Pollard","4.7/5","06/02/2024","Huntsman Building"],
))

DOCS.append(dict(
id="s52-008", kind="clinic_letter_ocr", applicant="Dr Nadia Rahman-Okafor",
text="""[OCR text from scanned letter, page 1 of 1]
Sheffie1d Teaching Hospita1s
NHS Foundation Trust
Same Day Emergency Care (SDEC)
Northern Genera1 Hospita1

Our ref: NRO/SDEC/3391           Date: 27 June 2O24
Dictated 26/06/2O24  Typed 27/06/2O24

Dr P Ramsbottorn
Sothall Medica1 Centre

Dear Dr Rarnsbottom

Re: Mrs Gwendo1yn Pash1ey   DOB O4/O9/1966
    Hosp No: S24O8815    NHS No: 886 712 6741
    14 Ho1ly Bank Road, Beighton, Sheffie1d S2O 1EL

Mrs Pashley attended SDEC with a 2-day history of pleuritic chest pain. Her Wells score was 1.5 (PE unlikely), D-dimer 410 ng/mL (age-adjusted cut-off 570), ECG sinus rhythm 88 bpm, CXR clear. I have not arranged a CTPA. Her pain is most in keeping with costochondritis; I have advised ibuprofen 400 rng TDS with food for 5 days (no CKD, eGFR >90) and return if breathless.

She mentioned her husband Keith is her main carer after his stroke; she is under strain and I have signposted her to Sheffie1d Carers Centre.

Yours sincere1y

Dr N Rahrnan-Okafor
Specia1ty Doctor, Acute Medicine
cc: patient
""",
ids=[("NRO/SDEC/3391","REFERENCE_NUMBER"),("Dr P Ramsbottorn","COLLEAGUE_NAME"),("Dr Rarnsbottom","COLLEAGUE_NAME"),
     ("Gwendo1yn Pash1ey","PATIENT_NAME"),("Pashley","PATIENT_NAME"),("S24O8815","HOSPITAL_NUMBER"),("886 712 6741","NHS_NUMBER"),
     ("14 Ho1ly Bank Road, Beighton, Sheffie1d","ADDRESS"),("S2O 1EL","POSTCODE"),("Keith","RELATIVE_NAME")],
keep=["O4/O9/1966","Dr N Rahrnan-Okafor","Wells score was 1.5","D-dimer 410 ng/mL","ibuprofen 400 rng TDS","eGFR >90",
      "Northern Genera1 Hospita1","27 June 2O24"],
))

# ---------------- Mr Tomasz Wójcik, trauma & orthopaedics ----------------

DOCS.append(dict(
id="s52-009", kind="operation_note", applicant="Mr Tomasz Wójcik",
text="""ROYAL STOKE UNIVERSITY HOSPITAL - OPERATION NOTE (dictated, transcribed by EPR)
Patient: Edna Brereton-Foulkes   DOB 17/08/1939   F   RJE No: 4072319   NHS 570 546 8059
Date: 05/12/2022   Theatre 11 (Trauma)   ASA 3   CEPOD urgent (NHFD pathway)

Surgeon: Mr T Wójcik (Specialty Doctor, T&O)
Assistant: Dr Ffion Bebbington (CT2)
Supervising consultant: Mr Alistair Brennan-Lowe (in theatre suite, not scrubbed)
Anaesthetist: Dr Rajiv Chaudhari   Anaesthesia: spinal (0.5% heavy bupivacaine 2.4 mL) + fascia iliaca block
Scrub: ODP Marcus Tillotson

Diagnosis: Left displaced intracapsular NOF fracture (Garden IV)
Procedure: Left cemented hemiarthroplasty - Exeter V40 stem size 1 (44 offset), Unitrax 45 mm head, CMW 1 Gentamicin cement
Approach: Lateral (Hardinge), patient right lateral

Findings: Garden IV fracture, femoral head 45 mm, no pre-existing OA of acetabulum.
Steps: Standard prep. Gluteus medius/vastus lateralis split. Capsulotomy, head removed. Canal prepared with broaches. Trial: stable, leg lengths equal. Cement restrictor, cemented stem inserted with pressurisation; BCIS precautions, no haemodynamic change. Head reduced. Stable to 90 flexion / 40 internal rotation. Closure: Ethibond to abductors, Vicryl 1 and 2-0, staples.
EBL 250 mL. Tourniquet: none.

Post-op: Full weight bearing. Enoxaparin 40 mg SC OD for 28 days. Check X-ray, Hb and U&E day 1. Orthogeriatric review (Dr Sunita Ghale's team). Staples off at 14 days by practice nurse.

T. Wójcik   05/12/2022 16:20
""",
ids=[("Edna Brereton-Foulkes","PATIENT_NAME"),("4072319","HOSPITAL_NUMBER"),("570 546 8059","NHS_NUMBER"),
     ("Ffion Bebbington","COLLEAGUE_NAME"),("Rajiv Chaudhari","COLLEAGUE_NAME"),("Marcus Tillotson","COLLEAGUE_NAME"),
     ("Sunita Ghale","COLLEAGUE_NAME")],
keep=["17/08/1939","Mr T Wójcik","T. Wójcik","Mr Alistair Brennan-Lowe","Garden IV","Exeter V40 stem size 1","Unitrax 45 mm head",
      "CMW 1 Gentamicin","Hardinge","0.5% heavy bupivacaine 2.4 mL","Enoxaparin 40 mg SC OD","ASA 3","EBL 250 mL","Theatre 11"],
))

DOCS.append(dict(
id="s52-010", kind="logbook_extract", applicant="Mr Tomasz Wójcik",
text="""eLogbook - Consolidation report (export as CSV, opened in Excel, pasted)
User: Tomasz Wojcik (GMC 7261148)   Period: 01/08/2022 - 31/07/2024   Filter: Hip & Knee, Trauma
Verified by: Mr A Brennan-Lowe, Consultant Orthopaedic Surgeon (Trainer), 02/08/2024

Date,Patient ID,Age,Sex,Procedure,OPCS,Role,Hospital
12/09/2022,4015582,81,F,Hemiarthroplasty hip cemented,W46.1,P,RSUH
19/09/2022,4031907,67,M,DHS for intertrochanteric #NOF,W24.1,P,RSUH
03/10/2022,4066420,74,F,Primary THR cemented,W37.1,S-TS,RSUH
14/11/2022,3998716,59,M,TKR (Triathlon),W40.1,A,RSUH
05/12/2022,4072319,83,F,Hemiarthroplasty hip cemented,W46.1,P,RSUH
16/01/2023,CMB-8823104,44,M,Tibial nail (IMN),W19.1,P,County Hospital Stafford
23/02/2023,4102775,90,F,Cephalomedullary nail,W24.2,P,RSUH
...
Totals: Performed 214 | Supervised trainer scrubbed 61 | Supervised trainer unscrubbed 88 | Assisted 117
Note from trainee: Patient ID column shows unit numbers as recorded at the time; CMB- prefix = County Hospital numbers.
""",
ids=[("4015582","HOSPITAL_NUMBER"),("4031907","HOSPITAL_NUMBER"),("4066420","HOSPITAL_NUMBER"),("3998716","HOSPITAL_NUMBER"),
     ("4072319","HOSPITAL_NUMBER"),("CMB-8823104","HOSPITAL_NUMBER"),("4102775","HOSPITAL_NUMBER")],
keep=["Tomasz Wojcik","7261148","Mr A Brennan-Lowe","W46.1","W24.1","W37.1","W19.1","County Hospital Stafford","12/09/2022",
      "Performed 214","Triathlon"],
))

DOCS.append(dict(
id="s52-011", kind="clinic_letter", applicant="Mr Tomasz Wójcik",
text="""University Hospitals of North Midlands NHS Trust
Fracture Clinic, Royal Stoke University Hospital, Newcastle Road, Stoke-on-Trent
Tel (appointments) 01632 960 118

Date dictated: 20/03/2023     Date typed: 22/03/2023     Our ref: TW/FC/ak/0320

Dr Jonathan Eccleshall
Ashley Medical Practice
9 Pinfold Terrace, Market Drayton  TF9 4QB

Dear Dr Eccleshall,

Re: Kyle Maddox-Ruane, DOB 02/05/2004, RJE 4119034, 17 Poplar Crescent, Blurton, Stoke-on-Trent ST3 2HD

Diagnosis: Right scaphoid waist fracture (undisplaced), injury 11/03/2023 (fell off e-scooter)

I saw Kyle today in fracture clinic, 9 days post injury. He remains tender in the anatomical snuffbox. The repeat scaphoid series and the MRI (15/03/2023) confirm an undisplaced waist fracture with no proximal pole involvement. I have put him in a below-elbow cast for 6 weeks, and discussed the 5-10% risk of non-union, especially as he smokes 10 cigarettes a day. He has agreed to try to stop and I have given him the NHS Stop Smoking number.

He is a keen goalkeeper in a Sunday league team and asked about returning to sport - not before CT confirms union at 6-8 weeks.

Plan: Fracture clinic in 6 weeks with CT scaphoid on arrival. 

Yours sincerely,

Mr Tomasz Wójcik, MD (Kraków), FRCS (Tr&Orth)
Specialty Doctor in Trauma and Orthopaedics
Copy to: Kyle Maddox-Ruane (patient)
""",
ids=[("Newcastle Road, Stoke-on-Trent","ADDRESS"),("01632 960 118","PHONE"),("TW/FC/ak/0320","REFERENCE_NUMBER"),
     ("Jonathan Eccleshall","COLLEAGUE_NAME"),("Dr Eccleshall","COLLEAGUE_NAME"),("9 Pinfold Terrace, Market Drayton","ADDRESS"),
     ("TF9 4QB","POSTCODE"),("Kyle Maddox-Ruane","PATIENT_NAME"),("Kyle","PATIENT_NAME"),("4119034","HOSPITAL_NUMBER"),
     ("17 Poplar Crescent, Blurton, Stoke-on-Trent","ADDRESS"),("ST3 2HD","POSTCODE")],
keep=["02/05/2004","Mr Tomasz Wójcik","Royal Stoke University Hospital","below-elbow cast for 6 weeks","5-10%","11/03/2023",
      "Fracture Clinic"],
))

DOCS.append(dict(
id="s52-012", kind="theatre_list", applicant="Mr Tomasz Wójcik",
text="""RSUH TRAUMA THEATRE LIST - Theatre 11 & 12 - Saturday 14/01/2023
Trauma coordinator: Sr Lorraine Pickavance (ext 3371)    Consultant on call: Mr A Brennan-Lowe
Registrar on call: Mr T Wojcik (bleep 118)   SHO: Dr Hassan Mirza (bleep 402)

TH11 (start 08:30 - anaesthetist Dr O Adeyemi-Price)
1. Violet HANCOX       91F  4090518  Ward 119 Bed 8   L #NOF intracap displaced -> cemented hemi. NHFD. Consented (TW). Marked. G&S done
2. Reginald OAKDEN     78M  3877204  Ward 119 Bed 21  R intertroch #NOF -> DHS. On clopidogrel - proceed
3. Sienna PLATT (child) 7F  4141863  Ward 217 (paeds)  Supracondylar # R elbow Gartland II -> MUA +/- K-wires. Mum Danielle on 07700 900862
TH12 (start 09:00 - Dr L Fairclough)
4. Jordan WEBB-ASHLEY  23M  4138810  EAU            R ankle Weber B, talar shift -> ORIF. Smoker. HbA1c n/a
5. Grace NIKOLAIDIS    56F  4139927  Ward 120 Bed 3  Distal radius (dorsally angulated 25 deg) -> ORIF volar plate
Standby: Ahmed S, 34M, hand - infected bite - to be seen on ward first (bed 14)
""",
ids=[("Lorraine Pickavance","COLLEAGUE_NAME"),("3371","PHONE"),("118","PHONE"),("Hassan Mirza","COLLEAGUE_NAME"),("402","PHONE"),
     ("O Adeyemi-Price","COLLEAGUE_NAME"),("Violet HANCOX","PATIENT_NAME"),("4090518","HOSPITAL_NUMBER"),
     ("Reginald OAKDEN","PATIENT_NAME"),("3877204","HOSPITAL_NUMBER"),("Sienna PLATT","PATIENT_NAME"),("4141863","HOSPITAL_NUMBER"),
     ("Danielle","RELATIVE_NAME"),("07700 900862","PHONE"),("L Fairclough","COLLEAGUE_NAME"),("Jordan WEBB-ASHLEY","PATIENT_NAME"),
     ("4138810","HOSPITAL_NUMBER"),("Grace NIKOLAIDIS","PATIENT_NAME"),("4139927","HOSPITAL_NUMBER"),("Ahmed S","PATIENT_NAME")],
keep=["Mr A Brennan-Lowe","Mr T Wojcik","TW","14/01/2023","Ward 119 Bed 8","Gartland II","Weber B","91F","NHFD","clopidogrel"],
))

DOCS.append(dict(
id="s52-013", kind="foreign_discharge_with_translation", applicant="Mr Tomasz Wójcik",
text="""SZPITAL UNIWERSYTECKI W KRAKOWIE
Oddział Kliniczny Ortopedii i Traumatologii Narządu Ruchu
KARTA INFORMACYJNA LECZENIA SZPITALNEGO

Pacjent: Stanisław Grzybowski-Nowak      PESEL: 48031207735
Data urodzenia: 12.03.1948      Adres: ul. Jaśminowa 7/12, 31-416 Kraków
Nr księgi głównej: 2019/14872      Nr historii choroby: KG/ORT/3306/19

Przyjęty: 04.06.2019      Wypisany: 11.06.2019
Rozpoznanie: Zaawansowana choroba zwyrodnieniowa stawu kolanowego lewego (M17.1)
Zabieg (05.06.2019): Endoprotezoplastyka całkowita stawu kolanowego lewego (Genesis II, cementowana)
Operator: lek. Tomasz Wójcik; asysta: lek. Marta Kędzierska
Zalecenia: enoksaparyna 40 mg s.c. 1 x dziennie przez 35 dni; rehabilitacja; kontrola w poradni za 6 tygodni.

Kierownik Kliniki: prof. dr hab. n. med. Andrzej Pietrzyk
Lekarz prowadzący: lek. Tomasz Wójcik

--- Certified translation (Polish > English); sworn translator's stamp on the original ---
UNIVERSITY HOSPITAL IN KRAKÓW - Department of Orthopaedics and Musculoskeletal Traumatology
HOSPITAL DISCHARGE INFORMATION CARD
Patient: Stanisław Grzybowski-Nowak    PESEL (national ID no.): 48031207735
Date of birth: 12.03.1948    Address: 7/12 Jaśminowa Street, 31-416 Kraków
Main register no.: 2019/14872    Case record no.: KG/ORT/3306/19
Admitted 04.06.2019, discharged 11.06.2019
Diagnosis: Advanced osteoarthritis of the left knee (M17.1)
Operation (05.06.2019): Left total knee replacement (Genesis II, cemented). Surgeon: Dr Tomasz Wójcik; assistant: Dr Marta Kędzierska
Recommendations: enoxaparin 40 mg SC once daily for 35 days; physiotherapy; outpatient review in 6 weeks.
Head of Department: Prof. Andrzej Pietrzyk MD PhD (verifying signature)
""",
ids=[("Stanisław Grzybowski-Nowak","PATIENT_NAME"),("48031207735","OTHER_ID"),("ul. Jaśminowa 7/12","ADDRESS"),
     ("7/12 Jaśminowa Street","ADDRESS"),("31-416 Kraków","ADDRESS"),("2019/14872","HOSPITAL_NUMBER"),("KG/ORT/3306/19","HOSPITAL_NUMBER"),
     ("Marta Kędzierska","COLLEAGUE_NAME")],
keep=["12.03.1948","Tomasz Wójcik","Dr Tomasz Wójcik","Andrzej Pietrzyk","M17.1","Genesis II","enoksaparyna 40 mg",
      "enoxaparin 40 mg SC","SZPITAL UNIWERSYTECKI W KRAKOWIE","04.06.2019"],
))

DOCS.append(dict(
id="s52-014", kind="wpba_pba_export", applicant="Mr Tomasz Wójcik",
text="""ISCP - Procedure Based Assessment (PBA)   [exported 03/08/2024]
Trainee: Mr Tomasz Wójcik     GMC: 7261148     Post: Specialty Doctor, Royal Stoke University Hospital
Assessor: Mr Alistair Brennan-Lowe    Assessor GMC: 3385062    Assessor type: Consultant
Procedure: Dynamic hip screw (DHS) fixation of extracapsular hip fracture   Date: 19/09/2022
Case: 67M, AO 31A2 fracture, hospital no. 4031907 (trainee note: patient ref for cross-check with eLogbook)

Pre-operative planning:                      Satisfactory
Pre-operative preparation:                   Satisfactory
Exposure and closure:                        Satisfactory
Intra-operative technique (reduction, guidewire TAD 18 mm): Satisfactory
Post-operative management:                   Satisfactory
Global summary: Level 4 - competent to perform the procedure unsupervised and deal with complications

Assessor comments: Tomasz achieved a TAD of 18 mm on the first guidewire pass and used traction table and image intensifier efficiently. Communication with radiographer (Kelly) and scrub team excellent. Consider a derotation screw earlier when the fragment is unstable.
Trainee reflection: agree re derotation wire - I will plan it from the pre-op films.

Validated electronically by Mr A. Brennan-Lowe on 20/09/2022
""",
ids=[("3385062","GMC_NUMBER"),("4031907","HOSPITAL_NUMBER"),("Kelly","COLLEAGUE_NAME")],
keep=["Mr Tomasz Wójcik","7261148","Mr Alistair Brennan-Lowe","Mr A. Brennan-Lowe","Tomasz","TAD 18 mm","AO 31A2","Level 4","19/09/2022","67M"],
))

DOCS.append(dict(
id="s52-015", kind="complaint_response", applicant="Mr Tomasz Wójcik",
text="""University Hospitals of North Midlands NHS Trust
Patient Experience Team

Complaint ref: UHNM-C-23-01977
Date: 17 July 2023
Private and confidential

Mrs Denise Sproston
Flat 3, Westmill Court
Fenton, Stoke-on-Trent
ST4 3RW

Dear Mrs Sproston,

Re: Your complaint about the care of your father, Mr Harold Sproston (Hospital number 3761126)

Thank you for your letter of 6 June 2023. Mr Wójcik, Specialty Doctor in Trauma and Orthopaedics, has reviewed your father's records and contributed to this response.

1. Waiting time in fracture clinic on 24 May 2023. Your father waited 3 hours 20 minutes. Mr Wójcik has apologised: the clinic was overbooked by 14 patients because of a cancelled clinic the previous week. This has been escalated to the Care Group.
2. Comments made by a junior doctor. You reported that Dr Ashworth (a locum registrar at the time) said your father was "too frail to bother with surgery". Dr Ashworth no longer works at the Trust; the comment has been shared with his responsible officer. We are sorry for the distress this caused.
3. Clinical decision. Mr Wójcik explained at the meeting on 3 July 2023 that non-operative treatment of the humeral neck fracture (collar and cuff, early pendular exercises) was recommended because of the fracture pattern (2-part, minimally displaced), not because of his age (88).

If you remain unhappy you can contact the Parliamentary and Health Service Ombudsman (details enclosed).

Yours sincerely,
Karen Dimmock
Head of Patient Experience
(on behalf of the Chief Executive)
Response checked for the portfolio by: Mr A Brennan-Lowe, Clinical Director T&O
""",
ids=[("UHNM-C-23-01977","REFERENCE_NUMBER"),("Denise Sproston","RELATIVE_NAME"),("Flat 3, Westmill Court","ADDRESS"),
     ("Fenton, Stoke-on-Trent","ADDRESS"),("ST4 3RW","POSTCODE"),("Mrs Sproston","RELATIVE_NAME"),("Harold Sproston","PATIENT_NAME"),
     ("3761126","HOSPITAL_NUMBER"),("Dr Ashworth","COLLEAGUE_NAME"),("Karen Dimmock","COLLEAGUE_NAME")],
keep=["Mr Wójcik","Mr A Brennan-Lowe","3 hours 20 minutes","24 May 2023","collar and cuff","2-part","(88)",
      "Parliamentary and Health Service Ombudsman"],
))
