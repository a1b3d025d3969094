# Applicants 3 (geriatric medicine, trained in Iraq, works in Scotland) and 4 (infectious diseases, trained in Pakistan).
from common import *

A3 = "Dr Zainab Kadhim Al-Rubaie"
A4 = "Dr Imran Haider Qureshi"

DOCS = []

DOCS.append(D("x-015", "case_record_foreign_arabic", A3, """دائرة مدينة الطب - مستشفى بغداد التعليمي
الردهة الباطنية السابعة - بغداد، العراق
ملخص حالة مريض

اسم المريض: كريم جاسم محمد        العمر: 79 سنة        الجنس: ذكر
رقم السجل: 2017/88341        تاريخ الدخول: 11/02/2017
العنوان: بغداد، الكرادة، محلة 903، زقاق 14، دار 7
المرافق: الابن علي كريم جاسم - هاتف +964 790 000 4418
التشخيص: سقوط متكرر، جلطة دماغية إقفارية في الجهة اليسرى، رجفان أذيني
العلاج: أسبرين 100 ملغ، أتورفاستاتين 40 ملغ، بدء الوارفارين بعد 14 يوماً، علاج طبيعي
الطبيب المعالج: د. زينب كاظم الربيعي (مقيمة أقدم)
الاستشاري المشرف: د. سعاد عبد الحسين الجبوري

---------------- CERTIFIED ENGLISH TRANSLATION ----------------
Medical City Directorate - Baghdad Teaching Hospital
Medical Ward 7 - Baghdad, Iraq
PATIENT CASE SUMMARY

Patient name: Kareem Jasim Mohammed        Age: 79 years        Sex: Male
Record no.: 2017/88341        Date of admission: 11/02/2017
Address: Baghdad, Karrada, Mahalla 903, Zuqaq 14, House 7
Companion: son Ali Kareem Jasim - tel. +964 790 000 4418
Diagnosis: Recurrent falls, left-sided ischaemic stroke, atrial fibrillation
Treatment: aspirin 100 mg, atorvastatin 40 mg, warfarin started after 14 days, physiotherapy
Treating doctor: Dr Zainab Kadhim Al-Rubaie (senior resident)
Supervising consultant: Dr Suad Abdulhussein Al-Jubouri

Translation certified by Omar F. Haddad, MCIL, 15/06/2023 (translator's reference TR/6612/23).
""", [("كريم جاسم محمد", P), ("2017/88341", HN), ("بغداد، الكرادة، محلة 903، زقاق 14، دار 7", ADDR),
      ("علي كريم جاسم", R), ("+964 790 000 4418", PH), ("Kareem Jasim Mohammed", P),
      ("Baghdad, Karrada, Mahalla 903, Zuqaq 14, House 7", ADDR), ("Ali Kareem Jasim", R), ("TR/6612/23", REF)],
 ["مستشفى بغداد التعليمي", "د. زينب كاظم الربيعي", "د. سعاد عبد الحسين الجبوري", "ذكر", "Baghdad Teaching Hospital",
  "Dr Zainab Kadhim Al-Rubaie", "Dr Suad Abdulhussein Al-Jubouri", "Sex: Male", "79 years", "aspirin 100 mg",
  "atorvastatin 40 mg", "warfarin", "Medical Ward 7", "11/02/2017", "Omar F. Haddad"]))

