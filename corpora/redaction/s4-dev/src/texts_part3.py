# Source of texts.jsonl, part 3 (d4-025 .. d4-036). Markup as in part 1.

DOCS = []

DOCS.append(dict(id="d4-025", kind="eportfolio_wba", applicant="Dr Mohammed Iqbal Chaudhry", src="""JRCPTB ePortfolio (NHS ePortfolio)  -  ACAT  (Acute Care Assessment Tool)
Export for portfolio pathway application - page {{1 of 2}}

Trainee: {{Dr Mohammed Iqbal Chaudhry}}        GMC Number: {{7125587}}
Assessor: {{Dr Gwen Rutherford-Shaw}}, Consultant Physician (GIM/Respiratory)    Assessor GMC No.: [[4128873|GMC]]
Assessor email: [[g.rutherford-shaw@nhs.net|EM]]
Date of take: {{23/10/2023}} (24 h acute take, Severnside General)    Number of patients seen: 14

Cases discussed at post-take (selected by assessor):
  1. 71F  [[S0921034|HN]]  - {{NSTEMI}}, GRACE 168, started {{ticagrelor 180 mg}} load, cath lab referral
  2. 45M  [[S0928817|HN]]  - alcohol-related hepatitis, {{Maddrey's discriminant function}} 41, {{Glasgow alcoholic hepatitis score}} 9, steroids discussed
  3. 83M  [[S0899420|HN]]  - {{CURB-65 4}} pneumonia, TEP: ward-based ceiling, discussed with son [[Barry|RN]]
  4. 29F  [[S0931256|HN]]  - DKA (new T1DM) - FRIII, K+ replaced
  5. 66M  [[S0930082|HN]]  - PE with RV strain, sPESI 1, {{troponin T 64 ng/L}}, discussed thrombolysis - not given
  6. 90F  [[S0914471|HN]] (Mrs [[Queenie Adebowale|PN]]) - hypoactive delirium, {{4AT 8}}
  (8 further patients - not discussed)

Domains (rated: below / meets / above expectations for CCT):
  Clinical assessment ............................. above
  Medical record keeping ........................... meets (handwriting legible, timed/dated; omission: allergy not recorded for pt 2)
  Investigations & referrals ....................... above
  Management of critically ill patient ............. above
  Time management / prioritisation ................. above (prioritised pt 5 > pt 1 appropriately)
  Team working / leadership ........................ above - led take with FY1 Dr [[Ifeoma Chukwu|CN]] and CMT Dr [[Josef Novák|CN]]
  Handover ......................................... meets

Assessor comments: A well-run, safe take. Excellent clinical reasoning in pt 5 (clear documentation of bleeding risk and the {{PESI}} / {{Hestia}} criteria). Noted that pt 6 had been in ED for 14 h - raised via Datix [[219944|REF]] (not the trainee's responsibility).
Overall: Meets expectation for completion of training.
Signed: {{G. Rutherford-Shaw}}   30/10/2023
"""))

DOCS.append(dict(id="d4-026", kind="msf_summary", applicant="Dr Wei Zhang", src="""Multi-Source Feedback (MSF / 360) - summary report
Doctor: {{Dr Wei Zhang}}   GMC {{7618824}}   Speciality: Emergency Medicine   Cycle: 2025 (closed {{30/06/2025}})
Responses: 17 (consultants 4, trainees 5, nurses 6, admin/other 2)   Minimum required: 12
Report released by: {{Dr Abimbola Fashanu}}, Educational Supervisor, Kingsmead University Hospital

Domain scores (mean, 1-5)                     Dr Zhang   Peer group mean
Clinical knowledge & skills                     4.6         4.3
Team working                                    4.8         4.2
Communication with patients & relatives         4.5         4.3
Professional behaviour / probity                4.9         4.6
Teaching                                        4.4         3.9

Free-text (verbatim, not edited):
 + "Calm in resus. When we had the paediatric arrest in Feb (the little boy, [[Alfie|PN]]) {{Dr Zhang}} ran it brilliantly and came back to debrief us all." - nurse
 + "Always takes time to teach, even on a busy night. Taught me the {{Ottawa ankle rules}} and how to do a {{fascia iliaca block}}." - trainee
 + "Excellent with relatives, e.g. stayed after his shift to talk to Mrs [[Yeboah|RN]] whose husband died." - nurse
 - "Occasionally too quick to take over procedures from juniors - I didn't get to do my LP." - trainee
 - "Sometimes goes to the staff room without telling the NIC ([[Gemma|CN]] raised this)." - nurse
 + "Wei is the reason I didn't leave EM." - trainee (Dr [[Rahul Dev|CN]] - identifies self)

Patient feedback (PSQ, 28 responses): overall 4.7/5. Comment: "The Chinese doctor explained my scan, and rang my daughter for me." 
Self-assessment vs raters: slightly under-rates self on teaching.
Action plan agreed at ES meeting {{14/07/2025}}: delegate procedures with supervision; shadow NIC for one shift.
"""))

