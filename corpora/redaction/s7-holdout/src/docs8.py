DOCS = []
def D(kind, applicant, text):
    DOCS.append((kind, applicant, text))

D("lab_results", "Dr Oluwaseun Adeyemi-Cole", """\
ICE - CUMULATIVE RESULTS REPORT          {{Northgate General Hospital}} Pathology
Patient: [[OYELARAN-SMITH, Temitope|P]]   MRN [[K2251790|H]]   NHS [[713 908 4426|N]]   DOB {{14/02/1963}}  {{Sex M}}ale
Requesting clinician: {{ADEYEMI-COLE O}} ({{7123456}})    Location: {{AMU}}

Accession     Collected          Test        Result   Units     Ref range
[[25H118273|O]]     {{23/01/25 06:10}}     Na          {{128}}      mmol/L    133-146
[[25H118273|O]]     {{23/01/25 06:10}}     K           {{6.1}} H    mmol/L    3.5-5.3
[[25H118273|O]]     {{23/01/25 06:10}}     Creat       {{402}} H    µmol/L    59-104
[[25C044019|O]]     {{23/01/25 06:10}}     CRP         {{187}} H    mg/L      <5
[[25M009921|O]]     {{23/01/25 07:45}}     Blood cult  {{Gram-negative bacilli}}  -  -
Comment: Phoned to Dr [[Ikenna Obi|C]] FY1 at 08:02 by BMS [[R. Jaskólski|C]] (ext [[5532|T]]).
Next of kin (from PAS): [[Adunni Oyelaran-Smith|R]] (wife), [[01632 960 455|T]]""")

D("radiology_report", "Dr Javier de la Fuente Ortega", """\
RADIOLOGY REPORT - {{Frimley Park Hospital}}
Exam: {{MRI prostate (multiparametric)}}     Accession: [[FPH-RAD-25-0918832|O]]     Modality {{MR 3T}}
Patient: [[O'ROURKE-FITZGERALD, BARTHOLOMEW|P]]   Hosp [[FPH 0398217|H]]   DOB {{08/08/1957}}   M
Referrer: {{Mr J de la Fuente Ortega}} (Urology, GMC {{7664410}})
Clinical: {{PSA 8.4}}, DRE nodular right.

Findings: {{PI-RADS v2.1}}: {{4}} lesion, right peripheral zone mid-gland, {{12 mm}}, ADC {{780}}. No EPE. Seminal vesicles clear. No pelvic lymphadenopathy.
Conclusion: {{PI-RADS 4}}. Recommend targeted transperineal biopsy.

Reported by: Dr [[Kalinda Perera|C]], Consultant Radiologist (GMC [[6119823|G]])   Verified 28/10/2025 11:14
Secretary queries: [[radiology.sec@frimley.example.nhs.uk|E]]""")

D("family_meeting_dnacpr", "Dr Kwabena Owusu-Ansah", """\
FAMILY MEETING RECORD - {{Royal Berkshire Hospital}}, {{Sidmouth Ward}} quiet room, {{09/04/2025}} 15:00
Patient: Mr [[Wong Kwok-Keung|P]] ("Uncle [[Keung|P]]"), {{88}}, hosp no [[RBH0784410|H]]
Present: {{Dr K. Owusu-Ansah}} (consultant, GMC {{7801147}}); SN [[Ting Ting Lau|C]] (also interpreted Cantonese); daughter [[Wong Mei Ling|R]] ("[[Mei|R]]"); son-in-law [[Gordon Yip|R]]; grandson [[Ethan Wong|R]] (on speaker from Hong Kong (UK mobile), [[+44 7700 900852|T]])

Discussion: Mr [[Wong|P]] has {{end-stage heart failure}} ({{NYHA IV}}, {{EF 15%}}) and {{CKD 4}}. Explained that CPR would not work. Family initially upset - [[Mei|R]] felt "the hospital is giving up". After discussion, agreed {{DNACPR}} and {{ReSPECT}} ({{comfort-focused}}). Family's wish: to have Father [[Dominic Chan|C]]... (hospital chaplain) visit.
Actions: {{furosemide infusion}} stopped; {{morphine 2.5 mg SC PRN}}; GP Dr [[Nkem Chukwuma|C]] to be informed.

Recorded by {{KOA}}""")

