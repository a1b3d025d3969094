# Dr Thanh Huong Nguyen - ophthalmology (GMC 7528840)
from common import T

G = "Dr Thanh Huong Nguyen"

T("clinic_letter", G, """Eastgate Eye Unit, Calderford Royal Hospital - Glaucoma Clinic
Calderford Hospitals NHS Foundation Trust
Appointment desk: 020 7946 0588
Our ref: EEU/GL/THN/44871     Hosp no: CRH-E 771203
Date of clinic: 08/04/2025

Dr Siobhan McArdle
Riverside Surgery, 2 Weavers Wharf, Calderford CF11 3QS

Dear Dr McArdle
Mr Ravinder Singh Sandhu  DOB 17/03/1949  NHS 369 114 0528
Flat 12, Brunel House, Mill Race Lane, Calderford CF12 8PN

Diagnosis: primary open-angle glaucoma, both eyes, advanced on the left.
VA: R 6/9, L 6/18 (pinhole 6/12). IOP (Goldmann): R 19, L 27 mmHg on latanoprost. CCT R 521, L 518 microns. Cup:disc R 0.7, L 0.9.
Humphrey 24-2 SITA-Standard: MD R -6.4 dB, L -18.2 dB (dense superior arcuate, split fixation).
Plan: add Cosopt (dorzolamide/timolol) BD to the left eye; SLT offered; review in 8 weeks with OCT RNFL and fields.
Driving: his binocular Esterman field does not meet the DVLA standard for Group 1 licences. I have advised him that he must not drive and must inform the DVLA; I explained this with his son, Harjit, interpreting in Punjabi at his request.

Yours sincerely
Dr Thanh Huong Nguyen, Specialty Doctor in Ophthalmology
Mr Rajesh Venkataraman FRCOphth, Consultant Ophthalmologist
""", [("020 7946 0588", "PH"), ("EEU/GL/THN/44871", "REF"), ("CRH-E 771203", "HN"), ("Siobhan McArdle", "CN"),
      ("McArdle", "CN"), ("2 Weavers Wharf, Calderford", "AD"), ("CF11 3QS", "PC"), ("Ravinder Singh Sandhu", "PN"),
      ("369 114 0528", "NHS"), ("Flat 12, Brunel House, Mill Race Lane, Calderford", "AD"), ("CF12 8PN", "PC"),
      ("Harjit", "RN")],
  ["Eastgate Eye Unit, Calderford Royal Hospital", "Calderford Hospitals NHS Foundation Trust", "08/04/2025",
   "DOB 17/03/1949", "primary open-angle glaucoma", "R 6/9, L 6/18", "L 27 mmHg", "latanoprost", "CCT R 521",
   "Cup:disc R 0.7, L 0.9", "Humphrey 24-2 SITA-Standard", "MD R -6.4 dB, L -18.2 dB", "Cosopt (dorzolamide/timolol) BD",
   "SLT", "8 weeks", "Esterman", "DVLA", "Group 1", "Punjabi", "Dr Thanh Huong Nguyen",
   "Mr Rajesh Venkataraman FRCOphth"])

T("injection_log", G, """Intravitreal injection list - Eastgate Eye Unit - Room IVT2 - 13/01/2025 - injector: THN (nurse-led list supervised)
hosp no,eye,drug,dose,injection no.,diagnosis,VA today,CST (um)
CRH-E 802116,R,aflibercept (Eylea),2 mg/0.05 ml,14,nAMD,6/12,262
CRH-E 790044,L,faricimab (Vabysmo),6 mg/0.05 ml,5,DMO,6/9,318
CRH-E 811372,R,ranibizumab biosimilar (Ongavia),0.5 mg,22,nAMD,6/24,401
CRH-E 765590,L,aflibercept (Eylea),2 mg/0.05 ml,3,CRVO with MO,6/60,544
CRH-E 799307,B,faricimab (Vabysmo),6 mg/0.05 ml,9/9,DMO,6/7.5 | 6/9,290 | 305
,,,,,,,
"ML - pt 4 (Mrs Kaur, the retired teacher) anxious re needles, husband Gurdeep drives her"
""", [("CRH-E 802116", "HN"), ("CRH-E 790044", "HN"), ("CRH-E 811372", "HN"), ("CRH-E 765590", "HN"),
      ("CRH-E 799307", "HN"), ("ML", "CN"), ("Kaur", "PN"), ("Gurdeep", "RN")],
  ["Eastgate Eye Unit", "IVT2", "13/01/2025", "THN", "aflibercept (Eylea)", "2 mg/0.05 ml", "faricimab (Vabysmo)",
   "6 mg/0.05 ml", "ranibizumab biosimilar (Ongavia)", "nAMD", "DMO", "6/60", "CRVO with MO", "544", "6/7.5"])

