DOCS = []
def d(i, kind, applicant, text):
    DOCS.append((f"h11-{i:03d}", kind, applicant, text))

d(49, "patient_feedback_summary", "Dr Ciaran O'Neill", """PATIENT FEEDBACK QUESTIONNAIRE - SUMMARY (fracture clinic, {{Royal Victoria Hospital}})
Doctor: {{Dr Ciaran O'Neill}}     Collected: Oct-Nov 2023     Returned: 31 / 40

                                         Poor  Fair  Good  V.good  Excellent
Listened to me                             0     1     4     9      17
Explained my condition                     0     0     6     11     14
Involved me in decisions                   0     2     5     10     14
Overall                                    0     1     3     12     15

Comments (verbatim, anonymised by clinic admin):
"{{Dr O'Neill}} explained my wrist op with drawings, really helped"
"waited 2 hours but the doctor was lovely"
"would like more info about physio"
Administered by: {{Mrs Bernadette Corr}}, Clinic Manager, on behalf of {{Mr Declan Haughey}}
""")

d(50, "qi_project_report", "Dr Oluwaseun Adeyemi", """QUALITY IMPROVEMENT PROJECT - Reducing time to first antibiotic in sepsis on AMU
Lead: {{Dr Oluwaseun Adeyemi}}   Sponsor: {{Dr Helen Marsh}}   {{Royal Stoke University Hospital}}

Aim: 90% of AMU patients with red-flag sepsis receive antibiotics within 60 min by March 2024.
Measures: median door-to-antibiotic time (weekly run chart, n = 10 random/week).
PDSA 1 (Nov 23): sepsis grab-bag with {{Tazocin}}/{{gentamicin}}; median 94 -> 71 min.
PDSA 2 (Jan 24): nurse-initiated PGD for first dose; 71 -> 48 min.
PDSA 3 (Feb 24): {{NEWS2}} >=5 auto-alert to med reg bleep; 48 -> 41 min; 82% within 60 min.
Balancing measure: C. difficile rate unchanged ({{0.2/1000 bed days}}).
One exception case (patient was 97 and for comfort care) was excluded.
Presented: Trust QI showcase, 14/03/2024, 2nd prize.
Signed off: {{Dr Helen Marsh}}, QI sponsor
""")

d(51, "ward_round_list", "Dr Tomasz Wisniewski", """AMU WARD ROUND - {{Northampton General Hospital}} - 18/06/2023 - cons {{Dr A Mehta}}, reg {{Dr T Wisniewski}}

Bay A
A1  [[P|FAIRWEATHER G]]  67  anaemia ?CRC - CT today, 2u blood, {{Monofer}}               EDD 21/6
A2  [[P|Nkemelu, Chidinma]]  29  {{hyperemesis gravidarum}} 14/40, ketones 4+ -> {{cyclizine}}, fluids, O&G aware
A3  [[P|Mr Patel (Bhavesh)]] 55  {{DKA}} resolved, back to {{Lantus}} 22u               home today
A4  [[P|Sister Agnes]] (nun, {{Cynthia Spencer Hospice}} liaison) 91  EoL, {{syringe driver}}     keep comfortable
Bay B
B1  [[P|Jan de Vries]]  73  {{Guillain-Barré}} ?; {{FVC 1.9 L}} q4h, neuro reg [[C|Dr Okonjo]] rv      watch
B2  [[P|"Smudge" Smith]] ([[P|Peter]]) 44, PWID, {{right groin abscess}} - surgs, {{Pabrinex}}       
B3  empty
Jobs: chase B1 LP, TTO A3, call [[P|Chidinma]]'s partner [[R|Obinna]] re visiting.
Verified copy: {{Dr A Mehta}}
""")

d(52, "message_transcript", "Dr Mohammed Al-Hassan", """[WhatsApp export - resp registrars group - pasted for reflection, 07/04/2024]

[02:14] [[C|Callum R-P]]: {{mo}} can u check bed 12/3 chart, nurse says I wrote clexane wrong
[02:16] {{Mo Al-Hassan}}: which pt
[02:16] [[C|Callum R-P]]: [[P|kerry-ann]], the PE lady
[02:21] {{Mo Al-Hassan}}: yes 140 BD. should be OD. I'll fix, don't worry, datix it
[02:22] [[C|Callum R-P]]: 😬 sorry
[02:40] [[C|Jess Thorne]]: you ok [[C|callum]]? it happens
[08:05] {{Mo Al-Hassan}}: discussed w [[P|KA]] and her mum this am - she was fine.

Reflection: I realise now that pasting this here (even in a closed group) included a patient's first name ("[[P|kerry-ann]]") which is a breach. I deleted the message and reminded the group about the Trust's {{Caldicott}} guidance.
""")

