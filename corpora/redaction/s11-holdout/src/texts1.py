DOCS = []
def d(i, kind, applicant, text):
    DOCS.append((f"h11-{i:03d}", kind, applicant, text))

d(1, "clinic_letter", "Dr Farah Qureshi", """CARDIOLOGY OUTPATIENT CLINIC
{{Leeds General Infirmary}}

Our ref: [[REF|FQ/CARD/24/0913]]
Clinic date: 11/03/2024
Dictated by: {{Dr Farah Qureshi}}, Specialty Doctor in Cardiology (GMC {{7412589}})

Dr [[C|Imogen Trelawney]]
[[A|Moortown Medical Practice, 14 Harrogate Road, Leeds]] [[PC|LS17 6QX]]

Dear Dr [[C|Trelawney]],

Re: [[P|Mr Desmond Achterberg]]   DOB {{22/07/1956}}   NHS No [[N|468 221 9935]]   MRN [[H|LGI4471832]]
[[A|Flat 3, 22 Cardigan Road, Headingley, Leeds]] [[PC|LS6 3AG]]

Diagnoses:
1. Paroxysmal atrial fibrillation, {{CHA2DS2-VASc 3}}, {{HAS-BLED 1}}
2. Hypertension
3. Type 2 diabetes ({{HbA1c 61 mmol/mol}})

Medication: {{apixaban 5 mg twice daily}}, {{bisoprolol 2.5 mg once daily}}, ramipril 5 mg, {{Jardiance}} 10 mg.

I saw [[P|Mr Achterberg]] today with his wife [[R|Greet]], who is Dutch and helped with some of the history. He had three self-terminating episodes of palpitations since January. The 7-day Holter showed AF burden 6%, max ventricular rate 138. Echo: LVEF 55%, LA mildly dilated (4.3 cm). {{TSH 1.9}}.

We discussed rhythm vs rate control; [[P|Desmond]] would prefer to avoid ablation for now. I have increased {{bisoprolol to 5 mg}} and asked him to keep a symptom diary. If symptoms persist he will go on the waiting list for PVI at {{Leeds General Infirmary}}.

Follow-up in 4 months with repeat ECG. He can be contacted on [[PH|07700 900418]].

Yours sincerely

{{Dr Farah Qureshi}}
Specialty Doctor, Cardiology
cc: [[P|Mr D Achterberg]] (patient)
""")

d(2, "discharge_summary", "Dr Oluwaseun Adeyemi", """DISCHARGE SUMMARY - {{Ward 28}} (Acute Medicine), {{Royal Stoke University Hospital}}

Patient: [[P|HOLLOWAY, Bernadette Anne]]     Hospital No: [[H|RJE0083341]]     NHS: [[N|9434765919]]
DOB: {{04/11/1941}} (82y)   Sex: {{F}}
Address: [[A|2 Wetherby Close, Trentham, Stoke-on-Trent]] [[PC|ST4 8JN]]
Admitted: {{02/02/2024}}   Discharged: {{09/02/2024}}
Consultant: Dr [[C|Anand Iyer]]      Discharging doctor: {{Dr O. Adeyemi}} ({{Dr Oluwaseun Adeyemi}}), Clinical Fellow

Presenting complaint: fall at home, found on floor by neighbour ([[R|Pauline]] from number 4) after ?4h long lie.

Diagnosis: {{Community acquired pneumonia}} ({{J18.9}}), {{CURB-65 3}}; AKI stage 2 ({{N17.9}}) - prerenal; rhabdo excluded ({{CK 412}}).

Bloods on admission: {{Hb 118}}, {{WCC 16.2}}, {{CRP 212}}, {{Na 131}}, {{K 5.1}}, {{Cr 168}} (baseline 82), {{eGFR 26}}.
CXR: right lower zone consolidation.

Treatment: IV {{Tazocin 4.5 g tds}} x 3 days then oral {{co-amoxiclav 625 mg tds}} to complete 7 days. IV fluids. {{Ramipril}} held - RESTART when Cr < 100 (GP to check U&E in 1 week).

Function: mobilising with frame, PT/OT assessment done. Lives alone; daughter [[R|Siobhan Holloway-Reid]] ([[PH|01632 960771]]) is NOK and will stay for a week.

Frailty: {{Clinical Frailty Scale 5}}. {{4AT 0}} on discharge.
TTO: {{co-amoxiclav}}, {{paracetamol 1 g qds}}, {{Adcal-D3}} 1 bd.

Follow-up: falls clinic referral sent (ref [[REF|FC-24-00718]]).
""")

