from common import *
DOCS = []
# ---------------- A7 paediatrics, Pakistan / Northern Ireland (H&C)
DOCS.append(D("s57-048", "referral_letter_original_ur", A7,
"""چلڈرن ہسپتال اینڈ انسٹیٹیوٹ آف چائلڈ ہیلتھ، لاہور
شعبہ اطفال - یونٹ ٢
حوالہ نمبر: CH/PU2/2018/6619

ریفرل خط

مریض کا نام: محمد عمر فاروق        عمر: ٣ سال      جنس: لڑکا
والد کا نام: غلام فاروق
ایم آر نمبر: 18-0042275
پتہ: مکان نمبر ٣٣، گلی نمبر ٨، سمن آباد، لاہور
فون: 0300-5557712

تشخیص: نیفروٹک سنڈروم (سٹیرائیڈ پر انحصار کرنے والا)، دوبارہ حملہ
علاج: پریڈنیسولون ٦٠ ملی گرام/مربع میٹر روزانہ، البومین ٢٠ فیصد
مزید علاج کے لیے شعبہ گردہ اطفال کو بھیجا جا رہا ہے۔

ڈاکٹر ثناء اقبال قریشی، سینئر رجسٹرار
پروفیسر ڈاکٹر طاہرہ نسیم بٹ، سربراہ یونٹ
""",
[("CH/PU2/2018/6619","REFERENCE_NUMBER"),("محمد عمر فاروق","PATIENT_NAME"),("غلام فاروق","RELATIVE_NAME"),("18-0042275","HOSPITAL_NUMBER"),("مکان نمبر ٣٣، گلی نمبر ٨، سمن آباد، لاہور","ADDRESS"),("0300-5557712","PHONE")],
["چلڈرن ہسپتال اینڈ انسٹیٹیوٹ آف چائلڈ ہیلتھ، لاہور","ڈاکٹر ثناء اقبال قریشی","پروفیسر ڈاکٹر طاہرہ نسیم بٹ","نیفروٹک سنڈروم","٣ سال"]))

DOCS.append(D("s57-049", "referral_letter_translation", A7,
"""English translation (Urdu original attached)
The Children's Hospital and Institute of Child Health, Lahore - Department of Paediatrics, Unit 2
Reference no.: CH/PU2/2018/6619

REFERRAL LETTER
Patient name: Muhammad Umar Farooq     Age: 3 years     Sex: boy
Father's name: Ghulam Farooq
MR no.: 18-0042275
Address: House no. 33, Street no. 8, Samanabad, Lahore
Phone: 0300-5557712

Diagnosis: nephrotic syndrome (steroid-dependent), relapse
Treatment: prednisolone 60 mg/m2 daily, albumin 20%
Referred to paediatric nephrology for further management (consideration of levamisole / cyclophosphamide).

Dr Sana Iqbal Qureshi, Senior Registrar
Prof. Dr Tahira Naseem Butt, Head of Unit
""",
[("CH/PU2/2018/6619","REFERENCE_NUMBER"),("Muhammad Umar Farooq","PATIENT_NAME"),("Ghulam Farooq","RELATIVE_NAME"),("18-0042275","HOSPITAL_NUMBER"),("House no. 33, Street no. 8, Samanabad, Lahore","ADDRESS"),("0300-5557712","PHONE")],
["Dr Sana Iqbal Qureshi","Prof. Dr Tahira Naseem Butt","Institute of Child Health, Lahore","nephrotic syndrome (steroid-dependent)","prednisolone 60 mg/m2 daily","albumin 20%","Age: 3 years","levamisole"]))

DOCS.append(D("s57-050", "discharge_letter", A7,
"""Belfast Health and Social Care Trust
Royal Belfast Hospital for Sick Children - Barbour Ward
Telephone 028 9649 6312

DISCHARGE LETTER (electronic - NIECR)
Child: Oisín Pádraig McAleese      DOB 19/10/2023 (4 months)      Male
H&C No: 604 918 3372      RBHSC no: RB0918442
Home: 22 Glenveagh Drive, Andersonstown, Belfast BT11 9DH
Parents: Clodagh McAleese (mother) and Ciarán Magee (father); older sibling at St Teresa's Nursery
GP: Dr Niamh Devlin, Falls Road Surgery

Admitted 03/02/2024, discharged 09/02/2024. Diagnosis: RSV bronchiolitis (RSV positive), day 3 peak.
Required high-flow nasal cannula oxygen 2 L/kg/min for 48 h, NG feeds at 2/3 maintenance, lowest SpO2 86%.
No antibiotics. Weight 6.1 kg (25th centile). Parents given safety-netting advice.
Follow-up: none routinely; community children's nurse Siobhán Quinn to visit (mob 07700 900455).

Dr Sana Qureshi, Paediatric Registrar (Specialty Doctor)   Consultant: Dr Conor McKeown
""",
[("028 9649 6312","PHONE"),("Oisín Pádraig McAleese","PATIENT_NAME"),("604 918 3372","NHS_NUMBER"),("RB0918442","HOSPITAL_NUMBER"),("22 Glenveagh Drive, Andersonstown, Belfast","ADDRESS"),("BT11 9DH","POSTCODE"),
 ("Clodagh McAleese","RELATIVE_NAME"),("Ciarán Magee","RELATIVE_NAME"),("St Teresa's Nursery","ADDRESS"),("Niamh Devlin","COLLEAGUE_NAME"),("Falls Road Surgery","ADDRESS"),("Siobhán Quinn","COLLEAGUE_NAME"),("07700 900455","PHONE")],
["Dr Sana Qureshi","Dr Conor McKeown","Royal Belfast Hospital for Sick Children","Barbour Ward","DOB 19/10/2023","(4 months)","Male","RSV bronchiolitis","2 L/kg/min","Weight 6.1 kg (25th centile)","SpO2 86%"]))

