# Applicants 9 (clinical oncology, trained in Poland) and 10 (trauma and orthopaedics, trained in Egypt).
from common import *

A9 = "Dr Katarzyna Wiśniewska"
A10 = "Dr Ahmed Samir Abdelrahman"

DOCS = []

DOCS.append(D("x-058", "discharge_foreign_polish", A9, """NARODOWY INSTYTUT ONKOLOGII im. Marii Skłodowskiej-Curie - Państwowy Instytut Badawczy
Oddział w Gliwicach - Klinika Radioterapii
KARTA INFORMACYJNA LECZENIA SZPITALNEGO

Pacjentka: Zofia KOWALCZYK        PESEL: 58031204567        Nr księgi głównej: 2019/11873
Data urodzenia: 12/03/1958        Płeć: kobieta
Adres: ul. Wolności 14/3, 44-100 Gliwice
Osoba upoważniona: córka Agnieszka Nowak, tel. +48 600 000 271
Pobyt: 04/02/2019 - 15/03/2019

Rozpoznanie: Rak płaskonabłonkowy szyjki macicy, FIGO IIB (C53.9).
Leczenie: Radiochemioterapia - IMRT 45 Gy w 25 frakcjach + cisplatyna 40 mg/m2 co tydzień x5,
następnie brachyterapia HDR 4 x 7 Gy. Powikłania: biegunka G2 (CTCAE v5.0), neutropenia G2.
Lekarz prowadzący: lek. Katarzyna Wiśniewska (rezydent radioterapii onkologicznej)
Kierownik Kliniki: prof. dr hab. n. med. Tomasz Zielonka

---------------- CERTIFIED ENGLISH TRANSLATION ----------------
MARIA SKŁODOWSKA-CURIE NATIONAL RESEARCH INSTITUTE OF ONCOLOGY
Gliwice Branch - Department of Radiotherapy
HOSPITAL DISCHARGE SUMMARY

Patient: Zofia KOWALCZYK        PESEL (national ID no.): 58031204567        Main register no.: 2019/11873
Date of birth: 12/03/1958        Sex: female
Address: ul. Wolności 14/3, 44-100 Gliwice
Authorised person: daughter Agnieszka Nowak, tel. +48 600 000 271
Stay: 04/02/2019 - 15/03/2019

Diagnosis: Squamous cell carcinoma of the cervix, FIGO IIB (C53.9).
Treatment: Chemoradiotherapy - IMRT 45 Gy in 25 fractions + cisplatin 40 mg/m2 weekly x5, followed by
HDR brachytherapy 4 x 7 Gy. Toxicity: diarrhoea G2 (CTCAE v5.0), neutropenia G2.
Treating doctor: Katarzyna Wiśniewska, MD (resident in radiation oncology)
Head of Department: Prof. Tomasz Zielonka, MD, PhD

Sworn translation (tłumacz przysięgły) by Ewa Malinowska, entry no. TP/1187/05, repertory 223/2023, 18/09/2023.
""", [("Zofia KOWALCZYK", P), ("58031204567", OID), ("2019/11873", HN), ("ul. Wolności 14/3, 44-100 Gliwice", ADDR),
      ("Agnieszka Nowak", R), ("+48 600 000 271", PH), ("TP/1187/05", REF), ("223/2023", REF)],
 ["NARODOWY INSTYTUT ONKOLOGII im. Marii Skłodowskiej-Curie", "MARIA SKŁODOWSKA-CURIE NATIONAL RESEARCH INSTITUTE OF ONCOLOGY",
  "12/03/1958", "kobieta", "Sex: female", "FIGO IIB (C53.9)", "IMRT 45 Gy w 25 frakcjach", "IMRT 45 Gy in 25 fractions",
  "cisplatyna 40 mg/m2", "cisplatin 40 mg/m2", "4 x 7 Gy", "CTCAE v5.0", "lek. Katarzyna Wiśniewska", "Katarzyna Wiśniewska, MD",
  "prof. dr hab. n. med. Tomasz Zielonka", "Prof. Tomasz Zielonka", "Ewa Malinowska"]))

