"""Render texts.jsonl (seeded). Identifiers are marked inline with I(type, text), keep strings with K(text)."""
import json
from common import Gen, I, K, parse

APPL = {
 'em':    dict(name='Dr Olumide Adebayo', short='Dr Adebayo', first='Olumide', init='OA', gmc='7123456',
              sup='Dr Rachel Thornbury', sup2='Dr Matthew Oyelowo-Hart', hosp='Leeds General Infirmary',
              trust='Leeds Teaching Hospitals NHS Trust'),
 'im':    dict(name='Dr Priya Raghunathan', short='Dr Raghunathan', first='Priya', init='PR', gmc='7234518',
              sup='Dr Sunita Bhattacharya', sup2='Prof. Alan Whitcombe', hosp='Royal Derby Hospital',
              trust='University Hospitals of Derby and Burton NHS Foundation Trust'),
 'psych': dict(name='Dr Tomasz Wiśniewski', short='Dr Wiśniewski', first='Tomasz', init='TW', gmc='7345629',
              sup='Dr Helen Ashworth', sup2='Dr Kwabena Amoako', hosp='Becklin Centre',
              trust='Leeds and York Partnership NHS Foundation Trust'),
 'anaes': dict(name='Dr Farah Qureshi', short='Dr Qureshi', first='Farah', init='FQ', gmc='7456730',
              sup='Dr Lars Henriksen', sup2='Dr Anita Kulkarni', hosp='Royal Preston Hospital',
              trust='Lancashire Teaching Hospitals NHS Foundation Trust'),
 'gp':    dict(name='Dr Eilidh MacLeod', short='Dr MacLeod', first='Eilidh', init='EM', gmc='7567841',
              sup='Dr Catriona Fraser', sup2='Dr Graham Auld', hosp='Queen Elizabeth University Hospital',
              trust='NHS Greater Glasgow and Clyde'),
 'surg':  dict(name='Dr Hassan El-Sayed', short='Mr El-Sayed', first='Hassan', init='HES', gmc='7678952',
              sup='Mr Gareth Pryce', sup2='Miss Deborah Lancaster', hosp='University Hospital of Wales',
              trust='Cardiff and Vale University Health Board'),
 'paeds': dict(name='Dr Mei Lin Tan', short='Dr Tan', first='Mei Lin', init='MLT', gmc='7789063',
              sup='Dr Ifeoma Nwosu', sup2='Dr Simon Achterberg', hosp='Northwick Park Hospital',
              trust='London North West University Healthcare NHS Trust'),
 'obs':   dict(name='Dr Chiamaka Okafor', short='Dr Okafor', first='Chiamaka', init='CO', gmc='7890174',
              sup='Miss Joanna Kerridge', sup2='Mr Rupert Vellacott', hosp='Nottingham City Hospital',
              trust='Nottingham University Hospitals NHS Trust'),
}

BOXER = 'boxer\u2019s fracture'
SBL = 'Saving Babies\u2019 Lives Care Bundle'

def P(x): return I('P', x)
def R_(x): return I('R', x)
def C(x): return I('C', x)

# ---------------------------------------------------------------- templates
def clinic_letter(g, a):
    p = g.person(); gp = g.person(); nhs = g.nhs_fmt('spaced'); h = g.hosp(); dob = g.dob(1940, 1990)
    st, tw, pc = g.street(), g.town(), g.postcode(); ref = f"{a['init']}/{g.r.choice(['CARD','GIM','DIAB'])}/{g.r.randint(100,999)}"
    d = g.date(2022, 2025); he = 'He' if p['sex'] == 'M' else 'She'; his = 'his' if p['sex'] == 'M' else 'her'
    t = f"""{K(a['trust'])}
{K(a['hosp'])} – General Medicine Outpatients

Our ref: {I('REF', ref)}
Date dictated: {d}

Dr {C(gp['full'])}
{I('A', 'Ashfield Medical Practice')}
{I('A', g.street())}
{I('PC', g.postcode())}

Dear Dr {C(gp['last'])},

Re: {P(p['title'] + ' ' + p['full'])}, DOB {K(dob)}, NHS No. {I('N', nhs)}, Hosp No. {I('H', h)}
{I('A', st + ', ' + tw)}, {I('PC', pc)}

Diagnoses:
1. {K('Heart failure with reduced ejection fraction')} (EF 32%)
2. {K('Type 2 diabetes mellitus')}, HbA1c 71 mmol/mol
3. {K('Chronic kidney disease stage 3a')}

Medication: {K('bisoprolol 5 mg')} OD, {K('ramipril 5 mg')} OD, {K('dapagliflozin 10 mg')} OD, {K('furosemide 40 mg')} mane, {K('metformin 1 g')} BD.

I reviewed {P(p['title'] + ' ' + p['last'])} in clinic today with {his} {g.r.choice(['daughter', 'son', 'wife', 'husband'])}, {R_(g.person()['full'])}. {he} reports improved exercise tolerance and can now walk to the shop on {I('A', g.street().split(' ', 1)[1])} without stopping. NYHA class II. Weight 84.2 kg. BP 118/72, HR 64 regular. JVP not raised; mild pitting oedema to mid-shin. {K('NT-proBNP')} has fallen from 2,840 to 910 ng/L.

Plan: I have asked {P(p['first'])} to continue {his} current medications and we will consider switching {K('ramipril')} to {K('sacubitril/valsartan')} ({K('Entresto')}) at the next visit if eGFR remains above 45. Please repeat U&E in two weeks. Follow up in 3 months in the heart failure clinic.

Yours sincerely,

{K(a['name'])}
Specialty Doctor in General Internal Medicine, GMC {K(a['gmc'])}
cc: {P(p['title'] + ' ' + p['full'])}
"""
    return 'clinic_letter', t

def discharge_summary(g, a):
    p = g.person(); nok = g.person(culture=p['culture']); nhs = g.nhs_fmt('plain'); h = g.hosp()
    dob = g.dob(1935, 1970); adm, dis = g.date(2023, 2024), g.date(2023, 2024)
    pc = g.postcode(); ph = g.phone('land'); ph2 = g.phone('mob'); gpn = g.person()
    t = f"""DISCHARGE SUMMARY – {K('Ward 12, Acute Medical Unit')}
{K(a['hosp'])}

Patient: {P(p['last'].upper() + ', ' + p['first'])}   Sex: {K('Female' if p['sex']=='F' else 'Male')}   DOB: {K(dob)}
NHS: {I('N', nhs)}     MRN: {I('H', h)}
Address: {I('A', g.street())}, {I('A', g.town())} {I('PC', pc)}   Tel: {I('T', ph)}
NOK: {R_(nok['full'])} ({g.r.choice(['son', 'daughter', 'niece', 'partner'])}) {I('T', ph2)}
Registered GP: Dr {C(gpn['full'])}

Admitted: {adm}   Discharged: {dis}
Consultant: {K(a['sup'])}    Discharging doctor: {K(a['name'])}

Presenting complaint: Fall at home, found on floor by neighbour {R_(g.person()['first'])} after approx. 10 hours.
Diagnosis: {K('Rhabdomyolysis')} secondary to long lie; {K('acute kidney injury')} stage 2; {K('urinary tract infection')}.
Investigations: CK 18,400 U/L peaking day 2, creatinine 212 -> 98 umol/L. {K('CURB-65')} 1. {K('Clinical Frailty Scale')} 6.
Treatment: IV fluids, {K('co-amoxiclav')} IV then oral {K('nitrofurantoin 100 mg')} MR BD for 3 days. {K('Alendronic acid 70 mg')} weekly started after DXA.
Medication changes: STOPPED {K('amlodipine 10 mg')} (postural drop). STARTED {K('Adcal-D3')} one tablet BD.

Follow up: Falls clinic; GP to check U&E in 1 week. Community therapy referral sent (ref {I('REF', g.ref('CTR-'))}).
Information given to patient and {R_(nok['first'])}.
"""
    return 'discharge_summary', t

def referral_letter(g, a):
    p = g.person(sex='F'); nhs = g.nhs_fmt('spaced'); dob = g.dob(1975, 2000); pc = g.postcode()
    cons = g.person(); em = f"{p['first'].lower()}.{p['last'].lower().replace(chr(39),'')}{g.r.randint(70,99)}@example.com"
    t = f"""Pollokshields Health Centre
Referral – Gynaecology (routine) via SCI Gateway

To: Dr {C(cons['full'])}, Consultant Gynaecologist, {K('Queen Elizabeth University Hospital')}
From: {K(a['name'])}, GP Partner

Patient: {P(p['full'])}
DOB: {K(dob)}   CHI: {I('N', nhs)}
Address: {I('A', 'Flat 2/1, ' + g.street())}, {I('A', 'Glasgow')} {I('PC', pc)}
Mobile: {I('T', g.phone('mob'))}   E-mail (patient consents to contact): {I('E', em)}

Dear {C(cons['first'])},

Thank you for seeing this {g.r.randint(26, 44)}-year-old woman with heavy menstrual bleeding for 18 months and a pelvic ultrasound showing a 4.5 cm intramural fibroid. Hb 98 g/L, ferritin 6. She has not tolerated {K('norethisterone')} and declined the {K('Mirena')} IUS. {K('Tranexamic acid')} helped only partly. She works night shifts at {I('A', 'the Amazon depot in Bishopton')} and is keen to avoid long time off. Her partner {R_(g.person(sex='M')['first'])} is supportive.

I have started {K('ferrous fumarate 210 mg')} BD. I wonder if she would be a candidate for {K('ulipristal')} or a {K('GnRH analogue')} before myomectomy.

Kind regards
{K(a['short'])}
"""
    return 'referral_letter', t

