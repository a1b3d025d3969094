from common import D

DOCS = []

# ---------------------------------------------------------------- s43-021
DOCS.append(D(
    "s43-021", "msf", "Dr Nkechi Eze",
    """MULTI-SOURCE FEEDBACK (360) - SUMMARY REPORT
Doctor: Dr Nkechi Eze, Specialty Doctor, Obstetrics & Gynaecology
Organisation: University Hospitals of North Midlands NHS Trust - Royal Stoke University Hospital
Survey window: 01/02/2024 - 15/03/2024       Responses: 16 (consultants 3, doctors in training 4, midwives 6, theatre staff 2, admin 1)
Reviewed with: Mr Graham Pike, Consultant Obstetrician and Educational Supervisor, 25/03/2024

Domain                                       Mean (1-5)   Range    Unable to comment
Clinical knowledge and skills                4.6          4-5      0
Communication with patients and relatives    4.8          4-5      1
Team working                                  4.7          3-5      0
Accessibility / reliability                   4.3          3-5      0
Teaching and supervision                      4.5          4-5      2
Overall                                       4.6

Free-text comments (unedited)
+ "Calm in an emergency. During the shoulder dystocia on 14 Feb she led the team through HELPERR and debriefed everyone after."
+ "Always explains to women what is happening. When Mrs Ivy Pattinson's daughter was upset about the delay to her mum's hysterectomy, Nkechi sat with them for 30 minutes."
+ "Great with the juniors - she taught me how to do a Kiwi ventouse."
+ "Sometimes hard to get hold of when covering gynae and labour ward together. Sister Janet Mountford on Ward 206 had to bleep her three times one night."
- "Could delegate more; she tends to do the perineal repairs herself rather than supervise."

Self-assessment vs raters: similar across domains; self rated accessibility 4.0.
Actions agreed: (1) agree escalation plan with the labour ward coordinator for nights when covering both; (2) supervise at least 10 OASI repairs by others before next appraisal.

Signed: Mr Graham Pike (Educational Supervisor)
""",
    [("Ivy Pattinson", "PATIENT_NAME"), ("Janet Mountford", "COLLEAGUE_NAME")],
    ["Dr Nkechi Eze", "Nkechi", "Mr Graham Pike", "University Hospitals of North Midlands NHS Trust",
     "Royal Stoke University Hospital", "HELPERR", "Kiwi ventouse", "Ward 206", "OASI", "25/03/2024", "4.6"],
))

