P,R,C,A,PC,T,E,N,H,REF,G,U,O="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
D=[]
def d(kind,app,text,ids,keep): D.append(dict(kind=kind,applicant=app,text=text,identifiers=[{"text":a,"type":b} for a,b in ids],keep=keep))
EM="Dr Olumide Adeyemi"; IM="Dr Priya Raghunathan"; PS="Dr Tomasz Wisniewski"; AN="Dr Eilidh MacKinnon"; GP="Dr Farhan Siddiqui"; PA="Dr Niamh Gallagher"; SU="Dr Mateo Ruiz-Castillo"

d("coroner_statement",IM,"""To: HM Senior Coroner for West Combeshire. Your ref: WC/INQ/23/0618
Re: Inquest into the death of Mrs Gwendolen May Trask (died 14/08/2023)
Statement of Dr Priya Raghunathan, Consultant Physician, Westcombe General Hospital, GMC 6092871

Mrs Trask, aged 92, was admitted from Fairhaven Nursing Home, Sandpit Lane, on 10/08/2023 with aspiration pneumonia. Her son, Mr Clive Trask, held health and welfare LPA. On 11/08/2023 a ReSPECT form was completed by my registrar, Dr Emeka Obiora, after discussion with Clive. On 13/08/2023 she was given a second dose of enoxaparin 40 mg in error by agency nurse Ms Delphine Gauthier (Datix WG-INC-77102); this did not contribute to death in my opinion.
Cause of death proposed: 1a aspiration pneumonia; 2 Alzheimer's disease.""",
[("WC/INQ/23/0618",REF),("Mrs Gwendolen May Trask",P),("Mrs Trask",P),("Fairhaven Nursing Home, Sandpit Lane",A),("Mr Clive Trask",R),("Dr Emeka Obiora",C),("Clive",R),("Ms Delphine Gauthier",C),("WG-INC-77102",REF)],
["Dr Priya Raghunathan","GMC 6092871","Westcombe General Hospital","died 14/08/2023","aged 92","ReSPECT form","enoxaparin 40 mg","1a aspiration pneumonia","Alzheimer's disease"])

d("mini_cex",GP,"""COT (Consultation Observation Tool) - recorded consultation, patient consent on file
GP: Dr Farhan Siddiqui   Assessor: Dr Margaret Oduya (GP trainer) - signed 12/06/2022
Patient: young mum, Hope (surname withheld on recording but visible on screen: Hope Ekwueme), 6/52 postnatal, EPDS 16.
She is worried that her mother-in-law, "Nana Ada", will tell the family in Enugu. Partner Chidi works shifts at the Nissan plant.
Management: sertraline 50 mg (compatible with breastfeeding), referral to perinatal mental health team, safety-netted, follow-up 2/52.
Assessor: excellent ICE exploration; consider PHQ-9 too.""",
[("Hope",P),("Hope Ekwueme",P),("\"Nana Ada\"",R),("Chidi",R),("the Nissan plant",A)],
["Dr Farhan Siddiqui","Dr Margaret Oduya","EPDS 16","sertraline 50 mg","PHQ-9","ICE"])

d("ward_round_note_epr",IM,"""[Cerner PowerChart] Progress Note | Author: RAGHUNATHAN, Priya (Consultant) | 08/01/2024 10:42
Patient: DE SOUZA, Marcelo  | MRN: WG0884127 | FIN: 24011833012 | Loc: WGH 9A Bed 06
S: 'feel like I'm drowning' overnight; night FY1 (Dr Harriet Ng) gave furosemide 80 mg IV.
O: NEWS2 6. Na 129, K 5.8, Cr 241 (baseline 160). Wt 96.4 kg.
A: Decompensated HFrEF (EF 25%) + AKI stage 2.
P: hold ramipril & spironolactone; daily weights; renal r/v - discussed with Dr Wojcik (renal reg, bleep 2231).
Comms: Daughter Luiza updated by phone 07700 900826.""",
[("DE SOUZA, Marcelo",P),("WG0884127",H),("24011833012",H),("Dr Harriet Ng",C),("Dr Wojcik",C),("Luiza",R),("07700 900826",T)],
["RAGHUNATHAN, Priya","9A Bed 06","NEWS2 6","K 5.8","Cr 241","furosemide 80 mg IV","EF 25%","AKI stage 2","ramipril","spironolactone","bleep 2231"])

