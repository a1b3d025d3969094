DOCS = []
def d(i, kind, applicant, text):
    DOCS.append((f"h11-{i:03d}", kind, applicant, text))

d(25, "outpatient_letter_wales", "Dr Rhys Llewellyn", """Bwrdd Iechyd Prifysgol Betsi Cadwaladr / Betsi Cadwaladr University Health Board
Clinig Cleifion Allanol / Outpatient Clinic - {{Ysbyty Gwynedd}}, Bangor

Cyf / Ref: [[REF|RL/ED-REV/0219]]
Dyddiad / Date: 08/01/2024

Dr [[C|Gethin Rowlands]]
[[A|Meddygfa'r Bont, Stryd Fawr, Porthmadog]] [[PC|LL49 9LR]]

Annwyl Dr [[C|Rowlands]],

Enw / Name: [[P|Mrs Eirlys Pugh-Jenkins]]   Rhif GIG / NHS No: [[N|7083316624]]   D.O.B. {{12/10/1944}}
Cyfeiriad / Address: [[A|Bryn Awel, Ffordd Penamser, Porthmadog]] [[PC|LL49 9NY]]

ED review clinic: {{left Colles' fracture}} (manipulated 20/12/2023). Check X-ray: position held, dorsal angulation 5 degrees. {{DEXA}} requested given {{FRAX}} 10-yr major osteoporotic risk 24%. Start {{Adcal-D3}} and {{alendronic acid 70 mg weekly}} once calcium known.
[[P|Mrs Pugh-Jenkins]] speaks Welsh at home and her granddaughter [[R|Elin]] interpreted some of the consultation.

Yn gywir / Yours sincerely
{{Dr Rhys Llewellyn}}, Specialty Doctor, Emergency Medicine
""")

d(26, "discharge_summary", "Dr Tomasz Wisniewski", """NORTHAMPT0N GENERAL H0SPITAL - D1SCHARGE NOTIF1CATI0N
(scanned copy - OCR)

Patlent narne: [[P|HARTIGAN, Lew1s]]       Hosp N0: [[H|NGH-10O4471]]
NHS N0: [[N|485 7Z1 0936]]     D0B: {{O4/O2/1965}}    Sex: {{M}}
Adrnitted: {{17/09/2023}}  via ED resus (CAD [[REF|230917-0412]])
Discharged: {{29/O9/2023}} to {{Danetre Hospital}} (stroke rehab)

Dlagnosis: R MCA isch stroke (l63.4) - thrombolysed ({{a1teplase 0.9 mg/kg}}) d00r-to-needle 41 rnin; new AF.
NlHSS {{14}} -> {{6}} at d/c.
Anticoag: {{ap1xaban 5 rng bd}} started day 6 (per "1-3-6-12").
Wife [[R|Jacque1ine]] is NOK. Tel [[PH|O7700 900882]].
Consu1tant: Dr [[C|Marcus Ojukwu]]   Comp1eted by: {{Dr T Wisniewski}}
""")

d(27, "procedure_logbook", "Dr Ciaran O'Neill", """Procedure log extract (eLogbook export) - {{Dr Ciaran O'Neill}} - Q4 2023

Date      Pt    Hosp       Procedure                        CEPOD  Role  Sup
02/10/23  [[P|TMcC]]  [[H|MPH66310]]   {{L TKR}}                            EL     A     {{DH}}
12/10/23  [[P|BD]]    [[H|MPH70154]]   {{R THR}} cemented                   EL     P-S   {{DH}}
19/10/23  [[P|SO'H]]  [[H|RVH8833012]] {{DHS}} #NOF                       UR     P     -
26/10/23  [[P|MK]]    [[H|RVH8840176]] {{IMN tibia}}                      UR     P-S   [[C|SB]]
03/11/23  [[P|OK]]    [[H|RBH412209]]  {{MUA + K-wire}} distal radius      UR     P     {{DH}}
09/11/23  [[P|JJ]]    [[H|RVH8861443]] {{hemiarthroplasty}}               UR     P     -
16/11/23  [[P|AFL]]   [[H|MPH71120]]   revision {{L THR}}                  EL     A     {{DH}}

      7      3    4
P = performed, P-S = performed supervised, A = assisted. {{DH}} = {{Mr Declan Haughey}}; [[C|SB]] = Mr [[C|Stuart Boyle]]
Verified: {{Mr Declan Haughey}}, Consultant Orthopaedic Surgeon, {{Musgrave Park Hospital}}
""")

