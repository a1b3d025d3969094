# Hand-written synthetic documents, part A.  Markup: {{text|CODE}} (see markup.py).
# All people, numbers and addresses are invented.

DOCS = []


def doc(kind, applicant, src):
    DOCS.append({"kind": kind, "applicant": applicant, "src": src})


# ---------------------------------------------------------------- 1 formal clinic letter
doc("clinic_letter", "Dr Ewa Kowalczyk", """
{{Northbrook Hospitals NHS Foundation Trust|K}}
Department of Respiratory Medicine, {{Ashcombe General Hospital|K}}
Switchboard {{01632 960418|PH}}   Respiratory secretaries {{01632 960427|PH}}

Our ref: {{RESP/EK/24/0931|REF}}
Your ref: {{GP/HW/7781|REF}}

Dictated: 14/03/2024      Typed: 18/03/2024

{{Dr Helen Wardle|CN}}
{{Castlegate Medical Practice|AD}}
{{12 Tanners Row|AD}}
{{Wexley|AD}}
{{WX4 9QT|PC}}

Dear Dr {{Wardle|CN}},

Re: Mrs {{Rosalind Okafor|PN}}   DOB {{02/11/1948|K}}   NHS No {{943 476 5919|NHS}}   Hosp No {{AGH2281934|HN}}
{{Flat 3, 27 Marlow Court|AD}}, {{Wexley|AD}} {{WX7 2LB|PC}}

Diagnoses:
1. Chronic obstructive pulmonary disease, GOLD grade 3 ({{J44.9|K}})
2. Non-cystic fibrosis bronchiectasis, right lower lobe ({{J47|K}})
3. Frequent exacerbator phenotype - four courses of oral steroids in the last 12 months

Current medication:
{{Trimbow 87/5/9 micrograms|K}} two puffs twice daily
{{carbocisteine 375 mg|K}} two capsules three times daily
{{azithromycin 250 mg|K}} on Monday, Wednesday and Friday (started today)

I reviewed Mrs {{Okafor|PN}} in the respiratory clinic today. She was accompanied by her son {{Chinedu|RN}}, who now lives with her, and she told me that her neighbour Mrs {{Pauline Garside|RN}} has been doing her shopping since January because she can no longer manage the hill. Her {{MRC dyspnoea scale 4|K}} breathlessness is unchanged and her {{CAT score 24|K}} is similar to September.

Spirometry today: {{FEV1 0.98 L (42% predicted)|K}}, FVC 1.92 L, FEV1/FVC 0.51. Resting SpO2 93% on air. Sputum culture in February grew Haemophilus influenzae only; no Pseudomonas.

In line with {{NICE NG115|K}} I have started prophylactic azithromycin after a normal ECG (QTc 432 ms) and normal liver function. I would be grateful if you could arrange a repeat ECG in one month. I have referred her to pulmonary rehabilitation at the Priory Leisure Centre programme and asked the community respiratory team to review her inhaler technique at home.

I have explained the plan to Mrs {{Okafor|PN}} and {{Chinedu|RN}}, and I will see her again in three months with repeat spirometry.

Yours sincerely,



{{Dr Ewa Kowalczyk|K}}
Specialty Doctor in Respiratory Medicine
{{GMC 7650912|K}}

cc: Mrs {{R. Okafor|PN}} (patient)
""")