DOCS.append(D("x-016", "discharge_letter", A3, """NHS Greater Glasgow and Clyde
Queen Elizabeth University Hospital - Medicine for the Elderly, Ward 8A
1345 Govan Road, Glasgow G51 4TF

Dr Alasdair Byrne
Linthouse Medical Practice
22 Burleigh Street
Glasgow G51 3LQ

Date: 04/04/2024

Dear Dr Byrne,

Mrs Agnes McCRINDLE   DOB 12/03/1941   CHI 1203416788
2/1, 58 Elderpark Grove, Glasgow G51 3JR

Admitted 18/03/2024 - discharged 03/04/2024 (Ward 8A, bed 22)

Diagnoses
1. Hypoactive delirium secondary to urinary tract infection (resolved). 4AT 7 on admission, 0 on discharge.
2. Dementia with Lewy bodies - provisional; fluctuations, visual hallucinations, REM sleep behaviour disorder.
3. Fall without injury; orthostatic hypotension (lying 142/80, standing 104/66 at 3 min).

Clinical Frailty Scale 6. Abbreviated Mental Test 7/10 on discharge. Barthel 14/20.

Medication changes
 STOPPED  tamsulosin 400 micrograms (orthostatic hypotension)
 STOPPED  haloperidol PRN (must be avoided in suspected Lewy body disease)
 STARTED  rivastigmine 1.5 mg BD - increase to 3 mg BD after 4 weeks if tolerated
 COMPLETED nitrofurantoin 50 mg QDS 5 days

Social: lives alone; her niece, Mrs Lorraine Gilmour (07700 900 384), visits daily. Package of care
increased to QDS. Power of attorney held by Lorraine (Adults with Incapacity (Scotland) Act 2000 s.47
certificate completed 28/03/2024).

Follow-up: Memory clinic (Dr Gillespie) 8 weeks; DaTscan requested.

Yours sincerely,

Dr Zainab Al-Rubaie
Specialty Doctor, Medicine for the Elderly   (GMC 7188420)
cc: patient; Mrs L. Gilmour
""", [("Alasdair Byrne", C), ("Byrne", C), ("Linthouse Medical Practice\n22 Burleigh Street\nGlasgow", ADDR),
      ("G51 3LQ", PC), ("Agnes McCRINDLE", P), ("1203416788", NHS), ("2/1, 58 Elderpark Grove, Glasgow", ADDR),
      ("G51 3JR", PC), ("Lorraine Gilmour", R), ("07700 900 384", PH), ("Lorraine", R), ("L. Gilmour", R), ("Gillespie", C)],
 ["NHS Greater Glasgow and Clyde", "Queen Elizabeth University Hospital", "1345 Govan Road, Glasgow G51 4TF",
  "Ward 8A", "bed 22", "DOB 12/03/1941", "4AT 7", "Dementia with Lewy bodies", "Lewy body disease",
  "Clinical Frailty Scale 6", "Abbreviated Mental Test 7/10", "Barthel 14/20", "tamsulosin 400 micrograms",
  "rivastigmine 1.5 mg BD", "nitrofurantoin 50 mg QDS", "Adults with Incapacity (Scotland) Act 2000",
  "DaTscan", "Dr Zainab Al-Rubaie", "GMC 7188420", "04/04/2024"]))

DOCS.append(D("x-017", "ward_list", A3, """WARD 8A  MfE  - QEUH - ward round list - Mon 11/03/2024 - cons: Dr F MacLeod / SpD: ZAR / FY1: Kirsty

bed  pt     CHI          age sex  dx                                CFS  plan / EDD
1    JMcG   0907382214    85  M   CAP (CURB-65 3), AKI stg 1          6  IV co-amox D3 -> oral; U&Es; EDD 14/3
4    E.F.   2210290041    94  F   #pubic rami, falls                  7  physio/OT; ?care home - SW (Gemma) aware
7    "Wee Tam" Rafferty 1506416630  82  M  delirium, ?PD meds missed 5  co-careldopa 25/100 TDS STRICT times
12   M.O'N  3011358802    88  F   HF (EF 35%), Na 128                 6  furosemide 40 mg IV BD; daily wt; fluid 1.5 L
15   AD     0104447719    79  F   post-op #NOF (Garden IV) D6         5  delirium screen 4AT daily; DEXA
22   AMcC   1203416788    83  F   delirium/UTI, ?DLB                  6  see letter; daughter-in-law? -> no, niece Lorraine

jobs: bloods 1, 12, 15 | ECG bed 7 | TTO for 22 | call Tam's wife back re visiting (Senga, 07700 900 755)
""", [("Kirsty", C), ("JMcG", P), ("0907382214", NHS), ("E.F.", P), ("2210290041", NHS), ("Gemma", C),
      ("Wee Tam", P), ("Rafferty", P), ("1506416630", NHS), ("M.O'N", P), ("3011358802", NHS), ("AD", P),
      ("0104447719", NHS), ("AMcC", P), ("1203416788", NHS), ("Lorraine", R), ("Tam", P), ("Senga", R),
      ("07700 900 755", PH)],
 ["ZAR", "Dr F MacLeod", "CURB-65 3", "AKI stg 1", "co-careldopa 25/100 TDS", "HF (EF 35%)", "Na 128",
  "furosemide 40 mg IV BD", "Garden IV", "4AT", "DEXA", "CFS", "85  M", "94  F", "WARD 8A", "11/03/2024"]))