d(28, "complaint_letter", "Dr Oluwaseun Adeyemi", """[[A|9 Barlaston Road, Meir]]
[[A|Stoke-on-Trent]]
[[PC|ST3 7QJ]]
[[E|tina.blakemore66@example.co.uk]]

To the Complaints Manager, {{Royal Stoke University Hospital}}
15 April 2024

Dear Sir/Madam

My dad [[P|Ernest Blakemore]] died on {{Ward 28}} on {{11th March}}. I want to know why the night doctor (I think {{Dr Adeyemi}}? a tall man with glasses) did not call the surgeons when Dad was clearly in agony. The nurse ([[C|Becky]] I think) told me the doctor "thought he was dehydrated".

I also want to complain about Dr [[C|Fitzgerald]] on the day team who told my brother [[R|Steven]] that Dad "would not have survived an operation anyway" in the corridor.

Dad was a proud man who worked at Wedgwood for 40 years. He deserved better.

Yours,
[[R|Tina Blakemore]]
tel [[PH|07700 900671]]
""")

d(29, "serious_incident_report", "Dr Priya Raghunathan", """SERIOUS INCIDENT - 72 HOUR REPORT
StEIS ref: [[REF|2023/18871]]    Datix: [[REF|W212904]]    Complaint link: [[REF|STH/PET/2023/1187]]
Trust: {{Sheffield Teaching Hospitals NHS Foundation Trust}}   Division: Acute & Emergency

Summary: delayed antibiotic administration in ED for patient with sepsis (outcome: death).
Patient: [[P|T.H.]], {{73 M}}, DOB {{19/03/1950}}
Timeline (from ED Symphony record [[H|ED-23-0091772]]):
22:14 arrival, triage {{NEWS2 6}}
22:40 sepsis screen positive; bloods
23:50 abx prescribed (Dr [[C|H. Qadir]])
00:35 reviewed by {{Dr P. Raghunathan}}
02:40 {{Tazocin}} given
Immediate learning: escalation of failed cannulation; ED IO access kit availability; {{Sepsis Six}} audit.
Investigation lead: Dr [[C|Rajesh Venkataraman]]   Family liaison: [[C|Jo Marchbank]]
""")

d(30, "safeguarding_referral_child", "Dr Farah Qureshi", """CHILD SAFEGUARDING REFERRAL - MASH (Leeds Children's Services)
MASH ref: [[REF|MASH-LDS-24-118902]]     Date/time: 19/05/2024 14:20

Child: [[P|Tyler-Jay Wainwright]]   DOB: {{02/03/2021}}   Gender: {{male}}   NHS: [[N|7204418853]]
Address: [[A|31 Seacroft Crescent, Leeds]] [[PC|LS14 6NX]]
Mother: [[R|Chantelle Wainwright]] ({{22}})   Mother's partner: [[R|Ryan "Rizzo" Doyle]]
Siblings: [[R|Kaydence]] (6 months)
School/nursery: [[A|Little Acorns Nursery, Seacroft]]
Health visitor: [[C|Janet Oyelaran]]

Referrer: {{Dr Farah Qureshi}}, attending a paediatric ECG review at {{Leeds General Infirmary}} (Cardiology, on behalf of {{Leeds Children's Hospital}})

Concern: {{3 y}} old brought for ECG (syncope). Incidental finding of two circular 8 mm burns to the dorsum of the left hand, consistent with cigarette burns. Explanation by mother inconsistent ("he touched the radiator"). [[P|Wainwright]] family known to social care per mother.
Child seen by paediatric registrar Dr [[C|Abimbola Ladipo]] and Child Protection Medical arranged under {{Section 47}} of the {{Children Act 1989}}.
""")

