# Hand-written synthetic documents, part D.  Markup: {{text|CODE}} (see markup.py).

DOCS = []


def doc(kind, applicant, src):
    DOCS.append({"kind": kind, "applicant": applicant, "src": src})


# ---------------------------------------------------------------- 40 NHS 111 CAS call log
doc("telephone_advice_log", "Dr Grace Mwangi", """
NHS 111 Clinical Assessment Service - clinician call summary (Adastra export)
Clinician: {{MWANGI, Grace (Dr)|K}}   Role: CAS GP/medical sessional   Session: 18:30-23:00 Sun 10/03/2024
Provider: {{Yorkshire Ambulance Service NHS Trust|K}} (IUC)

Case {{110324-7710|REF}}   18:52   Priority: {{Urgent 1 hour|K}}
Patient: {{Bilal Haq|PN}} (M, {{4 months|K}})   Caller: mother {{Sadia Haq|RN}}   Call-back {{07700 900406|PH}}
Address: {{12 Lumb Lane, Manningham, Bradford|AD}} {{BD8 7QU|PC}}   NHS: {{451 093 2208|NHS}}
Hx: cough/coryza 2 days, feeding half usual, no wet nappy since 12:00. No apnoeas.
Outcome: {{ED within 1 hour|K}} - {{Bradford Royal Infirmary|K}} - mum to drive, dad ({{Imran|RN}}) at home with the other children.

Case {{110324-7755|REF}}   19:40   Priority: Routine
Patient: {{Mrs Dawn Appleyard|PN}} (F, {{68|K}})   Caller: self   Call-back {{07700 900932|PH}}
Hx: dysuria 3/7, no fever, no loin pain, no {{frank haematuria|K}}, not catheterised. eGFR 74 (Jan).
Outcome: {{nitrofurantoin 100 mg MR BD for 3 days|K}} via EPS to {{Lloyds Pharmacy Shipley|AD}}; safety net given.
Note: her husband {{Frank|RN}} is on the palliative care register - I checked he has the JIC meds; {{Dawn|PN}} said yes.

Case {{110324-7798|REF}}   20:31   Priority: {{Emergency - 999 upgraded|K}}
Patient: {{Mr Augustine Nwosu|PN}} (M, 57)  Caller: neighbour ({{Mrs Brenda Sykes|RN}}) {{01274 960330|PH}}
Hx: found slumped in chair, "talking rubbish", right side weak. FAST positive. 999 ambulance {{CAD 10-0398|REF}} dispatched (Cat 2).
Warm handover to YAS EOC dispatcher {{Raj|CN}} at 20:36.

Clinical supervisor on shift: {{Dr Peter Lumb|K}} (verified these summaries 11/03/2024)
""")

# ---------------------------------------------------------------- 41 patient feedback questionnaire summary
doc("patient_feedback", "Dr Nikhil Bhattacharjee", """
PATIENT FEEDBACK QUESTIONNAIRE - RESULTS (GMC PQ style)
Doctor: {{Dr Nikhil Bhattacharjee|K}}    Specialty: Gastroenterology    Collection period: April-June 2024
Administered by: Medical Appraisal Office, {{Lancashire Teaching Hospitals NHS Foundation Trust|K}}
Responses: {{34/40|K}}

Item                                              Your mean   Benchmark
Being polite                                       {{4.9|K}}        4.6
Making you feel at ease                            4.8        4.5
Listening to you                                   4.8        4.5
Assessing your medical condition                   4.7        4.5
Explaining your condition and treatment            {{4.6|K}}        4.4
Involving you in decisions about your treatment    4.6        4.3

Selected free-text comments (typed as written):

"{{dr bhattacharjee|K}} explained my crohns really well and drew a picture. 10/10" - signed {{Haydn M|PN}}

"{{Dr Nik|K}} was very kind to my mum ({{Maisie|RN}}) when she had her scope, she was scared stiff. Thank you from {{Faith|RN}} (daughter)"

"He listened. The nurse {{Bernie|CN}} was also excellent."

"Waited 1 h 40 past my appointment - not the doctor's fault but nobody told us." - Mr & Mrs {{Kowalczyk|PN}}, {{Garstang|AD}}

"Would like to be seen by the same doctor every time. Its been 3 different doctors for my {{ulcerative colitis|K}} in a year. Please call me on {{07700 900511|PH}} to discuss my {{Infliximab|K}} dates" (no name given)

"Brilliant. He even remembered my daughter {{Amelie|RN}} was doing her GCSEs." - {{T. Whiteside|PN}}

Summary: scores above benchmark in all items. One comment contains a phone number - removed in final version.
Discussed at appraisal with {{Dr Fiona Eastham|K}} (appraiser) on 22/08/2024.
""")

