# Applicants 7 (renal medicine, trained in Sri Lanka, works in Wales) and 8 (dermatology, trained in Nigeria).
from common import *

A7 = "Dr Chaminda Prasanna Wickramasinghe"
A8 = "Dr Ngozi Adaeze Okafor"

DOCS = []

DOCS.append(D("x-043", "clinic_record_foreign_sinhala", A7, """මහනුවර ශික්ෂණ රෝහල - වකුගඩු රෝග ඒකකය
රෝගී සාරාංශය

රෝගියාගේ නම: ඩබ්ලිව්. එම්. සුනිල් බණ්ඩාර        වයස: 52        ස්ත්‍රී/පුරුෂ: පුරුෂ
ඇඳ ඉහළ ටිකට් අංකය (BHT): 2015/41172        ජා.හැ.අ.: 196318204471
ලිපිනය: නො. 36, ගොඩගම පාර, පේරාදෙණිය
ඥාතියා: බිරිඳ කේ. ජී. චන්ද්‍රිකා - දු.ක. +94 71 000 3356
ඇතුළත් කළ දිනය: 21/03/2015
රෝග විනිශ්චය: නිදන්ගත වකුගඩු රෝගය (CKDu), 5 අදියර; යූරියා 38 mmol/L, ක්‍රියැටිනින් 1120 umol/L
ප්‍රතිකාර: හදිසි හීමෝඩයලිසිස් - දකුණු අභ්‍යන්තර ජුගුලර් කැතීටරය; එරිත්‍රොපොයිටින් 4000 IU සතියකට දෙවරක්
වෛද්‍යවරයා: වෛද්‍ය චමින්ද ප්‍රසන්න වික්‍රමසිංහ (ලියාපදිංචි වෛද්‍ය)
උපදේශක: වෛද්‍ය ප්‍රියන්ති ජයසේකර

---------------- CERTIFIED ENGLISH TRANSLATION ----------------
Teaching Hospital Kandy - Nephrology Unit
PATIENT SUMMARY

Patient name: W. M. Sunil Bandara        Age: 52        Sex: Male
Bed Head Ticket (BHT) no.: 2015/41172        NIC: 196318204471
Address: No. 36, Godagama Road, Peradeniya
Relative: wife K. G. Chandrika - tel. +94 71 000 3356
Date of admission: 21/03/2015
Diagnosis: Chronic kidney disease of uncertain aetiology (CKDu), stage 5; urea 38 mmol/L, creatinine 1120 umol/L
Treatment: Emergency haemodialysis via right internal jugular catheter; erythropoietin 4000 IU twice weekly
Doctor: Dr Chaminda Prasanna Wickramasinghe (Registrar)
Consultant: Dr Priyanthi Jayasekara

Translation certified by Nirmala Perera, sworn translator (Ministry of Justice, Sri Lanka), licence 2291, 07/12/2023.
""", [("ඩබ්ලිව්. එම්. සුනිල් බණ්ඩාර", P), ("2015/41172", HN), ("196318204471", OID),
      ("නො. 36, ගොඩගම පාර, පේරාදෙණිය", ADDR), ("කේ. ජී. චන්ද්‍රිකා", R), ("+94 71 000 3356", PH),
      ("W. M. Sunil Bandara", P), ("No. 36, Godagama Road, Peradeniya", ADDR), ("K. G. Chandrika", R),
      ("licence 2291", REF)],
 ["මහනුවර ශික්ෂණ රෝහල", "වෛද්‍ය චමින්ද ප්‍රසන්න වික්‍රමසිංහ", "වෛද්‍ය ප්‍රියන්ති ජයසේකර", "පුරුෂ", "Teaching Hospital Kandy",
  "Dr Chaminda Prasanna Wickramasinghe", "Dr Priyanthi Jayasekara", "Sex: Male", "CKDu", "creatinine 1120 umol/L",
  "urea 38 mmol/L", "erythropoietin 4000 IU", "21/03/2015", "Nirmala Perera"]))

