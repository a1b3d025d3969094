from gen_common import D
A = "Dr Priyanka Venkataraman"
D("nicu_handover", A, """NICU HANDOVER 08:00  Westmere Royal Infirmary Neonatal Unit
cot 1 - Baby Girl Okonjo-Reid (twin 1) 27+3/40, day 4, CPAP 6 FiO2 0.28, caffeine 5 mg/kg, TPN, SBR 142 under phototherapy. Mum Chiamaka expressing.
cot 2 - "Twin 2" Okonjo-Reid, HFOV MAP 12, surf x2, HUS day 3 - L grade II IVH
cot 5 - BB Pryce (Baby of Kirsty Pryce), 36/40 NAS - Finnegan 9, oral morphine 40 mcg/kg 4-hourly; SW aware (ref CS-24-33018)
cot 9 - Noah Achterberg, term HIE, cooled 72 h, rewarming done, MRI Thurs
Reg: Dr P. Venkataraman   SHO: Dr Callum Frobisher   ANNP: Rosalind Keogh""",
[("Okonjo-Reid","PATIENT_NAME"),("Baby Girl Okonjo-Reid","PATIENT_NAME"),("Chiamaka","RELATIVE_NAME"),("BB Pryce","PATIENT_NAME"),("Kirsty Pryce","RELATIVE_NAME"),("CS-24-33018","REFERENCE_NUMBER"),("Noah Achterberg","PATIENT_NAME"),("Dr Callum Frobisher","COLLEAGUE_NAME"),("Rosalind Keogh","COLLEAGUE_NAME")],
["Westmere Royal Infirmary","27+3/40","CPAP 6 FiO2 0.28","caffeine 5 mg/kg","SBR 142","HFOV MAP 12","grade II IVH","Finnegan 9","oral morphine 40 mcg/kg 4-hourly","72 h","Dr P. Venkataraman","cot 5"])

D("strategy_meeting", A, """CHILD PROTECTION STRATEGY DISCUSSION - notes   (CONFIDENTIAL)
Date 02/02/2024 14:00 via Teams. Chair: Ms Harriet Lomax, Team Manager, Westmere Children's Social Care
Child: Kayden Blackwood-Shaw, DOB 19/08/2023 (5 months, M). Address: 7 Sorrel Way, Hexley HX4 2NN
Parents: Ashleigh Shaw (mother, 19), Ryan Blackwood (father). Maternal grandmother Denise Shaw also lives there.
Presentation: 2 posterior rib fractures + metaphyseal corner # L distal femur on skeletal survey. No explanation given.
Health: Dr Priyanka Venkataraman (paediatric specialty doctor) - bloods incl. bone profile, vit D 41, clotting normal; ophthalmology: no RH.
Police: DC Simon Tharp, CAIT, crime ref WM/24/011287.
Outcome: s47 enquiries; child to remain on ward 3 (Robin Ward) pending; LA ref 2024-CSC-77402.
School/nursery: none. HV: Tracey Bloom, Hexley Health Centre.""",
[("Ms Harriet Lomax","COLLEAGUE_NAME"),("Kayden Blackwood-Shaw","PATIENT_NAME"),("7 Sorrel Way, Hexley","ADDRESS"),("HX4 2NN","POSTCODE"),("Ashleigh Shaw","RELATIVE_NAME"),("Ryan Blackwood","RELATIVE_NAME"),("Denise Shaw","RELATIVE_NAME"),("DC Simon Tharp","COLLEAGUE_NAME"),("WM/24/011287","REFERENCE_NUMBER"),("2024-CSC-77402","REFERENCE_NUMBER"),("Tracey Bloom","COLLEAGUE_NAME"),("Hexley Health Centre","ADDRESS")],
["19/08/2023","5 months, M","Dr Priyanka Venkataraman","vit D 41","s47","ward 3","Robin Ward","02/02/2024 14:00"])

