from common import *
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID")

# ---------------- Dr Adaeze Okonkwo-Baptiste: acute / geriatric medicine ----------------
D("s48-001", "discharge_summary", A, """Wexcombe and Harlow Vale NHS Trust
Wexcombe General Hospital - Department of Medicine for Older People
DISCHARGE SUMMARY

Patient: Gwendolyn Pryce          DOB: 02/11/1939 (84 y)   Sex: Female
NHS No: 452 118 9034              Hospital No: WGH0457721
Address: Flat 3, Linnet Court, 27 Orchard Rise, Wexcombe WX4 7QL
GP: Dr Malcolm Fenwick, Brookfield Surgery, 9 Station Road, Wexcombe WX2 1AB

Admitted: 14/01/2024 via ED    Discharged: 23/01/2024    Ward: Brackenbury Ward, bed 14
Consultant: Dr Philippa Strand

Diagnosis: Hyperactive delirium secondary to urinary tract infection (N39.0); background Alzheimer's disease.
4AT on admission 9, on discharge 2. Clinical Frailty Scale 6.
Investigations: CRP 186 mg/L falling to 22 mg/L; Na 131 mmol/L; eGFR 48 mL/min/1.73m2. CT head: small vessel change only.
Treatment: IV co-amoxiclav 1.2 g TDS for 48 h then nitrofurantoin 100 mg MR BD to complete 5 days.
Haloperidol 0.5 mg PO given once on 15/01/2024 under the delirium pathway.
Medication changes: STOPPED oxybutynin 5 mg BD (anticholinergic burden). Donepezil 10 mg nocte continued.

Daughter (Mrs Carol Whitlam, 07700 900318) updated daily and agrees with plan. Discharged home with package of
care 4 calls/day. Please review bloods (U&E) in 1 week.

Completed by: Dr Adaeze Okonkwo-Baptiste, Specialty Doctor, GMC 7345128
Verified for portfolio: Dr Philippa Strand, Consultant Geriatrician""",
  [("Gwendolyn Pryce", PN), ("452 118 9034", NHS), ("WGH0457721", HN),
   ("Flat 3, Linnet Court, 27 Orchard Rise, Wexcombe", AD), ("WX4 7QL", PC),
   ("Dr Malcolm Fenwick", CN), ("Brookfield Surgery, 9 Station Road, Wexcombe", AD), ("WX2 1AB", PC),
   ("Mrs Carol Whitlam", RN), ("07700 900318", PH)],
  ["Wexcombe and Harlow Vale NHS Trust", "Wexcombe General Hospital", "02/11/1939", "84 y", "Female",
   "14/01/2024", "23/01/2024", "Brackenbury Ward, bed 14", "Dr Philippa Strand", "N39.0", "Alzheimer's disease",
   "4AT on admission 9", "Clinical Frailty Scale 6", "CRP 186 mg/L", "Na 131 mmol/L", "co-amoxiclav 1.2 g TDS",
   "nitrofurantoin 100 mg MR BD", "Haloperidol 0.5 mg", "oxybutynin 5 mg BD", "Donepezil 10 mg nocte",
   "Dr Adaeze Okonkwo-Baptiste", "GMC 7345128"])