def operation_note(g, a):
    p = g.person(); h = g.hosp(); dob = g.dob(1950, 1995); ast = g.person(); scrub = g.person(sex='F')
    d = g.date(2021, 2025)
    t = f"""OPERATION NOTE
{K(a['hosp'])}, Theatre 4
Patient: {P(p['full'])}   Unit no: {I('H', h)}   DOB: {K(dob)}
Date: {d}
Surgeon: {K(a['name'])}   Assistant: Dr {C(ast['full'])} (CT2)   Scrub: {C(scrub['first'] + ' ' + scrub['last'])}
Anaesthetist: Dr {C(g.person()['full'])}   Anaesthetic: GA + TAP blocks
Supervising consultant: {K(a['sup'])} (scrubbed, not directly assisting)

Procedure: {K('Laparoscopic cholecystectomy')}
Indication: recurrent biliary colic, gallstone pancreatitis ({K('Glasgow-Imrie score')} 1) in March.
Findings: contracted, thick-walled gallbladder, dense omental adhesions; {K('Calot')}'s triangle dissected, {K('critical view of safety')} achieved. No CBD dilatation.
Steps: open Hasson at umbilicus, 3 further ports. Cystic duct and artery clipped x2 and divided. GB removed in bag via umbilical port. Haemostasis. 0.5% {K('levobupivacaine')} to port sites. Umbilical sheath closed with 0 PDS, skin 3-0 {K('Monocryl')}.
EBL 20 ml. Specimen to histology (lab no {I('O', g.ref('H24-'))}).
Post-op: home same day if well, {K('paracetamol 1 g')} QDS, {K('ibuprofen 400 mg')} TDS; no routine follow-up.
Signed: {K(a['short'])}
"""
    return 'operation_note', t

def theatre_logbook(g, a):
    rows = []
    for i in range(g.r.randint(6, 9)):
        p = g.person(); h = g.hosp()
        proc = g.r.choice(['Appendicectomy (lap)', 'Hernia repair, inguinal (open)', 'Lap cholecystectomy',
                           'Incision and drainage of abscess', 'Hartmann\u2019s procedure', 'Diagnostic laparoscopy',
                           'Excision of pilonidal sinus', 'Hemicolectomy, right (lap)'])
        role = g.r.choice(['P', 'PS', 'A', 'T'])
        age = g.r.randint(16, 89)
        rows.append(f"{g.date(2022, 2024)} | {I('P', p['init'])} | {I('H', h)} | {age} | {K(proc)} | {g.r.choice(['Elective', 'Emergency'])} | {role}")
    t = f"""ELOGBOOK EXPORT – Consolidation report
Trainee: {K(a['name'])} (GMC {K(a['gmc'])})   Hospital: {K(a['hosp'])}
Period: 01/08/2022 – 31/07/2024    Roles: P = performed, PS = performed supervised, A = assisted, T = trained junior

Date | Pt | Hosp no | Age | Procedure | Urgency | Role
""" + "\n".join(rows) + f"""

Totals this page: {len(rows)}   Verified by: {K(a['sup'])}, Consultant
"""
    return 'theatre_logbook', t

def procedure_list(g, a):
    lines = []
    for i in range(g.r.randint(6, 10)):
        p = g.person(); n = g.nhs_fmt(g.r.choice(['plain', 'spaced']))
        proc = g.r.choice(['Procedural sedation (ketamine) – shoulder reduction', 'Chest drain (Seldinger)',
                           'Fascia iliaca block', 'Arterial line', 'Lumbar puncture', 'RSI – ETT 8.0',
                           'Haematoma block – Colles', 'Pericardiocentesis (US-guided)'])
        lines.append(f"- {g.date(2023, 2025)}  {I('P', p['first'][0] + '. ' + p['last'])}  NHS {I('N', n)}  {K(proc)}  – uncomplicated")
    t = f"""Procedural skills log – Emergency Department, {K(a['hosp'])}
Name: {K(a['name'])}    GMC: {K(a['gmc'])}

""" + "\n".join(lines) + f"""

I confirm these procedures were performed by {K(a['short'])} under indirect supervision.
{K(a['sup'])}, Consultant in Emergency Medicine, {K(a['trust'])}
"""
    return 'procedure_list', t

def ward_round(g, a):
    beds = []
    for bed in g.r.sample(range(1, 29), 6):
        p = g.person(); h = g.hosp(); age = g.r.randint(19, 96)
        issue = g.r.choice([
            f"{K('NSTEMI')}, GRACE 142, awaiting angio. {K('Fondaparinux 2.5 mg')}.",
            f"{K('Community-acquired pneumonia')}, {K('CURB-65')} 3, on {K('amoxicillin')} + {K('clarithromycin')}.",
            f"{K('DKA')} resolving, FRIII off, on basal-bolus.",
            f"{K('Delirium')} ?UTI, 4AT 6. Daughter {I('R', g.person(sex='F')['first'])} visiting pm.",
            f"{K('Upper GI bleed')}, {K('Glasgow-Blatchford score')} 12, OGD today.",
            f"{K('Alcohol withdrawal')}, {K('CIWA-Ar')} 14, {K('chlordiazepoxide')} reducing.",
            f"PE, {K('Wells score')} 7, on {K('apixaban 10 mg')} BD loading."])
        beds.append(f"Bed {bed}: {I('P', p['full'])} ({age}{p['sex']}) {I('H', h)} – {issue}")
    t = f"""WARD ROUND SHEET  {K('Ward 7B (Respiratory)')}   Date {g.date(2024, 2025)}
Consultant: {K(a['sup'])}   Reg: {K(a['name'])}   FY1: Dr {C(g.person()['full'])}   NIC: {C(g.person(sex='F')['full'])}

""" + "\n".join(beds) + """

Jobs: TTOs x2, chase CTPA report, bloods at 14:00.
"""
    return 'ward_round_sheet', t

def handover(g, a):
    items = []
    for i in range(5):
        p = g.person(); loc = g.r.choice(['Resus 2', 'Majors 14', 'CDU bed 3', 'Ward 24 side room', 'Paeds ED cubicle 5'])
        items.append(f"{K(loc)} – {I('P', p['first'])} {I('P', p['last'].upper())} {I('H', g.hosp())}: " + g.r.choice([
            f"head injury on {K('warfarin')}, CT head NAD, INR 3.4, obs hourly until 02:00.",
            f"sepsis ?source, lactate 4.1, 30 ml/kg given, needs repeat VBG at 23:30.",
            f"OD {K('paracetamol')} staggered, {K('acetylcysteine')} bag 2 running. Mum {I('R', g.person(sex='F')['first'])} at bedside.",
            f"hyperkalaemia K 6.9, {K('insulin-dextrose')} given, repeat K due.",
            f"chest pain, first {K('hs-troponin')} 8, second at 01:00. {K('HEART score')} 3."]))
    t = f"""Night handover – ED {K(a['hosp'])} – {g.date(2024, 2025)} 21:00
From: {K(a['name'])} (EM registrar)  To: Dr {C(g.person()['full'])}
Bleep {I('T', str(g.r.randint(1000, 1999)))}

""" + "\n".join(items) + f"""

Outstanding: police wish to speak to {I('P', g.person()['full'])} re assault (crime ref {I('REF', f"13/{g.r.randint(100000, 999999)}/24")}); not yet fit.
"""
    return 'handover_sheet', t

def audit_csv(g, a):
    hdr = "audit_id,initials,mrn,age,sex,ed_arrival,abx_time_min,lactate,news2,sepsis6_complete,comment"
    rows = []
    for i in range(g.r.randint(8, 12)):
        p = g.person(); m = g.hosp()
        rows.append(f"{i+1},{I('P', p['initdot'])},{I('H', m)},{g.r.randint(18, 95)},{p['sex']},{g.date(2024, 2024)} {g.r.randint(0,23):02d}:{g.r.randint(0,59):02d},{g.r.randint(22, 190)},{g.r.randint(10, 60)/10},{g.r.randint(5, 12)},{g.r.choice(['Y','N'])},{g.r.choice(['', 'abx delayed – cannula', 'allergy query', 'triaged as minor'])}")
    t = f"""Sepsis 6 re-audit (cycle 2) – {K(a['hosp'])} ED
Lead: {K(a['name'])}; Supervisor: {K(a['sup'])}
Standard: {K('NICE NG51')} – antibiotics within 60 min for NEWS2 >= 7
{hdr}
""" + "\n".join(rows) + f"""
Compliance 64% (cycle 1: 41%). Registered with audit dept, ref {I('REF', g.ref('AUD/24/'))}.
"""
    return 'audit_spreadsheet', t

