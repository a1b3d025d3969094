from common import D

D("s42-041", "clinic_letter", "Dr Lena Hoffmann", """
UHW Neurology - Movement Disorders Clinic - Dr L Hoffmann
clinic date 22.08.2023 / typed 29.08.2023 / ref LH/MD/ab/7702

Dr Eirian Pask
Canton Medical Centre
Cardiff

Re: Mrs Gloria Antoinette Baptiste-Wynn (dob 14.06.1955) nhs no 4863390125
flat 9 Cory House, Bute Esplanade, Cardiff CF10 5BY

Dear Dr Pask,

Diagnosis: Parkinson's disease, akinetic-rigid, right-sided onset (2019), H&Y 2.5. Possible early impulse control disorder.
Medication: co-beneldopa (Madopar) 125 mg qds, ropinirole XL 8 mg od, rasagiline 1 mg od.

I saw Gloria with her husband Winston today. Motor control is reasonable (MDS-UPDRS III 28 "on"). However Winston tells me that since the ropinirole increase she has been spending many hours on online bingo and has run up about £6,000 on a credit card; she has also started buying "far too many" plants from the garden centre at Pontprennau. She is embarrassed but agrees.

This is likely dopamine agonist-related ICD. I have advised reducing ropinirole XL to 6 mg for 2 weeks, then 4 mg, while increasing Madopar to 125 mg 5 times a day. I have given the number for our PD nurse, Nerys, who will ring her on 01632 960671 (home) in a fortnight. The QUIP-RS questionnaire will be repeated at the next visit.

She asked me not to mention the gambling to her daughter Marcia, who lives with them part of the week.

Yours sincerely,
Lena Hoffmann
Specialty Doctor, Neurology
""", [("LH/MD/ab/7702", "REF"), ("Eirian Pask", "CN"), ("Pask", "CN"), ("Canton Medical Centre", "AD"), ("Gloria Antoinette Baptiste-Wynn", "PN"),
      ("4863390125", "NHS"), ("flat 9 Cory House, Bute Esplanade, Cardiff", "AD"), ("CF10 5BY", "PC"), ("Gloria", "PN"), ("Winston", "RN"),
      ("garden centre at Pontprennau", "AD"), ("Nerys", "CN"), ("01632 960671", "PH"), ("Marcia", "RN")],
  ["Dr L Hoffmann", "Lena Hoffmann", "UHW", "14.06.1955", "Parkinson's disease", "H&Y 2.5", "co-beneldopa (Madopar) 125 mg qds", "ropinirole XL 8 mg od",
   "rasagiline 1 mg od", "MDS-UPDRS III 28", "QUIP-RS", "22.08.2023", "Madopar"])

D("s42-042", "audit_report", "Dr Rasha Al-Khatib", """
AUDIT: Post-partum haemorrhage >= 1500 ml - compliance with RCOG Green-top Guideline No. 52 and the All Wales OBS Cymru bundle
Swansea Bay University Health Board, Singleton Hospital Maternity Unit
Lead: Dr Rasha Al-Khatib (Specialty Doctor)   Supervisor: Miss Eluned Rowlands, Consultant Obstetrician   Audit no.: SBUHB-MAT-AUD-2023-19
Period: 01/01/2023 - 30/06/2023   Cases: 31 (from theatre and PPH registers)

Standards and results
| Standard                                                    | Target | Result      |
| Quantitative blood loss (QBL) measured                      | 100%   | 29/31 (94%) |
| ROTEM / Fibtem A5 done when QBL > 1000 ml                   | 100%   | 24/31 (77%) |
| Tranexamic acid 1 g IV given within 3 h of birth            | 100%   | 27/31 (87%) |
| Debrief offered to woman before discharge                   | 100%   | 15/31 (48%) |
| Datix completed                                             | 100%   | 31/31       |

Outlier case reviewed in detail (case 17; MRN SBU-5519340, Mrs T.O.-R., 1.8 L, Bakri): no Fibtem because the ROTEM machine was in use; debrief done by community midwife Sioned at home in Gorseinon.

Recommendations: second ROTEM device (business case submitted); PPH debrief checklist on discharge form; teaching at PROMPT study day. Re-audit Q2 2024.
Presented at the Obstetric Governance meeting 05/10/2023.
""", [("SBUHB-MAT-AUD-2023-19", "REF"), ("SBU-5519340", "HN"), ("T.O.-R.", "PN"), ("Sioned", "CN"), ("Gorseinon", "AD")],
  ["Dr Rasha Al-Khatib", "Miss Eluned Rowlands", "Swansea Bay University Health Board", "Singleton Hospital", "RCOG Green-top Guideline No. 52", "OBS Cymru",
   "Tranexamic acid 1 g IV", "Fibtem A5", "29/31 (94%)", "PROMPT", "01/01/2023 - 30/06/2023", "05/10/2023"])

