from common import *

DOCS = [
D("clinic_letter", J, """
Dermatology Department, Glenmorvern Royal Infirmary, NHS Strathcarron
Pigmented Lesion Clinic - Dr R. Montoya Restrepo
Date of clinic: 22/08/2024     Date typed: 23/08/2024     Our ref: DERM/PLC/RMR/1184

Dr Euan Baillie-Whyte
Kilbrannan Medical Practice

Dear Dr Baillie-Whyte,

Mr Ruairidh Alasdair MacPhail, DOB 06/06/1979, CHI 0606791553
Croft 4, Achnacloich, Glen Arrin, by Fort Morvern PH36 4QZ       Mobile 07700 900271

Diagnosis: superficial spreading malignant melanoma, left upper back, Breslow 1.3 mm, Clark level IV, no ulceration,
mitoses 2/mm2 (pT2a). AJCC 8th edition stage IB.
I saw Mr MacPhail with his wife, Ishbel, to discuss the histology. We discussed sentinel lymph node biopsy and he
wishes to proceed; I have referred to the plastic surgeons for wide local excision with 1 cm margins plus SLNB. He has
another 40 naevi, two of which were atypical on dermoscopy (7-point checklist score 2), photographed with the DermLite
for digital monitoring at 3 months. Sun protection (SPF 50) advice given; vitamin D 62 nmol/L.
Follow-up every 3 months for 3 years (BAD 2023 melanoma guidelines).

Yours sincerely,
Dr Rafael Montoya Restrepo, Specialty Doctor in Dermatology, GMC 7586621
""", [("DERM/PLC/RMR/1184", REF), ("Euan Baillie-Whyte", CN), ("Baillie-Whyte", CN), ("Ruairidh Alasdair MacPhail", PN),
      ("MacPhail", PN), ("0606791553", NHS), ("Croft 4, Achnacloich, Glen Arrin, by Fort Morvern", AD), ("PH36 4QZ", PC),
      ("07700 900271", PH), ("Ishbel", RN)],
  ["Glenmorvern Royal Infirmary", "NHS Strathcarron", "Dr R. Montoya Restrepo", "22/08/2024", "DOB 06/06/1979",
   "Breslow 1.3 mm", "Clark level IV", "mitoses 2/mm2", "pT2a", "AJCC 8th edition stage IB", "1 cm margins", "SLNB",
   "7-point checklist score 2", "DermLite", "SPF 50", "vitamin D 62 nmol/L", "BAD 2023", "Dr Rafael Montoya Restrepo",
   "7586621", "Kilbrannan Medical Practice"]),

D("skin_surgery_list", J, """
minor ops / skin surgery list - thurs 5/9 - room 3 dermatology OPD (RMR + HCA)
09:00  mrs fordyce-law   BCC nodular R nasal ala 8mm -> refer Mohs? no, pt declined, excise 3mm margin, bilobed flap
09:45  j.p. (jamie paterson)  SCC in situ L hand - curettage + cautery, on apixaban - do not stop
10:30  "wee davie" ferguson (pt likes that) - seb K x3 for shave - CANCELLED, moved to 12/9
11:15  mcgregor, isla  10 y/o (mum present, kirsty) - molluscum? -> reassure only, no procedure
11:45  lesion L shin, 84f, from ward 6 bed 2 - biopsy 4mm punch - ?SCC ?KA
lidocaine 1% + adrenaline 1:200,000 for all except ward pt (plain lidocaine, PVD). histology forms pre-filled by RMR.
""", [("fordyce-law", PN), ("j.p.", PN), ("jamie paterson", PN), ("wee davie", PN), ("ferguson", PN),
      ("mcgregor, isla", PN), ("kirsty", RN)],
  ["5/9", "room 3", "RMR", "BCC", "8mm", "Mohs", "3mm margin", "bilobed flap", "SCC in situ", "apixaban", "seb K x3",
   "12/9", "10 y/o", "molluscum", "84f", "ward 6 bed 2", "4mm punch", "lidocaine 1% + adrenaline 1:200,000", "PVD"]),

D("urgent_referral_email", J, """
From: sci-gateway@strathcarron-nhs.example.net
To: derm.triage@strathcarron-nhs.example.net
Subject: USOC referral - dermatology - CHI 1203548820 - WILSON-GRANT Morag - SCI Gateway ref SCI-DER-884120
Date: 11 June 2024

Urgent suspicion of cancer (Scottish Referral Guidelines for Suspected Cancer 2019) - skin
Patient: Morag Elspeth Wilson-Grant    Female    DOB 12/03/1954    CHI 1203548820
Address: 17 Harbour Brae, Port Caolas PA77 6XB       Home tel: 01632 960688
Referrer: Dr Shona Kerr-Adamson, Caolas Surgery

Rapidly growing 15 mm keratotic nodule on the right temple, 6 weeks, bleeding. On azathioprine 100 mg daily after a
renal transplant (2009), tacrolimus 3 mg BD. ?SCC ?keratoacanthoma.

Triage outcome (Dr Rafael Montoya Restrepo, 12/06/2024): appointment within 14 days, photographs via the Vectra
teledermatology hub, listed for excision biopsy (4 mm margins). Copy to the renal transplant team.
""", [("1203548820", NHS), ("WILSON-GRANT Morag", PN), ("SCI-DER-884120", REF), ("Morag Elspeth Wilson-Grant", PN),
      ("17 Harbour Brae, Port Caolas", AD), ("PA77 6XB", PC), ("01632 960688", PH), ("Shona Kerr-Adamson", CN),
      ("sci-gateway@strathcarron-nhs.example.net", EM), ("derm.triage@strathcarron-nhs.example.net", EM)],
  ["Scottish Referral Guidelines for Suspected Cancer 2019", "DOB 12/03/1954", "15 mm", "6 weeks",
   "azathioprine 100 mg daily", "2009", "tacrolimus 3 mg BD", "Dr Rafael Montoya Restrepo", "12/06/2024", "14 days",
   "Vectra", "4 mm margins", "Caolas Surgery"]),

D("overseas_clinic_record", J, """
Hospital Universitario San Vicente de Paúl Norte, Medellín, Colombia - Servicio de Dermatología
Historia clínica (clinical record) - resumen, with certified English translation (traductor oficial: Sr. Andrés Villa, Res. 0917)
Historia clínica n.º: HSV-DER-2015-07781     Cédula de ciudadanía: 1.036.442.918
Paciente (patient): Sra. Luz Marina Ocampo Giraldo, 46 años (years), female
Dirección (address): Calle 48 # 72-15, barrio Laureles, Medellín
Acompañante (companion): esposo (husband) Jairo Ocampo

Fecha (date) 04/03/2015. Cutaneous leishmaniasis, 3 ulcerated lesions on the left forearm (largest 3.2 cm), 4 months,
after work on a coffee farm in Antioquia. Smear: amastigotes seen; PCR: Leishmania (Viannia) panamensis.
Treatment: meglumine antimoniate (Glucantime) 20 mg Sb5+/kg/day IM for 20 days; baseline ECG QTc 412 ms, amylase and
LFTs normal. Weekly ECG. Re-epithelialisation complete at 3 months.
Médico tratante (treating doctor): Dr. Rafael Montoya Restrepo, residente de dermatología
Jefe del servicio (head): Dra. Claudia Patricia Arango Vélez (certifies)
""", [("HSV-DER-2015-07781", HN), ("1.036.442.918", OID), ("Luz Marina Ocampo Giraldo", PN),
      ("Calle 48 # 72-15, barrio Laureles, Medellín", AD), ("Jairo Ocampo", RN)],
  ["Hospital Universitario San Vicente de Paúl Norte, Medellín, Colombia", "Sr. Andrés Villa", "46 años (years), female",
   "04/03/2015", "Cutaneous leishmaniasis", "3.2 cm", "Leishmania (Viannia) panamensis", "Glucantime",
   "20 mg Sb5+/kg/day IM", "20 days", "QTc 412 ms", "Dr. Rafael Montoya Restrepo", "Dra. Claudia Patricia Arango Vélez",
   "Antioquia"]),

D("patient_feedback_summary", J, """
Patient feedback - dermatology outpatients - summary for appraisal 2024 (Glenmorvern Royal Infirmary)
Doctor: Dr Rafael Montoya Restrepo (RMR)      GMC 7586621      Questionnaire: GMC patient questionnaire (adapted)
Collected by: clinic reception, 3-28 June 2024, 45 forms, independent analysis by Edgecumbe-style provider (internal)

Item (% "good" or "very good")                           RMR     department mean
Being polite                                              100%    97%
Making you feel at ease                                   96%     91%
Listening                                                 98%     93%
Assessing your medical condition                          96%     94%
Explaining your condition and treatment                   93%     90%
Involving you in decisions about your treatment           91%     88%
Confidence in the doctor's ability                        98%     95%
Comments: "explained the biopsy with a drawing", "accent a bit hard at first but he checked I understood".
Verified: Dr Alison Drummond-Keay, Clinical Lead for Dermatology, 15/07/2024
""", [],
  ["Glenmorvern Royal Infirmary", "Dr Rafael Montoya Restrepo", "RMR", "7586621", "GMC patient questionnaire",
   "3-28 June 2024", "45 forms", "100%", "97%", "93%", "88%", "Dr Alison Drummond-Keay", "15/07/2024"]),

D("ocr_scan_histology_report", J, """
NHS STRATHCARR0N - Department 0f Pathology - HIST0PATH0L0GY REP0RT
Lab n0: H24.O3l887       Received: O2/O8/2O24       Rep0rted: O9/O8/2O24
Patient: MacPhai1, Ruairidh A.      CHI: O6O679l553        Consultant: Dr R M0nt0ya Restrep0
Specirnen: Skin, L upper back, excision, 22 x 9 x 4 rnrn.
Micr0sc0py: superficia1 spreading rnalignant rne1anoma, Bres1ow thickness l.3 rnrn, C1ark 1eve1 IV,
mit0tic c0unt 2/rnrn2, n0 u1ceration, n0 LVI, n0 microsate11ites. Peripheral margin 2.l rnrn, deep O.9 rnrn.
SNOMED: M-8743/3, T-Y2100.  pT2a (TNM 8).
Reported by: Dr Fenella Quigg, Consultant Histopath0logist
""", [("H24.O3l887", OID), ("MacPhai1, Ruairidh A.", PN), ("O6O679l553", NHS), ("Fenella Quigg", CN)],
  ["NHS STRATHCARR0N", "O2/O8/2O24", "O9/O8/2O24", "Dr R M0nt0ya Restrep0", "22 x 9 x 4 rnrn", "Bres1ow thickness l.3 rnrn",
   "C1ark 1eve1 IV", "2/rnrn2", "2.l rnrn", "O.9 rnrn", "M-8743/3", "T-Y2100", "pT2a (TNM 8)"]),
]
