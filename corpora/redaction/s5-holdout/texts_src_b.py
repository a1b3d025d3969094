# Hand-written synthetic documents, part B.  Markup: {{text|CODE}} (see markup.py).

DOCS = []


def doc(kind, applicant, src):
    DOCS.append({"kind": kind, "applicant": applicant, "src": src})


# ---------------------------------------------------------------- 14 LFPSE record
doc("incident_report_lfpse", "Dr Nadia Haddad", """
Learn from patient safety events (LFPSE) service - record summary
LFPSE reference: {{LFPSE-8C41F07A|REF}}      Local risk system ref: {{IR-OBS-24-0388|REF}}
Submitted 15 April 2024 03:52 by: {{Nadia Haddad|K}} (Obstetrics & Gynaecology, specialty doctor)
Organisation: {{Medway and Swale Maternity Services|K}} ({{Kingsgate Women's Unit|K}})

Event type: Incident    Care setting: Maternity - labour ward, room 6
Patient 1 of 2 (mother): {{Nomvula Khumalo|PN}}, {{31|K}} years, G2P1, {{39+4 weeks|K}}
  Hospital no {{KWU-902117|HN}}  NHS {{519 840 2263|NHS}}
Patient 2 of 2 (baby): Baby {{Khumalo|PN}} (boy), born 15/04/2024 02:31, {{3.42 kg|K}}, NHS {{519 840 2271|NHS}}

What happened?
During a category 2 caesarean section for failure to progress, the swab count at closure was one short. The scrub nurse ({{Lerato|CN}}) raised this immediately. Closure was paused; X-ray in theatre at 03:05 located the swab in the left paracolic gutter and it was removed. Mrs {{Khumalo|PN}} was not harmed by the delay (estimated blood loss {{820 mL|K}}). {{Apgar 8 and 9|K}} at 1 and 5 minutes. Cord pH 7.26.

Who was involved: operating surgeon {{Nadia Haddad|K}}; assistant FY2 Dr {{Kwame Asante-Boateng|CN}}; anaesthetist Dr {{Helga Sørensen|CN}}; scrub nurse {{Lerato Mokoena|CN}}; runner HCA {{Bev Tandy|CN}}.
Was the patient informed (Duty of Candour)? Yes - verbal 04:30 by me with her husband, Mr {{Sipho Khumalo|RN}}; letter sent 18/04/2024.

Harm: {{No physical harm|K}}   Psychological harm: {{Low|K}}
Contributing factors: staff change-over of runner at 02:40 without recount; swab board not updated.
Actions: WHO checklist "count at every handover of scrub/runner" re-audited; included in {{Obstetric Emergency Training|K}}.

Reviewed by: {{Miss Ruth Adeyinka|K}}, Consultant Obstetrician and Clinical Director (verifier)
""")

# ---------------------------------------------------------------- 15 StEIS serious incident report (mental health)
doc("serious_incident_report", "Dr Sibusiso Dlamini", """
SERIOUS INCIDENT INVESTIGATION REPORT - FINAL
{{Pennine Moors Mental Health NHS Trust|K}}
StEIS number: {{2023/21877|REF}}     Ulysses ref: {{PMM-SI-0093|REF}}     Date of incident: 29/07/2023
Report author: {{Dr Sibusiso Dlamini|K}}, Specialty Doctor, General Adult Psychiatry ({{GMC 7390846|K}})
Panel: {{Dr S. Dlamini|K}} (lead investigator); Ms {{Carys Llewellyn|CN}} (Head of Nursing); Mr {{Obi Nwosu|CN}} (service user and carer representative)

1. Summary
Mr {{William Ferriday|PN}} ("{{Will|PN}}"), a {{43-year-old|K}} man under the care of the Calderdale Home Treatment Team, was found dead at his home address, {{18 Wainhouse Terrace|AD}}, {{King Cross|AD}}, {{HX1 3PN|PC}}, on 29 July 2023. The inquest has not yet concluded. The investigation panel extends its condolences to his family.

2. Background
{{Will|PN}} had a diagnosis of recurrent depressive disorder ({{F33.2|K}}) and alcohol dependence ({{F10.2|K}}). He was discharged from {{Elmwood Ward|K}} on 14 July after an 18-day informal admission. At discharge his risk was formulated as "moderate, fluctuating"; his {{PHQ-9 was 17|K}}. He lived alone. His sister, Mrs {{Dawn Ferriday-Walsh|RN}}, was his main contact and she told the panel that she rang the team on 25 July worried that he was drinking again.

3. Care and service delivery problems
3.1 The 72-hour follow-up after discharge took place on day 4 (standard: within 72 hours) - a CPN, {{Gareth Pryce|CN}}, was off sick and the visit was not reallocated.
3.2 {{Mrs Ferriday-Walsh|RN}}'s call of 25 July was taken by a duty worker ({{Mr Aled Bowen|CN}}) and recorded, but not passed to the care coordinator, {{Mrs Leanne Firth|CN}}.
3.3 His prescription of {{mirtazapine 45 mg|K}} and {{sertraline 200 mg|K}} was issued as 28 days' supply at discharge, contrary to the Trust's safer prescribing guidance for high-risk patients (7 days).

4. Root cause
No single root cause. The panel found that the transition from inpatient to home treatment lacked a named lead for the first week.

5. Recommendations
R1 All discharges to have a named HTT clinician before leaving the ward. R2 Family calls will be logged on the electronic record as a risk event. R3 The Trust will audit dispensing quantities at discharge ({{NICE NG225|K}} principles).

Mr {{Ferriday|PN}}'s GP practice, {{Rosemount Surgery|AD}}, has been informed of the findings. NHS No: {{620 773 9148|NHS}}; RiO ID: {{4402918|HN}}.

Approved by: {{Dr Helen Makin|K}}, Executive Medical Director, 12/10/2023
""")

