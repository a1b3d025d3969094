# Dr Marta Kowalczyk - anaesthetics and intensive care medicine (GMC 7290457)
from common import T

D = "Dr Marta Kowalczyk"

T("icu_handover", D, """LOWMOOR UNIVERSITY HOSPITAL - GENERAL ICU (Ward 30) - MORNING HANDOVER 09/12/2024
Outgoing: Dr M. Kowalczyk (night ICU registrar)    Incoming: Dr Gareth Penhaligon (consultant) + day team

Bed 1 | 100 244 8713 | 62M | Urosepsis, AKI 3 | noradrenaline 0.18 mcg/kg/min, MAP 65 | CVVHF 30 ml/kg/h | lactate 3.1
Bed 2 | LUH2290871 | 44F | SAH WFNS 4, EVD | Na 131 -> hypertonic 2.7% | nimodipine 60 mg 4-hourly | TCD day 6
Bed 4 | LUH1785530 | 71M | post-op Hartmann's | extubated 03:00, HFNO 40 L FiO2 0.35 | step-down if stable
Bed 5 | LUH2048816 | 29F | DKA + aspiration | P/F ratio 21 kPa on PEEP 10 | prone x1, RASS -3 | mum Carol and sister Danielle visiting 14:00
Bed 7 | unknown male ("Rocky", from Harbour Street shelter) | LUH2310094 | OOHCA, TTM 36C day 2 | neuro-prognostication 72 h | police liaison PC Gary Hollis 2109
Bed 8 | Dr Kowalczyk's note: SIDE ROOM - CPE isolate | 55F | pancreatitis, APACHE II 19

Outreach: review "Mrs Z." (Ward 12, bay 3) - NEWS2 7 at 05:00.
""", [("100 244 8713", "NHS"), ("LUH2290871", "HN"), ("LUH1785530", "HN"), ("LUH2048816", "HN"), ("Carol", "RN"),
      ("Danielle", "RN"), ("Rocky", "PN"), ("Harbour Street", "AD"), ("LUH2310094", "HN"), ("Gary Hollis", "CN"),
      ("2109", "OID"), ("Mrs Z.", "PN")],
  ["LOWMOOR UNIVERSITY HOSPITAL", "Ward 30", "09/12/2024", "Dr M. Kowalczyk", "Dr Gareth Penhaligon", "Bed 1",
   "noradrenaline 0.18 mcg/kg/min", "MAP 65", "CVVHF 30 ml/kg/h", "WFNS 4", "hypertonic 2.7%",
   "nimodipine 60 mg 4-hourly", "HFNO 40 L FiO2 0.35", "P/F ratio 21 kPa", "PEEP 10", "RASS -3", "TTM 36C",
   "APACHE II 19", "Dr Kowalczyk", "Ward 12, bay 3", "NEWS2 7", "62M", "Bed 7"])

T("anaesthetic_consent", D, """Consent Form 1 - patient agreement to investigation or treatment (with anaesthetic record)
Lowmoor University Hospital NHS Trust
Patient name: Grzegorz Wisniewski   DOB: 30/01/1983   Hospital no: LUH1650329
Interpreter: Polish, face to face (interpreter Agnieszka Dudek, booking ref INT-40811)
Proposed procedure: laparoscopic cholecystectomy under general anaesthesia; TAP blocks.
Anaesthetic risks discussed (RCoA patient information leaflets): sore throat 45%, PONV 1 in 3, dental damage 1 in 4,500, awareness 1 in 19,000, anaphylaxis 1 in 10,000, death 1 in 100,000.
Airway: Mallampati 2, thyromental distance > 6.5 cm, BMI 34. ASA II. STOP-BANG 4 - no CPAP.
Plan: RSI not required; propofol 200 mg, fentanyl 100 mcg, rocuronium 50 mg; sugammadex reversal 2 mg/kg available.
Statement of health professional: Dr Marta Kowalczyk, Specialty Doctor in Anaesthesia. 14/10/2024
Countersigned (supervisor): Dr Gareth Penhaligon
Patient's signature: G. Wisniewski
""", [("Grzegorz Wisniewski", "PN"), ("G. Wisniewski", "PN"), ("LUH1650329", "HN"), ("Agnieszka Dudek", "CN"),
      ("INT-40811", "REF")],
  ["Consent Form 1", "DOB: 30/01/1983", "laparoscopic cholecystectomy", "TAP blocks", "RCoA", "1 in 19,000",
   "Mallampati 2", "BMI 34", "ASA II", "STOP-BANG 4", "propofol 200 mg", "fentanyl 100 mcg", "rocuronium 50 mg",
   "sugammadex", "2 mg/kg", "Dr Marta Kowalczyk", "Dr Gareth Penhaligon", "Lowmoor University Hospital NHS Trust"])

