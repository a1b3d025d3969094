from common import *

APPLICANT = "Dr Euan MacLachlan"

DOCS = [
dict(id="ho-052", kind="thrombolysis_record", text="""NHS GREATER GLASGOW AND CLYDE - QUEEN ELIZABETH UNIVERSITY HOSPITAL
HYPERACUTE STROKE - THROMBOLYSIS / THROMBECTOMY RECORD

Name ........ Agnes Fairlie McSorley
CHI ......... 1403521187
Address ..... 3/2, 41 Langside Avenue, Shawlands, Glasgow G41 2QR
DOB ......... 14/03/1952        Sex ..... F
Last known well .... 07:40 (husband, Gordon, found her at 08:55)
Door time .......... 09:31      CT 09:39      CTA 09:44
NIHSS on arrival ... 17 (L hemiparesis, neglect, gaze deviation)
Pre-stroke mRS ..... 0
BP ................. 178/96 -> labetalol 10 mg IV -> 172/90
Glucose ............ 7.4 mmol/L
Weight ............. 68 kg

Decision: tenecteplase 0.25 mg/kg = 17 mg IV bolus at 09:58 (door-to-needle 27 min)
CTA: R M1 occlusion, ASPECTS 9 -> referred for mechanical thrombectomy INS 10:06 (INR on call: Dr Kieran Mathieson)
Groin puncture 10:41, TICI 2c at 11:20.
NIHSS at 24 h: 4.

Stroke physician: Dr E. MacLachlan (signature)   Stroke nurse: Ailsa Drummond
""",
identifiers=[("Agnes Fairlie McSorley", PN), ("1403521187", NHS), ("3/2, 41 Langside Avenue, Shawlands, Glasgow", AD), ("G41 2QR", PC),
             ("Gordon", RN), ("Dr Kieran Mathieson", CN), ("Ailsa Drummond", CN)],
keep=["NHS GREATER GLASGOW AND CLYDE", "QUEEN ELIZABETH UNIVERSITY HOSPITAL", "14/03/1952", "NIHSS on arrival ... 17", "mRS ..... 0",
      "178/96", "labetalol 10 mg", "7.4 mmol/L", "68 kg", "tenecteplase 0.25 mg/kg = 17 mg", "27 min", "R M1 occlusion", "ASPECTS 9",
      "TICI 2c", "NIHSS at 24 h: 4", "Dr E. MacLachlan", "Sex ..... F"]),

dict(id="ho-053", kind="discharge_letter", text="""IMMEDIATE DISCHARGE LETTER - Stroke Unit, Ward 66, QEUH, 1345 Govan Road, Glasgow G51 4TF
To: Dr Morag Kinnaird, Pollokshields Medical Practice
Patient: Mr Iain Alasdair Rennie     CHI: 2909480632     DOB: 29/09/1948     Male
Home: 58 Nithsdale Road, Glasgow G41 5AA     Tel (home): 0141 496 0887
Admission 02/04/2025  Discharge 11/04/2025

Diagnosis: left PACS (partial anterior circulation stroke), cardioembolic - new atrial fibrillation (CHA2DS2-VASc 5, ORBIT 2)
Acute treatment: outside thrombolysis window (wake-up, no penumbral mismatch on CTP).
Medication changes:
  START apixaban 5 mg BD from day 4 (1-3-6-12 rule, small infarct)
  START atorvastatin 80 mg ON
  STOP aspirin 300 mg (given days 1-3)
  bisoprolol 2.5 mg OD for rate control
Function: NIHSS 3 on discharge; mRS 2. Mild expressive dysphasia - SLT follow-up arranged.
DVLA: advised not to drive for 1 month (Group 1).
Follow-up: stroke clinic 6 weeks (Dr MacLachlan). Early supported discharge team to visit.
Wife, Mrs Catriona Rennie, present for discharge discussion.

Discharging doctor: Euan MacLachlan, Specialty Doctor, Stroke Medicine   GMC 7119860
""",
identifiers=[("1345 Govan Road, Glasgow G51 4TF", AD), ("Dr Morag Kinnaird", CN), ("Pollokshields Medical Practice", AD),
             ("Mr Iain Alasdair Rennie", PN), ("2909480632", NHS), ("58 Nithsdale Road, Glasgow", AD), ("G41 5AA", PC),
             ("0141 496 0887", PH), ("Mrs Catriona Rennie", RN)],
keep=["Ward 66", "QEUH", "29/09/1948", "Male", "02/04/2025", "PACS", "CHA2DS2-VASc 5", "ORBIT 2", "apixaban 5 mg BD", "1-3-6-12 rule",
      "atorvastatin 80 mg", "aspirin 300 mg", "bisoprolol 2.5 mg", "NIHSS 3", "mRS 2", "DVLA", "Dr MacLachlan", "Euan MacLachlan",
      "7119860"]),

dict(id="ho-054", kind="ward_list", text="""W66 STROKE - WARD LIST - Mon 17/02/2025 - am ward round EM / FY1 Josh
bed | pt               | CHI        | age | day | dx                              | jobs
1   | MacPhail, D      | 1108390414 | 85  | 6   | TACS R, palliative              | family mtg 14:00 (son Angus), ReSPECT
2   | Quigley, Teresa  | 0207561128 | 68  | 2   | L LACS, HTN                     | MRI, carotid doppler
3   | Baird, Sandy     | 2312630751 | 61  | 4   | R cerebellar haem, INR 3.2 reversed (Beriplex) | neurosurg r/v done
5   | Oyelowo, K       | 1504791963 | 45  | 1   | ?CVST, on LMWH                  | CTV done - confirm, thrombophilia
7   | Lafferty, Wm     | 3001470284 | 78  | 12  | POCS, dysphagia, NG             | SALT, dietitian, ?PEG - wife Jean undecided
8   | Nic a' Ghobhainn, Mòrag | 0911840376 | 40 | 3 | ICA dissection                 | antiplatelet, neck imaging f/u
TOTAL 6 pts   |   Discharges today: bed 2   |   EDD for bed 5: 20/02
""",
identifiers=[("Josh", CN), ("MacPhail, D", PN), ("1108390414", NHS), ("Angus", RN), ("Quigley, Teresa", PN), ("0207561128", NHS),
             ("Baird, Sandy", PN), ("2312630751", NHS), ("Oyelowo, K", PN), ("1504791963", NHS), ("Lafferty, Wm", PN),
             ("3001470284", NHS), ("Jean", RN), ("Nic a' Ghobhainn, Mòrag", PN), ("0911840376", NHS)],
keep=["W66 STROKE", "17/02/2025", "EM", "TACS R", "85", "L LACS", "INR 3.2", "Beriplex", "LMWH", "POCS", "ICA dissection", "bed 2",
      "20/02"]),

dict(id="ho-055", kind="advice_line_log", text="""WEST OF SCOTLAND TELESTROKE - ON-CALL CONSULTATION LOG (night 08-09/01/2025)
On call: Dr E MacLachlan (remote, QEUH)   Callback number for hubs: 0141 496 0550

01:12  Hub: Royal Alexandra Hospital, Paisley   Referring Dr: Dr Bethany Coull
       Pt: Hamish Ure, 72M, CHI 0412520969, onset 00:20, NIHSS 9, on apixaban (last dose 20:00) -> NOT for thrombolysis; CTA: L M2 occl -> INS discussion, not suitable (distal). Admit HASU.
02:47  Hub: Inverclyde Royal Hospital   Referring Dr: Dr Anil Bhattacharyya
       Pt: Rosina Delahunt, 55F, CHI 1906690312, onset 02:05, NIHSS 4 (disabling aphasia), BP 168/84 -> tenecteplase 0.25 mg/kg advised (weight 81 kg -> 20 mg).
04:30  Hub: Royal Alexandra Hospital   Referring Dr: Dr Bethany Coull
       Pt: stroke mimic - 34F, known migraine with aura, NIHSS 2, resolved; NOT thrombolysed.
Video link IDs: TS-0108-0112, TS-0108-0247, TS-0108-0430 (audio/video retained 30 days)
""",
identifiers=[("0141 496 0550", PH), ("Dr Bethany Coull", CN), ("Hamish Ure", PN), ("0412520969", NHS), ("Dr Anil Bhattacharyya", CN),
             ("Rosina Delahunt", PN), ("1906690312", NHS), ("TS-0108-0112", REF), ("TS-0108-0247", REF), ("TS-0108-0430", REF)],
keep=["Dr E MacLachlan", "QEUH", "Royal Alexandra Hospital", "Inverclyde Royal Hospital", "NIHSS 9", "apixaban", "L M2 occl",
      "NIHSS 4", "BP 168/84", "tenecteplase 0.25 mg/kg", "81 kg", "20 mg", "NIHSS 2", "72M", "HASU"]),

dict(id="ho-056", kind="procurator_fiscal_statement", text="""CROWN OFFICE AND PROCURATOR FISCAL SERVICE - Scottish Fatalities Investigation Unit (West)
PF reference: SFIU-W-2024-003318
Precognition / statement of: Dr Euan MacLachlan, Specialty Doctor in Stroke Medicine, NHS Greater Glasgow and Clyde, GMC 7119860

Deceased: Mr Robert (Rab) Kilbride, DOB 11/11/1941, late of 17 Craigton Drive, Glasgow G51 2TY

1. I was the stroke physician on call on 03/10/2024. Mr Kilbride was brought by the Scottish Ambulance Service (incident 24-1003-0417) after a fall at home; he had been on warfarin for a metallic mitral valve (INR 4.6 on arrival).
2. CT head at 14:12 showed a large left lobar intracerebral haemorrhage (volume 62 ml) with intraventricular extension; GCS 7.
3. I reversed the anticoagulation with prothrombin complex concentrate 50 units/kg and vitamin K 10 mg IV, in line with the local protocol, and discussed with the neurosurgical registrar at the Institute of Neurological Sciences (Mr Fraser Lindores), who advised against surgery.
4. After discussion with his daughter, Ms Shona Kilbride, care was changed to comfort measures. He died on Ward 66 at 23:50 on 04/10/2024.
5. The death was reported to the Procurator Fiscal because it followed a fall; the fall was unwitnessed. His neighbour, Mrs Effie Dunsmore, had found him.

Signed: E. MacLachlan   15/10/2024
""",
identifiers=[("SFIU-W-2024-003318", REF), ("Mr Robert (Rab) Kilbride", PN), ("17 Craigton Drive, Glasgow", AD), ("G51 2TY", PC),
             ("Mr Kilbride", PN), ("24-1003-0417", REF), ("Mr Fraser Lindores", CN), ("Ms Shona Kilbride", RN),
             ("Mrs Effie Dunsmore", RN)],
keep=["Dr Euan MacLachlan", "NHS Greater Glasgow and Clyde", "7119860", "11/11/1941", "03/10/2024", "warfarin", "INR 4.6",
      "62 ml", "GCS 7", "prothrombin complex concentrate 50 units/kg", "vitamin K 10 mg", "Institute of Neurological Sciences",
      "Ward 66", "04/10/2024", "E. MacLachlan", "Scottish Ambulance Service"]),

dict(id="ho-057", kind="wpba_mcr", text="""MULTIPLE CONSULTANT REPORT (MCR) - summary page
Doctor: Euan MacLachlan   GMC 7119860   Post: Specialty Doctor, Stroke Medicine, QEUH   Period: Aug 2024 - Jan 2025

Consultant 1: Dr Isobel Galbraith (Clinical Lead, Stroke) - signed 20/01/2025
Consultant 2: Dr Ramesh Pillai-Keogh (Stroke/Geriatric Medicine) - signed 22/01/2025
Consultant 3: Dr Fiona Strang (Neurology) - signed 24/01/2025

Ratings (Below / Meets / Above expectations for a CCT holder):
Clinical assessment ........ Above / Above / Meets
Medical decision-making .... Above / Above / Above
Hyperacute decision-making (thrombolysis, thrombectomy referral) ... Above / Above / Above
Leadership of MDT (Ward 66 board round) ..... Above / Meets / Above
Communication .............. Above / Above / Above

Comments: "Independent on the telestroke rota; excellent at difficult end-of-life discussions with families." (IG)
"Reviews imaging competently (CTP, CTA), understands ASPECTS limitations." (FS)
"Has taught the FY1s (e.g. Dr Josh Meiklejohn) on the NIHSS - certificate rates improved." (RP-K)
""",
identifiers=[("Dr Josh Meiklejohn", CN)],
keep=["Euan MacLachlan", "7119860", "QEUH", "Dr Isobel Galbraith", "Dr Ramesh Pillai-Keogh", "Dr Fiona Strang", "20/01/2025",
      "Ward 66", "ASPECTS", "NIHSS", "IG", "FS", "RP-K"]),

dict(id="ho-058", kind="clinic_letter_ocr", text="""NHS Greater G1asgow and C1yde      TIA CLINIC - QUEEN ELlZABETH UNlVERSITY H0SPITAL
Te1: O141 496 O5l3        0ur ref: TlA/EM/0488

CHl: O5O6 73 4l92      Patient: Mr Lach1an D0nnachie     D0B: O5/O6/l973
Address: 9 Mi11brae Crescent, Langside, G42 9UP

Dear Dr Strachan-Beith,

Thank y0u f0r referring Mr D0nnachie, seen 0n 27/O2/2O25, 2 days after a 20-minute
epis0de 0f r1ght arm weakness and dysarthria. ABCD2 sc0re 4. MRl DWI: small 1eft
c0rtica1 infarct. Car0tid d0pp1er: 1eft lCA 50-69% stenosis (NASCET). 
Started c10pid0gre1 300 mg 1oad then 75 mg 0D, at0rvastatin 80 mg. Referred f0r
urgent vascu1ar surgery 0pini0n re: carotid endarterect0my.

Y0urs sincere1y,   E. MacLach1an, Specia1ty D0ct0r, Str0ke Medicine
""",
identifiers=[("O141 496 O5l3", PH), ("TlA/EM/0488", REF), ("O5O6 73 4l92", NHS), ("Mr Lach1an D0nnachie", PN), ("Mr D0nnachie", PN),
             ("9 Mi11brae Crescent, Langside", AD), ("G42 9UP", PC), ("Dr Strachan-Beith", CN)],
keep=["NHS Greater G1asgow and C1yde", "QUEEN ELlZABETH UNlVERSITY H0SPITAL", "O5/O6/l973", "27/O2/2O25", "ABCD2 sc0re 4", "50-69%",
      "NASCET", "c10pid0gre1 300 mg", "at0rvastatin 80 mg", "E. MacLach1an", "20-minute"]),
]
