from common import *

DOCS = [
D("tribunal_report", B, """
RESPONSIBLE CLINICIAN'S REPORT TO THE FIRST-TIER TRIBUNAL (MENTAL HEALTH)
Tribunal reference: MP/2024/03318          Hearing date: 28 February 2024
Patient: Mr Callum Joseph Ferriday       DOB: 11/07/1996 (male)
Detained under: section 3 Mental Health Act 1983, renewed 19/01/2024
Ward: Larch Ward (male acute), Hollybank Unit, Eastmoor and Calder Partnership NHS Foundation Trust
RiO number: 4420917

Author: Dr Priyanka Venkataraman, Specialty Doctor (Responsible Clinician), GMC 7290455

1. Mr Ferriday is a 27-year-old man with paranoid schizophrenia (ICD-10 F20.0) first diagnosed in 2017. This is his
fourth admission. He was admitted after his mother, Mrs Denise Ferriday (nearest relative under section 26), reported
that he had barricaded himself in his flat at 6 Quarry View, Thornleigh, TL4 8BD, believing neighbours were
poisoning his water.
2. Treatment: clozapine titrated to 350 mg daily (level 0.42 mg/L on 05/02/2024), after failure of olanzapine 20 mg
and aripiprazole 15 mg. Neutrophils 3.9 x10^9/L (green). HoNOS total 19 on admission, 11 now.
3. Risk: there were two assaults on staff in December 2023 (Datix W118204 and W118377). The AMHP who made the
application, Mr Gareth Ilunga, is content to be contacted: 01632 960244.
4. Recommendation: the criteria for detention under section 3 continue to be met; a section 17 leave plan to
Thornleigh with his sister Kerry is in place.
Signed: Dr Priyanka Venkataraman   20/02/2024
Countersigned (Clinical Director): Dr Martin Oyelaran-Hughes
""", [("MP/2024/03318", REF), ("Callum Joseph Ferriday", PN), ("Ferriday", PN), ("4420917", HN),
      ("Denise Ferriday", RN), ("6 Quarry View, Thornleigh", AD), ("Thornleigh", AD), ("TL4 8BD", PC),
      ("W118204", REF), ("W118377", REF), ("Gareth Ilunga", CN), ("01632 960244", PH), ("Kerry", RN)],
  ["Dr Priyanka Venkataraman", "7290455", "DOB: 11/07/1996", "section 3 Mental Health Act 1983", "19/01/2024",
   "Larch Ward", "Hollybank Unit", "Eastmoor and Calder Partnership NHS Foundation Trust", "27-year-old",
   "ICD-10 F20.0", "section 26", "clozapine titrated to 350 mg daily", "0.42 mg/L", "olanzapine 20 mg",
   "aripiprazole 15 mg", "3.9 x10^9/L", "HoNOS total 19", "section 17", "28 February 2024", "20/02/2024",
   "Dr Martin Oyelaran-Hughes"]),

D("outpatient_clinic_letter", B, """
Eastmoor and Calder Partnership NHS Foundation Trust
Thornleigh Community Mental Health Team

Your ref: PD/ak          Our ref: CMHT-TH/0912/PV
RiO: 3378120     NHS: 9023318476
Clinic date: 17 October 2023           Typed: 19 October 2023

Dr Paula Dimitriou
Beckside Surgery

Dear Dr Dimitriou,

Re: Ms Anjali Kaur Sandhu, DOB 30/04/1989

Diagnosis: 1. Recurrent depressive disorder, current episode moderate (F33.1)  2. Generalised anxiety disorder (F41.1)

I saw Ms Sandhu with her partner, Jas, in the Thornleigh CMHT clinic. PHQ-9 is 16 (from 22 in July) and GAD-7 is 12.
She tolerates sertraline 150 mg daily; I have added mirtazapine 15 mg at night for sleep and appetite. Weight 58 kg,
BMI 21.3. No thoughts of self-harm; the crisis line number was given. She returns to work as a pharmacy technician
on a phased basis, and I have written to occupational health at her request.

Plan: review in 8 weeks by me; care coordinator Ms Tendai Mukwevho (CPN) to see her fortnightly.

Yours sincerely,
Dr Priyanka Venkataraman MBBS MD(Psych) MRCPsych, Specialty Doctor in General Adult Psychiatry
cc: Ms Anjali Sandhu, 41 Weavers Court, Thornleigh TL2 6HS
""", [("PD/ak", REF), ("CMHT-TH/0912/PV", REF), ("3378120", HN), ("9023318476", NHS), ("Paula Dimitriou", CN),
      ("Dimitriou", CN), ("Anjali Kaur Sandhu", PN), ("Sandhu", PN), ("Anjali Sandhu", PN), ("Jas", RN),
      ("Tendai Mukwevho", CN), ("41 Weavers Court, Thornleigh", AD), ("TL2 6HS", PC)],
  ["Eastmoor and Calder Partnership NHS Foundation Trust", "Thornleigh Community Mental Health Team",
   "17 October 2023", "DOB 30/04/1989", "F33.1", "F41.1", "PHQ-9 is 16", "GAD-7 is 12", "sertraline 150 mg daily",
   "mirtazapine 15 mg", "58 kg", "BMI 21.3", "8 weeks", "Dr Priyanka Venkataraman", "MRCPsych"]),

D("wpba_ace_export", B, """
Assessment of Clinical Expertise (ACE) - export from Royal College of Psychiatrists Portfolio Online
Doctor assessed: Dr Priyanka Venkataraman (PV)    GMC 7290455    Post: Specialty Doctor, Larch Ward
Assessor: Dr Martin Oyelaran-Hughes, Consultant Psychiatrist and Clinical Director    GMC: 4921067
Date: 13/03/2023            Setting: Inpatient, new admission clerking

Case: 44-year-old woman (initials R.McG.) admitted informally with a manic episode with psychotic features,
YMRS 31. Lithium level on admission 0.2 mmol/L (non-adherent); eGFR 88, TSH 2.1 mU/L, calcium 2.38 mmol/L.

Domains (1-6, 4 = meets standard for completion of core training)
History taking 5   Mental state examination 5   Risk assessment 4   Case formulation 5
Management plan 5  Communication with patient and her husband (Mr McG.) 6   Overall 5

Strengths: calm, skilful de-escalation when the patient became irritable; used a capacity assessment (Mental
Capacity Act 2005, two-stage test) before discussing lithium restart at 400 mg nocte.
Development: document the discussion with the husband about section 5(2) if informal status fails.
Signed: Dr Martin Oyelaran-Hughes
""", [("4921067", GMC), ("R.McG.", PN), ("Mr McG.", RN)],
  ["Dr Priyanka Venkataraman", "PV", "7290455", "Larch Ward", "Dr Martin Oyelaran-Hughes", "13/03/2023",
   "44-year-old", "YMRS 31", "0.2 mmol/L", "eGFR 88", "TSH 2.1 mU/L", "calcium 2.38 mmol/L", "Mental\nCapacity Act 2005",
   "400 mg nocte", "section 5(2)", "Royal College of Psychiatrists"]),

D("caseload_list", B, """
LARCH WARD - weekly MDT / caseload list (PV copy) - Tue 05/03/2024
Bed | Initials | RiO   | Status        | Issue this week                         | Plan
1   | CF       | 4420917 | S3          | clozapine 350 mg, level 0.42            | tribunal 28/2 done, s17 leave
2   | DW       | 4501186 | S2 (day 19) | catatonia, lorazepam 2 mg QDS          | ECT consent - SOAD booked
4   | KOB      | 4399032 | informal    | EUPD, self-harm x2 on ward             | DBT referral, 1:1 obs stepped down
5   | 4487711  | S37/41  | MoJ leave request, HCR-20 update                             | letter to MoJ by 12/3
7   | TA       | 4510264 | S3          | NG-fed? no - refusing fluids 24h      | physical health review, U&E today
(row 5 patient initials omitted on print)
Discharge planning: Bed 4 - housing officer meeting Thurs; Bed 1 - family meeting with mum (Denise) Fri 2 pm.
Consultant: Dr M Oyelaran-Hughes. Ward manager: Nathaniel Obi-Frost. Junior: Dr Sophie Larkspur (CT2).
""", [("CF", PN), ("4420917", HN), ("DW", PN), ("4501186", HN), ("KOB", PN), ("4399032", HN), ("4487711", HN),
      ("TA", PN), ("4510264", HN), ("Denise", RN), ("Nathaniel Obi-Frost", CN), ("Sophie Larkspur", CN)],
  ["LARCH WARD", "PV", "05/03/2024", "clozapine 350 mg", "lorazepam 2 mg QDS", "ECT", "SOAD", "EUPD", "DBT",
   "S37/41", "HCR-20", "Bed 4", "Bed 1", "Dr M Oyelaran-Hughes", "S2 (day 19)"]),

D("teaching_feedback", B, """
Teaching feedback summary - MRCPsych Paper B revision course, session 4: "Psychopharmacology - clozapine in practice"
Presenter: Dr Priyanka Venkataraman, Specialty Doctor, Eastmoor and Calder Partnership NHS Foundation Trust
Date: 22 November 2023, 14:00-16:00, Education Centre, Hollybank Unit
Attendees: 17 (CT1-CT3 and two IMGs in the MTI scheme); feedback forms returned 15

Content covered: monitoring under CPMS (ZTAS), plasma levels (target 0.35-0.5 mg/L), smoking and CYP1A2 (levels can
rise by 50% on stopping), constipation and ileus, myocarditis in the first 8 weeks (troponin and CRP weekly), and
re-titration from 12.5 mg after more than 48 hours missed.

Ratings (1-5): relevance 4.9, clarity 4.7, use of cases 4.8, pace 4.1, overall 4.8
Comments: "Best session on the course", "Would like the slides earlier", "a bit fast on the ECG part".
Action: slides to be circulated 48 hours before; QTc worked examples added for 2024.
Verified by: Dr Eleanor Whitcombe, Director of Medical Education, 01/12/2023
""", [],
  ["Dr Priyanka Venkataraman", "Eastmoor and Calder Partnership NHS Foundation Trust", "22 November 2023",
   "Hollybank Unit", "MRCPsych Paper B", "CPMS", "0.35-0.5 mg/L", "CYP1A2", "50%", "8 weeks", "12.5 mg",
   "48 hours", "4.9", "4.8", "QTc", "Dr Eleanor Whitcombe", "01/12/2023", "17"]),

D("overseas_opd_record", B, """
St Martha's Institute of Mental Health and Neurosciences, Bengaluru - Department of Psychiatry
Out-patient record (translated extract prepared for portfolio; original in English and Kannada)
UHID: SMI-2019-0448312          OPD No: 19/PSY/22917        Date: 14 May 2019
Name: Smt. Lakshmi Devi Ramaswamy      Age/Sex: 34 / F
Address: No. 27, 4th Cross, Malleshwaram, Bengaluru 560003
Aadhaar (for PMJAY): 4419 2837 6650
Informant: husband, Mr Suresh Ramaswamy

Complaints: low mood, poor sleep and "feeling nothing for the baby" since delivery 6 weeks ago. EPDS 21.
MSE: psychomotor retardation, no psychotic features, passive death wishes, no plans.
Diagnosis: postpartum depression, severe without psychotic symptoms (ICD-10 F53.0)
Plan: sertraline 50 mg OD (compatible with breastfeeding), review in 2 weeks, mother-baby unit referral if worse.
Resident: Dr Priyanka Venkataraman (DPM, MD)   Unit chief: Prof. K. S. Narasimhamurthy
""", [("SMI-2019-0448312", HN), ("19/PSY/22917", HN), ("Lakshmi Devi Ramaswamy", PN),
      ("No. 27, 4th Cross, Malleshwaram, Bengaluru", AD), ("560003", AD), ("4419 2837 6650", OID),
      ("Suresh Ramaswamy", RN)],
  ["St Martha's Institute of Mental Health and Neurosciences, Bengaluru", "14 May 2019", "34 / F", "EPDS 21",
   "ICD-10 F53.0", "sertraline 50 mg OD", "Dr Priyanka Venkataraman", "Prof. K. S. Narasimhamurthy", "6 weeks"]),

D("safeguarding_adult_referral", B, """
ADULT SAFEGUARDING CONCERN - Thornleigh Borough Council Adult Social Care (Care Act 2014, section 42)
Safeguarding referral no: ASC-SG-24-01772      Police crime reference: 14/88213/24 (West Calder Police)
Date/time raised: 08/01/2024 16:40

Adult at risk: Mr Leonard "Lenny" Achterberg, DOB 02/03/1961, male
Address: Flat 12, Coldwell House, Station Road, Thornleigh TL1 3EE      Tel: 01632 960918
Consent: patient has capacity (Mental Capacity Act 2005) and consents to the referral.

Concern: Lenny disclosed at his depot clinic (paliperidone palmitate 100 mg monthly) that a man he knows as "Rizzo"
has been living in his flat for 3 weeks, taking his PIP money (about £110 per week) and his bank card. Possible
cuckooing. Lenny's brother Alan (07700 900266) has also raised concerns with the CMHT duty worker.

Referrer: Dr Priyanka Venkataraman, Specialty Doctor, Thornleigh CMHT, priyanka.venkataraman@ecp-nhs.example.net
Manager informed: Ms Rachel Tennant-Boyd, Team Manager (verifies this copy for portfolio purposes)
""", [("ASC-SG-24-01772", REF), ("14/88213/24", REF), ("Leonard \"Lenny\" Achterberg", PN), ("Lenny", PN),
      ("Flat 12, Coldwell House, Station Road, Thornleigh", AD), ("TL1 3EE", PC), ("01632 960918", PH),
      ("Rizzo", RN), ("Alan", RN), ("07700 900266", PH),
      ("priyanka.venkataraman@ecp-nhs.example.net", EM)],
  ["Care Act 2014, section 42", "08/01/2024 16:40", "DOB 02/03/1961", "Mental Capacity Act 2005",
   "paliperidone palmitate 100 mg monthly", "£110 per week", "Dr Priyanka Venkataraman", "Thornleigh CMHT",
   "Ms Rachel Tennant-Boyd", "Thornleigh Borough Council Adult Social Care"]),

D("ocr_scan_ward_round_entry", B, """
HOLLYBANK UNIT - LARCH WARD       Ward r0und entry (scanned from paper notes)
Narne: Dan iel Wh1tmore   Ri0: 45O1186    D0B 17/O9/1982
Date: 26/02/2O24  10:3O    Present: Dr P Venkataraman (SD), Dr S Larkspur (CT2), Staff Nurse Oduya-Finch
Day 19 of secti0n 2. Bush-Francis Catat0nia Rating Scale 14 (from 22). Eating 50% of meals, fluids 1.2 L/24h.
L0razepam 2 rng QDS c0ntinued; consider ECT if no further irnprovement by day 25.
Mother (Mrs Wh1tmore) phoned - wants to visit Sunday.
Plan: repeat CK (was 412 U/L), U&E; SOAD visit 01/03. - PV
""", [("Dan iel Wh1tmore", PN), ("Wh1tmore", PN), ("45O1186", HN), ("S Larkspur", CN),
      ("Oduya-Finch", CN)],
  ["HOLLYBANK UNIT - LARCH WARD", "D0B 17/O9/1982", "26/02/2O24", "Dr P Venkataraman", "secti0n 2",
   "Bush-Francis Catat0nia Rating Scale 14", "1.2 L/24h", "L0razepam 2 rng QDS", "ECT", "CK (was 412 U/L)",
   "SOAD", "PV", "Day 19"]),
]
