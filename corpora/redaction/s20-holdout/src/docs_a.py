DOCS = []
def D(kind, applicant, text): DOCS.append((kind, applicant, text))

D("clinic_letter", "Dr Oluwaseun Adebayo-Reid", """{{Whitmoor General Hospital}} – Department of Acute Medicine
Ambulatory Emergency Care Unit, {{Level 2}}

Our ref: [[AEC/OA/2291-4|REF]]
Clinic date: {{14/03/2023}}

Dr [[Priyanka Venkataraman|CN]]
[[Hollin Lane Surgery|AD]]
[[41 Hollin Lane|AD]]
[[Sowerby Bridge|AD]]
[[HX6 2QW|PC]]

Dear Dr [[Venkataraman|CN]],

Re: [[Mr Gethin Parry-Howells|PN]]   DOB {{07/11/1958}}   NHS No [[485 777 3021|NHS]]   Hosp No [[WG0038817|HN]]
[[Flat 3, Kestrel Court, Nab End Road|AD]], [[Halifax|AD]] [[HX1 4RP|PC]]

I saw [[Gethin|PN]] in the ambulatory clinic today following his attendance with pleuritic chest pain. His {{Wells score}} was {{1.5}} and the {{D-dimer}} was {{0.38 mg/L FEU}}, below our age-adjusted cut-off. A {{CTPA}} was therefore not indicated. {{Troponin I}} at 0 and 3 hours was {{4 ng/L}} and {{5 ng/L}}.

His wife [[Carys|RN]] was concerned because his brother had a pulmonary embolism at a similar age. I have explained that this does not change our management today.

Plan:
1. {{Naproxen 500 mg}} twice daily for 5 days with {{omeprazole 20 mg}}.
2. Return if breathless, haemoptysis, or calf swelling.

Yours sincerely,

{{Dr Oluwaseun Adebayo-Reid}}
Specialty Doctor, Acute Medicine   GMC {{7123456}}
cc: [[Mr Gethin Parry-Howells|PN]]
""")

D("discharge_summary", "Dr Hannah Stroud", """DISCHARGE SUMMARY            {{Northfleet & Medway Hospitals NHS Trust}}
Ward: {{Cedar Ward (Care of the Elderly)}}    {{Bed 14}}
Patient: [[HUTCHINSON, Elspeth Mary|PN]]     Unit no. [[NMH-204-5518|HN]]
NHS: [[6019348827|NHS]]     DOB: {{22/06/1936}} ({{86y}})   {{Sex: F}}
Address: [[The Old Forge, Mill Street, Upper Halling|AD]], [[Kent|AD]] [[ME2 1JH|PC]]
NOK: [[Rodney Hutchinson|RN]] (son) tel [[07700 900418|PH]]
GP: Dr [[A. Mbatha|CN]], [[Cuxton Road Medical Practice|AD]]

Admitted {{02/02/2024}}   Discharged {{11/02/2024}}
Consultant: {{Dr Hannah Stroud}}

Diagnosis: {{Delirium}} secondary to {{urinary tract infection}}; background {{Alzheimer's disease}}, {{atrial fibrillation}}.
{{Clinical Frailty Scale 6}}. {{4AT}} on admission 7, on discharge 1.
Abbreviated Mental Test Score {{6/10}}.

Course: Treated with {{nitrofurantoin 100 mg MR}} BD for 7 days (eGFR {{52 mL/min/1.73m2}}). {{Apixaban 2.5 mg BD}} continued (dose reduced: age > 80, weight {{57 kg}}). Seen by OT; [[Mrs Hutchinson|PN]] is returning home with package of care QDS from [[Bluebell Homecare|AD]].

Medications on discharge: {{Donepezil 10 mg ON}}, {{Bisoprolol 2.5 mg OD}}, {{Apixaban 2.5 mg BD}}, {{Adcal-D3}} 1 tab BD.

Follow-up: memory clinic as planned. District nurse referral ref [[DN/24/00731|REF]].
Completed by: {{Dr H. Stroud}}, Consultant Geriatrician
""")

