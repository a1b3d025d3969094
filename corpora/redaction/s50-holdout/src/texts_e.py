# Dr Imran Qureshi - trauma and orthopaedics (GMC 7661302)
from common import T

E = "Dr Imran Qureshi"

T("operation_note", E, """BRANTWELL DISTRICT HOSPITAL - Trauma & Orthopaedics - OPERATION NOTE
Patient label: EVERSLEIGH, Margaret Joan | F | 12/07/1938 | BDH 0583317 | NHS 401 992 6650
Date: 27/01/2025   Theatre 3 (Trauma)   Start 14:10  End 15:25
Surgeon: Dr I. Qureshi (Specialty Doctor)   Assistant: Dr Bethan Yardley (FY2)   Supervising consultant: Mr Andrew Tolland (scrubbed for approach only)
Anaesthetist: Dr Okello Ssemwanga   Anaesthesia: spinal + fascia iliaca block
Procedure: right hip hemiarthroplasty (cemented Exeter V40 stem 44/No.1, Unitrax head 47 mm), anterolateral (Hardinge) approach
Indication: displaced intracapsular fracture neck of femur (Garden IV), AMTS 7/10, NHFD pathway, surgery within 36 h.
Findings: osteoporotic bone. Cement: Palacos R+G, third-generation technique; BCIS monitoring - no hypotension.
Closure: 1 Vicryl to capsule and gluteus medius repair, 2-0 Monocryl, clips.
Post-op: full weight-bearing, hip precautions for 6 weeks, enoxaparin 40 mg OD for 28 days, check X-ray, Hb at 24 h.
Signed: I. Qureshi
""", [("EVERSLEIGH, Margaret Joan", "PN"), ("BDH 0583317", "HN"), ("401 992 6650", "NHS"), ("Bethan Yardley", "CN"),
      ("Okello Ssemwanga", "CN")],
  ["BRANTWELL DISTRICT HOSPITAL", "12/07/1938", "27/01/2025", "Theatre 3 (Trauma)", "Dr I. Qureshi", "Mr Andrew Tolland",
   "Exeter V40", "Unitrax head 47 mm", "Hardinge", "Garden IV", "AMTS 7/10", "NHFD", "36 h", "Palacos R+G", "BCIS",
   "2-0 Monocryl", "enoxaparin 40 mg OD for 28 days", "I. Qureshi"])

T("theatre_list", E, """TRAUMA LIST - Theatre 3 - Saturday 15/02/2025 - BDH
Surgeon: IQ / consultant on call: AT (Mr Tolland)    Anaesthetist: on-call team
1  | 0921 | BDH0611058 | 84F | #NOF L, intracapsular, Garden III -> hemi | NBM from 02:00 | Ward 9 bed 14
2  | 1130 | BDH0620473 | 17M | #distal radius R, dorsally angulated 28 deg -> MUA + K-wires | NBM | Children's? no - adult (17) - Ward 11
3  | 1300 | BDH0598812 | 46M | ankle # bimalleolar (Weber B) -> ORIF | diabetic, HbA1c 71 | Ward 11 bed 2
4  | 1430 | BDH0622090 | 69F | infected TKR L -> DAIR | ESR 88, CRP 190 | Ward 9 SR1
                note from bed mgr: pt 4 prefers "Bunny" (Bernadette Okafor-Hale), hard of hearing, son Desmond will consent? - NO, she has capacity
5  | 1600 | BDH0599731 | 32M | hand - flexor tendon zone II (Dr Hussain's pt) -> repair | plastics? | SDEC
""", [("BDH0611058", "HN"), ("BDH0620473", "HN"), ("BDH0598812", "HN"), ("BDH0622090", "HN"), ("BDH0599731", "HN"),
      ("Bunny", "PN"), ("Bernadette Okafor-Hale", "PN"), ("Desmond", "RN"), ("Hussain", "CN")],
  ["Theatre 3", "15/02/2025 - BDH", "IQ", "Mr Tolland", "84F", "Garden III", "MUA + K-wires", "Weber B", "HbA1c 71",
   "DAIR", "ESR 88", "CRP 190", "Ward 9 bed 14", "zone II", "28 deg"])

