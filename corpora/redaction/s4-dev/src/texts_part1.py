# Source of texts.jsonl, part 1 (d4-001 .. d4-012).
# Markup: [[string|TYPE]] = identifier that must be removed; {{string}} = string that must stay.
# TYPE codes are expanded by make_texts.py (PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID).

DOCS = []

DOCS.append(dict(id="d4-001", kind="handover_list", applicant="Dr Wei Zhang", src="""KINGSMEAD UNIVERSITY HOSPITAL NHS TRUST - EMERGENCY DEPARTMENT
Night > Day handover   Sat {{08/03/2025}} 07:45  (printed from Symphony, annotated, retyped for portfolio)

Handing over: {{Dr Wei Zhang}} (Specialty Doctor EM)    Taking over: Dr [[Ruth Oyelaran|CN]] (ST4)
NIC: [[Callum Breen|CN]]    Site manager bleep [[2291|PH]]

BAY\tPT NO\t\tAGE/SEX\tISSUE / PLAN
R1\t[[2210457|HN]]\t{{61M}}\t{{NEWS2 7}}, CAP vs PE. {{Wells score}} 4.5 -> CTPA 08:30. {{Tazocin 4.5 g IV TDS}}. Dtr [[Marcia|RN]] en route
R2\t[[30981146|HN]]\t{{84F}}\t#NOF L. fascia iliaca block 04:10 ({{levobupivacaine 0.25% 30 ml}}). bed on {{Ward 23}} after 10
R4\t[[2214983|HN]]\t47M\tEtOH withdrawal, CIWA-Ar 19. chlordiazepoxide reducing regime + Pabrinex. ?seizure hx - observe
M6\t[[2198870|HN]]\t29F\tDKA - {{pH 7.12}}, ketones 5.8. FRIII started 02:15, K+ {{4.1 mmol/L}}. Medics accepted (Dr [[Farouk|CN]])
M9\t[[2217301|HN]]\t92F\tfall, long lie ?12h, CK 4,300, {{GCS 14/15}} (baseline per NH). CT head NAD. Safeguarding form done - NH = [[Larkfield House|AD]]
M11\t[[2203145|HN]]\t35M\thead inj, assault. police present (PC [[Danny Whitlock|CN]], crime ref [[KM/25/018834|REF]]). CT C-spine clear
CDU2\t[[2216598|HN]]\t73M\tAF 140s, rate ctrl w/ {{bisoprolol 2.5 mg}}. {{CHA2DS2-VASc 4}}. for {{apixaban 5 mg BD}} if eGFR ok
CDU4\t[[2219004|HN]]\t19F\tparacetamol OD staggered, level @4h 212. NAC 12h SNAP regime - liaison psych (Dr [[Nkem|CN]]?) to see am

Outstanding:
 - M9 NOK not contacted - number on PAS wrong (rang [[01632 960418|PH]], not known). Try GP in hours.
 - R2 needs G&S x2 before theatre
 - R1 daughter asking for "the doctor who saw him" - pls speak to her
Breaches: 4 (R2, M6, M9, M11).  12-hr: 1 (M9).  Ambulance holds at 07:30: 3
"""))

