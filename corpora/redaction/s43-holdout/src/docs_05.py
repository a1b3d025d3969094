from common import D

DOCS = []

# ---------------------------------------------------------------- s43-041
DOCS.append(D(
    "s43-041", "clinic_letter", "Dr Ewa Kaczmarek",
    """Royal Devon University Healthcare NHS Foundation Trust
Rheumatology Department, Wonford, Exeter

Your ref: OP/TRE/0318        Our ref: RH-EK-24-2291
Clinic: Thursday 25th January 2024 (urgent GCA fast-track)

Dr Oliver Penhaligon
Kenn Valley Surgery
(by e-mail: o.penhaligon@nhs.net)

Dear Oliver,

Mrs Philippa ("Pippa") TREWIN - born 3rd Feb '58 - NHS: 943 476 5919
Rose Cottage, 2 Mill Lane, Kenton, Exeter EX6 8LR

Thank you for the same-day referral. Pippa, who teaches Year 4 at Kenbury Vale Primary, has had three weeks of new left temporal headache, scalp tenderness when brushing her hair, jaw claudication after about a minute of chewing, and 4 kg weight loss. No visual symptoms. Her husband Clive noticed she was "not herself".

ESR 88 mm/h, CRP 61 mg/L, platelets 489. Temporal artery ultrasound today: halo sign bilaterally (left IMT 0.9 mm) and compression sign positive; axillary arteries normal. Southend GCA probability score 15 (high). This confirms giant cell arteritis per the BSR 2020 guideline.

Plan
- Prednisolone 60 mg once daily (started by you yesterday), taper per BSR schedule.
- Alendronic acid 70 mg weekly, Adcal-D3 one BD, lansoprazole 30 mg OD.
- Tocilizumab 162 mg SC weekly to be started as a steroid-sparing agent once TB/hepatitis screen is back (NICE TA518).
- She is off work for two weeks; I have given her a fit note.

Best wishes,

Dr Ewa Kaczmarek
Specialty Doctor in Rheumatology
""",
    [("OP/TRE/0318", "REFERENCE_NUMBER"), ("RH-EK-24-2291", "REFERENCE_NUMBER"), ("Oliver Penhaligon", "COLLEAGUE_NAME"),
     ("Oliver", "COLLEAGUE_NAME"), ("Kenn Valley Surgery", "ADDRESS"), ("o.penhaligon@nhs.net", "EMAIL"),
     ("Philippa (\"Pippa\") TREWIN", "PATIENT_NAME"), ("Pippa", "PATIENT_NAME"), ("943 476 5919", "NHS_NUMBER"),
     ("Rose Cottage, 2 Mill Lane, Kenton, Exeter", "ADDRESS"), ("EX6 8LR", "POSTCODE"),
     ("Kenbury Vale Primary", "ADDRESS"), ("Clive", "RELATIVE_NAME")],
    ["Dr Ewa Kaczmarek", "Royal Devon University Healthcare NHS Foundation Trust", "born 3rd Feb '58", "ESR 88 mm/h",
     "CRP 61 mg/L", "halo sign", "IMT 0.9 mm", "Southend GCA probability score 15", "BSR 2020 guideline",
     "Prednisolone 60 mg once daily", "Alendronic acid 70 mg weekly", "Tocilizumab 162 mg SC weekly", "NICE TA518",
     "giant cell arteritis", "Thursday 25th January 2024"],
))

