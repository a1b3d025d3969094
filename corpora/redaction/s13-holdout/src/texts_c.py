# Psychiatry (Dr Hamza Al-Rashidi) and anaesthetics, Scotland (Dr Eilidh MacAskill)
PSY = "Dr Hamza Al-Rashidi"
ANA = "Dr Eilidh MacAskill"
DOCS = []
def add(id, kind, applicant, text, extra_keep=()):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text, "extra_keep": list(extra_keep)})

add("s13-033", "tribunal_report", PSY, """
MENTAL HEALTH TRIBUNAL - RESPONSIBLE CLINICIAN'S REPORT (summary)
Tribunal ref: [[MP/2024/03317|REF]]      Patient: [[Mr Darnell Richards-Boyce|PN]]
RiO: [[RiO 10048812|HN]]      NHS: [[4936018827|NHS]]      DOB: {{12/12/1989}}
Section: {{Section 3 Mental Health Act 1983}}      Ward: {{Calder Ward}}, {{Larchfield Unit}}

1. I am {{Dr Hamza Al-Rashidi}}, Specialty Doctor in General Adult Psychiatry, approved under section 12(2). I have been Mr [[Richards-Boyce|PN]]'s treating doctor since {{March 2024}}, under the supervision of the RC, {{Dr Fiona Cattermole}}.

2. Mr Richards-Boyce is a 34-year-old man with {{paranoid schizophrenia (F20.0)}} and {{cannabis use disorder}}. This is his fourth admission. Before this admission he lived alone at [[Flat 6, 19 Lister Lane|AD]], [[Halifax|AD]] [[HX1 5AZ|PC]], and worked part-time at a car wash in [[King Cross|AD]] until late 2023.

3. Circumstances of admission: on {{2 March 2024}} he was detained under s136 by West Yorkshire Police (incident log [[WYP-20240302-0419|REF]]) after threatening a neighbour, [[Mr Saeed Hussain|RN]], whom he believed was "transmitting" through the shared wall.

4. Treatment: {{clozapine}} commenced {{18/03/2024}}, current dose {{300 mg}} nocte; level {{0.41 mg/L}}. Positive symptoms reduced; {{PANSS}} positive subscale 24 → 15.

5. Views of the nearest relative: his mother, [[Mrs Yvette Richards|RN]], supports continued detention. She is concerned that he will stop clozapine and return to using with his friend "[[Deeks|RN]]".

6. Risk: history of violence when unwell (2019 conviction, common assault); no incidents on ward since week 3.

7. Recommendation: continued detention is necessary for a short further period to establish clozapine treatment; plan s17 leave to his mother's home in [[Sowerby Bridge|AD]] with a view to discharge under a {{Community Treatment Order}}.

Signed: {{Dr Hamza Al-Rashidi}}      Countersigned (RC): {{Dr Fiona Cattermole}}, GMC {{4766120}}
""", extra_keep=["34-year-old man", "section 12(2)", "s136", "s17 leave"])

add("s13-034", "reflective_diary", PSY, """
I have been a psychiatrist long enough to know that the most dangerous words in a risk assessment are "no change". I am writing about [[Bethany|PN]] because she taught me that again.

[[Beth|PN]] - she hated "Bethany", which was what her stepfather called her - was twenty-two and had been under our community team since she was discharged from the eating disorders unit at {{Ashlar House}}. She worked on the tills at the [[Morrisons in Brighouse|AD]] and was doing an Open University degree. I had seen her every month for a year. Each time I wrote "no change in risk" because nothing had changed: passive thoughts, no plans, protective factors her younger brother [[Josh|RN]] and her dog.

In {{September 2023}} her care coordinator, [[Dean Whitworth|CN]], left the team and for five weeks she had no named CPN. The week after the handover, the dog died. I did not know either fact when I saw her in outpatients; she did not mention them and I did not ask the right questions. I asked "any change?" and she said "not really". I wrote "no change".

Three days later she was brought into A&E at [[Huddersfield|AD]] after an overdose of {{sertraline}} and {{paracetamol}} (plasma level above the treatment line; she received {{acetylcysteine}}). She survived with no liver injury. When I visited her on the medical ward she said, without anger, "You didn't ask about Biscuit."

Things I have changed. I now ask specifically about losses since the last appointment - people, pets, jobs, relationships. I do not write "no change" any more; I write what I asked and what I was told. I raised the five-week gap in care coordination as an incident (Datix [[PMFT-56120|REF]]) and the team now allocates an interim coordinator within five working days. I discussed this in supervision with {{Dr Fiona Cattermole}} and at our Balint group.

[[Beth Gaunt|PN]] is now back at work and is finishing her degree. She agreed I could write about this (anonymously).
""", extra_keep=["Open University"])

