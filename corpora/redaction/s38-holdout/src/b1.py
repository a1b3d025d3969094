from common import D
P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

D("s38-001","clinic_letter","Dr Ewa Lindqvist",
"""Department of Neurology
Royal Wyvern Infirmary NHS Foundation Trust
Outpatients Block C, Level 2

Our ref: EL/NEU/24/3317
Your ref: GP/Holt/0092

Dr Martin Okonedo
Marsh Lane Surgery
14 Marsh Lane
Kingsbridge Wyvern
WV7 3QT

Date dictated: 04/03/2024   Date typed: 11/03/2024

Dear Dr Okonedo,

Re: Mr Desmond Arthur PRICKETT   DOB 19/08/1957   Male
NHS No: 486 219 7730   Hosp No: RWI0448213
Address: Flat 3, Tannery Court, 2 Wharf Street, Kingsbridge Wyvern WV7 1HS

Diagnosis:
1. Idiopathic Parkinson's disease, Hoehn and Yahr stage 2
2. REM sleep behaviour disorder
3. Orthostatic hypotension, mild

Medication: co-careldopa 25/100 mg one tablet three times daily; rasagiline 1 mg once daily; melatonin 2 mg at night.

I saw Mr Prickett in the movement disorders clinic today with his wife, Brenda, who had driven him over from their allotment in Holt Cross. He still works three mornings a week at Prickett & Sons Joinery, which his son Lee now runs, and he tells me his tremor is worst when he is doing fine dovetail work. His MDS-UPDRS part III score today was 24 (previously 31 in October). Lying and standing blood pressure: 138/82 lying, 121/74 at 3 minutes standing.

Brenda reports that he has been shouting and kicking in his sleep and on one occasion fell out of bed. I have started melatonin rather than clonazepam because of his falls risk.

Plan: continue co-careldopa; review in 6 months with the Parkinson's nurse specialist. I would be grateful if you could check a lying and standing blood pressure at his next review. Brenda can be contacted on 07700 900614 if the practice has difficulty reaching him.

Yours sincerely,

Dr Ewa Lindqvist
Specialty Doctor in Neurology (GMC 7049981)

cc: Mr D Prickett (patient)
cc: Parkinson's nurse specialist, Sister Joanne Tebbutt""",
[("EL/NEU/24/3317",REF),("GP/Holt/0092",REF),("Dr Martin Okonedo",C),("Okonedo",C),("Marsh Lane Surgery\n14 Marsh Lane\nKingsbridge Wyvern",A),("WV7 3QT",PC),
 ("Desmond Arthur PRICKETT",P),("486 219 7730",N),("RWI0448213",H),("Flat 3, Tannery Court, 2 Wharf Street, Kingsbridge Wyvern",A),("WV7 1HS",PC),
 ("Prickett",P),("Brenda",R),("Holt Cross",A),("Prickett & Sons Joinery",A),("Lee",R),("07700 900614",PH),("Mr D Prickett",P),("Joanne Tebbutt",C)],
["Dr Ewa Lindqvist","GMC 7049981","DOB 19/08/1957","Male","Idiopathic Parkinson's disease","Hoehn and Yahr stage 2","REM sleep behaviour disorder","co-careldopa 25/100 mg","rasagiline 1 mg","melatonin 2 mg","clonazepam","MDS-UPDRS part III score today was 24","138/82","Royal Wyvern Infirmary NHS Foundation Trust","Department of Neurology","04/03/2024"])