DOCS.append(D("x-059", "clinic_letter", A9, """The Clatterbridge Cancer Centre NHS Foundation Trust
65 Pembroke Place, Liverpool L7 8YA

Urology oncology clinic - 16/01/2024
CCC no: CCC0558721     NHS no: 487 339 1016

Dr Amir Hosseini
Old Swan Health Centre
St Oswald's Street
Liverpool L13 2GA

Dear Dr Hosseini

Mr Francis Joseph DUNPHY (Frank)   DOB 04/04/1953
8 Broadgreen Terrace, Liverpool L13 5SN    Tel 0151 496 0639

Diagnosis: Adenocarcinoma of prostate, Gleason 4+3=7 (Grade Group 3), PSA 14.2 ng/mL, MRI T3a N0,
PSMA PET-CT M0. NCCN unfavourable intermediate/high risk. CPG 4.

I discussed radical options with Frank and his wife Maureen. He has chosen external beam radiotherapy:
60 Gy in 20 fractions over 4 weeks (as in the CHHiP trial) to prostate and base of seminal vesicles, with
6 months of androgen deprivation (degarelix 240 mg loading then 80 mg monthly, then leuprorelin) starting
now. Fiducial markers to be inserted. IPSS 9, no TURP history. Baseline bone profile and DEXA requested.

Side effects discussed: fatigue, urinary frequency, proctitis (RTOG grade 2 risk ~10%), erectile dysfunction,
hot flushes. Consent form 4 signed.

Yours sincerely

Dr Katarzyna Wiśniewska
Specialty Doctor, Clinical Oncology (GMC 7612483)
Supervisor: Dr Paul Merriweather, Consultant Clinical Oncologist
""", [("CCC0558721", HN), ("487 339 1016", NHS), ("Amir Hosseini", C), ("Hosseini", C),
      ("Old Swan Health Centre\nSt Oswald's Street\nLiverpool", ADDR), ("L13 2GA", PC), ("Francis Joseph DUNPHY", P),
      ("Frank", P), ("8 Broadgreen Terrace, Liverpool", ADDR), ("L13 5SN", PC), ("0151 496 0639", PH), ("Maureen", R)],
 ["The Clatterbridge Cancer Centre NHS Foundation Trust", "65 Pembroke Place, Liverpool L7 8YA", "DOB 04/04/1953",
  "Gleason 4+3=7 (Grade Group 3)", "PSA 14.2 ng/mL", "T3a N0", "PSMA PET-CT", "CPG 4", "60 Gy in 20 fractions",
  "CHHiP", "degarelix 240 mg", "80 mg monthly", "leuprorelin", "IPSS 9", "RTOG grade 2", "Dr Katarzyna Wiśniewska",
  "GMC 7612483", "Dr Paul Merriweather", "16/01/2024"]))

DOCS.append(D("x-060", "mdt_list", A9, """LUNG CANCER MDT - Liverpool Heart and Chest / Clatterbridge - Tues 05/03/2024 08:00 (Teams)
Oncology: Dr K. Wiśniewska, Dr P. Merriweather  |  Surgery: Mr Gareth Hume  |  Radiology: Dr Nadia Farooq
Pathology: Dr Ben Atherton  |  Lung CNS: Joanne Cregg  |  Coordinator: Stacey

 #  Patient                     NHS           Age/sex  Dx / stage (TNM8)                          PS   Outcome
 1  O'ROURKE, Bernadette        402 551 8836  72 F     adeno RUL, EGFR exon 19 del, T2a N0 M1b     1    osimertinib 80 mg OD; SABR to adrenal?
                                                        (single adrenal met)                            -> oncology clinic Dr Wiśniewska
 2  Mr Carl Ditchfield          611 094 2273  64 M     SCC LLL T3 N2 M0 (stage IIIB)                1    concurrent chemoRT 60 Gy/30# with
                                                                                                        carboplatin/vinorelbine then durvalumab
 3  YATES, Norma ("Nonie")      578 223 0041  81 F     SCLC limited stage                          2    carbo/etoposide x4 + thoracic RT 40 Gy/15#;
                                                                                                        PCI discuss. Daughter Debbie to attend clinic
 4  Mr Eamonn Quigley           309 664 7120  58 M     NSCLC RLL T1c N0 M0, FEV1 48%               1    SABR 54 Gy/3# (not fit for lobectomy - Mr Hume)

Actions typed by KW in meeting; approved by chair Dr P. Merriweather 05/03/2024.
""", [("Gareth Hume", C), ("Hume", C), ("Nadia Farooq", C), ("Ben Atherton", C), ("Joanne Cregg", C), ("Stacey", C),
      ("O'ROURKE, Bernadette", P), ("402 551 8836", NHS), ("Carl Ditchfield", P), ("611 094 2273", NHS),
      ("YATES, Norma", P), ("Nonie", P), ("578 223 0041", NHS), ("Debbie", R), ("Eamonn Quigley", P), ("309 664 7120", NHS)],
 ["Dr K. Wiśniewska", "Dr Wiśniewska", "Dr P. Merriweather", "KW", "EGFR exon 19 del", "T2a N0 M1b", "osimertinib 80 mg OD",
  "SABR", "60 Gy/30#", "carboplatin/vinorelbine", "durvalumab", "40 Gy/15#", "PCI", "FEV1 48%", "SABR 54 Gy/3#",
  "72 F", "64 M", "81 F", "58 M", "05/03/2024", "Liverpool Heart and Chest"]))

