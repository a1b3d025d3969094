# Source of texts.jsonl, part 4 (d4-037 .. d4-046). Markup as in part 1.

DOCS = []

DOCS.append(dict(id="d4-037", kind="safeguarding_referral", applicant="Dr Agnieszka Nowak-Lewandowska", src="""MARAC REFERRAL FORM (Tyneside)      *** RESTRICTED when complete ***
MARAC ref (office use): [[MRC/NT/25/0612|REF]]        Date of referral: {{17/01/2025}}
Referring agency: Tyneside & Wear MH Trust - Home Treatment Team North
Referrer: {{Dr Agnieszka Nowak-Lewandowska}}, Consultant Psychiatrist   Secure email: [[a.nowak-lewandowska@nhs.net|EM]]   Tel [[0191 498 0725|PH]]

Victim
Name: [[Roxanne Mae Tully|PN]]   Alias/other names: [[Roxy Dunn|PN]]   DOB {{05/05/1991}}   Gender F
Address: [[23 Rectory Gardens|AD]], [[Felling|AD]], [[Gateshead|AD]] [[NE10 0QT|PC]]   Safe to contact on: [[07700 900426|PH]] (texts only, after 18:00)
Children: [[Kai|RN]] (6) and [[Lacey|RN]] (4) - school-age child attends local primary

Perpetrator
Name: [[Dean Anthony Tully|RN]]   DOB 19/08/1988   Relationship: husband (separated Nov 2024)   Address: not known (sofa-surfing, [[Felling|AD]] area)
PNC / police: Northumbria Police crime ref [[NP-25-0034518|REF]] (assault, 12/01/2025)

Risk
{{DASH RIC score: 16}} ({{DASH 16/24}} - high)    Professional judgement: high (escalating, non-fatal strangulation Dec 2024, threats to kill, access to weapon (crossbow), separation)
Victim's mental health: {{recurrent depressive disorder}}, current moderate episode ({{PHQ-9 17}}, {{GAD-7 15}}); overdose 03/01/2025 (paracetamol 24 x 500 mg) in context of abuse. Open to HTT since 05/01/2025 (RiO [[1049930|HN]]).
Victim is aware of referral: yes, consents.
IDVA referral: yes - Harbour Outreach IDVA [[Gemma Rowntree|CN]]

Summary of concern: On home visit 16/01/2025 (with HTT nurse [[Craig Pattinson|CN]]), Ms [[Tully|PN]] disclosed that [[Dean|RN]] had been waiting outside the children's school twice this week and had sent 40+ texts including "you won't see Easter". She showed us a photograph of the crossbow. She is frightened to go to the police again because [[Dean|RN]]'s brother ([[Lee Tully|RN]]) lives on the same street ([[Rectory Gardens|AD]]).
[[Roxanne|PN]] asked that letters are NOT sent to the home address. I have discussed with the Trust safeguarding adults lead ([[Pauline Oakes|CN]]) who agreed the MARAC threshold is met on professional judgement and DASH score.
Information-sharing: {{Data Protection Act 2018}} Sch. 8 para 4 / {{Crime and Disorder Act 1998}} s.115.
Next MARAC: {{30/01/2025}}. I will attend or send the HTT care coordinator.
Signed {{A. Nowak-Lewandowska}}
"""))

