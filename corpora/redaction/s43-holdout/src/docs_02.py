from common import D

DOCS = []

# ---------------------------------------------------------------- s43-011
DOCS.append(D(
    "s43-011", "complaint_letter", "Dr Anil Mehta",
    """Declan Quinn
22 Kilmacrew Brae
Lurgan
Co. Armagh BT66 8QX
Tel 028 9649 6127
declanquinn.lurgan@gmail.com

Complaints Department
Southern Health and Social Care Trust
Craigavon Area Hospital

4th April 2024

Your ref: SHSCT/COMP/24/0519

Dear Sir/Madam,

Complaint about the care of my father, Patrick Joseph Quinn (DOB 19/06/1933, H&C No. 321 776 0914)

My father is 90 years old and was admitted to the cardiology ward (Ward 2 South) on 11 March with fast AF and heart failure. I want to raise the following.

1. On the night of 13 March Daddy was left for over four hours with his oxygen off. The nurse, a girl called Roisin, said the doctor had taken him off it. Nobody told us.
2. Dr Fitzpatrick told my sister Bernie in the corridor, in front of other families, that "at his age" there was no point in a pacemaker. We were never given a proper explanation.
3. When Dr Mehta (the cardiology doctor) finally met us on 15 March, he was kind and explained everything, including the digoxin and the bisoprolol 2.5 mg and why the water tablets (furosemide 40 mg IV twice a day) were making him go so often. I want that noted. He should have been there from the start.

Daddy was discharged to Mourneview Nursing Home on 20 March. I would like a meeting and a written answer.

Yours faithfully,
Declan Quinn (son)
""",
    [("Declan Quinn", "RELATIVE_NAME"), ("22 Kilmacrew Brae", "ADDRESS"), ("Lurgan\nCo. Armagh", "ADDRESS"),
     ("BT66 8QX", "POSTCODE"), ("028 9649 6127", "PHONE"), ("declanquinn.lurgan@gmail.com", "EMAIL"),
     ("SHSCT/COMP/24/0519", "REFERENCE_NUMBER"), ("Patrick Joseph Quinn", "PATIENT_NAME"),
     ("321 776 0914", "NHS_NUMBER"), ("Roisin", "COLLEAGUE_NAME"), ("Fitzpatrick", "COLLEAGUE_NAME"),
     ("Bernie", "RELATIVE_NAME"), ("Mourneview Nursing Home", "ADDRESS")],
    ["Dr Mehta", "Southern Health and Social Care Trust", "Craigavon Area Hospital",
     "DOB 19/06/1933", "90 years old", "Ward 2 South", "bisoprolol 2.5 mg", "furosemide 40 mg IV", "digoxin",
     "fast AF", "4th April 2024"],
))