D("discharge_summary", A, """NEONATAL DISCHARGE SUMMARY (Badger export)
Name: Isla-Mae Fenwick   DOB 03/01/2024   Sex F   GA 31+2   BW 1.48 kg   NHS 710 443 2698   Unit no W0183342
Address: 52 Lark Rise, Sutton Marsh SM9 4KE   GP: Dr Oyelowo, Marsh Lane Surgery
Problems: RDS (1 dose poractant alfa 200 mg/kg), suspected NEC stage I (7 days NBM, IV abx), ROP stage 1 zone II - resolved.
Discharge wt 2.21 kg (9th centile), on Nutriprem 2 + breast, Dalivit 0.6 ml OD, Sytron 1 ml BD.
Follow-up: Dr Venkataraman neonatal clinic 6/52; Bayley-III at 2 y corrected.
Parents: Megan & Jordan Fenwick, 07700 900651""",
[("Isla-Mae Fenwick","PATIENT_NAME"),("710 443 2698","NHS_NUMBER"),("W0183342","HOSPITAL_NUMBER"),("52 Lark Rise, Sutton Marsh","ADDRESS"),("SM9 4KE","POSTCODE"),("Dr Oyelowo","COLLEAGUE_NAME"),("Marsh Lane Surgery","ADDRESS"),("Megan & Jordan Fenwick","RELATIVE_NAME"),("07700 900651","PHONE")],
["03/01/2024","Sex F","GA 31+2","BW 1.48 kg","poractant alfa 200 mg/kg","NEC stage I","ROP stage 1 zone II","2.21 kg (9th centile)","Dalivit 0.6 ml OD","Sytron 1 ml BD","Dr Venkataraman","Bayley-III"])

D("parent_feedback", A, """Parent feedback cards - NICU (transcribed)
"Dr Priya explained everything about Leo's brain scan in words we could understand. We will never forget her kindness. - Gemma (Leo's mum)"
"Thank you for letting Grandad Frank hold her before the transfer to Leeds" 
"The lady doctor with the glasses (Dr V) - she came back on her day off to see us. Love from the Abimbola family x"
Collected Jan-Jun 2024: 14 cards. Verified: Sister Joan McArdle, Ward Manager (verifier)""",
[("Leo","PATIENT_NAME"),("Gemma","RELATIVE_NAME"),("Grandad Frank","RELATIVE_NAME"),("Abimbola","PATIENT_NAME")],
["Dr Priya","Dr V","14 cards","Sister Joan McArdle"])

D("growth_clinic_letter", A, """Paediatric Growth Clinic, Westmere Royal Infirmary   Tel 020 7946 0312
Our ref: PV/GC/0419   Hosp no: W0077121
Date: 22/04/2024
To: Dr Anjali Deshpande, Fairfield Medical Centre, 19 Croft Road, Hexley HX1 5BQ
cc: Parents, 3 Abbey Gardens, Hexley HX2 8LT
Re: Thomas "Tommy" Rutherford-Byrne, DOB 11/11/2015 (8 y 5 m), Male
Height 118.2 cm (0.4th centile), weight 21.0 kg, mid-parental height 25th centile. Bone age delayed 2 y (Greulich-Pyle). IGF-1 low, GH stimulation test (glucagon) peak 4.1 mcg/L.
Plan: MRI pituitary; discuss somatropin 0.025 mg/kg/day. School nurse at Hexley St Mary's CE Primary informed with consent.
Dr Priyanka Venkataraman, Specialty Doctor Paediatrics""",
[("020 7946 0312","PHONE"),("PV/GC/0419","REFERENCE_NUMBER"),("W0077121","HOSPITAL_NUMBER"),("Dr Anjali Deshpande","COLLEAGUE_NAME"),("Fairfield Medical Centre, 19 Croft Road, Hexley","ADDRESS"),("HX1 5BQ","POSTCODE"),("3 Abbey Gardens, Hexley","ADDRESS"),("HX2 8LT","POSTCODE"),('Thomas "Tommy" Rutherford-Byrne',"PATIENT_NAME"),("Hexley St Mary's CE Primary","ADDRESS")],
["11/11/2015","8 y 5 m","Male","118.2 cm (0.4th centile)","Greulich-Pyle","peak 4.1 mcg/L","somatropin 0.025 mg/kg/day","Dr Priyanka Venkataraman","Westmere Royal Infirmary","22/04/2024"])

