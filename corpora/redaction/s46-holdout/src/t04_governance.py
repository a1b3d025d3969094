from common import *

DOCS = []

DOCS.append(D("ho-032", "ambulance_log", "Dr Amal Osman Elkhidir", """
PRE-HOSPITAL ALERT LOG - St Columba's ED red phone - night 18/03/2023
Recorded by: Dr A. O. Elkhidir (EM specialty doctor, taking alerts)

Time  | Service / CAD ref     | Crew (call sign / clinician)          | Patient / ATMIST summary                               | ETA / action
21:14 | SAS CAD 180323-0877   | Alpha 44 - Paramedic Joanne Crerar     | A: 34 M  T: 21:00 fall from ladder ~4 m  I: # L femur, ?pelvis  M: binder, TXA 1 g  S: HR 118, BP 96/60, GCS 15  T: 2 cannulae | 12 min, trauma call
22:40 | SAS CAD 180323-1020   | Bravo 12 - Tech Gary Mowat              | Mr Thomas Kerr, 79, DOB 06/06/1943, of Glebe Farm, Kilbarchan Road - ?stroke onset 22:10, FAST +ve, NEWS2 4 | 9 min, stroke team pre-alerted
23:55 | SAS CAD 180323-1144   | Alpha 51 - Paramedic Rhona McPhail      | 2/12 infant "Lily-Grace", cyanotic episode, now pink, sats 97% | 6 min, paeds alert
01:30 | NHS 24 call-back      | call ref 24-EA-3381902                  | caller: mother, Mrs Donna Lennox 07700 900455 - child 3 y febrile convulsion 4 min, settled | advised 999 if recurs; attended 02:10
03:05 | Police Scotland       | incident 0455 of 19/03/2023, PC 2210 Baird | male in custody, head injury, intoxicated, name withheld | bring in, 15 min
Handed to Dr N Cattanach at 08:00. Log reviewed by Dr Neil Cattanach, Consultant (supervisor).
""", [
    ("180323-0877", REF), ("Joanne Crerar", CN), ("180323-1020", REF), ("Gary Mowat", CN), ("Thomas Kerr", PN),
    ("Glebe Farm, Kilbarchan Road", AD), ("180323-1144", REF), ("Rhona McPhail", CN), ('"Lily-Grace"', PN),
    ("Lily-Grace", PN), ("24-EA-3381902", REF), ("Donna Lennox", RN), ("07700 900455", PH),
    ("incident 0455 of 19/03/2023", REF), ("2210", OID), ("Baird", CN),
], [
    "Dr A. O. Elkhidir", "St Columba's ED", "34 M", "TXA 1 g", "HR 118, BP 96/60", "DOB 06/06/1943", "79",
    "FAST +ve", "NEWS2 4", "sats 97%", "Dr N Cattanach", "Dr Neil Cattanach", "Alpha 44", "Bravo 12",
]))

DOCS.append(D("ho-033", "advice_line_log", "Dr Maria Cristina Dela Peña", """
Paediatric GP Advice Line - Harrowgate Royal Infirmary - log for 22/11/2023 (Dr M. C. Dela Peña, SD)
Advice line number 01632 960780 | Calls recorded on Consultant Connect (call IDs below)

Call ID      | Time  | Caller (GP / practice)                  | Child                          | Question                              | Advice given
CC-88213401  | 09:12 | Dr Hamish Ferrie, Dunsford MP           | boy 2 y, NHS 7209914501        | 4 days fever, no focus, CRT 2 s       | see today in PAU, urine + bloods
CC-88213877  | 10:40 | ANP Lucy Gambrill, Castle Surgery       | Amelia R., 9 m                 | weight faltering 0.4th centile        | dietitian + OP clinic 4 wks, safety net
CC-88214502  | 13:05 | Dr Shreya Iyer (GPST3)                  | 14 y F (ref FR/11/23/22)       | syncope on exertion                   | ECG faxed: QTc 480 ms - refer same day, no sport
CC-88215019  | 15:30 | Dr Hamish Ferrie                        | Josh Pemberton-Hale, 6 y       | limp, afebrile, 3 days                | ?transient synovitis, Kocher 0/4, review 48 h, PAU if worse
Calls: 4. Admissions avoided: 2. Reviewed by Dr Rhiannon Vaughan-Lloyd (Consultant, ES), 24/11/2023.
""", [
    ("01632 960780", PH), ("CC-88213401", REF), ("Hamish Ferrie", CN), ("Dunsford MP", AD), ("Castle Surgery", AD), ("7209914501", NHS), ("CC-88213877", REF),
    ("Lucy Gambrill", CN), ("Amelia R.", PN), ("CC-88214502", REF), ("Shreya Iyer", CN), ("FR/11/23/22", REF),
    ("CC-88215019", REF), ("Josh Pemberton-Hale", PN),
], [
    "Dr M. C. Dela Peña", "Harrowgate Royal Infirmary", "boy 2 y", "CRT 2 s", "0.4th centile", "QTc 480 ms",
    "Kocher 0/4", "Dr Rhiannon Vaughan-Lloyd", "14 y F",
]))

