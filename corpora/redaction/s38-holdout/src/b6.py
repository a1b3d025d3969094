from common import D
P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

D("s38-036","email_thread","Dr Ilse van der Berg",
"""From: Ilse van der Berg <ilse.vanderberg1@nhs.net>
To: Hannah Osei <hannah.osei3@nhs.net>
Date: Tue, 8 Oct 2024 09:12
Subject: Re: FW: biologic funding - Blueteq

Hi Hannah, thanks - I've uploaded it now (Blueteq ref BTQ-RHE-0088412). Can you let the homecare company know? Patient's mobile in case they need it: 07700 900264.
Ilse

> On Mon, 7 Oct 2024 at 17:40, Hannah Osei <hannah.osei3@nhs.net> wrote:
> Dear Ilse, Mr Rhys Bevan-Thomas (unit no 0087753-S) - his DAS28-CRP is 5.6 despite methotrexate 25 mg SC weekly and sulfasalazine 1 g BD, so he meets NICE TA criteria for an anti-TNF. Dr Brightmore has agreed adalimumab biosimilar (Amgevita) 40 mg fortnightly. Can you complete the Blueteq form? He's a lorry driver for Castell Haulage so he'd like deliveries to his sister's address in Llandeilo (Mrs Nia Bevan, 4 Rhosmaen Terrace, SA19 6NP).
> Thanks, Hannah
> Hannah Osei | Rheumatology Specialist Nurse | Sandmere General Hospital | 01632 960911
>
>> ---------- Forwarded message ---------
>> From: Rheumatology Admin <sgh.rheum.admin@nhs.net>
>> Subject: biologic funding
>> Please see attached DAS28 sheet for RBT. See https://www.blueteq-portal.example.org/login for the form.""",
[("ilse.vanderberg1@nhs.net",E),("Hannah Osei",C),("hannah.osei3@nhs.net",E),("Hannah",C),("BTQ-RHE-0088412",REF),("07700 900264",PH),("Mr Rhys Bevan-Thomas",P),("0087753-S",H),("Castell Haulage",A),("Llandeilo",A),("Mrs Nia Bevan",R),("4 Rhosmaen Terrace",A),("SA19 6NP",PC),("01632 960911",PH),("sgh.rheum.admin@nhs.net",E),("RBT",P),("https://www.blueteq-portal.example.org/login",U)],
["Ilse van der Berg","Ilse","Dr Brightmore","DAS28-CRP is 5.6","methotrexate 25 mg SC weekly","sulfasalazine 1 g BD","NICE TA","adalimumab biosimilar (Amgevita) 40 mg fortnightly","Sandmere General Hospital","8 Oct 2024"])

D("s38-037","discharge_summary","Dr Lakshmi Venkatesan",
"""NETHERFORD WOMEN'S HOSPITAL — MATERNITY DISCHARGE
Mother: Ms Shannon Leigh Ruddock   Hosp no NWH 7004431   NHS 388 052 9916   DOB 25/03/2001 (23 y)
Baby: Baby Boy Ruddock ("Rio"), NHS 911 407 6652, born 14/08/2024 03:51, 3.42 kg
Birth partner: Kyle Jennings (father of baby)
Delivery: emergency caesarean section (category 1) at 39+4 for fetal bradycardia; Robson group 1. Spinal converted to GA. Delivered by Dr L Venkatesan. EBL 1100 mL (PPH): oxytocin infusion 40 IU, carboprost 250 micrograms x2, tranexamic acid 1 g. Hb 121 -> 84 g/L.
Baby: Apgars 3 (1 min), 7 (5 min), 9 (10 min); cord pH 7.08, BE -10.2; to NNU 6 h for observation then transitional care.
Discharge meds (mother): ferrous fumarate 210 mg BD; enoxaparin 40 mg SC OD 10 days; paracetamol and ibuprofen.
Community midwife: Jo Whitlam, Saltley team (07700 900193). Postnatal debrief offered with Dr Venkatesan at 6 weeks.
Verified: Mr Dominic Aske, Consultant Obstetrician""",
[("Ms Shannon Leigh Ruddock",P),("NWH 7004431",H),("388 052 9916",N),("Baby Boy Ruddock",P),("Rio",P),("911 407 6652",N),("Kyle Jennings",R),("Jo Whitlam",C),("Saltley team",A),("07700 900193",PH)],
["Dr L Venkatesan","Dr Venkatesan","Mr Dominic Aske","DOB 25/03/2001 (23 y)","14/08/2024 03:51","3.42 kg","emergency caesarean section (category 1)","39+4","Robson group 1","EBL 1100 mL","oxytocin infusion 40 IU","carboprost 250 micrograms","tranexamic acid 1 g","Apgars 3 (1 min), 7 (5 min), 9 (10 min)","cord pH 7.08","ferrous fumarate 210 mg BD","enoxaparin 40 mg SC OD","NNU"])

