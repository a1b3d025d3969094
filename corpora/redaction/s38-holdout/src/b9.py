from common import D
P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

D("s38-058","whatsapp_chat","Dr Farah Siddiqui",
"""Paeds SHO/Reg 🧸
[03/03/2024 02:11] Farah S: NNU - baby of Jordan-Leigh Pearce, 34/40, grunting, on CPAP 6 FiO2 0.35, CXR RDS, curosurf given 0150 200mg/kg
[03/03/2024 02:12] Farah S: cot 4. mum on labour ward room 9, dad's name Callum, he's a firefighter at Northmere station so on shift, his mum Diane is with her
[03/03/2024 02:14] Olu (reg): ok. gas?
[03/03/2024 02:15] Farah S: cap gas pH 7.24 pCO2 8.1, BE -3. NNU no is NN24-0317
[03/03/2024 02:16] Olu (reg): wean if sats stable, repeat gas 1h. call if FiO2 >0.4
[03/03/2024 04:40] Farah S: FiO2 0.28 now 🙌 gas pH 7.31 pCO2 6.4
[03/03/2024 04:41] Olu (reg): 👍 good job
— screenshot added to portfolio, verified by Dr Kwabena Acheampong (consultant neonatologist/paediatrician)""",
[("Jordan-Leigh Pearce",P),("Callum",R),("Northmere station",A),("Diane",R),("Olu (reg)",C),("NN24-0317",H)],
["Farah S","Dr Kwabena Acheampong","34/40","CPAP 6","FiO2 0.35","RDS","curosurf","200mg/kg","cot 4","pH 7.24 pCO2 8.1","FiO2 0.28","03/03/2024 02:11"])

D("s38-059","employment_tribunal_witness","Dr Ciaran Devlin",
"""IN THE EMPLOYMENT TRIBUNALS
Case No: 2401187/2024
Claimant: Ms Rebecca Hollinshead   Respondent: Oakfield Community Health NHS Trust

WITNESS STATEMENT OF DR CIARAN DEVLIN (for the Respondent) — extract included in portfolio under "Management and leadership"

1. I am a Specialty Doctor in Rehabilitation Medicine and from 2022 to 2024 was clinical lead for the inpatient unit. The Claimant was a band 7 physiotherapy team lead.
2. On 4 April 2023 a patient, referred to in the bundle as "Patient A" (Mr T. Holloway, hospital number ORN/21/0877), sustained a fall during a transfer. The Claimant alleges that her subsequent raising of staffing concerns was a protected disclosure. 
3. I attended the meeting on 12 April 2023 with Mr Graham Tolley (Head of Therapies) and Ms Anjali Dave (HR business partner, anjali.dave@oakfield-chc.example.nhs.uk). I accept that I said staffing was "not a matter for this meeting". On reflection I should have recorded her concerns in writing.
Statement of truth signed: C. Devlin, 30/09/2024.
Portfolio note: verified as an accurate copy by Dr Imelda Fortescue, Medical Director.""",
[("2401187/2024",REF),("Ms Rebecca Hollinshead",C),("Mr T. Holloway",P),("ORN/21/0877",H),("Mr Graham Tolley",C),("Ms Anjali Dave",C),("anjali.dave@oakfield-chc.example.nhs.uk",E)],
["DR CIARAN DEVLIN","C. Devlin","Dr Imelda Fortescue","Oakfield Community Health NHS Trust","Rehabilitation Medicine","4 April 2023","Patient A"])

D("s38-060","telephone_triage_log","Dr Gareth Pryce-Morgan",
"""NHS 111 Wales / GUM CAS — clinical call back record
Case ID: 111W-3390-5521-77         Call-back no: 07700 900611
Caller: "Jess" (declines surname) — later identified at clinic as Jessica Amber Rowlands, clinic no GUM/RS/81402
Age 22, F. Symptoms: pelvic pain 3 days, dyspareunia, new partner (name: "Kai", works at the Bargoed leisure centre gym). LMP 2 weeks ago. Temp at home 38.1.
Disposition: attend today — ?PID; pregnancy test; NAAT for chlamydia/gonorrhoea. 
Outcome (clinic, Dr G Pryce-Morgan): cervical motion tenderness; ceftriaxone 1 g IM stat, doxycycline 100 mg BD + metronidazole 400 mg BD 14 days (BASHH 2019 PID guideline). Partner notification: Kai, via PN slip code PN-7731.
Reviewed: Dr Mererid Lloyd-Jenkins""",
[("111W-3390-5521-77",REF),("07700 900611",PH),("Jess",P),("Jessica Amber Rowlands",P),("GUM/RS/81402",H),("Kai",R),("Bargoed leisure centre gym",A),("PN-7731",REF)],
["Dr G Pryce-Morgan","Dr Mererid Lloyd-Jenkins","Age 22, F","PID","NAAT","ceftriaxone 1 g IM stat","doxycycline 100 mg BD","metronidazole 400 mg BD","BASHH 2019 PID guideline","Temp at home 38.1"])

