T = [
("clinic_letter", """⟦Northgate General Hospital NHS Foundation Trust⟧ - ⟦Department of Otolaryngology⟧
Our ref: {ref}    Your ref: {ref2}
Dictated: {date}

{col}
⟦Oakfield Surgery⟧

Dear Dr {cols},
Re: {pt}, ⟦DOB {dob}⟧, NHS No {nhs}, Hosp No {hosp}
{addr}, {town}, {pc}

I reviewed {ptt} in the ⟦ENT clinic⟧ today. {Hesh} reports a 4-month history of left-sided nasal obstruction and ⟦epistaxis⟧. Nasendoscopy showed a ⟦septal deviation to the left⟧ with no mucosal lesion. I have started ⟦mometasone 50 micrograms two sprays once daily⟧ and listed {ptf} for ⟦septoplasty⟧. {Hesh} works at {work}, so I have given a fit note for 2 weeks.

Yours sincerely,
{app}  ⟦Specialty Doctor in ENT⟧  GMC {gmc}
cc {pt}"""),
("discharge_summary", """DISCHARGE SUMMARY - ⟦Ward 23⟧, ⟦St Aldhelm's Hospital⟧
Patient: {pts}, {ptf}   MRN: {hosp}   NHS: {nhs}   ⟦DOB: {dob}⟧   ⟦Sex: F⟧
Address: {house}, {addr}, {town} {pc}   Tel: {mob}
NOK: {rel} (partner) {tel}
Admitted: ⟦{date}⟧ ⟦Consultant: {sup}⟧
Diagnosis: ⟦community-acquired pneumonia, CURB-65 score 2⟧
Course: treated with ⟦amoxicillin 1 g TDS⟧ and ⟦clarithromycin 500 mg BD⟧. ⟦CRP 187 mg/L⟧ falling to ⟦CRP 42 mg/L⟧. {pti} mobilised with physio.
Follow-up: ⟦chest X-ray in 6 weeks⟧ via GP {col}.
Completed by: {app} ({appi}), ⟦GMC {gmc}⟧"""),
("operation_note", """OPERATION NOTE   ⟦Theatre 4⟧, ⟦Castleby Royal Infirmary⟧
Name: {pt}   Unit no: {hosp}   ⟦Age {age}⟧
Surgeon: {app}   Assistant: {col}   Anaesthetist: {col2}   Scrub: {nurse}
Procedure: ⟦Laparoscopic cholecystectomy⟧
Findings: ⟦Chronic cholecystitis, Calot's triangle⟧ dissected, ⟦critical view of safety⟧ obtained.
⟦Clips x3⟧ to cystic duct and artery. ⟦Blood loss 20 mL⟧. Port sites closed with ⟦3-0 Monocryl⟧.
Post-op: ⟦paracetamol 1 g QDS⟧, home same day if {ptt} passes urine. Patient's partner {relf} to collect.
Signed {apps}"""),
("logbook_export", """eLogbook export - {app} (⟦GMC {gmc}⟧) - ⟦Trauma and Orthopaedics⟧
Date | Patient ID | Initials | Procedure | Role | Supervisor
⟦03/02/2024⟧ | {hosp} | {ptI} | ⟦Dynamic hip screw⟧ | ⟦P⟧ | ⟦{sup}⟧
⟦05/02/2024⟧ | {hosp2} | {pt3i} | ⟦Hemiarthroplasty (Austin Moore)⟧ | ⟦S-TS⟧ | ⟦{sup}⟧
⟦11/02/2024⟧ | {ae} | - | ⟦MUA distal radius, Colles' fracture⟧ | ⟦P⟧ | ⟦{sup2}⟧
Totals: ⟦Hip fracture fixation: 47⟧  ⟦Arthroplasty: 12⟧"""),
("mini_cex", """⟦Mini-CEX⟧ - ⟦Dermatology⟧ - Trainee: {app}   Assessor: ⟦{sup}⟧
Clinical setting: outpatient clinic, ⟦Level 3 Skin Centre⟧
Case: {ptf} {pts}, ⟦62-year-old⟧ patient with a changing pigmented lesion on the back; ⟦ABCDE criteria⟧ applied; dermoscopy suggested ⟦superficial spreading melanoma⟧.
Patient's daughter {rel} was present and asked about ⟦sentinel lymph node biopsy⟧.
Focus: ⟦history taking, communication⟧. Rating: ⟦6/6 - above expectations for ST3⟧
Assessor comments: excellent explanation of ⟦2-week-wait pathway⟧. Signed ⟦{sup}⟧ ⟦{date}⟧"""),
("cbd", """⟦Case-based Discussion (CbD)⟧ - ⟦Haematology⟧
Trainee: {app}   Assessor: ⟦{sup}⟧   Date: ⟦{date}⟧
Case record reviewed: {hosp}, {pti}, ⟦male, DOB {dob}⟧
Summary: presented with ⟦Hb 68 g/L⟧, ⟦platelets 14 x 10^9/L⟧ and blasts on film; diagnosed ⟦acute myeloid leukaemia⟧. Started ⟦allopurinol 300 mg⟧ and ⟦rasburicase⟧ for ⟦tumour lysis syndrome⟧ prophylaxis. Transferred to {col} at the regional unit.
Outcome: ⟦Entrustment level 4⟧."""),
("dops", """⟦DOPS⟧ - ⟦Renal Medicine⟧ - ⟦Insertion of tunnelled haemodialysis catheter⟧
Trainee: {app} ({appi})   Assessor: ⟦{sup}⟧
Patient: {pt2} (hosp no {hosp})   Location: ⟦Renal Day Unit, bed 6⟧
Indication: ⟦eGFR 9 mL/min/1.73m2⟧, ⟦potassium 6.4 mmol/L⟧. ⟦Right internal jugular⟧ under ultrasound; ⟦lidocaine 1% 10 mL⟧.
Nurse assisting: {nursef}. Outcome: competent to perform unsupervised."""),
("msf_summary", """⟦Multi-source feedback (360°)⟧ summary for {app}, ⟦GMC {gmc}⟧
Responses: ⟦14 of 15⟧ (⟦6 doctors⟧, ⟦5 nurses⟧, ⟦3 admin⟧)
Free-text comments:
- "{apps} is calm in ⟦Resus⟧. On the night {pt} came in after the RTC she coordinated everything." (nurse)
- "Sometimes leaves ⟦TTOs⟧ late; {nurse} had to chase them twice." (ward clerk)
- "Great at teaching F1s like {col2}." (registrar)
Reviewed with educational supervisor ⟦{sup}⟧ on ⟦{date}⟧."""),
("teaching_feedback", """⟦Teaching feedback form⟧ - Session: ⟦Acute kidney injury and the KDIGO staging⟧
Speaker: {app}   Date: ⟦{date}⟧   Audience: ⟦12 foundation doctors⟧
Overall: ⟦4.6/5⟧
Comments:
"The case of the lady from {town} with ⟦creatinine 412 µmol/L⟧ was memorable" - {col2}
"Please send slides to {email2}" - anonymous
Countersigned: ⟦{sup}⟧, ⟦Director of Medical Education⟧"""),
("audit_report", """AUDIT: ⟦VTE risk assessment within 14 hours of admission⟧ (⟦NICE NG89⟧)
Lead: {app}   Supervisor: ⟦{sup}⟧   Cycle ⟦2⟧, ⟦Ward 7B⟧
Standard: ⟦100%⟧. Result: ⟦38/45 (84%)⟧ vs ⟦29/45 (64%)⟧ cycle 1.
Non-compliant cases:
1. {hosp} - {pti} - ⟦enoxaparin 40 mg⟧ delayed 19 h
2. {hosp2} - {pt2s} - no assessment; ⟦eGFR 24⟧
3. NHS {nhs} - assessed ⟦22 h⟧ after admission
Action: ⟦e-prescribing prompt⟧ introduced; re-audit ⟦{date}⟧."""),
("rota", """⟦Emergency Department⟧ middle-grade rota, ⟦weeks 14-17⟧, ⟦Wexcombe District Hospital⟧
Prepared by {app} (rota lead)
Mon ⟦08:00-18:00⟧: {apps} / {col}
Tue ⟦14:00-00:00⟧: {col2} (swap with {nurse}? no - ANP)
Wed ⟦22:00-08:00⟧: {appi} + locum ({col2s} agency, mobile {mob})
Gaps escalated to ⟦{sup}⟧, ⟦Clinical Director⟧."""),
("meeting_minutes", """Minutes - ⟦Stroke Unit Clinical Governance Meeting⟧ - ⟦{date}⟧
Present: ⟦{sup}⟧ (chair), {app}, {col}, {nurse} (ward manager)
1. ⟦Thrombolysis door-to-needle time⟧ median ⟦52 min⟧ (target ⟦60 min⟧).
2. Case {hosp}: {pts}, ⟦NIHSS 18⟧, ⟦alteplase 0.9 mg/kg⟧ given at ⟦4 h 10 min⟧; ⟦symptomatic ICH⟧. Datix {datix} raised by {cols}.
3. ⟦SSNAP⟧ rating ⟦B⟧.
Actions: {appi} to present at ⟦M&M⟧."""),
("complaint_response", """⟦Hollinwood Green University Hospitals⟧ - Patient Experience Team
Complaint ref: {ref}
Dear {rel},
Thank you for your letter about the care of your relative, {pt}, on ⟦Ward 12⟧. You raised that {col} (GMC {gmco}) did not return your call to {tel}.
{app} has reviewed the notes. {ptf} received ⟦co-amoxiclav 1.2 g IV⟧ within ⟦1 hour⟧ of the ⟦sepsis⟧ alert (⟦NEWS2 7⟧).
We apologise that the ward sister, {nurse}, did not update you.
Yours sincerely, ⟦{sup}⟧, ⟦Medical Director⟧"""),
("incident_report", """⟦Datix⟧ incident report {datix}   LFPSE: {lfpse}
Date/time: ⟦{date} 03:40⟧   Location: ⟦Intensive Care Unit, bed 9⟧
Patient: {pt}, {hosp}
Description: ⟦noradrenaline 0.1 microgram/kg/min⟧ infusion ran out; ⟦MAP 48 mmHg⟧ for ⟦6 min⟧. Nurse {nurse} (⟦Band 5⟧, NMC {nmc}) had been moved to bed 3.
Reported by: {app}. Handler: {col}.
Harm: ⟦low harm⟧."""),
("coroner_statement", """Statement to HM Coroner for ⟦North Durham⟧   Coroner's ref: {coroner}
In the matter of the death of {pt} (⟦date of birth {dob}⟧)
I am {app}, ⟦GMC {gmc}⟧, ⟦Specialty Doctor in Emergency Medicine⟧.
On ⟦{date}⟧ {ptt} was brought in by ambulance (CAD {cad}) from {addr}, {town}. The paramedic {col2} handed over ⟦GCS 7⟧.
CT showed ⟦acute subdural haematoma⟧; {hesh} was on ⟦apixaban 5 mg BD⟧. Neurosurgical registrar {col} (GMC {gmco}) advised conservative care.
{His} son {relf} arrived at ⟦02:15⟧."""),
("safeguarding_referral", """⟦Community Paediatrics⟧ - Safeguarding referral   Ref {sg}
Child: {ptf} {pts}   ⟦DOB {dob}⟧   NHS {nhs}
Home: {addr}, {town}, {pc}
School: {school} (Year 3)
Mother: {rel}   Mother's partner: "{rel2}"   Police ref: {crime}
Seen by {app} in ⟦Child Development Centre⟧. Bruising to ⟦both pinnae⟧ (⟦TEN-4-FACESp⟧ positive).
Discussed with ⟦{sup}⟧, ⟦Named Doctor for Safeguarding⟧, under ⟦Children Act 1989, section 47⟧."""),
("reflection", """Reflective note - {app} - ⟦{date}⟧
What happened: During a ⟦Sexual Health⟧ clinic I saw a 19-year-old student, {ptf}, who studies at the university and lives in halls on {addr}. {Hesh} disclosed that {his} friend {rel2} had been pressuring {his} to share images.
I tested for ⟦chlamydia and gonorrhoea NAAT⟧ and gave ⟦doxycycline 100 mg BD for 7 days⟧. I used the ⟦Spotting the Signs⟧ proforma.
What I learned: to explore ⟦CSE⟧ risk even when patients are adults. I discussed it with ⟦{sup}⟧.
Next time I will ask about ⟦Fraser guidelines⟧ earlier with younger patients."""),
("email_thread", """From: {col} <{email2}>
To: {app}
Subject: RE: bed for {pts}
Date: ⟦{date}⟧

{appf}, we can take {pti} on ⟦HDU bed 2⟧ after ⟦14:00⟧. Lactate was ⟦4.1 mmol/L⟧.
{cols}
{col}
⟦Consultant Intensivist⟧ | bleep 4471 | {tel2}

> On ⟦{date}⟧ {app} wrote:
> Hi, could you see {pt} (⟦{age}⟧, hosp no {hosp}) with ⟦septic shock⟧? Partner {relf} is on {mob}.
> {apps}, ⟦Medical Registrar⟧"""),
("chat_export", """[⟦08:12⟧] {app}: anyone seen bed 14 - {ptf}? ⟦K+ 6.8⟧
[⟦08:13⟧] {nursef}: yes {ptt} had ⟦calcium gluconate 10%⟧ 30 ml at 8
[⟦08:14⟧] {col2}: ECG ⟦peaked T waves⟧, repeating ⟦VBG⟧
[⟦08:20⟧] {app}: thanks - {nick} wants {his} daughter {relf} called, number on PAS {hosp}
[⟦08:21⟧] {nursef}: {relf} is {mob}
[⟦08:23⟧] {col2}: pic of the ECG here {url} - delete after"""),
("referral_form", """⟦2WW Urgent Suspected Cancer Referral - Lower GI⟧
Patient: {pt}   NHS No: {nhs}   ⟦DOB {dob}⟧   Tel: {tel}   Mobile: {mob}
Address: {house}, {addr}, {town}, {pc}
Email: {email}   NI No: {ni}
Referrer: {app} (⟦GP⟧), ⟦Oakfield Surgery⟧
⟦FIT 212 µg Hb/g⟧, ⟦ferritin 9 µg/L⟧, ⟦Hb 94 g/L⟧, ⟦weight loss 6 kg⟧
Interpreter required: ⟦Polish⟧. Carer: {rel} ({tel2})"""),
("ocr_scan", """N0RTHGATE GENERAL H0SPITAL    ⟦0phthalmology⟧ Dept
Re: {pt}  Hosp N°: {hosp}  NHS: {nhs}
⟦DOB {dob}⟧   {addr} ,, {town}
   Dear Dr {cols}
I saw th1s patient in ⟦Eye Casualty⟧; VA ⟦6/60⟧ R, ⟦6/9⟧ L. IOP ⟦R 52 mmHg⟧.
Dx ⟦acute angle-closure glaucoma⟧ - started ⟦acetazolamide 500 mg IV⟧ +
⟦pilocarpine 2%⟧ . ~~{ptt}~~ ⟦YAG peripheral iridotomy⟧ booked.
{app}   ⟦GMC {gmc}⟧  [illegible stamp]"""),
("gp_consultation", """⟦General Practice⟧ consultation record - ⟦Lydbrook Health Centre⟧
{pt} ({nick}), ⟦{age} y⟧, NHS {nhs}
Seen by {apps}. ⟦BP 168/102⟧ on ⟦3 readings⟧; ⟦ABPM⟧ average ⟦152/96⟧. ⟦QRISK3 18.4%⟧.
Started ⟦amlodipine 5 mg OD⟧. Lives with {relf} above the shop at {addr}.
Review with ⟦U&E⟧ in ⟦4 weeks⟧."""),
("mdt_list", """⟦Oncology⟧ MDT list - ⟦Breast⟧ - ⟦{date}⟧   Chair: ⟦{sup}⟧
| # | Name | MRN | Age | Summary | Outcome |
| 1 | {pt} | {hosp} | ⟦54⟧ | ⟦ER+ HER2- grade 2 IDC⟧, ⟦T2N1⟧ | ⟦neoadjuvant letrozole⟧ |
| 2 | {pt2} | {hosp2} | ⟦71⟧ | ⟦triple negative⟧, ⟦BRCA1⟧ | ⟦FEC-T⟧ then surgery |
| 3 | {pt3i} | {ae} | ⟦38⟧ | ⟦DCIS⟧ | ⟦wide local excision⟧ |
Presented by {app}. Breast CNS: {nurse}."""),
("patient_feedback", """⟦Patient feedback questionnaire⟧ - Doctor: {app}
Clinic: ⟦Old Age Psychiatry memory clinic⟧   Responses: ⟦31⟧
Comments:
"Dr {app_sur} explained my dad's ⟦Alzheimer's disease⟧ kindly - {rel}, {town}"
"Took time with Mum ({pt}) about ⟦donepezil 5 mg⟧" 
"Call me on {mob} if you want more feedback"
Score: ⟦4.8/5⟧. Verified by ⟦{sup}⟧."""),
("icu_handover", """⟦ICU⟧ handover - night of ⟦{date}⟧ - {app}
Bed 1: {pt}, {hosp}. ⟦ARDS⟧, ⟦P/F ratio 14 kPa⟧, ⟦proned 16 h⟧. ⟦PEEP 12⟧. Family ({rel}) visiting ⟦10:00⟧.
Bed 4: {pt2s} ({hosp2}). ⟦DKA⟧ resolving, ⟦pH 7.31⟧, ⟦ketones 1.2⟧. Fixed-rate insulin ⟦0.1 units/kg/h⟧.
Bed 7: {pt3i}: ⟦post-cardiac arrest⟧, ⟦TTM 36°C⟧. Ask {col} re ⟦CT head⟧."""),
("respiratory_letter", """⟦Respiratory Medicine⟧, ⟦Fenwick Memorial Hospital⟧
CHI: {chi}   Unit: {hosp}
Dear {col},
{pt}, {addr}, {town}
{ptf} has ⟦COPD⟧, ⟦FEV1 38% predicted⟧, ⟦MRC dyspnoea 4⟧. ⟦ABG on air: pO2 7.1 kPa⟧. I have arranged ⟦long-term oxygen therapy 2 L/min for 16 h/day⟧ and ⟦pulmonary rehabilitation⟧. {Hesh} still smokes ⟦20/day⟧ with {his} brother {relf} who lives with {his}.
{app}, ⟦Respiratory Consultant (locum)⟧"""),
("public_health_report", """⟦Public Health⟧ - ⟦Outbreak Control Team⟧ minutes - ⟦Legionnaires' disease⟧
Chair: ⟦{sup}⟧   Scribe: {app}
Cases: ⟦3 confirmed⟧. Case 1 {pt}, ⟦age {age}⟧, works at {work}; Case 2 {pt2} (NHS {nhs2}, visitor, passport {passport}); Case 3 {pt3i}, lives {addr}.
Common exposure: ⟦cooling tower⟧ near {town}. ⟦Urinary antigen⟧ positive x3. Lab ref {lab}.
Actions: EHO {col2} to sample; letters under ⟦Health Protection (Notification) Regulations 2010⟧."""),
("sexual_health_note", """⟦GUM⟧ clinic note - number {hosp} (clinic no only) - {ptI}
Attended with friend {rel2}. ⟦HIV⟧ ⟦4th generation⟧ negative; ⟦syphilis EIA⟧ positive, ⟦RPR 1:32⟧.
Treated ⟦benzathine penicillin 2.4 MU IM⟧. Partner notification: contact "{nick}" via {mob}.
Seen by {app}; discussed with ⟦{sup}⟧. ⟦BASHH⟧ guidance followed."""),
("testimonial", """To whom it may concern,
I confirm that {app} (⟦GMC {gmc}⟧) worked as ⟦Specialty Doctor in General Surgery⟧ at ⟦Thornaby Fell Hospital⟧ from ⟦August 2021⟧ to ⟦{date}⟧ under my supervision.
{apps} managed the ⟦emergency take⟧ independently; for example, {pt}, a ⟦perforated duodenal ulcer⟧ (Hosp {hosp}), who was taken to theatre for a ⟦Graham patch⟧ within ⟦90 minutes⟧.
⟦{sup}⟧, ⟦Consultant General Surgeon⟧"""),
("ed_case_summary", """⟦Emergency Medicine⟧ case summary - attendance {ae}
{pt}, ⟦{age}⟧, from {addr}, brought in by partner {relf}. Ambulance CAD {cad}.
⟦Wells score 6⟧; ⟦D-dimer 4,120 ng/mL⟧; ⟦CTPA⟧ saddle ⟦pulmonary embolism⟧. ⟦BP 84/50⟧.
⟦Alteplase 50 mg⟧ given by {app} after discussion with {col}.
Police attended (ref {crime}) because of a separate assault."""),
("appraisal_extract", """⟦Annual appraisal⟧ - ⟦Form 4 PDP⟧ - {app} ({appi})
Appraiser: ⟦{sup}⟧   Date: ⟦{date}⟧
Significant event: a patient, {pts} ({ptI}), was discharged with ⟦warfarin⟧ but no ⟦INR⟧ follow-up; ⟦INR 9.2⟧ four days later. Discussed with {col} and pharmacist {nurse}.
PDP: attend ⟦ALS⟧ refresher; complete ⟦Mental Capacity Act 2005⟧ e-learning."""),
("capacity_assessment", """⟦Old Age Psychiatry⟧ - ⟦Mental Capacity Act 2005⟧ assessment
Patient: {pt} ({ptt})   RiO: {rio}   ⟦DOB {dob}⟧
Decision: whether to return home to {house}, {addr}, {town}.
⟦MoCA 14/30⟧; ⟦Lewy body dementia⟧; ⟦Parkinson's disease⟧. Unable to retain information.
Consulted: daughter {rel} ({tel}), neighbour {rel2}. ⟦DoLS⟧ application considered.
Assessor: {app}"""),
("dermatology_letter", """⟦Dermatology⟧ clinic - ⟦Marlow Bottom Community Hospital⟧
Hospital number {hosp}, NHS number {nhs}
Dear {col},
I reviewed {pt} with ⟦chronic plaque psoriasis⟧, ⟦PASI 18⟧, ⟦DLQI 22⟧. {Hesh} failed ⟦methotrexate 15 mg weekly⟧ (⟦ALT 140 U/L⟧). Starting ⟦adalimumab (Humira) 40 mg⟧ fortnightly after ⟦QuantiFERON⟧.
{ptf}'s partner {relf} will help with injections.
{app}"""),
("orthopaedic_clinic", """⟦Trauma and Orthopaedics⟧ fracture clinic
{ptt}, {ptf}   hosp {hosp}   A&E {ae}
⟦Weber B⟧ ankle fracture, ⟦ORIF⟧ on ⟦{date}⟧. X-ray: ⟦syndesmosis⟧ intact. ⟦Ottawa ankle rules⟧ used at triage by {nurse}.
Plays for the {town} rugby club on Saturdays; employer {work}.
Plan: ⟦boot, FWB⟧, ⟦physio⟧. {app}, ⟦GMC {gmc}⟧"""),
("qi_project", """⟦Quality Improvement⟧ project - ⟦Reducing missed doses of Parkinson's medication⟧
Lead: {app}  Sponsor: ⟦{sup}⟧  ⟦PDSA cycle 3⟧
Run chart: missed doses ⟦22%⟧ -> ⟦7%⟧.
Case that prompted it: {pt} (PAS {hosp}) missed ⟦co-careldopa 25/100⟧ for ⟦14 hours⟧ and developed ⟦neuroleptic malignant-like syndrome⟧. {His} partner {relf} complained (ref {ref}).
Team: {nurse}, {col2}."""),
("renal_letter", """⟦Renal Unit⟧, ⟦Stanhope Moor Hospital⟧
H&C number: {hc}     Unit no: {hosp}
Dear Dr {cols},
{pt}, ⟦{age}⟧, on ⟦haemodialysis⟧ via ⟦left brachiocephalic AV fistula⟧. ⟦Kt/V 1.4⟧, ⟦Hb 102 g/L⟧ on ⟦darbepoetin alfa (Aranesp) 40 micrograms⟧ weekly.
{Hesh} is being worked up for ⟦live-donor transplant⟧ from {his} sister {rel}. Transport from {addr} is unreliable.
{app}, ⟦Nephrology⟧"""),
("stroke_tia_clinic", """⟦TIA clinic⟧ - ⟦ABCD2 score 5⟧
{pt}, {hosp}
⟦Sudden right arm weakness 20 min⟧. ⟦Carotid Doppler: 80% left ICA stenosis⟧. ⟦Clopidogrel 300 mg⟧ load then ⟦75 mg⟧. Referred to vascular ({col}) for ⟦carotid endarterectomy⟧.
Advised not to drive (⟦DVLA⟧). Drives a taxi for {work}. Partner {relf}.
{app}"""),
("mortality_review", """⟦Structured Judgement Review⟧ (⟦M&M⟧) - reviewer {app}
Case: {pt}, ⟦died {date}⟧, StEIS {steis}
Phase of care: admission - ⟦good⟧; ongoing - ⟦poor⟧: ⟦NEWS2 9⟧ not escalated by {col} (FY2) for ⟦3 h⟧.
End of life - ⟦adequate⟧; ⟦ReSPECT form⟧ discussed with {rel}.
Overall score ⟦2 - poor care⟧. Agreed by ⟦{sup}⟧."""),
("paediatric_letter", """⟦Community Paediatrics⟧ - ⟦Child Development Centre⟧
Re: {pt} (known as {nick}), ⟦DOB {dob}⟧, NHS {nhs}
Parents: {rel} and {rel2}, {addr}, {town} {pc}
School: {school}
{ptf} has ⟦autism spectrum disorder⟧ (⟦ADOS-2⟧ module 2) and ⟦ADHD⟧; starting ⟦methylphenidate 5 mg BD⟧. ⟦Height 121 cm (25th centile)⟧.
SENCo at school: {col2}. {app}"""),
("haem_transfusion", """⟦Transfusion⟧ reaction report - ⟦SHOT⟧ reportable
Patient {pt}, {hosp}, lab sample {lab}
⟦2 units O RhD negative⟧; ⟦temperature 39.2°C⟧ at ⟦15 min⟧, ⟦rigors⟧. ⟦DAT positive⟧.
Bedside check done by {nurse} and {col2}; wrong wristband (belonged to {pt2}, {hosp2}).
Incident {datix}. Reviewed by {app}."""),
("employment_tribunal", """Employment tribunal - witness statement of {app}
Claim no: {ref2}
I worked with the claimant, {col}, on ⟦Ward 14⟧ at ⟦Brinsworth General⟧. On ⟦{date}⟧ {cols} left a patient ({pt}, bed 4) with ⟦SpO2 84%⟧ unattended.
The nurse in charge, {nurse}, witnessed this. Contact: {email2}."""),
("eye_casualty_log", """⟦Ophthalmology⟧ eye casualty log - {app} - week ⟦{date}⟧
Time | Hosp no | Pt | Dx | Tx
⟦09:10⟧ | {hosp} | {ptI} | ⟦corneal abrasion⟧ | ⟦chloramphenicol 0.5%⟧
⟦10:40⟧ | {hosp2} | {pt2s} | ⟦anterior uveitis⟧, ⟦HLA-B27⟧ | ⟦Pred Forte 1%⟧ hourly
⟦13:05⟧ | {ae} | {pt3i} | ⟦retinal detachment⟧, ⟦macula on⟧ | urgent VR ({col})"""),
("oncology_letter", """⟦Clinical Oncology⟧
Our ref: {ref}   NHS: {nhs}
Dear {col},
{pt} has ⟦stage IIIA NSCLC⟧ (⟦T3N1M0⟧, ⟦PD-L1 60%⟧). ⟦Concurrent chemoradiotherapy 60 Gy in 30 fractions⟧ with ⟦cisplatin⟧ then ⟦durvalumab (Imfinzi)⟧. ⟦ECOG PS 1⟧.
{ptf} asked us to talk to {his} son {relf} on {tel2}.
Photos of the skin reaction: {url}
{app}"""),
("teaching_email", """Subject: Simulation session feedback
From: {nurse} <{email2}>
Hi {appf},
Thanks for the ⟦ALS⟧ sim on ⟦{date}⟧. Scenario was based on the real arrest - {pt} - but don't put {his} name on the slides next time!
⟦Shockable rhythm⟧, ⟦adrenaline 1 mg⟧ after ⟦3rd shock⟧, ⟦amiodarone 300 mg⟧ all correct.
{nursef}
⟦Resuscitation Officer⟧, ext 5512, {tel}"""),
("gp_letter_ni", """⟦Northern Health and Social Care Trust⟧
H&C No: {hc}   NI No: {ni}
Re: {pt}, {addr}, {town}, {pc}
Seen in ⟦diabetes clinic⟧: ⟦HbA1c 86 mmol/mol⟧. ⟦Metformin 1 g BD⟧, adding ⟦empagliflozin 10 mg⟧. ⟦Diabetic retinopathy R1⟧.
Benefits form for {his} employer {work} completed.
{app}, ⟦GMC {gmc}⟧, supervised by ⟦{sup}⟧"""),
("surgical_morbidity", """⟦General Surgery⟧ M&M - {date}
Presenter: {app}
Case 1: {pts} ({hosp}) - ⟦anastomotic leak⟧ day 5 after ⟦anterior resection⟧, ⟦CRP 310⟧. Operated by {col}.
Case 2: {pt2} - ⟦Boerhaave syndrome⟧ missed in ED by {col2s}.
Learning: ⟦NELA⟧ risk ⟦12%⟧ should trigger consultant presence. Chair ⟦{sup}⟧."""),
]
