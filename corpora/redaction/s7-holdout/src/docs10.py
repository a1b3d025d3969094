DOCS = []
def D(kind, applicant, text):
    DOCS.append((kind, applicant, text))

D("qi_project_report", "Dr Priya Raghunathan", """\
QI PROJECT: Time to antibiotics in ED sepsis - PDSA cycles 1-3
Lead: {{Dr Priya Raghunathan}} (GMC {{7234518}}) | Sponsor: {{Dr Simon Beresford}} | {{Hull Royal Infirmary}}
Registered with QI team: [[QI-ED-2025-014|REF]]

Aim: {{90%}} of patients with {{NEWS2 >= 5}} and suspected sepsis receive antibiotics within {{60 min}} by March 2025.
Run chart median: baseline {{94 min}} -> {{52 min}} after PDSA 3 (sepsis trolley + nurse PGD).

Exceptions reviewed (exported from Symphony - identifiers should have been removed):
Attendance     Initials  Time-to-abx  Reason
[[ED25-004418|H]]    [[J.O'D|P]]     {{3 h 05}}        {{penicillin allergy query}}
[[ED25-005902|H]]    [[MK|P]]        {{2 h 40}}        cannula failed x4
[[ED25-007716|H]]    [[B-A.S|P]]     {{1 h 58}}        triaged as "{{fall}}"
Team: nurse champions [[Sadia Parveen|C]] and [[Tomás Ó Briain|C]]; pharmacist [[Olu Ajayi|C]].
Poster presented at {{RCEM Annual Scientific Conference 2025}}.""")

D("welsh_ambulance_handover", "Dr Eleri Pritchard", """\
WAST - ePCR HANDOVER SUMMARY / CRYNODEB TROSGLWYDDO                    {{Ysbyty Glan Clwyd}} - {{Maternity Assessment Unit}}
Incident no / Rhif digwyddiad: [[WAST-26-0117-04482|REF]]     Vehicle: RRV
Crew: [[Gethin Parry|C]] (Paramedic, HCPC [[PA47712|G]]), [[Llinos Hughes|C]] (EMT)
Patient / Claf: [[Angharad Wyn Roberts|P]]   Oed / Age {{24}}   DOB {{14/05/2001}}
Address / Cyfeiriad: [[Bryn Awel|A]], [[Ffordd y Llan|A]], [[Llanrhaeadr|A]], [[LL16 4NL|PC]]
NHS: [[702 669 3319|N]]

{{G1P0}}, {{34+2}} weeks, headache + visual disturbance. BP {{172/108}} on scene, {{urine protein 3+}}. {{Labetalol 200 mg}} PO given per JRCALC? No - not in scope; pre-alert made.
Partner [[Dylan|R]] following by car, [[07700 900588|T]].
Handed to: {{Ms E. Pritchard}} (O&G consultant, {{7618834}}) 11:40. Outcome: {{magnesium sulfate 4 g}} loading, {{pre-eclampsia}} with severe features; delivered by {{category 2 CS}} 16:20.
Verified for portfolio: {{Mr Huw Tudor-Price}}""")

D("logbook_csv_export", "Dr Chen Wei-Ling", """\
"RCoA logbook export","{{Chen, Wei-Ling}}","GMC {{7709215}}","generated {{2025-09-30}}"
date,hospital,case_id,pt_ref,age,asa,specialty,procedure,anaesthetic,supervision,notes
{{2025-09-02}},RCH,1101,[[1131877|H]],4,1,{{Paediatric ENT}},{{Adenotonsillectomy}},GA-gas induction,{{local - solo}},
{{2025-09-02}},RCH,1102,[[1131906|H]],67,3,{{Vascular}},{{EVAR}},GA+art line,{{distant}},"surgeon Mr [[Trewin|C]]"
{{2025-09-05}},RCH,1103,[[RCH-1132011|H]],31,2,{{Obstetrics}},{{Cat 1 CS}},"{{spinal top-up}} -> GA",{{immediate}},"RSI; mother [[Jenna|P]], partner [[Aaron|R]]"
{{2025-09-09}},RCH,1104,[[1129864|H]],51,3,{{General}},{{Lap chole}},GA+{{CPAP}},{{solo}},"pt [[V.K.|P]] - interpreter"
{{2025-09-11}},{{West Cornwall Hospital}},1105,[[WCH-0077431|H]],88,4,{{Orthopaedics}},{{DHS}},{{spinal + FICB}},{{solo}},"{{4AT}} 2 pre-op"
# case_id is the logbook's own serial; pt_ref column should be blank per RCoA guidance""")

