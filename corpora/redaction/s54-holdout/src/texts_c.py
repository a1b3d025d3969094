# Applicants 5 (cardiothoracic surgery, trained in Mexico) and 6 (child and adolescent psychiatry, trained in Greece,
# works in Northern Ireland - Health and Care numbers).
from common import *

A5 = "Dr Alejandro Villaseñor Ruiz"
A6 = "Dr Eleni Papadopoulou"

DOCS = []

DOCS.append(D("x-029", "operation_note_foreign_spanish", A5, """INSTITUTO NACIONAL DE CARDIOLOGÍA IGNACIO CHÁVEZ
Servicio de Cirugía Cardiotorácica - Ciudad de México
NOTA POSTOPERATORIA

Paciente: Sr. José Luis Barragán Treviño        Edad: 64 años        Sexo: masculino
Expediente: 22-118745        CURP: BATJ590312HDFRRS09
Domicilio: Calle Fresno 218, Col. Santa María la Ribera, Cuauhtémoc, C.P. 06400, CDMX
Familiar responsable: Sra. Guadalupe Ortiz de Barragán (esposa), tel. +52 55 5555 0187
Fecha: 17/08/2021
Diagnóstico: Estenosis aórtica severa (AVA 0.7 cm2, gradiente medio 52 mmHg), FEVI 55%.
Cirugía: Reemplazo valvular aórtico (AVR) con prótesis biológica Carpentier-Edwards Perimount 23 mm.
Cirujano: Dr. Alejandro Villaseñor Ruiz (Residente de 5.º año)   Ayudante: Dr. Emilio Saucedo
Perfusión: Lic. Marisol Peña      Tiempo de bomba 94 min, pinzamiento aórtico 71 min.
Evolución: Extubado a las 6 h. Sin complicaciones.
Supervisó: Dr. Rodrigo Alcántara Méndez, Jefe del Servicio

---------------- CERTIFIED ENGLISH TRANSLATION ----------------
IGNACIO CHÁVEZ NATIONAL INSTITUTE OF CARDIOLOGY
Cardiothoracic Surgery Service - Mexico City
POSTOPERATIVE NOTE

Patient: Mr José Luis Barragán Treviño        Age: 64 years        Sex: male
Record no.: 22-118745        CURP (national ID): BATJ590312HDFRRS09
Address: Calle Fresno 218, Col. Santa María la Ribera, Cuauhtémoc, C.P. 06400, CDMX
Responsible relative: Mrs Guadalupe Ortiz de Barragán (wife), tel. +52 55 5555 0187
Date: 17/08/2021
Diagnosis: Severe aortic stenosis (AVA 0.7 cm2, mean gradient 52 mmHg), LVEF 55%.
Operation: Aortic valve replacement (AVR) with Carpentier-Edwards Perimount 23 mm bioprosthesis.
Surgeon: Dr Alejandro Villaseñor Ruiz (5th-year resident)   Assistant: Dr Emilio Saucedo
Perfusion: Marisol Peña      Bypass time 94 min, cross-clamp 71 min.
Progress: Extubated at 6 h. No complications.
Supervised by: Dr Rodrigo Alcántara Méndez, Head of Service

Certified translation from Spanish: Lucía Fernández Gil, perito traductor, registry no. PT-CDMX-0442, 30/01/2024.
""", [("José Luis Barragán Treviño", P), ("22-118745", HN), ("BATJ590312HDFRRS09", OID),
      ("Calle Fresno 218, Col. Santa María la Ribera, Cuauhtémoc, C.P. 06400, CDMX", ADDR),
      ("Guadalupe Ortiz de Barragán", R), ("+52 55 5555 0187", PH), ("Emilio Saucedo", C), ("Marisol Peña", C),
      ("PT-CDMX-0442", REF)],
 ["INSTITUTO NACIONAL DE CARDIOLOGÍA IGNACIO CHÁVEZ", "IGNACIO CHÁVEZ NATIONAL INSTITUTE OF CARDIOLOGY",
  "Dr. Alejandro Villaseñor Ruiz", "Dr Alejandro Villaseñor Ruiz", "Dr. Rodrigo Alcántara Méndez",
  "Dr Rodrigo Alcántara Méndez", "masculino", "Sex: male", "64 años", "AVR", "Carpentier-Edwards Perimount 23 mm",
  "AVA 0.7 cm2", "FEVI 55%", "LVEF 55%", "cross-clamp 71 min", "17/08/2021", "Lucía Fernández Gil"]))

