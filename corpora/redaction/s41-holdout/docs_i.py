from common import *

D("s41-048", "wpba_form", "Dr Oluwaseun Adeyemi", """
Mini-CEX - Emergency Medicine (exported from Kaizen)
Trainee/applicant: Dr Oluwaseun Adeyemi     Assessor: Dr Lowri Harries, Consultant EM (GMC number supplied to portfolio)
Date: 17/01/2025   Setting: Morriston ED, Majors
Case: 23-year-old woman with acute severe asthma (PEF 38% predicted, SpO2 91%). Patient: Ceri-Ann Beynon, ED no. 25-004412, a student at Gower College, Tycoch campus, who had been at a house party in Sketty.

Assessor comments: Oluwaseun recognised life-threatening features promptly, gave salbutamol 5 mg and ipratropium 500 micrograms back-to-back nebulisers, prednisolone 40 mg, and IV magnesium sulfate 2 g over 20 min. Good communication with the patient's flatmate, Bethany, who had the inhaler. Discussed with ICU (Dr Rajesh Nair) appropriately. Could have performed a VBG earlier.

Overall: 5/6 (above expectation for completion of training).
Signed: Dr Lowri Harries
""", [("Ceri-Ann Beynon", PN), ("25-004412", HN), ("Gower College, Tycoch campus", AD), ("Sketty", AD), ("Bethany", RN), ("Dr Rajesh Nair", CN)],
  ["Dr Oluwaseun Adeyemi", "Oluwaseun", "Dr Lowri Harries", "Morriston ED", "23-year-old", "PEF 38% predicted", "SpO2 91%", "salbutamol 5 mg",
   "ipratropium 500 micrograms", "prednisolone 40 mg", "magnesium sulfate 2 g", "VBG", "5/6", "17/01/2025", "Mini-CEX"])

D("s41-049", "complaint_letter", "Dr Gwen Tudor", """
Flat 2, Marine Terrace
Aberystwyth
SY23 2AZ

To: Concerns Team, Hywel Dda University Health Board
Date: 3 September 2024

Re: my mother, Mrs Dilys Morgan-Evans, DOB 30/06/1942, hospital number H00778123

My mother has macular degeneration and has been told three times that her injection at Bronglais Hospital was cancelled. She had to get a lift from her friend Mrs Eiluned Rowlands from Llanon each time, and when she arrived the third time a Dr Mathias (I think his first name was Owen) said she "should have been moved to Carmarthen". Dr Tudor phoned afterwards and apologised, and arranged the injection at Glangwili the following week, which we are grateful for.

My mother is a member at Capel Seion in Llanrhystud and the minister, the Rev. Aled Huws, has kindly been driving her since. She is now very anxious about losing her sight completely.

I would like an explanation and a guarantee she will not be cancelled again. You can call me on 01632 960731 or write to me at the above address.

Yours faithfully,
Sara Morgan-Evans
""", [("Flat 2, Marine Terrace\nAberystwyth", AD), ("SY23 2AZ", PC), ("Mrs Dilys Morgan-Evans", PN), ("H00778123", HN), ("Mrs Eiluned Rowlands", RN),
      ("Llanon", AD), ("Dr Mathias", CN), ("Owen", CN), ("Capel Seion in Llanrhystud", AD), ("the Rev. Aled Huws", RN), ("01632 960731", PH),
      ("Sara Morgan-Evans", RN)],
  ["Dr Tudor", "30/06/1942", "macular degeneration", "Bronglais Hospital", "Glangwili", "Hywel Dda University Health Board", "3 September 2024"])

D("s41-050", "mdt_minutes", "Dr Ibrahim Sesay", """
Haematology MDT (Lymphoma) - Norfolk and Norwich University Hospital - 5 March 2025
Attendees: Dr S Kettle (chair, consultant), Dr I Sesay (specialty doctor, presenting), Dr Ruth Bainbridge (histopathology), Dr Oren Levi (radiology), CNS Tracy Goodwin

1. Reginald "Reg" Blyth, 71, M, MRN NN-5520176. Lives in Wells-next-the-Sea, retired whelk fisherman, cares for wife Maureen (dementia). PET-CT: stage IIIA, Deauville 5. Biopsy (path no. NN-H25-2207): DLBCL, GCB type, Ki-67 80%. IPI 3. Plan: R-CHOP x 6 with IT methotrexate prophylaxis? CNS-IPI 3, intermediate - not required. Social work to arrange respite for Maureen at Oak Lodge care home, Fakenham.
2. Miss Tanya Brightwell, 24, F, MRN NN-6619023, university student at UEA (School of Art). Classical Hodgkin lymphoma stage IIA, bulky mediastinal. ABVD x 4 + ISRT; fertility preservation discussed, referred to the Bourn Hall clinic. Her mum, Julie, wants to attend next appointment - Julie's email julie.brightwell@example.org.

Outcomes agreed. Minutes verified: Dr Sophie Kettle, Consultant Haematologist.
""", [("Dr Ruth Bainbridge", CN), ("Dr Oren Levi", CN), ("CNS Tracy Goodwin", CN), ("Reginald \"Reg\" Blyth", PN), ("NN-5520176", HN),
      ("Wells-next-the-Sea", AD), ("Maureen", RN), ("NN-H25-2207", OID), ("Oak Lodge care home, Fakenham", AD), ("Miss Tanya Brightwell", PN),
      ("NN-6619023", HN), ("UEA (School of Art)", AD), ("Julie", RN), ("julie.brightwell@example.org", EM)],
  ["Dr S Kettle", "Dr I Sesay", "Dr Sophie Kettle", "Norfolk and Norwich University Hospital", "71, M", "24, F", "stage IIIA", "Deauville 5",
   "DLBCL", "Ki-67 80%", "IPI 3", "R-CHOP x 6", "CNS-IPI 3", "Classical Hodgkin lymphoma", "ABVD x 4", "ISRT", "Bourn Hall", "5 March 2025"])

