from common import D

D("ed_handover_bed_board", "Dr Siobhán Ní Bhriain", """ED NIGHT -> DAY HANDOVER 08:00  (EPIC bed board copy-paste)  Lead: Dr S Ní Bhriain
RESUS
R1  BAPTISTE, Winston  72M  ED25-118834  STEMI inferior, PPCI done 06:10, awaiting CCU bed
R2  "Jane Doe 4" (unknown female ~20s) ED25-118851  found Morrison's car park Caerleon Rd, GCS 9 (E2V2M5), ?opiates, naloxone 400 mcg x2 - police (PC Dunleavy) attending
R3  empty
MAJORS
M4  HOPE, Grace  88F  ED25-118790  NOF #, fascia iliaca block 30 ml 0.25% levobupivacaine, 4AT 6
M7  Kowalski, Marek  41M  ED25-118802  alcohol withdrawal, CIWA-Ar 18, chlordiazepoxide regime
M9  Ms Oyinkansola Bello 29F ED25-118812  hyperemesis 12/40, ketones 3+
MINORS/UTC: 11 waiting, longest 4h10
Breach risks: Mr Baptiste (4h at 10:42), Mrs Hope.
NOK for R1 (Mr Batiste on the paper list): daughter Cherelle 07700 900144. Ambulance CAD 1104-25-7733 for R2.
Signed: Dr Siobhán Ní Bhriain, EM ST6 (SNB). Day consultant taking over: Dr Ewan Rattray.
""", [
 ("BAPTISTE, Winston","PATIENT_NAME"),("Mr Baptiste","PATIENT_NAME"),("ED25-118834","HOSPITAL_NUMBER"),
 ("\"Jane Doe 4\"","PATIENT_NAME"),("ED25-118851","HOSPITAL_NUMBER"),("Morrison's car park Caerleon Rd","ADDRESS"),("PC Dunleavy","COLLEAGUE_NAME"),
 ("HOPE, Grace","PATIENT_NAME"),("Mrs Hope","PATIENT_NAME"),("ED25-118790","HOSPITAL_NUMBER"),
 ("Kowalski, Marek","PATIENT_NAME"),("ED25-118802","HOSPITAL_NUMBER"),
 ("Ms Oyinkansola Bello","PATIENT_NAME"),("ED25-118812","HOSPITAL_NUMBER"),
 ("Cherelle","RELATIVE_NAME"),("Mr Batiste","PATIENT_NAME"),("07700 900144","PHONE"),("1104-25-7733","REFERENCE_NUMBER"),
], ["Dr S Ní Bhriain","Dr Siobhán Ní Bhriain","SNB","Dr Ewan Rattray","GCS 9 (E2V2M5)","naloxone 400 mcg","fascia iliaca block","0.25% levobupivacaine","4AT 6","CIWA-Ar 18","chlordiazepoxide","72M","88F"])

D("community_nursing_referral_email", "Dr Rhys Pritchard", """From: rhys.pritchard@nhs.example
To: dn.referrals.westvalley@nhs.example
Subject: URGENT DN referral - Mrs Eirlys Vaughan-Roberts (NHS 456 221 9087)
Date: Fri 11 Oct 2024 16:52

Hi team,
Could you please see Mrs Eirlys Vaughan-Roberts, 91F, DOB 04/04/1933, at home tomorrow: Pen-y-Bryn, Heol Ddu, Llanarthne, SA32 8JX. Key safe code 4471 (nephew Gethin arranged it).
She has a grade 3 pressure ulcer R heel (photo on Welsh Clinical Portal), Waterlow 22, MUST 2. Started flucloxacillin 1 g QDS for cellulitis.
Her neighbour Mrs Dilys Pugh (01632 960583) pops in daily and has a key.
GP is Dr Anwen Morgan, Tywi Medical Practice.
Thanks, Rhys
Dr Rhys Pritchard, GP Specialty Doctor / portfolio applicant, Tel 01632 960590
""", [
 ("dn.referrals.westvalley@nhs.example","EMAIL"),("Mrs Eirlys Vaughan-Roberts","PATIENT_NAME"),("456 221 9087","NHS_NUMBER"),
 ("Pen-y-Bryn, Heol Ddu, Llanarthne","ADDRESS"),("SA32 8JX","POSTCODE"),("4471","OTHER_ID"),("Gethin","RELATIVE_NAME"),
 ("Mrs Dilys Pugh","RELATIVE_NAME"),("01632 960583","PHONE"),("Dr Anwen Morgan","COLLEAGUE_NAME"),
 ("rhys.pritchard@nhs.example","EMAIL"),("01632 960590","PHONE"),
], ["Dr Rhys Pritchard","Rhys","DOB 04/04/1933","91F","Waterlow 22","MUST 2","flucloxacillin 1 g QDS"])

