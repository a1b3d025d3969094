P,R,C,A,PC,T,E,N,H,REF,G,U,O="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
D=[]
def d(kind,app,text,ids,keep): D.append(dict(kind=kind,applicant=app,text=text,identifiers=[{"text":a,"type":b} for a,b in ids],keep=keep))
EM="Dr Olumide Adeyemi"; IM="Dr Priya Raghunathan"; PS="Dr Tomasz Wisniewski"; AN="Dr Eilidh MacKinnon"; GP="Dr Farhan Siddiqui"; PA="Dr Niamh Gallagher"; SU="Dr Mateo Ruiz-Castillo"

d("testimonial_letter",EM,"""To whom it may concern - testimonial for Dr Olumide Adeyemi (GMC 7281934)
I have worked with Dr Adeyemi since 2019 at the Royal Bramhall Infirmary. He is a safe and thoughtful clinician. I recall in particular his handling of the Tranter family after their toddler, Alfie, drowned in a garden pond in Willow Green in June 2021; the parents later asked for him by name at the child death review.
Dr Ruth Okonkwo, Consultant in Emergency Medicine and Clinical Lead, GMC 4120775, ruth.okonkwo@royalbramhall.nhs.uk""",
[("Tranter",P),("Alfie",P),("Willow Green",A),("GMC 4120775",G),("ruth.okonkwo@royalbramhall.nhs.uk",E)],
["Dr Olumide Adeyemi","GMC 7281934","Dr Adeyemi","Royal Bramhall Infirmary","Dr Ruth Okonkwo","June 2021"])

d("mdt_minutes",PA,"""Child Protection Medical peer review - St Wilfrid's Hospital - 16/05/2024
Chair: Dr Kwame Asante-Boateng. Presenting: Dr Niamh Gallagher.
Case 1: 5 m infant "baby W" (Winston Ogunleye-Price), SW/5610038 - bruise to cheek, ear; skeletal survey: 2 posterior rib fractures (healing). Ophthalmology (Mr Rajan Pillai): retinal haemorrhages bilaterally, multilayered. Father, Mr Desmond Price, gave an account of a fall from the changing mat.
Police: DC Lorraine Bickerstaff, Operation ref DUN/CAIT/24/338.
Outcome: findings consistent with inflicted injury; strategy meeting with Dunmere Children's Services (LA ref CS-24-19902).
Learning: use of RCPCH Child Protection Companion; photo documentation MI-90211.""",
[("\"baby W\"",P),("Winston Ogunleye-Price",P),("SW/5610038",H),("Mr Rajan Pillai",C),("Mr Desmond Price",R),("DC Lorraine Bickerstaff",C),("DUN/CAIT/24/338",REF),("CS-24-19902",REF),("MI-90211",O)],
["Dr Kwame Asante-Boateng","Dr Niamh Gallagher","St Wilfrid's Hospital","RCPCH Child Protection Companion","5 m infant","16/05/2024"])

d("cbd",IM,"""CbD - Internal Medicine - Assessor: Dr Benedict Oyelaran-Hughes (signed) - 03/03/2023
Doctor: Dr P. Raghunathan
Case summary: Ms Keziah Lomax-Reid, 31, pregnant (24/40), came to AMU from Westcombe Community Midwives with pleuritic chest pain. Wells score 1.5 (not validated in pregnancy). D-dimer not used. CTPA vs V/Q discussed with radiologist Dr Femi Coker; V/Q performed: high probability. Treatment: enoxaparin 1 mg/kg bd (weight 78 kg -> 80 mg bd), obstetric medicine follow-up (Dr Harper).
Her partner Jonah is a firefighter at Westcombe Central station and was not contactable.
Feedback: excellent reasoning on radiation dose; document counselling on breast dose.""",
[("Ms Keziah Lomax-Reid",P),("Dr Femi Coker",C),("Dr Harper",C),("Jonah",R),("Westcombe Central station",A)],
["Dr Benedict Oyelaran-Hughes","Dr P. Raghunathan","Wells score 1.5","enoxaparin 1 mg/kg bd","80 mg bd","24/40","AMU","CTPA"])

d("sms_screenshot_text",GP,"""(Text of a screenshot from the practice SMS system, AccuRx, pasted into my appraisal reflection)
To: 07700 900367 (Mrs Oyelaran-Bright)
"Hi Yetunde, this is Dr Siddiqui from Shirelands. Your smear result is back and needs a colposcopy - nothing to panic about. Please ring the surgery on 01632 960418 and ask for Dr Siddiqui. Sent via AccuRx 14/03/2023 16:02"
Reply: "ok thank u doc, can my sister Funmi come with me? I'm on nights at the Tesco Extra all week"
Reflection: result communication by SMS - consent, tone, follow-up (reviewed with Dr Margaret Oduya).""",
[("07700 900367",T),("Mrs Oyelaran-Bright",P),("Yetunde",P),("01632 960418",T),("Funmi",R),("the Tesco Extra",A)],
["Dr Siddiqui","Shirelands","AccuRx","Dr Margaret Oduya","14/03/2023 16:02"])

