from b1 import D, DOCS

D(9, "whatsapp_export", "Dr Hamid Rahimi",
"""[12/01/2025, 21:04:11] Hamid Rahimi: anyone free to review bed 14? Mrs Abernethy, sats dropping 86%
[12/01/2025, 21:05:02] Chloe (FY1): on my way. is that Morag Abernethy or the other one in side room 2?
[12/01/2025, 21:05:30] Hamid Rahimi: Morag. the other one is Mr Abernathy (no relation lol) - Dougie
[12/01/2025, 21:09:47] Chloe (FY1): ABG pH 7.29 pCO2 8.1 - type 2, starting NIV IPAP 15 EPAP 5
[12/01/2025, 21:11:03] Sr Blessing Adeyemi: her husband Hamish on phone 07700 900167 wants update
[12/01/2025, 21:12:40] Hamid Rahimi: I'll ring him. ITU outreach bleep 4417
[12/01/2025, 22:30:15] Chloe (FY1): Datix done re delay in NIV set-up - WEB88124
[12/01/2025, 22:31:00] Hamid Rahimi: thanks Chloe. HR
-- exported to portfolio as evidence of out-of-hours leadership, Dr Hamid Rahimi, GMC 7011846. Verified by Dr Catriona Lamont, clinical supervisor, Ward 7B Respiratory, Ninewells Hospital""",
[("Abernethy","PATIENT_NAME"),("Chloe","COLLEAGUE_NAME"),("Morag Abernethy","PATIENT_NAME"),("Morag","PATIENT_NAME"),("Abernathy","PATIENT_NAME"),("Dougie","PATIENT_NAME"),("Blessing Adeyemi","COLLEAGUE_NAME"),("Hamish","RELATIVE_NAME"),("07700 900167","PHONE"),("WEB88124","REFERENCE_NUMBER")],
["Hamid Rahimi","Dr Hamid Rahimi","GMC 7011846","HR","Dr Catriona Lamont","Ward 7B Respiratory","Ninewells Hospital","bed 14","side room 2","pH 7.29","IPAP 15 EPAP 5","bleep 4417"])

D(10, "teams_chat", "Dr Adaeze Okonkwo",
"""Okonkwo, Adaeze (Dr)  09:14
morning - can someone check the SCBU obs for Baby Girl Oyelaran-Smith (twin 2)? mum Funmi worried about jaundice
Patel, Nikhil  09:16
SBR 287 at 58h, under phototherapy line for 37/40. starting single phototx
Okonkwo, Adaeze (Dr)  09:17
thanks Nik. also twin 1 (Baby Boy Oyelaran-Smith) - hypoglycaemia BM 1.9 overnight, given 2ml/kg 10% dextrose. NNU no 2025-0411 / 2025-0412
Whitfield, Grace (ANNP)  09:30
dad (Tunde) asking for a discharge date - told him not before Fri
Okonkwo, Adaeze (Dr)  09:31
ok. AO""",
[("Oyelaran-Smith","PATIENT_NAME"),("Funmi","RELATIVE_NAME"),("Patel, Nikhil","COLLEAGUE_NAME"),("Nik","COLLEAGUE_NAME"),("2025-0411","HOSPITAL_NUMBER"),("2025-0412","HOSPITAL_NUMBER"),("Whitfield, Grace","COLLEAGUE_NAME"),("Tunde","RELATIVE_NAME")],
["Okonkwo, Adaeze (Dr)","AO","SBR 287","37/40","BM 1.9","2ml/kg 10% dextrose","SCBU"])

