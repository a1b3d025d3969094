from gen_common import D
A = "Dr Olumide Adeyemi-Clarke"
D("theatre_list", A, """ELECTIVE THEATRE LIST - THEATRE 4 - Northmoor General Hospital
Date: 14/03/2024   Surgeon: Dr O Adeyemi-Clarke (Specialty Dr, GMC 7284419)   Anaesthetist: Dr R. Halloran
Session AM
1  Harold Pennington  M  DOB 02/09/1948  MRN NGH4417203  L TKR  ASA 2  tranexamic acid 1 g IV at induction
2  Sunita Ravel   F  DOB 19/11/1962  MRN NGH5520981  R carpal tunnel decompression (LA)
3  Desmond O'Farrell  M DOB 30/06/1981  MRN NGH3349017  ORIF R ankle (Weber B)  - latex allergy!!
Scrub: Nurse Ffion Jeavons   ODP: Callum Bright
Notes: pt 3 lives alone at 12 Wharfside Mews, needs OT before d/c""",
[("Harold Pennington","PATIENT_NAME"),("NGH4417203","HOSPITAL_NUMBER"),("Sunita Ravel","PATIENT_NAME"),("NGH5520981","HOSPITAL_NUMBER"),
 ("Desmond O'Farrell","PATIENT_NAME"),("NGH3349017","HOSPITAL_NUMBER"),("Dr R. Halloran","COLLEAGUE_NAME"),("Ffion Jeavons","COLLEAGUE_NAME"),("Callum Bright","COLLEAGUE_NAME"),("12 Wharfside Mews","ADDRESS")],
["Northmoor General Hospital","Dr O Adeyemi-Clarke","GMC 7284419","02/09/1948","19/11/1962","30/06/1981","tranexamic acid 1 g IV","ASA 2","Weber B","14/03/2024","THEATRE 4"])

D("operation_note", A, """OPERATION NOTE
Patient: Mrs Gwendolyn Ashworth-Price   Hosp no: RTH 0098412   NHS: 489 617 2035   DOB: 07/04/1939 (85y F)
Procedure: Cemented hemiarthroplasty R NOF (Garden IV)
Surgeon: O. Adeyemi-Clarke   Assistant: Dr Tomasz Wierzbicki (FY2)
Anaesthetic: spinal + fascia iliaca block, levobupivacaine 0.5% 2.5 ml
Findings: displaced intracapsular #, poor bone stock
Procedure: posterior approach, 45 mm Exeter/Unitrax head, BCIS precautions observed, no drop in sats.
Closure: 1 vicryl, 2/0 monocryl, Prineo
Post-op: enoxaparin 40 mg SC OD x 28/7, FWB, check Hb day 1. Daughter (Lorraine) to be updated on 07700 900412.""",
[("Gwendolyn Ashworth-Price","PATIENT_NAME"),("RTH 0098412","HOSPITAL_NUMBER"),("489 617 2035","NHS_NUMBER"),("Dr Tomasz Wierzbicki","COLLEAGUE_NAME"),("Lorraine","RELATIVE_NAME"),("07700 900412","PHONE")],
["07/04/1939","85y F","O. Adeyemi-Clarke","Garden IV","levobupivacaine 0.5% 2.5 ml","enoxaparin 40 mg SC OD","45 mm","Exeter"])

D("logbook_extract", A, """eLogbook export (filtered: consultant-level, 01/08/2022-31/07/2024)  page 3 of 11
date|hosp no|age|sex|procedure|supervision|outcome
03/10/2022|K229104|67|M|DHS L IT #|P|uneventful
11/10/2022|K231877|23|M|IM nail tibia|P|SSI - washout 19/10
27/10/2022|K230042|71|F|hemiarthroplasty|STS|uneventful
02/11/2022|K232650|45|F|lap chole|S-TU|uneventful
totals this page: 4 (P 2 / STS 1 / S-TU 1)
Trainee: O Adeyemi-Clarke  Verified: Mr Anand Subramaniam FRCS(Tr&Orth), Clinical Director""",
[("K229104","HOSPITAL_NUMBER"),("K231877","HOSPITAL_NUMBER"),("K230042","HOSPITAL_NUMBER"),("K232650","HOSPITAL_NUMBER")],
["O Adeyemi-Clarke","Mr Anand Subramaniam","03/10/2022","IM nail tibia","page 3 of 11","19/10"])

