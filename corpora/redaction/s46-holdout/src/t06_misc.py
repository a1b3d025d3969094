from common import *

DOCS = []

DOCS.append(D("ho-055", "audit_report", "Dr Tomasz Wróblewski", """
Re-audit: Time to theatre for hip fracture (NHFD KPI 2, <36 hours) - Kingsmere General Hospital
Audit lead: Dr Tomasz Wróblewski (Specialty Doctor)   Supervisor: Mr Graham Aitchison
Clinical audit registration no. KGH-AUD-2023-114      Presented: T&O governance, 26/07/2023

Standard: 100% of patients with hip fracture operated on within 36 hours of presentation (NICE
CG124, BOAST). Cycle 1 (Jan-Mar 2023, n=94): 58%. Intervention: trauma list protected 08:00 start,
"hip fracture first" rule, pre-op echo pathway. Cycle 2 (Apr-Jun 2023, n=101): 79%.

Breaches in cycle 2 (n=21): reasons - awaiting echo (7), anticoagulation (5), theatre capacity (6),
patient unfit (3). Examples reviewed at M&M: patient MRN K0093312 (waited 52 h for echo) and
Mrs E. Fairbrother (K0091177), 41 h due to list overrun.

Data collected by: Dr Tomasz Wróblewski, Dr Kieran Dolan (FY2), and Sophie Nettleton (NHFD
coordinator, sophie.nettleton@kingsmere.nhs.uk).
Conclusion: improvement of 21 percentage points; target not met. Re-audit Jan 2024.
""", [
    ("KGH-AUD-2023-114", REF), ("K0093312", HN), ("E. Fairbrother", PN), ("K0091177", HN), ("Kieran Dolan", CN),
    ("Sophie Nettleton", CN), ("sophie.nettleton@kingsmere.nhs.uk", EM),
], [
    "Dr Tomasz Wróblewski", "Mr Graham Aitchison", "Kingsmere General Hospital", "NICE\nCG124", "BOAST",
    "n=94", "58%", "n=101", "79%", "52 h", "41 h", "26/07/2023",
]))

DOCS.append(D("ho-056", "audit_report", "Dr Sana Tariq Malik", """
QUALITY IMPROVEMENT PROJECT - Sepsis six within 1 hour on AMU (PDSA cycles 1-3)
Queen Adelaide Hospital | Project lead: Dr Sana Tariq Malik | Sponsor: Dr Hilary Okonjo
QI registration: QAH-QI-0342 | Life QI project link: https://qahnhs.lifeqisystem.com/project/18821

Aim: increase IV antibiotics within 1 hour for red-flag sepsis from 48% to 80% by March 2024.
Measures: weekly notes review of 20 consecutive red-flag sepsis patients (NEWS2 >=5 with
suspected infection). Run chart: median shifted from 48% to 83% after PDSA 2 (sepsis trolley and
nurse PGD for first-dose co-amoxiclav 1.2 g IV).
Balancing measure: C. difficile rates unchanged (2 per 1,000 bed days).
Team: Dr Ethan Rowley (FY2), Sister Bernadette Okafor, pharmacist Imran Hafeez.
Case that prompted the project: patient (MRN QAH2298705), 64-year-old man, antibiotics at 3 h 40 min.
Presented at the Trust QI forum, 12/04/2024 (1st prize poster).
""", [
    ("QAH-QI-0342", REF), ("https://qahnhs.lifeqisystem.com/project/18821", URL), ("Ethan Rowley", CN),
    ("Bernadette Okafor", CN), ("Imran Hafeez", CN), ("QAH2298705", HN),
], [
    "Dr Sana Tariq Malik", "Dr Hilary Okonjo", "Queen Adelaide Hospital", "48%", "80%", "83%", "NEWS2 >=5",
    "co-amoxiclav 1.2 g IV", "C. difficile", "64-year-old man", "3 h 40 min", "12/04/2024",
]))

