DOCS = []
def D(kind, applicant, text): DOCS.append((kind, applicant, text))

D("mm_minutes", "Dr Leon Abernethy", """Morbidity & Mortality meeting – {{Department of Anaesthesia}} – {{Musgrove Park Hospital}} – {{07/02/2024}}
Present: {{Dr Leon Abernethy}} (chair), Dr [[Rosalind Ng|CN]], Dr [[Hywel Prosser|CN]], Dr [[Aoife Kearney|CN]], ODP [[Kev Baxter|CN]]
Apologies: Dr [[Patel-Vaughan|CN]]

Case A (presented by Dr [[Kearney|CN]]): Unanticipated difficult airway in a {{BMI 46}} patient ([[B.F.|PN]], {{54F}}) for lap chole. {{Cormack–Lehane grade 4}}; rescued with {{i-gel size 4}}, then {{fibreoptic intubation}}. {{DAS}} guidelines followed. Airway alert letter sent to GP and patient (ref [[AA/0217|REF]]).
Case B: Post-op death day 2 after emergency laparotomy – [[Mr Ogunleye|PN]] ({{NELA}} risk {{18.6%}}). No consultant anaesthetist present at induction – discussed; NELA case ID [[1187233|OID]] to be updated.
Action: Dr [[Ng|CN]] to circulate {{DAS 2015}} algorithm poster. Next meeting {{06/03/2024}}.
""")

D("pre_op_assessment", "Dr Rosalind Ng", """Pre-operative assessment clinic – {{Musgrove Park Hospital}}
Assessing anaesthetist: {{Dr Rosalind Ng}}
[[Mr Nigel "Nobby" Clarke-Fenwick|PN]], {{67 M}}, MRN [[MPH/0882371|HN]], for elective {{total knee replacement}}.
Works part-time as a verger at [[St Mary Magdalene, Taunton|AD]]. Lives with partner [[Graham|RN]].
Airway: {{Mallampati 3}}, thyromental distance {{5.5 cm}}, beard. {{STOP-BANG 6}} – referred for sleep study.
{{Duke Activity Status Index}} {{21}}; {{METs}} ~{{4}}.
HbA1c {{61 mmol/mol}}; Hb {{128 g/L}}; creatinine {{104 µmol/L}}.
Plan: spinal + {{adductor canal block}}; hold {{metformin}} on the day, {{ramipril}} morning omitted.
[[Nobby|PN]] was anxious about a previous PONV episode – {{Apfel score 2}}.
""")

D("gp_referral_2ww", "Dr Matilda Oyinlola", """Suspected cancer (2WW) referral – Lower GI
From: Dr {{Matilda Oyinlola}}, GP Partner, {{Ridgeway Health Centre}}
Practice code [[L81082|OID]]? 
Patient: [[Ms Rebecca-Jane Forsyth|PN]]  DOB {{17/03/1971}}  NHS [[472 004 5519|NHS]]
Address: [[Orchard House, 2 Pullins Green|AD]], [[Thornbury|AD]], [[BS35 2AX|PC]]
Phone: [[01632 960 218|PH]] (home)  [[07700 900 937|PH]] (mobile – OK to leave message)
Email: [[rjforsyth71@example.com|EM]]

{{FIT}} {{186 µg Hb/g}}. {{Iron deficiency anaemia}}: Hb {{96 g/L}}, ferritin {{6 µg/L}}. Change in bowel habit 8 weeks.
{{NICE NG12}} criteria met. Performance status {{WHO 0}}.
Ms [[Forsyth|PN]] cares for her father [[Dennis|RN]] who has {{Parkinson's disease}}; please offer morning appointments.
""")

D("reference_letter", "Dr Zainab Qureshi", """{{Ninewells Hospital, Dundee}} – Department of Emergency Medicine
To whom it may concern – structured reference for {{Dr Zainab Qureshi}} (GMC {{7419033}})

I am {{Dr Angus Kilbride}}, consultant in emergency medicine and clinical director, and I have supervised Dr {{Qureshi}} since {{August 2020}}. I confirm she has led the resuscitation room independently, including the case of the {{24-year-old}} cyclist with a {{tension pneumothorax}} in March 2023, and that she supervised [[Dr Callum Ure|CN]] (a trainee she later assessed for his {{DOPS}}) during {{chest drain}} insertion.

She runs our {{ED}} teaching programme and wrote our {{sepsis}} pathway update after the Serious Incident (StEIS [[2023/11847|REF]]).

{{Dr Angus Kilbride}} FRCEM, GMC {{3390721}}
""")

