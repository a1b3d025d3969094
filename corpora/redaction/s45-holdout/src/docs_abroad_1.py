# Documents s45-001 .. s45-015: evidence from training and work abroad.
# Each document is written by hand. identifiers: list of (string, TYPE). keep: list of strings.

DOCS = []

DOCS.append(dict(
    id="s45-001", kind="discharge_summary", applicant="Dr Farhan Qureshi",
    text="""MAYO HOSPITAL, LAHORE
Department of General Surgery, Surgical Unit II
DISCHARGE SLIP

Patient Name: Muhammad Rizwan Butt        S/O: Ghulam Nabi Butt
Age/Sex: 46 Y / Male                      MR No.: MH-2019-0448213
CNIC: 35202-4418830-7
Address: House 17, Gali 4, Mohalla Kashmiri Bazar, Ichhra, Lahore
Contact: 0321-4470918

Date of Admission: 03-09-2019     Date of Discharge: 09-09-2019     Ward: Surgical Ward 8, Bed 14

Diagnosis: Acute appendicitis with localised perforation (Alvarado score 8)
Procedure: Open appendicectomy via Lanz incision, peritoneal lavage, 04-09-2019, under GA
Operating surgeon: Dr Farhan Qureshi (PGR Year 3)   Assisted by: Dr Usman Ghani (HO)

Course in hospital: Admitted through Surgical Emergency with 2 days RIF pain, fever 38.6 C, TLC 16,400/cmm.
Post-op inj. ceftriaxone 1 g IV BD and inj. metronidazole 500 mg IV TDS for 5 days. Wound clean, drain
removed day 3. Tolerating orally, passing flatus and stool.

Advice on discharge:
1. Tab. cefixime 400 mg OD x 5 days
2. Tab. paracetamol 1 g TDS PRN
3. Stitch removal on 10th post-op day in Surgical OPD (Tuesday/Friday)
4. Report back if fever, wound discharge or vomiting

Attendant at discharge: Ghulam Nabi Butt (father)

Dr Farhan Qureshi, Postgraduate Resident
Verified: Prof. Dr Khalid Mahmood Cheema, Head of Surgical Unit II
""",
    identifiers=[
        ("Muhammad Rizwan Butt", "PATIENT_NAME"),
        ("Ghulam Nabi Butt", "RELATIVE_NAME"),
        ("MH-2019-0448213", "HOSPITAL_NUMBER"),
        ("35202-4418830-7", "OTHER_ID"),
        ("House 17, Gali 4, Mohalla Kashmiri Bazar, Ichhra, Lahore", "ADDRESS"),
        ("0321-4470918", "PHONE"),
        ("Dr Usman Ghani", "COLLEAGUE_NAME"),
    ],
    keep=["MAYO HOSPITAL, LAHORE", "Dr Farhan Qureshi", "Prof. Dr Khalid Mahmood Cheema", "46 Y / Male",
          "Alvarado score 8", "ceftriaxone 1 g IV BD", "metronidazole 500 mg IV TDS", "cefixime 400 mg OD",
          "TLC 16,400/cmm", "38.6 C", "Surgical Ward 8, Bed 14", "03-09-2019", "04-09-2019", "Lanz incision"],
))

DOCS.append(dict(
    id="s45-002", kind="operation_note", applicant="Dr Farhan Qureshi",
    text="""Services Hospital Lahore - Surgical Unit I
OPERATION NOTES

Name: Nasreen Akhtar   W/O Tariq Mehmood   Age: 38   Sex: F   MR#: 2020/117650   OT Reg. No. 2211
Date: 14/02/2020   Theatre: OT-3 (Elective)
Surgeon: Dr Farhan Qureshi   Assistant: Dr Sana Iqbal   Anaesthetist: Dr Waqas Anjum (GA, ETT)

Pre-op diagnosis: Symptomatic cholelithiasis, USG: multiple calculi, CBD 5 mm
Procedure: Laparoscopic cholecystectomy (4-port)

Findings: Distended GB with multiple mixed stones, dense omental adhesions to fundus. Calot's triangle
dissected, critical view of safety achieved and documented. Cystic artery and duct clipped (Ligaclip x 2
each) and divided. GB removed from liver bed with hook diathermy, retrieved in endobag via epigastric port.
Haemostasis secured. No bile leak. No drain.
EBL: 30 ml. Duration: 65 min.
Specimen: Gallbladder sent for histopathology (slip no. HP-5531/20).

Post-op orders: NPO 6 hrs then sips, inj. ketorolac 30 mg IV TDS, inj. omeprazole 40 mg IV OD,
ambulate evening. Expected discharge POD 1.

Sd/- Dr Farhan Qureshi, Senior Registrar
Countersigned: Dr Ayesha Siddiqa Rana, Associate Professor of Surgery
""",
    identifiers=[
        ("Nasreen Akhtar", "PATIENT_NAME"),
        ("Tariq Mehmood", "RELATIVE_NAME"),
        ("2020/117650", "HOSPITAL_NUMBER"),
        ("2211", "HOSPITAL_NUMBER"),
        ("HP-5531/20", "OTHER_ID"),
        ("Dr Sana Iqbal", "COLLEAGUE_NAME"),
        ("Dr Waqas Anjum", "COLLEAGUE_NAME"),
    ],
    keep=["Services Hospital Lahore", "Dr Farhan Qureshi", "Dr Ayesha Siddiqa Rana", "Age: 38", "Sex: F",
          "14/02/2020", "Laparoscopic cholecystectomy", "critical view of safety", "Calot's triangle",
          "CBD 5 mm", "EBL: 30 ml", "ketorolac 30 mg IV TDS", "omeprazole 40 mg IV OD", "65 min"],
))

