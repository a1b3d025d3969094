"""Writes texts.jsonl for the s6-holdout set from the marked-up documents below.

Markup: ⟦TYPE|identifier⟧ and ⟪keep⟫ (see s6markup.py). Everything is invented.
Run:  python gen_texts.py
"""
import json, os
from s6markup import parse, distinct_ids, distinct_keeps

HERE = os.path.dirname(os.path.abspath(__file__))

EM = 'Dr Oluwaseun Adebayo-Williams'      # GMC 7318842, Leeds (England)
MED = 'Dr Priya Venkataraman'             # GMC 7204419, Swansea (Wales)
PSY = 'Dr Tariq Al-Hashimi'               # GMC 7265130, Glasgow / Edinburgh / Western Isles (Scotland)
ICU = 'Dr Nguyen Thi Lan'                 # GMC 7520183, Sheffield (England)
PAED = 'Dr Magdalena Wiśniewska'          # GMC 7430912, Belfast / Craigavon (Northern Ireland)
SURG = 'Mr Ricardo Sousa Ferreira'        # GMC 7388105, Plymouth (England)
OBS = 'Dr Chiamaka Eze'                   # GMC 7456021, Cardiff (Wales) / Birmingham (England)
GER = 'Dr Andrei Popescu'                 # GMC 7297734, Dundee (Scotland)
RAD = 'Dr Maria Cristina Santos Dizon'    # GMC 7611058, Manchester (England)
AM = 'Dr Hamza Qureshi'                   # GMC 7612390, Bristol (England)

DOCS = []


def doc(id, kind, applicant, text):
    DOCS.append(dict(id=id, kind=kind, applicant=applicant, src=text.strip('\n')))


# ---------------------------------------------------------------- emergency medicine, Leeds
doc('h6-001', 'ed_discharge_letter', EM, """
LEEDS TEACHING HOSPITALS NHS TRUST
Emergency Department, ⟪St James's University Hospital⟫
ED DISCHARGE SUMMARY - copy for GP

GP: Dr ⟦C|Hannah Brightwell⟧, ⟦A|Meanwood Group Practice, 12 Tongue Lane, Meanwood, Leeds⟧ ⟦PC|LS6 4QD⟧

Patient: ⟦P|OKONJO-BELLO, Adaeze Ngozi⟧
DOB: ⟪14/09/1987⟫    Sex: ⟪Female⟫
NHS No: ⟦N|612 448 9031⟧    Unit No: ⟦H|K4471029⟧    Attendance No: ⟦H|ED24/118823⟧
Address: ⟦A|Flat 3, 27 Harehills Lane, Leeds⟧ ⟦PC|LS8 5HU⟧    Tel: ⟦T|07700 900461⟧

Arrived: ⟪11/06/2024 02:14⟫ (self-presented)    Left department: 11/06/2024 07:50
Seen by: ⟪Dr O. Adebayo-Williams⟫, Specialty Doctor (Emergency Medicine)

Presenting complaint
Two days of left-sided pleuritic chest pain and breathlessness on exertion, starting the morning after a 7-hour flight from Lagos. No haemoptysis. Takes the combined oral contraceptive pill.

Examination and investigations
HR 104, BP 128/76, RR 20, SpO2 97% on air, T 37.2. Calves soft and non-tender. ⟪Wells score 4.5⟫ (PE likely). ECG: sinus tachycardia, no S1Q3T3. D-dimer 1,840 ng/mL FEU. Hb 131 g/L, creatinine 64 umol/L, ⟪troponin T <5 ng/L⟫. CTPA: right lower lobe segmental emboli, no right ventricular strain. ⟪sPESI 0⟫.

Diagnosis
⟪Acute pulmonary embolism without acute cor pulmonale (ICD-10 I26.9)⟫

Treatment and plan
⟪Apixaban 10 mg twice daily for 7 days, then 5 mg twice daily⟫, for a minimum of 3 months. Advised to stop the combined pill; contraception to be reviewed by GP. Ambulatory PE pathway: SDEC review ⟪14/06/2024 09:30⟫; anticoagulation clinic referral made.
Ms ⟦P|Okonjo-Bello⟧ was accompanied by her husband ⟦R|Chukwuemeka⟧, who was given the written discharge advice.

⟪Dr Oluwaseun Adebayo-Williams⟫, GMC ⟪7318842⟫
Specialty Doctor, Emergency Department

Certified true copy for portfolio use: ⟪Dr Eleanor Whitfield⟫, Consultant in Emergency Medicine (GMC ⟦G|4620917⟧), 03/02/2025
""")

doc('h6-002', 'ed_handover_list_no_headers', EM, """
nights 22-23/02/25 handover to day team  (⟪OAW⟫ / ⟦C|jess⟧ / ⟦C|ravi s⟧)

resus 1   empty
resus 2   ⟦P|kowalczyk⟧ 67m ⟦H|k3391847⟧ anterior STEMI, PPCI team took him 01:10 - cath lab LGI, bed being chased
resus 3   ⟦P|JB⟧ 81f fall at ⟦A|Ashgrove Lodge⟧ care home, #NOF L, fascia iliaca block 00:40 (⟪levobupivacaine 0.25% 30 mL⟫), ortho aware - ⟦C|tomasz⟧ on for T&O, needs G&S + repeat ECG. CFS 6. daughter ⟦R|sandra⟧ ⟦T|0113 496 0772⟧ wants a call after 9
maj 4     ⟦P|dele adeyemi-cole⟧ 29m sickle cell crisis, 3rd attendance this month, PCA running, haem reg ⟦C|olamide⟧ says admit under haem
maj 7     ⟦P|pinto⟧ 74f ?urosepsis, lactate 4.1 -> 2.2 after 1L, pip-taz given 03:20, ⟪NEWS2 5⟫, AMU accepted (⟦C|fitzgerald⟧ reg), DNACPR in place
maj 11    ⟦P|ionescu⟧ 41m (romanian, needs interpreter - language line) head inj, ⟪GCS 15⟫, CT head NAD, neuro obs hourly till 08:00 then home if ok. lives ⟦A|Harehills Ave⟧ with brother
minors    3 waiting, longest 4h10: ?scaphoid, ?Achilles rupture (⟪Simmonds test⟫ +ve), ?FB eye
breaches  x4 overnight, only one datixed - ⟦REF|W221847⟧ (corridor care)
relatives ⟦P|kowalczyk⟧'s wife ⟦R|halina⟧ + son in relatives room, updated 02:30
""")

doc('h6-003', 'complaint_letter', EM, """
⟦A|42 Chapeltown Road
Chapel Allerton
Leeds⟧
⟦PC|LS7 3AW⟧
⟦E|bev.clarkethomas@example.co.uk⟧
⟦T|07700 900218⟧

Patient Relations Department
Leeds Teaching Hospitals NHS Trust

18 June 2024

Dear Sir or Madam,

Complaint about my father's care in A&E on 9-10 June 2024
My father: ⟦P|Winston Augustus Thomas⟧, date of birth ⟪02/11/1941⟫, NHS number ⟦N|4019927365⟧

I am writing to complain about the way my dad was treated in your A&E department at St James's. He is 82, he has ⟪Parkinson's disease⟫ and he was left on a trolley in the corridor for nine hours. His tablets (⟪Sinemet⟫) were due at 10pm and again at 2am and he did not get them until the morning, by which time he could hardly swallow his tea.

A nurse called ⟦C|Precious⟧ was very kind and found him a blanket, but the doctor in charge, Dr ⟦C|Harrington⟧, told me to "go home and let us do our job" when I asked about his medication. I do not think ⟦C|Harrington⟧ even looked at him. My brother ⟦R|Desmond⟧ phoned twice from work and was told nobody could give information.

At about 4am a different doctor, ⟪Dr Adebayo-Williams⟫, came and explained that dad had a chest infection and a low sodium (I think she said 121), apologised for the wait and made sure he was given his Sinemet. She was the only person who treated him like a human being and I would like that recorded.

I would like to know why his Parkinson's medication was missed, why he was in a corridor for so long, and why I was spoken to in that way.

Yours faithfully,

⟦R|Beverley Clarke-Thomas⟧ (Mrs)
""")

doc('h6-004', 'complaint_response_letter', EM, """
Leeds Teaching Hospitals NHS Trust
Patient Relations

Our ref: ⟦REF|COMP/24/1187/JFL/kt⟧
Your ref: e-mail of 18/06/2024
Date: 30 July 2024

PRIVATE AND CONFIDENTIAL
Mrs ⟦R|B. Clarke-Thomas⟧
⟦A|42 Chapeltown Road, Chapel Allerton, Leeds⟧ ⟦PC|LS7 3AW⟧

Dear Mrs ⟦R|Clarke-Thomas⟧,

Re: Mr ⟦P|Winston Thomas⟧, Emergency Department, 9-10 June 2024

Thank you for your letter, and I am sorry that we have had to write to you about your father's experience. Your complaint has been investigated by Matron ⟦C|Deborah Iqbal⟧ and by the clinical lead for the department.

Medication: Mr ⟦P|Thomas⟧ was prescribed ⟪co-careldopa 25/100⟫ on arrival but the doses due at 22:00 and 02:00 were not given. The department has since added Parkinson's medication to the ⟪"Time Critical Medicines"⟫ prompt on the electronic triage screen, and all nursing staff completed the ⟪Parkinson's UK⟫ e-learning by 30 September.

Waiting time: on 9 June the department had 41 patients waiting for a bed at 23:00. Your father was in the corridor from 19:12 until 04:20, which is not acceptable.

Communication: Dr ⟦C|Simon Harrington⟧ has reflected on his conversation with you and asked me to pass on his apology. ⟪Dr Adebayo-Williams⟫, who saw your father at 03:40, recognised the missed doses, arranged them and diagnosed a chest infection with hyponatraemia (⟪sodium 121 mmol/L⟫); she has been thanked for her care.

If you are not satisfied, you may ask the Parliamentary and Health Service Ombudsman to review your complaint: ⟦U|www.ombudsman.org.uk⟧.

Yours sincerely,

⟦C|Julian Fairweather-Lowe⟧
Chief Executive
""")

doc('h6-005', 'datix_incident_report', EM, """
INCIDENT REPORT - Datix Web export (printed 12/04/2024)
ID: ⟦REF|DW-118342⟧        LFPSE reference: ⟦REF|5F2C-19A0-7B44⟧
Date of incident: ⟪02/03/2024⟫   Time: 16:20
Location (exact): ED Minors cubicle 6, ⟪St James's University Hospital⟫
Category: Diagnosis - missed / delayed      Severity: Low harm
Reported by: ⟦C|Kerry-Ann Mulholland⟧, Emergency Nurse Practitioner, ext. ⟦T|64417⟧
Handler: Dr ⟦C|Marcus Fenwick⟧
Person affected: ⟦P|Dawit Tesfaye⟧, 34 M, MRN ⟦H|K5520184⟧

Description
34-year-old man fell onto an outstretched hand playing five-a-side football. Seen in minors, wrist X-ray (3 views) interpreted in ED as normal, discharged with a wrist splint and analgesia. No scaphoid views were requested despite anatomical snuffbox tenderness documented at triage. Radiographer ⟦C|Ka-Ming Yuen⟧ flagged the films and the hot report next morning showed an undisplaced scaphoid waist fracture.

Immediate action
Mr ⟦P|Tesfaye⟧ was recalled on 03/03/2024 by ⟪Dr Adebayo-Williams⟫ (results-review shift), placed in a below-elbow cast and referred to the virtual fracture clinic. CT on 10/03/2024 confirmed the fracture, no displacement.

Learning / actions
- Scaphoid pathway re-circulated to all ENPs and middle grades.
- Teaching session on wrist injuries delivered by ⟪OAW⟫ on 21/03/2024 to the ENP team (⟦C|Mulholland⟧, ⟦C|Precious Moyo⟧, ⟦C|Gintaras Petrauskas⟧).
- Radiology hot-reporting turnaround to be audited.

Reviewed and verified: ⟪Dr Rajesh Kulkarni⟫, Clinical Director, Emergency Medicine - 12/04/2024
""")

