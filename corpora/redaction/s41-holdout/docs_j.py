from common import *

D("s41-053", "duty_of_candour_letter", "Dr Priyanka Deshmukh", """
University Hospitals Sussex NHS Foundation Trust
Royal Sussex County Hospital, Eastern Road, Brighton

Private and confidential
Mr Dennis Okoye
Flat 9, Regency Court, 40 Marine Parade
Brighton BN2 1PE

Our ref: UHS/DoC/2025/0219   Incident ref (LFPSE): W3317740

12 March 2025

Dear Mr Okoye,

I am writing, as promised when we met on 10 March, to confirm in writing what happened to your partner, Mr Lionel Pascoe, on the Acute Stroke Unit.

On 6 March Lionel was given enoxaparin 40 mg subcutaneously for VTE prophylaxis, 18 hours after he had received alteplase (0.9 mg/kg). Our local policy is that no anticoagulant is given within 24 hours of thrombolysis and until a repeat CT has excluded haemorrhage. The prescription was written by a junior colleague, Dr Harvey Quist, and was not caught at the pharmacy check. The 24-hour CT, done later that day, showed no bleeding, and Lionel has come to no harm from this error.

I am very sorry. We are reviewing the electronic prescribing alert. You can contact me via the stroke secretaries on 01632 960350.

Yours sincerely,
Dr Priyanka Deshmukh, Specialty Doctor, Stroke Medicine
On behalf of Dr Oliver Grant-Ure, Consultant Stroke Physician (who has reviewed this letter)
""", [("Mr Dennis Okoye", RN), ("Mr Okoye", RN), ("Flat 9, Regency Court, 40 Marine Parade\nBrighton", AD), ("BN2 1PE", PC),
      ("UHS/DoC/2025/0219", REF), ("W3317740", REF), ("Mr Lionel Pascoe", PN), ("Lionel", PN), ("Dr Harvey Quist", CN)],
  ["Dr Priyanka Deshmukh", "Dr Oliver Grant-Ure", "Royal Sussex County Hospital", "Acute Stroke Unit", "enoxaparin 40 mg", "VTE prophylaxis",
   "alteplase (0.9 mg/kg)", "24 hours", "18 hours", "12 March 2025", "University Hospitals Sussex NHS Foundation Trust", "01632 960350"])

D("s41-054", "reflection", "Dr Hannah Oduya", """
Reflection - a farm accident in the Eden Valley
Dr Hannah Oduya, Specialty Doctor in Trauma & Orthopaedics, Cumberland Infirmary, Carlisle

In lambing season 2024 I was the orthopaedic doctor on call when Mr Tom Armstrong-Bell, 44, was flown in by the Great North Air Ambulance after a quad bike rolled on him on the fell above Kirkoswald. He farms Swaledale sheep at High Raise Farm with his father, old Jack Armstrong-Bell, who still goes to Penrith auction every Tuesday, and his wife Sally teaches at Lazonby C of E School. The crew had splinted an open tibial fracture (Gustilo-Anderson IIIA) and given 1 g cefazolin.

We followed BOAST 4: IV co-amoxiclav, tetanus, photographs, and a combined ortho-plastics debridement within 12 hours with Mr Hamish Lockhart's plastics team; definitive fixation with an intramedullary nail at 48 h. He spent three weeks worrying more about his ewes than his leg. His neighbour, a farmer called Wilf Routledge, did the lambing for him.

Learning: I had to learn to talk about farm economics as part of his recovery plan. I referred him to the Farming Community Network (their helpline worker was brilliant) and we timed his physiotherapy around the lambing.

Verified: Mr David Fairbairn, Consultant Orthopaedic Surgeon, Educational Supervisor
""", [("Mr Tom Armstrong-Bell", PN), ("Kirkoswald", AD), ("High Raise Farm", AD), ("Jack Armstrong-Bell", RN), ("Penrith auction", AD), ("Sally", RN),
      ("Lazonby C of E School", AD), ("Mr Hamish Lockhart", CN), ("Wilf Routledge", RN)],
  ["Dr Hannah Oduya", "Cumberland Infirmary", "44", "Great North Air Ambulance", "Gustilo-Anderson IIIA", "1 g cefazolin", "BOAST 4",
   "co-amoxiclav", "12 hours", "intramedullary nail", "48 h", "Farming Community Network", "Mr David Fairbairn"])

