# Emergency medicine (Dr Oluwaseun Adebayo-Clarke) and geriatrics (Dr Priya Raghunathan)
EM = "Dr Oluwaseun Adebayo-Clarke"
GER = "Dr Priya Raghunathan"
DOCS = []
def add(id, kind, applicant, text, extra_keep=()):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text, "extra_keep": list(extra_keep)})

add("s13-001", "ed_discharge_letter", EM, """
{{Fenwick Royal Infirmary}} - Emergency Department
Fenwick & Tyne Valley NHS Foundation Trust
ED reception: [[01632 960418|PH]]   Fax: [[01632 960419|PH]]

Our ref: [[ED/OAC/23/1187|REF]]
Typed: {{14/03/2023}}

[[Dr Morag Elphinstone|CN]]
[[Tynedale Park Surgery|AD]]
[[12 Hextol Terrace|AD]]
[[Corbridge|AD]]
[[NE45 5QX|PC]]

Dear Dr [[Elphinstone|CN]],

Re: [[Gareth Lowery|PN]]   DOB {{02/11/1978}}   Male
NHS No: [[401 223 7765|NHS]]    Hosp No: [[FRI0092231|HN]]    ED attendance [[ED23-0144871|HN]]
Address: [[Flat 3, 41 Priestpopple|AD]], [[Hexham|AD]] [[NE46 1PH|PC]]

Mr [[Lowery|PN]] attended at 22:41 on {{13/03/2023}} after falling from a stepladder at home while clearing gutters. He struck the back of his head; no loss of consciousness, one episode of vomiting. He takes {{apixaban 5 mg}} twice daily for a provoked PE last year.

On arrival {{GCS 15}}, observations normal. Small occipital haematoma. Under the {{NICE head injury guideline (NG232)}} anticoagulation alone warrants CT within 8 hours; {{CT head}} at 23:58 showed no intracranial haemorrhage. {{Canadian C-spine rule}} low risk, cervical spine cleared clinically.

He was discharged at 01:20 with written head injury advice into the care of his partner, [[Denise|RN]], who will stay with him for 24 hours. He should continue {{apixaban}}. No routine follow-up is needed.

Yours sincerely,

{{Dr Oluwaseun Adebayo-Clarke}}
Specialty Doctor, Emergency Medicine  GMC {{7345120}}
cc: patient
""")

add("s13-002", "reflective_diary", EM, """
Reflective diary - night shift, {{Saturday 22 July 2023}}

I keep coming back to the boy in cubicle 7. [[Kieran|PN]] was fifteen, brought in by his older sister [[Shannon|RN]] at about two in the morning after he had been found in the park behind [[St Cuthbert's Academy|AD]] - the school he had been excluded from a month earlier, as I later learned. He was drowsy but rousable, pupils normal, and the smell of alcohol made everyone, me included, relax a little too early.

What I want to record honestly is that my first working diagnosis was simple intoxication. It was [[Shannon|RN]] who changed my thinking. She told me, almost in passing, that [[Kieran|PN]]'s mate [[Robbie Tait|RN]] had "given him some of his nan's tablets". I am noting that phrase because it was the single most important piece of history I took that night, and I nearly did not ask the follow-up question.

The tablets turned out to be {{amitriptyline 25 mg}}. His ECG at 02:40 showed a QRS of {{128 ms}}. I called {{Dr Harriet Okonjo-Reid}}, my consultant, who came in; we gave {{sodium bicarbonate 8.4%}} 50 ml and discussed him with ICU. TOXBASE advice was followed throughout. By the morning handover his QRS had narrowed to {{96 ms}}.

What went well: early ECG, escalation within ten minutes of seeing the QRS. What I would do differently: I would ask "what else might he have taken, and where from?" of every young person, every time, before I let the smell of alcohol close the question. I have since added an overdose prompt to the paediatric section of our department's majors checklist.

[[Kieran Walsh-McGuinness|PN]]'s mum, [[Tracey|RN]], rang the department two days later to ask who had looked after him. I phoned her back from the office. She was angry with the school, with [[Robbie|RN]]'s grandmother, and a bit with us for the wait. I listened. I did not need to defend anyone; she needed to tell somebody.

Safeguarding referral made at the time (ref [[SG-FTV-23-04417|REF]]); the school nurse has been informed.

Discussed with my educational supervisor {{Dr Harriet Okonjo-Reid}} on {{01/08/2023}}.
""")