# ---------------------------------------------------------------- 2 EPR discharge summary
doc("discharge_summary", "Dr Tariq Mahmood Chaudhry", """
DISCHARGE SUMMARY ---- {{Riverside University Hospitals NHS Trust|K}}
=================================================================
Patient ........: {{ASHWORTH-PRYCE, William|PN}} (prefers "{{Bill|PN}}")
DOB ............: {{21/07/1939|K}} (84y)     Sex: {{Male|K}}
NHS number .....: {{401 023 2137|NHS}}
MRN ............: {{RUH0048812|HN}}
Address ........: {{The Old Forge, Lower Millbrook Lane|AD}}, {{Kelsby|AD}}, {{KE12 6RD|PC}}
Admitted .......: 03/02/2024 09:14 via ED     Discharged: 11/02/2024 15:40
Ward ...........: {{Ward 22 (Acute Medical Unit)|K}}, bed 14, then Beech Ward bed 6
Consultant .....: {{Dr T. M. Chaudhry|K}} (Acute Medicine)
Registered GP ..: Dr {{S. Balogun|CN}}, {{Holmfirth Road Surgery|AD}}, {{Kelsby|AD}} {{KE12 3AA|PC}}

PRIMARY DIAGNOSIS
  Community-acquired pneumonia, right lower lobe ({{J18.9|K}}), {{CURB-65 score 2|K}}
SECONDARY
  Acute kidney injury stage 2 ({{N17.9|K}}) - pre-renal, resolved
  Background: hypertension, type 2 diabetes (HbA1c 61 mmol/mol), {{Parkinson's disease|K}} (2019)

CLINICAL COURSE
Mr {{Ashworth-Pryce|PN}} presented with 4 days of productive cough, fever 38.9 C and confusion (AMT 6/10). CXR: right lower zone consolidation. {{CRP 287 mg/L|K}}, WCC 17.2, urea 18.4, creatinine {{212 umol/L|K}} (baseline 96). Treated with {{co-amoxiclav 1.2 g IV TDS|K}} plus clarithromycin 500 mg BD, IV fluids, and ramipril was held. {{Bill|PN}} improved steadily; switched to oral co-amoxiclav 625 mg TDS on day 4. Creatinine 118 on discharge. Co-beneldopa doses were given on time throughout (Get It On Time).

MEDICATION CHANGES
  STOPPED (temporarily): ramipril 5 mg OD - GP to restart if creatinine stable at 1 week
  NEW: co-amoxiclav 625 mg TDS to complete 7 days (last dose 10/02/2024 - completed)
  UNCHANGED: {{Madopar 125 mg|K}} QDS, metformin 500 mg BD, atorvastatin 20 mg ON

FOLLOW-UP / ACTIONS FOR GP
  - U&E in 1 week please
  - Repeat CXR in 6 weeks to confirm resolution
Next of kin: {{Margaret Ashworth-Pryce|RN}} (wife) tel {{07700 900214|PH}}; daughter {{Josie|RN}} ({{07700 900587|PH}}) to help at home for first week.

Completed by: {{Dr Tariq Chaudhry|K}}, Consultant Acute Physician, {{GMC 6152873|K}}
Electronically signed 11/02/2024 15:22
""")

# ---------------------------------------------------------------- 3 referral letter, neurology
doc("referral_letter", "Dr Priyanka Raghunathan", """
From: {{Dr Priyanka Raghunathan|K}}, Specialty Registrar (locum appointment for service), Acute Medicine
{{St Aldhelm's Hospital|K}}, {{Wessex Coast NHS Foundation Trust|K}}
To: Consultant Neurologist on call / Neurology Rapid Access Clinic, {{Southmead Neurosciences Centre|K}}
Date: 09/10/2023

Urgent referral - suspected first demyelinating event

Patient: Ms {{Summer Al-Rashid|PN}}, {{28-year-old|K}} woman, DOB {{16/05/1995|K}}
NHS {{6482093175|NHS}}  |  Unit no. {{SAH-774120|HN}}
Home: {{14 Gorse Hill Road|AD}}, {{Poole|AD}} {{BH14 8QL|PC}}  Mobile {{07700 900346|PH}}

Dear Colleague,

Thank you for seeing {{Summer|PN}}, a primary school teacher who attended our Same Day Emergency Care unit with 6 days of painful blurred vision in the left eye. On examination visual acuity was 6/36 left and 6/6 right, with a left relative afferent pupillary defect and red desaturation. Fundoscopy was normal. She also describes an episode of tingling in both feet for 3 weeks in 2021 which resolved without treatment, and {{Lhermitte's sign|K}} since August. There are no other neurological signs; {{EDSS 1.0|K}} on my estimate.

MRI brain with contrast (09/10/2023): multiple periventricular and juxtacortical T2 hyperintensities, one enhancing. Bloods including {{vitamin B12 412 ng/L|K}}, ANA, ACE and syphilis serology unremarkable.

I have discussed the working diagnosis of optic neuritis with possible relapsing-remitting multiple sclerosis ({{G35|K}}) and have not started steroids after discussion with your registrar, Dr {{Tom Ebdon|CN}}, who advised an urgent clinic appointment within 2 weeks instead. Ms {{Al-Rashid|PN}} knows to return if vision worsens. Her partner, {{Leon Mabry|RN}}, was present and would like to attend the clinic with her.

Please contact me via switchboard ({{01632 960155|PH}}) or bleep {{4417|PH}} if you need anything further.

With thanks,
{{Dr P. Raghunathan|K}}  ({{GMC 7481236|K}})
""")

