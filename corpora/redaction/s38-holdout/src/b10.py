from common import D
P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

D("s38-067","complaint_about_colleague","Dr Aoife Brennan",
"""Email to Clinical Director — printed for governance evidence
From: Aoife Brennan
To: Dr Ciarán Maguire
Date: 3 September 2024
Subject: Concern — frozen section reporting

Ciarán,
I need to raise a concern formally. On 29 August, during the intra-operative frozen section for Mr Eoin Gallagher's patient (lab no RVH/24/F/00291, a 58-year-old woman, DOB 17/02/1966, thyroid nodule), Dr Padraig Toner reported "benign, follicular lesion" over the phone without the slide being seen by a second pathologist, contrary to our SOP, and the paraffin sections have shown a follicular carcinoma (widely invasive, 6 vessels with angioinvasion). This is the second time this year; the first was in March (Datix NI-W-24-3187, with Dr Toner again).
I am aware Dr Toner (GMC 6043317) is under a lot of pressure with the vacancy rate. I am not trying to get him into trouble but I think we need a departmental review. The patient's husband has already phoned the department (he gave his number as 028 9018 0412) asking why his wife needs a second operation.
Aoife

Reply from Dr Ciarán Maguire, 4 September 2024: "Thank you — I have opened a review; this email is verified as an accurate record for your portfolio."
""",
[("Mr Eoin Gallagher",C),("RVH/24/F/00291",O),("Dr Padraig Toner",C),("NI-W-24-3187",REF),("Dr Toner",C),("6043317",G),("028 9018 0412",PH)],
["Aoife Brennan","Aoife","Dr Ciarán Maguire","Ciarán","58-year-old woman, DOB 17/02/1966","follicular carcinoma","angioinvasion","frozen section","3 September 2024"])

D("s38-068","discharge_letter_gp","Dr Kwame Asante",
"""Kingsdown University Hospital — Vascular Surgery — Discharge notification
To: The Practice Manager, Elmfield Group Practice (fax 020 7946 0554)
Patient: Mr Lennox Baptiste   born 03/03/1948   M   Hosp no KUH-5481190   NHS 731 006 6402
Home: 22 Cardamom Court, Southwark Park Road, London SE16 3TT
Admitted 01/04/2024, discharged 09/04/2024
Procedure: right femoro-popliteal bypass (above knee) with reversed great saphenous vein for CLTI (Rutherford 5, WIfI 2-1-0). ABPI R 0.38 -> 0.94.
Meds: clopidogrel 75 mg OD, atorvastatin 80 mg ON, ramipril 2.5 mg OD. Stop smoking — referred to the Trust tobacco dependence service.
Graft surveillance duplex 6 weeks. District nurses (Rotherhithe team) for wound check.
Mr Baptiste's step-son Winston (tel 020 7946 0119) will collect him; he asked that we note Mr Baptiste still plays dominoes at the Caribbean elders' lunch club at Keaton's Hall on Thursdays.
Discharging doctor: Dr K. Asante  |  Consultant: Mr Simon Lathbury""",
[("Elmfield Group Practice",A),("020 7946 0554",PH),("Mr Lennox Baptiste",P),("KUH-5481190",H),("731 006 6402",N),("22 Cardamom Court, Southwark Park Road, London",A),("SE16 3TT",PC),("Rotherhithe team",A),("Mr Baptiste",P),("Winston",R),("020 7946 0119",PH),("Keaton's Hall",A)],
["Dr K. Asante","Mr Simon Lathbury","born 03/03/1948   M","femoro-popliteal bypass","great saphenous vein","CLTI (Rutherford 5, WIfI 2-1-0)","ABPI R 0.38 -> 0.94","clopidogrel 75 mg OD","atorvastatin 80 mg ON","ramipril 2.5 mg OD","Kingsdown University Hospital","09/04/2024"])

