from common import *
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID")

# ---------------- Dr Farhan Qureshi: general surgery ----------------
D("s48-011", "operation_note", B, """NORTHMOOR ROYAL INFIRMARY - OPERATION NOTE
Northmoor Hospitals NHS Foundation Trust          Theatre 4 (Emergency)
Name: BRANNIGAN, Shauna Louise     MRN: NRI-2207719     NHS: 731 905 4462     DOB: 21/09/1988   F
Date: 02/08/2023     Knife to skin 21:47     Closed 23:05

Surgeon: Dr Farhan Qureshi (Specialty Doctor, GMC 7612094)
Assistant: Dr Chidi Nwosu (CT2)      Anaesthetist: Dr Helena Sorsby      Scrub: Tomasz Wrobel
Supervising consultant (available, not scrubbed): Mr Jonathan Aldous-Kemp

Procedure: Laparoscopic appendicectomy (OPCS H01.1)
Indication: Alvarado score 8; USS: non-compressible appendix 9 mm.
Findings: Gangrenous, non-perforated appendix. 20 mL turbid free fluid in pelvis. Normal ovaries.
Procedure: 3-port technique, open Hasson entry at umbilicus. Mesoappendix divided with harmonic scalpel.
Base secured with 2 x Endoloop. Specimen retrieved in bag. Washout 1 L warm saline.
Closure: 0 PDS to umbilical sheath, 3-0 Monocryl subcuticular. LA: 20 mL 0.25% bupivacaine.
Post-op: co-amoxiclav 1.2 g IV TDS for 24 h then stop. Eat and drink. VTE: enoxaparin 40 mg SC OD.
Histology to be chased in clinic.  Signature: F. Qureshi""",
  [("BRANNIGAN, Shauna Louise", PN), ("NRI-2207719", HN), ("731 905 4462", NHS), ("Dr Chidi Nwosu", CN),
   ("Dr Helena Sorsby", CN), ("Tomasz Wrobel", CN)],
  ["NORTHMOOR ROYAL INFIRMARY", "Northmoor Hospitals NHS Foundation Trust", "Theatre 4", "21/09/1988",
   "02/08/2023", "21:47", "23:05", "Dr Farhan Qureshi", "GMC 7612094", "Mr Jonathan Aldous-Kemp", "OPCS H01.1",
   "Alvarado score 8", "9 mm", "20 mL", "Endoloop", "0 PDS", "3-0 Monocryl", "0.25% bupivacaine",
   "co-amoxiclav 1.2 g IV TDS", "enoxaparin 40 mg SC OD", "F. Qureshi"])

D("s48-012", "logbook_extract", B, """eLogbook - consolidation report (filtered: hernia, 01/01/2023 - 31/12/2023)
Surgeon: Qureshi F (GMC 7612094)     Hospital: Northmoor Royal Infirmary
Report validated by: Mr Jonathan Aldous-Kemp, Consultant Colorectal Surgeon, 15/01/2024

Date        Pt ID        Age Sex  Procedure                                   Role   Sup.
14/02/2023  NRI-2150334  63  M    Open inguinal hernia repair (Lichtenstein)  P-U    S-TS
03/03/2023  NRI-2161870  47  M    TEP inguinal hernia repair, bilateral       P-S    S-TS
21/03/2023  NRI-2168011  71  F    Femoral hernia repair (low approach)        P      S-NS
09/05/2023  NRI-2181449  55  M    Open umbilical hernia repair, mesh          P      -
27/06/2023  NRI-2190076  38  F    Lap. incisional hernia repair (IPOM)        A      -
   totals: 5 procedures (P 2, P-U 1, P-S 1, A 1)
Notes column (free text): "03/03 - pt K.O'D. converted to open on L side", "21/03 - Mrs Tillotson, strangulated"
Key: P performed, P-U performed unsupervised, P-S performed supervised, A assisted, S-TS trainer scrubbed""",
  [("NRI-2150334", HN), ("NRI-2161870", HN), ("NRI-2168011", HN), ("NRI-2181449", HN), ("NRI-2190076", HN),
   ("K.O'D.", PN), ("Mrs Tillotson", PN)],
  ["Qureshi F", "GMC 7612094", "Northmoor Royal Infirmary", "Mr Jonathan Aldous-Kemp", "15/01/2024",
   "14/02/2023", "03/03/2023", "21/03/2023", "09/05/2023", "27/06/2023", "Lichtenstein", "TEP", "IPOM",
   "5 procedures"])

