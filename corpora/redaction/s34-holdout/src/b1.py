from common import D

D("dialysis_unit_list", "Dr Oluwaseun Adeyemi", """RENAL DIALYSIS UNIT - TUESDAY AM SHIFT (Ward 14 / Satellite Unit, St Aldhelm's Hospital)
Consultant of the week: Dr O. Adeyemi (GMC 7183340)   Nurse in charge: Sr B. Kowalczyk

Chair | Patient | Hosp no | Access | Dry wt | Notes
1 | NWACHUKWU, Ifeoma | RA0917734 | L AVF | 62.5 kg | K+ 6.1 pre-dialysis, low K bath 1.0
2 | FLETCHER, Ronald "Ronnie" | RA0411208 | R IJ tunnelled line | 88.0 kg | line exit site red, swab sent
3 | Zhang Wei | RA1022379 | L brachiocephalic AVF | 70.2 kg | EPO: darbepoetin 40 micrograms weekly
4 | O'DONOVAN, Pádraig | RA0788123 | R AVG | 79.4 kg | transport booked via 01632 960418
5 | BEGUM, Shahida | RA0530061 | L AVF | 51.0 kg | interpreter (Sylheti) needed, daughter Rukhsana will attend

Handover: Ronnie Fletcher asked again about transplant list; told him Dr Adeyemi will raise at MDT Thurs.
Mrs Begum's daughter phoned 07700 900612 re: hospital transport.
Kt/V last month: chair 1 = 1.31, chair 4 = 1.18 (below target 1.2) - increase session to 4.5 h.
""", [
 ("NWACHUKWU, Ifeoma","PATIENT_NAME"),("NWACHUKWU","PATIENT_NAME"),("RA0917734","HOSPITAL_NUMBER"),
 ("FLETCHER, Ronald \"Ronnie\"","PATIENT_NAME"),("Ronnie Fletcher","PATIENT_NAME"),("Ronnie","PATIENT_NAME"),("FLETCHER","PATIENT_NAME"),("RA0411208","HOSPITAL_NUMBER"),
 ("Zhang Wei","PATIENT_NAME"),("RA1022379","HOSPITAL_NUMBER"),
 ("O'DONOVAN, Pádraig","PATIENT_NAME"),("RA0788123","HOSPITAL_NUMBER"),
 ("BEGUM, Shahida","PATIENT_NAME"),("Mrs Begum","PATIENT_NAME"),("RA0530061","HOSPITAL_NUMBER"),
 ("Rukhsana","RELATIVE_NAME"),("07700 900612","PHONE"),("01632 960418","PHONE"),
 ("Sr B. Kowalczyk","COLLEAGUE_NAME"),
], ["Dr O. Adeyemi","GMC 7183340","Dr Adeyemi","St Aldhelm's Hospital","Ward 14","darbepoetin 40 micrograms weekly","K+ 6.1","Kt/V","62.5 kg","4.5 h"])

D("labour_ward_board", "Dr Priya Raghunathan", """LABOUR WARD BOARD 19:30 handover (typed up by PR, ST5 O&G)
Rm | Name | G/P | Gest | Status | Plan
1 | Kerry-Ann BROWN | G2P1 | 39+4 | 6 cm, SROM clear 14:10 | CTG normal, review 21:30
2 | Agnieszka Wójcik | G1P0 | 41+2 | IOL, Propess in | VE at 00:00, BMI 36
3 | "Summer" (Summer Clarke) | G3P2 | 37+0 | pre-eclampsia, labetalol 200 mg TDS, MgSO4 running | BP 158/104, Mg levels 4-hourly
4 | EMPTY
5 | Nkechi Obi-Martins | G1P0 | 40+1 | epidural, fully 18:50 | pushing from 19:50, consultant aware
Triage | Fatima Al-Sayed | G4P3 | 32+5 | reduced FM | CTG, Dawes-Redman criteria met 19:05

Baby of Kerry-Ann Brown: BoB/RA2298140 (mum RA2207715). Partner Dwayne in room.
Rm 3 husband (Liam) very anxious - please update him.
On-call consultant: Miss H. Achterberg (signs off). Midwife coordinator: Teodora.
""", [
 ("Kerry-Ann BROWN","PATIENT_NAME"),("Kerry-Ann Brown","PATIENT_NAME"),("Agnieszka Wójcik","PATIENT_NAME"),
 ("\"Summer\"","PATIENT_NAME"),("Summer Clarke","PATIENT_NAME"),("Nkechi Obi-Martins","PATIENT_NAME"),("Fatima Al-Sayed","PATIENT_NAME"),
 ("BoB/RA2298140","HOSPITAL_NUMBER"),("RA2207715","HOSPITAL_NUMBER"),("Dwayne","RELATIVE_NAME"),("Liam","RELATIVE_NAME"),
 ("Teodora","COLLEAGUE_NAME"),
], ["PR","Miss H. Achterberg","labetalol 200 mg TDS","MgSO4","Dawes-Redman criteria","39+4","BP 158/104","Propess","G2P1","BMI 36"])

