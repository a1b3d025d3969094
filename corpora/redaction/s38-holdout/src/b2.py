from common import D
P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

D("s38-010","datix_incident_report","Dr Mohammed Al-Rashid",
"""INCIDENT REPORT (Datix Web export)
Incident ID: 248817          LFPSE ref: LFPSE-2024-7F3K9Q
Date of incident: 11/07/2024 02:40      Reported: 11/07/2024 06:15
Location: Main Theatres, Theatre 6 / Recovery
Specialty: Anaesthetics
Reporter: Dr Mohammed Al-Rashid, Specialty Doctor, Anaesthetics
Harm: Low harm

Patient: Olusegun ADEBOWALE   MRN: 00-781-442   NHS No 9021554867   DOB 14/03/1981   Sex M

Description:
Emergency laparotomy for small bowel obstruction, NELA predicted mortality 6.2%. Rapid sequence induction with propofol 120 mg, rocuronium 90 mg. Grade 3 view on direct laryngoscopy (Cormack-Lehane 3). The videolaryngoscope in Theatre 6 had a flat battery; the spare was in Theatre 2. ODP Craig Mulholland fetched it while I oxygenated via face mask (SpO2 nadir 86%). Intubated at second attempt with bougie and McGrath MAC. No aspiration.

Staff involved: Dr Mohammed Al-Rashid (anaesthetist), Craig Mulholland (ODP), Dr Priya Venkataraman (CT2 anaesthetics), Staff Nurse Lorna Beattie (recovery).

Immediate action: DAS guideline followed; difficult airway alert letter given to patient and GP; airway alert added to record.

Reviewer: Dr Helen Abercrombie, Consultant Anaesthetist, Airway Lead — actions: battery check added to daily theatre checklist (from 15/07/2024). Reviewed with reporter 19/07/2024.""",
[("248817",REF),("LFPSE-2024-7F3K9Q",REF),("Olusegun ADEBOWALE",P),("00-781-442",H),("9021554867",N),("Craig Mulholland",C),("Dr Priya Venkataraman",C),("Staff Nurse Lorna Beattie",C)],
["Dr Mohammed Al-Rashid","Dr Helen Abercrombie","DOB 14/03/1981","Sex M","NELA predicted mortality 6.2%","propofol 120 mg","rocuronium 90 mg","Cormack-Lehane 3","McGrath MAC","SpO2 nadir 86%","DAS guideline","Theatre 6","Main Theatres","11/07/2024 02:40"])

D("s38-011","coroner_statement","Dr Oluwaseun Adeyemi-Clarke",
"""HM CORONER FOR NORTH WESSEX
Coroner's ref: NW/2024/0613       Inquest touching the death of: Darren Paul Whitlock (deceased)

WITNESS STATEMENT
(Criminal Justice Act 1967, s.9; Coroners (Inquests) Rules 2013, r.23)

Statement of: Dr Oluwaseun Adeyemi-Clarke
Occupation: Specialty Doctor in Emergency Medicine, Harnwell District Hospital
GMC number: 7233109

1. I make this statement at the request of the coroner's officer, Mr Stuart Penhaligon, from my own recollection and from the clinical records (ED attendance number ED24-0099815).

2. On 3 March 2024 at 23:10 I was the most senior doctor in the Emergency Department. Mr Whitlock, aged 41, was brought in by ambulance (CAD 240303-1187) after being found at the foot of the stairs at his home, 6 Spratt's Lane, Cold Harnwell, by his partner, Ms Leanne Fowler.

3. On arrival his GCS was 6 (E1 V2 M3) with a left fixed dilated pupil. I led the trauma call with Dr Ben Ashdown (registrar) and Charge Nurse Femi Aluko. CT head at 23:34 showed a large acute left subdural haematoma with 11 mm midline shift.

4. I discussed him with the on-call neurosurgical registrar at Wessex Neurosciences, Mr Rahul Dutta, at 23:41; he was accepted for transfer. He was intubated by Dr Alison Greaves (anaesthetics) at 23:50. Tranexamic acid 1 g was given. He deteriorated with bilateral fixed pupils at 00:35 before transfer and, after discussion with Ms Fowler and his brother Gary, treatment was withdrawn. Death was confirmed at 02:12 on 4 March 2024.

I believe that the facts stated in this witness statement are true.
Signed: O. Adeyemi-Clarke      Date: 28/03/2024
Countersigned (verified for portfolio): Dr Imran Sheikh, Consultant in Emergency Medicine""",
[("NW/2024/0613",REF),("Darren Paul Whitlock",P),("Mr Stuart Penhaligon",C),("ED24-0099815",H),("Whitlock",P),("CAD 240303-1187",REF),("6 Spratt's Lane, Cold Harnwell",A),("Ms Leanne Fowler",R),("Dr Ben Ashdown",C),("Charge Nurse Femi Aluko",C),("Mr Rahul Dutta",C),("Dr Alison Greaves",C),("Ms Fowler",R),("Gary",R)],
["Dr Oluwaseun Adeyemi-Clarke","O. Adeyemi-Clarke","7233109","Dr Imran Sheikh","Harnwell District Hospital","Criminal Justice Act 1967","Coroners (Inquests) Rules 2013","aged 41","GCS was 6 (E1 V2 M3)","acute left subdural haematoma","11 mm midline shift","Tranexamic acid 1 g","Wessex Neurosciences","3 March 2024"])