DOCS.append(D("s57-051", "safeguarding_referral", A7,
"""UNOCINI / Gateway referral - Belfast HSC Trust Children's Services (Gateway Team)
Referral no.: GW-BEL-2024-03318        PSNI ref: CC2024020401187
Referrer: Dr S. I. Qureshi, Paediatric Registrar, RBHSC ED, 028 9649 6480
Child: Kacper Nowicki-Doyle, DOB 02/06/2021 (2 y 8 m), H&C 381 207 5564, RBHSC no. RB1003397
Lives with: mother Marta Nowicka (24) and her partner "Deco" (Declan Doyle) at 5B Ardoyne Court, Belfast BT14 7GR
School / childcare: Little Acorns Daycare, Crumlin Road
Concern: 2 cm bruise to left pinna and 3 small bruises on the back (patterned), in a non-ambulant-for-distance toddler,
inconsistent history (fell off sofa). Skeletal survey and CT head requested per RCPCH child protection companion;
clotting screen normal (PT 11.4 s, APTT 29 s, platelets 312).
Grandmother (Mrs Halina Nowicka, 07700 900702) present and cooperative.
Named nurse for safeguarding informed: Ms Roisin Gallen. Consultant paediatrician on call: Dr Conor McKeown (agreed).
""",
[("GW-BEL-2024-03318","REFERENCE_NUMBER"),("CC2024020401187","REFERENCE_NUMBER"),("028 9649 6480","PHONE"),("Kacper Nowicki-Doyle","PATIENT_NAME"),("381 207 5564","NHS_NUMBER"),("RB1003397","HOSPITAL_NUMBER"),
 ("Marta Nowicka","RELATIVE_NAME"),("Deco","RELATIVE_NAME"),("Declan Doyle","RELATIVE_NAME"),("5B Ardoyne Court, Belfast","ADDRESS"),("BT14 7GR","POSTCODE"),("Little Acorns Daycare, Crumlin Road","ADDRESS"),
 ("Halina Nowicka","RELATIVE_NAME"),("07700 900702","PHONE"),("Roisin Gallen","COLLEAGUE_NAME")],
["Dr S. I. Qureshi","Dr Conor McKeown","DOB 02/06/2021","(2 y 8 m)","RCPCH child protection companion","PT 11.4 s","APTT 29 s","platelets 312","Skeletal survey"]))

DOCS.append(D("s57-052", "whiteboard_transcription", A7,
"""NNU Royal Jubilee Maternity - ICU room whiteboard (photo transcribed for portfolio, 17/11/2023 night)
COT 1  Baby ORR (twin 1) 27+4 CGA 29+1 | 1.02 kg | CPAP 6 FiO2 .28 | caffeine, TPN day 9 | Mum - Leanne
COT 2  Baby ORR (twin 2) 27+4          | 0.94 kg | SIPAP | ?NEC - abdo XR 22:00 NBM, cefotaxime/metronidazole
COT 3  "Grace" FITZSIMONS term, HIE gr 2 - cooling 72h hr 41, aEEG burst suppression
COT 5  Baby Shiels-Bonar 32+0 | jaundice SBR 212 phototx | parents in Ronald McDonald House rm 14
DR ON: SQ (reg)  /  SHO: Dr Eimear Tohill  /  NIC: Bronagh
Phone for family liaison: 028 9649 6257
""",
[("ORR","PATIENT_NAME"),("Leanne","RELATIVE_NAME"),("Grace","PATIENT_NAME"),("FITZSIMONS","PATIENT_NAME"),("Shiels-Bonar","PATIENT_NAME"),("Ronald McDonald House rm 14","ADDRESS"),
 ("Eimear Tohill","COLLEAGUE_NAME"),("Bronagh","COLLEAGUE_NAME"),("028 9649 6257","PHONE")],
["SQ","Royal Jubilee Maternity","27+4","CGA 29+1","CPAP 6 FiO2 .28","HIE gr 2","SBR 212","cefotaxime/metronidazole","1.02 kg","COT 1"]))

DOCS.append(D("s57-053", "wpba_dops", A7,
"""RCPCH ePortfolio (Kaizen) - DOPS: Lumbar puncture (infant)
Trainee: Sana Qureshi                 Assessor: Dr Conor McKeown (Consultant Paediatrician)
Date: 12/12/2023      Location: RBHSC Emergency Department, resus bay 2
Patient: 6-week-old febrile infant (NICE NG143 high risk), "JMcC" in trainee's notes; temp 38.6, CRP 71
Procedure: LP in left lateral position, 22G 1.5" spinal needle, EMLA + sucrose 24%, first attempt, CSF clear,
  sent for MC&S, glucose (paired), protein, PCR (enterovirus, HSV, parechovirus); lab no. B23.1214.RVH.00791
Ceftriaxone 80 mg/kg and amoxicillin started after LP (within 1 h of arrival).
Assessor comments: Excellent positioning by nurse Kerry-Ann (thank her), aseptic technique, explanation to Dad (Jamie).
Outcome: satisfactory, can perform independently. Assessor GMC 6099142.
""",
[("JMcC","PATIENT_NAME"),("B23.1214.RVH.00791","OTHER_ID"),("Kerry-Ann","COLLEAGUE_NAME"),("Jamie","RELATIVE_NAME"),("6099142","GMC_NUMBER")],
["Sana Qureshi","Dr Conor McKeown","6-week-old febrile infant","NICE NG143","temp 38.6","CRP 71","22G","EMLA","sucrose 24%","Ceftriaxone 80 mg/kg","resus bay 2"]))

DOCS.append(D("s57-054", "testimonial", A7,
"""Dr Conor McKeown MD FRCPCH
Consultant Paediatrician, Royal Belfast Hospital for Sick Children
conor.mckeown7@nhs.net  |  secretary 028 9649 6118

To the GMC Registration Assessment Team                                          29 April 2024

Testimonial: Dr Sana Iqbal Qureshi (GMC 7613207)

I have supervised Dr Qureshi since August 2021. She works on the registrar tier of the general paediatric, ED and
neonatal rotas and is trusted to run the department overnight. Her handling of a recent meningococcal septicaemia
(a 14-month-old from Lisburn whom I will not name, but whose mother, Ms Gemma Crothers, has written to thank
the team) was exemplary: fluid boluses 10 mL/kg, early adrenaline, PICU retrieval with NISTAR.
She led our bronchiolitis guideline update (high-flow weaning) and teaches the Paediatric Immediate Life Support
course. I have no hesitation in supporting her application.
Dr Conor McKeown
""",
[("conor.mckeown7@nhs.net","EMAIL"),("028 9649 6118","PHONE"),("Lisburn","ADDRESS"),("Gemma Crothers","RELATIVE_NAME")],
["Dr Conor McKeown","Dr Sana Iqbal Qureshi","GMC 7613207","Dr Qureshi","Royal Belfast Hospital for Sick Children","14-month-old","10 mL/kg","meningococcal septicaemia","NISTAR"]))

DOCS.append(D("s57-055", "gp_summary", A7,
"""GP SUMMARY (EMIS) - printed for paediatric referral - Shankill Health Centre
Name: Lacey-Mae Hamill      DOB: 08-Aug-2015     Gender: Female
H&C: 4029187736     Address: 71 Cambrai Street, Belfast, BT13 3JG     Tel: 028 9649 6733
Usual GP: Dr Mark Gilliland          Registered: 2015
Problems (active):
  2022  Type 1 diabetes mellitus (C10E.) - HbA1c 71 mmol/mol
  2023  Coeliac disease (J690.) - tTG-IgA 128 U/mL
  2024  Emotional/behavioural - school refusal (St Gemma's Primary, P6)
Medication: insulin aspart (NovoRapid) via pump, insulin degludec stopped 2023; gluten-free prescriptions
Family: mum Tracey Hamill (T1DM), brother Kyle (ADHD)
Referred to: Dr S. Qureshi, general paediatric clinic, RBHSC (registrar) - ref EMIS/RBHSC/0552817
""",
[("Lacey-Mae Hamill","PATIENT_NAME"),("4029187736","NHS_NUMBER"),("71 Cambrai Street, Belfast","ADDRESS"),("BT13 3JG","POSTCODE"),("028 9649 6733","PHONE"),("Mark Gilliland","COLLEAGUE_NAME"),
 ("St Gemma's Primary","ADDRESS"),("Tracey Hamill","RELATIVE_NAME"),("Kyle","RELATIVE_NAME"),("EMIS/RBHSC/0552817","REFERENCE_NUMBER"),("Shankill Health Centre","ADDRESS")],
["Dr S. Qureshi","DOB: 08-Aug-2015","Gender: Female","Type 1 diabetes mellitus (C10E.)","HbA1c 71 mmol/mol","tTG-IgA 128 U/mL","insulin aspart (NovoRapid)","insulin degludec","general paediatric clinic, RBHSC"]))

