from common import *
DOCS = []
# ---------------- A4 vascular surgery, Poland / Hull
DOCS.append(D("s57-025", "operation_note_original_pl", A4,
"""Szpital Uniwersytecki w Krakowie - Oddział Kliniczny Chirurgii Naczyniowej
KARTA OPERACYJNA nr 2019/CN/1482
Pacjent: Zbigniew Kołodziejczyk     PESEL: 48031207731     Nr księgi głównej: KG/2019/33904
Adres: ul. Wielicka 118/4, 30-552 Kraków     Tel. kontaktowy (córka Agnieszka): +48 600 555 214
Data operacji: 14.05.2019     Rozpoznanie: tętniak aorty brzusznej podnerkowy, średnica 6,4 cm (I71.4)
Operator: lek. Tomasz Wiśniewski     I asystent: dr n. med. Krzysztof Bąk     Anestezjolog: lek. Ewa Zielińska-Mróz
Nadzór: prof. dr hab. n. med. Andrzej Szczeklik-Nowak
Rodzaj operacji: wszczepienie protezy rurowej Dacron 18 mm (aorto-aortalnej) z dostępu pośrodkowego.
Czas zaciśnięcia aorty: 38 min. Utrata krwi: 900 ml, Cell Saver 450 ml. Heparyna 5000 j.m. i.v.
Przebieg bez powikłań. Chory przekazany na OIT.
""",
[("2019/CN/1482","REFERENCE_NUMBER"),("Zbigniew Kołodziejczyk","PATIENT_NAME"),("48031207731","OTHER_ID"),("KG/2019/33904","HOSPITAL_NUMBER"),("ul. Wielicka 118/4","ADDRESS"),("30-552 Kraków","ADDRESS"),
 ("Agnieszka","RELATIVE_NAME"),("+48 600 555 214","PHONE"),("Krzysztof Bąk","COLLEAGUE_NAME"),("Ewa Zielińska-Mróz","COLLEAGUE_NAME")],
["Szpital Uniwersytecki w Krakowie","lek. Tomasz Wiśniewski","prof. dr hab. n. med. Andrzej Szczeklik-Nowak","6,4 cm (I71.4)","Dacron 18 mm","38 min","900 ml","Heparyna 5000 j.m. i.v.","14.05.2019"]))

DOCS.append(D("s57-026", "operation_note_translation", A4,
"""English translation of Polish original - University Hospital in Kraków - Clinical Department of Vascular Surgery
OPERATION RECORD no. 2019/CN/1482
Patient: Zbigniew Kołodziejczyk     PESEL (national ID no.): 48031207731     Main register no.: KG/2019/33904
Address: 118/4 Wielicka Street, 30-552 Kraków     Contact tel. (daughter Agnieszka): +48 600 555 214
Date of operation: 14/05/2019     Diagnosis: infrarenal abdominal aortic aneurysm, diameter 6.4 cm (I71.4)
Operator: Tomasz Wiśniewski, MD     First assistant: Krzysztof Bąk, MD PhD     Anaesthetist: Ewa Zielińska-Mróz, MD
Supervisor: Prof. Andrzej Szczeklik-Nowak
Operation: open repair with Dacron 18 mm tube graft (aorto-aortic), midline laparotomy.
Aortic cross-clamp time 38 min. Blood loss 900 ml, Cell Saver return 450 ml. Heparin 5000 IU IV.
Uneventful. Transferred to the ICU.
Sworn translation: Magdalena Lis-Kowalczyk, tłumacz przysięgły, repertorium 117/2021.
""",
[("2019/CN/1482","REFERENCE_NUMBER"),("Zbigniew Kołodziejczyk","PATIENT_NAME"),("48031207731","OTHER_ID"),("KG/2019/33904","HOSPITAL_NUMBER"),("118/4 Wielicka Street","ADDRESS"),("30-552 Kraków","ADDRESS"),
 ("Agnieszka","RELATIVE_NAME"),("+48 600 555 214","PHONE"),("Krzysztof Bąk","COLLEAGUE_NAME"),("Ewa Zielińska-Mróz","COLLEAGUE_NAME"),("117/2021","REFERENCE_NUMBER")],
["Tomasz Wiśniewski","Prof. Andrzej Szczeklik-Nowak","Magdalena Lis-Kowalczyk","University Hospital in Kraków","6.4 cm (I71.4)","Dacron 18 mm","Heparin 5000 IU IV","cross-clamp time 38 min"]))

DOCS.append(D("s57-027", "operation_note", A4,
"""HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST                   Lucentis theatre system - Op note
Hull Royal Infirmary, Theatre 11 (Vascular)                      Date of op 27/09/2023
[ Patient: Mr Derek Ainsworth-Hale  68y M  DOB 04/04/1955 ]  [ HRI no. H0447182 ]  [ NHS 357 902 4418 ]
Surgeon 1: Mr T. Wiśniewski (Senior Clinical Fellow)   Surgeon 2: Miss Fiona Craddock (ST4)
Consultant: Mr Jonathan Ellerby (scrubbed, assisted for anastomosis)
Operation: Right above-knee femoro-popliteal bypass with ipsilateral reversed great saphenous vein
Indication: CLTI, Rutherford 5, tissue loss right hallux, WIfI 2-1-1 (stage 3). Toe pressure 18 mmHg.
Findings: CFA soft, SFA occluded from origin, AK popliteal reconstitutes, 2-vessel run-off (AT, peroneal).
  GSV 4.5 mm, good quality. Heparin 5,000 units. Completion angiogram: patent, no stenosis.
Closure: 2/0 Vicryl, 3/0 Monocryl subcuticular. Est. blood loss 350 mL.
Post-op: aspirin 75 mg + clopidogrel 75 mg (dual antiplatelet 3 months), atorvastatin 80 mg, duplex graft surveillance 6 wk.
Family contact - wife (Maureen) mob 07700 900775. Lives in Hessle, ground floor flat.
""",
[("Derek Ainsworth-Hale","PATIENT_NAME"),("H0447182","HOSPITAL_NUMBER"),("357 902 4418","NHS_NUMBER"),("Fiona Craddock","COLLEAGUE_NAME"),("Maureen","RELATIVE_NAME"),("07700 900775","PHONE"),("Hessle","ADDRESS")],
["Mr T. Wiśniewski","Mr Jonathan Ellerby","Hull Royal Infirmary","DOB 04/04/1955","68y M","Rutherford 5","WIfI 2-1-1 (stage 3)","Toe pressure 18 mmHg","aspirin 75 mg","clopidogrel 75 mg","atorvastatin 80 mg","great saphenous vein"]))

