A = "Dr Priya Raghunathan"
DOCS = [
("clinic_list_tsv", A, """
[[Harbourside Centre for Sexual Health]] - [[Southmere NHS Foundation Trust]] - Clinic [[HIV-3]] - [[Wed 14/02/2024]] - [[Dr P Raghunathan]]
Clinic no\tAlias\tAge\tSex\tReason\tCD4\tVL\tRegimen\tNext
<<H|HS124409>>\t<<P|"Dee">>\t[[34]]\tF\troutine, pregnant [[22/40]]\t[[610]]\t[[<50]]\t[[Biktarvy]]\t[[4 wk]] (antenatal joint clinic)
<<H|HS098110>>\t<<P|JT>>\t[[52]]\tM\tnew dx, [[PCP]] recovered\t[[88]]\t[[186,000]]\t[[dolutegravir + TDF/FTC]], [[co-trimoxazole 960 mg]] OD\t2 wk
<<H|HS131772>>\t<<P|Mr Eze (uses 'Tony')>>\t[[41]]\tM\t[[syphilis]] (secondary) partner of <<H|HS098110>>? - DO NOT DISCLOSE\t[[720]]\t[[<50]]\t[[benzathine penicillin 2.4 MU]] IM\t[[RPR]] 3 mo
<<H|HS140028>>\t<<P|R.K.>>\t[[19]]\tM\t[[PrEP]] start, [[eGFR >90]]\t-\t-\t[[TDF/FTC]] [[event-based 2-1-1]]\t3 mo
"""),
("partner_notification_record", A, """
PARTNER NOTIFICATION - index: <<H|HS131772>>  (<<P|T.E.>>)  Infection: [[syphilis, secondary]]   PN worker: <<C|Grant Mulholland>> (Health Adviser)
Look-back: [[3 months + duration of symptoms]] ([[BASHH]])
Contact | how known | contact details | action | outcome
1 "<<R|Lee>>" (regular) | partner | <<T|07700 900845>> | [[patient referral]] | attended [[16/02]], treated, [[TPPA +]]
2 <<R|Marco>> (Grindr, surname unknown) | app | profile name <<O|marcoSHD91>> | [[provider referral]] via app | not verified
3 <<R|"the bloke from the Anchor gym">> | casual | via <<A|Anchor Fitness, Dock Road>> | unable | [[unknown]]
Outcome ratio [[1/3]] verified. Reviewed by [[Dr P Raghunathan]].
"""),
("lesion_photo_description", A, """
Clinical photograph record (photos held in Medical Illustration, ref <<REF|MI-24-01188>>) - description only for portfolio
Patient: <<P|Ms Oluwaseun 'Shay' Adebisi-Cole>>, DOB [[11/10/1996]], clinic no <<H|HS144871>>
Photo 1: full-face - *patient photograph, identifiable - must not be uploaded*; shows [[malar rash]] sparing nasolabial folds.
Photo 2: R forearm, [[annular plaques]] with tattoo "<<O|MAMA ADUKE 1961>>" visible - tattoo identifying, crop.
Photo 3: [[oral ulceration]], hard palate, 4 mm.
Impression ([[Dr Raghunathan]]): ?[[SLE]] vs [[secondary syphilis]]. [[RPR 1:64]], [[ANA 1:640]]. Referred rheumatology.
"""),
("teledermatology_email", A, """
From: <<C|Dr Sunil Varadkar>> <<<E|s.varadkar@sandgatepractice.example.nhs.uk>>>
To: Dermatology Advice & Guidance
Date: 05/03/2024 11:02
Subject: teledermatology - 3 images - "mole on back" - <<P|Frank Delaney>>  <<N|6661073457>>

Hi, 68 yo retired fisherman (still takes the boat out from <<A|Sandgate harbour>>), pigmented lesion L scapula changing over 6/12 per wife <<R|Moira>>. Dermatoscope images attached ([[DermLite]]). ABCD - asym, irregular border, 3 colours, 9mm.
Thanks, <<C|Sunil>>
--
<<A|Sandgate Practice>> | <<T|01632 960477>> | Fax <<T|01632 960478>>

> Reply ([[Dr P. Raghunathan]], derm A&G, [[06/03/2024]]): Dermoscopy: [[atypical pigment network]], [[blue-white veil]], [[regression structures]]. Please refer on [[2WW suspected skin cancer pathway]] today. Likely needs [[excision biopsy with 2 mm margin]].
"""),
("lesion_log_csv", A, """
Lesion log - [[minor ops / excision]] - Dr P Raghunathan - [[Southmere NHS Foundation Trust]] Dermatology
date,hosp_no,pt,site,clinical_dx,procedure,histology,margins,lab_no
[[2023-09-12]],<<H|SM3309128>>,<<P|FD>>,[[L scapula]],[[?melanoma]],[[excision 2mm]],"[[SSMM]], [[Breslow 0.8 mm]], [[pT1b]]",[[clear]],<<O|H23-118204>>
[[2023-09-19]],<<H|SM1100456>>,<<P|MB>>,[[R temple]],[[?BCC]],[[excision 4mm]],"[[nodular BCC]]",[[clear 3.1 mm]],<<O|H23-120617>>
[[2023-09-19]],<<H|SM2987711>>,<<P|JH (Jim)>>,[[L shin]],[[?SCC]],[[excision 4mm + graft]],"[[well-diff SCC]]",[[deep 0.4 mm]],<<O|H23-120622>>
[[2023-10-03]],<<H|SM3341907>>,<<P|Sister M. Bernadette>>,[[nose]],[[AK]],[[cryo]],-,-,-
Totals: [[142 procedures]] 2023-24. Verified: [[Dr Marcus Ellery-Jones]]
"""),
("hiv_clinic_letter", A, """
[[Harbourside Centre for Sexual Health]]
Clinic no: <<H|HS098110>>          CONFIDENTIAL - do not copy to GP without consent (consent: [[YES]], [[21/02/2024]])
Dr <<C|Anwen Price-Jones>>, <<A|Quayside Medical Centre, 2 Harbour Road, Southmere>> <<PC|SM1 4AA>>
Dear Dr <<C|Price-Jones>>,
Re: <<P|Mr John Tredinnick>>, DOB [[08/08/1971]], NHS <<N|505 219 3348>>
Diagnosis: [[HIV-1]], new ([[CD4 88]], [[VL 186,000 copies/mL]]); [[Pneumocystis pneumonia]], treated. [[HLA-B*5701 negative]]. [[Hep B sAg negative]], immune.
Treatment: [[Dolutegravir 50 mg]] OD + [[tenofovir disoproxil/emtricitabine 245/200 mg]] OD from [[12/02/2024]]; [[co-trimoxazole 960 mg]] OD.
He has told his sister <<R|Kerenza>> but not his employer (<<A|Trevenna Boatyard>>). Please avoid [[simvastatin]] interactions? (none with DTG) - please record [[HIV]] as confidential problem.
Yours sincerely, [[Dr Priya Raghunathan]], Associate Specialist in GUM/HIV
"""),
("safeguarding_referral", A, """
Under-18 sexual health risk assessment (Spotting the Signs proforma) - summary
Young person: <<P|"Kayla" (gave name as Kayla M)>>, [[15]], DOB [[02/03/2008]]; attends <<A|Southmere Academy>>; lives with nan at <<A|14 Gull Terrace>>.
Disclosed boyfriend aged 22 (<<R|"Deano">>, works at <<A|the Flying Fish chippy>>), gifts, phone bought by him, missed school.
[[CSE risk: HIGH]]. [[Fraser guidelines]] met for [[contraception]] ([[LNG-IUS]] declined, [[Depo-Provera 150 mg]] given) but safeguarding overrides.
Referral to MASH: ref <<REF|MASH-SM-24-07712>>; police log <<REF|SC-240318-0144>>. Discussed with safeguarding lead [[Dr M Ellery-Jones]].
By: [[Dr P Raghunathan]]   [[18/03/2024]]
"""),
("text_message_results", A, """
[SMS results service - exported log]
to: <<T|07700 900126>>   [[19/02/2024 10:02]]   "Hi, this is the Harbourside clinic. Your recent results are all clear. No need to call. Ref <<REF|SMS-882104>>"
to: <<T|07700 900933>>   [[19/02/2024 10:02]]   "Please call the Harbourside clinic on <<T|01632 960350>> re your results. Quote <<REF|SMS-882105>>"
reply from <<T|07700 900933>> [[10:17]]: "is it chlamydia again lol. its <<P|Becca Penrose>> by the way, can u tell me now im at work"
PR note: rang back [[10:40]]: [[Chlamydia trachomatis NAAT positive]] (vulvovaginal swab), [[doxycycline 100 mg bd for 7 days]], PN x2.
"""),
("cbd", A, """
CbD - [[Genitourinary Medicine]] - assessor [[Dr Marcus Ellery-Jones]] (Consultant GUM, educational supervisor)
Applicant: [[Dr Priya Raghunathan]] ([[GMC 6049921]])  Date [[28/02/2024]]
Case summary: trans woman ([[age 27]]) on [[oestradiol gel]], on [[PrEP]], presented with [[proctitis]]; [[LGV]] confirmed ([[L2b]]). Managed with [[doxycycline 100 mg bd 21 days]]. Name on PAS did not match chosen name - applicant updated records with consent.
Ratings: clinical judgement - [[5]]; record keeping - [[5]]. [[Above level expected]].
"""),
("derm_clinic_letter_ocr", A, """
[scanned - OCR]
SOUTHMERE NHS F0UNDATI0N TRUST  -  Dermato1ogy Outpatients
Hosp N0: <<H|SM2O14337>>    C1inic: [[18/O4/2O24]]
Dear Dr <<C|Okafor>>
<<P|Ms Freya Lindqvist-Barr>>  D0B [[24/12/1990]]  - [[psoriasis]], [[PASI 14.2]], [[DLQI 19]] (cannot work at her ha1rdressing sa1on "<<A|Cut Above, Fore St>>")
Fai1ed [[methotrexate 20 mg]] weekly (LFT rise [[ALT 112]]). Start [[adalimumab 40 mg]] eow (biosimi1ar [[Amgevita]]) - [[NICE TA146]] criteria met.
P Raghunathan   (Specialty Doctor)
"""),
("msf_patient_feedback", A, """
Patient feedback questionnaire (CFEP-style) - [[Dr P. Raghunathan]] - Harbourside, [[Nov 2023]]
n = [[41]]. Score [[92nd centile]].
"[[Dr Priya]] didn't judge me at all" 
"I was worried someone from church would see me in the waiting room but the staff were discreet"
"best doctor in the place, shame about the car park at <<A|Harbour Road>>"
Administered by <<C|Lacey Tremain>> (receptionist). Verified: [[Dr Marcus Ellery-Jones]]
"""),
("pep_proforma", A, """
PEPSE proforma   time seen [[02:40]]   A&E cubicle [[9]]   A&E no: <<H|AE24-002781>>
Pt: <<P|Callum Boase>>  [[24 M]]  DOB [[17/01/2000]]   Exposure: [[receptive anal sex]], condom failure, [[36 h]] ago, source [[HIV status unknown]] (met at <<A|The Lamplighter bar>>)
[[PEPSE]] indicated per [[BASHH 2021]]: [[Truvada + raltegravir 400 mg bd]] x 28 d, starter pack 5 days, [[HIV 4th gen Ag/Ab]] baseline [[neg]].
Phoned by on-call SH: [[Dr Raghunathan]] (phone advice to A&E SHO <<C|Dr Tobi Adeyinka>>). Follow-up Harbourside [[day 3]].
"""),
("meeting_minutes", A, """
Harbourside governance meeting - [[09/04/2024]]
Present: [[Dr M Ellery-Jones]] (chair), [[Dr P Raghunathan]], <<C|Grant Mulholland>> (HA), <<C|Sr Nia Pascoe>>, <<C|Kerry-Ann Blewett>> (lab liaison)
1. Incident LFPSE <<REF|LFPSE-2024-SM-30119>>: results SMS sent to wrong mobile (patient had changed number; old number now belongs to ex-partner). Actions: [[two-identifier check]] before SMS; PR to write [[SOP]].
2. [[Mpox vaccination]] (MVA-BN) uptake [[68%]] eligible GBMSM.
3. PR presented audit: [[chlamydia PN outcome]] [[0.62]] vs BASHH standard [[0.6]].
"""),
("dermatology_ocr_referral", A, """
OCR output - fax from care home
<<A|SEAVIEW HOUSE CARE HOME>>  Te1 <<T|O1632 96O 6O2>>  Fax
Resident: <<P|Mrs Vi (Violet) Chegwidden>>  age [[94]]  [[D0B 2O/O2/193O]]   Room 11
itchy rash a11 over, worse at night, other residents (<<P|Mr Jory>>, <<P|Mrs Pascoe in rm 4>>) sim11ar, carer <<C|Danie1le>> a1so itchy.
---- PR reply: [[crusted scabies]] likely; [[permethrin 5% cream]] all residents and staff same day, [[ivermectin 200 mcg/kg]] for <<P|Mrs C>> (x2, [[day 1 and 8]]); inform [[UKHSA]] health protection team.
"""),
("reflection_confidentiality", A, """
Reflective account - [[confidentiality and the small town]] - [[Dr Priya Raghunathan]]
Southmere is small. On [[12/01/2024]] I recognised a patient in clinic as the parent of a child in my daughter's class at <<A|Harbour View Primary>>. He (<<P|Mr Q>>) was attending with [[gonorrhoea]] ([[ceftriaxone 1 g IM]]). I offered to arrange a different clinician, which he accepted; my colleague <<C|Dr Ines Carvalho>> saw him.
Learning: declared the conflict to [[Dr Ellery-Jones]]; updated the team's [[GMC Confidentiality guidance (2017)]] awareness session.
"""),
("derm_teaching_feedback", A, """
Teaching - "[[Dermatology for GP trainees]]: rashes you must not miss", [[Dr P Raghunathan]], [[22/05/2024]], Southmere VTS
[[18]] attendees; rated [[4.7/5]].
- "great photos of [[SJS]]/[[TEN]] (were they consented?)" -> yes, consented for teaching, ref on file
- "please repeat [[erythroderma]] bit"
Signed: [[Dr Ruth Anstey]], GP Training Programme Director
"""),
]
