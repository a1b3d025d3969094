from common import *

DOCS = []

DOCS.append(D("ho-045", "eportfolio_cbd", "Dr Ravindra Kulasekara", """
ISCP - Case Based Discussion (CBD)                               Export generated 20/10/2023 11:02
Trainee: Dr Ravindra Kulasekara | GMC: 7312846 | Portfolio pathway applicant (non-training)
Assessor: Ms Priya Ramaswamy | Consultant General Surgeon | GMC: 4471093
Assessor email: priya.ramaswamy@northmoor.nhs.uk
Hospital: Northmoor General Hospital | Date of assessment: 18/10/2023

Clinical setting: Emergency surgical take. Focus: management of adhesional small bowel obstruction.
Case: 80-year-old woman (initials K.B., hospital no. N0526610), incarcerated femoral hernia,
presented day 3 of vomiting, lactate 3.4 mmol/L, CT: closed-loop SBO. Trainee described
decision-making around NELA risk (12.1%), consent including risk of bowel resection, and
discussion of ceiling of care with her niece (Mrs Carol Bexley).

Domains (1 = below expectation, 4 = above):
Medical record keeping 4 | Clinical assessment 4 | Investigation and referrals 3 | Treatment 4 |
Follow-up and future planning 3 | Professionalism 4
Global: Level 4 - competent to CCT level for this case.
Feedback: Excellent grasp of the Gastrointestinal Obstruction guidance; could involve
the orthogeriatric team (Dr Anjali Sethuraman) earlier.
Agreed action: attend Frailty in Emergency Surgery study day.
Assessor signature: Ms P Ramaswamy (electronically signed 20/10/2023)
""", [
    ("4471093", GMC), ("priya.ramaswamy@northmoor.nhs.uk", EM), ("K.B.", PN), ("N0526610", HN),
    ("Carol Bexley", RN), ("Anjali Sethuraman", CN),
], [
    "Dr Ravindra Kulasekara", "7312846", "Ms Priya Ramaswamy", "Ms P Ramaswamy", "Northmoor General Hospital",
    "80-year-old woman", "lactate 3.4 mmol/L", "NELA risk (12.1%)", "Level 4", "18/10/2023",
]))

DOCS.append(D("ho-046", "eportfolio_minicex", "Dr Sana Tariq Malik", """
Royal College of Physicians - ePortfolio (Kaizen) - Mini-Clinical Evaluation Exercise
Event ID: 6b1f2e0a-77c3-4d51-9a1d-0c55e2f318aa   (portfolio pathway, self-initiated)

Doctor: Dr Sana Tariq Malik    GMC 7290634    Grade: Clinical Fellow, Acute Medicine
Assessor: Dr Hilary Okonjo    Position: Consultant    GMC no. 5039981    Queen Adelaide Hospital
Date: 23/02/2024   Setting: AMU   Complexity: High

Case summary: 33-year-old man (patient "J.F.", MRN QAH2306118) with headache, fever and
photophobia; D-dimer irrelevant; Dr Malik performed focused neuro exam, identified a petechial
rash, gave ceftriaxone 2 g IV within 10 minutes, and explained LP to the patient and his
partner Ben. NEWS2 6, lactate 4.1.

Assessor's comments: Clear, calm, prioritised sepsis bundle appropriately and escalated to ICU
outreach (Sister Gemma Hartigan) early. Could summarise more succinctly at handover.
Entrustment: 4 - "I would trust this doctor to manage this independently."
Linked to CiP 1 (managing an acute unselected take) and CiP 3.
""", [
    ("6b1f2e0a-77c3-4d51-9a1d-0c55e2f318aa", REF), ("5039981", GMC), ('"J.F."', PN), ("J.F.", PN),
    ("QAH2306118", HN), ("Ben", RN), ("Gemma Hartigan", CN),
], [
    "Dr Sana Tariq Malik", "Dr Malik", "7290634", "Dr Hilary Okonjo", "Queen Adelaide Hospital",
    "33-year-old man", "ceftriaxone 2 g IV", "NEWS2 6", "lactate 4.1", "CiP 1", "23/02/2024",
]))

