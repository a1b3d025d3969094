# Dr Chiamaka Eze - haematology (GMC 7815576)
from common import T

H = "Dr Chiamaka Eze"

T("clinic_letter", H, """Penmorva Hospital - Clinical Haematology - Myeloma Clinic
Penmorva and Lanyon Healthcare NHS Trust
Our ref: HAEM/CE/MY/0952     Clinic: 10/02/2025

To: Dr Alasdair Fraser-Quinn, Kernick Road Surgery, Penmorva PV3 7TT

Re: Mrs Morag Tulloch-Gray, DOB 15/04/1952
CHI (previous Scottish registration): 1504523386   NHS: 448 201 7719   PAS: PEN0041872
Address: 2 Gull Rock Cottages, Porthvean, Penmorva PV6 2EL

Diagnosis: IgG kappa multiple myeloma, R-ISS stage II (beta-2 microglobulin 4.1 mg/L, albumin 33 g/L), standard-risk cytogenetics.
Treatment: daratumumab-lenalidomide-dexamethasone (D-Rd), cycle 7. Paraprotein 38 g/L at diagnosis, now 4 g/L (VGPR by IMWG criteria). Serum free light chain ratio 2.1.
Hb 112 g/L, neutrophils 1.3 x10^9/L, platelets 148 x10^9/L. eGFR 61.
Supportive: zoledronic acid 4 mg every 4 weeks (dental review done), aciclovir 400 mg BD, co-trimoxazole 480 mg three times a week, apixaban 2.5 mg BD for VTE prophylaxis.
Her niece Fiona (next of kin) asked about stem cell harvest; Mrs Tulloch-Gray is 72 and fit - referred for an autologous SCT opinion.

Dr Chiamaka Eze, Specialty Doctor in Haematology
Dr Isobel Frayne, Consultant Haematologist
""", [("HAEM/CE/MY/0952", "REF"), ("Alasdair Fraser-Quinn", "CN"), ("Kernick Road Surgery, Penmorva", "AD"),
      ("PV3 7TT", "PC"), ("Morag Tulloch-Gray", "PN"), ("Tulloch-Gray", "PN"), ("1504523386", "NHS"),
      ("448 201 7719", "NHS"), ("PEN0041872", "HN"), ("2 Gull Rock Cottages, Porthvean, Penmorva", "AD"),
      ("PV6 2EL", "PC"), ("Fiona", "RN")],
  ["Penmorva Hospital", "Penmorva and Lanyon Healthcare NHS Trust", "10/02/2025", "DOB 15/04/1952",
   "IgG kappa multiple myeloma", "R-ISS stage II", "beta-2 microglobulin 4.1 mg/L", "albumin 33 g/L",
   "daratumumab-lenalidomide-dexamethasone (D-Rd)", "38 g/L", "VGPR", "IMWG", "Hb 112 g/L", "platelets 148 x10^9/L",
   "zoledronic acid 4 mg", "aciclovir 400 mg BD", "co-trimoxazole 480 mg", "apixaban 2.5 mg BD", "is 72",
   "Dr Chiamaka Eze", "Dr Isobel Frayne"])

T("transfusion_incident", H, """SERIOUS HAZARDS OF TRANSFUSION (SHOT) / SABRE REPORT - local investigation summary
Trust incident ref: PLH-INC-25-00417   SHOT ref: SHOT-2025-11892   SABRE ref: SAB/25/30018   MHRA notified 03/03/2025
Investigator: Dr Chiamaka Eze (Specialty Doctor, Haematology); reviewed by Dr Isobel Frayne, Transfusion Lead

Event: wrong blood in tube (WBIT) detected before transfusion. Two patients in adjacent beds on Ward 5 (bays 5B and 5C), both called "J. Lawrence" (John Lawrence, 81, and Jean Lawrence, 79, unrelated), had samples taken by the same phlebotomist, Kerry-Ann Whitlock, from pre-printed labels at the nurses' station.
The historical group for the male patient was O RhD positive; the new sample grouped A RhD negative. Laboratory two-sample rule (BSH 2017) detected the discrepancy; no unit was issued.
Actions: bedside labelling only; PDA-based positive patient identification on Ward 5 from April 2025; same-name alert on the whiteboard; Learn from Patient Safety Events (LFPSE) recorded.
Teaching delivered to 42 nursing and medical staff (transfusion update, 18/03/2025).
""", [("PLH-INC-25-00417", "REF"), ("SHOT-2025-11892", "REF"), ("SAB/25/30018", "REF"), ("J. Lawrence", "PN"),
      ("John Lawrence", "PN"), ("Jean Lawrence", "PN"), ("Kerry-Ann Whitlock", "CN")],
  ["Dr Chiamaka Eze", "Dr Isobel Frayne", "03/03/2025", "Ward 5", "bays 5B and 5C", "81", "79", "O RhD positive",
   "A RhD negative", "BSH 2017", "Learn from Patient Safety Events (LFPSE)", "42", "18/03/2025", "WBIT"])

