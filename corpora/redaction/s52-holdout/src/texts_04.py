# Hand-typed documents s52-045 .. s52-058
# Applicants: Dr Rafael Montoya Ibáñez (old age psychiatry), Dr Shreya Baliga (neonatology)

DOCS = []

DOCS.append(dict(
id="s52-045", kind="memory_clinic_letter", applicant="Dr Rafael Montoya Ibáñez",
text="""Norfolk and Suffolk NHS Foundation Trust
Older People's Community Mental Health Team - Memory Assessment Service (Norwich)
Hellesdon Hospital

Our ref: RMI/MAS/24/0198      RiO: 1004827731      NHS No: 148 455 7492
Clinic: 22/01/2024

Dr Philippa Brundall
Thorpe Village Practice, Norwich

Dear Dr Brundall

Re: Mr Reginald "Reg" Tuttle-Loveday, DOB 03/05/1940
    "The Willows", 9 Yarmouth Lane, Thorpe St Andrew, Norwich NR7 0HW

Diagnosis: Alzheimer's disease, mixed with vascular component (F00.2) - mild to moderate
Assessment: ACE-III 64/100 (attention 14/18, memory 11/26, fluency 6/14, language 20/26, visuospatial 13/16). MMSE 21/30. CT head (11/12/2023): generalised atrophy, moderate small vessel disease (Fazekas 2), no infarct.
Reg came with his wife, Mrs Daphne Tuttle-Loveday, and their son Nigel, who is an LPA for property and finance. Daphne describes 2 years of repeating questions and getting lost driving to Wroxham. Reg has recently been sending money to a "friend" he met online - see safeguarding referral sent today (our ref SA/NSFT/24/0311).

Plan:
1. Donepezil 5 mg nocte for 4 weeks, then 10 mg nocte if tolerated (ECG: HR 68, QTc 432 ms, no conduction defect).
2. He has agreed to stop driving; we will inform the DVLA if he does not (explained).
3. Dementia Support Worker (Alisha Greengrass) to visit; carer's assessment for Daphne.
4. Review in memory clinic in 3 months.

Yours sincerely

Dr Rafael Montoya Ibáñez
Specialty Doctor, Old Age Psychiatry
Supervising consultant: Dr Bernadette Keogh
""",
ids=[("RMI/MAS/24/0198","REFERENCE_NUMBER"),("1004827731","HOSPITAL_NUMBER"),("148 455 7492","NHS_NUMBER"),("Philippa Brundall","COLLEAGUE_NAME"),
     ("Dr Brundall","COLLEAGUE_NAME"),("Reginald \"Reg\" Tuttle-Loveday","PATIENT_NAME"),("Reg","PATIENT_NAME"),("The Willows","ADDRESS"),
     ("9 Yarmouth Lane, Thorpe St Andrew, Norwich","ADDRESS"),("NR7 0HW","POSTCODE"),("Daphne Tuttle-Loveday","RELATIVE_NAME"),
     ("Daphne","RELATIVE_NAME"),("Nigel","RELATIVE_NAME"),("SA/NSFT/24/0311","REFERENCE_NUMBER"),("Alisha Greengrass","COLLEAGUE_NAME")],
keep=["Dr Rafael Montoya Ibáñez","Dr Bernadette Keogh","03/05/1940","Alzheimer's disease","F00.2","ACE-III 64/100","MMSE 21/30","Fazekas 2",
      "Donepezil 5 mg nocte","QTc 432 ms","DVLA","Hellesdon Hospital"],
))