DOCS.append(D("ho-047", "eportfolio_dops", "Dr Haider Al-Jubouri", """
RCoA Lifelong Learning Platform - DOPS (Direct Observation of Procedural Skills)
Trainee: Dr Haider Al-Jubouri (GMC 7203569), Brookvale University Hospital
Assessor: Dr Imogen Carlisle-Hurst, Consultant Anaesthetist, GMC 4120577
Procedure: Thoracic epidural (T8-9) for open AAA repair       Date: 14/06/2023
Patient: 72 M, hospital number B1226019, ASA 3, BMI 29, on clopidogrel stopped 7 days (checked)

Observed: WHO check, consent incl. 1:20,000 risk of epidural haematoma; aseptic technique;
loss of resistance to saline at 6 cm, catheter 5 cm in space; test dose 3 ml 2% lidocaine;
block T6-T11 to cold with 0.25% levobupivacaine 8 ml.
Global rating: performed independently, supervision not required.
Development: document the catheter-at-skin mark more clearly. ODP present: Marcus Fenwick.
Assessor e-signature 14/06/2023 (imogen.carlisle-hurst@nhs.net)
""", [
    ("4120577", GMC), ("B1226019", HN), ("Marcus Fenwick", CN), ("imogen.carlisle-hurst@nhs.net", EM),
], [
    "Dr Haider Al-Jubouri", "7203569", "Dr Imogen Carlisle-Hurst", "Brookvale University Hospital", "72 M",
    "ASA 3", "1:20,000", "2% lidocaine", "0.25% levobupivacaine 8 ml", "T6-T11", "14/06/2023",
]))

DOCS.append(D("ho-048", "eportfolio_msf", "Dr Ioana Mihăilescu", """
Multi-Source Feedback (360°) - summary report                Generated: 30/05/2024
Doctor: Dr Ioana Mihăilescu   GMC 7369021   Specialty Doctor, Adult Psychiatry, Fernhill CMHT
Responsible officer / supervisor: Dr Peter Ssali (Consultant Psychiatrist)
Responses: 14 (consultants 3, doctors in training 2, nurses/CPNs 5, admin 2, OT/psychology 2)

Scores (mean /5): Clinical knowledge 4.7 | Communication 4.9 | Teamwork 4.8 | Probity 5.0
Selected free-text comments (verbatim):
 - "Dr Mihailescu is calm in a crisis. When Mr D.H. (Derek) threatened staff in depot clinic she
   de-escalated it beautifully." (nurse)
 - "Ioana taught the FY1s, including me, about the Mental Health Act - really clear." (FY1, Dr
   Hamza Iqbal)
 - "Sometimes stays late writing letters; please delegate more." (admin)
 - "Excellent with families - the Louden family still talk about her." (CPN)
Raters were invited by the doctor; identities of raters are not shown to the doctor except where
they have signed their comment. Report verified by Dr Peter Ssali.
""", [
    ("D.H.", PN), ("Derek", PN), ("Hamza Iqbal", CN), ("Louden", PN),
], [
    "Dr Ioana Mihăilescu", "Dr Mihailescu", "Ioana", "7369021", "Dr Peter Ssali", "Fernhill CMHT",
    "Mental Health Act", "Probity 5.0", "Multi-Source Feedback (360°)",
]))

DOCS.append(D("ho-049", "eportfolio_esr", "Dr Tomasz Wróblewski", """
EDUCATIONAL SUPERVISOR'S REPORT (structured report for portfolio pathway application)
Doctor: Dr Tomasz Wróblewski   GMC: 7422890   Post: Specialty Doctor T&O, Kingsmere General Hospital
Educational supervisor: Mr Graham Aitchison FRCS (Tr & Orth), GMC 3380112
Contact: graham.aitchison@kingsmere.nhs.uk, 01632 960444 (secretary)
Period: 01/09/2022 - 31/08/2023

Logbook: 412 cases (hip hemiarthroplasty 38, DHS 27, IM nail femur 22, ankle ORIF 41, TKA as
first assistant 55). WBAs: 12 CBD, 9 PBA (level 4 for DHS and hemiarthroplasty), 6 CEX.
MSF: 15 raters, no concerns. Audit: NHFD 36-hour time-to-theatre re-audit (closed loop).
Teaching: FRCS viva course faculty. Complaints: one (handled appropriately, reflection seen).
Incidents: one (delayed CT, reported by Dr Wróblewski himself).

Concerns: none. I recommend that Dr Wróblewski's evidence supports the CiPs in trauma.
Signed: Mr Graham Aitchison, 15/09/2023
Sections completed by the doctor; the following patient was cited in his reflection and has been
removed from this report at source: [patient name removed]. Trainee he supervised: Dr Kieran Dolan.
""", [
    ("3380112", GMC), ("graham.aitchison@kingsmere.nhs.uk", EM), ("01632 960444", PH), ("Kieran Dolan", CN),
], [
    "Dr Tomasz Wróblewski", "Dr Wróblewski", "7422890", "Mr Graham Aitchison", "Kingsmere General Hospital",
    "412 cases", "NHFD", "36-hour", "level 4", "[patient name removed]",
]))