T("cataract_audit", G, """Cataract surgery outcomes - personal audit (NOD-aligned) - Dr Thanh Huong Nguyen
Calderford Royal Hospital, Eastgate Eye Unit. Period: 01/09/2023 - 31/08/2025. Supervisor: Mr Rajesh Venkataraman.
Data source: Medisoft EPR export, aggregate only (no patient-level data).

Operations: 612 (phacoemulsification + IOL; 87 under supervision, 525 independent)
Posterior capsule rupture (PCR): 7/612 (1.1%) - NOD national average 1.1%; risk-adjusted PCR 0.9%
Post-op VA 6/12 or better (eyes without co-pathology): 96.4%
Refractive outcome within +/-1.0 D of target: 93.8% (NOD benchmark 85%)
Endophthalmitis: 0. Intracameral cefuroxime 1 mg/0.1 ml used in all cases (moxifloxacin if penicillin allergy).
Complex cases: 41 with pseudoexfoliation, 18 requiring iris hooks or Malyugin ring, 9 with dense white cataract (trypan blue).
Reflection: my PCR rate in the first 100 independent cases was 2.0%; after wet-lab training on the Eyesi simulator it fell to 0.8%.
""", [],
  ["Dr Thanh Huong Nguyen", "Calderford Royal Hospital", "Eastgate Eye Unit", "Mr Rajesh Venkataraman", "Medisoft",
   "612", "7/612 (1.1%)", "NOD", "96.4%", "+/-1.0 D", "93.8%", "cefuroxime 1 mg/0.1 ml", "moxifloxacin",
   "Malyugin ring", "trypan blue", "2.0%", "Eyesi", "01/09/2023 - 31/08/2025"])

T("abroad_letter", G, """DA NANG EYE HOSPITAL - Socialist Republic of Viet Nam
Certificate of clinical work (English version issued by the hospital; Vietnamese original attached)
Dr Nguyen Thi Thanh Huong (Vietnamese name order; UK name Dr Thanh Huong Nguyen) worked as an ophthalmologist in the Anterior Segment Department from 03/2014 to 08/2019.
Manual small incision cataract surgery (MSICS): 1,940 cases; phacoemulsification: 860 cases; pterygium excision with conjunctival autograft: 210 cases; trabeculectomy with mitomycin C: 35 cases.
Outreach: 18 rural cataract camps in Quang Nam province.
During this time she managed the hospital's first case of fungal keratitis treated with natamycin 5% and intrastromal voriconazole (patient Tran Van Hai, record no. DNEH-2017-022871), later published in the hospital bulletin.
Certified by: Dr Le Minh Quan, Director. Contact: ophth.dneh@example.vn
""", [("Tran Van Hai", "PN"), ("DNEH-2017-022871", "HN"), ("ophth.dneh@example.vn", "EM")],
  ["DA NANG EYE HOSPITAL", "Dr Nguyen Thi Thanh Huong", "Dr Thanh Huong Nguyen", "03/2014 to 08/2019", "MSICS",
   "1,940 cases", "860 cases", "mitomycin C", "Quang Nam", "natamycin 5%", "voriconazole", "Dr Le Minh Quan"])

