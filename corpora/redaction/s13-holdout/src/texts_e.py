# General medicine, Northern Ireland (Dr Conor Devlin); cardiology (Dr Ahmed Farouk El-Sayed); mixed
NI = "Dr Conor Devlin"
CARD = "Dr Ahmed Farouk El-Sayed"
PAED = "Dr Siobhán Ní Bhriain"
SURG = "Mr Tomasz Wiśniewski"
DOCS = []
def add(id, kind, applicant, text, extra_keep=()):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text, "extra_keep": list(extra_keep)})

add("s13-050", "clinic_letter", NI, """
Endocrine Clinic, {{Castlereagh Area Hospital}}, {{Southern Lough Health and Social Care Trust}}
Secretary: [[028 9649 6734|PH]]

Our Ref: [[CD/ENDO/24/3310|REF]]      Your Ref: [[GP/HG/771|REF]]
H&C No: [[339 207 5514|NHS]]      Hosp No: [[CAH0449182|HN]]

{{09/05/2024}}

[[Dr Declan Mulholland|CN]], [[Ballyhornan Road Surgery|AD]], [[Downpatrick|AD]] [[BT30 7PX|PC]]

Dear [[Declan|CN]],

[[Mr Harold Graves|PN]], DOB {{11/11/1972}}, [[33 Saul Street|AD]], [[Downpatrick|AD]]

Diagnosis: {{Graves' disease}} with mild {{thyroid eye disease}} ({{CAS 2/7}})

Thank you for referring [[Mr Graves|PN]] - and yes, he has heard every joke about his surname and his diagnosis. Free T4 was {{48 pmol/L}}, TSH < {{0.01}}, TRAb {{9.2 IU/L}}. I have started {{carbimazole 40 mg}} once daily with a block-and-replace plan to follow, and {{propranolol 40 mg}} TDS for symptoms. He has been counselled about agranulocytosis and given a written warning card. He is a smoker and works as a long-distance lorry driver for [[Mourne Haulage in Newcastle|AD]]; I have referred him to the Trust's smoking cessation service because of the eye disease risk.

His wife, [[Roberta|RN]], asked whether their daughter [[Ciara Graves|RN]] should be tested; I explained that screening isn't indicated unless she has symptoms.

Review in 6 weeks with TFTs and FBC.

Yours sincerely,
{{Dr Conor Devlin}}, Specialty Doctor, General Medicine & Endocrinology
""", extra_keep=["Graves' disease"])

add("s13-051", "reflective_diary", NI, """
Reflection: "the man in the chair"

Everyone on Ward 4 knew [[Paddy|PN]]. He had been there for eleven weeks - a medically fit 81-year-old waiting for a nursing home place, with a bed-bureau number ([[BBU-24-0061|OID]]) that seemed to have become his identity in the bed-flow meetings. "The delayed discharge in bed 17." I am ashamed to say I used that phrase too.

[[Patrick Joseph Quinn|PN]] was a retired postman from [[Kilkeel|AD]] who had delivered letters to half the Mournes. He sat in the same high-backed chair by the window every day because, he told me, he could see the bus to [[Annalong|AD]] go past and it reminded him of his round. His only relative was a nephew, [[Fergal Quinn|RN]], who lived in Glasgow and phoned on Sundays.

One Thursday I was asked to see him because he had "become confused". He had not. He had stopped eating because, after the care assistant he liked, [[Bernie|CN]], moved to another ward, nobody had cut up his food, and with his arthritic hands he could not manage. He was too proud to ask. His weight had dropped {{4 kg}} in three weeks; his {{MUST}} score was 2. We had been so focused on the placement that we had stopped seeing the patient.

I did three things. I spoke to the ward sister, who put him back on the assisted-meals list that day. I asked the dietitian to review him. And I sat with him for twenty minutes while he ate his dinner and told me about the winter of 1982 when the snow cut off [[Attical|AD]] for a week.

Learning: long-stay patients need the same daily medical review of the basics as acute ones; "delayed discharge" is an administrative category, not a clinical state. I raised this at our governance meeting and we now have a weekly "long-stay round" on Ward 4 led by a doctor and the ward dietitian. Discussed with {{Dr Aoife McGarrity}}, {{02/07/2024}}.
""", extra_keep=["Ward 4", "bed 17", "81-year-old", "Glasgow"])