DOCS.append(D("x-044", "ward_list", A7, """UHW RENAL UNIT - SATELLITE HAEMODIALYSIS (Llandough) - MON/WED/FRI PM - quarterly bloods review 15/01/2024
Consultant: Dr G. Llewellyn-Jones     Reviewed by: CPW     Unit manager: Carys

stn  pt       NHS no       access            Kt/V   URR   Hb    PO4    PTH    Alb  issues / action
1    D.ap.R   6120448397   L BC AVF          1.41   73%   108   1.62   48     36   -
2    MHughes  4857200126   R TCVC (tunnelled) 1.12   66%   94    2.41   88     31   poor Kt/V - incr time to 4.5 h; fistula plan (Mr Bowen)
4    "Taff"   7013389452   L RC AVF          1.52   75%   121   1.10   22     39   transplant w/up - cardiology done
5    S.J-P    3901154768   L BB AVF          1.38   71%   99    1.95   61     34   cinacalcet 30 mg; ?PTx
7    Nerys    5584021193   R RC AVF          1.29   69%   86    1.40   35     33   ESA: darbepoetin 40 mcg -> 60 mcg wkly; ferric
                                                                                         carboxymaltose? TSAT 16%
8    GwynT    2276519034   L BC AVF          1.45   72%   112   1.58   40     37   wife (Menna) asks re home HD

Targets (UK Kidney Association): Kt/V >= 1.2, URR >= 65%, Hb 100-120 g/L, PO4 1.1-1.7 mmol/L.
""", [("Carys", C), ("D.ap.R", P), ("6120448397", NHS), ("MHughes", P), ("4857200126", NHS), ("Bowen", C),
      ("Taff", P), ("7013389452", NHS), ("S.J-P", P), ("3901154768", NHS), ("Nerys", P), ("5584021193", NHS),
      ("GwynT", P), ("2276519034", NHS), ("Menna", R)],
 ["UHW RENAL UNIT", "Llandough", "Dr G. Llewellyn-Jones", "CPW", "Kt/V", "URR", "cinacalcet 30 mg", "darbepoetin 40 mcg",
  "TSAT 16%", "UK Kidney Association", "Hb 100-120 g/L", "15/01/2024", "L BC AVF"]))

DOCS.append(D("x-045", "clinic_letter", A7, """Bwrdd Iechyd Prifysgol Caerdydd a'r Fro / Cardiff and Vale University Health Board
Ysbyty Athrofaol Cymru / University Hospital of Wales - Renal Transplant Clinic
Heath Park, Cardiff CF14 4XW

Ein cyf / Our ref: CPW/TX/2403-22          Date: 12/03/2024
Unit no: UHW-T0987412                      NHS no: 623 118 0459

Dr Siân Prydderch
Meddygfa Penylan Surgery
7 Kimberley Road
Cardiff CF23 5DH

Dear Dr Prydderch,

Re: Mr Rhodri Aled EVANS, DOB 29/10/1979, 16 Heol Hir, Llanishen, Cardiff CF14 5AA

Living donor kidney transplant 14/08/2023 (donor: his sister, Mrs Ffion Tudor). Now 7 months post-transplant.

Immunosuppression: tacrolimus (Adoport) 3 mg BD - trough 6.8 ug/L (target 5-8); mycophenolate mofetil
500 mg BD; prednisolone 5 mg OD. Co-trimoxazole 480 mg OD stopped at 6 months.
Results: creatinine 118 umol/L (eGFR 66, CKD-EPI), uPCR 14, BK virus PCR not detected, CMV PCR not detected
(D+/R- - valganciclovir prophylaxis completed 200 days). Hb 131. BP 128/78 on amlodipine 5 mg.

He is back at work as a postman. I reminded him about sun protection (skin cancer risk) and annual
dermatology review. Please avoid clarithromycin and diltiazem (tacrolimus interaction).

Next review: 8 weeks with bloods at Llanishen. Telephone 029 2018 0744 if creatinine rises >15%.

Yn gywir / Yours sincerely

Dr Chaminda Wickramasinghe
Specialty Doctor in Nephrology     Supervisor: Dr Gareth Llewellyn-Jones
""", [("CPW/TX/2403-22", REF), ("UHW-T0987412", HN), ("623 118 0459", NHS), ("Siân Prydderch", C), ("Prydderch", C),
      ("Meddygfa Penylan Surgery\n7 Kimberley Road\nCardiff", ADDR), ("CF23 5DH", PC), ("Rhodri Aled EVANS", P),
      ("16 Heol Hir, Llanishen, Cardiff", ADDR), ("CF14 5AA", PC), ("Ffion Tudor", R), ("Llanishen", ADDR),
      ("029 2018 0744", PH)],
 ["Cardiff and Vale University Health Board", "University Hospital of Wales", "Heath Park, Cardiff CF14 4XW",
  "DOB 29/10/1979", "tacrolimus (Adoport) 3 mg BD", "6.8 ug/L", "mycophenolate mofetil", "prednisolone 5 mg OD",
  "Co-trimoxazole 480 mg OD", "creatinine 118 umol/L", "eGFR 66, CKD-EPI", "BK virus", "valganciclovir", "D+/R-",
  "amlodipine 5 mg", "clarithromycin", "diltiazem", "Dr Chaminda Wickramasinghe", "Dr Gareth Llewellyn-Jones",
  "12/03/2024", "14/08/2023"]))

