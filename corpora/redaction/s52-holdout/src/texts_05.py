# Hand-typed documents s52-059 .. s52-072
# Applicants: Dr Mahmoud El-Sayed (medical oncology), Dr Ioana Constantinescu (emergency medicine)

DOCS = []

DOCS.append(dict(
id="s52-059", kind="oncology_clinic_letter", applicant="Dr Mahmoud El-Sayed",
text="""Velindre Cancer Centre, Velindre University NHS Trust
Lung Cancer Clinic - Consultant: Dr Catrin Pryce-Jones

Clinic date: 05/06/2023        Dictated by: Dr Mahmoud El-Sayed, Specialty Doctor in Medical Oncology
Hospital no: VCC 7730158      NHS no: 725 717 2161

Dr Rhodri Gwynne-Evans
Ystrad Mynach Health Centre

Dear Dr Gwynne-Evans

Re: Mrs Carys Bevan-Pritchard, DOB 14/02/1958
    31 Heol y Parc, Cefn Fforest, Blackwood NP12 3JT

Diagnosis: Adenocarcinoma of right upper lobe, T2bN2M1c (stage IVB) - bone and adrenal metastases; PD-L1 TPS 60%; EGFR/ALK/ROS1 negative, KRAS G12C mutation
Treatment: Cycle 3 of carboplatin AUC5 + pemetrexed 500 mg/m2 + pembrolizumab 200 mg (21-day cycle)
Performance status: ECOG 1

Today Carys reports grade 2 fatigue and grade 1 nausea (CTCAE v5.0). No diarrhoea, no rash, no cough or breathlessness suggesting pneumonitis. TSH 3.1, free T4 14, cortisol 412 at 09:00. Bloods: Hb 109, neutrophils 1.9, platelets 162, creatinine 71 (CrCl 68 mL/min).
CT after cycle 2: partial response (RECIST 1.1: sum of diameters 94 -> 61 mm). 
She has asked about her granddaughter's wedding in Tenerife in August - I explained travel insurance and neutropenic sepsis risk; she will discuss with her husband Emrys.

Plan: proceed with cycle 3 today, folic acid and B12 continue, dexamethasone 4 mg BD day -1 to +1. After cycle 4, continue pembrolizumab + pemetrexed maintenance. Zoledronic acid 4 mg 3-weekly (dental check done). Acute oncology helpline 24h: 029 2018 0742. CNS: Sioned Probert.

Yours sincerely
Dr Mahmoud El-Sayed MBBCh, MSc, MRCP (UK), MRCP (Medical Oncology) SCE
""",
ids=[("VCC 7730158","HOSPITAL_NUMBER"),("725 717 2161","NHS_NUMBER"),("Rhodri Gwynne-Evans","COLLEAGUE_NAME"),("Dr Gwynne-Evans","COLLEAGUE_NAME"),
     ("Carys Bevan-Pritchard","PATIENT_NAME"),("31 Heol y Parc, Cefn Fforest, Blackwood","ADDRESS"),("NP12 3JT","POSTCODE"),("Carys","PATIENT_NAME"),
     ("Emrys","RELATIVE_NAME"),("029 2018 0742","PHONE"),("Sioned Probert","COLLEAGUE_NAME")],
keep=["Dr Catrin Pryce-Jones","Dr Mahmoud El-Sayed","14/02/1958","T2bN2M1c","PD-L1 TPS 60%","KRAS G12C","carboplatin AUC5","pemetrexed 500 mg/m2",
      "pembrolizumab 200 mg","ECOG 1","CTCAE v5.0","RECIST 1.1","dexamethasone 4 mg BD","Zoledronic acid 4 mg","Velindre Cancer Centre","CrCl 68 mL/min"],
))

