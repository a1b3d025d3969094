from common import *

DOCS = []

DOCS.append(D("ho-013", "discharge_summary", "Dr Sanjay Raghunathan", """
SRI VENKATESHWARA INSTITUTE OF CARDIAC SCIENCES
(A unit of SVICS Healthcare Pvt. Ltd.)  No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru - 560011
Ph: +91 80 2555 0134 / +91 98450 00121   Email: records@svics-blr.in   www.svics-blr.in

DISCHARGE SUMMARY
UHID: SVICS/2018/0045127        IP No.: IP-18-11873        Bed: CCU-07
Name: Mr. Venkatachalam Subramaniam          Age/Sex: 62 Y / Male
Address: No. 7, Ganesha Nilaya, 2nd Main, Basavanagudi, Bengaluru 560004
Mobile: +91 94480 55612 (son - Mr. Karthik V.)
Aadhaar (as given): 4821 7730 1196
Date of Admission: 11/03/2018      Date of Discharge: 16/03/2018
Consultant: Dr. Prakash Hegde, MD DM (Cardiology)
Treating Resident: Dr. Sanjay Raghunathan, DM Resident

DIAGNOSIS: Acute anterior wall STEMI (Killip I). Single vessel disease - proximal LAD 99%.
PROCEDURE: Primary PCI to proximal LAD with 1 DES (3.0 x 28 mm) on 11/03/2018; door-to-balloon
52 minutes. Post-PCI TIMI III flow. Echo: LVEF 40%, anterior wall hypokinesia.
DISCHARGE MEDICATIONS: Tab. Ecosprin 75 mg OD, Tab. Brilinta 90 mg BD, Tab. Atorva 80 mg HS,
Tab. Met XL 25 mg OD, Tab. Ramipril 2.5 mg OD.
Review in OPD after 1 week with Dr. Hegde. Cardiac rehab enrolled.

Dr. Sanjay Raghunathan                       Dr. Prakash Hegde
(Resident)                                   (Consultant, verifying)
KMC Reg. No. 98231 (resident's state registration, prior to GMC 7118450)
""", [
    ("No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru - 560011", AD), ("+91 80 2555 0134", PH),
    ("+91 98450 00121", PH), ("records@svics-blr.in", EM), ("www.svics-blr.in", URL),
    ("SVICS/2018/0045127", HN), ("IP-18-11873", HN), ("Venkatachalam Subramaniam", PN),
    ("No. 7, Ganesha Nilaya, 2nd Main, Basavanagudi, Bengaluru 560004", AD), ("+91 94480 55612", PH),
    ("Karthik V.", RN), ("4821 7730 1196", OID),
], [
    "Dr. Sanjay Raghunathan", "7118450", "98231", "SRI VENKATESHWARA INSTITUTE OF CARDIAC SCIENCES",
    "Dr. Prakash Hegde", "Dr. Hegde", "62 Y / Male", "Killip I", "proximal LAD 99%", "DES (3.0 x 28 mm)",
    "TIMI III", "LVEF 40%", "Ecosprin 75 mg OD", "Brilinta 90 mg BD", "Atorva 80 mg HS", "Met XL 25 mg OD",
    "CCU-07",
]))

