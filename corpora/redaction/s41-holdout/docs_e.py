from common import *

D("s41-029", "mdt_minutes", "Dr Yusuf Abdirahman", """
Renal Transplant MDT - Queen Elizabeth Hospital Birmingham - 16 April 2025
Chair: Dr Yusuf Abdirahman (Specialty Doctor, Nephrology). Consultant present and approving minutes: Dr Harriet Ollerenshaw.
Also present: Mr Vikram Sodhi (transplant surgeon), Sister Maureen Clarke (recipient coordinator), Joanne Pettifer (renal social worker)

Case 1: Mr Delroy Campbell-Hinds, 48, DOB 22/10/1976, male, MRN QEH-R2209187, NHS 943 118 6021
ESKD secondary to FSGS, on HD Tue/Thu/Sat at the Smethwick satellite unit. Works as a bus driver for National Express West Midlands out of Perry Barr garage. Live donor work-up: his sister, Marcia Campbell, who lives in Handsworth, is blood group O, HLA 1-1-0 mismatch, crossmatch negative. cRF 12%. Plan: list for live-donor transplant July 2025, basiliximab induction, tacrolimus/MMF/prednisolone.

Case 2: "Mrs G" - Gurpreet Kaur Gill, 63, DOB 04/06/1961, female, MRN QEH-R1987650
Post-transplant (2019) with BK viraemia 4.2 log copies/mL. Reduce MMF to 500 mg bd. She attends the Guru Nanak Gurdwara on Soho Road daily and her son Harjit drives her in; ask him to bring the pill organiser. Son's number 07700 900771.

Minutes verified: Dr Harriet Ollerenshaw, Consultant Nephrologist, 17 April 2025
""", [("Mr Vikram Sodhi", CN), ("Sister Maureen Clarke", CN), ("Joanne Pettifer", CN), ("Delroy Campbell-Hinds", PN), ("QEH-R2209187", HN),
      ("943 118 6021", NHS), ("Perry Barr garage", AD), ("National Express West Midlands", AD), ("Marcia Campbell", RN), ("Handsworth", AD), ("Mrs G", PN),
      ("Gurpreet Kaur Gill", PN), ("QEH-R1987650", HN), ("Guru Nanak Gurdwara on Soho Road", AD), ("Harjit", RN), ("07700 900771", PH)],
  ["Dr Yusuf Abdirahman", "Queen Elizabeth Hospital Birmingham", "Dr Harriet Ollerenshaw", "22/10/1976", "04/06/1961", "male", "female",
   "ESKD", "FSGS", "HLA 1-1-0 mismatch", "cRF 12%", "basiliximab", "tacrolimus/MMF/prednisolone", "BK viraemia", "4.2 log copies/mL",
   "MMF to 500 mg bd", "48", "63", "16 April 2025"])

D("s41-030", "clinic_letter", "Dr Marta Kowalczyk", """
Dermatology Department, Aberdeen Royal Infirmary, Foresterhill
Tel 01632 960900 (secretaries)

Dr Moira Leask
Scalloway Health Centre
Shetland ZE1 0UD

12 November 2024

Dear Dr Leask,

RE: Mr Magnus Jamieson, DOB 07/07/1956, CHI 0707564417
Address: Da Hoose at Hamnavoe, Burra, Shetland ZE2 9JU

Diagnosis: 1. Nodular basal cell carcinoma, left nasal ala, 11 mm. 2. Multiple actinic keratoses, scalp.

Mr Jamieson came down on the NorthLink ferry for this appointment. He is a retired salmon-farm manager (Cooke Aquaculture at Hamnavoe) and still crews the lifeboat out of Lerwick, where he is universally known as "Mags". Biopsy on 20/09/2024 (path lab no ARI-H24-77120) confirmed nodular BCC.

I have listed him for Mohs micrographic surgery and given 5-fluorouracil 5% cream twice daily for 4 weeks for the scalp. His daughter Ingrid Jamieson in Inverurie will host him for the surgery; her number is 07700 900845.

Yours sincerely,
Dr Marta Kowalczyk, Specialty Doctor in Dermatology
Supervised and countersigned: Dr Alastair Imrie, Consultant Dermatologist
""", [("Dr Moira Leask", CN), ("Dr Leask", CN), ("Scalloway Health Centre\nShetland", AD), ("ZE1 0UD", PC), ("Magnus Jamieson", PN), ("Jamieson", PN),
      ("0707564417", NHS), ("Da Hoose at Hamnavoe, Burra, Shetland", AD), ("ZE2 9JU", PC), ("Cooke Aquaculture at Hamnavoe", AD),
      ("Lerwick", AD), ("Mags", PN), ("ARI-H24-77120", OID), ("Ingrid Jamieson", RN), ("Inverurie", AD), ("07700 900845", PH)],
  ["Aberdeen Royal Infirmary", "Dermatology Department", "Dr Marta Kowalczyk", "07/07/1956", "Nodular basal cell carcinoma", "11 mm",
   "actinic keratoses", "Mohs micrographic surgery", "5-fluorouracil 5% cream", "Dr Alastair Imrie", "12 November 2024", "20/09/2024"])

