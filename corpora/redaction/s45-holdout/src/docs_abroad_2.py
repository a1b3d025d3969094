# Documents s45-016 .. s45-030: evidence from training and work abroad (continued).

DOCS = []

DOCS.append(dict(
    id="s45-016", kind="translated_case_record", applicant="Dr Ahmed Elsheikh",
    text="""English translation of haemodialysis unit record (Arabic original attached). Translated by the applicant
and checked by Dr Hiba Osman Babiker, Consultant Nephrologist, who signs below.

Republic of Sudan - Federal Ministry of Health
Ibn Sina Specialised Hospital, Khartoum - Dr Salma Kidney Dialysis Centre (Unit 2)

Patient: Abdelrahman Yousif Elnour Hamad    Age 44    Male
Dialysis file: DC2/0913          National number: 11248-5903-1147
Address: Block 12, House 310, Al-Thawra Al-Harat 17, Omdurman
Mobile: 0912 608 417 (wife: Nafisa)
Works as: mechanic, Souq Libya (Omdurman)

Diagnosis: ESKD secondary to chronic glomerulonephritis (no biopsy), on maintenance haemodialysis 2x/week
via left radiocephalic AV fistula (created 3/2019).

Session record, 18/11/2019 - Machine 7, shift 2
Dry weight 64.0 kg, pre-weight 67.2 kg (IDWG 3.2 kg), pre-BP 172/98
UF goal 3.0 L, Qb 300 ml/min, Qd 500 ml/min, 4 hours, heparin 2000 IU bolus + 500 IU/h
Intradialytic hypotension at 3 h (BP 84/50): UF stopped, 200 ml 0.9% saline, recovered.
Post-weight 64.6 kg, post-BP 128/76
Monthly labs: Hb 8.9 g/dL, K 5.8 mmol/L, Ca 2.05 mmol/L, PO4 2.3 mmol/L, URR 61%
Plan: erythropoietin 4000 IU SC twice weekly, calcium carbonate 1 g TDS with meals, dietary K counselling.
Discussed adding a third session; patient unable to afford transport from Omdurman three times a week.

Dr Ahmed Elsheikh, Registrar in Nephrology
Dr Hiba Osman Babiker, Consultant Nephrologist
""",
    identifiers=[
        ("Abdelrahman Yousif Elnour Hamad", "PATIENT_NAME"),
        ("DC2/0913", "HOSPITAL_NUMBER"),
        ("11248-5903-1147", "OTHER_ID"),
        ("Block 12, House 310, Al-Thawra Al-Harat 17, Omdurman", "ADDRESS"),
        ("0912 608 417", "PHONE"),
        ("Nafisa", "RELATIVE_NAME"),
        ("Souq Libya (Omdurman)", "ADDRESS"),
        ("Omdurman", "ADDRESS"),
    ],
    keep=["Dr Ahmed Elsheikh", "Dr Hiba Osman Babiker", "Ibn Sina Specialised Hospital, Khartoum", "Age 44",
          "Male", "18/11/2019", "Dry weight 64.0 kg", "Qb 300 ml/min", "heparin 2000 IU bolus", "URR 61%",
          "Hb 8.9 g/dL", "K 5.8 mmol/L", "PO4 2.3 mmol/L", "erythropoietin 4000 IU SC",
          "calcium carbonate 1 g TDS", "radiocephalic AV fistula", "Machine 7"],
))

DOCS.append(dict(
    id="s45-017", kind="clinic_note", applicant="Dr Rania Haddad",
    text="""Jordan University Hospital - Dermatology Outpatient Clinic
Queen Rania Street, Amman

File no.: 1408832          National no.: 9921047755
Name: Lina Samir Abu-Ghazaleh      Female, DOB 02/09/1992
Phone: 079 650 3318       Employer: Arab Bank, Shmeisani branch (teller)

Visit 6 March 2022 - Dr Rania Haddad (resident, year 4)
Returns with flare of chronic plaque psoriasis after stopping methotrexate for pregnancy planning.
PASI 14.6, BSA 12%, DLQI 17. Nail pitting both thumbs. No joint symptoms (PEST 0).
Labs: ALT 19 U/L, creatinine 0.7 mg/dL, HBsAg negative, Quantiferon negative, beta-hCG negative.
Plan: narrowband UVB 3x/week starting 0.3 J/cm2 (skin type III), clobetasol 0.05% ointment to
plaques BD x 2 weeks then weekends, calcipotriol/betamethasone gel to scalp. Discussed biologic
(certolizumab pegol, compatible with pregnancy) if PASI > 10 after 12 weeks of phototherapy.
Next: 5 June 2022.

Seen with: Dr Omar Al-Tal, Consultant Dermatologist (supervisor)
""",
    identifiers=[
        ("Queen Rania Street, Amman", "ADDRESS"),
        ("1408832", "HOSPITAL_NUMBER"),
        ("9921047755", "OTHER_ID"),
        ("Lina Samir Abu-Ghazaleh", "PATIENT_NAME"),
        ("079 650 3318", "PHONE"),
        ("Arab Bank, Shmeisani branch", "ADDRESS"),
    ],
    keep=["Jordan University Hospital", "Dr Rania Haddad", "Dr Omar Al-Tal", "Female, DOB 02/09/1992",
          "PASI 14.6", "DLQI 17", "PEST 0", "ALT 19 U/L", "narrowband UVB", "0.3 J/cm2",
          "clobetasol 0.05% ointment", "certolizumab pegol", "6 March 2022", "methotrexate"],
))

