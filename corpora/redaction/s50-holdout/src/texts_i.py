# Dr Rodrigo Alves Pereira - old age psychiatry (GMC 7467719)
from common import T

I = "Dr Rodrigo Alves Pereira"

T("memory_clinic_letter", I, """Ashwell Memory Assessment Service - Westmarch Partnership NHS Foundation Trust
Thornbury Lodge, Ashwell
Tel: 020 7946 0642   Email: ashwell.memory@westmarch.nhs.example
RiO ID: 1187342      NHS: 605 377 1242      Our ref: AMAS/RAP/1187342/3

Date: 24/07/2025
Dr Jemima Lockwood, Hazelmere Practice, 14 Sheep Street, Ashwell AW4 2GS

Dear Dr Lockwood
Re: Mrs Edith Partridge-Moore, DOB 30/08/1940
Address: 3 Damson Close, Ashwell AW5 7YL

Mrs Partridge-Moore attended with her daughter, Mrs Carol Whitby, who holds Lasting Power of Attorney for health and welfare.
History: 2 years of progressive short-term memory loss, repetitive questioning, getting lost while driving to her sister June's house.
ACE-III 71/100 (attention 15/18, memory 12/26, fluency 7/14, language 22/26, visuospatial 15/16). MMSE 23/30. Clock drawing 3/5.
MRI brain: bilateral hippocampal atrophy (MTA score 3), Fazekas 1. Bloods including B12, folate, TSH normal.
Diagnosis: Alzheimer's disease, mild (F00.1 / ICD-10 G30.1).
Plan: donepezil 5 mg nocte for 4 weeks then 10 mg; ECG (HR 74, PR 168 ms) acceptable. She has agreed to stop driving and will notify the DVLA. Carers' assessment requested; Alzheimer's Society dementia adviser referral.

Dr Rodrigo Alves Pereira, Specialty Doctor, Old Age Psychiatry
Supervising consultant: Dr Katherine Lyle
""", [("020 7946 0642", "PH"), ("ashwell.memory@westmarch.nhs.example", "EM"), ("1187342", "HN"), ("605 377 1242", "NHS"),
      ("AMAS/RAP/1187342/3", "REF"), ("Jemima Lockwood", "CN"), ("Lockwood", "CN"), ("14 Sheep Street, Ashwell", "AD"),
      ("AW4 2GS", "PC"), ("Edith Partridge-Moore", "PN"), ("Partridge-Moore", "PN"), ("3 Damson Close, Ashwell", "AD"),
      ("AW5 7YL", "PC"), ("Carol Whitby", "RN"), ("June", "RN")],
  ["Ashwell Memory Assessment Service", "Westmarch Partnership NHS Foundation Trust", "Thornbury Lodge", "24/07/2025",
   "DOB 30/08/1940", "Lasting Power of Attorney", "ACE-III 71/100", "memory 12/26", "MMSE 23/30", "Clock drawing 3/5",
   "MTA score 3", "Fazekas 1", "Alzheimer's disease", "F00.1", "G30.1", "donepezil 5 mg nocte", "10 mg", "PR 168 ms",
   "DVLA", "Alzheimer's Society", "Dr Rodrigo Alves Pereira", "Dr Katherine Lyle"])

T("tribunal_report", I, """FIRST-TIER TRIBUNAL (MENTAL HEALTH) - RESPONSIBLE CLINICIAN'S REPORT (written under supervision)
Tribunal case no: MP/2025/08813    Hospital: Larkspur Ward (older adults), Westmarch Partnership NHS Foundation Trust
Patient: Mr Cyril Ambrose Tetley, DOB 21/01/1947, detained under section 3, Mental Health Act 1983 (renewed 12/05/2025)
Nearest relative (s.26): wife, Mrs Valerie Tetley. AMHP: Ms Dionne Okafor-Reyes.
Author: Dr R. Alves Pereira, Specialty Doctor (for Dr Katherine Lyle, Responsible Clinician and Approved Clinician)

1. Mr Tetley (known on the ward as "Ambie") has a diagnosis of late-onset schizophrenia-like psychosis (ICD-10 F20.0) with comorbid vascular cognitive impairment. 
2. Before admission he barricaded his front door, believing neighbours (Mr and Mrs Doherty) were pumping gas into the house, and he threatened them with a hammer.
3. He is now on amisulpride 100 mg BD (QTc 438 ms); PANSS positive score fell from 29 to 17.
4. In my opinion the statutory criteria for continued detention are met: nature and degree, for his health and safety and protection of others, appropriate treatment available. A community treatment order (s.17A) is being considered.
Signed: Dr Rodrigo Alves Pereira, 02/06/2025   Countersigned: Dr K. Lyle
""", [("MP/2025/08813", "REF"), ("Cyril Ambrose Tetley", "PN"), ("Valerie Tetley", "RN"), ("Dionne Okafor-Reyes", "CN"),
      ("Tetley", "PN"), ("Ambie", "PN"), ("Doherty", "RN")],
  ["FIRST-TIER TRIBUNAL (MENTAL HEALTH)", "Larkspur Ward", "DOB 21/01/1947", "section 3", "Mental Health Act 1983",
   "12/05/2025", "s.26", "Dr R. Alves Pereira", "Dr Katherine Lyle", "F20.0", "amisulpride 100 mg BD", "QTc 438 ms",
   "PANSS", "29 to 17", "s.17A", "Dr Rodrigo Alves Pereira", "02/06/2025", "Dr K. Lyle"])

