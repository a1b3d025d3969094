from common import *

D("s41-023", "ambulance_handover", "Dr Oluwaseun Adeyemi", """
WAST ePCR handover note (copied into ED notes)
CAD incident: 1605-24-003317    ePCR: WAS-88120459
Crew: Paramedic Dylan Morgan (HCPC PA41872), EMT Ffion Jenkins
Pt: Mrs Olwen Watkins, 84, DOB 01/09/1939, F. Found on kitchen floor at 27 Bryn Road, Pontardawe SA8 4LT by her carer from Bluebird Care at 07:30; last seen well 19:00 previous evening. Long lie ~12 h.
Obs: RR 22, SpO2 93% air, HR 112 irreg, BP 96/58, temp 35.1, GCS 14 (E4 V4 M6), BM 6.2. CK (ED) 8,900.
Tx: 500 mL 0.9% sodium chloride, paracetamol 1 g IV.
Next of kin: nephew Alun Watkins, lives in Clydach, 01632 960377. Cat "Smwt" left in house - carer to feed.

ED reflection (Dr Adeyemi): rhabdomyolysis from a long lie with new AF. I commenced IV fluids at 200 mL/h and anticoagulation discussion deferred (CHA2DS2-VASc 4, ORBIT 2). Case discussed as Mini-CEX with Mr Huw Bevan-Thomas, 21/11/2024.
""", [("1605-24-003317", REF), ("WAS-88120459", REF), ("Dylan Morgan", CN), ("PA41872", GMC), ("Ffion Jenkins", CN), ("Olwen Watkins", PN),
      ("27 Bryn Road, Pontardawe", AD), ("SA8 4LT", PC), ("Alun Watkins", RN), ("Clydach", AD), ("01632 960377", PH), ("Smwt", OID)],
  ["Dr Adeyemi", "01/09/1939", "RR 22", "SpO2 93% air", "BP 96/58", "GCS 14 (E4 V4 M6)", "CK (ED) 8,900", "0.9% sodium chloride",
   "paracetamol 1 g IV", "rhabdomyolysis", "CHA2DS2-VASc 4", "ORBIT 2", "Mini-CEX", "Mr Huw Bevan-Thomas", "21/11/2024", "200 mL/h"])

D("s41-024", "community_notes", "Dr Farah Siddiqui", """
Community frailty team - home visit note
Date: 28/01/2025   Clinician: Dr Farah Siddiqui (Specialty Doctor, Geriatric Medicine)
Patient: Albert Ernest Nuttall, DOB 30/04/1933, male, NHS 602 337 1148
Home: 5 Mill Cottages, Ramsbottom BL0 9AZ (key safe code given by phone, not recorded)

Mr Nuttall (known to all as "Bert") is 91 and still walks to the Royal Oak on Bridge Street every Friday with his friend Stan Holt. He was a fitter at the paper mill in Summerseat for 44 years. He lives alone with his budgie, Joey. His only daughter, Pauline Greenhalgh, lives in Tottington and rings twice a day.

Two falls in 3 weeks. Lying/standing BP 148/82 -> 118/70 at 3 min with symptoms. Doxazosin 4 mg stopped, amlodipine reduced to 5 mg. Clinical Frailty Scale 5. Timed Up and Go 19 s. Referred to falls clinic (referral ID FC-BUR-0931) and community OT.

Visit reviewed for portfolio (ACAT - frailty): Dr Anders Lindqvist, Consultant Geriatrician
""", [("Albert Ernest Nuttall", PN), ("Nuttall", PN), ("Bert", PN), ("602 337 1148", NHS), ("5 Mill Cottages, Ramsbottom", AD),
      ("BL0 9AZ", PC), ("Royal Oak on Bridge Street", AD), ("Stan Holt", RN), ("paper mill in Summerseat", AD), ("Joey", OID),
      ("Pauline Greenhalgh", RN), ("Tottington", AD), ("FC-BUR-0931", REF)],
  ["Dr Farah Siddiqui", "30/04/1933", "male", "91", "BP 148/82 -> 118/70", "Doxazosin 4 mg", "amlodipine", "5 mg",
   "Clinical Frailty Scale 5", "Timed Up and Go 19 s", "ACAT", "Dr Anders Lindqvist", "28/01/2025"])

