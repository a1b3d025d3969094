from gen_common import D
S = "Dr Olumide Adeyemi-Clarke"; P = "Dr Saoirse Brennan"; N = "Dr Priyanka Venkataraman"
D("logbook_summary", S, """Consolidated logbook summary (self-written), Dr Olumide Adeyemi-Clarke, GMC 7284419
Aug 2019 - Jul 2024: 1,214 procedures; hip fracture fixation 212 (P 180); lap chole 96; emergency laparotomy 64 (P 22); appendicectomy 141.
Verified as accurate: Mr Anand Subramaniam, Clinical Director T&O, Northmoor General Hospital.""",
[], ["Dr Olumide Adeyemi-Clarke","GMC 7284419","1,214","212 (P 180)","Mr Anand Subramaniam","Northmoor General Hospital"])

D("ocr_scan_consent", S, """[scanned consent form 1 - OCR]
Patient surname Ba1dwin-Crewe  first names Marjorie E11en   NHS n0. 4O2 118 6657
Proposed procedure: L dynamic hip screw
Risks: infection 1-2%, DVT/PE, 1eg length discrepancy, fai1ure of fixation, death (30-day morta1ity approx 7%)
Health professiona1: O. Adeyemi-C1arke  Job title: Specia1ty Dr   date 2/1O/2O23
Witness (patient unab1e to sign): Mr Gordon Ba1dwin-Crewe (husband)""",
[("Ba1dwin-Crewe","PATIENT_NAME"),("Marjorie E11en","PATIENT_NAME"),("4O2 118 6657","NHS_NUMBER"),("Gordon Ba1dwin-Crewe","RELATIVE_NAME")],
["O. Adeyemi-C1arke","infection 1-2%","approx 7%","2/1O/2O23","DVT/PE"])

D("post_take_list", S, """EGS post-take 07:45 (Dr A-C)
1. 29F RIF pain, bHCG neg, USS - ?appendicitis, Alvarado 8 -> lap appx today. Lives in halls at Queen's Court, Block C - flatmate Priya brought her in
2. 71M, Mr Zebedee Hallworth, incarcerated inguinal hernia, on clopidogrel 75 mg, for theatre
3. 45M ?perf diverticulitis Hinchey II, CT drain by IR (Dr Sian Morello)
4. frequent flier "Dougie" - abdo pain, known chronic pancreatitis, d/w pain team""",
[("Queen's Court, Block C","ADDRESS"),("Priya","RELATIVE_NAME"),("Zebedee Hallworth","PATIENT_NAME"),("Dr Sian Morello","COLLEAGUE_NAME"),("Dougie","PATIENT_NAME")],
["Dr A-C","29F","Alvarado 8","71M","clopidogrel 75 mg","Hinchey II","07:45"])

D("job_plan", S, """Job plan 2024/25 - Dr O Adeyemi-Clarke, Specialty Doctor, General Surgery & T&O, Northmoor Hospitals NHS Foundation Trust
DCC 8.5 PA: 2 elective lists (Mon, Thu), 1 trauma list, fracture clinic x2, on-call 1:8.
SPA 1.5: audit lead T&O, FY teaching.
Agreed: Mr Anand Subramaniam (CD), 01/04/2024. Medical staffing ref JP-2024-0318.""",
[("JP-2024-0318","REFERENCE_NUMBER")],
["Dr O Adeyemi-Clarke","Northmoor Hospitals NHS Foundation Trust","8.5 PA","1:8","Mr Anand Subramaniam","01/04/2024"])

D("referral_letter", P, """Lowbridge General Hospital - Liaison Psychiatry
Date: 09/09/2024     Ref: LP/SB/0911
Dear Perinatal Mental Health Team,
Re: Mrs Chanelle Obi-Watkins, 26 y, DOB 21/04/1998, postnatal day 5 (baby Nia on SCBU, cot 4)
History of bipolar I, stopped lamotrigine 200 mg in pregnancy. Now not sleeping, pressured speech. EPDS 17.
Husband Marcus is with her; lives with his parents at 61 Beck Side, Upper Swaledale. Please assess urgently - MBU bed may be needed (nearest: Rowan Mother & Baby Unit).
Dr Saoirse Brennan, bleep 2216""",
[("LP/SB/0911","REFERENCE_NUMBER"),("Chanelle Obi-Watkins","PATIENT_NAME"),("Nia","RELATIVE_NAME"),("Marcus","RELATIVE_NAME"),("61 Beck Side, Upper Swaledale","ADDRESS"),("2216","PHONE")],
["Lowbridge General Hospital","09/09/2024","26 y","21/04/1998","lamotrigine 200 mg","EPDS 17","Dr Saoirse Brennan","Rowan Mother & Baby Unit","cot 4"])

