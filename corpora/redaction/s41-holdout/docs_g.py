from common import *

D("s41-039", "reflection", "Dr Yusuf Abdirahman", """
Reflection: hyperkalaemia in a man who would not stay
Dr Yusuf Abdirahman, Nephrology, Queen Elizabeth Hospital Birmingham

At 23:00 on a Saturday the renal on-call phone rang from the Emergency Department: potassium 7.4 mmol/L in a 56-year-old haemodialysis patient who had missed two sessions. I recognised the name - Mr Tariq Mahmood-Butt, who works the tills at his cousin's cash-and-carry in Sparkbrook and whom the unit nurses call "Uncle T". He had missed dialysis because his daughter Sana's wedding was at the Aston Banqueting Suite that weekend.

ECG: peaked T waves, QRS 128 ms. We gave calcium gluconate 10% 30 mL, insulin 10 units with glucose 25 g, and salbutamol 10 mg nebulised. He wanted to go back to the wedding. I sat with him and his brother Khalid and we negotiated: emergency dialysis at 01:00 on Ward 303, back to the family by the morning walima.

Learning: capacity and compassion. He had capacity; the risk was death. Framing it around being at the walima worked when statistics did not. I shared this at the renal M&M (April 2025).

Signed off by Dr Harriet Ollerenshaw, Consultant Nephrologist (Educational Supervisor)
""", [("Tariq Mahmood-Butt", PN), ("cash-and-carry in Sparkbrook", AD), ("Uncle T", PN), ("Sana", RN), ("Aston Banqueting Suite", AD),
      ("Khalid", RN)],
  ["Dr Yusuf Abdirahman", "Queen Elizabeth Hospital Birmingham", "Emergency Department", "potassium 7.4 mmol/L", "56-year-old",
   "QRS 128 ms", "calcium gluconate 10% 30 mL", "insulin 10 units", "glucose 25 g", "salbutamol 10 mg", "Ward 303",
   "Dr Harriet Ollerenshaw", "April 2025"])

D("s41-040", "audit_extract", "Dr Gwen Tudor", """
Audit: Intravitreal anti-VEGF injections - endophthalmitis and time-to-treatment (UHW, 2024)
Auditor: Dr Gwen Tudor. Approved by: Mr Rhys ap Dafydd (Consultant) for the Ophthalmology Clinical Governance Meeting, 7 February 2025.
Data (sample, patients with delays > 14 days from referral):

No. | Name                 | Hosp no.  | NHS no.       | Dx       | Drug                   | Delay (d) | Reason
1   | Gwyneth Lewis        | A8812034  | 720 119 4583  | nAMD R   | aflibercept 2 mg       | 21        | pt on holiday in Tenby
2   | Mohammed Al-Rashid   | A7702211  | 481 663 0097  | DMO L    | faricimab 6 mg         | 18        | interpreter (Arabic) not booked
3   | Brenda Tapper        | A9920156  | 639 002 1174  | RVO R    | ranibizumab 0.5 mg     | 30        | transport from Merthyr Tydfil failed
4   | "D.J." Davies        | A6630918  | 555 870 2231  | nAMD L   | aflibercept 2 mg       | 16        | carer (wife Menna) unwell

Summary: 1 endophthalmitis in 4,812 injections (0.02%). Median referral-to-first-injection 11 days (standard 14). Re-audit Jan 2026.
""", [("Gwyneth Lewis", PN), ("A8812034", HN), ("720 119 4583", NHS), ("Tenby", AD), ("Mohammed Al-Rashid", PN), ("A7702211", HN),
      ("481 663 0097", NHS), ("Brenda Tapper", PN), ("A9920156", HN), ("639 002 1174", NHS), ("Merthyr Tydfil", AD), ("\"D.J.\" Davies", PN),
      ("A6630918", HN), ("555 870 2231", NHS), ("Menna", RN)],
  ["Dr Gwen Tudor", "Mr Rhys ap Dafydd", "nAMD", "DMO", "RVO", "aflibercept 2 mg", "faricimab 6 mg", "ranibizumab 0.5 mg", "endophthalmitis",
   "0.02%", "4,812 injections", "11 days", "7 February 2025", "UHW"])