DOCS.append(D("ho-050", "eportfolio_acat", "Dr Amal Osman Elkhidir", """
RCEM - ESLE / ACAT(EM) assessment, shift 11/01/2024 20:00-08:00, St Columba's Hospital ED
Doctor: Dr Amal Osman Elkhidir (GMC 7654201)
Assessor: Dr Neil Cattanach, Consultant EM (GMC 6011548), Educational Supervisor

Cases reviewed during shift (identifiers as written by the doctor in the form):
1. Mr A.P., 58, STEMI - cath lab activation door-to-call 11 min.
2. "Baby Mia" (ED24-002210), 11 months, first febrile convulsion; parents reassured.
3. Mrs Ogilvie, 84, #NOF, fascia iliaca block.
4. 17 F, overdose (sertraline 1.4 g); CAMHS referral; safeguarding ref SG-24-0031 raised.
5. 41 M (ED24-002241), anaphylaxis to peanuts - adrenaline 0.5 mg IM x2.
Leadership: ran the department 02:00-06:00 (6 patients in corridor), OPEL 3; good escalation to
site manager (Angus Rennie). Nurse in charge: Charge Nurse Ewan Sloan.
Overall: meets expectations for a senior decision maker (ST4+ equivalent).
""", [
    ("6011548", GMC), ("A.P.", PN), ('"Baby Mia"', PN), ("Mia", PN), ("ED24-002210", HN), ("Ogilvie", PN),
    ("SG-24-0031", REF), ("ED24-002241", HN), ("Angus Rennie", CN), ("Ewan Sloan", CN),
], [
    "Dr Amal Osman Elkhidir", "7654201", "Dr Neil Cattanach", "St Columba's Hospital", "11 months", "84",
    "sertraline 1.4 g", "adrenaline 0.5 mg IM x2", "OPEL 3", "11/01/2024 20:00-08:00",
]))

DOCS.append(D("ho-051", "eportfolio_teaching_obs", "Dr Chiamaka Nwosu-Eze", """
RCOG ePortfolio - Teaching Observation (TO2)
Trainee/Doctor: Dr Chiamaka Nwosu-Eze   GMC 7490318   Ashbourne Vale Hospital
Observer: Miss Hannah Liddington, Consultant Obstetrician   GMC 4498212
Session: PROMPT-style skills drill - shoulder dystocia    Date: 12/10/2023   Learners: 9

Learners: midwives (5), FY2s (2), GP trainees (2), including Dr Sophie Akintola (FY2) and
student midwife Rachel Bloor.
Observer comments: Clear objectives; demonstrated McRoberts, suprapubic pressure, then
internal manoeuvres (Rubin II, Woods' screw) and posterior arm using the PROMPT mannequin. Used a
real anonymised case (HELPERR mnemonic not used - deliberately, per RCOG Green-top Guideline
No. 42). Debrief was excellent. Action: collect written feedback forms next time.
Session feedback (Google form) link: https://forms.gle/avh-shoulder-dystocia-1023
""", [
    ("4498212", GMC), ("Sophie Akintola", CN), ("Rachel Bloor", CN), ("https://forms.gle/avh-shoulder-dystocia-1023", URL),
], [
    "Dr Chiamaka Nwosu-Eze", "7490318", "Miss Hannah Liddington", "Ashbourne Vale Hospital", "McRoberts",
    "Rubin II", "Woods' screw", "RCOG Green-top Guideline\nNo. 42", "12/10/2023",
]))

