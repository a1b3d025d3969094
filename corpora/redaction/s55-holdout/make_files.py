"""Renders files/ from hand-typed strings below and writes files.jsonl (boxes measured while drawing)."""
import json, os, sys, random
from email.message import EmailMessage
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.join(HERE, "src"))
from PIL import Image, ImageFilter, ImageDraw
import docx
from render import Page, K, check_counts, font
from pdfpage import PdfDoc
from common import PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID

OUT = os.path.join(HERE, "files"); os.makedirs(OUT, exist_ok=True)
random.seed(55)
RECORDS = []

def noisy(im, amount=18, blur=0.7):
    im = im.filter(ImageFilter.GaussianBlur(blur))
    px = im.load(); w, h = im.size
    for _ in range(w * h // 25):
        x, y = random.randrange(w), random.randrange(h); r, g, b = px[x, y]
        n = random.randint(-amount, amount); px[x, y] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
    return im

def finish(id_, fname, fmt, kind, applicant, pages, plist=None, pdf=None, photos=None, ids=None, keep=None):
    ids_, keep_, codes = [], [], []
    if plist:
        for pg in plist:
            check_counts("\n".join(pg.lines), pg.ids + pg.keep, fname + " p%d" % pg.p)
            ids_ += pg.ids; keep_ += pg.keep; codes += pg.codes
    if pdf:
        for p, ls in pdf.lines.items():
            check_counts("\n".join(ls), [e for e in pdf.ids + pdf.keep if e["page"] == p], fname + " p%d" % p)
        ids_, keep_, codes = pdf.ids, pdf.keep, pdf.codes
    if ids is not None: ids_, keep_ = ids, keep
    rec = {"id": id_, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant, "pages": pages,
           "identifiers": ids_, "keep": keep_, "barcodes": codes}
    if photos: rec["photos"] = photos
    RECORDS.append(rec)

# ---------------------------------------------------------------- f01 wristband photo (A1)
A1 = "Dr Arjun Raghavan"
pg = Page(1200, 520, bg=(201, 160, 132))
pg.d.rounded_rectangle((50, 110, 1150, 420), radius=40, fill=(250, 250, 246), outline=(200, 200, 200), width=3)
pg.line(90, 130, [("KIRKSTALL VALE HOSPITAL", K)], 24, "bold", fill=(20, 40, 120))
pg.line(90, 172, [("OKAFOR-LYLE, Desmond", PN)], 34, "bold")
pg.line(90, 226, [("DOB: ", None), ("02/09/1968", K), ("   ", None), ("Male", K)], 26)
pg.line(90, 268, [("MRN: ", None), ("KVH4471903", HN)], 26)
pg.line(90, 310, [("NHS: ", None), ("485 227 9013", NHS)], 26)
pg.line(90, 352, [("ALLERGY: ", None), ("PENICILLIN", K)], 24, "bold", fill=(180, 0, 0))
pg.code(640, 160, "KVH4471903", mw=0.33, mh=13)
pg.im = noisy(pg.im, 10, 0.6)
pg.im.save(os.path.join(OUT, "s55-f01-wristband.png"))
finish("s55-f01", "s55-f01-wristband.png", "png", "wristband_photo", A1, 1, [pg],
       photos=[{"page": 1, "box": [0.0, 0.0, 1.0, 1.0], "what": "photograph of the patient's wrist wearing the band"}])

# ---------------------------------------------------------------- f02 addressograph label sheet, text-layer PDF (A2)
A2 = "Dr Farhana Akter"
pdf = PdfDoc(os.path.join(OUT, "s55-f02-addressograph.pdf"))
pdf.line(40, 40, [("Northgate Infirmary", K), (" - PAS patient labels - printed 12/03/2024 07:55 - ", None), ("Ward 30 (AMU)", K)], 10)
pdf.line(40, 54, [("Requested by: ", None), ("Dr F Akter", K), (" (AMU)", None)], 9)
for r in range(3):
    for c in range(2):
        x = 40 + c * 270; y = 75 + r * 250
        pdf.rect(x - 6, y - 6, 258, 236)
        pdf.line(x, y + 12, [("PRENDERGAST, Dorothy May", PN)], 12, "DVB")
        pdf.line(x, y + 30, [("DOB ", None), ("14/07/1932", K), ("   ", None), ("Female", K)], 10)
        pdf.line(x, y + 46, [("MRN ", None), ("6609418", HN)], 10)
        pdf.line(x, y + 62, [("NHS ", None), ("401 775 2936", NHS)], 10)
        pdf.line(x, y + 78, [("12 Canal View, Stourport", AD)], 10)
        pdf.line(x, y + 94, [("DY13 8QA", PC)], 10)
        pdf.line(x, y + 110, [("GP: ", None), ("Dr R. Saini", CN)], 10)
        pdf.code(x, y + 122, "6609418", scale=0.5, mw=0.3, mh=8)
pdf.save()
finish("s55-f02", "s55-f02-addressograph.pdf", "pdf", "addressograph_label_sheet", A2, 1, pdf=pdf)

# ---------------------------------------------------------------- f03 histopathology request form PNG (A9)
A9 = "Dr Giulia Ferraro"
pg = Page(1240, 1754)
d = pg.d
pg.line(60, 50, [("ASHCOMBE ROYAL HOSPITAL", K)], 34, "bold")
pg.line(60, 100, "CELLULAR PATHOLOGY - HISTOLOGY REQUEST FORM", 28, "bold")
d.rectangle((50, 160, 1190, 620), outline="black", width=3)
pg.line(70, 180, [("Surname: ", None), ("HAWKSWORTH", PN)], 26)
pg.line(70, 230, [("Forename(s): ", None), ("Roy", PN), (" Alan", PN)], 26)
pg.line(70, 280, [("DOB: ", None), ("11/05/1944", K), ("     Sex: ", None), ("Male", K)], 26)
pg.line(70, 330, [("MRN: ", None), ("ARH2210058", HN)], 26)
pg.line(70, 380, [("NHS No: ", None), ("663 710 2449", NHS)], 26)
pg.line(70, 430, [("Address: ", None), ("Flat 9, Linden House, Tower Street, Ashcombe", AD)], 26)
pg.line(70, 480, [("Postcode: ", None), ("AS12 3JQ", PC)], 26)
pg.code(760, 180, "ARH2210058", mw=0.3, mh=10)
pg.code(930, 330, "ARH2210058|6637102449", kind="QR", box=5)
d.rectangle((50, 650, 1190, 1250), outline="black", width=3)
pg.line(70, 670, [("Specimen: ", None), ("OGJ biopsies x6 (35-38 cm)", K)], 26)
pg.line(70, 720, [("Date taken: ", None), ("05/03/2024", K), ("  Time 10:40", None)], 26)
pg.line(70, 770, [("Clinical details: ", None), ("dysphagia, stricture 3cm OGJ, ?adenocarcinoma", K)], 26)
pg.line(70, 820, "Previous histology: none.  Urgent / 2WW: YES", 26)
pg.line(70, 900, [("Requesting clinician: ", None), ("Dr Giulia Ferraro", K), ("   Bleep ", None), ("2271", PH)], 26)
pg.line(70, 950, [("Consultant: ", None), ("Dr A Kulkarni", K), ("   Location: Endoscopy Room 2", None)], 26)
pg.line(70, 1000, [("Copy report to GP: ", None), ("Dr Marcus Feld", CN)], 26)
d.rectangle((50, 1300, 1190, 1500), outline="black", width=2)
pg.line(70, 1320, "LABORATORY USE ONLY", 24, "bold")
pg.line(70, 1370, [("Lab no: ", None), ("H24-031877", OID), ("    Received ", None), ("05/03/2024", K), (" 15:12", None)], 26)
pg.im = noisy(pg.im, 8, 0.4)
pg.im.save(os.path.join(OUT, "s55-f03-histology-request.png"))
finish("s55-f03", "s55-f03-histology-request.png", "png", "specimen_request_form", A9, 1, [pg])

# ---------------------------------------------------------------- f04 photographed ICU whiteboard JPEG (A5)
A5 = "Dr Mihai Popescu"
pg = Page(1600, 1000, bg=(236, 240, 236))
pg.d.rectangle((20, 20, 1580, 980), outline=(120, 120, 130), width=14)
blue, red = (20, 40, 150), (170, 20, 20)
pg.line(60, 50, [("ICU 1", K), ("   ", None), ("02/10/24", K), ("   Cons: ", None), ("Dr Lindqvist", K), ("   Reg: ", None), ("Dr Popescu", K)], 40, "cond", blue)
pg.line(60, 150, [("1  ", None), ("McKENZIE A", PN), ("   sepsis  NA   RN ", None), ("Kirsty", CN)], 40, "cond", blue)
pg.line(60, 240, [("2  ", None), ("J. DOUGAN", PN), ("   ARDS prone 16h   RN ", None), ("Stevie", CN)], 40, "cond", blue)
pg.line(60, 330, [("3  ", None), ("FERGUSON C", PN), ("   CVVHDF   RN ", None), ("Marta", CN)], 40, "cond", blue)
pg.line(60, 420, [("5  ", None), ("TAM (Wee Tam) REID", PN), ("   EVD  ICP<20   RN ", None), ("Ali", CN)], 40, "cond", blue)
pg.line(60, 510, [("6  ", None), ("M. ROBB", PN), ("   HFNO -> ", None), ("Ward 7", K)], 40, "cond", blue)
pg.line(60, 640, [("FAMILY: bed 5 dad ", None), ("Tam snr", RN), (" 14:00", None)], 36, "cond", red)
pg.line(60, 720, [("CHI bed 3: ", None), ("2711440318", NHS), ("  (for bloods)", None)], 36, "cond", red)
pg.line(60, 800, "Ring micro re bed 2 BAL!", 36, "cond", red)
pg.im = noisy(pg.im, 22, 1.1)
pg.im.save(os.path.join(OUT, "s55-f04-icu-whiteboard.jpg"), quality=82)
finish("s55-f04", "s55-f04-icu-whiteboard.jpg", "jpeg", "whiteboard_photo", A5, 1, [pg])

# ---------------------------------------------------------------- f05 scanned MCA form with patient sticker, image-only PDF (A6)
A6 = "Dr Larissa Monteiro"
pg = Page(1240, 1754, bg=(246, 246, 242))
pg.line(60, 60, [("Pennine Vale Mental Health NHS Foundation Trust", K)], 26, "bold")
pg.line(60, 110, [("MENTAL CAPACITY ASSESSMENT - ", None), ("Mental Capacity Act 2005", K)], 26, "bold")
pg.d.rectangle((700, 180, 1200, 520), fill=(255, 255, 255), outline="black", width=2)
pg.line(720, 195, [("CLEGG, Winifred", PN)], 26, "bold")
pg.line(720, 235, [("DOB ", None), ("02/12/1937", K), ("  F", None)], 22)
pg.line(720, 270, [("RiO ", None), ("2031877", HN)], 22)
pg.line(720, 305, [("NHS ", None), ("611 448 3075", NHS)], 22)
pg.line(720, 340, [("7 Mill St, Pateley Bridge", AD)], 22)
pg.line(720, 375, [("HG3 5AB", PC)], 22)
pg.code(720, 410, "2031877", mw=0.36, mh=8)
pg.line(60, 200, "Decision to be made:", 24, "bold")
pg.line(60, 240, "whether to remain living at home with a care package", 24, "ital")
pg.line(60, 600, [("Assessor: ", None), ("Dr Larissa Monteiro", K), ("  Date: ", None), ("04/04/2024", K)], 24, "ital")
pg.line(60, 650, [("Others present: niece ", None), ("Gail Clegg", RN), (", CPN ", None), ("Jo Hartley", CN)], 24, "ital")
pg.line(60, 720, "Stage 1: impairment of mind - yes (mixed dementia)", 24, "ital")
pg.line(60, 770, "Stage 2: understand - partly; retain - NO; weigh - no; communicate - yes", 24, "ital")
pg.line(60, 840, "Outcome: LACKS capacity for this decision. Best interests meeting to follow.", 24, "ital")
pg.line(60, 910, [("Neighbour with key: ", None), ("Mr Pottage", RN), (" (no. 9)", None)], 24, "ital")
pg.im = noisy(pg.im.convert("L").convert("RGB"), 16, 0.6)
pg.im.save(os.path.join(OUT, "s55-f05-mca-form-scan.pdf"), resolution=150)
finish("s55-f05", "s55-f05-mca-form-scan.pdf", "pdf", "scanned_form_with_patient_sticker", A6, 1, [pg])

# ---------------------------------------------------------------- f06 clinic letter, text-layer PDF with QR (A7)
A7 = "Dr Rania Haddad"
pdf = PdfDoc(os.path.join(OUT, "s55-f06-clinic-letter.pdf"))
pdf.line(50, 50, [("Mourne and Lagan Health and Social Care Trust", K)], 13, "DVB")
pdf.line(50, 66, [("Lisnamore Child Development Centre", K)], 10)
pdf.line(50, 100, [("Our ref: ", None), ("CP/RH/24/4410", REF), ("        Date: ", None), ("21/11/2024", K)], 10)
pdf.line(50, 130, [("Dr Siobhan Kwan", CN)], 10)
pdf.line(50, 144, [("Ballynahinch Health Centre, 8 Dromore Road, Ballynahinch", AD)], 10)
pdf.line(50, 158, [("BT24 8AY", PC)], 10)
pdf.line(50, 190, [("Re: ", None), ("Ava Donnelly", PN), (", DOB ", None), ("08/10/2024", K), (", H&C ", None), ("390 112 8841", NHS)], 10, "DVB")
pdf.line(50, 204, [("Address: ", None), ("15 Crossgar Road, Ballynahinch", AD), (" ", None), ("BT24 8XY", PC)], 10)
pdf.line(50, 236, [("Dear Dr ", None), ("Kwan", CN), (",", None)], 10)
pdf.line(50, 252, [("I reviewed ", None), ("Ava", PN), (" with her mother ", None), ("Clodagh", RN), (" after the health visitor's call on the advice line.", None)], 10)
pdf.line(50, 266, [("Weight ", None), ("3.62 kg (2nd centile)", K), (", birth weight on the 9th centile. Mucus and blood in stools.", None)], 10)
pdf.line(50, 280, [("Impression: ", None), ("cow's milk protein allergy", K), ("; started ", None), ("Nutramigen LGG", K), (".", None)], 10)
pdf.line(50, 294, "Weekly weights with the health visitor; review in 4 weeks.", 10)
pdf.line(50, 330, "Yours sincerely", 10)
pdf.line(50, 360, [("Dr Rania Haddad", K), (", Specialty Doctor, Community Paediatrics", None)], 10)
pdf.line(50, 374, [("Verified: ", None), ("Dr Niamh O'Hare", K), (", Consultant Community Paediatrician", None)], 10)
pdf.line(50, 760, "Scan to open the electronic care record:", 8)
pdf.code(50, 768, "3901128841", kind="QR", scale=0.5, box=4)
pdf.save()
finish("s55-f06", "s55-f06-clinic-letter.pdf", "pdf", "clinic_letter_digital_pdf", A7, 1, pdf=pdf)

# ---------------------------------------------------------------- f07 operation note scan, image-only PDF (A1)
pg = Page(1240, 1754, bg=(245, 244, 238))
pg.line(60, 60, [("Kirkstall Vale Hospital", K), (" - OPERATION NOTE", None)], 30, "bold")
pg.d.rectangle((740, 150, 1200, 470), fill="white", outline="black", width=2)
pg.line(760, 165, [("KHAN, Waqar", PN)], 26, "bold")
pg.line(760, 205, [("DOB ", None), ("30/01/1978", K), ("  M", None)], 22)
pg.line(760, 240, [("KVH2567310", HN)], 22)
pg.line(760, 275, [("NHS ", None), ("702 118 4456", NHS)], 22)
pg.line(760, 310, [("22 Bradford Rd, Batley", AD), (" ", None), ("WF17 5LW", PC)], 20)
pg.code(760, 350, "KVH2567310", mw=0.28, mh=7)
pg.line(60, 170, [("Date: ", None), ("19/08/2023", K)], 24, "ital")
pg.line(60, 215, [("Surgeon: ", None), ("Dr A Raghavan", K)], 24, "ital")
pg.line(60, 260, [("Assistant: ", None), ("Ellis Thorne", CN), (" (F2)", None)], 24, "ital")
pg.line(60, 560, [("Procedure: open repair of incarcerated para-umbilical hernia, ", None)], 24, "ital")
pg.line(60, 600, [("6 x 6 cm ", None), ("Prolene mesh", K), (" onlay", None)], 24, "ital")
pg.line(60, 660, "Findings: 2 cm defect, incarcerated omentum - viable. No bowel in sac.", 24, "ital")
pg.line(60, 720, "Closure: 1 PDS loop to sheath, clips to skin.", 24, "ital")
pg.line(60, 780, [("Post-op: ", None), ("co-codamol 30/500", K), (" 2 QDS PRN, home day 1. Clips off day 10 (practice nurse).", None)], 24, "ital")
pg.line(60, 860, [("Signed ", None), ("A.R.", K)], 24, "ital")
pg.im = noisy(pg.im.convert("L").convert("RGB"), 25, 0.8)
pg.im.save(os.path.join(OUT, "s55-f07-operation-note-scan.pdf"), resolution=150)
finish("s55-f07", "s55-f07-operation-note-scan.pdf", "pdf", "scanned_operation_note", A1, 1, [pg])

# ---------------------------------------------------------------- f08 DOCX logbook with tables (A8)
A8 = "Dr Nurul Izzah Kamal"
dd = docx.Document()
dd.add_heading("Breast surgery logbook, July-December 2024", 1)
dd.add_paragraph("Dr Nurul Izzah Kamal - Specialty Doctor, Thornbury General Hospital")
rows = [("Date", "Patient", "Hosp No", "Procedure", "Role"),
        ("04/07/2024", "G.McA", "TGH61107", "Skin-sparing mastectomy, immediate DIEP (with Mr Bello)", "A"),
        ("18/07/2024", "Rukhsana B", "TGH61552", "Therapeutic mammoplasty (Wise pattern)", "P"),
        ("01/08/2024", "H.O-D", "TGH62019", "Hookwire WLE + SLNB", "P"),
        ("12/09/2024", "Mrs Lillian Foss", "TGH62780", "Mastectomy + ANC", "P-S"),
        ("03/10/2024", "KP", "TGH63311", "Excision of microdochectomy (Hadfield's)", "P")]
t = dd.add_table(rows=len(rows), cols=5); t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r): t.cell(i, j).text = v
dd.add_paragraph("Complications")
t2 = dd.add_table(rows=2, cols=3); t2.style = "Table Grid"
for j, v in enumerate(("Patient", "Complication", "Management")): t2.cell(0, j).text = v
for j, v in enumerate(("Rukhsana B (sister Shabana at bedside)", "haematoma day 1", "evacuation under GA")): t2.cell(1, j).text = v
dd.add_paragraph("Verified: Miss Clare Ashdown, Consultant Oncoplastic Surgeon, 06/01/2025")
dd.save(os.path.join(OUT, "s55-f08-logbook.docx"))
finish("s55-f08", "s55-f08-logbook.docx", "docx", "logbook_docx", A8, 1,
       ids=[{"text": "G.McA", "type": PN}, {"text": "TGH61107", "type": HN}, {"text": "Mr Bello", "type": CN},
            {"text": "Rukhsana B", "type": PN}, {"text": "TGH61552", "type": HN}, {"text": "H.O-D", "type": PN},
            {"text": "TGH62019", "type": HN}, {"text": "Mrs Lillian Foss", "type": PN}, {"text": "TGH62780", "type": HN},
            {"text": "KP", "type": PN}, {"text": "TGH63311", "type": HN}, {"text": "Shabana", "type": RN}],
       keep=[{"text": s} for s in ("Dr Nurul Izzah Kamal", "Thornbury General Hospital", "Miss Clare Ashdown", "DIEP",
                                   "Therapeutic mammoplasty (Wise pattern)", "Hadfield's", "06/01/2025", "04/07/2024")])