# ---------------------------------------------------------------- 42 testimonial letter (secondary evidence)
doc("testimonial", "Dr Hassan El-Sayed", """
{{East Midlands Air Ambulance|K}}
Medical Directorate

To whom it may concern / GMC Registration and Revalidation

Letter confirming experience - {{Dr Hassan El-Sayed|K}} ({{GMC 6987340|K}})

I have worked with {{Dr El-Sayed|K}} since August 2021, when he joined the service as a HEMS doctor, and I have been his clinical supervisor for pre-hospital emergency medicine throughout. During this period he has completed {{186 HEMS shifts|K}} and attended {{412 missions|K}}, including {{38 pre-hospital emergency anaesthetics|K}}, 14 thoracostomies and 3 resuscitative hysterotomy decisions (none performed).

He is a calm, thoughtful team leader. One example: in June 2024 he managed a motorcyclist with a tension pneumothorax at the roadside near {{Blidworth|AD}}, performing a finger thoracostomy and administering pre-hospital blood; the patient survived to discharge. In another case ({{CAD 230911-0244|REF}}), he recognised that a crew member ({{Gemma|CN}}) was struggling after a paediatric death and organised a TRiM referral the next day.

{{Hassan|K}} has taught on our {{PHEM induction course|K}} and the regional {{Sub-specialty training in PHEM|K}} programme, and audited our {{RSI checklist|K}} compliance (96%).

I have no hesitation in recommending him. I confirm the information above is accurate.

{{Dr Claire Openshaw|K}} MBChB FRCEM DipIMC
Consultant in Emergency Medicine and HEMS Clinical Lead
GMC {{4890231|GMC}}   {{claire.openshaw@emaa.org.uk|EM}}   {{0115 496 0642|PH}}
""")

# ---------------------------------------------------------------- 43 procedure logbook extract
doc("logbook", "Dr Li Wei Zhang", """
PROCEDURAL LOGBOOK - EMERGENCY MEDICINE - {{Dr L. W. Zhang|K}} ({{GMC 7598831|K}})
Export from spreadsheet, sheet "2024", rows 118-131

Date,Hosp no,Age,Sex,Procedure,Role,Supervisor,Outcome/notes
03/01/2024,{{N0081273|HN}},{{67|K}},F,{{Procedural sedation (propofol) - DC cardioversion|K}},Performed,{{JB|K}},AF->SR 1st shock 150J
07/01/2024,{{N1188204|HN}},24,M,Chest drain (Seldinger) 12Fr,Performed,indep,Spont PTX - {{BTS 2023|K}}
11/01/2024,{{N2210975|HN}},81,F,{{Fascia iliaca block|K}},Performed,indep,#NOF - {{levobupivacaine 0.25% 30 mL|K}}
11/01/2024,{{N0090117|HN}},5,M,Procedural sedation ({{ketamine 1 mg/kg IV|K}}) - forearm MUA,Supervised,{{JB|K}},pt "{{Alfie|PN}}" - ortho reg {{Dr Mensah-Bonsu|CN}}
19/01/2024,{{N3301196|HN}},45,M,Lumbar puncture,Performed,indep,?SAH - xanthochromia neg
25/01/2024,{{N1440029|HN}},33,F,Shoulder reduction ({{Cunningham technique|K}}),Performed,indep,no sedation
02/02/2024,{{N2277410|HN}},72,M,RSI in ED,Performed (airway),{{Dr A. Kapoor|K}},{{VL grade 1|K}} 1st pass
02/02/2024,{{N0071558|HN}},58,F,Arterial line,Performed,indep,
09/02/2024,{{N5520384|HN}},29,F,Ring block + nail bed repair,Performed,indep,pt {{Leah Castellino|PN}} - hand surgeon asked for photo
14/02/2024,{{N0998214|HN}},90,M,"Catheter, suprapubic change",Performed,indep,
20/02/2024,{{N3310072|HN}},61,M,Pericardiocentesis (US-guided),Assisted,{{Dr A. Kapoor|K}},tamponade - cardiology ({{Dr Faulkner|CN}})
27/02/2024,{{N4402113|HN}},38,F,{{Hip aspiration|K}},Observed,-,

Supervisor key: JB = {{Dr Joanna Barraclough|K}} (Consultant EM, educational supervisor); {{Dr A. Kapoor|K}} = Consultant EM
Verified as accurate: {{J. Barraclough|K}} 01/03/2024
""")

