from common import D

D("epau_note", "Dr Priya Raghunathan", """EARLY PREGNANCY ASSESSMENT UNIT - consultation note
Name: Noor Al-Khatib   EPAU no: EP-24-3381   Hosp: QA6630198   DOB 02/02/1998   G2P0+1
LMP 6/52+3. PV bleeding + L iliac fossa pain. bhCG 1840 IU/L (48 h: 2012). TVUS: empty uterus, 2.1 cm L adnexal mass, small free fluid.
Dx: ectopic pregnancy, haemodynamically stable. Discussed methotrexate 50 mg/m2 IM vs laparoscopy; chose laparoscopic L salpingectomy (contralateral tube normal). Anti-D not required (Rh pos).
Husband Yousef Haddad (07700 900563) present and translating initially; formal Arabic interpreter (Language Line ID 40217) used for consent.
Seen by: Dr P. Raghunathan with Miss H. Achterberg (consultant).
""", [
 ("Noor Al-Khatib","PATIENT_NAME"),("EP-24-3381","HOSPITAL_NUMBER"),("QA6630198","HOSPITAL_NUMBER"),("Yousef Haddad","RELATIVE_NAME"),("07700 900563","PHONE"),("40217","OTHER_ID"),
], ["DOB 02/02/1998","bhCG 1840 IU/L","methotrexate 50 mg/m2 IM","Dr P. Raghunathan","Miss H. Achterberg","G2P0+1"])

D("sexual_health_clinic_note", "Dr Hannah Lindqvist", """Integrated Sexual Health - clinic note (pre-portfolio placement)
Clinic no: GUM/H/118823 (pseudonymised; name withheld per NHS Venereal Diseases Regulations)
Alias used at reception: "Leon B"   Age 24   M   MSM
Hx: dysuria, urethral discharge 4 days. NAAT: GC positive, CT negative. Culture sent.
Rx: ceftriaxone 1 g IM stat per BASHH 2019. PrEP: started tenofovir/emtricitabine 245/200 mg daily; eGFR 102, HBsAg neg.
Partner notification: 2 contacts - "Marco" (via app, handle marco_b_88) and a regular partner.
Health adviser: Tolu Ogundipe. Supervised by Dr Seren Atwal, consultant GUM.
""", [
 ("GUM/H/118823","HOSPITAL_NUMBER"),("\"Leon B\"","PATIENT_NAME"),("\"Marco\"","RELATIVE_NAME"),("marco_b_88","OTHER_ID"),("Tolu Ogundipe","COLLEAGUE_NAME"),
], ["ceftriaxone 1 g IM","BASHH 2019","tenofovir/emtricitabine 245/200 mg","eGFR 102","Dr Seren Atwal","Age 24"])

D("echo_report", "Dr Yusuf Al-Hashimi", """TRANSTHORACIC ECHOCARDIOGRAM REPORT - Northgate General Hospital Cardiac Physiology
Patient: CHEUNG, Wing-Yan (Mrs)   MRN NG4471028   DOB 17/11/1955   Height 152 cm  Weight 49 kg  BSA 1.43
Indication: murmur, syncope on exertion
LV: normal size, LVEF 60% (Simpson's biplane), septal hypertrophy 14 mm.
AV: severely calcified, Vmax 4.6 m/s, mean gradient 52 mmHg, AVA 0.7 cm2 (AVAi 0.49 cm2/m2) - severe aortic stenosis.
Conclusion: Severe symptomatic AS. Refer TAVI MDT.
Sonographer: Priyanka Desai (BSE accredited). Reported by: Dr Y. Al-Hashimi. Checked: Dr Catriona Munro.
""", [
 ("CHEUNG, Wing-Yan (Mrs)","PATIENT_NAME"),("NG4471028","HOSPITAL_NUMBER"),("Priyanka Desai","COLLEAGUE_NAME"),
], ["Northgate General Hospital","DOB 17/11/1955","LVEF 60%","Simpson's biplane","Vmax 4.6 m/s","AVA 0.7 cm2","Dr Y. Al-Hashimi","Dr Catriona Munro"])

