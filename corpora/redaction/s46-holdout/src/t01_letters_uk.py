from common import *

DOCS = []

DOCS.append(D("ho-001", "clinic_letter", "Dr Ravindra Kulasekara", """
Department of General Surgery
Northmoor General Hospital NHS Foundation Trust
Elm Tree Road, Hexley HX4 7QB
Colorectal secretaries: 01632 960418   Fax: 01632 960419
colorectal.secs@northmoor.nhs.uk

Our ref: RK/CLN/22-0917
Your ref: GP/PM/3381

Clinic date: 14/09/2022   Typed: 16/09/2022

Dr Philippa Marchetti
Hexley Health Centre
2 Station Parade
Hexley HX4 2LL

Dear Dr Marchetti,

Re: Mr Dennis Albert Cawthorne   DOB 22/06/1951   Male
    Hospital No: N0483921   NHS No: 612 409 7735
    31 Brackenfield Drive, Hexley HX4 9DT

Diagnosis: 1. Rectal adenocarcinoma 9 cm from the anal verge, T3N1M0 on staging MRI
           2. Type 2 diabetes mellitus (HbA1c 58 mmol/mol)

I saw Mr Cawthorne in the colorectal clinic today with his daughter Janine. The MDT on 12/09/2022
recommended short-course radiotherapy, 25 Gy in 5 fractions, followed by laparoscopic anterior
resection with a defunctioning loop ileostomy. I explained the risk of anastomotic leak (around
8%) and of low anterior resection syndrome. He would like to proceed.

Please withhold metformin 1 g twice daily on the morning of surgery; his gliclazide 80 mg will be
managed by the pre-assessment team. CEA today was 6.2 ug/L.

Yours sincerely,

Dr Ravindra Kulasekara
Specialty Doctor in General Surgery, GMC 7312846

cc: Mr Dennis Cawthorne, 31 Brackenfield Drive, Hexley HX4 9DT
    Sister Amanda Pryce, Colorectal Nurse Specialist (bleep 4471)

Verified as the applicant's own work: Mr Jonathan Hale-Whitby, Consultant Colorectal Surgeon
""", [
    ("Elm Tree Road, Hexley", AD), ("HX4 7QB", PC), ("01632 960418", PH), ("01632 960419", PH),
    ("colorectal.secs@northmoor.nhs.uk", EM), ("RK/CLN/22-0917", REF), ("GP/PM/3381", REF),
    ("Philippa Marchetti", CN), ("Marchetti", CN), ("Hexley Health Centre", AD), ("2 Station Parade", AD),
    ("HX4 2LL", PC), ("Hexley", AD), ("Dennis Albert Cawthorne", PN), ("Dennis Cawthorne", PN), ("Cawthorne", PN),
    ("N0483921", HN), ("612 409 7735", NHS), ("31 Brackenfield Drive, Hexley", AD), ("HX4 9DT", PC),
    ("Janine", RN), ("Amanda Pryce", CN), ("4471", PH),
], [
    "Dr Ravindra Kulasekara", "7312846", "Northmoor General Hospital", "22/06/1951", "Male", "T3N1M0",
    "HbA1c 58 mmol/mol", "25 Gy in 5 fractions", "metformin 1 g twice daily", "gliclazide 80 mg",
    "CEA today was 6.2 ug/L", "12/09/2022", "Mr Jonathan Hale-Whitby", "9 cm from the anal verge",
]))