D("s42-043", "complaint_response", "Dr Tomás Ferreira", """
Royal Cornwall Hospitals NHS Trust - Patient Experience Team
Our ref: PALS/COMP/24/1177      Your ref: LT/Feb24
Date: 8 April 2024

Mr L. Tonkin
Chy an Mor
Beach Road
Porthtowan
TR4 8AD

Dear Mr Tonkin

Thank you for your email of 14 March 2024 about the care of your wife in our Emergency Department on 25 February 2024, and for agreeing that we could share your concerns with the clinical team. Dr Tomás Ferreira, the senior doctor who led her care, and Mrs Dawn Kitto, the nurse in charge, have both contributed to this reply.

You asked why your wife was not placed in a warm bath. Dr Ferreira has explained that for moderate hypothermia (her core temperature was 30.8 C) a warm bath is not recommended because sudden changes in circulation can cause dangerous heart rhythms. National and European Resuscitation Council guidance advise gentle handling and warming with forced-air blankets and warmed fluids, which is what was done.

You also told us that no one updated you for 40 minutes. We accept this. We did not assign a member of staff to support you, and we apologise. Dr Ferreira has reflected on this, and our department now names a family liaison for every patient in resus. This learning was shared at our departmental governance meeting on 2 April.

We were pleased to hear Rebecca is back swimming with her friends at Porthtowan.

If you remain unhappy you can contact the Parliamentary and Health Service Ombudsman on 01632 960433 or at www.ombudsman.org.uk.

Yours sincerely
Jenna Crowle
Head of Patient Experience
""", [("PALS/COMP/24/1177", "REF"), ("LT/Feb24", "REF"), ("L. Tonkin", "RN"), ("Tonkin", "RN"), ("Chy an Mor", "AD"), ("Beach Road", "AD"),
      ("Porthtowan", "AD"), ("TR4 8AD", "PC"), ("Dawn Kitto", "CN"), ("Rebecca", "PN"), ("01632 960433", "PH"), ("www.ombudsman.org.uk", "URL"),
      ("Jenna Crowle", "CN")],
  ["Dr Tomás Ferreira", "Dr Ferreira", "Royal Cornwall Hospitals NHS Trust", "30.8 C", "Emergency Department", "European Resuscitation Council",
   "Parliamentary and Health Service Ombudsman", "8 April 2024", "25 February 2024"])