D("trauma_meeting_list", A, """TRAUMA MEETING 08:00 tues   (pasted from whiteboard photo - OCR)
bed 12 - Mr Aldous Finch 9lyo F0OSH dist rad # ->MUA + K-wires, NBM from 0200
bed 14 - "Nana Pat" (Patricia Greenhalgh) NOF # from Larkspur House care home, on apixaban 5mg BD, last dose 18:30
side rm 2 - the lad from the motorbike, Kieran Doyle-Mace, open tib # Gustilo IIIa, abx cefuroxime 1.5g given in ED
ED - query scaphoid, pt works at Brindley's Bakery on Canal St, wants fit note
Reg on call: Dr Adeyemi-Clarke. Cons: Mr P. Okonkwo (presenting)""",
[("Aldous Finch","PATIENT_NAME"),("Nana Pat","PATIENT_NAME"),("Patricia Greenhalgh","PATIENT_NAME"),("Larkspur House","ADDRESS"),("Kieran Doyle-Mace","PATIENT_NAME"),("Brindley's Bakery on Canal St","ADDRESS"),("Mr P. Okonkwo","COLLEAGUE_NAME")],
["Dr Adeyemi-Clarke","apixaban 5mg BD","18:30","Gustilo IIIa","cefuroxime 1.5g","bed 12","bed 14"])

D("ward_round_sheet", A, """ward rnd Ward 7B sat 17/8
b1 JT 78F #NOF d3 - mobilising w frame, Na 129 -> fluid restrict 1.5L, repeat U&E
b2 RS 54M lap appx d1 - eating & drinking, home pm
b4 mr k (Kowalczyk) ?DVT - Wells score 3, CTPA neg, d-dimer 1840, doppler booked
b6 "the vicar" - Rev. Jonah Marchetti - pressure sore gr 2 sacrum, TVN r/v
wife of b6 (Eleanor) rang x3, pls call back 01632 960871
OAC""",
[("JT","PATIENT_NAME"),("RS","PATIENT_NAME"),("Kowalczyk","PATIENT_NAME"),("the vicar","PATIENT_NAME"),("Rev. Jonah Marchetti","PATIENT_NAME"),("Eleanor","RELATIVE_NAME"),("01632 960871","PHONE")],
["Ward 7B","OAC","Wells score 3","Na 129","d-dimer 1840","78F","54M","gr 2"])

D("handover_sheet", A, """SURGICAL HANDOVER 20:00  (Dr O. Adeyemi-Clarke -> Dr Beatrix Lund)
- Amir Haddadi, 34M, Ward 9 bed 3, SBO on CT, NGT on free drainage, surgical review if lactate >2 (last 1.6)
- Mrs Doreen Whitlow, 81F, AMU, ?ischaemic bowel, DNACPR in place, son Gary is NOK - 07700 900163
- RTC transfer from Hollinsworth (CAD 240517-0133) - FAST neg, observe
Reg bleep 4471""",
[("Dr Beatrix Lund","COLLEAGUE_NAME"),("Amir Haddadi","PATIENT_NAME"),("Doreen Whitlow","PATIENT_NAME"),("Gary","RELATIVE_NAME"),("07700 900163","PHONE"),("240517-0133","REFERENCE_NUMBER"),("4471","PHONE")],
["Dr O. Adeyemi-Clarke","34M","81F","Ward 9 bed 3","lactate >2","1.6","DNACPR"])

D("consent_audit", A, """Consent Form 1 Audit - Trauma & Orthopaedics, Northmoor General Hospital
Audit lead: Dr Olumide Adeyemi-Clarke   Supervisor: Miss Helen Barraclough (consultant)
Standard: Montgomery (2015); GMC Decision making and consent (2020)
Sample: 40 consecutive forms, Jan-Mar 2024. 
Results: risks documented 36/40 (90%); alternatives 22/40 (55%); copy offered 11/40 (28%).
Worst example (case 17, MRN NGH6601142): form signed by F1 Dr Isla Mackintosh on day of surgery, no risk of nerve injury.
Re-audit Sept 2024: alternatives 34/40 (85%). Presented at directorate governance 09/10/2024.""",
[("NGH6601142","HOSPITAL_NUMBER"),("Dr Isla Mackintosh","COLLEAGUE_NAME")],
["Dr Olumide Adeyemi-Clarke","Miss Helen Barraclough","Montgomery","36/40 (90%)","22/40 (55%)","09/10/2024","Northmoor General Hospital"])