DOCS.append(D("ho-014", "clinic_letter", "Dr Sana Tariq Malik", """
SHAUKAT MEMORIAL TEACHING HOSPITAL, LAHORE
Department of Medicine, Unit II
7-A Canal Bank Road, Lahore 54000   Tel: (042) 3576 0098   Fax (042) 3576 0099

OPD Follow-up Note / Letter to referring physician
MR# 0412-19-118744        OPD slip no. 77215        Date: 19-09-2019

Patient: Mst. Rukhsana Bibi w/o Muhammad Aslam
Age: 46 years   Sex: F   CNIC: 35202-4417823-6
Resident of: Mohalla Islampura, Gali No. 3, Shahdara, Lahore   Cell: 0300-4418270

Referred by: Dr. Tanveer Ahmed Chaudhry, Family Physician, Shahdara

Dear Dr. Chaudhry,
Thank you for referring this lady with fever for 3 weeks, night sweats and weight loss of 5 kg.
Chest X-ray: right upper lobe cavitation. Sputum GeneXpert MTB detected, rifampicin resistance
not detected. HIV non-reactive. HbA1c 6.1%. We have started category I ATT (HRZE fixed dose, 4
tablets daily for her weight of 52 kg) under DOTS, and registered her with the district TB
programme (TB Reg. No. LHR/SHD/2019/0931). Contacts (husband and 3 children) screened.

Dr. Sana Tariq Malik, Medical Officer, Medicine Unit II (PMDC 51877-P)
Verified: Prof. Dr. Nusrat Jabeen Kazmi, Head of Department, Medicine Unit II
""", [
    ("7-A Canal Bank Road, Lahore 54000", AD), ("(042) 3576 0098", PH), ("(042) 3576 0099", PH),
    ("0412-19-118744", HN), ("77215", HN), ("Rukhsana Bibi", PN), ("Muhammad Aslam", RN),
    ("35202-4417823-6", OID), ("Mohalla Islampura, Gali No. 3, Shahdara, Lahore", AD), ("0300-4418270", PH),
    ("Tanveer Ahmed Chaudhry", CN), ("Shahdara", AD), ("Chaudhry", CN), ("LHR/SHD/2019/0931", REF),
], [
    "Dr. Sana Tariq Malik", "51877-P", "SHAUKAT MEMORIAL TEACHING HOSPITAL", "46 years", "Sex: F",
    "GeneXpert MTB detected", "HbA1c 6.1%", "HRZE", "52 kg", "DOTS", "Prof. Dr. Nusrat Jabeen Kazmi",
]))

DOCS.append(D("ho-015", "referral_letter", "Dr Chiamaka Nwosu-Eze", """
LAGOON UNIVERSITY TEACHING HOSPITAL
Department of Obstetrics & Gynaecology
P.M.B. 12003, Idi-Araba, Lagos.   Tel: 0803 555 0142
E-mail: ogdept@lagoonuth.edu.ng

Ref: LUTH/O&G/REF/17/0442                     Date: 4th October, 2017

The Consultant Gynaecologic Oncologist,
Federal Medical Centre, Abeokuta.

Dear Sir/Ma,

RE: MRS. FUNMILAYO ABOSEDE ADEWUMI (45 YRS), HOSP. NO. LUTH/2017/44812

I write to refer the above-named para 5+0 woman with a 4-month history of post-coital bleeding
and offensive vaginal discharge. Examination under anaesthesia on 28/09/2017 showed an exophytic
cervical mass 5 cm extending to the upper third of the vagina, parametria free bilaterally:
FIGO stage IIA2. Biopsy: invasive squamous cell carcinoma, moderately differentiated
(Histology no. H/17/3381). PCV 29% - transfused 2 units of whole blood. Retroviral screening
negative. She lives at No. 12 Oladipo Street, Mushin, Lagos with her husband, Mr Gbenga Adewumi
(phone 0805 555 0177), who will accompany her.

Kindly see and manage. Thank you.

Dr. Chiamaka Nwosu-Eze, Senior Registrar, O&G (MDCN Folio 44719)
For: Dr. Babatunde Olanrewaju-Coker, Consultant Obstetrician & Gynaecologist (verifies)
""", [
    ("P.M.B. 12003, Idi-Araba, Lagos.", AD), ("0803 555 0142", PH), ("ogdept@lagoonuth.edu.ng", EM),
    ("LUTH/O&G/REF/17/0442", REF), ("FUNMILAYO ABOSEDE ADEWUMI", PN), ("LUTH/2017/44812", HN),
    ("H/17/3381", OID), ("No. 12 Oladipo Street, Mushin, Lagos", AD), ("Gbenga Adewumi", RN),
    ("0805 555 0177", PH),
], [
    "Dr. Chiamaka Nwosu-Eze", "44719", "LAGOON UNIVERSITY TEACHING HOSPITAL", "Federal Medical Centre, Abeokuta",
    "(45 YRS)", "para 5+0", "FIGO stage IIA2", "PCV 29%", "Dr. Babatunde Olanrewaju-Coker", "28/09/2017",
]))