D("school_letter", A, """To: Mrs Louise Carrington, SENCo, Brambleford Junior School, Brambleford
From: Dr P Venkataraman, Community Paediatrics, Westmere Royal Infirmary
14 March 2024
Re: Zainab Al-Hakimi (Year 4, Class Oak), DOB 28/06/2015
Zainab has type 1 diabetes on an Omnipod pump (insulin aspart, ICR 1:10 at lunch). Please allow her to check glucose in class; treat hypo <4 mmol/L with 3 jelly babies + recheck 15 min.
Her mum, Mrs Rania Al-Hakimi (07700 900027), is happy to train staff.
Yours sincerely, Dr P Venkataraman""",
[("Mrs Louise Carrington","COLLEAGUE_NAME"),("Brambleford Junior School, Brambleford","ADDRESS"),("Zainab Al-Hakimi","PATIENT_NAME"),("Zainab","PATIENT_NAME"),("Class Oak","OTHER_ID"),("Rania Al-Hakimi","RELATIVE_NAME"),("07700 900027","PHONE")],
["Dr P Venkataraman","Westmere Royal Infirmary","28/06/2015","type 1 diabetes","Omnipod","insulin aspart","ICR 1:10","<4 mmol/L","15 min","Year 4"])

D("email_thread", A, """From: Venkataraman Priyanka <p.venkataraman@nhs.example>
To: Hexley Early Help <earlyhelp@hexley.gov.example>
Date: 5 Mar 2024 10:47
Subject: FW: referral - Baby Pryce / mum Kirsty
> On 4 Mar 2024, at 17:02, Danielle Wong (Midwife) wrote:
> mum has moved to her partner's flat (Darren Coyle, 16 Tenter Street) - no cot, dog in the flat. baby NHS 533 902 1874
Hi - following up as above. Baby now off morphine, weaning complete day 12. Can Early Help visit before d/c planned 8/3?
Priya (Dr Venkataraman), NICU""",
[("p.venkataraman@nhs.example","EMAIL"),("earlyhelp@hexley.gov.example","EMAIL"),("Pryce","PATIENT_NAME"),("Kirsty","RELATIVE_NAME"),("Danielle Wong","COLLEAGUE_NAME"),("Darren Coyle","RELATIVE_NAME"),("16 Tenter Street","ADDRESS"),("533 902 1874","NHS_NUMBER")],
["Venkataraman Priyanka","Priya","Dr Venkataraman","day 12","NICU","8/3"])

D("whatsapp_export", A, """WhatsApp - "Westmere Paeds Regs" (exported)
06/05/2024, 02:14 - Priya V: anyone free? collapsed 6 wk old in resus, ?sepsis ?NAI, bed 4 ED. 
06/05/2024, 02:15 - Mo Siddiqui: coming. name?
06/05/2024, 02:15 - Priya V: Freddie Oakes, ED no E2405-0662. mum Chantelle very distressed, dad not present
06/05/2024, 02:31 - Priya V: LP done, cefotaxime 50 mg/kg + amoxicillin given, glucose 2.1 -> 10% dextrose 2 ml/kg
06/05/2024, 02:40 - Mo Siddiqui: PICU (Dr Naomi Grieve) accepting. retrieval CATS ref 2405-0219""",
[("Mo Siddiqui","COLLEAGUE_NAME"),("Freddie Oakes","PATIENT_NAME"),("E2405-0662","HOSPITAL_NUMBER"),("Chantelle","RELATIVE_NAME"),("Dr Naomi Grieve","COLLEAGUE_NAME"),("2405-0219","REFERENCE_NUMBER")],
["Priya V","6 wk old","cefotaxime 50 mg/kg","glucose 2.1","10% dextrose 2 ml/kg","bed 4","06/05/2024, 02:14"])

D("teams_export", A, """Teams chat - Neonatal unit / Transitional Care
Venkataraman, Priyanka (09:03): TC bed 2 - baby of Sophie-Rose Quinlan - still jittery, BM 2.4 after feed
Ewart, Gail (Midwife) (09:05): shall I do a 2nd top-up?
Venkataraman, Priyanka (09:06): yes 10 ml/kg EBM, BM pre-next feed; if <2.0 admit NICU for IV
Ewart, Gail (Midwife) (09:40): BM 3.1 :)""",
[("Sophie-Rose Quinlan","RELATIVE_NAME"),("Ewart, Gail","COLLEAGUE_NAME")],
["Venkataraman, Priyanka","TC bed 2","BM 2.4","10 ml/kg EBM","<2.0","BM 3.1","09:03"])

