# Dr Hana Abdelrahman - genitourinary medicine / sexual health (GMC 7904452)
from common import T

J = "Dr Hana Abdelrahman"

T("hiv_clinic_letter", J, """Greyfriars Centre for Sexual Health - Northbrook Community Health NHS Trust
HIV Outpatients    Confidential: sent to GP with the patient's explicit consent (recorded 09/09/2025)
Clinic no: GF-HIV-20871     Our ref: GF/HA/HIV/20871/25

Dr Tomasz Zielinski, Orchard Medical Centre, 61 Lime Kiln Road, Northbrook NB2 6FE

Dear Dr Zielinski,
Re: Mr Daniel "Danny" Achterberg-Roux, DOB 12/12/1989 (male)
Contact (patient's preference): mobile 07700 900884, no voicemail, letters to clinic only

Mr Achterberg-Roux was diagnosed with HIV-1 on 14/08/2025 after a positive 4th-generation test (seroconversion illness). Baseline: CD4 412 cells/uL (22%), viral load 186,000 copies/mL, HLA-B*5701 negative, no resistance mutations, hepatitis B immune (anti-HBs 240), hepatitis C antibody negative, syphilis EIA negative.
He started Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide) 50/200/25 mg once daily on 21/08/2025, per BHIVA 2022 guidelines. Please add to his repeat list as "hospital-only prescribing" and avoid co-prescribing antacids or iron within 2 hours.
Partner notification: his current partner, Luca, has been seen and started on PEP. 
Next review in 4 weeks (viral load, U&E, urine protein:creatinine ratio).

Yours sincerely,
Dr Hana Abdelrahman, Specialty Doctor in Genitourinary Medicine
Clinical supervisor: Dr Mairead Flanagan, Consultant in GU/HIV Medicine
""", [("GF-HIV-20871", "HN"), ("GF/HA/HIV/20871/25", "REF"), ("Tomasz Zielinski", "CN"), ("Zielinski", "CN"),
      ("61 Lime Kiln Road, Northbrook", "AD"), ("NB2 6FE", "PC"), ("Daniel \"Danny\" Achterberg-Roux", "PN"),
      ("Achterberg-Roux", "PN"), ("07700 900884", "PH"), ("Luca", "RN")],
  ["Greyfriars Centre for Sexual Health", "Northbrook Community Health NHS Trust", "09/09/2025", "DOB 12/12/1989",
   "(male)", "HIV-1", "14/08/2025", "CD4 412 cells/uL (22%)", "viral load 186,000 copies/mL", "HLA-B*5701 negative",
   "anti-HBs 240", "Biktarvy", "50/200/25 mg once daily", "BHIVA 2022", "2 hours", "PEP", "4 weeks",
   "Dr Hana Abdelrahman", "Dr Mairead Flanagan"])

T("partner_notification", J, """PARTNER NOTIFICATION RECORD (PN) - index case GF-2025-118340 - chlamydia + gonorrhoea
Clinician: HA    Health adviser: Marcus Oyelowo-Fenn    Date opened: 03/04/2025     Look-back period: 60 days (chlamydia), 14 days (symptomatic GC)
Contact  | relationship | method           | outcome
K.        | regular       | patient referral | attended 07/04, treated (ceftriaxone 1 g IM + doxycycline 100 mg BD 7 days)
"Jay" (J.D.) | casual, app  | provider referral via app msg (anonymous) | not verified
Ms Priya N- | ex-partner  | provider referral, tel 07700 900552  | attended 10/04, NAAT -ve, epi treatment declined
unknown   | one-off       | n/a - no contact details | untraceable
PN outcome: 2 of 4 contacts verified (BASHH PN standard 0.6 per index case met). Test of cure for GC at 14 days: negative (NAAT 17/04).
""", [("GF-2025-118340", "HN"), ("Marcus Oyelowo-Fenn", "CN"), ("K.", "PN"), ("Jay", "PN"), ("J.D.", "PN"),
      ("Priya N-", "PN"), ("07700 900552", "PH")],
  ["HA", "03/04/2025", "60 days", "14 days", "ceftriaxone 1 g IM", "doxycycline 100 mg BD 7 days", "NAAT -ve",
   "2 of 4", "BASHH", "0.6 per index case", "17/04"])

