from common import *

D("s41-058", "clinic_letter", "Dr Catriona MacLeod", """
NHS Tayside - General Adult Psychiatry Outpatients, Carseview Centre, Dundee

Dr Iain Petrie
Lochee Health Centre
Dundee DD2 3BX

Date of clinic: 13/05/2025

Dear Dr Petrie,

Mr Connor Baxter-Reid, DOB 01/12/1999, CHI 0112997631, 41 Strathmartine Road, Dundee DD3 7RH

Diagnosis: Recurrent depressive disorder, current episode moderate (F33.1). Cannabis use (F12.1).

Connor is 25 and works shifts at the Michelin tyre plant, though he is on the list for redundancy. He plays five-a-side with his pals from Dundee United supporters' club and lives with his partner Shannon Kerr and their daughter Ellie (2). He was brought to clinic by his mum, Lorraine, who works at Ninewells.

He scored PHQ-9 17 and GAD-7 12 today. No active suicidal intent; protective factors are Ellie and his partner. I have increased sertraline to 100 mg daily and referred him to the Tayside Psychological Therapies Service. He agreed to cut down cannabis and to see the Dundee Drug and Alcohol Recovery Service (DDARS ref 25-T-3302).

Yours sincerely,
Dr Catriona MacLeod, Specialty Doctor (locum, NHS Tayside)
Reviewed: Dr Fergus Munro, Consultant Psychiatrist
""", [("Dr Iain Petrie", CN), ("Dr Petrie", CN), ("Lochee Health Centre\nDundee", AD), ("DD2 3BX", PC), ("Connor Baxter-Reid", PN), ("Connor", PN),
      ("0112997631", NHS), ("41 Strathmartine Road, Dundee", AD), ("DD3 7RH", PC), ("Michelin tyre plant", AD),
      ("Dundee United supporters' club", AD), ("Shannon Kerr", RN), ("Ellie", RN), ("Lorraine", RN), ("25-T-3302", REF)],
  ["Dr Catriona MacLeod", "Dr Fergus Munro", "NHS Tayside", "Carseview Centre", "Ninewells", "01/12/1999", "F33.1", "F12.1", "PHQ-9 17",
   "GAD-7 12", "sertraline to 100 mg daily", "Tayside Psychological Therapies Service", "13/05/2025"])

D("s41-059", "voicemail_transcript", "Dr Amara Okafor", """
Voicemail transcript (auto-transcribed, Labour Ward bleep-holder phone), saved as evidence of out-of-hours communication, 02/02/2025 04:12

"Hiya, it's Kelly, I'm the midwife in room 6 - sorry, Kelly Ashworth, band 6. Dr Okafor, can you come to Mrs Hussain in room 6, that's Nasreen Hussain, hospital number RXN4490217. She's 39 plus 2, para 2, we've got a prolonged decel down to 80 for four minutes on the CTG. Her husband Imran's asking for you by name because you saw her in the Chorley clinic. Call me back on 01632 960448 or the labour ward desk. Ta."

Action (Dr Okafor): attended 04:15; fetal bradycardia; category 1 caesarean section; decision-to-delivery interval 22 minutes. Baby girl Apgars 6 and 9, cord pH 7.18.
Verified: Miss Rebecca Thornton, Consultant Obstetrician.
""", [("Kelly", CN), ("Kelly Ashworth", CN), ("Mrs Hussain", PN), ("Nasreen Hussain", PN), ("RXN4490217", HN), ("Imran", RN),
      ("01632 960448", PH)],
  ["Dr Okafor", "Labour Ward", "39 plus 2", "para 2", "CTG", "fetal bradycardia", "category 1 caesarean section", "22 minutes",
   "Apgars 6 and 9", "cord pH 7.18", "Miss Rebecca Thornton", "Chorley clinic", "02/02/2025 04:12", "room 6"])

