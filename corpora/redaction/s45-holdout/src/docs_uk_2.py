# Documents s45-046 .. s45-060: evidence from UK posts (continued).

DOCS = []

DOCS.append(dict(
    id="s45-046", kind="safeguarding_referral", applicant="Dr Priya Venkataraman",
    text="""BRIGHTON & HOVE FRONT DOOR FOR FAMILIES (MASH) - MULTI-AGENCY REFERRAL FORM
Referrer: Dr Priya Venkataraman, Specialty Doctor, Paediatric Emergency Department, Royal Alexandra Children's
Hospital (via switchboard 01632 960771)
Date/time: 27/01/2024 21:15           MASH ref (for office use): FDFF-240127-0158

Child: Tyler-James Heasman    DOB 19/05/2023 (8 months)    Male    NHS 4410982256
Address: 22 Coldean Lane, Brighton BN1 9GD
Mother: Kayla Heasman (19)     Mother's partner (not the father): Dean Prowse (24)
Siblings: none       Health visitor: Bev Stanbridge, Moulsecoomb children's centre

Reason for referral: Presented with mother at 18:30 with a swollen right thigh, reported to have "caught his
leg in the cot bars" at about 16:00 while in the care of Mr Prowse. Non-mobile infant. X-ray: spiral fracture
of the right femoral shaft. Also two 1 cm bruises over the left pinna (TEN-4-FACESp positive).
Per the Pan-Sussex Child Protection and Safeguarding Procedures and RCPCH guidance on fractures in
children, this requires a child protection medical and skeletal survey. Admitted to Level 9, Jungle Ward
under the consultant paediatrician (Dr Oliver Haddington, informed 19:40).
Police informed: Sussex Police ref 47240015582 (PC Ryan Goldsmith, child abuse investigation team).

Immediate safety: child remains in hospital; mother agreed that Mr Prowse will not visit pending strategy
discussion. Maternal grandmother (Mrs Tracy Heasman, 07700 900388) is supporting mother on the ward.

Completed by: Dr Priya Venkataraman        Verified: Dr Oliver Haddington, Consultant Paediatrician
""",
    identifiers=[
        ("01632 960771", "PHONE"),
        ("FDFF-240127-0158", "REFERENCE_NUMBER"),
        ("Tyler-James Heasman", "PATIENT_NAME"),
        ("4410982256", "NHS_NUMBER"),
        ("22 Coldean Lane, Brighton", "ADDRESS"),
        ("BN1 9GD", "POSTCODE"),
        ("Kayla Heasman", "RELATIVE_NAME"),
        ("Dean Prowse", "RELATIVE_NAME"),
        ("Mr Prowse", "RELATIVE_NAME"),
        ("Bev Stanbridge", "COLLEAGUE_NAME"),
        ("Moulsecoomb children's centre", "ADDRESS"),
        ("47240015582", "REFERENCE_NUMBER"),
        ("PC Ryan Goldsmith", "COLLEAGUE_NAME"),
        ("Mrs Tracy Heasman", "RELATIVE_NAME"),
        ("07700 900388", "PHONE"),
    ],
    keep=["Dr Priya Venkataraman", "Royal Alexandra Children's\nHospital", "DOB 19/05/2023 (8 months)", "Male",
          "Dr Oliver Haddington", "spiral fracture", "TEN-4-FACESp", "Pan-Sussex Child Protection and Safeguarding Procedures",
          "RCPCH", "Level 9, Jungle Ward", "27/01/2024", "1 cm"],
))

DOCS.append(dict(
    id="s45-047", kind="teaching_feedback", applicant="Dr Ahmed Elsheikh",
    text="""TEACHING FEEDBACK SUMMARY
Session: "Hyperkalaemia and AKI in the acute take - a practical approach" (simulation + case-based tutorial)
Teacher: Dr Ahmed Elsheikh, Specialty Doctor, Renal Medicine
Audience: Foundation Year 1 and 2 doctors, Royal Devon and Exeter Hospital (Wonford), Postgraduate Centre
Date: 07/03/2024, 13:00-14:30      Attendees: 17      Forms returned: 15 (88%)

Question (1 = strongly disagree, 5 = strongly agree)        Mean   Range
Learning objectives were clear                               4.8    4-5
Content relevant to my practice                              4.9    4-5
Pitched at the right level                                   4.5    3-5
Teacher was engaging and checked understanding               4.8    4-5
I feel more confident managing K+ > 6.5 mmol/L               4.7    4-5
Overall rating of session                                    4.8    4-5

Free-text comments (transcribed unedited):
- "Best explanation of why we give calcium gluconate first I have had. Loved the ECG quiz."
- "Would like the Renal Association/UKKA hyperkalaemia algorithm as a handout."
- "SIM with the insulin-dextrose and the BM drop really stuck - checking glucose hourly for 6 h now."
- "A bit fast on the AKI staging (KDIGO), could be a separate session."
- "Realistic scenario, safe space to get it wrong."

Action by teacher: handout with the UKKA 2023 guideline algorithm circulated; KDIGO AKI session added to the
April programme.

Verified: Dr Catherine Aldous, Consultant Nephrologist and Foundation Training Programme Director
""",
    identifiers=[],
    keep=["Dr Ahmed Elsheikh", "Royal Devon and Exeter Hospital", "Dr Catherine Aldous", "07/03/2024",
          "K+ > 6.5 mmol/L", "KDIGO", "UKKA 2023", "15 (88%)", "4.8", "calcium gluconate"],
))