DOCS.append(D("x-018", "msf_summary", A3, """MULTI-SOURCE FEEDBACK (360) - SUMMARY REPORT
Doctor: Dr Zainab Kadhim Al-Rubaie     GMC 7188420
Post: Specialty Doctor, Medicine for the Elderly, Queen Elizabeth University Hospital, Glasgow
Cycle: Jan-Feb 2024     Raters invited 16, responded 14 (consultants 3, trainees 4, nurses 5, AHPs 2)
Facilitated by: Dr Fiona MacLeod, Consultant Geriatrician (Educational Supervisor)

Domain                               Mean (1-5)   Peer benchmark
Clinical knowledge and skills           4.7           4.4
Communication with patients/families    4.8           4.3
Teamwork                                4.6           4.4
Teaching and supervision                4.5           4.1
Probity and professionalism             4.9           4.6

Selected comments (anonymised by the MSF system; names below were typed by raters):
 - "Zainab is the person the nurses go to when a family meeting is going to be difficult."
 - "She stepped in when Dr Muir was off sick and ran both wards without complaint."
 - "Very patient with FY1s - Kirsty and Omar both said she was the best senior on the rota."
 - "Could delegate more - sometimes does the discharge letters herself at 7pm."
 - "Excellent on the frailty huddle. Staff Nurse Morag Quinn nominated her for a Star award."

Areas for development: delegation; taking on the Thursday frailty teaching slot.
Discussed with doctor at appraisal 22/03/2024.  Signed: F. MacLeod
""", [("Muir", C), ("Kirsty", C), ("Omar", C), ("Morag Quinn", C)],
 ["Dr Zainab Kadhim Al-Rubaie", "Zainab", "GMC 7188420", "Dr Fiona MacLeod", "F. MacLeod",
  "Queen Elizabeth University Hospital", "22/03/2024"]))

DOCS.append(D("x-019", "safeguarding_referral", A3, """ADULT SUPPORT AND PROTECTION - INTER-AGENCY REFERRAL (Glasgow City HSCP)
Adult Support and Protection (Scotland) Act 2007, s.4 / s.5 duty to refer
ASP referral no: GCHSCP-ASP-24-01179            Date: 15/02/2024
Referrer: Dr Zainab Al-Rubaie, Specialty Doctor, Ward 8A, QEUH - tel 0141 496 0352

Adult at risk:  Mr William (Billy) TORRANCE   DOB 02/08/1938   M   CHI 0208385519
Address:        14 Craigton Road, Cardonald, Glasgow  G52 1NP
GP:             Dr Shona Kerr, Cardonald Health Centre

Person(s) alleged to cause harm: son, Gary Torrance (lives with adult)
Other: neighbour Mrs Isa Doolan, 16 Craigton Road, raised concerns with district nurse Fraser Lennie

Concern: Billy was admitted with hypothermia (32.9 C) and a grade 3 pressure ulcer to the sacrum.
He says Gary "keeps his bank card" and that he has had no heating since January. Billy has capacity
for this decision (assessed 14/02/2024) and consents to referral. Bruises to both forearms - body map
completed. No concerns about ward staff.

Immediate actions: admitted; tissue viability; Adult Protection Committee duty team informed by phone
(spoke to social worker Callum Reid); police not contacted at adult's request; Council Tax/benefits
officer to be involved. Case discussed with Dr F. MacLeod (consultant).
""", [("GCHSCP-ASP-24-01179", REF), ("0141 496 0352", PH), ("William", P), ("Billy", P), ("TORRANCE", P),
      ("0208385519", NHS), ("14 Craigton Road, Cardonald, Glasgow", ADDR), ("G52 1NP", PC), ("Shona Kerr", C),
      ("Cardonald Health Centre", ADDR), ("Gary Torrance", R), ("Gary", R), ("Isa Doolan", R),
      ("16 Craigton Road", ADDR), ("Fraser Lennie", C), ("Callum Reid", C)],
 ["Adult Support and Protection (Scotland) Act 2007", "Dr Zainab Al-Rubaie", "Ward 8A", "QEUH", "DOB 02/08/1938",
  "32.9 C", "grade 3 pressure ulcer", "Dr F. MacLeod", "15/02/2024", "14/02/2024"]))