DOCS.append(D("s57-028", "mdt_list", A4,
"""HUMBER VASCULAR NETWORK MDT   Wed 10/01/2024 13:00   (Teams + HRI seminar room 2)
Attendees: Mr J Ellerby (chair), Mr T Wisniewski, Dr Alisha Rampersad (IR), Dr Paul Steggles (radiology), CNS Hayley Drinkall
---------------------------------------------------------------------------------------------
#  Name                   Hosp no    Age  Dx / imaging                          Outcome
1  Kathleen SMITHIES       H0512207   79   symptomatic L ICA 80% (NASCET), TIA x2  L CEA this week (TW)
2  Ron BARRACLOUGH         H0321885   84   AAA 5.8 cm, suitable neck 22 mm          EVAR - consent via son Kevin, POA
3  Mr A.P. (prisoner, HMP Hull) H0609911 52 R popliteal aneurysm 3.1 cm thrombosed  thrombolysis not suitable - bypass
4  Shazia Rahman-Butt      H0588134   47   May-Thurner, L iliac vein stenosis       venous stent (IR)
5  "Big Al" Lister         H0477016   61   diabetic foot, OM 2nd toe, CLTI          ray amputation + angioplasty
Actions: TW to book CEA for pt 1 within 14 days of symptoms (NICE NG128). Notes typed by H. Drinkall ext 2604.
""",
[("Alisha Rampersad","COLLEAGUE_NAME"),("Paul Steggles","COLLEAGUE_NAME"),("Hayley Drinkall","COLLEAGUE_NAME"),("H. Drinkall","COLLEAGUE_NAME"),("Kathleen SMITHIES","PATIENT_NAME"),("H0512207","HOSPITAL_NUMBER"),
 ("Ron BARRACLOUGH","PATIENT_NAME"),("H0321885","HOSPITAL_NUMBER"),("Kevin","RELATIVE_NAME"),("A.P.","PATIENT_NAME"),("HMP Hull","ADDRESS"),("H0609911","HOSPITAL_NUMBER"),
 ("Shazia Rahman-Butt","PATIENT_NAME"),("H0588134","HOSPITAL_NUMBER"),("Big Al","PATIENT_NAME"),("Lister","PATIENT_NAME"),("H0477016","HOSPITAL_NUMBER"),("ext 2604","PHONE")],
["Mr J Ellerby","Mr T Wisniewski","TW","L ICA 80% (NASCET)","AAA 5.8 cm","EVAR","May-Thurner","NICE NG128","CEA","HUMBER VASCULAR NETWORK MDT"]))

DOCS.append(D("s57-029", "logbook_summary", A4,
"""eLogbook (RCS / ISCP) - Consolidation report - Tomasz Wisniewski - 01/08/2021 to 31/07/2024
Procedure group                         | Perf | S-TS | S-TU | Assist | Total
Open AAA repair (elective)              |  9   |  6   |  3   |  14    |  32
Open AAA repair (ruptured)              |  2   |  2   |  0   |   6    |  10
EVAR (incl. FEVAR assist)               |  4   |  0   |  4   |  27    |  35
Carotid endarterectomy                  | 21   | 11   | 10   |   8    |  50
Infra-inguinal bypass (vein)            | 17   |  9   |  8   |  12    |  46
Major amputation (AKA/BKA)              | 38   | 30   |  8   |   5    |  81
Fasciotomy (4-compartment)              |  7   |  7   |  0   |   1    |   8
Supervision codes: Perf = performed, S-TS = supervised trainer scrubbed, S-TU = trainer unscrubbed.
Validated by: Mr Jonathan Ellerby, Consultant Vascular Surgeon, Educational Supervisor, 05/08/2024.
Note: entries with patient hospital numbers were removed in this report (e.g. line 214 retained "H0392210 - rAAA, died day 2" - deleted).
""",
[("H0392210","HOSPITAL_NUMBER")],
["Tomasz Wisniewski","Mr Jonathan Ellerby","Open AAA repair (elective)","Carotid endarterectomy","Fasciotomy (4-compartment)","rAAA, died day 2","FEVAR","05/08/2024"]))