def mdt_minutes(g, a):
    cases = []
    for i in range(g.r.randint(3, 5)):
        p = g.person(); n = g.nhs_fmt('spaced'); dob = g.dob(1935, 1980)
        cases.append(f"""{i+1}. {I('P', p['full'])}  DOB {K(dob)}  NHS {I('N', n)}
   {g.r.choice([f"CT TAP: 4 cm sigmoid tumour, T3N1M0. {K('Performance status')} 1. Outcome: refer for {K('anterior resection')}; CNS {C(g.person(sex='F')['first'])} to contact.",
                 f"Colonoscopy: 2 cm rectal polyp, histology {K('tubulovillous adenoma')} with HGD. Outcome: TEMS; discuss at complex polyp MDT.",
                 f"MRI pelvis: low rectal cancer, CRM threatened. Outcome: long-course {K('capecitabine')}-based CRT; onc Dr {C(g.person()['last'])}.",
                 f"Liver mets x3 after right hemi. Lives alone in {I('A', g.town())}; son {R_(g.person(sex='M')['first'])} is main carer. Outcome: liver MDT."])}""")
    t = f"""Colorectal Cancer MDT – {K(a['hosp'])}
Date: {g.date(2023, 2025)}   Chair: {K(a['sup'])}
Present: {K(a['name'])} (presenting), Dr {C(g.person()['full'])} (radiology), Dr {C(g.person()['full'])} (histopathology), {C(g.person(sex='F')['full'])} (CNS)

""" + "\n\n".join(cases) + "\n\nActions recorded by MDT coordinator " + C(g.person(sex='F')['full']) + ".\n"
    return 'mdt_minutes', t

def mm_minutes(g, a):
    p = g.person(); h = g.hosp(); reg = g.person(); fy = g.person(); dat = g.ref('W')
    t = f"""Anaesthesia & Critical Care Morbidity and Mortality Meeting
{K(a['hosp'])} – Lecture Theatre 2 – {g.date(2023, 2025)}
Chair: {K(a['sup'])}   Minutes: {K(a['name'])}

Case 1 (Datix {I('REF', dat)}): unanticipated difficult airway, emergency laparotomy.
{I('P', p['initdot'])} ({I('H', h)}), {g.r.randint(40, 80)}{p['sex']}, BMI 41, {K('Mallampati')} 3. {K('NAP4')} recommendations reviewed. RSI with {K('rocuronium')} 1.2 mg/kg; grade 4 view with MAC 3 blade, {K('CICO')} declared by Dr {C(reg['full'])} at 4 min; front-of-neck access (scalpel-bougie-tube) successful. {K('Sugammadex')} was available but not given as plan C was abandoned early. Patient survived to ICU discharge.

Learning points: the {K('DAS guidelines')} (2015) airway trolley lacked a size 10 scalpel; FY2 Dr {C(fy['last'])} was not aware of the location of the videolaryngoscope. Action: {K('WHO Surgical Safety Checklist')} amended to include airway plan; trolley audit monthly (owner: {K(a['short'])}).

Case 2: post-operative {K('Takotsubo cardiomyopathy')} after {K('adrenaline')} infusion, discussed with cardiology.
"""
    return 'mm_minutes', t

def incident_report(g, a):
    p = g.person(); h = g.hosp(); nurse = g.person(sex='F'); wit = g.person(); dat = f"WEB{g.r.randint(100000, 999999)}"
    lf = f"LFPSE-{g.r.randint(2023, 2025)}-{g.r.randint(10000, 99999)}"
    t = f"""INCIDENT REPORT (Datix Cloud IQ)
Ref: {I('REF', dat)}   LFPSE: {I('REF', lf)}
Reported by: {K(a['name'])}   Date/time: {g.date(2023, 2025)} 03:40
Location: {K('Ward 31, Gastroenterology')}, {K(a['hosp'])}
Person affected: {I('P', p['full'])}, {I('H', h)}
Category: Medication – wrong dose   Harm: Low

Description: {K('Enoxaparin 150 mg')} was prescribed instead of {K('enoxaparin 40 mg')} for VTE prophylaxis on admission. The dose was calculated from a weight of 150 kg that was entered in error; actual weight 72 kg. Staff nurse {C(nurse['full'])} queried the dose at the 22:00 round and withheld it. I reviewed the patient, confirmed no dose had been given and corrected the chart. {K('Hospital Anticoagulation Policy')} v4.2 followed. Witness: HCA {C(wit['first'] + ' ' + wit['last'])}.
Immediate action: prescription amended, patient informed under {K('Duty of Candour')} (no harm), pharmacist informed via bleep {I('T', str(g.r.randint(2000, 2999)))}.
"""
    return 'incident_report', t

def complaint_response(g, a):
    p = g.person(); rel = g.person(culture=p['culture']); ref = f"COMP/{g.r.randint(22, 25)}/{g.r.randint(1000, 9999)}"
    reg = g.person(); con = g.person(); st = g.street(); pc = g.postcode(); tw = g.town()
    rel_t = rel['title']
    rel1 = g.r.choice(['father', 'husband', 'brother'] if p['sex'] == 'M' else ['mother', 'wife', 'sister'])
    t = f"""{K(a['trust'])}
Patient Advice and Liaison / Complaints Team
Our ref: {I('REF', ref)}

{I('R', rel_t + ' ' + rel['full'])}
{I('A', st)}
{I('A', tw)}
{I('PC', pc)}

Dear {I('R', rel_t + ' ' + rel['last'])},

Re: care of your {rel1}, {I('P', p['full'])}, in the Emergency Department on {g.date(2024, 2025)}

Thank you for your letter. I am sorry that the wait of nine hours was so distressing for you and for {I('P', p['first'])}. I was the senior doctor on duty and have reviewed the records with my supervisor, {K(a['sup'])}.

Your {rel1} was triaged at 19:42 (Manchester Triage category 3). The first doctor, Dr {I('C', reg['full'])}, saw {I('P', p['first'])} at 23:10. Dr {I('C', reg['last'])} requested a CT head because of the fall on {K('apixaban')}; this was reported at 01:55 as showing no bleed. You are right that nobody explained the delay in the reporting; I have discussed this with Dr {I('C', reg['last'])} and with our radiology lead, Dr {I('C', con['full'])}.

I also apologise that your call to the department on {I('T', g.phone('land'))} went unanswered. We have changed the phone rota.

If you remain unhappy you may contact the {K('Parliamentary and Health Service Ombudsman')}. Please quote {I('REF', ref)}.

Yours sincerely,
{K(a['name'])}, Consultant (locum) in Emergency Medicine
"""
    return 'complaint_response', t

def reflective(g, a):
    p = g.person(); wife = g.person(culture=p['culture'], sex=('F' if p['sex'] == 'M' else 'M'))
    nk = p['nick'] or p['first']; he = 'he' if p['sex'] == 'M' else 'she'; He = he.capitalize()
    his = 'his' if p['sex'] == 'M' else 'her'; him = 'him' if p['sex'] == 'M' else 'her'
    reg = g.person(); tw = g.town(); work = g.r.choice(['the Morrisons in', 'the bus depot in', 'the primary school in', 'the carpet warehouse in'])
    t = f"""Reflective practice – a death I still think about
{K(a['name'])} – Reflection for portfolio (GMP domain 3: Communication, partnership and teamwork)

What happened
{I('P', p['first'] + ' ' + p['last'])} was {g.r.randint(38, 62)} and everyone called {him} {I('P', nk)}. {He} had been a driver at {I('A', work + ' ' + tw)} for twenty years and came in after collapsing at a {I('A', 'five-a-side match at Goals ' + tw)}. {I('P', p['last'])}'s ECG showed {K('Brugada pattern')} type 1 in V1–V2, and while I was still looking at it {he} went into {K('ventricular fibrillation')}. We followed the {K('Resuscitation Council UK')} {K('ALS algorithm')}, gave three shocks, {K('amiodarone 300 mg')} and {K('adrenaline 1 mg')}, and got ROSC at 14 minutes. {He} died two days later on ICU.

I was the one who spoke to {I('R', wife['full'])}, {his} {('wife' if p['sex']=='M' else 'husband')}, in the relatives' room. {I('R', wife['first'])} asked me whether it was something {nk if p['nick'] else p['first']} had inherited and whether their children needed testing. I did not know enough to answer well.

What I felt
I felt out of my depth. I remember that my registrar, Dr {I('C', reg['full'])}, was in resus with a second arrest and I did not want to interrupt. Looking back I think I said "we did everything we could" too early, before {I('R', wife['first'])} had asked what had happened.

What I learned
I read the {K('ESC 2022 ventricular arrhythmia guidelines')} and the inherited cardiac conditions pathway for our trust. Sudden cardiac death under 40 (and in this case, family history) should trigger referral to an {K('inherited cardiac conditions')} clinic and the coroner should be informed. I discussed the case at the departmental teaching with {K(a['sup'])}, who pointed me towards the {K('SPIKES')} framework for breaking bad news, and I attended the {K('Sage & Thyme')} communication workshop in March.

What I will do differently
I now carry a card with the ICC clinic's referral criteria. I ask families what they already know before I explain anything. I have written a one-page guide for junior doctors on first-degree relative screening after suspected channelopathy, which is now on the ED shared drive.

Supervisor comment: A thoughtful reflection showing insight into communication and into the limits of one's knowledge. – {K(a['sup'])}, Educational Supervisor, {g.date(2024, 2025)}
"""
    return 'reflection', t

