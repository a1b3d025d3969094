import random
R = random.Random(2020)
DOCS = []
FIRST_F = ["Oonagh","Delphine","Marguerite","Yetunde","Bronwen","Kamila","Ottilie","Rukhsana","Teodora","Niamh","Folasade","Henrietta","Ingrid","Jyoti","Lowri","Wilhelmina","Saoirse","Agnieszka","Perpetua","Zofia"]
FIRST_M = ["Cuthbert","Emeka","Lachlan","Bartosz","Ignatius","Rohan","Fergal","Desmond","Kenji","Alphonse","Gwilym","Obinna","Hamish","Stanislav","Benedict","Yaw","Crispin","Torquil","Mehmet","Ambrose"]
LAST = ["Threlfall","Okonjo","Ravensworth","Dziedzic","Pennycook","Varghese","McIlwraith","Achterberg","Nwachukwu","Tregaskis","Fairbairn","Olszewska","Gunasekera","Blencowe","Mbeki-Hart","Cartwright-Nye","Stoddart","Quarshie","Lindqvist","Haverstock","Ellery","Prendergast","Abimbola","Kirkbride","Szabo"]
STREETS = ["Larkspur Close","Tannery Row","Beacon Hill Road","Chapel Fold","Quarry Bank","Ashdown Crescent","Ferry Lane","Malthouse Yard","Stonegate Mews","Pinfold Street","Ropery Walk","Coldharbour Lane"]
TOWNS = [("Ulverston","LA12 7HB"),("Ashby-de-la-Zouch","LE65 1QT"),("Hexham","NE46 3NR"),("Wisbech","PE13 2RT"),("Buckie","AB56 1EQ"),("Ludlow","SY8 1PX"),("Morpeth","NE61 2DL"),("Bideford","EX39 2QS"),("Penrith","CA11 7YE"),("Ebbw Vale","NP23 6GL"),("Tring","HP23 5AB"),("Lurgan","BT66 6JR")]
HOSP = [("Harrowfield Royal Infirmary","Harrowfield"),("Calderbrook District General Hospital","Calderbrook"),("Severnvale University Hospital","Severnvale"),("Fenland Queen Mary Hospital","Fenland"),("Tyneholme General Hospital","Tyneholme")]
APPL = ["Dr Priscilla Osei-Bonsu","Dr Mateusz Kowal","Dr Deepa Iyer","Dr Euan Sinclair","Dr Rahel Tesfaye","Dr Gabriel Achebe","Dr Nora Lindgren","Dr Javed Akhtar"]
ASSESS = ["Dr Harriet Quinlan","Dr Benedikt Auer","Dr Folake Adeyinka","Dr Struan Macrae","Prof. Imelda Kavanagh","Dr Wei Ling Tan"]
def ph(): return R.choice(["01632 960","020 7946 0","07700 900"]) + "%03d" % R.randint(0,999) if False else R.choice(["01632 960%03d","020 7946 0%03d","07700 900%03d","07700900%03d","(01632) 960%03d"]) % R.randint(0,999)
def nhs():
    d = "".join(str(R.randint(0,9)) for _ in range(10))
    return R.choice([d, d[:3]+" "+d[3:6]+" "+d[6:], d[:3]+"-"+d[3:6]+"-"+d[6:]])
def person(sex=None):
    sex = sex or R.choice("FM")
    return (R.choice(FIRST_F if sex=="F" else FIRST_M), R.choice(LAST), sex)