# ---------------------------------------------------------------- 16 children's safeguarding (MASH) referral
doc("safeguarding_referral", "Dr Ifeoma Nwachukwu", """
MULTI-AGENCY REFERRAL FORM (MARF) - CHILDREN'S SOCIAL CARE / MASH
Sent by secure email to: {{mash.referrals@northwold.gcsx.gov.uk|EM}}     Referral no. (MASH use): {{MASH-24-10577|REF}}

SECTION 1 - CHILD
Name: {{Tyler-Jay BRENNAN|PN}}            Known as: {{TJ|PN}}
DOB: {{08/01/2022|K}} (age {{2 years|K}})    Gender: {{Male|K}}     Ethnicity: White British
Address: {{Flat 11, Hawthorn House, Gildersome Road|AD}}, {{Churwell|AD}} {{NW3 7XE|PC}}
NHS no: {{4103358826|NHS}}       Hospital no: {{NGH/6650124|HN}}
School/nursery: {{Little Acorns Day Nursery|AD}}
GP: Dr {{Imran Chaudhary|CN}}, {{Beckside Medical Centre|AD}}

SECTION 2 - FAMILY / HOUSEHOLD
Mother: {{Chantelle Brennan|RN}} (21), mobile {{07700 900129|PH}}
Mother's partner (not father): {{Liam Costigan|RN}} (26)
Sibling: {{Paisley Brennan|RN}} (5 months)
Maternal grandmother: {{Mrs Sandra Brennan|RN}}, {{27 Oakroyd Avenue|AD}}, {{Churwell|AD}}

SECTION 3 - CONCERNS
{{TJ|PN}} was brought to the Paediatric ED at {{Northwold General Hospital|K}} on 19/03/2024 at 22:10 by his mother with a swollen left forearm. Mum said he fell off the sofa "earlier today"; {{Liam|RN}} said he had been "fine at teatime". X-ray: {{spiral fracture of the left humerus|K}}. On examination there were also three bruises on the right upper arm in a fingertip pattern and a {{1 cm|K}} bruise behind the left ear. He is not yet mobile on stairs. The explanation is not consistent with the injuries. Skeletal survey and CT head arranged per {{RCPCH child protection companion|K}} guidance; bloods for clotting normal.

{{Tyler-Jay|PN}} is admitted to Children's Ward 2 under my care. Mum is aware of this referral. {{Paisley|RN}} is at home with the grandmother tonight.

SECTION 4 - REFERRER
Name: {{Dr Ifeoma Nwachukwu|K}}, Specialty Doctor in Paediatrics, {{GMC 7299610|K}}
Contact: via switchboard {{01632 960774|PH}}, bleep {{5152|PH}}
Discussed with named doctor for safeguarding: {{Dr Penelope Ashby|K}} (who has countersigned this copy)
Police informed: yes - {{PPU log 0412 of 19/03/24|REF}}
""")

