# Source of texts.jsonl, part 2 (d4-013 .. d4-024). Markup as in part 1.

DOCS = []

DOCS.append(dict(id="d4-013", kind="complaint_meeting_notes", applicant="Dr Kwame Boateng", src="""NOTES OF LOCAL RESOLUTION MEETING
Complaint reference: [[NHFT-C-2023-1189|REF]]        Date: {{14 November 2023}}, 14:00, Room 2, Whitmore Lodge
Present: Mr [[Patrick Sullivan|RN]] (son of patient, complainant); {{Dr Kwame Boateng}} (Consultant Old Age Psychiatrist); [[Chloe Ventham|CN]] (Ward Manager, Rowan Ward); [[Deborah Ince|CN]] (Patient Experience Lead, notes)
Apologies: Dr [[Felix Amankwah|CN]] (specialty doctor)

1. Introductions. Mr [[Sullivan|PN]] explained that his mother, Mrs [[Eileen Sullivan|PN]] ("[[Lena|PN]]" to the family), aged {{84}}, was admitted to Rowan Ward under {{section 2}} on 22 August with worsening behaviour in the context of {{vascular dementia}}. He is unhappy about (a) the fall on 3 September resulting in a fractured wrist and (b) being told about the fall 19 hours later.

2. {{Dr Boateng}} apologised for the delay in informing the family. He explained the fall was unwitnessed at 02:40; Mrs [[Sullivan|PN]] was on 15-minute observations. A post-falls review was done by the duty doctor (Dr [[Okoro|CN]]) at 03:10 but the wrist swelling was only noticed at 09:30. X-ray showed a distal radius fracture (Colles'), managed in a cast. The {{Duty of Candour}} letter was sent on 11 September.

3. Mr [[Sullivan|PN]] asked why his mother had been given {{lorazepam 0.5 mg}} the evening before. {{Dr Boateng}} explained it was prescribed PRN for distress, that he accepted it may have increased falls risk, and that the ward has since reviewed PRN benzodiazepine use ({{STOPP/START}}).

4. Mr [[Sullivan|PN]] raised that his sister ([[Maureen|RN]]) had called the ward on [[01632 960930|PH]] twice and was told "no information". [[Chloe Ventham|CN]] apologised: the sister was not listed on the consent-to-share form. Form updated today.

Actions
- Falls audit on Rowan Ward (lead {{Dr Boateng}}), report to Q&S in Feb 2024
- Family to receive written response within 25 working days - ref above
- Copy of notes to [[psullivan1960@examplemail.co.uk|EM]]

Notes agreed as accurate: {{Dr K. Boateng}}   {{20/11/2023}}
"""))

DOCS.append(dict(id="d4-014", kind="coroner_statement", applicant="Dr Hannah Fairweather", src="""IN THE CORONER'S COURT FOR THE AREA OF SOMERSET
Inquest touching the death of: [[Colin Peter Ashworth|PN]]
Coroner's ref: [[01423/2024|REF]]        Police ref: [[ASP/24/40771|REF]]

STATEMENT OF {{DR HANNAH FAIRWEATHER}}
Occupation: Consultant in Emergency Medicine, Bridgewater Royal Infirmary
GMC number: {{7209963}}
This statement, consisting of {{4 pages}} signed by me, is true to the best of my knowledge and belief.

1. I make this statement from my own recollection and from the ED records (Symphony attendance [[BRI-ED-24-066120|HN]]) at the request of the Coroner's Officer, Mr [[Gavin Tully|CN]], by e-mail of 12 October 2024.

2. Mr [[Ashworth|PN]] (date of birth {{30/06/1958}}) attended the Emergency Department by ambulance at 19:22 on {{28 September 2024}} after a collapse at his home address, [[Hollybush Cottage|AD]], [[Combe Florey|AD]]. His wife, Mrs [[Janet Ashworth|RN]], was with him.

3. On arrival he was triaged by Staff Nurse [[Kirsty Vowles|CN]]: HR 118, BP 78/40, RR 28, {{SpO2 91%}}, {{GCS 14/15}} ({{NEWS2 9}}). I was the consultant in charge and reviewed him in Resus at 19:30 with the registrar, Dr [[Nikhil Bose|CN]]. He described sudden tearing back pain. Point-of-care ultrasound showed an abdominal aortic diameter of {{7.2 cm}} with free fluid.

4. I activated the massive haemorrhage protocol at 19:34 and called the on-call vascular surgeon, Mr [[Dominic Ferreira|CN]]. {{O-negative blood}} was given ({{4 units}}) and {{tranexamic acid 1 g}} IV. He was accepted for emergency open repair and transferred to theatre at 20:05.

5. I had no further involvement. I understand he died in theatre at 22:48.

6. I am aware Mrs [[Ashworth|PN]] has asked whether an earlier CT would have changed the outcome. The {{ruptured abdominal aortic aneurysm}} was diagnosed within 12 minutes of arrival by ultrasound and CT was not appropriate in an unstable patient (RCEM guidance).

Signed: {{H. Fairweather}}          Dated: {{21/10/2024}}
"""))

