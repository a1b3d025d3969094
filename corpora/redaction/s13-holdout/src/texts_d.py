# Obstetrics & gynaecology (Dr Chinonso Eze); acute medicine, Wales (Dr Rhys Pritchard)
OBS = "Dr Chinonso Eze"
AMED = "Dr Rhys Pritchard"
DOCS = []
def add(id, kind, applicant, text, extra_keep=()):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text, "extra_keep": list(extra_keep)})

add("s13-043", "incident_reflection", OBS, """
Reflection - massive obstetric haemorrhage, labour ward, {{Thameside University Hospital}}
StEIS: [[2023/21884|REF]]   Datix: [[TUH-W-44190|REF]]   HSSIB referral: not met

[[Mrs Adaeze Nwachukwu|PN]] (MRN [[TUH7713045|HN]]), a 31-year-old G3P2, had a spontaneous vaginal delivery at 23:05 on {{14/10/2023}}. The midwife, [[Rosie Calloway|CN]], called me at 23:20 for a PPH of 1,200 ml. I was the registrar; my consultant that night, [[Miss Henrietta Gould|CN]], was at home 25 minutes away.

We followed the {{RCOG Green-top Guideline No. 52}}: {{oxytocin}} infusion, {{ergometrine}}, {{carboprost 250 micrograms}} x 3, {{tranexamic acid 1 g}}. ROTEM showed low FIBTEM; we gave {{cryoprecipitate}}. Total EBL {{3.4 L}}. In theatre I placed a {{Bakri balloon}}; bleeding settled.

Her husband, [[Emeka|RN]], was in the corridor holding their newborn, and no one spoke to him for almost an hour. That is the part that went wrong, and it is the one the family raised afterwards. I have learned that in a major haemorrhage someone must be named to communicate with the partner. We added a "family liaison" role card to the MOH box.

Reviewed with my educational supervisor, {{Miss Rebecca Lowther}}, on {{03/11/2023}}.
""", extra_keep=["G3P2", "1,200 ml", "31-year-old"])

add("s13-044", "clinic_letter", OBS, """
Antenatal Clinic, {{Thameside University Hospital}}
Tel: [[020 7946 0512|PH]]

{{12/06/2024}}

Dr [[Samira Haddad|CN]]
[[Bow Common Health Centre|AD]]
[[London|AD]] [[E3 4AA|PC]]

Dear Dr Haddad,

[[Ms Ngozi Ikechukwu-Afolabi|PN]]   DOB {{25/12/1993}}   Hosp no. [[TUH 8820177|HN]]   NHS [[6349905512|NHS]]
[[Flat 44, Trinity Buildings, 2 Devons Road|AD]], [[London|AD]] [[E3 3PN|PC]]
EDD {{02/10/2024}}   Gestation today 24+1

Diagnosis: {{Gestational diabetes}} (OGTT fasting {{5.9}}, 2 h {{8.4}}); previous {{caesarean section}} x1; {{BMI 36}}

I saw [[Ngozi|PN]] with her sister [[Chidinma|RN]] who interpreted for part of the consultation at Ngozi's request (Igbo). She has started {{metformin 500 mg}} BD. We discussed VBAC vs elective repeat CS using the {{RCOG}} patient information leaflet; she would like to try for VBAC. Growth scans 28, 32 and 36 weeks.

Yours sincerely,
{{Dr Chinonso Eze}}, Specialty Doctor O&G
""", extra_keep=["24+1", "28, 32 and 36 weeks"])

add("s13-045", "complaint_response", OBS, """
Thameside University Hospital NHS Trust - Complaints
Ref: [[TUH-CX-2024-0517|REF]]   Claim ref (NHS Resolution): [[M24CT211/004|REF]]

Clinical statement by {{Dr Chinonso Eze}}, Specialty Doctor, Obstetrics & Gynaecology

This statement concerns [[Mrs Hollie Stanbridge|PN]] (hosp [[TUH6602391|HN]]), who attended the Early Pregnancy Unit on {{4 January 2024}} and was discharged with a diagnosis of "pregnancy of unknown location". She re-attended on {{7 January}} with a ruptured ectopic pregnancy requiring laparoscopic salpingectomy.

Mrs [[Stanbridge|PN]] complains that the sonographer, [[Ms Katya Volkova|CN]], told her "it's probably just early", and that the doctor who discharged her, [[Dr Benedict Arkwright|CN]], did not explain when to come back. I was not involved on {{4 January}}; I performed the surgery on {{7 January}}. I have reviewed the records: serum hCG was {{1,840 IU/L}} with an empty uterus on TVS, above the discriminatory zone, which under {{NICE NG126}} should have prompted senior review. Her partner, [[Mr Luke Stanbridge|RN]], rang the EPU on {{5 January}} and the call was not documented.

I apologise for the distress this caused. The learning has been shared at the O&G risk meeting.
""", extra_keep=["NHS Resolution"])