# ---------------------------------------------------------------- f09 DOCX cataract theatre list (A4)
A4 = "Dr Olena Kovalenko"
dd = docx.Document()
dd.add_heading("St Aldric's Eye Unit - Cataract list, Theatre 1 - Tuesday 14/05/2024 (am)", 1)
dd.add_paragraph("Surgeon: Dr O Kovalenko (independent list)   Consultant of the week: Mr J Hargreaves")
rows = [("No", "Name", "Hosp no", "NHS no", "Eye", "IOL", "Notes"),
        ("1", "ATHERTON, Joan", "SAE0388105", "419 662 0734", "R", "SN60WF +22.0 D", "alpha-blocker (tamsulosin) - iris hooks ready"),
        ("2", "PATEL, Hasmukh", "SAE0729914", "527 003 1198", "L", "SN60WF +19.5 D", "diabetic, HbA1c 58; Gujarati - son Nilesh to interpret"),
        ("3", "BYRNE, Eileen 'Lena'", "SAE0551279", "608 744 2051", "L", "SN6AT3 toric", "PXF, poor dilation"),
        ("4", "O'KANE, Sean", "SAE1002846", "712 095 4480", "R", "SN60WF +23.5 D", "on apixaban - continue")]
t = dd.add_table(rows=len(rows), cols=7); t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r): t.cell(i, j).text = v
dd.add_paragraph("Scrub: SN Dawn Fairweather.  Transport for patient 3 booked with ambulance ref PTS-24-55190.")
dd.save(os.path.join(OUT, "s55-f09-cataract-list.docx"))
finish("s55-f09", "s55-f09-cataract-list.docx", "docx", "theatre_list_docx", A4, 1,
       ids=[{"text": "ATHERTON, Joan", "type": PN}, {"text": "SAE0388105", "type": HN}, {"text": "419 662 0734", "type": NHS},
            {"text": "PATEL, Hasmukh", "type": PN}, {"text": "SAE0729914", "type": HN}, {"text": "527 003 1198", "type": NHS},
            {"text": "Nilesh", "type": RN}, {"text": "BYRNE, Eileen 'Lena'", "type": PN}, {"text": "SAE0551279", "type": HN},
            {"text": "608 744 2051", "type": NHS}, {"text": "O'KANE, Sean", "type": PN}, {"text": "SAE1002846", "type": HN},
            {"text": "712 095 4480", "type": NHS}, {"text": "Dawn Fairweather", "type": CN}, {"text": "PTS-24-55190", "type": REF}],
       keep=[{"text": s} for s in ("Dr O Kovalenko", "Mr J Hargreaves", "St Aldric's Eye Unit", "SN60WF +22.0 D", "tamsulosin",
                                   "HbA1c 58", "SN6AT3 toric", "apixaban", "Theatre 1")])