def reflective_long(g, a):
    p = g.person(sex='F'); mum = g.person(sex='F', culture=p['culture']); sw = g.person(); hv = g.person(sex='F')
    school = g.r.choice(['Oakfield Primary School', 'St Bede\u2019s Catholic Primary', 'Greenmead Academy'])
    age = g.r.randint(3, 9); tw = g.town(); ref = f"MASH-{g.r.randint(2022, 2025)}-{g.r.randint(1000, 9999)}"
    paras = [
        f"""Title: Reflection on a child protection concern that nearly slipped through
Author: {K(a['name'])}, Specialty Doctor, Paediatrics, {K(a['hosp'])}
Date: {g.date(2024, 2025)}""",
        f"""Context. I was the middle-grade on a busy Saturday in the paediatric assessment unit. {I('P', p['first'])}, a {age}-year-old girl, was brought in by her mother, {I('R', mum['full'])}, with a swollen left forearm after, in her mother's words, "falling off the trampoline at her nan's in {I('A', tw)}". The triage nurse had documented a pain score of 6 and given {K('ibuprofen 10 mg/kg')}. The X-ray showed a mid-shaft ulnar fracture without a radial fracture – an isolated ulnar shaft fracture, sometimes called a nightstick fracture.""",
        f"""What made me pause. The mechanism did not fit. A fall onto an outstretched hand usually produces a distal radius or both-bone fracture; an isolated ulnar shaft fracture suggests a direct blow with the forearm raised. When I examined {I('P', p['first'])} I also found two oval bruises on the upper arm, each about 1.5 cm, and a healing linear mark on the back of her thigh. I plotted her on the growth chart: weight had dropped from the 50th to the 9th centile since her last recorded weight at school nursing. Her mother was attentive and appropriately worried, which made me doubt myself. I was aware of my own bias: I had liked {I('R', mum['first'])} instantly and did not want to believe anything was wrong.""",
        f"""What I did. I followed the {K('Child Protection Companion')} ({K('RCPCH')}) and our local {K('Safeguarding Children Procedures')}. I discussed the case with the on-call consultant, {K(a['sup'])}, who came in to review. I checked the {K('Child Protection Information Sharing')} (CP-IS) flag – none – and rang the health visitor, {I('C', hv['full'])}, who told me that {I('P', p['first'])}'s older brother {I('R', g.person(sex='M', culture=p['culture'])['first'])} had been seen at {I('A', school)} with unexplained marks last term. A referral was made to the MASH (ref {I('REF', ref)}) and a skeletal survey and CT head were arranged under the {K('RCR/RCPCH guidance')} for suspected physical abuse in children. The social worker, {I('C', sw['full'])}, attended that evening. Her father, who does not live with the family, was later arrested; I do not know the outcome.""",
        f"""Difficult feelings. I felt guilty for a while about "accusing" a mother who I still think loved her child. I spoke about it with my educational supervisor and in our Balint-style group. What helped was understanding that my job is to notice and to share, not to decide. The Working Together to Safeguard Children (2023) statutory guidance is very clear on this, and so is the {K('GMC')} guidance {K('Protecting children and young people')}.""",
        f"""What I learned. First, that mechanism must match injury, and that I must say out loud when it does not. Second, that documentation matters: I wrote verbatim what {I('R', mum['first'])} said, drew body maps and photographed the bruises with the medical photography team rather than on my phone. Third, that I need to know the people in the system – I had never spoken to a health visitor before that day, and it was {I('C', hv['first'])}'s information that changed the picture.""",
        f"""Changes to my practice. I now routinely ask about other children in the household and check CP-IS for every injury in a non-mobile child or an unexplained injury in an older child. I delivered a 20-minute teaching session to the foundation doctors on "injuries that don't fit", using an anonymised version of this case, and received feedback from 14 attendees (mean score 4.6/5). I have also completed {K('Safeguarding Children Level 3')} refresher training.""",
        f"""How this links to my curriculum. This evidences {K('RCPCH Progress+')} domain 9 (Safeguarding) and the GMP domains of safety and quality and of maintaining trust.""",
        f"""Supervisor verification: I confirm that {K(a['short'])} managed this case as described. – {K(a['sup'])}, Consultant Paediatrician and Named Doctor for Safeguarding."""]
    return 'reflection', "\n\n".join(paras) + "\n"

def cbd(g, a):
    p = g.person(); h = g.hosp(); dob = g.dob(1960, 2000); nurse = g.person()
    t = f"""Case-based Discussion (CbD) – {K('Royal College of Psychiatrists')} WPBA
Trainee: {K(a['name'])}  GMC {K(a['gmc'])}
Assessor: {K(a['sup'])}, Consultant Psychiatrist   Date: {g.date(2023, 2025)}
Setting: {K('Becklin Centre')}, {K('Ward 4')} (acute adult inpatient)

Case: {I('P', p['full'])} ({I('H', 'RiO ' + str(g.r.randint(1000000, 9999999)))}), DOB {K(dob)}, detained under {K('Section 3 of the Mental Health Act 1983')}. Diagnosis {K('paranoid schizophrenia')} (ICD-10 {K('F20.0')}). Admitted after threatening a neighbour on {I('A', g.street())}. Collateral from {I('P', p['first'])}'s brother {I('R', g.person(sex='M', culture=p['culture'])['full'])}.

Focus of discussion: treatment-resistant psychosis after adequate trials of {K('olanzapine')} and {K('aripiprazole')}; decision to start {K('clozapine')}; {K('PANSS')} 96 -> 71; monitoring of FBC via {K('ZTAS')}; management of hypersalivation with {K('hyoscine hydrobromide')}. Discussed capacity to consent (assessed using the {K('Mental Capacity Act 2005')} two-stage test) and the need for a SOAD (form {K('T3')}). Primary nurse {I('C', nurse['full'])} raised concerns about constipation – {K('clozapine')}-induced GI hypomotility discussed.

Assessor feedback: Excellent grasp of the pharmacology and legal framework. Could have involved {I('P', p['first'])}'s family earlier. Rating: meets expectations for ST4+.
Agreed action: present the case at journal club with reference to the {K('Maudsley Prescribing Guidelines')}.
"""
    return 'case_based_discussion', t

def supervisor_report(g, a):
    t = f"""EDUCATIONAL SUPERVISOR'S STRUCTURED REPORT
Doctor: {K(a['name'])}   GMC number: {K(a['gmc'])}
Post: Specialty Doctor, {K(a['hosp'])}, {K(a['trust'])}
Period of report: 01/09/2023 – 31/08/2024
Educational supervisor: {K(a['sup'])}

Clinical performance: {K(a['short'])} has worked at registrar level on the middle-grade rota throughout the year and is trusted by the consultant body to run the department overnight. Their WPBAs (12 Mini-CEX, 9 CbD, 6 DOPS, 2 ACAT) are of high quality, with a good spread across the curriculum. MSF in March 2024 was very positive (n=17).

Teaching: delivers weekly simulation for FY doctors; organised the regional {K('ALS')} refresher; feedback consistently rated excellent.

Quality improvement: led the Sepsis 6 re-audit and a QIP on time to analgesia in fractured neck of femur ({K('NHFD')} KPI).

Concerns: none. There was one complaint (resolved locally) and one Datix in which {K(a['first'])} was not at fault.

Overall: I have no hesitation in supporting {K(a['first'])}'s application for entry onto the Specialist Register via the portfolio pathway.

Signed: {K(a['sup'])}   Date: {g.date(2024, 2024)}   GMC {K(str(4500000 + int(a['gmc'][-3:])))}
"""
    return 'supervisor_report', t

def msf(g, a):
    rater_lines = []
    for role in ['Consultant', 'Staff nurse', 'ACP', 'FY2', 'Pharmacist', 'Receptionist']:
        rater_lines.append(f"{role}: \"" + g.r.choice([
            f"Calm in resus and always explains the plan. {K(a['first'])} taught me how to do a fascia iliaca block.",
            "Very approachable, even at 4 am. Sometimes stays late to finish notes – should hand over sooner.",
            f"Excellent with families. I saw {K(a['short'])} take time with a distressed relative when the department was on black escalation.",
            "Clear prescribing, always checks allergies and renal function.",
            f"Supportive to juniors; helped me after a difficult case with {I('P', g.person()['full'])}.",
            f"Could delegate more. Once had a disagreement with Dr {I('C', g.person()['last'])} that was handled professionally."]) + "\"")
    t = f"""Multi-source feedback (360°) summary report
Doctor: {K(a['name'])} – {K(a['trust'])}
Round closed: {g.date(2024, 2025)}   Responses: 15 (colleagues 12, patients 3)
Facilitated by: {K(a['sup2'])}

Domain scores (mean of 5): Good clinical care 4.6 | Maintaining good medical practice 4.5 | Teaching and training 4.8 | Relationships with patients 4.7 | Working with colleagues 4.4 | Probity 4.9

Free-text comments:
""" + "\n".join(rater_lines) + f"""

Patient comment: "The doctor explained about my scan and rang my daughter {I('R', g.person(sex='F')['first'])} for me." (patient feedback form {I('REF', g.ref('PF-'))})
"""
    return 'msf_feedback', t