d(3, "referral_letter", "Dr Tomasz Wisniewski", """URGENT SUSPECTED CANCER REFERRAL - 2WW LOWER GI

To: Colorectal Triage, {{Northampton General Hospital}}
From: {{Dr Tomasz Wisniewski}}, {{Acute Medical Unit}}
Date: 19 June 2023

patient [[P|Gerald Fairweather]] ({{67M}}), dob {{30/01/1956}}, nhs [[N|6172249081]], hosp no [[H|NGH-0993412]]. lives [[A|7 Spencer Bridge Road, Northampton]] [[PC|NN5 7DR]] with partner [[R|Malcolm]]. tel [[PH|01632 960208]].

[[P|Gerald]] was admitted under us with symptomatic anaemia ({{Hb 71 g/L}}, {{MCV 68}}, {{ferritin 6}}), 3 month hx change in bowel habit to looser stool and ~6 kg weight loss. No PR bleed seen. FIT not done as inpt. CT CAP ({{19/06/2023}}): 4 cm irregular thickening sigmoid, 2 indeterminate liver lesions. Transfused 2 units, given {{Monofer 1000 mg}}.

PMH: {{Type 2 diabetes}}, {{Barrett's oesophagus}} on surveillance, previous {{Colles' fracture}}.
WHO PS 1. Aware of possibility of cancer, wants to be told everything, prefers calls after 5pm.

Many thanks,
{{Dr T Wisniewski}} (GMC {{7723016}})
""")

d(4, "complaint_response", "Dr Priya Raghunathan", """{{Sheffield Teaching Hospitals NHS Foundation Trust}}
Patient Experience Team

Complaint reference: [[REF|STH/PET/2023/1187]]
Your ref: [[REF|LH/JW/0412]]

[[R|Mrs Lorraine Hebblethwaite]]
[[A|41 Crookesmoor Road, Sheffield]] [[PC|S10 1BD]]

14 September 2023

Dear [[R|Mrs Hebblethwaite]],

Thank you for your letter regarding the care your late husband, [[P|Mr Trevor Hebblethwaite]], received in the Emergency Department at the {{Northern General Hospital}} on {{28 July 2023}}, and on {{Ward Huntsman 5}} until his death on {{2 August 2023}}.

I am the Specialty Doctor who reviewed your husband in the early hours of 29 July and I have been asked by the Clinical Director, Dr [[C|Sarah Whitcombe]], to respond to the clinical questions.

1. Delay in antibiotics. Your husband arrived at 22:14 with a {{NEWS2 of 6}}. He was triaged and bloods taken, but the first dose of {{Tazocin}} was not given until 02:40. This is outside the one-hour standard in our sepsis pathway. The delay arose because the ED was at {{OPEL 4}} and the cannula had tissued; Dr [[C|Hamza Qadir]], the junior doctor who prescribed, had escalated the difficulty. I apologise unreservedly.

2. Your son [[R|Craig]] asked why the DNACPR was discussed by phone. We tried to reach you on the landline ([[PH|01632 960913]] was the number held on our system, which was incorrect).

The case was reviewed under Datix [[REF|W212904]] and by our Structured Judgement Review panel.

Yours sincerely,

{{Dr Priya Raghunathan}}, Specialty Doctor, Acute Medicine
Countersigned: Dr [[C|Sarah Whitcombe]], Clinical Director

Verified as a true copy for portfolio: {{Dr Martin Oduya}}, Consultant Physician and Clinical Supervisor
""")

d(5, "incident_report", "Dr Mohammed Al-Hassan", """DATIX INCIDENT REPORT (exported)
Incident ID: [[REF|DW-118734]]    LFPSE ref: [[REF|LFPSE-2024-0556120]]
Date of incident: 07/04/2024 03:20     Location: {{Ward 12 (Respiratory)}}, {{Royal Preston Hospital}}
Reporter: {{Dr Mohammed Al-Hassan}} (ST-equivalent, Respiratory)
Category: Medication - wrong dose    Harm: Low

Patient: [[P|Ms Kerry-Ann Brightwater]], MRN [[H|PR-221904]], {{F}}, {{DOB 15/09/1979}}

Description:
Pt on {{Clexane}} treatment dose for PE ({{enoxaparin 1.5 mg/kg}}, wt 94 kg => {{140 mg od}}). Night FY1 Dr [[C|Callum Rees-Pritchard]] transcribed as 140 mg BD when rewriting the drug chart. Nurse [[C|Joy Adebambo]] queried at 02:00 dose and withheld it; I was bleeped (bleep [[PH|4417]]) and corrected chart. 1 extra dose given on 06/04 evening. Anti-Xa level {{0.9 IU/mL}}, {{Hb 121}} stable, no bleeding.

Immediate action: chart corrected, pt informed (duty of candour - low harm, verbal), [[P|Kerry-Ann]] happy with explanation. Her mum [[R|Denise]] present.
Learning: rewriting charts at night - proposal to pharmacy for e-prescribing priority.

Handler: Sister [[C|Mary Ogunleye]] (ward manager)
""")

