# Hand-typed documents s52-016 .. s52-029
# Applicants: Dr Priya Venkataraman (ophthalmology), Ms Adaeze Nwosu-Hart (ENT)

DOCS = []

DOCS.append(dict(
id="s52-016", kind="clinic_letter", applicant="Dr Priya Venkataraman",
text="""Bristol Eye Hospital - Glaucoma Service
University Hospitals Bristol and Weston NHS Foundation Trust

Clinic date: 08/08/2023        Typed: 10/08/2023        Ref: PV/GLC/7718
Consultant: Miss Harriet Oduya-Fenwick      Seen by: Dr Priya Venkataraman, Clinical Fellow

To: Dr Samuel Oyelowo-Brandt, Horfield Health Centre
Patient: Mr Bernard Cheswick     DOB 29/01/1951     MRN: BEH0448271     NHS: 225 371 5204
Address: 6 Lockleaze Gardens, Bristol  BS7 9TN     Mobile: 07700 900255

Diagnosis: Primary open angle glaucoma, both eyes (H40.1); moderate in RE, mild in LE
Visual acuity: RE 6/9, LE 6/6 (Snellen)
IOP (Goldmann): RE 26 mmHg, LE 21 mmHg at 10:40 (target <18 RE, <20 LE). CCT RE 538 um, LE 541 um
Gonioscopy: open angles 360, Shaffer grade 4
Discs: RE CDR 0.8 with inferior notch, LE CDR 0.6
Humphrey 24-2 SITA Standard: RE MD -8.42 dB, superior arcuate defect; LE MD -2.10 dB
OCT RNFL: RE inferior thinning (68 um)

Plan
1. Continue latanoprost 0.005% nocte both eyes.
2. Add Cosopt (dorzolamide 2% / timolol 0.5%) BD RE only - no asthma, HR 72.
3. Discussed SLT as an alternative (LiGHT trial evidence); Mr Cheswick would prefer drops for now. His wife Irene instils them as he has a tremor.
4. Review in virtual glaucoma clinic in 4 months with HVF and OCT.

Dr Priya Venkataraman MBBS, MS (Ophth), FRCS (Glasg)
for Miss H. Oduya-Fenwick, Consultant Ophthalmologist
""",
ids=[("PV/GLC/7718","REFERENCE_NUMBER"),("Samuel Oyelowo-Brandt","COLLEAGUE_NAME"),("Bernard Cheswick","PATIENT_NAME"),
     ("Mr Cheswick","PATIENT_NAME"),("BEH0448271","HOSPITAL_NUMBER"),("225 371 5204","NHS_NUMBER"),("6 Lockleaze Gardens, Bristol","ADDRESS"),
     ("BS7 9TN","POSTCODE"),("07700 900255","PHONE"),("Irene","RELATIVE_NAME")],
keep=["Miss Harriet Oduya-Fenwick","Miss H. Oduya-Fenwick","Dr Priya Venkataraman","29/01/1951","H40.1","IOP (Goldmann): RE 26 mmHg",
      "latanoprost 0.005%","Cosopt","dorzolamide 2% / timolol 0.5%","Humphrey 24-2 SITA Standard","MD -8.42 dB","Shaffer grade 4",
      "CDR 0.8","LiGHT trial","6/9"],
))