DOCS.append(D("x-046", "wpba_mini_cex", A7, """Mini-CEX   (JRCPTB ePortfolio export, Renal Medicine)
Trainee: Dr C. P. Wickramasinghe   GMC 7098765
Assessor: Dr Bethan Rees, Consultant Nephrologist (GMC 5120338)
Date: 06/12/2023        Setting: Acute renal ward (Ward B5), University Hospital of Wales
Event ID: MINICEX-883019

Case: 74-year-old woman (hosp no. UHW-A5573021) with AKI stage 3 on CKD G3b, on ramipril, furosemide
and naproxen bought over the counter. K+ 6.9 mmol/L, ECG peaked T waves. Her daughter Glenys was present.

Observed: focused history including sick day rules; examined fluid status (JVP, postural BP, lung bases);
explained hyperkalaemia treatment - calcium gluconate 10% 30 mL, insulin-dextrose (10 units Actrapid
in 25 g glucose), salbutamol nebs, then sodium zirconium cyclosilicate (Lokelma) 10 g TDS. Stopped
ramipril/furosemide/NSAID. Discussed that dialysis might be needed if no response.

Rating: 5/6 (above expectations). Feedback: Excellent explanation to Glenys of why NSAIDs matter.
Chaminda remembered to document the MDRD vs CKD-EPI eGFR difference for the GP letter.
Signed: B. Rees
""", [("MINICEX-883019", REF), ("UHW-A5573021", HN), ("Glenys", R)],
 ["Dr C. P. Wickramasinghe", "GMC 7098765", "Dr Bethan Rees", "5120338", "B. Rees", "Chaminda", "Ward B5",
  "74-year-old woman", "AKI stage 3", "CKD G3b", "K+ 6.9 mmol/L", "calcium gluconate 10% 30 mL", "Actrapid",
  "Lokelma", "10 g TDS", "MDRD", "CKD-EPI", "06/12/2023"]))

DOCS.append(D("x-047", "audit_csv_export", A7, """# AKI e-alert response audit - UHW - export from Welsh Clinical Portal query, 02/02/2024
# lead: Dr C. Wickramasinghe ; supervisor: Dr G. Llewellyn-Jones ; CAV audit reg no 24/RE/0091
hosp_no,initials,dob,sex,ward,aki_stage,alert_time,reviewed_within_24h,nephrotoxics_stopped,outcome
UHW-A5573021,E.W.,03/04/1949,F,B5,3,2023-12-04 07:12,Y,Y,recovered
UHW-A4418820,JPow,12/11/1955,M,A2,2,2023-12-06 15:40,Y,N,recovered
UHW-A6021177,MdC,22/02/1938,F,C7,3,2023-12-09 03:05,N,N,RRT
UHW-A3309451,"Bryn O.",14/07/1961,M,ED,1,2023-12-11 19:22,Y,Y,recovered
UHW-A7780092,TLl,30/09/1970,M,A4,2,2023-12-15 11:48,N,Y,died (not AKI related)
UHW-A2246618,"S. ap Iorwerth",08/01/1944,F,B6,3,2023-12-18 22:30,Y,Y,CKD progression
# summary: 6 cases shown of 112; reviewed <24h 4/6 here (whole sample 87/112 = 78%)
""", [("24/RE/0091", REF), ("UHW-A5573021", HN), ("E.W.", P), ("UHW-A4418820", HN), ("JPow", P), ("UHW-A6021177", HN),
      ("MdC", P), ("UHW-A3309451", HN), ("Bryn O.", P), ("UHW-A7780092", HN), ("TLl", P), ("UHW-A2246618", HN),
      ("S. ap Iorwerth", P)],
 ["Dr C. Wickramasinghe", "Dr G. Llewellyn-Jones", "Welsh Clinical Portal", "03/04/1949", "12/11/1955", "22/02/1938",
  "14/07/1961", "30/09/1970", "08/01/1944", "87/112 = 78%", "RRT", "02/02/2024"]))

