from common import *

DOCS = [
D("operation_note", H, """
ST ALDHELM'S WOMEN'S HOSPITAL - Delivery Suite Theatre 2 - OPERATION NOTE
Name: Ms Keeley Rose Danvers     Hosp no: SAW 0776120     NHS: 734 905 1186     DOB 16/09/1996 (27)
Date: 25/06/2024   Category 1 caesarean section (RCOG/NICE classification), decision 03:12, delivery 03:31 (DDI 19 min)
Surgeon: Dr Ifeoma Chukwuemeka (Specialty Doctor, O&G)      Assistant: Dr Hannah Lee-Pemberton (ST3)
Anaesthetist: Dr Giorgos Papadakis - GA (failed spinal top-up)
Indication: pathological CTG - prolonged deceleration to 70 bpm for 6 minutes at 7 cm, not recovering after
fluids and stopping Syntocinon.
Findings: live female infant, cephalic, OA, cord x1 round neck, liquor meconium-stained grade 2. Apgar 4, 7, 9.
Cord gases: arterial pH 7.09, BE -11.2; venous pH 7.18. Birth weight 3.42 kg. Baby to NNU for observation.
Procedure: Joel-Cohen, lower segment transverse, double-layer closure with Vicryl 1, EBL 850 mL (QBL 910 mL).
Carbetocin 100 micrograms IV. Tranexamic acid 1 g. Swabs/instruments correct. Subcuticular Monocryl 3-0.
Post-op: VTE score 3 - enoxaparin 40 mg for 10 days. Partner (Liam) and baby's name, Ivy-Mae, recorded for the
Badger notes. Datix for cat 1 CS completed: SAW-MAT-24-3318.
""", [("Keeley Rose Danvers", PN), ("SAW 0776120", HN), ("734 905 1186", NHS), ("Hannah Lee-Pemberton", CN),
      ("Giorgos Papadakis", CN), ("Liam", RN), ("Ivy-Mae", PN), ("SAW-MAT-24-3318", REF)],
  ["ST ALDHELM'S WOMEN'S HOSPITAL", "Delivery Suite Theatre 2", "DOB 16/09/1996", "(27)", "25/06/2024",
   "Category 1 caesarean section", "03:12", "03:31", "DDI 19 min", "Dr Ifeoma Chukwuemeka", "70 bpm", "6 minutes",
   "7 cm", "Syntocinon", "grade 2", "Apgar 4, 7, 9", "pH 7.09", "BE -11.2", "pH 7.18", "3.42 kg", "Joel-Cohen",
   "Vicryl 1", "EBL 850 mL", "QBL 910 mL", "Carbetocin 100 micrograms IV", "Tranexamic acid 1 g", "Monocryl 3-0",
   "VTE score 3", "enoxaparin 40 mg", "Badger"]),

D("antenatal_clinic_letter", H, """
Brackwater and St Aldhelm's Hospitals NHS Foundation Trust
Antenatal Clinic (Diabetes in Pregnancy), St Aldhelm's Women's Hospital

Hospital no: SAW 0812455      NHS no: 4107 728 830      Clinic: 03/04/2024
To: Dr Marek Zielinski, Harbourside Surgery
Re: Mrs Parveen Akhtar-Shah, DOB 02/01/1990, G3 P1 (1 miscarriage), 28+3 weeks

Gestational diabetes diagnosed at 26 weeks (OGTT fasting 5.9, 2-hour 9.4 mmol/L). BMI 33. Capillary glucose over
the last week: fasting 5.6-6.4 mmol/L, 1-hour post-prandial up to 8.9. Starting metformin 500 mg with the evening
meal, increasing weekly to 1 g BD. Aspirin 150 mg at night continues (pre-eclampsia risk). Growth scan today: EFW
1,310 g (72nd centile), AC 84th centile, liquor normal (DVP 6.1 cm).
Plan: growth scans 32 and 36 weeks, offer induction from 38+0 to 39+6 (NICE NG3). Her diabetes midwife, Ms
Bethany Arkwright (NMC PIN 12A3456E), will phone weekly on 07700 900920 (Mrs Akhtar-Shah's own mobile).
Interpreter (Urdu) not needed; her husband Imran prefers evening calls.
Dr Ifeoma Chukwuemeka MBBS FWACS MRCOG, Specialty Doctor in Obstetrics
""", [("SAW 0812455", HN), ("4107 728 830", NHS), ("Marek Zielinski", CN), ("Parveen Akhtar-Shah", PN),
      ("Akhtar-Shah", PN), ("Bethany Arkwright", CN), ("12A3456E", GMC), ("07700 900920", PH), ("Imran", RN)],
  ["Brackwater and St Aldhelm's Hospitals NHS Foundation Trust", "St Aldhelm's Women's Hospital", "03/04/2024",
   "DOB 02/01/1990", "G3 P1", "28+3 weeks", "26 weeks", "OGTT fasting 5.9, 2-hour 9.4 mmol/L", "BMI 33",
   "5.6-6.4 mmol/L", "metformin 500 mg", "1 g BD", "Aspirin 150 mg", "EFW\n1,310 g (72nd centile)", "DVP 6.1 cm",
   "38+0 to 39+6", "NICE NG3", "Dr Ifeoma Chukwuemeka", "Harbourside Surgery"]),

D("complaint_response", H, """
Our ref: PALS/MAT/2024/0457
Brackwater and St Aldhelm's Hospitals NHS Foundation Trust - Maternity Services
12 August 2024

Mr Tobias Greenhalgh
Flat 4, 9 Quayside Buildings
Brackwater BW1 6TF
tobias.greenhalgh84@mailbox.example.com

Dear Mr Greenhalgh,

Thank you for writing on behalf of yourself and your partner, Ms Leanne Ostrowski, about her induction of labour in
July. I was the obstetric doctor on the labour ward on 18 and 19 July and I have reviewed her notes.

You were right that there was a delay of 31 hours between the Propess (dinoprostone 10 mg) being removed and transfer
to the labour ward for artificial rupture of membranes. This was because the unit was at OPEL 3 with no one-to-one
midwife available; Leanne's observations and CTG were normal throughout. I am sorry that the reason was not explained
and that the midwife on the induction bay, Ms Carla Benitez, was unable to give you a time. Our induction guideline
now requires an update to the woman every 4 hours during a delay, and delays over 24 hours are reviewed by the
consultant. I am glad that your son, Noah, is well.

If you would like to meet, please call the Maternity Experience team on 01632 960402.
Yours sincerely,
Dr Ifeoma Chukwuemeka, Specialty Doctor (response approved by Mr Ravindra Kulkarni, Clinical Director)
""", [("PALS/MAT/2024/0457", REF), ("Tobias Greenhalgh", RN), ("Greenhalgh", RN), ("Flat 4, 9 Quayside Buildings\nBrackwater", AD),
      ("BW1 6TF", PC), ("tobias.greenhalgh84@mailbox.example.com", EM), ("Leanne Ostrowski", PN), ("Leanne", PN),
      ("Carla Benitez", CN), ("Noah", PN), ("01632 960402", PH)],
  ["Brackwater and St Aldhelm's Hospitals NHS Foundation Trust", "12 August 2024", "18 and 19 July", "31 hours",
   "Propess (dinoprostone 10 mg)", "OPEL 3", "CTG", "4 hours", "24 hours", "Dr Ifeoma Chukwuemeka",
   "Mr Ravindra Kulkarni"]),

D("wpba_cbd_export", H, """
RCOG ePortfolio - Case-based Discussion (CbD) - export
Doctor: Dr Ifeoma Chukwuemeka     GMC 7338104     Assessor: Mr Ravindra Kulkarni, Consultant Obstetrician    GMC 4587702
Date: 19/02/2024       CiP: 10 (intrapartum care), 11 (postpartum care)

Case discussed: massive obstetric haemorrhage after vaginal delivery (uterine atony), 36-year-old P3, EBL 2.4 L.
Management: MOH call at 1,000 mL, bimanual compression, oxytocin 40 units infusion, ergometrine 500 micrograms IM,
carboprost 250 micrograms IM x3, misoprostol 800 micrograms PR, tranexamic acid 1 g IV. ROTEM: FIBTEM A5 9 mm -
cryoprecipitate 2 pools. Bakri balloon 400 mL in theatre, haemostasis achieved. Transfused 4 units RBC, 2 FFP.
Patient identifier used in the discussion: initials "S.O." and hospital number SAW 0790334 (doctor's working copy).
Assessor feedback: excellent, systematic leadership of the MOH team using the 4 Ts; good debrief to the midwifery team.
Next step: lead the PROMPT MOH drill in May. Entrustment: level 4 (could manage independently).
""", [("4587702", GMC), ("S.O.", PN), ("SAW 0790334", HN)],
  ["Dr Ifeoma Chukwuemeka", "7338104", "Mr Ravindra Kulkarni", "19/02/2024", "CiP: 10", "36-year-old P3",
   "EBL 2.4 L", "1,000 mL", "oxytocin 40 units", "ergometrine 500 micrograms IM", "carboprost 250 micrograms IM x3",
   "misoprostol 800 micrograms PR", "tranexamic acid 1 g IV", "FIBTEM A5 9 mm", "2 pools", "Bakri balloon 400 mL",
   "4 units RBC", "2 FFP", "4 Ts", "PROMPT", "level 4"]),

D("overseas_labour_record", H, """
UNIVERSITY OF NIGERIA TEACHING HOSPITAL (UNTH), ITUKU-OZALLA, ENUGU - Department of Obstetrics and Gynaecology
Labour ward case summary - eclampsia (copied from the case note for the Part II FWACS case book)
Hospital no.: UNTH/OG/14/22190      Date: 28 October 2014
Patient: Mrs Chinyere Obiageli Nnamdi, 19 years, primigravida, 35 weeks
Address: No. 7 Ogui Road, near Holy Ghost Cathedral, Enugu
Husband: Mr Emeka Nnamdi (trader)

Brought in by husband after two generalised seizures at home; BP 180/120 mmHg, proteinuria 3+. Magnesium sulphate
(Zuspan regimen: 4 g IV + 10 g IM loading, 5 g IM 4-hourly), hydralazine 5 mg IV boluses, delivered by emergency
caesarean section under GA: live male 2.1 kg, Apgar 5 and 8. Magnesium continued 24 h after delivery; no further fits.
Platelets 96 x10^9/L, ALT 88 U/L - partial HELLP.
Resident: Dr Ifeoma Chukwuemeka (Senior Registrar)     Consultant: Prof. Uchenna C. Okafor-Ezeh (certifies)
""", [("UNTH/OG/14/22190", HN), ("Chinyere Obiageli Nnamdi", PN), ("No. 7 Ogui Road, near Holy Ghost Cathedral, Enugu", AD),
      ("Emeka Nnamdi", RN)],
  ["UNIVERSITY OF NIGERIA TEACHING HOSPITAL (UNTH), ITUKU-OZALLA, ENUGU", "28 October 2014", "19 years",
   "35 weeks", "BP 180/120 mmHg", "proteinuria 3+", "Zuspan regimen", "4 g IV + 10 g IM", "5 g IM 4-hourly",
   "hydralazine 5 mg IV", "2.1 kg", "Apgar 5 and 8", "Platelets 96 x10^9/L", "ALT 88 U/L", "HELLP",
   "Dr Ifeoma Chukwuemeka", "Prof. Uchenna C. Okafor-Ezeh", "FWACS"]),

D("pmrt_review", H, """
Perinatal Mortality Review Tool (PMRT) - review summary, St Aldhelm's Women's Hospital
PMRT ID: 88721     MBRRACE-UK notification: MBR-24-117304     StEIS: 2024/09931     MNSI (HSSIB) ref: MI-036112
Review panel date: 07/05/2024.  Panel chair: Mr Ravindra Kulkarni.  Applicant's role: presented the clinical timeline.

Case: intrapartum stillbirth at 39+4 weeks, birth weight 3.66 kg. Mother: Ms Danielle Fenwick-Osei (28), baby Archie.
Key events: reduced fetal movements at 38+5 managed in triage by a locum registrar (Dr Kwame Asante-Boakye) with CTG
(Dawes-Redman criteria met at 38 minutes); discharged. Attended again at 39+4 with no fetal heart on auscultation.
Grading of care: B (care issues which may have made a difference to the outcome for the baby).
Issues: (1) RFM guideline (Saving Babies' Lives v3, element 3) not followed - no USS offered for a second episode;
(2) earlier missed SGA risk factor (smoking 10/day) - no serial growth scans.
Actions: triage proforma now mandates a growth scan within 24 h after recurrent RFM; smoking CO monitoring at booking
re-audited (compliance 93%). Parents' questions answered by the bereavement midwife, Ms Yetunde Bakare.
""", [("88721", REF), ("MBR-24-117304", REF), ("2024/09931", REF), ("MI-036112", REF), ("Danielle Fenwick-Osei", PN),
      ("Archie", PN), ("Kwame Asante-Boakye", CN), ("Yetunde Bakare", CN)],
  ["Perinatal Mortality Review Tool (PMRT)", "St Aldhelm's Women's Hospital", "07/05/2024", "Mr Ravindra Kulkarni",
   "39+4 weeks", "3.66 kg", "(28)", "38+5", "Dawes-Redman criteria", "38 minutes", "B (care issues",
   "Saving Babies' Lives v3, element 3", "10/day", "24 h", "93%", "MBRRACE-UK"]),

D("ocr_scan_postnatal_discharge", H, """
ST ALDHELM'S W0MEN'S H0SPITAL - P0stnata1 Ward (Ward 4, Bed l2) - Discharge Surnmary
Narne: Mrs Aisling Nic Gi0lla Phádraig    Hosp N0: SAW O69l2O7    NHS: 8l2 O44 5937
Address: 33 Seaview Terr ace, Brackwater BW3 2JQ     Te1: 07700 9O0715
Delivered: 0l/l2/2O23 - SVD, 3rd degree tear (3b), repaired in theatre by Dr I Chukwuerneka.
EBL 6OO mL. Hb 98 g/L - ora1 ferrous furnarate 2lO mg BD. Co-amoxiclav 625 rng TDS for 5 days, lactulose l5 rnL BD.
Physio referral; 0ASI clinic at l2 weeks. Baby b0y (Oisín) feeding we11.
Midwife: Rh0na Mac1ean, RM.
""", [("Aisling Nic Gi0lla Phádraig", PN), ("SAW O69l2O7", HN), ("8l2 O44 5937", NHS), ("33 Seaview Terr ace, Brackwater", AD),
      ("BW3 2JQ", PC), ("07700 9O0715", PH), ("Oisín", PN), ("Rh0na Mac1ean", CN)],
  ["ST ALDHELM'S W0MEN'S H0SPITAL", "Ward 4, Bed l2", "0l/l2/2O23", "3rd degree tear (3b)", "Dr I Chukwuerneka",
   "EBL 6OO mL", "Hb 98 g/L", "ferrous furnarate 2lO mg BD", "Co-amoxiclav 625 rng TDS", "lactulose l5 rnL BD",
   "0ASI clinic at l2 weeks"]),
]
