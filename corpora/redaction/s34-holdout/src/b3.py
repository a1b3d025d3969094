from common import D

D("complaint_response_letter", "Dr Tomasz Wiśniewski", """PATIENT EXPERIENCE TEAM - Riverside University Hospitals NHS Foundation Trust
Complaint ref: COMP-24-03318   PALS ref: PALS/24/9910
Mr Desmond Rowe, 41 Chapel Street, Ossett, WF5 8BA
Dear Mr Rowe
Thank you for your letter about the care of your mother, Mrs Gloria Rowe (hospital number RUH7731045), on Ward 30 (Elderly Care) between 4 and 19 March 2024.
You raised concerns that (1) her furosemide was omitted for 3 days, (2) you were not told about her fall on 8 March, and (3) Dr Piotr Sadowski was dismissive when you asked about DNACPR.
Dr Tomasz Wiśniewski, Speciality Doctor, has reviewed the notes and met with you on 22 April. He acknowledges the omitted doses (furosemide 40 mg OD) were not escalated by the night team. A Datix (DW-118273) has been completed for the fall. Dr Sadowski has reflected on the conversation.
Sister Mandisa Khumalo has arranged falls training for the ward.
If you remain unhappy you can contact the Parliamentary and Health Service Ombudsman.
Yours sincerely, Ms Harriet Bloomfield, Head of Patient Experience
Verified as a true copy for portfolio: Dr Ayesha Rahman, Clinical Director, Medicine for Older People
""", [
 ("COMP-24-03318","REFERENCE_NUMBER"),("PALS/24/9910","REFERENCE_NUMBER"),("Mr Desmond Rowe","RELATIVE_NAME"),("Mr Rowe","RELATIVE_NAME"),
 ("41 Chapel Street, Ossett","ADDRESS"),("WF5 8BA","POSTCODE"),("Mrs Gloria Rowe","PATIENT_NAME"),("RUH7731045","HOSPITAL_NUMBER"),
 ("Dr Piotr Sadowski","COLLEAGUE_NAME"),("Dr Sadowski","COLLEAGUE_NAME"),("DW-118273","REFERENCE_NUMBER"),("Sister Mandisa Khumalo","COLLEAGUE_NAME"),
], ["Riverside University Hospitals NHS Foundation Trust","Ward 30 (Elderly Care)","Dr Tomasz Wiśniewski","furosemide 40 mg OD","DNACPR","Dr Ayesha Rahman","Parliamentary and Health Service Ombudsman"])

D("reflective_piece", "Dr Tomasz Wiśniewski", """REFLECTIVE PRACTICE ENTRY - Gibbs cycle
Title: A conversation about ceilings of care that went wrong
Description: On a busy Saturday on-call at Riverside I was asked by the nurse in charge, Bev, to speak with the family of a 93-year-old lady with advanced dementia (CFS 8) and aspiration pneumonia. Her son Nigel and granddaughter Kayleigh were at the bedside. I explained that we would not escalate to ICU and that CPR would not work. Nigel, who had met me on Thursday and called me "Dr Tom", became upset and said I had promised "everything would be done".
Feelings: I felt defensive and rushed; I had five other sick patients on the list, including a DKA (pH 7.08).
Evaluation: I had not read the previous entry, which actually documented a ReSPECT discussion by my registrar, Dr Olumide Fashola.
Analysis: Using the SPIKES protocol afterwards I realised I had skipped the "Perception" step.
Action plan: I attended the trust's "Difficult Conversations" course (6 CPD points) and now check ReSPECT forms before family meetings.
Discussed with my educational supervisor, Dr Felicity Armitage, 14/02/2025.
Tomasz Wiśniewski (TW)
""", [
 ("Bev","COLLEAGUE_NAME"),("Nigel","RELATIVE_NAME"),("Kayleigh","RELATIVE_NAME"),("Dr Olumide Fashola","COLLEAGUE_NAME"),
], ["Gibbs cycle","CFS 8","pH 7.08","ReSPECT","SPIKES protocol","Dr Felicity Armitage","Tomasz Wiśniewski","TW","93-year-old","Dr Tom"])

D("wba_export_minicex", "Dr Imran Chaudhry", """ePortfolio export - Supervised Learning Event
Type: Mini-CEX   Date of event: 07/08/2024   Form ID: 3318-22918-ACX
Trainee: Dr Imran Chaudhry   GMC: 7012299
Assessor: Dr Olivia Pemberton-Hale, Consultant Physician   Assessor GMC: 4432109   Assessor email: o.pembertonhale@nhs.example
Setting: Acute Medical Unit, Bay 3
Case: 67-year-old man (Mr E.D.) with new AF, fast ventricular response 148 bpm, known COPD GOLD 3. Trainee assessed haemodynamic stability, calculated CHA2DS2-VASc 2 and ORBIT 1, chose bisoprolol 2.5 mg over digoxin and explained anticoagulation using shared decision making.
Feedback: excellent structure. Next time check TSH and consider echo before rate vs rhythm decision.
Trainee reflection: I will use the "AF-CARE" framework.
Patient identifier recorded on original form: hosp no AMU-552871 (REDACT)
""", [
 ("3318-22918-ACX","REFERENCE_NUMBER"),("Mr E.D.","PATIENT_NAME"),("4432109","GMC_NUMBER"),("o.pembertonhale@nhs.example","EMAIL"),("AMU-552871","HOSPITAL_NUMBER"),
], ["Dr Imran Chaudhry","GMC: 7012299","Dr Olivia Pemberton-Hale","Mini-CEX","CHA2DS2-VASc 2","ORBIT 1","bisoprolol 2.5 mg","COPD GOLD 3","67-year-old","Bay 3"])

