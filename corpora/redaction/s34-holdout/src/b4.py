from common import D

D("dops_export", "Dr Niamh Costigan", """ePortfolio (Kaizen) export - DOPS
Procedure: Lumbar puncture   Date: 18/09/2024   Event ref: KZ-DOPS-0092771
Trainee: Dr Niamh Costigan (GMC 7210448)
Assessor: Dr Malcolm Strachan, Consultant Neurologist (verifies)
Patient: 34F, ?idiopathic intracranial hypertension, BMI 41 - (addressograph on original form: Shannon May, WC4471902)
Opening pressure 34 cmH2O, 20 ml CSF removed, closing pressure 16 cmH2O. 22G Quincke (atraumatic Sprotte not available). Consent: verbal + written, complications discussed (post-dural puncture headache 1 in 10).
Global rating: competent to perform unsupervised.
Learning point: positioned Shannon in left lateral with pillow between knees - first pass success.
""", [
 ("KZ-DOPS-0092771","REFERENCE_NUMBER"),("Shannon May","PATIENT_NAME"),("WC4471902","HOSPITAL_NUMBER"),("Shannon","PATIENT_NAME"),
], ["Dr Niamh Costigan","GMC 7210448","Dr Malcolm Strachan","34 cmH2O","22G Quincke","Sprotte","BMI 41","34F"])

D("cbd_export", "Dr Yusuf Al-Hashimi", """CASE-BASED DISCUSSION (CbD) - exported PDF text
Trainee: Yusuf Al-Hashimi   Assessor: Dr Catriona Munro (Consultant Cardiologist)   Date: 02/12/2024
Clinical setting: Inpatient cardiology, Ward 7B
Case: Mrs Rahima Chowdhury, 82, admitted with decompensated HFrEF (LVEF 25%), NYHA IV, Na 128, eGFR 31.
Discussion: Diuretic resistance - sequential nephron blockade with metolazone 2.5 mg; monitoring of K+ and Mg2+. Started dapagliflozin 10 mg once euvolaemic. Discussion of ICD deactivation with her son (Shafiq) and palliative care (Dr Leena Varghese).
Assessor comments: Yusuf showed mature judgement. Suggest reading ESC 2023 HF guideline focused update.
Hosp number (original): NG1193384
""", [
 ("Mrs Rahima Chowdhury","PATIENT_NAME"),("Shafiq","RELATIVE_NAME"),("Dr Leena Varghese","COLLEAGUE_NAME"),("NG1193384","HOSPITAL_NUMBER"),
], ["Yusuf Al-Hashimi","Yusuf","Dr Catriona Munro","Ward 7B","LVEF 25%","NYHA IV","metolazone 2.5 mg","dapagliflozin 10 mg","ESC 2023"])

D("msf_summary", "Dr Siobhán Ní Bhriain", """Multi-Source Feedback (MSF) summary - Dr Siobhán Ní Bhriain, EM
Raters: 14 (consultants 3, registrars 2, nurses 6, ACPs 2, admin 1)
Domain scores (mean, 1-6): Clinical 5.4, Communication 5.6, Teamwork 5.7, Professionalism 5.8
Selected comments (anonymised by system):
"Siobhán is calm in resus and always explains the plan to the nurses."
"Could delegate more to juniors on busy nights."
"Amazing with the little lad with the burns last winter - the mum still talks about it."
Reviewed with educational supervisor Dr Ewan Rattray on 10/01/2025 - no concerns.
""", [], ["Dr Siobhán Ní Bhriain","Siobhán","Dr Ewan Rattray","5.4","5.8"])

D("radiology_request_form_text", "Dr Kwame Asante", """RADIOLOGY REQUEST (ICE) - vetted by Dr K Asante
Patient: AMOAKO-ATTA, Kofi Junior  | Hosp: NG3390217 | NHS: 8273 01 4462 | DOB 09/10/2010 | M | Ward: Paeds (Robin Ward)
Exam: US abdomen (appendix)   Urgency: same day
Clinical Hx: 14 y/o, 36h RIF pain, Alvarado 7, WCC 15.2, CRP 88. ?appendicitis. Pregnancy test N/A.
Requester: Dr Tamsin Ellery (Paeds ST2), bleep via switchboard 01632 960100
Vetting: Accepted. Graded-compression US; if non-diagnostic discuss MRI (no CT in under-16 unless discussed with consultant).
Parent contact: dad (Kofi Snr) 07700 900934
""", [
 ("AMOAKO-ATTA, Kofi Junior","PATIENT_NAME"),("NG3390217","HOSPITAL_NUMBER"),("8273 01 4462","NHS_NUMBER"),("Dr Tamsin Ellery","COLLEAGUE_NAME"),("01632 960100","PHONE"),
 ("Kofi Snr","RELATIVE_NAME"),("07700 900934","PHONE"),
], ["Dr K Asante","DOB 09/10/2010","Robin Ward","Alvarado 7","WCC 15.2","CRP 88","14 y/o"])