# ---------------- A8 urology, Greece / Newcastle
DOCS.append(D("s57-056", "operation_note_original_el", A8,
"""ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ «ΙΠΠΟΚΡΑΤΕΙΟ» - Β' ΟΥΡΟΛΟΓΙΚΗ ΚΛΙΝΙΚΗ
ΠΕΡΙΓΡΑΦΗ ΧΕΙΡΟΥΡΓΙΚΗΣ ΕΠΕΜΒΑΣΗΣ
Αρ. μητρώου ασθενούς: 2020/0117423        ΑΜΚΑ: 11045802197
Ονοματεπώνυμο: Γεώργιος Παπαθανασίου του Δημητρίου      Ηλικία: 62 ετών
Διεύθυνση: Οδός Αγίας Σοφίας 54, 546 22 Θεσσαλονίκη      Τηλ.: 6944 555 017
Ημερομηνία: 17/06/2020
Χειρουργός: Νικόλαος Παπαδάκης, Ειδικευόμενος      Βοηθός: Ελένη Καραγιάννη
Επιβλέπων: Καθηγητής Ιωάννης Βακαλόπουλος
Επέμβαση: Διουρηθρική εκτομή προστάτη (TURP), διπολική, όγκος αδένα 65 ml, αφαιρέθηκαν 42 g ιστού.
Διάρκεια: 70 λεπτά. Καθετήρας τριών οδών 22 Fr, συνεχής έκπλυση.
""",
[("2020/0117423","HOSPITAL_NUMBER"),("11045802197","OTHER_ID"),("Γεώργιος Παπαθανασίου","PATIENT_NAME"),("Δημητρίου","RELATIVE_NAME"),("Οδός Αγίας Σοφίας 54, 546 22 Θεσσαλονίκη","ADDRESS"),("6944 555 017","PHONE"),("Ελένη Καραγιάννη","COLLEAGUE_NAME")],
["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ «ΙΠΠΟΚΡΑΤΕΙΟ»","Νικόλαος Παπαδάκης","Καθηγητής Ιωάννης Βακαλόπουλος","62 ετών","TURP","65 ml","42 g","22 Fr"]))

DOCS.append(D("s57-057", "operation_note_translation", A8,
"""Translation from Greek - General Hospital of Thessaloniki "Hippokration" - 2nd Department of Urology
OPERATION NOTE
Patient record no.: 2020/0117423        AMKA (social security no.): 11045802197
Full name: Georgios Papathanasiou, son of Dimitrios      Age: 62 years
Address: 54 Agias Sofias Street, 546 22 Thessaloniki      Tel.: 6944 555 017
Date: 17/06/2020
Surgeon: Nikolaos Papadakis, resident      Assistant: Eleni Karagianni
Supervisor: Professor Ioannis Vakalopoulos
Operation: transurethral resection of prostate (TURP), bipolar, gland volume 65 ml, 42 g tissue resected.
Duration: 70 minutes. Three-way 22 Fr catheter, continuous irrigation.
Translated by the Translation Service of the Hellenic Ministry of Foreign Affairs, protocol no. 2021/ΜΤ/88412.
""",
[("2020/0117423","HOSPITAL_NUMBER"),("11045802197","OTHER_ID"),("Georgios Papathanasiou","PATIENT_NAME"),("Dimitrios","RELATIVE_NAME"),("54 Agias Sofias Street, 546 22 Thessaloniki","ADDRESS"),("6944 555 017","PHONE"),("Eleni Karagianni","COLLEAGUE_NAME"),("2021/ΜΤ/88412","REFERENCE_NUMBER")],
["Nikolaos Papadakis","Professor Ioannis Vakalopoulos","Hippokration","Age: 62 years","TURP","gland volume 65 ml","42 g tissue resected","22 Fr catheter"]))

DOCS.append(D("s57-058", "operation_note", A8,
"""FREEMAN HOSPITAL, NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST - UROLOGY THEATRES (Ward 20)
----------------------------------------------------------------------------------------
OPERATION: Left flexible ureteroscopy, holmium laser lithotripsy (dusting), JJ stent 6 Fr 26 cm
DATE: 08/05/2024      LIST: Elective, Theatre 22
PATIENT: Mr Jordan Heslop-Lamb         DOB 21/03/1986        MRN F3391027        NHS 4125 509 873
SURGEON: Mr N. Papadakis (Urology Fellow)        SUPERVISOR (not scrubbed): Mr Stephen Armitage, Consultant
ASSISTANT: Dr Olamide Fashola (CT1)        ODP: Gavin Rutherford
Stone: 14 mm L lower pole, 1,150 HU on NCCT KUB. Access sheath 11/13 Fr. Laser 0.4 J x 60 Hz (Moses).
Stone-free on endoscopic inspection; fragments < 2 mm. Stone sent for analysis (lab ref NT24/STONE/0417).
Stent on string - remove day 5 (patient to remove at home; shown by nurse). Gentamicin 160 mg at induction.
Patient works as a scaffolder for Tyneside Access Ltd; fit note 2 weeks given.
""",
[("Jordan Heslop-Lamb","PATIENT_NAME"),("F3391027","HOSPITAL_NUMBER"),("4125 509 873","NHS_NUMBER"),("Olamide Fashola","COLLEAGUE_NAME"),("Gavin Rutherford","COLLEAGUE_NAME"),("NT24/STONE/0417","OTHER_ID"),("Tyneside Access Ltd","ADDRESS")],
["Mr N. Papadakis","Mr Stephen Armitage","FREEMAN HOSPITAL","DOB 21/03/1986","JJ stent 6 Fr 26 cm","14 mm","1,150 HU","0.4 J x 60 Hz (Moses)","Gentamicin 160 mg","Ward 20","Theatre 22"]))