DOCS.append(dict(
id="s52-060", kind="mdt_outcomes", applicant="Dr Mahmoud El-Sayed",
text="""SOUTH EAST WALES UPPER GI CANCER MDT - OUTCOMES   Thursday 12/10/2023   (Canisc extract)
Chair: Mr Iwan Lloyd-Rees (surgeon)   Oncology: Dr C Pryce-Jones / Dr M El-Sayed   Radiology: Dr Asha Varghese   Pathology: Dr Gethin Morse
Coordinator: Bethan Cadwaladr (tel 029 2018 0615)

1. DAVIES, Glenys Mary   CRN 03D118872   NHS 967 700 2929   74F   Referred by UHW
   Oesophageal adenocarcinoma (GOJ Siewert II), cT3N1M0, HER2 negative, PS 1.
   Outcome: neoadjuvant FLOT x4 -> surgical review (Ivor Lewis). Dr El-Sayed to see in clinic 19/10. Dietitian referral (weight loss 9%).
2. KHALIQ, Tariq   CRN 03K221045   NHS 666 765 7121   58M
   Gastric adenocarcinoma, peritoneal disease on staging laparoscopy, PD-L1 CPS 7, HER2 3+. 
   Outcome: palliative trastuzumab + capecitabine/oxaliplatin; consider pembrolizumab per NICE TA. Clinic with Dr El-Sayed; wife Samina asked for an Urdu interpreter.
3. "Mr P" PRICE, Hywel   CRN 03P090317   NHS 239 007 2496   81M
   Pancreatic head adenocarcinoma, borderline resectable, CA19-9 1,204. PS 2. Biliary stent 04/10.
   Outcome: frailty review; gemcitabine + capecitabine if PS improves, otherwise best supportive care; discuss with daughter (Mererid, LPA) and GP Dr Owain Hiscocks.
Actions allocated in Canisc. Next MDT 19/10/2023.
""",
ids=[("Iwan Lloyd-Rees","COLLEAGUE_NAME"),("Asha Varghese","COLLEAGUE_NAME"),("Gethin Morse","COLLEAGUE_NAME"),("Bethan Cadwaladr","COLLEAGUE_NAME"),
     ("029 2018 0615","PHONE"),("DAVIES, Glenys Mary","PATIENT_NAME"),("03D118872","HOSPITAL_NUMBER"),("967 700 2929","NHS_NUMBER"),
     ("KHALIQ, Tariq","PATIENT_NAME"),("03K221045","HOSPITAL_NUMBER"),("666 765 7121","NHS_NUMBER"),("Samina","RELATIVE_NAME"),
     ("Mr P","PATIENT_NAME"),("PRICE, Hywel","PATIENT_NAME"),("03P090317","HOSPITAL_NUMBER"),("239 007 2496","NHS_NUMBER"),("Mererid","RELATIVE_NAME"),
     ("Owain Hiscocks","COLLEAGUE_NAME")],
keep=["Dr C Pryce-Jones","Dr M El-Sayed","Dr El-Sayed","cT3N1M0","Siewert II","FLOT x4","PD-L1 CPS 7","HER2 3+","trastuzumab","CA19-9 1,204","74F","PS 2",
      "12/10/2023"],
))

DOCS.append(dict(
id="s52-061", kind="foreign_report_with_translation", applicant="Dr Mahmoud El-Sayed",
text="""مستشفيات جامعة عين شمس
مركز الأورام - قسم علاج الأورام والطب النووي
تقرير طبي

الاسم: سامية عبد الفتاح الشربيني
السن: 53 سنة        تاريخ الميلاد: 1965/03/12
الرقم القومي: ٢٦٥٠٣١٢٠١٠٤٥٢١
رقم الملف: 2018/44719
العنوان: ١٢ شارع الخليفة المأمون، مصر الجديدة، القاهرة
تليفون الابن (كريم): 01000004527

التشخيص: سرطان الثدي الأيسر (سرطان قنوي غازي)، المرحلة الثالثة أ، مستقبلات الهرمونات موجبة، HER2 سلبي
العلاج: علاج كيميائي قبل الجراحة (4 دورات AC ثم باكليتاكسيل أسبوعيا لمدة 12 أسبوع)، ثم استئصال جذري معدل للثدي، ثم علاج إشعاعي، ثم تاموكسيفين 20 مجم يوميا.
الطبيب المعالج: د. محمود السيد (طبيب مقيم)
رئيس القسم: أ.د. هالة منصور (توقيع واعتماد)
التاريخ: 2018/09/30

--- English translation (by the applicant, verified by Prof. Hala Mansour) ---
AIN SHAMS UNIVERSITY HOSPITALS - Oncology Centre, Department of Clinical Oncology and Nuclear Medicine
MEDICAL REPORT
Name: Samia Abdel-Fattah El-Sherbiny
Age: 53 years    Date of birth: 12/03/1965
National ID: 26503120104521
File number: 2018/44719
Address: 12 El-Khalifa El-Maamoun Street, Heliopolis, Cairo
Son's telephone (Karim): 01000004527
Diagnosis: carcinoma of the left breast (invasive ductal carcinoma), stage IIIA, hormone receptor positive, HER2 negative
Treatment: neoadjuvant chemotherapy (4 cycles AC then weekly paclitaxel for 12 weeks), then modified radical mastectomy, then radiotherapy, then tamoxifen 20 mg daily.
Treating doctor: Dr Mahmoud El-Sayed (resident)
Head of Department: Prof. Hala Mansour (signature and approval)
Date: 30/09/2018
""",
ids=[("سامية عبد الفتاح الشربيني","PATIENT_NAME"),("٢٦٥٠٣١٢٠١٠٤٥٢١","OTHER_ID"),("2018/44719","HOSPITAL_NUMBER"),
     ("١٢ شارع الخليفة المأمون، مصر الجديدة، القاهرة","ADDRESS"),("كريم","RELATIVE_NAME"),("01000004527","PHONE"),
     ("Samia Abdel-Fattah El-Sherbiny","PATIENT_NAME"),("26503120104521","OTHER_ID"),("12 El-Khalifa El-Maamoun Street, Heliopolis, Cairo","ADDRESS"),
     ("Karim","RELATIVE_NAME")],
keep=["مستشفيات جامعة عين شمس","د. محمود السيد","أ.د. هالة منصور","1965/03/12","12/03/1965","Dr Mahmoud El-Sayed","Prof. Hala Mansour","stage IIIA",
      "tamoxifen 20 mg daily","HER2 negative","53 years"],
))

