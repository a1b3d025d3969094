from b1 import D

D(49, "ooh_home_visit_narrative", "Dr Priya Raghunathan",
"""OOH home visit - case for reflection (Saturday 02:10)
Call from Mr Venkatesh Iyer about his wife Lakshmi, 58, known motor neurone disease, PEG fed, new fever and "rattly" breathing. They live above their shop, Iyer's Newsagents, 150 Leeds Road, Dewsbury WF12 7BB. Their son Arjun is a junior doctor in Leeds and was on FaceTime throughout.
Lakshmi had an Advance Decision to Refuse Treatment (ADRT) declining ventilation and hospital admission. Her ReSPECT form was on the fridge. NEWS2 9. Probable aspiration pneumonia.
I respected the ADRT, gave glycopyrronium 200 micrograms sc and arranged a syringe driver via the hospice (Kirkwood Hospice) and the night DN, Sister Olwen Pryce-Jones.
Adastra case no. 5510833. Mrs Iyer died on Monday with her family around her.
Dr Priya Raghunathan""",
[("Venkatesh Iyer","RELATIVE_NAME"),("Lakshmi","PATIENT_NAME"),("Iyer's Newsagents, 150 Leeds Road, Dewsbury","ADDRESS"),("WF12 7BB","POSTCODE"),("Arjun","RELATIVE_NAME"),("Leeds","ADDRESS"),("Olwen Pryce-Jones","COLLEAGUE_NAME"),("5510833","REFERENCE_NUMBER"),("Mrs Iyer","PATIENT_NAME"),("Iyer","PATIENT_NAME")],
["Dr Priya Raghunathan","motor neurone disease","Advance Decision to Refuse Treatment (ADRT)","ReSPECT","NEWS2 9","glycopyrronium 200 micrograms sc","Kirkwood Hospice","58"])

D(50, "maternity_complaint_response", "Dr Priya Raghunathan",
"""Maternity Services - response to concerns (drafted by Dr P Raghunathan, ST2 O&G, approved by Miss Helen Cartwright, Consultant Obstetrician)
Ref: MAT-COMP-25-0931 / HSSIB ref MNSI-2025-04418
Dear Mr and Mrs Ogundipe,
I am writing in response to your letter about the birth of your son, Tobi, on 4 April at Calderdale Royal Hospital. You asked why Mrs Ogundipe (Folasade) waited 90 minutes for an epidural. The anaesthetist, Dr Rowan Fairbairn, was in theatre for a category 1 caesarean section.
You also asked about the shoulder dystocia. The midwife, Kelly-Marie Dunn, called for help at 03:12 and the McRoberts manoeuvre and suprapubic pressure were used; Tobi was born at 03:14. His Apgar scores were 4, 8 and 9. He was cooled (therapeutic hypothermia) on NICU for 72 hours; his MRI was normal.
Yours sincerely, Miss Helen Cartwright""",
[("MAT-COMP-25-0931","REFERENCE_NUMBER"),("MNSI-2025-04418","REFERENCE_NUMBER"),("Ogundipe","PATIENT_NAME"),("Tobi","PATIENT_NAME"),("Folasade","PATIENT_NAME"),("Rowan Fairbairn","COLLEAGUE_NAME"),("Kelly-Marie Dunn","COLLEAGUE_NAME")],
["Dr P Raghunathan","Miss Helen Cartwright","Calderdale Royal Hospital","McRoberts manoeuvre","Apgar scores were 4, 8 and 9","therapeutic hypothermia","72 hours","03:12"])

