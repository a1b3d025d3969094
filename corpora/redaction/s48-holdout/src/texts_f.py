from common import *
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID")

# ---------------- Dr Tomás Ferreira: general adult psychiatry (England, Brazil) ----------------
D("s48-047", "tribunal_report", F, """FIRST-TIER TRIBUNAL (MENTAL HEALTH) - RESPONSIBLE CLINICIAN'S REPORT
Tribunal case no.: MP/2024/04417        Hearing: 14/05/2024, Tamarind Lane Mental Health Unit
Patient: Mr Declan Oyelowo-Hart       DOB: 06/09/1991       RiO: 1048773       NHS: 941 330 2716
Detained under: section 3 Mental Health Act 1983 (renewed 22/03/2024)      Ward: Linden Ward (male acute)
Nearest relative (s.26): Mrs Patience Oyelowo (mother)
Care co-ordinator: Gavin Throsby, CPN, Greywater Partnership NHS Foundation Trust

1. Diagnosis: paranoid schizophrenia (ICD-10 F20.0). Third admission.
2. Treatment: clozapine titrated to 400 mg/day (Clozaril); level 0.46 mg/L on 30/04/2024. ANC 3.2 x10^9/L (green).
   Previous trials of olanzapine 20 mg and aripiprazole depot 400 mg monthly - partial response.
3. Risk: one assault on staff 11/02/2024 (Datix GP-IR-24-2031, no police action). No incidents since March.
4. Recommendation: continued detention is necessary for his health and the protection of others; plan for
   section 17 leave to his supported accommodation (Hawthorn Lodge, 8 Millrace Road, Greywater GW3 7NP).

Dr Tomás Ferreira, Specialty Doctor in General Adult Psychiatry (for the Responsible Clinician)
Responsible Clinician: Dr Hannah Oyelaran-Price, Consultant Psychiatrist""",
  [("MP/2024/04417", REF), ("Mr Declan Oyelowo-Hart", PN), ("1048773", HN), ("941 330 2716", NHS),
   ("Mrs Patience Oyelowo", RN), ("Gavin Throsby", CN), ("GP-IR-24-2031", REF),
   ("Hawthorn Lodge, 8 Millrace Road, Greywater", AD), ("GW3 7NP", PC)],
  ["FIRST-TIER TRIBUNAL (MENTAL HEALTH)", "14/05/2024", "Tamarind Lane Mental Health Unit", "06/09/1991",
   "section 3 Mental Health Act 1983", "22/03/2024", "Linden Ward (male acute)", "s.26",
   "Greywater Partnership NHS Foundation Trust", "ICD-10 F20.0", "clozapine", "400 mg/day", "Clozaril",
   "0.46 mg/L", "30/04/2024", "ANC 3.2 x10^9/L", "olanzapine 20 mg", "aripiprazole depot 400 mg", "11/02/2024",
   "section 17 leave", "Dr Tomás Ferreira", "Dr Hannah Oyelaran-Price"])

D("s48-048", "clinic_letter", F, """Greywater Partnership NHS Foundation Trust - Community Mental Health Team (North)
Riverside Resource Centre

Our ref: CMHT-N/TF/3382          Date: 27/11/2023
Dr Alasdair Penhaligon, Greywater Health Partnership, 1 Market Square, Greywater GW1 2EE

Dear Dr Penhaligon
Re: Ms Rosalind Achebe-Whyte, DOB 19/02/1983, 9 Tenter Street, Greywater GW2 5BT, NHS No 706 218 4459

Diagnosis: bipolar affective disorder, currently euthymic (F31.7). YMRS 4, PHQ-9 5.
Medication: Priadel (lithium carbonate MR) 800 mg nocte; serum lithium 0.72 mmol/L (12-h level, 20/11/2023);
eGFR 88, TSH 2.1 mU/L, calcium 2.38 mmol/L. Lamotrigine 100 mg BD continued.
She is planning a pregnancy in 2024: we discussed the risks of lithium (Ebstein's anomaly, absolute risk about 1
in 1,000-2,000) and the need for a preconception perinatal psychiatry referral, which I have made.
Please continue 3-monthly lithium levels in line with NICE CG185.

Yours sincerely
Dr Tomás Ferreira, Specialty Doctor, CMHT North  (GMC 7703318)""",
  [("CMHT-N/TF/3382", REF), ("Dr Alasdair Penhaligon", CN), ("Dr Penhaligon", CN),
   ("Greywater Health Partnership, 1 Market Square, Greywater", AD), ("GW1 2EE", PC), ("Ms Rosalind Achebe-Whyte", PN),
   ("9 Tenter Street, Greywater", AD), ("GW2 5BT", PC), ("706 218 4459", NHS)],
  ["Greywater Partnership NHS Foundation Trust", "Riverside Resource Centre", "27/11/2023", "19/02/1983", "F31.7",
   "YMRS 4", "PHQ-9 5", "Priadel (lithium carbonate MR) 800 mg nocte", "0.72 mmol/L", "20/11/2023", "eGFR 88",
   "TSH 2.1 mU/L", "calcium 2.38 mmol/L", "Lamotrigine 100 mg BD", "Ebstein's anomaly", "NICE CG185",
   "Dr Tomás Ferreira", "GMC 7703318"])

