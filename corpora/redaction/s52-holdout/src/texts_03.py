# Hand-typed documents s52-030 .. s52-044
# Applicants: Dr Hamid Sharifi (intensive care medicine), Dr Eleanor Quayle (general practice)

DOCS = []

DOCS.append(dict(
id="s52-030", kind="icu_stepdown_summary", applicant="Dr Hamid Sharifi",
text="""Manchester University NHS Foundation Trust - Wythenshawe Hospital
Critical Care Unit (ACCU) - Step-down summary to ward

Patient: Mr Clifford Entwistle-Barnes      DOB: 25/12/1962      Male
MRN: W0847126      NHS No: 451 579 2083
NOK: Mrs Yvonne Entwistle-Barnes (wife) - 0161 496 0772;  son Ryan - 07700 900158
Admitted to ACCU: 10/02/2024 from theatre     Stepped down: 17/02/2024 to Ward F5 bed 22
ICM consultant: Dr Fiona MacAskill      Summary by: Dr H. Sharifi (ICM Clinical Fellow)

Reason for admission: Septic shock secondary to anastomotic leak after anterior resection (day 5)
Organ support: Noradrenaline max 0.32 mcg/kg/min (weaned 14/02), vasopressin 0.03 U/min for 36 h; invasive ventilation 4 days (P/F nadir 16.8 kPa); CVVHDF 3 days for AKI 3 (K+ 6.7 on admission); no RRT since 15/02 - creatinine 188 and falling, UO > 0.5 mL/kg/h
Source control: laparotomy, washout and end colostomy (Mr Priestley-Adu, colorectal) 10/02/2024
Antimicrobials: meropenem 1 g TDS (day 8/10) + fluconazole 400 mg OD (Candida albicans in drain fluid)
Lines: R IJ CVC removed 16/02; L radial arterial line removed 17/02; PICC in situ (L basilic, 44 cm) for TPN
Delirium: CAM-ICU positive days 4-6; now negative. RASS 0
Nutrition: TPN (dietitian: Lauren) - wean as stoma output settles
Frailty / function: CFS 3 pre-admission. Physio: sitting out, walked 10 m with frame

Ward actions: NEWS2 4-hourly; critical care outreach follow-up at 24 h and 48 h (outreach team ext 6231); repeat CT A/P only if CRP rises; ICU follow-up clinic at 3 months (Dr MacAskill).
""",
ids=[("Clifford Entwistle-Barnes","PATIENT_NAME"),("W0847126","HOSPITAL_NUMBER"),("451 579 2083","NHS_NUMBER"),
     ("Yvonne Entwistle-Barnes","RELATIVE_NAME"),("0161 496 0772","PHONE"),("Ryan","RELATIVE_NAME"),("07700 900158","PHONE"),
     ("Mr Priestley-Adu","COLLEAGUE_NAME"),("Lauren","COLLEAGUE_NAME"),("6231","PHONE")],
keep=["25/12/1962","Male","Dr Fiona MacAskill","Dr MacAskill","Dr H. Sharifi","Ward F5 bed 22","Noradrenaline max 0.32 mcg/kg/min",
      "vasopressin 0.03 U/min","P/F nadir 16.8 kPa","K+ 6.7","meropenem 1 g TDS","fluconazole 400 mg OD","Candida albicans","CAM-ICU",
      "RASS 0","CFS 3","Wythenshawe Hospital"],
))

