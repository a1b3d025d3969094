from common import *

D("s41-044", "mm_minutes", "Dr Kwame Boateng", """
Acute Medicine Mortality & Morbidity meeting - Leicester Royal Infirmary - 24 June 2025
Presenting: Dr Kwame Boateng. Chair and sign-off: Dr Nicola Lamb.

Case A (SJR score 2 - poor care): Mr Ranjit Singh Dhillon, 79, S1029934, died 11/05/2025. Transferred from Loughborough Hospital with GI bleed (Glasgow-Blatchford 14). Endoscopy delayed 19 h because the on-call endoscopist, Dr Stephen Ashby, was covering two sites. Family (son Manjit, lives in Oadby) raised concerns through PALS (PALS ref 25/1984).
Learning: escalate directly to the consultant gastroenterologist if OGD not done within 12 h for GBS >= 12; pantoprazole 80 mg IV not recommended before endoscopy.

Case B (SJR 4): Ms Charlene Pugh-Evans, 45, S1041176, DKA with euglycaemia on dapagliflozin (glucose 11.2, ketones 5.8). Recognised late by FY1 Dr Amy Whitcombe, but escalated appropriately. Good outcome.

Actions: FY teaching on euglycaemic DKA (KB to lead, July).
""", [("Mr Ranjit Singh Dhillon", PN), ("S1029934", HN), ("Dr Stephen Ashby", CN), ("Manjit", RN), ("Oadby", AD), ("25/1984", REF),
      ("Ms Charlene Pugh-Evans", PN), ("S1041176", HN), ("Dr Amy Whitcombe", CN)],
  ["Dr Kwame Boateng", "Dr Nicola Lamb", "Leicester Royal Infirmary", "Loughborough Hospital", "SJR score 2", "Glasgow-Blatchford 14",
   "19 h", "pantoprazole 80 mg IV", "dapagliflozin", "glucose 11.2", "ketones 5.8", "euglycaemic DKA", "KB", "79", "45", "11/05/2025"])

D("s41-045", "occupational_health_letter", "Dr Joanna Pryce-Whitfield", """
Occupational Health Service, Wrexham Maelor Hospital
Private & confidential - management referral report
Our ref: OH/WM/25/0642   Your ref: HR-ESTATES-118

To: Mr Barry Edwards, Estates Manager, Betsi Cadwaladr University Health Board

Employee: Mr Stuart Gwilym Roberts, Maintenance Electrician, DOB 20/11/1970, male
Employee number: 10449832   NI number: QQ 12 34 56 C
Home address: 6 Ffordd Pentre, Rhosllanerchrugog, Wrexham LL14 1AA

I saw Mr Roberts on 14 May 2025. He has had lumbar radiculopathy (L5) since a fall from a ladder at Chirk Community Hospital in February. MRI shows an L4/5 disc protrusion. He takes naproxen 500 mg bd and pregabalin 75 mg bd. He is also the caretaker at Capel Bethel in Rhos on weekends and coaches at Johnstown Boxing Club.

Opinion: fit for modified duties (no ladder work, no lifting > 10 kg) for 6 weeks, then review. The Equality Act 2010 is likely to apply if symptoms persist beyond 12 months.

Dr Joanna Pryce-Whitfield, Specialty Doctor in Occupational Medicine
Reviewed: Dr Gareth Ellis-Bowen, Consultant Occupational Physician
""", [("OH/WM/25/0642", REF), ("HR-ESTATES-118", REF), ("Mr Barry Edwards", CN), ("Stuart Gwilym Roberts", PN), ("Roberts", PN), ("10449832", OID),
      ("QQ 12 34 56 C", OID), ("6 Ffordd Pentre, Rhosllanerchrugog, Wrexham", AD), ("LL14 1AA", PC), ("Capel Bethel in Rhos", AD),
      ("Johnstown Boxing Club", AD)],
  ["Dr Joanna Pryce-Whitfield", "Wrexham Maelor Hospital", "20/11/1970", "male", "lumbar radiculopathy", "L5", "L4/5 disc protrusion",
   "naproxen 500 mg bd", "pregabalin 75 mg bd", "Equality Act 2010", "Dr Gareth Ellis-Bowen", "Chirk Community Hospital",
   "Betsi Cadwaladr University Health Board", "14 May 2025", "10 kg"])

