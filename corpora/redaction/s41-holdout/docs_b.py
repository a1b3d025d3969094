from common import *

D("s41-011", "audit_extract", "Dr Farah Siddiqui", """
Audit: Time to first dose of levodopa for inpatients with Parkinson's disease (re-audit, cycle 2)
Lead: Dr Farah Siddiqui   Supervisor: Dr Anders Lindqvist   Site: Fairfield General Hospital, Bury
Standard: Parkinson's medication given within 30 minutes of prescribed time (Get It On Time, Parkinson's UK)

Row | Patient | RM no. | Age/sex | Drug | Missed/late doses (72 h) | Comment
01 | Harold Whitworth | 4455120 | 82 M | co-careldopa 25/100 qds | 3 | NBM for OGD, no NG route planned
02 | Doreen Kay | 4461877 | 77 F | Madopar CR 125 mg nocte | 0 |
03 | P. Olawale | 4458302 | 69 M | rotigotine 4 mg/24 h patch | 1 | patch found on floor by wife Funmi
04 | Margaret "Peggy" Sefton | 4449016 | 90 F | co-careldopa 12.5/50 5x daily | 5 | delirium; daughter Lorraine Sefton complained (ref FGH-PALS-2291)
05 | Iqbal Hussain | 4470552 | 74 M | ropinirole XL 8 mg od | 0 |

Result: 9/48 doses late (18.8%), down from 31% in cycle 1. Presented at the Medicine Directorate Audit Meeting, 6 November 2024.
""", [("Harold Whitworth", PN), ("4455120", HN), ("Doreen Kay", PN), ("4461877", HN), ("P. Olawale", PN), ("4458302", HN), ("Funmi", RN),
      ("Margaret \"Peggy\" Sefton", PN), ("4449016", HN), ("Lorraine Sefton", RN), ("FGH-PALS-2291", REF), ("Iqbal Hussain", PN), ("4470552", HN)],
  ["Dr Farah Siddiqui", "Dr Anders Lindqvist", "Fairfield General Hospital", "Parkinson's disease", "levodopa", "co-careldopa 25/100 qds",
   "Madopar CR 125 mg nocte", "rotigotine 4 mg/24 h", "ropinirole XL 8 mg od", "18.8%", "82 M", "77 F", "6 November 2024", "Parkinson's UK"])

D("s41-012", "case_writeup", "Dr Eleanor Beaumont", """
Case-based discussion write-up: palliative care at home in rural Powys
Dr Eleanor Beaumont, Specialty Doctor, Palliative Medicine, Bronllys Hospital

I first met Glenys Pugh when she was 74, a retired primary head teacher who had spent thirty years at Ysgol Llanwrtyd and still ran the Sunday school at Capel Zion in Beulah. She had metastatic pancreatic cancer. Her husband Dilwyn kept a few Welsh Mountain ewes at their smallholding, Penrhiw, above Llanwrtyd Wells, and her border collie, Mot, lay across the bottom of the bed for most of my visits.

Glenys wanted to die at home. The nearest district nurse base was at Builth Wells, forty minutes away in snow. With the community team (district nurse Rhian Probert) I set up anticipatory medicines: morphine sulfate 2.5-5 mg SC PRN, midazolam 2.5 mg SC PRN, levomepromazine 6.25 mg SC PRN and glycopyrronium 200 micrograms SC PRN. We later started a syringe driver with oxycodone 10 mg/24 h.

Her son Rhys farms in New Zealand and spoke to me over FaceTime at 06:00 his time; her daughter-in-law, Kiri, asked good questions about what dying would look like. Glenys died on 3 January 2025 with Dilwyn and Mot beside her.

Reflection: rurality changes every plan. I now check the route, the mobile signal and whether the family has a landline (theirs was 01632 960204) before agreeing a home-death plan.

CbD assessed by Dr Siân Meredith, Consultant in Palliative Medicine, 20 January 2025. Outcome: meets expectations.
""", [("Glenys Pugh", PN), ("Glenys", PN), ("Ysgol Llanwrtyd", AD), ("Capel Zion in Beulah", AD), ("Dilwyn", RN), ("Penrhiw", AD),
      ("Llanwrtyd Wells", AD), ("Mot", OID), ("Rhian Probert", CN), ("Rhys", RN), ("New Zealand", AD), ("Kiri", RN), ("01632 960204", PH)],
  ["Dr Eleanor Beaumont", "Bronllys Hospital", "metastatic pancreatic cancer", "morphine sulfate 2.5-5 mg SC PRN", "midazolam 2.5 mg SC PRN",
   "levomepromazine 6.25 mg SC PRN", "glycopyrronium 200 micrograms SC PRN", "oxycodone 10 mg/24 h", "74", "Builth Wells",
   "Dr Siân Meredith", "3 January 2025", "20 January 2025", "CbD"])