doc('h6-006', 'ambulance_patient_report', EM, """
YORKSHIRE AMBULANCE SERVICE NHS TRUST - ELECTRONIC PATIENT RECORD (handover copy)
Incident no: ⟦REF|YAS-240611-01187⟧     ePR ref: ⟦REF|EPR 7741 0936⟧
Call 22:47 | At scene 23:02 | Left scene 23:28 | At hospital 23:41 | Handover 00:05 (Resus, SJUH)
Crew: ⟦C|Scott Beresford⟧, Paramedic (HCPC ⟦G|PA098812⟧); ⟦C|Aaliyah Moss⟧, EMT

Patient: ⟦P|Bogdan Ionescu⟧    DOB: ⟪17/05/1983⟫ (from bank card)    Sex: ⟪Male⟫    NHS no: not known
Location: bus shelter outside ⟦A|214 Roundhay Road, Leeds⟧ ⟦PC|LS8 5AN⟧
Informant: friend ⟦R|Marius⟧ (surname not given), mobile ⟦T|07700 900733⟧

History: found unresponsive by friend, who reports heroin use about 30 minutes earlier. No head injury seen.
Obs on arrival: RR 6, SpO2 78% air, HR 58, BP 104/62, pupils pinpoint, ⟪GCS 3/15 (E1 V1 M1)⟫, BM 5.8.
Treatment: airway adjuncts and BVM ventilation; ⟪naloxone 400 micrograms IM⟫ 23:06, repeat 400 micrograms IV 23:14 -> ⟪GCS 14/15 (E4 V4 M6)⟫; oxygen 15 L/min via non-rebreather, SpO2 96%.
Handover to: ⟪Dr O Adebayo-Williams⟫ (ED) at 00:05. Mr ⟦P|Ionescu⟧ agreed to stay for observation; friend ⟦R|Marius⟧ left the department 00:20.
""")

doc('h6-007', 'nhs111_call_record', EM, """
NHS 111 - Clinical Assessment Service - call record
Case ID: ⟦REF|111-26-0457-8812⟧        Date/time: ⟪15/12/2023 19:42⟫
Caller: ⟦R|Roxanne Davies-Khumalo⟧ (mother)        Call-back: ⟦T|+44 7700 900 582⟧
Patient: ⟦P|Lwazi⟧ (surname as mother)    Age: ⟪14 months⟫    DOB: ⟪02/10/2022⟫    Sex: ⟪Male⟫
Address: ⟦A|3 Chapel Row, Pudsey⟧ ⟦PC|LS28 7EG⟧      Registered GP: ⟦A|Pudsey Health Centre⟧

Pathways: Fever module. Initial disposition: speak to clinician within 20 min.
Clinician: ⟪Dr Oluwaseun Adebayo-Williams⟫ (CAS shift), call-back at 19:51.

Assessment: fever 39.4 since 16:00, less responsive to mum, cold hands and feet, has not had a wet nappy since lunchtime. Mum describes spots on both legs that do not fade when she presses a glass on them. Grandmother ⟦R|Thandeka⟧ in the room and agrees he is "floppy".
⟪NICE NG143⟫ traffic light: RED features. Possible meningococcal disease.
Outcome: 999 ambulance requested at 19:56 (Category 1), ambulance incident ⟦REF|YAS-231215-00943⟧; pre-alert to ⟪Leeds Children's Hospital⟫ ED. Advised not to give further paracetamol until assessed and to unlock the front door.
""")

doc('h6-008', 'email_thread_rota', EM, """
From: ⟦C|Fenwick, Marcus⟧ (LEEDS TEACHING HOSPITALS NHS TRUST) <⟦E|marcus.fenwick4@nhs.net⟧>
Sent: 07 May 2024 16:02
To: ⟪ADEBAYO-WILLIAMS, Oluwaseun⟫ (LEEDS TEACHING HOSPITALS NHS TRUST) <⟦E|o.adebayo-williams@nhs.net⟧>
Cc: ED Rota <⟦E|leedsth-tr.edrota@nhs.net⟧>; ⟦C|O'Rourke, Sarah-Jane⟧ <⟦E|sarahjane.orourke@nhs.net⟧>
Subject: RE: FW: Swap request - nights 20-23 May

⟪Seun⟫,

Approved - I have updated HealthRoster (⟦U|https://leedsth.allocate-cloud.co.uk/EmployeeOnline⟧). Please make sure ⟦C|Obi⟧ knows he is now on the 22nd and 23rd with ⟦C|Lucía⟧ as the second middle grade. Majors will still be one short on the 21st so I have asked ⟦C|Sarah-Jane⟧ to offer it as an extra.

⟦C|Marcus⟧

Dr ⟦C|Marcus Fenwick⟧
Consultant in Emergency Medicine | ED Rota Lead
Bleep ⟦T|2231⟧ | ⟦T|0113 496 0415⟧

-----Original Message-----
From: ⟪ADEBAYO-WILLIAMS, Oluwaseun⟫ (LEEDS TEACHING HOSPITALS NHS TRUST)
Sent: 07 May 2024 08:10
To: ⟦C|Fenwick, Marcus⟧ (LEEDS TEACHING HOSPITALS NHS TRUST)
Subject: FW: Swap request - nights 20-23 May

Hi ⟦C|Marcus⟧, forwarding below - I am happy to swap with ⟦C|Obi⟧ if you approve. It keeps two ST4+ on each night. Thanks, ⟪Seun⟫

⟪Dr Oluwaseun Adebayo-Williams⟫ | Specialty Doctor, Emergency Medicine | ⟪GMC 7318842⟫

-----Original Message-----
From: ⟦C|Nwankwo, Obinna⟧ <⟦E|obinna.nwankwo2@nhs.net⟧>
Sent: 06 May 2024 21:17
To: ⟪ADEBAYO-WILLIAMS, Oluwaseun⟫ (LEEDS TEACHING HOSPITALS NHS TRUST)
Subject: Swap request

Hi ⟪Seun⟫, could we swap? I do your nights on 20th-21st and you take my 22nd-23rd. My sister's wedding is in Enugu on the 24th and I need to fly on the 23rd. Mob ⟦T|07700 900 094⟧ if easier to talk.
⟦C|Obi⟧
Dr ⟦C|Obinna Nwankwo⟧ | ST4 Emergency Medicine

________________________________
Medical Staffing contact: ⟦C|Janice Pickersgill⟧ | ⟦E|janice.pickersgill@nhs.net⟧ | ⟦T|0113 496 0388⟧
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.
""")

doc('h6-009', 'eportfolio_mini_cex', EM, """
Royal College of Emergency Medicine - Kaizen ePortfolio - EVENT EXPORT
Event: Mini-CEX (Mini Clinical Evaluation Exercise)        Event ID: ⟦REF|ev-8c41e2f7⟧
Trainee: ⟪Dr Oluwaseun Adebayo-Williams⟫ (GMC ⟪7318842⟫) - Portfolio pathway (CESR) applicant
Assessor: ⟪Dr Eleanor Whitfield⟫, Consultant in Emergency Medicine, GMC ⟦G|4620917⟧, ⟦E|e.whitfield@nhs.net⟧
Date of encounter: ⟪19/01/2024⟫       Setting: ED Resus

Case summary
58-year-old man (⟦P|R.T.⟧, unit no. ⟦H|K2290413⟧) with haematemesis and melaena. HR 122, BP 86/50, ⟪Hb 72 g/L⟫, urea 18.4 mmol/L, ⟪Glasgow-Blatchford score 12⟫. Known alcohol-related liver disease (⟪Child-Pugh B⟫). Activated major haemorrhage protocol; 2 units O-negative then group-specific red cells; ⟪terlipressin 2 mg IV⟫ and ⟪ceftriaxone 1 g IV⟫; endoscopy at 01:30 showed grade 3 oesophageal varices, banded x4.

Curriculum links: ⟪SLO 3⟫ (resuscitation), ⟪SLO 6⟫ (procedures), ⟪SLO 8⟫ (leadership)

Assessor feedback
Strong, calm leadership. Allocated roles clearly (⟦C|Bilal⟧ on airway, staff nurse ⟦C|Aoife⟧ on access and blood bank) and did a closed-loop summary every 10 minutes. Communicated well with the patient's partner ⟦R|Stephen⟧ in the relatives room.
To develop: verbalise the decision about intubation before endoscopy earlier.

Overall: above expectation for CT3 / ST3 level.
Signed off by assessor 22/01/2024 09:14.
Link: ⟦U|https://kaizenep.com/events/view/8c41e2f7-0a3b-4d2e-9a1f-7f53c2be1e90⟧
Exported 02/02/2025 - ⟪page 1 of 1⟫
""")

doc('h6-010', 'testimonial_letter', EM, """
⟪Dr Rajesh Kulkarni⟫ MBBS FRCEM
Clinical Director, Emergency Medicine, Leeds Teaching Hospitals NHS Trust
GMC ⟦G|4188302⟧ | ⟦E|rajesh.kulkarni@nhs.net⟧ | ⟦T|0113 496 0901⟧

14 January 2025

To whom it may concern

Testimonial: ⟪Dr Oluwaseun Adebayo-Williams⟫ (GMC ⟪7318842⟫)

I have worked with ⟪Dr Adebayo-Williams⟫ since August 2020, first as a clinical fellow and since 2022 as a Specialty Doctor in our department, which sees around 160,000 attendances a year across two sites.

She works independently at middle-grade level on the shop floor, leads the resuscitation room and regularly runs the department overnight. She co-founded our in-situ simulation programme with Sister ⟦C|Gráinne Doherty⟧ in 2021; it now runs weekly and has been adopted by the paediatric ED.

When Dr ⟦C|Yusuf Abubakar⟧ went on long-term leave in 2022 she took over the results-review and recall rota and redesigned it, reducing unactioned results from 9% to under 1%. She has supervised two trust-grade doctors, Dr ⟦C|Anjali Menon⟧ and Dr ⟦C|Kwame Boateng⟧, through their first year in UK practice, and both speak highly of her.

She handles complaints with honesty and without defensiveness, and her reflective practice is of a high standard. I have no hesitation in supporting her application for entry to the Specialist Register in Emergency Medicine.

Yours faithfully,

⟪Rajesh Kulkarni⟫
⟪Dr Rajesh Kulkarni⟫
""")

# ---------------------------------------------------------------- acute / general medicine, Swansea (Wales)
doc('h6-011', 'medical_discharge_summary', MED, """
Bwrdd Iechyd Prifysgol Bae Abertawe / Swansea Bay University Health Board
⟪Ysbyty Treforys / Morriston Hospital⟫ - Acute Medical Unit
DISCHARGE SUMMARY / CRYNODEB RHYDDHAU

Patient: ⟦P|Iolo ap Dafydd⟧        DOB: ⟪23/04/1946⟫        Gender: ⟪Male⟫
NHS Number: ⟦N|7364018829⟧        Hospital No: ⟦H|M0934821⟧
Address: ⟦A|Bwthyn y Graig⟧, ⟦A|Heol y Nant, Clydach, Abertawe⟧ ⟦PC|SA6 5HB⟧
Next of kin: ⟦R|Nia Wyn Hopkins⟧ (daughter) ⟦T|01632 960 447⟧
GP: Dr ⟦C|Rhiannon Bevan⟧, ⟦A|Meddygfa'r Cwm, Clydach⟧
Admitted: ⟪02/01/2025⟫ via ED        Discharged: ⟪09/01/2025⟫        Ward: ⟪Ward D⟫
Consultant: ⟪Dr Siân Llewellyn⟫        Discharging doctor: ⟪Dr P. Venkataraman⟫, Specialty Doctor

Diagnoses
1. ⟪Community-acquired pneumonia, right lower lobe (J18.1)⟫ - ⟪CURB-65 3⟫ on admission
2. ⟪Acute kidney injury stage 2 (N17.9)⟫ - creatinine 212 -> 98 umol/L
3. Background: COPD (GOLD 3), atrial fibrillation (⟪CHA2DS2-VASc 4⟫), type 2 diabetes

Course
Treated with IV co-amoxiclav and clarithromycin for 48 hours, then oral. AKI attributed to sepsis and ramipril; ramipril held. Mr ⟦P|ap Dafydd⟧ speaks Welsh as his first language; his daughter interpreted on the first day and the ward nurse ⟦C|Elin⟧, a Welsh speaker, supported him for the rest of the admission.

Medication on discharge
⟪Edoxaban 30 mg once daily⟫ (dose reduced, CrCl 46 mL/min); bisoprolol 2.5 mg OD; Trelegy Ellipta 1 puff OD; metformin 500 mg BD (restarted 08/01); Fortisip Compact 1 bottle BD. Ramipril STOPPED - GP to review.

Follow-up
Chest X-ray in 6 weeks at ⟪Ysbyty Singleton⟫; GP to check U&E in 1 week.

Verified for portfolio use: ⟪Dr Siân Llewellyn⟫, Consultant Acute Physician, 20/02/2025
""")