D("s38-002","whatsapp_handover","Dr Oluwaseun Adeyemi-Clarke",
"""[22/01/2025, 07:41] Seun A-C: morning all, handover from nights, ED majors
[22/01/2025, 07:42] Seun A-C: cubicle 4 - old gent from the bungalows behind Tesco in Pelham, "Taffy" to the nurses, real name Gwilym Rees, 84M, NOF # R, ortho aware, fascia iliaca block done 0520 by me, 20ml 0.25% levobupi
[22/01/2025, 07:42] Seun A-C: his daughter Carys is on her way from Bristol, she's the one with LPA. mob 07700 900233
[22/01/2025, 07:44] Kemi Balogun: thx. is he the one w/ the AF on apixaban?
[22/01/2025, 07:45] Seun A-C: yes last dose 2100 last night. Hb 118
[22/01/2025, 07:46] Seun A-C: cubicle 9 - 23F ?ectopic, bhcg 2340, USS booked, gynae (Dr Farrant) seen. name is Ms Tierney, MRN 5530981
[22/01/2025, 07:47] Tom (ANP): Tierney went up to EGU at 0715 fyi
[22/01/2025, 07:47] Seun A-C: 👍
[22/01/2025, 07:49] Seun A-C: resus 2 - the lad from the rugby club, Josh, 19M, head inj, GCS 14 -> 15, CT head NAD, needs obs till 1100. mum (Sandra) in relatives room
[22/01/2025, 07:50] Kemi Balogun: got it. anything else?
[22/01/2025, 07:52] Seun A-C: Datix in for the delayed CT on the stroke pt (W234019). nothing else. off to bed 😴
[22/01/2025, 07:53] Dr Imran Sheikh (Consultant): Thanks Seun - good night's work. I'll verify the nerve block for your DOPS.

-- exported chat, printed 22/01/2025 for portfolio (Dr O. Adeyemi-Clarke). Consultant verifying: Dr Imran Sheikh, Consultant in Emergency Medicine""",
[("Taffy",P),("Gwilym Rees",P),("Pelham",A),("Carys",R),("07700 900233",PH),("Kemi Balogun",C),("Dr Farrant",C),("Tierney",P),("5530981",H),("Tom (ANP)",C),("Josh",P),("Sandra",R),("W234019",REF)],
["Seun A-C","Dr O. Adeyemi-Clarke","Dr Imran Sheikh","84M","NOF #","fascia iliaca block","20ml 0.25% levobupi","apixaban","Hb 118","23F","bhcg 2340","GCS 14 -> 15","CT head NAD","Consultant in Emergency Medicine","LPA"])

D("s38-003","discharge_summary","Dr Priyanka Raghunathan",
"""ST ALDRIC'S HOSPITAL — ELDERLY CARE
ELECTRONIC DISCHARGE SUMMARY

Patient: HARGREAVES, Winifred May       Sex: F       DOB: 02/11/1933
NHS: 7710452918      MRN: SAH-2291457      Ward: Kestrel Ward, bed 14
Admitted: 09/09/2024 14:12    Discharged: 23/09/2024 11:30
Consultant: Dr P Raghunathan (responsible clinician)
Discharging clinician: Dr Aled Whitcombe, FY2
GP: Dr S Nandakumar, Brook House Medical Centre, 1 Station Approach, Little Ebbing, CO9 4RE  Tel 01632 960418

Presenting complaint: found on floor by neighbour (Mr Fairclough, who has a key) after long lie ~10 h.
Diagnoses: rhabdomyolysis (CK 14,820 U/L peak), AKI stage 2 (creatinine 212 -> 88 µmol/L), delirium (4AT 7 on admission, 0 on discharge), Clinical Frailty Scale 6.

Social: widowed, lives alone in a bungalow at 27 Orchard Rise, Little Ebbing. Previously a head teacher at Ebbing Primary. Her son Philip lives in Leeds and rings daily; daughter-in-law Mandy is NOK (07700 900871). Her cat, Mr Biscuit, is being fed by the neighbour.

Medications on discharge: paracetamol 1 g QDS PRN; amlodipine STOPPED (postural drop); sertraline 50 mg OD unchanged; Adcal-D3 one tablet BD.

Follow-up: frailty clinic 6 weeks; package of care QDS arranged via reablement (ref REA/24/55019). Falls pendant referral made to Careline.

Summary verified by: Dr Priyanka Raghunathan, Specialty Doctor, Elderly Care""",
[("HARGREAVES, Winifred May",P),("7710452918",N),("SAH-2291457",H),("Dr Aled Whitcombe",C),("Dr S Nandakumar",C),("Brook House Medical Centre, 1 Station Approach, Little Ebbing",A),("CO9 4RE",PC),("01632 960418",PH),
 ("Mr Fairclough",R),("27 Orchard Rise, Little Ebbing",A),("Ebbing Primary",A),("Philip",R),("Mandy",R),("Leeds",A),("07700 900871",PH),("Mr Biscuit",O),("REA/24/55019",REF)],
["Sex: F","DOB: 02/11/1933","Kestrel Ward, bed 14","Dr P Raghunathan","Dr Priyanka Raghunathan","rhabdomyolysis","CK 14,820 U/L","AKI stage 2","4AT 7","Clinical Frailty Scale 6","paracetamol 1 g QDS PRN","amlodipine","sertraline 50 mg OD","Adcal-D3","ST ALDRIC'S HOSPITAL","09/09/2024"])

