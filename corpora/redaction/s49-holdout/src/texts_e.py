from common import *

DOCS = [
D("ed_attendance_record", E, """
SEVERNBRIDGE ROYAL HOSPITAL - EMERGENCY DEPARTMENT - ATTENDANCE RECORD (Symphony print)
Attendance no: ED-24-118406     MRN: SRH 6620943     NHS: 550 119 2884
Arrival 03/02/2024 01:52 by ambulance (CAD 030224-0417; crew: paramedic Ellis Brannigan, HCPC PA81234)
Patient: Jordan Ashley Pike, 19, male.  DOB 14/12/2004.  Address: 77 Canal Side, Severnbridge SB1 4UT
Police present: PC Holloway 4471 - crime ref 52/19008/24 (assault)

PC: head injury after assault outside a nightclub, LOC about 1 minute, one vomit, GCS 14 (E3 V5 M6) -> 15 at 02:30.
Obs: HR 96, BP 134/82, RR 16, SpO2 98%, temp 36.4. Alcohol: breath alcohol reading declined.
Exam: 3 cm occipital laceration, no CSF leak, no focal deficit. C-spine cleared clinically (Canadian C-spine rule).
CT head (NICE NG232 criteria: vomiting + LOC) at 02:48: no acute intracranial injury.
Laceration closed with 4 x 4-0 Ethilon after lidocaine 1% 3 mL. Tetanus up to date.
Discharged 05:10 with head injury advice to the care of his friend (Connor) who will stay with him overnight.
Clinician: Dr T. Wiśniewski, Specialty Doctor EM (TW)
""", [("ED-24-118406", HN), ("SRH 6620943", HN), ("550 119 2884", NHS), ("030224-0417", REF),
      ("Ellis Brannigan", CN), ("PA81234", GMC), ("Jordan Ashley Pike", PN), ("77 Canal Side, Severnbridge", AD),
      ("SB1 4UT", PC), ("Holloway", CN), ("4471", OID), ("52/19008/24", REF), ("Connor", RN)],
  ["SEVERNBRIDGE ROYAL HOSPITAL", "03/02/2024 01:52", "DOB 14/12/2004", "19, male", "GCS 14 (E3 V5 M6)", "HR 96",
   "BP 134/82", "SpO2 98%", "3 cm", "Canadian C-spine rule", "NICE NG232", "02:48", "4-0 Ethilon", "lidocaine 1% 3 mL",
   "05:10", "Dr T. Wiśniewski", "TW"]),

D("rota", E, """
Severnbridge Royal Hospital ED - middle-grade rota, weeks commencing 04/03/2024 and 11/03/2024
Rota coordinator: Dr Tomasz Wiśniewski (evidence of rota management; signed off by Dr Harriet Okafor-Lindsay, Clinical Lead)
Shifts: E 08:00-18:00, L 14:00-00:00, N 22:00-08:30, TWILIGHT 16:00-02:00, SD = SPA/study day

Doctor           Mon  Tue  Wed  Thu  Fri  Sat  Sun | Mon  Tue  Wed  Thu  Fri  Sat  Sun
Wiśniewski T     E    E    L    L    -    -    -  | N    N    N    -    -    SD   E
Adeyemi-Lowe K   L    L    -    SD   N    N    N  | -    -    E    E    L    -    -
Roszkowska M     N    N    N    -    -    E    E  | L    L    -    SD   -    N    N
Fairclough D     -    SD   E    E    L    L    L  | E    E    N    N    -    -    -
(locum) Bhatt R  TW   TW   TW   TW   -    -    -  | TW   TW   -    -    TW   TW   -

Gaps filled: 3 of 4 long-day gaps filled internally; 1 night (14/03) by agency locum, cost £1,140.
Compliance check against the 2016 TCS (max 72 h in 7 days, max 4 consecutive nights, 46 h rest after nights): compliant.
Average weekly hours 46.5. Exception reports this period: 0.
""", [("Adeyemi-Lowe K", CN), ("Roszkowska M", CN), ("Fairclough D", CN), ("Bhatt R", CN)],
  ["Severnbridge Royal Hospital ED", "04/03/2024", "11/03/2024", "Dr Tomasz Wiśniewski", "Wiśniewski T",
   "Dr Harriet Okafor-Lindsay", "08:00-18:00", "£1,140", "2016 TCS", "72 h in 7 days", "46 h rest", "46.5",
   "TWILIGHT 16:00-02:00"]),

D("serious_incident_review", E, """
PATIENT SAFETY INCIDENT INVESTIGATION (PSII) - summary for portfolio
Severnbridge University Hospitals NHS Trust      StEIS: 2023/22817      Datix: SUH-W-90114      LFPSE: 7730-1142-88
Investigation lead: Dr Tomasz Wiśniewski, Specialty Doctor, Emergency Medicine
Executive sign-off: Dr Marcus Fenwick-Adeyemi, Deputy Medical Director (verifies the applicant's role)

Incident: a 64-year-old man waited 5 h 40 min on an ambulance in the hospital car park on 19/12/2023 with chest pain.
The ECG recorded by the crew at 18:05 showed ST elevation in V1-V4 that was not transmitted; the crew (lead paramedic
Sian Pritchard) had been told to "hold" by the hospital ambulance liaison officer, Mr Kevin Marr. Handover at 23:45,
door-to-balloon 61 minutes from handover; peak troponin T 8,940 ng/L. The patient survived with LVEF 40%.
Patient: Mr Desmond Oyelowo-Grant (consented to the review being shared as learning).

Findings: (1) no ECG review process for patients held outside; (2) the HALO was covering two sites;
(3) corridor care escalation (OPEL 4) not declared.
Actions: ECGs of all held patients reviewed by the ED senior within 10 minutes (compliance 94% at 3 months);
a "release to respond" protocol for STEMI and stroke with the ambulance service.
""", [("2023/22817", REF), ("SUH-W-90114", REF), ("7730-1142-88", REF), ("Sian Pritchard", CN), ("Kevin Marr", CN),
      ("Desmond Oyelowo-Grant", PN)],
  ["Severnbridge University Hospitals NHS Trust", "Dr Tomasz Wiśniewski", "Dr Marcus Fenwick-Adeyemi", "64-year-old",
   "5 h 40 min", "19/12/2023", "18:05", "V1-V4", "23:45", "61 minutes", "troponin T 8,940 ng/L", "LVEF 40%",
   "OPEL 4", "10 minutes", "94%", "STEMI"]),

D("overseas_ed_record", E, """
Szpital Wojewódzki im. św. Łukasza, Tarnów-Zachód - Szpitalny Oddział Ratunkowy (SOR)
Karta informacyjna (English translation by sworn translator Ms Agata Nowicka-Bell, repertory no. 218/2020)
Nr księgi głównej (main register no.): SOR/2019/044517
Pacjent (patient): Zbigniew Kołodziejczyk     PESEL: 56041203317     Age 63, male
Adres (address): ul. Krakowska 14 m. 6, 33-100 Tarnów
Osoba upoważniona (authorised person): żona (wife) Halina Kołodziejczyk

Date 27/11/2019, 14:20. Sudden right-sided weakness and aphasia, onset 13:05 (witnessed). NIHSS 14.
CT: no haemorrhage, ASPECTS 9. CTA: left M1 occlusion. Alteplase 0.9 mg/kg (total 72 mg) at 14:41 (door-to-needle
21 min); transferred for mechanical thrombectomy (TICI 2b). NIHSS 4 at 24 h.
Lekarz prowadzący (treating doctor): lek. Tomasz Wiśniewski, specjalista medycyny ratunkowej
Kierownik SOR (head of department): dr n. med. Krzysztof Zawadzki - certifies this as the applicant's case
""", [("SOR/2019/044517", HN), ("Zbigniew Kołodziejczyk", PN), ("56041203317", OID),
      ("ul. Krakowska 14 m. 6", AD), ("33-100 Tarnów", AD), ("Halina Kołodziejczyk", RN)],
  ["Szpital Wojewódzki im. św. Łukasza, Tarnów-Zachód", "Ms Agata Nowicka-Bell", "Age 63, male", "27/11/2019",
   "13:05", "NIHSS 14", "ASPECTS 9", "left M1 occlusion", "Alteplase 0.9 mg/kg (total 72 mg)", "14:41", "21 min",
   "TICI 2b", "NIHSS 4", "lek. Tomasz Wiśniewski", "dr n. med. Krzysztof Zawadzki"]),

D("msf_summary", E, """
Multi-Source Feedback (360) - summary report, Royal College of Emergency Medicine format
Doctor: Dr Tomasz Wiśniewski      GMC 7214869      Round closed: 30/04/2024
Responses: 18 (consultants 4, middle-grade doctors 3, junior doctors 4, nurses 5, ACPs 1, administrative staff 1)

Domain (mean, scale 1-6)                      Self   Raters   Specialty-doctor benchmark
Clinical knowledge and skills                 4      5.4      5.1
Communication with patients and relatives     5      5.6      5.3
Team working                                  4      5.7      5.2
Leadership in the department (shop floor)     4      5.2      4.8
Teaching and supervision                      4      5.5      5.0
Probity and respect for colleagues            5      5.9      5.6

Themes: "calm in resus", "always comes when asked", "could delegate more on busy night shifts".
Facilitated discussion with Dr Harriet Okafor-Lindsay (Clinical Lead) on 14/05/2024; action - delegation goals in the PDP.
""", [],
  ["Dr Tomasz Wiśniewski", "7214869", "30/04/2024", "18", "5.4", "5.9", "Royal College of Emergency Medicine",
   "Dr Harriet Okafor-Lindsay", "14/05/2024", "PDP"]),

D("referral_email", E, """
From: Wisniewski Tomasz (Severnbridge University Hospitals NHS Trust)
To: medical.registrar.oncall@suh-nhs.example.net
Sent: 22 April 2024 03:17
Subject: URGENT ref to medics - MAHMOOD Rukhsana SRH 6731158 - DKA, bed request

Hi Samir,

As discussed on the phone - 34F, known T1DM (insulin pump), DKA: pH 7.08, bicarbonate 9 mmol/L, ketones 5.8 mmol/L,
glucose 27.4 mmol/L, K+ 5.9 mmol/L. Pump removed, FRIII at 0.1 units/kg/h (weight 62 kg = 6.2 units/h) started 02:40,
with 0.9% sodium chloride 1 L over 1 h then per JBDS protocol. Long-acting Tresiba 14 units given. No trigger found
yet - UPT negative, CXR clear, urine dip NAD.
She'd like her sister (Nazia, 07700 900604) updated in the morning.
NHS no for the bed bureau: 6843302195. Bed bureau ID: BB-220424-031.

Thanks,
Tomasz
Dr T Wiśniewski, ED Specialty Doctor, bleep 2217
""", [("medical.registrar.oncall@suh-nhs.example.net", EM), ("MAHMOOD Rukhsana", PN), ("SRH 6731158", HN),
      ("Samir", CN), ("Nazia", RN), ("07700 900604", PH), ("6843302195", NHS), ("BB-220424-031", OID),
      ("2217", PH)],
  ["Severnbridge University Hospitals NHS Trust", "22 April 2024 03:17", "34F", "T1DM", "pH 7.08",
   "bicarbonate 9 mmol/L", "ketones 5.8 mmol/L", "glucose 27.4 mmol/L", "K+ 5.9 mmol/L", "0.1 units/kg/h", "62 kg",
   "6.2 units/h", "0.9% sodium chloride 1 L", "JBDS", "Tresiba 14 units", "Dr T Wiśniewski", "Tomasz", "Wisniewski Tomasz"]),

D("coroner_statement", E, """
STATEMENT FOR HM SENIOR CORONER FOR SEVERNBRIDGE AND WYE
Coroner's reference: 0412/2023/SBW       Inquest touching the death of: Mr Alfred Thomas Brimble (deceased)
Date of birth: 30/01/1938        Date of death: 09/09/2023
Statement of: Dr Tomasz Wiśniewski, Specialty Doctor in Emergency Medicine, Severnbridge Royal Hospital, GMC 7214869

1. I qualified in 2008 (Jagiellonian University Medical College) and have worked in the UK since 2020.
2. I was the senior doctor in the ED on the night of 8/9 September 2023. At 23:10 Mr Brimble was brought from his
care home (Willowmead Care Home, Orchard Lane, Severnbridge SB6 2QA) after a fall. His carer, Ms Dorota Lis, said he
had hit his head. He took edoxaban 30 mg daily for AF.
3. He was triaged by Staff Nurse Amelia Cartwright at 23:25 as category 3. GCS was 15. Dr Nathan Yeboah-Kerr (FY2)
requested a CT head at 23:50 (NICE NG232: anticoagulated, head injury). The CT was performed at 01:40 owing to a
scanner fault and showed an acute subdural haematoma 14 mm with 6 mm midline shift.
4. I discussed him with the neurosurgical registrar (Mr Obinna Chukwu-Adams) and with his son Phillip by phone. Given
his Clinical Frailty Scale of 7 and his ReSPECT form, a decision was made with the family for comfort care.
Andexanet alfa was not given. He died at 06:15 on 9 September 2023.
I believe that the facts stated in this statement are true.    Signed: T. Wiśniewski    Date: 02/11/2023
""", [("0412/2023/SBW", REF), ("Alfred Thomas Brimble", PN), ("Brimble", PN),
      ("Orchard Lane, Severnbridge", AD), ("SB6 2QA", PC), ("Dorota Lis", CN), ("Amelia Cartwright", CN),
      ("Nathan Yeboah-Kerr", CN), ("Obinna Chukwu-Adams", CN), ("Phillip", RN), ("Willowmead Care Home", AD)],
  ["HM SENIOR CORONER FOR SEVERNBRIDGE AND WYE", "Date of birth: 30/01/1938", "09/09/2023", "Dr Tomasz Wiśniewski",
   "Severnbridge Royal Hospital", "7214869", "Jagiellonian University Medical College", "23:10", "edoxaban 30 mg",
   "category 3", "GCS was 15", "NICE NG232", "01:40", "14 mm", "6 mm midline shift", "Clinical Frailty Scale of 7",
   "ReSPECT", "Andexanet alfa", "06:15", "T. Wiśniewski", "02/11/2023"]),

D("ocr_scan_ambulance_handover", E, """
SEVERN & WYE AMBULANCE SERVICE NHS TRUST - Patient Clinical Rec0rd (handover c0py, scanned)
Incident n0: 2O24O6l2-O0873     Date: l2/O6/2O24
Pt narne: Mrs Gl0ria Ama Boateng     D0B: 2l/O8/1949     Age 74 F
Address: 5 Ros ewood Ave, Severnbridge  SB3 8YH       NHS N0: 482 O77 3l96
Presenting: fall at h0me, R hip pain, shortening + external r0tati0n. Pain 9/1O.
0bs: HR lO2, BP l48/86, SpO2 96%, GCS l5, CBG 7.l.
Tx: rnorphine 5 rng IV at l5:32, 0ndansetr0n 4 mg IV; penthr0x (methoxyflurane) 3 mL.
Handed to Dr T Wisniewsk i (ED) at l6:O5.  Crew: Paramedic R. 0konjo, ECA Mi11s.
""", [("2O24O6l2-O0873", REF), ("Gl0ria Ama Boateng", PN), ("5 Ros ewood Ave, Severnbridge", AD),
      ("SB3 8YH", PC), ("482 O77 3l96", NHS), ("R. 0konjo", CN), ("Mi11s", CN)],
  ["SEVERN & WYE AMBULANCE SERVICE NHS TRUST", "l2/O6/2O24", "D0B: 2l/O8/1949", "Age 74 F", "Pain 9/1O", "HR lO2",
   "BP l48/86", "SpO2 96%", "GCS l5", "CBG 7.l", "rnorphine 5 rng IV", "l5:32", "0ndansetr0n 4 mg IV",
   "penthr0x (methoxyflurane) 3 mL", "Dr T Wisniewsk i", "l6:O5"]),
]