d(53, "clinic_letter_oncology", "Dr Farah Qureshi", """CARDIO-ONCOLOGY CLINIC
{{St James's University Hospital}}, Leeds   Clinic 4   Date 16/07/2024
Our ref [[REF|FQ/CO/1186]]  NHS [[N|4019 873 352]]  Hosp [[H|SJ10293377]]

Dear Dr [[C|Hollis]] (oncology) and Dr [[C|Penhaligon]] (GP, [[A|Chapel Allerton]]),

[[P|Mrs Amira El-Sayed]]   {{DOB 09/09/1966}}

Indication: baseline and surveillance during {{trastuzumab}} ({{Herceptin}}) for {{HER2+ breast cancer}}, previous {{epirubicin}} 360 mg/m2.
Echo: {{LVEF 47%}} (from 58% at baseline), {{GLS -15%}}. {{NT-proBNP 380}}. {{Troponin T 14}}.
This is a significant fall meeting {{cancer therapy-related cardiac dysfunction}} (moderate) criteria.
Plan: hold trastuzumab this cycle, start {{ramipril 1.25 mg}} and {{bisoprolol 1.25 mg}}, repeat echo 3 weeks. I discussed this with [[P|Amira]] and her husband [[R|Tarek]]; she is keen to resume treatment as soon as safe.

{{Dr Farah Qureshi}} for {{Dr Alistair Brennan}}
Verified: {{Dr Alistair Brennan}}, Consultant Cardiologist
""")

d(54, "endoscopy_report", "Dr Eilidh MacLeod", """ENDOSCOPY REPORT - {{Aberdeen Royal Infirmary}} Endoscopy Unit
Patient: [[P|Roderick MACASKILL]]   CHI [[N|150362 9077]]   Procedure no: [[REF|END-24-000317]]
Date: {{03/01/2024}} 01:25 (out of hours)   Endoscopist: {{Dr E. MacLeod}}   Nurses: [[C|L. Duguid]], [[C|A. Reid]]
Indication: haematemesis, melaena, {{Hb 64}}, {{GBS 13}}
Sedation: {{midazolam 2 mg}}, {{fentanyl 50 mcg}}. Consent form 1.
Findings: oesophagus normal. Stomach: blood in fundus, cleared. D1: 15 mm posterior wall ulcer with active spurting ({{Forrest Ia}}).
Therapy: {{adrenaline 1:10,000}} 10 ml, 3 x clips, haemostasis achieved. CLO test taken.
Plan: {{IV PPI}} 72h, re-scope if rebleed, IR on standby. Discussed with {{Dr Andrew Cruickshank}} by phone.
Verified: {{Dr Andrew Cruickshank}}
""")

d(55, "radiology_report", "Dr Tomasz Wisniewski", """CT COLONOGRAPHY / CT CHEST ABDOMEN PELVIS
Patient: [[P|Gerald FAIRWEATHER]]   NHS [[N|617 224 9081]]   RIS accession: [[O|NGH23CT0881243]]
Requested by: {{Dr T Wisniewski}}, AMU     Reported by: Dr [[C|Henrietta Lusk]], Consultant Radiologist (GMC [[G|6034417]])
Date: 19/06/2023
Findings: 4.1 cm irregular circumferential mural thickening of the mid-sigmoid colon with pericolic fat stranding and 3 sub-cm mesenteric nodes. Two hypodense lesions in segments 6 (11 mm) and 7 (8 mm), too small to characterise. No lung mets.
Conclusion: appearances consistent with sigmoid carcinoma, radiological {{T3 N1}}; indeterminate liver lesions - {{MRI liver}} advised.
Radiology alert sent to requesting clinician 19/06/2023 16:02.
""")