# ---------------------------------------------------------------- s43-042
DOCS.append(D(
    "s43-042", "supervision_record", "Dr Precious Mabaso",
    """Evidence of supervision of doctors in training - Educational Supervisor's end-of-placement report (extract)
Supervisor (applicant): Dr Precious Mabaso, Specialty Doctor in Acute Medicine, Royal Glamorgan Hospital,
Cwm Taf Morgannwg University Health Board. Recognised clinical supervisor (HEIW) since 2022.
Countersigned by: Dr Gareth Llewellyn-Price, Consultant Physician and Foundation Programme Director

Trainee: Dr Kieran O'Hagan, FY2 (GMC 7781204)
Placement: Acute Medicine, 07/08/2023 - 05/12/2023
ePortfolio: https://nhsd.kaizenep.com/timeline/user/8d2f41c7-90b1

Summary: Kieran completed 4 CbDs, 5 Mini-CEX, 2 DOPS (ascitic tap, arterial line) and 1 developing-the-clinical-teacher assessment. TAB (12 raters) highlighted excellent rapport with nursing staff and one comment about leaving jobs undone at handover. I met him on 5 occasions.

Concern raised and resolved: in October a prescribing error (enoxaparin 1.5 mg/kg given at treatment dose to a 38 kg patient with eGFR 22) was reported by ward pharmacist Megan Thorne. No harm. Dr O'Hagan reflected well, completed the e-learning on anticoagulation and I reviewed 20 of his prescriptions the next week with no errors.

Outcome recommended: satisfactory completion of placement. ARCP panel informed; no ongoing concerns.

Dr Precious Mabaso    Date 08/12/2023
""",
    [("Kieran O'Hagan", "COLLEAGUE_NAME"), ("O'Hagan", "COLLEAGUE_NAME"), ("Kieran", "COLLEAGUE_NAME"),
     ("7781204", "GMC_NUMBER"), ("https://nhsd.kaizenep.com/timeline/user/8d2f41c7-90b1", "URL"),
     ("Megan Thorne", "COLLEAGUE_NAME")],
    ["Dr Precious Mabaso", "Dr Gareth Llewellyn-Price", "Royal Glamorgan Hospital", "Cwm Taf Morgannwg University Health Board",
     "HEIW", "FY2", "enoxaparin 1.5 mg/kg", "38 kg", "eGFR 22", "TAB (12 raters)", "08/12/2023"],
))

# ---------------------------------------------------------------- s43-043
DOCS.append(D(
    "s43-043", "acat", "Dr Rhys Gallagher",
    """ACUTE CARE ASSESSMENT TOOL (ACAT)
Doctor: Dr Rhys Gallagher (Specialty Doctor, Acute Internal Medicine)   Assessor: Dr Nina Ostrowska, Consultant in Acute Medicine
Wythenshawe Hospital, Manchester University NHS Foundation Trust - AMU take 20:00 Sat 10/02/2024 to 08:00 Sun 11/02/2024
Number of patients on take: 14 (seen by applicant 9, supervised 5)

Take list reviewed at post-take ward round:
A3   m.p.      78F  community-acquired pneumonia, CURB-65 3 -> co-amoxiclav + clarithromycin IV
A5   Danny F   41M  alcohol withdrawal, Glasgow Modified Alcohol Withdrawal Scale 9 -> chlordiazepoxide, Pabrinex
A7   H. Ozturk 55M  chest pain, hs-troponin 14 -> 13 ng/L, discharged (HEART score 3)
B1   RM3 4471822  92F  fall, long lie 14 h, CK 9,400, AKI stage 2 -> IV fluids, ortho-geriatrics
B2   Mrs Ferguson (Dot) 86F delirium ?cause, 4AT 7, UTI excluded -> CT head
B4   G.S.-W.   33F  DKA (pH 7.19), FRIII, ITU outreach review
C2   "Mr X" (refused to give name, later Callum Boyd) 24M  paracetamol OD 60 tabs staggered -> NAC
... (7 further patients not listed)

Assessor's ratings: Clinical assessment - above expectation; Medical record keeping - meets; Investigations and referrals - meets; Management of critically ill patient - above; Time management - meets; Team working - above; Leadership - above; Handover - meets.
Comments: Rhys ran a heavy take calmly, prioritised the DKA and the overdose correctly, and delegated sensibly to the FY1s. Handover could be more concise - aim for SBAR.
Global: Competent to lead an acute take independently.

Dr Nina Ostrowska     11/02/2024
""",
    [("m.p.", "PATIENT_NAME"), ("Danny F", "PATIENT_NAME"), ("H. Ozturk", "PATIENT_NAME"), ("RM3 4471822", "HOSPITAL_NUMBER"),
     ("Ferguson", "PATIENT_NAME"), ("Dot", "PATIENT_NAME"), ("G.S.-W.", "PATIENT_NAME"), ("Callum Boyd", "PATIENT_NAME")],
    ["Dr Rhys Gallagher", "Rhys", "Dr Nina Ostrowska", "Wythenshawe Hospital", "Manchester University NHS Foundation Trust",
     "CURB-65 3", "Glasgow Modified Alcohol Withdrawal Scale 9", "hs-troponin 14 -> 13 ng/L", "HEART score 3", "92F",
     "CK 9,400", "AKI stage 2", "4AT 7", "pH 7.19", "FRIII", "paracetamol OD 60 tabs", "78F", "A3", "B1"],
))

