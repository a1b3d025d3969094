# Table-heavy documents (audits, handovers, rotas, logbooks, registers), generated with a fixed seed.
import random

APPS = {
    "EM":   ("Dr Oluwaseun Adebayo-Clarke", "Fenwick Royal Infirmary", "FRI", "Dr Harriet Okonjo-Reid", "NHS"),
    "GER":  ("Dr Priya Raghunathan", "St Aldhelm's Hospital", "SAH-", "Dr Graham Pettifer", "NHS"),
    "SURG": ("Mr Tomasz Wiśniewski", "Northgate General Hospital", "NGH", "Mr Alistair Ferrier", "NHS"),
    "PAED": ("Dr Siobhán Ní Bhriain", "Medway Vale Hospital", "MV", "Dr Kwame Asante", "NHS"),
    "PSY":  ("Dr Hamza Al-Rashidi", "Larchfield Unit", "RiO ", "Dr Fiona Cattermole", "NHS"),
    "ANA":  ("Dr Eilidh MacAskill", "Inverallan Royal Hospital", "IRH ", "Dr Callum Strachan", "CHI"),
    "OBS":  ("Dr Chinonso Eze", "Thameside University Hospital", "TUH", "Miss Rebecca Lowther", "NHS"),
    "AMED": ("Dr Rhys Pritchard", "Ysbyty Glan Dyfi", "G", "Dr Nia Llewellyn", "NHS"),
    "NI":   ("Dr Conor Devlin", "Castlereagh Area Hospital", "CAH", "Dr Aoife McGarrity", "HC"),
    "CARD": ("Dr Ahmed Farouk El-Sayed", "Pendle Moor Hospital", "PMH", "Dr Jonathan Ashcroft", "NHS"),
}
FIRST_F = ["Margaret", "Aaliyah", "Bronwen", "Chloe", "Deborah", "Fatima", "Grace", "Hina", "Isla", "Joan", "Kerry-Ann",
           "Lowri", "Mhairi", "Nadia", "Olena", "Precious", "Roisin", "Sunita", "Teresa", "Ursula", "Wanjiru", "Yasmin",
           "Zofia", "Beatrice", "Ceri", "Dolores", "Esme", "Farah", "Gloria", "Harpreet", "Iveta", "Jasmine"]
FIRST_M = ["Abdul", "Bartosz", "Ciaran", "Derek", "Emmanuel", "Fraser", "Gurdeep", "Hugh", "Ifor", "Jamal", "Kenneth",
           "Lachlan", "Mohammed", "Niall", "Osagie", "Phillip", "Rajesh", "Seamus", "Terrence", "Vikram", "Wesley",
           "Xavier", "Yusuf", "Zbigniew", "Alun", "Barry", "Cormac", "Dwayne", "Eamon", "Finlay", "Gethin", "Hassan"]
SURN = ["Abernethy", "Bhattacharya", "Cartwright", "Dhillon", "Evans-Lloyd", "Fitzpatrick", "Greenhalgh", "Hussain",
        "Ibrahim", "Jablonski", "Kaur", "Lockhart", "McAllister", "Nowak", "O'Donoghue", "Patel", "Quigley",
        "Rahman", "Sowerby", "Trelawny", "Uddin", "Vasquez", "Whittaker", "Yildiz", "Zielinski", "Achterberg",
        "Blackwood", "Chaudhry", "Duffy", "Edwards", "Featherstone", "Gormley", "Hegarty", "Iqbal", "Jenkins",
        "Kowalski", "Lamb", "Mensah-Bonsu", "Nkosi", "Ogilvie", "Pemberton", "Rooney", "Szabo", "Tierney",
        "Umeh", "Venables", "Wojcik", "Younis", "Agyeman", "Baird", "Crossley", "Doherty", "Entwistle"]
