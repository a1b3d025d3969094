# Dr Hannah Lindqvist - Anaesthetics - Ninewells Hospital, Dundee (NHS Tayside); earlier Royal Adelaide Hospital
from common import doc

APPL = "Dr Hannah Lindqvist"

DOCS = [
doc("s51-050", "preop_assessment", APPL, """NHS TAYSIDE - PRE-OPERATIVE ASSESSMENT - ANAESTHETIC REVIEW
Ninewells Hospital, Pre-assessment Clinic, Room 3          Date: 06/08/2025

Name: James Robert McTAGGART          CHI: 1204572291          DOB: 12/04/1957          Sex: M
Address: 17 Baxter Park Terrace, Dundee DD4 6EN          Home tel: 01632 960775
Planned procedure: elective open infrarenal AAA repair (6.1 cm) - Mr Fergus Brodie, vascular surgery

History
IHD - PCI to LAD 2019, no angina now. COPD - FEV1 1.6 L (58% predicted), no admissions. T2DM - HbA1c 61 mmol/mol on metformin and gliclazide. CKD 3a (eGFR 51). OSA on CPAP (AHI 34), compliant. Ex-smoker, 45 pack-years. Drinks 20 units/week.
Medication: aspirin 75 mg, clopidogrel 75 mg, atorvastatin 80 mg, bisoprolol 2.5 mg, ramipril 5 mg, metformin 1 g BD, gliclazide 80 mg BD, tiotropium/olodaterol inhaler.

Examination
BMI 31. BP 142/84, HR 62, SpO2 95% in air. Airway: Mallampati 3, thyromental distance 5.5 cm, full beard, good mouth opening, neck extension normal. No previous anaesthetic problems.

Investigations
CPET 28/07/2025: anaerobic threshold 10.2 ml/kg/min, peak VO2 14.8 ml/kg/min, VE/VCO2 at AT 36. Echo: LVEF 50%, no significant valve disease. Hb 138 g/L, creatinine 121 micromol/L.

Assessment: ASA 3. Clinical Frailty Scale 3. High risk (predicted 30-day mortality about 4%).

Plan
- Discussed at the high-risk anaesthesia MDT (Dr Cattanach): proceed with open repair; thoracic epidural plus GA; arterial and central lines; cell salvage; critical care bed booked.
- Stop clopidogrel 7 days before surgery; continue aspirin. Omit ramipril and metformin on the day; gliclazide per perioperative diabetes guideline.
- Bring CPAP machine to hospital.
- Mr McTaggart lives with his wife, Morag; their daughter (Fiona) will bring him in.

Dr Hannah Lindqvist, Specialty Doctor in Anaesthesia
Verified copy: Dr Murdo Cattanach, Consultant Anaesthetist, 11/08/2025
""",
ids=[("James Robert McTAGGART", "P"), ("1204572291", "N"), ("17 Baxter Park Terrace, Dundee", "A"),
     ("DD4 6EN", "PC"), ("01632 960775", "T"), ("Fergus Brodie", "C"), ("McTaggart", "P"), ("Morag", "R"),
     ("Fiona", "R")],
keep=["Dr Hannah Lindqvist", "Dr Cattanach", "Dr Murdo Cattanach", "12/04/1957", "Mallampati 3", "ASA 3",
      "Clinical Frailty Scale 3", "anaerobic threshold 10.2 ml/kg/min", "clopidogrel 75 mg", "FEV1 1.6 L",
      "HbA1c 61 mmol/mol", "Ninewells Hospital", "6.1 cm"]),

doc("s51-051", "logbook_extract", APPL, """RCoA Lifelong Learning Platform - Logbook summary (export)
Anaesthetist: Dr Hannah Lindqvist (GMC 7805527)
Period: 01/09/2024 - 28/02/2025          Sites: Ninewells Hospital; Perth Royal Infirmary

Cases by specialty                       Total   Solo/supervised-distant
Obstetrics                                 88     71   (CS under neuraxial 61, GA 4; labour epidurals 19; other 4)
Vascular                                   22     9
General surgery (incl. emergency lap)      57     44
Orthopaedics/trauma                        41     38
Paediatrics (1-16 y)                       19     6
ICU transfers                              7      7
Total                                      234    175

Selected cases with complications (my free-text notes)
- 14/10/2024  CHI 0311896604 (F, 34 y) - Cat 1 CS under GA, grade 3 view on direct laryngoscopy, bougie then McGrath videolaryngoscope, intubated 2nd attempt. SpO2 nadir 88%. Debriefed; reported to the airway lead.
- 02/12/2024  CHI 2107408817 ("Mr D.A.") - ruptured AAA, massive transfusion (12 RBC, 8 FFP, 2 pools cryo), ROTEM-guided. Survived to ICU discharge.
- 29/01/2025  Perth - "Wee Shona" (4 y, as the theatre team called her) - laryngospasm at extubation after tonsillectomy; propofol 1 mg/kg and CPAP, resolved, no desaturation below 85%.

Signed off: Dr Murdo Cattanach, College Tutor, Ninewells Hospital, 07/03/2025
""",
ids=[("0311896604", "N"), ("2107408817", "N"), ("D.A.", "P"), ("Wee Shona", "P")],
keep=["Dr Hannah Lindqvist", "7805527", "Dr Murdo Cattanach", "McGrath videolaryngoscope", "propofol 1 mg/kg",
      "Perth Royal Infirmary", "ROTEM", "SpO2 nadir 88%", "F, 34 y"]),

doc("s51-052", "incident_report_abroad", APPL, """SA Health - Safety Learning System (SLS) - Incident notification (printed copy)
Central Adelaide Local Health Network - Royal Adelaide Hospital
SLS ID: 1883271          Incident date/time: 17/03/2020 02:40
Location: Operating Theatres, OR 11 (after-hours emergency list)
Incident type: Medication - wrong drug administered          SAC rating: 3

Patient: GIANNOPOULOS, Christos          UR no.: 4431876          DOB: 09/09/1971          Sex: M
Medicare no.: 2951 44710 3
Address: Unit 5, 22 Wattle Grove Parade, Prospect SA 5082
Next of kin: Voula Giannopoulos (wife), mobile 0491 570 110

Reporter: Dr Hannah Lindqvist, Anaesthetic Registrar          Contact: theatre desk (08) 5550 3127

Description
Emergency laparotomy for small bowel obstruction. At induction I gave 2 ml from a syringe I believed to be fentanyl 100 micrograms; it was metaraminol 0.5 mg/ml (1 mg) drawn up earlier for the previous case and left unlabelled on the top of the anaesthetic cart. BP rose to 210/110 with HR 48 for about 3 minutes and settled without treatment. No ECG changes; troponin at 6 h normal. No lasting harm.

People involved: anaesthetic nurse Bec Thorley; consultant on call Dr Warrick Dunstan (attended 02:55).

Immediate actions: case continued; patient monitored in HDU overnight. Open disclosure to Christos and his wife on 17/03/2020 at 11:00 by Dr Dunstan and me.
Contributing factors: unlabelled syringe; no tray separation between cases; fatigue (hour 15 of shift).
Manager review: Kylie Partridge, Nurse Unit Manager, Operating Theatres.

Verified for portfolio (2024): Dr Mei-Ling Cho, Director of Anaesthesia Training, Royal Adelaide Hospital
""",
ids=[("1883271", "REF"), ("GIANNOPOULOS, Christos", "P"), ("4431876", "H"), ("2951 44710 3", "O"),
     ("Unit 5, 22 Wattle Grove Parade, Prospect SA 5082", "A"), ("Voula Giannopoulos", "R"), ("0491 570 110", "T"),
     ("(08) 5550 3127", "T"), ("Bec Thorley", "C"), ("Warrick Dunstan", "C"), ("Christos", "P"), ("Dunstan", "C"),
     ("Kylie Partridge", "C")],
keep=["Dr Hannah Lindqvist", "Dr Mei-Ling Cho", "09/09/1971", "fentanyl 100 micrograms", "metaraminol 0.5 mg/ml",
      "SAC rating: 3", "OR 11", "Royal Adelaide Hospital", "210/110"]),

doc("s51-053", "wpba_acex_export", APPL, """RCoA Lifelong Learning Platform - Anaesthesia Clinical Evaluation Exercise (A-CEX)
Event ref: LLP-558102
Trainee: Hannah Lindqvist
Assessor: Dr Ailsa Drummond, Consultant Anaesthetist, Ninewells Hospital (GMC 5528810)
Date: 21/11/2024          Case category: emergency general surgery, out of hours

Case
Emergency laparotomy for perforated sigmoid diverticulitis in a 79-year-old woman. ASA 4E, NELA predicted mortality 18.6%, lactate 4.1. Arterial line before induction. Modified RSI with ketamine 1 mg/kg, fentanyl 1 microgram/kg and rocuronium 1.2 mg/kg; videolaryngoscope first attempt. Noradrenaline 0.08 micrograms/kg/min via central line. Post-op to ICU, ventilated.

Assessor feedback
Excellent preparation: you led a clear WHO sign-in and a pre-induction briefing, and involved the ODP (Craig Muir) in planning for a failed intubation. Good judgement in choosing ketamine in a shocked patient. Discussion of post-op destination with the family was honest and kind.
For development: communicate the fluid and pressor plan to the ICU team in writing at handover.
Outcome: meets the standard expected for Stage 3; entrustment level 4.

Signed: Dr Ailsa Drummond, 22/11/2024
""",
ids=[("LLP-558102", "REF"), ("5528810", "G"), ("Craig Muir", "C")],
keep=["Hannah Lindqvist", "Dr Ailsa Drummond", "79-year-old woman", "NELA predicted mortality 18.6%",
      "ketamine 1 mg/kg", "rocuronium 1.2 mg/kg", "Noradrenaline 0.08 micrograms/kg/min", "ASA 4E",
      "entrustment level 4", "Ninewells Hospital"]),

doc("s51-054", "mm_minutes", APPL, """Department of Anaesthesia, Ninewells Hospital
Monthly Morbidity & Mortality / Airway meeting - minutes
Date: 05/03/2025, 13:00, Lecture Theatre 2
Chair: Dr Murdo Cattanach          Attendance: 31 (register held by the department secretary, Lorraine Gow)

Case A - "can't intubate, can oxygenate" (presented by Dr H. Lindqvist)
52M, BMI 44, emergency ENT (peritonsillar abscess with trismus). Awake fibreoptic intubation planned but abandoned after local anaesthetic toxicity concern (lidocaine total 6 mg/kg). Converted to gas induction in theatre with ENT scrubbed for front-of-neck access. Patient details were on the draft slides (CHI 2508726634) - removed before presentation.
Discussion: Dr Callum Birse (ST5) asked why awake tracheostomy was not first choice. Consensus: DAS 2015 guideline and the 2019 DAS awake tracheal intubation guideline both support the plan; front-of-neck kit was open. ODP Nikki Soutar noted the videolaryngoscope battery was low - equipment check to be added.
Learning: calculate the maximum lidocaine dose before starting (9 mg/kg lean body weight for topical use).

Case B - perioperative anaphylaxis (presented by Dr Rana Al-Khatib, ST7)
Teicoplanin suspected; tryptase 28 micrograms/L at 1 h. Referred to the allergy clinic (Dr Lyall). NAP6 recommendations reviewed.

Actions
1. Videolaryngoscope battery check on the daily theatre checklist - Nikki Soutar - April.
2. Lidocaine calculator card for awake intubation trolley - Dr H. Lindqvist - March.

Minutes approved: Dr Murdo Cattanach, 12/03/2025
""",
ids=[("Lorraine Gow", "C"), ("2508726634", "N"), ("Callum Birse", "C"), ("Nikki Soutar", "C"),
     ("Rana Al-Khatib", "C"), ("Lyall", "C")],
keep=["Dr Murdo Cattanach", "Dr H. Lindqvist", "DAS 2015", "BMI 44", "lidocaine total 6 mg/kg", "NAP6",
      "tryptase 28 micrograms/L", "Teicoplanin", "Lecture Theatre 2", "52M"]),

doc("s51-055", "qi_report", APPL, """QUALITY IMPROVEMENT PROJECT - Reducing post-operative nausea and vomiting (PONV) after laparoscopic gynaecology day surgery
Ninewells Day Surgery Unit          Tayside QI Hub ref: TQI-2024-0581
Lead: Dr Hannah Lindqvist          Team: Dr Euan Baird (CT2), Sister Morven Kidd (DSU), Gillian Rennie (pharmacist)
Sponsor: Dr Murdo Cattanach

Problem: PONV in recovery 31% (n = 84, Apr-May 2024); unplanned overnight admissions due to PONV 6.2%.
Aim: halve PONV in recovery within 6 months.

Changes
PDSA 1 - Apfel score printed on the anaesthetic chart.
PDSA 2 - Default prophylaxis for Apfel 2 or more: dexamethasone 6.6 mg at induction plus ondansetron 4 mg at the end; add a third agent (droperidol 0.625 mg) for Apfel 4.
PDSA 3 - TIVA (propofol TCI) encouraged for Apfel 3-4; anaesthetist feedback cards.

Results (Oct-Nov 2024, n = 91): PONV in recovery 14%; unplanned admissions for PONV 2.1%. Compliance with prophylaxis bundle 87%.
Patient story (shared with consent): "Mrs T.", who had been admitted overnight with vomiting after her previous two operations, went home at 16:30 this time and wrote to the unit to say so.

Next: spread to the general surgery day-case list; present at SAS Conference Scotland.
Verified: Dr Murdo Cattanach, 15/01/2025
""",
ids=[("TQI-2024-0581", "REF"), ("Euan Baird", "C"), ("Morven Kidd", "C"), ("Gillian Rennie", "C"), ("Mrs T.", "P")],
keep=["Dr Hannah Lindqvist", "Dr Murdo Cattanach", "Apfel score", "dexamethasone 6.6 mg", "ondansetron 4 mg",
      "droperidol 0.625 mg", "propofol TCI", "PONV in recovery 31%"]),

doc("s51-056", "teaching_feedback", APPL, """Airway workshop for FY2 and ACCS trainees - feedback summary (online form export)
Date: 18/06/2025          Venue: Clinical Skills Centre, Ninewells Hospital
Faculty: Dr Hannah Lindqvist (lead), Dr Euan Baird, ODP Craig Muir
Form link: https://forms.gle/8Hq2vTtLw3rNf9aA7
Responses: 16 of 18

Overall rating: 4.8 / 5          Would recommend: 16/16

"What will you do differently?" (selected)
- "Use the 'stop and think' after two failed attempts and call for help."
- "Hannah's demo of the Vortex approach was fab - finally makes sense."
- "Check suction before every RSI, as Dr Lindqvist said."
- "I'm going to practise scalpel-bougie-tube on the model every month - Iona R"
- "More time on the i-gel please."

Verified: Dr Ailsa Drummond, Consultant Anaesthetist and simulation lead, 20/06/2025
""",
ids=[("Euan Baird", "C"), ("Craig Muir", "C"), ("https://forms.gle/8Hq2vTtLw3rNf9aA7", "U"), ("Iona R", "C")],
keep=["Dr Hannah Lindqvist", "Hannah", "Dr Lindqvist", "Dr Ailsa Drummond", "Vortex approach", "i-gel",
      "Ninewells Hospital"]),

doc("s51-057", "preop_letter_to_gp", APPL, """Department of Anaesthesia, Ninewells Hospital
Ninewells Avenue, Dundee DD1 9XA
Our ref: HL/POA/1109          CHI: 1806651183

Dr Gregor Haldane
Hilltown Medical Practice
41 Ann Street
Dundee DD3 7EX

11/09/2025

Dear Dr Haldane

Re: Mrs Agnes DOIG, DOB 18/06/1965, 7/2 Peddie Street, Dundee DD1 5LS

I saw Mrs Doig in the pre-assessment clinic today before her planned total laparoscopic hysterectomy. Her blood pressure was 176/102 on three readings (home readings similar, she tells me), and her HbA1c is 74 mmol/mol. We have postponed her surgery, which she accepted.

I would be grateful if you could optimise her blood pressure to below 160/100 (she is currently on amlodipine 5 mg only) and review her diabetes treatment. Her STOP-BANG score is 6 and her partner reports witnessed apnoeas, so I have referred her to the sleep service directly.

Once her BP is controlled, the gynaecology team will re-list her; she will need only a short pre-assessment review.

Yours sincerely

Dr Hannah Lindqvist
Specialty Doctor in Anaesthesia
""",
ids=[("Ninewells Avenue, Dundee", "A"), ("DD1 9XA", "PC"), ("HL/POA/1109", "REF"), ("1806651183", "N"),
     ("Gregor Haldane", "C"), ("Haldane", "C"), ("Hilltown Medical Practice\n41 Ann Street\nDundee", "A"),
     ("DD3 7EX", "PC"), ("Agnes DOIG", "P"), ("7/2 Peddie Street, Dundee", "A"), ("DD1 5LS", "PC"), ("Doig", "P")],
keep=["Dr Hannah Lindqvist", "18/06/1965", "176/102", "HbA1c is 74 mmol/mol", "amlodipine 5 mg", "STOP-BANG score is 6",
      "Ninewells Hospital"]),
]
