# Hand-typed documents, applicants 4-6.
from t1 import PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID
A4 = "Dr Nur Aisyah binti Kamaruddin"
A5 = "Dr Marcia Campbell-Reid"
A6 = "Dr Farzaneh Rahimi"
DOCS = []

# ---------------- A4 haematology ----------------
DOCS.append(dict(id="s58-023", kind="foreign_discharge_summary_with_translation", applicant=A4, text="""HOSPITAL AMPANG, SELANGOR - JABATAN HEMATOLOGI
RINGKASAN DISCAJ

Nama pesakit: Siti Rohana binti Abdul Latif
No. K/P: 850412-10-5528          No. RN: HA/2019/0034412
Tarikh lahir: 12/04/1985         Jantina: Perempuan
Alamat: No. 23, Jalan Mewah 4/2, Taman Mewah, 68000 Ampang, Selangor
Waris: Encik Zulkifli bin Hamzah (suami), tel. tidak dinyatakan
Tarikh masuk: 03/03/2019         Tarikh discaj: 30/03/2019
Diagnosis: Leukemia mieloid akut (AML), risiko sederhana
Rawatan: Induksi 7+3 (sitarabin 100 mg/m2 x 7 hari, daunorubisin 60 mg/m2 x 3 hari). Aspirat sumsum tulang hari
ke-28: remisi lengkap, blas 2%.
Doktor: Dr Nur Aisyah binti Kamaruddin (Pegawai Perubatan Hematologi)
Disahkan oleh: Dato' Dr Ong Boon Keat, Pakar Perunding Hematologi

--- English translation ---
AMPANG HOSPITAL, SELANGOR - DEPARTMENT OF HAEMATOLOGY - DISCHARGE SUMMARY
Patient name: Siti Rohana binti Abdul Latif
NRIC no.: 850412-10-5528          RN: HA/2019/0034412
Date of birth: 12/04/1985         Sex: Female
Address: No. 23, Jalan Mewah 4/2, Taman Mewah, 68000 Ampang, Selangor
Next of kin: Mr Zulkifli bin Hamzah (husband)
Admitted 03/03/2019, discharged 30/03/2019. Diagnosis: acute myeloid leukaemia (AML), intermediate risk.
Treatment: 7+3 induction (cytarabine 100 mg/m2 x 7 days, daunorubicin 60 mg/m2 x 3 days). Day 28 bone
marrow aspirate: complete remission, blasts 2%.
Doctor: Dr Nur Aisyah binti Kamaruddin. Verified by: Dato' Dr Ong Boon Keat, Consultant Haematologist.""",
ids=[("Siti Rohana binti Abdul Latif", PN), ("850412-10-5528", OID), ("HA/2019/0034412", HN),
     ("No. 23, Jalan Mewah 4/2, Taman Mewah, 68000 Ampang, Selangor", AD), ("Zulkifli bin Hamzah", RN)],
keep=["HOSPITAL AMPANG", "12/04/1985", "Perempuan", "Female", "Dr Nur Aisyah binti Kamaruddin", "Dato' Dr Ong Boon Keat",
      "sitarabin 100 mg/m2", "daunorubisin 60 mg/m2", "cytarabine 100 mg/m2", "daunorubicin 60 mg/m2", "blasts 2%"]))

DOCS.append(dict(id="s58-024", kind="clinic_letter", applicant=A4, text="""University Hospitals of Leicester NHS Trust
Haematology Outpatients, Osborne Building, Leicester Royal Infirmary
Tel 01632 960274  |  Fax 01632 960275

Our ref: HAEM/NAK/CML/0088     Hospital number: S1098274X     NHS number: 826 441 9307
Clinic date: 14/01/2025    Typed: 16/01/2025

Dr Bhavna Chauhan
Evington Medical Practice
2 Gedding Road, Leicester LE5 5DU

Dear Dr Chauhan,
Re: Mr Jaswinder Singh Bhogal, DOB 08/10/1970, 14 Kedleston Road, Leicester LE5 5HW

Diagnosis: Chronic myeloid leukaemia, chronic phase (diagnosed 2021), Sokal score low.
Current treatment: imatinib 400 mg once daily.
BCR-ABL1 (IS): 0.008% (MR4), stable for 18 months. FBC: Hb 138 g/L, WCC 5.2, plt 241.

Mr Bhogal is well and working full time as a driving instructor for Midlands Learner Drivers Ltd. He mentions
occasional muscle cramps; CK was normal. We discussed the treatment-free remission criteria; he is not yet
eligible (needs MR4 for 2 years). Review in 3 months with BCR-ABL1.

Yours sincerely,
Dr Nur Aisyah Kamaruddin, Specialty Doctor in Haematology
Dictated but not checked. Seen with Dr Geraint Hollis, Consultant Haematologist (clinic supervisor, verified 20/01/2025)""",
ids=[("01632 960274", PH), ("01632 960275", PH), ("HAEM/NAK/CML/0088", REF), ("S1098274X", HN), ("826 441 9307", NHS),
     ("Bhavna Chauhan", CN), ("Dr Chauhan", CN), ("Evington Medical Practice", AD), ("2 Gedding Road, Leicester", AD),
     ("LE5 5DU", PC), ("Jaswinder Singh Bhogal", PN), ("Mr Bhogal", PN), ("14 Kedleston Road, Leicester", AD),
     ("LE5 5HW", PC), ("Midlands Learner Drivers Ltd", AD)],
keep=["Leicester Royal Infirmary", "DOB 08/10/1970", "imatinib 400 mg once daily", "0.008% (MR4)", "Hb 138 g/L",
      "Sokal score low", "Dr Nur Aisyah Kamaruddin", "Dr Geraint Hollis", "BCR-ABL1"]))