DOCS.append(D("s57-059", "mdt_list", A8,
"""Newcastle Urological Cancer MDT - outcomes 21/02/2024 (Somerset Cancer Register export)
| # | Patient                    | MRN      | NHS         | Age/Sex | Diagnosis                              | Outcome                          |
| 1 | ATKINSON, Brian Lewis       | F2208871 | 611 734 0298 | 71 M    | Prostate adenoca, Gleason 4+3 (GG3), PSA 14.2, PI-RADS 5, T3a | RALP vs EBRT+ADT - see Mr Papadakis clinic |
| 2 | Mrs Veronica ("Ronnie") Tait | F1187733 | 702 553 1904 | 66 F    | L renal mass 5.2 cm, RENAL 9p         | robotic partial nephrectomy      |
| 3 | DUNN, Kieran                | F3310569 | 590 128 8417 | 38 M    | testicular NSGCT, AFP 1,240, stage IIA | BEP x3 (oncology, Dr Halloran)  |
| 4 | pt from Berwick (D.McG.)    | F0992213 | -           | 79 M    | G3pT1 NMIBC + CIS                      | BCG induction + maintenance      |
Presented by: Mr Nikolaos Papadakis. Chair: Mr Stephen Armitage. Coordinator: Lesley Purdy, 01632 960904.
""",
[("ATKINSON, Brian Lewis","PATIENT_NAME"),("F2208871","HOSPITAL_NUMBER"),("611 734 0298","NHS_NUMBER"),("Veronica","PATIENT_NAME"),("Ronnie","PATIENT_NAME"),("Tait","PATIENT_NAME"),("F1187733","HOSPITAL_NUMBER"),("702 553 1904","NHS_NUMBER"),
 ("DUNN, Kieran","PATIENT_NAME"),("F3310569","HOSPITAL_NUMBER"),("590 128 8417","NHS_NUMBER"),("Halloran","COLLEAGUE_NAME"),("Berwick","ADDRESS"),("D.McG.","PATIENT_NAME"),("F0992213","HOSPITAL_NUMBER"),
 ("Lesley Purdy","COLLEAGUE_NAME"),("01632 960904","PHONE")],
["Mr Nikolaos Papadakis","Mr Papadakis","Mr Stephen Armitage","Gleason 4+3 (GG3)","PSA 14.2","PI-RADS 5","RENAL 9p","AFP 1,240","G3pT1 NMIBC + CIS","BCG induction","71 M"]))

DOCS.append(D("s57-060", "clinic_letter", A8,
"""Urology Department, Freeman Hospital, Newcastle upon Tyne   |   Stone Clinic   |   Tel 01632 960915
Dictated: 12/03/2024   Typed: 19/03/2024   Our ref: NP/sj/URO-44712   Your ref: GH/0293

Dr Gillian Hetherington, Benwell Grove Medical Group, Newcastle NE4 8AS

Re: Ms Precious Ndlovu-Carr, 34 Wingrove Avenue, Fenham, Newcastle NE4 9BN, DOB 06/11/1992, MRN F4409114

Dear Dr Hetherington,
Precious, a PhD student at the Baddiley-Clark building, was seen with her sister Thandi. She has recurrent calcium
oxalate stones; 24-hour urine: calcium 8.9 mmol/day (high), citrate 1.2 mmol/day (low), volume 1.3 L.
I recommended fluid intake > 2.5 L/day, potassium citrate 30 mEq twice daily, and a reduced salt diet.
Renal function normal (eGFR > 90). Low-dose CT KUB in 12 months.
Yours sincerely,
Mr Nikolaos Papadakis, Urology Fellow, on behalf of Mr Stephen Armitage
""",
[("01632 960915","PHONE"),("NP/sj/URO-44712","REFERENCE_NUMBER"),("GH/0293","REFERENCE_NUMBER"),("Gillian Hetherington","COLLEAGUE_NAME"),("Hetherington","COLLEAGUE_NAME"),("Benwell Grove Medical Group, Newcastle","ADDRESS"),("NE4 8AS","POSTCODE"),
 ("Precious Ndlovu-Carr","PATIENT_NAME"),("34 Wingrove Avenue, Fenham, Newcastle","ADDRESS"),("NE4 9BN","POSTCODE"),("F4409114","HOSPITAL_NUMBER"),("Precious","PATIENT_NAME"),("Baddiley-Clark building","ADDRESS"),("Thandi","RELATIVE_NAME")],
["Mr Nikolaos Papadakis","Mr Stephen Armitage","Freeman Hospital","DOB 06/11/1992","oxalate stones","calcium 8.9 mmol/day","citrate 1.2 mmol/day","potassium citrate 30 mEq","eGFR > 90","CT KUB"]))

DOCS.append(D("s57-061", "coroner_statement", A8,
"""HM CORONER FOR NEWCASTLE UPON TYNE AND NORTH TYNESIDE
Inquest touching the death of: Raymond Alan Gibbon (deceased), date of birth 01/09/1947
Coroner's reference: NCL-2023-0881-RG        Police ref: NP-23-114092

WITNESS STATEMENT of Mr Nikolaos Papadakis, Urology Fellow, Freeman Hospital (GMC 7498163)

1. I make this statement from my own recollection and the medical records (MRN F2904417).
2. On 14/07/2023 Mr Gibbon was admitted via the Emergency Department at the RVI with urosepsis and an obstructed
   infected left kidney (9 mm proximal ureteric stone, CRP 310, lactate 4.1). The on-call SHO, Dr Hannah Pybus,
   referred him at 21:30. I was the registrar on call; my consultant was Mr Robert Elsdon.
3. Interventional radiology (Dr Sunil Varkey) was not available until 07:00 because the IR registrar was at
   Cramlington. I arranged emergency retrograde JJ stent at 23:40; theatre was delayed by an emergency laparotomy.
4. Mr Gibbon's daughter, Mrs Julie Robson, was kept informed by telephone (07700 900581).
5. He deteriorated on ITU and died on 16/07/2023 (1a: septic shock; 1b: obstructed infected kidney).
I believe that the facts stated in this witness statement are true.   Signed: N. Papadakis   02/10/2023
""",
[("Raymond Alan Gibbon","PATIENT_NAME"),("NCL-2023-0881-RG","REFERENCE_NUMBER"),("NP-23-114092","REFERENCE_NUMBER"),("F2904417","HOSPITAL_NUMBER"),("Gibbon","PATIENT_NAME"),("Hannah Pybus","COLLEAGUE_NAME"),
 ("Robert Elsdon","COLLEAGUE_NAME"),("Sunil Varkey","COLLEAGUE_NAME"),("Julie Robson","RELATIVE_NAME"),("07700 900581","PHONE")],
["Mr Nikolaos Papadakis","GMC 7498163","N. Papadakis","date of birth 01/09/1947","Freeman Hospital","9 mm proximal ureteric stone","CRP 310","lactate 4.1","1a: septic shock","retrograde JJ stent","Cramlington"]))