# ---------------------------------------------------------------- 44 chatty e-mail thread about a complaint
doc("email_thread", "Dr Farah Naz Qureshi", """
From: {{Farah Qureshi|K}}
To: {{Sunny Varghese|CN}}
Cc: {{Donna|CN}} (Complaints)
Date: 10 May 2024 13:05
Subject: RE: complaint - {{Mr Holroyd|PN}} - your statement

Hi {{Sunny|CN}},

Thanks for sending your draft so quickly. Couple of things before {{Donna|CN}} sends it on:

- you wrote "troponin mildly elevated" - the first one was {{hs-TnI 86 ng/L|K}} (our cut-off is {{>34|K}}) so I'd just state the number and that you planned a repeat at 3 h per the {{ESC 0/3h pathway|K}}. That's fine, that's what the pathway says.
- The family's main issue is the 9 h wait and that nobody spoke to {{Maureen|RN}} (wife). Worth acknowledging that directly - it wasn't your fault, the department was at {{OPEL 4|K}} that night with 41 in the department.
- Don't include {{Ken|PN}}'s NHS number ({{412 339 0187|NHS}}) in the body, {{Donna|CN}} adds the ID sheet.

Also please don't worry - this is a learning thing, not a disciplinary one. Happy to go through it on Tuesday after the {{ED governance|K}} meeting.

F

---
From: {{Sunny Varghese|CN}}
Date: 10 May 2024 11:21
Subject: complaint - {{Mr Holroyd|PN}} - your statement

Hi {{Farah|K}}, draft attached. I'm really sorry about this one, I should have called the reg. {{Sunil|CN}}

---
From: {{Donna Pickles|CN}} <{{donna.pickles@nhs.net|EM}}>
Date: 09 May 2024 16:40
Subject: {{COMP-CRI-24-0219|REF}} - statements needed by 17/05

Dear {{Dr Qureshi|K}} / Dr {{Varghese|CN}},
Please can you provide statements regarding the care of {{Kenneth Holroyd|PN}}, DOB {{19/09/1944|K}}, attended ED 26/04/2024 (attendance {{CRI-ED-24-118220|HN}}). Daughter's letter attached. Statements please by {{17/05/2024|K}}.
Kind regards, {{Donna|CN}}
Complaints Officer, {{Calder Royal Infirmary|K}} | {{01422 960511|PH}}
""")