DOCS.append(dict(
id="s52-046", kind="best_interests_minutes", applicant="Dr Rafael Montoya Ibáñez",
text="""BEST INTERESTS MEETING - Mental Capacity Act 2005, s.4
Decision: Place of residence on discharge from Julian Hospital (Rosemary Ward)
Person: Mrs Winifred Ashby-Colman, 86, DOB 17/10/1937, RiO 1003359188
Date: 14/06/2023, 14:00, Rosemary Ward meeting room (Teams link for family)
Chair / decision maker: Dr R Montoya Ibáñez (responsible clinician's delegate), with Dr B Keogh (Consultant) present

Attendees: Gemma Harrold (social worker, Norfolk County Council, ref NCC-ASC-771902); Pradeep Nair (IMCA, POhWER); Staff Nurse Kirsty Eade; OT Luca Ferrante; daughter Mrs Joanne Pike (via Teams); son Mr Adrian Ashby-Colman (in person)

Capacity: assessed 07/06/2023 (Dr Montoya Ibáñez) - lacks capacity to decide where to live (cannot retain or weigh information about her falls risk and night-time wandering). Documented on RiO.
Her wishes: Mrs Ashby-Colman has said repeatedly "I want to go home to Ernie" - her late husband. She enjoys the ward garden and the piano.
Options considered:
 a) Home (12 Marlpit Road, Hellesdon) with 4 calls/day - OT view: unsafe at night, 3 falls in 4 weeks, gas cooker
 b) 24-h live-in carer - funding not available; family cannot fund
 c) EMI residential care near Joanne (Aylsham)
Views: Adrian favours home with more support; Joanne and IMCA favour option (c). Least restrictive option that is safe: (c), trial of 8 weeks with review. DoLS application (urgent authorisation) to be made by the home.

Outcome: Option (c) in her best interests. Dissent of Adrian recorded; he was informed of the right to apply to the Court of Protection.
Minutes: Kirsty Eade. Approved: Dr Bernadette Keogh 16/06/2023
""",
ids=[("Winifred Ashby-Colman","PATIENT_NAME"),("1003359188","HOSPITAL_NUMBER"),("Gemma Harrold","COLLEAGUE_NAME"),("NCC-ASC-771902","REFERENCE_NUMBER"),
     ("Pradeep Nair","COLLEAGUE_NAME"),("Kirsty Eade","COLLEAGUE_NAME"),("Luca Ferrante","COLLEAGUE_NAME"),("Joanne Pike","RELATIVE_NAME"),
     ("Adrian Ashby-Colman","RELATIVE_NAME"),("Mrs Ashby-Colman","PATIENT_NAME"),("Ernie","RELATIVE_NAME"),("12 Marlpit Road, Hellesdon","ADDRESS"),
     ("Joanne","RELATIVE_NAME"),("Adrian","RELATIVE_NAME")],
keep=["Mental Capacity Act 2005, s.4","Julian Hospital","Rosemary Ward","17/10/1937","Dr R Montoya Ibáñez","Dr Montoya Ibáñez",
      "Dr B Keogh","Dr Bernadette Keogh","DoLS","Court of Protection","IMCA","POhWER"],
))

DOCS.append(dict(
id="s52-047", kind="foreign_discharge_with_translation", applicant="Dr Rafael Montoya Ibáñez",
text="""HOSPITAL UNIVERSITARI I POLITÈCNIC LA FE - VALÈNCIA
Servicio de Psiquiatría - Unidad de Hospitalización Psiquiátrica (Psicogeriatría)
INFORME DE ALTA

Paciente: Dña. Remedios Catalá Ferrer          Fecha de nacimiento: 21/09/1941      Sexo: Mujer
NHC: 00438817      SIP: 1829 3344 71      DNI: 19874521K
Domicilio: C/ de la Reina 57, pta. 4, 46011 València      Teléfono de contacto (hija, Amparo): 600 000 471
Fecha de ingreso: 03/02/2017     Fecha de alta: 24/02/2017

Motivo de ingreso: Episodio depresivo grave con síntomas psicóticos (F32.3), ideas delirantes de ruina; rechazo de la ingesta.
Evolución: Se inicia sertralina 50 mg, aumentada a 100 mg/día, y olanzapina 5 mg/noche. 6 sesiones de terapia electroconvulsiva (TEC) bilateral, con buena respuesta. GDS-15 al alta: 5. MMSE 27/30.
Tratamiento al alta: sertralina 100 mg/día; olanzapina 2,5 mg/noche; control en USM de Malvarrosa (Dr. Vicent Llorens) en 2 semanas.

Médico residente: Dr. Rafael Montoya Ibáñez     Médico adjunto: Dra. Pilar Sanchis Berenguer (firma y verifica)

--- Translation into English (translated by the applicant; accuracy certified by Dr Pilar Sanchis Berenguer) ---
LA FE UNIVERSITY AND POLYTECHNIC HOSPITAL, VALENCIA - Department of Psychiatry - Psychogeriatric inpatient unit
DISCHARGE REPORT
Patient: Mrs Remedios Catalá Ferrer    Date of birth: 21/09/1941    Sex: Female
Medical record no. (NHC): 00438817    Regional health card (SIP): 1829 3344 71    National ID (DNI): 19874521K
Address: C/ de la Reina 57, door 4, 46011 València    Contact telephone (daughter, Amparo): 600 000 471
Admitted 03/02/2017, discharged 24/02/2017
Reason for admission: severe depressive episode with psychotic symptoms (F32.3), nihilistic delusions of ruin; refusing food.
Course: sertraline 50 mg started, increased to 100 mg/day, olanzapine 5 mg at night. 6 sessions of bilateral ECT with good response. GDS-15 at discharge 5; MMSE 27/30.
Discharge medication: sertraline 100 mg/day; olanzapine 2.5 mg at night; follow-up at Malvarrosa community mental health unit (Dr Vicent Llorens) in 2 weeks.
Resident: Dr Rafael Montoya Ibáñez    Consultant: Dr Pilar Sanchis Berenguer (signing and verifying)
""",
ids=[("Remedios Catalá Ferrer","PATIENT_NAME"),("00438817","HOSPITAL_NUMBER"),("1829 3344 71","HOSPITAL_NUMBER"),("19874521K","OTHER_ID"),
     ("C/ de la Reina 57, pta. 4, 46011 València","ADDRESS"),("C/ de la Reina 57, door 4, 46011 València","ADDRESS"),("Amparo","RELATIVE_NAME"),
     ("600 000 471","PHONE"),("Vicent Llorens","COLLEAGUE_NAME")],
keep=["21/09/1941","Mujer","Female","Dr. Rafael Montoya Ibáñez","Dr Rafael Montoya Ibáñez","Dra. Pilar Sanchis Berenguer","Dr Pilar Sanchis Berenguer",
      "F32.3","sertralina 50 mg","olanzapine 2.5 mg","GDS-15","MMSE 27/30","HOSPITAL UNIVERSITARI I POLITÈCNIC LA FE"],
))