D("s38-004","theatre_logbook_csv","Mr Tomasz Wierzbicki",
"""date,hospital,patient_id,age,sex,procedure,opcs,role,supervision,asa,outcome,notes
03/02/2024,Grantfield General,GG7718203,71,M,Cemented hemiarthroplasty R hip,W46.1,S-TS,unsupervised,3,uneventful,
03/02/2024,Grantfield General,GG7720114,34,F,ORIF L ankle Weber B,W24.2,P,unsupervised,1,uneventful,syndesmosis intact
06/02/2024,Grantfield General,GG7703391,58,M,TKR L,W40.1,P,consultant in theatre (Mr Haverford),2,uneventful,
09/02/2024,Grantfield General,GG7699215,82,F,DHS R NOF,W24.1,P,unsupervised,3,wound ooze d5,treated conservatively
09/02/2024,Grantfield General,GG7721008,17,M,MUA + K-wires distal radius,W19.1,T,trained SpR Dr Osei-Bonsu,1,uneventful,rugby
13/02/2024,Lowbridge Treatment Centre,LTC-004417,66,F,THR cementless R,W37.1,P,unsupervised,2,uneventful,
13/02/2024,Lowbridge Treatment Centre,LTC-004431,70,M,THR hybrid L,W38.1,P,unsupervised,2,DVT d12,apixaban
16/02/2024,Grantfield General,GG7722590,45,M,Washout + debridement infected TKR,W56.2,A,Mr Haverford lead,3,readmitted,"pt name on sticker in original log - removed"
20/02/2024,Grantfield General,GG7690047,29,F,Arthroscopy + partial menisectomy R knee,W82.3,P,unsupervised,1,uneventful,
,,,,,,,,,,,
Summary Feb 2024: 9 cases; P 6 S-TS 1 T 1 A 1. Logbook owner: Tomasz Wierzbicki (GMC 6170042). Verified: Mr Julian Haverford FRCS (Tr & Orth), Clinical Director""",
[("GG7718203",H),("GG7720114",H),("GG7703391",H),("GG7699215",H),("GG7721008",H),("Dr Osei-Bonsu",C),("LTC-004417",H),("LTC-004431",H),("GG7722590",H),("GG7690047",H)],
["Tomasz Wierzbicki","GMC 6170042","Mr Julian Haverford","Mr Haverford","Cemented hemiarthroplasty R hip","W46.1","ORIF L ankle Weber B","DHS R NOF","apixaban","Grantfield General","Lowbridge Treatment Centre","03/02/2024"])

D("s38-005","complaint_letter","Dr Hamid Qureshi",
"""12 Blackthorn Way
Upper Sowerby
HX6 2LP

Tel: 01632 960772
email: jan.lacey.home@example.net

PALS / Complaints Team
Calderbrook Hospitals NHS Trust

14 May 2024

To whom it may concern,

I am writing to complain about the care my husband, Raymond Lacey (date of birth 30/06/1949, hospital number CB4410376), received in the Dermatology Day Unit on 22 April.

Ray went in to have the mole on his back removed. We waited nearly three hours and nobody told us why. When we were finally seen, the young lady doctor (I believe her name was Dr Ffion Gale) was very pleasant but said the doctor who was supposed to do it, Dr Qureshi, had been called away, and then Dr Qureshi came back and did the excision himself after all. The nurse, Gemma, told Ray he would hear about the results "in a fortnight". It is now three weeks and we have heard nothing. Ray has not been sleeping — he lost his brother Kenneth to melanoma in 2019 and he is terrified.

I would like someone to tell us the result and to explain why we were left waiting so long.

Yours faithfully,

Janet Lacey (Mrs)""",
[("12 Blackthorn Way\nUpper Sowerby",A),("HX6 2LP",PC),("01632 960772",PH),("jan.lacey.home@example.net",E),("Raymond Lacey",P),("CB4410376",H),("Ray",P),("Dr Ffion Gale",C),("Gemma",C),("Kenneth",R),("Janet Lacey",R),("Lacey",P)],
["Dr Qureshi","30/06/1949","Dermatology Day Unit","Calderbrook Hospitals NHS Trust","melanoma","14 May 2024"])