DOCS.append(D("ho-057", "audit_report", "Dr Mohamed Farouk Abdelrahman", """
AUDIT: Post-tonsillectomy haemorrhage rates - Cliffmoor Hospital ENT - 2022 (NTORS standards)
Auditor: Dr Mohamed Farouk Abdelrahman (Specialty Doctor)      Supervisor: Mr Desmond Oyelaran-Price

Sample: 212 tonsillectomies (Jan-Dec 2022), 148 children, 64 adults. Technique: cold steel 61%,
coblation 39%. Secondary haemorrhage: 11/212 (5.2%) - standard <5%; return to theatre 4/212 (1.9%)
- standard <2%. Adults had higher rates (9.4% vs 3.4%).
Returned to theatre: CM 460 2291 (24 F), CM 471 0093 (31 M), CM 455 7710 (9 F), CM 468 3326 (40 M).
Recommendation: standardise post-op analgesia (ibuprofen plus paracetamol, no codeine under 12);
consider bipolar diathermy audit by surgeon (Mr Nikolaos Papadakis and Mr Yusuf Haddad data pending).
Presented to the ENT audit meeting 03/02/2023, audit project number CFM-ENT-23-007.
""", [
    ("CM 460 2291", HN), ("CM 471 0093", HN), ("CM 455 7710", HN), ("CM 468 3326", HN),
    ("Nikolaos Papadakis", CN), ("Yusuf Haddad", CN), ("CFM-ENT-23-007", REF),
], [
    "Dr Mohamed Farouk Abdelrahman", "Mr Desmond Oyelaran-Price", "Cliffmoor Hospital", "11/212 (5.2%)",
    "4/212 (1.9%)", "(24 F)", "(31 M)", "ibuprofen plus paracetamol", "codeine", "NTORS",
]))

DOCS.append(D("ho-058", "teaching_feedback", "Dr Haider Al-Jubouri", """
Teaching feedback summary - "Airway emergencies for the ward doctor" simulation session
Facilitator: Dr Haider Al-Jubouri, Brookvale University Hospital Simulation Centre, 08/11/2023
Co-facilitator: Dr Imogen Carlisle-Hurst (Consultant Anaesthetist), who verifies this summary.
Participants: 12 (FY1 x8, FY2 x4). Forms returned: 11.

Rating (1-5): Relevance 4.9 | Delivery 4.8 | Would recommend 100%
Comments:
"Best sim I've done - Dr Al-Jubouri made the tracheostomy algorithm (NTSP) finally make sense."
"Haider was so patient when I froze in the scenario." - Dr Lydia Chambers-Ogunleye (FY1)
"Would like more on waveform capnography." - anonymous
"Could we use the real case of the patient from Ward 8 (Mr T.) as a scenario?" - facilitator
declined; scenarios are fictional.
Contact for the sim centre: sim.centre@brookvale.nhs.uk, ext 4920.
""", [
    ("Lydia Chambers-Ogunleye", CN), ("Mr T.", PN), ("sim.centre@brookvale.nhs.uk", EM), ("4920", PH),
], [
    "Dr Haider Al-Jubouri", "Dr Al-Jubouri", "Haider", "Brookvale University Hospital", "Dr Imogen Carlisle-Hurst",
    "NTSP", "Relevance 4.9", "Ward 8", "08/11/2023",
]))

DOCS.append(D("ho-059", "teaching_feedback", "Dr Maria Cristina Dela Peña", """
Feedback - Paediatric Basic Life Support for parents (community session)
Delivered by: Dr Maria Cristina Dela Peña ("Dr Tina"), Harrowgate Royal Infirmary, 18/03/2024
Venue: Sure Start Children's Centre, 2 Greenhow Road, Harrowgate HG12 5PA
Attendance: 14 parents. Organiser: Kelly-Anne Marsden (children's centre manager), 01632 960990

"Dr Tina was brilliant, I know what to do if my son chokes now" - parent (Danielle, mum of Reggie)
"Good pace. More time on the mannequins please."
"My baby has a heart condition (she is under Dr Okwuosa at the Leeds clinic) and I feel more
confident" - parent
Supervisor verification: Dr Rhiannon Vaughan-Lloyd, Consultant Paediatrician.
""", [
    ("2 Greenhow Road, Harrowgate", AD), ("HG12 5PA", PC), ("Kelly-Anne Marsden", CN), ("01632 960990", PH),
    ("Danielle", RN), ("Reggie", PN), ("Okwuosa", CN),
], [
    "Dr Maria Cristina Dela Peña", '"Dr Tina"', "Dr Tina", "Harrowgate Royal Infirmary",
    "Dr Rhiannon Vaughan-Lloyd", "18/03/2024", "Paediatric Basic Life Support",
]))