DOCS.append(dict(id="s58-025", kind="procedure_note", applicant=A4, text="""Bone marrow aspirate and trephine - procedure record          Haematology Day Unit, Ward 33, LRI
Patient: Mrs Agnieszka Kowalczyk-Day   DOB 19/07/1962   F   S2204871Z   NHS 471 006 8823
Indication: ?MDS - pancytopenia (Hb 84 g/L, neutrophils 0.9, plt 62)
Consent: written (form 1), risks discussed incl. bleeding, infection, pain. Interpreter not required.
Operator: Dr N. A. Kamaruddin   Chaperone/assistant: HCA Sonia Mbeki
Site: right posterior iliac crest. LA lidocaine 1% 10 mL. Aspirate 4 mL (dry tap initially, repositioned).
Trephine 22 mm core obtained. Haemostasis with pressure 10 min.
Samples: morphology, flow cytometry, cytogenetics, NGS myeloid panel. Lab accession BM-250212-0417.
Patient tolerated well; husband Piotr drove her home. Results clinic in 3 weeks.
DOPS completed by observer: Dr Geraint Hollis (consultant) - satisfactory.""",
ids=[("Agnieszka Kowalczyk-Day", PN), ("S2204871Z", HN), ("471 006 8823", NHS), ("Sonia Mbeki", CN),
     ("BM-250212-0417", OID), ("Piotr", RN)],
keep=["DOB 19/07/1962", "Hb 84 g/L", "lidocaine 1% 10 mL", "Trephine 22 mm core", "Dr N. A. Kamaruddin",
      "Dr Geraint Hollis", "Ward 33", "NGS myeloid panel"]))

DOCS.append(dict(id="s58-026", kind="incident_report_lfpse", applicant=A4, text="""LFPSE - Learn from Patient Safety Events - record summary
LFPSE ID: 9F31-22KD-7710          Local ref: UHL-DX-2025-004481          SHOT ref: SHOT/25/0712
Event type: Near miss - wrong blood in tube (WBIT)
Date/time: 07/02/2025 22:15   Location: Ward 41, Leicester Royal Infirmary

What happened: A group and screen sample labelled for Mr Declan Fairweather (S1987320Q) grouped as O RhD
positive; historical group on file was A RhD negative. Sample had been taken by Dr Ifeoma Chukwu (FY2) at the
same time as a sample from the patient in the next bed, Mr D. Fairbrother. Laboratory (BMS Haroon Latif)
phoned the ward. I attended as haematology registrar on call, advised a repeat sample and O RhD negative
red cells if urgent. No transfusion given, no harm.
Learning: bedside labelling; the two patients had similar surnames and the same first initial.
Reported by: Dr Nur Aisyah Kamaruddin (haematology SpR on call)""",
ids=[("9F31-22KD-7710", REF), ("UHL-DX-2025-004481", REF), ("SHOT/25/0712", REF), ("Declan Fairweather", PN),
     ("S1987320Q", HN), ("Ifeoma Chukwu", CN), ("Mr D. Fairbrother", PN), ("Haroon Latif", CN)],
keep=["Ward 41", "Leicester Royal Infirmary", "O RhD\npositive", "A RhD negative", "Dr Nur Aisyah Kamaruddin",
      "wrong blood in tube (WBIT)"]))

DOCS.append(dict(id="s58-027", kind="mdt_list", applicant=A4, text="""LYMPHOMA MDT - LRI - 11/02/2025 - outcomes (prepared by N. Kamaruddin)

Patient            | DOB        | Hosp no    | Diagnosis                  | Stage / score    | Outcome
Ellwood, Jean      | 23/11/1951 | S1873310K  | DLBCL, GCB type            | IIIA, IPI 3      | R-CHOP x6, PET after C4
Rana, Mohinder     | 02/02/1966 | S2011907P  | Classical Hodgkin          | IIB, bulky       | ABVD x2 then PET-adapted
"Baz" (Barry) Tolley | 15/08/1979 | S2219044C | Follicular lymphoma grade 2 | IV, FLIPI 2   | watch and wait
K. O'D.            | 09/05/1990 | S2229180F  | PTLD post renal Tx         | IIE              | reduce immunosuppression, rituximab; discuss with Dr Mensah-Boateng (renal)

Chair: Dr Geraint Hollis   Radiology: Dr Akosua Frimpong   Pathology: Dr Ravi Subramanyam""",
ids=[("Ellwood, Jean", PN), ("S1873310K", HN), ("Rana, Mohinder", PN), ("S2011907P", HN),
     ("\"Baz\" (Barry) Tolley", PN), ("S2219044C", HN), ("K. O'D.", PN), ("S2229180F", HN),
     ("Mensah-Boateng", CN), ("Akosua Frimpong", CN), ("Ravi Subramanyam", CN)],
keep=["N. Kamaruddin", "Dr Geraint Hollis", "23/11/1951", "02/02/1966", "15/08/1979", "09/05/1990", "IPI 3", "R-CHOP x6",
      "ABVD x2", "FLIPI 2", "rituximab", "DLBCL"]))