DOCS.append(dict(
    id="s45-018", kind="delivery_record", applicant="Dr Salma Begum",
    text="""MATERNITY AND CHILDREN HOSPITAL - DAMMAM, EASTERN PROVINCE, KINGDOM OF SAUDI ARABIA
Labour & Delivery Unit - Delivery Summary

MRN: 0006128453     Iqama No.: 2398104476     Nationality: Philippines
Patient: Rowena Dela Cruz Santiago     DOB: 11/04/1990     G2P1
Husband: Jerome Santiago, employed by Al-Khobar Ceramics Co. (sponsor)
Mobile: 055 830 1179

Admission: 24/01/2021 09:30, spontaneous labour at 38+5 weeks, previous NVD 2016.
Progress: 4 cm at 10:00, ARM clear liquor, 8 cm at 13:40, fully dilated 15:05.
CTG: at 15:20 prolonged deceleration to 90 bpm x 3 min; decision for assisted delivery.
Procedure (Dr Salma Begum, Registrar): Kiwi OmniCup vacuum, OA position confirmed on USS, 2 pulls,
no pop-offs, delivered 15:31. Female infant 3.45 kg, Apgar 7/9. Second-degree tear repaired with
Vicryl Rapide 2-0 continuous. EBL 400 ml. Active third stage, oxytocin 10 IU IM.
Postnatal: paracetamol 1 g PO QID, ibuprofen 400 mg TDS, bladder care (voided 800 ml at 6 h).
Charge midwife: Sr Mary Grace Villanueva

Registrar: Dr Salma Begum
Consultant on call: Dr Huda Al-Qahtani, Consultant Obstetrician (verified)
""",
    identifiers=[
        ("0006128453", "HOSPITAL_NUMBER"),
        ("2398104476", "OTHER_ID"),
        ("Rowena Dela Cruz Santiago", "PATIENT_NAME"),
        ("Jerome Santiago", "RELATIVE_NAME"),
        ("Al-Khobar Ceramics Co.", "ADDRESS"),
        ("055 830 1179", "PHONE"),
        ("Sr Mary Grace Villanueva", "COLLEAGUE_NAME"),
    ],
    keep=["MATERNITY AND CHILDREN HOSPITAL - DAMMAM", "Dr Salma Begum", "Dr Huda Al-Qahtani", "DOB: 11/04/1990",
          "G2P1", "38+5 weeks", "Kiwi OmniCup", "3.45 kg", "Apgar 7/9", "Vicryl Rapide 2-0", "EBL 400 ml",
          "oxytocin 10 IU IM", "ibuprofen 400 mg TDS", "24/01/2021", "Nationality: Philippines"],
))

DOCS.append(dict(
    id="s45-019", kind="admission_note", applicant="Dr Salma Begum",
    text="""Dhaka Medical College Hospital, Ward 212 (Obstetrics Unit-II)
Admission note - 07.08.2015, 03:20 am

Reg. No.: 38417/15            Bed: Floor 12
Name: Mst. Rokeya Khatun, 19 y, primigravida, 36 wks by LMP
Husband: Md. Jashim Uddin (rickshaw puller)
Vill: Charpara, P.O. Kalampur, Upazila Dhamrai, Dist. Dhaka        Mob: 01716-448902
NID (husband): 2694817302551

H/O: 2 episodes of convulsion at home, last 1 hour ago, brought by CNG from Dhamrai. No ANC visits.
O/E: drowsy, GCS 12/15, BP 170/115 mmHg, pulse 110/min, oedema ++, urine albumin +++.
FHR 132/min, cephalic, uterus not contracting. P/V: cervix 2 cm, 50% effaced, Bishop score 5.
Dx: Antepartum eclampsia.
Rx: Inj. magnesium sulphate (Pritchard regimen) 4 g IV over 15 min + 5 g IM each buttock, then 5 g IM
4-hourly; Inj. labetalol 20 mg IV, repeat per BP; catheterised, hourly urine output, knee jerk, RR chart.
Plan: stabilise then LSCS (unfavourable cervix), inform on-duty Assistant Registrar.
- Dr Salma Begum, Honorary Medical Officer (FCPS Part II trainee)

07.08.2015 06:10 am: LSCS done, live baby boy 2.1 kg, to SCANU. - Dr Salma Begum
Verified: Prof. Dr Shahana Ferdousi, Professor & Head, Obs & Gynae Unit-II
""",
    identifiers=[
        ("38417/15", "HOSPITAL_NUMBER"),
        ("Mst. Rokeya Khatun", "PATIENT_NAME"),
        ("Md. Jashim Uddin", "RELATIVE_NAME"),
        ("Vill: Charpara, P.O. Kalampur, Upazila Dhamrai, Dist. Dhaka", "ADDRESS"),
        ("Dhamrai", "ADDRESS"),
        ("01716-448902", "PHONE"),
        ("2694817302551", "OTHER_ID"),
    ],
    keep=["Dhaka Medical College Hospital", "Ward 212", "Dr Salma Begum", "Prof. Dr Shahana Ferdousi", "19 y",
          "36 wks", "GCS 12/15", "BP 170/115 mmHg", "Bishop score 5", "Pritchard regimen",
          "magnesium sulphate", "labetalol 20 mg IV", "07.08.2015", "2.1 kg", "FCPS Part II"],
))

