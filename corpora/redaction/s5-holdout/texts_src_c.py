# Hand-written synthetic documents, part C.  Markup: {{text|CODE}} (see markup.py).

DOCS = []


def doc(kind, applicant, src):
    DOCS.append({"kind": kind, "applicant": applicant, "src": src})


# ---------------------------------------------------------------- 27 reflection, first names
doc("reflection", "Dr Farah Naz Qureshi", """
Reflective note - breaking bad news in ED (Gibbs' cycle)
{{Dr Farah Naz Qureshi|K}}, Emergency Medicine, {{Calder Royal Infirmary|K}} - written 02/02/2024

Description
On a busy Sunday evening I saw {{Sandy|PN}} (not her real name - I have changed nothing else... actually I will call her {{Sandy|PN}} as everyone did), a {{35-year-old|K}} mum of two who came in with {{back pain|K}} and {{weight loss|K}}. Her husband {{Marcus|RN}} had brought her after their GP (Dr {{Pearce|CN}} at {{Brig Royd|AD}}) had requested an urgent CT that was weeks away. The CT we did showed {{multiple lytic bone lesions|K}} and liver metastases. I had to tell {{Sandy|PN}} and {{Marcus|RN}} the findings before she went to the ward at 23:00, because she asked me directly "is it cancer?".

Feelings
I felt unprepared. It was the first time I had given this news to someone younger than me. Their children, {{Ella|RN}} and {{Finn|RN}}, were with {{Sandy|PN}}'s mother in the relatives' room and I could hear them.

Evaluation
What went well: I used the {{SPIKES|K}} framework, found a quiet room, asked the nurse in charge ({{Aggie|CN}}) to hold my bleep and sat down. I checked what she already knew and gave a warning shot. What went less well: I used the word "lesions" and then had to explain; I did not have the oncology acute service number ready.

Analysis
The {{GMC guidance on decision making and consent (2020)|K}} emphasises honest information at the pace the patient chooses. {{Sandy|PN}} wanted it all at once; {{Marcus|RN}} wanted to stop. I should have named that difference.

Conclusion and action plan
1. Complete the Breaking Bad News workshop (booked 14/03/2024).
2. Keep the acute oncology number ({{ext 3361|PH}}) on my lanyard card.
3. Debriefed with {{Dr Anil Mehra|K}} (my clinical supervisor), who read and countersigned this reflection.

{{F.N.Q.|K}}
""")

# ---------------------------------------------------------------- 28 colorectal MDT minutes
doc("mdt_minutes", "Mr Rajesh Kumar Venkataraman", """
COLORECTAL CANCER MDT - OUTCOMES    {{Royal Shrewsbury Hospital|K}}    Meeting date: 07/03/2024
Chair: {{Mr Guy Haverstock|K}} (Consultant Colorectal Surgeon, MDT lead)
Present: {{Mr R. Venkataraman|K}}; Dr {{Imelda Ruiz|CN}} (radiology); Dr {{Kofi Agyeman|CN}} (histopathology); Dr {{Sinead Rafferty|CN}} (oncology); CNS {{Tasha Goodall|CN}}; MDT coordinator {{Eleri|CN}}
Quorate: Yes

1. {{LEATHERBARROW, Neville|PN}}   DOB {{14/08/1950|K}}   M   MRN {{RSH1190032|HN}}   NHS {{708 334 1954|NHS}}
   Dx: adenocarcinoma sigmoid colon ({{C18.7|K}}), CT: {{T3N1M0|K}}, CEA 9.2
   Outcome: laparoscopic high anterior resection - {{Mr Venkataraman|K}} to see in clinic 12/03. Pre-op CPET ({{anaerobic threshold 11.2 mL/kg/min|K}}).
   CNS to contact wife ({{Patricia|RN}}) as he is hard of hearing.

2. {{O'DRISCOLL, Maeve|PN}}   DOB 02/02/1961   F   MRN {{RSH5521840|HN}}
   Dx: rectal adenocarcinoma 8 cm from anal verge, MRI {{mrT3c N2 EMVI+|K}}, CRM threatened
   Outcome: TNT - {{short-course radiotherapy 25 Gy in 5 fractions|K}} then {{CAPOX|K}}; Dr {{Rafferty|CN}} to see. Discussed with patient's son ({{Cian|RN}}) by phone as she requested.

3. {{SEKERCI, Mehmet Ali|PN}}   DOB 19/10/1972   M   MRN {{RSH7730914|HN}}
   Post-op histology (right hemicolectomy): {{pT2 N0 (0/22) R0|K}}, MMR deficient
   Outcome: no adjuvant therapy; refer to clinical genetics for {{Lynch syndrome|K}} testing; surveillance CT 12 months. Interpreter (Turkish) needed - daughter {{Elif|RN}} prefers to interpret, but please book professional.

4. Pt from Telford ({{Mrs Jarvis|PN}}, MRN {{PRH0038871|HN}}) - deferred, images not available.

Actions: {{Eleri|CN}} to re-list item 4 for 14/03. Minutes approved: {{Mr G. Haverstock|K}}.
""")