DOCS.append(D("x-020", "audit_report_ocr", A3, """NHS Greater G1asgow and C1yde  - Medicine f0r the E1der1y
AUDlT: Delirium screening (4AT) within 24 h 0f admissi0n - Cycle 2
Audit lead: Dr Z. A1-Rubaie      Supervis0r: Dr F. MacLe0d      Registered: GGC-QI-2023-0457
Standard: SlGN 157 - 100% 0f patients aged 65+ screened with 4AT within 24 h.

Resu1ts            Cyc1e 1 (Mar 2023)      Cyc1e 2 (Sep 2023)
Patients             n=60                    n=58
4AT d0ne <24h        31 (52%)                49 (84%)
De1irium detected    14                      17

Cases with de1ayed screening (exc1uded fr0m teaching s1ides):
  CHl 1104392208  - M, 84 - arrived 02:l0, first 4AT 0n day 3
  CHl 23O7350016  - F, 88 - transferred fr0m ARU, p0sitive 4AT missed
  CHl O5O1428873  - F, 81 - "Mrs Ca1lag" in n0tes, n0 4AT f0und

Acti0ns: 4AT added t0 the e1ectr0nic admissi0n c1erking (Trakcare) ; junior d0ct0r teaching
(de1ivered by Dr A1-Rubaie and Staff Nurse M0rag Q.); p0ster in ARU.
Re-audit due Mar 2024.
""", [("GGC-QI-2023-0457", REF), ("1104392208", NHS), ("23O7350016", NHS), ("O5O1428873", NHS), ("Ca1lag", P),
      ("M0rag Q.", C)],
 ["Dr Z. A1-Rubaie", "Dr A1-Rubaie", "Dr F. MacLe0d", "SlGN 157", "4AT", "n=60", "49 (84%)", "M, 84", "F, 88",
  "Trakcare", "Cyc1e 2 (Sep 2023)"]))

DOCS.append(D("x-021", "chat_export", A3, """WhatsApp Chat with "8A docs + NIC" (exported 19/02/2024)

[17/02/2024, 21:03] Kirsty FY1: hi zainab sorry - bed 14 mr docherty pulled his cannula again and trying to climb out. 4AT 9
[17/02/2024, 21:05] Zainab: ok. any new meds? check his bladder scan and bowels first pls. no haloperidol he's on ropinirole
[17/02/2024, 21:06] Kirsty FY1: bladder scan 780 ml!!
[17/02/2024, 21:07] Zainab: catheterise, that's probably it. I'll come up after the ED referral
[17/02/2024, 21:30] Sister Annemarie: his wife Jeanette phoned, wants a call back 07700 900 902
[17/02/2024, 21:44] Zainab: spoke to Jeanette. calmer now, 4AT 4. documented. thanks all
[17/02/2024, 21:45] Kirsty FY1: 👍 thank u
[17/02/2024, 22:10] +44 7700 900611: this is Ross (locum FY2 on nights) - who do I call for ward 8A?
[17/02/2024, 22:11] Zainab: me until 23:00 then med reg on 0141 496 0777 (page 4416)

Note added for portfolio (Dr Z. K. Al-Rubaie): example of non-pharmacological delirium management
(PINCHME - pain, infection, nutrition, constipation, hydration, medication, environment) in a patient
with Parkinson's disease. Chat reproduced with the agreement of the ward team; patient details removed
before upload.  Verified: Dr Fiona MacLeod.
""", [("Kirsty", C), ("docherty", P), ("Annemarie", C), ("Jeanette", R), ("07700 900 902", PH),
      ("+44 7700 900611", PH), ("Ross", C), ("0141 496 0777", PH), ("4416", PH)],
 ["zainab", "Zainab", "Dr Z. K. Al-Rubaie", "Dr Fiona MacLeod", "bed 14", "4AT 9", "4AT 4", "ropinirole",
  "haloperidol", "780 ml", "PINCHME", "Parkinson's disease", "ward 8A", "17/02/2024"]))

# ---------------- Applicant 4: infectious diseases -----------------