D("s38-006","complaint_response","Dr Hamid Qureshi",
"""Calderbrook Hospitals NHS Trust
Patient Experience Team
Complaint ref: CMP-2024-01187   Please quote this on all correspondence

Mrs J Lacey
12 Blackthorn Way
Upper Sowerby HX6 2LP

5 June 2024

Dear Mrs Lacey,

Thank you for your letter about the care your husband received in the Dermatology Day Unit on 22 April 2024. I have investigated your concerns with Dr Hamid Qureshi, the specialty doctor who carried out Mr Lacey's procedure, and with Sister Gemma Harrow, the nurse in charge that day.

Waiting time: Dr Qureshi was called to review an inpatient with toxic epidermal necrolysis (SCORTEN 3) on Ward 11. We should have told you this and given you a realistic waiting time. I apologise that we did not.

Result: the histology (lab accession H24-118274) confirmed a superficial spreading melanoma, Breslow thickness 0.6 mm, no ulceration, stage pT1a, excised with 2 mm margins. A wider local excision with 1 cm margins is recommended (NICE NG14). The result was reported on 29 April but the letter was held in a typing backlog. Dr Qureshi telephoned Mr Lacey on 3 June and has arranged the wider excision for 18 June.

Learning: the unit now sends a text message when histology is authorised, and Dr Qureshi presented this case at the departmental governance meeting on 30 May 2024.

If you remain unhappy you may contact the Parliamentary and Health Service Ombudsman.

Yours sincerely,

Angela Rourke
Director of Nursing, on behalf of the Chief Executive

Included in portfolio by Dr H. Qureshi; response checked for accuracy by Dr Nadia Farouk, Consultant Dermatologist and educational supervisor.""",
[("CMP-2024-01187",REF),("Mrs J Lacey",R),("12 Blackthorn Way\nUpper Sowerby",A),("HX6 2LP",PC),("Mrs Lacey",R),("Lacey",P),("Sister Gemma Harrow",C),("H24-118274",O)],
["Dr Hamid Qureshi","Dr Qureshi","Dr H. Qureshi","Dr Nadia Farouk","toxic epidermal necrolysis","SCORTEN 3","Ward 11","superficial spreading melanoma","Breslow thickness 0.6 mm","pT1a","NICE NG14","Dermatology Day Unit","Parliamentary and Health Service Ombudsman","22 April 2024"])

D("s38-007","ward_list","Dr Callum Strachan",
"""AMU WEST  -  board round  Sat 15/06/24   (printed 08:05 by cstrachan)
bed | name | chi | age/sex | issue | jobs
1  | mcgarvey d  | 1204561237 | 68M | CAP CURB-65 2 | cxr rpt, abx iv->po day 3
2  | fionnuala b | 0907482219 | 75F | ?PE, Wells 4.5 | CTPA today, dalteparin held
3  | EMPTY
4  | w.j.          | 2811393376 | 85M | fall, CFS 7 | OT/PT, dtr Morag to call re home (07700 900150)
5  | k. aitken     | 3105019945 | 23F | DKA resolved | DSN r/v, FRIII off
6  | tam o'neil  | 1601577781 | 57M | alcohol withdrawal, GMAWS 6 | pabrinex, chlordiazepoxide
7  | 4417702 | - | 44F | headache, LP neg | home
x-cover: dr s iqbal bleep 4471
SpR: C Strachan   Cons: Dr Ruaridh McLeish (signed off list for portfolio 15/06/24)""",
[("mcgarvey d",P),("1204561237",N),("fionnuala b",P),("0907482219",N),("w.j.",P),("2811393376",N),("Morag",R),("07700 900150",PH),("k. aitken",P),("3105019945",N),("tam o'neil",P),("1601577781",N),("4417702",H),("dr s iqbal",C),("4471",PH),("cstrachan",O)],
["C Strachan","Dr Ruaridh McLeish","AMU WEST","68M","CAP CURB-65 2","Wells 4.5","CTPA","dalteparin","CFS 7","DKA","GMAWS 6","pabrinex","chlordiazepoxide","15/06/24","LP neg"])