DOCS.append(dict(
    id="s45-048", kind="audit_summary", applicant="Dr Chiamaka Obi",
    text="""RE-AUDIT: Decision-to-delivery interval (DDI) for Category 1 caesarean sections
University Hospitals of Leicester NHS Trust - Leicester Royal Infirmary Maternity Unit
Audit lead: Dr Chiamaka Obi (Specialty Doctor, O&G)     Supervisor: Miss Anne Hollingworth (Consultant O&G)

Standard: NICE NG192 (Caesarean birth) - Category 1 CS within 30 minutes of decision where possible;
RCOG Good Practice / local target 90%.

                             Cycle 1 (Jan-Jun 2023)   Cycle 2 (Oct 2023-Mar 2024)
Category 1 CS (n)            64                        71
DDI <= 30 min                44 (69%)                  60 (85%)
Median DDI (min)             27                        22
DDI > 75 min                 2                         0
Regional -> GA conversion    6 (9%)                    4 (6%)
Cord gases documented        51 (80%)                  68 (96%)
Apgar < 7 at 5 min           9                         8

Changes between cycles: "Category 1 call" via 2222 with fixed script; theatre 2 kept free for labour ward;
anaesthetic top-up protocol (2% lidocaine with adrenaline + bicarbonate); monthly skills drill (PROMPT).

Conclusions: Significant improvement, target not yet met. Next steps: time-stamp audit of transfer from
room to theatre; re-audit Sept 2024.
Presented: Maternity Governance Meeting, 24/04/2024.

Verified: Miss Anne Hollingworth
""",
    identifiers=[],
    keep=["Dr Chiamaka Obi", "Miss Anne Hollingworth", "Leicester Royal Infirmary", "NICE NG192", "44 (69%)",
          "60 (85%)", "2% lidocaine", "PROMPT", "24/04/2024", "2222"],
))

DOCS.append(dict(
    id="s45-049", kind="reflective_entry", applicant="Dr Ioana Popescu",
    text="""Reflection: working with interpreters in mental health assessments
Dr Ioana Popescu, Specialty Doctor in General Adult Psychiatry - Camden and Islington NHS Foundation Trust
Written: 3 February 2024

Over the past six months on the home treatment team I have assessed many people whose first language is not
English. I am not a native English speaker either; Romanian is my first language, and I learnt psychiatry
in Bucharest. I had assumed that this made me more sensitive to language barriers. A series of assessments
this winter made me question that.

In one assessment, of a middle-aged woman who had recently arrived from the Horn of Africa, I used a telephone
interpreter because a face-to-face interpreter was not available for six days. The interpreter summarised
long answers into single sentences, and I realised halfway through that I could not assess thought form at
all. I also noticed that I was tempted to use a relative to interpret, which the trust policy and the RCPsych
guidance advise against except in emergencies.

What I have done:
- Read the RCPsych College Report CR221 (Good psychiatric practice) sections on culturally competent care,
  and the NHS England "Guidance for commissioners: interpreting and translation services in primary care".
- Attended the trust half-day on working with interpreters (12/01/2024) - certificate in section 4.
- Started booking double appointments (90 minutes) and a pre-briefing of 5 minutes with the interpreter,
  asking for word-for-word interpretation where possible.
- Discussed with my supervisor how to document "thought form not assessable through interpreter" rather than
  writing "no formal thought disorder".

Next: audit of interpreter use in the HTT over one quarter, starting in March.

Discussed with and verified by: Dr Femi Adeyinka-Brown, Consultant Psychiatrist
""",
    identifiers=[],
    keep=["Dr Ioana Popescu", "Camden and Islington NHS Foundation Trust", "Dr Femi Adeyinka-Brown",
          "RCPsych College Report CR221", "3 February 2024", "12/01/2024", "90 minutes", "Bucharest"],
))

DOCS.append(dict(
    id="s45-050", kind="msf_summary", applicant="Dr Nour El-Din Hassan",
    text="""MULTI-SOURCE FEEDBACK (360) - SUMMARY REPORT
Doctor: Dr Nour El-Din Hassan, Specialty Doctor, Trauma & Orthopaedics, Royal Preston Hospital
Cycle: October-November 2023     Responses: 16 of 18 invited (doctors 7, nurses/ODPs 5, AHPs 2, admin 2)
Facilitated by: Mr Andrew Fairclough (Consultant, clinical supervisor)

Domain (scale 1-5)                                         Self   Mean of raters   Trust benchmark
Clinical knowledge and skills                               4      4.6              4.3
Decision making and judgement                               4      4.5              4.2
Team working and respect for colleagues                     4      4.4              4.4
Communication with patients and relatives                   4      4.7              4.4
Teaching and supervision of juniors                         3      4.2              4.0
Reliability, time management, availability when on call     4      4.1              4.3

Themes from free text:
Positive - "calm in the trauma meeting", "always comes when bleeped for a hip fracture at 3 am",
"explains fixation options to older patients very clearly", "excellent hands in theatre".
Development - two raters noted that clinic letters were sometimes dictated late (over 2 weeks); one rater
commented that he "could delegate more to the core trainees".

Agreed actions (discussed 12/12/2023): dictate letters at the end of each clinic; take the lead for
core trainee fracture clinic supervision on Thursdays.

Signed: Mr Andrew Fairclough       Dr Nour El-Din Hassan
""",
    identifiers=[],
    keep=["Dr Nour El-Din Hassan", "Mr Andrew Fairclough", "Royal Preston Hospital", "16 of 18", "4.6", "4.7",
          "12/12/2023"],
))

