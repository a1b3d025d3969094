# Documents s45-031 .. s45-045: evidence from UK posts.

DOCS = []

DOCS.append(dict(
    id="s45-031", kind="clinic_letter", applicant="Dr Farhan Qureshi",
    text="""University Hospitals of North Midlands NHS Trust
Royal Stoke University Hospital - Department of General Surgery (Upper GI)
Tel 01632 960418 (secretary)

Our ref: FQ/UGI/5521                                     Dictated 03/10/2023   Typed 05/10/2023
Clinic date: 02/10/2023

Dr Helen Barraclough
Moorland Road Surgery
41 Moorland Road, Burslem, Stoke-on-Trent ST6 1DX

Dear Dr Barraclough,

Re: Mr Dennis Arthur Plant, DOB 19/08/1958
12 Cauldon Avenue, Shelton, Stoke-on-Trent ST4 2QW
NHS No. 485 777 3456     Hosp No. RJE1193844

Diagnosis: 1. Symptomatic gallstones - two episodes of biliary colic, one of mild gallstone pancreatitis
(amylase 1460 U/L, Glasgow-Imrie score 1, June 2023)
2. BMI 36.2, type 2 diabetes (HbA1c 58 mmol/mol)

Plan: Laparoscopic cholecystectomy, ideally within 8 weeks; listed as priority P3. MRCP first.

Thank you for referring Mr Plant, a 65-year-old retired pottery kiln operator, whom I saw in clinic with his
wife. Since the pancreatitis admission he has had two further short attacks of right upper quadrant pain
after fatty meals, settling with codeine. No jaundice, no rigors. Bloods today: bilirubin 11 umol/L, ALP
96 U/L, ALT 31 U/L. Ultrasound from July shows multiple small calculi, CBD 7 mm. Given the dilated duct
and the pancreatitis I have requested an MRCP to exclude CBD stones before surgery.
I have explained the operation, including the risks of bile leak (about 1 in 100), bleeding, bile duct injury
(about 1 in 500-1000) and conversion to open. He would like to go ahead. Please could you continue
metformin 1 g BD; we will give peri-operative advice at pre-assessment.

Yours sincerely,

Dr Farhan Qureshi MBBS FCPS MRCS
Specialty Doctor in General Surgery, GMC 7081354
on behalf of Mr Jonathan Whitlock, Consultant Upper GI Surgeon (supervising consultant)

cc: Patient
""",
    identifiers=[
        ("01632 960418", "PHONE"),
        ("FQ/UGI/5521", "REFERENCE_NUMBER"),
        ("Dr Helen Barraclough", "COLLEAGUE_NAME"),
        ("Dr Barraclough", "COLLEAGUE_NAME"),
        ("Moorland Road Surgery", "ADDRESS"),
        ("41 Moorland Road, Burslem, Stoke-on-Trent", "ADDRESS"),
        ("ST6 1DX", "POSTCODE"),
        ("Mr Dennis Arthur Plant", "PATIENT_NAME"),
        ("Mr Plant", "PATIENT_NAME"),
        ("12 Cauldon Avenue, Shelton, Stoke-on-Trent", "ADDRESS"),
        ("ST4 2QW", "POSTCODE"),
        ("485 777 3456", "NHS_NUMBER"),
        ("RJE1193844", "HOSPITAL_NUMBER"),
    ],
    keep=["Royal Stoke University Hospital", "University Hospitals of North Midlands NHS Trust", "DOB 19/08/1958",
          "Dr Farhan Qureshi", "GMC 7081354", "Mr Jonathan Whitlock", "amylase 1460 U/L", "Glasgow-Imrie score 1",
          "BMI 36.2", "HbA1c 58 mmol/mol", "P3", "CBD 7 mm", "metformin 1 g BD", "65-year-old", "02/10/2023",
          "bilirubin 11 umol/L"],
))

DOCS.append(dict(
    id="s45-032", kind="discharge_summary", applicant="Dr Kwame Asante",
    text="""BETSI CADWALADR UNIVERSITY HEALTH BOARD - YSBYTY GLAN CLWYD
Acute Medical Unit -> Ward 4 (Medicine) - ELECTRONIC DISCHARGE SUMMARY

Patient: GRIFFITHS, Eirlys Mair     DOB: 27/02/1941     Sex: F
NHS no: 728 414 0962     MRN: G2098114
Address: Bryn Awel, Ffordd Llanelwy, Trefnant, Denbighshire LL16 5UE
GP: Dr Osian Pritchard, Meddygfa'r Llan, Denbigh
NOK: Gareth Griffiths (son) 07700 900415

Admitted: 08/01/2024 via ED       Discharged: 16/01/2024       Consultant: Dr Sian Llewelyn-Jones

Primary diagnosis: Lower respiratory tract infection with type 2 respiratory failure (pH 7.31, pCO2 8.4 kPa)
on background COPD (FEV1 0.82 L, GOLD 3)
Secondary: delirium (4AT 6 on admission, 0 on discharge); AKI stage 1 (creat 142 -> 88 umol/L)

Treatment: NIV 48 h on AMU (IPAP 20 / EPAP 5), amoxicillin 1 g TDS IV -> oral (5 days total), prednisolone
30 mg OD x 5 days, nebulised salbutamol/ipratropium. Seen by COPD nurse; pulmonary rehab referral made.
Medication changes: NEW carbocisteine 750 mg TDS; Trimbow 2 puffs BD (replaces Seretide 250 + tiotropium);
STOPPED zopiclone 3.75 mg (falls, delirium).
Discharge: home with package of care (2 calls/day) - lives alone, daughter-in-law Ffion visits daily.
Actions for GP: U&E in 1 week; review for home oxygen assessment at 8 weeks (SpO2 88-90% on air at discharge).
Welsh speaker - prefers correspondence in Welsh.

Completed by: Dr Kwame Asante, Specialty Doctor, Acute Medicine (GMC 7192256)
""",
    identifiers=[
        ("GRIFFITHS, Eirlys Mair", "PATIENT_NAME"),
        ("728 414 0962", "NHS_NUMBER"),
        ("G2098114", "HOSPITAL_NUMBER"),
        ("Bryn Awel, Ffordd Llanelwy, Trefnant, Denbighshire", "ADDRESS"),
        ("LL16 5UE", "POSTCODE"),
        ("Dr Osian Pritchard", "COLLEAGUE_NAME"),
        ("Meddygfa'r Llan, Denbigh", "ADDRESS"),
        ("Gareth Griffiths", "RELATIVE_NAME"),
        ("07700 900415", "PHONE"),
        ("Ffion", "RELATIVE_NAME"),
    ],
    keep=["YSBYTY GLAN CLWYD", "BETSI CADWALADR UNIVERSITY HEALTH BOARD", "DOB: 27/02/1941", "Sex: F",
          "Dr Sian Llewelyn-Jones", "Dr Kwame Asante", "GMC 7192256", "pH 7.31", "pCO2 8.4 kPa", "GOLD 3",
          "4AT 6", "IPAP 20 / EPAP 5", "amoxicillin 1 g TDS", "prednisolone\n30 mg OD", "carbocisteine 750 mg TDS",
          "Trimbow", "zopiclone 3.75 mg", "08/01/2024", "Ward 4"],
))