add("s13-035", "gp_letter", PSY, """
[[Rastrick Medical Practice|AD]], [[Crowtrees Lane|AD]], [[Brighouse|AD]] [[HD6 3LZ|PC]]
Tel [[01632 960120|PH]]

To: {{Dr H. Al-Rashidi}}, Community Mental Health Team (Calder North)
Date: {{5 Dec 2023}}

Dear Dr Al-Rashidi

RE: [[Ms Agnieszka Wrona|PN]], dob {{14-02-1984}}, NHS no. [[485 020 1136|NHS]], [[2 Bramley Fold, Brighouse|AD]]

Thank you for seeing [[Agnieszka|PN]] last month. I'm writing because her partner [[Marek|RN]] came in yesterday worried that she has stopped her {{lithium}} ("she says it makes her stupid"). Her last level was {{0.3 mmol/L}} on {{28/11}}. She has missed her last two appointments with me. Marek says she has been spending large sums online and not sleeping. Their daughter [[Zuzia|RN]] (age 7, at [[St Andrew's Junior School|AD]]) is being looked after by Marek's mother.

Could she be seen urgently by the crisis team? Please contact Marek on [[07700 900455|PH]] if she is hard to reach.

Best wishes,
[[Dr Helen Copley|CN]] (GMC [[6120044|GMC]])
""", extra_keep=["Dr Al-Rashidi", "Calder North", "age 7"])

add("s13-036", "msf_summary", PSY, """
360° FEEDBACK - PATIENT QUESTIONNAIRE SUMMARY (Royal College of Psychiatrists ACE-style form)
Doctor: {{Dr Hamza Al-Rashidi}}   Collated by: {{Dr Fiona Cattermole}}   n = {{27}} patients / carers, {{Jan-Mar 2024}}

Mean scores (max 5): Listening {{4.8}}; Explaining {{4.6}}; Involving me in decisions {{4.5}}; Respect {{4.9}}

Selected comments (typed from forms):
"Dr Hamza always remembers my son's name and asks about his football." - mother of a patient
"He explained the side effects of the injection properly, the last doctor (Dr [[Vickers|CN]]) never did."
"I am [[Tomasz|PN]] from Calder ward, Dr Al-Rashidi helped me get my benefits sorted with the social worker, thank you."
"Sometimes runs late."
"Please put more chairs in the waiting room at Larchfield."
"my name is [[Shirley Ackroyd|PN]] and i want the hospital to know this doctor listens. [[07700 900911|PH]] ring me."
""", extra_keep=["Dr Hamza", "Dr Al-Rashidi", "Calder ward", "Larchfield"])

add("s13-037", "ward_round_handover", PSY, """
CALDER WARD - WEEKEND HANDOVER  Fri {{21/06/2024}}  (HAR -> on-call SHO)
Bed | Pt | RiO | Legal | Issues / jobs
1 | [[D. Richards-Boyce|PN]] | [[10048812|HN]] | S3 | clozapine day 95; FBC Mon (ANC {{2.1}}); s17 leave x2h escorted
3 | [[Kwabena Asare|PN]] | [[10072204|HN]] | S2 (exp {{28/06}}) | AMHP [[Lynn Garside|CN]] to assess for S3 Mon; bro [[Kojo|RN]] visiting Sat
4 | [[Sinéad Brophy|PN]] | [[10066150|HN]] | informal | ?discharge Mon; sister [[Orla|RN]] collecting - tel [[07700 900602|PH]]
6 | [[Leon "Lenny" Gaskell|PN]] | [[10081337|HN]] | S2 | NG/TS - risk to others; no female staff alone; police ref [[WYP-20240619-0088|REF]]
8 | [[Mrs Parveen Akhtar|PN]] | [[10030977|HN]] | S3 | ECT #6 Tues; consent form T6 ({{SOAD}} [[Dr Noel Fairhurst|CN]]); NBM from midnight Mon
Escalation: {{Dr Fiona Cattermole}} via switchboard. Sign: HAR
""", extra_keep=["HAR", "S3", "S2", "T6", "ECT #6"])