DOCS.append(dict(id="d4-015", kind="inquest_correspondence", applicant="Dr Tomasz Wiśniewski", src="""HM CORONER FOR WEST WEXSHIRE
[[Coroner's Court, The Old Shire Hall, Castle Street|AD]], [[Wexcombe|AD]] [[WX1 2AA|PC]]
Tel: [[020 7946 0412|PH]]   Email: [[coroners.officers@westwexshire.gov.example|EM]]

Our ref: [[WW/INQ/0663/25/JK|REF]]
Trust ref: [[SGH-LEGAL-25-0192|REF]]
Date: {{8 October 2025}}

{{Dr Tomasz Wiśniewski}}
Consultant Anaesthetist
c/o Legal Services, Severnside General Hospital

Dear {{Dr Wiśniewski}}

INQUEST TOUCHING THE DEATH OF [[ROSE-MARIE DUVAL|PN]] (d.o.b. {{19.03.1966}}, died 02.07.2025)

The Senior Coroner, Mrs [[Alison Kerridge|CN]], has opened an inquest into the death of Ms [[Duval|PN]] and has directed that the inquest hearing take place on {{Tuesday 20 January 2026}} at 10:00 (time estimate {{2 days}}). You are named as a witness and a summons will follow under Schedule 5 of the {{Coroners and Justice Act 2009}}.

I should be grateful if you could provide a statement covering:
 (a) your pre-operative assessment on 01.07.2025 (the record refers to an {{ASA 3}} and a {{STOP-BANG score of 6}});
 (b) the anaesthetic for the laparoscopic cholecystectomy on 02.07.2025, including airway management;
 (c) your discussions with the recovery nurse, Ms [[Priya Venkatesh|CN]], and the surgical registrar, Mr [[Obinna Eze|CN]];
 (d) the decision to transfer to ITU and your involvement thereafter.

The family are represented by solicitors (their ref [[HM/DUVAL/7741|REF]]). Ms [[Duval|PN]]'s partner, Mr [[Jean-Luc Marchetti|RN]], is an interested person.

Please send your statement via the Trust's legal team by {{5 December 2025}}. A copy of the Trust's Patient Safety Incident Investigation (PSII, LFPSE ref [[W-2025-117734|REF]]) has been disclosed to the Coroner.

Yours sincerely
[[Jessica Kavanagh|CN]]
Coroner's Officer
(Direct line [[020 7946 0419|PH]])
"""))