D(51, "teams_export_ed", "Dr Siobhan Gallagher",
"""[09:12] Gallagher, Siobhan (Dr): can I get a second pair of eyes on cubicle 12 - the lorry driver, chest pain, ECG looks like Wellens
[09:13] Kowalski, Bartek (ED Reg): which one, Mr Aldous?
[09:13] Gallagher, Siobhan (Dr): yes Terry Aldous, 58, works for Eddie Stobart out of the Daventry depot
[09:15] Kowalski, Bartek (ED Reg): yep Wellens type A. call cardiology
[09:20] Gallagher, Siobhan (Dr): cardiology reg (Dr Mistry) accepting - MRN 40021876
[09:41] Nurse in charge - Sunita: his wife Bev is in the relatives room
[09:42] Gallagher, Siobhan (Dr): thanks, I'll go. SG""",
[("Kowalski, Bartek","COLLEAGUE_NAME"),("Aldous","PATIENT_NAME"),("Terry Aldous","PATIENT_NAME"),("Eddie Stobart out of the Daventry depot","ADDRESS"),("Mistry","COLLEAGUE_NAME"),("40021876","HOSPITAL_NUMBER"),("Sunita","COLLEAGUE_NAME"),("Bev","RELATIVE_NAME")],
["Gallagher, Siobhan (Dr)","SG","cubicle 12","Wellens","Wellens type A","58"])

D(52, "asylum_seeker_letter", "Dr Priya Raghunathan",
"""To whom it may concern (Home Office / Migrant Help)
Re: Mr Abdul Rahman NOORZAI, DOB 01/01/1990 (Home Office ref N1199023/005; Port ref LHR/2024/77311)
Current address: Room 7, Stay City Apartments, Pilgrim Street, Newcastle NE1 6QF
I am Mr Noorzai's GP at the Initial Accommodation Centre clinic. He has PTSD (PCL-5 58) and a right below-knee amputation from a landmine in Helmand. His prosthesis (Ottobock) does not fit and the hotel is on the 4th floor with no lift. I support a request for ground-floor accommodation near his cousin Mr Sardar Noorzai in Bradford.
Interpreter (Pashto): Mr Hamidullah (DA Languages, job 88120).
Dr Priya Raghunathan, GP, GMC 7214583""",
[("Abdul Rahman NOORZAI","PATIENT_NAME"),("N1199023/005","REFERENCE_NUMBER"),("LHR/2024/77311","REFERENCE_NUMBER"),("Room 7, Stay City Apartments, Pilgrim Street, Newcastle","ADDRESS"),("NE1 6QF","POSTCODE"),("Noorzai","PATIENT_NAME"),("Sardar Noorzai","RELATIVE_NAME"),("Bradford","ADDRESS"),("Hamidullah","COLLEAGUE_NAME"),("88120","REFERENCE_NUMBER")],
["Dr Priya Raghunathan","GMC 7214583","DOB 01/01/1990","PTSD","PCL-5 58","Ottobock","Pashto"])

D(53, "handover_sheet_typed", "Dr Hamid Rahimi",
"""NIGHT HANDOVER - Medical wards - Ninewells - 27/11/25 - HR
Ward 5  bed 3  DUNCAN, Isla 71F  MRN 1002233  NSTEMI, fondaparinux 2.5 mg, trop 450 - if chest pain ECG + call CCU
Ward 5  bed 8  Mr Sandy Kerr 66M  MRN 1002871  GI bleed, Hb 74 -> 2u, Rockall 5, OGD am
Ward 6  bed 11 "Auntie Jean" (Jean Mutasa) 79F MRN 0998712  hypercalcaemia Ca 3.4, zoledronic acid 4 mg given
Ward 6  bed 12 unknown - Ms X (police custody, prisoner no. A1234BC, HMP Perth) - DKA, 2 officers present
Ward 7B bed 2  Mrs Abernethy - NIV, ceiling of care ward-based
HR""",
[("DUNCAN, Isla","PATIENT_NAME"),("1002233","HOSPITAL_NUMBER"),("Sandy Kerr","PATIENT_NAME"),("1002871","HOSPITAL_NUMBER"),("Auntie Jean","PATIENT_NAME"),("Jean Mutasa","PATIENT_NAME"),("0998712","HOSPITAL_NUMBER"),("A1234BC","OTHER_ID"),("HMP Perth","ADDRESS"),("Abernethy","PATIENT_NAME")],
["HR","Ninewells","fondaparinux 2.5 mg","trop 450","Hb 74","Rockall 5","Ca 3.4","zoledronic acid 4 mg","Ward 7B bed 2","Ms X"])