D("reflective_piece", "Dr Tomasz Wiśniewski", """Reflection: a night I will not forget

I was the registrar on nights in the {{Emergency Department}} at {{St Aldhelm's Hospital, Salisbury}} when a 19-year-old was brought in by ambulance after a fall from a bridge over the river near [[Britford|AD]]. [[Jasmine|PN]] – everyone in her family called her [[Jazzy|PN]] – had a {{GCS 6/15}} on arrival, {{HR 138}}, {{BP 74/40}}. We activated the major haemorrhage protocol and gave {{4 units}} of O-negative red cells and {{2 g tranexamic acid}}.

[[Jazzy|PN]]'s mother, [[Denise Okafor|RN]], arrived forty minutes later with the girl's boyfriend, [[Callum|RN]]. [[Denise|RN]] kept asking whether her daughter had "done it on purpose", which I could not answer. [[Jasmine Okafor|PN]] worked Saturdays at [[the Co-op on Castle Road|AD]] and had been at [[Sarum Sixth Form|AD]]; I learned this from the police officer, PC [[Gareth Lyle|CN]], who gave me incident number [[WIL-20230417-0112|REF]].

[[Okafor|PN]]'s injuries were not survivable. What I reflect on is how I told [[Denise|RN]]. I used the {{SPIKES}} framework but I rushed the "invitation" step. My supervisor, {{Dr Fiona McCullough}}, watched the debrief and gave me feedback afterwards.

Learning: I have since completed the {{Sage & Thyme}} communication course ({{03/06/2023}}) and I now sit down before I say anything.

Signed: {{Tomasz Wiśniewski}}   Verified: {{Dr Fiona McCullough}}, Educational Supervisor
""")

D("referral_email", "Dr Nadia Farouk", """From: {{Nadia Farouk}} <{{nadia.farouk@nhs.net}}>
To: [[paeds.gastro.referrals@lothian-childrens.example.org|EM]]
Cc: [[m.obrien@nhs.net|EM]]
Subject: Urgent referral – 6 yo with faltering growth – [[L. Duthie|PN]] CHI [[1204173392|NHS]]
Date: Tue, {{12 Sep 2023}} 16:42

Hi team,

Please could you see [[Lewis Duthie|PN]] (DOB {{12/04/2017}}, CHI [[120417 3392|NHS]]) who I reviewed in the {{Royal Hospital for Children and Young People, Edinburgh}} paediatric assessment unit today. Weight has fallen from the {{50th}} to below the {{9th centile}} over 14 months. {{tTG-IgA}} {{>128 U/mL}} with normal total {{IgA}}. I suspect {{coeliac disease}}.

Mum ([[Shona|RN]]) is keen to be seen at the [[Livingston|AD]] clinic as they live in [[Dedridge|AD]] and she doesn't drive. Home number [[01632 960 447|PH]]. The family's health visitor is [[Morag O'Brien|CN]] (cc'd).

Thanks,
Nadia

--
{{Dr Nadia Farouk}} MBChB MRCPCH
Specialty Doctor, Paediatrics
{{NHS Lothian}}
""")

D("mdt_list", "Dr Ifeoma Chukwu", """UPPER GI MDT – {{Thursday 09/11/2023}} – {{Room 4, Pembury Education Centre}}
Chair: {{Mr Alistair Rennie}} (consultant surgeon)   Lead for this list: {{Dr Ifeoma Chukwu}}

| # | Patient | MRN | NHS | Age/Sex | Summary | Outcome |
|---|---------|-----|-----|---------|---------|---------|
| 1 | [[GRAINGER, Neville|PN]] | [[K418893|HN]] | [[402 118 9930|NHS]] | {{71 M}} | {{Siewert II}} adenocarcinoma, {{T3N1M0}} on CT | Neoadjuvant {{FLOT}} x4 then review |
| 2 | [[ABIODUN, Temitope|PN]] | [[K420115|HN]] | [[4441028375|NHS]] | {{48 F}} | {{Barrett's oesophagus}} with HGD, {{Prague C3M5}} | {{EMR}} list, Dr [[Kessler|CN]] |
| 3 | [[MACINTYRE, Ross|PN]] | [[K399470|HN]] | [[403 556 1182|NHS]] | {{66 M}} | Gastric {{GIST}} 4.2 cm | Laparoscopic wedge resection |
| 4 | [[DE SOUZA, Marisol|PN]] | [[K421608|HN]] | [[4019982264|NHS]] | {{59 F}} | Pancreatic head mass, {{CA19-9 812 kU/L}} | EUS-FNB; discuss with HPB (ref [[HPB-TW-0319|REF]]) |

Actions: [[MACINTYRE|PN]] – patient lives in [[Tenterden|AD]], prefers {{Maidstone Hospital}} for surgery. Specialist nurse [[Abi Coutts|CN]] to phone wife [[Lorna|RN]] on [[07700 900 263|PH]].
""")