DOCS.append(dict(
id="s52-031", kind="coroner_statement", applicant="Dr Hamid Sharifi",
text="""IN THE MATTER OF AN INQUEST TOUCHING THE DEATH OF
GEOFFREY ALAN PILKINGTON (deceased)
Manchester City Area Coroner's Court        Coroner's ref: 00417/2023/MC

STATEMENT OF DR HAMID SHARIFI
Occupation: Clinical Fellow in Intensive Care Medicine, Wythenshawe Hospital, Southmoor Road, Manchester M23 9LT
GMC number: 7098834

1. This statement is made from my own recollection and from the clinical records (MRN W0713359). I understand it may be used in evidence.
2. On 06/06/2023 at 23:40 I was asked by the medical registrar, Dr Olumide Fashanu, to review Mr Pilkington on Ward F2. He was 71 years old and had been admitted the previous day with an upper GI bleed (Glasgow-Blatchford score 14).
3. On my arrival at 23:52 his heart rate was 134, BP 78/40, lactate 6.2 mmol/L, haemoglobin 61 g/L. I activated the major haemorrhage protocol at 23:55. He received 4 units red cells, 4 units FFP and 1 pool of platelets, and tranexamic acid 1 g.
4. I discussed him with the on-call gastroenterologist, Dr Bethany Rourke-Simmons, who agreed to endoscopy in theatre. The consultant intensivist, Dr Lachlan Birtwistle, came in at 00:30.
5. Mr Pilkington had a cardiac arrest (PEA) at 01:12 on 07/06/2023 during intubation in the ED resus room. Despite ALS for 38 minutes, including 2 further units of blood, ROSC was not achieved. Dr Birtwistle confirmed death at 01:50.
6. I spoke to his daughter, Mrs Lorraine Cheetham, and his brother Mr Walter Pilkington at 02:30 with Sister Julie Ormerod present.
7. I have reflected on these events with my educational supervisor, Dr Fiona MacAskill.

Statement of truth: I believe the facts stated in this statement are true.
Signed: H Sharifi      Dated: 19/09/2023
""",
ids=[("GEOFFREY ALAN PILKINGTON","PATIENT_NAME"),("00417/2023/MC","REFERENCE_NUMBER"),("Southmoor Road, Manchester","ADDRESS"),
     ("M23 9LT","POSTCODE"),("W0713359","HOSPITAL_NUMBER"),("Olumide Fashanu","COLLEAGUE_NAME"),("Mr Pilkington","PATIENT_NAME"),
     ("Bethany Rourke-Simmons","COLLEAGUE_NAME"),("Lachlan Birtwistle","COLLEAGUE_NAME"),("Dr Birtwistle","COLLEAGUE_NAME"),
     ("Lorraine Cheetham","RELATIVE_NAME"),("Walter Pilkington","RELATIVE_NAME"),("Julie Ormerod","COLLEAGUE_NAME")],
keep=["DR HAMID SHARIFI","7098834","H Sharifi","Dr Fiona MacAskill","Glasgow-Blatchford score 14","lactate 6.2 mmol/L","haemoglobin 61 g/L",
      "tranexamic acid 1 g","71 years old","Ward F2","38 minutes","06/06/2023","Wythenshawe Hospital"],
))

DOCS.append(dict(
id="s52-032", kind="foreign_letter_with_translation", applicant="Dr Hamid Sharifi",
text="""UNIVERSITÄTSKLINIKUM HEIDELBERG
Klinik für Anästhesiologie - Operative Intensivstation (OIS 1)

Verlegungsbericht / Arztbrief
Patient: Herr Jürgen Waldmüller-Haas, geb. 08.04.1955
Anschrift: Kastanienweg 14, 69124 Heidelberg
Fallnummer: 3190027715      Patienten-ID: 0049211836
Aufnahme Intensivstation: 02.11.2018      Verlegung: 09.11.2018 auf Station Czerny

Diagnosen:
- Septischer Schock bei Pneumonie (Legionella pneumophila, Antigen im Urin positiv)
- ARDS (Horovitz-Index min. 92 mmHg), Bauchlagerung 3 Zyklen
- Akutes Nierenversagen KDIGO 2
Therapie: Levofloxacin 500 mg 1-0-1 i.v.; Noradrenalin max. 0,25 µg/kg/min; lungenprotektive Beatmung (6 ml/kg IBW)
Die Ehefrau, Frau Monika Waldmüller-Haas, wurde täglich informiert.

Mit freundlichen Grüßen
Dr. med. H. Sharifi, Assistenzarzt
Prof. Dr. med. Konrad Eberhardt, Oberarzt (unterschreibt/verifiziert)

--- English translation (by the applicant; checked by Prof. Eberhardt) ---
HEIDELBERG UNIVERSITY HOSPITAL, Department of Anaesthesiology - Surgical ICU (OIS 1)
Transfer report / Doctor's letter
Patient: Mr Jürgen Waldmüller-Haas, born 08.04.1955
Address: Kastanienweg 14, 69124 Heidelberg
Case number: 3190027715    Patient ID: 0049211836
ICU admission 02.11.2018, transferred 09.11.2018 to Czerny ward
Diagnoses: septic shock due to pneumonia (Legionella pneumophila, urinary antigen positive); ARDS (lowest P/F ratio 92 mmHg), prone positioning x3; AKI KDIGO 2
Treatment: levofloxacin 500 mg IV twice daily; noradrenaline max 0.25 mcg/kg/min; lung-protective ventilation (6 mL/kg IBW)
His wife, Mrs Monika Waldmüller-Haas, was updated daily.
Dr H. Sharifi, resident; Prof. Dr. Konrad Eberhardt, consultant (signing/verifying)
""",
ids=[("Jürgen Waldmüller-Haas","PATIENT_NAME"),("Kastanienweg 14, 69124 Heidelberg","ADDRESS"),("3190027715","HOSPITAL_NUMBER"),
     ("0049211836","HOSPITAL_NUMBER"),("Monika Waldmüller-Haas","RELATIVE_NAME")],
keep=["08.04.1955","Dr. med. H. Sharifi","Dr H. Sharifi","Prof. Dr. med. Konrad Eberhardt","Prof. Eberhardt","Legionella pneumophila",
      "Levofloxacin 500 mg","Horovitz-Index min. 92 mmHg","KDIGO 2","6 ml/kg IBW","UNIVERSITÄTSKLINIKUM HEIDELBERG","Czerny"],
))