doc('h6-012', 'ward_round_note', MED, """
AMU post-take ward round  ⟪14/02/2025 09:20⟫
Consultant: ⟪Dr S. Llewellyn⟫    Reg: ⟪Dr P. Venkataraman⟫    Scribe: Dr ⟦C|Owain Pryce⟧ (FY1)
Pt: ⟦P|NOWAK Kazimierz⟧   71M   ⟦H|M1187365⟧   ⟪Bed AMU 14⟫

PC: collapse at home, found on the kitchen floor by neighbour ⟦R|Glenys Rowe⟧, who called 999.
Hx (via Polish telephone interpreter, ID ⟦O|228416⟧): two days of dizziness, nausea, "yellow vision". On bisoprolol 5 mg and ⟪digoxin 125 micrograms⟫ for AF.
O/E: alert, ⟪GCS 15⟫. HR 38 regular, BP 94/58. Chest clear.
Ix: ECG complete heart block, broad escape rhythm 38/min. ⟪K+ 5.1 mmol/L⟫, eGFR 31, ⟪digoxin level 2.9 micrograms/L⟫ (6 h post dose).
Imp: complete heart block, ?drug-induced (digoxin toxicity + beta-blocker) on CKD.
Plan:
1. Stop bisoprolol and digoxin.
2. Pacing pads on; ⟪atropine 600 micrograms IV⟫ PRN.
3. Discuss with cardiology (Dr ⟦C|Mehmet Yılmaz⟧) re temporary wire / ⟪DigiFab⟫.
4. CCU bed requested.
Escalation: for full escalation. Discussed with wife ⟦R|Krystyna⟧ by phone on ⟦T|01632 960 118⟧; she will bring his tablets in.
Mr ⟦P|Nowak⟧ understands and agrees with the plan.

Nurse in charge: ⟦C|Bethan⟧
Countersigned: ⟪Dr Siân Llewellyn⟫, Consultant Acute Physician, 14/02/2025
""")

doc('h6-013', 'oncall_telephone_advice_log', MED, """
Medical SpR on-call - telephone advice and referrals log - Saturday ⟪19/10/2024⟫ (Morriston take)
(kept by ⟪Dr P Venkataraman⟫ for portfolio)

08:52  From Dr ⟦C|Alwyn Jenkins⟧, ⟦A|Ystalyfera Health Centre⟧ (⟦T|01632 960 902⟧)
       Pt ⟦P|Gwyneth Powell⟧, 88F, DOB ⟪07/08/1936⟫, NHS ⟦N|409 882 1174⟧
       ⟪Hb 68 g/L⟫ (baseline 112), melaena x2, on apixaban. Advice: to ED via 999, hold apixaban. GBS likely >= 8. Accepted.
10:15  From ED, Dr ⟦C|Zara Siddiqui⟧
       Pt 45M, hosp no ⟦H|M0556120⟧, DKA (pH 7.08, ⟪ketones 6.2 mmol/L⟫), FRIII started. Accepted to AMU, HDU review requested.
13:40  From Sister ⟦C|Marged Evans⟧, ⟦A|Cartref Bryn Hyfryd⟧ care home, ⟦A|Pontardawe⟧
       Pt Mr ⟦P|T. Rees⟧, 91M, new confusion, temp 38.1, ⟪NEWS2 4⟫. ReSPECT form: ward-based care, not for CPR.
       Advice: GP OOH visit, urine + bloods; call back if NEWS2 rises. Home phone ⟦T|01632 960 331⟧.
16:05  Call-back to his daughter-in-law, Mrs ⟦R|Siwan Rees⟧ - agreed admission if not improving by morning.
19:30  From GP OOH, Dr ⟦C|Faisal Rahman⟧ (⟦T|01632 960 574⟧)
       Pt ⟦P|Emyr Watkins⟧, 67M, lower leg cellulitis, no systemic features. Advice: oral ⟪flucloxacillin 1 g QDS⟫ x 7 days, mark margins, review 48 h.
22:10  From Singleton ward 9, Dr ⟦C|Niamh Gallagher⟧ - advice on hyperkalaemia (⟪K+ 6.9 mmol/L⟫) - ⟪calcium gluconate 10% 30 mL⟫, insulin-dextrose, repeat at 1 h.
""")

doc('h6-014', 'eportfolio_acat', MED, """
ACAT - Acute Care Assessment Tool (JRCPTB ePortfolio export)
Trainee: ⟪Dr Priya Venkataraman⟫ (GMC ⟪7204419⟫)
Assessor: ⟪Dr Siân Llewellyn⟫, Consultant Acute Physician, GMC ⟦G|4471830⟧
Date: ⟪22/11/2024⟫     Setting: AMU take 08:00-20:00, 14 patients clerked or reviewed

Cases discussed
1. ⟦P|M.O'D.⟧ (⟦H|M0712249⟧) 76F - NSTEMI, ⟪GRACE score 168⟫, dual antiplatelet, angiography listed
2. ⟦P|TJ⟧ 44M - DKA, ⟪pH 7.12⟫, FRIII, potassium replacement
3. ⟦P|G. ap R.⟧ 83F - delirium on dementia, ⟪4AT 8⟫, UTI excluded, constipation
4. ⟦P|SK⟧ 19M - staggered paracetamol overdose 24 g, acetylcysteine (SNAP regimen)
5. Mrs ⟦P|Ojukwu⟧ 67F - first presentation AF with fast ventricular response, ⟪CHA2DS2-VASc 3⟫

Assessor comments
Well-organised take with good prioritisation of the sickest patients. Clear handover at 20:00. Handled the escalation conversation with Mrs ⟦P|O'D.⟧'s son ⟦R|Declan⟧ sensitively and documented it well.
To develop: delegate more of the routine clerking to the F1s so that she can review the board more often.

Rating: meets expectations for ST5/specialty-doctor level. Assessor signature: ⟪Dr Siân Llewellyn⟫ 22/11/2024
""")

doc('h6-015', 'eportfolio_cbd_as_assessor', MED, """
Case-based Discussion (CbD) - Foundation Programme ePortfolio (Horus) export
Trainee: Dr ⟦C|Lowri Ellis-Parry⟧ (FY2), GMC ⟦G|7712043⟧, ⟦E|lowri.ellis-parry@wales.nhs.uk⟧
Assessor: ⟪Dr Priya Venkataraman⟫, Specialty Doctor in Acute Medicine, GMC ⟪7204419⟫
Date of assessment: ⟪03/09/2024⟫       Clinical setting: AMU

Case: Mr ⟦P|Emyr Griffiths⟧, 59M, hospital no. ⟦H|M0823347⟧ - alcohol withdrawal with confusion
Focus: recognition and treatment of ⟪Wernicke's encephalopathy⟫; symptom-triggered ⟪chlordiazepoxide⟫ regimen (⟪CIWA-Ar 22⟫); ⟪Pabrinex⟫ dose.

Discussion
Dr ⟦C|Ellis-Parry⟧ presented the case clearly and identified ophthalmoplegia and ataxia, but had prescribed ⟪Pabrinex 1 pair⟫ daily rather than treatment-dose 2 pairs TDS. We discussed the ⟪Royal College of Physicians⟫ guidance, capacity (⟪Mental Capacity Act 2005⟫) when Mr ⟦P|Griffiths⟧ tried to self-discharge, and involving the alcohol liaison nurse.

Feedback given to ⟦C|Lowri⟧: excellent history and documentation; read NICE CG100; next CbD on a capacity case.
Outcome: satisfactory. Assessor: ⟪Dr P. Venkataraman⟫, 03/09/2024
""")

doc('h6-016', 'audit_report', MED, """
CLINICAL AUDIT REPORT
VTE risk assessment within 14 hours of admission - Acute Medical Unit, ⟪Morriston Hospital⟫
Audit registration no.: ⟦REF|SBUHB-CA-2024-0311⟧
Lead: ⟪Dr Priya Venkataraman⟫ (Specialty Doctor). Data collection: Dr ⟦C|Cerys Morgan⟧ and Dr ⟦C|Ahmed El-Sayed⟧ (FY1).
Supervisor: ⟪Professor Gareth Probert⟫, Consultant Physician and Clinical Audit Lead

Standard: ⟪NICE NG89⟫ - all medical admissions have a documented VTE risk assessment within 14 hours (target 95%).

Cycle 1 (01-14/03/2024): 60 consecutive admissions; 41/60 (68%) compliant; median time 16.5 h.
Interventions: VTE box moved to page 1 of the clerking proforma; ⟪Welsh Medication Chart⟫ prompt; teaching at F1 induction; screensaver.
Cycle 2 (02-15/09/2024): 62 admissions; 55/62 (89%) compliant; median time 7.0 h. Bleeding risk documented in 58/62.

Appendix A - non-compliant cases, cycle 2 (for ward feedback only)
Hosp no      | Ward  | Reason
⟦H|M0911284⟧     | AMU 2 | admitted 02:10, assessed 19:00
⟦H|M0640077⟧     | AMU 1 | no assessment; patient on therapeutic dalteparin
⟦H|m0387710⟧     | AMU 2 | assessment done on the wrong patient's chart (⟦P|D. Vaughan⟧)
⟦H|M1002853⟧     | SDEC  | discharged before assessment, 13 h stay
⟦H|M0719925⟧     | AMU 1 | "see nursing notes"
⟦H|M0158846⟧     | AMU 2 | moved to Ward F, assessment not transferred
⟦H|M0995310⟧     | AMU 1 | time not recorded

Signed off: ⟪Professor Gareth Probert⟫, Clinical Audit Lead, 10/10/2024
""")

doc('h6-017', 'mortality_review_sjr', MED, """
STRUCTURED JUDGEMENT REVIEW (⟪Royal College of Physicians⟫ methodology)
Review ref: ⟦REF|MR-2024-0219⟧          Reviewer: ⟪Dr Priya Venkataraman⟫
Deceased: ⟦P|Dennis Walter Prosser⟧, ⟪84⟫ M, DOB ⟪30/01/1940⟫, NHS ⟦N|640 112 7795⟧
Date of death: ⟪17/06/2024⟫, ⟪Ward 9⟫, Morriston Hospital
Medical Examiner: Dr ⟦C|Joanna Kerrigan⟧ (ME case ⟦REF|ME/SB/24/1882⟧)

Phase scores (1 very poor - 5 excellent): admission and initial management 4; ongoing care 2; care during procedure n/a; perioperative care 3; end-of-life care 3. Overall 3.

Narrative
Admitted from ⟦A|Tŷ Gwyn Nursing Home, Sketty⟧ with a fractured neck of femur after a fall; ⟪Nottingham Hip Fracture Score 6⟫. Hemiarthroplasty on day 2. Developed hypoactive delirium on day 3 that was not recognised for 36 hours (no ⟪4AT⟫ recorded). His son, ⟦R|Keith Prosser⟧ (⟦T|07700 900 655⟧), raised concerns about pain relief on two occasions; the night F2, Dr ⟦C|Ifeanyi⟧, escalated appropriately on 12/06. Hospital-acquired pneumonia day 6; ceiling of care agreed with family; died peacefully on day 9.

Judgement: avoidability of death score 5 (slight evidence of avoidability). Problems in care: delayed recognition of delirium; pressure damage (category 2, sacrum) on day 5 - Datix ⟦REF|W208771⟧.
Learning shared at medical M&M on 08/08/2024.

Verified: ⟪Professor Gareth Probert⟫, Mortality Review Lead, 20/08/2024
""")

doc('h6-018', 'gp_referral_reply_letter', MED, """
Swansea Bay University Health Board
Acute Medicine - Same Day Emergency Care, ⟪Morriston Hospital⟫
Direct line ⟦T|01632 960 250⟧ | ⟦E|sbu.sdec.morriston@wales.nhs.uk⟧

Dr ⟦C|Huw Thomas-Bevan⟧
⟦A|Fforestfach Medical Centre
118 Ravenhill Road
Fforestfach
Swansea⟧
⟦PC|SA5 5AA⟧

⟪12 March 2025⟫

Dear Dr ⟦C|Thomas-Bevan⟧,

Re: ⟦P|Mohamed Abdi Warsame⟧, DOB ⟪01/01/1969⟫ (registered date; exact date not known), NHS ⟦N|9903417756⟧
⟦A|Flat 12, Heol Fawr House, Townhill, Swansea⟧ ⟦PC|SA1 6PQ⟧

Thank you for referring Mr ⟦P|Warsame⟧ to SDEC with weight loss and thirst. He speaks Somali; we used a telephone interpreter (⟦C|Hodan⟧) throughout.

Diagnoses: new ⟪type 2 diabetes mellitus (E11.9)⟫ - ⟪HbA1c 98 mmol/mol⟫, glucose 21.4 mmol/L, ketones 0.4 mmol/L; latent TB infection (IGRA positive, chest X-ray clear).
Plan: ⟪metformin 500 mg⟫ once daily, increasing weekly to 1 g twice daily; ⟪gliclazide 40 mg⟫ for 4 weeks; ⟪DESMOND⟫ referral in Somali via the community team; TB nurse referral for consideration of ⟪3 months rifampicin and isoniazid⟫. His son ⟦R|Abdirahman⟧ will attend appointments and can be reached on ⟦T|07700 900 318⟧.

Yours sincerely,

⟪Dr Priya Venkataraman⟫
Specialty Doctor, Acute Medicine
cc: patient
""")