D("mm_presentation", A, """M&M slides - speaker notes (Dr Adeyemi-Clarke)  Surgical Directorate 06/02/2024
Case: 62M, anastomotic leak after R hemicolectomy. DOB 11/12/1961.
Timeline: day 3 CRP 287, tachy 118; reviewed by SHO Dr Felix Armitage who documented 'ileus'; escalated 02:40 by nurse Marisol Quintero
CT day 4 - free fluid + gas, relook lap, end ileostomy. ITU 6 days. Discharged to daughter's house in Thornby-on-Wyre.
Datix W-2024-01187 / LFPSE ref 8F3K-22QX
Learning: CRP >150 on day 3 -> CT. Sepsis 6 bundle within 1 h.""",
[("Dr Felix Armitage","COLLEAGUE_NAME"),("Marisol Quintero","COLLEAGUE_NAME"),("Thornby-on-Wyre","ADDRESS"),("W-2024-01187","REFERENCE_NUMBER"),("8F3K-22QX","REFERENCE_NUMBER")],
["Dr Adeyemi-Clarke","62M","11/12/1961","CRP 287","tachy 118","02:40","06/02/2024","Sepsis 6"])

D("thank_you_card", A, """[Transcribed thank-you card]
Dear Dr Olu and all the team on Ward 7B,
Thank you for fixing my hip and for sitting with me the night before when I was frightened. My granddaughter Chloe says you are her favourite doctor now!
Back doing my allotment on Ferncliffe Road already.
Much love, Edna Thistlethwaite (bed 5, the one with the knitting)""",
[("Chloe","RELATIVE_NAME"),("Ferncliffe Road","ADDRESS"),("Edna Thistlethwaite","PATIENT_NAME")],
["Dr Olu","Ward 7B","bed 5"])

D("complaint_response", A, """Our ref: COMP/24/0412      Your ref: MP/BH/9917
Northmoor Hospitals NHS Foundation Trust - Patient Experience Team
Private & Confidential
Mr Raymond Sowerby
41 Garnet Terrace
Ashbridge
AB7 3QW

Dear Mr Sowerby,
Re: your late wife, Mrs Maureen Sowerby (DOB 22/01/1944, NHS 6021 847 339)
Thank you for your letter of 3 April 2024. Dr Adeyemi-Clarke, specialty doctor in trauma and orthopaedics, has reviewed the notes. The delay to theatre of 41 hours was due to anticoagulation with warfarin (INR 3.4) and theatre capacity. The on-call registrar, Dr Vikram Sethi, discussed reversal with vitamin K 5 mg IV at 21:10.
We accept that communication with you was poor and apologise. 
Yours sincerely,
Janet Oyelaran, Head of Patient Experience   cc: Dr O Adeyemi-Clarke""",
[("COMP/24/0412","REFERENCE_NUMBER"),("MP/BH/9917","REFERENCE_NUMBER"),("Raymond Sowerby","RELATIVE_NAME"),("41 Garnet Terrace","ADDRESS"),("Ashbridge","ADDRESS"),("AB7 3QW","POSTCODE"),("Sowerby","RELATIVE_NAME"),("Maureen Sowerby","PATIENT_NAME"),("6021 847 339","NHS_NUMBER"),("Dr Vikram Sethi","COLLEAGUE_NAME")],
["22/01/1944","Dr Adeyemi-Clarke","Dr O Adeyemi-Clarke","41 hours","INR 3.4","vitamin K 5 mg IV","21:10","Northmoor Hospitals NHS Foundation Trust"])

D("mdt_list", A, """Colorectal MDT 12/06/2024 - outcomes (flattened from table)
Name NHS no Age Dx Outcome
Bernard Quayle 7394018265 74 T3N1 sigmoid Ca anterior resection, clinic Dr Adeyemi-Clarke
P. Nwachukwu 5106 338 921 59 rectal polyp ?malig TEMS, repeat MRI
Ms Lottie Farrand 3320 194 886 38 anal fistula MRI fistulogram
Chair: Mr Graham Ellery Consultant Surgeon. Coord: sarah.pike@northmoor.nhs.example
Outcomes uploaded to Somerset ref MDT-2024-06-0038""",
[("Bernard Quayle","PATIENT_NAME"),("7394018265","NHS_NUMBER"),("P. Nwachukwu","PATIENT_NAME"),("5106 338 921","NHS_NUMBER"),("Lottie Farrand","PATIENT_NAME"),("3320 194 886","NHS_NUMBER"),("sarah.pike@northmoor.nhs.example","EMAIL"),("MDT-2024-06-0038","REFERENCE_NUMBER")],
["12/06/2024","Dr Adeyemi-Clarke","T3N1","Mr Graham Ellery"])