D("s42-044", "msf_summary", "Dr Ayesha Rahman", """
MULTI-SOURCE FEEDBACK (360) - summary report
Doctor: Dr Ayesha Rahman, Specialty Doctor, Dermatology, Belfast HSC Trust (RVH)
Cycle: 2023/24   Responses: 16 colleagues (target 15), 34 patients   Report generated: 19/03/2024
Responsible officer / appraiser: Dr Niall Corrigan

Colleague ratings (mean, scale 1-5; peer benchmark in brackets)
Clinical knowledge 4.7 (4.5) | Communication with patients 4.9 (4.6) | Teamwork 4.6 (4.5) | Teaching 4.8 (4.3) | Time management 4.1 (4.4)

Patient ratings: 98% "would be happy to see this doctor again".

Free-text (colleagues), verbatim:
 - "Ayesha is the first person the nurses go to with a worrying mole. Her biopsy turnaround is excellent."
 - "Occasionally runs over in clinic - patients love her but the 12:30 list suffers (sorry Ayesha!). - Maeve in outpatients"
 - "Supported me hugely when I had my own skin cancer scare last year." (anonymous)
 - "She stood up for Dr Brennan on the ward when a patient's husband was abusive" 

Free-text (patients), verbatim:
 - "Explained my eczema better than anyone in 20 years. I'm in the Ballyhackamore choir and haven't scratched through a concert since! - Mrs Vera O'Neill"
 - "Lovely doctor, gave my son Jack time to ask his own questions about his acne."

Reflection (applicant): time management is my lowest score; I now book 2 overflow slots and use a dermoscopy template.
""", [("Maeve", "CN"), ("Brennan", "CN"), ("Ballyhackamore choir", "AD"), ("Vera O'Neill", "PN"), ("Jack", "PN")],
  ["Dr Ayesha Rahman", "Ayesha", "Belfast HSC Trust", "RVH", "Dr Niall Corrigan", "4.7", "98%", "19/03/2024"])

D("s42-045", "police_statement", "Dr Mihai Popescu", """
POLICE SERVICE OF NORTHERN IRELAND
WITNESS STATEMENT (Article 4, Criminal Justice (Evidence, etc.) (NI) Order 1988)
Occurrence/CCS ref: CC2023092900715      Serial: 1149 of 29/09/2023

Statement of: Mihai POPESCU     Occupation: Doctor (Specialty Doctor, General Surgery), Craigavon Area Hospital

On Friday 29th September 2023 at approximately 01:20 I was called to the Emergency Department, Craigavon Area Hospital, to see a male patient, Conor Fitzpatrick, date of birth 03/03/2001, address 7 Drumnagoon Road, Portadown, BT62 1QA. Hospital number K0881436.

He had a single stab wound to the left upper abdomen, approximately 2.5 cm long, just below the costal margin. He told me he had been stabbed outside the chip shop on Woodhouse Street after an argument with a man he called "Mackers". His girlfriend, Ms Leah Cassidy, was with him.

His blood pressure was 94/60, heart rate 118. FAST scan positive for free fluid in the left upper quadrant. I took him to theatre at 02:05 for a laparotomy with Mr Gareth Nesbitt, Consultant Surgeon. Findings were a grade III splenic laceration; a splenectomy was performed. There was no bowel injury. He received 4 units of red cells and 4 of FFP under the major haemorrhage protocol.

His clothing (a grey Nike tracksuit top, bagged as exhibit MP/1) was handed to Constable Aoife Lennon, number 21874, at 03:40.

I make this statement from my contemporaneous notes. Signed: M. Popescu   Date: 06/10/2023
""", [("CC2023092900715", "REF"), ("1149", "REF"), ("Conor Fitzpatrick", "PN"), ("7 Drumnagoon Road, Portadown", "AD"), ("BT62 1QA", "PC"),
      ("K0881436", "HN"), ("chip shop on Woodhouse Street", "AD"), ("Mackers", "RN"), ("Leah Cassidy", "RN"), ("Gareth Nesbitt", "CN"),
      ("MP/1", "REF"), ("Aoife Lennon", "CN"), ("21874", "OID")],
  ["Mihai POPESCU", "M. Popescu", "Craigavon Area Hospital", "03/03/2001", "94/60", "FAST scan", "grade III splenic laceration", "4 units of red cells",
   "major haemorrhage protocol", "29th September 2023", "06/10/2023", "POLICE SERVICE OF NORTHERN IRELAND"])

