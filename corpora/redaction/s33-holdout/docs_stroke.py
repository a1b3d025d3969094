from gen_common import *
a=A2
d("thrombolysis_proforma", a, """
STROKE THROMBOLYSIS PROFORMA – {{Queen Elizabeth Hospital Birmingham}} Hyperacute Stroke Unit
Patient label: [[SHEIKH, Abdul Rahman|P]]  DOB {{07/07/1948}}  {{M}}  MRN [[QE5520913|H]]  NHS [[401 023 7719|N]]
Address: [[41 Ladypool Road, Sparkbrook, Birmingham|A]] [[B12 8LF|PC]]
Onset / last known well: {{18:40}} (per son [[Abdur-Rahman Sheikh Jr|R]] – also spelt "[[Abdulrahman Shaikh|R]]" on ambulance sheet)
Door: {{19:52}}   CT: {{20:04}}   Needle: {{20:31}}   DTN {{39 min}}
{{NIHSS}} on arrival {{14}}; {{mRS}} pre-morbid {{1}}.
BP {{178/96}} → {{labetalol 10 mg}} IV → {{172/90}}.
Weight {{82 kg}} → {{alteplase 74 mg}} total ({{7.4 mg}} bolus, {{66.6 mg}} infusion over {{60 min}}).
CTA: L M1 occlusion → referred for thrombectomy, accepted by [[Dr Imran Qureshi|C]] (neuro-IR).
Ambulance incident no [[WM-2026-8811047|REF]].
Clinician: {{Dr Anjali Raghunathan}}, GMC {{7384021}}. Countersigned {{Dr Philip Osei}}, consultant stroke physician.
""")
d("thrombolysis_proforma_ocr", a, """
THR0MB0LYSIS CHECKLIST  (scanned)  pg {{1}}/{{3}}
Narne: [[K0WALSKA  Zofia|P]]      Hosp no [[QE55 17 284|H]]
DOB {{11/O3/1939}}   Sex F
Exclusi0ns:  [ ] prior ICH  [x] DOAC < 48h? -> {{apixaban 2.5 mg}} last dose {{09:00}} ... NOT for lysis
Anti-Xa level requested, lab no [[B26.338817.X|O]]
NIHSS {{8}}   GCS {{14}}
Granddaughter [[Kasia|R]] ({{interpreting}}) tel [[07700 9OO 386|PH]]
Sign: {{A Raghunathan}} / {{Dr P. Osei}}
""")
d("falls_audit_rows", a, """
FALLS AUDIT – Ward {{W711}} (Care of the Elderly), {{City Hospital}}, Sept–Oct 2026
Audit lead: {{Dr Anjali Raghunathan}}; supervisor: {{Dr Philip Osei}}
Standard: lying/standing BP within {{24 h}} of admission (NICE {{NG249}})
ID  Initials  Hosp no      Age Sex  L/S BP  Meds review  Delirium screen ({{4AT}})  Fall
01  [[BW|P]]        [[CH8830114|H]]   {{88}}  M    N       Y            {{4AT 6}}                 Y – #wrist
02  [[MdS|P]]       [[CH8830207|H]]   {{91}}  F    Y       Y            {{4AT 0}}                 N
03  [[TTH|P]]       [[CH8829955|H]]   {{79}}  F    N       N            {{4AT 2}}                 N
04  [[AO|P]]        [[CH8831020|H]]   {{84}}  M    Y       Y            {{4AT 8}}                 Y – head injury, CT
05  [[GB|P]]        [[CH8830551|H]]   {{93}}  F    N       Y            not done           Y
Compliance L/S BP: {{2/5 (40%)}}.  Datix for falls 01, 04, 05: [[CHT-33107|REF]], [[CHT-33152|REF]], [[CHT-33190|REF]]
""")
d("delirium_audit_csv", a, """
"audit_id","patient","hosp_no","dob","sex","4AT","CAM","cause","antipsychotic"
"D01","[[Brown, Winston|P]]","[[CH8830114|H]]","{{12/05/1938}}","M","{{6}}","pos","UTI","none"
"D02","[[da Silva, Maria do Céu|P]]","[[CH8830207|H]]","{{29/02/1935}}","F","{{0}}","neg","-","none"
"D03","[[Trần Thị Hoa|P]]","[[CH8829955|H]]","{{01/01/1947}}","F","{{2}}","neg","-","none"
"D04","[[Ogunleye, Adewale|P]]","[[CH8831020|H]]","{{17/09/1942}}","M","{{8}}","pos","constipation, {{codeine}}","{{haloperidol 0.5 mg}} x1"
"D05","[[Baker, Gwendolyn|P]]","[[CH8830551|H]]","{{03/03/1933}}","F","n/a","n/a","-","none"
# Note: D03 registered as "[[Tran Thi Hoa|P]]" on PAS, "[[Hoa Tran|P]]" on drug chart
# Export: {{Dr A. Raghunathan}} {{2026-10-31}}
""")
d("ward_round_list", a, """
COTE ward round {{W711}} – {{Mon 16/11/2026}} – cons {{Dr Osei}}, reg {{AR}}
b1  [[Mrs Gwen Baker|P]]  93  – frail, {{CFS 7}}, EOL discussion w/ son [[Ieuan|R]] ([[Cardiff|A]], by phone [[029 2018 0344|PH]])
b2  [[Mr Winston Brown|P]] ("[[Winnie|P]]") 88 – wrist # ORIF done, delirium resolving, {{4AT 1}}
b3  [[Paddy Joyce|P]] 76 – Irish Traveller, family camp at [[Ravenshaw Way site|A]]; wife [[Bridget|R]] asks for discharge to site not care home. {{Barthel 55}}.
b4  [[Ferenc Lakatos|P]] 81 (Roma, Hungarian) — family call him "[[Feri|P]]"; interpreter booked (Hungarian) – [[LAKATOS Ferenc|P]] on wristband
b5  [[Mrs Hope|P]] 90 – hyponatraemia {{Na 121}}, {{fluid restrict 1 L}}
b6  [[Sister Mary Assumpta|P]] 87 – nun from [[Convent of the Holy Child, Edgbaston|A]], {{AF}}, start {{apixaban 5 mg bd}} (CHA2DS2-VASc {{5}})
""")
d("mini_cex", a, """
Mini-CEX
Doctor: {{Dr Anjali Raghunathan}}  GMC {{7384021}}
Assessor: {{Dr Philip Osei}} (consultant stroke physician; GMC {{4922318}})
Date {{04/11/2026}}   Setting: Hyperacute Stroke Unit, {{Queen Elizabeth Hospital Birmingham}}
Case: {{72F}} TIA clinic, {{ABCD2}} score {{5}}, {{carotid duplex}} {{70-99%}} stenosis R ICA. Patient [[Mrs Begum|P]] (clinic list name "[[BEGUM Rahima|P]]") came with her daughter-in-law [[Shabana|R]], who interpreted in Sylheti.
Feedback: good explanation of {{carotid endarterectomy}} risk; should have used professional interpreter rather than family.
Overall: {{6/9}}
""", extra_keep=["4922318"])
d("family_meeting_note", a, """
Family meeting – {{W711}} – {{20/11/2026}} 14:00
Patient: [[Mr Ferenc Lakatos|P]] (DOB {{05/05/1945}}, M), hosp no [[CH8832771|H]]
Present: {{Dr A Raghunathan}}; daughter [[Erzsébet Lakatos|R]] (aka "[[Erzsi|R]]"); son-in-law [[Zoltan Horváth|R]]; Hungarian interpreter [[Mrs Ildikó Balogh|C]]; social worker [[Kerry-Ann Mitchell|C]]
Family live at [[88 Bordesley Green|A]], [[B9 4TJ|PC]].
Discussed: second stroke, {{NIHSS 19}}, dysphagia, PEG vs comfort feeding. Family asked that the Pentecostal Roma pastor from [[Cristo Vive church, Small Heath|A]] visit.
Outcome: trial of NG feeding for {{2 weeks}}; review {{04/12/2026}}.
""")
d("stroke_handover", a, """
hasu hndvr 23/11 nights → days
- bed 2 [[abdul rahman sheikh|P]] post thrombectomy TICI {{2b}}, BP target < {{140}}, repeat CT {{24h}} ({{21:00}})
- bed 5 [[ms. nkechi obi-okafor|P]] lacunar, {{clopidogrel 300 mg}} load given {{01:10}}
- bed 6 [[Will|P]] (surname [[Hughes-Pritchard|P]]) – welsh speaker, prefers Welsh ("[[Wil|P]]"), SALT {{13:00}}
- bed 8 – "the lady from the mosque" ([[Green Lane Masjid|A]]) – [[Mrs Fatuma Hirsi Ali|P]] / [[Faduma Xirsi Cali|P]] – AF new, {{CHA2DS2-VASc 4}}
handover by [[Dr Ben Ackroyd|C]] to {{AR}}
""")
d("complaint_response_stroke", a, """
Our Ref: [[C-2026-04472|REF]]
{{Sandwell and West Birmingham NHS Trust}}
{{26 November 2026}}
Ms [[Grace Ward|R]]
[[7 Church Lane|A]]
[[Handsworth|A]]
[[BIRMINGHAM|A]] [[B20 2PN|PC]]
Dear Ms [[Ward|R]],
Re: your father, Mr [[Kenneth Ward|P]], DOB {{02/08/1936}}, hospital number [[CH8827650|H]]
I am sorry that your father fell on {{ward W711}} on {{12 October 2026}}. A falls investigation (incident no. [[CHT-32998|REF]]) found that his lying and standing blood pressure had not been measured and that his bed rails assessment was incomplete.
{{Dr Anjali Raghunathan}}, speciality doctor in Care of the Elderly, has since led an audit of falls prevention on the ward and the results are now shared monthly.
Yours sincerely,
{{Dr Philip Osei}}, Consultant Geriatrician & Clinical Lead
cc [[Dr Samuel Green|C]], GP, [[Soho Road Medical Centre|A]]
""")
d("reflection_transliteration", a, """
Reflective entry: one patient, three names
A {{79}}-year-old woman was admitted with a posterior circulation stroke. Her name appeared as "[[Trần Thị Hoa|P]]" on her own letter from the GP, "[[TRAN Thi Hoa|P]]" on PAS and "[[Hoa Tran|P]]" on the drug chart. A second patient on the same ward, "[[Tran Hoa|P]]", had warfarin prescribed — a near miss when a nurse gave the INR result to the wrong chart.
We raised Datix [[CHT-33411|REF]]. I presented this at our governance meeting chaired by {{Dr Philip Osei}}.
Learning: always use two identifiers (name + DOB), never just the first name. Since then we put a "name alert" sticker on the board.
{{Anjali Raghunathan}} {{01/12/2026}}
""")
d("tia_clinic_letter", a, """
TIA CLINIC – {{City Hospital}}, Dudley Road
Clinic date {{09/11/2026}}   Dictated {{Dr A Raghunathan}}   Typed [[jk|C]]
GP: [[Dr R. Mahmood|C]], [[Lozells Health Centre|A]], [[B19 1NB|PC]]
Re: [[Mr Rhys Owen Baker|P]], DOB {{14/04/1960}}, [[12 Hope Street|A]], [[Balsall Heath|A]], [[B12 9RR|PC]]. NHS [[4820197734|N]]. Hospital [[CH8834012|H]]
Diagnosis: TIA (L hemisphere), {{ABCD2 4}}. MRI DWI negative. ECG sinus.
Plan: {{clopidogrel 75 mg}} od; {{atorvastatin 80 mg}}; BP target {{<130/80}}. DVLA: not to drive for {{1 month}}.
Mr [[Baker|P]] works as a bus driver for [[National Express West Midlands, Yardley Wood garage|A]] – advised about group 2 licence rules.
""")
d("wba_supervisor_letter", a, """
Letter confirming experience
To whom it may concern,
I confirm that {{Dr Anjali Raghunathan}} (GMC {{7384021}}) has worked as a Specialty Doctor in Stroke and Geriatric Medicine at {{Queen Elizabeth Hospital Birmingham}} and {{City Hospital}} since {{March 2023}}. She has independently delivered thrombolysis to over {{120}} patients, led the falls audit, and teaches the {{IMT}} trainees.
{{Dr Philip Osei}}
Consultant Stroke Physician, GMC {{4922318}}
""")
d("interpreter_email_roma", a, """
From: {{Anjali Raghunathan}} <[[a.raghunathan@swbh.example.uk|E]]>
To: [[bookings@citylangs.example.co.uk|E]]
Subject: Romanes/Slovak interpreter – discharge planning

Hi [[Denisa|C]],
We need a Slovak (ideally Romani-speaking) interpreter for patient [[Mr Julius Horvát|P]] (hosp [[CH8835507|H]]) on Thurs {{10/12}} at {{11:00}}. Family say he prefers Romani. His grandson [[Marcel|R]] can be reached on [[07700 900873|PH]] and lives with him at [[Flat 9, Lea Hall Court|A]], [[B33 8JJ|PC]].
Thanks, Anjali
---
Dr Anjali Raghunathan | Specialty Doctor COTE | ext {{5521}}

Reply: Booked – ref [[CL-88120|REF]], interpreter [[Mr Ondrej Gaži|C]].
""")
d("discharge_summary_lowercase", a, """
d/c summ – [[mrs sinead o'brien-keane|P]] 84f dob {{22/12/1941}} mrn [[ch8836621|H]]
adm {{18/11}} w/ fall + delirium (4at {{7}}), ct head nad. hyponat {{na 124}} → {{128}} on fluid rest.
meds: stop {{citalopram 20 mg}} (siadh), start {{sertraline 50 mg}}? → deferred to gp.
d/c to [[st joseph's nursing home, harborne|A]]. nok niece [[aoife|R]] [[0121 496 0733|PH]].
fu: falls clinic {{6/52}}. — ar
""")
d("teaching_feedback_stroke", a, """
Feedback – "Thrombolysis decisions in 10 minutes" – IMT teaching {{25/11/2026}}
Facilitator {{Dr Anjali Raghunathan}}; observed by {{Dr Philip Osei}}
n = {{18}}; overall {{4.7}}
"Loved the worked case with {{NIHSS 14}} and {{alteplase 0.9 mg/kg}}"
"Cases felt real – was '[[Mr S|P]]' [[Mr Sheikh|P]] from bed 2??" 
"more on {{tenecteplase 0.25 mg/kg}} please"
Submitted by [[Dr Aisha Bello|C]] (IMT2) – [[aisha.bello2@nhs.example.uk|E]]
""")
d("geriatric_cga_note", a, """
CGA – Frailty Assessment Unit   {{04/12/2026}}
[[GRACE, Eleanor|P]] (goes by "[[Nell|P]]"), {{F}}, DOB {{08/10/1937}}, NHS [[623 118 0457|N]]
Lives alone at [[Flat 2, 19 Bishop Street|A]], [[Digbeth|A]]; key safe code [[4471|O]]. Warden [[Mr Tony Mark|R]].
Attends [[St Chad's Cathedral|A]] weekly; former dinner lady at [[Nelson Mandela Primary School|A]].
{{Clinical Frailty Scale 6}}; {{MoCA 19/30}}; {{Timed Up and Go 24 s}}.
Polypharmacy: {{amitriptyline 25 mg}} stopped; {{alendronic acid 70 mg}} weekly started.
Assessed by {{Dr A. Raghunathan}}.
""")
d("stroke_mdt_minutes", a, """
Stroke MDT minutes – {{02/12/2026}}
Chair {{Dr Philip Osei}}; minute-taker {{Dr Anjali Raghunathan}}
1. [[AR Sheikh|P]] (bed 2) – {{mRS 3}}, rehab at {{Moseley Hall Hospital}} accepted.
2. [[Nkechi Obi-Okafor|P]] – home with ESD, husband [[Chukwuemeka|R]] main carer.
3. [[Wil Hughes-Pritchard|P]] – Welsh-speaking SLT sought via {{Betsi Cadwaladr}}? no – use Teams. {{MoCA 22}}.
4. [[F. Hirsi Ali|P]] – {{apixaban 5 mg bd}} started day {{3}}.
Physio [[Tom Whitfield|C]] raised concern that bed 6 hoist sling is missing – Datix [[QE-D-551208|REF]].
""")
d("short_rota_msg", a, """
Hi all, {{AR}} here – I'm stroke reg on call {{Sat 12/12}}, bleep {{6603}}. [[Dr Ackroyd|C]] swapped with me; [[Ben|C]]'s mobile is [[07700 900145|PH]] if switch can't reach him.
""")
d("coroner_statement_stroke", a, """
Coroner's Court ref: [[BHM/26/1187|REF]]
Inquest touching the death of [[Kenneth Arthur WARD|P]] (born {{02/08/1936}})
Statement of {{Dr Anjali Raghunathan}}, MBBS MRCP, GMC {{7384021}}.
1. I reviewed Mr [[Ward|P]] on {{12/10/2026}} at {{09:30}} after his fall at {{03:15}}. The night FY1, [[Dr Oliver Kent|C]], had documented {{GCS 15}}.
2. A CT head at {{11:02}} showed an acute subdural haematoma. He was taking {{apixaban 2.5 mg}} bd.
3. The neurosurgical registrar at {{Queen Elizabeth Hospital Birmingham}}, [[Mr Dev Pillai|C]], advised conservative management.
4. His daughter [[Grace|R]] was informed at {{12:00}}.
Signed {{A. Raghunathan}}
""")
d("msf_patient_feedback", a, """
Patient feedback questionnaire – {{Dr Anjali Raghunathan}}  ({{22}} responses; collated by {{Mrs Parveen Akhtar}}, appraisal admin)
"She spoke to my mum in Punjabi which meant a lot – [[Surinder Kaur|R]]"
"Doctor explained the clot buster clearly."
"Please thank her from the [[Mensah|P]] family, ward {{W711}} bed 3" 
Mean score {{4.8/5}}.
""")