DOCS.append(dict(
id="s52-033", kind="ward_round_list", applicant="Dr Hamid Sharifi",
text="""ACCU WARD ROUND - Tue 14/05/2024 - Consultant: Dr F MacAskill - Fellow: Dr H Sharifi - Nurse in charge: Bev Ashurst
(print from ICCA; bin in confidential waste after round)

Bed 1  HOLLINRAKE, Stephen   W0920447  58M  D3  Out-of-hospital VF arrest (bystander CPR). TTM 36C. Sedation hold today. NSE 42 at 48 h. Neuroprognostication MDT Thurs. Family: partner Aileen, vigil
Bed 2  DE SOUZA, Marta       W0921180  34F  D1  Severe asthma. Mg 2 g, aminophylline, IV salbutamol 5 mcg/min. pH 7.21 PaCO2 9.8. NIV failed -> intubated 03:10
Bed 3  [empty - deep clean after CPE]
Bed 4  OGUNDIPE, Babatunde   W0899732  66M  D12 Pancreatitis, IAP 18 mmHg. Trache (Portex 8.0) day 5. Weaning: PS 10 / PEEP 6. For MDT with HPB (Mr Ilesanmi)
Bed 5  "Granny Pat" KERSHAW, Patricia  W0714425  87F  D2  Level 2. Urosepsis + AF with RVR. Amiodarone loading. ReSPECT: not for intubation/CPR. Grandson Liam is NOK (07700 900593)
Bed 6  SHARMA-LEWIS, Anil     W0923001  45M  D0  Post-op oesophagectomy (Ivor Lewis), extubated in theatre, epidural T6-T7, chest drains x2

Jobs: Bed 1 EEG (book via neurophys ext 4417); Bed 4 TPN review (dietitian Nkechi); Bed 6 CXR post drain
""",
ids=[("Bev Ashurst","COLLEAGUE_NAME"),("HOLLINRAKE, Stephen","PATIENT_NAME"),("W0920447","HOSPITAL_NUMBER"),("Aileen","RELATIVE_NAME"),
     ("DE SOUZA, Marta","PATIENT_NAME"),("W0921180","HOSPITAL_NUMBER"),("OGUNDIPE, Babatunde","PATIENT_NAME"),("W0899732","HOSPITAL_NUMBER"),
     ("Mr Ilesanmi","COLLEAGUE_NAME"),("Granny Pat","PATIENT_NAME"),("KERSHAW, Patricia","PATIENT_NAME"),("W0714425","HOSPITAL_NUMBER"),
     ("Liam","RELATIVE_NAME"),("07700 900593","PHONE"),("SHARMA-LEWIS, Anil","PATIENT_NAME"),("W0923001","HOSPITAL_NUMBER"),
     ("4417","PHONE"),("Nkechi","COLLEAGUE_NAME")],
keep=["Dr F MacAskill","Dr H Sharifi","14/05/2024","Bed 1","58M","TTM 36C","NSE 42","Mg 2 g","IV salbutamol 5 mcg/min","IAP 18 mmHg",
      "Portex 8.0","PS 10 / PEEP 6","Amiodarone","Ivor Lewis","T6-T7","87F"],
))

DOCS.append(dict(
id="s52-034", kind="msf_summary", applicant="Dr Hamid Sharifi",
text="""Multi-Source Feedback (TAB/MSF) - summary report
Doctor: Dr Hamid Sharifi     Specialty: Intensive Care Medicine     Round closed: 30/06/2024
Responsible supervisor: Dr Fiona MacAskill (released feedback 04/07/2024)
Raters: 14 (consultants 4, trainees 3, nurses 5, AHP 1, admin 1). Self-rating completed.

Domain (% "no concern")                  Raters   Self
Maintaining trust / professional         100%     yes
Verbal communication                      93%     yes
Team working                             100%     yes
Accessibility                             93%     yes

Free-text comments (verbatim, anonymised by the system but not edited):
- "Calm in an arrest. Talked me through my first arterial line." (trainee)
- "Always explains to relatives, stayed late with Mrs Kershaw's family." (nurse)
- "Excellent with the outreach team - Bev and Carl say he is the fellow they trust most at night." (nurse)
- "Sometimes abrupt on the phone to the ward when busy; when I called about bed 9 he cut me off." (nurse)
- "Great teacher on the RCoA ICM simulation day." (consultant)
- "Please answer e-mails! hamid.sharifi@mft.example.nhs.uk inbox full twice." (admin)

Supervisor summary: Overall very positive. Discuss telephone manner (single concern). Signed F. MacAskill, Consultant Intensivist.
""",
ids=[("Mrs Kershaw","PATIENT_NAME"),("Bev","COLLEAGUE_NAME"),("Carl","COLLEAGUE_NAME"),("hamid.sharifi@mft.example.nhs.uk","EMAIL")],
keep=["Dr Hamid Sharifi","Dr Fiona MacAskill","F. MacAskill","100%","93%","RCoA","30/06/2024"],
))