D("s41-051", "case_writeup", "Dr Fraser Lindsay", """
Case-based discussion: alcohol-related liver disease and the family dog
Dr Fraser Lindsay, Addiction Psychiatry liaison, Glasgow Royal Infirmary

Mrs Senga Dunlop, 58 (female, DOB 19/09/1966), a former school dinner lady at St Mungo's Academy, drank two bottles of wine a day after her husband Tam died. She lives in a flat in Dennistoun with her staffie, Rocco, and refused admission because "nobody else will walk him". Her neighbour, Mrs Bernadette Coia, eventually agreed to take him.

On admission to Ward 11 she had a Glasgow Alcoholic Hepatitis Score of 9 and a Maddrey discriminant function of 41. Prednisolone was not started (GI bleed, Dr Kenneth Loudon's decision). She was treated with Pabrinex 2 pairs tds for 5 days and a chlordiazepoxide reducing regime guided by GMAWS. I did a motivational interview and she agreed to Alcohol Related Brief Interventions and acamprosate 666 mg tds on discharge.

Reflection: the dog mattered more to her than her liver results. Asking about practical barriers first made the conversation possible.

CbD assessor: Dr Morag Kilpatrick, Consultant, 2 May 2025 - satisfactory.
""", [("Mrs Senga Dunlop", PN), ("St Mungo's Academy", AD), ("Tam", RN), ("Dennistoun", AD), ("Rocco", OID), ("Mrs Bernadette Coia", RN),
      ("Dr Kenneth Loudon", CN)],
  ["Dr Fraser Lindsay", "Glasgow Royal Infirmary", "58", "female", "19/09/1966", "Ward 11", "Glasgow Alcoholic Hepatitis Score of 9",
   "Maddrey discriminant function of 41", "Prednisolone", "Pabrinex 2 pairs tds", "chlordiazepoxide", "GMAWS", "acamprosate 666 mg tds",
   "Dr Morag Kilpatrick", "2 May 2025"])

D("s41-052", "police_statement", "Dr Nkechi Eze-Harrington", """
POLICE SERVICE OF NORTHERN IRELAND - STATEMENT OF WITNESS (Form 38/36)
Occurrence ref: CC2024081100673   Officer: DC Karen Mulholland 4417

Statement of: Dr Nkechi Eze-Harrington, Specialty Doctor, Plastic Surgery, Royal Victoria Hospital, Belfast. Occupation: medical practitioner.

On 11 August 2024 at approximately 01:30 I examined Mr Declan Fitzsimons (DOB 06/06/1998, male, H&C 350 772 9041) in the Emergency Department. He stated he had been attacked with a broken bottle outside the Errigle Inn on the Ormeau Road. He had a 9 cm laceration across the left cheek involving the parotid duct, and a 3 cm laceration to the left forearm with divided flexor carpi radialis tendon.

I repaired the cheek laceration in theatre under GA with cannulation of Stensen's duct; the FCR tendon was repaired with a modified Kessler suture. He was discharged on co-amoxiclav 625 mg tds. His friend, Mr Conor "Bap" Quinn of Rosetta Park, was present at the examination.

I have made this statement from my contemporaneous notes.
Signed: N Eze-Harrington   Date: 20/08/2024
Statement reviewed for portfolio by: Mr Desmond Kirkpatrick, Consultant Plastic Surgeon
""", [("CC2024081100673", REF), ("DC Karen Mulholland", CN), ("4417", OID), ("Mr Declan Fitzsimons", PN), ("350 772 9041", NHS),
      ("Errigle Inn on the Ormeau Road", AD), ("Mr Conor \"Bap\" Quinn", RN), ("Rosetta Park", AD)],
  ["Dr Nkechi Eze-Harrington", "N Eze-Harrington", "Royal Victoria Hospital", "Emergency Department", "06/06/1998", "male", "9 cm", "parotid duct",
   "flexor carpi radialis", "Stensen's duct", "modified Kessler suture", "co-amoxiclav 625 mg tds", "Mr Desmond Kirkpatrick", "11 August 2024"])