def certificate(g, a):
    course = g.r.choice([('Advanced Life Support (ALS) Provider', 'Resuscitation Council UK'),
                         ('Advanced Trauma Life Support (ATLS) Provider', 'Royal College of Surgeons of England'),
                         ('Generic Instructor Course', 'Resuscitation Council UK'),
                         ('PROMPT – PRactical Obstetric Multi-Professional Training', 'PROMPT Maternity Foundation'),
                         ('Difficult Airway Society Airway Course', 'Difficult Airway Society'),
                         ('MRCPsych CASC preparation course', 'Royal College of Psychiatrists')])
    cert = f"{g.r.choice(['RCUK', 'CERT', 'C'])}-{g.r.randint(100000, 999999)}"
    t = f"""CERTIFICATE OF COMPLETION

This is to certify that
{K(a['name'])}
GMC {K(a['gmc'])}

has successfully completed the
{K(course[0])}
awarded by {K(course[1])}
held at {K(a['hosp'])} on {g.date(2021, 2025)}

Certificate number: {I('REF', cert)}
Valid for four years. Verify at {I('U', 'https://lms.example-resus.org.uk/verify?c=' + cert)}

Course Director: {K(a['sup2'])}
6 CPD points ({K('Federation of the Royal Colleges of Physicians')} approved)
"""
    return 'course_certificate', t

def teaching_feedback(g, a):
    comments = []
    for i in range(5):
        comments.append("- " + g.r.choice(["Really clear on the ABCDE approach.", f"Loved the sim with the 'patient' – more of these. – {I('C', g.person()['first'])} (FY1)",
                                            "Slides on DKA were a bit fast.", f"Good use of the {K('JBDS')} guidance.",
                                            "Would like a session on chest drains.", f"The real case about the man from {I('A', g.town())} was memorable."]))
    t = f"""Teaching session feedback – collated
Session: "Recognising the sick patient" – FY1 teaching programme, {K(a['hosp'])}
Delivered by: {K(a['name'])}    Date: {g.date(2023, 2025)}    Attendees: {g.r.randint(8, 24)}
Overall rating: 4.{g.r.randint(2, 9)}/5

Comments:
""" + "\n".join(comments) + f"""

Verified: {K(a['sup2'])}, Director of Medical Education
"""
    return 'teaching_feedback', t

def email_thread(g, a):
    p = g.person(); c1 = g.person(); h = g.hosp(); n = g.nhs_fmt('plain')
    em1 = f"{c1['first'].lower()}.{c1['last'].lower().replace(chr(39), '')}@nhs.net"
    t = f"""From: {I('C', c1['full'])} <{I('E', em1)}>
To: {K(a['name'])} <{a['first'].lower().replace(' ', '') + '.' + a['name'].split()[-1].lower() + '@nhs.net'}>
Date: {g.date(2023, 2025)} 08:14
Subject: RE: {I('P', p['last'])} – {I('H', h)} – bed on ITU?

Hi {K(a['first'])},

Thanks for the heads up. I've spoken to the ITU consultant and we can take {I('P', p['first'])} {I('P', p['last'])} once the CT is back. Can you confirm the {K('NEWS2')} trend and whether {K('noradrenaline')} has been started peripherally? Her NHS no is {I('N', n)} in case you need to order blood products.

Thanks,
{I('C', c1['first'])}
Outreach Team – bleep {I('T', str(g.r.randint(3000, 3999)))}  | ext {I('T', str(g.r.randint(40000, 49999)))}

-----Original message-----
From: {K(a['name'])}
Sent: {g.date(2023, 2025)} 07:52
Subject: {I('P', p['last'])} – {I('H', h)} – bed on ITU?

{I('C', c1['first'])} – 67F with perforated diverticulitis, qSOFA 2, lactate 5.6 despite 2 L, MAP 58. {K('Hinchey')} III likely. Surgical reg Dr {I('C', g.person()['full'])} aware and wants theatre this morning. Daughter ({I('R', g.person(sex='F', culture=p['culture'])['full'])}, {I('T', g.phone('mob'))}) on her way from {I('A', g.town())}.
{K(a['short'])}
"""
    return 'email', t

def chat_export(g, a):
    p = g.person(sex='F'); c1 = g.person(); c2 = g.person(sex='F'); bed = g.r.randint(1, 24)
    h = g.hosp()
    t = f"""[WhatsApp export – "Labour Ward Regs" group – shared with permission, patient details removed?]
[{g.date(2024, 2025)}, 02:11] {I('C', c1['first'] + ' ' + c1['last'])}: Room {bed} – {I('P', p['first'])} ({I('H', h)}), P2, 39+4, pathological CTG, {K('FIGO')} classification, FBS pH 7.19
[02:12] {K(a['name'])}: coming now, call {K(a['sup'])} please
[02:13] {I('C', c2['first'])} (midwife): consultant on the way. partner {I('R', g.person(sex='M', culture=p['culture'])['first'])} very anxious
[02:14] {I('C', c1['first'] + ' ' + c1['last'])}: cat 1 CS called 02:14
[02:29] {K(a['name'])}: baby out 02:27, Apgars 6 and 9, paeds happy. EBL 900. {K('oxytocin')} infusion, {K('carbetocin')} given
[02:30] {I('C', c2['first'])} (midwife): 👍 will datix the delay getting to theatre {I('REF', f"DW{g.r.randint(10000, 99999)}")}
[02:41] {I('C', c1['first'] + ' ' + c1['last'])}: nice one {K('Chi')} {K('RCOG')} would be proud 😂 {I('U', 'https://chat.example.com/g/LWregs/invite-9xk2')}
"""
    return 'chat_export', t

def safeguarding_adult(g, a):
    p = g.person(); carer = g.person(); dob = g.dob(1940, 1960); n = g.nhs_fmt('dash')
    ref = f"ASC/{g.r.randint(2023, 2025)}/{g.r.randint(10000, 99999)}"; st = g.street(); tw = g.town(); pc = g.postcode()
    addr2 = st + '\n' + tw
    t = f"""ADULT SAFEGUARDING CONCERN – {K('Care Act 2014')} s42
Referral number: {I('REF', ref)}
Referrer: {K(a['name'])}, {K(a['hosp'])}, tel {I('T', g.phone('lon'))}

Adult at risk: {I('P', p['full'])}   DOB {K(dob)}   Gender: {K('female' if p['sex']=='F' else 'male')}
NHS number {I('N', n)}
Home: {I('A', addr2)}
{I('PC', pc)}
Person alleged to cause harm: {I('R', carer['full'])} (lodger/informal carer)

Concern: {I('P', p['title'] + ' ' + p['last'])} has moderate {K("Alzheimer's disease")} (MMSE 17) and attended with dehydration and a grade 3 sacral pressure ulcer. {I('P', p['first'])} told me that {I('R', carer['first'])} "keeps the bank card" and that {'he' if p['sex']=='M' else 'she'} has "not had a proper meal since Easter". Bank statements seen by the ward manager show cash withdrawals of £300 daily.
Capacity: assessed under the {K('Mental Capacity Act 2005')} regarding finances – lacks capacity for this decision.
Consent to referral: not required as lacks capacity; best-interests decision documented.
Actions: {K('Waterlow score')} 22, tissue viability referral; police informed (ref {I('REF', f"CAD {g.r.randint(1000, 9999)} {g.date(2024, 2025).replace('/', '')[:4]}")}).
"""
    return 'safeguarding_referral', t

def mha_paperwork(g, a):
    p = g.person(); nr = g.person(culture=p['culture']); amhp = g.person(); s12 = g.person(); dob = g.dob(1970, 2003)
    st, tw, pc = g.street(), g.town(), g.postcode()
    t = f"""MENTAL HEALTH ACT 1983 – Form A3 (section 2 – joint medical recommendation)
[transcribed for portfolio]

We, registered medical practitioners,
{K(a['name'])} of {K(a['hosp'])}, {K(a['trust'])}, and
Dr {I('C', s12['full'])} of {I('A', 'Woodhouse Medical Centre')}, {I('A', g.town())} {I('PC', g.postcode())},
who is approved under section 12 (GMC {I('G', g.gmc())}),

recommend that {I('P', p['full'])} of {I('A', st + ', ' + tw)} {I('PC', pc)}
be admitted to a hospital for assessment in accordance with Part 2 of the Act.

Reasons: {I('P', p['first'])}, a {'man' if p['sex']=='M' else 'woman'} born {K(dob)}, has a three-week history of persecutory delusions about the neighbours at number {g.r.randint(1, 99)}, has stopped eating food not in sealed packets and on {g.date(2024, 2025)} barricaded the flat. Past history of {K('bipolar affective disorder')} with manic relapses on stopping {K('lithium')}. Refuses informal admission. Community treatment with the home-treatment team was tried for five days without improvement.

AMHP: {I('C', amhp['full'])}, {K('Leeds City Council')}. Nearest relative: {I('R', nr['full'])} ({g.r.choice(['mother', 'father', 'sister', 'brother'])}), consulted by telephone {I('T', g.phone('mob'))}; did not object.

Signed {K(a['name'])}, examined {g.date(2024, 2025)}. Section 12 approved: yes.
"""
    return 'mental_health_act_form', t