D("s38-038","mm_meeting_minutes","Dr Kwame Asante",
"""VASCULAR SURGERY MORBIDITY & MORTALITY — 14 January 2025 — Kingsdown University Hospital, Seminar Room 4
Attendees: Mr Simon Lathbury (chair), Dr Kwame Asante, Ms Harriet Kaur-Bains, Mr Piotr Zielinski, Dr Eve Salter (IR), Dr Nkechi Ibe (anaes), Sr Bridget Connolly (vascular ward), 4 trainees (Dr L. Moss, Dr J. Frith, Dr A. Tariq, Dr C. Wong)

Case 1 (presented by Dr Asante): 74M, ruptured AAA 7.8 cm, EVAR, type II endoleak, died day 3 of abdominal compartment syndrome (IAP 28 mmHg). Learning: lower threshold for bladder pressure monitoring post rEVAR. Datix 251104.
Case 2 (presented by Dr J. Frith): 66F, diabetic foot sepsis, delayed to theatre 31 h because of list overrun; BKA. Patient: K.T., hosp no KUH-5509812. Family (husband Trevor) raised a complaint (ref PALS 25-0022). Learning: escalate CEPOD delays to on-call consultant at 6 h.
Case 3: deferred.
Actions: SL to write to theatre management re CEPOD capacity; KA to draft bladder pressure guideline by 28/02/2025.
Minutes: Sr Bridget Connolly. Approved: Mr Simon Lathbury""",
[("Ms Harriet Kaur-Bains",C),("Mr Piotr Zielinski",C),("Dr Eve Salter",C),("Dr Nkechi Ibe",C),("Sr Bridget Connolly",C),("Dr L. Moss",C),("Dr J. Frith",C),("Dr A. Tariq",C),("Dr C. Wong",C),("251104",REF),("K.T.",P),("KUH-5509812",H),("Trevor",R),("PALS 25-0022",REF)],
["Mr Simon Lathbury","SL","Dr Kwame Asante","Dr Asante","KA","74M","ruptured AAA 7.8 cm","EVAR","type II endoleak","abdominal compartment syndrome","IAP 28 mmHg","66F","BKA","Kingsdown University Hospital","14 January 2025"])

D("s38-039","cbd_form","Dr Helen Thistlethwaite",
"""CASE-BASED DISCUSSION (CbD) — Sport & Exercise Medicine
Doctor: Dr H Thistlethwaite    Assessor: Dr Ravi Chandrasekhar, Consultant SEM    Date: 10/09/2024
Clinical setting: SEM clinic, Moorside General Hospital
Case summary (as written by doctor): 17-year-old female, county-level 800 m runner (trains with Moorside Harriers under coach "Big Dave" Hebblethwaite), referred with recurrent tibial stress fractures. Periods stopped 11 months ago. BMI 17.1. DEXA Z-score -2.1 lumbar spine. Diagnosis: relative energy deficiency in sport (RED-S) with functional hypothalamic amenorrhoea. Plan: MDT with sports dietitian and psychology; return-to-play traffic-light model; calcium and vitamin D; not started on COCP. Mother (works at Moorside Library) attended.
Assessor comments: "Sensitive handling of a young athlete and her mother; good knowledge of RED-S CAT2. Consider safeguarding thresholds for coaching relationships."
Global: meets expectations for completion of training.
Signed R. Chandrasekhar""",
[("Moorside Harriers",A),('"Big Dave" Hebblethwaite',C),("Moorside Library",A)],
["Dr H Thistlethwaite","Dr Ravi Chandrasekhar","R. Chandrasekhar","17-year-old female","tibial stress fractures","BMI 17.1","DEXA Z-score -2.1","relative energy deficiency in sport (RED-S)","functional hypothalamic amenorrhoea","RED-S CAT2","COCP","Moorside General Hospital","10/09/2024"])

