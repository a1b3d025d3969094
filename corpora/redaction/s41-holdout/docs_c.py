from common import *

D("s41-017", "operation_note", "Dr Ciarán O'Hagan", """
OPERATION NOTE - Craigavon Area Hospital, Main Theatres
Patient: Fionnuala Mc Cann   H&C: 471 992 3105   Hosp no: CAH-K118230   DOB 19/03/1979   F
Date: 05/05/2025   Surgeon: Mr Ciarán O'Hagan (Associate Specialist)   Assistant: Dr Shauna Breen (FY2)
Anaesthetist: Dr Milos Petrovic   Anaesthetic: GA + TAP blocks

Procedure: Laparoscopic cholecystectomy (OPCS J18.3) with on-table cholangiogram
Indication: recurrent biliary colic, gallstone pancreatitis Feb 2025 (Glasgow-Imrie 1)
Findings: contracted, thick-walled gallbladder; Calot's triangle dense adhesions. Critical view of safety achieved. Cholangiogram normal, free flow to duodenum.
Closure: 0 PDS to umbilical fascia, 3/0 Monocryl subcuticular. Bupivacaine 0.25% 20 mL to ports.
Post-op: home same day if eating. Paracetamol 1 g qds, ibuprofen 400 mg tds.
Note: patient asked that her sister, Orla Donnelly of Lurgan, be the contact (07700 900356), not her husband.

Logbook entry confirmed by: Mr Eamon Tierney, Consultant General Surgeon
""", [("Fionnuala Mc Cann", PN), ("471 992 3105", NHS), ("CAH-K118230", HN), ("Dr Shauna Breen", CN), ("Dr Milos Petrovic", CN),
      ("Orla Donnelly", RN), ("Lurgan", AD), ("07700 900356", PH)],
  ["Mr Ciarán O'Hagan", "Craigavon Area Hospital", "19/03/1979", "Laparoscopic cholecystectomy", "OPCS J18.3", "Glasgow-Imrie 1",
   "Calot's triangle", "Critical view of safety", "0 PDS", "3/0 Monocryl", "Bupivacaine 0.25% 20 mL", "Paracetamol 1 g qds",
   "ibuprofen 400 mg tds", "Mr Eamon Tierney", "05/05/2025", "TAP blocks"])

D("s41-018", "teams_chat_export", "Dr Priyanka Deshmukh", """
Microsoft Teams - chat "Stroke on-call (RSCH)" - exported 02/02/2025

Priyanka Deshmukh 01/02/2025 23:04
Thrombolysis call: 71M, onset 22:15 witnessed by wife, NIHSS 14, L MCA. CT no bleed, CTA M1 occlusion. BP 172/94. Weight 84 kg. Going with tenecteplase 0.25 mg/kg = 21 mg bolus. Ringing Southampton for thrombectomy.

Liam Farrow (Stroke nurse) 01/02/2025 23:06
Got it. Name for the transfer form is Mr Roger Ashdown-Hale, MRN RSC7743021. Wife Jill is in the relatives room, she said he collapsed at the Brighton & Hove Bowls Club dinner in Hove.

Priyanka Deshmukh 01/02/2025 23:07
Pls don't use names in this chat Liam! Just MRN. Transfer ambulance CAD 010225-0871.

Liam Farrow (Stroke nurse) 01/02/2025 23:08
Sorry. Jill's mobile for SGH is 07700 900903.

Priyanka Deshmukh 01/02/2025 23:30
Door-to-needle 31 min. mRS 0 pre-morbid.

Dr Oliver Grant-Ure (Consultant Stroke Physician) 02/02/2025 08:15
Great work overnight Priyanka. Verified for your portfolio as an acute stroke case.
""", [("Liam Farrow", CN), ("Liam", CN), ("Roger Ashdown-Hale", PN), ("RSC7743021", HN), ("Jill", RN),
      ("Brighton & Hove Bowls Club", AD), ("Hove", AD), ("010225-0871", REF), ("07700 900903", PH)],
  ["Priyanka Deshmukh", "Priyanka", "71M", "NIHSS 14", "L MCA", "CTA", "M1 occlusion", "BP 172/94", "84 kg", "tenecteplase 0.25 mg/kg",
   "21 mg", "Door-to-needle 31 min", "mRS 0", "Dr Oliver Grant-Ure", "Southampton", "01/02/2025 23:04"])