DOCS.append(dict(id="d4-016", kind="coroner_statement", applicant="Dr Agnieszka Nowak-Lewandowska", src="""RESPONSE TO REGULATION 28 REPORT TO PREVENT FUTURE DEATHS
and supplementary witness statement

Re: [[Jordan Alexander Fenwick|PN]] (deceased)   Inquest ref [[NE-2024-0388|REF]]   Reg 28 ref: [[2025-0117|REF]]
Statement of: {{Dr Agnieszka Nowak-Lewandowska}}, Consultant Psychiatrist, Home Treatment Team North, Tyneside & Wear MH Trust   GMC {{7390628}}

1. I was the consultant for the Home Treatment Team (HTT) during [[Jordan|PN]]'s second episode of care from 11 to 26 March 2024. I first met [[Jordan|PN]] on 12 March at his flat ([[Apartment 12, Quayside Lofts|AD]], [[Gateshead|AD]] [[NE8 2BE|PC]]) with HTT nurse [[Craig Pattinson|CN]].

2. [[Jordan|PN]] was 27. He had a diagnosis of {{recurrent depressive disorder}} ({{F33.2}}) and {{alcohol dependence}}, and was prescribed {{mirtazapine 45 mg}} nocte. On 12 March his {{PHQ-9}} was 24 and he described passive suicidal ideation without plan. I judged that he could be managed at home with twice-daily visits.

3. On 26 March he was discharged from HTT to the CMHT (care coordinator Ms [[Nadia Rahman|CN]]). The Coroner found that the discharge letter was not received by the GP, Dr [[Hedley|CN]], for 9 days and that the CMHT allocation meeting did not take place until 10 April. [[Jordan|PN]] died on {{8 April 2024}}. The medical cause of death was {{1a hanging}}.

4. The Coroner's concern (Reg 28, matter 1): "There is no system to confirm that a patient discharged from the HTT has been allocated before the HTT closes the episode."

5. Actions taken since:
   a) From 1 September 2024 the HTT does not close a referral until the receiving team confirms allocation on RiO (new "handover accepted" field).
   b) Discharge summaries go by NHS mail to the practice within {{24 hours}}; audit of {{48 discharges}} (Oct-Dec 2024): 46/48 ({{95.8%}}) within 24 h.
   c) A joint HTT-CMHT meeting is held each Thursday; I co-chair it.
   d) Learning shared at the Trust's Serious Incident panel ([[StEIS 2024/8871|REF]]) and at the regional HTT forum.

6. [[Jordan|PN]]'s mother, Mrs [[Carol Fenwick|RN]], and his brother [[Ryan|RN]] were present at the inquest; I offered, through the Trust's family liaison officer [[Beverley Hume|CN]], to meet them.

Signed {{A. Nowak-Lewandowska}}   {{30/04/2025}}
"""))

DOCS.append(dict(id="d4-017", kind="coroner_statement", applicant="Dr Chidinma Okafor-Bright", src="""Statement of {{Dr Chidinma Okafor-Bright}} MBBS FRCA FFICM
Consultant in Intensive Care Medicine and Anaesthesia, Kingsmead University Hospital
For: HM Assistant Coroner, Kingsmead and District   (your ref: [[KD-1882-2023|REF]])

Deceased: Mr [[Yusuf Abdullahi Hassan|PN]], born {{04/04/1971}}, ICU number [[ICU-23-0915|HN]], hospital no. [[K2207718|HN]]

I was the ICU consultant on 14 and 15 December 2023 when Mr [[Hassan|PN]] was admitted to the Critical Care Unit (Bed 6) following an emergency laparotomy for a perforated duodenal ulcer, performed by Miss [[Harriet Oduya|CN]], Consultant Surgeon. The anaesthetist was Dr [[Luka Petrović|CN]].

On arrival at 23:50 his {{lactate was 6.8 mmol/L}}, noradrenaline 0.32 micrograms/kg/min, and his {{APACHE II score}} was 24. The {{SOFA score}} at 24 hours was 12. I discussed his condition with his wife Mrs [[Hodan Hassan|RN]] and his brother [[Abdirahman|RN]] (via a telephone interpreter, Somali, interpreter ID [[LL-448812|OID]]) at 01:30. I explained that he was critically ill and might not survive.

Despite {{vasopressin 0.03 units/min}}, hydrocortisone 50 mg QDS, broad-spectrum antibiotics ({{meropenem 1 g TDS}}) and CVVHDF from 06:00, he developed refractory shock and died at 17:42 on {{15/12/2023}}. Family were present.

The police were informed (ref [[KDP-231215-0602|REF]]) only because the family raised the possibility of an assault two weeks before admission; I understand no further action was taken.

I believe the facts stated in this witness statement are true.
Signed {{C. Okafor-Bright}}   Dated {{11 March 2024}}
"""))