T("fracture_clinic_letter", E, """Brantwell District Hospital, Virtual Fracture Clinic
Direct line 01632 960738   Fax 01632 960739
Our Ref: VFC/IQ/25/0314

To: Dr Harriet Coldstream, Abbeyfield Medical Group, Canal Street, Brantwell BR2 5HQ
Date: 03/03/2025

Dear Dr Coldstream

Re: Master Oliver Penhallow-Reid (age 9), DOB 21/06/2015, BDH 0630188
School: St Cuthbert's Primary (PE restrictions)
Mother: Mrs Jenna Penhallow

Oliver was reviewed in the virtual fracture clinic after a fall from monkey bars. X-rays show a buckle (torus) fracture of the distal right radius with no displacement.
Management (BOA/BSCOS guidance): removable wrist splint for 3 weeks, simple analgesia (ibuprofen 10 mg/kg TDS), no routine follow-up. Advice leaflet and the "Torus fracture" video link (https://vfc.brantwell.example/torus-wrist) sent to his mother at jenna.penhallow82@example.com.

Yours sincerely
Dr Imran Qureshi, Specialty Doctor in Trauma & Orthopaedics
for Mr Andrew Tolland FRCS (Tr&Orth), Consultant
""", [("01632 960738", "PH"), ("01632 960739", "PH"), ("VFC/IQ/25/0314", "REF"), ("Harriet Coldstream", "CN"),
      ("Coldstream", "CN"), ("Canal Street, Brantwell", "AD"), ("BR2 5HQ", "PC"), ("Oliver Penhallow-Reid", "PN"),
      ("Oliver", "PN"), ("BDH 0630188", "HN"), ("St Cuthbert's Primary", "AD"), ("Jenna Penhallow", "RN"),
      ("https://vfc.brantwell.example/torus-wrist", "URL"), ("jenna.penhallow82@example.com", "EM")],
  ["Brantwell District Hospital", "Virtual Fracture Clinic", "03/03/2025", "age 9", "DOB 21/06/2015",
   "buckle (torus) fracture", "distal right radius", "BOA/BSCOS", "3 weeks", "ibuprofen 10 mg/kg TDS",
   "Dr Imran Qureshi", "Mr Andrew Tolland FRCS (Tr&Orth)"])

T("logbook_summary", E, """eLogbook consolidation report (ISCP / eLogbook export) - Dr Imran Qureshi, GMC 7661302
Period: 01/08/2020 - 31/07/2025   Hospitals: Brantwell District Hospital; Mayo Hospital, Lahore (2016-2019, separate logbook)

Procedure (OPCS-4)                               Total   Performed (P)   Supervised (S-TS/S-TU)   Assisted
Hemiarthroplasty hip (W46.1)                      142        118              19                     5
DHS fixation (W24.1)                              96         81               12                     3
Intramedullary nail femur/tibia (W28.3)           71         49               15                     7
Ankle ORIF (W19.1)                                88         74               11                     3
Distal radius MUA/K-wire/plate                    104        92               10                     2
Primary THR (W37.1)                               61         12               33                    16
Primary TKR (O18.1)                               58          9               31                    18
Arthroscopy knee (W82)                            77         52               20                     5
Total                                             697        487              151                   59

PBAs linked: 34 (level 4: 21). Complications: 2 superficial SSIs, 1 periprosthetic fracture (intra-op, recognised and treated).
Verified by: Mr Andrew Tolland, Consultant Orthopaedic Surgeon and Educational Supervisor, 04/08/2025
""", [],
  ["Dr Imran Qureshi", "GMC 7661302", "01/08/2020 - 31/07/2025", "Brantwell District Hospital", "Mayo Hospital, Lahore",
   "OPCS-4", "W46.1", "142", "W24.1", "W37.1", "O18.1", "697", "PBAs linked: 34", "Mr Andrew Tolland", "04/08/2025"])