d("reflective_entry",AN,"""Reflection: awareness under anaesthesia complaint

In 2022 a patient wrote to the Trust saying she had heard "people laughing about a football match" during her hysteroscopy. The patient (Ms Leanne Huxtable, a primary school teacher at St Columba's in Glenmore) was anaesthetised by me with a TIVA technique (propofol TCI Marsh 4 mcg/ml, remifentanil Minto 3 ng/ml). The processed EEG (BIS) was not used. The surgeon that day was Mr Callum Drysdale and I accept there was chat in theatre about Hibs v Hearts.
NAP5 recommends depth-of-anaesthesia monitoring with TIVA and NMB. I now use BIS for all TIVA with paralysis. I met with Leanne and her husband Gav in person with our Patient Experience lead (complaint no. GRH-C-22-1183).
Reflection discussed with Dr Gareth Llewellyn.""",
[("Ms Leanne Huxtable",P),("St Columba's in Glenmore",A),("Mr Callum Drysdale",C),("Leanne",P),("Gav",R),("GRH-C-22-1183",REF)],
["propofol TCI Marsh 4 mcg/ml","remifentanil Minto 3 ng/ml","BIS","NAP5","TIVA","Dr Gareth Llewellyn"])

d("referral_letter",EM,"""ED -> Fracture clinic referral (virtual)
From: Dr O Adeyemi, ED Royal Bramhall. Date: 29/10/2023
Pt: Ms Oluwaseun "Shay" Bamgbose, 26F, RB01125563
Injury: fell during netball at Hetherfield Leisure Centre. Scaphoid tenderness (anatomical snuffbox), X-ray scaphoid series x4 normal.
Plan: Futura splint; virtual fracture clinic review; MRI if still tender at 10-14 days (per BSSH).
Contact: 07700 900215 (own mobile); works at Barclays, Market Square branch.""",
[("Ms Oluwaseun \"Shay\" Bamgbose",P),("RB01125563",H),("Hetherfield Leisure Centre",A),("07700 900215",T),("Barclays, Market Square branch",A)],
["Dr O Adeyemi","Royal Bramhall","26F","anatomical snuffbox","Futura splint","BSSH","10-14 days"])

d("operation_logbook_extract",SU,"""eLogbook extract - Dr M Ruiz-Castillo - 01/01/2024 to 31/03/2024 (consultant verification: Mr Ian Strachan)
Date     | Patient ID     | Age | Procedure                      | Role | Outcome
03/01/24 | KUH4012277     | 67  | Lap right hemicolectomy        | P    | CD I
09/01/24 | KUH4031904     | 24  | Lap appendicectomy             | PS   | nil
17/01/24 | 4040111        | 81  | Laparotomy, Hartmann's         | A    | CD IIIb
02/02/24 | KUH4088250     | 55  | Open inguinal hernia (Lichtenstein) | P | nil
Note: case 17/01 - patient's nephew (Callum Rees-Jones) complained re communication; see separate reflection.
Totals this period: 84 cases, 41 as primary surgeon.""",
[("KUH4012277",H),("KUH4031904",H),("4040111",H),("KUH4088250",H),("Callum Rees-Jones",R)],
["Dr M Ruiz-Castillo","Mr Ian Strachan","CD IIIb","Lichtenstein","Hartmann's","84 cases"])

d("psych_assessment_ed",PS,"""Liaison psychiatry assessment - Royal Bramhall ED - 03:10 - Dr T Wisniewski
Referred by ED reg Dr Fenella Osborne-Pike.
Pt: Mr Reuben Achterberg-Kane, 41, roofer, ED no ED24-0230117
Presenting: found by his brother-in-law (Gus) in the garage at 27 Slater's Row with a ligature; Gus cut him down.
Background: divorce, debts (gambling - Paddy Power account), son Fin (9) at Hetherfield Juniors.
MSE: low mood, hopelessness, no psychotic features. SAD PERSONS not used (not validated); structured clinical judgement.
Plan: informal admission, Oakridge Unit; brother-in-law to remove ropes/ladders. Crisis line 0300 number given.""",
[("Dr Fenella Osborne-Pike",C),("Mr Reuben Achterberg-Kane",P),("ED24-0230117",H),("Gus",R),("27 Slater's Row",A),("Fin",R),("Hetherfield Juniors",A)],
["Dr T Wisniewski","Royal Bramhall ED","Oakridge Unit","SAD PERSONS","41","MSE"])