STREETS = ["Mill Lane", "Church Street", "Victoria Road", "Heol y Bryn", "Kingsway", "Albert Terrace",
           "Station Road", "Orchard Close", "Meadow Rise", "Glebe Way", "Bridge End", "Thornfield Avenue"]
TOWNS = ["Rochdale", "Keswick", "Ashington", "Penrith", "Dunbar", "Newry", "Bangor", "Skipton", "Bideford",
         "Thurso", "Cwmbran", "Lisburn", "Nelson", "Burnley", "Colne"]

DOCS = []
def add(id, kind, applicant, text, extra_keep=()):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text, "extra_keep": list(extra_keep)})

def nhs_number(r, valid=True):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        if not valid:
            c = (c + r.randint(1, 8)) % 10
        return "".join(map(str, d)) + str(c)

def fmt_nhs(r, n):
    return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])

def chi(r):
    dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(30, 99)
    return f"{dd:02d}{mm:02d}{yy:02d}{r.randint(1000, 9999)}"

def hc(r):
    return f"{r.randint(300, 399)} {r.randint(100, 999)} {r.randint(1000, 9999)}"

class Gen:
    def __init__(self, seed, app):
        self.r = random.Random(seed)
        self.app = APPS[app]
        self.used = set()
    def person(self, sex=None):
        r = self.r
        while True:
            sex = sex or r.choice("MF")
            f = r.choice(FIRST_M if sex == "M" else FIRST_F)
            s = r.choice(SURN)
            if s not in self.used and f not in self.used:
                self.used.update([s, f]); return f, s, sex
    def hosp(self):
        p = self.app[2]
        return p + str(self.r.randint(1000000, 9999999)) if p not in ("G",) else "G" + str(self.r.randint(100000, 999999))
    def national(self):
        k = self.app[4]
        if k == "CHI": return chi(self.r)
        if k == "HC": return hc(self.r)
        return fmt_nhs(self.r, nhs_number(self.r, self.r.random() > 0.15))
    def phone(self):
        return self.r.choice(["07700 900", "01632 960"]) + f"{self.r.randint(0, 999):03d}"
    def dob(self, lo=1930, hi=2005):
        return f"{self.r.randint(1, 28):02d}/{self.r.randint(1, 12):02d}/{self.r.randint(lo, hi)}"

def M(s, t):
    return f"[[{s}|{t}]]"
def K(s):
    return "{{" + s + "}}"

# ---------------- audits with patient lists ----------------
AUDITS = [
 ("EM", "Time to antibiotics in red-flag sepsis (Sepsis Six)", "RCEM Sepsis standard; NICE NG51", "abx <60 min"),
 ("GER", "Delirium screening with 4AT within 24 h of admission", "NICE CG103; SIGN 157", "4AT done"),
 ("SURG", "VTE risk assessment and prophylaxis in emergency general surgery", "NICE NG89", "VTE RA + LMWH"),
 ("PAED", "Documentation of weight and allergy status on paediatric drug charts", "RCPCH / NPSA alert", "wt+allergy"),
 ("ANA", "Post-operative nausea and vomiting prophylaxis (Apfel score)", "SAMBA PONV guideline 2020", "PONV proph"),
 ("OBS", "Fetal monitoring: hourly 'fresh eyes' review on CTG", "NICE NG229; Saving Babies' Lives v3", "fresh eyes"),
 ("AMED", "Acute kidney injury: medication review on AKI alert", "NICE NG148; Think Kidneys", "meds reviewed"),
 ("NI", "NEWS2 escalation within 30 minutes for score >= 5", "RCP NEWS2 2017", "escalated"),
 ("CARD", "Door-to-balloon time in STEMI", "ESC 2023 ACS guideline; MINAP", "DTB <90"),
]
def audit_doc(n, spec):
    app, title, std, col = spec
    g = Gen(1000 + n, app)
    name, hosp, _, sup, _ = g.app
    rows, npass = [], 0
    k = g.r.randint(8, 14)
    for i in range(k):
        f, s, sex = g.person()
        style = g.r.random()
        if style < 0.4:
            pid = M(f"{f[0]}{s[0]}", "PN") if g.r.random() < 0.5 else M(f"{f[0]}.{s[0]}.", "PN")
        elif style < 0.7:
            pid = M(f"{s.upper()}, {f}", "PN")
        else:
            pid = M(f"{f} {s}", "PN")
        ok = g.r.random() < 0.7; npass += ok
        age = g.r.randint(18, 96) if app not in ("PAED",) else g.r.randint(0, 15)
        date = f"{g.r.randint(1,28):02d}/{g.r.randint(1,12):02d}/2023"
        extra = M(g.hosp(), "HN")
        if g.r.random() < 0.3:
            extra += " / " + M(g.national(), "NHS")
        rows.append(f"{i+1:>2} | {pid} | {extra} | {age}{sex} | {K(date)} | {'Y' if ok else 'N'}")
    pct = round(100 * npass / k)
    text = f"""Clinical Audit Report
Title: {K(title)}
Site: {K(hosp)}     Lead: {K(name)}     Supervisor: {K(sup)}
Standard: {K(std)}     Target: 100%

Method: retrospective case-note review, consecutive eligible patients, {k} cases.

# | Patient | Identifiers | Age/Sex | Date | {col}
{chr(10).join(rows)}

Result: {npass}/{k} ({pct}%) met the standard.
Discussion: the main barrier was documentation rather than care delivered. Re-audit after teaching and a change to the admission proforma.
Presented at the departmental audit meeting; verified by {K(sup)}.
"""
    return app, text