DOCS.append(D("x-061", "advice_line_log", A9, """CLATTERBRIDGE ACUTE ONCOLOGY 24h TRIAGE LINE - UKONS triage tool v3 - log excerpt - night 09-10/02/2024
Triage practitioner: Siobhan (AOS nurse)   Doctor on call: Dr K. Wiśniewska (KW)

time   caller                        patient / no.                 regimen & day              UKONS   action
22:14  pt's husband, Colin           Mrs Tracy Heyes, CCC0711902   FEC-T cycle 3, D8           RED     temp 38.4 - ED Arrowe Park for neutropenic
                                     mob 07700 900 571                                                 sepsis pathway; piperacillin-tazobactam within 1 h
23:50  pt                            Mr Desmond Okoro, CCC0632288   capecitabine 1250 mg/m2 BD  AMBER   diarrhoea G2 x4/day - hold cape, loperamide 4 mg
                                                                   D10                                 then 2 mg after each loose stool; review am
02:35  daughter (Jasmine)            Mrs Olive Pennington, 89,     palliative RT 8 Gy/1# to     AMBER   pain flare - dexamethasone 8 mg; GP OOH (Dr Shah)
                                     CCC0540176                    L hip 2 days ago                    informed
04:10  pt                            "Gaz" - Gary Lunt, CCC0691140  pembrolizumab cycle 6        RED     diarrhoea G3 + abdo pain ?immune colitis - admit,
                                                                                                       methylprednisolone 1 mg/kg IV; stool MC&S

All calls reviewed with consultant on call Dr Anjali Deshpande at 08:30.
""", [("Siobhan", C), ("Colin", R), ("Tracy Heyes", P), ("CCC0711902", HN), ("07700 900 571", PH), ("Desmond Okoro", P),
      ("CCC0632288", HN), ("Jasmine", R), ("Olive Pennington", P), ("CCC0540176", HN), ("Shah", C), ("Gaz", P),
      ("Gary Lunt", P), ("CCC0691140", HN)],
 ["Dr K. Wiśniewska", "KW", "UKONS triage tool v3", "FEC-T cycle 3", "temp 38.4", "Arrowe Park", "piperacillin-tazobactam",
  "capecitabine 1250 mg/m2 BD", "loperamide 4 mg", "8 Gy/1#", "dexamethasone 8 mg", "pembrolizumab cycle 6",
  "methylprednisolone 1 mg/kg IV", "Dr Anjali Deshpande", "RED", "AMBER"]))

DOCS.append(D("x-062", "wpba_cbd", A9, """RCR Clinical Oncology - CbD (Case-based discussion) - Kaizen export
Trainee: Katarzyna Wisniewska ("Kasia") - GMC 7612483
Assessor: Dr Anjali Deshpande, Consultant Clinical Oncologist
Date: 22/05/2024       Form reference: KZN-CBD-448201

Case: 47 F, hosp no CCC0801334, T2 N1 (1/14) grade 3 triple-negative breast cancer after neoadjuvant
pembrolizumab-chemotherapy (KEYNOTE-522 regimen) with residual disease (RCB-II) at wide local excision.

Discussion: adjuvant radiotherapy - whole breast 26 Gy in 5 fractions (FAST-Forward) plus supraclavicular
fossa, tumour-bed boost 10 Gy/4#? -> agreed 26 Gy/5# + SIB; continuation of pembrolizumab; capecitabine
(CREATE-X) vs olaparib - germline BRCA1 pathogenic variant found -> olaparib for 1 year (OlympiA).
Fertility and family: patient's sister (Rachel) also being tested; referred to clinical genetics.
Cardiac dose: mean heart dose 1.2 Gy with DIBH.

Rating: Entrustable - level 4. Assessor comments: excellent command of the evidence; consider the
interaction timing of olaparib with RT.
Signed A. Deshpande 22/05/2024
""", [("KZN-CBD-448201", REF), ("CCC0801334", HN), ("Rachel", R)],
 ["Katarzyna Wisniewska", "Kasia", "GMC 7612483", "Dr Anjali Deshpande", "A. Deshpande", "47 F", "KEYNOTE-522", "RCB-II",
  "26 Gy in 5 fractions", "FAST-Forward", "CREATE-X", "olaparib", "BRCA1", "OlympiA", "mean heart dose 1.2 Gy", "DIBH",
  "22/05/2024"]))