DOCS.append(D("ho-034", "complaint_letter", "Dr Sanjay Raghunathan", """
27 Beaumont Rise
Castlebrook
CB9 5LW
tel. 07700 900127
margaret.oshea.home@examplemail.co.uk

The Complaints Manager (PALS)
Westgate University Hospital

12 August 2022

Dear Sir or Madam,

Complaint about the care of my husband, Mr Brendan Francis O'Shea (DOB 19/03/1947), hospital
number WUH-0802218, on the Coronary Care Unit between 28 July and 3 August 2022.

My husband was admitted with a heart attack. On the night of 30 July a nurse, I believe called
Kelly, told me he was "fine" when he was clearly confused. The next morning the cardiology
registrar, Dr Raghunathan, explained that Brendan had had a stroke, probably from the
angiogram. I do not blame Dr Raghunathan, who was kind and honest with us and spent an hour with
our son Declan, but I want to know why nobody checked Brendan for six hours. I also want an
apology from Dr Felix Amankwah, who told me in the corridor that "these things happen".

Yours faithfully,

Margaret O'Shea
""", [
    ("27 Beaumont Rise\nCastlebrook", AD), ("CB9 5LW", PC), ("07700 900127", PH),
    ("margaret.oshea.home@examplemail.co.uk", EM), ("Brendan Francis O'Shea", PN), ("Brendan", PN),
    ("WUH-0802218", HN), ("Kelly", CN), ("Declan", RN), ("Felix Amankwah", CN), ("Margaret O'Shea", RN),
    ("O'Shea", PN),
], [
    "Dr Raghunathan", "Westgate University Hospital", "DOB 19/03/1947", "Coronary Care Unit", "28 July",
]))

DOCS.append(D("ho-035", "complaint_response", "Dr Sanjay Raghunathan", """
Westgate University Hospital NHS Trust - Patient Experience Team
Trust HQ, 40 Infirmary Lane, Castlebrook CB9 8TZ | complaints@westgate.nhs.uk | 020 7946 0700

Our ref: COMP/2022/01873      Datix ID: C-44120      Please quote in all correspondence

Mrs M. O'Shea
27 Beaumont Rise, Castlebrook CB9 5LW

28 September 2022

Dear Mrs O'Shea

Thank you for your letter about the care of your husband, Mr O'Shea, on CCU. I am sorry for his
experience and yours. We investigated your concerns with statements from the nursing team, Dr
Sanjay Raghunathan (Cardiology Registrar) and Dr Felix Amankwah (Interventional Cardiologist).

Findings: Neurological observations were not performed between 00:30 and 06:15 on 31 July,
contrary to the post-procedure protocol (hourly for 6 hours after femoral or radial access).
Staff Nurse Kelly Durrant has completed reflective learning. Dr Raghunathan identified the
stroke on his 06:30 review, activated the stroke team (door-to-CT 18 minutes) and documented
the discussion with you. Thrombolysis was contraindicated. Dr Amankwah apologises for the
remark you describe.

Actions: new post-PCI neuro-observation chart; teaching session on post-procedural stroke
(delivered by Dr Raghunathan on 15/09/2022).

If you remain dissatisfied you may contact the Parliamentary and Health Service Ombudsman.

Yours sincerely

Ms Joanna Whitlow-Barnes, Chief Executive
(Response verified for portfolio use by Dr Eamonn Kielty, Clinical Lead for Cardiology)
""", [
    ("Trust HQ, 40 Infirmary Lane, Castlebrook", AD), ("CB9 8TZ", PC), ("complaints@westgate.nhs.uk", EM),
    ("020 7946 0700", PH), ("COMP/2022/01873", REF), ("C-44120", REF), ("M. O'Shea", RN),
    ("27 Beaumont Rise, Castlebrook", AD), ("CB9 5LW", PC), ("O'Shea", PN), ("Felix Amankwah", CN),
    ("Amankwah", CN), ("Kelly Durrant", CN),
], [
    "Dr\nSanjay Raghunathan", "Dr Raghunathan", "Westgate University Hospital", "00:30 and 06:15",
    "door-to-CT 18 minutes", "Parliamentary and Health Service Ombudsman", "Ms Joanna Whitlow-Barnes",
    "Dr Eamonn Kielty", "15/09/2022",
]))