add("s13-003", "incident_reflection", EM, """
REFLECTION ON A CLINICAL INCIDENT
Datix ID: [[W158842|REF]]     LFPSE reference: [[2023/118823|REF]]
Date of incident: {{04/09/2023}}   Location: {{Resus bay 2}}, {{Fenwick Royal Infirmary}}
Author: {{Dr Oluwaseun Adebayo-Clarke}} (OAC)

What happened
A 67-year-old woman, [[Mrs Brenda Ashworth|PN]] (hospital no. [[FRI0311774|HN]]), was brought in by ambulance (CAD [[040923-0611|REF]]) with a suspected stroke. The pre-alert from paramedic [[Lee Dunmore|CN]] gave a last-known-well time of 06:10. A CT was requested as a stroke protocol but the porter was redirected to another patient and the scan started 21 minutes later than our target.

During that time the registrar covering stroke, [[Dr Pawel Nowicki|CN]], was in theatre recovery and could not be reached on bleep [[4417|PH]]. I made a decision to contact the on-call stroke consultant directly via switchboard. Thrombolysis with {{alteplase}} was given at a door-to-needle time of {{58 minutes}}; {{NIHSS}} fell from 14 to 6 at 24 hours.

Analysis
This was a system delay, not an individual error. There is one porter allocated to resus overnight and no "stroke priority" flag on the portering app. Mrs [[Ashworth|PN]]'s daughter, [[Joanne Pilling|RN]], later asked at the bedside why "everyone was standing around"; I explained what happened and apologised, in line with the {{Duty of Candour}}.

What I learned
- Escalate early and by name; the switchboard route saved time.
- Human factors: I was the only senior in resus, which narrowed my situational awareness.
Actions: portering app now flags stroke calls (confirmed by the ED matron on {{02/10/2023}}); I presented the case at the departmental governance meeting on {{11/10/2023}}.

Reviewed by: {{Dr Harriet Okonjo-Reid}}, Consultant in Emergency Medicine and Clinical Governance Lead
""")

add("s13-004", "complaint_response", EM, """
Fenwick & Tyne Valley NHS Foundation Trust
Patient Advice and Liaison / Complaints
Complaint ref: [[CMP-2024-00391|REF]]

[[Mr Anand Varadarajan|RN]]
[[The Old Forge, Low Gate|AD]]
[[Hexham|AD]]  [[NE46 2NU|PC]]
by e-mail: [[a.varadarajan@mailbox.example.com|EM]]

{{19 February 2024}}

Dear Mr [[Varadarajan|RN]],

Thank you for your letter about the care your mother, [[Mrs Lakshmi Varadarajan|PN]], received in our Emergency Department on {{28 January 2024}}. I am the doctor who saw her at about 03:00 and I have been asked to respond to the clinical parts of your complaint. I am sorry that her wait was so long and that she spent part of that night on a trolley in the corridor.

You asked why she was not given pain relief until 04:15. The triage nurse, [[Staff Nurse Carys Bevan|CN]], recorded a pain score of 7/10 at 23:50 and {{paracetamol 1 g}} was prescribed but, as our records show, not given until after my review. That is not the standard we aim for, and the department has since introduced a one-hour pain re-assessment.

You also asked whether her hip fracture could have been missed. The first X-ray, reviewed by [[Dr Femi Oyelaran|CN]], was reported as showing no fracture; a second view I requested showed an undisplaced intracapsular fracture. [[Lakshmi|PN]]'s case has been discussed at our radiology discrepancy meeting. I am sorry for the worry this caused you and your sister [[Meena|RN]].

If you would like to meet, please contact the complaints team on [[01632 960577|PH]] quoting the reference above.

Yours sincerely,

{{Dr Oluwaseun Adebayo-Clarke}}, Specialty Doctor in Emergency Medicine
Countersigned: {{Dr Harriet Okonjo-Reid}}, Clinical Director
""")