D("s41-013", "gp_notes", "Dr Rhodri Llewellyn", """
Consultation record (EMIS export) - printed for portfolio, identifiers to be removed
Patient: WILLIAMS, Bethan Mair   DOB: 25-Feb-2001   Sex: F   NHS: 719 004 2268
Address: 41 Heol y Bont, Bala, Gwynedd, LL23 7AB   Mob: 07700 900614
Usual GP: Dr R Llewellyn

10-Oct-2024 11:20 Dr Rhodri Llewellyn (surgery)
History: 3/7 dysuria, frequency, loin pain R. Works as a chef at the White Lion Royal Hotel in Bala, did double shifts all weekend. Partner Cai Jones with her.
Exam: T 38.4, HR 104, BP 112/70. R renal angle tenderness. Urine dip nitrite +, leuc +++. Pregnancy test negative.
Diagnosis: acute pyelonephritis (N10). NEWS2 4.
Plan: cefalexin 500 mg tds 7/7 (pen allergic? no - amoxicillin rash age 3 only, documented as intolerance). Safety-net: if vomiting, rigors - ring 111 or come to Ysbyty Gwynedd ED. MSU sent (lab no. GW24-1010-3381).

14-Oct-2024 telephone - Cai says she is better, eating. MSU: E. coli, sensitive to cefalexin.

Entry reviewed for CbD by Dr Menna Lloyd-Jones (GP Trainer).
""", [("WILLIAMS, Bethan Mair", PN), ("719 004 2268", NHS), ("41 Heol y Bont, Bala, Gwynedd", AD), ("LL23 7AB", PC), ("07700 900614", PH),
      ("White Lion Royal Hotel in Bala", AD), ("Cai Jones", RN), ("Cai", RN), ("GW24-1010-3381", OID)],
  ["Dr R Llewellyn", "Dr Rhodri Llewellyn", "25-Feb-2001", "Sex: F", "T 38.4", "HR 104", "BP 112/70", "acute pyelonephritis", "N10", "NEWS2 4",
   "cefalexin 500 mg tds", "Ysbyty Gwynedd", "E. coli", "Dr Menna Lloyd-Jones", "10-Oct-2024"])

D("s41-014", "incident_report", "Dr Tomasz Wiśniewski", """
LFPSE record - exported summary
LFPSE ID: W2104877    Local Datix: BHT-INC-2024-15522
Location: Main Theatres, Theatre 4, Stoke Mandeville Hospital
Date/time of incident: 12/07/2024 10:35
Reporter: Dr Tomasz Wiśniewski, Specialty Doctor, Anaesthetics

Description: Patient (Miss Chloe Ferreira-Dunn, 19, DOB 02/12/2004, MRN S3398712) for laparoscopic appendicectomy received cefuroxime 1.5 g IV at induction despite a documented penicillin anaphylaxis. The WHO checklist "allergies" box had been ticked by ODP Marcus Bell. Within 3 minutes: BP 58/30, widespread urticaria, bronchospasm. Treated per AAGBI anaphylaxis guideline: adrenaline 50 micrograms IV x 3 boluses, then infusion; crystalloid 2 L; hydrocortisone 200 mg IV; chlorphenamine 10 mg IV. Mast cell tryptase at 1 h and 4 h (samples BT-24-071233, BT-24-071298). Surgery postponed, transferred to ICU. Surgeon Mr Niall Corrigan informed mother (Lucia Ferreira, 07700 900127) who was waiting at the Costa in the main entrance.

Harm: moderate. Duty of candour completed 13/07/2024 by Dr Wiśniewski.
Learning reviewed with: Dr Grace Ogunleye, Consultant Anaesthetist (Clinical Supervisor)
""", [("W2104877", REF), ("BHT-INC-2024-15522", REF), ("Chloe Ferreira-Dunn", PN), ("S3398712", HN), ("Marcus Bell", CN),
      ("BT-24-071233", OID), ("BT-24-071298", OID), ("Mr Niall Corrigan", CN), ("Lucia Ferreira", RN), ("07700 900127", PH)],
  ["Dr Tomasz Wiśniewski", "Dr Wiśniewski", "Stoke Mandeville Hospital", "Theatre 4", "02/12/2004", "19", "laparoscopic appendicectomy",
   "cefuroxime 1.5 g IV", "BP 58/30", "adrenaline 50 micrograms IV", "hydrocortisone 200 mg IV", "chlorphenamine 10 mg IV",
   "Mast cell tryptase", "AAGBI", "ICU", "Dr Grace Ogunleye", "12/07/2024 10:35"])