DOCS.append(dict(
id="s52-035", kind="organ_donation_referral", applicant="Dr Hamid Sharifi",
text="""NHS Blood and Transplant - Organ Donation referral record (copy for referring clinician)
ODT referral ID: 1092273        Referral date/time: 22/08/2023 04:15
Referring unit: ACCU, Wythenshawe Hospital      Referring clinician: Dr H Sharifi (ICM fellow), via ACCU 0161 496 0905
SNOD: Rachel Hutchinson-Moyo (on-call, Team NW2)

Potential donor: Male, 29 years, DOB 03/03/1994, MRN W0864530, NHS 442 528 0644
Name: Dylan Fairbrother      Weight 82 kg, height 184 cm
Diagnosis: catastrophic hypoxic brain injury following hanging (found by flatmate Kieran at 01:10, ROSC after 22 min)
Neurological status: GCS 3, pupils fixed 7 mm, absent cough and gag; brainstem death testing planned by Dr L Birtwistle and Dr F MacAskill
Police: Greater Manchester Police informed (log 0147 of 22/08/2023); coroner referral required before donation - coroner's officer Ms Gaynor Platt
Family: mother Susan Fairbrother (NOK); father estranged. ODR check: registered opt-in.

Outcome: DBD donation, 23/08/2023. Organs: heart, liver, both kidneys, pancreas.
Referral made within 1 hour of GCS < 5 trigger: yes (NICE CG135)
""",
ids=[("1092273","REFERENCE_NUMBER"),("0161 496 0905","PHONE"),("Rachel Hutchinson-Moyo","COLLEAGUE_NAME"),("W0864530","HOSPITAL_NUMBER"),
     ("442 528 0644","NHS_NUMBER"),("Dylan Fairbrother","PATIENT_NAME"),("Kieran","RELATIVE_NAME"),("Dr L Birtwistle","COLLEAGUE_NAME"),
     ("log 0147 of 22/08/2023","REFERENCE_NUMBER"),("Gaynor Platt","COLLEAGUE_NAME"),("Susan Fairbrother","RELATIVE_NAME")],
keep=["Dr H Sharifi","Dr F MacAskill","03/03/1994","Male, 29 years","82 kg","GCS 3","pupils fixed 7 mm","NICE CG135","DBD","22 min"],
))

DOCS.append(dict(
id="s52-036", kind="thank_you_card_ocr", applicant="Dr Hamid Sharifi",
text="""[Scanned thank-you card, OCR - handwriting partly recognised]
To Dr Sharifi, Dr MacAskil1 and all the amazing staff on ACCU,

Words can't say how grateful we are for everything you did for our Dad, Ron (Ronald Hepworth, Bed 4, April 2O23). When he came in after the fire at the flat we were told to expect the worst. You never gave up on him and you always had time for us even at 3 in the morning. Dr Hamid sat with rne and rny sister Tracy-Lee and drew us a picture of his lungs!!

Dad is home now at Mere View (the bungalow, 7 Mere View, Shaw1and Lane, Altrincham WA15 8HQ) and he says "thank the lad with the beard". Nurse Ade11e - we will never forget you.

With love and thanks,
Sharon, Tracy-Lee, Gordon (grandson) & Ron Hepworth x x
P.S. please give the choc0lates to the night staff

[Portfolio note: original card held by ACCU; copy verified by Dr F MacAskill 12/06/2023]
""",
ids=[("Ron","PATIENT_NAME"),("Ronald Hepworth","PATIENT_NAME"),("Ron Hepworth","PATIENT_NAME"),("Tracy-Lee","RELATIVE_NAME"),
     ("Mere View","ADDRESS"),("7 Mere View, Shaw1and Lane, Altrincham","ADDRESS"),("WA15 8HQ","POSTCODE"),("Ade11e","COLLEAGUE_NAME"),
     ("Sharon","RELATIVE_NAME"),("Gordon","RELATIVE_NAME")],
keep=["Dr Sharifi","Dr MacAskil1","Dr Hamid","Dr F MacAskill","Bed 4","April 2O23"],
))

# ---------------- Dr Eleanor Quayle, general practice ----------------