D("s41-041", "coroner_statement", "Dr Arjun Mehta", """
IN THE CORONER'S COURT - NORTHUMBERLAND
Inquest into the death of Mr Colin Bartholomew Slack
Coroner's reference: 00231/2025/NLD

WITNESS STATEMENT - Dr Arjun Mehta, Specialty Doctor in Cardiology, Freeman Hospital (GMC 7051882)

1. Mr Slack, a 67-year-old man (DOB 03/03/1957), was admitted under cardiology on 19 January 2025 following a referral from Wansbeck General Hospital with complete heart block. He lived at 8 Coquet Terrace, Amble NE65 0DT, and was a retired miner from Ellington colliery who now volunteered at the Amble Boat Company.
2. A temporary pacing wire was inserted via the right internal jugular vein by the registrar, Dr Fiona McArdle, at 14:20. Threshold 0.6 V.
3. At 03:10 on 20 January the nurse, Staff Nurse Daniel Okoro (NMC 18H0473E), recorded loss of capture. I attended at 03:14. He was in asystole. ALS was commenced; isoprenaline infusion and transcutaneous pacing were used. ROSC was not achieved and death was confirmed at 03:52.
4. I spoke to his wife, Mrs Jean Slack, and their son Darren at 04:30 in the relatives room on Ward 27.
5. A Patient Safety Incident Investigation has been opened (PSII ref NUTH-PSII-25-007).

I believe the facts stated in this witness statement are true.
Dr Arjun Mehta          Date: 2 April 2025
Reviewed by: Dr Thomas Iredale, Consultant Cardiologist (Clinical Supervisor)
""", [("Colin Bartholomew Slack", PN), ("Slack", PN), ("00231/2025/NLD", REF), ("8 Coquet Terrace, Amble", AD), ("NE65 0DT", PC),
      ("Ellington colliery", AD), ("Amble Boat Company", AD), ("Dr Fiona McArdle", CN), ("Staff Nurse Daniel Okoro", CN), ("18H0473E", GMC),
      ("Mrs Jean Slack", RN), ("Darren", RN), ("NUTH-PSII-25-007", REF)],
  ["Dr Arjun Mehta", "Freeman Hospital", "GMC 7051882", "67-year-old", "03/03/1957", "Wansbeck General Hospital", "complete heart block",
   "temporary pacing wire", "0.6 V", "asystole", "ALS", "isoprenaline", "ROSC", "03:52", "Ward 27", "Dr Thomas Iredale", "19 January 2025"])

D("s41-042", "msf_patient_feedback", "Dr Marta Kowalczyk", """
Patient feedback questionnaire - free-text comments (collated by clinic admin, Aberdeen Royal Infirmary Dermatology)
Doctor: Dr Marta Kowalczyk   Period: Sept-Dec 2024   Returned: 34/40

"Dr Kowalczyk took time with my eczema and didn't rush me. - Hannah B., Westhill"
"She remembered my wee dog Tattie from last time! Lovely doctor. Margaret Ogilvie, 14 Bon Accord Crescent"
"I was scared about the melanoma result and she phoned me at home herself (01632 960227). Thank you. - Gordon Stewart"
"Explained methotrexate properly, which the last doctor (Dr Brian Gauld) never did."
"10/10 - from the Peterhead lassie with the psoriasis"
"Happy - Fraserburgh, patient no. ARI-D0938812"

Scores: overall 4.8/5; GMC patient questionnaire domains all above benchmark.
Collated and verified by: Dr Alastair Imrie, Consultant Dermatologist (Appraiser)
""", [("Hannah B.", PN), ("Westhill", AD), ("Tattie", OID), ("Margaret Ogilvie", PN), ("14 Bon Accord Crescent", AD), ("01632 960227", PH),
      ("Gordon Stewart", PN), ("Dr Brian Gauld", CN), ("Peterhead", AD), ("Fraserburgh", AD), ("ARI-D0938812", HN)],
  ["Dr Marta Kowalczyk", "Dr Kowalczyk", "Aberdeen Royal Infirmary", "eczema", "melanoma", "methotrexate", "psoriasis", "4.8/5",
   "Dr Alastair Imrie", "34/40"])

D("s41-043", "handover_list", "Dr Leila Haddad", """
ent ward 41 altnagelvin - handover fri pm - dr l haddad

1. seán o'kane 52m - alt-e438812 - post-tonsillectomy bleed day 7, back to theatre 14:00, hb 104. from buncrana (donegal), partner aoibhinn on 00353 86 555 0191.
2. mrs rosaleen mcgilloway 74f - alt-e420076 - epistaxis, rapid rhino l, on warfarin inr 4.2, vit k 2 mg iv given. lives in dungiven above the chemist.
3. "the professor" - dr felix o'boyle 81m (retired gp, knows everyone, be nice) - alt-e401993 - neck abscess, cef + metro, drain out tomorrow if <20 ml.
4. kyle mcfeely 19m - alt-e445120 - # nasal bones from fight outside sandino's bar, for mua day 7-10 clinic. police aware, ref 210 of 14/03/25.
consultant on: mr c. ferguson (ok'd list)
""", [("seán o'kane", PN), ("alt-e438812", HN), ("buncrana", AD), ("aoibhinn", RN), ("00353 86 555 0191", PH), ("mrs rosaleen mcgilloway", PN),
      ("alt-e420076", HN), ("dungiven", AD), ("the professor", PN), ("dr felix o'boyle", PN), ("alt-e401993", HN), ("kyle mcfeely", PN),
      ("alt-e445120", HN), ("sandino's bar", AD), ("210 of 14/03/25", REF)],
  ["dr l haddad", "ward 41", "altnagelvin", "52m", "74f", "81m", "19m", "post-tonsillectomy bleed", "hb 104", "epistaxis", "rapid rhino",
   "warfarin", "inr 4.2", "vit k 2 mg iv", "cef + metro", "mr c. ferguson", "# nasal bones", "mua"])
