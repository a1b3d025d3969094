from common import D

D("sports_med_team_injury_log_tsv", "Dr Hannah Lindqvist", """Rotherbridge Harriers AC - injury surveillance log (pasted TSV) - medical lead Dr H Lindqvist
Athlete\tDOB\tEvent\tInjury\tOSIICS\tDays lost\tStatus
Mo Farrow-Jallow\t12/08/2002\t800 m\tHamstring strain grade 2 (BAMIC 2b)\tTMH\t21\tRTP
Aoife Cassidy\t30/05/2004\tHeptathlon\tTibial stress reaction (Fredericson 3)\tLSB\t56\tmodified training
Zheng Hao\t07/01/2001\tPole vault\tL5 spondylolysis\tBSL\t90+\tout
"Big Dan" Okafor\t19/09/1999\tShot put\tPec major tear (partial)\tCMK\t35\tRTP
Data shared with club physio Wiktoria (wiktoria.physio@harriers.example).
Verified by: Dr Jonathan Ashdown, consultant SEM.
""", [
 ("Mo Farrow-Jallow","PATIENT_NAME"),("Aoife Cassidy","PATIENT_NAME"),("Zheng Hao","PATIENT_NAME"),("\"Big Dan\" Okafor","PATIENT_NAME"),("Wiktoria","COLLEAGUE_NAME"),("wiktoria.physio@harriers.example","EMAIL"),
], ["Dr H Lindqvist","12/08/2002","BAMIC 2b","Fredericson 3","Dr Jonathan Ashdown","800 m"])

D("transfusion_reaction_lab_email", "Dr Mei Lin Zhou", """Subject: Suspected TACO - Ward 9 - please complete SHOT questionnaire
From: Blood Bank, Royal Ellesmere <bloodbank.rei@nhs.example>
To: Dr Mei Lin Zhou

Patient: Mrs Florence Adjoa Mensah-Quaye (hosp E7711204, DOB 21/02/1940)
Unit: GB061 25 118842 X (RBC, O RhD neg), transfused 21:05-22:50 on 03/09/2025 at 2.5 ml/kg/h
Reaction: SpO2 dropped 96 -> 84%, RR 32, BP 176/98, bilateral crackles - ?TACO. Furosemide 40 mg IV given by Dr Olu Ajayi (SHO).
TACO checklist was not completed pre-transfusion (weight 44 kg, on furosemide).
Please report to SHOT (ref to follow) and Datix (DCIQ-2025-01102).
Regards, Bev Marsh, BMS Transfusion
""", [
 ("bloodbank.rei@nhs.example","EMAIL"),("Mrs Florence Adjoa Mensah-Quaye","PATIENT_NAME"),("E7711204","HOSPITAL_NUMBER"),("GB061 25 118842 X","OTHER_ID"),("Dr Olu Ajayi","COLLEAGUE_NAME"),
 ("DCIQ-2025-01102","REFERENCE_NUMBER"),("Bev Marsh","COLLEAGUE_NAME"),
], ["Ward 9","Dr Mei Lin Zhou","DOB 21/02/1940","O RhD neg","2.5 ml/kg/h","Furosemide 40 mg IV","weight 44 kg","SpO2 dropped 96 -> 84%"])

D("complaint_to_applicant_reply", "Dr Farah Qureshi", """Draft response (for Complaints Team) - ref C/DERM/2024/077
Dear Miss Precious Adeyinka-Cole,
I am sorry that you felt rushed in my clinic on 14 August. You asked why your isotretinoin was not started. As your pregnancy prevention programme (PPP) form had not been signed and your pregnancy test was from more than 3 days earlier, the MHRA rules did not allow me to prescribe. I recognise that I should have explained this more clearly, and I should not have let my colleague Dr Tunde Bakare's running-late clinic affect the time I gave you.
I have arranged a new appointment on 02/09 with our acne nurse, Sinéad.
Dr Farah Qureshi
(cc: Mrs Claudette Adeyinka-Cole, mother, at patient's request; 23 Bramble Court, Leyton E10 6QQ)
""", [
 ("C/DERM/2024/077","REFERENCE_NUMBER"),("Miss Precious Adeyinka-Cole","PATIENT_NAME"),("Dr Tunde Bakare","COLLEAGUE_NAME"),("Sinéad","COLLEAGUE_NAME"),
 ("Mrs Claudette Adeyinka-Cole","RELATIVE_NAME"),("23 Bramble Court, Leyton","ADDRESS"),("E10 6QQ","POSTCODE"),
], ["Dr Farah Qureshi","isotretinoin","pregnancy prevention programme (PPP)","MHRA"])