def coroner_statement(g, a):
    p = g.person(); d = g.date(2022, 2024); coref = f"{g.r.randint(100, 999)}/{g.r.randint(2022, 2024)}"
    c1, c2, para = g.person(), g.person(), g.person()
    t = f"""STATEMENT FOR HM SENIOR CORONER – AREA OF WEST YORKSHIRE (EASTERN)
Inquest touching the death of {I('P', p['full'])}
Coroner's ref: {I('REF', coref)}

I, {K(a['name'])}, make this statement from my memory and from the medical records.

1. I am a registrar in Emergency Medicine at {K(a['hosp'])}. I qualified in 2012 from the University of Ibadan and have been on the GMC register since 2015 (GMC {K(a['gmc'])}).
2. On {d} at 17:05 the deceased, {I('P', p['title'] + ' ' + p['last'])}, was brought in by ambulance (CAD incident {I('REF', str(g.r.randint(100000, 999999)))}) by paramedics {I('C', para['full'])} and a colleague. The handover was of abdominal pain and collapse.
3. I assessed {I('P', p['title'] + ' ' + p['last'])} at 17:20. BP 74/40, HR 128. Bedside ultrasound showed an abdominal aortic aneurysm of 7.2 cm. I called the vascular registrar, Dr {I('C', c1['full'])}, at 17:24 and the consultant anaesthetist Dr {I('C', c2['full'])} at 17:26. Permissive hypotension was maintained and 2 units of O-negative blood given via the {K('Major Haemorrhage Protocol')}.
4. The patient was transferred to theatre at 17:58. I was told later that {I('P', p['title'] + ' ' + p['last'])} died at 20:40 in theatre. I did not speak to Dr {I('C', c1['last'])} again that evening.
5. I believe the facts in this statement are true.

Signed: {K(a['name'])}   Dated: {g.date(2024, 2025)}
"""
    return 'coroner_statement', t

def police_statement(g, a):
    p = g.person(); off = g.person(); crime = f"{g.r.choice(['13', '06', '20'])}/{g.r.randint(100000, 999999)}/{g.r.randint(22, 25)}"
    t = f"""WITNESS STATEMENT (Criminal Procedure Rules r.16.2; Criminal Justice Act 1967 s.9)
URN: {I('REF', f"{g.r.randint(10, 99)}{g.r.choice('ABCDEFGH')}{g.r.choice('ABCDEFGH')}{g.r.randint(1000000, 9999999)}")}   Crime ref: {I('REF', crime)}
Statement of: {K(a['name'])}   Age: over 18   Occupation: Doctor

I am a doctor at {K(a['hosp'])}. At about 01:30 on {g.date(2023, 2025)} I examined {I('P', p['full'])} (hospital number {I('H', g.hosp())}) in the Emergency Department at the request of PC {I('C', off['last'])} (collar number {I('O', str(g.r.randint(1000, 9999)))}).
{I('P', p['first'])} had a 4 cm laceration to the left parietal scalp, consistent with a blow from a blunt object, and a {K(BOXER)} of the right fifth metacarpal. GCS was 14 ({K('Glasgow Coma Scale')} E4 V4 M6) and {I('P', p['first'])} smelled of alcohol. {I('P', p['first'])} told me that "{I('R', g.person()['first'])} from the flat upstairs" had hit them with a bottle outside {I('A', "the Black Bull on " + g.street().split(' ', 1)[1])}. CT head showed no intracranial injury ({K('Canadian CT Head Rule')} applied).
I photographed the wounds with consent using the trust medical photography service.
Signed: {K(a['short'])}    Witnessed by: PC {I('C', off['full'])}
"""
    return 'police_statement', t

def family_letter(g, a):
    p = g.person(); writer = g.person(culture=p['culture'], sex='F'); tw = g.town()
    t = f"""Dear {K(a['short'])},

I am writing to say thank you for everything you did for my {g.r.choice(['dad', 'grandad', 'husband'] if p['sex']=='M' else ['mum', 'nan', 'auntie'])}, {I('P', p['first'])} ({I('P', p['first'] + ' ' + p['last'])} – you will remember {('him' if p['sex']=='M' else 'her')} as the one who sang on the ward!), during those last two weeks on {K('Ward 22')}. You always found time to sit with us, even at the weekend, and you explained the {K('ReSPECT form')} so kindly. When we asked about taking {I('P', p['first'])} home to {I('A', g.street() + ', ' + tw)} you made it happen in one day, with the hospice team and the {K('syringe driver')}.

{I('P', p['nick'] or p['first'])} died peacefully on {g.date(2024, 2025)} with the grandchildren in the garden. We will never forget it.

With love and thanks,
{I('R', writer['full'])} and all the family
{I('T', g.phone('mob'))}
"""
    return 'patient_family_letter', t

def paeds_cp_report(g, a):
    c = g.person(); mum = g.person(sex='F', culture=c['culture']); dad = g.person(sex='M', culture=c['culture'])
    dob = g.dob(2019, 2024); h = g.hosp(); n = g.nhs_fmt('spaced'); sw = g.person()
    t = f"""CHILD PROTECTION MEDICAL REPORT
Child: {I('P', c['first'] + ' ' + c['last'])}   DOB: {K(dob)}   Sex: {K('Male' if c['sex']=='M' else 'Female')}
Hospital no: {I('H', h)}   NHS: {I('N', n)}
Address: {I('A', g.street())}, {I('A', g.town())}, {I('PC', g.postcode())}
School/nursery: {I('A', 'Little Acorns Nursery, ' + g.town())}
Person(s) with parental responsibility: {I('R', mum['full'])} (mother), {I('R', dad['full'])} (father)
Social worker: {I('C', sw['full'])}, Brent Children's Services, ref {I('REF', f"CS{g.r.randint(100000, 999999)}")}
Examining doctor: {K(a['name'])} with {K(a['sup'])} (Named Doctor)

History from {I('R', mum['first'])}: {I('P', c['first'])} rolled off the sofa on Sunday. No history of bleeding disorder. Father {I('R', dad['first'])} was at work at {I('A', 'Wembley Park station')}.
Findings: three bruises on the left pinna (TEN-4 distribution – {K('TEN-4-FACESp')} positive), petechiae to the neck. Weight on 25th centile. Fontanelle soft.
Investigations: FBC, clotting, {K('von Willebrand')} screen normal; skeletal survey shows healing posterior rib fractures R 6–7; CT head normal; ophthalmology: no retinal haemorrhages.
Opinion: the injuries are highly likely to be inflicted. Strategy meeting held; {I('P', c['first'])} discharged to maternal grandmother {I('R', g.person(sex='F', culture=c['culture'])['full'])} under a safety plan.
"""
    return 'child_protection_report', t

def anaesthetic_preop(g, a):
    p = g.person(); h = g.hosp(); dob = g.dob(1940, 1990)
    t = f"""PRE-OPERATIVE ASSESSMENT (anaesthesia) – {K(a['hosp'])}
Name {I('P', p['full'])}  Hosp no {I('H', h)}  DOB {K(dob)}  Wt 96 kg  Ht 171 cm  BMI 32.8
Procedure: {K('Total knee replacement')} (R), list of {K(a['sup2'])}
{K('ASA')} III   {K('STOP-BANG')} 6 – untreated {K('obstructive sleep apnoea')} likely   {K('Mallampati')} 2   Mouth opening >3 cm
PMH: {K('atrial fibrillation')} on {K('rivaroxaban 20 mg')} (stop 48 h pre-op), {K('COPD')} (FEV1 58% predicted), T2DM on {K('gliclazide')}.
Plan: spinal (hyperbaric {K('bupivacaine 0.5%')} 2.6 ml) + {K('adductor canal block')}; avoid long-acting opioids; HDU bed booked. Sleep studies requested – {I('P', p['title'] + ' ' + p['last'])} agreed.
Assessor: {K(a['name'])}   Supervisor: {K(a['sup'])}
"""
    return 'preoperative_assessment', t

def obs_handover(g, a):
    items = []
    for room in g.r.sample(range(1, 16), 5):
        p = g.person(sex='F')
        items.append(f"Rm {room}: {I('P', p['first'])} {I('P', p['last'])} {I('H', g.hosp())} – " + g.r.choice([
            f"G2P1, 40+3, IOL for SROM, on {K('Syntocinon')} 12 ml/h, CTG normal.",
            f"G1P0, 36+1, {K('pre-eclampsia')}, BP 162/104, {K('labetalol')} + {K('magnesium sulfate')} ({K('Collaborative Eclampsia Trial')} regimen).",
            f"G3P2, 41+0, previous CS x1, VBAC, 6 cm at 20:00.",
            f"PN day 1 after PPH 2.1 L, Hb 74, 2 units given. Husband {I('R', g.person(sex='M', culture=p['culture'])['first'])} wants to talk to consultant.",
            f"G1P0, 29+2, threatened preterm labour, {K('atosiban')}, steroids x2 done, fFN positive."]))
    t = f"""Labour ward handover – {K(a['hosp'])} – {g.date(2024, 2025)} 20:30
Consultant: {K(a['sup'])}   Reg: {K(a['name'])}   SHO: Dr {I('C', g.person()['full'])}   Coordinator: {I('C', g.person(sex='F')['first'])}
""" + "\n".join(items) + f"""
Theatre 1 free. {K('MBRRACE-UK')} report discussion at Friday teaching.
"""
    return 'handover_sheet', t

def perinatal_mm(g, a):
    m = g.person(sex='F'); d = g.person(); ref = f"StEIS {g.r.randint(2022, 2025)}/{g.r.randint(10000, 99999)}"
    hssib = f"MI-{g.r.randint(100000, 999999)}"
    t = f"""Perinatal Mortality & Morbidity Review – {K('Perinatal Mortality Review Tool')} (PMRT)
{K(a['trust'])}   Date {g.date(2023, 2025)}
Case reference: {I('REF', ref)}   MNSI/HSSIB ref: {I('REF', hssib)}
Mother: {I('P', m['initdot'])}, 31, G2P1, booked at {I('A', 'Bulwell Riverside')} community midwifery hub
Baby: {I('P', 'Baby ' + m['last'])}, born 38+2, stillbirth

Summary: reduced fetal movements reported to triage by telephone at 37+6 (call taken by midwife {I('C', g.person(sex='F')['full'])}); advised to attend but arrived next morning. No FH on arrival. {K(SBL)} v3 element 3 (RFM) not fully met. Growth: {K('GROW')} centile 8 on scan at 34 weeks not acted on.
Attendees: {K(a['sup'])} (chair), {K(a['name'])}, Dr {I('C', d['full'])} (neonatology), parents' questions represented by bereavement midwife.
Grading: B (care issues which may have made a difference).
Actions: {K(a['short'])} to update RFM leaflet; triage phone audit.
"""
    return 'mm_minutes', t