T("safeguarding_cse", J, """Young person risk assessment (Spotting the Signs proforma, BASHH/Brook) - summary for supervision
Seen by: Dr Hana Abdelrahman, Greyfriars Centre for Sexual Health, 22/01/2025. Discussed with Dr Mairead Flanagan (named doctor for safeguarding) the same day.
Young person: 15-year-old girl ("Tia"), attended alone for emergency contraception. Fraser guidelines and Gillick competence assessed - competent.
Concerns: boyfriend "Reece" is 22 and drives her to parties in Marlow Road flats; she has a new phone and gifts; missing from school twice. Score: 6 high-risk indicators.
Action: levonorgestrel 1.5 mg given; chlamydia/gonorrhoea NAAT and HIV/syphilis bloods; referral to children's social care (MASH ref NCS-MASH-25-01177), police CSE team notified (crime ref NP/25/7710432), school nurse informed with consent. Safeguarding ref in clinic system: SG-GF-0412.
""", [("Tia", "PN"), ("Reece", "RN"), ("Marlow Road flats", "AD"), ("NCS-MASH-25-01177", "REF"), ("NP/25/7710432", "REF"),
      ("SG-GF-0412", "REF")],
  ["Spotting the Signs", "Dr Hana Abdelrahman", "Greyfriars Centre for Sexual Health", "22/01/2025",
   "Dr Mairead Flanagan", "15-year-old girl", "Fraser guidelines", "Gillick competence", "22",
   "6 high-risk indicators", "levonorgestrel 1.5 mg"])

T("abroad_certificate", J, """SOBA UNIVERSITY HOSPITAL, KHARTOUM - Department of Dermatology and Venereology
(English original issued by the hospital)
Dr Hana Abdelrahman Mohamed Ali worked as Registrar in Dermatology and Venereology (STI and HIV clinic) from 01/02/2016 to 31/01/2020.
She ran the weekly syndromic STI clinic (around 35 patients a week), the PMTCT clinic for pregnant women living with HIV, and supervised the antiretroviral adherence counsellors. Treatments provided under the Sudan National AIDS Control Programme guidelines: tenofovir/lamivudine/efavirenz (TLE), later tenofovir/lamivudine/dolutegravir (TLD) from 2019.
During the 2018 syphilis outbreak she coordinated contact tracing for 140 contacts with Ms Amna Babiker, then the clinic's senior nurse (now retired).
Ref: SUH/DV/2020/061      Verified: Prof. Osman Elhassan, Head of Department, 03/02/2020
""", [("Amna Babiker", "CN"), ("SUH/DV/2020/061", "REF")],
  ["SOBA UNIVERSITY HOSPITAL, KHARTOUM", "Dr Hana Abdelrahman Mohamed Ali", "01/02/2016", "31/01/2020", "35 patients",
   "PMTCT", "Sudan National AIDS Control Programme", "tenofovir/lamivudine/efavirenz (TLE)", "TLD", "2019",
   "140 contacts", "Prof. Osman Elhassan", "03/02/2020"])

T("lab_result_ocr", J, """N0RTHBR00K PATH0L0GY - MICR0BI0L0GY / SER0L0GY REP0RT (fax c0py, 2 0f 2)
Lab N0: 25M2l0993l   Rec'd: 2l/O7/2O25   Clinic N0: GF-2O25-l2lO87
Pt: J0HNS0N-0KAFOR, Abige1 (F)   D0B: O6/O5/2OOl
Specirnen: vulvovaginal swab (self-taken) + serum
Chlarnydia trach0rnatis NAAT: DETECTED.  N. g0n0rrhoeae NAAT: N0T detected.
Trep0nernal EIA: reactive.  RPR: l:32.  TPPA: p0sitive.
HIV Ag/Ab: negative.  HBsAg: negative.
C0rnment: n0tify clinician (Dr H Abdelrahrnan).  Requested by: Sister Ga1e Ferreira.
""", [("25M2l0993l", "OID"), ("GF-2O25-l2lO87", "HN"), ("J0HNS0N-0KAFOR, Abige1", "PN"), ("Ga1e Ferreira", "CN")],
  ["N0RTHBR00K PATH0L0GY", "(F)", "D0B: O6/O5/2OOl", "Chlarnydia trach0rnatis NAAT: DETECTED", "RPR: l:32",
   "TPPA: p0sitive", "HIV Ag/Ab: negative", "Dr H Abdelrahrnan", "2l/O7/2O25"])