DOCS.append(D("x-030", "operation_note", A5, """Royal Brompton and Harefield hospitals (Guy's and St Thomas' NHS Foundation Trust)
HAREFIELD HOSPITAL - CARDIAC SURGERY OPERATION RECORD

Name: Mr Terence OKAFOR-BLAKE     Hosp no: H0447120     NHS: 402 998 1735     DOB: 05/12/1960     Sex: Male
Date: 19/02/2024      Theatre 4      Priority: Urgent (in-house)     EuroSCORE II: 2.1%

Operating surgeon: Dr A. Villaseñor Ruiz (Senior Clinical Fellow)
Consultant: Mr O. Stanbridge (unscrubbed, in theatre for distal anastomoses)
First assistant: Mr Hamza Siddiq (ST3)      Anaesthetist: Dr Ilse Vermeulen      Perfusionist: Craig Mounsey

Procedure: CABG x3 on cardiopulmonary bypass
Grafts: LIMA -> LAD; SVG -> OM1; SVG -> PDA
Conduits: LIMA skeletonised; long saphenous vein from right leg (endoscopic harvest by SCP Nadia).
Bypass 88 min, cross-clamp 61 min. Cardioplegia: cold blood, antegrade + retrograde.
TTFM: LIMA-LAD 38 mL/min PI 1.9; SVG-OM1 45 mL/min PI 2.4; SVG-PDA 29 mL/min PI 2.8.
Weaned on noradrenaline 0.05 mcg/kg/min. Two mediastinal drains, one L pleural. Pacing wires x2.
Sternum closed with 7 stainless steel wires.

Post-op: ICU. Aspirin 75 mg from 6 h if drains <100 mL/h; clopidogrel 75 mg from day 1 (ACS).
Atorvastatin 80 mg. Bisoprolol 1.25 mg when off inotropes. POAF prophylaxis as per unit protocol.

A. Villaseñor Ruiz (GMC 7450987)     19/02/2024 14:55
""", [("Terence OKAFOR-BLAKE", P), ("H0447120", HN), ("402 998 1735", NHS), ("Hamza Siddiq", C),
      ("Ilse Vermeulen", C), ("Craig Mounsey", C), ("Nadia", C)],
 ["Royal Brompton and Harefield hospitals", "Guy's and St Thomas' NHS Foundation Trust", "HAREFIELD HOSPITAL",
  "DOB: 05/12/1960", "Sex: Male", "EuroSCORE II: 2.1%", "Dr A. Villaseñor Ruiz", "A. Villaseñor Ruiz",
  "GMC 7450987", "Mr O. Stanbridge", "CABG x3", "LIMA -> LAD", "TTFM", "noradrenaline 0.05 mcg/kg/min",
  "Aspirin 75 mg", "clopidogrel 75 mg", "Atorvastatin 80 mg", "Bisoprolol 1.25 mg", "Theatre 4", "19/02/2024"]))

DOCS.append(D("x-031", "logbook_table", A5, """CONSOLIDATED SURGICAL LOGBOOK (SCTS NACSA-style export) - Dr Alejandro Villaseñor Ruiz - Harefield Hospital
Period 01/09/2023 - 31/03/2024       Verified by: Mr Oliver Stanbridge, Consultant Cardiac Surgeon
Role codes: P = performed, PS = performed supervised (trainer scrubbed), A = assisted, T = taught

#   date        pt id       init  age/sex  procedure                         role  logES2  outcome
118 04/09/2023  H0398811    RD    71 M     AVR (tissue 25 mm)                P     1.9     home D6
119 07/09/2023  H0401276    GHW   58 M     CABG x4 (BIMA)                    PS    1.2     home D5
120 15/09/2023  H0387309    N.A.  66 F     MVr (P2 resection, 34 ring)       A     2.6     home D7
121 22/09/2023  H0412250    KB    49 M     Bentall (mech 27, On-X)           PS    3.4     home D8
122 03/10/2023  H0415532    JdS   77 F     AVR + CABG x1                     P     4.8     ICU 4 days, home D12
123 10/10/2023  H0409961    PL    63 M     CABG x3 off-pump                  T     1.6     home D5
124 19/02/2024  H0447120    TOB   63 M     CABG x3                           P     2.1     home D6
125 26/02/2024  H0451108    "Dot" 82 F     TAVI conversion, emergency AVR    A     11.2    died D2 (M&M 07/03)

Totals this period: P 31  PS 22  A 40  T 9    In-hospital mortality (P/PS cases): 0/53
Certified: O. Stanbridge  04/04/2024
""", [("H0398811", HN), ("RD", P), ("H0401276", HN), ("GHW", P), ("H0387309", HN), ("N.A.", P), ("H0412250", HN),
      ("KB", P), ("H0415532", HN), ("JdS", P), ("H0409961", HN), ("PL", P), ("H0447120", HN), ("TOB", P),
      ("H0451108", HN), ("Dot", P)],
 ["Dr Alejandro Villaseñor Ruiz", "Mr Oliver Stanbridge", "O. Stanbridge", "Harefield Hospital", "AVR (tissue 25 mm)",
  "CABG x4 (BIMA)", "Bentall", "On-X", "TAVI", "logES2", "71 M", "82 F", "0/53", "04/04/2024"]))

