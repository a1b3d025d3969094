# Dr Nadia Haddad - ENT / otorhinolaryngology (GMC 7703985)
from common import T

F = "Dr Nadia Haddad"

T("clinic_letter_2ww", F, """Southmere Hospital - Department of Otolaryngology, Head & Neck Surgery
Head and Neck Rapid Access (2WW) Clinic - Clinic Room 6
Our ref: ENT/NH/2WW/25-0623                              Date: 16/05/2025
Hospital No: SMH 2093374   NHS No: 552 019 7483

Dr Paolo Ricciardelli
Ferndown Lane Practice
Ferndown Lane, Southmere SM8 1WB

Dear Dr Ricciardelli

Re: Mr Graham Ellison-Booth, 67 years, DOB 11/11/1957
The Old Forge, Bramley End, Southmere SM9 4AX   Tel (home) 01632 960844

Thank you for referring this 67-year-old man with 8 weeks of hoarseness and left otalgia. He smokes 20 a day (45 pack-years) and drinks 30 units a week.
Flexible nasendoscopy: irregular exophytic lesion of the left false cord extending across the ventricle; left vocal cord fixed. Level II node 2 cm, left neck.
Impression: suspected supraglottic squamous cell carcinoma, clinically T3 N1.
Plan: CT neck and thorax, MRI neck, USS-guided FNA of the node, panendoscopy and biopsy under GA on 23/05/2025, then discussion at the Head and Neck MDT. His wife, Lorraine, was present and asked that the results are given to both of them together.
Referral made to the Macmillan head and neck CNS and to speech and language therapy.

Yours sincerely,
Dr Nadia Haddad, Specialty Doctor, ENT
Consultant: Miss Claire Osei-Bonsu FRCS (ORL-HNS)
""", [("ENT/NH/2WW/25-0623", "REF"), ("SMH 2093374", "HN"), ("552 019 7483", "NHS"), ("Paolo Ricciardelli", "CN"),
      ("Ricciardelli", "CN"), ("Ferndown Lane, Southmere", "AD"), ("SM8 1WB", "PC"), ("Graham Ellison-Booth", "PN"),
      ("The Old Forge, Bramley End, Southmere", "AD"), ("SM9 4AX", "PC"), ("01632 960844", "PH"), ("Lorraine", "RN")],
  ["Southmere Hospital", "Clinic Room 6", "16/05/2025", "67 years", "DOB 11/11/1957", "8 weeks", "45 pack-years",
   "30 units", "left false cord", "Level II node 2 cm", "T3 N1", "23/05/2025", "Head and Neck MDT", "Macmillan",
   "Dr Nadia Haddad", "Miss Claire Osei-Bonsu FRCS (ORL-HNS)"])

T("ward_round_notes", F, """ENT ward 4 - on-call jottings 02/03/25 (nh) - tidy into notes later
- mr pemberton-fry bed 3: post-tonsillectomy bleed day 6, clot in L fossa, hb 121, tranexamic acid 1 g iv tds + hydrogen peroxide gargles, group & save sent. if re-bleeds -> theatre (call Miss O-B)
- epistaxis side room: "nana" (mrs dolores winterbottom), 88, on warfarin, inr 4.6, rapid rhino 7.5 cm L, vit k 1 mg iv after d/w haem. granddaughter kezia staying
- 2 yo in paeds bay (lily-mae) - quinsy? no - peritonsillar cellulitis, benpen + metronidazole, for review am
- #nose for MUA list thurs - pt's number SMH2210566
""", [("pemberton-fry", "PN"), ("nana", "PN"), ("dolores winterbottom", "PN"), ("kezia", "RN"), ("lily-mae", "PN"),
      ("SMH2210566", "HN")],
  ["ENT ward 4", "02/03/25", "nh", "bed 3", "day 6", "hb 121", "tranexamic acid 1 g iv tds", "Miss O-B", "88",
   "warfarin", "inr 4.6", "rapid rhino 7.5 cm", "vit k 1 mg iv", "2 yo", "benpen + metronidazole", "MUA"])

T("audit_report", F, """Audit: post-tonsillectomy haemorrhage rates against the National Tonsillectomy Audit benchmark
Auditor: Dr Nadia Haddad, Specialty Doctor, ENT, Southmere Hospital    Supervisor: Miss Claire Osei-Bonsu
Period: 01/01/2024 - 31/12/2024. Source: theatre system and ENT admissions (aggregate data only).

Tonsillectomies: 214 (adults 96, children 118). Technique: cold steel 71%, bipolar 18%, coblation 11%.
Secondary haemorrhage (day 1-28): 12/214 (5.6%) vs NTA 3.5%; return to theatre 4/214 (1.9%) vs NTA 0.9%.
Haemorrhage by technique: cold steel 3.9%, bipolar 10.3%, coblation 8.7%.
Readmissions for pain/poor oral intake: 9 (4.2%).
Recommendations: reserve hot techniques for selected cases; standard discharge analgesia (paracetamol, ibuprofen, plus oral morphine 2.5-5 mg for adults only); patient information leaflet updated (ENT UK 2023).
Presented: ENT Clinical Governance, 19/03/2025. Re-audit planned for Q1 2026.
""", [],
  ["Dr Nadia Haddad", "Southmere Hospital", "Miss Claire Osei-Bonsu", "National Tonsillectomy Audit", "214",
   "12/214 (5.6%)", "NTA 3.5%", "4/214 (1.9%)", "coblation", "bipolar 10.3%", "oral morphine 2.5-5 mg", "ENT UK 2023",
   "19/03/2025", "Q1 2026"])