D("cbd_writeup", "Dr Rhys Pemberton", """CASE-BASED DISCUSSION (CbD) – Anaesthetics
Trainee: {{Dr Rhys Pemberton}}   Assessor: {{Dr Lakshmi Raghavan}} (Consultant Anaesthetist, GMC {{4388120}})
Date: {{21/01/2024}}   Setting: {{Theatre 6}}, {{Queen Eleanor Hospital, Northampton}}

Case: [[Mrs W.|PN]], {{82F}}, [[hospital number 7730145|HN]], for hemiarthroplasty after a {{#NOF}}. {{ASA 3}}. Background {{aortic stenosis}} (valve area {{0.9 cm2}}, peak gradient {{58 mmHg}}), {{CKD stage 3b}}. Her granddaughter [[Kayleigh Wardle|RN]] was her main carer.

Discussion: I chose a spinal with {{2.2 mL 0.5% hyperbaric bupivacaine}} plus a {{fascia iliaca block}} ({{30 mL 0.25% levobupivacaine}}), with an arterial line sited before induction and {{metaraminol}} infusion at {{1 mg/h}}. We discussed why I avoided a general anaesthetic and the {{Nottingham Hip Fracture Score}} of 5.

The ODP, [[Dean Whitlock|CN]], noted the BP fell to {{78/40}} after the block; I treated with {{0.5 mg}} boluses.

Assessor comments: Good understanding of fixed-output states. Global rating: {{meets expectations for ST6}}.
Signed {{L. Raghavan}}
""")

D("complaint_response", "Dr Samira El-Amin", """{{Pennine Lakes Teaching Hospitals NHS Foundation Trust}}
Patient Advice and Complaints Team

Our ref: [[COMP-2023-04471|REF]]
Your ref: [[JB/PAL/17|REF]]

[[Mr Jonathan Bellamy|RN]]
[[22 Cragside Avenue|AD]]
[[Kendal|AD]]
[[LA9 6EZ|PC]]

{{18 October 2023}}

Dear [[Mr Bellamy|RN]],

Thank you for your letter about the care your late father, [[Mr Harold Bellamy|PN]], received on {{Ward 21}} between {{3 and 9 August 2023}}.

I have reviewed the notes with {{Dr Samira El-Amin}}, who was the medical registrar on call, and with the nurse in charge, [[Sister Claire Nwosu|CN]]. You raised that your father's fall on the night of {{5 August}} was not communicated to you until the next afternoon. This is correct. The FY1 on duty, Dr [[Ben Hargreaves|CN]], documented a review at {{02:40}} but the call to you was not made. This has been logged as incident [[W148823|REF]].

You also asked why [[Harold|PN]] was not given {{alteplase}}. He presented {{7 hours}} after symptom onset, outside the {{4.5-hour}} window in {{NICE NG128}}.

Please contact me on [[01632 960 219|PH]] or [[complaints.plth@nhs.net|EM]].

Yours sincerely
[[Andrea Pollard|CN]]
Complaints Manager
""")

D("datix_report", "Dr Marcus Oyelaran", """INCIDENT REPORT (LFPSE)      Ref: [[LFPSE-W-2024-118340|REF]]   Local Datix ID [[DX 99/31752|REF]]
Date/time of incident: {{27/02/2024 04:15}}
Location: {{Ward 7B (Respiratory)}}, {{Royal Stoke University Hospital}}
Reporter: {{Dr Marcus Oyelaran}}, Medical Registrar

Persons involved:
- Patient: [[ADEYEMI-BROWN, Precious|PN]]   MRN [[RJE-5530192|HN]]
- Staff: Staff Nurse [[Liam Doherty|CN]] (NMC PIN [[14F0239E|GMC]]), FY2 [[Dr Anjali Bhose|CN]]

Description:
Patient on {{NIV}} (IPAP {{20}}, EPAP {{5}}) was found with mask disconnected, SpO2 {{79%}} on {{FiO2 0.4}}, {{NEWS2 9}}. ABG {{pH 7.21}}, {{pCO2 10.8 kPa}}. Mask reattached; repeat ABG at 05:00 {{pH 7.29}}. Outreach ([[Tracy Moult|CN]]) attended.
Contributing factors: agency nurse unfamiliar with NIV alarm settings; alarm volume found at minimum.
Harm: {{low harm}}.
Actions: NIV competency refresher; alarm checks added to SSKIN bundle.
""")

D("safeguarding_referral", "Dr Chidinma Obi", """MULTI-AGENCY SAFEGUARDING REFERRAL – CHILD
To: [[Sandwell Children's Trust MASH|AD]]   email: [[mash.referrals@sandwell-ct.example.org.uk|EM]]
Referral no: [[MASH/24/003318|REF]]

Child: [[Kyrie Lamont DAVIES|PN]]   DOB {{03/09/2021}}   NHS [[711 902 3846|NHS]]
Address: [[14 Tiverton Walk|AD]], [[Tipton|AD]] [[DY4 0LS|PC]]
Nursery: [[Little Acorns Nursery, Horseley Heath|AD]]
Mother: [[Chantelle Davies|RN]] (19)   Mother's partner: [[Jordan "JJ" Pike|RN]]
Father: [[Reece Lamont|RN]] (no contact; HMP)

Reason for referral: {{2-year-old}} presented to {{Sandwell General Hospital}} {{Paediatric ED}} with a {{spiral fracture of the left humerus}}. Explanation (fell off sofa) is not consistent with the injury. Skeletal survey shows a healing {{posterior rib fracture}} (right {{8th rib}}). Bruising to the pinna. Seen by {{Dr Chidinma Obi}} (consultant paediatrician, named doctor) and discussed with the police child abuse investigation team; crime ref [[WMP-20/381771/24|REF]], officer DC [[Amrit Sandhu|CN]] tel [[0121 496 0712|PH]].

[[Kyrie|PN]] is currently on {{Ward D10}}, {{bed 3}}, and will not be discharged until a strategy meeting has taken place.
""")