D("teaching_feedback_summary", "Dr Kwame Asante", """Teaching session feedback summary
Session: "Chest X-ray interpretation for FY1s" - delivered by Dr Kwame Asante, 21/05/2025, Education Centre Room 2, Northgate General Hospital
Attendees: 14 (FY1 x 11, PA x 3). Feedback forms returned: 12.
Q1 Content relevant (1-5): mean 4.7
Q2 Presenter clear: mean 4.8
Q3 Would recommend: 12/12 yes
Free-text comments:
- "Loved the ABCDE approach and the Golden S sign example."
- "More time on lines and tubes please - NG tube position."
- "Best teaching this rotation, thank you Kwame!"
Certificate signed: Dr Rosalind Ekwueme, Director of Medical Education
No patient images were identifiable (all from Radiopaedia, CC BY-NC-SA).
""", [], ["Dr Kwame Asante","Kwame","Northgate General Hospital","Dr Rosalind Ekwueme","Golden S sign","ABCDE approach","mean 4.7"])

D("rota_whatsapp_messages", "Dr Farah Qureshi", """[WhatsApp export - "Derm SAS rota" group]
[03/09/2024, 07:12] Farah Q: Morning all, I'm covering Dr Obi's clinic today so can someone take my 2WW list Thursday?
[03/09/2024, 07:20] Ciaran Moloney: I can do Thursday if you take my Mohs Friday pm
[03/09/2024, 07:21] Farah Q: deal 👍
[03/09/2024, 07:45] Lakshmi (secretary): FYI Mrs Delahunty (the lady with the pemphigoid on dapsone) called AGAIN re her results - her number 07700 900257, hosp no DX-118264. Can someone ring her?
[03/09/2024, 07:47] Farah Q: I'll ring her at lunch, I saw her last week. Her G6PD was normal
[03/09/2024, 08:02] Dr Abernethy: Thanks Farah. Reminder rota for Oct is on the shared drive: https://trustsharepoint.example/sites/derm/rota-oct-2024.xlsx
""", [
 ("Dr Obi","COLLEAGUE_NAME"),("Ciaran Moloney","COLLEAGUE_NAME"),("Lakshmi","COLLEAGUE_NAME"),("Mrs Delahunty","PATIENT_NAME"),("07700 900257","PHONE"),("DX-118264","HOSPITAL_NUMBER"),
 ("https://trustsharepoint.example/sites/derm/rota-oct-2024.xlsx","URL"),
], ["Farah Q","Farah","Dr Abernethy","pemphigoid","dapsone","G6PD","2WW","Mohs"])

D("audit_spreadsheet_csv", "Dr Oluwaseun Adeyemi", """Audit: Time to first dialysis session in AKI stage 3 (KDIGO) - data collection sheet (pasted CSV)
audit_id,initials,hosp_no,age,sex,AKI_stage,indication,hours_to_RRT,met_standard
1,T.O.,RA2019934,58,M,3,K+ 7.2,3.5,Y
2,PMcC,RA2020117,74,F,3,pulmonary oedema,9.0,N
3,S.K.,RA2021388,63,M,3,urea 41,5.2,Y
4,AMJ,RA2021901,49,M,3,acidosis pH 7.05,2.0,Y
5,Z-Y L,RA2022045,80,F,3,fluid overload,12.5,N
Standard: 100% within 6 h of decision (UK Kidney Association). Met: 3/5 = 60%.
Data collected by OA. Audit lead: Dr Ruth Gallagher (consultant nephrologist) - verified.
""", [
 ("T.O.","PATIENT_NAME"),("RA2019934","HOSPITAL_NUMBER"),("PMcC","PATIENT_NAME"),("RA2020117","HOSPITAL_NUMBER"),("S.K.","PATIENT_NAME"),("RA2021388","HOSPITAL_NUMBER"),
 ("AMJ","PATIENT_NAME"),("RA2021901","HOSPITAL_NUMBER"),("Z-Y L","PATIENT_NAME"),("RA2022045","HOSPITAL_NUMBER"),
], ["OA","Dr Ruth Gallagher","KDIGO","K+ 7.2","urea 41","pH 7.05","UK Kidney Association","60%"])