DOCS.append(dict(
id="s52-062", kind="incident_report", applicant="Dr Mahmoud El-Sayed",
text="""LFPSE (Learn from Patient Safety Events) - record summary, exported by reporter
LFPSE reference: W7-2024-0116235     Local ref (Datix Cymru): VEL-INC-24-0388
Reporter: Dr Mahmoud El-Sayed (Medical Oncology)    Date reported: 18/01/2024
Event date/time: 16/01/2024 21:30    Location: Emergency Department, University Hospital of Wales (patient under Velindre)
Event type: Delay in treatment - neutropenic sepsis    Outcome for patient: moderate physical harm (ICU admission 2 days)

Patient: 44F, Velindre no. VCC 7801443, NHS 378 405 5362 - day 9 after cycle 2 docetaxel 75 mg/m2 (breast cancer, adjuvant). Name: Ffion Gwilliam-Hart.
What happened: Patient rang the Acute Oncology 24h line at 20:05 with temp 38.6 C; triaged RED (UKONS) and told to attend UHW ED. Arrived 21:30. Door-to-needle time for piperacillin-tazobactam 4.5 g: 2 h 55 min (standard: 60 min). Neutrophils 0.1. She became hypotensive (BP 78/42) at 23:40; transferred to ICU; 2 days noradrenaline. Full recovery; G-CSF added for subsequent cycles.
Contributing factors: ED at OPEL 4 with 19 patients waiting for beds; the ED SHO (Dr Nathaniel Proudfoot) did not recognise the "neutropenic sepsis alert card"; no AOS nurse out of hours; the triage nurse (Charge Nurse Elis Rowlands) assessed NEWS2 as 3.
Duty of candour: completed by me with the patient and her partner (Jac) on 17/01/2024.
Actions: AOS to join ED huddles; PGD for nurse-initiated antibiotics in ED for oncology patients with alert card (lead: Dr Catrin Pryce-Jones).
""",
ids=[("W7-2024-0116235","REFERENCE_NUMBER"),("VEL-INC-24-0388","REFERENCE_NUMBER"),("VCC 7801443","HOSPITAL_NUMBER"),("378 405 5362","NHS_NUMBER"),
     ("Ffion Gwilliam-Hart","PATIENT_NAME"),("Nathaniel Proudfoot","COLLEAGUE_NAME"),("Elis Rowlands","COLLEAGUE_NAME"),("Jac","RELATIVE_NAME")],
keep=["Dr Mahmoud El-Sayed","Dr Catrin Pryce-Jones","44F","docetaxel 75 mg/m2","temp 38.6 C","piperacillin-tazobactam 4.5 g","2 h 55 min","Neutrophils 0.1",
      "BP 78/42","G-CSF","UKONS","University Hospital of Wales","NEWS2 as 3"],
))

DOCS.append(dict(
id="s52-063", kind="email_thread", applicant="Dr Mahmoud El-Sayed",
text="""From: El-Sayed, Mahmoud (Velindre - Medical Oncology)
To: Trials Unit Velindre <vcc.trialsunit@wales.example.nhs.uk>
Cc: Pryce-Jones, Catrin (Velindre - Medical Oncology); Hughes-Morgan, Lowri (Research Nurse)
Date: Tue 14/11/2023 16:22
Subject: RE: KEYNOTE-style study screening - screening no. SCR-0447 / participant 10-3382

Hi Lowri,

Thanks. Mr Emyr Thomas (VCC 7744120, DOB 08/08/1966) has now signed consent v4.1 - I witnessed it in clinic today. Eligibility points:
- Measurable disease per RECIST 1.1: yes (left adrenal 34 mm)
- ECOG 0
- No prior anti-PD-1
- eGFR 74; ALT 22; bilirubin 9
- Brain MRI 09/11/2023: no metastases
- Exclusion 7 (autoimmune disease): his psoriasis is mild, topical only - please confirm with the sponsor medical monitor before randomisation.

His daughter Nia Thomas works in the radiology department - he asked that his scans are not reported by anyone he knows; I have flagged this.

Mahmoud
Dr Mahmoud El-Sayed | Specialty Doctor, Medical Oncology | Velindre Cancer Centre | Tel: 029 2018 0367

---- Original message ----
From: Hughes-Morgan, Lowri (Research Nurse)  lowri.hughes-morgan@wales.example.nhs.uk
Sent: 13/11/2023 09:05
Mahmoud - screening log updated, participant number will be 10-3382 if eligible. Trial portal: https://trials-portal.example.org/site/10/participant/3382
Lowri
""",
ids=[("vcc.trialsunit@wales.example.nhs.uk","EMAIL"),("Hughes-Morgan, Lowri","COLLEAGUE_NAME"),("SCR-0447","OTHER_ID"),("10-3382","OTHER_ID"),
     ("Lowri","COLLEAGUE_NAME"),("Emyr Thomas","PATIENT_NAME"),("VCC 7744120","HOSPITAL_NUMBER"),("Nia Thomas","RELATIVE_NAME"),("029 2018 0367","PHONE"),
     ("lowri.hughes-morgan@wales.example.nhs.uk","EMAIL"),("https://trials-portal.example.org/site/10/participant/3382","URL")],
keep=["El-Sayed, Mahmoud","Pryce-Jones, Catrin","Dr Mahmoud El-Sayed","Mahmoud","08/08/1966","RECIST 1.1","ECOG 0","eGFR 74","consent v4.1","34 mm"],
))