D("s38-069","case_summary","Dr Mei Ling Chua",
"""Case summary for portfolio (Nuclear Medicine — therapy) — Dr Mei Ling Chua
Radioiodine ablation (I-131, 1.1 GBq) after total thyroidectomy for papillary thyroid carcinoma pT1b N1a. Patient: a 34-year-old woman (DOB 12/08/1990), nursery teacher with a 2-year-old at home; radiation protection advice given for 21 days' restricted close contact with children, and she arranged for the toddler to stay with her mother-in-law in Penrith (Mrs Hilda Armitage, 01632 960620). TSH-stimulated with rhTSH (Thyrogen) 0.9 mg x2. Post-therapy scan: uptake in thyroid bed only. Stimulated Tg < 0.2 µg/L at 9 months.
Patient ID on scan headers: RUH 7790341 (removed from images before upload).
Verified by Dr Gregor Lindsay, 05/05/2025.""",
[("Penrith",A),("Mrs Hilda Armitage",R),("01632 960620",PH),("RUH 7790341",H)],
["Dr Mei Ling Chua","Dr Gregor Lindsay","I-131, 1.1 GBq","papillary thyroid carcinoma pT1b N1a","34-year-old woman (DOB 12/08/1990)","21 days","rhTSH (Thyrogen) 0.9 mg","Tg < 0.2 µg/L","05/05/2025"])

D("s38-070","safeguarding_adults_referral","Dr Priyanka Raghunathan",
"""ADULT SAFEGUARDING CONCERN — Section 42 Care Act 2014
Local authority ref: ASC-EBB-2024-13390      Trust safeguarding ref: SG-A-24-0702
Adult at risk: Mr Horace Tibbs, 87, DOB 06/06/1937, M.  MRN SAH-2240068.
Lives: 4 Station Cottages, Little Ebbing CO9 4RT, with his nephew Dwayne Tibbs (carer, receives Carer's Allowance).
Concerns: stage 4 sacral pressure ulcer and weight 43 kg (BMI 15.2) on admission; £3,800 withdrawn from his Nationwide account in 2 weeks (per his friend from the British Legion, Mr Alf Gedge). Mr Tibbs says he is "frightened of the boy". Has capacity for this decision (assessed by me, documented).
Made with his consent by: Dr Priyanka Raghunathan, Specialty Doctor, Elderly Care, St Aldric's Hospital, 14/10/2024. Discussed with Trust adult safeguarding lead, Karen Pryor (ext 2457).""",
[("ASC-EBB-2024-13390",REF),("SG-A-24-0702",REF),("Mr Horace Tibbs",P),("SAH-2240068",H),("4 Station Cottages, Little Ebbing",A),("CO9 4RT",PC),("Dwayne Tibbs",R),("Mr Alf Gedge",R),("Mr Tibbs",P),("Karen Pryor",C),("2457",PH)],
["Dr Priyanka Raghunathan","Section 42 Care Act 2014","87, DOB 06/06/1937, M","stage 4 sacral pressure ulcer","weight 43 kg (BMI 15.2)","St Aldric's Hospital","14/10/2024"])

D("s38-071","thank_you_card_transcript","Dr Jonas Eriksen",
"""(transcribed from a handwritten card, original kept)
Dear Dr Jonas,
Thank you for finding out why Grandad Ted kept falling over — we never knew it was his ears! He's back at the bowls club in Fairhaven every Wednesday and beat Mr Pollard last week. Nan says you're "a lovely young man".
Love from Ted, Maureen, and all the Pilkington family, 14 Gull Lane x
P.S. the dog (Biscuit) says thank you too 🐾
[Card noted at appraisal by Dr Catrin Oyelaran, 10/12/2024]""",
[("Grandad Ted",P),("Fairhaven",A),("Mr Pollard",R),("Ted",P),("Maureen",R),("Pilkington",P),("14 Gull Lane",A),("Biscuit",O)],
["Dr Jonas","Dr Catrin Oyelaran","10/12/2024"])