# ---------------------------------------------------------------- 17 adult safeguarding concern (informal e-mail style)
doc("safeguarding_referral", "Dr Tomasz Wiśniewski", """
Subject: Adult safeguarding concern - Ward 27 - Mr {{H bin A|PN}}
From: {{Tomasz Wiśniewski|K}}
To: Adult Safeguarding Team, {{Kirklees Royal Infirmary|K}}
Date: Thu 06/06/2024 17:48

Hi team,

Raising a concern under the {{Care Act 2014|K}} (s.42) for a patient on ward 27:

Mr {{Haziq bin Abdullah|PN}}, 79, DOB {{30/12/1944|K}}, hosp no {{KRI4419023|HN}}. Lives alone at {{Flat 2, 9 Bradley Mills Road|AD}}, {{Huddersfield|AD}} {{HD2 1QF|PC}}. Admitted with dehydration and a grade 3 sacral pressure ulcer, weight {{41 kg|K}} ({{BMI 15.8|K}}).

He told me (in Malay, with interpreter {{Puan Rosnah|CN}} via telephone) that his nephew {{Faizal|RN}} collects his pension from the post office every week and "gives him some back". Mr {{bin Abdullah|PN}} does not know how much he receives. The fridge was empty when the paramedics arrived (per ambulance sheet). His neighbour, a Mrs {{Ivy Thornton|RN}} at number 11, called 999 after not seeing him for three days.

Capacity: I assessed decision-specific capacity re: managing his finances today - he lacks capacity for this decision ({{Mental Capacity Act 2005|K}}, 2-stage test; he could not retain or weigh the information). His {{MoCA 14/30|K}}. He has capacity re: accepting treatment and is happy to stay in hospital.

I have not told {{Faizal|RN}} about this referral. {{Faizal|RN}}'s number on the system: {{07700 900861|PH}}.

Thanks,
{{Tomasz|K}}
{{Dr T. Wiśniewski|K}} | Specialty Doctor, Elderly Medicine | ext {{52384|PH}}

---
Reply from: {{Kelly-Marie Sutcliffe|CN}}, Safeguarding Adults Practitioner
Thanks {{Tomasz|K}}, logged as {{SA-KRI-24-2231|REF}}. Will ring you tomorrow am. {{KM|CN}}
""")

# ---------------------------------------------------------------- 18 ePortfolio Mini-CEX export, odd formatting
doc("eportfolio_wba", "Dr Oluwaseun Adebayo-Martins", """
Mini-CEX  |  {{Dr Oluwaseun Adebayo-Martins|K}} (Portfolio pathway - Internal Medicine)
Exported from ePortfolio  06-Dec-2024 11:02   {{https://www.nhseportfolios.org/Anon/Assessment/View.aspx?aid=5532071|URL}}
----
Date of event
 14/11/2024
Assessor
 {{Dr Rebecca Thornhill|K}}
Assessor's position
 Consultant
Assessor's GMC number
 {{4719205|GMC}}
Assessor's email
 {{rebecca.thornhill@nhs.net|EM}}
Clinical setting
 Acute Medical Unit
Clinical problem
 Chest pain
Brief outline of procedure, indicating focus of assessment
 pt {{JK|PN}} (67M), hosp no {{PX771002|HN}} - presented with pleuritic chest pain 2/7. Dr
 {{Adebayo-Martins|K}} took a focused history, calculated {{Wells score 4.5|K}} and correctly identified PE likely. Discussed {{CTPA|K}}, started {{apixaban 10 mg BD|K}} pending scan. Explained to {{J.K.|PN}}
 and his wife ({{Mrs Kaur|RN}}) clearly.

Patient initials: {{JK|PN}}  Age: {{67|K}}   Sex: M
Complexity
 Moderate

History taking ............................ Meets expectations for completion of IMY3 / {{ST3|K}}
Clinical judgement ........................ Above expectations
Communication ............................. Meets expectations

Anything especially good?
 Very clear risk/benefit explanation to {{Jaswant|PN}} about anticoagulation & bleeding risk; used {{ORBIT score|K}}.
Suggestions for development
 Safety-net re: haemoptysis. Consider {{PERC|K}} earlier in low-risk pts.
Agreed action
 Reflect on this case; present at AMU teaching.

Trainee's reflection:
 {{Ja swant|PN}} (I spoke to him after) said he felt involved...
----
Signed off electronically by assessor 15/11/2024 08:41.   Ticket: {{TKT-8837A|REF}}
""")