D("s41-055", "handover_list", "Dr Hannah Oduya", """
t&o trauma list - cic - mon 8/7
dr h oduya (ho) running list; cons mr d fairbairn

1. 89f - mary "molly" irving - k9912045 - #nof r intracap, hemi. anticoag: edoxaban 60 mg last 07:00 sun. from keswick, warden-controlled flat at greta grove house.
2. 34m - lee hodgson - k9914400 - # dist radius l, volar plate. roofer, works for j. pattinson & sons roofing, wigton. wants to be quick back to work.
3. 7m - baby? no - 7yo boy - alfie nicholson - k9915503 - supracondylar # gartland iii, pink pulseless -> now pink perfused post reduction. mum (gemma) 07700 900941. school: st bede's, carlisle.
4. 76m - walter gibson - k9913372 - infected tkr, revision planning. wife lives on her own at 4 eden mount, stanwix ca3 9lz.

bed manager id for #nof pathway: bbx-2207. ortho-geri dr t mwangi to see 1 & 4.
""", [("mary \"molly\" irving", PN), ("k9912045", HN), ("keswick", AD), ("greta grove house", AD), ("lee hodgson", PN), ("k9914400", HN),
      ("j. pattinson & sons roofing, wigton", AD), ("alfie nicholson", PN), ("k9915503", HN), ("gemma", RN), ("07700 900941", PH),
      ("st bede's, carlisle", AD), ("walter gibson", PN), ("k9913372", HN), ("4 eden mount, stanwix", AD), ("ca3 9lz", PC), ("bbx-2207", OID),
      ("dr t mwangi", CN)],
  ["dr h oduya", "(ho)", "mr d fairbairn", "89f", "#nof r intracap", "hemi", "edoxaban 60 mg", "34m", "volar plate", "7yo", "gartland iii",
   "76m", "infected tkr"])

D("s41-056", "teaching_feedback", "Dr Marta Kowalczyk", """
Teaching session record and feedback - "Skin lesions you must not miss" (FY2 and GP trainee teaching, Aberdeen, 21/01/2025)
Teacher: Dr Marta Kowalczyk. Organiser/verifier: Dr Alastair Imrie.

Session content included three anonymised case photographs and, by mistake on slide 14, a clinic list screenshot showing: "Elspeth Cruickshank, ARI-D1102289, Banchory, ?amelanotic melanoma". This has been removed from the saved slides and reported (Datix ARI-IG-25-0044).

Feedback (n=23): content 4.7/5; delivery 4.6/5.
"Great session on ABCDE and ugly duckling sign."
"Loved the case of the fisherman from Macduff - made dermoscopy real." (case was anonymised in the slides.)
"Would like more on BCC vs SCC."
Reflection: I now check every slide with the Caldicott principles in mind before teaching.
""", [("Elspeth Cruickshank", PN), ("ARI-D1102289", HN), ("Banchory", AD), ("ARI-IG-25-0044", REF), ("Macduff", AD)],
  ["Dr Marta Kowalczyk", "Dr Alastair Imrie", "4.7/5", "4.6/5", "ABCDE", "ugly duckling sign", "dermoscopy", "BCC", "SCC",
   "Caldicott principles", "21/01/2025", "?amelanotic melanoma"])

D("s41-057", "gp_referral_letter", "Dr Rhodri Llewellyn", """
Meddygfa Dyffryn
Urgent suspected cancer referral (USC) - Lower GI

To: Colorectal Team, Ysbyty Glan Clwyd
From: Dr Rhodri Llewellyn
Date: 28/11/2024

Patient: Mrs Gwenllian Mair Ellis   DOB: 13/03/1951   Female
NHS: 408 225 6193   Address: Bwthyn y Felin, Eglwysbach, Colwyn Bay LL28 5UF   Tel: 01632 960864
Preferred language: Cymraeg (Welsh-speaking clinician requested)

Reason: iron-deficiency anaemia (Hb 94 g/L, ferritin 6 µg/L, MCV 71 fL) with change in bowel habit 8 weeks; FIT 212 µg Hb/g.
PMH: T2DM (metformin 1 g bd), AF on apixaban 5 mg bd, hypertension.
Social: widowed; lives alone; helps at Eglwysbach Show committee and runs the Merched y Wawr branch. Daughter Catrin Ellis-Hughes (next of kin) in Llandudno, 07700 900133.
Performance status 1.

Dr Rhodri Llewellyn (GMC 6109923)
Reviewed (training supervision): Dr Menna Lloyd-Jones
""", [("Mrs Gwenllian Mair Ellis", PN), ("408 225 6193", NHS), ("Bwthyn y Felin, Eglwysbach, Colwyn Bay", AD), ("LL28 5UF", PC),
      ("01632 960864", PH), ("Eglwysbach Show committee", AD), ("Merched y Wawr branch", AD), ("Catrin Ellis-Hughes", RN), ("Llandudno", AD),
      ("07700 900133", PH)],
  ["Dr Rhodri Llewellyn", "GMC 6109923", "Meddygfa Dyffryn", "Ysbyty Glan Clwyd", "13/03/1951", "Female", "Hb 94 g/L", "ferritin 6 µg/L",
   "MCV 71 fL", "FIT 212 µg Hb/g", "T2DM", "metformin 1 g bd", "apixaban 5 mg bd", "Performance status 1", "Dr Menna Lloyd-Jones", "28/11/2024"])