T("abroad_translation", F, """Certified translation from Arabic - Mount Lebanon University Hospital, Beirut - ENT Department
Translator: Rima Khoury (sworn translator, Beirut Bar licence 2241/T)

Operative experience certificate
We certify that Dr Nadia Haddad worked as Chief Resident in Otolaryngology from July 2015 to June 2019 and performed, under supervision and independently: 240 tonsillectomies, 96 adenoidectomies, 118 myringotomies with grommets, 64 septoplasties, 52 functional endoscopic sinus surgery procedures and 31 tracheostomies (including 12 emergency).
Representative case (anonymised for teaching): 4-year-old girl with button battery impaction in the oesophagus, removed at rigid oesophagoscopy within 2 hours of arrival. Her father, Samir, gave consent for the case report.
File number retained by the hospital: MLUH-ENT-3378-2018.
Dr Karim Abou-Jaoude, Head of ENT Department, 20/07/2019
""", [("Samir", "RN"), ("MLUH-ENT-3378-2018", "HN"), ("2241/T", "OID")],
  ["Mount Lebanon University Hospital, Beirut", "Rima Khoury", "Dr Nadia Haddad", "July 2015 to June 2019",
   "240 tonsillectomies", "118 myringotomies with grommets", "52 functional endoscopic sinus surgery procedures",
   "31 tracheostomies", "4-year-old", "button battery", "2 hours", "Dr Karim Abou-Jaoude", "20/07/2019"])

T("audiology_ocr", F, """S0UTHMERE H0SPITAL AUDI0L0GY DEPT - Pure T0ne Audi0gram rep0rt (scanned)
Narne:  Mrs  Aud rey  Pa1frey-Stott     DOB  O3/O4/l946    H0sp  N0:  SMH  l8O4477
Referrer:  Dr N Hadd ad  (ENT)     Audi0l0gist:  J0anne Carr0thers
Date:  l8/O2/2O25
R ear:  AC 25-35  dB HL  (25O Hz-8 kHz)
L ear:  AC 55-7O  dB HL,  BC 2O-3O  dB HL,  air-b0ne gap 35 dB
Tympan0rnetry: R type A, L type B (vol O.9 rnl)
lmpressi0n: left c0nductive heari ng l0ss - ?0titis media with effusi0n / ?cholesteat0ma. Webers lateralises t0 L, Rinne neg L.
""", [("Aud rey  Pa1frey-Stott", "PN"), ("SMH  l8O4477", "HN"), ("J0anne Carr0thers", "CN")],
  ["S0UTHMERE H0SPITAL AUDI0L0GY DEPT", "DOB  O3/O4/l946", "Dr N Hadd ad", "l8/O2/2O25", "AC 25-35  dB HL",
   "air-b0ne gap 35 dB", "type B", "Webers", "Rinne neg L", "cholesteat0ma"])

T("mdt_email", F, """From: Haddad, Nadia <nadia.haddad@southmere.nhs.example>
Sent: 21 May 2025 17:42
To: H&N MDT <hnmdt@southmere.nhs.example>
Subject: FW: Ellison-Booth G - SMH2093374 - for MDT 28/5 - CT/MRI reported

Hi Priyanka,
Please list for next Wednesday. Imaging reported by Dr Stellan Brodie: T3 supraglottic tumour, left level II node 22 mm with necrosis, N1, no distant disease on CT chest (staging T3 N1 M0, TNM 8th ed).
FNA (lab no. C25-18820, 20/05/25): metastatic squamous carcinoma, p16 negative.
Pt's daughter-in-law is a nurse at Southmere ("Mandy Booth, Ward 7") - she has asked to be kept out of the notes loop, please be discreet.
Thanks, Nadia

Dr Nadia Haddad | ENT Specialty Doctor | Southmere Hospital | ext via switchboard 020 7946 0317
""", [("nadia.haddad@southmere.nhs.example", "EM"), ("hnmdt@southmere.nhs.example", "EM"), ("Ellison-Booth G", "PN"),
      ("SMH2093374", "HN"), ("Priyanka", "CN"), ("Stellan Brodie", "CN"), ("C25-18820", "OID"), ("Mandy Booth", "RN"),
      ("020 7946 0317", "PH")],
  ["Haddad, Nadia", "21 May 2025", "28/5", "T3 supraglottic tumour", "22 mm", "T3 N1 M0", "TNM 8th ed", "20/05/25",
   "p16 negative", "Southmere", "Ward 7", "Nadia", "Dr Nadia Haddad", "Southmere Hospital"])

T("mini_cex", F, """MINI-CLINICAL EVALUATION EXERCISE (Mini-CEX) - ENT
Trainee: Nadia Haddad, Specialty Doctor (GMC 7703985)    Assessor: Miss Claire Osei-Bonsu, Consultant ENT Surgeon
Date: 04/12/2024   Setting: ENT Emergency Clinic, Southmere Hospital
Clinical problem: 52-year-old woman with sudden sensorineural hearing loss (right, 3 days), Weber to the left, PTA loss of 45 dB over three contiguous frequencies.
Management: prednisolone 1 mg/kg (60 mg) for 7 days tapering; discussed intratympanic steroid as salvage; MRI internal auditory meatus requested to exclude vestibular schwannoma.
Ratings: history 5, examination 6, communication 5, clinical judgement 6, professionalism 6 (scale 1-6).
Strengths: clear explanation of the urgency and uncertain prognosis. Development: document the NICE/ENT UK guidance you followed in the letter.
""", [],
  ["Nadia Haddad", "GMC 7703985", "Miss Claire Osei-Bonsu", "04/12/2024", "ENT Emergency Clinic", "52-year-old",
   "45 dB", "prednisolone 1 mg/kg (60 mg)", "7 days", "vestibular schwannoma", "Southmere Hospital", "NICE/ENT UK"])