DOCS.append(dict(id="d4-027", kind="clinic_letter", applicant="Dr Rhodri ap Gwilym", src="""Ysbyty Cwm Tawel - Department of Medicine for Older People / Adran Meddygaeth Pobl Hŷn
Falls & Syncope Clinic

Our ref: [[RapG/FALLS/W104477|REF]]              Clinic date: {{12/08/2025}}
Dictated: 12/08/2025   Typed: 19/08/2025 (sec: [[GL|CN]])

Dr [[Huw Prosser|CN]]
[[Meddygfa'r Bont|AD]]
[[High Street|AD]]
[[Rhayader|AD]]
[[LD6 5AB|PC]]

Dear Dr [[Prosser|CN]]

Re: Mrs [[Iris Vaughan|PN]]   DOB {{14/02/1942}}   Hospital no. [[W104477|HN]]   NHS no. [[719 604 2283|NHS]]
[[Tŷ Gwyn, Heol y Bryn|AD]], [[Llanfair-ym-Muallt|AD]] [[LD2 3XY|PC]]

Diagnoses
1. Recurrent falls - multifactorial: {{orthostatic hypotension}} (drug-related), sarcopenia, L cataract
2. {{Parkinson's disease}} (diagnosed 2019) - Hoehn & Yahr 2.5
3. Osteoporosis - {{T-score -3.1}} (L femoral neck), previous #L wrist 2021

Medication changes: stop {{doxazosin 4 mg}}; reduce {{co-careldopa 25/100}} to 1 tab TDS (was 1.5); start {{alendronic acid 70 mg}} weekly + Adcal-D3 1 tab BD.

I saw Mrs [[Vaughan|PN]] with her son [[Geraint|RN]] today. She has had 4 falls since March, all on standing, one with a long lie (2 h). Lying BP 152/84, standing at 3 min 112/68 with symptoms: a drop of 40 mmHg systolic. {{Clinical Frailty Scale 5}}. {{Timed Up and Go 19 s}}. {{MoCA 24/30}}. ECG sinus rhythm, PR 184 ms, QTc 432 ms.

She lives alone; [[Geraint|RN]] visits daily. She would like a pendant alarm - referral made to Care & Repair. OT home visit requested.

I will see her again in {{3 months}} with a repeat lying/standing BP. Please check U&E in 2 weeks.

Yn gywir / Yours sincerely

{{Dr Rhodri ap Gwilym}}  MB BCh MRCP
Consultant Geriatrician
cc: Mrs [[Vaughan|PN]] (patient); Parkinson's nurse specialist [[Lowri Jenkins|CN]]
"""))