DOCS.append(dict(id="s58-028", kind="audit_data_csv", applicant=A4, text="""# Audit: Warfarin reversal with PCC (Octaplex) in major bleeding - UHL - Q4 2024
# Auditor: Dr Nur Aisyah Kamaruddin   Supervisor: Dr Geraint Hollis   Audit reg no. AUD-HAEM-2024-31
mrn,age,sex,indication,inr_pre,pcc_dose_units,vit_k_mg,door_to_pcc_min,inr_post,notes
S1902214B,81,F,ICH,4.2,2500,10,47,1.3,
S1899075W,77,M,GI bleed,3.6,2000,10,118,1.4,delay - pharmacy out of stock
S2104433H,69,M,ICH,6.1,3000,10,39,1.2,
S1764021T,88,F,retroperitoneal bleed,2.9,1500,5,95,1.5,daughter (Mrs Jayne Corrigan) consented as LPA
S2190067E,73,F,traumatic SDH,5.4,3000,10,61,1.1,
# Standard: PCC within 60 min in ICH - 2/3 met (67%).""",
ids=[("S1902214B", HN), ("S1899075W", HN), ("S2104433H", HN), ("S1764021T", HN), ("Jayne Corrigan", RN),
     ("S2190067E", HN)],
keep=["Dr Nur Aisyah Kamaruddin", "Dr Geraint Hollis", "AUD-HAEM-2024-31", "Octaplex", "PCC within 60 min"]))

DOCS.append(dict(id="s58-029", kind="teaching_feedback", applicant=A4, text="""Teaching session feedback summary - "Interpreting the blood film" - FY2 teaching, LRI, 05/12/2024
Facilitator: Dr Nur Aisyah Kamaruddin ("Dr Aisyah")       Feedback forms returned: 17/19

Overall rating: 4.7/5.  Relevance 4.8/5.  Would recommend: 100%.
Comments:
"Dr Aisyah made schistocytes and TTP really memorable - the case of the 34-year-old with a platelet count of 9
was gripping."  "Could give us the slides?"  "Best haematology teaching this year."
Case used (anonymised): 34F, PLASMIC score 7, ADAMTS13 <5%.

Mini-CEX I carried out as assessor after the session: trainee Dr Benedict Ashdown-Pryce (FY2) - history from
a patient with suspected haemolysis (Mr K.R., hospital no. S2240158M). Rating: meets expectations.
Countersigned: Dr Geraint Hollis, Educational Supervisor""",
ids=[("Benedict Ashdown-Pryce", CN), ("K.R.", PN), ("S2240158M", HN)],
keep=["Dr Nur Aisyah Kamaruddin", "Dr Aisyah", "PLASMIC score 7", "ADAMTS13 <5%", "Dr Geraint Hollis", "34F"]))

# ---------------- A5 community child health ----------------
DOCS.append(dict(id="s58-030", kind="clinic_letter", applicant=A5, text="""Cardiff and Vale University Health Board / Bwrdd Iechyd Prifysgol Caerdydd a'r Fro
Community Child Health, Children's Centre, St David's Hospital, Cardiff
Ffôn/Tel: 029 2018 0613

Cyf/Ref: CCH/MCR/25/0147          NHS No: 712 508 3396
Date of clinic: 27/01/2025

Dr Gwenllian Prosser
Canton Health Centre, Cardiff CF5 1LH

Dear Dr Prosser,
Cai Llywelyn Morgan-Jones, DOB 06/06/2016, 11 Cyncoed Crescent, Cardiff CF23 6SW

I saw Cai (known as "Cai-bach" at home) with his mother, Sioned Morgan-Jones, for review of his
neurodevelopmental assessment. Cai attends Year 4 at Ysgol Gymraeg Pen-y-Pil. His teacher, Mrs Eleri Voyle,
completed Conners 3 forms which were elevated for inattention (T-score 78) and hyperactivity (T-score 74). ADOS-2
was not consistent with autism. He meets DSM-5 criteria for ADHD, combined presentation.
Plan: start methylphenidate 5 mg mane, titrate weekly to 10 mg BD; weight 29.4 kg (50th centile), BP 102/64.
Parent training via the Incredible Years programme. Review in 6 weeks.

Yours sincerely,
Dr Marcia Campbell-Reid, Specialty Doctor, Community Paediatrics
cc: Sioned Morgan-Jones (parent); School nurse, Ysgol Gymraeg Pen-y-Pil""",
ids=[("029 2018 0613", PH), ("CCH/MCR/25/0147", REF), ("712 508 3396", NHS), ("Gwenllian Prosser", CN),
     ("Dr Prosser", CN), ("Canton Health Centre, Cardiff", AD), ("CF5 1LH", PC), ("Cai Llywelyn Morgan-Jones", PN),
     ("11 Cyncoed Crescent, Cardiff", AD), ("CF23 6SW", PC), ("Cai", PN), ("Cai-bach", PN), ("Sioned Morgan-Jones", RN),
     ("Ysgol Gymraeg Pen-y-Pil", AD), ("Eleri Voyle", CN)],
keep=["St David's Hospital", "DOB 06/06/2016", "T-score 78", "ADOS-2", "DSM-5", "methylphenidate 5 mg mane",
      "weight 29.4 kg", "BP 102/64", "Dr Marcia Campbell-Reid", "Conners 3", "Incredible Years"]))

