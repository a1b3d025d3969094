from b1 import d
A="Dr Rhys ap Gwilym"
d("clinic_letter",A,"""Bwrdd Iechyd Prifysgol Betsi Cadwaladr University Health Board
Old Age Psychiatry - Ysbyty Gwynedd, Bangor
Our ref: RAG/OAP/4471   Your ref: GW/CMHT/902
Dr Elin Roberts
Meddygfa Llanberis, Llanberis, Gwynedd LL55 4TT

Dear Dr Roberts,
Re: Mr Gwilym Pritchard (Wil), "Bryn Awel", Ffordd yr Orsaf, Llanrug LL55 4AB   NHS no. 634 118 2295   DOB 03/12/1940
Diagnosis: Dementia with Lewy bodies (F02.8). ACE-III 71/100. Visual hallucinations of "pobl fach" (little people) in the garden.
Plan: rivastigmine patch 4.6 mg/24 h; avoid haloperidol. Wil's wife, Mrs Nia Pritchard, prefers to be spoken to in Welsh - her number is 01632 960554.
Yn gywir,
Dr Rhys ap Gwilym, Specialty Doctor, GMC 7234561""",
[("RAG/OAP/4471","REFERENCE_NUMBER"),("GW/CMHT/902","REFERENCE_NUMBER"),("Dr Elin Roberts","COLLEAGUE_NAME"),("Dr Roberts","COLLEAGUE_NAME"),("Meddygfa Llanberis, Llanberis, Gwynedd","ADDRESS"),("LL55 4TT","POSTCODE"),("Mr Gwilym Pritchard","PATIENT_NAME"),("Wil","PATIENT_NAME"),("\"Bryn Awel\", Ffordd yr Orsaf, Llanrug","ADDRESS"),("LL55 4AB","POSTCODE"),("634 118 2295","NHS_NUMBER"),("Mrs Nia Pritchard","RELATIVE_NAME"),("01632 960554","PHONE")],
["Ysbyty Gwynedd","Betsi Cadwaladr University Health Board","03/12/1940","Dementia with Lewy bodies","F02.8","ACE-III 71/100","rivastigmine patch 4.6 mg/24 h","haloperidol","Dr Rhys ap Gwilym","GMC 7234561","Yn gywir"])
d("mental_health_act",A,"""Mental Health Act 1983 - Section 2 assessment record (Wales)
Patient: Megan Haf Llewelyn, 79F, DOB 21/06/1946, of Tŷ Capel, Pontrhydfendigaid, Ceredigion SY25 6BA. Hospital no. BRO-7730215.
AMHP: Mr Dafydd Owain Jenkins. Second doctor: Dr Menna Thomas (s12 approved), GMC 6543210.
Nearest relative: son Huw Llewelyn, Aberystwyth, 07700 900834 - informed; did not object.
Mrs Llewelyn has stopped eating, believing the food is poisoned ("gwenwyn yn y bwyd"). Severe depressive episode with psychotic symptoms (F32.3).
Admitted to Ward Afallon, Bronglais Hospital. 
Recommending doctor: Dr Rhys ap Gwilym (s12 approved)""",
[("Megan Haf Llewelyn","PATIENT_NAME"),("Tŷ Capel, Pontrhydfendigaid, Ceredigion","ADDRESS"),("SY25 6BA","POSTCODE"),("BRO-7730215","HOSPITAL_NUMBER"),("Mr Dafydd Owain Jenkins","COLLEAGUE_NAME"),("Dr Menna Thomas","COLLEAGUE_NAME"),("6543210","GMC_NUMBER"),("Huw Llewelyn","RELATIVE_NAME"),("Aberystwyth","ADDRESS"),("07700 900834","PHONE"),("Mrs Llewelyn","PATIENT_NAME")],
["Mental Health Act 1983","Section 2","21/06/1946","79F","F32.3","Ward Afallon","Bronglais Hospital","Dr Rhys ap Gwilym","s12 approved"])
d("reflective_writing",A,"""Reflective note: speaking Welsh to a frightened man
Mr Iolo Bowen was 84 and had lived all his life at Pen-y-Graig farm above Tregaron. On the ward he shouted at the nursing staff in English and was prescribed lorazepam. When I spoke to him in Welsh - "Mae'n iawn, Mr Bowen, dych chi yn yr ysbyty" - he settled within minutes. His daughter Carys told me he had lost most of his English as his dementia advanced.
I raised this with the ward manager, Sister Bethan Morgan, and we now record first language on admission. My educational supervisor, Dr Siân Hughes, discussed this reflection with me on 10/10/2025.""",
[("Mr Iolo Bowen","PATIENT_NAME"),("Pen-y-Graig farm above Tregaron","ADDRESS"),("Mr Bowen","PATIENT_NAME"),("Carys","RELATIVE_NAME"),("Sister Bethan Morgan","COLLEAGUE_NAME")],
["lorazepam","Dr Siân Hughes","84","10/10/2025","Mae'n iawn"])
d("capacity_assessment",A,"""Mental Capacity Act 2005 - Assessment of capacity: decision about place of residence
Person: Eirlys Vaughan-Prosser   NHS 712 448 9031   Hospital no. WGH 0558121
Lives: Hafod Wen, Heol y Llan, Llandeilo SA19 6HN
Decision: return home vs residential care.
She could understand that she had fallen five times (Tinetti 12/28), but could not weigh the risk; she repeatedly said "Mam will come and help", her mother having died in 1979. Lacks capacity for this decision.
Best interests meeting to include her niece, Ms Rhiannon Prosser (rhiannon.prosser@example.net), and social worker Gareth Lloyd.
Assessor: Dr Rhys ap Gwilym, Glangwili General Hospital""",
[("Eirlys Vaughan-Prosser","PATIENT_NAME"),("712 448 9031","NHS_NUMBER"),("WGH 0558121","HOSPITAL_NUMBER"),("Hafod Wen, Heol y Llan, Llandeilo","ADDRESS"),("SA19 6HN","POSTCODE"),("Ms Rhiannon Prosser","RELATIVE_NAME"),("rhiannon.prosser@example.net","EMAIL"),("Gareth Lloyd","COLLEAGUE_NAME")],
["Mental Capacity Act 2005","Tinetti 12/28","Glangwili General Hospital","Dr Rhys ap Gwilym","1979"])
d("email",A,"""From: Rhys ap Gwilym <rhys.apgwilym@wales.nhs.uk>
To: Sue Bevan <sue.bevan@wales.nhs.uk>
Date: 4 Nov 2025 16:02
Subject: Mrs Parry - memory clinic DNA x2

Hi Sue,
Mrs Olwen Parry (Gwynedd ref MC-23-1180) has not attended twice. Her neighbour, Mr Tecwyn Hughes at Maes Hyfryd, Penygroes, phoned to say she's been wandering to the Co-op at night. Could the CMHT nurse, Aled, do a home visit this week? Her landline is 01632 960297.
Diolch,
Rhys""",
[("Sue Bevan","COLLEAGUE_NAME"),("sue.bevan@wales.nhs.uk","EMAIL"),("Mrs Parry","PATIENT_NAME"),("Mrs Olwen Parry","PATIENT_NAME"),("MC-23-1180","REFERENCE_NUMBER"),("Mr Tecwyn Hughes","RELATIVE_NAME"),("Maes Hyfryd, Penygroes","ADDRESS"),("Aled","COLLEAGUE_NAME"),("01632 960297","PHONE"),("Sue","COLLEAGUE_NAME")],
["Rhys ap Gwilym","rhys.apgwilym@wales.nhs.uk","Rhys","CMHT","Diolch"])
d("mdt_notes",A,"""Older Adult CMHT - MDT minutes, Dolgellau, 17/09/2025
Present: Dr R ap Gwilym (chair), Dr Siân Hughes (consultant), CPN Aled Rowlands, OT Ffion Edwards
1. GH (Gareth Humphreys, 76M, Blaenau Ffestiniog) - MoCA 18/30; donepezil 5 mg started; LPA (health) held by son Deiniol.
2. E ap I - Elis ap Ioan, 81M, Bala - agitation in Plas y Dre care home; antipsychotic review per NICE NG97. Quetiapine 12.5 mg to be stopped.
3. New referral from Dr Llinos Wyn, Harlech surgery: Mrs Dilys Jones-Edwards, ?FTD.""",
[("CPN Aled Rowlands","COLLEAGUE_NAME"),("OT Ffion Edwards","COLLEAGUE_NAME"),("GH","PATIENT_NAME"),("Gareth Humphreys","PATIENT_NAME"),("Blaenau Ffestiniog","ADDRESS"),("Deiniol","RELATIVE_NAME"),("E ap I","PATIENT_NAME"),("Elis ap Ioan","PATIENT_NAME"),("Bala","ADDRESS"),("Dr Llinos Wyn","COLLEAGUE_NAME"),("Mrs Dilys Jones-Edwards","PATIENT_NAME")],
["Dr R ap Gwilym","Dr Siân Hughes","MoCA 18/30","donepezil 5 mg","NICE NG97","Quetiapine 12.5 mg","Plas y Dre care home","76M","81M"])
C="Dr Angharad Powell"
d("gp_consultation",C,"""Meddygfa Bro Ddyfi, Machynlleth - Dr A Powell - 11/03/2026 10:20
Mr Emyr Rhydderch 58M, NHS 482 199 0366, Cefn Coch, Commins Coch SY20 8LS. Mob 07700 900455.
Farmer. Chest pain carrying lambs at 2am, 20 min, settled. ECG: ST depression V4-6. 
Sent via WAST (incident 1187722) to Bronglais. Aspirin 300 mg given. Wife Glenys accompanied.
Called medical reg Dr Owain Price to accept.""",
[("Mr Emyr Rhydderch","PATIENT_NAME"),("482 199 0366","NHS_NUMBER"),("Cefn Coch, Commins Coch","ADDRESS"),("SY20 8LS","POSTCODE"),("07700 900455","PHONE"),("1187722","REFERENCE_NUMBER"),("Glenys","RELATIVE_NAME"),("Dr Owain Price","COLLEAGUE_NAME")],
["Meddygfa Bro Ddyfi","Dr A Powell","58M","ST depression V4-6","Aspirin 300 mg","Bronglais","WAST"])
d("reflective_writing",C,"""Reflection on a home death in Cwm Maethlon
Hefin, as everyone called Mr Hefin Gruffydd, died at his cottage, Nant-y-Fedw, in Cwm Maethlon, in the bed his father died in. I had seen him every week for three months. The just-in-case medicines (morphine sulfate 2.5-5 mg SC, midazolam 2.5 mg SC, levomepromazine 6.25 mg) were in the house. District nurse Menna Parry and I verified the death at 06:15 while his partner Elfed made tea for everyone, as he said Hefin would have wanted.
I discussed this with my GP appraiser, Dr Gwyn Edwards, who signed off this reflection. My learning: earlier anticipatory prescribing conversations, and the value of continuity in a single-handed rural practice.""",
[("Hefin","PATIENT_NAME"),("Mr Hefin Gruffydd","PATIENT_NAME"),("Nant-y-Fedw","ADDRESS"),("Cwm Maethlon","ADDRESS"),("Menna Parry","COLLEAGUE_NAME"),("Elfed","RELATIVE_NAME")],
["morphine sulfate 2.5-5 mg SC","midazolam 2.5 mg SC","levomepromazine 6.25 mg","06:15","Dr Gwyn Edwards"])
d("complaint_response",C,"""Practice complaint ref BDD/C/2025/07
Annwyl Mr Davies,
Thank you for your letter of 2 June regarding your mother, Mrs Gwenllian Davies of 3 Stryd Maengwyn, Machynlleth SY20 8EB. You were unhappy that the locum, Dr Marcus Field, did not visit on 28 May. I have reviewed the telephone notes: her oxygen saturation was reported as 91% and the call should have been escalated. I apologise.
We have now introduced a rule that any housebound patient with SpO2 below 94% receives a same-day visit.
Yn gywir, Dr Angharad Powell, Partner""",
[("BDD/C/2025/07","REFERENCE_NUMBER"),("Mr Davies","RELATIVE_NAME"),("Mrs Gwenllian Davies","PATIENT_NAME"),("3 Stryd Maengwyn, Machynlleth","ADDRESS"),("SY20 8EB","POSTCODE"),("Dr Marcus Field","COLLEAGUE_NAME")],
["91%","SpO2 below 94%","Dr Angharad Powell","Annwyl","Yn gywir"])
d("referral_letter",C,"""To: Ophthalmology, Singleton Hospital, Swansea - urgent
From: Dr Angharad Powell, Meddygfa Bro Ddyfi
Patient: Tomos Ll. Bevan ("Twm"), 67M, NHS 519 337 2040, of Llys Eifion, Aberdyfi LL35 0EE, phone 01632 960871
Sudden painless loss of vision R eye this morning, VA R 6/60, L 6/9. RAPD on R. Fundus: cherry-red spot. Suspected CRAO. ESR 62.
Already on atorvastatin 40 mg. Wife Eluned drives.""",
[("Tomos Ll. Bevan","PATIENT_NAME"),("Twm","PATIENT_NAME"),("519 337 2040","NHS_NUMBER"),("Llys Eifion, Aberdyfi","ADDRESS"),("LL35 0EE","POSTCODE"),("01632 960871","PHONE"),("Eluned","RELATIVE_NAME")],
["Singleton Hospital","Dr Angharad Powell","VA R 6/60","6/9","RAPD","cherry-red spot","CRAO","ESR 62","atorvastatin 40 mg","67M"])
d("teaching_feedback",C,"""Medical student placement feedback - Cardiff University C21 rural track, Machynlleth
Supervisor: Dr Angharad Powell
Student: Ms Lowri Cadwaladr (Year 4) - "Dr Powell let us run the Tuesday diabetes clinic with her watching; best week of the year."
Student: Mr Ibrahim Sesay (Year 4) - "Home visits to Corris and Pennal showed me what rural GP is."
Overall 4.9/5. Verified by Prof. Rhian Goodfellow, Cardiff University.""",
[("Ms Lowri Cadwaladr","COLLEAGUE_NAME"),("Mr Ibrahim Sesay","COLLEAGUE_NAME")],
["Dr Angharad Powell","Dr Powell","Prof. Rhian Goodfellow","Cardiff University","4.9/5","Corris and Pennal"])
E="Dr Owain Tudur"
d("operation_note",E,"""Ysbyty Glan Clwyd - Trauma & Orthopaedics - Operation note
Patient: Bronwen Ellis-Hughes  DOB 15/08/1939  MRN G4418207  NHS 401 772 6518
Procedure: Right hemiarthroplasty (cemented, Exeter V40 stem, 44 mm Unitrac head) for displaced intracapsular NOF fracture (Garden IV).
Surgeon: Dr Owain Tudur (GMC 7345670). Assistant: Mr Kamal Haddad (ST4). Anaesthetist: Dr Nerys Lewis.
Approach: Hardinge. EBL 300 mL. Tranexamic acid 1 g IV at induction.
Post-op: full weight bearing, enoxaparin 40 mg SC OD 28 days. Check Hb day 1.""",
[("Bronwen Ellis-Hughes","PATIENT_NAME"),("G4418207","HOSPITAL_NUMBER"),("401 772 6518","NHS_NUMBER"),("Mr Kamal Haddad","COLLEAGUE_NAME"),("Dr Nerys Lewis","COLLEAGUE_NAME")],
["Ysbyty Glan Clwyd","15/08/1939","Exeter V40","44 mm Unitrac","Garden IV","Dr Owain Tudur","GMC 7345670","Hardinge","Tranexamic acid 1 g IV","enoxaparin 40 mg SC OD"])
d("ocr_scan",E,"""Cwm Taf Morgannwg UHB ~ Prince Charles Hospital, Merthyr Tydfil
FRACTURE CLINIC   Dr O. Tudur
Pt: Kyle Pugh-Watkins   DOB O2/O4/2OO1   Hosp no PCH-O92183l
12 Heo1 Tai Mawr, Aberdâr CF44 8RN      Tel 07700 9OO903
Scaphoid waist # (L), undisp1aced. Cast 6/52. CT at 2/52.
Mother: Mrs Sharon Pugh  ~~  seen w/ physio Tanya Rees
sig. [illegible] O. Tudur""",
[("Kyle Pugh-Watkins","PATIENT_NAME"),("PCH-O92183l","HOSPITAL_NUMBER"),("12 Heo1 Tai Mawr, Aberdâr","ADDRESS"),("CF44 8RN","POSTCODE"),("07700 9OO903","PHONE"),("Mrs Sharon Pugh","RELATIVE_NAME"),("Tanya Rees","COLLEAGUE_NAME")],
["Prince Charles Hospital","Dr O. Tudur","DOB O2/O4/2OO1","Scaphoid waist","Cast 6/52","O. Tudur"])
d("incident_response",E,"""Datix W-CTM-2025-33104 / Patient Safety Wales notification NRI-25-0442
Wrong-site block: on 19/06/2025, a left ankle block was started on Mr Alun Bevan-Rees (MRN PCH-0771349) listed for right ankle ORIF. The error was noticed by ODP Jason Price before injection of more than 2 mL of levobupivacaine 0.5%. The WHO checklist "stop before you block" had not been performed. Anaesthetist: Dr Rebecca Ormerod.
I met Mr Bevan-Rees and his wife Delyth and explained what happened under the duty of candour.
Reviewed by Dr Owain Tudur with Mr Geraint Price, Clinical Director (verifier).""",
[("W-CTM-2025-33104","REFERENCE_NUMBER"),("NRI-25-0442","REFERENCE_NUMBER"),("Mr Alun Bevan-Rees","PATIENT_NAME"),("PCH-0771349","HOSPITAL_NUMBER"),("ODP Jason Price","COLLEAGUE_NAME"),("Dr Rebecca Ormerod","COLLEAGUE_NAME"),("Mr Bevan-Rees","PATIENT_NAME"),("Delyth","RELATIVE_NAME")],
["levobupivacaine 0.5%","2 mL","WHO checklist","stop before you block","Dr Owain Tudur","Mr Geraint Price","ORIF","duty of candour"])
d("handover_list",E,"""T&O trauma list Glan Clwyd Sat - OT (Dr Tudur on)
1. Ceridwen Lloyd-Jones 88F L NOF, AMTS 6/10, for DHS. NOF no. NHFD 2291-33. 
2. "Dai Bach" - David Pryce 42M, tib plateau Schatzker V, ex-fix then transfer to Wrexham Maelor (Mr Ashok Venugopal accepting).
3. LM 15M distal radius, MUA + K-wires; mum (Mrs Lisa Mostyn) consented, 07700 900761.
Theatre 4 from 08:30.""",
[("Ceridwen Lloyd-Jones","PATIENT_NAME"),("NHFD 2291-33","OTHER_ID"),("\"Dai Bach\"","PATIENT_NAME"),("David Pryce","PATIENT_NAME"),("Mr Ashok Venugopal","COLLEAGUE_NAME"),("LM","PATIENT_NAME"),("Mrs Lisa Mostyn","RELATIVE_NAME"),("07700 900761","PHONE")],
["Dr Tudur","AMTS 6/10","DHS","Schatzker V","Wrexham Maelor","MUA + K-wires","Theatre 4","08:30","88F"])
d("wpba",E,"""DOPS - Supervised learning event
Trainee assessed by applicant: Dr Hannah Okafor (CT2)
Assessor: Dr Owain Tudur, Specialty Doctor T&O, GMC 7345670
Procedure: application of above-knee POP for patient "RJ" (Rhodri James, 23M) at Wrexham Maelor ED.
Outcome: Level 3 - performed with minimal supervision. Good padding over fibular head (common peroneal nerve).""",
[("Dr Hannah Okafor","COLLEAGUE_NAME"),("RJ","PATIENT_NAME"),("Rhodri James","PATIENT_NAME")],
["Dr Owain Tudur","GMC 7345670","Wrexham Maelor","Level 3","common peroneal nerve","23M","POP"])