DOCS.append(dict(
id="s52-048", kind="progress_notes_export", applicant="Dr Rafael Montoya Ibáñez",
text="""RiO - Progress notes (filtered: medical) - Client: FROST, Leonard William - RiO ID 1002210964 - NHS 191 093 0571 - DOB 12/12/1944
Team: OPCMHT Norwich North. Care coordinator: Dean Mattocks (CPN). Printed by: Montoya Ibanez, Rafael (Dr)

08/08/2023 10:30  Medical review - home visit  (Dr R Montoya Ibanez, with CPN D. Mattocks)
Seen at home, 3 Heartsease Close, Norwich NR7 9QT. Wife Maureen present throughout. Background: Lewy body dementia (DLB) dx 2021, visual hallucinations (children in the garden, not distressing until last 2/52; now frightened, barricading door). Parkinsonism: mild bradykinesia, no falls. MoCA 15/30. 
Risk: to self - low; to others - low-moderate (pushed Maureen on 04/08 when "the men" came). Safeguarding: discussed with Maureen, she feels safe; will ring 111 option 2 if worse.
Plan: avoid antipsychotics if possible (DLB, sensitivity). Increase rivastigmine patch 4.6 mg/24h -> 9.5 mg/24h. If still distressing in 2/52 consider quetiapine 12.5 mg nocte after discussion with Dr Keogh. Physical health: ECG ok, U&E ok 02/08.

22/08/2023 14:00  Telephone - Maureen Frost
Hallucinations less frightening; Len sleeping better. No further aggression. Skin under patch red - rotate site. CPN visit Thursday.

05/09/2023 09:45  MDT - Dr B Keogh (Consultant), Dr R Montoya Ibanez, Dean Mattocks, OT Fran Bellamy, neurology SpR Dr Parkinson (joined by Teams)
Parkinson's disease dementia vs DLB discussed - timing of cognitive symptoms (before motor) favours DLB. Agreed: no antipsychotic. Carer support via Norfolk Carers Matter (ref CM-55120).
""",
ids=[("FROST, Leonard William","PATIENT_NAME"),("1002210964","HOSPITAL_NUMBER"),("191 093 0571","NHS_NUMBER"),("Dean Mattocks","COLLEAGUE_NAME"),
     ("D. Mattocks","COLLEAGUE_NAME"),("3 Heartsease Close, Norwich","ADDRESS"),("NR7 9QT","POSTCODE"),("Maureen","RELATIVE_NAME"),
     ("Maureen Frost","RELATIVE_NAME"),("Len","PATIENT_NAME"),("Fran Bellamy","COLLEAGUE_NAME"),("Dr Parkinson","COLLEAGUE_NAME"),("CM-55120","REFERENCE_NUMBER")],
keep=["Montoya Ibanez, Rafael (Dr)","Dr R Montoya Ibanez","Dr Keogh","Dr B Keogh","12/12/1944","Lewy body dementia","MoCA 15/30",
      "rivastigmine patch 4.6 mg/24h","9.5 mg/24h","quetiapine 12.5 mg nocte","111 option 2","Parkinson's disease dementia","Parkinsonism"],
))