d(31, "email_thread", "Dr Eilidh MacLeod", """---------- Forwarded message ---------
From: [[C|Shona Petrie]] <[[E|shona.petrie@nhs.scot]]>
Date: Mon, 18 Dec 2023 at 09:12
Subject: Yuflyma start - CM

{{Eilidh}} - [[P|Catriona]] (CHI [[N|2906874412]]) quantiferon negative, hep B core Ab neg, VZV immune. Home care company (Healthnet, patient ID [[O|HN-55120938]]) need the prescription signed by Weds. Her fiancé [[R|Jamie]] will be at the first injection teaching.
[[C|Shona]]
IBD CNS, ARI ext [[PH|020 7946 0552]]

> From: {{Eilidh MacLeod}}
> Sent: 14 Dec 2023 17:30
> Can you check TB/hep screen for [[P|Ms McIlwraith]]? Want to start {{adalimumab 40 mg}} fortnightly after {{160/80 loading}}. Thanks, E
""")

d(32, "clinic_letter_paediatric", "Dr Oluwaseun Adeyemi", """PAEDIATRIC DIABETES CLINIC - {{Royal Stoke University Hospital}}
Date of clinic 03/10/2023      NHS [[N|641 208 3370]]      Unit no [[H|RJE1120034]]

To the parents of [[P|Jayden Oduya-Clarke]] ({{DOB 22/08/2013}}) and GP Dr [[C|Rachel Sidebottom]], [[A|Hanley Health Centre]]

Dear [[R|Mr and Mrs Oduya-Clarke]],

It was good to see [[P|Jayden]] (he asked to be called "[[P|JJ]]") with his mum [[R|Precious]] today. {{HbA1c 71 mmol/mol}}, up from 64. He is on {{Omnipod 5}} with {{Dexcom G6}}; time in range 48%. Several missed boluses at school at lunchtime.

Plan: school diabetes care plan reviewed with school nurse [[C|Mrs Lavinia Kettle]]; DSN to visit [[A|Sandon High School]]. {{NovoRapid}} ratio lunch 1:8. Next clinic 3 months.

{{Dr O Adeyemi}} (clinical fellow) for {{Dr Nkechi Amadi}}, Consultant Paediatrician
Verified for portfolio: {{Dr Nkechi Amadi}}
""")

d(33, "wpba_acat", "Dr Rhys Llewellyn", """ACUTE CARE ASSESSMENT TOOL (ACAT)
Doctor: {{Dr Rhys Llewellyn}}  GMC {{7650218}}   Assessor: {{Dr Bethan Carrington}}, ED Consultant
Date: 17/12/2023 (night shift, 20:00-08:00)   Location: {{Ysbyty Glan Clwyd}} ED
Number of patients seen during shift: 19

Cases included:
- {{58M}} STEMI -> PPCI at {{Glan Clwyd}} cath lab, {{door-to-balloon 62 min}}
- {{22M}} head injury + scalp lac (police involvement) - [[P|K L-B]]
- {{91F}} #NOF, {{fascia iliaca block}} performed
- {{35F}} anaphylaxis (peanut) {{IM adrenaline 0.5 mg}} x2
- {{4y}} febrile convulsion, {{Feverish illness in children (NICE NG143)}} traffic-light amber

Clinical assessment {{6}}, Medical record keeping {{5}}, Investigations {{5}}, Management {{6}}, Team working/leadership {{6}}, Handover {{5}}.
Comments: calm leadership, good use of {{ED flow board}}; consider delegating suturing earlier to ENP [[C|Sian Roberts-Llwyd]].
Signed {{B. Carrington}}
""")

d(34, "reflective_note", "Dr Farah Qureshi", """REFLECTIVE LOG - Leading my first cardiac arrest as team leader (no patient details)

Context: In-hospital arrest on the CCU at {{Leeds General Infirmary}}, winter 2023. I was the senior doctor on site.
What went well: clear role allocation, {{ALS}} algorithm followed; shockable rhythm identified at first rhythm check; ROSC after 2 shocks and {{adrenaline 1 mg}} + {{amiodarone 300 mg}}.
What was difficult: too many people in the room; I did not appoint a scribe until the second cycle. A student was filming on a phone - I asked them to stop and the video was deleted.
What I learned: closed-loop communication; use of the {{Resuscitation Council UK}} debrief tool (TALK); declare the team leader out loud.
Action: run a {{RESUS}} simulation for FY doctors in Q1 2024 with {{Dr Alistair Brennan}}.
Curriculum link: {{CiP 3}} (acute care), {{GMP domain 2}}.
Discussed with and signed by educational supervisor: {{Dr Alistair Brennan}}
""")