DOCS.append(dict(id="s58-031", kind="safeguarding_referral", applicant=A5, text="""MULTI-AGENCY REFERRAL FORM (MARF) - Cardiff Multi-Agency Safeguarding Hub
MASH ref: MASH/CDF/2024/18830       Police (Operation Encompass) ref: SWP-24-0921-4471

Child: Kayden Pritchard, DOB 14/02/2021, male. Address: 7 Tremorfa Court, Splott, Cardiff CF24 2RT
Siblings: Lexi-Rose Pritchard (aged 7, attends Moorland Primary School), baby Tyler (4 months)
Mother: Chantelle Pritchard, mob 07700 900155. Mother's partner: Dean Lovering (not the father).
Father: Jordan Hales, address unknown.
Health visitor: Bethan Rhydderch (Splott Health Centre), 029 2018 0744

Concerns: Kayden was seen in clinic (referred for speech delay) with a linear bruise 4 cm on the left upper
arm and 3 petechial marks on the pinna. Explanation from mother inconsistent. Child Protection Medical
recommended under the Wales Safeguarding Procedures; skeletal survey indicated (age <2 years? no - age 3 y 7 m:
clinical judgement). Body map completed. Weight 13.1 kg (9th centile).

Referrer: Dr Marcia Campbell-Reid, Community Paediatrician, Cardiff and Vale UHB.  Date: 21/09/2024 15:40
Discussed with named doctor for safeguarding: Dr Rhodri Penhaligon""",
ids=[("MASH/CDF/2024/18830", REF), ("SWP-24-0921-4471", REF), ("Kayden Pritchard", PN), ("Kayden", PN),
     ("7 Tremorfa Court, Splott, Cardiff", AD), ("CF24 2RT", PC), ("Lexi-Rose Pritchard", RN), ("Moorland Primary School", AD),
     ("Tyler", RN), ("Chantelle Pritchard", RN), ("07700 900155", PH), ("Dean Lovering", RN), ("Jordan Hales", RN),
     ("Bethan Rhydderch", CN), ("Splott Health Centre", AD), ("029 2018 0744", PH), ("Rhodri Penhaligon", CN)],
keep=["DOB 14/02/2021", "male", "Dr Marcia Campbell-Reid", "Wales Safeguarding Procedures", "Weight 13.1 kg",
      "Child Protection Medical", "Cardiff and Vale UHB", "linear bruise 4 cm"]))

DOCS.append(dict(id="s58-032", kind="gp_summary_ocr", applicant=A5, text="""GP SUMMARY - printed 1O/O4/2O24            Pract1ce: L1anedeyrn Hea1th Centre, Card1ff
Pat1ent: EVANS-0KAF0R, Am1ra      D0B 3O/O9/2Ol3   Fema1e
NHS n0: 64l 9O2 773O      Usua1 GP: Dr T. Mad0x
Address: Flat l2, Chartist C0urt, Card1ff CF23 9PZ     Te1: O77OO 9OO9l2

Act1ve pr0b1ems
  2Ol9  Ep11epsy - f0ca1 se1zures (EEG c0nf1rmed)
  2O22  Spec1f1c 1earning d1ff1cu1ty
Med1cat10n: 1amotr1gine 5O mg BD
A11erg1es: pen1c1111n - rash
Next 0f k1n: grandm0ther Mrs Patr1c1a 0kaf0r
Scanned by CCH adm1n for Dr M. Campbe11-Re1d""",
ids=[("L1anedeyrn Hea1th Centre, Card1ff", AD), ("EVANS-0KAF0R, Am1ra", PN), ("64l 9O2 773O", NHS), ("T. Mad0x", CN),
     ("Flat l2, Chartist C0urt, Card1ff", AD), ("CF23 9PZ", PC), ("O77OO 9OO9l2", PH), ("Patr1c1a 0kaf0r", RN)],
keep=["3O/O9/2Ol3", "Fema1e", "Ep11epsy", "1amotr1gine 5O mg BD", "pen1c1111n", "Dr M. Campbe11-Re1d"]))