D("s41-025", "complaint_letter", "Dr Priyanka Deshmukh", """
From: Graham Fenwick-Lowe <g.fenwicklowe@example.com>
To: PALS, University Hospitals Sussex
Subject: Formal complaint - my wife's stroke care, Royal Sussex County Hospital

I am writing about my wife, Patricia Fenwick-Lowe (DOB 11/02/1950, hospital no RSC6612087), who was admitted on 14 December 2024 after collapsing at our home, 19 Dyke Road Avenue, Brighton BN1 5LB.

I want to say first that the stroke registrar, Dr Deshmukh, was excellent: she explained thrombolysis to me in plain English at 2 in the morning and rang me back when she said she would.

My complaint is about the ward afterwards (Ward Level 8A). Pat was left on the commode for 45 minutes by a healthcare assistant called Shannon and the nurse in charge, Brendan, told me "we are not a hotel". Her speech therapist, Ms Lucy Abara, was very good. Pat used to sing with the Brighton Gay Men's Chorus's allies choir and runs the Oxfam bookshop on Western Road - she wants to go back.

Please call me on 07700 900164.

Graham Fenwick-Lowe
""", [("Graham Fenwick-Lowe", RN), ("g.fenwicklowe@example.com", EM), ("Patricia Fenwick-Lowe", PN), ("Pat", PN), ("RSC6612087", HN),
      ("19 Dyke Road Avenue, Brighton", AD), ("BN1 5LB", PC), ("Shannon", CN), ("Brendan", CN), ("Ms Lucy Abara", CN),
      ("Brighton Gay Men's Chorus's allies choir", AD), ("Oxfam bookshop on Western Road", AD), ("07700 900164", PH)],
  ["Dr Deshmukh", "11/02/1950", "Royal Sussex County Hospital", "University Hospitals Sussex", "Ward Level 8A", "thrombolysis",
   "14 December 2024", "45 minutes"])

D("s41-026", "logbook_extract", "Dr Ciarán O'Hagan", """
eLogbook extract (ISCP) - emergency general surgery, Jan-Mar 2025
Surgeon: Mr C O'Hagan   Hospital: Craigavon Area Hospital
Date       | Pt ID       | Initials | Age/Sex | Procedure                              | Role | Outcome
03/01/2025 | CAH-K109921 | PMcG     | 34 M    | Lap appendicectomy                     | P    | Home day 1
09/01/2025 | CAH-K110457 | B.O'N    | 81 F    | Laparotomy, small bowel resection      | P    | Clavien-Dindo II
17/01/2025 | CAH-K111006 | TMcK     | 57 M    | Drainage perianal abscess              | PS   | Home day 0
28/01/2025 | CAH-K111772 | S.Q.     | 86 M    | Hartmann's procedure                   | P    | ICU 2 days
11/02/2025 | CAH-K112534 | AD       | 42 F    | Lap cholecystectomy (hot)              | P    | Home day 2
04/03/2025 | CAH-K113890 | ÉNíB     | 29 F    | Diagnostic laparoscopy, ovarian cyst   | A    | Home day 1
Supervisor sign-off: Mr Eamon Tierney, 31/03/2025 (consultant validation on eLogbook)
""", [("CAH-K109921", HN), ("PMcG", PN), ("CAH-K110457", HN), ("B.O'N", PN), ("CAH-K111006", HN), ("TMcK", PN), ("CAH-K111772", HN),
      ("S.Q.", PN), ("CAH-K112534", HN), ("AD", PN), ("CAH-K113890", HN), ("ÉNíB", PN)],
  ["Mr C O'Hagan", "Craigavon Area Hospital", "Lap appendicectomy", "Clavien-Dindo II", "Hartmann's procedure", "34 M", "81 F", "86 M",
   "Mr Eamon Tierney", "31/03/2025", "ISCP", "ICU 2 days"])