DOCS.append(D("ho-052", "eportfolio_cbd", "Dr Mohamed Farouk Abdelrahman", """
CBD - Case-based Discussion (ENT)   ISCP export page 1 of 1
Trainee: Dr Mohamed Farouk Abdelrahman | GMC 7045512 | Cliffmoor Hospital
Assessor: Mr Desmond Oyelaran-Price | Consultant ENT Surgeon | GMC 4011872
Date of event: 06/03/2023

Case: post-tonsillectomy haemorrhage, 24-year-old woman (Miss Shannon Pyke, hospital no.
CM 460 2291) day 6, Hb 102 g/L, returned to theatre for arrest of haemorrhage under GA.
Discussion: Trainee's management of the airway risk with the anaesthetist (Dr Caitlin Morrow),
use of tranexamic acid 1 g IV and hydrogen peroxide gargles; consented for return to theatre;
NTORS audit standards for secondary haemorrhage rate (<5%).
Assessor judgement: Level 4 (competent at level expected at completion of training).
Further learning: present the NTORS data at the regional meeting.
Signed electronically: Mr D. Oyelaran-Price
""", [
    ("4011872", GMC), ("Shannon Pyke", PN), ("CM 460 2291", HN), ("Caitlin Morrow", CN),
], [
    "Dr Mohamed Farouk Abdelrahman", "7045512", "Mr Desmond Oyelaran-Price", "Mr D. Oyelaran-Price",
    "Cliffmoor Hospital", "24-year-old woman", "Hb 102 g/L", "tranexamic acid 1 g IV", "NTORS", "Level 4",
]))

DOCS.append(D("ho-053", "eportfolio_minicex", "Dr Kwabena Asante-Mireku", """
Mini-CEX - Geriatric Medicine (JRCPTB ePortfolio export)
Doctor: Dr Kwabena Asante-Mireku   GMC 7555063   Larchfield Hospital
Assessor: Dr Fiona Blackwood-Ince   Consultant Geriatrician   GMC 4322765
Date: 07/04/2022   Location: Ward 31

Patient: 88-year-old man (Mr D.O., MRN 00392661) with C. difficile colitis and delirium.
Focus: capacity assessment and communication with family (daughter Funmi by phone, 07700 900615).
The doctor assessed capacity for the decision to decline a nasogastric tube, using the MCA 2005
two-stage test, documented on the capacity form, and used teach-back with the patient.
Performance: above expectations in communication; satisfactory in clinical judgement.
Recommended reading: BGS guidance on delirium; 4AT. Assessor comments verified electronically.
""", [
    ("4322765", GMC), ("D.O.", PN), ("00392661", HN), ("Funmi", RN), ("07700 900615", PH),
], [
    "Dr Kwabena Asante-Mireku", "7555063", "Dr Fiona Blackwood-Ince", "Larchfield Hospital",
    "88-year-old man", "C. difficile", "MCA 2005", "4AT", "Ward 31", "07/04/2022",
]))

DOCS.append(D("ho-054", "eportfolio_assessed_trainee", "Dr Eleanor Whitcombe", """
Supervision record - DOPS completed BY Dr Eleanor Whitcombe (as assessor) for a trainee
(included as evidence of teaching and supervision)
Assessor: Dr Eleanor Whitcombe, Associate Specialist Dermatology (GMC 6098813), Ravensby DGH
Trainee assessed: Dr Olamide Fashola, ST3 Dermatology, GMC 7711420
Trainee email: olamide.fashola@nhs.net
Procedure: elliptical excision of a 9 mm lesion, left upper back, 3:1 ellipse, 1% lidocaine with
adrenaline 4 ml, 4-0 Monocryl deep, 5-0 Ethilon interrupted. Patient: 44 M, RV0420731.
Outcome: Dr Fashola was competent; counselling about scar and histology was clear.
Development: orientation of the ellipse along relaxed skin tension lines (Langer's lines).
Countersigned as accurate: Dr Ruth Penhallow, Consultant Dermatologist
""", [
    ("Olamide Fashola", CN), ("Fashola", CN), ("7711420", GMC), ("olamide.fashola@nhs.net", EM),
    ("RV0420731", HN),
], [
    "Dr Eleanor Whitcombe", "6098813", "Ravensby DGH", "9 mm", "1% lidocaine with\nadrenaline 4 ml",
    "4-0 Monocryl", "5-0 Ethilon", "44 M", "Langer's lines", "Dr Ruth Penhallow",
]))