D("s48-049", "cbd_export", F, """Case-based Discussion (CbD) - psychiatry, RCPsych Portfolio Online export
Trainee: Dr Tomás Ferreira (GMC 7703318)     Assessor: Dr Hannah Oyelaran-Price (Consultant, GMC 4856610)
Date: 09/01/2024     Setting: Home treatment team, Greywater Partnership NHS Foundation Trust

Case: 68-year-old widowed man with first-episode severe depression with psychotic features (nihilistic
delusions), weight loss 8 kg, poor oral intake (800 mL/day). MADRS 41.
Capacity to consent to ECT assessed under the Mental Capacity Act 2005 - lacked capacity; treated under
section 58A of the Mental Health Act 1983 with a SOAD certificate. Bilateral ECT, 9 treatments; MADRS 12.
Discussion: the differential of early dementia, the role of sertraline 100 mg plus quetiapine 150 mg,
and the Royal College of Psychiatrists' ECT Accreditation Service (ECTAS) standards.
Assessor: "Excellent grasp of the legal framework; balanced view of risks. Competent."
Outcome: Competent for stage (Core/SAS).""",
  [],
  ["Dr Tomás Ferreira", "GMC 7703318", "Dr Hannah Oyelaran-Price", "GMC 4856610", "09/01/2024",
   "Greywater Partnership NHS Foundation Trust", "68-year-old", "8 kg", "800 mL/day", "MADRS 41",
   "Mental Capacity Act 2005", "section 58A of the Mental Health Act 1983", "SOAD", "9 treatments", "MADRS 12",
   "sertraline 100 mg", "quetiapine 150 mg", "ECTAS"])

D("s48-050", "mha_assessment_ocr", F, """GREYWATER PARTNERSHlP NHS F0UNDATl0N TRUST
MENTAL HEALTH ACT ASSESSMENT - RECORD (scanned)

Date/time: 3l/O7/2O23  l4:2O      P1ace: Custody suite, Greywater Central P0lice Station (s.l36 p1ace of safety)
Person assessed: Ms Kate1yn Brightwe11       D0B: O2/O4/2OOO      RiO: lO6l9O4
Pol ice ref (s.136): GWP-2O23-O7-3l-O558
AMHP: Mr Desrnond 0kafor-Lane        S.12 doctor: Dr Tornás Ferreira (GMC 77O33l8)
Second doctor: Dr Wil1iam Hesketh (GP, known to patient)

Findings: e1ated rnood, pressured speech, grandi0se be1iefs, n0 s1eep for 4 nights, spent £3,2OO in 2 days.
Risk to self: walking 0n the rai1way line. lnsight absent. YMRS 34.
0utcome: applicati0n for section 2 Mental Hea1th Act l983; bed 0n Aspen Ward (female acute).
Sister inf0rmed: Ms Joanna Brightwe11, 07700 9OO59l""",
  [("Ms Kate1yn Brightwe11", PN), ("lO6l9O4", HN), ("GWP-2O23-O7-3l-O558", REF), ("Mr Desrnond 0kafor-Lane", CN),
   ("Dr Wil1iam Hesketh", CN), ("Ms Joanna Brightwe11", RN), ("07700 9OO59l", PH)],
  ["GREYWATER PARTNERSHlP NHS F0UNDATl0N TRUST", "3l/O7/2O23", "l4:2O", "s.l36", "O2/O4/2OOO",
   "Dr Tornás Ferreira", "GMC 77O33l8", "4 nights", "£3,2OO", "YMRS 34", "section 2 Mental Hea1th Act l983",
   "Aspen Ward (female acute)"])