DOCS.append(dict(id="d4-038", kind="safeguarding_referral", applicant="Dr Rhodri ap Gwilym", src="""ADULT AT RISK REPORT - {{Social Services and Well-being (Wales) Act 2014}}, s.126 / Wales Safeguarding Procedures
Powys County Council - Adult Safeguarding    Report ref: [[PCC-AAR-2025-1122|REF]]
Reporter: {{Dr Rhodri ap Gwilym}}, Consultant Geriatrician, Ysbyty Cwm Tawel     Date {{22/09/2025}}

Adult at risk: Mr [[Emlyn Griffiths|PN]], 88, DOB {{01/03/1937}}, NHS [[7194602810|NHS]], hospital no. [[W110082|HN]]
Home: [[Penrhiw Farm|AD]], [[Cwmdauddwr|AD]], [[Rhayader|AD]] [[LD6 5HG|PC]]  (isolated, no mobile signal; landline [[01632 960815|PH]])

Concern: suspected financial abuse and self-neglect.
 - Admitted 15/09/2025 via ED after found by postman, hypothermic ({{temp 33.9}}), {{Clinical Frailty Scale 7}}, pressure damage heels.
 - Patient reports that a "friend" ([[Malcolm|RN]], surname thought to be [[Voss|RN]]; lodger since spring) has his bank card and has sold his sheepdogs and quad bike. Patient has been giving [[Malcolm|RN]] cash "for feed".
 - Mental capacity: {{MoCA 19/30}}; capacity assessment (Mental Capacity Act 2005) for managing finances - lacks capacity (documented by me 20/09 with ward OT [[Gethin Morgan|CN]]).
 - Nephew [[Alun Griffiths|RN]] (lives in [[Aberystwyth|AD]]? - no fixed address given) unaware until contacted by ward on 19/09 ([[07700 900651|PH]]).

Immediate actions: discharge on hold; best-interests meeting booked 29/09; Dyfed-Powys Police informed (ref [[DPP-25-009917|REF]]); bank contacted by social worker [[Rhiannon Pugh|CN]].
{{Court of Protection}} deputyship may be required.

Verified for CESR: {{Dr Elin Rhys-Williams}}, Clinical Director, Medicine for Older People
"""))

DOCS.append(dict(id="d4-039", kind="audit_extract", applicant="Dr Rashid Bin Hamdan", src="""RCEM National QIP - Sepsis (local data extract, re-audit)   Riverside Kingsway Hospital ED
Audit lead: {{Dr Rashid Bin Hamdan}}        Audit reg no: [[QIP-ED-2025-014|REF]]   Data period: {{01/01/2025}}-31/01/2025
Standard 1: antibiotics within {{1 hour}} of arrival for {{NEWS2 >= 5}} with suspected sepsis (target {{90%}})

Case  Attend no.      Arr     NEWS2  Lactate  Abx time   Min   Met?   Comment
1     [[RKW25-001183|HN]]    02:11   7      3.1      02:58      47    Y
2     [[RKW25-001447|HN]]    14:40   5      1.9      16:05      85    N      triage queue 40 min
3     [[RKW25-002091|HN]]    09:22   9      {{5.6}}      09:41      19    Y      resus
4     [[RKW25-002876|HN]]    21:15   6      2.2      22:40      85    N      cannula x3 fails, {{IO}} used
5     [[RKW25-003310|HN]]    17:05   5      1.1      17:48      43    Y
6     [[RKW25-004098|HN]]    03:30   8      4.4      04:02      32    Y      neutropenic ({{piperacillin-tazobactam 4.5 g}})
7     [[RKW25-004551|HN]]    11:48   5      2.0      13:50      122   N      "sepsis ?" not flagged; seen by Dr [[Connolly|CN]]
8     [[RKW25-005002|HN]]    19:19   7      3.8      19:55      36    Y
...   (42 cases; full spreadsheet held by audit dept)

Results: standard met {{31/42}} ({{73.8%}}), cycle 1 was 58.1% (n=43). Median door-to-antibiotic {{44 min}} (IQR 28-81).
Qualitative: case 7 (Mrs [[Hope Rivers|PN]], 81F) - we all hope to do better for such cases; the NEWS2 was recorded but "sepsis ?" box not ticked.
Interventions between cycles: sepsis trolley in majors; PGD for nurse-initiated antibiotics; "Sepsis Six" sticker.
Presented at ED governance {{27/03/2025}}. Supervisor: {{Dr Imran Qadir}} (consultant, audit lead).
"""))