D("s41-019", "discharge_summary", "Dr Sandeep Kaur Bains", """
Diana, Princess of Wales Hospital, Grimsby - Paediatric Discharge Summary
Name: Tyler-James Cropper   DOB: 13/08/2019   Sex: Male   Unit no: RJL6604418   NHS no: 452 118 0073
Address: 7 Fairfield Avenue, Immingham DN40 1DQ
GP: Dr Lisa Wragg, Immingham Medical Centre
Admitted: 21/12/2024   Discharged: 24/12/2024   Consultant: Dr Helen Marsh

Diagnosis: Kawasaki disease (incomplete), day 6 of fever at admission.
Echo: LAD z-score +2.1, RCA normal.
Treatment: IVIG 2 g/kg over 12 h, aspirin 30 mg/kg/day in divided doses, reducing to 5 mg/kg/day once afebrile 48 h.
Follow-up: repeat echo at Leeds General Infirmary in 6 weeks (cardiology ref LGI-PC-25-0062). Avoid live vaccines for 11 months.
Social: Lives with mum (Stacey Cropper) and nan, Tyler-James goes to Little Stars at the Immingham Civic Centre. Mum's mobile 07700 900480.

Completed by: Dr Sandeep Kaur Bains, Specialty Doctor in Paediatrics
""", [("Tyler-James Cropper", PN), ("Tyler-James", PN), ("RJL6604418", HN), ("452 118 0073", NHS), ("7 Fairfield Avenue, Immingham", AD),
      ("DN40 1DQ", PC), ("Dr Lisa Wragg", CN), ("Immingham Medical Centre", AD), ("LGI-PC-25-0062", REF), ("Stacey Cropper", RN),
      ("Little Stars at the Immingham Civic Centre", AD), ("07700 900480", PH)],
  ["Dr Sandeep Kaur Bains", "Diana, Princess of Wales Hospital", "13/08/2019", "Male", "Kawasaki disease", "LAD z-score +2.1",
   "IVIG 2 g/kg", "aspirin 30 mg/kg/day", "5 mg/kg/day", "Leeds General Infirmary", "Dr Helen Marsh", "21/12/2024", "24/12/2024"])

D("s41-020", "referee_letter", "Dr Amara Okafor", """
Lancashire Teaching Hospitals NHS Foundation Trust
Department of Obstetrics and Gynaecology

To whom it may concern - Portfolio Pathway application of Dr Amara Okafor (GMC 7284519)

I have been Dr Okafor's clinical supervisor since August 2021. She runs an independent antenatal clinic for women with raised BMI and gestational diabetes, and she manages the labour ward out of hours with me as the consultant on call from home.

I would draw the panel's attention to one case in particular: a woman with a massive obstetric haemorrhage (estimated blood loss 3.8 L) following a placenta accreta, where Dr Okafor activated the MOH protocol, gave tranexamic acid 1 g IV and carboprost 250 micrograms IM, and had the woman in theatre within 14 minutes. The patient's details are held in our records only.

I also chaired the Serious Incident review (StEIS 2023/18841) into an unrelated intrapartum stillbirth, in which Dr Okafor gave a clear, honest statement.

Miss Rebecca Thornton FRCOG
Consultant Obstetrician, Royal Preston Hospital
GMC 4418273
rebecca.thornton@lthtr.example.nhs.uk   01632 960100 (secretary)
""", [("StEIS 2023/18841", REF)],
  ["Dr Amara Okafor", "GMC 7284519", "Dr Okafor", "Miss Rebecca Thornton", "GMC 4418273", "Royal Preston Hospital",
   "3.8 L", "placenta accreta", "tranexamic acid 1 g IV",
   "carboprost 250 micrograms IM", "14 minutes", "Lancashire Teaching Hospitals NHS Foundation Trust", "MOH"])

