from common import *

APPLICANT = "Dr Siobhan McKeever"

DOCS = [
dict(id="ho-038", kind="admission_letter", text="""Northern Ireland Hospice - In-Patient Unit
74 Somerton Road, Belfast BT15 3LH   T: 028 9649 6412

Admission summary / letter to GP
Patient: Mr Seamus Declan Rafferty     DOB: 05/01/1950     Gender: male
H&C No: 334 871 2205     Hospice no: NIH-4417
Home: 19 Drumadoon Park, Ballymena, BT43 6PF
NOK: daughter, Mrs Orla McCambridge, 07700 900391
GP: Dr Fintan Coyle, Galgorm Medical Practice

Date of admission: 12/02/2025   Bed: Room 6
Admitting doctor: Dr Siobhan McKeever, Specialty Doctor in Palliative Medicine

Diagnosis: metastatic NSCLC (adenocarcinoma, EGFR negative) with bone and liver metastases; PPS 40%, AKPS 40.
Reason for admission: uncontrolled pain right hip + terminal agitation risk; carers exhausted.
Medication on admission: MST 60 mg BD, Oramorph 20 mg PRN (using 5 doses/day), dexamethasone 8 mg OM, lansoprazole 30 mg.
Plan: convert to CSCI over 24 h - morphine sulfate 60 mg + midazolam 10 mg via syringe driver (McKinley T34); haloperidol 1.5 mg SC PRN. Single 8 Gy radiotherapy to R hip discussed with Dr Lavery (clinical oncology).
DNACPR: completed 12/02/2025 after discussion with patient and Mrs McCambridge; ReSPECT form updated.

Dr S. McKeever
""",
identifiers=[("74 Somerton Road, Belfast", AD), ("BT15 3LH", PC), ("028 9649 6412", PH), ("Mr Seamus Declan Rafferty", PN),
             ("334 871 2205", NHS), ("NIH-4417", HN), ("19 Drumadoon Park, Ballymena", AD), ("BT43 6PF", PC),
             ("Mrs Orla McCambridge", RN), ("Mrs McCambridge", RN), ("07700 900391", PH), ("Dr Fintan Coyle", CN),
             ("Galgorm Medical Practice", AD), ("Dr Lavery", CN)],
keep=["Northern Ireland Hospice", "05/01/1950", "male", "12/02/2025", "Room 6", "Dr Siobhan McKeever", "Dr S. McKeever",
      "PPS 40%", "AKPS 40", "MST 60 mg BD", "Oramorph 20 mg", "dexamethasone 8 mg", "morphine sulfate 60 mg", "midazolam 10 mg",
      "McKinley T34", "haloperidol 1.5 mg", "8 Gy", "ReSPECT", "DNACPR"]),

dict(id="ho-039", kind="caseload_list", text="""Community Specialist Palliative Care Team - Northern Trust (Antrim/Ballymena locality)
Caseload review - 03/03/2025 - reviewed by SMcK (medical lead for the day)

Name           H&C no        Dx                    Phase     Setting            Key issue                        Next contact
P.O'H.         371 004 5829  MND                   unstable  home, Randalstown  NIV >20 h/day, wants withdrawal   jt visit 05/03 with resp
E.McA.         329 118 6603  pancreatic ca         deterior. home               nausea - levomepromazine 6.25 mg  tel 04/03
J.K.           345 770 1194  HF (NYHA IV)          stable    NH (Moylinn House) SC furosemide pump discussion    06/03
B.McG.         362 551 3087  ca ovary, MBO         unstable  Antrim Area Hosp   octreotide 600 mcg/24h           daily
"Wee Sadie" S.D. 318 930 4476 COPD/frailty         dying     home               family conflict re: hospital     today pm

CNS on duty: Roisin Gallagher (07700 900514); allocate P.O'H. to Grainne.
""",
identifiers=[("P.O'H.", PN), ("371 004 5829", NHS), ("Randalstown", AD), ("E.McA.", PN), ("329 118 6603", NHS), ("J.K.", PN),
             ("345 770 1194", NHS), ("Moylinn House", AD), ("B.McG.", PN), ("362 551 3087", NHS), ("Wee Sadie", PN), ("S.D.", PN),
             ("318 930 4476", NHS), ("Roisin Gallagher", CN), ("07700 900514", PH), ("Grainne", CN)],
keep=["Northern Trust", "03/03/2025", "SMcK", "MND", "NIV >20 h/day", "levomepromazine 6.25 mg", "NYHA IV", "Antrim Area Hosp",
      "octreotide 600 mcg/24h", "COPD", "furosemide"]),

dict(id="ho-040", kind="coroner_statement", text="""CORONERS SERVICE FOR NORTHERN IRELAND
May Street, Belfast BT1 3JL
Coroner's reference: CSNI-2024-05217
Deceased: Thomas Gerard Mulholland (date of death 28/09/2024)

STATEMENT OF WITNESS (medical)
I, Dr Siobhan McKeever, MB BCh BAO MRCP (UK), Specialty Doctor in Palliative Medicine, Northern Health and Social Care Trust, GMC number 7321947, make this statement in relation to the death of Mr Mulholland, born 14/06/1958.

I first reviewed Mr Mulholland on 24/09/2024 on Ward C2, Antrim Area Hospital, at the request of Dr Nuala Keaveney (consultant respiratory physician). He had mesothelioma (epithelioid type), which he attributed to working as a lagger at the shipyard from 1975 to 1989. He was breathless at rest, with a right pleural effusion re-accumulating despite an indwelling pleural catheter.

I started morphine sulfate 10 mg/24 h and midazolam 5 mg/24 h by syringe driver on 26/09/2024, titrated to 20 mg and 10 mg on 27/09/2024 for breathlessness and distress. He died peacefully at 04:40 on 28/09/2024 with his wife Bernadette and his brother Eamon present.

Because mesothelioma is an industrial disease, I advised the ward doctor, Dr Conall Brolly (FY1), that the death must be reported to the coroner and not certified directly. The report was made by telephone (coroner's officer: Stephen Hanna, 028 9649 6102).

I believe the facts in this statement are true.
Signed: S. McKeever   Date: 07/10/2024
""",
identifiers=[("May Street, Belfast BT1 3JL", AD), ("CSNI-2024-05217", REF), ("Thomas Gerard Mulholland", PN), ("Mr Mulholland", PN),
             ("Dr Nuala Keaveney", CN), ("Bernadette", RN), ("Eamon", RN), ("Dr Conall Brolly", CN), ("Stephen Hanna", CN),
             ("028 9649 6102", PH)],
keep=["CORONERS SERVICE FOR NORTHERN IRELAND", "Dr Siobhan McKeever", "7321947", "14/06/1958", "24/09/2024", "Ward C2",
      "Antrim Area Hospital", "Northern Health and Social Care Trust", "mesothelioma (epithelioid type)", "morphine sulfate 10 mg/24 h",
      "midazolam 5 mg/24 h", "28/09/2024", "04:40", "S. McKeever", "07/10/2024"]),

dict(id="ho-041", kind="reflective_note", text="""Reflection: "I didn't want her to die on a trolley" - a rapid discharge home to die
Dr Siobhan McKeever, 18 December 2024. Verified by Dr Colm Devlin, Consultant in Palliative Medicine.

A woman in her 40s with end-stage cervical cancer (I will not use her name; her initials were on the original request, AMcC) asked on a Friday afternoon to die at home in Carnlough with her two children. Her husband Padraig was frightened that he would "do something wrong".

I co-ordinated a rapid discharge: just-in-case medicines (morphine, midazolam, levomepromazine, glycopyrronium), a syringe driver started before she left, a DNACPR form for the ambulance crew, the out-of-hours GP service alerted (Northern Trust OOH, 028 9649 6210 was engaged so I e-mailed), and a district nurse visit booked for 20:00. The transfer went ahead at 17:15. She died at home on Sunday morning.

What I learned: rapid discharge is a clinical emergency in its own right; we need a weekend pharmacy route. I wrote a checklist now used on Ward B3 and presented it at our regional palliative care audit day.
""",
identifiers=[("AMcC", PN), ("Carnlough", AD), ("Padraig", RN), ("028 9649 6210", PH)],
keep=["Dr Siobhan McKeever", "18 December 2024", "Dr Colm Devlin", "end-stage cervical cancer", "morphine", "midazolam",
      "levomepromazine", "glycopyrronium", "DNACPR", "Ward B3", "20:00", "17:15"]),

dict(id="ho-042", kind="email", text="""From: siobhan.mckeever@northerntrust.example.hscni.net
To: palliative.pharmacy@northerntrust.example.hscni.net
Cc: colm.devlin@northerntrust.example.hscni.net
Sent: 21 January 2025 09:14
Subject: Methadone conversion - Mrs Kathleen Doherty-Quinn, H&C 356 228 0914

Hi Aine,

Thanks for your call yesterday. To confirm the plan for Mrs Doherty-Quinn (Ward A4, bed 11, Antrim Area Hospital, hospital no. AAH2207761):

- stop oxycodone MR 120 mg BD (neuropathic pelvic pain, poor response, myoclonus, eGFR 24)
- start methadone 5 mg 8-hourly plus 2.5 mg 3-hourly PRN (max 3 PRN doses/24 h), "stop and go" approach
- QTc 436 ms on ECG today; repeat day 4
- continue pregabalin 25 mg BD (renal dose)

Her son Kevin has asked to be phoned before any change: 07700 900276.

Many thanks,
Siobhan
Dr Siobhan McKeever | Palliative Medicine | Northern HSC Trust | ext 3 4418
""",
identifiers=[("siobhan.mckeever@northerntrust.example.hscni.net", EM), ("palliative.pharmacy@northerntrust.example.hscni.net", EM),
             ("colm.devlin@northerntrust.example.hscni.net", EM), ("Mrs Kathleen Doherty-Quinn", PN), ("356 228 0914", NHS),
             ("Aine", CN), ("Mrs Doherty-Quinn", PN), ("AAH2207761", HN), ("Kevin", RN), ("07700 900276", PH), ("ext 3 4418", PH)],
keep=["Ward A4, bed 11", "Antrim Area Hospital", "oxycodone MR 120 mg BD", "eGFR 24", "methadone 5 mg", "2.5 mg", "QTc 436 ms",
      "pregabalin 25 mg BD", "Dr Siobhan McKeever", "Siobhan", "21 January 2025"]),

dict(id="ho-043", kind="complaint_response", text="""Northern Health and Social Care Trust - Complaints Department
Bretten Hall, Bush Road, Antrim BT41 2RL
Complaint reference: NHSCT/COMP/24/1186     Datix: 88412

Mr Liam Gormley
27 Cullybackey Road
Ballymena BT42 1EQ

Dear Mr Gormley,

Thank you for taking the time to tell us about your late father's care, Mr Francis Gormley, in the Emergency Department and on Ward B2 in November 2024.

Dr Siobhan McKeever, who saw your father on 19/11/2024, has provided the following account. She recognised that he was dying, stopped his routine blood tests and observations, and started anticipatory medicines. She acknowledges that the conversation with you happened in the ED corridor, which was not acceptable, and apologises. The Trust has since reserved the ED relatives' room for such conversations.

You were also concerned by comments from a registrar, Dr Adrian Pomeroy, that "there was nothing more to do". Dr Pomeroy has reflected on this with his supervisor.

If you remain unhappy you may contact the Northern Ireland Public Services Ombudsman (NIPSO).
Yours sincerely
Complaints Manager
""",
identifiers=[("Bretten Hall, Bush Road, Antrim", AD), ("BT41 2RL", PC), ("NHSCT/COMP/24/1186", REF), ("88412", REF),
             ("Mr Liam Gormley", RN), ("27 Cullybackey Road", AD), ("Ballymena", AD), ("BT42 1EQ", PC), ("Mr Gormley", RN),
             ("Mr Francis Gormley", PN), ("Dr Adrian Pomeroy", CN), ("Dr Pomeroy", CN)],
keep=["Northern Health and Social Care Trust", "Ward B2", "Dr Siobhan McKeever", "19/11/2024", "Northern Ireland Public Services Ombudsman",
      "NIPSO", "November 2024"]),

dict(id="ho-044", kind="handover_sheet_ocr", text="""PALLIAT1VE CARE - WEEKEND HAND0VER  Sat 15/O3/2O25   fr0m: Dr S McKeever
----------------------------------------------------------------
Ward  Bed  Pat1ent            H&C          Issue / plan
A2    7    Bridget Cassldy    35O 6l9 2287  dying, CSCI m0rphine 3O mg + midaz 2O mg/24h.
                                            daughter Clodagh visit1ng - 07700 9OO6O2
B4    l4   Hugh McAtamney     3l2 O84 77l9  hypercalcaemia Ca 3.l2, zo1edronic ac1d 4 mg g1ven
C1    3    N0el Fergus0n      36O 77O 5l08  spinal c0rd c0mpressi0n T8, dex l6 mg, RT M0nday
SAU   2O   "Mags" Margaret Tierney  339 24l O6O6  b0wel 0bstruct10n, NG, oct. 3OO mcg
----------------------------------------------------------------
0n-ca11 c0nsultant: Dr C. Devl1n
""",
identifiers=[("Bridget Cassldy", PN), ("35O 6l9 2287", NHS), ("Clodagh", RN), ("07700 9OO6O2", PH), ("Hugh McAtamney", PN),
             ("3l2 O84 77l9", NHS), ("N0el Fergus0n", PN), ("36O 77O 5l08", NHS), ("Mags", PN), ("Margaret Tierney", PN),
             ("339 24l O6O6", NHS)],
keep=["15/O3/2O25", "Dr S McKeever", "A2", "CSCI", "m0rphine 3O mg", "midaz 2O mg/24h", "Ca 3.l2", "zo1edronic ac1d 4 mg", "T8",
      "dex l6 mg", "Dr C. Devl1n", "oct. 3OO mcg"]),
]
