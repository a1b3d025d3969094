from b1 import D

D(13, "substance_misuse_keyworker_note", "Dr Tomasz Wiśniewski",
"""CGL Harbour Recovery Service - prescriber review
clt: Dwayne "Dee" McAllister  DOB 11/06/1987 M  NDTMS id HRS-004512
lives: Room 14, St Mungo's hostel, 22 Boundary Lane, Leeds LS7 3BX (since eviction from girlfriend Stacey's flat)
OST: methadone 1mg/ml 70 ml daily supervised at Boots, Chapeltown Rd. On 4 pick-ups/wk previously - reduced after missed doses.
UDS: +ve opiates, methadone, cocaine, benzo (street "blues" - etizolam). Injecting groin - DVT risk, Wells not applicable, leg reviewed, no swelling.
Naloxone (Prenoxad) kit supplied, batch noted. Hep C antibody +, PCR pending; BBV nurse Agnieszka.
Probation officer: Craig Hollins 07700 900298. MARAC ref MC/LDS/2291.
TW  Dr Tomasz Wiśniewski, addiction psychiatry rotation. Supervisor: Dr Nuala Brennan (verifies)""",
[("Dwayne","PATIENT_NAME"),("Dee","PATIENT_NAME"),("McAllister","PATIENT_NAME"),("HRS-004512","HOSPITAL_NUMBER"),("Room 14, St Mungo's hostel, 22 Boundary Lane, Leeds","ADDRESS"),("LS7 3BX","POSTCODE"),("Stacey","RELATIVE_NAME"),("Boots, Chapeltown Rd","ADDRESS"),("Agnieszka","COLLEAGUE_NAME"),("Craig Hollins","COLLEAGUE_NAME"),("07700 900298","PHONE"),("MC/LDS/2291","REFERENCE_NUMBER")],
["Wells not applicable","DOB 11/06/1987","methadone 1mg/ml 70 ml","Naloxone (Prenoxad)","etizolam","TW","Dr Tomasz Wiśniewski","Dr Nuala Brennan","Hep C antibody +"])

D(14, "asylum_seeker_health_assessment", "Dr Priya Raghunathan",
"""New registration health assessment - Initial Accommodation Centre clinic
Dr P. Raghunathan, with interpreter (Tigrinya) Mr Yonas via Language Line, interpreter ID 40917
Pt: Semhar Tesfamariam, stated DOB 01/01/2006 (age disputed), F, Eritrean. Home Office ref T1187734; ARC card no. UKR 12 345678 9. Temporary address: Room 203, Crowne Hotel, Stanley Road, Bootle L20 4PQ.
Journey via Libya and Italy. Disclosed sexual violence in Libya. Brother Filmon believed in Calais.
PMH nil. Screening: TB IGRA sent, HIV/hep B/hep C/syphilis consented. Hb 98, ferritin 6 - ferrous fumarate 210 mg bd. Pregnancy test negative. Refugee Health Screening Questionnaire 21 (positive).
Referred to Freedom from Torture and the perinatal/sexual assault service (SARC). Safeguarding: possible trafficking - NRM referral discussed with consent.
PR""",
[("Yonas","COLLEAGUE_NAME"),("40917","OTHER_ID"),("Semhar Tesfamariam","PATIENT_NAME"),("T1187734","REFERENCE_NUMBER"),("UKR 12 345678 9","OTHER_ID"),("Room 203, Crowne Hotel, Stanley Road, Bootle","ADDRESS"),("L20 4PQ","POSTCODE"),("Filmon","RELATIVE_NAME"),("Calais","ADDRESS")],
["Dr P. Raghunathan","PR","DOB 01/01/2006","F","Hb 98","ferritin 6","ferrous fumarate 210 mg bd","Refugee Health Screening Questionnaire 21","Freedom from Torture","SARC","NRM","Tigrinya"])

