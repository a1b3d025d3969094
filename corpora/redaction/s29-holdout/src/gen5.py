exec(open("hdr.py").read())
D=[]
def d(kind,text,ids,keep):
    D.append({"kind":kind,"applicant":A,"text":text,"identifiers":[{"text":t,"type":y} for t,y in ids],"keep":keep})
d("referral_letter","""To: On-call Surgical Registrar, RAEI    From: Dr Ndlovu, AMU    bleep 4471
Re: Mr Terence O'Halloran, 68M, hosp no. WGH0412260, AMU bed 18
Referred by his GP Dr Aleksandra Nowak with ?pneumonia but exam shows RUQ tenderness, Murphy's sign +ve, bili 54, ALP 410, lipase normal. USS: dilated CBD 11 mm, stones. Tokyo Guidelines grade II cholangitis.
Started piperacillin-tazobactam 4.5 g TDS. Please review for ERCP.
His partner of 30 years, Malcolm, is NOK (Malcolm Dewhurst, 07700 900509).""",
[("Mr Terence O'Halloran",P),("WGH0412260",HN),("Dr Aleksandra Nowak",C),("Malcolm",R),("Malcolm Dewhurst",R),("07700 900509",PH)],
["Dr Ndlovu","bleep 4471","AMU bed 18","Murphy's sign","Tokyo Guidelines grade II","piperacillin-tazobactam 4.5 g TDS","CBD 11 mm","bili 54"])
d("audit","""Re-audit: VTE risk assessment within 14 h of admission, AMU, Feb 2025 (cycle 2)
Auditor: Thulani Ndlovu. Supervisor: Dr Fiona McAllister. Standard NICE NG89 (100%).
Exceptions list (patients without VTE RA at 14 h):
1. JD - 0811442 - 45M - no RA until day 2
2. M.O'C - 0811519 - 71F - RA done but not signed
3. ansari, f - 0811603 - 33F (pregnant 28/40)
4. Whitworth - 0811647 - 88M
Compliance 46/50 (92%), up from 74%. Presented at Medicine Audit Day 28/03/2025.""",
[("JD",P),("0811442",HN),("M.O'C",P),("0811519",HN),("ansari, f",P),("0811603",HN),("Whitworth",P),("0811647",HN)],
["Thulani Ndlovu","Dr Fiona McAllister","NICE NG89","46/50 (92%)","28/40","28/03/2025"])
d("whatsapp_messages","""AMU docs 🏥 group
Priya V: anyone know where the ascitic tap kit went? need it for mr brennan bay 2
Thulani N: cupboard by bed 16, I used last one on Fatima yesterday (sorry!). Will order
Ben A: pls dont put pt names in this group guys 😬
Priya V: oops. the gentleman in bay 2 then 🙈
Thulani N: noted Ben. Also mrs o'neill's son (Shane) rang asking for update, told him Dr McA will call at 4
Ben A: 👍""",
[("Priya V",C),("mr brennan",P),("Fatima",P),("Ben A",C),("Ben",C),("mrs o'neill",P),("Shane",R)],
["Thulani N","bed 16","Dr McA"])
d("clerking_note","""PAEDS-AGE? no - 16y, seen in adult ED per protocol
Name: Oisín Mac an tSaoir (Oisin McAteer on PAS)  M  DOB 29/02/2008   PAS 5590213
Attended with foster carer Mrs Lorna Heyes. Social worker: Nadia Khoury, Wigan Children's Services, 01632 960311. Attends Standish Community High School.
Ingested 20 x sertraline 50 mg ~4h ago. QTc 468. GCS 15.
Discussed with TOXBASE, NPIS. Observe 12h cardiac monitoring. CAMHS referral (ref CAMHS-WGN-250114). Safeguarding referral (ref SG/25/00331).
Dr Thulani Ndlovu""",
[("Oisín Mac an tSaoir",P),("Oisin McAteer",P),("5590213",HN),("Mrs Lorna Heyes",R),("Nadia Khoury",C),("01632 960311",PH),("Standish Community High School",AD),("CAMHS-WGN-250114",REF),("SG/25/00331",REF)],
["29/02/2008","sertraline 50 mg","QTc 468","GCS 15","TOXBASE","NPIS","Dr Thulani Ndlovu"])
d("multi_disciplinary_meeting","""AMU Board round / MDT 11:00 14/11/2024
Present: Dr F McAllister (chair), Dr T Ndlovu, OT Becky Tinsley, PT Graham Nuttall, discharge coordinator Jo Sutcliffe
- Mr Eugene Liptrot (bed 3): MFFD. Lives 2nd floor flat, 17 Bankes Avenue, Orrell, no lift. Daughter Carol works nights at the Asda in Robin Park - can visit am only. Plan D2A pathway 1.
- Ms Gemma-Jane Fogarty (bed 10): for CT today.
- "Mr H in 12" (Hamid Rezaei): Farsi interpreter Mr Kaveh needed for capacity assessment re: placement, MCA 2005.
Actions: JS to email social care. TN to do capacity assessment with interpreter.""",
[("Becky Tinsley",C),("Graham Nuttall",C),("Jo Sutcliffe",C),("JS",C),("Mr Eugene Liptrot",P),("17 Bankes Avenue, Orrell",AD),("Carol",R),("Asda in Robin Park",AD),("Ms Gemma-Jane Fogarty",P),('"Mr H in 12"',P),("Hamid Rezaei",P),("Mr Kaveh",C)],
["Dr F McAllister","Dr T Ndlovu","MCA 2005","D2A pathway 1","TN","bed 3"])
d("email","""From: "Natasha Pemberton-Hughes" <n.pemberton-hughes@example.co.uk>
To: thulani.ndlovu@wwl.nhs.uk
Subject: My mum - Doreen Pemberton

Dear Dr Ndlovu
I'm writing to say thank you. You looked after my mum Doreen on Ward A in January when she had sepsis. You phoned me in Canada at 3am our time because you knew I'd want to know. Mum is back home at Meadowbank, Gidlow Lane now and doing well.
Her hospital number was RAE-0099271 if you need it for your records.
Warm wishes, Natasha
+44 7700 900 338""",
[("Natasha Pemberton-Hughes",R),("n.pemberton-hughes@example.co.uk",EM),("Doreen Pemberton",P),("Doreen",P),("Natasha",R),("Meadowbank, Gidlow Lane",AD),("RAE-0099271",HN),("+44 7700 900 338",PH)],
["Dr Ndlovu","Ward A"])
