DOCS = []
def D(kind, applicant, text):
    DOCS.append((kind, applicant, text))

D("mm_minutes", "Dr Tomasz Wiśniewski", """\
SURGICAL MORBIDITY & MORTALITY MEETING - MINUTES
{{Sunderland Royal Hospital}}, Education Centre Rm 2 - {{Friday 07/03/2025}} 08:00-09:00
Chair (verifies minutes): {{Mr Rajesh Subramaniam}}, Clinical Governance Lead
Present: {{Mr T. Wiśniewski}}, Ms [[Orla Keane|C]], Mr [[Babatunde Oyewole|C]], Dr [[Hollie Shaw|C]] (anaes), [[Jess Kirby|C]] (ANP), 9 trainees
Apologies: Mr [[Dimitrios Papadakis|C]]

Case 1 (presented by {{TW}}): Mr [[K.D.|P]], {{86}}, lap R hemicolectomy -> {{type 2 MI}} day 3, survived. Learning: peri-operative {{troponin}} surveillance.
Case 2 (presented by Dr [[Hollie Shaw|C]]): [[A.O'B.|P]], {{52}}F, anastomotic leak after anterior resection (hosp no [[4480116|H]]). Leak recognised day 5; CT delayed 14 h because reg (Dr [[Fenwick-Hart|C]]) attributed tachycardia to pain. {{CLEAR score}} not used.
Case 3 death: Mr [[Reginald Oakes|P]], {{79}}, {{perforated diverticulitis}}, {{Hinchey IV}}, {{P-POSSUM}} mortality {{38%}}; family (daughter [[Val|R]]) declined surgery. Appropriate; ME scrutiny done (ME ref [[ME-STS-25-0219|REF]]).

Actions: 1. {{TW}} to write leak pathway. 2. Ms [[Keane|C]] to re-audit CT turnaround.
Minutes: {{R. Subramaniam}}""")

D("datix_form", "Dr Chen Wei-Ling", """\
InPhase Incident Report  -  Ref [[INC-2025-041187|REF]]          Status: Closed - no harm
Reported by: {{Dr Wei-Ling Chen}} ({{7709215}})     Date/time of incident: {{22/07/2025}} 14:20
Location: {{Royal Cornwall Hospital}} > Theatres > {{Anaesthetic Room 3}}
Category: Medication > wrong drug drawn up

Description:
Syringe labelled {{ondansetron 4 mg}} was found to contain {{metaraminol}} (drawn up by ODP [[Tamsin Pascoe|C]] from an unlabelled vial left by the previous list's anaesthetist, Dr [[Arjun Menon|C]]). Detected by me before administration. Patient [[Hannah Polglaze|P]] (RCH no [[RCH-1131002|H]], NHS [[914 226 0538|N]]) came to no harm.

Immediate action: syringe discarded, {{Safer Practice Notice}} reminder; theatre co-ordinator [[Ben Tregear|C]] informed.
Witness: SN [[Loveday Curnow|C]] (NMC [[18A0442C|G]]).
Handler: [[Anita Rosewarne|C]], Patient Safety Team ([[rch.patientsafety@example.nhs.uk|E]])
Learning shared at anaesthetic audit, 05/09/2025 (presenter {{WLC}}).""")

D("supervisor_report", "Dr Javier de la Fuente Ortega", """\
STRUCTURED REPORT FROM CLINICAL SUPERVISOR (REFEREE)
Applicant: {{Mr Javier de la Fuente Ortega}}, GMC {{7664410}}
Referee: {{Mr Anthony Blackwood-Hughes}} FRCS(Urol), Consultant Urologist, {{Frimley Health NHS Foundation Trust}}, GMC [[3317754|G]]
Period observed: {{Sept 2022 - Dec 2025}}

I have worked with {{Javier}} (known to the team as "{{Javi}}") for three years. He is a safe, technically excellent robotic surgeon: I have personally observed more than 40 of his {{RARP}} cases.

Examples:
- In March 2024 he managed a {{rectal injury}} during RARP on a {{68}}-year-old man (Mr [[F.|P]]) calmly, calling the colorectal surgeon (Mr [[Lindqvist|C]]) and repairing primarily.
- He handled the complaint from Mrs [[Yvonne Patterson|R]] about her husband's delayed catheter removal (ref [[CMP-FH-24-0231|REF]]) with openness.
- He supervises our fellows, including Dr [[Amir Hosseini|C]] and Dr [[Katarzyna Lis|C]].

He is not yet confident with {{ileal conduit}} formation, and I would want to see more {{cystectomy}} experience.

Signed {{A. Blackwood-Hughes}}  {{10/12/2025}}""")

D("patient_feedback", "Dr Catriona MacLeod", """\
PATIENT FEEDBACK QUESTIONNAIRE (PSQ) - individual free-text returns
Doctor: {{Dr Catriona MacLeod}} ({{7290034}})   Administered by: Appraisal Office, {{NHS Highland}}
Total returns: {{34}}   Mean score {{4.8/5}}

Return 07: "{{Dr MacLeod}} was kind to my husband [[Donnie|R]] when he was so poorly. Thank you. - [[Mairi Gillies|P]], [[Nairn|A]]"
Return 12: "Waited an hour but worth it." (no name)
Return 19: "Please can someone phone me about my inhaler I can't get through - [[07700 900377|T]]. [[J. Sinclair|P]]"
Return 23: "Explained my CT really well. 10/10." - [[Hughie|P]] ({{Bed 12, Ward 2C}})
Return 30: "Better than the other doctor (Dr [[Petrie|C]])."

Note from appraisal office: identifying returns ({{07, 19, 23}}) should have been redacted before release; administrator [[Lorna Fyfe|C]].""")

D("site_report", "Dr Oluwaseun Adeyemi-Cole", """\
SITE REPORT 02:00 - {{Northgate General Hospital}} - {{OPEL 3}}          Night site practitioner: [[Kerry-Ann Bascombe|C]]
Medical registrar on call: {{Dr O Adeyemi-Cole}} (bleep {{AMU reg}})

ED: {{38 patients}}, {{11 DTAs}}, longest wait {{14 h 20 min}}.
Outliers (medicine) on surgical wards:
- {{Ward 21}} {{bed 9}}: [[N.Al-H|P]] ([[K2240911|H]]) - awaiting CT, med reg to review
- {{Ward 22}} {{bed 3}}: Mrs [[Ogunleye|P]] ([[K2239987|H]])
Bed bureau requests outstanding: [[BB-260112-017|O]] (GP referral, Dr [[Kowalczyk|C]]), [[BB-260112-021|O]]
Mutual aid: 2 ambulances held > 60 min (CADs [[NWA-1201-3340|REF]], [[NWA-1201-3391|REF]]).
Escalated to on-call manager [[Gurpreet Dhillon|C]] ([[07700 900544|T]]) and on-call exec.

Reg comment ({{OAC}}, GMC {{7123456}}): 4 medical patients in ED > 12 h; {{AMU}} full.""")
