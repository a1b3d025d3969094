from gen_common import *
d("icu_handover_sbar", A1, """
SBAR handover – outreach → ICU   {{09/12/2026}} {{21:40}}
S: [[Mr Zhang Wei|P]] (also "[[Wei Zhang|P]]" / "[[ZHANG, W.|P]]"), {{52M}}, RJ [[J4523310|H]], {{ward J16}} bed {{4}}, septic shock ?biliary
B: restaurant owner ([[Golden Lotus, Vicar Lane|A]]), wife [[Liu Fang|R]] speaks Mandarin/Cantonese – prefers Cantonese interpreter
A: MAP {{58}} after {{30 ml/kg}} crystalloid, lactate {{5.2}}, {{qSOFA 3}}
R: for ICU, art line, {{noradrenaline}} via CVC; surgeons aware ([[Mr Lee Chan|C]], HPB reg)
From outreach [[Sr Adaeze Nwosu|C]] to {{Dr Mariam Haddad}}
""")
d("preop_assessment", A1, """
Anaesthetic pre-op assessment – elective list {{10/12/2026}}   anaesthetist: {{Dr M Haddad}}
Patient [[Aoife Ní Dhomhnaill|P]] (registered as "[[Eva Donnelly|P]]" after marriage), {{45F}}, DOB {{15/05/1981}}, hosp [[RJ0105582|H]]
{{ASA 2}}, {{Mallampati 3}}, {{STOP-BANG 5}} – plan: videolaryngoscope, {{sugammadex 2 mg/kg}} available.
Allergy: latex. Works as a teacher at [[St Brigid's RC Primary School, Beeston|A]].
Husband [[Conor Donnelly|R]] to collect; tel [[0113 496 0902|PH]].
""")
d("safeguarding_referral", A2, """
ADULT SAFEGUARDING CONCERN – {{Birmingham City Council}}
Referral no: [[ASC-2026-119832|REF]]   Police log: [[WMP-20261203-0417|REF]]
Adult at risk: [[Mrs Halima Osman Guleed|P]] ({{81}}, F, DOB {{1945-06-30}}), NHS [[8012347754|N]]
Address: [[Flat 11, Tindal Court|A]], [[Balsall Heath|A]], [[B12 9QT|PC]]
Concern: unexplained bruising to upper arms; carer [[Mr Yusuf Guleed|R]] (grandson) declined to leave the room.
Referrer: {{Dr Anjali Raghunathan}}, {{Queen Elizabeth Hospital Birmingham}}, ext {{5521}}.
Ward manager informed: [[Charge Nurse Deepak Rai|C]].
""")
d("icu_no_identifiers", A1, """
Teaching plan — ICM trainees' journal club
Lead: {{Dr Mariam Haddad}} ({{GMC 7291846}})   Supervisor: {{Dr Helen Okonkwo}}
Paper: {{TTM2}} trial ({{33°C}} vs normothermia) – {{NEJM 2021}}. Discussion points: prognostication at {{72 h}}, {{NSE}} thresholds, {{ERC-ESICM 2021}} algorithm.
Venue {{St James's University Hospital}}, {{Ward J83}} seminar room. No patient data used.
""")
d("geri_ward_round_welsh", A2, """
COTE WR – W712 – {{07/12/2026}} – {{Dr A Raghunathan}}
1. [[Mr Gruffydd Llewelyn ap Iorwerth|P]] ("[[Griff|P]]"), 89, from [[Llanrwst|A]] visiting daughter in Birmingham – delirium {{4AT 5}}; daughter [[Eirlys Jones|R]]
2. [[Mrs Blessing Chukwu|P]], 80 – {{Parkinson's disease}}, {{co-careldopa 25/100}} times must be {{07:00, 11:00, 15:00, 19:00}}
3. [[Mr Tadeusz Wróbel|P]] / [[Mr Tadeusz Wrobel|P]] – {{Lewy body dementia}}, avoid {{haloperidol}}
4. [[Bi Ngoc Pham|P]] 86 – {{MUST 3}}, dietitian
5. [[Mr Ali|P]] (bay B bed 2) – {{Clostridioides difficile}}, side room
""")
d("surg_safety_incident", A3, """
INCIDENT REPORT (LFPSE)   ID [[LFPSE-2026-4471920|REF]]   local no [[MFT-INC-2026-41008|REF]]
Date {{19/11/2026}} {{14:20}}  Location: {{Manchester Royal Infirmary}}, {{Theatre 7}}
Description: Retained swab count discrepancy during {{open appendicectomy}} on [[Miss Rose Okafor|P]] ({{16F}}, hosp [[M0787750|H]]). X-ray on table: no retained item. Count reconciled.
Scrub nurse: [[Lorraine Bishop|C]]; circulating: [[Paul Ward|C]].
Reporter: {{Dr Tomasz Wiśniewski}}
Mother ([[Mrs Chioma Okafor|R]]) informed, duty of candour letter sent {{20/11/2026}}.
""")
d("snod_email", A1, """
Subject: RE: DCD theatre time – [[PK|P]] ICU bed 5
From: [[Claire Whitcombe|C]] (SNOD) <[[claire.whitcombe@nhsbt.example.uk|E]]>
To: {{Mariam Haddad}}

Retrieval team ETA {{23:00}}. Theatre {{12}} booked. Please can we have a repeat {{ABG}}, {{U&E}} and {{LFT}} at {{20:00}}. The family would like [[Fr Tadeusz Mazur|R]] present at withdrawal. NHSBT case no [[ODT-0488172|REF]].
[[Claire|C]]
My mobile if switchboard struggles: [[07700 900347|PH]]
""")
d("stroke_proforma_flat", A2, """
THROMBOLYSIS PROFORMA (flattened table) | Name [[OKONJO Chidi Emmanuel|P]] | MRN [[QE5526190|H]] | DOB {{23/09/1965}} | Sex {{M}} | LKW {{06:10}} | Door {{07:02}} | CT {{07:15}} | Needle {{07:34}} | {{NIHSS 9}} | Wt {{104 kg}} | {{tenecteplase 25 mg}} | BP pre {{165/88}} | Post-lysis {{NIHSS 3}} | Wife [[Ngozi|R]] present | Clinician {{Dr Anjali Raghunathan}} | Consultant {{Dr P Osei}}
""")
d("complaint_colleague_surg", A3, """
Email to clinical lead re: conduct on call
From: {{Tomasz Wiśniewski}}
To: {{Mr Rajesh Menon}}
Date: {{12/11/2026}}
Rajesh, I want to record that on {{10/11}} at {{02:30}} the locum consultant [[Mr Stephen Doherty|C]] (GMC [[6723390|G]]) did not attend when asked to review [[Mrs Benali|P]] ({{SBO}}, lactate {{4.1}}). I escalated to [[Mr Ashworth|C]] who came in. Datix [[MFT-INC-2026-40877|REF]].
Tomasz
""")
d("tiny_note_stroke", A2, """
pls call [[Mrs Kaur|R]] re her husband ([[Jaswinder Singh|P]], bed 4) – she's at the gurdwara ([[Guru Nanak Gurdwara, Soho Road|A]]) until 4pm – [[0121 496 0188|PH]]. {{AR}}
""")
d("wba_icu_team_obs", A1, """
Team Observation (TO2) form
Doctor observed: {{Dr Mariam Haddad}}
Observer: {{Sr Jennifer Mbeki}}, Band 7 ICU nurse (verifier)
Event: ICU ward round {{15/11/2026}}, {{16}} patients including an out-of-area transfer from Hull ([[Mr Will Grant-Sloane|P]], hosp [[J4525589|H]]).
Comments: "Includes nurses in decisions; explained {{PEEP}} changes." 
""")
d("surg_family_meeting", A3, """
Family meeting – {{Ward 4}} – {{06/11/2026}}
Patient: [[Halina Nowak-Wójcik|P]] ("[[Pani Halina|P]]"), {{73F}}, DOB {{02/02/1953}}
Present: {{Dr T. Wiśniewski}} (spoke Polish; interpreter offered and declined, documented), daughter [[Aleksandra (Ola) Nowak-Wójcik|R]], granddaughter [[Kasia|R]], parish priest from [[Polish Catholic Mission, Cheetham|A]].
Discussed failure of conservative management → {{laparotomy}}, {{NELA 6.1%}} mortality. Patient consented (Form 1).
""")
d("rota_csv_icu", A1, """
week_commencing,day,shift,reg,consultant,bleep
{{2026-12-14}},Mon,night,{{Haddad M}},[[Pryce A|C]],{{2217}}
{{2026-12-14}},Tue,night,[[Eze C|C]],[[Pryce A|C]],{{2217}}
{{2026-12-14}},Wed,night,[[Eze C|C]],{{Okonkwo H}},{{2217}}
{{2026-12-14}},Thu,long day,{{Haddad M}},{{Okonkwo H}},{{2218}}
{{2026-12-14}},Fri,long day,[[Lim F|C]],[[Varma S|C]],{{2218}}
# rota v7.3 – approved by {{Dr Helen Okonkwo}}, rota lead; contact [[0113 496 0500|PH]] (ICU rota office)
""")
d("interpreter_email_arabic", A3, """
From: {{Tomasz Wiśniewski}}
To: Language Services <[[languageservices@mft.example.nhs.uk|E]]>
Subject: Arabic (Moroccan Darija) interpreter – pre-op

Dear team,
Please book a Darija-speaking interpreter for [[Mrs Fatima Zahra Benali|P]] (PAS: "[[BENALI Fatimazahra|P]]"; her GP letter says "[[Fatema Benaly|P]]"), MRI no [[M0776013|H]], {{Ward 4}}, {{17/11/2026}} {{08:00}}.
Her husband, [[Mr Mohammed Benali|R]] (he writes "[[Mohamed|R]]", his brother "[[Muhammad|R]]" phoned too), is on [[07700 900264|PH]]. They attend [[Manchester Central Mosque, Victoria Park|A]] and asked that a female interpreter be sent.
Kind regards
Tomasz
--
{{Dr Tomasz Wiśniewski}} | Specialty Doctor | Ward 4 office [[0161 496 0311|PH]]
""")
d("reflection_roma_surg", A3, """
Reflection – working with a Roma family on the surgical take ({{January 2027}} draft)
A {{52}}-year-old Roma man from Slovakia, [[Mr Ladislav Oláh|P]] (ambulance sheet "[[Ladislav Olah|P]]", family use "[[Laco|P]]"), came in with a perforated duodenal ulcer. About 20 relatives came to the ward; his eldest son, [[Dušan|R]], spoke for the family. The nurse in charge, [[Sr Kelly Marsh|C]], asked security to clear the corridor.
I felt this was handled poorly. Later I met the family in the relatives' room, explained the {{Graham patch repair}}, and agreed two visitors at a time.
Learning: cultural humility, use of a Slovak/Romani interpreter, and agreeing a family spokesperson early. Discussed with {{Mr Rajesh Menon}} at supervision.
{{TW}}
""")
d("wba_assessor_role", A2, """
Mini-CEX (applicant as ASSESSOR) – evidence of teaching/supervision
Assessor: {{Dr Anjali Raghunathan}} (GMC {{7384021}})
Trainee assessed: [[Dr Oliver Kent|C]], FY1, GMC [[7990215|G]]
Date {{27/11/2026}}; case: {{84F}} delirium, {{4AT 9}}, patient [[Mrs Ng|P]] ("[[Ng Siu Ling|P]]", Cantonese speaker)
Feedback given: structured delirium screen good; missed urinary retention ({{bladder scan 850 ml}}).
Countersigned {{Dr Philip Osei}}
""")
d("stroke_somali_note", A2, """
HASU bed 7 – 08/12 – {{AR}}
[[Mrs Khadra Abdullahi Nur|P]] ("[[Khadro|P]]" on ambulance form), {{67F}}, DOB {{14/03/1959}}, MRN [[QE5530041|H]]
R MCA infarct, outside window; {{aspirin 300 mg}} for {{14 days}}, then {{clopidogrel 75 mg}}.
Daughter [[Sagal|R]] (calls her "Hooyo") interpreting informally – professional Somali interpreter booked (Bigword job [[BW-7731902|REF]]).
Lives with son in [[Small Heath|A]]; son works nights at [[Royal Mail Birmingham Mail Centre|A]].
""")
d("m_and_m_stroke_short", A2, """
Stroke governance {{Dec 2026}}: Case 2 – symptomatic ICH after {{alteplase}} (sICH, {{NIHSS}} {{9}}→{{22}}). Pt [[C.E.O.|P]], {{61M}}, [[QE5526190|H]]. Protocol BP > {{180/105}} at {{45 min}} not treated for {{25 min}} (nurse [[Abigail Francis|C]] escalated; SHO [[Dr Ben Ackroyd|C]] busy in ED). Learning: BP PGD for nurses. {{Dr A Raghunathan}} presenting; chair {{Dr Philip Osei}}.
""")