# ---------------------------------------------------------------- 45 structured judgement review
doc("mortality_review", "Dr Tariq Mahmood Chaudhry", """
STRUCTURED JUDGEMENT REVIEW (SJR) - {{Riverside University Hospitals NHS Trust|K}}
Reviewer: {{Dr T. Chaudhry|K}} (Consultant Acute Physician)     Review date: 04/04/2024
Trigger: death within 48 h of admission; learning disability (LeDeR notified: {{LeDeR ref 29581|REF}})

Patient: {{Daniel "Danny" Okwuosa|PN}}   Age at death: {{34|K}}   Sex: M   MRN: {{RUH0922871|HN}}
Admitted: 18/03/2024 14:20   Died: 19/03/2024 22:05   Ward: {{AMU bed 3|K}}, then {{ICU bed 7|K}}
Diagnoses: {{Down syndrome|K}}, aspiration pneumonia ({{J69.0|K}}), sepsis

Phase scores (1 very poor - 5 excellent)
Admission and initial management ............ 3
Ongoing care ................................ 2
Care during a procedure ..................... n/a
Perioperative care .......................... n/a
End-of-life care ............................ 3
Overall assessment of care .................. {{2 - poor care|K}}

Narrative:
{{Danny|PN}} lived in supported living at {{Acorn House, 6 Chapel Fold, Kelsby|AD}} with 24 h support. His mum, {{Mrs Beatrice Okwuosa|RN}}, told staff he had "not been himself" for a week. The initial clerking by the FY1 (Dr {{Hannah Lowther|CN}}) was thorough and recognised sepsis ({{NEWS2 6|K}}) with antibiotics within 1 hour. However his hospital passport was not read and his support worker ({{Kyle|CN}}) was asked to leave at 20:00 "because visiting had finished". Overnight he pulled out his cannula twice and received no IV antibiotics between 02:00 and 09:40. The night registrar ({{Dr Okafor|CN}}) was not informed.
Reasonable adjustments were not made; the {{Mental Capacity Act 2005|K}} best-interests process for the cannula was not followed.

Avoidability of death: {{score 4 - possibly avoidable (less than 50:50)|K}}
Referred to: Learning from Deaths panel 18/04/2024; Datix {{W211904|REF}}.
""")

# ---------------------------------------------------------------- 46 paediatric ADHD clinic letter
doc("clinic_letter", "Dr Ifeoma Nwachukwu", """
Community Paediatrics - {{Northwold General Hospital|K}}

To: Dr {{Imran Chaudhary|CN}}, {{Beckside Medical Centre|AD}}
Copy: parents; SENCo, {{Scholes Park Primary School|AD}} (Mrs {{Lyn Auty|CN}})

Date: 30/05/2024
Re: {{Faith Mwale-Henderson|PN}}   DOB {{12/11/2015|K}}   NHS {{738 221 0054|NHS}}

Diagnosis: Attention deficit hyperactivity disorder - combined presentation ({{F90.0|K}})

Dear Dr {{Chaudhary|CN}},

I reviewed {{Faith|PN}} (age 8) today with her mother, {{Ms Tendai Mwale|RN}}, and her stepfather, {{Mr Craig Henderson|RN}}. Her biological father ({{Mr Blessing Mwale|RN}}) has shared parental responsibility and has asked for copies of all letters; they are being sent to him separately at his request.

{{Conners 3|K}} parent and teacher questionnaires both scored in the clinical range (T-scores 78 and 81). School report significant difficulty staying seated and impulsive behaviour in the playground. There are no features of autism on my assessment ({{ADOS-2|K}} not indicated).

Following the {{NICE NG87|K}} pathway, and after parent training, I have started {{methylphenidate (Xaggitin XL) 18 mg|K}} each morning. Baseline: weight {{26.4 kg|K}} (50th centile), height 131 cm, {{BP 98/60|K}}, HR 84. No cardiac history in the family.

Please continue to prescribe under shared care once stable. I will see {{Faith|PN}} in 6 weeks.

Yours sincerely
{{Dr I. Nwachukwu|K}}, Specialty Doctor in Community Paediatrics
""")