DOCS.append(dict(
id="s52-049", kind="safeguarding_referral", applicant="Dr Rafael Montoya Ibáñez",
text="""NORFOLK ADULT SOCIAL SERVICES - Safeguarding Adults Concern (professional)
Concern ref: SA/NSFT/24/0311        Date: 22/01/2024
Raised by: Dr Rafael Montoya Ibáñez, Memory Assessment Service, NSFT  (tel 01632 960 330, rafael.montoya@nsft.example.nhs.uk)
Adult at risk: Reginald Tuttle-Loveday, 83, DOB 03/05/1940, NHS 148 455 7492
Address: The Willows, 9 Yarmouth Lane, Thorpe St Andrew NR7 0HW
Care and support needs: Alzheimer's disease (ACE-III 64), lives with wife (Daphne, 80) who is his carer

Type of abuse suspected: Financial (scam / "romance fraud") and possible coercion
Details: Mr Tuttle-Loveday reports sending £14,500 by bank transfer since October 2023 to "Lena", a woman he met on Facebook, to pay for her "visa". His son (Nigel Tuttle-Loveday, LPA property & finance, tel 07700 900541) discovered the transfers last week and has informed the bank (NatWest fraud ref FRD-8842-0199-K). Reg lacks capacity regarding these transfers (assessment today). He was upset and said "she needs me".
Person's views (Making Safeguarding Personal): wants to keep "talking to Lena" but does not want to lose the family's money.
Immediate safety: LPA activated; bank has placed a block. Police (Action Fraud) report made by son: NFRC240101338.
Consent: not required (lacks capacity, best interests); family aware.
""",
ids=[("SA/NSFT/24/0311","REFERENCE_NUMBER"),("01632 960 330","PHONE"),("rafael.montoya@nsft.example.nhs.uk","EMAIL"),
     ("Reginald Tuttle-Loveday","PATIENT_NAME"),("148 455 7492","NHS_NUMBER"),("The Willows, 9 Yarmouth Lane, Thorpe St Andrew","ADDRESS"),
     ("NR7 0HW","POSTCODE"),("Daphne","RELATIVE_NAME"),("Mr Tuttle-Loveday","PATIENT_NAME"),("Lena","RELATIVE_NAME"),
     ("Nigel Tuttle-Loveday","RELATIVE_NAME"),("07700 900541","PHONE"),("FRD-8842-0199-K","REFERENCE_NUMBER"),("Reg","PATIENT_NAME"),
     ("NFRC240101338","REFERENCE_NUMBER")],
keep=["Dr Rafael Montoya Ibáñez","03/05/1940","Alzheimer's disease","ACE-III 64","£14,500","Making Safeguarding Personal","Action Fraud"],
))

DOCS.append(dict(
id="s52-050", kind="supervision_assessments_export", applicant="Dr Rafael Montoya Ibáñez",
text="""RCPsych Portfolio Online - Assessments completed by me as assessor (export 30/04/2024)
Assessor: Dr Rafael Montoya Ibáñez (Specialty Doctor, OPCMHT Norwich)   Countersigned by clinical supervisor: Dr Bernadette Keogh

No | Date       | Trainee                    | Grade | Trainee GMC | Tool       | Case (as entered)                                  | Outcome
1  | 11/09/2023 | Dr Temitope Adeleke-Vance  | CT2   | 7712405     | CBD        | 79F, delirium vs BPSD, care home                    | Meets
2  | 02/10/2023 | Dr Harriet Goodbody        | FY2   | 7801937     | Mini-ACE   | capacity assessment for DNACPR (pt Mr W.G.)         | Meets
3  | 16/11/2023 | Dr Temitope Adeleke-Vance  | CT2   | 7712405     | ACE        | new memory assessment, MoCA 19                      | Above
4  | 08/01/2024 | Dr Yusuf Karakaya          | ST4   | 7655091     | DONCS      | supervising CT1 in clinic                           | Meets
5  | 21/03/2024 | Dr Harriet Goodbody        | FY2   | 7801937     | CBD        | late-onset psychosis, Mrs E.O'R., RiO 1004772810    | Below - repeat

Comments on no. 5: Harriet had not considered hearing loss or Charles Bonnet syndrome; we discussed the Royal College guidance on late-onset psychosis. Re-do planned May.
""",
ids=[("Temitope Adeleke-Vance","COLLEAGUE_NAME"),("7712405","GMC_NUMBER"),("Harriet Goodbody","COLLEAGUE_NAME"),("7801937","GMC_NUMBER"),
     ("W.G.","PATIENT_NAME"),("Yusuf Karakaya","COLLEAGUE_NAME"),("7655091","GMC_NUMBER"),("E.O'R.","PATIENT_NAME"),("1004772810","HOSPITAL_NUMBER"),
     ("Harriet","COLLEAGUE_NAME")],
keep=["Dr Rafael Montoya Ibáñez","Dr Bernadette Keogh","Charles Bonnet syndrome","MoCA 19","79F","BPSD","11/09/2023"],
))