DOCS.append(dict(id="d4-018", kind="datix_report", applicant="Dr Mei-Ling Chan", src="""DATIX WEB - INCIDENT REPORT (print view)
ID: [[218734|REF]]        Reported: {{27/02/2025}} 16:42     Reporter: {{Dr Mei-Ling Chan}} (Consultant, Acute Medicine)
Incident date: 27/02/2025   Time: 07:10   Location: Pennine Moor Hospital > AMU > {{Bay B bed 12}}
Type: Medication > Insulin > wrong dose administered        Harm (initial): Moderate
Patient: [[HARRIS, Joy|PN]]     MRN: [[2236650|HN]]    NHS no: [[4738829163|NHS]]    DOB: {{12/12/1950}}   Gender: F

Description:
Pt on {{insulin glargine}} (Lantus) 12 units once daily. Prescription on EPMA written by FY1 (Dr [[Samuel Hartigan|CN]]) as "12u" - migrated from paper kardex in the night as "120 units" (transcription during the EPMA downtime 02:00-05:30). Administered at 07:10 by agency nurse [[Bogdan Ionescu|CN]] (NMC PIN [[19K0427E|GMC]]). Second check not done (2nd nurse [[Lucy Ng|CN]] was on break).
CBG 1.8 at 09:20, pt drowsy {{GCS 12/15}}. Treated: {{glucose 20% 100 ml IV}}, then 10% infusion; CBG monitoring hourly for 36 h. Lowest 2.4. No lasting harm identified at 72 h.

Immediate actions: escalated to me 09:25, hypo protocol, daughter [[Maxine|RN]] informed 10:05 by phone ([[07700 900308|PH]]) - {{Duty of Candour}} verbal done, letter to follow.
Contributing factors: EPMA downtime procedure; "u" abbreviation; agency staff not trained on downtime kardex.

Manager: [[Kay Brightwell|CN]] (Ward manager AMU)       Handler: [[Sarah Okonedo-Lane|CN]] (Medication Safety Officer)
Linked records: LFPSE [[W-2025-048871|REF]]  / complaint none / Safeguard none
Attachments: kardex_scan.pdf, EPMA_audit_log.xlsx
Link: [[https://datixweb.pennine-moor.nhs.example/index.php?action=incident&recordid=218734|URL]]
"""))