DOCS.append(D("s57-030", "complaint_response", A4,
"""PALS & Complaints, Hull University Teaching Hospitals NHS Trust
Complaint ref: COMP-HUTH-23-00917     Our ref: PW/ct/00917     Your ref: MP case 4471/AH

Mrs Lorraine Pickering
Flat 12, Marfleet Court
Preston Road, Hull HU9 5QT

8 December 2023

Dear Mrs Pickering,

Re: your late father, Mr Walter Herbert Pickering (DOB 19/02/1938, hospital number H0290044)

Thank you for your letter, forwarded by your MP's office, about your father's care on Ward 8 (Vascular) before his
left below-knee amputation on 02/10/2023. Mr Wiśniewski, Senior Clinical Fellow, has reviewed the notes. He has
accepted that the decision to proceed was not explained to you clearly, and that the junior doctor, Dr Imogen
Tattersall, was not told that your father had asked for you to be present. The nurse in charge, Staff Nurse Callum
Brightwell (NMC PIN 09I2834E), has reflected on the missed pressure area care documented on the Waterlow chart
(score 21).
We apologise. As a result, Ward 8 will use a "what matters to me" board for every patient, and Dr Kwabena
Osei-Mensah will deliver teaching on consent with the Mental Capacity Act 2005 in January.
If you remain unhappy you may contact the Parliamentary and Health Service Ombudsman.

Yours sincerely,
Patricia Wardle, Chief Nurse (signed on behalf of the Chief Executive)
""",
[("COMP-HUTH-23-00917","REFERENCE_NUMBER"),("PW/ct/00917","REFERENCE_NUMBER"),("MP case 4471/AH","REFERENCE_NUMBER"),("Lorraine Pickering","RELATIVE_NAME"),("Pickering","PATIENT_NAME"),
 ("Flat 12, Marfleet Court\nPreston Road, Hull","ADDRESS"),("HU9 5QT","POSTCODE"),("Walter Herbert Pickering","PATIENT_NAME"),("H0290044","HOSPITAL_NUMBER"),
 ("Imogen\nTattersall","COLLEAGUE_NAME"),("Callum\nBrightwell","COLLEAGUE_NAME"),("09I2834E","GMC_NUMBER"),("Kwabena\nOsei-Mensah","COLLEAGUE_NAME"),("Patricia Wardle","COLLEAGUE_NAME")],
["Mr Wiśniewski","DOB 19/02/1938","Ward 8 (Vascular)","below-knee amputation","Waterlow chart","(score 21)","Mental Capacity Act 2005","Parliamentary and Health Service Ombudsman","02/10/2023"]))

DOCS.append(D("s57-031", "clinic_letter_ocr", A4,
"""HULL R0YAL INF1RMARY  Vascu1ar Surgery  0ut-patient c1inic
0ur ref: VAS/TW/8812     Tel: 01632 96O377
Dear Dr Oyinlola Bamgbose-Reid,
Re: Mrs Ena Marqaret Fewster  D0B 3O/12/1944  H0spita1 n0: H04l7753  NHS: 55O 2l8 9O46
    "Oak Lea", 6 Br0ugh R0ad, E11oughton, HU15 lRH
I saw Mrs Fewster ln c1inic t0day with her grands0n Jay. She has a 5.2 cm
infrarena1 AAA 0n survei11ance (pr0gressi0n 0.6 cm in l2 m0nths). BP l58/92,
eGFR 48. 0n ami0dipine 5 mg. We have disc ussed EVAR, which she
wou1d 1ike to c0nsider.
Y0urs sincere1y
Mr T0masz Wisniewski, Seni0r C1inica1 Fe11ow, Vascu1ar Surgery
""",
[("VAS/TW/8812","REFERENCE_NUMBER"),("01632 96O377","PHONE"),("Oyinlola Bamgbose-Reid","COLLEAGUE_NAME"),("Ena Marqaret Fewster","PATIENT_NAME"),("Fewster","PATIENT_NAME"),("H04l7753","HOSPITAL_NUMBER"),
 ("55O 2l8 9O46","NHS_NUMBER"),("Oak Lea","ADDRESS"),("6 Br0ugh R0ad, E11oughton","ADDRESS"),("HU15 lRH","POSTCODE"),("Jay","RELATIVE_NAME")],
["Mr T0masz Wisniewski","D0B 3O/12/1944","HULL R0YAL INF1RMARY","5.2 cm","infrarena1 AAA","BP l58/92","eGFR 48","ami0dipine 5 mg","EVAR"]))

DOCS.append(D("s57-032", "on_call_rota", A4,
"""Vascular on-call rota - Humber arterial centre (HRI) - March 2024 - v3 (final)
Date      Day  1st on (resident)         2nd on (fellow)      Consultant       IR on call
01/03     Fri  Dr B. Oduya (ST3)         T Wisniewski          J Ellerby        A Rampersad
02/03     Sat  Dr C. Mensforth (CT2)     T Wisniewski          S Baig-Holroyd   A Rampersad
03/03     Sun  Dr C. Mensforth (CT2)     T Wisniewski          S Baig-Holroyd   N Flinders
04/03     Mon  Dr L. Kaur (FY2)          F Craddock (ST4)      J Ellerby        N Flinders
Swaps agreed: 09/03 TW <-> FC (approved by rota coord. Mrs Debbie Oxtoby, 01632 960221)
Rota compliant with 2016 TCS: max 72 h in 168 h, 1:6 weekends. Prepared by TW as rota lead; verified J Ellerby.
""",
[("B. Oduya","COLLEAGUE_NAME"),("C. Mensforth","COLLEAGUE_NAME"),("S Baig-Holroyd","COLLEAGUE_NAME"),("A Rampersad","COLLEAGUE_NAME"),("N Flinders","COLLEAGUE_NAME"),("L. Kaur","COLLEAGUE_NAME"),
 ("F Craddock","COLLEAGUE_NAME"),("FC","COLLEAGUE_NAME"),("Debbie Oxtoby","COLLEAGUE_NAME"),("01632 960221","PHONE")],
["T Wisniewski","J Ellerby","TW","2016 TCS","max 72 h in 168 h","1:6 weekends","Humber arterial centre (HRI)"]))