D("s42-046", "clinic_letter", "Dr Sofia Marchetti", """
NHS GRAMPIAN - OPHTHALMOLOGY - ARI
Glaucoma Clinic    Seen 07/03/2024 by Dr S Marchetti (Specialty Doctor) for Mr Ahmed's clinic

To: Dr Lorna McRae, Inverurie Medical Group
cc: patient

Name: Mrs Halima Bashir Osman      CHI: 0411587702
Address: 12 Burghmuir Circle, Inverurie, AB51 4FQ
Tel: 07700 900249 (daughter Amina - patient speaks Somali, Amina interprets by phone)

Diagnosis: Primary open angle glaucoma, both eyes; left > right.
IOP today: R 19 mmHg, L 26 mmHg (on latanoprost 0.005% nocte OU). CCT R 512, L 508 um. Gonioscopy: open angles.
Visual fields (HFA 24-2 SITA Fast): MD R -2.3 dB, L -9.8 dB, progression in L on GPA (likely progression).
OCT RNFL: inferior thinning L.

Plan: Add timolol 0.5% bd to the left (no asthma, HR 72). SLT discussed - she would like to think about it after Ramadan. Review 3 months with fields.

Mrs Osman told me she stopped her drops for two weeks in January because she ran out while visiting her son Abdirahman in Leicester; please could the pharmacy (Boots, Market Place, Inverurie) set up repeat dispensing.

Yours sincerely
Dr Sofia Marchetti
""", [("Ahmed", "CN"), ("Lorna McRae", "CN"), ("Inverurie Medical Group", "AD"), ("Halima Bashir Osman", "PN"), ("0411587702", "NHS"),
      ("12 Burghmuir Circle, Inverurie", "AD"), ("AB51 4FQ", "PC"), ("07700 900249", "PH"), ("Amina", "RN"), ("Osman", "PN"),
      ("Abdirahman", "RN"), ("Leicester", "AD"), ("Boots, Market Place, Inverurie", "AD")],
  ["Dr Sofia Marchetti", "Dr S Marchetti", "NHS GRAMPIAN", "ARI", "Primary open angle glaucoma", "R 19 mmHg, L 26 mmHg", "latanoprost 0.005% nocte",
   "timolol 0.5% bd", "HFA 24-2 SITA Fast", "MD R -2.3 dB, L -9.8 dB", "SLT", "Somali", "07/03/2024", "Ramadan"])

D("s42-047", "handover_notes", "Dr Anjali Nair", """
Liaison Psychiatry - North Manchester General - handover sheet  (night -> day)  Thu 29 Feb 2024
from: A. Nair (SD)  to: Dr Rupert Vance (day SD), RMN Gemma Hurst

1) RT, 41F, A&E cubicle 14 - paracetamol OD (~40 x 500mg, staggered), NAC running (SNAP regimen) bag 2. SADPERSONS not used - formulation: high intent, note left for her ex (Marcus). 2 kids at home with her mum in Moston. Needs MHA assessment when medically fit. RiO 11204587.
2) mr k. o'driscoll - 66M, AMU bed 22, delirium vs psychotic depression. Wife (Maureen O'Driscoll) says he's "not been right since he retired from the buses" (Queens Road depot). Collateral from GP Dr Lim pending. MoCA 17. Not for MHA. Review today.
3) "Tash" - Natasha Pryce-Evans, 23F, known EUPD, self-discharged at 03:10 before assessment. Police welfare check requested (GMP log 0412 29/02/24). Lives Harpurhey, supported accom (Northmoor House). Care co-ordinator Kirsty (Hope Team) to be told.
4) ethan walsh - NOT here, sent home yesterday 04:00 from ED w/ crisis team f/up (see complaint!) - ring dad today 07700 900776.

Beds: 0 adult acute beds in GM; 2 out of area (Priory Cheadle).
""", [("Rupert Vance", "CN"), ("Gemma Hurst", "CN"), ("RT", "PN"), ("Marcus", "RN"), ("Moston", "AD"), ("11204587", "HN"), ("k. o'driscoll", "PN"),
      ("Maureen O'Driscoll", "RN"), ("Queens Road depot", "AD"), ("Lim", "CN"), ("Tash", "PN"), ("Natasha Pryce-Evans", "PN"), ("0412", "REF"),
      ("Harpurhey", "AD"), ("Northmoor House", "AD"), ("Kirsty", "CN"), ("ethan walsh", "PN"), ("07700 900776", "PH")],
  ["A. Nair", "North Manchester General", "41F", "paracetamol OD (~40 x 500mg, staggered)", "SNAP regimen", "SADPERSONS", "66M", "AMU bed 22", "MoCA 17",
   "23F", "EUPD", "Priory Cheadle", "29 Feb 2024", "A&E cubicle 14"])