DOCS.append(D("x-032", "coroner_statement", A5, """STATEMENT FOR HM CORONER - West London (Coroner's ref: WL/2024/00318)
In the matter of: Mrs Dorothy Ann FAIRBROTHER (deceased), born 14/01/1942, died 28/02/2024
Hospital no: H0451108        NHS no: 466 021 9930

Statement of: Dr Alejandro Villaseñor Ruiz, MD, Senior Clinical Fellow in Cardiothoracic Surgery,
Harefield Hospital. GMC 7450987.

1. I make this statement from my own recollection and the clinical records. I was the second
   surgeon at the operation on 26/02/2024. The consultant in charge was Mr Oliver Stanbridge.
2. Mrs Fairbrother (known as "Dot" to the nursing staff) was undergoing transcatheter aortic valve
   implantation (TAVI) under the care of Dr Marcus Heathfield (interventional cardiologist) when
   the valve embolised into the left ventricle. Dr Heathfield and the anaesthetist, Dr Yuki Tanabe,
   called the surgical team at 10:42.
3. I arrived at 10:46. Emergency sternotomy, cardiopulmonary bypass via the right femoral vessels,
   removal of the embolised valve, and surgical AVR (23 mm tissue valve) were performed by Mr
   Stanbridge with me assisting. The operation ended at 14:10.
4. Mrs Fairbrother was transferred to ICU on high-dose vasopressors and ECMO was discussed with her
   daughter, Mrs Helen Caddick, who was present from 16:00. She died at 03:20 on 28/02/2024.
5. I spoke to Mrs Caddick with the ICU consultant, Dr Femi Adewale, on 27/02/2024. She asked that her
   brother, Mr Stephen Fairbrother (in Australia), be called; I telephoned him on 07700 900 283.

I believe the facts stated in this statement are true.
Signed: A. Villaseñor Ruiz       Date: 22/04/2024
Contact for the coroner's officer (Ms Jo Winterton): via Harefield legal services, 01632 960 001 is NOT
to be used - please use 020 7946 0219.
""", [("WL/2024/00318", REF), ("Dorothy Ann FAIRBROTHER", P), ("H0451108", HN), ("466 021 9930", NHS),
      ("Fairbrother", P), ("Dot", P), ("Marcus Heathfield", C), ("Heathfield", C), ("Yuki Tanabe", C),
      ("Helen Caddick", R), ("Caddick", R), ("Femi Adewale", C), ("Stephen Fairbrother", R), ("07700 900 283", PH),
      ("Jo Winterton", C), ("01632 960 001", PH), ("020 7946 0219", PH), ("Oliver Stanbridge", C), ("Stanbridge", C)],
 ["Dr Alejandro Villaseñor Ruiz", "A. Villaseñor Ruiz", "GMC 7450987", "Harefield Hospital", "born 14/01/1942",
  "TAVI", "AVR (23 mm tissue valve)", "ECMO", "26/02/2024", "28/02/2024", "10:42"]))