D("s48-051", "reflection_coroner", F, """Reflection following an inquest - death of a community patient
Dr Tomás Ferreira, CMHT North, Greywater Partnership NHS Foundation Trust      Written: 05/06/2024

Context: I gave written and oral evidence at the inquest into the death of Mr Stuart Kinsella (aged 44) at
Greywater Coroner's Court, 28/05/2024, before HM Assistant Coroner Ms Lorraine Beddoes.
Coroner's reference: 00931/2023. Conclusion: suicide; no Regulation 28 (Prevention of Future Deaths) report.
I had seen Stuart in clinic 9 days before his death; he denied suicidal intent; PHQ-9 was 19. His brother,
Kevin, told the court that the family had not been told about the change from sertraline to mirtazapine
45 mg. The CPN, Ifeoma Duru, and the consultant at the time, Dr Howard Blackstock, also gave evidence.

Learning: (1) risk assessment tools (e.g. SAD PERSONS) do not predict suicide - the NICE self-harm guideline
NG225 advises against them; I now write a formulation-based safety plan with every patient.
(2) With consent, involve family in safety planning ("Consensus Statement on Information Sharing and Suicide
Prevention", 2014). (3) I used the trust's post-incident support and the Practitioner Health service.
Discussed with Dr Hannah Oyelaran-Price (clinical supervisor) 12/06/2024.""",
  [("Mr Stuart Kinsella", PN), ("Stuart", PN), ("Ms Lorraine Beddoes", CN), ("00931/2023", REF), ("Kevin", RN),
   ("Ifeoma Duru", CN), ("Dr Howard Blackstock", CN)],
  ["Dr Tomás Ferreira", "Greywater Partnership NHS Foundation Trust", "05/06/2024", "aged 44",
   "Greywater Coroner's Court", "28/05/2024", "Regulation 28", "9 days", "PHQ-9 was 19", "sertraline",
   "mirtazapine\n45 mg", "SAD PERSONS", "NG225", "2014", "Practitioner Health", "Dr Hannah Oyelaran-Price", "12/06/2024"])

D("s48-052", "outpatient_note_translated_abroad", F, """[Original in Portuguese - certified translation by Dr Tomás Ferreira's translator, Lúcia Amaral Pinto, reg. TRAD-RS 0442]
HOSPITAL PSIQUIÁTRICO SÃO VICENTE - PORTO ALEGRE, RS, BRAZIL
Outpatient Clinic - Mood Disorders Programme - CLINICAL NOTE

Patient: Ana Cláudia Ribeiro dos Santos       Record (prontuário) no.: 2016-118342
CPF: 384.229.017-65        Mother's name: Maria José Ribeiro
Date of birth: 12/12/1975    Sex: female    Date of visit: 07/03/2017

Diagnosis: recurrent depressive disorder, current episode severe without psychotic symptoms (ICD-10 F33.2).
HAM-D 26. Third antidepressant trial: venlafaxine XR 225 mg/day for 8 weeks, partial response.
Plan: augment with lithium carbonate 300 mg BID, target level 0.6-0.8 mEq/L; refer to the ECT service if no
response in 6 weeks. Psychotherapy (CBT group) on Thursdays.
Resident: Dr Tomás Ferreira (CRM-RS 39877)      Preceptor: Prof. Dr Renato Guimarães Figueiredo""",
  [("Ana Cláudia Ribeiro dos Santos", PN), ("2016-118342", HN), ("384.229.017-65", OID), ("Maria José Ribeiro", RN)],
  ["Dr Tomás Ferreira", "Lúcia Amaral Pinto", "TRAD-RS 0442", "HOSPITAL PSIQUIÁTRICO SÃO VICENTE - PORTO ALEGRE",
   "12/12/1975", "female", "07/03/2017", "ICD-10 F33.2", "HAM-D 26", "venlafaxine XR 225 mg/day", "8 weeks",
   "lithium carbonate 300 mg BID", "0.6-0.8 mEq/L", "CRM-RS 39877", "Prof. Dr Renato Guimarães Figueiredo"])

