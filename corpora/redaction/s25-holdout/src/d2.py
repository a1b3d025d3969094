P,R,C,A,PC,T,E,N,H,REF,G,U,O="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
D=[]
def d(kind,app,text,ids,keep): D.append(dict(kind=kind,applicant=app,text=text,identifiers=[{"text":a,"type":b} for a,b in ids],keep=keep))
EM="Dr Olumide Adeyemi"; IM="Dr Priya Raghunathan"; PS="Dr Tomasz Wisniewski"; AN="Dr Eilidh MacKinnon"; GP="Dr Farhan Siddiqui"; PA="Dr Niamh Gallagher"; SU="Dr Mateo Ruiz-Castillo"

d("handover_sheet",IM,"""NIGHT HANDOVER - Medicine - Westcombe General - Sun 17/12/2023 - from PR (Dr Raghunathan) to night reg Dr Yusuf Demir
Bed | Pt | Issue | Plan
8B-3  | Lily Trevethan 88F  WG0773301 | ?hospital-acquired pneumonia, NEWS 5 | repeat lactate 2200, escalate if >2
8B-11 | Mr. Ho (Wing-Kei Ho) 67M WG0810045 | DKA day 2, K+ 3.4 | FRIII, check VBG 0000
8B-14 | "Sunny" Sunil Mehra 45M WG0659912 | alcohol withdrawal, CIWA 18 | chlordiazepoxide per protocol; wife Anjali not to visit (per pt)
AMU-2 | Baby-faced lad from the Red Lion - see note, surname Pollitt, WG0902217 | paracetamol OD 4h level 180 | NAC started 21:05
DNACPR in place: 8B-3 (discussed with granddaughter Kerensa).""",
[("Dr Yusuf Demir",C),("Lily Trevethan",P),("WG0773301",H),("Mr. Ho",P),("Wing-Kei Ho",P),("WG0810045",H),("\"Sunny\"",P),("Sunil Mehra",P),("WG0659912",H),("Anjali",R),("the Red Lion",A),("Pollitt",P),("WG0902217",H),("Kerensa",R)],
["PR","Dr Raghunathan","Westcombe General","8B-3","8B-11","8B-14","AMU-2","NEWS 5","K+ 3.4","CIWA 18","chlordiazepoxide","NAC started 21:05","88F","67M"])

d("audit_table",AN,"""Audit: Post-operative nausea and vomiting (PONV) prophylaxis, day surgery, Glenmore Royal Hospital
Lead: Dr Eilidh MacKinnon (EM). Supervisor: Dr Gareth Llewellyn.
Standard: Apfel score >=2 should receive >=2 antiemetics (RCoA Raising the Standards 2020, 4.3).

No | MRN       | Age | Apfel | Prophylaxis          | PONV in PACU
1  | GR2204518 | 34  | 3     | ondansetron 4 mg + dexamethasone 6.6 mg | no
2  | GR2210073 | 61  | 1     | none                 | no
3  | 2219946   | 45  | 4     | ondansetron 4 mg     | yes
4  | GR2230005 | 27  | 2     | cyclizine 50 mg + ondansetron 4 mg | no
5  | 2231788   | 52  | 3     | none                 | yes
Compliance 2/4 eligible = 50%. Re-audit after introducing PONV sticker.""",
[("GR2204518",H),("GR2210073",H),("2219946",H),("GR2230005",H),("2231788",H)],
["Dr Eilidh MacKinnon","EM","Dr Gareth Llewellyn","Glenmore Royal Hospital","Apfel score >=2","ondansetron 4 mg","dexamethasone 6.6 mg","cyclizine 50 mg","RCoA Raising the Standards 2020, 4.3","50%"])

d("teaching_feedback",SU,"""Teaching feedback summary - "Acute abdomen for FY1s" - Kingsmead University Hospital, Education Centre Room 3, 04/04/2024
Facilitator: Dr Mateo Ruiz-Castillo. Attendance certified by Ms Harriet Vane-Tempest, Postgraduate Centre Manager.
Responses: 17. Mean rating 4.7/5.
Free-text:
- "Loved the case about the lady with the sigmoid volvulus, really memorable" - anonymous
- "Dr Ruiz explained Rovsing's and Murphy's sign really clearly"
- "Maybe less on Boas' sign" 
- "Please do the one on Alvarado scoring again" - Ebony (FY1)
- "Mateo was great, Tom from the front row kept interrupting though" """,
[("Ebony",C),("Tom",C)],
["Dr Mateo Ruiz-Castillo","Dr Ruiz","Mateo","Ms Harriet Vane-Tempest","Kingsmead University Hospital","Rovsing's","Murphy's sign","Boas' sign","Alvarado scoring","4.7/5"])