def gp_consult_log(g, a):
    rows = []
    for i in range(6):
        p = g.person(); chi = g.nhs_fmt('plain')
        rows.append(f"{g.r.randint(8, 17):02d}:{g.r.choice(['00', '10', '20', '30', '40', '50'])}  {I('P', p['full'])}  CHI {I('N', chi)}  " + g.r.choice([
            f"{K('Asthma')} review, {K('ACT')} 17, stepped up to {K('Fostair')} 100/6 MART.",
            f"Low mood, {K('PHQ-9')} 19, started {K('sertraline 50 mg')}, safety-netted.",
            f"Chest pain – ECG normal, {K('QRISK3')} 14%, atorvastatin discussed.",
            f"UTI, {K('nitrofurantoin')} 3 days. Works at {I('A', 'Tesco Extra, Silverburn')}.",
            f"Child with fever, {K('NICE traffic light')} green, mum {I('R', g.person(sex='F', culture=p['culture'])['first'])} reassured.",
            f"{K('Gout')} flare, {K('colchicine 500 micrograms')} BD."]))
    t = f"""Consultation log (anonymise before upload!) – {K(a['name'])} – Pollokshields Health Centre – {g.date(2023, 2025)}
""" + "\n".join(rows) + f"""
Verified: {K(a['sup'])}, GP trainer
"""
    return 'consultation_log', t

def mini_cex(g, a):
    p = g.person(); asr = a['sup2']
    t = f"""Mini-CEX
Trainee {K(a['name'])} | Assessor {K(asr)} (Consultant) | {g.date(2023, 2025)} | {K(a['hosp'])}
Case: {g.r.randint(18, 90)}-year-old with {g.r.choice(['new AF and TIA', 'acute asthma', 'first seizure', 'abdominal pain in pregnancy'])} – {I('P', p['initdot'])}, bed {g.r.randint(1, 30)}
Focus: history, examination, clinical judgement. {K('CHA2DS2-VASc')} 4, {K('ORBIT')} 1. Started {K('edoxaban 60 mg')}.
Rating: 5/6. Feedback: well structured; offer the patient a written summary.
"""
    return 'mini_cex', t

def dops(g, a):
    p = g.person(); h = g.hosp()
    t = f"""DOPS – Direct Observation of Procedural Skills
Trainee: {K(a['name'])}  Assessor: {K(a['sup'])}  Date: {g.date(2023, 2025)}
Procedure: {K('Ultrasound-guided internal jugular central venous catheter')}
Patient: {I('P', p['first'][0] + p['last'][0] + ' ' + h)}   Indication: vasopressors
Setting: {K('Critical Care Unit')}, {K(a['hosp'])}
Consent, asepsis (ANTT), {K('Seldinger technique')}, confirmation with CXR – all satisfactory.
Overall: competent to perform unsupervised.
"""
    return 'dops', t

def short_note(g, a):
    p = g.person(); n = g.nhs_fmt('spaced')
    # NHS number split across lines and OCR-mangled hospital number
    n2 = n[:7] + "\n" + n[8:]
    h = g.hosp(); hocr = h.replace('0', 'O', 1).replace('1', 'l', 1) if any(ch in h for ch in '01') else h + 'l'
    t = f"""Scanned ED card (OCR text)
Name: {I('P', p['last'].upper())} {I('P', p['first'])}   NHS {I('N', n2)}
Hosp No {I('H', hocr)}
Triage 11:42  Cat 4  Pain 5/10
PC: wrist injury, FOOSH at work. {K('Scaphoid')} tenderness in the anatomical snuffbox, pain on telescoping of the thumb. X-ray: no fracture seen (4 scaphoid views).
Plan: {K('Futuro')} splint / thumb spica, analgesia ({K('co-codamol 30/500')}), virtual fracture clinic 10/7, repeat imaging if still tender. Advice leaflet given.
Seen: {K(a['short'])}
"""
    return 'ed_card_ocr', t

def job_plan(g, a):
    t = f"""Job plan 2024/25 (signed off)
Doctor: {K(a['name'])}, Specialty Doctor – {K(a['trust'])}
Programmed activities: DCC 8.5, SPA 1.5
Mon: {K('fracture clinic')} | Tue: ED shop floor | Wed: teaching + audit | Thu: ED | Fri: on-call
Agreed by: {K(a['sup'])} (Clinical Director) and {K(a['sup2'])} (Medical Director's office)
Rota coordinator contact: {I('C', g.person(sex='F')['full'])}, {I('E', 'rota.ed@example-nhs.uk')}
"""
    return 'job_plan', t

TEMPLATES = [
    (clinic_letter, ['im', 'im', 'gp']), (discharge_summary, ['im', 'em', 'im']), (referral_letter, ['gp', 'gp']),
    (operation_note, ['surg', 'surg', 'obs']), (theatre_logbook, ['surg', 'surg', 'anaes']),
    (procedure_list, ['em', 'anaes']), (ward_round, ['im', 'im', 'em']), (handover, ['em', 'em', 'paeds']),
    (audit_csv, ['em', 'im', 'anaes']), (mdt_minutes, ['surg', 'surg']), (mm_minutes, ['anaes', 'anaes']),
    (incident_report, ['im', 'psych', 'paeds']), (complaint_response, ['em', 'em', 'surg']),
    (reflective, ['em', 'im', 'anaes']), (reflective_long, ['paeds', 'paeds']), (cbd, ['psych', 'psych', 'psych']),
    (supervisor_report, ['em', 'anaes']), (msf, ['em', 'gp', 'obs']), (certificate, ['em', 'anaes', 'obs', 'psych']),
    (teaching_feedback, ['im', 'paeds']), (email_thread, ['surg', 'im', 'anaes']), (chat_export, ['obs', 'obs']),
    (safeguarding_adult, ['im', 'gp']), (mha_paperwork, ['psych', 'psych', 'psych']), (coroner_statement, ['em', 'em']),
    (police_statement, ['em', 'em']), (family_letter, ['im', 'gp', 'paeds']), (paeds_cp_report, ['paeds', 'paeds']),
    (anaesthetic_preop, ['anaes', 'anaes']), (obs_handover, ['obs', 'obs']), (perinatal_mm, ['obs']),
    (gp_consult_log, ['gp', 'gp']), (mini_cex, ['im', 'em']), (dops, ['anaes', 'im']), (short_note, ['em', 'em']),
    (job_plan, ['em']),
]

def build():
    g = Gen(14014)
    docs = []
    n = 0
    for fn, specs in TEMPLATES:
        for sp in specs:
            a = APPL[sp]
            g.new_doc()
            kind, marked = fn(g, a)
            text, ids, keep = parse(marked)
            for form in (a['name'], a['short'], a['gmc']):
                if form in text and form not in keep:
                    keep.append(form)
            n += 1
            docs.append({"id": f"s14-{n:03d}", "kind": kind, "applicant": a['name'], "text": text,
                         "identifiers": ids, "keep": keep})
    return docs