# ---------------------------------------------------------------- s43-012
DOCS.append(D(
    "s43-012", "complaint_response", "Dr Eilidh Fraser",
    """NHS Tayside
Ninewells Hospital & Medical School, Dundee
Complaints & Feedback Team

Our ref: CMP-24-00713        Please quote this in any correspondence
Date: 30 May 2024

PRIVATE & CONFIDENTIAL
Mrs Agnes Duthie
Flat 2/1, 18 Craigowan Wynd
Dundee
DD3 7RT

Dear Mrs Duthie

Thank you for your letter of 2 May about the care of your late husband, Mr Alexander (Sandy) Duthie, in the Acute Medical Unit between 14 and 17 April 2024. I am very sorry for your loss. This response was drafted by Dr Eilidh Fraser, Specialty Doctor in Acute Medicine, who reviewed the records, and has been approved by the Medical Director.

Delay in pain relief: Our records show Sandy asked for analgesia at 02:10 on 15 April and received oral morphine 2.5 mg at 03:35. This was too long. Staff Nurse Kirsty Low was caring for eleven patients that night. We have changed the night staffing on AMU and added a prompt to the PRN chart.

Discussion about resuscitation: Dr Ruaraidh Baird discussed a DNACPR decision with Sandy on 14 April when he had capacity, in line with the Scottish Government DNACPR policy. I accept that this was not communicated to you or your son Graham, and that you learned of it from the form at the bedside. Dr Baird has reflected on this and the unit is using the ReSPECT-style "conversation record" in the notes.

End of life care: Mr Duthie's NEWS2 rose from 3 to 9 overnight on 16 April and he died at 07:20 on 17 April with you present. The cause of death (1a aspiration pneumonia; 2 Parkinson's disease) was reviewed at our mortality meeting and care was judged appropriate in all other respects.

If you remain unhappy you may contact the Scottish Public Services Ombudsman (SPSO).

Yours sincerely

Dr Eilidh Fraser
for Chief Executive, NHS Tayside
cc: Dr R. Baird; Clinical Lead, AMU
""",
    [("CMP-24-00713", "REFERENCE_NUMBER"), ("Agnes Duthie", "RELATIVE_NAME"), ("Duthie", "PATIENT_NAME"),
     ("Flat 2/1, 18 Craigowan Wynd", "ADDRESS"), ("DD3 7RT", "POSTCODE"), ("Alexander (Sandy) Duthie", "PATIENT_NAME"),
     ("Sandy", "PATIENT_NAME"), ("Kirsty Low", "COLLEAGUE_NAME"), ("Ruaraidh Baird", "COLLEAGUE_NAME"),
     ("Baird", "COLLEAGUE_NAME"), ("R. Baird", "COLLEAGUE_NAME"), ("Graham", "RELATIVE_NAME")],
    ["Dr Eilidh Fraser", "NHS Tayside", "Ninewells Hospital & Medical School", "Acute Medical Unit",
     "oral morphine 2.5 mg", "NEWS2 rose from 3 to 9", "Parkinson's disease", "aspiration pneumonia",
     "Scottish Public Services Ombudsman", "30 May 2024", "DNACPR", "02:10", "07:20"],
))

# ---------------------------------------------------------------- s43-013
DOCS.append(D(
    "s43-013", "incident_report", "Dr Aleksandra Wiśniewska",
    """INCIDENT REPORT (Datix Web)        Ref: DW-184732
Reported by: Dr Aleksandra Wiśniewska, Specialty Doctor in Anaesthesia
Organisation: Norfolk and Norwich University Hospitals NHS Foundation Trust
Location: Main Theatres, Theatre 9 (emergency list)
Date/time of incident: 21/02/2024 23:15     Reported: 22/02/2024 01:40
Category: Medication - infusion device      Harm: Low (no lasting harm)
LFPSE reference: 7F3C-22A1-90B4

Patient: MRN 11029384, female, 46 y, ASA 3E, laparotomy for perforated diverticulitis

Description:
During a TIVA anaesthetic the propofol syringe driver (Alaris PK, asset no. EBME-0471183) alarmed "occlusion" and stopped for approximately 4 minutes unnoticed because the alarm volume had been set to minimum on the previous list. BIS rose from 45 to 78; no awareness reported at follow-up (modified Brice questionnaire). Target effect-site concentration was restored at 3.5 micrograms/mL (Marsh model) and a bolus given.
ODP on duty, Liam Gorecki, identified the alarm setting. The previous user was Dr Tom Ashby (locum) who confirmed he had lowered it during a quiet case.

Immediate action: pump quarantined and sent to EBME; patient informed by me on 22/02 under Duty of Candour - she wishes her partner, Mr Craig Fenwick, to be present at any further discussion (tel 07700 900452).

Learning: Add alarm-volume check to the WHO checklist sign-in for TIVA; depth-of-anaesthesia monitoring for all TIVA (per AAGBI/SIVA guideline) helped detect the event.

Handler: Dr Rebecca Doyle, Clinical Governance Lead, Anaesthesia - reviewed 01/03/2024
""",
    [("DW-184732", "REFERENCE_NUMBER"), ("7F3C-22A1-90B4", "REFERENCE_NUMBER"), ("11029384", "HOSPITAL_NUMBER"),
     ("EBME-0471183", "REFERENCE_NUMBER"), ("Liam Gorecki", "COLLEAGUE_NAME"), ("Tom Ashby", "COLLEAGUE_NAME"),
     ("Craig Fenwick", "RELATIVE_NAME"), ("07700 900452", "PHONE")],
    ["Dr Aleksandra Wiśniewska", "Dr Rebecca Doyle", "Norfolk and Norwich University Hospitals NHS Foundation Trust",
     "Theatre 9", "ASA 3E", "Alaris PK", "BIS rose from 45 to 78", "3.5 micrograms/mL", "Marsh model",
     "modified Brice questionnaire", "Duty of Candour", "WHO checklist", "21/02/2024 23:15", "46 y"],
))