add("s13-038", "anaesthetic_record_summary", ANA, """
PRE-OPERATIVE ASSESSMENT - {{Inverallan Royal Hospital}}, {{NHS Highland}}
Name: [[Murdo Alasdair MacLeod|PN]]       CHI: [[0204557381|NHS]]       Unit no: [[IRH 331058|HN]]
DOB: {{02/04/1955}}   Sex: {{M}}   Address: [[Taigh na Mara, 5 Shore Street|AD]], [[Ullapool|AD]] [[IV26 2UJ|PC]]
Proposed: {{elective open AAA repair}} (6.1 cm infrarenal)   Surgeon: [[Mr Gregor Urquhart|CN]]

PMH: {{COPD}} (FEV1 {{1.6 L}}, 58%), {{IHD}} - PCI 2017, ex-smoker 45 pack-yr, T2DM on {{metformin}}
CPET: AT {{10.8 ml/kg/min}}, VO2 peak {{14.2}}; VE/VCO2 {{36}}
Scores: {{RCRI 3}}; {{P-POSSUM}} predicted mortality {{6.8%}}; {{Clinical Frailty Scale 4}}
Airway: {{Mallampati 2}}, full dentition upper, good neck movement
Plan: thoracic epidural T8-9 + GA; arterial line, CVC; post-op HDU/ICU bed booked; continue {{bisoprolol}} and {{atorvastatin}}; hold metformin 48 h.
Discussed risks incl. death, MI, renal failure with [[Murdo|PN]] and his wife [[Catriona|RN]] (she is a retired district nurse at [[Lochbroom|AD]]); they wish to proceed. Gaelic speaker - prefers English for clinical discussion.
Assessor: {{Dr Eilidh MacAskill}}, Specialty Doctor Anaesthesia
""", extra_keep=["6.1 cm", "T8-9", "45 pack-yr"])

add("s13-039", "mm_presentation", ANA, """
M&M presentation notes (Dept of Anaesthesia, {{Inverallan Royal Hospital}}) - {{15/05/2024}}
Presenter: {{Dr E. MacAskill}}    Chair: {{Dr Callum Strachan}}
Title: "Can't intubate, can oxygenate - the ENT emergency list"

Case: 48F, [[Mrs F. Sutherland|PN]] (CHI [[1508763392|NHS]]), quinsy with trismus for I&D under GA. Awake videolaryngoscopy attempted; failed x2 due to oedema. Oxygenation maintained with {{HFNO 60 L/min}}. Plan B: awake FONA by ENT consultant [[Mr Ravi Ganapathy|CN]]. Outcome good, extubated day 2.

Learning points:
- {{DAS 2015}} guidelines / {{Vortex approach}} - verbalise the "green zone"
- The ODP, [[Kirsty Munro|CN]], called for the difficult airway trolley before being asked - human factors strength
- Consider {{sugammadex 16 mg/kg}} availability for rescue
- Datix [[NHSH-IR-2024-11842|REF]] re: trolley missing bougie - stock corrected

Attendance 19. CPD certificate issued.
""", extra_keep=["48F", "day 2", "19"])

add("s13-040", "email", ANA, """
From: Eilidh MacAskill
To: [[Dr Ewan Gillespie|CN]]
Subject: Re: pain team follow-up - bed 12, Ward 5B

[[Ewan|CN]],

Re your query about [[Mrs Morag Cruickshank|PN]] (CHI [[231146 2280|NHS]]) - the epidural came out on day 3 as planned; she's now on {{oxycodone MR 10 mg}} BD with {{Oramorph}} PRN and her pain scores are 2-3/10 at rest. Her husband [[Alec|RN]] is worried about her going home to [[Achiltibuie|AD]] on opioids as it's 25 miles to the nearest pharmacy - can the ward pharmacist ([[Ruaridh|CN]]) speak to him before discharge? His number is on Trakcare, or it's [[01632 960944|PH]].

She mentioned she'd like to write to the team - I said to address it to the ward.

Thanks,
Eilidh
(ext 4471)
""", extra_keep=["Eilidh", "bed 12, Ward 5B", "day 3", "ext 4471", "Trakcare"])