D("ocr_scan_letter", A, """[OCR scan - letter from Children's Social Care]
HEXLEY C0UNCIL - Chi1dren's Services     0ur ref: CIN/2O24/1187
Dear Dr Venkataraman
Re: Mason and Lily-Rose Dunleavy, 1a Fu1ler's Yard, Hex1ey HX3 9QF
Thank you for attending the Child in Need meeting on 12/O6/2O24. The p1an has been sent to Ms Dunleavy (mother). Next review 11/09/2024.
Socia1 Worker: Kerry-Ann Mbatha   te1: O1632 96O 749""",
[("CIN/2O24/1187","REFERENCE_NUMBER"),("Mason","PATIENT_NAME"),("Lily-Rose Dunleavy","PATIENT_NAME"),("Dunleavy","RELATIVE_NAME"),("1a Fu1ler's Yard, Hex1ey","ADDRESS"),("HX3 9QF","POSTCODE"),("Kerry-Ann Mbatha","COLLEAGUE_NAME"),("O1632 96O 749","PHONE")],
["Dr Venkataraman","12/O6/2O24","11/09/2024","Child in Need"])

D("mini_cex", A, """Mini-CEX (paediatric) - Trainee: Dr Priyanka Venkataraman, GMC 7561038
Assessor: Dr Gideon Amankwah-Lyle, Consultant Neonatologist
Case: 2-day-old term infant, prolonged jaundice risk, SBR 290 at 40 h (above NICE CG98 treatment line) - phototherapy started; DAT negative.
Communication with mother (first baby, English second language; interpreter used via phone, interpreter ID 55172).
Score: 5/6 overall. Date 09/09/2024""",
[("55172","OTHER_ID")],
["Dr Priyanka Venkataraman","GMC 7561038","Dr Gideon Amankwah-Lyle","SBR 290 at 40 h","NICE CG98","DAT negative","5/6","09/09/2024","2-day-old"])

D("clinic_letter", A, """General Paediatric Clinic - Westmere Royal Infirmary
Date: 18/07/2024   NHS: 6190427735   Hosp: W0221904
Dear Dr Fairbairn,
Re: Eliza Montgomery-Akande, 4 y F (DOB 02/02/2020), Flat 12 Kestrel House, Osprey Road, Hexley HX4 6BB
I saw Eliza with her father Tobi and her nan, who brought the seizure diary. Two further GTCS, longest 4 min. EEG: generalised spike-wave. Started levetiracetam 7 mg/kg BD, to titrate to 20 mg/kg BD. Buccal midazolam 5 mg prescribed; care plan sent to Little Acorns Nursery.
Dr P. Venkataraman""",
[("6190427735","NHS_NUMBER"),("W0221904","HOSPITAL_NUMBER"),("Dr Fairbairn","COLLEAGUE_NAME"),("Eliza Montgomery-Akande","PATIENT_NAME"),("Eliza","PATIENT_NAME"),("Flat 12 Kestrel House, Osprey Road, Hexley","ADDRESS"),("HX4 6BB","POSTCODE"),("Tobi","RELATIVE_NAME"),("Little Acorns Nursery","ADDRESS")],
["18/07/2024","4 y F","02/02/2020","GTCS","4 min","levetiracetam 7 mg/kg BD","20 mg/kg BD","Buccal midazolam 5 mg","Dr P. Venkataraman","Montgomery"][:-1] + [])

D("safeguarding_referral", A, """MASH REFERRAL (professional) - copy for portfolio (names to be removed)
Ref: MASH-HX-240611-0093
Referrer: Dr Priyanka Venkataraman, Paediatrics, Westmere Royal Infirmary, 020 7946 0588, p.venkataraman@nhs.example
Child: Jayden Kowalski-Price, 13 y, DOB 04/10/2010. Attends Hexley Academy (Year 8, form 8RT).
Concern: disclosed older "boyfriend" (Reece, 22) collecting him from school in a car; sexualised messages on Snapchat; missing from home 3x (police missing ref MP-24-4471). CSE screening tool score: high.
Parents aware: mother Stacey Kowalski. Father not involved.
Hospital no W0310078""",
[("020 7946 0588","PHONE"),("p.venkataraman@nhs.example","EMAIL"),("MASH-HX-240611-0093","REFERENCE_NUMBER"),("Jayden Kowalski-Price","PATIENT_NAME"),("Hexley Academy","ADDRESS"),("form 8RT","OTHER_ID"),("Reece","RELATIVE_NAME"),("MP-24-4471","REFERENCE_NUMBER"),("Stacey Kowalski","RELATIVE_NAME"),("W0310078","HOSPITAL_NUMBER")],
["Dr Priyanka Venkataraman","Westmere Royal Infirmary","13 y","04/10/2010","Year 8"])