DOCS.append(D("ho-036", "complaint_response", "Dr Tomasz Wróblewski", """
From: Dr Tomasz Wróblewski, Specialty Doctor, Trauma & Orthopaedics, Kingsmere General Hospital
To: Complaints Team (ref KGH-CMP-23-0611) - statement for response
Date: 02/10/2023

Statement regarding the complaint of Mr Lee Hargest (DOB 25/12/1981), fracture clinic, 11/09/2023

I saw Mr Hargest in fracture clinic on 11/09/2023, 3 weeks after a scaphoid waist fracture
(right, dominant) sustained playing rugby. He had been seen first in the virtual fracture clinic
by Mr Imran Qadir and placed in a thumb spica. At my review, the CT showed displacement >1 mm.
I offered percutaneous screw fixation and explained a delay of 4 weeks to the theatre date. Mr
Hargest felt this delay was unacceptable and that "nobody listens". I accept that the earlier
CT request was not actioned: the request was rejected by radiology on 22/08/2023 and was not
re-sent. I have since raised this as an incident (Datix W221873) and discussed it with Mr
Aitchison. Fixation was performed on 20/09/2023 by Mr Qadir.

His partner, Ms Jodie Carwardine, telephoned the ward on 12/09/2023 (from 07700 900562).

Signed: Dr Tomasz Wróblewski
Verified: Mr Graham Aitchison, Consultant Orthopaedic Surgeon and Clinical Director
""", [
    ("KGH-CMP-23-0611", REF), ("Lee Hargest", PN), ("Hargest", PN), ("Imran Qadir", CN), ("Qadir", CN),
    ("W221873", REF), ("Jodie Carwardine", RN), ("07700 900562", PH),
], [
    "Dr Tomasz Wróblewski", "Kingsmere General Hospital", "DOB 25/12/1981", "scaphoid waist fracture",
    "thumb spica", ">1 mm", "Mr\nAitchison", "Mr Graham Aitchison", "11/09/2023",
]))

DOCS.append(D("ho-037", "complaint_letter", "Dr Eleanor Whitcombe", """
Subject: Complaint - rude doctor in skin clinic
From: "Craig Dunleavy" <c.dunleavy77@examplemail.com>
To: pals@ravensby.nhs.uk
Date: Fri, 9 Jun 2023 21:47:10 +0100

To whom it may concern,

I attended dermatology on Tuesday 6th June with my mum, Patricia Dunleavy (NHS no 401 552 8830,
DOB 14/01/1949) for her leg ulcer. We waited 2 hours and when we were seen by the registrar,
Dr Ashok Pillai, he was abrupt and didn't examine her properly. Later Dr Whitcombe saw her and
was lovely and explained everything about the venous ulcer and the compression bandaging, and
took a swab. I want this noted and I want Dr Pillai spoken to. Mum lives at 3 Coppice Row,
Ravensby RV6 4TA, please send any reply there. My number is 07700 900932.

Craig

PALS acknowledgement ref: PALS/RDG/23/1120
""", [
    ("Craig Dunleavy", RN), ("c.dunleavy77@examplemail.com", EM), ("pals@ravensby.nhs.uk", EM),
    ("Patricia Dunleavy", PN), ("401 552 8830", NHS), ("Ashok Pillai", CN), ("Pillai", CN),
    ("3 Coppice Row,\nRavensby", AD), ("RV6 4TA", PC), ("07700 900932", PH), ("Craig", RN),
    ("PALS/RDG/23/1120", REF),
], [
    "Dr Whitcombe", "DOB 14/01/1949", "venous ulcer", "compression bandaging", "6th June",
]))