DOCS.append(D("ho-002", "discharge_summary", "Dr Sana Tariq Malik", """
ELECTRONIC DISCHARGE SUMMARY                     Queen Adelaide Hospital, Brackwater
Acute Medical Unit (AMU) -> Ward 23 (Respiratory), Bed 14

Patient: PENHALIGON, Morwenna Joy        Sex: F      DOB: 09/01/1944 (78y)
MRN: QAH2290174          NHS: 4010232137
Address: Flat 6, Tregarthen Court, 19 Chapel Hill, Brackwater BW7 3RS
Tel: 07700 900613 (daughter, Kerensa Penhaligon - NOK)
Registered GP: Dr Aled Morgan-Rhys, Fore Street Surgery, Brackwater BW7 1AA

Admitted: 03/03/2023 14:20     Discharged: 11/03/2023
Responsible consultant: Dr Hilary Okonjo (Respiratory)
Discharging clinician: Dr Sana Tariq Malik, Clinical Fellow (GMC 7290634)

Diagnosis: Infective exacerbation of COPD (J44.1), type 2 respiratory failure
Treatment: NIV on AMU for 36 hours (IPAP 20 / EPAP 5), amoxicillin 500 mg tds, prednisolone 30 mg od
for 5 days. pH nadir 7.28, pCO2 8.9 kPa; on discharge SpO2 90% on air, target 88-92%.

Medications on discharge: Trimbow 2 puffs bd, carbocisteine 375 mg tds, rescue pack supplied.
Follow-up: Respiratory nurse phone review in 2 weeks; referral to pulmonary rehabilitation.
Actions for GP: please repeat U&E in 1 week (K+ 3.3 on discharge).

Summary reviewed and countersigned by Dr Hilary Okonjo, Consultant Respiratory Physician (clinical supervisor).
""", [
    ("PENHALIGON, Morwenna Joy", PN), ("PENHALIGON", PN), ("Morwenna Joy", PN), ("QAH2290174", HN),
    ("4010232137", NHS), ("Flat 6, Tregarthen Court, 19 Chapel Hill, Brackwater", AD), ("BW7 3RS", PC),
    ("07700 900613", PH), ("Kerensa Penhaligon", RN), ("Aled Morgan-Rhys", CN),
    ("Fore Street Surgery, Brackwater", AD), ("BW7 1AA", PC),
], [
    "Dr Sana Tariq Malik", "7290634", "Queen Adelaide Hospital", "Ward 23 (Respiratory), Bed 14",
    "09/01/1944", "78y", "Dr Hilary Okonjo", "J44.1", "IPAP 20 / EPAP 5", "amoxicillin 500 mg tds",
    "prednisolone 30 mg od", "pCO2 8.9 kPa", "Trimbow 2 puffs bd", "carbocisteine 375 mg tds", "K+ 3.3",
    "03/03/2023 14:20",
]))

DOCS.append(D("ho-003", "referral_letter", "Dr Sanjay Raghunathan", """
CARDIOLOGY DEPARTMENT - WESTGATE UNIVERSITY HOSPITAL
Heart Centre, Level 3, 40 Infirmary Lane, Castlebrook CB9 8TZ
Tel 020 7946 0731 | www.westgateheart.nhs.uk

Date: 21 June 2021
Our Ref: SR/EP/0621/44        NHS No: 943 476 5919

To: Dr Lucinda Farrow-Beck, Consultant Electrophysiologist
    St Aidan's Cardiothoracic Centre

Dear Lucinda,

Mr Tariq Haroon BUTT, 57 years, male, DOB 30/04/1964, unit number WUH-0776213
of 88 Sefton Terrace, Castlebrook CB9 2PE (mobile 07700 900248)

Thank you for seeing this gentleman with symptomatic persistent atrial fibrillation. He
presented to our ED on 02/06/2021 with AF at 148 bpm, CHA2DS2-VASc 2 (hypertension, diabetes),
HAS-BLED 1. Echo: LVEF 45%, LA 4.6 cm. He was DC cardioverted on 09/06/2021 (150 J biphasic,
single shock) but reverted within 10 days despite bisoprolol 5 mg od. He is on apixaban 5 mg bd.

I would be grateful for your opinion regarding pulmonary vein isolation. His brother-in-law,
Mr Imran Sheikh, who usually interprets, can be reached on 07700 900249.

With kind regards,

Dr Sanjay Raghunathan MRCP
Cardiology Registrar (LAS), Westgate University Hospital, GMC 7118450
Supervised by Dr Eamonn Kielty, Consultant Cardiologist, who has verified this letter.
""", [
    ("40 Infirmary Lane, Castlebrook", AD), ("CB9 8TZ", PC), ("020 7946 0731", PH),
    ("www.westgateheart.nhs.uk", URL), ("SR/EP/0621/44", REF), ("943 476 5919", NHS),
    ("Lucinda Farrow-Beck", CN), ("Lucinda", CN), ("Tariq Haroon BUTT", PN), ("BUTT", PN),
    ("WUH-0776213", HN), ("88 Sefton Terrace, Castlebrook", AD), ("CB9 2PE", PC), ("07700 900248", PH),
    ("Imran Sheikh", RN), ("07700 900249", PH),
], [
    "Dr Sanjay Raghunathan", "7118450", "Westgate University Hospital", "St Aidan's Cardiothoracic Centre",
    "57 years, male", "30/04/1964", "CHA2DS2-VASc 2", "HAS-BLED 1", "LVEF 45%", "150 J biphasic",
    "bisoprolol 5 mg od", "apixaban 5 mg bd", "Dr Eamonn Kielty", "148 bpm",
]))