DOCS.append(dict(
    id="s45-003", kind="certificate_of_experience", applicant="Dr Farhan Qureshi",
    text="""GOVERNMENT OF THE PUNJAB
OFFICE OF THE MEDICAL SUPERINTENDENT, SERVICES HOSPITAL, LAHORE
Jail Road, Lahore. Ph: 042-99203402

No. SHL/Estt/2022/3187                                         Dated: 21-06-2022

EXPERIENCE CERTIFICATE

It is certified that Dr Farhan Qureshi S/O Abdul Qayyum Qureshi, PMDC Reg. No. 61873-P, has worked in
this hospital as Senior Registrar, Surgical Unit I, from 01-01-2020 to 31-05-2022 on a full-time regular
basis. During this period he performed and assisted in elective and emergency general surgery including
laparoscopic cholecystectomy, hernia repair (open and laparoscopic TAPP), thyroidectomy, exploratory
laparotomy and trauma surgery, took part in 1-in-4 on-call emergency duties and supervised house officers
and postgraduate residents.

His conduct and character remained good. Nothing adverse is on record against him.

(Dr Muhammad Saleem Akhtar)
Medical Superintendent, Services Hospital, Lahore

Verified by: Dr Ayesha Siddiqa Rana, Associate Professor of Surgery, Surgical Unit I
""",
    identifiers=[
        ("SHL/Estt/2022/3187", "REFERENCE_NUMBER"),
        ("042-99203402", "PHONE"),
        ("Jail Road, Lahore", "ADDRESS"),
    ],
    keep=["Dr Farhan Qureshi", "Abdul Qayyum Qureshi", "61873-P", "Dr Muhammad Saleem Akhtar",
          "Dr Ayesha Siddiqa Rana", "Senior Registrar, Surgical Unit I", "01-01-2020", "31-05-2022",
          "laparoscopic TAPP", "GOVERNMENT OF THE PUNJAB"],
))

DOCS.append(dict(
    id="s45-004", kind="translated_case_record", applicant="Dr Priya Venkataraman",
    text="""[English translation of Tamil case sheet entries. Original attached. Translated by R. Meenakshi Sundaram,
certified translator, who declares it a true and complete translation.]

GOVERNMENT RAJAJI HOSPITAL, MADURAI - INSTITUTE OF CHILD HEALTH
In-patient No.: 2017/P/39921     Unit: Paediatrics Unit IV     Ward 208, Cot 11

Name of child: Selvi M.     Age: 2 years 7 months     Sex: Female     Weight: 9.8 kg
Mother: Muthulakshmi     Father: Murugan (daily wage worker, brick kiln)
Address: 3/112, Kamarajar Street, Kallupatti village, Peraiyur Taluk, Madurai District
Mobile: 94431 27760     Aadhaar (father): 4417 9023 6618

22.11.2017, 11.40 pm. Brought with loose stools 12-14 times/day for 3 days, vomiting, not feeding since
morning. Lethargic, sunken eyes, skin pinch goes back very slowly (>2 s). HR 168/min, CRT 4 s, RR 44/min.
Impression: acute watery diarrhoea with severe dehydration (WHO Plan C). No blood in stool.
Plan: RL 30 ml/kg over 1 hour then 70 ml/kg over 5 hours (age >12 months). ORS 5 ml/kg/h once able to drink.
Zinc 20 mg OD x 14 days. Serum Na 131 mmol/L, K 3.1 mmol/L, RBS 84 mg/dL.
- Dr Priya V., PG (MD Paediatrics) 2nd year

23.11.2017, 6 am. Passed urine x 3. Alert, taking ORS. Plan B now. Mother counselled on ORS preparation
and danger signs. - Dr Priya V.

26.11.2017. Discharged well. Weight 10.3 kg. Follow-up in Under-5 clinic in one week.
Seen by: Dr S. Balasubramanian, Professor and Head, Paediatrics Unit IV
""",
    identifiers=[
        ("2017/P/39921", "HOSPITAL_NUMBER"),
        ("Selvi M.", "PATIENT_NAME"),
        ("Muthulakshmi", "RELATIVE_NAME"),
        ("Murugan", "RELATIVE_NAME"),
        ("3/112, Kamarajar Street, Kallupatti village, Peraiyur Taluk, Madurai District", "ADDRESS"),
        ("94431 27760", "PHONE"),
        ("4417 9023 6618", "OTHER_ID"),
    ],
    keep=["GOVERNMENT RAJAJI HOSPITAL, MADURAI", "R. Meenakshi Sundaram", "Dr Priya V.",
          "Dr S. Balasubramanian", "2 years 7 months", "Female", "Ward 208, Cot 11", "WHO Plan C",
          "RL 30 ml/kg over 1 hour", "Zinc 20 mg OD x 14 days", "Serum Na 131 mmol/L", "K 3.1 mmol/L",
          "RBS 84 mg/dL", "HR 168/min", "CRT 4 s", "9.8 kg", "22.11.2017"],
))

