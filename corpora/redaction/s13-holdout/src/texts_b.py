# General surgery (Mr Tomasz Wiśniewski) and paediatrics (Dr Siobhán Ní Bhriain)
SURG = "Mr Tomasz Wiśniewski"
PAED = "Dr Siobhán Ní Bhriain"
DOCS = []
def add(id, kind, applicant, text, extra_keep=()):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text, "extra_keep": list(extra_keep)})

add("s13-019", "operation_note", SURG, """
NORTHGATE GENERAL HOSPITAL - OPERATION NOTE
Patient: [[Ms Jade Okonkwo-Barnes|PN]]   DOB {{19/10/1991}}   F
Hosp no [[NGH4471902|HN]]   NHS [[943 476 5919|NHS]]
Date: {{02/03/2024}}   Theatre {{4}}   NCEPOD: {{2A}}   ASA {{II}}
Surgeon: {{Mr T. Wiśniewski}}   Assistant: [[Dr Hannah Oyewole|CN]] (CT2)   Anaesthetist: [[Dr Rupert Vane|CN]]
Operation: {{Laparoscopic appendicectomy}}

Indication: 36 h RIF pain, {{Alvarado score 8}}, CRP {{142}}, USS non-diagnostic. Pregnancy test negative.
Findings: Gangrenous appendix, no perforation, 20 ml turbid fluid pelvis. Ovaries normal.
Procedure: 3-port (umbilical Hasson 12 mm, 5 mm suprapubic, 5 mm LIF). Mesoappendix divided with harmonic. Base secured with 2 x {{Endoloop}}. Specimen in bag via umbilicus. Washout. Umbilical sheath {{0 PDS}}; skin {{3-0 Monocryl}} subcuticular.
EBL minimal.
Post-op: {{co-amoxiclav}} x 24 h then stop; eat and drink; home tomorrow if well. Histology to be followed up in clinic.
Signed {{T. Wiśniewski}}, Specialty Surgeon, GMC {{7091834}}
""")

add("s13-020", "complaint_response", SURG, """
Our ref: [[NGH/COMP/23/1442|REF]]     Your ref: [[KB/legal/0934|REF]]

Statement for the Complaints Department regarding the care of [[Mr Keith Bramwell|PN]] (hospital number [[NGH3309817|HN]])

I was the on-call specialty surgeon on {{16 and 17 August 2023}}. Mr [[Bramwell|PN]] was admitted via the surgical assessment unit on the evening of the 16th with small bowel obstruction on CT, secondary to an incisional hernia. His wife, [[Mrs Paula Bramwell|RN]], has complained that (1) he waited 19 hours for theatre; (2) the registrar who first reviewed him, [[Dr Ifeanyi Obi|CN]], was "dismissive"; and (3) the consent conversation was rushed.

(1) He was booked as NCEPOD category 2 at 21:00. Two category 1 cases (a ruptured AAA and a perforated DU) took priority overnight. I reviewed him at 07:30 and he went to theatre at 15:50. In retrospect his lactate of {{2.9}} at 06:00 should have prompted escalation to category 1B and I have reflected on this.

(2) I have discussed Mrs Bramwell's concerns with Dr [[Obi|CN]], who was very sorry that his manner came across that way. I have not been able to identify any clinical error in his assessment. The consultant, {{Mr Alistair Ferrier}}, is aware.

(3) I took consent myself using the {{Montgomery}} principles and the {{RCS England}} consent guidance, and I documented the risk of bowel resection and stoma. I accept that the environment, a four-bedded bay with the curtain drawn, was not ideal.

I would be happy to meet Mr and Mrs Bramwell with the PALS officer [[Yvonne Strachan|CN]].

{{Mr Tomasz Wiśniewski}}, MD (Poznań), FRCS
Verified: {{Mr Alistair Ferrier}}, Consultant Colorectal Surgeon and Clinical Lead
""", extra_keep=["NCEPOD category 2", "category 1B", "Poznań"])

