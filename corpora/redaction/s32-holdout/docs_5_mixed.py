P = "Dr Nkechi Adeyemi-Hart"; O = "Dr Tomasz Wieczorek"; S = "Dr Priya Raghunathan"; R = "Dr Euan MacLachlan"
DOCS = [
("community_caseload_csv", P, """
spc community caseload - nah - wk commencing [[04/03/2024]]
initials,nickname/how known,age,dx,phase,akps,last contact,gp,notes
<<P|EW>>,"<<P|'nanna edie'>>",[[89]],[[heart failure]],[[stable]],[[40]],[[01/03]],<<C|Dr Probert>>,lives w gdaughter <<R|Kayleigh>> above <<A|the Spar on Mill Lane>>
<<P|RC>>,"<<P|'Rocky'>> (ex-boxer)",[[72]],[[mesothelioma]],[[unstable]],[[50]],[[29/02]],<<C|Dr Sandhu>>,[[IIDB]] claim - solicitor <<C|Mr Ainsworth>> rang; ? [[industrial disease]] -> coroner
<<P|PM>>,"lady w the parrot",[[64]],[[MND]],[[deteriorating]],[[30]],[[04/03]],<<C|Dr Sandhu>>,[[PEG]] declined; husband <<R|Clive>> struggling; [[Carers' Assessment]] requested
<<P|DO>>,<<P|Dez>>,[[65]],[[MND]],[[stable]],[[50]],[[28/02]],<<C|Dr Sandhu>>,see ACP [[11/04]]; allotment at <<A|Wren's End allotments plot 14>>
"""),
("ent_theatre_list", O, """
ENT day-case list - [[Kingsmead University Hospitals NHS Trust]] - [[Mon 13/03/2023]] - [[Theatre 7]]
Surgeon: [[Dr T Wieczorek]] (ENT clinical fellow, supervised by [[Mr Olumide Fashola]], Consultant ENT)
1  <<H|K2101187>>  <<P|Oliver BRANDRETH>>  [[5y]]  [[bilateral grommets]]  [[GA]]  - [[type B tymps]]
2  <<H|K2100954>>  <<P|Ruby-Mae FINCH>>   [[7y]]  [[adenotonsillectomy]]  GA  - [[recurrent tonsillitis 8 episodes/yr]] ([[SIGN 117]])
3  <<H|K1980012>>  <<P|Mr Dariusz NOWAK>> [[44y]]  [[septoplasty]]      GA  - interpreter (Polish) booked: <<C|Ms Kasia Zielińska>>
4  <<H|K2089760>>  <<P|Mrs Pam Ibbotson>> [[58y]]  [[EUA + biopsy post-nasal space]]  GA  - [[2WW]]
List verified: [[Mr O. Fashola]]
"""),
("audiogram_text_export", O, """
PURE TONE AUDIOMETRY - exported text     Patient: <<P|IBBOTSON, Pamela>>   ID <<H|K2089760>>   DOB [[14/02/1965]]   Tested: [[02/03/2023]] by <<C|F. Oduya>> (Audiologist)
Freq (Hz)   [[250]]  [[500]]  [[1k]]  [[2k]]  [[4k]]  [[8k]]
R AC (dB)   20   25   25  30  45  55
L AC (dB)   40   45   50  50  60  70
L BC (dB)   10   15   20  25  35  -
Impression: [[left conductive/mixed hearing loss]] with [[type B tympanogram]] L - [[unilateral OME in an adult]] -> exclude [[nasopharyngeal carcinoma]] (see list [[13/03]]). TW.
"""),
("email_thread_hiv", S, """
From: [[Raghunathan Priya]] 
To: <<E|pharmacy.hiv@southmere.nhs.example>>
Cc: <<E|marcus.ellery-jones@southmere.nhs.example>>
Subject: RE: RE: interaction query - pt on Biktarvy + St John's wort

thanks <<C|Helga>> - agree, stop the [[St John's wort]] ([[induces CYP3A4/P-gp]], ↓ [[bictegravir]]). I've texted him (he prefers <<P|"Rob">>, not <<P|Robert Treloar>>, clinic no <<H|HS118455>>) to come in for [[VL]] in 4 wks.
P

> From: <<C|Helga Sørensen>>, HIV Pharmacist
> he also takes an iron supplement from <<A|Penhallow Health Foods>> - [[separate by 2 h]] or take together with food.
> Helga Sørensen MRPharmS | GPhC <<G|2079331>> | Ext <<T|5203>>
***************
This email is confidential. Southmere NHS Foundation Trust - <<U|www.southmere.nhs.example>> - Registered office: <<A|Harbour Road, Southmere>> <<PC|SM1 4AB>>
"""),
("skin_cancer_mdt_list", S, """
LSMDT (skin) - [[Southmere NHS Foundation Trust]] - [[21/03/2024]]   Chair: [[Dr M Ellery-Jones]]?? (no - dermatology chair <<C|Dr Yvonne Barraclough>>)   Presenter: [[Dr P Raghunathan]]
pt                              | hosp no     | age/sex | histo                                   | outcome
<<P|DELANEY Francis>>             | <<H|SM3309128>>   | [[68 M]]    | [[SSMM Breslow 0.8mm]], [[pT1b]], no ulceration | [[WLE 1 cm]]; [[SLNB]] discussed ([[AJCC 8th]])
<<P|BOWEN Margaret>>              | <<H|SM1100456>>   | [[81 F]]    | [[nodular BCC]] temple, clear           | discharge to GP, [[sun advice]]
<<P|HOSKING James ('Jim')>>       | <<H|SM2987711>>   | [[77 M]]    | well-diff SCC, deep margin [[0.4 mm]]    | [[re-excision]] vs [[adjuvant RT]] - plastics (Mr <<C|Penrose>>)
"""),
("photo_consent_form", S, """
CONSENT FOR CLINICAL PHOTOGRAPHY - Medical Illustration, [[Southmere NHS Foundation Trust]]
Patient: <<P|Abdirahman Yusuf Warsame>>   Hosp no <<H|SM3410072>>   DOB [[05/05/1988]]
Photos of: [[genital ulcers]] (x3) and [[palmar rash]] (x2) - face NOT photographed.
Uses consented: [[A - clinical record]] ✓   [[B - teaching]] ✓   [[C - publication]] ✗
Interpreter: <<C|Mr Hassan Abdi>> (Somali), booking <<REF|INT-SM-44018>>
Clinician: [[Dr P Raghunathan]]   Photographer: <<C|Dylan Roskilly>>   Date [[27/02/2024]]
"""),
("cvi_certificate_extract", O, """
Certificate of Vision Impairment (CVI) - extract, Part 2 (ophthalmologist)
Patient: <<P|Harold LEES>>   NHS <<N|7263 009 411>>   DOB [[05/05/1933]]   Male
Address: <<A|Flat 12, Gable House, Pellingham Road, Kingsmead>> <<PC|KM3 7UZ>>
Best corrected VA: RE [[6/60]] ([[1.0 logMAR]]), LE [[6/24]] ([[0.6 logMAR]]). Fields: [[central scotomas]].
Diagnosis: [[geographic atrophy (H35.3)]] both eyes. Certified: [[sight impaired (partially sighted)]].
Consultant/ophthalmologist: [[Dr Tomasz Wieczorek]]  [[GMC 7208113]]   Date [[16/01/2024]]
Copy to: Kingsmead Council Sensory Team, ref <<REF|SENS/24/0093>>; ECLO <<C|Bronwen Pugh>>
"""),
("school_immunisation_note", R, """
[lower-case notes - flu/hpv catch-up, larig high school, [[14/11/2023]]]
em + hv <<C|sandra>>. [[38]] pupils s2-s3.
- <<P|ellie-mae r>> (s2) - needle phobic, vasovagal last yr, given lying down, fine
- <<P|the mcinnes twins>> - mum <<R|lorraine>> phoned (<<T|07700 900391>>) to withdraw consent for [[hpv]] - documented
- <<P|"wee callum">> from the [[kinlochbeg]] minibus - [[egg allergy]] (mild) -> [[fluenz]] ok per [[green book ch 19]]
no [[anaphylaxis]]. [[adrenaline 1:1000]] kit checked.
"""),
("gp_bereavement_visit", R, """
Consultation - [[Glenmorven Medical Practice]] - [[Dr E MacLachlan]] - [[22/04/2024]] - home visit (bereavement)
Seen: <<R|Mr Tam Kilbride>> ([[83]]) at home following death of wife <<P|Marion>> on [[15/04/2024]] at [[Strathcairn Community Hospital]].
Very deaf - wrote questions on pad. Sleeping poorly, not eating, [[PHQ-9 14]]. Son-in-law <<R|Alasdair Mowat>> staying. No [[suicidal ideation]].
Plan: [[bereavement support]] leaflet, [[Cruse Scotland]], review 2 wks; DN <<C|Eilidh>> to call in Friday. Hearing aids - referral to audiology ([[NHS Highland]]).
"""),
("hospice_qi_report", P, """
QI project summary - [[Anticipatory prescribing]] at discharge from hospice - [[Dr N. Adeyemi-Hart]]
PDSA 1 ([[Sept 2023]]): checklist in discharge pack; completion [[61% -> 79%]].
PDSA 2 ([[Dec 2023]]): pharmacy prompt, JIC box stickers; [[94%]].
Case that prompted it: a man discharged to <<A|Ashcombe>> on a Friday without [[midazolam]]; his daughter drove [[40 miles]] to an on-call pharmacy (<<A|Boots, Thornbury Vale Retail Park>>). Datix <<REF|SCH-IR-2023-0217>>.
Measures: [[SPC outcome measures]] ([[IPOS]]). Verified: [[Dr Helen Crowther]]
"""),
("derm_clinic_shorthand", S, """
derm OPD [[22/01/2024]] pr
1. <<P|mrs ch>> 79f [[BP]] ([[bullous pemphigoid]]) - 12 new blisters, [[BPDAI 28]], on [[pred 30 mg]] + [[doxy 200]] - add [[dermovate]] - she lives in <<A|Mevagissey Ct sheltered flats>> warden <<C|Trudy>> helping w dressings
2. <<P|j.k.>> 23m [[acne conglobata]], [[isotretinoin 40 mg]] day 60, [[ALT 38]], [[lipids ok]], [[iPLEDGE]]-style PPP n/a (male), mood ok ([[PHQ-9 3]])
3. <<P|baby rosie (ref by HV)>> 8/12 [[infantile haemangioma]] lip - [[propranolol 1 mg/kg/day]], mum <<R|Stacey>>, BP/HR checks ok
"""),
("referee_letter", O, """
Structured reference - portfolio pathway - [[Ophthalmology]]
Applicant: [[Dr Tomasz Wieczorek]] ([[GMC 7208113]])
Referee: [[Miss Annabel Kerr-Fraser]], Consultant Ophthalmologist, [[Kingsmead Eye Centre]]
I have supervised Dr Wieczorek since [[2019]]. He performs [[medical retina]] clinics independently, carries out [[~900 intravitreal injections]] a year, and operates on [[uncomplicated cataract]] with a [[PCR rate of 0.8%]] over [[412 cases]].
When a patient from the local bowls club (<<P|Mr P.>>, whose wife <<R|Glenys>> later wrote to thank him) had [[endophthalmitis]]-like symptoms after injection, Tomasz saw him the same evening and performed [[vitreous tap and inject]].
Signed: [[A. Kerr-Fraser]]   [[30/06/2024]]
"""),
]