DOCS.append(dict(
    id="s45-005", kind="logbook_extract", applicant="Dr Priya Venkataraman",
    text="""NICU PROCEDURE LOGBOOK - Dr Priya Venkataraman, Senior Resident, Department of Neonatology
Christian Medical College, Vellore   |   Jan-Mar 2020 (page 3 of 9)

Sl | Date       | Baby (IP no.)            | GA/BW          | Procedure                      | Level | Outcome
21 | 04/01/2020 | B/o Kavitha R (IP 1187342) | 29+3 wk/1.12 kg | UVC + UAC insertion           | P     | tip T8 on X-ray
22 | 06/01/2020 | B/o Jessy Thomas (IP 1187590) | 33+0 wk/1.64 kg | LISA surfactant 200 mg/kg    | P     | FiO2 0.45 -> 0.28
23 | 11/01/2020 | B/o Nazia (IP 1188021)   | 40+1 wk/3.05 kg | Lumbar puncture                | P     | CSF clear, WCC 2
24 | 15/01/2020 | B/o Kavitha R (IP 1187342) | 29+3 wk/1.12 kg | PICC line, R basilic vein     | A     | successful 2nd attempt
25 | 19/01/2020 | B/o Ramya Devi (IP 1189114) | 26+5 wk/0.86 kg | Intubation, 2.5 ETT           | P     | first pass
26 | 27/01/2020 | B/o Sharmila (IP 1189467) | 37+2 wk/2.71 kg | Exchange transfusion (DVET)   | S     | SBR 24.6 -> 14.1 mg/dL
27 | 02/02/2020 | B/o Ramya Devi (IP 1189114) | 26+5 wk/0.86 kg | Chest drain (pigtail 8 Fr)    | P     | pneumothorax resolved

Level: P performed, A assisted, S supervised junior.
Certified correct: Dr Anna Mathew Varghese, Professor of Neonatology
""",
    identifiers=[
        ("Kavitha R", "RELATIVE_NAME"),
        ("1187342", "HOSPITAL_NUMBER"),
        ("Jessy Thomas", "RELATIVE_NAME"),
        ("1187590", "HOSPITAL_NUMBER"),
        ("Nazia", "RELATIVE_NAME"),
        ("1188021", "HOSPITAL_NUMBER"),
        ("Ramya Devi", "RELATIVE_NAME"),
        ("1189114", "HOSPITAL_NUMBER"),
        ("Sharmila", "RELATIVE_NAME"),
        ("1189467", "HOSPITAL_NUMBER"),
    ],
    keep=["Dr Priya Venkataraman", "Christian Medical College, Vellore", "Dr Anna Mathew Varghese",
          "29+3 wk/1.12 kg", "LISA surfactant 200 mg/kg", "FiO2 0.45 -> 0.28", "SBR 24.6 -> 14.1 mg/dL",
          "2.5 ETT", "tip T8", "04/01/2020", "page 3 of 9", "pigtail 8 Fr"],
))