add("s13-041", "procurator_fiscal_statement", ANA, """
Crown Office and Procurator Fiscal Service - Scottish Fatalities Investigation Unit (North)
SFIU ref: [[SFIU/N/2023/0877|REF]]     Police Scotland ref: [[PS/NG/0219844/23|REF]]

Statement of {{Dr Eilidh MacAskill}}, MB ChB, FRCA, Specialty Doctor in Anaesthesia, {{Inverallan Royal Hospital}}
Re: the death of [[Iain Roderick Matheson|PN]] (CHI [[1803871145|NHS]]), born {{18/03/1987}}

On {{9 August 2023}} at approximately 16:20 I was called to the Emergency Department as part of the trauma team. Mr [[Matheson|PN]] had been airlifted from the A835 near [[Garve|AD]] following a collision between his motorcycle and a tractor (Scottish Ambulance Service incident [[SAS-0908-23-40113|REF]]). The pre-hospital team from {{EMRS North}} had performed a pre-hospital anaesthetic.

I took over airway management. He had a GCS of 3 before the pre-hospital anaesthetic, bilateral fixed dilated pupils on arrival, and a CT showed a non-survivable diffuse axonal injury with brainstem involvement. After discussion with the neurosurgical team in Aberdeen, the trauma team leader [[Dr Stuart Menzies|CN]] and I agreed with his family that further treatment would be futile. His partner, [[Ms Rhona Paterson|RN]], and his father, [[Mr Donald Matheson|RN]], were present. The specialist nurse for organ donation, [[Fiona Ross|CN]], spoke with the family; they agreed to donation after brainstem death testing, which was performed by two consultants on {{10 August 2023}}.

I have no criticism of the pre-hospital or in-hospital care.

Signed {{Dr Eilidh MacAskill}}   {{29/09/2023}}
""", extra_keep=["A835", "GCS of 3", "Aberdeen"])

add("s13-042", "reflective_diary", ANA, """
Some shifts you remember because of a single small act. Mine was the night I was asked to site a cannula in a frightened twelve-year-old called [[Ailsa|PN]] who had already been stabbed by three people and was, entirely reasonably, having none of it.

She had come in from [[Kinlochbervie|AD]] by helicopter with a suspected appendicitis, alone except for her mum [[Shona|RN]], who was trying very hard to be calm and failing. The paediatric team had given up after three attempts. By the time I arrived, [[Ailsa Mackay|PN]] was sitting on the bed in her school PE kit - she'd been playing shinty for [[Kinlochbervie High|AD]] that afternoon - with her arms folded and her jaw set.

I did not try to cannulate her. I sat on the end of the bed and asked about shinty. She told me her team had lost to [[Lochinver|AD]] and that it was the referee's fault. I asked whether she wanted to see the ultrasound machine. Her mum laughed for the first time. We used {{Ametop}} and waited the forty-five minutes; she chose the vein herself on the screen; I got it first time with a 22G. She gave me a thumbs-up.

What I take from this is simple and not new: time spent building trust before a procedure is not wasted time. The registrar who was under pressure to get the child to theatre, [[Dr Harris Baird|CN]], and I disagreed about whether the 45 minutes was acceptable. I explained my reasoning, we escalated jointly to the surgical consultant who agreed she was stable, and we went with the plan. Afterwards [[Harris|CN]] and I talked it through and agreed that clearer early communication between us would have avoided the tension.

I now teach a short session to the FY doctors on paediatric distraction and topical anaesthesia, including using the ultrasound as a toy. Discussed with {{Dr Callum Strachan}} at supervision, {{11/03/2024}}.
""", extra_keep=["22G", "Ametop"])