# ---------------------------------------------------------------- s43-014
DOCS.append(D(
    "s43-014", "audit_report", "Dr Ciarán Ó Dálaigh",
    """Re-audit: VTE risk assessment within 14 hours of admission - medical admissions
South Eastern Health and Social Care Trust - Ulster Hospital, Dundonald
Audit lead: Dr Ciarán Ó Dálaigh (Specialty Doctor, General Internal Medicine)
Supervisor: Dr Grainne Toner, Consultant Physician and Audit Lead
Standard: NICE NG89 (2018, updated 2019) - 100% of medical admissions to have a VTE risk assessment on admission and a documented decision on thromboprophylaxis; Trust target 95%.

Cycle 1 (October 2023): 60 consecutive admissions to AMU, case-note and NIECR review.
- Risk assessment completed within 14 h: 38/60 (63%)
- Appropriate prophylaxis prescribed where indicated: 41/49 (84%)
- Contraindication documented where prophylaxis withheld: 5/11 (45%)
- Dose adjusted for weight/renal function (enoxaparin, eGFR < 30 or weight < 50 kg): 2/6 (33%)

Interventions (November 2023 - January 2024):
1. VTE assessment made a mandatory field on the electronic clerking proforma.
2. Weight-band enoxaparin table (20 mg / 40 mg / 60 mg / 40 mg BD) printed on drug kardex.
3. Ten-minute teaching at FY1 induction and at the weekly medical grand round.

Cycle 2 (February 2024): 60 consecutive admissions.
- Risk assessment within 14 h: 55/60 (92%)
- Appropriate prophylaxis: 47/50 (94%)
- Contraindication documented: 9/10 (90%)
- Dose adjusted: 5/6 (83%)

Conclusion: marked improvement but still below the 95% Trust target. Third cycle planned for August 2024 after the new FY1 changeover. Presented at the Medical Directorate governance meeting, 14 March 2024.
""",
    [],
    ["Dr Ciarán Ó Dálaigh", "Dr Grainne Toner", "South Eastern Health and Social Care Trust", "Ulster Hospital",
     "NICE NG89", "38/60 (63%)", "55/60 (92%)", "eGFR < 30", "20 mg / 40 mg / 60 mg / 40 mg BD", "14 March 2024",
     "October 2023"],
))

