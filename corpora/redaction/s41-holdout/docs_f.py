from common import *

D("s41-034", "complaint_response", "Dr Kwame Boateng", """
University Hospitals of Leicester NHS Trust - Patient Experience Team
Complaint reference: UHL-C-2025-03318   Datix: 402871
Date: 9 May 2025

Statement of Dr Kwame Boateng, Specialty Doctor, Acute Medicine (GMC 7390155)

Complaint raised by: Mr Clive Dexter, son of Mrs Ivy Dexter (deceased), of 31 Paddock Street, Wigston LE18 2AW.

1. I was the admitting doctor on the Acute Medical Unit on 2 March 2025. Mrs Dexter, an 88-year-old woman (DOB 17/12/1936), was admitted from the Emergency Department with community-acquired pneumonia (CURB-65 score 3).
2. Mr Dexter states that no-one discussed resuscitation with the family. My notes at 19:40 record that I phoned him on 07700 900622 and discussed a DNACPR decision and treatment escalation plan; he asked that his mother "not be put through the machines". I accept that I did not document the conversation on the ReSPECT form itself, only in the medical notes.
3. Mr Dexter also complains about the conduct of the night registrar, Dr Pawel Zielinski (GMC 7120443), who he says was dismissive on 3 March. I was not present for that conversation.
4. I have reflected on this, and now complete the ReSPECT form contemporaneously. I am sorry for the distress caused.

Statement reviewed by: Dr Nicola Lamb, Consultant in Acute Medicine and Clinical Lead
""", [("UHL-C-2025-03318", REF), ("402871", REF), ("Mr Clive Dexter", RN), ("Mrs Ivy Dexter", PN), ("Dexter", PN),
      ("31 Paddock Street, Wigston", AD), ("LE18 2AW", PC), ("07700 900622", PH), ("Dr Pawel Zielinski", CN), ("7120443", GMC)],
  ["Dr Kwame Boateng", "GMC 7390155", "Acute Medical Unit", "Emergency Department", "88-year-old", "17/12/1936", "CURB-65 score 3",
   "DNACPR", "ReSPECT", "Dr Nicola Lamb", "2 March 2025", "University Hospitals of Leicester NHS Trust"])

D("s41-035", "case_writeup", "Dr Arjun Mehta", """
Case history with reflection (Cardiology portfolio, section: acute coronary syndromes & devices)
Dr Arjun Mehta, Specialty Doctor, Cardiothoracic Centre, Freeman Hospital, Newcastle upon Tyne

The patient was a 39-year-old woman, Mrs Leanne Charlton (DOB 28/08/1985), a nursery nurse at Sunnyside Day Nursery in Ashington who collapsed during a Zumba class at the Ashington Leisure Centre. A bystander, an off-duty firefighter named Kev Dodds, gave CPR for 6 minutes and the centre's AED delivered one shock. Her husband Craig and two children (Jayden and Ruby-Mae) came with her sister-in-law from Morpeth.

Coronary angiography showed spontaneous coronary artery dissection (SCAD) of the mid LAD, TIMI 3 flow, which we managed conservatively. Cardiac MRI showed a small anterior infarct, EF 52%. Given an out-of-hospital VF arrest with a reversible cause, the device MDT (Dr Lucy Armitage) did not recommend an ICD. Discharged on bisoprolol 2.5 mg and aspirin 75 mg. Genetic screening for FMD arranged.

I followed her up in clinic; she joined the SCAD research registry (participant ID SCAD-UK-04417) and returned to work at 4 months.

Reflection: I was tempted to stent. Seniors taught me why conservative management is the norm in SCAD.
Verified: Dr Thomas Iredale, Consultant Interventional Cardiologist and Clinical Supervisor
""", [("Leanne Charlton", PN), ("Sunnyside Day Nursery in Ashington", AD), ("Ashington Leisure Centre", AD), ("Kev Dodds", RN), ("Craig", RN),
      ("Jayden", RN), ("Ruby-Mae", RN), ("Morpeth", AD), ("Dr Lucy Armitage", CN), ("SCAD-UK-04417", OID)],
  ["Dr Arjun Mehta", "Freeman Hospital", "39-year-old", "28/08/1985", "spontaneous coronary artery dissection", "SCAD", "LAD", "TIMI 3",
   "EF 52%", "VF", "ICD", "bisoprolol 2.5 mg", "aspirin 75 mg", "FMD", "Dr Thomas Iredale", "6 minutes", "Cardiothoracic Centre"])

D("s41-036", "clinic_letter", "Dr Leila Haddad", """
ENT Department, Altnagelvin Area Hospital, Glenshane Road, Londonderry
Outpatient clinic letter - dictated 06/03/2025, typed 10/03/2025

To: Dr Declan Harkin, Shantallow Health Centre, Derry
Patient: Master Oisín Doherty   DOB: 02/02/2018   H&C: 389 205 7716   Hosp: ALT-E441029
Address: 22 Racecourse Road, Derry BT48 8DA

Dear Dr Harkin,

Thank you for referring Oisín, now 7, with recurrent tonsillitis (8 episodes in the last year, each requiring antibiotics, missing 19 days from St Brigid's Primary School, Carnhill). His mum, Clodagh, says he snores loudly with witnessed pauses; he sleeps with the family's Jack Russell, Biscuit, at the bottom of his bed. Tonsils grade 4 (Brodsky). Paediatric sleep questionnaire positive.

Plan: adenotonsillectomy (coblation) - meets SIGN 117 criteria. Pre-op overnight oximetry (McGill score 3). Listed as urgent. Post-operative pain: paracetamol 15 mg/kg and ibuprofen 10 mg/kg, no codeine.

Clodagh can be reached on 07700 900388 or clodagh.doherty22@example.com.

Yours sincerely,
Dr Leila Haddad, Specialty Doctor, ENT
Countersigned: Mr Colm Ferguson, Consultant ENT Surgeon
""", [("Dr Declan Harkin", CN), ("Dr Harkin", CN), ("Shantallow Health Centre, Derry", AD), ("Oisín Doherty", PN), ("Oisín", PN),
      ("389 205 7716", NHS), ("ALT-E441029", HN), ("22 Racecourse Road, Derry", AD), ("BT48 8DA", PC), ("St Brigid's Primary School, Carnhill", AD),
      ("Clodagh", RN), ("Biscuit", OID), ("07700 900388", PH), ("clodagh.doherty22@example.com", EM)],
  ["Dr Leila Haddad", "Altnagelvin Area Hospital", "ENT Department", "02/02/2018", "recurrent tonsillitis", "Brodsky", "SIGN 117",
   "McGill score 3", "adenotonsillectomy", "paracetamol 15 mg/kg", "ibuprofen 10 mg/kg", "codeine", "Mr Colm Ferguson", "06/03/2025"])