# ---------------- handover sheets ----------------
ISSUES = ["?PE - CTPA booked, on {{enoxaparin 1.5 mg/kg}}", "DKA - FRIII, K+ {{3.4}}, recheck VBG 2h",
          "post-op day 1 - check Hb, drain output", "for RV - febrile 38.6, cultures sent", "EoL - on syringe driver, family aware",
          "AKI stage 2 - creat {{214}}, fluid chart", "fall, ?NOF - awaiting ortho", "chest pain - trop x2 pending",
          "UGIB - {{Glasgow-Blatchford}} 6, OGD in am", "seizure - {{levetiracetam}} loaded, CT normal",
          "CAP CURB-65 {{3}} - IV {{amoxicillin}}", "hyponatraemia Na {{118}} - fluid restrict, 6h Na"]
def handover_doc(n, app):
    g = Gen(2000 + n, app)
    name, hosp, _, sup, _ = g.app
    ward = g.r.choice(["Ward 7", "AMU", "Ward 23", "Heron Ward", "CCU", "Ward 5B", "SAU"])
    lines = []
    beds = g.r.sample(range(1, 29), 10)
    for i in range(g.r.randint(6, 10)):
        f, s, sex = g.person()
        bed = beds[i]
        nm = M(f"{s}, {f[0]}", "PN") if g.r.random() < 0.5 else M(f"{f} {s}", "PN")
        age = g.r.randint(19, 98)
        iss = g.r.choice(ISSUES)
        nok = ""
        if g.r.random() < 0.3:
            rf, rs, _ = g.person()
            nok = f" NOK {M(rf, 'RN')} {M(g.phone(), 'PH')}"
        lines.append(f"{ward} bed {bed} | {nm} | {M(g.hosp(), 'HN')} | {age}{sex} | {iss}{nok}")
    cf, cs, _ = g.person()
    colleague = M(f"Dr {cf} {cs}", "CN")
    text = f"""NIGHT HANDOVER - {K(hosp)} - {ward}
Date: {K(f"{g.r.randint(1,28):02d}/{g.r.randint(1,12):02d}/2024")}   From: {K(name)}   To: {colleague} (night reg)
Bed | Patient | Hosp no | Age/Sex | Issues / jobs
{chr(10).join(lines)}
Sick list escalated to night consultant. Outstanding: bloods on the 06:00 round.
"""
    return app, text, [ward]