d(6, "safeguarding_referral", "Dr Priya Raghunathan", """ADULT SAFEGUARDING CONCERN - MULTI AGENCY REFERRAL FORM
Local authority: Sheffield City Council     Referral no: [[REF|ASC/SG/24/03371]]
Date: 21/02/2024

Adult at risk: [[P|Agnieszka Zielinska]] (uses "[[P|Aga]]")   DOB: {{08/12/1948}}   Gender: {{Female}}
NHS no: [[N|401 556 7723]]   Hospital no: [[H|M0883215]]
Address: lives with son [[R|Pawel Zielinski]] at [[A|59 Staniforth Road, Darnall, Sheffield]] [[PC|S9 3FT]]
Language: Polish (interpreter used, ID [[O|INT-PL-2219]])

Referrer: {{Dr Priya Raghunathan}}, Specialty Doctor, {{Northern General Hospital}}, {{Acute Medical Unit}}
Contact via switchboard [[PH|020 7946 0115]] ext [[PH|2231]]

Concern: multiple bruises of differing ages to both upper arms (fingertip pattern) and a healed {{fracture of the left 5th metatarsal}}. [[P|Mrs Zielinska]] said quietly to the interpreter that [[R|Pawel]] "gets angry when he drinks" and takes her pension. {{MMSE 27/30}}, she has capacity under the {{Mental Capacity Act 2005}} for this decision and consents to referral. She does not want police involvement at present.

Immediate safety: remains inpatient on {{Ward Firth 4}}; son informed visiting supervised.
Other agencies: GP Dr [[C|Lucy Farnsworth]], Darnall Health Centre.
""")

d(7, "handover_sheet", "Dr Rhys Llewellyn", """MEDICAL HANDOVER - NIGHT 14/15 NOV - {{Ysbyty Glan Clwyd}}
bleep holder: {{Dr R Llewellyn}}

BED | NAME | HOSP NO | AGE | ISSUE | JOBS
{{B3}} | [[P|Gwilym PRICE]] | [[H|G214478]] | {{79}} | NSTEMI, on {{fondaparinux 2.5 mg}} | trop at 22:00, rpt ECG
{{B7}} | [[P|Ceri-Ann MORGAN]] | [[H|G300912]] | {{34}} | DKA, {{pH 7.18}} on adm | VBG 2hrly, K+ >> see FRII
{{C1}} | [[P|Dafydd ap IORWERTH]] | [[H|G118034]] | {{88}} | CAP, DNACPR | comfort, son [[R|Huw]] may ring [[PH|07700 900561]]
{{C4}} | [[P|Bryn Evans]] | [[H|G402271]] | {{61}} | alcohol w/d {{CIWA 18}} | {{Pabrinex}}, chlordiazepoxide as per {{Glasgow Modified Alcohol Withdrawal Scale}}
{{D2}} | [[P|Mrs Olwen HUGHES]] | [[H|G399087]] | {{92}} | hip #, pre-op | group & save, NBM from midnight

Outstanding: [[P|Bryn]] wants to self discharge, has capacity at 20:00 - re-assess if needed.
Reg on: Dr [[C|Nia Pennant]] (bleep [[PH|2290]]), consultant on call: Dr [[C|Iwan Tudor]].
""")

d(8, "caseload_log", "Dr Farah Qureshi", """ECHO / CARDIOLOGY CLINIC CASELOAD - MARCH 2024 ({{Dr Farah Qureshi}}, {{FQ}})

Date   Initials  Age Sex  Hosp no       Diagnosis                     Outcome
04/03  [[P|AB]]        {{71}}  {{M}}    [[H|LGI3318022]]    {{severe aortic stenosis}}, {{AVA 0.7 cm2}}      TAVI MDT
04/03  [[P|K.O'D.]]    {{58}}  {{F}}    [[H|LGI4012297]]    HFrEF {{EF 30%}}                 {{Entresto}} titrate
05/03  [[P|JMcK]]      {{44}}  {{M}}    [[H|LGI0773104]]    {{Brugada}} pattern, type 1     ICD discussion
07/03  [[P|R-S]]       {{33}}  {{F}}    [[H|LGI2290451]]    palpitations, normal Holter   discharge
07/03  [[P|TN]]        {{66}}  {{M}}    [[H|LGI1150093]]    AF, {{CHA2DS2-VASc 2}}           {{Eliquis}}
11/03  [[P|W.H.]]      {{80}}  {{F}}    [[H|LGI3302875]]    {{Takotsubo}} f/u                 discharge
12/03  [[P|DA]]        {{67}}  {{M}}    [[H|LGI4471832]]    PAF                           see letter

Totals: 7   4/3   2 2 3
Supervisor sign-off: {{Dr Alistair Brennan}}, Consultant Cardiologist
""")