# ---------------------------------------------------------------- psychiatry, Scotland
doc('h6-019', 'psychiatry_clinic_letter', PSY, """
NHS Greater Glasgow and Clyde - Mental Health Services
⟪Leverndale Hospital⟫, Adult Acute Admissions

Dr ⟦C|Morven Lyall⟧
⟦A|Govan Health Centre, 5 Drumoyne Road, Glasgow⟧ ⟦PC|G51 4BJ⟧

⟪21 March 2025⟫

Dear Dr ⟦C|Lyall⟧,

Re: ⟦P|Jamie-Lee McAllister⟧, DOB ⟪12/05/1999⟫, CHI ⟦N|1205994823⟧
⟦A|0/2, 45 Langlands Road, Glasgow⟧ ⟦PC|G51 3BD⟧

Legal status: short-term detention certificate (⟪section 44⟫, ⟪Mental Health (Care and Treatment) (Scotland) Act 2003⟫) granted 08/03/2025; the mental health officer, ⟦C|Shona Rennie⟧, consented.
Named person: ⟦R|Tracy McAllister⟧ (mother), ⟦T|0141 496 0287⟧

I reviewed ⟦P|Jamie-Lee⟧ on 20 March. She was admitted with a four-week history of persecutory delusions, third-person auditory hallucinations and heavy cannabis use. Her partner, ⟦R|Connor⟧, had noticed her barricading the flat.

Diagnosis: ⟪acute polymorphic psychotic disorder with symptoms of schizophrenia (F23.1)⟫; ⟪cannabis use disorder (F12.2)⟫.
Treatment: ⟪olanzapine 10 mg⟫ at night (weight 68 kg, BMI 24.1, HbA1c and lipids normal); psychoeducation; early intervention service referral (ESTEEM).
⟪PANSS⟫ positive subscale 27 on admission, 18 on 20/03.

Ms ⟦P|McAllister⟧ now has insight into the need for treatment and we expect to move to informal status within a fortnight.

Yours sincerely,

⟪Dr Tariq Al-Hashimi⟫
Specialty Doctor in General Adult Psychiatry

Verified: ⟪Dr Iain Drummond⟫, Consultant Psychiatrist and educational supervisor, GMC ⟦G|3872640⟧
""")

doc('h6-020', 'mental_health_tribunal_report', PSY, """
MENTAL HEALTH TRIBUNAL FOR SCOTLAND
Application for a Compulsory Treatment Order (⟪section 63⟫) - Mental Health Report
Tribunal reference: ⟦REF|MHTS/GGC/2024/00412⟧

Patient: ⟦P|Przemysław Wójcik⟧ (recorded on the hospital system as ⟦P|Przemyslaw Wojcik⟧)
DOB: ⟪21/08/1978⟫      CHI: ⟦N|2108781937⟧      Hospital no.: ⟦H|LVD-0098231⟧
Named person: ⟦R|Agnieszka Wójcik⟧ (sister)
Solicitor for the patient: ⟦C|Ailsa Frew⟧, ⟦A|Govanhill Law Centre⟧
Mental health officer: ⟦C|Derek Shanks⟧
Report by: ⟪Dr Tariq Al-Hashimi⟫, Approved Medical Practitioner (⟪section 22⟫), GMC ⟪7265130⟫

1. Mental disorder: ⟪schizoaffective disorder, manic type (F25.0)⟫, first diagnosed in Poznań in 2009.
2. Treatment: ⟪clozapine⟫ titration in progress (250 mg/day, ⟪plasma level 0.41 mg/L⟫); sodium valproate 1 g BD; psychology; occupational therapy.
3. Risk: in June 2024 Mr ⟦P|Wójcik⟧ assaulted a member of nursing staff while acutely unwell (police involved). No further violence since clozapine was started.
4. Capacity: his ability to make decisions about medical treatment is significantly impaired (lack of insight; believes medication is poison).
5. Measures sought: detention in hospital; ⟪Part 16⟫ medical treatment; 6 months.

Mr ⟦P|Wójcik⟧'s sister supports the application. He has told Ms ⟦C|Frew⟧ that he wishes to oppose it.

Signed ⟪Dr Tariq Al-Hashimi⟫, ⟪02/09/2024⟫
""")

doc('h6-021', 'police_witness_statement', PSY, """
POLICE SCOTLAND - WITNESS STATEMENT
Crime reference: ⟦REF|GC/4471/24⟧        Incident: ⟦REF|PS-20240612-3391⟧
Witness: ⟪Dr Tariq Al-Hashimi⟫, Specialty Doctor, ⟪Leverndale Hospital⟫
Statement noted by: PC ⟦C|Lorna Baxter⟧ (⟦O|5521⟧), Govan Police Office, on ⟪13/06/2024⟫

On Wednesday 12 June 2024 at about 14:35 I was writing notes in the ward office of ⟪Ward 4⟫ when I heard shouting from the day room. I went in and saw the patient ⟦P|Przemysław Wójcik⟧ (date of birth ⟪21/08/1978⟫) strike Staff Nurse ⟦C|Kwame Asante⟧ twice on the left side of the face with a closed fist. Healthcare support worker ⟦C|Lisa-Marie Dunn⟧ pressed the alarm.

The response team, led by charge nurse ⟦C|Ruaridh Campbell⟧, arrived within two minutes and Mr ⟦P|Wójcik⟧ was held in a standing restraint and then taken to his room. He was given ⟪lorazepam 2 mg⟫ orally, which he accepted.

I examined Mr ⟦C|Asante⟧ at 14:50. He had a 3 cm laceration over the left eyebrow and swelling of the left cheek, ⟪GCS 15⟫, no visual disturbance. I closed the wound with adhesive strips and sent him to the ⟪Queen Elizabeth University Hospital⟫ Emergency Department for facial X-rays.

I can be contacted through the hospital switchboard on ⟦T|0141 496 0110⟧.

This statement is true to the best of my knowledge and belief.
Signed: ⟪Tariq Al-Hashimi⟫        Date: 13/06/2024
""")

doc('h6-022', 'liaison_psychiatry_assessment', PSY, """
NHS Western Isles / Bòrd SSN nan Eilean Siar
Ospadal nan Eilean / ⟪Western Isles Hospital⟫, Emergency Department - Liaison psychiatry assessment (by NHS Near Me video from Glasgow)

Patient: ⟦P|Catrìona NicLeòid⟧ (English form on CHI: ⟦P|Catriona MacLeod⟧)
DOB: ⟪19/11/1961⟫      CHI: ⟦N|1911614406⟧
Address: ⟦A|14 Pàirc nan Craobh, Steòrnabhagh, Isle of Lewis⟧ ⟦PC|HS1 2TY⟧
Referred by: Dr ⟦C|Murdo Morrison⟧, ED
Video link used: ⟦U|https://nhs.attendanywhere.com/wi/liaison-room-2⟧

Presentation: intentional overdose of ⟪sertraline 2.8 g⟫ with alcohol, found at the family croft by her brother ⟦R|Dòmhnall⟧ around 06:00; ⟪QTc 462 ms⟫, observed 12 hours, medically fit 19:30.
Assessment: first language Gaelic, fluent in English; her cousin ⟦R|Peigi Anna⟧ was present with consent. Recent bereavement (husband, August), isolation over the winter, financial worries about the croft. Moderate depressive episode (⟪F32.1⟫, ⟪PHQ-9 19⟫). Overdose planned over two days; she now expresses regret and future plans (grandchild due in spring). No psychotic symptoms.
Risk formulation: high chronic risk, moderate acute risk; protective factors family, faith.
Plan: discharge home with her cousin; crisis follow-up by the Western Isles CMHT within 72 hours; sertraline not restarted - mirtazapine 15 mg in 7-day supplies via GP; Breathing Space and Samaritans numbers given.

Assessed by ⟪Dr T. Al-Hashimi⟫, Specialty Doctor (locum liaison psychiatry), ⟪27/01/2025⟫
""")

doc('h6-023', 'cmht_mdt_minutes', PSY, """
North West Edinburgh Community Mental Health Team - weekly MDT - minutes, ⟪06/11/2024⟫
Present: ⟪Dr Tariq Al-Hashimi⟫ (chair), ⟦C|Kirsty Lamont⟧ (CPN), ⟦C|Chidi Nwosu⟧ (OT), ⟦C|Hamish Ross⟧ (MHO), ⟦C|Ewa Kaczmarek⟧ (pharmacist), Dr ⟦C|Ravinder Gill⟧ (ST4)
Apologies: ⟦C|Morag⟧ (team lead)

1. New referrals
a) ⟦P|K.McG.⟧ (TRAK ⟦H|E1187402⟧) 34F, postnatal depression, ⟪EPDS 21⟫, 10 weeks postpartum. Allocated ⟦C|KL⟧. Joint visit with perinatal team this week.
b) ⟦P|D.S.⟧ 67M, late-onset visual hallucinations with fluctuating cognition - ?⟪dementia with Lewy bodies⟫. Avoid antipsychotics; request DaTSCAN via old age psychiatry.
c) Mr ⟦P|Haddow⟧ (not yet on TRAK), self-referral via GP, lives with his partner ⟦R|Gav⟧ in ⟦A|Muirhouse Crescent⟧. Anxiety, alcohol. Offer assessment clinic.

2. Depot clinic
⟦P|Fergus Imrie⟧ declined ⟪paliperidone palmitate 150 mg⟫ last week. CPN to visit with ⟦C|Chidi⟧; consider oral trial.

3. Clozapine clinic
Two patients amber (neutrophils 1.6 and 1.8). Continue, repeat FBC in 3 days per ⟪ZTAS⟫.

4. Risk
Mrs ⟦P|Hendry⟧ - increased suicidal ideation after her son's court date. Crisis plan updated, daily phone contact by ⟦C|KL⟧; Mental Health Act assessment not indicated at present.

Minutes approved as accurate: ⟪Dr Iain Drummond⟫, Consultant Psychiatrist, 08/11/2024
""")

doc('h6-024', 'msf_summary', PSY, """
MULTI-SOURCE FEEDBACK (360) - SUMMARY REPORT
Doctor: ⟪Dr Tariq Al-Hashimi⟫      GMC: ⟪7265130⟫      Period: January-March 2025
Responses: 14 colleagues (3 consultants, 4 doctors in training, 5 nurses, 2 administrative); 28 patient questionnaires

Domain (mean, 1-5)             Self   Colleagues   Benchmark
Clinical care                  4.0    4.6          4.4
Communication                  4.0    4.8          4.5
Team working                   3.0    4.7          4.4
Teaching and training          4.0    4.5          4.2
Probity and trust              4.0    4.9          4.7

Colleague free-text comments (verbatim)
- "⟪Tariq⟫ is calm and respectful on the ward. He took time to support ⟦C|Blessing⟧ when she was new to the team."
- "Excellent with families - the ⟦P|Galbraith⟧ family wrote in to thank him last winter."
- "Discharge letters are sometimes late. The backlog in March was partly because he was covering for Dr ⟦C|Chikwanha⟧."
- "Best teacher on the rota. His session on ⟪emergency detention (section 36)⟫ was the clearest I have had."
- "Could delegate more to the nursing team."

Patient comments: "Listened to me", "didn't rush", "explained my medication".

Reviewed with educational supervisor: ⟪Dr Iain Drummond⟫, 14/04/2025
MSF administrator: ⟦C|Gillian Harkness⟧, ⟦E|gillian.harkness@ggc.scot.nhs.uk⟧
""")

doc('h6-025', 'reflective_note', PSY, """
Reflective note: rapid tranquillisation and the least restrictive option
Author: ⟪Dr Tariq Al-Hashimi⟫      Date of event: ⟪28/09/2024⟫      Setting: adult acute ward

What happened
A 52-year-old man with ⟪bipolar affective disorder, current episode manic with psychotic symptoms (F31.2)⟫, known to everyone on the ward as "⟦P|Big Tam⟧", became increasingly agitated after his pass was cancelled. Mr ⟦P|Gilmour⟧ had previously responded well to de-escalation and oral medication. The FY2, ⟦C|Mhairi⟧, called me when he threw a chair.

What I did
I spent 20 minutes with him in the garden with two nurses, offered oral ⟪lorazepam 2 mg⟫, which he accepted, and avoided IM medication. An ECG the following morning showed ⟪QTc 448 ms⟫. I called his sister ⟦R|Senga⟧, who said the cancelled pass meant he would miss his daughter's birthday.

What I learned
Following ⟪NICE NG10⟫, I should have reviewed the decision to cancel the pass before the escalation rather than after. The least restrictive option worked because the team knew him well.

What I will do differently
Review leave decisions with the patient at the morning meeting; discuss cancelled leave at the ward community meeting.

Discussed in supervision with ⟪Dr Iain Drummond⟫, 03/10/2024
""")