add("s13-052", "email", NI, """
From: Devlin, Conor
To: [[McKeown, Bronagh|CN]]
Cc: McGarrity, Aoife
Subject: complaint response - draft for your comments

Bronagh,

Draft below for the complaint from [[Mrs Sadie Corrigan|RN]] (ref [[SLT/CMP/2024/0226|REF]]) about her husband [[Eugene|PN]] ([[CAH0501773|HN]]). I've kept to the facts - the delayed CT was a genuine system issue (weekend reporting). I've NOT named [[Dr Thornbury|CN]] in the letter, as agreed, but she asked me to pass on that she's happy to meet the family if they want.

Mrs [[Corrigan|RN]]'s daughter [[Niamh|RN]] ([[niamh.corrigan85@example.com|EM]]) is the main contact - she lives in [[Comber|AD]] and can come in any weekday after 4.

Can we get this out before the 20-working-day deadline on the 14th?

Thanks
Conor
""", extra_keep=["Devlin, Conor", "McGarrity, Aoife", "Conor"])

add("s13-053", "ni_number_benefits_letter", NI, """
To whom it may concern (DfC - Personal Independence Payment)

I confirm that [[Mr Seán Ó Murchú|PN]] (also known as [[John Murphy|PN]]), date of birth {{03/03/1961}}, National Insurance number [[QQ 12 34 56 C|OID]], of [[Flat 2, 118 Ormeau Road|AD]], [[Belfast|AD]] [[BT7 1SH|PC]], has been under my care at {{Castlereagh Area Hospital}} since {{January 2022}} (hospital no. [[CAH0377210|HN]]).

He has {{COPD}} ({{GOLD stage 4}}, FEV1 {{0.78 L}}, 27% predicted), is on long-term oxygen therapy {{2 L/min}} for 16 h/day and has had four admissions with exacerbations in the last year. His {{MRC dyspnoea scale}} grade is 5: he is breathless dressing and cannot walk 20 metres without stopping. His carer is his sister, [[Mrs Bríd Kerr|RN]].

Please contact me via the hospital if further information is required.

{{Dr Conor Devlin}}, MB BCh BAO, MRCP(UK)
""", extra_keep=["27% predicted", "16 h/day", "20 metres"])

add("s13-054", "coroner_statement", CARD, """
HM Coroner for East Lancashire - Statement of witness
Inquest touching the death of: [[Ms Rosalind Threlfall|PN]]     Coroner's ref: [[EL/2023/1182|REF]]
Date of birth: {{14/08/1964}}     Date of death: {{19/09/2023}}

I am {{Dr Ahmed Farouk El-Sayed}}, MBBCh (Cairo), MRCP (UK), Specialty Doctor in Cardiology at {{Pendle Moor Hospital}}, GMC number {{7411902}}.

Ms [[Threlfall|PN]] (hospital number [[PMH 2208415|HN]]) was admitted on {{17 September 2023}} with a {{NSTEMI}}; troponin I peaked at {{12,400 ng/L}}. {{GRACE score}} {{168}}. She was started on {{aspirin}}, {{ticagrelor}} and {{fondaparinux}} and booked for angiography within 72 hours in line with the {{ESC 2023}} guideline.

On {{18 September}} the cath lab list was cancelled because of a staffing shortfall. The decision to defer was taken by the consultant on call, [[Dr Malcolm Pickup|CN]]. I was not consulted but I agreed with it at the time given that she was pain-free with a normal ECG.

At 03:12 on {{19 September}} she had a VF arrest on the ward. I led the resuscitation. ROSC was achieved after 3 shocks; emergency angiography showed a thrombotic occlusion of the LAD, stented by the interventional consultant [[Dr Yusuf Demir|CN]]. She died on CCU at 14:50 the same day. I spoke to her partner, [[Ms Gillian Ormerod|RN]], and her son, [[Daniel Threlfall|RN]], on both occasions.

I believe the facts stated in this statement are true.
{{Dr Ahmed Farouk El-Sayed}}     {{30/11/2023}}
""", extra_keep=["3 shocks", "Cairo"])

