from common import *
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID")

# ---------------- Dr Omer Abdelrahman: trauma & orthopaedics (England, Sudan, Oman) ----------------
D("s48-065", "operation_note", H, """Ravenshaw University Hospitals NHS Foundation Trust - Ravenshaw General Hospital - Trauma Theatre 1
OPERATION NOTE                                              Date: 29/01/2024

Patient: Edith Winifred Blackmore    DOB 04/06/1936 (87)   F    Hosp no: RGH 4417830   NHS: 485 777 3456
Ward: Tennyson Ward, bed 12      ASA 3      Nottingham Hip Fracture Score 5

Surgeon: Dr Omer Abdelrahman (Specialty Doctor, GMC 7824690)
Assistant: Dr Ellie Marchetti (FY2)    Anaesthetist: Dr Wojciech Baran (spinal + fascia iliaca block)
Consultant supervising: Mr Graham Pettigrew-Lowe (in theatre suite)

Diagnosis: left intertrochanteric fracture (AO 31-A1.2), stable.
Procedure: dynamic hip screw (DHS) - 135 degree 4-hole plate, 90 mm lag screw, TAD 18 mm.
Traction table, closed reduction, image intensifier (screening time 38 s, dose 0.42 cGy cm2).
EBL 200 mL. Closure: 2-0 Vicryl, clips. Post-op: full weight bearing; Hb check day 1; VTE - LMWH 28 days.
National Hip Fracture Database: time to theatre 31 h (target < 36 h); orthogeriatric review day 1.
Signed: O. Abdelrahman""",
  [("Edith Winifred Blackmore", PN), ("RGH 4417830", HN), ("485 777 3456", NHS), ("Dr Ellie Marchetti", CN),
   ("Dr Wojciech Baran", CN)],
  ["Ravenshaw University Hospitals NHS Foundation Trust", "Ravenshaw General Hospital", "Trauma Theatre 1",
   "29/01/2024", "04/06/1936", "(87)", "Tennyson Ward, bed 12", "ASA 3", "Nottingham Hip Fracture Score 5",
   "Dr Omer Abdelrahman", "GMC 7824690", "Mr Graham Pettigrew-Lowe", "AO 31-A1.2", "135 degree", "90 mm lag screw",
   "TAD 18 mm", "38 s", "0.42 cGy cm2", "EBL 200 mL", "2-0 Vicryl", "28 days", "31 h", "< 36 h", "O. Abdelrahman"])

D("s48-066", "fracture_clinic_letter", H, """Ravenshaw General Hospital - Fracture Clinic
Our ref: OA/FC/20931        Your ref: (none)        Seen: 06/02/2024     Typed: 08/02/2024

Dr Bronwen Ashdown-Pike
Fernlea Medical Centre, 17 Chapel Walk, Ravenshaw RV2 9QE

Dear Dr Ashdown-Pike,
Re: Master Kai Oduro-Lindqvist  DOB 22/08/2015  NHS 407 663 1290  Hosp RGH 4451009
    c/o Mrs Helga Lindqvist, 31 Ferry Road, Ravenshaw RV6 1XT

Diagnosis: right distal radius buckle (torus) fracture, sustained on a trampoline 02/02/2024.
Management per the BOAST guideline and the FORCE trial: removable wrist splint for comfort for 3 weeks, no
routine follow-up X-ray; discharged with the patient-initiated follow-up leaflet. Return to sport after 6 weeks.
Pain controlled with ibuprofen 10 mg/kg TDS and paracetamol 15 mg/kg QDS.

Yours sincerely,
Dr Omer Abdelrahman, Specialty Doctor, Trauma & Orthopaedics""",
  [("OA/FC/20931", REF), ("Dr Bronwen Ashdown-Pike", CN), ("Dr Ashdown-Pike", CN),
   ("Fernlea Medical Centre, 17 Chapel Walk, Ravenshaw", AD), ("RV2 9QE", PC), ("Master Kai Oduro-Lindqvist", PN),
   ("407 663 1290", NHS), ("RGH 4451009", HN), ("Mrs Helga Lindqvist", RN), ("31 Ferry Road, Ravenshaw", AD),
   ("RV6 1XT", PC)],
  ["Ravenshaw General Hospital", "Fracture Clinic", "06/02/2024", "08/02/2024", "22/08/2015", "right distal radius",
   "02/02/2024", "BOAST", "FORCE trial", "3 weeks", "6 weeks", "ibuprofen 10 mg/kg TDS", "paracetamol 15 mg/kg QDS",
   "Dr Omer Abdelrahman"])

