from common import D
P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

D("s38-051","occupational_health_report","Dr Bolanle Fagbemi",
"""OCCUPATIONAL HEALTH REPORT — MANAGEMENT REFERRAL
Ashvale Occupational Health Service (provider to Ashvale Borough Council)
Case ref: OH-ABC-24-2209      Employee no: 00451187      NI no: QQ 12 34 56 C

Employee: Mr Gary Lintott, refuse collection loader, Depot B, Canal Road, Ashvale
Manager: Ms Trudy Fenwick, Waste Services (trudy.fenwick@ashvale-council.example.gov.uk)
Seen: 19/02/2025 (face to face) by Dr Bolanle Fagbemi, Specialty Doctor in Occupational Medicine

Mr Lintott has lumbar radiculopathy (L5/S1 disc prolapse on MRI), now improving with physiotherapy; pregabalin 75 mg BD. Oswestry Disability Index 34%.
Opinion: fit for modified duties (driving-only role on the sweeper, no lifting > 10 kg, no bin pulling) for 6 weeks, then phased return. The Equality Act 2010 is unlikely to apply at present. Review in 6 weeks.
This report has been shared with the employee before release (consent recorded).
Dr Bolanle Fagbemi MFOM
Countersigned: Dr Rupert Allardyce FFOM, Consultant Occupational Physician""",
[("OH-ABC-24-2209",REF),("00451187",O),("QQ 12 34 56 C",O),("Mr Gary Lintott",P),("Depot B, Canal Road, Ashvale",A),("Ms Trudy Fenwick",C),("trudy.fenwick@ashvale-council.example.gov.uk",E),("Mr Lintott",P)],
["Dr Bolanle Fagbemi","Dr Rupert Allardyce","lumbar radiculopathy","L5/S1 disc prolapse","pregabalin 75 mg BD","Oswestry Disability Index 34%","Equality Act 2010","19/02/2025","no lifting > 10 kg"])

D("s38-052","cpd_certificate","Dr Ewa Lindqvist",
"""CERTIFICATE OF ATTENDANCE
This is to certify that
Dr Ewa Lindqvist
attended the Association of British Neurologists Movement Disorders Masterclass
held at the Royal College of Physicians, 11 St Andrews Place, London, on 16–17 May 2024
and is awarded 11 CPD credits (RCP approval code 143882).
Signed: Dr Angharad Beaumont, Course Director""",
[],
["Dr Ewa Lindqvist","Dr Angharad Beaumont","Association of British Neurologists","Royal College of Physicians","11 CPD credits","16–17 May 2024"])

D("s38-053","clinic_letter_dictated","Dr Ciaran Devlin",
"""REHABILITATION MEDICINE — Oakfield Regional Neurorehabilitation Unit
Dictated 07/06/2024, typed 12/06/2024 (ref CD/RM/0771/jk)

To: Dr Harpreet Gill, Westfield Health Centre, Cawley Road, Oakfield OK3 1EE

Dear Harpreet,

Re: Daniel "Danny" Okonjo-Reid, 29, 3 Larch Mews, Oakfield OK4 6RR.  NHS 902 117 5530.  Unit number ORN/22/0193.

Danny was discharged home today after 14 weeks of inpatient rehabilitation following a severe traumatic brain injury (PTA 41 days) sustained when he came off his mountain bike at the Coed Llyn trail centre. Admission FIM+FAM 74, discharge 168; Rehabilitation Complexity Scale 10 -> 5.

He has persisting executive dysfunction, fatigue, and left-sided spasticity (modified Ashworth 2 at the elbow) treated with botulinum toxin A (Dysport 500 units) on 28/05/2024. He will not be returning to his job as a plasterer with Okonjo Brothers Ltd (the family firm, run by his uncle Chidi) for some time; a vocational rehab referral has been made. His fiancée, Chloe Marsh, is his main support; their wedding at St Aidan's, Oakfield, has been postponed to next summer. He asked me to mention that he has been reunited with his Staffordshire bull terrier, Tyson.

DVLA notified by Danny (he understands he must not drive). Case manager from the solicitors' firm: Ms Lorna Quigley, Brabazon Lyle LLP, claim ref BL/PI/23/4471.

Yours sincerely,
Dr Ciaran Devlin, Specialty Doctor, Rehabilitation Medicine""",
[("CD/RM/0771/jk",REF),("Dr Harpreet Gill",C),("Westfield Health Centre, Cawley Road, Oakfield",A),("OK3 1EE",PC),("Harpreet",C),('Daniel "Danny" Okonjo-Reid',P),("3 Larch Mews, Oakfield",A),("OK4 6RR",PC),("902 117 5530",N),("ORN/22/0193",H),("Danny",P),("Coed Llyn trail centre",A),("Okonjo Brothers Ltd",A),("Chidi",R),("Chloe Marsh",R),("St Aidan's, Oakfield",A),("Tyson",O),("Ms Lorna Quigley",C),("Brabazon Lyle LLP",A),("BL/PI/23/4471",REF)],
["Dr Ciaran Devlin","29","severe traumatic brain injury","PTA 41 days","FIM+FAM 74","Rehabilitation Complexity Scale 10 -> 5","modified Ashworth 2","botulinum toxin A (Dysport 500 units)","DVLA","Oakfield Regional Neurorehabilitation Unit","07/06/2024"])