DOCS.append(dict(
id="s52-017", kind="audit_report", applicant="Dr Priya Venkataraman",
text="""Personal cataract surgery outcomes audit (RCOphth National Ophthalmology Database-style dataset)
Surgeon: Dr Priya Venkataraman     Period: 01/09/2022 - 31/08/2023     Site: Bristol Eye Hospital & South Bristol Community Hospital
Data source: Medisoft EPR extract, validated by Miss Harriet Oduya-Fenwick (Clinical Lead, Cataract) on 04/10/2023

Operations: 412 (phacoemulsification + IOL)
Posterior capsule rupture (PCR) with or without vitreous loss: 4/412 = 0.97% (crude); case-complexity-adjusted PCR 0.86%
   NOD national benchmark (adjusted): 1.1%
Visual acuity loss (>= doubling of angle) : 2 (0.49%) - 1 x CMO, 1 x endophthalmitis (see M&M 14/03/2023)
Post-op CDVA 6/12 or better in eyes with no ocular co-pathology: 96.8%
Refractive outcome within +/-1.0 D of target: 93.4% (biometry IOLMaster 700, SRK/T & Barrett Universal II)

PCR cases (for departmental review; case IDs to be deleted before upload)
a) MRN BEH0512093, 84F, pseudoexfoliation, small pupil - Malyugin ring; anterior vitrectomy, sulcus IOL
b) MRN BEH0397714, 71M, dense brunescent cataract, tamsulosin - IFIS
c) MRN BEH0550178, 66F, previous vitrectomy - deep AC, zonular dialysis
d) MRN BEH0471002, 79M, posterior polar cataract

Comparison (anonymised by lead): Surgeon A 0.97%, Surgeon B 1.6% (Dr Lucas Ferreira-Hughes, ST4), Surgeon C 0.5%.
Action: Review of small-pupil cases; pre-op tamsulosin flag in Medisoft; I now use Malyugin ring at pupil < 5 mm.
""",
ids=[("BEH0512093","HOSPITAL_NUMBER"),("BEH0397714","HOSPITAL_NUMBER"),("BEH0550178","HOSPITAL_NUMBER"),("BEH0471002","HOSPITAL_NUMBER"),
     ("Lucas Ferreira-Hughes","COLLEAGUE_NAME")],
keep=["Dr Priya Venkataraman","Miss Harriet Oduya-Fenwick","4/412 = 0.97%","Malyugin ring","Barrett Universal II","SRK/T",
      "IOLMaster 700","tamsulosin","14/03/2023","South Bristol Community Hospital","96.8%"],
))

DOCS.append(dict(
id="s52-018", kind="foreign_experience_letter", applicant="Dr Priya Venkataraman",
text="""SANKARA NETHRALAYA
(A Unit of Medical Research Foundation)
College Road, Chennai - 600 006

Date: 12 February 2020
To whomsoever it may concern

This is to certify that Dr. Priya Venkataraman (Reg. No. TNMC 98214) worked as a Senior Fellow in the Department of Glaucoma from 01 July 2017 to 31 December 2019. During this period she independently performed 1,146 manual small incision cataract surgeries, 388 phacoemulsifications and 74 trabeculectomies with MMC, and assisted in tube surgeries.

Illustrative complex cases (from her surgical register, MRD numbers given for verification by the hospital):
1. MRD No. 1870045 - Mr. Karuppasamy Thevar, 62 years, Madurai - neovascular glaucoma, Ahmed valve (assisted), IOP 48 -> 14 mmHg
2. MRD No. 1922718 - Baby of Lakshmi Sundaresan, 8 months - congenital glaucoma, combined trab-trabeculotomy
3. MRD No. 1901336 - Mrs. Fathima Beevi, 58 years, Kilpauk, Chennai, mobile 98400 00732 - phacomorphic glaucoma, SICS

Her conduct was excellent. For verification please contact the undersigned (medadmin@snmail.example.org).

Dr. S. Raghunathan
Director - Glaucoma Services
Verified copy; stamp and signature on original
""",
ids=[("College Road, Chennai - 600 006","ADDRESS"),("1870045","HOSPITAL_NUMBER"),("Karuppasamy Thevar","PATIENT_NAME"),("Madurai","ADDRESS"),
     ("1922718","HOSPITAL_NUMBER"),("Baby of Lakshmi Sundaresan","PATIENT_NAME"),("Lakshmi Sundaresan","RELATIVE_NAME"),
     ("1901336","HOSPITAL_NUMBER"),("Fathima Beevi","PATIENT_NAME"),("Kilpauk, Chennai","ADDRESS"),("98400 00732","PHONE"),
     ("medadmin@snmail.example.org","EMAIL")],
keep=["Dr. Priya Venkataraman","TNMC 98214","Dr. S. Raghunathan","1,146","trabeculectomies with MMC","Ahmed valve","IOP 48 -> 14 mmHg",
      "62 years","8 months","SANKARA NETHRALAYA"],
))