DOCS.append(dict(
    id="s45-051", kind="clinic_letter", applicant="Dr Rania Haddad",
    text="""Leeds Teaching Hospitals NHS Trust - Dermatology Department, Chapel Allerton Hospital
Chapeltown Road, Leeds LS7 4SA     Direct line 0113 496 0274

Our ref: RH/DERM/ghb        NHS no: 622 710 4853       Hosp no: 3M41207K
Clinic: 12/06/2024          Typed: 14/06/2024

Dr Nkechi Uduaghan
Oakwood Lane Medical Practice
19 Oakwood Lane, Roundhay, Leeds LS8 2JT

Dear Dr Uduaghan,

Re: Miss Gurpreet Kaur Bains, DOB 25/12/2001
Flat 12, Brudenell Mount, Hyde Park, Leeds LS6 1HU     Mobile 07700 900736
Email: gurpreet.bains01@examplemail.co.uk

Diagnosis: Hidradenitis suppurativa, Hurley stage II (axillae, inframammary, groins), IHS4 score 14, DLQI 23

Thank you for referring Miss Bains, a 22-year-old final-year pharmacy student at the University of Leeds.
She has had recurrent painful nodules and draining tunnels for four years. She has completed lymecycline
408 mg OD for 12 weeks and clindamycin 300 mg BD with rifampicin 300 mg BD for 10 weeks without sustained
response. BMI 31.4; she smokes 5 cigarettes a day and is keen to stop. No inflammatory bowel symptoms.
HbA1c 37 mmol/mol.

Having discussed options, we will start adalimumab (biosimilar Amgevita) 160 mg at week 0, 80 mg at week 2,
then 40 mg weekly, under NICE TA392, after TB screening (IGRA), hepatitis B/C and HIV serology. Baseline
HiSCR assessment done today with photographs (kept in the clinical record only). I have also referred her
for deroofing of the left axillary tunnel under local anaesthetic. She would be grateful for smoking-cessation
support from the practice. Patient information leaflet: https://www.bad.org.uk/pils/hidradenitis-suppurativa

Yours sincerely,

Dr Rania Haddad, Specialty Doctor in Dermatology
Supervising consultant: Dr Edward Penhaligon, Consultant Dermatologist
cc: Miss Gurpreet Kaur Bains (by email, with patient's consent)
""",
    identifiers=[
        ("Chapeltown Road, Leeds", "ADDRESS"),
        ("LS7 4SA", "POSTCODE"),
        ("0113 496 0274", "PHONE"),
        ("RH/DERM/ghb", "REFERENCE_NUMBER"),
        ("622 710 4853", "NHS_NUMBER"),
        ("3M41207K", "HOSPITAL_NUMBER"),
        ("Dr Nkechi Uduaghan", "COLLEAGUE_NAME"),
        ("Dr Uduaghan", "COLLEAGUE_NAME"),
        ("Oakwood Lane Medical Practice", "ADDRESS"),
        ("19 Oakwood Lane, Roundhay, Leeds", "ADDRESS"),
        ("LS8 2JT", "POSTCODE"),
        ("Miss Gurpreet Kaur Bains", "PATIENT_NAME"),
        ("Miss Bains", "PATIENT_NAME"),
        ("Flat 12, Brudenell Mount, Hyde Park, Leeds", "ADDRESS"),
        ("LS6 1HU", "POSTCODE"),
        ("07700 900736", "PHONE"),
        ("gurpreet.bains01@examplemail.co.uk", "EMAIL"),
        ("https://www.bad.org.uk/pils/hidradenitis-suppurativa", "URL"),
    ],
    keep=["Chapel Allerton Hospital", "Leeds Teaching Hospitals NHS Trust", "DOB 25/12/2001", "Hurley stage II",
          "IHS4 score 14", "DLQI 23", "22-year-old", "lymecycline\n408 mg OD", "clindamycin 300 mg BD",
          "rifampicin 300 mg BD", "BMI 31.4", "HbA1c 37 mmol/mol", "adalimumab", "Amgevita", "160 mg at week 0",
          "NICE TA392", "HiSCR", "Dr Rania Haddad", "Dr Edward Penhaligon", "12/06/2024", "University of Leeds"],
))