DOCS.append(D("ho-038", "coroner_statement", "Dr Kwabena Asante-Mireku", """
HM CORONER FOR THE COUNTY OF PENMORROW
Statement of witness (Criminal Justice Act 1967, s.9; Coroners and Justice Act 2009)
Coroner's ref: 0412/2022/PEN        Deceased: Winifred Ada Thackeray (d.o.b. 03/09/1930)
Date of death: 18/05/2022           Place: Ward 31, Larchfield Hospital

Statement of: Dr Kwabena Asante-Mireku, MBChB MRCP(UK), Specialty Doctor in Geriatric Medicine,
GMC number 7555063, Larchfield Hospital, Gorse Road, Penmorrow PM2 9XL.

1. I make this statement from my own recollection and the medical records (hospital number
00388154, NHS number 466 030 1158).
2. Mrs Thackeray, aged 91, lived at Roseacre Residential Home, 8 Vicarage Lane, Penmorrow PM1
3QQ. She was admitted on 09/05/2022 after an unwitnessed fall with pubic rami fractures.
3. On 15/05/2022 at 04:10 she fell again from her bed. She was reviewed by the night FY1, Dr
Olivia Prentice, who documented no new injury. At 09:30 I noted a GCS of 12 and she was
anticoagulated with apixaban 2.5 mg bd for atrial fibrillation. I requested an urgent CT head,
which showed an acute subdural haematoma 14 mm. I discussed with the neurosurgical registrar
(Mr Haroon Qureshi), who advised conservative management given her frailty (CFS 7).
4. I spoke to her son, Mr Keith Thackeray, on 15/05/2022, and agreed comfort care. She died at
02:45 on 18/05/2022. Datix ref 2022-LH-07719 was raised by the ward.

I believe the facts stated in this witness statement are true.
Signed: Dr K. Asante-Mireku           Date: 04/07/2022
(Copy supplied for portfolio; supervisor verification: Dr Fiona Blackwood-Ince)
""", [
    ("0412/2022/PEN", REF), ("Winifred Ada Thackeray", PN), ("Thackeray", PN), ("Gorse Road, Penmorrow", AD),
    ("PM2 9XL", PC), ("00388154", HN), ("466 030 1158", NHS),
    ("Roseacre Residential Home, 8 Vicarage Lane, Penmorrow", AD), ("PM1\n3QQ", PC), ("Olivia Prentice", CN),
    ("Haroon Qureshi", CN), ("Keith Thackeray", RN), ("2022-LH-07719", REF),
], [
    "Dr Kwabena Asante-Mireku", "Dr K. Asante-Mireku", "7555063", "Larchfield Hospital", "d.o.b. 03/09/1930",
    "Criminal Justice Act 1967, s.9", "Coroners and Justice Act 2009", "aged 91", "GCS of 12",
    "apixaban 2.5 mg bd", "14 mm", "CFS 7", "Ward 31", "Dr Fiona Blackwood-Ince", "02:45 on 18/05/2022",
]))