DOCS.append(D("x-048", "email_thread", A7, """From: Wickramasinghe, Chaminda (Cardiff and Vale UHB - Renal) <chaminda.wickramasinghe@wales.example.nhs.uk>
To: Renal SpR on call <renal.oncall@wales.example.nhs.uk>; Tx coordinators <tx.coord.uhw@wales.example.nhs.uk>
Date: Sun 25/02/2024 04:18
Subject: Kidney offer - DBD donor - recipient Mrs Eirlys Pugh - ODT offer ref 2024-UK-77103

Morning all - summary of overnight offer so it is all in one place:

Offer: ODT ref 2024-UK-77103, DBD donor 51 M, terminal creat 88, cold ischaemia will be ~14 h on arrival.
HLA mismatch 1-1-0. Crossmatch (virtual) negative; flow crossmatch sent to Welsh Transplantation and
Immunogenetics Laboratory (sample no. WTAIL-24-03318).

Recipient: Mrs Eirlys PUGH, 58 F, NHS 504 227 6610, UHW-T1120087, PD since 2021, cRF 12%.
Contacted at home (Ty Gwyn, Heol y Felin, Pontyclun CF72 9BW) at 02:50 on 07700 900 463; husband
Emrys is driving her in. No PD peritonitis in the last 3 months; last effluent count 12.

Surgeon on call Mr Rhys Bevan-Jenkins aware, theatre at approx 09:00. Anaesthetics (Dr Olu Bankole)
aware. Please check K+ on arrival and stop PD exchange at 06:00.

Chaminda
Dr C. P. Wickramasinghe | Specialty Doctor, Renal | bleep 6672

---
Reply from: Gareth Llewellyn-Jones <gareth.llewellyn-jones@wales.example.nhs.uk>  Sun 25/02/2024 07:02
Thanks Chaminda - excellent summary. I'll see her at 08:00. GL-J
""", [("chaminda.wickramasinghe@wales.example.nhs.uk", EM), ("renal.oncall@wales.example.nhs.uk", EM),
      ("tx.coord.uhw@wales.example.nhs.uk", EM), ("Eirlys Pugh", P), ("2024-UK-77103", REF), ("WTAIL-24-03318", OID),
      ("Eirlys PUGH", P), ("504 227 6610", NHS), ("UHW-T1120087", HN), ("Ty Gwyn, Heol y Felin, Pontyclun", ADDR),
      ("CF72 9BW", PC), ("07700 900 463", PH), ("Emrys", R), ("Rhys Bevan-Jenkins", C), ("Olu Bankole", C),
      ("6672", PH), ("gareth.llewellyn-jones@wales.example.nhs.uk", EM)],
 ["Wickramasinghe, Chaminda", "Chaminda", "Dr C. P. Wickramasinghe", "Gareth Llewellyn-Jones", "GL-J",
  "Cardiff and Vale UHB", "DBD", "51 M", "58 F", "HLA mismatch 1-1-0", "cRF 12%", "Welsh Transplantation and\nImmunogenetics Laboratory",
  "25/02/2024"]))

DOCS.append(D("x-049", "incident_report", A7, """DATIX CYMRU - INCIDENT REPORT (Once for Wales Concerns Management System)
Incident ID: CAV-W-2023-10482            Date/time: 03/11/2023 19:45
Location: Renal Dialysis Unit, University Hospital of Wales (Station 9)
Reporter: Dr Chaminda Wickramasinghe, Specialty Doctor, Renal
Category: Infection - line-related bacteraemia        Harm: Moderate
Also reported to: NRLS/LFPSE ref LFPSE-4Q7T-22981

Patient: Mr Idris Lewis   NHS 718 550 3342   DOB 19/05/1952   M
Description: Rigors 20 min into dialysis via right IJ tunnelled catheter. Temp 39.1, BP 86/50. Dialysis
stopped; blood cultures from line and periphery; vancomycin 1.5 g + gentamicin 1.5 mg/kg post HD started.
Cultures: MSSA both sets (DTP 2 h). Catheter removed 05/11/2023; TOE no vegetation.

Contributory factors: the catheter dressing was documented as last changed 9 days earlier
(policy 7 days). Nurse on that shift: Staff Nurse Delyth Morgan (bank). Line had been inserted by
Dr Oliver Haines (ST4) on 14/10/2023 - ANTT checklist complete.

Learning/actions: dressing-change audit (Ward Sister Angharad P.); decolonisation protocol reinforced;
case presented at renal M&M 21/11/2023 by Dr Wickramasinghe.
Handler: Dr Gareth Llewellyn-Jones, Clinical Lead (review completed 28/11/2023).
""", [("CAV-W-2023-10482", REF), ("LFPSE-4Q7T-22981", REF), ("Idris Lewis", P), ("718 550 3342", NHS),
      ("Delyth Morgan", C), ("Oliver Haines", C), ("Angharad P.", C)],
 ["DATIX CYMRU", "University Hospital of Wales", "Station 9", "Dr Chaminda Wickramasinghe", "Dr Wickramasinghe",
  "DOB 19/05/1952", "Temp 39.1", "BP 86/50", "vancomycin 1.5 g", "gentamicin 1.5 mg/kg", "MSSA", "TOE", "ANTT",
  "Dr Gareth Llewellyn-Jones", "03/11/2023"]))