DOCS.append(dict(id="s58-033", kind="foreign_clinic_record", applicant=A5, text="""BUSTAMANTE HOSPITAL FOR CHILDREN, Arthur Wint Drive, Kingston 5, Jamaica
Developmental & Behavioural Paediatrics Clinic - continuation sheet (copy for CESR portfolio)

Docket #: BHC-17-220913      TRN (parent): 118-442-903
Name: Jaheim Ricketts ("JJ")   DOB: 11/11/2013   Sex: M
Address: Lot 44, Ellerslie Avenue, Spanish Town, St Catherine
Mother: Miss Tanesha Brown; grandmother Mrs Icilda Ricketts attends most visits.
School: Spanish Town Primary (Grade 3)

19/06/2017 - Seen by Dr M. Campbell-Reid. Cerebral palsy, spastic diplegia, GMFCS level II. Baclofen 5 mg TDS.
Hip surveillance X-ray: migration percentage 22% R, 18% L. Refer physiotherapy (Ms Paulette Gayle, PT).
Next review 3 months.
Certified true copy: Dr Winston McKenzie-Lyn, Consultant Developmental Paediatrician, 02/05/2023""",
ids=[("BHC-17-220913", HN), ("118-442-903", OID), ("Jaheim Ricketts", PN), ("JJ", PN),
     ("Lot 44, Ellerslie Avenue, Spanish Town, St Catherine", AD), ("Tanesha Brown", RN), ("Icilda Ricketts", RN),
     ("Spanish Town Primary", AD), ("Paulette Gayle", CN), ("Arthur Wint Drive, Kingston 5, Jamaica", AD)],
keep=["BUSTAMANTE HOSPITAL FOR CHILDREN", "DOB: 11/11/2013", "Dr M. Campbell-Reid", "GMFCS level II",
      "Baclofen 5 mg TDS", "migration percentage 22%", "Dr Winston McKenzie-Lyn"]))

DOCS.append(dict(id="s58-034", kind="caseload_list", applicant=A5, text="""Community Paediatrics - Dr Campbell-Reid caseload (Cardiff East) - extract 03/2025
Initials  NHS no        DOB        School                       Dx                          Next
LMJ       4105529873    02/03/2018 Ysgol Glan Morfa             ASD, DLD                    ADOS feedback 04/25
A.E-O     6419027730    30/09/2013 Willows High School          epilepsy, SpLD              EEG 05/25
HK        3318046612    17/12/2019 Rhydypenau Nursery           global developmental delay  genetics (aCGH) result
T-J W     9920174856    08/08/2015 St Mellons CiW Primary       ADHD on Xaggitin XL 36 mg   BP/weight 04/25
"Poppy" (Penelope) Lusk 5538120947 21/01/2017 home educated     CP hemiplegia, botulinum toxin  Ortho clinic
Caseload verified: Dr Rhodri Penhaligon, Clinical Director""",
ids=[("LMJ", PN), ("4105529873", NHS), ("Ysgol Glan Morfa", AD), ("A.E-O", PN), ("6419027730", NHS),
     ("Willows High School", AD), ("HK", PN), ("3318046612", NHS), ("Rhydypenau Nursery", AD), ("T-J W", PN),
     ("9920174856", NHS), ("St Mellons CiW Primary", AD), ("\"Poppy\" (Penelope) Lusk", PN), ("5538120947", NHS)],
keep=["Dr Campbell-Reid", "02/03/2018", "30/09/2013", "17/12/2019", "08/08/2015", "21/01/2017", "Xaggitin XL 36 mg",
      "botulinum toxin", "Dr Rhodri Penhaligon", "aCGH"]))

DOCS.append(dict(id="s58-035", kind="whatsapp_export", applicant=A5, text="""WhatsApp Chat with Ffion HV
[14/10/2024, 09:12] Ffion HV: Morning Dr C-R, quick one re Oliwia from Rumney - mum says she's still not walking at 20 months
[14/10/2024, 09:15] Marcia Campbell-Reid: Hi Ffion. Is this Oliwia Zielinska, NHS 8847102236? I saw her in Jan
[14/10/2024, 09:16] Ffion HV: yes. Mum (Kasia) is worried, dad working away in Swansea
[14/10/2024, 09:20] Marcia Campbell-Reid: Ok please check CK was done - last time we talked about it. Can bring forward to Thurs 17th 2pm clinic
[14/10/2024, 09:21] Ffion HV: Will tell mum. Their new address is 31 Ball Road, Rumney CF3 4JP
[14/10/2024, 09:30] Marcia Campbell-Reid: Thanks. CK 2,840 U/L in Jan - need to chase genetics. Pls don't send more details by WhatsApp, use the secure e-mail
[14/10/2024, 09:31] Ffion HV: 👍 sorry!""",
ids=[("Ffion HV", CN), ("Ffion", CN), ("Oliwia", PN), ("Rumney", AD), ("Oliwia Zielinska", PN), ("8847102236", NHS),
     ("Kasia", RN), ("Swansea", AD), ("31 Ball Road, Rumney", AD), ("CF3 4JP", PC)],
keep=["Marcia Campbell-Reid", "Dr C-R", "CK 2,840 U/L", "20 months"]))