add("s13-005", "email", EM, """
From: Oluwaseun Adebayo-Clarke <oluwaseun.adebayo-clarke@ftv.nhs.example>
To: [[Sam Haverty|CN]] <[[samuel.haverty@ftv.nhs.example|EM]]>
Cc: Harriet Okonjo-Reid
Date: Tue, 7 Nov 2023 16:12
Subject: RE: lost property - pt in bay 14 last night

Hi Sam,

Thanks for flagging. Yes I saw him - [[Mr Jozef Kaczmarek|PN]], [[FRI0478120|HN]], the chap from the [[Riverside hostel on Tyne Green|AD]]. His hearing aid went up to AMU with him in a specimen bag, I wrote it in the property section of the notes. If it's not there, ring [[Gosia|RN]] (his niece, she's the NOK) on [[07700 900384|PH]] - she was going to bring his spare set in anyway.

Re the sepsis bundle query - lactate was {{4.1}}, first antibiotics at 19:52, so within the hour. I've put the times in the Datix you mentioned ([[W160311|REF]]).

Seun
""", extra_keep=["Harriet Okonjo-Reid", "Seun"])

add("s13-006", "case_based_discussion", EM, """
CASE-BASED DISCUSSION (CbD) - Emergency Medicine
Trainee/applicant: {{Dr Oluwaseun Adebayo-Clarke}}     GMC: {{7345120}}
Assessor: {{Dr Martin Cheung}}, Consultant EM, GMC {{4421987}}
Date: {{17/01/2024}}   Setting: ED majors   SLO: {{SLO 3}} / {{SLO 6}}

Case: 81-yr-old F, DOB {{09/06/1942}}, recurrent falls, on {{warfarin}} (INR {{3.8}}), new confusion. Patient initials recorded in log as [[E.McC.|PN]] (MRN [[FRI0055190|HN]]).

Discussion focus: anticoagulant reversal decision; capacity assessment under the {{Mental Capacity Act 2005}}; communication with her son [[Declan McCarthy|RN]] who holds LPA for health and welfare.

Assessor comments: Clear structured approach. Used the {{4AT}} (score 6) and considered delirium before dementia. Good knowledge of {{prothrombin complex concentrate}} dosing and {{vitamin K}} 5 mg IV. Could be more explicit about documenting the LPA registration check.

Global rating: Performed at level expected of consultant - {{Level 4}}
Signed: {{Dr Martin Cheung}}
""")

add("s13-007", "coroner_statement", EM, """
STATEMENT FOR HM SENIOR CORONER - NORTHUMBERLAND AREA
Coroner's ref: [[0412/2023/NLD|REF]]     Police ref: [[NP-23-118830|REF]]
Deceased: [[Callum James Brannigan|PN]]     DOB: {{17/05/1996}}     Date of death: {{30/06/2023}}

I am {{Dr Oluwaseun Adebayo-Clarke}}, MBBS, MRCEM, a Specialty Doctor in Emergency Medicine at {{Fenwick Royal Infirmary}}. My GMC number is {{7345120}}. I make this statement from my memory and from the contemporaneous clinical record, hospital number [[FRI0503318|HN]].

1. At 01:34 on {{30 June 2023}} I was asked to attend resuscitation bay 1 following a pre-alert from the North East Ambulance Service (incident [[NEAS-300623-0097|REF]]). The crew, led by paramedic [[Aidan Threlkeld|CN]], reported that Mr [[Brannigan|PN]] had been found unresponsive by a friend, [[Liam Oduya|RN]], at a flat on [[Battle Hill Road|AD]], [[Hexham|AD]].

2. On arrival he was in cardiac arrest, rhythm asystole. Advanced life support was continued in line with the {{Resuscitation Council UK 2021}} guidelines. {{Adrenaline 1 mg}} was given every 3-5 minutes; {{naloxone}} 800 micrograms was given IV. Capnography remained below {{1.5 kPa}}.

3. After 34 minutes of resuscitation in hospital, and following discussion with the team including the registrar [[Dr Imogen Sallis|CN]] and nurse-in-charge [[Charge Nurse Ross Fairbairn|CN]], I confirmed death at 02:41.

4. I spoke with his mother, [[Mrs Angela Brannigan|RN]], and his brother [[Jake|RN]] in the relatives' room at 03:10. She told me [[Callum|PN]] had been "doing so well" since leaving rehab in [[Morpeth|AD]] in the spring.

I believe that the facts stated in this statement are true.
Signed: {{Dr Oluwaseun Adebayo-Clarke}}   Date: {{12/07/2023}}
""", extra_keep=[])