DOCS.append(dict(
id="s52-019", kind="wpba_crs_export", applicant="Dr Priya Venkataraman",
text="""RCOphth ePortfolio - Clinical Rating Scale (CRS): Gonioscopy   [PDF export, pasted]
Trainee: Priya Venkataraman    GMC: 7583310
Assessor: Miss Harriet Oduya-Fenwick    Role: Consultant   Assessor GMC: 4920371
Date of assessment: 21/11/2023    Clinic: Glaucoma, BEH Room 14

Case description (trainee): 58F, narrow angles on van Herick (grade 1), referred by community optometrist after acute haloes. Hosp no BEH0609937. Indentation gonioscopy performed with Sussman 4-mirror.
Domains                                  Rating
Explanation to patient                   Meets expectations
Technique (lens, illumination, indentation) Meets expectations
Identification of angle structures      Above expectations
Grading (Shaffer / Spaeth)               Meets expectations
Interpretation and plan                  Meets expectations

Assessor feedback: Correctly identified PAS inferiorly and appositional closure superiorly; Spaeth grading documented (B10f, 2+ pigment). Recommended bilateral laser PI - Priya consented the patient with the help of her son (who translated into Cantonese). Suggest slowing down explanation of LPI risks (IOP spike, dysphotopsia).
Outcome: Competent

Signed: H. Oduya-Fenwick (electronic)  22/11/2023
""",
ids=[("4920371","GMC_NUMBER"),("BEH0609937","HOSPITAL_NUMBER")],
keep=["Priya Venkataraman","7583310","Miss Harriet Oduya-Fenwick","H. Oduya-Fenwick","Priya","van Herick (grade 1)","Sussman 4-mirror",
      "Spaeth","B10f","58F","21/11/2023"],
))

DOCS.append(dict(
id="s52-020", kind="email", applicant="Dr Priya Venkataraman",
text="""From: Jasmine Kettering <jasmine@ketteringopticians.example.co.uk>
Sent: 03 April 2024 17:48
To: BEH Eye Emergency <beh.eyereferrals@uhbw.example.nhs.uk>
Cc: Venkataraman Priya (UHBW)
Subject: URGENT same-day referral - ?CRAO - Leonard Fitch-Ambrose DOB 14/07/1946

Dear eye casualty team,

I would be grateful if you could see Mr Leonard Fitch-Ambrose today. He reports sudden painless loss of vision in the left eye at 15:10 whilst watching TV.

VA: R 6/7.5, L HM. L RAPD. Fundus (Optomap attached): L cherry-red spot, attenuated arterioles, no emboli visible. IOP 16/17 (iCare).
PMH: AF (not anticoagulated, stopped warfarin last year after a fall), hypertension.
Lives alone at 22 Ridgeway Mews, Fishponds BS16 2LA; phone 0117 496 0521. Neighbour Mr Dobson is driving him in now.

GOC 01-28834, Kettering Opticians, 118 Gloucester Road.

Kind regards,
Jasmine Kettering BSc(Hons) MCOptom

---------------- reply ----------------
From: Venkataraman Priya (UHBW)
Sent: 03 April 2024 18:05
Thanks Jasmine - seen. Outside the window for IA thrombolysis; urgent TIA pathway and stroke team involved. I will write to you and his GP. Priya
Dr Priya Venkataraman, Eye Casualty, Bristol Eye Hospital, ext 23611
""",
ids=[("Jasmine Kettering","COLLEAGUE_NAME"),("jasmine@ketteringopticians.example.co.uk","EMAIL"),
     ("beh.eyereferrals@uhbw.example.nhs.uk","EMAIL"),("Leonard Fitch-Ambrose","PATIENT_NAME"),("22 Ridgeway Mews, Fishponds","ADDRESS"),
     ("BS16 2LA","POSTCODE"),("0117 496 0521","PHONE"),("Mr Dobson","RELATIVE_NAME"),("GOC 01-28834","GMC_NUMBER"),
     ("118 Gloucester Road","ADDRESS"),("Jasmine","COLLEAGUE_NAME"),("23611","PHONE")],
keep=["Venkataraman Priya","Dr Priya Venkataraman","Priya","14/07/1946","cherry-red spot","RAPD","IOP 16/17","warfarin","Bristol Eye Hospital","6/7.5"],
))