DOCS.append(D("ho-060", "reflective_note", "Dr Ioana Mihăilescu", """
Reflective note - Gibbs cycle - Dr Ioana Mihăilescu (GMC 7369021) - 22/03/2024
Title: A patient I had known for a year was detained under section 2

Description: On 18/03/2024 I was called by the AMHP (Mr Rhys Pengelly) to assess Ms K.L., a 33-
year-old woman on our caseload, at her flat on Harbour Street. Her partner Ross had called 999.
With Dr Sunita Bhardwaj (section 12 approved, from the crisis team) I recommended detention under
section 2 of the Mental Health Act 1983. She was admitted to Birch Ward, Eastley Hospital.

Feelings: sadness; guilt that I had increased her sertraline two weeks earlier and wondered if
I had missed an emerging mixed state.
Evaluation: the decision was necessary; the risk (ligature found) was high. I contacted her sister,
Mrs Tessa Louden-Price, at Kit's request.
Analysis: I reviewed NICE NG222 and discussed with my supervisor, Dr Peter Ssali.
Action plan: screen for bipolarity (MDQ) before escalating antidepressants; attend AMHP liaison meeting.
""", [
    ("Rhys Pengelly", CN), ("K.L.", PN), ("Harbour Street", AD), ("Ross", RN), ("Sunita Bhardwaj", CN),
    ("Tessa Louden-Price", RN), ("Kit", PN),
], [
    "Dr Ioana Mihăilescu", "7369021", "33-\nyear-old woman", "section 2 of the Mental Health Act 1983",
    "Birch Ward, Eastley Hospital", "sertraline", "NICE NG222", "Dr Peter Ssali", "Gibbs cycle", "MDQ",
]))

DOCS.append(D("ho-061", "reflective_note", "Dr Amal Osman Elkhidir", """
Reflection on a paediatric death in the ED - Dr Amal Osman Elkhidir (EM)
Date of event: 09/12/2023   Written: 20/12/2023

What happened: A 7-month-old boy (Noah, ED23-133207) was brought in by ambulance in cardiac arrest
(CAD 091223-0412) after being found unresponsive in his cot. I led the resuscitation for 45
minutes with the paediatric registrar (Dr Leah Farquharson). Despite APLS protocol, IO access,
adrenaline 10 micrograms/kg x 9 doses, there was no ROSC. SUDIC protocol started; police (DS
Morag Cowie) attended. I broke the news to his parents, Jade and Connor, with the nurse Ailsa.

What I learned: the value of a structured debrief (TILS) - we held one at 07:30 facilitated by Dr
Cattanach. I noticed that I avoided thinking about it for a week; I used the Trust TRiM service.
I have since taught the SUDIC checklist to the ED registrars.

Discussed with and verified by: Dr Neil Cattanach, Consultant EM, Educational Supervisor.
""", [
    ("Noah", PN), ("ED23-133207", HN), ("091223-0412", REF), ("Leah Farquharson", CN), ("Morag Cowie", CN),
    ("Jade", RN), ("Connor", RN), ("Ailsa", CN),
], [
    "Dr Amal Osman Elkhidir", "7-month-old boy", "APLS", "adrenaline 10 micrograms/kg x 9 doses", "SUDIC",
    "Dr\nCattanach", "Dr Neil Cattanach", "45\nminutes", "09/12/2023",
]))

DOCS.append(D("ho-062", "reflective_note", "Dr Eleanor Whitcombe", """
Reflective practice log - Dr Eleanor Whitcombe (Dermatology) - appraisal 2023/24

Case: A 2WW referral (Mr N. Hargreaves, 77 M, RV0290018) whose BCC I biopsied in March. The
histology result was filed by a locum (Dr Benedict Ashcombe-Reyes) without action. The patient
contacted us in July via his son-in-law (Mr Ian Poulter, 07700 900281) asking about results.

What I did: apologised, expedited Mohs surgery (Dr Ruth Penhallow's list), raised incident
W-RDG-23-3390. Lessons: results acknowledged in EPR by the requesting clinician only; I now run a
weekly "unactioned histology" report. Also discussed at the departmental M&M on 14/09/2023.
Reviewed with appraiser Dr Ruth Penhallow (Consultant), who verifies this reflection.
""", [
    ("N. Hargreaves", PN), ("RV0290018", HN), ("Benedict Ashcombe-Reyes", CN), ("Ian Poulter", RN),
    ("07700 900281", PH), ("W-RDG-23-3390", REF),
], [
    "Dr Eleanor Whitcombe", "77 M", "BCC", "Mohs surgery", "Dr Ruth Penhallow", "14/09/2023",
]))