d(56, "lab_result_letter", "Dr Priya Raghunathan", """SHEFFIELD TEACHING HOSPITALS - LABORATORY MEDICINE
Microbiology report       Lab no: [[O|M24.0112873]]     Received {{10/01/2024 22:40}}

Patient: [[P|DAVENTRY, CRISPIN]]   Unit [[H|M1147720]]   NHS [[N|8830512264]]   {{48 M}}
Location: {{AMU}}, {{Northern General Hospital}}    Requesting clinician: {{Dr P Raghunathan}}

Specimen: blood culture x2 (set 1 aerobic/anaerobic)
Result: {{Staphylococcus aureus}} (MSSA) isolated in both bottles at 14 h.
Sensitivities: flucloxacillin S, clarithromycin S, doxycycline S, vancomycin S.
Comment: ?IVDU - please exclude endocarditis ({{Duke criteria}}); {{flucloxacillin 2 g 6-hourly}}; echo. Phoned to [[C|Dr G Akintola]] (F2) at 12:10 by BMS [[C|Ruth Kaminski]].
Validated by: Dr [[C|Y Haddad]], Consultant Microbiologist
""")

d(57, "duty_of_candour_letter", "Dr Mohammed Al-Hassan", """{{Lancashire Teaching Hospitals NHS Foundation Trust}}
Duty of Candour - written notification
Incident reference: [[REF|DW-118734]]

Private and confidential
[[P|Ms K Brightwater]]
[[A|Apartment 12, Winckley Court, 3 Winckley Square, Preston]] [[PC|PR1 3JJ]]

10 April 2024

Dear [[P|Ms Brightwater]],

Following our conversation on {{Ward 12}} on 7 April 2024, I am writing as promised to confirm what happened. On the evening of 6 April you received an additional dose of {{enoxaparin (Clexane) 140 mg}}, a blood thinner, because of a transcription error when your drug chart was rewritten. Your blood tests showed no harm ({{haemoglobin 121 g/L}}) and you had no bleeding.

I am sorry this happened. The incident is being reviewed and we will share the findings with you. If you have any questions please contact the ward on [[PH|01632 960612]] or PALS at [[E|pals@lthtr-example.nhs.uk]].

Yours sincerely,
{{Dr Mohammed Al-Hassan}}, Specialty Doctor, Respiratory Medicine
""")

d(58, "wpba_dops", "Dr Oluwaseun Adeyemi", """DOPS - Pleural aspiration / ultrasound-guided chest drain (Seldinger)
Trainee: {{Dr Oluwaseun Adeyemi}}     Assessor: {{Dr Rafaela Costa-Mendes}}, Respiratory Consultant (GMC {{6112097}})
Date 09/01/2024   {{Royal Stoke University Hospital}}, {{Ward 104}} procedure room

Patient sticker (photocopied): [[P|PERCIVAL, Dorothy]]  [[H|RJE0552194]]  {{F}}  {{78}}
Indication: {{malignant pleural effusion}}, R, large. {{INR 1.1}}, {{platelets 240}}.
Ultrasound: 5 cm depth of fluid at 7th ICS, mid-axillary line, {{safe triangle}}. Consent: written, risks incl. {{re-expansion pulmonary oedema}}.
Procedure: {{lidocaine 1% 10 ml}}, 12F Seldinger, drained 1.5 L over 2 h (clamped per protocol). Sample: cytology, LDH, protein (Light's criteria).
Global: competent to perform unsupervised. Assessor signature: {{R Costa-Mendes}}
""")

d(59, "wpba_mini_cex", "Dr Eilidh MacLeod", """MINI-CEX - GASTROENTEROLOGY
Doctor assessed: {{Dr Eilidh MacLeod}}   Assessor: {{Dr Andrew Cruickshank}} (Consultant)   Date 22/02/2024
Setting: {{Ward 110}} ARI, new decompensated liver disease

Patient ({{56 F}}, [[P|Morag]] - surname withheld, see ward list): alcohol-related cirrhosis, {{Child-Pugh C}}, {{MELD 24}}, {{UKELD 58}}, ascites, grade 2 {{hepatic encephalopathy}} ({{West Haven}}).
Eilidh examined for asterixis, shifting dullness, {{Dupuytren's}} contracture and spider naevi; explained diagnostic paracentesis and {{rifaximin}} / {{lactulose}}. Sensitive discussion with [[P|Morag]]'s sister [[R|Isla]] about alcohol and transplant criteria ({{6-month abstinence}}).
Ratings: all "above expectations" except time management (meets).
Agreed action: attend liver transplant assessment clinic in {{Royal Infirmary of Edinburgh}}.
Signed {{A. Cruickshank}}
""")