DOCS.append(dict(
    id="s45-052", kind="clinic_letter", applicant="Dr Wanjiru Kamau",
    text="""NHS Lothian - Princess Alexandra Eye Pavilion, Chalmers Street, Edinburgh EH3 9HA
Medical Retina Service

Date dictated: 19/04/2024
CHI: 1507483921       Unit no: L803317

Dr Fraser McAulay
Pentland Medical Centre, 44 Pentland View, Currie EH14 5QB

Dear Dr McAulay

Mr Hamish Alasdair Drummond, DOB 15/07/1948
Ardmore, 6 Lanark Road West, Balerno EH14 7BQ

Diagnosis: Right neovascular (wet) age-related macular degeneration - new
           Left geographic atrophy (non-neovascular AMD)
Visual acuity: R 6/24 (ETDRS 55 letters), L 6/12 (70 letters)
OCT R: subretinal fluid and PED, CST 412 um. FFA: occult CNV.

Mr Drummond noticed distortion in his right eye three weeks ago when reading the Scotsman. He still drives;
he meets the DVLA standard binocularly today, but I have advised him to inform the DVLA because of the
diagnosis and to stop if vision worsens. His wife, Morag, came with him and will drive him to appointments.
We started intravitreal aflibercept 2 mg (Eylea) today, loading 3 injections 4-weekly then treat-and-extend
per the SMC-accepted protocol. The procedure was uncomplicated; IOP 16 mmHg after injection. He has been
given the Macular Society leaflet and the eye casualty number.

Yours sincerely

Dr Wanjiru Kamau, Specialty Doctor in Ophthalmology
Verified: Mr Calum Strachan-Reid, Consultant Ophthalmologist
""",
    identifiers=[
        ("Chalmers Street, Edinburgh", "ADDRESS"),
        ("EH3 9HA", "POSTCODE"),
        ("1507483921", "NHS_NUMBER"),
        ("L803317", "HOSPITAL_NUMBER"),
        ("Dr Fraser McAulay", "COLLEAGUE_NAME"),
        ("Dr McAulay", "COLLEAGUE_NAME"),
        ("Pentland Medical Centre, 44 Pentland View, Currie", "ADDRESS"),
        ("EH14 5QB", "POSTCODE"),
        ("Mr Hamish Alasdair Drummond", "PATIENT_NAME"),
        ("Mr Drummond", "PATIENT_NAME"),
        ("Ardmore, 6 Lanark Road West, Balerno", "ADDRESS"),
        ("EH14 7BQ", "POSTCODE"),
        ("Morag", "RELATIVE_NAME"),
    ],
    keep=["Princess Alexandra Eye Pavilion", "NHS Lothian", "DOB 15/07/1948", "R 6/24 (ETDRS 55 letters)",
          "L 6/12 (70 letters)", "CST 412 um", "aflibercept 2 mg (Eylea)", "IOP 16 mmHg", "DVLA", "SMC",
          "Dr Wanjiru Kamau", "Mr Calum Strachan-Reid", "19/04/2024", "Macular Society"],
))

DOCS.append(dict(
    id="s45-053", kind="clinic_letter", applicant="Dr Maria Cristina Dizon",
    text="""Northern Health and Social Care Trust
Holywell Hospital, 60 Steeple Road, Antrim BT41 2RJ - Community Mental Health Team (Ballymena)

Our Ref: MCD/CMHT/0392                        Date: 8 August 2023
H&C No: 320 448 1196           Trust ID: HW0071825

Dr Ciaran McIlroy, Bridge Street Surgery, Ballymena

Dear Dr McIlroy,

Re: Mrs Noreen Patricia Gilmore, DOB 04/01/1977
31 Cushendall Road, Ballymena BT43 6HB, tel 028 9649 6021

I reviewed Mrs Gilmore at the CMHT clinic with her husband, Sammy. She was discharged from Holywell Hospital
on 12 July after a 5-week admission (detained for assessment under Article 4 of the Mental Health
(Northern Ireland) Order 1986, later informal) with a severe depressive episode with psychotic features
(nihilistic delusions), ICD-10 F32.3. She had a course of 8 ECT sessions (bilateral, Thymatron) with a good
response, MADRS down from 41 to 12.

Today she is eating well, sleeping 6-7 hours, and back at her part-time job in the bakery on Church Street.
No psychotic symptoms. No suicidal thoughts; she has a crisis plan. Mild memory complaints since ECT
(MoCA 27/30).

Medication: venlafaxine MR 225 mg OD, olanzapine 5 mg nocte (reduce to 2.5 mg in 4 weeks if well), lithium
augmentation discussed and deferred. Please check BP monthly (venlafaxine) and HbA1c and lipids at 3 months.
Her CPN, Stephen Agnew, will visit fortnightly. Review with me in 6 weeks.

Yours sincerely,

Dr Maria Cristina Dizon, Specialty Doctor in Psychiatry
Verified: Dr Deirdre O'Kane-Millar, Consultant Psychiatrist
""",
    identifiers=[
        ("60 Steeple Road, Antrim", "ADDRESS"),
        ("BT41 2RJ", "POSTCODE"),
        ("MCD/CMHT/0392", "REFERENCE_NUMBER"),
        ("320 448 1196", "NHS_NUMBER"),
        ("HW0071825", "HOSPITAL_NUMBER"),
        ("Dr Ciaran McIlroy", "COLLEAGUE_NAME"),
        ("Dr McIlroy", "COLLEAGUE_NAME"),
        ("Bridge Street Surgery, Ballymena", "ADDRESS"),
        ("Mrs Noreen Patricia Gilmore", "PATIENT_NAME"),
        ("Mrs Gilmore", "PATIENT_NAME"),
        ("31 Cushendall Road, Ballymena", "ADDRESS"),
        ("BT43 6HB", "POSTCODE"),
        ("028 9649 6021", "PHONE"),
        ("Sammy", "RELATIVE_NAME"),
        ("the bakery on Church Street", "ADDRESS"),
        ("Stephen Agnew", "COLLEAGUE_NAME"),
    ],
    keep=["Northern Health and Social Care Trust", "Holywell Hospital", "DOB 04/01/1977",
          "Mental Health\n(Northern Ireland) Order 1986", "Article 4", "F32.3", "8 ECT sessions", "MADRS down from 41 to 12",
          "MoCA 27/30", "venlafaxine MR 225 mg OD", "olanzapine 5 mg nocte", "Dr Maria Cristina Dizon",
          "Dr Deirdre O'Kane-Millar", "8 August 2023", "12 July", "Thymatron"],
))