D("patient_feedback_summary", "Dr Leon Abernethy", """Patient feedback – {{PSQ}} – {{Dr Leon Abernethy}} – {{n = 34}}
Mean score {{4.7/5}}.
Comments (transcribed from forms; some included names which are reproduced here as written):
"Dr Abernethy explained everything about the epidural to me and my husband [[Ravi|RN]]." – [[Mrs S. Pillai|PN]], [[Ward 9|OID]]
"He was kind to my mum [[Peggy|PN]] when she was scared." – [[Linda Foulkes|RN]]
"Best anaesthetist ever!!" – anonymous, {{Day Surgery Unit}}
Collated by {{Dr Rosalind Ng}}, appraiser.
""")

D("dwp_letter", "Dr Farida Noorzai", """Department for Work and Pensions – Personal Independence Payment
Our ref: [[PIP/GB/8821940|REF]]
National Insurance number: [[QQ 12 34 56 C|OID]]

Dr {{Farida Noorzai}}
Consultant in Rehabilitation Medicine, {{Hunters Moor Regional Neurorehabilitation Centre}}

We are assessing a claim from [[Mr Sandeep Gill|PN]], [[71 Stanhope Road|AD]], [[South Shields|AD]] [[NE33 4BB|PC]]. He has given consent for us to contact you. Please describe the effect of his {{traumatic brain injury}} ({{GCS 5}} at scene, {{Glasgow Outcome Scale–Extended 5}}) on daily living.
Please quote [[QQ123456C|OID]] on all correspondence.
""")

D("asylum_case_reflection", "Dr Farida Noorzai", """Reflection – working with an interpreter

The patient, a {{34-year-old}} man I will call K here but whose name is [[Karim Haidari|PN]], had arrived from Afghanistan via a hotel in [[Gateshead|AD]] used by the Home Office. His Home Office reference [[H1234567/2|REF]] and ARC card number [[UKA 44 019 882|OID]] were on the triage note. I asked the telephone interpreter (operator ID [[LL-77213|OID]]) to translate the {{PHQ-9}}. [[Karim|PN]]'s brother [[Navid|RN]] wanted to interpret instead, which I declined because of the {{Istanbul Protocol}} guidance.
Learning: use of professional interpreters; trauma-informed care; {{Nationality and Borders Act 2022}} pressures on patients.
""")

D("fracture_clinic_letter", "Mr Tobenna Eze", """{{Fracture Clinic}}, {{Royal Derby Hospital}}     Clinic ref: [[FC/TE/240311/07|REF]]
GP: Dr [[Simone Lapointe|CN]], [[Park Farm Medical Centre, Allestree|AD]]

[[Master Reuben Oakes|PN]] (age {{11}}) – hospital number [[RDH 3301 442|HN]]

Dear Dr [[Lapointe|CN]],
[[Reuben|PN]] attended with his grandfather, [[Mr Colin Oakes|RN]]. He sustained a {{Salter–Harris II}} fracture of the distal radius playing rugby for [[Allestree Park Juniors|AD]]. Closed reduction under {{Bier's block}} ({{prilocaine 0.5%}} {{3 mg/kg}}) was performed on {{11/03/2024}}; alignment now acceptable (dorsal angulation {{8°}}). Above-elbow cast for {{4 weeks}}.

{{Mr Tobenna Eze}}, Consultant Trauma & Orthopaedic Surgeon
""")

D("ed_case_narrative", "Dr Zainab Qureshi", """Case reflection – paediatric ED

Pippa was four. [[Pippa|PN]] had been brought in by her nan, [[Maureen|RN]], from the caravan park at [[Arbroath|AD]] after swallowing what looked like a button battery. I had seen [[Pippa Strachan|PN]] once before – she is the granddaughter of [[Mr Strachan|RN]], who drives the school bus in [[Carnoustie|AD]], which is how the triage nurse recognised her.

[[Strachan|RN]]'s name came up again when he rang the department to ask for an update, and the receptionist nearly gave information over the phone.
The X-ray showed a {{20 mm}} disc with a halo sign in the oesophagus. I gave {{honey 10 mL}} every 10 minutes (age > 1 year, within {{12 hours}}) en route to theatre, as per the {{RCEM/NPIS}} guidance. Endoscopic removal was performed at {{Ninewells Hospital}} within {{2 hours}}.
Verified: {{Dr Angus Kilbride}}
""")
DOCS[-1] = (DOCS[-1][0], DOCS[-1][1], DOCS[-1][2].replace("Pippa was four.", "[[Pippa|PN]] was four.", 1))

D("h_and_c_letter", "Dr Conor Magennis", """{{Altnagelvin Area Hospital}} – {{Western Health and Social Care Trust}}
Diabetes and Endocrinology

Patient: [[Siobhán Ní Dhónaill|PN]] ([[Siobhan Donnelly|PN]])   H&C No: [[320 771 4459|NHS]]
Address: [[12 Glenview Park|AD]], [[Strabane|AD]], [[Co Tyrone|AD]] [[BT82 8DF|PC]]

Thank you for referring this {{27-year-old}} woman with {{type 1 diabetes}} and recurrent {{DKA}} (3 admissions in 2023). HbA1c {{94 mmol/mol}}. She uses a {{FreeStyle Libre 2}}; time in range {{31%}}. We discussed a {{closed-loop system}} under {{NICE TA943}}.
She works shifts at [[the Asda in Strabane|AD]] and skips insulin to avoid hypos at work.
{{Dr Conor Magennis}}, Consultant Physician
""")