D("s136_log", P, """s136 suite log (Calder Vale) - week 32, typed
Mon 22:10 - PC 2291 brought in male found on Ouse Bridge; name given "Jonny"; later identified as Jonathan Skelding, RiO 6672019 - seen Dr Brennan 23:00, discharged to CRHTT
Wed 01:30 - female, 34, from the Travelodge on Canal Road; AMHP Mr Stuart Ekwueme; admitted s2
Sat 15:00 - 16yo (CAMHS: Dr Felicity Tran called) - Section 136 ended, home with foster carer Mrs Hazel Priestley""",
[("2291","OTHER_ID"),("Ouse Bridge","ADDRESS"),("Jonny","PATIENT_NAME"),("Jonathan Skelding","PATIENT_NAME"),("6672019","HOSPITAL_NUMBER"),("the Travelodge on Canal Road","ADDRESS"),("Mr Stuart Ekwueme","COLLEAGUE_NAME"),("Dr Felicity Tran","COLLEAGUE_NAME"),("Mrs Hazel Priestley","RELATIVE_NAME")],
["Calder Vale","Dr Brennan","23:00","s2","Section 136","16yo","week 32"])

D("short_note", P, """Post-it transcribed: "SB - pls ring Mrs Aylin Demir re her son Emre's lithium level (1.3!) - 07700 900855 - before 5pm. Hold tonight's dose." """,
[("Aylin Demir","RELATIVE_NAME"),("Emre","PATIENT_NAME"),("07700 900855","PHONE")],
["SB","lithium level (1.3!)","5pm"])

D("appraisal_summary", P, """Annual appraisal 2024 - summary (Dr Saoirse Brennan, GMC 7390216)
Appraiser: Dr Meredith Oakes-Lyall. Revalidation due 2026.
PDP: complete MHT s.12 refresher; lead junior doctor teaching on capacity; complete portfolio pathway application.
Significant events: 1 (StEIS 2023/24617 - reflected, supervisor signed).""",
[("2023/24617","REFERENCE_NUMBER")],
["Dr Saoirse Brennan","GMC 7390216","Dr Meredith Oakes-Lyall","2026","s.12"])

D("letter_to_parents", N, """Dear Mr and Mrs Haddad-Ferreira,
It was lovely to see Mateo in clinic again. At 2 y 1 m corrected he is walking and has 10 words - great progress for a baby born at 25+6 weeks. His Bayley-III cognitive composite is 95.
I have asked Hexley Community Physio (Mrs Tamsin Reyes) to review his left foot position. Next review in 6 months.
Please bring his red book. Hospital number for any calls: W0142277.
Dr Priyanka Venkataraman, Neonatal Follow-up Clinic""",
[("Haddad-Ferreira","RELATIVE_NAME"),("Mateo","PATIENT_NAME"),("Mrs Tamsin Reyes","COLLEAGUE_NAME"),("W0142277","HOSPITAL_NUMBER")],
["2 y 1 m","25+6 weeks","Bayley-III","95","Dr Priyanka Venkataraman","6 months"])

D("rota_management", N, """Paeds middle-grade rota swaps Feb 2024 (coord: Dr P Venkataraman)
05/02 night: Dr Mo Siddiqui <-> Dr Kezia Adomako
12/02 long day: PV covering (gap, locum req LCM-55821 declined)
Rota admin: rota-paeds@westmere.nhs.example, ext 4402
Approved: Dr Gideon Amankwah-Lyle, Clinical Lead""",
[("Dr Mo Siddiqui","COLLEAGUE_NAME"),("Dr Kezia Adomako","COLLEAGUE_NAME"),("LCM-55821","REFERENCE_NUMBER"),("rota-paeds@westmere.nhs.example","EMAIL"),("4402","PHONE")],
["Dr P Venkataraman","PV","Dr Gideon Amankwah-Lyle","05/02","12/02"])

D("url_heavy_cpd", N, """CPD log extract 2024 - Dr Priyanka Venkataraman
- NLS recertification, 11/03/2024 (Resuscitation Council UK), cert no. NLS-24-PV-1 (own)
- Safeguarding children level 3, 6 h
- Case video of Baby Achterberg's aEEG uploaded to https://share.westmere.example/neo/case/8812 for teaching (link to be removed)
- RCPCH conference, Liverpool, 4 days""",
[("Baby Achterberg","PATIENT_NAME"),("https://share.westmere.example/neo/case/8812","URL")],
["Dr Priyanka Venkataraman","11/03/2024","Resuscitation Council UK","level 3","6 h","RCPCH"])