DOCS.append(dict(id="d4-002", kind="caseload_table", applicant="Dr Siobhán Ní Bhriain", src="""Castlegate CMHT (North locality) - consultant caseload review
Consultant psychiatrist: {{Dr Siobhán Ní Bhriain}}  GMC {{7153309}}
Period: Q2 2024 / prepared {{02/07/2024}} for job planning + CESR (caseload management)
!! DRAFT - names still in, redact before upload !!

|  # | Pt          | ID       | Age/Sex | Dx (ICD-10)                         | Legal status | CPA | Last review | Care co-ord        |
|----|-------------|----------|---------|-------------------------------------|--------------|-----|-------------|--------------------|
|  1 | [[D.McK.|PN]]      | [[1004567|HN]]  | {{34F}}     | {{F20.0}} paranoid schizophrenia        | CTO (s17A)   | Y   | 12/06/24    | [[Bev Aldous|CN]]         |
|  2 | [[A.S.|PN]]        | [[1019932|HN]]  | 52M     | {{F31.2}} BPAD, manic w/ psychosis      | informal     | Y   | 30/05/24    | [[Kojo Mensah-Bonsu|CN]]  |
|  3 | [[R.T-W.|PN]]      | [[1023310|HN]]  | 27F     | F60.3 EUPD                          | informal     | N   | 19/06/24    | -                  |
|  4 | [[Marek W.|PN]]    | [[1008841|HN]]  | 41M     | F20.0 + F10.2                       | s37/41 (CD)  | Y   | 08/05/24    | [[Bev Aldous|CN]]         |
|  5 | [[Precious O.|PN]] | [[1031275|HN]]  | 23F     | {{F32.2}} severe depressive episode     | informal     | Y   | 27/06/24    | [[Sunita Rao|CN]]         |
|  6 | [[G.H.|PN]]        | [[1002218|HN]]  | 68M     | F06.2 organic delusional disorder   | DoLS (care home) | N | 03/06/24  | [[Sunita Rao|CN]]         |
|  7 | [[T.F.|PN]]        | [[1027764|HN]]  | 31M     | F20.0, {{clozapine 450 mg}} nocte       | informal     | Y   | 21/06/24    | [[Kojo Mensah-Bonsu|CN]]  |
|  8 | [[Wren|PN]] (pref. name) | [[1033902|HN]] | 19NB | F84.5 + F41.1                   | informal     | N   | 25/06/24    | -                  |

Notes
- Pt 1: clozapine level 0.42 mg/L on 11/06, ANC 3.1. CTO renewal due Aug - AMHP [[Lorraine Quigley|CN]] booked.
- Pt 4: restricted - MoJ MHCS ref [[MHCS/2019/04471|REF]]; next annual statutory report due 01/09/24. Tribunal ref [[MP/2024/11873|REF]] (hearing 16/08).
- Pt 6: {{ACE-III 61/100}} (04/24). Daughter [[Helen|RN]] has LPA health & welfare.
- Pt 7: on {{clozapine 450 mg}}; weight 112 kg, {{HbA1c 49 mmol/mol}} - referred to physical health clinic.
- Pt 8 ([[Wren|PN]]) - uses they/them. CAMHS transition letter from Dr [[Adaeze Nwosu|CN]] 03/24.
HoNOS mean 17.4 (range 9-26). {{Mental Health Act 1983}} caseload: 2/8. Median time since last medical review 29 days.
"""))