T("lab_report", H, """PENMORVA HOSPITAL - BLOOD SCIENCES - HAEMATOLOGY REPORT
Lab no: 25H0611472 (received 11/06/2025 09:14)    Specimen: EDTA whole blood, peripheral blood film
Patient: OYELARAN-BRUCE, Tobias   M   DOB 04/02/1998   PAS PEN0087330   Location: Emergency Department
Requesting clinician: Dr Ifan Prydderch (ED)
Hb 64 g/L, MCV 104 fL, WCC 1.9 x10^9/L, neutrophils 0.4 x10^9/L, platelets 11 x10^9/L, retics 12 x10^9/L.
Film: 34% blasts, some with Auer rods; occasional faggot cells. Coagulation: PT 17.8 s, APTT 33 s, fibrinogen 0.9 g/L, D-dimer > 20,000 ng/mL.
Comment (Dr C. Eze, haematology): FEATURES HIGHLY SUSPICIOUS OF ACUTE PROMYELOCYTIC LEUKAEMIA (APL) WITH DIC. Start ATRA 45 mg/m2/day immediately (do not wait for PML-RARA). Cryoprecipitate 2 pools and platelets to keep fibrinogen > 1.5 g/L and platelets > 30-50. Telephoned to ED registrar at 09:52. Linked flow cytometry: 25F0611073; cytogenetics/FISH: 25C0611019.
""", [("25H0611472", "OID"), ("OYELARAN-BRUCE, Tobias", "PN"), ("PEN0087330", "HN"), ("Ifan Prydderch", "CN"),
      ("25F0611073", "OID"), ("25C0611019", "OID")],
  ["PENMORVA HOSPITAL", "11/06/2025 09:14", "DOB 04/02/1998", "Emergency Department", "Hb 64 g/L", "MCV 104 fL",
   "platelets 11 x10^9/L", "34% blasts", "Auer rods", "PT 17.8 s", "fibrinogen 0.9 g/L", "Dr C. Eze",
   "ATRA 45 mg/m2/day", "PML-RARA", "Cryoprecipitate 2 pools", "> 1.5 g/L", "09:52"])

T("anticoag_list", H, """DOAC / warfarin telephone clinic - Thu 06/03/25 - CE
MT  inr 3.9 (target 2.5) warfarin 5 mg -> 4 mg alt days, recheck 1/52
gh  inr 2.4 stable, 8 wks
B.O'N.  apixaban 5 mg bd, CrCl 28 -> reduce? NO (apixaban dose criteria: age>=80, wt<=60, creat>=133) - continue
Sue P (the one with the parrot, see last note) - missed 3 doses edoxaban 60 mg, counselled
"Mr W (Wilf)" - on rivaroxaban 20 mg od with food, eGFR 44, ok
ring back: Mrs Achterfield dtr (Gail) 07700 900276 re bridging for TURP - LMWH enoxaparin 1.5 mg/kg
""", [("MT", "PN"), ("gh", "PN"), ("B.O'N.", "PN"), ("Sue P", "PN"), ("Mr W", "PN"), ("Wilf", "PN"), ("Achterfield", "PN"),
      ("Gail", "RN"), ("07700 900276", "PH")],
  ["06/03/25", "CE", "inr 3.9", "target 2.5", "warfarin 5 mg", "apixaban 5 mg bd", "CrCl 28", "edoxaban 60 mg",
   "rivaroxaban 20 mg od", "eGFR 44", "TURP", "enoxaparin 1.5 mg/kg"])