DOCS.append(dict(
    id="s45-020", kind="theatre_list", applicant="Dr Wanjiru Kamau",
    text="""KENYATTA NATIONAL HOSPITAL - EYE UNIT, THEATRE 2 - ELECTIVE LIST, Thursday 15 July 2021
Surgeon: Dr Wanjiru Kamau (Registrar, MMed Ophthalmology year 3)   Supervising: Dr Peter Kiprono Langat
Anaesthetist: Dr Amina Hassan Abdi       Scrub: Nurse Josephine Akinyi

No | Patient                  | IP No.     | Age/Sex | Eye | Procedure                        | Anaes
1  | Grace Wambui Njoroge     | 1894420    | 67/F    | R   | MSICS + PCIOL 21.5 D             | Peribulbar
2  | Samuel Kipchumba Ruto    | 1894517    | 72/M    | L   | MSICS + PCIOL 22.0 D             | Peribulbar
3  | Halima Abdi Farah        | 1893986    | 58/F    | R   | Trabeculectomy + MMC 0.2 mg/ml   | Sub-Tenon
4  | Baby Mwangi (B/o Esther Wanjiku Mwangi) | 1895102 | 4 m/M | L+R | EUA, probing & syringing | GA
5  | John Otieno Ouma         | 1894733    | 49/M    | L   | Evisceration + implant 18 mm     | GA

Notes: Pt 2 - IOP 32 mmHg on morning check, given acetazolamide 500 mg PO, proceeded. Pt 4 - mother
(ID No. 28461093) consented; referred from Gatundu Level 4 hospital. Pt 5 - painful blind eye after
trauma (jua kali workshop, Kariobangi), consent witnessed by brother Fredrick Ouma.
All cases completed, no intra-op complications. Posterior capsule intact in 1 and 2.

Signed: Dr Wanjiru Kamau      Verified: Dr Peter Kiprono Langat, Consultant Ophthalmologist
""",
    identifiers=[
        ("Nurse Josephine Akinyi", "COLLEAGUE_NAME"),
        ("Dr Amina Hassan Abdi", "COLLEAGUE_NAME"),
        ("Grace Wambui Njoroge", "PATIENT_NAME"),
        ("1894420", "HOSPITAL_NUMBER"),
        ("Samuel Kipchumba Ruto", "PATIENT_NAME"),
        ("1894517", "HOSPITAL_NUMBER"),
        ("Halima Abdi Farah", "PATIENT_NAME"),
        ("1893986", "HOSPITAL_NUMBER"),
        ("Baby Mwangi", "PATIENT_NAME"),
        ("Esther Wanjiku Mwangi", "RELATIVE_NAME"),
        ("1895102", "HOSPITAL_NUMBER"),
        ("John Otieno Ouma", "PATIENT_NAME"),
        ("1894733", "HOSPITAL_NUMBER"),
        ("28461093", "OTHER_ID"),
        ("jua kali workshop, Kariobangi", "ADDRESS"),
        ("Fredrick Ouma", "RELATIVE_NAME"),
    ],
    keep=["KENYATTA NATIONAL HOSPITAL", "Dr Wanjiru Kamau", "Dr Peter Kiprono Langat", "15 July 2021",
          "67/F", "72/M", "MSICS + PCIOL 21.5 D", "MMC 0.2 mg/ml", "IOP 32 mmHg", "acetazolamide 500 mg PO",
          "4 m/M", "implant 18 mm", "Gatundu Level 4 hospital", "THEATRE 2"],
))