def dob(): return "%02d/%02d/%d" % (R.randint(1,28), R.randint(1,12), R.randint(1931,2004))
def slots():
    pf,pl,sx = person(); rf,rl,_ = person(); cf,cl,_ = person(); c2f,c2l,_=person()
    town,pc = R.choice(TOWNS); h,hcity = R.choice(HOSP)
    return dict(pf=pf,pl=pl,sex=sx,title="Mrs" if sx=="F" else "Mr",pron="she" if sx=="F" else "he",poss="her" if sx=="F" else "his",
        rf=rf,rl=rl,cf=cf,cl=cl,c2f=c2f,c2l=c2l,street="%d %s" % (R.randint(1,120),R.choice(STREETS)),town=town,pc=pc,
        h=h,hcity=hcity,ph=ph(),ph2=ph(),nhs=nhs(),hn="%s%07d" % (R.choice(["H","RX","K","M"]),R.randint(0,9999999)),
        dob=dob(),age=R.randint(19,96),appl=R.choice(APPL),ass=R.choice(ASSESS),
        ref="%s/%02d/%05d" % (R.choice(["CX","PALS","RM","SI"]),R.randint(19,24),R.randint(0,99999)),
        gmc="%07d" % R.randint(2000000,7999999), d1="%02d/%02d/202%d" % (R.randint(1,28),R.randint(1,12),R.randint(1,4)),
        ward=R.choice(["Ward 8","Ward 22","Larch Ward","Ward B3","Coronary Care Unit","Ward 5 North"]), bed=R.randint(1,30),
        ini=pf[0]+"."+pl[0]+".", ini2=pf[0]+pl[0], nick=R.choice(["Smudge","Chalky","Bunny","Sparky","Duchess","Tiny","Ginger","Sunny"]))