# ---------------------------------------------------------------- 47 case reflection with nicknames
doc("reflection", "Dr Ana Lúcia Ferreira", """
Case reflection: "{{Big Mick|PN}}" and the insulin pump
(written for my portfolio - {{Ana Lúcia Ferreira|K}}, diabetes & endocrinology)

Everyone on ward 34 knew {{Big Mick|PN}}. {{Michael Geraghty|PN}}, 6 foot 5, retired docker, type 1 diabetes for 50 years, and the proud owner of an insulin pump he did not trust anyone to touch. He was admitted with a {{Charcot foot|K}} and cellulitis. On day 2 the night nurse ({{Precious|CN}}) found him hypoglycaemic, CBG 2.1, clammy but refusing glucose because "the pump's got it".

What happened next is why I am writing this. The FY1 that night, who I'll call Dr X, suspended the pump and gave {{IV glucose 10% 150 mL|K}} and then (correctly) asked for help. {{Mick|PN}} was furious when he woke, and his wife "{{Nana Jo|RN}}" (as the grandkids call her - {{Josephine|RN}}) came in at 7 a.m. demanding to know who had "switched off his pancreas".

I met them both with the diabetes specialist nurse, {{Ciarán|CN}}. We agreed a written pump plan under the {{JBDS-IP guideline on CSII in hospital|K}} (self-management where capacity and alertness allow; basal rate {{0.85 units/h|K}}; hypo treatment per {{Hypoglycaemia protocol|K}}). {{Mick|PN}} signed it. I wrote in the notes "{{MG|PN}} to self-manage pump; nursing to check CBG 2-hourly overnight".

Learning:
- Patients with 50 years of diabetes are experts; the pump is part of their autonomy ({{Montgomery|K}} reminds us that consent is a dialogue).
- Night staff need a clear pump plan; I added a pump alert to the EPR.
- I should have checked on Dr X the next morning - I did, two days late.

Discussed with my supervisor {{Dr Stephen Okoli|K}}, who agreed I could include this reflection.
""")

# ---------------------------------------------------------------- 48 labour ward SBAR board handover
doc("handover_list", "Dr Nadia Haddad", """
LABOUR WARD HANDOVER 08:00 - {{Kingsgate Women's Unit|K}} - 22/11/2024
Outgoing: {{Dr Haddad|K}} (SD) / {{Mo|CN}} (coord)    Incoming: Dr {{Ishbel Cartwright|CN}} / {{Carmen|CN}} (coord)

Rm 1  {{Precious|PN}} (P0) 40+2  IOL day 2, ARM 06:30, syntocinon not yet started - CTG normal - {{Bishop score 7|K}}
Rm 2  {{Kasia W.|PN}} P1 36+5   PPROM 30 h, GBS neg, on {{benzylpenicillin|K}}? - no, not indicated, stop. ?IOL today
Rm 4  {{Hollie-Mae|PN}} (19, P0) 41+1  4 cm @ 05:00, epidural. Partner {{Reece|RN}} + her mum present. Safeguarding alert on {{BadgerNet|K}} - see plan
Rm 5  empty - deep clean after PPH (see Datix {{IR-OBS-24-1102|REF}})
Rm 6  {{Mrs Olawale-Smith|PN}} P2 38+0  pre-eclampsia, {{BP 158/104|K}}, on {{labetalol 200 mg TDS|K}} + MgSO4 (Collaborative protocol), {{PCR 96|K}}. Plan LSCS cat 3 this am - Consultant Miss {{Adeyinka|CN}} aware
Rm 8  {{Sumaya|PN}} ({{Sumaya Warsame|PN}}, P3) 39+4  Somali interpreter via phone (Language Line ID {{31127|OID}}), FGM type 3 - deinfibulation at delivery planned

Triage: 2 waiting ({{RFM|K}} x1, ?SROM x1)
Theatre: {{Mrs Olawale-Smith|PN}} first, then elective list ({{Theatre 2|K}})
HDU: {{Rm 6|K}} once delivered

Staffing: 1 midwife short - {{Carmen|CN}} escalated to manager on call.
""")