D("no_identifier_reflection_wellbeing", "Dr Marcia Gayle", """Reflection: Working as a SAS doctor through winter pressures (no patient details)
Over December and January our AMU ran at 130% occupancy. I noticed that I was skipping breaks and staying late most days. Using the GMC's "Caring for doctors, caring for patients" report and the BMA wellbeing resources, I agreed with my clinical supervisor, Dr Lawrence Quaye, to protect a 30-minute break on long days and to use Schwartz Rounds. I also joined the trust's SAS forum. My learning: sustainable practice is part of patient safety (GMP domain 2).
Marcia Gayle, Specialty Doctor, Acute Medicine
""", [], ["Marcia Gayle","Dr Lawrence Quaye","Schwartz Rounds","GMP domain 2","130% occupancy"])

D("handover_sbar_text", "Dr Yusuf Al-Hashimi", """SBAR phone handover to on-call (typed by YAH for CCU log)
S: Mr Tadeusz Grabowski, CCU bed 2, hosp NG5521003, VT storm - 4 ICD shocks in 2 h.
B: ischaemic cardiomyopathy, EF 20%, CRT-D (Abbott) 2022.
A: K+ 3.4, Mg 0.62, on amiodarone 300 mg IV then 900 mg/24 h; sedated (propofol) per anaesthetics (Dr Busisiwe Zungu).
R: replace K/Mg, device interrogation in AM (physiologist Chloe), consider VT ablation referral to Barts. Wife, Danuta, staying in relatives' room (mobile 07700 900090).
""", [
 ("Mr Tadeusz Grabowski","PATIENT_NAME"),("NG5521003","HOSPITAL_NUMBER"),("Dr Busisiwe Zungu","COLLEAGUE_NAME"),("Chloe","COLLEAGUE_NAME"),("Danuta","RELATIVE_NAME"),("07700 900090","PHONE"),
], ["YAH","CCU bed 2","EF 20%","CRT-D (Abbott)","K+ 3.4","amiodarone 300 mg IV","900 mg/24 h","Barts"])

D("ld_annual_check_csv_caseload", "Dr Grace Okonkwo-Bell", """Practice LD register - AHC completion 2024/25 (pasted CSV, caseload of GOB)
name,nhs_no,dob,ahc_done,hap_done,flu,notes
"Ahmed, Sufyan",5200381147,14/05/1990,Y,Y,Y,Fragile X
"Robinson, Tiffany",5201197726,03/09/1985,Y,N,Y,needs HAP
"Kowalczyk, Aleksander",5202261043,27/11/2003,N,N,N,DNA x2 - contact carer Halina K 07700 900377
"Walsh, Breda",5203370095,16/01/1962,Y,Y,N,declined flu
Verified: Dr Tobias Fenwick (GP trainer), 31/03/2025
""", [
 ("Ahmed, Sufyan","PATIENT_NAME"),("5200381147","NHS_NUMBER"),("Robinson, Tiffany","PATIENT_NAME"),("5201197726","NHS_NUMBER"),("Kowalczyk, Aleksander","PATIENT_NAME"),("5202261043","NHS_NUMBER"),
 ("Halina K","RELATIVE_NAME"),("07700 900377","PHONE"),("Walsh, Breda","PATIENT_NAME"),("5203370095","NHS_NUMBER"),
], ["GOB","Dr Tobias Fenwick","14/05/1990","Fragile X"])