def si_report(g, a):
    p = g.person(); wife = g.person(culture=p['culture'], sex=('F' if p['sex'] == 'M' else 'M'))
    fy, reg, nurse, para, rad = g.person(), g.person(), g.person(sex='F'), g.person(), g.person()
    h = g.hosp(); n = g.nhs_fmt('spaced'); steis = f"{g.r.randint(2023, 2025)}/{g.r.randint(10000, 99999)}"
    dat = f"W{g.r.randint(100000, 999999)}"; cad = f"{g.r.randint(10000, 99999)}-{g.r.randint(10, 31)}"
    he = 'he' if p['sex'] == 'M' else 'she'; He = he.capitalize(); his = 'his' if p['sex'] == 'M' else 'her'
    dob = g.dob(1950, 1970); tw = g.town(); st = g.street()
    paras = [
f"""SERIOUS INCIDENT INVESTIGATION REPORT (Patient Safety Incident Response Framework – PSII)
{K(a['trust'])}
StEIS reference: {I('REF', steis)}    Datix: {I('REF', dat)}
Report author: {K(a['name'])}, Specialty Doctor in Emergency Medicine (investigation lead)
Executive sponsor: {K(a['sup2'])}    Clinical reviewer: {K(a['sup'])}""",
f"""1. Patient and incident
The patient, {I('P', p['full'])} (NHS {I('N', n)}, hospital number {I('H', h)}), born {K(dob)}, {K('male' if p['sex']=='M' else 'female')}, lived with {his} {('wife' if p['sex']=='M' else 'husband')} {I('R', wife['full'])} at {I('A', st + ', ' + tw)}. {He} was brought to the Emergency Department of {K(a['hosp'])} by ambulance (CAD {I('REF', cad)}) at 14:12 with a 2-hour history of sudden severe headache while gardening. Paramedic {I('C', para['full'])} documented a GCS of 15 and BP 188/102. {I('P', p['first'])} was triaged as Manchester Triage category 3 and placed in the waiting area.""",
f"""2. Chronology (summary)
14:12 arrival. 14:31 triage by {I('C', nurse['full'])}, RN. 16:05 first medical review by Dr {I('C', fy['full'])} (FY2), who documented "thunderclap headache, onset at rest?" and requested CT head. 16:40 CT requested on the electronic system as "routine". 18:22 {I('P', p['first'])} vomited and GCS dropped to 12 (E3 V4 M5). 18:25 reviewed by the ED registrar Dr {I('C', reg['full'])}; CT upgraded to urgent. 18:51 CT showed diffuse subarachnoid haemorrhage ({K('Fisher grade')} 4, {K('WFNS grade')} 4). 19:10 discussed with the regional neurosurgical centre. 19:58 intubated by the anaesthetic team. 21:30 transferred. {I('P', p['first'])} underwent coiling of a posterior communicating artery aneurysm the next morning and was discharged to neuro-rehabilitation after 41 days with a {K('modified Rankin Scale')} of 3.""",
f"""3. Findings
3.1 The presentation met the {K('Ottawa SAH Rule')} criteria for investigation (age over 40, onset with exertion). The {K('NICE NG228')} guidance on subarachnoid haemorrhage recommends CT head within 6 hours of onset. The CT was performed at approximately 6 hours 50 minutes after onset.
3.2 The delay between triage and first medical review (94 minutes) was within the department's median that day; the department was on OPEL 4 with 31 patients waiting for beds.
3.3 The CT request was marked "routine" because the default on the new electronic requesting system was "routine" and Dr {I('C', fy['last'])} was not aware that the priority had to be changed manually. Three other requests that week had the same problem (Datix {I('REF', f"W{g.r.randint(100000, 999999)}")}, {I('REF', f"W{g.r.randint(100000, 999999)}")}).
3.4 The radiographer, {I('C', rad['first'] + ' ' + rad['last'])}, did not have sight of the clinical details because the free-text field was truncated at 60 characters.
3.5 No individual acted unreasonably. Dr {I('C', fy['last'])} sought advice appropriately but the registrar was in resus managing a trauma call. Dr {I('C', reg['last'])} recognised the deterioration promptly.""",
f"""4. Involvement of the family
I met {I('R', wife['first'])} and their daughter {I('R', g.person(sex='F', culture=p['culture'])['first'])} on two occasions with our family liaison officer. {I('R', wife['first'])} asked why {I('P', p['first'])} had sat in the waiting room "for four hours holding {his} head", and whether the outcome would have been different. I explained honestly that we cannot say, but that earlier imaging would have allowed earlier blood pressure control and transfer. Their questions are answered in appendix 2, which was shared with them in a letter sent to {I('A', st)}. The {K('Duty of Candour')} was met on {g.date(2024, 2025)}.""",
f"""5. Safety actions
(a) The electronic requesting system now defaults to "urgent" for CT head requests from the ED (owner: radiology IT lead; completed). (b) A "thunderclap headache" prompt has been added to the triage tool so that such patients are seen by a clinician within 30 minutes (owner: {K(a['short'])}; monitored monthly). (c) Teaching on headache red flags and the {K('Ottawa SAH Rule')} delivered to FY and CT doctors; 26 attended. (d) The free-text field limit has been raised to 500 characters.""",
f"""6. Reflection of the investigator
Leading this investigation was my first experience of the PSIRF approach. It taught me to look at the system rather than for someone to blame, and how easily a default setting in software can create risk. I found the meetings with {I('R', wife['first'])} difficult: I was tempted to defend the department and had to remind myself that my role was to listen. I have since completed the {K('HSSIB')} investigation e-learning and the trust's {K('Just Culture')} training. My supervisor's feedback on the draft was that my recommendations were specific and measurable, and that I should have involved the FY2 doctor earlier so that the learning felt shared rather than imposed.""",
f"""Verified as accurate: {K(a['sup'])}, Consultant in Emergency Medicine and Clinical Governance Lead, {g.date(2025, 2025)}."""]
    return 'serious_incident_report', "\n\n".join(paras) + "\n"

def long_letter_psych(g, a):
    p = g.person(); mum = g.person(sex='F', culture=p['culture']); gp = g.person(); cpn = g.person(sex='F')
    h = f"RiO {g.r.randint(1000000, 9999999)}"; n = g.nhs_fmt('plain'); dob = g.dob(1985, 2004); st = g.street(); tw = g.town(); pc = g.postcode()
    uni = g.r.choice(['Leeds Beckett University', 'the University of Bradford', 'Leeds Arts University'])
    he = 'he' if p['sex'] == 'M' else 'she'; He = he.capitalize(); his = 'his' if p['sex'] == 'M' else 'her'; him = 'him' if p['sex'] == 'M' else 'her'; His = his.capitalize()
    ref = f"{a['init']}/EIP/{g.r.randint(1000, 9999)}"
    paras = [
f"""{K(a['trust'])}
Early Intervention in Psychosis Service, {K('Aire Court Community Unit')}
Tel {I('T', g.phone('land'))}

Our ref: {I('REF', ref)}
Date: {g.date(2024, 2025)}

Dr {I('C', gp['full'])}
{I('A', 'Chapeltown Family Surgery')}
{I('A', g.street())}, {I('A', g.town())} {I('PC', g.postcode())}""",
f"""Dear Dr {I('C', gp['last'])},

Re: {I('P', p['full'])}, DOB {K(dob)}, NHS {I('N', n)}, {I('H', h)}
{I('A', st + ', ' + tw)}, {I('PC', pc)}""",
f"""Diagnosis: {K('First episode psychosis')} – provisional ICD-10 {K('F23.1')} ({K('acute polymorphic psychotic disorder with symptoms of schizophrenia')}); {K('cannabis use disorder')} ({K('F12.2')}).
Medication: {K('aripiprazole 10 mg')} once daily (started 6 weeks ago); {K('promethazine 25 mg')} at night as required.""",
f"""I saw {I('P', p['first'])} today for a 6-week medical review at the Early Intervention service, with {his} mother {I('R', mum['full'])} and {his} care coordinator {I('C', cpn['full'])}. {I('P', p['first'])} is {g.r.randint(19, 24)} and is in the second year of a sports science degree at {I('A', uni)}; {he} works weekends at {I('A', 'the JD Sports in the Trinity centre')}. {He} was referred by the crisis team after {his} flatmates found {him} barricaded in {his} room believing that a neighbour was transmitting {his} thoughts through the Wi-Fi router.""",
f"""Progress. {I('P', p['first'])} reports that the voices have reduced from "all day" to "a couple of times a week" and no longer comment on {his} actions. {His} belief about the router is now held with less conviction ("I think it might have been the weed"). {He} is sleeping 7 hours. {He} has reduced cannabis from daily to about twice a week and has been engaging with the substance misuse worker. {I('R', mum['first'])} feels {he} is "nearly back to {his} old self" but is worried about {his} plan to return to halls in {I('A', 'Headingley')} next month.""",
f"""Mental state. Casually dressed, good rapport, mildly restricted affect. Speech normal rate and form. No formal thought disorder. Residual ideas of reference, no systematised delusions. Denies hallucinations in the last week. No thoughts of harm to self or others. Insight partial but improving. {K('PANSS')} positive subscale 14 (baseline 27). {K('CAARMS')} not applicable.""",
f"""Physical health. Weight 78.4 kg (baseline 74.1 kg); BMI 24.6; waist 86 cm; BP 124/76; pulse 72. Fasting glucose 4.9 mmol/L, HbA1c 34 mmol/mol, total cholesterol 4.6 mmol/L, prolactin 112 mU/L. ECG: QTc 412 ms. Following the {K('Lester UK Adaptation')} of the positive cardiometabolic health resource, the 4 kg weight gain warrants lifestyle intervention; {I('P', p['first'])} has agreed to see our physical health nurse and to join the service's football group.""",
f"""Plan. 1) Continue {K('aripiprazole 10 mg')}; we discussed the evidence that treatment should continue for at least 12 months after remission of a first episode, as in {K('NICE CG178')}. 2) {K('Cognitive behavioural therapy for psychosis')} (CBTp) – on the waiting list; family intervention offered to {I('R', mum['first'])} and {I('P', p['first'])}'s father {I('R', g.person(sex='M', culture=p['culture'])['first'])}. 3) Return to university: we will write to the disability service at {I('A', uni)} with {I('P', p['first'])}'s consent to request reasonable adjustments. 4) Relapse signature and crisis plan agreed; the crisis line number was given. 5) Review in 8 weeks.""",
f"""I would be grateful if you could repeat the fasting lipids and HbA1c in 3 months. There is no need to change the medication in primary care. Please do not hesitate to contact me.

Yours sincerely,

{K(a['name'])}
Specialty Doctor, Early Intervention in Psychosis (GMC {K(a['gmc'])})
Supervising consultant: {K(a['sup2'])}

cc: {I('P', p['full'])}; {I('C', cpn['full'])}, care coordinator"""]
    return 'clinic_letter', "\n\n".join(paras) + "\n"

TEMPLATES += [(si_report, ['em', 'em']), (long_letter_psych, ['psych', 'psych'])]

if __name__ == '__main__':
    docs = build()
    with open('texts.jsonl', 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(docs), 'texts')