DOCS.append(D("s57-062", "trial_screening_log", A8,
"""Trial: UNITE-STONE (ISRCTN 00000000 - dummy for portfolio) - site: Freeman Hospital - Screening & enrolment log
Site PI: Mr Stephen Armitage   Sub-investigator completing log: Mr N Papadakis   GCP cert 2023
Scr no | Date       | Initials | YOB  | MRN      | Eligible | Reason not enrolled             | Trial ID
S-041  | 03/10/2023 | D-JH     | 1979 | F4100286 | Y        | -                               | UST-NCL-0193
S-042  | 03/10/2023 | PW       | 1955 | F1209441 | N        | eGFR 28 (excl. < 30)             | -
S-043  | 10/10/2023 | MAK      | 1990 | F5502017 | Y        | declined (childcare - wife works nights) | -
S-044  | 17/10/2023 | LBr      | 1968 | F3117430 | Y        | -                               | UST-NCL-0194
S-045  | 24/10/2023 | SO'C     | 2001 | F5981110 | N        | pregnant (exclusion 4.2)        | -
Note: "YOB" kept; full DOB not recorded on log per protocol v2.1.
""",
[("S-041","OTHER_ID"),("S-042","OTHER_ID"),("S-043","OTHER_ID"),("S-044","OTHER_ID"),("S-045","OTHER_ID"),
 ("D-JH","PATIENT_NAME"),("PW","PATIENT_NAME"),("MAK","PATIENT_NAME"),("LBr","PATIENT_NAME"),("SO'C","PATIENT_NAME"),
 ("F4100286","HOSPITAL_NUMBER"),("F1209441","HOSPITAL_NUMBER"),("F5502017","HOSPITAL_NUMBER"),("F3117430","HOSPITAL_NUMBER"),("F5981110","HOSPITAL_NUMBER"),("UST-NCL-0193","OTHER_ID"),("UST-NCL-0194","OTHER_ID")],
["ISRCTN 00000000","Mr Stephen Armitage","Mr N Papadakis","eGFR 28 (excl. < 30)","exclusion 4.2","protocol v2.1","Freeman Hospital","1979","1955"]))

# ---------------- A9 rheumatology, Myanmar / Norwich
DOCS.append(D("s57-063", "case_record_original_my", A9,
"""ရန်ကုန်ပြည်သူ့ဆေးရုံကြီး - ဆေးကုသဌာန (၃)
လူနာမှတ်တမ်း အကျဉ်းချုပ်

လူနာအမည်: ဒေါ်ခင်မာလာဝင်း           အသက်: ၂၉ နှစ်      ကျား/မ: မ
ဖခင်အမည်: ဦးအောင်ကျော်မြင့်
ဆေးရုံမှတ်ပုံတင်အမှတ်: YGH/M3/2018/07726
နေရပ်လိပ်စာ: အမှတ် ၁၅၊ ဗိုလ်ချုပ်လမ်း၊ ဗဟန်းမြို့နယ်၊ ရန်ကုန်
ဖုန်း: ၀၉-၄၅၀ ၅၅၅ ၁၂၈

ရောဂါအမည်: စနစ်လိုက်ဖြစ်သော လူပပ်စ် (SLE)၊ ကျောက်ကပ်ရောင်ခြင်း အဆင့် IV
ကုသမှု: မီသိုင်းလ်ပရက်ဒ်နီဆိုလုန် ၅၀၀ မီလီဂရမ် (၃ ရက်)၊ ဆိုက်ကလိုဖော့စဖမိုက်

တာဝန်ခံဆရာဝန်: ဒေါက်တာ သီရိအောင်
ဌာနမှူး: ပါမောက္ခ ဒေါက်တာ ဝင်းမြင့်ထွန်း
""",
[("ဒေါ်ခင်မာလာဝင်း","PATIENT_NAME"),("ဦးအောင်ကျော်မြင့်","RELATIVE_NAME"),("YGH/M3/2018/07726","HOSPITAL_NUMBER"),("အမှတ် ၁၅၊ ဗိုလ်ချုပ်လမ်း၊ ဗဟန်းမြို့နယ်၊ ရန်ကုန်","ADDRESS"),("၀၉-၄၅၀ ၅၅၅ ၁၂၈","PHONE")],
["ရန်ကုန်ပြည်သူ့ဆေးရုံကြီး","ဒေါက်တာ သီရိအောင်","ပါမောက္ခ ဒေါက်တာ ဝင်းမြင့်ထွန်း","(SLE)","၂၉ နှစ်"]))

DOCS.append(D("s57-064", "case_record_translation", A9,
"""Translation from Burmese - Yangon General Hospital - Medical Unit (3)
Patient record summary
Patient name: Daw Khin Mar Lar Win       Age: 29 years      Sex: F
Father's name: U Aung Kyaw Myint
Hospital registration no.: YGH/M3/2018/07726
Address: No. 15, Bogyoke Road, Bahan Township, Yangon
Phone: 09-450 555 128
Diagnosis: systemic lupus erythematosus (SLE), lupus nephritis class IV
Treatment: methylprednisolone 500 mg (3 days), cyclophosphamide (Euro-Lupus regimen)
Doctor in charge: Dr Thiri Aung
Head of department: Professor Dr Win Myint Htun
Translation certified by Dr Thiri Aung and countersigned by Dr Eleanor Sutcliffe-Hobbs (supervisor, NNUH).
""",
[("Daw Khin Mar Lar Win","PATIENT_NAME"),("U Aung Kyaw Myint","RELATIVE_NAME"),("YGH/M3/2018/07726","HOSPITAL_NUMBER"),("No. 15, Bogyoke Road, Bahan Township, Yangon","ADDRESS"),("09-450 555 128","PHONE")],
["Dr Thiri Aung","Professor Dr Win Myint Htun","Dr Eleanor Sutcliffe-Hobbs","Yangon General Hospital","Age: 29 years","lupus nephritis class IV","methylprednisolone 500 mg","cyclophosphamide (Euro-Lupus regimen)"]))

