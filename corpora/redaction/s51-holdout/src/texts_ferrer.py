# Dr Lucía Ferrer Castell - General Adult Psychiatry - Hellesdon Hospital, Norwich; earlier Hospital del Mar, Barcelona
from common import doc

APPL = "Dr Lucía Ferrer Castell"

DOCS = [
doc("s51-034", "tribunal_report", APPL, """FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER) MENTAL HEALTH
MEDICAL REPORT ON AN IN-PATIENT
Tribunal case number: MP/2025/04417

Patient: Mr Declan HURRELL-WATTS          DOB: 23/10/1990          Male
Detained under: section 3, Mental Health Act 1983 (from 04/03/2025)
Hospital: Hellesdon Hospital, Catton Ward (Norfolk and Suffolk NHS Foundation Trust)
RiO number: 4471203          NHS number: 608 312 9954
Nearest relative: Mrs Patricia Lomax (mother), 9 Gurney Court, Thorpe St Andrew, Norwich NR7 0DE
Care co-ordinator: Ms Sinead Fallon (CPN, Central Norwich CMHT)

Author: Dr Lucía Ferrer Castell, Specialty Doctor and Approved Clinician, on behalf of the Responsible Clinician

1. Mr Hurrell-Watts is a 34-year-old man with schizoaffective disorder (ICD-10 F25.0), first diagnosed in 2012, with six previous admissions, four of them under the Act.

2. In January 2025 he stopped his paliperidone palmitate depot (150 mg monthly) after a disagreement with the depot clinic. Over six weeks his mother noticed that he stopped eating, boarded up his windows and believed that neighbours were poisoning his water. On 02/03/2025 he was found by police on the A47 footbridge; he was assessed under section 136 and then detained under section 2, converted to section 3 on 04/03/2025.

3. Progress: he accepted oral paliperidone 9 mg from 10/03/2025 and restarted the depot on 24/03/2025. Persecutory beliefs have reduced in intensity but persist. He has had no incidents of aggression on the ward since 15/03/2025. HoNOS total fell from 24 to 15.

4. Risk: when unwell he has previously neglected himself to the point of dehydration (2019) and has placed himself in danger on roads and bridges. Insight remains partial; he says he will "probably not" continue the depot after discharge.

5. Opinion: he continues to suffer from a mental disorder of a nature and degree which makes medical treatment in hospital appropriate; treatment is necessary for his health and safety, and it cannot be provided unless he is detained. Appropriate medical treatment is available on Catton Ward.

6. Plan: graded section 17 leave; discharge planning meeting with Ms Fallon and Mrs Lomax on 09/04/2025; consider a community treatment order.

Signed: Dr Lucía Ferrer Castell          Date: 28/03/2025
Countersigned: Dr Niall Brennan, Consultant Psychiatrist and Responsible Clinician
""",
ids=[("MP/2025/04417", "REF"), ("Declan HURRELL-WATTS", "P"), ("4471203", "H"), ("608 312 9954", "N"),
     ("Patricia Lomax", "R"), ("9 Gurney Court, Thorpe St Andrew, Norwich", "A"), ("NR7 0DE", "PC"),
     ("Sinead Fallon", "C"), ("Hurrell-Watts", "P"), ("Fallon", "C"), ("Lomax", "R")],
keep=["Dr Lucía Ferrer Castell", "Dr Niall Brennan", "23/10/1990", "Male", "section 3", "Mental Health Act 1983",
      "F25.0", "paliperidone palmitate depot (150 mg monthly)", "paliperidone 9 mg", "HoNOS total fell from 24 to 15",
      "section 136", "Catton Ward", "Hellesdon Hospital", "34-year-old man"]),

doc("s51-035", "discharge_report_translation", APPL, """HOSPITAL DEL MAR - Parc de Salut Mar, Barcelona
Servicio de Psiquiatría - Unidad de Agudos
INFORME DE ALTA HOSPITALARIA

Paciente: Montserrat PUIG SOLER          NHC: 40187726
CIP: PUSO 0670312 003          DNI: 38104552K
Fecha de nacimiento: 12/03/1967          Sexo: Mujer
Domicilio: C/ de la Marina 214, 3º 2ª, 08013 Barcelona
Fecha de ingreso: 14/01/2020          Fecha de alta: 06/02/2020
Médica responsable: Dra. Lucía Ferrer Castell
Jefe de servicio: Dr. Jordi Casals i Vidal

Motivo de ingreso: episodio depresivo grave con síntomas psicóticos e ideación autolítica estructurada. Acude traída por su hijo, Sr. Marc Vidal Puig, y por su vecina, Sra. Rosa Giménez.
Evolución: La Sra. Puig Soler presentó ideas delirantes de ruina y culpa. Se inició sertralina hasta 150 mg/día y quetiapina 200 mg/noche, con respuesta parcial. Se realizaron 8 sesiones de TEC bilateral, con remisión de la clínica psicótica. Montserrat refiere al alta ánimo "mucho mejor". MADRS 38 al ingreso, 9 al alta.
Diagnóstico: Trastorno depresivo mayor, episodio grave con síntomas psicóticos (CIE-10 F32.3).
Tratamiento al alta: sertralina 150 mg/día, quetiapina 200 mg/noche, lorazepam 1 mg si precisa.
Seguimiento: CSMA Sant Martí, Dra. Elena Roca, en 7 días.

Firmado: Dra. Lucía Ferrer Castell          Vº Bº: Dr. Jordi Casals i Vidal

----------------------------------------------------------------
ENGLISH TRANSLATION (by Dr Lucía Ferrer Castell; checked by Dr Niall Brennan)
Hospital del Mar, Barcelona - Department of Psychiatry - Acute Unit
HOSPITAL DISCHARGE REPORT

Patient: Montserrat PUIG SOLER          Hospital record no. (NHC): 40187726
Health card (CIP): PUSO 0670312 003          National ID (DNI): 38104552K
Date of birth: 12/03/1967          Sex: female
Home address: C/ de la Marina 214, 3º 2ª, 08013 Barcelona
Admitted: 14/01/2020          Discharged: 06/02/2020
Responsible doctor: Dr Lucía Ferrer Castell          Head of department: Dr. Jordi Casals i Vidal

Reason for admission: severe depressive episode with psychotic symptoms and planned suicidal ideation. Brought by her son, Mr Marc Vidal Puig, and her neighbour, Mrs Rosa Giménez.
Course: Mrs Puig Soler had delusions of ruin and guilt. Sertraline was increased to 150 mg/day and quetiapine 200 mg at night started, with partial response. She received 8 sessions of bilateral ECT, with remission of the psychotic symptoms. At discharge Montserrat described her mood as "much better". MADRS 38 on admission, 9 at discharge.
Diagnosis: major depressive disorder, severe episode with psychotic symptoms (ICD-10 F32.3).
Discharge medication: sertraline 150 mg/day, quetiapine 200 mg at night, lorazepam 1 mg as needed.
Follow-up: Sant Martí adult mental health centre, Dr Elena Roca, within 7 days.
""",
ids=[("Montserrat PUIG SOLER", "P"), ("40187726", "H"), ("PUSO 0670312 003", "O"), ("38104552K", "O"),
     ("C/ de la Marina 214, 3º 2ª, 08013 Barcelona", "A"), ("Marc Vidal Puig", "R"), ("Rosa Giménez", "R"),
     ("Puig Soler", "P"), ("Montserrat", "P"), ("Elena Roca", "C")],
keep=["Dra. Lucía Ferrer Castell", "Dr Lucía Ferrer Castell", "Dr. Jordi Casals i Vidal", "Dr Niall Brennan",
      "12/03/1967", "Mujer", "F32.3", "sertralina hasta 150 mg/día", "quetiapina 200 mg/noche", "sertraline 150 mg/day",
      "MADRS 38", "Hospital del Mar", "CSMA Sant Martí", "lorazepam 1 mg"]),

doc("s51-036", "wpba_cbd_export", APPL, """Royal College of Psychiatrists - Portfolio Online
Assessment: CBD (Case-based Discussion)          Ref: CBD/2024/118-4472
Trainee: Dr Lucia Ferrer Castell (GMC 7723390)
Assessor: Dr Niall Brennan, Consultant General Adult Psychiatrist, NSFT
Assessor email: niall.brennan@nsft.nhs.uk
Date of assessment: 19/11/2024          Setting: in-patient, Catton Ward

Case
52-year-old woman with a first manic episode (YMRS 31), admitted informally and then detained under section 2 when she tried to leave to "meet the Prime Minister". Known on the ward as "Bernie" (B.K.). Discussion centred on starting lithium: baseline renal, thyroid and calcium tests, ECG, pregnancy test declined then accepted, and a capacity assessment for treatment.

Ratings (1-6): clinical assessment 5; risk assessment 5; treatment 5; investigation and referral 6; follow-up and care planning 4; professionalism 6; clinical reasoning 5. Overall: performing at the level expected for completion of core training or above.

Strengths: thorough lithium work-up; target level 0.6-0.8 mmol/L explained clearly; lithium 400 mg nocte with 12-hour level at day 5; you involved her sister in the decision with the patient's consent.
Development: write a relapse signature into the care plan before discharge.

Signed: Dr Niall Brennan, 20/11/2024
""",
ids=[("CBD/2024/118-4472", "REF"), ("niall.brennan@nsft.nhs.uk", "E"), ("Bernie", "P"), ("B.K.", "P")],
keep=["Dr Lucia Ferrer Castell", "7723390", "Dr Niall Brennan", "52-year-old woman", "YMRS 31", "section 2",
      "0.6-0.8 mmol/L", "lithium 400 mg nocte", "Catton Ward"]),

doc("s51-037", "reflection", APPL, """Reflection: a patient absent without leave from Catton Ward
Dr Lucía Ferrer (LFC), Specialty Doctor, NSFT - written for appraisal 2024/25
Event date: 21/07/2024. Patient safety incident investigation (PSII) ref NSFT-PSII-2024-0193; Datix 88217.

What happened
A 27-year-old man detained under section 2 ("J.H.", known to many of the team from previous admissions as "Jonno") left the ward through the garden door during the evening medication round. I was the duty doctor. His father, Mr Rob Hendry, had phoned the ward at 20:15 to warn us that his son had sounded "like he did before the last time". That message reached me only at 21:40, after he had gone.

What I did
I informed the nurse in charge, completed the AWOL risk assessment (high risk: command hallucinations, recent self-harm), reported him missing to Norfolk Constabulary (missing person ref 36/71254/24) and informed the Responsible Clinician, Dr Brennan. British Transport Police found him at Norwich station at 06:10 the next morning, unhurt. He returned voluntarily.

What I learnt
- Collateral from families is clinical information and must reach the doctor on duty straight away; I now ask for all calls about risk to be written on the handover board.
- The garden door audit had found the maglock faulty a week before; I escalated it through the ward manager and it was repaired on 24/07.
- I spoke with HCA Tamsin, who had been alone in the garden, about how frightening it was for her; we agreed to raise staffing in the debrief.

Discussed in supervision with Dr Niall Brennan on 02/08/2024; reflection verified by him on the same day.
""",
ids=[("NSFT-PSII-2024-0193", "REF"), ("88217", "REF"), ("J.H.", "P"), ("Jonno", "P"), ("Rob Hendry", "R"),
     ("36/71254/24", "REF"), ("Tamsin", "C")],
keep=["Dr Lucía Ferrer", "LFC", "Dr Brennan", "Dr Niall Brennan", "27-year-old man", "section 2", "Catton Ward",
      "21/07/2024"]),

doc("s51-038", "mdt_caseload_notes", APPL, """Central Norwich CMHT - Tues zoning / MDT 14/01/2025 - Dr Ferrer's notes (typed up after)

RED
- DH-W (RiO 4471203) - 7-day f/u post discharge done 13/01 by Sinead. Sleeping poorly, ?increase olanzapine 10 -> 15 mg. Mum phoning daily.
- KM (RiO 3920117) - 44F, EUPD. 3 ED attendances this week (cut L forearm, steri-strips). Shared care with CRHT, Nikhil to call today. Safeguarding: 2 children (Kai & Leah) now with ex-partner - SW aware.
- "Big Tony" - Antonio FERRARO (RiO 2298410) - clozapine 450 mg, ANC 1.6 (amber), repeat FBC Thurs. Lives 12 Magdalen St, flat 4. Brother Luca visits Sundays, says he's not eating.

AMBER
- PP (RiO 5012774) - 61M, bipolar, lithium 0.92 mmol/L, eGFR 54 falling. Needs renal opinion ?switch.
- SQ (RiO 4860391) - 23F, first-episode psychosis, EIP team taking over 01/02.

GREEN
- 9 stable, no change.

Actions
- LFC to review KM Thursday am.
- Rachel (pharmacist) re clozapine clinic slot for Tony.
- Sinead to arrange CPA for DH-W before end of month.
""",
ids=[("DH-W", "P"), ("4471203", "H"), ("Sinead", "C"), ("KM", "P"), ("3920117", "H"), ("Nikhil", "C"),
     ("Kai", "R"), ("Leah", "R"), ("Big Tony", "P"), ("Antonio FERRARO", "P"), ("2298410", "H"),
     ("12 Magdalen St, flat 4", "A"), ("Luca", "R"), ("PP", "P"), ("5012774", "H"), ("SQ", "P"), ("4860391", "H"),
     ("Rachel", "C"), ("Tony", "P")],
keep=["Dr Ferrer", "LFC", "olanzapine 10 -> 15 mg", "clozapine 450 mg", "ANC 1.6", "lithium 0.92 mmol/L",
      "eGFR 54", "44F", "61M", "23F", "EUPD"]),

doc("s51-039", "teaching_feedback", APPL, """Norwich MRCPsych Course - Session evaluation
Session 7: "Psychotropics in pregnancy and breastfeeding"
Tutor: Dr Lucía Ferrer Castell
Date: 06/03/2025, 14:00-16:00, Education Centre, Hellesdon Hospital
Attendees: 14 (CT1-CT3 and 2 GP trainees). Evaluations returned: 13.
Session page: https://nsft.learningpool.com/course/view.php?id=4471

                                       Strongly agree / agree
Objectives were clear                   13/13
Content relevant to exam and practice   13/13
Tutor's delivery                        12/13
Would recommend                         13/13

Comments
- "Very clear on valproate and the MHRA 2024 rules for under-55s."
- "Lucía's case of the lady on lithium at 36 weeks (levels, delivery plan) was memorable."
- "Could have had more on breastfeeding and clozapine."
- "Dr Hughes asked brilliant questions - more discussion time please."
- "Loved the UKTIS and LactMed walkthrough."

Verified: Dr Abimbola Fashola, MRCPsych Course Organiser, 10/03/2025
""",
ids=[("https://nsft.learningpool.com/course/view.php?id=4471", "U"), ("Hughes", "C")],
keep=["Dr Lucía Ferrer Castell", "Lucía", "Dr Abimbola Fashola", "valproate", "MHRA 2024", "lithium", "clozapine",
      "36 weeks", "UKTIS", "LactMed", "Hellesdon Hospital"]),

doc("s51-040", "certificate_translation", APPL, """PARC DE SALUT MAR - HOSPITAL DEL MAR
Passeig de la Barceloneta 118, 08003 Barcelona
Ref.: RRHH/2021/3381

CERTIFICADO

El Dr. Jordi Casals i Vidal, Jefe del Servicio de Psiquiatría del Hospital del Mar,

CERTIFICA:

Que la Dra. Lucía Ferrer Castell ha prestado servicios en este Servicio como Facultativa Especialista de Área en Psiquiatría, con jornada completa, desde el 01/06/2016 hasta el 31/08/2021.

Que durante dicho periodo ha desarrollado su actividad en la Unidad de Agudos (24 camas), en la Unidad de Patología Dual y en guardias de psiquiatría de urgencias (4-5 guardias mensuales de 24 horas), y ha participado en la docencia de los médicos residentes (MIR) de psiquiatría.

Y para que así conste, a petición de la interesada, firmo el presente certificado en Barcelona, a 15 de septiembre de 2021.

Dr. Jordi Casals i Vidal
Correo: psiquiatria.direccio@psmar-example.cat

----------------------------------------------------------------
ENGLISH TRANSLATION (certified)
PARC DE SALUT MAR - HOSPITAL DEL MAR
Passeig de la Barceloneta 118, 08003 Barcelona
Ref.: RRHH/2021/3381

CERTIFICATE
Dr Jordi Casals i Vidal, Head of the Department of Psychiatry, Hospital del Mar, certifies that Dr Lucía Ferrer Castell worked in the department as a consultant psychiatrist (Facultativa Especialista de Área), full time, from 01/06/2016 to 31/08/2021.
During this period she worked in the Acute Unit (24 beds), the Dual Diagnosis Unit and on the psychiatric emergency on-call rota (4-5 24-hour shifts a month), and took part in teaching psychiatry residents.
Issued at her request in Barcelona on 15 September 2021.
Translated by Marta Soler Pons, sworn translator (traductora jurada), who certifies this translation as accurate.
""",
ids=[("Passeig de la Barceloneta 118, 08003 Barcelona", "A"), ("RRHH/2021/3381", "REF"),
     ("psiquiatria.direccio@psmar-example.cat", "E")],
keep=["Dr. Jordi Casals i Vidal", "Dr Jordi Casals i Vidal", "Dra. Lucía Ferrer Castell", "Dr Lucía Ferrer Castell",
      "Marta Soler Pons", "HOSPITAL DEL MAR", "01/06/2016", "31/08/2021", "24 camas"]),

doc("s51-041", "clinic_letter", APPL, """Norfolk and Suffolk NHS Foundation Trust
Central Norwich Community Mental Health Team
Heather Lane, Hellesdon, Norwich NR6 5PQ          Tel 01632 960671

Date of clinic: 12/05/2025          Outpatients, Room 4

Dr Joanna Wyatt-Brook
Thorpe Hamlet Surgery
61 Rosary Close
Norwich NR1 4DW

Dear Dr Wyatt-Brook

Re: Ms Keeley MARSHALL, DOB 09/08/1988, NHS 455 610 8127
5 Ketts Hill Court, Norwich NR1 4EY

Diagnoses
1. Recurrent depressive disorder, current episode moderate (F33.1)
2. ADHD, combined presentation (adult diagnosis 2023)

Medication: vortioxetine 15 mg OD; lisdexamfetamine 50 mg OM (shared care agreement in place).

Ms Marshall came with her partner, Kerry. Her mood has improved since the vortioxetine was increased in March: PHQ-9 14 (was 21), GAD-7 11. She is back at work three days a week. Appetite and sleep are better. She has had no thoughts of self-harm since February and has a safety plan she can describe. BP 118/76, HR 82, weight 64 kg (stable on lisdexamfetamine).

Plan
- Continue current medication; please continue to prescribe under shared care.
- Refer to Wellbeing Norfolk for CBT (step 3).
- Review in this clinic in 3 months.

Yours sincerely

Dr Lucía Ferrer Castell
Specialty Doctor in General Adult Psychiatry

Letter checked and countersigned: Dr Niall Brennan, Consultant Psychiatrist
""",
ids=[("Heather Lane, Hellesdon, Norwich", "A"), ("NR6 5PQ", "PC"), ("01632 960671", "T"),
     ("Joanna Wyatt-Brook", "C"), ("Wyatt-Brook", "C"), ("Thorpe Hamlet Surgery\n61 Rosary Close\nNorwich", "A"),
     ("NR1 4DW", "PC"), ("Keeley MARSHALL", "P"), ("455 610 8127", "N"), ("5 Ketts Hill Court, Norwich", "A"),
     ("NR1 4EY", "PC"), ("Marshall", "P"), ("Kerry", "R")],
keep=["Dr Lucía Ferrer Castell", "Dr Niall Brennan", "09/08/1988", "F33.1", "vortioxetine 15 mg OD",
      "lisdexamfetamine 50 mg OM", "PHQ-9 14", "GAD-7 11", "64 kg", "Wellbeing Norfolk"]),
]