DOCS.append(D("x-063", "research_consent_log", A9, """PACE-NODES (prostate SBRT +/- nodal RT) - Site: Clatterbridge (site code 27)
Informed consent log - maintained by research nurse Gemma Lloyd - PI: Dr P. Merriweather
Consent delegated to: Dr K. Wiśniewska (DL line 4), Dr R. Oyelaran (DL line 7)

Trial no.  | Pt initials | DOB        | Date consented | ICF version | Consented by | Notes
27-0041    | F.J.D.      | 04/04/1953 | 23/01/2024     | 2.0         | KW           | -
27-0042    | H-SB        | 19/10/1958 | 30/01/2024     | 2.0         | RO           | wife (Brenda) present
27-0043    | W.O'C       | 02/12/1949 | 06/02/2024     | 2.0         | KW           | interpreter not needed
27-0044    | declined    | -          | -              | -           | KW           | pt "Ike" Nwosu declined - travel
27-0045    | D.McD       | 28/07/1960 | 27/02/2024     | 2.1         | KW           | reconsent for v2.1 done 05/03
Monitor visit 12/03/2024 - no findings. Checked by PI: P. Merriweather.
""", [("Gemma Lloyd", C), ("R. Oyelaran", C), ("27-0041", OID), ("F.J.D.", P), ("27-0042", OID), ("H-SB", P), ("RO", C),
      ("Brenda", R), ("27-0043", OID), ("W.O'C", P), ("27-0044", OID), ("Ike", P), ("Nwosu", P), ("27-0045", OID),
      ("D.McD", P)],
 ["Dr P. Merriweather", "P. Merriweather", "Dr K. Wiśniewska", "KW", "04/04/1953", "19/10/1958", "02/12/1949",
  "28/07/1960", "ICF version", "PACE-NODES", "site code 27"]))

DOCS.append(D("x-064", "reflective_note", A9, """refl. - kasia - 3/4/24

mrs b (bernie) died on ward 4 last night. 58, metastatic pancreas, we'd given her 8 Gy for the back pain on
monday. i'd been the one to say at mdt that palliative rt was reasonable and honestly i think we kept her
in hospital 3 days longer for it. her husband (tony) said thank you this morning which made it worse.

questions for myself: did i offer rt because it is what i can do? did i ask bernie what mattered? (yes - she
wanted to get home to see the dog - we didn't manage it.) 

talked with Paul (Dr Merriweather) at supervision. he said single 8 Gy is still right for bone pain but
the timing/transport/bed question should be part of the consent - "what will this cost you in days".
action: add a line to my RT consent note: expected time in hospital / travel; early referral to palliative
care (spoke to Dr Eleri Vaughan's team re ward 4 huddle).

KW
""", [("mrs b", P), ("bernie", P), ("tony", R), ("Eleri Vaughan", C)],
 ["kasia", "KW", "Paul", "Dr Merriweather", "8 Gy", "ward 4", "3/4/24"]))

DOCS.append(D("x-065", "handover_sheet", A9, """WARD 4 (inpatient oncology) CCC Liverpool - WEEKEND HANDOVER Fri 19/04/2024 -> Sat/Sun
Weekend doctor: Dr Wiśniewska Sat / Dr Oyelaran Sun   Consultant: Dr A. Deshpande (Sat-Sun)

Bed | name                | MRN         | dx                                | concerns / to do
 2  | Mrs Hilda Cropper   | CCC0477215  | ovarian ca, MBO                   | NG on free drainage; octreotide SC 600 mcg/24h; DNACPR in place
 5  | Mr Vinny Costello   | CCC0903377  | oesophageal ca, neutropenic sepsis| neuts 0.3 -> 0.9; tazocin D3; swab results; G-CSF?
 9  | Liz T.              | CCC0711902  | breast ca, FEC-T, hypercalcaemia  | Ca 3.21 -> 2.78 after zoledronic acid 4 mg; repeat Sat
 11 | Mr Jack Nsubuga     | CCC0882004  | MSCC T8 (SINS 9)                  | dex 16 mg OD + PPI; RT 20 Gy/5# started; spinal precautions - Mr Lau (spinal) reviewed
 14 | "Rosie" O'Toole     | CCC0649951  | GBM, post chemoRT                 | seizure x1 - levetiracetam 750 mg BD; family meeting Sunday w/ partner (Jo)

Phone list: ward 4 ext 2304 | palliative on-call via switch | CCC switchboard 0151 496 0100
""", [("Oyelaran", C), ("Hilda Cropper", P), ("CCC0477215", HN), ("Vinny Costello", P), ("CCC0903377", HN), ("Liz T.", P),
      ("CCC0711902", HN), ("Jack Nsubuga", P), ("CCC0882004", HN), ("Lau", C), ("Rosie", P), ("O'Toole", P),
      ("CCC0649951", HN), ("Jo", R), ("2304", PH), ("0151 496 0100", PH)],
 ["Dr Wiśniewska", "Dr A. Deshpande", "WARD 4", "octreotide SC 600 mcg/24h", "DNACPR", "neuts 0.3 -> 0.9", "tazocin",
  "Ca 3.21 -> 2.78", "zoledronic acid 4 mg", "MSCC T8 (SINS 9)", "dex 16 mg OD", "20 Gy/5#", "levetiracetam 750 mg BD",
  "G-CSF", "19/04/2024"]))