DOCS.append(D("ho-004", "clinic_letter", "Dr Maria Cristina Dela Peña", """
Paediatric Outpatients, Children's Centre
Harrowgate Royal Infirmary, Moss Lane, Harrowgate HG12 4NN
Appointments 01632 960772

Our ref: MCDP/PAED/5512        Clinic: General Paediatrics (Thu PM)
Date seen: 07/12/2023          Date typed: 11/12/2023

Parents of Oliver-James Brennan-Tate
Willow Cottage, Back Lane, Upper Dunsford, Harrowgate HG12 9QX

Patient: Oliver-James BRENNAN-TATE   DOB 19/08/2019 (4 years)   Boy
Hosp no. H7716204   NHS 7203498812

Dear Mr and Mrs Brennan-Tate,

Thank you for bringing Ollie to clinic with his mum Siobhan and grandad Padraig. I am writing to you
directly, as recommended by the Academy of Medical Royal Colleges "Please, write to me" guidance,
with a copy to your GP.

Ollie has had constipation since toilet training. His weight is 16.2 kg (50th centile) and
height 103 cm (50th-75th). Examination was normal, including his spine and lower limb reflexes,
and there were no red flags. We agreed to start a disimpaction regimen of Movicol Paediatric
Plain, 4 sachets on day 1 increasing by 2 sachets a day to 12 sachets, then maintenance of
2 sachets a day. A star chart and sitting on the toilet after meals will help.

I will see him again in 3 months. Our children's nurse Bethan Hollis is on 01632 960775 if you
have questions.

Yours sincerely,

Dr Maria Cristina Dela Peña
Specialty Doctor in Paediatrics (GMC 7581147)

cc: Dr Ngozi Okafor-Lyle, Dunsford Medical Practice
Countersigned: Dr Rhiannon Vaughan-Lloyd, Consultant Paediatrician (educational supervisor)
""", [
    ("Moss Lane, Harrowgate", AD), ("HG12 4NN", PC), ("01632 960772", PH), ("MCDP/PAED/5512", REF),
    ("Oliver-James Brennan-Tate", PN), ("Willow Cottage, Back Lane, Upper Dunsford, Harrowgate", AD),
    ("HG12 9QX", PC), ("Oliver-James BRENNAN-TATE", PN), ("H7716204", HN), ("7203498812", NHS),
    ("Brennan-Tate", PN), ("Ollie", PN), ("Siobhan", RN), ("Padraig", RN), ("Bethan Hollis", CN),
    ("01632 960775", PH), ("Ngozi Okafor-Lyle", CN), ("Dunsford Medical Practice", AD),
], [
    "Dr Maria Cristina Dela Peña", "7581147", "Harrowgate Royal Infirmary", "19/08/2019", "4 years", "Boy",
    "16.2 kg (50th centile)", "Movicol Paediatric\nPlain", "12 sachets", "Dr Rhiannon Vaughan-Lloyd",
    "Academy of Medical Royal Colleges",
]))