DOCS.append(dict(
id="s52-064", kind="reflection", applicant="Dr Mahmoud El-Sayed",
text="""Reflective practice - breaking bad news when the family asks me not to tell the patient
Dr Mahmoud El-Sayed - 02/03/2024 - for the Communication / Professionalism domain

The situation
Mr Aled Pugh-Harries, 69, had been on second-line chemotherapy for metastatic colorectal cancer (FOLFIRI + panitumumab). His CT showed clear progression with new liver metastases and ascites. Before clinic, his wife Gaynor and son Dafydd stopped me in the corridor and asked me not to tell him - "he'll give up, doctor". In Cairo, where I trained, this request was common and often honoured; I felt the pull of that habit.

What I did
I thanked them, acknowledged their love for him, and explained that I would not force information on Aled, but I could not lie if he asked. In the consultation, I asked him "How much would you like to know about the scan?" He said: "Everything - I know it's bad." With Gaynor holding his hand, I explained the scan and that more chemotherapy was unlikely to help (PS 2, albumin 28). We discussed best supportive care and referral to the community palliative care team (Marie Curie nurse Bronwen Lake). He chose to go home to Porthcawl.

Learning
- The GMC guidance "Decision making and consent" (2020) is clear that the patient decides how much they want to know.
- Asking permission first, and naming the family's fear with them present, protected trust.
- I discussed this at supervision with Dr Catrin Pryce-Jones, who shared the SPIKES framework and the "ask-tell-ask" technique.
Verified: Dr Catrin Pryce-Jones, Consultant Medical Oncologist, 08/03/2024
""",
ids=[("Aled Pugh-Harries","PATIENT_NAME"),("Gaynor","RELATIVE_NAME"),("Dafydd","RELATIVE_NAME"),("Aled","PATIENT_NAME"),("Bronwen Lake","COLLEAGUE_NAME"),
     ("Porthcawl","ADDRESS")],
keep=["Dr Mahmoud El-Sayed","Dr Catrin Pryce-Jones","69","FOLFIRI + panitumumab","PS 2","albumin 28","SPIKES","Decision making and consent","Cairo"],
))

DOCS.append(dict(
id="s52-065", kind="testimonial", applicant="Dr Mahmoud El-Sayed",
text="""Velindre University NHS Trust - Velindre Cancer Centre
Whitchurch, Cardiff

22 April 2024

Structured testimonial in support of the portfolio pathway (CESR) application of Dr Mahmoud El-Sayed, GMC 7185546

I am a Consultant Medical Oncologist (GMC 4730298) and have been Dr El-Sayed's clinical and educational supervisor since he joined Velindre in September 2021. I have directly observed his practice in lung and upper GI oncology clinics, the acute oncology service and MDTs, on average twice a week.

Clinical: He independently runs a lung immunotherapy clinic (about 22 patients per week), prescribes SACT to the standard of a consultant, and manages immune-related toxicities (including grade 3 colitis and hypophysitis) appropriately, escalating where needed.
Research: Sub-investigator on 4 portfolio trials; his recruitment (31 patients in 2023) was the highest at our site.
Teaching: Leads monthly teaching for oncology trainees and CNSs; very good feedback.
Management: He co-wrote our neutropenic sepsis PGD after a serious incident and presented it at the Cancer Network.
Probity: I have no concerns about his probity or health.

I confirm that I am not related to Dr El-Sayed and that I have read the GMC guidance for referees.

Dr Catrin Pryce-Jones MB BCh FRCP
Consultant Medical Oncologist and Clinical Director
Direct line: 029 2018 0220   Email: catrin.pryce-jones@wales.example.nhs.uk
""",
ids=[("Whitchurch, Cardiff","ADDRESS"),("4730298","GMC_NUMBER"),("029 2018 0220","PHONE"),("catrin.pryce-jones@wales.example.nhs.uk","EMAIL")],
keep=["Dr Mahmoud El-Sayed","Dr El-Sayed","7185546","Dr Catrin Pryce-Jones","22 patients per week","grade 3 colitis","22 April 2024","Velindre Cancer Centre"],
))