# ---------------------------------------------------------------- 4 surgical handover with headers
doc("handover_list", "Dr Samuel Osei-Bonsu", """
GENERAL SURGERY HANDOVER - {{Ward 9 / Ward 10|K}} - Sat 17/06/2023 20:00
Handing over: {{S. Osei-Bonsu|K}} (Reg)   Receiving: Dr {{Mehreen Aslam|CN}} (night reg), FY1 {{Jack Thorley|CN}}
{{Hallamshire Vale Hospital|K}}

Bed   | Name                     | Age/Sex | Hosp No     | Dx / op                              | Jobs overnight
------+--------------------------+---------+-------------+--------------------------------------+------------------------------
9-02  | {{NAYLOR, Dawn|PN}}               | 52F     | {{HV3318204|HN}}   | Lap chole day 1, bile leak?          | Drain output 6-hrly; if >200 mL call reg
9-05  | {{PEMBERTON, Gerald|PN}}          | 77M     | {{HV1049937|HN}}   | SBO, NBM, NGT on free drainage       | {{Gastrografin|K}} at 22:00, AXR at 06:00
9-11  | {{KOWALSKI, Zofia|PN}}            | 34F     | {{HV5520174|HN}}   | Appendicitis, {{Alvarado 8|K}}         | Consented, 2nd on CEPOD list
10-01 | {{de la Cruz, Marisol|PN}}        | 41F     | {{HV6671105|HN}}   | Perianal abscess, I&D done           | Check pack out, discharge am
10-04 | {{MACLEOD, Hamish|PN}}            | 88M     | {{HV0293385|HN}}   | Hartmann's day 3, AKI                | Fluids, {{K+ 5.9|K}} recheck 23:00
10-07 | {{UDDIN, Rashida|PN}}             | 63F     | {{HV4410982|HN}}   | Pancreatitis, {{Glasgow-Imrie 3|K}}   | Lactate 2.1, repeat ABG 02:00

Notes:
- {{Dawn|PN}} ({{9-02|K}}) - husband {{Clive|RN}} very anxious, has been promised a call from the reg before midnight. Ward phone ext {{4402|PH}}.
- Mr {{Pemberton|PN}} DNACPR in place (ReSPECT form signed by Mr {{Abiodun|CN}} on 15/06).
- {{Hamish|PN}} gets agitated overnight; daughter {{Fiona Macleod|RN}} happy to be called any time on {{07700 900731|PH}}.
- Ms {{de la Cruz|PN}} speaks Spanish; interpreter booked 09:30.
- CEPOD: 1) laparotomy ED pt (Mr {{Ferreira-Lowe|PN}}, not yet on ward), 2) {{Kowalski|PN}} appendicectomy.

{{Dr Samuel Osei-Bonsu|K}}  {{GMC 7011284|K}}   Verified: Mr {{Ian Crabtree|K}}, Consultant Surgeon (Clinical Supervisor)
""")

# ---------------------------------------------------------------- 5 lowercase shorthand night handover
doc("handover_list", "Dr Grace Mwangi", """
nights -> days handover 02/09/24 (med reg {{grace mwangi|K}}, AMU + outliers)

amu
bed 3 {{frank delaney|PN}} 81m - ?sepsis urinary source, lactate 4.1 -> 1.8 after 2L, {{pip-taz 4.5g tds|K}}, bc x2 sent. son {{declan|RN}} on way in
bed 8 {{mrs okoro|PN}} 66f - dka, fixed rate insulin {{0.1 units/kg/hr|K}}, k+ 4.2 @0500, ketones 1.1 - needs switch to sc when eating. diabetes team aware
bed 12 "{{sandy|PN}}" ({{alexander reid|PN}}) 45m - alcohol withdrawal, {{ciwa-ar 18|K}}, chlordiazepoxide reducing regime, pabrinex. self-discharged last adm, keep close eye
side room 2 {{kai pritchard|PN}} 19m - paracetamol OD ~{{24 g|K}} staggered, nac started 22:10, {{inr 1.9|K}} at 04:00. psych liaison in am. mum {{lorraine|RN}} staying

outliers
ward 14 bed 2 {{mark ellery|PN}} 58m - nstemi, {{grace 142|K}}, for angio tuesday. fine overnight
ward 31 {{edith|PN}} ({{e. van der berg|PN}}) 92f - fall, #nof excluded, for tts. very deaf, her neighbour {{hettie|RN}} brings her hearing aids

jobs: chase {{frank delaney|PN}} bcs; {{kai|PN}} repeat inr/lfts 10:00; rv {{mrs okoro|PN}} k+ 10:00

gm ({{dr mwangi|K}} bleep {{2297|PH}})
""")