DOCS.append(D("s57-065", "clinic_letter", A9,
"""Norfolk and Norwich University Hospitals NHS Foundation Trust - Rheumatology (Fast-track GCA clinic)
Colney Lane, Norwich NR4 7UY   Rheumatology advice line 01632 960733
Clinic: 26/07/2024            Ref: RHEU/TA/24/0617            Hospital no: N7712094

To: Dr Benedict Orme, Hethersett Surgery
Patient: Mrs Rosalind Yaxley (Ros), DOB 14/02/1948, 76 y, F, of Church Farm Cottage, Low Road, Wreningham
NHS: 321 448 9051

Dear Dr Orme,
Mrs Yaxley presented with new left temporal headache, jaw claudication and scalp tenderness; ESR 88 mm/h, CRP 64 mg/L.
Temporal artery ultrasound: bilateral halo sign, compression sign positive (OMERACT). GCA probability score (GCAPS) high.
She started prednisolone 60 mg daily on 24/07/2024 (no visual symptoms). Plan: taper per BSR 2020 guideline,
tocilizumab 162 mg s/c weekly (NICE TA518) - Blueteq form submitted; alendronic acid 70 mg weekly, calcium/vit D, PPI.
Her husband Geoffrey drives her to appointments.
Yours sincerely,
Dr Thiri Aung, Specialty Doctor in Rheumatology        Consultant: Dr Eleanor Sutcliffe-Hobbs
""",
[("Colney Lane, Norwich","ADDRESS"),("NR4 7UY","POSTCODE"),("01632 960733","PHONE"),("RHEU/TA/24/0617","REFERENCE_NUMBER"),("N7712094","HOSPITAL_NUMBER"),("Benedict Orme","COLLEAGUE_NAME"),("Orme","COLLEAGUE_NAME"),("Hethersett Surgery","ADDRESS"),
 ("Rosalind Yaxley","PATIENT_NAME"),("Ros","PATIENT_NAME"),("Church Farm Cottage, Low Road, Wreningham","ADDRESS"),("321 448 9051","NHS_NUMBER"),("Yaxley","PATIENT_NAME"),("Geoffrey","RELATIVE_NAME")],
["Dr Thiri Aung","Dr Eleanor Sutcliffe-Hobbs","Norfolk and Norwich University Hospitals NHS Foundation Trust","DOB 14/02/1948","76 y, F","ESR 88 mm/h","CRP 64 mg/L","halo sign","prednisolone 60 mg daily","BSR 2020","tocilizumab 162 mg","NICE TA518","alendronic acid 70 mg weekly"]))

DOCS.append(D("s57-066", "audit_data_extract", A9,
"""Re-audit: DAS28 and TB screening before biologic initiation (BSR standard) - NNUH Rheumatology - Jan-Jun 2024
Auditor: Dr T. Aung    Supervisor: Dr E. Sutcliffe-Hobbs    Registered with clinical audit dept: CA-RHE-2024-019
hosp_no   nhs_no       init  sex age biologic        DAS28-CRP  IGRA      CXR   days_to_start
N6601843  4501187726   GDW   M   58  adalimumab 40mg  5.6        neg       clear 41
N7120456  6112093384   ST    F   44  etanercept 50mg  5.3        neg       clear 29
N5503391  4987766120   BHA   F   71  tocilizumab      6.1        indet x2  clear 77
N7309928  5123304419   RR    M   36  certolizumab     5.2        pos->LTBI clear 112
Result: 4/4 DAS28 > 5.1 documented (100%); TB screening before start 4/4; LTBI - isoniazid/rifampicin 3 months (3HR).
""",
[("CA-RHE-2024-019","REFERENCE_NUMBER"),("N6601843","HOSPITAL_NUMBER"),("4501187726","NHS_NUMBER"),("GDW","PATIENT_NAME"),("N7120456","HOSPITAL_NUMBER"),("ST","PATIENT_NAME"),("6112093384","NHS_NUMBER"),
 ("N5503391","HOSPITAL_NUMBER"),("4987766120","NHS_NUMBER"),("BHA","PATIENT_NAME"),("N7309928","HOSPITAL_NUMBER"),("5123304419","NHS_NUMBER"),("RR","PATIENT_NAME")],
["Dr T. Aung","Dr E. Sutcliffe-Hobbs","DAS28-CRP","adalimumab 40mg","etanercept 50mg","certolizumab","DAS28 > 5.1","3HR","IGRA"]))

DOCS.append(D("s57-067", "email", A9,
"""From: Rheumatology Advice Line <nnuh.rheumadvice@nhs.net>
Sent: 03 June 2024 09:14
To: kwame.boateng-fry@example.net
Subject: Your methotrexate blood results - hospital number N6904417

Dear Mr Boateng-Fry,
Dr Thiri Aung has reviewed your blood results from Wymondham Health Centre on 30/05/2024: ALT 112 U/L (was 38),
neutrophils 1.6. Please withhold methotrexate 20 mg weekly for two weeks and continue folic acid 5 mg. Repeat bloods on
13/06/2024 (book at https://bloods.example.net/nnuh/book?mrn=N6904417). Avoid alcohol. If you develop a sore throat or fever call 01632 960733 or NHS 111.
Kind regards,
Sr Lorna Mackintosh (Rheumatology CNS) on behalf of Dr Thiri Aung
""",
[("nnuh.rheumadvice@nhs.net","EMAIL"),("kwame.boateng-fry@example.net","EMAIL"),("N6904417","HOSPITAL_NUMBER"),("https://bloods.example.net/nnuh/book?mrn=N6904417","URL"),("Boateng-Fry","PATIENT_NAME"),("Wymondham Health Centre","ADDRESS"),("01632 960733","PHONE"),("Lorna Mackintosh","COLLEAGUE_NAME")],
["Dr Thiri Aung","ALT 112 U/L","neutrophils 1.6","methotrexate 20 mg weekly","folic acid 5 mg","NHS 111"]))

DOCS.append(D("s57-068", "patient_feedback", A9,
"""Patient feedback questionnaire (PSQ, CFEP-style) - Dr Thiri Aung - summary sheet - NNUH Rheumatology, Q1 2024
Returned: 34/40. Mean scores (1-5): listening 4.8, explanation 4.7, involvement in decisions 4.6, respect 4.9.
Selected free-text comments (transcribed verbatim; identifying words flagged by the practice manager):
  "Dr Aung explained my gout flare and why allopurinol had to go up to 300 mg. - Derek from Dereham"
  "She rang me herself when my son Callum was in hospital - best doctor." (returned with name and address:
     Mrs P. Gathercole, 8 Mill Lane, Aylsham NR11 6HX)
  "Thank you for sorting the hydroxychloroquine eye screening."
Feedback collated and verified by: Dr Eleanor Sutcliffe-Hobbs, Consultant Rheumatologist, appraiser.
""",
[("Derek","PATIENT_NAME"),("Dereham","ADDRESS"),("Callum","RELATIVE_NAME"),("P. Gathercole","PATIENT_NAME"),("8 Mill Lane, Aylsham","ADDRESS"),("NR11 6HX","POSTCODE")],
["Dr Thiri Aung","Dr Aung","Dr Eleanor Sutcliffe-Hobbs","allopurinol","300 mg","hydroxychloroquine","listening 4.8"]))