DOCS.append(dict(id="s58-036", kind="testimonial", applicant=A5, text="""To whom it may concern - Portfolio pathway application, Dr Marcia Campbell-Reid (GMC 7120457)

I have been Dr Campbell-Reid's clinical supervisor in Cardiff and Vale University Health Board since August
2021. Marcia manages an independent caseload of around 280 children with neurodevelopmental disorders, epilepsy,
cerebral palsy and complex needs, and undertakes Child Protection Medicals and Looked After Children health
assessments under the Social Services and Well-being (Wales) Act 2014. She is a named clinician on our
Neurodevelopmental Pathway and teaches on the Level 3 safeguarding course.

When a family complained in 2023 (complaint ref. CTM-PALS-23-5573) Marcia responded with great sensitivity.
I have no concerns about her probity or health.

Dr Rhodri Penhaligon MB BCh FRCPCH, Consultant Community Paediatrician and Clinical Director
rhodri.penhaligon4@nhs.net   |   029 2018 0901""",
ids=[("CTM-PALS-23-5573", REF), ("rhodri.penhaligon4@nhs.net", EM), ("029 2018 0901", PH)],
keep=["Dr Marcia Campbell-Reid", "7120457", "Dr Campbell-Reid", "Marcia", "Dr Rhodri Penhaligon",
      "Social Services and Well-being (Wales) Act 2014", "280 children"]))

DOCS.append(dict(id="s58-037", kind="wpba_minicex", applicant=A5, text="""RCPCH ePortfolio (Kaizen) - Mini-CEX
Doctor: Marcia Campbell-Reid   GMC 7120457       Assessor: Dr Angharad Wyn-Lloyd (Consultant), GMC 3991052
Date: 12/06/2024   Setting: Community clinic, Barry Hospital
Focus: history and examination of a child with suspected Duchenne muscular dystrophy
Patient: 4-year-old boy (initials R.T-B., PID 7634109928), Gowers' sign positive, calf pseudohypertrophy,
CK 18,600 U/L. Parents (Mr and Mrs Thomas-Bevan) present.
Feedback: Marcia explained the need for genetic testing (DMD gene MLPA) sensitively. Excellent rapport with
the boy, who she engaged with a toy car. Next step: observe the results-giving consultation.
Global: above expectation.""",
ids=[("R.T-B.", PN), ("7634109928", NHS), ("Thomas-Bevan", RN)],
keep=["Marcia Campbell-Reid", "7120457", "Dr Angharad Wyn-Lloyd", "3991052", "4-year-old boy", "Gowers' sign",
      "CK 18,600 U/L", "Barry Hospital", "Duchenne muscular dystrophy", "Marcia"]))

# ---------------- A6 nephrology ----------------
DOCS.append(dict(id="s58-038", kind="foreign_discharge_summary_with_translation", applicant=A6, text="""مرکز آموزشی درمانی شهید لبافی‌نژاد - بخش نفرولوژی
خلاصه پرونده بیمار

نام و نام خانوادگی بیمار: زهرا موسوی‌نیا
نام پدر: حسین
کد ملی: 0072418835
شماره پرونده: 98-114276
تاریخ تولد: 1352/07/15   جنس: زن
نشانی: تهران، خیابان پاسداران، کوچه گلستان ۴، پلاک ۱۲
تشخیص: گلومرولونفریت غشایی (PLA2R مثبت)، سندرم نفروتیک
درمان: ریتوکسیماب ۱ گرم دو دوز، لوزارتان ۵۰ میلی‌گرم روزانه
پزشک: دکتر فرزانه رحیمی
تأیید: دکتر مسعود کیانی، رئیس بخش

--- English translation (official translator no. 412, Tehran; ref. 1402/8817) ---
Shahid Labbafinejad Medical Center - Nephrology Ward - Patient record summary
Patient name: Zahra Mousavi-Nia      Father's name: Hossein
National ID: 0072418835              File number: 98-114276
Date of birth: 1352/07/15 (07/10/1973)   Sex: Female
Address: Tehran, Pasdaran Avenue, Golestan 4 Alley, No. 12
Diagnosis: membranous glomerulonephritis (PLA2R positive), nephrotic syndrome
Treatment: rituximab 1 g, two doses; losartan 50 mg daily
Physician: Dr Farzaneh Rahimi.  Approved: Dr Masoud Kiani, Head of Department""",
ids=[("زهرا موسوی‌نیا", PN), ("حسین", RN), ("0072418835", OID), ("98-114276", HN),
     ("تهران، خیابان پاسداران، کوچه گلستان ۴، پلاک ۱۲", AD), ("1402/8817", REF), ("Zahra Mousavi-Nia", PN),
     ("Hossein", RN), ("Tehran, Pasdaran Avenue, Golestan 4 Alley, No. 12", AD)],
keep=["مرکز آموزشی درمانی شهید لبافی‌نژاد", "1352/07/15", "07/10/1973", "زن", "Female", "دکتر فرزانه رحیمی",
      "دکتر مسعود کیانی", "Dr Farzaneh Rahimi", "Dr Masoud Kiani", "PLA2R", "rituximab 1 g", "losartan 50 mg daily"]))