DOCS.append(dict(id="d4-019", kind="lfpse_report", applicant="Dr Aoife Brennan", src="""Learn from Patient Safety Events (LFPSE) - submitted record
LFPSE reference: [[P-2025-0417-88A3|REF]]   Local ref: [[ULH/INC/25/03991|REF]]
Organisation: Lagan Valley & Wexcombe University Hospitals   Submitted by: {{Dr Aoife Brennan}}, Consultant Anaesthetist   {{17/04/2025}}

What happened?
Near miss - wrong side block. Patient listed for R knee arthroplasty (Theatre 4, 2nd on list). At the block room, the site marked on the R knee. The ODP ([[Declan Moriarty|CN]]) had prepared for an adductor canal block. The trainee (Dr [[Zainab Qureshi|CN]], CT2) had the ultrasound probe on the LEFT thigh and had scanned when I asked for the "{{Stop Before You Block}}" check. No needle inserted. No harm.

Patient details: Mr [[Lincoln Price|PN]], 67, hospital no. [[H0990342|HN]], DOB {{29/07/1957}}
Procedure planned: {{adductor canal block}}, {{ropivacaine 0.375% 20 ml}}, then spinal.

Why did it happen? (Contributory factors, SEIPS)
- Patient turned on trolley for positioning; drapes covered the arrow.
- Trainee's first list on this site; no local "{{Stop Before You Block}}" poster in block room 2.
- Time pressure (list started 35 min late).

Actions: Stop Before You Block poster + verbal check added to WHO sign-in ({{WHO Surgical Safety Checklist}}); teaching at departmental audit (May 2025); reflective discussion with trainee.
Patient informed by me at 12:15 in recovery with his wife [[Patricia Price|RN]] present (Being Open).
Level of harm: No harm.   Psychological harm: None.   {{NatSSIPs 2}} standard mapped.
Supervisor reviewing for portfolio: {{Dr Niamh Gallagher}}, Clinical Director, Anaesthesia
"""))

DOCS.append(dict(id="d4-020", kind="steis_report", applicant="Dr Priyanka Raghunathan", src="""STRATEGIC EXECUTIVE INFORMATION SYSTEM (StEIS) - Serious Incident notification (initial 72h report)
StEIS ref: [[2024/18734|REF]]     Trust incident ref: [[SGH-SI-24-061|REF]]     Datix: [[221905|REF]]
Reported by: {{Dr Priyanka Raghunathan}}, Consultant Acute Physician (lead reviewer)
Date of incident: {{09/09/2024}}    Date reported: 11/09/2024

Category: Sub-optimal care of the deteriorating patient
Summary:
A 58-year-old man (Mr [[Ibrahim Nassar|PN]], Hosp no. [[S0901223|HN]], NHS [[7103 659 228|NHS]]) admitted to AMU with ?pyelonephritis. NEWS2 rose from 3 (18:00) to {{NEWS2 8}} (21:00). Escalation to the medical registrar documented at 21:10 but the patient was not reviewed until 23:55 (SHO Dr [[Daniel Ferraz|CN]]; registrar Dr [[Anjali Menon|CN]] was in ED resus with a cardiac arrest). Sepsis six not started until 00:20. Lactate {{5.6 mmol/L}}. Admitted to ITU 01:40 with septic shock, {{E. coli}} bacteraemia. Discharged from ITU day 6, home day 19.

Immediate action taken:
- 2nd medical registrar on nights from 16/09 (interim)
- Review of the {{NEWS2}} escalation SOP; {{Sepsis Six}} poster in AMU
- Family (Mrs [[Leila Nassar|RN]], wife) informed - {{Duty of Candour}} letter 12/09/2024 ([[DoC-24-0332|REF]])

Is the incident likely to attract media interest? No.   Police involvement? No.
Commissioner notified: ICB Quality Team ([[icb.seriousincidents@nhs.example|EM]])
Executive sign-off: Chief Nurse 12/09/2024
"""))

