DOCS = []
def D(kind, applicant, text):
    DOCS.append((kind, applicant, text))

D("ward_list_ordinary_word_names", "Dr Kwabena Owusu-Ansah", """\
HURLEY WARD - BOARD ROUND LIST - Tue 15/04/2025 - Cons: {{Dr Owusu-Ansah}}
Bed  Name                 Age  Dx                                 EDD     Plan / barrier
{{1}}    [[Faith Hope|P]]           {{84}}   {{UTI}}, delirium                      16/04   home w/ POC - [[Joy|R]] (dtr) collecting
{{2}}    Mr [[Bishop|P]]               {{90}}   {{NSTEMI}}                            ?       cardiology r/v, {{ticagrelor 90 mg}} BD
{{3}}    [[Rose Baker|P]]           {{77}}   {{cellulitis}} L leg                   17/04   IV->PO {{clindamycin 300 mg}} QDS
{{4}}    [[Sandy Hill|P]]           {{81}}   {{Parkinson's disease}}, fall           ?       PT/OT; {{co-careldopa 25/100}} time-critical
{{5}}    [[Will Mason|P]]           {{86}}   {{hyponatraemia}} ({{Na 119}})          ?       fluid restrict 1 L; {{SIADH}} screen
{{6}}    Mrs [[Summer|P]]             {{92}}   EOL care                          -       {{syringe driver}}; son [[Guy|R]] staying
Bay B side room: [[Pat Page|P]], {{79}}, {{C. difficile}}, {{vancomycin 125 mg}} QDS
Note: pt in bed 3 is NOT the ward's HCA [[Rose|C]] (different person). Ask [[Rose Baker|P]] re her {{warfarin}}.
Board round attended by {{KOA}}, SN [[Grace Mercy Amankwah|C]], OT [[Hope Ellery|C]].""")

D("teams_chat_export", "Dr Priya Raghunathan", """\
Microsoft Teams - chat export - "ED Majors Seniors" - {{12/09/2025}}
[01:02] [[Ahmed Karimi|C]]: anyone free? majors 14 - pt [[Kerry Lomax|P]] hypotensive after {{tazocin}}, ?anaphylaxis
[01:03] {{Priya Raghunathan}}: coming. give {{adrenaline 0.5 mg IM}} now
[01:09] {{Priya Raghunathan}}: better. BP {{102/60}}. Put allergy on Lorenzo pls, MRN [[H0488102|H]]
[01:15] [[Ahmed Karimi|C]]: done. Husband [[Gav|R]] on way, his number [[07700 900199|T]] if needed
[02:40] [[Lena Vu|C]]: resus 2 - {{STEMI}} from crew, CAD [[HU-2509120231|REF]], cath lab called
[02:41] {{Priya Raghunathan}}: 👍 I'll take it. @[[Karimi|C]] can you cover majors
[03:55] [[Lena Vu|C]]: pt from resus 2 = Mr [[Jonjo Feeley|P]] btw, his GP is Dr [[Manjit Rai|C]] at [[Newland Ave|A]]
[04:12] {{Priya Raghunathan}} (GMC {{7234518}}): handing over at 08:00 to {{PR}}'s day colleague Dr [[Oyin Bamigboye|C]]""")

D("dvla_letter", "Dr Catriona MacLeod", """\
Medical Advice to DVLA - Confidential
{{Raigmore Hospital}}, Respiratory Sleep Service

DVLA case ref: [[D-MED-25-0771348|REF]]
Driver number: [[MACKI702154M99AB|O]]
Patient: [[Iain Alasdair MacKinnon|P]]  DOB {{21/02/1970}}  CHI [[2102701587|N]]
[[Croft 4, Balmacara|A]], [[IV40 8DH|PC]]

I confirm Mr [[MacKinnon|P]] has {{moderate obstructive sleep apnoea}} ({{AHI 24/h}}, {{ODI 21}}), with excessive sleepiness ({{Epworth 16}}) at diagnosis. He has used {{CPAP}} for {{6 weeks}}, mean use {{6.2 h/night}}, residual {{AHI 2.1}}, {{Epworth 5}}. In my opinion his sleepiness is controlled and he meets the {{Group 2}} standard for HGV driving.
His employer ([[Loch Duich Haulage|A]]) and his wife ([[Kirsteen|R]]) are aware.

{{Dr Catriona MacLeod}} GMC {{7290034}}""")