D("reflection", A, """Reflection: the baby I nearly sent home
A 9-day-old (the "quiet baby in cubicle 2") was brought to PAU by her grandmother, Mrs Olive Thackray, because she "wasn't herself". Temp 37.9. I initially planned discharge with advice; the nurse, Bernadette Oyinlola, pushed for a full septic screen. CSF: GBS meningitis.
I reflected with my supervisor Dr Gideon Amankwah-Lyle on 20/11/2023: fever in <28 days = full septic screen (NICE NG143), no exceptions; listen to nursing concern.
PV""",
[("the \"quiet baby in cubicle 2\"","PATIENT_NAME"),("Mrs Olive Thackray","RELATIVE_NAME"),("Bernadette Oyinlola","COLLEAGUE_NAME")],
["9-day-old","Temp 37.9","GBS meningitis","Dr Gideon Amankwah-Lyle","20/11/2023","NICE NG143","PV","PAU"])

D("teaching_feedback", A, """Neonatal Life Support skills session - feedback (Facilitator: Dr P Venkataraman)
Date 15/10/2024, Westmere Clinical Skills Lab. 16 midwives and 4 FY2s.
"Clear on inflation breaths, 5 x 3 s" 
"Scenario based on a real baby we all remember (Baby Harrow) - felt a bit close to home"
Mean 4.9/5. Signed: Dr Gideon Amankwah-Lyle, Neonatal Lead""",
[("Baby Harrow","PATIENT_NAME")],
["Dr P Venkataraman","15/10/2024","5 x 3 s","4.9/5","Dr Gideon Amankwah-Lyle","Neonatal Life Support"])

D("msf_360", A, """MSF free text - Dr Priyanka Venkataraman (Neonates/Paeds)
"Priya is the registrar I want when a baby is unwell."
"She supported me after Baby Okonjo-Reid died - Tuesday 17 Feb, I'll never forget" - Staff Nurse Aoife Breslin
"Handovers sometimes run over 30 min"
Respondents 17. Released by Dr G. Amankwah-Lyle""",
[("Okonjo-Reid","PATIENT_NAME"),("Aoife Breslin","COLLEAGUE_NAME")],
["Dr Priyanka Venkataraman","Priya","Tuesday 17 Feb","30 min","Dr G. Amankwah-Lyle"])

D("audit_report", A, """Audit: Delayed cord clamping in preterm infants <32 weeks (BAPM framework)
Lead: Dr P. Venkataraman. Supervisor: Dr Gideon Amankwah-Lyle.
Cycle 1 (n=41): DCC >=60 s 34%. Intervention: 'Wait a minute' stickers on resuscitaires, sim training.
Cycle 2 (n=38): 71%. Admission temp 36.5-37.5 maintained 82%. No patient identifiers retained.""",
[],
["Dr P. Venkataraman","Dr Gideon Amankwah-Lyle","<32 weeks","BAPM","34%","71%","36.5-37.5","n=41"])

D("ward_round", A, """Robin Ward WR 03/02 (PV) 
b1 KBS 5/12 - s47 ongoing, no visits from dad (per SW), Nana Denise supervised only
b3 "Alfie from the farm" (Alfie Postlethwaite, Low Garth Farm, Kirkby Fell) - bronchiolitis, HFNC 2 L/kg, sats 94%
b4 Ruby T 2y - ?Kawasaki day 6 fever, IVIG 2 g/kg, aspirin 30 mg/kg/day, echo Fri
b6 13yo DKA, pH 7.18, on 0.05 u/kg/h insulin""",
[("KBS","PATIENT_NAME"),("Nana Denise","RELATIVE_NAME"),("Alfie from the farm","PATIENT_NAME"),("Alfie Postlethwaite","PATIENT_NAME"),("Low Garth Farm, Kirkby Fell","ADDRESS"),("Ruby T","PATIENT_NAME")],
["Robin Ward","PV","HFNC 2 L/kg","sats 94%","Kawasaki","IVIG 2 g/kg","aspirin 30 mg/kg/day","pH 7.18","0.05 u/kg/h","13yo","5/12"])