DOCS.append(D("ho-039", "coroner_statement", "Dr Haider Al-Jubouri", """
Inquest touching the death of MR ALAN GEOFFREY TOMLINSON - Brookvale Coroner's Court
Court ref: BVC-INQ-2023-0188   Police ref: BV/23/04471   Your ref: CC/ag/188

STATEMENT OF DR HAIDER AL-JUBOURI (Specialty Doctor, Anaesthesia, Brookvale University Hospital)

I was the anaesthetist on call on 27/01/2023 when Mr Tomlinson (61, male, hospital number
B1214410) was brought to theatre for an emergency laparotomy for perforated diverticulitis with
faecal peritonitis. NELA predicted mortality was 38%. He was ASA 5E. Rapid sequence induction was
performed with ketamine 1 mg/kg and rocuronium 1.2 mg/kg by videolaryngoscope (first pass). He
required noradrenaline 0.4 mcg/kg/min. I called Dr Rhodri Gethin, consultant anaesthetist, at
02:10 and he attended at 02:35. The surgeon was Mr Viktor Halvorsen. Mr Tomlinson was transferred
to ITU and died on 29/01/2023 of multi-organ failure.

His wife, Mrs Sandra Tomlinson, of 6 The Paddocks, Brookvale BV2 7DN, asked me afterwards
whether the delay to theatre (5 hours) contributed; I advised her to raise this with the team.

Statement of truth signed. Dr Haider Al-Jubouri, 14/03/2023.
Verified (copy for portfolio): Dr Imogen Carlisle-Hurst, Consultant Anaesthetist
""", [
    ("ALAN GEOFFREY TOMLINSON", PN), ("BVC-INQ-2023-0188", REF), ("BV/23/04471", REF), ("CC/ag/188", REF),
    ("Tomlinson", PN), ("B1214410", HN), ("Rhodri Gethin", CN), ("Viktor Halvorsen", CN),
    ("Sandra Tomlinson", RN), ("6 The Paddocks, Brookvale", AD), ("BV2 7DN", PC),
], [
    "DR HAIDER AL-JUBOURI", "Dr Haider Al-Jubouri", "Brookvale University Hospital", "61, male",
    "NELA predicted mortality was 38%", "ASA 5E", "ketamine 1 mg/kg", "rocuronium 1.2 mg/kg",
    "noradrenaline 0.4 mcg/kg/min", "Dr Imogen Carlisle-Hurst", "27/01/2023",
]))

DOCS.append(D("ho-040", "incident_report", "Dr Ravindra Kulasekara", """
Datix Web - Incident report (printed)                           Northmoor General Hospital NHS FT
Incident ref: W104422       LFPSE ref: LFPSE-2023-5F8A21C       Reported: 16/08/2023 10:14
Reporter: Dr Ravindra Kulasekara, Specialty Doctor, General Surgery (GMC 7312846)
Location: Theatre 5 / Ward 9 (Surgical)         Harm: Low

Person affected: Patient - Mrs Ruth ANSTEY, 45 F, DOB 02/10/1977, MRN N0498120, NHS 709 331 2054

Description: Following laparoscopic cholecystectomy on 15/08/2023, specimen pot labelled with
another patient's details (Mr Colin BRIGHTWELL, MRN N0498277) was found in the specimen fridge at
08:00. The scrub practitioner (Ms Tanya Ellwood, ODP, HCPC ODP044187) had completed labelling.
The error was identified by the histopathology MLA (Peter Gorringe). The specimen was relabelled
after a two-person check (myself and Sister Jane O'Hara, Theatre coordinator).

Immediate action: patient informed (Duty of Candour, verbal 16/08/2023, letter sent).
Learning: WHO sign-out read-back of specimen labels; barcode labels at point of specimen.

Handler: Mr Jonathan Hale-Whitby (Clinical Governance Lead, Surgery) - reviewed and verified.
""", [
    ("W104422", REF), ("LFPSE-2023-5F8A21C", REF), ("Ruth ANSTEY", PN), ("ANSTEY", PN), ("N0498120", HN),
    ("709 331 2054", NHS), ("Colin BRIGHTWELL", PN), ("N0498277", HN), ("Tanya Ellwood", CN),
    ("ODP044187", GMC), ("Peter Gorringe", CN), ("Jane O'Hara", CN),
], [
    "Dr Ravindra Kulasekara", "7312846", "Northmoor General Hospital", "45 F", "DOB 02/10/1977", "Theatre 5",
    "Ward 9", "Duty of Candour", "WHO sign-out", "Mr Jonathan Hale-Whitby", "15/08/2023",
]))