DOCS.append(D("s57-069", "clinic_letter_ocr", A9,
"""N0RF0LK AND N0RWICH UNIVERS1TY H0SPITALS - RHEUMAT0L0GY
Ref: RHEU/TA/23/O991            Hosp n0: N6l3O772
Dear Dr Pr iyesh Vora, Long Stratt0n Medica1 Partnership
Re: Mr Leona rd Thurtle, D0B O2/O4/1957, 3 B1ackthorn C1ose, Harles ton IP2O 9LQ
NHS n0: 49O 3l7 6628
Mr Thurt1e has p0ly arthritis with p0sitive anti-CCP (>34O) and RF 88. DAS28-ESR 5.9.
We have started methotrexate l5 mg weekly rising to 2O mg, with f0lic acid 5 mg,
and a sing1e IM Depo-Medr0ne 12O mg. His wife J0y asked ab0ut his j0b at Bunga y printworks.
Dr Thiri Aung, Specia1ty D0ct0r
""",
[("RHEU/TA/23/O991","REFERENCE_NUMBER"),("N6l3O772","HOSPITAL_NUMBER"),("Pr iyesh Vora","COLLEAGUE_NAME"),("Long Stratt0n Medica1 Partnership","ADDRESS"),("Leona rd Thurtle","PATIENT_NAME"),("3 B1ackthorn C1ose, Harles ton","ADDRESS"),
 ("IP2O 9LQ","POSTCODE"),("49O 3l7 6628","NHS_NUMBER"),("Thurt1e","PATIENT_NAME"),("J0y","RELATIVE_NAME"),("Bunga y printworks","ADDRESS")],
["Dr Thiri Aung","D0B O2/O4/1957","anti-CCP (>34O)","RF 88","DAS28-ESR 5.9","methotrexate l5 mg","f0lic acid 5 mg","Depo-Medr0ne 12O mg"]))

# ---------------- A10 ICM, Ukraine / Aintree (Liverpool)
DOCS.append(D("s57-070", "epicrisis_original_uk", A10,
"""КНП «Київська міська клінічна лікарня № 17» - Відділення анестезіології та інтенсивної терапії
ВИПИСНИЙ ЕПІКРИЗ (переведення) № 4412/21
ПІБ пацієнта: Шевчук Андрій Миколайович       Дата народження: 05.09.1979      Стать: чоловіча
№ медичної карти: 21-09877     РНОКПП: 2901456731
Адреса: м. Бровари, вул. Симона Петлюри, буд. 14, кв. 58
Контакт (дружина Олена): +380 67 555 4419
Перебування у ВАІТ: 02.11.2021 - 19.11.2021
Діагноз: Негоспітальна пневмонія COVID-19, ГРДС тяжкого ступеня (PaO2/FiO2 78).
Лікування: ШВЛ 12 діб, прон-позиція 6 сеансів, дексаметазон 6 мг, тоцилізумаб 8 мг/кг, трахеостомія (перкутанна) 10.11.2021.
Лікар: Коваленко О. В.          Завідувач відділення: Мельник Ірина Степанівна
""",
[("4412/21","REFERENCE_NUMBER"),("Шевчук Андрій Миколайович","PATIENT_NAME"),("21-09877","HOSPITAL_NUMBER"),("2901456731","OTHER_ID"),("м. Бровари, вул. Симона Петлюри, буд. 14, кв. 58","ADDRESS"),("Олена","RELATIVE_NAME"),("+380 67 555 4419","PHONE")],
["Коваленко О. В.","Мельник Ірина Степанівна","Київська міська клінічна лікарня № 17","Дата народження: 05.09.1979","PaO2/FiO2 78","дексаметазон 6 мг","тоцилізумаб 8 мг/кг","ШВЛ 12 діб"]))

DOCS.append(D("s57-071", "epicrisis_translation", A10,
"""Translation from Ukrainian
Kyiv City Clinical Hospital No. 17 - Department of Anaesthesiology and Intensive Care
DISCHARGE (TRANSFER) EPICRISIS No. 4412/21
Patient: Shevchuk Andrii Mykolaiovych      Date of birth: 05/09/1979      Sex: male
Medical record no.: 21-09877     Taxpayer number (RNOKPP): 2901456731
Address: Brovary, 14 Symona Petliury St, apt 58
Contact (wife Olena): +380 67 555 4419
ICU stay: 02/11/2021 - 19/11/2021
Diagnosis: community-acquired COVID-19 pneumonia, severe ARDS (PaO2/FiO2 78).
Treatment: mechanical ventilation 12 days, prone positioning 6 sessions, dexamethasone 6 mg, tocilizumab 8 mg/kg,
percutaneous tracheostomy 10/11/2021.
Doctor: Kovalenko O. V.          Head of department: Melnyk Iryna Stepanivna
Translator: Dr Oleksandr Kovalenko; verified by Ms Natalia Hrytsenko, certified translator (CIOL 60218).
""",
[("4412/21","REFERENCE_NUMBER"),("Shevchuk Andrii Mykolaiovych","PATIENT_NAME"),("21-09877","HOSPITAL_NUMBER"),("2901456731","OTHER_ID"),("Brovary, 14 Symona Petliury St, apt 58","ADDRESS"),("Olena","RELATIVE_NAME"),("+380 67 555 4419","PHONE"),("CIOL 60218","OTHER_ID")],
["Kovalenko O. V.","Dr Oleksandr Kovalenko","Melnyk Iryna Stepanivna","Ms Natalia Hrytsenko","Kyiv City Clinical Hospital No. 17","Date of birth: 05/09/1979","PaO2/FiO2 78","dexamethasone 6 mg","tocilizumab 8 mg/kg","percutaneous tracheostomy"]))

DOCS.append(D("s57-072", "handover_sheet", A10,
"""CRITICAL CARE UNIT - AINTREE UNIVERSITY HOSPITAL - 08:00 handover 21/01/2024 - reg: OK (Dr Kovalenko)
BED 3 | Mr Tony Kinsella (62) AH1440287 | day 4 | Liver failure, paracetamol OD (staggered) - King's criteria not met.
        NAC infusion, lactate 2.8, INR 3.1. On list for liver unit discussion. Brother Vince = NOK 07700 900337.
BED 5 | "Tash" Natasha Mulhearn (27) AH2250716 | day 1 | DKA pH 6.98, ketones 6.9 - FRIII 0.1 u/kg/h, K+ 3.2 -> 40 mmol/L
        Known to Alder Hey transition team. Partner Jodie at bedside.
BED 8 | P.L. (71) AH0098834 | day 12 | Trache (Shiley 7.0) day 6, weaning CPAP 8/PS 10, RASS -1, CAM-ICU neg.
BED 9 | Side room - unknown male ("Aintree Male 23-Zulu") AH9900123 | polytrauma, GCS 7, police aware, log rolls.
Outreach: Sr Jackie Moorcroft bleep 3309. Consultant: Dr Ruth Ellingham-Shaw.
""",
[("Tony Kinsella","PATIENT_NAME"),("AH1440287","HOSPITAL_NUMBER"),("Vince","RELATIVE_NAME"),("07700 900337","PHONE"),("Tash","PATIENT_NAME"),("Natasha Mulhearn","PATIENT_NAME"),("AH2250716","HOSPITAL_NUMBER"),
 ("Jodie","RELATIVE_NAME"),("P.L.","PATIENT_NAME"),("AH0098834","HOSPITAL_NUMBER"),("Aintree Male 23-Zulu","PATIENT_NAME"),("AH9900123","HOSPITAL_NUMBER"),("Jackie Moorcroft","COLLEAGUE_NAME"),("bleep 3309","PHONE")],
["OK","Dr Kovalenko","Dr Ruth Ellingham-Shaw","AINTREE UNIVERSITY HOSPITAL","King's criteria","NAC infusion","INR 3.1","pH 6.98","FRIII 0.1 u/kg/h","Shiley 7.0","RASS -1","CAM-ICU","GCS 7","BED 3","(62)"]))