add("s13-021", "clinic_letter_ocr", SURG, """
NORTHGATE GENERAL HOSP1TAL   Colorectal Out-patients
Tel: [[O1632 960 140|PH]]   Fax [[01632 96O141|PH]]

0ur ref: [[TW/crc/ 2291|REF]]
Hosp No. [[NGH 2O77415|HN]]    NHS No [[6O1 447 2290|NHS]]

Dr [[A. Mukherjee|CN]]
[[Ravensworth Medlcal Centre|AD]]
[[Low Fell|AD]]
[[NE9 6SX|PC]]

Dear Dr [[Mukherjee|CN]]
Re: [[Mrs Ceinwen Rowlands|PN]]   D.O.B. {{O4/12/1958}}
[[8 Dryden Rd|AD]], [[Low Fell|AD]]

Diagnosis: Rectal adenocarcinoma T3N1M0, 9 cm from anal verge
Plan: short-course RT then TME

I saw Mrs [[Rowlands|PN]] in clinic with her husband [[Huw|RN]] today. She had her MRl pelvis on {{2l/O9/2O23}} which was reviewed at MDT. She is keen to proceed. Her perfornance status is {{ECOG 1}}. We discussed the likelihood of a defunctioning ileostorny. She has a CNS contact, [[Sister Maureen Dixon|CN]], on [[O77OO 9OO218|PH]].

Yours sincerely

{{Mr T Wisniewski}}
Specialty Surgeon
""", extra_keep=["T3N1M0", "9 cm"])

add("s13-022", "reflective_diary", SURG, """
I operated on [[Hamish|PN]] on a Thursday in November, the last case of a long list, and I want to write this down because it is the first time I have had to tell a family that something I did caused harm.

[[Hamish Lindqvist|PN]] was seventy-four, a retired ferry engineer who had lived in [[Tynemouth|AD]] all his life, and he came in for an elective laparoscopic right hemicolectomy. The dissection was difficult - he had adhesions from an old open cholecystectomy done "somewhere in Norway" in the 1980s - and I converted to open. On day 4 his abdomen became distended and his CRP climbed to {{310}}. The CT showed an anastomotic leak. I took him back to theatre that night with {{Mr Alistair Ferrier}}, my supervisor, who scrubbed in with me.

Afterwards I went to the relatives' room. His wife [[Ingrid|RN]] was there with their daughter [[Astrid Lindqvist-Hale|RN]], who had driven up from [[Leeds|AD]]. I explained what had happened: that the join had leaked, that this is a known complication of around {{5-8%}}, that we had washed out the abdomen and brought out an end ileostomy. I told them I was sorry. [[Astrid|RN]] asked me directly whether someone had made a mistake. I said that I did not yet know, that the case would be reviewed, and that I would tell them what the review found. That answer felt inadequate in the moment but I think it was honest.

Mr [[Lindqvist|PN]] spent nine days on ICU. The morbidity review (M&M {{14/12/2023}}) found no technical error but noted that his pre-operative albumin of {{26}} had not triggered a prehabilitation referral. I have since changed my own pre-assessment checklist to include a nutrition screen using {{MUST}}.

He came to clinic in February with [[Ingrid|RN]], thinner but walking without a stick, and asked me when he could get back on his allotment near the [[Priory|AD]]. I realised I had been more frightened of that conversation than of the operation.

Discussed with {{Mr Alistair Ferrier}} (Educational Supervisor), {{20/02/2024}}.
""", extra_keep=["M&M"])

add("s13-023", "dops", SURG, """
DIRECT OBSERVATION OF PROCEDURAL SKILLS (DOPS)
Assessor: {{Mr Alistair Ferrier}} (Consultant, GMC {{2986540}})   Doctor: {{Mr Tomasz Wiśniewski}}
Procedure: {{Flexible sigmoidoscopy}}   Date: {{09/05/2024}}   Venue: {{Endoscopy Unit, Northgate General Hospital}}
Patient: [[P.McG.|PN]], 62M, [[NGH4418265|HN]]   Difficulty: average

Consent ✓  Preparation ✓  Technical ability ✓  Aseptic technique n/a  Seeking help appropriately ✓  Post-procedure management ✓  Communication ✓
Depth reached: 60 cm. Polyp 6 mm sigmoid, cold snare. {{Boston Bowel Preparation Scale}} n/a (enema).
Overall: competent to perform unsupervised.
Comment: Good loop management. Explained findings to pt and his wife clearly.
""", extra_keep=["62M", "60 cm"])

add("s13-024", "gp_referral_letter", SURG, """
[[Ashgrove Family Practice|AD]]
[[Unit 3, Station Approach|AD]], [[Whitley Bay|AD]] [[NE26 2QY|PC]]
Tel [[01632 960382|PH]]  nhs.net: [[ashgrove.practice@nhs.example|EM]]

{{10 January 2024}}

Dear Colleague / Mr Wiśniewski,

2WW referral - suspected lower GI cancer
[[Mr Dennis Yeoman|PN]]   born {{22.06.1949}}   NHS [[438-211-6604|NHS]]
[[44 Marden Crescent|AD]], [[Whitley Bay|AD]] [[NE26 3LP|PC]]   mob [[07700 900162|PH]]

Many thanks for seeing [[Dennis|PN]], 74, who has had 8 weeks of change in bowel habit to looser stool and FIT of {{186 µg Hb/g}}. Hb {{104}}, ferritin {{9}}. Weight loss about half a stone. He lives with his partner [[Gary|RN]] who is happy to help with bowel prep. He is hard of hearing - please phone Gary on [[07700 900163|PH]] rather than Dennis.

PMH: AF on {{edoxaban 60 mg}}, hypertension. {{CHA2DS2-VASc}} 3.

Kind regards
[[Dr Felicity Raine|CN]]
GP Partner
""", extra_keep=["Mr Wiśniewski"])