add("s13-008", "msf_summary", EM, """
Multi-source feedback (360) - summary report
Doctor: {{Dr Oluwaseun Adebayo-Clarke}}     Collated by: {{Dr Harriet Okonjo-Reid}} (Educational Supervisor)
Period: {{Oct-Dec 2023}}    Responses: {{14}} (5 consultants, 4 nurses, 3 trainees, 2 admin)

Ratings (1-6): Clinical knowledge {{5.6}}; Communication {{5.4}}; Teamwork {{5.7}}; Leadership {{5.1}}

Free-text comments (verbatim):
- "Seun is calm in resus and actually listens to the nurses. When [[Bex|CN]] raised the fluid balance on the DKA patient he stopped and re-checked straight away."
- "Always makes time to teach. Took me through a fascia iliaca block step by step." (FY2)
- "Sometimes stays too late after shift - I worry about burnout." (ANP)
- "Handled [[Mr Okafor|PN]]'s family with real kindness the night he died." (Senior Sister)
- "Could delegate more to registrars like [[Ollie|CN]] and me."

ES comment: No concerns. Pattern consistent with 2022 MSF. Discussed delegation at appraisal.
""", extra_keep=["Seun is calm"])

add("s13-009", "teaching_feedback", EM, """
TEACHING SESSION FEEDBACK
Session: "Paediatric sepsis - recognising the quiet child"   Presenter: {{Dr O. Adebayo-Clarke}}
Date: {{08/02/2024}}   Audience: 11 (FY1-2, ACPs, 2 student nurses)   Venue: {{Education Centre, Fenwick Royal Infirmary}}

Mean scores (1-5): Content {{4.7}}  Delivery {{4.8}}  Relevance {{4.9}}

Comments:
"Loved the real case about the toddler - though maybe don't say the little girl's first name ([[Ava-Rose|PN]]) next time!"
"Clear on the {{NICE NG51}} traffic-light table and the {{Spotting the Sick Child}} resources."
"More time on {{POPS score}} please."
"Really good. The bit about when the parent says they are not right was powerful."

Verified: {{Dr Harriet Okonjo-Reid}}, Consultant, {{15/02/2024}}
""")

add("s13-010", "discharge_summary", GER, """
DISCHARGE SUMMARY - {{Wessex Coast NHS Trust}}
{{St Aldhelm's Hospital}}, {{Kingfisher Ward}} (Care of the Elderly)

Patient: [[HOLLOWAY, Doreen Margaret|PN]]     DOB: {{21/08/1936}}     Sex: {{F}}
NHS: [[612 448 0917|NHS]]     MRN: [[SAH-0774192|HN]]
Address: [[14 Quay Cottages|AD]], [[Wareham|AD]], [[BH20 4LP|PC]]
GP: [[Dr J. Penhaligon|CN]], [[Sandford Lane Medical Practice|AD]]
NOK: [[Ian Holloway|RN]] (son) [[07700 900512|PH]]

Admitted: {{03/02/2024}}   Discharged: {{16/02/2024}}
Consultant: {{Dr Graham Pettifer}}   Discharging doctor: {{Dr Priya Raghunathan}}

Diagnoses: 1. {{Community-acquired pneumonia}} (CURB-65 {{2}})  2. {{Hyperactive delirium}}, resolved  3. {{Frailty}} ({{Clinical Frailty Scale 6}})
Background: {{Parkinson's disease}}, {{Type 2 diabetes}}, {{CKD stage 3b}}, {{osteoporosis}}

Summary: Mrs [[Holloway|PN]] presented with 3 days of cough and increasing confusion. CXR right lower zone consolidation. Treated with {{co-amoxiclav}} then {{doxycycline}}. {{Co-careldopa}} doses were missed for 18 hours on admission (Datix [[WCT-24-01552|REF]]); since then Parkinson's medication has been given on time. Delirium settled by day 6. Seen by PT/OT; discharged home with a package of care x2 daily.

Medication changes: {{Gliclazide}} stopped (hypoglycaemia 2.9 mmol/L); {{alendronic acid}} continued.
Follow-up: Frailty clinic 6 weeks. Please check U&E in 1 week (eGFR {{34}}).
""", extra_keep=["Parkinson's medication"])