D("s41-031", "reflection", "Dr Gwen Tudor", """
Reflective account - a missed retinal detachment
Dr Gwen Tudor, Specialty Doctor, Ophthalmology, University Hospital of Wales, Cardiff

In the Eye Emergency Clinic on 8 August 2024 I saw Mr Emyr Thomas-Lloyd, a 61-year-old (male, DOB 16/05/1963) who coaches the under-11s at Pentyrch RFC and drives a delivery van for the Brains brewery. He had floaters in the right eye for two days. I dilated him and saw a posterior vitreous detachment with no tear, and discharged him with advice.

He returned on 15 August with a macula-off superior retinal detachment. He had a vitrectomy with SF6 gas the next day under Mr Sandeep Rao's list; final acuity 6/18.

At the M&M meeting we reviewed my documentation. I had not performed scleral indentation, and had not recorded a Shafer sign (tobacco dust). His wife, Nerys, wrote to say he could not drive for 8 weeks and the club had had to find another coach.

Changes to my practice: I now indent every symptomatic PVD and document Shafer's sign, and I give a written leaflet with the Eye Casualty number. I also apologised to Mr Thomas-Lloyd in person.

Supervisor review: Mr Rhys ap Dafydd, Consultant Ophthalmologist, 2 October 2024.
""", [("Emyr Thomas-Lloyd", PN), ("Thomas-Lloyd", PN), ("Pentyrch RFC", AD), ("Brains brewery", AD), ("Mr Sandeep Rao", CN), ("Nerys", RN)],
  ["Dr Gwen Tudor", "University Hospital of Wales", "Eye Emergency Clinic", "61-year-old", "male", "16/05/1963", "posterior vitreous detachment",
   "SF6", "6/18", "scleral indentation", "Shafer sign", "Shafer's sign", "Mr Rhys ap Dafydd", "8 August 2024", "M&M", "8 weeks"])

D("s41-032", "handover_list", "Dr Kwame Boateng", """
amu leicester royal infirmary - night handover 21:00 sun 02/03/25 - from dr k boateng

amu a bed 2 - sunil & rita patel's son - nikhil patel 24m - s number S1049982 - paracetamol od ~ 32 g @ 15:00 sat, nac started 21:40, 2nd bag due. uni of leicester student, flatmate brought him from castle mews halls. needs psych liaison am.
amu a bed 5 - mrs ivy dexter 88f - s1033761 - sepsis ?chest, lactate 3.1 -> 1.8, piperacillin-tazobactam 4.5 g tds. from wigston, lives with son clive.
amu b bed 1 - "gaz" gary thorpe 39m - s1051207 - cellulitis r leg, ivdu, flucloxacillin 2 g qds + clindamycin. known to turning point team, hostel on new walk.
amu b bed 4 - abena owusu-ansah 31f - s1050870 - 12/40 pregnant, hyperemesis, ketones 3+, cyclizine 50 mg tds, thiamine.
escalate to dr p. sharma (med reg bleep 2241) if bed 2 ALT rises.
signed off: dr n. lamb, acute medicine consultant
""", [("sunil & rita patel", RN), ("nikhil patel", PN), ("S1049982", HN), ("castle mews halls", AD), ("mrs ivy dexter", PN), ("s1033761", HN),
      ("wigston", AD), ("clive", RN), ("gaz", PN), ("gary thorpe", PN), ("s1051207", HN), ("hostel on new walk", AD),
      ("abena owusu-ansah", PN), ("s1050870", HN), ("dr p. sharma", CN), ("2241", PH)],
  ["dr k boateng", "leicester royal infirmary", "amu a bed 2", "24m", "paracetamol od", "32 g", "nac", "lactate 3.1 -> 1.8",
   "piperacillin-tazobactam 4.5 g tds", "88f", "39m", "flucloxacillin 2 g qds", "clindamycin", "12/40", "cyclizine 50 mg tds", "thiamine",
   "dr n. lamb", "31f"])

D("s41-033", "gp_notes", "Dr Shona Buchanan", """
Vision export - Stromness Surgery, Orkney
Patient: Thorfinn Rendall   CHI: 1410487739   DOB 14/10/1948   M
Address: Quoyness, Sandwick, Orkney KW16 3JD   Tel 01632 960118

03/02/2025 Dr Shona Buchanan (home visit, storm - roads open)
Lives on a farm with wife Ingirid; beef cattle, also a retired coxswain of the Stromness lifeboat. Known to everyone as "Finn". SOB x 4 days, ankles swollen, orthopnoea 3 pillows. O/E bibasal crackles, JVP +5 cm, HR 96 AF. Sats 91% RA. NT-proBNP (point of care) 4,100 pg/mL.
Dx: new heart failure (I50.0) with AF.
Plan: furosemide 80 mg IV given at home (as ferry to Kirkwall cancelled and Balfour Hospital bed full), then oral 80 mg mane; apixaban 5 mg bd (creat 98). Daily weights by wife; phoned son Erlend in Finstown (07700 900502) to bring scales.
Telephone f/u 04/02 & 05/02 - weight 88.4 -> 86.9 kg.

Reviewed as CbD: Dr Ewan Flett, GP Trainer, Stromness Surgery
""", [("Thorfinn Rendall", PN), ("1410487739", NHS), ("Quoyness, Sandwick, Orkney", AD), ("KW16 3JD", PC), ("01632 960118", PH),
      ("Ingirid", RN), ("Stromness lifeboat", AD), ("Finn", PN), ("Erlend", RN), ("Finstown", AD), ("07700 900502", PH)],
  ["Dr Shona Buchanan", "Stromness Surgery", "14/10/1948", "JVP +5 cm", "Sats 91% RA", "NT-proBNP", "4,100 pg/mL", "I50.0",
   "furosemide 80 mg IV", "apixaban 5 mg bd", "creat 98", "Balfour Hospital", "88.4 -> 86.9 kg", "Dr Ewan Flett", "03/02/2025"])