D("s42-048", "case_based_discussion", "Dr Kwame Asante", """
CbD - Cardiology (Heart failure)      Date: 05/06/2024
Applicant: Dr Kwame Asante      Assessor: Dr Priya Raghunathan, Consultant Cardiologist (Heart Failure), Glenfield Hospital
Focus: clinical reasoning & management of a patient with HFrEF

Case (presented by KA): 58-year-old man, Mr "J.O." (MRN S3927710), a bus driver for Arriva on the Leicester-Loughborough route, admitted with decompensated heart failure. New diagnosis; LVEF 22% on echo, NT-proBNP 8,450 ng/L. Coronary angiogram unobstructed -> dilated cardiomyopathy; alcohol (about 50 units/week "at the Bell in Hathern with the darts team") considered contributory. Family history: brother (Emmanuel) died suddenly aged 44.

Management discussed: IV furosemide, then the four pillars - sacubitril/valsartan 24/26 mg bd, bisoprolol 1.25 mg, dapagliflozin 10 mg, spironolactone 25 mg. Cardiac MRI (LGE mid-wall), genetic testing and family screening (given the brother's death). ICD not yet - re-assess at 3 months of OMT (NICE TA314). DVLA: Group 2 licence revoked with LVEF < 40% - discussed with patient and his wife, Mrs Comfort Owusu, and occupational health at Arriva.

Assessor feedback: Very good grasp of guideline-directed therapy and sequencing. Thoughtful handling of his employment and family screening. Next: lead a HF MDT case discussion.
Rating: above expected for consultant-readiness. Signed P. Raghunathan
""", [("J.O.", "PN"), ("S3927710", "HN"), ("Arriva on the Leicester-Loughborough route", "AD"), ("Arriva", "AD"), ("Bell in Hathern", "AD"), ("Emmanuel", "RN"),
      ("Comfort Owusu", "RN")],
  ["Dr Kwame Asante", "KA", "Dr Priya Raghunathan", "P. Raghunathan", "Glenfield Hospital", "58-year-old man", "LVEF 22%", "NT-proBNP 8,450 ng/L",
   "sacubitril/valsartan 24/26 mg bd", "bisoprolol 1.25 mg", "dapagliflozin 10 mg", "spironolactone 25 mg", "NICE TA314", "LVEF < 40%", "DVLA", "05/06/2024"])