# ---------------- Applicant 10: trauma and orthopaedics (trained in Egypt) -----------------

DOCS.append(D("x-066", "operation_note_foreign_arabic", A10, """جامعة القاهرة - مستشفيات قصر العيني
قسم جراحة العظام - مذكرة عملية

اسم المريض: محمود سيد عبد العال        السن: 23 سنة        النوع: ذكر
رقم التذكرة: 2017-7730415        الرقم القومي: 29401150104478
العنوان: 18 شارع الجمهورية، بولاق الدكرور، الجيزة
الأب: سيد عبد العال - موبايل +20 100 000 3384
التاريخ: 22/10/2017
التشخيص: كسر مغلق في منتصف عظمة الفخذ الأيسر (AO 32-A3) إثر حادث دراجة نارية
العملية: تثبيت داخلي بمسمار نخاعي مغلق متداخل (مسمار 11 × 380 مم)
الجراح: د. أحمد سمير عبد الرحمن (مدرس مساعد)        المساعد: د. كريم فوزي
الاستشاري: أ.د. هشام عبد الفتاح الشافعي

---------------- CERTIFIED ENGLISH TRANSLATION ----------------
Cairo University - Kasr Al Ainy Hospitals
Department of Orthopaedic Surgery - Operation Note

Patient name: Mahmoud Sayed Abdelaal        Age: 23 years        Sex: Male
Ticket no.: 2017-7730415        National ID no.: 29401150104478
Address: 18 El Gomhoreya Street, Boulaq El Dakrour, Giza
Father: Sayed Abdelaal - mobile +20 100 000 3384
Date: 22/10/2017
Diagnosis: Closed left femoral shaft fracture (AO 32-A3) after a motorcycle accident
Operation: Closed antegrade interlocking intramedullary nailing (11 x 380 mm nail)
Surgeon: Dr Ahmed Samir Abdelrahman (Assistant Lecturer)        Assistant: Dr Karim Fawzy
Consultant: Prof. Hesham Abdelfattah El-Shafei

Certified translation by Mona R. Gad, legal translator (Egyptian Ministry of Justice authorisation
no. 3318), attested 11/07/2023.
""", [("محمود سيد عبد العال", P), ("2017-7730415", HN), ("29401150104478", OID), ("18 شارع الجمهورية، بولاق الدكرور، الجيزة", ADDR),
      ("سيد عبد العال", R), ("+20 100 000 3384", PH), ("كريم فوزي", C), ("Mahmoud Sayed Abdelaal", P),
      ("18 El Gomhoreya Street, Boulaq El Dakrour, Giza", ADDR), ("Sayed Abdelaal", R), ("Karim Fawzy", C),
      ("no. 3318", REF)],
 ["مستشفيات قصر العيني", "د. أحمد سمير عبد الرحمن", "أ.د. هشام عبد الفتاح الشافعي", "ذكر", "Kasr Al Ainy Hospitals",
  "Dr Ahmed Samir Abdelrahman", "Prof. Hesham Abdelfattah El-Shafei", "Sex: Male", "AO 32-A3", "23 years",
  "11 x 380 mm", "22/10/2017", "Mona R. Gad"]))