DOCS.append(dict(
    id="s45-054", kind="tribunal_report", applicant="Dr Ioana Popescu",
    text="""FIRST-TIER TRIBUNAL (MENTAL HEALTH) - RESPONSIBLE CLINICIAN'S REPORT (extract, paragraphs 1-9 of 24)
Tribunal case no.: MP/2023/18845
Patient: Mr Kwabena Ofori-Atta       DOB: 30/03/1990        Section 3, Mental Health Act 1983
Hospital: Highgate Mental Health Centre, Dartmouth Park Hill - Coral Ward
RiO: 10539982       Nearest relative: Mrs Abena Ofori-Atta (mother), Tottenham

Author: Dr Ioana Popescu, Specialty Doctor, for and on behalf of the Responsible Clinician,
Dr Femi Adeyinka-Brown, Consultant Psychiatrist (who has read and countersigned this report)

1. Mr Ofori-Atta is a 33-year-old man with paranoid schizophrenia (ICD-10 F20.0), first diagnosed in 2012
when he was studying engineering at a London university. He has had six admissions, four under the Act.
2. He was detained under section 2 on 02/08/2023 after he was found by police at his flat on the Broadwater
Farm estate having barricaded the door, believing his neighbours were poisoning his water. He was transferred
to section 3 on 29/08/2023.
3. He has been treated with clozapine, titrated to 400 mg/day (level 0.48 mg/L, norclozapine 0.22 mg/L), with
a partial response. PANSS total has fallen from 98 to 71.
4. Risk: two episodes of aggression towards staff on the ward (September), none since 01/10/2023. Historic
risk of self-neglect and of exploitation (cuckooing in 2021, police reference CAD 6612/14JUN21).
5. In my opinion the nature and degree of his mental disorder still warrant detention in hospital for
treatment: he lacks insight, has stated he will stop clozapine on discharge, and the last two relapses followed
stopping medication. Appropriate medical treatment is available.
6. Discharge plan under discussion with his care coordinator, Ms Joy Okafor (Haringey Community Support and
Recovery Team): supported accommodation, clozapine clinic, and consideration of a CTO (s.17A).

Signed: Dr Ioana Popescu       Countersigned: Dr Femi Adeyinka-Brown        Date: 20/10/2023
""",
    identifiers=[
        ("MP/2023/18845", "REFERENCE_NUMBER"),
        ("Mr Kwabena Ofori-Atta", "PATIENT_NAME"),
        ("Mr Ofori-Atta", "PATIENT_NAME"),
        ("10539982", "HOSPITAL_NUMBER"),
        ("Mrs Abena Ofori-Atta", "RELATIVE_NAME"),
        ("Tottenham", "ADDRESS"),
        ("Broadwater\nFarm estate", "ADDRESS"),
        ("CAD 6612/14JUN21", "REFERENCE_NUMBER"),
        ("Ms Joy Okafor", "COLLEAGUE_NAME"),
    ],
    keep=["Dr Ioana Popescu", "Dr Femi Adeyinka-Brown", "Highgate Mental Health Centre", "Coral Ward",
          "DOB: 30/03/1990", "Section 3, Mental Health Act 1983", "33-year-old man", "F20.0",
          "clozapine, titrated to 400 mg/day", "level 0.48 mg/L", "PANSS total has fallen from 98 to 71",
          "02/08/2023", "s.17A", "paragraphs 1-9 of 24", "20/10/2023"],
))

DOCS.append(dict(
    id="s45-055", kind="post_take_note", applicant="Dr Giulia Ferraro",
    text="""Mid and South Essex NHS FT - Basildon University Hospital - AMU post-take ward round
Sat 09/03/2024 10:20 - AMU B, bed 17
Pt: Mr Terrence Mulhall   81M   MRN BH3382107   NHS 450 330 9185
Lives: sheltered flat, Laindon, warden call; wife died 2022; son (Darren) in Spain.

PC: SOB, orthopnoea 1/52, ankle swelling.
Post-take (Dr G. Ferraro, SD Acute Med, + Dr Oyinlola Bankole-Hughes, Cons AM):
- Acute decompensated HF, new AF (rate 132). BNP 3870 ng/L. Echo (bedside POCUS): LVEF visually ~30%,
  B-lines bilaterally, IVC 2.4 cm non-collapsing.
- Na 131, K 4.8, creat 121 (baseline 98), eGFR 48, Mg 0.68.
- CHA2DS2-VASc 5, HAS-BLED 2, ORBIT 2.
Plan:
1. IV furosemide 80 mg BD (double home dose), daily wts, fluid bal, 1.5 L restriction.
2. Bisoprolol 2.5 mg OD (rate), digoxin 62.5 mcg OD if HR >110 at 24 h.
3. Edoxaban 30 mg OD (CrCl 46 ml/min by C-G, wt 58 kg) - discussed bleeding risk, pt agrees.
4. Mg sulphate 20 mmol IV.
5. Formal echo, HF nurse referral, SGLT2i once euvolaemic (dapagliflozin 10 mg).
6. ReSPECT: for escalation to ward-based care incl. NIV; not for CPR - discussed with pt (has capacity),
   son to be phoned by ward nurse (number on Medway).
Clerked overnight by: Dr Henry Ashdown-Price (FY2)

Dr G. Ferraro (GMC 7294401)     Cons: Dr Oyinlola Bankole-Hughes - verified
""",
    identifiers=[
        ("Mr Terrence Mulhall", "PATIENT_NAME"),
        ("BH3382107", "HOSPITAL_NUMBER"),
        ("450 330 9185", "NHS_NUMBER"),
        ("Laindon", "ADDRESS"),
        ("Darren", "RELATIVE_NAME"),
        ("Dr Henry Ashdown-Price", "COLLEAGUE_NAME"),
    ],
    keep=["Basildon University Hospital", "AMU B, bed 17", "09/03/2024", "81M", "Dr G. Ferraro", "GMC 7294401",
          "Dr Oyinlola Bankole-Hughes", "BNP 3870 ng/L", "LVEF visually ~30%", "CHA2DS2-VASc 5", "HAS-BLED 2",
          "furosemide 80 mg BD", "Bisoprolol 2.5 mg OD", "digoxin 62.5 mcg OD", "Edoxaban 30 mg OD",
          "CrCl 46 ml/min", "dapagliflozin 10 mg", "eGFR 48", "ReSPECT"],
))