# ---------------------------------------------------------------- 29 mental health tribunal report
doc("tribunal_report", "Dr Sibusiso Dlamini", """
FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER) - MENTAL HEALTH
RESPONSIBLE CLINICIAN'S REPORT
Tribunal case number: {{MP/2024/03391|REF}}      Hospital: {{Ashgrove Unit, Pennine Moors MH NHS Trust|K}}
Patient: {{Mr Lucas Mbeki-Hartley|PN}}       DOB: {{05/05/1991|K}}      Section: {{section 3 Mental Health Act 1983|K}}
Date of report: 19/04/2024
Author: {{Dr S. Dlamini|K}}, Specialty Doctor (acting RC under supervision of {{Dr Helen Makin|K}}, Approved Clinician)

1. Circumstances of admission
Mr {{Mbeki-Hartley|PN}} was detained under section 2 on 02/02/2024 after police found him on the roof of his block of flats at {{Fieldhead Court, Ravensthorpe|AD}}, believing he was being surveilled through the television. He was regraded to section 3 on 29/02/2024.

2. Diagnosis
{{Paranoid schizophrenia (F20.0)|K}}; cannabis use ({{F12.1|K}}). This is his third admission (2016, 2020).

3. Progress
On {{aripiprazole long-acting injection 400 mg monthly|K}} since 12/03/2024; his {{PANSS positive score fell from 31 to 18|K}}. He still believes his neighbour ("{{Tony|RN}} at number 9") reported him to MI5, but he no longer acts on this. He has had unescorted ground leave since 01/04 without incident.

4. Nearest relative and family
His nearest relative is his mother, Mrs {{Thandiwe Mbeki|RN}}, of {{44 Calder View, Mirfield|AD}} {{WF14 8LS|PC}}, who supports detention continuing for "a few more weeks". His brother {{Sizwe|RN}} visits weekly.

5. Risk
History of one assault on a family member (2020, his stepfather Mr {{Kevin Hartley|RN}}) when unwell. No incidents this admission.

6. Recommendation
In my opinion the nature of his mental disorder still makes detention appropriate for a short period while a {{Community Treatment Order|K}} is planned. I would support a CTO from mid-May.

Care coordinator: {{Ms Rukhsana Bibi|CN}}, Kirklees Early Intervention Team ({{01924 960417|PH}}).
Hospital number: {{PMM-A-004417|HN}}

Signed: {{Sibusiso Dlamini|K}}      Countersigned: {{Dr H. Makin|K}}
""")