D("s41-037", "email_thread", "Dr Ibrahim Sesay", """
From: Ibrahim Sesay <ibrahim.sesay@nnuh.example.nhs.uk>
To: Haematology Day Unit <hdu.nnuh@example.nhs.uk>
Sent: 14 January 2025 08:05
Subject: Urgent - new APML, please prepare side room

Team, admitted overnight via Cromer ED: Mr Jake Alderton, 27, MRN NN-7712094, NHS 506 331 8802. Blood film shows hypergranular promyelocytes with Auer rods, fibrinogen 0.9 g/L, platelets 14. PML-RARA sent (lab no 25H-000341). ATRA 45 mg/m2/day started 02:30 and arsenic trioxide to start once ECG QTc confirmed <450 ms. Cryo 2 pools given.

He is a lifeguard at the Cromer beach patrol and plays bass in a band called The Runton Ravens. Girlfriend Amber Stokes is with him and is staying at her mum's in Sheringham - her mobile 07700 900193. His mum lives abroad (Lanzarote).

Thanks
Ibrahim
Specialty Doctor, Haematology

Reply from: Dr Sophie Kettle (Consultant Haematologist), 14 January 2025 08:40
Side room 3 ready. Good management overnight - I'll countersign for your portfolio. Please see the trial page https://www.example-trials.org.uk/apml5/site/NN?pt=7712094 to check eligibility.
""", [("hdu.nnuh@example.nhs.uk", EM), ("Jake Alderton", PN), ("NN-7712094", HN), ("506 331 8802", NHS), ("25H-000341", OID),
      ("Cromer beach patrol", AD), ("The Runton Ravens", AD), ("Amber Stokes", RN), ("Sheringham", AD), ("07700 900193", PH),
      ("Lanzarote", AD), ("https://www.example-trials.org.uk/apml5/site/NN?pt=7712094", URL)],
  ["Ibrahim Sesay", "Ibrahim", "APML", "promyelocytes", "Auer rods", "fibrinogen 0.9 g/L", "platelets 14", "PML-RARA", "ATRA 45 mg/m2/day",
   "arsenic trioxide", "QTc", "<450 ms", "Dr Sophie Kettle", "Side room 3", "Cromer ED", "27", "14 January 2025"])

D("s41-038", "safeguarding_statement", "Dr Sandeep Kaur Bains", """
Child protection medical - summary statement for Children's Social Care, North East Lincolnshire
MASH reference: NEL-MASH-25-1187    Police crime reference: HUM-25-044917

Examining doctor: Dr Sandeep Kaur Bains (Specialty Doctor, Paediatrics)
Child: Kacey-Leigh Ward, 9 months (DOB 30/03/2024), female. Unit no RJL8812270.
Address: Flat 3, 118 Freeman Street, Grimsby DN32 7AG
Present: mother Shannon Ward (17), social worker Ms Paula Dunning, health visitor Andrea Kilroy.

History: presented with a swollen left thigh. Mother says she "got her leg caught in the cot bars" at maternal grandmother's house in Laceby on 5 January. The mother's partner, Ricky Strand (not the father), was caring for her that afternoon.

Findings: spiral fracture of the left femoral shaft on X-ray; skeletal survey (09/01/2025) also showed a healing posterior rib fracture (7th rib, right). Bruising on the right pinna. Vitamin D 61 nmol/L, calcium 2.41 mmol/L, ALP 290. Ophthalmology (Mr Raj Anand): no retinal haemorrhages. CT head: normal.

Opinion: the injuries are not explained by the history given and are highly suggestive of inflicted injury.

Signed: Dr Sandeep Kaur Bains   11/01/2025
Peer review & verification: Dr Helen Marsh, Named Doctor for Child Safeguarding
""", [("NEL-MASH-25-1187", REF), ("HUM-25-044917", REF), ("Kacey-Leigh Ward", PN), ("RJL8812270", HN),
      ("Flat 3, 118 Freeman Street, Grimsby", AD), ("DN32 7AG", PC), ("Shannon Ward", RN), ("Ms Paula Dunning", CN), ("Andrea Kilroy", CN),
      ("Laceby", AD), ("Ricky Strand", RN), ("Mr Raj Anand", CN)],
  ["Dr Sandeep Kaur Bains", "9 months", "30/03/2024", "female", "spiral fracture", "skeletal survey", "7th rib", "Vitamin D 61 nmol/L",
   "calcium 2.41 mmol/L", "ALP 290", "CT head", "Dr Helen Marsh", "11/01/2025", "North East Lincolnshire"])