D("prison_healthcare_note", "Dr Kwame Asante", """HMP HEATHFIELD - HEALTHCARE CENTRE - SystmOne consultation (exported)
Prisoner: DOYLE, Aidan Patrick   Prison no: A7731KD   Cell: C-wing 3-14   NHS: 398 117 4460   DOB 15/07/1987
Seen on wing with officer (OSG Paterson) present.
Hx: 3/7 opioid withdrawal since transfer from HMP Ravenscraig; on methadone 60 ml daily in community (script from Turning Point, Leeds).
O/E: COWS 14, pupils 6 mm, HR 104.
Plan: methadone 30 ml now, titrate per IDTS protocol; ACCT open (ref ACCT-HF-25-0391) - discussed with Safer Custody.
Mother (Bernadette Doyle) rang legal visits hall expressing concern.
Dr K Asante, Locum Prison GP (GMC 7491125)
""", [
 ("DOYLE, Aidan Patrick","PATIENT_NAME"),("A7731KD","OTHER_ID"),("398 117 4460","NHS_NUMBER"),("OSG Paterson","COLLEAGUE_NAME"),
 ("ACCT-HF-25-0391","REFERENCE_NUMBER"),("Bernadette Doyle","RELATIVE_NAME"),
], ["HMP HEATHFIELD","DOB 15/07/1987","methadone 60 ml daily","methadone 30 ml","COWS 14","IDTS protocol","Dr K Asante","GMC 7491125"])

D("ld_annual_health_check", "Dr Grace Okonkwo-Bell", """Learning Disability Annual Health Check (DES template) - completed by Dr G Okonkwo-Bell
Name: Jordan Malik-Henry ("JJ")   DOB 30/01/2001   M   NHS 510 883 2274
Supported living: Larkspur House, 7 Millbrook Rise, Sedgefield TS21 2RZ (provider: Caring Hands Ltd)
Support worker present: Precious (keyworker). Mum (Mrs Yvonne Malik-Henry) joined by phone 07700 900388.
Diagnoses: moderate LD, autism, Down syndrome (trisomy 21), epilepsy - on levetiracetam 750 mg BD, seizure-free 14 months.
Hypothyroidism screen: TSH 5.9 (repeat). BMI 31.4. Hearing: wax R ear. Dental: not registered - referred to community dental.
Reasonable adjustments: first appt of the day, quiet room, Makaton. Hospital passport updated.
JJ said he "likes the buses" - travel training goal added to health action plan.
Reviewed with Dr Tobias Fenwick, GP trainer.
""", [
 ("Jordan Malik-Henry","PATIENT_NAME"),("\"JJ\"","PATIENT_NAME"),("JJ","PATIENT_NAME"),("510 883 2274","NHS_NUMBER"),
 ("Larkspur House, 7 Millbrook Rise, Sedgefield","ADDRESS"),("TS21 2RZ","POSTCODE"),("Precious","COLLEAGUE_NAME"),
 ("Mrs Yvonne Malik-Henry","RELATIVE_NAME"),("07700 900388","PHONE"),
], ["Dr G Okonkwo-Bell","DOB 30/01/2001","Down syndrome","levetiracetam 750 mg BD","TSH 5.9","BMI 31.4","Makaton","Dr Tobias Fenwick"])

D("sports_medicine_clinic_letter", "Dr Hannah Lindqvist", """Sport & Exercise Medicine Clinic - Letter
Re: Tayo Adesanya-Reid, 19, M, academy footballer (Rotherbridge Town FC U23), DOB 22/03/2005
Club ref: RTFC-MED-0412    Clinic no: SEM-77120
Dear Dr Colm Brennan (Club Doctor),
Thank you for referring Tayo following a non-contact twisting injury to the L knee in the 62nd minute v. Harrowfield on 09/11/2024.
Examination: effusion, Lachman grade 2 with soft end point, pivot shift positive, McMurray's negative.
MRI: complete ACL rupture, bone bruise lateral femoral condyle; menisci intact.
Plan: prehab, ACL reconstruction (hamstring autograft) with Mr Devereux; return to play 9-12 months guided by LSI > 90%.
Tayo's parents (Femi and Rachel) were present. Contact via club physio Sandeep on 01632 960774.
Yours sincerely, Dr Hannah Lindqvist, SEM Specialty Doctor
""", [
 ("Tayo Adesanya-Reid","PATIENT_NAME"),("Tayo","PATIENT_NAME"),("RTFC-MED-0412","REFERENCE_NUMBER"),("SEM-77120","HOSPITAL_NUMBER"),
 ("Dr Colm Brennan","COLLEAGUE_NAME"),("Femi","RELATIVE_NAME"),("Rachel","RELATIVE_NAME"),("Sandeep","COLLEAGUE_NAME"),("01632 960774","PHONE"),
 ("Mr Devereux","COLLEAGUE_NAME"),("Rotherbridge Town FC U23","OTHER_ID"),
], ["DOB 22/03/2005","Lachman grade 2","McMurray's","pivot shift","ACL","LSI > 90%","Dr Hannah Lindqvist"])