D("s41-027", "reflection", "Dr Nkechi Eze-Harrington", """
Reflection: the teenager from the Lisburn bonfire
Dr Nkechi Eze-Harrington, Specialty Doctor in Plastic Surgery, Regional Burns Unit, Royal Victoria Hospital, Belfast

On 12 July 2024 I admitted a 16-year-old boy, Cormac "Cozzy" Lavery, with 14% TBSA mixed-depth flame burns after a petrol-assisted bonfire on the Old Warren estate in Lisburn. He was a pupil at Friends' School Lisburn and played Gaelic for St Patrick's GAC, Aghagallon. His mum, Noeleen, and his older brother, Dáithí, arrived with the police liaison officer, Constable Ryan Adair.

Resuscitation used the modified Parkland formula (4 mL x 60 kg x 14% = 3,360 mL over 24 h, half in 8 h). I performed escharotomies of the left forearm at 03:10. Tetanus was up to date.

I found the questions from the PSNI difficult: they wanted to know who else had been at the bonfire. I said I could not share clinical information without consent or a legal basis and sought advice from the Caldicott Guardian. I learned where the line sits between cooperating with the police and protecting a child's confidence.

Reflection discussed and signed off by Mr Desmond Kirkpatrick, Consultant Plastic Surgeon, 30 July 2024.
""", [("Cormac \"Cozzy\" Lavery", PN), ("Old Warren estate in Lisburn", AD), ("Lisburn", AD), ("Friends' School Lisburn", AD),
      ("St Patrick's GAC, Aghagallon", AD), ("Noeleen", RN), ("Dáithí", RN), ("Constable Ryan Adair", CN)],
  ["Dr Nkechi Eze-Harrington", "Regional Burns Unit", "Royal Victoria Hospital", "16-year-old", "14% TBSA", "modified Parkland formula",
   "3,360 mL", "escharotomies", "Caldicott Guardian", "PSNI", "Mr Desmond Kirkpatrick", "12 July 2024", "30 July 2024"])

D("s41-028", "signal_export", "Dr Eleanor Beaumont", """
Signal group "Brecon & Radnor palliative on-call" export, 2025-02-14

2025-02-14 17:41 - Eleanor Beaumont: Heads-up for the weekend: lady at Cwm Farm, Erwood (the one with the geese!) is deteriorating. Syringe driver morphine 20 mg + midazolam 10 mg /24 h. JIC meds in the house.
2025-02-14 17:43 - Carwyn (DN): Her name's Mrs Eirlys Bowen-Price isn't it? Husband Trefor rang the base, says she's more restless
2025-02-14 17:44 - Eleanor Beaumont: Yes. Trefor's number is 01632 960583. Please also check on their grandson Osian who is 15 and quite scared - he's at Gwernyfed High School, head of year knows.
2025-02-14 17:50 - Anwen Pryce (OOH GP): Noted, will be on the rota in Builth. DNACPR form is in the yellow folder.
2025-02-14 18:02 - Eleanor Beaumont: Thanks. NHS no for OOH system 811 604 2937.
2025-02-15 09:20 - Dr Siân Meredith: Reviewed. Good coordination. (Consultant, verifying)
""", [("Cwm Farm, Erwood", AD), ("Carwyn", CN), ("Eirlys Bowen-Price", PN), ("Trefor", RN), ("01632 960583", PH), ("Osian", RN),
      ("Gwernyfed High School", AD), ("Anwen Pryce", CN), ("811 604 2937", NHS)],
  ["Eleanor Beaumont", "morphine 20 mg", "midazolam 10 mg", "DNACPR", "Dr Siân Meredith", "Builth", "2025-02-14 17:41"])