D("s41-046", "reflection", "Dr Fraser Lindsay", """
Reflection: prison healthcare, HMP Barlinnie
Dr Fraser Lindsay, Specialty Doctor in Addiction Psychiatry, NHS Greater Glasgow and Clyde

I reviewed a 34-year-old man in the healthcare centre at HMP Barlinnie, Jamie "Jinky" McGarrigle (prisoner number 187723), on remand after a fight outside the Horseshoe Bar. He grew up in Easterhouse, played for Queen's Park youth team until 16, and has a daughter, Skye, who lives with her gran in Cumbernauld.

He was on methadone 90 mL (1 mg/mL) daily in the community via Boots on Shettleston Road, which had not been confirmed on reception. COWS 14 at 06:00. I confirmed the dose by phoning the dispensing pharmacist (Ms Kirsten Hay) and his community keyworker, and restarted methadone at 90 mL. I also offered buprenorphine long-acting injection (Buvidal) and he asked to think about it.

Learning: the first 72 hours in custody are the highest risk for overdose and suicide. I now use the Talk to Me pathway screening tool on every reception assessment and check the ORT on the Medical Records System (CHI 2302909165) before night shift.

Supervisor: Dr Morag Kilpatrick, Consultant Addiction Psychiatrist, 12 March 2025
""", [("Jamie \"Jinky\" McGarrigle", PN), ("187723", OID), ("Horseshoe Bar", AD), ("Easterhouse", AD), ("Queen's Park youth team", AD),
      ("Skye", RN), ("Cumbernauld", AD), ("Boots on Shettleston Road", AD), ("Ms Kirsten Hay", CN), ("2302909165", NHS)],
  ["Dr Fraser Lindsay", "HMP Barlinnie", "34-year-old", "methadone 90 mL (1 mg/mL)", "COWS 14", "buprenorphine", "Buvidal",
   "Talk to Me", "Dr Morag Kilpatrick", "12 March 2025", "NHS Greater Glasgow and Clyde", "72 hours"])

D("s41-047", "sms_export", "Dr Shona Buchanan", """
Practice SMS log - accuRx (Stromness Surgery) - exported for QI project on remote consultations

12/03/2025 10:14 To 07700 900517 (Mrs Annie Linklater): Hi Annie, Dr Buchanan here. Your INR was 2.4 - keep warfarin at 5 mg daily, next test 26/03 at the Dounby clinic.
12/03/2025 10:20 To 07700 900566 (Sigurd Flett): Your chest X-ray at the Balfour was normal. No further action. Stromness Surgery
12/03/2025 11:02 From 07700 900566: cheers doc, will tell the boys at the Ferry Inn
12/03/2025 11:45 To 07700 900509 (Kirsty Drever, for son Magnus Drever age 4): Please bring Magnus to the nurse on Hoy Tuesday for his pre-school boosters. Practice link: https://accurx.example.com/p/STR/aF9x2Kq
12/03/2025 14:30 To 07700 900517 (Mrs Annie Linklater): Reminder - bring your yellow book.

QI summary: 42% fewer phone callbacks. Supervised by Dr Ewan Flett (GP Trainer).
""", [("07700 900517", PH), ("Mrs Annie Linklater", PN), ("Annie", PN), ("Dounby", AD), ("07700 900566", PH), ("Sigurd Flett", PN),
      ("Ferry Inn", AD), ("07700 900509", PH), ("Kirsty Drever", RN), ("Magnus Drever", PN), ("Magnus", PN), ("Hoy", AD),
      ("https://accurx.example.com/p/STR/aF9x2Kq", URL)],
  ["Dr Buchanan", "INR was 2.4", "warfarin at 5 mg daily", "Balfour", "Stromness Surgery", "age 4", "42%", "Dr Ewan Flett", "12/03/2025 10:14"])