add("s13-025", "clinic_letter", PAED, """
Children's Outpatients, {{Medway Vale Hospital}}
Paediatric secretaries [[01632 960655|PH]]   [[mvh.paedsecs@nhs.example|EM]]

Clinic: {{General Paediatrics}}   Seen: {{21/11/2023}}   Letter typed: {{27/11/2023}}
Consultant: {{Dr Kwame Asante}}   Seen by: {{Dr Siobhán Ní Bhriain}}, Specialty Doctor

To: [[Dr Gurpreet Sandhu|CN]], [[Riverside Health Centre|AD]], [[Chatham|AD]] [[ME4 4TZ|PC]]
cc: Parents - [[Mr & Mrs Olowe|RN]], [[Flat 9, Pier Court|AD]], [[Gillingham|AD]] [[ME7 1RW|PC]]
cc: Health visitor [[Jenny Lau|CN]]

Re: [[Toluwani Olowe|PN]] ("[[Tolu|PN]]")   DOB {{03/05/2022}}   NHS [[487 203 3318|NHS]]   Hosp [[MV0893321|HN]]

Diagnoses: 1. {{Faltering growth}} - weight crossing down from 50th to 9th centile, now stabilising. 2. {{Cow's milk protein allergy}}, non-IgE.

Thank you for referring Tolu, now 18 months, whom I saw with his mum [[Funmilayo|RN]] and his older sister. Since starting {{Alfamino}} in September his stools have settled and his weight today is {{9.9 kg}} (9th centile), length {{80 cm}} (25th). Development is appropriate; he has 12 words and walks independently.

Plan: continue {{extensively hydrolysed formula}} / amino-acid formula; dietitian review; milk ladder from 1 year after diagnosis (iMAP guideline). I will see him again in 4 months.

Yours sincerely,
{{Dr Siobhán Ní Bhriain}}, MB BCh BAO, MRCPCH
""", extra_keep=["50th to 9th centile", "18 months", "12 words", "iMAP guideline"])

add("s13-026", "safeguarding_strategy_minutes", PAED, """
CHILD PROTECTION - STRATEGY DISCUSSION (s47)          CONFIDENTIAL
{{Medway Vale Hospital}} / {{Medway Children's Services}}   {{14/02/2024}} 10:30 (MS Teams)
Child: [[Lacey-Mae Turnbull|PN]]  DOB {{07/09/2023}} (5 months)   NHS [[720 118 4467|NHS]]   MVH no [[MV1120458|HN]]
LA ref: [[MCS-CP-24-0318|REF]]     Police (Kent) CRN: [[46/24/0012771|REF]]     MASH ref [[MASH-24-02155|REF]]

Attendees: [[DC Sarah Ogunleye|CN]] (Kent Police CAIT); [[Marcus Hynes|CN]] (social worker, chair); {{Dr Siobhán Ní Bhriain}} (paediatrics); [[Amy Chalk|CN]] (HV); [[Dr Leon Pritchard|CN]] (radiology)

Presenting concern: 2 bruises to L cheek and pinna noted by HV on routine visit to [[12 Sovereign Boulevard|AD]], [[Gillingham|AD]]. Non-mobile infant. Mother [[Chelsea Turnbull|RN]] (19) gave no explanation; partner [[Jordan Pike|RN]] (not father) said the baby "rolled into the cot bars".

Medical findings (SNB): TEN-4-FACESp positive (ears, facial). Skeletal survey: posterior R 6th rib fracture, healing (callus) - estimated 2-4 weeks old. CT head normal. Ophthalmology: no retinal haemorrhages. Bloods incl. clotting, bone profile, {{vitamin D 52 nmol/L}} normal.

Outcome: threshold for s47 enquiry ({{Children Act 1989}}) met. [[Lacey-Mae|PN]] to remain in hospital; maternal grandmother [[Denise Turnbull|RN]] of [[Rainham|AD]] to be assessed as a kinship carer. Police to interview [[Mr Pike|RN]]. Initial child protection conference within 15 working days.

Dr Ní Bhriain to provide a written report by {{21/02/2024}}; {{Dr Kwame Asante}} (named doctor) to review.
""", extra_keep=["SNB", "Dr Ní Bhriain", "TEN-4-FACESp", "5 months", "Children Act 1989"])

