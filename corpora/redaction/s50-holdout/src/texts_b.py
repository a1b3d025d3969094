# Dr Priya Raghunathan - cardiology (GMC 7419063)
from common import T

B = "Dr Priya Raghunathan"

T("clinic_letter", B, """Harbridge Royal Infirmary - Department of Cardiology
Harbridge and Coldmoor NHS Trust
Heart Failure Clinic (Clinic 14)

Our ref: CARD/PR/HF/3381          Your ref: AB/ech
Dictated: 11/06/2025   Typed: 13/06/2025

Dr Anil Bhardwaj
The Coldmoor Surgery
22 Tanners Walk
Coldmoor
HB9 4RE

Dear Dr Bhardwaj,

Patient: Mr Winston Achebe-Lloyd, DOB 27/12/1960
1 Marlpit Cottages, Long Sutton Road, Coldmoor HB9 6JW
NHS number 9434765919   RX number HR4471090

Diagnoses: 1. Heart failure with reduced ejection fraction (LVEF 30% on echo 02/05/2025), non-ischaemic (normal coronaries, CTCA 2024). 2. LBBB, QRS 156 ms. 3. CKD stage 3a (eGFR 52).
Current medication: sacubitril/valsartan (Entresto) 49/51 mg BD, bisoprolol 5 mg OD, spironolactone 25 mg OD, dapagliflozin 10 mg OD, furosemide 40 mg OM.
NYHA II. BP 108/66, HR 64. NT-proBNP 1,240 ng/L (from 3,980). K+ 4.8, creatinine 128 umol/L.

He remains symptomatic despite 3 months of optimal therapy with LVEF 30% and LBBB >150 ms, so I have listed him for CRT-D (ESC 2021 class I indication). I explained the procedure, including the risks of infection (about 1%), pneumothorax and lead displacement, and gave him the BHF leaflet.
Please increase Entresto to 97/103 mg BD if repeat U&E in 2 weeks is stable.

Yours sincerely,

Dr Priya Raghunathan MRCP
Specialty Doctor in Cardiology
Supervising consultant: Dr Simon Achterberg
cc: patient
""", [("CARD/PR/HF/3381", "REF"), ("AB/ech", "REF"), ("Anil Bhardwaj", "CN"), ("Bhardwaj", "CN"),
      ("22 Tanners Walk\nColdmoor", "AD"), ("HB9 4RE", "PC"), ("Winston Achebe-Lloyd", "PN"),
      ("1 Marlpit Cottages, Long Sutton Road, Coldmoor", "AD"), ("HB9 6JW", "PC"), ("9434765919", "NHS"),
      ("HR4471090", "HN")],
  ["Harbridge Royal Infirmary", "Harbridge and Coldmoor NHS Trust", "Clinic 14", "DOB 27/12/1960", "LVEF 30%",
   "QRS 156 ms", "eGFR 52", "sacubitril/valsartan (Entresto) 49/51 mg BD", "bisoprolol 5 mg OD",
   "dapagliflozin 10 mg OD", "NYHA II", "NT-proBNP 1,240 ng/L", "creatinine 128 umol/L", "CRT-D", "ESC 2021",
   "Dr Priya Raghunathan", "Dr Simon Achterberg", "97/103 mg BD", "11/06/2025"])

T("wpba_dops", B, """DIRECT OBSERVATION OF PROCEDURAL SKILLS (DOPS)
Trainee: Priya Raghunathan (GMC 7419063)       Assessor: Dr Simon Achterberg, Consultant Cardiologist
Procedure: temporary transvenous pacing wire via right internal jugular vein
Date: 17/02/2025   Location: Cardiac Catheter Lab 2, Harbridge Royal Infirmary
Patient: 84-year-old woman, complete heart block, ventricular escape 28 bpm, on isoprenaline 2 mcg/min
Patient ID (not to be uploaded): HR3392045

Domains (1 = below expectations, 6 = above):
Indications and consent ............ 6
Aseptic technique ................... 5
Ultrasound-guided access ............ 6
Positioning under fluoroscopy ....... 5 (threshold 0.6 V, output set 3 V, rate 60)
Post-procedure CXR / documentation .. 5

Feedback: excellent ultrasound guidance, first-pass access. Work on reducing screening time (4.1 min today).
Assessor: S. Achterberg, GMC 6120384, 17/02/2025
Also present: cath lab nurse Bernadette Quaye and radiographer Tom Iwu.
""", [("HR3392045", "HN"), ("6120384", "GMC"), ("Bernadette Quaye", "CN"), ("Tom Iwu", "CN")],
  ["Priya Raghunathan", "7419063", "Dr Simon Achterberg", "S. Achterberg", "17/02/2025", "Cardiac Catheter Lab 2",
   "84-year-old", "28 bpm", "isoprenaline 2 mcg/min", "threshold 0.6 V", "4.1 min", "right internal jugular vein"])