# ---------------------------------------------------------------- s43-022
DOCS.append(D(
    "s43-022", "chat_export", "Dr Samir Khalil",
    """WhatsApp Chat with Gen Surg Gwynedd on-call 🩺
(exported 13/03/2024 - shared as evidence of night-time leadership; Dr Samir Khalil)

[12/03/2024, 21:58] Samir Khalil: Evening all. I'm the reg tonight. Consultant on call Mr Evans (home, 20 min away).
[12/03/2024, 22:06] +44 7700 900623: Hi Samir, SHO in ED here. Got a 79M, elwyn bowen, hosp no Y0344172, RIF pain + vomiting 2 days, lactate 4.1, WCC 19. CT booked
[12/03/2024, 22:07] Samir Khalil: Thanks. What's the obs? Is he on anticoagulants?
[12/03/2024, 22:09] +44 7700 900623: HR 112, BP 96/60, temp 38.4. On rivaroxaban 20mg for AF, last dose this morning. Lives alone up past Llanberis, neighbour (Mrs Glenys Parry) brought him in
[12/03/2024, 22:11] Samir Khalil: Sepsis 6 please, 500ml crystalloid stat and reassess, group & save x2. I'll come down now
[12/03/2024, 22:48] Samir Khalil: CT: perforated caecal tumour, free air. Discussed with Mr Evans - for laparotomy tonight. Theatre booked, NELA risk 18%. Pls consent the family - his son is Rhys Bowen 07700 900147
[12/03/2024, 22:50] Nia (F1): Will do. Is it Elwin with an i? system has two
[12/03/2024, 22:51] Samir Khalil: Elwyn - check DOB 07/10/1944 against the wristband, NOT the other Mr Bowen on Ward Alaw
[12/03/2024, 23:35] Anaesthetics - Dr Kaur: On my way, will need a critical care bed. ITU has one.
[12/03/2024, 23:40] Samir Khalil: 👍 thank you
[13/03/2024, 03:12] Samir Khalil: Done. R hemicolectomy + end ileostomy, to ITU ventilated. Thanks everyone, great teamwork tonight.
""",
    [("+44 7700 900623", "PHONE"), ("elwyn bowen", "PATIENT_NAME"), ("Y0344172", "HOSPITAL_NUMBER"),
     ("Llanberis", "ADDRESS"), ("Glenys Parry", "RELATIVE_NAME"), ("Rhys Bowen", "RELATIVE_NAME"),
     ("07700 900147", "PHONE"), ("Elwin", "PATIENT_NAME"), ("Elwyn", "PATIENT_NAME"), ("Bowen", "PATIENT_NAME"),
     ("Evans", "COLLEAGUE_NAME"), ("Nia", "COLLEAGUE_NAME"), ("Kaur", "COLLEAGUE_NAME")],
    ["Dr Samir Khalil", "Samir Khalil", "Samir", "79M", "lactate 4.1", "WCC 19", "rivaroxaban 20mg", "HR 112",
     "BP 96/60", "Sepsis 6", "NELA risk 18%", "DOB 07/10/1944", "Ward Alaw", "R hemicolectomy + end ileostomy",
     "12/03/2024, 22:48"],
))

# ---------------------------------------------------------------- s43-023
DOCS.append(D(
    "s43-023", "referral_letter", "Dr Lukas Becker",
    """Western Isles Hospital, Stornoway
NHS Western Isles - Department of Medicine
Direct line 01632 960 118 (Dr Becker's secretary)

18 June 2024

Dr Fiona Gillespie
Consultant Neurologist
Department of Neurology, Raigmore Hospital, NHS Highland, Inverness

URGENT - suspected motor neurone disease

Patient: Mòrag NicNèill (Morag MacNeil)
DOB: 2nd March 1962     CHI: 0203625548
Address: Taigh na Mara, Bruernish, Isle of Barra HS9 5QY
Tel: 01632 960 442 (home)   Gaelic-speaking; English fluent
GP: Dr Alasdair Campbell, Castlebay Medical Practice

Dear Dr Gillespie

Thank you for seeing this 62-year-old former ferry purser with CalMac on the Oban-Castlebay route who has a 7-month history of progressive weakness in the right hand and dysarthria. On examination there is wasting of the first dorsal interosseous and thenar eminence on the right, widespread fasciculations in both arms and the tongue, brisk reflexes with an upgoing right plantar, and no sensory signs. Weight down 6 kg. FVC 2.3 L (78% predicted), sitting and supine similar. CK 412 U/L. B12, TFTs, calcium normal; MRI cervical spine at Stornoway showed only mild spondylosis without cord compression.

I am concerned about MND (probable ALS by the Gold Coast criteria). Her husband Donnie and daughter Kirsteen (who lives in Glasgow, 07700 900589) know we are considering this. Travel is difficult - the flight from Barra depends on the tide - so a combined clinic with neurophysiology would help greatly. She would like Kirsteen to attend by Near Me video.

Yours sincerely

Dr Lukas Becker
Specialty Doctor in General Medicine, Western Isles Hospital
""",
    [("Fiona Gillespie", "COLLEAGUE_NAME"), ("Gillespie", "COLLEAGUE_NAME"), ("Mòrag NicNèill", "PATIENT_NAME"),
     ("Morag MacNeil", "PATIENT_NAME"), ("0203625548", "NHS_NUMBER"), ("Taigh na Mara, Bruernish, Isle of Barra", "ADDRESS"),
     ("HS9 5QY", "POSTCODE"), ("01632 960 442", "PHONE"), ("Alasdair Campbell", "COLLEAGUE_NAME"),
     ("Castlebay Medical Practice", "ADDRESS"), ("Barra", "ADDRESS"), ("Donnie", "RELATIVE_NAME"), ("Kirsteen", "RELATIVE_NAME"),
     ("07700 900589", "PHONE"), ("01632 960 118", "PHONE")],
    ["Dr Lukas Becker", "Dr Becker", "Western Isles Hospital", "NHS Western Isles", "Raigmore Hospital", "NHS Highland",
     "DOB: 2nd March 1962", "62-year-old", "FVC 2.3 L (78% predicted)", "CK 412 U/L", "Gold Coast criteria",
     "first dorsal interosseous", "Near Me", "18 June 2024"],
))