D("nhs111_call_log", "Dr Siobhan McAleese", """\
GP OUT OF HOURS - CLINICAL ASSESSMENT RECORD (Adastra)
Case no: [[OOH-NI-260118-2271|REF]]     Received 18/01/2026 22:14     Priority: {{Urgent (2 h)}}
Caller: [[Michaela Tohill|R]] (mother)   Call-back no: [[07700 900812|T]]
Patient: [[Rory Tohill|P]] DOB {{30/05/2023}} M  H&C [[318 774 2096|N]]
Address: [[5 Mullaghmore Close|A]], [[Dungannon|A]], [[BT71 6PP|PC]]   Registered GP: [[Ballysaggart Surgery|A]]

Clinician: {{Dr S. McAleese}} (GMC {{7412983}})
Hx: 2yo, barking cough, stridor at rest on crying only. Temp {{38.1}}. No drooling. {{Westley croup score 3}} (mild-mod).
Advice: {{dexamethasone 0.15 mg/kg}} - face-to-face at {{South Tyrone Hospital}} OOH base 23:00. Safety-netted, red flags given. Dad ([[Conor|R]]) to drive.
Outcome: seen 23:10, {{dexamethasone 2 mg}} PO given, discharged. Record shared with GP.""")

D("icu_ward_round", "Dr Chen Wei-Ling", """\
ICU WARD ROUND - FAST HUGS BID checklist - {{Bed ICU-3}} - Day 4 - {{16/03/2025}}
Pt: [[LANYON, Jory|P]]  RCH [[RCH-1127740|H]]   {{78M}}   Consultant: {{Dr Tamsin Hoskin}}   Reg: {{Dr W-L Chen}} ({{7709215}})
F - NG feed {{Nutrison 1.5}} at {{50 mL/h}}          A - {{fentanyl 50 micrograms/h}}      S - {{RASS -2}} on {{propofol 2%}} 10 mL/h
T - {{tinzaparin 4500 units}}                       H - HOB {{30°}}                       U - {{omeprazole 40 mg}}
G - {{VRIII}} CBG 8-10                                  S - {{SOFA 9}} (was 11)
B - bowels not open 4 days                        I - lines: R IJ CVC day 4, art line
D - {{meropenem}} day 4 + {{vancomycin}} (level {{17.2}})
Family: wife [[Morwenna Lanyon|R]] visited; updated by {{WLC}}. Son [[Kit|R]] lives in Australia - call arranged.
Micro: BAL [[MB-25-004418|O]] - {{Pseudomonas aeruginosa}} sens. meropenem.
Plan: SBT tomorrow; discuss trache with ENT (Mr [[Nankivell|C]]).""")

D("capacity_assessment_scotland", "Dr Catriona MacLeod", """\
ASSESSMENT OF CAPACITY - {{Adults with Incapacity (Scotland) Act 2000}}, s.47 certificate
{{Raigmore Hospital}}, {{Ward 6B}}             Date {{02/07/2025}}
Adult: [[Elspeth Margaret Cumming|P]]   CHI [[0903342291|N]]   DOB {{09/03/1934}}
Welfare attorney (POA): [[Alistair Cumming|R]] (son), registered OPG no [[POA-W-2019-338120|REF]]

Decision: whether to have a {{PEG}} inserted.
The adult has {{vascular dementia}} ({{MoCA 9/30}}). She could not retain or weigh information about the PEG despite two attempts with SALT ([[Rhona Beaton|C]]).
I judged that she lacks capacity for this decision. Consulted her attorney and her friend and neighbour Mrs [[Jean Fotheringham|R]] ([[Drumossie Avenue|A]]).
Outcome: PEG not in her interests; {{risk feeding}} with {{IDDSI level 4}} diet agreed.

Certificate issued by: {{Dr Catriona MacLeod}}, GMC {{7290034}}. Section 47 plan reviewed with {{Dr Euan Sutherland}}.""")

D("occupational_health_referral", "Dr Tomasz Wiśniewski", """\
MANAGEMENT REFERRAL TO OCCUPATIONAL HEALTH - CONFIDENTIAL
Referring manager: {{Mr Tomasz Wiśniewski}}, Clinical Lead Colorectal Surgery (GMC {{7345120}})
Employee: Dr [[Naledi Khumalo|C]], ST3 General Surgery   Employee no. [[STS-E-0449182|O]]   GMC [[7588104|G]]
NI number: [[QQ 12 34 56 C|O]]   Home: [[8 Fulwell Road|A]], [[SR6 9QR|PC]]   Mobile [[07700 900668|T]]

Reason: Dr [[Khumalo|C]] had a needlestick injury ({{hollow-bore}}, {{gloved}}) in theatre on {{04/11/2025}} from source patient Mrs [[Glenys Ord|P]] (hosp no [[4512270|H]]). Source {{HBsAg}} negative, {{HCV}} and {{HIV}} results awaited. Also 3 episodes of sickness in 6 months ({{Bradford score 90}}).
Questions: fitness for exposure-prone procedures; adjustments.
Discussed with Dr [[Khumalo|C]], who consents. HR adviser: [[Debra Tait|C]], case [[HR-2025-1187|REF]].""")