DOCS.append(dict(
    id="s45-056", kind="radiology_report", applicant="Dr Agnieszka Wiśniewska",
    text="""University Hospitals Plymouth NHS Trust - Derriford Hospital - Imaging Directorate
RADIOLOGY REPORT

Patient: JEFFERY, Kenneth Roy       DOB: 02/11/1944      Sex: M
NHS: 736 201 5548     MRN: D1044187     Accession: DRF24MR0087331
Location: Ward Lynher (Stroke Unit), bed 9
Referrer: Dr Matthew Tregenza (Stroke Registrar)
Exam: MRI head with DWI, 13/02/2024 11:42
Clinical: 79M, sudden R hand weakness and dysphasia 10/02, resolved? TIA vs minor stroke, on clopidogrel.

Findings: Acute infarcts on DWI with low ADC: 9 mm cortical focus in the left precentral gyrus (hand knob) and
2 smaller foci in the left parietal cortex - a pattern suggesting embolic source (left ICA or cardiac).
Background moderate small-vessel disease (Fazekas 2). Old right cerebellar lacune. No haemorrhage on SWI.
No mass effect.
Conclusion: Multiple small acute left MCA territory cortical infarcts. Suggest carotid imaging (CTA or duplex)
urgently and cardiac monitoring for paroxysmal AF.
Communicated: telephoned to the ward at 12:05 (spoke to Dr Tregenza).

Reported by: Dr Agnieszka Wiśniewska, Specialty Doctor, Neuroradiology
Second-read / verified: Dr Rupert Pengelly, Consultant Neuroradiologist
""",
    identifiers=[
        ("JEFFERY, Kenneth Roy", "PATIENT_NAME"),
        ("736 201 5548", "NHS_NUMBER"),
        ("D1044187", "HOSPITAL_NUMBER"),
        ("DRF24MR0087331", "OTHER_ID"),
        ("Dr Matthew Tregenza", "COLLEAGUE_NAME"),
        ("Dr Tregenza", "COLLEAGUE_NAME"),
    ],
    keep=["Derriford Hospital", "University Hospitals Plymouth NHS Trust", "DOB: 02/11/1944", "Sex: M",
          "Ward Lynher (Stroke Unit), bed 9", "13/02/2024", "79M", "9 mm", "Fazekas 2", "clopidogrel",
          "Dr Agnieszka Wiśniewska", "Dr Rupert Pengelly", "left MCA territory"],
))

DOCS.append(dict(
    id="s45-057", kind="patient_feedback", applicant="Dr Thabo Mokoena",
    text="""Royal Cornwall Hospitals NHS Trust - Patient Advice and Liaison Service (PALS)
COMPLIMENT - forwarded to the clinician
PALS ref: PALS/COMP/24/0712        Received: 04/03/2024 by post

Text of the card (transcribed):

"To the Dr in A&E (Thabo? - the tall South African doctor) on the night of 17th February,

I brought my dad, Bill Trevithick, in after he collapsed at home in St Agnes. You found his heart was going
too slow and got him the pacing wire and the cardiologists in the middle of the night. You talked to me like
a person and came back to tell me what was happening twice even though it was obviously chaos that night.
Dad is home now with his pacemaker and back in the garden. My mum Jean says thank you too. Please pass this
on to the nurse with the pink hair - Becky - she made me a cup of tea at 4am.

With thanks, Lowenna Trevithick
Chapel Porth Cottage, Beacon Drive, St Agnes TR5 0NY"

PALS note: Clinician identified from ED record as Dr Thabo Mokoena, Specialty Doctor in Emergency Medicine,
Royal Cornwall Hospital (Treliske). Nurse identified as Staff Nurse Rebecca Chenoweth. Patient consent for
sharing not required for compliments.

Forwarded by: Ms Tamsin Rowe, PALS Officer
Verified for portfolio by: Dr Jago Penrose, Consultant in Emergency Medicine (clinical supervisor)
""",
    identifiers=[
        ("PALS/COMP/24/0712", "REFERENCE_NUMBER"),
        ("Bill Trevithick", "PATIENT_NAME"),
        ("St Agnes", "ADDRESS"),
        ("Jean", "RELATIVE_NAME"),
        ("Becky", "COLLEAGUE_NAME"),
        ("Lowenna Trevithick", "RELATIVE_NAME"),
        ("Chapel Porth Cottage, Beacon Drive", "ADDRESS"),
        ("TR5 0NY", "POSTCODE"),
        ("Staff Nurse Rebecca Chenoweth", "COLLEAGUE_NAME"),
        ("Ms Tamsin Rowe", "COLLEAGUE_NAME"),
    ],
    keep=["Royal Cornwall Hospitals NHS Trust", "Thabo?", "Dr Thabo Mokoena", "Royal Cornwall Hospital (Treliske)",
          "Dr Jago Penrose", "17th February", "04/03/2024", "pacing wire", "pacemaker"],
))