T("cath_lab_list", B, """Cath Lab 1 - Tuesday list 04/03/2025 - operator PR (supervised: SA)
08:30,HR2210458,M,1949-03-11,Elective PCI LAD (CTO),Lab 1,femoral 7F
09:45,HR4018872,F,1972-08-30,Diagnostic angio,Lab 1,radial 6F
10:30,HR3356021,M,1958-01-19,PCI RCA - DES 3.0 x 28,Lab 1,radial 6F
11:45,HR1107734,F,1940-11-02,TAVI work-up angio,Lab 1,radial 5F
13:30,HR4458820,M,1966-06-14,Pressure wire FFR LAD,Lab 1,radial 6F
notes: pt 3 (Mr Gbadamosi) allergic to contrast - premed hydrocortisone 200 mg + chlorphenamine 10 mg; pt 5 = Sandy (Alexander Duthie), needs interpreter? no - deaf, BSL
""", [("HR2210458", "HN"), ("HR4018872", "HN"), ("HR3356021", "HN"), ("HR1107734", "HN"), ("HR4458820", "HN"),
      ("Gbadamosi", "PN"), ("Sandy", "PN"), ("Alexander Duthie", "PN")],
  ["PR", "SA", "04/03/2025", "1949-03-11", "1972-08-30", "DES 3.0 x 28", "femoral 7F", "radial 6F",
   "Pressure wire FFR LAD", "hydrocortisone 200 mg", "chlorphenamine 10 mg", "BSL", "TAVI"])

T("complaint_response", B, """Harbridge and Coldmoor NHS Trust - Patient Advice and Complaints Team
Complaint reference: HCT-COMP-2024-1187          Datix ID: 214456
Statement requested from: Dr Priya Raghunathan, Specialty Doctor, Cardiology

Summary of complaint: Mrs Elaine Fairbrother complains on behalf of her late husband, Mr Roy Fairbrother (DOB 05/05/1944), that he waited 9 hours on the Cardiac Assessment Unit on 21/09/2024 before being seen by a cardiologist, and that an earlier doctor, Dr Marcus Ellery (FY2), told her his troponin was "nothing to worry about".

My statement: I was the on-call cardiology registrar from 17:00. The referral reached me at 19:40. High-sensitivity troponin was 38 ng/L at 0 h and 212 ng/L at 3 h, consistent with NSTEMI (GRACE score 168). I reviewed Mr Fairbrother at 20:15, loaded him with aspirin 300 mg and ticagrelor 180 mg, started fondaparinux 2.5 mg, and listed him for angiography the next morning.
I was not aware of the earlier conversation. I regret that the family received conflicting information and I am happy to meet Mrs Fairbrother with Dr Simon Achterberg.

Learning: I helped rewrite the CAU troponin pathway (ESC 0/3 h) so that any rise above 52 ng/L triggers direct referral to the cardiology registrar.
Reviewed by: Dr Simon Achterberg, Clinical Director, 14/10/2024
""", [("HCT-COMP-2024-1187", "REF"), ("214456", "REF"), ("Elaine Fairbrother", "RN"), ("Roy Fairbrother", "PN"),
      ("Fairbrother", "PN"), ("Marcus Ellery", "CN")],
  ["Dr Priya Raghunathan", "DOB 05/05/1944", "9 hours", "Cardiac Assessment Unit", "21/09/2024", "38 ng/L",
   "212 ng/L", "NSTEMI", "GRACE score 168", "aspirin 300 mg", "ticagrelor 180 mg", "fondaparinux 2.5 mg",
   "Dr Simon Achterberg", "ESC 0/3 h", "52 ng/L", "14/10/2024", "Harbridge and Coldmoor NHS Trust"])

T("experience_letter_abroad", B, """SRI VENKATESA HEART INSTITUTE, CHENNAI - Department of Interventional Cardiology
Certificate of experience (original in English)

This is to certify that Dr Priya Raghunathan (Tamil Nadu Medical Council Reg. No. 98213; GMC 7419063) worked as Senior Resident in Cardiology from 01/07/2017 to 30/06/2020.
During this period she performed 412 diagnostic coronary angiograms and 168 PCIs as first operator (including 39 primary PCIs for STEMI), 54 temporary pacing wires and 22 permanent pacemaker implants, and reported over 1,500 transthoracic echocardiograms.
She presented the case of our patient Mr K. Subramaniam (IP No. 2019/CAR/04417) at the Cardiological Society of India annual conference 2019.

Prof. R. Krishnaswamy, MD DM FACC, Head of Department
Phone +44 20 7946 0721 (UK liaison office)
Verified copy. Reference: SVHI/HR/EXP/2020/0388
""", [("K. Subramaniam", "PN"), ("2019/CAR/04417", "HN"), ("+44 20 7946 0721", "PH"),
      ("SVHI/HR/EXP/2020/0388", "REF")],
  ["SRI VENKATESA HEART INSTITUTE, CHENNAI", "Dr Priya Raghunathan", "98213", "GMC 7419063", "01/07/2017", "30/06/2020",
   "412 diagnostic coronary angiograms", "168 PCIs", "39 primary PCIs", "1,500 transthoracic echocardiograms",
   "Cardiological Society of India", "Prof. R. Krishnaswamy", "MD DM FACC"])

