# Dr Oluwaseun Adebayo-Cole - acute and respiratory medicine (GMC 7345128)
from common import T

A = "Dr Oluwaseun Adebayo-Cole"

T("discharge_summary", A, """WEXCOMBE GENERAL HOSPITAL - Wexcombe and Tarrant Valley NHS Foundation Trust
Discharge Summary - Respiratory Medicine, Ward 22 (Beech)

Patient: Mr Desmond Otterburn    DOB: 14/09/1951 (73 y)   Sex: M
NHS No: 612 448 9073    Hosp No: WX0728114
Address: 17 Ferrymans Row, Tarrant Minster, WX6 3LU
GP: Dr Lorna Pickavance

Admitted: 03/02/2025   Discharged: 09/02/2025
Consultant: Dr Helen Marchbank   Discharging doctor: Dr O. Adebayo-Cole (Specialty Doctor)

Diagnosis: infective exacerbation of COPD (J44.1) with type 2 respiratory failure on admission.
Admission ABG on 28% Venturi: pH 7.29, pCO2 8.4 kPa, pO2 7.1 kPa, HCO3 29. NIV started (IPAP 18, EPAP 5) for 36 hours; pH 7.38 at 4 h.
CRP 142 -> 31. Sputum grew Haemophilus influenzae, sensitive to amoxicillin.
Medication changes: prednisolone 30 mg OD for 5 days (completed 07/02), doxycycline 200 mg then 100 mg OD. Trimbow 87/5/9 two puffs BD started; Spiriva Respimat stopped.
Target SpO2 88-92%. Oxygen alert card issued. Rescue pack given.
Follow-up: respiratory nurse home visit within 2 weeks; pulmonary rehabilitation; clinic in 6 weeks with Dr Marchbank.
Wife (Maureen) is main carer, contact 01632 960417.
""", [("Desmond Otterburn", "PN"), ("612 448 9073", "NHS"), ("WX0728114", "HN"),
      ("17 Ferrymans Row, Tarrant Minster", "AD"), ("WX6 3LU", "PC"), ("Lorna Pickavance", "CN"),
      ("Maureen", "RN"), ("01632 960417", "PH")],
  ["Wexcombe General Hospital".upper(), "Ward 22 (Beech)", "14/09/1951", "Dr Helen Marchbank", "Dr O. Adebayo-Cole",
   "J44.1", "pH 7.29", "pCO2 8.4 kPa", "IPAP 18, EPAP 5", "CRP 142", "Haemophilus influenzae",
   "prednisolone 30 mg OD", "doxycycline 200 mg", "Trimbow 87/5/9", "Spiriva Respimat", "88-92%", "Dr Marchbank",
   "Wexcombe and Tarrant Valley NHS Foundation Trust"])

T("wpba_acat", A, """ACUTE CARE ASSESSMENT TOOL (ACAT) - ePortfolio export (page 1 of 2)
Trainee: Dr Oluwaseun Adebayo-Cole    GMC: 7345128
Assessor: Dr Helen Marchbank, Consultant Respiratory Physician (GMC 4421907)
Date of take: 22/11/2024   Setting: Acute Medical Unit, Wexcombe General Hospital   08:00-20:00
Patients seen on the take: 14

Cases reviewed at the post-take round:
1. Bed A3 (J.McK.) 68F, community-acquired pneumonia, CURB-65 2, co-amoxiclav + clarithromycin
2. Bed A7 (R.T.) 81M, fast AF 148 bpm, bisoprolol 2.5 mg, CHA2DS2-VASc 4, edoxaban 60 mg
3. Bed B2 (P.N.) 45F, DKA, pH 7.12, ketones 5.8 mmol/L, FRIII per JBDS guideline
4. Chair 4 (D.W.) 59M, PE, Wells score 6, CTPA segmental, apixaban 10 mg BD for 7 days

Assessor comments: Dr Adebayo-Cole prioritised the DKA patient appropriately and escalated to ITU outreach early. Clear handover to the night SpR (Dr Kiran Bhattal). Development: delegate more to the FY1 on the take.
Global rating: meets expectations for completion of specialty training.
Signed: H. Marchbank  23/11/2024
""", [("4421907", "GMC"), ("J.McK.", "PN"), ("R.T.", "PN"), ("P.N.", "PN"), ("D.W.", "PN"),
      ("Kiran Bhattal", "CN")],
  ["Dr Oluwaseun Adebayo-Cole", "7345128", "Dr Helen Marchbank", "22/11/2024", "Acute Medical Unit",
   "CURB-65 2", "co-amoxiclav", "CHA2DS2-VASc 4", "edoxaban 60 mg", "pH 7.12", "ketones 5.8 mmol/L",
   "Wells score 6", "apixaban 10 mg BD", "Dr Adebayo-Cole", "H. Marchbank", "Bed A3", "Bed B2", "68F", "81M"])