DOCS.append(dict(id="d4-028", kind="discharge_summary", applicant="Dr Priyanka Raghunathan", src="""SEVERNSIDE GENERAL HOSPITAL - INPATIENT DISCHARGE SUMMARY (eDS)
Our ref: [[AMU/DS/S0877124|REF]]       Printed {{22/05/2024}} 15:02      Page {{1 of 2}}

Patient: [[OKAFOR, Augustine Chukwuma|PN]]      Hosp no: [[S0877124|HN]]      NHS: [[485 777 3456|NHS]]
DOB: {{11/08/1943}} (80y)   Sex: Male   Address: [[14 Hazel Grove|AD]], [[Wexcombe|AD]] [[WX12 4RB|PC]]
GP: Dr [[Selina Marwood|CN]], [[Hazel Grove Surgery|AD]]  (practice code [[L84021|OID]])
Admitted: 17/05/2024 via ED   Discharged: 22/05/2024   Ward: {{Ward 9}}   Consultant: {{Dr Priyanka Raghunathan}}

Diagnosis: Community-acquired pneumonia, right lower lobe ({{ICD-10 J18.1}}; SNOMED {{233604007}})
Complications: Hypoglycaemia (CBG 2.1) on 18/05 ({{E16.0}}) - see Datix [[220417|REF]]
Co-morbidities: {{Type 1 diabetes mellitus}}, CKD 3a, hypertension, hearing impairment (bilateral aids)

Summary: Admitted with productive cough, {{CURB-65 2}}, CRP 188, CXR RLL consolidation. Treated with {{amoxicillin 1 g TDS}} IV -> oral, 5-day course complete. Hypoglycaemia on night 1 due to missed CBG monitoring and reduced intake; basal insulin reduced. Treatment escalation plan discussed with patient and daughter ([[Lindsey|RN]], LPA) on 20/05 - for full escalation, {{DNACPR}} rescinded (form cancelled 20/05, see notes). Hearing aids lost on transfer - replacement requested via audiology.

Medication on discharge:
 {{Lantus 16 units}} at 22:00 (was 18 units)     CHANGED
 {{NovoRapid}} per carb counting (ratio 1:10)     unchanged
 {{ramipril 5 mg}} OD                              unchanged
 {{atorvastatin 40 mg}} ON                         unchanged
Allergies: penicillin - NO (documented as "rash in 1970s", tolerated amoxicillin this admission - label removed)

Follow up: GP to check U&E + CBG diary 1 week. Diabetes nurse [[Anne-Marie Coyle|CN]] will phone ([[01632 960341|PH]]).
Completed by: Dr [[Tom Ashdown|CN]] FY1 (bleep [[3307|PH]])  Checked by: {{Dr P. Raghunathan}}, Consultant
"""))

DOCS.append(dict(id="d4-029", kind="clinic_letter", applicant="Dr Kwame Boateng", src="""Northfield Healthcare NHS Foundation Trust
Memory Assessment Service, Whitmore Lodge

Our ref: [[KB/MAS/RiO 2047781|REF]]
NHS No: [[812 440 9973|NHS]]
Date: {{3 April 2025}}

PRIVATE AND CONFIDENTIAL
Dr [[Imogen Fairclough|CN]]
[[Church Lane Surgery|AD]], [[Church Lane|AD]], [[Stainforth|AD]] [[DN7 5AA|PC]]

Dear Dr [[Fairclough|CN]]

Mr [[Clement Joseph Baptiste|PN]]  DOB {{08/06/1946}}
[[41 Windsor Avenue|AD]], [[Stainforth|AD]] [[DN7 5HT|PC]]   Tel [[01632 960672|PH]]

Diagnosis: {{Alzheimer's disease}}, mixed type with vascular component ({{ICD-10 F00.2}}), mild stage.

I saw Mr [[Baptiste|PN]] with his wife, Mrs [[Marguerite Baptiste|RN]], in the memory clinic. He is a retired bus driver originally from Dominica. Over 18 months [[Marguerite|RN]] has noticed repetition, losing his way when driving to Doncaster market (he has now stopped driving) and difficulty managing money.

Examination and tests: {{ACE-III 72/100}} (Attention 16/18, Memory 13/26, Fluency 8/14, Language 23/26, Visuospatial 12/16). MMSE equivalent {{MMSE 24/30}}. CT head (Feb 2025): generalised atrophy, moderate small vessel disease (Fazekas 2). Bloods incl. B12, folate, TFT normal.

Plan:
1. Start {{donepezil 5 mg}} at night, increase to {{donepezil 10 mg}} after 4 weeks if tolerated. Pulse 72, ECG normal - no contraindication.
2. DVLA informed by patient (form CG1 posted 03/04). He has agreed not to drive.
3. Referral to Admiral Nurse service and Carers' Centre for Mrs [[Baptiste|PN]].
4. Lasting Power of Attorney discussed - their daughter [[Simone|RN]] in Leeds will help.
5. Review in memory clinic in {{12 weeks}} (nurse-led, Nurse [[Efua Asante|CN]]).

Yours sincerely

{{Dr Kwame Boateng}}
Consultant Old Age Psychiatrist   GMC {{7336458}}
"""))