D("occupational_health_report", "Dr Imran Chaudhry", """OCCUPATIONAL HEALTH - MANAGEMENT REFERRAL REPORT (CONFIDENTIAL)
Employee: Ms Roisin Fahy   Payroll/Employee no: 40031877   Post: Band 5 Staff Nurse, Ward 22 (Acute Medicine)
Manager: Ms Pauline Ackroyd, Ward Manager    OH ref: OH/2025/1187
Date of assessment: 02/04/2025   Assessed by: Dr Imran Chaudhry, OH Physician (trainee, AFOM)
Ms Fahy has been absent since 10/02/2025 with low back pain with L5 radiculopathy. She is fit for a phased return over 4 weeks starting at 50% hours, no manual handling > 10 kg, no night shifts for 6 weeks. The Equality Act 2010 is likely to apply.
NI number (for payroll): QQ 12 34 56 C
Reviewed and countersigned: Dr Beatrix Olawale, Consultant Occupational Physician.
""", [
 ("Ms Roisin Fahy","PATIENT_NAME"),("Ms Fahy","PATIENT_NAME"),("40031877","OTHER_ID"),("Ms Pauline Ackroyd","COLLEAGUE_NAME"),("OH/2025/1187","REFERENCE_NUMBER"),
 ("QQ 12 34 56 C","OTHER_ID"),
], ["Ward 22","Dr Imran Chaudhry","Equality Act 2010","L5 radiculopathy","Dr Beatrix Olawale","50% hours","10 kg"])

D("pharmacy_interventions_log", "Dr Marcia Gayle", """Pharmacy clinical interventions log - AMU - week 12 (exported from JAC, tab-separated)
Date\tPatient\tHosp No\tBed\tIntervention\tPrescriber\tOutcome
17/03\tG. Thompson\tK2290018\tAMU-B 6\tGentamicin level 2.8 mg/L trough - dose withheld\tDr M Gayle\tAccepted
17/03\tAbdullahi Warsame\tK2304417\tAMU-A 2\tClarithromycin + simvastatin 40 mg interaction - statin held\tDr A. Oduya\tAccepted
18/03\tPEARL Eunice\tK1987725\tAMU-C 11\tEnoxaparin 1.5 mg/kg OD dose adjusted for CrCl 24 -> 1 mg/kg OD\tDr M Gayle\tAccepted
19/03\tMr Hu (Jian Hu)\tK2311862\tAMU-B 3\tPenicillin allergy (rash 1990s) - de-labelled after direct oral challenge amoxicillin 500 mg\tDr Z. Hadid\tAccepted
20/03\tEunice Pearl\tK1987725\tAMU-C 11\tApixaban 2.5 mg BD criteria met (age 86, wt 58 kg)\tDr M Gayle\tAccepted
Pharmacist: Ngozi (Band 7). Reviewed at drug & therapeutics: Dr Lawrence Quaye (clinical supervisor).
""", [
 ("G. Thompson","PATIENT_NAME"),("K2290018","HOSPITAL_NUMBER"),("Abdullahi Warsame","PATIENT_NAME"),("K2304417","HOSPITAL_NUMBER"),("Dr A. Oduya","COLLEAGUE_NAME"),
 ("PEARL Eunice","PATIENT_NAME"),("Eunice Pearl","PATIENT_NAME"),("K1987725","HOSPITAL_NUMBER"),("Mr Hu","PATIENT_NAME"),("Jian Hu","PATIENT_NAME"),("K2311862","HOSPITAL_NUMBER"),
 ("Dr Z. Hadid","COLLEAGUE_NAME"),("Ngozi","COLLEAGUE_NAME"),
], ["Dr M Gayle","AMU-B 6","Gentamicin level 2.8 mg/L","simvastatin 40 mg","Enoxaparin 1.5 mg/kg OD","CrCl 24","amoxicillin 500 mg","Apixaban 2.5 mg BD","Dr Lawrence Quaye"])