add("s13-055", "clinic_letter", CARD, """
Cardiology Outpatients, {{Pendle Moor Hospital}}
Appointments: [[01632 960 402|PH]]  Web: [[www.pendlemoor-cardiology.example/patients/pmh3310762|URL]]

Date of clinic: {{16/01/2024}}

Dr [[K. Wetherall|CN]]
[[Colne Health Centre|AD]], [[Market Street|AD]], [[Colne|AD]] [[BB8 0LJ|PC]]

Dear Dr [[Wetherall|CN]]

[[Mr Alan Wells|PN]]   DOB {{05/05/1952}}   NHS [[7310442208|NHS]]   [[PMH3310762|HN]]

I saw [[Mr Wells|PN]] in the rapid-access chest pain clinic. (Before anyone asks: his {{Wells score}} for PE is 0 - his breathlessness is exertional and cardiac in nature.) He describes typical angina on walking uphill to the [[Nelson and Colne Bowling Club|AD]], relieved by rest within 2 minutes. {{CCS class II}}. ECG sinus rhythm, no ischaemic changes. Echo LVEF {{55%}}.

Plan: CT coronary angiography per {{NICE CG95}}; {{bisoprolol 2.5 mg}}, {{atorvastatin 80 mg}}, {{aspirin 75 mg}}, GTN spray. His wife, [[Maureen|RN]], will drive him to appointments as he has given up his car.

Yours sincerely
{{Dr Ahmed Farouk El-Sayed}}
Specialty Doctor in Cardiology
""", extra_keep=["Wells score"])

add("s13-056", "reflective_diary", CARD, """
When I arrived in the UK in 2019 from Alexandria, I thought the hardest thing about practising here would be the language of the notes. It was not. It was the conversations about stopping.

[[Mr Kenneth Aspinall|PN]] - "call me [[Ken|PN]], Doctor, everyone does, even the vicar" - was eighty-four and had an implantable cardioverter-defibrillator put in at {{Pendle Moor Hospital}} eight years earlier. He had end-stage heart failure, NYHA IV, an ejection fraction of {{15%}} and was on his third admission in two months. His daughter [[Janet Aspinall-Cook|RN]] asked me on a Tuesday afternoon what would happen "when his heart finally stops - will that thing keep shocking him?"

In Egypt I had rarely been asked this question by a family; decisions like this were often left to the doctor, or not discussed at all. I realised I did not know how to begin. I asked {{Dr Jonathan Ashcroft}}, my supervisor, to sit in with me, and I watched how he let the silence do some of the work.

The next day I went back alone. Ken wanted to talk about his pigeons - he had raced them for sixty years from a loft behind his terrace in [[Brierfield|AD]] - and about his late wife [[Edna|RN]]. When I explained that the defibrillator could be switched off without any pain, and that this would not stop his heart but would let him die peacefully when the time came, he said, "Well, I'd rather not be kicked by a horse on the way out, lad." We deactivated the shock therapy the following morning with the physiologist, [[Sanjay Varma|CN]], using the {{BHRS}} guidance and documented the decision on his {{ReSPECT}} form.

He died in the hospice a fortnight later, with [[Janet|RN]] and his grandson [[Liam|RN]] beside him.

I have since written a short guide for international medical graduates in our department on ICD deactivation conversations, with phrases that I found helpful, and presented it at the regional IMG induction day in {{April 2024}}.
""", extra_keep=["NYHA IV", "Alexandria", "Egypt"])

add("s13-057", "lab_result_email", CARD, """
From: Biochemistry duty scientist
To: Ahmed El-Sayed
Subject: Phoned result - critical potassium

Dr El-Sayed - as discussed by phone at 17:42:
Patient: [[AKHTAR, Rizwan|PN]]  [[PMH 3318870|HN]]  Ward: {{CCU bed 3}}
Specimen [[24.0311.B44718|OID]] received 16:55 {{11/03/2024}}
K+ {{7.1 mmol/L}} (not haemolysed), creatinine {{388 µmol/L}}, eGFR {{12}}
Previous [[24.0310.B40112|OID]]: K+ {{5.6}}
Recipient of result read back: Dr El-Sayed. Logged by [[J. Hargreaves|CN]] (HCPC [[BS071234|GMC]]).

(For the overseas patient register: passport no. [[PA9912374|OID]] - Mr [[Akhtar|PN]] is visiting his brother [[Imran|RN]] from Lahore, NHS charging team informed.)
""", extra_keep=["Dr El-Sayed", "Ahmed El-Sayed", "Lahore"])