DOCS.append(D("ho-016", "discharge_summary", "Dr Mohamed Farouk Abdelrahman", """
Ain Shams Road Specialised Hospital - ENT Department
Abbassia, Cairo, Egypt | Tel. +20 2 2682 0455

Discharge Report (English translation of the Arabic original, certified by the hospital translator)
File no.: 44871/2019        Admission no.: 2019-ENT-1172        Ward: ENT Male, bed 9

Patient name: Mahmoud Abdel-Sattar El-Sayed         Age: 34   Sex: male
National ID: 28503150101894
Address: 16 El-Tahrir St., Apt 5, Dokki, Giza
Phone: +20 100 555 0823

Date of admission: 02/12/2019    Date of discharge: 05/12/2019
Operation (03/12/2019): Endoscopic sinus surgery - bilateral uncinectomy, middle meatal
antrostomy, anterior ethmoidectomy, and septoplasty, for chronic rhinosinusitis with nasal
polyps (Lund-Mackay score 16). Surgeon: Dr Mohamed Farouk Abdelrahman (Assistant Lecturer);
supervised by Prof. Hesham Abdel-Wahab. Nasal packs (Merocel) removed day 2.
Discharge medication: amoxicillin-clavulanate 1 g bid 7 days, mometasone nasal spray 2 puffs
daily, saline douching.
Follow-up: ENT clinic in 1 week, with Dr. Rania Fawzy (resident on duty).

Certified translation no. TR-19/5531. Translator: Ahmed Nagib.
""", [
    ("Abbassia, Cairo, Egypt", AD), ("+20 2 2682 0455", PH), ("44871/2019", HN), ("2019-ENT-1172", HN),
    ("Mahmoud Abdel-Sattar El-Sayed", PN), ("28503150101894", OID), ("16 El-Tahrir St., Apt 5, Dokki, Giza", AD),
    ("+20 100 555 0823", PH), ("Rania Fawzy", CN), ("TR-19/5531", REF), ("Ahmed Nagib", CN),
], [
    "Dr Mohamed Farouk Abdelrahman", "Ain Shams Road Specialised Hospital", "Age: 34", "Sex: male",
    "Lund-Mackay score 16", "Prof. Hesham Abdel-Wahab", "Merocel", "amoxicillin-clavulanate 1 g bid",
    "mometasone nasal spray", "ENT Male, bed 9", "03/12/2019",
]))

DOCS.append(D("ho-017", "referral_letter", "Dr Amal Osman Elkhidir", """
Republic of the Sudan - Federal Ministry of Health
Omdurman Teaching Hospital - Emergency Department
Tel: +249 187 555 031

REFERRAL FORM                        Serial: OTH/ED/2020/3378
Date: 14/06/2020   Time: 23:40

To: Khartoum Teaching Hospital, Department of Neurosurgery
Patient: Osman Babiker Abdalla Hamid         Age: 19   Sex: M
ED card no.: 20-06-1488
Residence: Al-Thawra, Block 17, House 214, Omdurman
Accompanied by: brother, Mustafa Babiker (tel. +249 912 555 730)

History: motorcycle RTA at 21:00, unhelmeted, brief LOC, vomited twice.
Exam: GCS 12/15 (E3 V4 M5), right pupil 4 mm sluggish, left 3 mm reactive. BP 150/80, HR 58.
CT brain: right temporal extradural haematoma 28 mm with 6 mm midline shift.
Management: airway secured, mannitol 1 g/kg given at 23:15, tranexamic acid 1 g.
Reason for referral: urgent craniotomy - no neurosurgery on site.
Ambulance no. 7, driver Hassan Idris.

Referring doctor: Dr Amal Osman Elkhidir, Registrar, ED (SMC 28834)
Senior: Dr Hanan Salih Elmahi, Consultant Emergency Physician (signature verifies)
""", [
    ("+249 187 555 031", PH), ("OTH/ED/2020/3378", REF), ("Osman Babiker Abdalla Hamid", PN),
    ("20-06-1488", HN), ("Al-Thawra, Block 17, House 214, Omdurman", AD), ("Mustafa Babiker", RN),
    ("+249 912 555 730", PH), ("Hassan Idris", CN),
], [
    "Dr Amal Osman Elkhidir", "28834", "Omdurman Teaching Hospital", "Khartoum Teaching Hospital",
    "Age: 19", "Sex: M", "GCS 12/15 (E3 V4 M5)", "28 mm with 6 mm midline shift", "mannitol 1 g/kg",
    "tranexamic acid 1 g", "Dr Hanan Salih Elmahi", "23:40",
]))

