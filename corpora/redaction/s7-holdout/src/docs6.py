DOCS = []
def D(kind, applicant, text):
    DOCS.append((kind, applicant, text))

D("police_information_request", "Dr Priya Raghunathan", """\
HUMBERSIDE POLICE - REQUEST FOR PERSONAL DATA (Schedule 2, Part 1, para 2 {{Data Protection Act 2018}})
Crime reference: [[16/44718/25|REF]]      Occurrence no: [[HP-20250714-1182|REF]]
Officer: DC [[Marcus Threlfall|C]], collar [[4417|O]], [[marcus.threlfall@humberside.example.police.uk|E]], [[01632 960 719|T]]

To: ED Consultant, {{Hull Royal Infirmary}}

Subject: [[Lucy-Anne Pritchett|P]] (also known as [[Lucy Marr|P]]) DOB {{02/11/2001}}
Attended your department 14/07/2025 approx. 01:30 following an assault at [[The Kingston Arms|A]], [[Anlaby Road|A]].

Please provide: nature of injuries, whether intoxicated, any account given.

--- Reply (ED) ---
Seen by {{Dr Priya Raghunathan}} (GMC {{7234518}}) at 02:10. ED attendance no [[A&E-25-118430|H]]. {{GCS 15}}. {{2 cm}} laceration {{left eyebrow}}, closed with {{Steri-Strips}}; {{CT head}} not indicated ({{NICE NG232}}). Patient consented to disclosure (signed form witnessed by nurse [[Hollie Ndlovu|C]]). She stated her ex-partner "[[Deano|R]]" ([[Dean Marr|R]]) headbutted her. IDVA referral made, ref [[IDVA-HULL-3390|REF]].
{{P. Raghunathan}}, Consultant in Emergency Medicine""")

D("obstetric_case_note", "Dr Eleri Pritchard", """\
CASE SUMMARY FOR PORTFOLIO - Shoulder dystocia, {{Ysbyty Glan Clwyd}}, {{Delivery Suite}}, {{room 5}}
Applicant: {{Eleri Pritchard}} (GMC {{7618834}})        Supervisor who verified: {{Mr Huw Tudor-Price}}, FRCOG

Woman: [[María José de la Cruz García|P]] ({{G2P1}}, {{39+4}}), hospital no [[C557801W|H]]; referred to by the team as "[[Majo|P]]". Mrs [[de la Cruz García|P]] speaks Spanish; her sister-in-law [[Ximena Ortega Ruiz|R]] interpreted until the telephone interpreter (LanguageLine ID [[LL-775410|O]]) connected.
Partner: [[Guillermo "Memo" Barrios|R]].

Events: head delivered 03:12; turtle sign. Emergency bell 03:12; I performed {{McRoberts' manoeuvre}} and {{suprapubic pressure}} - unsuccessful; delivery of posterior arm 03:15 (head-to-body {{3 min}}). Baby girl {{4.21 kg}}, {{Apgar 3/7/9}}, {{cord pH 7.19}}, BE {{-9}}. Midwife [[Catrin Lloyd|C]] scribed; neonatal reg Dr [[Kwame Agyeman-Duah|C]] attended. Baby admitted to SCBU {{cot 4}}; {{Erb's palsy}} suspected.

Datix [[WC-2025-33807|REF]] (shoulder dystocia is a trigger). Debrief with parents 06/10 by {{EP}} and {{Mr Tudor-Price}}.""")

D("paediatric_ed_attendance", "Dr Siobhan McAleese", """\
NIECR - ED ATTENDANCE SUMMARY        {{Royal Belfast Hospital for Sick Children}}
Attendance: [[RBHSC-ED-2026-004412|H]]   Arrival 19:42 {{03/01/2026}}   Triage {{Manchester Triage Category 2 (orange)}}
Name: [[Zainab Bello-Kareem|P]]    DOB {{09/09/2024}}   {{Female}}   H&C [[630 885 2217|N]]
Accompanied by: mother [[Folasade|R]] and aunt Mrs [[T. Adeleke|R]]
GP: Dr [[Colm Breslin|C]], [[Grosvenor Road|A]]

PC: {{15}}-month-old, 2 days fever, {{non-blanching rash}} on legs.
Obs: {{T 39.4}}, {{HR 176}}, {{CRT 3 s}}, {{RR 44}}. {{NICE traffic light: red}}.
Mx: {{ceftriaxone 80 mg/kg}} IV, {{fluid bolus 10 mL/kg}}, bloods incl. {{meningococcal PCR}}, LP deferred.
Discussed with PICU (Dr [[Agata Wróbel|C]]) - transferred to {{PICU bed 8}}.
Public health notified ([[PHA-HP-26-0071|REF]]).

Clinician: {{Dr S McAleese}}, GMC {{7412983}}   Senior review: {{Dr Ruairí Devlin}}""")

D("reflection", "Dr Kwabena Owusu-Ansah", """\
REFLECTIVE PRACTICE ENTRY - "What I learned from [[Big Mick|P]]"
Author: {{Kwabena Owusu-Ansah}} ({{KOA}}), GMC {{7801147}}        Date: 20/02/2025

What happened?
A {{93}}-year-old former docker - everyone on {{Hurley Ward}} called him "[[Big Mick|P]]" (his name was [[Michael Feeney|P]]; his son [[Sean|R]] told us he hated "Michael") - was admitted with {{aspiration pneumonia}} and {{Clinical Frailty Scale 7}}. I led a best-interests discussion under the {{Mental Capacity Act 2005}}. His {{ReSPECT form}} had been completed by his GP, Dr [[Yetunde Alabi|C]], but had not travelled with him.

So what?
My F1, [[Callum|C]], had started {{IV piperacillin-tazobactam}} at 03:00 without knowing [[Mick|P]]'s wishes. I was irritated, but the failure was a system one (incident [[IN-0098821|REF]]).

Now what?
I now ask the ward clerk ([[Ruth-Ann|C]]) to fax/e-mail for ReSPECT forms on admission. I presented this at the {{Care of Older People}} governance meeting.

Discussed with and signed by my educational supervisor: {{Dr Ruth Galloway}}""")