add("s13-011", "clinic_letter", GER, """
Falls and Syncope Clinic
{{St Aldhelm's Hospital}}
Direct line: [[01632 960233|PH]]
Ref: [[PR/FS/0488|REF]]

Clinic date: {{11 April 2024}}
Dictated: {{11 April 2024}}   Typed: {{15 April 2024}}

[[Dr Oliver Trenchard|CN]]
[[The Purbeck Surgery|AD]], [[North Street|AD]], [[Swanage|AD]] [[BH19 1AD|PC]]

Dear [[Oliver|CN]],

[[Mr Reginald ("Reg") Pike|PN]], DOB {{07/01/1941}}, [[NHS 7294418826|NHS]]

I saw [[Reg|PN]] with his wife [[Pat|RN]] today. He has had four falls since Christmas, two in the garden of their bungalow in [[Langton Matravers|AD]] and one at the [[Legion club on Kings Road|AD]] where he still plays dominoes on Tuesdays. None were preceded by warning symptoms.

Lying/standing BP: {{148/82}} lying, {{112/70}} at 3 minutes standing, with symptoms - significant {{orthostatic hypotension}}. ECG sinus rhythm, PR {{210 ms}}. His {{tamsulosin 400 micrograms}} and {{doxazosin 4 mg}} are likely contributors and I have stopped the doxazosin. {{Timed Up and Go}} {{19 seconds}}.

Plan: 24-hour tape; review in 8 weeks; referral to community strength and balance class. Pat asked whether he should still drive; I have advised he should not until reviewed and explained his duty to inform the DVLA.

Yours sincerely,

{{Dr Priya Raghunathan}}
Specialty Doctor, Medicine for Older People
""", extra_keep=[])

add("s13-012", "family_email", GER, """
From: [[Karen Whitlock|RN]] <[[karenwhitlock62@example.net|EM]]>
Sent: 02 May 2024 21:47
To: Kingfisher Ward Enquiries
Subject: My dad - bed 9 - please pass to Dr Raghunathan

Dear Dr Raghunathan,

I'm writing because I didn't get the chance to say this properly on Friday. My dad, [[Frank Whitlock|PN]] (he's [[Frankie|PN]] to everyone at the bowls club in [[Upton|AD]]), was on your ward for nearly three weeks and I honestly thought we were going to lose him. When you sat down with me and my brother [[Stuart|RN]] and explained about the "treatment escalation plan" you didn't rush us and you used words we understood.

Dad is home now at [[Flat 2, Lytchett House, Poole Road|AD]] and the carers come in twice a day. He's cheeky again, which is how we know he's better. He keeps asking after "the little nurse from Kerala" - I think her name was [[Anju|CN]]? - please tell her.

His hospital number, in case you need it, was [[SAH-0690034|HN]].

With thanks from all of us,
Karen
[[07700 900731|PH]]
""", extra_keep=["Dr Raghunathan", "Kingfisher Ward", "bed 9"])

