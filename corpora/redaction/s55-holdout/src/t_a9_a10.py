from common import *

A9 = "Dr Giulia Ferraro"
A10 = "Dr Helen Ashworth"

DOCS = [
D("s55-t58", "foreign_endoscopy_report_with_translation", A9,
"""AZIENDA OSPEDALIERO-UNIVERSITARIA DI BOLOGNA - POLICLINICO DI SANT'ORSOLA
U.O. Gastroenterologia - Servizio di Endoscopia Digestiva
REFERTO DI COLONSCOPIA
Paziente: Bianchi Rosanna     Nata il: 14/02/1959     Sesso: F
Cod. fiscale: BNCRSN59B54A944K     N. nosologico: 2021/044718
Residenza: Via Saragozza 61, 40123 Bologna     Tel. 051 555 0274 (figlio Luca)
Preparazione: Boston Bowel Preparation Scale 8 (3-3-2). Intubazione del cieco: sì. Tempo di retrazione 9 min.
Reperti: polipo sessile 18 mm colon trasverso (Paris 0-Is, NICE 2), asportato con EMR; clip x3.
Endoscopista: Dott.ssa Giulia Ferraro     Responsabile: Prof. Marco Santini

TRADUZIONE GIURATA / SWORN TRANSLATION
Bologna University Hospital - Sant'Orsola Polyclinic, Gastroenterology Unit - Digestive Endoscopy Service
COLONOSCOPY REPORT
Patient: Bianchi Rosanna     Born: 14/02/1959     Sex: F
Tax code: BNCRSN59B54A944K     Admission no.: 2021/044718
Residence: Via Saragozza 61, 40123 Bologna     Tel. 051 555 0274 (son Luca)
Preparation: Boston Bowel Preparation Scale 8 (3-3-2). Caecal intubation: yes. Withdrawal time 9 min.
Findings: sessile polyp 18 mm transverse colon (Paris 0-Is, NICE 2), removed by EMR; 3 clips.
Endoscopist: Dr Giulia Ferraro     Head of unit: Prof. Marco Santini
Sworn before the Tribunale di Bologna, translator Chiara Rinaldi, 05/12/2022""",
[("Bianchi Rosanna", PN), ("BNCRSN59B54A944K", OID), ("2021/044718", HN), ("Via Saragozza 61", AD), ("40123 Bologna", AD),
 ("051 555 0274", PH), ("Luca", RN)],
["Dott.ssa Giulia Ferraro", "Dr Giulia Ferraro", "Prof. Marco Santini", "14/02/1959", "Boston Bowel Preparation Scale 8",
 "Paris 0-Is", "NICE 2", "EMR", "POLICLINICO DI SANT'ORSOLA", "Chiara Rinaldi", "Sesso: F", "Sex: F"]),

D("s55-t59", "endoscopy_report", A9,
"""Ashcombe Royal Hospital - Endoscopy Unit - Emergency OGD report (out of hours)
Patient: Mr Dwayne Colley-Hart   DOB 23/03/1975   M   MRN ARH3310985   NHS 624 900 1187
Date/time: 16/02/2024 02:35   Location: ICU bed 7   Endoscopist: Dr Giulia Ferraro (on-call GI bleed rota)
Nurse: SN Fiona Latchford; Anaesthetist: Dr Bukola Adewale (intubated for airway protection)
Indication: haematemesis, alcohol-related cirrhosis (Child-Pugh C10, MELD 21), Glasgow-Blatchford 15, Hb 64 g/L
Findings: grade 3 oesophageal varices with red signs and a white nipple sign (stigmata); 6 bands applied. Portal
hypertensive gastropathy. No gastric varices (Sarin GOV negative).
Drugs: terlipressin 2 mg QDS, ceftriaxone 1 g OD, propofol per anaesthetist.
Plan: repeat OGD 2 weeks; carvedilol 6.25 mg OD when haemodynamically stable; consider TIPSS if rebleed.
Next of kin: partner Kerry-Anne (07700 900468) informed 03:10.""",
[("Dwayne Colley-Hart", PN), ("ARH3310985", HN), ("624 900 1187", NHS), ("Fiona Latchford", CN), ("Bukola Adewale", CN),
 ("Kerry-Anne", RN), ("07700 900468", PH)],
["Dr Giulia Ferraro", "23/03/1975", "Child-Pugh C10", "MELD 21", "Glasgow-Blatchford 15", "Hb 64 g/L", "terlipressin 2 mg QDS",
 "carvedilol 6.25 mg OD", "Ashcombe Royal Hospital", "ICU bed 7", "TIPSS"]),

D("s55-t60", "clinic_letter_ocr", A9,
"""ASHC0MBE R0YAL H0SPITAL - lBD CLlNlC
0ur ref: GF/lBD/2O24/118    MRN: ARH 2O5 7741    NHS: 7O3 1l8 2294
Dr Rowan Ei1ison, Ouaker Lane Surgery, 3 0uaker Lane, Ashcombe AS12 7PD
Re: Miss Tal1ulah ("Lulu") Brennan-0ke, DOB 1O/1O/2OO1, Flat 2, 19 Mi11 Race, Ashcombe AS12 4NB
Dear Dr Ei1ison
Lu1u has Crohn's disease (Montrea1 A2 L3 B1p), HBI 11, faeca1 calprotectin 1,24O ug/g, CRP 38.
MRl pe1vis: simp1e perianal fistu1a. Start vedolizumab? no - adalimumab 1GO mg then 8O mg then 4O mg fortnight1y
after Quantiferon neg. She is in her final year at Ashcombe Co11ege of Art; her tutor (Mr Deve1in) knows.
Dr Giu1ia Ferraro, Specia1ty Doctor, Gastroentero1ogy""",
[("GF/lBD/2O24/118", REF), ("ARH 2O5 7741", HN), ("7O3 1l8 2294", NHS), ("Rowan Ei1ison", CN), ("Ei1ison", CN),
 ("Ouaker Lane Surgery, 3 0uaker Lane, Ashcombe", AD), ("AS12 7PD", PC), ("Tal1ulah (\"Lulu\") Brennan-0ke", PN),
 ("Lu1u", PN), ("Flat 2, 19 Mi11 Race, Ashcombe", AD), ("AS12 4NB", PC), ("Ashcombe Co11ege of Art", AD), ("Mr Deve1in", CN)],
["Dr Giu1ia Ferraro", "1O/1O/2OO1", "Crohn's disease", "Montrea1 A2 L3 B1p", "HBI 11", "adalimumab", "Quantiferon", "CRP 38"]),

D("s55-t61", "dops", A9,
"""JAG DOPS - Diagnostic colonoscopy - Formative
Endoscopist: Dr G Ferraro (JETS 44871)    Assessor: Dr Anand Kulkarni, Consultant Gastroenterologist, JAG trainer
Date 08/11/2023, List: Ashcombe Royal Endoscopy Room 3
Patient: 61M, FIT 212 ug/g (2WW), MRN ARH4409317. Sedation midazolam 2 mg, fentanyl 50 mcg.
Caecum reached in 11 min (photo of appendiceal orifice + ICV), terminal ileum intubated. 2 x 6 mm adenomas removed
cold snare. Withdrawal 12 min. Comfort (GDS) 2.
Score: competent, independent (4) in all domains.  A. Kulkarni""",
[("ARH4409317", HN)],
["Dr G Ferraro", "JETS 44871", "Dr Anand Kulkarni", "A. Kulkarni", "61M", "FIT 212 ug/g", "midazolam 2 mg", "fentanyl 50 mcg",
 "Room 3", "08/11/2023"]),

D("s55-t62", "advice_line_log", A9,
"""IBD nurse/doctor advice line - Ashcombe Royal - week 22/04/2024 - reviewed by Dr G. Ferraro
Mon 10:15 pt "Mo" (Mohammed Iqbal, MRN ARH1129044) UC flare, 8x/day, blood -> SCCAI 7 -> bloods + FC, pred 40 mg, clinic Thu
Mon 14:40 mum of Ellie Vance (16, transitioning from paeds, 07700 900507) - missed ustekinumab dose at Sixth Form trip
Tue 09:05 GP (Dr Okonkwo, Brinklow Health Centre) - AZA TPMT level? -> 38, normal, start 2 mg/kg
Wed 11:20 pt Gordon Slade (ARH0937716) - stoma output 2L, AKI? -> ED, told ED reg (Dr Halloran)
Nurse on line: Carmel O'Shea, IBD CNS""",
[("\"Mo\"", PN), ("Mohammed Iqbal", PN), ("ARH1129044", HN), ("Ellie Vance", PN), ("07700 900507", PH), ("Dr Okonkwo", CN),
 ("Brinklow Health Centre", AD), ("Gordon Slade", PN), ("ARH0937716", HN), ("Dr Halloran", CN), ("Carmel O'Shea", CN)],
["Dr G. Ferraro", "SCCAI 7", "pred 40 mg", "ustekinumab", "TPMT", "2 mg/kg", "22/04/2024"]),

D("s55-t63", "endoscopy_list_csv", A9,
"""list_date,room,endoscopist,slot,mrn,nhs_number,patient,age,sex,procedure,indication,outcome
2024-03-05,R2,GF,1,ARH2203114,4102339871,"OKAFOR, Blessing",34,F,OGD,dyspepsia + IDA,"normal, D2 bx"
2024-03-05,R2,GF,2,ARH2210058,6637102449,"HAWKSWORTH, Roy",79,M,OGD,dysphagia,"stricture 3cm OGJ -> bx, CT staging"
2024-03-05,R2,GF,3,ARH1877302,5049921736,"NG, Wai-Ling",52,F,colonoscopy,FIT 88,"2 polyps, Boston 9"
2024-03-05,R2,GF,4,ARH2219945,7381140627,"D'SOUZA, Marc",45,M,flexi,PR bleed,"haemorrhoids, banded x3"
# supervisor: Dr A Kulkarni. GF = Dr Giulia Ferraro""",
[("ARH2203114", HN), ("4102339871", NHS), ("OKAFOR, Blessing", PN), ("ARH2210058", HN), ("6637102449", NHS), ("HAWKSWORTH, Roy", PN),
 ("ARH1877302", HN), ("5049921736", NHS), ("NG, Wai-Ling", PN), ("ARH2219945", HN), ("7381140627", NHS), ("D'SOUZA, Marc", PN)],
["GF", "Dr Giulia Ferraro", "Dr A Kulkarni", "FIT 88", "Boston 9", "2024-03-05"]),

D("s55-t64", "coroner_statement", A9,
"""IN THE CORONER'S COURT FOR THE COUNTY OF ASHSHIRE
Inquest touching the death of: Frederick John Tolley (deceased)    Coroner's ref: 01442/2024
Witness statement of Dr Giulia Ferraro, Specialty Doctor in Gastroenterology, Ashcombe Royal Hospital, GMC 7669530

1. I make this statement at the request of Mrs Sally Prentice, Coroner's Officer, from the records.
2. Mr Tolley (DOB 02/01/1947) had ERCP on 03/03/2024 for choledocholithiasis, performed by Dr Samuel Achebe (locum
   consultant). I was not present. I reviewed him on Ward 9 (Beech) at 21:00 that evening with epigastric pain and
   an amylase of 2,840 U/L; I diagnosed post-ERCP pancreatitis and started fluids (Hartmann's 3 ml/kg/h) and analgesia.
3. Overnight the F1, Dr Isla McKenna, escalated a NEWS2 of 8 at 04:10 and I attended at 04:25. I referred him to ICU.
   The ICU registrar, Dr Ben Achterberg, admitted him at 06:00. He died on 09/03/2024.
4. His wife, Mrs Margaret Tolley, and his son, Nigel, were kept informed by me by telephone (01632 960559).
I believe the facts stated in this witness statement are true.  Signed G. Ferraro  21/05/2024""",
[("Frederick John Tolley", PN), ("Tolley", PN), ("01442/2024", REF), ("Sally Prentice", CN), ("Samuel Achebe", CN),
 ("Isla McKenna", CN), ("Ben Achterberg", CN), ("Margaret Tolley", RN), ("Nigel", RN), ("01632 960559", PH)],
["Dr Giulia Ferraro", "G. Ferraro", "GMC 7669530", "02/01/1947", "post-ERCP pancreatitis", "amylase of 2,840 U/L",
 "Hartmann's 3 ml/kg/h", "NEWS2 of 8", "Ward 9 (Beech)", "Ashcombe Royal Hospital"]),

# ---------------- A10 Helen Ashworth, general practice, UK SAS
D("s55-t65", "gp_consultation_notes", A10,
"""Consultation - Brookfield Surgery - 12-Jun-2024 10:20 - Dr Helen Ashworth (HA)
Patient: ELLIOTT, Graham Peter (Mr)   DOB 19-Jan-1962   NHS 450 117 3362   EMIS no 40719
History: 3/52 chest tightness on exertion walking up to the allotment (Hollyhock Lane plots), settles with rest
in 2-3 min. Ex-smoker 30 pack-yrs. FH: brother Steve MI aged 54.
Exam: BP 152/94, HR 78 reg, BMI 31.2. HS normal, chest clear. ECG: NSR, no acute changes.
Bloods: HbA1c 49 mmol/mol, TC 6.4, QRISK3 24.6%.
Impression: ?stable angina. Plan: Rapid access chest pain clinic referral (eRS UBRN 0012 4471 8852),
GTN spray 400 mcg PRN, aspirin 75 mg OD, atorvastatin 80 mg ON. Safety-netted re rest pain -> 999.
Wife Jackie present with consent.""",
[("ELLIOTT, Graham Peter", PN), ("450 117 3362", NHS), ("40719", HN), ("Hollyhock Lane plots", AD), ("Steve", RN),
 ("0012 4471 8852", REF), ("Jackie", RN)],
["Dr Helen Ashworth", "HA", "19-Jan-1962", "QRISK3 24.6%", "GTN spray 400 mcg", "aspirin 75 mg OD", "atorvastatin 80 mg ON",
 "HbA1c 49 mmol/mol", "BP 152/94", "Brookfield Surgery"]),

D("s55-t66", "repeat_prescription_list", A10,
"""Brookfield Surgery - Repeat template review - reviewed by Dr H Ashworth 03/09/2024
Patient: Mrs Dolores ("Dolly") Varga  DOB 08/08/1940  NHS 388 024 7719
Address: 27 Wren Walk, Kirkby Stephen-on-Sea? no - 27 Wren Walk, Brookfield, CA17 9RT   Tel 01632 960381
Nominated pharmacy: Brookfield Pharmacy (collects by grandson Zoltan)
Drug                               | Dose / directions                 | Qty | Last issued | Review
Bisoprolol 2.5 mg tablets          | ONE each morning                  | 28  | 14/08/2024  | 03/2025
Apixaban 2.5 mg tablets            | ONE twice a day (age>80, wt 58kg) | 56  | 14/08/2024  | 03/2025
Furosemide 40 mg tablets           | ONE each morning                  | 28  | 14/08/2024  | 03/2025
Alendronic acid 70 mg tablets      | ONE weekly (Sundays)              | 4   | 01/08/2024  | 08/2025
Adcal-D3 tablets                   | ONE twice a day                   | 112 | 01/08/2024  | 08/2025
Changes: stopped naproxen (on apixaban, eGFR 41). Structured medication review done with pharmacist Tunde A.""",
[("Dolores (\"Dolly\") Varga", PN), ("388 024 7719", NHS), ("27 Wren Walk, Kirkby Stephen-on-Sea", AD),
 ("27 Wren Walk, Brookfield", AD), ("CA17 9RT", PC), ("01632 960381", PH), ("Zoltan", RN), ("Tunde A.", CN)],
["Dr H Ashworth", "08/08/1940", "Bisoprolol 2.5 mg", "Apixaban 2.5 mg", "Furosemide 40 mg", "Alendronic acid 70 mg",
 "Adcal-D3", "eGFR 41", "Brookfield Surgery", "Brookfield Pharmacy"]),

D("s55-t67", "home_visit_note_ocr", A10,
"""BR00KFIELD SURGERY - H0ME VISIT RECORD      Dr H. Ashw0rth     Date: O7/11/2O24  13:4O
Pt: Mr Wi11iam "Bi11y" Throup   DOB: 22/O3/1933   NHS: 6O2 ll4 9987
At: The Hawthorns Care H0me, Room l2, 4-6 Church Brow, Brookfie1d CAl7 9QS
Ca11ed by: senior carer (Danie11e). C/O: 2/7 increasing confusion, off food, temp 38.2, RR 24, Sp02 9O% RA.
Exam: crackles R base, new confusion (4AT 5). NEWS2 7.  ReSPECT form in place: ward-based care, not for CPR.
Discussed with daughter Mrs Pau1ine Leck (LPA health & we1fare) by te1 O77OO 9OO2l6: agrees admission to
Cumber1and Infirmary.  Ambu1ance CAD O711-4482 requested.""",
[("Wi11iam \"Bi11y\" Throup", PN), ("6O2 ll4 9987", NHS), ("Room l2, 4-6 Church Brow, Brookfie1d", AD), ("CAl7 9QS", PC),
 ("Danie11e", CN), ("Pau1ine Leck", RN), ("O77OO 9OO2l6", PH), ("O711-4482", REF)],
["Dr H. Ashw0rth", "22/O3/1933", "4AT 5", "NEWS2 7", "ReSPECT", "The Hawthorns Care H0me", "Cumber1and Infirmary", "temp 38.2"]),

D("s55-t68", "complaint_paperwork", A10,
"""Brookfield Surgery - Complaint file   Ref: BS-CMP-24-017
Received 14/03/2024 from Mr Kevin Hallworth (son) on behalf of his mother, Mrs Ada Hallworth (NHS 519 330 2845),
of 3 Beck Side, Brookfield CA17 9PL, tel 07700 900739, e-mail k.hallworth@example.co.uk.
Complaint: "My mum's bladder cancer was missed. She saw the locum Dr Shah twice and the nurse practitioner (Lesley)
once with blood in her urine and was given antibiotics each time."
Investigation by Dr Helen Ashworth (complaints lead): three consultations 11/2023-01/2024; visible haematuria at age
79 met NICE NG12 criteria for a 2WW referral at the first consultation. SEA held 04/04/2024. Apology given; learning
shared; locum agency (MedStaff) informed. Response letter sent 11/04/2024 (within 20 working days).
Practice manager: Mrs Joanne Tasker.  Ombudsman (PHSO) ref if escalated: none.""",
[("BS-CMP-24-017", REF), ("Kevin Hallworth", RN), ("Ada Hallworth", PN), ("519 330 2845", NHS), ("3 Beck Side, Brookfield", AD),
 ("CA17 9PL", PC), ("07700 900739", PH), ("k.hallworth@example.co.uk", EM), ("Dr Shah", CN), ("Lesley", CN), ("Joanne Tasker", CN)],
["Dr Helen Ashworth", "NICE NG12", "age\n79", "Brookfield Surgery", "14/03/2024"]),

D("s55-t69", "significant_event_analysis", A10,
"""SIGNIFICANT EVENT ANALYSIS - Brookfield Surgery - meeting 04/04/2024 - facilitated by Dr H Ashworth
Event: delayed diagnosis of bladder cancer (patient AH, 79F). LFPSE ref: W12345-LF-88130.
Attendees: HA, Dr P Ruddock (GP partner, SEA verifier), Lesley (ANP), Joanne (PM), Tunde (pharmacist).
What happened: haematuria x3 treated as UTI without urine culture on 2 occasions; no 2WW.
Why: locum unfamiliar with practice protocols; ANP template lacked a haematuria prompt.
Learning / actions: EMIS pop-up "Visible haematuria age >=45 -> 2WW (NG12)"; locum induction pack updated (HA);
audit of 2WW urology referrals 6 months (Tunde).
Verified: Dr Philip Ruddock, GP Partner and Educational Supervisor, 05/04/2024""",
[("AH", PN), ("W12345-LF-88130", REF), ("Lesley", CN), ("Joanne", CN), ("Tunde", CN)],
["Dr H Ashworth", "HA", "Dr P Ruddock", "Dr Philip Ruddock", "79F", "NG12", "04/04/2024"]),

D("s55-t70", "cot_assessment", A10,
"""RCGP Consultation Observation Tool (COT) - video consultation reviewed 19/09/2024
Doctor: Dr Helen Ashworth     Assessor: Dr Philip Ruddock (GP trainer)
Consultation: 34F, low mood 8 weeks postnatally, EPDS 16, no thoughts of self-harm; baby (Poppy) and partner (Liam)
at home; works as a teaching assistant at Brookfield Primary (returns in 2 weeks).
Performance criteria: all 13 competent; "excellent exploration of ideas, concerns and expectations; shared plan for
sertraline 50 mg (compatible with breastfeeding) and perinatal mental health referral".
Patient consent for recording: yes (form scanned, ref VC-0919-07).""",
[("Poppy", RN), ("Liam", RN), ("Brookfield Primary", AD), ("VC-0919-07", REF)],
["Dr Helen Ashworth", "Dr Philip Ruddock", "34F", "EPDS 16", "sertraline 50 mg", "8 weeks postnatally"]),

D("s55-t71", "referral_letter", A10,
"""URGENT SUSPECTED CANCER REFERRAL (Lower GI) - Brookfield Surgery, Market Street, Brookfield CA17 9AA
To: Colorectal 2WW, Cumberland Infirmary         eRS UBRN: 0007 3318 2264
Patient: Ms Priyanka ("Pri") Solanki-Ward   DOB 30/06/1970   F   NHS 671 224 0093
Address: 11 Fellside View, Brookfield CA17 9TT   Mobile 07700 900816 (prefers text; works nights at Carlisle sorting office)
Interpreter: not needed. Carer: none. Next of kin: sister Anjali, 01632 960877
Reason: FIT 146 ug/g, IDA (Hb 98 g/L, ferritin 6), 6 weeks change in bowel habit, weight loss 4 kg.
PMH: hypothyroid (levothyroxine 100 mcg OD). WHO PS 0.
Referring GP: Dr Helen Ashworth, GMC 6093417""",
[("Market Street, Brookfield", AD), ("CA17 9AA", PC), ("0007 3318 2264", REF), ("Priyanka (\"Pri\") Solanki-Ward", PN),
 ("671 224 0093", NHS), ("11 Fellside View, Brookfield", AD), ("CA17 9TT", PC), ("07700 900816", PH), ("Carlisle sorting office", AD),
 ("Anjali", RN), ("01632 960877", PH)],
["Dr Helen Ashworth", "GMC 6093417", "30/06/1970", "FIT 146 ug/g", "Hb 98 g/L", "levothyroxine 100 mcg OD", "WHO PS 0",
 "Cumberland Infirmary", "Brookfield Surgery"]),

D("s55-t72", "teams_chat_export", A10,
"""Microsoft Teams - chat: "Brookfield duty doc" - exported 28/10/2024
[28/10 08:31] Joanne Tasker (PM): Helen - duty list has 19 so far. Mrs Ivanova (the one from the Polish shop) says her
husband's warfarin is in the wrong box again, INR 5.8 this morning at the anticoag clinic
[28/10 08:33] Helen Ashworth: Thanks Jo - I'll ring her now. Can you pull his record (EMIS 61802)?
[28/10 08:34] Joanne Tasker (PM): done. Their landline is 01632 960902, daughter Natalia on 07700 900628
[28/10 09:02] Helen Ashworth: Spoken to Natalia - omit 1 dose, recheck Weds. Told Dr Ruddock. DN team to do
dosette check (Sister Maggie Bright).
[28/10 09:05] Philip Ruddock: 👍 agree, well handled. Please add to your anticoag log for the portfolio (anonymised!)""",
[("Ivanova", RN), ("Joanne Tasker", CN), ("Jo", CN), ("61802", HN), ("01632 960902", PH), ("Natalia", RN), ("07700 900628", PH), ("Maggie Bright", CN)],
["Helen Ashworth", "Helen", "Dr Ruddock", "Philip Ruddock", "INR 5.8", "28/10/2024"]),
]