D("cbd_assessment", A, """CbD - Dr Priyanka Venkataraman - Assessor Dr Gideon Amankwah-Lyle (Consultant, GMC 4127735)
Case: ex-26-weeker, BPD, corrected age 38 weeks, on 0.1 L/min O2 home oxygen, DOB 12/12/2023.
Discussion: discharge planning with community neonatal team, oximetry targets 92-96%, RSV prophylaxis (nirsevimab) given.
Parents live in a static caravan at Sandy Bay Holiday Park - heating risk - social worker (Ms Lorna Beattie) involved.
Outcome: satisfactory. 06/03/2024""",
[("4127735","GMC_NUMBER"),("Sandy Bay Holiday Park","ADDRESS"),("Ms Lorna Beattie","COLLEAGUE_NAME")],
["Dr Priyanka Venkataraman","Dr Gideon Amankwah-Lyle","ex-26-weeker","BPD","0.1 L/min","12/12/2023","92-96%","nirsevimab","06/03/2024"])

D("complaint_response", A, """Westmere Hospitals NHS Trust   Complaints ref: C-2024-00733   Datix: 88214
Dear Mr and Mrs Gallacher,
Re: your son, Oscar Gallacher (DOB 30/09/2021, Hosp no W0199540)
You raised concerns that Oscar waited 5 hours in the paediatric ED on 08/01/2024 before being seen by a doctor, and that the first doctor, Dr Luca Bianchi, did not examine his ears. Dr Venkataraman, specialty doctor, reviewed Oscar at 23:40 and diagnosed mastoiditis; IV ceftriaxone 80 mg/kg was started and ENT (Mr Edward Rainsford) saw him the next morning.
We apologise for the delay.
Yours sincerely, Mrs Nadia Coulthard, Complaints Manager
Replies to: complaints@westmere.nhs.example""",
[("C-2024-00733","REFERENCE_NUMBER"),("88214","REFERENCE_NUMBER"),("Gallacher","RELATIVE_NAME"),("Oscar Gallacher","PATIENT_NAME"),("Oscar","PATIENT_NAME"),("W0199540","HOSPITAL_NUMBER"),("Dr Luca Bianchi","COLLEAGUE_NAME"),("Mr Edward Rainsford","COLLEAGUE_NAME"),("complaints@westmere.nhs.example","EMAIL")],
["30/09/2021","5 hours","08/01/2024","Dr Venkataraman","23:40","mastoiditis","ceftriaxone 80 mg/kg","Westmere Hospitals NHS Trust"])

D("nicu_handover", A, """nicu h/o (night -> day) 15/1  - typed by PV
c3 27wk baby "Peanut" (that's what the parents call him - Baby Lindqvist) - NEC ?stage II, AXR pneumatosis, NBM, pip/taz 90 mg/kg, surgeons (Mr Omari) aware, for transfer to Northfield Children's if perf
c4 twins of Mrs Adeleke-Moss - feeding 150 ml/kg/d, for TC
c7 - HIE baby, on cooling day 2, MgSO4 - no. phenobarb 20 mg/kg loaded for seizures on aEEG
Parents of c3: dad (Henrik) 07700 900310, mum on postnatal ward""",
[("Peanut","PATIENT_NAME"),("Baby Lindqvist","PATIENT_NAME"),("Mr Omari","COLLEAGUE_NAME"),("Adeleke-Moss","RELATIVE_NAME"),("Henrik","RELATIVE_NAME"),("07700 900310","PHONE")],
["PV","27wk","pip/taz 90 mg/kg","Northfield Children's","150 ml/kg/d","phenobarb 20 mg/kg","aEEG","15/1"])

D("social_care_letter", A, """Report to Initial Child Protection Conference - Health (Paediatrics)
Conference date: 21/02/2024   LA case no: 2024-CSC-77402   Child: K B-S (5 months)
Author: Dr Priyanka Venkataraman, Specialty Doctor, Westmere Royal Infirmary (GMC 7561038)
Medical findings: as per skeletal survey 29/01/2024 and repeat at 11 days (further healing callus, no new #). Genetic testing for OI: negative (COL1A1/COL1A2).
Opinion: injuries are consistent with inflicted injury; no medical explanation identified.
Attendance: unable to attend in person; report submitted to Conference Chair, Mr Adrian Pollitt, Safeguarding Unit, Hexley Council, 01632 960120.""",
[("2024-CSC-77402","REFERENCE_NUMBER"),("K B-S","PATIENT_NAME"),("Mr Adrian Pollitt","COLLEAGUE_NAME"),("01632 960120","PHONE")],
["Dr Priyanka Venkataraman","Westmere Royal Infirmary","GMC 7561038","21/02/2024","29/01/2024","COL1A1/COL1A2","5 months"])