DOCS.append(D("x-022", "discharge_foreign_urdu", A4, """میو ہسپتال لاہور - شعبہ طب (میڈیکل یونٹ III)
ڈسچارج سمری

مریض کا نام: محمد اسلم ولد غلام رسول        عمر: 34 سال        جنس: مرد
ایم آر نمبر: MH-2016-552190        شناختی کارڈ نمبر: 35202-4417093-5
پتہ: مکان نمبر 45، گلی نمبر 3، محلہ اسلام پورہ، لاہور
رابطہ: بھائی محمد اکرم - +92 300 0000 417
داخلہ: 04/08/2016        ڈسچارج: 19/08/2016
تشخیص: ایکس ڈی آر ٹائیفائیڈ بخار (Salmonella Typhi XDR)، خون کا کلچر مثبت
علاج: میروپینیم 1 گرام ہر 8 گھنٹے 14 دن، ازیتھرومائسن 500 ملی گرام روزانہ
معالج ڈاکٹر: ڈاکٹر عمران حیدر قریشی (میڈیکل آفیسر)
نگران: پروفیسر ڈاکٹر شاہد محمود بھٹی

---------------- CERTIFIED ENGLISH TRANSLATION ----------------
Mayo Hospital Lahore - Department of Medicine (Medical Unit III)
DISCHARGE SUMMARY

Patient name: Muhammad Aslam s/o Ghulam Rasool        Age: 34 years        Sex: Male
MR No.: MH-2016-552190        CNIC No.: 35202-4417093-5
Address: House 45, Street 3, Mohalla Islampura, Lahore
Contact: brother Muhammad Akram - +92 300 0000 417
Admitted: 04/08/2016        Discharged: 19/08/2016
Diagnosis: XDR typhoid fever (Salmonella Typhi XDR), blood culture positive
Treatment: meropenem 1 g 8-hourly for 14 days, azithromycin 500 mg daily
Treating doctor: Dr Imran Haider Qureshi (Medical Officer)
Supervisor: Prof. Dr Shahid Mahmood Bhatti

Translated by Ayesha Siddiqui, certified translator (ITI member 41207), 09/01/2024.
""", [("محمد اسلم ولد غلام رسول", P), ("35202-4417093-5", OID), ("مکان نمبر 45، گلی نمبر 3، محلہ اسلام پورہ، لاہور", ADDR),
      ("محمد اکرم", R), ("+92 300 0000 417", PH), ("MH-2016-552190", HN), ("Muhammad Aslam s/o Ghulam Rasool", P),
      ("House 45, Street 3, Mohalla Islampura, Lahore", ADDR), ("Muhammad Akram", R), ("41207", REF)],
 ["میو ہسپتال لاہور", "ڈاکٹر عمران حیدر قریشی", "پروفیسر ڈاکٹر شاہد محمود بھٹی", "مرد", "Mayo Hospital Lahore",
  "Dr Imran Haider Qureshi", "Prof. Dr Shahid Mahmood Bhatti", "Salmonella Typhi XDR", "meropenem 1 g 8-hourly",
  "azithromycin 500 mg daily", "34 years", "Sex: Male", "04/08/2016", "Ayesha Siddiqui"]))

DOCS.append(D("x-023", "clinic_letter", A4, """Manchester University NHS Foundation Trust
North Manchester General Hospital - Infectious Diseases Unit, Delaunays Road, Manchester M8 5RB
Tel 0161 496 0415

Clinic: HIV outpatients, Tuesday 05/03/2024          Clinic no: NMGH-ID-20981
Our ref: IHQ/ID/0305/7

PRIVATE AND CONFIDENTIAL - letter sent with patient's consent
Dr Joanne Whitworth
Cheetham Hill Medical Centre
104 Cheetham Hill Road
Manchester M8 8PJ

Dear Dr Whitworth,

Re: Mr Tendai MOYO, DOB 22/06/1985, NHS 638 112 4490
    Flat 9, Waterloo Court, 30 Waterloo Road, Manchester M8 8AG

Diagnosis: HIV-1 infection (diagnosed 2019), stable on ART. Latent TB treated 2020 (3HP).
Current ART: Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide) one tablet daily.
Results: CD4 612 cells/uL (38%), HIV-1 viral load <20 copies/mL, eGFR 96, ALT 19, HbA1c 38.
HLA-B*57:01 negative. Hep B surface antibody 124 IU/L (immune).

Mr Moyo is well and adherent. U=U was discussed again. He asked about PrEP for his new partner
(Lerato) - I have given the details of the sexual health clinic. No drug interactions with his
new sertraline 50 mg. Please avoid co-prescribing polyvalent cation antacids within 2 hours of Biktarvy.

Follow-up: 6 months with bloods. Vaccines: pneumococcal (PPV23) given today; MenACWY due.

Yours sincerely
Dr Imran Qureshi, Specialty Doctor in Infectious Diseases
Supervising consultant: Dr Helen Barraclough
""", [("NMGH-ID-20981", HN), ("IHQ/ID/0305/7", REF), ("Joanne Whitworth", C), ("Whitworth", C),
      ("Cheetham Hill Medical Centre\n104 Cheetham Hill Road\nManchester", ADDR), ("M8 8PJ", PC),
      ("Tendai MOYO", P), ("Moyo", P), ("638 112 4490", NHS), ("Flat 9, Waterloo Court, 30 Waterloo Road, Manchester", ADDR),
      ("M8 8AG", PC), ("Lerato", R), ("0161 496 0415", PH)],
 ["Manchester University NHS Foundation Trust", "North Manchester General Hospital", "Delaunays Road, Manchester M8 5RB", "DOB 22/06/1985", "Biktarvy", "bictegravir/emtricitabine/tenofovir alafenamide", "CD4 612 cells/uL (38%)",
  "<20 copies/mL", "eGFR 96", "HLA-B*57:01 negative", "3HP", "sertraline 50 mg", "PPV23", "MenACWY",
  "Dr Imran Qureshi", "Dr Helen Barraclough", "05/03/2024"]))