# ---------------------------------------------------------------- 6 ICU ward round note by bed
doc("ward_round_note", "Dr Dimitrios Papadopoulos", """
{{Critical Care Unit|K}}, {{Queen Eleanor Hospital|K}} - CONSULTANT WARD ROUND 07/01/2025 08:30
Present: Dr {{Fiona McAllister|CN}} (cons), {{Dr D. Papadopoulos|K}} (ICM fellow), {{Anya|CN}} (CCOT), {{Ben|CN}} (pharm), nurse in charge {{Rhiannon Price|CN}}

BED 4 - {{NKEMELU, Obiageli|PN}}  {{QEH8841207|HN}}  F 57   Day 3
Dx: severe pneumococcal pneumonia, septic shock, {{APACHE II 21|K}}
A: ETT 7.5 @ 22 cm, fentanyl/propofol, {{RASS -2|K}}
B: VC-AC, FiO2 0.45, PEEP 10, P/F 22 kPa, {{PaO2 9.8 kPa|K}}
C: {{noradrenaline 0.12 mcg/kg/min|K}} (down from 0.3), lactate 1.6
D: {{GCS 3T|K}} sedated, pupils equal
E: {{amoxicillin 1 g IV TDS|K}} (sensitive)
Plan: SBT tomorrow, wean norad, update husband {{Emeka|RN}} at 14:00 (he asked for Dr {{McAllister|CN}} specifically)

BED 7 - "Bed 7 lady" {{Mrs H.|PN}} - {{HORVATH, Hajnalka|PN}}  {{QEH2390014|HN}}  F 71   Day 9
Post emergency laparotomy (perforated diverticulum, Hartmann's procedure). Trache day 2, tolerating 2 h CPAP. AKI on CVVHDF, {{filtration rate 25 mL/kg/h|K}}. Hb 74, no bleeding, 1 unit RBC.
Family: son {{Bence|RN}} and daughter-in-law {{Kate Horvath|RN}} - family meeting Thursday 15:00 re ceiling of care.

BED 9 - {{Mr Lindqvist|PN}} ({{Per Lindqvist|PN}}, {{QEH6402238|HN}}), M 39, Day 1
TBI post RTC, {{GCS 8|K}} at scene, ICP bolt 18 mmHg, CPP 68. Neurosurgery (Mr {{Olawale|CN}}) happy, repeat CT if ICP >22. Police liaison officer PC {{Dean Hollis|CN}} asked for update - referred to consultant.

Entered by {{D. Papadopoulos|K}}, {{GMC 7265530|K}}, 11:05
""")