D("s48-002", "cbd_export", A, """CASE-BASED DISCUSSION (CbD) - ePortfolio export
Trainee: Okonkwo-Baptiste, Adaeze (GMC 7345128)      Stage: Specialty Doctor (portfolio pathway)
Assessor: Dr Philippa Strand, Consultant Geriatrician, GMC 4419027 (assessor)
Date of assessment: 07/03/2024      Setting: Acute medical unit, Wexcombe General Hospital

Case summary (trainee's entry):
Mr Desmond Achterberg, 91, (hosp. no. WGH0512093) admitted after a long lie. CK 4,820 U/L, creatinine 164 umol/L.
On apixaban 2.5 mg BD for AF. Found to have a right pubic ramus fracture. Discussed anticoagulation, falls risk
and ceiling of care with his son Martin and documented a ReSPECT form. Mr Achterberg's capacity was assessed
under the Mental Capacity Act 2005 for the decision about discharge destination.

Assessor comments: Excellent structured discussion of frailty, rhabdomyolysis fluid regime and the evidence
for continuing apixaban despite falls. Good awareness of the Clinical Frailty Scale and of the ReSPECT process.
Global rating: Above expectation for stage (5/6).
Curriculum link: Geriatric Medicine CiP 3, CiP 6.

Signed: Dr Philippa Strand        07/03/2024""",
  [("Mr Desmond Achterberg", PN), ("Achterberg", PN), ("WGH0512093", HN), ("Martin", RN)],
  ["Okonkwo-Baptiste, Adaeze", "GMC 7345128", "Dr Philippa Strand", "GMC 4419027", "07/03/2024",
   "Wexcombe General Hospital", "91", "CK 4,820 U/L", "creatinine 164 umol/L", "apixaban 2.5 mg BD",
   "right pubic ramus fracture", "ReSPECT", "Mental Capacity Act 2005", "Clinical Frailty Scale", "5/6",
   "CiP 3", "CiP 6"])

D("s48-003", "reflection", A, """Reflective note - inpatient fall with head injury
Dr Adaeze Okonkwo-Baptiste, Specialty Doctor, Medicine for Older People - 19 April 2024

What happened: At 02:40 I was called to Elgar Ward, bed 6, where an 87-year-old woman on edoxaban 30 mg OD had
fallen while walking to the toilet. Staff Nurse Kerry Ambrose had already done neurological observations
(GCS 15/15) and a lying/standing BP (drop of 28 mmHg systolic). In line with the NICE head injury guideline
(NG232) I requested a CT head within 8 hours because of anticoagulation; it showed no bleed.

What I learned: The post-falls proforma was not in the bedside folder. I discussed this with Ward Sister
Janine Okafor the next morning and we agreed to restock it. I also realised I had not reviewed the patient's
medication for falls risk: she was on doxazosin 4 mg and amitriptyline 25 mg.

Action: I taught the F1 doctors on the STOPPFall tool at the Thursday teaching (30 minutes) and the
deprescribing was done on the next ward round by Dr Ruairi Canavan.

Discussed with educational supervisor: Dr Philippa Strand, 26/04/2024.""",
  [("Staff Nurse Kerry Ambrose", CN), ("Janine Okafor", CN), ("Dr Ruairi Canavan", CN)],
  ["Dr Adaeze Okonkwo-Baptiste", "19 April 2024", "02:40", "Elgar Ward, bed 6", "87-year-old", "edoxaban 30 mg OD",
   "GCS 15/15", "28 mmHg", "NG232", "doxazosin 4 mg", "amitriptyline 25 mg", "STOPPFall", "Dr Philippa Strand",
   "26/04/2024"])

D("s48-004", "audit_report", A, """Audit of delirium screening on admission - closing the loop
Department of Medicine for Older People, Wexcombe General Hospital (Wexcombe and Harlow Vale NHS Trust)
Audit lead: Dr Adaeze Okonkwo-Baptiste     Supervisor: Dr Philippa Strand     Registered audit no. MOP-2023-114

Standard: NICE CG103 - all people aged 65 and over admitted to hospital are assessed for delirium (target 90%).
Cycle 1 (Sept 2023): 50 consecutive admissions to Brackenbury Ward and Elgar Ward; 4AT documented in 23/50 (46%).
Intervention: 4AT added to the clerking proforma; 10-minute teaching at induction; posters in the AMU.
Cycle 2 (Feb 2024): 50 admissions; 4AT documented in 41/50 (82%). Median time to screening 6 h (IQR 3-14 h).
Of those screened positive (4AT 4 or more, n = 17), 12 had a TIME bundle started within 24 h.

Conclusions: Large improvement but below the 90% standard. Re-audit planned for September 2024 with the
electronic clerking template. Presented at the Medicine Clinical Governance meeting, 21/03/2024.""",
  [],
  ["Wexcombe General Hospital", "Wexcombe and Harlow Vale NHS Trust", "Dr Adaeze Okonkwo-Baptiste",
   "Dr Philippa Strand", "MOP-2023-114", "NICE CG103", "90%", "23/50 (46%)", "41/50 (82%)", "4AT 4 or more",
   "n = 17", "TIME bundle", "Brackenbury Ward", "Elgar Ward", "21/03/2024", "September 2024"])