DOCS.append(D("x-033", "handover_ocr", A5, """HAREF1ELD ICU - CARD1AC SURG HANDOVER  (sheet scanned 2l/02/2024, 0CR)
Reg: AVR / Dr Vi1laseñor       C0ns: Mr 0. Stanbridge        ICU c0ns: Dr Adewa1e

Bed 3   Mr T. 0kaf0r-B1ake   H0447l20   D2 CABG x3  - 0ff n0radr, drains 40 ml/h, AF at 06:00
        -> amiodar0ne 300 mg IV 0ver l h then 900 mg/24h ; K 4.6 Mg 1.0 ; wires c0nnected
Bed 5   Ms Gl0ria Ahenk0ra   H04523I9   D1 MVr  - extubated 03:00 ; Hb 84 ; chase ech0
Bed 7   "Sta11ey" (Mr P.St)  H044B870   D4 re-d0 AVR - de1irium, CAM-ICU p0s ; s0n Dar7en
        ph0ned 2x (0770O 900 3l7) - wants c0nsu1tant update
Bed 9   Mrs E1sie Q.         H0455I02   D0 AVR+CABG - 1actate 3.1 -> 2.0 ; urine 0.3 ml/kg/h

Jobs: CXR bed 5 ; cal1 Dar7en ; Bed 7 - ask Dr Adewa1e re haloperid0l (QTc 47l)
""", [("T. 0kaf0r-B1ake", P), ("H0447l20", HN), ("Gl0ria Ahenk0ra", P), ("H04523I9", HN), ("Sta11ey", P),
      ("P.St", P), ("H044B870", HN), ("Dar7en", R), ("0770O 900 3l7", PH), ("E1sie Q.", P), ("H0455I02", HN),
      ("Adewa1e", C)],
 ["AVR", "Dr Vi1laseñor", "Mr 0. Stanbridge", "HAREF1ELD ICU", "Bed 3", "Bed 5", "Bed 7", "Bed 9", "CABG x3",
  "amiodar0ne 300 mg IV", "K 4.6", "Hb 84", "CAM-ICU", "QTc 47l", "1actate 3.1 -> 2.0"]))

DOCS.append(D("x-034", "testimonial", A5, """Royal Brompton and Harefield hospitals
Harefield Hospital, Hill End Road, Harefield, Middlesex UB9 6JH

To: The General Medical Council - Portfolio pathway (Cardiothoracic Surgery)
Date: 10/05/2024

STRUCTURED REFERENCE / TESTIMONIAL for Dr Alejandro VILLASEÑOR RUIZ (GMC 7450987)

I am a consultant cardiac surgeon (GMC 3987441) and have been Dr Villaseñor's clinical and educational
supervisor since September 2022. I have directly observed him in theatre on more than 150 occasions.

Alex now performs isolated CABG, AVR and AVR+CABG independently, with outcomes within the unit's
risk-adjusted funnel plot (NACSA data 2023-24). He has assisted at 40 mitral repairs and performed
12 under supervision. His management of the TAVI bail-out in February 2024 was exemplary, and he
supported the family afterwards with compassion.

He leads the Tuesday M&M meeting, rewrote the unit's post-op AF guideline with our pharmacist
(Dimitra), and teaches on the SCTS Part 1 course. Nursing colleagues - in particular Sister
Rosalind Achebe on ICU - describe him as calm and approachable.

I have no hesitation in recommending him for entry to the Specialist Register.

Mr Oliver Stanbridge FRCS (CTh)
Consultant Cardiac Surgeon and Educational Supervisor
Tel 01632 960 811 (secretary) | oliver.stanbridge@rbht.example.nhs.uk
""", [("Dimitra", C), ("Rosalind Achebe", C), ("01632 960 811", PH), ("oliver.stanbridge@rbht.example.nhs.uk", EM)],
 ["Royal Brompton and Harefield hospitals", "Harefield Hospital, Hill End Road, Harefield, Middlesex UB9 6JH",
  "Dr Alejandro VILLASEÑOR RUIZ", "GMC 7450987", "GMC 3987441", "Dr Villaseñor", "Alex", "Mr Oliver Stanbridge FRCS (CTh)",
  "CABG", "AVR", "AVR+CABG", "TAVI", "NACSA", "SCTS Part 1", "10/05/2024"]))

