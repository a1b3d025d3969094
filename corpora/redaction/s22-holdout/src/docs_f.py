DOCS = [
dict(id="s22-h076", kind="reflection", applicant="Dr Ngozi Okoro-Bright", text="""
Reflection: the boy from the caravan park

[[P|Kian]] was [[K|11]] and lived with his dad, [[R|Wayne Fitzgerald]], in a static caravan at [[A|Golden Sands Holiday Park, Mablethorpe]] all year round. He came to [[K|Pilgrim Hospital Boston]] with his fourth asthma attack in two months; peak flow [[K|40% predicted]]. We gave [[K|salbutamol 5 mg nebulised back-to-back]], [[K|ipratropium 250 micrograms]] and [[K|magnesium sulfate 40 mg/kg IV]].

The caravan had black mould, and [[R|Wayne]] smoked. [[P|Kian Fitzgerald]]'s school, [[A|Monks' Dyke Tennyson College]], had flagged absences. I made an early help referral (ref [[RF|EH-LINCS-23-44102]]) and wrote to the park owner with consent. His aunt [[R|Charmaine]] later told me they had moved to a flat in [[A|Louth]].
Verified: [[K|Dr Edward Fairbanks]], Consultant Paediatrician.
"""),
dict(id="s22-h077", kind="email", applicant="Dr Fernando Alves", text="""
From: [[C|Sophie Blenkinsop]] <[[E|s.blenkinsop@nhs.net]]>
To: Fernando Alves <[[K|fernando.alves@nhs.net]]>
Subject: Re: [[P|Dennis Oyelaran-Marsh]] — results

Hi Fernando,
Histology on Dennis ([[H|LTH-7710442]]) came back: [[K|adenocarcinoma, moderately differentiated, pT3 N1]]. Lab accession [[O|H24-018843]]. I've booked him for the colorectal MDT on [[K|Thursday 17 October]]. He's asked that we don't phone his home in [[A|Morecambe]] because his wife, [[R|Brenda]], doesn't know yet — only his mobile, [[PH|07700 900 519]].
Sophie (CNS)
Signature: [[C|Sophie Blenkinsop]] | Colorectal CNS | [[K|Royal Lancaster Infirmary]] | [[PH|01632 960118]] | [[U|www.uhmb.example.nhs.uk/colorectal]]
Applicant note: forwarded for evidence of MDT communication; verified by [[K|Mr Thomas Whiteley]], Consultant Surgeon.
""", ids=[("P","Dennis"),("C","Sophie")]),
dict(id="s22-h078", kind="case_writeup", applicant="Dr Yasmin Chaudhry", text="""
Case history: Guillain–Barré syndrome after campylobacter

[[P|Mr Owusu]] — [[P|Kwesi Owusu]], [[K|44]], a bus driver for [[A|First Bus on the Leeds Road depot]] in Bradford — presented with ascending weakness [[K|10 days]] after diarrhoea he'd picked up at his nephew's wedding in [[A|Shipley]]. FVC was [[K|2.1 L]] on day 1 and [[K|1.4 L]] on day 2; MRC sum score [[K|38/60]]. We started [[K|IVIG 0.4 g/kg/day for 5 days]] and involved ICU (the registrar, [[C|Dr Ffion Maddox]]). His wife, [[R|Akosua]], and his pastor, [[R|Reverend Samuel Annan]] from [[A|Bradford Church of Pentecost]], visited daily.

The [[K|Erasmus GBS Outcome Score]] predicted a reasonable chance of walking at six months. He walked out with a frame at [[K|5 weeks]].
Assessor: [[K|Dr Geraint Powys]], Consultant Neurologist, [[K|Bradford Royal Infirmary]] (verifies CbD).
""", ids=[("P","Kwesi")]),
dict(id="s22-h079", kind="tribunal_letter", applicant="Dr Hamza Qureshi", text="""
Employment Tribunal — case number [[RF|2401193/2024]]
Claimant: [[C|Ms Delphine Arrowsmith]] v [[K|Stockport NHS Foundation Trust]]
Witness statement of Dr Hamza Qureshi (extract)

7. I was the registrar on the ward the night the claimant, then a staff nurse, was told by the locum consultant, [[C|Dr Rupert Vane]], to give [[K|morphine 10 mg IV]] to [[P|Mrs Glenys Hart]] (bed [[K|14]]) without a written prescription. [[C|Ms Arrowsmith]] refused. I supported her decision.
8. [[P|Mrs Hart]]'s son, [[R|Mr Dean Hart]], complained afterwards ([[RF|PALS-SFT-22-0991]]) about his mother's pain control.
Statement countersigned by [[K|Dr Marianne Blakeley]], Medical Director (verifying accuracy).
""", ids=[("C","Arrowsmith")]),
dict(id="s22-h080", kind="reflection", applicant="Dr Sunil Kumar Reddy", text="""
Reflection: the man who had his operation at the wrong hospital

[[P|Gheorghe]] is a Romanian HGV driver who was admitted under us at [[K|Dumfries and Galloway Royal Infirmary]] after his lorry left the A75 near [[A|Gatehouse of Fleet]]. His employer, [[A|Trans-Carpathia Logistics, Cairnryan]], had no next-of-kin details; his friend [[R|Vasile]], another driver, brought his passport (number [[O|058219934]]) and his phone.

[[P|Gheorghe Popescu]] had a splenic injury (grade [[K|III]]) managed non-operatively. We used a telephone interpreter and later his wife, [[R|Mrs Ioana Popescu]], on video from Cluj. He had no EHIC; the overseas visitors officer, [[C|Mr Alan Irvine]], was kind.
I learned about the [[K|NHS (Charges to Overseas Visitors) (Scotland) Regulations]] and about how isolating trauma is far from home.
Verified: [[K|Mr Struan MacPhail]], Consultant General Surgeon.
""", ids=[("P","Popescu")]),
dict(id="s22-h081", kind="ward_round_note", applicant="Dr Amina Yusuf", text="""
WR [[K|Day 3]]   [[K|Ward 4, Ulster Hospital, Dundonald]]   Consultant: [[K|Dr Keith Morrow]]   Scribe: Dr Amina Yusuf
Pt [[P|McKeown, Sadie]]   H&C [[N|913 572 0046]]   ([[K|DOB 1/5/1938]])
S: "sore all over". Dtr ([[R|Roberta]]) says she's not herself since moving to [[A|Abbeyfield House, Bangor]].
O: T [[K|37.9]], HR [[K|101]], BP [[K|128/70]]. Chest clear. Urine dip [[K|nitrites +]].
A: [[K|UTI with delirium]]; also [[K|hyponatraemia Na 126]].
P: [[K|cefalexin 500 mg BD]]; fluid restrict [[K|1.2 L]]; stop [[K|citalopram]]; d/w GP ([[C|Dr Brendan Cowan]]) about [[P|Sadie]]'s meds.
"""),
dict(id="s22-h082", kind="gp_letter", applicant="Dr Elif Yıldız", text="""
[[K|Hammersmith Hospital]] – Renal Transplant Clinic – [[K|22/01/2024]]
cc [[C|Dr Leila Farahani]], [[A|The Brook Green Medical Centre]], [[A|Bute Gardens, London]] [[PC|W6 7EG]]
Re: [[P|Mr Tunde Bakare-Ogun]] (DOB [[K|09/09/1971]]) – Hosp No [[H|HH0194427]] – NHS [[N|4443332221]]
[[A|112 Dalling Road, London]] [[PC|W6 0JB]], tel [[PH|020 7946 0991]]

Mr [[P|Bakare-Ogun]] is [[K|3 years]] post living-donor kidney transplant (donor: his sister, [[R|Mrs Folake Adeyemo]]). Creatinine [[K|118]]. Tacrolimus level [[K|6.2 µg/L]] on [[K|Adoport 3 mg BD]]. He asked about travel to Lagos for his father's funeral; I advised [[K|malaria prophylaxis with atovaquone-proguanil]] (no interaction). His email for clinic links is [[E|tunde.bakare-ogun@example.com]].
Dr Elif Yıldız, Clinical Fellow
"""),
dict(id="s22-h083", kind="reflection", applicant="Dr Rhodri Emanuel", text="""
Reflection on a complaint made about me

A complaint was made by [[R|Mrs Angharad Bowen-Jenkins]] about my manner when her father, [[P|Emrys]], was being discharged from [[K|Prince Philip Hospital]], Llanelli. She wrote that I "rushed" them and called him "Mr [[P|Jenkins]]", which is not his name. [[P|Emrys Bowen]] is a retired miner from [[A|Tumble]] who sings with [[A|Côr Meibion Llanelli]].

She was right: I had read his name off the handover sheet, where it was listed beside another patient, [[P|Mr Alun Jenkins]]. The complaint (ref [[RF|HDUHB-CON-23-2217]]) was investigated by [[C|Dr Nerys Holt]], and I apologised in a meeting.

Learning: use the wristband, not the list. I now say the patient's full name to them when I introduce myself.
Verified by [[K|Dr Geraint Lewis-Hopkin]], Clinical Lead, who supports this reflection.
"""),
dict(id="s22-h084", kind="safeguarding_minutes", applicant="Dr Asha Varghese", text="""
Child protection strategy meeting minutes – [[K|10/10/2023]] – held at [[A|Kirkcaldy Social Work Office, Town House]]
Present: [[C|Ms Gillian Rennie]] (SW, chair), [[C|DS Mark Lindsay]] (Police Scotland), Dr Asha Varghese (paediatric specialty doctor, [[K|Victoria Hospital Kirkcaldy]]), [[C|Mrs Catriona Wemyss]] (HV), [[C|Mr Ali Tahir]] (head teacher, [[A|Pathhead Primary]])
Child: [[P|Brooke-Lynn Duncan]], 7, CHI [[N|1804161734]]
Concerns: [[K|14 unexplained absences]]; disclosure to class teacher ([[C|Miss Nairn]]) that mum's boyfriend ("[[R|Stevie]]") hits her. Medical: healing fracture of [[K|left 5th metacarpal]] not previously presented.
Actions: IRD completed; police ref [[RF|PS-FIFE-231010-0087]]; child to stay with paternal grandmother [[R|Mrs Agnes Duncan]] at [[A|27 Dunnikier Road]].
""", ids=[("P","Brooke-Lynn")]),
dict(id="s22-h085", applicant_forms=['Dr O. Bankole'], kind="audit_spreadsheet", applicant="Dr Olumide Bankole", text="""
Sheet1 – Hip fracture audit (NHFD-aligned) – [[K|Royal Bolton Hospital]] – auditor Dr O. Bankole
A            B                 C           D      E               F
NHFD ID      Patient           MRN         Age    Time to theatre  AMTS
[[O|NHFD-889120]]  [[P|Ratcliffe M]]      [[H|RBH-302211]]  86     [[K|31 h]]           [[K|6/10]]
[[O|NHFD-889134]]  [[P|Entwistle J]]      [[H|RBH-302547]]  91     [[K|52 h]]           [[K|4/10]]
[[O|NHFD-889171]]  [[P|Choudhury S]]      [[H|RBH-303002]]  74     [[K|19 h]]           [[K|10/10]]
[[O|NHFD-889203]]  [[P|Greenhalgh E]]     [[H|RBH-303358]]  88     [[K|40 h]]           [[K|7/10]]
Standard: surgery within [[K|36 hours]] ([[K|NICE CG124]]). Compliance [[K|2/4]].
Data checked by [[K|Mr Stephen Goldthorpe]], Consultant Orthopaedic Surgeon.
"""),
dict(id="s22-h086", kind="reflection", applicant="Dr Isabela Santos", text="""
Reflective note – my first MAiD enquiry (a conversation about assisted dying)

[[P|Mrs Ruth Feldman]], [[K|79]], with [[K|motor neurone disease]] (ALSFRS-R [[K|18]]), asked me on a home visit to her house in [[A|Golders Green]] whether I would help her to die. Her husband, [[R|Leonard]], had been a GP. Their rabbi, [[R|Rabbi Daniel Kessler]] of [[A|the Golders Green Synagogue]], was present by her request.

I explained the law in England (the [[K|Suicide Act 1961]]) and offered a referral to the palliative team at [[K|North London Hospice]]. She was not angry; she said she had needed to ask someone.
Verified: [[K|Dr Miriam Abrahams]], Consultant in Palliative Medicine.
""", ids=[("P","Ruth")]),
dict(id="s22-h087", kind="pharmacy_query", applicant="Dr Tomasz Zieliński", text="""
Pharmacy intervention record – [[K|Royal Devon and Exeter Hospital]] – ref [[RF|PI-2023-07714]]
Prescriber: [[C|Dr Poppy Hazeldine]] (FY1) – query raised by pharmacist [[C|Ravinder Sohal]] ([[O|GPhC 2087731]])
Patient: [[P|Mr Ivor Penhaligon]] ([[K|68M]]), [[H|RDE-99018223]], [[K|Ward Yeo, bed 7]]
Issue: [[K|gentamicin 7 mg/kg]] prescribed with [[K|eGFR 22]]; [[K|Hartford nomogram]] not applicable.
Resolved by: Dr Tomasz Zieliński (specialty doctor) – changed to [[K|5 mg/kg]] with level at [[K|6–14 h]].
"""),
dict(id="s22-h088", kind="gp_letter", applicant="Dr Mariam Abboud", text="""
[[K|Craigavon Area Hospital]] — Endocrinology
[[K|02/05/2024]]
[[C|Dr Niall Fearon]], [[A|Tandragee Medical Practice]], [[A|Market Street, Tandragee]] [[PC|BT62 2BW]]
Re: [[P|Miss Orlaith Ní Mhurchú]] (Orla Murphy)   DOB [[K|17/12/2002]]   H&C [[N|4758 130 962]]

Dear [[C|Niall]],
Orlaith (she prefers "Orla") has [[K|Graves' disease]]: TSH [[K|<0.01 mU/L]], FT4 [[K|48 pmol/L]], TRAb [[K|12.4]]. She started [[K|carbimazole 40 mg OD]]. She is a second-year nursing student at [[A|Queen's University Belfast]] and does placements at [[K|Daisy Hill Hospital]]; her mother [[R|Bríd]] has hypothyroidism.
Yours, Dr Mariam Abboud
""", ids=[("P","Orla Murphy"),("P","Orlaith"),("P","Orla")]),
dict(id="s22-h089", kind="handover_chat", applicant="Dr Kelechi Nnamdi", text="""
Signal group "Paeds SHO rota" (exported [[K|4 Nov 2024]]) — kept as rota-management evidence
[[C|Becca Pryor]]: can anyone swap my [[K|Sat 16th]] night? [[P|Baby Zayn]]'s mum asked for me for the discharge meeting on the 15th lol
Kelechi Nnamdi: I can swap for [[K|Sun 24th]] day
[[C|Becca Pryor]]: legend 🙏
[[C|Ahmad Jan]]: fyi SCBU [[K|cot 3]] ([[P|Khan twins]]) mum's number changed to [[PH|07700 900 118]], updated on Badger
Kelechi Nnamdi: please don't put numbers in here Ahmad!! deleting
[[C|Ahmad Jan]]: sorry 🙈
Rota lead verifying: [[K|Dr Penelope Sarr]], Consultant Neonatologist, [[K|Rotherham Hospital]]
""", ids=[("C","Ahmad")]),
dict(id="s22-h090", kind="reflection", applicant="Dr Ibrahim Diallo", text="""
Reflection: working with a patient's employer

[[P|Shaun]], a [[K|36-year-old]] scaffolder for [[A|Harrison & Dyer Scaffolding, Hull]], had his second [[K|generalised tonic-clonic seizure]] at work on [[K|3 May]]. His foreman, [[R|Big Mick]] — [[R|Michael Doherty]] — rang the ED asking whether [[P|Shaun Pickering]] could go back up the scaffold on Monday.

I explained that I couldn't discuss [[P|Shaun]]'s health without his consent. After speaking with Shaun, who agreed, I wrote a fit note and explained the DVLA rule ([[K|6 months]] off driving after a first unprovoked seizure, [[K|12 months]] for epilepsy). We started [[K|levetiracetam 250 mg BD]]. His girlfriend [[R|Demi]] worried about money; I gave the details of the Epilepsy Action helpline.
Verified by [[K|Dr Martha Ingleby]], Consultant in Emergency Medicine, [[K|Hull Royal Infirmary]].
"""),
]