DOCS.append(dict(
    id="s45-006", kind="operation_note", applicant="Dr Chiamaka Obi",
    text="""LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA
Department of Obstetrics & Gynaecology - OPERATION NOTE

Name: Mrs Funmilayo Adeyemi-Bakare     Hosp. No.: LUTH/OG/21/04472     Age: 31     Para 1+0
Husband: Mr Segun Bakare     Phone (NOK): 0803 417 2296
Address: 14B Ogunlana Drive, Surulere, Lagos
NIN: 48291037764

Date: 17 August 2021   Time of KTS: 02:14 hrs   Category: 1 (EMCS)
Indication: Fetal distress (persistent bradycardia 80 bpm for 6 min) in labour at 39+2 weeks, cervix 6 cm.
Surgeon: Dr Chiamaka Obi (Senior Registrar)   Assistant: Dr Emeka Nwosu (Registrar)
Anaesthesia: Spinal (0.5% heavy bupivacaine 2.2 ml) - Dr Bisi Olatunji

Procedure: Pfannenstiel incision, lower segment transverse uterine incision. Liquor meconium stained
(grade II). Live male delivered by breech extraction of head, Apgar 5 at 1 min and 8 at 5 min, birthweight
3.2 kg, handed to paediatric team. Placenta delivered by CCT, complete. Uterus closed in 2 layers,
Vicryl 1. Oxytocin 10 IU IV then infusion 40 IU in 500 ml over 4 h. EBL 650 ml. Tubes and ovaries normal.
Decision-to-delivery interval: 27 minutes.

Post-op: Vital signs half-hourly x 2 h, IV fluids 3 L/24 h, Cefuroxime 750 mg IV 8-hourly x 3 doses,
thromboprophylaxis with enoxaparin 40 mg SC daily from 12 h post-op.

Dr Chiamaka Obi
Verified: Prof. Adewale O. Ogunleye, Consultant Obstetrician & Gynaecologist
""",
    identifiers=[
        ("Mrs Funmilayo Adeyemi-Bakare", "PATIENT_NAME"),
        ("LUTH/OG/21/04472", "HOSPITAL_NUMBER"),
        ("Mr Segun Bakare", "RELATIVE_NAME"),
        ("0803 417 2296", "PHONE"),
        ("14B Ogunlana Drive, Surulere, Lagos", "ADDRESS"),
        ("48291037764", "OTHER_ID"),
        ("Dr Emeka Nwosu", "COLLEAGUE_NAME"),
        ("Dr Bisi Olatunji", "COLLEAGUE_NAME"),
    ],
    keep=["LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA", "Dr Chiamaka Obi", "Prof. Adewale O. Ogunleye",
          "Age: 31", "Para 1+0", "17 August 2021", "39+2 weeks", "0.5% heavy bupivacaine 2.2 ml",
          "Apgar 5 at 1 min and 8 at 5 min", "3.2 kg", "Oxytocin 10 IU IV", "EBL 650 ml",
          "27 minutes", "Cefuroxime 750 mg IV", "enoxaparin 40 mg SC", "Category: 1"],
))

DOCS.append(dict(
    id="s45-007", kind="departmental_letter", applicant="Dr Chiamaka Obi",
    text="""UNIVERSITY OF NIGERIA TEACHING HOSPITAL, ITUKU-OZALLA, ENUGU
Department of Obstetrics and Gynaecology

12th January 2023

TO WHOM IT MAY CONCERN

CONFIRMATION OF CLINICAL DUTIES: DR CHIAMAKA OBI

This is to confirm that Dr Chiamaka Obi was a Senior Registrar in this department from 1st March 2018
to 28th February 2021, rotating through all four consultant firms. Her duties included:

- running the antenatal clinic (approximately 40 women per session, two sessions weekly) and the
  gynaecology clinic (one session weekly);
- first on-call for the labour ward and gynaecological emergencies, 1 in 5, with direct consultant
  cover from home;
- caesarean sections (elective and emergency, about 180 as primary surgeon), operative vaginal
  deliveries (vacuum and forceps), manual removal of placenta, repair of third-degree tears,
  evacuation of retained products and laparotomy for ectopic pregnancy;
- colposcopy sessions under supervision and the monthly maternal and perinatal death review;
- teaching of fifth- and sixth-year medical students and house officers.

She passed Part II of the Fellowship of the West African College of Surgeons (FWACS) in 2020.

I worked with her directly throughout this period and am happy to answer any query about her work.

Prof. Ngozi C. Eze-Okonkwo
Head of Department, Obstetrics and Gynaecology
""",
    identifiers=[],
    keep=["UNIVERSITY OF NIGERIA TEACHING HOSPITAL, ITUKU-OZALLA, ENUGU", "Dr Chiamaka Obi",
          "DR CHIAMAKA OBI", "Prof. Ngozi C. Eze-Okonkwo", "1st March 2018", "28th February 2021",
          "FWACS", "1 in 5", "12th January 2023"],
))

