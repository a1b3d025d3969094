DOCS = []
def D(kind, applicant, text):
    DOCS.append((kind, applicant, text))

D("serious_incident_report", "Dr Kwabena Owusu-Ansah", """\
PATIENT SAFETY INCIDENT INVESTIGATION (PSII) - FINAL REPORT
{{Royal Berkshire NHS Foundation Trust}}        Classification: OFFICIAL-SENSITIVE
StEIS: [[2024/18832|REF]]    Datix/InPhase: [[IN-0094417|REF]]    LFPSE: [[W-2024-551902|REF]]

1. Summary
A {{87-year-old}} woman ("Patient A", [[Edna Florence Whitlock|P]], MRN [[RBH0772145|H]]) sustained a {{fractured neck of femur}} after an unwitnessed fall from {{bed 14}} on {{Hurley Ward}} at approx. {{03:20}} on {{11/08/2024}}. Falls risk on admission: {{Morse Fall Scale 65}}.

2. Investigation team
Lead investigator: {{Dr Kwabena Owusu-Ansah}}, Consultant Geriatrician (GMC {{7801147}})
Patient safety partner: Mrs [[Pauline Odhiambo|C]]
Approved by: {{Dr Ruth Galloway}}, Deputy Medical Director

3. Timeline (from notes, e-obs, statements)
22:00  HCA [[Jordan Beattie|C]] documents bed rails down at patient's request.
01:45  {{NEWS2 2}}. Pt confused, {{4AT 5}}. RN [[Marisol Quintero|C]] contacted F1 on bleep [[2230|T]].
02:10  F1 (Dr [[Ahmad Zubair Safi|C]]) prescribes {{haloperidol 0.5 mg}} PO - not given (pt asleep).
03:20  found on floor. Granddaughter [[Kayleigh|R]] informed 07:30 by phone ([[07700 900883|T]]).
03:55  Reviewed by SHO Dr [[B. Nwachukwu|C]]; shortened, externally rotated L leg.

4. Findings
- Enhanced observation ("bay watch") was not in place although the ward had a staffing shortfall of one RN (rota ref [[HR-ROTA-33871|REF]]).
- Lying/standing BP never recorded; {{amlodipine 10 mg}} and {{doxazosin 4 mg}} both continued.

5. Family involvement
Mrs [[Whitlock|P]]'s son, [[Trevor Whitlock|R]], of [[Orchard Cottage|A]], [[Sonning Lane|A]], [[RG4 6ST|PC]], met with {{Dr Owusu-Ansah}} on 02/09/2024.

Report author: {{K. Owusu-Ansah}} ({{KOA}})""")

D("safeguarding_referral", "Dr Siobhan McAleese", """\
UNOCINI / CHILD PROTECTION REFERRAL - {{Belfast Health and Social Care Trust}}
Gateway Service ref: [[GW-BEL-25-04471|REF]]     PSNI ref: [[CC2025032100418|REF]]

Referrer: {{Dr Siobhan McAleese}}, ST6 Paediatrics, {{Royal Belfast Hospital for Sick Children}} (GMC {{7412983}})
Contact via switchboard [[020 7946 0000|T]] ext [[3317|T]]

Child: [[Caoimhe Ní Dhonnchadha|P]] (known as "[[Keeva|P]]")    DOB {{03/02/2021}}    {{Female}}
H&C number: [[327 451 9982|N]]     RBHSC unit no: [[RB1209934|H]]
Address: [[22 Glenalina Crescent|A]], [[Andersonstown|A]] [[BT12 7HF|PC]]
School/nursery: [[Little Acorns Playgroup|A]], [[Falls Road|A]]

Mother: [[Aoife Donnelly|R]] (mob [[07700 900142|T]])
Mother's partner: [[Ciarán "Kiki" Mallon|R]] - not the father; "[[Kiki|R]]" present at presentation
Father: [[Pádraig Ó Donnchadha|R]], no contact

Concern: {{4-year-old}} brought to ED 21/03/2025 02:15 with a {{spiral fracture of the left humerus}}. History inconsistent (fall from sofa per Mr [[Mallon|R]]; fall on stairs per mother). Skeletal survey requested. Bruising to {{left pinna}} (TEN-4-FACESp positive).

Health visitor: [[Grainne Kearney|C]]. GP: Dr [[Declan Moohan|C]], [[Springfield Road|A]] Surgery.
Discussed with consultant on call, {{Dr Ruairí Devlin}}, who agrees with referral.

Signed {{S. McAleese}}  {{SMcA}}""")