D("s48-005", "clinic_letter_ocr", A, """WEXC0MBE GENERAL H0SPITAL   Falls and Syncope C1inic
Wexcornbe and Har1ow Va1e NHS Trust

0ur ref: FSC/AOB/2291          Clinic date: l2/02/2024
Dr Priya Sundararajan
Oakfie1d Medica1 Practice, 41 Qu een's Drive, Harl ow HV3 9DN

Dear Dr Sundararajan
Re: Mr Terence Ho1dsworth   D0B 17/08/1944   NHS N0. 6O3 441 82l7
      22 Kestre1 Way, Har1ow HV7 2LR   Hosp N0: WGH03398l4

Diagnosis: 0rthostatic hypotension; carotid sinus hypersensitivity excluded (CSM negative).
Lying BP l42/78, standing at 3 min l08/64 rnmHg. ECG sinus rhythrn 64 bpm, PR 180 ms.
P1an: reduce tamsu1osin 400 rnicrograms to alternate days, increase f1uid intake to 2 L/day,
fludrocortisone not started. Review in 3 rnonths.

Yours sincere1y
Dr Adaeze 0konkwo-Baptiste, Specia1ty Doctor (GMC 7345l28)
cc Mr Ho1dsworth""",
  [("FSC/AOB/2291", REF), ("Dr Priya Sundararajan", CN), ("Dr Sundararajan", CN),
   ("Oakfie1d Medica1 Practice, 41 Qu een's Drive, Harl ow", AD), ("HV3 9DN", PC),
   ("Mr Terence Ho1dsworth", PN), ("Mr Ho1dsworth", PN), ("6O3 441 82l7", NHS),
   ("22 Kestre1 Way, Har1ow", AD), ("HV7 2LR", PC), ("WGH03398l4", HN)],
  ["WEXC0MBE GENERAL H0SPITAL", "Falls and Syncope C1inic", "l2/02/2024", "17/08/1944", "l42/78",
   "l08/64 rnmHg", "64 bpm", "PR 180 ms", "tamsu1osin 400 rnicrograms", "2 L/day", "fludrocortisone",
   "Dr Adaeze 0konkwo-Baptiste", "GMC 7345l28"])

D("s48-006", "msf_summary", A, """Multi-Source Feedback (MSF) summary report - 2023/24
Doctor: Dr Adaeze Okonkwo-Baptiste (GMC 7345128), Specialty Doctor in Geriatric Medicine
Employer: Wexcombe and Harlow Vale NHS Trust
Responsible officer's nominee / facilitator: Dr Philippa Strand

Raters invited 18, responses 15 (consultants 3, doctors in training 4, nurses 5, AHPs 2, admin 1).
Domain scores (mean, 1-5 scale):  Clinical knowledge 4.7 | Communication with patients 4.8 |
Team working 4.6 | Teaching 4.9 | Probity 5.0 | Time management 4.1
Free-text themes: "calm on the ward at night", "excellent bedside teaching for F1s", "sometimes stays too late
to finish discharge summaries". Comparator: above the trust median (4.4) in all domains except time management.
Development plan agreed at appraisal 02/05/2024: delegate discharge paperwork; attend the Trust's
'Leading Effective Teams' course (completed 14/06/2024).""",
  [],
  ["Dr Adaeze Okonkwo-Baptiste", "GMC 7345128", "Wexcombe and Harlow Vale NHS Trust", "Dr Philippa Strand",
   "18", "15", "4.7", "4.8", "4.6", "4.9", "5.0", "4.1", "4.4", "02/05/2024", "Leading Effective Teams", "14/06/2024"])