D("coroner_statement", "Dr Elliot Marchetti", """STATEMENT FOR HM CORONER – {{West Yorkshire (Eastern) Coroner's Area}}
Coroner's ref: [[WYE-1143/2023|REF]]
Deceased: [[Mr Desmond Akinyemi FITZGERALD|PN]]   Date of birth {{19/05/1962}}   Date of death {{30/07/2023}}
Hospital number: [[LTH 08127734|HN]]

I, {{Dr Elliot Marchetti}}, am a consultant in intensive care medicine at {{Leeds General Infirmary}}. My GMC number is {{6080811}}. I make this statement from my own recollection and the medical records.

[[Mr Fitzgerald|PN]] was admitted to {{ICU bed 11}} on {{28/07/2023}} from the Emergency Department with {{septic shock}} of abdominal origin. He required {{noradrenaline}} up to {{0.6 mcg/kg/min}}, {{vasopressin 0.03 units/min}} and {{hydrocortisone 50 mg QDS}}. His lactate peaked at {{11.2 mmol/L}}. The surgical registrar, [[Mr Farhan Qureshi|CN]], and the consultant surgeon, [[Miss Ruth Delaney|CN]], performed a laparotomy at {{21:30}} and found a perforated sigmoid diverticulum with faecal peritonitis ({{Hinchey IV}}).

Despite maximal support, his {{SOFA score}} rose from {{11}} to {{17}}. I discussed his condition with his partner, [[Marlene Cobb|RN]], and his daughter, [[Tamsin Fitzgerald|RN]], on {{30/07/2023}} at {{10:00}}. Treatment was withdrawn at {{15:20}} and he died at {{16:05}}.

I believe that the facts stated in this statement are true.
Signed: {{E. Marchetti}}   Dated: {{14/09/2023}}
""")

D("audit_table", "Dr Ayesha Siddiqui", """Re-audit: Time to antibiotics in red-flag sepsis – {{Emergency Department}}, {{Southmead Hospital}}
Standard: antibiotics within {{1 hour}} ({{NICE NG51}}; {{RCEM}} standard). Period {{01/10/2023–31/10/2023}}. Auditor: {{Dr Ayesha Siddiqui}}. Supervisor: {{Dr Paul Okonkwo-Hart}}.

ED no.      | Initials | Age | NEWS2 | Door–abx (min) | Met?
[[ED23-118402|HN]] | [[R.T.|PN]] | {{74}} | {{8}} | {{42}} | Y
[[ED23-118877|HN]] | [[JMcK|PN]] | {{31}} | {{5}} | {{96}} | N
[[ED23-119015|HN]] | [[A.B-O.|PN]] | {{88}} | {{11}} | {{38}} | Y
[[ED23-119260|HN]] | [[SP|PN]] | {{57}} | {{7}} | {{71}} | N
[[ED23-119301|HN]] | [[K.W.|PN]] | {{66}} | {{6}} | {{55}} | Y

Compliance {{61%}} (n={{54}}) vs {{48%}} in 2022. Breaches clustered between {{02:00}} and {{06:00}}. Patient [[JMcK|PN]] (frequent attender from [[Lawrence Weston|AD]]) waited for a cannula for 40 min.
Presented at ED governance {{15/12/2023}}.
""")

D("handover_sheet", "Dr Grace Oduya", """NIGHT HANDOVER – {{Medical Take}} – {{Friday 02/06/2023}}  21:00
Outgoing: {{Dr Grace Oduya}} (SpR)  Incoming: Dr [[Sunil Parekh|CN]] (SpR), FY1 [[Dr Holly Tran|CN]] bleep [[2214|PH]]

{{AMU Bed 4}} – [[Mr Clive Ashworth|PN]] 79 [[J2291047|HN]] – {{DKA}}, on {{FRIII}} {{0.1 units/kg/h}}, K {{3.4}}. Repeat VBG 23:00.
{{AMU Bed 9}} – [[Mrs Pat Kinsella|PN]] ("[[Patsy|PN]]") 84 [[J1887730|HN]] – {{NSTEMI}}, on {{fondaparinux 2.5 mg}}. DNACPR in place. Daughter [[Louise|RN]] visiting until 22:00.
{{Ward 12 Bed 22}} – [[Abdi Warsame|PN]] 27 [[J3006618|HN]] – sickle crisis, PCA {{morphine}}, pain score {{7/10}}. Haematology reg [[Dr Okoro|CN]] aware.
{{ED Majors 3}} – unknown male ("[[Ticket|PN]]"), est. 40s, [[A&E no. 23/044187|HN]] – alcohol withdrawal, {{CIWA-Ar 18}}. Chlordiazepoxide per protocol.
""")