# ---------------------------------------------------------------- s43-024
DOCS.append(D(
    "s43-024", "clinic_letter", "Dr Haruto Sato",
    """[OCR of scanned letter - pages 1-2]

South Tyneside and Sunder1and NHS Foundation Trust
SUNDERLAND EYE INFIRMARY  Queen A1exandra Road  Sunderland
Medica1 Retina Service

Date dictated: 2O/O5/2O24
Our Ref: MR/HS/O9917

Dr P. Charlton
Roker Medica1 Centre
SUNDERLAND

Dear Dr Char1ton

Re:  Mrs Doreen ELSDON   D0B: O8/12/1938
     NHS No: 4O1 223 7781     Unit No: SE 0O481 27
     9 Ha1ton Grange Rd, Roker, Sunderland  SR6 9QW     Te1: 0l91 498 0553

Diagnosis:  Left neovascu1ar (wet) AMD - 1oading phase comp1ete
            Right geographic atrophy
VA:  R 6/36   L 6/18 (was 6/24)  Snel1en, with glasses
IOP: R 14  L 15 mmHg
OCT: L - sub-retina1 f1uid reso1ved, CST 281 microns (from 402)

Mrs E1sdon has had three 1oading injections of af1ibercept 2 mg (Eylea) into the 1eft eye. I am p1eased to report a good response. We wi11 now move to a treat-and-extend regimen, next injection in 8 weeks.

She is no 1onger ab1e to drive (she b1ames the 1ight in the car park at Sainsbury's) and her husband Norman takes her to c1inic. She lives independent1y with a care package. I have comp1eted a CVI (Certificate of Vision Impairment) - partia11y sighted.

Yours sincere1y

Dr Haruto Sato
Specia1ty Doctor in Ophtha1mo1ogy
""",
    [("MR/HS/O9917", "REFERENCE_NUMBER"), ("P. Charlton", "COLLEAGUE_NAME"), ("Char1ton", "COLLEAGUE_NAME"),
     ("Roker Medica1 Centre", "ADDRESS"), ("Doreen ELSDON", "PATIENT_NAME"), ("E1sdon", "PATIENT_NAME"),
     ("4O1 223 7781", "NHS_NUMBER"), ("SE 0O481 27", "HOSPITAL_NUMBER"), ("9 Ha1ton Grange Rd, Roker, Sunderland", "ADDRESS"),
     ("SR6 9QW", "POSTCODE"), ("0l91 498 0553", "PHONE"), ("Norman", "RELATIVE_NAME")],
    ["Dr Haruto Sato", "SUNDERLAND EYE INFIRMARY", "D0B: O8/12/1938", "R 6/36   L 6/18", "IOP: R 14  L 15 mmHg",
     "CST 281 microns", "af1ibercept 2 mg (Eylea)", "treat-and-extend", "Certificate of Vision Impairment",
     "2O/O5/2O24"],
))