T("care_home_notes", I, """care home liaison round - rosewood court nursing home - 15/01/25 - rap
rm 4 hilda (mrs b.), 92, bpsd - shouting at night, abbey pain scale 9 -> paracetamol 1 g qds regular, stop prn lorazepam. capacity re covert meds: lacks. best interests mtg w/ son trevor fri
rm 11 "major" (Mr Fortescue-Hill), 88, lewy body dementia, hallucinations not distressing - NO antipsychotic (neuroleptic sensitivity). rivastigmine patch 9.5 mg/24 h
rm 17 new - mrs e.j. - delirium screen: 4AT = 6, urine dip +ve, bloods sent, gp dr sato informed 11:30
dols: rm 4 + rm 17 urgent authorisation needed (Mental Capacity Act 2005, schedule A1) - ask manager (lisa) to submit today
""", [("rosewood court nursing home", "AD"), ("hilda", "PN"), ("mrs b.", "PN"), ("trevor", "RN"), ("major", "PN"),
      ("Fortescue-Hill", "PN"), ("mrs e.j.", "PN"), ("sato", "CN"), ("lisa", "CN")],
  ["15/01/25", "rap", "rm 4", "92", "bpsd", "abbey pain scale 9", "paracetamol 1 g qds", "lorazepam", "best interests",
   "88", "lewy body dementia", "rivastigmine patch 9.5 mg/24 h", "4AT = 6", "11:30",
   "Mental Capacity Act 2005, schedule A1", "neuroleptic sensitivity"])

T("abroad_translation", I, """Traducao juramentada / Sworn translation from Portuguese
Original: Hospital das Clinicas de Porto Alegre - Servico de Psiquiatria Geriatrica (Brazil)
Translator: Ana Beatriz Lemos, JUCERGS registration 1147

CERTIFICATE
We certify that Dr Rodrigo Alves Pereira (CRM-RS 38412) completed residency in psychiatry (2013-2016) and the additional year in geriatric psychiatry (2016-2017), and worked as attending psychiatrist in the memory clinic from 2017 to 2021.
Activities: approximately 2,300 outpatient consultations with older adults; 410 cognitive assessments (CERAD battery, MoCA); ECT for late-life depression (78 courses as treating psychiatrist); teaching of residents.
Published with our team: "Delirium in hip fracture patients in southern Brazil: a cohort of 212 patients" (Revista Brasileira de Psiquiatria, 2020).
Patient records referred to in his case submissions (prontuarios 2019-004417 and 2020-011236) are held by the hospital.
Prof. Dr. Joao Henrique Scherer, Head of Geriatric Psychiatry, Porto Alegre, 15/03/2021
""", [("1147", "OID"), ("2019-004417", "HN"), ("2020-011236", "HN")],
  ["Hospital das Clinicas de Porto Alegre", "Ana Beatriz Lemos", "Dr Rodrigo Alves Pereira", "CRM-RS 38412",
   "2013-2016", "2,300 outpatient consultations", "410 cognitive assessments", "CERAD", "MoCA", "78 courses",
   "212 patients", "Revista Brasileira de Psiquiatria", "Prof. Dr. Joao Henrique Scherer", "15/03/2021"])

T("cognitive_test_ocr", I, """M0NTREAL C0GNITIVE ASSESSMENT (M0CA) Versi0n 8.l  -  scanned sc0re sheet
Narne: Herbert  Wi11oughby   Educati0n: l2 yrs   Sex: M   D0B: l7/lO/l944   Date: O4/O3/2O25
RiO: ll9O45O    Ex arniner: Dr R A1ves Pereira
Visu0spatia1/executive  3/5    Narning 3/3    Attenti0n 4/6    Language 2/3
Abstracti0n l/2    De1ayed reca11  l/5    0rientati0n 5/6
T0TAL  l9/3O  (+l if <= l2 yrs educati0n -> 2O/3O)
Wife (Pam) says he is "n0t h imself since the fal1 at Christrnas".
""", [("Herbert  Wi11oughby", "PN"), ("ll9O45O", "HN"), ("Pam", "RN")],
  ["M0NTREAL C0GNITIVE ASSESSMENT (M0CA)", "Versi0n 8.l", "l2 yrs", "D0B: l7/lO/l944", "O4/O3/2O25",
   "Dr R A1ves Pereira", "3/5", "De1ayed reca11  l/5", "T0TAL  l9/3O", "2O/3O"])

T("qi_project", I, """Quality improvement project: reducing antipsychotic prescribing for behavioural and psychological symptoms of dementia (BPSD) in care homes
Lead: Dr Rodrigo Alves Pereira    Sponsor: Dr Katherine Lyle, Clinical Director, Older Adults    Westmarch Partnership NHS Foundation Trust
Method: Model for Improvement, three PDSA cycles (September 2024 - March 2025), 9 care homes, 412 residents.
Baseline: 61/412 residents (14.8%) on an antipsychotic; 38 of them had no documented review in 12 weeks (NICE NG97 recommends review at least every 6 weeks).
Change ideas: STOMP-style medication reviews; ABC behaviour charts; staff training in the "Newcastle model"; risperidone (the only licensed antipsychotic for BPSD, max 6 weeks) tapering protocol; Abbey Pain Scale before any psychotropic.
Result: 39/405 (9.6%) on an antipsychotic at March 2025; documented 6-weekly review 92%. No increase in falls or hospital admissions (run chart, 26 weeks).
Dissemination: poster at the RCPsych Faculty of Old Age Psychiatry Annual Conference 2025; Trust QI showcase.
""", [],
  ["Dr Rodrigo Alves Pereira", "Dr Katherine Lyle", "Westmarch Partnership NHS Foundation Trust", "Model for Improvement",
   "412 residents", "61/412 residents (14.8%)", "12 weeks", "NICE NG97", "6 weeks", "STOMP", "Newcastle model",
   "risperidone", "Abbey Pain Scale", "39/405 (9.6%)", "92%", "RCPsych Faculty of Old Age Psychiatry", "2025"])