DOCS.append(dict(
id="s52-021", kind="mm_presentation_notes", applicant="Dr Priya Venkataraman",
text="""Ophthalmology Morbidity & Mortality meeting - 14/03/2023 - presenter notes (Dr P Venkataraman)
Chair: Miss H Oduya-Fenwick     Attendance: 23 (consultants, fellows, trainees, theatre nurses)

Case 1: Post-cataract endophthalmitis
- Mrs A.G. (initials only on slides; hosp no BEH0478852), 77F, diabetic (HbA1c 71)
- Uncomplicated phaco LE on 21/02/2023 (my list, Theatre 4). Intracameral cefuroxime 1 mg/0.1 mL given - confirmed on WHO checklist.
- Day 3 - pain and VA HM; hypopyon 2 mm. Vitreous tap + intravitreal vancomycin 1 mg/0.1 mL and ceftazidime 2.25 mg/0.1 mL within 2 h (on-call Dr Tobias Lindgren).
- Culture: Staphylococcus epidermidis. Final VA 6/18.
- Learning: her daughter Mrs Gill had phoned on day 2 and was told by reception (Tracey) to wait for the routine appointment. Eye casualty triage line script changed - "pain or worse vision after surgery = same day".

Case 2: Missed giant cell arteritis
- Mr R.T., 81M, BEH0490117 - presented to eye casualty with transient visual obscurations; ESR 78, CRP 46. Discharged by locum (Dr Neville Ashcombe) without steroids or TA biopsy; returned 5 days later with AION and NPL vision right eye.
- Learning: GCA probability score (GCAPS) now on the eye casualty proforma; prednisolone 60 mg started same day if clinical suspicion.

Datix numbers: W301877 (case 1), W302245 (case 2).
""",
ids=[("A.G.","PATIENT_NAME"),("BEH0478852","HOSPITAL_NUMBER"),("Tobias Lindgren","COLLEAGUE_NAME"),("Mrs Gill","RELATIVE_NAME"),
     ("Tracey","COLLEAGUE_NAME"),("R.T.","PATIENT_NAME"),("BEH0490117","HOSPITAL_NUMBER"),("Neville Ashcombe","COLLEAGUE_NAME"),
     ("W301877","REFERENCE_NUMBER"),("W302245","REFERENCE_NUMBER")],
keep=["Dr P Venkataraman","Miss H Oduya-Fenwick","cefuroxime 1 mg/0.1 mL","vancomycin 1 mg/0.1 mL","ceftazidime 2.25 mg/0.1 mL",
      "HbA1c 71","ESR 78","prednisolone 60 mg","GCAPS","WHO checklist","Staphylococcus epidermidis","77F","81M"],
))

DOCS.append(dict(
id="s52-022", kind="rota_extract", applicant="Dr Priya Venkataraman",
text="""BRISTOL EYE HOSPITAL - MIDDLE GRADE ON-CALL ROTA  (Rota coordinator: Sophie Tremlett, ext 23090)
Period: 4 Dec 2023 - 31 Dec 2023     Pattern: 1 in 8, non-resident after 22:00

Date      | Day   | Middle grade on call         | Contact        | Consultant on call
04/12/23  | Mon   | Dr P Venkataraman             | 07700 900611   | Miss H Oduya-Fenwick
05/12/23  | Tue   | Dr Lucas Ferreira-Hughes      | 07700 900634   | Mr G Halliwell
06/12/23  | Wed   | Dr Anjali Ramamurthy          | 07700 900672   | Mr G Halliwell
07/12/23  | Thu   | Dr Kwabena Asiedu             | 07700 900689   | Miss H Oduya-Fenwick
08/12/23  | Fri   | Dr P Venkataraman             | 07700 900611   | Mr R Szymanski
09/12/23  | Sat   | Dr P Venkataraman             | 07700 900611   | Mr R Szymanski
10/12/23  | Sun   | Dr P Venkataraman             | 07700 900611   | Mr R Szymanski
...
25/12/23  | Mon   | Dr Tobias Lindgren (swap w/ PV, agreed 01/11) | 07700 900703 | Miss H Oduya-Fenwick
Locum cover 28/12 - 30/12: Dr Emeka Uzochukwu (agency), mobile 07700 900720

Prepared by Dr Priya Venkataraman (rota lead for fellows, Sept 2023 - Aug 2024); signed off by Miss H Oduya-Fenwick, Clinical Director
""",
ids=[("Sophie Tremlett","COLLEAGUE_NAME"),("23090","PHONE"),("07700 900611","PHONE"),("Lucas Ferreira-Hughes","COLLEAGUE_NAME"),
     ("07700 900634","PHONE"),("Mr G Halliwell","COLLEAGUE_NAME"),("Anjali Ramamurthy","COLLEAGUE_NAME"),("07700 900672","PHONE"),
     ("Kwabena Asiedu","COLLEAGUE_NAME"),("07700 900689","PHONE"),("Mr R Szymanski","COLLEAGUE_NAME"),("Tobias Lindgren","COLLEAGUE_NAME"),
     ("07700 900703","PHONE"),("Emeka Uzochukwu","COLLEAGUE_NAME"),("07700 900720","PHONE")],
keep=["Dr P Venkataraman","PV","Dr Priya Venkataraman","Miss H Oduya-Fenwick","1 in 8","04/12/23"],
))