d("clinic_letter",PS,"""Larchmont Hospital - Community Mental Health Team (South)
The Beeches, 2 Hollin Road, Larchmont LM5 1AA   Tel 020 7946 0310
Our ref: TW/CMHT/3341   RiO: 2204719

Dr Gwen Ashworth
Ferncliffe Surgery

Dear Dr Ashworth
Re: Ms Rosalind ("Roz") Featherstonehaugh, d.o.b. 08/08/1986, 18 Gasworks Terrace, Larchmont LM6 9HB

Diagnosis: Bipolar affective disorder, current episode hypomanic (F31.1).
I saw Roz with her partner, Femi, in clinic today. She has been sleeping 3 hours a night and has spent £4,000 on a bridal shop lease at Lark Arcade. She stopped lithium in August after reading a post on a forum. Femi said her sister Cressida (a pharmacist at Boots in Hollin Road) was worried too.
Plan: restart lithium carbonate 400 mg nocte, level at 12 hours in 5 days (target 0.6-0.8 mmol/L); quetiapine 50 mg nocte short-term. Young Mania Rating Scale 24.
Yours sincerely
Dr Tomasz Wisniewski, Specialty Doctor in General Adult Psychiatry""",
[("The Beeches, 2 Hollin Road, Larchmont",A),("LM5 1AA",PC),("020 7946 0310",T),("TW/CMHT/3341",REF),("2204719",H),("Dr Gwen Ashworth",C),("Dr Ashworth",C),("Ms Rosalind (\"Roz\") Featherstonehaugh",P),("Roz",P),("18 Gasworks Terrace, Larchmont",A),("LM6 9HB",PC),("Femi",R),("Lark Arcade",A),("Cressida",R),("Boots in Hollin Road",A)],
["Dr Tomasz Wisniewski","Larchmont Hospital","Ferncliffe Surgery","d.o.b. 08/08/1986","F31.1","lithium carbonate 400 mg nocte","0.6-0.8 mmol/L","quetiapine 50 mg nocte","Young Mania Rating Scale 24"])

d("dops",AN,"""DOPS - Direct Observation of Procedural Skills
Procedure: ultrasound-guided radial arterial line insertion
Doctor: Dr E. MacKinnon    Assessor: Dr Anjali Venkataraman, Consultant Anaesthetist (GMC 4419021) - signed
Location: Critical Care Unit bed 9, Glenmore Royal Hospital
Patient: 44-year-old female, intubated (urosepsis). Consent: not possible, best interests (MCA 2005).
Allen's test not relied on. 20G Arrow catheter, first pass. Aseptic non-touch technique.
Assessor comment: "good ergonomics, talked the nurse (Precious) through the transducer set-up". 
Grade: competent to perform unsupervised.""",
[("Precious",C),("GMC 4419021",G)],
["Dr E. MacKinnon","Dr Anjali Venkataraman","bed 9","Glenmore Royal Hospital","44-year-old female","MCA 2005","Allen's test","20G Arrow catheter"])

d("epr_screen_paste",EM,"""Patient Summary  [Symphony ED]  >> PRINT
Name:  SZABO, Erzsebet (Erzsi)       Age: 52Y   Gender: F   DOB: 19/02/1971
Attendance: 23-118822   MRN: RB00921445   NHS: 6294417003
Arrived: 02/01/2023 09:12  Mode: Walk-in   Presenting complaint: chest pain
Next of kin: SZABO, Laszlo (husband)  07700 900152
Triage: Yellow  Obs: HR 104 BP 162/94 RR 20 SpO2 96% T 37.1
Clinician: ADEYEMI, O (Reg)   HEART score 5   hs-TnT 0h 18 ng/L, 1h 31 ng/L
Disposition: Admit - Cardiology - CCU bed 4
Address: 7 Vine Street, Upper Hetherfield, HF4 0LS   GP: Hetherfield Vale PCN
[F1] Help   [F9] Save   ...""",
[("SZABO, Erzsebet",P),("Erzsi",P),("23-118822",H),("RB00921445",H),("6294417003",N),("SZABO, Laszlo",R),("07700 900152",T),("7 Vine Street, Upper Hetherfield",A),("HF4 0LS",PC)],
["ADEYEMI, O","DOB: 19/02/1971","HEART score 5","hs-TnT 0h 18 ng/L","CCU bed 4","BP 162/94","Symphony ED","Hetherfield Vale PCN"])

d("referral_letter",GP,"""Dear Paediatric Registrar on call,
St Wilfrid's Hospital CAU

I'd be grateful if you could see Zainab, 7 months, daughter of Mr and Mrs Chaudhry of 52 Beaconsfield Avenue, Pendleby. Her mum Rukhsana brought her in after 2 days of poor feeding (less than half her usual bottles) and she has 5 wet nappies in 24 h. Temp 38.9, HR 172, CRT 3 s. NICE traffic light: amber/red. Grandmother (Nani) is in Lahore and the family flies out on Friday.
She's known to Dr Boyle in your team for reflux.
I've given 1 dose paracetamol 120 mg at 11:40.
Many thanks
Dr Farhan Siddiqui, Shirelands Medical Practice, direct line 01632 960411""",
[("Zainab",P),("Chaudhry",P),("52 Beaconsfield Avenue, Pendleby",A),("Rukhsana",R),("Dr Boyle",C),("01632 960411",T)],
["Dr Farhan Siddiqui","Shirelands Medical Practice","St Wilfrid's Hospital","NICE traffic light","paracetamol 120 mg","CRT 3 s","HR 172","7 months"])