# ---------------- A5 old age psychiatry, India / Scotland (CHI)
DOCS.append(D("s57-033", "clinic_letter", A5,
"""NHS Greater Glasgow and Clyde - Older People's Mental Health
Community Mental Health Team (Older Adults) - Gartnavel Royal Hospital, Glasgow
Tel: 0141 496 0382   Email: opmh.north@ggc-demo.nhs.net

Date: 11/06/2024     Our ref: OPMH/PR/1142/24     CHI: 0712394466

Private and confidential
Dr Fiona McInally, Hyndland Medical Group, 41 Clarence Drive, Glasgow G12 9QN

Dear Dr McInally,

Mr Hector Bruce MacAulay, DOB 07/12/1939, CHI 0712394466
Flat 2/1, 14 Novar Drive, Hyndland, Glasgow G12 9TE

Diagnosis: Alzheimer's disease, mixed type with vascular features (F00.2), moderate severity.
ACE-III 62/100 (attention 13, memory 10, fluency 6, language 20, visuospatial 13). MMSE 19/30.

Thank you for referring Hector, a retired Clyde shipyard electrician (Yarrow's, Scotstoun). He was accompanied by his
daughter, Mrs Morag Connelly, who holds Welfare and Continuing Power of Attorney (OPG ref PA/2021/118823). He has been
wandering at night and was returned home by police from Byres Road on 02/06/2024 (Police Scotland incident 0923 of
02/06/2024).
Plan: start donepezil 5 mg nocte, increase to 10 mg after 4 weeks; ECG done - QTc 432 ms, HR 64. Referral to
Post Diagnostic Support (Alzheimer Scotland link worker, Ms Kirsty Dunlop).

Dr Priya Raghunathan, Specialty Doctor, Old Age Psychiatry
Supervising consultant: Dr Alasdair Strang, Consultant Psychiatrist
""",
[("0141 496 0382","PHONE"),("opmh.north@ggc-demo.nhs.net","EMAIL"),("OPMH/PR/1142/24","REFERENCE_NUMBER"),("0712394466","NHS_NUMBER"),("Fiona McInally","COLLEAGUE_NAME"),("McInally","COLLEAGUE_NAME"),
 ("Hyndland Medical Group, 41 Clarence Drive, Glasgow","ADDRESS"),("G12 9QN","POSTCODE"),("Hector Bruce MacAulay","PATIENT_NAME"),("Flat 2/1, 14 Novar Drive, Hyndland, Glasgow","ADDRESS"),("G12 9TE","POSTCODE"),
 ("Hector","PATIENT_NAME"),("Yarrow's, Scotstoun","ADDRESS"),("Morag Connelly","RELATIVE_NAME"),("PA/2021/118823","REFERENCE_NUMBER"),("Byres Road","ADDRESS"),("0923 of\n02/06/2024","REFERENCE_NUMBER"),("Kirsty Dunlop","COLLEAGUE_NAME")],
["Dr Priya Raghunathan","Dr Alasdair Strang","Gartnavel Royal Hospital","NHS Greater Glasgow and Clyde","DOB 07/12/1939","Alzheimer's disease","(F00.2)","ACE-III 62/100","MMSE 19/30","donepezil 5 mg nocte","QTc 432 ms","Welfare and Continuing Power of Attorney"]))

DOCS.append(D("s57-034", "discharge_summary_original_hi", A5,
"""अखिल भारतीय आयुर्विज्ञान संस्थान, नई दिल्ली
मनोचिकित्सा विभाग - जराचिकित्सा मनोरोग इकाई
डिस्चार्ज सारांश

सी.आर. नं.: 2017/PSY/0081346        वार्ड: ए.बी.-7, बेड 12
रोगी का नाम: श्रीमती कमला देवी अग्रवाल        आयु: 74 वर्ष      लिंग: स्त्री
पति का नाम: श्री रमेश चंद्र अग्रवाल
पता: मकान नं. 221, गली नं. 4, शास्त्री नगर, मेरठ, उत्तर प्रदेश
मोबाइल: 98100 55731

निदान: गंभीर अवसाद प्रकरण, मनोविकृति लक्षणों सहित (F32.3)
उपचार: ईसीटी 8 सत्र (द्विपक्षीय), मिर्टाज़ापीन 30 मि.ग्रा. रात्रि
भर्ती: 03/02/2017      छुट्टी: 09/03/2017
उपचार करने वाले चिकित्सक: डॉ. प्रिया रघुनाथन (सीनियर रेज़िडेंट)
परामर्शदाता: प्रो. (डॉ.) विनोद कुमार सहगल
""",
[("2017/PSY/0081346","HOSPITAL_NUMBER"),("श्रीमती कमला देवी अग्रवाल","PATIENT_NAME"),("श्री रमेश चंद्र अग्रवाल","RELATIVE_NAME"),("मकान नं. 221, गली नं. 4, शास्त्री नगर, मेरठ, उत्तर प्रदेश","ADDRESS"),("98100 55731","PHONE")],
["अखिल भारतीय आयुर्विज्ञान संस्थान, नई दिल्ली","डॉ. प्रिया रघुनाथन","प्रो. (डॉ.) विनोद कुमार सहगल","74 वर्ष","(F32.3)","ईसीटी 8 सत्र","वार्ड: ए.बी.-7, बेड 12"]))

DOCS.append(D("s57-035", "discharge_summary_translation", A5,
"""Translation from Hindi: All India Institute of Medical Sciences, New Delhi
Department of Psychiatry - Geriatric Psychiatry Unit - DISCHARGE SUMMARY
C.R. No.: 2017/PSY/0081346        Ward: AB-7, bed 12
Patient name: Smt. Kamla Devi Agarwal     Age: 74 years     Sex: female
Husband's name: Shri Ramesh Chandra Agarwal
Address: House No. 221, Lane No. 4, Shastri Nagar, Meerut, Uttar Pradesh
Mobile: 98100 55731
Diagnosis: severe depressive episode with psychotic symptoms (F32.3)
Treatment: ECT 8 sessions (bilateral), mirtazapine 30 mg at night
Admitted: 03/02/2017     Discharged: 09/03/2017
Treating doctor: Dr Priya Raghunathan (Senior Resident)
Consultant: Prof. (Dr) Vinod Kumar Sehgal
Translation by Dr Priya Raghunathan; certified by Ms Shalini Bhardwaj, ITI member no. 33108.
""",
[("2017/PSY/0081346","HOSPITAL_NUMBER"),("Smt. Kamla Devi Agarwal","PATIENT_NAME"),("Shri Ramesh Chandra Agarwal","RELATIVE_NAME"),("House No. 221, Lane No. 4, Shastri Nagar, Meerut, Uttar Pradesh","ADDRESS"),("98100 55731","PHONE"),("33108","OTHER_ID")],
["All India Institute of Medical Sciences, New Delhi","Dr Priya Raghunathan","Prof. (Dr) Vinod Kumar Sehgal","Ms Shalini Bhardwaj","Age: 74 years","(F32.3)","ECT 8 sessions (bilateral)","mirtazapine 30 mg","Ward: AB-7, bed 12"]))