D("transfusion_incident_report", "Dr Mei Lin Zhou", """INCIDENT REPORT (Datix Cloud IQ)  Ref: DCIQ-2025-00871    SHOT ref: SHOT/25/1142    LFPSE ref: LFPSE-4F7K-22QM
Category: Transfusion - wrong blood in tube (WBIT), near miss
Location: Ward 9 (Haematology), Royal Ellesmere Infirmary    Date/time: 14/06/2025 02:15
Description: Group and screen sample labelled with details of Mr Desmond Achebe (MRN E6690213) was taken from the patient in bed 9-4, who was Mr Desmond Ashby (MRN E6702140). Lab identified discrepancy with historical group (A RhD pos vs O RhD neg). No unit issued.
Staff involved: HCA Lorraine Tighe (took sample, used pre-printed label), FY1 Dr Callum Brodie (signed request).
Actions: both patients re-bled; two-sample rule reinforced; learning shared at haematology M&M (presented by Dr Mei Lin Zhou).
Handler: Transfusion Practitioner Jo Nakamura. Reviewed by: Dr Arwel Bevan, Consultant Haematologist & Transfusion Lead.
""", [
 ("DCIQ-2025-00871","REFERENCE_NUMBER"),("SHOT/25/1142","REFERENCE_NUMBER"),("LFPSE-4F7K-22QM","REFERENCE_NUMBER"),
 ("Mr Desmond Achebe","PATIENT_NAME"),("E6690213","HOSPITAL_NUMBER"),("Mr Desmond Ashby","PATIENT_NAME"),("E6702140","HOSPITAL_NUMBER"),
 ("HCA Lorraine Tighe","COLLEAGUE_NAME"),("Dr Callum Brodie","COLLEAGUE_NAME"),("Jo Nakamura","COLLEAGUE_NAME"),
], ["Ward 9","Royal Ellesmere Infirmary","bed 9-4","A RhD pos","O RhD neg","Dr Mei Lin Zhou","Dr Arwel Bevan","14/06/2025 02:15"])

D("coroner_correspondence", "Dr Niamh Costigan", """HM CORONER FOR NORTH WESSEX
Coroner's Court, 1 Guildhall Walk, Basingstoke RG21 7AA   Tel: 020 7946 0019   Email: coroners.officers@northwessex.example
Our ref: NW/2024/00653/KM     Your ref: NC/med/77
Dear Dr Costigan
Inquest touching the death of Mr Bartholomew ("Bart") Quigley (deceased), DOB 17/08/1946, date of death 23/05/2024
I am grateful for your statement dated 30/07/2024 regarding Mr Quigley's admission under the care of Dr Julian Hartshorne (consultant) at Wessex County Hospital. The inquest is listed for 12/11/2024 at 10:00. You are asked to attend as a witness, together with Staff Nurse Amara Eze and Dr Hartshorne.
The family (Mrs Philippa Quigley, widow, represented by Harcourt & Lyle Solicitors, ref HL/PQ/2219) have raised the timing of the CT head and the anticoagulation reversal (Beriplex 50 units/kg).
Yours sincerely
Kerry Mallinson, Coroner's Officer
""", [
 ("1 Guildhall Walk, Basingstoke","ADDRESS"),("RG21 7AA","POSTCODE"),("020 7946 0019","PHONE"),("coroners.officers@northwessex.example","EMAIL"),
 ("NW/2024/00653/KM","REFERENCE_NUMBER"),("NC/med/77","REFERENCE_NUMBER"),
 ("Mr Bartholomew (\"Bart\") Quigley","PATIENT_NAME"),("Quigley","PATIENT_NAME"),("Dr Julian Hartshorne","COLLEAGUE_NAME"),("Dr Hartshorne","COLLEAGUE_NAME"),
 ("Staff Nurse Amara Eze","COLLEAGUE_NAME"),("Mrs Philippa Quigley","RELATIVE_NAME"),("HL/PQ/2219","REFERENCE_NUMBER"),("Kerry Mallinson","COLLEAGUE_NAME"),
], ["Dr Costigan","DOB 17/08/1946","Wessex County Hospital","Beriplex 50 units/kg","12/11/2024"])