D(15, "school_nursing_referral", "Dr Adaeze Okonkwo",
"""From: School nursing team, Ashfield Academy, Kirkby-in-Ashfield
To: Dr Okonkwo, community paediatrics, King's Mill Hospital

Re: Tyler-Jay BRADSHAW, Year 8 (form 8R), DOB 19/04/2012, M, UPN A823401200017
Tyler-Jay was seen in the medical room by me (Shelley Tranter, SN) after his PE teacher Mr Devereux noticed weight loss and a rash. He told me he sometimes has no tea at home because "mum's poorly again". Mum is Kayleigh Bradshaw; Nan (Mrs Doreen Bradshaw) lives on Sutton Road and does the school run. Free school meals eligible. BMI 14.2 (<0.4th centile). Head lice. Dental caries.
Attendance 81%. Previous CP plan 2021 (category neglect). Early Help ref EH-NOTTS-55102.
Please see for growth/nutrition and neglect assessment - Graded Care Profile 2 started.
Shelley Tranter, School Staff Nurse, NMC 09I1234E, tel 01632 960512""",
[("Ashfield Academy, Kirkby-in-Ashfield","ADDRESS"),("Tyler-Jay BRADSHAW","PATIENT_NAME"),("Tyler-Jay","PATIENT_NAME"),("A823401200017","OTHER_ID"),("Shelley Tranter","COLLEAGUE_NAME"),("Devereux","COLLEAGUE_NAME"),("Kayleigh Bradshaw","RELATIVE_NAME"),("Doreen Bradshaw","RELATIVE_NAME"),("Sutton Road","ADDRESS"),("EH-NOTTS-55102","REFERENCE_NUMBER"),("09I1234E","GMC_NUMBER"),("01632 960512","PHONE")],
["Dr Okonkwo","King's Mill Hospital","DOB 19/04/2012","M","BMI 14.2","<0.4th centile","Graded Care Profile 2","Year 8"])

D(16, "sexual_health_reflection", "Dr Siobhan Gallagher",
"""Reflection - GUM clinic attachment, Lydia Clinic
A 16-year-old girl (I will call her "Patient A" in my reflection, but the clinic list said Jade W., clinic no. GU25-88431) attended alone asking for emergency contraception. She said her "boyfriend" was 24 and she had met him at the Costa on Castle Street. He drives her to "parties". Fraser guidelines were met for contraception, but I was concerned about CSE using the Spotting the Signs proforma (score high risk).
I gave levonorgestrel 1.5 mg, offered Cu-IUD, chlamydia/gonorrhoea NAAT, and with her agreement I spoke to the safeguarding lead. She gave the man's name as "Kaz" and his phone 07700 900944.
What I learned: how to keep the young person engaged while sharing information. Discussed with my supervisor Dr Helen Ogunleye, who verified this entry.""",
[("Jade W.","PATIENT_NAME"),("GU25-88431","HOSPITAL_NUMBER"),("Costa on Castle Street","ADDRESS"),("Kaz","RELATIVE_NAME"),("07700 900944","PHONE")],
["Patient A","Fraser guidelines","Spotting the Signs","levonorgestrel 1.5 mg","Cu-IUD","Dr Helen Ogunleye","Lydia Clinic","16-year-old"])

D(17, "maternity_handover", "Dr Priya Raghunathan",
"""labour ward board 20:00 handover (O&G ST2 rotation, Dr Raghunathan)
rm1  Nasrin Begum  G3P2 39+4  IOL for PET, BP 158/104 on labetalol 200mg tds + Mg sulphate 4g load, urate 412, PCR 88. husband Shafiq (interp Sylheti)
rm3  Ms Jodie-Ann O'Shaughnessy  P0 41+2  CTG pathological, FBS pH 7.21 -> cat 1 CS decided 19:50, DDI 22 min
rm5  "Becks" Rebecca Lund  G1 34+0  PPROM, erythromycin 250mg qds, steroids 2nd dose 21:00, NICU aware
rm7  Mrs Ho (Mei)  MOH 1.8 L, syntocinon infusion, TXA 1g, Hb 81 -> 2u
obs cons on call Mr Farouk Haddad
unit nos: Begum 0047721, O'Shaughnessy 0047734, Lund 0047760""",
[("Nasrin Begum","PATIENT_NAME"),("Begum","PATIENT_NAME"),("Shafiq","RELATIVE_NAME"),("Jodie-Ann O'Shaughnessy","PATIENT_NAME"),("O'Shaughnessy","PATIENT_NAME"),("Becks","PATIENT_NAME"),("Rebecca Lund","PATIENT_NAME"),("Lund","PATIENT_NAME"),("Mrs Ho","PATIENT_NAME"),("Mei","PATIENT_NAME"),("Farouk Haddad","COLLEAGUE_NAME"),("0047721","HOSPITAL_NUMBER"),("0047734","HOSPITAL_NUMBER"),("0047760","HOSPITAL_NUMBER")],
["Dr Raghunathan","39+4","labetalol 200mg tds","Mg sulphate 4g","PCR 88","FBS pH 7.21","cat 1 CS","erythromycin 250mg qds","MOH 1.8 L","syntocinon","TXA 1g","Hb 81"])