DOCS.append(D("ho-005", "operation_note", "Dr Tomasz Wróblewski", """
OPERATION NOTE - Trauma Theatre 2, Kingsmere General Hospital
Patient label: FAIRBROTHER Edith Mary  F  DOB 02/02/1936
               K-number K0091177   NHS 401 223 9047
               12 Larkspur Way, Kingsmere KM3 6BU

Date: 18/01/2024   Start 13:05  Finish 14:10
Surgeon: Dr Tomasz Wróblewski (Specialty Doctor, T&O)   Assistant: Dr Kieran Dolan (FY2)
Anaesthetist: Dr Folake Adeyemi-Hart   Anaesthetic: spinal + fascia iliaca block
Supervising consultant (scrubbed for approach): Mr Graham Aitchison, Consultant Orthopaedic Surgeon

Procedure: Right hemiarthroplasty (cemented, Exeter V40 stem size 1, 44 mm Unitrax head)
Indication: displaced intracapsular NOF fracture (Garden IV) after a fall at home on 16/01/2024.
Approach: Hardinge (direct lateral). Antibiotics: cefuroxime 1.5 g IV at induction.
Closure: 1 Vicryl, 2-0 Vicryl, clips. EBL 250 ml. Tranexamic acid 1 g given.
Post-op: FWB, VTE prophylaxis enoxaparin 40 mg sc od for 28 days, check Hb day 1,
bone health per FLS; orthogeriatric review (Dr Anjali Sethuraman).

Logged in eLogbook as Procedure ID 4418-22873 (Level S-TS).
""", [
    ("FAIRBROTHER Edith Mary", PN), ("FAIRBROTHER", PN), ("K0091177", HN), ("401 223 9047", NHS),
    ("12 Larkspur Way, Kingsmere", AD), ("KM3 6BU", PC), ("Kieran Dolan", CN), ("Folake Adeyemi-Hart", CN),
    ("Anjali Sethuraman", CN), ("4418-22873", OID),
], [
    "Dr Tomasz Wróblewski", "Kingsmere General Hospital", "DOB 02/02/1936", "Mr Graham Aitchison",
    "Exeter V40 stem size 1", "Garden IV", "Hardinge", "cefuroxime 1.5 g IV", "enoxaparin 40 mg sc od",
    "Tranexamic acid 1 g", "EBL 250 ml", "Trauma Theatre 2",
]))