DOCS.append(dict(
    id="s45-033", kind="referral_letter", applicant="Dr Priya Venkataraman",
    text="""University Hospitals Sussex NHS Foundation Trust
Royal Alexandra Children's Hospital, Brighton - General Paediatrics

11 March 2024

To: Single Point of Access, Sussex CAMHS (Brighton & Hove)

Referral - urgent (within 2 weeks)

Name: Amelia-Rose Fairweather      DOB: 04/06/2011 (12 y)      Female
NHS: 6034417782                    Hospital no.: K4419027
Address: Flat 3, 58 Ditchling Rise, Brighton BN1 4QN
Parent/carer: Ms Chantelle Fairweather (mother), mobile 07700 900872
School: Year 8, Dorothy Stringer School
GP: Dr Marcus Oyelaran, Preston Park Surgery

Dear colleagues,

I would be grateful if you could see Amelia-Rose, who was admitted under our team on 8 March after a
paracetamol overdose (approximately 24 x 500 mg tablets = 12 g, about 270 mg/kg; 4-hour level 182 mg/L,
above the treatment line). She received a full course of acetylcysteine (SNAP regimen); ALT peaked at 64 U/L
and INR stayed 1.1. She is medically fit for discharge.

On HEADSS assessment she describes 6 months of low mood, poor sleep and superficial self-harm (cutting, left
forearm) since falling out with a friendship group at school and online. She reports no current intent but
still has passive thoughts. Mum was not aware of the cutting. Ms Fairweather has asked for help managing
the safety plan at home; medicines are now locked away.

Hospital CAMHS liaison (Dr Tamsin Ebdon) saw her on 10 March; a safety plan is attached. The school
safeguarding lead has been informed with consent.

Yours faithfully,

Dr Priya Venkataraman, Specialty Doctor in Paediatrics
Supervising consultant: Dr Oliver Haddington, Consultant Paediatrician
""",
    identifiers=[
        ("Amelia-Rose Fairweather", "PATIENT_NAME"),
        ("Amelia-Rose", "PATIENT_NAME"),
        ("6034417782", "NHS_NUMBER"),
        ("K4419027", "HOSPITAL_NUMBER"),
        ("Flat 3, 58 Ditchling Rise, Brighton", "ADDRESS"),
        ("BN1 4QN", "POSTCODE"),
        ("Ms Chantelle Fairweather", "RELATIVE_NAME"),
        ("Ms Fairweather", "RELATIVE_NAME"),
        ("07700 900872", "PHONE"),
        ("Dorothy Stringer School", "ADDRESS"),
        ("Dr Marcus Oyelaran", "COLLEAGUE_NAME"),
        ("Preston Park Surgery", "ADDRESS"),
        ("Dr Tamsin Ebdon", "COLLEAGUE_NAME"),
    ],
    keep=["Royal Alexandra Children's Hospital", "DOB: 04/06/2011 (12 y)", "Female", "Dr Priya Venkataraman",
          "Dr Oliver Haddington", "270 mg/kg", "182 mg/L", "acetylcysteine (SNAP regimen)", "ALT peaked at 64 U/L",
          "INR stayed 1.1", "HEADSS", "8 March", "Year 8", "12 g"],
))