D("ocr_damaged_clinic_letter", "Dr Hannah Lindqvist", """[scanned letter - OCR text, uncorrected]
NORTHGATE GENERAL HOSPlTAL    Sport & Exerc1se Medicine
0ur ref: HL/SEM/ 2023/ 4471        Hosp No: SEM-6O218 (SEM-60218)
Re: Mr Ca1lum Fairweather , D0B 14/ 02/1996   NHS No 4 8 5  7 7 7  3 4 5 6
Addr: 9 Ki1nhurst Road, Rawmarsh, R0therham S62 5Q  B
Dear Dr Mensah-Boateng,
I reviewed Ca1lum in clinic follow ing his 2nd episode of exertional heat illness during the Great North Run. Core temp at the finish line 41.2 C. CK peaked at 18 400.
He is fit to resume trainlng with a graduated heat acclimatisation protocol over 10-14 days.
Yours sincere1y
Dr H. Lindqvist
""", [
 ("HL/SEM/ 2023/ 4471","REFERENCE_NUMBER"),("SEM-6O218","HOSPITAL_NUMBER"),("SEM-60218","HOSPITAL_NUMBER"),("Mr Ca1lum Fairweather","PATIENT_NAME"),("Ca1lum","PATIENT_NAME"),
 ("4 8 5  7 7 7  3 4 5 6","NHS_NUMBER"),("9 Ki1nhurst Road, Rawmarsh, R0therham","ADDRESS"),("S62 5Q  B","POSTCODE"),("Dr Mensah-Boateng","COLLEAGUE_NAME"),
], ["D0B 14/ 02/1996","Dr H. Lindqvist","41.2 C","CK peaked at 18 400","Great North Run"])

D("no_identifier_cpd_certificate", "Dr Marcia Gayle", """CERTIFICATE OF ATTENDANCE
This is to certify that Dr Marcia Gayle (GMC 6934071) attended
Acute Medicine Update 2025: Sepsis, AKI and the deteriorating patient
Royal College of Physicians of Edinburgh, Queen Street, 13-14 March 2025
CPD credits: 12 (category 1, external)
Topics: NEWS2 escalation, Sepsis Six, KDIGO staging, NICE NG51, ReSPECT.
Signed: Professor Alasdair Cruickshank, Course Director
""", [], ["Dr Marcia Gayle","GMC 6934071","NEWS2","Sepsis Six","NICE NG51","Professor Alasdair Cruickshank","Royal College of Physicians of Edinburgh"])

D("no_identifier_job_plan", "Dr Rhys Pritchard", """JOB PLAN SUMMARY 2024/25 - Dr Rhys Pritchard, Specialty Doctor in General Practice / Urgent Care
Employer: Hywel Valley University Health Board
DCC: 8.5 PAs; SPA: 1.5 PAs
Mon: Urgent Treatment Centre 08:00-18:00
Tue: Minor surgery list (joint injections, excisions) + admin
Wed: GP OOH base, Cross Hands (1 session)
Thu: SPA - teaching FY2s, audit (antibiotic prescribing vs NICE NG15), appraisal prep
Fri: Frailty clinic with Dr Sioned Hughes (clinical lead, signatory)
Annual leave 27 days + 2 statutory. Study leave 30 days/3 years.
Agreed: Dr Sioned Hughes, Clinical Lead, 01/04/2024
""", [], ["Dr Rhys Pritchard","Hywel Valley University Health Board","8.5 PAs","NICE NG15","Dr Sioned Hughes"])

D("safeguarding_referral", "Dr Grace Okonkwo-Bell", """MASH REFERRAL - CHILD SAFEGUARDING (submitted by Dr G Okonkwo-Bell, paediatric ED)
MASH ref: MASH/DUR/25/30127     Police log: DUR-250611-0442
Child: Kacper Zieliński (aka "Kacey"), DOB 03/03/2022 (3 yrs), M
Address: Flat 2B, Wearmouth House, 18 Dock Street, Sunderland SR1 3AQ
Mother: Justyna Zielińska (22). Mother's partner: "Dazza" (Darren Pickles, DOB unknown).
Nursery: Little Acorns Day Nursery, Hendon.
Concern: 3 linear bruises to L upper arm (patterned, finger-tip), TEN-4-FACESp positive; skeletal survey + CT head requested per RCPCH child protection guidance. Inconsistent history ("fell off sofa").
Health visitor: Maxine Rutherford, tel 01632 960801. Social worker duty: Tendai Chikwanha.
Discussed with Dr Idris Mahmood, named doctor for safeguarding (verified).
""", [
 ("MASH/DUR/25/30127","REFERENCE_NUMBER"),("DUR-250611-0442","REFERENCE_NUMBER"),("Kacper Zieliński","PATIENT_NAME"),("\"Kacey\"","PATIENT_NAME"),
 ("Flat 2B, Wearmouth House, 18 Dock Street, Sunderland","ADDRESS"),("SR1 3AQ","POSTCODE"),("Justyna Zielińska","RELATIVE_NAME"),("\"Dazza\"","RELATIVE_NAME"),("Darren Pickles","RELATIVE_NAME"),
 ("Little Acorns Day Nursery, Hendon","ADDRESS"),("Maxine Rutherford","COLLEAGUE_NAME"),("01632 960801","PHONE"),("Tendai Chikwanha","COLLEAGUE_NAME"),
], ["Dr G Okonkwo-Bell","DOB 03/03/2022","TEN-4-FACESp","RCPCH","Dr Idris Mahmood","3 yrs"])
