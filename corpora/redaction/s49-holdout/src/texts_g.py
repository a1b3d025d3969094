from common import *

DOCS = [
D("radiology_report", G, """
RAVENSFORD TEACHING HOSPITAL - Department of Clinical Radiology
Examination: CT thorax, abdomen and pelvis with contrast (portal venous phase)
Patient: DOUGLAS-McNEIL, Fraser     MRN: RTH0085521     NHS: 943 117 6620     DOB: 28/02/1962 (M)
Accession: RTH24CT0318842      Requested by: Dr Ayesha Siddiqui-Bloom (Respiratory)      Date: 18/03/2024 10:22
Clinical details: 62M, ex-smoker 40 pack-years, haemoptysis, weight loss 6 kg. CXR: R hilar mass.

Findings: 46 x 38 mm spiculated mass in the right lower lobe abutting the oblique fissure, with ipsilateral hilar
(station 10R, 18 mm short axis) and subcarinal (station 7, 14 mm) lymphadenopathy. No contralateral nodes. Small
right pleural effusion without nodularity. Liver: 9 mm hypodense lesion segment VII, too small to characterise.
Adrenals normal. Bones: no lytic or sclerotic lesion. Contrast: Omnipaque 350, 90 mL.
Impression: Right lower lobe malignancy, radiological TNM 8th edition T2b N2 M0 (stage IIIA) if the liver lesion
is benign. Recommend PET-CT and EBUS-TBNA. Discussed with the lung cancer CNS (Ms Gemma Tulloch) at 11:05 for fast track.
Reported by: Dr Ahmad Farouk Qureshi, Specialty Doctor in Radiology (AFQ)     Verified: 18/03/2024 11:01
""", [("DOUGLAS-McNEIL, Fraser", PN), ("RTH0085521", HN), ("943 117 6620", NHS), ("RTH24CT0318842", OID),
      ("Ayesha Siddiqui-Bloom", CN), ("Gemma Tulloch", CN)],
  ["RAVENSFORD TEACHING HOSPITAL", "DOB: 28/02/1962", "18/03/2024 10:22", "62M", "40 pack-years", "6 kg",
   "46 x 38 mm", "station 10R", "18 mm", "station 7", "9 mm", "segment VII", "Omnipaque 350, 90 mL",
   "TNM 8th edition", "T2b N2 M0 (stage IIIA)", "PET-CT", "EBUS-TBNA", "Dr Ahmad Farouk Qureshi", "AFQ", "11:01"]),

D("mdt_email", G, """
From: Qureshi Ahmad (RTH Radiology)
To: Upper GI MDT coordinator <ugi.mdt@ravensford-nhs.example.net>
Date: Mon 8 Jul 2024 17:46
Subject: UGI MDT 10/07 - radiology review list (AFQ) - 4 pts incl. Hollis, Varga

Hi Chloe,

Radiology review done for Wednesday's UGI MDT; images pushed to the MDT folder in PACS. Summary:
1. Marion Hollis, RTH0412267 - CT: distal oesophageal thickening 14 mm, 2 coeliac nodes, no mets - cT3 N1 M0. For PET.
2. Istvan Varga, RTH0399815 - staging CT: 2 new liver lesions (max 22 mm) - progression on FLOT. For oncology.
3. RTH0428030 (no name on request - coordinator please check) - pancreatic head mass 28 mm abutting SMV < 180 degrees,
   borderline resectable (NCCN). Bilirubin 212 umol/L, stent in situ. For HPB MDT cross-referral.
4. K.O'D. (RTH0431172) - post-op leak study: no leak after Ivor Lewis oesophagectomy day 7. For information.

Link to the MDT worklist: https://pacs.ravensford-nhs.example.net/worklist/ugi-mdt-2024-07-10
Thanks, Ahmad
Dr A F Qureshi, Specialty Doctor, Radiology
""", [("ugi.mdt@ravensford-nhs.example.net", EM), ("Hollis", PN), ("Varga", PN), ("Chloe", CN), ("Marion Hollis", PN),
      ("RTH0412267", HN), ("Istvan Varga", PN), ("RTH0399815", HN), ("RTH0428030", HN), ("K.O'D.", PN),
      ("RTH0431172", HN), ("https://pacs.ravensford-nhs.example.net/worklist/ugi-mdt-2024-07-10", URL)],
  ["Qureshi Ahmad", "AFQ", "Mon 8 Jul 2024 17:46", "14 mm", "cT3 N1 M0", "22 mm", "FLOT", "28 mm", "< 180 degrees",
   "NCCN", "Bilirubin 212 umol/L", "Ivor Lewis oesophagectomy", "day 7", "Dr A F Qureshi", "Ahmad", "PACS"]),

D("discrepancy_meeting", G, """
Radiology Events and Learning Meeting (REALM) - Ravensford Teaching Hospital - minutes extract, 12 September 2024
Chair: Dr Elspeth Grainger-Fox, Consultant Radiologist (REALM lead; verifies the applicant's attendance and case)
Attendance: 14 radiologists, 3 radiographers. Case presented by Dr Ahmad Farouk Qureshi.

Case 3 (submitted anonymously; accession RTH24XR0208813): CXR in ED at 02:10, reported as "no acute abnormality".
Re-look: 11 mm nodule projected over the left 4th anterior rib. CT 5 months later: 19 mm adenocarcinoma.
Reporter: a locum radiologist, Dr Pieter van der Merwe-Stone (not present; individual feedback given by the lead).
Classification: perceptual error, RCR discrepancy grade 2. Contributory: night reporting, no prior film.
Learning points: review areas (apices, behind the heart, below the diaphragm, bones); use of bone-suppression
software; double reporting of ED CXRs where the clinician flags "?mass".
Case 5 (AFQ's own report, self-submitted): missed L1 compression fracture on CT abdomen. Learning: review sagittal
bone window on every abdominal CT; I have added it to my personal search pattern checklist.
""", [("RTH24XR0208813", OID), ("Pieter van der Merwe-Stone", CN)],
  ["Radiology Events and Learning Meeting (REALM)", "Ravensford Teaching Hospital", "12 September 2024",
   "Dr Elspeth Grainger-Fox", "Dr Ahmad Farouk Qureshi", "02:10", "11 mm", "left 4th anterior rib", "5 months",
   "19 mm", "RCR discrepancy grade 2", "L1 compression fracture", "AFQ", "14"]),

D("teaching_feedback", G, """
Teaching portfolio entry - FRCR 2B rapid-reporting and viva practice, weekly (Tuesday 08:00-09:00)
Tutor: Dr Ahmad Farouk Qureshi     Period: January - June 2024 (22 sessions)     Audience: ST2-ST4 radiology registrars
Verified by: Dr Elspeth Grainger-Fox, Training Programme Director, Ravensford Teaching Hospital

Format: 30 radiographs in 35 minutes (FRCR 2B rapid reporting format, 50% normal), then viva on 4 cases.
Topics included: Lisfranc injury, scapholunate dissociation (Terry Thomas sign), Salter-Harris II fractures, subtle
pneumothorax, Hampton's hump, Kerley B lines, and the Segond fracture.
Feedback (online form, n = 37 responses): usefulness 4.8/5, difficulty appropriate 4.4/5, would recommend 97%.
Outcome: 5 of 6 registrars who attended 15+ sessions passed FRCR 2B at the first attempt in spring 2024.
""", [],
  ["FRCR 2B", "Dr Ahmad Farouk Qureshi", "January - June 2024", "22 sessions", "Dr Elspeth Grainger-Fox",
   "Ravensford Teaching Hospital", "30 radiographs in 35 minutes", "50%", "Lisfranc injury", "Terry Thomas sign",
   "Salter-Harris II", "Hampton's hump", "Kerley B lines", "Segond fracture", "4.8/5", "97%", "5 of 6"]),

D("overseas_radiology_report", G, """
Services Hospital, Lahore - Department of Radiology
ULTRASOUND ABDOMEN (English original)
MR No.: SHL-2016-771904     Receipt no.: 33817
Patient: Mst. Nasreen Bibi w/o Muhammad Aslam     Age/Sex: 38 Y / F
CNIC: 35202-4417298-6
Address: House 112, Street 9, Mohalla Islampura, Lahore
Referring: Surgical Unit II

Gallbladder distended with multiple calculi (largest 14 mm), wall 5 mm, positive sonographic Murphy's sign,
pericholecystic fluid. CBD 5 mm. Liver normal size (14.2 cm), no focal lesion. Pancreas and kidneys normal.
Impression: acute calculous cholecystitis.
Reported by: Dr Ahmad Farouk Qureshi, Medical Officer / FCPS trainee    Date: 21/03/2016
Countersigned: Prof. Tahira Anjum Malik, Head of Radiology
""", [("SHL-2016-771904", HN), ("33817", REF), ("Nasreen Bibi", PN), ("Muhammad Aslam", RN),
      ("35202-4417298-6", OID), ("House 112, Street 9, Mohalla Islampura, Lahore", AD)],
  ["Services Hospital, Lahore", "38 Y / F", "14 mm", "wall 5 mm", "Murphy's sign", "CBD 5 mm", "14.2 cm",
   "acute calculous cholecystitis", "Dr Ahmad Farouk Qureshi", "21/03/2016", "Prof. Tahira Anjum Malik",
   "Surgical Unit II", "FCPS"]),

D("audit_report", G, """
Audit: adherence to RCR iRefer and RCR guidance on CT pulmonary angiography (CTPA) requests and yield
Ravensford Teaching Hospital, Department of Clinical Radiology, cycle 2 report
Audit lead: Dr Ahmad Farouk Qureshi     Supervisor: Dr Elspeth Grainger-Fox     Period: 1-30 November 2023 vs 1-30 April 2024

Standards: (1) Wells score or PERC documented on the request: target 95%. (2) D-dimer performed when Wells <= 4: 100%.
(3) Positive yield for PE: RCR suggests 15-37% is acceptable. (4) Contrast timing: main PA enhancement > 250 HU in 90%.
Cycle 1 (n = 212): Wells documented 41%; D-dimer when appropriate 68%; yield 9.4%; PA > 250 HU 86%.
Interventions: vetting form change on ICE, mandatory Wells field; bolus tracking threshold changed to 100 HU in the
PA with 6 s delay; teaching at the ED and medical inductions.
Cycle 2 (n = 174): Wells documented 92%; D-dimer 94%; yield 16.7%; PA > 250 HU 95%.
Estimated radiation dose saved: 38 fewer CTPAs x 3.6 mSv.
""", [],
  ["RCR iRefer", "CT pulmonary angiography (CTPA)", "Ravensford Teaching Hospital", "Dr Ahmad Farouk Qureshi",
   "Dr Elspeth Grainger-Fox", "Wells score", "PERC", "95%", "Wells <= 4", "15-37%", "250 HU", "n = 212", "41%", "68%",
   "9.4%", "86%", "ICE", "100 HU", "n = 174", "92%", "16.7%", "3.6 mSv"]),

D("job_plan", G, """
JOB PLAN 2024/25 - Dr Ahmad Farouk Qureshi, Specialty Doctor in Clinical Radiology (GMC 7650218)
Ravensford and Dene NHS Trust - agreed 2 April 2024 with Dr Elspeth Grainger-Fox (Clinical Director), signed by both
Total: 10 PAs (8.5 DCC, 1.5 SPA), 42 weeks

Day      AM (09:00-13:00)                                  PM (13:30-17:30)
Mon      CT reporting - general/oncology (1 PA)           US list, Ravensford Teaching Hospital, 8 patients (1 PA)
Tue      FRCR teaching 08:00-09:00 (0.25 SPA); CT reporting   MDT prep and Upper GI MDT (1 PA)
Wed      Image-guided biopsy list (1 PA)                   Plain film reporting (1 PA)
Thu      SPA: audit, CPD, REALM (1 PA)                     MRI prostate/pelvis reporting (1 PA)
Fri      Dene Community Hospital US list (1 PA)            ED/inpatient CT hot reporting (1 PA)
On call: 1 in 8 weekends, category B, availability supplement 3%.
Objectives: 1) MRI prostate PI-RADS reporting - 100 cases with double reading by Q2; 2) reduce CT TAT for 2WW to < 7 days.
""", [],
  ["Dr Ahmad Farouk Qureshi", "7650218", "Ravensford and Dene NHS Trust", "2 April 2024", "Dr Elspeth Grainger-Fox",
   "10 PAs (8.5 DCC, 1.5 SPA)", "42 weeks", "Ravensford Teaching Hospital", "Dene Community Hospital", "1 in 8",
   "category B", "3%", "PI-RADS", "100 cases", "< 7 days", "09:00-13:00"]),
]
