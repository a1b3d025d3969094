DOCS = [
dict(id="s22-h046", applicant_forms=['VSS'], kind="trainee_assessment_summary", applicant="Dr Vikram Singh Sandhu", text="""
Supervision of trainees – summary of WPBAs I completed as assessor (evidence for teaching/supervision domain)
Dr Vikram Singh Sandhu (VSS), Specialty Doctor, ED, [[K|Wexham Park Hospital]]   GMC [[K|7255460]]

| Trainee | Grade | GMC | Tool | Date | Outcome |
| [[C|Dr Hannah Liebermann]] | FY2 | [[G|7702318]] | [[K|Mini-CEX]] | [[K|11/02/2024]] | Meets |
| [[C|Dr Kofi Boateng]] | CT1 | [[G|7698143]] | [[K|DOPS (chest drain)]] | [[K|19/02/2024]] | Meets |
| [[C|Dr Sinéad Foley]] | GPST2 | [[G|7611072]] | [[K|CbD]] | [[K|03/03/2024]] | Below – repeat |
| [[C|Dr Arjun Pillai]] | FY1 | [[G|7799251]] | [[K|ACAT]] | [[K|17/03/2024]] | Meets |

Commentary: [[C|Sinéad]]'s CbD concerned a [[K|17-year-old]] with paracetamol overdose ([[K|level 182 mg/L at 4 h]]); she had not used the [[K|treatment line of 100 mg/L]]. We discussed [[K|acetylcysteine]] regimens (the [[K|SNAP protocol]]). [[C|Hannah]] and [[C|Arjun]] were strong.
Countersigned by my clinical supervisor, [[K|Dr Rebecca Thornbury]].
"""),
dict(id="s22-h047", kind="reflection", applicant="Dr Omar Farouk", text="""
Reflection – when a patient's friend is your neighbour

Last spring I clerked [[P|Jamal]], a [[K|45-year-old]] with alcohol withdrawal seizures, at [[K|Lister Hospital]] in Stevenage. I recognised him at once: he drinks with my neighbour, [[R|Tony Marchetti]], at [[A|the Our Mutual Friend pub]] on [[A|Broadwater Crescent]], and I had nodded to him over the fence. [[P|Jamal Haddou]] recognised me too.

His [[K|CIWA-Ar score]] was [[K|22]]; we followed the [[K|chlordiazepoxide]] reducing regimen and gave [[K|Pabrinex]] two pairs TDS. He asked me not to tell Tony. His wife, [[R|Latifa]], was angry with him, and with me, for "knowing already".

I declared the conflict to the nurse in charge, [[C|Gemma Ruddock]], and asked a colleague, [[C|Dr Femi Alade]], to take over his ongoing care. On reflection, I had not known whether I should declare this; I read the [[K|Good Medical Practice]] paragraphs on personal relationships and discussed it with [[K|Dr Catriona Lusk]], my supervisor, who signed this.
""", ids=[("P","Haddou")]),
dict(id="s22-h048", kind="sms_log", applicant="Dr Funmilayo Adebisi", text="""
On-call phone log (exported from secure messaging app, Pando) — night [[K|9–10 Aug 2023]] — Dr Funmilayo Adebisi
[[K|22:14]] from Nurse [[C|Paula]] (Ward 9): [[P|Mr Ogundipe]] bed [[K|9-12]] BP [[K|82/40]], HR [[K|124]], [[K|NEWS 8]]
[[K|22:15]] me: coming. Start [[K|500 ml Hartmann's]] stat, cultures please
[[K|22:40]] from Dr [[C|Ellis]] (med reg): ICU aware of [[P|Olu]]? I'm in resus with a STEMI
[[K|22:41]] me: yes, [[C|Dr Tanvir Rahman]] ICU SpR reviewing now. Lactate [[K|5.6]]
[[K|00:05]] from switchboard: son ([[R|Babatunde Ogundipe]]) on [[PH|01632 960781]] asking for update
[[K|03:20]] from Nurse [[C|Paula]] (Ward 9): bed [[K|9-04]] [[P|Mrs Terry]] fallen, no injury apparent, on [[K|rivaroxaban]]
[[K|03:22]] me: will review, CT head per [[K|NICE NG232]]
Supervisor verification: [[K|Dr Jonathan Harcourt]], Consultant Physician, [[K|Milton Keynes University Hospital]]
"""),
dict(id="s22-h049", kind="coroner_letter", applicant="Dr Eleni Papadopoulou", text="""
[[K|HM Coroner for the Area of Cardiff and the Vale of Glamorgan]]
Coroner's Office, [[A|Cardiff City Hall, Cathays Park, Cardiff]] [[PC|CF10 3ND]]
Tel: [[PH|029 2018 0419]]   Email: [[E|coroner.cardiff@example.gov.uk]]
Our ref: [[RF|CAR/0988/2023/GH]]

Dr Eleni Papadopoulou
Department of Respiratory Medicine, [[K|University Hospital Llandough]]

[[K|16 January 2024]]

Dear Doctor,

Re: [[P|Gareth Huw Lewis]] (deceased) – born [[K|21/05/1958]], died [[K|02/12/2023]]

I write concerning the inquest into the death of Mr [[P|Lewis]], formerly of [[A|Maes-y-Coed, Pen-y-lan Road, Dinas Powys]], who died on [[K|Ward West 1]] following treatment for [[K|idiopathic pulmonary fibrosis]] and a pneumothorax. His widow, [[R|Mrs Ceri Lewis]], has raised concerns about the timing of the chest drain insertion by [[C|Dr Marcus Oyelaran]] and the escalation to the on-call consultant, [[C|Dr Lowri Pugh]].

Please provide a statement by [[K|13 February 2024]] covering your involvement, including your review at [[K|18:40 on 1 December 2023]].

Yours faithfully,
[[C|Mrs Helen Carrow]], Coroner's Officer, on behalf of [[C|Mr Graeme Hughes]], Senior Coroner
"""),
dict(id="s22-h050", kind="audit_report", applicant="Dr Roksana Begum", text="""
Audit: VTE risk assessment within 14 hours of admission – re-audit – [[K|Whipps Cross University Hospital]]
Author: Dr Roksana Begum. Supervisor: [[K|Dr Miles Armitage-Young]] (verified).
Standard: [[K|NICE NG89]]; target [[K|95%]]. Cycle 1 compliance [[K|71%]] (n=[[K|80]]); cycle 2 [[K|93%]] (n=[[K|80]]).

Exceptions table (patients without assessment, cycle 2):
[[H|WXH-5512083]] – [[P|Mr Ilyas Mughal]], [[K|59M]], admitted via [[K|SDEC]]
[[H|WXH-5519904]] – [[P|Ms Roisin Feeney]], [[K|33F]], [[K|pregnant 28/40]], surgical
[[H|WXH-5520171]] – [[P|Mr Dmitri Orlov]], [[K|71M]], transferred from [[K|Newham]]
[[H|WXH-5521640]] – [[P|Mrs Comfort Mensah-Bonsu]], [[K|66F]], palliative
[[H|WXH-5523015]] – [[P|Mr Ali Reza Karimi]], [[K|48M]], interpreter delay
[[H|WXH-5524398]] – "Mr X" (unknown, later identified as [[P|Kevin Doyle]]), [[K|40s M]], trauma

Intervention: admission proforma change; teaching for FY1s led by me and pharmacist [[C|Beatriz Almeida]].
"""),
dict(id="s22-h051", applicant_forms=['Dr  J  Mwangi'], kind="ocr_clinic_letter", applicant="Dr Joseph Mwangi", text="""
NINEWELLS  HOSPITAL  &  MEDICAL  SCHOOL        Renal  Unit
Dictated :  [[K|1O/O5/2O22]]

Dear  [[C|Dr  Abernethy]]
                                               Your  ref  :  [[RF|KA/RB/lO22]]
RE :  [[P|Mrs  Elspeth  Buchan]]  ,  CHI  :  [[N|29O3 4 4 6 l 2 8]]
      [[A|Kirkton  Farm  Cottage ,  Glamis ,  F0rfar]]   [[PC|DD8  1RT]]

Mrs  [[P|Buchan]]  is  an  [[K|8O]]  year  old  lady  with  CKD  [[K|stage  4]]
( eGFR  [[K|l8]] ) .  Her  potassium  is  [[K|5.9]] .  I  have  stopped
her  [[K|spironolactone]]  and  started  [[K|Lokelma  5 g  OD]] .  She  and
her  son  [[R|Fergus]]  ( who  farms  at  [[A|Glamis]] )  would  prefer
conservative  management  to  dialysis .
Yours  sincerely
Dr  J  Mwangi ,  Specialty  Doctor ,  Renal  Medicine
"""),
dict(id="s22-h052", kind="reflection", applicant="Dr Thandiwe Mahlangu", text="""
Reflection on a Mental Health Act assessment in ED

A 19-year-old student, whom I will call by her first name as the notes did, [[P|Freya]], came to [[K|Addenbrooke's Hospital]] ED at 03:00 after her flatmates found her on the roof of their halls at [[A|Anglia Ruskin's Young Street residence]]. Her flatmate, [[R|Isobel]], had rung 999; the police officer, [[C|PC Daniel Okoro]], brought her under [[K|section 136]] of the [[K|Mental Health Act 1983]].

[[P|Freya Lindgren-Moss]] is Swedish-British; her parents ([[R|Anders]] and [[R|Claire]]) live in Malmö. She told me she had stopped her [[K|sertraline 100 mg]] a month ago. The liaison psychiatry nurse, [[C|Steph Kirby]], and the AMHP, [[C|Mr Yaw Mensah]], completed the assessment with [[C|Dr Ines Carvalho]] (S12 doctor).

I learned the time limits ([[K|24 hours]], extendable by [[K|12 hours]]) and the importance of a place of safety. I also learned that her university wellbeing service could be contacted (with consent) via [[E|wellbeing@aru.example.ac.uk]].
Verified: [[K|Dr Rupert Ashdown-Hale]], ED Consultant.
"""),
dict(id="s22-h053", applicant_forms=['DK', 'Dr D Krishnamurthy'], kind="handover_sheet", applicant="Dr Deepa Krishnamurthy", text="""
SURGICAL HANDOVER (weekend) – Sat [[K|13/07/2024]] – [[K|Royal Infirmary of Edinburgh]] – Dr D Krishnamurthy (DK)
[[K|WARD 106]]
 1) [[P|McGregor, Isla]] [[K|27F]] CHI [[N|0107971502]] – lap appx [[K|day 1]], CRP [[K|88]] – home if eating
 2) [[P|Pirie, Alasdair]] [[K|63M]] CHI [[N|1511600947]] – SBO, NGT, [[K|gastrografin]] at 08:00; AXR 14:00
 3) [[P|Nowak, Zofia]] [[K|45F]] CHI [[N|2309783385]] – pancreatitis ([[K|Glasgow score 3]]); ?gallstones; partner [[R|Marek]] [[PH|0131 496 0822]]
[[K|WARD 107]]
 4) [[P|Sangster, Wm]] [[K|88M]] CHI [[N|0402366120]] – post Hartmann's; DNACPR; daughter [[R|Morag]] visiting from [[A|Dalkeith]]
 5) [[P|Ahmadi, Reza]] [[K|34M]] CHI [[N|1712893316]] – perianal abscess; I&D done by [[C|Mr Blair]] Fri; Farsi interpreter
Consultant on call: [[K|Mr Richard Haldane]] (verified)
"""),
dict(id="s22-h054", kind="complaint_about_colleague", applicant="Dr Nirmala Subramaniam", text="""
Statement for Trust investigation ([[RF|HR-INV-2023-041]]) – concern about a colleague's behaviour
Author: Dr Nirmala Subramaniam, Specialty Doctor, Obstetrics & Gynaecology, [[K|Princess Royal Hospital, Telford]]

On [[K|14 September 2023]], during the morning handover, [[C|Dr Gregory Vantreight]] (consultant) raised his voice at the FY2, [[C|Dr Amira Nassar]], in front of midwives and a patient's partner. He said she was "useless" because she had not documented the [[K|MEOWS]] score for the woman in [[K|room 6]]. [[C|Dr Nassar]] left the room in tears. The midwife co-ordinator, [[C|Jo Pemberton]], and the ST5, [[C|Dr Callum Frost]], witnessed this.

This was not the first time. On [[K|2 August]] [[C|Dr Vantreight]] told me my decision to transfer [[P|Mrs Parveen Saleem]] (room 3) to theatre for a [[K|category 2 caesarean]] was "hysterical". [[P|Mrs Saleem]]'s husband, [[R|Mr Nadeem Saleem]], heard this and later asked me whether his wife was in danger.

I raised this via the Freedom to Speak Up Guardian, [[C|Mr Kieran O'Shea]] ([[E|ftsu@sath.example.nhs.uk]]).
Statement reviewed for accuracy by my educational supervisor, [[K|Dr Lesley Attwood]].
"""),
dict(id="s22-h055", kind="referral_letter", applicant="Dr Hassan Jafari", text="""
[[K|Aberdeen Royal Infirmary]]   Department of Dermatology
[[K|23 May 2024]]
Dr [[C|Kirsty Leask]], [[A|Scalloway Health Centre]], [[A|Scalloway, Shetland]] [[PC|ZE1 0UB]]

Dear Dr [[C|Leask]],
Re: [[P|Magnus Isbister]], DOB [[K|30/09/1954]], CHI [[N|3009541899]]
Thank you for the photographs. This [[K|1.8 cm]] nodular lesion on Mr [[P|Isbister]]'s left temple is likely a [[K|nodular basal cell carcinoma]]. Given he is a fisherman who spends weeks on the boat out of [[A|Lerwick harbour]], I would suggest Mohs surgery at [[K|Ninewells]]. His wife, [[R|Ingrid]], may phone the dermatology nurse on [[PH|01632 960745]].
Yours sincerely, Dr Hassan Jafari, Specialty Doctor
"""),
dict(id="s22-h056", kind="bed_bureau_export", applicant="Dr Abimbola Okeke", text="""
Bed bureau export – medical admissions referred by GPs – [[K|Tuesday 6 Feb 2024]] – annotated by Dr Abimbola Okeke
ref_no;received;gp;patient;dob;nhs;reason;outcome
[[O|BB-240206-0031]];[[K|08:12]];[[C|Dr R Kaplan]], [[A|Bourne Hall Surgery]];[[P|Eastwood Lionel]];[[K|1941-03-12]];[[N|4632109875]];SOB, ?PE;[[K|CTPA negative]]
[[O|BB-240206-0044]];[[K|09:31]];[[C|Dr F Osei]], [[A|Ewell Village Practice]];[[P|Mirza Humaira]];[[K|1979-11-02]];[[N|7291034456]];hyperemesis;[[K|admitted EGAU]]
[[O|BB-240206-0052]];[[K|10:05]];[[C|Dr P Gallo]], [[A|Stoneleigh Medical Group]];[[P|Quigley Patrick]];[[K|1966-07-29]];[[N|3847720019]];chest pain;[[K|troponin 14 -> 15 ng/L]], discharged
[[O|BB-240206-0067]];[[K|11:48]];[[C|Dr R Kaplan]], [[A|Bourne Hall Surgery]];[[P|Abubakar Zainab]];[[K|1990-01-17]];[[N|5518839201]];cellulitis;[[K|SDEC, flucloxacillin 1 g QDS]]
Verified by [[K|Dr Susannah Greer]], AMU consultant, [[K|Epsom General Hospital]].
"""),
dict(id="s22-h057", kind="reflection", applicant="Dr Alejandro Ruiz", text="""
Reflection on managing a needlestick injury to a junior colleague

During a night shift at [[K|Royal Lancaster Infirmary]], the FY1, [[C|Dr Evie Calder]], sustained a needlestick injury while taking blood from [[P|Mr Declan Fahey]] on [[K|Ward 23]]. Mr [[P|Fahey]] is a known intravenous drug user from [[A|the Ridge estate]] and had a previous hepatitis C diagnosis.

I arranged for [[C|Evie]] to attend ED for occupational health follow-up and baseline bloods, and I asked Mr Fahey for consent to test for [[K|HIV]], [[K|hepatitis B]] and [[K|hepatitis C]]; he agreed. His HCV RNA came back [[K|undetectable]] after previous [[K|sofosbuvir/velpatasvir]] treatment. PEP was discussed with the microbiologist, [[C|Dr Ananya Bose]].

I reflected on how to support a shaken colleague and on our sharps bins (the bin on that ward was over-full; Datix [[RF|RL-NS-2024-0077]]).
Signed off by [[K|Dr Keith Rowntree]], Consultant Physician.
"""),
dict(id="s22-h058", kind="interpreter_note", applicant="Dr Nadia Rahman", text="""
Clinic note – [[K|Luton and Dunstable University Hospital]] – Haematology
Patient: [[P|Ms Fadumo Abdi Warsame]] ([[K|27F]]), hospital no [[H|LDH0328841]], NI number [[O|QQ 12 34 56 C]] (recorded for benefits letter)
Interpreter: Somali, via telephone (interpreter ID [[O|LL-55218]])
Diagnosis: [[K|Sickle cell disease (HbSS)]]; Hb [[K|71 g/L]], reticulocytes [[K|320]]
Plan: start [[K|hydroxycarbamide 15 mg/kg]]; contraception counselling. She works at [[A|Luton Airport's Terminal cleaning contractor]] and her sister, [[R|Hodan]], helps with childcare at their flat in [[A|Marsh Farm]].
Letter to support PIP claim sent to DWP, Wolverhampton.
— Dr Nadia Rahman, Specialty Doctor. Verified by [[K|Dr Owen Castellano]], Consultant Haematologist.
"""),
dict(id="s22-h059", kind="mortality_review", applicant="Dr Tariq Mahmood", text="""
Structured Judgement Review (SJR) – Reviewer: Dr Tariq Mahmood – Trust ref [[RF|SJR-24-0193]]
Patient: [[P|Mrs Winifred Ackroyd]], [[K|87F]], died [[K|28/01/2024]], [[K|Calderdale Royal Hospital]]; hospital no [[H|CRH10293847]]
Admission phase: good care. [[K|NEWS2 3]] on arrival; [[K|CFS 7]]. Seen by [[C|Dr Lucas Bergmann]] within 1 h.
Ongoing care: poor care. On day 3, nursing notes ([[C|RN Kerry Hoyle]]) record NEWS2 [[K|6]] at 02:00 with no escalation; the FY1 ([[C|Dr Sana Tariq]]) was not bleeped until 06:10.
End of life: adequate; daughter ([[R|Mrs Pauline Greenwood]]) present. Granddaughter [[R|Chelsea]] complained about visiting times.
Overall score: [[K|2 – poor care]]. Referred to [[K|Mortality Review Group]] chaired by [[K|Dr Hilary Vause]] (who verifies this review).
"""),
dict(id="s22-h060", kind="gp_letter", applicant="Dr Kateryna Bondarenko", text="""
From the Memory Assessment Service, [[K|Hywel Dda University Health Board]], [[K|Bronglais Hospital]], Aberystwyth
[[K|14 August 2023]]
To: [[C|Dr Elin Tudur]], [[A|Meddygfa Ystwyth, Aberystwyth]] [[PC|SY23 1AB]]
Re: [[P|Mr Idris Prosser Rowlands]] DOB [[K|04/04/1944]] NHS [[N|433 562 0198]]
[[A|Pen-y-Bryn, Ffair-Rhos]], [[A|Ystrad Meurig]] [[PC|SY25 6BP]]

Dear Dr [[C|Tudur]],
Mr [[P|Rowlands]], a retired sheep farmer, attended with his wife [[R|Menna]] and his son [[R|Gethin]], who now runs the farm. [[K|MoCA 19/30]]; [[K|Addenbrooke's Cognitive Examination]] was conducted in Welsh (his first language) with a score of [[K|68/100]]. MRI shows [[K|medial temporal atrophy (Scheltens 3)]]. Diagnosis: [[K|Alzheimer's disease]], moderate. Started [[K|donepezil 5 mg nocte]].
He still drives a quad bike and a Land Rover to the mart at [[A|Tregaron]]; I have advised him to inform the DVLA.
Yn gywir,
Dr Kateryna Bondarenko, Specialty Doctor, Old Age Psychiatry
""", ids=[("P","Idris")]),
]