DOCS.append(D("x-067", "police_statement", A10, """RESTRICTED (when complete)                                                    MG 11 (T)
WITNESS STATEMENT
(Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s. 5B)
URN: 21/SP/04417/24                 Staffordshire Police crime ref: SP-24-118305

Statement of: Dr Ahmed Samir ABDELRAHMAN
Age if under 18: over 18            Occupation: Specialty Doctor, Trauma & Orthopaedics

This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief...

I am a doctor at Royal Stoke University Hospital, University Hospitals of North Midlands NHS Trust. My GMC
number is 7405519. On Saturday 13 April 2024 at about 23:30 I assessed Mr Callum James PEAKE (date of birth
02/01/2000) in the emergency department. He told me that he had been kicked and stamped on outside the Crown
& Anchor in Hanley by a man he knew as "Deano". His girlfriend, Ms Leah Birchall, was with him.

He had a displaced fracture of the right ulnar shaft ("nightstick" fracture, AO 2U2A3) and a fracture of
the right fifth metacarpal neck. There were three parallel bruises, about 2 cm wide, on the right flank.
CT head was normal. On 14 April 2024 I performed open reduction and internal fixation of the ulna with a
3.5 mm LC-DCP (7 hole). Hospital number for the record: RJE0993418.

In my opinion the ulnar injury is consistent with raising the forearm to protect the head (defensive).

Signed: A. S. Abdelrahman        Date: 22/04/2024
Statement taken by: PC 4471 Hollie Sargeant, Hanley CID. Officer tel 01632 960 448.
""", [("21/SP/04417/24", REF), ("SP-24-118305", REF), ("Callum James PEAKE", P), ("Crown\n& Anchor in Hanley", ADDR),
      ("Deano", R), ("Leah Birchall", R), ("RJE0993418", HN), ("PC 4471", OID), ("Hollie Sargeant", C),
      ("01632 960 448", PH)],
 ["Dr Ahmed Samir ABDELRAHMAN", "7405519", "A. S. Abdelrahman", "Royal Stoke University Hospital",
  "University Hospitals of North Midlands NHS Trust", "02/01/2000", "AO 2U2A3", "3.5 mm LC-DCP (7 hole)",
  "Criminal Justice Act 1967, s. 9", "Magistrates' Courts Act 1980, s. 5B", "13 April 2024", "22/04/2024"]))

DOCS.append(D("x-068", "logbook_table", A10, """eLogbook (BOA/ISCP-compatible) - consolidated export - Dr A. S. Abdelrahman - Royal Stoke - Jan-Mar 2024
Supervision levels: P = performed unsupervised, S-TS = supervised trainer scrubbed, S-TU = trainer unscrubbed, A = assisted
Validated by: Mr Richard Ashdown FRCS (Tr & Orth), Consultant, 15/04/2024

No.  Date        Patient ID    Init   Age/Sex  ASA  Procedure                                   Level  Comments
301  03/01/2024  RJE0410082    MB     84/F     3    Hemiarthroplasty (cemented, Exeter/Unitrax)  P      Garden IV, 4AT 0
302  05/01/2024  RJE1177340    DWh    31/M     1    ORIF ankle (Weber B), syndesmosis screw      P      -
303  09/01/2024  RJE0982211    "Gee"  67/F     2    DHS 135° 4-hole, intertrochanteric           P      TAD 18 mm
304  16/01/2024  RJE2201987    A.K.   45/M     2    IMN tibia (Expert tibial nail)              S-TU   open fracture Gustilo IIIA
305  22/01/2024  RJE0411590    PoT    91/F     4    Cephalomedullary nail (TFNA), reverse obl.   S-TS   ortho-geriatrics Dr Nwachukwu
306  30/01/2024  RJE3349012    JMcL   12/M     1    K-wires supracondylar humerus (Gartland III) A      consultant-led
307  07/02/2024  RJE0993418    CJP    24/M     1    ORIF ulna, 3.5 LC-DCP                        P      police statement given

ASA grades recorded from anaesthetic chart. Totals Jan-Mar 2024: P 58, S-TS 21, S-TU 14, A 33.
""", [("RJE0410082", HN), ("MB", P), ("RJE1177340", HN), ("DWh", P), ("RJE0982211", HN), ("Gee", P), ("RJE2201987", HN),
      ("A.K.", P), ("RJE0411590", HN), ("PoT", P), ("Nwachukwu", C), ("RJE3349012", HN), ("JMcL", P), ("RJE0993418", HN),
      ("CJP", P)],
 ["Dr A. S. Abdelrahman", "Royal Stoke", "Mr Richard Ashdown FRCS (Tr & Orth)", "ASA", "Garden IV", "4AT 0", "Weber B",
  "DHS 135°", "TAD 18 mm", "Gustilo IIIA", "TFNA", "Gartland III", "Exeter/Unitrax", "84/F", "91/F", "15/04/2024"]))