# ---------------------------------------------------------------- f10 .eml e-mail (A3)
A3 = "Dr Kwabena Owusu-Ansah"
m = EmailMessage()
m["From"] = "Kwabena Owusu-Ansah <k.owusu-ansah@morlais.example.nhs.uk>"
m["To"] = "Dr Gethin Prosser <g.prosser@riverside.example.co.uk>"
m["Cc"] = "Dr Catrin Hughes <catrin.hughes@morlais.example.nhs.uk>"
m["Date"] = "Thu, 18 Jul 2024 17:05:00 +0100"
m["Subject"] = "Home oxygen - Mrs E Bevan-Rhys (M0773215)"
m.set_content("""Dear Gethin,

Following clinic on 03/07/2024, the ambulatory oxygen assessment for Mrs Bevan-Rhys (DOB 19/12/1949) showed
desaturation to 84% on the 6MWT, correcting to 92% with 2 L/min via conserver. I have completed the HOOF
(order ref HOOF-W-24-7719) for ambulatory oxygen only; the supplier will phone her daughter Rhian on
07700 900588 to arrange delivery to Ty'n y Coed, Lon Gwyn, Ystalyfera.

She remains on nintedanib 150 mg BD; ALT 31 at 4 weeks. Fire-safety visit requested (she lives alone;
smoke alarm checked by Mid and West Wales Fire).

Best wishes
Kwabena

Dr Kwabena Owusu-Ansah, Specialty Doctor, Respiratory Medicine, Ysbyty Cwm Tawe
Supervisor copied for verification: Dr Catrin Hughes
""")
with open(os.path.join(OUT, "s55-f10-oxygen-email.eml"), "wb") as fh: fh.write(bytes(m))
finish("s55-f10", "s55-f10-oxygen-email.eml", "eml", "email_eml", A3, 1,
       ids=[{"text": "k.owusu-ansah@morlais.example.nhs.uk", "type": EM}, {"text": "Gethin Prosser", "type": CN},
            {"text": "Gethin", "type": CN}, {"text": "g.prosser@riverside.example.co.uk", "type": EM},
            {"text": "catrin.hughes@morlais.example.nhs.uk", "type": EM}, {"text": "E Bevan-Rhys", "type": PN},
            {"text": "Bevan-Rhys", "type": PN}, {"text": "M0773215", "type": HN}, {"text": "HOOF-W-24-7719", "type": REF},
            {"text": "Rhian", "type": RN}, {"text": "07700 900588", "type": PH},
            {"text": "Ty'n y Coed, Lon Gwyn, Ystalyfera", "type": AD}],
       keep=[{"text": s} for s in ("Kwabena Owusu-Ansah", "Dr Kwabena Owusu-Ansah", "Kwabena", "Dr Catrin Hughes", "19/12/1949",
                                   "nintedanib 150 mg BD", "2 L/min", "6MWT", "Ysbyty Cwm Tawe", "ALT 31")])