d(60, "wpba_cbd", "Dr Priya Raghunathan", """CBD - ACUTE MEDICINE (Case-based discussion)
Trainee: {{Dr Priya Raghunathan}}, GMC {{7263390}}   Assessor: {{Dr Martin Oduya}}, Consultant Physician (GMC {{3390125}})
Date: 19/01/2024

Case: {{48M}} staggered paracetamol overdose, raised ALT/INR; capacity and {{s5(2)}}; MSSA bacteraemia from injecting.
Record: unit no [[H|M1147720]] (reviewed notes with trainee).
Discussion: interpretation of {{Rumack-Matthew nomogram}} (not valid for staggered OD); NAC SNAP regimen; {{King's College Hospital criteria}}; capacity assessment under {{MCA 2005}}; interface between MCA and {{MHA 1983}}; infective endocarditis work-up ({{modified Duke criteria}}), OPAT eligibility.
Judgement: above level expected.
Feedback: "Excellent documentation of capacity. Consider earlier liver unit discussion ({{Birmingham}} / {{Leeds}} for Sheffield)."
Assessor: {{Dr Martin Oduya}}
""")

d(61, "teaching_session_plan", "Dr Rhys Llewellyn", """TEACHING SESSION PLAN - ED Registrar simulation
Facilitator: {{Dr Rhys Llewellyn}} with {{Dr Bethan Carrington}}
Date: 07/02/2024, 13:00-16:00, Sim suite, {{Ysbyty Glan Clwyd}}

Learning objectives:
1. Recognise and manage {{anaphylaxis}} ({{Resus Council UK 2021}}): {{IM adrenaline 0.5 mg}} (1:1000), refractory infusion.
2. Paediatric {{DKA}} - {{BSPED 2021}} fluid calculations (e.g. 20 kg child, 5% dehydration).
3. Human factors: task fixation, call-outs, {{SBAR}} handover.

Scenario mannequins: SimMan 3G ("{{Mr Jones}}"), SimJunior ("{{Tilly}}").
Debrief model: PEARLS. Faculty: 3. Candidates: 8 (ST3-ST6 and specialty doctors).
Evaluation: forms collected, mean {{4.8/5}}.
Verified: {{Dr Bethan Carrington}}, ED Consultant
""")

d(62, "job_description", "Dr Tomasz Wisniewski", """JOB DESCRIPTION - CLINICAL FELLOW IN ACUTE MEDICINE (ST4+ equivalent)
{{Northampton General Hospital NHS Trust}}   Division of Medicine

Post holder (2021-present): {{Dr Tomasz Wisniewski}}
Reports to: Clinical Director for Acute Medicine ({{Dr Anjali Mehta}})
Sessions: 10 PAs (8 DCC, 2 SPA)
Rota: 1 in 8 acute take registrar; SDEC; AMU ward cover; outreach to {{Danetre Hospital}}.
Responsibilities: clerking and senior review, procedural skills (pleural, LP, central access), teaching FY/IMT, audit and QI, M&M presentations.
Supervision: named clinical supervisor, annual appraisal via {{SARD}}.
Approved: {{Mrs Catherine Dobbs}}, HR Business Partner, 14/07/2021
""")

d(63, "ambulance_prf_extract", "Dr Rhys Llewellyn", """WELSH AMBULANCE SERVICE - ePCR EXTRACT (page 2 of 4)
Incident: [[REF|2303-04-0087]]   Call received 03/03/2023 21:48   Arrived hospital 23:31   Handover 09:11 (04/03)
Pt: [[P|ELLIS-MOBERLEY Gareth W]]   {{DOB 22/07/1951}}   Home: [[A|Hafod, 3 Maes Glas, Ruthin]] [[PC|LL15 1PF]]
Obs (in ambulance, outside ED):
time   RR  SpO2  HR   BP       GCS  NEWS2
23:35  24  91    108  104/66   15   {{7}}
01:10  26  89    114  98/60    15   {{8}}
02:05  30  86    126  88/52    13   {{11}}
Treatment: {{salbutamol 5 mg neb}} x2, {{O2 15 L NRB}}, {{hydrocortisone 200 mg IV}}.
Crew: [[C|O. Bevan]] (Paramedic, HCPC [[G|PA 52231]]), [[C|C. Hughes]] (EMT)
02:10 ED notified of deterioration - Dr on duty ({{Dr R Llewellyn}}) came to vehicle 02:20, pt moved to resus 02:31.
""")