# ---------------------------------------------------------------- 7 ambulance / HEMS log
doc("ambulance_log", "Dr Hassan El-Sayed", """
EAST MIDLANDS AIR AMBULANCE - PATIENT CLINICAL RECORD (extract for portfolio)
Incident: {{CAD 240618-0517|REF}}       Callsign: HEMS 58      Date: 18/06/2024
Tasked 14:02  At scene 14:19  Left scene 15:01  At hospital 15:18 ({{Queen's Medical Centre|K}} MTC)
Scene: {{layby on the A614 north of Blidworth Bottoms|AD}}, grid ref {{SK 59321 56804|AD}}

Crew: {{Dr Hassan El-Sayed|K}} (HEMS doctor, {{GMC 6987340|K}}); CCP {{Gemma Stroud|CN}} (HCPC {{PA048812|GMC}}); pilot {{Rob|CN}}
Land crew on scene: {{Jaz Bhogal|CN}} & {{Tony Marsh|CN}}, EMAS DCA 5411

PATIENT: {{Brook Tennant|PN}}   DOB {{04/04/2002|K}}   M
ID from driving licence: {{TENNA904042B99XY|OID}}
Home address (per licence): {{22 Coppice View, Rainworth|AD}} {{NG21 0FP|PC}}

Mechanism: motorcyclist v HGV, approx 50 mph, helmet on, thrown ~10 m.
Primary survey: <C> nil. A: patent, talking. B: RR 32, SpO2 89% air, reduced air entry R, surgical emphysema R chest wall. C: HR 128, BP 88/54, pelvis binder applied by land crew. D: {{GCS 14 (E3 V5 M6)|K}}. E: open R tib/fib.
Interventions: R finger thoracostomy 14:31 with rush of air - SpO2 96%; {{1 g TXA|K}} IV 14:35; {{2 units of O-negative red cells|K}} + 2 units {{Octaplas|K}} (pre-hospital blood); ketamine {{20 mg IV|K}} analgesia; splinting.
{{Brook|PN}} told us his girlfriend {{Shannon|RN}} was expecting him home; police (PC {{4471|OID}} {{Gareth Lloyd|CN}}) agreed to inform her. Phone retrieved: {{07700 900952|PH}}.
Handover at MTC to trauma team leader Dr {{Ahmed Siddiqui|CN}} using ATMIST.

Debrief notes: decision to perform thoracostomy at roadside (vs needle) discussed; appropriate. Reviewed with Dr {{Claire Openshaw|K}}, HEMS Clinical Lead, who verified this record.
""")

# ---------------------------------------------------------------- 8 paediatric telephone advice log
doc("telephone_advice_log", "Dr Mariam Yusuf", """
Paediatric Assessment Unit - Open Access / Telephone Advice Log
{{Forth Valley Children's Unit|K}}            Page 3 of 7

Date      Time   Call no.  Caller / relationship        Child (age)                     Advice given                                         By
--------  -----  --------  ---------------------------  ------------------------------  ---------------------------------------------------  ----
12/12/23  19:42  {{TA-5581|REF}}   {{Funmilayo|RN}} (mum)              {{Hope Adeyemi-Clarke|PN}} (3y)           Fever 39.4 day 2, drinking, 4 wet nappies. No          {{MY|K}}
                             cb {{07700 900118|PH}}                                                  rash. Paracetamol {{15 mg/kg|K}} / ibuprofen {{10 mg/kg|K}}.
                                                                                                     Safety-net per {{NICE NG143|K}} traffic light. Re-call
                                                                                                     if worse. Open access 48h.
12/12/23  21:15  {{TA-5583|REF}}   {{Mr Jaswinder Gill|RN}} (dad)         {{Arjun Gill|PN}} (7m), open access     Vomiting x5, 1 wet nappy today. Advised to come in    MY
                             cb {{07700 900460|PH}}                 CHI {{2304234417|NHS}}                  now - seen 21:50, 6% dehydrated, NG rehydration.
12/12/23  23:03  {{TA-5586|REF}}   Nurse {{Collette|CN}}, GP OOH ({{ext 2219|PH}})   {{Lily-Mae Crawford|PN}} (14d)           Neonate, temp 38.1. Must be seen: sent in, full         MY
                                                                                                     septic screen, {{cefotaxime 50 mg/kg|K}}.
13/12/23  00:37  {{TA-5590|REF}}   {{Hope|PN}}'s mum again ({{Funmilayo|RN}})  as above                         Now drowsy, mottled - advised 999. Arrived 01:10,       MY
                                                                                                     {{PEWS 6|K}}, sepsis 6 given. (see PAU notes)

Signed: {{Dr M. Yusuf|K}} (page {{3 of 7|K}}), ST-equivalent specialty doctor, {{GMC 7123489|K}}
Counter-signed as accurate: {{Dr Niall Gourlay|K}}, Consultant Paediatrician (educational supervisor)
""")