DOCS.append(D("ho-018", "clinic_letter", "Dr Haider Al-Jubouri", """
Medical City Teaching Hospital (Baghdad) - Department of Anaesthesia & ICU
Bab Al-Muadham, Baghdad, Iraq    anaesthesia.mct@moh.gov.iq

Anaesthetic record summary / letter for the ICU file
Hospital no. 2016/ICU/0719     Theatre register no. 1184
Date: 23/05/2016

Patient: Zainab Kadhim Jaafar Al-Musawi, female, 28 years
Husband: Ali Hussein Al-Musawi (mobile 0790 555 1842)
Address: Mahalla 905, Zuqaq 12, House 33, Karrada, Baghdad

Indication: emergency laparotomy for ruptured ectopic pregnancy, haemorrhagic shock class III
(HR 132, BP 78/40, Hb 6.2 g/dL). RSI with ketamine 1 mg/kg and suxamethonium 1.5 mg/kg, grade 1
laryngoscopy, ETT 7.0. 4 units packed RBC + 2 FFP. Post-op admitted to ICU, extubated at 6 hours.

Dr Haider Al-Jubouri, Anaesthesia Specialist (Iraqi Medical Association no. 44201)
Countersigned by Prof. Dr. Salam Mahdi Al-Khafaji, Head of Anaesthesia (supervisor)
Scrub nurse: Noor Abbas
""", [
    ("Bab Al-Muadham, Baghdad, Iraq", AD), ("anaesthesia.mct@moh.gov.iq", EM), ("2016/ICU/0719", HN),
    ("1184", HN), ("Zainab Kadhim Jaafar Al-Musawi", PN), ("Ali Hussein Al-Musawi", RN),
    ("0790 555 1842", PH), ("Mahalla 905, Zuqaq 12, House 33, Karrada, Baghdad", AD), ("Noor Abbas", CN),
], [
    "Dr Haider Al-Jubouri", "44201", "Medical City Teaching Hospital", "female, 28 years", "HR 132, BP 78/40",
    "Hb 6.2 g/dL", "ketamine 1 mg/kg", "suxamethonium 1.5 mg/kg", "ETT 7.0", "Prof. Dr. Salam Mahdi Al-Khafaji",
]))

DOCS.append(D("ho-019", "discharge_summary", "Dr Maria Cristina Dela Peña", """
PHILIPPINE CHILDREN'S REGIONAL MEDICAL CENTER - Cebu
Department of Pediatrics, Infectious Disease Ward
Osmeña Blvd., Cebu City 6000  |  Trunk line (032) 255 0419

CLINICAL ABSTRACT / DISCHARGE SUMMARY
Hospital Case No.: 2017-04-0088213      PhilHealth PIN: 19-025501883-7
Name: DELA CRUZ, Jhon Paul Mañalac    Age: 6 y/o   Sex: Male   Birthdate: March 3, 2011
Address: Sitio Kamatisan, Brgy. Tisa, Cebu City
Informant: Mother - Rosalinda M. Dela Cruz, 0917 555 0326

Admitted: April 18, 2017    Discharged: April 25, 2017
Final diagnosis: Dengue with warning signs (persistent vomiting, abdominal pain, Hct rise
from 38% to 47%, platelets 32,000/uL). NS1 antigen positive.
Course: IVF PNSS per WHO 2009 protocol, 7 ml/kg/hr tapered to 3 ml/kg/hr over 48 hrs. No
transfusion. Discharged afebrile 72 hours, platelets 118,000/uL.

Prepared by: Maria Cristina Dela Peña, MD - Pediatric Resident (PRC Lic. No. 0119873)
Noted by: Dr. Ernesto L. Villanueva, MD, FPPS - Chair, Department of Pediatrics
Resident on previous shift: Dr. Kristine Joy Sarmiento
""", [
    ("Osmeña Blvd., Cebu City 6000", AD), ("(032) 255 0419", PH), ("2017-04-0088213", HN),
    ("19-025501883-7", OID), ("DELA CRUZ, Jhon Paul Mañalac", PN), ("Sitio Kamatisan, Brgy. Tisa, Cebu City", AD),
    ("Rosalinda M. Dela Cruz", RN), ("0917 555 0326", PH), ("Kristine Joy Sarmiento", CN),
], [
    "Maria Cristina Dela Peña", "0119873", "PHILIPPINE CHILDREN'S REGIONAL MEDICAL CENTER", "6 y/o", "Male",
    "March 3, 2011", "Dengue with warning signs", "platelets 32,000/uL", "WHO 2009", "7 ml/kg/hr",
    "Dr. Ernesto L. Villanueva",
]))