D("interpreter_clinic_note", "Dr Chen Wei-Ling", """\
PRE-OPERATIVE ASSESSMENT CLINIC - {{Royal Cornwall Hospital}} - 17/02/2025
Anaesthetist: {{Dr Chen Wei-Ling}} (GMC {{7709215}})
Patient: [[Vasyl Kovalenko|P]]  ({{51}}M)  RCH [[RCH-1129864|H]]   NHS [[423 090 7765|N]]
Interpreter (Ukrainian): [[Oksana Melnyk|C]], Big Word booking [[BW-0227183|REF]]
Accompanied by wife [[Olena|R]] and daughter [[Sofiia|R]] ("[[Sonia|R]]")
Address: [[Flat 1, 6 Lemon Street|A]], [[Truro|A]] [[TR1 2LS|PC]]

Planned: {{laparoscopic cholecystectomy}} (Mr [[Pascoe|C]]).
Hx: {{OSA (STOP-BANG 6)}}, {{BMI 38}}, {{HbA1c 58}}, on {{metformin 1 g BD}}, {{gliclazide 80 mg}}. Previous GA in Kharkiv, "difficult to wake".
Plan: {{CPAP}} to theatre; {{VRIII}} per {{JBDS}}; {{sugammadex}} available; {{Mallampati 3}}.
Wife's mobile for day-of-surgery contact: [[07700 900264|T]].
{{WLC}}""")

D("clinic_note_arabic_names", "Dr Hamza Al-Qureshi", """\
COMMUNITY MENTAL HEALTH TEAM (WEST) - OUTPATIENT REVIEW
Clinician: {{Dr H. Al-Qureshi}}, Consultant Psychiatrist (GMC {{7520461}})   Date: 20/08/2025
Patient: [[Abdul Rahman bin Khalid Al-Farsi|P]] (prefers "[[Abu Yusuf|P]]")   DOB {{12/12/1970}}   RiO [[1190233|H]]
Present: patient, wife [[Umm Yusuf|R]] ([[Mariam Al-Balushi|R]]), Arabic interpreter [[Nour El-Din Haddad|C]]

Mr [[Al-Farsi|P]] has {{PTSD}} ({{ICD-10 F43.1}}) and {{moderate depressive episode}} ({{PHQ-9 17}}, {{GAD-7 15}}). Nightmares persist on {{sertraline 150 mg}}. Added {{prazosin 1 mg}} nocte, titrate. Referred to trauma-focused CBT (psychologist Dr [[Layla Abdel-Rahim|C]]).
He asks that his cousin [[Saeed Al-Farsi|R]] not be given information.
Risk: no current SI. Safety plan reviewed. Crisis line given.
Next review 8 weeks. Letter to GP Dr [[Farida Yousef|C]], [[Chapeltown Road|A]], [[LS7 3AP|PC]].
{{HAQ}}""")

D("clinic_letter_west_african", "Dr Oluwaseun Adeyemi-Cole", """\
{{Northgate General Hospital}} - {{Haematology Day Unit}}
Clinic: {{Dr Oluwaseun Adeyemi-Cole}} (Locum Consultant, GMC {{7123456}})

To: Dr [[Adwoa Asantewaa Boateng|C]], [[Peckham Rye Practice|A]], [[SE15 4JR|PC]]
Date 03/06/2025

Re: [[Chukwuemeka Okonkwo|P]] ("[[Emeka|P]]")  DOB {{21/03/1996}}  NHS [[559 301 8824|N]]  MRN [[K2264418|H]]

Diagnosis: {{sickle cell anaemia (HbSS)}}; {{3 admissions}} this year with {{vaso-occlusive crisis}}; one {{acute chest syndrome}} (ICU, Jan 2025).
Current: {{hydroxycarbamide 1 g}} OD, {{folic acid 5 mg}} OD, {{penicillin V 250 mg}} BD. {{HbF 18%}}, {{Hb 86 g/L}}.

I saw [[Emeka|P]] with his mother, Mrs [[Ngozi Okonkwo|R]], and his partner [[Abena Owusu|R]], who is 14 weeks pregnant; we discussed partner testing (her genotype {{HbAS}}). Referred to Dr [[Yaw Darko-Mensah|C]] for a {{red cell exchange}} programme.
Please continue prescribing. {{Dr Adeyemi-Cole}}
cc Mr [[Okonkwo|P]], [[Flat 12, Bellenden House|A]], [[SE15 5BB|PC]]""")