T("wpba_assessor", D, """Evidence of supervision and assessment of others - DOPS completed by me as assessor
Assessor: Dr Marta Kowalczyk (GMC 7290457), Specialty Doctor, Department of Anaesthesia, Lowmoor University Hospital
Trainee assessed: Dr Hamish Lockhart-Wynn, CT2 Anaesthetics (GMC 7844215)
Procedure: ultrasound-guided fascia iliaca block for fractured neck of femur, Emergency Department resus
Date: 06/02/2025
Levobupivacaine 0.25% 30 ml (75 mg), in-plane approach, hydrodissection seen, pain score 8/10 -> 2/10 at 30 min.
Feedback given: good needle visualisation; remind to check for the "bow-tie" sign before injecting; document the maximum dose (2 mg/kg) and time-out per LocSSIPs.
Outcome: competent to perform independently (level 3).
Reviewed by: Dr Gareth Penhaligon, College Tutor
""", [("Hamish Lockhart-Wynn", "CN"), ("7844215", "GMC")],
  ["Dr Marta Kowalczyk", "GMC 7290457", "Lowmoor University Hospital", "CT2 Anaesthetics", "fascia iliaca block",
   "06/02/2025", "Levobupivacaine 0.25% 30 ml (75 mg)", "8/10 -> 2/10", "2 mg/kg", "LocSSIPs", "level 3",
   "Dr Gareth Penhaligon"])

T("translation_abroad", D, """ORIGINAL (Polish): Szpital Uniwersytecki w Krakowie, Oddzial Kliniczny Anestezjologii i Intensywnej Terapii
Karta informacyjna leczenia szpitalnego
Pacjent: Zofia Krawczyk-Nowak, PESEL 58031204567, nr ksiegi glownej 2018/OAIT/00912
Adres: ul. Lipowa 14/3, 31-512 Krakow
Rozpoznanie: wstrzas septyczny (A41.9), ARDS. Leczenie: noradrenalina, wentylacja mechaniczna 11 dni, tracheostomia przezskorna.
Lekarz prowadzacy: lek. Marta Kowalczyk. Kierownik: prof. dr hab. n. med. Tadeusz Wrobel

ENGLISH TRANSLATION (certified, translator's number TP/2203/19):
University Hospital in Krakow, Clinical Department of Anaesthesiology and Intensive Care
Discharge summary
Patient: Zofia Krawczyk-Nowak, national ID (PESEL) 58031204567, main register no. 2018/OAIT/00912
Address: 14/3 Lipowa Street, 31-512 Krakow
Diagnosis: septic shock (A41.9), ARDS. Treatment: noradrenaline, mechanical ventilation for 11 days, percutaneous tracheostomy.
Attending doctor: Marta Kowalczyk MD. Head of department: Prof. Tadeusz Wrobel MD PhD
""", [("Zofia Krawczyk-Nowak", "PN"), ("58031204567", "OID"), ("2018/OAIT/00912", "HN"), ("ul. Lipowa 14/3", "AD"),
      ("31-512 Krakow", "AD"), ("14/3 Lipowa Street", "AD"), ("TP/2203/19", "OID")],
  ["Szpital Uniwersytecki w Krakowie", "University Hospital in Krakow", "A41.9", "ARDS", "11 dni", "11 days",
   "percutaneous tracheostomy", "lek. Marta Kowalczyk", "Marta Kowalczyk MD", "prof. dr hab. n. med. Tadeusz Wrobel",
   "Prof. Tadeusz Wrobel MD PhD", "septic shock"])