DOCS.append(D("s57-036", "statutory_form", A5,
"""MENTAL HEALTH (CARE AND TREATMENT) (SCOTLAND) ACT 2003 - Section 44: Short-term detention certificate
Form STDC 1 - completed by approved medical practitioner (AMP)
Patient: Isobel Jean Rennie (also known as "Ishbel")    CHI: 2304437719    DOB: 23/04/1943   Sex: F
Usual address: 3 Kelvinhaugh Place, Glasgow G3 8NH      Current location: Gartnavel Royal Hospital, Ward Timbury
Mental disorder: mental illness - delusional disorder with late-onset paranoid psychosis; Addenbrooke's not tolerated.
Grounds: significantly impaired decision-making ability because of mental disorder re: medical treatment (refusing
all food believing it poisoned by upstairs neighbour "Mr Quigley"); risk to health.
MHO consulted: Mr Stuart Gallacher (MHO, Glasgow City HSCP) - consent given 15:20, 19/02/2024.
Named person: Mr Graham Rennie (son), 7 Sunnyside Crescent, Motherwell ML1 2QL, tel 07700 900619.
AMP: Dr Priya Raghunathan, Specialty Doctor (AMP approved 2022)   GMC 7366812
Certificate granted: 19/02/2024 at 15:45.   Mental Welfare Commission notified.   MWC ref 24/0219/GG/004
""",
[("Isobel Jean Rennie","PATIENT_NAME"),("Ishbel","PATIENT_NAME"),("2304437719","NHS_NUMBER"),("3 Kelvinhaugh Place, Glasgow","ADDRESS"),("G3 8NH","POSTCODE"),("Quigley","RELATIVE_NAME"),
 ("Stuart Gallacher","COLLEAGUE_NAME"),("Graham Rennie","RELATIVE_NAME"),("7 Sunnyside Crescent, Motherwell","ADDRESS"),("ML1 2QL","POSTCODE"),("07700 900619","PHONE"),("24/0219/GG/004","REFERENCE_NUMBER")],
["Dr Priya Raghunathan","GMC 7366812","DOB: 23/04/1943","Sex: F","Gartnavel Royal Hospital, Ward Timbury","MENTAL HEALTH (CARE AND TREATMENT) (SCOTLAND) ACT 2003","Section 44","Mental Welfare Commission","delusional disorder","19/02/2024 at 15:45"]))

DOCS.append(D("s57-037", "procurator_fiscal_correspondence", A5,
"""COPFS - Scottish Fatalities Investigation Unit (West)
Our ref: SFIU/W/2023/004471    Your ref: GRH/OPMH/RI
Date: 04/10/2023

Dr Priya Raghunathan
Gartnavel Royal Hospital

Dear Dr Raghunathan,

Death of: Alexander "Sandy" Dunbar McGarrigle (DOB 11/05/1936, CHI 1105361290)
Date of death: 21/09/2023, Ward Rowanbank, Gartnavel Royal Hospital

The Procurator Fiscal has been informed of the above death following a fall on the ward (the deceased was subject
to a guardianship order under the Adults with Incapacity (Scotland) Act 2000). I should be grateful if you would
provide a statement covering your assessment on 19/09/2023, the falls risk assessment (Morse Fall Scale 65) and
the decision not to use a low-low bed. Please also name the staff present; we understand Staff Nurse Aileen
Farquharson and Dr Ruaridh Stevenson (FY2) were on duty, and that the deceased's son-in-law, Mr Tam Baird, has
raised concerns.
Police Scotland reference: PS-20230921-3317.

Please reply to Mrs Jacqueline Hannah, Precognition Officer, 0141 496 0655, jacqueline.hannah@copfs.example.gov.uk.

Yours faithfully, J. Hannah
""",
[("SFIU/W/2023/004471","REFERENCE_NUMBER"),("GRH/OPMH/RI","REFERENCE_NUMBER"),("Alexander","PATIENT_NAME"),("Sandy","PATIENT_NAME"),("Dunbar McGarrigle","PATIENT_NAME"),("1105361290","NHS_NUMBER"),
 ("Aileen\nFarquharson","COLLEAGUE_NAME"),("Ruaridh Stevenson","COLLEAGUE_NAME"),("Tam Baird","RELATIVE_NAME"),("PS-20230921-3317","REFERENCE_NUMBER"),("Jacqueline Hannah","COLLEAGUE_NAME"),("J. Hannah","COLLEAGUE_NAME"),
 ("0141 496 0655","PHONE"),("jacqueline.hannah@copfs.example.gov.uk","EMAIL")],
["Dr Priya Raghunathan","Dr Raghunathan","DOB 11/05/1936","Ward Rowanbank, Gartnavel Royal Hospital","Adults with Incapacity (Scotland) Act 2000","Morse Fall Scale 65","21/09/2023","low-low bed"]))

