from common import *

APPLICANT = "Dr Amélie Rousseau"

DOCS = [
dict(id="ho-066", kind="translated_operation_note", text="""ORIGINAL (français)
Assistance Publique - Hôpitaux de Paris - Hôpital Saint-Louis
Service de Chirurgie Plastique, Reconstructrice et Esthétique
COMPTE RENDU OPÉRATOIRE
Patiente : Mme Solène Marchetti-Dufour, née le 12/02/1979    IPP : 8041177352    N° de séjour : 220918833
Adresse : 17 rue de la Grange-aux-Belles, 75010 Paris    Tél. : +33 6 00 00 41 27
Date : 21/09/2022
Opérateur : Dr Amélie Rousseau (cheffe de clinique)    Aide : Dr Baptiste Lenoir (interne)
Anesthésiste : Dr Karima Bensalem
Intervention : reconstruction mammaire gauche différée par lambeau DIEP (perforantes médiales, 2 perforantes), anastomoses sur vaisseaux mammaires internes (3e espace intercostal), coupleur 2,5 mm pour la veine, suture 9-0 pour l'artère. Ischémie 52 min. Poids du lambeau 640 g.
Suites : surveillance du lambeau toutes les heures pendant 24 h (Doppler), énoxaparine 4000 UI/j.
Signature : A. Rousseau

CERTIFIED TRANSLATION (English)
Paris Public Hospitals (AP-HP) - Saint-Louis Hospital
Department of Plastic, Reconstructive and Aesthetic Surgery
OPERATION REPORT
Patient: Mrs Solène Marchetti-Dufour, born 12/02/1979    Patient ID (IPP): 8041177352    Stay no.: 220918833
Address: 17 rue de la Grange-aux-Belles, 75010 Paris    Tel.: +33 6 00 00 41 27
Date: 21/09/2022
Surgeon: Dr Amélie Rousseau (chief resident / clinical fellow)    Assistant: Dr Baptiste Lenoir (resident)
Anaesthetist: Dr Karima Bensalem
Procedure: delayed left breast reconstruction with DIEP flap (medial row, 2 perforators), anastomoses to the internal mammary vessels (3rd intercostal space), 2.5 mm coupler for the vein, 9-0 suture for the artery. Ischaemia time 52 min. Flap weight 640 g.
Post-operative: hourly flap monitoring for 24 h (Doppler), enoxaparin 4000 IU/day.
Signature: A. Rousseau
Traduction certifiée conforme - Cabinet Lefebvre-Ndiaye, traductrice expert près la Cour d'appel de Paris, n° 2023-TR-5591.
""",
identifiers=[("Mme Solène Marchetti-Dufour", PN), ("8041177352", HN), ("220918833", HN), ("17 rue de la Grange-aux-Belles, 75010 Paris", AD),
             ("+33 6 00 00 41 27", PH), ("Dr Baptiste Lenoir", CN), ("Dr Karima Bensalem", CN), ("Mrs Solène Marchetti-Dufour", PN),
             ("2023-TR-5591", REF)],
keep=["Hôpital Saint-Louis", "12/02/1979", "21/09/2022", "Dr Amélie Rousseau", "A. Rousseau", "lambeau DIEP", "DIEP flap", "2,5 mm",
      "9-0", "52 min", "640 g", "énoxaparine 4000 UI/j", "enoxaparin 4000 IU/day", "Saint-Louis Hospital", "Cabinet Lefebvre-Ndiaye"]),

dict(id="ho-067", kind="operation_note", text="""Salisbury NHS Foundation Trust - Salisbury District Hospital - Odstock Centre for Burns, Plastic and Maxillofacial Surgery
OPERATION NOTE                                    Theatre: Plastics 2    Date: 06/02/2025
Patient label: DRISCOLL, Nathaniel    DOB 19/08/2001    M    Hosp no: SDH0390145    NHS 519 226 4038
Surgeon: Dr A. Rousseau (Locum Consultant Plastic Surgeon)   Assistant: Mr Jonah Petrakis (StR)
Anaesthetic: regional (WALANT not used) - axillary block by Dr Felicity Arkwright-Sole

Diagnosis: open R index and middle finger flexor tendon injuries (zone II FDP + FDS, digital nerves), glass laceration at work 05/02/2025 - tetanus up to date.
Procedure: exploration, repair FDP index and middle with 4-strand (Adelaide) core suture 3-0 Prolene + 6-0 epitendinous; FDS index repaired, middle FDS one slip excised; radial digital nerve index repaired 9-0 Ethilon under microscope. A2 pulley vented 30%.
Tourniquet 78 min at 250 mmHg.
Post-op: dorsal blocking splint wrist 20 deg flexion, MCPJ 70 deg; early active motion (Saint John protocol) from day 3 with hand therapy.
Co-amoxiclav 625 mg TDS x 5 days.
Signed: A. Rousseau GMC 7590417
""",
identifiers=[("DRISCOLL, Nathaniel", PN), ("SDH0390145", HN), ("519 226 4038", NHS), ("Mr Jonah Petrakis", CN), ("Dr Felicity Arkwright-Sole", CN)],
keep=["Salisbury District Hospital", "Odstock Centre for Burns, Plastic and Maxillofacial Surgery", "Plastics 2", "06/02/2025",
      "19/08/2001", "Dr A. Rousseau", "A. Rousseau", "7590417", "zone II FDP", "3-0 Prolene", "9-0 Ethilon", "78 min at 250 mmHg",
      "Saint John protocol", "Co-amoxiclav 625 mg", "Adelaide", "WALANT"]),

dict(id="ho-068", kind="ward_list", text="""BURNS UNIT (Odstock) - PATIENT LIST - 24/02/2025 - consultant of week: Mr Idris Pemberton-Okafor / locum Dr Rousseau
Bed  Name                    Hosp no     Age  %TBSA  Mechanism / depth           Day  Plan
B1   Ellis-Montague, Harvey  SDH0411827  34   28%    flame (house fire), FT/DD    6    theatre Wed: excision + SSG 1:3 mesh, NovoSorb BTM to back
B2   Nowak, Zofia            SDH0412260  71   9%     scald, DD                    3    dressings, ?SSG, falls assessment
B4   "Tiny" Kyle Prothero    SDH0409931  22   4%     chemical (hydrofluoric acid) hand  2  Ca gluconate gel, Ca 2.21, ECG
B6   Whitcombe-Ryan, Isla    SDH0413774  48   15%    electrical 11 kV + flame     1    CK 18,400, rhabdo, fluids 2 ml/kg/%TBSA (Parkland modified), ECG monitor 24h
Burns outreach nurse: Tegan Uphill bleep 1442.  Psychology (Dr Lucas Brightwell) for B1 and B6.
""",
identifiers=[("Ellis-Montague, Harvey", PN), ("SDH0411827", HN), ("Nowak, Zofia", PN), ("SDH0412260", HN), ("Tiny", PN),
             ("Kyle Prothero", PN), ("SDH0409931", HN), ("Whitcombe-Ryan, Isla", PN), ("SDH0413774", HN), ("Tegan Uphill", CN),
             ("bleep 1442", PH), ("Dr Lucas Brightwell", CN)],
keep=["24/02/2025", "Mr Idris Pemberton-Okafor", "Dr Rousseau", "B1", "28%", "SSG 1:3 mesh", "NovoSorb BTM", "hydrofluoric acid",
      "Ca 2.21", "11 kV", "CK 18,400", "2 ml/kg/%TBSA", "Parkland", "Odstock"]),

dict(id="ho-069", kind="clinic_letter", text="""Hand Trauma Clinic, Salisbury District Hospital, Odstock Road, Salisbury SP2 8BJ | 01632 960152 (hand therapy)
Ref: HTC/AR/2025/0219   Hosp no: SDH0401763   NHS: 487 332 9150

Dr Chiamaka Iheanacho-Lowe
The Avenue Surgery, 14 The Avenue, Warminster BA12 9AA

11/03/2025
Dear Dr Iheanacho-Lowe,

Mrs Philippa Ormerod-Tyne (DOB 04/04/1963), right-hand-dominant florist, attended 5 weeks after a fall onto the outstretched hand with a right scaphoid waist fracture (Herbert B2) treated in a cast elsewhere. CT shows no union, 1.5 mm displacement. I have listed her for percutaneous fixation with a headless compression screw (Acutrak 2 mini). Her Dupuytren's disease left ring finger (Tubiana stage 1, MCPJ 25 degrees) does not need treatment now; Hueston tabletop test negative.

She takes alendronic acid 70 mg weekly; DEXA T-score -2.7.

Yours sincerely
Dr Amélie Rousseau, Locum Consultant Plastic and Hand Surgeon
""",
identifiers=[("Odstock Road, Salisbury SP2 8BJ", AD), ("01632 960152", PH), ("HTC/AR/2025/0219", REF), ("SDH0401763", HN),
             ("487 332 9150", NHS), ("Dr Chiamaka Iheanacho-Lowe", CN), ("Dr Iheanacho-Lowe", CN), ("The Avenue Surgery, 14 The Avenue, Warminster", AD),
             ("BA12 9AA", PC), ("Mrs Philippa Ormerod-Tyne", PN)],
keep=["Hand Trauma Clinic", "Salisbury District Hospital", "11/03/2025", "04/04/1963", "Herbert B2", "1.5 mm", "Acutrak 2 mini",
      "Dupuytren's disease", "Tubiana stage 1", "Hueston tabletop test", "alendronic acid 70 mg weekly", "T-score -2.7",
      "Dr Amélie Rousseau"]),

dict(id="ho-070", kind="wpba_dops", text="""PBA/DOPS: split-thickness skin graft harvest (dermatome) - assessment record
Doctor: Amélie Rousseau        GMC: 7590417         Date: 19/12/2024
Assessor: Mr Idris Pemberton-Okafor, Consultant Burns and Plastic Surgeon (GMC 4733901) - signature below
Location: Odstock theatres 1    Patient: 58M, 12% TBSA flame burn, day 5 (hosp no recorded on paper copy: SDH0398410)

Consent and WHO sign-in ........... competent
Infiltration (tumescent adrenaline 1:1,000,000) ....... competent
Zimmer dermatome set-up (0.3 mm / 12/1000 inch) ........ competent
Harvest technique, donor site haemostasis ............... competent
Mesh 1.5:1 and application with staples, NPWT -125 mmHg . competent
Global: Level 4 (can perform independently)
"Excellent, calm leadership of the team. Please ensure the scrub nurse (Shannon) checks blade count aloud."
Assessor signature: I. Pemberton-Okafor
""",
identifiers=[("GMC 4733901", GMC), ("SDH0398410", HN), ("Shannon", CN)],
keep=["Amélie Rousseau", "7590417", "19/12/2024", "Mr Idris Pemberton-Okafor", "I. Pemberton-Okafor", "58M", "12% TBSA",
      "adrenaline 1:1,000,000", "0.3 mm", "NPWT -125 mmHg", "Level 4", "Zimmer dermatome"]),

dict(id="ho-071", kind="email", text="""From: Amélie Rousseau <amelie.rousseau@salisburyplastics.example.nhs.uk>
To: "Eastleigh, Conrad" <conrad.eastleigh@pwh.example.nhs.uk>
Date: Fri, 14 Mar 2025 22:17:44 +0000
Subject: RE: transfer request - degloving injury L hand - pt Delroy Buckingham-Pryce (your MRN PW5520374)

Hi Conrad,

Thanks for the photos (sent via secure NHSmail only - please do not WhatsApp them). This is a ring avulsion injury (Urbaniak class III) of the L ring finger plus dorsal degloving. We will accept him tonight for revascularisation vs terminalisation. Please:
- keep NBM from now, IV co-amoxiclav 1.2 g, tetanus if not covered
- do not apply a tourniquet; elevate
- send with the X-rays on the image link (IEP)
Bed bureau transfer ID: BB-250314-7781. Ask the ambulance to come to Odstock Ward (Burns & Plastics admissions), 2nd floor.

His partner Renee (07700 900889) can travel in the ambulance.

Amélie
Dr Amélie Rousseau | Locum Consultant Plastic Surgeon | Salisbury District Hospital | on-call via switchboard 01632 960001
""",
identifiers=[("amelie.rousseau@salisburyplastics.example.nhs.uk", EM), ("Eastleigh, Conrad", CN), ("conrad.eastleigh@pwh.example.nhs.uk", EM),
             ("Delroy Buckingham-Pryce", PN), ("PW5520374", HN), ("Conrad", CN), ("BB-250314-7781", OID), ("Renee", RN),
             ("07700 900889", PH), ("01632 960001", PH)],
keep=["Amélie Rousseau", "Urbaniak class III", "co-amoxiclav 1.2 g", "Odstock Ward", "Dr Amélie Rousseau", "Salisbury District Hospital",
      "Amélie", "14 Mar 2025"]),

dict(id="ho-072", kind="referral_letter_ocr", text="""Sa1isbury District H0spita1 - Skin Cancer MDT referra1 (scanned)
Ref: SCM DT/25/O311          Hosp n0: SDH O4O 2958       NHS: 5l8 O77 3364

Name: Mr Bern4rd Qui11ington      D0B: 3O/O1/1944      Sex: M
Addr: F1at 2, The 0ld Rect0ry, Ch1lmark, SP3 5AR

Hist0logy (ex cision bi0psy 14/O2/2O25): n0dular me1an0ma, Bres1ow 3.4 mm, u1cerated,
mit0ses 6/mm2, pT3b. Marg1ns 1 mm.
P1an: wide 1oca1 excisi0n 2 cm + sentine1 1ymph n0de bi0psy (SLNB); staging CT.
Discussed with Dr Rousseau. GP: Dr Wh1tmarsh, Tisbury.
""",
identifiers=[("SCM DT/25/O311", REF), ("SDH O4O 2958", HN), ("5l8 O77 3364", NHS), ("Mr Bern4rd Qui11ington", PN),
             ("F1at 2, The 0ld Rect0ry, Ch1lmark", AD), ("SP3 5AR", PC), ("Dr Wh1tmarsh", CN), ("Tisbury", AD)],
keep=["Sa1isbury District H0spita1", "3O/O1/1944", "14/O2/2O25", "Bres1ow 3.4 mm", "pT3b", "2 cm", "SLNB", "Dr Rousseau",
      "mit0ses 6/mm2"]),
]