D("discharge_summary_wales", "Dr Eleri Pritchard", """\
{{Bwrdd Iechyd Prifysgol Betsi Cadwaladr}} / {{Betsi Cadwaladr University Health Board}}
{{Ysbyty Gwynedd}}, Bangor                        CRYNODEB RHYDDHAU / DISCHARGE SUMMARY

Enw / Name: [[GWENLLIAN MAIR AP RHYS|P]]            Rhif GIG / NHS No: [[709 114 3382|N]]
Dyddiad geni / DOB: {{27/06/1992}}  Rhyw / {{Sex: F}}     Rhif ysbyty / Hosp No: [[G104552W|H]]
Cyfeiriad / Address: [[Tŷ Capel|A]], [[Lôn Bach|A]], [[Llanberis|A]], [[LL55 4UR|PC]]
Meddyg teulu / GP: Dr [[Rhodri Vaughan-Jones|C]], [[Feddygfa Glan Peris|A]]

Ward: {{Ward Tegid (Labour Ward)}}      Consultant: {{Ms Eleri Pritchard}} (GMC {{7618834}})
Admitted {{04/10/2025}}   Discharged {{07/10/2025}}

Diagnosis: {{Postpartum haemorrhage 1.8 L}} following {{SVD}}; {{uterine atony}}. ICD-10 {{O72.1}}.
Management: {{oxytocin 40 units}} infusion, {{carboprost 250 micrograms}} IM x2, {{tranexamic acid 1 g}} IV, EUA under spinal. {{Hb 74 g/L}} -> transfused 2 units.
Baby: live female, {{3.42 kg}}, {{Apgar 9/10}}, name [[Nia|P]].
Partner [[Iwan|R]] present throughout. Mrs [[ap Rhys|P]] prefers Welsh - midwife [[Lowri Ellis-Thomas|C]] translated.

Meds on discharge: {{ferrous fumarate 322 mg}} BD; {{enoxaparin 40 mg}} SC OD for 10 days.
Follow-up: debrief clinic with {{Miss Pritchard}} 6/52.

Llofnod / Signed: {{E. Pritchard}}""")

D("clinic_letter", "Dr Javier de la Fuente Ortega", """\
{{Department of Urology}}, {{Frimley Park Hospital}}
Tel [[01632 960604|T]]   Secretary: Ms [[Dawn Ricketts|C]] [[01632 960 871|T]]

Dictated 02/12/2025  Typed 05/12/2025   Clinic: {{Mr de la Fuente Ortega}} - FUROL3

Dr [[Harpreet Sandhu|C]]
[[The Wey Medical Practice|A]]
[[Guildford Road|A]]
[[Woking GU22 7QQ|A]]

Dear Dr [[Sandhu|C]],

Re: [[Bartholomew O'Rourke-Fitzgerald|P]]  DOB {{08/08/1957}}
[[4 The Paddocks|A]], [[Chobham|A]], [[GU24 8AX|PC]]
NHS [[401 229 7736|N]]   Hosp [[FPH 0398217|H]]

Diagnosis: {{Gleason 3+4=7}} ({{Grade Group 2}}) prostate adenocarcinoma, {{PSA 8.4 ng/mL}}, {{PI-RADS 4}}, T2c N0 M0.

I saw Mr [[O'Rourke-Fitzgerald|P]] ("[[Barty|P]]") today with his wife [[Concepta|R]]. We discussed active surveillance, robotic radical prostatectomy and radiotherapy with {{bicalutamide 150 mg}}. He would like to talk to the oncologist, Dr [[Adaeze Nwosu|C]], before deciding. I have requested a {{bone scan}} and will discuss him at the {{Specialist MDT}} on {{18/12/2025}}.

Yours sincerely

{{Javier de la Fuente Ortega}}
Consultant Urological Surgeon   GMC {{7664410}}

cc: Patient
    Dr [[A. Nwosu|C]], Oncology, {{Royal Surrey County Hospital}}
    Nurse Specialist team ([[urology.cns@frimleyhealth.example.nhs.uk|E]])""")