# ---------------------------------------------------------------- s43-044
DOCS.append(D(
    "s43-044", "claim_correspondence", "Mr Dimitrios Katsaros",
    """Gloucestershire Hospitals NHS Foundation Trust - Legal Services
Cheltenham General Hospital

PRIVATE AND CONFIDENTIAL - LEGALLY PRIVILEGED
To: Mr Dimitrios Katsaros, Specialty Doctor, Trauma & Orthopaedics
From: Karen Wilde, Senior Claims Handler (legal.claims.ghnhsft@nhs.net, ext 4471)
Date: 14 May 2024

NHS Resolution ref: M23CT0412/KM
Claimant's solicitors: Lowther & Kemp LLP - their ref LK/DA/23-771
Claimant: Mrs Denise ASHBURY (DOB 28/08/1969)     Hospital no: GH0284417

Dear Mr Katsaros

Letter of Claim - alleged delay in diagnosis of scaphoid fracture

We have received a Letter of Claim under the Pre-Action Protocol for the Resolution of Clinical Disputes. It is alleged that when Mrs Ashbury attended the Minor Injuries Unit at Tewkesbury Community Hospital on 03/03/2021 after a fall from her horse, the wrist radiographs were reported as normal and she was not referred to the virtual fracture clinic. You reviewed her in fracture clinic on 19/04/2021 when a scaphoid waist non-union was diagnosed on CT; you performed ORIF with a Herbert screw on 06/05/2021.

The allegations relate mainly to the MIU management (ENP Rachel Summers) and the radiology report (Dr Gupta). No criticism of your own care is made. We would nevertheless be grateful for a factual statement of your involvement by 11 June 2024, based on the records (copies enclosed, EPR print 1-64).

Please do not contact the claimant or her husband (Mr Lee Ashbury, who is a serving police officer at Cheltenham) directly.

Karen Wilde
""",
    [("Karen Wilde", "COLLEAGUE_NAME"), ("legal.claims.ghnhsft@nhs.net", "EMAIL"), ("ext 4471", "PHONE"),
     ("M23CT0412/KM", "REFERENCE_NUMBER"), ("LK/DA/23-771", "REFERENCE_NUMBER"), ("Denise ASHBURY", "PATIENT_NAME"),
     ("Ashbury", "PATIENT_NAME"), ("GH0284417", "HOSPITAL_NUMBER"), ("Rachel Summers", "COLLEAGUE_NAME"),
     ("Gupta", "COLLEAGUE_NAME"), ("Lee Ashbury", "RELATIVE_NAME")],
    ["Mr Dimitrios Katsaros", "Mr Katsaros", "Gloucestershire Hospitals NHS Foundation Trust", "Cheltenham General Hospital",
     "DOB 28/08/1969", "Pre-Action Protocol for the Resolution of Clinical Disputes", "Tewkesbury Community Hospital",
     "scaphoid waist non-union", "Herbert screw", "06/05/2021", "EPR print 1-64", "Lowther & Kemp LLP"],
))