DOCS.append(dict(id="d4-040", kind="audit_extract", applicant="Dr Layla Al-Hashimi", src="""Audit: Post-operative nausea and vomiting (PONV) prophylaxis vs {{Apfel score}} - Day Surgery Unit, Kingsmead University Hospital
Lead: {{Dr Layla Al-Hashimi}} (Consultant Anaesthetist)  Co-auditor: Dr [[Ciarán Mullan|CN]] (ST3)   Registration [[AUD-ANA-24-033|REF]]
Standard: RCoA {{Raising the Standard}} ({{2020}}), section 2.10: patients with Apfel >= 2 should receive >= 2 antiemetics (target {{90%}})

Sample (first 20 of 60):
 No   K number     Age Sex  Apfel  Prophylaxis                        PONV in PACU
 01   [[K2280114|HN]]     34  F    3      {{dexamethasone 6.6 mg}} + {{ondansetron 4 mg}}   N
 02   [[K2280371|HN]]     61  M    1      none                               N
 03   [[K2277625|HN]]     45  F    4      ondansetron only                   Y ({{cyclizine 50 mg}} rescue)
 04   [[K2281002|HN]]     29  F    3      dex + ondan + TIVA                 N
 05   [[K2276544|HN]]     52  M    2      dex only                           N
 06   [[K2282218|HN]]     38  F    4      dex + ondan                        Y
 07   [[K2279090|HN]]     70  F    2      none  (!)                          Y - overnight stay
 ... 
 Note: patient 07 ([[Dorothy Pilling|PN]]) unplanned admission - Datix [[226021|REF]], complaint from husband [[Arthur|RN]] resolved locally.

Results (n=60): Apfel >= 2 in 41; compliant {{29/41}} ({{70.7%}}). PONV in PACU 11/60 (18%), of whom 8 non-compliant.
Actions: Apfel score added to WHO sign-in in DSU; PONV algorithm poster; re-audit {{Q1 2025}}.
Presented: anaesthetic audit meeting 14/11/2024. Supervisor sign-off: {{Dr Hamish Carmichael}}, College Tutor.
"""))

DOCS.append(dict(id="d4-041", kind="audit_extract", applicant="Dr Kwame Boateng", src="""POMH-UK style local audit: physical health monitoring for patients on antipsychotics (older adults)
Northfield Healthcare NHS FT - Old Age Psychiatry community teams     Auditor: {{Dr Kwame Boateng}}   {{Sep 2024}}
Standards: {{NICE CG178}} / {{NICE NG97}}; annual BMI, BP, glucose/HbA1c, lipids, ECG if indicated

RiO ID    NHS number      Age  Drug / dose                 BMI  BP    HbA1c  Lipids  ECG (QTc)
[[2031187|HN]]   [[6043310982|NHS]]      78   {{risperidone 0.5 mg}} BD      Y    Y     Y      N       N
[[2039904|HN]]   [[4417068835|NHS]]      83   {{quetiapine 25 mg}} nocte     Y    Y     N      N       Y (448)
[[2044612|HN]]   [[8120559376|NHS]]      69   {{olanzapine 5 mg}}            Y    Y     Y      Y       Y (421)
[[2028870|HN]]   [[7301148825|NHS]]      91   haloperidol 0.5 mg PRN     N    Y     N      N       N
[[2047781|HN]]   [[812 440 9973|NHS]]    78   none (for comparison)     -    -     -      -       -
[[2050213|HN]]   [[9912004471|NHS]]      74   {{aripiprazole 5 mg}}          Y    Y     Y      Y       N

Note: patient [[2047781|HN]] (Mr [[Baptiste|PN]]) excluded - not on antipsychotic, entered in error.
Compliance (n=38 after exclusions): BMI 33/38 (87%), BP 36/38 (95%), HbA1c 22/38 ({{58%}}), lipids 17/38 (45%), ECG where indicated 9/14 (64%).
Recommendation: physical health template on RiO; HCA-led annual clinic. Re-audit Sept 2025.
Discussed at Trust Drug & Therapeutics Committee {{21/11/2024}}; lead pharmacist [[Nasreen Akhtar|CN]] to update shared care guideline. {{Page 2}}
"""))