D("s42-049", "email", "Dr Emeka Okonkwo", """
From: Okonkwo Emeka (NNUH) <emeka.okonkwo@nnuh.nhs.uk>
To: manager@brundallgrange-care.co.uk
Cc: Larwood Paul (NNUH - Discharge Team)
Date: 21 November 2023 13:05
Subject: Discharge tomorrow - Mrs Winifred ("Winnie") Gotts, Room 14

Dear Mrs Hartley,

Mrs Gotts (DOB 02/02/1935, NHS 728 114 6650) is medically fit to return to Brundall Grange tomorrow, 22/11/2023, after her admission with delirium secondary to a UTI. Transport is booked for 11:00 via the hospital transport hub (booking ref TB-221123-0457).

Key points for your staff:
- Delirium has largely resolved (4AT 2 today, was 9 on admission). She may be more confused in the evenings for a week or two.
- Nitrofurantoin 100 mg MR bd - 2 more days (last dose 23/11).
- Stop: zopiclone (falls risk). Continue sertraline 50 mg.
- Her hearing aids were sent home with her granddaughter, Chloe Gotts, on Sunday; please check they are back in.
- She was distressed at night asking for "Bill" (her late husband) and for her budgie, Joey. Familiar things in her room will help.

Her ReSPECT form (not for CPR, ward-based care) travels with her. I'm happy to be called on the ward (Cringleford, 01632 960227) if any concerns.

Kind regards
Dr Emeka Okonkwo
Specialty Doctor, Older People's Medicine, NNUH
""", [("emeka.okonkwo@nnuh.nhs.uk", "EM"), ("manager@brundallgrange-care.co.uk", "EM"), ("Larwood Paul", "CN"), ("Winifred", "PN"), ("Winnie", "PN"),
      ("Gotts", "PN"), ("Room 14", "AD"), ("Hartley", "CN"), ("728 114 6650", "NHS"), ("Brundall Grange", "AD"), ("TB-221123-0457", "REF"),
      ("Chloe Gotts", "RN"), ("Bill", "RN"), ("Joey", "OID"), ("01632 960227", "PH")],
  ["Dr Emeka Okonkwo", "Okonkwo Emeka", "NNUH", "02/02/1935", "22/11/2023", "4AT 2", "Nitrofurantoin 100 mg MR bd", "zopiclone", "sertraline 50 mg",
   "ReSPECT", "Cringleford", "21 November 2023 13:05"])

D("s42-050", "logbook_extract", "Dr Min-jun Park", """
Anaesthesia logbook (RCoA Lifelong Learning export) - Dr Min-jun Park - Jan-Feb 2024 - QEUH / Glasgow Royal Infirmary
Columns: date | site | pt ref | age | ASA | procedure | anaesthetic | airway | supervision | notes

02/01/24 | QEUH | 7712 | 67 | 3 | EVAR | GA + art line | ETT | local (cons in suite) | -
04/01/24 | QEUH | 7713 | 34 | 1 | lap chole | GA | LMA i-gel 4 | solo | -
09/01/24 | QEUH | 7719 | 81 | 4 | # NOF (DHS) | spinal 2.2 ml 0.5% heavy bupi + FIB | - | solo | pt mr hugh kerr from the Kirklands home - remove name!!
11/01/24 | GRI  | 7725 | 29 | 2E | cat 1 LSCS | GA (RSI, thiopentone/roc) | ETT 7.0, VL | distant | failed spinal; difficult airway alert letter sent - CHI 2312943318
16/01/24 | QEUH | 7731 | 5  | 1 | tonsillectomy | gas induction, TIVA | RAE 5.0 | local - Dr Lindsay | -
23/01/24 | QEUH | 7740 | 61 | 2 | craniotomy | TIVA TCI | ETT | local - Dr Lindsay | Mini-CEX done (H.C.)
30/01/24 | GRI  | 7749 | 45 | 3E | laparotomy (perf DU) | RSI | ETT | solo | post-op ICU
08/02/24 | QEUH | 7760 | 72 | 3 | TAVI | sedation (remi) | - | solo | -

Totals: 8 cases (solo 4). Pt ref = my own logbook serial, not a hospital number.
Supervisor verification: Dr Fraser Lindsay, Consultant Anaesthetist, 12/03/2024.
""", [("hugh kerr", "PN"), ("Kirklands home", "AD"), ("2312943318", "NHS"), ("H.C.", "PN")],
  ["Dr Min-jun Park", "QEUH", "Glasgow Royal Infirmary", "Dr Lindsay", "Dr Fraser Lindsay", "EVAR", "LMA i-gel 4", "spinal 2.2 ml 0.5% heavy bupi + FIB",
   "ETT 7.0", "RAE 5.0", "TIVA TCI", "ASA", "12/03/2024", "02/01/24"])