# ---------------- Applicant 8: dermatology (trained in Nigeria) -----------------

DOCS.append(D("x-050", "clinic_letter", A8, """Northern Care Alliance NHS Foundation Trust
Salford Royal Hospital - Department of Dermatology, Stott Lane, Salford M6 8HD
Skin Cancer Clinic        Date: 08/02/2024        Hospital no: SRF 1447092

Dr Peter Ackroyd
Pendleton Medical Centre
Broughton Road
Salford M6 6LS

Dear Dr Ackroyd

Mrs Janet Mary HOLLINRAKE   DOB 02/02/1967   NHS 330 771 5562
29 Langworthy Road, Salford M6 5PW      Mobile 07700 900 372

Diagnosis: Superficial spreading melanoma, left calf. Breslow thickness 1.2 mm, Clark level IV, no
ulceration, mitotic rate 2/mm2, pT2a. Excised with 2 mm margins on 11/01/2024 (Dr Okafor).

Plan: Wide local excision with 1 cm margins and sentinel lymph node biopsy (discussed at skin SSMDT
01/02/2024) under plastic surgery, Mr Warrender. AJCC 8th edition stage IB pending SLNB.

I examined her skin fully: 42 naevi, none suspicious on dermoscopy; two seborrhoeic keratoses. No
palpable lymphadenopathy. Her sister (Linda) had a melanoma at 50 - I have advised Linda to see her own GP.

Sun protection advice and self-examination leaflet given. Vitamin D 38 nmol/L - colecalciferol 800 units daily.

Yours sincerely
Dr Ngozi Okafor, Specialty Doctor in Dermatology
Supervised by Dr Victoria Ashworth, Consultant Dermatologist
""", [("SRF 1447092", HN), ("Peter Ackroyd", C), ("Ackroyd", C), ("Pendleton Medical Centre\nBroughton Road\nSalford", ADDR),
      ("M6 6LS", PC), ("Janet Mary HOLLINRAKE", P), ("330 771 5562", NHS), ("29 Langworthy Road, Salford", ADDR),
      ("M6 5PW", PC), ("07700 900 372", PH), ("Warrender", C), ("Linda", R)],
 ["Northern Care Alliance NHS Foundation Trust", "Salford Royal Hospital", "Stott Lane, Salford M6 8HD", "DOB 02/02/1967",
  "Breslow thickness 1.2 mm", "Clark level IV", "pT2a", "AJCC 8th edition stage IB", "sentinel lymph node biopsy",
  "seborrhoeic keratoses", "Vitamin D 38 nmol/L", "colecalciferol 800 units daily", "Dr Okafor", "Dr Ngozi Okafor",
  "Dr Victoria Ashworth", "08/02/2024"]))