# ---------------------------------------------------------------- 30 personal injury court report (CPR Part 35)
doc("court_report", "Ms Ioana Popescu", """
MEDICO-LEGAL REPORT ON {{MR DARREN PICKERSGILL|PN}}
Prepared for the Court at the request of Ashby Crane Solicitors LLP
Claimant: {{Darren Lee Pickersgill|PN}}      DOB: {{17/11/1983|K}}
Date of accident: 03/07/2023        Date of examination: 12/02/2025
Claim number: {{K01BS447|REF}}      Instructing solicitor's ref: {{ACS/PI/88213/JW|REF}}
Instructing solicitor: Mr {{Jonathan Wragg|CN}}
Expert: {{Ms Ioana Popescu|K}} MD FRCS (Tr&Orth), Specialty Doctor in Trauma & Orthopaedics, {{GMC 7578810|K}}

1. Introduction
1.1 This report is prepared under {{Part 35 of the Civil Procedure Rules|K}} and {{Practice Direction 35|K}}. I understand my duty is to the Court.
1.2 I examined {{Mr Pickersgill|PN}} at the {{Bristol Royal Infirmary|K}} outpatient department. He attended with his partner, {{Ms Kerry Ollerenshaw|RN}}. Identity was confirmed by photographic driving licence.

2. Records reviewed
Ambulance record ({{SWAST incident 230703-1188|REF}}); ED notes ({{Bristol Royal Infirmary|K}} attendance {{ED23-551902|HN}}); GP records from {{Fishponds Family Practice|AD}}; fracture clinic letters from my colleague {{Mr Anton Weiss|CN}}.

3. History of the accident
{{Darren|PN}} was a pedestrian struck by a reversing van in the car park of his workplace on {{Avonmeads Retail Park|AD}}. He sustained a {{displaced distal radius fracture (AO 23-C2)|K}} of the right wrist, treated by {{volar locking plate|K}} fixation on 05/07/2023.

4. Current condition
He reports pain 4/10 with lifting, and his {{QuickDASH score is 38.6|K}}. Grip strength 22 kg right vs 41 kg left. Wrist flexion 45 degrees, extension 40 degrees.

5. Prognosis
On the balance of probabilities he will have a permanent reduction in grip strength. There is a {{10-15% risk of post-traumatic osteoarthritis|K}} within 10 years.

Statement of truth: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge ...
Signed: {{I. Popescu|K}}    Date: 20/02/2025
""")

# ---------------------------------------------------------------- 31 OCR-damaged gastro clinic letter
doc("clinic_letter_ocr", "Dr Nikhil Bhattacharjee", """
{{Lancashire Teach1ng Hospita1s NHS Foundat1on Trust|K}}
Gastroentero1ogy Department - {{Roya1 Preston Hosp1tal|K}}
Te1: {{0l632 96O5l8|PH}}

0ur ref: {{NB/GAST/24/l172|REF}}          C1inic date: 0l/O7/2024

{{Dr Marga ret Ogundipe|CN}}
{{Ribb1eton Lane Surgery|AD}}
{{Pres ton|AD}} {{PR1 5E0|PC}}

Dear Dr {{0gundipe|CN}}

Re: {{Mr Jona than O'Hare|PN}}   D0B: {{l2/03/l967|K}}   NHS N0: {{4O1 9l2 7756|NHS}}   Hosp: {{RPH-Ol447l9|HN}}
Address: {{9 Fu1wood Row, Pres ton|AD}} {{PR2 9XQ|PC}}

Diagnos is: {{U1cerative co1itis (K5l.O)|K}}, left-sided, {{Mayo sc0re 2|K}}

Mr {{0'Hare|PN}} was seen in c1inic today. He reports 5-6 b1oody st0ols a day for 3 weeks despite {{mesa1azine 2.4 g|K}} dai1y. His {{faeca1 ca1protectin was 86O ug/g|K}}. His wife {{Siob han|RN}} says he has 1ost about 4 kg.

P1an:
1. {{Predniso1one 40 mg|K}} reducing by 5 mg weekly.
2. F1exible sigmoidoscopy - booked.
3. Ifstero id dependent, consider {{azathioprine|K}} after TPMT (c hecked: norma1).

I have discussed this with {{Jonathan|PN}} and given him the IBD advice 1ine number ({{0l632 96O5l9|PH}}).

Yours sincere1y

{{Dr Nikhi1 Bhattacharjee|K}}
Specia1ty Doctor, Gastroentero1ogy   {{GMC 7O4ll85|K}}
""")