# ---------------- Ms Adaeze Nwosu-Hart, ENT ----------------

DOCS.append(dict(
id="s52-023", kind="clinic_letter", applicant="Ms Adaeze Nwosu-Hart",
text="""Leeds Teaching Hospitals NHS Trust
Department of Otolaryngology - Head & Neck Surgery, Leeds General Infirmary
Paediatric ENT Clinic

Date of clinic: 16/05/2023         Letter ref: ANH/PENT/05/1163
NHS number: 273 500 3531           Hospital number: LTH 6H10442

Dr Farida Qureshi
Chapeltown Family Surgery
Leeds

Dear Dr Qureshi

Re: Mason Pryce-Whitfield, DOB 09/10/2017 (5 years)
    23 Sholebroke Avenue, Chapel Allerton, Leeds LS7 3HG

Diagnosis: 1. Recurrent acute tonsillitis - meets SIGN 117 / Paradise criteria (8 documented episodes in the last 12 months, 5 with antibiotics)
           2. Obstructive sleep-disordered breathing - mum's video shows snoring with pauses; STOP-Bang not applicable; Brodsky grade 3 tonsils

I saw Mason today with his mother, Kerry-Ann, and his grandad. He has missed 19 school days this year (he is in Reception class). There are no bleeding disorders in the family and no history of easy bruising.

I have listed him for adenotonsillectomy (coblation intracapsular tonsillectomy) as a day case; overnight stay is not needed as he is over 3 years, weight 21.4 kg, no significant comorbidity. I explained a 2-3% risk of secondary haemorrhage needing readmission. Kerry-Ann gave consent (consent form 3 signed).

Please prescribe nothing further for now; he can have ibuprofen 200 mg and paracetamol 360 mg for sore throats.

Yours sincerely

Ms Adaeze Nwosu-Hart FRCS (ORL-HNS)
Specialty Doctor in ENT
On behalf of Mr Rupert Callender, Consultant Otolaryngologist
""",
ids=[("ANH/PENT/05/1163","REFERENCE_NUMBER"),("273 500 3531","NHS_NUMBER"),("LTH 6H10442","HOSPITAL_NUMBER"),("Farida Qureshi","COLLEAGUE_NAME"),
     ("Dr Qureshi","COLLEAGUE_NAME"),("Mason Pryce-Whitfield","PATIENT_NAME"),("Mason","PATIENT_NAME"),
     ("23 Sholebroke Avenue, Chapel Allerton, Leeds","ADDRESS"),("LS7 3HG","POSTCODE"),("Kerry-Ann","RELATIVE_NAME")],
keep=["09/10/2017","Ms Adaeze Nwosu-Hart","Mr Rupert Callender","SIGN 117","Paradise criteria","Brodsky grade 3","21.4 kg",
      "ibuprofen 200 mg","paracetamol 360 mg","Leeds General Infirmary","2-3%"],
))

DOCS.append(dict(
id="s52-024", kind="mm_incident_review", applicant="Ms Adaeze Nwosu-Hart",
text="""ENT Clinical Governance / M&M - case review summary
Meeting: 11/01/2024, Clarendon Wing seminar room, LGI     Presented by: Ms A. Nwosu-Hart
Datix: LTH-IR-2023-118204     StEIS: not reportable (moderate harm, reviewed under PSIRF as a learning response)

Patient: 24M, "DF" on slides (full details on Datix), post-tonsillectomy day 6 secondary haemorrhage.
Timeline
19:40  Presented to ED at St James's University Hospital - spitting fresh blood ~50 mL. Obs stable, Hb 131.
20:15  ED registrar (Dr Imogen Carvell) phoned ENT SHO; advised hydrogen peroxide gargles and observation at SJUH.
22:50  Second bleed ~300 mL in ED. Hb 104. Transfer to LGI (no ENT on site at SJUH out of hours).
23:35  Arrived LGI; I took him to theatre 00:20 - bleeding from lower pole right tonsillar fossa, bipolar + Surgicel, EBL 450 mL. Tranexamic acid 1 g IV given.
Outcome: discharged day 3 post-return, Hb 98, no transfusion.

Issues
1. Delay in transfer; patient should have been transferred at first bleed under the regional post-tonsillectomy haemorrhage pathway.
2. The ENT SHO (Dr Oliver Braithwaite-Kaur) did not escalate to me as registrar - he felt "it was only a small bleed".
Actions: laminated pathway card for ED majors at SJUH; TXA 1 g IV at first bleed; ENT induction includes escalation session (owner: AN-H).

Minutes approved by Mr R Callender (Clinical Lead, ENT) 25/01/2024
""",
ids=[("LTH-IR-2023-118204","REFERENCE_NUMBER"),("DF","PATIENT_NAME"),("Imogen Carvell","COLLEAGUE_NAME"),
     ("Oliver Braithwaite-Kaur","COLLEAGUE_NAME")],
keep=["Ms A. Nwosu-Hart","AN-H","Mr R Callender","Hb 131","Tranexamic acid 1 g IV","EBL 450 mL","St James's University Hospital",
      "PSIRF","24M","11/01/2024"],
))