D("dops_assessment", A, """DOPS - Direct Observation of Procedural Skills
Trainee: Dr Olumide Adeyemi-Clarke  GMC: 7284419
Procedure: Dynamic hip screw fixation, intertrochanteric # (AO 31-A1)
Assessor: Mr Anand Subramaniam, Consultant T&O (GMC 4418203)
Level: 4 - competent to perform unsupervised
Comments: Tip-apex distance 18 mm. Good use of the image intensifier. Managed a difficult reduction on a very anxious lady (Mrs H., from Millbrook Lane) with good communication.
Date: 21/05/2024""",
[("Mrs H.","PATIENT_NAME"),("Millbrook Lane","ADDRESS"),("4418203","GMC_NUMBER")],
["Dr Olumide Adeyemi-Clarke","7284419","Mr Anand Subramaniam","AO 31-A1","Tip-apex distance 18 mm","21/05/2024","Level: 4"])

D("reflection", A, """Reflective note - missed compartment syndrome (near miss)
I was called at 03:15 to a 19 y/o man in bay 3 ("the lad in bay 3" at handover) with a tibial shaft fracture, pain 9/10 despite oramorph 10 mg. The F1, Dr Hamza Qureshi, had increased his analgesia twice. Passive stretch was exquisitely painful; compartment pressure delta-p 22 mmHg. I took him for fasciotomy at 04:30.
His mum, Mrs Carly Bevan, later told me he plays rugby for Oakhurst Colts and was worried he'd never play again.
What I learned: pain out of proportion = compartment syndrome until proven otherwise. I delivered teaching to FY1s on 14/02/2024.
OAC""",
[("the lad in bay 3","PATIENT_NAME"),("Dr Hamza Qureshi","COLLEAGUE_NAME"),("Carly Bevan","RELATIVE_NAME"),("Oakhurst Colts","ADDRESS")],
["19 y/o","03:15","oramorph 10 mg","delta-p 22 mmHg","04:30","14/02/2024","OAC","9/10"])

D("clinic_letter", A, """Fracture Clinic - Northmoor General Hospital
Dictated: 02/07/2024  Typed: 05/07/2024   Our ref: OAC/fc/2207
Dr Miriam Tolliver, Brookside Surgery, 8 Station Approach, Kelverton KV3 9PL
Re: Jack Ellison-Hart, DOB 15/03/2011, 17 Ravenscar Close, Kelverton KV3 1DX. NHS No 812 559 0476
Diagnosis: Salter-Harris II fracture distal radius, left, following fall at Kelverton Skate Park.
Plan: below-elbow cast 4 weeks, ibuprofen 200 mg TDS prn, return to PE at St Aldhelm's Academy after 6 weeks.
Dr O. Adeyemi-Clarke, Specialty Doctor T&O""",
[("OAC/fc/2207","REFERENCE_NUMBER"),("Dr Miriam Tolliver","COLLEAGUE_NAME"),("Brookside Surgery, 8 Station Approach, Kelverton","ADDRESS"),("KV3 9PL","POSTCODE"),("Jack Ellison-Hart","PATIENT_NAME"),("17 Ravenscar Close, Kelverton","ADDRESS"),("KV3 1DX","POSTCODE"),("812 559 0476","NHS_NUMBER"),("Kelverton Skate Park","ADDRESS"),("St Aldhelm's Academy","ADDRESS")],
["15/03/2011","Salter-Harris II","ibuprofen 200 mg TDS","Dr O. Adeyemi-Clarke","Northmoor General Hospital","02/07/2024"])

D("ocr_scan_opnote", A, """[scanned - OCR]  0PERATI0N N0TE   Northm00r General H0spital
Pt: Ke1ly Ann Stroud  DOB 1O/O8/1975   Hosp No NGH 77O2153
Proc: Lap app3ndicectomy    Surg: Adeyemi-C1arke
Findings: gangrenous appendix, pus in pe1vis, washed out 2L saline
Abx: co-amoxiclav 1.2g IV TDS x 5/7 then PO
Sig: OAC    bleep 4471""",
[("Ke1ly Ann Stroud","PATIENT_NAME"),("NGH 77O2153","HOSPITAL_NUMBER"),("4471","PHONE")],
["1O/O8/1975","Adeyemi-C1arke","co-amoxiclav 1.2g IV TDS","OAC","2L"])