DOCS.append(dict(id="d4-042", kind="audit_extract", applicant="Dr Mei-Ling Chan", src="""VTE risk assessment & prophylaxis - AMU point-prevalence audit, Pennine Moor Hospital, {{08/07/2025}}
Auditor: {{Dr Mei-Ling Chan}}   Data collectors: FY1s [[Eilidh Munro|CN]], [[Kwabena Osei|CN]]
Standard: {{NICE NG89}} - VTE risk assessment within 14 h of admission (target {{95%}}); pharmacological prophylaxis if indicated, unless contraindicated.

Bed   MRN        Age  VTE RA done  Within 14h  Indicated  Given                          Comment
A1    [[2251190|HN]]    66   Y            Y           Y          {{enoxaparin 40 mg}} OD
A2    [[2250036|HN]]    81   Y            N (19h)     Y          enoxaparin 20 mg (eGFR 24)
A3    [[2251877|HN]]    45   Y            Y           N          -                              mobile
A5    [[2249921|HN]]    73   N            -           ?          none                           pt [[P.R.|PN]] - on {{apixaban}} already? check
A6    [[2252004|HN]]    58   Y            Y           Y          {{TEDS}} only                      recent GI bleed ({{HAS-BLED 3}})
B2    [[2251634|HN]]    90   Y            Y           Y          {{dalteparin 5000 units}}
B3    [[2250612|HN]]    34   Y            Y           Y          enoxaparin 40 mg               pregnant 14/40 - obstetric advice
B4    [[2248005|HN]]    77   Y            N (26h)     Y          none                           omitted x2 (pt refused - documented)
...
Summary: 31 patients. RA done 29/31 (93.5%); within 14 h 24/31 ({{77.4%}}). Appropriate prophylaxis 27/29.
Action: EPMA hard-stop for VTE RA at 12 h. Re-audit {{Oct 2025}}. Verified: {{Dr Omar Farooqi}}, Clinical Lead, Acute Medicine.
"""))

DOCS.append(dict(id="d4-043", kind="rota", applicant="Dr Gareth Pryce-Jones", src="""{{Ysbyty Glan Tawe}} - Emergency Department - Middle grade rota   Block: {{02/09/2024}} to {{29/09/2024}} (4 wks)
Rota coordinator: {{Dr Gareth Pryce-Jones}} (Consultant)    Version 3 (final)   Published 12/08/2024

Shift key: E {{08:00-18:00}} | L 14:00-00:00 | N 22:00-08:30 | T training | SL study leave | AL annual leave | Z zero

Name                          Grade   Bleep   Wk1 M T W T F S S        Wk2 M T W T F S S
Dr [[Anwen Price|CN]]          ST5     [[4410|PH]]     E E L L - - -               N N N - - E E
Dr [[Kolade Adeyemi|CN]]       SD      [[4411|PH]]     N N N - - L L               - - E E L - -
Dr [[Magdalena Rutkowska|CN]]  ST4     [[4412|PH]]     - L L E E - -               AL AL AL AL AL - -
Dr [[Bryn Summers|CN]]         SD      [[4413|PH]]     L - - N N N N               - - - L L E E
Dr [[Fatima Zahra Benali|CN]]  CT3     [[4414|PH]]     T E E - L L L               E E - - N N N
Dr [[Hope Ndlovu|CN]]          ST6     [[4415|PH]]     SL SL E - - - -             L L L E - - -
Locum (Dr [[Kenji Mori|CN]], agency via MedStaff UK)  -  [[4419|PH]]  - - - - E E E   - - - - - L L

Gaps (unfilled): Wk1 Thu N, Wk2 Wed L - escalated to CD 14/08.
Contact for swaps: rota coordinator mobile [[07700 900321|PH]] (NOT for clinical calls); or [[gtt.ed.rota@wales.nhs.example|EM]]
{{EWTD}} compliance: max {{72 h in 7 days}}: compliant; {{11 h rest}}: 1 breach (Dr [[Summers|CN]] Wk2 Sun E after Sat E? - no, ok).
Signed off: {{Dr Cerys Llewellyn}}, Clinical Director, Emergency Medicine   {{13/08/2024}}
"""))