d(9, "on_call_rota", "Dr Oluwaseun Adeyemi", """ACUTE MEDICINE ON-CALL - WEEK COMMENCING 05/02/2024 - {{Royal Stoke University Hospital}}

DAY     | TAKE REG                   | TWILIGHT           | NIGHT
Mon     | {{Dr O Adeyemi}}               | Dr [[C|K. Lindqvist]]       | Dr [[C|Bartholomew Ashdown]]
Tue     | Dr [[C|Amara Nwosu]]             | {{Dr O Adeyemi}}       | Dr [[C|Bartholomew Ashdown]]
Wed     | Dr [[C|Stefan Kourakis]]         | Dr [[C|K. Lindqvist]]       | {{Dr O Adeyemi}}
Thu     | {{Dr O Adeyemi}}               | Dr [[C|Amara Nwosu]]        | Dr [[C|Stefan Kourakis]]
Fri     | Dr [[C|Grace Okafor-Blyth]]      | Dr [[C|K. Lindqvist]]       | Dr [[C|Grace Okafor-Blyth]]

Med reg bleep 1111 via switch [[PH|01632 960400]]. Swaps to rota coordinator [[C|Janice Whitlow]] ([[E|janice.whitlow@uhnm-example.nhs.uk]]).
Signed as accurate: {{Dr Helen Marsh}}, Rota Lead / Clinical Supervisor
""")

d(10, "theatre_list", "Dr Ciaran O'Neill", """THEATRE 4 - ELECTIVE ORTHOPAEDIC LIST - {{Musgrave Park Hospital}}, Belfast
Date: Thursday 12 October 2023   Surgeon: {{Mr Declan Haughey}} (Consultant)   Assistant: {{Dr Ciaran O'Neill}}
Anaesthetist: Dr [[C|Roisin Mac Giolla Bhride]]

1  [[P|McCLEAN, Thomas]]      H&C [[N|320 448 1197]]   {{69 M}}   {{L TKR}}             ASA {{2}}
2  [[P|DOHERTY, Brigid]]      H&C [[N|381 022 5560]]   {{74 F}}   {{R THR}} (cemented)   ASA {{3}}   latex allergy
3  [[P|Ó DONNAILE, Eoin]]     H&C [[N|329 775 0418]]   {{52 M}}   {{R knee arthroscopy}}  ASA {{1}}
4  [[P|FERRIS-LOWRY, Anne]]   H&C [[N|370 110 9934]]   {{81 F}}   revision {{L THR}}     ASA {{3}}  (Hb 104, G&S x2)

Notes: pt 3 ([[P|Eoin]]) is a staff member - keep off whiteboard.
Scrub: [[C|Gemma Lavery]]  Runner: [[C|Paddy Quinn]]
Verified as a true copy: {{Mr Declan Haughey}}
""")

d(11, "email", "Dr Tomasz Wisniewski", """From: {{Wisniewski Tomasz (NORTHAMPTON GENERAL HOSPITAL NHS TRUST)}}
To: [[C|Rebecca Ainsworth]] <[[E|rebecca.ainsworth3@nhs.net]]>
Cc: [[C|Mehta Anjali (NORTHAMPTON GENERAL HOSPITAL NHS TRUST)]]
Sent: 22 June 2023 16:47
Subject: RE: pt for colorectal MDT - [[P|Fairweather]]

Hi Becky,

Thanks for chasing. [[P|Gerald Fairweather]] (NGH [[H|0993412]]) is now listed for the 29/06 colorectal MDT. Histology from flexi ({{adenocarcinoma, moderately differentiated}}) back this morning, path lab no [[O|23H-18842]]. His partner rang twice - [[R|Malcolm Treadwell]], he's on [[PH|07700 900127]] - can the CNS please call him back before Friday? He sounded very anxious.

Also: [[P|Mr F]] asked about fitness to drive - told him no issue from our side.

Many thanks
Tomasz

{{Dr Tomasz Wisniewski}} | Clinical Fellow, Acute Medicine | {{Northampton General Hospital NHS Trust}}
""")