T("reflection", A, """Reflective note - end-of-life conversation on the respiratory ward
Author: Dr O Adebayo-Cole, Specialty Doctor, Respiratory Medicine    Date written: 14 March 2025

What happened
A 79-year-old man with idiopathic pulmonary fibrosis (FVC 41% predicted, DLCO 22%) was admitted to Ward 21 with an acute exacerbation. Despite high-flow nasal oxygen at 60 L/min and FiO2 0.8 he deteriorated. I met his daughter, Sharon, and his son-in-law, Keith, in the relatives' room to discuss a ReSPECT form and moving to comfort care.
Sharon told me her father (she called him "Bert") had said he never wanted "to be on a machine".

What I learned
I had not read the advance statement scanned into the notes before the meeting, and Keith asked why nobody had mentioned it. I apologised. Since then I check the alerts tab and the ReSPECT section before any family meeting.
I discussed the conversation with my educational supervisor, Dr Helen Marchbank, who recommended the Sage & Thyme communication workshop, which I completed on 02/05/2025.

Linked curriculum: CiP 6 (managing end of life and palliative care), GMC Good Medical Practice domain 3.
""", [("Sharon", "RN"), ("Keith", "RN"), ("Bert", "PN")],
  ["Dr O Adebayo-Cole", "79-year-old", "FVC 41% predicted", "DLCO 22%", "Ward 21", "60 L/min", "FiO2 0.8",
   "ReSPECT", "Dr Helen Marchbank", "Sage & Thyme", "02/05/2025", "CiP 6", "14 March 2025"])

T("audit_report", A, """Re-audit: oxygen prescribing and target saturations on the Acute Medical Unit
Lead: Dr Oluwaseun Adebayo-Cole (Specialty Doctor)   Supervisor: Dr Helen Marchbank
Standard: BTS Guideline for Oxygen Use in Healthcare and Emergency Settings (2017), NEWS2 Scale 2 guidance
Cycle 1: 1-14 October 2024, 60 drug charts.  Cycle 2: 3-16 February 2025, 58 drug charts.

Results                                      Cycle 1     Cycle 2
Oxygen prescribed on chart                   27/60 (45%)  49/58 (84%)
Target range documented                      21/60 (35%)  46/58 (79%)
Hypercapnic-risk patients given 88-92%       9/17 (53%)   15/16 (94%)
SpO2 Scale 2 used where indicated            6/17 (35%)   14/16 (88%)

Interventions: EPMA order set with default 94-98% and a mandatory hypercapnia prompt; teaching at the Tuesday FY1 session; laminated Venturi guide (24% blue, 28% white, 35% yellow, 40% red, 60% green).
Presented at the Medicine Clinical Governance meeting on 12/03/2025 and registered with the Wexcombe and Tarrant Valley NHS Foundation Trust audit department (no patient-level data retained).
Next cycle: August 2025.
""", [],
  ["Dr Oluwaseun Adebayo-Cole", "Dr Helen Marchbank", "BTS Guideline for Oxygen Use in Healthcare and Emergency Settings (2017)",
   "NEWS2", "27/60 (45%)", "49/58 (84%)", "88-92%", "94-98%", "15/16 (94%)", "24% blue", "12/03/2025",
   "Wexcombe and Tarrant Valley NHS Foundation Trust", "August 2025", "Acute Medical Unit"])

T("clinic_letter_ocr", A, """WEXC0MBE GENERAL H0SPITAL
Respiratory 0utpatients - Chest Clinic 3
0ur ref: RESP/0AC/2l4O7         Clinic date: 2l/O1/2025

Dr Vera Mul1igan
Hollins Cross Medica1 Practice
4 Quarry Ban k Road, Tarrant Minster WX6 9PD

Dear Dr Mul1igan

Re: Mrs G1enys Prothero   D0B 02/06/1958
NHS N0: 47O 3l9 2286   Hosp N0 WX06l5532
Flat 3, Ke1ly Court, Sa1tings Lane, Wexcombe WX2 8HT

Diagn0sis: Asthrna, moderate-severe, eosinophi1ic phen0type (b1ood eos 0.62 x10^9/L, FeNO 68 ppb).
Despite Fostair l00/6 two puffs BD and rnontelukast l0 mg she has had 3 c0urses of prednis0lone in l2 months.
ACT score l2/25. Inhaler technique good.
Plan: switch to Fostair 200/6 MART; refer to severe asthma service for consideration of rnepolizumab.

Yours sincere1y

Dr 0. Adebay0-Cole
Specia1ty Doct0r in Respirat0ry Medicine
on behalf of Dr He1en Marchbank, C0nsultant
""", [("RESP/0AC/2l4O7", "REF"), ("Vera Mul1igan", "CN"), ("Mul1igan", "CN"),
      ("4 Quarry Ban k Road, Tarrant Minster", "AD"), ("WX6 9PD", "PC"), ("G1enys Prothero", "PN"),
      ("47O 3l9 2286", "NHS"), ("WX06l5532", "HN"), ("Flat 3, Ke1ly Court, Sa1tings Lane, Wexcombe", "AD"),
      ("WX2 8HT", "PC")],
  ["D0B 02/06/1958", "b1ood eos 0.62 x10^9/L", "FeNO 68 ppb", "Fostair l00/6", "rnontelukast l0 mg",
   "ACT score l2/25", "Fostair 200/6 MART", "rnepolizumab", "Dr 0. Adebay0-Cole", "Dr He1en Marchbank",
   "Chest Clinic 3", "WEXC0MBE GENERAL H0SPITAL"])