DOCS.append(D("x-069", "trauma_meeting_list", A10, """ROYAL STOKE - MORNING TRAUMA MEETING - Tue 27/02/2024 07:45 - Chair: Mr K. Boateng (consultant of the week)
On call overnight: Ahmed (reg), Dr Sinead Carty (SHO), Dr Mohammed Ilyas (FY2)

NEW ADMISSIONS
1. Ward 107 bed 12  Mrs Patricia "Pat" Brindley  88F  RJE0552190  R #NOF intracapsular displaced (Garden IV).
   AMTS 6/10, CFS 6. Lives with son Neil. -> Hemiarthroplasty today (1st on list). Ortho-geri review. Nerve block done in ED.
2. Ward 107 bed 3   Mr Jakub Zielinski  36M  RJE4410276  L distal radius # dorsally displaced, intra-artic (AO 2R3C1).
   -> VLP fixation Thursday (hand list). Works as scaffolder; Polish interpreter booked.
3. ED majors        "Kyle" (surname not given)  17M  ED no 24-0227-0042   R 5th MC neck # (boxer's) - buddy strap,
   fracture clinic 1/52. Safeguarding checklist (age <18) completed - mum Stacey on 07700 900 807.
4. Ward 110 bed 6   Mr Reginald Fenn   79M   RJE0091834  periprosthetic # L THA (Vancouver B2) -> revision
   discuss with Mr Oakley (hip revision) - not before Friday; CT and aspiration first.

X-RAY / FOLLOW-UP: Patient from Sat (bed 107-9) - check position of MUA radius in plaster - Ahmed.
""", [("Sinead Carty", C), ("Mohammed Ilyas", C), ("Patricia", P), ('"Pat"', P), ("Brindley", P), ("RJE0552190", HN),
      ("Neil", R), ("Jakub Zielinski", P), ("RJE4410276", HN), ("Kyle", P), ("24-0227-0042", HN), ("Stacey", R),
      ("07700 900 807", PH), ("Reginald Fenn", P), ("RJE0091834", HN), ("Oakley", C)],
 ["ROYAL STOKE", "Mr K. Boateng", "Ahmed", "Ward 107 bed 12", "Ward 107 bed 3", "Ward 110 bed 6", "88F", "36M", "17M", "79M",
  "Garden IV", "AMTS 6/10", "CFS 6", "AO 2R3C1", "VLP", "Vancouver B2", "THA", "27/02/2024"]))

DOCS.append(D("x-070", "ambulance_log", A10, """WEST MIDLANDS AMBULANCE SERVICE - ePCR summary (copy released to receiving hospital)
CAD incident no: WM-240318-0917        ePCR ref: EPCR/8841620
Date: 18/03/2024     Call received 16:02   On scene 16:19   Left scene 16:58   At hospital 17:21 (Royal Stoke ED)
Crew: Paramedic Jon Treadwell (HCPC PA118823), EMT Shauna Beech     Call sign: STK-07

Patient: Dennis Arthur WOOLLISCROFT   DOB 11/11/1957   M   NHS 703 446 9128
Incident location: building site, 2-4 Etruria Vale Road, Stoke-on-Trent ST1 4BN
Home address: 51 Moorland Road, Burslem, ST6 1DX
Next of kin: wife Carol, 07700 900 740

Mechanism: fall from scaffold approx. 3 m, landed on feet. GCS 15. Obvious deformity L ankle/heel.
Obs: RR 20, SpO2 97% air, HR 104, BP 146/92, pain 9/10.
Treatment: Penthrox (methoxyflurane) 3 mL; morphine 5 mg IV; vacuum splint; pre-alert (T-score not met).

Receiving clinician (ortho): Dr A. Abdelrahman - calcaneal fracture (Sanders III) + L2 wedge compression
(Denis: stable, TLICS 1). Annotated for portfolio: received from ambulance, assessment and plan.
""", [("WM-240318-0917", REF), ("EPCR/8841620", REF), ("Jon Treadwell", C), ("PA118823", GMC), ("Shauna Beech", C),
      ("STK-07", OID), ("Dennis Arthur WOOLLISCROFT", P), ("703 446 9128", NHS), ("2-4 Etruria Vale Road, Stoke-on-Trent", ADDR),
      ("ST1 4BN", PC), ("51 Moorland Road, Burslem", ADDR), ("ST6 1DX", PC), ("Carol", R), ("07700 900 740", PH)],
 ["WEST MIDLANDS AMBULANCE SERVICE", "Royal Stoke ED", "DOB 11/11/1957", "GCS 15", "SpO2 97%", "BP 146/92",
  "Penthrox (methoxyflurane) 3 mL", "morphine 5 mg IV", "Dr A. Abdelrahman", "Sanders III", "Denis", "TLICS 1",
  "18/03/2024"]))