DOCS.append(D("x-024", "caseload_list", A4, """OPAT caseload - North Manchester - week 15 (08/04/2024)   OPAT physician: IHQ   nurse lead: Bernie
(patients seen at home by OPAT nurses unless marked CLINIC)

init  unit no   age/sex  infection                      drug / route                    line   start      planned end  bloods
TH    1187734   67 M     MSSA discitis L3/4            flucloxacillin 12 g/24h CI      PICC   18/03/24   29/04/24     CRP wkly, LFT
DO'S  2204519   41 F     diabetic foot OM (1st MT)     ertapenem 1 g OD                 mid    01/04/24   13/05/24     FBC/U&E wkly
RK    0963320   29 M     IE, strep mitis, native MV    ceftriaxone 2 g OD (POET-type switch discussed) PICC 25/03/24 06/05/24 ECHO wk 6
BW    3358101   73 F     ESBL E. coli pyelo            ertapenem 1 g OD  CLINIC         cann.  05/04/24   11/04/24     -
MAhm  1402276   55 M     NTM (M. abscessus) lung       amikacin 15 mg/kg 3x/wk          PICC   12/02/24   ongoing      audiology, levels
JJ    2871940   38 F     cellulitis, failed oral       teicoplanin 6 mg/kg OD           cann.  06/04/24   10/04/24     -

Notes: RK - OPAT nurse Bernie concerned re line care at home; partner (Shaz) trained. MAhm - audiogram
booked 15/04. DO'S - podiatry (Gethin) Tue/Fri.  OPAT nurse mobile 07700 900 812.
""", [("Bernie", C), ("TH", P), ("1187734", HN), ("DO'S", P), ("2204519", HN), ("RK", P), ("0963320", HN),
      ("BW", P), ("3358101", HN), ("MAhm", P), ("1402276", HN), ("JJ", P), ("2871940", HN), ("Shaz", R),
      ("Gethin", C), ("07700 900 812", PH)],
 ["IHQ", "flucloxacillin 12 g/24h CI", "ertapenem 1 g OD", "ceftriaxone 2 g OD", "POET", "amikacin 15 mg/kg",
  "teicoplanin 6 mg/kg OD", "MSSA discitis L3/4", "ESBL E. coli", "M. abscessus", "67 M", "41 F", "08/04/2024"]))