T("mm_summary", D, """Anaesthesia Morbidity & Mortality meeting - summary of my presentation
Presenter: Dr Marta Kowalczyk   Chair: Dr Gareth Penhaligon   Date: 21/01/2025   Lowmoor University Hospital
Topic: "Can't intubate, can't oxygenate" - lessons from three cases (2022-2024, national and local, all anonymised)
Key learning points:
- Difficult Airway Society (DAS) 2015 guideline: Plan A-D; declare CICO early; scalpel-bougie-tube front of neck access.
- Vortex approach as a cognitive aid; maximum three attempts at each of facemask, SGA and intubation.
- Videolaryngoscope (McGRATH MAC) available in every theatre since the NAP4 follow-up.
- Sugammadex 16 mg/kg for immediate reversal of rocuronium - the "can't intubate" drawer stock checked weekly.
Attendance: 24 (consultants 9, SAS 6, trainees 7, ODPs 2). Feedback mean 4.7/5.
Outcome: FONA training added to the quarterly departmental simulation programme.
""", [],
  ["Dr Marta Kowalczyk", "Dr Gareth Penhaligon", "21/01/2025", "Difficult Airway Society (DAS) 2015", "Plan A-D",
   "CICO", "Vortex approach", "McGRATH MAC", "NAP4", "Sugammadex 16 mg/kg", "rocuronium", "4.7/5",
   "Lowmoor University Hospital", "FONA"])

T("anaesthetic_chart_ocr", D, """L0WM00R UNIVERSITY H0SPITAL   ANAESTHETIC REC0RD  (scan pg 1/2)
Patient: 0'SULLIVAN, Declan Patrick      Hosp no: LUH l9O3386      D0B: 1l/ll/l948
Theatre: Main 0T 4   Date: 2O/O5/2O24   Surgeon: Mr C. Ferreira-Lind   Anaesth: Dr M K0walczyk
Pr0cedure: revisi0n right THR       ASA III     Wt 82 kg
Spinal: 0.5% heavy bupivacaine 2.6 rnl + diamorphine 3OO rncg, L3/4, 25G pencil-p0int
Sedati0n: pr0pofol TCI (Schnider) 0.8-l.2 rncg/rnl
TXA l g at knife-to-skin.  EBL 9OO rnl.  Ce11 saver returned 34O rnl.
Hb pre-op l32, post-op 98 g/L.
""", [("0'SULLIVAN, Declan Patrick", "PN"), ("LUH l9O3386", "HN"), ("C. Ferreira-Lind", "CN")],
  ["L0WM00R UNIVERSITY H0SPITAL", "D0B: 1l/ll/l948", "Main 0T 4", "2O/O5/2O24", "Dr M K0walczyk", "revisi0n right THR",
   "ASA III", "Wt 82 kg", "0.5% heavy bupivacaine 2.6 rnl", "diamorphine 3OO rncg", "L3/4", "Schnider", "TXA l g",
   "EBL 9OO rnl", "Hb pre-op l32"])

T("research_ethics", D, """Research and ethics evidence - NIHR portfolio study participation
Study: PROTECT-ICU - a randomised trial of conservative versus liberal oxygen in mechanically ventilated adults
Role: Principal Investigator (site), Lowmoor University Hospital - Dr Marta Kowalczyk (GCP certificate NIHR, 12/03/2024)
IRAS ID: 329871     REC ref: 23/NW/0147     Local R&D ref: LUH-RD-2024-058
Sponsor: University of Lowmoor. Chief Investigator: Prof. Helen O'Driscoll.

Site recruitment (01/04/2024-31/03/2025): 38 participants (target 30).
Screening log extract (for the sponsor monitor only - not for upload):
  PROT-LUH-004   randomised 12/04/2024   arm B
  PROT-LUH-017   randomised 03/07/2024   arm A   withdrawn by consultee (husband, Peter)
  PROT-LUH-031   randomised 19/11/2024   arm A
Protocol deviations: 2 (SpO2 target breach > 4 h), reported to the sponsor within 24 h.
Monitor queries to: research.office@lowmoor.nhs.example ; trial website https://protect-icu.example.org/sites/luh
Verified by: Dr Gareth Penhaligon, Clinical Director for Critical Care
""", [("329871", "REF"), ("23/NW/0147", "REF"), ("LUH-RD-2024-058", "REF"), ("PROT-LUH-004", "HN"),
      ("PROT-LUH-017", "HN"), ("PROT-LUH-031", "HN"), ("Peter", "RN"), ("research.office@lowmoor.nhs.example", "EM"),
      ("https://protect-icu.example.org/sites/luh", "URL")],
  ["PROTECT-ICU", "Principal Investigator", "Lowmoor University Hospital", "Dr Marta Kowalczyk", "12/03/2024",
   "Prof. Helen O'Driscoll", "38 participants", "target 30", "arm B", "Dr Gareth Penhaligon", "24 h", "University of Lowmoor"])