DOCS.append(dict(
    id="s45-058", kind="ed_clerking", applicant="Dr Thabo Mokoena",
    text="""ROYAL CORNWALL HOSPITAL - EMERGENCY DEPARTMENT - MAJORS CLERKING (Symphony export)
Attendance no: RCH-ED-2401-77182     Arrived 23/01/2024 16:07 by SWASFT ambulance, CAD 2401230417
Name: Polglase, Maisie      DOB 12/12/1998      F      NHS 401 883 7260      Hosp no: T0779410
Address: 5 Harbour View, Porthleven, Helston TR13 9JB      Tel 01632 960532
Works: chef, The Ship Inn, Porthleven

Triage: cat 2 (MTS - "abdominal pain, severe pain"). HR 118, BP 96/58, T 37.4, RR 22, SpO2 99%. Pain 9/10.
Hx (Dr T. Mokoena, SD): LIF pain sudden onset 3 h, shoulder-tip pain, LMP 7 weeks ago, PV spotting.
Urine bHCG positive. Quantitative bHCG 3410 IU/L. Hb 98 (was 131 in 2023).
Bedside POCUS (FAST-trained, Level 1): free fluid in Morison's pouch and pelvis, empty uterus.
Dx: Suspected ruptured ectopic pregnancy.
Actions: 2 large-bore cannulae, G&S + crossmatch 2 units, TXA not given (gynae advice), morphine 5 mg IV,
ondansetron 4 mg IV. O&G reg (Dr Anjali Raghunathan) at bedside 16:40 -> theatre 17:05 (laparoscopic
salpingectomy). Partner (Jack Polglase) informed, phone number given to theatre.
Anti-D: Rh positive - not required.

Time to theatre from arrival 58 min.
Dr Thabo Mokoena, Specialty Doctor EM     Verified: Dr Jago Penrose, Consultant EM
""",
    identifiers=[
        ("RCH-ED-2401-77182", "HOSPITAL_NUMBER"),
        ("2401230417", "REFERENCE_NUMBER"),
        ("Polglase, Maisie", "PATIENT_NAME"),
        ("401 883 7260", "NHS_NUMBER"),
        ("T0779410", "HOSPITAL_NUMBER"),
        ("5 Harbour View, Porthleven, Helston", "ADDRESS"),
        ("TR13 9JB", "POSTCODE"),
        ("01632 960532", "PHONE"),
        ("The Ship Inn, Porthleven", "ADDRESS"),
        ("Dr Anjali Raghunathan", "COLLEAGUE_NAME"),
        ("Jack Polglase", "RELATIVE_NAME"),
    ],
    keep=["ROYAL CORNWALL HOSPITAL", "DOB 12/12/1998", "23/01/2024", "HR 118", "BP 96/58", "Pain 9/10",
          "Dr T. Mokoena", "bHCG 3410 IU/L", "Hb 98", "morphine 5 mg IV", "ondansetron 4 mg IV", "58 min",
          "Dr Thabo Mokoena", "Dr Jago Penrose", "Morison's pouch", "cat 2", "SWASFT"],
))

