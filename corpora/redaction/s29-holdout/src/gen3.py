exec(open("hdr.py").read())
D=[]
def d(kind,text,ids,keep):
    D.append({"kind":kind,"applicant":A,"text":text,"identifiers":[{"text":t,"type":y} for t,y in ids],"keep":keep})
d("mini_cex","""Mini-CEX  |  Assessor: Dr Imogen Rae (Consultant EM)  |  Trainee: Dr Thulani Ndlovu
Date 05/12/2024  Setting: ED Majors cubicle 9
Case: 23M, sickle cell crisis (HbSS), pain 9/10. Pt Emmanuel Boateng-Asante, known to haematology; his mum Abena says he usually needs morphine within 30 min and is often labelled 'drug-seeking'.
TN gave IV morphine 5 mg within 22 minutes of arrival, O2 not needed (SpO2 97%), IV fluids, checked reticulocytes (Hb 71, retics 9.8%). Rang haematology SpR Dr Ifeoma Nwachukwu.
Assessor comments: excellent advocacy, followed NICE CG143. Consider PCA earlier.
Rating: 5/6 (above level)""",
[("Emmanuel Boateng-Asante",P),("Abena",R),("Dr Ifeoma Nwachukwu",C)],
["Dr Imogen Rae","Dr Thulani Ndlovu","cubicle 9","HbSS","IV morphine 5 mg","Hb 71","retics 9.8%","NICE CG143","TN"])
d("cbd","""Case-based Discussion
Assessor: Dr Fiona McAllister   Doctor: Thulani Ndlovu   Date: 17 Jan 2025
Case: 46F with hypercalcaemia (adj Ca 3.41 mmol/L), new breast mass. Pt: Mrs Shabana Qureshi (known as "Shabs" to staff, works as a teaching assistant at St Jude's RC Primary, Pemberton). Husband Tariq asked that she not be told "cancer" until family meeting.
Discussion: capacity, confidentiality, disclosure, GMC guidance on decision making and consent. TN managed IV 0.9% saline 4 L/24h, zoledronic acid 4 mg. Referred to breast team (e-RS UBRN 0004 3187 2261).
Outcome: competent at level expected.""",
[("Mrs Shabana Qureshi",P),('"Shabs"',P),("St Jude's RC Primary, Pemberton",AD),("Tariq",R),("0004 3187 2261",REF)],
["Dr Fiona McAllister","Thulani Ndlovu","adj Ca 3.41 mmol/L","zoledronic acid 4 mg","TN"])
d("handover_sheet","""ED handover 08:00 - Majors - Sat
cub 1  Hilda WARBURTON 93F  #NOF L, fascia iliaca block done (levobupivacaine 0.25% 30ml) by TN 05:30. ortho aware. DNACPR in place.
cub 3  'Big Dave' - David Entwistle 51M, chest pain, trop 1 = 9, trop 2 due 09:10. Lives behind the Bowling Green pub on Chapel St, Leigh. HEART 3.
cub 5  Mr & Mrs Fitzgerald - he (Conor, 72) collapsed, she is pt's main carer w/ dementia, sat w/ him. SW Chantelle (ext 2291) looking for respite bed for his wife (Noreen).
cub 7  unknown male ~30s, found in Mesnes Park, GCS 9, police ref PR/25/118873, CAD 0552-14032025.
resus 2 empty
TN -> Dr Lukas Brandt""",
[("Hilda WARBURTON",P),("'Big Dave'",P),("David Entwistle",P),("Bowling Green pub on Chapel St, Leigh",AD),("Fitzgerald",P),("Conor",P),("Chantelle",C),("Noreen",R),("PR/25/118873",REF),("CAD 0552-14032025",REF),("Dr Lukas Brandt",C)],
["levobupivacaine 0.25% 30ml","TN","HEART 3","GCS 9","resus 2","cub 1"])
d("reflection_cultural","""Reflective note: "Your accent"
During my first month in ED a 40-year-old woman, Ms Tracy Hindle, told me she wanted "a proper English doctor". Her partner, Gaz, was swearing at me in cubicle 12. I felt humiliated. I asked the nurse in charge, Bernadette O'Rourke, to be present and continued to assess Ms Hindle's ankle (Ottawa ankle rules negative). She later apologised.
I discussed this at my meeting with Dr Lloyd-Pryce and with the IMG support group led by Dr Oluwaseun Bamgbose-Martins at Health Education England North West. I learned the Trust's zero-tolerance policy and that I can ask for a chaperone or decline to continue if I feel unsafe.
I still think of my mother in Bulawayo, who told me to "be patient with the sick".
Dr T. Ndlovu""",
[("Ms Tracy Hindle",P),("Ms Hindle",P),("Gaz",R),("Bernadette O'Rourke",C),("Dr Oluwaseun Bamgbose-Martins",C)],
["cubicle 12","Ottawa ankle rules","Dr Lloyd-Pryce","Health Education England North West","Dr T. Ndlovu","Bulawayo"])
d("referral_letter","""Dear Dr Hargreaves,
Re: Kwame Asamoah-Darko, 61M, DOB 03/06/1963, 22 Lilford Avenue, Leigh WN7 1JQ
NHS 401 882 3364
Thank you for accepting this gentleman to the Respiratory Ambulatory clinic. He presented to AMU with a 3-month history of weight loss (8 kg), haemoptysis and a 45 pack-year smoking history. CXR shows a 4 cm R hilar mass. CT chest/abdomen booked (request no. RAD-CT-558213).
He works as a taxi driver for Leigh Cabs and is worried about income. His daughter Efua (efua.darko@example.org) would like to be copied in to correspondence, with his consent.
Yours sincerely,
Dr Thulani Ndlovu, Specialty Doctor in Acute Medicine""",
[("Dr Hargreaves",C),("Kwame Asamoah-Darko",P),("22 Lilford Avenue, Leigh",AD),("WN7 1JQ",PC),("401 882 3364",NHS),("RAD-CT-558213",OID),("Leigh Cabs",AD),("Efua",R),("efua.darko@example.org",EM)],
["03/06/1963","45 pack-year","4 cm","Dr Thulani Ndlovu","8 kg"])
d("acat","""ACAT (Acute Care Assessment Tool)
Assessor: Dr Fiona McAllister, Consultant   Trainee: Dr T Ndlovu   Take: 23/01/2025, 17:00-08:00, 27 patients
Cases reviewed incl.: bed 2 - Iris Leatherbarrow (hyponatraemia, Na 118, SIADH from sertraline); bed 9 - "the Mensah twins' father", Kojo Mensah (DKA); ED - Ahmed Al-Farsi (Al-Farsi family requested male doctor only - accommodated).
Strengths: prioritisation, delegation to FY2 Dr Hannah Greenhalgh and ACP Sam Liptrot, clear plans.
Development: don't leave discharge letters to end of shift.
Signed: F McAllister""",
[("Iris Leatherbarrow",P),("Kojo Mensah",P),("\"the Mensah twins' father\"",P),("Ahmed Al-Farsi",P),("Al-Farsi",P),("Dr Hannah Greenhalgh",C),("Sam Liptrot",C)],
["Dr Fiona McAllister","Dr T Ndlovu","Na 118","sertraline","F McAllister","27 patients","bed 9"])
d("email","""From: Dr Thulani Ndlovu
To: safeguarding.adults@wwl.nhs.uk
Cc: Dr Imogen Rae
Date: 9 April 2025 06:14
Subject: Adult safeguarding concern - ED attendance ED25/052210

Dear team,
I saw Mrs Parveen Akhtar (DOB 27/11/1979) overnight with a fractured left ulna. Her account changed twice; she said her husband Shahid "didn't mean it". She asked us not to tell her brother-in-law, Asif Akhtar, who drove her in. She has capacity. She has gone to her sister's in Hindley Green; sister's mobile 07700 900163 (she consented to us holding it). IDVA referral made (MARAC ref MR-WGN-25-0217).
Thanks,
Thulani Ndlovu, Specialty Doctor, ED, bleep 1190""",
[("safeguarding.adults@wwl.nhs.uk",EM),("ED25/052210",HN),("Mrs Parveen Akhtar",P),("Shahid",R),("Asif Akhtar",R),("Hindley Green",AD),("07700 900163",PH),("MR-WGN-25-0217",REF)],
["Dr Thulani Ndlovu","Dr Imogen Rae","27/11/1979","Thulani Ndlovu","fractured left ulna"])
d("dops","""DOPS - Lumbar puncture
Trainee: Dr Thulani Ndlovu    Assessor: Dr Lukas Brandt? No - assessor Dr Imogen Rae (signed)
Patient: 29F (Chloe-Marie Unsworth), headache, ?SAH, CT negative at 14 h.
Consent obtained, 22G atraumatic needle, L3/4, opening pressure 19 cmH2O. Xanthochromia sample protected from light. Tubes labelled with Lab accession 25M0415-CSF-0071.
Patient's fiancé, Liam, held her hand throughout.
Assessor: competent, independent.""",
[("Dr Lukas Brandt",C),("Chloe-Marie Unsworth",P),("25M0415-CSF-0071",OID),("Liam",R)],
["Dr Thulani Ndlovu","Dr Imogen Rae","22G","L3/4","19 cmH2O","29F"])
