DOCS = []
def D(kind, applicant, text):
    DOCS.append((kind, applicant, text))

D("eportfolio_dops", "Dr Chen Wei-Ling", """\
RCoA Lifelong Learning Platform - export                                     page {{1 of 1}}
A-QUAL DOPS (Direct Observation of Procedural Skills)
Trainee ............ {{Dr Wei-Ling Chen}} (GMC {{7709215}})
Assessor ........... {{Dr Gareth Penhaligon}}, Consultant Anaesthetist
Hospital ........... {{Royal Cornwall Hospital}}, Treliske - {{Main Theatres 4}}
Date ............... {{09/05/2025}}
Procedure .......... {{Awake fibreoptic intubation}}
Patient ............ [[LF|P]], {{59}} yr, {{ASA 3}}, {{BMI 46}}, {{Mallampati 4}}; hosp no [[RCH-1120934|H]]

Setting/complexity: anticipated difficult airway, {{remifentanil TCI 2 ng/mL}}, topicalisation with {{lidocaine 4%}} MADgic; ODP [[Kerenza Trevithick|C]] assisted. The surgical team (Mr [[Penrose|C]]) was briefed at WHO sign-in.

Domains (1-6): consent {{5}} / preparation {{6}} / technique {{5}} / asepsis n/a / communication {{6}}
Feedback: "{{Wei-Ling}} kept the patient at ease throughout. Consider the {{Difficult Airway Society}} awake tracheal intubation guideline when planning."
Agreed action: lead the next departmental airway teaching.

Assessor signature: {{G. Penhaligon}}    Trainee: {{W-L Chen}} / {{WLC}}""")

D("eportfolio_minicex", "Dr Priya Raghunathan", """\
RCEM ePortfolio (Kaizen) | Mini-CEX | Status: COMPLETE
-------------------------------------------------------------
Trainee:  {{Priya Raghunathan}}    GMC {{7234518}}
Assessor: {{Mr Obinna Ezeudu}} FRCEM
Event date: {{17-Oct-2024}}  Site: {{Hull Royal Infirmary}} ED, {{Resus bay 2}}
SLO: {{SLO 1}} - care for physiologically stable adult patients across the range of acuity
-------------------------------------------------------------
Clinical encounter: {{28}}-year-old man, anaphylaxis to peanuts at a restaurant; arrived via ambulance (CAD [[HU-2410170921|REF]]). Friend ("[[Mo|R]]") carrying an {{EpiPen}}. Given {{adrenaline 500 micrograms IM}} x2, then {{adrenaline infusion 0.1 microgram/kg/min}}. Tryptase sent 1h and 3h. Patient identifier written on sticker as [[Y.A.|P]] / MRN [[H0451229|H]].
Handover to AMU reg Dr [[Olamide Fashola|C]].
-------------------------------------------------------------
Assessor comments: {{Priya}} led calmly, allocated roles and used closed-loop comms with nurse [[Tanvir|C]]. Development point: document the biphasic risk discussion.
Global rating: {{Entrustment level 3b}}
Assessor: {{O. Ezeudu}}  verified {{18-Oct-2024}}""")

D("msf_summary", "Dr Tomasz Wiśniewski", """\
MULTI-SOURCE FEEDBACK - SUMMARY REPORT (360°)
Doctor: {{Mr Tomasz Wiśniewski}}  GMC: {{7345120}}   Specialty: {{General Surgery}}
Responsible Officer: {{Dr Ann-Marie Kilbride}}       Responses: {{14}} colleagues, {{32}} patients

Domain                          Mean (1-5)   Benchmark
Clinical knowledge                 {{4.7}}         4.5
Communication with patients        {{4.6}}         4.5
Team working                       {{4.3}}         4.4

Free-text comments (verbatim, unedited):
> "{{Tomasz}} is unflappable in theatre. He backed me up when Dr [[Rahman|C]] was shouting at the scrub team." (Theatre nurse)
> "Always explains things. He remembered my mum [[Brenda|R]]'s name after her op." (Patient, via QR survey)
> "Occasionally late for the 8am board round; [[Kasia|C]] and I have to start without him." (Junior doctor)
> "{{Mr W}} ({{Tomek}}) listened to us about [[Arthur|P]] in bay 3 and changed the plan." (Ward sister)
> "Could delegate more to registrars such as [[Segun Adebayo|C]]." (Consultant colleague)

Reflection by doctor: I accept the comments about punctuality ({{TW}}, {{Tomek}}).
Verified: {{Dr A-M Kilbride}}, Appraisal Lead""")