# ---------------- rotas ----------------
def rota_doc(n, app):
    g = Gen(3000 + n, app)
    name, hosp, _, sup, _ = g.app
    staff = []
    for i in range(7):
        f, s, sex = g.person()
        staff.append(M(f"Dr {f[0]}. {s}", "CN") if g.r.random() < 0.5 else M(f"{f} {s}", "CN"))
    staff.insert(g.r.randint(0, 7), K(name))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    shifts = ["LD 08-20:30", "N 20-08:30", "SD 09-17", "OFF", "Zero", "AL", "Teach 13-17"]
    rows = []
    for p in staff:
        rows.append(p + " | " + " | ".join(g.r.choice(shifts) for _ in days))
    text = f"""{K(hosp)} - Middle-grade rota (author: {K(name)}, rota lead)
Week commencing {K(f"{g.r.randint(1,28):02d}/{g.r.randint(1,12):02d}/2023")}   Compliant with {K("2016 Terms and Conditions")} (England) / 48 h average
Doctor | {' | '.join(days)}
{chr(10).join(rows)}
Gaps: Sat night filled by locum via bank (booking {M(f"BK-{g.r.randint(100000,999999)}", "REF")}). Exception reports this month: 2.
Rota approved by {K(sup)}, Clinical Director.
"""
    return app, text

# ---------------- procedure logbooks ----------------
PROCS = {
 "EM": ["Procedural sedation (propofol) - shoulder reduction", "Chest drain (Seldinger)", "Fascia iliaca block", "Lumbar puncture", "Arterial line", "Cardioversion (synchronised DC)"],
 "ANA": ["RSI + ETT", "Spinal anaesthetic (CS)", "Epidural - labour", "Interscalene block", "Awake fibreoptic intubation", "CVC IJ (USS-guided)"],
 "CARD": ["Primary PCI - RCA", "Coronary angiogram (radial)", "Temporary pacing wire", "TOE", "DC cardioversion", "Pericardiocentesis"],
 "SURG": ["Lap cholecystectomy", "Hartmann's procedure", "Inguinal hernia repair (Lichtenstein)", "Incision & drainage abscess", "Laparotomy, adhesiolysis", "Haemorrhoidectomy (Milligan-Morgan)"],
}
def logbook_doc(n, app):
    g = Gen(4000 + n, app)
    name, hosp, _, sup, _ = g.app
    rows = []
    for i in range(g.r.randint(8, 12)):
        f, s, sex = g.person()
        pid = g.r.choice([M(g.hosp(), "HN"), M(f"{f[0]}{s[0]}", "PN") + " " + M(g.hosp(), "HN"), M(g.national(), "NHS")])
        rows.append(f"{K(f'{g.r.randint(1,28):02d}/{g.r.randint(1,12):02d}/2023')} | {pid} | {g.r.randint(17,90)}{sex} | {K(g.r.choice(PROCS[app]))} | {g.r.choice(['S', 'I', 'T', 'S'])} | {g.r.choice(['none', 'none', 'none', 'minor bleeding', 'technical difficulty - senior help', 'unplanned critical care admission'])}")
    text = f"""PROCEDURE LOGBOOK - {K(name)} - {K(hosp)}
Key: S = supervised, I = independent, T = teaching a trainee
Date | Patient ID | Age/Sex | Procedure | Level | Complications
{chr(10).join(rows)}
I confirm this is an accurate record. Verified: {K(sup)}
"""
    return app, text