D("s48-013", "theatre_list", B, """Northmoor Royal Infirmary  -  Main Theatres  -  Theatre 2  -  ALL DAY LIST  -  Thursday 16/11/2023
Consultant: Mr J. Aldous-Kemp     Operating: Dr F. Qureshi / Mr J. Aldous-Kemp     Anaesthetist: Dr K. Varga

1  08:30  Maureen Ellicott        73F  NRI-1988702  Lap right hemicolectomy (CT-staged T3N0)    ASA 3  Latex allergy
2  12:00  Gareth Pryor-Wynne      49M  NRI-2214559  Lap cholecystectomy + on-table cholangiogram ASA 2
3  14:00  Francesca de Luca       33F  NRI-2220418  Excision pilonidal sinus                    ASA 1
4  15:30  Ishaan Bhattacharya     61M  NRI-2031776  Reversal of loop ileostomy                  ASA 2  Day 0 bloods Hb 128

Patients 1 and 4 to Ward 31 (Colorectal); 2 and 3 to Day Surgery Unit.
Queries re this list: theatre co-ordinator ext 6204 or 01632 960118 (direct line)
-----------------------------------------------------------------------------------------------------
printed 15/11/2023 16:02 by fqureshi       page 1 of 1       ORMIS list ref TH2-231116-AD""",
  [("Maureen Ellicott", PN), ("NRI-1988702", HN), ("Gareth Pryor-Wynne", PN), ("NRI-2214559", HN),
   ("Francesca de Luca", PN), ("NRI-2220418", HN), ("Ishaan Bhattacharya", PN), ("NRI-2031776", HN),
   ("Dr K. Varga", CN), ("01632 960118", PH), ("TH2-231116-AD", REF)],
  ["Northmoor Royal Infirmary", "Theatre 2", "16/11/2023", "Mr J. Aldous-Kemp", "Dr F. Qureshi", "08:30",
   "73F", "Lap right hemicolectomy", "T3N0", "ASA 3", "Latex allergy", "49M", "ASA 2", "33F", "ASA 1", "61M",
   "Hb 128", "Ward 31 (Colorectal)", "Day Surgery Unit", "ext 6204", "15/11/2023", "fqureshi"])

D("s48-014", "dops_export", B, """Direct Observation of Procedural Skills (DOPS)
Doctor: Dr Farhan Qureshi - GMC 7612094 - Northmoor Hospitals NHS Foundation Trust
Assessor: Mr Jonathan Aldous-Kemp (Consultant Colorectal Surgeon)      Date: 22/09/2023
Procedure: Flexible sigmoidoscopy, Endoscopy Unit, Northmoor Royal Infirmary
Patient ID (for audit trail): NRI-2199307     Difficulty: average

Domains (1 = below, 4 = above expectation): consent 4; pre-procedure preparation 3; technical ability 3;
insertion to 60 cm with minimal looping; mucosal visualisation 4; recognised and biopsied a 6 mm sessile polyp;
communication with patient 4; post-procedure management and documentation 4.
Bowel preparation: phosphate enema, Boston Bowel Preparation Scale not applicable (flexi-sig).
Sedation: Entonox only.
Assessor comment: "Safe, independent flexi-sig. Work on loop reduction with abdominal pressure."
Signed electronically: J. Aldous-Kemp 22/09/2023 17:14""",
  [("NRI-2199307", HN)],
  ["Dr Farhan Qureshi", "GMC 7612094", "Northmoor Hospitals NHS Foundation Trust", "Mr Jonathan Aldous-Kemp",
   "22/09/2023", "Northmoor Royal Infirmary", "60 cm", "6 mm sessile polyp", "Boston Bowel Preparation Scale",
   "Entonox", "J. Aldous-Kemp"])