d(12, "mdt_minutes", "Dr Eilidh MacLeod", """UPPER GI CANCER MDT - MINUTES
{{Aberdeen Royal Infirmary}}     Date: 06/09/2023
Chair: {{Mr Graeme Lindsay}}    Minutes: {{Dr Eilidh MacLeod}}
Present: {{Mr Graeme Lindsay}}, Dr [[C|Fiona Urquhart]] (radiology), Dr [[C|Sanjeev Bhatt]] (pathology), Dr [[C|Morag Swanson]] (oncology), CNS [[C|Kirsty Gow]]

Case 1. [[P|John Paul DONALDSON]], CHI [[N|0304515528]], {{72M}}
OGD: {{Siewert II}} junctional tumour. CT: {{T3 N1 M0}}. PET pending. {{ECOG 1}}.
Outcome: for neoadjuvant {{FLOT}} then reassess for {{Ivor Lewis}} oesophagectomy. Inform GP Dr [[C|Alasdair Munro]], Kintore.

Case 2. [[P|Mrs Hope Strachan]], CHI [[N|1711440309]], {{79F}}
Gastric body {{adenocarcinoma}}, liver mets. {{ECOG 3}}. Lives in [[A|Tarves]] with daughter [[R|Leanne]].
Outcome: best supportive care; palliative care referral. [[P|Hope]] aware, wishes to remain at home.

Case 3. (no patient - audit of 2022 surgical outcomes deferred)

Actions: {{Dr MacLeod}} to write to GPs; CNS to contact [[P|Mrs Strachan]]'s family.
Minutes approved by the chair: {{Mr Graeme Lindsay}}
""")

d(13, "wpba_mini_cex", "Dr Mohammed Al-Hassan", """MINI-CEX (Mini Clinical Evaluation Exercise)
Trainee / doctor assessed: {{Dr Mohammed Al-Hassan}}     GMC: {{7590334}}
Assessor: {{Dr Catherine Fenwick-Osei}}, Consultant Respiratory Physician     Assessor GMC: {{4417702}}
Date: 18/01/2024     Setting: {{Respiratory Outpatients}}, {{Royal Preston Hospital}}

Clinical problem: new referral with breathlessness, ?ILD
Patient: [[P|Mr Fergus Lomax]] ({{64 M}}) - hosp no [[H|PR-118870]]

Focus: history, examination, explanation.
Observations: {{Dr Al-Hassan}} took a thorough occupational history (asbestos lagging at Leyland, 1978-86) and picked up fine bibasal crackles and clubbing. Explained need for HRCT and lung function sensitively; checked understanding with [[P|Fergus]] and his wife [[R|Anita]]. Considered {{idiopathic pulmonary fibrosis}} vs {{asbestosis}}, requested {{FVC}}/{{TLCO}}, {{MRC dyspnoea scale 3}}.

Ratings (1-6): History {{5}}  Examination {{5}}  Communication {{6}}  Clinical judgement {{5}}  Professionalism {{6}}  Overall {{5}}
Strengths: calm structure, excellent rapport.
Development: summarise back earlier; consider mentioning {{Nintedanib}} criteria at next appointment.

Assessor signature: {{C. Fenwick-Osei}}     Trainee signature: {{M. Al-Hassan}}
""")

d(14, "wpba_cbd", "Dr Farah Qureshi", """CASE-BASED DISCUSSION (CbD)
Doctor: {{Dr Farah Qureshi}} (GMC {{7412589}})    Assessor: {{Dr Alistair Brennan}} (Consultant Cardiologist, GMC {{3981146}})
Date of discussion: 02/05/2024     Case date: 24/04/2024

Case: 47-year-old woman, {{spontaneous coronary artery dissection}} (SCAD) of the LAD, presented via {{Leeds General Infirmary}} PPCI pathway. Ref to notes ([[H|LGI5520087]]).

Discussion covered: conservative vs PCI in SCAD; {{TIMI 3}} flow; avoidance of thrombolysis; {{aspirin 75 mg}} + {{clopidogrel 75 mg}}; screening for {{fibromuscular dysplasia}} with CT angiography; pregnancy advice.
{{Farah}}'s record keeping was clear. The patient ([[P|Ms Saoirse Kavanagh-Holt]]) later wrote to thank the team - please anonymise before portfolio upload!

Overall judgement: meets expectations for completion of training.
Assessor: {{Dr Alistair Brennan}}   signed 02/05/2024
""")