# ---------------------------------------------------------------- s43-025
DOCS.append(D(
    "s43-025", "rota", "Dr Adebola Ogunleye",
    """Emergency Department middle-grade rota - weeks commencing 01/07/2024 and 08/07/2024
Royal Shrewsbury Hospital - The Shrewsbury and Telford Hospital NHS Trust
Rota co-ordinator: Dr Adebola Ogunleye (Specialty Doctor, EM) - compiled in line with the 2016 junior doctor contract rules (max 72 h in any 168 h, 46 h rest after night block)
Approved: Dr Marcus Whitfield, Clinical Director, Emergency Medicine

        Mon        Tue        Wed        Thu        Fri        Sat        Sun
Early   Ogunleye   A.Kiplagat Ogunleye   R.Sood     R.Sood     H.Vass     H.Vass
Late    H.Vass     Ogunleye   A.Kiplagat A.Kiplagat Z.Brennan  Z.Brennan  R.Sood
Night   Z.Brennan  Z.Brennan  H.Vass     H.Vass     LOCUM*     Ogunleye   Ogunleye

Week 2
Early   Z.Brennan  Z.Brennan  R.Sood     Ogunleye   Ogunleye   A.Kiplagat A.Kiplagat
Late    R.Sood     H.Vass     H.Vass     Z.Brennan  A.Kiplagat Ogunleye   Ogunleye
Night   A.Kiplagat A.Kiplagat Ogunleye   Ogunleye   H.Vass     R.Sood     R.Sood

*Gap filled via agency (Thornbury) - Dr P. Mwangi, booking ref TH-5529031
Swaps: R.Sood <-> H.Vass agreed 24/06 (annual leave). Z.Brennan less-than-full-time 80%: no more than 2 consecutive nights.
Contacts: ED middle-grade bleep 2210; site manager 01632 960 330.

Compliance check: 0 breaches; average weekly hours 47.5; all doctors have 2 consecutive days off in 14.
""",
    [("A.Kiplagat", "COLLEAGUE_NAME"), ("R.Sood", "COLLEAGUE_NAME"), ("H.Vass", "COLLEAGUE_NAME"),
     ("Z.Brennan", "COLLEAGUE_NAME"), ("P. Mwangi", "COLLEAGUE_NAME"), ("TH-5529031", "REFERENCE_NUMBER"),
     ("bleep 2210", "PHONE"), ("01632 960 330", "PHONE")],
    ["Dr Adebola Ogunleye", "Ogunleye", "Dr Marcus Whitfield", "Royal Shrewsbury Hospital",
     "The Shrewsbury and Telford Hospital NHS Trust", "2016 junior doctor contract", "max 72 h in any 168 h",
     "average weekly hours 47.5", "01/07/2024", "80%"],
))