DOCS.append(dict(id="d4-003", kind="logbook_extract", applicant="Dr Tomasz Wiśniewski", src="""RCoA Lifelong Learning - Logbook export (cases)   user: {{Dr Tomasz Wiśniewski}}  GMC {{7480532}}
Export date 14-Nov-2025 09:12   Filter: 01-Sep-2025 to 31-Oct-2025, site = Severnside General Hospital
NB the "Local ID" column auto-fills from the theatre system - check before submitting!!

Date       Local ID    Init  Age  Sex  ASA  Urg   Specialty   Procedure                          Technique                  Sup
03/09/25   [[M0456712|HN]]    [[JKP|PN]]   71   M    3    Elec  Urology     TURP                               {{spinal 2.6 ml 0.5% heavy bupivacaine}}  Solo
03/09/25   [[M0391004|HN]]    [[SJC|PN]]    58   F    2    Elec  Gynae       lap hysterectomy                   GA ETT, TIVA                Solo
09/09/25   [[M0477251|HN]]    [[AO|PN]]    34   F    1    Em    Obstetric   Cat 1 LSCS                         GA RSI (thio/roc)           Solo
09/09/25   [[M0480032|HN]]    [[BW|PN]]    88   M    4    Em    Gen surg    laparotomy, Hartmann's             GA, art line, CVC           Dist
17/09/25   [[M0112987|HN]]    [[ND|PN]]    6    M    1    Elec  ENT         adenotonsillectomy                 GA gas induction, LMA       Solo
24/09/25   [[M0459930|HN]]    [[RM-H|PN]]  46   F    3    Elec  Ortho       TKR                                spinal + adductor canal     Solo
02/10/25   [[M0468871|HN]]    [[LK|PN]]    79   F    3    Urg   Ortho       #NOF DHS                           {{fascia iliaca}} + spinal      Solo
15/10/25   [[M0471160|HN]]    [[QZ|PN]]    27   M    1E   Em    Gen surg    lap appendicectomy                 GA RSI                      Taught
22/10/25   [[M0480032|HN]]    [[BW|PN]]    88   M    4    Em    Gen surg    re-look laparotomy                 GA                          Dist
29/10/25   [[M0402215|HN]]    [[FE|PN]]    63   M    {{ASA 3}}  Elec  Vascular    EVAR                               GA, art line                Solo

Totals in period: 10 cases / 9 patients.  ASA 1: 3, ASA 2: 1, ASA 3: 4, ASA 4: 2.  {{Cat 1 LSCS}}: 1.  Paeds <10y: 1.
Comments field (case 09/09/25 obstetric): difficult airway - grade 3 view, {{Cormack-Lehane 3}}, bougie, 2nd attempt success. DAS guidelines followed. Difficult airway alert letter sent to GP + patient.
Comments (22/10/25): discussed with consultant Dr [[Ellis Pemberton|CN]] by phone, attended for extubation planning.
Totals to date (career): 2,418 cases. Page {{1 of 1}}
"""))

DOCS.append(dict(id="d4-004", kind="take_list", applicant="Dr Mei-Ling Chan", src="""Acute Medical Unit - Post-take ward round list (PTWR)   Tue {{14/01/2025}}
Post-take consultant: {{Dr Mei-Ling Chan}}   Reg: Dr [[Jaspreet Sandhu|CN]]   FY1: Dr [[Eilidh Munro|CN]]
Pennine Moor Hospital - AMU A/B

1. [[K.L.|PN]] ([[2210457|HN]]), 61M  - AMU A bed 3. CAP, {{CURB-65 3}}, O2 2L. Amoxicillin + clarithromycin. CXR R lower lobe. For ward.
2. [[P.N.|PN]] ([[2234410|HN]]), 77F  - {{AMU B bed 12}}. Delirium ?UTI vs constipation. {{4AT 6}}. {{Clinical Frailty Scale 6}}. Collateral from son ([[Rajesh|RN]]) - baseline independent w/ stick.
3. Mr [[Sandy Hill|PN]] ([[2190076|HN]]), 54M - AMU A bed 9. UGIB, {{Glasgow-Blatchford score 12}}, Hb {{Hb 71 g/L}}. OGD today - GI reg aware. 2u RBC.
4. [[D.O.|PN]] ([[2240981|HN]]), 38F - AMU A bed 1. Asthma exacerbation, PEF 45% best. Nebs, pred 40 mg. ?discharge pm.
5. [[J.McG.|PN]] ([[2238115|HN]]), 81M - AMU B bed 4. Fall + AKI stage 2 (creat 212, baseline 98). Hold ramipril + metformin.
6. [[Hill|PN]] again - OGD result pending, see above, review 16:00.
7. [[Z.A.|PN]] ([[2241302|HN]]), 45M - AMU B bed 7. Chest pain, {{hs-troponin 8 ng/L}} then 9. HEART score 3. D/C with RACPC.
8. [[Bronwen Thomas|PN]] ([[2199855|HN]]), 90F - AMU B bed 10. Recurrent falls, {{NEWS2 1}}. OT/PT. TTO done. Daughter [[Carys|RN]] to collect (mob [[07700 900233|PH]]).

Jobs:
- bed 3 ([[K.L.|PN]]): sputum cx, legionella/pneumococcal Ag
- bed 12: bladder scan, stool chart, septic screen if spikes
- bed 9: crossmatch done 08:50, G&S valid to 16/01
Total: 8 pts seen. Escalations: 1 (bed 9 to HDU review - not needed). D/C today: 2.
"""))