D("s48-067", "trauma_meeting_list", H, """Trauma meeting 07:45 Mon 12/02/2024 - Ravenshaw General Hospital (chair Mr G. Pettigrew-Lowe; presented by Dr O. Abdelrahman)

RGH 4460212   Albert Fenwick-Shaw   79 M   L NOF (Garden IV)          hemi, cemented           list today, slot 1
RGH 4460375   Tegan Price            23 F   R ankle Weber B, talar shift ORIF                    elevate, list Wed
RGH 4459988   "Big Mick" Mulrooney   54 M   open tib/fib Gustilo IIIA  debrided Sun, abx 72 h   plastics (joint list)
RGH 4460401   Sunita Raval-Hayes     66 F   periprosthetic # Vancouver B2  revision - refer to Mr Ekwueme
RGH 4460419   (unnamed, Trauma 2)    30s M  pelvic ring (APC II)       binder, CT                major trauma centre?

Totals: 5 new, 3 for theatre. Outstanding: consent for slot 1 - daughter (LPA health) on 01632 960236.""",
  [("RGH 4460212", HN), ("Albert Fenwick-Shaw", PN), ("RGH 4460375", HN), ("Tegan Price", PN), ("RGH 4459988", HN),
   ('"Big Mick" Mulrooney', PN), ("RGH 4460401", HN), ("Sunita Raval-Hayes", PN), ("Mr Ekwueme", CN),
   ("RGH 4460419", HN), ("01632 960236", PH)],
  ["07:45", "12/02/2024", "Ravenshaw General Hospital", "Mr G. Pettigrew-Lowe", "Dr O. Abdelrahman", "79 M",
   "Garden IV", "23 F", "Weber B", "Gustilo IIIA", "72 h", "Vancouver B2", "APC II", "LPA health"])

D("s48-068", "operation_note_ocr_abroad", H, """BLUE NlLE TEACHlNG H0SPITAL - KHART0UM        0rthopaedic Unit "B"
0PERATI0N N0TE  (Eng1ish)

Name: Abde1rahim Osrnan E1-Tayeb        Age: 28 y  M     Fi1e N0: BNTH/l6/O3l2O8
Tribe/Village: Wad Rawa, Gezira State          Brother (escort): Hassan Osrnan E1-Tayeb
Date: 0l/l2/2Ol6

Surgeon: Dr 0rner Abdelrahman (Registrar, SMC 2l448)    Assistant: Dr Ta gwa Mirghani
Diagn0sis: c1osed rnidshaft fernur fracture (RTA, rnotorcycle), 4 days o1d.
Procedure: SlGN intrarnedu11ary nai1 l0 x 36O mrn, 2 distal screws, open reducti0n through srna11 incisi0n.
EBL 4OO rnL, 1 unit who1e b1ood. Post-op: ceftriax0ne l g, partia1 weight bearing with crutches, SlGN fo11ow-up.
Consu1tant: Dr Mohamed E1-Fatih Babiker""",
  [("Abde1rahim Osrnan E1-Tayeb", PN), ("BNTH/l6/O3l2O8", HN), ("Wad Rawa, Gezira State", AD),
   ("Hassan Osrnan E1-Tayeb", RN), ("Dr Ta gwa Mirghani", CN)],
  ["BLUE NlLE TEACHlNG H0SPITAL - KHART0UM", "28 y  M", "0l/l2/2Ol6", "Dr 0rner Abdelrahman", "SMC 2l448",
   "rnidshaft fernur fracture", "4 days o1d", "SlGN intrarnedu11ary nai1 l0 x 36O mrn", "EBL 4OO rnL",
   "ceftriax0ne l g", "Dr Mohamed E1-Fatih Babiker"])