DOCS.append(dict(
    id="s45-021", kind="translated_discharge_summary", applicant="Dr Mehmet Yıldız",
    text="""[English translation of the Turkish "Epikriz" - sworn translation by Ayşe Demirtaş, sworn translator,
Ankara 5th Notary, translation register no. 18874. Original attached.]

HACETTEPE UNIVERSITY FACULTY OF MEDICINE - DEPARTMENT OF UROLOGY - EPICRISIS

Patient: Hüseyin Kaya         T.C. Identity No.: 31582047690         Protocol no.: 20190034417
Gender: Male   Date of birth: 14.02.1957
Address: Yukarı Bahçelievler Mah. 83. Sokak No: 7/4, Çankaya / Ankara
Phone: 0532 716 48 20 (son, Emre Kaya)

Admission: 04.11.2019       Discharge: 08.11.2019
Diagnosis: Prostate adenocarcinoma, Gleason 4+3=7 (ISUP grade group 3), cT2c N0 M0, PSA 11.8 ng/mL
Operation (05.11.2019): Robot-assisted laparoscopic radical prostatectomy + bilateral pelvic
lymph node dissection. Operating surgeon: Prof. Dr Levent Karaağaçlı; assistant: Dr Mehmet Yıldız
(urology resident, 5th year) - console and bedside, bladder neck and vesicourethral anastomosis.
Blood loss 250 mL, console time 168 min. Drain removed day 2. Catheter to remain 7 days
(cystogram before removal).
Discharge medication: enoxaparin 40 mg SC once daily for 28 days, paracetamol 500 mg 4x1, 
ciprofloxacin 500 mg 2x1 for 1 day at catheter removal.
Histology pending. Follow-up: Uro-oncology outpatient clinic, 15.11.2019.

Resident: Dr Mehmet Yıldız       Responsible faculty member: Prof. Dr Levent Karaağaçlı
""",
    identifiers=[
        ("18874", "REFERENCE_NUMBER"),
        ("Hüseyin Kaya", "PATIENT_NAME"),
        ("31582047690", "OTHER_ID"),
        ("20190034417", "HOSPITAL_NUMBER"),
        ("Yukarı Bahçelievler Mah. 83. Sokak No: 7/4, Çankaya / Ankara", "ADDRESS"),
        ("0532 716 48 20", "PHONE"),
        ("Emre Kaya", "RELATIVE_NAME"),
    ],
    keep=["Ayşe Demirtaş", "HACETTEPE UNIVERSITY FACULTY OF MEDICINE", "Dr Mehmet Yıldız", "Prof. Dr Levent Karaağaçlı",
          "Gender: Male", "Date of birth: 14.02.1957", "Gleason 4+3=7", "ISUP grade group 3", "cT2c N0 M0",
          "PSA 11.8 ng/mL", "Blood loss 250 mL", "168 min", "enoxaparin 40 mg SC", "ciprofloxacin 500 mg",
          "05.11.2019", "15.11.2019"],
))

DOCS.append(dict(
    id="s45-022", kind="translated_radiology_report", applicant="Dr Agnieszka Wiśniewska",
    text="""Translation from Polish (original attached), prepared by Dr Agnieszka Wiśniewska and certified by sworn
translator Tomasz Zieliński (TP/1184/09).

Szpital Uniwersytecki w Krakowie - Zakład Diagnostyki Obrazowej (Department of Diagnostic Imaging)
ul. Jakubowskiego 2, 30-688 Kraków

Patient: Zofia Krawczyk-Nowak      PESEL: 58071204467      Date of birth: 12.07.1958   Sex: F
Address: os. Złotego Wieku 34/61, 31-616 Kraków
Referring: Neurology Ward, Dr Paweł Lis
Study: CT head without contrast + CT angiography of intracranial and neck arteries
Study no. (RIS): CT/2021/118304       Date/time: 27.04.2021, 14:52

Findings: Hyperdense left MCA sign. Early loss of grey-white differentiation in the left insular ribbon
and lentiform nucleus; ASPECTS 7. CTA: occlusion of the left M1 segment, good collaterals (Tan score 3).
Left ICA origin 60% stenosis (NASCET). No haemorrhage.
Conclusion: Acute left MCA territory ischaemic stroke with M1 occlusion - eligible for mechanical
thrombectomy per protocol; interventional radiology informed at 15:01.

Reported by: Dr Agnieszka Wiśniewska, radiology resident
Verified by: Dr hab. n. med. Marek Sobczak, specialist in radiology and diagnostic imaging, PWZ 3318529
""",
    identifiers=[
        ("TP/1184/09", "REFERENCE_NUMBER"),
        ("ul. Jakubowskiego 2, 30-688 Kraków", "ADDRESS"),
        ("Zofia Krawczyk-Nowak", "PATIENT_NAME"),
        ("58071204467", "OTHER_ID"),
        ("os. Złotego Wieku 34/61, 31-616 Kraków", "ADDRESS"),
        ("Dr Paweł Lis", "COLLEAGUE_NAME"),
        ("CT/2021/118304", "HOSPITAL_NUMBER"),
        ("3318529", "GMC_NUMBER"),
    ],
    keep=["Dr Agnieszka Wiśniewska", "Tomasz Zieliński", "Szpital Uniwersytecki w Krakowie",
          "Date of birth: 12.07.1958", "Sex: F", "ASPECTS 7", "Tan score 3", "60% stenosis (NASCET)",
          "left M1 segment", "27.04.2021", "Dr hab. n. med. Marek Sobczak", "mechanical\nthrombectomy"],
))