D("s38-012","msf_testimonial","Dr Zainab Hussain",
"""To whom it may concern

TESTIMONIAL IN SUPPORT OF DR ZAINAB HUSSAIN — PORTFOLIO PATHWAY, HAEMATOLOGY

I have worked with Dr Zainab Hussain since August 2020, first as her clinical supervisor and since 2022 as her line manager in the Department of Clinical Haematology at Pennine Vale Teaching Hospitals. Dr Hussain independently runs a weekly general haematology clinic and a fortnightly haemoglobinopathy clinic (about 40 adult patients with sickle cell disease and beta-thalassaemia major), shares the on-call rota with consultants for the laboratory (blood film review, transfusion queries, anticoagulation advice), and supervises two specialty registrars.

I have directly observed her deliver bad news, lead bone marrow aspirate and trephine teaching and manage a case of TTP (ADAMTS13 <5%) with plasma exchange and caplacizumab out of hours. She led the re-audit of hydroxycarbamide monitoring (compliance rising from 61% to 93%). She is a member of the Trust Transfusion Committee.

She has my full support.

Dr Graham Ashworth-Lee MB ChB FRCP FRCPath
Consultant Haematologist and Clinical Lead
GMC 3377216
Pennine Vale Teaching Hospitals NHS Trust
graham.ashworth-lee@nhs.net  |  01632 960254
12 January 2025""",
[("graham.ashworth-lee@nhs.net",E),("01632 960254",PH),("3377216",G)],
["DR ZAINAB HUSSAIN","Dr Zainab Hussain","Dr Hussain","Dr Graham Ashworth-Lee","Department of Clinical Haematology","Pennine Vale Teaching Hospitals NHS Trust","sickle cell disease","beta-thalassaemia major","TTP (ADAMTS13 <5%)","caplacizumab","hydroxycarbamide","61% to 93%","Trust Transfusion Committee","12 January 2025"])

D("s38-013","safeguarding_referral","Dr Farah Siddiqui",
"""MULTI-AGENCY REFERRAL FORM (MARF) — CHILDREN'S SOCIAL CARE
Referral no: MASH-NM-24-06612

Referrer: Dr Farah Siddiqui, Specialty Doctor Paediatrics, Northmere Hospital, tel 01632 960301 (switchboard), bleep 2290
Date/time: 08/05/2024 21:30

Child: Tyler-James Broadbent ("TJ")   DOB 18/09/2022   Age 19 months   Male
NHS 452 007 3318   Hosp No NMH1201448
Address: 41 Copperfield Road, Ashby Wold, NM5 2BX
Nursery: Little Acorns Day Nursery, Ashby Wold
Mother: Chelsea Broadbent (22), mobile 07700 900459
Mother's partner (not father): Reece Hollins, works at the Ashby Wold car wash
Father: Jordan Pike, lives in Hull, no contact
Health visitor: Lynne Corrigan, Ashby Wold HV team
GP: Dr A Mahmood, Wold Valley Practice

Concern: Brought by mother with a swollen left thigh, "fell off the sofa". Skeletal survey shows a spiral fracture of the left femoral shaft and a healing posterior rib fracture (right 8th). Non-mobile-child bruising protocol followed. Mother's account inconsistent. Child is on a child protection plan previously? - not known; CP-IS flag: none.

Action: admitted to Ward 3 under Dr Acheampong (consultant on call); police child abuse investigation unit informed (log 0745 of 08/05/24). Strategy meeting requested.

Signed: F. Siddiqui""",
[("MASH-NM-24-06612",REF),("01632 960301",PH),("2290",PH),("Tyler-James Broadbent",P),("TJ",P),("452 007 3318",N),("NMH1201448",H),("41 Copperfield Road, Ashby Wold",A),("NM5 2BX",PC),("Little Acorns Day Nursery, Ashby Wold",A),("Chelsea Broadbent",R),("07700 900459",PH),("Reece Hollins",R),("Ashby Wold car wash",A),("Jordan Pike",R),("Hull",A),("Lynne Corrigan",C),("Ashby Wold HV team",A),("Dr A Mahmood",C),("Wold Valley Practice",A),("Dr Acheampong",C),("log 0745 of 08/05/24",REF)],
["Dr Farah Siddiqui","F. Siddiqui","DOB 18/09/2022","Age 19 months","Male","spiral fracture of the left femoral shaft","posterior rib fracture (right 8th)","Skeletal survey","Ward 3","Northmere Hospital","08/05/2024 21:30"])

