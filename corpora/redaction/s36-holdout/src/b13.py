from b1 import D

D(63, "gp_complaint_response", "Dr Eleanor Price",
"""Moorside Medical Practice - Complaint response (practice ref PRC/2025/014)
Dear Mr Hope,
Thank you for your letter of 2 June about your late mother, Mrs Rosemary Hope, and the delay in her home visit. I am very sorry for your loss.
Mrs Hope (Rosie to her friends at the Lindley Methodist lunch club) rang at 08:05 on 19 May. Our receptionist, Chantal, booked a call-back for 11:30. Our locum, Dr Gerald Finch-Hatton, called at 12:40 and arranged a visit at 15:00, when she was found to have sepsis (NEWS2 8). She died at Huddersfield Royal Infirmary two days later.
We have changed our triage: any caller over 80 who reports breathlessness now speaks to a clinician within 30 minutes. This has been discussed at our significant event meeting (SEA 25-07).
If you remain dissatisfied you may contact the Parliamentary and Health Service Ombudsman.
Yours sincerely,
Dr Eleanor Price, GP Partner and complaints lead""",
[("PRC/2025/014","REFERENCE_NUMBER"),("Hope","RELATIVE_NAME"),("Rosemary Hope","PATIENT_NAME"),("Rosie","PATIENT_NAME"),("Lindley Methodist lunch club","ADDRESS"),("Chantal","COLLEAGUE_NAME"),("Gerald Finch-Hatton","COLLEAGUE_NAME"),("SEA 25-07","REFERENCE_NUMBER")],
["Moorside Medical Practice","Dr Eleanor Price","NEWS2 8","Huddersfield Royal Infirmary","Parliamentary and Health Service Ombudsman","08:05","30 minutes"])

D(64, "ambulance_handover_ed", "Dr Siobhan Gallagher",
"""pre-alert 14:22 from EMAS - taken by SG
"red" - 81F, Mrs Cynthia Braithwaite-Oduya? crew not sure of surname, from Rosewood Care Home, Allestree. FAST +ve: L arm, facial droop, onset 13:50 witnessed by carer (Precious, sic). On apixaban. BM 7.4. NIHSS ~12.
ETA 14:40. stroke team bleeped (ext 4455).
update 14:45: name confirmed BRAITHWAITE, Cynthia. ED no. 25/140772. CT/CTA: L M1 occlusion - thrombectomy at QMC, transfer via EMAS inc no. 2207-0591.
daughter (Yvonne) on way from Long Eaton, mob 07700 900389.
SG""",
[("Cynthia Braithwaite-Oduya","PATIENT_NAME"),("Rosewood Care Home, Allestree","ADDRESS"),("Precious","COLLEAGUE_NAME"),("BRAITHWAITE, Cynthia","PATIENT_NAME"),("25/140772","HOSPITAL_NUMBER"),("2207-0591","REFERENCE_NUMBER"),("Yvonne","RELATIVE_NAME"),("Long Eaton","ADDRESS"),("07700 900389","PHONE")],
["SG","81F","FAST +ve","apixaban","BM 7.4","NIHSS ~12","ext 4455","L M1 occlusion","QMC","EMAS","14:22"])

D(65, "ocr_care_home_mar", "Dr Eleanor Price",
"""MED1CATION ADM1N1STRAT1ON RECORD  -  Wh1tegates Res1dent1al Home  -  Room l4
Res1dent:  FLYNN, Bridget (Bridie)      D.0.B. O7/O3/l93O     GP: Dr E. Price
NHS No.  4O5 9l2 6634     A1lerg1es: pen1c1ll1n (rash)
donepezil  l0 mg  nocte    ✓ ✓ ✓ ✗(refused) ✓
sertral1ne  5O mg  mane   ✓ ✓ ✓ ✓ ✓
Adcal-D3  l tab bd        ✓ ✓ ✓ ✓ ✓
Pharmacy: Rowlands, 3 Westgate, Cleckheaton  tel 0l632 96O 7l9
Checked by: Senior carer Marguerite Obeng""",
[("Wh1tegates Res1dent1al Home","ADDRESS"),("FLYNN, Bridget","PATIENT_NAME"),("Bridie","PATIENT_NAME"),("4O5 9l2 6634","NHS_NUMBER"),("Rowlands, 3 Westgate, Cleckheaton","ADDRESS"),("0l632 96O 7l9","PHONE"),("Marguerite Obeng","COLLEAGUE_NAME")],
["D.0.B. O7/O3/l93O","Dr E. Price","pen1c1ll1n (rash)","donepezil  l0 mg  nocte","Adcal-D3","Room l4"])