DOCS.append(dict(
    id="s45-023", kind="translated_case_record", applicant="Dr Ioana Popescu",
    text="""Certified translation from Romanian - excerpt from the inpatient observation chart (Foaia de Observatie),
translated by Ioana Popescu, checked and signed by the supervising consultant.

Spitalul Clinic de Psihiatrie "Prof. Dr. Alexandru Obregia", Bucharest - Ward 9 (acute, female)
Observation chart no.: 14772/2018          Admission: 02.10.2018, brought by ambulance (SMURD)

Patient: Elena-Cristina Dumitrescu, 34 years, F, CNP 2840317401239
Domicile: Str. Baba Novac nr. 21, bl. G4, sc. 2, ap. 47, Sector 3, Bucharest
Nearest relative: mother, Mariana Dumitrescu, tel. 0722 614 093
Occupation: primary school teacher at Scoala Gimnaziala nr. 81, currently on sick leave

Mental state on admission (Dr I. Popescu, resident, year 3): dishevelled, psychomotor agitation, pressured
speech, flight of ideas, grandiose delusions (believes she has been chosen to reform the Ministry of
Education), no insight. Sleep 2 hours/night for 1 week. YMRS 34. No substance use (urine screen negative).
First episode 2014 (depressive), 2016 manic episode treated with valproate, stopped it 5 months ago.
Diagnosis (ICD-10): F31.2 Bipolar affective disorder, current episode manic with psychotic symptoms.
Treatment: olanzapine 10 mg nocte increased to 20 mg, lorazepam 1 mg up to TDS PRN, restart lithium after
renal/thyroid tests (target level 0.6-0.8 mmol/L). Involuntary admission confirmed by the review commission
under Law 487/2002 (mental health law).
12.10.2018: YMRS 12, lithium level 0.71 mmol/L, accepting treatment.

Resident: Dr Ioana Popescu        Consultant: Dr Adrian Vlad Marinescu, senior psychiatrist
""",
    identifiers=[
        ("14772/2018", "HOSPITAL_NUMBER"),
        ("Elena-Cristina Dumitrescu", "PATIENT_NAME"),
        ("2840317401239", "OTHER_ID"),
        ("Str. Baba Novac nr. 21, bl. G4, sc. 2, ap. 47, Sector 3, Bucharest", "ADDRESS"),
        ("Mariana Dumitrescu", "RELATIVE_NAME"),
        ("0722 614 093", "PHONE"),
        ("Scoala Gimnaziala nr. 81", "ADDRESS"),
    ],
    keep=["Ioana Popescu", "Dr I. Popescu", "Dr Ioana Popescu", "Dr Adrian Vlad Marinescu",
          "Spitalul Clinic de Psihiatrie \"Prof. Dr. Alexandru Obregia\"", "34 years, F", "YMRS 34", "F31.2",
          "olanzapine 10 mg nocte", "lorazepam 1 mg", "lithium level 0.71 mmol/L", "Law 487/2002",
          "02.10.2018", "Ward 9"],
))

DOCS.append(dict(
    id="s45-024", kind="case_record", applicant="Dr Maria Cristina Dizon",
    text="""PHILIPPINE GENERAL HOSPITAL - Department of Psychiatry and Behavioral Medicine
Ward 7 (Psychiatry In-patient) - Admission History

Case No.: 2019-041187     PhilHealth No.: 12-050318872-4
Name: Rodel "Dodong" Manalastas Bautista     Age: 23   Sex: M   Civil status: single
Address: Blk 9 Lot 14, Phase 2, Brgy. Bagong Silangan, Quezon City
Contact: 0917 552 8043 (mother, Aurora Bautista)
Education/Work: 3rd-year BS Criminology student, Bestlink College, stopped attending since June 2019

Informants: patient (fair reliability), mother (good reliability)
HPI: 4 months of withdrawal, talking to himself, hearing two male voices commenting on his actions,
believes neighbours implanted a chip through the barangay Wi-Fi. Locked himself in his room for 10 days,
not eating. Smoked shabu (methamphetamine) "a few times" in 2018, none for a year per mother; urine drug
screen negative. No prior psychiatric consult.
MSE: guarded, poor eye contact, blunted affect, thought blocking, persecutory delusions, 2nd person
and 3rd person auditory hallucinations. No SI/HI at present. Oriented x3. Insight 1/6.
BPRS 62.
Impression: Schizophrenia, first episode (DSM-5), r/o substance-induced psychotic disorder.
Plan: risperidone 1 mg BID titrate to 2 mg BID; biperiden 2 mg PRN EPS; baseline FBS, lipid profile,
prolactin, ECG (QTc 412 ms); psychoeducation for family.

Dr Maria Cristina Dizon, 2nd year resident
Attending: Dr Ramon Antonio Lacson, MD, FPPA
""",
    identifiers=[
        ("2019-041187", "HOSPITAL_NUMBER"),
        ("12-050318872-4", "OTHER_ID"),
        ("Rodel \"Dodong\" Manalastas Bautista", "PATIENT_NAME"),
        ("Dodong", "PATIENT_NAME"),
        ("Blk 9 Lot 14, Phase 2, Brgy. Bagong Silangan, Quezon City", "ADDRESS"),
        ("0917 552 8043", "PHONE"),
        ("Aurora Bautista", "RELATIVE_NAME"),
        ("Bestlink College", "ADDRESS"),
    ],
    keep=["PHILIPPINE GENERAL HOSPITAL", "Dr Maria Cristina Dizon", "Dr Ramon Antonio Lacson, MD, FPPA", "Age: 23",
          "Sex: M", "BPRS 62", "Insight 1/6", "risperidone 1 mg BID", "biperiden 2 mg PRN", "QTc 412 ms",
          "DSM-5", "Ward 7"],
))