D("s38-008","referral_email_thread","Dr Farah Siddiqui",
"""From: Farah Siddiqui <farah.siddiqui@nhs.net>
To: paeds.neurology.referrals@northmere.nhs.uk
Cc: laura.pennock@nhs.net
Sent: 17 October 2023 16:22
Subject: RE: RE: advice re 6yo with ?absence seizures - Alfie M (RN: NMH1190357)

Thanks Dr Acheampong, that's really helpful. I'll start ethosuximide as you suggest and refer for a sleep-deprived EEG.

Farah

Dr Farah Siddiqui | Specialty Doctor, Paediatrics | Ward 3 Children's Unit | ext 5513

-----Original Message-----
From: Kwabena Acheampong <k.acheampong@northmere.nhs.uk>
Sent: 17 October 2023 14:05
Subject: RE: advice re 6yo with ?absence seizures

Dear Farah,
The description of 20-30 brief staring episodes a day, provoked by hyperventilation in clinic, is very typical of childhood absence epilepsy. If the routine EEG shows 3 Hz generalised spike-wave I'd go with ethosuximide first line (per SANAD II) starting 5 mg/kg/day. Happy to see him in the Tuesday clinic if there's no response.
Kwabena

-----Original Message-----
From: Farah Siddiqui
Sent: 16 October 2023 19:48
Subject: advice re 6yo with ?absence seizures

Dear colleagues,
Could I please get advice on Alfie Mortimer, 6 years, DOB 04/02/2017, NHS 603 118 4472, who lives with his mum Kayleigh and her partner Dean at 9 Ferrier Close, Northmere NM3 8DW. His Year 2 teacher at St Cuthbert's RC Primary (Mrs Oduya) noticed him "switching off" mid-sentence. His nickname at home is "Alfie-Bear", which he insisted I use!
Weight 21 kg. Examination normal. Hyperventilation provoked a 10-second episode with eyelid flutter.
Many thanks,
Farah Siddiqui
Specialty Doctor, Paediatrics, Northmere Hospital""",
[("paeds.neurology.referrals@northmere.nhs.uk",E),("laura.pennock@nhs.net",E),("Alfie M",P),("NMH1190357",H),("Dr Acheampong",C),("Kwabena Acheampong",C),("k.acheampong@northmere.nhs.uk",E),("Kwabena",C),("Alfie Mortimer",P),("603 118 4472",N),("Kayleigh",R),("Dean",R),("9 Ferrier Close, Northmere",A),("NM3 8DW",PC),("St Cuthbert's RC Primary",A),("Mrs Oduya",C),("Alfie-Bear",P),("farah.siddiqui@nhs.net",E),("5513",PH)],
["Farah Siddiqui","Dr Farah Siddiqui","DOB 04/02/2017","6 years","childhood absence epilepsy","3 Hz generalised spike-wave","ethosuximide","SANAD II","5 mg/kg/day","Weight 21 kg","Ward 3 Children's Unit","Northmere Hospital"])

D("s38-009","reflection","Dr Niamh O'Farrell",
"""Reflective entry — palliative medicine — "The fiddle"

Written by Dr Niamh O'Farrell, 2 December 2024. Supervisor sign-off: Dr Bernadette Quinlan, Consultant in Palliative Medicine, 9 December 2024.

What happened
I was asked to see a man in his late sixties with metastatic oesophageal cancer on Ward 22. Everybody on the ward called him "Fiddler Joe" — his name was Joseph Kavanagh and for forty years he had played fiddle in the sessions at the Harp and Anchor in Ballymore Quay, which he told me about before he told me anything about his pain. He had worked on the ferries out of Holyhead. His wife, Dympna, had died two years earlier and his niece Siobhán Kavanagh, who is a teaching assistant at Scoil Bhríde, was now his main carer. His terrier, Pádraig, had been smuggled into the side room twice.

He had dysphagia to liquids, a syringe driver with morphine 30 mg and midazolam 10 mg over 24 hours, and he was frightened that if he had any more medication he would never play again. I realised I had walked in planning to increase his morphine; instead we talked for twenty minutes about what mattered to him.

What I learned
I used the SPIKES framework without really thinking about it. We agreed a small increase (morphine to 40 mg/24 h) and a trial of a hyoscine butylbromide 60 mg/24 h for secretions, and the chaplain arranged for two of his friends, Mick and Tommy Doyle, to bring their instruments on the Sunday. He died on the Tuesday.

What I will do differently
Ask "what matters to you" before "how is your pain". I have shared this at our Schwartz Round (November 2024) with the family's permission, changing his name.

Curriculum: Palliative Medicine CiP 3 (symptom management), CiP 5 (communication).""",
[("Fiddler Joe",P),("Joseph Kavanagh",P),("Harp and Anchor",A),("Ballymore Quay",A),("Dympna",R),("Siobhán Kavanagh",R),("Scoil Bhríde",A),("Pádraig",O),("Mick",R),("Tommy Doyle",R),("Holyhead",A)],
["Dr Niamh O'Farrell","Dr Bernadette Quinlan","metastatic oesophageal cancer","Ward 22","morphine 30 mg","midazolam 10 mg","40 mg/24 h","hyoscine butylbromide 60 mg/24 h","SPIKES","Schwartz Round","CiP 3","2 December 2024"])