DOCS.append(dict(
    id="s45-008", kind="mortality_review_minutes", applicant="Dr Chiamaka Obi",
    text="""LUTH O&G - MATERNAL DEATH REVIEW (MPDSR) - minutes, 9 November 2021
Present: Prof. A. O. Ogunleye (chair), Dr C. Obi (presenting), Dr Tolu Akinwale, Matron Grace Ekanem,
Dr Yusuf Abubakar (anaesthesia), 4 registrars, 2 midwives.

Case: Mrs Halima Sule, 27 years, G3P2, folder no. LUTH/OG/21/06118, referred from a private maternity
home in Ikorodu at 20:40 on 28/10/2021 after a home birth attended by a traditional birth attendant.
Brought by her sister, Mrs Zainab Sule-Ibrahim.

Summary (presented by Dr Obi): arrived 5 h after delivery, pale, BP 70/40, pulse 136, Hb 4.8 g/dL, uterus
boggy at umbilicus. PPH bundle started: bimanual compression, oxytocin 40 IU infusion, ergometrine 0.5 mg
IM, misoprostol 800 mcg SL, tranexamic acid 1 g IV. Blood requested at 20:55; first unit of blood
available at 22:10 (blood bank short of O negative). Taken to theatre for B-Lynch suture at 22:35; cardiac
arrest on table, ROSC not achieved. Time of death 23:20.

Delays identified: Type 1 (decision to seek care), Type 2 (transport, 2 hours in traffic), Type 3 (blood).
Action points: 1. Liaise with blood bank for emergency O-negative reserve on labour ward (owner: Dr Akinwale).
2. Drill on PPH every month (owner: Matron Ekanem). 3. Outreach to TBAs in the referring LGA.

Minutes taken by Dr Chiamaka Obi. Approved: Prof. Adewale O. Ogunleye.
""",
    identifiers=[
        ("Dr Tolu Akinwale", "COLLEAGUE_NAME"),
        ("Dr Akinwale", "COLLEAGUE_NAME"),
        ("Matron Grace Ekanem", "COLLEAGUE_NAME"),
        ("Matron Ekanem", "COLLEAGUE_NAME"),
        ("Dr Yusuf Abubakar", "COLLEAGUE_NAME"),
        ("Mrs Halima Sule", "PATIENT_NAME"),
        ("LUTH/OG/21/06118", "HOSPITAL_NUMBER"),
        ("Mrs Zainab Sule-Ibrahim", "RELATIVE_NAME"),
    ],
    keep=["Prof. A. O. Ogunleye", "Dr C. Obi", "Dr Obi", "Dr Chiamaka Obi", "Prof. Adewale O. Ogunleye",
          "27 years", "G3P2", "28/10/2021", "Hb 4.8 g/dL", "BP 70/40", "oxytocin 40 IU",
          "ergometrine 0.5 mg\nIM", "misoprostol 800 mcg SL", "tranexamic acid 1 g IV", "B-Lynch suture",
          "23:20", "MPDSR", "9 November 2021"],
))

DOCS.append(dict(
    id="s45-009", kind="translated_case_record", applicant="Dr Mohammed Al-Rawi",
    text="""Translation from Arabic (original attached). Translated by Dr Mohammed Al-Rawi; translation certified by
Al-Nakhla Legal Translation Office, Baghdad, stamp no. 2290.

Republic of Iraq - Ministry of Health - Baghdad Health Directorate / Al-Rusafa
Baghdad Medical City - Ghazi Al-Hariri Hospital for Specialised Surgery - Emergency Department
Emergency record no. 11873 / 2018

Patient: Haider Kadhim Jabbar Al-Saadi       Sex: male       Age: 24
National card no.: 199412830057421
Residence: Hay Al-Jamia, Mahalla 615, Zuqaq 22, House 9, Baghdad
Telephone: 0770 318 6629 (brother, Ali Kadhim)
Arrival: 19/7/2018 at 01:15, by Red Crescent ambulance. Police report no. 744 / Al-Mansour police station.

History: motorcycle collision with car, not wearing helmet. GCS 13 (E3 V4 M6) at scene.
Examination: airway patent, RR 26, SpO2 91% on air, decreased air entry on left, BP 96/60, HR 124.
Left chest tube 28 Fr inserted in ED by Dr Mohammed Al-Rawi: 600 ml blood drained, SpO2 97% after.
FAST: positive in Morison's pouch. 2 units O-negative given. CT brain: small right frontal contusion.
Shifted to operating theatre at 02:05 for laparotomy (splenectomy) under the surgical team of
Dr Laith Abdul-Hussein.

Resident doctor: Dr Mohammed Al-Rawi
Head of Emergency Department: Dr Saad Jawad Al-Khafaji (signed and stamped)
""",
    identifiers=[
        ("11873 / 2018", "HOSPITAL_NUMBER"),
        ("Haider Kadhim Jabbar Al-Saadi", "PATIENT_NAME"),
        ("199412830057421", "OTHER_ID"),
        ("Hay Al-Jamia, Mahalla 615, Zuqaq 22, House 9, Baghdad", "ADDRESS"),
        ("0770 318 6629", "PHONE"),
        ("Ali Kadhim", "RELATIVE_NAME"),
        ("744", "REFERENCE_NUMBER"),
        ("Dr Laith Abdul-Hussein", "COLLEAGUE_NAME"),
        ("2290", "REFERENCE_NUMBER"),
    ],
    keep=["Dr Mohammed Al-Rawi", "Baghdad Medical City", "Ghazi Al-Hariri Hospital for Specialised Surgery",
          "Dr Saad Jawad Al-Khafaji", "Al-Nakhla Legal Translation Office", "Age: 24", "male",
          "GCS 13 (E3 V4 M6)", "SpO2 91%", "BP 96/60", "HR 124", "28 Fr", "600 ml", "Morison's pouch",
          "19/7/2018", "01:15"],
))