# ---------------------------------------------------------------- anaesthesia / ICU, Sheffield
doc('h6-026', 'icu_handover_table', ICU, """
CRITICAL CARE - ⟪Northern General Hospital⟫ - morning handover ⟪08:00 Sat 01/03/2025⟫
Consultant: Dr ⟦C|Elspeth Marr⟧     Night reg: ⟪Dr Lan Nguyen⟫     Day reg: Dr ⟦C|Jakub Lewandowski⟧

Bed | Patient | MRN | Age/Sex | Diagnosis | Support | Plan
1 | ⟦P|HAWTHORNE, Derek⟧ | ⟦H|S1187209⟧ | 63M | faecal peritonitis, day 2 after ⟪Hartmann's procedure⟫ | ⟪noradrenaline 0.18 micrograms/kg/min⟫, ventilated FiO2 0.45, PEEP 8 | lactate 3.1 falling; relook laparotomy if rising
2 | ⟦P|OYELOWO, Funmilayo⟧ | ⟦H|S0954417⟧ | 38F | life-threatening asthma | ventilated, ⟪magnesium sulfate 2 g⟫ | SBT this morning, extubate if pH > 7.30
3 | ⟦P|CHAN Siu Ming⟧ | ⟦H|S2009831⟧ | 71M | Legionella pneumonia | HFNO 60 L FiO2 0.6 | daughter ⟦R|Winnie⟧ (Cantonese speaker) ⟦T|07700 900 876⟧ to be called by 10:00
4 | ⟦P|MAGUIRE, Pádraig⟧ | ⟦H|S1442870⟧ | 55M | out-of-hospital VF arrest, TTM day 3 | sedation off 06:00, ⟪RASS -4⟫ | neuroprognostication per ⟪Resuscitation Council UK⟫ / ERC-ESICM 2021
5 | ⟦P|DA SILVA, João Pedro⟧ | ⟦H|S1760352⟧ | 24M | polytrauma, RTC | ventilated, ICP bolt, ⟪ICP 18 mmHg⟫ | CT head 11:00, ortho fixation femur tomorrow
6 | empty (side room cleaned, ready)
7 | ⟦P|TRƯƠNG Thị Hoa⟧ | ⟦H|S0331578⟧ | 80F | urosepsis, AKI 3 | ⟪CVVHDF 30 mL/kg/h⟫ | stepdown to HDU if off pressors

Outstanding: bed 5 next of kin (mother, via police family liaison) not yet contacted. Bed 3 infection control - Legionella notified to UKHSA.
""")

doc('h6-027', 'eportfolio_dops', ICU, """
DOPS - Directly Observed Procedural Skills (RCoA Lifelong Learning platform - export)
Trainee: ⟪Dr Nguyen Thi Lan⟫      GMC ⟪7520183⟫
Assessor: ⟪Dr Catherine Blackwood⟫, Consultant Intensivist, GMC ⟦G|4830127⟧
Procedure: ultrasound-guided right internal jugular central venous catheter (⟪Seldinger technique⟫)
Date: ⟪11/12/2024⟫      Location: ICU ⟪bed 9⟫

Patient: Mr ⟦P|R. Szymański⟧, 66M, MRN ⟦H|S1377904⟧ - septic shock from a perforated diverticulum
Consent: patient lacked capacity (sedated, ventilated); best-interests decision under the ⟪Mental Capacity Act 2005⟫; wife ⟦R|Bożena⟧ informed by telephone.

Domains (1-6): indication 6; consent 5; preparation 6; asepsis 6; technical ability 5; seeking help 6; post-procedure management 6; communication 5.
Assessor comments: Full aseptic technique, real-time needle visualisation, guidewire confirmed in the IJV on ultrasound before dilation. Clear checklist read-out with ODP ⟦C|Marcin⟧. Post-procedure CXR reviewed before use. Competent to perform independently.

Record: ⟦U|https://www.lifelonglearningrcoa.org/assessments/dops/551902⟧
""")

doc('h6-028', 'anaesthesia_logbook_csv', ICU, """
date,hospital_no,age,sex,asa,urgency,procedure,anaesthetic,airway,supervision,notes
2024-10-02,⟦H|S1440218⟧,72,M,3,Elective,Right TKR,Spinal + sedation,Nasal specs,Local,"⟪bupivacaine 0.5% heavy 2.8 mL⟫; uneventful"
2024-10-02,⟦H|S0093376⟧,45,F,2,Elective,Lap cholecystectomy,GA,ETT 7.0,Local,"PONV history - ondansetron + dexamethasone"
2024-10-05,⟦H|s1702245⟧,58,M,2,Elective,TURP,Spinal,Nasal specs,Local,
2024-10-09,⟦H|S1225913⟧,88,F,4,Emergency,Hemiarthroplasty L NOF,Spinal,Face mask,Distant,"pt ⟦P|Edna Marsh⟧ - severe AS (AVA 0.8 cm2); daughter ⟦R|Pauline⟧ consulted (best interests)"
2024-10-12,⟦H|S1566701⟧,6,M,1,Emergency,Laparoscopic appendicectomy,GA RSI,ETT 5.5 cuffed,Local,"mum ⟦R|Kelly-Marie⟧ present at induction"
2024-10-15,⟦H|S1810457⟧,31,F,2,Emergency,Cat 1 LSCS,GA (failed spinal),ETT 7.0 videolaryngoscope,Distant,"OAA/DAS obstetric guideline; ⟪Cormack-Lehane 2a⟫"
2024-10-19,⟦H|S0477126⟧,67,M,3,Urgent,Laparotomy (small bowel obstruction),GA RSI,ETT 8.0,Distant,"NELA risk 9.4%; post-op HDU"
2024-10-23,⟦H|S2014659⟧,34,F,1,Elective,Wrist ORIF,Axillary brachial plexus block + sedation,Nasal specs,Local,"US-guided; ⟪levobupivacaine 0.375% 25 mL⟫"
2024-10-26,⟦H|S0888245⟧,79,M,3,Emergency,Transfer to regional neuro centre,Maintenance TIVA,ETT in situ,Immediate,"pt ⟦P|Harold Greaves⟧ - SDH, ⟪GCS 7⟫; wife ⟦R|Irene⟧ travelling separately"
2024-10-30,⟦H|S1119034⟧,52,F,2,Elective,Thyroidectomy,GA,Reinforced ETT 7.0,Local,"NIM tube; ⟪Mallampati 3⟫"
""")

doc('h6-029', 'serious_incident_report', ICU, """
SERIOUS INCIDENT INVESTIGATION - EXECUTIVE SUMMARY (final)
StEIS reference: ⟦REF|2024/14421⟧      Datix: ⟦REF|W219874⟧      LFPSE: ⟦REF|LFPSE-11837642⟧
Patient: ⟦P|Craig Anthony Foster⟧, ⟪49⟫ M, NHS ⟦N|4823006115⟧
Incident: delayed recognition and escalation of deterioration on ward ⟪Huntsman 4⟫ overnight 18-19/02/2024; admitted to ICU 05:10 with septic shock; died ⟪21/02/2024⟫.

Investigation team
Chair: ⟦C|Gillian Hartley-Shaw⟧, Deputy Chief Nurse
Dr ⟦C|Femi Oduya⟧, Consultant Intensivist
⟦C|Piotr Zieliński⟧, Patient Safety Lead
⟪Dr Nguyen Thi Lan⟫, Specialty Doctor, Critical Care (author of the clinical chronology)
Family liaison: ⟦C|Tanya Holroyd⟧. Family contact: Mrs ⟦R|Leanne Foster⟧ (wife), ⟦A|7 Wadsley Lane, Hillsborough, Sheffield⟧ ⟦PC|S6 4EB⟧.

Chronology (summary)
23:40 ⟪NEWS2 6⟫; FY1 Dr ⟦C|Harriet Oyston⟧ bleeped (bleep ⟦T|5512⟧) - reviewed at 00:35, fluids and antibiotics prescribed.
02:15 NEWS2 8, ⟪lactate 5.8 mmol/L⟫; escalation to the medical registrar attempted twice - registrar in resus with a cardiac arrest.
04:30 Critical care outreach (Sister ⟦C|Janine Bell⟧) called by ward nurse; ICU referral 04:45.
Mr ⟦P|Foster⟧ required ⟪noradrenaline 0.4 micrograms/kg/min⟫ and vasopressin; died of multi-organ failure on day 3.

Findings: escalation policy not followed at NEWS2 >= 7; single medical registrar covering 640 beds overnight; outreach not 24/7.
Recommendations: 24/7 outreach (business case approved); NEWS2 >= 7 auto-alert to outreach via Nervecentre; review of night medical staffing.

Report approved by the Trust Patient Safety Group, 14/05/2024.
Verified for portfolio: ⟪Dr Sunil Rao⟫, Clinical Lead, Critical Care
""")

doc('h6-030', 'mm_meeting_minutes', ICU, """
Critical Care Morbidity and Mortality Meeting - minutes
⟪Thursday 16 January 2025⟫, 13:00, Seminar Room 2, ⟪Northern General Hospital⟫
Chair and minutes verified: ⟪Dr Sunil Rao⟫
Attendance: ⟪Dr Nguyen Thi Lan⟫ (presenting case 1), Dr ⟦C|Femi Oduya⟧, Dr ⟦C|Priyanka Deshpande⟧ (presenting case 2), Sr ⟦C|Louise Grainger⟧, ⟦C|Tom Ackroyd⟧ (ACCP), ⟦C|Nkechi⟧ (critical care pharmacist), and 9 others.

Case 1 (NTL): ⟦P|S.B.⟧, 58F, MRN ⟦H|S1093382⟧ - unplanned extubation on day 4 during a prone-to-supine turn; reintubated within 3 minutes by the ICU registrar, ⟪SpO2 nadir 71%⟫, no lasting harm. Contributing: turn done with 4 staff instead of 5; tube tie loosened for pressure-area care.
Learning: proning checklist to include a named airway person; ⟪Intensive Care Society⟫ proning guidance.

Case 2 (Dr ⟦C|Deshpande⟧): Mr ⟦P|Gareth-Lee Brammer⟧, 27M - propofol-related infusion syndrome suspected after 72 h of ⟪propofol 4.5 mg/kg/h⟫; ⟪CK 48,000 U/L⟫, triglycerides 6.2 mmol/L, metabolic acidosis. Recovered after switching to midazolam and haemofiltration.
Learning: cap at 4 mg/kg/h; daily triglycerides and CK if > 48 h.

Actions: ⟦C|T.A.⟧ to update the proning bundle by 28/02; pharmacy to add propofol dose alert to the ICCA prescribing system.
""")

doc('h6-031', 'coroner_statement', ICU, """
STATEMENT FOR HM SENIOR CORONER, SOUTH YORKSHIRE (WEST DISTRICT)
Coroner's reference: ⟦REF|SYW-2024-00587⟧
Inquest touching the death of: ⟦P|Ahmad Zia Rahimi⟧ (date of birth ⟪01/01/1990⟫), who died on ⟪03/08/2024⟫ at the ⟪Northern General Hospital⟫
Statement of: ⟪Dr Nguyen Thi Lan⟫, Specialty Doctor in Intensive Care Medicine, GMC ⟪7520183⟫
Coroner's officer: ⟦C|Paula Dyson⟧, ⟦E|coroners.officer7@sheffield-coroner.example⟧

1. I qualified in medicine at Hanoi Medical University in 2008 and completed specialist training in anaesthesia and intensive care in Vietnam before moving to the UK in 2018. I have been a Specialty Doctor in critical care at Sheffield Teaching Hospitals since 2021.

2. On 2 August 2024 at 21:15 I was asked to review Mr ⟦P|Rahimi⟧ on the surgical assessment unit by the surgical registrar, Mr ⟦C|Bartholomew Okeke⟧. Mr ⟦P|Rahimi⟧ had presented that afternoon with abdominal pain and vomiting; a CT scan showed a closed-loop small bowel obstruction with signs of ischaemia.

3. When I saw him his heart rate was 138, blood pressure 82/44 and ⟪lactate 7.9 mmol/L⟫. I started fluid resuscitation and ⟪noradrenaline⟫ through a peripheral cannula and agreed with Mr ⟦C|Okeke⟧ that he needed an emergency laparotomy. The anaesthetist, Dr ⟦C|Sinéad Finnegan⟧, took him to theatre at 22:40.

4. His brother, Mr ⟦R|Farid Rahimi⟧, was present with a Dari interpreter; I explained that his condition was life-threatening.

5. After surgery (resection of 90 cm of necrotic small bowel) he was admitted to the ICU. Despite maximal support he developed refractory shock and died at 14:20 on 3 August 2024.

I believe that the facts stated in this witness statement are true.
Signed ⟪Nguyen Thi Lan⟫        Dated ⟪19/09/2024⟫
""")