DOCS.append(D("ho-020", "clinic_letter", "Dr Ravindra Kulasekara", """
TEACHING HOSPITAL KARAPITIYA, GALLE - University Surgical Unit
Tel: 091 223 0255   Fax 091 223 0256

Clinic no. SC/K/17/2281      BHT no. 41/882/17
Date: 07.08.2017

To: MO/OPD, Base Hospital Balapitiya

Patient: Mrs. W. A. Chandrika Kumari Wickramasinghe, 52 F
NIC: 655231177V
Address: "Sisila", Temple Road, Ahangama

Underwent laparoscopic cholecystectomy on 02.08.2017 for symptomatic gallstones (USS: multiple
calculi, CBD 5 mm). Operated by Dr. R. Kulasekara (Senior Registrar) under supervision of
Prof. Sarath Wijeratne (Professor of Surgery, verifies). Converted: no. Drain: none.
Histology: chronic cholecystitis, no malignancy (lab no. HP/2281/17).
Please remove sutures on day 10 (12.08.2017). Review at surgical clinic in 6 weeks.
Her daughter, Ms. Dilini Wickramasinghe, 077 555 0194, requested copies.

Dr. R. Kulasekara
Senior Registrar in Surgery (SLMC Reg. 21764)
""", [
    ("091 223 0255", PH), ("091 223 0256", PH), ("SC/K/17/2281", HN), ("41/882/17", HN),
    ("W. A. Chandrika Kumari Wickramasinghe", PN), ("655231177V", OID), ('"Sisila", Temple Road, Ahangama', AD),
    ("Dilini Wickramasinghe", RN), ("077 555 0194", PH), ("HP/2281/17", OID),
], [
    "Dr. R. Kulasekara", "21764", "TEACHING HOSPITAL KARAPITIYA", "Base Hospital Balapitiya", "52 F",
    "CBD 5 mm", "Prof. Sarath Wijeratne", "02.08.2017", "day 10 (12.08.2017)",
]))