DOCS.append(dict(
    id="s45-010", kind="certificate_of_experience", applicant="Dr Mohammed Al-Rawi",
    text="""[Certified English translation of the Arabic original]

Republic of Iraq
Ministry of Health and Environment
Baghdad Al-Karkh Health Directorate - Human Resources Section
No.: 4/7/19822
Date: 3/3/2021

To whom it may concern
Subject: Service certificate

The Baghdad Al-Karkh Health Directorate certifies that Dr Mohammed Abdulkareem Al-Rawi, holder of Iraqi
Medical Association card no. 58214, worked at Al-Yarmouk Teaching Hospital, Emergency Department, as a
senior resident (Specialist Trainee, Iraqi Board of Emergency Medicine) from 1/10/2016 to 30/9/2020, with
a total service of four years, working 12-hour shifts including nights, with responsibility for resuscitation
room cases, major trauma, and supervision of junior residents.

This certificate was issued at his request.

Dr Rasha Fadhil Hameed
Director of Human Resources
(stamp)

Authenticated by the Iraqi Ministry of Foreign Affairs, authentication no. MFA/AUTH/2021/66104.
""",
    identifiers=[
        ("4/7/19822", "REFERENCE_NUMBER"),
        ("MFA/AUTH/2021/66104", "REFERENCE_NUMBER"),
    ],
    keep=["Dr Mohammed Abdulkareem Al-Rawi", "58214", "Al-Yarmouk Teaching Hospital", "Dr Rasha Fadhil Hameed",
          "1/10/2016", "30/9/2020", "Iraqi Board of Emergency Medicine", "3/3/2021"],
))

DOCS.append(dict(
    id="s45-011", kind="operation_note", applicant="Dr Nour El-Din Hassan",
    text="""Kasr Al Ainy Hospitals, Cairo University - Orthopaedic Department (Unit C)
Operative report   [English original]

Patient: Mahmoud Abdel-Fattah El-Sayed     Ticket no.: 2017-58123-KA     Age 52, male
National ID: 26503120102758
Address: 11 Shaarawy St., off Faisal St., Boulaq El Dakrour, Giza     Tel: 0100 473 8821

Date: 8/5/2017
Diagnosis: Closed fracture right distal radius, dorsally displaced, intra-articular (AO 23-C2), fall from
height (scaffolding at work site).
Operation: ORIF with volar locking plate (2.4 mm, 3-hole shaft) through modified Henry approach.
Surgeon: Dr Nour El-Din Hassan (assistant lecturer)     1st assistant: Dr Karim Shoukry
Anaesthesia: supraclavicular brachial plexus block + sedation     Tourniquet: 250 mmHg, 58 min

Steps: FCR sheath opened, pronator quadratus elevated. Fracture reduced under image intensifier, provisional
K-wires, plate applied, distal locking screws x 6 (subchondral), shaft 3 cortical screws. Final
fluoroscopy: radial inclination 21 degrees, volar tilt 8 degrees, no intra-articular screw. PQ repaired.
Skin closed 3/0 prolene. Volar slab.
Post-op: cefazolin 1 g IV 8-hourly x 24 h, elevation, finger exercises, review 2 weeks for stitches,
X-ray at 6 weeks.

Dr Nour El-Din Hassan
Supervising professor: Prof. Hesham Abdel-Aziz Mostafa
""",
    identifiers=[
        ("Mahmoud Abdel-Fattah El-Sayed", "PATIENT_NAME"),
        ("2017-58123-KA", "HOSPITAL_NUMBER"),
        ("26503120102758", "OTHER_ID"),
        ("11 Shaarawy St., off Faisal St., Boulaq El Dakrour, Giza", "ADDRESS"),
        ("0100 473 8821", "PHONE"),
        ("Dr Karim Shoukry", "COLLEAGUE_NAME"),
    ],
    keep=["Kasr Al Ainy Hospitals, Cairo University", "Dr Nour El-Din Hassan", "Prof. Hesham Abdel-Aziz Mostafa",
          "Age 52, male", "8/5/2017", "AO 23-C2", "volar locking plate (2.4 mm, 3-hole shaft)",
          "modified Henry approach", "250 mmHg, 58 min", "radial inclination 21 degrees",
          "volar tilt 8 degrees", "cefazolin 1 g IV 8-hourly"],
))

