from common import D

D("gynae_clinic_letter", "Dr Priya Raghunathan", """Gynaecology Outpatients - Queen Adelaide Hospital
Our ref: PR/GYN/0412/MS      NHS No: 6501199283      Clinic: Tues PM (Miss Achterberg)
Dear Dr Babatunde Coker,
Re: Mrs Marjorie Summers, 58, 17 Linnet Way, Bridgefield CH7 3PQ
PMB x2 episodes. TVUS endometrial thickness 9 mm. Pipelle: simple hyperplasia without atypia. BMI 39, T2DM (HbA1c 61).
Plan: LNG-IUS (Mirena) inserted today under local; repeat sampling 6 months; weight management referral.
Mrs Summers' husband, Clive, accompanied her. I will write to her directly as requested (email: marjorie.summers58@mailbox.example).
Yours sincerely
Dr Priya Raghunathan, Specialty Doctor O&G (GMC 7320018)
""", [
 ("PR/GYN/0412/MS","REFERENCE_NUMBER"),("6501199283","NHS_NUMBER"),("Dr Babatunde Coker","COLLEAGUE_NAME"),("Mrs Marjorie Summers","PATIENT_NAME"),("Mrs Summers","PATIENT_NAME"),
 ("17 Linnet Way, Bridgefield","ADDRESS"),("CH7 3PQ","POSTCODE"),("Clive","RELATIVE_NAME"),("marjorie.summers58@mailbox.example","EMAIL"),
], ["Queen Adelaide Hospital","Miss Achterberg","endometrial thickness 9 mm","LNG-IUS (Mirena)","HbA1c 61","Dr Priya Raghunathan","GMC 7320018"])

D("paediatric_ed_safety_net_text", "Dr Grace Okonkwo-Bell", """ED Paeds - discharge note (SystmOne free text)
pt: lily-mae o'brien 2y F  ED no. CD-25-004418  NHS 7740098125  (mum: chantelle o'brien, 07700 900823)
bronchiolitis d4, sats 95% RA, feeding > 50%, RR 44. No red flags. Safety-net leaflet given (NHS "When should I worry?").
Lily-Mae attends Tiny Tots Nursery (Jarrow) - advised to stay off until well.
Sibling Harley (5) also coryzal.
GOB / Dr G Okonkwo-Bell
""", [
 ("lily-mae o'brien","PATIENT_NAME"),("Lily-Mae","PATIENT_NAME"),("CD-25-004418","HOSPITAL_NUMBER"),("7740098125","NHS_NUMBER"),("chantelle o'brien","RELATIVE_NAME"),("07700 900823","PHONE"),
 ("Tiny Tots Nursery (Jarrow)","ADDRESS"),("Harley","RELATIVE_NAME"),
], ["GOB","Dr G Okonkwo-Bell","sats 95% RA","RR 44","2y F"])

D("teaching_feedback_simulation", "Dr Siobhán Ní Bhriain", """In-situ simulation debrief & feedback - Resus, 02/10/2024
Scenario: paediatric anaphylaxis (manikin "Baby Bob"). Faculty: Dr Siobhán Ní Bhriain (lead), Charge Nurse Desmond Adjei (co-facilitator).
Participants: 7 (nurses 4, F2 2, ACP 1). Latent safety threats found: 1) paediatric adrenaline 1:1000 not in resus drawer B; 2) Broselow tape missing.
Feedback (n=7): 'really realistic' 'Siobhan's debrief with PEARLS made it safe to admit mistakes'.
Datix raised for latent threat: DW-119442. Verified by Dr Ewan Rattray (simulation lead).
""", [
 ("Charge Nurse Desmond Adjei","COLLEAGUE_NAME"),("DW-119442","REFERENCE_NUMBER"),
], ["Dr Siobhán Ní Bhriain","Siobhan","Dr Ewan Rattray","adrenaline 1:1000","Broselow tape","PEARLS","\"Baby Bob\""])

D("rota_email_swap", "Dr Niamh Costigan", """From: medical.staffing@wessexcounty.example
To: Dr Niamh Costigan; Dr Rohan Mehta
Subject: Rota swap approved - AMU nights 14-16 Feb

Dear both
Your swap is approved: Dr Costigan will cover AMU nights 14-16 Feb (Fri-Sun) and Dr Mehta the weekend long days 21-23 Feb. Exception report ref ER-2025-00312 has been closed.
Any queries contact me on 01632 960677.
Best wishes
Kayode Adebisi, Medical Staffing Officer
""", [
 ("medical.staffing@wessexcounty.example","EMAIL"),("Dr Rohan Mehta","COLLEAGUE_NAME"),("Dr Mehta","COLLEAGUE_NAME"),("ER-2025-00312","REFERENCE_NUMBER"),("01632 960677","PHONE"),("Kayode Adebisi","COLLEAGUE_NAME"),
], ["Dr Niamh Costigan","Dr Costigan","AMU nights 14-16 Feb"])

D("derm_biopsy_histology_pasted", "Dr Farah Qureshi", """HISTOPATHOLOGY REPORT   Lab no: H25-018842    Received 03/03/2025
Patient: KHALID, Omar Ibrahim   DOB 25/12/1963   Sex M   Hosp: DX-402771   NHS: 489 310 7726
Specimen: excision, skin, L forearm, 18 x 9 mm ellipse
Microscopy: superficial spreading melanoma, Breslow thickness 1.3 mm, Clark level IV, mitoses 2/mm2, no ulceration, no LVI. Margins: peripheral 3 mm, deep 2 mm.
pT2a (AJCC 8th). BRAF V600E testing requested.
Pathologist: Dr Uchenna Ilo.  Clinician: Dr F. Qureshi.  Copy: Mr Rashid (plastics) for WLE + SLNB discussion.
""", [
 ("H25-018842","OTHER_ID"),("KHALID, Omar Ibrahim","PATIENT_NAME"),("DX-402771","HOSPITAL_NUMBER"),("489 310 7726","NHS_NUMBER"),("Dr Uchenna Ilo","COLLEAGUE_NAME"),("Mr Rashid","COLLEAGUE_NAME"),
], ["DOB 25/12/1963","Sex M","Breslow thickness 1.3 mm","Clark level IV","pT2a (AJCC 8th)","BRAF V600E","Dr F. Qureshi"])

D("no_identifier_supervisor_testimonial", "Dr Oluwaseun Adeyemi", """To whom it may concern
I have worked with Dr Oluwaseun Adeyemi (GMC 7183340) at St Aldhelm's Hospital renal unit since 2021, where I am his clinical supervisor. Dr Adeyemi independently runs the haemodialysis unit ward round, manages acute kidney injury referrals, inserts tunnelled and non-tunnelled dialysis catheters (over 60 in my direct observation), and is a valued teacher of our core trainees. He leads our anaemia in CKD audit (against NICE NG203 and UKKA standards) and has presented at the trust grand round.
I am happy to be contacted as a referee via the GMC.
Dr Ruth Gallagher FRCP, Consultant Nephrologist and Clinical Director
""", [], ["Dr Oluwaseun Adeyemi","GMC 7183340","Dr Adeyemi","St Aldhelm's Hospital","NICE NG203","Dr Ruth Gallagher FRCP"])