d(15, "wpba_dops", "Dr Ciaran O'Neill", """DIRECT OBSERVATION OF PROCEDURAL SKILLS (DOPS)
Doctor: {{Dr Ciaran O'Neill}}, Trust Grade Registrar T&O   GMC no {{7811045}}
Assessor: {{Mr Declan Haughey}} FRCS (Tr & Orth)        Date: 03/11/2023
Procedure: {{Manipulation under anaesthesia}} and {{above-elbow cast}} - displaced distal radius fracture, child ({{9 y}})
Location: {{Royal Belfast Hospital for Sick Children}}, ED theatre

Patient ID label: [[P|KEARNEY, Oisin]] H&C [[N|342 901 7786]]  {{DOB 14/06/2014}}

Consent obtained from mother ([[R|Aoife]]). {{Gartland}} not applicable - distal radius; {{Salter-Harris II}}.
Technique: traction, reduction under {{II}}, three-point moulding. Post-MUA films satisfactory, angulation < 10 degrees.
Domains: Indications {{4}}, Consent {{4}}, Preparation {{4}}, Analgesia/{{ketamine 1 mg/kg}} coordination with ED team {{3}}, Technical ability {{4}}, Aseptic NA, Post-procedure {{4}}, Communication {{4}}.
Overall: performed independently (level 4).
Assessor signature: {{D. Haughey}}
""")

d(16, "reflective_note", "Dr Oluwaseun Adeyemi", """Reflection - a death I did not expect

what happened: on my third night as acute med reg at {{Royal Stoke University Hospital}} I was called to see [[P|Ernie]] (everyone on {{Ward 28}} called [[P|Mr Ernest Blakemore]] "[[P|Ernie]]") who had a NEWS of 3 at 01:00. I reviewed him, felt he was "just dry", and went to the next bleep. He arrested at 04:12 and died at 04:41 on {{11 March 2024}}. He was 86. Post-mortem later showed a {{ruptured AAA}}.

what I felt: guilt, I kept replaying the abdominal exam. I did not feel for a pulsatile mass. His daughter, [[R|Tina]], asked me "did you miss something?" and I didn't know what to say.

what I learned: the {{NEWS2}} score is not a substitute for a full reassessment; back pain + hypotension in an older man = AAA until proven otherwise. I discussed it with my supervisor {{Dr Helen Marsh}} and at M&M (case presented anonymously). I now do a bedside {{POCUS}} aorta look when I can.

action: completed {{FAST/POCUS}} level 1 course; updated night handover template to include "reassessment due".

Read and signed: {{Dr Helen Marsh}}, Clinical Supervisor, 02/05/2024
""")

d(17, "teaching_feedback", "Dr Eilidh MacLeod", """TEACHING FEEDBACK SUMMARY
Session: "Upper GI bleed - {{Glasgow-Blatchford}} to OGD" - FY1 teaching programme
Presenter: {{Dr Eilidh MacLeod}}     Date: 14/11/2023     Venue: {{Aberdeen Royal Infirmary}}, Seminar Room 3
Attendees: 23   Responses: 19

Q1 Content relevant to my practice     {{4.7/5}}
Q2 Presenter clear and well organised  {{4.6/5}}
Q3 Interactive                         {{4.2/5}}
Q4 Would recommend                     {{18/19}}

Free-text comments:
- "best teaching this rotation, finally understand {{Rockall}} vs {{Blatchford}}"
- "cases were great, more time for {{Terlipressin}} / variceal bleed pls"
- "{{Dr MacLeod}} made it really safe to ask questions"
- "slides a bit busy"

Feedback collated by: {{Dr Kenneth Forsyth}}, FY Programme Director
""")

d(18, "audit_report", "Dr Mohammed Al-Hassan", """CLINICAL AUDIT REPORT
Title: Oxygen prescribing on respiratory wards - re-audit (cycle 2)
Lead: {{Dr Mohammed Al-Hassan}}   Supervisor: {{Dr Catherine Fenwick-Osei}}
Site: {{Royal Preston Hospital}}, {{Wards 12, 14 and 15}}

Standard: {{BTS}} Guideline for oxygen use in adults (2017): 100% of patients receiving O2 have a prescription with target saturation range.

Method: point prevalence, 3 days, all inpatients on O2.
Results:
                cycle 1 (Sep 23)   cycle 2 (Mar 24)
on O2                  41                 38
prescribed             22 (54%)           33 (87%)
target range stated    17 (41%)           31 (82%)
88-92% where indicated 9/14               13/14
{{SpO2}} in range          27                 30

Interventions: teaching at FY1 induction; sticker on drug chart; {{NEWS2}} Scale 2 reminders.
Conclusion: marked improvement but standard not met. Re-audit Sept 2024.
Presented at Respiratory Governance, 26/04/2024.
Signed off: {{Dr Catherine Fenwick-Osei}}
""")