D("s38-014","ambulance_log","Dr Callum Strachan",
"""SCOTTISH AMBULANCE SERVICE — PATIENT REPORT FORM (transcribed extract, attached to ACAT evidence)
Incident no: 2406-14-00973     ePRF: SAS/EPRF/5581930
Call received 14/06/24 19:02  On scene 19:14  Depart 19:41  At hospital 20:03 (Inverkellan Royal, AMU West)
Crew: P. Gilchrist (paramedic, HCPC PA081774), D. Rennie (technician)
Pt: Agnes Moffat   CHI 2211387760   F   DOB 22/11/1938
Location: Moffat residence, 3 Kirkbrae Cottages, Glenlochar DG7 2LX — reported by neighbour Mrs Isa Bain (tel 01632 960519)
PC: SOB, cough 3/7. NEWS2 on scene 8 (RR 28, SpO2 88% air, HR 112 irreg, BP 104/60, T 38.4, alert)
Rx: O2 via venturi 28% -> SpO2 93%; salbutamol 5 mg neb; 12-lead AF 110.
Handed over to Dr C Strachan (AMU registrar) 20:06. Assessment on arrival: CURB-65 3, lactate 2.9; sepsis 6 started within 1 h.
ACAT assessor comment: "Excellent prioritisation of a busy take." — Dr Ruaridh McLeish, Consultant Physician""",
[("2406-14-00973",REF),("SAS/EPRF/5581930",REF),("P. Gilchrist",C),("PA081774",G),("D. Rennie",C),("Agnes Moffat",P),("2211387760",N),("Moffat",P),("3 Kirkbrae Cottages, Glenlochar",A),("DG7 2LX",PC),("Mrs Isa Bain",R),("01632 960519",PH)],
["Dr C Strachan","Dr Ruaridh McLeish","DOB 22/11/1938","NEWS2 on scene 8","SpO2 88% air","venturi 28%","salbutamol 5 mg","CURB-65 3","lactate 2.9","sepsis 6","Inverkellan Royal, AMU West","14/06/24 19:02"])

D("s38-015","mdt_minutes","Dr Rosa Fitzgerald",
"""CANCER GENETICS MDT — MINUTES
Date: Thursday 6 February 2025, 13:00–14:30, Seminar Room 2, Regional Genetics Centre, Westbury Royal Hospital (and MS Teams)

Present: Dr Rosa Fitzgerald (Specialty Doctor, Clinical Genetics — chair for this meeting), Prof. Deborah Ingleby (Consultant Clinical Geneticist), Dr Aarav Menon (Clinical Scientist), Lucy Brannigan (Genetic Counsellor), Sinead Walcott (Genetic Counsellor), Dr Tobias Reinholt (Consultant Breast Surgeon), Amaya Oduwole (MDT coordinator, minutes)
Apologies: Dr Clara Esterhuizen

1. FAM-24-1183 — proband Mrs Gillian Sowerby (DOB 05/05/1969, F), ovarian HGSC at 54. BRCA2 c.5946del (p.Ser1982fs) pathogenic. Cascade testing: sisters Pauline (lives in Whitby) and Anne-Marie (Dublin); daughter Jade, 24, at university in Leeds. Outcome: Lucy to send family letters; Jade offered predictive testing after counselling.

2. FAM-25-0041 — Mr K. Obi, 38, Lynch syndrome suspected, MMR IHC loss of MSH2/MSH6. Germline MSH2 VUS c.1387-2A>G. Outcome: RNA studies requested (lab no. 25G00711); discuss at variant review.

3. FAM-23-0917 — Leonie Farquharson, 31, Li-Fraumeni, TP53 p.Arg248Gln. Whole-body MRI surveillance (Toronto protocol) — due. Her husband, Craig, asked about PGT-M; referral to Guy's fertility unit.

Actions: RF to audit turnaround of cascade letters (target 2 weeks).
Minutes approved: Prof. Deborah Ingleby, 13/02/2025""",
[("FAM-24-1183",REF),("Mrs Gillian Sowerby",P),("Pauline",R),("Whitby",A),("Anne-Marie",R),("Dublin",A),("Leeds",A),("Jade",R),("FAM-25-0041",REF),("Mr K. Obi",P),("25G00711",O),("FAM-23-0917",REF),("Leonie Farquharson",P),("Craig",R),("Lucy Brannigan",C),("Sinead Walcott",C),("Dr Aarav Menon",C),("Dr Tobias Reinholt",C),("Amaya Oduwole",C),("Dr Clara Esterhuizen",C),("Lucy",C)],
["Dr Rosa Fitzgerald","RF","Prof. Deborah Ingleby","DOB 05/05/1969, F","BRCA2 c.5946del (p.Ser1982fs)","Lynch syndrome","MSH2/MSH6","c.1387-2A>G","Li-Fraumeni","TP53 p.Arg248Gln","Toronto protocol","PGT-M","Regional Genetics Centre, Westbury Royal Hospital","6 February 2025"])