DOCS.append(dict(
id="s52-037", kind="gp_referral_2ww", applicant="Dr Eleanor Quayle",
text="""URGENT SUSPECTED CANCER REFERRAL - LOWER GI (2WW)
Kernow Health - Royal Cornwall Hospitals NHS Trust, Treliske        e-RS UBRN: 0004 7718 2293

Referring GP: Dr Eleanor Quayle    Practice: Harbourside Medical Practice, Falmouth    Practice code: L82999
Practice tel: 01632 960 244   Practice email: harbourside.falmouth@nhs.example.net
Date of referral: 06/03/2024

PATIENT
Name: Mrs Tamsin Rowe-Penhaligon     DOB: 19/07/1961     Gender: Female
NHS number: 559 288 8244     Hospital no. (if known): RCH 0338214
Address: Flat 2, Bosvean Court, Kimberley Park Road, Falmouth TR11 2DJ
Home tel: 01632 960 516    Mobile: 07700 900377 (ok to leave message)    Email: tamsinrp61@example.com
Interpreter: No   Transport: daughter (Morwenna) will drive
Availability: not 11-22 March (in Newquay with grandchildren)

Clinical criteria (NICE NG12): aged 40+ with unexplained weight loss and abdominal pain; FIT 186 ug Hb/g faeces
History: 3 months of change in bowel habit to looser stool, 5 kg weight loss (68 -> 63 kg), intermittent LIF pain. No PR bleeding seen. Mother had colorectal cancer aged 70.
Exam: soft, vague LIF mass?  PR: no mass palpable.
Bloods 01/03/2024: Hb 104 g/L (MCV 76), ferritin 9, CRP 12, eGFR 78
Medication: levothyroxine 75 micrograms OD, omeprazole 20 mg OD
WHO performance status: 0
Patient informed this is an urgent cancer referral and has agreed: Yes - leaflet given.
""",
ids=[("0004 7718 2293","REFERENCE_NUMBER"),("01632 960 244","PHONE"),("harbourside.falmouth@nhs.example.net","EMAIL"),
     ("Tamsin Rowe-Penhaligon","PATIENT_NAME"),("559 288 8244","NHS_NUMBER"),("RCH 0338214","HOSPITAL_NUMBER"),
     ("Flat 2, Bosvean Court, Kimberley Park Road, Falmouth","ADDRESS"),("TR11 2DJ","POSTCODE"),("01632 960 516","PHONE"),
     ("07700 900377","PHONE"),("tamsinrp61@example.com","EMAIL"),("Morwenna","RELATIVE_NAME")],
keep=["Dr Eleanor Quayle","19/07/1961","Female","NICE NG12","FIT 186 ug Hb/g","Hb 104 g/L","levothyroxine 75 micrograms OD",
      "omeprazole 20 mg OD","WHO performance status: 0","Harbourside Medical Practice","L82999","06/03/2024","5 kg"],
))

DOCS.append(dict(
id="s52-038", kind="consultation_notes_export", applicant="Dr Eleanor Quayle",
text="""EMIS Web - Consultation history (printed for portfolio case review; Harbourside Medical Practice)
Patient: JENKIN, Barry Charles (Mr)   Born 02-Apr-1955 (68y)   Male   NHS No. 767 915 9378   EMIS no. 44817
Usual GP: Dr E Quayle

14-Nov-2023 09:20  Surgery consultation  Dr Eleanor Quayle
History: SOB on exertion 2/12, ankles swollen, 3 pillows. Ex-fisherman, 30 pack-yr. Wife (Loveday) says snoring worse.
Examination: BP 152/88, HR 96 irreg irreg, SpO2 94%, bibasal creps, pitting oedema to mid-shin. Wt 97.2 kg
Problem: Atrial fibrillation (SNOMED 49436004) - new
Problem: ?Heart failure
Plan: NT-proBNP, U&E, TFT, FBC, HbA1c, ECG today (AF 104). CHA2DS2-VASc 2 (HTN, age 65-74), ORBIT 1. Started apixaban 5 mg BD and bisoprolol 2.5 mg OD. Furosemide 40 mg OM. 
Referral: Heart failure clinic if NT-proBNP > 400.

20-Nov-2023 11:05  Telephone  Dr Eleanor Quayle
Result NT-proBNP 2,870 ng/L -> urgent HF referral (2 weeks, NICE NG106). Pt aware. Daughter Kerenza (07700 900298) to be called with results too - consent recorded.

04-Jan-2024 08:50  Home visit  Dr Ross Tregunna (locum)
Breathless ++, Wt 101 kg. Increased furosemide to 80 mg OM. Echo booked: LVEF 30%. 

16-Jan-2024 10:10  Surgery  Dr Eleanor Quayle
Better. Wt 94.8 kg. Seen HF nurse Jill P. - started dapagliflozin 10 mg, ramipril 1.25 mg. Review 2/52 U&E.
""",
ids=[("JENKIN, Barry Charles","PATIENT_NAME"),("767 915 9378","NHS_NUMBER"),("44817","HOSPITAL_NUMBER"),("Loveday","RELATIVE_NAME"),
     ("Kerenza","RELATIVE_NAME"),("07700 900298","PHONE"),("Ross Tregunna","COLLEAGUE_NAME"),("Jill P.","COLLEAGUE_NAME")],
keep=["Dr E Quayle","Dr Eleanor Quayle","02-Apr-1955","Male","SNOMED 49436004","CHA2DS2-VASc 2","ORBIT 1","apixaban 5 mg BD",
      "bisoprolol 2.5 mg OD","Furosemide 40 mg OM","NT-proBNP 2,870 ng/L","NICE NG106","LVEF 30%","dapagliflozin 10 mg","ramipril 1.25 mg",
      "Wt 97.2 kg"],
))