# ---------------------------------------------------------------- 19 CbD where the applicant is the assessor
doc("eportfolio_wba", "Dr Ewa Kowalczyk", """
CASE-BASED DISCUSSION (CbD) - ASSESSOR'S COPY
Trainee: Dr {{Haruto Sasaki|CN}} (FY2)     Trainee GMC: {{7954416|GMC}}
Assessor: {{Dr E. Kowalczyk|K}}, Specialty Doctor, Respiratory ({{GMC 7650912|K}})
Date: 22/01/2025   Hospital: {{Ashcombe General Hospital|K}}

Case: Mrs {{K.L.|PN}} ({{"Kay L."|PN}} on the whiteboard), {{81|K}}, admitted with type 2 respiratory failure ({{pH 7.28, pCO2 8.9 kPa|K}}) on background COPD. Trainee started controlled oxygen ({{target saturations 88-92%|K}}) and referred for NIV per {{BTS/ICS guideline|K}}.

Discussion points:
- Ceiling of care: Dr {{Sasaki|CN}} documented a conversation with the patient's daughter ({{Mrs Leonie Baptiste|RN}}) but had not recorded the patient's own wishes even though she had capacity. We discussed the {{ReSPECT|K}} process.
- NIV settings: IPAP 20, EPAP 5 - appropriate. Repeat ABG at 1 hour improving.
- Prescribing: {{prednisolone 30 mg|K}} and {{doxycycline 200 mg|K}} loading - correct.

Overall: {{Level 3 - Competent|K}}.
Strengths: calm, well-organised, good use of ABG.
Development: escalation conversations with patient present; read GMC treatment and care towards the end of life.

{{Haruto|CN}}'s comments: "Useful, will do the ReSPECT e-learning."

Signed (assessor): {{Ewa Kowalczyk|K}}
""")

# ---------------------------------------------------------------- 20 MSF summary with free-text
doc("msf_summary", "Dr Priyanka Raghunathan", """
MULTI-SOURCE FEEDBACK (360) - SUMMARY REPORT
Doctor: {{Dr Priyanka Raghunathan|K}}     GMC: {{7481236|K}}
Round: 2 of 2 (2024)     Raters: 14 invited, 12 responded (consultants 3, SAS/trainees 3, nurses 4, AHP/admin 2)
Released by: {{Dr Alastair Kerr|K}} (Educational Supervisor), {{St Aldhelm's Hospital|K}}

Domain scores (mean, 1-6)                     You     Peer mean
Good clinical care                            {{5.6|K}}     5.1
Maintaining good medical practice             5.4     5.0
Teaching, training, appraising                {{5.8|K}}     4.8
Relationships with patients                   5.7     5.2
Working with colleagues                       5.5     5.1

Free-text comments (verbatim, anonymised by the system - please check before upload):

"{{Priyanka|K}} is the registrar I want on when things go wrong. When {{Mr Okeke|PN}} in {{bed 12|K}} arrested in March she ran the arrest calmly and then sat with his wife for an hour."  (Nurse)

"Always explains the plan. {{Bronwen|CN}} (our ward manager) says the same." (Nurse)

"Excellent teacher - her Tuesday {{ECG|K}} sessions are the best attended. Occasionally stays too late; {{Dr Raghunathan|K}} should delegate more to the FY1s (e.g. {{Josh|CN}} and {{Amira|CN}} could have done the discharge letters)." (Trainee)

"Her management of the lady with {{Guillain-Barré syndrome|K}} ({{Mrs Edwina Falk|PN}}?) was outstanding - spotted the falling FVC (1.1 L) before anyone else." (Consultant)

"Sometimes communication with the night team is brief." (Consultant)

"She took time with {{Rose|PN}} on ward 6 (the young woman with sickle cell) and got her {{PCA|K}} sorted." (AHP)

Overall: no concerns raised. {{Scores above peer mean in all domains|K}}.
Reviewed and discussed with {{Dr Kerr|K}} on 18/06/2024.
""")