DOCS.append(dict(
    id="s45-059", kind="email", applicant="Dr Salma Begum",
    text="""From: Begum Salma (NCA) <salma.begum2@nca.nhs.uk>
To: Okonkwo-Reid Daniel (NCA) <daniel.okonkwo-reid@nca.nhs.uk>
Cc: Delivery Suite Coordinators <ds.coordinators.roh@nca.nhs.uk>
Date: Tue 16 Apr 2024 20:58
Subject: Night handover - delivery suite ROH

Daniel - handover from day shift, all on the board but the ones to watch:

Rm 4 - Ms Jodie Whittaker-Shaw, 24, P0, 40+6, IOL for reduced FM, on Syntocinon 12 ml/h, 6 cm at 19:30.
CTG: suspicious (baseline 150, reduced variability 45 min). FBS at 20:15: lactate 4.0 (borderline) - repeat by
20:45 or sooner. If abnormal -> Cat 2 LSCS. Epidural working.
Rm 7 - Mrs Farzana Iqbal-Hussain, 33, P2, 37+2, twin DCDA, awaiting ELCS tomorrow am (list: Miss Ekwueme).
BP 148/96 this afternoon, PCR 41 - PET bloods sent, labetalol 200 mg TDS started. Husband Tariq stays with her;
she'd prefer a female doctor. Hosp no. M5521784.
Rm 11 - postnatal PPH 1.6 L after NVD 17:10 (Ms Dorota Kamińska), EUA not needed, uterus firm after
carboprost 250 mcg IM x1. Hb 84 -> transfuse 1 unit, iron IV tomorrow. Polish interpreter booked 09:00.

Staffing: theatre 2 closed for cleaning till 22:00 - use theatre 1 for Cat 1.

Thanks, Salma
Dr Salma Begum | Specialty Doctor O&G | Royal Oldham Hospital, Northern Care Alliance NHS Foundation Group
(Verified as handover evidence: Miss Chinwe Ekwueme, Consultant Obstetrician)
""",
    identifiers=[
        ("salma.begum2@nca.nhs.uk", "EMAIL"),
        ("Okonkwo-Reid Daniel", "COLLEAGUE_NAME"),
        ("daniel.okonkwo-reid@nca.nhs.uk", "EMAIL"),
        ("ds.coordinators.roh@nca.nhs.uk", "EMAIL"),
        ("Daniel", "COLLEAGUE_NAME"),
        ("Ms Jodie Whittaker-Shaw", "PATIENT_NAME"),
        ("Mrs Farzana Iqbal-Hussain", "PATIENT_NAME"),
        ("Tariq", "RELATIVE_NAME"),
        ("M5521784", "HOSPITAL_NUMBER"),
        ("Ms Dorota Kamińska", "PATIENT_NAME"),
    ],
    keep=["Dr Salma Begum", "Begum Salma", "Salma", "Royal Oldham Hospital", "Miss Ekwueme", "Miss Chinwe Ekwueme",
          "40+6", "Syntocinon 12 ml/h", "lactate 4.0", "Cat 2 LSCS", "37+2", "DCDA", "BP 148/96", "PCR 41",
          "labetalol 200 mg TDS", "1.6 L", "carboprost 250 mcg IM", "Hb 84", "16 Apr 2024", "Rm 4"],
))

DOCS.append(dict(
    id="s45-060", kind="clinic_letter", applicant="Dr Mehmet Yıldız",
    text="""East and North Hertfordshire NHS Trust - Lister Hospital, Stevenage - Urology Outpatients
Tel: 01632 960905 (Urology secretaries)       Our ref: MY/UROL/7743       NHS No: 409 561 2270

26 February 2024

Dr Adaeze Nwankwo-Bell, Bedwell Medical Centre, Stevenage SG1 1NN

Dear Dr Nwankwo-Bell,

Re: Mr Wayne Anthony Kettle, DOB 06/06/1971, 14 Fairlands Way, Stevenage SG2 0BS, Mob 07700 900497

Diagnosis: Left obstructing 9 mm proximal ureteric stone (1120 HU), treated with ureteroscopy and laser
lithotripsy (holmium:YAG) 22/02/2024; JJ stent 6 Fr 26 cm in situ, on a string.

I saw Mr Kettle, a 52-year-old HGV driver for Whitbread's distribution centre at Dunstable, in the stone clinic
today. He removed his stent himself on day 5 as instructed. Post-op KUB: stone-free. Stone analysis: calcium
oxalate monohydrate 80%, calcium phosphate 20%. 24-hour urine: volume 1.2 L, calcium 8.9 mmol/24 h (high),
citrate 1.4 mmol/24 h (low), oxalate normal.

Advice: fluid intake to achieve 2.5-3 L urine/day; reduce salt and animal protein; potassium citrate
(Effercitrate 2 tablets TDS) with U&E check in 2 weeks. I have reminded him that under the DVLA's group 2
rules he must not drive an HGV if he has had renal colic episodes causing sudden disabling pain without
warning - he has been stone-free since surgery and has been told he can return to work. He asked for a fit
note for the week after surgery, which I have issued. Follow-up: KUB X-ray in 12 months.

Yours sincerely,

Dr Mehmet Yıldız, Specialty Doctor in Urology (GMC 7358820)
Verified by: Mr Rajiv Anand Malhotra, Consultant Urologist

cc: Mr W. A. Kettle
""",
    identifiers=[
        ("01632 960905", "PHONE"),
        ("MY/UROL/7743", "REFERENCE_NUMBER"),
        ("409 561 2270", "NHS_NUMBER"),
        ("Dr Adaeze Nwankwo-Bell", "COLLEAGUE_NAME"),
        ("Dr Nwankwo-Bell", "COLLEAGUE_NAME"),
        ("Bedwell Medical Centre, Stevenage", "ADDRESS"),
        ("SG1 1NN", "POSTCODE"),
        ("Mr Wayne Anthony Kettle", "PATIENT_NAME"),
        ("Mr Kettle", "PATIENT_NAME"),
        ("Mr W. A. Kettle", "PATIENT_NAME"),
        ("14 Fairlands Way, Stevenage", "ADDRESS"),
        ("SG2 0BS", "POSTCODE"),
        ("07700 900497", "PHONE"),
        ("Whitbread's distribution centre at Dunstable", "ADDRESS"),
    ],
    keep=["Lister Hospital, Stevenage", "DOB 06/06/1971", "9 mm", "1120 HU", "holmium:YAG", "22/02/2024",
          "JJ stent 6 Fr 26 cm", "52-year-old", "calcium 8.9 mmol/24 h", "citrate 1.4 mmol/24 h",
          "potassium citrate", "Effercitrate", "DVLA", "Dr Mehmet Yıldız", "GMC 7358820",
          "Mr Rajiv Anand Malhotra", "26 February 2024"],
))