DOCS.append(dict(
    id="s45-025", kind="anaesthesia_record", applicant="Dr Sudha Karki",
    text="""Tribhuvan University Teaching Hospital, Maharajgunj, Kathmandu
Department of Anaesthesiology - Pre-anaesthetic check-up and intra-operative record

Hosp. No.: 1078/4429-2078        (date in B.S. 2078-06-19 = 5 October 2021)
Name: Dil Bahadur Tamang    Age: 58   Sex: M   Wt 52 kg
Address: Ward No. 4, Panchkhal Municipality, Kavrepalanchok      Ph: 9841 327 660
Citizenship Cert. No.: 27-01-73-04412
Surgery: Open cholecystectomy (failed laparoscopic attempt at district hospital) - Surgeon: Dr Bikash Shrestha

PAC: Smoker 30 pack-years, COPD (mMRC 2), SpO2 93% RA, FEV1 1.1 L (48% predicted). Hb 11.2, creatinine 1.0.
ASA III. Mallampati II. Plan: GA + thoracic epidural (T8-9) for post-op analgesia.
Intra-op (Dr Sudha Karki, MD resident, 3rd year, with Dr Anjali Pradhan, consultant):
Epidural T8-9 loss of resistance to saline at 5.5 cm, catheter fixed at 10 cm, test dose lidocaine 2%
with adrenaline 3 ml negative. Induction fentanyl 100 mcg, propofol 100 mg, atracurium 30 mg; ETT 8.0,
VCV TV 400 ml, PEEP 5. Epidural bupivacaine 0.125% + fentanyl 2 mcg/ml at 6 ml/h.
Intra-op bronchospasm after intubation: sevoflurane deepened, salbutamol 6 puffs via circuit, resolved.
Reversal neostigmine 2.5 mg + glycopyrrolate 0.4 mg. Extubated awake. PACU: VAS 2/10, SpO2 95% on 2 L O2.

Signed: Dr Sudha Karki     Consultant: Dr Anjali Pradhan
""",
    identifiers=[
        ("1078/4429-2078", "HOSPITAL_NUMBER"),
        ("Dil Bahadur Tamang", "PATIENT_NAME"),
        ("Ward No. 4, Panchkhal Municipality, Kavrepalanchok", "ADDRESS"),
        ("9841 327 660", "PHONE"),
        ("27-01-73-04412", "OTHER_ID"),
        ("Dr Bikash Shrestha", "COLLEAGUE_NAME"),
    ],
    keep=["Tribhuvan University Teaching Hospital", "Dr Sudha Karki", "Dr Anjali Pradhan", "Age: 58",
          "Sex: M", "5 October 2021", "ASA III", "Mallampati II", "FEV1 1.1 L (48% predicted)", "T8-9",
          "lidocaine 2%", "fentanyl 100 mcg", "propofol 100 mg", "atracurium 30 mg", "bupivacaine 0.125%",
          "neostigmine 2.5 mg", "glycopyrrolate 0.4 mg", "VAS 2/10", "mMRC 2"],
))

DOCS.append(dict(
    id="s45-026", kind="trauma_record", applicant="Dr Thabo Mokoena",
    text="""CHRIS HANI BARAGWANATH ACADEMIC HOSPITAL - TRAUMA UNIT (RESUS)
Resuscitation record, Sat 11/12/2021, 23:48

Folder no.: 4417082195            Surname/Name: MABASO, Sibusiso Andile        M / 27 yrs
ID no.: 9407215831086
Address: 2218 Mokoena Street, Zone 3, Meadowlands, Soweto        Cell: 072 308 5516 (girlfriend, Lerato)
SAPS CAS no.: 612/12/2021 (Moroka police station)      EMS ref: GP-EMS-211211-0992

Mechanism: single GSW left chest, 2nd ICS, mid-clavicular line; no exit wound.
Primary survey: A - talking. B - RR 32, SpO2 86%, absent breath sounds left, trachea central.
C - HR 132, BP 88/52, cap refill 4 s. D - GCS 15. E - no other wounds on log-roll.
Actions (Dr T. Mokoena, MO): ICD left 5th ICS MAL (32 Fr): 900 ml blood initially. TXA 1 g IV, 2 units O neg.
eFAST: no pericardial fluid. CXR post ICD: lung re-expanded, tube in position.
Drain output 250 ml over next hour - did not meet thoracotomy criteria. Admitted to trauma ICU for
observation. Bullet retained in left posterior chest wall - no removal.
ABG: pH 7.29, lactate 3.8, Hb 10.1.

MO: Dr Thabo Mokoena     Registrar on call: Dr Riaan van der Merwe
Verified: Prof. Lindiwe Khumalo, Head of Trauma Surgery
""",
    identifiers=[
        ("4417082195", "HOSPITAL_NUMBER"),
        ("MABASO, Sibusiso Andile", "PATIENT_NAME"),
        ("9407215831086", "OTHER_ID"),
        ("2218 Mokoena Street, Zone 3, Meadowlands, Soweto", "ADDRESS"),
        ("072 308 5516", "PHONE"),
        ("Lerato", "RELATIVE_NAME"),
        ("612/12/2021", "REFERENCE_NUMBER"),
        ("GP-EMS-211211-0992", "REFERENCE_NUMBER"),
        ("Dr Riaan van der Merwe", "COLLEAGUE_NAME"),
    ],
    keep=["CHRIS HANI BARAGWANATH ACADEMIC HOSPITAL", "Dr T. Mokoena", "Dr Thabo Mokoena", "Prof. Lindiwe Khumalo",
          "M / 27 yrs", "11/12/2021", "SpO2 86%", "BP 88/52", "GCS 15", "32 Fr", "900 ml", "TXA 1 g IV",
          "pH 7.29", "lactate 3.8", "Hb 10.1"],
))