DOCS.append(D("ho-006", "clinic_letter", "Dr Ioana Mihăilescu", """
Fernhill Community Mental Health Team (Adult, North)
Fernhill House, 3 Quarry Road, Eastley EY2 5HD   Tel 01632 960230   Fax 01632 960231
Trust website: https://www.eastleypartnership.nhs.uk/fernhill

PRIVATE AND CONFIDENTIAL
RiO ID: 3301942        NHS No: 634-118-2097
Your ref: DRJ/ak         Our ref: CMHT-N/IM/24/117

Dr Daniel Jevons
Orchard Park Surgery, 14 Orchard Rise, Eastley EY2 8PL

3 April 2024

Dear Dr Jevons

Re: Ms Kirsty Anne Louden (preferred name "Kit"), DOB 27/10/1990, female
    Flat B, 112 Harbour Street, Eastley EY1 3LN

I reviewed Kit in outpatient clinic with her care coordinator, Gareth Sowerby (CPN). She has a
diagnosis of recurrent depressive disorder, current episode moderate (F33.1), with a background
of emotionally unstable personality traits. PHQ-9 today 14 (from 21 in January); GAD-7 11.
She has not self-harmed since 11/02/2024. She lives with her partner, Ross McFadyen.

Plan: increase sertraline from 100 mg to 150 mg once daily; continue DBT skills group; crisis
plan reviewed (crisis line number held by patient). She is not detainable under the
Mental Health Act 1983 and has capacity regarding treatment.

Yours sincerely

Dr Ioana Mihăilescu
Specialty Doctor in General Adult Psychiatry, GMC 7369021

Supervisor's verification: I confirm that Dr Mihăilescu saw this patient and wrote this letter.
Dr Peter Ssali, Consultant Psychiatrist, Fernhill CMHT
""", [
    ("Fernhill House", AD), ("3 Quarry Road, Eastley", AD), ("EY2 5HD", PC), ("01632 960230", PH), ("01632 960231", PH),
    ("https://www.eastleypartnership.nhs.uk/fernhill", URL), ("3301942", HN), ("634-118-2097", NHS),
    ("DRJ/ak", REF), ("CMHT-N/IM/24/117", REF), ("Daniel Jevons", CN), ("Jevons", CN),
    ("Orchard Park Surgery, 14 Orchard Rise, Eastley", AD), ("EY2 8PL", PC),
    ("Kirsty Anne Louden", PN), ("Kit", PN), ("Flat B, 112 Harbour Street, Eastley", AD), ("EY1 3LN", PC),
    ("Gareth Sowerby", CN), ("Ross McFadyen", RN),
], [
    "Dr Ioana Mihăilescu", "Dr Mihăilescu", "7369021", "Fernhill Community Mental Health Team", "27/10/1990",
    "female", "F33.1", "PHQ-9 today 14", "GAD-7 11", "sertraline from 100 mg to 150 mg once daily",
    "Mental Health Act 1983", "Dr Peter Ssali", "DBT",
]))

DOCS.append(D("ho-007", "discharge_summary", "Dr Chiamaka Nwosu-Eze", """
Maternity Discharge Summary - Delivery Suite / Postnatal Ward (Rowan), Ashbourne Vale Hospital

Mother: Mrs Precious Adaeze OKONKWO-BLAIR   DOB 15/05/1992   Hosp no. AV5512098   NHS 505 316 2284
Address: 5 Mill Race Gardens, Ashbourne Vale AV4 1RT   Mobile 07700 900871
Partner: Callum Blair   Community midwife: Hayley Redfern (Team Sapphire)

G2P1 -> G2P2. Booking BMI 31. Admitted 22/07/2023 at 39+4 weeks in spontaneous labour.
Emergency caesarean section (category 2) on 23/07/2023 for failure to progress at 7 cm and
pathological CTG. Surgeon: Dr Chiamaka Nwosu-Eze (Specialty Doctor O&G, GMC 7490318),
supervised by Miss Hannah Liddington, Consultant Obstetrician, who was present in theatre.
Pfannenstiel, lower segment, EBL 900 ml, oxytocin 5 units IV then infusion 40 units over 4 hours.
Baby: live female, 3.62 kg, Apgars 7 and 9, cord pH arterial 7.21, venous 7.29.
Baby's hospital number AV5512117 (NICU not required).

Discharge day 2: Hb 98 g/L, ferrous fumarate 210 mg bd, enoxaparin 40 mg od for 10 days.
Safeguarding: none. Debrief offered with Birth Afterthoughts service.
""", [
    ("Precious Adaeze OKONKWO-BLAIR", PN), ("OKONKWO-BLAIR", PN), ("AV5512098", HN), ("505 316 2284", NHS),
    ("5 Mill Race Gardens, Ashbourne Vale", AD), ("AV4 1RT", PC), ("07700 900871", PH), ("Callum Blair", RN),
    ("Hayley Redfern", CN), ("AV5512117", HN),
], [
    "Dr Chiamaka Nwosu-Eze", "7490318", "Ashbourne Vale Hospital", "15/05/1992", "G2P1 -> G2P2",
    "39+4 weeks", "category 2", "Miss Hannah Liddington", "EBL 900 ml", "oxytocin 5 units IV",
    "3.62 kg", "Apgars 7 and 9", "Hb 98 g/L", "ferrous fumarate 210 mg bd", "Rowan",
]))