add("s13-046", "theatre_logbook_extract", OBS, """
eLogbook extract - {{Dr Chinonso Eze}} - {{Thameside University Hospital}} - Q1 2024 (selected)
Date | Pt ID | Age | Procedure | Role | Supervisor
{{03/01/24}} | [[TUH7701223|HN]] | 28 | {{Category 1 CS}} (fetal bradycardia) | P-U | -
{{05/01/24}} | [[TUH7703561|HN]] | 35 | {{Rotational forceps}} (Kielland) in theatre | P-S | {{Miss R. Lowther}}
{{07/01/24}} | [[TUH6602391|HN]] | 30 | {{Laparoscopic salpingectomy}} | P-U | -
{{12/01/24}} | [[TUH7688009|HN]] | 41 | {{Hysteroscopy + polypectomy}} | P-U | -
{{19/01/24}} | [[TUH7710456|HN]] | 33 | {{Repair 3b OASI}} | P-U | -
{{26/01/24}} | [[TUH7719931|HN]] | 24 | {{ERPC}} / MVA | T | [[Dr Ayesha Begum|CN]] (ST3, trained by me)
{{02/02/24}} | [[TUH7722817|HN]] | 38 | {{Cat 2 CS}}, placenta praevia minor | P-U | -
Codes: P-U performed unsupervised; P-S performed supervised; T training a junior.
Verified: {{Miss Rebecca Lowther}}, Consultant Obstetrician, {{31/03/2024}}
""", extra_keep=["Kielland", "P-U", "P-S"])

add("s13-047", "email", OBS, """
From: [[Emeka Nwachukwu|RN]] <[[emeka.nwachukwu@example.co.uk|EM]]>
To: PALS Thameside
Date: 20 October 2023
Subject: My wife - labour ward - saturday night

To whom it may concern,

My wife [[Adaeze|PN]] had our third baby on saturday night and lost a lot of blood. I want to say that the doctor with the braids, Dr Eze I think, was amazing, she came out to me at 1am still in her theatre hat and explained everything. But before that I was left for nearly an hour with the baby not knowing if my wife was alive. Nobody told me anything. My brother-in-law [[Obinna|RN]] had to take the other kids home to [[Plaistow|AD]] at midnight.

Please can someone look at this. Her number at the hospital is [[TUH7713045|HN]].

[[Emeka|RN]]
[[07700 900321|PH]]
""", extra_keep=["Dr Eze"])

add("s13-048", "discharge_summary", AMED, """
CRYNODEB RHYDDHAU / DISCHARGE SUMMARY
{{Ysbyty Glan Dyfi}} - Uned Meddygaeth Acíwt / Acute Medical Unit
Bwrdd Iechyd Prifysgol Dyfi

Enw / Name: [[Gwilym Rhydderch|PN]]     Dyddiad geni / DOB: {{30/09/1947}}     Rhyw: {{Gwryw / Male}}
Rhif GIG / NHS no: [[674 112 8839|NHS]]     Rhif ysbyty / Hosp no: [[G741208|HN]]
Cyfeiriad / Address: [[Bryn Eithin|AD]], [[Ffordd y Felin|AD]], [[Machynlleth|AD]] [[SY20 8EE|PC]]
Perthynas agosaf / NOK: [[Elen Rhydderch|RN]] (merch/daughter) [[01632 960317|PH]]

Derbyn / Admitted: {{11/02/2024}}   Rhyddhau / Discharged: {{15/02/2024}}
Meddyg / Clinician: {{Dr Rhys Pritchard}}   Ymgynghorydd / Consultant: {{Dr Nia Llewellyn}}

Diagnosis: {{Upper GI bleed}} - {{duodenal ulcer}} (Forrest IIb), {{H. pylori}} positive
{{Glasgow-Blatchford score}} 9 on admission; {{Rockall score}} 4 post-endoscopy. Hb {{71 g/L}} nadir; 2 units transfused.
OGD {{12/02/2024}}: adrenaline injection + clips. {{IV pantoprazole}} 72 h, then {{omeprazole 40 mg}} BD 8 weeks.
{{H. pylori}} eradication: {{clarithromycin}} + {{amoxicillin}} + PPI x 7 days.
Stopped: {{naproxen}} (bought over the counter for his knees - he farms sheep near [[Cemaes|AD]] and had been self-medicating).
Follow-up: repeat OGD 8 weeks. Mr [[Rhydderch|PN]] prefers correspondence in Welsh (Cymraeg).
""", extra_keep=["Forrest IIb", "2 units"])

add("s13-049", "reflective_diary", AMED, """
Myfyrdod / Reflection

I think of [[Mrs Eirlys Bowen|PN]] whenever I hear someone say that language is "just a preference".

She was eighty-nine, admitted through our acute medical unit with a chest infection and delirium, and for the first two days she was labelled "uncooperative" and "aggressive" in the nursing notes. On the post-take round, {{Dr Nia Llewellyn}} - my consultant and supervisor - asked whether anyone had spoken to her in Welsh. No one had. Her daughter [[Mair|RN]] had mentioned it at the front door but the message was lost somewhere between the ambulance and the ward.

I am a first-language Welsh speaker from Tregaron myself, and I went to see her. When I said "Bore da, Mrs Bowen, Rhys ydw i, un o'r doctoriaid," she took my hand and would not let go. She had not understood most of what had been said to her for forty-eight hours. Her 4AT on Welsh-language assessment was still positive, but the "aggression" vanished. She had been trying to get out of bed to find her husband, [[Dafydd|RN]], who had died in 2019, and she had been frightened of people she thought were speaking to her as if she were a child.

Learning: under the {{Welsh Language Standards}} and the {{More Than Just Words}} framework we should offer the Active Offer, not wait to be asked. I now ask every patient on admission which language they prefer, and I record it on the front sheet. I presented Mrs [[Bowen|PN]]'s case at the AMU teaching on {{7 March 2024}} and the ward has introduced an orange "Iaith Gymraeg" sticker for the bedside board.

She went home to the farm at [[Llanddewi Brefi|AD]] with her son [[Geraint|RN]] and a reablement package.
""", extra_keep=["Rhys ydw i", "4AT", "Active Offer"])