D(11, "complaint_response", "Dr Siobhan Gallagher",
"""Emergency Department, Royal Derwent Infirmary
Our ref: COMP-2025-00612   Your ref: TG/ED/77

Mrs Tracey Goodwin
88 Pear Tree Close
Allestree
Derby DE22 2HX

Dear Mrs Goodwin,

Thank you for your letter about the care your son, Callum Goodwin, received on 8 August when he attended with a broken wrist after falling from the climbing frame at St Edmund's Primary School. I am sorry that Callum waited five hours for analgesia.

I have reviewed the records. The triage nurse, Staff Nurse Pauline Ruddock, recorded a pain score of 8/10 and prescribed ibuprofen 200 mg, which was not given until 18:40. Our paediatric doctor, Dr Karim El-Masri, reduced the distal radius fracture under intranasal diamorphine (Ayendi). This delay was not acceptable.

As a result, we have introduced a "pain at triage" audit, and I have shared your letter with the nursing team. If you wish to discuss this further, please call the complaints team on 01632 960391 or e-mail ed.complaints@rdi.nhs.example.

Yours sincerely,
Dr Siobhan Gallagher, Consultant in Emergency Medicine (locum)
cc Mr Dev Anand, Head of Patient Experience (verified as evidence of complaint handling)""",
[("COMP-2025-00612","REFERENCE_NUMBER"),("TG/ED/77","REFERENCE_NUMBER"),("Tracey Goodwin","RELATIVE_NAME"),("88 Pear Tree Close\nAllestree\nDerby","ADDRESS"),("DE22 2HX","POSTCODE"),("Goodwin","RELATIVE_NAME"),("Callum Goodwin","PATIENT_NAME"),("Callum","PATIENT_NAME"),("St Edmund's Primary School","ADDRESS"),("Pauline Ruddock","COLLEAGUE_NAME"),("Karim El-Masri","COLLEAGUE_NAME"),("01632 960391","PHONE"),("ed.complaints@rdi.nhs.example","EMAIL")],
["Dr Siobhan Gallagher","Royal Derwent Infirmary","Emergency Department","ibuprofen 200 mg","intranasal diamorphine (Ayendi)","8/10","18:40","Mr Dev Anand"])

D(12, "coroner_statement", "Dr Hamid Rahimi",
"""IN THE MATTER OF AN INQUEST TOUCHING THE DEATH OF WINIFRED ANNE CALLAGHAN
Coroner's ref: 2025-0334/NC   Police ref: NC-25-004417
Statement of Dr Hamid Rahimi, Specialty Doctor in Acute Medicine, GMC number 7011846

1. I am a doctor at Northumbria Specialist Emergency Care Hospital. I make this statement from the records and my own memory.
2. Mrs Callaghan (DOB 14/01/1941), known as Win, was admitted on 2 March 2025 from her home at 17 Chollerton Drive, Whitley Bay NE26 3PL after a fall. Her hospital number was M0293871.
3. I reviewed her at 23:10. She was on apixaban 2.5 mg bd. A CT head performed at 23:45 showed an acute subdural haematoma. I discussed her with the neurosurgical registrar at the RVI, Mr Stelios Karagiannis, who advised that she was not a candidate for surgery.
4. Her son Patrick and granddaughter Niamh were present. The decision about the reversal agent (andexanet alfa) was made with the on-call consultant, Dr Joanne Liddle.
5. Mrs Callaghan died at 04:20 on 4 March 2025.
I believe that the facts stated in this statement are true.
Signed  H. Rahimi""",
[("WINIFRED ANNE CALLAGHAN","PATIENT_NAME"),("2025-0334/NC","REFERENCE_NUMBER"),("NC-25-004417","REFERENCE_NUMBER"),("Callaghan","PATIENT_NAME"),("Win","PATIENT_NAME"),("17 Chollerton Drive, Whitley Bay","ADDRESS"),("NE26 3PL","POSTCODE"),("M0293871","HOSPITAL_NUMBER"),("Stelios Karagiannis","COLLEAGUE_NAME"),("Patrick","RELATIVE_NAME"),("Niamh","RELATIVE_NAME"),("Joanne Liddle","COLLEAGUE_NAME")],
["Dr Hamid Rahimi","GMC number 7011846","H. Rahimi","Northumbria Specialist Emergency Care Hospital","DOB 14/01/1941","apixaban 2.5 mg bd","andexanet alfa","RVI","23:10","04:20"])