D("msf_feedback", A, """Multi-source feedback - free-text comments (Dr O Adeyemi-Clarke), collated by Dr Ruth Kendrick, Educational Supervisor
"Olu is calm in theatre and always explains to the scrub team what he needs." (theatre nurse)
"He stayed late to speak to Mr Gallagher's family when the op was cancelled for the third time - they had driven from Pendle Cross." (ward sister)
"Occasionally late to the trauma meeting." (consultant)
Overall: 18 respondents, mean 6.4/7.""",
[("Gallagher","PATIENT_NAME"),("Pendle Cross","ADDRESS")],
["Dr O Adeyemi-Clarke","Dr Ruth Kendrick","Olu","6.4/7","18 respondents"])

D("email_thread", A, """From: olumide.adeyemi-clarke@nhs.example
To: rota.surgery@northmoor.nhs.example
Subject: RE: swap 23/11 - bed 9 (Mrs Pashley)
Hi Dee, happy to swap. FYI the lady in bed 9 (Winifred Pashley, RTH 0114509) needs her re-look on Thurs - her husband Cyril is deaf, please use the text relay 18001 01632 960554.
Olu""",
[("olumide.adeyemi-clarke@nhs.example","EMAIL"),("rota.surgery@northmoor.nhs.example","EMAIL"),("Pashley","PATIENT_NAME"),("Dee","COLLEAGUE_NAME"),("Winifred Pashley","PATIENT_NAME"),("RTH 0114509","HOSPITAL_NUMBER"),("Cyril","RELATIVE_NAME"),("01632 960554","PHONE")],
["bed 9","23/11","Olu"])

D("cbd_assessment", A, """Case-based Discussion (CbD)
Doctor: Olumide Adeyemi-Clarke (GMC 7284419)   Assessor: Miss Helen Barraclough, Consultant Orthopaedic Surgeon
Case: periprosthetic fracture around cemented stem (Vancouver B2), 88F, DOB 04/06/1936, patient from Hollybank Nursing Home, Ashbridge.
Discussion: revision vs ORIF, frailty (CFS 6), anticoagulation (dabigatran 110 mg BD - held 48 h, eGFR 38).
Rating: meets expectations for completion of training. 13/09/2024""",
[("Hollybank Nursing Home, Ashbridge","ADDRESS")],
["Olumide Adeyemi-Clarke","GMC 7284419","Miss Helen Barraclough","Vancouver B2","88F","04/06/1936","CFS 6","dabigatran 110 mg BD","eGFR 38"])

D("incident_statement", A, """Statement for incident investigation - Datix 2024/NGH/33871
I am Dr Olumide Adeyemi-Clarke, Specialty Doctor in General Surgery. On 29/04/2024 at approx 14:00 a wrong-site block was nearly performed on patient MRN NGH8810244 (right inguinal hernia). Dr Simone Achterberg (anaesthetic ST5) had prepped the left side. The WHO Stop Before You Block was called by ODP Leon Fairweather.
No harm occurred. I was present as operating surgeon.
Signed: O Adeyemi-Clarke   Witness statement taken by: Governance Lead (name withheld)""",
[("2024/NGH/33871","REFERENCE_NUMBER"),("NGH8810244","HOSPITAL_NUMBER"),("Dr Simone Achterberg","COLLEAGUE_NAME"),("Leon Fairweather","COLLEAGUE_NAME")],
["Dr Olumide Adeyemi-Clarke","29/04/2024","14:00","Stop Before You Block","O Adeyemi-Clarke"])

D("teaching_feedback", A, """Teaching feedback: "Trauma X-rays for FY1s" 14/02/2024, Northmoor Education Centre. Facilitator: Dr O. Adeyemi-Clarke
12 attendees, mean 4.8/5.
- "really practical, loved the real cases" 
- "slide with the patient's name (Nathaniel Briggs) on the X-ray should be anonymised!!"
- "more on paeds fractures pls"
Verified: Dr Ruth Kendrick, Director of Medical Education""",
[("Nathaniel Briggs","PATIENT_NAME")],
["Dr O. Adeyemi-Clarke","14/02/2024","4.8/5","Dr Ruth Kendrick","Northmoor Education Centre"])