# ---------------------------------------------------------------- s43-045
DOCS.append(D(
    "s43-045", "publication", "Dr Lakshmi Venkataraman",
    """Publication (peer-reviewed) - case report
Title: Recurrent hypokalaemic paralysis unmasking thyrotoxicosis in a young man: a reminder for the acute physician
Authors: Lakshmi Venkataraman (corresponding), Robert J. Ainslie
Affiliation: Department of Endocrinology, Queen Elizabeth Hospital Birmingham, University Hospitals Birmingham NHS Foundation Trust
Journal: BMJ Case Reports, 2023 (accepted 2 October 2023). Patient consent for publication obtained on the journal's form.

Abstract
A man in his twenties presented to the emergency department with sudden, symmetrical proximal weakness of all four limbs on waking, after a high-carbohydrate meal the night before. Serum potassium was 1.9 mmol/L with no renal or gastrointestinal losses (urine potassium:creatinine ratio 1.1 mmol/mmol). ECG showed U waves. Free T4 was 48 pmol/L and TSH < 0.01 mU/L; TSH-receptor antibodies were positive, confirming Graves' disease. Weakness resolved within 6 hours of cautious potassium replacement (KCl 10 mmol/h IV), and rebound hyperkalaemia (5.6 mmol/L) was observed. Propranolol 40 mg TDS and carbimazole 20 mg OD prevented further attacks, and he went on to radioiodine (I-131, 15 mCi). Thyrotoxic periodic paralysis is rare in people of European descent and is easily misdiagnosed as Guillain-Barre syndrome or functional weakness.

Learning points
- Check thyroid function in every patient with hypokalaemic paralysis.
- Replace potassium slowly: total body potassium is normal and rebound hyperkalaemia is common.
- Non-selective beta-blockade treats the attack and prevents recurrence.

Applicant's role: first author; clinical care of the patient on the acute medical take; literature review; drafting. Verified by Dr Robert J. Ainslie, Consultant Endocrinologist.
""",
    [],
    ["Lakshmi Venkataraman", "Robert J. Ainslie", "Dr Robert J. Ainslie", "Queen Elizabeth Hospital Birmingham",
     "University Hospitals Birmingham NHS Foundation Trust", "BMJ Case Reports", "1.9 mmol/L", "Free T4 was 48 pmol/L",
     "TSH < 0.01 mU/L", "Graves' disease", "KCl 10 mmol/h IV", "Propranolol 40 mg TDS", "carbimazole 20 mg OD",
     "I-131, 15 mCi", "Guillain-Barre syndrome", "2 October 2023"],
))

# ---------------------------------------------------------------- s43-046
DOCS.append(D(
    "s43-046", "patient_feedback", "Mr Babajide Adeleke",
    """Patient feedback questionnaire - summary of results (GMC-style PSQ)
Doctor: Mr Babajide Adeleke, Specialty Doctor in Otolaryngology (ENT)
Location: ENT outpatients, University Hospital Crosshouse, Kilmarnock - NHS Ayrshire & Arran
Collection: consecutive clinic patients, 8 January - 29 February 2024, distributed by reception staff, returned anonymously in sealed box
Returned: 41 of 50 (82%)
Independent collation: ENT clinic administrator; results reviewed with Mr Fraser Dalgleish, Consultant ENT Surgeon and Clinical Lead

Item (% rating good / very good / excellent)
Being polite and considerate                           100%
Listening to you                                        98%
Giving you enough time                                  93%
Assessing your medical condition                        98%
Explaining your condition and treatment                 95%
Involving you in decisions                              90%
Providing or arranging treatment                        95%
Confidence in the doctor's ability                      98%
Would be completely happy to see this doctor again      93%

Benchmark (national PSQ specialty doctors): 89-95% on each item.

Selected comments (anonymous, transcribed):
"Explained the grommets for my son with a drawing, very helpful."
"Didn't rush me even though the clinic was running late."
"Would have liked a leaflet about the nasal spray (Dymista) - I forgot what he said."
"The wait was 55 minutes past my appointment."

Reflection: I will use the trust's printed patient information leaflets for intranasal steroids and for tympanostomy tubes, and I have raised clinic over-booking at the ENT directorate meeting.
""",
    [],
    ["Mr Babajide Adeleke", "Mr Fraser Dalgleish", "University Hospital Crosshouse", "NHS Ayrshire & Arran",
     "41 of 50 (82%)", "Dymista", "89-95%", "55 minutes"],
))