D("s38-054","nuclear_medicine_report","Dr Mei Ling Chua",
"""NUCLEAR MEDICINE — Ravensworth University Hospital
Exam: Tc-99m MAG3 renogram with furosemide (F+20)
Accession: RUH-NM-2409-3318      Pt ID: 7781203      Name: CALLAGHAN, Oisín      DOB 30/01/2019   M
Referrer: Mr Patrick Eze, Paediatric Urology (bleep 5021)
Administered activity: 28 MBq (scaled for 18 kg, EANM dosage card). Furosemide 1 mg/kg at +20 min.
Findings: left kidney differential function 38%, right 62%. Left: dilated collecting system with obstructed drainage pattern; poor response to furosemide; post-micturition image retained activity. Right: normal.
Conclusion: obstructed left PUJ; split function reduced (38%). Compared with 2023 (44%) — decline > 5%.
Reported: Dr Mei Ling Chua, Specialty Doctor in Nuclear Medicine, 17/09/2024
Verified: Dr Gregor Lindsay, Consultant Radiologist / Nuclear Medicine Physician""",
[("RUH-NM-2409-3318",O),("7781203",H),("CALLAGHAN, Oisín",P),("Mr Patrick Eze",C),("5021",PH)],
["Dr Mei Ling Chua","Dr Gregor Lindsay","DOB 30/01/2019   M","Tc-99m MAG3","28 MBq","18 kg","EANM","Furosemide 1 mg/kg","differential function 38%","PUJ","Ravensworth University Hospital","17/09/2024"])

D("s38-055","reflection_short","Mr Chinedu Okafor",
"""Critical incident reflection — Mr C. Okafor — "Wrong eye marked"
27/02/2025. On my cataract list (Theatre 2, Day Surgery, St Ninian's Hospital) the pre-op nurse, Agnieszka Wrona, noticed at the WHO sign-in that the arrow was on the left eye of a patient consented for a right phacoemulsification. The patient, a retired bus driver I'll call Mr S., said "it's the right one, doc, the one that's blurry". The marking had been done by my colleague Dr Rashid Malik in the pre-assessment clinic, who had seen two patients with the same surname (Singh) in the same clinic. Never event averted. Reported on Datix (INC-SNH-25-00188).
What I have changed: I now mark every eye myself on the day, biometry (IOL SN60WF 21.5 D) checked against consent and the A-scan printout. I presented the case at the ophthalmology governance half-day in March.
Reviewed with Mr Desmond Achterberg, Consultant Ophthalmologist, 03/03/2025.""",
[("Agnieszka Wrona",C),("Mr S.",P),("Dr Rashid Malik",C),("Singh",P),("INC-SNH-25-00188",REF)],
["Mr C. Okafor","Mr Desmond Achterberg","phacoemulsification","WHO sign-in","Never event","IOL SN60WF 21.5 D","A-scan","St Ninian's Hospital","Theatre 2, Day Surgery","27/02/2025"])