DOCS.append(D("s57-038", "caseload_list", A5,
"""OPMH North CMHT - Dr PR caseload review with Dr A. Strang - 28/03/2024
Initials | CHI        | Age | Dx (ICD-10)       | Meds                         | RAG | Next
JMcK     | 0401329915 | 92  | F01.1 VaD         | -                            | A   | home visit w/ CPN Lisa
RO'H     | 1709408872 | 83  | F31.3 BPAD dep    | lithium 400 mg (level 0.6)   | R   | renal fn, U&E Fri
DSt      | 2612387740 | 85  | F05.1 delirium/AD | rivastigmine patch 9.5 mg    | G   | 3/12
EK-B     | 0310441106 | 80  | F33.2 RDD         | sertraline 100 mg, ECT x 6   | A   | ECT review - daughter Tina to attend
WL       | 1511359933 | 88  | F02.3 PDD         | quetiapine 25 mg (caution)   | R   | falls clinic; lives Knightswood sheltered hsg
Notes: PR to complete AWI s47 for EK-B. Lisa = Lisa Fairbairn CPN.
""",
[("JMcK","PATIENT_NAME"),("0401329915","NHS_NUMBER"),("RO'H","PATIENT_NAME"),("1709408872","NHS_NUMBER"),("DSt","PATIENT_NAME"),("2612387740","NHS_NUMBER"),("EK-B","PATIENT_NAME"),("0310441106","NHS_NUMBER"),
 ("Tina","RELATIVE_NAME"),("WL","PATIENT_NAME"),("1511359933","NHS_NUMBER"),("Knightswood sheltered hsg","ADDRESS"),("Lisa","COLLEAGUE_NAME"),("Lisa Fairbairn","COLLEAGUE_NAME")],
["Dr PR","PR","Dr A. Strang","lithium 400 mg (level 0.6)","rivastigmine patch 9.5 mg","sertraline 100 mg","quetiapine 25 mg","F01.1 VaD","F31.3 BPAD dep","AWI s47"]))

DOCS.append(D("s57-039", "email", A5,
"""From: Raghunathan Priya (NHS Greater Glasgow & Clyde) <priya.raghunathan3@nhs.net>
To: Euan Tulloch <euan.tulloch@example.co.uk>
Cc: Strang Alasdair (NHS GGC)
Subject: RE: Mum - Mrs Agnes Tulloch - memory clinic appointment [Ref OPMH/PR/0931/23]
Date: Tue, 14 Nov 2023 16:22:08 +0000

Dear Mr Tulloch,

Thank you for your email about your mother. I am sorry to hear she got lost coming back from the Partick
Burgh Hall lunch club. I have brought her review forward to Thursday 23/11/2023 at 10:30, Gartnavel Royal
Hospital, Outpatients B. Your sister Elspeth is welcome to attend by video.
The amyloid PET is not available routinely; the CT head showed small vessel disease (Fazekas 2).
With best wishes,
Dr Priya Raghunathan
Specialty Doctor, Old Age Psychiatry | Tel 0141 496 0390 (secretary, Mrs Gwen Laird)

> From: Euan Tulloch, Sent: 13 November 2023 21:40
> Mum (Agnes, CHI 2208371144) went missing for 3 hours on Saturday, my mobile is 07700 900210 ...
""",
[("priya.raghunathan3@nhs.net","EMAIL"),("Euan Tulloch","RELATIVE_NAME"),("euan.tulloch@example.co.uk","EMAIL"),("Agnes Tulloch","PATIENT_NAME"),("OPMH/PR/0931/23","REFERENCE_NUMBER"),("Tulloch","RELATIVE_NAME"),
 ("Partick\nBurgh Hall lunch club","ADDRESS"),("Elspeth","RELATIVE_NAME"),("0141 496 0390","PHONE"),("Gwen Laird","COLLEAGUE_NAME"),("Agnes","PATIENT_NAME"),("2208371144","NHS_NUMBER"),("07700 900210","PHONE")],
["Dr Priya Raghunathan","Raghunathan Priya","Strang Alasdair","Gartnavel Royal\nHospital","Fazekas 2","small vessel disease","23/11/2023 at 10:30"]))

DOCS.append(D("s57-040", "wpba_cbd", A5,
"""Royal College of Psychiatrists Portfolio Online - Case-based Discussion (CBD)
Trainee: Dr Priya Raghunathan          Assessor: Dr Alasdair Strang, Consultant in Old Age Psychiatry
Date: 16/01/2024          Case complexity: high          Setting: inpatient, Ward Timbury
Case: 79-year-old man with Lewy body dementia (DLB, McKeith 2017 criteria - probable), visual hallucinations,
REM sleep behaviour disorder, neuroleptic sensitivity after haloperidol 0.5 mg given by out-of-hours GP.
(Trainee used the pseudonym "Mr X"; the discharge letter attached to the CBD shows CHI 1902446630 - remove.)
Discussion points: DaTSCAN interpretation, rivastigmine titration, Lewy Body Society advice, risk of NMS, AWI s47
certificate and capacity for treatment, carer strain (wife, Mrs Rosemary Kerr-Dalziel, Zarit 41).
Rating: performing at the level expected for completion of higher training (ST6) in all domains.
Assessor GMC: 4520193
""",
[("1902446630","NHS_NUMBER"),("Rosemary Kerr-Dalziel","RELATIVE_NAME"),("4520193","GMC_NUMBER")],
["Dr Priya Raghunathan","Dr Alasdair Strang","79-year-old man","Lewy body dementia","McKeith 2017","haloperidol 0.5 mg","DaTSCAN","rivastigmine","Zarit 41","AWI s47","Ward Timbury"]))

