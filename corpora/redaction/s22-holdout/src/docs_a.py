DOCS = [
dict(id="s22-h001", kind="reflection", applicant="Dr Oluwaseun Adeyemi-Clarke", text="""
Reflective account: a missed sepsis in a young mother
Author: Dr Oluwaseun Adeyemi-Clarke (GMC [[K|7261148]]), Specialty Doctor, Emergency Medicine
Setting: [[K|Royal Gwent Hospital]], Newport, majors area, [[K|Bay 4]]

What happened
On a busy Saturday night shift I saw [[P|Carys Pritchard]], a 29-year-old woman, [[K|11 days]] after an emergency caesarean section. Carys had walked in with her partner, [[R|Rhodri]], because she "just didn't feel right". Her triage observations were HR [[K|118]], RR [[K|22]], temperature [[K|38.4 °C]], BP [[K|104/61]], giving a [[K|NEWS2 of 5]]. I saw her within the hour but, in hindsight, anchored on mastitis because she was breastfeeding and her left breast was red.

Rhodri told me she had been "grey and shivery" since the morning at her mother's house in [[A|Caerleon]], and that her mum, [[R|Glenys Pritchard]], had rung the community midwife, [[C|Bethan Howells]], who had advised attending. I prescribed flucloxacillin and planned discharge. The nurse looking after Mrs Pritchard, [[C|Siân Llewellyn]], challenged this when the repeat lactate came back at [[K|4.1 mmol/L]]. I re-examined: the wound was tender and there was offensive lochia. We started the [[K|Sepsis Six]], gave [[K|piperacillin-tazobactam 4.5 g IV]], [[K|30 ml/kg]] crystalloid, and referred to obstetrics; [[C|Dr Arwel Morgan]] (O&G registrar) took her to theatre for evacuation of retained products the next morning.

Carys made a full recovery. When I phoned her at home on [[A|Heol y Frenhines]] a week later (her number, [[PH|07700 900417]], was on the ED card), she said Rhodri had been the one who insisted.

Reflection
I learned that anchoring is most dangerous when a benign explanation fits. Siân's challenge was the safety net. I have since taught the maternal sepsis pathway at our [[K|Wednesday teaching]] and I now use the [[K|UK Obstetric Surveillance System]] red flags in every post-partum attender.

Verified by: [[K|Dr Helen Prosser]], Consultant in Emergency Medicine and Educational Supervisor
"""),
dict(id="s22-h002", kind="case_writeup", applicant="Dr Rajesh Venkataraman", text="""
Case-based discussion write-up (for [[K|CbD]] with [[K|Dr Fiona McAllister]])
Applicant: Dr Rajesh Venkataraman, Acute Medicine, [[K|Queen Elizabeth University Hospital]], Glasgow

Patient: [[P|Mr Angus Drummond]], [[K|67]] years, male, DOB [[K|03/09/1957]], CHI [[N|0309574128]], unit no. [[H|G405881K]]

Angus is a retired shipyard welder who lives alone in a tenement flat at [[A|14 Kelvinhaugh Street]], [[PC|G3 8NX]]. He drinks most afternoons in [[A|the Ben Nevis bar on Argyle Street]] and his only regular contact is his nephew, [[R|Callum Drummond]], who works at [[A|Govan Cross shopping centre]]. Callum found him on the kitchen floor on the morning of admission; he had been there, by Angus's account, since the night before.

Admission bloods: CK [[K|18,400 U/L]], creatinine [[K|289 µmol/L]], potassium [[K|6.2 mmol/L]]. ECG showed peaked T waves. We treated with [[K|10 ml 10% calcium gluconate]], insulin-dextrose and aggressive fluids. By day 3 his creatinine was [[K|141 µmol/L]].

The learning point was capacity. On day 4 Mr Drummond wanted to self-discharge. I assessed him under the [[K|Adults with Incapacity (Scotland) Act 2000]]; he had capacity. Callum was upset and rang the ward on [[PH|0141 496 0388]] several times; I explained confidentiality and, with Angus's consent, arranged a joint meeting. Angus, "Gus" to his pals at the bowling club ([[A|Whiteinch Bowling Club]]), accepted a falls alarm and a social work referral (ref [[RF|SW/GCC/24/11902]]).

Assessor comments recorded separately by Dr Fiona McAllister, Consultant Physician.
"""),
dict(id="s22-h003", applicant_forms=['Dr Tan'], kind="mdt_list", applicant="Dr Mei Ling Tan", text="""
HAEM-ONC MDT  |  [[K|Ward 12]] board round  |  Tuesday [[K|14/05/2024]]  |  Prepared by Dr Mei Ling Tan (ST5)
Bed | Initials | Age/Sex | Hosp no | Diagnosis | Plan
[[K|12-01]] | [[P|JO'N]] | [[K|71M]] | [[H|RVJ4417203]] | DLBCL, [[K|R-CHOP cycle 3]] | G-CSF, home Thurs
[[K|12-03]] | [[P|A.B-K.]] | [[K|45F]] | [[H|RVJ4420119]] | AML, neutropenic sepsis | [[K|meropenem 1 g TDS]], d3
[[K|12-04]] | [[P|SW]] | [[K|82F]] | [[H|RVJ3998654]] | Myeloma, hypercalcaemia (adj Ca [[K|3.21]]) | [[K|zoledronic acid 4 mg]]
[[K|12-07]] | [[P|TK]] | [[K|19M]] | [[H|RVJ4431077]] | ALL (UKALL 2011), induction | TYA team; mum ([[R|Lorraine]]) staying
[[K|SR2]] | [[P|Mrs Hadiza Bello]] | [[K|58F]] | [[H|RVJ4402288]] | Post-allo GvHD skin gr 2 | [[K|prednisolone 1 mg/kg]]

Actions:
- Dr Tan to ring [[P|JO'N]]'s GP ([[C|Dr Pauline Rees]], [[A|Horfield Health Centre]]) re anticoag.
- [[P|Bello]] – husband [[R|Musa]] asks for family meeting; interpreter (Hausa) booked via [[PH|0117 496 0721]].
- [[P|TK]]: fertility preservation done at [[K|Southmead]]; ask [[C|Jenna (CNS)]] to chase.
Consultant present: [[K|Dr Stephen Ogilvie]] (signs off this list as supervisor)
"""),
dict(id="s22-h004", kind="gp_letter", applicant="Dr Hamid Rahimi", text="""
[[K|Ysbyty Gwynedd]], Penrhosgarnedd, Bangor LL57 2PW
Department of Rheumatology
Our ref: [[RF|HR/RHEUM/3381]]     Your ref: [[RF|ML/ab/0921]]
Date: [[K|22 March 2023]]

[[C|Dr Meinir Lloyd]]
[[A|Meddygfa'r Llan]]
[[A|Stryd Fawr, Llanrug]]
[[A|Caernarfon]]
[[PC|LL55 4AB]]

Dear Dr Lloyd,

Re: [[P|Gwilym Arfon Jones]], DOB [[K|11/07/1949]], NHS No [[N|712 384 9056]], Hospital No [[H|D0294417]]
[[A|Tŷ Capel, Ffordd yr Orsaf]], [[A|Llanberis]] [[PC|LL55 4TY]]

Diagnosis: [[K|Polymyalgia rheumatica]]; query [[K|giant cell arteritis]] (excluded)

Thank you for referring Mr Jones, a retired slate-quarry manager who still runs the choir at [[A|Capel Coch]]. He described [[K|6 weeks]] of shoulder and hip girdle stiffness, worst in the morning for about [[K|2 hours]]. ESR [[K|64 mm/hr]], CRP [[K|48 mg/L]]. Temporal artery ultrasound showed no halo sign. I have started [[K|prednisolone 15 mg once daily]] with [[K|Adcal-D3]] and [[K|alendronic acid 70 mg weekly]].

His wife, [[R|Eirlys]], was worried about his jaw pain when chewing; I have reassured them both but given them the department advice line ([[PH|01632 960452]]).

I will see him again in [[K|8 weeks]].

Yours sincerely,

Dr Hamid Rahimi
Specialty Doctor in Rheumatology
cc: Mr G A Jones
"""),
dict(id="s22-h005", kind="complaint_response", applicant="Dr Priya Nandakumar", text="""
Complaint reference: [[RF|CMP-2023-04471]]   Datix: [[RF|W118823]]
Response drafted by Dr Priya Nandakumar, Consultant Paediatrician (clinical lead for the complaint)
[[K|Leicester Royal Infirmary]], Children's Emergency Department

Complainant: [[R|Mr Darren Whitlock]] (father)
Patient: [[P|Kayden Whitlock]], [[K|4 years]], DOB [[K|19/01/2019]], S number [[H|S2210487]]

Summary of concerns
Mr Whitlock complained that his son waited [[K|5 hours 40 minutes]], that the triage nurse ([[C|Nurse Gemma Fairbrother]]) dismissed his concerns about a rash, and that the first doctor, [[C|Dr Tomasz Wiśniewski]], discharged Kayden with "a virus" before he returned the next day with Kawasaki disease.

Findings
I reviewed the records with [[C|Dr Wiśniewski]] and with the ST4 who saw Kayden on re-attendance, [[C|Dr Olamide Fashola]]. At first attendance Kayden had had fever for [[K|2 days]] only; he did not meet criteria for [[K|Kawasaki disease]] (which requires fever of [[K|5 days or more]] for complete disease). However, the discharge advice did not include written safety-netting. On return he had conjunctival injection, cracked lips and a polymorphous rash; echocardiogram was normal and he received [[K|IVIG 2 g/kg]] and [[K|aspirin]].

Mrs Whitlock ([[R|Shannon]]) also asked why the GP at [[A|Braunstone Frith surgery]] had not been informed. This was an administrative error; the letter was sent to the wrong practice because the address held on the spine ([[A|27 Ravenhurst Road]], [[PC|LE3 2PB]]) was out of date.

Actions: written safety-net leaflets now given at every febrile-child discharge; shared learning at the [[K|Paediatric Governance meeting, 12 October 2023]].

Signed: Dr Priya Nandakumar
Reviewed by: [[K|Dr Andrew Kilbride]], Divisional Director (verifying)
"""),
dict(id="s22-h006", kind="whatsapp_export", applicant="Dr Sarah Okonjo", text="""
[[K|[03/02/2024, 07:42]]] [[C|Jamie Reg]]: Morning all. Handover - bed 14 [[P|Mrs Kowalczyk]] pulled her NG again overnight
[[K|[03/02/2024, 07:43]]] Sarah Okonjo: ok will reinsert + xray. Is daughter [[R|Agnieszka]] coming in? she wanted updating
[[K|[03/02/2024, 07:44]]] [[C|Jamie Reg]]: yes ~10. Her mob is on the front sheet [[PH|07700 900652]]
[[K|[03/02/2024, 07:51]]] [[C|Priti FY1]]: bed 9 [[P|Dennis]] (the one from [[A|Stoke Gifford]]) K+ [[K|2.9]], replacing [[K|Sando-K 2 tabs TDS]]
[[K|[03/02/2024, 07:52]]] Sarah Okonjo: thanks Priti. can u also chase his CT head from Friday - MRN [[H|BRI8830214]]
[[K|[03/02/2024, 08:10]]] [[C|Priti FY1]]: done, reported no acute bleed
[[K|[03/02/2024, 09:35]]] [[C|Jamie Reg]]: FYI [[P|Den]]'s wife rang, she's called [[R|Maureen]], says he fell at [[A|the Beaufort Arms]] not at home
[[K|[03/02/2024, 09:36]]] Sarah Okonjo: 🙈 ok that changes the story, will update the falls proforma
[[K|[03/02/2024, 11:02]]] [[C|Priti FY1]]: [[P|Mrs K]] NG confirmed on CXR, pH [[K|4.5]] aspirate too
[[K|[03/02/2024, 11:03]]] Sarah Okonjo: 👍 great work
Exported for portfolio (leadership/handover evidence). Verified by [[K|Dr Nicholas Freeth]], consultant geriatrician.
"""),
dict(id="s22-h007", kind="incident_report", applicant="Dr Ahmed El-Sayed", text="""
INCIDENT REPORT (LFPSE) — reference [[RF|LFPSE-2024-0087731]]   Local ID: [[RF|INC/ANA/24/219]]
Reporter: Dr Ahmed El-Sayed, Specialty Doctor, Anaesthesia, [[K|Ninewells Hospital]], Dundee
Date/time of incident: [[K|08/06/2024 02:15]]
Location: [[K|Theatre 3]], emergency list

Patient: [[P|Fraser McLeish]], male, [[K|34]], CHI [[N|2711894455]]
Description: Rapid sequence induction for laparotomy (perforated viscus). After [[K|propofol 150 mg]] and [[K|rocuronium 80 mg]], grade 4 view. Two attempts by the ST3, [[C|Dr Niamh Gallagher]], then one by myself with the [[K|McGrath videolaryngoscope]]. SpO2 fell to [[K|71%]]. Front-of-neck access kit opened; ventilation then achieved with a second-generation supraglottic airway and the third attempt (bougie) succeeded. [[K|Sugammadex]] was not needed.

Contributing factors: the difficult airway trolley had been moved to Theatre 5 by the ODP, [[C|Craig Dunbar]], for a list earlier that evening and not returned; the on-call consultant, [[C|Dr Malcolm Reid]], was 25 minutes away.

Witnesses: [[C|Staff Nurse Kirsty Baird]]; ODP [[C|Craig Dunbar]].
Patient's partner, [[R|Ellie Robertson]], was informed at 06:00 under the Duty of Candour by myself; she can be reached at [[PH|01632 960913]].

Outcome: no lasting harm. [[K|Difficult Airway Society]] alert letter issued; patient given a DAS airway alert card.

Reviewed and verified by [[K|Dr Lorna Gillespie]], Clinical Director, Anaesthesia.
"""),
dict(id="s22-h008", kind="discharge_summary", applicant="Dr Chidi Okafor", text="""
DISCHARGE SUMMARY   [[K|Antrim Area Hospital]], [[K|Northern Health and Social Care Trust]]
Patient: [[P|SEAMUS PATRICK McCANN]]     H&C No: [[N|328 441 7062]]     Hospital No: [[H|ANT0671234]]
DOB: [[K|02/02/1961]]    [[K|Sex: M]]
Address: [[A|42 Carnmoney Road, Glengormley, Newtownabbey]], [[PC|BT36 6HN]]
Admitted: [[K|11/11/2024]]   Discharged: [[K|16/11/2024]]   Ward: [[K|C5]]
Consultant: [[K|Dr Aoife Hennessy]]   Completed by: Dr Chidi Okafor, Specialty Doctor (Cardiology)

Diagnosis: [[K|NSTEMI]]; new [[K|atrial fibrillation]] ([[K|CHA2DS2-VASc 3]], [[K|ORBIT 1]])
Procedures: Coronary angiogram ([[K|14/11/2024]]) – [[K|DES to LAD]]

Medications on discharge: [[K|aspirin 75 mg OD (1 month)]], [[K|clopidogrel 75 mg OD]], [[K|apixaban 5 mg BD]], [[K|bisoprolol 2.5 mg OD]], [[K|atorvastatin 80 mg ON]], [[K|ramipril 2.5 mg OD]]

Social: Lives with wife [[R|Bernadette]]; works part-time at [[A|McCann's hardware, Antrim Road]] (family business with brother [[R|Gerard]]). Mass every Sunday at [[A|St Bernard's, Glengormley]].
Follow-up: cardiac rehab; OPD in [[K|6 weeks]]. GP: [[C|Dr Ciaran Devlin]], [[A|Ballyclare Group Practice]], tel [[PH|028 9649 6347]].
"""),
dict(id="s22-h009", kind="safeguarding_letter", applicant="Dr Emily Hartley-Shaw", text="""
CONFIDENTIAL – Safeguarding
To: [[C|Ms Rachel Tindall]], Social Worker, Children's Services, [[A|Civic Centre, Silver Street, Barnsley]] [[PC|S70 2TA]]
From: Dr Emily Hartley-Shaw, Specialty Doctor, Community Paediatrics, [[K|Barnsley Hospital NHS Foundation Trust]]
MASH referral no: [[RF|MASH-BAR-23-07715]]   Police ref: [[RF|14/88213/23]]
Date: [[K|5 September 2023]]

Re: [[P|Tyler-Jay Hodgson]] (DOB [[K|30/04/2021]]), [[K|male]], NHS [[N|4857 203 916]]
and sibling [[P|Maisie Hodgson]] (DOB [[K|12/12/2018]])

Dear Ms Tindall,

I examined Tyler-Jay today at the request of your colleague [[C|Mr Owen Pratt]]. He was brought by his maternal grandmother, [[R|Mrs Denise Crowther]], who has cared for both children at her home on the [[A|Athersley North estate]] since [[K|28 August]]. Mum, [[R|Chantelle Hodgson]], and her partner, known to the family as "[[R|Gaz]]", did not attend.

Findings: three fingertip-pattern bruises on the left upper arm ([[K|1.5 cm]], [[K|1.2 cm]], [[K|1 cm]]) and a [[K|3 cm]] linear bruise over the left buttock. Skeletal survey ([[K|6 September]]) and coagulation screen (PT [[K|11.8 s]], APTT [[K|29 s]], platelets [[K|312]]) requested. Maisie, who attends [[A|Athersley North Primary School]], told me that "Gaz shouts when Tyler cries."

Opinion: the pattern is consistent with inflicted injury; accidental explanation not offered. I have discussed with the named doctor, [[K|Dr Joanne Whitaker]], who has countersigned this report.

Dr Emily Hartley-Shaw
"""),
dict(id="s22-h010", kind="m_and_m_minutes", applicant="Dr Viktor Petrov", text="""
Surgical Morbidity & Mortality meeting — [[K|Darent Valley Hospital]] — [[K|17 January 2024]]
Chair: [[K|Mr Jonathan Akers]], Consultant Colorectal Surgeon. Minutes: Dr Viktor Petrov (Specialty Doctor).

Case 1. [[P|Mrs P.L.]] ([[K|78F]]), hospital no [[H|DVH1182765]]. Anastomotic leak day 5 after anterior resection. Operating surgeon [[C|Mr Faisal Qureshi]]; assistant [[C|Dr Lucy Tran]] (CT2). Discussion: CRP [[K|287]] on day 3 not escalated by the weekend SHO, [[C|Dr Ben Aldous]]. Learning: adopt the [[K|CRP threshold of 150 mg/L on day 3]].

Case 2. [[P|Mr Delroy Campbell]] ([[K|52M]]), [[H|DVH1190442]]. Delayed diagnosis of ischaemic bowel; lactate [[K|2.1]] initially. Seen by [[C|Mr Qureshi]] and by the locum registrar [[C|Dr Ioana Munteanu]]. CT (portal venous phase) at 9 hours. Died day 2. Referred to coroner (ref [[RF|NWK/0394/24]]). Family (daughter [[R|Simone Campbell]]) have raised a complaint, [[RF|PALS 24/0119]].

Case 3. [[P|Ms Ayesha Siddiqui]] ([[K|31F]]). Negative appendicectomy; [[K|Alvarado 5]]. No adverse outcome. Note: Ayesha is a staff member on [[K|Ward 2]]; her details must be handled in confidence.

Attendees: 14, including [[C|Mr Qureshi]], [[C|Dr Tran]], [[C|Dr Munteanu]].
Minutes approved by the chair, Mr Jonathan Akers.
"""),
dict(id="s22-h011", kind="reflection", applicant="Dr Farzana Chowdhury", text="""
Reflection: the man who wouldn't leave his dog

I want to write about [[P|Stanley]]. He was [[K|88]], a widower from [[A|Pelsall]], and he came to us on [[K|AMU]] at [[K|Walsall Manor Hospital]] after his neighbour, [[R|Bev]], found him on the landing. [[P|Stan]] (he told me within a minute that nobody called him Stanley except the Army) had a urinary tract infection and delirium, [[K|4AT score 6]], which settled in two days with [[K|nitrofurantoin 100 mg MR BD]] and time.

The medical problem was simple. The human problem was [[P|Stan]]'s dog, Biscuit, a Jack Russell shut in his bungalow on [[A|Vicarage Terrace]]. Every time I walked past his bed he asked me who was feeding Biscuit. Bev had a key but was going to her daughter's in [[A|Telford]] for the weekend. Stan's son, [[R|Keith Aldridge]], lives in Spain and his phone went to voicemail.

It would have been easy to note "social issues — for discharge team". Instead I rang the ward social worker, [[C|Marcia]], who found a volunteer through the [[K|Cinnamon Trust]]. Mr [[P|Aldridge]] became calmer within an hour; his delirium was not only infection.

What I learned: agitation in an older adult has a context, and delirium screening (the [[K|4AT]]) measures a state, not the reasons for it. I now ask "who is at home that depends on you?" in every clerking.

Supervisor sign-off: [[K|Dr Kamala Sivapalan]], Consultant in Acute Medicine
"""),
dict(id="s22-h012", kind="referral_letter", applicant="Dr Thomas Brennan", text="""
From: Dr Thomas Brennan, Specialty Doctor, Old Age Psychiatry, [[K|Belfast Trust]] – [[K|Knockbracken Healthcare Park]]
To: [[C|Dr Gráinne Ní Bhriain]], Consultant Neurologist, [[K|Royal Victoria Hospital]]
Date: [[K|3 July 2024]]   Our ref: [[RF|TB/OAP/1147]]

Dear Dr Ní Bhriain,

[[P|Mrs Philomena (Phil) Quinn]], [[K|73]], H&C [[N|6114 729 380]], of [[A|9 Glenview Park, Dunmurry]], [[PC|BT17 0QN]]

I would be grateful for your opinion on Mrs Quinn, a retired primary school teacher (she taught for 30 years at [[A|St Anne's PS in Finaghy]]) whose [[K|ACE-III]] has dropped from [[K|86/100]] to [[K|71/100]] over [[K|9 months]], with prominent visual hallucinations and fluctuating attention. Her husband, [[R|Eamon]], describes REM sleep behaviour; she "fights" in her sleep. I suspect [[K|dementia with Lewy bodies]]. She had a severe reaction to [[K|haloperidol 0.5 mg]] given by the out-of-hours GP, [[C|Dr Declan Lavery]], in April.

DaTSCAN would help. Her daughter [[R|Siobhán Quinn-Mallon]] (tel [[PH|028 9649 6264]]) is the main contact and has lasting power of attorney.

Yours sincerely,
Dr Thomas Brennan
"""),
dict(id="s22-h013", kind="csv_export", applicant="Dr Lakshmi Raghunathan", text="""
# Export: ED attendances reviewed for audit "Time to antibiotics in neutropenic sepsis" – Dr Lakshmi Raghunathan – [[K|Q3 2023]]
attendance_no,patient,nhs_no,age,sex,arrival,abx_time,door_to_abx_min,met_standard
[[H|AE23-118204]],[[P|Hussain, Tariq]],[[N|9434765919]],[[K|61,M,2023-07-02 14:11]],[[K|2023-07-02 15:02]],[[K|51,Y]]
[[H|AE23-119877]],[[P|O'Donoghue, Maeve]],[[N|4010232137]],[[K|44,F,2023-07-09 02:40]],[[K|2023-07-09 04:25]],[[K|105,N]]
[[H|AE23-121530]],[[P|Nwachukwu, Ifeoma]],[[N|6253849170]],[[K|37,F,2023-07-21 19:05]],[[K|2023-07-21 19:48]],[[K|43,Y]]
[[H|AE23-124402]],[[P|Lindqvist, Erik]],[[N|3318209745]],[[K|70,M,2023-08-04 10:30]],[[K|2023-08-04 12:01]],[[K|91,N]]
[[H|AE23-127798]],[[P|Zhou, Xiaoming]],[[N|8802467311]],[[K|28,M,2023-08-19 23:16]],[[K|2023-08-20 00:02]],[[K|46,Y]]
# Standard: [[K|antibiotics within 60 minutes]] ([[K|NICE CG151]]). Compliance [[K|3/5 (60%)]] in this sample.
# Audit supervised by [[K|Dr Graham Holloway]] (Consultant, Emergency Medicine), who verified the data.
"""),
dict(id="s22-h014", kind="coroner_statement", applicant="Dr Nasrin Haidari", text="""
STATEMENT OF WITNESS (Coroners and Justice Act 2009)
Inquest touching the death of: [[P|Lee Anthony Marsden]]
Coroner's reference: [[RF|HMC/SYW/2024/0673]]
Statement of: Dr Nasrin Haidari, Specialty Doctor in Emergency Medicine, [[K|Northern General Hospital]], Sheffield (GMC [[K|7112093]])

1. I make this statement at the request of [[C|HM Assistant Coroner Ms Janet Pullinger]] from my own recollection and from the clinical records (hospital number [[H|S5510092X]]).
2. On [[K|23 February 2024]] at about [[K|21:30]] I was the middle-grade doctor in Resus. Mr Marsden, aged [[K|41]], was brought by ambulance (CAD [[RF|YAS-240223-4471]]) from [[A|the car park of the Arbourthorne Hotel]], where he had been found by the licensee, [[R|Mr Kevin Shelley]].
3. The paramedic, [[C|Ms Donna Fretwell]], handed over a [[K|GCS of 6]] and pinpoint pupils. He had been given [[K|naloxone 400 micrograms IM]]. I gave a further [[K|800 micrograms IV]]; his GCS improved to [[K|13]].
4. At [[K|23:05]] Mr Marsden left the department against advice. He was seen leaving by [[C|Staff Nurse Aidan Crookes]]. Security ([[C|Mr Paul Hinchliffe]]) attempted to persuade him to return. I telephoned his partner, [[R|Kayleigh Booth]], on [[PH|0114 496 0557]], and South Yorkshire Police (log [[RF|SYP-1129-23022024]]).
5. I understand that he was found deceased at his flat, [[A|Flat 6, 18 Errington Road]], [[PC|S2 2LU]], the next morning.

I believe the facts stated in this statement are true.
Signed: Dr Nasrin Haidari     Date: [[K|11 April 2024]]
"""),
dict(id="s22-h015", kind="teaching_feedback", applicant="Dr Jakub Nowicki", text="""
Teaching session feedback summary – "Recognising the sick child" – delivered by Dr Jakub Nowicki
Date: [[K|09/11/2023]], [[K|Royal Alexandra Children's Hospital]], Brighton; audience: [[K|12 FY2s]] and [[K|3 GP trainees]]

Mean rating [[K|4.7/5]]. Selected free-text comments (names of trainees removed by course admin except where given):
- "Best session on [[K|PEWS]] I've had" – [[C|Harriet O.]]
- "Loved the case of the little boy from [[A|Whitehawk]] — maybe anonymise more, we recognised it" – anonymous
- "Would like more on [[K|Bronchiolitis (NICE NG9)]]" – [[C|Kwame Asante]], FY2
- "Very engaging; Jakub clearly knows his stuff" – [[C|Dr Ruth Abernethy]], GPST1

Note from Dr Nowicki: the case discussed was a [[K|9-month-old]] with bronchiolitis, and the child's first name ([[P|Alfie]]) was mentioned once by mistake. I have removed it from the slides and reflected on this with my supervisor, [[K|Dr Imogen Sayers]], who signed the session off.
"""),
]