T = []
T.append(("acute_take_letter", """{h} – Acute Medical Unit
To: Dr [[{cf} {cl}|CN]], GP
Re: [[{title} {pf} {pl}|PN]], DOB {{{{{dob}}}}}, NHS number [[{nhs}|NHS]], [[{street}|AD]], [[{town}|AD]] [[{pc}|PC]]

[[{pf}|PN]] presented with {{{{community-acquired pneumonia}}}}, {{{{CURB-65 score 3}}}}. We treated {poss} infection with {{{{co-amoxiclav 1.2 g IV TDS}}}} and {{{{clarithromycin 500 mg BD}}}}. CRP fell from {{{{287 mg/L}}}} to {{{{41 mg/L}}}}. {title} [[{pl}|PN]]'s {{{{NEWS2}}}} on discharge was {{{{1}}}}.
Please repeat a chest X-ray in {{{{6 weeks}}}}. {poss.capitalize()} daughter-in-law, [[{rf} {rl}|RN]], can be contacted on [[{ph}|PH]].
{{{{{appl}}}}}, Specialty Doctor ({h}, {{{{{ward}}}}})
"""))
T.append(("cbd_psychiatry", """CbD – General Adult Psychiatry   Assessor: {{{{{ass}}}}}   Trainee: {{{{{appl}}}}}   Date {{{{{d1}}}}}
Case: [[{ini}|PN]], {{{{{age}-year-old}}}} {"woman" if sex=="F" else "man"}, admitted informally to {{{{{R.choice(["Willow Ward","Ward 2 (acute psychiatry)","Bluebell Unit"])}}}}} with {{{{first-episode psychosis}}}}. [[{pl}|PN]] had stopped going to {poss} job at [[{town} Library|AD]]; {poss} flatmate [[{rf}|RN]] called the crisis team (ref [[{ref}|REF]]).
{{{{PANSS}}}} positive {{{{24}}}}. Started {{{{aripiprazole 10 mg}}}}. Considered detention under {{{{Mental Health Act 1983 s.2}}}} but {pron} accepted admission.
Assessor feedback: good risk formulation using {{{{5 Ps}}}}; consider {{{{HCR-20}}}} for the forensic history.
"""))
T.append(("complaint_response_short", """{h}
Our ref: [[{ref}|REF]]
Dear [[{rf} {rl}|RN]],
I am sorry that your {"mother" if sex=="F" else "father"}, [[{pf} {pl}|PN]], waited {{{{9 hours}}}} in the {{{{Emergency Department}}}} on {{{{{d1}}}}}. I have spoken to the doctor who saw {"her" if sex=="F" else "him"}, Dr [[{cl}|CN]], and to the nurse in charge, [[{c2f} {c2l}|CN]]. The department was at {{{{OPEL 4}}}} that night.
I have asked Dr [[{cf} {cl}|CN]] to reflect on the comments you made about {"his" if R.random()<.5 else "her"} manner.
Yours sincerely, {{{{{appl}}}}}, Consultant in Emergency Medicine
"""))
T.append(("handover_table", """Weekend handover – {h} – {{{{{ward}}}}}
Bed | Name | Hosp no | Issue | To do
{{{{{bed}}}}} | [[{pl.upper()}, {pf}|PN]] | [[{hn}|HN]] | {{{{AKI stage 2}}}}, creat {{{{268 µmol/L}}}} | U&E Sat am; hold {{{{ramipril}}}}
{{{{{bed}A}}}} | [[{ini2}|PN]] ({{{{{age}}}}}) | not known | {{{{hypoglycaemia}}}} ({{{{BM 2.1}}}}) | {{{{Gliclazide}}}} stopped; call [[{rf}|RN]] (wife) [[{ph}|PH]]
Handed over by {{{{{appl}}}}} to Dr [[{c2f} {c2l}|CN]]
"""))
T.append(("reflective_narrative", """Reflection: breaking bad news on {{{{{ward}}}}}
[[{pf}|PN]] had been a postman in [[{town}|AD]] for forty years, and everyone on the ward knew {"her" if sex=="F" else "him"} as "[[{nick}|PN]]". When the CT showed {{{{pancreatic adenocarcinoma}}}} with liver metastases, I asked {poss} partner [[{rf}|RN]] and their eldest, [[{c2f}|RN]], to join us. [[{pl}|PN]]'s first question was whether {pron} would get home for the cricket at [[{town} Cricket Club|AD]].
I used the {{{{SPIKES}}}} protocol and paused after the word "cancer". The palliative care nurse, [[{cf} {cl}|CN]], joined us. {{{{ECOG 2}}}}, bilirubin {{{{98 µmol/L}}}}; ERCP stent booked.
What I learned: silence is an intervention. – {{{{{appl}}}}} (reviewed by {{{{{ass}}}}})
"""))
T.append(("ed_discharge_letter", """{h} Emergency Department – Discharge letter to GP
Attendance no: [[{hn}|HN]]   Arrived {{{{{d1} 22:14}}}}   Discharged {{{{03:50}}}}
Patient: [[{pf} {pl}|PN]]   DOB {{{{{dob}}}}}   {{{{Sex {sex}}}}}   NHS [[{nhs}|NHS]]
Address: [[{street}, {town}, {pc}|AD]]
Presenting complaint: {{{{renal colic}}}}. CTKUB: {{{{4 mm}}}} calculus at right VUJ. {{{{Diclofenac 75 mg IM}}}} given. Urine dip: blood {{{{+++}}}}.
Plan: {{{{tamsulosin 400 micrograms}}}} OD for {{{{4 weeks}}}}; urology follow-up.
Seen by: {{{{{appl}}}}} ({{{{ST4}}}}, GMC {{{{{gmc}}}}})
"""))
T.append(("anaesthetic_chart_summary", """Anaesthetic record (transcribed) – {h}, {{{{Theatre 3}}}}
Pt sticker: [[{pl.upper()} {pf}|PN]] / [[{hn}|HN]] / [[{nhs}|NHS]] / {{{{{dob}}}}}
Procedure: {{{{laparoscopic appendicectomy}}}}   ASA {{{{1E}}}}
Induction: {{{{propofol 200 mg}}}}, {{{{fentanyl 100 mcg}}}}, {{{{rocuronium 50 mg}}}} (RSI). Grade {{{{1}}}} view, {{{{ETT 7.0}}}} @ {{{{21 cm}}}}.
Reversal {{{{sugammadex 200 mg}}}}. PONV: {{{{ondansetron 4 mg}}}}, {{{{dexamethasone 6.6 mg}}}}.
Anaesthetist: {{{{{appl}}}}}. ODP: [[{cf} {cl}|CN]]. Scrub: [[{c2f}|CN]].
"""))
T.append(("gp_referral_email", """From: [[{cf}.{cl}@nhs.net|EM]]
To: {{{{{appl}}}}}
Subject: RE: [[{pl}|PN]] – [[{hn}|HN]] – advice & guidance

Hi,
Thanks for the A&G reply re [[{title} {pl}|PN]] ({{{{{age} y}}}}, [[{town}|AD]]). {pron.capitalize()} is still getting {{{{TIA}}}}-like episodes; {{{{ABCD2}}}} would have been {{{{4}}}}. {poss.capitalize()} husband/partner [[{rf} {rl}|RN]] says {pron} was confused for an hour on Sunday. Could you see {"her" if sex=="F" else "him"} in the {{{{TIA clinic}}}} this week?
Mobile: [[{ph}|PH]]
Best wishes,
Dr [[{cf} {cl}|CN]]
[[{town} Health Centre|AD]] | [[{ph2}|PH]] | [[https://www.{town.lower().replace(' ','').replace("-","")}healthcentre.example.co.uk|URL]]
"""))
T.append(("dops_form", """DOPS – {{{{Lumbar puncture}}}}   Assessee: {{{{{appl}}}}}   Assessor: {{{{{ass}}}}}
Date: {{{{{d1}}}}}   Location: {h}, {{{{{ward}}}}}, bed {{{{{bed}}}}}
Patient: [[{ini}|PN]] ({{{{{age}}}}}{sex}) – ?{{{{subarachnoid haemorrhage}}}}, CT negative at {{{{7 h}}}}.
Opening pressure {{{{18 cmH2O}}}}; {{{{xanthochromia}}}} absent; RCC {{{{4 /µL}}}}.
Consent obtained with interpreter (Polish) – interpreter [[{c2f} {c2l}|CN]].
Outcome: {{{{competent to perform unsupervised}}}}.
"""))
T.append(("coroner_email", """From: [[coroners.officer@{hcity.lower()}-coroner.example.gov.uk|EM]]
Subject: Inquest touching the death of [[{pf} {pl}|PN]] – our ref [[{hcity[:3].upper()}-INQ-{R.randint(100,999)}/24|REF]]
Dear {{{{{appl}}}}},
The Senior Coroner would like a statement regarding your involvement on {{{{{d1}}}}} at {h}. The family ({poss} {"husband" if sex=="F" else "wife"}, [[{rf} {rl}|RN]]) have raised questions about the {{{{Hartmann's}}}} decision and the {{{{ceiling of care}}}} discussion with Dr [[{cl}|CN]].
Coroner's Officer: [[{c2f} {c2l}|CN]], tel [[{ph}|PH]]
"""))
T.append(("safeguarding_note_child", """Safeguarding note – {h} Paediatrics
Child: [[{pf} {pl}|PN]] ({{{{{R.randint(1,15)} years}}}}), [[{hn}|HN]]; school: [[{town} Academy|AD]]
Lives with mum [[{rf}|RN]] and her partner [[{c2f} {rl}|RN]] at [[{street}|AD]], [[{town}|AD]].
Attended with {{{{scald}}}} to both feet, {{{{glove-and-stocking}}}} distribution, {{{{5% TBSA}}}}. Referral to children's social care, ref [[{ref}|REF]]; social worker [[{cf} {cl}|CN]] [[{ph}|PH]].
Discussed with {{{{{ass}}}}} (named doctor). Documented by {{{{{appl}}}}}.
"""))
T.append(("audit_rows", """Audit – {{{{VTE risk assessment within 14 h}}}} ({{{{NICE NG89}}}}) – {h}
Auditor {{{{{appl}}}}}; supervisor {{{{{ass}}}}}
Row 1: [[{hn}|HN]] / [[{ini}|PN]] / {{{{{age}}}}} / {{{{{ward}}}}} / assessed {{{{9 h}}}} / {{{{enoxaparin 40 mg}}}}
Row 2: [[{nhs}|NHS]] / [[{rf[0]}{rl[0]}|PN]] / {{{{{R.randint(20,95)}}}}} / {{{{{ward}}}}} / not assessed / –
Row 3: [[{pl}-{R.randint(10,99)}|OID]] (bed-bureau id) / [[{c2f[0]}.{c2l[0]}.|PN]] / {{{{{R.randint(20,95)}}}}} / {{{{{ward}}}}} / assessed {{{{3 h}}}} / {{{{dalteparin 5000 units}}}}
Compliance {{{{{R.randint(55,95)}%}}}}.
"""))
T.append(("obs_triage_note", """Maternity triage – {h}   Ref: [[{ref}|REF]]
[[{pf} {pl}|PN]], {{{{G3P2}}}}, {{{{{R.randint(24,40)}+{R.randint(0,6)} weeks}}}}, MRN [[{hn}|HN]], partner [[{rf} {rl}|RN]] ([[{ph}|PH]]).
Reduced fetal movements for {{{{24 hours}}}}. CTG {{{{normal}}}} by {{{{Dawes–Redman}}}} criteria met at {{{{20 min}}}}. BP {{{{142/91}}}}, urine PCR {{{{34 mg/mmol}}}}; {{{{sFlt-1/PlGF ratio 12}}}}.
Plan: {{{{pre-eclampsia}}}} bloods; day assessment in {{{{48 h}}}}. Midwife: [[{cf} {cl}|CN]] (NMC [[{R.randint(10,99)}{R.choice('ABCDEFGHIJ')}{R.randint(1000,9999)}{R.choice('EOS')}|GMC]]). Doctor: {{{{{appl}}}}}.
"""))
T.append(("geri_falls_letter", """Falls clinic letter – {h}
Dear Dr [[{cl}|CN]],
[[{title} {pf} {pl}|PN]] ({{{{{dob}}}}}) from [[{street}|AD]], [[{town}|AD]] [[{pc}|PC]], who attends the lunch club at [[{town} Methodist Hall|AD]], was seen today. Lying/standing BP {{{{148/82}}}} → {{{{118/70}}}} at {{{{3 min}}}} ({{{{orthostatic hypotension}}}}). {{{{Tinetti score 16/28}}}}. {{{{Doxazosin 4 mg}}}} stopped.
{poss.capitalize()} neighbour [[{rf} {rl}|RN]] checks on {"her" if sex=="F" else "him"} daily.
Yours sincerely, {{{{{appl}}}}}, Specialty Doctor, Care of the Elderly
"""))
T.append(("radiology_report", """{h} – Radiology Report
Patient ID: [[{hn}|HN]]  Name: [[{pl.upper()}^{pf.upper()}|PN]]  NHS: [[{nhs}|NHS]]
Accession: [[{hcity[:2].upper()}{R.randint(10,24)}{R.randint(1,12):02d}{R.randint(100000,999999)}|OID]]
Exam: {{{{MRI lumbar spine}}}}   Requester: Dr [[{cf} {cl}|CN]]
Findings: {{{{L4/5}}}} broad-based disc protrusion with severe canal stenosis; {{{{cauda equina}}}} compression. No {{{{Modic}}}} change.
Urgent: discussed with on-call spinal surgeon [[Mr {c2l}|CN]] at {{{{17:45}}}}.
Reported by {{{{{appl}}}}}, Consultant Radiologist
"""))

def build():
    counts = {}
    for i in range(3):
        for kind, tpl in T:
            s = slots()
            txt = eval('f"""' + tpl + '"""', {**globals(), **s})
            DOCS.append((kind, s["appl"], txt))
build()