d("incident_statement",SU,"""Statement for Serious Incident investigation (StEIS 2024/7781; local ref KUH-SI-24-022)
Never Event: retained swab.
On 12/02/2024 I assisted Mr Geoffrey Pendlebury in an emergency laparotomy on a 68-year-old woman (KUH4102987). The swab count was performed by scrub nurse Angharad Wynne-Jones and circulator Tobias Marchetti and recorded as correct. The patient (Mrs Gillian Rudd, known as Jill) re-presented on 26/02/2024 with a collection; CT showed a radio-opaque marker. She lives at Lantern Cottage, Brackley Heath with her husband Eric.
I have reflected on my own role in the WHO Surgical Safety Checklist "sign out".
Dr Mateo Ruiz-Castillo""",
[("2024/7781",REF),("KUH-SI-24-022",REF),("Mr Geoffrey Pendlebury",C),("KUH4102987",H),("Angharad Wynne-Jones",C),("Tobias Marchetti",C),("Mrs Gillian Rudd",P),("Jill",P),("Lantern Cottage, Brackley Heath",A),("Eric",R)],
["Dr Mateo Ruiz-Castillo","WHO Surgical Safety Checklist","68-year-old woman","12/02/2024","Never Event"])

d("reflective_entry",PA,"""Reflection: breaking bad news on a Sunday

Layla (not her real name - no, it is her real name, I must change it before upload: Layla Haddad-Finch) was 14 and had come in with "tummy pain" that turned out to be a Wilms' tumour... I'm writing this months later. Her dad Omar and stepmum Caz were in the parents' room on Rainbow Ward. I used SPIKES. Omar asked if it was because they'd moved to the flat above the launderette on Wharf Street with the damp. I didn't know how to answer.
I debriefed with our play specialist Nikki and with Dr Asante-Boateng, who has seen this entry.""",
[("Layla",P),("Layla Haddad-Finch",P),("Omar",R),("Caz",R),("the flat above the launderette on Wharf Street",A),("Nikki",C)],
["Wilms' tumour","Rainbow Ward","SPIKES","Dr Asante-Boateng","14"])

d("epr_paste_results",AN,"""TrakCare > Results > Blood Gas   [printed 21/09/2023 03:44]
KINNAIRD, Struan (M) 45y   GR2265530   CHI: 1809784492   Ward: ICU Bed 3
pH 7.21  pCO2 8.9 kPa  pO2 9.1 kPa (FiO2 0.6)  HCO3 26  BE -2  Lactate 1.8  K+ 4.9
Comment: called to Dr MacKinnon (anaes reg) by SN Ailsa Cormack ext 4471
Operator: D. Ferrier (BMS)""",
[("KINNAIRD, Struan",P),("GR2265530",H),("1809784492",N),("SN Ailsa Cormack",C),("D. Ferrier",C)],
["Dr MacKinnon","ICU Bed 3","pH 7.21","pCO2 8.9 kPa","FiO2 0.6","Lactate 1.8","ext 4471","45y"])

d("psychiatry_letter",PS,"""Dear Mr Oduya-Barnes,
Thank you for your letter about your brother, Ezekiel. I understand your frustration that he was discharged from Willow Ward while you were away in Lagos. With Ezekiel's consent I can tell you that... [draft unsent - Ezekiel later withdrew consent; retained as evidence of confidentiality reasoning, discussed with Dr Fairweather]
Our ref: TW/ward/0412   Your ref: (email of 02/09) dayo.oduyabarnes@example.com
Dr T. Wisniewski""",
[("Mr Oduya-Barnes",R),("Ezekiel",P),("Lagos",A),("TW/ward/0412",REF),("dayo.oduyabarnes@example.com",E)],
["Willow Ward","Dr Fairweather","Dr T. Wisniewski"])

d("ed_case_list",EM,"""Night shift caseload (for CESR logbook) - 24/12/2022 - Royal Bramhall ED - Dr Adeyemi
Time  | Pt        | Age/Sex | Dx                           | Dispo
20:14 | J.K-A     | 3 M     | febrile convulsion            | paeds
21:02 | "Big Mick" (M. Flaherty) | 58 M | alcohol-related fall, head lac | home
22:40 | SO'B      | 24 F    | ectopic, Hb 92                | gynae theatre
00:15 | R.V.      | 77 M    | hyperkalaemia K+ 7.1          | AMU
03:30 | T-J W     | 16 M    | alcohol intox, GCS 12        | obs ward
Senior support: Dr Hamish Duthie (consultant on call, countersigned).""",
[("J.K-A",P),("\"Big Mick\"",P),("M. Flaherty",P),("SO'B",P),("R.V.",P),("T-J W",P)],
["Dr Adeyemi","Royal Bramhall ED","Dr Hamish Duthie","K+ 7.1","GCS 12","Hb 92","24/12/2022"])

d("anaesthetics_mcr",AN,"""Multiple Consultant Report (MCR) - summary released 30/06/2024 by Dr Gareth Llewellyn
Doctor: Dr Eilidh MacKinnon
Consultant comments:
- "Managed the obstetric haemorrhage (Mrs Fiadzigbe, 4.2 L) calmly, activated MHP appropriately." 
- "Needs to be firmer with surgical colleagues - e.g. Mr Okafor pushing to start with K+ 6.2."
- "Good teacher; CT2 Dr Beth Gillanders speaks highly of her."
Overall: ready for independent practice.""",
[("Mrs Fiadzigbe",P),("Mr Okafor",C),("Dr Beth Gillanders",C)],
["Dr Gareth Llewellyn","Dr Eilidh MacKinnon","4.2 L","MHP","K+ 6.2"])