# ---------------------------------------------------------------- f11 multi-page TIFF clinic letter scan (A9)
p1 = Page(1240, 1754, 1, bg=(248, 247, 243))
p1.line(60, 60, [("Ashcombe Royal Hospital", K), (" - Department of Gastroenterology", None)], 28, "bold")
p1.d.rectangle((760, 130, 1200, 400), fill="white", outline="black", width=2)
p1.line(780, 145, [("NG, Wai-Ling", PN)], 24, "bold")
p1.line(780, 180, [("MRN ", None), ("ARH1877302", HN)], 22)
p1.line(780, 215, [("DOB ", None), ("17/08/1971", K)], 22)
p1.code(780, 255, "ARH1877302", mw=0.27, mh=7)
p1.line(60, 150, [("Our ref: ", None), ("GF/CLN/24/0307", REF)], 22)
p1.line(60, 190, [("Dr Marcus Feld", CN)], 22)
p1.line(60, 222, [("Brinklow Health Centre, 21 Brinklow Way, Ashcombe", AD)], 22)
p1.line(60, 254, [("AS13 2RE", PC)], 22)
p1.line(60, 440, [("Re: ", None), ("Wai-Ling Ng", PN), (", ", None), ("Apartment 4, 88 Quayside, Ashcombe", AD), (" ", None), ("AS12 8LT", PC)], 22, "bold")
p1.line(60, 480, [("Tel ", None), ("07700 900184", PH), ("    NHS ", None), ("504 992 1736", NHS)], 22)
p1.line(60, 540, [("Dear Dr ", None), ("Feld", CN)], 22)
p1.line(60, 590, [("Ms Ng", PN), (" had colonoscopy on ", None), ("05/03/2024", K), (" for a positive FIT (", None), ("FIT 88", K), (").", None)], 22)
p1.line(60, 630, [("Bowel preparation was excellent (", None), ("Boston 9", K), ("). Two polyps were removed:", None)], 22)
p1.line(60, 670, "a 7 mm sigmoid adenoma (low-grade dysplasia) and a 4 mm hyperplastic polyp.", 22)
p1.line(60, 710, [("Under the ", None), ("BSG 2020", K), (" post-polypectomy guidance no surveillance is needed.", None)], 22)
p1.line(60, 1650, "Page 1 of 2", 20)
p1.im = noisy(p1.im.convert("L").convert("RGB"), 20, 0.7)
p2 = Page(1240, 1754, 2, bg=(248, 247, 243))
p2.line(60, 60, [("NG, Wai-Ling", PN), ("  ", None), ("ARH1877302", HN), ("  continued", None)], 22)
p2.line(60, 140, [("She asked about her brother ", None), ("Kenneth", RN), (", who had bowel cancer aged 48;", None)], 22)
p2.line(60, 180, "I have referred her to clinical genetics for a family-history assessment.", 22)
p2.line(60, 260, "Yours sincerely", 22)
p2.line(60, 330, [("Dr Giulia Ferraro", K), (", Specialty Doctor in Gastroenterology", None)], 22, "ital")
p2.line(60, 370, [("Supervisor: ", None), ("Dr Anand Kulkarni", K)], 22)
p2.code(60, 460, "5049921736", kind="QR", box=5)
p2.line(60, 1650, "Page 2 of 2", 20)
p2.im = noisy(p2.im.convert("L").convert("RGB"), 20, 0.7)
p1.im.save(os.path.join(OUT, "s55-f11-clinic-letter-scan.tiff"), save_all=True, append_images=[p2.im], compression="tiff_lzw", dpi=(150, 150))
finish("s55-f11", "s55-f11-clinic-letter-scan.tiff", "tiff", "scanned_letter_multipage_tiff", A9, 2, [p1, p2])