d(19, "coroner_statement", "Dr Priya Raghunathan", """STATEMENT FOR H.M. CORONER
Coroner's reference: [[REF|SHF-2023-00731]]
In the matter of: [[P|Trevor James HEBBLETHWAITE]] (deceased), date of birth {{19/03/1950}}, date of death {{02/08/2023}}

I, {{Priya Raghunathan}}, MBBS, MRCP, Specialty Doctor in Acute Medicine at {{Sheffield Teaching Hospitals NHS Foundation Trust}}, GMC number {{7263390}}, make this statement from the clinical records (hospital number [[H|S2214096]]) and my own recollection.

1. I first saw [[P|Mr Hebblethwaite]] at 00:35 on 29/07/2023 in the ED majors area. The triage nurse, [[C|Staff Nurse Olamide Bakare]], had recorded a {{NEWS2 of 6}}, {{temperature 38.9}}, {{BP 92/54}}.
2. Dr [[C|Hamza Qadir]] (FY2) had prescribed {{piperacillin-tazobactam 4.5 g IV}} at 23:50 but cannulation had failed twice.
3. I inserted a cannula at 02:30; the first dose was administered at 02:40 by [[C|Nurse Bakare]].
4. Lactate was {{4.1 mmol/L}}. I discussed escalation with the ICU registrar, Dr [[C|Vikram Sandhu]], who felt a ward-based ceiling was appropriate given {{Clinical Frailty Scale 7}}.
5. On 01/08/2023 [[P|Trevor]]'s wife [[R|Lorraine]] and son [[R|Craig]] were present when ...

I believe the facts stated in this statement are true.
Signed: {{P. Raghunathan}}     Dated: 20/10/2023
""")

d(20, "police_statement", "Dr Rhys Llewellyn", """WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, s.5B)  MG11
North Wales Police     Crime ref: [[REF|NWP/23/118876]]     URN: [[REF|61NW0448123]]

Statement of: {{Dr Rhys Llewellyn}}     Age if under 18: over 18     Occupation: Doctor (Emergency Medicine)

This statement (consisting of 2 pages) is true to the best of my knowledge and belief...

I am a Specialty Doctor in the Emergency Department at {{Ysbyty Glan Clwyd}}, Bodelwyddan. On Saturday 16th December 2023 at approximately 23:40 I assessed a male I now know to be [[P|Kieran Lloyd-Baxter]], date of birth {{03/05/2001}}, who had been brought in by ambulance from outside [[A|the Dragon Inn, Bridge Street, Llangollen]].

He had a 4 cm laceration to the left parietal scalp and a {{GCS of 14}} (E4 V4 M6). CT head (NICE head injury guideline) showed no intracranial injury. He told me "[[P|Bax]]'s not grassing, I fell". His friend, who gave her name as [[R|Shannon]], said he had been struck with a bottle.

I handed [[P|Mr Lloyd-Baxter]]'s clothing to PC [[C|Emyr Wynne-Jones]] (collar [[O|NW2271]]) at 01:15 in sealed bag exhibit [[REF|RL/1]].
Signed: {{R Llewellyn}}   17/12/2023
Witnessed by: PC [[C|E Wynne-Jones]]
""")

d(21, "ambulance_handover", "Dr Tomasz Wisniewski", """EMAS - PATIENT HANDOVER (ATMIST) - printed from ePR
Incident no: [[REF|CAD 230917-0412]]   ePR ref: [[REF|EPR-5531-9920-17]]
Receiving hospital: {{Northampton General Hospital}} ED resus   Handover to: {{Dr T. Wisniewski}} 21:52

A - Age {{58}}, male, [[P|Lewis Hartigan]]
T - Time of onset 20:55, witnessed collapse at [[A|Abington Park Cricket Club, Park Avenue South]], [[PC|NN3 3AD]]
M - Mechanism: sudden onset L arm weakness + slurred speech. {{FAST positive}}.
I - Injuries / findings: R gaze deviation, {{NIHSS 14}} (crew estimate), {{BM 6.8}}, {{BP 188/102}}, AF on monitor
S - Signs: {{GCS 13}} (E4V3M6), {{SpO2 96% RA}}, RR 18, HR 112 irreg
T - Treatment: none, no anticoagulant per wife [[R|Jacqueline]] (travelling by car, mob [[PH|07700 900882]])

Crew: Paramedic [[C|Danielle Okoro]] (HCPC [[G|PA 41187]]), ECA [[C|Liam Gosling]]
Receiving clinician signature: {{TW}}
""")