DOCS.append(dict(
id="s52-025", kind="foreign_experience_letter_ocr", applicant="Ms Adaeze Nwosu-Hart",
text="""[OCR output - scanned letterhead, some characters misread]
LAGOS UNIVERSITY TEACHING H0SPITAL
P.M.B. 12003, Idi-Araba, Lagos, Nigeria
Department of Ear, Nose and Thr0at Surgery

Ref: LUTH/ENT/C0NF/2019/044                      15th March 2O19

TO WH0M IT MAY C0NCERN

CERTIFICATE OF SERVICE - DR. ADAEZE NWOSU-HART
This is to certify that Dr. Adaeze Nwosu-Hart (MDCN Reg. No. 41378) served as Senior Registrar in this department from 1st January 2O15 to 28th February 2O19. She performed the following procedures as primary surgeon (from the departmental register):

  Tonsillectomy / adenotonsillectomy ......... 212
  Tracheostomy (emergency and elective) ....... 47
  Mastoidectomy (cortical / modified radical) . 31
  Rigid oesophagoscopy for FB removal ......... 58

Notable cases for which she was commended:
- Hosp. No. LUTH/O8/227190, Master Chukwuemeka 0biora (4 yrs) - coin impacted at cricopharynx, removed under GA
- Hosp. No. LUTH/14/O05512, Mrs Bose Adeyemi-Lawal, of 12 Ogunlana Drive, Surulere - emergency tracheostomy for Ludwig's angina
- Hosp. No. LUTH/17/3O9981, Alhaji Musa Danjuma - juvenile angiofibroma (assisted Prof.)

Yours faithfully,
[signature]
Prof. O. A. Akinwande
Head of Department, ENT, LUTH
Tel: +234 1 555 O1O2
""",
ids=[("LUTH/ENT/C0NF/2019/044","REFERENCE_NUMBER"),("P.M.B. 12003, Idi-Araba, Lagos, Nigeria","ADDRESS"),("LUTH/O8/227190","HOSPITAL_NUMBER"),("Chukwuemeka 0biora","PATIENT_NAME"),
     ("LUTH/14/O05512","HOSPITAL_NUMBER"),("Bose Adeyemi-Lawal","PATIENT_NAME"),("12 Ogunlana Drive, Surulere","ADDRESS"),
     ("LUTH/17/3O9981","HOSPITAL_NUMBER"),("Musa Danjuma","PATIENT_NAME"),("+234 1 555 O1O2","PHONE")],
keep=["DR. ADAEZE NWOSU-HART","Dr. Adaeze Nwosu-Hart","MDCN Reg. No. 41378","Prof. O. A. Akinwande","LAGOS UNIVERSITY TEACHING H0SPITAL",
      "212","Ludwig's angina","4 yrs","15th March 2O19"],
))