D("ambulance_handover", "Dr Beatrix Holloway", """ATMIST HANDOVER (transcribed)   CAD: [[EEAST-230814-0457|REF]]   Epr: [[EPR 7718-22A|REF]]
Crew: Paramedic [[Jodie Fairclough|CN]] (HCPC [[PA 41188|GMC]]), EMT [[Sam Whitby|CN]]
Received by: {{Dr Beatrix Holloway}}, {{Resus 2}}, {{Ipswich Hospital}} – {{14/08/2023 03:12}}

A – {{58M}}. [[Trevor Godwin|PN]], DOB {{02/01/1965}}, from [[Plough Cottage, Church Lane, Bramford|AD]] [[IP8 4AB|PC]]
T – found 02:20 by wife ([[Sandra|RN]]) at foot of stairs.
M – head laceration, ?intoxication, {{GCS 13/15}} (E3 V4 M6), pupils equal.
I – {{C-collar}} not applied (NEXUS negative – query), dressing.
S – {{HR 92}}, {{BP 164/98}}, {{RR 18}}, {{SpO2 97% RA}}, {{BM 6.1}}, {{Temp 36.4}}.
T – {{1 g paracetamol IV}}. On {{warfarin}} for AF, INR unknown.

Note (BH): Applied {{Canadian CT Head Rule}} – anticoagulated, so CT head within {{1 hour}} per {{NICE NG232}}.
""")

D("gp_letter", "Dr Ravi Chandrasekaran", """[[The Ropewalk Medical Centre|AD]]
[[3 Ropewalk|AD]], [[Bridport|AD]] [[DT6 3QX|PC]]
Tel [[01632 960 581|PH]]  Fax [[01632 960 582|PH]]
[[www.ropewalkmc.example.co.uk|URL]]

{{04/12/2023}}

Dr {{Ravi Chandrasekaran}}
Consultant Psychiatrist, {{Dorset HealthCare University NHS Foundation Trust}}
{{Forston Clinic}}

Dear Dr {{Chandrasekaran}},

[[Miss Imogen Tremlett|PN]]  DOB {{28/02/1999}}  NHS [[946 330 1187|NHS]]
[[5 Gundry Lane|AD]], [[Bridport|AD]] [[DT6 3RL|PC]]   Mob [[07700 900 752|PH]]

Thank you for seeing [[Imogen|PN]] urgently last week. She tells me she is taking the {{sertraline}} at {{100 mg}} but still finds it very hard to go into work at [[Harbour Fish & Chips, West Bay|AD]]. Her mother [[Gillian|RN]] rang the surgery yesterday, worried that [[Immy|PN]] has been cutting again; [[Gillian Tremlett|RN]] gave consent for me to share this.

{{PHQ-9}} today {{19}}, {{GAD-7}} {{15}}. No active plans.

Yours sincerely,
Dr [[Helen Marsh-Coombes|CN]]  (GMC [[4770215|GMC]])
""")

D("psychiatry_tribunal_report", "Dr Ravi Chandrasekaran", """RESPONSIBLE CLINICIAN'S REPORT TO THE FIRST-TIER TRIBUNAL (MENTAL HEALTH)
Tribunal case no: [[MP/2024/04117|REF]]
Patient: [[Kwabena ANSAH-MENSAH|PN]]   Hospital no: [[RiO 1003849|HN]]
Detained under: {{Mental Health Act 1983 s.3}} (previously {{s.2}} from {{11/01/2024}})
Ward: {{Linden Ward}}, {{Forston Clinic}}

1. I am {{Dr Ravi Chandrasekaran}}, the responsible clinician. I have known [[Mr Ansah-Mensah|PN]] since his admission.
2. Diagnosis: {{paranoid schizophrenia (ICD-10 F20.0)}}. He has relapsed three times since 2019 after stopping medication.
3. Before admission he lived alone in a flat above [[the Bargain Booze on Weymouth Avenue|AD]], [[Dorchester|AD]]. His cousin [[Efua|RN]] is his nearest relative under {{s.26}}.
4. He believed his neighbour, "[[Big Steve|RN]]", was broadcasting his thoughts, and was arrested after damaging the neighbour's door (police ref [[55230011741|REF]]).
5. Current treatment: {{paliperidone palmitate 150 mg}} monthly depot; {{BPRS}} has fallen from {{68}} to {{41}}.
6. His care coordinator is [[Shirin Farahani|CN]] (CPN), and his social worker/AMHP [[Gavin Treloar|CN]].
Recommendation: continued detention is necessary for his health and the protection of others.
""")