DOCS.append(dict(
    id="s45-034", kind="wpba_mini_cex", applicant="Dr Ahmed Elsheikh",
    text="""MINI-CLINICAL EVALUATION EXERCISE (Mini-CEX) - exported from ePortfolio
https://eportfolio.example-college.ac.uk/assessments/view/88317405?ticket=7f3a91c2

Doctor: Dr Ahmed Elsheikh (GMC 7266013), Specialty Doctor, Renal Medicine
Assessor: Dr Catherine Aldous, Consultant Nephrologist, GMC 4417932
Trust: Royal Devon University Healthcare NHS Foundation Trust - Royal Devon and Exeter Hospital (Wonford)
Date of assessment: 21/02/2024          Setting: Renal outpatients (low clearance clinic)

Clinical problem: CKD stage 4-5 (eGFR 13), decision about renal replacement therapy
Patient: 78-year-old man (initials B.T.), hospital no. 2451178, lives with wife, farmer near Crediton,
diabetic nephropathy, ischaemic heart disease (LVEF 35%), Clinical Frailty Scale 6.
Case complexity: High

Focus: History / Communication / Clinical judgement
Ratings (1-6; 4 = meets expectations for completion of specialty training):
  History taking 5     Physical examination 4     Communication 6     Clinical judgement 5
  Professionalism 6    Organisation/efficiency 5  Overall 5

What went well: Excellent, unhurried shared decision-making conversation comparing haemodialysis with
conservative kidney management. Used the "best case / worst case" framework; checked understanding; Mr T's
wife's questions about transport to Exeter three times a week were handled honestly. Correct medication
review: stopped gliclazide (hypos), reduced bisoprolol, continued Epo (darbepoetin 40 mcg fortnightly, Hb 104 g/L).
Areas for development: Consider documenting the ReSPECT conversation at the same visit.
Agreed action: Refer to kidney supportive care nurse; ReSPECT form at next clinic.

Assessor signature: Dr Catherine Aldous       Trainee signature: A. Elsheikh
""",
    identifiers=[
        ("https://eportfolio.example-college.ac.uk/assessments/view/88317405?ticket=7f3a91c2", "URL"),
        ("4417932", "GMC_NUMBER"),
        ("B.T.", "PATIENT_NAME"),
        ("Mr T", "PATIENT_NAME"),
        ("2451178", "HOSPITAL_NUMBER"),
        ("Crediton", "ADDRESS"),
    ],
    keep=["Dr Ahmed Elsheikh", "GMC 7266013", "A. Elsheikh", "Dr Catherine Aldous",
          "Royal Devon and Exeter Hospital", "21/02/2024", "78-year-old man", "eGFR 13", "LVEF 35%",
          "Clinical Frailty Scale 6", "darbepoetin 40 mcg", "Hb 104 g/L", "Overall 5", "ReSPECT", "gliclazide"],
))

DOCS.append(dict(
    id="s45-035", kind="wpba_cbd", applicant="Dr Ioana Popescu",
    text="""CASE-BASED DISCUSSION (CbD) - psychiatry
Trainee/applicant: Dr Ioana Popescu, Specialty Doctor, Camden and Islington NHS Foundation Trust
Assessor: Dr Femi Adeyinka-Brown, Consultant Psychiatrist, Highgate Mental Health Centre
Date: 14 November 2023

Case: JM, 41-year-old man, RiO 10447129, admitted informally to Coral Ward with a relapse of
schizoaffective disorder; moved from a supported tenancy in Archway after a dispute with another resident.
Discussion centred on my decision to recommend depot antipsychotic (paliperidone palmitate 150 mg day 1,
100 mg day 8, then 100 mg monthly) after his third relapse in two years linked to non-adherence, and
on clozapine as the alternative (two previous adequate trials: olanzapine 20 mg, aripiprazole 30 mg).
We discussed capacity (MCA 2005 two-stage test), his previous metabolic profile (BMI 31, HbA1c 44),
and how I involved his sister, Ms M., who is his main support.

Domains (CbD anchors: 1-3 below, 4 meets, 5-6 above expectations for ST4):
  Clinical assessment 5   Risk assessment and management 4   Medical treatment 5
  Investigation/referral 4   Follow-up and care planning 5   Professionalism 5   Overall 5

Feedback: Thoughtful, well-referenced reasoning (NICE CG178, Maudsley Prescribing Guidelines). Risk
formulation could be more explicit about the risk of exploitation in the tenancy.
Action: Complete structured risk formulation (FIRM) training; present the case at Balint/reflective practice.

Assessor: Dr Femi Adeyinka-Brown        Date signed: 16/11/2023
""",
    identifiers=[
        ("JM", "PATIENT_NAME"),
        ("10447129", "HOSPITAL_NUMBER"),
        ("Ms M.", "RELATIVE_NAME"),
        ("Archway", "ADDRESS"),
    ],
    keep=["Dr Ioana Popescu", "Dr Femi Adeyinka-Brown", "Camden and Islington NHS Foundation Trust",
          "Highgate Mental Health Centre", "Coral Ward", "41-year-old man", "paliperidone palmitate 150 mg",
          "olanzapine 20 mg", "aripiprazole 30 mg", "MCA 2005", "BMI 31", "HbA1c 44", "NICE CG178",
          "Maudsley Prescribing Guidelines", "14 November 2023", "clozapine"],
))

DOCS.append(dict(
    id="s45-036", kind="wpba_dops", applicant="Dr Sudha Karki",
    text="""DIRECT OBSERVATION OF PROCEDURAL SKILLS (A-DOPS) - Royal College of Anaesthetists format
Applicant: Dr Sudha Karki, Specialty Doctor in Anaesthesia, North Bristol NHS Trust (Southmead Hospital)
Assessor: Dr Gareth Pemberton-Ellis, Consultant Anaesthetist (Regional Anaesthesia lead)
Date: 30/01/2024      Location: Brunel Building, Theatre 22 block room

Procedure: Ultrasound-guided interscalene brachial plexus block for arthroscopic rotator cuff repair
Patient: female, 66 years, BMI 29, ASA II, MRN 5512834, theatre list of Mr Osei-Bonsu
Drug: levobupivacaine 0.375% 15 ml; in-plane approach, linear probe, 22G 50 mm insulated needle

Checklist: Consent incl. phrenic nerve palsy (near 100%) and discussion with patient re COPD - Yes
Stop Before You Block performed - Yes.  Monitoring and IV access, 20% lipid emulsion location known - Yes
Sonoanatomy (C5/C6 roots between ASM and MSM) identified and explained - Yes
Needle visualisation maintained throughout - Yes.  Aspiration and incremental injection - Yes
Post-block assessment (sensory/motor, SpO2 96% on air at 20 min) - Yes

Overall: Level 4 - competent to perform the procedure unsupervised and deal with complications.
Comments: Very confident scanning; good ergonomics. Explained to the patient what she would feel in her hand.
Suggested she add the superior trunk block as an alternative for patients with reduced respiratory reserve.

Signed: Dr Gareth Pemberton-Ellis        GMC 3920517
""",
    identifiers=[
        ("5512834", "HOSPITAL_NUMBER"),
        ("Mr Osei-Bonsu", "COLLEAGUE_NAME"),
        ("3920517", "GMC_NUMBER"),
    ],
    keep=["Dr Sudha Karki", "North Bristol NHS Trust", "Southmead Hospital", "Dr Gareth Pemberton-Ellis",
          "30/01/2024", "Theatre 22", "female, 66 years", "ASA II", "levobupivacaine 0.375% 15 ml",
          "22G 50 mm", "Stop Before You Block", "20% lipid emulsion", "SpO2 96%", "Level 4", "C5/C6"],
))