DOCS.append(D("x-035", "wpba_cbd", A5, """ISCP - Case Based Discussion (CBD)   [Cardiothoracic Surgery]
Trainee: Villasenor Ruiz, Alejandro  (GMC 7450987)        Assessor: Ms Priya Natarajan (Consultant)
Date of CBD: 14/03/2024     Assessment ID: ISCP-CBD-20240314-66721

Case: Mrs Halina Wozniak, 69, NHS 391 442 0087 - day 5 after mitral valve repair, new fever 38.6,
sternal wound discharge, CRP 212, WCC 17.4. CT: retrosternal collection. Deep sternal wound infection,
Pairolero type II. Discussed with micro (Dr Kwesi Amankwah).

Discussion: risk factors (BMI 37, HbA1c 64, BIMA not used); VAC therapy vs early debridement and
pectoralis flap (plastics: Mr Daniel Fry); antibiotic choice (vancomycin + meropenem pending cultures
-> MRSE, switched to daptomycin 8 mg/kg); communicating with husband Marek who is a retired nurse.

Global rating: Level 4 (competent to practise independently at the level of a new consultant).
Feedback: Clear, structured. Read the Pairolero and Oakley classifications. Action: present at M&M.
Signed: P. Natarajan     Trainee: A. Villasenor
""", [("ISCP-CBD-20240314-66721", REF), ("Halina Wozniak", P), ("391 442 0087", NHS), ("Kwesi Amankwah", C),
      ("Daniel Fry", C), ("Marek", R)],
 ["Villasenor Ruiz, Alejandro", "GMC 7450987", "Ms Priya Natarajan", "P. Natarajan", "A. Villasenor", "Pairolero type II",
  "Oakley", "CRP 212", "WCC 17.4", "HbA1c 64", "BMI 37", "vancomycin", "meropenem", "daptomycin 8 mg/kg", "14/03/2024"]))

# ---------------- Applicant 6: child and adolescent psychiatry (Northern Ireland) -----------------

DOCS.append(D("x-036", "clinical_summary_foreign_greek", A6, """ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΠΑΙΔΩΝ ΑΘΗΝΩΝ «Η ΑΓΙΑ ΣΟΦΙΑ»
Ψυχιατρικό Τμήμα Παιδιών και Εφήβων
ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ

Ονοματεπώνυμο: Νικόλαος Δημητρίου Κατσαρός        Ηλικία: 14 ετών        Φύλο: Άρρεν
Ημερομηνία γέννησης: 03/05/2004
Α.Μ.Κ.Α.: 03050412345        Αριθμός μητρώου: 2018/30917
Διεύθυνση: Οδός Λευκωσίας 22, Αμπελόκηποι, 115 26 Αθήνα
Γονείς: Δημήτριος και Σοφία Κατσαρού - τηλ. +30 210 000 4471
Εισαγωγή: 12/09/2018        Έξοδος: 02/10/2018
Διάγνωση: Μείζον καταθλιπτικό επεισόδιο, σοβαρό, χωρίς ψυχωσικά στοιχεία (F32.2). Αυτοτραυματισμός.
Θεραπεία: Φλουοξετίνη 10 mg, αυξήθηκε σε 20 mg. Γνωσιακή-συμπεριφορική θεραπεία.
Θεράπων ιατρός: Ελένη Παπαδοπούλου, ειδικευόμενη παιδοψυχίατρος
Επιβλέπουσα: Δρ. Αικατερίνη Μαυρίδου, Διευθύντρια

---------------- CERTIFIED ENGLISH TRANSLATION ----------------
"AGIA SOFIA" CHILDREN'S HOSPITAL, ATHENS
Department of Child and Adolescent Psychiatry
DISCHARGE SUMMARY

Name: Nikolaos Dimitriou Katsaros        Age: 14 years        Sex: Male
Date of birth: 03/05/2004
AMKA (social security no.): 03050412345        Record no.: 2018/30917
Address: 22 Lefkosias Street, Ampelokipoi, 115 26 Athens
Parents: Dimitrios and Sofia Katsarou - tel. +30 210 000 4471
Admitted: 12/09/2018        Discharged: 02/10/2018
Diagnosis: Severe major depressive episode without psychotic features (F32.2). Self-harm.
Treatment: Fluoxetine 10 mg, increased to 20 mg. Cognitive behavioural therapy.
Treating doctor: Eleni Papadopoulou, trainee in child psychiatry
Supervisor: Dr Aikaterini Mavridou, Director

Translated from Greek by Georgios Pappas, sworn translator (Greek Ministry of Foreign Affairs
Translation Service, protocol no. 44718/2023), 14/11/2023.
""", [("Νικόλαος Δημητρίου Κατσαρός", P), ("03050412345", OID), ("2018/30917", HN),
      ("Οδός Λευκωσίας 22, Αμπελόκηποι", ADDR), ("115 26 Αθήνα", ADDR), ("Δημήτριος και Σοφία Κατσαρού", R),
      ("+30 210 000 4471", PH), ("Nikolaos Dimitriou Katsaros", P), ("22 Lefkosias Street, Ampelokipoi", ADDR),
      ("115 26 Athens", ADDR), ("Dimitrios and Sofia Katsarou", R), ("44718/2023", REF)],
 ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΠΑΙΔΩΝ ΑΘΗΝΩΝ «Η ΑΓΙΑ ΣΟΦΙΑ»", "\"AGIA SOFIA\" CHILDREN'S HOSPITAL, ATHENS",
  "Ελένη Παπαδοπούλου", "Eleni Papadopoulou", "Δρ. Αικατερίνη Μαυρίδου", "Dr Aikaterini Mavridou", "Άρρεν",
  "Sex: Male", "03/05/2004", "F32.2", "Φλουοξετίνη 10 mg", "Fluoxetine 10 mg", "20 mg", "14 years",
  "Georgios Pappas"]))