# ---------------------------------------------------------------- 9 emotional complaint letter from daughter
doc("complaint_letter", "Dr Farah Naz Qureshi", """
{{4 Brackenfield Close|AD}}
{{Sowerby Bridge|AD}}
{{HX6 2TN|PC}}
{{07700 900663|PH}}
{{janine.holroyd62@btinternet.com|EM}}

{{3rd May 2024|K}}

The Complaints Manager
{{Patient Advice and Liaison Service|K}}
{{Calder Royal Infirmary|K}}

Your ref {{PALS/24/1187|REF}}

Dear Sir/Madam

I am writing to make a formal complaint about the care my Dad, {{Kenneth Holroyd|PN}} (known to everyone as {{Ken|PN}}, date of birth {{19/09/1944|K}}, hospital number {{K3390217|HN}}), received in your {{Emergency Department|K}} on {{26th and 27th April|K}}.

Dad was brought in by ambulance at about 6pm with chest pain and we did not see a doctor until nearly 3am. A young doctor called Dr {{Sunny|CN}} (I didnt get his surname, he had a Liverpool accent) examined him and said it was probably indigestion. When I asked about his heart he said the trop something was "only a bit up". Nobody explained anything to Mum ({{Maureen|RN}}) who is {{79|K}} and was sat on a plastic chair all night.

In the morning a different doctor, {{Dr Qureshi|K}}, came and was very kind and did explain that Dad had had a heart attack (an {{NSTEMI|K}} she called it) and that he needed to go to the cardiac ward. But I want to know why it took {{9 hours|K}} for someone to see him and why the first doctor didnt look at the blood test properly. Dad had a {{stent|K}} put in on the Tuesday at {{Leeds General Infirmary|K}} and is now home.

I also want to complain about the nurse, I think her name was {{Tracey|CN}} or {{Stacey|CN}}, who told my brother {{Gary|RN}} to "stop hovering" when he asked for a blanket for Dad.

I would like a meeting with the consultant in charge. I can be reached on my mobile above or email.

Yours faithfully

{{Janine Holroyd|RN}} (Mrs)
(daughter of {{Kenneth Holroyd|PN}})
""")

# ---------------------------------------------------------------- 10 formal complaint response
doc("complaint_response", "Mr Rajesh Kumar Venkataraman", """
{{Severn Marches Healthcare NHS Trust|K}}
Office of the Chief Executive
Our ref: {{COMP-2023-0412|REF}}      Datix ref: {{C/61207|REF}}

Private and confidential
Mr {{Desmond Achterberg|RN}}
{{Willow Barn, Cound Lane|AD}}
{{Cressage|AD}}
{{SY5 6AJ|PC}}

27 November 2023

Dear Mr {{Achterberg|PN}}

Complaint regarding the care of your wife, Mrs {{Ineke Achterberg|PN}}

Thank you for your letter of 12 October 2023 raising concerns about the care Mrs {{Achterberg|PN}} received on Ward 7 at {{Royal Shrewsbury Hospital|K}} following her laparoscopic right hemicolectomy on 2 October 2023. I am sorry that her recovery was so difficult and for the distress this has caused you and your family. Your concerns have been investigated by {{Mr Rajesh Venkataraman|K}}, Associate Specialist in Colorectal Surgery, who was not involved in her care until 6 October. His findings are set out below.

1. Delay in recognising the anastomotic leak
Mrs {{Achterberg|PN}} developed a tachycardia of 118 and a raised {{CRP of 246 mg/L|K}} on day 3. The {{NEWS2 score of 5|K}} was escalated by the nursing staff at 22:40 but she was not reviewed by the on-call surgical registrar, Dr {{Callum Rees|CN}}, until 04:15. This was longer than the 1 hour standard in our deteriorating patient policy. A CT scan at 09:30 confirmed a leak, and she returned to theatre the same day for an ileostomy.

2. Communication with the family
You told us that your daughter, Ms {{Femke Achterberg|RN}}, telephoned the ward four times on 5 October and was not called back. The ward manager, Sister {{Joanne Whitcombe|CN}}, has apologised and has introduced a call-back log.

3. Actions
- The case was discussed at the surgical Morbidity and Mortality meeting on 9 November 2023.
- An incident has been reported ({{Datix W188634|REF}}) and Dr {{Rees|CN}} has reflected on the delay with his educational supervisor.
- {{Mr Venkataraman|K}} has delivered teaching on post-operative anastomotic leak to all surgical juniors.

If you would like to meet {{Mr Venkataraman|K}} and the Divisional Director, please contact the Complaints Team on {{01632 960201|PH}} or at {{sath.complaints@nhs.net|EM}}. If you remain unhappy you may contact the {{Parliamentary and Health Service Ombudsman|K}}.

Yours sincerely

{{Dr Mirela Constantin|CN}}
Deputy Chief Executive, on behalf of the Chief Executive

Investigation carried out by: {{Mr R. K. Venkataraman|K}} MBBS MS FRCS, {{GMC 6843317|K}}
""")