DOCS.append(dict(
    id="s45-037", kind="reflective_entry", applicant="Dr Tharindu Jayasekara",
    text="""Reflective practice - "The daughter who was not told"
Dr Tharindu Jayasekara, Specialty Doctor, Elderly Care, The Queen Elizabeth Hospital King's Lynn
Date of event: Sunday 17 September 2023, West Raynham Ward, bay 3 bed 4
Reviewed with: Dr Philippa Carrow, Consultant Geriatrician (educational supervisor), 02/10/2023

What happened
Mrs Doreen Bastable, 89, admitted with a fractured pubic ramus after a fall at her care home (Sandringham
Lodge, Dersingham), deteriorated on the Sunday with hospital-acquired pneumonia. NEWS2 rose from 3 to 8.
She had a ReSPECT form from her GP recommending ward-based care only and no CPR, and she had told me on
Friday that she "did not want any more tubes". I started IV co-amoxiclav 1.2 g TDS, oxygen and subcutaneous
fluids, and discussed a symptom-focused plan with the nurse in charge. I rang her next of kin listed on the
system, her son Keith, who agreed. What I did not know was that Doreen's daughter, Mrs Janet Lusher, held
Lasting Power of Attorney for health and welfare, registered in 2021. She arrived at 18:00, upset that she
had not been consulted and that "the hospital had given up on Mum".

What I learned
1. An LPA for health and welfare gives the attorney a legal role in best-interests decisions when the patient
lacks capacity (Mental Capacity Act 2005, s.9-11). Doreen had capacity for some decisions in the morning but
not by evening (AMTS 4/10). I should have checked for an LPA, not just the NOK field.
2. I apologised, explained the ReSPECT recommendations and her own expressed wishes, and we agreed a time-
limited trial of antibiotics with review in 48 hours. She improved; she returned to the care home on day 12.
3. Duty of candour did not strictly apply (no harm), but being open early defused a complaint.

What I changed
I raised with the ward manager that the LPA status is a free-text field. The ward now includes "LPA? (seen
the certificate?)" in the admission checklist. I presented the case at the elderly care teaching on 12/10/2023.

Verified by: Dr Philippa Carrow
""",
    identifiers=[
        ("Mrs Doreen Bastable", "PATIENT_NAME"),
        ("Doreen", "PATIENT_NAME"),
        ("Sandringham\nLodge, Dersingham", "ADDRESS"),
        ("Keith", "RELATIVE_NAME"),
        ("Mrs Janet Lusher", "RELATIVE_NAME"),
    ],
    keep=["Dr Tharindu Jayasekara", "Dr Philippa Carrow", "The Queen Elizabeth Hospital King's Lynn",
          "West Raynham Ward, bay 3 bed 4", "17 September 2023", "89", "NEWS2 rose from 3 to 8",
          "co-amoxiclav 1.2 g TDS", "Mental Capacity Act 2005", "AMTS 4/10", "ReSPECT", "12/10/2023"],
))

DOCS.append(dict(
    id="s45-038", kind="audit_report", applicant="Dr Nour El-Din Hassan",
    text="""CLINICAL AUDIT: Time to surgery for hip fracture against NICE CG124 and the NHFD Key Performance Indicators
Lancashire Teaching Hospitals NHS Foundation Trust - Royal Preston Hospital, Trauma & Orthopaedics
Lead: Dr Nour El-Din Hassan (Specialty Doctor)   Supervisor: Mr Andrew Fairclough, Consultant Orthopaedic Surgeon
Audit registration no. (Clinical Audit Dept): CA-TO-2023-117

Standard: Surgery on the day of, or the day after, admission (KPI 2, target 100%; national mean ~ 60%).
Cycle 1: 1 Jan - 31 Mar 2023, n = 142. Cycle 2 (after intervention): 1 Jul - 30 Sep 2023, n = 151.

Results            | Cycle 1       | Cycle 2
Surgery <36 h      | 79/142 (56%)  | 107/151 (71%)
Median time (h)    | 34.5          | 27.0
Delays for theatre | 38            | 19
Delays for DOAC    | 11            | 6   (local DOAC guideline adopted: proceed at 24-48 h per agent/eGFR)
30-day mortality   | 7.0%          | 5.3%  (not adjusted; small numbers)

Interventions: second trauma list at weekends (Saturday afternoon), "hip fracture first" rule on the
morning list, anaesthetic DOAC guideline. Presented at the Directorate audit meeting 14/11/2023.
Full dataset and slides: https://lthtr.sharepoint.example.net/sites/TraumaOrtho/Audit/HipFracture-KPI2-2023

Appendix B - cases delayed > 48 h in cycle 2 (for case-note review; to be anonymised before upload)
MRN         | Age/Sex | Reason
RPH0417722  | 91/F    | Apixaban, eGFR 24 - waited 52 h
RPH0388104  | 84/M    | Awaiting echo (murmur; AS found, Vmax 3.8 m/s)
RPH0420561  | 77/F    | Theatre capacity (major trauma case)
RPH0419937  | 88/F    | Hb 71 g/L - transfused 2 units

Verified: Mr Andrew Fairclough
""",
    identifiers=[
        ("CA-TO-2023-117", "REFERENCE_NUMBER"),
        ("https://lthtr.sharepoint.example.net/sites/TraumaOrtho/Audit/HipFracture-KPI2-2023", "URL"),
        ("RPH0417722", "HOSPITAL_NUMBER"),
        ("RPH0388104", "HOSPITAL_NUMBER"),
        ("RPH0420561", "HOSPITAL_NUMBER"),
        ("RPH0419937", "HOSPITAL_NUMBER"),
    ],
    keep=["Dr Nour El-Din Hassan", "Mr Andrew Fairclough", "Royal Preston Hospital", "NICE CG124", "NHFD",
          "79/142 (56%)", "107/151 (71%)", "30-day mortality", "91/F", "eGFR 24", "Vmax 3.8 m/s", "Hb 71 g/L",
          "14/11/2023", "KPI 2"],
))