DOCS.append(dict(id="d4-005", kind="virtual_ward_list", applicant="Dr Rhodri ap Gwilym", src="""Ysbyty Cwm Tawel - Frailty Virtual Ward / Hospital at Home
MDT board round 10:00 Wed {{05/11/2025}}   Chair: {{Dr Rhodri ap Gwilym}} (Consultant Geriatrician)
Present: ANP [[Mererid Lloyd|CN]], physio [[Tom Baptiste|CN]], pharm [[Nasreen Akhtar|CN]], SW (joined 10:20)

NHS no.         Pt (initials)  Age/Sex  Day  Reason                            NEWS2  Plan
[[688 204 1137|NHS]]    [[E.B.|PN]]           {{93F}}      4    CAP, {{doxycycline 100 mg}} day 4/5      2      d/c from VW Fri
[[6419023376|NHS]]      [[D.P.|PN]]           86M      2    fall, #pubic rami, analgesia      1      PT daily, {{Zomorph 10 mg BD}}
[[702 118 4469|NHS]]    [[G.ap I.|PN]]        79M      6    HF decomp, IV furosemide 80 mg OD  3      wt 78.4 kg (-3.1), U&E today
[[655 871 0192|NHS]]    [[M.R.|PN]]           91F      1    delirium, UTI                      0      4AT repeat; NOK [[Gwenda|RN]] visiting daily
[[6993051284|NHS]]      [[S.O'C.|PN]]         88F      9    cellulitis L leg                   1      oral step-down, {{flucloxacillin 1 g QDS}}

Also discussed (not on VW yet):
 - [[I.V.|PN]] ([[W104477|HN]]), 83F, on Ward 11 - suitable step-down from Mon? lives alone at [[Tŷ Gwyn, Heol y Bryn|AD]], [[Llanfair-ym-Muallt|AD]] [[LD2 3XY|PC]]; key safe code in notes (do NOT put on board)
 - [[D.P.|PN]] - grandson [[Iwan|RN]] has raised concern re: wife's ability to cope; carer's assessment requested.

{{Clinical Frailty Scale}} (median) 6. Bed days saved this wk 31. Readmissions within 30/7: 0.
Escalation criteria reminder: NEWS2 >= 5, new confusion, {{SpO2 < 92%}}.
"""))

DOCS.append(dict(id="d4-006", kind="ambulance_handover", applicant="Dr Oluwaseun Adebayo-Coker", src="""WEST MIDLANDS AMBULANCE SERVICE - ePRF summary (printed at ED handover)
Incident no: [[INC-WM-25-0031877|REF]]     CAD: [[250314-0419|REF]]     Call received {{14/03/2025}} 02:31   Cat 2
Crew: [[Jodie Marsh|CN]] (Paramedic, HCPC [[PA41877|GMC]]) / [[Liam O'Rourke|CN]] (EMT)   Callsign 4412   Arrived scene 02:49

PATIENT
Name: [[MARSHALL, Derek John|PN]]    DOB {{22/09/1948}}   Sex M   NHS no. [[401 223 8847|NHS]]
Address: [[Flat 6, Canal View, 19 Wharf Lane|AD]], [[Tipton|AD]] [[DY4 7QL|PC]]
Contact: [[0121 496 0733|PH]] (wife [[Sheila|RN]])   GP: Dr [[Ahmadi|CN]], [[Owen Street Medical Centre|AD]]

ATMIST
A - 76M    T - 02:10 onset    M - central chest pain radiating L arm, sweaty, vomited x1
I - 12-lead: STE II, III, aVF, {{STEMI}} inferior; transmitted to PPCI centre, declined (bed pressure) -> nearest ED
S - HR 48 (sinus brady), BP 92/58, RR 22, {{SpO2 94% on air}}, Temp 36.1, {{GCS 15/15}}, BM 9.4, {{NEWS2 5}}
T - {{aspirin 300 mg}} PO 02:55, GTN withheld (hypotension), {{morphine 5 mg IV}} 03:02, ondansetron 4 mg IV, IV access 18G L ACF

Handover time: 03:41 (arrival 03:22, 19 min). Received by {{Dr Oluwaseun Adebayo-Coker}} (ED) - "patient to resus 2, cardiology called".
Crew note: wife [[Sheila Marshall|RN]] following by taxi. Patient's son [[Gary|RN]] rang control ([[07700 900517|PH]]) asking which hospital.

ED outcome (added by {{Dr Adebayo-Coker}} for logbook): transferred to cath lab at 04:28 after discussion with interventional cardiologist Dr [[Vikram Sethi|CN]]; RCA occlusion, DES x1. Door-to-balloon (our ED) 66 min. Reflection: see CbD {{24/03/2025}}.
"""))