add("s13-027", "incident_reflection", PAED, """
Reflection on a prescribing incident (Datix [[MVH-INC-38207|REF]])

On the night of {{3 October 2023}} a ten-fold overdose of {{morphine}} was prescribed for a 14-month-old on the children's ward. I was not the prescriber - the prescription was written by an FY2, [[Dr Ellis Montague|CN]], who had been on the ward for four days - but I was the registrar on call and I had verbally agreed the dose with [[Ellis|CN]] over the phone while I was in ED with a septic neonate. The nurse, [[Staff Nurse Precious Ndlovu|CN]], checked the dose against the BNFc, queried it, and the error was intercepted before administration. The child, [[Archie Fenwick-Doyle|PN]] ([[MV1004417|HN]]), came to no harm.

I have thought about my part in this. I said "two hundred micrograms per kilo" and [[Dr Montague|CN]] heard "two milligrams per kilo". Neither of us used read-back. I had also not looked at the drug chart afterwards. The investigation (led by [[Dr Nasreen Haque|CN]], patient safety lead) described it as a latent failure in telephone prescribing, which is true, but I was part of that failure.

Changes: I now insist on read-back of every verbal dose and I check the chart at the next opportunity. I ran a ten-minute "safety huddle" on units and decimal points which was repeated on all three rotations. Archie's parents, [[Leanne|RN]] and [[Dom|RN]], were told about the near miss by the ward sister and me the next morning; they were gracious, and [[Dom Fenwick-Doyle|RN]] asked if he could see the new checklist, which I showed him.

Supervisor sign-off: {{Dr Kwame Asante}}, {{10/11/2023}}.
""", extra_keep=["BNFc", "14-month-old"])

add("s13-028", "parent_letter", PAED, """
Dear Dr Shiv (sorry I can never say your name right!),

I just wanted to write and say thank you from me and [[Amara|PN]]. When we came in to A&E on Boxing Day with her breathing so bad I was so scared, I'd already lost my brother [[Tunde|RN]] to asthma when he was 12 and I thought it was happening again. You stayed with us even when your shift was finished.

Amara is doing so good now. She has her brown inhaler every morning and she is back at [[Napier Primary|AD]] with her friends, she's even in the school play. [[Mrs Kowalczyk|CN]] her teacher has got the asthma plan on the classroom wall.

I have put our address in case you want to send a card back, Amara would love that:
[[Miss Bisola Adeyemi|RN]]
[[41 Canterbury Street|AD]]
[[Gillingham|AD]] [[ME7 5TN|PC]]

God bless,
[[Bisola|RN]] and Amara xx
""", extra_keep=["Dr Shiv"])

add("s13-029", "mini_cex", PAED, """
Mini-CEX   Assessor: {{Dr Kwame Asante}}, Consultant Paediatrician (GMC {{4190275}})
Doctor: {{Dr S. Ní Bhriain}}   Date {{06/03/2024}}   Setting: PAU
Clinical problem: 6-year-old boy, fever 5 days, ? {{Kawasaki disease}}
Patient ID (for log): [[JK-D|PN]] / [[MV1209938|HN]]

History taking 5/6 - covered all {{AHA criteria}}; asked about siblings' illness.
Examination 5/6 - noticed BCG site erythema, peeling fingertips, {{Beau's lines}} absent. Cervical node 1.8 cm.
Communication 6/6 - explained echo & {{IVIG 2 g/kg}} to dad ([[Mr Kamau|RN]]) with interpreter (Swahili) - used professional interpreter not the older brother. Excellent.
Judgement 5/6 - appropriately started {{aspirin}} after discussion.
Overall: above expectations for completion of training.
Development: document the {{Z-score}} plan for echo follow-up.
""", extra_keep=["6-year-old boy", "1.8 cm"])

