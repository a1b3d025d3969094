from gen_common import *
a=A1
d("icu_daily_review", a, """
ICU DAILY REVIEW  -  {{St James's University Hospital}}, {{Ward J83}} (Adult ICU)   Bed {{14}}
Pt: [[AL-RASHID, Yusuf|P]]   MRN [[J4471823|H]]   NHS [[486 912 3375|N]]   DOB {{03/11/1957}}   {{M}}
Day {{4}} of admission. Reviewed by {{Dr Mariam Haddad}} (ICM registrar) with {{Dr Helen Okonkwo}} (consultant).
A: ETT {{size 8.0}}, {{23 cm}} at lips. B: {{PSV 12/5}}, {{FiO2 0.35}}, P/F {{28 kPa}}. C: {{noradrenaline 0.08 mcg/kg/min}}, MAP {{68}}, lactate {{1.9}}.
D: {{RASS -2}} on {{propofol 2%}} {{12 ml/h}} + {{alfentanil 0.5 mg/h}}. CAM-ICU neg.
E: {{piperacillin-tazobactam 4.5 g}} tds day 3. Cr {{164}} (baseline {{88}}).
Son [[Omar|R]] updated by phone [[07700 900418|PH]]. Mr [[Al Rashid|P]] remains for SBT tomorrow.
Plan: SAT/SBT am, wean norad, repeat {{SOFA}} ({{9}} today).
""")
d("icu_handover", a, """
night handover icu 2/12 - mh
bed 3 [[mrs grace o'donoghue|P]] 71F  ({{DOB 14/02/1955}}) hosp no [[RJ0093317|H]] - urosepsis, off pressors 22:00, for step down to {{ward J27}} am. daughter [[siobhan|R]] wants call b4 move (mob [[07700 900552|PH]])
bed 5 [[Piotr KOWALCZYK|P]] / pt says "[[Peter|P]]" - 44M post OHCA, TTM {{36C}}, {{GCS 3}} off sedation day 2, neuroprog {{72h}} mark = {{05/12}}. wife [[Agnieszka|R]] + [[Pastor Nowak|R]] from [[St Stanislaus church, Harehills|A]] visiting
bed 9 [[Hope Mensah-Bonsu|P]] 29F DKA, {{FRIII}} {{0.1 u/kg/h}}, K {{3.4}} replaced. ketones {{1.1}}
bed 11 empty (SNOD aware re bed 5)
handed to {{Dr Haddad}} by [[Dr Fraser Lim|C]] ST4
""")
d("snod_referral", a, """
Organ Donation – SNOD referral record
Referral ID: [[ODT-REF-2026-118407|REF]]     Time of referral: {{03:42}}  Date: {{05/12/2026}}
Referring clinician: {{Dr Mariam Haddad}}, GMC {{7291846}}, {{St James's University Hospital}} ICU
SNOD: [[Claire Whitcombe|C]], pager [[0113 496 0721|PH]]
Potential donor: [[KOWALCZYK Piotr Jan|P]], {{44}}, {{male}}, DOB {{21/08/1982}}, NHS No [[9434765919|N]], hospital no [[RJ0087219|H]]
Diagnosis: hypoxic brain injury after out-of-hospital arrest (CAD [[YAS-26-1204-0377|REF]]).
Triggers met: {{GCS ≤4}}, plan to discuss withdrawal. Not on ODR per search? – ODR check pending.
NOK: wife [[Agnieszka Kowalczyk|R]], [[17 Gledhow Lane|A]], [[Leeds|A]] [[LS8 4QT|PC]], tel [[0113 496 0188|PH]].
Religion: Roman Catholic; family wish priest present ([[Fr. Tadeusz|R]]).
Coroner referral required: yes (ref to follow).
""")
d("organ_donation_family_meeting", a, """
FAMILY MEETING NOTE — ICU, {{St James's University Hospital}}
Present: {{Dr Mariam Haddad}} (lead), [[Claire Whitcombe|C]] SNOD, [[Sr Bernadette Ward|C]] (bedside nurse),
wife [[Agnieszka|R]], brother [[Marek Kowalczyk|R]], interpreter (Polish) [[Ewa Zielinska|C]] via DA Languages booking [[DAL-778201|REF]].
Patient: [[Mr Kowalczyk|P]] (referred to by family as "[[Piotruś|P]]").
Explained: results of {{CT head}} ({{07/12}}): diffuse loss of grey-white differentiation; {{SSEP}} absent N20 bilaterally; {{NSE 96}}.
Family understood that further treatment would not lead to recovery. [[Marek|R]] asked about donation before it was raised;
SNOD then took over the conversation. Consent for DCD given by wife; faith needs: Holy Communion/anointing.
Next: {{Dr Haddad}} to inform HM Coroner; referral [[COR/WY/26/04412|REF]].
Signed {{Dr Mariam Haddad}} 07/12/2026 16:10
""")
d("ward_round_list_csv", a, """
bed,name,mrn,age,sex,dx,day,plan
1,"[[NGUYEN Thi Lan|P]]",[[J4510927|H]],{{63}},F,CAP + AKI,{{2}},"CRRT cont, {{CVVHDF 25 ml/kg/h}}"
2,"[[Rose Baker|P]]",[[J4498113|H]],{{82}},F,# NOF post-op resp failure,{{5}},"ceiling of care: {{ward-based}}, DNACPR in place"
4,"[[Mohamed Abdi Warsame|P]]",[[J4502266|H]],{{37}},M,TB meningitis ?,{{1}},"LP, {{RIPE + dexamethasone 0.4 mg/kg}}"
6,"[[Will Brennan|P]]",[[J4499741|H]],{{58}},M,variceal bleed,{{3}},"{{terlipressin 2 mg}} qds, OGD done"
7,"[[Dafydd ap Rhys|P]]",[[J4507718|H]],{{69}},M,AAA repair day 1,{{1}},"extubate, {{epidural 0.1% bupi 8 ml/h}}"
# exported by {{MH}} {{07:58}}
""")
d("interpreter_email", a, """
From: {{Mariam Haddad}} <[[mariam.haddad@nhs.example.uk|E]]>
To: Interpreting Bookings <[[interpreting@leedsth.example.uk|E]]>
Subject: URGENT Somali interpreter – ICU bed 4 – family meeting today 15:00

Hi,
Could we please have a face-to-face Somali interpreter (female preferred) for a family meeting on ICU at {{15:00}} today.
Patient: [[Mohamed Abdi Warsame|P]] (also registered as "[[Maxamed Cabdi Warsame|P]]" on PAS), MRN [[J4502266|H]].
Family contact: sister [[Hodan Warsame|R]] [[07700 900731|PH]]. She has asked that her husband, [[Mr Abdirahman Yusuf|R]], also attend.
Cost code {{ICU-4471}}.
Thanks
Mariam
{{Dr Mariam Haddad}} | ICM Registrar | {{Leeds Teaching Hospitals NHS Trust}}
Bleep {{2217}}

> Reply from bookings: Confirmed – [[Faadumo Ismail|C]], booking no [[INT-2612-0093|REF]].
""")
d("wba_dops", a, """
DOPS – Percutaneous tracheostomy
Trainee: {{Dr Mariam Haddad}}   GMC: {{7291846}}
Assessor: {{Dr Helen Okonkwo}}, Consultant Intensivist, GMC {{4581120}}
Date: {{19/09/2026}}   Setting: {{ICU, St James's University Hospital}}
Patient: {{68}} y/o {{male}}, prolonged wean (day {{11}}), Bed 12 – [[D. Bishop|P]]  hosp no [[J4432208|H]]
Procedure: {{Ciaglia Blue Rhino}}, size {{8.0 Portex}} tube, bronchoscopic guidance by [[Dr Sunil Varma|C]].
Domains: all rated {{"meets expectations for completion of training"}}; ultrasound pre-scan of neck vessels done well.
Assessor comment: safe, clear communication with airway operator. Next: lead a difficult-anatomy case.
Signed {{H. Okonkwo}}
""", extra_keep=["4581120"])
d("reflective_entry", a, """
Reflection – the man who was called "Bishop"
I looked after a {{68}}-year-old man on a prolonged wean whom everyone on the unit called "[[Bishop|P]]" — his surname, and also because he had been a lay preacher at [[Holy Trinity Pentecostal, Chapeltown Road|A]]. His wife, [[Mrs Euphemia Bishop|R]], brought a hymn book every day.
What I learned: nicknames can feel affectionate but they leaked into handover sheets and a drug chart. After this case I changed our handover template so the name field pulls from PAS only.
I discussed the case with my educational supervisor {{Dr Helen Okonkwo}} on {{02/10/2026}}.
(Mapped to ICM CiP {{11}}, professional behaviour.)
{{Dr Mariam Haddad}}
""")
d("coroner_statement", a, """
STATEMENT OF WITNESS  (Coroners and Justice Act 2009)
Coroner's ref: [[WY-INQ-2026-0581|REF]]
Deceased: [[Arjun Patel-Singh|P]]  DOB {{12/06/1991}}  Date of death {{14/08/2026}}
I am {{Dr Mariam Haddad}}, GMC number {{7291846}}, Specialty Registrar in Intensive Care Medicine at {{St James's University Hospital}}.
I first met [[Mr Patel-Singh|P]] at {{02:15}} on {{13/08/2026}} when the outreach nurse, [[Mr Kwame Asante|C]], asked me to review him on {{ward J27}}.
He had a {{NEWS2}} of {{9}}. The foundation doctor, [[Dr Lucy Hargreaves|C]], had prescribed {{1 litre Hartmann's}}.
His mother, [[Mrs Kamaljit Patel|R]], was present and told me he worked as a driver for [[Swift Parcels Ltd, Stourton depot|A]].
I intubated him at {{03:05}} using {{ketamine 100 mg}} and {{rocuronium 80 mg}}. Consultant on call was [[Dr Andrew Pryce|C]].
Datix [[W-241187|REF]] was raised by the ward.
I believe the facts stated in this statement are true.  Signed  {{M. Haddad}}  {{20/08/2026}}
""")
d("supervision_record", a, """
Educational Supervision meeting – record
Trainee: {{Dr Mariam Haddad}} (GMC {{7291846}}), portfolio pathway ICM
Supervisor: {{Dr Helen Okonkwo}}
Date {{02/10/2026}}
Discussed: SNOD-supported donation case (patient [[P.K.|P]], bed 5), coroner statement for [[A P-S|P]], tracheostomy DOPS.
Concern raised by MH about registrar colleague [[Dr Fraser Lim|C]] leaving handover early on 3 occasions — agreed MH will raise via rota lead, not as a Datix.
Actions: complete {{FICM}} CiP {{3}} evidence; attend {{ECMO}} retrieval course; 2 more ACATs.
Signed: {{H Okonkwo}} / {{M Haddad}}
""")
d("teaching_feedback", a, """
Teaching session feedback — "Vasopressors for the foundation doctor"
Presenter: {{Dr Mariam Haddad}}    Date {{11/11/2026}}   Venue: {{Clinical Sciences Building, St James's}}
Responses: {{14}}. Mean rating {{4.6/5}}.
Comments:
- "The case of the lady on {{noradrenaline 0.3}} was great" 
- "would like more on {{vasopressin 0.03 units/min}}"
- "Please send slides to [[f.amadi@nhs.example.uk|E]]"  ([[Dr Femi Amadi|C]], FY1)
- "[[Mr Ward|P]]'s case (the bed 2 gentleman) made it click" 
Collated by {{Mrs Joanne Pickles}}, Medical Education Manager (verified).
""")
d("ocr_scan_icu_chart", a, """
LEEDS TEACHING H0SPITALS NHS TRUST   lCU OBSERVATI0N CHART   pg {{2}} of {{4}}
Name: [[DEMIR, Elif|P]]       Hosp N0: [[J44 81 907|H]]     NHS N°: [[732 481 9920|N]]
D0B: {{3O/O4/1974}}  Sex: {{F}}  C0nsultant: {{Dr H Okonkw0}}
tirne  HR   BP       SpO2  FiO2
{{08:00}}  {{112}}  {{94/51}}   {{93}}    {{0.5}}
{{1O:OO}}  1O4  1OO/58   95    0.45
Alergies: penici11in (rash)
Rev'd {{M Hadd4d}} — disc w/ husband [[Mehmet|R]] via Turkish interp. (Language Line ID [[251447|O]])
""", extra_keep=["penici11in"])
d("rota_message", a, """
[WhatsApp – ICU Regs, exported]
[06/12/2026, 18:02] {{Mariam Haddad}}: Can anyone swap nights 14-16 Dec? Family emergency in Amman
[06/12/2026, 18:05] [[Fraser Lim|C]]: can do 14th only
[06/12/2026, 18:11] [[Dr Chidinma Eze|C]]: I'll take 15+16, MH you owe me 😂
[06/12/2026, 18:15] {{Mariam Haddad}}: Thank you!! Rota coordinator please note → [[rota.icu@leedsth.example.uk|E]]
[06/12/2026, 18:20] [[Ryan (rota)|C]]: updated, new rota v{{7.3}} uploaded
""")
d("acat", a, """
ACAT (Acute Care Assessment Tool) — ICU take {{21/10/2026}}
Trainee {{Dr M. Haddad}}; Assessor {{Dr Gareth Llewellyn}}, consultant anaesthetist (verifier)
Patients reviewed ({{6}}):
 1. [[J.W.|P]] {{54M}} – pancreatitis, {{APACHE II 14}}
 2. [[Ms Joy Adeleke-Smith|P]] {{31F}} – asthma, {{magnesium 2 g IV}}
 3. [[Mr Tran Van Duc|P]] ("[[Duc Tran|P]]" on ED board) {{77M}} – pneumonia, {{CURB-65 4}}
 4. [[Mrs Ó Súilleabháin|P]] / [[Mrs O'Sullivan|P]] {{80F}} – hip fracture, referred back to ward
 5. bed 8 – lady from [[Bramley Lawn care home|A]], aspiration
 6. [[Mark|P]] ({{19M}}, surname unknown on arrival), overdose, {{paracetamol level 240 mg/L}}, {{acetylcysteine}} started
Global: performing at level expected. {{G. Llewellyn}}
""")
d("m_and_m_icu", a, """
ICU MORBIDITY & MORTALITY — November 2026 (slides as text)
Slide 1: Case 1 – unplanned extubation
  {{63F}}, bed 1, [[Mrs Nguyen|P]] (MRN [[J4510927|H]]). Self-extubated {{02:40}} during CRRT circuit change.
  Nurse-to-patient 1:2 that night (nurse [[Dolores Grant|C]] covering beds 1+2).
Slide 2: Timeline – reintubated {{02:58}} by [[Dr Eze|C]]; no hypoxic injury.
Slide 3: Learning – {{RASS}} target documented, {{dexmedetomidine 0.7 mcg/kg/h}} considered.
Slide 4: Actions – Datix [[W-249930|REF]]; LFPSE [[LFPSE-2026-3318845|REF]]
Presented by {{Dr Mariam Haddad}}, chaired by {{Dr Helen Okonkwo}}
""")
d("complaint_response", a, """
Our ref: [[PALS/26/1988|REF]]    Your ref: [[HR-ABB-19|REF]]
Mr [[Adebayo Adebayo-Williams|R]]
[[Flat 4, 22 Roundhay Road|A]]
[[Leeds|A]]  [[LS7 1AB|PC]]

Dear Mr [[Adebayo-Williams|R]],
Thank you for your letter about the care of your mother, [[Mrs Folasade Adebayo-Williams|P]], on our intensive care unit between {{2}} and {{9 October 2026}}.
You were concerned that you were not told promptly of her transfer to {{Ward J25}}. {{Dr Mariam Haddad}}, the registrar on duty, has reviewed the records: the transfer happened at {{23:10}} and the call to you was made at {{08:30}} the next morning. This fell short of our standard. We have changed our practice so that next of kin are called before any night transfer.
Your mother's nurse that night, [[Staff Nurse Priya Chauhan|C]], has also reflected on this.
Yours sincerely
{{Dr Helen Okonkwo}}, Clinical Director, Critical Care
""")
d("short_note", a, """
mh – cvc insertion r IJ, bed 9 ([[hope m-b|P]]), US guided, {{1 pass}}, {{CXR}} ok tip at {{carina +2 cm}}. no cx.
""")
d("msf_summary", a, """
Multi-source feedback summary – {{Dr Mariam Haddad}}
Raters: {{12}} (consultants {{4}}, nurses {{5}}, AHP {{2}}, admin {{1}}). Collated by {{Dr Helen Okonkwo}}.
Free text:
"Calm with families — I saw her with the [[Warsame|P]] family and the interpreter." — nurse
"Sometimes late to sign ABG results; [[Sr Ward|C]] had to chase." — nurse
Scores: all domains ≥ {{5/6}}.
""")
d("ics_transfer_letter", a, """
Transfer summary ICU -> {{Ward J27}}     {{08/12/2026}}
[[ROSE, Margaret Hope|P]]   {{82 F}}   DOB {{19/01/1944}}   RJ no. [[J4498113|H]]   NHS [[943 476 5919|N]]
GP: [[Dr A. Chaudhry|C]], [[Harehills Lane Surgery|A]], [[LS9 6NE|PC]], tel [[0113 496 0456|PH]]
NOK: granddaughter [[Grace Rose|R]] [[07700 900219|PH]]
ICU course: type 2 resp failure post #NOF; NIV {{IPAP 18 / EPAP 6}}; {{frusemide 40 mg}} IV bd.
Ceiling: ward-based, {{ReSPECT}} form completed ({{2026-12-07}}).
{{Dr M Haddad}}, ICM Reg, bleep {{2217}}
""")
d("sedation_audit_rows", a, """
AUDIT: daily sedation hold compliance (ICU, Nov 2026) — lead {{Dr Mariam Haddad}}, supervisor {{Dr Gareth Llewellyn}}
row|bed|patient|MRN|sedation|SAT done|RASS
1|3|[[G O'D|P]]|[[RJ0093317|H]]|{{propofol}}|Y|{{-1}}
2|5|[[PK|P]]|[[RJ0087219|H]]|{{propofol+alfentanil}}|N (TTM)|{{-5}}
3|12|[[DB|P]]|[[J4432208|H]]|{{midazolam}}|Y|{{-2}}
4|14|[[YAR|P]]|[[J4471823|H]]|{{propofol}}|Y|{{0}}
Compliance {{75%}} (standard {{90%}}). Re-audit {{March 2027}}.
""")
d("cbd", a, """
CbD — ethical decision-making re ceiling of care
Trainee: {{Dr Mariam Haddad}}  Assessor: {{Dr Gareth Llewellyn}} (GMC {{6012734}})
Case: {{82}}-year-old woman ([[Mrs R.|P]]), {{Clinical Frailty Scale 7}}. Family (granddaughter [[Grace|R]]) initially wanted full escalation.
Discussion of {{Mental Capacity Act 2005}} best interests, {{ReSPECT}}.
Outcome: competent. Trainee referenced GMC guidance "Treatment and care towards the end of life".
""", extra_keep=["6012734"])
d("on_call_email_thread", a, """
From: [[Dr Andrew Pryce|C]] <[[a.pryce@leedsth.example.uk|E]]>
Sent: 13 August 2026 03:20
To: {{Mariam Haddad}}
Re: ward J27 referral

Fine to intubate, I'm 20 min away. Call [[Dr Varma|C]] on [[07700 900664|PH]] if you need a second pair of hands.

--
From: {{Mariam Haddad}}
Sent: 13 August 2026 03:01
28M on J27 — [[APS|P]] — {{NEWS2 9}}, {{pH 7.12}}, lactate {{6.8}}. For RSI + ICU. MRN [[J4519004|H]]

Dr Andrew Pryce | Consultant ICM | [[https://leedsth.example.uk/icm/pryce|U]]
""")
d("donation_audit", a, """
Potential Donor Audit extract (Q3 2026) — verified by {{Dr Helen Okonkwo}}, CLOD
Case no | age | sex | referral | approach by SNOD | outcome
[[PDA-26-0417|REF]] | {{44}} | M | Y | Y | DCD proceeded
[[PDA-26-0422|REF]] | {{67}} | F | Y | N (family declined before approach) | —
[[PDA-26-0431|REF]] | {{23}} | M | N (missed) | — | learning: referral trigger {{GCS ≤4}}
Missed referral: patient [[Kieran Doyle|P]] of [[Seacroft|A]]; Datix [[W-252210|REF]].
""")