# ---------------------------------------------------------------- s43-026
DOCS.append(D(
    "s43-026", "caseload_list", "Dr Rukhsana Akhtar",
    """Satellite haemodialysis unit - monthly quality review caseload (Mon/Wed/Fri twilight shift)
Lister Hospital renal satellite, Stevenage - East and North Hertfordshire NHS Trust
Reviewing doctor: Dr Rukhsana Akhtar (Specialty Doctor, Renal Medicine). Consultant: Dr Benjamin Osei-Tutu
Month: April 2024     Targets (UK Kidney Association): URR > 65%, Hb 100-120 g/L, phosphate 1.1-1.7 mmol/L

- george whitlock, 81, RU20871 - AVF L radiocephalic. URR 71%. Hb 104. PO4 1.9 -> sevelamer 800 mg TDS increased. ok
- mrs p. okonjo, 67, RU21104 - tunnelled line R IJ (2nd), line sepsis Jan. Fistula referral chased. URR 66%. Hb 97 -> darbepoetin 40 mcg weekly increased to 60.
- Stanislav 'Stan' Wróbel, 58, RU19985 - AVF, transplant work-up, live donor = wife (Halina). URR 74%. PTH 58 pmol/L -> cinacalcet 30 mg OD.
- lou (louisa) frampton, 92, RU17732 - AVG L thigh. Conservative care discussed; wants to continue HD. ReSPECT done. URR 68%.
- harold "harry" dimmock, 76, RU20450 - AVF. Missed 3 sessions (grandson in hospital). K+ 6.4 on Monday -> dietitian, patiromer.
- t.a., 44, RU21377 - new starter, AVF 6 wks, buttonhole technique training. Hb 112.

Summary: 6 patients; 4/6 URR target; 2/6 phosphate target; 1 line infection since January.
Reviewed with Dr Osei-Tutu 30/04/2024.
""",
    [("george whitlock", "PATIENT_NAME"), ("RU20871", "HOSPITAL_NUMBER"), ("p. okonjo", "PATIENT_NAME"),
     ("RU21104", "HOSPITAL_NUMBER"), ("Stanislav 'Stan' Wróbel", "PATIENT_NAME"), ("RU19985", "HOSPITAL_NUMBER"),
     ("Halina", "RELATIVE_NAME"), ("lou (louisa) frampton", "PATIENT_NAME"), ("RU17732", "HOSPITAL_NUMBER"),
     ("harold \"harry\" dimmock", "PATIENT_NAME"), ("RU20450", "HOSPITAL_NUMBER"), ("t.a.", "PATIENT_NAME"),
     ("RU21377", "HOSPITAL_NUMBER")],
    ["Dr Rukhsana Akhtar", "Dr Benjamin Osei-Tutu", "Dr Osei-Tutu", "Lister Hospital", "East and North Hertfordshire NHS Trust",
     "URR > 65%", "sevelamer 800 mg TDS", "darbepoetin 40 mcg", "PTH 58 pmol/L", "cinacalcet 30 mg OD", "K+ 6.4",
     "patiromer", "92", "UK Kidney Association", "ReSPECT"],
))

# ---------------------------------------------------------------- s43-027
DOCS.append(D(
    "s43-027", "discharge_summary", "Dr Conor Breslin",
    """WESTERN HEALTH AND SOCIAL CARE TRUST - ALTNAGELVIN AREA HOSPITAL
Cardiology / Coronary Care Unit - ELECTRONIC DISCHARGE LETTER

Patient name: Eamon Gerard McLAUGHLIN        Gender: Male
Date of birth: 1 Jan 1933  (Age: 91)
H&C number: 5519 330 842         Hospital no: W00761254
Address: 17 Carnhill Mews, Ballymagroarty, Derry BT48 0QL
Next of kin: Sadie McLaughlin (wife) - 028 9649 6588
Admitted: 03/06/2024 (CCU bed 4)     Discharged: 07/06/2024
Responsible consultant: Dr Conor Breslin (Specialty Doctor, Cardiology, on behalf of the team)

Diagnosis: Complete heart block with syncope (Mobitz II progressing to CHB), ventricular rate 32 bpm
Procedure 05/06/2024: Dual-chamber permanent pacemaker, left subclavian approach
Device: Medtronic Azure XT DR MRI SureScan, model W2DR01, serial RNB612044S
Leads: RA 5076-52 cm serial PJN9921407; RV 5076-58 cm serial PJN9930155
Settings: DDDR 60-130 bpm, AV delay 180 ms. Pacing check day 1 satisfactory; CXR no pneumothorax.

Medication on discharge: aspirin stopped (no indication); ramipril 2.5 mg OD; atorvastatin 40 mg ON; paracetamol 1 g QDS PRN.

Advice: No driving for 1 week (DVLA group 1). Wound check by practice nurse day 7-10. Keep arm below shoulder height 4 weeks. Pacing clinic 6 weeks. Device ID card given. Home monitoring via CareLink (transmitter ref CL-24-77109).

GP: Dr Ciara Doherty, Rosemount Health Centre
""",
    [("Eamon Gerard McLAUGHLIN", "PATIENT_NAME"), ("5519 330 842", "NHS_NUMBER"), ("W00761254", "HOSPITAL_NUMBER"),
     ("17 Carnhill Mews, Ballymagroarty, Derry", "ADDRESS"), ("BT48 0QL", "POSTCODE"),
     ("Sadie McLaughlin", "RELATIVE_NAME"), ("028 9649 6588", "PHONE"), ("RNB612044S", "OTHER_ID"),
     ("PJN9921407", "OTHER_ID"), ("PJN9930155", "OTHER_ID"), ("CL-24-77109", "OTHER_ID"),
     ("Ciara Doherty", "COLLEAGUE_NAME"), ("Rosemount Health Centre", "ADDRESS")],
    ["Dr Conor Breslin", "WESTERN HEALTH AND SOCIAL CARE TRUST", "ALTNAGELVIN AREA HOSPITAL", "Date of birth: 1 Jan 1933",
     "Age: 91", "Gender: Male", "CCU bed 4", "Medtronic Azure XT DR MRI SureScan", "W2DR01", "DDDR 60-130 bpm",
     "AV delay 180 ms", "ramipril 2.5 mg OD", "atorvastatin 40 mg ON", "DVLA group 1", "32 bpm", "05/06/2024"],
))