D("forensic_psychiatry_note", "Dr Imran Chaudhry", """MEDIUM SECURE UNIT - Ward Round Note (Ashdown Ward, Fernbrook Secure Services)
Patient: Mr Lloyd Adeleke-Grant   RiO: 40118273   Section 37/41 MHA 1983   MoJ ref: MHCS/2019/0558
Index offence: wounding with intent (2018). HCR-20 v3 reviewed.
MSE: settled, no psychotic phenomena, insight partial. Clozapine 400 mg nocte, level 0.52 mg/L. ANC 3.1 - green.
Leave: escorted community leave (Section 17) to Fernbrook village approved by RC (Dr Henrietta Oduwole). Leave application to MoJ Mental Health Casework Section submitted.
Victim liaison: victim (Mr G.P.) lives in Tamworth - exclusion zone B79 applies.
Sister (Marcia-Lee Grant) visits Sundays.
Note by Dr Imran Chaudhry (CT3 psychiatry placement, pre-portfolio) - countersigned Dr Henrietta Oduwole.
""", [
 ("Mr Lloyd Adeleke-Grant","PATIENT_NAME"),("40118273","HOSPITAL_NUMBER"),("MHCS/2019/0558","REFERENCE_NUMBER"),("Mr G.P.","RELATIVE_NAME"),("Tamworth","ADDRESS"),("B79","POSTCODE"),("Marcia-Lee Grant","RELATIVE_NAME"),
], ["Ashdown Ward","Fernbrook Secure Services","Section 37/41 MHA 1983","HCR-20 v3","Clozapine 400 mg nocte","0.52 mg/L","Section 17","Dr Henrietta Oduwole","Dr Imran Chaudhry"])

D("gp_referral_email_thread", "Dr Farah Qureshi", """-----Original Message-----
From: Dr Owen Whitlock <owen.whitlock@parkviewsurgery.example>
Sent: 12 February 2025 10:14
To: Derm Advice & Guidance <derm.aandg@trust.example>
Subject: A&G - Ms Chidinma Eze, 27 - ?hidradenitis  (NHS 923 004 1187)

Hi, 27yo with recurrent axillary and groin abscesses, Hurley stage II, BMI 34, smoker. Tried lymecycline 408 mg 12 weeks. Photo attached (taken by practice nurse Becky). She works as a teaching assistant at St Oswald's CE Primary, Lowfield, and is keen for advice before her wedding in June.
Owen Whitlock, GP partner, Parkview Surgery, 2 Cedar Way, Lowfield LN4 6DJ, tel 01632 960455

-----Reply-----
From: Dr Farah Qureshi
Thanks Dr Whitlock. Agree HS Hurley II. Suggest clindamycin + rifampicin 300 mg BD each for 10 weeks; weight/smoking support; refer to derm for consideration of adalimumab if fails (needs HS-PGA / DLQI > 10). Happy to see if worsening.
Farah Qureshi, Dermatology Specialty Doctor - A&G verified by Dr Helen Abernethy
""", [
 ("Dr Owen Whitlock","COLLEAGUE_NAME"),("Owen Whitlock","COLLEAGUE_NAME"),("Dr Whitlock","COLLEAGUE_NAME"),("owen.whitlock@parkviewsurgery.example","EMAIL"),("derm.aandg@trust.example","EMAIL"),
 ("Ms Chidinma Eze","PATIENT_NAME"),("923 004 1187","NHS_NUMBER"),("Becky","COLLEAGUE_NAME"),("St Oswald's CE Primary, Lowfield","ADDRESS"),
 ("Parkview Surgery, 2 Cedar Way, Lowfield","ADDRESS"),("LN4 6DJ","POSTCODE"),("01632 960455","PHONE"),
], ["Dr Farah Qureshi","Farah Qureshi","Hurley stage II","lymecycline 408 mg","rifampicin 300 mg BD","adalimumab","DLQI > 10","Dr Helen Abernethy"])