# ---------------------------------------------------------------- 49 e-RS advice and guidance reply
doc("advice_and_guidance", "Dr Nikhil Bhattacharjee", """
e-Referral Service - Advice and Guidance
UBRN: {{0004 1182 7730|REF}}       Service: Gastroenterology A&G - {{Royal Preston Hospital|K}}
Requested by: Dr {{Adewale Bankole|CN}} ({{Ribbleton Lane Surgery|AD}}) 11/06/2024
Patient: {{RYDER, Alison Jane|PN}}   F   {{52 years|K}}   NHS {{621 478 0935|NHS}}

GP question:
"Dear colleague, {{Alison|PN}} has iron deficiency anaemia ({{Hb 98 g/L, ferritin 6 ug/L|K}}), post-menopausal, no GI symptoms, {{FIT negative (<4)|K}}. {{Coeliac serology|K}} negative. Does she need both scopes? She is very anxious about endoscopy after her sister's ({{Julie|RN}}) bad experience. Thanks, {{Ade|CN}}"

Specialist response ({{Dr N. Bhattacharjee|K}}, 13/06/2024):
Thank you. Per the {{BSG guidelines for IDA in adults (2021)|K}}, a post-menopausal woman with IDA should have bidirectional endoscopy regardless of FIT, although a negative FIT makes colorectal cancer much less likely. Given Ms {{Ryder|PN}}'s anxiety, {{CT colonography|K}} is an acceptable alternative to colonoscopy. Please:
1. Start {{ferrous sulfate 200 mg once daily|K}} (alternate-day dosing is fine if side effects).
2. Convert this A&G to a referral (2WW not required) - I will vet it to OGD + CTC.
3. Check urine dipstick for {{haematuria|K}}.
Happy to discuss: Gastro secretaries {{01632 960519|PH}}.
Converted to referral: Yes - {{14/06/2024|K}}
""")

# ---------------------------------------------------------------- 50 rota as CSV paste
doc("rota", "Dr Dimitrios Papadopoulos", """
QEH Critical Care - resident rota - December 2024 (v4 published 15/11/2024)
Week,Mon,Tue,Wed,Thu,Fri,Sat,Sun
02-Dec,{{Papadopoulos|K}},{{Featherstone|CN}},{{Pillai|CN}},{{Pillai|CN}},{{Demir|CN}},{{Eze|CN}},{{Eze|CN}}
09-Dec,{{Eze|CN}},{{Papadopoulos|K}},{{Papadopoulos|K}},{{Chow|CN}},{{Chow|CN}},{{Hartigan|CN}},{{Hartigan|CN}}
16-Dec,{{Hartigan|CN}},{{Demir|CN}},{{Featherstone|CN}},{{Papadopoulos|K}},LOCUM (agency - {{Dr B. Osterhagen|CN}}),{{Pillai|CN}},{{Pillai|CN}}
23-Dec,{{Chow|CN}},{{Eze|CN}},XMAS: {{Papadopoulos|K}},BOXING DAY: {{Featherstone|CN}},{{Demir|CN}},{{Papadopoulos|K}},{{Papadopoulos|K}}
30-Dec,{{Pillai|CN}},NYE: {{Hartigan|CN}},{{Chow|CN}},,,,

Nights are 20:00-08:30 (2 residents: {{1 ICM + 1 anaesthetics|K}}); day shifts 08:00-20:30.
Bleeps: ICU resident {{1234|PH}}, outreach {{1180|PH}}
Prepared by: {{Dr D. Papadopoulos|K}} (rota co-ordinator, 0.2 PA in job plan)
Checked against {{Working Time Regulations 1998|K}}: average {{47.2 h/week|K}}; {{11 h rest|K}} between shifts; no more than {{4 consecutive nights|K}}.
Approved: {{Dr Jonathan Brightwell|K}}, Clinical Lead ICM
""")

