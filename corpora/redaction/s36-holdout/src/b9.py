from b1 import D

D(46, "sexual_health_clinic_list", "Dr Siobhan Gallagher",
"""sh clinic pm - Lydia Clinic - SG (ST4 EM taster) w/ Dr Ogunleye
1. clinic no GU25-90117 - "Max" (trans man, prefers Max, legal name on PAS: Maxine Okeke-Hurst) - T gel, PrEP start, eGFR 92, HIV neg
2. GU25-90122 - JD (John Doe used at pt request - declined to give name) - contact of gonorrhoea, ceftriaxone 1g IM
3. GU25-90130 - Ms Tuyet Pham, sex worker, works at "The Velvet Rooms", Salisbury Rd - PEPSE 28 days Truvada + raltegravir
4. GU25-90131 - partner notification: index pt's partner "Jonno" tel 07700 900777
SG""",
[("GU25-90117","HOSPITAL_NUMBER"),("Max","PATIENT_NAME"),("Maxine Okeke-Hurst","PATIENT_NAME"),("GU25-90122","HOSPITAL_NUMBER"),("JD","PATIENT_NAME"),("GU25-90130","HOSPITAL_NUMBER"),("Tuyet Pham","PATIENT_NAME"),("The Velvet Rooms","ADDRESS"),("Salisbury Rd","ADDRESS"),("GU25-90131","HOSPITAL_NUMBER"),("Jonno","RELATIVE_NAME"),("07700 900777","PHONE"),("Ogunleye","COLLEAGUE_NAME")],
["SG","Lydia Clinic","T gel","PrEP","eGFR 92","ceftriaxone 1g IM","PEPSE 28 days","Truvada + raltegravir","John Doe"])

D(47, "coroner_statement_mh", "Dr Tomasz Wiśniewski",
"""Statement for HM Senior Coroner for Manchester South
Inquest into the death of: Callum James Ferris (deceased), aged 33
Coroner's reference: 01043-2025   Trust SI ref: PCFT-SI-25-081   GMP ref: 13MM/77102/25
I, Dr Tomasz Wiśniewski, GMC 7390218, ST5, make this statement.
1. I assessed Mr Ferris at Stepping Hill ED on 9 May 2025 at 22:30 after he was brought in by police under s136 from the Thelwall Viaduct (M6). He told me he had lost his job at Kellogg's Trafford Park and his partner, Jade Kinsella, had left with their son Alfie.
2. I did not use the SAD PERSONS score; I used the STORM framework and the trust's clinical risk formulation.
3. The consultant on call, Dr Victor Osei, agreed informal admission to Meadows Ward but no bed was available; he was discharged to HTT at 04:00 with follow-up.
4. His mother, Mrs Lorraine Ferris, rang the team on 11 May. He died on 12 May.
Signed: T. Wiśniewski""",
[("Callum James Ferris","PATIENT_NAME"),("Ferris","PATIENT_NAME"),("01043-2025","REFERENCE_NUMBER"),("PCFT-SI-25-081","REFERENCE_NUMBER"),("13MM/77102/25","REFERENCE_NUMBER"),("Thelwall Viaduct (M6)","ADDRESS"),("Kellogg's Trafford Park","ADDRESS"),("Jade Kinsella","RELATIVE_NAME"),("Alfie","RELATIVE_NAME"),("Victor Osei","COLLEAGUE_NAME"),("Lorraine Ferris","RELATIVE_NAME")],
["Dr Tomasz Wiśniewski","GMC 7390218","T. Wiśniewski","Stepping Hill ED","s136","STORM","Meadows Ward","HTT","aged 33","22:30"])

D(48, "no_identifier_rota", "Dr Eleanor Price",
"""Extended access rota - Kirklees PCN, week commencing 7 July 2025 (management evidence)
Mon 18:30-20:00  Dr Eleanor Price (GP)  + ANP
Sat 09:00-13:00  Dr Eleanor Price
Hub: Moorside Medical Practice. Telephone triage template uses NEWS2 and the CURB-65 score. Rota drawn up by Dr Eleanor Price, approved by Dr Martin Ashworth, Clinical Director.""",
[],
["Dr Eleanor Price","Kirklees PCN","Moorside Medical Practice","NEWS2","CURB-65","Dr Martin Ashworth","18:30-20:00"])