D("s48-007", "complaint_response", A, """Patient Advice and Complaints Team
Wexcombe and Harlow Vale NHS Trust
Complaint reference: PACT-24-00913       Datix ID: W1187342

Statement from Dr Adaeze Okonkwo-Baptiste, Specialty Doctor, for the complaint response

The complaint was made by Mr Leon Farrugia about the care of his father, Mr Albert Farrugia (DOB 30/06/1936),
on Brackenbury Ward between 3 and 11 March 2024. Mr Leon Farrugia says he was not told that his father had been
made "not for resuscitation".

My involvement: I reviewed Albert on 4 March at 16:10 with NEWS2 of 7 (RR 26, SpO2 89% on 2 L, HR 112). I
discussed escalation with the medical registrar, Dr Sanjay Mehrotra, and the on-call consultant, Dr Fiona
Castellane. The DNACPR decision was made by Dr Castellane and I documented that the family should be informed.
I tried to phone Leon at 17:30 on the number in the notes (01632 960742) but there was no answer, and I handed
this over to the evening team (FY2 Dr Bethany Moorcroft). The call was not made until the next morning.

Reflection: I should have made a second attempt and documented it, or asked the nurse in charge to call.
I now record every attempt to contact the next of kin and escalate unanswered calls at the 20:00 handover.

Verified by: Dr Philippa Strand, Clinical Lead, Medicine for Older People""",
  [("PACT-24-00913", REF), ("W1187342", REF), ("Mr Leon Farrugia", RN), ("Leon", RN), ("Mr Albert Farrugia", PN),
   ("Albert", PN), ("Dr Sanjay Mehrotra", CN), ("Dr Fiona\nCastellane", CN), ("Dr Castellane", CN),
   ("01632 960742", PH), ("Dr Bethany Moorcroft", CN)],
  ["Wexcombe and Harlow Vale NHS Trust", "Dr Adaeze Okonkwo-Baptiste", "30/06/1936", "Brackenbury Ward",
   "3 and 11 March 2024", "16:10", "NEWS2 of 7", "SpO2 89% on 2 L", "HR 112", "DNACPR", "17:30", "20:00",
   "Dr Philippa Strand"])

D("s48-008", "ward_list_abroad", A, """ST BARNABAS TEACHING HOSPITAL, IBADAN  -  Department of Internal Medicine
Female Medical Ward 2 - consultant ward round list, Tuesday 9 May 2017
Unit: Med III (Prof. O. A. Adeyemi)   House officer on list: Dr A. Okonkwo (now Dr Adaeze Okonkwo-Baptiste)

Bed  | Name                 | Hosp No     | Age | Diagnosis / plan
3    | Mrs Folake Adesanya  | SBT/17/04418| 58  | DKA resolving; switch to SC insulin, HbA1c 13.1%
5    | Miss Rukayat Bello   | SBT/17/04502| 24  | Severe malaria (P. falciparum 4%), IV artesunate day 2
7    | Iyabo Ogunleye       | SBT/16/11873| 66  | CCF, EF 30%; furosemide 80 mg IV BD
11   | Mrs Ngozi Eze        | SBT/17/04551| 41  | Sickle cell crisis (HbSS), Hb 6.2 g/dL; transfuse 2 units

Next of kin to be called for bed 11: husband Chukwuemeka, 0803 - on file.
Certified true copy: Prof. O. A. Adeyemi, Head of Unit, Med III""",
  [("Mrs Folake Adesanya", PN), ("SBT/17/04418", HN), ("Miss Rukayat Bello", PN), ("SBT/17/04502", HN),
   ("Iyabo Ogunleye", PN), ("SBT/16/11873", HN), ("Mrs Ngozi Eze", PN), ("SBT/17/04551", HN),
   ("Chukwuemeka", RN)],
  ["ST BARNABAS TEACHING HOSPITAL, IBADAN", "Female Medical Ward 2", "9 May 2017", "Prof. O. A. Adeyemi",
   "Dr A. Okonkwo", "Dr Adaeze Okonkwo-Baptiste", "HbA1c 13.1%", "P. falciparum 4%", "IV artesunate",
   "EF 30%", "furosemide 80 mg IV BD", "HbSS", "Hb 6.2 g/dL"])