# ---------------- Dr Ioana Constantinescu, emergency medicine ----------------

DOCS.append(dict(
id="s52-066", kind="ed_discharge_letter", applicant="Dr Ioana Constantinescu",
text="""NHS Greater Glasgow and Clyde
Emergency Department, Queen Elizabeth University Hospital, 1345 Govan Road, Glasgow G51 4TF

ED ATTENDANCE / DISCHARGE LETTER (TrakCare)
Attendance no: QE-ED-23-184402     Arrival: 18/11/2023 23:14 (ambulance)    Discharged: 19/11/2023 06:40
Patient: Ms Eilidh MacPhail-Rennie      CHI: 0703521721      DOB 07/03/1952      Female
Address: 2/1, 48 Kintra Street, Ibrox, Glasgow G51 1DW      Tel: 0141 496 0367
GP: Dr Fraser Colquhoun, Govan Health Centre

Presenting complaint: fall at home, head strike, on warfarin (metallic MVR)
Findings: GCS 15, small occipital haematoma, no neuro deficit. INR 3.4. Canadian CT head rule - anticoagulated, so CT head within 8 h per NICE NG232 / SIGN 110.
CT head 00:52: no acute intracranial haemorrhage. C-spine cleared clinically (Canadian C-spine rule, low risk).
ECG: AF rate 82. Lying/standing BP: 138/80 -> 122/74, no postural drop.
Diagnosis: minor head injury, mechanical fall (tripped on rug)
Treatment: paracetamol 1 g PO; warfarin continued (target INR 2.5-3.5 for mechanical mitral valve) - not reversed.
Advice: head injury advice given to patient and to her niece (Morag), who is staying tonight. Falls team referral; occupational therapy for home hazard check (rug).

Seen by: Dr Ioana Constantinescu, Specialty Doctor in Emergency Medicine
Senior review: Dr Euan Strachan, Consultant in EM
""",
ids=[("1345 Govan Road, Glasgow","ADDRESS"),("G51 4TF","POSTCODE"),("QE-ED-23-184402","HOSPITAL_NUMBER"),("Eilidh MacPhail-Rennie","PATIENT_NAME"),
     ("0703521721","NHS_NUMBER"),("2/1, 48 Kintra Street, Ibrox, Glasgow","ADDRESS"),("G51 1DW","POSTCODE"),("0141 496 0367","PHONE"),
     ("Fraser Colquhoun","COLLEAGUE_NAME"),("Morag","RELATIVE_NAME")],
keep=["07/03/1952","Female","Dr Ioana Constantinescu","Dr Euan Strachan","GCS 15","INR 3.4","NICE NG232","SIGN 110","Canadian CT head rule",
      "Canadian C-spine rule","paracetamol 1 g PO","INR 2.5-3.5","Queen Elizabeth University Hospital"],
))

DOCS.append(dict(
id="s52-067", kind="police_statement", applicant="Dr Ioana Constantinescu",
text="""POLICE SCOTLAND - Professional witness statement (medical)
Police ref: PS-20240312-2207     Crime ref: GW/4471/24     SAS incident (CAD) no.: 240312-0583

Witness: Dr Ioana Constantinescu, Specialty Doctor, Emergency Department, Queen Elizabeth University Hospital, Glasgow
Statement taken by: DC Alasdair Buchanan-Shaw (Greater Glasgow Division), 0141 496 0188

I am a registered medical practitioner (GMC 7544129) and have worked in emergency medicine since 2012.

On 12 March 2024 at about 02:20 I examined a man who gave his name as Liam Docherty (DOB 14/11/1988, CHI 1411888332) in resus. He had been brought by ambulance (paramedics Kirsty Ure and Sandeep Gill) from outside a bar in Argyle Street.

He had a 9 cm full-thickness laceration to the left side of the neck below the angle of the jaw, bleeding actively. His GCS was 14 (E3 V5 M6), BP 94/58, HR 128. Blood alcohol was 212 mg/100 mL. He told me "my pal Stevie did it with a bottle" - he did not give a surname.

I applied direct pressure, activated the major haemorrhage protocol and referred to the ENT / vascular teams; he was taken to theatre at 03:05 by the ENT consultant (Mr Hamish Galbraith). The wound was consistent with a sharp-edged object such as broken glass.

His partner, Ms Chloe Bryceland, arrived at 03:40 and was informed by the nurse in charge.

I have given this statement from memory and my clinical notes. Signed: I. Constantinescu   Date: 13/03/2024
""",
ids=[("PS-20240312-2207","REFERENCE_NUMBER"),("GW/4471/24","REFERENCE_NUMBER"),("240312-0583","REFERENCE_NUMBER"),("Alasdair Buchanan-Shaw","COLLEAGUE_NAME"),
     ("0141 496 0188","PHONE"),("Liam Docherty","PATIENT_NAME"),("1411888332","NHS_NUMBER"),("Kirsty Ure","COLLEAGUE_NAME"),("Sandeep Gill","COLLEAGUE_NAME"),
     ("Stevie","RELATIVE_NAME"),("Hamish Galbraith","COLLEAGUE_NAME"),("Chloe Bryceland","RELATIVE_NAME")],
keep=["Dr Ioana Constantinescu","7544129","I. Constantinescu","14/11/1988","9 cm","GCS was 14 (E3 V5 M6)","BP 94/58","212 mg/100 mL","12 March 2024",
      "Queen Elizabeth University Hospital"],
))