DOCS.append(dict(
    id="s45-027", kind="translated_discharge_letter", applicant="Dr Giulia Ferraro",
    text="""Translation from Italian (original attached) - translated by Dr Giulia Ferraro; sworn before the
Tribunale di Bologna, asseverazione no. 2204/2022.

AZIENDA OSPEDALIERO-UNIVERSITARIA DI BOLOGNA - POLICLINICO DI SANT'ORSOLA
Cardiology Unit - Discharge letter

Patient: Sig. Giancarlo Benedetti, born 30/06/1949, male
Tax code: BNDGCR49H30A944K        Admission no. (nosologico): 2020041933
Residence: Via Emilia Levante 184, 40139 Bologna       Tel. +39 347 218 4406

Admitted 19/03/2020 via ED for NSTEMI (hs-troponin I 2840 ng/L). GRACE score 152.
Coronary angiography (20/03/2020, right radial): critical proximal LAD stenosis (90%), treated with
PCI + 1 DES (3.0 x 28 mm). Moderate stenosis of RCA (50-60%), for medical therapy. LVEF 45% (Simpson),
apical hypokinesia. In-hospital course complicated by paroxysmal AF (CHA2DS2-VASc 4, HAS-BLED 2).
Therapy on discharge: apixaban 5 mg BID, clopidogrel 75 mg OD (for 6 months), bisoprolol 2.5 mg OD,
ramipril 2.5 mg OD, atorvastatin 80 mg OD, pantoprazole 20 mg OD.
Wife informed (Sig.ra Loredana Benedetti). Follow-up in Cardiology clinic at 1 month; cardiac rehabilitation.
Note: visiting restricted due to the COVID-19 emergency.

Dr Giulia Ferraro, resident in Cardiovascular Diseases
Prof. Raffaella Tondelli-Brighi, Director (Verified)
""",
    identifiers=[
        ("2204/2022", "REFERENCE_NUMBER"),
        ("Sig. Giancarlo Benedetti", "PATIENT_NAME"),
        ("BNDGCR49H30A944K", "OTHER_ID"),
        ("2020041933", "HOSPITAL_NUMBER"),
        ("Via Emilia Levante 184, 40139 Bologna", "ADDRESS"),
        ("+39 347 218 4406", "PHONE"),
        ("Sig.ra Loredana Benedetti", "RELATIVE_NAME"),
    ],
    keep=["Dr Giulia Ferraro", "POLICLINICO DI SANT'ORSOLA", "born 30/06/1949, male", "hs-troponin I 2840 ng/L",
          "GRACE score 152", "LVEF 45% (Simpson)", "CHA2DS2-VASc 4", "HAS-BLED 2", "apixaban 5 mg BID",
          "clopidogrel 75 mg OD", "bisoprolol 2.5 mg OD", "atorvastatin 80 mg OD", "3.0 x 28 mm",
          "19/03/2020", "Prof. Raffaella Tondelli-Brighi"],
))

DOCS.append(dict(
    id="s45-028", kind="clinic_note", applicant="Dr Rania Haddad",
    text="""American University of Beirut Medical Center - Dermatology Clinic (UNHCR-supported outreach day)
Progress note, 22 October 2017

MRN: 01742-886    UNHCR case no.: LEB-17C04218 (individual no. 417-00871433)
Pt: Yara (11 y, F), accompanied by father Khaled Al-Hamwi. From Idlib; now in informal tented settlement
ITS-061, Bar Elias, Bekaa. Father's phone 71 884 502. Attends UNICEF second-shift school, Bar Elias.

C/O: 3 painless ulcerated papules L cheek x 4 months, one with raised indurated border, 1.5 cm.
Similar lesions in 2 siblings. Slit-skin smear: Leishman-Donovan bodies seen.
Dx: Cutaneous leishmaniasis (Old World, likely L. tropica).
Plan: intralesional sodium stibogluconate 0.5 ml per lesion weekly x 6 + cryotherapy (liquid nitrogen,
2 freeze-thaw cycles), photograph at each visit (consent obtained - photos not included in this upload).
Report to MoPH as notifiable disease. Bednet advice; screening of household.

Seen by: Dr Rania Haddad (dermatology resident, AUBMC)
Attending: Dr Rima Abou-Chedid Farah, Professor of Dermatology (verified)
""",
    identifiers=[
        ("01742-886", "HOSPITAL_NUMBER"),
        ("LEB-17C04218", "OTHER_ID"),
        ("417-00871433", "OTHER_ID"),
        ("Yara", "PATIENT_NAME"),
        ("Khaled Al-Hamwi", "RELATIVE_NAME"),
        ("informal tented settlement\nITS-061, Bar Elias, Bekaa", "ADDRESS"),
        ("71 884 502", "PHONE"),
        ("UNICEF second-shift school, Bar Elias", "ADDRESS"),
    ],
    keep=["American University of Beirut Medical Center", "Dr Rania Haddad", "Dr Rima Abou-Chedid Farah", "11 y, F",
          "22 October 2017", "Leishman-Donovan bodies", "L. tropica", "sodium stibogluconate 0.5 ml",
          "1.5 cm", "Cutaneous leishmaniasis"],
))