# ---------------------------------------------------------------- s43-015
DOCS.append(D(
    "s43-015", "safeguarding_note", "Dr Mfon Udoh",
    """Child protection medical - record of examination
Aneurin Bevan University Health Board - The Grange University Hospital, Paediatric Assessment Unit
Examining doctor: Dr Mfon Udoh, Specialty Doctor in Paediatrics
Supervising consultant: Dr Angharad Rees (present for examination)
Date/time: 08/04/2024 14:30

Child: Tyler-James PRICE     DOB 03/01/2021 (3y 3m)   Male
NHS no: 914 225 0638     Hosp no: D4410772
Address: 12 Maes y Coed, Pengam, Blackwood NP12 3TL
Nursery: Little Acorns Day Nursery, Blackwood
Person with parental responsibility: mother, Chantelle Price (present). Mother's partner: Dean Watkins (not present).
Referrer: Bethan Hughes, social worker, Caerphilly Children's Services - Section 47 strategy discussion 08/04/2024 11:00
Safeguarding referral no.: CCBC-CS-24-3381       Gwent Police occurrence no. 2400117734

History (from mother): Bruising noticed by nursery staff this morning. Mother states TJ fell from the sofa on Saturday. She said Dean had "been in a mood" and had driven off with TJ in the van (white Transit, reg CU19 XKP) on Saturday afternoon. Chantelle's mother (Mrs Lorraine Price) looks after TJ on Wednesdays.

Examination: Weight 14.1 kg (25th centile). Well, interactive. Four oval bruises 1-1.5 cm on the left upper arm in a linear pattern, consistent with fingertip grip marks. Patterned bruise 4 x 2 cm on the right buttock. Bruise on the left pinna. TEN-4-FACESp positive (ear). No petechiae. Frenulum intact.

Investigations: FBC, clotting screen incl. VWF, skeletal survey (and repeat at 11-14 days), CT head not indicated (GCS 15, no neurological signs) per RCPCH Child Protection Companion.

Opinion: The bruising is not consistent with the explanation given and is highly suggestive of inflicted injury. Discussed with Bethan Hughes at 16:10; child to remain on ward pending strategy meeting, under the Wales Safeguarding Procedures.

Signed: Dr Mfon Udoh     Countersigned: Dr Angharad Rees, Consultant Paediatrician (Named Doctor, Safeguarding)
""",
    [("Tyler-James PRICE", "PATIENT_NAME"), ("TJ", "PATIENT_NAME"), ("914 225 0638", "NHS_NUMBER"),
     ("D4410772", "HOSPITAL_NUMBER"), ("12 Maes y Coed, Pengam, Blackwood", "ADDRESS"), ("NP12 3TL", "POSTCODE"),
     ("Little Acorns Day Nursery, Blackwood", "ADDRESS"), ("Chantelle Price", "RELATIVE_NAME"),
     ("Chantelle", "RELATIVE_NAME"), ("Dean Watkins", "RELATIVE_NAME"), ("Dean", "RELATIVE_NAME"),
     ("Bethan Hughes", "COLLEAGUE_NAME"), ("CCBC-CS-24-3381", "REFERENCE_NUMBER"), ("2400117734", "REFERENCE_NUMBER"),
     ("CU19 XKP", "OTHER_ID"), ("Lorraine Price", "RELATIVE_NAME")],
    ["Dr Mfon Udoh", "Dr Angharad Rees", "Aneurin Bevan University Health Board", "The Grange University Hospital",
     "DOB 03/01/2021", "Male", "3y 3m", "Weight 14.1 kg (25th centile)", "TEN-4-FACESp", "skeletal survey",
     "RCPCH Child Protection Companion", "Wales Safeguarding Procedures", "Section 47", "GCS 15", "08/04/2024 14:30"],
))