DOCS.append(dict(
    id="s45-039", kind="mdt_outcomes", applicant="Dr Mehmet Yıldız",
    text="""East and North Hertfordshire NHS Trust - Lister Hospital
UROLOGY CANCER MDT - OUTCOMES - Thursday 18 January 2024
Chair: Mr Rajiv Anand Malhotra (Consultant Urologist)
Present: Dr M. Yıldız (presenting, Specialty Doctor), Dr Lucy Carmody (radiology), Dr Ifeoma Chukwu
(pathology), Dr Simon Hedley (oncology), Sr Bernadette Foley (CNS), MDT coordinator Kerry Walsh

1. PEARSON, Graham John  M  DOB 11/11/1952  NHS 943 117 2280  Hosp N448120
   MRI prostate PI-RADS 5 left PZ, PSA 14.2, density 0.31. Transperineal biopsy: Gleason 4+4 (GG4), 9/14 cores.
   PSMA PET: no nodal or bone disease.
   Outcome: High-risk localised. Offer radical prostatectomy vs EBRT + ADT (2-3 yrs). See oncology and
   surgeon together (joint clinic). CNS to call patient - note daughter Claire is main contact (07700 900163).

2. BHATT, Kishorbhai  M  DOB 02/03/1946  NHS 481 552 3097  Hosp N451933
   Haematuria clinic: 4.1 cm left renal mass, enhancing, no IVC thrombus, CT chest clear. eGFR 41.
   Outcome: For partial nephrectomy discussion vs active surveillance/ablation given CKD and age;
   renal biopsy first. Gujarati interpreter needed.

3. O'DONNELL, Siobhan  F  DOB 29/07/1968  NHS 702 998 4418  Hosp N447605
   TURBT: pT1 high-grade urothelial carcinoma with CIS, muscle present.
   Outcome: Re-TURBT within 6 weeks then BCG induction + maintenance (NICE NG2). Discuss early cystectomy.

Verified by MDT chair: Mr Rajiv Anand Malhotra
""",
    identifiers=[
        ("Dr Lucy Carmody", "COLLEAGUE_NAME"),
        ("Dr Ifeoma Chukwu", "COLLEAGUE_NAME"),
        ("Dr Simon Hedley", "COLLEAGUE_NAME"),
        ("Sr Bernadette Foley", "COLLEAGUE_NAME"),
        ("Kerry Walsh", "COLLEAGUE_NAME"),
        ("PEARSON, Graham John", "PATIENT_NAME"),
        ("943 117 2280", "NHS_NUMBER"),
        ("N448120", "HOSPITAL_NUMBER"),
        ("Claire", "RELATIVE_NAME"),
        ("07700 900163", "PHONE"),
        ("BHATT, Kishorbhai", "PATIENT_NAME"),
        ("481 552 3097", "NHS_NUMBER"),
        ("N451933", "HOSPITAL_NUMBER"),
        ("O'DONNELL, Siobhan", "PATIENT_NAME"),
        ("702 998 4418", "NHS_NUMBER"),
        ("N447605", "HOSPITAL_NUMBER"),
    ],
    keep=["Lister Hospital", "Mr Rajiv Anand Malhotra", "Dr M. Yıldız", "18 January 2024", "DOB 11/11/1952",
          "DOB 02/03/1946", "DOB 29/07/1968", "PI-RADS 5", "PSA 14.2", "Gleason 4+4 (GG4)", "PSMA PET",
          "4.1 cm", "eGFR 41", "pT1 high-grade urothelial carcinoma", "NICE NG2", "BCG"],
))

DOCS.append(dict(
    id="s45-040", kind="handover_note", applicant="Dr Mohammed Al-Rawi",
    text="""SRH ED night -> day handover 06/02/2024 08:00  (written by M. Al-Rawi, SD, EM)

Resus
R1 - Mr Thompson 74M, NSTEMI, trop 1840 -> 3120, on fondaparinux 2.5 mg, CCU bed requested (ref CCU-0602-03) 
R3 - Baby O (Oliver Reay, 7 wk), bronchiolitis, HHFNC 2 L/kg/min, PICU retrieval (NECTAR) called 06:40

Majors
M4 - Wilkinson, Brenda 58F, DKA, pH 7.12 -> 7.26, FRIII 6 u/h, K 4.1, needs med reg review re HDU
M7 - "Tiny" Ramsbottom 39M, known IVDU, R groin abscess, I&D in ED done, Hep C status unknown, self-
     discharge risk; MH nurse aware. Girlfriend Kayleigh on his phone 07700 900641.
M9 - 86F, NOF (R), fascia iliaca block 02:15 (levobupivacaine 0.25% 30 ml), ortho aware, bed on ward D42

Outstanding: CT head for M2 (GCS 15 now, on apixaban, NICE NG232 head injury) - reported? Chase.
Staffing: 1 reg gap 10:00-18:00 (Dr Kowalczyk off sick) - rota coordinator informed.

Handed to: Dr Ruth Alderson (EM consultant, day lead) - countersigned as evidence of handover leadership.
""",
    identifiers=[
        ("Mr Thompson", "PATIENT_NAME"),
        ("CCU-0602-03", "OTHER_ID"),
        ("Oliver Reay", "PATIENT_NAME"),
        ("Baby O", "PATIENT_NAME"),
        ("Wilkinson, Brenda", "PATIENT_NAME"),
        ("\"Tiny\" Ramsbottom", "PATIENT_NAME"),
        ("Kayleigh", "RELATIVE_NAME"),
        ("07700 900641", "PHONE"),
        ("Dr Kowalczyk", "COLLEAGUE_NAME"),
    ],
    keep=["M. Al-Rawi", "Dr Ruth Alderson", "06/02/2024", "74M", "trop 1840 -> 3120", "fondaparinux 2.5 mg",
          "7 wk", "HHFNC 2 L/kg/min", "58F", "pH 7.12 -> 7.26", "FRIII 6 u/h", "39M", "86F",
          "levobupivacaine 0.25% 30 ml", "NICE NG232", "ward D42", "NECTAR"],
))