D("teaching_feedback", "Dr Kirsty Lamb", """Teaching session feedback – "{{Recognising the deteriorating child}}" – {{Simulation Suite}}, {{Alder Hey Children's Hospital}}
Facilitator: {{Dr Kirsty Lamb}}  Date: {{17/05/2023}}  Attendees: {{14}} (FY2, GP trainees, ANPs)

Scores (1–5): Content {{4.8}}, Delivery {{4.7}}, Relevance {{4.9}}

Free-text comments:
- "Kirsty made the {{PEWS}} chart make sense at last" – anonymous
- "Scenario based on the real case of the baby with {{bronchiolitis}} was very powerful. Loved hearing how the registrar ([[Dr Mo Rahim|CN]]) escalated."
- "Would like more on {{sepsis six}}." – [[Bethany Quinn|CN]], ST1 GP
- "Please stop using the real name [[Alfie-Ray|PN]] in the slide notes!" 
Facilitator's note: I removed the identifiable case details ([[Alfie-Ray Hewson|PN]], {{Bed 4, Ward 3C}}) from the slide notes the same day.

Verified by: {{Dr Simon Akhtar}}, Clinical Lead for Education
""")

D("logbook_export", "Mr Dimitrios Papadakis", """eLogbook export – {{Mr Dimitrios Papadakis}} – {{General Surgery}} – {{01/01/2023}} to {{30/06/2023}}
Hospital: {{Royal Cornwall Hospital, Truro}}

Date       Hosp No      Pt     Procedure                                      Role   Supervisor
{{04/01/2023}} [[TR0198234|HN]]   [[JP|PN]]     {{Laparoscopic cholecystectomy}}                    P      {{Mr N. Trevithick}}
{{11/01/2023}} [[TR0201717|HN]]   [[MBq|PN]]    {{Emergency laparotomy}}, {{Hartmann's procedure}}      P      {{Mr N. Trevithick}}
{{19/01/2023}} [[TR0187766|HN]]   [[A-LH|PN]]   {{Open inguinal hernia repair (Lichtenstein)}}      PS     –
{{02/02/2023}} [[TR0205521|HN]]   [[RK|PN]]     {{Laparoscopic appendicectomy}}                     P      –
{{16/02/2023}} [[TR0199083|HN]]   [[EdlC|PN]]   {{Right hemicolectomy}}                             A      {{Ms Ferreira}}
Total procedures: {{148}}. P={{91}} PS={{33}} A={{24}}.
""")

D("police_letter", "Dr Alana McGrath", """Police Scotland – Disclosure Unit
Our reference: [[PS/DISC/2023/19882|REF]]    Crime ref: [[CR/0458372/23|REF]]

Dr {{Alana McGrath}}
Emergency Department
{{Queen Elizabeth University Hospital}}
{{Glasgow}}

{{9 November 2023}}

Dear Dr {{McGrath}},

REQUEST FOR MEDICAL STATEMENT – [[MR CRAIG DUNSMUIR|PN]] (DOB {{14/02/1988}}), [[24/1 Kinfauns Drive|AD]], [[Drumchapel|AD]], [[G15 7TG|PC]]

I refer to the assault on [[Mr Dunsmuir|PN]] outside [[The Antonine Bar, Drumchapel Road|AD]] on {{22/10/2023}}. I understand you treated him for a {{facial laceration}} (6 cm, left cheek) and an {{orbital floor fracture}}. He has consented to the release of his records (mandate enclosed). His CHI number is [[1402882251|NHS]].

Please forward your statement to DC [[Eilidh Baird|CN]] at [[eilidh.baird@scotland.police.example.uk|EM]] or call [[0141 496 0335|PH]].

Yours faithfully,
[[PC 8841 Grant Mowat|CN]]
""")

D("social_care_letter", "Dr Owen Pritchard", """Conwy County Borough Council – Adult Social Care
Ref: [[ASC-CW-339201|REF]]
Dear Dr {{Pritchard}},

Re: [[Mrs Gwenllian (Gwen) Roberts|PN]], [[Bryn Awel, Ffordd Tan-y-Bryn|AD]], [[Llanrwst|AD]] [[LL26 0UE|PC]]

We have received the best-interests assessment request from {{Ysbyty Glan Clwyd}}. Mrs [[Roberts|PN]] is under {{DoLS}} consideration following her discharge plan to [[Plas Hafod Care Home, Abergele|AD]]. Her son [[Dafydd|RN]] holds Lasting Power of Attorney for health and welfare (OPG ref [[7001-2245-9981|REF]]). Her neighbour, [[Mrs Eirlys Hughes|RN]], has raised concerns about financial abuse by a grandson.

Could you confirm her {{MoCA}} score ({{14/30}} on {{03/03/2024}}) and your view on capacity under the {{Mental Capacity Act 2005}}?

[[Rhian Vaughan|CN]]
Social Worker  tel [[01632 960 905|PH]]
""")