# ---------------------------------------------------------------- s43-016
DOCS.append(D(
    "s43-016", "coroner_statement", "Dr Arjun Nair",
    """STATEMENT FOR HM SENIOR CORONER FOR CUMBRIA
Coroner's ref: 00412/2024/CUM
Inquest touching the death of: Derek Raymond HODGSON, born 11 September 1946, died 3 February 2024

Witness: Dr Arjun Nair MBBS MRCP, Specialty Doctor in Acute Medicine
GMC number: 7211904
Employer: North Cumbria Integrated Care NHS Foundation Trust, Cumberland Infirmary, Carlisle

1. I make this statement from my own recollection and from the medical records (hospital number CI-0983312). I was the middle-grade doctor on the acute medical take on 2 February 2024.

2. Mr Hodgson, of Low Fold Cottage, Caldbeck, was brought in by North West Ambulance Service (incident 24/021788) at 18:52 with a two-day history of vomiting and confusion. His son, Mr Philip Hodgson, told me his father had fallen off a ladder at his farm the previous week.

3. He was first seen by Dr Sofia Lindqvist (FY2) at 19:40. She documented a GCS of 14 and requested a CT head, which was vetted by the on-call radiology registrar, Dr Ewan Grieve, and performed at 22:05. I reviewed Mr Hodgson at 22:30. The CT showed a 14 mm left acute-on-chronic subdural haematoma with 6 mm midline shift. He was taking apixaban 5 mg BD for atrial fibrillation.

4. I gave andexanet alfa per the trust protocol at 23:10 after discussion with the haematology consultant and referred him to the neurosurgical team at the Royal Victoria Infirmary, Newcastle, at 23:20. The neurosurgical registrar advised transfer once the anticoagulant was reversed. At 01:15 his GCS fell to 8 (E2 V2 M4); the left pupil became fixed and dilated. He was intubated by the anaesthetic team. Following discussion with the neurosurgical consultant and the family, further treatment was not considered to be in his interest, and he died at 09:40 on 3 February 2024.

5. Staff Nurse Paula Irving was caring for him and recorded neurological observations hourly.

I believe that the facts stated in this witness statement are true.
Signed: Arjun Nair     Date: 19/03/2024
""",
    [("00412/2024/CUM", "REFERENCE_NUMBER"), ("Derek Raymond HODGSON", "PATIENT_NAME"), ("Hodgson", "PATIENT_NAME"),
     ("CI-0983312", "HOSPITAL_NUMBER"), ("Low Fold Cottage, Caldbeck", "ADDRESS"), ("24/021788", "REFERENCE_NUMBER"),
     ("Philip Hodgson", "RELATIVE_NAME"), ("Sofia Lindqvist", "COLLEAGUE_NAME"), ("Ewan Grieve", "COLLEAGUE_NAME"),
     ("Paula Irving", "COLLEAGUE_NAME")],
    ["Dr Arjun Nair", "Arjun Nair", "GMC number: 7211904", "North Cumbria Integrated Care NHS Foundation Trust",
     "Cumberland Infirmary", "Royal Victoria Infirmary", "born 11 September 1946", "apixaban 5 mg BD",
     "andexanet alfa", "14 mm", "6 mm midline shift", "GCS fell to 8 (E2 V2 M4)", "North West Ambulance Service",
     "2 February 2024", "22:30"],
))

# ---------------------------------------------------------------- s43-017
DOCS.append(D(
    "s43-017", "police_statement", "Dr Beatriz Santos",
    """POLICE SCOTLAND - WITNESS STATEMENT (professional witness)
Crime ref: GC/0044718/24     Incident: 1147 of 16/02/2024
Statement of: Dr Beatriz Santos, Specialty Doctor, Emergency Department, Queen Elizabeth University Hospital, Glasgow (NHS Greater Glasgow and Clyde)
Noted by: PC Andrew Reid, collar no. D1893, Greater Glasgow Division

I am a registered medical practitioner. On Friday 16 February 2024 at approximately 23:50 I attended to a male patient in Resus 2 who had been brought by Scottish Ambulance Service. He was identified to me as Connor McALLISTER, date of birth 05/05/2004, of 3/2, 71 Drumoyne Gait, Govan, G51 3BD. His ED attendance number was ED24-118832 and CHI 0505041197.

He had a single wound 2.5 cm long in the left ninth intercostal space, mid-axillary line. His blood pressure was 88/52, heart rate 128, and the FAST scan showed free fluid in the left upper quadrant. He received 2 units of O-negative blood and tranexamic acid 1 g, and the major haemorrhage protocol was activated. He went to theatre with the general surgical team at 00:35 for laparotomy and splenectomy.

He told me "it was wee Stevie fae the Nitshill lot, outside the Brazen Head" and that his friend Jamie Boyle was with him. His girlfriend, whom I know only as Kayleigh, arrived at 00:20 and said they had driven from Paisley Road West in a grey Golf, registration SN19 XRT.

I have not retained any notes other than those in the medical record.

Signed B. Santos       Witnessed: PC A. Reid
""",
    [("GC/0044718/24", "REFERENCE_NUMBER"), ("1147 of 16/02/2024", "REFERENCE_NUMBER"), ("Andrew Reid", "COLLEAGUE_NAME"),
     ("A. Reid", "COLLEAGUE_NAME"), ("D1893", "OTHER_ID"), ("Connor McALLISTER", "PATIENT_NAME"),
     ("3/2, 71 Drumoyne Gait, Govan", "ADDRESS"), ("G51 3BD", "POSTCODE"), ("ED24-118832", "HOSPITAL_NUMBER"),
     ("0505041197", "NHS_NUMBER"), ("Stevie", "RELATIVE_NAME"), ("Brazen Head", "ADDRESS"),
     ("Jamie Boyle", "RELATIVE_NAME"), ("Kayleigh", "RELATIVE_NAME"), ("SN19 XRT", "OTHER_ID")],
    ["Dr Beatriz Santos", "B. Santos", "Queen Elizabeth University Hospital", "NHS Greater Glasgow and Clyde",
     "date of birth 05/05/2004", "Resus 2", "2.5 cm", "88/52", "heart rate 128", "tranexamic acid 1 g",
     "major haemorrhage protocol", "splenectomy", "Scottish Ambulance Service", "16 February 2024"],
))