D("s48-069", "discharge_summary_abroad", H, """AL NOOR SPECIALIST HOSPITAL, MUSCAT - Sultanate of Oman - Department of Orthopaedics
DISCHARGE SUMMARY

Patient: Salim bin Rashid Al-Harthy     MRN: ANS-0093312     Civil ID: 11873042
Nationality: Omani     DOB: 15/11/1964     Gender: Male
Admission: 03/04/2021     Discharge: 08/04/2021     Room 412, 4th floor (Orthopaedic Ward)

Diagnosis: primary osteoarthritis right knee (Kellgren-Lawrence grade 4), BMI 33.1, HbA1c 7.2%.
Procedure (04/04/2021): right total knee arthroplasty (cemented, posterior-stabilised, Attune), tourniquet 62 min.
Post-op: tranexamic acid 1 g IV x 2; rivaroxaban 10 mg OD for 14 days; range of motion 0-95 degrees at discharge.
Follow-up: outpatient clinic 2 weeks (clips), physiotherapy; son Mr Khalid Al-Harthy to accompany.

Attending surgeon: Dr Omer Abdelrahman, Specialist Orthopaedic Surgeon (OMSB licence 2019-0774)
Head of Department: Dr Yousuf Al-Balushi""",
  [("Salim bin Rashid Al-Harthy", PN), ("ANS-0093312", HN), ("11873042", OID), ("Mr Khalid Al-Harthy", RN)],
  ["AL NOOR SPECIALIST HOSPITAL, MUSCAT", "15/11/1964", "Male", "03/04/2021", "08/04/2021", "Room 412",
   "Kellgren-Lawrence grade 4", "BMI 33.1", "HbA1c 7.2%", "04/04/2021", "Attune", "62 min", "tranexamic acid 1 g IV x 2",
   "rivaroxaban 10 mg OD", "0-95 degrees", "Dr Omer Abdelrahman", "OMSB licence 2019-0774", "Dr Yousuf Al-Balushi"])

D("s48-070", "pba_export", H, """Procedure Based Assessment (PBA) - ISCP export
Doctor: Abdelrahman, Omer - GMC 7824690     Assessor: Mr Graham Pettigrew-Lowe, Consultant Orthopaedic Surgeon
Date: 14/03/2024     Hospital: Ravenshaw General Hospital     Procedure: Hemiarthroplasty hip (PBA 12)
Case ref (hospital no.): RGH 4468830     Patient: 91 F, displaced intracapsular NOF (Garden IV)

Consent (including 30-day mortality 6-8%, dislocation 1-2%): satisfactory.
Pre-operative planning: templated 47 mm head; cemented Exeter stem per NICE CG124 and the BGS/BOA
cementation safety guideline. Posterior approach, soft-tissue repair.
Intra-operative technique: satisfactory - smooth, leg length checked.
Post-operative management: satisfactory.
Global summary: Level 4 - competent to perform the procedure unsupervised.
Assessor comment: "Safe and efficient; good communication with the anaesthetist at cementation
(BP 142/76 before, 128/70 after)." """,
  [("RGH 4468830", HN)],
  ["Abdelrahman, Omer", "GMC 7824690", "Mr Graham Pettigrew-Lowe", "14/03/2024", "Ravenshaw General Hospital",
   "PBA 12", "91 F", "Garden IV", "6-8%", "1-2%", "47 mm head", "Exeter stem", "NICE CG124", "Level 4",
   "BP 142/76", "128/70"])