D("logbook_extract", "Dr Tomasz Wiśniewski", """\
eLogbook - Consultant operative record - filtered: Colorectal, 01/01/2025-31/03/2025
Surgeon: {{Wisniewski, Tomasz}} ({{7345120}})     Printed {{06/04/2025}}        Page {{3 of 11}}

Date       Hosp No     Pt    Age Sex Procedure                                   Role  ASA Urg   Outcome
07/01/25   [[4471902|H]]     [[KD|P]]    86  M   {{Laparoscopic right hemicolectomy}}              P     3   Elec  LOS 5
09/01/25   [[4480116|H]]     [[AOB|P]]   52  F   {{Anterior resection + loop ileostomy}}         P     2   Elec  AL -> RTT
14/01/25   [[4391208|H]]     [[S-LT|P]]  33  F   {{Laparoscopic appendicectomy}}                  S-TS  1   Emerg -
14/01/25   [[4477356|H]]     [[MP|P]]    71  M   {{Hartmann's procedure}}                         P     4   Emerg ITU
21/01/25   [[4501123|H]]     [[RG|P]]    64  F   {{Reversal of Hartmann's}}                       P     2   Elec  LOS 7
30/01/25   [[4475560|H]]     [[JJ|P]]    45  M   {{Examination under anaesthesia, seton}}         T     2   Elec  DC
04/02/25   [[4490017|H]]     [[NiaM|P]]  38  F   {{Laparoscopic cholecystectomy}}                 P     2   Elec  DC
S-TS = supervising trainee scrubbed: trainee was Dr [[Ifeoma Chukwu|C]] (ST4); T = trainer

Clavien-Dindo: AOB grade {{IIIb}}; MP grade {{IVa}}.""")

D("teaching_record", "Dr Catriona MacLeod", """\
TEACHING RECORD & FEEDBACK SUMMARY
Session: "Interpreting ABGs in COPD exacerbations" - {{Raigmore Hospital}} Education Centre, {{04/06/2025}}, 13:00-14:00
Teacher: {{Dr Catriona MacLeod}} (Specialty Doctor, GMC {{7290034}})
Audience: FY1/FY2 and ANPs (n = {{17}})
Signed off by: {{Dr Euan Sutherland}}, Director of Medical Education

Case used: "Mr [[R.McD|P]], {{72}}, {{pH 7.28}}, {{PaCO2 8.9 kPa}}, {{PaO2 7.1 kPa}}, {{HCO3 31}}, on {{28% Venturi}}". (Details anonymised from real case; CHI [[2306531184|N]] removed from slides after session.)

Attendance (sign-in sheet): [[Kirsty Bain|C]] FY1; [[Abdulrahman Osman|C]] FY1; [[Magdalena Nowicka|C]] FY2; [[Fraser Lyall|C]] ANP; [[Heather-Rose Munro|C]] FY1; [[Jun Hao Lim|C]] FY2; +11 others

Feedback (n=15): Overall {{4.8/5}}
"Best ABG session I've had" - anon
"Would like more on NIV settings, e.g. {{IPAP 20 / EPAP 5}}" - [[Fraser|C]]
"Dr MacLeod made it relevant" - anon

Reflection ({{CM}}): next time include the {{BTS/ICS}} NIV guideline and an {{NIV}} demo.""")

D("audit_report", "Dr Kwabena Owusu-Ansah", """\
Re-audit: Delirium screening with the {{4AT}} within 24 h of admission in patients {{>= 65}}
{{Care of Older People}}, {{Royal Berkshire Hospital}}. Lead: {{Dr K. Owusu-Ansah}} (GMC {{7801147}}). Supervisor: {{Dr Ruth Galloway}}.
Audit registration no. [[CA-2024-117|REF]] (trust audit register)

Standard: {{NICE CG103}} - 100% screened.  Cycle 1 (Mar 2024): {{41%}}.  Cycle 2 (Sep 2024): {{78%}}.

Appendix B - raw data (NOT FOR CIRCULATION - remove before upload)
MRN          age  ward        4AT done  <24h
[[RBH0781122|H]]   91   Hurley      Y        Y
[[RBH0779004|H]]   78   Hurley      Y        N
[[0781945|H]]      83   Sidmouth    N        -
[[RBH0780310|H]]   69   Sidmouth    Y        Y
[[RBH0782265|H]]   88   Hurley      Y        Y
(data collected by FY2 Dr [[Nadia Benali|C]] and Dr [[Tom Ashworth|C]])

Action plan: 4AT embedded in admission clerking proforma; teaching by {{KOA}}.""")