DOCS.append(D("x-071", "operation_note", A10, """University Hospitals of North Midlands NHS Trust - Royal Stoke University Hospital - Main Theatres 9
OPERATION NOTE

Patient: BRINDLEY, Patricia Joan    DOB 20/05/1935    F    Hosp no RJE0552190    NHS 462 018 7753
Date: 27/02/2024    ASA 3    Anaesthetic: spinal + fascia iliaca block (Dr Gwen Roberts)
Surgeon: Mr A. S. Abdelrahman (Specialty Doctor)    Assistant: Dr Mohammed Ilyas (FY2)
Consultant: Mr K. Boateng (available, not scrubbed)

Procedure: Right cemented hemiarthroplasty (Exeter V40 stem size 1, 44 mm Unitrax head) for displaced
intracapsular fracture neck of femur (Garden IV).
Approach: Hardinge (direct lateral). Capsule T-incision. Head removed and measured 43 mm.
Canal prepared; Palacos R+G cement with gun, 3rd generation technique. BCIS grade 0 - anaesthetist warned
before cementation. Trial reduction stable in 90 degrees flexion/ 40 degrees IR. Leg lengths equal.
Closure: capsule and gluteus medius repaired with Ethibond; 1 Vicryl, 2/0 Vicryl, clips.

Post-op: FWB, no hip precautions beyond standard. Enoxaparin 40 mg OD for 28 days. Check X-ray.
Hb and U&E day 1. Ortho-geriatric review (NHFD / Best Practice Tariff). Clips out day 12.

A. S. Abdelrahman   GMC 7405519
""", [("BRINDLEY, Patricia Joan", P), ("RJE0552190", HN), ("462 018 7753", NHS), ("Gwen Roberts", C), ("Mohammed Ilyas", C)],
 ["University Hospitals of North Midlands NHS Trust", "Royal Stoke University Hospital", "DOB 20/05/1935", "ASA 3",
  "Mr A. S. Abdelrahman", "A. S. Abdelrahman", "GMC 7405519", "Mr K. Boateng", "Exeter V40", "Unitrax", "Garden IV",
  "Hardinge", "Palacos R+G", "BCIS grade 0", "Enoxaparin 40 mg OD", "NHFD", "Best Practice Tariff", "27/02/2024"]))

DOCS.append(D("x-072", "wpba_pba_ocr", A10, """ISCP - PR0CEDURE BASED ASSESSMENT (PBA)   -   Trauma & 0rth0paedics       [scanned printout]
Trainee: Dr Ahmed Sarnir Abde1rahman      GMC 74O5519
Assess0r: Mr Kwarne B0ateng, C0nsultant 0rthopaedic Surge0n
Date: O8/O3/2O24    Pr0cedure: Tota1 hip rep1acement (cemented), 0A right hip
PBA ref: PBA-T0-2O24-3318O2

Patient: Mrs lrene Wi1bra ham   Hosp n0: RJE 2O7 7641   Age 72F, ASA 2, BMl 31

Pre-0p p1anning: templating (0rthoView), 1eg 1ength discrepancy 8 mm.  C0nsent f0rm 1.
lntra-0p: p0sterior appr0ach, Exeter V40 stern / Contemp0rary cup 50 mm, cement restrict0r,
pressurisati0n; capsu1e and sh0rt external r0tat0rs repaired.
G1obal summary: Leve1 4 - c0mpetent t0 perf0rm the pr0cedure unsupervised.
C0mments: "Ahrned's exposure and cup orientation were excellent. Theatre nurse Bev R0wley ran an
excellent tearn brief."     Signed: K. B0ateng
""", [("PBA-T0-2O24-3318O2", REF), ("lrene Wi1bra ham", P), ("RJE 2O7 7641", HN), ("Bev R0wley", C)],
 ["Dr Ahmed Sarnir Abde1rahman", "GMC 74O5519", "Mr Kwarne B0ateng", "K. B0ateng", "Ahrned", "72F", "ASA 2", "BMl 31",
  "0rthoView", "Exeter V40", "Leve1 4", "O8/O3/2O24"]))