DOCS.append(D("x-051", "wpba_dops", A8, """DOPS - Direct Observation of Procedural Skills      (Dermatology, JRCPTB ePortfolio)
Trainee: Ngozi Adaeze Okafor    GMC 7321654
Assessor: Dr Samuel Ikwueme, Consultant Dermatologist    Date: 19/09/2023
Procedure: Incisional / punch biopsy (4 mm) for suspected discoid lupus, scalp
Assessment ref: DOPS-DERM-22910457

Patient: 38 F ("Ms A.") - consent obtained for biopsy and photography.
Lidocaine 1% with adrenaline 1:200,000, 2 mL. 4 mm punch at active edge; second punch sent in Michel's
medium for direct immunofluorescence. 4/0 Prolene x1. Haemostasis good.

Grades: all domains "satisfactory", performs independently.
Comment: Ngozi explained why she took a second sample for DIF and chose the active edge rather than the
scarred centre; she was mindful of scarring alopecia and hair-bearing scalp. Nurse assistant Farah C.
commented that she was excellent at keeping the patient informed.

Signed: S. Ikwueme        Trainee reflection attached (separate document).
""", [("DOPS-DERM-22910457", REF), ("Ms A.", P), ("Farah C.", C)],
 ["Ngozi Adaeze Okafor", "Ngozi", "GMC 7321654", "Dr Samuel Ikwueme", "S. Ikwueme", "38 F", "4 mm punch",
  "Lidocaine 1% with adrenaline 1:200,000", "Michel's\nmedium", "4/0 Prolene", "discoid lupus", "DIF", "19/09/2023"]))

DOCS.append(D("x-052", "referral_letter", A8, """URGENT SUSPECTED CANCER REFERRAL - SKIN (2WW) - Greater Manchester
From: Dr Hannah Sutcliffe, Irlam Medical Practice, 12 Liverpool Road, Irlam, M44 6FE
Tel 0161 496 0823   Fax 0161 496 0824   Email: gm.irlam.mp@nhs.net
e-RS UBRN: 0004 1187 3321
To: Dermatology 2WW, Salford Royal Hospital

Patient: Mr Stanley George PIMLOTT   DOB 23/06/1944   Male   NHS 914 330 2718
Address: 3 Fiddlers Lane, Irlam, Manchester M44 6HB    Tel: 0161 496 0517 (home)  Carer (son): Wayne 07700 900 919

Lesion: 2 cm rapidly growing keratotic nodule with central keratin plug, right temple, 6 weeks.
Weighted 7-point checklist: n/a (non-pigmented).  Suspected: SCC vs keratoacanthoma.
PMH: renal transplant 2009 (azathioprine, ciclosporin), multiple previous BCCs (last excised 2022).
Allergies: penicillin (rash).
Photos: uploaded to Teledermatology (image set TD-SRF-55091).

[Received 06/03/2024, triaged by Dr N. Okafor: clinic 12/03/2024 - see-and-treat list with Dr V. Ashworth]
""", [("Hannah Sutcliffe", C), ("Irlam Medical Practice, 12 Liverpool Road, Irlam", ADDR), ("M44 6FE", PC),
      ("0161 496 0823", PH), ("0161 496 0824", PH), ("gm.irlam.mp@nhs.net", EM), ("0004 1187 3321", REF),
      ("Stanley George PIMLOTT", P), ("914 330 2718", NHS), ("3 Fiddlers Lane, Irlam, Manchester", ADDR), ("M44 6HB", PC),
      ("0161 496 0517", PH), ("Wayne", R), ("07700 900 919", PH), ("TD-SRF-55091", OID)],
 ["Salford Royal Hospital", "DOB 23/06/1944", "Male", "SCC", "keratoacanthoma", "azathioprine", "ciclosporin", "BCCs",
  "penicillin", "Dr N. Okafor", "Dr V. Ashworth", "06/03/2024", "12/03/2024", "7-point checklist"]))

DOCS.append(D("x-053", "photography_log", A8, """MEDICAL ILLUSTRATION - DERMATOLOGY CLINICAL PHOTOGRAPHY LOG - Salford Royal - Jan 2024
Requesting clinician: Dr N. A. Okafor (NAO)   Photographer: Tom H. / Aneela   Consent forms scanned to EPR

date      pt      hosp no        image set     site                     consent  use        note
03/01/24  CR      SRF 2290018    MI-24-00051   face (rosacea, pre-IPL)   A        record     -
05/01/24  BAd     SRF 1550437    MI-24-00112   trunk (psoriasis PASI 18) A+B      teaching   pre-biologic (adalimumab)
10/01/24  "Lulu"  SRF 3301982    MI-24-00240   hands (eczema, HECSI 64)  A        record     patch test booked
11/01/24  JMH     SRF 1447092    MI-24-00261   L calf lesion (melanoma)  A+B      record     pre-WLE
17/01/24  D.K-M.  SRF 0983301    MI-24-00388   scalp (LPP)               A        record     -
24/01/24  TAyo    SRF 2771155    MI-24-00502   legs (vitiligo, VASI)     A+B+C    publication  consented for case report

Consent levels: A = clinical record, B = teaching, C = publication (GMC guidance on making and using visual
and audio recordings of patients). Countersigned: Dr V. Ashworth.
""", [("Tom H.", C), ("Aneela", C), ("CR", P), ("SRF 2290018", HN), ("MI-24-00051", OID), ("BAd", P), ("SRF 1550437", HN),
      ("MI-24-00112", OID), ("Lulu", P), ("SRF 3301982", HN), ("MI-24-00240", OID), ("JMH", P), ("SRF 1447092", HN),
      ("MI-24-00261", OID), ("D.K-M.", P), ("SRF 0983301", HN), ("MI-24-00388", OID), ("TAyo", P), ("SRF 2771155", HN),
      ("MI-24-00502", OID)],
 ["Dr N. A. Okafor", "NAO", "Dr V. Ashworth", "PASI 18", "adalimumab", "HECSI 64", "VASI", "LPP", "IPL",
  "GMC guidance on making and using visual\nand audio recordings of patients", "Salford Royal"]))

