from b1 import D

D(21, "no_identifier_teaching_feedback", "Dr Siobhan Gallagher",
"""Teaching session feedback summary
Session: Recognising the sick child - Paediatric Early Warning Score (PEWS) and the sepsis six
Delivered by: Dr Siobhan Gallagher, ST4 Emergency Medicine, 12 June 2025, Education Centre, Royal Derwent Infirmary
Attendees: 14 (FY1 x6, FY2 x4, ENP x4)
Mean rating 4.7/5. Comments: "great use of the Traffic Light system"; "loved the case of the 3-year-old with Kawasaki disease"; "more on Glasgow Coma Scale in under 5s please".
Verified by Dr Huw Jenkins, Consultant, Director of Medical Education.""",
[],
["Dr Siobhan Gallagher","Paediatric Early Warning Score (PEWS)","Royal Derwent Infirmary","Kawasaki disease","Glasgow Coma Scale","Dr Huw Jenkins","12 June 2025","4.7/5"])

D(22, "homeless_outreach_note", "Dr Priya Raghunathan",
"""Street outreach clinic (Thursday, St George's Crypt) - PR
1. "Scouse Tony" - real name Anthony Quirke per Streetlink, sleeps in the doorway of the old Debenhams on Briggate. Leg ulcers, maggots L shin, cellulitis. Flucloxacillin 1g qds. Nurse Jas dressed. Streetlink ref SL-2025-118830.
2. woman ~40s, gives name "Shaz" only, pregnant? (says 20 weeks), no antenatal care. Sharps bin. Referred to Hope Street maternity outreach.
3. Piotr (Polish, surname ?Zieliński / Zielinski) - alcohol dependent, seizure in queue, GCS 15 after 3 min. Declined ED. Thiamine 100mg tds given. Brother Marek in Bradford, no number.
4. Mr Obinna Eze - NRPF, asylum refused, HC2 certificate applied; NI no. QQ 12 34 56 C.
PR""",
[("Scouse Tony","PATIENT_NAME"),("Anthony Quirke","PATIENT_NAME"),("the doorway of the old Debenhams on Briggate","ADDRESS"),("Jas","COLLEAGUE_NAME"),("SL-2025-118830","REFERENCE_NUMBER"),("Shaz","PATIENT_NAME"),("Piotr","PATIENT_NAME"),("Zieliński","PATIENT_NAME"),("Zielinski","PATIENT_NAME"),("Marek","RELATIVE_NAME"),("Bradford","ADDRESS"),("Obinna Eze","PATIENT_NAME"),("QQ 12 34 56 C","OTHER_ID")],
["PR","St George's Crypt","Flucloxacillin 1g qds","GCS 15","Thiamine 100mg tds","HC2","NRPF"])

D(23, "mini_cex", "Dr Hamid Rahimi",
"""Mini-CEX (assessor form)
Assessor: Dr Hamid Rahimi (GMC 7011846), specialty doctor - this is evidence of my role as an assessor
Trainee assessed: Dr Oluwaseun Fashola, FY2, GMC 7654321
Setting: Ward 22 (Acute Frailty), Ninewells Hospital
Case: 87F, delirium, 4AT 8, constipation + urinary retention. The trainee took a collateral history from the patient's daughter (Mrs Pamela Soutar) by phone.
Focus: assessing capacity under the Adults with Incapacity (Scotland) Act 2000.
Strengths: Oluwaseun used the 4AT correctly and explained "delirium" in plain English. Improvement: Dr Fashola should document the AWI section 47 certificate.
Overall: meets expectations for F2.
Countersigned: Dr Catriona Lamont, Educational Supervisor""",
[("Oluwaseun Fashola","COLLEAGUE_NAME"),("Oluwaseun","COLLEAGUE_NAME"),("Fashola","COLLEAGUE_NAME"),("7654321","GMC_NUMBER"),("Pamela Soutar","RELATIVE_NAME")],
["Dr Hamid Rahimi","GMC 7011846","Ward 22 (Acute Frailty)","Ninewells Hospital","87F","4AT 8","Adults with Incapacity (Scotland) Act 2000","section 47","Dr Catriona Lamont"])