D("s38-061","clinic_list_printout","Dr Hamid Qureshi",
"""CALDERBROOK HOSPITALS — OUTPATIENT CLINIC LIST — DERM-HQ-TUE-AM — 09/07/2024
Clinician: QURESHI, HAMID (Dr)
Time   Hosp No     Surname, Forename          DOB         Type   Reason
09:00  CB4410376   LACEY, Raymond             30/06/1949  FU     WLE result / melanoma pT1a
09:15  CB4477102   ADEYINKA, Folasade         14/11/1987  NEW    ?hidradenitis suppurativa Hurley II
09:30  CB4398854   MCNULTY, Siobhan           02/03/1960  FU     psoriasis PASI 14 - ?biologic
09:45  CB4480021   DAWES, Brian "Bri"         07/07/1972  NEW    2WW ?SCC scalp
10:00  ----------  DNA slot
10:15  CB4452287   BENTHAM, Olivia (age 8)    21/05/2016  FU     atopic eczema EASI 22; mum Rachael
10:30  CB4469910   PATEL, Jayesh              19/12/1955  FU     BCC nose - Mohs referral (Dr Akinwale, Leeds)
Printed by: jbarraclough   09/07/2024 08:12   Page 1 of 1""",
[("CB4410376",H),("LACEY, Raymond",P),("CB4477102",H),("ADEYINKA, Folasade",P),("CB4398854",H),("MCNULTY, Siobhan",P),("CB4480021",H),('DAWES, Brian "Bri"',P),("CB4452287",H),("BENTHAM, Olivia",P),("Rachael",R),("CB4469910",H),("PATEL, Jayesh",P),("Dr Akinwale",C),("jbarraclough",O)],
["QURESHI, HAMID (Dr)","30/06/1949","14/11/1987","melanoma pT1a","hidradenitis suppurativa Hurley II","psoriasis PASI 14","2WW ?SCC scalp","atopic eczema EASI 22","BCC nose","Mohs","09/07/2024"])

D("s38-062","job_plan","Dr Yusuf Demir",
"""JOB PLAN 2024/25 — Dr Yusuf Demir, Associate Specialist, Renal Medicine, Ashgrove Infirmary NHS Trust
Mon AM: in-centre haemodialysis rounds (main unit) — 1 DCC PA
Mon PM: CKD clinic (Outpatients 3) — 1 DCC PA
Tue AM: Millbrook satellite rounds — 1 DCC PA
Tue PM: SPA (audit/QI; catheter infection QI lead) — 1 SPA
Wed AM: procedures list (tunnelled lines, biopsies), IR suite — 1 DCC PA
Wed PM: admin — 0.5 DCC PA
Thu: renal ward (consultant of the week support) — 2 DCC PA
Fri AM: renal-obstetric clinic (monthly, with Dr Arwen Caldicott) / teaching (FY/IMT) — 1 PA
On call: 1 in 6 (category A), 1.5 PA
Total 10 PA (8.5 DCC / 1.5 SPA)
Agreed: Dr Sophie Kettering (Clinical Director), 02/04/2024; Medical Staffing ref JP-REN-0019""",
[("JP-REN-0019",REF)],
["Dr Yusuf Demir","Dr Sophie Kettering","Dr Arwen Caldicott","Ashgrove Infirmary NHS Trust","Millbrook satellite","10 PA (8.5 DCC / 1.5 SPA)","02/04/2024","Outpatients 3"])

D("s38-063","letter_to_patient","Dr Niamh O'Farrell",
"""St Columba's Hospice — Community Palliative Care Team
Hospice Lane, Carrowmore, BT47 9GG   Tel 028 9018 0773 (24-hour advice line)

Private and confidential
Mrs Eileen Doherty-McBride
"Rosheen", 7 Lough Road
Carrowmore BT47 9JS

18 March 2025

Dear Eileen,

Thank you for letting me visit you and Seamus at home on Friday. As we discussed, I have written to Dr Cassidy at the Strand Medical Centre to ask for the new prescription: oxycodone MR 20 mg twice a day, with oxycodone 5 mg liquid for breakthrough pain, and I have left the anticipatory medicines ("just in case" box) with you.

Your daughter Róisín asked whether you could still go to your grandson Ciarán's confirmation at St Eugene's on 12 April. I think that is a wonderful goal and we will plan for it together — a wheelchair from the Red Cross and your morning dexamethasone 4 mg an hour earlier.

Please ring the advice line any time.

With warm wishes,
Dr Niamh O'Farrell, Specialty Doctor in Palliative Medicine
H&C No. for our records: 555 203 7719""",
[("Hospice Lane, Carrowmore",A),("BT47 9GG",PC),("028 9018 0773",PH),("Mrs Eileen Doherty-McBride",P),('"Rosheen", 7 Lough Road',A),("Carrowmore",A),("BT47 9JS",PC),("Eileen",P),("Seamus",R),("Dr Cassidy",C),("Strand Medical Centre",A),("Róisín",R),("Ciarán",R),("St Eugene's",A),("555 203 7719",N)],
["Dr Niamh O'Farrell","St Columba's Hospice","oxycodone MR 20 mg","oxycodone 5 mg","dexamethasone 4 mg","18 March 2025"])