# ---------------------------------------------------------------- 11 coroner statement
doc("coroner_statement", "Dr Chidinma Okonkwo", """
IN THE MATTER OF AN INQUEST TOUCHING THE DEATH OF
{{MAUREEN PATRICIA DOYLE-FITZGERALD|PN}}

HM Coroner for the Area of {{West Yorkshire (Eastern)|K}}
Coroner's reference: {{WYE/0833/2024|REF}}
Coroner's officer: {{Mr Paul Hebden|CN}}, {{0113 496 0771|PH}}

STATEMENT OF {{DR CHIDINMA OKONKWO|K}}
Specialty Doctor in Geriatric Medicine, {{Airedale Vale Hospital|K}}
GMC number {{7406658|K}}

1. I make this statement at the request of the Coroner. I have referred to the medical notes of Mrs {{Doyle-Fitzgerald|PN}} (hospital number {{AV1102994|HN}}, NHS number {{486 221 7403|NHS}}) in preparing it. I qualified MBBS from the {{University of Nigeria, Nsukka|K}} in 2011 and have worked in the UK since 2018.

2. Mrs {{Doyle-Fitzgerald|PN}}, who was {{87 years old|K}}, was admitted to {{Ward 4 (Care of the Elderly)|K}} on 14 March 2024 with a fall at her home, {{31 Shipley Fold|AD}}, {{Baildon|AD}}. She had a history of atrial fibrillation on {{apixaban 2.5 mg twice daily|K}}, chronic kidney disease stage 3b and Alzheimer's disease.

3. I first saw her at 10:20 on 15 March on the consultant ward round led by Dr {{Martin Sedgwick|CN}}. She had a {{Clinical Frailty Scale score of 6|K}}. Her {{Glasgow Coma Scale|K}} was 15/15 and she had no focal neurology. A CT head performed on admission, reported by Dr {{Anjali Menon|CN}} (radiology), showed no acute bleed.

4. At 02:50 on 17 March the night FY1, Dr {{Oliver Grant|CN}}, was called because Mrs {{Doyle-Fitzgerald|PN}} had become drowsy ({{GCS 11|K}}). He requested a repeat CT head, which showed an acute-on-chronic subdural haematoma. Apixaban was withheld and {{andexanet alfa|K}} was discussed with the haematology registrar, Dr {{Siew Ling Tan|CN}}. The neurosurgical team at {{Leeds General Infirmary|K}} advised that she was not a candidate for surgery.

5. I spoke to her son, Mr {{Brendan Doyle|RN}}, and her niece, Ms {{Orla Fitzgerald|RN}}, at 09:00 on 17 March. They confirmed that their mother had told them she would not want invasive treatment. Care was focused on comfort and she died at 21:35 that evening with {{Brendan|RN}} present.

6. In my opinion the medical cause of death was 1a Acute-on-chronic subdural haematoma, 1b Fall, 2 Atrial fibrillation on anticoagulation; Alzheimer's disease.

I believe that the facts stated in this witness statement are true.

Signed: {{C. Okonkwo|K}}            Date: 02/05/2024
""")