DOCS.append(D("ho-063", "reflective_note", "Dr Sanjay Raghunathan", """
Case history with reflection (for portfolio pathway, Cardiology SSG: case-based evidence)
Author: Dr Sanjay Raghunathan, Westgate University Hospital

"Mr BO" - a 75-year-old man (name withheld; hospital no. WUH-0802218) had a periprocedural stroke
after radial PCI. The subsequent complaint by his wife (Mrs O.) made me reflect on how I
communicate risk. I had consented him using the Montgomery principles, quoting a 1 in 1,000
stroke risk, but I did not document that his daughter-in-law interpreted part of the consent.
Learning: use a professional interpreter (LanguageLine, ID noted) and record the exact figures.
I also reflected on how Dr F.A. spoke to the family; I raised it supportively with him and
with Dr Eamonn Kielty, my supervisor, who has reviewed this reflection.
""", [
    ('"Mr BO"', PN), ("BO", PN), ("WUH-0802218", HN), ("Mrs O.", RN), ("F.A.", CN),
], [
    "Dr Sanjay Raghunathan", "Westgate University Hospital", "75-year-old man", "Montgomery principles",
    "1 in 1,000", "Dr Eamonn Kielty", "LanguageLine",
]))

DOCS.append(D("ho-064", "testimonial", "Dr Chiamaka Nwosu-Eze", """
Ashbourne Vale Hospital NHS Trust - Department of Obstetrics and Gynaecology
Rowan Wing, Hollins Road, Ashbourne Vale AV4 2QQ | 01632 960600

To the General Medical Council - Portfolio Pathway (CESR) Team        15 January 2024

Re: Dr Chiamaka Nwosu-Eze (GMC 7490318) - structured testimonial

I have been the clinical supervisor of Dr Nwosu-Eze since August 2021. She works on the middle-
grade rota (1 in 8), is independent in operative vaginal delivery including rotational forceps,
and leads the obstetric haemorrhage drills. I observed her manage a massive obstetric haemorrhage
in August 2023 exemplary. She has taught our FY2s and midwives, and I have no concerns about her
probity or health.

Miss Hannah Liddington MD FRCOG, Consultant Obstetrician and Gynaecologist
GMC 4498212 | hannah.liddington@avhospital.nhs.uk | Mobile 07700 900184
""", [
    ("Rowan Wing, Hollins Road, Ashbourne Vale", AD), ("AV4 2QQ", PC), ("01632 960600", PH), ("4498212", GMC),
    ("hannah.liddington@avhospital.nhs.uk", EM), ("07700 900184", PH),
], [
    "Dr Chiamaka Nwosu-Eze", "Dr Nwosu-Eze", "7490318", "Miss Hannah Liddington", "Ashbourne Vale Hospital",
    "1 in 8",
]))

DOCS.append(D("ho-065", "testimonial", "Dr Kwabena Asante-Mireku", """
Letter confirming experience
Larchfield Hospital, Department of Medicine for Older People
Gorse Road, Penmorrow PM2 9XL

3 March 2023

To whom it may concern,

I confirm that Dr Kwabena Asante-Mireku (GMC 7555063) has worked as a Specialty Doctor in
Geriatric Medicine at Larchfield Hospital since 01/02/2020. He covers Ward 31 (28 beds), the
falls and syncope clinic (weekly) and the orthogeriatric liaison service, and he participates
in the general medical on-call rota (1 in 10, including acute take). He supervises our FY1s,
including Dr Olivia Prentice and Dr Jack Hennessy, and has led the delirium pathway audit.

Yours faithfully,

Dr Fiona Blackwood-Ince FRCP, Consultant Geriatrician and Clinical Lead
GMC 4322765   Secretary: Mrs Janet Kerslake, 01632 960310
""", [
    ("Gorse Road, Penmorrow", AD), ("PM2 9XL", PC), ("Olivia Prentice", CN), ("Jack Hennessy", CN),
    ("4322765", GMC), ("Janet Kerslake", CN), ("01632 960310", PH),
], [
    "Dr Kwabena Asante-Mireku", "7555063", "Larchfield Hospital", "Ward 31 (28 beds)", "1 in 10",
    "Dr Fiona Blackwood-Ince", "01/02/2020",
]))

