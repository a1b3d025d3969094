from common import *

APPLICANT = "Dr Olena Kravchenko"

DOCS = [
dict(id="ho-059", kind="translated_discharge_epicrisis", text="""ОРИГИНАЛ (русский язык)
КНП «Областная клиническая психиатрическая больница № 3», г. Харьков
ВЫПИСНОЙ ЭПИКРИЗ № 1187
Больной: Гончаренко Артём Викторович, 1986 г.р., мужской пол
Медицинская карта стационарного больного № 4521/19
Адрес: г. Харьков, ул. Пушкинская, д. 54, кв. 12
Находился на лечении в отделении № 7 (судебно-психиатрическое) с 11.03.2019 по 30.08.2019 по определению Киевского районного суда г. Харькова, дело № 640/8812/18.
Диагноз: параноидная шизофрения, непрерывный тип течения (F20.00 по МКБ-10).
Лечение: рисперидон 6 мг/сут, затем галоперидол деканоат 100 мг в/м 1 раз в 4 недели.
Мать больного, Гончаренко Людмила Петровна, информирована.
Лечащий врач: Кравченко Е. В.          Заведующий отделением: Мирошниченко Г. А.

CERTIFIED TRANSLATION (English)
Communal Non-Profit Enterprise "Regional Clinical Psychiatric Hospital No. 3", Kharkiv
DISCHARGE EPICRISIS No. 1187
Patient: Honcharenko Artem Viktorovych, born 1986, male
Inpatient medical record No. 4521/19
Address: Kharkiv, Pushkinska Street, building 54, flat 12
Treated in Department No. 7 (forensic psychiatric) from 11.03.2019 to 30.08.2019 by order of the Kyivskyi District Court of Kharkiv, case No. 640/8812/18.
Diagnosis: paranoid schizophrenia, continuous course (F20.00, ICD-10).
Treatment: risperidone 6 mg/day, then haloperidol decanoate 100 mg IM every 4 weeks.
The patient's mother, Honcharenko Liudmyla Petrivna, has been informed.
Treating doctor: Kravchenko O. V.          Head of department: Miroshnychenko H. A.
Translator: Iryna Shevchuk-Bond, sworn translator; translation reg. no. ISB-2023-0417.
""",
identifiers=[("1187", REF), ("Гончаренко Артём Викторович", PN), ("4521/19", HN), ("г. Харьков, ул. Пушкинская, д. 54, кв. 12", AD),
             ("640/8812/18", REF), ("Гончаренко Людмила Петровна", RN), ("Honcharenko Artem Viktorovych", PN),
             ("Kharkiv, Pushkinska Street, building 54, flat 12", AD), ("Honcharenko Liudmyla Petrivna", RN), ("ISB-2023-0417", REF)],
keep=["Областная клиническая психиатрическая больница № 3", "1986 г.р.", "мужской пол", "отделении № 7", "11.03.2019", "F20.00",
      "рисперидон 6 мг/сут", "галоперидол деканоат 100 мг", "Кравченко Е. В.", "Мирошниченко Г. А.", "Regional Clinical Psychiatric Hospital No. 3",
      "born 1986, male", "Department No. 7", "risperidone 6 mg/day", "haloperidol decanoate 100 mg", "Kravchenko O. V.",
      "Miroshnychenko H. A.", "ICD-10", "Iryna Shevchuk-Bond"]),

dict(id="ho-060", kind="translated_expert_report", text="""ОРИГИНАЛ:
ЗАКЛЮЧЕНИЕ АМБУЛАТОРНОЙ СУДЕБНО-ПСИХИАТРИЧЕСКОЙ ЭКСПЕРТИЗЫ № 212
Харьков, 16.10.2020
Подэкспертная: Савчук Ирина Олеговна, 1994 г.р.
Уголовное производство № 12020220480001337
Следователь: ст. лейтенант полиции Бондарь Д. С.
Эксперты: Кравченко Е. В. (докладчик), Мирошниченко Г. А.
Выводы: в период инкриминируемого деяния страдала острым полиморфным психотическим расстройством (F23.1), не могла осознавать свои действия и руководить ими. Рекомендованы принудительные меры медицинского характера.

TRANSLATION:
OUTPATIENT FORENSIC PSYCHIATRIC EXPERT REPORT No. 212
Kharkiv, 16.10.2020
Examinee: Savchuk Iryna Olehivna, born 1994
Criminal proceedings No. 12020220480001337
Investigator: Senior Police Lieutenant Bondar D. S.
Experts: Kravchenko O. V. (rapporteur), Miroshnychenko H. A.
Conclusions: at the time of the alleged act she suffered from acute polymorphic psychotic disorder (F23.1) and could not understand or control her actions. Compulsory medical measures are recommended.
(Translation: I. Shevchuk-Bond, reg. no. ISB-2023-0418)
""",
identifiers=[("№ 212", REF), ("No. 212", REF), ("Савчук Ирина Олеговна", PN), ("12020220480001337", REF), ("Бондарь Д. С.", CN),
             ("Savchuk Iryna Olehivna", PN), ("Bondar D. S.", CN), ("ISB-2023-0418", REF)],
keep=["16.10.2020", "1994 г.р.", "Кравченко Е. В.", "Мирошниченко Г. А.", "F23.1", "born 1994", "Kravchenko O. V.",
      "Miroshnychenko H. A.", "I. Shevchuk-Bond"]),

dict(id="ho-061", kind="tribunal_report", text="""FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER) - MENTAL HEALTH
RESPONSIBLE CLINICIAN'S REPORT (written by Dr O. Kravchenko, Specialty Doctor, on behalf of the RC)
Tribunal case number: MP/2025/04412        Hospital: Reaside Clinic, Birmingham (medium secure)
Patient: Mr Jermaine Adebisi-Clarke   DOB: 02/02/1991   Male   RiO number: 80045127   NHS: 732 441 0968
Detention: section 37/41 Mental Health Act 1983 (hospital order with restrictions), imposed Birmingham Crown Court 2019 (indictment T20187733)
Ward: Tamarind Ward (pre-discharge)

Index offence: wounding with intent (s.18 Offences Against the Person Act 1861) against a stranger while psychotic.
Diagnosis: paranoid schizophrenia (F20.0); cannabis use disorder in sustained remission in a controlled environment.
Treatment: clozapine 400 mg/day (level 0.48 mg/L), attending psychology (HCR-20 v3 formulation completed by Dr Nasrin Keshavarz, psychologist), OT.
Risk: HCR-20 v3 - moderate risk of violence in community, reducing. 28 unescorted community leaves without incident.
Family: his sister, Ms Abena Adebisi, visits weekly and will support him.
Recommendation: conditional discharge to 24-hour supported accommodation (Hollybank House), subject to MoJ MHCS agreement.

Dr O. Kravchenko, 10/03/2025 - countersigned by RC Dr Hugh Tremlett, Consultant Forensic Psychiatrist
""",
identifiers=[("MP/2025/04412", REF), ("Mr Jermaine Adebisi-Clarke", PN), ("80045127", HN), ("732 441 0968", NHS), ("T20187733", REF),
             ("Dr Nasrin Keshavarz", CN), ("Ms Abena Adebisi", RN), ("Hollybank House", AD)],
keep=["Dr O. Kravchenko", "Reaside Clinic", "02/02/1991", "Male", "section 37/41 Mental Health Act 1983", "Tamarind Ward",
      "Offences Against the Person Act 1861", "F20.0", "clozapine 400 mg/day", "0.48 mg/L", "HCR-20 v3", "10/03/2025",
      "Dr Hugh Tremlett", "Birmingham Crown Court"]),

dict(id="ho-062", kind="meeting_minutes", text="""MAPPA LEVEL 2 MEETING - MINUTES (RESTRICTED - extract for portfolio, redaction required)
Date: 12/12/2024   Venue: Lloyd House / Teams   MAPPA ref: WM-MAPPA-24-0871   ViSOR: VS-2290417
Chair: DI Sarah Whitcombe (West Midlands Police)
Present: Probation - Marcus Ellery-Hale (OM); Dr O. Kravchenko (Reaside Clinic, for RC); Housing - Jodie Pask; Victim Liaison - Sunita Kaur-Briggs

Subject: Daniel Fairclough, DOB 07/07/1983, currently s.47/49 transferred prisoner, HMP Birmingham -> Reaside
Address on release (proposed): 22 Anstruther Road, Edgbaston, B15 3NN (approved premises alternative discussed)
Victim(s): ex-partner (Ms Kayleigh Moran) - exclusion zone requested covering Kings Heath

Dr Kravchenko: mental state stable on aripiprazole LAI 400 mg monthly; insight partial; DUP 2 years; risk of violence to intimate partner assessed as high (SARA-V3). Recommends continued detention until parole board hearing.
Actions: 1. Police to update ViSOR. 2. OM to contact victim liaison. 3. Dr Kravchenko to send HCR-20 summary by 20/12/2024.
""",
identifiers=[("WM-MAPPA-24-0871", REF), ("VS-2290417", REF), ("DI Sarah Whitcombe", CN), ("Marcus Ellery-Hale", CN), ("Jodie Pask", CN),
             ("Sunita Kaur-Briggs", CN), ("Daniel Fairclough", PN), ("22 Anstruther Road, Edgbaston", AD), ("B15 3NN", PC),
             ("Ms Kayleigh Moran", RN), ("Kings Heath", AD)],
keep=["12/12/2024", "Dr O. Kravchenko", "Reaside Clinic", "07/07/1983", "s.47/49", "HMP Birmingham", "Dr Kravchenko",
      "aripiprazole LAI 400 mg", "SARA-V3", "HCR-20", "20/12/2024", "MAPPA LEVEL 2"]),

dict(id="ho-063", kind="wpba_cbd", text="""CbD - Royal College of Psychiatrists portfolio (export)   Assessee: Olena Kravchenko (GMC 7846520)
Assessor: Dr Hugh Tremlett, Consultant Forensic Psychiatrist, Reaside Clinic. Assessor GMC: 4021187
Date: 05/02/2025
Case (anonymised by doctor? - NO, patient initials and RiO on form): T.McN., RiO 80051390, 29M, Cedar Ward (intensive care)
Issue: capacity to refuse depot under s.58 MHA; SOAD (Dr Gwyneth Varley) certificate T3 obtained 03/02/2025.

Clinical assessment: excellent - structured capacity assessment documented.
Risk assessment: very good - used HCR-20 v3 and recent incidents (Datix BSMHFT-24-55871).
Medical treatment: good - olanzapine pamoate 405 mg 4-weekly; monitored post-injection 3 h (PDSS).
Legal frameworks (MHA 1983, MCA 2005, Code of Practice ch. 24-25): excellent.
Overall: performing above the level expected at completion of specialist training.
Signed: H. Tremlett
""",
identifiers=[("4021187", GMC), ("T.McN.", PN), ("80051390", HN), ("Dr Gwyneth Varley", CN), ("BSMHFT-24-55871", REF)],
keep=["Olena Kravchenko", "7846520", "Dr Hugh Tremlett", "H. Tremlett", "Reaside Clinic", "05/02/2025", "29M", "Cedar Ward",
      "s.58 MHA", "HCR-20 v3", "olanzapine pamoate 405 mg", "MHA 1983", "MCA 2005", "03/02/2025"]),

dict(id="ho-064", kind="incident_report", text="""BSMHFT Eclipse incident report - seclusion / restraint
Ref: ECL-2024-118204        Date: 28/11/2024 21:35      Location: Reaside Clinic, Cedar Ward, lounge
Service user: Kwabena "KB" Asamoah-Grant (RiO 80049921)
Staff involved: HCA Paul Sturridge (assaulted - punch to face), SN Efua Mensah, SN Ryan Colley, Dr O. Kravchenko (duty doctor)
Police: West Midlands Police crime ref 20WM/288314/24

Summary: sudden unprovoked assault on HCA. Prone restraint 3 min (Safewards / PMVA), transferred to supine within 3 min; IM lorazepam 2 mg + haloperidol 5 mg given at 21:48 per NICE NG10 (rapid tranquillisation). Seclusion commenced 21:52; medical review by Dr Kravchenko at 22:30 (within 1 hour), physical obs per NEWS2 every 15 min - refused, visual obs recorded. Seclusion ended 02/12/2024 10:15 after 4 reviews.
Debrief for staff and service user completed. Mr Sturridge attended A&E (Good Hope Hospital); fracture excluded.
""",
identifiers=[("ECL-2024-118204", REF), ("Kwabena \"KB\" Asamoah-Grant", PN), ("80049921", HN), ("Paul Sturridge", CN), ("Efua Mensah", CN),
             ("Ryan Colley", CN), ("20WM/288314/24", REF), ("Mr Sturridge", CN)],
keep=["28/11/2024", "Reaside Clinic", "Cedar Ward", "Dr O. Kravchenko", "lorazepam 2 mg", "haloperidol 5 mg", "NICE NG10",
      "Dr Kravchenko", "NEWS2", "02/12/2024", "Good Hope Hospital", "3 min"]),

dict(id="ho-065", kind="testimonial", text="""Reaside Clinic, Birmingham and Solihull Mental Health NHS Foundation Trust

Letter of support - Dr Olena Kravchenko

I am the Clinical Director for Secure Care and have supervised Dr Kravchenko's clinical work since she joined us in 2022 after leaving Kharkiv. She holds her own caseload of 8 restricted patients on Tamarind and Cedar wards, writes tribunal and Parole Board reports, and has given oral evidence at 6 First-tier Tribunal hearings.

She has completed HCR-20 v3 training, is an approved clinician (approved under the MHA 1983 by the Midlands Approvals Panel, 2024), and teaches the local Section 12 induction course.

I verify that the documents in her portfolio from Reaside Clinic are genuine. Please contact me via my secretary on 0121 496 0374 or at a.mbatha-fenwick@bsmhft.example.nhs.uk.

Dr Ayanda Mbatha-Fenwick, MBBS FRCPsych, GMC 3887120
Clinical Director, Secure Care and Offender Health, 14/03/2025
""",
identifiers=[("0121 496 0374", PH), ("a.mbatha-fenwick@bsmhft.example.nhs.uk", EM), ("GMC 3887120", GMC)],
keep=["Reaside Clinic", "Birmingham and Solihull Mental Health NHS Foundation Trust", "Dr Olena Kravchenko", "Dr Kravchenko",
      "Tamarind", "HCR-20 v3", "MHA 1983", "Dr Ayanda Mbatha-Fenwick", "14/03/2025", "Kharkiv"]),
]
