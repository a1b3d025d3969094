DOCS = []
def D(kind, applicant, text):
    DOCS.append((kind, applicant, text))

D("email_thread", "Dr Hamza Al-Qureshi", """\
From: {{Al-Qureshi Hamza}} (LYPFT)
Sent: 11 November 2025 16:02
To: [[Winterbottom Claire|C]] (LYPFT) <[[claire.winterbottom1@nhs.net|E]]>
Cc: [[Bhatti Sana|C]] <[[s.bhatti4@nhs.net|E]]>
Subject: RE: FW: urgent - [[RiO 1188342|H]] - bed for Mr [[Ghazali|P]]

[[Claire|C]] - agree. Please hold the {{Section 2}} bed on {{Ward 4, the Becklin Centre}}. I'll review at 17:30.
{{Hamza}}

{{Dr Hamza Al-Qureshi}} | Consultant Psychiatrist | GMC {{7520461}}
{{Leeds and York Partnership NHS Foundation Trust}} | sec: [[020 7946 0772|T]]

-----Original Message-----
From: [[Winterbottom Claire|C]] (LYPFT)
Sent: 11 November 2025 15:40
To: Al-Qureshi Hamza (LYPFT); [[Okwuosa Chinedu|C]] (LYPFT)
Subject: FW: urgent - [[RiO 1188342|H]] - bed for Mr [[Ghazali|P]]

{{Dr AQ}} - see below from AMHP. Pt is [[Yusuf Ghazali|P]], {{DOB 30/03/1999}}, NHS [[482 661 0915|N]]. Brother [[Idris|R]] is nearest relative and objects. AMHP [[Gwen Haworth|C]] on [[07700 900915|T]].
[[Claire Winterbottom|C]], Bed Manager

---------- Forwarded message ----------
From: AMHP Hub <[[amhp.hub@leeds.example.gov.uk|E]]>
Date: Tue, 11 Nov 2025 at 15:21
Subject: urgent - [[RiO 1188342|H]]
MHA assessment at [[Flat 9, Clarendon Court|A]], [[LS2 9PJ|PC]] completed - section 2 application made. Police log [[WYP-1111-0544|REF]]. AMHP ref [[AMHP/25/7782|REF]]. S12 doctors: Dr [[Leon Marchetti|C]] and Dr [[Uchenna Ibe|C]].
See https://[[amhp-portal.leeds.example.gov.uk/case/7782|U]]""")

D("rota_extract", "Dr Priya Raghunathan", """\
EMERGENCY DEPARTMENT - CONSULTANT & MIDDLE GRADE ROTA - w/c {{02/06/2025}}   ({{Hull Royal Infirmary}})
Rota co-ordinator: [[Debbie Lister|C]] ext [[2241|T]]     Approved: {{Dr Simon Beresford}} (Clinical Director)

           Mon 02       Tue 03        Wed 04        Thu 05        Fri 06       Sat 07        Sun 08
08-18 C1   {{RAGHUNATHAN}}  [[O'NEILL|C]]       [[O'NEILL|C]]       {{RAGHUNATHAN}}  [[BAMIGBOYE|C]]   [[MCKENNA|C]]       [[MCKENNA|C]]
14-00 C2   [[BAMIGBOYE|C]]    {{RAGHUNATHAN}}   [[SZYMAŃSKA|C]]     [[SZYMAŃSKA|C]]     [[O'NEILL|C]]     {{RAGHUNATHAN}}   [[BAMIGBOYE|C]]
20-08 MG   [[Abdi|C]]         [[Abdi|C]]          [[Karimi|C]]        [[Karimi|C]]        [[Vu|C]]           [[Vu|C]]            [[Abdi|C]]
Resus MG   [[Lloyd-Evans|C]]  [[Patel R|C]]       [[Patel R|C]]       [[de Souza|C]]      [[de Souza|C]]     LOCUM           LOCUM
Bleeps: C1 [[1501|T]], C2 [[1502|T]], MG [[1509|T]], Resus [[1510|T]]

Swaps: {{PR}} covers C2 Tue for [[BAMIGBOYE|C]] (paternity leave). Locum agency booking ref [[LOC-HRI-88412|REF]].
Key: {{RAGHUNATHAN}} = {{Dr P Raghunathan}}, GMC {{7234518}} (applicant).""")