DOCS.append(D("x-037", "clinic_letter", A6, """Belfast Health and Social Care Trust
Child and Adolescent Mental Health Services - Step 3 Team (North & West Belfast)
Tel: 028 9649 6012

Our ref: EP/CAMHS/1187        H&C: 320 461 7785
Date of clinic: 23/01/2024     Typed: 25/01/2024

Dr Ruairi Mallon
Antrim Road Surgery
515 Antrim Road
Belfast BT15 3BS

Dear Dr Mallon

Re: Oisín McGRATH (known as "Ozzy"), DOB 17/08/2011, Male
    44 Cavehill Gardens, Belfast BT15 5FJ

I reviewed Oisín with his mother, Mrs Bronagh McGrath, and his stepfather Paddy in the ADHD clinic.
School report (St Malachy's, form teacher Mr Kieran Devlin) and Conners 3 (parent and teacher) both
show marked inattention and hyperactivity across settings. QbTest consistent with ADHD combined
presentation (F90.0). No features of autism on this assessment; no tics.

Baseline: height 148 cm (50th centile), weight 38.2 kg (50th), BP 104/62, HR 78. No cardiac history;
no family history of sudden death.

Plan: Start methylphenidate modified-release (Concerta XL) 18 mg each morning; review in 4 weeks with
weight, BP and HR (NICE NG87). Shared care request will follow once stable.

Yours sincerely

Dr Eleni Papadopoulou
Specialty Doctor, CAMHS (GMC 7533108)
Supervised by Dr Siobhán Gallagher, Consultant Child and Adolescent Psychiatrist
cc: Mrs B. McGrath
""", [("EP/CAMHS/1187", REF), ("320 461 7785", NHS), ("Ruairi Mallon", C), ("Mallon", C),
      ("Antrim Road Surgery\n515 Antrim Road\nBelfast", ADDR), ("BT15 3BS", PC), ("Oisín McGRATH", P), ("Ozzy", P),
      ("Oisín", P), ("44 Cavehill Gardens, Belfast", ADDR), ("BT15 5FJ", PC), ("Bronagh McGrath", R), ("Paddy", R),
      ("St Malachy's", ADDR), ("Kieran Devlin", C), ("B. McGrath", R), ("028 9649 6012", PH)],
 ["Belfast Health and Social Care Trust", "DOB 17/08/2011", "Male", "Conners 3", "QbTest", "F90.0",
  "methylphenidate modified-release", "Concerta XL", "18 mg", "BP 104/62", "HR 78", "38.2 kg", "NICE NG87",
  "Dr Eleni Papadopoulou", "GMC 7533108", "Dr Siobhán Gallagher", "23/01/2024"]))

DOCS.append(D("x-038", "caseload_list", A6, """CAMHS Step 3 N&W Belfast - MEDICAL CASELOAD - Dr E. Papadopoulou - review 01/02/2024
(key worker initials: KD = K. Donnelly, CMcK, RH; supervisor Dr S. Gallagher)

ini   H&C          age sex  dx / formulation                      meds                            risk   next appt  kw
OMcG  3204617785   12  M    ADHD combined (F90.0)                 Concerta XL 18 mg               low    20/02     KD
SF    3109982214   15  F    depression (F32.1), self-harm          fluoxetine 20 mg                HIGH   06/02     CMcK
  -> safety plan updated 30/01; mum (Geraldine) has removed paracetamol; school nurse aware
CO'H  3415570093   16  F    ARFID / restrictive eating, BMI 16.1  -                               med    08/02     RH
  -> MEED guidance: HR 46 lying; ECG QTc 438; liaise with paediatrics (Dr Quinn)
JB    3287741106   9   M    ASD + anxiety, school refusal          melatonin 2 mg MR                low    27/02     KD
TMcA  3350028817   17  M    first episode psychosis? (ARMS)       aripiprazole 5 mg                med    05/02     CMcK
  -> transition to EIS at 18 (Feb 2025); lives with gran (Sadie) in Ardoyne

Signed: E. Papadopoulou
""", [("K. Donnelly", C), ("KD", C), ("CMcK", C), ("RH", C), ("OMcG", P), ("3204617785", NHS), ("SF", P),
      ("3109982214", NHS), ("Geraldine", R), ("CO'H", P), ("3415570093", NHS), ("Quinn", C), ("JB", P),
      ("3287741106", NHS), ("TMcA", P), ("3350028817", NHS), ("Sadie", R), ("Ardoyne", ADDR)],
 ["Dr E. Papadopoulou", "E. Papadopoulou", "Dr S. Gallagher", "F90.0", "F32.1", "Concerta XL 18 mg", "fluoxetine 20 mg",
  "BMI 16.1", "MEED", "QTc 438", "melatonin 2 mg MR", "aripiprazole 5 mg", "ARMS", "ARFID", "01/02/2024"]))

