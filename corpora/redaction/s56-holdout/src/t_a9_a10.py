from common import *
AP9 = "Dr Tendai Chikwanha"
AP10 = "Dr Kavitha Sivapalan"
DOCS = [
doc("s56-t058", "histopathology_report", AP9,
"""CELLULAR PATHOLOGY REPORT – Royal Derby Hospital, University Hospitals of Derby and Burton NHS FT
Lab no: H24-018733   (blocks A1–A9)   Received: 06/03/2024 10:14   Authorised: 11/03/2024
Patient: BRACEGIRDLE, Janet Mary   DOB 02/02/1955   F   NHS 462 117 0384   MRN RD0932116
Requesting clinician: Mr Vikram Sethuraman (Colorectal Surgery)   Location: Ward 302
Specimen: anterior resection of rectum
Macroscopy (TC): 240 mm bowel with 38 mm ulcerated tumour 95 mm from distal margin; mesorectum complete (Quirke grade 3).
Microscopy: moderately differentiated adenocarcinoma, invading through muscularis propria into perirectal fat (pT3c),
extramural venous invasion present, 2/19 lymph nodes (pN1b), CRM 4 mm (clear). MMR proteins retained (MLH1, PMS2, MSH2, MSH6).
SNOMED: T59600 M81403. TNM 8: pT3c pN1b; R0.
Reported by: Dr Tendai Chikwanha (Specialty Doctor, Histopathology)   Checked by: Dr Alison Farquharson-Reid, Consultant Histopathologist
cc: colorectal CNS Debbie Hallam
""",
[("H24-018733", O), ("BRACEGIRDLE, Janet Mary", P), ("462 117 0384", N), ("RD0932116", H), ("Mr Vikram Sethuraman", C), ("Debbie Hallam", C)],
["Dr Tendai Chikwanha", "TC", "Dr Alison Farquharson-Reid", "Royal Derby Hospital", "DOB 02/02/1955", "Ward 302", "Quirke grade 3",
 "pT3c", "pN1b", "CRM 4 mm", "MLH1, PMS2, MSH2, MSH6", "SNOMED: T59600 M81403", "TNM 8", "adenocarcinoma"]),

doc("s56-t059", "coroner_pm_request_ocr", AP9,
"""HM C0R0NER F0R DERBY AND DERBYSHlRE   -   REQUEST F0R P0ST-M0RTEM EXAMlNATl0N
C0r0ner's ref : 0O412/24/DBY        C0r0ner's 0fficer : Gary Ste11fox   te1 0113 496 0O77
Deceased : PAUL DERM0T HlGGlNB0TT0M     aged 44
Date of death : l9/O1/2O24      P1ace : 17 Ches1ey Ter., A1freton , DE55 7PX
Found by : neighbour ( Mrs Sue Wragg ) , 1ast seen 17/O1
GP : Dr 0. Adeyemi-B1ake , Swanwick Surgery
Hist0ry : a1coho1 excess , ep11epsy ( 1evetiracetam ) , previous 0D
Examinati0n by : Dr T. Chikwanha , under supervisi0n of Dr A. Farquharson-Reid
P0lice ref : DBY-24-00l9l33    Funera1 director : H0wes & S0n
""",
[("0O412/24/DBY", REF), ("Gary Ste11fox", C), ("0113 496 0O77", PH), ("PAUL DERM0T HlGGlNB0TT0M", P), ("17 Ches1ey Ter., A1freton", A),
 ("DE55 7PX", PC), ("Mrs Sue Wragg", R), ("Dr 0. Adeyemi-B1ake", C), ("Swanwick Surgery", A), ("DBY-24-00l9l33", REF), ("H0wes & S0n", A), ("Dr A. Farquharson-Reid", C)],
["Dr T. Chikwanha", "aged 44", "l9/O1/2O24", "a1coho1 excess", "1evetiracetam"]),

doc("s56-t060", "cutup_logbook_csv", AP9,
"""date,lab_no,specimen,category,blocks,supervisor_check,comment
2019-07-15,PH/19/11873,Cervical LLETZ,B,4,Dr R. Mupfumira,Parirenyatwa Group of Hospitals Harare
2019-07-15,PH/19/11902,Mastectomy + ANC,C,22,Dr R. Mupfumira,Parirenyatwa - patient name on pot (Mrs Chipo Mutasa) – reported to lab manager
2020-02-03,MPI-20-00481,Kaposi sarcoma skin punch,A,1,Dr R. Mupfumira,Mpilo Central Hospital Bulawayo
2023-11-20,H23-104472,Whipple's resection,C,31,Dr A. Farquharson-Reid,Royal Derby
2024-01-08,H24-000917,Radical prostatectomy,C,26,Dr A. Farquharson-Reid,Royal Derby
2024-03-06,H24-018733,Anterior resection,C,24,Dr A. Farquharson-Reid,Royal Derby
2024-03-19,H24-022106,Placenta (IUD 34/40),B,8,Dr A. Farquharson-Reid,Royal Derby - mother's MRN RD1166703 on form
""",
[("PH/19/11873", O), ("PH/19/11902", O), ("Mrs Chipo Mutasa", P), ("MPI-20-00481", O), ("H23-104472", O), ("H24-000917", O), ("H24-018733", O),
 ("H24-022106", O), ("RD1166703", H)],
["Dr R. Mupfumira", "Dr A. Farquharson-Reid", "Parirenyatwa Group of Hospitals Harare", "Mpilo Central Hospital Bulawayo", "Royal Derby",
 "Kaposi sarcoma skin punch", "Whipple's resection", "IUD 34/40"]),

doc("s56-t061", "mdt_list", AP9,
"""UPPER GI MDT – pathology slides list – Wed 24/04/2024 – presenting pathologist: Dr T. Chikwanha
No | Name                | NHS         | Lab no      | Diagnosis                                          | For
1  | Mr Stanislaw Wojcik | 455 902 3817| H24-031188  | Barrett's with HGD, 2 foci (Prague C3M5)            | EMR vs RFA
2  | Eileen "Nell" Cope  | 438 617 2290| H24-030947  | Gastric signet ring cell carcinoma, HER2 0          | FLOT
3  | Mr Harjit Dhaliwal  | 470 033 8815| H24-031502  | Oesophageal SCC, well differentiated, ypT1b          | surveillance
4  | M.R. (twin brother of pt 3's wife) | 419 552 6604 | H24-029870 | GIST stomach, 4.2 cm, 3 mitoses/5 mm², Miettinen low risk | clinic
Clinical lead: Mr V. Sethuraman (UGI) – not signing.  Pathology verification: Dr A. Farquharson-Reid
""",
[("Mr Stanislaw Wojcik", P), ("455 902 3817", N), ("H24-031188", O), ("Eileen \"Nell\" Cope", P), ("438 617 2290", N), ("H24-030947", O),
 ("Mr Harjit Dhaliwal", P), ("470 033 8815", N), ("H24-031502", O), ("M.R.", P), ("419 552 6604", N), ("H24-029870", O), ("Mr V. Sethuraman", C)],
["Dr T. Chikwanha", "Dr A. Farquharson-Reid", "Barrett's with HGD", "Prague C3M5", "HER2 0", "FLOT", "ypT1b", "Miettinen low risk",
 "3 mitoses/5 mm²", "4.2 cm"]),

doc("s56-t062", "certificate_of_experience", AP9,
"""MINISTRY OF HEALTH AND CHILD CARE – PARIRENYATWA GROUP OF HOSPITALS
Department of Histopathology, Mazowe Street, Harare
Ref: PGH/HR/CERT/2021/0716

CERTIFICATE OF EXPERIENCE

This is to certify that Dr Tendai Chikwanha (MBChB, University of Zimbabwe; MMed Anatomical Pathology) was employed as
Registrar then Senior Registrar in Histopathology from 01 February 2016 to 31 July 2021. During this period Dr Chikwanha
reported approximately 6,500 surgical cases and 1,100 cytology cases, and performed 340 adult autopsies,
including medico-legal autopsies at the request of the Zimbabwe Republic Police.

Dr Rumbidzai Mupfumira, Head of Department (Medical and Dental Practitioners Council of Zimbabwe reg. no. MDPCZ 0418877)
Contact: hod.histo@pgh.example.zw   Tel +263 242 701 555
Countersigned: Mr Farai Gumbo, Human Resources Officer
""",
[("Mazowe Street, Harare", A), ("PGH/HR/CERT/2021/0716", REF), ("MDPCZ 0418877", G), ("hod.histo@pgh.example.zw", E), ("+263 242 701 555", PH),
 ("Mr Farai Gumbo", C)],
["Dr Tendai Chikwanha", "Dr Chikwanha", "Dr Rumbidzai Mupfumira", "PARIRENYATWA GROUP OF HOSPITALS", "Zimbabwe Republic Police",
 "01 February 2016 to 31 July 2021", "6,500 surgical cases", "340 adult autopsies"]),

doc("s56-t063", "incident_report", AP9,
"""Datix incident – Royal Derby Hospital Cellular Pathology       Datix ID: 2024/RDH/30518    LFPSE ref: LFPSE-E-8807342
Date reported: 20/03/2024   Reporter: Dr Tendai Chikwanha
Type: specimen labelling error – wrong patient details
Summary: Skin excision pot labelled "COLEMAN, Frances 12/07/1949" but request form for "COLEMAN, Francis 21/07/1944",
MRN RD0517244. Received from Dermatology clinic at London Road Community Hospital (clinic nurse Joanne Ashby).
Specimen not processed; returned for relabelling per RCPath/IBMS guidance. Second similar event this quarter (Datix 2024/RDH/29001).
Lab manager informed: Mr Neil Ormondroyd.  Actions reviewed by Dr A. Farquharson-Reid (Clinical Lead).
""",
[("2024/RDH/30518", REF), ("LFPSE-E-8807342", REF), ("COLEMAN, Frances", P), ("COLEMAN, Francis", P), ("RD0517244", H), ("Joanne Ashby", C),
 ("2024/RDH/29001", REF), ("Mr Neil Ormondroyd", C), ("Dr A. Farquharson-Reid", C)],
["Dr Tendai Chikwanha", "Royal Derby Hospital", "12/07/1949", "21/07/1944", "London Road Community Hospital", "RCPath/IBMS"]),

doc("s56-t064", "teaching_feedback", AP9,
"""Medical student pathology teaching – "Reading a colorectal cancer report" – University of Nottingham (Derby campus)
Tutor: Dr Tendai Chikwanha      Date: 29/02/2024      Students: 9 (year 4)
Feedback (QR survey link removed; summarised by the Derby teaching fellow):
 – 8/9 rated "excellent" for clarity; all said the macroscopy room visit was the highlight.
 – One student (Aisling Mahoney) asked for more on molecular markers (MMR, BRAF V600E, KRAS).
 – One student noted a slide had a surname on the request form ("Bracegirdle") – Dr Chikwanha apologised and replaced it.
Verified by Dr A. Farquharson-Reid (Educational Supervisor).
""",
[("Aisling Mahoney", C), ("\"Bracegirdle\"", P)],
["Dr Tendai Chikwanha", "Dr Chikwanha", "Dr A. Farquharson-Reid", "University of Nottingham", "BRAF V600E", "KRAS", "8/9", "29/02/2024"]),

# ---------------- A10 psychiatry ----------------
doc("s56-t065", "foreign_record_with_translation", AP10,
"""மூலம் (தமிழ்)
போதனா வைத்தியசாலை யாழ்ப்பாணம் – உளநல மருத்துவப் பிரிவு
வெளியேற்ற சுருக்கம்
நோயாளியின் பெயர்: செல்வராசா கணேசமூர்த்தி       வயது: 38      பால்: ஆண்
பதிவு இலக்கம்: THJ/PSY/2017/2294
முகவரி: இல. 45, பருத்தித்துறை வீதி, நல்லூர், யாழ்ப்பாணம்
மனைவி: சுமதி – தொலைபேசி 077 418 2905
நோய் நிர்ணயம்: மனச்சிதைவு நோய் (F20.0), மீள்நிகழ்வு
சிகிச்சை: ஒலான்சபின் 15 மி.கி இரவு
வைத்தியர்: Dr கவிதா சிவபாலன்     மேற்பார்வை: Dr S. சிவயோகன்

ENGLISH TRANSLATION (certified by a sworn translator, Colombo)
Teaching Hospital Jaffna – Psychiatry Unit
Discharge summary
Patient name: Selvarasa Ganesamoorthy     Age: 38     Sex: male
Registration no.: THJ/PSY/2017/2294
Address: No. 45, Point Pedro Road, Nallur, Jaffna
Wife: Sumathy – telephone 077 418 2905
Diagnosis: paranoid schizophrenia (F20.0), relapse
Treatment: olanzapine 15 mg nocte
Doctor: Dr Kavitha Sivapalan    Supervisor: Dr S. Sivayogan
""",
[("செல்வராசா கணேசமூர்த்தி", P), ("THJ/PSY/2017/2294", H), ("இல. 45, பருத்தித்துறை வீதி, நல்லூர், யாழ்ப்பாணம்", A), ("சுமதி", R), ("077 418 2905", PH),
 ("Selvarasa Ganesamoorthy", P), ("No. 45, Point Pedro Road, Nallur, Jaffna", A), ("Sumathy", R)],
["Dr கவிதா சிவபாலன்", "Dr S. சிவயோகன்", "Dr Kavitha Sivapalan", "Dr S. Sivayogan", "Teaching Hospital Jaffna", "போதனா வைத்தியசாலை யாழ்ப்பாணம்",
 "F20.0", "olanzapine 15 mg nocte", "paranoid schizophrenia"]),

doc("s56-t066", "clinic_letter", AP10,
"""Belfast Health and Social Care Trust – Community Mental Health Team (North Belfast), Everton Complex
Tel 028 9649 6210

Our ref: KS/CMHT/2024/0311                                                            9 April 2024

Dr Ciarán Ó Muirí, Antrim Road Surgery (practice code Z00918)

Dear Dr Ó Muirí

RE: Mr Declan Anthony McErlean, DOB 25/12/1989, H&C 329 841 7706
    41 Glandore Avenue, Belfast BT15 3FB   mobile 07700 900235

Diagnosis: bipolar affective disorder, current episode depressed, moderate (F31.3); alcohol misuse (F10.1)
Medication: lithium carbonate (Priadel) 800 mg nocte – level 0.72 mmol/L on 02/04/2024; quetiapine XL 150 mg

Declan attended with his sister Róisín. He has lost his job at the Harland & Wolff canteen and is sleeping at his
friend "Mackers"'s flat on the Shore Road. PHQ-9 19, no current suicidal intent; safety plan reviewed.
Please monitor TFTs, U&E and calcium 6-monthly (NICE CG185). I have discussed him with Dr Eilis Magennis, Consultant Psychiatrist.

Dr Kavitha Sivapalan, Specialty Doctor in General Adult Psychiatry
""",
[("028 9649 6210", PH), ("KS/CMHT/2024/0311", REF), ("Dr Ciarán Ó Muirí", C), ("Dr Ó Muirí", C), ("Antrim Road Surgery", A), ("Z00918", REF),
 ("Mr Declan Anthony McErlean", P), ("329 841 7706", N), ("41 Glandore Avenue, Belfast", A), ("BT15 3FB", PC), ("07700 900235", PH),
 ("Declan", P), ("Róisín", R), ("Harland & Wolff canteen", A), ("\"Mackers\"", R), ("Shore Road", A)],
["Dr Kavitha Sivapalan", "Dr Eilis Magennis", "Belfast Health and Social Care Trust", "Everton Complex", "DOB 25/12/1989", "F31.3", "F10.1",
 "lithium carbonate (Priadel) 800 mg nocte", "0.72 mmol/L", "quetiapine XL 150 mg", "PHQ-9 19", "NICE CG185"]),

doc("s56-t067", "caseload_list", AP10,
"""CMHT North Belfast – Dr K Sivapalan – medical caseload review (RAG) – 01/05/2024
RAG | Initials | H&C no.       | PARIS ID | Dx                        | CPN           | Risk notes
R   | DMcE     | 3298417706    | 1120457  | BPAD, depressed           | Orla          | job loss, alcohol
R   | "Wee Joe" C. | 4410236681 | 1098812 | Schizophrenia, clozapine 400 mg | Brendan Quinn | missed bloods x2 (ANC)
A   | S.O'H    | 7702915534    | 1154320  | EUPD                      | Orla          | 3 ED attendances April; mother Bernadette
A   | PK-L     | 6159004428    | 1138741  | Psychotic depression      | Gráinne       | lives alone above the chip shop, Limestone Rd
G   | TN       | 5590317702    | 1077263  | Recurrent depressive disorder, in remission | — | discharge to GP planned
Verified: Dr E. Magennis (Clinical Supervisor)
""",
[("DMcE", P), ("3298417706", N), ("1120457", H), ("Orla", C), ("\"Wee Joe\" C.", P), ("4410236681", N), ("1098812", H), ("Brendan Quinn", C),
 ("S.O'H", P), ("7702915534", N), ("1154320", H), ("Bernadette", R), ("PK-L", P), ("6159004428", N), ("1138741", H), ("Gráinne", C),
 ("the chip shop, Limestone Rd", A), ("TN", P), ("5590317702", N), ("1077263", H)],
["Dr K Sivapalan", "Dr E. Magennis", "clozapine 400 mg", "EUPD", "BPAD, depressed", "Psychotic depression", "Recurrent depressive disorder", "ANC"]),

doc("s56-t068", "adult_safeguarding_referral", AP10,
"""ADULT SAFEGUARDING – REFERRAL TO DESIGNATED ADULT PROTECTION OFFICER (DAPO), Belfast Trust     ASP ref: ASP/BEL/24/0877
Referrer: Dr Kavitha Sivapalan, CMHT North Belfast      Date: 17/05/2024
Adult at risk: Ms Patricia "Trish" Kerr-Loughran, 54 yrs, H&C 6159004428, PARIS 1138741
Address: Flat 1, 203 Limestone Road, Belfast BT15 3AR (above the chip shop)
Concern: financial abuse – her nephew, Gavin Loughran, collects her benefits and has been seen taking her bank card.
Neighbour Mrs Eileen Doherty (028 9649 6488) reports shouting. PSNI informed: incident no. CW 1705240061.
Capacity: has capacity for this decision (Mental Capacity Act (Northern Ireland) 2016 principles applied).
She is detained? No – informal. Previous detention under the Mental Health (Northern Ireland) Order 1986, Art. 12, in 2019.
Discussed with Dr Eilis Magennis; DAPO on duty: Ms Sharon Corr.
""",
[("ASP/BEL/24/0877", REF), ("Ms Patricia \"Trish\" Kerr-Loughran", P), ("6159004428", N), ("1138741", H), ("Flat 1, 203 Limestone Road, Belfast", A),
 ("BT15 3AR", PC), ("the chip shop", A), ("Gavin Loughran", R), ("Mrs Eileen Doherty", R), ("028 9649 6488", PH), ("CW 1705240061", REF),
 ("Ms Sharon Corr", C)],
["Dr Kavitha Sivapalan", "Dr Eilis Magennis", "54 yrs", "Mental Capacity Act (Northern Ireland) 2016", "Mental Health (Northern Ireland) Order 1986",
 "Art. 12", "financial abuse"]),

doc("s56-t069", "teams_chat_export", AP10,
"""Microsoft Teams – chat export – "CMHT North duty" – 22/05/2024
09:02 Orla McCausland (CPN): Morning. DMcE didn't turn up for his lithium level again. Phone off. Sister says he's at Mackers' place.
09:05 Kavitha Sivapalan: Thanks Orla. Last level 0.72. Any collateral? H&C is 329 841 7706 if duty need it.
09:09 Orla McCausland (CPN): Róisín (sister) on 07700 900688 – she's worried he's drinking again
09:14 Kavitha Sivapalan: I'll ring her. Can we do a joint home visit at 2? Glandore Ave.
09:15 Brendan Quinn: I can cover Wee Joe's clozapine bloods this afternoon then
09:31 Kavitha Sivapalan: Spoke with Róisín. Agreed HV 14:00. Plan discussed with Dr Magennis.
""",
[("Orla McCausland (CPN)", C), ("Orla", C), ("DMcE", P), ("Mackers'", R), ("329 841 7706", N), ("Róisín", R), ("07700 900688", PH),
 ("Glandore Ave", A), ("Brendan Quinn", C), ("Wee Joe", P)],
["Kavitha Sivapalan", "Dr Magennis", "0.72", "clozapine", "14:00", "lithium level"]),

doc("s56-t070", "msf_reflection", AP10,
"""Reflection on multi-source feedback (Royal College of Psychiatrists – Portfolio Online export) – Dr Kavitha Sivapalan – June 2024
Raters: 13/15. Mean 5.3/6. Supervisor who released the report: Dr Eilis Magennis.
The most challenging comment was: "Dr S sometimes talks over the social workers in the Tuesday allocation meeting."
I discussed this with my supervisor. In the next allocation meeting I deliberately asked our social worker, Maeve,
to present the Kerr-Loughran safeguarding case first. I have also completed the Trust's "Leading with compassion" module.
Another rater wrote that I "went above and beyond for the young man whose mum had just died in the Mater" – I am not
naming him here; the case is in my logbook as case 41.
""",
[("Maeve", C), ("Kerr-Loughran", P)],
["Dr Kavitha Sivapalan", "Dr S", "Dr Eilis Magennis", "Mean 5.3/6", "the Mater", "case 41"]),

doc("s56-t071", "tribunal_report", AP10,
"""REVIEW TRIBUNAL FOR NORTHERN IRELAND – RESPONSIBLE MEDICAL OFFICER'S REPORT       Tribunal ref: RTNI/2024/0219
Patient: Mr Conall Fearghal Devlin   DOB 08/08/1998   H&C 7741120953   Knockbracken Healthcare Park, Ward 5 (Avoca)
Detained under: Article 12(1), Mental Health (Northern Ireland) Order 1986 – detention for treatment since 14/02/2024
Author: Dr Kavitha Sivapalan on behalf of Dr Eilis Magennis (RMO)      Solicitor: Ms Niamh Gormley, Gormley & Co., 12 Chichester St, Belfast BT1 4JB
History: first-episode psychosis (F23.1 → F20.0), cannabis use; assaulted his father, Mr Seamus Devlin, 13/02/2024 (PSNI ref CW 1302240112).
Current: PANSS positive 14 (from 31), on aripiprazole 15 mg; insight partial; leave to the family home in Carryduff escorted.
Opinion: criteria for detention continue to be met; discharge not recommended at present.
""",
[("RTNI/2024/0219", REF), ("Mr Conall Fearghal Devlin", P), ("7741120953", N), ("Ms Niamh Gormley", C), ("Gormley & Co., 12 Chichester St, Belfast", A),
 ("BT1 4JB", PC), ("Mr Seamus Devlin", R), ("CW 1302240112", REF), ("Carryduff", A)],
["Dr Kavitha Sivapalan", "Dr Eilis Magennis", "DOB 08/08/1998", "Knockbracken Healthcare Park, Ward 5 (Avoca)", "Article 12(1)",
 "Mental Health (Northern Ireland) Order 1986", "F23.1 → F20.0", "PANSS positive 14", "aripiprazole 15 mg"]),

doc("s56-t072", "testimonial", AP10,
"""Testimonial for Dr Kavitha Sivapalan – Portfolio Pathway (General Psychiatry)
I am the Clinical Director for Adult Mental Health, Belfast Trust, and have worked with Dr Sivapalan since 2021.
She leads our lithium monitoring QI project (proportion of patients with 3-monthly levels rose from 58% to 91%), teaches
the FY doctors on the Mater rotation and sits on our suicide-prevention group. Patients' carers write to thank her,
e.g. the mother of a young man at Knockbracken, Mrs Devlin, in February 2024. I have no hesitation in recommending her.
Dr Martin Cassidy-Boyle MRCPsych, Clinical Director, GMC 4099216   martin.cassidy-boyle@example.hscni.net   028 9649 6001
""",
[("Mrs Devlin", R), ("GMC 4099216", G), ("martin.cassidy-boyle@example.hscni.net", E), ("028 9649 6001", PH)],
["Dr Kavitha Sivapalan", "Dr Sivapalan", "Dr Martin Cassidy-Boyle", "Belfast Trust", "58% to 91%", "Knockbracken", "the Mater"]),
]