DOCS.append(D("ho-008", "clinic_letter", "Dr Mohamed Farouk Abdelrahman", """
ENT Department, Cliffmoor Hospital, Sea Road, Saltwick SW14 2JJ
Tel: 01632 960950    ent.admin@cliffmoor.nhs.uk

Date dictated 02/05/2022
Our ref MFA/ENT/HN/2205-031
Hosp No CM 448 1203    NHS No 728 551 0046

Private & confidential
Mr Ronald "Ronnie" Quarmby
Coastguard Cottages No. 4, Saltwick SW14 7EE
DOB: 11/11/1958 (63)  Male

Dear Mr Quarmby,

I am writing following your appointment in the head and neck clinic today, where you came with
your wife Maureen. The biopsy of your left tonsil taken on 20/04/2022 showed a squamous cell
carcinoma which is HPV (p16) positive. Your PET-CT shows a 2.4 cm node at level II on the left,
staged T2N1M0 (AJCC 8th edition, stage I). Your case was discussed at the head and neck MDT, and
the recommendation is transoral robotic surgery with neck dissection, or chemoradiotherapy.

Your clinical nurse specialist is Lorraine Ashdown, 01632 960957.

Yours sincerely

Dr Mohamed Farouk Abdelrahman
Speciality Doctor, Otolaryngology (GMC No. 7045512)
Letter verified by Mr Desmond Oyelaran-Price, Consultant Head and Neck Surgeon

cc: Dr Yasmin Chowdhury, Harbourside Practice
""", [
    ("Sea Road, Saltwick", AD), ("SW14 2JJ", PC), ("01632 960950", PH), ("ent.admin@cliffmoor.nhs.uk", EM),
    ("MFA/ENT/HN/2205-031", REF), ("CM 448 1203", HN), ("728 551 0046", NHS),
    ('Ronald "Ronnie" Quarmby', PN), ("Quarmby", PN), ("Ronnie", PN),
    ("Coastguard Cottages No. 4, Saltwick", AD), ("SW14 7EE", PC), ("Maureen", RN),
    ("Lorraine Ashdown", CN), ("01632 960957", PH), ("Yasmin Chowdhury", CN), ("Harbourside Practice", AD),
], [
    "Dr Mohamed Farouk Abdelrahman", "7045512", "Cliffmoor Hospital", "11/11/1958", "(63)", "Male",
    "HPV (p16) positive", "T2N1M0", "AJCC 8th edition", "2.4 cm", "Mr Desmond Oyelaran-Price",
]))

DOCS.append(D("ho-009", "referral_letter", "Dr Kwabena Asante-Mireku", """
Department of Medicine for Older People - Falls and Syncope Service
Larchfield Hospital, Gorse Road, Penmorrow PM2 9XL

FAX / e-Referral UBRN 0004 5532 1187

To: Memory Assessment Service, Penmorrow Community Hub
From: Dr Kwabena Asante-Mireku, Specialty Doctor, Geriatric Medicine (GMC 7555063)
Date: 28/02/2022

Patient: Mr Harold Ernest Pickersgill, 87 yrs, M, DOB 01/03/1934
PAS 00419983 / NHS 9434765870
Lives: 2 Beech Bungalows, Penmorrow PM2 4GH with wife Doreen (who has mild dementia herself)
Next of kin: son, Mr Stuart Pickersgill, 07700 900334; lasting power of attorney (health) held by son.

Reason for referral: 18-month history of progressive memory loss, getting lost driving, two
falls. MoCA 17/30 (losing points on delayed recall and visuospatial). CT head: generalised
atrophy, small vessel disease, no mass. B12 and folate normal, TSH 2.1. ECG sinus rhythm 68.
Possible mixed Alzheimer's/vascular dementia. DVLA informed by patient's son, as discussed.

Please assess for diagnosis and consideration of donepezil.

Dr K Asante-Mireku
Verified: Dr Fiona Blackwood-Ince, Consultant Geriatrician (clinical supervisor)
""", [
    ("Gorse Road, Penmorrow", AD), ("PM2 9XL", PC), ("0004 5532 1187", REF),
    ("Harold Ernest Pickersgill", PN), ("Pickersgill", PN), ("00419983", HN), ("9434765870", NHS),
    ("2 Beech Bungalows, Penmorrow", AD), ("PM2 4GH", PC), ("Doreen", RN), ("Stuart Pickersgill", RN),
    ("07700 900334", PH),
], [
    "Dr Kwabena Asante-Mireku", "Dr K Asante-Mireku", "7555063", "Larchfield Hospital", "87 yrs, M",
    "DOB 01/03/1934", "MoCA 17/30", "TSH 2.1", "Alzheimer's", "donepezil", "Dr Fiona Blackwood-Ince",
    "Memory Assessment Service",
]))