DOCS.append(dict(id="d4-030", kind="clinic_letter", applicant="Dr Aoife Brennan", src="""Lagan Valley & Wexcombe University Hospitals - Pre-operative Assessment Clinic (anaesthetic high-risk clinic)
Our ref: [[POA/AB/K0993415|REF]]   (please quote)
Clinic {{04/03/2025}}

To: Mr [[Cormac Whelan|CN]], Consultant Colorectal Surgeon
cc: Dr [[Aisling Devlin|CN]] (GP), Mr [[Al-Rashid|PN]]

Re: Mr [[Mohammed Saeed Al-Rashid|PN]], DOB {{21/11/1951}}, H&C no. [[320 118 5547|NHS]], Hosp [[K0993415|HN]]
Planned: laparoscopic anterior resection (T3N1 rectal adenocarcinoma), listed {{18/03/2025}}

Thank you for referring this 73-year-old man to the high-risk clinic. 
PMH: IHD (PCI to LAD 2017), T2DM (HbA1c 61), {{obstructive sleep apnoea}} on CPAP (AHI 34), CKD 3a (eGFR 51), BMI 34.
Airway: {{Mallampati 3}}, thyromental distance 6 cm, beard. Previous anaesthetic 2017 uneventful ("easy intubation" per letter).
Functional: {{CPET}} 24/02/2025 - {{VO2 peak 13.8 ml/kg/min}}, {{AT 9.4 ml/kg/min}}, VE/VCO2 at AT 36.
Risk: {{ASA 3}}, {{P-POSSUM}} mortality 4.6%, {{NELA}} n/a (elective), {{STOP-BANG 6}}, RCRI 2.

Plan: 
 - Proceed. GA + TIVA, art line, consider rectus sheath catheters (avoid epidural - on {{clopidogrel 75 mg}}, cardiology agree to stop 7 days pre-op)
 - Bring own CPAP; post-op {{Level 2}} care (HDU bed booked)
 - {{metformin}} omit on day; {{gliclazide}} omit; VRIII if CBG > 12
 - Prehab: walking programme + iron studies (Hb {{Hb 118 g/L}}, ferritin 22) - {{ferric carboxymaltose 1 g}} IV arranged

I discussed the risks (including 1 in 25 risk of death within 30 days) with Mr [[Al-Rashid|PN]] and his daughter, Dr [[Noor Al-Rashid|RN]] (who is a pharmacist). He wishes to proceed.

{{Dr Aoife Brennan}} FCAI
Consultant Anaesthetist
"""))

DOCS.append(dict(id="d4-031", kind="email_thread", applicant="Dr Hannah Fairweather", src="""From: [[Hannah.Fairweather@nhs.net|EM]]
Sent: 14 February 2025 08:14
To: [[Raj.Varadarajan@nhs.net|EM]]
Cc: [[bri.ed.governance@nhs.net|EM]]
Subject: RE: missed scaphoid - [[BRI-ED-25-009811|HN]]

Hi [[Raj|CN]],

Thanks - agree, that's on us. I've spoken to the SHO (Dr [[Olly Brennan-Hart|CN]]) who saw him, he's upset but has reflected well. I'll do the call to the patient today and log it.
For the record the pt is Mr [[Tobias Lark|PN]] (24M), DOB {{09/05/2000}}, seen 01/02, discharged with "wrist sprain", no scaphoid views, {{Ottawa}} not relevant (that's ankle/knee!) - anatomical snuffbox tenderness was documented.
Datix is [[223118|REF]].

Hannah

{{Dr Hannah Fairweather}}
Consultant in Emergency Medicine | Bridgewater Royal Infirmary
ext [[5521|PH]] | mobile [[07700 900114|PH]]

-----Original Message-----
From: [[Raj.Varadarajan@nhs.net|EM]]
Sent: 13 February 2025 17:46
To: [[Hannah.Fairweather@nhs.net|EM]]
Subject: missed scaphoid - [[BRI-ED-25-009811|HN]]

Hannah - FYI, discrepancy from the radiology report ({{CT wrist}} 13/02 when he re-attended at the fracture clinic): undisplaced waist of scaphoid fracture, seen in retrospect on the original XR wrist from 01/02 which was only reported 12/02 (reporting backlog ~11 days - that is a radiology issue, which I'll raise at RDA). Patient is [[Lark|PN]], NHS [[6370024471|NHS]].
Can you take the ED side? Orthopaedics (Mr [[Kalinowski|CN]]) has put him in a cast, likely {{12 weeks}}, 1 in 10 risk of non-union.

Thanks
[[Raj|CN]]
Dr [[Raj Varadarajan|CN]], Consultant Radiologist - [[https://teams.microsoft.com/l/chat/0/0?users=raj.varadarajan@nhs.net|URL]]

> > From ED governance inbox, 01/02: "Reminder - all XR requested by ED must be reviewed by the requesting clinician before discharge (see {{ED-SOP-014}})"

[Added for portfolio: Duty of Candour call done 14/02 14:30, apology given, patient happy with plan. Reflection in {{SLO 8}}. - {{H.F.}}]
"""))