D("anticoag_clinic_list", "Dr Mei Lin Zhou", """ANTICOAGULATION CLINIC - INR results to action (phone list) 09/04/2025
name | hosp | target | INR | dose now | new dose | rang?
mr r. persaud | K4410987 | 2.5 | 4.8 | 5 mg | omit 1 day then 4 mg | yes 01632 960349
mrs k. o'shaughnessy | K4421330 | 3.5 (mech MVR) | 2.1 | 7 mg | 8 mg, LMWH bridge | left VM
miss ada nwachukwu | K4433102 | 2.5 | 2.6 | 3 mg | no change | yes
mr chen | K4440718 | 2.5 | 9.2 NO bleeding | 6 mg | omit, vit K 2 mg PO, recheck 24 h | yes (spoke to son, Kevin Chen)
Actioned by MLZ; queries to Dr Arwel Bevan.
""", [
 ("mr r. persaud","PATIENT_NAME"),("K4410987","HOSPITAL_NUMBER"),("01632 960349","PHONE"),("mrs k. o'shaughnessy","PATIENT_NAME"),("K4421330","HOSPITAL_NUMBER"),
 ("miss ada nwachukwu","PATIENT_NAME"),("K4433102","HOSPITAL_NUMBER"),("mr chen","PATIENT_NAME"),("K4440718","HOSPITAL_NUMBER"),("Kevin Chen","RELATIVE_NAME"),
], ["MLZ","Dr Arwel Bevan","INR","vit K 2 mg PO","LMWH","mech MVR"])

D("prison_transfer_letter", "Dr Kwame Asante", """HMP & YOI BRAMBLEDOWN Healthcare - Transfer / Release Summary
To: GP, Harbourside Health Centre, 40 Quay Street, Plymouth PL1 2LZ (email: harbourside.reception@nhs.example)
Re: Mr Elijah "Eli" Thompson-Campbell, DOB 11/01/1979, NHS 773 115 2049, Prison No. G4412TR, released 27/06/2025 to Approved Premises (Lodge House, 7 Mutley Plain, Plymouth PL4 6LB).
Probation Officer: Ms Saoirse Nolan, 020 7946 0882.
Problems: Hep C (treated with glecaprevir/pibrentasvir, SVR12 achieved), opioid dependence on buprenorphine 16 mg daily (last dose 27/06 08:15, bridging script sent to the community drug service), asthma.
Naloxone kit (Prenoxad) issued on release.
Dr K Asante, Prison GP
""", [
 ("Harbourside Health Centre, 40 Quay Street, Plymouth","ADDRESS"),("PL1 2LZ","POSTCODE"),("harbourside.reception@nhs.example","EMAIL"),
 ("Mr Elijah \"Eli\" Thompson-Campbell","PATIENT_NAME"),("773 115 2049","NHS_NUMBER"),("G4412TR","OTHER_ID"),("Lodge House, 7 Mutley Plain, Plymouth","ADDRESS"),("PL4 6LB","POSTCODE"),
 ("Ms Saoirse Nolan","COLLEAGUE_NAME"),("020 7946 0882","PHONE"),
], ["HMP & YOI BRAMBLEDOWN","DOB 11/01/1979","glecaprevir/pibrentasvir","SVR12","buprenorphine 16 mg daily","Prenoxad","Dr K Asante"])

D("needlestick_oh_record", "Dr Imran Chaudhry", """OH Sharps / Contamination Injury record
Injured worker: Dr Chukwuemeka Ibe (FY2), employee no 40055219, mobile 07700 900706
Date/time: 11/11/2024 03:20, Ward 22. Hollow-bore needle (venous gas), through glove, bled freely, washed.
Source patient: Mr Aurelio Fontaine, hosp no K5502173, known hep B? No - HBsAg negative, HIV Ag/Ab negative (consented by Dr Chaudhry), HCV RNA pending.
Worker anti-HBs 340 mIU/mL (responder). PEPSE not indicated. Follow-up bloods 6 and 12 weeks.
Datix DW-120988. Reviewed: Dr Beatrix Olawale.
""", [
 ("Dr Chukwuemeka Ibe","COLLEAGUE_NAME"),("40055219","OTHER_ID"),("07700 900706","PHONE"),("Mr Aurelio Fontaine","PATIENT_NAME"),("K5502173","HOSPITAL_NUMBER"),("DW-120988","REFERENCE_NUMBER"),
], ["Ward 22","Dr Chaudhry","anti-HBs 340 mIU/mL","PEPSE","Dr Beatrix Olawale","HBsAg negative"])