DOCS.append(D("ho-010", "clinic_letter", "Dr Eleanor Whitcombe", """
Dermatology Department, Ravensby District General Hospital
Outpatients Block C, Ravensby RV6 1DG  |  Direct line 020 7946 0188  |  derm.ravensby@nhs.net

CLINIC LETTER                       Clinic code DERM-WHIT-TUE
Our ref: EW/DM/44312                Date of clinic: 16 January 2024

Patient: Mrs Agnieszka Kowalczyk-Hughes  (DOB 04/07/1979, female)
RAV hospital no. RV0338127 | NHS 418 902 6633
Address: 27 Thistle Walk, Ravensby RV6 8QS

To: Dr Matthew Okoro, Castlegate Surgery

Diagnosis: Chronic plaque psoriasis, PASI 14.2, DLQI 18; psoriatic arthritis suspected (PEST 3).

Mrs Kowalczyk-Hughes has failed methotrexate 20 mg weekly (raised ALT 98) and ciclosporin.
She meets NICE TA criteria for biologic therapy. QuantiFERON negative, hepatitis serology
negative. We will start adalimumab (Amgevita) 80 mg loading then 40 mg every other week, and
I have referred her to rheumatology (Dr Samuel Achterberg) for the joint symptoms.

Dr Eleanor Whitcombe, Associate Specialist in Dermatology (GMC 6098813)
Verified by Dr Ruth Penhallow, Consultant Dermatologist and appraiser
""", [
    ("Outpatients Block C, Ravensby", AD), ("RV6 1DG", PC), ("020 7946 0188", PH), ("derm.ravensby@nhs.net", EM),
    ("EW/DM/44312", REF), ("Agnieszka Kowalczyk-Hughes", PN), ("Kowalczyk-Hughes", PN), ("RV0338127", HN),
    ("418 902 6633", NHS), ("27 Thistle Walk, Ravensby", AD), ("RV6 8QS", PC), ("Matthew Okoro", CN),
    ("Castlegate Surgery", AD), ("Samuel Achterberg", CN),
], [
    "Dr Eleanor Whitcombe", "6098813", "Ravensby District General Hospital", "04/07/1979", "female",
    "PASI 14.2", "DLQI 18", "PEST 3", "methotrexate 20 mg weekly", "ALT 98", "adalimumab (Amgevita)",
    "40 mg every other week", "Dr Ruth Penhallow", "QuantiFERON",
]))

