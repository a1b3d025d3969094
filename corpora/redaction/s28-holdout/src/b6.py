from b1 import d
d("gp_consultation","Dr Iain Mac a' Phearsain","""Home visit note, 06/12/2025, Shieldaig - Dr I MacP
Auld Wullie (William Urquhart, 90M, CHI 0102355847) at Seaview, Shieldaig IV54 8XN. His neighbour Mrs Effie Chisholm found him "no weel, cauld and awfy confused" this morning.
T 35.1, RR 24, BP 92/50, NEWS2 8. ?Sepsis - chest source. Gave benzylpenicillin 1.2 g IM. Ambulance incident 251206-0441 - 2 h wait, so drove him to Broadford with the nurse, Ishbel.
Son in Aberdeen, Mr Alan Urquhart, informed on 07700 900808.""",
[("Auld Wullie","PATIENT_NAME"),("Shieldaig","ADDRESS"),("William Urquhart","PATIENT_NAME"),("0102355847","NHS_NUMBER"),("Seaview, Shieldaig","ADDRESS"),("IV54 8XN","POSTCODE"),("Mrs Effie Chisholm","RELATIVE_NAME"),("251206-0441","REFERENCE_NUMBER"),("Ishbel","COLLEAGUE_NAME"),("Mr Alan Urquhart","RELATIVE_NAME"),("07700 900808","PHONE")],
["Dr I MacP","90M","NEWS2 8","benzylpenicillin 1.2 g IM","BP 92/50","Broadford","T 35.1"])
d("gp_consultation","Dr Ciarán Ó Dochartaigh","""Rural GP locum session - Rathlin/Ballycastle - Dr C Ó Dochartaigh - 19/08/2025
Pt: Mrs Gráinne McCurdy, 52F, H&C 455 190 6632, Church Bay, Rathlin Island BT54 6RT, tel 01632 960356.
Ferry cancelled (gale). Video consult with nurse Ailish O'Kane present. Painful red R eye, photophobia, VA 6/18 - ?anterior uveitis, known HLA-B27 ankylosing spondylitis.
Discussed with on-call ophthalmology at RVH (Dr S Ní Bhriain accepted, she verifies this note). Started prednisolone acetate 1% hourly and cyclopentolate 1% TDS pending transfer by RNLI lifeboat.""",
[("Mrs Gráinne McCurdy","PATIENT_NAME"),("455 190 6632","NHS_NUMBER"),("Church Bay, Rathlin Island","ADDRESS"),("BT54 6RT","POSTCODE"),("01632 960356","PHONE"),("Ailish O'Kane","COLLEAGUE_NAME")],
["Dr C Ó Dochartaigh","52F","VA 6/18","HLA-B27","prednisolone acetate 1%","cyclopentolate 1% TDS","Dr S Ní Bhriain","RVH"])
d("mdt_notes","Dr Olumide Fashola","""Memory service MDT - Lancashire & South Cumbria NHS FT - 15/10/2025
Chair: Dr Olumide Fashola. Consultant verifier: Dr Eleanor Whitworth.
- Mr Clifford Haworth (Cliff), 80M, Chorley: Alzheimer's, MMSE 21/30; consider memantine 5 mg titration. Wife Maureen struggling - carers' assessment.
- Ms Precious Okoro, 66F: young-onset? FDG-PET ref PET-2025-55210 requested. Dr Ahmed Siddiqui (GP) to be updated.
- "Mrs D" (Doreen Bamber, 88F, Leyland) - DoLS at Maple Lodge care home.""",
[("Mr Clifford Haworth","PATIENT_NAME"),("Cliff","PATIENT_NAME"),("Chorley","ADDRESS"),("Maureen","RELATIVE_NAME"),("Ms Precious Okoro","PATIENT_NAME"),("PET-2025-55210","REFERENCE_NUMBER"),("Dr Ahmed Siddiqui","COLLEAGUE_NAME"),("\"Mrs D\"","PATIENT_NAME"),("Doreen Bamber","PATIENT_NAME"),("Leyland","ADDRESS")],
["Dr Olumide Fashola","Dr Eleanor Whitworth","MMSE 21/30","memantine 5 mg","Alzheimer's","DoLS","Maple Lodge care home","80M","FDG-PET"])
d("wpba","Dr Farah Iqbal","""Mini-CEX - assessed by applicant (ophthalmology)
Trainee: Dr Jonah Whitcombe (OST2). Assessor: Dr Farah Iqbal, GMC 7590031.
Encounter: slit-lamp examination and gonioscopy, patient Mrs Ngozi Adebanjo-Clarke (MRN 1201866), 71F, Shaffer grade 1 angles.
Dr Whitcombe used a Goldmann 3-mirror lens correctly; IOP 26 mmHg by Goldmann applanation. Feedback: explain findings to the patient in plain language.""",
[("Dr Jonah Whitcombe","COLLEAGUE_NAME"),("Mrs Ngozi Adebanjo-Clarke","PATIENT_NAME"),("1201866","HOSPITAL_NUMBER"),("Dr Whitcombe","COLLEAGUE_NAME")],
["Dr Farah Iqbal","GMC 7590031","Shaffer grade 1","Goldmann 3-mirror lens","IOP 26 mmHg","Goldmann applanation","71F"])