D("coroner_reg28_response", "Dr Oluwaseun Adeyemi", """Response to Regulation 28 Report to Prevent Future Deaths
Coroner: Ms Ffion Maddox, Senior Coroner, Avon & Somerset (ref: 2025-0193-PFD; inquest ref AS/INQ/24/1146)
Deceased: Mr Terrence Okwuosa (aged 61)
Matters of concern: (1) hyperkalaemia result (K+ 7.4) not acted on for 5 hours overnight; (2) no renal registrar cover after midnight.
Trust response (drafted by Dr Oluwaseun Adeyemi with the Clinical Director, Dr Ruth Gallagher):
- Critical results now phoned by lab to the on-call SpR directly (policy CR-017 v3).
- Hyperkalaemia protocol updated per UK Kidney Association 2023: insulin-dextrose 10 units/25 g, calcium gluconate 10% 30 ml, salbutamol 10-20 mg neb.
- Renal SpR resident until 02:00 from Sept 2025.
The family's solicitor (Mr Hamish Greig, Greig Ballantyne LLP, ref HG/OKW/55) has been sent a copy.
""", [
 ("Ms Ffion Maddox","COLLEAGUE_NAME"),("2025-0193-PFD","REFERENCE_NUMBER"),("AS/INQ/24/1146","REFERENCE_NUMBER"),("Mr Terrence Okwuosa","PATIENT_NAME"),
 ("Mr Hamish Greig","COLLEAGUE_NAME"),("HG/OKW/55","REFERENCE_NUMBER"),
], ["Dr Oluwaseun Adeyemi","Dr Ruth Gallagher","K+ 7.4","UK Kidney Association 2023","calcium gluconate 10% 30 ml","insulin-dextrose 10 units/25 g","policy CR-017 v3","aged 61"])

D("logbook_csv", "Dr Yusuf Al-Hashimi", """Procedure logbook export (CSV) - Dr Yusuf Al-Hashimi - temporary pacing & pericardiocentesis
date,procedure,role,patient_id,age,sex,indication,complication,supervisor
2024-01-14,Temporary transvenous pacing wire (R femoral),Independent,NG2230071,81,F,CHB with pauses 6 s,None,Dr C Munro
2024-02-02,Pericardiocentesis (subxiphoid echo-guided),Supervised,NG2241187,58,M,Tamponade post-PCI,None,Dr C Munro
2024-03-19,Temporary pacing wire (R IJ),Independent,NG2251903,76,M,Mobitz II + syncope,Wire displacement day 2,Dr C Munro
2024-05-07,DC cardioversion,Independent,NG2263310,64,F,Persistent AF,None,Dr C Munro
2024-06-30,Pericardiocentesis,Independent,NG2270045,45,F,Malignant effusion (breast Ca),None,Dr C Munro
Total procedures this period: 5. Logbook verified by Dr Catriona Munro (educational supervisor).
""", [
 ("NG2230071","HOSPITAL_NUMBER"),("NG2241187","HOSPITAL_NUMBER"),("NG2251903","HOSPITAL_NUMBER"),("NG2263310","HOSPITAL_NUMBER"),("NG2270045","HOSPITAL_NUMBER"),
], ["Dr Yusuf Al-Hashimi","Dr C Munro","Dr Catriona Munro","Mobitz II","2024-01-14","Pericardiocentesis (subxiphoid echo-guided)"])

D("ocr_damaged_discharge", "Dr Tomasz Wiśniewski", """~~ scan p1/2 ~~  RlVERSlDE UNlVERSlTY H0SPlTALS   DISCHARGE SUMMARY
Pat1ent: 0'CALLAGHAN, Maire     Hosp N0: RUH 77 3 0912    NHS: 55l 204 8836
Add: 2 Back Lane ,Ossett  WF5  9AZ        GP: Dr  L. Fitzgera1d
Adm1tted: 02/0l/2025  D/C: 09/01/2025   Ward 3O (Elderly Care)
Dx: Delirium 2' UTI; Lewy body dementia (DLB). AVOID haloperid0l.
Meds on d/c: rivastigmine patch 9.5 mg/24 h, nitrofurantoin l00 mg MR BD 3/7
Son (Padraic) to collect. Con tact 07700 9OO 318
Dr T. Wisniewski  (Spec Dr)       page 1 of 2
""", [
 ("0'CALLAGHAN, Maire","PATIENT_NAME"),("RUH 77 3 0912","HOSPITAL_NUMBER"),("55l 204 8836","NHS_NUMBER"),("2 Back Lane ,Ossett","ADDRESS"),("WF5  9AZ","POSTCODE"),
 ("Dr  L. Fitzgera1d","COLLEAGUE_NAME"),("Padraic","RELATIVE_NAME"),("07700 9OO 318","PHONE"),
], ["Ward 3O (Elderly Care)","rivastigmine patch 9.5 mg/24 h","Lewy body dementia","Dr T. Wisniewski","page 1 of 2","haloperid0l"])