# ---------------------------------------------------------------- s43-047
DOCS.append(D(
    "s43-047", "handover_sheet", "Dr Mohammed Al-Rashid",
    """ICU HANDOVER - FORTH VALLEY ROYAL HOSPITAL, LARBERT (NHS Forth Valley)      Day -> Night  Tue 20/02/2024
Handing over: Dr M. Al-Rashid (Specialty Doctor, Critical Care)      Consultant overnight: Dr Catherine Imrie

Bed | Name              | (ID)        | Age | Dx / day                           | Resp                      | Plan / jobs
1   | DOCHERTY, James   | 1807596621  | 64M | Urosepsis D3, noradrenaline 0.12    | extubated D2, 2L NC       | step down to HDU am if NA off
2   | McINALLY, Shona   | 0911877740  | 36F | Severe asthma D1, MgSO4 2 g given   | SIMV, PIP 34, PEEP 5      | ABG 2-hourly, ketamine infusion
3   | BRAE, Thomas "Tam"| 2402480034  | 76M | Post-op AAA D5, AKI on CRRT         | trache D1, CPAP 8         | CVVHDF 25 mL/kg/h, citrate
5   | (unnamed) Male    | FVR-UNK-0220| ~50 | OOHCA, ROSC 25 min, TTM 36          | ventilated                | CT brain done; police liaison PC Gail Rennie 07700 900275
6   | KHAN, Ayesha      | 1503010288  | 23F | Post-partum eclampsia, Mg infusion  | self-ventilating          | transfer ref SCCB-4471 (bed bureau) to Simpson's if worsens

Family:
- Bed 3: wife Margaret (Maggie) Brae visiting 19:00, very anxious, asked about prognosis - consultant to speak.
- Bed 5: possibly identified by a neighbour from Stenhousemuir as Gordon; awaiting formal ID.
- Bed 6: husband Faisal, interpreter (Urdu) booked for 10:00.

Outstanding: Bed 2 - call consultant if pH < 7.2 or PIP > 40. Bed 5 - neuro-prognostication at 72 h per ERC/ESICM 2021.
""",
    [("DOCHERTY, James", "PATIENT_NAME"), ("1807596621", "NHS_NUMBER"), ("McINALLY, Shona", "PATIENT_NAME"),
     ("0911877740", "NHS_NUMBER"), ("BRAE, Thomas \"Tam\"", "PATIENT_NAME"), ("2402480034", "NHS_NUMBER"),
     ("FVR-UNK-0220", "HOSPITAL_NUMBER"), ("Gail Rennie", "COLLEAGUE_NAME"), ("07700 900275", "PHONE"),
     ("KHAN, Ayesha", "PATIENT_NAME"), ("1503010288", "NHS_NUMBER"), ("SCCB-4471", "OTHER_ID"),
     ("Margaret (Maggie) Brae", "RELATIVE_NAME"), ("Stenhousemuir", "ADDRESS"), ("Gordon", "PATIENT_NAME"),
     ("Faisal", "RELATIVE_NAME")],
    ["Dr M. Al-Rashid", "Dr Catherine Imrie", "FORTH VALLEY ROYAL HOSPITAL", "NHS Forth Valley", "noradrenaline 0.12",
     "MgSO4 2 g", "PIP 34, PEEP 5", "CVVHDF 25 mL/kg/h", "ROSC 25 min", "TTM 36", "ERC/ESICM 2021", "Simpson's", "64M",
     "76M"],
))

