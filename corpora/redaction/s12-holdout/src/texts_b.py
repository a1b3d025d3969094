from texts_a import A1, A2, A3, A4
A5 = "Dr Hamza Al-Tamimi"        # general surgery, GMC 7318825
A6 = "Dr Wei Zhang"              # obstetrics & gynaecology, GMC 7286640
A7 = "Dr Rhys ap Gwilym"         # geriatric medicine, GMC 6987123
A8 = "Dr Chidinma Okonkwo"       # intensive care / anaesthesia, GMC 7455019

DOCS_B = [
("operation_note", A5, """OPERATION NOTE – {{Ninewells Hospital}}, {{Theatre 6}}
Patient: [[P|MacLEOD, Murdo Iain]]   CHI: [[N|1204457731]]   DOB {{12/04/1945}}   {{M}}
Date {{09/01/2025}}   Surgeon: {{Mr Hamza Al-Tamimi}}   Assistant: [[C|Dr Yevheniia Bondarenko]] (CT1)   Anaesthetist: [[C|Dr Fionnlagh Mac a' Phearsain]]
Procedure: {{Emergency laparotomy, Hartmann's procedure}}
Findings: {{perforated sigmoid diverticulum}}, {{Hinchey IV}}, {{4 quadrant faecal peritonitis}}.
{{P-POSSUM mortality 34%}}; {{NELA}} risk {{28%}}.
Post-op: {{HDU}}, {{meropenem 1 g TDS}}, {{VTE: dalteparin 5000 units}}.
Next of kin: wife [[R|Catriona]] – [[PH|01632 960771]] – lives [[A|Tigh na Mara, Fearnan, Aberfeldy]]
Signed {{H. Al-Tamimi}} ({{GMC 7318825}})
"""),

("reflection", A5, """Reflection: the consent I should not have taken

{{Dr Hamza Al-Tamimi}}, {{Specialty Doctor}}, {{General Surgery}}, {{NHS Tayside}}

On {{17 October 2024}} I consented [[P|Ms Precious Nwosu-Fairweather]], {{41}}, for a {{laparoscopic cholecystectomy}}. She had come with her friend [[R|Ngozi]], who interpreted when [[P|Precious]] did not understand "bile duct injury". Only afterwards did I learn that [[R|Ngozi]] had told her the risk was "nothing, nothing at all". My consultant, {{Mr Euan Drummond}}, who supervised me, asked me to rebook the consent with a professional interpreter. The theatre coordinator, [[C|Aileen Boyle]], was unhappy because the list was full.

[[P|Ms Nwosu-Fairweather]] eventually had her operation on {{31 October}}; she wrote a card to the ward ("to Dr Hamza and the team in {{Ward 17}}") that I keep.

I have changed my practice: I do not accept family or friends as interpreters for consent (GMC {{Decision making and consent}}, {{2020}}, paras {{21–25}}).
Verified: {{Mr Euan Drummond}}, {{Consultant Colorectal Surgeon}}
"""),

("datix_report", A5, """DATIX INCIDENT REPORT – ref [[REF|DW-2025-118447]]
Reported by: {{Dr Hamza Al-Tamimi}}   Date/time of incident: {{04/02/2025 14:30}}   Location: {{Ward 17}}, {{Ninewells Hospital}}
Category: {{Medication – omitted dose}}   Harm: {{moderate}}

Description: [[P|Mr Ali Reza Hosseini]], {{72}}, unit no. [[H|T3381029]], did not receive his {{Parkinson's}} medication ({{co-careldopa 25/100}} at {{12:00}}) while NBM for {{small bowel obstruction}}. He became rigid and aspirated. Night nurse [[C|Bethan Pritchard-Jones]] had flagged it at handover to the day SHO, [[C|Dr Kareem El-Masry]]. The pharmacist [[C|Ms Lai Ting Wong]] recommended {{rotigotine patch 4 mg/24 h}}. His son [[R|Mehdi]] raised concern at {{16:00}} and has asked for a copy of this report by email ([[E|mehdi.hosseini@example.net]]).
Immediate action: {{rotigotine}} started; {{Parkinson's UK}} "Get It On Time" reminder circulated.
Manager reviewing: [[C|Sister Morag Buchanan]]
"""),

("mdt_minutes", A5, """Upper GI cancer MDT – {{Ninewells Hospital}} – {{14/03/2025}}
Chair: {{Mr Euan Drummond}}; present: {{Mr Hamza Al-Tamimi}}, radiology [[C|Dr Ruaraidh Grant]], pathology [[C|Dr Seo-yeon Park]], CNS [[C|Fiona]].

1. [[P|Mrs Jeannie Robertson]], {{69 F}}, CHI [[N|0511563362]] – {{oesophageal adenocarcinoma}} {{T3N1M0}} ({{C15.5}}). Plan: {{FLOT}} ×{{4}} then {{Ivor Lewis}}.
2. [[P|Mr Kwabena Asante-Darko]], {{58 M}}, [[H|T3019985]] – {{gastric GIST 6 cm}}; {{imatinib 400 mg}}.
3. [[P|D.McK]], {{81 M}} – {{ECOG 3}}; best supportive care; GP [[C|Dr Ishbel Fraser]] informed.
4. [[P|Rasa Kazlauskienė]], {{47 F}} – {{Barrett's oesophagus}} with {{HGD}}; {{EMR}}.
"""),

("teaching_feedback", A5, """Teaching – "Acute abdomen for FY doctors" – {{23/01/2025}}, {{Ninewells Hospital}}
Presenter: {{Dr Hamza Al-Tamimi}}. Attendance {{16}}. Average {{4.8/5}}.
Comments: "Loved the {{Alvarado score}} cases, esp. [[P|Mrs Dunbar]] from bay 2"; "{{Dr Al-Tamimi}} explained {{Rigler's sign}} brilliantly"; "More on {{Glasgow-Imrie}} please".
Certified by {{Mr Euan Drummond}}, {{College Tutor}}.
"""),

("complaint_response", A6, """Complaint reference: [[REF|PET-CMP-24-2210]]
Datix: [[REF|C-88213]]

[[R|Mr Adebowale Ogunleye]]
[[A|33 Sefton Park Road, Bristol]] [[PC|BS7 9AW]]

{{20 November 2024}}

Dear [[R|Mr Ogunleye]],

Thank you for your letter about the care of your wife, [[P|Mrs Funmilayo Ogunleye]], on the {{Central Delivery Suite}} at {{St Michael's Hospital}} on {{2 October 2024}}. As the registrar on duty, I have been asked to respond.

You describe waiting over an hour for an epidural after [[P|Funmi]] requested one at {{03:10}}. The anaesthetist, [[C|Dr Lorcan Mulrooney]], was in theatre for a {{category 1 caesarean section}}. The midwife, [[C|Ms Delyth Jenkins]], recorded {{cervical dilatation 6 cm}} at {{03:30}}. I accept that no one explained the delay to you.

You also ask why [[P|Mrs Ogunleye]]'s {{postpartum haemorrhage}} ({{EBL 1,800 mL}}) was managed in the room rather than theatre: {{oxytocin}}, {{carboprost 250 micrograms IM}} and {{tranexamic acid 1 g}} controlled the bleeding within {{25 minutes}}. Your daughter, baby [[P|Ifeoluwa]], was well throughout.

Yours sincerely,
{{Dr Wei Zhang}}
Specialty Doctor, Obstetrics and Gynaecology, {{North Bristol NHS Trust}}
Countersigned: {{Miss Eleanor Pike}}, {{Consultant Obstetrician}}
"""),

("whatsapp_export", A6, """WhatsApp – "Labour Ward Regs 🤰"
{{01/03/2025}}, {{21:14}} - [[C|Jess Ó Riain]]: room 7 ([[P|mrs quayson]]) CTG pathological, FBS pH {{7.19}}
{{01/03/2025}}, {{21:15}} - Wei Zhang: coming. call {{cat 2 CS}}
{{01/03/2025}}, {{21:16}} - [[C|Jess Ó Riain]]: husband [[R|Kofi]] v anxious. Her mum is [[R|Auntie Grace]], from church, also here lol
{{01/03/2025}}, {{21:40}} - Wei Zhang: baby out {{21:38}}, {{Apgars 6 and 9}}, cord pH {{7.16}}
{{01/03/2025}}, {{21:52}} - [[C|Mirela]] (ODP): swab count correct. Her MRN is [[H|NB-0672281]] for the datix pls
{{01/03/2025}}, {{22:03}} - [[C|Jess Ó Riain]]: done [[REF|C-90114]]
{{01/03/2025}}, {{22:05}} - Wei Zhang: thanks all. [[P|Abena Quayson]] and baby to {{postnatal ward 76}}
Exported by {{Dr Wei Zhang}} ({{GMC 7286640}}); verified {{Miss Eleanor Pike}}.
"""),

("case_history", A6, """Case history: ruptured ectopic pregnancy in a woman without a shared language
{{Dr Wei Zhang}}

[[P|Ms Ling Chen]] ({{DOB 03/08/1997}}, {{female}}) presented to the {{Early Pregnancy Assessment Unit}} at {{Southmead Hospital}} with pelvic pain. She spoke {{Mandarin}}; her housemate [[R|Xiaoyu]] brought her from their flat above [[A|the Golden Dragon takeaway on Gloucester Road]]. {{Beta-hCG 3,420 IU/L}}; TVUS showed {{free fluid}} and {{left adnexal mass 3.2 cm}}. I spoke to [[P|Ms Chen]] in Mandarin myself and explained {{laparoscopic salpingectomy}}. She asked me not to tell her boyfriend, [[R|Daniel Hargreaves]], who telephoned the ward on [[PH|07700 900614]].

We agreed she could decline disclosure; the nurse in charge, [[C|Shauna McGuigan]], put a password on her records. 

Reflection: I reflected on using my own language skill versus the trust's interpreter service; for consent I later asked a {{Language Line}} interpreter to confirm.
Verified {{Miss Eleanor Pike}}.
"""),

("handover_sheet", A6, """GYNAE WARD 78 HANDOVER – {{Sat 15/02/2025}}
B1 [[P|O'NEILL-BRENNAN, Saoirse]] [[H|NB-0551902]] – {{hyperemesis}}, {{PUQE 14}}, {{cyclizine 50 mg TDS}}
B2 [[P|Dobrescu]] – post {{TAH}} day 2, {{Hb 84}}, consider {{iron}}
B3 [[P|AKINTOLA Bisi]] – {{ovarian hyperstimulation}}, fluid balance
B4 [[P|Tayla Swifte]] – {{miscarriage}}, {{misoprostol 800 micrograms}} PV
B5 empty
B6 [[P|Aoife]] – ({{17}}) ? {{PID}}, {{ceftriaxone 1 g}} – sister [[R|Clodagh]] is next of kin
NB [[P|BAZ]] ([[P|Barbara Zieliński]]) in side room – MRSA
Reg {{WZ}}
"""),

("court_report", A6, """REPORT FOR THE FAMILY COURT – expert-lite report by treating clinician
Case no: [[REF|BS24P01187]]    Local authority ref: [[REF|BCC-CSC-662190]]
Child: [[P|Baby K]] ([[P|Kyrie Lennox-Mwangi]]), born {{12/06/2024}} at {{Southmead Hospital}}
Mother: [[R|Ms Tiana Lennox]]   Father: [[R|Mr Brian Mwangi]]

I am {{Dr Wei Zhang}}, {{GMC 7286640}}, the obstetric registrar who cared for [[R|Ms Lennox]] antenatally from {{28 weeks}}. She disclosed {{heroin}} use at booking to midwife [[C|Ruth Annesley]] and was on {{methadone 60 mg}} daily, prescribed by the {{Bristol Drugs Project}} (keyworker [[C|Dom]]). Her {{HIV}} and {{hepatitis C}} screens were negative. The baby's {{Finnegan score}} peaked at {{11}} on day 3 and he received {{oral morphine}}.

Exhibit references: [[REF|WZ/1]] (antenatal record), [[REF|WZ/2]] (CTG), [[REF|WZ/3]] (SCBU discharge letter).

I confirm the statement of truth.
{{Dr Wei Zhang}}, {{14/11/2024}}
"""),

("audit_summary", A6, """Audit: Time from decision to delivery for category 1 caesarean sections, {{2024}}
{{North Bristol NHS Trust}} – {{Dr Wei Zhang}}, supervised by {{Miss Eleanor Pike}}
Standard ({{RCOG}}/{{NICE NG192}}): within {{30 minutes}}.
n = {{58}}; median {{24 min}} (IQR {{19–31}}); {{74%}} within {{30 min}}. 
Delays: {{theatre occupied (9)}}, {{anaesthetist unavailable (4)}}, {{transfer from MLU (2)}}.
Data from theatre system; no patient identifiers retained.
"""),

("mini_cex", A7, """Mini-CEX – {{Geriatric Medicine}} – {{Ysbyty Gwynedd}}, {{Ward Dewi}}
Assessor: {{Dr Angharad Llewelyn}}   Doctor: {{Dr Rhys ap Gwilym}}   {{12/12/2024}}
Patient: {{91}}, {{male}}, [[P|Mr Emrys "Taid" Roberts]], from [[A|Bryn Awel, Llanberis]], admitted with {{falls}} and {{postural hypotension}} ({{lying 138/72, standing 104/60}}). {{Clinical Frailty Scale 6}}. Medications reviewed with {{STOPP/START}}: {{doxazosin}} stopped; {{tamsulosin}} continued.
Communication: {{RaG}} conducted the consultation in Welsh with [[P|Mr Roberts]] and his daughter-in-law [[R|Eirlys]].
Rating {{8/9}}.
"""),

("reflection", A7, """Reflection – "he's just a bed-blocker"

I overheard the phrase in the doctors' office on {{Ward Dewi}} about [[P|Mr Gwynfor Jones-Parry]], a {{94-year-old}} retired quarryman waiting {{41 days}} for a care-home bed at [[A|Plas Hedd, Room 9]]. The speaker was [[C|Dr Callum Rees-Whitfield]], a locum SHO. [[P|Gwynfor]]'s wife, [[R|Mrs Myfanwy Jones-Parry]], was sitting in the bay opposite with her walking frame.

I spoke to [[C|Dr Rees-Whitfield]] privately that afternoon. I also raised the language with the ward manager, [[C|Carys Lloyd]], and it became the topic of our {{Schwartz Round}} on {{20/03/2025}}.

[[P|Mr Jones-Parry]] moved to the home on {{26/03/2025}}; his granddaughter [[R|Lowri]] emailed the ward to thank us.

{{Dr Rhys ap Gwilym}}, {{GMC 6987123}}. Educational supervisor {{Dr Angharad Llewelyn}}.
"""),

("comprehensive_geriatric_assessment", A7, """Comprehensive Geriatric Assessment – {{Ysbyty Gwynedd}}
Name: [[P|MRS SIÂN MAIR PRITCHARD]]   Unit no: [[H|G2239915]]   NHS: [[N|702 339 1846]]   DOB {{17/03/1933}}   Sex {{F}}
Lives: alone, [[A|2 Tan y Bryn, Bethesda]], [[PC|LL57 3XY]]; daughter [[R|Nia Pritchard-Evans]] ([[PH|01632 960112]]) visits daily. Neighbour [[R|Dilys]] has a key.
PMH: {{AF}} ({{CHA2DS2-VASc 5}}, {{ORBIT 2}}), {{CKD 3b}} ({{eGFR 38}}), {{osteoporosis}} ({{FRAX 24%}}).
Function: {{Barthel 14/20}}; {{Rockwood CFS 5}}; {{4AT 0}}; {{MUST 0}}.
Drugs: {{edoxaban 30 mg}}, {{bisoprolol 2.5 mg}}, {{alendronic acid 70 mg weekly}}.
Plan: {{TTO}}, {{OT home visit}}, {{Lifeline}} pendant.
Completed by {{Dr R. ap Gwilym}}
"""),

("whatsapp_export", A7, """[{{18:02}}] [[C|Sion PA]]: Rhys can you ring [[P|Nancy Williams-Brook]]'s son, he's on [[PH|07700 900812]], she is off her legs again
[{{18:05}}] Rhys ap Gwilym: is that the lady from [[A|Caffi Glan y Môr]] in Caernarfon? (she ran it)
[{{18:05}}] [[C|Sion PA]]: yes! son is [[R|Brook]] lol, she named him after herself
[{{18:06}}] Rhys ap Gwilym: 😂 ok will ring. {{CK}} and {{sodium}}?
[{{18:07}}] [[C|Sion PA]]: Na {{128}}, CK {{2100}}
[{{18:30}}] Rhys ap Gwilym: spoke to [[R|Brook Williams]]. She's for admission. bed manager is [[C|Gerallt]], bed bureau ref [[O|BB-25-03318]]
Exported by {{Dr Rhys ap Gwilym}}. Verified {{Dr Angharad Llewelyn}}.
"""),

("coroner_statement", A7, """Statement to HM Senior Coroner for North West Wales
Inquest touching the death of [[P|Thomas Aled Owen]] – coroner's ref [[REF|NWW/2024/0561]]
Police ref: [[REF|NWP-24-018372]]   Hospital no: [[H|G1902277]]

1. I am {{Dr Rhys ap Gwilym}}, {{Specialty Doctor in Geriatric Medicine}} at {{Ysbyty Gwynedd}}, {{Betsi Cadwaladr University Health Board}}.
2. [[P|Mr Owen]], {{86}}, was admitted from [[A|Cartref Tawel Nursing Home, Room 12, Penrhosgarnedd]] on {{3 August 2024}} with a {{fractured neck of femur}} after an unwitnessed fall. Staff nurse [[C|Aled Huws]] at the home called the ambulance (CAD [[REF|WAST-030824-2219]]).
3. He underwent {{hemiarthroplasty}} on {{4 August}} by [[C|Mr Conall O'Flaherty]]. On {{7 August}} he developed {{hospital-acquired pneumonia}}; {{CURB-65 3}}.
4. His son [[R|Gareth Owen]] and daughter [[R|Menna Owen-Thomas]] agreed a ceiling of ward-based care.
5. [[P|Mr Owen]] died at {{04:15}} on {{9 August 2024}}.
Signed {{Dr Rhys ap Gwilym}}, {{GMC 6987123}}, {{02/10/2024}}
"""),

("patient_list", A7, """FRAILTY LIST – ward Dewi – consultant {{Dr Llewelyn}}
{{1}}  [[P|IW]]  {{88}}  {{CFS 7}}  [[H|G2310455]]  {{delirium}}
{{2}}  [[P|MEH]]  {{79}}  {{CFS 5}}  [[H|G2307741]]  {{UTI}}
{{3}}  [[P|jd]]  {{92}}  {{CFS 8}}  [[H|2310982]]  EOL – {{ReSPECT}} done
{{4}}  [[P|P Ní C]]  {{84}}  {{CFS 6}}  [[H|G2291007]]  {{falls}}
{{5}}  [[P|"Ceri Bach"]]  {{90}}  {{CFS 6}}  [[H|G2300118]]  {{AKI}} – creat {{212}}
{{6}}  [[P|KO]]  {{77}}  {{CFS 4}}  [[H|2304476]]  {{cellulitis}}
"""),

("cpd_certificate", A7, """Royal College of Physicians of Edinburgh – Certificate
{{Dr Rhys ap Gwilym}} attended "{{Frailty in the Acute Setting}}" on {{5 March 2025}}. {{CPD credits: 6}}.
"""),

("ward_round_note", A8, """ICU ward round – {{University Hospital of Wales}}, {{Cardiff}} – {{11/04/2025}}
Consultant: {{Dr Huw Jenkins-Beddoe}}; Reg: {{Dr C. Okonkwo}}; ACCP [[C|Ms Amaka Ibe]]
Bed {{3}}: [[P|Mr Parminder Singh Dhillon]], {{54 M}}, MRN [[H|C7730412]], {{ARDS}} ({{J80}}), {{P/F 14 kPa}}, {{PEEP 12}}, {{prone 16 h}}. Wife [[R|Harpreet]] and brother-in-law [[R|Jaswinder]] updated at {{15:00}}.
Bed {{5}}: [[P|Ms Kerry-Ann McBride]], {{29 F}}, [[H|C7741198]], {{paracetamol OD}} ({{staggered}}), {{INR 4.1}}, {{lactate 3.2}} → {{King's College criteria}} discussed with liver unit; referral ref [[REF|KCH-LIV-25-1044]].
Bed {{7}}: [[P|Rt]] – {{post-op AAA}}, {{extubated}}.
"""),

("si_report", A8, """PATIENT SAFETY INCIDENT INVESTIGATION (PSII) – summary
Ref: [[REF|PSII-CAV-2025-007]]   Datix [[REF|W-221903]]   {{Cardiff and Vale University Health Board}}
Panel: {{Dr Chidinma Okonkwo}} (clinical reviewer), {{Dr Huw Jenkins-Beddoe}} (chair)

Overview
On the night of {{21–22 January 2025}}, [[P|Mr Gruffydd Llywelyn-Hart]], {{61}}, was transferred from {{Ward A4}} to {{Critical Care}} after a delayed response to a {{NEWS2 of 9}}. The outreach nurse, [[C|Sister Blessing Adeyinka]], was attending another arrest. The ward FY1, [[C|Dr Oisín Mac Craith]], escalated to the medical registrar, [[C|Dr Faisal Qureshi]], who was in ED. [[P|Gruffydd]] had told his wife, [[R|Mrs Eleri Llywelyn-Hart]], at {{19:00}} by phone that he "felt like he was drowning".

Findings: {{sepsis}} secondary to {{empyema}}; {{chest drain}} {{22:50}}; {{piperacillin–tazobactam}} delayed {{3 h 10 min}}.
Family contact: [[R|Eleri]] and their son [[R|Macsen]], at home in [[A|Penylan]], were offered a meeting.
"""),

("dops", A8, """DOPS – {{Percutaneous tracheostomy}} – {{University Hospital of Wales}} – {{03/06/2025}}
Assessor: {{Dr Huw Jenkins-Beddoe}}   Trainee: {{Dr Chidinma Okonkwo}}
Patient ID [[H|C7801255]], {{67 M}}, day {{9}} of ventilation. {{Griggs technique}}; {{bronchoscopic guidance}}; {{size 8.0}} tube.
Rating: {{competent to perform unsupervised}}.
"""),

("msf_summary", A8, """360° feedback summary – {{Dr Chidinma Okonkwo}} – {{2025}}
{{19}} raters. Scores above cohort mean in all domains.
"Dr Okonkwo stays calm at crash calls" – nurse
"{{Chi}} is brilliant at family meetings" – consultant
"{{CO}} could share the teaching load" – registrar
Reviewed with {{Dr Huw Jenkins-Beddoe}}, {{28/05/2025}}.
"""),

("family_meeting_record", A8, """Record of family meeting – Critical Care – {{15/05/2025}} {{16:00}}
Present: {{Dr Chidinma Okonkwo}} (lead), [[C|Staff Nurse Rhiannon Morgan-Davies]], [[R|Mr Kwame Asamoah]] (husband), [[R|Ama]] and [[R|Yaw Asamoah]] (children), [[R|Pastor Emmanuel Tetteh]] (family friend, at the family's request)
Patient: [[P|Mrs Akosua Asamoah]], {{58 F}}, MRN [[H|C7799031]], {{out-of-hospital cardiac arrest}}, {{no-flow 12 min}}, {{GCS 3}} at {{72 h}} off sedation, {{bilateral absent N20 SSEPs}}, {{NSE 92 µg/L}}.
Discussion: prognosis poor per {{ERC-ESICM 2021}} algorithm. [[R|Mr Asamoah]] asked for time for relatives travelling from {{Kumasi}}. [[R|Pastor Tetteh]] asked about organ donation; SNOD [[C|Gethin]] to attend tomorrow.
Next meeting {{16/05/2025}}.
"""),

("teams_chat_export", A8, """Teams – "CCU registrars"
[{{07:41}}] [[C|Dr Jakub Nowicki]]: overnight: bed 2 extubated; bed 6 ([[P|Zhao]]) restarted {{noradrenaline 0.12}}
[{{07:42}}] Chidinma Okonkwo: thx. [[P|Mrs Zhao Mei]]'s daughter [[R|Lily]] called at 3am?
[{{07:43}}] [[C|Dr Jakub Nowicki]]: yes from Manchester, on [[PH|020 7946 0873]]. wants a call after WR. she sent this [[U|teams.microsoft.example/l/meetup-join/19%3ameeting_Zhao]]
[{{07:44}}] Chidinma Okonkwo: ok. also pls pls stop putting MRNs in here – [[H|C7755310]] removed
[{{07:46}}] [[C|Dr Jakub Nowicki]]: sorry. bed 8 is the lad from the rugby club – [[P|Iestyn]], C-spine cleared
Exported by {{Dr Chidinma Okonkwo}} ({{GMC 7455019}}).
"""),

("supervisor_letter", A5, """Letter of support – {{Dr Hamza Al-Tamimi}}

I am {{Mr Euan Drummond}}, {{Consultant Colorectal Surgeon}} at {{Ninewells Hospital}}, {{NHS Tayside}} ({{GMC 4102287}}). {{Dr Al-Tamimi}} has worked with me since {{2021}} and independently performs {{emergency laparotomy}}, {{laparoscopic appendicectomy}} and {{cholecystectomy}}. His {{NELA}} outcomes are audited and within expected limits. I recommend him without reservation.
"""),

("reflection", A6, """Reflective note – the student who fainted

During a {{forceps delivery}} in {{Room 4}} at {{St Michael's Hospital}}, the third-year medical student [[C|Aditya Raghavan-Price]] fainted and hit his head on the resuscitaire. The mother, [[P|Ms Keeley-Jo Brook]], and her partner, [[R|Lincoln Ashby]], were distressed. [[P|Keeley-Jo]]'s baby was born at {{04:11}}, {{Apgar 9}}. I asked the midwife [[C|Folasade]] to look after the student while I completed the delivery and repaired a {{second-degree tear}}.

Afterwards I completed a Datix ([[REF|C-91877]]) and spoke with the student's clinical tutor. I reflected on preparing students before instrumental births.
{{Dr Wei Zhang}}; verified {{Miss Eleanor Pike}}
"""),

("referral_letter", A5, """Dear [[C|Dr Cathal Ó Murchú]],

Re: [[P|Mr Stanisław Dąbrowski]], {{DOB 28/02/1962}}, CHI [[N|2802622215]], [[A|Flat 6, 12 Hilltown Terrace, Dundee]] [[PC|DD3 7AJ]]

Thank you for referring this {{62-year-old}} ({{male}}) with a {{paraumbilical hernia}}. Examination: {{4 cm}} defect, reducible. {{BMI 34}}. He works as a lorry driver for [[A|McPhail's Haulage, Forfar]] and would like surgery in winter. Listed for {{open mesh repair}}. His wife [[R|Jolanta]] asks that letters go to her email, [[E|jolanta.dabrowska@example.org]].

Yours sincerely
{{Mr H. Al-Tamimi}}, Specialty Doctor, on behalf of {{Mr Euan Drummond}}
"""),

("appraisal_summary", A7, """Annual appraisal summary – {{Dr Rhys ap Gwilym}} – {{2024/25}}
Appraiser: {{Dr Angharad Llewelyn}}
Scope of work: {{geriatric medicine}}, {{orthogeriatrics}}, {{frailty SDEC}} at {{Ysbyty Gwynedd}}.
Reflections: {{4}}; complaints: {{1}} (resolved – from the family of [[P|Mr Huw Prosser]], ref [[REF|BCU-CMP-24-5521]]); SIs: {{0}}; CPD: {{52 credits}}.
PDP: complete {{Specialty Certificate Examination in Geriatric Medicine}}; lead the delirium QI project.
"""),

("qi_project", A8, """QI project – Reducing unplanned extubations on ICU ({{PDSA}} cycles 1–3)
{{Dr Chidinma Okonkwo}}, {{Cardiff and Vale University Health Board}}
Baseline: {{2.4}} per {{100 ventilator-days}} (Jan–Mar 2024). Target < {{1.0}}.
Cycle 1 (after the unplanned extubation of [[P|Mr Tudur Vaughan]], Datix [[REF|W-201144]]): tube-securing device; Cycle 2: {{RASS}} target {{-1 to 0}} audit; Cycle 3: nurse education (lead [[C|Charge Nurse Eirian Bowen]]).
Result: {{0.7}} per 100 ventilator-days (Jan–Mar 2025).
Presented at {{Welsh Intensive Care Society}} {{2025}}.
"""),

("handover_sheet", A5, """SURGICAL TAKE – {{Sat 22/03/2025}} – {{Mr HAT}} on call
1. [[P|Abdirahman Yusuf Warsame]] 22 – RIF pain, {{Alvarado 8}} – lap appx list, [[H|T3412278]]
2. [[P|IONA NICDHÒMHNAILL]] 67 – {{SBO}}, NGT, {{gastrografin}} at {{14:00}}
3. [[P|bob]] (the rough sleeper by the Overgate) – {{abscess}} L groin, I&D – ?PWID – contact [[C|Lisa]] from Hillcrest outreach
4. [[P|Mrs Mhairi Rose]] 80 – {{biliary colic}}, {{LFTs}} pending, daughter [[R|Kirsty]] [[PH|07700 900095]]
5. [[P|Mr Ng]] 51 – {{acute pancreatitis}}, {{Glasgow-Imrie 3}}, {{amylase 1840}}
Ward 17 direct line [[PH|01632 960441]]
"""),

("clinic_letter", A6, """{{Southmead Hospital}} – Gynaecology Outpatients
Hospital no: [[H|NB-0699014]]   NHS no: [[N|553 108 7724]]   Clinic date: {{10/04/2025}}

Dear [[C|Dr Marsh-Okafor]],

Re: [[P|Mrs Olena Shevchenko]], {{DOB 06/06/1985}}, [[A|Room 4, The Lodge, 7 Cotham Vale, Bristol]] [[PC|BS6 6HR]], tel [[PH|0117 496 0532]]

Diagnosis: {{endometriosis}} ({{N80.1}}), {{ovarian endometrioma 4.5 cm}}.
{{CA-125 78 kU/L}}. She has been in the UK since {{2022}} under the {{Homes for Ukraine}} scheme (BRP [[O|ZU1234567]]) with her host, [[R|Mrs Penelope Armitage-Lowe]], who attended with her. Her husband [[R|Taras]] remains in {{Kharkiv}}.
Plan: {{laparoscopic cystectomy}}; {{Ryeqo}} ({{relugolix combination}}) in the interim.

{{Dr Wei Zhang}}
"""),

("police_statement", A3, """WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, r.16.2)
URN: [[REF|20NT0481124]]   Crime ref: [[REF|20/301188/24]]
Statement of: {{Dr Tomasz Wiśniewski}}   Occupation: {{Emergency Medicine Doctor}}   Age: over 18

On {{30/11/2024}} at {{01:45}} I examined [[P|Miss Jade-Louise Pemberton]] in {{Majors cubicle 14}} at {{Queen's Medical Centre}}. She stated that she had been assaulted outside [[A|The Trip to Jerusalem pub]]. She had a {{4 cm laceration}} over the left zygoma and tenderness of the {{left 9th rib}}. Photographs were taken by PC [[C|Amrit Sandhu]] [[O|2217]] and produced as exhibit [[REF|AS/1]]. I produce my clinical notes as exhibit [[REF|TW/1]]. Her friend [[R|Courtney]] was present. 
Signed {{Dr Tomasz Wiśniewski}}
"""),

("reflection", A1, """Reflection – a conversation in the car park

On {{9 May 2025}}, at the end of a long take, I met [[R|Mr Ferdinand Hope]] in the car park of the {{Royal Derby Hospital}}. He was the husband of a patient, [[P|Mrs Ama Hope]], who had died on our unit the previous week from {{metastatic breast cancer}} ({{C50.9}}). He wanted to know why she had been moved to a side room "to die" without him being told. I had been the registrar who made that decision with [[C|Staff Nurse Olga Petrenko]].

I listened. I invited [[R|Mr Hope]] to meet formally with the palliative care consultant, [[C|Dr Imran Qadir]], and our PALS team (ref [[REF|PALS-RDH-25-0872]]). We met on {{21 May}}.

Learning: I now phone next of kin before moving a dying patient, whatever the hour.
{{Dr Oluwaseun Adebayo-Clarke}}, signed off by {{Dr Helen Marsh}}.
"""),

("lab_report", A1, """{{Royal Derby Hospital}} – Microbiology report
Lab no: [[O|M25-0418337]]   Collected {{16/04/2025 08:12}}   Received {{16/04/2025 09:40}}
Patient: [[P|O'BRIEN, Dearbhla]]   DOB {{29/10/1960}}   Sex {{F}}   MRN [[H|RD4455102]]
Location: {{AMU}}   Requesting clinician: {{Dr Adebayo-Clarke}}
Specimen: {{blood culture}}   Result: {{Escherichia coli}} ({{ESBL}}) – {{meropenem}} S, {{gentamicin}} S, {{co-amoxiclav}} R
Authorised by: [[C|Dr Liesel van der Merwe]], {{Consultant Microbiologist}}
Phoned to {{OAC}} at {{11:05}}.
"""),

("handover_sheet", A4, """CMHT duty list – {{Mon 14/04/2025}}
- [[P|Mr D]] ([[P|Dai Bevan-Thomas]]) – wife [[R|Glenys]] rang, he's been walking to [[A|Coed-Ely]] at night again. ?incr {{memantine}}.
- [[P|mrs kowalska]] – CPN visit, RiO [[H|1009122783]]
- [[P|NOOR UL-AIN]] – new referral from [[C|Dr Mistry]] (GP), {{low mood}}, Urdu interpreter
- [[P|Paddy]] – DoLS renewal, [[A|Ashgrove Care Home room 3]]
- ring [[R|Stephen]] (son of [[P|Mrs Hale]]) re {{lithium level 1.1}}
"""),
]