T("teaching_feedback", B, """Teaching feedback summary - "ECG interpretation for foundation doctors"
Facilitator: Dr Priya Raghunathan, Specialty Doctor, Cardiology
Sessions: 08/01/2025, 05/02/2025, 05/03/2025 - Education Centre Seminar Room 3, Harbridge Royal Infirmary
Attendees: 31 (FY1 22, FY2 7, PA 2). Feedback returned: 27 (87%).

Content rated good/excellent: 26/27 (96%)
Confidence in recognising posterior STEMI before/after (1-5): 2.1 -> 4.0
Confidence with Brugada and long QT (QTc > 500 ms): 1.8 -> 3.7
Sgarbossa criteria understood: 24/27

Free-text: "best session on hyperkalaemia ECGs I've had"; "more on broad complex tachycardia please"; "slides on Wellens' syndrome really useful".
Action: next term add a VT vs SVT with aberrancy session (Brugada algorithm, Vereckei aVR).
Countersigned: Dr Simon Achterberg, Foundation Programme Cardiology Lead
""", [],
  ["Dr Priya Raghunathan", "Harbridge Royal Infirmary", "08/01/2025", "Seminar Room 3", "27 (87%)", "26/27 (96%)",
   "2.1 -> 4.0", "QTc > 500 ms", "Sgarbossa criteria", "Wellens' syndrome", "Brugada algorithm", "Vereckei aVR",
   "Dr Simon Achterberg", "posterior STEMI"])

T("echo_report_ocr", B, """HARBRIDGE R0YAL INFIRMARY  -  Echocardi0graphy Rep0rt
Narne: CLEGH0RN, Iris Mae       Unit N0: HR30O7l26      D0B: l9/O8/l937
Req by: Dr P Raghunathan (Card)   Date: O6/l2/2024
Sonographer: A1astair Feeney (BSE accred.)

LV: rnildly di1ated, LVIDd 6.l cm. EF (Simpson's biplane) 35%.
Ao valve: severe AS - Vrnax 4.6 m/s, rnean gradient 52 rnmHg, AVA O.7 cm2 (VTI).
MR rnoderate. TAPSE l.7 cm. PASP 48 rnmHg.
C0nclusion: severe calcific aortic stenosis with impaired LV. F0r Heart Tearn (TAVI).
Contact daughter (Bev) on O77OO 9OO5l2 re appt.
""", [("CLEGH0RN, Iris Mae", "PN"), ("HR30O7l26", "HN"), ("A1astair Feeney", "CN"), ("Bev", "RN"),
      ("O77OO 9OO5l2", "PH")],
  ["HARBRIDGE R0YAL INFIRMARY", "D0B: l9/O8/l937", "Dr P Raghunathan", "O6/l2/2024", "LVIDd 6.l cm",
   "Simpson's biplane", "35%", "Vrnax 4.6 m/s", "rnean gradient 52 rnmHg", "AVA O.7 cm2", "TAPSE l.7 cm",
   "PASP 48 rnmHg", "TAVI"])

T("cbd", B, """CASE-BASED DISCUSSION (CbD) - Cardiology
Trainee: Dr P. Raghunathan    Assessor: Dr Simon Achterberg    Date: 29/04/2025
Case: 38-year-old woman, 32/40 pregnant, palpitations; SVT at 212 bpm terminated with adenosine 6 mg then 12 mg on the Delivery Suite, Maternity Unit, Harbridge Royal Infirmary. Echo normal; Holter showed further short runs.
Clinical reasoning discussed: safety of adenosine and metoprolol in pregnancy, avoiding amiodarone, DC cardioversion as safe at any gestation, joint plan with obstetric physician Dr Leonie Vasquez-Hart.
Patient ID: HR4920318 / labour ward ref LW-25-0661 (for supervisor verification only)
Rating: 5/6. Good grasp of pharmacology; ensure the Modified Early Obstetric Warning Score (MEOWS) is documented.
""", [("Leonie Vasquez-Hart", "CN"), ("HR4920318", "HN"), ("LW-25-0661", "HN")],
  ["Dr P. Raghunathan", "Dr Simon Achterberg", "29/04/2025", "38-year-old", "32/40", "212 bpm", "adenosine 6 mg",
   "12 mg", "metoprolol", "amiodarone", "Harbridge Royal Infirmary", "Modified Early Obstetric Warning Score (MEOWS)", "5/6"])
