from common import *

APPLICANT = "Dr Ilaria Benedetti"

DOCS = [
dict(id="ho-024", kind="translated_discharge_letter", text="""--- ORIGINALE (italiano) ---
IRCCS Azienda Ospedaliero-Universitaria di Bologna - Policlinico di Sant'Orsola
U.O. Ematologia - Reparto degenze, padiglione 8, letto 14

LETTERA DI DIMISSIONE
Paziente: Sig. Gianfranco Ravagnani   nato il 03/05/1957   sesso: M
Codice fiscale: RVGGFR57E03A944K   N. nosologico: 2022/0048813
Residenza: Via dei Mille 41, 40121 Bologna   Tel. +39 051 000 4417
Ricovero: 14/06/2022 - 09/07/2022

Diagnosi: leucemia mieloide acuta (LMA) con mutazione FLT3-ITD, rischio intermedio (ELN 2017).
Terapia: induzione "7+3" (citarabina 200 mg/m2 x 7 gg + daunorubicina 60 mg/m2 x 3 gg) + midostaurina 50 mg x 2/die dal giorno 8.
Decorso: neutropenia febbrile in giornata +12, trattata con piperacillina/tazobactam; emocoltura positiva per E. coli. Aspirato midollare al giorno +28: remissione completa, MRD NPM1 negativa.
Si informa la moglie, Sig.ra Loredana Bassi.
Medico: Dott.ssa Ilaria Benedetti, dirigente medico
Direttore U.O.: Prof. Piercarlo Zanardi

--- CERTIFIED TRANSLATION (English) ---
IRCCS University Hospital of Bologna - Sant'Orsola Polyclinic
Haematology Unit - inpatient ward, pavilion 8, bed 14

DISCHARGE LETTER
Patient: Mr Gianfranco Ravagnani   born 03/05/1957   sex: M
Tax code: RVGGFR57E03A944K   Admission no.: 2022/0048813
Residence: Via dei Mille 41, 40121 Bologna   Tel. +39 051 000 4417
Admission: 14/06/2022 - 09/07/2022

Diagnosis: acute myeloid leukaemia (AML) with FLT3-ITD mutation, intermediate risk (ELN 2017).
Treatment: "7+3" induction (cytarabine 200 mg/m2 x 7 days + daunorubicin 60 mg/m2 x 3 days) + midostaurin 50 mg twice daily from day 8.
Course: febrile neutropenia on day +12, treated with piperacillin/tazobactam; blood culture positive for E. coli. Bone marrow aspirate on day +28: complete remission, NPM1 MRD negative.
His wife, Mrs Loredana Bassi, has been informed.
Doctor: Dr Ilaria Benedetti, staff physician
Head of Unit: Prof. Piercarlo Zanardi

Translation certified by Studio Traduzioni Felsinea, translator Marco Albertazzi, prot. n. TR-2024/3318, 02/02/2024.
""",
identifiers=[("Sig. Gianfranco Ravagnani", PN), ("Gianfranco Ravagnani", PN), ("RVGGFR57E03A944K", OID), ("2022/0048813", HN),
             ("Via dei Mille 41, 40121 Bologna", AD), ("+39 051 000 4417", PH), ("Sig.ra Loredana Bassi", RN),
             ("Mrs Loredana Bassi", RN), ("TR-2024/3318", REF)],
keep=["Policlinico di Sant'Orsola", "padiglione 8, letto 14", "03/05/1957", "citarabina 200 mg/m2", "daunorubicina 60 mg/m2",
      "midostaurina 50 mg", "FLT3-ITD", "ELN 2017", "Dott.ssa Ilaria Benedetti", "Prof. Piercarlo Zanardi", "pavilion 8, bed 14",
      "cytarabine 200 mg/m2", "daunorubicin 60 mg/m2", "midostaurin 50 mg", "Dr Ilaria Benedetti", "14/06/2022", "E. coli",
      "Marco Albertazzi"]),

dict(id="ho-025", kind="translated_marrow_report", text="""ORIGINALE:
Laboratorio di Ematologia - Istituto di Ematologia "L. e A. Seràgnoli", Bologna
REFERTO ASPIRATO MIDOLLARE      Accettazione n. BM-22-01977
Paziente: Ferretti Annunziata (F, 71 anni)   Richiedente: Dott.ssa I. Benedetti
Data prelievo: 21/09/2022
Cellularità: aumentata. Blasti 3%. Plasmacellule 28%, atipiche, CD138+, CD56+, restrizione kappa.
Conclusione: quadro compatibile con mieloma multiplo (criteri IMWG). FISH: t(4;14) presente.
Firmato: Dott. Stefano Lodi-Cavazza, ematologo di laboratorio

TRADUZIONE / TRANSLATION:
Haematology Laboratory - "L. and A. Seràgnoli" Institute of Haematology, Bologna
BONE MARROW ASPIRATE REPORT      Accession no. BM-22-01977
Patient: Ferretti Annunziata (F, 71 years)   Requested by: Dr I. Benedetti
Sample date: 21/09/2022
Cellularity: increased. Blasts 3%. Plasma cells 28%, atypical, CD138+, CD56+, kappa restricted.
Conclusion: picture consistent with multiple myeloma (IMWG criteria). FISH: t(4;14) present.
Signed: Dr Stefano Lodi-Cavazza, laboratory haematologist
Translator's declaration: I, Marco Albertazzi, certify this translation is accurate. 02/02/2024
""",
identifiers=[("BM-22-01977", OID), ("Ferretti Annunziata", PN), ("Dott. Stefano Lodi-Cavazza", CN), ("Dr Stefano Lodi-Cavazza", CN)],
keep=["Dott.ssa I. Benedetti", "Dr I. Benedetti", "21/09/2022", "71 anni", "71 years", "Plasmacellule 28%", "Plasma cells 28%",
      "CD138+", "IMWG", "t(4;14)", "Seràgnoli", "Marco Albertazzi"]),

dict(id="ho-026", kind="clinic_letter", text="""Nottingham University Hospitals NHS Trust
Clinical Haematology, Nottingham City Hospital, Hucknall Road, Nottingham NG5 1PB
Direct line 0115 496 0380 | Fax 0115 496 0399

Date: 07/04/2025
Our ref: HAEM/IB/OPD/77104
NHS no: 947 305 1186    Hospital no: J1620334

To: Dr Ravi Chandrakumar, Bulwell Riverside Medical Centre, Main Street, Bulwell, Nottingham NG6 8QJ

RE: Ms Tanisha Clarke-Oyelowo, DOB 30/10/1994 - sickle cell disease (HbSS)

Ms Clarke-Oyelowo attended the haemoglobinopathy clinic with her aunt Gloria. Since starting hydroxycarbamide 1 g daily (20 mg/kg) in 2023 she has had 1 crisis needing admission (previously 5 a year). Hb 92 g/L, HbF 18%, MCV 112, neutrophils 2.9. Transcranial Doppler not required (adult). Ferritin 340 ug/L after 14 top-up transfusions in total; no chelation needed yet.

She is planning pregnancy: I have explained that hydroxycarbamide should be stopped 3 months before conception, and will refer her to the joint obstetric haematology clinic (Dr Benedetti / Miss Oduwole). Partner testing (his name and details not given today) is recommended; she will bring him to the next clinic.

Penicillin V 250 mg BD and folic acid 5 mg OD to continue. Pneumococcal vaccine due 2026.

Dr Ilaria Benedetti
Specialty Doctor, Clinical Haematology
""",
identifiers=[("Hucknall Road, Nottingham NG5 1PB", AD), ("0115 496 0380", PH), ("0115 496 0399", PH), ("HAEM/IB/OPD/77104", REF),
             ("947 305 1186", NHS), ("J1620334", HN), ("Dr Ravi Chandrakumar", CN), ("Bulwell Riverside Medical Centre, Main Street, Bulwell, Nottingham", AD),
             ("NG6 8QJ", PC), ("Ms Tanisha Clarke-Oyelowo", PN), ("Ms Clarke-Oyelowo", PN), ("Gloria", RN), ("Miss Oduwole", CN)],
keep=["Nottingham University Hospitals NHS Trust", "Nottingham City Hospital", "07/04/2025", "30/10/1994", "HbSS",
      "hydroxycarbamide 1 g daily", "20 mg/kg", "Hb 92 g/L", "HbF 18%", "MCV 112", "Ferritin 340 ug/L", "Dr Benedetti",
      "Penicillin V 250 mg BD", "folic acid 5 mg OD", "Dr Ilaria Benedetti", "Transcranial Doppler"]),

dict(id="ho-027", kind="mdt_list", text="""NUH LYMPHOMA MDT  -  Tues 11/02/2025  13:00  -  City Hospital Education Centre / MS Teams
Chair: Dr Nikhil Mahadevan (Consultant Haematologist)   Histopathology: Dr Grace Alcott   Radiology: Dr Eoin Fitzmaurice
Presenting haematologist: Dr I. Benedetti     MDT coordinator: Hollie Brannigan (ext 71352)

# | Patient                 | Hosp no  | NHS no       | Age/Sex | Summary                                         | Outcome
1 | Brian Thewlis           | J0938812 | 401 227 9930 | 66 M    | DLBCL stage IIIA, IPI 3, LVEF 58%                | R-CHOP x6, CNS prophylaxis not indicated (CNS-IPI 2)
2 | Mrs Hana Kowalczyk      | J2207745 | 733 680 1145 | 34 F    | cHL stage IIB, bulky mediastinum; fertility     | ABVD x2 then iPET; refer to fertility (egg storage) urgently
3 | Desmond "Des" Lattimore | J1145560 | 602 418 3372 | 79 M    | MZL splenic, Hb 101, plt 88                      | watch and wait; repeat FBC 3/12
4 | Fionnuala Breslin       | J3309127 | 488 107 6624 | 52 F    | FL grade 3A, GELF criteria met                   | obinutuzumab-bendamustine; discuss with pt (husband Ciaran to attend)

Attendance recorded for core membership. Outcomes verified by chair.
""",
identifiers=[("Dr Grace Alcott", CN), ("Dr Eoin Fitzmaurice", CN), ("Hollie Brannigan", CN), ("ext 71352", PH),
             ("Brian Thewlis", PN), ("J0938812", HN), ("401 227 9930", NHS), ("Mrs Hana Kowalczyk", PN), ("J2207745", HN),
             ("733 680 1145", NHS), ("Desmond \"Des\" Lattimore", PN), ("J1145560", HN), ("602 418 3372", NHS),
             ("Fionnuala Breslin", PN), ("J3309127", HN), ("488 107 6624", NHS), ("Ciaran", RN)],
keep=["Dr Nikhil Mahadevan", "Dr I. Benedetti", "11/02/2025", "DLBCL stage IIIA", "IPI 3", "LVEF 58%", "R-CHOP x6", "CNS-IPI 2",
      "ABVD x2", "Hb 101", "plt 88", "FL grade 3A", "GELF criteria", "obinutuzumab-bendamustine", "66 M", "NUH LYMPHOMA MDT"]),

dict(id="ho-028", kind="datix_incident", text="""DATIX WEB - INCIDENT FORM (Nottingham University Hospitals)
Incident ID: NUH-W-2024-331908        LFPSE reference: LFPSE-7H2K-9QXM
SHOT report: SHOT-2024-14472
Date/time: 22/08/2024 19:50     Location: City Hospital, Ward 31 (Haematology), side room 4

Type: blood transfusion - wrong blood in tube (WBIT) - near miss
Patient affected: Mr Arthur Pennywell, MRN J2876015, DOB 11/01/1952
Second patient involved: Mrs Doreen Pennywell (wife, also inpatient Ward 31 bed 9, MRN J2876023)

Description: group and screen sample labelled at bedside for Mr Pennywell by HCA Lucy Atterbury using the wrong addressograph label (wife's). Lab (BMS Kwame Asante-Ryder) detected ABO discrepancy with historical group (A RhD pos vs O RhD pos). No unit issued. Reported by Dr I. Benedetti, who reviewed both patients.

Actions: two-sample rule reinforced; bedside printing of labels (BloodTrack) requested; teaching session for ward staff delivered by Dr Benedetti 05/09/2024; escalated to Transfusion Practitioner Sharon Lees.
Severity: no harm.
""",
identifiers=[("NUH-W-2024-331908", REF), ("LFPSE-7H2K-9QXM", REF), ("SHOT-2024-14472", REF), ("Mr Arthur Pennywell", PN),
             ("J2876015", HN), ("Mrs Doreen Pennywell", PN), ("J2876023", HN), ("Mr Pennywell", PN), ("Lucy Atterbury", CN),
             ("Kwame Asante-Ryder", CN), ("Sharon Lees", CN)],
keep=["22/08/2024", "Ward 31 (Haematology)", "side room 4", "11/01/1952", "Ward 31 bed 9", "A RhD pos", "O RhD pos", "Dr I. Benedetti",
      "Dr Benedetti", "05/09/2024", "BloodTrack", "wrong blood in tube (WBIT)", "City Hospital"]),

dict(id="ho-029", kind="wpba_msf", text="""MULTI-SOURCE FEEDBACK (MSF) SUMMARY REPORT
Doctor: Dr Ilaria Benedetti   GMC No: 7580334   Specialty: Haematology   Period: Oct-Nov 2024
Responsible officer/facilitator: Dr Nikhil Mahadevan (facilitated feedback meeting 03/12/2024)
Responses: 17 (consultants 4, trainees 3, nurses 6, lab/BMS 2, admin 2)

Scores (mean, 1-7):           Doctor   Peer group
Clinical knowledge            6.6      6.1
Diagnostic skills             6.5      6.0
Communication with patients   6.8      6.3
Team working                  6.4      6.2
Reliability/timekeeping       6.1      6.3

Selected free-text comments (anonymous):
"Ilaria is the person I call when a transfusion problem gets complicated."
"Very approachable on the ward; occasionally stays late and could delegate more."
"Her teaching on the WBIT incident changed how we label samples on Ward 31."
One respondent named a colleague in a comment ("unlike Dr Paddon on nights") - this has been noted and left unattributed.

Signed as accurate: Dr N. Mahadevan, 03/12/2024
""",
identifiers=[("Dr Paddon", CN)],
keep=["Dr Ilaria Benedetti", "7580334", "Dr Nikhil Mahadevan", "Dr N. Mahadevan", "Ilaria", "03/12/2024", "6.6", "Ward 31"]),

dict(id="ho-030", kind="chat_export", text="""Microsoft Teams - chat: "Haem on-call" - exported 30/01/2025
[29/01/2025 22:41] Ollie Bramhall (SpR): ITP pt on EAU, plt 4, wet purpura, gum bleeding. Elspeth Marwood, J0472290. IVIg?
[29/01/2025 22:43] Ilaria Benedetti: yes - IVIg 1 g/kg (she is 62 kg, so 60 g) + methylpred 1 g. Platelet transfusion only if active major bleeding. Any headache / neuro?
[29/01/2025 22:44] Ollie Bramhall (SpR): none, GCS 15. CT head not done
[29/01/2025 22:45] Ilaria Benedetti: fine. Tranexamic acid mouthwash. Send blood film + HIV/HCV/H pylori. I'll see her at 08:00, ward 31 bed 2 if free
[29/01/2025 22:51] Ollie Bramhall (SpR): her son Marcus (07700 900235) asking if she can go home lol
[29/01/2025 22:52] Ilaria Benedetti: not with plt 4! Explain please
[30/01/2025 08:35] Ilaria Benedetti: plt 19 this morning. Started eltrombopag discussion for later.
""",
identifiers=[("Ollie Bramhall", CN), ("Elspeth Marwood", PN), ("J0472290", HN), ("Marcus", RN), ("07700 900235", PH)],
keep=["Ilaria Benedetti", "plt 4", "IVIg 1 g/kg", "62 kg", "60 g", "methylpred 1 g", "GCS 15", "Tranexamic acid", "ward 31 bed 2",
      "plt 19", "eltrombopag", "29/01/2025"]),
]