# ---------------------------------------------------------------- paediatrics, Northern Ireland
doc('h6-032', 'paediatric_clinic_letter', PAED, """
Belfast Health and Social Care Trust
⟪Royal Belfast Hospital for Sick Children⟫ - General Paediatric Outpatients
Secretary: ⟦T|028 9649 6201⟧

Dictated ⟪12/09/2024⟫   Typed 16/09/2024
Our ref: ⟦REF|MW/GP/24/0915⟧

Dr ⟦C|Eamon McAleese⟧
⟦A|Falls Road Surgery, 186 Falls Road, Belfast⟧ ⟦PC|BT12 6AF⟧

Dear Dr ⟦C|McAleese⟧,

Re: ⟦P|Saoirse Ní Bhriain⟧    DOB ⟪03/07/2017⟫    H&C ⟦N|326 471 0985⟧    Hosp no ⟦H|RB1187224⟧
⟦A|22 Glen Road, Andersonstown, Belfast⟧ ⟦PC|BT11 8BU⟧

Diagnoses: ⟪coeliac disease (K90.0)⟫ - ⟪tTG-IgA >128 U/mL⟫, EMA positive, HLA-DQ2; ⟪iron deficiency⟫ (ferritin 6 micrograms/L)

⟦P|Saoirse⟧ came with her mother ⟦R|Aoife Quinn⟧ and father ⟦R|Ciarán Ó Briain⟧. She has had abdominal pain, loose stools and poor weight gain for a year. Weight 19.2 kg (9th centile, previously 50th), height 112 cm (9th centile). She is in P3 at ⟦A|Gaelscoil an Ghleanna⟧ and the family speak Irish at home.

Following the ⟪ESPGHAN 2020⟫ criteria (tTG-IgA more than 10 times the upper limit with positive EMA on a second sample) we have diagnosed coeliac disease without biopsy. Plan: strict gluten-free diet with the paediatric dietitian, ⟦C|Clodagh⟧; ⟪Sytron 5 mL⟫ twice daily for 3 months; repeat tTG in 6 months; first-degree relatives to be offered screening through your practice.

Yours sincerely,

⟪Dr M. Wiśniewska⟫
Specialty Doctor in Paediatrics

cc Ms ⟦R|Aoife Quinn⟧ (parent)
""")

doc('h6-033', 'safeguarding_referral', PAED, """
UNOCINI - Understanding the Needs of Children in Northern Ireland - referral (initial information)
To: Gateway Service, Belfast HSC Trust        Gateway ref: ⟦REF|GW/24/05512⟧
Referrer: ⟪Dr Magdalena Wiśniewska⟫, Specialty Doctor, Paediatrics, ⟪RBHSC⟫, tel ⟦T|028 9649 6347⟧
Date: ⟪04/03/2024⟫

Child: ⟦P|Kacper Nowicki⟧    DOB ⟪22/01/2020⟫    ⟪Male⟫    H&C ⟦N|319 044 7721⟧
Address: ⟦A|Apartment 5, 9 Donegall Pass, Belfast⟧ ⟦PC|BT7 1DQ⟧
Mother: ⟦R|Justyna Nowicka⟧ (Polish speaker - interpreter needed), mobile ⟦T|07700 900 861⟧
Father: ⟦R|Paweł Nowicki⟧ - lives in Poland, no contact
Mother's partner: ⟦R|Dean Hamill⟧ - lives at the address
Nursery: ⟦A|Little Acorns Day Nursery, Ormeau Road⟧
Health visitor: ⟦C|Bernadette McGuigan⟧

Reason for referral
⟦P|Kacper⟧ (4 years) was brought to ED by his mother with a swollen left cheek, said to be from falling off the sofa. On examination: bruising to both ear pinnae and the left cheek in a linear pattern, and petechiae behind the left ear (⟪TEN-4-FACESp⟫ positive). Skeletal survey: healing fracture of the posterior left 7th rib (estimated 2-4 weeks old). Platelets and clotting normal. ⟪von Willebrand⟫ screen sent.
The explanation is not consistent with the injuries. Ms ⟦R|Nowicka⟧ became distressed and said ⟦R|Dean⟧ "gets angry". ⟦P|Kacper⟧ is admitted to Ward 3 under a consultant for a place of safety.

PSNI informed: reference ⟦REF|CC2024030400187⟧; DC ⟦C|Gavin Toner⟧, Public Protection Branch.
Social worker allocated: ⟦C|Orla Devlin⟧, ⟦E|orla.devlin@belfasttrust.hscni.net⟧

Signed: ⟪Dr M. Wiśniewska⟫
Countersigned: ⟪Dr Ruairí Hegarty⟫, Consultant Paediatrician and Named Doctor for Safeguarding
""")

doc('h6-034', 'ward_round_notes_informal', PAED, """
ward 3 rbhsc ward round 04/03 - ⟪MW⟫ + ⟦C|ciara⟧ (F2) + ⟦C|sinead⟧ (nurse in charge)

bed 1 - ⟦P|bobby⟧ (⟦P|robert mcclean⟧) 6/52 bronchiolitis d3, HFNC 2 L/kg/min -> wean to 1, NG feeds 2/3 maintenance, sats 94-96. mum ⟦R|shauna⟧ resident. RSV +ve
bed 2 - ⟦P|ayo⟧ 3y HbSS vaso-occlusive crisis, oral morphine 0.2 mg/kg 4-hourly, hydration, dad (mr ⟦R|adewale⟧) asking re hydroxycarbamide - haem to discuss
bed 4 - ⟦P|lily-mae⟧ 11y DKA d2, off FRIII 06:00, ⟪glargine⟫ started, diabetes nurse ⟦C|roisin⟧ to see today, school (⟦A|holy cross⟧) need care plan before return
side rm 2 - ⟦P|kacper⟧ - see safeguarding notes; strategy meeting 14:00, do NOT discuss with visitors
bed 6 - ⟦P|kayden o'neill⟧ 14m febrile convulsion x1 (simple), focus = otitis media, amoxicillin, home today with ⟪febrile seizure⟫ leaflet
bed 7 - ⟦P|tran⟧ baby, 3/52, prolonged jaundice SBR 212 (conjugated 9), feeding well, home, GP to check weight

jobs: bloods bed 7 (done), discharge letters beds 6/7, chase haem re bed 2
""")

doc('h6-035', 'teaching_attendance_feedback', PAED, """
Southern Health and Social Care Trust - ⟪Craigavon Area Hospital⟫ - Paediatric Teaching Programme
Session: "Recognising the sick child: ⟪PEWS⟫ and ⟪Paediatric Sepsis 6⟫" - simulation and case-based teaching
Facilitator: ⟪Dr Magdalena Wiśniewska⟫ (Specialty Doctor)      Date: ⟪18/10/2024⟫ 12:30-13:30

Attendance (from the signed register)
Name                        | Grade            | E-mail
⟦C|Conall McStravick⟧           | FY1              | ⟦E|conall.mcstravick@southerntrust.hscni.net⟧
⟦C|Aoibhinn Ní Chathasaigh⟧     | FY2              | ⟦E|aoibhinn.nichathasaigh@southerntrust.hscni.net⟧
⟦C|Rahul Bhattacharya⟧          | GPST1            | ⟦E|rahul.bhattacharya@southerntrust.hscni.net⟧
⟦C|Ellie Corrigan⟧              | ST2 Paediatrics  | ⟦E|ellie.corrigan@southerntrust.hscni.net⟧
⟦C|Teodora Marin⟧               | Clinical fellow  | ⟦E|teodora.marin@southerntrust.hscni.net⟧
⟦C|Marie-Therese Loughran⟧      | Sister, Ward 1A  | ⟦E|mt.loughran@southerntrust.hscni.net⟧
⟦C|Kwabena Asiedu-Mensah⟧       | Staff nurse      | (not given)

Feedback (7 forms; 1 = poor, 5 = excellent)
Relevance 4.9 | Delivery 4.7 | Simulation realism 4.4 | Overall 4.7
Comments: "More on ⟪Kawasaki disease⟫ please"; "The baby with the grunting scenario was brilliant"; "Good to practise the ⟪SBAR⟫ call"; "Too short!"

Verified: ⟪Dr Alison Crawford⟫, Clinical Tutor, GMC ⟦G|4099372⟧, ⟦E|alison.crawford@southerntrust.hscni.net⟧
""")

doc('h6-036', 'appraisal_extract', PAED, """
Annual medical appraisal - summary of appraisal discussion (extract)
Doctor: ⟪Dr Magdalena Wiśniewska⟫      GMC: ⟪7430912⟫
Appraiser: ⟪Dr Ruairí Hegarty⟫      GMC: ⟦G|3917754⟧
Appraisal date: ⟪20/02/2025⟫      Period: 01/04/2024 - 31/03/2025

Complaints and compliments
One complaint (Trust ref ⟦REF|C/BHSCT/24/0071⟧) from the father of a child seen in the paediatric ED, Mr ⟦R|Jordan Lyttle⟧, about waiting and communication. A local resolution meeting was held and the complaint closed. ⟪Dr Wisniewska⟫ reflected on how she explains triage categories to parents.
Compliment card from the family of ⟦P|Oisín⟧, a child she looked after in the high-dependency bay.

Significant events
Datix ⟦REF|W0931772⟧ - tenfold ⟪gentamicin⟫ prescribing error by Dr ⟦C|Paddy Gormley⟧ (FY2), intercepted by the ward pharmacist before administration. ⟪Dr Wiśniewska⟫ led the learning session on weight-based prescribing.

Personal development plan
1. APLS instructor course by September 2025.
2. Complete the portfolio pathway (CESR) evidence for ⟪Paediatrics⟫ - gaps: community child health, neonatal transport.
3. Level 1 ultrasound (⟪POCUS⟫) sign-off.

Appraiser's statement: satisfactory engagement; no concerns. Signed ⟪Dr Ruairí Hegarty⟫ 27/02/2025
""")

# ---------------------------------------------------------------- surgery, Plymouth
doc('h6-037', 'operation_note', SURG, """
University Hospitals Plymouth NHS Trust - ⟪Derriford Hospital⟫ - Theatre 7
OPERATION NOTE
Patient: ⟦P|TRELAWNY-PASCOE, Jennifer⟧      DOB ⟪05/05/1996⟫      ⟪F⟫
MRN: ⟦H|D2208817⟧      NHS: ⟦N|450 339 1862⟧
Date: ⟪17/08/2024⟫      Knife to skin 21:40      Closure 22:35      Urgency: NCEPOD urgent (2B)

Surgeon: ⟪Mr R. Sousa Ferreira⟫ (Specialty Doctor, General Surgery)
Assistant: Dr ⟦C|Kwabena Owusu-Ansah⟧ (CT1)
Anaesthetist: Dr ⟦C|Imelda Castillo⟧      Scrub: ⟦C|Tegan⟧

Procedure: laparoscopic appendicectomy (⟪SNOMED CT 80146002⟫)
Indication: RIF pain 36 h, ⟪Alvarado score 8⟫, ⟪CRP 146 mg/L⟫; ultrasound non-compressible appendix 9 mm.
Findings: gangrenous, non-perforated appendix; 20 mL turbid fluid in the pelvis; normal ovaries and tubes; no Meckel's diverticulum.
Procedure: open (Hasson) umbilical entry, pneumoperitoneum 12 mmHg; 5 mm ports suprapubic and left iliac fossa. Mesoappendix divided with harmonic scalpel; base secured with two Endoloops; specimen removed in a bag via the umbilical port. Pelvis washed out. Umbilical sheath closed with 0 PDS; skin 4-0 Monocryl.
Post-op: ⟪co-amoxiclav 1.2 g IV TDS⟫ for 24 h then stop if afebrile; eat and drink; ⟪enoxaparin 40 mg⟫ SC OD; histology.
Ms ⟦P|Trelawny-Pascoe⟧'s partner ⟦R|Jory⟧ was updated by phone on ⟦T|01632 960 815⟧ at 22:50.

Signed ⟪R. Sousa Ferreira⟫ 22:50
Verified: ⟪Mr Edward Pengelly⟫, Consultant Colorectal Surgeon, 02/09/2024
""")