DOCS.append(dict(id="d4-044", kind="rota", applicant="Dr Tomasz Wiśniewski", src="""SEVERNSIDE GENERAL HOSPITAL - DEPARTMENT OF ANAESTHESIA
Consultant on-call & theatre allocation - week commencing Monday {{03/11/2025}}
Prepared by {{Dr T. Wiśniewski}} (rota lead)      (internal - contains bleeps)

            Theatre 1 (Emerg/CEPOD)   Theatre 4 (Ortho)     Obstetrics (LW)        ICU            On-call 1st / 2nd
Mon 03/11   Dr [[Ngozi Eke|CN]]            Dr [[P. Moretti|CN]]           Dr [[S. Oyelaran|CN]]         Dr [[Kavanagh|CN]]      Dr [[Rafiq|CN]] / {{Dr Wiśniewski}}
Tue 04/11   Dr [[Rafiq|CN]]               {{Dr Wiśniewski}}         Dr [[Ngozi Eke|CN]]          Dr [[Kavanagh|CN]]      Dr [[P. Moretti|CN]] / Dr [[Kavanagh|CN]]
Wed 05/11   Dr [[S. Oyelaran|CN]]         Dr [[Rafiq|CN]]              Dr [[L. Hartnell|CN]]        Dr [[Dubois|CN]]        Dr [[Ngozi Eke|CN]] / Dr [[Dubois|CN]]
Thu 06/11   Dr [[L. Hartnell|CN]]         Dr [[P. Moretti|CN]]           {{Dr Wiśniewski}}          Dr [[Dubois|CN]]        Dr [[S. Oyelaran|CN]] / {{Dr Wiśniewski}}
Fri 07/11   {{Dr Wiśniewski}}            Dr [[L. Hartnell|CN]]          Dr [[Rafiq|CN]]             Dr [[Kavanagh|CN]]      Dr [[Rafiq|CN]] / Dr [[Kavanagh|CN]]

Bleeps: Emerg theatre anaesthetist [[2201|PH]]; obstetric anaesthetist [[2208|PH]]; ICU reg [[2230|PH]]; Cons on call via switch [[01632 960100|PH]]
Trainees: ST7 Dr [[Ama Owusu-Ansah|CN]] (obs, Mon-Wed); CT1 Dr [[Jack Flintoff|CN]] (supernumerary, with {{TW}} in Theatre 4 Tue).
Notes: {{Theatre 4}} Tue - {{Stage 1}} trainee list, 4 x {{TKR}}; regional only. Thu LW - elective LSCS list (3), CSE.
{{EWTD}}: compliant. Rest after on-call: Mon 2nd on-call -> Tue AM off? NO - {{Dr Wiśniewski}} in Theatre 4 Tue is a planned SPA swap with Dr [[Moretti|CN]].
Approved: {{Dr Yvonne Achebe}}, Clinical Director Anaesthesia, {{28/10/2025}}
"""))