DOCS.append(D("x-025", "advice_line_log", A4, """ID / MICROBIOLOGY ADVICE LINE - CALL LOG - NMGH - Wed 17/01/2024 (on-call: Dr I. Qureshi)

time   caller                          re (pt)                          advice given                                        cb no.
09:12  Dr Ben Hartley, GP (Crumpsall)  Mrs Eileen Swarbrick, 81 F        recurrent UTI, E. coli R to trimethoprim;          0161 496 0932
                                       NHS 552 019 3376                  nitrofurantoin 100 mg MR BD 3 d (eGFR 52)
10:40  FY2 Ward H4 (Amira)             bed 6, H4 - "Mr P." (hosp 4410982) S. aureus bacteraemia, 2/2 bottles:               bleep 3372
                                                                         flucloxacillin 2 g QDS, echo, repeat BC 48-72 h,
                                                                         remove cannula; ID review today
13:05  Practice nurse Shelley          baby of Ms Kayleigh Dunn           maternal hep B sAg+; give HBIG + vaccine within    07700 900 146
       (Harpurhey)                                                       24 h; I rang neonatal reg
15:30  Dr Obi (ED)                     Ms L.M., 24, returned from Lagos   fever; malaria RDT neg - repeat film x3 over 48 h;  ext 22391
                                       7/7 ago                           dengue/typhoid serology; side room
16:55  Mr Gary Lomax (patient, self)   himself - travel advice           advised he ring his own GP / NaTHNaC website      07700 900 584
                                                                         https://travelhealthpro.example.org.uk

Reviewed at ID handover 17:30 with Dr Tariq Mahmood (consultant on call).
""", [("Ben Hartley", C), ("Crumpsall", ADDR), ("Eileen Swarbrick", P), ("552 019 3376", NHS), ("0161 496 0932", PH),
      ("Amira", C), ("Mr P.", P), ("4410982", HN), ("3372", PH), ("Shelley", C), ("Harpurhey", ADDR),
      ("Kayleigh Dunn", R), ("07700 900 146", PH), ("Obi", C), ("L.M.", P), ("22391", PH), ("Gary Lomax", P),
      ("07700 900 584", PH), ("https://travelhealthpro.example.org.uk", URL)],
 ["Dr I. Qureshi", "Dr Tariq Mahmood", "NMGH", "81 F", "nitrofurantoin 100 mg MR BD", "eGFR 52", "flucloxacillin 2 g QDS",
  "S. aureus bacteraemia", "HBIG", "malaria RDT neg", "bed 6, H4", "NaTHNaC", "17/01/2024"]))

DOCS.append(D("x-026", "wpba_dops", A4, """JRCPTB ePortfolio - Direct Observation of Procedural Skills (DOPS)
Trainee: Imran Qureshi (Dr I. H. Qureshi, GMC 7266031)
Procedure: Lumbar puncture (diagnostic)
Assessor: Dr Tariq Mahmood, Consultant in Infectious Diseases     Assessor position: Consultant
Date: 29/11/2023      Location: ID Unit, North Manchester General Hospital, side room 4
Ticket: DOPS-JRCPTB-3319045

Patient: 19 F, Ms Caitlin R., attended with headache, fever and photophobia; CT head normal.
Procedure details: Consent documented; left lateral position; L3/L4 space; 22G atraumatic (Sprotte)
needle; opening pressure 28 cmH2O; clear CSF; 4 samples (MC&S, protein/glucose with paired plasma
glucose, viral PCR, xanthochromia not indicated). Dexamethasone 10 mg and ceftriaxone 2 g already given.
CSF: WCC 340 (lymphocytes 85%), protein 0.9 g/L, glucose ratio 0.6 -> enteroviral PCR positive later.

Grades: Consent - satisfactory; Preparation - satisfactory; Technique - satisfactory; Aseptic technique
- satisfactory; Post-procedure management - satisfactory; Communication - satisfactory.
Overall: Competent to perform the procedure unsupervised.
Comments: Calm, talked Caitlin through each step. Good use of the Sprotte needle to limit post-LP headache.

Assessor sign-off: T. Mahmood 29/11/2023
""", [("DOPS-JRCPTB-3319045", REF), ("Caitlin R.", P), ("Caitlin", P)],
 ["Imran Qureshi", "Dr I. H. Qureshi", "GMC 7266031", "Dr Tariq Mahmood", "T. Mahmood", "19 F", "L3/L4",
  "22G atraumatic (Sprotte)", "Sprotte needle", "opening pressure 28 cmH2O", "Dexamethasone 10 mg", "ceftriaxone 2 g",
  "WCC 340", "protein 0.9 g/L", "North Manchester General Hospital", "side room 4", "29/11/2023"]))