D("lab_results_email", "Dr Lucy Ferreira", """From: Blood Sciences Duty Biochemist <[[bloodsciences.duty@nuh.example.nhs.uk|EM]]>
Sent: {{23 January 2024 02:17}}
To: {{Dr Lucy Ferreira}}
Subject: CRITICAL RESULT – [[MAHMOOD S|PN]] – [[240123-K-0581|OID]]

Critical potassium {{7.4 mmol/L}} (non-haemolysed) on sample [[240123-K-0581|OID]] from {{Ward C52}}, {{Queen's Medical Centre}}. Patient [[Shazia Mahmood|PN]], DOB {{04/04/1980}}, MRN [[Q20233871|HN]].
Please acknowledge by phone to [[0115 496 0722|PH]].
Regards, [[Duncan Fellowes|CN]], Clinical Scientist

> Ack. ECG peaked T waves; {{10 mL 10% calcium gluconate}}, {{10 units Actrapid}} in {{50 mL 50% glucose}}. LF 02:31
""")

D("whatsapp_transcript", "Dr Lucy Ferreira", """Exported chat (for reflection on information governance) – names of people other than the applicant are patients or colleagues
[23/01/2024, 02:40] [[Josh (FY1)|CN]]: bed 14 lady [[Mrs Mahmood|PN]] K is 7.4!!
[23/01/2024, 02:41] Lucy F: coming. start ECG, calcium gluconate
[23/01/2024, 02:55] [[Josh (FY1)|CN]]: her son [[Imran|RN]] here asking for you, he's on [[07700 900 128|PH]]
Reflection: sharing identifiable data over WhatsApp breached Trust policy; I completed {{IG training}} again on {{30/01/2024}} and we moved to {{Teams}} with the Trust's {{Caldicott}} approval.
""")

D("geriatric_cga", "Dr Hannah Stroud", """Comprehensive Geriatric Assessment – {{Frailty Unit}}, {{Medway Maritime Hospital}}
[[Mr Percival "Percy" Oduya-Lamb|PN]], {{91}}, [[NMH-188-2034|HN]], lives at [[Gillingham Court Care Home|AD]], room 12.
Collateral from key worker [[Danuta|CN]] and niece [[Bernadette Lamb|RN]] ([[b.lamb64@example.net|EM]]).
Falls: 4 in 3 months. {{Timed Up and Go}} {{24 s}}. {{Rockwood CFS 7}}. {{Barthel 45/100}}.
Polypharmacy: {{14}} medicines; stopped {{amitriptyline}} and {{oxybutynin}} ({{ACB score}} reduced from {{6}} to {{2}}); {{STOPP/START}} applied.
{{Dr Hannah Stroud}}
""")

D("safeguarding_adult", "Dr Samira El-Amin", """Adult safeguarding concern – {{Section 42 Care Act 2014}} enquiry request
Concern ID [[SG-ADL-2024-00912|REF]]
Adult at risk: [[Mrs Beryl Ainsworth|PN]], 88, of [[7 Nook Lane, Grange-over-Sands|AD]] [[LA11 7AS|PC]].
Alleged perpetrator: grandson, [[Kieran Ainsworth|RN]], who lives with her.
Concern: {{grade 3 pressure ulcer}} (sacrum), weight {{41 kg}} ({{BMI 16.2}}), {{Waterlow 23}}. Bank statements show cash withdrawals. Her friend from [[Grange Methodist Church|AD]], [[Mrs Ivy Pennington|RN]], raised the alarm.
Reported by {{Dr Samira El-Amin}}, {{Westmorland General Hospital}}, {{Ward 3}}.
""")

D("qi_pdsa", "Dr Adaeze Nwankwo", """QI project: {{Reducing time to CT for suspected stroke}} – {{PDSA cycle 3}}
Lead: {{Dr Adaeze Nwankwo}}   Sponsor: {{Dr Miriam Cole}}
Data: median door-to-CT fell from {{38 min}} to {{21 min}} ({{n = 112}}). {{SPC}} chart shows special-cause variation from week 9.
Outlier cases reviewed: [[ED 24/008817|HN]] (delayed by porter), [[ED 24/009301|HN]] (patient [[H. Oyelaran-Price|PN]] agitated, needed sedation).
Radiographer champion: [[Becky Tolland|CN]]. Protocol published at [[https://intranet.example-nhs.uk/ed/stroke-ct-v3.pdf|URL]] (internal).
""")