D("mdt_list", "Dr Catriona MacLeod", """\
NHS HIGHLAND - LUNG CANCER MDT - {{Thursday 19/06/2025}} 13:00 - {{Raigmore Hospital}} Boardroom / MS Teams
Chair: {{Dr Catriona MacLeod}}      Coordinator: [[Ailsa Dingwall|C]] ([[01632 960400|T]] ext [[4712|T]])
Present: Dr [[Yannick Dubois|C]] (radiology), Mr [[Angus Corrigan|C]] (thoracic, VC), Dr [[Nomvula Dlamini|C]] (oncology), [[Shona MacRae|C]] (LCNS)

#  Name                       CHI          Age  Presenting             Question                 Outcome
1  [[MACKINNON, Morag|P]]          [[1504512345|N]]   74   {{RUL 2.8cm}} {{SUV 9.1}}      surgical opinion         refer {{RIE}} lobectomy
2  [[NIC A' PHEARSAIN, Ealasaid|P]] [[0211489907|N]]   77   {{L pleural effusion}}     cytology +ve adenoca     {{EGFR}}/{{ALK}}/{{PD-L1}}
3  [[STEWART-GRANT, Hamish|P]]     [[2808610413|N]]   63   {{SCLC ED}}                fitness                  chemo-IO, {{PS 1}}
4  [[ZAWADZKI, Bogdan|P]]          [[1112560288|N]]   69   {{T2aN1}} squamous         SABR vs surgery          CPET then re-discuss
5  [["Bunty" FORBES|P]]            [[0707420163|N]]   83   {{mesothelioma}} query     biopsy?                  BSC, {{DS1500}} done

Actions: [[Ailsa|C]] to book CPET for pt 4; {{CMacL}} to phone pt 2's daughter [[Peigi|R]] ([[07700 900620|T]]).
Next MDT {{26/06/2025}}. GMC of chair {{7290034}}.""")

D("theatre_list", "Dr Javier de la Fuente Ortega", """\
{{FRIMLEY PARK HOSPITAL}} - THEATRE LIST - {{Theatre 7 (Urology)}} - {{Wed 14 Jan 2026}} - AM + PM
Surgeon: {{Mr J. de la Fuente Ortega}}   Anaesthetist: Dr [[Fenella Crichton|C]]   Assistant: Mr [[Rustam Yusupov|C]] (SpR)
Scrub: [[Agnieszka|C]] / [[Precious|C]]    ODP: [[Lee|C]]

Order Time  Name                  Hosp No       DOB         Ward        Procedure                       Side  Anaes
1     08:30 [[SMITH-DUBOIS, Hélène|P]]  [[FPH 0412290|H]]  {{12/02/1961}}  {{DSU}}         {{Flexible cystoscopy + biopsy}}  -     LA
2     09:15 [[OKONJO, Chukwudi|P]]      [[FPH 0388761|H]]  {{30/09/1972}}  {{Ward F8}}     {{Ureteroscopy + laser lithotripsy}} L GA
3     10:45 [[O'ROURKE-FITZGERALD, B|P]] [[FPH 0398217|H]] {{08/08/1957}}  {{Ward F8}}     {{RARP + PLND}}                  -     GA
4     14:00 [[HUSSAIN, Mohammed Ilyas|P]] [[0401778|H]]   {{05/05/1949}}  {{Ward F8}}     {{TURP (bipolar)}}                -     SA
5     16:00 [["BIG" JOHN WESTWOOD|P]]   [[FPH 0391142|H]]  {{19/12/1966}}  {{DSU}}         {{Circumcision}}                  -     GA

NOTES: Pt 2 - latex allergy, first on list if possible. Pt 4 - on {{apixaban 5 mg BD}}, last dose {{11/01/2026}}. Pt 5 interpreter not needed; daughter [[Shelley|R]] escort.
List compiled by [[T. Mahmood|C]] (booking) {{12/01/2026}}. GMC (lead surgeon) {{7664410}}.""")