D("discharge_summary", A, """DISCHARGE SUMMARY - General Surgery
Name: Tariq Bashir-Lowe  Sex: M  DOB: 27/02/1990  Hospital No: NGH4009815  NHS: 944 021 7736
Address: Flat 3, 88 Ropewalk Street, Ashbridge AB2 6TN   Tel: 07700 900287
Adm 03/09/2024 Dis 06/09/2024. Dx: acute gallstone pancreatitis (Glasgow-Imrie 1), lap chole same admission 05/09.
TTO: paracetamol 1 g QDS 5/7, lansoprazole 30 mg OD. GP: Dr Keisha Amponsah, Ropewalk Medical Practice.
Completed by: Dr O Adeyemi-Clarke""",
[("Tariq Bashir-Lowe","PATIENT_NAME"),("NGH4009815","HOSPITAL_NUMBER"),("944 021 7736","NHS_NUMBER"),("Flat 3, 88 Ropewalk Street, Ashbridge","ADDRESS"),("AB2 6TN","POSTCODE"),("07700 900287","PHONE"),("Dr Keisha Amponsah","COLLEAGUE_NAME"),("Ropewalk Medical Practice","ADDRESS")],
["27/02/1990","Sex: M","Glasgow-Imrie 1","paracetamol 1 g QDS","lansoprazole 30 mg OD","Dr O Adeyemi-Clarke","03/09/2024"])

D("rota_management", A, """T&O middle-grade rota Nov 2024 (drafted by Dr O Adeyemi-Clarke, approved Mr A Subramaniam)
wk1: OAC / Dr L. Baptiste / Dr F. Nakamura
wk2: Dr F. Nakamura (nights) - OAC covering fracture clinic Weds
gaps: 2 nights filled by locum via agency booking BK-778120
Rota issues email: tno.rota@northmoor.nhs.example""",
[("Dr L. Baptiste","COLLEAGUE_NAME"),("Dr F. Nakamura","COLLEAGUE_NAME"),("BK-778120","REFERENCE_NUMBER"),("tno.rota@northmoor.nhs.example","EMAIL")],
["Dr O Adeyemi-Clarke","Mr A Subramaniam","OAC"])

D("patient_feedback", A, """Patient questionnaire (CFEP-style) - free text, Dr Adeyemi-Clarke, fracture clinic
"Dr A-C explained my scaphoid fracture with a drawing. Best doctor I've seen in 3 visits." 
"Told me I could go back to work at the Co-op in Wrenthorpe in 2 weeks but my boss Dave says no" 
"my name is Agnieszka Wolny and I want to say thank you"
32 questionnaires, 94% good/excellent""",
[("the Co-op in Wrenthorpe","ADDRESS"),("Dave","RELATIVE_NAME"),("Agnieszka Wolny","PATIENT_NAME")],
["Dr Adeyemi-Clarke","Dr A-C","94%","32 questionnaires"])

D("whatsapp_export", A, """[12/01/2024, 23:41] Olu Adeyemi-Clarke: pt in resus is Mr Stanislav Petrenko, 52, ?perforated DU, lactate 4.1
[12/01/2024, 23:42] Reg Jess Okafor: ok coming, consent for lap washout. his NOK is brother Mykola 07700 900719
[12/01/2024, 23:50] Olu Adeyemi-Clarke: theatre 1 at 00:30, ED number on screen E24-005731
[13/01/2024, 00:02] Anaes Dr Bram de Vries: will do RSI""",
[("Stanislav Petrenko","PATIENT_NAME"),("Jess Okafor","COLLEAGUE_NAME"),("Mykola","RELATIVE_NAME"),("07700 900719","PHONE"),("E24-005731","HOSPITAL_NUMBER"),("Dr Bram de Vries","COLLEAGUE_NAME")],
["Olu Adeyemi-Clarke","lactate 4.1","00:30","12/01/2024, 23:41","theatre 1","52"])

D("audit_report", A, """QI project summary: time to theatre for #NOF (NHFD KPI 1)
Lead: Dr O. Adeyemi-Clarke. Supervisor: Miss H. Barraclough.
Baseline (Q1 2023, n=88): 61% within 36 h. Intervention: ring-fenced trauma list slot 08:30, orthogeriatric review within 72 h.
Post (Q1 2024, n=94): 79%. Presented at BOA Congress 2024 (poster).
No patient identifiers in source data (NHFD extract).""",
[],
["Dr O. Adeyemi-Clarke","Miss H. Barraclough","61%","36 h","79%","NHFD KPI 1","08:30","72 h"])