D("s38-056","audit_data_csv","Dr Priyanka Raghunathan",
"""# Audit: bone health assessment after fragility fracture (NOGA standard) — Kestrel & Heron wards — Apr-Jun 2024
# extract run by p.raghunathan 03/07/2024 from PAS report 'FRAC_SEC_PREV'
mrn,nhs_no,initials,age,sex,fracture,FRAX_done,DEXA_or_treat,AdcalD3,bisphosphonate,comment
SAH-2201187,4480113925,M.E.,84,F,NOF,Y,treat,Y,zoledronic acid 5 mg,
SAH-2203341,6094471208,J.O'D.,77,M,wrist,N,N,N,N,"missed - ""Jack"" discharged by locum"
SAH-2199004,,P.P.,91,F,NOF,Y,treat,Y,N,eGFR 28 - denosumab 60 mg planned
SAH-2205170,3319820064,R.N.,68,F,vertebral,Y,DEXA,Y,N,T-score -2.9
2206633,7702991843,A.S.,80,F,humerus,N,N,Y,N,
# 3/5 FRAX recorded (60%) vs standard 100%
# checked: Dr Meredith Cawley""",
[("SAH-2201187",H),("4480113925",N),("M.E.",P),("SAH-2203341",H),("6094471208",N),("J.O'D.",P),("Jack",P),("SAH-2199004",H),("P.P.",P),("SAH-2205170",H),("3319820064",N),("R.N.",P),("2206633",H),("7702991843",N),("A.S.",P)],
["p.raghunathan","Dr Meredith Cawley","NOGA","FRAX","zoledronic acid 5 mg","eGFR 28","denosumab 60 mg","T-score -2.9","Kestrel & Heron wards","03/07/2024"])

D("s38-057","coroner_reg28_response","Dr Mohammed Al-Rashid",
"""Response to Regulation 28 Report to Prevent Future Deaths
Coroner: Ms Penelope Gardner-Holt, Assistant Coroner, Area of Grantfield and Lowbridge
Coroner's reference: 13-0442-2024 (Inquest into the death of Mrs Edna Maud Purcell)

On behalf of the Department of Anaesthesia, Grantfield General Hospital — drafted by Dr Mohammed Al-Rashid, Specialty Doctor and Departmental Safety Lead; approved by Dr Helen Abercrombie, Clinical Director.

The coroner's concern: Mrs Purcell (aged 89) received a spinal anaesthetic with bupivacaine 0.5% heavy 2.5 mL for hip fracture surgery and developed profound hypotension (SBP 62 mmHg) that was not treated for 9 minutes because the anaesthetist, Dr Leon Haworth (locum, GMC 7450018), had left theatre to review another patient, leaving an anaesthetic associate, Ms Carla Whitfield, without a named supervising consultant.

Actions taken: (1) AAGBI/Association of Anaesthetists supervision guidance adopted; (2) metaraminol infusion pre-prepared for all spinal anaesthesia in over-80s undergoing hip fracture surgery (following the REGAIN and iHOPE work); (3) locum induction updated.

Response sent 24/06/2024. Mrs Purcell's family (her granddaughter Ms Lydia Purcell-Ng, who attended the inquest) received a copy.""",
[("Ms Penelope Gardner-Holt",C),("13-0442-2024",REF),("Mrs Edna Maud Purcell",P),("Mrs Purcell",P),("Dr Leon Haworth",C),("7450018",G),("Ms Carla Whitfield",C),("Ms Lydia Purcell-Ng",R)],
["Dr Mohammed Al-Rashid","Dr Helen Abercrombie","aged 89","bupivacaine 0.5% heavy 2.5 mL","SBP 62 mmHg","metaraminol","REGAIN","iHOPE","Association of Anaesthetists","Grantfield General Hospital","24/06/2024"])