D("s41-021", "reflection", "Dr Hamid Rahimi", """
Reflective note - telling a fisherman he had giant cell arteritis
Dr Hamid Rahimi, Rheumatology, Royal Cornwall Hospital

Jory Tremayne had fished crab pots out of Newlyn since he was fifteen. At 72 (male, born 11/01/1952) he came to the GCA fast-track clinic with a new temporal headache and jaw claudication so bad he had given up pasties. His wife, Demelza, said he had not missed a Tuesday at the Star Inn in St Just for thirty years until this month.

ESR 88, CRP 64. Temporal artery ultrasound showed a halo sign bilaterally. I started prednisolone 60 mg daily the same afternoon and arranged a DEXA scan, alendronic acid 70 mg weekly, and Adcal-D3. I explained the risk of sight loss; he asked whether he could still go to sea. We agreed a plan with his skipper, his nephew Kitto, and the harbour master.

What I would do differently: I used the word "arteritis" too quickly. He went home and looked it up on his phone, read about blindness and did not sleep. Next time I will give him the leaflet (Vasculitis UK) in clinic and phone him the next day on his mobile, 07700 900289, rather than wait two weeks.

Verified: Dr Kerenza Polglase, Consultant Rheumatologist
""", [("Jory Tremayne", PN), ("Jory", PN), ("Newlyn", AD), ("Demelza", RN), ("Star Inn in St Just", AD), ("Kitto", RN), ("07700 900289", PH)],
  ["Dr Hamid Rahimi", "Royal Cornwall Hospital", "giant cell arteritis", "72", "male", "11/01/1952", "ESR 88", "CRP 64", "halo sign",
   "prednisolone 60 mg daily", "alendronic acid 70 mg weekly", "Adcal-D3", "DEXA", "Vasculitis UK", "Dr Kerenza Polglase", "GCA"])

D("s41-022", "email_thread", "Dr Catriona MacLeod", """
From: catriona.macleod@nhs.scot
To: fergus.munro@nhs.scot
Date: 3 October 2024 09:12
Subject: FW: Tribunal paperwork - CTO application

Fergus, for info, the Mental Health Tribunal for Scotland has listed the CTO hearing for Mr Ruaridh Campbell (CHI 2811907765) on 17 October. Tribunal ref MHTS/INV/24/1193. I've done the Part 1 report. His solicitor is Ms Eilidh Fraser at Fraser & Gow, Dingwall (eilidh@fraserandgow.example.co.uk, 01632 960659).

Background for you: Ruaridh lives in a caravan at the back of his uncle's croft at Achiltibuie, and works seasonally at the smokehouse there. His uncle, Hamish Campbell, is the named person.

Cat

> From: MHTS Clerk <clerk.inverness@mhts.example.scot>
> Sent: 2 October 2024 16:55
> Please find the notice of hearing. Venue: Inverness Justice Centre, Room 4. Patient: R. Campbell.

---
Reply from Dr Fergus Munro, 3 October 2024 10:40: Thanks Cat, happy to attend as RMO. (Email retained as evidence of tribunal work; verified FM.)
""", [("Ruaridh Campbell", PN), ("Ruaridh", PN), ("2811907765", NHS), ("MHTS/INV/24/1193", REF), ("Ms Eilidh Fraser", CN),
      ("Fraser & Gow, Dingwall", AD), ("eilidh@fraserandgow.example.co.uk", EM), ("01632 960659", PH), ("Achiltibuie", AD),
      ("Hamish Campbell", RN), ("clerk.inverness@mhts.example.scot", EM), ("R. Campbell", PN)],
  ["Dr Fergus Munro", "Fergus", "Cat", "Mental Health Tribunal for Scotland", "CTO",
   "Part 1 report", "17 October", "RMO", "FM"])