T("logbook_abroad", A, """Pleural procedures logbook - Lagos Island General Hospital, Department of Medicine (Nigeria)
Dr Oluwaseun Adebayo-Cole, Senior Registrar, 2019-2021
Verified by: Prof. Adetokunbo Shonibare, Head of Respiratory Unit (MDCN/R/21874)

Date        | Pt        | Age/Sex | Procedure                      | Indication             | Outcome
04/03/2020  | LIGH/20/03318 | 34/M | US-guided diagnostic tap       | TB pleurisy, ADA 78 U/L | exudate, started RHZE
19/05/2020  | LIGH/20/05127 | 52/F | Seldinger chest drain 12 Fr    | malignant effusion      | 1.9 L drained, talc slurry
02/09/2020  | LIGH/20/09460 | 27/M | Seldinger chest drain 12 Fr    | empyema, pH 6.9         | fibrinolytics, resolved
11/01/2021  | 21-0112-7 | 61/F    | Therapeutic aspiration 1.5 L   | heart failure           | symptomatic relief
                Chukwuma Eze-Nwosu (bed 9), ask Dr Bankole re CT

Totals 2019-2021: 46 procedures (31 drains, 15 aspirations), 1 complication (re-expansion pulmonary oedema, resolved).
""", [("LIGH/20/03318", "HN"), ("LIGH/20/05127", "HN"), ("LIGH/20/09460", "HN"), ("21-0112-7", "HN"),
      ("Chukwuma Eze-Nwosu", "PN"), ("Bankole", "CN"), ("MDCN/R/21874", "GMC")],
  ["Lagos Island General Hospital", "Dr Oluwaseun Adebayo-Cole", "Prof. Adetokunbo Shonibare", "ADA 78 U/L",
   "12 Fr", "1.9 L", "pH 6.9", "1.5 L", "46 procedures", "re-expansion pulmonary oedema", "34/M", "bed 9", "2019-2021"])

T("referral_email", A, """From: Adebayo-Cole Oluwaseun (Wexcombe GH) <o.adebayo-cole@wexcombe.nhs.example>
To: Lung Cancer MDT Coordinator <lungmdt.wexcombe@wexcombe.nhs.example>
Cc: Helen Marchbank
Subject: URGENT 2WW - add to Thurs MDT - OLDROYD Patricia WX0831907
Date: Mon, 7 Apr 2025 09:12

Hi Janice,

Please add Mrs Oldroyd to Thursday's lung MDT (10/04/2025).
69F, ex-smoker 40 pack-years. CT thorax (04/04): 31 mm spiculated RUL mass, ipsilateral hilar node 14 mm (N1?), no mets above the adrenals.
PET-CT requested. Performance status WHO 1. FEV1 1.82 L (74%), TLCO 61%.
She would like her husband Derek present by phone on 07700 900318 when results are given.

Thanks,
Seun

Dr Oluwaseun Adebayo-Cole | Specialty Doctor, Respiratory Medicine
Wexcombe General Hospital | Secretary 01632 960552
""", [("o.adebayo-cole@wexcombe.nhs.example", "EM"), ("lungmdt.wexcombe@wexcombe.nhs.example", "EM"),
      ("OLDROYD Patricia", "PN"), ("Oldroyd", "PN"), ("WX0831907", "HN"), ("Janice", "CN"), ("Derek", "RN"),
      ("07700 900318", "PH"), ("01632 960552", "PH")],
  ["Helen Marchbank", "10/04/2025", "69F", "40 pack-years", "31 mm spiculated RUL mass", "WHO 1",
   "FEV1 1.82 L (74%)", "TLCO 61%", "Dr Oluwaseun Adebayo-Cole", "Wexcombe General Hospital", "Seun", "PET-CT"])

T("handover_sheet", A, """AMU night handover 18/01/2025 - written by OAC (reg)
bed 4 - mr haverstock, 77, hap, on tazocin, lactate 2.9 -> 1.6, for repeat vbg 02:00
bed 6 - "nan" pearl (pearl lindqvist), 91, delirium ?uti, daughter joanne rings ~10pm, dnacpr in place
bed 9 - t.a. 34m, asthma, 5 nebs in ED, now pefr 310 (best 520), mag given 2 g
bed 11 - awaiting ctpa, d-dimer 1840, started tinzaparin 14,000 units
side rm 2 - flu a +ve, droplet precautions, oseltamivir 75 mg bd
jobs: chase k+ for bed 4 (was 5.9 haemolysed), sign ttos x3
""", [("haverstock", "PN"), ("nan", "PN"), ("pearl lindqvist", "PN"), ("pearl", "PN"), ("joanne", "RN"), ("t.a.", "PN")],
  ["OAC", "18/01/2025", "lactate 2.9", "tazocin", "dnacpr", "pefr 310", "mag given 2 g", "d-dimer 1840",
   "tinzaparin 14,000 units", "oseltamivir 75 mg bd", "k+", "5.9", "bed 4", "side rm 2"])