D("s48-015", "operation_note_ocr_abroad", B, """RAVl VALLEY TEACHlNG H0SPITAL, LAH0RE    Departrnent of Surgery, Unit ll
OPERATI0N N0TES

Narne: Muhamrnad Arshad s/o Ghularn Rasool       Age/Sex: 52 / M
MR N0: RVTH-l5-O88214       CNlC: 35202-7718403-l       Ward: Surgical Ward 3, Bed 22
Address: H0use 14, Street 9, Sanda Kalan, Lah0re
Date of 0peration: 11-O3-2Ol6

Surge0n: Dr Farhan Qureshi (PG Tra inee, PMDC 48812-P)      Assistant: Dr Sadia Malik
Anaesthesia: GA     Procedure: Exp1oratory laparot0rny for perforated duodena1 ulcer
Findings: 5 rnrn anteri0r duodena1 perforation, 1.5 L bi1ious fluid, general peritonitis.
Procedure: Grahar n's patch repair with 0rnental plug, peritonea1 lavage with 6 L N/S, drains x2.
P0st op: inj. ceftriax0ne 1 g BD, inj. rnetronidazole 500 rng TDS, IV omeprazole 40 rng BD, NG tube.
Certified as true c0py - Prof. Nadeem Akhtar Chaudhry, Head of Surgical Unit II""",
  [("Muhamrnad Arshad", PN), ("Ghularn Rasool", RN), ("RVTH-l5-O88214", HN), ("35202-7718403-l", OID),
   ("H0use 14, Street 9, Sanda Kalan, Lah0re", AD), ("Dr Sadia Malik", CN)],
  ["RAVl VALLEY TEACHlNG H0SPITAL, LAH0RE", "52 / M", "Surgical Ward 3, Bed 22", "11-O3-2Ol6",
   "Dr Farhan Qureshi", "PMDC 48812-P", "duodena1 ulcer", "5 rnrn", "1.5 L", "Grahar n's patch",
   "6 L N/S", "ceftriax0ne 1 g BD", "rnetronidazole 500 rng TDS", "omeprazole 40 rng BD",
   "Prof. Nadeem Akhtar Chaudhry"])

D("s48-016", "incident_review", B, """Northmoor Hospitals NHS Foundation Trust - After Action Review (AAR) summary
Incident: Swab count discrepancy - Theatre 6 - 11/01/2024     Datix: NH-W2240117     LFPSE ref: 3F9A-77C2-K14
Patient: 58-year-old woman, emergency laparotomy for small bowel obstruction (hosp. no NRI-2233091)

Participants: Dr Farhan Qureshi (operating surgeon), Mr Jonathan Aldous-Kemp (consultant, facilitator),
scrub nurse Abigail Tennant, circulating ODP Marcus Fairweather, anaesthetist Dr Ines Carvalho.

What was expected: WHO Surgical Safety Checklist and a correct count before closure of the sheath.
What happened: Final count was one 30 x 30 cm swab short. Closure paused; on-table AXR (11/01/2024 19:42)
showed no radio-opaque marker. Swab found in the kick bucket liner. Patient informed next day under the
Duty of Candour (Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, reg. 20); no harm.
Learning: swab boards to be updated in real time; count to be called aloud at each cavity closure.
My reflection: As the operating surgeon I felt pressure to close quickly at 19:30 with a second case waiting.
I now state at the start of closure "we will not close until the count is correct".
Report approved: Mr Jonathan Aldous-Kemp, Clinical Governance Lead, 25/01/2024""",
  [("NH-W2240117", REF), ("3F9A-77C2-K14", REF), ("NRI-2233091", HN), ("Abigail Tennant", CN),
   ("Marcus Fairweather", CN), ("Dr Ines Carvalho", CN)],
  ["Northmoor Hospitals NHS Foundation Trust", "Theatre 6", "11/01/2024", "58-year-old woman", "Dr Farhan Qureshi",
   "Mr Jonathan Aldous-Kemp", "WHO Surgical Safety Checklist", "30 x 30 cm", "19:42", "Duty of Candour",
   "Health and Social Care Act 2008 (Regulated Activities) Regulations 2014", "19:30", "25/01/2024"])