d(35, "msf_summary", "Dr Mohammed Al-Hassan", """MULTI-SOURCE FEEDBACK (360) SUMMARY REPORT
Doctor: {{Dr Mohammed Al-Hassan}}   Period: Jan-Mar 2024   Responses: 14 (5 consultants, 3 trainees, 4 nursing, 2 admin)

Domain                          Mean   Range
Clinical care                   {{6.3}}    5-7
Communication with patients     {{6.5}}    5-7
Team working                    {{6.1}}    4-7
Teaching                        {{5.9}}    4-7
Probity / trust                 {{6.8}}    6-7

Comments:
"{{Mo}} is the person I'd want looking after my family" (nurse)
"Sometimes takes on too much - says yes to every extra shift" (consultant)
"Excellent teacher, made {{ABG}} interpretation easy" (FY1)
Released by: {{Dr Catherine Fenwick-Osei}}, Educational Supervisor, 30/03/2024
""")

d(36, "mm_meeting_notes", "Dr Oluwaseun Adeyemi", """ACUTE MEDICINE M&M - 25/04/2024 - Case 2 (presenter {{Dr O Adeyemi}})

86M, admitted with ?dehydration/falls, {{NEWS2 3}} at 01:00, arrested 04:12, {{ruptured AAA}} at PM. Patient initials used on slide 1 in error ([[P|E.B.]]) - removed from circulated slides.
Key points:
- atypical presentation of AAA in elderly; back pain not documented in clerking by Dr [[C|Jonathan Pike]] (FY1)
- no senior review between 23:00 and 04:00 because the med reg was in resus with a {{STEMI}}
- NEWS2 trend: 1 -> 2 -> 3; only single BP of {{96/60}}
Actions: POCUS training (Dr [[C|Rafael Quintero]] to lead), escalation prompt in Nerve Centre at NEWS 3 if SBP < 100.
Chair: {{Dr Helen Marsh}} (minutes approved)
""")

d(37, "coroner_reg28_response", "Dr Rhys Llewellyn", """RESPONSE TO REGULATION 28 REPORT (PREVENTION OF FUTURE DEATHS)
Senior Coroner for North Wales (East and Central)
Inquest touching the death of: [[P|Gareth Wyn Ellis-Moberley]]   Coroner ref: [[REF|NWEC/0419/2023]]
Date of death: {{4 March 2023}}     Inquest concluded: {{12 October 2023}}

Prepared by {{Dr Rhys Llewellyn}} on behalf of the ED clinical governance group, {{Ysbyty Glan Clwyd}}.

Matter of concern 1: the deceased, [[P|Mr Ellis-Moberley]], waited 9 hours 40 minutes in an ambulance outside the department (WAST incident [[REF|2303-04-0087]]). His sister [[R|Mrs Nerys Ellis]] gave evidence that his breathing changed at around 02:00.
Response: ambulance offload "fit to sit" and rapid-assessment-and-treatment ({{RAT}}) model introduced from 01/11/2023; handover delays over 60 min escalated to the {{Site Manager}} and Executive on call.
Matter of concern 2: the {{NEWS2}} of {{7}} recorded by the paramedic [[C|Owain Bevan]] was not communicated.
Response: digital {{WASPI}}/NEWS2 sharing between WAST ePCR and ED system live since 15/01/2024.

Clinical Director sign-off: {{Dr Bethan Carrington}}
""")