D("s38-064","ocr_scan_referral","Dr Ewa Lindqvist",
"""~~ FAX ~~ FROM: 01632 96O555  TO: NEUR0LOGY BOOKlNGS  l4:O2 2l/ll/2O24  P.l/2
URGENT SUSPECTED CANCER — BRAIN/CNS
Patient: Ms Marj0rie Entwist1e   D0B: l5/O5/l966  Sex: F
NHS N0: 6O2 88l 4473    Address: Ivy C0ttage, Ch4pel R0w, Scarth Wick  WV9 2DD
Te1: O77OO 9OO8O9
Re4son: new-onset focal seizure (R arm jerking) + 3/52 progressive word-finding difficu1ty.  Previous breast ca 2Ol7 (tam0xifen).
Referr1ng GP: Dr N. Fairweather, Scarth Wick Surgery
[OCR c0nfidence 71%] -- rece1ved and triaged by Dr E Lindqvist: same-day MRI with contrast; levetiracetam 250 mg BD; dexamethasone on1y if oedema.""",
[("01632 96O555",PH),("Ms Marj0rie Entwist1e",P),("6O2 88l 4473",N),("Ivy C0ttage, Ch4pel R0w, Scarth Wick",A),("WV9 2DD",PC),("O77OO 9OO8O9",PH),("Dr N. Fairweather",C),("Scarth Wick Surgery",A)],
["Dr E Lindqvist","D0B: l5/O5/l966","Sex: F","focal seizure","tam0xifen","levetiracetam 250 mg BD","MRI with contrast","2l/ll/2O24"])

D("s38-065","qi_poster_text","Dr Helen Thistlethwaite",
"""QI PROJECT SUMMARY — Reducing time to MRI for suspected scaphoid fractures in the Moorside Sports Injury Clinic
Lead: Dr Helen Thistlethwaite. Team: Dr Ravi Chandrasekhar (supervisor), radiographer lead, ED physio.
Baseline (n=40, Jan–Mar 2024): median 11 days from injury to MRI; 55% immobilised unnecessarily > 2 weeks.
PDSA 1: direct-access MRI slot for clinically suspected scaphoid (snuffbox + compression tenderness) with normal plain films. PDSA 2: virtual fracture clinic review at 48 h.
Result (n=38, Jun–Aug 2024): median 3 days; unnecessary immobilisation 18%. Run chart, 7 points below median.
Patient story: a county-level goalkeeper (Moorside Town Ladies FC) who missed 5 weeks of the season "for nothing" in the baseline period prompted the project.
Presented: Trust QI Forum, 15/10/2024 (2nd prize). Supervisor verification: Dr Ravi Chandrasekhar""",
[("Moorside Town Ladies FC",A)],
["Dr Helen Thistlethwaite","Dr Ravi Chandrasekhar","scaphoid","snuffbox","PDSA 1","median 11 days","median 3 days","Moorside Sports Injury Clinic","15/10/2024"])

D("s38-066","handover_sheet","Dr Lakshmi Venkatesan",
"""LABOUR WARD BOARD — 07:45 handover — 02/12/2024
Rm | Name | Parity | Gest | Status | Plan
1 | Hollis | P0 | 40+3 | IOL, prop removed, ARM 0600, synto | CTG normal, r/v 0945
2 | s.begum | P2 | 38+1 | ? SROM, GBS+ | benpen 3 g, Dr V to see
3 | "Tink" (Tinuke A.) | P1 | 36+5 | PET, BP 162/104, urine PCR 88 | MgSO4 regimen, labetalol IV, bloods 4h
5 | 7711904 | P0 | 41+0 | latent | home?
7 | Kowalska | P3 | 29+2 | threatened PTL | atosiban, steroids 2nd dose 1100, NNU aware
Theatre: el. CS list — 2 (Dr Venkatesan, Mr Aske)
Anaes: Dr Priyanka Menon, bleep 6101. Coordinating midwife: Sally Ormerod
Board checked and countersigned: Mr Dominic Aske""",
[("Hollis",P),("s.begum",P),('"Tink"',P),("Tinuke A.",P),("7711904",H),("Kowalska",P),("Dr Priyanka Menon",C),("6101",PH),("Sally Ormerod",C)],
["Dr V","Dr Venkatesan","Mr Aske","Mr Dominic Aske","40+3","IOL","GBS+","benpen 3 g","PET, BP 162/104","urine PCR 88","MgSO4","labetalol IV","atosiban","02/12/2024"])