D("s48-017", "clinic_letter", B, """Northmoor Royal Infirmary, General Surgery Outpatients, Level 2
Tel (secretary): 01632 960207     Our ref: FQ/GS/88410     Your ref: BLM/ref/2023-1142
Date dictated: 04/12/2023    Date typed: 06/12/2023

Dr Owain Pritchard
Hallam Lane Surgery
112 Hallam Lane
Northmoor
NM3 8TF

Dear Dr Pritchard
Re: Mr Kwabena Asante-Darko, DOB 11/04/1979, 58 Beech Grove, Upper Morley, Northmoor NM5 1PW
NHS 488 203 6117

Diagnosis: Symptomatic gallstones (biliary colic x 4 episodes); BMI 31.2; LFTs normal (ALP 96 U/L, bilirubin 9 umol/L).
USS: multiple calculi, CBD 4 mm.
Plan: listed for elective laparoscopic cholecystectomy (day case), target 18 weeks. Consent discussed including
0.3% bile duct injury risk and 5% conversion risk; leaflet given. He was seen with his wife Abena.

Yours sincerely
Dr Farhan Qureshi, Specialty Doctor in General Surgery, for Mr J. Aldous-Kemp""",
  [("01632 960207", PH), ("FQ/GS/88410", REF), ("BLM/ref/2023-1142", REF), ("Dr Owain Pritchard", CN),
   ("Dr Pritchard", CN), ("Hallam Lane Surgery\n112 Hallam Lane\nNorthmoor", AD), ("NM3 8TF", PC),
   ("Mr Kwabena Asante-Darko", PN), ("58 Beech Grove, Upper Morley, Northmoor", AD), ("NM5 1PW", PC),
   ("488 203 6117", NHS), ("Abena", RN)],
  ["Northmoor Royal Infirmary", "04/12/2023", "06/12/2023", "11/04/1979", "biliary colic x 4 episodes",
   "BMI 31.2", "ALP 96 U/L", "bilirubin 9 umol/L", "CBD 4 mm", "laparoscopic cholecystectomy", "18 weeks",
   "0.3%", "5%", "Dr Farhan Qureshi", "Mr J. Aldous-Kemp"])

D("s48-018", "qi_report", B, """Quality Improvement project report
Title: Enhanced Recovery After Surgery (ERAS) - reducing time to first mobilisation after elective colorectal resection
Project lead: Dr Farhan Qureshi     Sponsor: Mr Jonathan Aldous-Kemp     Ward 31 (Colorectal), Northmoor Royal Infirmary
Dates: April 2023 - March 2024     Method: Model for Improvement, 3 PDSA cycles, run charts (weekly medians)

Aim: 80% of patients mobilised out of bed within 24 h of elective colorectal resection by March 2024.
Baseline (n = 31): 42% mobilised within 24 h; median length of stay 6.5 days.
PDSA 1: physiotherapy review added to post-op day 0 ward round; PDSA 2: 'sit out for lunch' prompt on
the ERAS chart; PDSA 3: removal of urinary catheter at 06:00 on day 1 unless epidural.
Result (n = 44): 84% mobilised within 24 h; median length of stay 4.5 days; no increase in 30-day readmission
(9.1% vs 9.7%). Presented at the ACPGBI Annual Meeting 2024 (poster P-112).
Sustainability: now part of the ward's ERAS audit; Ward 31 matron owns the measure.""",
  [],
  ["Enhanced Recovery After Surgery (ERAS)", "Dr Farhan Qureshi", "Mr Jonathan Aldous-Kemp", "Ward 31 (Colorectal)",
   "Northmoor Royal Infirmary", "80%", "24 h", "n = 31", "42%", "6.5 days", "06:00", "n = 44", "84%", "4.5 days",
   "9.1% vs 9.7%", "ACPGBI Annual Meeting 2024", "P-112"])