DOCS.append(dict(
id="s52-026", kind="discharge_summary", applicant="Ms Adaeze Nwosu-Hart",
text="""Belfast Health and Social Care Trust - Royal Victoria Hospital
ENT Ward 4B - Electronic Discharge Letter (NIECR)

Patient: Siobhan McCusker-Devlin     DOB: 30/11/1983     Gender: Female
H&C number: 705 898 4816     RVH number: RV-3315772
Address: 58 Glenview Park, Andersonstown, Belfast BT11 8HR    Tel: 028 9649 6813
GP: Dr Declan Mulholland, Falls Road Health Centre

Admission: 02/03/2020 - 06/03/2020    Consultant: Mr Cathal Breen    Discharging doctor: Dr A Nwosu-Hart (ENT Clinical Fellow)

Diagnosis: Left peritonsillar abscess (quinsy) with trismus; sepsis on admission (lactate 3.2)
Procedures: Needle aspiration x2 (3 mL, then 6 mL pus) under LA on 02/03/2020; incision and drainage on 03/03/2020
Microbiology: Streptococcus pyogenes (group A), sensitive to penicillin
Treatment: IV benzylpenicillin 1.2 g QDS + metronidazole 500 mg TDS; dexamethasone 8 mg single dose. Step down to phenoxymethylpenicillin 500 mg QDS for 7 days total.
Second quinsy in 18 months - for interval tonsillectomy discussion in ENT clinic (8 weeks). Partner (Ciaran) aware.

Signed: A. Nwosu-Hart  06/03/2020 14:10   Verified for portfolio: Mr C. Breen, Consultant ENT Surgeon
""",
ids=[("Siobhan McCusker-Devlin","PATIENT_NAME"),("705 898 4816","NHS_NUMBER"),("RV-3315772","HOSPITAL_NUMBER"),
     ("58 Glenview Park, Andersonstown, Belfast","ADDRESS"),("BT11 8HR","POSTCODE"),("028 9649 6813","PHONE"),
     ("Declan Mulholland","COLLEAGUE_NAME"),("Ciaran","RELATIVE_NAME")],
keep=["30/11/1983","Female","Mr Cathal Breen","Mr C. Breen","Dr A Nwosu-Hart","A. Nwosu-Hart","Royal Victoria Hospital","Ward 4B",
      "benzylpenicillin 1.2 g QDS","metronidazole 500 mg TDS","dexamethasone 8 mg","lactate 3.2","Streptococcus pyogenes"],
))

DOCS.append(dict(
id="s52-027", kind="wpba_dops_export", applicant="Ms Adaeze Nwosu-Hart",
text="""ISCP Direct Observation of Procedural Skills (DOPS) - Otolaryngology
Trainee: Ms Adaeze Nwosu-Hart   GMC 7330975
Assessor: Mr Rupert Callender (Consultant)   Assessor GMC 2976514
Procedure: Flexible nasendoscopy with laryngeal examination (2WW neck lump clinic)
Date: 07/02/2023   Complexity: Moderate   Setting: Head and Neck clinic, Chancellor Wing, St James's University Hospital

Patient: 64M, ex-smoker 40 pack-years, 3 cm level II neck lump; hospital number not recorded (patient sticker removed)
Findings: ulcerated lesion right tonsil extending to tongue base; no airway compromise. Urgent biopsy + PET-CT requested.

Ratings (N = development required, D = satisfactory, S = outstanding)
- Consent: D        - Preparation (co-phenylcaine spray): D
- Technique / navigation: S        - Examination of larynx (voice, cords mobility): S
- Communication of findings to patient: D - clear, did not promise diagnosis before histology
- Documentation: D
Overall: Competent to perform unsupervised

Assessor comments: Very slick. Adaeze explained to the patient's wife (who asked us to call her "Babs") why a biopsy was needed. Check that the scope is logged in the decontamination tracking (she forgot the barcode sticker today - nurse Tamsin sorted it).
""",
ids=[("2976514","GMC_NUMBER"),("Babs","RELATIVE_NAME"),("Tamsin","COLLEAGUE_NAME")],
keep=["Ms Adaeze Nwosu-Hart","7330975","Mr Rupert Callender","Adaeze","co-phenylcaine spray","40 pack-years","64M","07/02/2023",
      "St James's University Hospital"],
))