DOCS.append(D("ho-041", "incident_report", "Dr Chiamaka Nwosu-Eze", """
MATERNITY INCIDENT REPORT / AFTER ACTION REVIEW SUMMARY - Ashbourne Vale Hospital
Ref: AVH-MAT-2023-0933 | StEIS 2023/17734 | HSSIB/MNSI ref MI-031992

Event: Massive obstetric haemorrhage (3.2 L) following manual removal of placenta, 06/08/2023,
Delivery Suite room 6. Woman: Farhana Hossain (initials F.H.), 27 F, DOB 18/04/1996, AV5517002.
Baby well. Partner Rezaul Karim present.

Timeline: 21:02 delivery; 21:40 retained placenta, MROP in theatre under spinal by Dr C.
Nwosu-Eze; 22:05 ongoing PPH - MOH protocol activated, Major Haemorrhage call 2222; tranexamic
acid 1 g, carboprost 250 mcg x3, 4 units RBC, FFP 4 units, cryoprecipitate 2 pools. ROTEM FIBTEM
A5 7 mm. Bakri balloon inserted 22:40. Consultant (Miss Hannah Liddington) attended 22:20.
Anaesthetist: Dr Pawel Zielinski. Coordinating midwife: Grace Ansah-Boakye.

Good practice: early escalation by Dr Nwosu-Eze; clear closed-loop communication.
Learning: delay of 14 minutes in blood arriving (porter Dean Marsh redirected).
Review chaired by Miss Hannah Liddington, who verifies this summary for Dr Nwosu-Eze's portfolio.
""", [
    ("AVH-MAT-2023-0933", REF), ("2023/17734", REF), ("MI-031992", REF), ("Farhana Hossain", PN), ("F.H.", PN),
    ("AV5517002", HN), ("Rezaul Karim", RN), ("Pawel Zielinski", CN), ("Grace Ansah-Boakye", CN),
    ("Dean Marsh", CN),
], [
    "Dr C.\nNwosu-Eze", "Dr Nwosu-Eze", "Ashbourne Vale Hospital", "27 F", "DOB 18/04/1996", "3.2 L",
    "carboprost 250 mcg x3", "FIBTEM\nA5 7 mm", "Bakri balloon", "Miss Hannah Liddington",
    "Delivery Suite room 6",
]))

DOCS.append(D("ho-042", "incident_report", "Dr Sana Tariq Malik", """
INCIDENT INVESTIGATION - 72 HOUR REVIEW (AMU)  Queen Adelaide Hospital
Datix: QAH-IR-24-00517      Reported by: Dr Sana Tariq Malik (Clinical Fellow, GMC 7290634)
Category: Medication - insulin      Date of incident: 08/01/2024 17:30     Harm: Moderate

Patient: Mr Leonard Ashworth-Vance, 68 M, DOB 17/07/1955, MRN QAH2301446

What happened: Insulin prescribed as "10u" Novorapid was read as 100 units by an agency nurse
(Ms Chipo Mutasa, NMC PIN 19H1045E). Capillary glucose fell to 1.8 mmol/L at 18:45. I was called
and gave 150 ml 10% glucose IV followed by a variable rate infusion; glucose recovered to 7.4
mmol/L. Prescriber: Dr Ethan Rowley (FY2). The patient and his daughter, Ms Nadia Ashworth,
were informed the same evening (Duty of Candour).

Root causes: abbreviation "u"; no independent double check.
Actions: EPMA hard-stop for "u"; insulin safety e-learning; Think Glucose champions on AMU.
Verified by Dr Hilary Okonjo (Consultant, clinical supervisor), 19/01/2024.
""", [
    ("QAH-IR-24-00517", REF), ("Leonard Ashworth-Vance", PN), ("QAH2301446", HN), ("Chipo Mutasa", CN),
    ("19H1045E", GMC), ("Ethan Rowley", CN), ("Nadia Ashworth", RN),
], [
    "Dr Sana Tariq Malik", "7290634", "Queen Adelaide Hospital", "68 M", "DOB 17/07/1955", "Novorapid",
    "1.8 mmol/L", "150 ml 10% glucose IV", "Duty of Candour", "Dr Hilary Okonjo", "AMU",
]))