D("birth_notes_excerpt", "Dr Priya Raghunathan", """OPERATIVE DELIVERY NOTE (anonymise before upload!)
Mother: Mrs Temitope Adebanjo-Price   DOB 11/06/1991   MRN: M0663120   NHS: 612 448 9073
Baby: Baby Girl Adebanjo-Price (twin 1)  NHS 6124490115  born 03:42  wt 2.61 kg  Apgars 8@1 9@5
Indication: delay in second stage, OA position. Kiellands rotational forceps by Dr P. Raghunathan (GMC 7320018), supervised by Mr Anand Iyer, consultant.
Paired cord gases: arterial pH 7.21 BE -6.3; venous pH 7.29.
EBL 650 ml. 3rd degree tear 3a repaired in theatre, PDS 3-0 for IAS/EAS, Vicryl Rapide.
Husband Olamide present throughout. Neonatal reg (Dr Sunny Mbatha) attended for resus - not needed.
Datix raised (W-2025-114802) for delay in theatre transfer.
""", [
 ("Mrs Temitope Adebanjo-Price","PATIENT_NAME"),("Adebanjo-Price","PATIENT_NAME"),("M0663120","HOSPITAL_NUMBER"),("612 448 9073","NHS_NUMBER"),("6124490115","NHS_NUMBER"),
 ("Olamide","RELATIVE_NAME"),("Dr Sunny Mbatha","COLLEAGUE_NAME"),("W-2025-114802","REFERENCE_NUMBER"),
], ["DOB 11/06/1991","Dr P. Raghunathan","GMC 7320018","Mr Anand Iyer","Kiellands rotational forceps","Apgars 8@1 9@5","pH 7.21","EBL 650 ml","PDS 3-0","Vicryl Rapide","2.61 kg"])

D("cath_lab_list", "Dr Yusuf Al-Hashimi", """CATH LAB 2 - Thursday list - Operator: Dr Y Al-Hashimi / Supervisor: Dr Catriona Munro
08:30  Harold JENKINS  78M  H/No: CL443019  elective PCI LAD (CCS 3 angina) - radial, on ticagrelor 90 mg BD
10:00  Mohammed Tariq RAFIQ  54M  H/No: CL501177  NSTEMI day 2, GRACE 142 - angio +/- PCI
11:30  Bronagh McLAUGHLIN  66F  H/No: CL487702  TAVI work-up angio + RHC
13:30  Li, Xiu Ying  71F  H/No: CL512060  PPM generator change (Medtronic Azure), device clinic ref DC/PPM/03317
15:00  ADD-ON from CCU bed 4: Mr "Jenks" Jenkins brother? NO - Desmond Okafor 59M, CL519984, cardiac arrest VF, ROSC, for angio

Notes: Mr RAFIQ's son (Bilal) is the contact: 020 7946 0731.
Harold's wife Maureen asks that he is not sent home the same day (lives alone with her at 14 Tarn Close, Kendal LA9 7QX).
""", [
 ("Harold JENKINS","PATIENT_NAME"),("JENKINS","PATIENT_NAME"),("Jenkins","PATIENT_NAME"),("\"Jenks\"","PATIENT_NAME"),("Harold","PATIENT_NAME"),("CL443019","HOSPITAL_NUMBER"),
 ("Mohammed Tariq RAFIQ","PATIENT_NAME"),("RAFIQ","PATIENT_NAME"),("CL501177","HOSPITAL_NUMBER"),
 ("Bronagh McLAUGHLIN","PATIENT_NAME"),("CL487702","HOSPITAL_NUMBER"),
 ("Li, Xiu Ying","PATIENT_NAME"),("CL512060","HOSPITAL_NUMBER"),("DC/PPM/03317","REFERENCE_NUMBER"),
 ("Desmond Okafor","PATIENT_NAME"),("CL519984","HOSPITAL_NUMBER"),
 ("Bilal","RELATIVE_NAME"),("020 7946 0731","PHONE"),("Maureen","RELATIVE_NAME"),("14 Tarn Close, Kendal","ADDRESS"),("LA9 7QX","POSTCODE"),
], ["Dr Y Al-Hashimi","Dr Catriona Munro","ticagrelor 90 mg BD","GRACE 142","CCS 3","Medtronic Azure","CCU bed 4","78M","66F"])