DOCS.append(dict(
    id="s45-041", kind="email", applicant="Dr Chiamaka Obi",
    text="""From: Obi Chiamaka (UHL) <chiamaka.obi@uhl-tr.nhs.uk>
To: Patel Meera (UHL) <meera.patel4@uhl-tr.nhs.uk>; Fetal Medicine Unit <fmu.lri@uhl-tr.nhs.uk>
Cc: Hollingworth Anne (Consultant O&G) <anne.hollingworth@uhl-tr.nhs.uk>
Sent: 22 May 2024 17:46
Subject: Handover - triage review, reduced FM, 34+1 - please see tomorrow

Hi Meera,

Handing over a lady from triage this afternoon for FMU tomorrow am:

Shabnam Mirza, 29, G2P1, DOB 15/09/1994, S number S1488302 (NHS 487 220 6613).
34+1 by dating scan, 2nd episode of reduced fetal movements this week. CTG today normal (Dawes-Redman
criteria met at 16 min, STV 8.9 ms). Growth scan: EFW 1840 g (<3rd centile on GROW chart), AC crossed
centiles, UA PI 1.21 (>95th), MCA PI 1.32, CPR 1.09, liquor DVP 2.1 cm.
Previous baby born at 37 weeks at Kettering, 2.2 kg. Smoker 10/day, BMI 19.

Plan agreed with Miss Hollingworth: admit to Ward 31 overnight, steroids given (betamethasone 12 mg IM
at 16:20, 2nd dose due 16:20 tomorrow), daily CTG, repeat Dopplers tomorrow in FMU, consider delivery
at 34-36 weeks per RCOG Green-top Guideline 31 depending on Dopplers. MgSO4 not indicated (>32 weeks).
Her husband Imran is on nights as a taxi driver; she would like him called on 07700 900254 when there is
a plan. She speaks good English but her mother-in-law does not.

Thanks,
Chiamaka

Dr Chiamaka Obi | Specialty Doctor, Obstetrics & Gynaecology | Leicester Royal Infirmary
Bleep 4417 | ext 6621

[Uploaded as evidence of handover and antenatal management. Verified: Miss Anne Hollingworth, Consultant
Obstetrician and Gynaecologist.]
""",
    identifiers=[
        ("chiamaka.obi@uhl-tr.nhs.uk", "EMAIL"),
        ("Patel Meera", "COLLEAGUE_NAME"),
        ("Meera", "COLLEAGUE_NAME"),
        ("meera.patel4@uhl-tr.nhs.uk", "EMAIL"),
        ("fmu.lri@uhl-tr.nhs.uk", "EMAIL"),
        ("anne.hollingworth@uhl-tr.nhs.uk", "EMAIL"),
        ("Shabnam Mirza", "PATIENT_NAME"),
        ("S1488302", "HOSPITAL_NUMBER"),
        ("487 220 6613", "NHS_NUMBER"),
        ("Imran", "RELATIVE_NAME"),
        ("07700 900254", "PHONE"),
        ("4417", "PHONE"),
        ("ext 6621", "PHONE"),
    ],
    keep=["Dr Chiamaka Obi", "Obi Chiamaka", "Chiamaka", "Hollingworth Anne", "Miss Hollingworth", "Miss Anne Hollingworth",
          "Leicester Royal Infirmary", "DOB 15/09/1994", "G2P1", "34+1", "Dawes-Redman", "STV 8.9 ms",
          "EFW 1840 g", "UA PI 1.21", "CPR 1.09", "betamethasone 12 mg IM", "RCOG Green-top Guideline 31",
          "Ward 31", "22 May 2024"],
))