DOCS.append(D("ho-043", "safeguarding_referral", "Dr Maria Cristina Dela Peña", """
MULTI-AGENCY REFERRAL FORM (MARF) - Harrowgate Children's Social Care - MASH
MASH ref: MASH-HG-23-08841     Police CAID: HG/23/1193/CP     Date: 02/09/2023

Child: Kayden Lee STOTT   DOB 11/02/2023 (6 months)   Male   NHS 7201188442   Hosp no H7790551
Address: 41 Wharfside Flats, Canal Street, Harrowgate HG12 1DW
Mother: Chelsea Stott (19)   Mother's partner (not father): Jordan Pybus (24)
School/nursery: none. Health visitor: Anita Dhaliwal, 01632 960822

Reason for concern: 6-month-old non-mobile infant with three bruises (1-2 cm) on the left cheek and
pinna, and a torn frenulum, brought to ED at 02:15 by mother; explanation "he fell off the sofa"
inconsistent. Skeletal survey: healing posterior rib fractures (left 5th and 6th). CT head normal.
Ophthalmology: no retinal haemorrhages. Clotting normal. Admitted to Ward 5 (Paediatrics); mother
agreed to remain with supervision. Child protection medical completed by Dr M. C. Dela Peña with
Dr Rhiannon Vaughan-Lloyd (Consultant Paediatrician, Named Doctor), who verifies this referral.

Referrer: Dr Maria Cristina Dela Peña, Specialty Doctor (GMC 7581147), Harrowgate Royal Infirmary
""", [
    ("MASH-HG-23-08841", REF), ("HG/23/1193/CP", REF), ("Kayden Lee STOTT", PN), ("7201188442", NHS),
    ("H7790551", HN), ("41 Wharfside Flats, Canal Street, Harrowgate", AD), ("HG12 1DW", PC),
    ("Chelsea Stott", RN), ("Jordan Pybus", RN), ("Anita Dhaliwal", CN), ("01632 960822", PH),
], [
    "Dr Maria Cristina Dela Peña", "Dr M. C. Dela Peña", "7581147", "Harrowgate Royal Infirmary",
    "DOB 11/02/2023", "(6 months)", "Male", "left 5th and 6th", "Ward 5", "Dr Rhiannon Vaughan-Lloyd",
]))

DOCS.append(D("ho-044", "safeguarding_referral", "Dr Kwabena Asante-Mireku", """
ADULT SAFEGUARDING CONCERN (Care Act 2014, s.42) - Penmorrow County Council
Submitted via portal - concern no. ASC-PEN-0098812 - 20/06/2022 15:42

Adult at risk: Mrs Beryl Annie Sutcliffe-Oakes, 95, female, DOB 22/12/1926, Larchfield MRN 00374402
Usual address: 14 Heather Close, Penmorrow PM3 8NB (lives alone, package of care: Brightwater
Homecare, 4 calls/day)
Person alleged to cause harm: grandson, Mr Liam Oakes, 31, of the same address since March.
Carer who raised it: Mrs Sharon Ebdon (Brightwater Homecare), 07700 900709

Concern: financial abuse and neglect. On admission Mrs Sutcliffe-Oakes had grade 3 sacral
pressure ulcer, weight 38 kg (BMI 15.8), and said her bank card was "kept by Liam". She has
capacity for this decision (assessed by Dr K. Asante-Mireku with the ward IMCA, 19/06/2022,
MCA 2005 two-stage test) and consents to the referral. DoLS not required.

Referrer: Dr Kwabena Asante-Mireku, Larchfield Hospital, Ward 31 (tel 01632 960301)
Trust safeguarding lead informed: Lesley Crabtree. Verified: Dr Fiona Blackwood-Ince (Consultant).
""", [
    ("ASC-PEN-0098812", REF), ("Beryl Annie Sutcliffe-Oakes", PN), ("Sutcliffe-Oakes", PN), ("00374402", HN),
    ("14 Heather Close, Penmorrow", AD), ("PM3 8NB", PC), ("Liam Oakes", RN), ("Liam", RN),
    ("Sharon Ebdon", CN), ("07700 900709", PH), ("01632 960301", PH), ("Lesley Crabtree", CN),
], [
    "Dr Kwabena Asante-Mireku", "Dr K. Asante-Mireku", "Larchfield Hospital", "Care Act 2014, s.42",
    "95, female", "DOB 22/12/1926", "grade 3", "BMI 15.8", "MCA 2005", "Ward 31", "Dr Fiona Blackwood-Ince",
]))