DOCS.append(D("x-054", "complaint_response", A8, """Northern Care Alliance NHS Foundation Trust - Complaints and Patient Experience
Mayo Building, Salford Royal, Stott Lane, Salford M6 8HD

Complaint reference: NCA/C/2024/1187        Datix complaint ID: COM33814
Date: 19/04/2024

Private and confidential
Miss Kerry-Louise Brannigan
Apartment 12, The Pavilions
Chapel Street
Salford
M3 5DL

Dear Miss Brannigan

I am writing in response to your complaint about the delay in receiving the result of the skin biopsy
taken from your back on 04/01/2024 (hospital number SRF 3318842).

I am the doctor who took the biopsy. The histology report (basal cell carcinoma, nodular subtype,
completely excised) was issued on 18/01/2024, but the letter was not sent until 27/03/2024. Our
investigation found that the result was filed to the wrong clinician's inbox (a locum, Dr Marius Lungu,
who had left the Trust), and that the results-tracking list was not checked by the secretary, Joanne,
during her annual leave. I am very sorry for the anxiety this caused.

Changes made: all biopsies are now tracked by the booking clinician on the electronic system, with a
weekly check by a named nurse; locum inboxes are redirected on leaving.

Please telephone our team on 0161 496 0000 (ext. 4478) if you would like to meet with me and my
supervisor, Dr Victoria Ashworth.

Yours sincerely
Dr Ngozi Okafor, Specialty Doctor, Dermatology
""", [("NCA/C/2024/1187", REF), ("COM33814", REF), ("Kerry-Louise Brannigan", P), ("Brannigan", P),
      ("Apartment 12, The Pavilions\nChapel Street\nSalford", ADDR), ("M3 5DL", PC), ("SRF 3318842", HN),
      ("Marius Lungu", C), ("Joanne", C), ("4478", PH), ("0161 496 0000", PH)],
 ["Northern Care Alliance NHS Foundation Trust", "Mayo Building, Salford Royal, Stott Lane, Salford M6 8HD",
  "basal cell carcinoma, nodular subtype", "Dr Victoria Ashworth", "Dr Ngozi Okafor", "04/01/2024",
  "18/01/2024", "27/03/2024"]))

DOCS.append(D("x-055", "patch_test_ocr", A8, """SALF0RD R0YAL - C0NTACT DERMATlTlS lNVESTlGATl0N UNlT
PATCH TEST RESULTS (Br1tish Contact Dermatitis S0ciety baseline series)      [scan, 0CR text]

Name: Mrs Gai1 Th0rneycr0ft       Hosp n0: SRF 33O1982      D0B: 17/O3/1971   F
0ccupation: hairdresser (salon "Gai1's Hair Studi0", Eccles)
Applied: 15/0l/2024   Read D2: 17/0l/2024   D4: 19/0l/2024
Tested by: Sister Pau1a Greenha1gh      Interpreted by: Dr N. 0kaf0r

A11ergen                         D2     D4     Re1evance
p-Pheny1enediamine (PPD) 1%       ++     +++    current (hair dye)
Nicke1 su1fate 5%                 +      ++     past (jewe1lery)
Methy1is0thiaz0lin0ne 0.2%        -      ?+     p0ssib1e
Fragrance mix I 8%                -      -      -
Ammonium persu1fate 2.5%          +      +      current (b1each)

C0nclusi0n: A11ergic contact dermatitis t0 PPD and ammonium persu1fate - 0ccupati0nal. Advised n0n-
PPD dyes, nitri1e g1oves; RlDDOR/empl0yer letter discussed. Patient inf0 1eaflets (BAD) given.
Checked: Dr V. Ashw0rth
""", [("Gai1 Th0rneycr0ft", P), ("SRF 33O1982", HN), ("Gai1's Hair Studi0", ADDR), ("Eccles", ADDR),
      ("Pau1a Greenha1gh", C)],
 ["SALF0RD R0YAL", "D0B: 17/O3/1971", "Dr N. 0kaf0r", "Dr V. Ashw0rth", "p-Pheny1enediamine (PPD) 1%",
  "Nicke1 su1fate 5%", "Methy1is0thiaz0lin0ne 0.2%", "Fragrance mix I 8%", "Ammonium persu1fate 2.5%",
  "Br1tish Contact Dermatitis S0ciety", "RlDDOR", "15/0l/2024"]))