DOCS.append(dict(
id="s52-051", kind="tribunal_report_ocr", applicant="Dr Rafael Montoya Ibáñez",
text="""[OCR - scanned report, 2 pages, some recognition errors]
FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER) MENTAL HEALTH
RESP0NSIBLE CLINICIAN'S REP0RT - SECTI0N 2 MENTAL HEALTH ACT 1983

Tribunal ref: MP/2O23/18744          Hearing date: 3O/1O/2O23
Patient: Mr Kevin Blythe-0akes        Date of birth: 14/O4/1952
Hospita1: Julian Hospital, Bowthorpe Road, Norwich NR2 3TD (Cedar Ward)
RiO: 1OO5O19283

Author: Dr R. Montoya Ibanez on behalf of Dr B. Keogh (RC), Old Age Psychiatry

1. Mr B1ythe-Oakes is 71. He was detained under section 2 on 2O/1O/2O23 after his neighbour, Mrs Dorcas Ha11am, found him wandering on the A47 at 02.00 in his pyjamas, shouting that his wife (deceased 2O21) was trapped in the house.
2. Mental disorder: delirium superimposed on probable dementia; possible late-onset bipolar disorder (manic episode). YMRS 24 on admission.
3. He has refused bloods and the CT head; his sister, Miss Eileen Blythe-Oakes (nearest relative), supports detention.
4. In my view the nature and degree of his mental disorder warrant detention for assessment; he would not stay informally (he tried to leave 3 times, restrained once - see incident 1NC-77415).

Signed: R. Montoya Ibanez        Countersigned: Dr B. Keogh  27/1O/2O23
""",
ids=[("MP/2O23/18744","REFERENCE_NUMBER"),("Kevin Blythe-0akes","PATIENT_NAME"),("Bowthorpe Road, Norwich","ADDRESS"),("NR2 3TD","POSTCODE"),
     ("1OO5O19283","HOSPITAL_NUMBER"),("B1ythe-Oakes","PATIENT_NAME"),("Dorcas Ha11am","RELATIVE_NAME"),("Eileen Blythe-Oakes","RELATIVE_NAME"),
     ("1NC-77415","REFERENCE_NUMBER")],
keep=["MENTAL HEALTH ACT 1983","14/O4/1952","Julian Hospital","Cedar Ward","Dr R. Montoya Ibanez","R. Montoya Ibanez","Dr B. Keogh","YMRS 24",
      "section 2","71"],
))

# ---------------- Dr Shreya Baliga, neonatology ----------------

DOCS.append(dict(
id="s52-052", kind="nicu_discharge_summary", applicant="Dr Shreya Baliga",
text="""Liverpool Women's NHS Foundation Trust - Neonatal Unit
NEONATAL DISCHARGE SUMMARY (BadgerNet)

Baby: Baby boy Oluwadamilare ADEBISI-CROFT ("Dami")    Sex: Male
DOB: 04/07/2023 at 02:17     NHS No: 763 114 4052     Hospital No: LWH N2304417
Mother: Folasade Adebisi-Croft, DOB 28/03/1992, hospital no LWH 1098842, NHS 299 258 2123
Father: Matthew Croft      Address: 6 Ullet Walk, Aigburth, Liverpool L17 3BT     Phone: 0151 496 0628
GP: Dr Anand Iyer-Mathers, Lark Lane Surgery      Health visitor: Joanne Macready (Toxteth HV team)

Gestation at birth: 27+3 weeks   Birth weight: 980 g (50th centile)   Apgar 4 (1 min), 8 (5 min)
Discharge: 13/09/2023 at corrected gestation 37+6 weeks, weight 2,410 g
Consultant: Dr Oluwaseun Adebayo-Clarke     Summary by: Dr S Baliga (Neonatal Grid-equivalent Clinical Fellow)

Problems
- RDS: surfactant (poractant alfa 200 mg/kg) x2 via LISA; ventilated 3 days; CPAP to 30+2; BPD - nil oxygen at discharge
- PDA: small, no treatment, closed on echo 21/08
- ROP: stage 2 zone II (no plus) right eye - resolving, next screen 20/09/2023 with Mr Gautam
- Suspected NEC day 12: 7 days NBM and IV antibiotics (no surgery, Bell stage IIA)
- Head USS: bilateral grade I IVH, no PVL
Discharge medications: Dalivit 0.6 mL OD, sodium feredetate (Sytron) 1 mL BD
Immunisations: 8-week vaccines given 29/08/2023
Follow-up: neonatal clinic 6 weeks (Dr Adebayo-Clarke); ROP clinic; Bayley-III at 2 years corrected; RSV prophylaxis (nirsevimab) given.
""",
ids=[("Oluwadamilare ADEBISI-CROFT","PATIENT_NAME"),("Dami","PATIENT_NAME"),("763 114 4052","NHS_NUMBER"),("LWH N2304417","HOSPITAL_NUMBER"),
     ("Folasade Adebisi-Croft","RELATIVE_NAME"),("LWH 1098842","HOSPITAL_NUMBER"),("299 258 2123","NHS_NUMBER"),("Matthew Croft","RELATIVE_NAME"),
     ("6 Ullet Walk, Aigburth, Liverpool","ADDRESS"),("L17 3BT","POSTCODE"),("0151 496 0628","PHONE"),("Anand Iyer-Mathers","COLLEAGUE_NAME"),
     ("Joanne Macready","COLLEAGUE_NAME"),("Mr Gautam","COLLEAGUE_NAME")],
keep=["04/07/2023","28/03/1992","Male","27+3 weeks","980 g","Apgar 4 (1 min), 8 (5 min)","Dr Oluwaseun Adebayo-Clarke","Dr Adebayo-Clarke",
      "Dr S Baliga","poractant alfa 200 mg/kg","Bell stage IIA","stage 2 zone II","grade I IVH","Dalivit 0.6 mL OD","nirsevimab","Bayley-III"],
))