# ---------------------------------------------------------------- f12 VAP audit export, text-layer PDF (A5)
pdf = PdfDoc(os.path.join(OUT, "s55-f12-vap-audit.pdf"), 842.0, 595.0)
pdf.line(40, 40, [("VAP care bundle audit - ", None), ("ICU 1", K), (", ", None), ("Royal Kelvin Infirmary", K), (" - Q1 2024", None)], 13, "DVB")
pdf.line(40, 58, [("Audit lead: ", None), ("Dr M Popescu", K), ("   Supervisor: ", None), ("Dr E. Lindqvist", K)], 10)
hdr = ["CHI", "Initials", "Age", "MV days", "HOB 30", "SAT/SBT", "Chlorhex", "VAP"]
xs = [40, 150, 230, 280, 350, 420, 500, 580]
for x, h in zip(xs, hdr): pdf.line(x, 90, h, 10, "DVB")
data = [("0702551864", "G.H.", "68", "6", "Y", "Y", "N", "N"), ("2309874412", "LMcD", "36", "11", "Y", "N", "N", "Y"),
        ("1104490237", "W.O.", "74", "4", "Y", "Y", "Y", "N"), ("3012628850", "AK-S", "61", "9", "N", "Y", "N", "N")]
y = 108
for r in data:
    for i, (x, v) in enumerate(zip(xs, r)):
        tag = NHS if i == 0 else PN if i == 1 else None
        pdf.line(x, y, [(v, tag)], 10)
    y += 18