DOCS.append(D("ho-011", "discharge_summary", "Dr Amal Osman Elkhidir", """
EMERGENCY DEPARTMENT DISCHARGE LETTER (auto-generated, Symphony)
St Columba's Hospital ED, Dunmoor    Attendance no. ED23-118402    Arrived 01:47 28/10/2023 by ambulance

Name: MacLEOD, Alasdair Iain         CHI: 1408851129         DOB 14/08/1985  M
Home: 9/2 Crathie Place, Dunmoor DN3 7AF
GP: Dr Kirsten Abernethy, Links Medical Group

Presenting complaint: assault - punched, fell and struck head. GCS 14 (E3V5M6) on arrival,
15/15 at 03:00. Alcohol-related (breath 0.9 mg/L reported by police). CT head (Canadian CT Head
Rule positive - dangerous mechanism + GCS <15 at 2 h): small right frontal contusion, no
midline shift. Neurosurgery (Royal Dunmoor Infirmary, registrar Mr Callum Greig) advised
repeat CT in 6 hours: stable. Laceration 3 cm right eyebrow closed with 5-0 Prolene, ROS day 5.
Police Scotland crime ref PS-20231028-0214 provided by PC Alison Reekie.

Discharged 14:20 with head injury advice and his sister Fiona MacLeod.
Clinician: Dr Amal Osman Elkhidir, Specialty Doctor EM (GMC 7654201)
Senior review: Dr Neil Cattanach, Consultant in Emergency Medicine (supervisor)
""", [
    ("ED23-118402", HN), ("MacLEOD, Alasdair Iain", PN), ("MacLEOD", PN), ("1408851129", NHS),
    ("9/2 Crathie Place, Dunmoor", AD), ("DN3 7AF", PC), ("Kirsten Abernethy", CN), ("Links Medical Group", AD),
    ("Callum Greig", CN), ("PS-20231028-0214", REF), ("Alison Reekie", CN), ("Fiona MacLeod", RN),
], [
    "Dr Amal Osman Elkhidir", "7654201", "St Columba's Hospital", "14/08/1985", "GCS 14 (E3V5M6)",
    "Canadian CT Head\nRule", "5-0 Prolene", "Royal Dunmoor Infirmary", "Dr Neil Cattanach", "01:47 28/10/2023",
    "breath 0.9 mg/L",
]))

DOCS.append(D("ho-012", "clinic_letter", "Dr Haider Al-Jubouri", """
Pre-operative Assessment Clinic - Anaesthesia
Brookvale University Hospital, 1 Chancellor Way, Brookvale BV1 4AA

Our ref: PAC/HAJ/0098   Date: 09/08/2022

Dear Mr Stephens (Consultant Urologist),

Re: Mrs Gloria Nwachukwu-Abara, 71 F, DOB 12/12/1950, BUH number B1199034, NHS 6102974453
    43 Ivy Lane, Brookvale BV3 2XX, tel 01632 960512

Listed for: robotic radical cystectomy.
Assessment: ASA 3. Exercise tolerance 2 flights of stairs. CPET: VO2 peak 14.1 ml/kg/min,
AT 9.8 ml/kg/min - moderate risk. Echo: EF 55%, mild AS (peak gradient 24 mmHg). eGFR 48.
Clinical Frailty Scale 4. STOP-BANG 5 - referred for sleep study; continue CPAP if diagnosed.
Plan: prehabilitation, HDU bed booked post-op, epidural vs rectus sheath catheters to discuss.
Continue amlodipine 10 mg; omit ramipril 5 mg on the morning of surgery.

Dr Haider Al-Jubouri, Specialty Doctor in Anaesthesia (GMC 7203569)
Verified by Dr Imogen Carlisle-Hurst, Consultant Anaesthetist, POAC lead
""", [
    ("1 Chancellor Way, Brookvale", AD), ("BV1 4AA", PC), ("PAC/HAJ/0098", REF), ("Stephens", CN),
    ("Gloria Nwachukwu-Abara", PN), ("B1199034", HN), ("6102974453", NHS), ("43 Ivy Lane, Brookvale", AD),
    ("BV3 2XX", PC), ("01632 960512", PH),
], [
    "Dr Haider Al-Jubouri", "7203569", "Brookvale University Hospital", "71 F", "DOB 12/12/1950", "ASA 3",
    "VO2 peak 14.1 ml/kg/min", "Clinical Frailty Scale 4", "STOP-BANG 5", "amlodipine 10 mg",
    "ramipril 5 mg", "Dr Imogen Carlisle-Hurst", "eGFR 48",
]))