T("experience_abroad", E, """MAYO HOSPITAL, LAHORE - King Edward Medical University - Department of Orthopaedic Surgery
TO WHOM IT MAY CONCERN
Dr Imran Qureshi (PMDC registration 51873-P) worked as Postgraduate Resident (FCPS Orthopaedics) from 01/01/2016 to 31/12/2019, with 1 in 3 on-call for the emergency trauma unit (approx. 180 new trauma admissions a week).
He performed 311 procedures as primary surgeon, including 126 DHS, 58 tibial nails and 40 external fixators for open fractures (Gustilo IIIA/IIIB).
He also contributed to the case series "Neglected clubfoot in older children: Ponseti outcomes" (JPMA 2019), in which our patient Master Ali Raza (OPD No. 17-44203) featured.
Contact for verification: Prof. Shahid Mahmood Butt, Head of Department, ortho.mayo@kemu.example.pk, +44 7700 900661 (UK mobile while on sabbatical)
Ref No. MHL/ORTH/2020/114
""", [("Ali Raza", "PN"), ("17-44203", "HN"), ("ortho.mayo@kemu.example.pk", "EM"), ("+44 7700 900661", "PH"),
      ("MHL/ORTH/2020/114", "REF")],
  ["MAYO HOSPITAL, LAHORE", "King Edward Medical University", "Dr Imran Qureshi", "51873-P", "FCPS Orthopaedics",
   "01/01/2016", "31/12/2019", "311 procedures", "126 DHS", "Gustilo IIIA/IIIB", "Ponseti", "JPMA 2019",
   "Prof. Shahid Mahmood Butt"])

T("clinic_letter_ocr", E, """BRANTWELL DISTRICT H0SPITAL  0rthopaedic 0utpatients (Knee Clinic)
0ur Ref: 0RTH/IQ/24/l877       Your Ref: GP/RM
Dr R. Mc1ntyre, Eastfield Surgery, 9O Lowther R0ad, Brantwe11 BR4 lLX

Dear Dr Mc1ntyre
Re: Mr Terence Ho1dsworth-Ba1e, DOB l4/O3/l957, BDH O5l7723
K1 Fairhaven, 3 Chapel Yard, Brantwe11

Diagn0sis: severe tricornpartmental 0A left knee (Ke11gren-Lawrence 4), fixed flexion l0 deg, varus l2 deg.
0xford Knee Sc0re l4/48. BMI 3l. HbAlc 48.
He has tried physi0therapy, weight loss and an intra-articular steroid injection (Depo-Medrone 8O mg).
Plan: listed f0r left TKR (NJR c0nsent given). Pre-op assessrnent.
Dr I. Qureshi, Specialty D0ct0r, for Mr A. Tolland
""", [("0RTH/IQ/24/l877", "REF"), ("GP/RM", "REF"), ("R. Mc1ntyre", "CN"), ("Mc1ntyre", "CN"),
      ("9O Lowther R0ad, Brantwe11", "AD"), ("BR4 lLX", "PC"), ("Terence Ho1dsworth-Ba1e", "PN"), ("BDH O5l7723", "HN"),
      ("K1 Fairhaven, 3 Chapel Yard, Brantwe11", "AD")],
  ["BRANTWELL DISTRICT H0SPITAL", "Knee Clinic", "DOB l4/O3/l957", "Ke11gren-Lawrence 4", "fixed flexion l0 deg",
   "0xford Knee Sc0re l4/48", "BMI 3l", "HbAlc 48", "Depo-Medrone 8O mg", "left TKR", "NJR", "Dr I. Qureshi", "Mr A. Tolland"])

T("pba", E, """PROCEDURE-BASED ASSESSMENT (PBA) - Dynamic hip screw fixation
Trainee: Imran Qureshi    Assessor: Mr Andrew Tolland, Consultant Trauma & Orthopaedic Surgeon
Date: 09/05/2025   Hospital: Brantwell District Hospital, Theatre 3
Patient: 79M, extracapsular #NOF (AO 31A1.2), ASA III, on apixaban 5 mg BD (last dose 36 h pre-op)
Theatre record cross-ref: BDH0641129 (for verification)
Consent and pre-op planning: satisfactory. Positioning on traction table, closed reduction under image intensifier: satisfactory.
Guide wire centre-centre, tip-apex distance 18 mm. 135-degree 4-hole plate, lag screw 95 mm.
Global summary: Level 4 - competent to perform the procedure unsupervised and deal with complications.
Comment: "Efficient use of fluoroscopy (screening 0.38 min). Good teaching of the CT1 during closure."
""", [("BDH0641129", "HN")],
  ["Imran Qureshi", "Mr Andrew Tolland", "09/05/2025", "Brantwell District Hospital", "79M", "AO 31A1.2", "ASA III",
   "apixaban 5 mg BD", "tip-apex distance 18 mm", "135-degree 4-hole plate", "95 mm", "Level 4", "0.38 min"])