D("s41-015", "reflection", "Dr Catriona MacLeod", """
Reflection: a patient who shared my home village
Dr Catriona MacLeod, General Adult Psychiatry, New Craigs Hospital, Inverness

In May 2024 I was asked to see a woman in the Section 36 suite who turned out to be Kirsty Anne Macrae, whose family run the post office in Lochcarron, the village where I grew up. Her father, Angus "Wee Gus" Macrae, taught me to sail from the pier at Slumbay. Kirsty (female, DOB 09/04/1992) had stopped her clozapine 300 mg because the bloods at Broadford were "too far away" and had become floridly psychotic.

I felt a pull to manage her myself because I knew the family. I recognised this as a boundary risk, told my supervisor and asked Dr Anjali Rao to take the clinical lead. I still saw her jointly once, because she asked for me by name and called me "Cat from the shop".

Learning: in small Highland communities dual relationships are inevitable. I now record them openly and use a colleague, and I have written a short guide for our trainees. Clozapine was re-titrated from 12.5 mg; ANC remained above 2.0 throughout.

Signed: Dr Catriona MacLeod
Verified: Dr Fergus Munro, Consultant Psychiatrist and Educational Supervisor, 10 June 2024
""", [("Kirsty Anne Macrae", PN), ("Kirsty", PN), ("Lochcarron", AD), ("Angus \"Wee Gus\" Macrae", RN), ("Slumbay", AD), ("Broadford", AD),
      ("Dr Anjali Rao", CN)],
  ["Dr Catriona MacLeod", "New Craigs Hospital", "Section 36", "female", "09/04/1992", "clozapine 300 mg", "12.5 mg", "ANC", "2.0",
   "Dr Fergus Munro", "Cat from the shop", "10 June 2024"])

D("s41-016", "handover_list", "Dr Oluwaseun Adeyemi", """
ed majors handover 19:30 - morriston - dr adeyemi (oa) to night reg

cubicle 2 - terry "tez" bowen 45m - ed no 24-118890 - etoh w/drawal, ciwa 18, chlordiazepoxide 30 mg given 18:50. lives in a tent by the lido in blackpill per police (pc lewis, 07700 900744).
cubicle 5 - mrs h. rees-jenkins 67f - ed no 24-118871 - af fast 150s, digoxin load 500 mcg iv, trop 14. husband wyn at home in gorseinon, no car.
cubicle 8 - baby of zara malik, 11/52, 7.1 kg - ed no 24-118902 - bronchiolitis, feeding 50%, for paeds.
resus 1 - unknown male approx 30 ("mr alpha 24") - ed no 24-118911 - rtc on the a483 at pont abraham, gcs 9, ct head done, awaiting nsgy call back from cardiff.
resus 2 - denise coombs 52f - ed no 24-118919 - dka, ph 7.11, fixed rate 0.1 u/kg/h. works at the dvla in clase, her manager brought her in.

all seen by consultant dr h bevan-thomas before handover.
""", [("terry \"tez\" bowen", PN), ("24-118890", HN), ("lido in blackpill", AD), ("pc lewis", CN), ("07700 900744", PH),
      ("mrs h. rees-jenkins", PN), ("24-118871", HN), ("wyn", RN), ("gorseinon", AD), ("zara malik", RN), ("24-118902", HN),
      ("mr alpha 24", PN), ("24-118911", HN), ("pont abraham", AD), ("denise coombs", PN), ("24-118919", HN), ("dvla in clase", AD)],
  ["dr adeyemi", "(oa)", "morriston", "45m", "ciwa 18", "chlordiazepoxide 30 mg", "digoxin load 500 mcg iv", "trop 14", "11/52", "7.1 kg",
   "bronchiolitis", "gcs 9", "ct head", "ph 7.11", "0.1 u/kg/h", "dr h bevan-thomas", "67f", "52f"])