# ---------------------------------------------------------------- s43-048
DOCS.append(D(
    "s43-048", "clinic_letter", "Dr Giulia Romano",
    """North West Anglia NHS Foundation Trust - Peterborough City Hospital
Respiratory / TB Service

Date: 22 April 2024
Our ref: TB/GR/24-061       UKHSA notification ref: EoE-TB-24-00318

To: Dr Sanjay Kothari, Rivergate Health Centre, Wisbech
cc: UKHSA East of England Health Protection Team; TB nurse specialist team

Re: Ms Mihaela POPESCU   DOB 17.05.1991   NHS 651 018 3347   MRN PCH2290517
Address: Room 4, 31 Sandyland Terrace, Wisbech PE13 2RW
NI number: QQ 12 34 56 C   Passport (RO): 055187432
Interpreter: Romanian, Mr Adrian Lungu (agency ID 40771), in person

Diagnosis: Smear-positive pulmonary tuberculosis, fully sensitive on GeneXpert (rifampicin resistance not detected), HIV negative.

Ms Popescu works a night shift at the Fenland Fresh packhouse and shares a house with six co-workers. She has a 3-week cough, night sweats and 5 kg weight loss; CXR shows right upper lobe cavitation. She lives with her partner Ionuț and their son Luca (aged 4), who attends Little Stars Nursery in the town.

Treatment: Rifater 5 tablets daily (weight 54 kg) + ethambutol 800 mg daily for 2 months, then rifampicin/isoniazid for 4 months, with pyridoxine 10 mg. Baseline LFTs and visual acuity (Ishihara) normal. DOT three times weekly via the TB nurse team (NICE NG33).

Contact tracing: household and workplace contacts to be screened - Luca needs IGRA and CXR urgently; the packhouse has been informed by UKHSA with her consent.

Dr Giulia Romano
Specialty Doctor, Respiratory Medicine (TB lead)
""",
    [("TB/GR/24-061", "REFERENCE_NUMBER"), ("EoE-TB-24-00318", "REFERENCE_NUMBER"), ("Sanjay Kothari", "COLLEAGUE_NAME"),
     ("Rivergate Health Centre, Wisbech", "ADDRESS"), ("Mihaela POPESCU", "PATIENT_NAME"), ("Popescu", "PATIENT_NAME"),
     ("651 018 3347", "NHS_NUMBER"), ("PCH2290517", "HOSPITAL_NUMBER"), ("Room 4, 31 Sandyland Terrace, Wisbech", "ADDRESS"),
     ("PE13 2RW", "POSTCODE"), ("QQ 12 34 56 C", "OTHER_ID"), ("055187432", "OTHER_ID"), ("Adrian Lungu", "COLLEAGUE_NAME"),
     ("40771", "OTHER_ID"), ("Fenland Fresh packhouse", "ADDRESS"), ("Ionuț", "RELATIVE_NAME"), ("Luca", "RELATIVE_NAME"),
     ("Little Stars Nursery", "ADDRESS")],
    ["Dr Giulia Romano", "North West Anglia NHS Foundation Trust", "Peterborough City Hospital", "DOB 17.05.1991",
     "GeneXpert", "Rifater 5 tablets daily", "weight 54 kg", "ethambutol 800 mg", "pyridoxine 10 mg", "NICE NG33",
     "IGRA", "aged 4", "22 April 2024"],
))

# ---------------------------------------------------------------- s43-049
DOCS.append(D(
    "s43-049", "reflective_note", "Dr Aoife Carolan",
    """Reflection: when a patient's story is on social media
Dr Aoife Carolan, Specialty Doctor in Emergency Medicine, Royal Victoria Hospital, Belfast (Belfast HSC Trust)
Discussed with: Dr Declan Mulgrew, Consultant in Emergency Medicine / educational supervisor, 30/08/2024

In August I led the trauma team for a 19-year-old motorcyclist after a collision on the A26. He had a GCS of 9, an open tibial fracture, and a splenic injury (AAST grade III), and went to theatre and then ICU. He survived.

Two days later a friend of his posted a fundraising page (https://www.gofundme.com/f/help-liam-ride-again-2024) and the local paper ran a story naming him, with a photograph of the scene (https://www.ballymoneyvoice.co.uk/news/a26-crash-teen-named-liam-mcauley). One of our nurses showed me a TikTok video from his account (@liam.mcauley.mx) filmed from his hospital bed, in which I could be seen in the background.

The next week a relative of another patient asked me "how's the lad off the bike, Liam?" I realised how easily professional boundaries and confidentiality can blur when patients make their own stories public. Even though the information was already in the public domain, I cannot confirm or add to it. I told the relative I could not discuss other patients.

Learning
- GMC guidance on confidentiality (2017) applies regardless of what the patient or family have published.
- I asked the ward manager to remind staff not to appear in patients' videos, and this was added to the ICU visiting information.
- In my portfolio I have removed the links and names from the copy I upload (this version is the draft).
""",
    [("https://www.gofundme.com/f/help-liam-ride-again-2024", "URL"),
     ("https://www.ballymoneyvoice.co.uk/news/a26-crash-teen-named-liam-mcauley", "URL"),
     ("@liam.mcauley.mx", "OTHER_ID"), ("Liam", "PATIENT_NAME")],
    ["Dr Aoife Carolan", "Dr Declan Mulgrew", "Royal Victoria Hospital", "Belfast HSC Trust", "19-year-old",
     "GCS of 9", "AAST grade III", "GMC guidance on confidentiality (2017)", "30/08/2024"],
))