# ---------------------------------------------------------------- 32 OCR-damaged scanned letter with broken words
doc("discharge_letter_ocr", "Dr Nadia Haddad", """
GYNAECOLOGY WARD DISCHARGE LETTER                           [scan p.1/1]
{{Kingsgate Women's Unit|K}}       Ward: {{Cedar (Gynae)|K}}
Patient: Mrs {{Mar-\ngaret Ellis-Onyango|PN}}          Hosp No: {{KWU-11O347|HN}}
DOB: {{23.O6.1979|K}}  Age: 44        NHS: {{6O1 334 8l27|NHS}}
Addr: {{Fl at 2, 38 St Peter's St|AD}}, {{Maid-\nstone|AD}}, {{ME16 OSP|PC}}

Admitted: 11/O3/2O24     Discharged: 13/O3/2O24
Procedure: {{total laparoscopic hysterectomy and bilateral salpingectomy|K}} for {{fibroid uterus (D25.9)|K}}, uterus 14-week size.
Consultant: Miss {{R. Adeyinka|CN}}     Surgeon: {{Dr N. Hadd ad|K}}

Post-op: uneventful. Hb 112 -> {{1O4 g/L|K}}. Mobilising, passing urine, pain controlled with {{co-codamol 3O/5OO|K}}. VTE: {{enoxaparin 4O mg|K}} for 28 days (BMI 34).

Mrs {{Ellis-Onyango|PN}} was given written advice (no driving 4 weeks, no heavy lifting 6 weeks). Her husb and {{Jeremiah|RN}} will collect her.
Follow-up: telephone clinic 6 weeks - histology.

Signed {{N. Haddad|K}}  ({{GMC 7559O21|K}})   l3/03/2O24
""")

# ---------------------------------------------------------------- 33 virtual ward caseload without headers
doc("caseload_list", "Dr Tomasz Wiśniewski", """
VW frailty caseload Tue 15/10 - {{Dr TW|K}} + ANP {{Bex|CN}}
{{Brook, Isabella|PN}} 87 {{KRI1180044|HN}} CFS 7 - day 3 IV {{ceftriaxone 2 g OD|K}} (CAP) - obs stable - dtr {{Wendy|RN}} at home - ?step down Thurs
{{Osei, Kwadwo|PN}} 91 {{KRI3029518|HN}} - HF exacerb, IV {{furosemide 80 mg BD|K}}, wt 71.2 (-2.1), K 3.6 - U&E tomorrow
{{Nowak, Halina|PN}} 78 {{KRI4410221|HN}} - fall + UTI, delirium settling ({{4AT 2|K}}) - lives w/ husband {{Zbigniew|RN}} (also frail, carer stress!) - SW referral done
Mrs {{Patel|PN}} ({{Hansaben|PN}}) 84 {{KRI0073162|HN}} - end of life, syringe driver {{morphine 10 mg/24h|K}} + {{midazolam 10 mg/24h|K}}. Family: son {{Nilesh|RN}} {{07700 900188|PH}}. DNACPR/ReSPECT done
{{Summerbee, Frank|PN}} 80 {{KRI2296035|HN}} - COPD exac, day 5 pred, home O2 assess {{SpO2 89% RA|K}} - discharge from VW Fri if ok
{{Ahmadi, Gul|PN}} 76 {{KRI6650319|HN}} - new AF, {{CHA2DS2-VASc 4|K}}, started {{edoxaban 60 mg|K}}, HR 96. Nephew {{Farid|RN}} interprets (Dari)
total 6/10 beds. Handed to {{Dr Wiśniewski|K}} for Wed.
{{Bex|CN}}: bloods on {{Osei|PN}} + {{Nowak|PN}} at 08:30; {{Frank|PN}} needs spirometry letter
""")