DOCS.append(dict(id="d4-021", kind="incident_investigation", applicant="Dr Siobhán Ní Bhriain", src="""Castlegate Mental Health Unit - After Action Review (AAR) / PSIRF learning response
Incident: Absent without leave (AWOL) of detained patient from Ward 2 (Heron)
LFPSE: [[W-2024-266190|REF]]    Local: [[CMH-24-1147|REF]]    Date: {{03/10/2024}}
Facilitator: {{Dr Siobhán Ní Bhriain}} (Consultant, trained AAR facilitator)

Attendees: ward manager [[Femi Adeyemo|CN]]; HCA [[Josh Kemp|CN]] (on escort); staff nurse [[Ewa Grabowska|CN]]; ward doctor Dr [[Hamish Reid|CN]] (CT3); security lead [[Martin Lowry|CN]]

What was expected? Patient ([[Callum Devine|PN]], 22, detained {{s.3}} {{Mental Health Act 1983}}, RiO [[1011845|HN]]) on escorted {{section 17 leave}} for 30 min to the hospital shop, 1:1 escort, risk assessment completed that morning by Dr [[Reid|CN]].
What actually happened? At 14:12 [[Callum|PN]] ran from the shop entrance. HCA [[Kemp|CN]] followed but lost sight at the bus stop. Police informed 14:25 (log [[CAD 14-1003-0556|REF]]; missing person ref [[NW-MP-24-55120|REF]]). Found by police at his mother's address ([[27 Ferry Street|AD]], [[Birkenhead|AD]]) at 18:40, returned under {{s.18}}. No harm.
Why the difference? 
 - Leave risk assessment did not include the phone call from his ex-partner ([[Shannon|RN]]) at 11:00 that had upset him (documented by [[Ewa Grabowska|CN]] but not handed to Dr [[Reid|CN]]).
 - Escort was the HCA's 3rd escort of the shift; no radio.
What will we do? 
 1. Add "recent contacts / distress in last 4 h" to the {{s17}} leave checklist (owner: {{Dr Ní Bhriain}}).
 2. Radios for all escorts (owner: [[Martin Lowry|CN]]).
 3. Share learning at Trust {{PSIRF}} learning forum, Dec 2024.

Mother (Mrs [[Ann Devine|RN]]) updated by ward manager 19:05.
Learning response signed off by: {{Dr Paul Haverstock}}, Associate Medical Director for Patient Safety
"""))

DOCS.append(dict(id="d4-022", kind="eportfolio_wba", applicant="Dr Rashid Bin Hamdan", src="""Kaizen ePortfolio - RCEM   Exported 01/12/2025 10:31
Form: Mini-CEX (Mini Clinical Evaluation Exercise)         Status: Complete
Trainee / applicant: {{Dr Rashid Bin Hamdan}}   GMC {{7631275}}   Grade: Specialty doctor (portfolio pathway)
Assessor: {{Dr Fiona Achterberg}}   GMC [[4410386|GMC]]   Role: Consultant in EM    Email: [[fiona.achterberg@nhs.net|EM]]
Date of encounter: {{18/11/2025}}   Setting: ED majors   Curriculum: {{RCEM 2021}} {{SLO 1}}, {{SLO 3}}

Clinical problem: 62F, collapse + palpitations. Pt ([[J.B.|PN]], MRN [[RK1182034|HN]]) - ECG showed {{Wolff-Parkinson-White}} pattern with pre-excited AF, HR 190. Haemodynamically stable (BP 118/76).
Focus: history, examination, clinical judgement, communication.

Assessor's comments:
Clear and structured history taking; elicited family history of sudden death (pt's brother [[Kenneth|RN]] died aged 39). Correctly identified that AV nodal blockers ({{adenosine}}, verapamil, digoxin) are contraindicated in pre-excited AF and chose {{procainamide}}-equivalent strategy: discussed with cardiology and proceeded to synchronised DC cardioversion under procedural sedation ({{propofol 40 mg}}), 120 J biphasic, successful. Explained risks to the patient and her husband clearly, using teach-back.
Development: consider documenting the {{CHA2DS2-VASc}} and the rationale for anticoagulation decision at discharge.

Global rating: Above expectation for completion of training (4/5)   Entrustment: {{Level 4}}
Time taken: observation 25 min, feedback 10 min
Trainee reflection: (see linked reflection {{#RL-118}})
View online: [[https://kaizenep.com/events/fillin/58c2e1a0-7f33-4b8e-9c1d-2df0e5a1b442|URL]]
"""))

