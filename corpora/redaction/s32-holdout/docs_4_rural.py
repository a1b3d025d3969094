A = "Dr Euan MacLachlan"
DOCS = [
("home_visit_note", A, """
HOME VISIT  [[Glenmorven Medical Practice]]   [[Dr E MacLachlan]]   [[Tue 06/02/2024]] [[13:20]]
<<P|Mr Angus 'Gus' Rennie>>  CHI <<N|0704391188>>  ([[DOB 07/04/1939]], M)
<<A|Achnacraig Farm, by Inverlarig>>  <<PC|PH49 7QJ>> - track past the second cattle grid, phone signal poor, landline <<T|01632 960087>>
Hx per son <<R|Donnie>> (runs the farm now): 2/7 confusion, not eating, fell in byre. 
O/E: T [[38.4]], HR [[104]], BP [[98/60]], [[RR 24]], SpO2 [[91% RA]]. [[NEWS2 8]]. Coarse creps R base. [[CURB-65 3]].
Plan: discussed admission - <<P|Gus>> says "I'm no going to Raigmore". Agreed admission to [[Strathcairn Community Hospital]] GP beds for [[IV co-amoxiclav 1.2 g tds]] (MacLachlan admitting). [[ReSPECT]] updated. Ambulance CAD <<REF|CAD 240206-0671>>.
"""),
("care_home_round_list", A, """
Weekly ward round - <<A|Birchwood House Care Home, Kirkton of Larig>> - [[Thu 08/02/2024]] - Dr E MacLachlan w/ senior carer <<C|Agnieszka>>
Rm | Resident        | CHI        | Issue                          | Action
2  | <<P|Mrs Isobel Fraser ("Bella")>> | <<N|1203298811>> | [[MUST 2]], wt [[44.1 kg]]          | [[fortisip]] bd, weekly wt
5  | <<P|Mr Hamish Dow>>   | <<N|2811350254>> | [[BPSD]], hitting out at night     | stop [[risperidone 0.5 mg]]? - discuss w/ daughter <<R|Kirsty>>; [[ABC chart]]
7  | <<P|Mrs J. McColl>>   | <<N|0506402279>> | [[grade 2 pressure ulcer]] sacrum  | DN referral; [[Waterlow 21]]
9  | <<P|"the Major">> (<<P|Col. R. Urquhart-Bell>>) | <<N|1901337460>> | [[AF]], [[CHA2DS2-VASc 5]] | cont [[apixaban 2.5 mg bd]] ([[age ≥80]], [[Cr 141]])
[[Anticipatory care plans]] reviewed: [[4/4]].
"""),
("significant_event_analysis", A, """
SIGNIFICANT EVENT ANALYSIS   [[Glenmorven Medical Practice]]   SEA no <<REF|SEA-2024-03>>   Meeting: [[14/03/2024]]
Facilitator: [[Dr Fiona Garvie]] (GP partner, clinical lead)   Author: [[Dr Euan MacLachlan]]
What happened: dispensary issued [[methotrexate 10 mg]] tablets instead of [[2.5 mg]] to <<P|Mrs E. Sinclair>> (<<A|Mill of Dalreoch>>), who was prescribed [[7.5 mg]] weekly. Picked up by her neighbour <<R|Mrs Tulloch>> who collects her meds and noticed "different tablets". No harm.
Contributing factors: both strengths on same shelf; locum dispenser <<C|Gary Lennox>> on first shift; no [[second check]].
Learning/actions: [[10 mg methotrexate]] removed from stock (per [[MHRA]] advice); shelf separation; [[SOP]] revised. Reported via [[Datix]] ref <<REF|NHSH-DX-77310>>.
Signed: [[Dr F Garvie]]
"""),
("dispensing_log_csv", A, """
"Date","Time","Patient","CHI","Item","Qty","Disp by","Checked by","Collected by"
"[[01/03/2024]]","[[09:12]]","<<P|RENNIE A>>","<<N|0704391188>>","[[Amoxicillin 500mg caps]]","[[21]]","<<C|LM>>","[[EM]]","son (<<R|D Rennie>>)"
"01/03/2024","09:40","<<P|SINCLAIR E>>","<<N|1507448120>>","[[Methotrexate 2.5mg tabs]]","12","<<C|GL>>","<<C|LM>>","neighbour <<R|J Tulloch>>"
"01/03/2024","10:05","<<P|MACRAE, W (Wullie)>>","<<N|2309517736>>","[[Co-codamol 30/500]]","[[100]]","LM","[[EM]]","self - post box at <<A|Larig Post Office>>"
"01/03/2024","11:30","<<P|DOW H>>","<<N|2811350254>>","[[Lorazepam 0.5mg]] (CD - [[Sch 4]])","[[14]]","LM","[[EM]]","<<A|Birchwood House>> driver"
"""),
("practice_meeting_minutes", A, """
Glenmorven practice meeting - minutes - [[Wed 10/04/2024]] 12:30 (no rep)
Present: [[Dr F Garvie]], [[Dr E MacLachlan]], <<C|Dr Pete Sumner>> (GP retainer), <<C|Morag Cattanach>> (practice manager), <<C|Lorna Munro>> (dispenser), <<C|Sr Eilidh Grant>> (DN)
1. Community hospital beds: [[Euan]] reported [[6]] admissions in March ([[mean LOS 5.5 days]]); one transfer out (<<P|the Kilbride lady>> - [[NSTEMI]]).
2. Complaint (ref <<REF|GMP-COMP-0424-02>>) from <<R|Mr Nairn>> re wait for home visit to his mother at <<A|Braeside, Glen Affric Road>> - EM to reply.
3. Flu/COVID clinics: [[84%]] uptake over-65s. Village hall booked (<<A|Inverlarig Village Hall>>) - key from <<R|Mrs Stoddart>> at the shop.
4. Next: [[08/05/2024]].
"""),
("community_hospital_discharge", A, """
[[Strathcairn Community Hospital]] - DISCHARGE LETTER
Patient: <<P|Angus RENNIE>>   DOB [[07/04/1939]]   CHI <<N|0704391188>>   Unit no <<H|SCH/88213>>
Admitted [[06/02/2024]]  Discharged [[13/02/2024]]   Consultant/GP in charge: [[Dr E MacLachlan]]
Dx: [[right lower lobe pneumonia]]; [[delirium]] (resolved, [[4AT 0]] at discharge)
Rx: [[IV co-amoxiclav]] 3/7 then [[oral co-amoxiclav 625 mg tds]] to complete [[7 days]]. CRP [[212]] -> [[34]].
Social: lives with son and daughter-in-law (<<R|Donald and Shona Rennie>>) at the farm; [[POC]] not required. [[Clinical Frailty Scale 5]].
To: <<C|Dr P Sumner>> (usual GP) / copy to patient
"""),
("sms_copy_paste", A, """
[copied from practice mobile - "on-call island cover" - Sat 17/02/2024]
<<T|07700 900455>> 07:58: dr its <<R|Kenny>> at <<A|Tighnabruach Cottage>>, the wife's waters have gone, baby not due till march, ferry not running till 11
EM 08:01: Kenny, phone 999 now and tell them [[preterm labour 34 weeks]]. I'm coming to you, 15 min. Keep <<P|Fiona>> (wife) lying on her left side
<<T|07700 900455>> 08:03: ok ambulance says helicopter
EM note: arrived 08:20, [[Cx ~6 cm]], [[cephalic]], [[nifedipine]] not given ([[advanced labour]]). [[Coastguard helicopter]] (incident <<REF|HMCG-240217-0089>>) to Glasgow [[08:55]]. Baby girl born at Princess Royal Maternity [[10:30]], [[2.3 kg]].
"""),
("referral_letter_ocr", A, """
[OCR - scanned outgoing referral]
G1enmorven Medica1 Practice, <<A|The O1d Schoo1house, Inver1arig>>  <<PC|PH49 7QD>>   te1 <<T|O1632 96O O8O>>
To: Consu1tant Orthopaedic Surgeon, Raigmore
Re: <<P|Mr Wi11iam Macrae>>   CHI <<N|23O9517736>>   DOB [[23/O9/1951]]
Retired ghil1ie on <<A|Dalreoch Estate>>. Severe L hip [[0A]] - [[Oxford Hip Score 11/48]], X-ray [[comp1ete 1oss of joint space]]. On [[co-codamo1 30/500]] 8/day. P1ease see re [[THR]].
Yours, E Mac1achlan
"""),
("cbd_community", A, """
CbD (community hospital) - Assessor: [[Dr Fiona Garvie]]  Applicant: [[Dr Euan MacLachlan]] [[GMC 6823370]]  Date: [[21/02/2024]]
Case: [[91 F]] with [[hip fracture]] managed conservatively in community hospital after family declined transfer; [[nerve block]] ([[fascia iliaca]], [[levobupivacaine 0.25% 30 mL]]) performed by EM.
Discussion: [[capacity assessment]], [[best interests]], involvement of granddaughter <<R|Rhona>> (welfare [[POA]]).
Rating: [[Competent]]; "excellent rural generalist decision-making."
"""),
("email_with_disclaimer", A, """
From: <<C|Morag Cattanach>> <<<E|morag.cattanach@nhs.example.scot>>>
To: [[MacLachlan Euan]] (Glenmorven MP)
Subject: the <<R|Nairn>> complaint - draft reply ok?

[[Euan]], I've changed "delay" to "wait" throughout. <<R|Mr Nairn>>'s daughter-in-law rang again - <<R|Caroline Nairn>>, <<T|01632 960362>> - she says old Mrs <<P|Jessie Nairn>> is "fine now" but wants an apology in writing. Complaint ref <<REF|GMP-COMP-0424-02>>.
<<C|Morag>>

<<C|Morag Cattanach>> | Practice Manager | Glenmorven Medical Practice
www: <<U|https://glenmorven-mp.example.scot>>
This message may contain confidential information. If you are not the intended recipient please inform the sender and delete. NHS Highland-area mail is scanned for viruses.
"""),
("extended_role_log", A, """
Extended role log - [[minor injuries unit]] & [[community hospital]] - Dr E MacLachlan - [[2023/24]]
month,MIU attendances seen,fractures managed,sutures,[[plaster casts]],GP beds admissions,deaths ([[expected]])
[[Oct]],41,6,12,5,7,2
[[Nov]],38,4,9,3,8,1
[[Dec]],52,9,14,7,6,3
notable: [[Nov]] - shotgun pellet injury, ghillie on <<A|Dalreoch Estate>> (police ref <<REF|PS-20231114-1872>>)
Verified: [[Dr Fiona Garvie]], Clinical Lead Strathcairn
"""),
("anticipatory_care_plan", A, """
KEY INFORMATION SUMMARY / ANTICIPATORY CARE PLAN
Name: <<P|Mrs Marion Kilbride>>   CHI <<N|1811420037>>   DOB [[18/11/1942]]   F
Address: <<A|2 Smiddy Row, Kirkton of Larig>>  <<PC|PH49 8AW>>
Carers/KIS contact: husband <<R|Tam Kilbride>> ([[deaf]]) - use daughter <<R|Elaine Mowat>> <<T|07700 900770>>
Dx: [[heart failure]] ([[HFrEF, EF 30%]]), [[CKD 3b]], [[T2DM]]. 
Wishes: [[DNACPR]] (form dated [[03/01/2024]]); prefers community hospital over Raigmore; "wants to be home for the <<A|Larig Games>> in August".
Just-in-case meds in house: [[morphine 10 mg/mL]], [[midazolam 10 mg/2 mL]], [[levomepromazine]], [[glycopyrronium]].
Completed by [[Dr E MacLachlan]] [[12/01/2024]]
"""),
("audit_report", A, """
Audit - [[Anticoagulation in AF]] in rural practice ([[Glenmorven Medical Practice]], list size [[2,940]])
Author: [[Dr Euan MacLachlan]]. Standard: [[NICE NG196]] - offer anticoagulation if [[CHA2DS2-VASc ≥2]].
Cycle 1 ([[Jan 2023]]): [[71/96]] ([[74%]]). Cycle 2 ([[Jan 2024]]): [[88/97]] ([[91%]]).
Unanticoagulated (n=9) include one patient on [[Fair Isle]]-style remote croft - <<P|Mr A.B.>> on <<A|Eilean Dubh>> - who declines INR monitoring; now on [[apixaban]].
Verified: [[Dr F Garvie]]
"""),
("teaching_log", A, """
Teaching - Dr E MacLachlan - [[rural emergency skills]] for [[BASICS Scotland]] responders and practice staff
[[09/03/2024]] - "[[Pre-hospital airway]] in the croft": [[11]] attendees incl. <<C|PC Callum Rae>> (local police) and retained firefighters from <<A|Inverlarig fire station>>. Feedback [[4.9/5]].
[[27/04/2024]] - "[[Sepsis]] in the glen": [[NEWS2]]/[[qSOFA]]; [[9]] attendees. Feedback 4.8/5.
Signed: [[Dr Fiona Garvie]]
"""),
("significant_event_sms_thread", A, """
SEA appendix - transcribed text messages (with consent) re missed visit
<<R|Shona>> ([[08:14]]): "Is the doctor coming for <<P|Gus>>? he's awful grey and sweaty"
reception (<<C|Chrissie>>) 08:20: "<<C|Dr Sumner>> has him on his list for after surgery"
<<R|Shona>> 11:52: "still nobody. hes not right"
EM 12:05: "Shona it's [[Dr MacLachlan]], I'm leaving now. If he gets chest pain call 999."
Outcome: [[inferior STEMI]], [[ECG]] at 12:40 by EM, [[aspirin 300 mg]], [[ticagrelor 180 mg]] given, retrieval to [[Golden Jubilee]] for [[PCI]]. Lesson: [[visit triage]] by clinician. 
"""),
("farm_injury_note", A, """
MIU note  [[Strathcairn Community Hospital]]  [[17/05/2024]] [[16:10]]  MIU no <<H|MIU-24-00412>>
<<P|Lachie Moffat>>, [[16 M]], [[DOB 02/02/2008]], <<A|Balnagown Steading>>, works weekends for <<R|his uncle Rab>>.
Crush injury R hand between quad bike and gate. [[Tetanus]]: up to date. [[Mallet finger]] ([[R middle]]), [[nail bed laceration]] - repaired, [[6/0 vicryl rapide]]. [[X-ray]]: [[no bony injury]].
HSE? - under-18 on farm: discussed with [[Dr Garvie]]; RIDDOR not required (family farm, not employed). School (<<A|Larig High School>>) letter for PE.
Dr E MacLachlan
"""),
("appraisal_summary", A, """
Annual appraisal summary ([[2023/24]]) - [[Dr Euan MacLachlan]] ([[GMC 6823370]])
Appraiser: [[Dr Kenneth Broadfoot]]
Scope: GP partner ([[6 sessions]]), [[community hospital]] GP beds & MIU ([[2 sessions]]), [[BASICS]] responder.
CPD: [[62 credits]]. QI: AF anticoagulation audit; [[methotrexate SEA]]. Feedback: [[MSF]] and [[PSQ]] completed.
PDP: [[ultrasound (POCUS) course]]; [[palliative care]] update.
"""),
("whatsapp_group_export", A, """
[WhatsApp export - "Larig First Responders"]
[[[12/06/2024]], 22:17] <<C|Iain (FR)>>: on scene <<A|Larig Bridge layby>>, motorbike v deer, rider conscious, GCS 14
[12/06/2024, 22:19] EM: coming. [[c-spine]] precautions. name?
[12/06/2024, 22:20] <<C|Iain (FR)>>: <<P|Stuart Fyfe>> from <<A|Dalmore Cottages>>, 38, his wife <<R|Jen>> on way
[12/06/2024, 22:48] EM: [[GCS 14]] -> [[15]], [[femoral shaft #]] L, traction splint ([[Kendrick]]), [[IN fentanyl 100 mcg]]. Air ambulance <<REF|SCAA-240612-0331>>.
"""),
("patient_questionnaire_free_text", A, """
PSQ free text - Dr MacLachlan - [[2024]]
"[[Dr Euan]] came out to the lambing shed to see my husband. Can't thank him enough - <<R|Mrs Peggy Laird>>, <<A|Corriebeg>>"
"Very thorough with my mum"
"Wish he wasn't leaving the practice on Fridays for the hospital"
Collated by <<C|Morag Cattanach>>; verified by [[Dr Fiona Garvie]]
"""),
]