D("obstetric_discharge_summary", "Dr Priya Raghunathan", """POSTNATAL DISCHARGE SUMMARY - Maternity Unit, Queen Adelaide Hospital
Mother: Ms Ewa Kaczmarek-Lloyd   Hosp no: QA5510732   NHS: 650 231 8874   DOB 19/12/1994
Baby: Boy KACZMAREK-LLOYD   Hosp no: QA5521049   NHS: 650 231 9990   Birth weight 3.84 kg, born 41+1 by emergency LSCS (cat 2) for pathological CTG.
Complications: PPH 1.4 L (uterine atony) - oxytocin, carboprost 250 micrograms IM x2, TXA 1 g; 2 units RBC. Hb at discharge 86 g/L - IV ferric carboxymaltose 1000 mg.
VTE: enoxaparin 40 mg SC daily for 6 weeks (BMI 38, LSCS).
Follow-up: debrief with Dr P Raghunathan in 6 weeks. Community midwife: Ola (Bridgefield team).
Partner: Gareth Lloyd, 07700 900471. Home: 3 Willow Mews, Bridgefield, CH7 1NU.
""", [
 ("Ms Ewa Kaczmarek-Lloyd","PATIENT_NAME"),("QA5510732","HOSPITAL_NUMBER"),("650 231 8874","NHS_NUMBER"),("Boy KACZMAREK-LLOYD","PATIENT_NAME"),("QA5521049","HOSPITAL_NUMBER"),("650 231 9990","NHS_NUMBER"),
 ("Ola","COLLEAGUE_NAME"),("Gareth Lloyd","RELATIVE_NAME"),("07700 900471","PHONE"),("3 Willow Mews, Bridgefield","ADDRESS"),("CH7 1NU","POSTCODE"),
], ["Queen Adelaide Hospital","DOB 19/12/1994","3.84 kg","41+1","PPH 1.4 L","carboprost 250 micrograms IM","TXA 1 g","86 g/L","ferric carboxymaltose 1000 mg","enoxaparin 40 mg SC","Dr P Raghunathan"])

D("oncology_mdt_outcome", "Dr Mei Lin Zhou", """LYMPHOMA MDT OUTCOMES - 28/11/2024 (Chair: Prof. Gareth Llewellyn)
| # | Patient | NHS | Dx | Outcome | Action |
| 1 | SZABÓ, Ilona | 402 118 7763 | FL grade 3A, stage IVA | watch & wait (GELF criteria not met) | MLZ to see in clinic |
| 2 | MACAULAY, Iain | 402 998 1105 | DLBCL, IPI 3 | R-Pola-CHP x6, PET-CT interim | consent - MLZ |
| 3 | Oyebanji, Folake | 403 220 4419 | cHL stage IIB | ABVD x2 -> iPET (Deauville) | fertility referral |
| 4 | WONG Kai-Ming ("Kevin") | 403 551 6602 | MCL | BTKi trial screening (TRIANGLE) | Dr Phelan (trials) |
Attendance: haematology x4, histopathology (Dr Uchenna Ilo), radiology (Dr Solberg), CNS (Gemma).
""", [
 ("SZABÓ, Ilona","PATIENT_NAME"),("402 118 7763","NHS_NUMBER"),("MACAULAY, Iain","PATIENT_NAME"),("402 998 1105","NHS_NUMBER"),("Oyebanji, Folake","PATIENT_NAME"),("403 220 4419","NHS_NUMBER"),
 ("WONG Kai-Ming","PATIENT_NAME"),("Kevin","PATIENT_NAME"),("403 551 6602","NHS_NUMBER"),("Dr Phelan","COLLEAGUE_NAME"),("Dr Uchenna Ilo","COLLEAGUE_NAME"),("Dr Solberg","COLLEAGUE_NAME"),("Gemma","COLLEAGUE_NAME"),
], ["Prof. Gareth Llewellyn","MLZ","GELF criteria","IPI 3","R-Pola-CHP","Deauville","TRIANGLE","stage IVA"])