D("s38-072","logbook_csv","Dr Mohammed Al-Rashid",
"""Anaesthetic logbook export (Lifelong Learning Platform style) — Dr M. Al-Rashid — Jan 2025 extract
"Date","Theatre","Case ID","Age","ASA","Specialty","Procedure","Technique","Supervision","Notes"
"06/01/2025","Th 6","GGH-0078831","67","3","General surgery","Emergency laparotomy","RSI, arterial line","Solo",""
"06/01/2025","Th 2","GGH-0078902","24","1","Obstetrics","Cat 2 CS","Spinal, 2.4 mL 0.5% heavy bupi + 300 mcg diamorphine","Solo",""
"08/01/2025","Th 4","GGH-0079014","81","4","Orthopaedics","#NOF DHS","Spinal + FICB","Solo","pt nickname 'Mrs Tiggy' on ward"
"10/01/2025","Th 1","0078122","5","1","ENT","Tonsillectomy","Gas induction, LMA","Supervising CT1 Dr Begum",""
"13/01/2025","Th 3","GGH-0079200","52","2","Urology","TURBT","GA, obturator block","Solo",""
"13/01/2025","ICU","GGH-0079266","38","4","Critical care","Awake FOI","Remifentanil TCI","Solo","difficult airway alert (Dr Abercrombie)"
Total cases this extract: 6. Verified: Dr Helen Abercrombie""",
[("GGH-0078831",H),("GGH-0078902",H),("GGH-0079014",H),("Mrs Tiggy",P),("0078122",H),("Dr Begum",C),("GGH-0079200",H),("GGH-0079266",H)],
["Dr M. Al-Rashid","Dr Abercrombie","Dr Helen Abercrombie","RSI","2.4 mL 0.5% heavy bupi","300 mcg diamorphine","FICB","obturator block","Remifentanil TCI","Awake FOI","06/01/2025"])

D("s38-073","patient_story_reflection","Dr Callum Strachan",
"""Reflection — "Wee Shug" — Dr Callum Strachan, AMU, Inverkellan Royal — 21 February 2025

Hugh "Wee Shug" McIlwraith (CHI 1507446631) was 64 and had been a shinty referee for Glenlochar Camanachd for thirty years. He came in three times over the winter with decompensated alcohol-related liver disease (Child-Pugh C, MELD 24). Each time his sister, Morag McIlwraith, who runs the post office in Kirkbrae, brought him in. On the third admission he told me he had stopped drinking for good — and his ascitic tap showed SBP (neutrophils 620/mm3).

I treated him with cefotaxime and albumin 1.5 g/kg (day 1) and 1 g/kg (day 3), and referred to the hepatology team at the Royal Infirmary of Edinburgh for transplant assessment; he had been dry for 6 months by then. The transplant nurse, Gillian Rae, told me he was the first patient from our unit referred in two years.

Learning: my own prejudice about "frequent attenders" with alcohol use disorder. I now use the AUDIT-C and a brief intervention on every patient, and have written an AMU prompt card.

Verified by Dr Ruaridh McLeish, 28/02/2025""",
[("Hugh \"Wee Shug\" McIlwraith",P),("Wee Shug",P),("1507446631",N),("Glenlochar Camanachd",A),("Morag McIlwraith",R),("Kirkbrae",A),("Gillian Rae",C)],
["Dr Callum Strachan","Dr Ruaridh McLeish","64","alcohol-related liver disease","Child-Pugh C, MELD 24","SBP","neutrophils 620/mm3","cefotaxime","albumin 1.5 g/kg","AUDIT-C","Royal Infirmary of Edinburgh","Inverkellan Royal","21 February 2025"])

D("s38-074","interpreter_email","Dr Rafael Montoya",
"""From: rafael.montoya@nhs.net
To: Interpreting Services <interpreting.erh@example.nhs.uk>
Subject: Polish interpreter for OMFS clinic Thu 14/11 — booking ref INT-24-77130

Hello,
Could you please book a face-to-face Polish interpreter (female preferred, per patient) for 14/11/2024 at 10:30, OMFS clinic, Eastleigh Royal Hospital, for Mrs Halina Wójcik-Brzezińska (ERH 4425561). She is attending for results of her tongue biopsy (likely SCC, T2 — she does not yet know) and her son Mateusz, who usually translates, should not be asked to break bad news to his mother. Her mobile: 07700 900377.
Many thanks,
Rafael Montoya
Specialty Doctor, Oral & Maxillofacial Surgery — clinical supervisor for this evidence: Mr Ashok Prabhakar""",
[("interpreting.erh@example.nhs.uk",E),("INT-24-77130",REF),("Mrs Halina Wójcik-Brzezińska",P),("ERH 4425561",H),("Mateusz",R),("07700 900377",PH),("rafael.montoya@nhs.net",E)],
["Rafael Montoya","Mr Ashok Prabhakar","Eastleigh Royal Hospital","SCC, T2","tongue biopsy","14/11/2024 at 10:30"])