DOCS.append(dict(id="d4-032", kind="email_thread", applicant="Dr Chidinma Okafor-Bright", src="""Subject: Difficult airway alert - Mrs [[Blessing Adeyemi|PN]] [[K2271098|HN]]
From: {{Okafor-Bright Chidinma}} (KINGSMEAD UNIVERSITY HOSPITAL NHS TRUST) <[[chidinma.okafor-bright@nhs.net|EM]]>
Date: Thu, {{6 Jun 2024}} 21:47
To: [[anaesthesia.airwaylead@nhs.net|EM]]; Dr [[Gordon Ruddock|CN]] <[[g.ruddock@nhs.net|EM]]>

Hi [[Gordon|CN]],

Can you add this lady to the difficult airway database pls:
[[Blessing Adeyemi|PN]], 35F, DOB {{17/10/1988}}, NHS [[4021157736|NHS]], K no. [[K2271098|HN]]
Category 1 section tonight 19:50 (fetal bradycardia). Failed spinal, GA. {{Cormack-Lehane grade 3b}} with McGrath, bougie failed x2, {{i-gel size 4}} inserted (2nd gen SGA), oxygenation maintained (lowest {{SpO2 89%}}), proceeded with surgery on SGA as per {{OAA/DAS}} algorithm - Table 3 "proceed". Baby fine (Apgars 7, 9).
I've explained to her and her husband ([[Kayode|RN]]) and given the letter + the DAS alert card. I've also written to her GP (Dr [[Amina Yusuf|CN]], [[Brook Lane Medical Practice|AD]]).

Thanks
{{Chidi}}

---- reply ----
From: Dr [[Gordon Ruddock|CN]]
Date: Fri, 7 Jun 2024 08:03
Done - added to the Kingsmead DAL (entry [[DAL-0419|OID]]). Well managed. Can you present it at M&M on the 19th? And can you fill in the {{NAP}}-style proforma for the obstetric airway audit - link: [[https://forms.office.com/e/Kx9PqR2mLt|URL]]
Also pls complete the Datix (we log all failed intubations in obstetrics) - mine is [[224401|REF]] for the CICO drill incident last week, so number yours separately.
[[GR|CN]]
Dr [[Gordon Ruddock|CN]], Airway Lead

---- reply ----
From: [[chidinma.okafor-bright@nhs.net|EM]]
Date: Fri, 7 Jun 2024 09:15
Thanks - Datix [[224455|REF]] done. Will present on 19/06. {{C. Okafor-Bright}}
"""))

