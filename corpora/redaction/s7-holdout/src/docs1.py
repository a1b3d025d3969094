# Hand-written source documents. Markup: [[string|CODE]] = identifier, {{string}} = keep.
DOCS = []
def D(kind, applicant, text):
    DOCS.append((kind, applicant, text))

D("handover_sheet", "Dr Oluwaseun Adeyemi-Cole", """\
ACUTE MEDICAL UNIT - NIGHT HANDOVER      {{Northgate General Hospital}}      Sat {{14/09/2024}} 20:30
Handing over: {{Dr O. Adeyemi-Cole}} (ST5, GMC {{7123456}})   Receiving: Dr [[Mirela Popescu|C]] (IMT2) / Dr [[Ikenna Obi|C]] (FY1)
Nurse in charge: [[Bernadette Quigley|C]]   Site mgr bleep [[4471|T]]

BED | PT       | HOSP NO    | AGE/SEX | ISSUE                                  | JOBS
----+----------+------------+---------+----------------------------------------+-------------------------
{{AMU-A 3}} | [[D.McK.|P]]   | [[K2204519|H]]   | {{82F}}     | {{CAP CURB-65 3}}, on {{co-amoxiclav 1.2 g IV TDS}} | repeat {{lactate}} 22:00
{{AMU-A 5}} | [[Rashida B|P]] | [[K2219934|H]]   | 47F     | DKA, FRIII, {{pH 7.14}}                     | hourly CBG, K+ 02:00
{{AMU-A 7}} | [[JW|P]]       | [[2210778|H]]    | 91M     | fall, ?#NOF, {{4AT 6}}                      | ortho aware, XR done
{{AMU-B 2}} | "[[Tiny|P]]" [[Okafor|P]] | [[K2231150|H]]| 35M | sickle crisis, {{PCA morphine}}             | Hb {{68 g/L}}, haem reg aware
{{AMU-B 4}} | Mrs [[Zh|P]]  | [[2198840|H]]    | 68F     | {{AF}} fast, {{digoxin 500 micrograms}}     | ECG 23:00
{{AMU-B 6}} | [[G. Ó Súilleabháin|P]] | [[K2240067|H]] | 59M | alcohol w/d, {{CIWA-Ar 18}}          | {{Pabrinex}} 2 pairs TDS

Escalations: bed {{AMU-A 5}} - if K+ < 3.5 call me on [[07700 900418|T]] (not the switchboard). Son of {{AMU-B 2}} ([[Chidi|R]]) wants a call back, mobile [[07700 900731|T]].
DNACPR in place {{AMU-A 7}} - discussed with daughter [[Wendy Marsh|R]] by Dr [[Hollis|C]] this afternoon.
{{OAC}} / {{Seun}} ({{Oluwaseun Adeyemi-Cole}}) - back on Sunday day shift.""")

D("ambulance_advice_log", "Dr Priya Raghunathan", """\
CLINICAL ADVICE LINE - CALL LOG EXTRACT (exported 03/03/2025 07:12)
Senior clinician on line: {{Dr Priya Raghunathan}} (EM consultant, GMC {{7234518}})
Service: Clinical Hub, {{East Riding Ambulance Service}}

time   CAD no.        crew/caller                  summary                                           outcome
01:14  [[ER-250303-0117|REF]] Paramedic [[Lewis Ngata|C]]                  {{76}}M, chest pain {{40 min}}, STE V2-V4          PPCI {{Castle Hill Hospital}}
01:52  [[ER-250303-0160|REF]] Tech. [[Aleksandra Zielińska|C]]           {{4yo}}, febrile convulsion, now {{GCS 15}}        convey to ED
02:30  [[ER-250303-0203|REF]] ECP [[Rob Fenwick|C]]                      pt [[Marjorie Pell|P]] fell, nursing home [[Larchfield House|A]], no injury, {{NEWS2 1}}  left at home, GP visit
03:05  [[ER-250303-0251|REF]] Paramedic [[Y. Haddad|C]]                 pt's husband [[Ahmed|R]] reports overdose {{sertraline}} ~ {{28 x 100 mg}}  convey, TOXBASE checked
04:47  [[ER-250303-0333|REF]] caller is pt's neighbour ([[Gail|R]], [[01632 960 554|T]])  elderly male found on floor at [[14 Ferriby Road|A]], [[Hessle|A]] [[HU13 0HZ|PC]]   crew dispatched Cat 2

Notes: CAD [[ER-250303-0251|REF]] re-contacted 03:40 - pt [[Samira|P]] now {{GCS 14}}.
Signed {{P. Raghunathan}} / {{PR}}""")