DOCS.append(dict(
id="s52-068", kind="foreign_discharge_with_translation", applicant="Dr Ioana Constantinescu",
text="""SPITALUL CLINIC JUDEȚEAN DE URGENȚĂ CLUJ-NAPOCA
Unitatea de Primiri Urgențe (UPU-SMURD)
SCRISOARE MEDICALĂ / BILET DE IEȘIRE

Pacient: Nechita Florin-Dumitru      CNP: 1780519125468
Data nașterii: 19.05.1978      Sex: M
Domiciliu: Str. Fabricii de Zahăr nr. 22, bl. C3, ap. 14, Cluj-Napoca, jud. Cluj
Nr. FO / registru UPU: UPU-2020-088314      Data prezentării: 27.01.2020, ora 03:10

Diagnostic: Fibrilație atrială paroxistică cu AV rapidă (I48.0) - conversie electrică externă sincronă 150 J, ritm sinusal
Scor CHA2DS2-VASc 1; HAS-BLED 0. Tratament: metoprolol 50 mg x2/zi; apixaban 5 mg x2/zi (discutat)
Recomandări: control la cardiolog (Dr. Sorin Bălan) în 2 săptămâni; revine la nevoie.
Medic UPU: Dr. Ioana Constantinescu     Medic șef UPU: Conf. Dr. Adrian Mureșan (semnătură și parafă)
Însoțitor: soția, Camelia Nechita, tel. 0700 000 318

--- English translation (by the applicant; verified by Assoc. Prof. Adrian Mureșan) ---
EMERGENCY COUNTY CLINICAL HOSPITAL CLUJ-NAPOCA - Emergency Department (UPU-SMURD)
MEDICAL LETTER / DISCHARGE NOTE
Patient: Nechita Florin-Dumitru    Personal numerical code (CNP): 1780519125468
Date of birth: 19.05.1978    Sex: M
Address: 22 Fabricii de Zahăr Street, block C3, flat 14, Cluj-Napoca, Cluj County
Observation sheet / ED register no.: UPU-2020-088314    Attended 27.01.2020 at 03:10
Diagnosis: paroxysmal atrial fibrillation with rapid ventricular response (I48.0) - synchronised DC cardioversion 150 J, sinus rhythm
CHA2DS2-VASc 1; HAS-BLED 0. Treatment: metoprolol 50 mg twice daily; apixaban 5 mg twice daily (discussed)
Advice: cardiology follow-up (Dr Sorin Bălan) in 2 weeks.
ED doctor: Dr Ioana Constantinescu    Head of ED: Assoc. Prof. Adrian Mureșan (signature and stamp)
Accompanied by: his wife, Camelia Nechita, tel. 0700 000 318
""",
ids=[("Nechita Florin-Dumitru","PATIENT_NAME"),("1780519125468","OTHER_ID"),("Str. Fabricii de Zahăr nr. 22, bl. C3, ap. 14, Cluj-Napoca, jud. Cluj","ADDRESS"),
     ("22 Fabricii de Zahăr Street, block C3, flat 14, Cluj-Napoca, Cluj County","ADDRESS"),("UPU-2020-088314","HOSPITAL_NUMBER"),
     ("Sorin Bălan","COLLEAGUE_NAME"),("Camelia Nechita","RELATIVE_NAME"),("0700 000 318","PHONE")],
keep=["19.05.1978","Dr. Ioana Constantinescu","Dr Ioana Constantinescu","Conf. Dr. Adrian Mureșan","Assoc. Prof. Adrian Mureșan","I48.0","150 J",
      "CHA2DS2-VASc 1","HAS-BLED 0","metoprolol 50 mg","apixaban 5 mg","SPITALUL CLINIC JUDEȚEAN DE URGENȚĂ CLUJ-NAPOCA"],
))