DOCS.append(dict(id="d4-033", kind="email_thread", applicant="Dr Ioana Popescu", src="""From: Popescu Ioana (CASTLEGATE MH) <[[ioana.popescu1@nhs.net|EM]]>
To: Bed Management <[[castlegate.bedbureau@nhs.net|EM]]>; [[Marcus Teo|CN]] <[[marcus.teo@nhs.net|EM]]>
Date: 11 February 2025 16:20
Subject: URGENT - PICU bed needed - [[HB|PN]] - still in ED 31 hours

Hi all,

Escalating again. Patient: [[Harvey Bellingham|PN]] ("[[HB|PN]]"), {{34M}}, RiO [[1036528|HN]], ED attendance [[ED25-120447|HN]]. Detained {{s.2}} at 09:05 on {{10/02}}. Acute psychosis, assaulted a security officer in ED (police incident [[KMP-250210-0117|REF]]), needed {{haloperidol 5 mg}} + {{promethazine 50 mg}} IM x2. He needs a PICU bed, not an acute bed.

Bed bureau ref: [[BB-250211-07|OID]]. Out of area offer from {{St Aldhelm's PICU}}? - can someone confirm funding (IFR not needed for PICU?).

He has now been in the ED for {{31 hours}}. This is the 3rd 12-hour breach this month for MH patients. I have Datix'd ([[226310|REF]]).

Ioana

{{Dr Ioana Popescu}} | Consultant Liaison Psychiatrist | {{Kingsmead University Hospital}}
ext [[6680|PH]]

From: [[Marcus Teo|CN]]
Sent: 11 February 2025 17:02
Ioana, PICU bed at {{Whitmore Lodge}} from 19:00 tonight ({{Bed 4}}). Transport booked (secure, ref [[TRN-88121|REF]]). Mother (Mrs [[Angela Bellingham|RN]]) has been told by the ward. Sorry for the delay.
[[Marcus Teo|CN]], Patient Flow Manager (MH), [[07700 900675|PH]]

From: Popescu Ioana
Sent: 11 February 2025 17:10
Thank you. Handover done to ED NIC ([[Roisin|CN]]) - {{NEWS2 0}}, last IM at 13:40, physical obs stable. I'll do the MH Act paperwork check before transfer. I.P.
"""))

DOCS.append(dict(id="d4-034", kind="email_thread", applicant="Dr Mohammed Iqbal Chaudhry", src="""From: [[m.chaudhry7@nhs.net|EM]]
To: [[clinical.audit.sgh@nhs.net|EM]]
Date: Mon, 4 Mar 2024 11:52
Subject: FW: NIV audit - data for cycle 2 (CONTAINS PID - do not forward outside trust)

Hi [[Aileen|CN]],

Please see below - 12 patients for cycle 2 of the NIV audit (standards: {{BTS 2016}} / {{NCEPOD 2017}} "Inspiring Change"). I've pulled the times from the ABG machine and the NIV charts.

Hosp No.    Init   Age/Sex   ABG pH   Decision->NIV (min)   Setting
[[S0912276|HN]]    [[MN|PN]]     {{71F}}       7.29     45                    RSU
[[S0918840|HN]]    [[JR|PN]]     66M       7.31     190                   Ward 15
[[S0909117|HN]]    [[EL|PN]]     82F       {{7.24}}     30                    ED
[[S0920043|HN]]    [[PB|PN]]     59M       7.33     55                    RSU
[[S0921980|HN]]    [[OT|PN]]     77M       7.27     240                   {{Ward 15}} (overnight, no trained nurse)
[[S0919331|HN]]    [[KD|PN]]     69F       7.30     40                    RSU
... (6 more in attached spreadsheet NIV_c2.xlsx)

Median time decision to NIV: {{52 min}} ({{cycle 1: 118 min}}). Target {{<60 min}}: {{8/12}} ({{67%}}).

Can you check pt [[EL|PN]] - the NHS no. on the spreadsheet is [[9434765919|NHS]] but I think that's a typo (10 digits but fails the check digit?).

Thanks, Mo
{{Dr M. I. Chaudhry}}, Consultant Respiratory Physician

-----Original-----
From: [[Aileen McCardle|CN]] <[[clinical.audit.sgh@nhs.net|EM]]>
Hi Dr Chaudhry, registered as audit no. [[CA-2024-071|REF]]. Can you send the data by Friday? [[Aileen|CN]]
"""))