DOCS.append(dict(
    id="s45-012", kind="logbook_summary", applicant="Dr Nour El-Din Hassan",
    text="""CONSOLIDATED OPERATIVE LOGBOOK SUMMARY
Dr Nour El-Din Hassan - Trauma & Orthopaedics
Kasr Al Ainy Hospitals (Oct 2014 - Sep 2019) and El-Sahel Teaching Hospital, Cairo (Oct 2019 - Dec 2021)
Source: eLogbook export and hand-written theatre registers, totals verified by the unit heads.

Procedure group                               | Performed | Supervised trainee | Assisted | Total
Hip hemiarthroplasty (cemented/uncemented)     |    62     |        9           |    21    |   92
Dynamic hip screw                              |    88     |       14           |    17    |  119
Intramedullary nail femur                      |    71     |        6           |    25    |  102
Intramedullary nail tibia                      |    54     |        4           |    19    |   77
Distal radius ORIF (volar plate)               |    47     |       11           |     8    |   66
Ankle ORIF (Weber B/C)                         |    79     |       12           |    10    |  101
Total knee replacement                         |    18     |        0           |    63    |   81
Total hip replacement                          |    12     |        0           |    41    |   53
Arthroscopic ACL reconstruction                |     9     |        0           |    37    |   46
Debridement open fracture (Gustilo I-IIIB)     |   103     |       20           |    14    |  137
Tendon repair (hand, flexor zone II)           |    23     |        2           |     6    |   31
Grand total                                    |   566     |       78           |   261    |  905

Certified: Prof. Hesham Abdel-Aziz Mostafa (Kasr Al Ainy)   Dr Amr Fawzy Radwan (El-Sahel)
""",
    identifiers=[],
    keep=["Dr Nour El-Din Hassan", "Kasr Al Ainy Hospitals", "El-Sahel Teaching Hospital",
          "Prof. Hesham Abdel-Aziz Mostafa", "Dr Amr Fawzy Radwan", "Gustilo I-IIIB", "Weber B/C",
          "flexor zone II", "905"],
))

DOCS.append(dict(
    id="s45-013", kind="discharge_summary", applicant="Dr Tharindu Jayasekara",
    text="""TEACHING HOSPITAL PERADENIYA - Medical Ward 10 (Professorial Unit)
DIAGNOSIS CARD / DISCHARGE SUMMARY

BHT No: 44621/19          Name: W.M. Karunawathie Menike          Age: 71 yrs   Sex: F
NIC: 485612037V           Address: "Sirisewana", Udawela, Galagedara, Kandy District
Contact: 077 418 2093 (son - W.M. Nimal Bandara, teacher, Galagedara Central College)

Admitted: 12.03.2019        Discharged: 21.03.2019

Diagnosis: 1. Community-acquired pneumonia, right lower lobe (CURB-65 = 3)
           2. Type 2 diabetes mellitus with hyperosmolar state on admission (RBS 612 mg/dL, Na 151)
           3. Acute kidney injury (creatinine 2.4 -> 1.1 mg/dL)

Management: IV co-amoxiclav 1.2 g TDS + oral clarithromycin 500 mg BD (7 days); IV 0.9% saline;
soluble insulin infusion then basal-bolus (insulin glargine 14 units nocte + soluble insulin 6 units with meals).

Drugs on discharge: Metformin 500 mg BD (restart after creatinine check), Insulin glargine 14 units nocte,
Atorvastatin 20 mg nocte, Losartan 25 mg mane (held - restart at clinic).
Clinic: Diabetes clinic, 04.04.2019, with FBS/PPBS and serum creatinine.

Dr Tharindu Jayasekara, Registrar in Medicine
Consultant Physician: Prof. Chandrika Wijeratne
""",
    identifiers=[
        ("44621/19", "HOSPITAL_NUMBER"),
        ("W.M. Karunawathie Menike", "PATIENT_NAME"),
        ("485612037V", "OTHER_ID"),
        ('"Sirisewana", Udawela, Galagedara, Kandy District', "ADDRESS"),
        ("077 418 2093", "PHONE"),
        ("W.M. Nimal Bandara", "RELATIVE_NAME"),
        ("Galagedara Central College", "ADDRESS"),
    ],
    keep=["TEACHING HOSPITAL PERADENIYA", "Medical Ward 10", "Dr Tharindu Jayasekara", "Prof. Chandrika Wijeratne",
          "Age: 71 yrs", "Sex: F", "CURB-65 = 3", "RBS 612 mg/dL", "creatinine 2.4 -> 1.1 mg/dL",
          "co-amoxiclav 1.2 g TDS", "clarithromycin 500 mg BD", "insulin glargine 14 units nocte",
          "Atorvastatin 20 mg nocte", "Losartan 25 mg mane", "12.03.2019", "04.04.2019"],
))