DOCS.append(D("ho-021", "discharge_summary", "Dr Tomasz Wróblewski", """
Szpital Wojewódzki im. św. Łukasza w Tarnowie - Oddział Chirurgii Urazowo-Ortopedycznej
ul. Lwowska 178a, 33-100 Tarnów   tel. 14 631 55 00

KARTA INFORMACYJNA LECZENIA SZPITALNEGO (original, Polish)
Nr księgi głównej: 18452/2019     Nr księgi oddziałowej: 2211/2019
Pacjent: Stanisław Józef Grabowski     PESEL: 57031412345
Adres: ul. Krakowska 44 m. 7, 33-100 Tarnów
Rozpoznanie: Złamanie przezkrętarzowe kości udowej prawej (S72.1)
Leczenie: Zespolenie gwoździem śródszpikowym PFNA (28.05.2019). Operator: lek. Tomasz Wróblewski.
Ordynator: dr n. med. Jerzy Kasprzak

ENGLISH TRANSLATION (sworn translator, rep. no. 331/2023)
Hospital: St Luke's Provincial Hospital, Tarnów - Department of Trauma and Orthopaedic Surgery
Main register no.: 18452/2019     Ward register no.: 2211/2019
Patient: Stanisław Józef Grabowski, male, born 14.03.1957   PESEL (national ID): 57031412345
Address: ul. Krakowska 44 m. 7, 33-100 Tarnów
Diagnosis: Pertrochanteric fracture of the right femur (S72.1), AO 31-A2.
Treatment: Intramedullary nailing with PFNA (28.05.2019). Operating surgeon: Dr Tomasz Wróblewski.
Head of Department (verifying): Dr Jerzy Kasprzak, PhD
Discharged 03.06.2019, walking with a frame. Enoxaparin 40 mg s.c. for 35 days.
Sworn translator: Ewa Nowicka-Baran, tel. +48 600 555 014
""", [
    ("ul. Lwowska 178a, 33-100 Tarnów", AD), ("14 631 55 00", PH), ("18452/2019", HN), ("2211/2019", HN),
    ("Stanisław Józef Grabowski", PN), ("57031412345", OID), ("ul. Krakowska 44 m. 7, 33-100 Tarnów", AD),
    ("331/2023", REF), ("Ewa Nowicka-Baran", CN), ("+48 600 555 014", PH),
], [
    "Tomasz Wróblewski", "Dr Tomasz Wróblewski", "St Luke's Provincial Hospital", "S72.1", "PFNA",
    "dr n. med. Jerzy Kasprzak", "Dr Jerzy Kasprzak", "born 14.03.1957", "male", "AO 31-A2",
    "Enoxaparin 40 mg s.c. for 35 days", "28.05.2019",
]))

DOCS.append(D("ho-022", "discharge_summary", "Dr Ioana Mihăilescu", """
SPITALUL CLINIC DE PSIHIATRIE "PROF. DR. ALEXANDRU OBREGIA" - Bucharest
Secția Clinică Psihiatrie XI   Șos. Berceni 10, Sector 4, București   tel. 021 334 55 66

SCRISOARE MEDICALĂ / MEDICAL LETTER (with English translation)
Nr. FO (foaie de observație / case record no.): 24417/2017   Nr. înregistrare: 9981
Pacient / Patient: Popescu Andrei-Cristian, 31 ani / years, masculin / male
CNP: 1860512420031
Domiciliu / Address: Str. Fizicienilor nr. 12, bl. M4, ap. 38, Sector 3, București
Aparținător / Next of kin: mama / mother, Elena Popescu, 0722 555 318

Diagnostic / Diagnosis: Schizofrenie paranoidă, primul episod (F20.0) / paranoid schizophrenia,
first episode. Internat / Admitted: 02.10.2017 - 30.10.2017. PANSS at admission 98, at discharge 61.
Tratament / Treatment: risperidonă / risperidone 4 mg/zi (per day), titrated; psychoeducation
for the family. Recommended follow-up in CSM Sector 3 with Dr. Mirela Constantinescu.

Medic rezident / Resident doctor: Dr. Ioana Mihăilescu (cod parafă A71129)
Medic primar / Consultant (verifies): Dr. Valentin Dumitrescu-Ionescu
""", [
    ("Șos. Berceni 10, Sector 4, București", AD), ("021 334 55 66", PH), ("24417/2017", HN), ("9981", HN),
    ("Popescu Andrei-Cristian", PN), ("1860512420031", OID),
    ("Str. Fizicienilor nr. 12, bl. M4, ap. 38, Sector 3, București", AD), ("Elena Popescu", RN),
    ("0722 555 318", PH), ("Mirela Constantinescu", CN),
], [
    "Dr. Ioana Mihăilescu", "A71129", "PROF. DR. ALEXANDRU OBREGIA", "31 ani / years", "masculin / male",
    "F20.0", "PANSS at admission 98", "risperidone 4 mg", "Dr. Valentin Dumitrescu-Ionescu", "02.10.2017",
]))