D("ocr_scan_text", "Dr Sunita Bhattacharya", """ROYAL  BERKSHIRE  HOSP1TAL   —   Dept  of  Radiology
Rep0rt  dictated  by  {{Dr  Sunita  Bhattacharya}}

Pat1ent :  [[BROOKES ,  Winifred  A|PN]]          Hosp  No :  [[R B 0 0 4 7 1 9 2|HN]]
NHS :  [[438  221  9076|NHS]]        D.O.B :  {{06 / 10 / 1944}}
Acc  No :  [[RBH2311207719|OID]]
Exam :  {{CT  CHEST / ABDOMEN / PELVIS  WITH  CONTRAST}}      Date :  {{07 / 11 / 2023}}

Ref  Clin :  Dr  [[K .  Ostrowski|CN]]  ( GP ,  [[Woodley|AD]] )

Findings :  {{3 . 4  cm}}  spiculated  mass  in  the  right
upper  lobe  with  ipsilateral  hilar  nodes .   No  liver
metastases .   {{Adrenals  normal}} .

Conclusion :  Appearances  most  in  keeping  with
primary  {{bronchogenic  carcinoma}} ,  {{T2aN1}} .  Refer  via
{{2WW}}  lung  pathway .   Mrs  [[Brookes|PN]]  informed  by
ward  team  ( {{Ward  Sidmouth}} ) .
""")

D("palliative_letter", "Dr Fenella Ashcombe", """{{St Columba's Hospice}} – Community Palliative Care Team
{{Dr Fenella Ashcombe}}, Specialty Doctor

To: Dr [[Oyelowo|CN]], [[Marches Medical Practice|AD]]
Re: [[Arthur Penhaligon|PN]], 77, [[Wheal Rose|AD]], near [[Scorrier|AD]]  NHS [[642-889-1030|NHS]]

I visited [[Arthur|PN]] at home today with his community nurse [[Kerenza|CN]]. He has {{metastatic prostate cancer}} with bony pain, now scoring {{6/10}} on movement. I have increased {{MST Continus}} to {{30 mg BD}} with {{Oramorph 10 mg}} PRN (up to {{2-hourly}}) and started {{dexamethasone 8 mg}} OD for a week. Anticipatory medicines are in the house.

He was a tin miner at [[South Crofty|AD]] for 30 years and his main wish is to die at home. His wife [[Morwenna|RN]] and their neighbour [[Jory|RN]] (who runs [[the Plume of Feathers|AD]]) share the care at night. A {{ReSPECT}} form is completed.

{{Dr F. Ashcombe}}
""")

D("mini_cex", "Dr Hamza Rauf", """Mini-CEX – Acute Medicine
Assessee: {{Dr Hamza Rauf}} (GMC {{7302215}})   Assessor: {{Dr Catriona Fleming}}, Consultant
Date: {{05/10/2023}}   Setting: {{AMU}}, {{Aberdeen Royal Infirmary}}

Clinical scenario: {{63-year-old man}} ([[Mr Ewan Leask|PN]], CHI [[0512603317|NHS]]) with {{upper GI bleed}}. {{Glasgow-Blatchford score}} {{12}}, {{Hb 71 g/L}}, urea {{19.4 mmol/L}}. Hamza took a focused history, including alcohol ({{60 units/week}}) and recognised possible {{varices}}. He started {{terlipressin 2 mg}} and {{IV ceftriaxone}} appropriately.

Areas for development: explain endoscopy consent to [[Mr Leask|PN]]'s wife ([[Aileen|RN]]) in plainer language.
Rating: {{Above expectations}}.
""")

D("obstetric_case_summary", "Dr Maryam Haddad", """Case summary for portfolio (obstetrics) – {{Labour Ward}}, {{Liverpool Women's Hospital}}

[[Mrs Jade Kowalczyk|PN]] (G2P1), {{32 years}}, hospital number [[LWH 2210457|HN]], was admitted at {{39+2 weeks}} in spontaneous labour. At {{8 cm}} the CTG showed a prolonged deceleration to {{70 bpm}} lasting {{6 minutes}}. I performed a {{category 1 caesarean section}} under general anaesthesia (decision-to-delivery interval {{19 minutes}}). Baby girl [["Baby Kowalczyk"|PN]] weighed {{3.41 kg}}, {{Apgar 3, 7, 9}}, cord {{pH 7.09}}.

EBL {{1,200 mL}}; I gave {{carbetocin 100 micrograms}} and {{tranexamic acid 1 g}}. The midwife in charge, [[Roisin Gallagher|CN]], was excellent. [[Jade|PN]]'s partner, [[Tomek|RN]], was very frightened and I spoke to him afterwards in the family room.

Debrief with {{Dr Yvonne Clarke}} (consultant, my supervisor) on {{12/06/2023}}. Learning points: {{MBRRACE-UK}} recommendations on GA caesarean; documentation of DDI.
""")