D("s48-071", "complaint_response", H, """Ravenshaw University Hospitals NHS Foundation Trust - PALS and Complaints
Complaint no.: RUH-COMP-24-1176      Datix: RUH/D/88215      MP enquiry ref: HC/24/05531
Statement by Dr Omer Abdelrahman, Specialty Doctor, Trauma & Orthopaedics - 19/03/2024

Complainant: Mrs Gillian Stroud, on behalf of her husband Mr Neville Stroud (DOB 02/02/1950).
Concern: Mr Stroud waited 26 hours for surgery to his ankle fracture on 04/03/2024 and was kept nil by mouth
for 19 hours, including overnight, without being told why.
My account: I reviewed Mr Stroud at 09:15 on Tennyson Ward; the plan was to operate that day on the emergency list.
The case was cancelled at 17:40 after a polytrauma took priority (decision by the on-call consultant,
Mr Rafael Sandoval-Ibarra, GMC 6024188). I did not personally tell Mr and Mrs Stroud; the ward was told by the theatre
co-ordinator, Louise Dempsey, but he stayed nil by mouth.
Learning/actions: 'sip til send' policy (up to 170 mL/h clear fluids) introduced on Tennyson Ward; I now
update patients myself when a case is cancelled. Reviewed by Mr Graham Pettigrew-Lowe, Clinical Lead.""",
  [("RUH-COMP-24-1176", REF), ("RUH/D/88215", REF), ("HC/24/05531", REF), ("Mrs Gillian Stroud", RN),
   ("Mr Neville Stroud", PN), ("Mr Stroud", PN), ("Stroud", PN), ("Mr Rafael Sandoval-Ibarra", CN), ("6024188", GMC),
   ("Louise Dempsey", CN)],
  ["Ravenshaw University Hospitals NHS Foundation Trust", "Dr Omer Abdelrahman", "19/03/2024", "02/02/1950",
   "26 hours", "04/03/2024", "19 hours", "09:15", "Tennyson Ward", "17:40", "sip til send", "170 mL/h",
   "Mr Graham Pettigrew-Lowe"])

D("s48-072", "referral_email", H, """From: Physio Outpatients <physio.msk@ravenshaw-hospitals.example.nhs.uk>
To: "Abdelrahman Omer (RUHFT)" <omer.abdelrahman@ravenshaw-hospitals.example.nhs.uk>
Date: 25 April 2024 10:31
Subject: ACL rehab query - Cerys Llewellyn-Jarvis / RGH 4472210 / NHS 650 334 9172

Dear Dr Abdelrahman,
Cerys (19, county netball) is 10 weeks after ACL reconstruction (hamstring graft, 8 mm) performed by you on
13/02/2024. Effusion grade 2+ (stroke test), extension lag 5 degrees, flexion 110 degrees; hop tests not started.
Lysholm 68. She wants to return to netball for the September season. Could you review her sooner than the
6-month appointment? Her video of the giving-way episode is here:
https://msk-share.ravenshaw.example.org/v/9QX2-LLJ
Her mum (Sian) prefers contact by e-mail: sian.llewellyn77@mailbox.example.com

Best wishes,
Megan Roscoe, Advanced Practice Physiotherapist (HCPC PH127731)
MSK Physiotherapy, Ravenshaw General Hospital, 01632 960455""",
  [("physio.msk@ravenshaw-hospitals.example.nhs.uk", EM), ("omer.abdelrahman@ravenshaw-hospitals.example.nhs.uk", EM),
   ("Cerys Llewellyn-Jarvis", PN), ("RGH 4472210", HN), ("650 334 9172", NHS), ("Cerys", PN),
   ("https://msk-share.ravenshaw.example.org/v/9QX2-LLJ", URL), ("Sian", RN), ("sian.llewellyn77@mailbox.example.com", EM),
   ("Megan Roscoe", CN), ("PH127731", GMC), ("01632 960455", PH)],
  ["Abdelrahman Omer (RUHFT)", "Dr Abdelrahman", "19", "10 weeks", "8 mm", "13/02/2024", "grade 2+", "5 degrees",
   "110 degrees", "Lysholm 68", "6-month", "Ravenshaw General Hospital"])