d(38, "tribunal_witness_statement", "Dr Priya Raghunathan", """IN THE EMPLOYMENT TRIBUNAL
Case No: [[REF|1802231/2024]]
BETWEEN: [[C|Dr Hamza Qadir]] (Claimant) and Sheffield Teaching Hospitals NHS Foundation Trust (Respondent)

WITNESS STATEMENT OF {{DR PRIYA RAGHUNATHAN}}

1. I am a Specialty Doctor in Acute Medicine at the Respondent. I make this statement in support of the Respondent.
2. I worked with the Claimant on night shifts between June and August 2023. On 29 July 2023 the Claimant had escalated difficulty obtaining IV access in a septic patient (referred to in the bundle as "Patient A"; clinical record ref [[H|S2214096]]).
3. I did not hear Dr [[C|Rajesh Venkataraman]] make the comment at paragraph 14 of the claim ("[[C|Qadir]] is useless"). I did hear Sister [[C|Angharad Price]] say the Claimant "had been on his own for four hours".
4. I attended the SI panel (StEIS [[REF|2023/18871]]) on 14/09/2023.
Statement of truth: I believe that the facts stated in this witness statement are true.
Signed {{P Raghunathan}}  Date 03/06/2024
""")

d(39, "letter_confirming_experience", "Dr Tomasz Wisniewski", """TO WHOM IT MAY CONCERN

I confirm that {{Dr Tomasz Wisniewski}} (GMC {{7723016}}) has worked as a Clinical Fellow in Acute Medicine at {{Northampton General Hospital NHS Trust}} from 01/08/2021 to date, at a level equivalent to ST5 on the acute medicine registrar rota (1:8 full shift, including nights and weekend take).

During this time {{Dr Wisniewski}} has led the acute take independently, run the {{Same Day Emergency Care (SDEC)}} unit, performed over 60 pleural procedures and supervised FY and IMT doctors. He completed an audit on {{VTE}} assessment and teaches on the Trust's IMT simulation programme.

I have directly supervised his work and am happy to act as a referee for his Portfolio Pathway application.

{{Dr Anjali Mehta}} FRCP
Consultant in Acute Medicine and Clinical Director
{{Northampton General Hospital NHS Trust}}
GMC {{4412089}}
""")

d(40, "operation_note", "Dr Ciaran O'Neill", """OPERATION NOTE
Patient: [[P|DOHERTY Brigid]]   H&C [[N|381 022 5560]]   Hospital no [[H|MPH70154]]   DOB {{03/04/1949}}
Date 12/10/2023   {{Musgrave Park Hospital}}, Theatre 4
Surgeon: {{Dr C O'Neill}} (supervised by {{Mr D Haughey}}, scrubbed)   Anaesthetist: Dr [[C|R Mac Giolla Bhride]]
Anaesthesia: spinal ({{bupivacaine 0.5% heavy 2.8 ml}}) + sedation. Antibiotics: {{cefuroxime 1.5 g}}. {{TXA 1 g}}.

Procedure: R cemented THR ({{Exeter}} V40 stem size 1 / 44, {{Contemporary}} cup 50mm)
Approach: posterior (Moore). Findings: severe OA, superior migration. Short ext rotators repaired.
EBL 350 ml. Leg lengths equal clinically.
Post-op: {{Clexane 40 mg}} od 28 days, FWB, posterior hip precautions, check X-ray, {{Hb}} day 1.
Latex-free theatre - patient allergic.
Signed {{C O'Neill}}
""")

d(41, "ed_attendance_note", "Dr Rhys Llewellyn", """ED CLERKING - {{YGC}} MAJORS  - A&E No [[H|23/118745]]
pt: [[P|WILLIAMS Mared]] 41F  dob {{21/01/1982}}
addr: [[A|Ty Gwyn, Lon Pobty, Bethesda]] [[PC|LL57 3UU]]  mob [[PH|07700 900290]]
GP: Dr [[C|Gethin Rowlands]]

PC: headache "worst ever", onset 16:20 during exercise at [[A|the leisure centre in Bangor]].
HPC: thunderclap, vomited x2, neck stiffness. No focal neuro. {{GCS 15}}.
{{Ottawa SAH rule}} positive. CT head at 18:05 (within 6 h) - no SAH. Given onset < 6h and normal CT on modern scanner, per RCEM guidance discussed w/ {{Dr Carrington}} - LP not required.
Imp: ?{{reversible cerebral vasoconstriction syndrome}} vs migraine. {{Ibuprofen 400 mg}}, {{metoclopramide 10 mg IV}}.
Husband [[R|Dylan]] here.
Dispo: discharge w/ safety net, neuro OPD.   {{RL}} 19:10
Reviewed and countersigned: {{Dr Carrington}}
""")

