from common import *

DOCS = [
D("safeguarding_child_referral", Dp, """
MULTI-AGENCY REFERRAL FORM (MARF) - Wrexford Children's Services MASH
MASH reference: MASH/WX/2024/05561        Date: 11/01/2024  14:20
Referrer: Dr Mariam El-Sayed, Specialty Doctor in Paediatrics, Northgate Children's Hospital, Ward 7 (Puffin Ward)

Child: Tyler-James Bramwell     DOB 23/06/2022 (19 months, male)     NHS: 618 204 7753
Home address: 31 Lowther Terrace, Wrexford WX4 2NP
Mother: Chantelle Bramwell (21), mobile 07700 900145
Mother's partner (not the father): Dean Sowerby, 27
Nursery: Little Acorns Day Nursery (key worker: Stacey)

Reason for referral: Tyler-James presented with a 4 cm x 3 cm bruise to the left pinna and two fingertip bruises on the
right upper arm. Explanation given: "fell off the sofa". Not yet cruising independently. Skeletal survey (CP protocol)
showed a healing posterior rib fracture (right 7th) of about 10-14 days. Platelets 312 x10^9/L, clotting normal,
vitamin D 48 nmol/L. Ophthalmology (Mr Yusuf Karatas) found no retinal haemorrhages.
Child Protection medical completed with the named doctor, Dr Fiona Grieve (who verifies this copy). Police informed:
crime reference 24000381772. Child remains on the ward under police protection; strategy meeting 12/01/2024 09:30.
""", [("MASH/WX/2024/05561", REF), ("Tyler-James Bramwell", PN), ("Tyler-James", PN), ("618 204 7753", NHS),
      ("31 Lowther Terrace, Wrexford", AD), ("WX4 2NP", PC), ("Chantelle Bramwell", RN), ("07700 900145", PH),
      ("Dean Sowerby", RN), ("Stacey", CN), ("Little Acorns Day Nursery", AD), ("Yusuf Karatas", CN), ("24000381772", REF)],
  ["Dr Mariam El-Sayed", "Northgate Children's Hospital", "Ward 7 (Puffin Ward)", "DOB 23/06/2022", "19 months",
   "4 cm x 3 cm", "right 7th", "10-14 days", "Platelets 312 x10^9/L", "vitamin D 48 nmol/L", "Dr Fiona Grieve",
   "12/01/2024 09:30", "11/01/2024  14:20"]),

D("neonatal_discharge_summary", Dp, """
NEONATAL UNIT DISCHARGE SUMMARY - Northgate Children's Hospital, Special Care Baby Unit (SCBU), Cot 11
Baby: Baby of Precious Nwachukwu-Obi ("Baby Zara")     Sex: F     DOB: 02/09/2023 03:14
NHS: 463 887 1029      Hospital no: NCH-N0447219      Mother's hospital no: WNH 3398120
Gestation 34+2 weeks, birth weight 2.14 kg, Apgar 7 and 9. Discharged 20/09/2023 at corrected 36+6, weight 2.36 kg.

Problems: 1. Late preterm. 2. Transient tachypnoea of the newborn - CPAP 22 hours. 3. Jaundice - peak SBR 212 umol/L
day 4, phototherapy 30 h. 4. Suspected sepsis - CRP < 5, blood culture negative at 36 h, benzylpenicillin and
gentamicin stopped at 36 h.
Feeding: breast milk plus Cow & Gate Nutriprem 2 top-ups, 165 mL/kg/day.
Medication: vitamin D (Abidec) 0.3 mL OD; Sytron (sodium feredetate) 1 mL BD from 4 weeks.
Hearing screen passed (AABR); newborn blood spot sent day 5. Hip USS at 6 weeks (breech).
Father: Chidi, 07700 900382. Health visitor: Fernleigh team.
Discharging doctor: Dr Mariam El-Sayed (ME)     Consultant: Dr Lucinda Abernethy-Cole
""", [("Precious Nwachukwu-Obi", RN), ("Baby Zara", PN), ("463 887 1029", NHS), ("NCH-N0447219", HN),
      ("WNH 3398120", HN), ("Chidi", RN), ("07700 900382", PH)],
  ["Northgate Children's Hospital", "Special Care Baby Unit (SCBU), Cot 11", "DOB: 02/09/2023 03:14", "34+2 weeks",
   "2.14 kg", "Apgar 7 and 9", "20/09/2023", "36+6", "2.36 kg", "CPAP 22 hours", "SBR 212 umol/L", "CRP < 5",
   "benzylpenicillin", "gentamicin", "Cow & Gate Nutriprem 2", "165 mL/kg/day", "Abidec", "0.3 mL OD",
   "Sytron (sodium feredetate) 1 mL BD", "AABR", "Dr Mariam El-Sayed", "ME", "Dr Lucinda Abernethy-Cole"]),

D("wpba_assessed_trainee", Dp, """
Evidence of supervision and assessment of others - Mini-CEX I completed as assessor (RCPCH ePortfolio, Kaizen export)
Assessor: Dr Mariam El-Sayed, Specialty Doctor, Paediatrics      GMC 7563310
Trainee assessed: Dr Oliver Strachan-Mbeki, ST2 Paediatrics      GMC 7994418
Date: 06/02/2024     Location: Paediatric Assessment Unit

Case: 3-year-old with a first febrile convulsion, temperature 39.4 C, GCS 15 on arrival, no meningism.
Trainee demonstrated: focused history from the father, NICE NG143 traffic-light assessment (amber), correct decision
not to perform a lumbar puncture, clear explanation of recurrence risk (about 30%) and safety-netting.
To develop: calculate paracetamol (15 mg/kg) and ibuprofen (10 mg/kg) doses aloud for checking.
Outcome: Meets expectations for ST2.
Countersigned by educational supervisor: Dr Lucinda Abernethy-Cole, 09/02/2024
""", [("Oliver Strachan-Mbeki", CN), ("7994418", GMC)],
  ["Dr Mariam El-Sayed", "7563310", "06/02/2024", "Paediatric Assessment Unit", "3-year-old", "39.4 C", "GCS 15",
   "NICE NG143", "30%", "15 mg/kg", "10 mg/kg", "Dr Lucinda Abernethy-Cole", "09/02/2024", "ST2", "RCPCH"]),

D("teaching_feedback", Dp, """
Simulation teaching - "The seriously ill infant: bronchiolitis to sepsis"   Northgate Children's Hospital Sim Suite
Faculty lead: Dr Mariam El-Sayed      Co-faculty: Dr Fiona Grieve (verifies attendance and feedback)
Dates: 7 and 21 March 2024       Participants: 14 (6 nurses, 5 FY/ST1 doctors, 3 ANNPs)

Scenarios: 6-week-old with bronchiolitis, SpO2 88% in air, apnoeas - high-flow 2 L/kg/min; 4-month-old with
meningococcal sepsis - fluid bolus 10 mL/kg 0.9% sodium chloride, ceftriaxone 80 mg/kg, inotropes via IO.
Pre/post confidence (1-10): recognising shock 5.2 -> 8.1; IO insertion 3.9 -> 7.4; escalation using PEWS 6.0 -> 8.6
Feedback (n = 14): 100% would recommend; "realistic and safe space", "debrief was the best part".
Change: a 10-minute in-situ drill on Puffin Ward monthly from May 2024.
""", [],
  ["Northgate Children's Hospital", "Dr Mariam El-Sayed", "Dr Fiona Grieve", "7 and 21 March 2024", "14",
   "SpO2 88%", "2 L/kg/min", "10 mL/kg", "0.9% sodium chloride", "ceftriaxone 80 mg/kg", "PEWS", "5.2 -> 8.1",
   "100%", "Puffin Ward", "May 2024"]),

D("overseas_hospital_record", Dp, """
Abu El-Reesh Specialised Paediatric Hospital (Cairo University) - Paediatric Nephrology Unit
English translation of the Arabic discharge letter (translation certified by the hospital registrar's office)
File no.: AER-2018-226391       National ID (child, from birth certificate): 31503120104562
Patient: Youssef Ahmed Abdel-Rahman, 3 years, male
Address: 14 El-Nasr Street, building 6, flat 9, Imbaba, Giza
Father: Ahmed Abdel-Rahman Mahmoud (informant)

Admission 18/03/2018 - 02/04/2018. Diagnosis: idiopathic nephrotic syndrome, first presentation.
Oedema, urine protein 4+, serum albumin 14 g/L, cholesterol 9.8 mmol/L, creatinine 28 umol/L, BP 98/62.
Treated with prednisolone 60 mg/m2/day (24 mg daily), remission (urine protein nil x3) on day 9. Albumin 20% infusion
not needed. Discharged with a taper over 8 weeks and home dipstick diary.
Treating resident: Dr Mariam El-Sayed (MSc Paediatrics)    Professor of Paediatrics: Prof. Hoda M. Shalaby
""", [("AER-2018-226391", HN), ("31503120104562", OID), ("Youssef Ahmed Abdel-Rahman", PN),
      ("14 El-Nasr Street, building 6, flat 9, Imbaba, Giza", AD), ("Ahmed Abdel-Rahman Mahmoud", RN)],
  ["Abu El-Reesh Specialised Paediatric Hospital (Cairo University)", "3 years", "18/03/2018 - 02/04/2018",
   "urine protein 4+", "serum albumin 14 g/L", "cholesterol 9.8 mmol/L", "creatinine 28 umol/L", "BP 98/62",
   "prednisolone 60 mg/m2/day (24 mg daily)", "day 9", "Albumin 20%", "8 weeks", "Dr Mariam El-Sayed",
   "Prof. Hoda M. Shalaby"]),

D("qi_report", Dp, """
Quality improvement project: time to first antibiotic in children with suspected sepsis, Paediatric Emergency Department
Northgate Children's Hospital, Wrexford and Northgate Hospitals NHS Trust
Project lead: Dr Mariam El-Sayed     QI coaching: Trust QI team     Sponsor: Dr Fiona Grieve (verifies)

Aim: 90% of children meeting the Paediatric Sepsis 6 trigger to receive IV/IO antibiotics within 60 minutes by
31 December 2023.
Baseline (Jan-Mar 2023, n = 48): median door-to-antibiotic 94 minutes; 38% within 60 minutes.
PDSA 1 (April): pre-drawn ceftriaxone packs in resus - 52%.
PDSA 2 (June): sepsis trolley with 24G cannulae and EZ-IO - 67%.
PDSA 3 (Sept): "sepsis huddle" called by triage nurse using PEWS >= 5 - 88%.
Final (Oct-Dec 2023, n = 51): median 41 minutes; 90% within 60 minutes. No increase in broad-spectrum use (audited).
Run chart and SPC chart attached (Appendix 2, page 14). Presented at the RCPCH Conference 2024 (poster P218).
""", [],
  ["Northgate Children's Hospital", "Wrexford and Northgate Hospitals NHS Trust", "Dr Mariam El-Sayed",
   "Dr Fiona Grieve", "Paediatric Sepsis 6", "60 minutes", "90%", "n = 48", "94 minutes",
   "38%", "PDSA 1", "ceftriaxone", "EZ-IO", "PEWS >= 5", "88%", "41 minutes", "page 14", "RCPCH Conference 2024",
   "P218"]),

D("epilepsy_clinic_letter", Dp, """
Northgate Children's Hospital - Paediatric Neurology-Epilepsy Clinic (Dr El-Sayed)
Hospital number: NCH-2207718          NHS number: 4920 331 806
Clinic date: 14 May 2024

To: Dr Imogen Farrant, Lowther Road Surgery
cc: parents

Re: Ruby Mae Castellano-Jones, DOB 08/11/2014 (9 years, female)

Ruby Mae came with her mum, Shanice, and her grandad ("Pops" - Mr Brian Jones), who does the school run.
She has childhood absence epilepsy (typical absences, 3 Hz spike-wave on EEG, provoked by hyperventilation).
Absences have fallen from about 40 a day to 2-3 a week on ethosuximide 250 mg BD (about 20 mg/kg/day in two doses).
Weight 25 kg. Mild nausea only. FBC normal.
School (Castlegate Primary) has the care plan. I have told Shanice that swimming is fine with one-to-one supervision.
Plan: continue ethosuximide, repeat EEG in 6 months, review in 6 months or sooner via the epilepsy nurse line
020 7946 0518.

Dr Mariam El-Sayed, Specialty Doctor in Paediatrics
""", [("NCH-2207718", HN), ("4920 331 806", NHS), ("Imogen Farrant", CN), ("Ruby Mae Castellano-Jones", PN),
      ("Ruby Mae", PN), ("Shanice", RN), ("Pops", RN), ("Brian Jones", RN), ("020 7946 0518", PH),
      ("Castlegate Primary", AD)],
  ["Northgate Children's Hospital", "Dr El-Sayed", "14 May 2024", "DOB 08/11/2014", "9 years, female",
   "childhood absence epilepsy", "3 Hz spike-wave", "ethosuximide 250 mg BD", "20 mg/kg/day", "25 kg", "FBC",
   "6 months", "Dr Mariam El-Sayed", "Lowther Road Surgery"]),

D("ocr_scan_growth_clinic_letter", Dp, """
N0RTHGATE CHILDREN'S H0SPITAL - Paediatric Endocrin0logy / Gr0wth C1inic
Date: 12/O7/2O22      Hosp N0: NCH-l88O264
Re: Arjun Sekhar-Patil , D0B 3O/O1/2O13 (9y 5m, rna1e)
Address: 8 Harr0w Mews, Wrexf0rd WX2 9DF
Height 119.8 crn (O.4th centi1e), weight 21.0 kg (2nd), mid-parenta1 height 25th centi1e.
Bone age (Greulich and Pyle) de1ayed by 2.5 years. IGF-1 68 ng/mL. Glucag0n stimulati0n test: peak GH 3.1 ug/L.
Diagnosis: is0lated GH deficiency. Plan: somatr0pin (Genotropin) O.O25 mg/kg/day, MRI pituitary.
Father (Mr Vikram Sekhar-Pati1) consented. Seen by Dr M E1-Sayed, Specia1ty Doct0r.
""", [("NCH-l88O264", HN), ("Arjun Sekhar-Patil", PN), ("8 Harr0w Mews, Wrexf0rd", AD), ("WX2 9DF", PC),
      ("Vikram Sekhar-Pati1", RN)],
  ["N0RTHGATE CHILDREN'S H0SPITAL", "12/O7/2O22", "D0B 3O/O1/2O13", "9y 5m, rna1e", "119.8 crn (O.4th centi1e)",
   "21.0 kg", "Greulich and Pyle", "2.5 years", "IGF-1 68 ng/mL", "peak GH 3.1 ug/L", "somatr0pin (Genotropin)",
   "O.O25 mg/kg/day", "MRI pituitary", "Dr M E1-Sayed"]),
]