# ---------------------------------------------------------------- 21 teaching feedback summary
doc("teaching_feedback", "Dr Aoife Ní Dhomhnaill", """
Simulation Teaching - Feedback Summary
Course: Acute Paediatric Emergencies (in-situ sim), Children's ED, {{Ulster Hospital, Dundonald|K}}
Date: Wed 12 March 2025      Faculty lead: {{Dr Aoife Ní Dhomhnaill|K}}
Co-faculty: Staff Nurse {{Clodagh Mac an tSaoir|CN}}; ST4 {{Dr Eoin Ó Briain|CN}}
Participants: 9 (FY2 x3, GPST x2, ACCS x1, nurses x3)   Forms returned: 9/9

Scenario 1: {{anaphylaxis|K}} in a 6-year-old ({{adrenaline 150 micrograms IM|K}})
Scenario 2: {{DKA|K}} in a 13-year-old ({{BSPED 2021|K}} guideline, fluid calculation)
Scenario 3: prolonged seizure ({{APLS|K}} algorithm, {{buccal midazolam 0.5 mg/kg|K}})

Ratings (1 poor - 5 excellent): relevance {{4.9|K}}; faculty {{4.8|K}}; psychological safety 4.7; would recommend 9/9

Comments:
- "{{Dr Ní Dhomhnaill|K}}'s debrief was brilliant - made me feel OK about freezing on the drug calc."
- "More time for DKA please. {{Clodagh|CN}} was great as the mum."
- "Loved it. Would be good to do with the real resus team - {{Niamh|CN}} and {{Pádraig|CN}} from the ward wanted to come too."
- "Realistic - reminded me of a real child I had last month ({{Caoimhe|PN}}, the wee one with the peanut reaction), which was a bit much. Maybe a warning before anaphylaxis scenarios?"
- "{{Aoife|K}} explained the {{Paediatric Early Warning Score|K}} really clearly."

Action for next course: trigger warning in pre-brief; extend scenario 2.

Verified: {{Dr Colm Hegarty|K}}, Consultant Paediatric Emergency Medicine, College Tutor
""")

# ---------------------------------------------------------------- 22 attendance list
doc("teaching_attendance", "Dr Dimitrios Papadopoulos", """
ATTENDANCE REGISTER - ICM/Anaesthesia Departmental Teaching
{{Queen Eleanor Hospital|K}}, Education Centre Room 3
Session: "Ventilator-associated pneumonia and the {{VAP care bundle|K}}"   Presenter: {{Dr Dimitrios Papadopoulos|K}}
Date: Thursday 14/11/2024   13:00-14:00   CPD: {{1 hour|K}}

No.  Name                         Grade / role           GMC / NMC no.    Signature
1    {{Dr Imogen Featherstone|CN}}      CT2 Anaesthesia        {{7884102|GMC}}          {{I.F.|CN}}
2    {{Dr Sanjay Pillai|CN}}            ST5 ICM                {{7461933|GMC}}          {{S Pillai|CN}}
3    {{Dr Yusuf Demir|CN}}              FY2                    {{8011274|GMC}}          {{YD|CN}}
4    {{Bronagh Keane|CN}}               Band 6 CC nurse        {{08A1176N|GMC}}         {{B Keane|CN}}
5    {{Dr Ngozi Eze|CN}}                Clinical fellow        {{7712268|GMC}}          {{N.Eze|CN}}
6    {{Dr Will Hartigan|CN}}            ACCS CT1               {{7995502|GMC}}          {{WH|CN}}
7    {{Mr Chris Allardyce|CN}}          ACCP (trainee)         -                --
8    {{Dr Mei-Ling Chow|CN}}            CT1 Anaesthesia        {{8020113|GMC}}          {{mlc|CN}}
Apologies: {{Dr Faisal Rahman|CN}} (on call), {{Dr Sophie Lund|CN}}

Topics covered: {{CPIS|K}}, ventilator bundle (head-up 30-45 degrees, daily sedation holds, {{chlorhexidine 0.2%|K}} oral care debate), local VAP rates ({{4.1 per 1000 ventilator days|K}}).

Confirmed as an accurate record of attendance:
{{Dr Jonathan Brightwell|K}}, Consultant Intensivist and Education Lead
""")