DOCS.append(D("x-027", "email_thread", A4, """From: Qureshi Imran (MANCHESTER UNIVERSITY NHS FOUNDATION TRUST) <imran.qureshi7@nhs.net>
To: gm.hpt@ukhsa.example.gov.uk
Cc: helen.barraclough@nhs.net
Date: Fri, 10 May 2024 16:42
Subject: RE: Smear-positive pulmonary TB - contact tracing - HPZone case 2024/GM/04417

Hi Nkechi,

Thanks for the call. Summary for the record:

Index case: Mr Arjun MEHTA, 46 M, NHS 719 305 6621, NMGH unit no 5532108. Smear 3+, GeneXpert MTB
detected, rif resistance not detected. Started RHZE (Rifinah/Voractiv weight band 55-70 kg) on 08/05.
HIV negative. Isolated in negative-pressure room, ward H3.

Household contacts (all at 12 Crescent Avenue, Prestwich, M25 3DG):
 - wife Priya Mehta, 44
 - son Rohan Mehta, 15 (Year 10, St Monica's RC High School) - school may need screening if close contacts
 - mother-in-law Kamala Shah, 78 (diabetic, on prednisolone - highest priority for IGRA/CXR)

Workplace: taxi driver (self-employed). Regular customer list to come from his brother Vikram (07700 900 349).

Please send the TB screening invites; our TB nurse Angela Brierley (0161 496 0571) will coordinate.

Best wishes
Imran
Dr Imran Qureshi | Specialty Doctor, Infectious Diseases | NMGH

-----Original Message-----
From: Nkechi Eze <nkechi.eze@ukhsa.example.gov.uk>
Sent: 10 May 2024 14:05
Subject: Smear-positive pulmonary TB - contact tracing - HPZone case 2024/GM/04417

Dr Qureshi - we've had the notification. Can you confirm household and occupation? Link to the
case record for NHS staff: https://hpzone.example.gov.uk/case/2024-GM-04417
""", [("imran.qureshi7@nhs.net", EM), ("gm.hpt@ukhsa.example.gov.uk", EM), ("helen.barraclough@nhs.net", EM),
      ("2024/GM/04417", REF), ("Nkechi", C), ("Arjun MEHTA", P), ("719 305 6621", NHS), ("5532108", HN),
      ("12 Crescent Avenue, Prestwich", ADDR), ("M25 3DG", PC), ("Priya Mehta", R), ("Rohan Mehta", R),
      ("St Monica's RC High School", ADDR), ("Kamala Shah", R), ("Vikram", R), ("07700 900 349", PH),
      ("Angela Brierley", C), ("0161 496 0571", PH), ("Nkechi Eze", C), ("nkechi.eze@ukhsa.example.gov.uk", EM),
      ("https://hpzone.example.gov.uk/case/2024-GM-04417", URL)],
 ["Qureshi Imran", "Imran", "Dr Imran Qureshi", "Dr Qureshi", "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST", "46 M",
  "Smear 3+", "GeneXpert MTB", "RHZE", "Rifinah", "Voractiv", "IGRA", "prednisolone", "ward H3", "NMGH", "08/05"]))

DOCS.append(D("x-028", "research_consent_log", A4, """STUDY: SNAP-OPAT (oral step-down vs IV for bone and joint infection) - site 014 North Manchester
IRAS 318804     Principal investigator: Dr Helen Barraclough     Sub-I: Dr I. H. Qureshi (delegation log line 6)
CONSENT LOG - page 2 of 3

Screening no | Participant ID | Initials | Consent date | Consent version | Taken by | Witness/interpreter       | Randomised
S-014-031    | 014-0019       | K-JB     | 04/09/2023   | v3.1 12/06/2023 | IHQ      | -                         | Oral
S-014-033    | 014-0020       | MW       | 11/09/2023   | v3.1 12/06/2023 | IHQ      | interpreter (Polish) Beata | IV
S-014-034    | -              | ASI      | declined     | -               | RTo      | -                         | -
S-014-036    | 014-0021       | TOD      | 02/10/2023   | v3.2 15/09/2023 | RTo      | -                         | Oral
S-014-039    | 014-0022       | GPn      | 16/10/2023   | v3.2 15/09/2023 | IHQ      | daughter (Lisa) present    | Oral
S-014-040    | 014-0023       | HM       | 30/10/2023   | v3.2 15/09/2023 | IHQ      | -                         | IV

Note: 014-0020 re-consented 20/10/2023 on v3.2 by IHQ. All consents countersigned by PI.
Signed PI: H. Barraclough 31/10/2023
""", [("S-014-031", OID), ("014-0019", OID), ("K-JB", P), ("S-014-033", OID), ("014-0020", OID), ("MW", P),
      ("Beata", C), ("S-014-034", OID), ("ASI", P), ("RTo", C), ("S-014-036", OID), ("014-0021", OID), ("TOD", P),
      ("S-014-039", OID), ("014-0022", OID), ("GPn", P), ("Lisa", R), ("S-014-040", OID), ("014-0023", OID),
      ("HM", P)],
 ["Dr Helen Barraclough", "H. Barraclough", "Dr I. H. Qureshi", "IHQ", "IRAS 318804", "v3.1 12/06/2023",
  "v3.2 15/09/2023", "04/09/2023", "page 2 of 3"]))