D("s41-060", "qi_report", "Dr Kwame Boateng", """
QI project: Sepsis Six within 1 hour on the Acute Medical Unit (PDSA cycles 1-3), Leicester Royal Infirmary
Lead: Dr Kwame Boateng   Sponsor: Dr Nicola Lamb   Period: Sept 2024 - Feb 2025

Baseline (n=40): 45% received all six elements within 60 minutes. After PDSA 3: 78% (n=46).

Case vignettes used in staff teaching (to be anonymised before upload):
- Mr Terence "Tel" Oakley, 72, S1018873, from Braunstone, urosepsis, lactate 4.6 - antibiotics at 2 h 40 min because the cannula was tissued and the FY1, Dr Ben Sutcliffe, was on another ward.
- Ms Aleksandra Nowak, 33, S1044508, a care worker at Westcotes Care Home, neutropenic sepsis after chemotherapy at the Osborne Building; tazocin given at 42 min.

Run chart and SPC chart attached (p. 3-4). Presented at the East Midlands Patient Safety Collaborative, 20 March 2025 (poster ID EM-PSC-25-P17).
""", [("Mr Terence \"Tel\" Oakley", PN), ("S1018873", HN), ("Braunstone", AD), ("Dr Ben Sutcliffe", CN), ("Ms Aleksandra Nowak", PN),
      ("S1044508", HN), ("Westcotes Care Home", AD)],
  ["Dr Kwame Boateng", "Dr Nicola Lamb", "Leicester Royal Infirmary", "Sepsis Six", "45%", "78%", "lactate 4.6", "2 h 40 min", "tazocin",
   "42 min", "Osborne Building", "p. 3-4", "20 March 2025", "PDSA", "72", "33"])

D("s41-061", "reflection", "Dr Ciarán O'Hagan", """
Reflection: a border crossing and a missed follow-up
Ciarán O'Hagan, Associate Specialist, General Surgery (supervised at South West Acute Hospital, Enniskillen, 2023)

Mr Fergal McManus, 49, was a haulier from Belcoo whose yard sits right on the border with Blacklion, and he was registered with a GP in the Republic but worked and banked in Fermanagh. I did his colonoscopy in March 2023 and found a 25 mm sessile polyp in the ascending colon, removed by EMR. Histology showed high-grade dysplasia; surveillance at 3 years was required, with a scar check at 6 months.

The 6-month recall letter went to his old address at 9 Cladagh Glen, Florencecourt. He had moved in with his partner Siobhán Maguire at her mother's in Garrison. He was not seen until 18 months later, when a recurrence was found.

Learning: I now confirm current address and phone (his was 07700 900274 and had changed too) at the time of the procedure, and I check cross-border GP details. I raised a Datix (WHSCT-DX-24-3310).

Reviewed and signed: Mr Eamon Tierney, Consultant Surgeon (current supervisor)
""", [("Mr Fergal McManus", PN), ("Belcoo", AD), ("Blacklion", AD), ("9 Cladagh Glen, Florencecourt", AD), ("Siobhán Maguire", RN),
      ("Garrison", AD), ("07700 900274", PH), ("WHSCT-DX-24-3310", REF)],
  ["Ciarán O'Hagan", "South West Acute Hospital", "49", "colonoscopy", "25 mm sessile polyp", "EMR", "high-grade dysplasia", "3 years",
   "6 months", "18 months", "Mr Eamon Tierney", "March 2023"])

D("s41-062", "whatsapp_export", "Dr Hannah Oduya", """
[22/04/2025, 21:03] Hannah Oduya: Fracture clinic tomorrow - can someone swap me 9:00? I'm on trauma
[22/04/2025, 21:05] Callum Bewley: I can. Who's first?
[22/04/2025, 21:06] Hannah Oduya: The lad from the Keswick bike shop, Ryan Tweddle, scaphoid waist #, K9920117. He's a fell runner so wants to know about Borrowdale race in June. Also Mrs Gladys Hetherington, K9903315, the one whose grandson Ollie is a porter here!
[22/04/2025, 21:07] Callum Bewley: Ha yes. Gladys brought shortbread last time
[22/04/2025, 21:10] Sister Anne Carruthers: Reminder: no patient names/numbers on WhatsApp please. Use the Trust Teams channel.
[22/04/2025, 21:11] Hannah Oduya: Sorry Anne - deleting. Lesson learned.
[23/04/2025, 08:30] Mr David Fairbairn: Noted for Hannah's reflection on IG. Fine.

Reflection appended (Dr Hannah Oduya): I breached IG by naming two patients in a group chat. Reported myself to the IG lead and completed the Data Security Awareness module (certificate 23/04/2025).
""", [("Callum Bewley", CN), ("Keswick bike shop", AD), ("Ryan Tweddle", PN), ("K9920117", HN), ("Borrowdale race", AD),
      ("Mrs Gladys Hetherington", PN), ("Gladys", PN), ("K9903315", HN), ("Ollie", RN), ("Sister Anne Carruthers", CN), ("Anne", CN)],
  ["Hannah Oduya", "Dr Hannah Oduya", "Hannah", "Mr David Fairbairn", "scaphoid waist #", "Data Security Awareness", "22/04/2025, 21:03"])
