DOCS = [
dict(id="s22-h031", kind="complaint_investigation", applicant="Dr Samuel Ofori", text="""
Serious incident investigation (StEIS [[RF|2023/18842]]; Datix [[RF|WEB210447]]) – extract prepared by Dr Samuel Ofori, panel member
[[K|Pinderfields Hospital]], [[K|Mid Yorkshire Teaching NHS Trust]]

Chronology
[[K|03:10]] [[P|Mr Arthur Lumb]] ([[K|76]]) found on floor beside [[K|bed 18, Gate 44]], by HCA [[C|Precious Ndlovu]].
[[K|03:25]] Reviewed by FY1 [[C|Dr Imran Bashir]]; no head injury documented; on [[K|apixaban 5 mg BD]].
[[K|07:40]] Day team: [[K|GCS 12]]. CT head: [[K|acute subdural haematoma, 14 mm]].
[[K|08:30]] Discussed with neurosurgery at Leeds ([[C|Mr Tobias Whitcombe]]); [[K|andexanet alfa]] given.
[[K|11:00]] Mr [[P|Lumb]]'s daughter, [[R|Karen Lumb-Sykes]], arrived; angry that she was not called at 03:25.

Staff interviewed: [[C|Dr Imran Bashir]] (FY1), [[C|Dr Helga Sørensen]] (night registrar, GMC [[G|7381552]]), [[C|Precious Ndlovu]] (HCA), [[C|Sister Anne-Marie Doyle]].
Root cause: [[K|NICE CG176]] (head injury) not followed for an anticoagulated patient; CT should have been within [[K|8 hours]]. Contributory: single FY1 covering [[K|6 wards]].
Family contact: [[R|Mrs Lumb-Sykes]], [[A|12 Brookfield Avenue, Ossett]], [[PC|WF5 9QD]].
Panel chair, who verified this extract: [[K|Dr Ruth Anstey]], Deputy Medical Director.
"""),
dict(id="s22-h032", kind="teams_chat", applicant="Dr Kavita Joshi", text="""
Microsoft Teams – "ICU North handover" – exported [[K|21/06/2024]]
[[C|Matthew Irving]] 19:58  bed [[K|N6]] is [[P|Lucja]] (the 22yo from the [[A|Rutherglen]] RTA). Sedation hold planned for 06:00
Kavita Joshi 20:01  ok. is the fiancé still in the relatives room? [[R|Dominik]]?
[[C|Matthew Irving]] 20:02  yes and her mum flies in from Gdańsk tmrw, [[R|Mrs Bożena Wróbel]]. Interpreter booked
Kavita Joshi 20:04  CHI pls?
[[C|Matthew Irving]] 20:04  [[N|1104026630]]
[[C|Fiona Docherty]] (nurse in charge) 20:10  FYI police (PC [[C|Steven Lowe]]) want a word re the other driver, incident no [[RF|PS-20240620-2214]]
Kavita Joshi 20:12  they can speak to me, not the family. ICP [[K|24 mmHg]] at 19:00, [[K|hypertonic saline 2.7% 100 ml]] given
[[C|Matthew Irving]] 20:15  👍 also bed [[K|N2]] [[P|Mr Kerr]] – extubated, home to [[A|East Kilbride]] via ward 4 maybe Mon
Evidence verified by [[K|Dr Andrew Mackie]], ICU consultant, [[K|Queen Elizabeth University Hospital]].
"""),
dict(id="s22-h033", kind="reflection", applicant="Dr Hiroshi Tanaka", text="""
Reflection: a patient who reminded me of my grandfather

[[P|Mr Kenji Watanabe]] was an [[K|81]]-year-old retired chef who had run [[A|the Sakura restaurant in Moortown]] for forty years. He was admitted under me to [[K|Ward 34]] at [[K|St James's University Hospital]] with community-acquired pneumonia ([[K|CURB-65 of 3]]). His English was limited, and his daughter-in-law, [[R|Rebecca]], did most of the talking.

[[P|Watanabe-san]] would not eat the hospital food; his weight dropped [[K|3 kg]] in a week. The dietitian, [[C|Nadia]], suggested his family bring food in, and his grandson [[R|Kai]] brought miso soup each evening. I spoke to him in my imperfect Japanese about his restaurant. He told me about his wife, [[R|Michiko]], who had died in [[K|2019]] at the hospice on [[A|Roundhay Road]].

I reflected on transference; I had been unconsciously treating him as family, spending more time with him than with others. My supervisor, [[K|Dr Eleanor Blackwood]], helped me think through boundaries; she signed this reflection.
""", ids=[("P","Kenji")]),
dict(id="s22-h034", kind="gp_letter", applicant="Dr Fatou Jallow", text="""
[[K|Royal Glamorgan Hospital]] – Paediatric Outpatients
Our ref: [[RF|FJ/PAED/OPD/5520]]
[[K|4 December 2023]]

[[C|Dr Rhian Vaughan-Powell]]
[[A|Tonyrefail Health Centre]]
[[A|Mill Street, Tonyrefail]]
[[PC|CF39 8AB]]

Dear [[C|Rhian]],

[[P|Lowri Mai Griffiths]], DOB [[K|07/07/2015]], NHS [[N|653 902 1187]]
[[A|22 Heol Llanwynno, Ynysybwl]], [[PC|CF37 3HY]]
Diagnosis: [[K|Coeliac disease]] (tTG [[K|>128 U/ml]], EMA positive)

Lowri came with her mam, [[R|Nia]], and her taid, [[R|Dafydd Griffiths]]. She attends [[A|Ysgol Gynradd Gymraeg Evan James]] and the school cook will need a letter. Her height is on the [[K|9th centile]] and weight on the [[K|2nd centile]]. I have started a strict gluten-free diet and referred to the paediatric dietitian. Her younger brother, [[P|Osian]], has abdominal pain too; please consider screening him (serology).

Best wishes,
Dr Fatou Jallow, Specialty Doctor, Paediatrics
""", ids=[("P","Lowri")]),
dict(id="s22-h035", kind="logbook_extract", applicant="Mr Adebayo Ogunleye", text="""
Operative logbook extract (eLogbook export) – Mr Adebayo Ogunleye, Specialty Doctor, General Surgery
Supervisor verifying: [[K|Mr Christopher Holt]], Consultant Surgeon, [[K|Southend University Hospital]]

Date | Patient ID | Age | Sex | Procedure | Role | Outcome
[[K|02/01/2024]] | [[H|SUH2209183]] | 54 | F | [[K|Lap cholecystectomy]] | [[K|P-U]] | Uneventful
[[K|02/01/2024]] | [[H|SUH2211470]] | 19 | M | [[K|Lap appendicectomy]] | [[K|P-U]] | Uneventful
[[K|05/01/2024]] | [[H|SUH1984402]] | 83 | F | [[K|Hartmann's procedure]] | [[K|P-S]] | ICU 2 days
[[K|09/01/2024]] | [[H|SUH2213066]] | 47 | M | [[K|Inguinal hernia repair (Lichtenstein)]] | [[K|P-U]] | Uneventful
[[K|12/01/2024]] | [[H|SUH2200358]] | 66 | M | [[K|Emergency laparotomy, small bowel resection]] | A | Return to theatre ([[C|Mr Sandeep Gill]] primary)
Note: row 5 patient ([[P|G.P.]]) complained via PALS ([[RF|PALS-SUH-24-0212]]).
"""),
dict(id="s22-h036", kind="nhs_number_list", applicant="Dr Olga Ivanova", text="""
Virtual ward caseload (frailty) – week commencing [[K|15/04/2024]] – Dr Olga Ivanova
- [[P|AW]] [[K|88F]] NHS [[N|9990012457]] – HF, [[K|furosemide 80 mg IV via OPAT]], weight [[K|71.4 kg]] (↓1.2). Lives [[A|Bishop's Cleeve]]. Carer [[R|Joy]].
- [[P|RD]] [[K|91M]] NHS [[N|999 001 3461]] – delirium post UTI. Wife [[R|Peggy]] ([[PH|01632 960508]]).
- [[P|MO'B]] [[K|79F]] NHS [[N|999-001-4468]] – COPD exac, [[K|prednisolone 30 mg]] day 3/5. From [[A|Cheltenham Racecourse staff cottages]].
- [[P|Mr Ferdinand Osagie]] [[K|84M]] NHS [[N|9990015472]] – falls; sees [[C|Dr Hollis]] at [[A|Leckhampton Surgery]].
- [[P|Bunty]] (prefers this name; formally [[P|Elizabeth Cavendish-Hart]]) [[K|95F]] NHS [[N|9990016479]] – end-of-life; [[K|ReSPECT]] in place.
Clinical lead verifying: [[K|Dr Gareth Pask]], Consultant Geriatrician, [[K|Gloucestershire Hospitals NHS Foundation Trust]]
"""),
dict(id="s22-h037", kind="reflection", applicant="Dr Aoife Gallagher", text="""
Critical incident reflection – the wrong [[P|Mary]]

We had two patients called Mary on [[K|Ward 5 North]] at [[K|Altnagelvin Area Hospital]] that week: [[P|Mary Bradley]], [[K|84]], admitted with a fractured neck of femur from [[A|Strathfoyle]], and [[P|Mary Brady]], [[K|82]], with heart failure, who lived in [[A|the Waterside]] and was a regular at [[A|St Columb's Park House]] lunch club. Their H&C numbers differed by a single digit: [[N|4420913365]] and [[N|4420913356]].

A phlebotomist labelled Mrs Bradley's bloods with Mrs Brady's details. Mrs [[P|Brady]]'s "potassium" came back as [[K|6.4 mmol/L]], and the FY1, [[C|Dr Conor Mulhern]], gave [[K|calcium gluconate]] and insulin-dextrose. The repeat was [[K|4.1]]. No harm occurred, but Mrs [[P|Bradley]]'s real potassium, [[K|3.0]], went untreated for twelve hours.

I was the specialty doctor who noticed the mismatch because the haemoglobin did not fit. I completed an IR1 ([[RF|IR1-WT-2022-03371]]) and led a teaching session on positive patient identification.

Verified by [[K|Dr Roisin McLaughlin]], Consultant Physician, [[K|Western Health and Social Care Trust]].
"""),
dict(id="s22-h038", kind="school_letter", applicant="Dr Adaeze Nwosu", text="""
To: [[C|Mrs J. Ashworth]], SENCo, [[A|Holy Family Catholic Primary School, Rochdale Road, Oldham]] [[PC|OL1 2JR]]
From: Dr Adaeze Nwosu, Specialty Doctor, Community Paediatrics, [[K|Royal Oldham Hospital]]
Date: [[K|10 January 2024]]

Re: [[P|Zainab Hussain]] (Year 3)   DOB [[K|23/03/2016]]

Dear Mrs [[C|Ashworth]],

With parental consent (from Zainab's father, [[R|Mr Shabbir Hussain]]), I am writing to share that [[P|Zainab]] has a diagnosis of [[K|epilepsy (childhood absence epilepsy)]]. She has started [[K|ethosuximide 250 mg twice daily]]. Episodes last about [[K|10 seconds]] and may look like daydreaming.

Please record any episodes on the seizure diary and share with her epilepsy nurse, [[C|Bronwen Hale]] ([[PH|0161 496 0702]]; [[E|bronwen.hale@pat.nhs.uk]]). She does not need rescue medication. She may swim with one-to-one supervision.

With thanks,
Dr Adaeze Nwosu
"""),
dict(id="s22-h039", applicant_forms=['Dr  Sergei  Vo1kov'], kind="ocr_discharge", applicant="Dr Sergei Volkov", text="""
~~ scanned page 2 of 3 ~~
Pat1ent:  [[P|HEWITT ,  Brian  Leslie]]      DOB :  [[K|l9/O8/l95O]]
NHS n0 :  [[N|485 777 3Ol9]]     MRN :  [[H|NNU-OO7l834]]
Addr :  [[A|Flat  3 ,  Ha1ifax  H0use ,  Lenton  B1vd]]
        [[A|N0ttingham]]   [[PC|NG7  2BW]]
NOK :  [[R|Mrs  S  Hewitt]]  (wife)   [[PH|O7700  9OO238]]
Dx :  [[K|Community  acquired  pneum0nia]] ;  [[K|CURB-65  2]]
Rx  on  d/c :  [[K|am0xici11in  5OO mg  TDS]]   x  [[K|5  days]]
F/U :  GP  ([[C|Dr  R.  Okpara]] ,  [[A|Lent0n  Medica1  Centre]])  in  [[K|6  weeks]]  for  CXR
Comp1eted  by :  Dr  Sergei  Vo1kov   (SD ,  Acute  Med)
[[K|Queen ' s  Medica1  Centre]]
"""),
dict(id="s22-h040", kind="mdt_minutes", applicant="Dr Naledi Khumalo", text="""
Lung cancer MDT — [[K|Castle Hill Hospital]] / [[K|Hull Royal Infirmary]] — [[K|22/02/2024]]
Present: [[K|Dr Jonathan Pearce]] (chair, respiratory consultant, verifies), Dr Naledi Khumalo (specialty doctor, respiratory), [[C|Mr Anil Kapoor]] (thoracic surgery), [[C|Dr Sunita Raman]] (oncology), [[C|Dr Paul Fairweather]] (radiology), [[C|Julie Stainforth]] (lung CNS)

1. [[P|Patricia Dunne]], [[K|69F]], [[H|HRI7702193]], NHS [[N|5103 887 220]]. RUL mass [[K|3.2 cm]], [[K|cT2aN0M0]], FEV1 [[K|72%]]. Ex-smoker ([[K|40 pack-years]]). Outcome: for lobectomy ([[C|Mr Kapoor]]). Husband [[R|Frank]] has dementia; daughter [[R|Lisa Dunne]] is carer.
2. [[P|Mr Abdul-Karim Haidar]], [[K|58M]], [[H|HRI7713050]]. Adenocarcinoma, [[K|EGFR exon 19 deletion]]. Outcome: [[K|osimertinib 80 mg]]. Works as taxi driver for [[A|Hull Cars on Beverley Road]]; needs DVLA advice.
3. [[P|Gordon Tait]], [[K|81M]], [[H|HRI6981145]]. [[K|Performance status 3]]. Outcome: BSC; hospice referral to [[A|Dove House]].
Actions: [[C|Julie]] to contact Lisa; Dr Khumalo to write to GP [[C|Dr Ngozi Ekwueme]] re [[P|Mr Tait]].
"""),
dict(id="s22-h041", kind="eportfolio_export", applicant="Dr Luca Bianchi", text="""
Exported from ePortfolio on [[K|30/08/2024]] (links removed as required)
Assessment: [[K|ACAT]] – Acute Care Assessment Tool
Applicant: Dr Luca Bianchi   Assessor: [[K|Dr Olivia Stanhope]] (Consultant, Acute Medicine, [[K|Royal Bournemouth Hospital]])
Date of take: [[K|18/08/2024]]   Number of patients: [[K|23]]
Assessor's narrative: Luca led a busy take. Highlights: a [[K|38-year-old]] with DKA (pH [[K|6.98]], ketones [[K|6.1]]) managed per [[K|JBDS guideline]]; and [[P|Mr Pettifer]], [[K|72]], from [[A|Boscombe]], with a posterior STEMI picked up by Luca from a subtle ECG and sent straight to the lab ([[C|Dr Shah]], cath lab registrar). One area to develop: delegation to FY1 [[C|Dr Eloise Marchetti]], who was under-used.
Original link (not accepted as evidence): [[U|https://eportfolio.example-nhs.uk/assess/acat/8812094]]
Rating: [[K|Meets expectations for completion of training]]
"""),
dict(id="s22-h042", kind="referral_email", applicant="Dr Parisa Moradi", text="""
From: Parisa Moradi <[[K|parisa.moradi@nhs.net]]>
To: [[E|gastro.referrals@uhcw.nhs.uk]]
Subject: Urgent 2WW – [[P|Mrs Iwona Mazur]] – [[N|6940 213 885]]

Dear colleagues,

Please see [[P|Mrs Mazur]], [[K|61]], DOB [[K|14/02/1963]], address [[A|88 Stoney Stanton Road, Coventry]] [[PC|CV1 4FS]], mobile [[PH|07700 900 881]] (Polish speaker; her son [[R|Paweł]] interprets: [[PH|07700 900 882]]).

Iron deficiency anaemia: Hb [[K|84 g/L]], ferritin [[K|6 µg/L]], MCV [[K|71]]. FIT [[K|212 µg Hb/g]]. Weight loss [[K|6 kg]] in [[K|3 months]]. She works at [[A|the Jaguar Land Rover plant in Whitley]] on the line and struggles to get time off.

I have started [[K|ferrous fumarate 210 mg BD]].

Best wishes,
Dr Parisa Moradi, Specialty Doctor, Acute Medicine, [[K|University Hospital Coventry]]
"""),
dict(id="s22-h043", kind="appraisal_reflection", applicant="Dr Grzegorz Lewandowski", text="""
Appraisal reflection: feedback from a patient's family

I received a card from the family of [[P|Bill]], a [[K|92]]-year-old I looked after at [[K|Torbay Hospital]] during his last admission. [[P|William John Cornish]] had been a Dartmouth ferryman and still went to [[A|the Royal Castle Hotel]] every Friday until the winter. His granddaughter [[R|Poppy]] wrote that I had "made Grandad laugh on his last good day". His son-in-law, [[R|Mr Nigel Stapleton]], added that I had phoned them at home in [[A|Kingswear]] at [[K|2 a.m.]] so they could be there at the end.

What I take from it: families remember the phone call more than the prescription. We used the [[K|Gold Standards Framework]] and [[K|midazolam 2.5 mg SC PRN]] for agitation, but what they remembered was being called.

Appraiser: [[K|Dr Marcus Yeo]] (signs)
""", ids=[("P","Cornish")]),
dict(id="s22-h044", kind="gmc_related_letter", applicant="Dr Oksana Melnyk", text="""
Letter of support for a colleague's GMC referral response – [[K|CONFIDENTIAL]]
From: Dr Oksana Melnyk (GMC [[K|7402281]]), Specialty Doctor, Psychiatry, [[K|Leverndale Hospital]], Glasgow
Re: [[C|Dr Farid Noorani]] (GMC [[G|6109934]])   GMC case ref: [[RF|C1-3398712045]]

I worked with Dr [[C|Noorani]] on [[K|Ward 3]] from [[K|2021]] to [[K|2023]]. The complaint relates to the detention under the [[K|Mental Health (Care and Treatment) (Scotland) Act 2003]] of [[P|Mr Ross Gilchrist]] (CHI [[N|0512857731]]), whose mother, [[R|Mrs Anne Gilchrist]], alleges that he was not seen by a consultant within [[K|72 hours]]. In my recollection, [[C|Dr Noorani]] and the MHO, [[C|Mr Stuart Kennedy]], reviewed [[P|Ross]] together on the second day.

Applicant's portfolio note: included as evidence of professionalism; countersigned by [[K|Dr Alison Baird]], Clinical Director.
"""),
dict(id="s22-h045", kind="case_writeup", applicant="Dr Rashida Begum", text="""
Case history with reflection – Obstetrics (SLO 6, labour ward leadership)

[[P|Mrs Nusrat Akhtar]], a [[K|34-year-old]] G4P3 at [[K|39+2 weeks]], came to [[K|Bradford Royal Infirmary]] labour ward in spontaneous labour. She works as a teaching assistant at [[A|Carlisle Business Centre nursery]] and lives on [[A|Whetley Lane]]; her husband [[R|Imtiaz]] and her sister-in-law [[R|Rubina]] were with her.

At [[K|8 cm]] the CTG showed a [[K|prolonged deceleration to 70 bpm]] lasting [[K|5 minutes]]. I called for help; the midwife, [[C|Kelly Armitage]], had already pressed the emergency bell. On examination there was cord prolapse. We positioned her knee-chest, filled the bladder with [[K|500 ml saline]], and I performed a [[K|category 1 caesarean section]]: decision-to-delivery [[K|14 minutes]]. Baby boy, Apgars [[K|3, 8, 10]], cord pH [[K|7.11]].

Nusrat later told me her previous baby had been delivered by [[C|Dr Latham]] at [[K|Airedale]] in a similar rush, and she had been afraid. I wrote her a debrief letter.
Verified: [[K|Dr Salma Iqbal-Rashid]], Consultant Obstetrician.
""", ids=[("P","Nusrat")]),
]