# ---------------------------------------------------------------- 12 police MG11 statement
doc("police_statement", "Dr Li Wei Zhang", """
RESTRICTED (when complete)                                                MG11
WITNESS STATEMENT
Criminal Procedure Rules, r. 16.2; {{Criminal Justice Act 1967|K}}, s. 9; {{Magistrates' Courts Act 1980|K}}, s.5B

URN: {{42/NC/01937/23|REF}}           Crime ref: {{NC-23-117402|REF}}

Statement of: {{ZHANG Li Wei|K}}
Age if under 18: Over 18      Occupation: Doctor (Specialty Doctor, Emergency Medicine)

This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief ...

Signature: {{L W Zhang|K}}                 Date: 23/11/2023

I am a registered medical practitioner ({{GMC 7598831|K}}) employed at the {{Norfolk and Norwich University Hospital|K}}. On Saturday 18th November 2023 I was working in the Emergency Department when at approximately 01:40 I assessed a woman I now know to be {{Kayleigh Ann BRIGGS|PN}}, born {{11/02/1997|K}} (hospital number {{N2240071|HN}}).

Ms {{BRIGGS|PN}} told me that her former partner, whom she named as {{Dean SHARROCK|RN}}, had come to her flat at {{Flat 6, Ketts Court, Thorpe Hamlet|AD}} and punched her several times to the face and kicked her once in the ribs. She said that her sister {{Jade|RN}} had called 999.

On examination I found a 3 cm laceration above the left eyebrow, bilateral periorbital haematomas, tenderness over the left 9th and 10th ribs, and bruising to the left forearm consistent with a defensive injury. Her {{Glasgow Coma Scale score was 15|K}}. A CT of the facial bones showed an undisplaced left orbital floor fracture; a chest X-ray showed no pneumothorax. I closed the laceration with five {{5-0 Prolene|K}} sutures. I took photographs with her consent using the department medical photography camera (images stored under reference {{MP-18112023-0044|OID}}).

Ms {{Briggs|PN}} appeared frightened and asked me not to tell {{Sharrock|RN}}'s family where she was. I completed a DASH risk assessment with the IDVA, {{Marcia Oduya|CN}}, which scored 17 (high risk), and a MARAC referral was made. PC {{Ellie Sturgess|CN}} (collar {{2286|OID}}) was present when I examined her and took her initial account.

Witness contact details: c/o {{Emergency Department, NNUH|K}}, tel {{01632 960286|PH}}.
Signature: {{L W Zhang|K}}    Signature witnessed by: PC {{E. Sturgess|CN}}
""")

# ---------------------------------------------------------------- 13 Datix incident
doc("incident_report_datix", "Dr Ana Lúcia Ferreira", """
DATIX WEB - INCIDENT REPORT (DIF1)   ID: {{DW-2023-48213|REF}}   Status: Closed - finally approved
Reported: 22/08/2023 16:05   Approved: 30/08/2023
Organisation: {{Mersey & Wirral Teaching Hospitals NHS FT|K}}  Site: {{Arrowe Park Hospital|K}}  Location (exact): {{Ward 35, bay C, bed 4|K}}

Incident date/time: 22/08/2023 06:10
Category: Medication > Administration > Omitted dose
Severity: {{Low harm|K}}       Result: Patient safety incident - reached patient

Person affected: Patient   Name: {{Mr Tadeusz Wróbel|PN}}   DOB: {{03/10/1951|K}}   Gender: {{Male|K}}
Hospital No: {{APH/771203|HN}}   NHS No: {{7214498302|NHS}}

Description (what happened?):
Patient on Ward 35 with known type 1 diabetes. Long-acting insulin {{Levemir 18 units|K}} (prescribed 22:00) was not given on 21/08 because the prescription was written on the "once only" section by the admitting FY2 ({{Dr K. Amankwah|CN}}) and was not seen by night staff. At 06:10 CBG 24.6 mmol/L, ketones 3.4 - treated as DKA per JBDS guideline, FRIII started. Reviewed by medical registrar {{Ana Lúcia Ferreira|K}} at 06:35. Patient ("{{Teddy|PN}}" to staff) stable, ketones cleared by 14:00.

Immediate action taken: FRIII, fluids, senior review, family informed (wife {{Halina|RN}} by phone {{0151 496 0334|PH}}).

Reporter: Staff Nurse {{Bethany Kirwan|CN}}, Band 5 ({{NMC 19H2203E|GMC}})  Reporter e-mail: {{bethany.kirwan@nhs.net|EM}}
Handler: {{Dr Ana Lúcia Ferreira|K}} (medical lead for diabetes inpatient safety)
Investigation findings: prescribing error plus failure of cross-check at handover. Learning shared at {{Medicine Safety Huddle|K}} 29/08; electronic prescribing template changed.
Linked records: {{DW-2023-47790|REF}} (similar, ward 34)
Finally approved by: {{Dr Ferreira|K}}, {{GMC 7712094|K}}
""")