DOCS.append(dict(
id="s52-039", kind="significant_event_analysis", applicant="Dr Eleanor Quayle",
text="""SIGNIFICANT EVENT ANALYSIS (SEA) - Harbourside Medical Practice
SEA no. HMP-SEA-2023-09    Meeting date: 12/10/2023    Facilitator: Dr Eleanor Quayle
Present: Dr M Treharne (senior partner), Dr E Quayle, Dr Jenna Pascoe (salaried GP), Nurse Rosemary Bolitho, Practice Manager Gail Trevithick, Reception lead Donna Couch

What happened?
A 2-year-old child (Harry, surname on clinical system only) was brought to reception at 16:50 on 21/09/2023 by his dad, Mr Jory Angove, who said he was "floppy and had a rash". The receptionist (Kayleigh, in her second week) offered a next-day appointment as there were no slots left. The father went to the Urgent Treatment Centre; Harry had meningococcal septicaemia and was transferred to the Royal Cornwall Hospital PICU. He has made a full recovery.

Why did it happen?
- Red-flag list not on the new reception screen; Kayleigh's induction did not yet cover "sick child at the desk".
- Duty doctor (me) was on a home visit; no clinician on site for 40 minutes.

What has been learnt / changed?
- "Sick child" red-flag card (non-blanching rash, floppy, hard to wake, breathing fast) at every reception desk. Any yes -> interrupt any clinician immediately.
- Duty doctor home visits now after 17:30 or delegated to paramedic practitioner.
- Apology and explanation to the family by phone (14/10) and in writing (ref HMP/COMP/23/031).
Reported to LFPSE: ref 2023-HM-10274.

Agreed by: Dr Malcolm Treharne, GP trainer / senior partner
""",
ids=[("HMP-SEA-2023-09","REFERENCE_NUMBER"),("Jenna Pascoe","COLLEAGUE_NAME"),("Rosemary Bolitho","COLLEAGUE_NAME"),
     ("Gail Trevithick","COLLEAGUE_NAME"),("Donna Couch","COLLEAGUE_NAME"),("Harry","PATIENT_NAME"),("Jory Angove","RELATIVE_NAME"),
     ("Kayleigh","COLLEAGUE_NAME"),("HMP/COMP/23/031","REFERENCE_NUMBER"),("2023-HM-10274","REFERENCE_NUMBER")],
keep=["Dr Eleanor Quayle","Dr E Quayle","Dr M Treharne","Dr Malcolm Treharne","2-year-old","meningococcal septicaemia",
      "Royal Cornwall Hospital","non-blanching rash","21/09/2023"],
))

DOCS.append(dict(
id="s52-040", kind="wpba_cot_export", applicant="Dr Eleanor Quayle",
text="""RCGP FourteenFish - Consultation Observation Tool (COT) - Audio-COT (telephone)
Doctor: Dr Eleanor Quayle  GMC 6924417       Assessor: Dr Malcolm Treharne (GP trainer)    Assessor GMC: 2719930
Date of consultation: 28/02/2024       Date assessed: 01/03/2024        Recording ID (FourteenFish): FF-AC-883102

Patient: "Denzil" (first name given at start of recording), 47M, calling about low mood after redundancy from the docks.
PHQ-9 18, GAD-7 14. No active suicidal plan; passive thoughts. Protective factors: daughter (Elowen, 12), his allotment.

Criteria                                                    Grade
1 Opens consultation / identity check (confirmed DOB & first line of address: "14 ... Street")   Competent
2 Encourages patient's contribution, ICE                        Excellent
3 Safety netting / risk assessment                              Competent
4 Shared management plan (sertraline 50 mg, Talking Therapies self-referral, fit note 4 weeks) Competent
5 Follow-up arranged (2 weeks, same doctor)                    Competent

Comments: Sensitive, unhurried. Eleanor used the patient's own words ("like a fog") back to him. She should state the crisis line number slowly and check he has written it down. Overall: Competent for licensing.
Signed electronically: Dr M. Treharne   01/03/2024
""",
ids=[("2719930","GMC_NUMBER"),("FF-AC-883102","REFERENCE_NUMBER"),("Denzil","PATIENT_NAME"),("Elowen","RELATIVE_NAME")],
keep=["Dr Eleanor Quayle","6924417","Dr Malcolm Treharne","Dr M. Treharne","Eleanor","PHQ-9 18","GAD-7 14","sertraline 50 mg","47M","28/02/2024"],
))