# ---------------- trainee assessments done by the applicant ----------------
def assessed_trainee_doc(n, app):
    g = Gen(5000 + n, app)
    name, hosp, _, sup, _ = g.app
    f, s, sex = g.person()
    gmc = str(g.r.randint(7000000, 7999999))
    pf, ps, psex = g.person()
    grade = g.r.choice(["FY1", "FY2", "CT1", "IMT2", "ST3"])
    text = f"""Supervised Learning Event - {g.r.choice(['Mini-CEX', 'CbD'])} (assessor copy, kept for teaching evidence)
Trainee: {M(f"Dr {f} {s}", "CN")} ({grade}), GMC {M(gmc, "GMC")}
Assessor: {K(name)}   Site: {K(hosp)}   Date: {K(f"{g.r.randint(1,28):02d}/{g.r.randint(1,12):02d}/2024")}
Patient: {M(f"{pf[0]}.{ps[0]}.", "PN")}, {g.r.randint(20, 90)}{psex}, {M(g.hosp(), "HN")}

Dr {M(s, "CN")} took a focused history of breathlessness and examined confidently. {f} identified {K("bibasal crepitations")} and raised JVP and correctly suggested {K("heart failure with reduced ejection fraction")}; BNP {K("2,450 ng/L")}. {M(f, "CN")}'s plan ({K("furosemide 40 mg IV")}, daily weights, fluid restriction 1.5 L) was safe.
Development: summarise to the patient in plain language; check renal function before uptitrating {K("ramipril")}.
Feedback given face to face. Trainee reflection to follow.
"""
    return app, text

# ---------------- teaching registers ----------------
def teaching_register_doc(n, app):
    g = Gen(6000 + n, app)
    name, hosp, _, sup, _ = g.app
    rows = []
    for i in range(g.r.randint(6, 9)):
        f, s, sex = g.person()
        e = f"{f.lower()}.{s.lower().replace(chr(39), '')}@nhs.example"
        rows.append(f"{M(f'{f} {s}', 'CN')} | {g.r.choice(['FY1', 'FY2', 'ACP', 'CT1', 'Student nurse', 'PA'])} | {M(e, 'EM')} | {g.r.randint(4, 5)}/5")
    topic = g.r.choice(["ABG interpretation", "Recognising the deteriorating patient (NEWS2)", "Consent and the Mental Capacity Act 2005",
                        "Anaphylaxis - Resuscitation Council UK algorithm", "Insulin safety and the 'Think Glucose' programme"])
    text = f"""TEACHING ATTENDANCE AND FEEDBACK REGISTER
Session: {K(topic)}   Facilitator: {K(name)}   Venue: {K(hosp)} postgraduate centre
Date: {K(f"{g.r.randint(1,28):02d}/{g.r.randint(1,12):02d}/2023")}   Duration: 60 min
Name | Role | E-mail (for certificate) | Overall rating
{chr(10).join(rows)}
Feedback link closed after one week: {M(f"https://forms.example.net/r/{g.r.randint(10000, 99999)}tq", "URL")}
Verified by {K(sup)}.
"""
    return app, text

n = 60
for i, spec in enumerate(AUDITS):
    app, text = audit_doc(i, spec); n += 1
    add(f"s13-{n:03d}", "audit_report", APPS[app][0], text)
for i, app in enumerate(["EM", "SURG", "AMED", "NI", "CARD", "PAED"]):
    app, text, kp = handover_doc(i, app); n += 1
    add(f"s13-{n:03d}", "handover_sheet", APPS[app][0], text, kp)
for i, app in enumerate(["EM", "ANA", "OBS"]):
    app, text = rota_doc(i, app); n += 1
    add(f"s13-{n:03d}", "rota", APPS[app][0], text)
for i, app in enumerate(["EM", "ANA", "CARD", "SURG"]):
    app, text = logbook_doc(i, app); n += 1
    add(f"s13-{n:03d}", "procedure_logbook", APPS[app][0], text)
for i, app in enumerate(["GER", "NI", "AMED"]):
    app, text = assessed_trainee_doc(i, app); n += 1
    add(f"s13-{n:03d}", "trainee_assessment", APPS[app][0], text)
for i, app in enumerate(["PAED", "CARD"]):
    app, text = teaching_register_doc(i, app); n += 1
    add(f"s13-{n:03d}", "teaching_register", APPS[app][0], text)