d(64, "police_statement", "Dr Farah Qureshi", """MG11 WITNESS STATEMENT - West Yorkshire Police
Crime No: [[REF|13240187703]]   Occurrence: [[REF|WYP-2405-0912]]

Name of witness: {{Dr Farah Qureshi}}   Occupation: Doctor

On Sunday 19th May 2024 I was working in the Cardiology department at {{Leeds General Infirmary}}. At about 13:30 I reviewed a 3 year old boy, [[P|Tyler-Jay]], for an ECG following a faint. His mother, [[R|Chantelle]], was present together with a man she introduced as "[[R|Rizzo]]".
On the back of [[P|Tyler-Jay]]'s left hand I saw two round burns about 8 mm across. I photographed them with the Trust's medical photography service (image refs [[O|MP-24-5530]], [[O|MP-24-5531]]). When I asked how they happened, the man said "he touched the radiator at his nan's in [[A|Harehills]]".
I made a referral to the Leeds MASH at 14:20. I have no further involvement.
Signed {{F Qureshi}}      Date 21/05/2024
Statement taken by DC [[C|Andrew Boothroyd]] [[O|4471]]
""")

d(65, "gp_letter_overseas_visitor", "Dr Oluwaseun Adeyemi", """{{Royal Stoke University Hospital}} - Acute Medicine
To: Overseas Visitors Office and GP (temporary registration), [[A|Kingsway Medical Centre, Stoke]]
Date: 12/02/2024

Patient: [[P|Mr Thanh Nguyen Van]] (family name [[P|Nguyen]]), {{36 M}}
Passport: [[O|C8831492]] (Vietnam)   NI no: [[O|QQ 12 34 56 C]]   MRN [[H|RJE2299108]]
Address (temporary): c/o [[R|Ms Hoa Tran]], [[A|112 Waterloo Road, Burslem]] [[PC|ST6 3HR]]   Tel [[PH|07700 900803]]

Diagnosis: {{pulmonary tuberculosis}}, smear positive, {{Xpert MTB/RIF}} no rifampicin resistance. HIV negative.
Started {{Rifater}} (RHZ) + ethambutol by weight (62 kg). Notified to UKHSA (notification [[REF|UKHSA-WM-24-01172]]). Contact tracing for household incl. [[R|Ms Tran]] and her two children.
Treatment of TB is exempt from charges under the NHS (Charges to Overseas Visitors) Regulations 2015.
{{Dr O Adeyemi}}, for Dr [[C|Joseph Adesanya]], Consultant
""")

d(66, "caseload_list_ocr", "Dr Priya Raghunathan", """AMU P0ST-TAKE LIST  10/01/2O24  ({{Dr P Raghunathan}} - scanned, OCR)

N0  NAME               UNIT N0     AGE  DlAGN0SIS                      0UTC0ME
1   [[P|DAVENTRY C]]         [[H|M1147720]]    {{48}}   POD + MSSA bacteraernia         Ward
2   [[P|0'R0URKE, Siobhan]]  [[H|M11S0093]]    {{67}}   {{C0PD}} exacerbati0n              H0me
3   [[P|Akhtar Mohd.]]       [[H|M0971184]]    {{82}}   UTl / delirium                   Ward
4   [[P|GREENW00D, Alf]]     [[H|M1136615]]    {{90}}   fa11, rhabd0, {{CK 18400}}         Ward
5   [[P|B.N.]]               [[H|M1149902]]    {{19}}   {{DKA}} (new T1DM)                 HDU
6   [[P|Tayl0r-Fenn R]]      [[H|M1O08452]]    {{54}}   {{Addis0nian crisis}}             Ward
    6   4   2
Reviewed w. {{Dr Martin Oduya}} (c0nsultant)
""")