DOCS.append(dict(
id="s52-041", kind="meeting_minutes", applicant="Dr Eleanor Quayle",
text="""Harbourside Medical Practice - Gold Standards Framework (palliative care) meeting
Date: 09/01/2024, 12:30, Library    Chair: Dr E Quayle (palliative care lead)
Attending: Dr M Treharne; DN team (Sister Carys Penrose, Lowenna, Bryony); Macmillan CNS Alfie Carne; Care coordinator Tegan Rickard
Apologies: Dr J Pascoe

Register review (RAG)
1. Mr Peter Nance, 81, metastatic prostate ca - RED. Syringe driver since 05/01 (morphine 20 mg + midazolam 10 mg /24h). Wife Betty coping; ?hospice bed at St Julia's. ReSPECT done. Key safe code with DN team.
2. Mrs Hedra Polglase, 92, end-stage dementia - AMBER. Lives at Trelawney House care home. Daughter Sally (LPA health & welfare) wants no further hospital admissions - documented.
3. Mr Kenwyn Vosper ("Ken"), 64, MND (bulbar) - AMBER. PEG discussion with neuro; NIV overnight. Son Jago is main carer. Referral to hospice day services.
4. Ms Demelza Trudgeon, 55, ovarian ca - GREEN. On olaparib 300 mg BD, stable CA-125 (34).
Deaths since last meeting: 2 (both at preferred place, home).
After-death analysis: Mr N. Rowse - unexpected OOH admission; OOH not aware of ReSPECT - ensure Summary Care Record additional info consent.

Next meeting 13/02/2024. Minutes: E Quayle
""",
ids=[("Carys Penrose","COLLEAGUE_NAME"),("Lowenna","COLLEAGUE_NAME"),("Bryony","COLLEAGUE_NAME"),("Alfie Carne","COLLEAGUE_NAME"),
     ("Tegan Rickard","COLLEAGUE_NAME"),("Dr J Pascoe","COLLEAGUE_NAME"),("Peter Nance","PATIENT_NAME"),("Betty","RELATIVE_NAME"),
     ("Hedra Polglase","PATIENT_NAME"),("Trelawney House care home","ADDRESS"),("Sally","RELATIVE_NAME"),("Kenwyn Vosper","PATIENT_NAME"),
     ("Ken","PATIENT_NAME"),("Jago","RELATIVE_NAME"),("Demelza Trudgeon","PATIENT_NAME"),("Mr N. Rowse","PATIENT_NAME")],
keep=["Dr E Quayle","E Quayle","Dr M Treharne","Gold Standards Framework","morphine 20 mg","midazolam 10 mg","olaparib 300 mg BD",
      "CA-125 (34)","ReSPECT","MND","St Julia's","09/01/2024"],
))

DOCS.append(dict(
id="s52-042", kind="complaint_response", applicant="Dr Eleanor Quayle",
text="""Harbourside Medical Practice
Practice Manager: Gail Trevithick

Our ref: HMP/COMP/23/044
Your ref: MT/Eq/13-11
Date: 4 December 2023

Mr Martyn Tonkin
Chy-an-Mor, Swanpool Lane
Falmouth
TR11 5BG

Dear Mr Tonkin

Your complaint of 13 November 2023 about your wife's care

Thank you for writing to us about the care of your wife, Mrs Irene Tonkin (date of birth 11/11/1949). I am sorry that you both had such a distressing experience.

Dr Quayle has reviewed the records and met with you on 27 November. To summarise what we discussed:
- On 2 November Mrs Tonkin was prescribed nitrofurantoin 100 mg MR BD for a urinary tract infection. The prescription was issued by our pharmacist, Mr Lewin Rosewarne, after an e-consult, without noting her eGFR of 38 in August.
- Nitrofurantoin can be used with caution at eGFR 30-44 for a short course (3 days) in the absence of alternatives; the 7-day course issued did not follow our local guidance.
- Mrs Tonkin's symptoms did not settle and she was admitted to Royal Cornwall Hospital on 7 November with pyelonephritis.

What we have changed: e-consult prescriptions for UTI in patients over 65 are now reviewed by a GP the same day; an eGFR prompt has been added to our UTI template.

Yours sincerely

Gail Trevithick, Practice Manager
Dr Eleanor Quayle, GP Partner
""",
ids=[("Gail Trevithick","COLLEAGUE_NAME"),("HMP/COMP/23/044","REFERENCE_NUMBER"),("MT/Eq/13-11","REFERENCE_NUMBER"),("Martyn Tonkin","RELATIVE_NAME"),
     ("Chy-an-Mor, Swanpool Lane","ADDRESS"),("Falmouth","ADDRESS"),("TR11 5BG","POSTCODE"),("Mr Tonkin","RELATIVE_NAME"),
     ("Irene Tonkin","PATIENT_NAME"),("Mrs Tonkin","PATIENT_NAME"),("Lewin Rosewarne","COLLEAGUE_NAME")],
keep=["Dr Eleanor Quayle","Dr Quayle","11/11/1949","nitrofurantoin 100 mg MR BD","eGFR of 38","eGFR 30-44","Royal Cornwall Hospital",
      "27 November"],
))

