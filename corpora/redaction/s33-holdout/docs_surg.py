from gen_common import *
a=A3
d("consent_form", a, """
CONSENT FORM 1 – Patient agreement to investigation or treatment
{{Manchester University NHS Foundation Trust}} – {{Manchester Royal Infirmary}}
Patient: [[MAHMOUD, Layla|P]]   DOB {{16/03/1989}}   {{F}}   Hosp no [[M0774412|H]]   NHS [[744 019 3368|N]]
Address: [[Flat 3, 210 Wilmslow Road, Rusholme, Manchester|A]] [[M14 5LL|PC]]
Procedure: {{laparoscopic cholecystectomy}} ± on-table cholangiogram, possible conversion to open.
Risks discussed: bile leak ({{1 in 100}}), bile duct injury ({{1 in 300-500}}), bleeding, infection, DVT, retained stones.
Interpreter used: Arabic, [[Mr Hisham El-Sayed|C]] (Language Empire ID [[LE-4471|O]]).
Patient's preferred name: "[[Leila|P]]" (passport: [[Layla Mahmud|P]]).
Health professional: {{Dr Tomasz Wiśniewski}}, Specialty Doctor General Surgery, GMC {{7150937}}   Date {{02/09/2026}}
Signature of patient: [[L. Mahmoud|P]]
""")
d("m_and_m_slides", a, """
GENERAL SURGERY M&M – {{Wythenshawe Hospital}} – {{October 2026}}
--- Slide 1 ---
Case 3: Anastomotic leak after R hemicolectomy
[[Mr Colm Ó Briain|P]] ({{67M}}), hosp [[W2291084|H]] — PAS spelling "[[Colm O'Brien|P]]"
--- Slide 2 ---
Day 0 {{R hemicolectomy}} (adenocarcinoma caecum, {{T3N1}}) – operating surgeon [[Mr David Ashworth|C]], assistant {{Dr T. Wisniewski}}
Day 4 {{CRP 312}}, HR {{118}}, {{NEWS2 7}} – reviewed by FY2 [[Dr Sana Iqbal|C]], plan "r/v in am"
Day 5 CT: leak → relaparotomy, end ileostomy
--- Slide 3 ---
Learning: escalate CRP > {{200}} on day {{3-5}} (Dutch leakage score); Datix [[WYT-DX-88213|REF]]; StEIS [[2026/21877|REF]]
--- Slide 4 ---
Presented {{Dr Tomasz Wiśniewski}}, chaired {{Mr Rajesh Menon}}, consultant colorectal surgeon
""")
d("operation_note", a, """
OPERATION NOTE   {{Manchester Royal Infirmary}}   Theatre {{7}}
Patient [[Ebo Kwarteng-Asamoah|P]]   Unit no [[M0781106|H]]   DOB {{30/11/1971}}  M
Date {{14/10/2026}}  Surgeon {{Dr T Wiśniewski}}  Assistant [[Dr Hannah Blake|C]] (CT2)  Anaesthetist [[Dr Joseph Nwachukwu|C]]
Procedure: {{emergency laparotomy}}, small bowel resection ({{40 cm}} ileum), primary anastomosis. {{NELA}} risk {{8.2%}}.
Findings: adhesional SBO, ischaemic segment. EBL {{300 ml}}.
Post-op: {{co-amoxiclav 1.2 g}} tds {{5 days}}, {{enoxaparin 40 mg}} od. HDU.
""")
d("logbook_export_csv", a, """
date,procedure,role,supervision,patient_id,age,sex,outcome
{{2026-09-02}},{{Lap cholecystectomy}},{{S-TS}},{{Mr Menon}} in theatre,[[M0774412|H]],{{37}},F,day case
{{2026-09-09}},{{Open inguinal hernia (Lichtenstein)}},{{P}},none,[[M0775590|H]],{{58}},M,home
{{2026-10-14}},{{Emergency laparotomy}},{{P}},cons available,[[M0781106|H]],{{54}},M,HDU
{{2026-10-21}},{{Lap appendicectomy}},{{P}},none,[[M0782231|H]] ([[Baker J|P]]),{{19}},M,home
{{2026-11-03}},{{Hartmann's procedure}},{{S-TS}},{{Mr Menon}},[[W2295510|H]],{{81}},F,ITU
# source: eLogbook export, trainee {{T. Wiśniewski}}
""")
d("surgical_ward_list", a, """
SURG TAKE LIST  {{Tues 03/11/2026}}   MRI AMU/{{Ward 4}}   on-call: {{TW}} (SpR), [[Ahmed|C]] (FY1)
1. [[Baker, Jordan|P]] 19M RIF pain, {{Alvarado 8}} → lap appx tonight
2. [[Nowak-Wójcik, Halina|P]] 73F SBO, hx 2 C-sections; NGT; {{gastrografin}} challenge
3. [[Mr Nguyen Van Minh|P]] / [[Minh Nguyen|P]] 66M obstructive jaundice, {{bili 188}}, ERCP list
4. [[Abdiqani Farah|P]] 45M perianal abscess, "[[Abdi|P]]" – works at [[Halal Meat Co., Cheetham Hill|A]]
5. [[Rosie Hope|P]] 24F ?ovarian – gynae r/v
6. [[Mr. Ward, Desmond|P]] 88M incarcerated hernia – DNACPR, for {{Ward 4}} side room bed {{12}}
7. [[Bishop, Lena|P]] 33F post-ERCP pancreatitis {{Glasgow-Imrie 2}}
""")
d("consent_audit", a, """
AUDIT – Quality of consent for emergency laparotomy (MRI, Jul–Oct 2026)
Lead: {{Dr Tomasz Wiśniewski}}; supervisor {{Mr Rajesh Menon}}
Standard: risk of death documented using {{NELA}} / {{P-POSSUM}} score ({{100%}})
case | patient | hosp no | mortality risk documented | interpreter needed/used
1 | [[E K-A|P]] | [[M0781106|H]] | Y ({{8.2%}}) | N/N
2 | [[H N-W|P]] | [[M0782250|H]] | N | Y (Polish)/N – daughter [[Ola|R]] interpreted
3 | [[Mr D.W.|P]] | [[M0782297|H]] | Y ({{23%}}) | N/N
4 | [[Fatima Zahra Benali|P]] | [[M0776013|H]] | N | Y (Arabic)/Y
Result: {{2/4 (50%)}}. Recommendation: consent sticker with NELA field. Re-audit {{Feb 2027}}.
""")
d("complaint_response_surg", a, """
Complaints & PALS, {{Wythenshawe Hospital}}
Our ref: [[MFT/CMP/2026/11734|REF]]
Date: {{30 November 2026}}
Mrs [[Nora Ní Bhriain|R]]
[[Ardmore|A]], [[6 Park Road|A]]
[[Sale|A]] [[M33 6HT|PC]]
Dear Mrs [[Ní Bhriain|R]],
Thank you for your complaint about the care of your husband, Mr [[Colm Ó Briain|P]], following his operation in October.
You said that on the evening of day 4 nobody senior reviewed him although you told the nurse, [[Jamie Cartwright|C]], that he was "not himself".
{{Dr Tomasz Wiśniewski}}, who was the on-call registrar, has explained that he was not called until {{06:40}} the next morning. The junior doctor who saw him earlier, [[Dr Iqbal|C]], has reflected with her supervisor, and we have changed our escalation pathway (CRP > {{200}} or {{NEWS2 ≥5}} triggers registrar review).
You may contact the Parliamentary and Health Service Ombudsman at [[www.ombudsman.org.uk|U]].
Yours sincerely, {{Mr Rajesh Menon}}, Clinical Lead
""")
d("reflection_surg", a, """
Reflective note – "Mrs Grace" and the word that is also a name
On the take I received a referral for "[[Grace|P]] in bay 3". I assumed Grace was her first name; she was in fact [[Mrs Adwoa Grace|P]], and a second patient, [[Grace Ibekwe|P]], was in bay 5. I nearly consented the wrong patient for an EUA. The HCA, [[Florence|C]], spotted the wristband mismatch.
I reported this (Datix [[WYT-DX-90112|REF]]) and discussed it with {{Mr Rajesh Menon}}. Since then I read back full name, DOB and hospital number at every consent.
{{T.W.}} {{09/12/2026}}
""")
d("cbd_surg", a, """
Case-based Discussion
Trainee {{Dr Tomasz Wiśniewski}} (GMC {{7150937}})   Assessor {{Mr Rajesh Menon}} (GMC {{5027719}})
Case: {{81F}} perforated sigmoid diverticulitis, {{Hinchey IV}}, Hartmann's; patient [[Mrs Baker|P]] (not the appendix patient of the same surname). Son [[Kevin Baker|R]] is her LPA for health & welfare.
Discussion: decision-making about stoma vs primary anastomosis in a frail patient ({{CFS 5}}), use of {{P-POSSUM}} ({{morbidity 78%}}, {{mortality 21%}}).
Outcome: level 3 – performed independently. 
""", extra_keep=["5027719"])
d("email_thread_gp", a, """
From: [[Dr Niamh Gallagher|C]] <[[niamh.gallagher@nhs.example.uk|E]]>
To: {{Tomasz Wiśniewski}}
Subject: RE: [[Mr Abdiqani Farah|P]] [[M0783340|H]]

Thanks Tomasz – I'll arrange the packing via the district nurses. His wife [[Sahra|R]] asked whether he can return to work at the butcher's; I've said {{2 weeks}}.
[[Niamh|C]]
[[Cheetham Hill Medical Centre|A]] | [[0161 496 0927|PH]] | [[https://cheethamhillmc.example.nhs.uk|U]]

> From: {{Tomasz Wiśniewski}}
> Sent: {{05 November 2026}} 10:02
> Dear Dr [[Gallagher|C]], your patient (DOB {{12/12/1980}}, NHS [[4509817263|N]]) underwent {{EUA and drainage of perianal abscess}} on {{03/11}}. No fistula. Please arrange daily packing.
> {{Tomasz Wisniewski}} | Specialty Doctor General Surgery | {{Manchester Royal Infirmary}}
""")
d("wba_dops_surg", a, """
DOPS – Laparoscopic appendicectomy
Doctor: {{Dr Tomasz Wiśniewski}} / "{{Dr Wisniewski}}" on theatre list
Assessor: {{Miss Olufunke Adesanya}}, consultant general surgeon
Date {{21/10/2026}}, {{Manchester Royal Infirmary}}, Theatre {{3}}
Patient: {{19}}-year-old {{male}} (hosp [[M0782231|H]])
{{3-port}} technique, {{Endoloop}} ×{{2}} to base, specimen in bag. Time {{42 min}}.
Comment: fluent; consider earlier conversion threshold in gangrenous appendix. Level {{4}}.
Signed {{O. Adesanya}}
""")
d("interpreter_booking_vietnamese", a, """
To: [[interpreting.mft@example.nhs.uk|E]]; 
Cc: [[ward4.sister@mft.example.nhs.uk|E]]
Subject: Vietnamese interpreter for consent – ERCP

Hello, please book a Vietnamese interpreter (northern dialect if possible) for [[Mr Nguyễn Văn Minh|P]] ("[[Nguyen Van Minh|P]]" on PAS), hosp no [[M0784101|H]], on {{Ward 4}} {{04/11/2026}} {{09:30}}.
His son [[Nguyễn Tuấn Anh|R]] ([[07700 900592|PH]]) usually interprets but should not for consent.
Thanks, {{Tomasz}}
""", extra_keep=[])
d("hernia_clinic_letter", a, """
{{Manchester Royal Infirmary}} – General Surgery Outpatients
Our ref: [[TW/GS/26/3391|REF]]   Clinic {{10/11/2026}}
Dr [[P. Szymańska|C]], [[Levenshulme Health Centre|A]], [[M19 2PT|PC]]
Dear Dr [[Szymańska|C]],
Re: [[Marek DĄBROWSKI|P]], DOB {{04/04/1966}}, [[14 Chapel Street|A]], [[Levenshulme|A]], [[M19 3DR|PC]]; NHS No. [[611 204 8877|N]]; MRI No. [[M0785562|H]]
Diagnosis: right inguinal hernia (reducible), {{EHS classification L2}}.
Plan: {{open mesh repair}} as day case, {{BMI 29}}. Stop smoking advised. He works as a scaffolder for [[Bramall Scaffolding Ltd|A]].
Yours sincerely,
{{Dr Tomasz Wiśniewski}}, Specialty Doctor, for {{Miss O. Adesanya}}
""")
d("handover_surg_lowercase", a, """
surg nights → days 6/11
- [[halina n-w|P]] bed 14 sbo resolving, passed flatus, {{gastrografin}} thru at {{8h}}. daughter [[ola|R]] on [[07700 900118|PH]]
- [[desmond ward|P]] side rm 12 – palliative, fam (niece [[maureen|R]]) informed. keep comfortable, {{morphine 2.5 mg}} sc prn
- [[rosie hope|P]] – gynae took over
- bay 3 [[mrs grace|P]] – EUA done, home am
by {{tw}}
""")
d("supervision_surg", a, """
Educational Supervisor Report
Doctor: {{Dr Tomasz Wiśniewski}}, GMC {{7150937}}
Supervisor: {{Mr Rajesh Menon}}
Period {{01/04/2026}}–{{30/11/2026}}
Summary: {{Dr Wiśniewski}} came to the UK from Poland (Kraków) in 2021 and has progressed to leading the emergency take. He manages complex patients such as [[Mr Ó Briain|P]] well after a difficult M&M. Colleagues note good relationships with the Polish community patients (e.g. [[Mrs Nowak-Wójcik|P]]).
One concern raised by [[Dr Sana Iqbal|C]] (FY2) about feeling unsupported at night was discussed and resolved.
Sign: {{R. Menon}}
""")
d("m_and_m_short", a, """
M&M {{Nov 2026}} – Case 1: bile duct injury (Strasberg {{E2}}) – pt [[L.M.|P]], {{37F}}, MRI no. [[M0774412|H]] – operating surgeon [[Mr Stephen Doherty|C]] (locum). {{Critical view of safety}} not documented. Incident [[MFT-INC-2026-40421|REF]]. Presented by {{TW}}.
""")
d("ocr_discharge", a, """
MANCHESTER R0YAL lNFIRMARY     DlSCHARGE SUMMARY       Page {{1}} 0f {{2}}
Patient: [[FARAH  ABDIQANl|P]]    Hosp: [[M07 833 40|H]]    NHS: [[45O 981 7263|N]]
Address: [[22  Waterloo  Rd|A]]  [[Manchester|A]]  [[M8  8AB|PC]]
Adm {{O3/11/2026}}  D/c {{O4/11/2026}}   Consultant: {{Miss O. Adesanya}}
Procedure: EUA + I&D perianal abscess.  Meds: {{paracetamol 1 g}} qds, {{lactulose 10 ml}} bd
Author: {{Dr T. Wi$niewski}}
""")
d("teaching_feedback_surg", a, """
Suturing skills workshop – medical students Year 3 – {{18/11/2026}}
Lead tutor {{Dr Tomasz Wiśniewski}}; co-tutor [[Dr Hannah Blake|C]]
Students: {{24}}; overall {{4.5/5}}
"Tomasz was patient and funny" 
"would have liked more time on {{subcuticular 3-0 Monocryl}}"
Certificate verified by {{Dr Emma Whitworth}}, Undergraduate Sub-Dean.
""")
d("rota_email", a, """
From: Surgical Rota Coordinator <[[surg.rota@mft.example.nhs.uk|E]]>
To: {{Tomasz Wiśniewski}}; [[Dr Mateusz Kaczmarek|C]]; [[Dr Yetunde Bakare|C]]
Subject: Dec rota – gaps
TW: you're on the {{1:8}} registrar rota, nights {{21–24 Dec}}. [[Yetunde|C]] has requested {{25 Dec}} off for church ([[RCCG Jesus House Manchester|A]]) – approved.
[[Mateusz|C]], please confirm swap with [[Dr Bakare|C]] for {{31 Dec}}.
Rota v{{12}} attached.
""", extra_keep=[])
d("wba_multi_assessors", a, """
WBA summary table (exported)
type   date        assessor                      case                          rating
CBD    {{09/09/2026}}  {{Mr Rajesh Menon}}             {{81F}} Hartmann's ([[B.|P]])            {{L3}}
DOPS   {{21/10/2026}}  {{Miss Olufunke Adesanya}}      lap appx [[J.B.|P]]                   {{L4}}
MCR    {{30/10/2026}}  {{Sr Catherine Doyle}}          take management               satisfactory
PBA    {{14/10/2026}}  {{Mr Rajesh Menon}}             emerg lap [[EKA|P]]                   {{L3}}
Verified by {{Mr Rajesh Menon}}, Educational Supervisor.
""")
d("coroner_statement_surg", a, """
HM Coroner for Manchester South – Ref: [[MS/2026/0934|REF]]
Statement: {{Dr Tomasz Wiśniewski}}, GMC No. {{7150937}}, {{Wythenshawe Hospital}}
Re: [[Desmond Patrick WARD|P]], date of birth {{01/01/1938}}, hospital number [[W2296637|H]]
1. I was the on-call registrar on {{3 November 2026}}. Mr [[Ward|P]] presented with an incarcerated umbilical hernia. He lived at [[Sunnyside, 3 Baker Street|A]], [[Stockport|A]] [[SK4 1QE|PC]] with his niece [[Maureen Kelly|R]].
2. After discussion with the consultant, [[Mr Stephen Doherty|C]], and the patient, who had capacity, a decision was made not to operate.
3. He died on {{08/11/2026}} at {{02:20}} on {{ward 4}}.
Statement of truth signed {{T. Wiśniewski}} {{20/11/2026}}
""")
d("patient_feedback_surg", a, """
Friends & Family comments mentioning {{Dr Tomasz}}:
- "Dr Tomasz spoke Polish to my babcia, thank you" – [[Kasia Nowak-Wójcik|R]]
- "Kind, explained my op" – anon
- "Please pass on thanks from bed 7, [[Lena|P]]"
Collated by {{Ms Angela Rhodes}}, Patient Experience Lead.
""")