add("s13-058", "teaching_feedback", PAED, """
Simulation teaching - neonatal resuscitation (NLS-style scenarios)
Faculty: {{Dr Siobhán Ní Bhriain}} (lead), with {{Dr Kwame Asante}}
{{Medway Vale Hospital}} sim suite, {{17/05/2024}}; 8 participants

"Great debrief - focused on what we did well first."
"The mannequin's name tag said [[Baby Lily Harcourt|PN]] - is that a real baby from SCBU?? felt odd." (Facilitator note: the tag was a real old label left on the mannequin; removed and reported to IG. Scenario materials now use fictional names only.)
"Would like more on {{inflation breaths}} vs ventilation breaths - the {{Resuscitation Council UK NLS}} algorithm slide was really clear."
Scores (1-5): 4.9 / 4.8 / 5.0
""")

add("s13-059", "appraisal_reflection", SURG, """
Appraisal 2023-24 - reflection on a concern I raised about a colleague

This is the hardest piece of evidence in my portfolio to write. In {{March 2023}} I raised a concern about a locum consultant, [[Mr Desmond Fairclough|CN]], after three returns to theatre in five weeks on his list. I had assisted him on two of the cases. One of the patients, a young father called [[Ryan Petherick|PN]], had a bile leak after a laparoscopic cholecystectomy that, in my view, was caused by clips placed without a critical view of safety.

I spoke first to [[Fairclough|CN]] himself, which was an uncomfortable conversation in the surgeons' office. He was defensive. I then followed the Trust's Freedom to Speak Up policy and spoke to my clinical lead, {{Mr Alistair Ferrier}}. A case review was commissioned (ref [[NGH-CR-23-017|REF]]). I was not involved in the outcome, which I understand led to a period of supervised practice, and he has since left the Trust.

I learned that raising a concern properly means being specific about facts, not personalities; that I should not have waited for a third case; and that I needed support myself - I used the Trust's Practitioner Health signposting. [[Ryan|PN]] recovered after an ERCP and stent; his wife [[Keeley|RN]] told me at clinic that the honesty was "the only thing that made it bearable".

Reviewed by my appraiser, {{Mr Hugo Stainforth}}, {{05/06/2024}}.
""", extra_keep=["Freedom to Speak Up", "Practitioner Health", "critical view of safety"])

add("s13-060", "ambulance_handover", "Dr Oluwaseun Adebayo-Clarke", """
ED ARRIVAL / AMBULANCE HANDOVER (ATMIST) - {{Fenwick Royal Infirmary}}
CAD: [[NEAS 23-0817-2231|REF]]   ePR: [[ePR-5521-88013|REF]]   Police CAD: [[NP 0817 0412|REF]]
Pt: male, approx 40s, unknown name on arrival -> later ID'd by wallet as [[Darren Stokoe|PN]], DOB {{01/01/1983}}
Age: ~40   Time of injury: 21:50   Mechanism: pedestrian vs car, [[Front Street, Prudhoe|AD]]
Injuries: open R tib/fib, # pelvis (binder applied), GCS {{13}} (E3 V4 M6)
Signs: HR 118, BP 96/60, RR 24, SpO2 94% on 15 L
Treatment: {{TXA 1 g}}, {{morphine 10 mg}} IV, 500 ml blood (pre-hospital)
Crew: [[Para T. Gowland|CN]] / [[ECA M. Heslop|CN]]
ED: {{major trauma call}} 22:31, led by {{Dr O. Adebayo-Clarke}}; CT trauma series 22:58; transferred to MTC ({{Royal Victoria Infirmary}}).
Wife [[Kerry Stokoe|RN]] contacted by police FLO - on [[07700 900640|PH]].
""", extra_keep=["E3 V4 M6", "HR 118", "BP 96/60"])
