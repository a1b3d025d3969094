exec(open("hdr.py").read())
D=[]
def d(kind,text,ids,keep):
    D.append({"kind":kind,"applicant":A,"text":text,"identifiers":[{"text":t,"type":y} for t,y in ids],"keep":keep})
d("datix_reflection","""Incident reflection - Datix ref DW-2025-11872 (LFPSE ref 4471-9903-22)
On 14 Feb 2025 an 88-year-old lady, Mrs Edna Clegg, received a second dose of enoxaparin 40 mg on Ward C because the paper chart and EPMA both showed the dose. I had transcribed the drug chart when she was boarded from AMU. The error was spotted by Staff Nurse Joseph Mwangi on the evening round. Anti-Xa not required; no harm. I apologised to Mrs Clegg and to her niece Brenda Hulme, who has LPA for health, in line with the duty of candour.
Learning: one prescribing record only; review the Trust VTE policy; I presented this at the Acute Medicine M&M on 6 March.
Signed Dr Thulani Ndlovu. Reviewed by Dr Fiona McAllister (Clinical Supervisor).""",
[("DW-2025-11872",REF),("4471-9903-22",REF),("Mrs Edna Clegg",P),("Mrs Clegg",P),("Joseph Mwangi",C),("Brenda Hulme",R)],
["enoxaparin 40 mg","Ward C","88-year-old","Dr Thulani Ndlovu","Dr Fiona McAllister","14 Feb 2025"])
d("complaint_letter","""18 Forge Street
Ince-in-Makerfield
WN2 2BW
Tel 01632 960381
email: d.tattersall58@example.net

To the PALS team, Royal Albert Edward Infirmary
Your ref: PALS/2025/0388

I am writing about the care of my father, Mr Ronald Tattersall, in the Emergency Department on the night of 22nd March. He waited 9 hours on a trolley. The foreign doctor, Dr Ndlovu, told us Dad had "had a small stroke" and then another doctor, a Dr Callum Fairweather, said it was only an infection. Nobody explained. The nurse called Shaz was lovely but my dad was left in a wet pad.
I want an apology and an explanation.
Denise Tattersall (daughter)""",
[("18 Forge Street\nInce-in-Makerfield",AD),("WN2 2BW",PC),("01632 960381",PH),("d.tattersall58@example.net",EM),("PALS/2025/0388",REF),("Mr Ronald Tattersall",P),("Dr Callum Fairweather",C),("Shaz",C),("Denise Tattersall",R)],
["Royal Albert Edward Infirmary","Dr Ndlovu","9 hours"])
d("complaint_response_statement","""Statement for complaint COMP-25-0388 (PALS/2025/0388)
From: Dr Thulani Ndlovu, Specialty Doctor, ED, GMC 7345612
I assessed Mr R. Tattersall (MRN WGH0021938) at 01:15 on 23/03/2025. He had new left arm weakness, NIHSS 3, onset unknown. CT head showed a small old right lacunar infarct; I documented "possible TIA/minor stroke vs Todd's paresis - query infection". I discussed this with the stroke registrar, Dr Aoife Kennelly, who advised MRI and aspirin 300 mg. In the morning Dr Fairweather found a UTI and felt the weakness was recrudescence of the old stroke. I accept that Miss Tattersall heard two different messages and that nobody brought them together for her. I also regret the continence care. I have reflected on giving provisional diagnoses clearly labelled as such.
Countersigned: Dr Imogen Rae, ED Consultant and Clinical Lead""",
[("COMP-25-0388",REF),("PALS/2025/0388",REF),("Mr R. Tattersall",P),("Tattersall",P),("WGH0021938",HN),("Dr Aoife Kennelly",C),("Dr Fairweather",C)],
["Dr Thulani Ndlovu","GMC 7345612","NIHSS 3","aspirin 300 mg","Todd's paresis","Dr Imogen Rae","23/03/2025"])
d("audit","""Audit: Time to first antibiotic in red-flag sepsis, ED RAEI, Sept 2024 (cycle 1)
Lead: Dr T Ndlovu. Supervisor: Dr Imogen Rae. Standard: RCEM / NICE NG51 - antibiotics within 1 hour.
Sample rows (full data on Trust drive):
| # | Pt | MRN | Age/Sex | Arrival | Abx | Mins |
| 1 | H.B. | WGH0733109 | 71 M | 10:02 | 10:48 | 46 |
| 2 | Lillian Gaskell | WGH0733512 | 84 F | 14:30 | 16:05 | 95 |
| 3 | K.O'D | WGH0734021 | 36 M | 22:14 | 22:51 | 37 |
| 4 | Yusuf Patel | WGH0734660 | 58 M | 03:40 | 05:52 | 132 |
Result: 31/50 (62%) within 60 min. Median 54 min. Action: sepsis trolley, PGD for nurse-initiated antibiotics.""",
[("H.B.",P),("WGH0733109",HN),("Lillian Gaskell",P),("WGH0733512",HN),("K.O'D",P),("WGH0734021",HN),("Yusuf Patel",P),("WGH0734660",HN)],
["Dr T Ndlovu","Dr Imogen Rae","NICE NG51","31/50 (62%)","Median 54 min"])
d("email","""From: Thulani Ndlovu <thulani.ndlovu@wwl.nhs.uk>
To: Lorraine Whittle <lorraine.whittle@wwl.nhs.uk>
Subject: RE: bed bureau - patient for Ward D

Hi Lorraine,
The gentleman is Mr Piotr Zieliński, bed bureau ID BB-240917-066, NHS 712 449 8830. He's medically fit for step-down but his wife Ewa can't manage stairs at their flat (Flat 6, Kingfisher Court, Scholes). Social worker is Marcus Denby, 01632 960902. Could you chase the reablement package?
Thanks, Thulani
Specialty Doctor, AMU""",
[("Lorraine Whittle",C),("Lorraine",C),("lorraine.whittle@wwl.nhs.uk",EM),("Mr Piotr Zieliński",P),("BB-240917-066",OID),("712 449 8830",NHS),("Ewa",R),("Flat 6, Kingfisher Court, Scholes",AD),("Marcus Denby",C),("01632 960902",PH)],
["Thulani Ndlovu","Thulani","Ward D"])
d("ocr_scan","""ROYAL ALBERT EDWARD INF1RMARY  - EMERGENCY DEPT CAS CARD
Attd No: ED25/041873      Time: O3:12
Name: MCKENNA, Siobhan Mary   D0B: 11/O5/1987   Sex: F
Addr: 7 Wlllow Grove , Orrell  WN5 8HR
GP: Dr R. Santhanam, Pemberton Surgery
Triage: MTS orange - abdo pain, 8/40 pregnant ?ectopic
bHCG 2210  Hb 104  FAST +ve free fluid
Seen by: Dr T Ndlovu (SpD) l Gynae reg Dr Okwuosa informed O3:40
.. ... page 1 of 1 ..""",
[("ED25/041873",HN),("MCKENNA, Siobhan Mary",P),("7 Wlllow Grove , Orrell",AD),("WN5 8HR",PC),("Dr R. Santhanam",C),("Dr Okwuosa",C)],
["D0B: 11/O5/1987","bHCG 2210","Hb 104","Dr T Ndlovu","page 1 of 1","MTS orange"])
d("teaching_session","""Teaching delivered: FY1 bleep-holder teaching, 'The hyperkalaemic patient'
Date 10/10/2024, Education Centre, RAEI. 12 attendees.
Case used (anonymised by me, but ask FY1s not to copy notes): 'Mr J' - I did mention 'James from Tyldesley' once, which I have since removed from the slides.
Content: ECG changes, calcium gluconate 10% 30 mL, insulin-dextrose (10 units Actrapid in 25 g glucose), salbutamol 10-20 mg neb, Lokelma.
Feedback (mean 4.7/5): "Clear and practical"; "Thulani's mnemonic was great".
Observed and signed: Dr Gareth Lloyd-Pryce, Educational Supervisor""",
[("'Mr J'",P),("James",P),("Tyldesley",AD)],
["calcium gluconate 10% 30 mL","10 units Actrapid","salbutamol 10-20 mg","Lokelma","Thulani's","Dr Gareth Lloyd-Pryce","4.7/5"])
d("supervisor_report","""Educational Supervisor's Report - Dr Thulani Ndlovu (GMC 7345612), Year 1 review, July 2025
Dr Ndlovu joined us from Parirenyatwa Group of Hospitals in Harare. He has completed 14 Mini-CEX, 9 CbD, 6 ACAT and 4 DOPS (pleural aspiration, ascitic tap x2, LP). He led the sepsis audit. One complaint (Tattersall family) handled well. He was involved in one incident concerning anticoagulation which he reflected on maturely.
He would benefit from experience in ambulatory care and in leading the medical take. His colleague Dr Chen Wei-Ling and I both recommend progression to middle-grade rota.
Dr Gareth Lloyd-Pryce, Consultant Acute Physician, GMC 4412987""",
[("Tattersall",P),("Dr Chen Wei-Ling",C),("4412987",GMC)],
["Dr Thulani Ndlovu","GMC 7345612","Dr Ndlovu","Parirenyatwa Group of Hospitals","Dr Gareth Lloyd-Pryce","14 Mini-CEX","9 CbD"])