add("s13-013", "mdt_minutes", GER, """
FRAILTY MDT - MINUTES
{{St Aldhelm's Hospital}}, seminar room 2, {{Thursday 13 June 2024}}, 13:00
Chair: {{Dr Graham Pettifer}}   Minutes: {{Dr Priya Raghunathan}}
Present: {{Dr P. Raghunathan}}, [[Sr Gemma Coker|CN]] (ward manager), [[Niall Brennan|CN]] (PT), [[Thandiwe Moyo|CN]] (OT), [[Elaine Fiddes|CN]] (discharge coordinator), [[Dr Rashid Qureshi|CN]] (FY2)

1. [[D.H.|PN]] ([[SAH-0774192|HN]]) - for discharge Friday; POC confirmed; son to collect.

2. [[Mr Albert Nkemelu|PN]], bed 4, 88M - CFS 7, recurrent aspiration. SALT: modified diet {{IDDSI level 5}}. Family (daughter [[Chiamaka|RN]]) want "everything done"; Dr Raghunathan to meet family Monday with [[Dr Qureshi|CN]] observing. {{ReSPECT}} form to be revisited.

3. [[Mrs Irene Gallacher|PN]], bed 11 - delayed discharge day 23 awaiting nursing home in [[Bere Regis|AD]]. [[Elaine|CN]] chasing CHC checklist. Safeguarding concern re bruising raised by [[Thandiwe|CN]] - referral submitted (LA ref [[DSAB/24/00871|REF]]).

4. [[Stanley Ebdon|PN]], bed 7 - fall on ward 11/06 (Datix [[WCT-24-03318|REF]]); no injury; {{lying/standing BP}} shows drop of 34 mmHg; {{fludrocortisone}} considered - deferred.

Actions: PR to write to [[Mr Nkemelu|PN]]'s GP after family meeting. Next MDT {{20/06/2024}}.
""", extra_keep=["Dr Raghunathan", "PR", "CFS 7", "bed 4", "bed 11", "bed 7"])

add("s13-014", "reflective_diary", GER, """
Reflection: a conversation about dying that I nearly got wrong

It was a Sunday and I was the medical registrar covering the elderly care wards. I had met [[Winifred|PN]] only once before, on the post-take ward round, a sharp-witted ninety-three-year-old retired headmistress who had run [[Holy Trinity Primary in Swanage|AD]] for twenty years and who corrected my grammar when I wrote on her whiteboard. Her granddaughter [[Lucy|RN]] phoned the ward at lunchtime and asked whether "someone senior" could speak to her because Nan had told her she "did not want any more of the tubes".

I went to see [[Winnie|PN]] first. I want to be honest that I arrived with an agenda: her NEWS2 was 6, she had a rising creatinine and I was already composing in my head the treatment escalation plan I thought was right. She stopped me. "Doctor, you've decided something. Tell me what it is and then I'll tell you if you're right." I sat down.

We talked for forty minutes. She wanted antibiotics by mouth but no more cannulas, no CPAP, and she wanted to be at home in [[Studland|AD]] if at all possible, with her cat and "[[Geoffrey|RN]]'s photographs" - Geoffrey was her late husband. She had full capacity for this decision; I documented the assessment under the {{Mental Capacity Act 2005}} with her own words in quotation marks.

When [[Lucy Fairweather|RN]] arrived she was tearful and angry - not with her grandmother but with me, because she assumed I had "talked Nan into giving up". I think a year ago I would have become defensive. Instead I asked [[Mrs Fairweather|RN]]... I corrected myself, she had told me to call her Lucy, and I asked Lucy what she had hoped we would say. She hoped for a bit more time. We agreed a plan together with her grandmother in the room.

[[Winifred Ashdown|PN]] went home on the Wednesday with the community palliative care team. She died there eleven days later. Lucy sent a card to the ward.

Learning: (1) arrive without the answer; (2) capacity is decision-specific and Winnie had it; (3) relatives' anger often masks fear of being excluded. I discussed this case with {{Dr Graham Pettifer}} at supervision on {{24/10/2023}}. Relevant to {{GMC Good Medical Practice}} domain 3 and the geriatric medicine curriculum CiP on end-of-life care.
""", extra_keep=["NEWS2 was 6"])

add("s13-015", "safeguarding_note", GER, """
ADULT SAFEGUARDING - MEDICAL ENTRY   {{08/07/2024}} 16:20
Pt: [[Mrs Irene Gallacher|PN]]  [[SAH 0801127|HN]]  NHS [[4508831926|NHS]]  DOB {{30/03/1939}}

Asked to review by ward manager re bruising to both upper arms (fingertip pattern) and L forearm skin tear. Pt says "[[Gordon|RN]] was only helping me up". Gordon = husband, main carer, lives with pt at [[27 Crown Mead|AD]], [[Wimborne|AD]] [[BH21 1HS|PC]]. Pt has moderate dementia ({{MoCA 14/30}}), lacks capacity re. discharge destination (assessed, see MCA form).

Neighbour [[Mrs Sheila Dunstan|RN]] ([[01632 960871|PH]]) had rung GP twice with concerns about shouting.

Plan: body map completed & photographed per policy; referral to LA safeguarding (ref [[DSAB/24/00871|REF]]); police not informed at this stage - discussed with named nurse [[Lorraine Akinyemi|CN]]; IMCA referral; do not discharge home pending s42 enquiry under the {{Care Act 2014}}.

P. Raghunathan, ST-equivalent / Specialty Dr, bleep 3312
""", extra_keep=["P. Raghunathan", "bleep 3312"])