# ---------------- A6 clinical radiology, Iraq / Sheffield
DOCS.append(D("s57-041", "radiology_report", A6,
"""SHEFFIELD TEACHING HOSPITALS - NORTHERN GENERAL HOSPITAL - RADIOLOGY
Exam: CT pulmonary angiogram     Accession: NGH24CT0119384     Requested by: Dr Mehdi Rostami (AMU)
Patient: FIRTH, Graham Keith    DOB: 16/10/1970   M    RIS/PAS no: S3029915   NHS: 938 402 7716
Clinical details: pleuritic chest pain, Wells 6, D-dimer 3,400, HR 118, 3/52 post right TKR.
Technique: CTPA, 60 mL Omnipaque 350, bolus tracking.
Findings: Saddle embolus extending into both main pulmonary arteries with lobar and segmental filling defects
bilaterally. RV:LV ratio 1.4, flattening of the interventricular septum, reflux of contrast into the IVC and hepatic
veins - features of right heart strain. Small right lower lobe wedge-shaped infarct. No pleural effusion.
Conclusion: Massive/submassive PE with right heart strain. Discussed by telephone with Dr Rostami at 02:14,
also with the on-call medical registrar Dr Chidinma Eze-Walsh (bleep 2710), 02:20. PERT activated.
Reported by: Dr Haider Al-Jubouri, Consultant Radiologist (locum), 14/02/2024 02:11
Verified: Dr Julia Mortimer-Reeves, Consultant Radiologist (supervisor)
""",
[("NGH24CT0119384","OTHER_ID"),("Mehdi Rostami","COLLEAGUE_NAME"),("Rostami","COLLEAGUE_NAME"),("FIRTH, Graham Keith","PATIENT_NAME"),("S3029915","HOSPITAL_NUMBER"),("938 402 7716","NHS_NUMBER"),
 ("Chidinma Eze-Walsh","COLLEAGUE_NAME"),("bleep 2710","PHONE")],
["Dr Haider Al-Jubouri","Dr Julia Mortimer-Reeves","NORTHERN GENERAL HOSPITAL","DOB: 16/10/1970","Wells 6","D-dimer 3,400","Omnipaque 350","Saddle embolus","RV:LV ratio 1.4","right TKR","PERT"]))

DOCS.append(D("s57-042", "radiology_report", A6,
"""MRI LIVER (Primovist)                                    S4412086 / 24MR0883102 / 8823 114 005
JAMESON Tracy L, 52F, 08/07/1971
History: known hepatitis C cirrhosis (SVR 2019), AFP 48, new 2.4 cm segment VIII lesion on surveillance US.
Comparison: CT 03/2023.
Findings: 26 mm segment VIII observation with non-rim arterial phase hyperenhancement, non-peripheral washout on
portal venous phase and enhancing capsule. Hypointense on hepatobiliary phase. No tumour in vein. Spleen 14.2 cm,
varices at the gastro-oesophageal junction. Small volume ascites.
Impression: LI-RADS 5 (definite HCC), 26 mm, segment VIII. Within Milan criteria. For HPB MDT (list of 19/03/2024,
case 7). Patient's partner Martin phoned for results (01632 960640) - redirected to hepatology CNS.
Reported: Dr H. Al-Jubouri                    Countersigned: Dr J. Mortimer-Reeves
""",
[("S4412086","HOSPITAL_NUMBER"),("24MR0883102","OTHER_ID"),("8823 114 005","NHS_NUMBER"),("JAMESON Tracy L","PATIENT_NAME"),("Martin","RELATIVE_NAME"),("01632 960640","PHONE")],
["Dr H. Al-Jubouri","Dr J. Mortimer-Reeves","52F","08/07/1971","AFP 48","LI-RADS 5 (definite HCC)","Milan criteria","Primovist","Spleen 14.2 cm","segment VIII"]))

DOCS.append(D("s57-043", "radiology_report_original_ku", A6,
"""نەخۆشخانەی فێرکاری ڕزگاری - هەولێر
بەشی تیشک و وێنەگرتن
ڕاپۆرتی سی تی سکی

ناوی نەخۆش: دلێر عەبدولڕەحمان کەریم        تەمەن: ٣٤ ساڵ    ڕەگەز: نێر
ژمارەی تۆمار: ڕز/٢٠٢٠/١١٨٣٤
ناونیشان: گەڕەکی ئازادی، کۆڵانی ١٢، خانووی ٤٧، هەولێر
ژمارەی مۆبایل: ٠٧٥٠ ٤٤٧ ٢٢١٩

دۆزینەوەکان: بەردی گورچیلەی ڕاست ١٤ ملم لە بۆری گورچیلە، هایدرۆنیفرۆسیسی پلە ٢.
ئەنجام: بەردی بۆری گورچیلەی ڕاست لەگەڵ ئاوسانی گورچیلە.

دکتۆری ڕاپۆرتنووس: د. حەیدەر الجبوری
سەرپەرشتیار: پ.د. سۆران محەمەد ئەمین
""",
[("دلێر عەبدولڕەحمان کەریم","PATIENT_NAME"),("ڕز/٢٠٢٠/١١٨٣٤","HOSPITAL_NUMBER"),("گەڕەکی ئازادی، کۆڵانی ١٢، خانووی ٤٧، هەولێر","ADDRESS"),("٠٧٥٠ ٤٤٧ ٢٢١٩","PHONE")],
["نەخۆشخانەی فێرکاری ڕزگاری","د. حەیدەر الجبوری","پ.د. سۆران محەمەد ئەمین","٣٤ ساڵ","١٤ ملم","هایدرۆنیفرۆسیسی پلە ٢"]))

