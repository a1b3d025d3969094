# Dr Chinedu Okafor - Obstetrics & Gynaecology - Royal Bolton Hospital; earlier Lagos University Teaching Hospital
from common import doc

APPL = "Dr Chinedu Okafor"

DOCS = [
doc("s51-042", "operation_note", APPL, """ROYAL BOLTON HOSPITAL - MATERNITY THEATRES - OPERATIVE NOTE: CAESAREAN SECTION
Date: 08/11/2024          Knife to skin: 03:14          Category 1          Decision-to-delivery interval: 22 min

Patient: Mrs Kelly-Marie HORROCKS          Age 28          G2P1 (previous SVD)          Gestation 39+4
MRN: RMC0778134          NHS No: 703 118 6642

Surgeon: Dr C. Okafor (Specialty Doctor)          Assistant: Dr Hamza Siddiqui (ST2)
Anaesthetist: Dr Freya Olsen - general anaesthetic (no time for spinal)
Scrub: ODP Marcus Delaney          Midwife: Siobhan Tierney          Neonatal: Dr Kessler (registrar) present

Indication: prolonged deceleration to 70 bpm for 6 minutes, not recovering, at 7 cm; suspected uterine hyperstimulation on oxytocin (stopped, terbutaline 250 micrograms SC given 02:58).

Procedure
Pfannenstiel incision, Joel-Cohen entry. Lower segment transverse uterine incision. Baby delivered cephalic at 03:16, cried at 1 min after brief inflation breaths. Apgars 4, 7 and 9. Paired cord gases: arterial pH 7.04, BE -11.2; venous pH 7.15.
Placenta delivered by controlled cord traction, complete. Uterus closed in two layers with Vicryl 1. Rectus sheath PDS loop; skin subcuticular Monocryl.
Carbetocin 100 micrograms IV. EBL 850 ml.
Swabs, needles and instruments correct x 2 (checked by Siobhan Tierney and Marcus Delaney).

Post-op: enoxaparin 40 mg SC daily for 10 days (BMI 36); regular paracetamol and ibuprofen; catheter out at 12 h.
Baby: girl, 3.42 kg, NHS No 711 402 5529, to transitional care (Baby Horrocks).
Debrief with Kelly-Marie and her partner Dean at 09:30 on the postnatal ward; birth reflections offered.
Datix (auto for Category 1 CS): 2024-BOL-M-04418.

Signed: Dr Chinedu Okafor (GMC 7399852)
Reviewed: Miss Rebecca Hartigan, Consultant Obstetrician (on call, attended 03:25)
""",
ids=[("Kelly-Marie HORROCKS", "P"), ("RMC0778134", "H"), ("703 118 6642", "N"), ("Hamza Siddiqui", "C"),
     ("Freya Olsen", "C"), ("Marcus Delaney", "C"), ("Siobhan Tierney", "C"), ("Kessler", "C"),
     ("711 402 5529", "N"), ("Horrocks", "P"), ("Kelly-Marie", "P"), ("Dean", "R"), ("2024-BOL-M-04418", "REF")],
keep=["Dr C. Okafor", "Dr Chinedu Okafor", "7399852", "Miss Rebecca Hartigan", "Pfannenstiel incision",
      "Joel-Cohen entry", "Carbetocin 100 micrograms IV", "arterial pH 7.04", "Apgars 4, 7 and 9", "EBL 850 ml",
      "G2P1", "39+4", "terbutaline 250 micrograms SC", "enoxaparin 40 mg SC", "3.42 kg", "Age 28"]),

doc("s51-043", "handover_sheet", APPL, """DELIVERY SUITE HANDOVER - Royal Bolton Hospital - Wed 19/02/2025 20:00
Night team: CO (reg), Dr Siddiqui (SHO), cons on call from home. Coordinator: Jan Entwistle (bleep 2215)
Acuity: RED - 2 MW short, 11 women on DS, 2 in triage

Rm | Name                  | G/P  | Gest  | Summary                                                   | Plan
1  | Chloe BIRTWISTLE      | G1P0 | 40+12 | IOL postdates, ARM 14:30, synto 8 mU/min, CTG normal        | VE 22:00
2  | Rukhsana PATEL        | G4P3 | 37+1  | GDM on insulin, BMs 5-7, VRII in labour                     | neonatal aware, BMs hourly
4  | Jodie AINSCOUGH       | G2P1 | 33+5  | PET: BP 162/104, PCR 88, labetalol 200 mg TDS, MgSO4 (Collaborative) | 4-hrly bloods, fluids 80 ml/h, plts 96
6  | Magdalena WIŚNIEWSKA  | G3P2 | 41+0  | SROM 10:00, Polish interpreter via phone line               | CTG, start synto at 22:00 if no contractions
7  | Tash - Natasha GREENHALGH | G1P0 | 24+3 | reduced FM, CTG (>26 wks?) - US done, FH present              | home if well, DAU tomorrow

Obs HDU
Rm 9 - Mrs Leanne CROPPER, P1 post PPH 2.1 L (atony) 16:40, Hb 71, 2 units RBC, Bakri balloon out 08:00 tomorrow. Husband Craig staying.

Triage: 2 waiting (1 SROM, 1 abdo pain 30/40).
Theatre: free. Second theatre team on call.
Safety: Rm 4 magnesium - check reflexes and RR hourly, calcium gluconate on the resus trolley.

Verified copy (patient names retained on original only): Miss Rebecca Hartigan, Consultant Obstetrician
""",
ids=[("Siddiqui", "C"), ("Jan Entwistle", "C"), ("2215", "T"), ("Chloe BIRTWISTLE", "P"), ("Rukhsana PATEL", "P"),
     ("Jodie AINSCOUGH", "P"), ("Magdalena WIŚNIEWSKA", "P"), ("Tash", "P"), ("Natasha GREENHALGH", "P"),
     ("Leanne CROPPER", "P"), ("Craig", "R")],
keep=["CO (reg)", "Miss Rebecca Hartigan", "labetalol 200 mg TDS", "MgSO4", "PPH 2.1 L", "Hb 71", "40+12", "G1P0",
      "Bakri balloon", "Royal Bolton Hospital", "calcium gluconate"]),

doc("s51-044", "complaint_statement", APPL, """STATEMENT FOR COMPLAINT INVESTIGATION
Bolton NHS Foundation Trust - Women's and Children's Division
Complaint ref: BOL-CMP-2025-0219
Patient: Ms Tamara KNOWLES          DOB: 30/09/1996          MRN: RMC0912276
Complainant: Mrs Wendy Ashcroft (patient's mother), with the patient's written consent
Statement by: Dr Chinedu Okafor, Specialty Doctor, Obstetrics and Gynaecology
Dates of events: 02-03/03/2025, Gynaecology Assessment Unit and Ward E4

1. I saw Ms Knowles at 19:40 on 02/03/2025 in the Gynaecology Assessment Unit, on referral from the Emergency Department (Dr Moira Kilbride). She was 6+2 weeks by dates, with left iliac fossa pain and light bleeding. Observations were normal. Serum bHCG 1,840 IU/L. Transvaginal ultrasound showed no intrauterine pregnancy, a 22 mm left adnexal mass and a small amount of free fluid.

2. I explained that this was likely an ectopic pregnancy and offered the options of medical management with methotrexate (50 mg/m2) or laparoscopy. She chose methotrexate after discussion; I gave written information and arranged day 4 and day 7 bHCG.

3. The complaint says that I "laughed" when Ms Knowles asked whether the pregnancy could be moved to the womb. I did not laugh, but I accept that I may have smiled while looking for a diagram, and I understand how that would feel at such a moment. I am sorry. The SHO, Dr Priyesh Gandhi, was present.

4. Her mother, Mrs Ashcroft, arrived at 21:00 and asked to speak to a consultant. I phoned the consultant on call, who agreed with the plan and spoke to Mrs Ashcroft by phone at 21:25.

5. On 03/03/2025 at 06:10 Ms Knowles had increasing pain; I reviewed her at 06:20, repeated the scan (haemoperitoneum) and took her to theatre for laparoscopic left salpingectomy. She recovered well.

6. Since this complaint I have changed how I explain ectopic pregnancy, using the EPAU leaflet, and I now offer a nurse or midwife as a second person in every such conversation.

Signed: C. Okafor          Date: 21/03/2025
Statement checked and countersigned: Miss Rebecca Hartigan, Clinical Director, 24/03/2025
""",
ids=[("BOL-CMP-2025-0219", "REF"), ("Tamara KNOWLES", "P"), ("RMC0912276", "H"), ("Wendy Ashcroft", "R"),
     ("Knowles", "P"), ("Moira Kilbride", "C"), ("Priyesh Gandhi", "C"), ("Ashcroft", "R")],
keep=["Dr Chinedu Okafor", "C. Okafor", "Miss Rebecca Hartigan", "30/09/1996", "bHCG 1,840 IU/L",
      "methotrexate (50 mg/m2)", "6+2 weeks", "22 mm", "Ward E4", "Gynaecology Assessment Unit"]),

doc("s51-045", "theatre_register_ocr", APPL, """[OCR text of a scanned photocopy - quality poor, stamp partly illegible]

LAG0S UNIVERSITY TEACHING HOSPITAL, IDI-ARABA
DEPARTMENT 0F OBSTETRICS & GYNAECOLOGY
THEATRE REGISTER (EXTRACT) - Certified copy for Dr Chinedu 0kafor (Senior Registrar, 2015-2019)

DATE      HOSP N0.       PATIENT NAME              AGE  OPERATION                                   SURGEON     ASSIST
12/O3/17  LUTH/17/2281   Mrs Folake Adeyemi-J0nes  31   Em. CS (obstructed labour)                  C.Okafor    Dr Bisi Oduya
12/03/17  LUTH/16/9O41   Mrs Ngozi Eze             44   TAH + BSO (fibroid uterus 20/52 size)       Dr Okafor   Dr Femi Ade1eke
13/03/17  LUTH/17/2297   Miss Halima Bello         19   EUA + repair 3rd degree tear                C. 0kafor   Dr Bisi 0duya
14/03/17  LUTH/17/23O3   Mrs Chioma Nwosu          28   Laparotomy, R salpingectomy (ruptured ectopic) C.Okafor Dr T. Ilesanmi
14/03/17  LUTH/17/2310   Mrs Blessing 0konkwo      36   Em. CS (eclampsia, MgS04 Pritchard regimen)  C.Okafor    Dr Femi Adeleke
15/O3/17  LUTH/15/4472   Mrs Aisha Mohammed-Sani   41   Myomectomy (tourniquet), EBL 1.2 L           Dr 0kafor   Dr T. Ilesanmi

Totals for month (March 2017): 46 major cases, 31 as surgeon.

Certified true copy:
Prof. O. A. Adesina
Head of Department, Obstetrics & Gynaecology, LUTH          [stamp]
""",
ids=[("LUTH/17/2281", "H"), ("Folake Adeyemi-J0nes", "P"), ("Bisi Oduya", "C"), ("LUTH/16/9O41", "H"),
     ("Ngozi Eze", "P"), ("Femi Ade1eke", "C"), ("LUTH/17/2297", "H"), ("Halima Bello", "P"), ("Bisi 0duya", "C"),
     ("LUTH/17/23O3", "H"), ("Chioma Nwosu", "P"), ("T. Ilesanmi", "C"), ("LUTH/17/2310", "H"),
     ("Blessing 0konkwo", "P"), ("Femi Adeleke", "C"), ("LUTH/15/4472", "H"), ("Aisha Mohammed-Sani", "P")],
keep=["Dr Chinedu 0kafor", "C.Okafor", "C. 0kafor", "Dr Okafor", "Dr 0kafor", "Prof. O. A. Adesina",
      "LAG0S UNIVERSITY TEACHING HOSPITAL", "Pritchard regimen", "EBL 1.2 L", "20/52"]),

doc("s51-046", "wpba_osats_export", APPL, """RCOG ePortfolio - OSATS (Objective Structured Assessment of Technical Skills)
Procedure: Operative laparoscopy - salpingectomy for ectopic pregnancy
Trainee: Dr Chinedu Okafor          GMC 7399852
Assessor: Miss Seema Varghese, Consultant Gynaecologist, Royal Bolton Hospital
Date: 14/05/2025          Assessment ID: OSATS-1184-55902

Case: 33-year-old, haemodynamically stable, ruptured left tubal ectopic, haemoperitoneum about 400 ml. BMI 31.

Ratings (N = needs help, C = competent)
Consent and preparation ......................... C
Safe entry (Palmer's point, Veress) .............. C
Port placement and ergonomics .................... C
Suction and washout .............................. C
Salpingectomy (bipolar, scissors, Endoloop) ...... C
Specimen retrieval ............................... C
Closure and post-op plan ......................... C
Overall: competent to perform the entire procedure without need for supervision.

Assessor comments
Good port placement and efficient use of the bipolar. You kept the team informed when the view was poor. Your explanation to the patient's partner (Mr Bramhall) afterwards was excellent - you drew the tube for him. Next step: laparoscopic ovarian cystectomy under supervision.

Signed: Miss Seema Varghese, 14/05/2025
""",
ids=[("OSATS-1184-55902", "REF"), ("Bramhall", "R")],
keep=["Dr Chinedu Okafor", "7399852", "Miss Seema Varghese", "Palmer's point", "Veress", "Endoloop",
      "33-year-old", "about 400 ml", "BMI 31", "Royal Bolton Hospital"]),

doc("s51-047", "audit_report", APPL, """AUDIT REPORT
Management of postpartum haemorrhage of 1500 ml or more against RCOG Green-top Guideline No. 52
Royal Bolton Hospital Maternity Unit          Audit no.: MAT-AUD-24-09
Auditors: Dr Chinedu Okafor (lead), Dr Hamza Siddiqui, Midwife Lucy Farrimond
Period: 01/01/2024 - 30/06/2024          n = 46 (identified from the MOH proforma and the maternity system)

Standard                                                         Target   Result
Senior obstetrician and anaesthetist informed within 15 min      100%     41/46 (89%)
Tranexamic acid 1 g IV within 30 min of diagnosis               100%     29/46 (63%)
Quantitative blood loss (weighed) documented                     100%     38/46 (83%)
Carboprost 250 micrograms IM given if atony persists            100%     17/19 (89%)
Fibrinogen checked (Clauss or ROTEM) when loss >2000 ml          100%     12/15 (80%)
Debrief offered to woman before discharge                       100%     30/46 (65%)

Example of good practice: case 17 (RMC0822145), 3.1 L PPH, ROTEM-guided fibrinogen concentrate, no hysterectomy.

Recommendations
1. Tranexamic acid in the PPH box with a "give me first" label.
2. Add the debrief prompt to the postnatal discharge checklist.
3. Re-audit January 2025.

Presented at Maternity Governance, 18/09/2024.
Approved: Miss Rebecca Hartigan, Clinical Director for Obstetrics and Gynaecology
""",
ids=[("MAT-AUD-24-09", "REF"), ("Hamza Siddiqui", "C"), ("Lucy Farrimond", "C"), ("RMC0822145", "H")],
keep=["Dr Chinedu Okafor", "Miss Rebecca Hartigan", "RCOG Green-top Guideline No. 52", "Tranexamic acid 1 g IV",
      "Carboprost 250 micrograms IM", "ROTEM", "29/46 (63%)", "3.1 L PPH", "Royal Bolton Hospital"]),

doc("s51-048", "clinic_letter", APPL, """Gynaecology Outpatients, Royal Bolton Hospital
Farnworth Lane, Bolton BL4 0JR          Tel: 01632 960902
Clinic date: 27/06/2025          Ref: CO/GYN/RMC0931187

Dr Peter Aspinall
Crompton Fold Surgery
7 Harwood Vale
Bolton BL2 3PN

Dear Dr Aspinall

Re: Mrs Sabira MULLA, DOB 14/01/1979, MRN RMC0931187, NHS 651 208 3347
88 Chorley Old Road, Bolton BL1 5AQ

Diagnoses
1. Heavy menstrual bleeding due to a 5 cm submucosal fibroid (FIGO type 2)
2. Iron deficiency anaemia: Hb 92 g/L, ferritin 6 micrograms/L

Thank you for referring Mrs Mulla, who attended with her sister-in-law, Zubeda. She has flooding for 3-4 days of each cycle and has twice bled through her clothes at work. Pelvic ultrasound shows a 5 cm posterior wall fibroid with about 40% intracavitary extension; endometrium otherwise normal. She does not wish to have more children.

We discussed tranexamic acid, a levonorgestrel IUS (not suitable with this cavity distortion), relugolix combination therapy and surgery. She has chosen hysteroscopic resection (MyoSure), with a possible second stage. Before surgery she will have IV iron (ferric carboxymaltose 1000 mg) in the day unit next week. Please continue tranexamic acid 1 g TDS during menstruation until then.

Yours sincerely

Dr Chinedu Okafor
Specialty Doctor in Obstetrics and Gynaecology
""",
ids=[("Farnworth Lane, Bolton", "A"), ("BL4 0JR", "PC"), ("01632 960902", "T"), ("CO/GYN/RMC0931187", "REF"),
     ("Peter Aspinall", "C"), ("Aspinall", "C"), ("Crompton Fold Surgery\n7 Harwood Vale\nBolton", "A"),
     ("BL2 3PN", "PC"), ("Sabira MULLA", "P"), ("RMC0931187", "H"), ("651 208 3347", "N"),
     ("88 Chorley Old Road, Bolton", "A"), ("BL1 5AQ", "PC"), ("Mulla", "P"), ("Zubeda", "R")],
keep=["Dr Chinedu Okafor", "14/01/1979", "FIGO type 2", "Hb 92 g/L", "ferric carboxymaltose 1000 mg", "MyoSure",
      "tranexamic acid 1 g TDS", "5 cm", "Royal Bolton Hospital"]),

doc("s51-049", "msf_summary", APPL, """RCOG Team Observation (TO2) / Multi-Source Feedback - summary report
Doctor: Dr Chinedu Okafor          Period: March 2025          Report no.: MSF-2025-77310
Raters: 14 (consultants 3, doctors in training 4, midwives 5, theatre staff 2)

Domain (mean, 1-6)                         Score
Clinical care                              5.4
Communication with women and families      5.2
Team working                               4.9
Teaching and supervision                   5.6
Reliability and availability               4.3

Free-text comments (verbatim)
- "Chinedu is calm on the labour ward. The way he handled the shoulder dystocia in room 5, letting Jess (midwife) lead the drill while he did the internal manoeuvres, was textbook."
- "Sometimes leaves delivery suite without telling the coordinator - on three occasions I had to bleep him. Sister Julie Haworth"
- "Dr O is our go-to for difficult instrumental deliveries. Always explains to the women first."
- "Excellent teacher - he taught me perineal repair on the suturing model and then supervised my first two. Dr Amelia Frost, ST1"
- "Would like him to hand over in person rather than by text."

Discussed with, and verified by, my educational supervisor, Miss Rebecca Hartigan, on 09/04/2025. Action: always inform the delivery suite coordinator when leaving; agreed.
""",
ids=[("MSF-2025-77310", "REF"), ("Jess", "C"), ("Julie Haworth", "C"), ("Amelia Frost", "C")],
keep=["Dr Chinedu Okafor", "Chinedu", "Dr O", "Miss Rebecca Hartigan", "5.4", "room 5"]),
]
