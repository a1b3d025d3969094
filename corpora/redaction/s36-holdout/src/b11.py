from b1 import D

D(54, "gp_cbd_trainee", "Dr Eleanor Price",
"""Case-based discussion - I assessed GP registrar Dr Kwabena Owusu-Ansah (ST2), GMC 7812004
Case: a 15-year-old girl, K.T., attended alone requesting the pill. She lives with her grandad in Netherton. She mentioned an "older friend" called Ricky who picks her up from school (Holmfirth High).
Kwabena applied Fraser guidelines and the Spotting the Signs tool but did not explore the age of Ricky. Learning point agreed: routine enquiry about CSE, and discussion with the practice safeguarding lead (Dr Ashworth).
Assessor: Dr Eleanor Price, GP trainer. Rating: needs further development.""",
[("Kwabena Owusu-Ansah","COLLEAGUE_NAME"),("Kwabena","COLLEAGUE_NAME"),("7812004","GMC_NUMBER"),("K.T.","PATIENT_NAME"),("Netherton","ADDRESS"),("Ricky","RELATIVE_NAME"),("Holmfirth High","ADDRESS"),("Ashworth","COLLEAGUE_NAME")],
["Dr Eleanor Price","Fraser guidelines","Spotting the Signs","15-year-old"])

D(55, "palliative_ocr_note", "Dr Eleanor Price",
"""HOME V1SIT - DlSTRICT NURS1NG / GP JOINT VlSIT  (scanned)
Pt: Mr Reginald "Reg" 0ATES   DOB 2O/O4/1944  M   NHS: 7l0 338 2205
Add: Hi1lside Cottage, Moor Rd, Mars den HD7 6AB
Dx: mesothe1ioma (asbestos - worked at Turner Brothers Asbestos, Rochdale)  - coroner w1ll need to be informed after death (industria1 disease)
Meds: Matrifen 25 mcg/h patch, 0ramorph 5 mg PRN, dexamethasone 4 mg OD
Carer: dau Jan1ce Walsh 07700 9OO268   Key safe code 4471 (DO NOT SHARE)
Seen by Dr E. Price + DN Harpreet. GSF register: RED.""",
[("Reginald","PATIENT_NAME"),("Reg","PATIENT_NAME"),("0ATES","PATIENT_NAME"),("7l0 338 2205","NHS_NUMBER"),("Hi1lside Cottage, Moor Rd, Mars den","ADDRESS"),("HD7 6AB","POSTCODE"),("Turner Brothers Asbestos, Rochdale","ADDRESS"),("Jan1ce Walsh","RELATIVE_NAME"),("07700 9OO268","PHONE"),("4471","OTHER_ID"),("Harpreet","COLLEAGUE_NAME")],
["DOB 2O/O4/1944","M","Matrifen 25 mcg/h patch","0ramorph 5 mg PRN","dexamethasone 4 mg OD","Dr E. Price","GSF register: RED"])

D(56, "crisis_team_whatsapp", "Dr Tomasz Wiśniewski",
"""HTT on-call (WhatsApp export)
[03/02/2025, 23:41] Dr Tomasz W: police have "Scotty" again at the Arden Street flats, section 136 to Stepping Hill place of safety
[03/02/2025, 23:43] Bex (AMHP): Scott Lennox-Daly? DOB 1996? I assessed him in Nov. Mum is Paula, 07700 900515
[03/02/2025, 23:44] Dr Tomasz W: yes. he's also known as "Lenny". RiO 1167230
[03/02/2025, 23:58] Bex (AMHP): on my way. s12 doctor? Dr Chaudhry on the rota
[04/02/2025, 00:02] Dr Tomasz W: I've rung Dr Chaudhry. Section 2 likely. Clozapine was stopped in Oct (neutropenia, ANC 1.1)
[04/02/2025, 00:30] Bex (AMHP): Ward: Norbury - bed confirmed""",
[("Scotty","PATIENT_NAME"),("Arden Street flats","ADDRESS"),("Bex","COLLEAGUE_NAME"),("Scott Lennox-Daly","PATIENT_NAME"),("Paula","RELATIVE_NAME"),("07700 900515","PHONE"),("Lenny","PATIENT_NAME"),("1167230","HOSPITAL_NUMBER"),("Chaudhry","COLLEAGUE_NAME")],
["Dr Tomasz W","section 136","Stepping Hill","s12","Section 2","Clozapine","ANC 1.1","Norbury"])

D(57, "ed_reflection_domestic_abuse", "Dr Siobhan Gallagher",
"""Reflection: routine enquiry for domestic abuse
The patient, a 29-year-old woman (Mrs Aleksandra "Ola" Wróbel), attended with a "fall" and a spiral fracture of the left ulna. Her husband Dariusz answered every question. I asked him to step out to the relatives' room and, using a Polish telephone interpreter (ID 503312), asked about safety. DASH risk checklist score 16 (high risk). She works at the Polish deli, Smaczna, on Normanton Road.
With her consent I referred to MARAC (ref DMARAC-25-0719) and the hospital IDVA, Nicola Fairclough. Police crime ref: 20DE/61234/25.
I discussed my learning with my supervisor, Dr Huw Jenkins.
Dr Siobhan Gallagher""",
[("Aleksandra","PATIENT_NAME"),("Ola","PATIENT_NAME"),("Wróbel","PATIENT_NAME"),("Dariusz","RELATIVE_NAME"),("503312","OTHER_ID"),("Smaczna, on Normanton Road","ADDRESS"),("DMARAC-25-0719","REFERENCE_NUMBER"),("Nicola Fairclough","COLLEAGUE_NAME"),("20DE/61234/25","REFERENCE_NUMBER")],
["Dr Siobhan Gallagher","Dr Huw Jenkins","DASH risk checklist score 16","29-year-old","MARAC","IDVA"])