D("prescription_chart", "Dr Kwabena Owusu-Ansah", """\
INPATIENT MEDICATION RECORD (transcribed for portfolio - prescribing review)
Patient: [[Wojciechowska, Halina|P]]   Hosp no: [[RBH0773518|H]]   NHS: [[6504219871|N]]
DOB: {{01/01/1934}}  Weight {{48 kg}}   eGFR {{28}}   Allergies: {{penicillin (rash)}}
Ward: {{Sidmouth Ward}}, bed {{Bay B-4}}     Consultant: {{Dr K Owusu-Ansah}} (GMC {{7801147}})

REGULAR
Drug                      Dose            Route  Freq   Start      Prescriber (sig/bleep)    Pharm
{{Apixaban}}                 {{2.5 mg}}          PO     BD     {{03/03/25}}   [[S.Obeng|C]] / [[2245|T]]           [[RK|C]]
{{Bisoprolol}}               {{1.25 mg}}         PO     OD     {{03/03/25}}   [[S.Obeng|C]] / [[2245|T]]           [[RK|C]]
{{Furosemide}}               {{40 mg}}           PO     OM     {{03/03/25}}   [[jmc|C]] / [[2251|T]]              [[RK|C]]
{{Paracetamol}}              {{500 mg}} (wt<50)  PO     QDS    {{04/03/25}}   {{KOA}}                      [[RK|C]]
{{Senna}}                    {{15 mg}}           PO     ON     {{04/03/25}}   {{KOA}}                      -
AS REQUIRED
{{Oramorph}} {{2.5 mg}} PO 2-hourly max 6/24 - [[S.Obeng|C]]
STOPPED: {{zopiclone 7.5 mg}} - stopped by {{KOA}} 05/03/25 (falls risk, {{STOPP/START}} criterion).

Pharmacist note: discussed apixaban dose reduction criteria (age {{>= 80}}, weight {{<= 60 kg}}) with F1 [[Jamie McCreadie|C]] ("[[jmc|C]]").
Daughter [[Ewa|R]] brings own {{Calcichew D3 Forte}} - to be supplied by ward.""")

D("typed_notes_lowercase", "Dr Eleri Pritchard", """\
obs & gynae on call - personal log ({{eleri}}) - transcribed from notebook - wk 41

mon 06/10 - pt [[carys|P]] ([[cw|P]]) 31/40 reduced fm, ctg {{dawes-redman criteria met}}, home w/ [[dai|R]] (partner). rv 48h.
 - mrs [[pugh|P]] on tegid, ?sepsis, {{lactate 4.1}}, started {{tazocin 4.5 g}} - sepsis 6 done 21:40. dr [[bowen|C]] (reg) aware.
tue 07/10 - emergency cs cat 1 for [[fatima b|P]], {{cord prolapse}}, dti 14 min, baby to nicu ({{cord ph 7.21}}). husband [[hassan|R]] upset - {{debrief w/ ep}}.
 - teaching for fy2s: pph drill ({{'4 Ts'}}). [[manon|C]] & [[osian|C]] attended.
wed 08/10 - [[ll-j|P]] (hosp no [[g106218w|H]]) hyperemesis, {{pukka score 13}}, {{cyclizine 50 mg}} tds + thiamine.
 - called by midwife [[bethan|C]] re pet in triage: bp {{168/112}}, {{labetalol 200 mg}} po, mgso4 loading {{4 g}}.
thu 09/10 - clinic w/ {{miss pritchard}}?? no - I was covering: {{eleri pritchard}} = me ({{EP}}, gmc {{7618834}}).
 - [[nia mair|P]] ([[nm|P]]) ectopic, {{b-hcg 2150}}, mtx {{50 mg/m2}} - day 4 hcg due sat. mum [[siân|R]] at bedside.""")