D("radiology_discrepancy", "Dr Sunita Bhattacharya", """REALM / Discrepancy meeting – {{Radiology}} – {{22/02/2024}}
Presenter: {{Dr Sunita Bhattacharya}}

Case 1 – accession [[RBH2401183302|OID]]
Patient [[L. McAllister|PN]] ({{62F}}): missed {{scaphoid fracture}} on initial wrist series reported by [[Dr Tobias Engel|CN]] (locum). Seen on {{MRI}} 10 days later. Classification {{Herbert B2}}.
Case 2 – [[Mr Iqbal|PN]], 45, acc [[RBH2401190055|OID]]: {{subsegmental PE}} not reported on CTPA.
Learning: double-read weekend CTPAs; {{RCR}} standards for learning from discrepancies.
""")

D("paeds_discharge", "Dr Kirsty Lamb", """Paediatric Discharge Letter – {{Ward 4B}}, {{Alder Hey Children's Hospital}}
Patient: [[Ollie (Oliver) Brannigan|PN]]    DOB: {{18/08/2019}}    Sex: {{Male}}
Hospital number: [[AH-0972244|HN]]    NHS: [[7320018854|NHS]]
Parents: [[Kerry Brannigan|RN]] and [[Mark Stott|RN]]   Tel [[07700900663|PH]]
School: [[St Teresa's Catholic Primary, Norris Green|AD]]

Diagnosis: {{Kawasaki disease}} (day 6 of fever). Echo: {{coronary artery Z-score +2.1}} (LAD).
Treatment: {{IVIG 2 g/kg}} and {{aspirin 30 mg/kg/day}}, reduced to {{3–5 mg/kg/day}} when afebrile.
Follow-up: echo in {{6 weeks}} (cardiology, Dr [[Ahmed|CN]]). Live vaccines should be postponed for {{11 months}}.
Discharging doctor: {{Dr Kirsty Lamb}}
""")

D("rota_sheet", "Dr Adaeze Nwankwo", """{{ED Middle-grade rota}} – {{weeks 14–17 2024}} – prepared by {{Dr Adaeze Nwankwo}} (rota lead)

        Mon     Tue     Wed     Thu     Fri     Sat     Sun
Wk14    AN      [[PD|CN]]      [[RSk|CN]]     AN      [[LMcG|CN]]    [[PD|CN]]      [[PD|CN]]
Wk15    [[TY|CN]]      AN      AN      [[RSk|CN]]     [[TY|CN]]      LOCUM   LOCUM
Notes: [[Dr Priya Desai|CN]] (PD) on parental leave from week 16. [[Dr Rafal Skowron|CN]] (RSk) swap agreed with [[Tariq Yusuf|CN]] (TY). Locum agency ref [[HAYS-ED-55721|REF]].
Bleep for ED middle grade: 3000. Staffing escalation to the Clinical Director.
Verified: {{Dr Miriam Cole}}, Clinical Director
""")

D("msf_summary", "Dr Hamza Rauf", """Multi-source feedback (MSF) summary – {{Dr Hamza Rauf}}
Raters: {{12}} (4 consultants, 5 nurses, 3 trainees). Period {{Jan–Mar 2024}}.
Overall: {{5.6/6}}

Selected comments:
"Hamza stayed late to sit with [[Mr Cowie|PN]]'s family in Ward 103 when he was dying – exemplary." (Nurse)
"Sometimes takes on too much; e.g. covered [[Dr Nkemelu|CN]]'s jobs without escalating."
Reviewed with: {{Dr Catriona Fleming}}, Educational Supervisor, {{26/04/2024}}
""")

D("icu_ward_round", "Dr Elliot Marchetti", """ICU consultant ward round note – {{Bed 6}} – {{03/03/2024 09:40}}
Pt: [[Yusuf Ibrahim HASSAN|PN]]  MRN [[L0990214|HN]]  Day {{4}} of admission.
Dx: {{ARDS}} secondary to {{influenza A}}; {{P/F ratio 14 kPa}}.
Vent: {{PC}} {{Pinsp 24}}, {{PEEP 12}}, FiO2 {{0.55}}, Vt {{6 mL/kg PBW}}. Proned 16 h overnight.
Sedation {{RASS -3}}. {{Cisatracurium}} stopped 06:00.
Family: brother [[Abdirahman|RN]] (spokesperson, interpreter needed – Somali). Meeting 16:00.
Plan: consider {{ECMO}} referral to {{Glenfield}} if P/F < 10 ({{Murray score}} {{3.25}}).
{{E Marchetti}}, Consultant
""")
