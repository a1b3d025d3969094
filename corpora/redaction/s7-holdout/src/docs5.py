DOCS = []
def D(kind, applicant, text):
    DOCS.append((kind, applicant, text))

D("gp_letter_northern_ireland", "Dr Siobhan McAleese", """\
{{Western Health and Social Care Trust}}
{{Altnagelvin Area Hospital}} - Paediatric Outpatients
Glenshane Road, Londonderry

Date typed: 15/01/2026                       Our Ref: [[SMcA/AB/PAED/0093|REF]]
                                             H&C No: [[494 201 8856|N]]
                                             Hosp No: [[A1176543|H]]

Dr [[Eimear Doherty|C]]
[[Shantallow Health Centre|A]]
[[Racecourse Road|A]]
[[Derry BT48 8NL|A]]

Dear Dr [[Doherty|C]]

[[Oisín Mac Giolla Bhríde|P]], DOB {{11/07/2014}}, {{Male}}
[[17 Ballyarnett Park|A]], [[BT48 8HR|PC]]

Diagnosis: {{Type 1 diabetes mellitus}}, {{HbA1c 71 mmol/mol}}; {{coeliac screen negative}}.

I reviewed [[Oisín|P]] with his grandmother, Mrs [[Bríd McGonagle|R]], who has parental responsibility. He is on {{insulin aspart}} via {{Omnipod 5}} with {{Dexcom G7}}; time-in-range {{52%}}. School staff at [[St Brigid's PS|A]] have not been trained on the pump; our DSN, [[Roisin Gallagher|C]], will visit.

He is playing Gaelic football for [[Steelstown GAC|A]] and hypos after training; reduced basal by {{20%}} on training days.

Yours sincerely

{{Dr Siobhan McAleese}}
Specialty Doctor (Paediatrics), GMC {{7412983}}
Dictated: SMcA   Typed: [[AB|C]]""")

D("ocr_scanned_letter", "Dr Kwabena Owusu-Ansah", """\
ROYAL BERKSHlRE NHS FOUNDATlON TRUST
Care of 0lder People - Elderly Care Day Unit
Tel: [[0I632 960212|T]]   Fax: [[0I632 960213|T]]

0ur ref: [[K0A/tr/ECDU/25-661|REF]]
Clinic date: 2l/05/2025

Dr [[P. Vasilescu|C]]
[[Abbey Meadows Surgery|A]]
[[Kings Rd, Readinq  RG1 3BD|A]]

Dear Dr [[Vasi1escu|C]]

Re:  Mr [[Albert Emmanue1 Quaye|P]]   D0B: {{04/10/1939}}
     NHS N0: [[728 554 O913|N]]     Hosp N0: [[RBH 077 9121|H]]
     [[Flat 2, 19 0xford Road|A]], [[Readinq|A]] [[RG1 7LT|PC]]

Diaqnoses: 1. {{Lewy body dementia}} ({{MoCA 17/30}})   2. {{Orthostatic hypotension}}
           3. Recurrent fa1ls - 4 in 3 months

Mr [[Quaye|P]] came with his niece [[Akosua|R]]. Lying BP {{142/78}}, standing {{108/64}} at 3 min. I have stopped {{tamsu1osin 400 micrograms}} and started {{fludrocortisone 50 micrograms}}.
{{Rivastigmine patch 4.6 mg/24 h}} to continue.

Yours sincere1y

{{Dr K 0wusu-Ansah}}   ({{Dr Kwabena Owusu-Ansah}}, GMC {{7801147}})
Consultant Geriatrician
cc: [[Akosua Quaye-Mensah|R]], [[akosua.qm@example.com|E]]""")

D("sbar_phone_note", "Dr Chen Wei-Ling", """\
ICU OUTREACH - SBAR TELEPHONE REFERRAL (free-text box from e-obs)     {{Royal Cornwall Hospital}}
Time of call: 02:47  {{12/03/2025}}   Caller: SN [[Demelza Rowe|C]], {{Wheal Coates Ward}}   Receiver: {{Dr W-L Chen}} (ICU reg, {{7709215}})

S - Mr [[Lanyon|P]] {{bed 6}}, {{NEWS2 9}}, sats {{86% on 15 L NRB}}.
B - {{78M}}, day 2 post {{laparotomy}} (Mr [[Hocking|C]]), COPD, lives with wife [[Morwenna|R]] in [[Mousehole|A]].
A - RR {{34}}, HR {{128 AF}}, BP {{84/46}}, lactate {{5.2}}. ?anastomotic leak vs aspiration.
R - ICU review now; surgical reg Dr [[Sorin Munteanu|C]] bleep [[3381|T]] informed. Family: wife's number on PAS ([[01632 960 402|T]]).

Outcome (Dr Chen): reviewed 03:05, admitted ICU bed {{ICU-3}}, {{noradrenaline 0.15 microgram/kg/min}}, {{meropenem 1 g TDS}}. PAS no. [[RCH-1127740|H]].
Signed {{WLC}} 03:50""")

D("tribunal_report", "Dr Hamza Al-Qureshi", """\
FIRST-TIER TRIBUNAL (MENTAL HEALTH) - RESPONSIBLE CLINICIAN'S REPORT
Tribunal case no: [[MP/2025/11873|REF]]     Hospital: {{Newsam Centre}}, {{Ward 2}}
Patient: [[Yusuf Ghazali|P]]   DOB {{30/03/1999}}   Detained under {{section 3 of the Mental Health Act 1983}}
Responsible clinician: {{Dr Hamza Al-Qureshi}} (GMC {{7520461}})

1. Mr [[Ghazali|P]] is a {{26}}-year-old man with {{paranoid schizophrenia}} ({{ICD-10 F20.0}}). He was admitted on section 2 on 11/11/2025 after his brother ([[Idris Ghazali|R]]) found him barricaded in his flat.
2. Medication: {{aripiprazole long-acting injection 400 mg monthly}}; {{PANSS positive 24}} on admission, {{14}} now.
3. Risk: verbal threats to neighbour Mr [[Peter Lumb|R]] at [[Clarendon Court|A]].
4. The nearest relative has applied to discharge; I have issued a barring report (M2).
5. Views of the care co-ordinator [[Femi Adewale|C]] and of the named nurse [[Gemma Hurst-Nicholls|C]] are attached.
6. I recommend continued detention.

Signed {{H Al-Qureshi}} 02/12/2025""")