DOCS.append(dict(id="d4-007", kind="telephone_advice_log", applicant="Dr Hannah Fairweather", src="""ED Consultant Advice Line - call record (GP / 111 / care home calls)
Bridgewater Royal Infirmary Emergency Department    Consultant on advice line: {{Dr Hannah Fairweather}}

Call ID: [[ADV-240917-088|REF]]    Date {{17/09/2024}}  time 14:06 - 14:19 (13 min)
Caller: Dr [[Sian Chester|CN]], GP, [[Millbrook Surgery|AD]] - direct line [[01632 960244|PH]]
Patient: Mrs [[Faith Goodwin|PN]]  DOB {{03/02/1937}}  ({{87F}})  NHS [[943 476 5919|NHS]]
Lives: [[Orchard Rise Care Home|AD]], [[Nether Stowey|AD]]

Query: 3 days reduced oral intake, new confusion, temp 37.9. Obs by care home: HR 104, BP 108/64, RR 22, SpO2 95%. {{NEWS2 6}}.
ReSPECT form in place - for ward-based care, not for CPR, "would want hospital treatment for reversible causes".
Background: {{Alzheimer's disease}} (moderate), T2DM on {{gliclazide 40 mg}}, CKD 3b (eGFR 34 in July).

Advice: NEWS2 6 + new confusion in care home resident = needs assessment today. Discussed hospital at home vs ED; H@H full today (per bed bureau [[BB-240917-11|OID]]).
Agreed: 999 not needed, GP to arrange urgent ambulance transport (1h response), send ReSPECT + MAR chart. Stop gliclazide while eating poorly.
Relative: daughter [[Prudence Goodwin|RN]] (NOK) informed by GP, tel [[07700 900862|PH]].
Outcome (follow-up 18/09): admitted AMU, urosepsis, {{E. coli}} bacteraemia. {{Gentamicin}} avoided (CKD). Discharged day 6.

Call ID: [[ADV-240917-091|REF]]    17/09/2024 15:40   Caller: 111 clinician [[Mo Harrington|CN]] (CAS) - re: 24M, hand laceration, tetanus status unknown - advised ED/UTC same day, {{tetanus}} booster if needed. No patient name recorded.

Log reviewed by: {{Dr Hannah Fairweather}}   GMC {{7209963}}
"""))