d(42, "mental_health_assessment", "Dr Priya Raghunathan", """LIAISON PSYCHIATRY / MEDICAL REVIEW - AMU {{Northern General Hospital}}
Date 11/01/2024   Seen by {{Dr P Raghunathan}} with liaison nurse [[C|Dominic Fairclough]]

Patient: [[P|Mr Crispin Daventry]] (prefers "[[P|Cris]]")   {{48M}}   unit no [[H|M1147720]]
Presentation: paracetamol overdose approx 32 g staggered over 24h; {{paracetamol level 58 mg/L}} at 8h? (timing unreliable), {{ALT 1120}}, {{INR 2.1}}. {{NAC}} (SNAP regimen) started.
MSE: low mood, passive SI, denies plan now. Recent divorce; ex-wife [[R|Harriet]] has the children. Lives [[A|above the chip shop on Sicey Avenue, Firth Park]].
Capacity: lacks capacity to refuse treatment at 03:00 (could not weigh information), treated under {{Mental Capacity Act 2005}} best interests; held under {{s.5(2) Mental Health Act 1983}} by Dr [[C|Eleanor Mbeki]] (on-call psychiatry) when tried to leave.
Plan: NAC, liaison review am, {{King's College criteria}} - not met at present.
""")

d(43, "handover_sheet", "Dr Mohammed Al-Hassan", """resp on call hndvr sat 20/1  ({{MAH}})

- 12/4 [[P|Lomax]]?? no thats outpt - ignore
- 12/6 [[P|Mrs Florence Ashby]] 88 - T2RF on {{NIV}} ipap 20 epap 5, {{pH 7.31}} {{pCO2 8.9}} @ 18:00. cxr no change. ceiling = NIV, not for ITU (discussed w dtr [[R|Margaret]] on [[PH|01632 960517]]). rpt gas 22:00
- 14/2 [[P|Reggie]] ([[P|Reginald Cope]]? - check wristband [[H|PR-230118]]) - pleural drain swinging not bubbling, 1.2L out. clamp NOT needed. {{CXR}} am
- 15/9 [[P|Hussain, Zainab]] 31 - asthma, {{PEF 220}} (best 450). {{Mg 2g IV}} given 16:30. if PEF < 33% call ITU reg Dr [[C|Piotr Nowak]] bleep [[PH|6612]]
- 15/11 pt [[P|WILD]] - ??PE, {{Wells 4.5}}, CTPA booked 09:00, on {{tinzaparin}} tx dose

pls dont forget [[P|Reggie]]'s warfarin - INR {{3.4}}, omit tonight
""")

d(44, "discharge_letter_scotland", "Dr Eilidh MacLeod", """IMMEDIATE DISCHARGE LETTER
NHS Grampian - {{Ward 110}}, {{Aberdeen Royal Infirmary}}

CHI: [[N|1503629077]]     Name: [[P|MacAskill, Roderick Iain]]     D.O.B: {{15/03/1962}}
Address: [[A|Croft 4, Achmore, Isle of Lewis]] [[PC|HS2 9DU]]
Admitted {{02/01/2024}} via Western Isles Hospital transfer      Discharged {{08/01/2024}}

Diagnoses: {{Upper GI bleed}} - {{Forrest Ia}} duodenal ulcer, endoscopic haemostasis (clips + {{adrenaline}}), {{Glasgow-Blatchford 13}}, {{Rockall 6}} post-endoscopy. {{H. pylori}} positive.
Transfused 4 units. Discharge {{Hb 92}}.
Medication: {{omeprazole 40 mg bd}} 8 weeks; {{H. pylori}} eradication (PPI + amoxicillin 1 g bd + clarithromycin 500 mg bd, 7 days). STOP naproxen.
Follow-up: OGD 8 weeks at Western Isles Hospital. [[P|Roddy]] flies home via Stornoway; his brother [[R|Calum MacAskill]] collecting.
Letter by: {{Dr E MacLeod}}, Specialty Doctor. Consultant: {{Dr Andrew Cruickshank}} (verified)
""")