T("cpd_log", H, """CPD record 2024-25 - Dr Chiamaka Eze (GMC 7815576), Specialty Doctor, Haematology, Penmorva Hospital
Date        Activity                                                        Credits  Reflection attached
14/09/2024  British Society for Haematology (BSH) Annual Scientific Meeting  12       yes
02/11/2024  Royal College of Pathologists: Transfusion Update 2024            6        yes
20/11/2024  SHOT/SABRE haemovigilance training (e-learning)                   2        yes
15/01/2025  European Hematology Association webinar: bispecifics in myeloma   2        yes
08/02/2025  Regional haemoglobinopathy network study day (sickle cell, Hb SC) 6        yes
Monthly     Penmorva haematology journal club (presented twice: CAR-T CRS grading, ASTCT 2019) 10  yes
Total: 38 credits (RCPath CPD scheme requires 50 per year, 250 over 5 years - remaining credits from teaching).
Appraiser: Dr Isobel Frayne; appraisal completed 27/03/2025 (revalidation due 2027).
""", [],
  ["Dr Chiamaka Eze", "GMC 7815576", "Penmorva Hospital", "British Society for Haematology (BSH)", "12",
   "Royal College of Pathologists", "SHOT/SABRE", "European Hematology Association", "Hb SC", "CAR-T", "ASTCT 2019",
   "38 credits", "50 per year", "Dr Isobel Frayne", "27/03/2025", "2027"])

T("marrow_report_ocr", H, """PENM0RVA H0SPITAL - B0NE MARR0W ASPIRATE & TREPHINE REP0RT  (scan)
Lab N0: 25B0l2O776        Pt: Mr Keith Anth0ny Pe11ow     DOB O9/O9/l96l      PAS PENOOl9843
Clinician: Dr C Eze      Rep0rted by: Dr Rhiann0n Vosper (Consultant Haemat0path0l0gist)
Site: R p0sterior i1iac crest. Aspirate ce11ular, particulate. Blasts 3%.
Plasrna cells l8%, CD38+ CD l38+, CD56 aberrant; lambda restricted.
Trephine: l9 mm core, ce11ularity 50%, interstitial and nodular plasrna cell infiltrate ~25%.
Conc1usion: plasma cell myeloma (lambda). Send FISH: t(4;l4), del(l7p), gain lq.
""", [("25B0l2O776", "OID"), ("Keith Anth0ny Pe11ow", "PN"), ("PENOOl9843", "HN"), ("Rhiann0n Vosper", "CN")],
  ["PENM0RVA H0SPITAL", "DOB O9/O9/l96l", "Dr C Eze", "Blasts 3%", "Plasrna cells l8%", "CD56", "l9 mm core",
   "ce11ularity 50%", "plasma cell myeloma (lambda)", "t(4;l4)", "del(l7p)"])

T("mdt_email", H, """From: Chiamaka Eze <chiamaka.eze@penmorva.nhs.example>
To: haem-mdt@penmorva.nhs.example
Subject: lymphoma MDT Tues - 3 to add (inc. Mr Anand Ravichandran
 PEN0092214)
Date: 02/06/2025 16:20

Dear Tessa,
Please add the following to Tuesday's lymphoma MDT:
1. Mr Anand Ravichandran (PEN0092214), 58M - DLBCL, stage IIIA, IPI 2, PET-CT 28/05 Deauville 5 after 2 x R-CHOP: for discussion of refractory disease / CAR-T referral.
2. R.J., 71F - follicular lymphoma grade 3A, GELF criteria met (bulk > 7 cm), for obinutuzumab-bendamustine?
3. Ms Hollie
 Vance-Turner (PEN0095560), 26F - classical Hodgkin lymphoma stage IIB, fertility preservation done; for ABVD vs escalated BEACOPDac.
Path slides requested from Southmere Hospital (their lab ref S25-44718).
Best wishes
Chiamaka
Dr Chiamaka Eze | Haematology | bleep via switchboard 01632 960111
""", [("chiamaka.eze@penmorva.nhs.example", "EM"), ("haem-mdt@penmorva.nhs.example", "EM"), ("Anand Ravichandran", "PN"),
      ("PEN0092214", "HN"), ("Tessa", "CN"), ("R.J.", "PN"), ("Hollie\n Vance-Turner", "PN"), ("PEN0095560", "HN"),
      ("S25-44718", "OID"), ("01632 960111", "PH")],
  ["Chiamaka Eze", "58M", "DLBCL", "stage IIIA", "IPI 2", "Deauville 5", "R-CHOP", "CAR-T", "71F", "grade 3A",
   "GELF", "obinutuzumab-bendamustine", "26F", "stage IIB", "ABVD", "BEACOPDac", "Southmere Hospital", "Chiamaka",
   "Dr Chiamaka Eze"])