D("s48-053", "teaching_feedback", F, """Balint group facilitation - summary of participant feedback
Group: Core psychiatry trainees, Greywater Partnership NHS Foundation Trust, Tamarind Lane Mental Health Unit
Co-leaders: Dr Tomás Ferreira and Dr Hannah Oyelaran-Price (accredited Balint leader, Balint Society)
Period: 10 sessions, fortnightly, September 2023 - January 2024, 60 minutes each

Attendance: mean 6.4 of 8 members. Feedback forms: 8/8.
"The group helped me understand my reactions to patients" - strongly agree/agree 8/8.
"The leaders kept the group safe" - 8/8.   "I would recommend to a colleague" - 7/8.
Themes: working with patients with a diagnosis of emotionally unstable personality disorder; the
'heartsink' consultation; anxiety before a first Mental Health Act Tribunal.
Evidence of satisfactory Balint group participation for MRCPsych purposes signed for all 8 trainees.""",
  [],
  ["Greywater Partnership NHS Foundation Trust", "Tamarind Lane Mental Health Unit", "Dr Tomás Ferreira",
   "Dr Hannah Oyelaran-Price", "Balint Society", "10 sessions", "60 minutes", "6.4 of 8", "8/8", "7/8",
   "Mental Health Act Tribunal", "MRCPsych"])

D("s48-054", "referral_email", F, """From: tomas.ferreira2@greywater-partnership.example.nhs.uk
To: crisis.resolution@greywater-partnership.example.nhs.uk; gp.a81999@nhs.example.net
Sent: 02 April 2024 18:05
Subject: RE: Crisis referral NHS 459 771 0236 - please see today (high risk)

CRHTT colleagues,
Following my CMHT review this afternoon of Jordan Mbeki-Sloane (24, RiO 1107718) - escalating suicidal
ideation with a plan (stockpiled co-codamol 30/500 x 64), Columbia (C-SSRS) screen positive.
Lives alone at 4B Foundry Mews, Greywater GW4 8LD; sister Tanya on 07700 900790 is visiting tonight.
Medication removed with consent. Agreed crisis plan: HTT visit tonight by 21:00; daily visits; review of
fluoxetine 40 mg. Please call my mobile 07700 900214 if any difficulty.

Tomás
Dr Tomás Ferreira | Specialty Doctor, CMHT North | Greywater Partnership NHS FT
"This e-mail and any attachments are confidential..." """,
  [("tomas.ferreira2@greywater-partnership.example.nhs.uk", EM), ("crisis.resolution@greywater-partnership.example.nhs.uk", EM),
   ("gp.a81999@nhs.example.net", EM), ("459 771 0236", NHS), ("Jordan Mbeki-Sloane", PN), ("1107718", HN),
   ("4B Foundry Mews, Greywater", AD), ("GW4 8LD", PC), ("Tanya", RN), ("07700 900790", PH), ("07700 900214", PH)],
  ["02 April 2024", "18:05", "24", "co-codamol 30/500 x 64", "C-SSRS", "21:00", "fluoxetine 40 mg",
   "Dr Tomás Ferreira", "Greywater Partnership NHS FT", "Tomás"])

D("s48-055", "caseload_list", F, """CMHT North - Dr T. Ferreira - outpatient caseload review for supervision (Q1 2024)
(initials / RiO / dx / last seen / next)   - verified by Dr Hannah Oyelaran-Price, 04/04/2024

RB   1002231  F20.0  depot paliperidone 150 mg/4 wk          12/01  12/04
MO'C 1014559  F31.1  valproate - NOT appropriate (woman of childbearing potential), switched to aripiprazole   19/01  19/04
DJK  1039903  F60.3  DBT waiting list                        26/01  26/03
SP-L 1041277  F41.1  sertraline 150 mg, CBT completed        02/02  02/05
AaH  1050008  F10.2  alcohol dependence, acamprosate 666 mg TDS   09/02  09/03
      GAD-7 17 -> 8   |   AUDIT 31 -> 12
Total on caseload: 46 (CPA 19, non-CPA 27). Clozapine clinic patients excluded from this list.""",
  [("RB", PN), ("1002231", HN), ("MO'C", PN), ("1014559", HN), ("DJK", PN), ("1039903", HN), ("SP-L", PN),
   ("1041277", HN), ("AaH", PN), ("1050008", HN)],
  ["Dr T. Ferreira", "Dr Hannah Oyelaran-Price", "04/04/2024", "F20.0", "paliperidone 150 mg/4 wk", "F31.1",
   "valproate", "aripiprazole", "F60.3", "DBT", "F41.1", "sertraline 150 mg", "F10.2", "acamprosate 666 mg TDS",
   "GAD-7 17 -> 8", "AUDIT 31 -> 12", "46 (CPA 19, non-CPA 27)"])