DOCS.append(dict(
    id="s45-042", kind="rota_extract", applicant="Dr Sudha Karki",
    text="""North Bristol NHS Trust - Department of Anaesthesia - Middle-grade (non-resident consultant cover) rota
Extract, weeks commencing 04/03/2024 and 11/03/2024 - prepared and managed by Dr Sudha Karki (rota lead,
Specialty Doctors group, since Sept 2023)

Date      | Day | Obstetric 1st on    | Theatres/ICU 2nd on  | Night (20:00-08:30)   | Notes
04/03/24  | Mon | S. Karki            | H. Lindqvist         | T. Nwachukwu          |
05/03/24  | Tue | R. Dasgupta         | S. Karki             | T. Nwachukwu          |
06/03/24  | Wed | E. Fairbairn        | R. Dasgupta          | S. Karki              | Regional teaching (09:00)
07/03/24  | Thu | H. Lindqvist        | M. Ashworth-Kaur     | S. Karki              |
08/03/24  | Fri | LOCUM (agency)      | E. Fairbairn         | S. Karki              | gap filled 27/02
09/03/24  | Sat | T. Nwachukwu        | --                   | R. Dasgupta           | weekend - 1 middle grade
10/03/24  | Sun | T. Nwachukwu        | --                   | R. Dasgupta           |
11/03/24  | Mon | zero day (S. Karki) | M. Ashworth-Kaur     | H. Lindqvist          | EWTD rest after nights

Rota compliance: 1 in 8 full shift, average 46.5 h/week, max 72 h in 7 days, 11 h rest between shifts -
compliant with the 2021 SAS contract (England) terms; exception reports in period: 0.
Gaps filled internally 6/7 in February (86%).

Verified: Dr Helena Marchetti-Ross, Clinical Director for Anaesthesia
""",
    identifiers=[
        ("H. Lindqvist", "COLLEAGUE_NAME"),
        ("T. Nwachukwu", "COLLEAGUE_NAME"),
        ("R. Dasgupta", "COLLEAGUE_NAME"),
        ("E. Fairbairn", "COLLEAGUE_NAME"),
        ("M. Ashworth-Kaur", "COLLEAGUE_NAME"),
    ],
    keep=["North Bristol NHS Trust", "Dr Sudha Karki", "S. Karki", "Dr Helena Marchetti-Ross", "04/03/2024",
          "1 in 8", "46.5 h/week", "2021 SAS contract", "6/7 in February (86%)"],
))

DOCS.append(dict(
    id="s45-043", kind="complaint_response", applicant="Dr Kwame Asante",
    text="""Betsi Cadwaladr University Health Board - Concerns Team (Putting Things Right)
Our ref: BCU-CON-24-03318      Your letter dated: 2 February 2024

Mr Alun Roberts
7 Maes y Dref, Abergele, Conwy LL22 7HW
(by email: alun.roberts.abergele@examplemail.co.uk)

Dear Mr Roberts,

Re: your mother, Mrs Megan Roberts, DOB 03/05/1936, Hospital no. G1877430 - care on the Acute Medical Unit,
Ysbyty Glan Clwyd, 20-22 January 2024

Thank you for raising your concerns. I am sorry that you and your sister, Mrs Nia Hughes, had to wait for
information while your mother was unwell. The following response has been prepared with Dr Kwame Asante
(Specialty Doctor, Acute Medicine), who was the doctor responsible for her care on the evening of 20 January,
Dr Rhodri Vaughan (Medical Registrar that night) and Staff Nurse Teleri Morgan (NMC PIN 17I0482W).

1. Delay in antibiotics. Your mother's sepsis screen was triggered at 19:10 (NEWS2 7). Her first dose of
piperacillin-tazobactam 4.5 g IV was given at 21:05, outside the 1-hour target. Dr Asante was managing a
cardiac arrest in Bay 2 at the time, and the escalation to Dr Vaughan was not made. We accept that this fell
below the standard we expect.
2. Communication. Dr Asante telephoned you at 23:40 with an update; you felt this was the first contact.
The contact number on the system was your late father's landline. This has been corrected.
3. Learning. Dr Asante has reflected on this and presented the case at the AMU governance meeting; the unit
has introduced a "sepsis buddy" so that a second clinician is allocated when the first is in resuscitation.

If you are unhappy with this response you may contact the Public Services Ombudsman for Wales.

Yours sincerely,
Ms Carys Lloyd-Evans, Concerns Manager

[Uploaded by Dr Kwame Asante as complaint/learning evidence. Verified: Dr Sian Llewelyn-Jones, Consultant
Acute Physician and clinical supervisor.]
""",
    identifiers=[
        ("BCU-CON-24-03318", "REFERENCE_NUMBER"),
        ("Mr Alun Roberts", "RELATIVE_NAME"),
        ("Mr Roberts", "RELATIVE_NAME"),
        ("7 Maes y Dref, Abergele, Conwy", "ADDRESS"),
        ("LL22 7HW", "POSTCODE"),
        ("alun.roberts.abergele@examplemail.co.uk", "EMAIL"),
        ("Mrs Megan Roberts", "PATIENT_NAME"),
        ("G1877430", "HOSPITAL_NUMBER"),
        ("Mrs Nia Hughes", "RELATIVE_NAME"),
        ("Dr Rhodri Vaughan", "COLLEAGUE_NAME"),
        ("Dr Vaughan", "COLLEAGUE_NAME"),
        ("Staff Nurse Teleri Morgan", "COLLEAGUE_NAME"),
        ("17I0482W", "GMC_NUMBER"),
        ("Ms Carys Lloyd-Evans", "COLLEAGUE_NAME"),
    ],
    keep=["Dr Kwame Asante", "Dr Asante", "Dr Sian Llewelyn-Jones", "Ysbyty Glan Clwyd", "DOB 03/05/1936",
          "NEWS2 7", "piperacillin-tazobactam 4.5 g IV", "19:10", "21:05", "Bay 2", "Public Services Ombudsman for Wales",
          "2 February 2024", "Putting Things Right"],
))