DOCS.append(dict(
id="s52-028", kind="chat_export", applicant="Ms Adaeze Nwosu-Hart",
text="""[Microsoft Teams chat export - "LGI ENT on call" group - 21/08/2023]
[21/08/2023 01:12] Fraser Nuttall (ENT SHO): evening all - epistaxis in ED majors cubicle 9, 79F, on rivaroxaban 20mg, anterior rapid rhino in, still oozing. Name Dorothy Quarmby, LTH 2K77309. BP 182/95
[21/08/2023 01:14] Adaeze Nwosu-Hart: Thanks Fraser. INR not useful on riva - get FBC, G&S, renal. Last dose?
[21/08/2023 01:16] Fraser Nuttall (ENT SHO): 18:00. Daughter (Rosemary) says she takes it with tea. Also on aspirin 75
[21/08/2023 01:17] Adaeze Nwosu-Hart: Coming down. If still bleeding with bilateral packs by 01:40 we'll need a posterior balloon. Discuss with haem reg re andexanet - bleep 6620
[21/08/2023 01:49] Adaeze Nwosu-Hart: Posterior bleed R. Foley + bilateral packs. Stable. Admit Ward 26 bed 4, obs hourly, TXA 1 g TDS. Hold riva, restart per haem
[21/08/2023 01:50] Fraser Nuttall (ENT SHO): 👍 will do. Night coordinator Jan is finding a bed
[21/08/2023 07:58] Rupert Callender: Good job both. Fraser, please do a Datix - 2 h wait for ENT in ED was flagged by Dr Whitcombe. Ref when you have it.
[21/08/2023 08:30] Fraser Nuttall (ENT SHO): Datix LTH-IR-2023-109556 logged
""",
ids=[("Fraser Nuttall","COLLEAGUE_NAME"),("Fraser","COLLEAGUE_NAME"),("Dorothy Quarmby","PATIENT_NAME"),("LTH 2K77309","HOSPITAL_NUMBER"),
     ("Rosemary","RELATIVE_NAME"),("6620","PHONE"),("Jan","COLLEAGUE_NAME"),("Dr Whitcombe","COLLEAGUE_NAME"),
     ("LTH-IR-2023-109556","REFERENCE_NUMBER")],
keep=["Adaeze Nwosu-Hart","Rupert Callender","rivaroxaban 20mg","aspirin 75","TXA 1 g TDS","andexanet","Ward 26 bed 4","79F",
      "BP 182/95","21/08/2023"],
))

DOCS.append(dict(
id="s52-029", kind="safeguarding_referral", applicant="Ms Adaeze Nwosu-Hart",
text="""LEEDS CHILDREN'S SOCIAL WORK SERVICE - Front Door Safeguarding Hub
Professional referral form (copy for referrer's records)
Referral no: FDSH-24-006631        Date/time: 29/02/2024 16:45
Referrer: Ms Adaeze Nwosu-Hart, ENT Specialty Doctor, Leeds General Infirmary. Contact via LGI switchboard, bleep 5418
Also informed: Named Nurse for Safeguarding Children (Helen Ackroyd), Paediatric consultant on call (Dr Marcus Ebbw-Vale)

Child: Tyler-James Hinchcliffe     DOB 02/12/2019 (4 y)    Male     NHS 540 941 7305
Address: 112 Beeston Hill Row, Leeds LS11 8PB
School/nursery: Little Acorns Nursery, Beeston
Parents/carers: Chantelle Hinchcliffe (mother); mother's partner "Deano" (Dean Sowerby), not the biological father
Others in household: half-sister Kaylee (9 months)

Reason for referral
Tyler-James presented to ENT with a torn left ear lobe (full-thickness, approx 1.5 cm) and bruising behind both ears (Battle's sign excluded - no head injury on CT; bruises symmetrical, 'pinch/pull' pattern). Explanation from Mr Sowerby: "caught it on the stairgate". Mum said he fell at nursery. Child said "Deano pulled". Also fingertip bruising to left upper arm (4 marks).
This is inconsistent with the history given and with his developmental stage. Skeletal survey and paediatric review arranged as per Leeds Child Protection procedure.

Action taken: child admitted to Ward L31 under paediatrics; police (West Yorkshire Police) informed by social care - crime ref 13240110771.
""",
ids=[("FDSH-24-006631","REFERENCE_NUMBER"),("5418","PHONE"),("Helen Ackroyd","COLLEAGUE_NAME"),("Marcus Ebbw-Vale","COLLEAGUE_NAME"),
     ("Tyler-James Hinchcliffe","PATIENT_NAME"),("Tyler-James","PATIENT_NAME"),("540 941 7305","NHS_NUMBER"),
     ("112 Beeston Hill Row, Leeds","ADDRESS"),("LS11 8PB","POSTCODE"),("Little Acorns Nursery, Beeston","ADDRESS"),
     ("Chantelle Hinchcliffe","RELATIVE_NAME"),("Deano","RELATIVE_NAME"),("Dean Sowerby","RELATIVE_NAME"),("Mr Sowerby","RELATIVE_NAME"),
     ("Kaylee","RELATIVE_NAME"),("13240110771","REFERENCE_NUMBER")],
keep=["Ms Adaeze Nwosu-Hart","02/12/2019","Male","Battle's sign","Leeds General Infirmary","Ward L31","1.5 cm","West Yorkshire Police"],
))