DOCS.append(D("x-039", "safeguarding_referral", A6, """UNOCINI - Understanding the Needs of Children in Northern Ireland
REFERRAL TO GATEWAY SERVICE (Belfast HSC Trust)
Gateway ref: GW-BHSCT-2024-002981          PSNI ref (if known): CC2024-0206-0413

SECTION 1 - CHILD
Name: Sophie-Mae FERRIS      DOB: 09/09/2009      Gender: Female      H&C: 339 205 1178
Address: 7 Ballysillan Close, Belfast BT14 8GH
School: Belfast Model School for Girls (Year 11) - designated teacher Mrs Ursula Burns

SECTION 2 - PARENTS / CARERS / HOUSEHOLD
Mother: Leanne Ferris (33)          Mobile 07700 900 661
Mother's partner: Jason "Jay" Kerr (29) - not the father
Sibling: Tyler Ferris (6)

SECTION 3 - REFERRER
Dr Eleni Papadopoulou, Specialty Doctor, CAMHS Step 3 - discussed with Dr Siobhán Gallagher (consultant)

SECTION 4 - REASON FOR REFERRAL
At CAMHS review on 05/02/2024 Sophie-Mae disclosed that Jay has been sending her messages on Snapchat
asking for photographs and has come into her bedroom at night. She has not told her mother. She
presented with low mood and superficial self-harm to forearms (PHQ-A 19). She agreed to this
referral. No immediate plan of suicide. Police informed via 101 at 14:20.

SECTION 5 - IMMEDIATE SAFETY
Child to stay with maternal aunt (Mrs Kerry-Ann Hughes, Glengormley, 07700 900 207) tonight by
agreement with social worker on call, Ms Aoife Rooney.
""", [("GW-BHSCT-2024-002981", REF), ("CC2024-0206-0413", REF), ("Sophie-Mae FERRIS", P), ("Sophie-Mae", P),
      ("339 205 1178", NHS), ("7 Ballysillan Close, Belfast", ADDR), ("BT14 8GH", PC),
      ("Belfast Model School for Girls", ADDR), ("Ursula Burns", C), ("Leanne Ferris", R), ("07700 900 661", PH),
      ("Jason", R), ("Jay", R), ("Kerr", R), ("Tyler Ferris", R), ("Kerry-Ann Hughes", R), ("Glengormley", ADDR),
      ("07700 900 207", PH), ("Aoife Rooney", C)],
 ["DOB: 09/09/2009", "Gender: Female", "Dr Eleni Papadopoulou", "Dr Siobhán Gallagher", "PHQ-A 19", "05/02/2024",
  "UNOCINI", "Belfast HSC Trust"]))

DOCS.append(D("x-040", "reflective_note", A6, """Reflective practice log - Eleni Papadopoulou - 12 March 2024

What happened
Ciara (15) was brought to the ED at the Royal Victoria Hospital after an overdose of 24 x sertraline 50 mg
and some of her dad's zopiclone. I saw her as the on-call CAMHS doctor at 22:30 after the paeds team had
cleared her medically (ECG normal, QTc 420). She would not talk with her father in the room; when he left
she told me she had been bullied in a group chat and that a girl called Shannagh had posted a photo of her.

I wanted to admit her to Beechcroft but there were no beds, and the paediatric ward (Ward 2B at the Royal
Belfast Hospital for Sick Children) agreed to keep her overnight with 1:1 nursing. Niamh, the staff nurse,
was brilliant.

What I learned
 - to ask the parent to step out early, routinely, for every young person, not only when I sense reluctance;
 - I was unsure whether the Mental Health (Northern Ireland) Order 1986 or the Mental Capacity Act (Northern
   Ireland) 2016 applied to a 15-year-old refusing admission - Dr Gallagher went through this with me the
   next day (under-16: the 1986 Order; parental consent can't override a competent refusal in practice here).

Action: I wrote a one-page crib sheet for the on-call rota and presented the case at the Thursday
journal club. Discussed in supervision with Dr Siobhán Gallagher, 14/03/2024.
""", [("Ciara", P), ("Shannagh", C), ("Niamh", C)],
 ["Eleni Papadopoulou", "Royal Victoria Hospital", "sertraline 50 mg", "zopiclone", "QTc 420", "Beechcroft", "Ward 2B",
  "Royal\nBelfast Hospital for Sick Children", "Mental Health (Northern Ireland) Order 1986",
  "Mental Capacity Act (Northern\n   Ireland) 2016", "Dr Gallagher", "Dr Siobhán Gallagher", "12 March 2024"]))

