from common import *

DOCS = [
D("operation_note", C, """
University Hospitals of Ashcombe NHS Trust - Royal Ashcombe Infirmary - Theatre 6
OPERATION NOTE
Patient: Kieran Mulholland-Shaw     MRN: RAI 2290417     NHS: 401 223 9187     DOB: 05/12/1987 (M)
Date: 17/05/2023   Knife to skin 21:42   Finish 22:31
Surgeon: Mr H. R. Tavakoli (Specialty Doctor)   Assistant: Dr Jun Hao Teoh (FY2)
Anaesthetist: Dr Bronwen Carys Pugh    ASA 1E    Anaesthesia: GA + local infiltration (levobupivacaine 0.25% 20 mL)
Procedure: Laparoscopic appendicectomy (OPCS H01.1)
Indication: 36 h RIF pain, Alvarado score 8, WCC 15.2, CRP 96, USS non-compressible appendix 9 mm.
Findings: Gangrenous, non-perforated appendix; 20 mL turbid fluid in pelvis, sent for MC&S. Meckel's diverticulum absent.
Procedure: 12 mm Hasson umbilical port, two 5 mm ports. Base secured with two Endoloops, appendix removed in bag.
Washout 1 L. Ports closed with 0 PDS (umbilicus), 4-0 Monocryl to skin.
Post-op: co-amoxiclav 1.2 g IV TDS for 24 h then stop if afebrile; eat and drink; VTE: enoxaparin 40 mg SC OD.
Histology to Dr Tavakoli's clinic. Mother (Mrs Siobhan Mulholland) updated by phone at 22:50.
Signed: H. R. Tavakoli   GMC 7102987
""", [("Kieran Mulholland-Shaw", PN), ("RAI 2290417", HN), ("401 223 9187", NHS), ("Jun Hao Teoh", CN),
      ("Bronwen Carys Pugh", CN), ("Siobhan Mulholland", RN)],
  ["University Hospitals of Ashcombe NHS Trust", "Royal Ashcombe Infirmary", "Theatre 6", "DOB: 05/12/1987",
   "17/05/2023", "Mr H. R. Tavakoli", "ASA 1E", "levobupivacaine 0.25% 20 mL", "OPCS H01.1", "Alvarado score 8",
   "WCC 15.2", "CRP 96", "9 mm", "Meckel's diverticulum", "Endoloops", "0 PDS", "4-0 Monocryl",
   "co-amoxiclav 1.2 g IV TDS", "enoxaparin 40 mg SC OD", "Dr Tavakoli", "H. R. Tavakoli", "7102987", "22:50"]),

D("theatre_list", C, """
ELECTIVE THEATRE LIST - Royal Ashcombe Infirmary, Theatre 4 - Thursday 08/06/2023 (all day)
Surgeon: Mr Hamid Reza Tavakoli      Anaesthetist: Dr O. Lindqvist      Scrub: ODP Marcus Feeney
Order  Name                 Hosp no       Age/Sex  Procedure                                   Notes
1      HALLORAN, Bridget    RAI 1187302   67 F     Lap cholecystectomy (day case)              BMI 34, on warfarin - INR 1.1 today
2      OSEI, Kwabena        RAI 2055198   45 M     Open mesh repair R inguinal hernia           Lichtenstein, LA + sedation
3      Z. P.                RAI 1990046   29 F     Excision pilonidal sinus, Bascom cleft lift  latex allergy - first? no: 3rd
4                           RAI 2301774   71 M     Lap R hemicolectomy (ERAS)                  HDU bed 3 booked, G&S x2
5      NAGY, Ferenc         RAI 2199863   52 M     Incision and drainage perianal abscess      added 07:15, NBM from 02:00
Theatre coordinator: 020 7946 0732 (ext 4471)
""", [("HALLORAN, Bridget", PN), ("RAI 1187302", HN), ("OSEI, Kwabena", PN), ("RAI 2055198", HN), ("Z. P.", PN),
      ("RAI 1990046", HN), ("RAI 2301774", HN), ("NAGY, Ferenc", PN), ("RAI 2199863", HN), ("Marcus Feeney", CN),
      ("O. Lindqvist", CN), ("020 7946 0732", PH), ("4471", PH)],
  ["Royal Ashcombe Infirmary", "Theatre 4", "08/06/2023", "Mr Hamid Reza Tavakoli", "67 F", "BMI 34", "INR 1.1",
   "Lichtenstein", "Bascom cleft lift", "ERAS", "HDU bed 3", "G&S x2", "Lap cholecystectomy", "52 M"]),

D("logbook_summary", C, """
Consolidated operative logbook summary (eLogbook export, anonymised counts only)
Surgeon: Mr Hamid Reza Tavakoli, Specialty Doctor in General Surgery     GMC 7102987
Period: 1 August 2019 - 31 July 2024 (UK); overseas cases listed separately in Section 5.3 of the portfolio

Procedure (OPCS group)                        Performed (P)  Supervised-trainer scrubbed (S-TS)  Assisted (A)  Total
Laparoscopic appendicectomy (H01)                      214            31                   12           257
Laparoscopic cholecystectomy (J18)                     162            48                   20           230
Inguinal hernia repair, open and TEP (T20)             131            22                    9           162
Emergency laparotomy (NELA eligible)                    58            37                   41           136
Right hemicolectomy (H07)                               19            14                   22            55
Hartmann's procedure (H33.5)                             11             9                   13            33
Perianal abscess I&D (H58)                             176             0                    0           176

Outcomes: SSI rate after lap chole 1.8% (national benchmark < 3%); conversion rate 2.5%; NELA 30-day mortality for
my cases 7.9% (P-POSSUM predicted 9.4%).
Verified as accurate by: Miss Catriona Ferguson-Lamb, Consultant Colorectal Surgeon and Educational Supervisor, 05/08/2024
""", [],
  ["Mr Hamid Reza Tavakoli", "7102987", "1 August 2019 - 31 July 2024", "Section 5.3", "H01", "J18", "T20",
   "NELA", "H07", "Hartmann's procedure", "H33.5", "H58", "214", "257", "1.8%", "< 3%", "2.5%", "7.9%",
   "P-POSSUM", "9.4%", "Miss Catriona Ferguson-Lamb", "05/08/2024"]),

D("incident_review", C, """
MORBIDITY AND MORTALITY MEETING - case presentation and incident review
General Surgery, Royal Ashcombe Infirmary      Meeting: 26 January 2024
Presenter: Mr H. R. Tavakoli      Datix: ASH-DTX-2023-19442     LFPSE reference: LFPSE-8830215
Chair: Miss Catriona Ferguson-Lamb, Consultant (signs off minutes)

Case: 78-year-old man, day 4 after anterior resection, developed tachycardia (HR 118), lactate 3.4 mmol/L and CRP 287
at 02:00. The on-call SHO, Dr Ravi Kanthasamy, reviewed and prescribed fluids. The registrar, Dr Liam Coughlan-Reid,
was informed by phone but did not attend until 07:30 because he was in theatre with a ruptured AAA and no escalation
to the consultant on call (Mr Peter Aldous) was made. CT at 09:10 showed an anastomotic leak; Hartmann's procedure
at 11:00. The patient survived, ITU 6 days, discharged day 29.

Findings: NEWS2 of 7 did not trigger the critical care outreach call; the escalation policy (v4.1) was not followed.
No individual blame; system issue with a single registrar covering theatre and wards at night.
Actions: (1) second on-call registrar rota from April 2024, (2) NEWS2 >= 7 auto-page to outreach, (3) teaching for SHOs
on recognising anastomotic leak, delivered by HT on 14/02/2024.
""", [("ASH-DTX-2023-19442", REF), ("LFPSE-8830215", REF), ("Ravi Kanthasamy", CN), ("Liam Coughlan-Reid", CN),
      ("Peter Aldous", CN)],
  ["Royal Ashcombe Infirmary", "26 January 2024", "Mr H. R. Tavakoli", "Miss Catriona Ferguson-Lamb", "78-year-old",
   "day 4", "HR 118", "lactate 3.4 mmol/L", "CRP 287", "02:00", "07:30", "AAA", "09:10", "Hartmann's procedure",
   "ITU 6 days", "day 29", "NEWS2 of 7", "v4.1", "NEWS2 >= 7", "HT", "14/02/2024"]),

D("complaint_response", C, """
University Hospitals of Ashcombe NHS Trust - Patient Advice and Complaints Team
Complaint ref: C/24/00315           Your ref: ME/HK/2024          Date: 4 April 2024

Mrs Helen Kowalczyk
22 Brierley Gardens
Ashcombe
AS3 9JW

Dear Mrs Kowalczyk,

Complaint regarding the care of your father, Mr Edward Pennington-Hale (hospital no. RAI 0833641)

Thank you for your letter about your father's admission to Ward 22 (surgical assessment unit) between 11 and 15
February 2024. I was the doctor responsible for his care on 12 and 13 February, and I have reviewed the notes
with the ward manager, Sister Agnieszka Brodzinska.

You were concerned that his operation (drainage of a gallbladder empyema, percutaneous cholecystostomy under
ultrasound) was cancelled twice and that nobody telephoned you. I am sorry. On 12 February the interventional
radiology list was cancelled because of an emergency; on 13 February your father had taken apixaban 5 mg in the
morning in error, and the procedure had to wait 48 hours. This should have been explained to you and to your
brother, Graham, who was visiting. We have changed the ward checklist so that anticoagulants are withheld from the
evening before any booked radiology procedure.

If you are not satisfied you may contact the Parliamentary and Health Service Ombudsman.
Yours sincerely,
Mr Hamid Reza Tavakoli, Specialty Doctor, General Surgery
Reviewed and approved: Ms Jenna Wolstenholme, Head of Patient Experience
""", [("C/24/00315", REF), ("ME/HK/2024", REF), ("Helen Kowalczyk", RN), ("Kowalczyk", RN),
      ("22 Brierley Gardens\nAshcombe", AD), ("AS3 9JW", PC), ("Edward Pennington-Hale", PN), ("RAI 0833641", HN),
      ("Agnieszka Brodzinska", CN), ("Graham", RN)],
  ["University Hospitals of Ashcombe NHS Trust", "4 April 2024", "Ward 22", "11 and 15\nFebruary 2024",
   "percutaneous cholecystostomy", "apixaban 5 mg", "48 hours", "Parliamentary and Health Service Ombudsman",
   "Mr Hamid Reza Tavakoli", "Ms Jenna Wolstenholme"]),

D("overseas_hospital_record", C, """
Imam Reza Teaching Hospital (affiliated), Tehran - Department of General Surgery
Certified English translation of the Persian original (translator: Ms Shirin Farahani, sworn translator no. 412)
Medical record no.: 98-0441723          National code (Kod-e melli): 0079438216
Patient: Mr Mohammad-Ali Rostami-Nejad, 41 years, male
Address: Unit 7, No. 18, Golestan Alley, Shahrak-e Gharb, Tehran
Father's name (as on record): Hossein

Admission 09/06/2019 (19 Khordad 1398) with a stab wound to the left upper quadrant. GCS 15, BP 92/60 mmHg,
HR 124. FAST positive. Emergency laparotomy by Dr Hamid Reza Tavakoli (surgical specialist, operating surgeon):
splenic laceration grade IV (AAST), splenectomy; small-bowel serosal tear repaired. Transfused 4 units packed cells.
Post-splenectomy vaccines (pneumococcal, Hib, MenACWY) given on day 14. Discharged day 7, antibiotic prophylaxis
with penicillin V 250 mg BD.
Head of department: Dr Farzaneh Moghaddam-Rad (certifies this record as the applicant's own case)
""", [("98-0441723", HN), ("0079438216", OID), ("Mohammad-Ali Rostami-Nejad", PN),
      ("Unit 7, No. 18, Golestan Alley, Shahrak-e Gharb, Tehran", AD), ("Hossein", RN)],
  ["Imam Reza Teaching Hospital (affiliated), Tehran", "Ms Shirin Farahani", "41 years", "09/06/2019",
   "GCS 15", "BP 92/60 mmHg", "HR 124", "FAST positive", "Dr Hamid Reza Tavakoli", "grade IV (AAST)",
   "4 units", "MenACWY", "day 14", "penicillin V 250 mg BD", "Dr Farzaneh Moghaddam-Rad"]),

D("discharge_email_to_gp", C, """
From: hamid.tavakoli@ashcombe-nhs.example.net
To: gp.fernleigh@primarycare.example.net
Cc: colorectal.cns@ashcombe-nhs.example.net
Date: Fri, 1 Mar 2024 16:05:12 +0000
Subject: Discharge - Mrs Olwen Pritchard-Vaughan RAI 2011582 - stoma care and chemo referral

Dear Dr Sealey,

Mrs Pritchard-Vaughan (DOB 19/08/1955, NHS 7391 0466 25) went home today from Ward 21 after an open Hartmann's
procedure on 20/02/2024 for a perforated sigmoid carcinoma (pT4a N1b M0 on histology, 2 of 17 nodes). Recovery was
slow (ileus for 5 days, TPN via PICC for 6 days) but she is now eating, the stoma is working and she is independent
with bag changes. Discharge Hb 104 g/L, albumin 29 g/L.

Medication changes: enoxaparin 40 mg SC OD for 28 days (extended VTE prophylaxis), loperamide 2 mg PRN for high
output, Fortisip 2 bottles daily. Her husband Gareth will do the injections.

She has been referred to Dr Amara Quansah-Bell (oncology) for adjuvant CAPOX discussion. Colorectal CNS follow-up:
01632 960350.

Best wishes,
Hamid Tavakoli
Specialty Doctor, General Surgery, Royal Ashcombe Infirmary
""", [("gp.fernleigh@primarycare.example.net", EM), ("hamid.tavakoli@ashcombe-nhs.example.net", EM), ("Olwen Pritchard-Vaughan", PN), ("Pritchard-Vaughan", PN),
      ("RAI 2011582", HN), ("Sealey", CN), ("7391 0466 25", NHS), ("Gareth", RN), ("Amara Quansah-Bell", CN),
      ("01632 960350", PH), ("colorectal.cns@ashcombe-nhs.example.net", EM)],
  ["DOB 19/08/1955", "Ward 21", "Hartmann's\nprocedure", "20/02/2024",
   "pT4a N1b M0", "2 of 17 nodes", "Hb 104 g/L", "albumin 29 g/L", "enoxaparin 40 mg SC OD", "28 days",
   "loperamide 2 mg PRN", "Fortisip", "CAPOX", "Hamid Tavakoli", "Royal Ashcombe Infirmary"]),

D("ocr_scan_clinic_letter", C, """
ROYAL ASHC0MBE INFIRMARY - Genera1 Surgery 0utpatients       C1inic: GS4H   Date: 3O/10/2023
0ur ref: HRT/GS4H/7731        Hosp. N0: RAI l9O0463
Dear Dr Bhattacharjee-W00d,
Re: Mrs Fi0na MacAu1ay   D0B O4/O3/1971   4 Fenw1ck P1ace, Ashcombe AS2 7LB
I saw Mrs MacAu1ay in my c1inic with a symptornatic parauinbilica1 hernia (defect 2.5 crn on USS).
BMI 31.2; she is a non-srnoker. I have listed her for open mesh repair as a day case. She knows the risk
of recurrence (about 5%) and chronic pain (about l0%).
Yours sincere1y,  Mr H R Tavak0li, Specia1ty D0ct0r
""", [("HRT/GS4H/7731", REF), ("RAI l9O0463", HN), ("Bhattacharjee-W00d", CN), ("Fi0na MacAu1ay", PN),
      ("MacAu1ay", PN), ("4 Fenw1ck P1ace, Ashcombe", AD), ("AS2 7LB", PC)],
  ["ROYAL ASHC0MBE INFIRMARY", "3O/10/2023", "D0B O4/O3/1971", "parauinbilica1 hernia", "2.5 crn", "BMI 31.2",
   "5%", "l0%", "Mr H R Tavak0li"]),
]