D("complaint_letter", "Dr Tomasz Wiśniewski", """\
[[Flat 3, 27 Mowbray Terrace|A]]
[[Roker|A]]
[[SR2 8LQ|PC]]
tel [[07700 900256|T]]

Patient Experience Team
{{South Tyneside and Sunderland NHS Foundation Trust}}

12 May 2024

Your ref: [[PALS/24/1187|REF]]

Dear Sir or Madam,

I am writing to make a formal complaint about the care my father, [[Kenneth Arthur Dodds|P]] (date of birth {{19/11/1938}}, NHS number [[612 473 9058|N]]), received on {{Ward E58}} between 2 and 9 April 2024.

Dad was admitted with what the surgeon, {{Mr Wiśniewski}}, told us was a bowel obstruction. I accept that the operation itself went well and Mr Wiśniewski explained things clearly to me and my brother [[Gary|R]]. My complaint is about what happened afterwards. On the night of 5 April a nurse called [[Shona|C]] told Dad he would have to wait for his {{oxycodone}} because "the doctor is busy". My father was in agony for nearly three hours. The next morning Dr [[Fairweather|C]] changed his tablets without telling anyone in the family.

When my wife [[Lorraine Dodds|R]] rang the ward on [[01632 960321|T]] nobody could tell her anything. Dad's hospital number is [[RLN 4471902|H]] if that helps you find his notes.

I would like a meeting with {{Mr Wiśniewski}} and the ward manager.

Yours faithfully

[[Stephen Dodds|R]]
[[stephen.dodds77@example.com|E]]""")

D("complaint_response", "Dr Tomasz Wiśniewski", """\
{{South Tyneside and Sunderland NHS Foundation Trust}}
Chief Executive's Office

Our ref: [[COMP/2024/0412/TW|REF]]      Your ref: [[PALS/24/1187|REF]]      Datix: [[W118734|REF]]

PRIVATE AND CONFIDENTIAL
Mr [[S Dodds|R]]
[[Flat 3, 27 Mowbray Terrace|A]]
[[Roker|A]] [[SR2 8LQ|PC]]

24 June 2024

Dear Mr [[Dodds|R]]

Re: your father, Mr [[Kenneth Dodds|P]], {{Ward E58}}

Thank you for your letter. Your concerns have been investigated by {{Mr Tomasz Wiśniewski}}, Consultant Colorectal Surgeon (GMC {{7345120}}), together with Sister [[Aileen Brack|C]], Ward Manager.

1. Analgesia on the night of 5 April. The electronic prescribing record shows {{oxycodone 5 mg}} was prescribed {{4-hourly PRN}}. Staff Nurse [[Shona Pattison|C]] requested a review at 23:10 because your father had already received two doses; the on-call F2, Dr [[Imran Chaudhry|C]], was in theatre recovery and reviewed him at 01:55. We accept this delay was too long.
2. Change of medication. Dr [[Fairweather|C]] (ST4) converted oral analgesia to a {{fentanyl 12 micrograms/hour}} patch. This should have been discussed with your father and, with his permission, with the family.

Actions: the pain team (Nurse [[Ola Bankole|C]]) will deliver teaching on {{Ward E58}}; {{Mr Wiśniewski}} has reflected on this case.

If you remain dissatisfied you can contact the Parliamentary and Health Service Ombudsman.

Yours sincerely

Dame [[Helen Ashby|C]]
Chief Executive

cc: {{Mr T. Wiśniewski}}; Sister [[A. Brack|C]]; Patient Experience ([[complaints@stsft.example.nhs.uk|E]])""")

D("coroner_statement", "Dr Hamza Al-Qureshi", """\
IN THE CORONER'S COURT FOR THE AREA OF {{WEST YORKSHIRE (EASTERN)}}
Inquest touching the death of [[Daniel James Ackroyd|P]]
Coroner's ref: [[WYE/0917/2025|REF]]    Police ref: [[13250044812|REF]]

STATEMENT OF {{DR HAMZA AL-QURESHI}}
Occupation: Consultant Psychiatrist, {{Leeds and York Partnership NHS Foundation Trust}}
GMC number: {{7520461}}

1. I make this statement at the request of HM Assistant Coroner, Ms [[Philippa Rand|C]], from the records and my own recollection.
2. I first met Mr [[Ackroyd|P]] (known as "[[Danny|P]]") on {{17 January 2025}} at {{the Becklin Centre}} after a referral from his GP, Dr [[Nkechi Eze|C]]. He was {{34}} and lived with his partner [[Jade Thornton|R]] at [[41 Cardigan Road|A]], [[Headingley|A]] [[LS6 1LJ|PC]].
3. He described {{low mood}} for six months. His {{PHQ-9}} score was {{21}}. He denied current suicidal intent. I started {{mirtazapine 15 mg}} at night and referred him to the Crisis Team (Mr [[Gideon Aboagye|C]], CPN, NMC [[09H1123E|G]]).
4. On {{2 February 2025}} my colleague Dr [[Lauren Pickersgill|C]] (GMC [[7611982|G]]) reviewed him by telephone. Her note records that his mother, Mrs [[Irene Ackroyd|R]], was worried about his drinking.
5. I was informed of [[Danny|P]]'s death on {{9 February 2025}}. Trust incident [[LFPSE-2025-0088147|REF]] was raised.

I believe that the facts stated in this witness statement are true.
Signed: {{H. Al-Qureshi}}    Dated: 14 March 2025""")