# ---------------------------------------------------------------- s43-028
DOCS.append(D(
    "s43-028", "qi_report", "Dr Sana Rahim",
    """Quality improvement project report
Title: Reducing time to first podiatry review for inpatients with diabetic foot ulcers
Lead: Dr Sana Rahim, Specialty Doctor in Diabetes & Endocrinology
Bradford Royal Infirmary, Bradford Teaching Hospitals NHS Foundation Trust
QI coach / supervisor: Dr Peter Lumb, Consultant Diabetologist
Dates: September 2023 - March 2024. Method: Model for Improvement, 3 PDSA cycles, run chart.

Why this matters - a patient story (shared with his permission)
Hamid, a 63-year-old taxi driver with type 2 diabetes, was admitted to Ward 9 with cellulitis in July 2023. The ulcer under his first metatarsal head was noted on day 1 but he was not seen by podiatry until day 6, by which time he had osteomyelitis and went on to a ray amputation. His daughter Nasreen told us: "Everyone looked at his foot. Nobody did anything about it." Hamid Qureshi has agreed to speak at our next governance day.

Baseline (n = 32, Jul-Aug 2023): median time to podiatry review 4.5 days; 38% had a foot examination documented within 24 h (NICE NG19 standard).

Change ideas
PDSA 1 - "foot off, look, refer" sticker in admission clerking (Oct 2023)
PDSA 2 - daily automatic list from the ward diabetes team to podiatry (Dec 2023)
PDSA 3 - podiatry in-reach to the Acute Medical Unit three mornings a week (Feb 2024)

Results (n = 41, Feb-Mar 2024): median time to review 1.2 days; 83% foot examination within 24 h; length of stay for foot-ulcer admissions down from median 11 to 8 days (not statistically tested). Balancing measure: podiatry outpatient waiting time unchanged (6 weeks).

Next steps: spread to surgical wards; present to MDFT; bid for 0.4 WTE podiatrist.
""",
    [("Hamid", "PATIENT_NAME"), ("Hamid Qureshi", "PATIENT_NAME"), ("Nasreen", "RELATIVE_NAME")],
    ["Dr Sana Rahim", "Dr Peter Lumb", "Bradford Royal Infirmary", "Bradford Teaching Hospitals NHS Foundation Trust",
     "Model for Improvement", "PDSA", "63-year-old", "Ward 9", "NICE NG19", "median time to podiatry review 4.5 days",
     "83%", "0.4 WTE"],
))