DOCS.append(dict(id="d4-008", kind="prehospital_log", applicant="Dr Gareth Pryce-Jones", src="""Wales Air Ambulance / EMRTS Cymru - Doctor's mission log (personal copy)
Clinician: {{Dr Gareth Pryce-Jones}} (EM consultant, EMRTS shift)   GMC {{7084452}}
Mission: [[EMRTS-24-04173|REF]]   WAST incident [[WAST-INC-2024-118462|REF]]   CAD [[0417/2024/8812|REF]]
Date {{14/04/2024}}  Tasked 16:52  At scene 17:14 (road)  Left scene 18:03  Hospital 18:31 (Major Trauma Centre)
Location: A483 nr [[Llandeilo|AD]], grid ref [[SN 6290 2175|AD]]   Police: Dyfed-Powys log [[DPP-0233-14042024|REF]]

Scene: RTC, 2 cars head-on, ~60 mph, 1 entrapment, 3 pts.
Pt 1  [[Lewis Pritchard|PN]] (driver car A), ~30M   P1   - trapped, {{GCS 9}} (E2V2M5), HR 128, BP 84/50, RR 30, SpO2 88%. R chest: decreased AE, surgical emphysema.
       Interventions: finger thoracostomy R 17:21 (air ++), {{RSI}} 17:33 (ketamine 2 mg/kg, rocuronium 1.2 mg/kg), 2 units PH blood + 1 LyoPlas, {{TXA 1 g}}, pelvic binder. {{ISS}} (later) 34.
Pt 2  [[Angharad|PN]] (passenger car A, 16F, surname not known at scene) P2 - seatbelt sign, GCS 15, abdo tender LUQ. Conveyed by land crew ([[Rhys Bevan|CN]], paramedic) to MTC.
Pt 3  driver car B (72M) P3 - minor, chest wall contusion, {{apixaban}} - conveyed to local ED for CT (anticoagulated).

Handover at MTC (ATMIST) to trauma team leader Dr [[Olamide Fashola|CN]] 18:31. CT: R haemopneumothorax, #ribs 3-8, grade III splenic lac -> IR embolisation.
Mother of Pt 2 (Mrs [[Delyth Pritchard|RN]]) arrived at scene 17:50 - she is also the aunt of Pt 1.
Debrief 19:30 with crew ([[Ffion Evans|CN]] CCP, [[Owain Rees|CN]] pilot). Learning: earlier call for 2nd team. TRiM offered.
Post-mission review signed: {{Dr Catrin Howells}}, EMRTS Clinical Lead, 22/04/2024.
"""))

DOCS.append(dict(id="d4-009", kind="telephone_advice_log", applicant="Dr Ioana Popescu", src="""Liaison Psychiatry - out of hours telephone log (consultant on call)
Consultant: {{Dr Ioana Popescu}}   Weekend {{21-22/06/2025}}   Kingsmead University Hospital / Castlegate MH Unit

Sat 21/06
 19:40  Caller: ED reg Dr [[Ben Okonjo|CN]] (ext [[4471|PH]]). Pt [[Chelsea Wood|PN]], {{24F}}, ED no. [[ED25-118834|HN]]. Intentional OD ~40 x {{sertraline 50 mg}} + alcohol. Medically fit from tox? Not yet - ECG {{QTc 478}}. Advised: 1:1 obs, not to leave, MCA assessment documented if attempts to leave. Liaison nurse to see am.
 22:15  Caller: AMHP [[Sharon McAllister|CN]] (mob [[07700 900391|PH]]). {{Mental Health Act 1983}} assessment for Mr [[Olumide Bankole|PN]], {{41M}}, at home ([[33 Station Road|AD]], [[Upper Brackley|AD]] [[KM3 8PT|PC]]). Needs s12 doctor - I attended 23:10 with Dr [[Piotr Zieliński|CN]] (s12, GP). Outcome: detained {{s.2}}, bed at Castlegate ({{Ward 3, Bed 12}}).
Sun 22/06
 03:05  Caller: Ward 3 nurse in charge [[Kelechi|CN]]. [[Bankole|PN]] agitated, refusing oral meds. Advised {{lorazepam 2 mg IM}} as per rapid tranquillisation policy (NICE {{NG10}}), physical obs q15min x 1h then hourly. 
 09:30  Caller: [[Chelsea Wood|PN]]'s mother [[Tracey Wood|RN]] ([[01632 960577|PH]]) - wanted to know if daughter detained. Confidentiality explained; consent sought from pt via ED staff - pt agreed to info sharing with mum.
 11:50  Liaison nurse [[Graham Petty|CN]] assessed Ms [[Wood|PN]]: low-moderate risk, community follow up by CRHTT within 72 h, safety plan. Discharged 13:10.
Calls total: 9 (4 shown here). Assessments attended in person: 1. Detentions: 1.
"""))