add("s13-016", "supervisor_report", GER, """
EDUCATIONAL SUPERVISOR'S STRUCTURED REPORT
Doctor: {{Dr Priya Raghunathan}}    Post: Specialty Doctor, Medicine for Older People, {{St Aldhelm's Hospital}}
Supervisor: {{Dr Graham Pettifer}} FRCP, Consultant Geriatrician, GMC {{3398121}}
Period covered: {{August 2022 - July 2024}}

Priya has worked on the acute frailty unit and the orthogeriatric service under my supervision for two years. She runs an independent falls clinic and leads the ward-based delirium audit, which reduced missed {{4AT}} screening from 41% to 12%. She completes comprehensive geriatric assessments to a consultant standard.

Her WPBAs (18 CbDs, 12 mini-CEX, 4 ACATs) show consistent performance at the level of a CCT holder. Her MSF in 2023 was excellent. Her complaint handling was exemplary in one case where a family had raised concerns about a colleague's conduct (the colleague is not named here), and her reflection on that case was thoughtful.

I have no concerns about her probity or health. I support her portfolio pathway application in geriatric medicine.

Signed: {{Dr Graham Pettifer}}   Date: {{31/07/2024}}
""", extra_keep=["Priya"])

add("s13-017", "patient_letter", GER, """
[[23 Tarrant Close|AD]]
[[Blandford Forum|AD]]
[[DT11 7QE|PC]]

5th March

To Dr Priya and the nurses on Kingfisher,

Just a few lines from [[Ted|PN]] and [[Marjorie Pocock|RN]] to say thank you for looking after Ted in January when he had the pneumonia. He is back in his shed doing his model railway and back to shouting at the football. Our grandson [[Tyler|RN]] made the card.

Dr Priya you were very kind to me on the night I was upset in the corridor, I will not forget it.

God bless you all,
[[Marjorie|RN]] & Ted x

(Ted's number on his wristband was [[SAH-0655310|HN]] if you need to find his notes for your file - our neighbour [[Bill|RN]] said you doctors keep the cards for your exams!)
""", extra_keep=["Dr Priya", "Kingfisher"])

add("s13-018", "audit_report", GER, """
AUDIT: Time to first dose of Parkinson's medication on admission - re-audit cycle 2
Lead: {{Dr Priya Raghunathan}}   Supervisor: {{Dr Graham Pettifer}}   Registered: audit no. {{AUD-GER-2023-14}}
Standard: {{Parkinson's UK "Get It On Time"}}; {{NICE NG71}}. Target: 100% of time-critical doses within 30 minutes of prescribed time.

Method: all admissions with {{Parkinson's disease}} to Kingfisher and Heron wards, {{01/10/2023}}-{{31/12/2023}} (n = 22). Data from e-prescribing and drug charts.

Results: 15/22 (68%) received first dose within 30 min (cycle 1: 41%). Omitted doses without reason: 3.

Cases with omission > 2 h (for M&M review):
 - [[D.H.|PN]], 87F, [[SAH-0774192|HN]], {{co-careldopa 25/100}} - 18 h (Datix raised)
 - [[R.T.|PN]], 79M, [[SAH-0703816|HN]], {{rotigotine patch}} not available out of hours - 6 h
 - [[Mrs Violet Ansty|PN]], 91F, unit no [[0752209|HN]], NBM for swallow - no alternative route prescribed - 9 h

Actions: automatic pharmacy alert on admission; stock {{Madopar dispersible}} in ED; teaching for FY1s (delivered {{15/01/2024}}).
Re-audit planned Q3 2024.
""", extra_keep=["Kingfisher", "Heron wards", "87F", "79M", "91F"])