DOCS.append(dict(
id="s52-069", kind="wpba_esle_export", applicant="Dr Ioana Constantinescu",
text="""RCEM Kaizen - Extended Supervised Learning Event (ESLE)
Trainee: Dr Ioana Constantinescu   GMC 7544129     Assessor: Dr Euan Strachan (Consultant EM)   Assessor GMC: 4115772
Date: 09/02/2024, 17:00-21:00, QEUH ED (majors + resus)   Department status: 47 patients, 11 awaiting beds

Observations (assessor's narrative)
17:20 - Ioana allocated the incoming trauma call to herself as team leader, briefed team (ED reg Dr Hannah Lockerbie, ST3 Dr Ravi Menon, Charge Nurse Dougie Fairlie). Clear roles, pre-alert read back.
17:45 - Patient (motorcyclist, 34M, pelvic binder applied by SAS) - ABCDE, eFAST positive Morison's pouch; activated code red; TXA 1 g; took to CT with surgical reg in 22 min.
18:30 - Supported Dr Menon with a difficult conversation with a family (patient "Mrs J", 91, with a fractured NOF who had been waiting 9 hours on a trolley). Modelled apology without defensiveness.
19:10 - Took a call from the bed manager (Alison) and negotiated 2 beds by presenting the risk clearly.
20:30 - Safety huddle: identified a missed ECG (STEMI) at triage -> cath lab within 18 min. Incident logged (Datix GGC-IR-24-30311).

Domains: Management of the department - above expected; Teamwork - above; Clinical - meets; Teaching/supervision - above
Overall: ready for independent practice as an EM consultant in this domain.
Assessor signature: E. Strachan
""",
ids=[("4115772","GMC_NUMBER"),("Hannah Lockerbie","COLLEAGUE_NAME"),("Ravi Menon","COLLEAGUE_NAME"),("Dr Menon","COLLEAGUE_NAME"),
     ("Dougie Fairlie","COLLEAGUE_NAME"),("Mrs J","PATIENT_NAME"),("Alison","COLLEAGUE_NAME"),("GGC-IR-24-30311","REFERENCE_NUMBER")],
keep=["Dr Ioana Constantinescu","7544129","Dr Euan Strachan","E. Strachan","Ioana","TXA 1 g","eFAST","Morison's pouch","34M","18 min","09/02/2024"],
))

DOCS.append(dict(
id="s52-070", kind="rota_extract", applicant="Dr Ioana Constantinescu",
text="""QEUH ED - Middle grade shift allocation - w/c 06/05/2024 (rota coordinator: Lynsey Paterson, 0141 496 0420)
Allocations approved by: Dr Euan Strachan (Clinical Director)

Shift         | Mon 06        | Tue 07            | Wed 08            | Thu 09        | Fri 10
08-18 Majors  | I Constantinescu | D McKechnie    | D McKechnie       | P Oyebanji    | I Constantinescu
14-00 Resus   | A Rahimi      | I Constantinescu  | S Kerr-Whyte      | A Rahimi      | P Oyebanji
22-08 Night   | S Kerr-Whyte  | S Kerr-Whyte      | I Constantinescu* | I Constantinescu* | D McKechnie
* Nights to be swapped with Dr Kerr-Whyte for Ioana's FRCEM SBA exam (agreed by CD)

Contact numbers (for rota coordinator use only - not for onward circulation)
Dr Ioana Constantinescu   07700 900145
Dr Duncan McKechnie       07700 900167
Dr Precious Oyebanji      07700 900182
Dr Arman Rahimi           07700 900196
Dr Shona Kerr-Whyte       07700 900203
Locum agency (Medacs) - booking ref MED-GGC-552910 (nights 10/05)

Gaps: Sat 11 day (escalated, internal locum rate); Sun 12 night covered by Dr Callum Ferrie (internal locum).
""",
ids=[("Lynsey Paterson","COLLEAGUE_NAME"),("0141 496 0420","PHONE"),("D McKechnie","COLLEAGUE_NAME"),("P Oyebanji","COLLEAGUE_NAME"),("A Rahimi","COLLEAGUE_NAME"),
     ("S Kerr-Whyte","COLLEAGUE_NAME"),("Dr Kerr-Whyte","COLLEAGUE_NAME"),("Duncan McKechnie","COLLEAGUE_NAME"),("Precious Oyebanji","COLLEAGUE_NAME"),
     ("Arman Rahimi","COLLEAGUE_NAME"),("Shona Kerr-Whyte","COLLEAGUE_NAME"),("07700 900145","PHONE"),("07700 900167","PHONE"),("07700 900182","PHONE"),
     ("07700 900196","PHONE"),("07700 900203","PHONE"),("MED-GGC-552910","REFERENCE_NUMBER"),("Callum Ferrie","COLLEAGUE_NAME")],
keep=["Dr Euan Strachan","I Constantinescu","Dr Ioana Constantinescu","Ioana","FRCEM SBA","06/05/2024"],
))