DOCS.append(dict(id="d4-010", kind="complaint_letter", applicant="Dr Priyanka Raghunathan", src="""[[Lindsey Okafor|RN]]
[[14 Hazel Grove|AD]]
[[Wexcombe|AD]]
[[WX12 4RB|PC]]
[[lindsey.okafor82@examplemail.co.uk|EM]]   tel [[07700 900145|PH]]

Patient Advice and Liaison Service / Complaints
Severnside General Hospital
                                                  {{3rd June 2024}}
Your ref: [[PALS/2024/3318|REF]]

Dear Sir/Madam

Formal complaint - my father Mr [[Augustine Okafor|PN]] (DOB {{11/08/1943}}), hospital number [[S0877124|HN]]

I first contacted PALS on the phone and was told to put this in writing. My dad was brought in by ambulance on {{Friday 17th May}} with chest infection and was on the {{Acute Medical Unit}} until the 22nd when he was moved to {{Ward 9}} (I think {{bed 14}}?).

My concerns are
1) on the Saturday night nobody checked his blood sugar for 9 hours, he is a {{type 1 diabetic}} on {{NovoRapid}} and {{Lantus 18 units}} and the nurse (I believe her name was [[Grace|CN]]) said the doctor was "too busy". When it was checked it was 2.1.
2) Dr [[Hughes|CN]] told my brother [[Emmanuel|RN]] on the Sunday that dad was "for comfort care" - no one had discussed this with me, I have {{lasting power of attorney}} for health, and dad was sitting up eating.
3) the consultant {{Dr Raghunathan}} was kind and apologised on the Monday and put things right, and I want that noted, but I want to know why the {{DNACPR}} was done without us and why the junior doctor (Dr [[Tom Ashdown|CN]] I think) wrote that family were "in agreement" when we were not there.
4) his hearing aids were lost on transfer.

Dad is home now ([[Okafor|PN]] family are very grateful to the physio team) but this should not happen to other people.

Yours faithfully
[[L. Okafor|RN]] (Mrs)
cc. [[Emmanuel Okafor|RN]]
"""))