# ---------------------------------------------------------------- s43-018
DOCS.append(D(
    "s43-018", "mini_cex", "Dr Farah Naqvi",
    """Mini-Clinical Evaluation Exercise (Mini-CEX) - Dermatology
Applicant: Dr Farah Naqvi (Specialty Doctor, Dermatology)
Assessor: Dr Helen Thirkettle, Consultant Dermatologist (GMC 3398120)
Location: Salford Royal, Northern Care Alliance NHS Foundation Trust - Dermatology OPD
Date: 17/07/2024

Patient: J McG, 45F, new referral, chronic plaque psoriasis, scalp and nail involvement, psoriatic arthritis symptoms
Clinical setting: Outpatient   Complexity: Moderate   Time: observation 20 min, feedback 10 min

Domains (1-6):
History taking 5 | Physical examination 5 | Communication 6 | Clinical judgement 5 | Professionalism 6 | Organisation/efficiency 4 | Overall 5

Assessor feedback:
Farah measured PASI (14.2) and DLQI (18) accurately and screened with PEST (score 4) - rightly referred to rheumatology. Good explanation of methotrexate 15 mg once weekly with folic acid 5 mg once weekly (not on the methotrexate day), including the need for contraception and baseline bloods (FBC, LFT, U&E, PIIINP). Discussed the likely step to adalimumab if there is no response at 16 weeks per NICE TA146/BAD guidance. She asked about alcohol sensitively. Could be more concise; the consultation overran.

Agreed action: produce a one-page methotrexate checklist for the clinic.

Signed: H. Thirkettle 17/07/2024     Applicant: F. Naqvi
""",
    [("J McG", "PATIENT_NAME")],
    ["Dr Farah Naqvi", "F. Naqvi", "Farah", "Dr Helen Thirkettle", "H. Thirkettle", "GMC 3398120", "Salford Royal",
     "Northern Care Alliance NHS Foundation Trust", "45F", "PASI (14.2)", "DLQI (18)", "PEST (score 4)",
     "methotrexate 15 mg once weekly", "folic acid 5 mg", "adalimumab", "NICE TA146", "17/07/2024"],
))