doc('h6-038', 'clinic_list', SURG, """
DERRIFORD HOSPITAL - OUTPATIENT CLINIC LIST                       Printed ⟪03/03/2025⟫ 07:12 by ⟦O|jpascoe2⟧
Clinic: CRCOL3 - Colorectal new and follow-up - ⟪Mr R Sousa Ferreira⟫ - Room 14, Level 6 OPD - ⟪Tue 04/03/2025⟫

Time  | Hosp No  | NHS No      | Name                      | DOB        | Sex | Type | Notes
09:00 | ⟦H|D1093475⟧ | ⟦N|4410982237⟧  | ⟦P|PENROSE, Arthur John⟧      | ⟪11/02/1951⟫ | M   | FU   | 1 yr post anterior resection, ⟪CEA 2.1⟫
09:15 | ⟦H|D2287190⟧ | ⟦N|6027731840⟧  | ⟦P|NWACHUKWU, Ifeoma⟧         | ⟪29/06/1984⟫ | F   | New  | 2WW, ⟪FIT 142 micrograms/g⟫
09:30 | ⟦H|D0665128⟧ | ⟦N|5558102964⟧  | ⟦P|LÊ, Văn Hùng⟧              | ⟪14/10/1962⟫ | M   | New  | interpreter (Vietnamese) booked
09:45 | ⟦H|D3310044⟧ | ⟦N|7190255408⟧  | ⟦P|COSTA, Maria do Céu⟧       | ⟪08/03/1979⟫ | F   | FU   | fistula-in-ano, seton in situ
10:00 | ⟦H|D1889021⟧ | ⟦N|9023348871⟧  | ⟦P|VAN DER BERG, Pieter⟧      | ⟪23/12/1958⟫ | M   | New  | rectal bleeding, on rivaroxaban
10:15 | -        | -           | (DNA slot held)           |            |     |      |
10:30 | ⟦H|D2754630⟧ | ⟦N|3310987654⟧  | ⟦P|DE LA CRUZ, Rosario⟧       | ⟪17/07/1970⟫ | F   | FU   | post Hartmann's reversal
10:45 | ⟦H|D0412896⟧ | ⟦N|8846120375⟧  | ⟦P|MENSAH-BONSU, Kwaku⟧       | ⟪02/04/1966⟫ | M   | New  | ?IBD, calprotectin 640
11:00 | ⟦H|D2993315⟧ | ⟦N|2204876519⟧  | ⟦P|O'SULLIVAN, Máire⟧         | ⟪30/09/1990⟫ | F   | FU   | pilonidal sinus, healed

Booked: 8    Page ⟪1 of 1⟫
""")

doc('h6-039', 'surgical_logbook_csv', SURG, """
eLogbook export - ⟪Mr Ricardo Sousa Ferreira⟫ - 01/01/2024 to 31/12/2024 - Validated by ⟪Mr Edward Pengelly⟫
Date,Patient ID,Age,Sex,Procedure,OPCS,Urgency,Role,Assistant,Outcome
12/01/2024,⟦H|D1442087⟧,67,M,Laparoscopic right hemicolectomy,⟪H07.1⟫,Elective,S-TS,Dr ⟦C|K. Owusu-Ansah⟧,Uncomplicated
19/01/2024,⟦H|D0277139⟧,23,M,Laparoscopic appendicectomy,⟪H01.1⟫,Emergency,P,Dr ⟦C|Ffion Tregear⟧,Uncomplicated
02/02/2024,⟦H|D1930520⟧,81,F,Laparotomy + Hartmann's procedure,⟪H33.5⟫,Emergency,P,Mr ⟦C|Abdullahi Jama⟧,HDU; SSI day 6
14/02/2024,⟦H|D0815734⟧,45,F,Laparoscopic cholecystectomy,⟪J18.3⟫,Elective,P,Dr ⟦C|Ffion Tregear⟧,Uncomplicated
28/02/2024,⟦H|D2100647⟧,38,M,Incision and drainage perianal abscess,⟪H58.2⟫,Emergency,P,-,Uncomplicated
07/03/2024,⟦H|D1654922⟧,72,M,Anterior resection (lap),⟪H33.3⟫,Elective,S-TS,Mr ⟦C|Abdullahi Jama⟧,Anastomotic leak - return to theatre
21/03/2024,⟦H|D0093118⟧,56,F,Open inguinal hernia repair (mesh),⟪T20.1⟫,Elective,P,-,Uncomplicated
04/04/2024,⟦H|D2471385⟧,29,M,Pilonidal sinus excision,⟪S48.2⟫,Elective,P,Dr ⟦C|K. Owusu-Ansah⟧,Uncomplicated
17/04/2024,⟦H|D1380956⟧,64,F,Laparoscopic adhesiolysis + small bowel resection,⟪G69.3⟫,Emergency,P,Mr ⟦C|Abdullahi Jama⟧,Uncomplicated
Roles: P = performed, S-TS = supervised, trainer scrubbed
""")

doc('h6-040', 'email_raising_concern', SURG, """
From: ⟪Sousa Ferreira, Ricardo⟫ <⟦E|ricardo.sousaferreira@nhs.net⟧>
Sent: Friday, 8 November 2024 23:48
To: ⟪Coles, Harriet⟫ <⟦E|harriet.coles3@nhs.net⟧>
Subject: Concern - emergency list Theatre 7, 08/11 (Datix ⟦REF|PLY-2024-11873⟧)

⟪Harriet⟫,

I am writing to formally raise a concern about events on this evening's emergency list, which I have also reported on Datix (above).

At about 19:30, during a laparotomy on a 71-year-old man (MRN ⟦H|D2018836⟧), Mr ⟦C|Clive Ransome⟧ shouted at the scrub nurse, ⟦C|Jolene⟧, and threw a retractor onto the instrument trolley. The patient was anaesthetised, but the anaesthetic registrar, Dr ⟦C|Oluwadamilare Fashola⟧, and the ODP, ⟦C|Ben Trewin⟧, also witnessed it. ⟦C|Jolene⟧ left theatre in tears and a replacement scrub nurse had to be found, which delayed closure by about 25 minutes.

This is the third episode I am aware of since September. I have not discussed it with Mr ⟦C|Ransome⟧ directly because I do not feel able to. I would be grateful for advice on the next steps and whether this should go to the Freedom to Speak Up Guardian.

⟪Ricardo⟫

⟪Mr Ricardo Sousa Ferreira⟫ | Specialty Doctor, General Surgery | Mobile ⟦T|07700 900 147⟧

-----Reply-----
From: ⟪Coles, Harriet⟫
Sent: Saturday, 9 November 2024 10:05
To: ⟪Sousa Ferreira, Ricardo⟫

⟪Ricardo⟫ - thank you for raising this, and for doing it promptly. I have passed it to Dr ⟦C|Malcolm Treharne⟧ (Freedom to Speak Up Guardian) with your permission and will meet you on Monday at 08:00. Please make sure ⟦C|Jolene⟧ knows that staff support is available.
⟪Harriet⟫
⟪Ms Harriet Coles⟫ FRCS | Clinical Director, Surgery | ⟦T|01632 960 229⟧

Verified as an accurate copy: ⟪Ms Harriet Coles⟫, Clinical Director, 15/01/2025
""")

# ---------------------------------------------------------------- obstetrics, Cardiff and Birmingham
doc('h6-041', 'postnatal_discharge_summary', OBS, """
Cardiff and Vale University Health Board - ⟪University Hospital of Wales⟫ - Maternity
POSTNATAL DISCHARGE SUMMARY

Mother: ⟦P|Ewa Zając-Morgan⟧      DOB ⟪09/12/1991⟫      Hosp no ⟦H|C0781245⟧      NHS ⟦N|7381192046⟧
Address: ⟦A|31 Arabella Street, Roath, Cardiff⟧ ⟦PC|CF24 4SY⟧
GP: ⟦A|Plasnewydd Medical Centre⟧
Baby: girl, ⟦P|Nel⟧, born ⟪14/03/2025 03:12⟫, 3.41 kg, ⟪Apgar 8 and 9⟫; NHS ⟦N|9174402583⟧; hosp no ⟦H|C1190337⟧
Partner: ⟦R|Rhys Morgan⟧

Pregnancy: G2 P1 (now P2), previous SVD 2021. Booking BMI 27.
Labour and delivery: induction at 40+6 for prelabour rupture of membranes; ⟪Bishop score 4⟫; ⟪misoprostol 25 micrograms⟫ x2 then ARM/oxytocin. Spontaneous vaginal delivery. ⟪Robson group 4a⟫. Postpartum haemorrhage ⟪1,200 mL⟫ (uterine atony): oxytocin infusion, ⟪carboprost 250 micrograms IM⟫, ⟪tranexamic acid 1 g IV⟫. ⟪Hb 84 g/L⟫ day 1 -> ⟪ferric carboxymaltose 1,000 mg IV⟫.
Postnatal: breastfeeding established; ⟪Edinburgh Postnatal Depression Scale 6⟫; BP normal. Ms ⟦P|Zając-Morgan⟧ would like contraception (IUS) at 6 weeks.
Baby: NIPE normal, hips normal, hearing screen passed; vitamin K given.
Midwife: ⟦C|Carys⟧ (community team to visit day 3).

Discharged by: ⟪Dr Chiamaka Eze⟫, Specialty Doctor, Obstetrics and Gynaecology, ⟪16/03/2025⟫
Verified: ⟪Mr Dafydd Rowlands⟫, Consultant Obstetrician
""")

doc('h6-042', 'lfpse_incident_record', OBS, """
Learn from Patient Safety Events (LFPSE) - event record (printed copy)
LFPSE reference: ⟦REF|9F3A-2C71-BB04⟧      Local reference: ⟦REF|BWH-DTX-77120⟧
Organisation: Birmingham Women's and Children's NHS Foundation Trust - ⟪Birmingham Women's Hospital⟫, Delivery Suite room 6
Event date/time: ⟪02/06/2024 04:50⟫

Patient (mother): ⟦P|Fatima Bibi Qadri⟧, DOB ⟪30/03/1994⟫, MRN ⟦H|BWH4470192⟧
Baby: Baby ⟦P|Qadri⟧, MRN ⟦H|BCH-N-119047⟧

What happened
Shoulder dystocia at spontaneous vaginal delivery, head-to-body interval 3 minutes. Emergency bell pulled 04:50. ⟪McRoberts manoeuvre⟫ and suprapubic pressure unsuccessful; ⟪Woods' screw⟫ manoeuvre unsuccessful; posterior arm delivered at 04:53. Baby: ⟪Apgar 3, 7 and 9⟫ at 1, 5 and 10 minutes; cord arterial ⟪pH 7.11⟫, base excess -9. Neonatal registrar Dr ⟦C|Sibusiso Ndlovu⟧ attended. Right ⟪Erb's palsy⟫ noted.

Staff involved: midwife ⟦C|Abigail Warrender⟧; labour ward coordinator ⟦C|Nasreen Akhtar⟧; ⟪Dr Chiamaka Eze⟫ (obstetric registrar, led the manoeuvres); Dr ⟦C|Tomasz Wróbel⟧ (SHO, scribe).

Harm: moderate (baby). Duty of candour completed by ⟪Dr Eze⟫ on 03/06/2024 with Mrs ⟦P|Qadri⟧ and her husband ⟦R|Imran⟧. Referred to the brachial plexus clinic.
Learning: ⟪PROMPT⟫ drill compliance 92%; scribe sheet completed in real time.

Reviewed and verified: ⟪Dr Lucy Armitage⟫, Consultant Obstetrician, 10/07/2024
""")

doc('h6-043', 'labour_ward_handover', OBS, """
Delivery suite board handover 20:00 - ⟪UHW⟫ - Tue ⟪22/10/2024⟫
Reg: ⟪CE⟫ (nights)    Consultant on call: Mr ⟦C|Aled Gwilym⟧    Coordinator: ⟦C|Sioned⟧    Anaes: Dr ⟦C|Ffion Rhys⟧

Rm 1  ⟦P|JALLOW, Fatou⟧ 27y G1P0 39+2, IOL (SROM 26 h), 5 cm at 17:30, CTG normal, GBS unknown - IV benzylpenicillin. Mandinka interpreter by phone; husband ⟦R|Lamin⟧ present.
Rm 2  ⟦P|Bethan Lloyd-Price⟧ G3P2 41+3, VBAC, 8 cm, CTG normal, scar pain none. If no progress by 22:00 -> discuss cat 3 CS.
Rm 3  ⟦P|TAN Hui Min⟧ 34y G2P1 35+6, pre-eclampsia - ⟪magnesium sulfate 4 g loading then 1 g/h⟫, BP 162/104 on ⟪labetalol 200 mg⟫ TDS, ⟪platelets 88 x 10^9/L⟫, ALT 96. Plan IOL tomorrow after steroids.
Rm 4  ⟦P|Abimbola Ogundipe⟧ G4P3 38+0, cat 2 CS earlier for fetal bradycardia, stable, EBL 700 mL.
Rm 5  empty
Rm 6  ⟦P|KISS Zsófia⟧ 29y G1P0 41+1, epidural, fully 19:40, pushing from 20:40 - senior review at 21:40 if not delivered.
Triage: ⟦P|Leah McCarthy-Jones⟧ 30+2 reduced fetal movements - CTG (Dawes-Redman criteria met), home with advice.

Theatre: free. HDU: Rm 3 may need HDU bed if BP uncontrolled.
Reg bleep ⟦T|4412⟧, consultant via switchboard.
""")