T("optom_referral_ocr", G, """GOS l8  -  0pt0metrist referral / inf0rmati0n t0 GP (scanned fr0m fax)
Fr0rn: Ca1derford Vision Centre, 4l High Street, Ca1derford CFl 2JJ    Tel 0l632 96O9l5
0ptometrist: Yasrnin Okonkwo-Barr   G0C N0: Ol-298l4
Patient: Miss Chl0e Ashw0rth   D0B: 29/O7/2OO4
Addr: 7 Linnet Way, Ca1derf0rd CF9 6RU
Reas0n: Sudden-onset fl0aters + flashes R eye 2 days. VA R 6/6, L 6/5. lOP R l6 L l5.
Fund0scopy (dilated, tropicamide l%): ?R superotemporal retinal tear, Shafer's sign +ve (t0bacco dust).
URGENT - same day referra1 t0 Eastgate Eye Unit eye casualty.
""", [("Ca1derford Vision Centre, 4l High Street, Ca1derford", "AD"), ("CFl 2JJ", "PC"), ("0l632 96O9l5", "PH"),
      ("Yasrnin Okonkwo-Barr", "CN"), ("Ol-298l4", "GMC"), ("Chl0e Ashw0rth", "PN"), ("7 Linnet Way, Ca1derf0rd", "AD"),
      ("CF9 6RU", "PC")],
  ["GOS l8", "D0B: 29/O7/2OO4", "VA R 6/6, L 6/5", "lOP R l6 L l5", "tropicamide l%", "retinal tear",
   "Shafer's sign", "Eastgate Eye Unit"])

T("datix_near_miss", G, """Datix incident summary (for portfolio - reflective learning)
Incident ref: CHT-DX-2024-33718     Category: Wrong site surgery - near miss (no harm)
Reporter: Dr Thanh Huong Nguyen    Handler: Mr Rajesh Venkataraman (Clinical Lead)    Date: 22/10/2024, Eye Theatre 2

A patient listed for left phacoemulsification (TN, 74F, list position 4) was marked on the right by the ward nurse, Nurse Precious Mavundla, after the wrong consent form (for another patient with the same surname on the list) was filed in her notes. I noticed the discrepancy against the biometry printout (IOL SN60WF +21.0 D, left) at the WHO Surgical Safety Checklist "time out" and stopped the list.
Actions: two-identifier check against the wristband (name and hospital number) before marking; same-surname alert stickers on the theatre list; biometry printed with eye laterality in large font.
Learning shared at the Ophthalmology Clinical Governance half-day (17/11/2024) and in the Trust "Learning from Events" bulletin.
""", [("CHT-DX-2024-33718", "REF"), ("TN", "PN"), ("Precious Mavundla", "CN")],
  ["Dr Thanh Huong Nguyen", "Mr Rajesh Venkataraman", "22/10/2024", "Eye Theatre 2", "74F", "list position 4",
   "IOL SN60WF +21.0 D", "WHO Surgical Safety Checklist", "17/11/2024", "phacoemulsification"])

T("eye_casualty_email", G, """From: Thanh Huong Nguyen <th.nguyen@calderford.nhs.example>
To: vitreoretinal-oncall@calderford.nhs.example
Subject: RD referral - macula ON - 23M - pls see today (CRH-E
 834410)

Hi Mr Okoro-Whyte,

Young man seen in Eastgate eye casualty at 08:40: superotemporal macula-on rhegmatogenous retinal detachment, right eye, 2 days of shadow, VA 6/6 right, IOP 14. High myope (-7.50 D). Single horseshoe tear at 1 o'clock.
Widefield photos uploaded to the secure folder: https://imaging.calderford.example/optos/view?study=98832174
Posturing: flat, head to the right. Nil by mouth from 07:00. He is a student at the university; his flatmate Oskar brought him.
Could he go on this afternoon's list for vitrectomy/gas (SF6)?
Thanks,
Huong (THN)
Dr Thanh Huong Nguyen, Specialty Doctor, Eastgate Eye Unit
""", [("th.nguyen@calderford.nhs.example", "EM"), ("vitreoretinal-oncall@calderford.nhs.example", "EM"),
      ("CRH-E\n 834410", "HN"), ("Okoro-Whyte", "CN"),
      ("https://imaging.calderford.example/optos/view?study=98832174", "URL"), ("Oskar", "RN")],
  ["Thanh Huong Nguyen", "23M", "08:40", "macula-on rhegmatogenous retinal detachment", "VA 6/6", "IOP 14",
   "-7.50 D", "1 o'clock", "07:00", "vitrectomy/gas (SF6)", "Huong (THN)", "Dr Thanh Huong Nguyen", "Eastgate Eye Unit"])