DOCS.append(dict(
id="s52-053", kind="transport_referral", applicant="Dr Shreya Baliga",
text="""NWTS / Cheshire & Merseyside Neonatal Network - Cot Bureau & Transport referral (call log)
Cot bureau ID: CB-NW-23-11582     Call time: 14/11/2023 22:41     Transport team: NWTS (ANNP Hollie Maguire)
Referring unit: Liverpool Women's Hospital NICU - referrer Dr Shreya Baliga (registrar), ext 4120
Receiving unit: Alder Hey Children's Hospital - surgical NICU (accepted by Dr Krzysztof Nowicki, surgical reg Miss Beatrice Onwuachi)

Baby: Baby girl ELLERBY, 2 days old, born 12/11/2023, 38+1 weeks, BW 3,220 g, LWH N2311906
Mother: Katie Ellerby (19), accompanying; partner Josh Tennant to drive.
Reason: bilious vomiting x3, distended abdomen; AXR - double bubble? -> ?malrotation with volvulus - TIME CRITICAL
Obs at call: HR 168, RR 52, SpO2 97% in air, BP 58/34 (mean 44), CRT 3 s, BG 3.8, lactate 2.9
Actions: NBM, Replogle tube on free drainage (24 mL bile in 2 h), 10% dextrose 60 mL/kg/day, benzylpenicillin 50 mg/kg BD + gentamicin 5 mg/kg, 2 cannulas
Departure 23:35, arrival Alder Hey 23:58. Laparotomy - malrotation with volvulus, Ladd's procedure, bowel viable.
""",
ids=[("CB-NW-23-11582","OTHER_ID"),("Hollie Maguire","COLLEAGUE_NAME"),("4120","PHONE"),("Krzysztof Nowicki","COLLEAGUE_NAME"),
     ("Beatrice Onwuachi","COLLEAGUE_NAME"),("Baby girl ELLERBY","PATIENT_NAME"),("LWH N2311906","HOSPITAL_NUMBER"),("Katie Ellerby","RELATIVE_NAME"),
     ("Josh Tennant","RELATIVE_NAME")],
keep=["Dr Shreya Baliga","12/11/2023","38+1 weeks","BW 3,220 g","benzylpenicillin 50 mg/kg BD","gentamicin 5 mg/kg","10% dextrose 60 mL/kg/day",
      "Ladd's procedure","Alder Hey Children's Hospital","lactate 2.9","2 days old"],
))

DOCS.append(dict(
id="s52-054", kind="foreign_experience_letter", applicant="Dr Shreya Baliga",
text="""THE COOMBE HOSPITAL
Cork Street, Dublin 8, D08 XW7X
Department of Neonatology

14 October 2021
Our ref: NNU/HR/2021/0772

To whom it may concern

Re: Dr Shreya Baliga - Medical Council of Ireland reg. no. 421173

I confirm that Dr Baliga was employed as a Neonatal Registrar (Specialist Registrar grade) at The Coombe from 12 July 2019 to 10 October 2021 on a 1-in-7 tier-2 rota covering a 30-cot tertiary NICU (about 8,000 deliveries a year).

During this time she attended over 400 deliveries as team leader, performed 31 umbilical line insertions, 47 intubations (including 19 of infants < 28 weeks) and 9 chest drains, and managed the therapeutic hypothermia pathway for 14 infants with HIE (Sarnat stage 2-3).

One case she managed stands out: MRN 21/004417, a 24+5 week infant (twin II, mother Ms Aoife Ní Bhriain, PPS 7654321TA) with tension pneumothorax at 2 hours of age; Dr Baliga inserted a needle decompression and then a chest drain, and the baby survived to discharge without severe IVH. She also led the CPAP-on-the-labour-ward QI project with ANNP Siobhán Gallagher-Reddy.

She is a safe, calm and well-liked colleague. Please contact me through the Coombe switchboard (+353 1 555 0173) or at m.dolan-ryan@coombe.example.ie if you need further information.

Dr Mairéad Dolan-Ryan FRCPI
Consultant Neonatologist and Clinical Director (signing referee)
""",
ids=[("Cork Street, Dublin 8, D08 XW7X","ADDRESS"),("NNU/HR/2021/0772","REFERENCE_NUMBER"),("21/004417","HOSPITAL_NUMBER"),
     ("Aoife Ní Bhriain","RELATIVE_NAME"),("7654321TA","OTHER_ID"),("Siobhán Gallagher-Reddy","COLLEAGUE_NAME"),("+353 1 555 0173","PHONE"),
     ("m.dolan-ryan@coombe.example.ie","EMAIL")],
keep=["Dr Shreya Baliga","Dr Baliga","421173","Dr Mairéad Dolan-Ryan","THE COOMBE HOSPITAL","24+5 week","Sarnat stage 2-3","14 October 2021","31"],
))