DOCS.append(dict(id="d4-035", kind="safeguarding_referral", applicant="Dr Oluwaseun Adebayo-Coker", src="""ADULT SAFEGUARDING CONCERN - Care Act 2014 (s.42)   Local authority: Sandwell
Referral no: [[ASC-SG-2025-004417|REF]]       Date/time: {{09/05/2025}} 11:35
Referrer: {{Dr Oluwaseun Adebayo-Coker}}, Specialty Doctor EM, Dudley Road Hospital ED.  GMC {{7364015}}
Referrer contact: ED safeguarding lead line [[0121 496 0800|PH]]

Adult at risk
Name: Mrs [[Patience Mercy Owusu|PN]]   Known as: "[[Auntie Pat|PN]]"
DOB {{02/12/1944}} (80)   Gender: female   Ethnicity: Black British - Ghanaian
NHS: [[483 930 1176|NHS]]    ED no.: [[DRH-ED-2505-1877|HN]]
Address: [[Flat 22, Beacon Court|AD]], [[Oldbury Road|AD]], [[Smethwick|AD]] [[B66 1QF|PC]]
Lives with: grandson [[Jermaine Owusu-Boateng|RN]] (24) - main carer (Carer's Allowance)

Nature of concern: neglect/acts of omission; possible financial abuse
- Brought by ambulance (CAD [[250509-0147|REF]]) after neighbour (Mr [[Desmond Clarke|RN]], [[Flat 21|AD]]) found her on the floor. Estimated long lie 2 days. 
- Grade 3 pressure ulcer sacrum, {{Waterlow 24}}. Weight 41 kg (was 58 kg in 2023 per GP record). Na {{Na 151 mmol/L}}, urea 19.
- Pt says grandson "takes my pension card"; she was anxious he would find out she told us.
- {{Mental Capacity Act 2005}}: capacity to decide about safeguarding enquiry - has capacity (assessed by me 10:50); consents to referral.

Immediate safety: admitted under medicine ({{Ward 5}}), not to be discharged until social care review. Grandson told only that she is admitted.
Others informed: GP (Dr [[Ravinder Bains|CN]]), hospital safeguarding team ([[Lydia Abara|CN]]). Police not contacted (pt's wish, no immediate risk) - to be reviewed by LA.
Social worker allocated (from LA response 12/05): [[Keisha Burrell|CN]], tel [[0121 496 0912|PH]], [[keisha.burrell@sandwell.gov.example|EM]]

Verified for portfolio by: {{Dr Samir Haddad}}, ED Consultant & Safeguarding Lead
"""))

DOCS.append(dict(id="d4-036", kind="safeguarding_referral", applicant="Dr Gareth Pryce-Jones", src="""MASH / Children's Services referral - Wales Safeguarding Procedures (Child at risk, {{Social Services and Well-being (Wales) Act 2014}}, s.130)
Ref: [[MASH-CTN-24-09931|REF]]        Date: {{27/07/2024}} 03:20
From: {{Dr Gareth Pryce-Jones}}, Consultant EM, Ysbyty Glan Tawe ED   (tel via switch [[01632 960000|PH]] ext [[3312|PH]])

Reason for referral: adult patient attending ED with domestic abuse injuries; children in the household.

Adult patient: [[Kerry-Ann Probert|PN]], 29F, DOB {{13/01/1995}}, ED no. [[GT24-071188|HN]]
Address: [[8 Brynhyfryd Terrace|AD]], [[Pontardawe|AD]] [[SA8 4LL|PC]]
Injuries: facial bruising, #nasal bones (clinical), fingertip bruises on upper arms, strangulation marks (non-fatal strangulation - petechiae above the collar line). Pt states partner ([[Jason Lloyd|RN]], DOB 02/06/1990) assaulted her at 01:00.
DASH completed by ED nurse [[Siân Harries|CN]]: score {{17/24}} = high risk -> MARAC referral also made.

Children in household:
 1. [[Tyler Probert|RN]], 9y, DOB {{30/03/2015}}
 2. [[Mali Lloyd|RN]], 3y, DOB 11/09/2020
Children were at home with partner when mother left (by taxi). Police informed 03:05 - South Wales Police ref [[SWP-2407270041|REF]], officer PC [[Ieuan Davies|CN]] (collar [[4471|OID]]).

Actions: welfare check by police at home 03:40 - children safe, partner arrested. Maternal grandmother Mrs [[Glenys Probert|RN]] ([[07700 900772|PH]]) to care for children tonight.
Pt has capacity and consents to referrals. {{NICE NG50}} / {{VAWDASV}} pathway followed. Photographs taken with consent ({{ED forensic photography SOP}}).
"""))