# ---------------------------------------------------------------- 34 ALL CAPS trauma theatre list
doc("theatre_list", "Ms Ioana Popescu", """
*** SOUTHMEAD HOSPITAL - TRAUMA THEATRE LIST - THEATRE 12 - SAT 22-FEB-2025 ***
SURGEON: {{MS I. POPESCU|K}}       ANAESTHETIST: DR {{G. ABERNETHY|CN}}       ODP: {{K. NWOSU|CN}}
START 08:30

ORD  MRN          NAME                          AGE SEX  PROCEDURE                                   ASA  NOTES
1    {{NBT4408291|HN}}   {{FAIRWEATHER, ROSE MARGARET|PN}}    91  F    {{HEMIARTHROPLASTY R HIP (CEMENTED)|K}}       3    #NOF, ON {{APIXABAN|K}} - LAST DOSE 20/02 18:00
2    {{NBT7720364|HN}}   {{VAN DER BERG, PIETER|PN}}         58  M    ORIF L ANKLE (WEBER B)                      2    LATEX ALLERGY
3    {{NBT0019357|HN}}   {{MCALLISTER-OBI, JOSHUA|PN}}       17  M    MUA + K-WIRES R DISTAL RADIUS               1    MOTHER ({{MRS T. OBI|RN}}) TO CONSENT - UNDER 18
4    {{NBT3356102|HN}}   {{HOPE, GRACE|PN}}                  66  F    {{DHS L HIP|K}}                                 2    {{BMI 41|K}}, T2DM
5    {{NBT5201448|HN}}   {{AL-SAYED, TARIQ|PN}}              34  M    WASHOUT + DEBRIDEMENT L HAND (DOG BITE)     1    {{CO-AMOXICLAV|K}} GIVEN ED

LIST CHECKED: {{MS POPESCU|K}} 07:55  /  WHO BRIEF 08:10 WITH SR. {{D. FLYNN|CN}}
PT 4 ({{MRS HOPE|PN}}) TO GO FIRST IF PT 1 NOT OPTIMISED ({{HB 86|K}}, {{INR 1.4|K}})
""")

# ---------------------------------------------------------------- 35 operation note
doc("operation_note", "Mr Rajesh Kumar Venkataraman", """
OPERATION NOTE
Patient: {{Mrs Olufunke Adesanya-Reid|PN}}   DOB {{09/09/1976|K}}   MRN {{RSH3372118|HN}}
Date: 18/01/2024       Theatre: {{Theatre 4, Royal Shrewsbury Hospital|K}}
Surgeon: {{Mr R. K. Venkataraman|K}}   Assistant: Dr {{Emily Castellanos|CN}} (CT2)
Anaesthetist: Dr {{Ravi Subramaniam|CN}}   Scrub: {{Ayesha|CN}}
Anaesthesia: GA + local infiltration ({{levobupivacaine 0.25% 20 mL|K}})
Antibiotic prophylaxis: {{cefuroxime 1.5 g IV|K}} at induction
VTE: {{TEDS + enoxaparin 40 mg|K}} from 18:00

Procedure: {{Laparoscopic cholecystectomy|K}} (elective, {{OPCS J18.3|K}})
Indication: symptomatic gallstones, 3 episodes of biliary colic

Findings: Chronically inflamed gallbladder, {{Parkland grade 2|K}}, adhesions to omentum. Normal CBD.
Procedure: 4-port technique. Open Hasson entry at umbilicus. Critical view of safety achieved and photographed. Cystic duct and artery clipped x3 (Hem-o-lok) and divided. Gallbladder removed in retrieval bag via umbilical port. Haemostasis. Port sites closed with {{2/0 Vicryl|K}} (umbilicus) and 4/0 Monocryl subcuticular.
EBL minimal. No drain.

Post-op: routine; day case discharge if well. Histology to be reviewed in clinic 6 weeks.
{{Olufunke|PN}} asked that her sister {{Bisi|RN}} is told when she is in recovery - mobile {{07700 900290|PH}}.

Signed: {{R. Venkataraman|K}}  {{GMC 6843317|K}}
""")