DOCS.append(dict(
id="s52-055", kind="resuscitation_debrief", applicant="Dr Shreya Baliga",
text="""Hot debrief - delivery suite room 7 - 02/02/2024 04:20 (TALK tool)  - notes by Dr S. Baliga (team leader)
Present: Dr S. Baliga (reg), Dr Ethan Marwood (SHO), ANNP Priti Chandegra, midwife Gwen Lloyd-Jenkins, anaesthetist Dr Hooper, student midwife Eilidh

Case: Term baby (Baby of Natasha O'Rourke, LWH N2402288), emergency caesarean for cord prolapse. Born 03:51, floppy, no respiratory effort, HR < 60.
NLS: 5 inflation breaths, 30 s ventilation breaths, HR still < 60 -> chest compressions 3:1 at 2 min; UVC by me at 6 min; adrenaline 20 micrograms/kg IV at 7 min; HR > 100 at 9 min. Cord gas pH 6.88, BE -17. Therapeutic hypothermia started (cooling criteria A and B met - aEEG moderately abnormal).

What went well: prompt call for help; Gwen brought the resuscitaire light on; UVC set out early (Priti).
What could be improved: delay getting the second bag-valve-mask; Ethan unsure of compression:ventilation ratio; dad (Sean) was left alone in the corridor for 10 minutes - midwife coordinator to assign someone to family at every arrest.
Actions: laminated NLS algorithm on both resuscitaires; SHO sim session (owner: SB); Datix LWH-2024-00917 for equipment issue.
""",
ids=[("Ethan Marwood","COLLEAGUE_NAME"),("Priti Chandegra","COLLEAGUE_NAME"),("Gwen Lloyd-Jenkins","COLLEAGUE_NAME"),("Dr Hooper","COLLEAGUE_NAME"),
     ("Eilidh","COLLEAGUE_NAME"),("Baby of Natasha O'Rourke","PATIENT_NAME"),("Natasha O'Rourke","RELATIVE_NAME"),("LWH N2402288","HOSPITAL_NUMBER"),
     ("Gwen","COLLEAGUE_NAME"),("Priti","COLLEAGUE_NAME"),("Ethan","COLLEAGUE_NAME"),("Sean","RELATIVE_NAME"),("LWH-2024-00917","REFERENCE_NUMBER")],
keep=["Dr S. Baliga","SB","adrenaline 20 micrograms/kg IV","pH 6.88","BE -17","3:1","NLS","TALK tool","room 7"],
))

DOCS.append(dict(
id="s52-056", kind="perinatal_mm_minutes", applicant="Dr Shreya Baliga",
text="""Perinatal Morbidity & Mortality Meeting - Liverpool Women's Hospital - 19/04/2024
Chair: Dr O. Adebayo-Clarke (Neonatal Clinical Lead)    Minutes: Dr S. Baliga

Case 1 (PMRT review 84720): Baby "T.W.", born 23+6 weeks after spontaneous preterm labour, died day 4 (grade IV IVH, redirection of care). Mother (Mrs Wharton, 31) had attended triage twice (09/03 and 10/03) with tightenings; fFN not done on first attendance (midwife Carla Bixby documented 'Braxton Hicks'). Antenatal steroids given 6 h before birth (incomplete course), MgSO4 given, no antenatal transfer (no cot at a Level 3 unit - bed bureau ID NNBB-5519).
Grading (PMRT): care issues that may have made a difference to outcome (C). Parents' questions: answered by Dr Adebayo-Clarke in meeting 15/04; bereavement midwife Hannah Riordan supporting.

Case 2: Term baby, HIE after shoulder dystocia (HSIB/MNSI ref MI-031457). Baby "F.K." (LWH N2403350) cooled 72 h; MRI day 5 normal. Family (parents Faye and Kristian) complained about communication on night 1 - obstetric registrar Dr Vasquez-Lind did not update them for 7 hours.
Learning: Duty of candour letter to be sent within 10 working days; neonatal reg to update parents within 1 h of admission (SB to write guideline).

Attendance: 27 (obstetrics, neonatology, midwifery, anaesthesia).
""",
ids=[("84720","REFERENCE_NUMBER"),("T.W.","PATIENT_NAME"),("Mrs Wharton","RELATIVE_NAME"),("Carla Bixby","COLLEAGUE_NAME"),("NNBB-5519","OTHER_ID"),
     ("Hannah Riordan","COLLEAGUE_NAME"),("MI-031457","REFERENCE_NUMBER"),("F.K.","PATIENT_NAME"),("LWH N2403350","HOSPITAL_NUMBER"),
     ("Faye","RELATIVE_NAME"),("Kristian","RELATIVE_NAME"),("Dr Vasquez-Lind","COLLEAGUE_NAME")],
keep=["Dr O. Adebayo-Clarke","Dr Adebayo-Clarke","Dr S. Baliga","SB","23+6 weeks","grade IV IVH","MgSO4","Braxton Hicks","PMRT","72 h","19/04/2024"],
))