pdf.line(40, y + 20, [("Compliance all elements: 1/4 (25%). Re-audit after ", None), ("chlorhexidine 0.2%", K), (" guidance withdrawn.", None)], 10)
pdf.save()
finish("s55-f12", "s55-f12-vap-audit.pdf", "pdf", "audit_export_digital_pdf", A5, 1, pdf=pdf)

# ---------------------------------------------------------------- f13 EPS prescription token PNG (A10)
A10 = "Dr Helen Ashworth"
pg = Page(1400, 800, bg=(255, 246, 238))
pg.d.rectangle((10, 10, 1390, 790), outline=(180, 60, 60), width=4)
pg.line(40, 30, "NHS PRESCRIPTION TOKEN - FP10DT EPS dispensing token", 26, "bold", fill=(150, 30, 30))
pg.line(40, 90, [("Mrs Dolores Varga", PN)], 28, "bold")
pg.line(40, 135, [("27 Wren Walk, Brookfield", AD), ("  ", None), ("CA17 9RT", PC)], 24)
pg.line(40, 175, [("DOB ", None), ("08/08/1940", K), ("   NHS ", None), ("388 024 7719", NHS)], 24)
pg.line(40, 240, [("Bisoprolol 2.5 mg", K), (" tablets x 28", None)], 24)
pg.line(40, 280, [("Apixaban 2.5 mg", K), (" tablets x 56", None)], 24)
pg.line(40, 320, [("Furosemide 40 mg", K), (" tablets x 28", None)], 24)
pg.line(40, 400, [("Prescriber: ", None), ("Dr H Ashworth", K), ("  ", None), ("GMC 6093417", K)], 24)
pg.line(40, 440, [("Brookfield Surgery", K), (", ", None), ("Market Street, Brookfield", AD), (" ", None), ("CA17 9AA", PC)], 24)
pg.line(40, 520, [("Prescription ID: ", None), ("9F3C21-A84B7E-4471KX", REF)], 24)
pg.code(40, 570, "3880247719", mw=0.3, mh=9)
pg.code(1080, 80, "9F3C21-A84B7E-4471KX", kind="QR", box=6)
pg.im = noisy(pg.im, 10, 0.5)
pg.im.save(os.path.join(OUT, "s55-f13-prescription-token.png"))
finish("s55-f13", "s55-f13-prescription-token.png", "png", "prescription_token", A10, 1, [pg])

with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as fh:
    for r in RECORDS: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(RECORDS), "file documents")