DOCS.append(dict(id="d4-011", kind="complaint_response", applicant="Dr Mohammed Iqbal Chaudhry", src="""Severnside General Hospital NHS Foundation Trust
Department of Respiratory Medicine
Severnside General Hospital, [[Lower Quay Road|AD]], [[Wexbridge|AD]] [[SV1 9ZZ|PC]]
Tel [[01632 960100|PH]]

Our ref: [[COMP/24/0871/MIC|REF]]
Your ref: [[PALS/2024/3347|REF]]
Datix: [[C-48812|REF]]
                                                                                {{19 July 2024}}
PRIVATE & CONFIDENTIAL
Mr [[Kieran Doherty|RN]]
[[2 Larch Close|AD]]
[[Wexbridge|AD]]
[[SV4 2HT|PC]]

Dear Mr [[Doherty|RN]]

Re: your mother, Mrs [[Bridget Doherty|PN]], DOB {{04/01/1939}}, NHS [[6009941283|NHS]]

Thank you for your letter of 30 June. I am the respiratory consultant who looked after your mother on {{Ward 15}} and I have been asked by the complaints team ([[Naomi Frost|CN]], Complaints Officer) to respond to the clinical points. I have reviewed the notes, the NEWS2 charts and spoken to the staff involved.

1. Delay in starting non-invasive ventilation. Your mother's blood gas at 21:40 on 12 June showed pH 7.28, {{pCO2 8.9 kPa}}. The medical registrar, Dr [[Farhan Siddiqui|CN]], prescribed NIV at 22:05 but the first NIV-trained nurse was not available until 23:30. This is below the standard in the BTS guideline ({{BTS/ICS 2016}}) of starting within 60 minutes of the decision, and I apologise.
2. Oxygen. The target saturation of {{88-92%}} was recorded correctly by Dr [[Siddiqui|CN]] but the ward oxygen prescription was changed to 94-98% by the night FY1 (Dr [[Aled Hopkins|CN]]). This was an error, reported on Datix, and has been discussed with him in supervision.
3. Communication. You were not called when your mother was moved to the respiratory support unit. The nurse in charge, Sister [[Mary-Kate Flynn|CN]], has apologised directly.

Your mother's {{COPD}} is severe (FEV1 0.61 L, 28% predicted) and the {{DECAF score}} on admission was 4. I have referred her to the home oxygen team and she has clinic with me on {{09/09/2024}}.

If you would like to meet, please contact [[Naomi Frost|CN]] on [[01632 960187|PH]] or [[sgh.complaints@nhs.net|EM]].

Yours sincerely

{{Dr M. I. Chaudhry}}
Consultant Respiratory Physician
cc Dr [[Ruth Abernethy|CN]], GP, [[Larkhill Medical Practice|AD]]
"""))

DOCS.append(dict(id="d4-012", kind="complaint_response", applicant="Dr Rashid Bin Hamdan", src="""Statement for complaint investigation - Emergency Department
Complaint ref: [[CMP-2025-00417|REF]]   Investigating officer: [[Joanne Pickles|CN]] (Matron, ED)
Statement of: {{Dr Rashid Bin Hamdan}}, Speciality Doctor, ED   GMC {{7631275}}
Date of events: {{02/02/2025}} (night shift 20:00-08:00)   Patient: Mr [[Stanley Carlisle|PN]] (MRN [[RK0093316|HN]])

I was the senior doctor in majors from 20:00. At about 23:15 the triage nurse (Staff Nurse [[Ama Darko|CN]]) asked me to review Mr [[Carlisle|PN]], 79, who had been waiting 4 h 40 min with abdominal pain. He had been seen at 21:30 by the ST2 doctor, Dr [[Liam Costello|CN]] (GMC [[7712045|GMC]]), who had documented "constipation, for discharge once bowels opened".

When I reviewed him his abdomen was distended and tender, lactate was 4.2 mmol/L (on the VBG taken at 21:35 but not acted on), and he was in new fast AF. I was concerned about mesenteric ischaemia. I requested a CT angiogram at 23:40, informed the surgical registrar (Dr [[Emre Yilmaz|CN]]) and started fluids and {{co-amoxiclav 1.2 g IV}}. CT at 00:35 confirmed SMA occlusion. He went to theatre at 02:10 (Mr [[Adrian Kowalczyk|CN]], consultant surgeon). Sadly he died on {{05/02/2025}}.

His daughter, Mrs [[Lorraine Carlisle-Bates|RN]], has complained that her father was "left in a corridor" and that a doctor "laughed". I was not aware of that remark and did not witness it. I cannot say who made it. I spoke to Mrs [[Carlisle-Bates|RN]] on 03/02 and explained the findings.

On reflection: the VBG lactate should have been reviewed - our department's VBG results go to the ordering doctor's list only. I have since done teaching on {{mesenteric ischaemia}} (lactate can be normal early) and helped change the VBG process (see QIP, {{RCEM}} {{SLO 8}}). I have also completed a supervised learning event with Dr [[Costello|CN]] at his request.

Signed {{Dr R. Bin Hamdan}}  {{10/02/2025}}
Verified by: {{Dr Evelyn Marsh-Adeyemi}}, Clinical Director, Emergency Medicine
"""))