d(67, "complaint_response", "Dr Ciaran O'Neill", """Northern Health and Social Care Trust - Complaints Department
Our ref: [[REF|NHSCT/C/2024/00388]]      Ombudsman ref (if applicable): [[REF|NIPSO 202401177]]

Dear [[R|Mr Mc Cusker]],

Re: your mother, [[P|Mrs Eileen Mc Cusker]], attendance at {{Antrim Area Hospital}} ED on 19/11/2023

You raised concern that your mother waited 11 hours on a trolley, that she was not offered pain relief until 4 hours after arrival, and that a doctor ("[[C|Dr Mac]]", later identified as Dr [[C|Niall McAteer]], ED registrar) was "dismissive".

{{Dr Ciaran O'Neill}}, the orthopaedic doctor who reviewed your mother, has provided the following response: "I saw [[P|Mrs Mc Cusker]] at 03:10. Her fracture was undisplaced and did not need surgery. I prescribed {{paracetamol 1 g}} and {{Oramorph 2.5 mg}}. I am sorry that she had already waited a long time for analgesia, which should have been given at triage."

The department was at escalation level 4 that night. We have shared your complaint with the ED consultant team, led by Dr [[C|Fionnuala Devlin]].

[[C|Oonagh Brankin]], Complaints Manager
Verified for portfolio: {{Mr Declan Haughey}}, Consultant and Clinical Supervisor
""")

d(68, "email_with_links", "Dr Farah Qureshi", """From: [[C|Kavanagh-Holt, Saoirse]] <[[E|saoirse.kh@example.com]]>
To: {{Qureshi Farah (LEEDS TEACHING HOSPITALS NHS TRUST)}}
Date: 30/04/2024 21:13
Subject: thank you (and the video)

Dear {{Dr Qureshi}},

I just wanted to say thank you for looking after me on {{Ward L20}} last week. I've written about my SCAD on my blog - [[U|https://www.saoirse-after-scad.example.org/post/week-one]] - hope you don't mind that I mentioned you (nicely!). My husband [[R|Declan]] has also put the clip of the ward staff singing on Facebook ([[U|facebook.com/groups/scadsurvivorsuk-example/posts/88123]]).

The SCAD research team at Leicester asked for my hospital number - it's [[H|LGI5520087]] isn't it?

Warm wishes,
[[P|Saoirse]]
Sent from my iPhone

[Applicant's note for portfolio: patient feedback, unsolicited. Forwarded to {{Dr Alistair Brennan}} for verification.]
""")

d(69, "mdt_minutes", "Dr Mohammed Al-Hassan", """ILD MDT - LANCASHIRE & SOUTH CUMBRIA - 15/02/2024 (Teams)
Present: {{Dr C Fenwick-Osei}} (chair), {{Dr M Al-Hassan}} (minutes), Dr [[C|Rhiannon Gatehouse]] (radiology), Dr [[C|Oyelaran]] (histopathology), ILD nurse [[C|Bev Crossley]]

1. [[P|LOMAX, Fergus]]  {{64M}}  ex-smoker, asbestos
HRCT: probable UIP pattern, pleural plaques. {{FVC 71%}}, {{TLCO 52%}}.
MDT diagnosis: {{asbestosis}} vs {{IPF}}; working diagnosis fibrotic ILD (asbestos-related). Eligible for antifibrotic under {{NICE TA747}} (FVC 50-80%). Start {{nintedanib 150 mg bd}}.
Actions: {{MAH}} to counsel re side-effects (diarrhoea, LFTs); refer for industrial injuries; coroner notification if death (asbestos).

2. Pt from Blackpool (no details, referral incomplete) - defer.

3. [[P|Mr Stanislaw Grzybowski]] {{77M}}, RPH no [[H|PR-301877]]: {{hypersensitivity pneumonitis}} (pigeons), {{prednisolone 30 mg}} taper; his son [[R|Marek]] to rehome birds.
""")

d(70, "appraisal_summary", "Dr Ciaran O'Neill", """ANNUAL APPRAISAL - SUMMARY OF DISCUSSION (Form 4)
Doctor: {{Dr Ciaran O'Neill}}   GMC {{7811045}}   Appraisal date: 15/03/2024   Appraisal year 2023/24
Appraiser: {{Dr Grainne Toal}}, trained appraiser, Belfast HSC Trust

Scope of work: Trust Grade Registrar in Trauma & Orthopaedics, {{Royal Victoria Hospital}} and {{Musgrave Park Hospital}}; T&O on-call 1:9.
Supporting information: CPD 62 credits; 2 audits ({{NICE CG124}} hip fracture time to theatre; VTE prophylaxis); MSF and patient feedback satisfactory; no complaints upheld; 1 SUI involvement as witness; logbook 312 cases.
PDP: (1) complete portfolio pathway application - T&O; (2) revision arthroplasty fellowship exposure; (3) ATLS instructor course.
No concerns. Revalidation on track.
Signed: {{Dr Grainne Toal}} (appraiser), {{Dr Ciaran O'Neill}} (doctor)
""")