d("paeds_handover",PA,"""Paeds ward handover Wed 8pm - Robin Ward
Bed 1 - Ellie-Rose (surname Cattermole) 2y, bronchiolitis day 3, HFNC 2 L/kg/min, NG feeds 2/3 maintenance. Mum resident.
Bed 2 - "Pip" Philippa Antrobus 13y, DKA resolving, pH 7.29, switch to s/c at breakfast. Diabetes nurse Wendy Orme to see.
Bed 4 - Mustafa Yilmaz 9y, ?appendicitis - surgeons (Mr Oduwole) reviewing, NBM.
Bed 6 - Baby Kacper Wrobel 6/52, prolonged jaundice, SBR 180 conj 40 - not conj. hyperbili. Home tomorrow if feeding.
Safeguarding: Bed 4 family known to SW (Aimee Fitzsimmons).
Handed over by Dr Niamh Gallagher to Dr Dara Okafor (night SHO)""",
[("Ellie-Rose",P),("Cattermole",P),("\"Pip\"",P),("Philippa Antrobus",P),("Wendy Orme",C),("Mustafa Yilmaz",P),("Mr Oduwole",C),("Kacper Wrobel",P),("Aimee Fitzsimmons",C),("Dr Dara Okafor",C)],
["Dr Niamh Gallagher","Robin Ward","Bed 1","HFNC 2 L/kg/min","pH 7.29","SBR 180","Bed 6"])

d("gp_letter_ocr",GP,"""HETHERFIELD VALE PCN - SOCIAL PRESCRIBING REFERRAL
Date: O3/O3/2O23   Referrer: Dr F. Siddiqui

Name: Mr Albert  (Bert)  Sk1nner
DOB 09/1O/1941
Address: Bungalow 2, Almshouse Row,
Pend1eby  PN3 OBX
Te1: O1632 96O7O4

Reason: 1oneliness since wife Ivy's death; stopped going to the bow1s club (Pend1eby Bow1ing C1ub). Lives alone, daughter Janice in Australia. PHQ-9 = 12.
Referred to: link worker Kemi Ade-0jo.""",
[("Mr Albert  (Bert)  Sk1nner",P),("Bungalow 2, Almshouse Row,\nPend1eby",A),("PN3 OBX",PC),("O1632 96O7O4",T),("Ivy",R),("Pend1eby Bow1ing C1ub",A),("Janice",R),("Kemi Ade-0jo",C)],
["Dr F. Siddiqui","DOB 09/1O/1941","PHQ-9 = 12","HETHERFIELD VALE PCN"])

d("complaint_email",AN,"""From: Dr Eilidh MacKinnon
To: Clinical Director, Anaesthesia
Subject: Concern re colleague - confidential

Dear Dr Llewellyn,
I'm writing to record a concern. On 3 occasions in October (theatre lists on 04/10, 11/10 and 18/10) Dr Rupert Hallam-Sykes left theatre 5 during GA maintenance without handing over, leaving the CT1 (Dr Noor ul-Ain Qureshi) alone. On 18/10 the patient (MRN GR2281006) had a bronchospasm (peak airway pressure 42 cmH2O) that Noor managed with salbutamol 250 mcg IV. I've submitted a Datix (DGR-23-10871).
Eilidh""",
[("Dr Rupert Hallam-Sykes",C),("Dr Noor ul-Ain Qureshi",C),("GR2281006",H),("Noor",C),("DGR-23-10871",REF)],
["Dr Eilidh MacKinnon","Dr Llewellyn","Eilidh","theatre 5","42 cmH2O","salbutamol 250 mcg IV"])