DOCS.append(D("s57-073", "wpba_dops", A10,
"""FICM ePortfolio (LLP) - DOPS - Ultrasound-guided central venous catheterisation (internal jugular)
Trainee: Dr Oleksandr Kovalenko       Assessor: Dr Ruth Ellingham-Shaw (Consultant ICM, Aintree) - GMC 5100827
Date: 09/02/2024    Patient: 58-year-old female, septic shock (pneumonia), noradrenaline 0.25 mcg/kg/min
  [trainee note: "Mrs B-W, bed 2, AH1877005" - delete before upload]
Technique: R IJV, real-time ultrasound in-plane, Seldinger, 7 Fr quad lumen 16 cm, 1 pass, wire confirmed in IVC
  on US, CXR tip at cavo-atrial junction. Full asepsis, WHO checklist, Stop Before You Block not applicable.
Global rating: 4 - able to perform unsupervised. Comments: smooth; teach the ACCS trainee, Dr Zainab Oduro, next.
""",
[("5100827","GMC_NUMBER"),("B-W","PATIENT_NAME"),("AH1877005","HOSPITAL_NUMBER"),("Zainab Oduro","COLLEAGUE_NAME")],
["Dr Oleksandr Kovalenko","Dr Ruth Ellingham-Shaw","58-year-old female","noradrenaline 0.25 mcg/kg/min","7 Fr quad lumen 16 cm","cavo-atrial junction","Seldinger","R IJV"]))

DOCS.append(D("s57-074", "teams_chat_export", A10,
"""[Teams] Chat: Kovalenko, Oleksandr / Critical Care Transfer - Cheshire & Merseyside ODN - 14/03/2024
14:02 Kovalenko, Oleksandr: Referral accepted from Whiston for ECMO work-up? - or is this Wythenshawe's?
14:04 Lowry, Declan (CC3N coordinator): It's ours. Pt Aaliyah Begum-Hart, 34F, NHS 7736012449, P/F 9.1 kPa on FiO2 1.0
14:05 Lowry, Declan (CC3N coordinator): Murray score 3.5 - referring cons Dr Faheem Siddiqui 01632 960118 (ext not in use - call switch)
14:07 Kovalenko, Oleksandr: Call ECMO centre first. Can you send the NEWS2 & ABG pics on the secure app not here
14:09 Lowry, Declan (CC3N coordinator): Sorry. Mum (Rukhsana) is travelling from Bolton. CAD for the transfer 240314-0877.
14:30 Kovalenko, Oleksandr: ECMO declined (inclusion not met). Proning + neuromuscular blockade (cisatracurium). Will update.
""",
[("Lowry, Declan","COLLEAGUE_NAME"),("Aaliyah Begum-Hart","PATIENT_NAME"),("7736012449","NHS_NUMBER"),("Faheem Siddiqui","COLLEAGUE_NAME"),("01632 960118","PHONE"),("Rukhsana","RELATIVE_NAME"),("Bolton","ADDRESS"),("240314-0877","REFERENCE_NUMBER")],
["Kovalenko, Oleksandr","34F","P/F 9.1 kPa","FiO2 1.0","Murray score 3.5","NEWS2","cisatracurium","Whiston","Wythenshawe"]))

DOCS.append(D("s57-075", "discharge_summary_ocr", A10,
"""A1NTREE UN1VERS1TY H0SP1TAL - CR1T1CAL CARE D1SCHARGE SUMMARY (ward step-d0wn)
Name: Mr Ph11ip J0hn Garsh0re     DOB: l7/O9/l96O     Hosp: AHl22O3l9     NHS: 8O2 77l 4O59
Address: 48 Long Lane, Fazake r1ey, L9 7AR
Admitted 0l/O3/2O24 -> stepped d0wn Ward 32 on O7/O3/2O24.
Dx: Type 2 resp fai1ure - n ecr0tising pneum0nia (PVL Staph aureus), APACHE II 24, SOFA 9.
Ventilated 4 days, vas0press0rs 2 days (n0radrena1ine max O.3). Abx: 1inez0lid + c1indamycin.
F0ll0w-up: ICU f0ll0w-up c1inic 3 m0nths; wife Bev (07700 9OO188) aware.
Dr 0. K0valenk0, ICM reg          C0ns: Dr R E11ingham-Shaw
""",
[("Ph11ip J0hn Garsh0re","PATIENT_NAME"),("AHl22O3l9","HOSPITAL_NUMBER"),("8O2 77l 4O59","NHS_NUMBER"),("48 Long Lane, Fazake r1ey","ADDRESS"),("L9 7AR","POSTCODE"),("Bev","RELATIVE_NAME"),("07700 9OO188","PHONE")],
["Dr 0. K0valenk0","Dr R E11ingham-Shaw","DOB: l7/O9/l96O","APACHE II 24","SOFA 9","1inez0lid + c1indamycin","Ward 32","PVL Staph aureus"]))

DOCS.append(D("s57-076", "certificate_of_experience", A10,
"""LVIV REGIONAL CLINICAL HOSPITAL - Department of Anaesthesiology and Intensive Care
(English version issued by the hospital)       Outgoing No. 01-14/2208 of 17.08.2022

CERTIFICATE
Dr Oleksandr Volodymyrovych Kovalenko worked as anaesthesiologist-intensivist (doctor of the highest category) in
this department from 01.09.2016 to 31.07.2022. The 36-bed mixed ICU admits approximately 1,900 patients a year.
During the period from 24.02.2022 he managed mass casualties with blast and gunshot injuries, including massive
transfusion (1:1:1) and damage-control resuscitation. Personal log (summary): arterial lines 640, CVCs 510,
percutaneous tracheostomies 85, bronchoscopies 140, transfers 96.
Head of Department: Dr Bohdan Ivanovych Tkachuk, tel. +380 32 555 0671, b.tkachuk@example.com.ua
Deputy Medical Director: Dr Larysa Hnatiuk
""",
[("01-14/2208","REFERENCE_NUMBER"),("+380 32 555 0671","PHONE"),("b.tkachuk@example.com.ua","EMAIL")],
["Dr Oleksandr Volodymyrovych Kovalenko","Dr Bohdan Ivanovych Tkachuk","Dr Larysa Hnatiuk","LVIV REGIONAL CLINICAL HOSPITAL","36-bed","1:1:1","arterial lines 640","percutaneous tracheostomies 85"]))