# ---------------------------------------------------------------- 36 ED cas card, mixed case
doc("ed_notes", "Dr Li Wei Zhang", """
NNUH EMERGENCY DEPARTMENT - ATTENDANCE RECORD          Attendance no: {{ED/23/0884127|HN}}
arrived 21:47 by: own transport      triage cat: {{2 (orange)|K}}   triage nurse: {{jodie|CN}}
name: {{wojciech "wojtek" lewandowski|PN}}    dob {{26/06/1988|K}}   m
addr: {{43a unthank rd, norwich|AD}} {{nr2 2pe|PC}}     tel {{07700 900777|PH}}
gp: dr {{h. aldous|CN}}, {{bowthorpe hc|AD}}
nok: {{marta|RN}} (wife)

PC: "i think i've had a stroke" - R arm weakness + slurred speech since 20:50 (onset witnessed by {{marta|RN}})
Obs: BP 186/104, HR 88 reg, {{CBG 6.1|K}}, T 36.8, SpO2 98%
{{NIHSS 7|K}} (facial 2, arm 3, dysarthria 1, sensory 1)
{{ROSIER +4|K}}
FAST-positive. Stroke call 21:52. CT/CTA 22:05: no haemorrhage, L M2 occlusion.
Thrombolysis: {{tenecteplase 0.25 mg/kg|K}} (max 25 mg) 22:21 - door-to-needle {{34 min|K}}.
Discussed with stroke reg ({{Dr Ocansey|CN}}) + IR at {{Addenbrooke's|K}} for thrombectomy - accepted, transfer 22:50 via EEAST ({{CAD 0311-2219|REF}}).

Seen by: {{Dr Zhang|K}} ({{LWZ|K}}) ST-equiv EM
{{wojtek|PN}} aware, {{marta|RN}} travelling with him
""")

# ---------------------------------------------------------------- 37 M&M minutes
doc("mm_minutes", "Dr Oluwaseun Adebayo-Martins", """
Department of Medicine - Mortality & Morbidity Meeting - minutes
Date: 03/10/2024   Venue: {{Postgraduate Centre, Princess Royal Hospital|K}}
Chair: {{Dr Abigail Stanhope|K}} (Consultant, M&M lead)
Minutes: {{Dr O. Adebayo-Martins|K}}

Case 1 - presented by Dr {{Chukwuemeka Obi|CN}} (IMT2)
{{Mr D.H.|PN}}, 72M, {{PRH0448810|HN}}: admitted with GI bleed on {{rivaroxaban 20 mg|K}}; {{Glasgow-Blatchford score 14|K}}. Endoscopy delayed 31 h (weekend, no on-call endoscopist until Monday). Died of a rebleed. SJR score: {{care rated 2 (poor)|K}}. Learning: escalation pathway for out-of-hours endoscopy; rota gap already on the risk register ({{RR-1189|REF}}). Family (daughter {{Mrs Harrington|RN}}) have been offered a meeting.

Case 2 - presented by {{Dr Adebayo-Martins|K}}
"{{Frankie|PN}}" ({{Francesca Lombardi|PN}}), 26F, {{PRH2207193|HN}}: paracetamol overdose, late presentation (>24 h). {{ALT 4,210 U/L|K}}, {{INR 3.8|K}}. Referred to {{King's College Hospital|K}} liver unit via {{King's referral line|K}}; met {{King's College criteria|K}}? - no (pH 7.34, lactate 2.8). Survived. Learning: treat with {{acetylcysteine|K}} regardless of level if staggered/late. {{Frankie|PN}}'s boyfriend ({{Dom|RN}}) found her.

Case 3 - presented by Dr {{Sadia Rahim|CN}}
Baby... (deferred - paediatric case, to go to paeds M&M)

Actions: 1) {{Dr Stanhope|K}} to write to the Medical Director re endoscopy rota. 2) Dr {{Obi|CN}} to update GI bleed proforma.
Attendance: 23 (list held by {{Dr Stanhope|K}}'s secretary, {{Lorraine Fitch|CN}}, ext {{4471|PH}})
""")