d(22, "gp_letter", "Dr Mohammed Al-Hassan", """{{Royal Preston Hospital}} - Respiratory Medicine
Tel [[PH|01632 960355]] | Fax [[PH|01632 960356]]
Our Ref: [[REF|MAH/RESP/PR-118870]]
Date typed: 26/01/2024   Date dictated: 18/01/2024

Private & Confidential
Dr [[C|N. Ramaswamy]]
[[A|Fishergate Hill Surgery, 50 Fishergate Hill, Preston]]
[[PC|PR1 8DN]]

Dear Dr [[C|Ramaswamy]]

[[P|Fergus LOMAX]], {{d.o.b. 11.08.1959}}, [[A|12 Marsh Lane, Longton]], [[PC|PR4 5ZJ]], NHS no. [[N|412 330 8876]]

Diagnosis: ? fibrotic ILD, asbestos exposure. Ex-smoker 30 pack years.
Plan: HRCT, full PFTs, autoimmune screen, {{BNP}}. Discuss at ILD MDT. If {{UIP pattern}}, consider antifibrotic ({{Ofev}}).

[[P|Mr Lomax]] was seen with his wife. Sats {{94% on air}}, dropping to {{88%}} on walking 40 m. I have advised him to apply for Industrial Injuries Disablement Benefit and given the leaflet; he may also wish to contact a solicitor. We will support any claim.

Yours sincerely
{{Dr M Al-Hassan}}
Specialty Doctor (for {{Dr C. Fenwick-Osei}}, Consultant)
Verified for portfolio: {{Dr C. Fenwick-Osei}}, Educational Supervisor
""")

d(23, "outpatient_letter_scotland", "Dr Eilidh MacLeod", """NHS GRAMPIAN
Gastroenterology Outpatients, {{Aberdeen Royal Infirmary}}

Our ref: [[REF|EM/GI/0772]]        CHI: [[N|2906874412]]
Clinic: 13 Dec 2023

Dr [[C|Alasdair Munro]]
[[A|Kintore Medical Group, Northern Road, Kintore]]  [[PC|AB51 0YL]]

Dear Dr [[C|Munro]],

[[P|Ms Catriona McIlwraith]], 29/06/1987, [[A|The Steadings, Westhill]], [[PC|AB32 6TQ]]

Diagnosis: {{Crohn's disease}}, ileocolonic ({{Montreal A2 L3 B1}}). {{Harvey-Bradshaw Index 9}}.
Current: {{azathioprine 125 mg}} (TPMT normal), {{Entocort}} taper finished Oct.
Results: {{faecal calprotectin 640}}, {{CRP 34}}, {{albumin 31}}.

[[P|Catriona]] continues to have 5-6 loose stools a day. She is getting married in May and is anxious. We agreed to escalate to {{adalimumab}} ({{Yuflyma}} biosimilar) subject to TB/hep screen. The IBD nurse [[C|Shona Petrie]] will phone her on [[PH|07700 900334]].

Yours sincerely,
{{Dr Eilidh MacLeod}}, Specialty Doctor, Gastroenterology
""")

d(24, "outpatient_letter_northern_ireland", "Dr Ciaran O'Neill", """Belfast Health and Social Care Trust
Fracture Clinic, {{Royal Victoria Hospital}}

Your Ref: [[REF|GP/ML/2231]]     Our Ref: [[REF|CON/FC/23/4410]]
Health & Care No: [[N|345 667 2014]]     Hospital No: [[H|RVH7780321]]

Date: 05/12/2023

Dr [[C|Maeve Lenaghan]]
[[A|Falls Road Surgery, 186 Falls Road, Belfast]] [[PC|BT12 6AF]]

Re: [[P|Mr Chukwuemeka Ibekwe]] DOB {{17/02/1990}}
[[A|44 Donegall Avenue, Belfast]] [[PC|BT12 6LU]]   Tel: [[PH|028 9649 6017]]

This 33 year old was seen following a football injury on 26/11/2023. Examination and MRI confirm a complete {{ACL}} rupture of the right knee with a {{bucket-handle tear of the medial meniscus}}. {{Lachman}} grade 3, pivot shift positive.
[[P|Emeka]] (as he prefers) plays Gaelic football and wishes to return to sport. I have listed him for arthroscopic meniscal repair + ACL reconstruction (hamstring autograft) with {{Mr Declan Haughey}}.
{{Dr C O'Neill}}
Trust Grade Registrar, Trauma & Orthopaedics
Verified: {{Mr Declan Haughey}}, Consultant Orthopaedic Surgeon
""")