D("acat", "Dr Oluwaseun Adeyemi-Cole", """\
JRCPTB ePortfolio  >  Assessments  >  ACAT (Acute Care Assessment Tool)
Trainee: {{Adeyemi-Cole, Oluwaseun}} [{{7123456}}]   Stage: {{IMY3 / ST5}}
Assessor: {{Prof. Delroy Hanson-Brooks}} (consultant physician)   Date: {{02/11/2024}}   Setting: post-take ward round, {{AMU}}
Number of patients seen on take: {{23}}

Patients discussed (trainee's list):
1. [[DM|P]]  {{71F}}  {{PE}} ({{Wells 7}}), {{CTPA}} +ve, {{apixaban 10 mg BD}} x7/7
2. [[Kh.A|P]] {{44M}} {{upper GI bleed}}, {{Glasgow-Blatchford 12}}, OGD listed
3. [[Babcia|P]] (pt's family name for her; Mrs [[Kaczmarek|P]]) {{93F}} {{hypercalcaemia}} {{adj Ca 3.41}}
4. [[EO'S|P]] {{29M}} {{paracetamol OD}}, {{NAC}} per {{SNAP}} regimen
Assessor comments: Excellent prioritisation and clear plans. Took time to explain to Mrs [[Kaczmarek|P]]'s granddaughter [[Zuzanna|R]]. Supervised FY1 Dr [[Ruby Achterberg|C]] well.
Rating: {{Entrustment 4}} (can manage take unsupervised)
Signed: {{D. Hanson-Brooks}}""")

D("outpatient_clinic_list", "Dr Hamza Al-Qureshi", """\
CLINIC LIST - CMHT West - Consultant: {{AL-QURESHI, Dr H}} - {{Thu 04/09/2025}} - {{Room 3}}, {{Aire Court}}
Time   RiO No    Surname, Forename          DOB         Type   Notes
09:00  [[1190233|H]]   [[AL-FARSI, Abdul Rahman|P]]    {{12/12/1970}}  FU     interpreter booked ([[Nour|C]])
09:45  [[1176002|H]]   [[NG, Siu Fung|P]]              {{03/03/1988}}  FU     clozapine bloods - {{ANC 2.1}}
10:30  [[1201459|H]]   [[WALKER-ADJEI, Kofi|P]]        {{17/07/2002}}  NEW    GP ref [[UBRN 0004 1187 2296|REF]]
11:15  [[1184820|H]]   [[PRZYBYLSKA, Wiktoria|P]]      {{25/10/1979}}  FU     DNA x2 - call [[01632 960 811|T]]
12:00  [[1199903|H]]   [[O'SHAUGHNESSY, Bridie|P]]     {{01/06/1955}}  FU     {{lithium level 0.7}}; CPN [[Jas Sahota|C]]
Medical secretary: [[Kelly Armitage|C]]   GMC (clinician) {{7520461}}""")

D("erefer_referral", "Dr Javier de la Fuente Ortega", """\
NHS e-Referral Service - Referral Letter  (printed {{12/11/2025}})
UBRN: [[0007 3391 8842|REF]]    Priority: {{Urgent - suspected cancer (2WW)}}    Service: {{Frimley Park Hospital}} - Urology - {{Haematuria clinic}}
Referrer: Dr [[Sunita Chakraborty|C]], [[Camberley Health Centre|A]], [[01632 960 390|T]]
Patient: Mr [[Ezekiel Adebayo-Vance|P]]   NHS [[492 118 0374|N]]   DOB {{29/01/1961}}   {{Male}}
Address: [[22 Heatherside Drive|A]], [[Camberley|A]], [[GU15 1JL|PC]]   Mobile [[07700 900731|T]]   Email [[zeke.av@example.org|E]]

Reason: {{visible haematuria}} x2, no UTI, {{eGFR 74}}, smoker {{40 pack-years}}. On {{warfarin}} (INR {{2.6}}) for {{mechanical AVR}}.
Triaged by: {{Mr J de la Fuente Ortega}} (GMC {{7664410}}) - {{flexible cystoscopy}} + {{CT urogram}} one-stop.""")