D("s38-040","ocr_scan_ward_list","Dr Callum Strachan",
"""WARD 7  HANDOVER  l6/O6/24  (fax copy, rescanned)
Bd  Name            CHl          Dx                      To do
l   Mcgarvey D      l2O456l237   CAP                     sw to PO amox
2   Fionnua1a B.    O9O7482219   PE confirmed            DOAC - apixaban lOmg BD x7d
4   W. J0hnstone    28ll393376   fa11, CFS 7             HOME w/ POC, dtr M0rag
6   0'Neil T        l6Ol57778l   ETOH w/d                GMAWS, pabrinex
Dr on: C. Strachan    p. 2 of 2""",
[("Mcgarvey D",P),("l2O456l237",N),("Fionnua1a B.",P),("O9O7482219",N),("W. J0hnstone",P),("28ll393376",N),("M0rag",R),("0'Neil T",P),("l6Ol57778l",N)],
["C. Strachan","CAP","PE confirmed","apixaban lOmg BD x7d","CFS 7","GMAWS","pabrinex","WARD 7","l6/O6/24"])

D("s38-041","clinic_letter","Dr Jonas Eriksen",
"""Harbourside Hospital — Audiovestibular Medicine
Ref: JE/AVM/9902

To: Dr Kathryn Stroud, Quayside Surgery, 1 Ropewalk, Fairhaven FH1 2QQ
cc: Ms Patience Adjei, Teacher of the Deaf, Fairhaven Sensory Support Service (patience.adjei@fairhaven-sss.example.org.uk)

5 November 2024

Re: Ruby Tsang   DOB 09/09/2020   F   Hosp no HH-00913382
Parents: Mr Wai-Lun Tsang and Mrs Jennifer Tsang, Flat 12, Anchor Wharf, Fairhaven FH2 8LE

Dear Dr Stroud,
I reviewed Ruby, now 4, who was identified by the newborn hearing screen. Aetiology: congenital CMV (dried blood spot PCR positive). Audiology today: bilateral moderately-severe sensorineural hearing loss (average 65 dB HL right, 70 dB HL left), stable since last year. She wears bilateral Phonak Sky hearing aids and is doing well with BSL and spoken English at Little Gulls Nursery. Vestibular screen: delayed gross motor milestones; video head impulse test showed reduced gain bilaterally (0.6).
Plan: refer for cochlear implant assessment (Sydney Road CI programme), physiotherapy, ophthalmology review.
Yours sincerely,
Dr Jonas Eriksen, Specialty Doctor AVM""",
[("JE/AVM/9902",REF),("Dr Kathryn Stroud",C),("Quayside Surgery, 1 Ropewalk, Fairhaven",A),("FH1 2QQ",PC),("Ms Patience Adjei",C),("patience.adjei@fairhaven-sss.example.org.uk",E),("Ruby Tsang",P),("HH-00913382",H),("Mr Wai-Lun Tsang",R),("Mrs Jennifer Tsang",R),("Flat 12, Anchor Wharf, Fairhaven",A),("FH2 8LE",PC),("Dr Stroud",C),("Ruby",P),("Little Gulls Nursery",A)],
["Dr Jonas Eriksen","DOB 09/09/2020   F","congenital CMV","bilateral moderately-severe sensorineural hearing loss","65 dB HL","Phonak Sky","BSL","video head impulse test","0.6","cochlear implant assessment","Harbourside Hospital","5 November 2024","Fairhaven Sensory Support Service"])

D("s38-042","rota_document","Dr Mohammed Al-Rashid",
"""ANAESTHETICS MIDDLE-GRADE ROTA — March 2025 (draft v3) — prepared by Dr M Al-Rashid (rota lead)
Week commencing | Mon | Tue | Wed | Thu | Fri | Sat | Sun
03/03 | MAR | PV | JO | MAR | KS | KS | KS
10/03 | JO | MAR | PV | KS | nights: PV | PV | PV
17/03 | KS | JO | MAR | PV | MAR | JO | JO
24/03 | PV | KS | JO | JO | MAR | MAR | MAR
Key: MAR = Dr Al-Rashid; PV = Dr P Venkataraman; JO = Dr J Onyango; KS = Dr K Sørensen
Swaps to rota.anaes@grantfield.nhs.uk or text 07700 900505 (rota phone).
Approved by: Dr Helen Abercrombie, Clinical Director""",
[("PV",C),("JO",C),("KS",C),("Dr P Venkataraman",C),("Dr J Onyango",C),("Dr K Sørensen",C),("rota.anaes@grantfield.nhs.uk",E),("07700 900505",PH)],
["Dr M Al-Rashid","MAR","Dr Al-Rashid","Dr Helen Abercrombie","03/03"])