DOCS.append(dict(
    id="s45-044", kind="incident_report", applicant="Dr Tharindu Jayasekara",
    text="""DATIX INCIDENT REPORT (exported) - The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust
Incident ref: W214773       LFPSE ref: LFPSE-2023-0094417
Date/time of incident: 03/12/2023 02:50      Location: Elm Ward, side room 6
Reported by: Dr Tharindu Jayasekara, Specialty Doctor (Elderly Care)
Category: Slips, trips and falls - fall with harm (moderate)

Patient: Mr Stanley Herbert Goodchild, DOB 21/06/1937, MRN QE0371162, NHS 612 448 9907

Description: Patient found on the floor by HCA Precious Moyo at 02:50, unwitnessed fall while trying to reach
the toilet. Known dementia (Alzheimer's), on enhanced observation (cohort bay) earlier in the shift but moved
to side room 6 at 23:30 because of norovirus precautions. Bed rails not used (assessment: risk of entrapment).
Falls sensor mat not in place. I attended at 03:05: GCS 14 (baseline), 4 cm laceration to left eyebrow,
shortened externally rotated left leg. On apixaban 2.5 mg BD. CT head (NICE NG232, anticoagulated) -
no intracranial bleed. X-ray: left intracapsular neck of femur fracture (Garden IV).
Immediate actions: analgesia (paracetamol 1 g IV, fascia iliaca block by ortho SHO Dr Bilal Chaudhry, GMC 7420018),
ortho referral, family informed at 04:10 (daughter, Mrs Pauline Tingey, 07700 900519).
Duty of candour: verbal 03/12/2023 by Dr Jayasekara; written letter sent 08/12/2023.

Contributory factors (from the falls review panel, chair Sr Jacqueline Amos): staffing (1 RN for 10 patients
after sickness), infection control move without falls re-assessment, sensor mat unavailable.
Learning: falls risk re-assessment mandatory on every bed move; 12 extra sensor mats purchased.

Verified for portfolio: Dr Philippa Carrow, Consultant Geriatrician
""",
    identifiers=[
        ("W214773", "REFERENCE_NUMBER"),
        ("LFPSE-2023-0094417", "REFERENCE_NUMBER"),
        ("Mr Stanley Herbert Goodchild", "PATIENT_NAME"),
        ("QE0371162", "HOSPITAL_NUMBER"),
        ("612 448 9907", "NHS_NUMBER"),
        ("HCA Precious Moyo", "COLLEAGUE_NAME"),
        ("Dr Bilal Chaudhry", "COLLEAGUE_NAME"),
        ("7420018", "GMC_NUMBER"),
        ("Mrs Pauline Tingey", "RELATIVE_NAME"),
        ("07700 900519", "PHONE"),
        ("Sr Jacqueline Amos", "COLLEAGUE_NAME"),
    ],
    keep=["Dr Tharindu Jayasekara", "Dr Jayasekara", "Dr Philippa Carrow", "DOB 21/06/1937", "Elm Ward, side room 6",
          "03/12/2023", "GCS 14", "apixaban 2.5 mg BD", "NICE NG232", "Garden IV", "paracetamol 1 g IV",
          "Alzheimer's", "4 cm", "1 RN for 10 patients"],
))

DOCS.append(dict(
    id="s45-045", kind="coroner_statement", applicant="Dr Mohammed Al-Rawi",
    text="""STATEMENT FOR HM SENIOR CORONER, SUNDERLAND
Coroner's ref: SUN/2023/0641
Deceased: Mr Liam Paul Crozier, DOB 09/10/1989, date of death 14/08/2023
CAD (North East Ambulance Service): NEAS-230814-00213     Police ref: NP-14082023-0377

Statement of: Dr Mohammed Al-Rawi, MB ChB, FIBMS (Emergency Medicine), MRCEM, Specialty Doctor in
Emergency Medicine, South Tyneside and Sunderland NHS Foundation Trust (Sunderland Royal Hospital),
GMC number 7312009.

1. I make this statement from my memory and the ED records (ED attendance no. SRH-ED-23-551902).
2. At 01:34 on 14 August 2023 I received a pre-alert from paramedic Gary Stephenson for a 33-year-old man
found unresponsive at a flat in Hendon, Sunderland, with a suspected opioid overdose; he had been given
naloxone 800 mcg IM by the crew with no response, and was in cardiac arrest on arrival (PEA).
3. We followed the Resuscitation Council UK ALS algorithm. He received 5 mg adrenaline in total, IV naloxone
2 mg, and was intubated by Dr Sarah Whitfield (ED registrar). ROSC was not achieved. Point-of-care
ultrasound showed no cardiac activity at 02:11. After discussion with the team and with Dr Conor Farrell
(ICU registrar) resuscitation was stopped and I confirmed death at 02:14.
4. His partner, Miss Jade Atkinson, and his mother, Mrs Lorraine Crozier, arrived at 02:40. I told them of
his death in the relatives' room with Staff Nurse Amy Dunn present.
5. I believe the facts stated in this statement are true.

Signed: Dr Mohammed Al-Rawi         Date: 02/10/2023
(Uploaded as governance evidence; statement reviewed before submission by Dr Ruth Alderson, Consultant
in Emergency Medicine and educational supervisor.)
""",
    identifiers=[
        ("SUN/2023/0641", "REFERENCE_NUMBER"),
        ("Mr Liam Paul Crozier", "PATIENT_NAME"),
        ("NEAS-230814-00213", "REFERENCE_NUMBER"),
        ("NP-14082023-0377", "REFERENCE_NUMBER"),
        ("SRH-ED-23-551902", "HOSPITAL_NUMBER"),
        ("Gary Stephenson", "COLLEAGUE_NAME"),
        ("Hendon, Sunderland", "ADDRESS"),
        ("Dr Sarah Whitfield", "COLLEAGUE_NAME"),
        ("Dr Conor Farrell", "COLLEAGUE_NAME"),
        ("Miss Jade Atkinson", "RELATIVE_NAME"),
        ("Mrs Lorraine Crozier", "RELATIVE_NAME"),
        ("Staff Nurse Amy Dunn", "COLLEAGUE_NAME"),
    ],
    keep=["Dr Mohammed Al-Rawi", "GMC number 7312009", "Sunderland Royal Hospital", "DOB 09/10/1989",
          "14/08/2023", "33-year-old man", "naloxone 800 mcg IM", "5 mg adrenaline", "Resuscitation Council UK",
          "02:14", "Dr Ruth Alderson", "PEA", "HM SENIOR CORONER, SUNDERLAND"],
))