# ---------------------------------------------------------------- 23 audit report with patient list
doc("audit_report", "Dr Samuel Osei-Bonsu", """
AUDIT: VTE risk assessment and thromboprophylaxis in emergency general surgery admissions
Cycle 2 (re-audit)    {{Hallamshire Vale Hospital|K}}, Department of General Surgery
Lead: {{Dr Samuel Osei-Bonsu|K}}    Supervisor: {{Mr Ian Crabtree|K}}, Consultant Surgeon
Data collection: {{Dr Amelia Fordyce|CN}} (FY1), {{Dr Tobi Oyelaran|CN}} (FY1)
Standard: {{NICE NG89|K}} - 100% of patients to have a VTE risk assessment within 14 hours of admission; 100% of eligible patients to receive pharmacological prophylaxis unless contraindicated.

Results (cycle 1 -> cycle 2):
- Risk assessment within 14 h: {{62% -> 91%|K}}
- Appropriate LMWH prescribed: 70% -> {{88%|K}}
- Mechanical prophylaxis documented when LMWH contraindicated: 40% -> 75%

Appendix A - case list (cycle 2, {{n=20|K}}, extract; remove before upload)
MRN          Init   Age  Sex  RA<14h  LMWH          Comment
{{HV2291034|HN}}    {{R.W.|PN}}   71   F    Y       {{enoxaparin 40 mg|K}}
{{HV7718820|HN}}    {{D.O'C.|PN}}  59   M    Y       dalteparin 5000 u
{{HV3302291|HN}}    {{A.M-S.|PN}}  33   F    N       -               RA at 19h; weekend admission
{{HV4481127|HN}}    {{Z.K.|PN}}   34   F    Y       enoxaparin 40 mg
{{HV5039962|HN}}    {{GP|PN}}     77   M    Y       none            GI bleed - correct to withhold
{{HV6612203|HN}}    {{TvdM|PN}}   48   M    Y       enoxaparin 40 mg
{{HV1204457|HN}}    {{B.B.|PN}}   64   F    Y       enoxaparin 20 mg   eGFR 24 - dose adjusted
{{HV8840015|HN}}    {{Mx J.R.|PN}} 29   X    Y       enoxaparin 40 mg

Discussion: the main failure in cycle 1 was weekend admissions; in cycle 2 the single failure ({{A.M-S.|PN}}) was also a weekend admission, when the surgical take list was covered by a locum ({{Dr Pieter Vos|CN}}). Interventions: VTE prompt on clerking proforma; FY1 induction slide; weekly feedback at the Monday M&M.

Re-audit planned for February 2025.
Presented at Surgical Audit Meeting, 11/10/2024.
""")

# ---------------------------------------------------------------- 24 QI report with patient vignettes
doc("qi_report", "Dr Chidinma Okonkwo", """
QUALITY IMPROVEMENT PROJECT REPORT
Title: Improving time-to-antibiotics for inpatients with suspected sepsis on elderly care wards
Project lead: {{Dr Chidinma Okonkwo|K}}  |  Team: {{Sr Marguerite Delacroix|CN}}, {{Mr Kwabena Owusu|CN}} (pharmacist), {{Dr Hamza Iqbal|CN}} (IMT1)
Sponsor/verifier: {{Dr Rachel Ingham|K}}, Consultant Geriatrician, QI lead
Site: {{Airedale Vale Hospital|K}}, Wards 4, 5 and 6     Dates: Sept 2023 - Feb 2024
Registered with Trust QI team: {{QI-0471|REF}}

Aim: 90% of inpatients triggering the sepsis screen ({{NEWS2 >= 5|K}}) to receive IV antibiotics within {{1 hour|K}} by February 2024.

Baseline (n=31): median time 2 h 25 min; {{29% within 1 hour|K}}.

Why it matters - two baseline cases (shared with consent of families, names removed in final poster):
Patient A - "{{Mr R.T.|PN}}" ({{Reginald|PN}}), 88, HCAP, NEWS2 7 at 02:00, antibiotics at 05:10 because the FY1 could not find gentamicin on the ward. Died day 3.
Patient B - {{Mrs Shirley-Ann Pocock|PN}}, 79, urosepsis, triggered at 16:30 during drug round; given {{piperacillin-tazobactam 4.5 g|K}} at 19:05. Her daughter {{Carol|RN}} raised a complaint ({{COMP-AV-23-0881|REF}}) which started this project.

PDSA 1 (Oct): sepsis "grab bag" with first doses on each ward - median time fell to 1 h 40.
PDSA 2 (Nov-Dec): nurse-initiated first dose under PGD - {{median 52 min|K}}.
PDSA 3 (Jan): laminated {{Sepsis Six|K}} cards and weekly run-chart feedback at huddle.

Results: February 2024 {{84% within 1 hour|K}} (n=25). Run chart shows a shift of 8 points above median from December.
Next steps: spread to Wards 7-9; report to Deteriorating Patient Group.

Signed off by {{Dr R. Ingham|K}}, 14/03/2024
""")

