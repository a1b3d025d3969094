from common import *

APPLICANT = "Dr Carys Prydderch"

DOCS = [
dict(id="ho-009", kind="clinic_letter", text="""Bwrdd Iechyd Prifysgol Caerdydd a'r Fro / Cardiff and Vale University Health Board
Ysbyty Athrofaol Cymru / University Hospital of Wales
Rheumatology Department, Heath Park, Cardiff CF14 4XW   Tel: 029 2018 0642

Ein cyf / Our ref: RH/CP/0412/25
Rhif GIG / NHS no: 812 660 3491
Rhif ysbyty / Hospital no: M0451239

Dr Eleri Vaughan-Pugh
Meddygfa'r Bont, 3 Heol y Bont, Pontypridd CF37 4DU

10 March 2025

Dear Dr Vaughan-Pugh,

Mr Dafydd Iorwerth Bevan, DOB 19/11/1981, 22 Maes-y-Coed, Llantwit Fardre, CF38 2HS

Diagnoses: axial spondyloarthritis (HLA-B27 positive, MRI sacroiliitis); anterior uveitis 2023.
Current treatment: adalimumab 40 mg SC every 14 days (biosimilar Amgevita) since 07/2024; naproxen 500 mg BD PRN with omeprazole 20 mg OD.

Mr Bevan attended with his partner, Rhodri. BASDAI today 2.1 (was 6.8 before biologic), BASFI 1.9, spinal pain 2/10, ASDAS-CRP 1.4 (inactive disease). CRP 3 mg/L. He is back at work as a roofer and has not had further uveitis.

Plan: continue adalimumab; annual chest X-ray not needed; TB screen (QuantiFERON) negative 2024. He knows to stop the injection and ring the rheumatology advice line on 029 2018 0655 if he develops a fever. Review in 6 months with Dr Prydderch or Prof Watkin-Jones.

Yn gywir / Yours sincerely

Dr Carys Prydderch
Specialty Doctor in Rheumatology (CESR applicant)
""",
identifiers=[("Heath Park, Cardiff CF14 4XW", AD), ("029 2018 0642", PH), ("RH/CP/0412/25", REF), ("812 660 3491", NHS),
             ("M0451239", HN), ("Eleri Vaughan-Pugh", CN), ("Vaughan-Pugh", CN), ("Meddygfa'r Bont, 3 Heol y Bont, Pontypridd", AD),
             ("CF37 4DU", PC), ("Dafydd Iorwerth Bevan", PN), ("Bevan", PN), ("22 Maes-y-Coed, Llantwit Fardre", AD), ("CF38 2HS", PC),
             ("Rhodri", RN), ("029 2018 0655", PH)],
keep=["Cardiff and Vale University Health Board", "University Hospital of Wales", "Ysbyty Athrofaol Cymru", "19/11/1981",
      "HLA-B27", "adalimumab 40 mg", "Amgevita", "naproxen 500 mg", "omeprazole 20 mg", "BASDAI today 2.1", "BASFI 1.9",
      "ASDAS-CRP 1.4", "CRP 3 mg/L", "QuantiFERON", "Dr Carys Prydderch", "Dr Prydderch", "Prof Watkin-Jones", "10 March 2025"]),

dict(id="ho-010", kind="advice_line_log", text="""RHEUMATOLOGY ADVICE LINE - CALL LOG - UHW - w/c 03/02/2025
(nurse-led line; medical queries escalated to duty doctor: Dr C Prydderch)

date/time   | caller            | pt (hosp no)        | query                                   | action / by
03/02 09:12 | pt                | Angharad Pryce M0319984 | RA on MTX 20 mg wkly, ALT 142        | MTX held, repeat LFT 1/52, CP
03/02 11:40 | GP Dr Mostyn      | W. Hulme M0771265     | ?GCA, ESR 88, jaw claudication       | pred 40 mg today, TAB list Thurs, CP
04/02 14:05 | daughter (Sian)   | Glenys Arthur M0102847 | PMR, pred 7.5 mg, fall, hip pain     | to ED for XR, CP
05/02 10:22 | pt                | Kieran O'Dwyer M0860119 | gout flare, on allopurinol 300 mg   | colchicine 500 mcg BD x5d, CP
06/02 16:48 | pharmacy (Ffion)  | Bronwen Tudor-Evans M0543308 | tofacitinib + new clarithromycin | interaction: withheld abx advice to GP 07700 900318, CP
07/02 08:55 | pt mob 07700 900451 | Adeel Chaudhary M0627713 | SLE, new pleuritic pain            | same-day clinic slot, dsDNA, C3/C4, CP

Total 6 calls escalated to duty doctor this week. Checked: Sr Menna Griffiths (advice line lead) 10/02/2025
""",
identifiers=[("Dr Mostyn", CN), ("Angharad Pryce", PN), ("M0319984", HN), ("W. Hulme", PN), ("M0771265", HN), ("Sian", RN),
             ("Glenys Arthur", PN), ("M0102847", HN), ("Kieran O'Dwyer", PN), ("M0860119", HN), ("Ffion", CN),
             ("Bronwen Tudor-Evans", PN), ("M0543308", HN), ("07700 900318", PH), ("07700 900451", PH), ("Adeel Chaudhary", PN),
             ("M0627713", HN)],
keep=["Dr C Prydderch", "CP", "MTX 20 mg", "ALT 142", "ESR 88", "pred 40 mg", "pred 7.5 mg", "allopurinol 300 mg",
      "colchicine 500 mcg", "tofacitinib", "clarithromycin", "dsDNA", "Sr Menna Griffiths", "10/02/2025", "UHW"]),

dict(id="ho-011", kind="caseload_list", text="""biologics caseload - CP - Jan 2025 (for homecare renewals)
initials  hosp      nhs          dx    drug            start     DAS28/BASDAI  next bloods
E.J.      M0210938  4017736285   RA    etanercept 50   03/2021   2.4           12/02/25
R.ap.G.   M0334471  6932210418   PsA   secukinumab 300 08/2022   DAPSA 6       20/02/25
M.O'S.    M0489902  7115039962   axSpA certolizumab   11/2023   BASDAI 3.0    05/03/25
T.B.      M0921174  4520718833   RA    rituximab 1 g x2 06/2019  3.1           28/02/25
H.W.      M0670025  9093317742   RA    baricitinib 4 mg 01/2024  2.0           18/02/25
Ll.D.     M0155786  6108844507   JIA   tocilizumab sc  09/2020   1.9           14/03/25
note: T.B. hep B core Ab +ve - monitor HBV DNA 3-monthly per BSR guideline
""",
identifiers=[("E.J.", PN), ("M0210938", HN), ("4017736285", NHS), ("R.ap.G.", PN), ("M0334471", HN), ("6932210418", NHS),
             ("M.O'S.", PN), ("M0489902", HN), ("7115039962", NHS), ("T.B.", PN), ("M0921174", HN), ("4520718833", NHS),
             ("H.W.", PN), ("M0670025", HN), ("9093317742", NHS), ("Ll.D.", PN), ("M0155786", HN), ("6108844507", NHS)],
keep=["CP", "etanercept 50", "secukinumab 300", "certolizumab", "rituximab 1 g", "baricitinib 4 mg", "tocilizumab",
      "DAPSA 6", "BASDAI 3.0", "BSR guideline", "12/02/25"]),

dict(id="ho-012", kind="wpba_minicex", text="""MINI-CLINICAL EVALUATION EXERCISE (Mini-CEX)
Trainee / doctor: Carys Prydderch        GMC number: 7208815
Assessor: Prof Gareth Watkin-Jones, Consultant Rheumatologist (clinical supervisor)
Assessor GMC: 3390412     Assessor email: gareth.watkin-jones@cardiffrheum.example.nhs.uk
Date: 22/01/2025    Setting: outpatient clinic, University Hospital of Wales, Clinic 4
Case: new patient, 34-year-old female, Raynaud's phenomenon, puffy fingers, ANA 1:640 centromere
(Patient identifier on original form: M0712290)

Focus: history, examination, communication
History taking ............. above expectation
Physical examination ........ meets expectation (nailfold capillaroscopy done well)
Communication ................ above expectation
Clinical judgement ........... above expectation
Professionalism .............. above expectation
Organisation/efficiency ...... meets expectation

Feedback: very clear explanation of limited cutaneous systemic sclerosis vs primary Raynaud's; appropriate
baseline PFTs, echo, and referral to the Royal Free-style CTD pathway. Started nifedipine MR 10 mg BD.
Suggested development: discuss modified Rodnan skin score documentation.
Signed: G. Watkin-Jones 22/01/2025     Doctor signed: C. Prydderch
""",
identifiers=[("3390412", GMC), ("gareth.watkin-jones@cardiffrheum.example.nhs.uk", EM), ("M0712290", HN)],
keep=["Carys Prydderch", "7208815", "Prof Gareth Watkin-Jones", "G. Watkin-Jones", "C. Prydderch", "22/01/2025",
      "University Hospital of Wales", "Clinic 4", "34-year-old female", "Raynaud's phenomenon", "ANA 1:640", "nifedipine MR 10 mg",
      "modified Rodnan skin score", "Royal Free"]),

dict(id="ho-013", kind="audit_spreadsheet", text="""Audit: DMARD monitoring against BSR 2017 guideline - UHW rheumatology - data collected 01-31/10/2024
Lead: Dr C. Prydderch   Supervisor: Prof G. Watkin-Jones   Registered: CAV-AUD-2024-0187

No,Hosp no,Age,Sex,DMARD,Dose,FBC/LFT/U&E in last 12 wk,Shared-care agreement,Result outside range actioned
1,M0409127,62,F,methotrexate,15 mg weekly,Y,Y,NA
2,M0588310,45,F,leflunomide,20 mg OD,N (16 wk),Y,NA
3,M0127764,71,M,methotrexate,25 mg weekly SC,Y,Y,Y (MCV 104)
4,M0946022,38,F,hydroxychloroquine,200 mg OD,NA,Y,NA
5,M0231859,57,M,sulfasalazine,1 g BD,Y,N,NA
6,M0810043,66,F,azathioprine,100 mg OD,Y,Y,N (WCC 3.2 - not actioned)
...
Summary (n=112): bloods in date 87%, shared care 91%, abnormal results actioned 78% (standard 100%).
Re-audit March 2025. Presented at Rheumatology Clinical Governance 12/12/2024.
""",
identifiers=[("CAV-AUD-2024-0187", REF), ("M0409127", HN), ("M0588310", HN), ("M0127764", HN), ("M0946022", HN), ("M0231859", HN),
             ("M0810043", HN)],
keep=["BSR 2017 guideline", "Dr C. Prydderch", "Prof G. Watkin-Jones", "15 mg weekly", "leflunomide", "20 mg OD", "MCV 104",
      "hydroxychloroquine", "sulfasalazine", "azathioprine", "WCC 3.2", "87%", "12/12/2024"]),

dict(id="ho-014", kind="complaint_response", text="""Concerns Team - Cardiff and Vale University Health Board
Woodland House, Maes-y-Coed Road, Cardiff CF14 4HH

Our reference: COMP-CAV-25-02291 (Putting Things Right)
Your reference: JT/26Jan

Mrs Judith Trenholme
Ty Gwyn, Lon y Felin
Caerphilly
CF83 3NE

14 February 2025

Dear Mrs Trenholme,

Concern regarding your mother, Mrs Olwen Margaret Rees (hospital number M0398115)

Thank you for your letter about the care your mother received on Ward B7 (rheumatology/medicine) in January. Dr Carys Prydderch, Specialty Doctor, has reviewed the notes and contributed to this response.

You raised that the steroid dose was not explained. Your mother was admitted with a flare of giant cell arteritis and was given IV methylprednisolone 500 mg for 3 days, followed by prednisolone 60 mg. Dr Prydderch accepts that the discussion with you on 09/01/2025 was brief and that the junior doctor you spoke to at the weekend, Dr Osian Madoc-Jenkins, did not have the full plan. We have apologised to Dr Madoc-Jenkins' team for the handover gap and changed the weekend handover template.

If you would like to meet, please contact Nia Hopcyn, Concerns Officer, on 029 2018 0410 or concerns.cav@example.nhs.wales.

Yours sincerely

Head of Patient Experience
""",
identifiers=[("Woodland House, Maes-y-Coed Road, Cardiff CF14 4HH", AD), ("COMP-CAV-25-02291", REF), ("JT/26Jan", REF),
             ("Mrs Judith Trenholme", RN), ("Trenholme", RN), ("Ty Gwyn, Lon y Felin", AD), ("Caerphilly", AD), ("CF83 3NE", PC),
             ("Mrs Olwen Margaret Rees", PN), ("M0398115", HN), ("Dr Osian Madoc-Jenkins", CN), ("Madoc-Jenkins", CN),
             ("Nia Hopcyn", CN), ("029 2018 0410", PH), ("concerns.cav@example.nhs.wales", EM)],
keep=["Cardiff and Vale University Health Board", "Putting Things Right", "Ward B7", "Dr Carys Prydderch", "Dr Prydderch",
      "giant cell arteritis", "methylprednisolone 500 mg", "prednisolone 60 mg", "09/01/2025", "14 February 2025"]),

dict(id="ho-015", kind="email", text="""From: Carys Prydderch <carys.prydderch@cardiffrheum.example.nhs.uk>
To: Tomos Llewellyn <tomos.llewellyn@cardiffrheum.example.nhs.uk>
Cc: Prof Gareth Watkin-Jones
Date: Wed, 5 Mar 2025 17:32:08 +0000
Subject: Re: urgent - young man with ?vasculitis on AMU (M0874452)

Tomos,

Thanks for flagging. I saw him at 16:00 on AMU bed 22. Mr Cai Hedley-Morgan, 27, haemoptysis, creatinine 214 (baseline 80 in 2023), urine blood 3+, protein 2+. PR3-ANCA sent; I've phoned immunology (Hywel, ext 44871) to run it tomorrow morning.

Given likely ANCA-associated vasculitis with pulmonary-renal involvement I have started IV methylprednisolone 500 mg and discussed with renal registrar Dr Nasreen Ahmadzai re: plasma exchange (PEXIVAS suggests limited benefit) and rituximab 375 mg/m2 weekly x4. BVAS 19.

His mum (Mrs Lowri Hedley-Morgan, 07700 900723) is next of kin and is happy for us to update her.

Carys
Dr Carys Prydderch | Rheumatology | UHW
""",
identifiers=[("Tomos Llewellyn", CN), ("tomos.llewellyn@cardiffrheum.example.nhs.uk", EM), ("M0874452", HN),
             ("Tomos", CN), ("Mr Cai Hedley-Morgan", PN), ("Hywel", CN), ("ext 44871", PH), ("Dr Nasreen Ahmadzai", CN),
             ("Mrs Lowri Hedley-Morgan", RN), ("07700 900723", PH),
             ("carys.prydderch@cardiffrheum.example.nhs.uk", EM)],
keep=["Carys Prydderch", "Prof Gareth Watkin-Jones", "AMU bed 22", "creatinine 214",
      "PR3-ANCA", "methylprednisolone 500 mg", "PEXIVAS", "rituximab 375 mg/m2", "BVAS 19", "Dr Carys Prydderch", "UHW", "Carys"]),

dict(id="ho-016", kind="testimonial", text="""TO WHOM IT MAY CONCERN - STRUCTURED REFERENCE FOR PORTFOLIO PATHWAY APPLICATION

Applicant: Dr Carys Prydderch (GMC 7208815)
Referee: Professor Gareth Watkin-Jones MD FRCP, Consultant Rheumatologist and Clinical Director,
University Hospital of Wales, Cardiff and Vale University Health Board.
Referee GMC number: 3390412
Contact: 029 2018 0649, gareth.watkin-jones@cardiffrheum.example.nhs.uk

I have worked with Dr Prydderch since August 2020. She runs two independent general rheumatology clinics a week, the early inflammatory arthritis clinic (EIAC) on Thursdays and a joint connective tissue disease clinic with respiratory. She performs ultrasound-guided joint and soft-tissue injections to EULAR standard and contributes to the GCA fast-track pathway (temporal and axillary artery ultrasound, halo sign).

She leads the department's DMARD monitoring audit, teaches CMT and Foundation doctors and sits on the Health Board's biologics panel. Her communication with patients is excellent; multisource feedback in 2024 was uniformly positive.

I have no hesitation in supporting her application to the Specialist Register in rheumatology.

Professor G. Watkin-Jones, 28/03/2025
""",
identifiers=[("3390412", GMC), ("029 2018 0649", PH), ("gareth.watkin-jones@cardiffrheum.example.nhs.uk", EM)],
keep=["Dr Carys Prydderch", "7208815", "Professor Gareth Watkin-Jones", "Professor G. Watkin-Jones", "Dr Prydderch",
      "University Hospital of Wales", "Cardiff and Vale University Health Board", "EULAR", "GCA fast-track pathway", "28/03/2025"]),
]
