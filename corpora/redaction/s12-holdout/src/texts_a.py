A1 = "Dr Oluwaseun Adebayo-Clarke"   # acute medicine, GMC 7134582
A2 = "Dr Priya Venkataraman"         # paediatrics, GMC 7220913
A3 = "Dr Tomasz Wiśniewski"          # emergency medicine, GMC 7409176
A4 = "Dr Mairéad Ní Bhriain"         # old age psychiatry, GMC 7051348

DOCS_A = [
("reflection", A1, """Reflective practice entry – {{Dr Oluwaseun Adebayo-Clarke}} ({{GMC 7134582}})
Setting: {{Acute Medical Unit}}, {{Royal Derby Hospital}}. Date of event: {{14/03/2025}}.

What happened
I was the medical registrar on call when [[P|Mr Lincoln Osei]] (78, {{DOB 02/09/1946}}, male) was brought up from ED at {{02:40}} with a {{NEWS2 of 7}}. His daughter [[R|Abena]] had driven over from [[A|Mickleover]] and was clearly frightened. [[P|Lincoln]] had been found on the kitchen floor at [[A|22 Brook Street, Belper]] by the neighbour, [[R|Mr Gethin Pryce]], who had a key. The ED SHO, [[C|Dr Ciarán Mac Giolla Phádraig]], had started {{piperacillin–tazobactam 4.5 g IV}} but no fluid balance had been recorded.

I reviewed him: {{lactate 4.1 mmol/L}}, {{CRP 212 mg/L}}, {{eGFR 28}}. I gave {{500 mL Hartmann's}} and discussed escalation with [[R|Abena Osei-Mensah]] – she asked me twice whether her father was "going to die tonight". I did not answer well the first time. The ward sister, [[C|Siobhán]], later told me [[R|Abena]] had been in tears in the corridor.

What I learnt
I now use the {{SPIKES}} framework deliberately, and I sit down. I also learnt from [[P|Mr Osei]] himself, who asked me to stop talking to his daughter "over his head".

Discussed with my educational supervisor, {{Dr Helen Marsh}}, on {{02/04/2025}}.
Signed: {{Dr Helen Marsh}}, {{Consultant Acute Physician}}
""", ),

("whatsapp_export", A3, """[[[C|Kasia W]]] 07/11/2024, 19:02: anyone free for resus 2? 
[07/11/2024, 19:03] Tomasz: on my way
[[[C|Kasia W]]] 07/11/2024, 19:04: its [[P|mr darragh o'sullivan]] again, the one from [[A|the Fox and Hounds]] – same as last week, ETOH + head inj
[07/11/2024, 19:05] Tomasz: GCS?
[[[C|Kasia W]]] 07/11/2024, 19:05: {{GCS 11}} (E3 V3 M5), pupils equal. {{BM 4.2}}
[[[C|Babajide]]] 07/11/2024, 19:09: CT booked. his brother [[R|Fergal]] is in the relatives room, very loud lol
[07/11/2024, 19:10] Tomasz: pls dont lol in here. ED number is [[H|E24-118273]]?
[[[C|Babajide]]] 07/11/2024, 19:10: yes and NHS [[N|412 883 9017]]
[07/11/2024, 19:31] Tomasz: CT head – {{acute SDH 7 mm}}, midline shift {{3 mm}}. Referring to neurosurg at {{Queen's Medical Centre}}
[[[C|Kasia W]]] 07/11/2024, 19:33: police here re assault, crime ref [[REF|20/224117/24]]
[07/11/2024, 19:40] Tomasz: ok. do not share images in this group. deleting above.

Exported for portfolio (teamwork / leadership in resus). {{Dr Tomasz Wiśniewski}}, {{ST4 equivalent}}, {{Emergency Department}}, {{Nottingham University Hospitals NHS Trust}}.
Verified by {{Dr Aoife Brennan}}, {{Consultant in Emergency Medicine}}.
"""),

("handover_sheet", A1, """AMU NIGHT HANDOVER  {{21/01/2025}}  – reg: {{OAC}}

Bed | Pt | Issue | Jobs
{{1}} | [[P|KOWALCZYK, Zbigniew]] [[H|RD4417782]] | {{CAP}}, {{CURB-65 3}} | repeat {{VBG 22:00}}
{{4}} | [[P|McFADDEN, Rose]] [[H|RD3309851]] | {{DKA}} resolving | {{FRIII}}, K+ 2-hrly, call dtr [[R|Brigid]] [[PH|07700 900412]] if worse
{{7}} | [[P|Nwachukwu-Hale]] | ?{{PE}}, {{Wells score 6}} | CTPA am, {{apixaban 10 mg BD}}
{{9}} | [[P|AL-SHAMMARI, Faisal]] [[H|RD4420019]] | {{alcohol withdrawal}}, {{CIWA-Ar 18}} | {{chlordiazepoxide}} per protocol
{{12}} | [[P|"Taff" Hughes]] (real name [[P|Dafydd Hughes]]) | {{falls}}, lives [[A|Room 14, Bluebell Court Care Home]] | CT head if new drop in GCS

Side room {{SR2}}: the lad from [[A|Cnoc Farm, Hulland Ward]] – see ED notes, [[P|Ewan Mac an t-Saoir]], [[H|RD4421300]], {{paracetamol OD}}, {{4-h level 188 mg/L}} – {{NAC}} running
Bleep [[PH|4471]] for site manager.
"""),

("complaint_response", A1, """Our ref: [[REF|COMP/25/0417]]
Your ref: [[REF|MP-LB-2291]]

[[R|Mrs Róisín Delaney-Kerr]]
[[A|7 Chapel Row]]
[[A|Wirksworth]]
[[PC|DE4 4FQ]]

{{12 May 2025}}

Dear [[R|Mrs Delaney-Kerr]],

Re: your late husband, [[P|Mr Seamus Delaney-Kerr]], {{DOB 11/06/1939}}, hospital number [[H|RD2209814]]

Thank you for your letter of {{28 April 2025}} about the care [[P|Seamus]] received on {{Ward 305}} between {{3}} and {{9 April 2025}}. I am sorry that you felt you were not told how unwell he was. I was one of the registrars involved and I have been asked by the {{Patient Experience Team}} to respond to the clinical points.

You describe arriving on the evening of {{6 April}} to find him without his hearing aids and confused, and that [[C|Nurse Flanagan]] told you the doctors "hadn't been round". Having reviewed the notes, [[P|Seamus]] was seen at {{10:15}} by [[C|Dr Anjali Raghunathan]] and at {{16:40}} by me. His {{sodium}} had fallen to {{124 mmol/L}}, which explains much of the confusion. I accept that nobody telephoned you on [[PH|01632 960218]], the number recorded in his notes, and that this should have happened.

Your son [[R|Cathal]] asked why the {{DNACPR}} decision was made without him. The decision was discussed with [[P|Seamus]] himself on {{5 April}}, when he had capacity; it is documented under the {{Mental Capacity Act 2005}} assessment. I understand this was not explained to the family, and I am sorry.

If you would like to meet, please contact the Patient Experience Team on [[PH|01632 960654]] or [[E|uhdb.complaints.rd@nhs.example]].

Yours sincerely,
{{Dr Oluwaseun Adebayo-Clarke}}
Specialty Doctor, Acute Medicine
Reviewed and approved: {{Dr Helen Marsh}}, {{Clinical Director}}
"""),

("si_report", A3, """SERIOUS INCIDENT INVESTIGATION – EXECUTIVE SUMMARY
StEIS: [[REF|2024/21877]]   Datix: [[REF|W198342]]   LFPSE: [[REF|LFPSE-7Q2-88104]]
Trust: {{Nottingham University Hospitals NHS Trust}}    Lead investigator: {{Dr Tomasz Wiśniewski}} (panel member)

1. Summary
On {{16/08/2024}} at approximately {{23:20}} a {{64-year-old}} woman, [[P|Mrs Halina Grabowska]], was conveyed by {{East Midlands Ambulance Service}} (incident [[REF|CAD 160824-0473]]) with chest pain. She waited {{3 h 40 min}} in the ambulance bay. An ECG taken by paramedic [[C|Liam Ashworth-Reid]] showed {{ST elevation in II, III, aVF}} but was not handed to the ED team. Triage nurse [[C|Olamide]] recorded {{pain score 6/10}}. [[P|Mrs Grabowska]] arrested at {{03:02}}; ROSC achieved after {{12 minutes}}; she was transferred for {{primary PCI}}.

2. Family involvement
Her husband, [[R|Mr Wojciech Grabowski]], and granddaughter [[R|Hope]] were met by the panel on {{4 October 2024}} at their home in [[A|Clifton Grove, Bulwell]]. [[R|Hope]] acted as interpreter; the panel has since recommended a professional {{Polish}} interpreter for future meetings.

3. Care and service delivery problems
 3.1 The handover ECG was placed in the patient's bag (see witness statement of [[C|HCA Nkechi Obi]]).
 3.2 The ambulance-bay nurse, [[C|Staff Nurse P. Whitcombe]] (NMC PIN [[G|09I4521E]]), was caring for {{9}} patients.
 3.3 The {{Manchester Triage System}} discriminator for cardiac pain was not applied.

4. Recommendations
 R1 Digital ECG transfer from crews. R2 Ambulance-bay staffing to {{1:4}}.

Approved by the Serious Incident Panel chair: {{Mr David Olufemi}}, {{Deputy Medical Director}}, {{18/11/2024}}.
"""),

("teams_chat_export", A4, """Microsoft Teams – chat: "Older Adults CMHT South"
[{{09:14}}] [[C|Gráinne Ní Mhaoláin]]: morning. [[P|Mrs B]] ([[P|Bronwen Ellis-Price]]) rang again re her son, says [[R|Owain]] took her bank card
[{{09:16}}] {{Mairéad Ní Bhriain}}: ok – is that the lady at [[A|Tŷ Gwyn, Heol y Felin, Pontyclun]]?
[{{09:16}}] [[C|Gráinne Ní Mhaoláin]]: yes. {{MoCA 17/30}} last month
[{{09:18}}] {{Mairéad Ní Bhriain}}: raise safeguarding. Ref when you have it pls
[{{10:02}}] [[C|Gráinne Ní Mhaoláin]]: done – [[REF|ASG-2025-04471]], adult safeguarding team, worker [[C|Dewi]]
[{{10:05}}] [[C|Marek]] (SW): i know [[R|owain price]] from the Pontyclun patch, he is her carer on paper. Will do joint visit thurs
[{{10:07}}] {{Mairéad Ní Bhriain}}: thanks Marek. Also bump her {{donepezil to 10 mg}} review, and check {{B12}}
[{{10:40}}] [[C|Gráinne Ní Mhaoláin]]: RiO [[H|1008837214]] updated

Exported by {{Dr Mairéad Ní Bhriain}} ({{GMC 7051348}}) as evidence of MDT working and safeguarding. Verified: {{Dr Alun Bevan}}, {{Consultant Old Age Psychiatrist}}, {{Cwm Taf Morgannwg University Health Board}}.
"""),

("case_based_discussion", A2, """CbD – {{Paediatrics}} – {{Leicester Royal Infirmary}}, {{Children's Hospital}}
Trainee/applicant: {{Dr Priya Venkataraman}} ({{PV}})   Assessor: {{Dr Gareth Lloyd-Morgan}}, {{Consultant Paediatrician}}
Date: {{19/06/2024}}

Case: {{4-year-old}} girl ({{female}}, {{DOB 23/02/2020}}), [[P|Amara-Grace Boateng]], PAS [[H|L0932271]], admitted with {{bronchiolitis}}? – actually {{viral-induced wheeze}}, {{SpO2 89%}} in air. Mum [[R|Efua]] reported a similar episode at nursery ([[A|Little Acorns, Braunstone]]). Dad, [[R|Kwame Boateng]], works nights.

Discussion points: use of {{salbutamol 100 micrograms}} via spacer, {{10 puffs}}; {{prednisolone 20 mg}} for {{3 days}}; threshold for {{magnesium sulphate}}; {{PRAM score}}; safety-netting. [[P|Amara-Grace]]'s older sibling [[R|Kojo]] has asthma. {{PV}} explained the plan clearly to [[R|Efua]] using teach-back.

Assessor's comments: Good structured reasoning; consider {{BTS/SIGN}} guidance on discharge criteria.
Overall: {{Meets expectations for ST6}}.
"""),

("sticky_note_list", A1, """[yellow post-it photo transcribed]
JOBS – wed
- bld cx for mrs [[P|adeyemi]] (bay 3) – [[P|Hope Adeyemi]] not [[P|Hope A]] in bay 5!!
- [[P|hope ADEYEMI-ROSS]] bay 5 – {{K+ 6.1}} → {{calcium gluconate}}, ECG
- ring [[R|Sunita]] (dtr of [[P|Mr Kapoor]]) [[PH|07700 900781]]
- TTO for [[P|J.McA]] – {{ramipril 2.5 mg}}
- [[P|wee jimmy]] bed 6 – wants to go home to [[A|Ballymena]]
- {{D-dimer}} for [[P|Pat (Patience) Ofori]]
- x2 {{ReSPECT}} forms
bleep [[PH|6620]]
"""),

("reflection", A3, """Reflection – breaking bad news in the ED
{{Dr Tomasz Wiśniewski}}, {{GMC 7409176}}, {{Queen's Medical Centre}}

It was a Sunday afternoon when [[P|Brook]] – a {{17-year-old}} ({{male}}) from [[A|Newark]] whose full name I will never forget, [[P|Brook Halloran-Achebe]] – was brought in after a motorbike collision on the [[A|A46 near the Saxondale roundabout]]. His girlfriend, [[R|Leah]], had followed the ambulance. His mother [[R|Mrs Nnenna Achebe]] arrived forty minutes later with his younger brother [[R|Chidi]].

The trauma team leader was [[C|Dr Rupert Falconer-Smythe]]; I was the doctor who spoke to the family after {{35 minutes}} of resuscitation including {{resuscitative thoracotomy}}. [[R|Mrs Achebe]] kept calling him "[[P|Brookie]]" and asked if she could hold his hand. The police family liaison officer, [[C|DC Sarah Lumb]], gave me the collision reference [[REF|NTP-240612-0883]] and later the coroner's officer, [[C|Mr Ian Threlfall]], phoned about the inquest (coroner's ref [[REF|NOT/INQ/2024/1177]]).

What I would do differently: I would bring the chaplain earlier and I would not use the phrase "we did everything we could" before the family had sat down. I have since taught this case (anonymised) at the {{FY1 teaching}} on {{09/09/2024}}.

Supervisor sign-off: {{Dr Aoife Brennan}}
"""),

("audit_summary", A1, """Re-audit: VTE risk assessment within 14 hours of admission – {{Acute Medical Unit}}
Auditor: {{Dr O. Adebayo-Clarke}} ({{OAC}}).  Supervisor: {{Dr Helen Marsh}}.  Registered: {{AUD-AMU-2025-06}}

Cycle 1 ({{Jan 2025}}): {{62/100}} compliant ({{62%}}).  Cycle 2 ({{Apr 2025}}): {{91/100}} ({{91%}}).
Standard: {{NICE NG89}}. Target {{95%}}.

Intervention: admission proforma prompt, {{enoxaparin 40 mg}} default with renal adjustment (< {{30 mL/min}}: {{20 mg}}).
Teaching session delivered {{12/02/2025}} to {{14}} FY doctors.

No patient-identifiable data were collected; sampling by consecutive admission number. One record ([[P|Mr Brendan Ó Sé]], [[H|RD4302281]]) was duplicated and removed.
Results presented at {{Directorate Audit Meeting}} {{30/04/2025}}.
"""),

("mini_cex", A4, """Mini-CEX – {{Old Age Psychiatry}} – {{Royal Glamorgan Hospital}}, {{Ward 22 (Cwm Rhondda)}}
Assessor: {{Dr Alun Bevan}}   Doctor: {{Dr M. Ní Bhriain}}   Date {{03/10/2024}}

Clinical setting: inpatient. Focus: capacity assessment for discharge destination.
Patient: {{83}}, {{female}}, {{DOB 14/01/1941}}, ‘[[P|Nain]]’ to staff – [[P|Mrs Gwenllian ap Rhys]] – {{Alzheimer's disease}} ({{F00.1}}), admitted from home at [[A|Hafod Farm, Llanharry]] after being found in the lane at night by [[R|Mr Emyr Watkins]], the farmer next door.

Her grandson [[R|Iolo]] (LPA for health and welfare) wished her to return home with a care package; the social worker, [[C|Ms Kateryna Melnyk]], advised {{24-hour care}}.

{{MNB}} assessed capacity using the two-stage test of the {{Mental Capacity Act 2005}} with a Welsh-speaking {{HCA}} interpreting. Rating: {{7/9}} overall.
"""),

("safeguarding_referral", A2, """MULTI-AGENCY REFERRAL FORM (MARF) – extract
Referral no.: [[REF|LSCB-MARF-24-06618]]   Police ref: [[REF|LP-1124-009931]]   Date {{02/12/2024}}

Child: [[P|Wiktoria Lis-Nowak]], {{DOB 30/07/2021}} ({{3 years}}), {{female}}
NHS no. [[N|6142 009 833]]    Hospital no. [[H|L1048822]]
Address: [[A|Flat 3, Carlton House, 41 Narborough Road, Leicester]] [[PC|LE3 0BQ]]
School/nursery: [[A|St Saviour's Pre-School, Leicester]]
Mother: [[R|Aleksandra Lis]] – mobile [[PH|07700 900533]]
Mother's partner: [[R|Dean "Deano" Corcoran]]
GP: [[C|Dr Farah Siddiqui]], [[A|Westcotes Health Centre]], tel [[PH|0116 496 0831]]

Concern: {{3 bruises}} to left pinna and {{petechiae}} behind ear, inconsistent history. {{Skeletal survey}} and {{coagulation screen}} requested per {{RCPCH child protection companion}}.
Reported by: {{Dr Priya Venkataraman}}, {{Paediatric Registrar}}.
Named doctor informed: {{Dr Gareth Lloyd-Morgan}}.
"""),

("teaching_feedback", A3, """Teaching feedback summary – "Sepsis in the ED" – {{Queen's Medical Centre}} – {{14/01/2025}}
Teacher: {{Dr Tomasz Wiśniewski}}

Attendees: {{22}} (FY1 {{9}}, FY2 {{6}}, ACCS {{4}}, ANP {{3}})
Mean rating {{4.6/5}}. 

Selected comments:
"Clear explanation of {{qSOFA}} vs {{NEWS2}}" 
"Great cases, liked the {{Sepsis Six}} quiz"
"{{Tomasz}} was very approachable" 
"Would like more on {{lactate}} interpretation"

Organiser: {{Dr Aoife Brennan}}, {{Foundation Training Programme Director}}
"""),

("statement", A1, """WITNESS STATEMENT (prepared for the coroner)
Coroner's ref: [[REF|DER-2025-0193]]   Police ref: [[REF|DC/2025/001872]]
In the matter of: [[P|Margaret Anne "Peggy" O'Hara]] (deceased), {{DOB 05/05/1944}}, [[H|RD1987765]]

I, {{Dr Oluwaseun Adebayo-Clarke}}, {{GMC 7134582}}, make this statement from my memory and the clinical records.

1. On {{18 February 2025}} at {{21:15}} I was asked by [[C|Staff Nurse Tadhg Brennan]] to review [[P|Mrs O'Hara]] on {{Ward 306}}, {{bed 11}}. She had fallen at {{20:50}} while walking to the toilet.
2. She was on {{apixaban 2.5 mg BD}} for {{atrial fibrillation}}. I requested a {{CT head}}, which was reported at {{23:48}} by [[C|Dr Ifeoma Chukwuemeka]] as showing an {{acute subdural haematoma}}.
3. I telephoned her nephew and next of kin, [[R|Mr Colm O'Hara]], on [[PH|07700 900144]] at {{00:10}}. He said "[[P|Peggy]]" had fallen (the family have since set up [[U|https://www.justgiving.example/page/peggy-ohara-falls]]) twice at home at [[A|Holly Lodge, Ashbourne Road, Derby]] in January.
4. The neurosurgical registrar, [[C|Mr Sandeep Bhattacharya]], advised conservative management.
5. [[P|Mrs O'Hara]] died at {{06:22}} on {{19 February 2025}}.

I believe the facts in this statement are true.
Signed {{Dr Oluwaseun Adebayo-Clarke}}   Dated {{03/03/2025}}
"""),

("whiteboard_transcription", A2, """NNU whiteboard – transcribed {{06/03/2025}} {{08:00}} (photo deleted)

Cot | Name | GA | Wt | Notes
{{1}} | [[P|Baby of Chiamaka EZE]] | {{27+3}} | {{0.98 kg}} | {{CPAP 6}}, {{FiO2 0.3}}
{{2}} | [[P|TWIN 1 Ó BRAONÁIN]] | {{32+1}} | {{1.62 kg}} | phototx, SBR {{212}}
{{3}} | [[P|TWIN 2 Ó BRAONÁIN]] | {{32+1}} | {{1.48 kg}} | NGT feeds
{{4}} | [[P|Ayaan]] | {{36+6}} | {{2.31 kg}} | ?sepsis, {{benzylpenicillin + gentamicin}}
{{5}} | [[P|Lily-Mae]] | {{38+2}} | {{3.05 kg}} | {{NAS}} – mum [[R|Kayleigh]] on methadone, SW [[C|Toby]]
{{6}} | empty

Nurse in charge: [[C|Precious]]. Reg: {{PV}}. Consultant: {{Dr Lloyd-Morgan}}
"""),

("logbook_extract", A3, """Procedural log – {{Dr Tomasz Wiśniewski}} – {{2024}}

Date | Procedure | Pt ID | Age/Sex | Supervision | Outcome
{{03/02/2024}} | {{RSI}} | [[H|E24-010233]] | {{71 M}} | {{Indirect}} | uneventful
{{11/02/2024}} | {{Chest drain (Seldinger) 14F}} | [[H|E24-013874]] | {{24 M}} | {{Independent}} | uneventful
{{28/02/2024}} | {{Procedural sedation (ketamine 1 mg/kg)}} | [[H|E24-019002]] | {{8 F}} | {{Independent}} | vomiting ×1
{{02/03/2024}} | {{Fascia iliaca block}} | [[P|M.O'D]] | {{88 F}} | {{Independent}} | good analgesia
{{14/03/2024}} | {{Reduction of ankle fracture-dislocation}} | [[P|KJ]] / [[H|E24-024119]] | {{45 F}} | {{Independent}} | {{neurovascularly intact}}
{{20/03/2024}} | {{DC cardioversion 150 J}} | [[H|2403201147]] | {{59 M}} | {{Direct}} | {{sinus rhythm}}

Countersigned: {{Dr Aoife Brennan}} ({{GMC 6011234}})
"""),

("supervisor_letter", A4, """To whom it may concern

I have been {{Dr Mairéad Ní Bhriain}}'s clinical supervisor at {{Cwm Taf Morgannwg University Health Board}} since {{August 2022}}. {{Dr Ní Bhriain}} holds a consultant-level caseload in the {{Older Adult Community Mental Health Team}}, runs the {{memory assessment service}} clinic on Tuesdays at {{Dewi Sant Hospital}}, and supervises two {{core trainees}}.

I have observed her lead complex best-interests meetings and teach on the {{Mental Health (Wales) Measure 2010}}. She is reliable, kind and clinically excellent.

{{Dr Alun Bevan}}
{{Consultant Old Age Psychiatrist}}, {{GMC 4410982}}
{{Royal Glamorgan Hospital}}, {{Ynysmaerdy}}
"""),

("discharge_summary", A2, """DISCHARGE SUMMARY – {{Leicester Royal Infirmary}} – {{Ward 27}}
Patient: [[P|SINGH-BAJWA, Gurleen Kaur]]   DOB: {{09/11/2016}}   Sex: {{F}}
NHS No: [[N|9453218876]]    Hospital No: [[H|L0775102]]
Address: [[A|18 Hope Street, Oadby]], [[PC|LE2 5UY]]
GP: [[C|Dr Kieran Ó Floinn]], [[A|14 Stoughton Road, Oadby]]
Admitted {{12/09/2024}}  Discharged {{15/09/2024}}
Diagnosis: {{DKA}} – new presentation {{type 1 diabetes}} ({{E10.1}})
Admission {{pH 7.08}}, {{bicarbonate 6}}, {{glucose 31.2 mmol/L}}, {{ketones 5.8}}.
Managed per {{BSPED DKA guideline 2021}}. Discharged on {{insulin glargine 8 units}} nocte and {{NovoRapid}} {{1 unit:10 g}} carbohydrate.
Follow-up: Diabetes nurse [[C|Marianne Dubois-Taylor]] will visit school ([[A|Manor High School, Oadby]]).
Summary by: {{Dr P. Venkataraman}}
"""),

("rota_document", A3, """ED middle-grade rota – {{December 2024}} (extract) – {{Queen's Medical Centre}}
Prepared by {{Dr T. Wiśniewski}} (rota lead)

Week | Mon | Tue | Wed | Thu | Fri | Sat | Sun
{{49}} | [[C|JB]] | [[C|KW]] | {{TW}} | [[C|FN]] | [[C|JB]] | [[C|OS-L]] | [[C|OS-L]]
{{50}} | {{TW}} | [[C|FN]] | [[C|RR]] | [[C|RR]] | [[C|KW]] | {{TW}} | {{TW}}
{{51}} | [[C|OS-L]] | [[C|JB]] | [[C|JB]] | [[C|KW]] | [[C|FN]] | [[C|RR]] | locum

Gaps filled: {{3}} of {{5}}. Locum agency requests sent {{18/11/2024}}.
Signed off: {{Dr Aoife Brennan}}, {{Clinical Lead}}
"""),

("case_history", A4, """Case history with reflection (Domain: {{Communication, partnership and teamwork}})
{{Dr Mairéad Ní Bhriain}}

[[P|Mr Andrzej Wróblewski]], {{79}}, a retired miner from [[A|Tonyrefail]], was referred by his GP, [[C|Dr Llinos Pugh]], with {{low mood}} and weight loss of {{8 kg}} after his wife [[R|Teresa]] died. His only son, [[R|Piotr]], lives in Gdańsk; his neighbour [[R|Mrs Blodwen Harries]] brings him meals and came to the first appointment.

{{PHQ-9 21}}; {{GDS-15 12}}; no psychotic features; {{Addenbrooke's Cognitive Examination III 86/100}}. I started {{mirtazapine 15 mg}} nocte and asked the CPN, [[C|Rhodri]], to visit weekly. Six weeks later [[P|Andrzej]] told me, through the {{Language Line}} interpreter, that he had been "keeping the gas off" to save money. With his agreement I referred him to [[C|Mr Sion Davies]] at the council's {{warm homes}} team (ref [[REF|RCT-WH-118204]]).

Reflection: the most effective intervention in this case was not the antidepressant.
Verified by {{Dr Alun Bevan}}.
"""),

("msf_summary", A1, """Multi-source feedback (360°) summary – {{Dr Oluwaseun Adebayo-Clarke}} – {{2024/25}}
Raters: {{17}} (consultants {{4}}, registrars {{3}}, nurses {{6}}, AHPs {{2}}, admin {{2}})
Domain means (1–6): clinical {{5.5}}, communication {{5.3}}, teamwork {{5.6}}, probity {{5.9}}
Free text:
- "{{Dr A-C}} is the registrar I most like to be on with" (nurse)
- "{{Seun}} teaches on every ward round" (FY1)
- "Could delegate more" (consultant)
- "Handled [[P|Mr Kaczmarek]]'s family superbly" (nurse)
Facilitated by {{Dr Helen Marsh}} on {{15/05/2025}}.
"""),

("referral_letter", A2, """{{Leicester Children's Hospital}} – Paediatric Neurology referral

Dear [[C|Dr Obi-Wankwo]],

Re: [[P|Tadhg Mac Lochlainn]], {{DOB 17/04/2018}}, [[H|L0821993]], NHS [[N|718 204 6652]]
[[A|The Old Rectory, Church Lane, Great Glen]], [[PC|LE8 9FJ]]

Thank you for seeing this {{6-year-old}} boy with {{focal seizures}} ({{G40.1}}). His parents, [[R|Niamh]] and [[R|Pádraig Mac Lochlainn]], describe episodes of right arm jerking lasting {{60–90 seconds}}. EEG {{18/10/2024}}: left centrotemporal spikes. Started {{levetiracetam 10 mg/kg BD}}.

His teacher, [[R|Miss Jolene Farrow]] at [[A|Great Glen St Cuthbert's C of E Primary]], has filmed two episodes; video is held by the family (please do not request via email to [[E|niamh.maclochlainn@example.com]]).

Yours sincerely,
{{Dr Priya Venkataraman}}, {{Paediatric Registrar}}, on behalf of {{Dr Gareth Lloyd-Morgan}}
cc [[C|Dr Kieran Ó Floinn]], GP
"""),

("cpd_certificate", A3, """CERTIFICATE OF ATTENDANCE
{{Advanced Paediatric Life Support (APLS)}} – {{Advanced Life Support Group}}
This is to certify that {{Dr Tomasz Wiśniewski}} attended and successfully completed the course held at {{Nottingham City Hospital}} on {{4–6 June 2024}}.
{{CPD points: 18}}  Certificate no. {{APLS-24-NTM-0519}}
Course director: {{Dr Samira Haddad}}
"""),

("complaint_letter", A1, """[handwritten letter, transcribed]

[[A|Flat 2b, 90 Normanton Road, Derby]]
[[PC|DE23 6UR]]
tel [[PH|07700 900963]]

To the Complaints Manager, {{Royal Derby Hospital}}

I am writing about my mother, [[P|Mrs Ikram Begum]] ({{DOB 22/08/1950}}), who was on the Acute Medical Unit from {{2nd to 4th January 2025}}. Her hospital number is [[H|RD3873310]]. Nobody spoke to her in Urdu for two days. A doctor called [[C|Dr Mehmet]] or [[C|Dr Mehmood]] told her she was "fine to go" but she could not stand. When I rang, the nurse, [[C|Charlotte]], said she couldn't discuss it because I was "only the son". I am her carer and have been for six years.

Also my sister [[R|Nasreen Akhtar]] was told by someone on the phone on {{3rd Jan}} that mum had had a stroke which was not true.

I want a meeting. I would like the Registrar {{Dr Adebayo-Clarke}} to be there as he was the only one who listened.

[[R|Tariq Mahmood]]
"""),

("teams_chat_export", A2, """Teams – "Paeds Reg Handover"
[{{20:31}}] [[C|Hannah O'Driscoll-Finch]]: CED have a 2 yo with stridor, [[P|Freya]], dad says swallowed a button battery?? from [[A|Sunnybrook Nursery]]
[{{20:31}}] {{Priya Venkataraman}}: xray now, don't wait. ENT bleep?
[{{20:33}}] [[C|Hannah O'Driscoll-Finch]]: xray shows {{halo sign}} oesophagus. ENT reg [[C|Ben Adu]] on way
[{{20:34}}] {{Priya Venkataraman}}: give {{honey 10 mL}} if < {{12 h}} ingestion and not yet NBM decision by ENT
[{{20:47}}] [[C|Ben Adu]]: taking to theatre. family are [[R|the Wrights]], dad [[R|Nathan]] mob [[PH|07700 900207]]
[{{20:49}}] [[C|Hannah O'Driscoll-Finch]]: datix [[REF|WEB1123087]] for the nursery
[{{23:58}}] [[C|Ben Adu]]: battery out, mucosal burn only. [[P|freya wright]] to {{PICU}} overnight

Exported by {{Dr Priya Venkataraman}}, {{GMC 7220913}}. Verified {{Dr Gareth Lloyd-Morgan}}.
"""),

("patient_feedback", A4, """Patient and carer feedback questionnaire – {{Memory Assessment Service}} – results ({{n = 24}})
Doctor: {{Dr Mairéad Ní Bhriain}}
Overall satisfaction: {{96%}} good or very good.
Comments (copied verbatim; names removed where possible):
- "The doctor explained everything twice for my husband without rushing." 
- "Dr Ni Bhriain listened to Dad's stories about the pit." 
- "Would be better if the clinic at Dewi Sant had parking."
Collated by {{Practice Manager}} ({{June 2025}}). No patient identifiers recorded.
"""),

("m_and_m_minutes", A3, """ED Morbidity & Mortality meeting – minutes – {{28/11/2024}}
Chair: {{Dr Aoife Brennan}}   Presenting: {{Dr T. Wiśniewski}}   Minutes: [[C|Eilidh NicLeòid]]

Case 1: {{82 F}}, [[H|E24-201477]] – missed {{NOF}} on initial film, second film {{day 3}}. Discharged by [[C|Dr Sunil Varghese]] (FY2, GMC [[G|7712034]]) on {{9/11}}. Family (son [[R|Martin]]) raised concern via PALS [[REF|PALS-24-3381]]. Learning: repeat imaging if unable to weight-bear.
Case 2: {{34 M}}, [[P|J.K.]] – {{DKA}} with {{euglycaemic}} picture on {{dapagliflozin}}; {{pH 7.12}}, {{glucose 9.8}}.
Case 3: {{66 M}}, [[P|Mr Obinna Eze]] – {{aortic dissection}} presenting as back pain; {{ADD-RS 2}}; CT within {{47 min}}.
Actions: {{TW}} to update back-pain pathway by {{31/01/2025}}.
"""),

("reflection", A2, """Reflective note: when the parent is a colleague

In {{March 2025}} I looked after [[P|Ollie]], the {{9-month-old}} son of [[R|Dr Sinéad Kavanagh]], an anaesthetic registrar at our own hospital, and her husband [[R|Ruaidhrí]]. [[P|Oliver Kavanagh-Boyd]] had {{Kawasaki disease}} ({{M30.3}}) – {{fever for 6 days}}, {{CRP 178}}, {{platelets 612}}, {{ALT 88}}. We gave {{IVIG 2 g/kg}} and {{aspirin}}.

[[R|Sinéad]] asked to see his echocardiogram report before I had seen it. The cardiology registrar, [[C|Dr Yusuf Abdirahman]], showed it to her in the corridor. I escalated to {{Dr Gareth Lloyd-Morgan}} and we agreed a single point of contact. Later [[R|Sinéad]]'s own mother, [[R|Mrs Kathleen Boyd]], complained to the ward that she was excluded.

I learnt that treating colleagues' children needs the same boundaries, stated early. 
{{Dr Priya Venkataraman}}, {{ST6}}, {{Leicester Royal Infirmary}}
"""),

("prison_healthcare_letter", A1, """[[A|HMP Nottingham]] Healthcare – transfer letter
Date {{07/07/2025}}

Re: [[P|Mr Darius Kaczmarek-Flynn]], prison no. [[O|A7721CK]], NI no. [[O|QQ 12 34 56 C]], {{DOB 19/12/1988}}, NHS [[N|485 771 2093]]
Cell: [[A|B-wing 2-14]]

Dear Medical Registrar ({{Dr Adebayo-Clarke}}),
Thank you for admitting this man under the Acute Medical team on {{04/07/2025}} with {{infective endocarditis}} ({{I33.0}}); {{Staphylococcus aureus}} on {{2/2}} bottles, lab accession [[O|25M081442]]. Two officers, [[C|Officer Kemi Adeleke]] and [[C|Officer Craig Rowntree]], escorted him. Court appearance on {{15/07/2025}} at {{Nottingham Crown Court}} (case no. [[REF|T20257719]]) will need to be by video link.
{{Flucloxacillin 2 g 4-hourly IV}} for {{6 weeks}} – we cannot provide OPAT.
Healthcare manager: [[C|Ms Joanne Kettleborough]], [[PH|0115 496 0720]]
"""),

("ward_round_note", A4, """Ward 22 ward round {{12/11/2024}} – {{Dr MNB}} with CT2 [[C|Dr Bogdan Popescu]]
1. [[P|Mrs Rose Callaghan]] – settled; {{quetiapine 25 mg}} stopped; {{NPI 14}}. Daughter [[R|Bernadette]] visiting pm.
2. [[P|Mr Illtyd]] (the man from [[A|the Red Lion in Llantrisant]] – landlord) – {{delirium}} resolving; {{4AT 2}}.
3. [[P|Bet]] ([[P|Elizabeth Ann Morgan-Rees]]) – eating better, {{MUST 1}}. DoLS applied ref [[REF|DoLS/RCT/24/3318]].
4. Bed {{6}}: [[P|Mr Liu Jian]] – {{Lewy body dementia}}, {{rivastigmine patch 9.5 mg/24 h}}. Son [[R|Liu Wei]] to bring {{Mandarin}} speaking friend.
Plan {{TTO}} for {{2}}.
"""),

("job_plan", A3, """Job plan summary {{2024/25}} – {{Dr Tomasz Wiśniewski}}, {{Specialty Doctor}}, {{Emergency Medicine}}
{{Nottingham University Hospitals NHS Trust}}
DCC {{8.5 PA}}, SPA {{1.5 PA}}: clinical shifts (incl. {{resus lead}}), rota lead, {{FY teaching}}, M&M.
Agreed: {{Dr Aoife Brennan}} ({{Clinical Lead}}) and {{Mr David Olufemi}} ({{Deputy Medical Director}}), {{01/04/2024}}.
"""),

("handover_sheet", A2, """Paeds ward 11 handover {{night 22/02/2025}}
[[P|Zainab]] 14m, bronchiolitis, {{HFNC 2 L/kg/min}}, {{SpO2 94%}} – mum [[R|Hawa]] staying, speaks {{Somali}}
[[P|LEO BROOK]] 4y, {{#supracondylar}}, post-op, {{neurovascular obs 1-hrly}}
[[P|leo b-s]] (different Leo!!) 7y, {{appendicectomy day 1}}
[[P|Cerys ap Dafydd]] 11y, {{DKA}} – see bed {{4}} board, {{0.05 units/kg/h}}
[[P|Jayden]] 15y, overdose {{sertraline}}, CAMHS ax am – dad [[R|Wayne]] NOT to visit (police ref [[REF|LP-0225-441017]])
Reg: {{PV}}, SHO [[C|Agnieszka]], NIC [[C|Mo]]
"""),

("case_based_discussion", A1, """CbD – {{Acute Medicine}} – assessor {{Dr Helen Marsh}} – {{10/10/2024}}
Case: {{Addisonian crisis}} in a {{36-year-old}} woman ({{female}}), [[P|Ms Chloé Abernethy-Mbeki]], unit no. [[H|RD4101926]]. Presented via GP [[C|Dr Rhiannon Price]] with vomiting, {{Na 121}}, {{K 6.3}}, {{BP 78/40}}. {{Hydrocortisone 100 mg IV}} given within {{20 min}}; {{0.9% saline 1 L}} over {{1 h}}. Partner [[R|Jules]] reported she was on {{prednisolone 5 mg}} for {{Crohn's disease}}, stopped abruptly.
Discussion: sick-day rules, {{NHS Steroid Emergency Card}}, {{Society for Endocrinology}} guidance.
Global rating: {{above expected}}.
"""),

("email_thread", A4, """From: [[E|gwenda.harries@example.co.uk]]
To: {{Dr Mairéad Ní Bhriain}}
Subject: Dad – appointment

Dear Dr Ni Bhriain,
Thank you for seeing Dad ([[P|Wyn Harries]], NHS [[N|438 115 0092]]) on Tuesday. He has been muddled again since the fall at [[A|Tesco in Talbot Green]]. My brother [[R|Huw]] thinks it's the new tablets.
Best wishes, [[R|Gwenda]] ([[PH|07700 900350]])

-- reply --
Dear [[R|Ms Harries]], thank you. I have asked the CPN, [[C|Sioned Rowlands]], to call you. Please continue the {{memantine 10 mg}} and we will review on {{17 June}}.
{{Dr M. Ní Bhriain}}, {{Specialty Doctor}}, {{Old Age Psychiatry}}
"""),

("dops", A3, """DOPS – {{Lumbar puncture}} – {{Queen's Medical Centre ED}} – {{22/05/2024}}
Assessor: {{Dr Aoife Brennan}}   Trainee: {{Dr Tomasz Wiśniewski}}
Patient: {{27}}, {{F}}, ?{{subarachnoid haemorrhage}} – {{CT at 9 h}} negative. Unit no [[H|E24-088410]].
Opening pressure {{22 cm H2O}}; {{xanthochromia}} sample protected from light; {{4}} bottles.
Consent: verbal and documented. Rating: {{independent practice}}.
"""),
]