# ---------------------------------------------------------------- 25 rota e-mail
doc("rota_email", "Dr Tomasz Wiśniewski", """
From: {{Kirsty Lomax|CN}} <{{kirsty.lomax@cht.nhs.uk|EM}}>
Sent: 28 August 2024 16:12
To: Medicine SAS & Trainees
Cc: {{Dr T. Wiśniewski|K}}
Subject: RE: Sept rota - gaps + swaps (FINAL v3)

Hi all,

Final September rota attached. {{Tomasz|K}} has signed it off as rota lead for the SAS doctors. Key changes since v2:

* Nights 9-12 Sept: {{Dr Adaeze Nnamdi|CN}} swapping with {{Dr Lewis Carrick|CN}} (agreed by both, {{Lewis|CN}} covering 23-26 Sept instead)
* Long day 14 Sept (Sat) still UNFILLED - bank request {{BNK-0914-MED|REF}} out
* {{Dr Priya Shenoy|CN}} on annual leave 16-20 Sept - {{Mark|CN}} (locum, {{Dr Mark Etchells|CN}}) covering AMU days
* {{Hope Ogunleye|CN}} (ACP) now on the rota for ward cover Mon-Wed
* Please note {{Dr Wiśniewski|K}} is the first contact for SAS leave requests from 1 Sept (not me!)

Compliance: all lines checked against the {{2016 junior doctor contract|K}} rules - max {{72 hours|K}} in 7 days, no more than 4 consecutive nights, {{46 hours rest|K}} after nights. Line 6 breached the 1 in 3 weekend rule in v2; fixed.

If anyone needs to swap please use the swap form, not WhatsApp. My direct line is {{01632 960212|PH}} and mobile {{07700 900472|PH}} (rota emergencies only please).

Thanks
{{Kirsty|CN}}
Medical Staffing Coordinator, {{Calderdale & Huddersfield NHS FT|K}}

---
Rota verified by: {{Dr Sarah Oldroyd|K}}, Clinical Director for Medicine
""")

# ---------------------------------------------------------------- 26 chatty on-call e-mail
doc("oncall_email", "Dr Aoife Ní Dhomhnaill", """
From: {{Aoife Ni Dhomhnaill|K}}
To: {{Ruairí|CN}}; {{Siobhán Ní Bhriain|CN}}
Subject: weekend on call - stuff to know for Mon

Hiya both,

Quick brain dump from the weekend so nothing falls through the cracks!!

1) {{Oisín|PN}} in cubicle 4 (the 14 yo with new T1DM, {{Oisín Mac Giolla Phádraig|PN}}) - came in Sat in mild DKA, off the FRII since Sun lunchtime, on basal-bolus ({{Lantus 12 units|K}} + NovoRapid {{1 unit:10 g carbs|K}}). Mum ({{Gráinne|RN}}) is a nurse, very on it, but dad is finding it hard. Diabetes nurse {{Dervla|CN}} is seeing them Mon 10am - {{Siobhán|CN}} can you make sure the insulin pens are ordered?

2) Baby in SCBU cot 3 (baby of {{Shauna Gormley|RN}}) - jaundice, SBR 312 at 60 h, on phototherapy, recheck 06:00 Mon was 268 so should be able to stop. Mum's mobile if needed {{07700 900305|PH}}.

3) The wee girl from Friday - {{Róisín|PN}} ({{Róisín Ní Bhriain|PN}}, NOT related to {{Siobhán|CN}} haha) - discharged Sat, bronchiolitis, sats fine. Safety netting done. {{H&C 324 556 7781|NHS}}.

4) Had a chat with the reg at the Royal ({{Conor|CN}}) about the cardiac baby, they'll take him Tues - transfer ref {{NITS-25-0198|REF}}.

Honestly a lovely weekend, only 4 admissions overnight Sat. {{Paediatric Early Warning Scores|K}} {{all under 3|K}} by Sunday night.

{{Ruairí|CN}} - I've done the {{Band 1A|K}} monitoring forms for the weekend.

{{Aoife|K}} x

--
{{Dr Aoife Ní Dhomhnaill|K}}
Specialty Doctor, Paediatrics | {{Ulster Hospital|K}} | {{South Eastern HSC Trust|K}}
GMC {{7320415|K}}
""")