DOCS.append(D("x-041", "on_call_rota", A6, """BELFAST TRUST CAMHS - OUT OF HOURS ROTA - MARCH 2024 (1st on call: specialty doctors/trainees; 2nd: consultants)
Rota coordinator: Dr E. Papadopoulou (EP)       Approved: Dr S. Gallagher (SG)

date      1st on call    2nd on call    notes
Fri 01    EP             SG             Beechcroft ward round Sat am
Sat 02    EP             SG
Sun 03    EP             SG
Mon 04    NO'K           DMoo
Tue 05    AMcE           DMoo           AMcE swap with TF agreed
Wed 06    TF             LC-B
Thu 07    NO'K           LC-B
Fri 08    LOCUM (Dr "Ronan" via agency)  SG   ** gap filled 27/02
Sat 09    AMcE           DMoo

Switchboard Beechcroft: 028 9649 6440 ask for CAMHS on call.  Rota queries: camhs.rota@belfasttrust.example.hscni.net
""", [("NO'K", C), ("DMoo", C), ("AMcE", C), ("TF", C), ("LC-B", C), ("Ronan", C), ("camhs.rota@belfasttrust.example.hscni.net", EM), ("028 9649 6440", PH)],
 ["Dr E. Papadopoulou", "EP", "Dr S. Gallagher", "SG", "Beechcroft", "MARCH 2024"]))

DOCS.append(D("x-042", "mha_report_ocr", A6, """MENTAL HEA1TH (N0RTHERN lRELAND) 0RDER 1986 - F0RM 5
MEDlCAL REC0MMENDATl0N F0R ASSESSMENT (Artic1e 4)         [scanned c0py]

Patient: Ryan Patrick 0'H4RE     D0B 0l/06/2007     H&C: 3l6 0O4 8825
Address: 12 Mi1lview Park, Newt0wnabbey, BT37 9QX
Nearest re1ative: m0ther, Ms Deirdre 0'Hare, 077O0 9O0 5l8

l, Dr E1eni Pap4d0p0ul0u, a medica1 practiti0ner, examined the patient 0n 2O/02/2024 at
Beechcr0ft Regi0na1 CAMHS Unit.
Gr0unds: 16-year-0ld with 3 weeks 0f persecut0ry delusi0ns, c0mmand hallucinati0ns t0 harm his
bro ther (Ciaran), n0 insight; refuses v01untary admissi0n. Substantial 1ikelih00d 0f seri0us
physica1 harm t0 0thers.
ASW: Mr C0nor Beattie.   GP: Dr 4. Lavery, Gl3ngormley.
C0nsu1tant inf0rmed: Dr S. Ga11agher.

Signed: E. Papad0p0u1ou   GMC 7533l08
""", [("Ryan Patrick 0'H4RE", P), ("3l6 0O4 8825", NHS), ("12 Mi1lview Park, Newt0wnabbey", ADDR), ("BT37 9QX", PC),
      ("Deirdre 0'Hare", R), ("077O0 9O0 5l8", PH), ("Ciaran", R), ("C0nor Beattie", C), ("4. Lavery", C),
      ("Gl3ngormley", ADDR)],
 ["MENTAL HEA1TH (N0RTHERN lRELAND) 0RDER 1986", "D0B 0l/06/2007", "Dr E1eni Pap4d0p0ul0u", "E. Papad0p0u1ou",
  "GMC 7533l08", "Beechcr0ft Regi0na1 CAMHS Unit", "Dr S. Ga11agher", "16-year-0ld", "2O/02/2024"]))