DOCS.append(D("x-056", "teaching_feedback", A8, """Feedback: "Skin of colour - recognising inflammatory dermatoses" - GP VTS half-day, Salford, 27/06/2024
Speaker: Dr Ngozi Okafor (Dermatology)      Organiser: Dr Farhana Begum (TPD, Salford GP VTS)
Responses: 21 of 24 attendees

Overall rating (1-5): mean 4.8.   "I will change my practice": 20/21 yes.

Comments:
- Finally someone showed eczema, psoriasis and lichen planus on darker skin. Fab.
- Loved the quiz on erythema vs post-inflammatory hyperpigmentation.
- "Dr Ngozi" was really approachable - can she come back for acne/keloid?
- The case of the boy with tinea capitis misdiagnosed as alopecia areata was memorable.
- Please share slides - link didn't work: https://vts-salford.example.co.uk/resources/skin-of-colour-2024

Certificate of teaching: countersigned by Dr Victoria Ashworth (supervisor).
""", [("https://vts-salford.example.co.uk/resources/skin-of-colour-2024", URL)],
 ["Dr Ngozi Okafor", "Dr Ngozi", "Dr Farhana Begum", "Dr Victoria Ashworth", "lichen planus", "tinea capitis",
  "alopecia areata", "27/06/2024", "4.8"]))

DOCS.append(D("x-057", "chat_export", A8, """[Microsoft Teams chat - "Derm on-call" - exported 14/05/2024]

Mon 13/05 18:02  Josh Whitaker (Med reg, SRFT): hi, can derm see a pt on AMU - 29M, widespread dusky
                 targetoid lesions + mucosal involvement, started lamotrigine 2/52 ago. ?SJS
Mon 13/05 18:05  Ngozi Okafor: Coming now. Stop lamotrigine. What % BSA detachment? Nikolsky?
Mon 13/05 18:06  Josh Whitaker (Med reg, SRFT): Nikolsky +ve, maybe 15%. AMU bed 31. Name is Kieran Moffatt,
                 hosp no SRF 4402217
Mon 13/05 18:41  Ngozi Okafor: Seen. SJS/TEN overlap, ~15% BSA epidermal detachment. SCORTEN 2
                 (HR >120, BSA >10%). Needs burns unit / HDU - call Wythenshawe burns (Dr Keeley) - I've
                 spoken to Dr Ashworth who agrees. Ophthalmology + urology + oral medicine please.
                 Emollient (50:50 WSP/LP), non-adherent dressings, no ciclosporin yet - discuss at burns.
Mon 13/05 18:44  Josh Whitaker (Med reg, SRFT): thanks. his girlfriend Chantelle is here, ok to update her?
Mon 13/05 18:45  Ngozi Okafor: yes if he agrees - he did with me. Her number is on the board, 07700 900 058.

[Portfolio note: evidence of acute dermatology on-call. Verified by Dr Victoria Ashworth.]
""", [("Josh Whitaker", C), ("Kieran Moffatt", P), ("SRF 4402217", HN), ("Keeley", C), ("Chantelle", R),
      ("07700 900 058", PH)],
 ["Ngozi Okafor", "Dr Ashworth", "Dr Victoria Ashworth", "lamotrigine", "SJS/TEN", "SJS", "Nikolsky", "SCORTEN 2",
  "HR >120", "BSA >10%", "ciclosporin", "50:50 WSP/LP", "AMU bed 31", "Wythenshawe", "29M", "13/05"]))