# ---------------------------------------------------------------- s43-050
DOCS.append(D(
    "s43-050", "logbook_extract", "Mr Emeka Nwosu",
    """ENT operative logbook - export (pipe-delimited) - Mr Emeka Nwosu, Specialty Doctor ENT
Craigavon Area Hospital, Southern Health and Social Care Trust.  Verified: Mr Paul Gilmore, Consultant ENT Surgeon, 02/09/2024

date|pt|hc|age|sex|procedure|role|notes
2024-06-03|C.McC|398 220 1174|6|M|Tonsillectomy (coblation) + adenoidectomy|P|OSA, day case
2024-06-03|sophie h|401 552 9980|4|F|Bilateral grommets (Shah)|P|OME, hearing 35 dB
2024-06-10|Ó Néill P|312 667 2041|58|M|Microlaryngoscopy + biopsy|P|SCC glottis T1a -> H&N MDT
2024-06-17|KK|478 301 6652|72|F|Septorhinoplasty|A|Consultant case
2024-06-24|aidan (twin)|449 118 2037|7|M|Adenotonsillectomy|P|post-op bleed D8 -> return to theatre, Datix SHSCT-IR-24-3318
2024-07-01|R.F.|377 046 1189|34|F|FESS (bilateral) + septoplasty|PS|CRSwNP, Lund-Mackay 16
2024-07-08|Mrs M. Toal|365 990 4418|90|F|Tracheostomy (surgical, emergency)|P|stridor, laryngeal ca, ASA 4
2024-07-15|d. o'kane|420 771 3350|45|M|Submandibular gland excision|P|sialolithiasis, marginal mandibular nerve intact

Totals: 8 cases, P 6, PS 1, A 1. Paediatric 3.
""",
    [("C.McC", "PATIENT_NAME"), ("398 220 1174", "NHS_NUMBER"), ("sophie h", "PATIENT_NAME"), ("401 552 9980", "NHS_NUMBER"),
     ("Ó Néill P", "PATIENT_NAME"), ("312 667 2041", "NHS_NUMBER"), ("KK", "PATIENT_NAME"), ("478 301 6652", "NHS_NUMBER"),
     ("aidan", "PATIENT_NAME"), ("449 118 2037", "NHS_NUMBER"), ("SHSCT-IR-24-3318", "REFERENCE_NUMBER"),
     ("R.F.", "PATIENT_NAME"), ("377 046 1189", "NHS_NUMBER"), ("M. Toal", "PATIENT_NAME"), ("365 990 4418", "NHS_NUMBER"),
     ("d. o'kane", "PATIENT_NAME"), ("420 771 3350", "NHS_NUMBER")],
    ["Mr Emeka Nwosu", "Mr Paul Gilmore", "Craigavon Area Hospital", "Southern Health and Social Care Trust",
     "Tonsillectomy (coblation)", "hearing 35 dB", "T1a", "Lund-Mackay 16", "ASA 4", "2024-06-03", "|90|F|"],
))
