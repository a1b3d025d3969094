A="Dr Catriona Morrison"
D=[]
def d(kind,app,text,ids,keep): D.append(dict(kind=kind,applicant=app,text=text,identifiers=[{"text":a,"type":b} for a,b in ids],keep=keep))
d("discharge_summary",A,"""NHS Highland - Raigmore Hospital, Inverness
Acute Medical Unit - Discharge Summary
Patient: Ruaridh MacAskill   CHI: 0703481129   Unit no: H0456721
Address: 4 Sgoil Road, Portree, Isle of Skye IV51 9EJ
DOB: 07/03/1948   Sex: Male
Admitted 02/11/2025 with community-acquired pneumonia, CURB-65 score 3. Lactate 3.1 mmol/L, CRP 287 mg/L.
Treated with co-amoxiclav 1.2 g IV TDS and clarithromycin 500 mg BD, stepped down to oral on day 3.
Mr MacAskill's daughter, Peigi, will collect him; she has been asked to phone the ward (01632 960412) with any concerns.
GP: Dr Lachlan Boyd, Portree Medical Centre.
Discharging doctor: Dr Catriona Morrison, Specialty Doctor, GMC 7123456""",
[("Ruaridh MacAskill","PATIENT_NAME"),("MacAskill","PATIENT_NAME"),("0703481129","NHS_NUMBER"),("H0456721","HOSPITAL_NUMBER"),("4 Sgoil Road, Portree, Isle of Skye","ADDRESS"),("IV51 9EJ","POSTCODE"),("Peigi","RELATIVE_NAME"),("01632 960412","PHONE"),("Dr Lachlan Boyd","COLLEAGUE_NAME")],
["Raigmore Hospital","Acute Medical Unit","07/03/1948","CURB-65 score 3","co-amoxiclav 1.2 g IV TDS","clarithromycin 500 mg BD","Lactate 3.1 mmol/L","Dr Catriona Morrison","GMC 7123456"])
d("handover_list",A,"""AMU night handover 14/01/2026 - Dr C Morrison (SpR) to day team
Bed 3  Seonag Mhoireasdan 82F  CHI 1208431670  ?UTI/delirium, 4AT 6, awaiting urine culture
Bed 7  "Wee Jimmy" Cairns 67M  NEWS2 5, AF rate 140, digoxin loaded 500 micrograms
Bed 9  Eilidh NicLeòid 34F  DKA, FRIII running, pH 7.18 -> 7.29, K+ 4.1
Bed 12 Tormod Mac an t-Saoir 91M  for ReSPECT discussion with son Calum (07700 900381)
Jobs: chase CT head for bed 3; ask Dr Fraser Imrie (reg on call) re bed 7 echo.""",
[("Seonag Mhoireasdan","PATIENT_NAME"),("1208431670","NHS_NUMBER"),("\"Wee Jimmy\" Cairns","PATIENT_NAME"),("Eilidh NicLeòid","PATIENT_NAME"),("Tormod Mac an t-Saoir","PATIENT_NAME"),("Calum","RELATIVE_NAME"),("07700 900381","PHONE"),("Dr Fraser Imrie","COLLEAGUE_NAME")],
["Dr C Morrison","4AT 6","NEWS2 5","digoxin loaded 500 micrograms","pH 7.18","K+ 4.1","ReSPECT","Bed 12","AMU"])
d("reflective_writing",A,"""Reflection: a death on the Western Isles transfer

In March I looked after a 58-year-old crofter from Lochmaddy, Donnie Iain MacDonald, flown in by the Scottish Ambulance Service air wing (CAD 2403-1187) with a massive upper GI bleed. His wife Morag travelled separately on the CalMac ferry and arrived four hours after he died. I had phoned her twice on 01632 960078 and both times the line dropped somewhere off Uist.

What I learned: the Glasgow-Blatchford score of 16 should have triggered an earlier call to the surgical team; I waited for the Rockall. Dr Ewan Stout, the FY2 who cannulated him, was superb and I told him so. My supervisor, Dr Helen Barclay, went through the case with me and we agreed I would teach the AMU juniors on massive transfusion protocol.

Donnie's brother, known to everyone in Benbecula as "Dòmhnall Beag", later wrote to the ward thanking the nurses.""",
[("Lochmaddy","ADDRESS"),("Donnie Iain MacDonald","PATIENT_NAME"),("Donnie","PATIENT_NAME"),("CAD 2403-1187","REFERENCE_NUMBER"),("Morag","RELATIVE_NAME"),("01632 960078","PHONE"),("Dr Ewan Stout","COLLEAGUE_NAME"),("Dòmhnall Beag","RELATIVE_NAME"),("Benbecula","ADDRESS")],
["Glasgow-Blatchford score of 16","Rockall","Dr Helen Barclay","Scottish Ambulance Service","58-year-old","massive transfusion protocol"])
d("capacity_assessment",A,"""Adults with Incapacity (Scotland) Act 2000 - Section 47 certificate, supporting note
Adult: Agnes Jamieson (known as Nessie)   DOB 22/09/1936   CHI 2209366542
Residence: Clachan Cottage, Kilmory, Isle of Arran KA27 8PQ
Welfare guardian: nephew, Mr Gordon Jamieson, tel 020 7946 0833
Assessment: Mrs Jamieson could not retain information about the proposed PEG for long enough to weigh it. MMSE 14/30. Diagnosis: Alzheimer's disease with vascular component (ICD-10 F00.2).
Consulted: Staff Nurse Fiona Lennie, Ward 2, Arran War Memorial Hospital.
Certificate issued by Dr Catriona Morrison (GMC 7123456), valid 12 months.
Countersigned: Dr Alasdair Grant, Consultant Physician""",
[("Agnes Jamieson","PATIENT_NAME"),("Nessie","PATIENT_NAME"),("2209366542","NHS_NUMBER"),("Clachan Cottage, Kilmory, Isle of Arran","ADDRESS"),("KA27 8PQ","POSTCODE"),("Mr Gordon Jamieson","RELATIVE_NAME"),("020 7946 0833","PHONE"),("Mrs Jamieson","PATIENT_NAME"),("Staff Nurse Fiona Lennie","COLLEAGUE_NAME")],
["Adults with Incapacity (Scotland) Act 2000","Section 47","22/09/1936","MMSE 14/30","Alzheimer's disease","F00.2","Arran War Memorial Hospital","Ward 2","Dr Catriona Morrison","GMC 7123456","Dr Alasdair Grant"])
d("email_thread",A,"""From: catriona.morrison@nhs.scot
To: amu.pharmacy@nhs.scot
Subject: RE: gent level - bed 14

Thanks Kirsty. So for Mr Ò Dòmhnaill (unit no. R2291044) I'll hold the next gentamicin dose - level 2.4 mg/L at 18 h is above the Hartford nomogram line. Can you let Dr Nadia Qureshi know when she's on at 8?
Catriona

> On 09/02/2026 Kirsty Baird wrote:
> Level back for Alasdair Ò Dòmhnaill, 2.4. His wife Ceit rang again asking about his kidneys, I said you'd call her on 07700 900512.""",
[("amu.pharmacy@nhs.scot","EMAIL"),("Kirsty","COLLEAGUE_NAME"),("Mr Ò Dòmhnaill","PATIENT_NAME"),("R2291044","HOSPITAL_NUMBER"),("Dr Nadia Qureshi","COLLEAGUE_NAME"),("Kirsty Baird","COLLEAGUE_NAME"),("Alasdair Ò Dòmhnaill","PATIENT_NAME"),("Ceit","RELATIVE_NAME"),("07700 900512","PHONE")],
["catriona.morrison@nhs.scot","Catriona","gentamicin","2.4 mg/L","Hartford nomogram","bed 14"])
d("mdt_notes",A,"""Morbidity & Mortality meeting - Ninewells Hospital, Dundee - 21/05/2025
Chair: Dr Alasdair Grant. Presenter: Dr Catriona Morrison.
Case 1: JMcK, 74M, Datix DW-2025-04418. Delayed recognition of sepsis on Ward 5; NEWS2 not escalated overnight. Nurse in charge (Gail Robertson) raised concern at 03:10; FY1 Dr Ross Whyte reviewed at 05:40.
Case 2: Isla Buchan, 29F, from Broughty Ferry - missed PE; Wells score 4.5, D-dimer not sent. Learning: use PERC only when pre-test probability low.
Actions: sepsis six e-learning for all FY1s by August.""",
[("JMcK","PATIENT_NAME"),("DW-2025-04418","REFERENCE_NUMBER"),("Gail Robertson","COLLEAGUE_NAME"),("Dr Ross Whyte","COLLEAGUE_NAME"),("Isla Buchan","PATIENT_NAME"),("Broughty Ferry","ADDRESS")],
["Ninewells Hospital","Dr Alasdair Grant","Dr Catriona Morrison","NEWS2","Wells score 4.5","PERC","Ward 5","74M","29F"])
d("ocr_scan",A,"""NHS GRAMPIAN   Aberdeen Royal lnfirmary
RE: Mr Hamish Gi1christ  D0B 1l/O6/1953  CHl 11O6532298
Addr: 17 Rosemount Viaduct, Aberdeen AB25 1NE
Dear Dr Hutcheon,
I saw Mr Gilchrist in the Ambulatory Care c1inic. His eGFR is 38 mL/min (CKD 3b). I have reduced metformin to 500 mg BD.
Yours sincere1y
Dr Catriona Morrison  Specia1ty Doctor, Acute Medicine
cc Mrs Elspeth Gilchrist (wife)""",
[("Mr Hamish Gi1christ","PATIENT_NAME"),("11O6532298","NHS_NUMBER"),("17 Rosemount Viaduct, Aberdeen","ADDRESS"),("AB25 1NE","POSTCODE"),("Dr Hutcheon","COLLEAGUE_NAME"),("Mr Gilchrist","PATIENT_NAME"),("Mrs Elspeth Gilchrist","RELATIVE_NAME")],
["Aberdeen Royal lnfirmary","D0B 1l/O6/1953","eGFR is 38 mL/min","metformin to 500 mg BD","Dr Catriona Morrison","Ambulatory Care"])
d("teaching_feedback",A,"""Teaching feedback summary - FY1 simulation: acute kidney injury
Facilitator: Dr Catriona Morrison. Venue: Clinical Skills Centre, Queen Elizabeth University Hospital, Glasgow.
Participants rated session 4.7/5 (n=12).
Comments: "Dr Morrison made the hyperkalaemia scenario feel real" - Dr Saoirse Kelly (FY1). "Would like more on calcium gluconate 10% 30 mL" - Dr Kieran Ahmad (FY1).
Faculty observer: Dr Helen Barclay, Director of Medical Education - verified.""",
[("Dr Saoirse Kelly","COLLEAGUE_NAME"),("Dr Kieran Ahmad","COLLEAGUE_NAME")],
["Dr Catriona Morrison","Dr Morrison","Queen Elizabeth University Hospital","calcium gluconate 10% 30 mL","4.7/5","Dr Helen Barclay"])
d("referral_letter",A,"""Dear Dr Sutherland,
Re: Kenneth "Kenny" Bain, 8 Harbour Street, Wick, Caithness KW1 4AH, CHI 3011557713
Thank you for seeing Kenny in the Caithness General rapid access clinic. He presented to us with a first seizure; CT head showed a 2.3 cm ring-enhancing lesion. I have started levetiracetam 500 mg BD and dexamethasone 8 mg OD with PPI cover. His partner, Shona Keith, drives him in from Thurso; her mobile is 07700 900146.
Kind regards,
Dr C. Morrison, GMC 7123456""",
[("Dr Sutherland","COLLEAGUE_NAME"),("Kenneth \"Kenny\" Bain","PATIENT_NAME"),("Kenny","PATIENT_NAME"),("8 Harbour Street, Wick, Caithness","ADDRESS"),("KW1 4AH","POSTCODE"),("3011557713","NHS_NUMBER"),("Shona Keith","RELATIVE_NAME"),("Thurso","ADDRESS"),("07700 900146","PHONE")],
["Caithness General","levetiracetam 500 mg BD","dexamethasone 8 mg OD","2.3 cm","Dr C. Morrison","GMC 7123456"])
d("complaint_response",A,"""NHS Lothian - Complaint reference 25/LOT/06621
Dear Mrs Hendry,
Thank you for your letter about the care of your father, Mr William Hendry, on Ward 108 at the Royal Infirmary of Edinburgh. I am sorry that he waited six hours for analgesia. Dr Priya Menon, the junior doctor on shift, has reflected on this. I have met with Charge Nurse Aidan Flett to review the ward's pain protocol.
Mr Hendry's oxycodone 5 mg was prescribed at 22:15 but not administered until 04:20.
Yours sincerely,
Dr Catriona Morrison, on behalf of Dr Alasdair Grant, Clinical Director""",
[("25/LOT/06621","REFERENCE_NUMBER"),("Mrs Hendry","RELATIVE_NAME"),("Mr William Hendry","PATIENT_NAME"),("Dr Priya Menon","COLLEAGUE_NAME"),("Charge Nurse Aidan Flett","COLLEAGUE_NAME"),("Mr Hendry","PATIENT_NAME")],
["Ward 108","Royal Infirmary of Edinburgh","oxycodone 5 mg","22:15","04:20","Dr Catriona Morrison","Dr Alasdair Grant"])
B="Dr Iain Mac a' Phearsain"
d("gp_consultation",B,"""Consultation 03/10/2025 - Lochcarron Medical Practice - Dr I Mac a' Phearsain
Pt: Mòrag Nic a' Ghobhainn, 45F, Tigh na Creige, Lochcarron IV54 8YD, CHI 1905802251
Tel: 01632 960733 (home, poor mobile signal)
Hx: 3/52 epigastric pain, wt loss 4 kg. No dysphagia. Works at the fish farm with husband Alasdair.
O/E: epigastric tenderness, BMI 23. Plan: FBC, LFTs, FIT; urgent suspicion of cancer referral to Raigmore upper GI, ref SCI-2025-88132. Omeprazole 20 mg OD.
Safety-netted. Discussed with practice nurse Ishbel Gunn re bloods Tue.""",
[("Mòrag Nic a' Ghobhainn","PATIENT_NAME"),("Tigh na Creige, Lochcarron","ADDRESS"),("IV54 8YD","POSTCODE"),("1905802251","NHS_NUMBER"),("01632 960733","PHONE"),("Alasdair","RELATIVE_NAME"),("SCI-2025-88132","REFERENCE_NUMBER"),("Ishbel Gunn","COLLEAGUE_NAME")],
["Lochcarron Medical Practice","Dr I Mac a' Phearsain","45F","BMI 23","Omeprazole 20 mg OD","Raigmore","FIT"])
d("reflective_writing",B,"""Reflection - the road to Applecross
In the winter storm of January I drove over the Bealach na Bà to see Seumas Friseal at his house, Allt Beag, Applecross, because the ambulance from Kyle was three hours away. He was 88 and had a STEMI on the ECG I ran on the kitchen table. I gave aspirin 300 mg and ticagrelor 180 mg and called the Emergency Medical Retrieval Service; they flew him to Golden Jubilee. His granddaughter Beathag held the torch while I cannulated.
I later learned from his GP colleague Dr Sinead Fallon that he was home in a week. I keep this case because it taught me what rural practice demands of me as Dr Mac a' Phearsain, not as a hospital doctor with a crash team down the corridor.""",
[("Seumas Friseal","PATIENT_NAME"),("Allt Beag, Applecross","ADDRESS"),("Applecross","ADDRESS"),("Beathag","RELATIVE_NAME"),("Dr Sinead Fallon","COLLEAGUE_NAME")],
["Bealach na Bà","aspirin 300 mg","ticagrelor 180 mg","Emergency Medical Retrieval Service","Golden Jubilee","Dr Mac a' Phearsain","STEMI"])
d("mental_health_act",B,"""Mental Health (Care and Treatment) (Scotland) Act 2003 - Emergency Detention Certificate (s36) - GP notes
Patient: Callum Mac Ille Mhoire, DOB 14/02/1991, CHI 1402919045, of 2 Croft Road, Kyleakin IV41 8PR
MHO contacted: Ms Lorna Dingwall (MHO ref MHO/HC/25/311) - consent obtained by phone at 23:40.
Nearest relative: mother, Mrs Janet Mac Ille Mhoire, 07700 900627.
Grounds: command hallucinations, tried to walk into the sea at Kyle of Lochalsh. Detained to New Craigs Hospital.
Signed: Dr Iain Mac a' Phearsain, GMC 7019283""",
[("Callum Mac Ille Mhoire","PATIENT_NAME"),("1402919045","NHS_NUMBER"),("2 Croft Road, Kyleakin","ADDRESS"),("IV41 8PR","POSTCODE"),("Ms Lorna Dingwall","COLLEAGUE_NAME"),("MHO/HC/25/311","REFERENCE_NUMBER"),("Mrs Janet Mac Ille Mhoire","RELATIVE_NAME"),("07700 900627","PHONE")],
["Mental Health (Care and Treatment) (Scotland) Act 2003","s36","14/02/1991","New Craigs Hospital","Dr Iain Mac a' Phearsain","GMC 7019283","23:40"])
d("message_thread",B,"""WhatsApp (practice group, exported) 
[08:12] Ishbel: Dr Mac can u see the wee boy Archie Munro at 9, mum (Kerry) says temp 39.4 all night
[08:13] Iain MP: yes put him in. any rash?
[08:15] Ishbel: no. she's at Strathcarron station house, can't drive, husband has the car at Kishorn
[08:16] Iain MP: I'll visit. Feverish child traffic light - will check cap refill. Text her 07700 900219
[09:40] Iain MP: Archie fine, otitis media, amoxicillin 250 mg TDS 5/7""",
[("Ishbel","COLLEAGUE_NAME"),("Archie Munro","PATIENT_NAME"),("Kerry","RELATIVE_NAME"),("Strathcarron station house","ADDRESS"),("Archie","PATIENT_NAME"),("07700 900219","PHONE")],
["Dr Mac","Iain MP","temp 39.4","amoxicillin 250 mg TDS","traffic light"])
d("teaching_feedback",B,"""Feedback on GP trainee tutorial - NHS Highland rural track
Tutor: Dr Iain Mac a' Phearsain. Trainee: Dr Ailsa Dunnet (ST2).
Dr Dunnet presented a case of a fisherman from Ullapool with hypothermia, core temp 31.8 C; we discussed the Swiss staging system. Her COT was rated 'competent'. 
Verified by Dr Morven Reid, GP Trainer, Lochcarron.""",
[("Dr Ailsa Dunnet","COLLEAGUE_NAME"),("Dr Dunnet","COLLEAGUE_NAME")],
["Dr Iain Mac a' Phearsain","core temp 31.8 C","Swiss staging system","Dr Morven Reid","COT"])
d("incident_response",B,"""Datix IR-HIG-2025-19902 - Lost specimen
On 12/08/2025 a blood sample for Catriona Bhàn (practice no. LMP-004471) was placed in the Royal Mail box at Lochcarron post office rather than the courier box. The sample, labelled with her name and CHI 0106671183, was found at the Kyle sorting office.
Duty of candour letter sent to Ms Bhàn on 15/08/2025. Receptionist Mairead Sinclair has been re-trained.
Investigating GP: Dr Iain Mac a' Phearsain""",
[("IR-HIG-2025-19902","REFERENCE_NUMBER"),("Catriona Bhàn","PATIENT_NAME"),("LMP-004471","HOSPITAL_NUMBER"),("0106671183","NHS_NUMBER"),("Ms Bhàn","PATIENT_NAME"),("Mairead Sinclair","COLLEAGUE_NAME")],
["Dr Iain Mac a' Phearsain","Royal Mail","Kyle sorting office","Duty of candour"])