# ---------------------------------------------------------------- 51 appraisal form extract
doc("appraisal_extract", "Dr Gwenllian Prydderch", """
MEDICAL APPRAISAL 2024/25 - Form 4 extract (MARS Wales)
Doctor: {{Dr Gwenllian Prydderch|K}}   GMC: {{7203367|K}}   Appraiser: {{Dr Rhodri Llwyd|K}}
Designated Body: {{Betsi Cadwaladr University Health Board|K}}

Section 6 - Significant events and complaints
6.1 Complaint ({{PTR ref BC-24-00771|REF}}): a patient's daughter complained that her father, {{Mr E. Williams-Roberts|PN}} ("{{Eifion|PN}}"), was discharged from {{Ward Aran|K}} without his {{furosemide|K}} dose being changed. I reviewed the case: the discharge letter said 80 mg but TTO was 40 mg. I met the family ({{Mrs Llinos Parry|RN}}, daughter) and apologised. Learning shared at the {{Cardiology governance|K}} meeting.
6.2 Incident (Datix {{DCIQ 3318842|REF}}): delayed echo for {{Mrs A. P.|PN}} (bed 14) - no harm.

Section 7 - Feedback
Colleague MSF completed ({{GMC MSF questionnaire|K}}): 15 responses, all in or above benchmark.
Patient feedback: 38 questionnaires; one comment named a ward clerk ("{{Sioned|CN}} on reception was rude") - passed to the ward manager.

Section 8 - Appraiser summary
{{Dr Prydderch|K}} has reflected well on both events. PDP 2025: complete {{Advanced Life Support (ALS)|K}} renewal; lead HF nurse-led clinic audit.

Agreed: {{R. Llwyd|K}} (appraiser)  /  {{G. Prydderch|K}}    Date: 17/01/2025
""")

# ---------------------------------------------------------------- 52 bed bureau / patient flow sheet
doc("patient_flow_sheet", "Dr Oluwaseun Adebayo-Martins", """
BED BUREAU - GP REFERRALS TO MEDICAL TAKE - {{Princess Royal Hospital|K}} - 14/10/2024
Take consultant: {{Dr Abigail Stanhope|K}}     Take registrar: {{Dr O. Adebayo-Martins|K}} (bleep {{3390|PH}})

BB ref      Time   Patient (as given)             Age  Referring GP / practice                    Reason                         Destination
{{BB-241014-07|OID}}  10:12  {{Gwendolyn PRICE|PN}}               86   Dr {{Sethi|CN}}, {{Hawthorns Surgery|AD}}        ?PE, {{Wells 6|K}}                   SDEC
{{BB-241014-09|OID}}  11:40  {{Tariq Al-Khalil|PN}}                47   Dr {{M. Obeng|CN}}, {{Lakeside HC|AD}}             {{DKA|K}}, ketones 4.2             AMU
{{BB-241014-12|OID}}  13:05  "{{Nan|PN}}" {{Lilian Cropper|PN}}          93   Dr {{Jo Hebblethwaite|CN}}, {{Stanley Rd MP|AD}}   falls, ?UTI, lives alone        AMU (frailty)
{{BB-241014-15|OID}}  14:30  {{DE SOUZA, Mariana|PN}}             29   Dr {{Sethi|CN}}                           {{hyperemesis|K}}? - to gynae      redirected
{{BB-241014-18|OID}}  16:55  {{Mr Patrick Whelan|PN}}             71   OOH GP (no name given)                      {{CAP, CURB-65 3|K}}             AMU

Notes: {{Lilian|PN}}'s granddaughter ({{Stacey|RN}}, {{07700 900648|PH}}) says she is the carer - call on arrival.
{{Mariana|PN}} redirected to EGU after discussion with gynae reg ({{Dr Ahuja|CN}}) - ref number given to GP: {{EGU-5512|REF}}.
Take numbers: {{23 GP referrals|K}}, 11 ED. {{Dr Adebayo-Martins|K}} reviewed all GP referrals before 20:00.
Verified as an accurate record: {{Dr A. Stanhope|K}}, take consultant, 15/10/2024.
""")
