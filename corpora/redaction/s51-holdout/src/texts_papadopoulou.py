# Dr Eleni Papadopoulou - Clinical Radiology - Royal Cornwall Hospital, Truro; earlier Evangelismos, Athens
from common import doc

APPL = "Dr Eleni Papadopoulou"

DOCS = [
doc("s51-066", "radiology_report", APPL, """Royal Cornwall Hospitals NHS Trust - Department of Clinical Imaging

Patient: TREVASKIS, Jennifer Anne          DOB: 28/02/1949          Sex: F
MRN: RCH1044872          NHS: 509 337 2118
Accession: RCHCT25031744112
Examination: CT abdomen and pelvis with IV contrast (portal venous phase)          Date: 17/03/2025 14:22
Referrer: Dr Morwenna Hocking (Acute Medicine)          Location: AMU, Bed 19
Clinical details: 76F. 8 kg weight loss over 3 months, iron deficiency anaemia (Hb 86 g/L). ?colonic malignancy. eGFR 71.
Contrast: Omnipaque 300, 100 ml. No adverse reaction.

Findings
Caecum: irregular circumferential mass, 4.2 cm long, with extension through the muscularis into the pericolic fat and two adjacent ileocolic nodes (12 mm and 9 mm short axis).
Liver: three hypoattenuating lesions with rim enhancement - segment VII (21 mm), segment IVa (14 mm), segment VI (9 mm) - in keeping with metastases.
No ascites. No peritoneal nodularity. Lung bases clear. No bone lesions.
Incidental: 2.8 cm left adrenal adenoma (8 HU unenhanced-equivalent on washout - no further imaging needed).

Conclusion
1. Caecal carcinoma, radiological stage T3 N1 M1a (liver).
2. Three liver metastases; CT chest required for completion of staging (requested).
3. Incidental left adrenal adenoma.

Reported by: Dr Eleni Papadopoulou, Specialty Doctor in Radiology, 17/03/2025 16:05
Verified: Dr Jonathan Penhaligon, Consultant Radiologist
Urgent finding communicated to Dr Hocking by telephone at 16:10 (ext 2241); added to the colorectal MDT list.
""",
ids=[("TREVASKIS, Jennifer Anne", "P"), ("RCH1044872", "H"), ("509 337 2118", "N"), ("RCHCT25031744112", "O"),
     ("Morwenna Hocking", "C"), ("Hocking", "C"), ("2241", "T")],
keep=["Dr Eleni Papadopoulou", "Dr Jonathan Penhaligon", "28/02/1949", "Bed 19", "76F", "Hb 86 g/L",
      "Omnipaque 300, 100 ml", "segment VII (21 mm)", "T3 N1 M1a", "17/03/2025 14:22"]),

doc("s51-067", "mdt_list", APPL, """COLORECTAL MDT - Thursday 20/03/2025, 08:00 - Radiology list
Prepared by: Dr E. Papadopoulou (presenting radiologist)          Chair: Mr Tristan Kitto

#  Name                 MRN          DOB         Referred by   Question                 Radiology summary
1  Jennifer TREVASKIS   RCH1044872   28/02/1949  Dr Hocking    staging                  T3 N1 caecal ca; 3 liver mets (seg VII, IVa, VI); CT chest clear 19/03. For HPB opinion (Derriford).
2  Ralph NANKERVIS      RCH0912230   11/11/1955  Mr Kitto      surveillance, 2 y        No recurrence. CEA 2.1.
3  Kerensa POLGLASE     RCH1102377   30/06/1981  GP 2WW        rectal ca - MRI staging  mrT3c N1, EMVI positive, CRM threatened (1 mm). Suggest LCCRT.
4  Piran JAGO           RCH0773481   07/01/1938  Mr Kitto      ?anastomotic recurrence  4 cm soft tissue at anastomosis, PET-CT recommended.
5  Dorothy PASCOE       RCH0998015   19/09/1945  Dr Hocking    incidental liver lesion  Typical haemangioma on MRI. Discharge from MDT.

Outcomes to be recorded by the MDT co-ordinator.
Note: Kerensa has asked to hear the outcome through the CNS, Jo Rowe (ext 3318), not by letter.
""",
ids=[("Tristan Kitto", "C"), ("Jennifer TREVASKIS", "P"), ("RCH1044872", "H"), ("Hocking", "C"),
     ("Ralph NANKERVIS", "P"), ("RCH0912230", "H"), ("Kitto", "C"), ("Kerensa POLGLASE", "P"), ("RCH1102377", "H"),
     ("Piran JAGO", "P"), ("RCH0773481", "H"), ("Dorothy PASCOE", "P"), ("RCH0998015", "H"), ("Kerensa", "P"),
     ("Jo Rowe", "C"), ("3318", "T")],
keep=["Dr E. Papadopoulou", "28/02/1949", "11/11/1955", "30/06/1981", "07/01/1938", "19/09/1945", "mrT3c N1",
      "EMVI positive", "CEA 2.1", "Derriford"]),

doc("s51-068", "ct_report_translation", APPL, """ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΑΘΗΝΩΝ «ΕΥΑΓΓΕΛΙΣΜΟΣ»
Τμήμα Αξονικής Τομογραφίας
ΓΝΩΜΑΤΕΥΣΗ

Ονοματεπώνυμο: Γεώργιος Σταυρίδης
ΑΜΚΑ: 14065102871          Αρ. Μητρώου: 2018-117745
Ημ. γέννησης: 14/06/1951          Φύλο: Άρρεν
Εξέταση: Αξονική αγγειογραφία πνευμονικών αρτηριών (CTPA)          Ημερομηνία: 03/05/2018
Παραπέμπων ιατρός: Δρ. Νικόλαος Αθανασίου

Ευρήματα: Ελλείμματα σκιαγραφικής πλήρωσης στους κλάδους της δεξιάς και της αριστερής πνευμονικής αρτηρίας, με επέκταση στις λοβαίες αρτηρίες. Λόγος RV/LV 1.3. Μικρή δεξιά πλευριτική συλλογή.
Γνωμάτευση: Αμφοτερόπλευρη πνευμονική εμβολή με ενδείξεις καταπόνησης της δεξιάς κοιλίας.
Ενημερώθηκε τηλεφωνικά ο θεράπων ιατρός· η σύζυγός του, Μαρία, ήταν παρούσα.

Ιατρός: Ε. Παπαδοπούλου, Ειδικευόμενη Ακτινολόγος
Διευθύντρια: Δρ. Αικατερίνη Λάμπρου

----------------------------------------------------------------
ENGLISH TRANSLATION
Evangelismos General Hospital of Athens - CT Department
REPORT

Name: Georgios Stavridis
AMKA (social security no.): 14065102871          Record no.: 2018-117745
Date of birth: 14/06/1951          Sex: male
Examination: CT pulmonary angiogram (CTPA)          Date: 03/05/2018
Referring doctor: Dr Nikolaos Athanasiou

Findings: filling defects in the branches of the right and left pulmonary arteries, extending into the lobar arteries. RV/LV ratio 1.3. Small right pleural effusion.
Conclusion: bilateral pulmonary embolism with signs of right ventricular strain.
The treating doctor was informed by telephone; his wife, Maria, was present.

Reporting doctor: E. Papadopoulou, radiology resident
Director: Dr Aikaterini Lambrou
Translated by Dr Eleni Papadopoulou; certified by Ms Sophia Markou, Translation Service, Ministry of Foreign Affairs.
""",
ids=[("Γεώργιος Σταυρίδης", "P"), ("14065102871", "O"), ("2018-117745", "H"), ("Νικόλαος Αθανασίου", "C"),
     ("Μαρία", "R"), ("Georgios Stavridis", "P"), ("Nikolaos Athanasiou", "C"), ("Maria", "R")],
keep=["Ε. Παπαδοπούλου", "E. Papadopoulou", "Dr Eleni Papadopoulou", "Δρ. Αικατερίνη Λάμπρου",
      "Dr Aikaterini Lambrou", "Ms Sophia Markou", "14/06/1951", "Άρρεν", "RV/LV 1.3", "RV/LV ratio 1.3",
      "«ΕΥΑΓΓΕΛΙΣΜΟΣ»", "Evangelismos General Hospital"]),

doc("s51-069", "discrepancy_meeting_minutes", APPL, """Radiology Events and Learning Meeting (REALM) - Royal Cornwall Hospital
Date: 09/10/2024, 12:30          Convenor: Dr Jonathan Penhaligon
Attendance: 14 (sign-in sheet)
[Working copy: accession numbers listed for follow-up - delete before circulation]

Case 1 - RCHCR24091200417 - chest radiograph
A 14 mm right upper lobe nodule was not mentioned in the report (reported by a locum consultant, Dr Viktor Hale). Seen 5 months later on CT as a 19 mm spiculated mass, now T1c. Classification: perceptual error, possibly satisfaction of search (a rib fracture was reported). The referring clinician, Dr Lowenna Trethewey, was informed and a duty of candour letter sent (DoC ref DOC-24-118).
Learning: review the "hidden areas" (apices, behind the heart, below the diaphragm) on every film.

Case 2 - RCHCT24092101193 - CT head (self-presented by Dr E. Papadopoulou)
Subtle left MCA dense vessel and loss of insular ribbon, ASPECTS 8, identified on the initial report. Stroke team (Dr Ibekwe) proceeded to CTA and thrombectomy transfer. Presented as good catch with discussion of window settings (width 40, level 40).

Case 3 - RCHUS24092703350 - ultrasound
Gallbladder polyp 9 mm described, no follow-up recommendation given. Learning: use the joint ESGAR 2022 polyp guideline table.

Minutes approved by the convenor, Dr Jonathan Penhaligon, 16/10/2024.
""",
ids=[("RCHCR24091200417", "O"), ("Viktor Hale", "C"), ("Lowenna Trethewey", "C"), ("DOC-24-118", "REF"),
     ("RCHCT24092101193", "O"), ("Ibekwe", "C"), ("RCHUS24092703350", "O")],
keep=["Dr Jonathan Penhaligon", "Dr E. Papadopoulou", "14 mm right upper lobe nodule", "ASPECTS 8", "ESGAR 2022",
      "T1c", "Royal Cornwall Hospital"]),

doc("s51-070", "audit_report", APPL, """CLINICAL AUDIT - Time to CT head for adults with head injury taking anticoagulants
Royal Cornwall Hospital, Clinical Imaging and Emergency Department          Audit ID: CA-2024-0288
Lead: Dr Eleni Papadopoulou          Co-auditor: Dr Jory Treloar (ST2 radiology)
Standard: NICE NG232 (2023) - adults on anticoagulants with a head injury should have CT head within 8 hours; the local standard is request-to-scan within 1 hour and report within 1 hour of scan.

Sample: 80 consecutive patients, 01/04/2024 - 30/06/2024 (CRIS and Symphony data)
Anticoagulant: apixaban 41, rivaroxaban 19, edoxaban 6, warfarin 14.

Results
Request-to-scan within 1 hour: 57/80 (71%); median 47 min (IQR 31-78)
Scan-to-report within 1 hour: 66/80 (83%)
Intracranial haemorrhage found: 6/80 (7.5%) - all reported within 30 min of scan
Longest delay: 5 h 12 min (MRN RCH1088310), scanner breakdown; patient moved to the second scanner late.

Actions
1. Head-injury-on-anticoagulant requests flagged as "urgent" automatically in CRIS (agreed with IT).
2. Radiographer-led vetting against the NICE criteria out of hours.
3. Re-audit in 6 months.

Presented at the joint ED-radiology governance meeting, 11/09/2024.
Verified: Dr Jonathan Penhaligon, Clinical Imaging Audit Lead
""",
ids=[("CA-2024-0288", "REF"), ("Jory Treloar", "C"), ("RCH1088310", "H")],
keep=["Dr Eleni Papadopoulou", "Dr Jonathan Penhaligon", "NICE NG232", "apixaban 41", "57/80 (71%)",
      "5 h 12 min", "Royal Cornwall Hospital"]),

doc("s51-071", "reporting_log", APPL, """Personal reporting log - Dr E. Papadopoulou - CRIS export (sample week 10-14/02/2025)

Accession           Mod  Examination                     Pt (init, age/sex)  Reported    Double-read / comment
RCHCT25021000218    CT   CT head non-contrast            W.H. 71M            10/02 09:12  -
RCHCT25021000244    CT   CT abdomen/pelvis (PV)          J.R-T. 58F          10/02 10:03  Dr Kensa Curnow (ST3) draft, I verified
RCHMR25021100091    MR   MRI lumbar spine                A.S. 44M            11/02 14:40  -
RCHCR25021200712    CR   Chest radiograph                D.P. 83F            12/02 08:55  -
RCHCT25021200390    CT   CTPA                            L.O'C. 36F          12/02 17:22  PE, phoned to Dr Polkinghorne (ED)
RCHUS25021300155    US   US abdomen (RUQ)                M.B. 29F            13/02 11:10  -
RCHCT25021400062    CT   CT colonography                 R.N. 67M            14/02 15:35  second read: Dr J. Penhaligon

Week totals: CT 96, MRI 21, plain film 214, US 18 (lists). Discrepancy rate (second read, CT): 1/40 minor.
Verified: Dr Jonathan Penhaligon, Consultant Radiologist and Educational Supervisor, 21/02/2025
""",
ids=[("RCHCT25021000218", "O"), ("W.H.", "P"), ("RCHCT25021000244", "O"), ("J.R-T.", "P"), ("Kensa Curnow", "C"),
     ("RCHMR25021100091", "O"), ("A.S.", "P"), ("RCHCR25021200712", "O"), ("D.P.", "P"), ("RCHCT25021200390", "O"),
     ("L.O'C.", "P"), ("Polkinghorne", "C"), ("RCHUS25021300155", "O"), ("M.B.", "P"), ("RCHCT25021400062", "O"),
     ("R.N.", "P")],
keep=["Dr E. Papadopoulou", "Dr J. Penhaligon", "Dr Jonathan Penhaligon", "71M", "58F", "CTPA"]),

doc("s51-072", "letter_of_experience_ocr", APPL, """[OCR text - scanned letter, Medical Staffing, fax header partly cut off]

R0yal Cornwall Hospitals NHS Trust
Medical Staffing Department, Penventinnie Lane, Truro TR1 3XT
Tel: 01632 960950     Email: rch.medicalstaffing@nhs.net

Our ref: MS/EP/2025/118

Dr Eleni Papad0poulou
Flat 2, 14 Lemon Quay Mews
Truro
TR1 2LW

28 July 2025

To whom it may c0ncern

Confirmation of employment - Dr Eleni Papadopoulou (GMC 7488730)

This is t0 confirm that Dr Papadopoulou has been employed by the Royal Cornwall Hospitals NHS Trust as a Specialty Doctor in Clinical Radi0logy since 06/09/2021, full time (10 PAs), on a permanent contract. Her employee assignment number is 20448731-2.

Her duties include reporting CT, MRI, plain film and ultrasound; vetting and protocolling; an on-call commitment of 1 in 7 (non-resident); teaching of radiology registrars and foundation d0ctors; and participation in departmental audit and the REALM meeting.

She has had no periods of suspension, and there are no current or past disciplinary or capability proceedings.

Yours faithfully

Karen Tregunna
Medical Staffing Manager
""",
ids=[("Penventinnie Lane, Truro", "A"), ("TR1 3XT", "PC"), ("01632 960950", "T"), ("rch.medicalstaffing@nhs.net", "E"),
     ("MS/EP/2025/118", "REF"), ("Flat 2, 14 Lemon Quay Mews\nTruro", "A"), ("TR1 2LW", "PC"), ("20448731-2", "O")],
keep=["Dr Eleni Papad0poulou", "Dr Eleni Papadopoulou", "Dr Papadopoulou", "7488730", "Karen Tregunna",
      "06/09/2021", "10 PAs", "1 in 7", "R0yal Cornwall Hospitals NHS Trust"]),
]