# ---------------------------------------------------------------- s43-029
DOCS.append(D(
    "s43-029", "cpd_certificate", "Dr Olumide Bankole",
    """RESUSCITATION COUNCIL UK

This is to certify that

Dr Olumide Bankole

has successfully completed the

ADVANCED LIFE SUPPORT (ALS) PROVIDER COURSE

held at Hull Royal Infirmary, Hull University Teaching Hospitals NHS Trust
on 11 and 12 January 2024

and has been recommended as a potential ALS Instructor (Instructor Potential).

Certification valid until: January 2028
CPD: 14 credits (Royal College of Physicians CPD approved)

Course Director: Dr Hilary Sowerby, Consultant in Acute Medicine
Medical Director, Resuscitation Council UK

Applicant's note for portfolio: evidences Domain 1 (knowledge, skills and performance) - cardiac arrest team leadership; linked to my MSF comment about leading the arrest call on Ward 110 and my reflection on the 2021 Resuscitation Guidelines (4H/4T reversible causes).
""",
    [],
    ["Dr Olumide Bankole", "Hull Royal Infirmary", "Hull University Teaching Hospitals NHS Trust", "Dr Hilary Sowerby",
     "ADVANCED LIFE SUPPORT (ALS) PROVIDER COURSE", "11 and 12 January 2024", "14 credits", "Ward 110",
     "2021 Resuscitation Guidelines"],
))

# ---------------------------------------------------------------- s43-030
DOCS.append(D(
    "s43-030", "clinic_letter", "Dr Adaeze Okafor",
    """The Northern Sexual Health, Contraception and HIV Service
Manchester University NHS Foundation Trust - Hathersage Centre, Manchester

STRICTLY CONFIDENTIAL - sent to GP with patient's written consent (consent form 12/06/2024)

Clinic no: M24-0193-T
Date of visit: 12/06/2024

To: Dr Nicola Ferris, The Limes Medical Practice, Didsbury

Dear Dr Ferris

Re: Jonathan SILVERWOOD, DOB 29/09/1986 (prefers "Jon")

Jon attended with a painless penile ulcer of 2 weeks and a palmar rash. He is on HIV PrEP (tenofovir disoproxil/emtricitabine, daily) obtained through us; last HIV test 3 months ago negative. His regular partner Marek has been offered partner notification and attended on the same day.

Results: syphilis EIA reactive, RPR 1:32, TPPA positive - secondary syphilis. HIV 4th generation Ag/Ab negative. Chlamydia/gonorrhoea NAAT (3-site) negative. Hepatitis B immune. eGFR 92.

Treatment: benzathine benzylpenicillin 2.4 MU IM single dose, given in clinic. Jarisch-Herxheimer reaction explained. RPR to be repeated at 3, 6 and 12 months per BASHH 2015 guideline.

He asked that results are sent to his personal e-mail jon.silverwood86@protonmail.com rather than by text; recorded on Lilie.

Yours sincerely

Dr Adaeze Okafor
Specialty Doctor in Genitourinary Medicine
Supervising consultant: Dr Simon Barraclough
""",
    [("M24-0193-T", "HOSPITAL_NUMBER"), ("Nicola Ferris", "COLLEAGUE_NAME"), ("Ferris", "COLLEAGUE_NAME"),
     ("The Limes Medical Practice, Didsbury", "ADDRESS"), ("Jonathan SILVERWOOD", "PATIENT_NAME"), ("Jon", "PATIENT_NAME"),
     ("Marek", "RELATIVE_NAME"), ("jon.silverwood86@protonmail.com", "EMAIL")],
    ["Dr Adaeze Okafor", "Dr Simon Barraclough", "Manchester University NHS Foundation Trust", "Hathersage Centre",
     "DOB 29/09/1986", "RPR 1:32", "TPPA positive", "benzathine benzylpenicillin 2.4 MU IM", "BASHH 2015 guideline",
     "Jarisch-Herxheimer reaction", "eGFR 92", "12/06/2024"],
))