D("s48-019", "referral_email", B, """From: Dr Farhan Qureshi <farhan.qureshi@northmoor-hospitals.example.nhs.uk>
To: Upper GI MDT co-ordinator <ugi.mdt@northmoor-hospitals.example.nhs.uk>
Cc: Mr Jonathan Aldous-Kemp
Sent: Tuesday 20 February 2024 09:12
Subject: MDT add-on: Pendlebury Roy, NRI-2240981 - CT ?gastric outlet obstruction

Hi Rachel,
Please could you add Mr Roy Pendlebury (NHS 904 617 3328, DOB 05/05/1951) to Thursday's Upper GI MDT.
Admitted via SAU on 18/02/2024 with vomiting and weight loss 9 kg/3 months. CT abdomen/pelvis 19/02/2024:
thickened gastric antrum with gastric outlet obstruction; ? T3 lesion, no liver lesions. Hb 94 g/L, albumin 29 g/L.
OGD booked for 21/02/2024. Images: https://pacs-share.northmoor.example.org/study/7F31-22A0-9C4D
His daughter (Yvonne, 07700 900832) asked to be kept informed; he consents to this.

Thanks, Farhan
Dr Farhan Qureshi | Specialty Doctor, General Surgery | Northmoor Royal Infirmary | bleep 2381""",
  [("farhan.qureshi@northmoor-hospitals.example.nhs.uk", EM), ("ugi.mdt@northmoor-hospitals.example.nhs.uk", EM),
   ("Pendlebury Roy", PN), ("NRI-2240981", HN), ("Rachel", CN), ("Mr Roy Pendlebury", PN),
   ("904 617 3328", NHS), ("https://pacs-share.northmoor.example.org/study/7F31-22A0-9C4D", URL),
   ("Yvonne", RN), ("07700 900832", PH)],
  ["Dr Farhan Qureshi", "Mr Jonathan Aldous-Kemp", "20 February 2024", "05/05/1951", "18/02/2024",
   "9 kg/3 months", "19/02/2024", "gastric outlet obstruction", "Hb 94 g/L", "albumin 29 g/L", "21/02/2024",
   "Northmoor Royal Infirmary", "bleep 2381", "Upper GI MDT"])

D("s48-086", "assessor_record", B, """Evidence of supervision and assessment of others - record of a DOPS I carried out as assessor
Assessor: Dr Farhan Qureshi, Specialty Doctor in General Surgery (GMC 7612094), Northmoor Royal Infirmary
Countersigned: Mr Jonathan Aldous-Kemp, Consultant Colorectal Surgeon and College Tutor, 30/10/2023

Trainee assessed: Dr Ayesha Rahman-Cole, CT1 in Surgery, GMC 7958823
Date: 24/10/2023     Location: Surgical Assessment Unit (SAU), bay 2
Procedure: incision and drainage of a perianal abscess under GA (Theatre 4, CEPOD list)
Patient: 34-year-old man, BMI 27, no diabetes (HbA1c 38 mmol/mol); pre-op CRP 144 mg/L.

My observations: safe WHO checklist; correct cruciate incision, pus sent for MC&S; probed gently without
creating a false tract; no seton required. Packing with Kaltostat. Clear operation note.
Feedback given: examine under anaesthesia systematically (EUA) before incising; consider the
Goodsall's rule when a fistula is suspected.
Outcome: satisfactory to perform with indirect supervision (level 3).
Reflection (mine): first DOPS I assessed after the 'Training the Trainers' course (RCS England, 12/09/2023).""",
  [("Dr Ayesha Rahman-Cole", CN), ("7958823", GMC)],
  ["Dr Farhan Qureshi", "GMC 7612094", "Northmoor Royal Infirmary", "Mr Jonathan Aldous-Kemp", "30/10/2023", "24/10/2023",
   "Surgical Assessment Unit (SAU), bay 2", "Theatre 4", "34-year-old man", "BMI 27", "HbA1c 38 mmol/mol",
   "CRP 144 mg/L", "WHO checklist", "Kaltostat", "Goodsall's rule", "level 3", "Training the Trainers",
   "RCS England, 12/09/2023"])