DOCS.append(D("s57-044", "radiology_report_translation", A6,
"""Translation from Kurdish (Sorani): Rizgary Teaching Hospital - Erbil
Department of Radiology and Imaging - CT abdomen report

Patient name: Dler Abdulrahman Karim      Age: 34 years    Sex: male
Registration no.: RZ/2020/11834
Address: Azadi quarter, lane 12, house 47, Erbil
Mobile no.: 0750 447 2219

Findings: right ureteric calculus 14 mm, grade 2 hydronephrosis.
Conclusion: right ureteric stone with hydronephrosis.

Reporting doctor: Dr Haider Al-Jubouri
Supervisor: Prof. Soran Mohammed Amin
Translated by: Mr Rebwar Hawrami, certified translator (Erbil), 02/03/2022.
""",
[("Dler Abdulrahman Karim","PATIENT_NAME"),("RZ/2020/11834","HOSPITAL_NUMBER"),("Azadi quarter, lane 12, house 47, Erbil","ADDRESS"),("0750 447 2219","PHONE")],
["Rizgary Teaching Hospital","Dr Haider Al-Jubouri","Prof. Soran Mohammed Amin","Mr Rebwar Hawrami","Age: 34 years","Sex: male","14 mm","grade 2 hydronephrosis"]))

DOCS.append(D("s57-045", "discrepancy_meeting_minutes", A6,
"""Radiology Events and Learning Meeting (REALM) - Northern General Hospital - 06/03/2024
Chair / convenor: Dr Haider Al-Jubouri       Attendance: 17 (consultants 9, StRs 6, reporting radiographers 2)
Case 1 - missed 8 mm right apical nodule on CXR (retrospectively visible). Original reporter: Dr Simon Hebblethwaite.
  Patient: 61F, S3880217. Later CT: 22 mm adenocarcinoma. Grade: 2 (minor, learning). Datix 228841 linked.
Case 2 - scaphoid waist fracture on follow-up; initial radiograph reported by reporting radiographer Nadia Qasim.
  Learning: scaphoid series, "snuffbox" views.
Case 3 - satisfaction of search: subdural + missed C2 fracture, CT trauma, reported by StR Dr Owain Bellamy at 03:40.
  Patient: "BN", 78M, fall at Meadowhall shopping centre. Harm review requested.
Learning points circulated by Dr Al-Jubouri. Feedback: 15/17 rated the meeting "useful" or "very useful".
""",
[("Simon Hebblethwaite","COLLEAGUE_NAME"),("S3880217","HOSPITAL_NUMBER"),("228841","REFERENCE_NUMBER"),("Nadia Qasim","COLLEAGUE_NAME"),("Owain Bellamy","COLLEAGUE_NAME"),("BN","PATIENT_NAME"),("Meadowhall shopping centre","ADDRESS")],
["Dr Haider Al-Jubouri","Dr Al-Jubouri","Northern General Hospital","8 mm","61F","22 mm adenocarcinoma","78M","C2 fracture","scaphoid waist fracture","REALM"]))

DOCS.append(D("s57-046", "reporting_log_csv", A6,
"""reporter,date,modality,accession,pas,exam,turnaround_h,double_read_agreement
HAJ,04/03/2024,CT,NGH24CT0144020,S2290341,CT head non-contrast,0.6,agree
HAJ,04/03/2024,CT,NGH24CT0144057,S4001873,CT CAP staging,22.1,agree
HAJ,04/03/2024,MR,NGH24MR0081920,S1178402,MR lumbar spine,47.0,minor (L4/5 foraminal)
HAJ,05/03/2024,US,NGH24US0230116,S3555019,US renal,3.2,agree
HAJ,05/03/2024,CT,NGH24CT0144311,S2090448,CT angio circle of Willis,0.4,agree
HAJ,05/03/2024,XR,NGH24XR1100276,S0672291,XR chest,1.1,disagree - see REALM
# HAJ = Dr Haider Al-Jubouri; double reads by Dr J. Mortimer-Reeves; audit target CT head OOH < 1 h (RCR)
""",
[("NGH24CT0144020","OTHER_ID"),("S2290341","HOSPITAL_NUMBER"),("NGH24CT0144057","OTHER_ID"),("S4001873","HOSPITAL_NUMBER"),("NGH24MR0081920","OTHER_ID"),("S1178402","HOSPITAL_NUMBER"),
 ("NGH24US0230116","OTHER_ID"),("S3555019","HOSPITAL_NUMBER"),("NGH24CT0144311","OTHER_ID"),("S2090448","HOSPITAL_NUMBER"),("NGH24XR1100276","OTHER_ID"),("S0672291","HOSPITAL_NUMBER")],
["HAJ","Dr Haider Al-Jubouri","Dr J. Mortimer-Reeves","CT head non-contrast","MR lumbar spine","CT angio circle of Willis","L4/5 foraminal","CT head OOH < 1 h (RCR)"]))

DOCS.append(D("s57-047", "radiology_report_ocr", A6,
"""N0RTHERN GENERAL H0SP1TAL - U1TRAS0UND
Pt: MUSGR0VE, Ke11y-Anne     D0B l4/O2/1989   F
PAS: S5l12O48    NHS: 7O4 99l 3382    Acc: NGH23USO2l7745
Referr er: Dr Amrit Sand hu, Firth Park Surgery
C1inical: RUQ pain, p0st-prandia1, Murphy's +ve
Findings: Ga11b1adder disten ded, wa11 4.5 mm, mu1tip1e ca1cu1i, 1argest 18 mm,
impacted at the neck. Peri-cho1ecystic f1uid. CBD 5 mm. Liver n0rmal.
C0nc1usion: acute ca1cu10us cho1ecystitis.
Rep0rted: Dr H. A1-Jub0uri   22/ll/2O23
""",
[("MUSGR0VE, Ke11y-Anne","PATIENT_NAME"),("S5l12O48","HOSPITAL_NUMBER"),("7O4 99l 3382","NHS_NUMBER"),("NGH23USO2l7745","OTHER_ID"),("Amrit Sand hu","COLLEAGUE_NAME"),("Firth Park Surgery","ADDRESS")],
["Dr H. A1-Jub0uri","D0B l4/O2/1989","Murphy's +ve","wa11 4.5 mm","1argest 18 mm","CBD 5 mm","acute ca1cu10us cho1ecystitis","N0RTHERN GENERAL H0SP1TAL"]))