# ---------------------------------------------------------------- geriatrics, Dundee (Scotland)
doc('h6-044', 'care_home_review_letter', GER, """
NHS Tayside - Medicine for the Elderly - Care Home Liaison Team, ⟪Royal Victoria Hospital, Dundee⟫
Date of visit: ⟪18/02/2025⟫

Dr ⟦C|Euan Soutar⟧
⟦A|Lochee Health Centre, 1 Marshall Street, Dundee⟧ ⟦PC|DD2 3BR⟧

Dear Dr ⟦C|Soutar⟧,

Re: ⟦P|Isobel Christie⟧ (née ⟦P|Lindsay⟧), DOB ⟪27/06/1933⟫, CHI ⟦N|2706332288⟧
Residence: ⟦A|Balgay View Care Home, 40 Tullideph Road, Dundee⟧ ⟦PC|DD2 2PN⟧
Welfare power of attorney: her nephew ⟦R|Graeme Lindsay-Fyfe⟧, ⟦T|0131 496 0356⟧

I reviewed Mrs ⟦P|Christie⟧ at the care home with the manager, ⟦C|Morag Cairncross⟧, and senior carer ⟦C|Rosie⟧.

Summary: 91-year-old with moderate to severe ⟪Alzheimer's disease⟫, ⟪Clinical Frailty Scale 7⟫, three falls in January (no injury), 4 kg weight loss over 3 months (⟪MUST score 2⟫). Lying and standing BP 142/78 and 108/64 (postural drop 34 mmHg).

Medication review (⟪STOPP/START⟫):
- Stopped ⟪amlodipine 10 mg⟫ (postural hypotension).
- Continued ⟪donepezil 10 mg⟫; ⟪Adcal-D3⟫ one tablet twice daily.
- Started ⟪Fortisip Compact⟫ two bottles daily; dietitian referral.

Capacity: she lacks capacity to consent to medical treatment; ⟪section 47⟫ certificate under the ⟪Adults with Incapacity (Scotland) Act 2000⟫ renewed for 12 months. Anticipatory Care Plan updated with Mr ⟦R|Lindsay-Fyfe⟧: ward-based care if needed, not for CPR (DNACPR form in place).

Yours sincerely,

⟪Dr Andrei Popescu⟫
Specialty Doctor, Medicine for the Elderly
""")

doc('h6-045', 'frailty_caseload_initials', GER, """
Ward 12 ⟪Ninewells⟫ - MFE caseload ⟪03/03/2025⟫ (⟪A.P.⟫)

1  ⟦P|JMcK⟧   88F  delirium (⟪4AT 7⟫), UTI - EDD 06/03, awaiting package of care
2  ⟦P|E.S.⟧   79F  #pubic rami, mobilising with frame, OT home visit Wed
3  ⟦P|RD⟧     93M  HAP, IV amoxicillin d3, DNACPR, son wants a family meeting
4  ⟦P|MacD⟧   84M  ⟪Parkinson's disease⟫ - missed doses on admission; ⟪Madopar⟫ at 06:00/10:00/14:00/18:00 - time critical
5  ⟦P|WG⟧     90F  falls, postural hypotension - stopped doxazosin, lying/standing BP daily
6  ⟦P|A-MB⟧   82F  heart failure, ⟪NT-proBNP 4,820 ng/L⟫, IV furosemide 40 mg BD, daily weights
7  ⟦P|NK⟧     87M  AKI on CKD 3b, ⟪creatinine 268 umol/L⟫, fluids, hold ramipril
8  ⟦P|YMcL⟧   76F  stroke rehab (transfer from ⟪Stroke Unit⟫), ⟪Barthel 9/20⟫

Delayed discharges: 3 (⟦P|JMcK⟧, ⟦P|RD⟧, ⟦P|NK⟧). AWI: ⟦P|RD⟧ needs s13ZA discussion with social work.
Nurse in charge today: ⟦C|Shirley⟧, ext ⟦T|33215⟧
""")

doc('h6-046', 'awi_medical_report', GER, """
ADULTS WITH INCAPACITY (SCOTLAND) ACT 2000 - SECTION 57(3)(a) MEDICAL REPORT
Application for a guardianship order - Sheriffdom of Tayside, Central and Fife at Dundee
Court reference: ⟦REF|AW57/24⟧

Adult: ⟦P|Hector Murray Duthie⟧      DOB ⟪04/04/1941⟫      CHI ⟦N|0404417751⟧
Home address: ⟦A|Flat 2/1, 17 Strathmartine Road, Dundee⟧ ⟦PC|DD3 7RL⟧ (currently in hospital, ⟪Ward 6⟫, ⟪Ninewells Hospital⟫)
Applicant for guardianship: ⟦R|Lorraine Duthie⟧ (daughter)
Solicitor: ⟦C|Stuart Lennox⟧, ⟦E|slennox@lennoxlaw.example⟧

I, ⟪Dr Andrei Popescu⟫, examined the adult on ⟪11/12/2024⟫ in the presence of his daughter.

Findings
Mr ⟦P|Duthie⟧ has ⟪vascular dementia (F01.9)⟫ diagnosed in 2021, with stepwise decline after two strokes. ⟪ACE-III 41/100⟫. He is disorientated in time and place, believes he still runs his joinery business, and could not retain or weigh information about where to live or about his finances (he has given money to several cold callers).

Opinion
He is incapable, within the meaning of ⟪section 1(6)⟫ of the Act, of acting, making decisions, communicating decisions, understanding decisions and retaining the memory of decisions in relation to his welfare and property and financial affairs. This is unlikely to improve. I recommend welfare and financial powers for 5 years.

Signed ⟪Dr Andrei Popescu⟫, Specialty Doctor, Medicine for the Elderly, approved under ⟪section 22⟫ of the ⟪Mental Health (Care and Treatment) (Scotland) Act 2003⟫
Verified: ⟪Dr Morag Sutherland⟫, Consultant Geriatrician, GMC ⟦G|4276031⟧
""")

# ---------------------------------------------------------------- radiology, Manchester
doc('h6-047', 'radiology_discrepancy_minutes', RAD, """
Radiology Events and Learning Meeting (REALM) - Manchester University NHS Foundation Trust, ⟪Manchester Royal Infirmary⟫
Date: ⟪24/01/2025⟫      Convenor: ⟪Dr Maria Cristina Santos Dizon⟫      Verified: ⟪Dr Philip Garside⟫, Clinical Director, Radiology
Attendance: 18 consultants and registrars (register held separately)

Cases (accession numbers for PACS retrieval only)
1. Acc ⟦O|RMC2501140087⟧ - CT abdomen/pelvis: early appendicitis not reported (appendix 8 mm with fat stranding). Reporter Dr ⟦C|Ogechi Anyanwu⟧ (ST3). Grade 2 - minor discrepancy, no harm.
2. Acc ⟦O|RMC2411229914⟧ - chest radiograph: 14 mm right upper lobe nodule missed; identified on CT 7 months later. NB the key image circulated still shows the patient name ⟦P|OKWUOSA^LAWRENCE⟧ in the DICOM overlay - please delete your copy. Managed per ⟪Fleischner Society⟫ / ⟪BTS 2015⟫ guidance.
3. Acc ⟦O|RMC2412030552⟧ - MRI lumbar spine: ⟪cauda equina syndrome⟫ reported promptly; excellent phone escalation by Dr ⟦C|Henrik Søndergaard⟧ to the on-call spinal surgeon.
4. Acc ⟦O|RMC2412174420⟧ - CT KUB: renal mass classified as ⟪Bosniak IIF⟫ should have been IV (enhancing nodule). Reported by ⟪Dr Santos Dizon⟫ - self-referred for learning.

Viewer link (internal): ⟦U|https://pacs.mft.example.nhs.uk/viewer?acc=RMC2501140087⟧

Learning points: systematic review areas on CT (appendix, bases, bones); use of Bosniak 2019 update; always check the DICOM header/overlays before sharing images.
Minutes by ⟪MCSD⟫; verified by ⟪Dr Philip Garside⟫.
""")

# ---------------------------------------------------------------- acute medicine / GP liaison, Bristol
doc('h6-048', 'patient_feedback_summary', AM, """
PATIENT FEEDBACK - ⟪Dr Hamza Qureshi⟫ - Acute Medical Unit and SDEC, ⟪Southmead Hospital⟫
Collected October-November 2024, 34 questionnaires returned (GMC patient questionnaire items)

Item (% good, very good or excellent)               Result   Benchmark
Being polite                                          100%     96%
Making you feel at ease                                97%     93%
Listening to you                                       97%     94%
Explaining your condition and treatment                94%     91%
Involving you in decisions                             91%     89%

Free-text comments (transcribed verbatim)
- "⟪Dr Qureshi⟫ took time to explain my scan in plain English. Thank you. - ⟦P|Margaret Pugh⟧, bay 3"
- "Very kind to my mum when she was frightened. ⟦R|Darren⟧ (son)"
- "He spoke Urdu to my father which made a big difference."
- "Could not fault him. The nurse ⟦C|Joy⟧ was lovely too."
- "Seen quickly and sent home the same day. Phone me if you want more feedback ⟦T|0117 496 0734⟧"
- "⟦P|E. Adeyinka-Moore⟧, ⟦A|Lockleaze⟧ - best doctor I have seen this year"
- "Waiting for the pharmacy took 3 hours - not the doctor's fault."

Collated by: ⟦C|Sandra Tovey⟧, AMU administrator
Reviewed with clinical supervisor: ⟪Dr Graham Ellery⟫, 09/12/2024
""")

doc('h6-049', 'bed_management_email', AM, """
From: Southmead Site Management <⟦E|sitemanagement.southmead@nbt.example.nhs.uk⟧>
Sent: 14 January 2025 06:41
To: AMU Consultants; ⟪Qureshi, Hamza⟫
Subject: OPEL 4 - bed state 06:30 and outliers

Morning all,

Bed state 06:30: ED 54 patients, 21 decisions to admit, longest wait 31 h. AMU 0 beds. 12 medical outliers on surgical wards.

Bed bureau referrals still pending:
- ⟦O|BB-250114-0231⟧  Mr ⟦P|Gethin Fowler⟧, 71M, NHS ⟦N|5302287169⟧ - GP referral, chest pain, from Dr ⟦C|Anya Petrov⟧ at ⟦A|Horfield Health Centre⟧
- ⟦O|BB-250114-0235⟧  Mrs ⟦P|Saira Bano⟧, 64F - cellulitis failing oral antibiotics, lives in ⟦A|Bradley Stoke⟧, daughter driving her in
- ⟦O|BB-250114-0240⟧  Mr ⟦P|Kowalski⟧, 80M - GP Dr ⟦C|Lopes⟧, ?PE, ⟪Wells score 6⟫

Medical outliers on ⟪Ward 27a⟫: ⟦P|OKAFOR⟧ (⟪bed 4⟫) and ⟦P|SIMMS⟧ (⟪bed 9⟫) - AMU team to review first.

Could ⟪Dr Qureshi⟫ (SDEC lead today) please pull Mr ⟦P|Fowler⟧ straight to SDEC.

Thanks,
⟦C|Dionne Asamoah-Grant⟧
Site Manager | ⟦T|0117 496 0520⟧ | Bleep ⟦T|9112⟧
""")

doc('h6-050', 'letter_confirming_experience', AM, """
North Bristol NHS Trust - Office of the Medical Director

Our ref: ⟦REF|HR/MED/2025/0412⟧
Your ref: ⟦REF|PP-APP-118840⟧
⟪21 March 2025⟫

Registration and Revalidation Directorate
General Medical Council

Confirmation of employment and experience: ⟪Dr Hamza Qureshi⟫ (GMC ⟪7612390⟫)

I confirm that ⟪Dr Qureshi⟫ (employee number ⟦O|E10488213⟧) has been employed by North Bristol NHS Trust as a Specialty Doctor in Acute Medicine from 4 October 2021 to date, on a full-time contract of 10 programmed activities.

His job plan includes: the acute medical take (1 in 6 weekends, middle grade); Same Day Emergency Care, where he has been clinical lead since April 2023; the Acute GP Advice Line (⟦T|0117 496 0600⟧), which he set up with the GP liaison team in 2022; and teaching of foundation doctors.

From June 2023 to March 2024 he acted up as SDEC consultant lead during the absence of Dr ⟦C|Olusegun Bankole⟧, and was supervised in that role by the clinical lead, ⟪Dr Graham Ellery⟫.

There have been no concerns about his conduct or performance.

Yours faithfully,

⟪Dr Naomi Fairbairn⟫
Medical Director, GMC ⟦G|3498120⟧
PA: ⟦C|Trudy Hallett⟧, ⟦E|trudy.hallett@nbt.example.nhs.uk⟧
""")


def build():
    rows = []
    for d in DOCS:
        plain, spans = parse(d['src'])
        rows.append(dict(id=d['id'], kind=d['kind'], applicant=d['applicant'], text=plain,
                         identifiers=distinct_ids(spans), keep=distinct_keeps(spans)))
    return rows


if __name__ == '__main__':
    rows = build()
    with open(os.path.join(HERE, 'texts.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', len(rows), 'texts')