DOCS.append(D("ho-066", "testimonial", "Dr Mohamed Farouk Abdelrahman", """
Reference - Ain Shams Road Specialised Hospital (English, on hospital letterhead)
Date: 15/02/2021       Ref. no.: ASH/HR/2021/0557

This is to certify that Dr Mohamed Farouk Abdelrahman worked as Assistant Lecturer of
Otorhinolaryngology in our department from 01/10/2016 to 31/12/2020, performing more than 300
endoscopic sinus procedures, 150 tonsillectomies and 40 parotidectomies under supervision.

Prof. Hesham Abdel-Wahab, Professor and Head of Otorhinolaryngology
Egyptian Medical Syndicate no. 118392
Email: h.abdelwahab@ashroad-hospital.eg   Tel: +20 122 555 0419
""", [
    ("ASH/HR/2021/0557", REF), ("118392", GMC), ("h.abdelwahab@ashroad-hospital.eg", EM), ("+20 122 555 0419", PH),
], [
    "Dr Mohamed Farouk Abdelrahman", "Prof. Hesham Abdel-Wahab", "Ain Shams Road Specialised Hospital",
    "01/10/2016 to 31/12/2020", "300", "40 parotidectomies",
]))

DOCS.append(D("ho-067", "email", "Dr Ravindra Kulasekara", """
From: Kulasekara Ravindra (NORTHMOOR GENERAL HOSPITAL NHS FOUNDATION TRUST) <ravindra.kulasekara@nhs.net>
Sent: 17 October 2023 22:41
To: Hale-Whitby Jonathan <jonathan.hale-whitby@nhs.net>
Cc: Ramaswamy Priya <priya.ramaswamy@northmoor.nhs.uk>; Surgical Rota <surg.rota@northmoor.nhs.uk>
Subject: RE: Tonight's take - Mrs Bexley-Hill in bed 12

Jonathan,

Update on the lady from this afternoon (Mrs Kathleen Bexley-Hill, 80, N0526610): CT shows
closed-loop SBO from an incarcerated left femoral hernia. Lactate 3.4. I have consented her for
open repair +/- bowel resection; niece (Carol, 07700 900343) aware and agrees with full escalation
apart from CPR (ReSPECT done). Anaesthetic reg Dr Mikkel Sorensen is happy; theatre at 23:30.
NELA 12.1%. I will call you from theatre if resection is needed.

Ravi
Dr Ravindra Kulasekara | Specialty Doctor General Surgery | Bleep 2740

> From: Hale-Whitby Jonathan  Sent: 17 October 2023 19:02
> Happy for you to proceed; ring me if any concern. JHW
""", [
    ("ravindra.kulasekara@nhs.net", EM), ("jonathan.hale-whitby@nhs.net", EM),
    ("priya.ramaswamy@northmoor.nhs.uk", EM), ("surg.rota@northmoor.nhs.uk", EM),
    ("Bexley-Hill", PN), ("Kathleen Bexley-Hill", PN), ("N0526610", HN), ("Carol", RN), ("07700 900343", PH),
    ("Mikkel Sorensen", CN), ("2740", PH),
], [
    "Kulasekara Ravindra", "Dr Ravindra Kulasekara", "Ravi", "Hale-Whitby Jonathan", "Jonathan", "JHW",
    "Ramaswamy Priya", "bed 12", "Lactate 3.4", "ReSPECT", "NELA 12.1%", "23:30",
]))

DOCS.append(D("ho-068", "email", "Dr Sana Tariq Malik", """
From: Okonjo, Hilary <hilary.okonjo@qah.nhs.uk>
To: Malik, Sana <sana.malik4@nhs.net>
Date: 02/02/2024 09:17
Subject: Thank you - AMU last night

Dear Sana,

I wanted to say thank you for your management of the young man in AMU bay 3 last night (Mr
Jamal Fofanah, QAH2305561, with the meningococcal septicaemia). Your early ceftriaxone and call
to ICU (Dr Orla Brannigan) made the difference - he is now extubated. His mother, Mrs Isatu
Fofanah, asked me to pass on her thanks.

Please add this to your portfolio as evidence; I am happy to verify it.

Best wishes
Hilary

Dr Hilary Okonjo | Consultant Respiratory & Acute Physician | Queen Adelaide Hospital
Tel 01632 960155 | https://www.qah.nhs.uk/respiratory
""", [
    ("hilary.okonjo@qah.nhs.uk", EM), ("sana.malik4@nhs.net", EM), ("Jamal Fofanah", PN), ("Fofanah", PN),
    ("QAH2305561", HN), ("Orla Brannigan", CN), ("Isatu\nFofanah", RN), ("01632 960155", PH),
    ("https://www.qah.nhs.uk/respiratory", URL),
], [
    "Okonjo, Hilary", "Malik, Sana", "Sana", "Hilary", "Dr Hilary Okonjo", "Queen Adelaide Hospital",
    "AMU bay 3", "ceftriaxone", "02/02/2024 09:17",
]))

