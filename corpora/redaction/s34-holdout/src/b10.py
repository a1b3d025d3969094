from common import D

D("community_heart_failure_email", "Dr Yusuf Al-Hashimi", """From: Heart Failure Nurses <hf.nurses@northgate.example>
To: Dr Yusuf Al-Hashimi
Subject: Mr Everton Clarke-Beckford - wt up 3 kg

Dr A-H,
Visited Mr Everton Clarke-Beckford (NG6610042, NHS 401 772 9035) at home today - 5 Jamaica Row, Handsworth, B21 9QA. Wt 91.4 kg (dry 88.4), NYHA III, ankles ++. On bumetanide 2 mg OM. His partner Miss Hyacinth Forbes says he has been eating takeaways from his cousin Delroy's shop (Roots Kitchen, Soho Road). 
Plan per you: bumetanide 2 mg BD x 3 days, U&E Thursday.
Pat (HF CNS) 020 7946 0623
""", [
 ("hf.nurses@northgate.example","EMAIL"),("Mr Everton Clarke-Beckford","PATIENT_NAME"),("NG6610042","HOSPITAL_NUMBER"),("401 772 9035","NHS_NUMBER"),("5 Jamaica Row, Handsworth","ADDRESS"),("B21 9QA","POSTCODE"),
 ("Miss Hyacinth Forbes","RELATIVE_NAME"),("Delroy","RELATIVE_NAME"),("Roots Kitchen, Soho Road","ADDRESS"),("Pat","COLLEAGUE_NAME"),("020 7946 0623","PHONE"),
], ["Dr Yusuf Al-Hashimi","Dr A-H","bumetanide 2 mg OM","NYHA III","Wt 91.4 kg"])

D("msk_radiology_report_ocr", "Dr Kwame Asante", """[fax received 14:22 - OCR]
X-RAY R HIP + PELVIS   Acc no: RAD24-99 01  837      Pt: LAM Siu-Fong (Mrs)  Hosp:NG 7710 384   DOB 29/06/1938
Ref: Dr. Ng (GP), Lee Bank Med Ctr
Findings: displaced intracapsular fracture R NOF (Garden IV). Background osteopenia. Old healed L superior pubic ramus #.
Conclusion: Garden IV intracapsular NOF fracture - for hemiarthroplasty per NICE CG124.
Reported: Dr K. Asante (ST4)   Authorised: Dr Ingrid Solberg
""", [
 ("RAD24-99 01  837","HOSPITAL_NUMBER"),("LAM Siu-Fong (Mrs)","PATIENT_NAME"),("NG 7710 384","HOSPITAL_NUMBER"),("Dr. Ng","COLLEAGUE_NAME"),
], ["DOB 29/06/1938","Garden IV","NICE CG124","Dr K. Asante","Dr Ingrid Solberg"])

D("oh_school_return_letter", "Dr Imran Chaudhry", """Occupational Health Service - fitness for work (education sector contract)
Employee: Mr Wojciech "Wojtek" Lewandowski, Teacher of Physics, Kingsmead Academy, Thornaby TS17 0QZ
Referral from: Mrs Anjali Varma (Head of HR), ref OH-EDU-25-0147
Summary: recovered from STEMI (PCI to RCA, 19/02/2025), completed cardiac rehab phase III, asymptomatic, LVEF 55%. On ticagrelor 90 mg BD (until 02/2026), atorvastatin 80 mg, ramipril 5 mg, bisoprolol 2.5 mg.
Opinion: fit to return 14/04/2025 on phased basis; avoid leading the Year 9 trip to Snowdon this term. DVLA: group 1 licence - may drive after 1 week (successful PCI, EF > 40%).
Dr Imran Chaudhry (reviewed by Dr Beatrix Olawale)
""", [
 ("Mr Wojciech \"Wojtek\" Lewandowski","PATIENT_NAME"),("Kingsmead Academy, Thornaby","ADDRESS"),("TS17 0QZ","POSTCODE"),("Mrs Anjali Varma","COLLEAGUE_NAME"),("OH-EDU-25-0147","REFERENCE_NUMBER"),
], ["Dr Imran Chaudhry","Dr Beatrix Olawale","LVEF 55%","ticagrelor 90 mg BD","atorvastatin 80 mg","DVLA","Snowdon"])