DOCS.append(dict(id="d4-023", kind="eportfolio_wba", applicant="Dr Agnieszka Nowak-Lewandowska", src="""RCPsych Portfolio Online - Case-based Discussion (CbD) - export
Doctor being assessed: {{Dr Agnieszka Nowak-Lewandowska}}  (GMC {{7390628}})
Assessor: {{Prof. Emeka Nwachukwu}}, Consultant Psychiatrist   Assessor GMC: [[3984217|GMC]]
Date: {{06/06/2024}}      Case complexity: High      Setting: Home Treatment Team

Case summary (please anonymise):
A 17-year-old girl ("[[Amelia|PN]]", [[A.R.|PN]], RiO [[1040077|HN]]) in transition from CAMHS, presenting with restrictive eating and self-harm. BMI 14.9, HR 44 lying, postural drop 28 mmHg, {{MEED}} risk red. Admitted informally to paediatrics at Kingsmead; refusing NG feeding. Discussion centred on capacity vs competence, the use of the {{Mental Health Act 1983}} vs the {{Children Act 1989}} for a 17-year-old, and involvement of parents (Mr and Mrs [[Roberts|RN]]).
Note: the CAMHS consultant was Dr [[Tunde Bakare|CN]]; the paediatric registrar Dr [[Sophie Lindqvist|CN]].

Assessment domains (1-6): Clinical assessment 5; Risk assessment 5; Medical treatment 4; Investigation/referral 5; Follow-up & care planning 5; Note writing 4; Professionalism 6; Clinical reasoning 5.
Overall: Performing at level expected for a consultant (ST6+ equivalent).
Strengths: excellent grasp of {{MEED guidance}} (2022) and {{re-feeding syndrome}} risk (phosphate {{0.62 mmol/L}}); clear legal reasoning; sensitive to the young person's views.
Suggestions: write a short summary for the family; consider case for teaching at the Balint / journal club.
Agreed action: present case at regional ED network meeting (done {{19/09/2024}}).

Assessor sign-off: {{Prof. E. Nwachukwu}}   06/06/2024 16:44
"""))

DOCS.append(dict(id="d4-024", kind="eportfolio_wba", applicant="Dr Layla Al-Hashimi", src="""Lifelong Learning Platform (RCoA) - DOPS - Direct Observation of Procedural Skills
*** Assessments carried out BY the applicant as supervisor (evidence of teaching & supervision) ***
Assessor: {{Dr Layla Al-Hashimi}}, Consultant Anaesthetist, GMC {{7552170}}
Trainee: Dr [[Benedict Oyelowo|CN]] (CT2 Anaesthetics)   Trainee GMC: [[7823391|GMC]]
Date: {{12/03/2025}}   Hospital: {{Kingsmead University Hospital}}, {{Theatre 6}}

Procedure: Arterial line insertion (radial, ultrasound-guided)   {{Stage 1}} / Intermediate   Unit of training: Core procedures
Patient: {{74M}}, [[D.K.|PN]] ([[K2261400|HN]]), {{ASA 4}}, for emergency laparotomy.

Performance (1 = unable, 4 = independent):
 - Consent / explanation ........................ 3
 - Pre-procedure preparation (asepsis, equipment). 4
 - Technical ability ............................. 3  (2 attempts, {{20G}}, {{Allen's test}} not performed - discussed, not evidence-based but local policy)
 - Post-procedure management (transducer, zeroing, flush) .. 4
 - Communication with team ....................... 4
Overall: Can perform with indirect supervision.

Feedback given: good in-plane technique; keep wrist extended; label the line. Discussed the {{NAP7}} findings on peri-operative cardiac arrest and the ESA line safety standard.
Trainee self-reflection: "next time prepare the transducer before scrubbing" - [[B.O.|CN]]
Also observed same day (not assessed): epidural for Mrs [[Teresa Kaminski|PN]] (Labour Ward room 3), by Dr [[Oyelowo|CN]]'s colleague Dr [[Wen Jie Liu|CN]] (ST4).

Signed (assessor): {{Dr L. Al-Hashimi}}   12/03/2025
"""))