DOCS.append(D("ho-069", "email", "Dr Tomasz Wróblewski", """
Subject: Fwd: clinic letter query - Mr P. Nowak
From: tomasz.wroblewski@nhs.net
To: portfolio-evidence@personalmail.example (my own account, for upload)
Date: 5 Apr 2024

---------- Forwarded message ---------
From: Medical Secretaries T&O <kgh.ortho.secs@nhs.net>
Date: Thu, 4 Apr 2024 at 16:02
Subject: clinic letter query - Mr P. Nowak
To: Dr Tomasz Wróblewski

Hi Tomasz, the GP (Dr Harriet Lomax, Abbey Lane Surgery) rang about Mr Piotr Nowak (K0102288,
DOB 09/09/1966), 12 Rowan Court, Kingsmere KM2 5AB - she wants to know whether he can return to
driving after the ankle ORIF (Weber C, syndesmotic screw) you did on 01/03/2024. The letter
said 6 weeks non-weight-bearing. Could you dictate an addendum? His wife (Mrs Anna Nowak) is
ringing daily on 07700 900078. Many thanks, Debbie (Ext 4411)
""", [
    ("tomasz.wroblewski@nhs.net", EM), ("portfolio-evidence@personalmail.example", EM), ("P. Nowak", PN),
    ("kgh.ortho.secs@nhs.net", EM), ("Harriet Lomax", CN), ("Abbey Lane Surgery", AD), ("Piotr Nowak", PN),
    ("K0102288", HN), ("12 Rowan Court, Kingsmere", AD), ("KM2 5AB", PC), ("Anna Nowak", RN),
    ("07700 900078", PH), ("Debbie", CN), ("4411", PH),
], [
    "Dr Tomasz Wróblewski", "Tomasz", "DOB 09/09/1966", "Weber C", "syndesmotic screw", "01/03/2024",
    "6 weeks non-weight-bearing",
]))

DOCS.append(D("ho-070", "email", "Dr Kwabena Asante-Mireku", """
From: Kwabena Asante-Mireku
To: Fiona Blackwood-Ince
Subject: MDT outcomes - falls clinic 06/09/2022 (please verify for my portfolio)

Fiona - summary of today's falls MDT for your sign-off:
1. HP (00419983) - 87M - MoCA 17, orthostatic drop 28 mmHg -> stop doxazosin, memory clinic f/u.
2. MrsGN (00410099) - 79F - syncope, 24h tape: 2nd-degree Mobitz II -> cardiology (Dr S. Chatterjee).
3. Mr Albert Eccleshall, 92M (00425118) - recurrent falls, FRAX high -> zoledronic acid 5 mg IV.
   Lives with daughter, Mrs Gillian Reece, at 5 Marsh Cottages, Penmorrow PM4 1EJ; OT home visit.
4. "Queenie" (Mrs Q. Adomako, 00426634) - 84F - falls + vitamin D 18 nmol/L -> colecalciferol
   loading 300,000 units over 6-10 weeks.
Kwabena

Reply: "Agreed and verified. Fiona" (Dr Fiona Blackwood-Ince, 07/09/2022)
""", [
    ("HP", PN), ("00419983", HN), ("MrsGN", PN), ("00410099", HN), ("S. Chatterjee", CN),
    ("Albert Eccleshall", PN), ("00425118", HN), ("Gillian Reece", RN), ("5 Marsh Cottages, Penmorrow", AD),
    ("PM4 1EJ", PC), ('"Queenie"', PN), ("Queenie", PN), ("Q. Adomako", PN), ("00426634", HN),
], [
    "Kwabena Asante-Mireku", "Kwabena", "Fiona Blackwood-Ince", "Fiona", "Dr Fiona Blackwood-Ince", "87M",
    "MoCA 17", "Mobitz II", "92M", "zoledronic acid 5 mg IV", "84F", "vitamin D 18 nmol/L",
    "300,000 units", "06/09/2022",
]))