D("s48-009", "handover_sheet", A, """AMU night handover  Sat 18/11/2023  20:00   (printed by AOB)
Wexcombe General Hospital - Acute Medical Unit

A1  JW   88M  LRTI, CURB-65 3, on Tazocin 4.5 g TDS. For ward-based care only. Recheck lactate 23:00.
A4  PDM  72F  Upper GI bleed, Glasgow-Blatchford 11, Hb 71 g/L -> 2 units. OGD booked AM.
B2  RS   59M  Alcohol withdrawal, CIWA-Ar 18, chlordiazepoxide reducing regime; Pabrinex I&II.
B7  Mrs Hennessey 94F  ?NSTEMI, trop 48 -> 112 ng/L. Fondaparinux 2.5 mg.

Jobs:  A1 - call son re ceiling of care (Daniel, 07700 900655)
       B7 - bloods not sent, re-bleep phlebotomy (bleep 4417)

          -- WGH0612235 / WGH0598820 / WGH0620017 / WGH0441276 --
Handed over by: Dr Adaeze Okonkwo-Baptiste   Received by: Dr Tunde Afolabi (night SpR)""",
  [("JW", PN), ("PDM", PN), ("RS", PN), ("Mrs Hennessey", PN), ("Daniel", RN), ("07700 900655", PH),
   ("WGH0612235", HN), ("WGH0598820", HN), ("WGH0620017", HN), ("WGH0441276", HN), ("Dr Tunde Afolabi", CN)],
  ["18/11/2023", "20:00", "AOB", "Wexcombe General Hospital", "88M", "CURB-65 3", "Tazocin 4.5 g TDS", "23:00",
   "72F", "Glasgow-Blatchford 11", "Hb 71 g/L", "59M", "CIWA-Ar 18", "chlordiazepoxide", "Pabrinex I&II",
   "94F", "trop 48 -> 112 ng/L", "Fondaparinux 2.5 mg", "bleep 4417", "Dr Adaeze Okonkwo-Baptiste"])

D("s48-010", "teaching_feedback", A, """Teaching feedback summary
Session: "Delirium, dementia and capacity - a practical hour" - FY1 core teaching programme
Presenter: Dr Adaeze Okonkwo-Baptiste          Date: 11/10/2023, 13:00-14:00, Education Centre Room 2
Organised by: Foundation Programme Office, Wexcombe General Hospital. Feedback collated by Dr Philippa Strand.

Attendees 22, feedback forms returned 19.
Content relevant to my practice: 4.8/5. Presenter knowledge: 4.9/5. Interactive: 4.6/5. Overall: 4.8/5.
Comments: "the 4AT vs CAM comparison was really useful"; "would like more on the Mental Capacity Act 2005
and DoLS/LPS"; "good use of cases".
Learning objectives: recognise hypoactive delirium; use the 4AT; apply the two-stage capacity test; know when
to use an IMCA. Slides uploaded to the FY1 teaching site.
Presenter's reflection: next time add a case on Lewy body dementia and haloperidol sensitivity.""",
  [],
  ["Delirium, dementia and capacity - a practical hour", "Dr Adaeze Okonkwo-Baptiste", "11/10/2023",
   "13:00-14:00", "Wexcombe General Hospital", "Dr Philippa Strand", "4.8/5", "4.9/5", "4.6/5", "4AT",
   "Mental Capacity Act 2005", "IMCA", "Lewy body dementia", "haloperidol"])