DOCS.append(dict(
    id="s45-029", kind="training_certificate", applicant="Dr Priya Venkataraman",
    text="""MADURAI MEDICAL COLLEGE, MADURAI
(Affiliated to The Tamil Nadu Dr. M.G.R. Medical University, Chennai)
Department of Paediatrics - Institute of Child Health and Research Centre

CERTIFICATE

Certified that Dr Priya Venkataraman has undergone the full course of training for the degree of
M.D. (Paediatrics) in this institution from 01.05.2016 to 30.04.2019, including:

  - General paediatric wards (Units I-VI)                    18 months
  - Neonatology (NICU, SNCU, post-natal wards)                 6 months
  - Paediatric intensive care unit (PICU)                      3 months
  - Paediatric emergency / triage                              3 months
  - Sub-specialty clinics (nephrology, neurology, haemato-oncology, cardiology)   6 months

She presented 14 case demonstrations and 6 journal clubs, and completed her dissertation
"Serum zinc levels in children 6 to 59 months with acute diarrhoea" (accepted 2019). Her work and conduct
were satisfactory. She was successful in the university examination held in May 2019.

Dr S. Balasubramanian                                        Dr K. Vanitha
Professor and Head, Paediatrics Unit IV                     Dean, Madurai Medical College
""",
    identifiers=[],
    keep=["MADURAI MEDICAL COLLEGE, MADURAI", "Dr Priya Venkataraman", "Dr S. Balasubramanian", "Dr K. Vanitha",
          "01.05.2016", "30.04.2019", "18 months", "6 to 59 months", "M.D. (Paediatrics)"],
))

DOCS.append(dict(
    id="s45-030", kind="ed_record", applicant="Dr Mohammed Al-Rawi",
    text="""RASHID HOSPITAL - DUBAI ACADEMIC HEALTH CORPORATION - EMERGENCY DEPARTMENT
ED attendance summary

Encounter: ED-RH-2022-0317745          MRN: RH7120984
Name: Vikram Singh Rathore      DOB 03/01/1986      Male      Nationality: India
Emirates ID: 784-1986-4471208-3
Employer: Al Naboodah Construction (site labour camp, Jebel Ali)
Mobile: 050 617 2298       Brought by: Dubai Ambulance (incident no. DCAS-22-118430)

Triage 14/07/2022 13:52 - CTAS 1. Found collapsed at construction site, outdoor temp 46 C.
Tcore 41.3 C (rectal), GCS 9 (E2 V2 M5), HR 148 sinus tachycardia, BP 92/54, RR 30, glucose 6.1 mmol/L.
Dx: Exertional heat stroke.
Management (Dr M. Al-Rawi, Specialist Registrar EM): cold water immersion in resus bay (body bag
technique, ice water) - Tcore 38.9 C in 18 min; 2 L cooled crystalloid; airway maintained (GCS 13 after
cooling, not intubated). Labs: CK 4210 U/L, creatinine 168 umol/L, ALT 212 U/L, INR 1.6, lactate 5.2.
Admitted to ICU (Dr Fatima Al-Marzouqi accepting) for AKI/DIC monitoring.

ED physician: Dr Mohammed Al-Rawi       Consultant: Dr Hamad Al-Suwaidi, Consultant EM (verified)
""",
    identifiers=[
        ("ED-RH-2022-0317745", "HOSPITAL_NUMBER"),
        ("RH7120984", "HOSPITAL_NUMBER"),
        ("Vikram Singh Rathore", "PATIENT_NAME"),
        ("784-1986-4471208-3", "OTHER_ID"),
        ("Al Naboodah Construction (site labour camp, Jebel Ali)", "ADDRESS"),
        ("050 617 2298", "PHONE"),
        ("DCAS-22-118430", "REFERENCE_NUMBER"),
        ("Dr Fatima Al-Marzouqi", "COLLEAGUE_NAME"),
    ],
    keep=["RASHID HOSPITAL", "Dr M. Al-Rawi", "Dr Mohammed Al-Rawi", "Dr Hamad Al-Suwaidi", "DOB 03/01/1986",
          "Male", "CTAS 1", "Tcore 41.3 C", "GCS 9 (E2 V2 M5)", "CK 4210 U/L", "creatinine 168 umol/L",
          "INR 1.6", "lactate 5.2", "14/07/2022", "18 min", "Nationality: India"],
))