# ---------------------------------------------------------------- s43-019
DOCS.append(D(
    "s43-019", "dops", "Dr Kwame Asante",
    """[scanned form - text layer from OCR]

NORTHERN HEALTH AND SOCIAL CARE TRUST         Antrim Area Hospita1 - Endoscopy Unit
DIRECT OBSERVATION OF PROCEDURAL SKILLS (DOPS) - Upper GI endoscopy (OGD)

|  PATIENT LABEL                                   |
|  Name: MULHOLLAND  Bernadette  M.                |
|  H&C N0: 447 l208 836      Hosp No: AH0O81723    |
|  D.O.B. 14/O2/1957   F                           |
|  Addr: 6 Glenvale Pk, Randalstown BT41 3LQ       |

Trainee / applicant: Dr Kwame Asante     Date: 25.O3.2024
Assessor: Dr Orla Devlin, Consultant Gastroenterologist   JAG trainer: yes

Indication: Iron deficiency anaemia (Hb 91 g/L, ferritin 6)    Sedation: midazolam 2 mg + Co-phenylcaine spray
Findings: LA grade B oesophagitis; D2 biopsies x4 (coeliac), gastric biopsies (Sydney protocol) for H. pylori

DOPS domains (JAG): pre-procedure ...... meets   intubation ...... meets   visualisation / J-manoeuvre ...... meets
  lesion recognition ...... meets   biopsy technique ...... meets   comfort score 2/5 ...... meets
  documentation & report ...... above

Overall: Competent for independent practice - upper GI diagnostic
Comments: Smooth intubation, complete photo-documentation, BSG/JAG standards met. Reinforce ferrit1n & coeliac serology (TTG) follow-up on the histology results.

Assessor signature: O. Devlin     GMC 6021477
""",
    [("MULHOLLAND  Bernadette  M.", "PATIENT_NAME"), ("447 l208 836", "NHS_NUMBER"), ("AH0O81723", "HOSPITAL_NUMBER"),
     ("6 Glenvale Pk, Randalstown", "ADDRESS"), ("BT41 3LQ", "POSTCODE")],
    ["Dr Kwame Asante", "Dr Orla Devlin", "O. Devlin", "GMC 6021477", "NORTHERN HEALTH AND SOCIAL CARE TRUST",
     "D.O.B. 14/O2/1957", "Hb 91 g/L", "midazolam 2 mg", "Co-phenylcaine", "LA grade B oesophagitis",
     "Sydney protocol", "comfort score 2/5", "JAG", "25.O3.2024"],
))

# ---------------------------------------------------------------- s43-020
DOCS.append(D(
    "s43-020", "supervisor_report", "Dr Yusuf Ibrahim",
    """STRUCTURED REPORT FROM EDUCATIONAL/CLINICAL SUPERVISOR
Portfolio pathway (CESR) - Histopathology
Applicant: Dr Yusuf Ibrahim (GMC 7455610), Specialty Doctor in Histopathology
Supervisor: Dr Gwyneth Ellis, Consultant Histopathologist and Clinical Lead, Cellular Pathology
Department of Cellular Pathology, University Hospital of Wales, Cardiff and Vale University Health Board
Period covered: August 2021 - July 2024

I have supervised Dr Ibrahim directly for three years. He reports independently on a general surgical pathology caseload with a special interest in gastrointestinal and skin pathology.

Workload: in 2023 he reported 3,410 surgical cases (about 5,900 blocks) and performed or supervised cut-up of 1,240 specimens, including 96 colorectal cancer resections, which he reports to the RCPath dataset (5th edition) with 100% completeness in our internal audit.

Quality: his EQA performance (UK NEQAS-equivalent GI scheme) has been within the expected range every round; two double-reporting discrepancies in 2023, both minor and both discussed at our departmental discrepancy meeting. He attends the colorectal, upper GI and skin MDTs weekly and presents cases clearly.

Teaching and management: he leads the ST1 cut-up teaching programme, contributed to our UKAS ISO 15189 reaccreditation in 2022, and co-wrote our frozen-section SOP.

Areas for development: cytopathology experience is limited to non-gynaecological cases; I have recommended a period with the cytology team and sign-off of 200 cases with Dr Ellis or a colleague.

I confirm that the evidence in this application relating to Cardiff was produced by Dr Ibrahim.

Dr Gwyneth Ellis  GMC 4178852    12 August 2024
""",
    [],
    ["Dr Yusuf Ibrahim", "Dr Ibrahim", "GMC 7455610", "Dr Gwyneth Ellis", "Dr Ellis", "GMC 4178852",
     "University Hospital of Wales", "Cardiff and Vale University Health Board", "3,410 surgical cases",
     "RCPath dataset (5th edition)", "UKAS ISO 15189", "12 August 2024"],
))