add("s13-030", "neonatal_discharge_summary", PAED, """
NEONATAL UNIT DISCHARGE SUMMARY - {{Medway Vale Hospital}} {{SCBU}}
Baby: [[Baby of Rukhsana Begum|PN]]   (to be named: [[Zayan|PN]])
DOB {{11/01/2024}} 04:12   Sex {{M}}   GA {{34+2}}   BW {{2.14 kg}}
NHS [[715 998 2140|NHS]]   Hosp [[MV1183006|HN]]   BadgerNet ID [[BN-0034-771-20|OID]]
Mother: [[Rukhsana Begum|RN]], [[MV0984412|HN]], [[Flat 17, Medway Heights|AD]], [[Strood|AD]] [[ME2 4DA|PC]]; tel [[07700 900874|PH]]
GP: [[Dr Tariq Anwar|CN]], [[Strood Central Surgery|AD]]

Problems: 1. Preterm 34/40  2. {{Transient tachypnoea of the newborn}} - {{CPAP}} 18 h  3. Jaundice, peak SBR {{218 µmol/L}} day 3, phototherapy 24 h  4. Feeding: NGT then full breast/cup feeds by day 9
Screening: newborn bloodspot taken day 5; hearing AABR pass bilateral; {{NIPE}} normal.
Discharge: {{22/01/2024}}, weight {{2.06 kg}}. Community neonatal nurse [[Bernadette O'Rourke|CN]] to visit {{23/01}}.
Completed by {{Dr Siobhán Ní Bhriain}}
""", extra_keep=["34/40", "day 9", "day 3", "day 5"])

add("s13-031", "email", PAED, """
From: Ní Bhriain Siobhán (MEDWAY VALE HOSPITAL)
To: [[Pearce, Georgina (HEALTH VISITING)|CN]] <[[georgina.pearce3@nhs.example|EM]]>
Sent: 18 April 2024 09:03
Subject: FW: [[Kaiden|PN]] - missed appts x3 - Was Not Brought

Hi Georgie,

Just to let you know [[Kaiden Marsh|PN]] ([[MV1066372|HN]], DOB {{29/07/2021}}) has now been Was Not Brought to three clinics in a row for his eczema/faltering growth review. I've tried mum's mobile ([[07700 900239|PH]]) twice - it goes to voicemail and the box is full. The address we have is [[6 Hoo Road, Frindsbury|AD]] but the GP thinks they may have moved in with mum's new partner in [[Sittingbourne|AD]].

I don't think this is a safeguarding referral yet on its own, but given the previous CP plan for his half-brother [[Riley|RN]] (2019), I'd value your view. Could you do a home visit before I discharge? If they're not found I will follow our WNB policy and discuss with the named nurse.

Thanks,
Siobhán
Dr Siobhán Ní Bhriain | Specialty Doctor, Paediatrics | Bleep 5520
""", extra_keep=["Siobhán", "Bleep 5520", "Was Not Brought", "WNB policy"])

add("s13-032", "reflective_diary", PAED, """
Reflective entry - {{June 2023}} - a Friday evening in PAU

[[Maisie|PN]]'s dad knew something was wrong before any of us did. That is the sentence I wrote at the top of the page at 2 a.m. when I got home, and I still think it is the heart of this reflection.

She was four, and she had been seen twice that week - once by her GP, once by our own out-of-hours service - with a "viral illness". When her father, [[Craig Rennison|RN]], brought her to the assessment unit on the Friday he said she was "just not herself" and that she had not wanted to go to her best friend [[Poppy|RN]]'s birthday party at the soft-play in [[Lordswood|AD]], which for Maisie was unheard of. Her observations were borderline: heart rate 150, temperature 38.4, capillary refill three seconds. On the NICE traffic-light system she was amber.

The registrar from the previous shift, [[Dr Kofi Boateng|CN]], had handed her over as "probably viral, obs in an hour". I did not disagree at handover. But when I went to see her I noticed a single non-blanching spot on her ankle, hidden by her sock, which [[Craig|RN]] had pointed to and said "is that anything?"

I want to say I acted immediately, and I did: bloods, cultures, {{ceftriaxone 80 mg/kg}}, fluid bolus, senior review by {{Dr Kwame Asante}} within the hour. [[Maisie Rennison|PN]] had meningococcal septicaemia ({{Neisseria meningitidis}} group B on PCR). She spent four days on the PICU at the regional centre and came home without limb loss.

What I keep thinking about is how close we were to letting the handover label carry the decision. I do not blame [[Kofi|CN]]; at 17:00 she may genuinely have looked well. What I have changed is my own habit: I now undress every febrile child fully at my first assessment, even when they are "probably viral", and I ask parents "what is different this time?". I have shared this as an anonymised case at our departmental learning event (without the family's names).

Mr [[Rennison|RN]] sent a card with a drawing by Maisie of "the doctor with the torch". It is on my fridge.
""", extra_keep=["NICE traffic-light system", "38.4", "heart rate 150"])