D(24, "letter_to_patient", "Dr Eleanor Price",
"""Moorside Medical Practice
Moor Lane, Huddersfield HD4 6TT  Tel 01632 960700

14 May 2025

Mr Clifford "Cliff" Oyelowo-Barnes
Flat 3B, Jubilee House
Almondbury Bank
Huddersfield HD5 8XL

Dear Cliff,

Your recent blood tests
Your HbA1c has come down from 78 to 54 mmol/mol since starting empagliflozin (Jardiance) 10 mg. Well done. Your kidney function (eGFR 61) is stable. Please keep taking metformin 1 g twice a day.
Please book your foot check with our nurse Joy at the Almondbury branch surgery. You can also book online at https://moorside.example.nhs.uk/book?pid=C0192.
Best wishes,
Dr Eleanor Price, GP Partner""",
[("Clifford","PATIENT_NAME"),("Cliff","PATIENT_NAME"),("Oyelowo-Barnes","PATIENT_NAME"),("Flat 3B, Jubilee House\nAlmondbury Bank\nHuddersfield","ADDRESS"),("HD5 8XL","POSTCODE"),("Joy","COLLEAGUE_NAME"),("https://moorside.example.nhs.uk/book?pid=C0192","URL"),("01632 960700","PHONE")],
["Moorside Medical Practice","Dr Eleanor Price","HbA1c","54 mmol/mol","empagliflozin (Jardiance) 10 mg","eGFR 61","metformin 1 g"])

D(25, "ed_handover_shorthand", "Dr Siobhan Gallagher",
"""ed board 07:45 - SG handing to day team
maj 1  jones 80s  #NOF R, fascia iliaca block 30ml 0.25% levobupi 06:10, ortho aware, nok dtr
maj 2  Mr J. Jones (different one!! Jeffrey) 45  chest pain, trop 8 -> 11, HEART 3, home w/ RACPC
maj 4  gypsy/traveller family - Mary Kate Doherty 2y + mum Bridget. croup, Westley 4, dex 0.15mg/kg. Site: Sandy Lane Traveller site plot 9
maj 7  frequent attender "Shirley from the chippy" (Shirley Pemberton) - 47th attendance this yr, ED attendance no. 25/118204
resus 2  unknown male "Trauma Zulu 4" - now ID'd by police as Mihai Popescu, 28, RTC, FAST neg, CTTAP done
cubicle 9  staff member - HCA Deborah from ward 12 - needlestick, source bloods sent, PEP not indicated
SG""",
[("jones","PATIENT_NAME"),("J. Jones","PATIENT_NAME"),("Jeffrey","PATIENT_NAME"),("Mary Kate Doherty","PATIENT_NAME"),("Bridget","RELATIVE_NAME"),("Sandy Lane Traveller site plot 9","ADDRESS"),("Shirley from the chippy","PATIENT_NAME"),("Shirley Pemberton","PATIENT_NAME"),("25/118204","HOSPITAL_NUMBER"),("Trauma Zulu 4","OTHER_ID"),("Mihai Popescu","PATIENT_NAME"),("Deborah","PATIENT_NAME")],
["SG","#NOF R","fascia iliaca block","0.25% levobupi","trop 8 -> 11","HEART 3","RACPC","Westley 4","dex 0.15mg/kg","FAST neg","ward 12","PEP"])

D(26, "gp_telephone_consult_log", "Dr Priya Raghunathan",
"""tel triage list am 22/09 - dr raghunathan
08:31 mrs bibi (Hajra) re son Ayaan 4y, wheeze, salbutamol 10 puffs via spacer helping -> f2f 10:20
08:40 Frank (the one from the allotments, Mr Lightfoot) ?gout, colchicine 500mcg bd, U&E
08:52 Mr Summer (Tobias) - wants sick note, back pain, fit note 2/52 issued
09:05 Ms Rain Castellanos-Whyte, 17, ?pregnant, consent for 16-17 ok, Gillick competent, LMP 6/52
09:20 Grace Abimbola-Ogunyemi - repeat sertraline 100mg, PHQ-9 9, improving
09:33 pharmacist from Well Pharmacy Dewsbury Rd re "Nanna Mo" (Maureen Haigh) dosette box - query dose
all done PR""",
[("bibi","PATIENT_NAME"),("Hajra","RELATIVE_NAME"),("Ayaan","PATIENT_NAME"),("Frank","PATIENT_NAME"),("Lightfoot","PATIENT_NAME"),("Summer","PATIENT_NAME"),("Tobias","PATIENT_NAME"),("Rain Castellanos-Whyte","PATIENT_NAME"),("Grace Abimbola-Ogunyemi","PATIENT_NAME"),("Nanna Mo","PATIENT_NAME"),("Maureen Haigh","PATIENT_NAME"),("Well Pharmacy Dewsbury Rd","ADDRESS")],
["dr raghunathan","PR","salbutamol 10 puffs","colchicine 500mcg bd","fit note 2/52","Gillick competent","sertraline 100mg","PHQ-9 9"])