DOCS.append(dict(id="d4-045", kind="rota", applicant="Dr Siobhán Ní Bhriain", src="""{{Castlegate Mental Health Unit}} - Out-of-hours medical rota (psychiatry)   {{December 2024}}
Senior on-call (consultant, non-resident): {{Section 12(2)}} approved; Approved Clinicians (AC) marked *
Prepared by: {{Dr Siobhán Ní Bhriain}} (Consultant; medical rota lead)

Date        1st on-call (resident)          2nd on-call (higher trainee / SAS)    Consultant on call
Sun 01/12   Dr [[Oisín Kerrigan|CN]] (CT2)       Dr [[Halima Yusuf|CN]] (ST5)*             {{Dr Ní Bhriain}}*
Mon 02/12   Dr [[Pavel Horák|CN]] (FY2)          Dr [[Halima Yusuf|CN]] (ST5)*             Dr [[Gerald Hume|CN]]*
Tue 03/12   Dr [[Grace Mbeki|CN]] (CT1)          Dr [[Tariq Mahmood|CN]] (SAS)*            Dr [[Gerald Hume|CN]]*
Wed 04/12   Dr [[Oisín Kerrigan|CN]] (CT2)       Dr [[Tariq Mahmood|CN]] (SAS)*            {{Dr Ní Bhriain}}*
Thu 05/12   Dr [[Faith Ojo|CN]] (GPVTS)          Dr [[Halima Yusuf|CN]] (ST5)*             Dr [[Li Wen|CN]]*
...
Resident on-call bleep: [[1760|PH]]; 2nd on-call mobile: [[07700 900190|PH]]; switchboard [[01632 960050|PH]]
Health-based place of safety ({{s.136}}) on {{Ward 1}} - on-call doctor to attend within {{3 hours}} (Royal College of Psychiatrists standard, {{CR159}}).
Christmas cover: {{Dr Ní Bhriain}} {{24/12-26/12}}; Dr [[Hume|CN]] 31/12-01/01.
Swaps agreed: [[Faith Ojo|CN]] <-> [[Grace Mbeki|CN]] (05/12 / 12/12) - approved {{S.NíB.}} 20/11.
Approved by Medical Director's office: {{Dr Paul Haverstock}} (Associate Medical Director)
"""))

DOCS.append(dict(id="d4-046", kind="rota", applicant="Dr Priyanka Raghunathan", src="""Subject: AMU consultant & registrar rota - {{Jan-Feb 2025}} (v2) + leave requests
From: {{Dr Priyanka Raghunathan}} (AMU rota lead)
To: AMU consultants; medical registrars; [[Joanne Kirby|CN]] (medical staffing) <[[joanne.kirby@nhs.example|EM]]>

Hi all - final version attached and pasted below. Please check your lines.

Week of     Post-take AM (08:00)    Post-take PM (16:00)     Ambulatory (SDEC)      Reg nights
06/01       {{PR}}                      Dr [[Adeleke|CN]]              Dr [[McFadden|CN]]              [[Menon|CN]] / [[Siddiqui|CN]]
13/01       Dr [[Adeleke|CN]]               {{PR}}                     Dr [[Wojcik|CN]]                [[Ferraz|CN]] / [[Ali Haider|CN]]
20/01       Dr [[McFadden|CN]]              Dr [[Wojcik|CN]]               {{PR}}                      [[Menon|CN]] / [[Ferraz|CN]]
27/01       Dr [[Wojcik|CN]]                Dr [[Adeleke|CN]]              Dr [[McFadden|CN]]              [[Siddiqui|CN]] / [[Ali Haider|CN]]

Leave (approved): Dr [[Adeleke|CN]] 17-21/02 (AL); Dr [[Wojcik|CN]] 24/02-07/03 (paternity leave); [[Menon|CN]] exam leave 11/02 ({{MRCP PACES}}).
Leave (declined - no cover): [[Ferraz|CN]] 06-08/01.
Gap: nights 27/01 - locum booked via bank (ref [[BNK-250127-3310|REF]]).

Reminder: no more than {{7 consecutive shifts}} ({{EWTD}}), {{46 h}} rest after nights block. The {{2016 TCS}} exception reporting route applies - exception reports go to Dr [[Eleanor Whitby|CN]] ({{Guardian of Safe Working}}).

Priyanka
{{Dr P. Raghunathan}}, Consultant Acute Physician, {{Severnside General Hospital}} | ext [[2716|PH]] | [[priyanka.raghunathan@nhs.net|EM]]
"""))