# ---------------------------------------------------------------- 38 Scottish paediatric diabetes letter with CHI
doc("clinic_letter", "Dr Mariam Yusuf", """
{{NHS Forth Valley|K}}                                           Paediatric Diabetes Service
{{Forth Valley Royal Hospital|K}}, Larbert                      Direct line {{0141 496 0230|PH}}

Date: 20 February 2024
Our ref: {{MY/DIAB/0217|REF}}

Dr {{Morag Lindsay|CN}}
{{Bannockburn Health Centre|AD}}
{{Stirling|AD}} {{FK7 8HL|PC}}

Dear Dr {{Lindsay|CN}}

{{Calum Mac an tSaoir|PN}}, DOB {{15/03/2011|K}}, CHI {{1503112574|NHS}}
{{12 Brae Road, Cowie|AD}}, {{FK7 7BH|PC}}

I saw {{Calum|PN}} with his mum, {{Mrs Eilidh Mac an tSaoir|RN}}, in the diabetes clinic today. He is 12 and has had type 1 diabetes since 2019. His {{HbA1c today is 71 mmol/mol|K}} (previously 64). He uses an {{Omnipod 5|K}} with {{Dexcom G6|K}} and his time in range is {{48%|K}}, with most hyperglycaemia after school.

{{Calum|PN}} told me, on his own, that he has been skipping boluses at school because other boys ({{Ruaridh|RN}} was mentioned) tease him about the pump. I have asked our psychologist, Dr {{Fenella Grieve|CN}}, to see him, and with mum's agreement I will contact the school nurse.

Plan: carb ratio at lunch changed from {{1:10 to 1:8|K}}; clinic review in 3 months; annual review bloods (TFT, coeliac screen) normal.

Yours sincerely

{{Dr Mariam Yusuf|K}}
Specialty Doctor in Paediatrics, {{GMC 7123489|K}}
""")

# ---------------------------------------------------------------- 39 Welsh clinic letter, bilingual bits
doc("clinic_letter", "Dr Gwenllian Prydderch", """
{{Bwrdd Iechyd Prifysgol Betsi Cadwaladr|K}} / {{Betsi Cadwaladr University Health Board|K}}
{{Ysbyty Gwynedd|K}}, Bangor - Adran Cardioleg / Cardiology Department

Ein cyf / Our ref: {{GP/CARD/24/3390|REF}}
Eich cyf / Your ref: {{AW-7720|REF}}

Dr {{Alun Wyn Jenkins|CN}}, {{Meddygfa'r Llan|AD}}, {{Stryd Fawr, Llangefni|AD}} {{LL77 7NA|PC}}

Annwyl Dr {{Jenkins|CN}},

Ynglŷn â / Re: Mr {{Iolo ap Dafydd|PN}}, DOB {{04/08/1958|K}}, NHS {{486 557 0019|NHS}}, Ysbyty Gwynedd no. {{G889213|HN}}
{{Tŷ Capel, Lôn Goch, Llanfair Pwllgwyngyll|AD}}, {{LL61 5YJ|PC}}

Diagnosis: heart failure with reduced ejection fraction ({{LVEF 30%|K}}), ischaemic; {{NYHA class II|K}}.

Mr {{ap Dafydd|PN}} prefers to speak Welsh and his consultation was in Welsh. He is feeling better since starting {{sacubitril/valsartan 49/51 mg twice daily|K}} (Entresto). His {{NT-proBNP has fallen from 3,410 to 1,120 ng/L|K}}. Potassium 4.9, creatinine 121. He is also on {{bisoprolol 5 mg|K}}, {{eplerenone 25 mg|K}} and {{dapagliflozin 10 mg|K}} - all four pillars as per {{NICE NG106|K}}.

His wife, {{Angharad|RN}}, asked about driving: he can drive a car; he must not drive his old lorry (Group 2) and should inform the DVLA.

I have asked our heart failure nurse, {{Nia|CN}}, to visit him at home in 2 weeks. Review in clinic in 3 months with repeat echo.

Yn gywir / Yours sincerely,

{{Dr Gwenllian Prydderch|K}}, Meddyg Arbenigol / Specialty Doctor, {{GMC 7203367|K}}
cc {{Iolo ap Dafydd|PN}}
""")