d(45, "ed_discharge_letter_ni", "Dr Ciaran O'Neill", """EMERGENCY DEPARTMENT - {{Antrim Area Hospital}} - Northern Health and Social Care Trust
ED attendance no: [[H|AAH-ED-2311-20448]]      H+C Number: [[N|3129980765]]

Name: [[P|Mrs Eileen Mc Cusker]]   D.O.B. {{28/11/1937}}
Address: [[A|7 Church View, Randalstown, Co. Antrim]] [[PC|BT41 3AD]]
Next of kin: son [[R|Ciaran Mc Cusker]] [[PH|07700 900045]]

Attended 19/11/2023 after fall at home. Injuries: {{undisplaced fracture of left neck of humerus}}, skin tear L forearm (steristrips).
{{4AT 1}}. Lying/standing BP 142/80 -> 118/70, symptomatic. {{Clinical Frailty Scale 6}}.
Plan: broad arm sling, fracture clinic 1 week, falls team referral, review of {{doxazosin}} by GP.
Seen by {{Dr C O'Neill}} (T&O on call)
""")

d(46, "referral_letter_wales", "Dr Rhys Llewellyn", """ATGYFEIRIAD / REFERRAL - Neurology, {{Ysbyty Gwynedd}}
Oddi wrth / From: {{Dr R Llewellyn}}, ED, {{Ysbyty Glan Clwyd}}    Date: 23/11/2023

Re: [[P|Mared Williams]], 41, NHS [[N|5521076634]], A&E no [[H|23/118745]]

Dear colleagues,
Thank you for seeing [[P|Mrs Williams]], who presented with a thunderclap headache on exertion. CT at 1h 45m was normal (no SAH), CTA (reported by Dr [[C|Arwel Huws]]) shows beading of the MCA branches, consistent with {{RCVS}}. {{Nimodipine 60 mg 4-hourly}} commenced after discussion with the on-call neurologist. She takes {{sertraline 100 mg}} and uses {{Sumatriptan}}, both possible precipitants.
She is a teacher at [[A|Ysgol Dyffryn Ogwen]]; can be reached on [[PH|07700 900290]] or her husband's mobile.
Diolch / Thank you,
{{Rhys Llewellyn}}
""")

d(47, "cpd_certificate", "Dr Farah Qureshi", """CERTIFICATE OF ATTENDANCE

This is to certify that
{{DR FARAH QURESHI}}
attended
British Cardiovascular Society Annual Conference
{{Manchester Central}}, 3-5 June 2024

and is awarded {{18 CPD credits}} (approved by the Federation of the Royal Colleges of Physicians)

Sessions included: {{TAVI}} outcomes, {{SGLT2 inhibitors}} in HFpEF, {{cardiac amyloidosis}} ({{tafamidis}}), {{ESC 2023}} cardiomyopathy guidelines.

{{Professor Lindsay Akerman}}
President, British Cardiovascular Society
""")

d(48, "on_call_rota", "Dr Eilidh MacLeod", """GI BLEED ON-CALL ROTA - NHS GRAMPIAN - JANUARY 2024 (specialty doctors + consultants)

Week   Mon-Thu (1st)            Fri-Sun (1st)            2nd on call
1      {{Dr E MacLeod}}            Dr [[C|P. Sutherland]]          {{Dr A Cruickshank}}
2      Dr [[C|Yusuf Olatunji]]        {{Dr E MacLeod}}            Dr [[C|M. Innes-Ker]]
3      Dr [[C|P. Sutherland]]         Dr [[C|Yusuf Olatunji]]        {{Dr A Cruickshank}}
4      {{Dr E MacLeod}}            Dr [[C|P. Sutherland]]          Dr [[C|M. Innes-Ker]]

Endoscopy unit out of hours: via ARI switchboard. Nurse endoscopist lead: [[C|Lorna Duguid]].
{{Dr MacLeod}} covered 7 of 28 nights as first on call = 25%.
Confirmed by {{Dr Andrew Cruickshank}}, Clinical Lead Gastroenterology
""")