D("device_clinic_letter", "Dr Yusuf Al-Hashimi", """Cardiac Device Clinic, Cardiology Outpatients, Northgate General Hospital
Our ref: YAH/DEV/2024/0982       Clinic date: 14/03/2024
Dr E. Sithole, The Meadows Surgery, 3 Orchard Lane, Thornbury, BS35 9PL

Dear Dr Sithole
Re: Mr Krzysztof Nowak, DOB 02/09/1958, NHS No. 943 476 5919, Hosp No. NG2201456
Diagnosis: Complete heart block; dual chamber pacemaker (Boston Scientific Accolade) implanted 2019.
Battery 9.5 years. RV threshold 0.75 V @ 0.4 ms. Atrial high-rate episodes: 3, longest 42 min; CHA2DS2-VASc 3.
I have recommended apixaban 5 mg BD. Mr Nowak's wife, Halina, will collect the prescription.
Remote monitoring is via the CareLink portal: https://carelink.northgate-cardio.example/pt/NG2201456
Yours sincerely
Dr Yusuf Al-Hashimi, Cardiology Specialty Doctor
cc: Mr K Nowak, 27 Wrzos Court, Thornbury BS35 2LE
""", [
 ("YAH/DEV/2024/0982","REFERENCE_NUMBER"),("Dr E. Sithole","COLLEAGUE_NAME"),("Dr Sithole","COLLEAGUE_NAME"),("The Meadows Surgery, 3 Orchard Lane, Thornbury","ADDRESS"),("BS35 9PL","POSTCODE"),
 ("Mr Krzysztof Nowak","PATIENT_NAME"),("Mr Nowak","PATIENT_NAME"),("Mr K Nowak","PATIENT_NAME"),("943 476 5919","NHS_NUMBER"),("NG2201456","HOSPITAL_NUMBER"),
 ("Halina","RELATIVE_NAME"),("https://carelink.northgate-cardio.example/pt/NG2201456","URL"),("27 Wrzos Court, Thornbury","ADDRESS"),("BS35 2LE","POSTCODE"),
], ["Northgate General Hospital","DOB 02/09/1958","Dr Yusuf Al-Hashimi","apixaban 5 mg BD","CHA2DS2-VASc 3","Boston Scientific Accolade","0.75 V @ 0.4 ms","14/03/2024"])

D("haem_onc_day_unit", "Dr Mei Lin Zhou", """Haematology Day Unit - chemo chair allocation, Wed 05/02/2025
Reg: Dr Mei Lin Zhou (MLZ). Consultant: Prof. Gareth Llewellyn

08:45 Chair A  - Mr Stanley "Stan" Oyelaran, R-CHOP cycle 4 of 6 (DLBCL), Hb 98, neuts 1.6, plt 212 -> OK to treat
09:00 Chair B  - Miss Ciara Dunne, ABVD C2D15 (Hodgkin), bleomycin - PFTs due, DLCO 78%
09:30 Chair C  - Mrs Parveen Akhtar, azacitidine D3/7 (MDS), transfuse 2 units if Hb < 80
10:30 Side rm  - Mr J. Kaminski (Jerzy) - AML, neutropenic, temp 38.4 at home, rang hotline 01632 960227 - sepsis 6, pip-taz 4.5 g
PICC care: C. Dunne's PICC flushed, tip confirmed.
Stan's daughter Abimbola is his carer; she asked for letter for her employer (Argos Distribution Centre, Magor).
MLZ discussed with Prof Llewellyn re: dose reduction for Mrs Akhtar (CrCl 34).
""", [
 ("Mr Stanley \"Stan\" Oyelaran","PATIENT_NAME"),("Stan","PATIENT_NAME"),("Miss Ciara Dunne","PATIENT_NAME"),("C. Dunne","PATIENT_NAME"),
 ("Mrs Parveen Akhtar","PATIENT_NAME"),("Mrs Akhtar","PATIENT_NAME"),("Mr J. Kaminski","PATIENT_NAME"),("Jerzy","PATIENT_NAME"),
 ("Abimbola","RELATIVE_NAME"),("01632 960227","PHONE"),("Argos Distribution Centre, Magor","ADDRESS"),
], ["Dr Mei Lin Zhou","MLZ","Prof. Gareth Llewellyn","Prof Llewellyn","R-CHOP cycle 4 of 6","ABVD","azacitidine","pip-taz 4.5 g","DLCO 78%","CrCl 34"])