DOCS.append(dict(
    id="s45-014", kind="certificate_of_experience", applicant="Dr Tharindu Jayasekara",
    text="""POSTGRADUATE INSTITUTE OF MEDICINE, UNIVERSITY OF COLOMBO
Board of Study in Internal Medicine

CERTIFICATE OF SATISFACTORY COMPLETION OF TRAINING

This is to certify that Dr Tharindu Jayasekara (PGIM trainee) completed the following training posts
satisfactorily as part of the MD (Medicine) programme:

Post                                                        From          To           Trainer
Registrar, Professorial Medical Unit, Teaching Hospital      01.02.2018    31.01.2019   Prof. Chandrika Wijeratne
  Peradeniya
Registrar, Medical Unit, National Hospital of Sri Lanka,     01.02.2019    31.07.2019   Dr Ravindra Senanayake
  Colombo (stroke and general medicine)
Registrar, Nephrology Unit, Teaching Hospital Kandy          01.08.2019    31.01.2020   Dr Dilani Gunasekara
Senior Registrar, General Medicine, Teaching Hospital         01.02.2020    31.01.2021   Prof. Chandrika Wijeratne
  Peradeniya

He passed the MD (Medicine) examination in December 2019 and was Board Certified as a specialist in
General Medicine in February 2021 after completion of the pre-board certification assessment.

Prof. Shamila de Silva
Chairperson, Board of Study in Internal Medicine
""",
    identifiers=[],
    keep=["POSTGRADUATE INSTITUTE OF MEDICINE, UNIVERSITY OF COLOMBO", "Dr Tharindu Jayasekara",
          "Prof. Chandrika Wijeratne", "Dr Ravindra Senanayake", "Dr Dilani Gunasekara", "Prof. Shamila de Silva",
          "National Hospital of Sri Lanka", "Teaching Hospital Kandy", "01.02.2018", "31.01.2021", "MD (Medicine)"],
))

DOCS.append(dict(
    id="s45-015", kind="case_record", applicant="Dr Kwame Asante",
    text="""KOMFO ANOKYE TEACHING HOSPITAL, KUMASI
Directorate of Internal Medicine - Male Medical Ward (Ward B3)

Folder No.: KATH/IM/2016/30917        NHIS No.: 07119845
Name: Kofi Owusu-Ansah (a.k.a. "Papa Kofi")   Age: 63   Sex: M
Ghana Card: GHA-713602448-5
Residence: H/No. AK-447-2291, Asokwa, near Asokwa Methodist Church, Kumasi
Next of kin: Akosua Owusu-Ansah (wife), 024 471 0983
Occupation: retired cocoa purchasing clerk

14/06/2016 - Admission note (Dr K. Asante, Resident)
C/O: Swelling of both legs and abdomen x 3 weeks, breathlessness on lying flat, passing less urine.
Known hypertensive x 10 years, defaulted amlodipine. Takes herbal preparations.
O/E: BP 188/112, pulse 96 regular, JVP raised 6 cm, bilateral pitting oedema to knees, ascites, basal crackles.
Urine dipstick protein 3+, blood 1+. Creatinine 612 umol/L, urea 31 mmol/L, K 6.4 mmol/L, Hb 8.1 g/dL.
USS kidneys: both 8.2 cm, echogenic, loss of corticomedullary differentiation.
Imp: CKD stage 5 (likely hypertensive nephrosclerosis) with fluid overload and hyperkalaemia.
Plan: calcium gluconate 10% 10 ml IV, insulin-dextrose, salbutamol nebs; IV furosemide 120 mg;
refer renal team for haemodialysis (temporary femoral catheter), counsel on cost of dialysis.

Reviewed by: Dr Yaw Boateng Mensah, Consultant Physician / Nephrologist
""",
    identifiers=[
        ("KATH/IM/2016/30917", "HOSPITAL_NUMBER"),
        ("07119845", "OTHER_ID"),
        ("Kofi Owusu-Ansah", "PATIENT_NAME"),
        ("Papa Kofi", "PATIENT_NAME"),
        ("GHA-713602448-5", "OTHER_ID"),
        ("H/No. AK-447-2291, Asokwa, near Asokwa Methodist Church, Kumasi", "ADDRESS"),
        ("Akosua Owusu-Ansah", "RELATIVE_NAME"),
        ("024 471 0983", "PHONE"),
    ],
    keep=["KOMFO ANOKYE TEACHING HOSPITAL, KUMASI", "Dr K. Asante", "Dr Yaw Boateng Mensah", "Age: 63",
          "Sex: M", "Ward B3", "BP 188/112", "Creatinine 612 umol/L", "K 6.4 mmol/L", "Hb 8.1 g/dL",
          "CKD stage 5", "calcium gluconate 10% 10 ml IV", "furosemide 120 mg", "14/06/2016", "JVP raised 6 cm"],
))