D(18, "csv_caseload", "Dr Tomasz Wiśniewski",
"""CMHT caseload export (pasted into audit appendix) - Dr T Wiśniewski
RiO,Name,DOB,Sex,Dx,Depot,Last seen,Care coordinator
1188402,"KOWALCZYK, Marta",14/02/1979,F,F20.0,paliperidone palmitate 100mg monthly,02/04/2025,Dean Rushworth
1190033,"Tomlinson, Sunny",30/09/1995,M,F31.1,none - lithium 800mg (level 0.7),28/03/2025,Dean Rushworth
1179950,"Abdi, Hodan",07/07/1988,F,F43.1,none,11/04/2025,Rukhsana Iqbal
1201176,"Brown, 'Frosty' Derek",22/12/1962,M,F10.2 / F20.5,flupentixol decanoate 40mg 2-weekly,09/04/2025,Rukhsana Iqbal
Audit standard: NICE CG178 annual physical health check - 2/4 compliant (50%).""",
[("1188402","HOSPITAL_NUMBER"),("KOWALCZYK, Marta","PATIENT_NAME"),("Dean Rushworth","COLLEAGUE_NAME"),("1190033","HOSPITAL_NUMBER"),("Tomlinson, Sunny","PATIENT_NAME"),("1179950","HOSPITAL_NUMBER"),("Abdi, Hodan","PATIENT_NAME"),("Rukhsana Iqbal","COLLEAGUE_NAME"),("1201176","HOSPITAL_NUMBER"),("Brown, 'Frosty' Derek","PATIENT_NAME"),("Frosty","PATIENT_NAME")],
["Dr T Wiśniewski","14/02/1979","30/09/1995","07/07/1988","22/12/1962","F20.0","F31.1","F43.1","F10.2 / F20.5","paliperidone palmitate 100mg monthly","lithium 800mg","flupentixol decanoate 40mg 2-weekly","NICE CG178"])

D(19, "tsv_audit", "Dr Eleanor Price",
"""Anticoagulation audit - AF patients, Moorside Medical Practice - Dr E Price
NHS no\tPatient\tAge\tCHA2DS2-VASc\tORBIT\tDrug\tCrCl
943 476 5919\tHarold Pickersgill\t82\t4\t2\tedoxaban 30 mg od\t38
401 023 2127\tMrs V. Achebe\t76\t5\t3\tapixaban 5 mg bd\t61
6601987342\tSzabo, Imre\t69\t2\t1\tnone (declined)\t88
Findings: 1/3 on inappropriate dose reduction.  Presented at practice meeting; verified by Dr Martin Ashworth.""",
[("943 476 5919","NHS_NUMBER"),("Harold Pickersgill","PATIENT_NAME"),("401 023 2127","NHS_NUMBER"),("V. Achebe","PATIENT_NAME"),("6601987342","NHS_NUMBER"),("Szabo, Imre","PATIENT_NAME")],
["Dr E Price","Moorside Medical Practice","CHA2DS2-VASc","ORBIT","edoxaban 30 mg od","apixaban 5 mg bd","Dr Martin Ashworth"])

D(20, "ocr_scan_letter", "Dr Hamid Rahimi",
"""NHS  Lothlan Univers1ty Hosp1tals
Depanment of Acute Med1cine, Royal lnfirmary of Edinburgh
0ur ref: AMU/HR/2291      CHl: 1503578843

Dr Fergus Mcl{enzie
Gorgie Med1cal Pract1ce
Edinbvrgh EH11 2AB

Dear Dr McKenz1e

Re: Mr Alasda1r Ross GUNN, DOB 15/03/1957, 41 Dalry Rd, Ed1nburgh EH11 2BU

Th1s gentleman was adm1tted w1th upper Gl bleed1ng. Glasgow-Blatchford score 12. OGD: Forrest lla duodenal ulcer, treated w1th adrenal1ne and cl1ps. H. pylor1 CLO test pos1t1ve. Please start clar1thromycin 500 mg bd, amox1c1ll1n 1 g bd, omeprazole 20 mg bd for 7 days. His w1fe Morven asked that we copy her 1n: m0rven.gunn@example.com
Yours s1ncerely
Dr Ham1d Rah1mi, Spec1alty Doctor""",
[("AMU/HR/2291","REFERENCE_NUMBER"),("1503578843","NHS_NUMBER"),("Fergus Mcl{enzie","COLLEAGUE_NAME"),("McKenz1e","COLLEAGUE_NAME"),("Gorgie Med1cal Pract1ce\nEdinbvrgh","ADDRESS"),("EH11 2AB","POSTCODE"),("Alasda1r Ross GUNN","PATIENT_NAME"),("41 Dalry Rd, Ed1nburgh","ADDRESS"),("EH11 2BU","POSTCODE"),("Morven","RELATIVE_NAME"),("m0rven.gunn@example.com","EMAIL")],
["Royal lnfirmary of Edinburgh","DOB 15/03/1957","Glasgow-Blatchford score 12","Forrest lla","clar1thromycin 500 mg bd","omeprazole 20 mg bd","Dr Ham1d Rah1mi"])