D("dermatology_photo_clinic", "Dr Farah Qureshi", """Dermatology 2WW photo-triage clinic notes - FQ (Specialty Doctor)
1) pt: deshawn w. (DeShawn Williams), 34M, hosp id DX-330918. Lesion L scapula, 9 mm, asymmetric, 3 colours. Dermoscopy: atypical network, regression. 7-point checklist 5 -> excise with 2 mm margins. Photo ref IMG_DX330918_01.
2) pt: o'kane, bridget 81F, DX-287144. Nodular lesion R nasal ala, pearly, telangiectasia - likely nodular BCC; refer Mohs (Mr Rashid, plastics). Lives in Ballygowan Nursing Home.
3) pt: sunita patel-jones 47F DX-341005, plaque psoriasis PASI 14.2, DLQI 18 - start methotrexate 10 mg weekly + folic acid 5 mg; bloods incl. PIIINP.
4) pt: "happy" (nickname used by staff) Mr Happy Nwosu, 62M, DX-299812 - SCC R ear, dressing by district nurse Yvonne.
Clinic photos uploaded to Medical Illustration: https://medillus.trust.example/case/88310
Checked and countersigned by Dr Helen Abernethy, consultant dermatologist.
""", [
 ("deshawn w.","PATIENT_NAME"),("DeShawn Williams","PATIENT_NAME"),("DX-330918","HOSPITAL_NUMBER"),("IMG_DX330918_01","OTHER_ID"),
 ("o'kane, bridget","PATIENT_NAME"),("DX-287144","HOSPITAL_NUMBER"),("Ballygowan Nursing Home","ADDRESS"),
 ("sunita patel-jones","PATIENT_NAME"),("DX-341005","HOSPITAL_NUMBER"),
 ("\"happy\"","PATIENT_NAME"),("Mr Happy Nwosu","PATIENT_NAME"),("DX-299812","HOSPITAL_NUMBER"),("Yvonne","COLLEAGUE_NAME"),("Mr Rashid","COLLEAGUE_NAME"),
 ("https://medillus.trust.example/case/88310","URL"),
], ["FQ","Dr Helen Abernethy","7-point checklist 5","PASI 14.2","DLQI 18","methotrexate 10 mg weekly","folic acid 5 mg","Mohs","34M","81F"])

D("radiology_report", "Dr Kwame Asante", """RADIOLOGY REPORT
Patient: ACHTERBERG-SMYTHE, Lucinda   DOB: 28/12/1949   Sex: F   NHS: 701 339 2046   RIS Acc: RAD25-0044713
Requested by: Dr Bongani Ntuli (AMU F2)    Exam: CT pulmonary angiogram   Date: 19/01/2025 23:14
Clinical details: SOB, HR 118, Wells score 6, D-dimer 2310. ?PE
Findings: Filling defects in the right main and lower lobe pulmonary arteries. RV/LV ratio 1.2, straightening of the interventricular septum. No infarct. Incidental 6 mm RUL nodule (Fleischner: follow-up CT at 12 months).
Conclusion: Acute bilateral PE with CT signs of right heart strain.
Reported by: Dr K. Asante, Radiology ST4 (GMC 7491125). Verified by: Dr Ingrid Solberg, consultant radiologist.
Critical result phoned to Dr Ntuli on AMU ext 020 7946 0455 at 23:40.
""", [
 ("ACHTERBERG-SMYTHE, Lucinda","PATIENT_NAME"),("701 339 2046","NHS_NUMBER"),("RAD25-0044713","HOSPITAL_NUMBER"),
 ("Dr Bongani Ntuli","COLLEAGUE_NAME"),("Dr Ntuli","COLLEAGUE_NAME"),("020 7946 0455","PHONE"),
], ["DOB: 28/12/1949","Sex: F","Wells score 6","D-dimer 2310","Fleischner","RV/LV ratio 1.2","Dr K. Asante","GMC 7491125","Dr Ingrid Solberg"])