T("clinic_template", J, """GREYFRIARS CENTRE FOR SEXUAL HEALTH - STANDARD ASYMPTOMATIC SCREEN TEMPLATE (v4.2, approved 2024)
Designed by: Dr Hana Abdelrahman (Specialty Doctor) with Dr Mairead Flanagan (Clinical Lead). For use in Level 3 service, Northbrook Community Health NHS Trust.
Section 1 Sexual history (BASHH 2019 recommendations): last sexual contact (LSC) __ days; partners in 3 months __; gender of partners; condom use; PrEP eligibility.
Section 2 Tests: dual NAAT for chlamydia/gonorrhoea (first-void urine or self-taken vulvovaginal swab; rectal and pharyngeal if MSM); HIV 4th-generation; syphilis EIA; hepatitis B if at risk.
Section 3 Window periods: HIV 45 days (4th gen), syphilis 12 weeks, chlamydia/gonorrhoea 2 weeks.
Section 4 PrEP: emtricitabine/tenofovir disoproxil 200/245 mg; event-based 2-1-1 dosing for MSM only; baseline eGFR and repeat at 3 months if >= 40 years.
Section 5 Safeguarding prompts: under 18s - Spotting the Signs; FGM, domestic abuse (DASH), CSE.
Audit hook: auto-coded to SHHAPT codes (T4, T7, P1A).
""", [],
  ["GREYFRIARS CENTRE FOR SEXUAL HEALTH", "v4.2", "Dr Hana Abdelrahman", "Dr Mairead Flanagan", "Level 3",
   "Northbrook Community Health NHS Trust", "BASHH 2019", "3 months", "HIV 45 days", "12 weeks",
   "emtricitabine/tenofovir disoproxil 200/245 mg", "2-1-1", ">= 40 years", "Spotting the Signs", "DASH", "SHHAPT", "T4"])

T("cbd", J, """CASE-BASED DISCUSSION - Genitourinary Medicine
Trainee: Dr H. Abdelrahman    Assessor: Dr Mairead Flanagan    Date: 12/06/2025
Case: 34-year-old man who has sex with men, on event-based PrEP, presenting with rectal pain and discharge. Rectal NAAT positive for chlamydia; LGV PCR positive (L2b).
Discussion: doxycycline 100 mg BD for 21 days (BASHH LGV guideline 2023); test of cure; partner notification over 3 months; doxy-PEP discussion (not routinely recommended by BASHH/UKHSA 2024 position statement); HIV and syphilis retest at 12 weeks.
I had initially planned 7 days of doxycycline until the LGV result, following the advice of a locum colleague, Dr Wendell Asante-Frimpong, on the morning clinic - corrected after discussion.
Patient ID withheld - clinic number supplied to assessor only (GF-2025-133209).
Outcome: satisfactory; excellent knowledge of the evidence; remember to notify UKHSA of LGV.
""", [("Wendell Asante-Frimpong", "CN"), ("GF-2025-133209", "HN")],
  ["Dr H. Abdelrahman", "Dr Mairead Flanagan", "12/06/2025", "34-year-old", "LGV PCR positive (L2b)",
   "doxycycline 100 mg BD for 21 days", "BASHH LGV guideline 2023", "doxy-PEP", "UKHSA 2024", "12 weeks", "7 days"])