D("referral_letter_scotland", "Dr Catriona MacLeod", """\
{{NHS Highland}} - {{Raigmore Hospital}}, Inverness
{{Respiratory Medicine}}

Our ref: [[CM/JL/RESP/25/3309|REF]]
SCI Gateway ref: [[SCI-8841-2207|REF]]

To: Dr [[Lachlan Urquhart|C]], Thoracic Surgery, {{Royal Infirmary of Edinburgh}}

Dear [[Lachlan|C]],

[[Morag Seonaid MacKinnon|P]]  CHI [[1504512345|N]]   DOB {{15/04/1951}}
[[Taigh na Mara|A]], [[Ardersier|A]], [[IV2 7QT|PC]]    Tel [[01632 960 118|T]]

Thank you for seeing this {{74}}-year-old retired crofter with a {{2.8 cm}} spiculated RUL nodule, {{SUVmax 9.1}} on PET-CT. {{FEV1 1.92 L (81%)}}, {{DLCO 68%}}. {{WHO PS 1}}. Brock score {{54%}}. She lives with her sister [[Ishbel|R]], who drives her.

She is anxious about travel; her son [[Calum MacKinnon|R]] ([[calum.mackinnon@example.co.uk|E]]) will phone to arrange.

With best wishes

{{Catriona MacLeod}}
Specialty Doctor, Respiratory (GMC {{7290034}})
Dictated by {{CMacL}}, typed by [[JL|C]]""")

D("eportfolio_cbd", "Dr Oluwaseun Adeyemi-Cole", """\
==== Case-based Discussion (CbD) ====
Trainee: {{Oluwaseun Adeyemi-Cole}}  |  GMC number: {{7123456}}  |  Grade: {{ST5}}
Assessor: {{Dr Fiona Rennie-Marsh}} (Consultant, Acute Medicine)  |  Assessor GMC: [[4455190|G]]
Date of event: {{22/01/2025}}   Location: {{Northgate General Hospital}}, {{AMU}}
Curriculum link: {{CiP 3}} - managing the unselected take

Case summary (entered by trainee):
[[M.T.|P]], {{64M}}, hospital no. [[K2251077|H]], presented with {{acute kidney injury stage 3}} ({{creatinine 612 µmol/L}}, {{K+ 6.9 mmol/L}}) on background of {{ramipril 10 mg}} and {{spironolactone 25 mg}}. Wife ([[Gloria|R]]) reported 5 days of diarrhoea. Treated with {{calcium gluconate 10%}} 30 mL and {{insulin-dextrose}}; renal reg Dr [[Oyelaran|C]] accepted for HDU.

Assessor's comments:
{{Seun}} presented a well-structured case and understood the sick-day rules. Discussed escalation; next time involve the outreach team earlier. Good reflection on communication with the F1 (Dr [[Zoe Latimer|C]]) who had not recognised the ECG changes.

Overall judgement: {{Meets expectations for stage of training}}
Signed electronically: {{F. Rennie-Marsh}} 24/01/2025 17:41
Trainee reflection: I ({{OAC}}) will teach FY1s the hyperkalaemia guideline.""")