DOCS.append(dict(id="s58-039", kind="clinic_letter", applicant=A6, text="""University Hospitals of Derby and Burton NHS Foundation Trust
Renal Unit, Royal Derby Hospital, Uttoxeter Road, Derby DE22 3NE

Renal Clinic - Dr F. Rahimi                  Date: 05/12/2024
Unit No: RD0415529     NHS No: 530 662 1894   Our ref: REN/FR/8871

Dr Hamish Cotterill, Arboretum Surgery, 41 Osmaston Road, Derby DE1 2HT

Dear Hamish,
Kevin Arkwright (DOB 19/02/1967), 9 Grangemoor Close, Littleover, Derby DE23 4XY

CKD G4 A3 secondary to diabetic nephropathy. eGFR 18 mL/min/1.73m2 (was 22 in June), uACR 142 mg/mmol,
K+ 5.6 mmol/L, bicarbonate 19, Hb 98 g/L. BP 148/86. Mr Arkwright still works as a bus driver at the
Trent Barton depot on Nottingham Road; we discussed how dialysis would fit around his shifts.
Plan: start sodium zirconium cyclosilicate 5 g OD, sodium bicarbonate 500 mg TDS, increase amlodipine to
10 mg. Refer to low clearance clinic and vascular access (AVF assessment). Pre-emptive transplant
assessment: his wife Debbie has volunteered as a living donor.

With best wishes,
Dr Farzaneh Rahimi, Specialty Doctor in Nephrology""",
ids=[("RD0415529", HN), ("530 662 1894", NHS), ("REN/FR/8871", REF), ("Hamish Cotterill", CN), ("Hamish", CN),
     ("Arboretum Surgery, 41 Osmaston Road, Derby", AD), ("DE1 2HT", PC), ("Kevin Arkwright", PN), ("Mr Arkwright", PN),
     ("9 Grangemoor Close, Littleover, Derby", AD), ("DE23 4XY", PC),
     ("Trent Barton depot on Nottingham Road", AD), ("Debbie", RN), ("Uttoxeter Road, Derby", AD), ("DE22 3NE", PC)],
keep=["Royal Derby Hospital", "Dr F. Rahimi", "DOB 19/02/1967", "CKD G4 A3", "eGFR 18 mL/min/1.73m2", "uACR 142 mg/mmol",
      "K+ 5.6 mmol/L", "Hb 98 g/L", "sodium zirconium cyclosilicate 5 g OD", "sodium bicarbonate 500 mg TDS",
      "Dr Farzaneh Rahimi"]))

DOCS.append(dict(id="s58-040", kind="procedure_note_dops", applicant=A6, text="""PROCEDURE: Insertion of tunnelled haemodialysis catheter (right internal jugular)   Renal Day Case Unit
Operator: Dr Farzaneh Rahimi   Observed (DOPS): Dr Colm Ó Raghallaigh, Consultant Nephrologist (GMC 6034417)
Patient: Sunita Parmar-Gill, 58F, RD0502918, DOB 26/04/1966
Indication: AKI on CKD, RRT required, failed AVF (left radiocephalic thrombosed)
Pre: INR 1.1, platelets 212, Hb 101. Consent form 1, risks incl. pneumothorax, arterial puncture, infection.
Ultrasound-guided RIJ puncture first pass, guidewire under fluoroscopy, 19 cm tip-to-cuff Palindrome catheter,
tip at cavo-atrial junction. Heparin lock 5000 units/mL as per lumen volumes. CXR: no pneumothorax.
Referring consultant's team: Dr Lisbeth Haraldsen's firm, Ward 405. Nurse assisting: Charge Nurse Emeka Obi.
DOPS outcome: competent, independent.""",
ids=[("Sunita Parmar-Gill", PN), ("RD0502918", HN), ("Lisbeth Haraldsen", CN), ("Emeka Obi", CN)],
keep=["Dr Farzaneh Rahimi", "Dr Colm Ó Raghallaigh", "6034417", "58F", "DOB 26/04/1966", "INR 1.1",
      "Heparin lock 5000 units/mL", "Ward 405", "19 cm tip-to-cuff Palindrome catheter"]))

DOCS.append(dict(id="s58-041", kind="dialysis_unit_list", applicant=A6, text="""ROYAL DERBY RENAL UNIT - HAEMODIALYSIS - Tues/Thurs/Sat twilight shift - 18/02/2025
Nephrologist of the week: Dr F. Rahimi

Stn  Name               Unit no    Access        Dry wt   Kt/V  Issues
1    Bramley, Cedric    RD0330184  L BC AVF      71.5 kg  1.31  K 6.1 pre - review diet
3    Yasmin Haq         RD0419902  R IJ TCVC     58.0 kg  1.18  line exit site red, swab sent
4    Mr Osei (Kofi)     RD0266710  L RC AVF      84.0 kg  1.45  transplant list - active
6    McGuigan, P        RD0501177  R BB AVG      66.2 kg  1.22  Hb 87, darbepoetin 40 mcg weekly
7    Dot                RD0198845  L BC AVF      49.8 kg  1.36  transport via Arriva, daughter escorts

Shift nurse in charge: Sr Fiona Maltby.  Transport desk: 01632 960387""",
ids=[("Bramley, Cedric", PN), ("RD0330184", HN), ("Yasmin Haq", PN), ("RD0419902", HN), ("Mr Osei (Kofi)", PN),
     ("RD0266710", HN), ("McGuigan, P", PN), ("RD0501177", HN), ("Dot", PN), ("RD0198845", HN), ("Fiona Maltby", CN),
     ("01632 960387", PH)],
keep=["Dr F. Rahimi", "Kt/V", "71.5 kg", "darbepoetin 40 mcg weekly", "Hb 87", "K 6.1"]))