DOCS.append(dict(
id="s52-071", kind="child_protection_concern", applicant="Dr Ioana Constantinescu",
text="""NHSGGC Child Protection - Notification of Concern (ED)   [copy retained for evidence; sent to Child Protection Unit & Glasgow HSCP]
Form no.: CP-NOC-2023-07719    Date: 30/09/2023 01:35
Completed by: Dr Ioana Constantinescu, ED Specialty Doctor, QEUH (via ED hub 0141 496 0901)
Discussed with: Paediatric consultant on call Dr Graeme Lennox (RHC); Social Work Standby Service (duty worker Ms Roisin Tierney)

Child/young person: Skye Haggerty    DOB 23/09/2009 (14 y)    Female    CHI 2309095982
Address: 11 Carnwadric Road, Thornliebank, Glasgow G46 8HW
School: Eastwood High (S3)      Named Person: depute head Mr Kenneth Ure
Parent/carer: mother Tracey Haggerty (not contactable - phone 07700 900765 switched off); stepfather "Big Davie" Mulgrew

Concerns: Skye brought in by police at 00:20 after being found intoxicated (breath alcohol 0.71 mg/L) in a car with two adult males (ages given 23 and 27, one known to her as "Jaz"). She has a new phone she would not explain, and multiple superficial self-harm cuts (healing, left forearm). She disclosed "I stay at Jaz's flat sometimes". Concern for child sexual exploitation (CSE).
Risk indicators: missing from home 3 times in a month (per police); non-school attendance.
Actions: admitted to RHC ward 3C for safety (place of safety); IRD requested; police (Detective Sergeant Morven Haig, Public Protection Unit) aware, ref PS-20230930-0041.
""",
ids=[("CP-NOC-2023-07719","REFERENCE_NUMBER"),("0141 496 0901","PHONE"),("Graeme Lennox","COLLEAGUE_NAME"),("Roisin Tierney","COLLEAGUE_NAME"),
     ("Skye Haggerty","PATIENT_NAME"),("2309095982","NHS_NUMBER"),("11 Carnwadric Road, Thornliebank, Glasgow","ADDRESS"),("G46 8HW","POSTCODE"),
     ("Eastwood High","ADDRESS"),("Kenneth Ure","COLLEAGUE_NAME"),("Tracey Haggerty","RELATIVE_NAME"),("07700 900765","PHONE"),("Big Davie","RELATIVE_NAME"),
     ("Mulgrew","RELATIVE_NAME"),("Skye","PATIENT_NAME"),("Jaz","RELATIVE_NAME"),("Morven Haig","COLLEAGUE_NAME"),("PS-20230930-0041","REFERENCE_NUMBER")],
keep=["Dr Ioana Constantinescu","23/09/2009","Female","breath alcohol 0.71 mg/L","ward 3C","14 y","CSE"],
))

DOCS.append(dict(
id="s52-072", kind="resus_handover_notes", applicant="Dr Ioana Constantinescu",
text="""resus hndvr 0800 sun 21/7 - IC -> Dr Strachan (typed quick, sorry typos)

R1 - 56M "Shug" McGeachie, CHI 3007674271 - STEMI inferior, PPCI done 0510 (RCA stent), back from lab, on GTN inf, trop 8,400. Bed in CCU 0930. wife Senga in relatives rm
R2 - 23F Niamh O'Dwyer-Bell CHI 1905964056?? (CHI on TrakCare says male - WRONG PATIENT LABEL on 1st set of bloods, redone, datix done GGC-IR-24-31877) - OD 32g paracetamol + sertraline, staggered, NAC 21h regime started 0330, psych liaison after. mum on 07700 900311
R3 - 80F Jessie Crawford-Moir 0511431686 - ?sepsis ?chest, lactate 3.8 -> 2.4, tazocin 0630, ReSPECT: ward based ceiling. NOK nephew Gordon
R4 - empty (cleaning)
Majors: 14 waiting, 3 >12h (escalated to bed mgr Alison 0745)
FYI - Dr Ross (locum) left at 0600 without handing over 2 pts in minors - both seen by me, but pls feedback to him? IC
""",
ids=[("Shug","PATIENT_NAME"),("McGeachie","PATIENT_NAME"),("3007674271","NHS_NUMBER"),("Senga","RELATIVE_NAME"),("Niamh O'Dwyer-Bell","PATIENT_NAME"),
     ("1905964056","NHS_NUMBER"),("GGC-IR-24-31877","REFERENCE_NUMBER"),("07700 900311","PHONE"),("Jessie Crawford-Moir","PATIENT_NAME"),
     ("0511431686","NHS_NUMBER"),("Gordon","RELATIVE_NAME"),("Alison","COLLEAGUE_NAME"),("Dr Ross","COLLEAGUE_NAME")],
keep=["IC","Dr Strachan","56M","trop 8,400","32g paracetamol","NAC 21h regime","lactate 3.8","ReSPECT","R1","21/7"],
))