DOCS.append(dict(
id="s52-043", kind="patient_feedback_summary", applicant="Dr Eleanor Quayle",
text="""CARE Measure / PSQ - Patient Satisfaction Questionnaire results
Doctor: Dr Eleanor Quayle (Harbourside Medical Practice)   Collected: 15/04/2024 - 10/05/2024 by reception (independent of doctor)
Responses: 41 / 50 issued       Administered and verified by: Dr Malcolm Treharne (appraiser)

Mean scores (1-5): Making you feel at ease 4.8 | Letting you tell your story 4.7 | Really listening 4.9 | Explaining things 4.6 | Making a plan of action with you 4.5
Comparison: practice mean 4.4

Selected comments (reproduced as written):
"Dr Quayle is the only doctor who has ever asked about my husband's dementia and how I'm coping - thank you. Sheila Pengelly"
"Saw her about my knee, very thorough but ran 25 min late"
"She remembered my son Callum from last time, made him feel normal about his epilepsy"
"Booking is rubbish, not the doctor's fault. Call me on 07700 900832 if you want to know more - J. Hocking"
"Would like to see her every time"
"Better than Dr Pascoe"

Reflection (doctor): Running late remains my main weakness - I now take 2 buffer slots per session.
""",
ids=[("Sheila Pengelly","PATIENT_NAME"),("Callum","RELATIVE_NAME"),("07700 900832","PHONE"),("J. Hocking","PATIENT_NAME"),
     ("Dr Pascoe","COLLEAGUE_NAME")],
keep=["Dr Eleanor Quayle","Dr Quayle","Dr Malcolm Treharne","4.8","41 / 50","25 min"],
))

DOCS.append(dict(
id="s52-044", kind="home_visit_notes", applicant="Dr Eleanor Quayle",
text="""HV notes - typed in car after visit, EQ - 17/08/2023 13:40 (to go into EMIS later!!)

pt: Arthur Bunney 88 (DOB 28/02/1935) - Hawthorn Cottage, Mylor Bridge, TR11 5NE. NHS 284 490 2332
called by neighbour Mrs Kitto (tel 01632 960 873) - found on floor this am, ?how long. 
o/e: alert, AMT 9/10, no head inj, no hip pain, walks w frame. temp 37.9, HR 102, BP 108/60, RR 20, sats 95 RA. 4AT 0. dipstick nit+ leu+++. CK not poss at home
cap refill 3s, mucous membr dry. lives alone, no package. son Graham in Plymouth - rang him 07700 900914, coming tomorrow
plan: ?urosepsis + dehydration, NEWS2 3 - discussed with Arthur, he does NOT want hospital ("I'll die in my own bed"), has capacity for this decision (MCA 2005 - understands/retains/weighs/communicates). 
-> Acute Care at Home team referral (ref ACH-23-4471) for IV fluids/abx at home. nitrofurantoin contraindicated (eGFR 41?) so cefalexin 500 mg BD 7/7
-> falls team, pendant alarm (Careline ID CL-190288)
-> safety net with Mrs K + son. Will phone 17:00.
Dr E Quayle
""",
ids=[("Arthur Bunney","PATIENT_NAME"),("Hawthorn Cottage, Mylor Bridge","ADDRESS"),("TR11 5NE","POSTCODE"),("284 490 2332","NHS_NUMBER"),
     ("Mrs Kitto","RELATIVE_NAME"),("01632 960 873","PHONE"),("Graham","RELATIVE_NAME"),("07700 900914","PHONE"),("Arthur","PATIENT_NAME"),
     ("ACH-23-4471","REFERENCE_NUMBER"),("CL-190288","OTHER_ID"),("Mrs K","RELATIVE_NAME")],
keep=["EQ","Dr E Quayle","28/02/1935","AMT 9/10","4AT 0","NEWS2 3","MCA 2005","cefalexin 500 mg BD","temp 37.9"],
))