D("audit_table_psych", "Dr Ravi Chandrasekaran", """Audit: {{Lithium}} monitoring against {{NICE CG185}} / {{POMH-UK}} standards – {{Dorset HealthCare}}
Auditor: {{Dr Ravi Chandrasekaran}}  Date presented {{10/05/2024}}

RiO       | Pt      | Li level (mmol/L) | eGFR | TSH | Calcium | 3-monthly level?
[[1002217|HN]] | [[G.H.|PN]]  | {{0.72}} | {{84}} | {{2.1}} | {{2.41}} | Yes
[[1004410|HN]] | [[D.St-J.|PN]] | {{1.12}} | {{49}} | {{6.8}} | {{2.62}} | No
[[1001893|HN]] | [[A.A.|PN]]  | {{0.55}} | {{91}} | {{1.4}} | {{2.30}} | Yes
[[1003996|HN]] | [[M-C.V.|PN]] | {{0.81}} | {{67}} | {{3.0}} | {{2.35}} | No
Note: [[D.St-J.|PN]] – raised Ca and TSH, GP [[Dr Whitcombe|CN]] informed.
""")
# fix a stray '?' construct in 2WW
DOCS[2] = (DOCS[2][0], DOCS[2][1], DOCS[2][2].replace("Practice code [[L81082|OID]]? \n", ""))
# patient feedback: ward not an identifier
DOCS[4] = (DOCS[4][0], DOCS[4][1], DOCS[4][2].replace("[[Ward 9|OID]]", "{{Ward 9}}"))

D("witness_statement_si", "Dr Adaeze Nwankwo", """SERIOUS INCIDENT INVESTIGATION – WITNESS STATEMENT
StEIS ref: [[2024/4471|REF]]   Trust SI no: [[SI-ED-24-009|REF]]
Statement of: {{Dr Adaeze Nwankwo}}, Consultant in Emergency Medicine, GMC {{6610935}}

On {{16/01/2024}} at about {{19:30}} I was asked by the locum registrar, Dr [[Viktor Hallgren|CN]] (GMC [[7209118|GMC]]), to review a {{44-year-old}} woman, [[Ms Loretta Mbeki|PN]] ([[ED 24/001772|HN]]), in {{Majors cubicle 11}}. Dr [[Hallgren|CN]] had discharged her at {{15:10}} with a diagnosis of migraine; she re-attended with a {{GCS 11/15}} and a {{third nerve palsy}}. CT showed a {{subarachnoid haemorrhage}} ({{Fisher grade 3}}, {{WFNS 3}}).
I have since met Dr [[Hallgren|CN]]'s educational supervisor, Dr [[Imogen Sandys|CN]] (GMC [[4981207|GMC]]), and the agency (ref [[MEDACS-LOC-88172|REF]]).
[[Loretta|PN]]'s sister, [[Grace Mbeki|RN]], has been kept informed by the family liaison nurse, [[Wendy Oyelowo|CN]].
I believe the contents of this statement to be true.  {{A. Nwankwo}}  {{22/01/2024}}
""")

D("trainee_assessment_summary", "Dr Elliot Marchetti", """Supervision of trainees – summary for portfolio (ICM)
Supervisor: {{Dr Elliot Marchetti}}, {{Leeds General Infirmary}}

Trainee                     GMC no.      Grade   Assessment           Outcome
Dr [[Oluwakemi Ajayi-Ross|CN]]     [[7398120|GMC]]      {{ST4}}     {{DOPS – CVC insertion}}   satisfactory
Dr [[Fraser McTavish|CN]]          [[7421006|GMC]]      {{CT2}}     {{CbD – sepsis}}           development needed
Dr [[Leila Haddadi|CN]]            [[7 1 5 5 0 2 4|GMC]]    {{ST6}}  {{ACAT}}           satisfactory
Case for the ACAT: [[Mr K. Oduro|PN]], bed {{9}}, {{Murray score}} {{2.75}}.
Signed off by {{Prof. Hilary Banerjee}}, Clinical Tutor
""")

D("cpd_certificate_with_case", "Dr Kirsty Lamb", """Certificate of attendance – {{APLS}} (Advanced Paediatric Life Support), {{7th edition}}
Awarded to {{Dr Kirsty Lamb}}  {{Kirsty Lamb}} ({{KL}})  Course centre: {{Alder Hey Children's Hospital}}   Dates: {{9–11 October 2023}}
Candidate no. {{ALSG-23-44810}}; {{CPD points: 18}}
Course director: {{Dr Olamide Ferreira}}
Reflection attached: my teaching scenario was adapted from the real case of a 14-month-old ([[baby R.|PN]]) whose mother, [[Precious|RN]], brought him from [[Anfield|AD]]; I have removed all other details.
""")