DOCS.append(dict(id="s58-042", kind="email", applicant=A6, text="""From: farzaneh.rahimi3@nhs.net
To: transplant.referrals.nottm@nhs.net
Date: Mon, 10 Mar 2025 16:02
Subject: Living donor transplant referral - Arkwright K - NHS 530 662 1894

Dear colleagues,
Please accept this referral for pre-emptive living donor kidney transplant assessment for Mr Kevin Arkwright,
DOB 19/02/1967, RD0415529, eGFR 16. Blood group A+. cRF 0%. His wife Deborah Arkwright (DOB 02/08/1969) wishes to
be assessed as donor; her mobile is 07700 900264 and home 01632 960552.
Previous correspondence: https://derby-renal.example.org/letters/REN-FR-8871
Kind regards,
Farzaneh Rahimi, Specialty Doctor, Renal Unit, Royal Derby Hospital
Verified for portfolio: Dr Colm Ó Raghallaigh""",
ids=[("transplant.referrals.nottm@nhs.net", EM), ("Arkwright K", PN), ("530 662 1894", NHS), ("Kevin Arkwright", PN),
     ("RD0415529", HN), ("Deborah Arkwright", RN), ("07700 900264", PH), ("01632 960552", PH),
     ("https://derby-renal.example.org/letters/REN-FR-8871", URL), ("farzaneh.rahimi3@nhs.net", EM)],
keep=["Farzaneh Rahimi", "DOB 19/02/1967", "eGFR 16", "cRF 0%", "Royal Derby Hospital",
      "Dr Colm Ó Raghallaigh", "DOB 02/08/1969"]))

DOCS.append(dict(id="s58-043", kind="audit_data_extract", applicant=A6, text="""AKI e-alert response audit (re-audit cycle 2) - Royal Derby Hospital - data extract Nov 2024
Lead: F. Rahimi   Supervisor: Dr Colm Ó Raghallaigh   Registered: QI-REN-2024-09

ID         AKI stage  Ward   Reviewed <24h  Nephrotoxics stopped  Fluid balance  Urinalysis  Outcome
RD0512240  3          306    Y              Y (gentamicin)         Y             Y           RRT x3 sessions
RD0509981  2          Ward 2 N              N (ramipril, NSAID)    N             N           recovered d5
RD0513307  1          AMU    Y              Y                      N             Y           recovered d2
RD0507125  3          ITU    Y              Y                      Y             Y           died - see M&M (family: Mr & Mrs Gorecki)
RD0514476  2          408    N              Y                      Y             N           recovered d4

Compliance with all 4 standards: 40% (cycle 1: 22%).""",
ids=[("RD0512240", HN), ("RD0509981", HN), ("RD0513307", HN), ("RD0507125", HN), ("Gorecki", RN), ("RD0514476", HN)],
keep=["F. Rahimi", "Dr Colm Ó Raghallaigh", "QI-REN-2024-09", "gentamicin", "40% (cycle 1: 22%)"]))

DOCS.append(dict(id="s58-044", kind="reflective_entry", applicant=A6, text="""Reflection - severe hyperkalaemia on the dialysis unit (Dr Farzaneh Rahimi, 22/01/2025)

A 74-year-old man on haemodialysis, whom staff call "Uncle Bal", arrived for his Saturday session with a
pre-dialysis potassium of 7.4 mmol/L and broad QRS complexes. He had missed Thursday because his grandson,
who usually drives him from Normanton, had been unwell. I gave calcium gluconate 10% 30 mL, insulin
10 units with glucose 25 g, and salbutamol 10 mg nebulised, and started dialysis with a 1 mmol/L K bath.

Learning: patients with transport barriers are at risk. I contacted the patient transport team and the
Sikh temple on Stanhope Street, where he volunteers, offered volunteer drivers. We now check missed sessions by
phone the same day. Discussed with my supervisor Dr Colm Ó Raghallaigh.""",
ids=[("Uncle Bal", PN), ("Normanton", AD), ("Sikh temple on Stanhope Street", AD)],
keep=["Dr Farzaneh Rahimi", "74-year-old man", "7.4 mmol/L", "calcium gluconate 10% 30 mL", "salbutamol 10 mg",
      "insulin\n10 units", "Dr Colm Ó Raghallaigh"]))