DOCS.append(dict(
id="s52-057", kind="foreign_logbook_ocr", applicant="Dr Shreya Baliga",
text="""[OCR of photocopied logbook pages - Kasturba Medical College Hospital, Manipal - NICU]
KASTURBA H0SPITAL, MANIPAL - DEPARTMENT OF PAEDIATRICS (NE0NAT0L0GY)
Resident's procedure log - Dr. Shreya Ba1iga (DM Neonatology resident) - 2016-2O18
Certified true copy: Dr. K. Srinivasa Upadhya, Professor & HOU, Neonatology

Sl | Date      | IP No.       | Baby / mother              | GA/BW        | Procedure                       | Supervision
1  | O3/O2/2O17 | IP17-O2281  | B/O Savitha Shetty         | 29 wk/1.12 kg | Surfactant (INSURE)              | Observed
2  | 11/O2/2O17 | IP17-O2917  | B/O Rukhsana Begum         | 32 wk/1.6O kg | UVC + UAC                        | Independent
3  | 27/O3/2O17 | IP17-O5140  | B/O Deepa Kamath (twin I)  | 26 wk/O.79 kg | Intubation (ETT 2.5)             | Independent
4  | O5/O4/2O17 | IP17-O5533  | Baby Arjun P.               | term/3.2 kg   | Exchange transfusion (bili 27.3) | Supervised
5  | 19/O6/2O17 | IP17-O88O4  | B/O Mangala Naik           | 34 wk/2.O5 kg | Lumbar puncture                  | Independent
...
Total: UVC 44, UAC 21, intubations 63, exchange transfusions 6, LP 52
Contact (for verification): neonatology office, ph O820 29 11O47
""",
ids=[("IP17-O2281","HOSPITAL_NUMBER"),("Savitha Shetty","RELATIVE_NAME"),("IP17-O2917","HOSPITAL_NUMBER"),("Rukhsana Begum","RELATIVE_NAME"),
     ("IP17-O5140","HOSPITAL_NUMBER"),("Deepa Kamath","RELATIVE_NAME"),("IP17-O5533","HOSPITAL_NUMBER"),("Arjun P.","PATIENT_NAME"),
     ("IP17-O88O4","HOSPITAL_NUMBER"),("Mangala Naik","RELATIVE_NAME"),("O820 29 11O47","PHONE")],
keep=["Dr. Shreya Ba1iga","Dr. K. Srinivasa Upadhya","KASTURBA H0SPITAL, MANIPAL","29 wk/1.12 kg","ETT 2.5","bili 27.3","INSURE","intubations 63"],
))

DOCS.append(dict(
id="s52-058", kind="wpba_hat_export", applicant="Dr Shreya Baliga",
text="""RCPCH Kaizen - Handover Assessment Tool (HAT)
Trainee: Dr Shreya Baliga    GMC: 7650082    Level: ST6-equivalent (portfolio pathway)
Assessor: Dr Oluwaseun Adebayo-Clarke, Consultant Neonatologist    Assessor GMC: 6241870
Date: 27/11/2023, 08:30 morning handover, Neonatal Unit seminar room

Handover content (as presented by trainee, 24 cots, summary of 6 intensive care babies):
- Cot 1: Baby Ruby McAllister, 25+2, day 6, HFOV MAP 14, FiO2 0.38, hydrocortisone for BPD prevention? - discussed
- Cot 2: Twin 1 Hussain (Ayaan), 30+4, day 2, CPAP 6, jaundice SBR 198 under phototherapy threshold 210
- Cot 3: Twin 2 Hussain (Zayn), 30+4, day 2, LISA x1, off CPAP - high flow 5 L
- Cot 4: Baby Lily-Mae Corkhill, 36+0, HIE cooling 48/72 h, seizures x2 on aEEG - phenobarbital 20 mg/kg loaded
- Cot 5: Baby Okonjo (boy), 40+2, ?sepsis GBS mother, CRP 68 -> LP pending
- Cot 6: Baby Iga Wiśniewska, 28+1, day 30, NEC watch; parents want Polish interpreter for ward round (dad Piotr)

Assessor feedback: Structured (SBAR per cot), prioritised Cot 4 and Cot 1 correctly. Good escalation plan for Cot 5. Shreya should state pending results and owners explicitly. Overall: Meets expectations for level.
""",
ids=[("6241870","GMC_NUMBER"),("Ruby McAllister","PATIENT_NAME"),("Hussain (Ayaan)","PATIENT_NAME"),("Hussain (Zayn)","PATIENT_NAME"),
     ("Lily-Mae Corkhill","PATIENT_NAME"),("Okonjo","PATIENT_NAME"),("Iga Wiśniewska","PATIENT_NAME"),("Piotr","RELATIVE_NAME")],
keep=["Dr Shreya Baliga","7650082","Dr Oluwaseun Adebayo-Clarke","Shreya","Cot 1","25+2","HFOV MAP 14","FiO2 0.38","SBR 198","phenobarbital 20 mg/kg",
      "CRP 68","27/11/2023"],
))
