from common import *

APPLICANT = "Dr Rahul Venkataraman"

DOCS = [
dict(id="ho-031", kind="translated_discharge_summary", text="""मूल प्रति (हिंदी)
किंग जॉर्ज चिकित्सा विश्वविद्यालय, लखनऊ - मूत्र रोग विभाग
डिस्चार्ज सारांश
रोगी का नाम: रामेश्वर प्रसाद तिवारी      आयु/लिंग: 64 वर्ष / पुरुष
यूएचआईडी: KGMU/2021/0834561      आधार: 5824 9013 7762
पता: ग्राम सिरसा, तहसील बख्शी का तालाब, जिला लखनऊ      मोबाइल: +91 90000 41827
भर्ती: 02/08/2021      डिस्चार्ज: 06/08/2021      वार्ड: यूरोलॉजी वार्ड 2, बेड 17
निदान: बायीं किडनी में स्टैगहॉर्न पथरी
ऑपरेशन: बायाँ परक्यूटेनियस नेफ्रोलिथोटॉमी (PCNL), 03/08/2021
सर्जन: डॉ. राहुल वेंकटरमन (सीनियर रेज़िडेंट)
सलाहकार: प्रो. अनुपमा श्रीवास्तव
दवाएँ: टैबलेट सिप्रोफ्लॉक्सासिन 500 मि.ग्रा. दिन में दो बार 5 दिन, टैम्सुलोसिन 0.4 मि.ग्रा. रात में
परिचारक: पुत्र दिनेश तिवारी

CERTIFIED TRANSLATION (from Hindi)
King George's Medical University, Lucknow - Department of Urology
Discharge summary
Patient name: Rameshwar Prasad Tiwari      Age/Sex: 64 years / male
UHID: KGMU/2021/0834561      Aadhaar: 5824 9013 7762
Address: Village Sirsa, Tehsil Bakshi Ka Talab, District Lucknow      Mobile: +91 90000 41827
Admitted: 02/08/2021      Discharged: 06/08/2021      Ward: Urology Ward 2, Bed 17
Diagnosis: left renal staghorn calculus
Operation: left percutaneous nephrolithotomy (PCNL), 03/08/2021
Surgeon: Dr Rahul Venkataraman (Senior Resident)
Consultant: Prof. Anupama Srivastava
Medication: tab ciprofloxacin 500 mg twice daily for 5 days, tamsulosin 0.4 mg at night
Attendant: son Dinesh Tiwari
Translated and certified by: Lingua Bridge Translations Ltd, job no. LB-HI-23-0902; translator Kavita Menon-Hale
""",
identifiers=[("रामेश्वर प्रसाद तिवारी", PN), ("KGMU/2021/0834561", HN), ("5824 9013 7762", OID),
             ("ग्राम सिरसा, तहसील बख्शी का तालाब, जिला लखनऊ", AD), ("+91 90000 41827", PH), ("दिनेश तिवारी", RN),
             ("Rameshwar Prasad Tiwari", PN), ("Village Sirsa, Tehsil Bakshi Ka Talab, District Lucknow", AD), ("Dinesh Tiwari", RN),
             ("LB-HI-23-0902", REF)],
keep=["किंग जॉर्ज चिकित्सा विश्वविद्यालय", "64 वर्ष / पुरुष", "डॉ. राहुल वेंकटरमन", "प्रो. अनुपमा श्रीवास्तव", "King George's Medical University",
      "64 years / male", "Urology Ward 2, Bed 17", "staghorn calculus", "Dr Rahul Venkataraman", "Prof. Anupama Srivastava",
      "ciprofloxacin 500 mg", "tamsulosin 0.4 mg", "03/08/2021", "Kavita Menon-Hale"]),

dict(id="ho-032", kind="operation_note", text="""NORTH BRISTOL NHS TRUST - SOUTHMEAD HOSPITAL - BRUNEL BUILDING THEATRES
Operation record (printed from eTheatres)
Name: CHALMERS, Keith Anthony        MRN: SMH7740213        NHS: 664 109 2283
DOB: 28/02/1955 (70y)  M             Ward: Gate 33b, bed 12  Date: 14/01/2025
Consultant: Mr R. Venkataraman (locum consultant urologist)   Operating surgeon: Mr R. Venkataraman
Assistant: Dr Imogen Faraday-Stowe (CT2)    Anaesthetist: Dr Kwabena Osei-Mensah    Spinal

Procedure: Holmium laser enucleation of prostate (HoLEP), 100 W, Lumenis MOSES
Indication: LUTS, IPSS 27, Qmax 6 ml/s, PVR 310 ml, prostate 118 ml on TRUS; failed tamsulosin + finasteride
Findings: trilobar enlargement, high bladder neck, no bladder tumour, moderate trabeculation.
Details: en-bloc enucleation, apical release first; haemostasis good. Morcellation with Piranha, 96 g tissue retrieved. Bladder inspected - no injury.
Catheter: 3-way 22 Ch, irrigation light rosé.
Post-op: TWOC day 1. Send tissue for histology. Enoxaparin 40 mg SC from 18:00. Gentamicin 160 mg stat given at induction.
Signed electronically: Rahul Venkataraman, 14/01/2025 11:56
""",
identifiers=[("CHALMERS, Keith Anthony", PN), ("SMH7740213", HN), ("664 109 2283", NHS), ("Dr Imogen Faraday-Stowe", CN),
             ("Dr Kwabena Osei-Mensah", CN)],
keep=["NORTH BRISTOL NHS TRUST", "SOUTHMEAD HOSPITAL", "28/02/1955", "70y", "Gate 33b, bed 12", "14/01/2025", "Mr R. Venkataraman",
      "Rahul Venkataraman", "HoLEP", "100 W", "IPSS 27", "Qmax 6 ml/s", "PVR 310 ml", "118 ml", "96 g", "22 Ch", "Enoxaparin 40 mg",
      "Gentamicin 160 mg", "finasteride"]),

dict(id="ho-033", kind="logbook_table", text="""Personal endourology logbook - R Venkataraman - Southmead (Bristol Urological Institute)  Aug-Dec 2024
#   date      MRN         init   age sex  procedure                      stone/size        role   outcome
41  06/08/24  SMH1120478  DW     45  M    R URS + laser, stent          R PUJ 11 mm       P      SF
42  13/08/24  SMH2290115  PMcG   51  F    L PCNL (supine)               L staghorn 38 mm  P      residual 4 mm
43  20/08/24  SMH0058821  AZ     33  M    emergency L stent, sepsis     L VUJ 7 mm        P      -
44  03/09/24  SMH3317702  BN-K   68  F    R fURS, basket               R LP 9 mm         P      SF
45  17/09/24  SMH2981436  HL     59  M    TURBT + MMC                   -                 P      pTa G2
46  01/10/24  SMH0773049  CS-J   72  M    HoLEP 84 g                     -                 PS     -
47  15/10/24  SMH1460987  OO     28  F    R URS, stent on string        R distal 6 mm     S-T    SF (trainee: Dr Leanne Hurst)
Verified by: Mr Jonathan Peverell, Consultant Urologist, 10/01/2025
""",
identifiers=[("SMH1120478", HN), ("DW", PN), ("SMH2290115", HN), ("PMcG", PN), ("SMH0058821", HN), ("AZ", PN), ("SMH3317702", HN),
             ("BN-K", PN), ("SMH2981436", HN), ("HL", PN), ("SMH0773049", HN), ("CS-J", PN), ("SMH1460987", HN), ("OO", PN),
             ("Dr Leanne Hurst", CN)],
keep=["R Venkataraman", "Bristol Urological Institute", "11 mm", "38 mm", "pTa G2", "HoLEP 84 g", "Mr Jonathan Peverell",
      "10/01/2025", "Southmead"]),

dict(id="ho-034", kind="rota", text="""UROLOGY MIDDLE-GRADE / LOCUM CONSULTANT ON-CALL ROTA - SOUTHMEAD - MARCH 2025 (v3, 21/02/2025)
Rota coordinator: Abigail Tennant, 0117 496 0215, urology.rota@nbt.example.nhs.uk

Date       Day  Day on-call (08-20)         Night (20-08)          Consultant 2nd on
01/03/25   Sat  Venkataraman                Dr S. Ekwueme          Mr Peverell
02/03/25   Sun  Venkataraman                Dr S. Ekwueme          Mr Peverell
03/03/25   Mon  Dr Aoife Brennan-Walsh      Dr M. Al-Rawi          Miss Chaudhry-Barnes
04/03/25   Tue  Venkataraman                Dr M. Al-Rawi          Miss Chaudhry-Barnes
05/03/25   Wed  Dr Toby Hensman             Venkataraman           Mr Peverell
06/03/25   Thu  Dr Toby Hensman             Venkataraman           Mr Peverell
...
Swaps agreed: 12/03 Dr Hensman <-> Dr Brennan-Walsh (approved AT).
Total for R Venkataraman in March: 6 days, 5 nights, 2 weekends (1:6). Hours compliant with WTR 2003 (48 h average).
Rota signed off: Mr J. Peverell, Clinical Lead
""",
identifiers=[("Abigail Tennant", CN), ("0117 496 0215", PH), ("urology.rota@nbt.example.nhs.uk", EM), ("Dr S. Ekwueme", CN),
             ("Dr Aoife Brennan-Walsh", CN), ("Dr M. Al-Rawi", CN), ("Miss Chaudhry-Barnes", CN), ("Dr Toby Hensman", CN),
             ("Dr Hensman", CN), ("Dr Brennan-Walsh", CN), ("AT", CN)],
keep=["SOUTHMEAD", "Venkataraman", "R Venkataraman", "Mr Peverell", "Mr J. Peverell", "01/03/25", "1:6", "WTR 2003", "48 h",
      "MARCH 2025"]),

dict(id="ho-035", kind="referral_letter", text="""Southmead Hospital, Urology Department, Bristol
Tel 0117 496 0220

Dear Colleague (Urology Oncology, Bristol Haematology and Oncology Centre),

Re: Mr Pradeep Nandakumar-Ellis   DOB 17/12/1960   NHS No 559 802 4471   MRN SMH0641830
    83 Coldharbour Road, Redland, Bristol BS6 7LP   Mob 07700 900802
    NOK: wife Sunita (same number)

I would be grateful if you would see this 64-year-old man with high-risk localised prostate cancer for consideration of radical radiotherapy with ADT. PSA 31 ng/ml; mpMRI PI-RADS 5 lesion right peripheral zone with suspected extracapsular extension (T3a), no nodal disease; PSMA PET-CT: no metastases. Transperineal biopsy: Gleason 4+4 = 8 (ISUP Grade Group 4) in 9/20 cores.

He was discussed at the specialist MDT on 20/03/2025 (MDT outcome ref 25-UROMDT-0413). He has started bicalutamide 50 mg OD for 28 days and will receive degarelix 240 mg loading on 27/03/2025. He would prefer radiotherapy to robotic prostatectomy. His GP is Dr Hilary Ashdown-Frere, Whiteladies Health Centre.

Yours sincerely,
Rahul Venkataraman MS MCh FRCS (Urol)
Locum Consultant Urologist       GMC 7493318
""",
identifiers=[("0117 496 0220", PH), ("Mr Pradeep Nandakumar-Ellis", PN), ("559 802 4471", NHS), ("SMH0641830", HN),
             ("83 Coldharbour Road, Redland, Bristol", AD), ("BS6 7LP", PC), ("07700 900802", PH), ("Sunita", RN),
             ("25-UROMDT-0413", REF), ("Dr Hilary Ashdown-Frere", CN), ("Whiteladies Health Centre", AD)],
keep=["Southmead Hospital", "Bristol Haematology and Oncology Centre", "17/12/1960", "64-year-old man", "PSA 31 ng/ml", "PI-RADS 5",
      "T3a", "PSMA PET-CT", "Gleason 4+4 = 8", "ISUP Grade Group 4", "9/20 cores", "20/03/2025", "bicalutamide 50 mg",
      "degarelix 240 mg", "Rahul Venkataraman", "7493318"]),

dict(id="ho-036", kind="wpba_dops", text="""DOPS - Flexible cystoscopy + removal of ureteric stent (JJ) - assessment form
Doctor assessed: Dr Rahul Venkataraman, GMC 7493318
Assessor: Miss Farah Chaudhry-Barnes, Consultant Urological Surgeon, Southmead Hospital
Assessor's GMC no: 5611928        Date: 09/10/2024       Setting: Day Surgery Unit, Southmead
Patient: 52F, stent post ureteroscopy 4/52 ago (ID on form: SMH2045519, "Mrs D.")

Indication and consent (incl. risk of UTI ~2%) ..... satisfactory
Aseptic technique / instillagel .................... satisfactory
Scope handling, bladder survey ..................... satisfactory
Grasper use and stent removal ...................... satisfactory
Communication during procedure ..................... satisfactory
Documentation ....................................... satisfactory
Overall: competent to perform independently.
Comment: "Calm, efficient, explained each step; good ergonomic position. Could document the stent register (ID) entry more consistently."
Assessor signature: F. Chaudhry-Barnes
""",
identifiers=[("5611928", GMC), ("SMH2045519", HN), ("Mrs D.", PN)],
keep=["Dr Rahul Venkataraman", "7493318", "Miss Farah Chaudhry-Barnes", "F. Chaudhry-Barnes", "Southmead Hospital", "09/10/2024",
      "52F", "~2%", "instillagel", "Day Surgery Unit"]),

dict(id="ho-037", kind="clinic_letter_ocr", text="""N0RTH BRIST0L NHS TRUST           S0UTHMEAD H0SPITAL
Urology 0utpatients    Tel: 0ll7 496 O227
0ur Ref: UR0/RV/24/lO63

Pat1ent: Mr Wi1fred Harcombe-Spink   D0B: O9/O4/1948
NHS N0: 7O3 55l 2896    MRN: SMH O4l 8837
Address: 12 0rchard Lea, Winterb0urne, Br1stol BSI6 lJB

Dear Dr Fenwlck,

I rev1ewed Mr Harcombe-Spink in the haematuria clinic 0n 11/11/2O24.
Visible haematuria x2, smoker 40 pack-yrs. Flexible cystoscopy: 3 cm
papi11ary tumour 1eft lateral wall. CT urogram: n0 upper tract lesion.
Listed f0r TURBT + single instillation mitomycin C 40 mg.
Hb l32, eGFR 6l.

Y0urs sincerely
R. Venkataraman, L0cum C0nsultant Ur0logist
""",
identifiers=[("0ll7 496 O227", PH), ("UR0/RV/24/lO63", REF), ("Mr Wi1fred Harcombe-Spink", PN), ("Mr Harcombe-Spink", PN),
             ("7O3 55l 2896", NHS), ("SMH O4l 8837", HN), ("12 0rchard Lea, Winterb0urne, Br1stol", AD), ("BSI6 lJB", PC),
             ("Dr Fenwlck", CN)],
keep=["N0RTH BRIST0L NHS TRUST", "S0UTHMEAD H0SPITAL", "O9/O4/1948", "11/11/2O24", "3 cm", "mitomycin C 40 mg", "Hb l32", "eGFR 6l",
      "R. Venkataraman", "TURBT"]),
]
