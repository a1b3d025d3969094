#!/usr/bin/env python3
"""Render the file documents of the s25 holdout set and write files.jsonl.
Boxes are recorded at the moment each string is drawn (fractions of page, origin top-left)."""
import json, io, os
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import qrcode, barcode
from barcode.writer import ImageWriter
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.pdfbase.pdfmetrics import stringWidth, getAscent, getDescent
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
import docx
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
P,R,C,A,PC,T,E,N,H,REF,G,U,O="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
records = []

class Img:
    """PIL page; line() draws a whole line and records boxes of marked segments."""
    def __init__(self, w, h, bg="white"):
        self.im = Image.new("RGB", (w, h), bg); self.d = ImageDraw.Draw(self.im)
        self.w, self.h = w, h; self.ids = []; self.keep = []; self.bars = []; self.photos = []; self.page = 1
    def line(self, x, y, segs, size=22, font=FONT, fill="black"):
        f = ImageFont.truetype(font, size)
        full = "".join(s for s, _ in segs)
        self.d.text((x, y), full, font=f, fill=fill)
        pos = 0
        for s, m in segs:
            if m:
                x0 = x + self.d.textlength(full[:pos], font=f)
                bb = self.d.textbbox((x0, y), s, font=f)
                box = [round((bb[0]-2)/self.w, 4), round((bb[1]-2)/self.h, 4), round((bb[2]+2)/self.w, 4), round((bb[3]+2)/self.h, 4)]
                box = [max(0, min(1, v)) for v in box]
                if m == "K": self.keep.append({"text": s, "page": self.page, "box": box})
                else: self.ids.append({"text": s, "type": m, "page": self.page, "box": box})
            pos += len(s)
        return y + int(size * 1.45)
    def code128(self, value, x, y, height_px=80):
        bc = barcode.get("code128", value, writer=ImageWriter())
        buf = io.BytesIO(); bc.write(buf, options={"write_text": False, "module_height": 8, "quiet_zone": 1, "dpi": 200}); buf.seek(0)
        b = Image.open(buf).convert("RGB")
        b = b.resize((b.width * height_px // b.height, height_px))
        self.im.paste(b, (x, y))
        self.bars.append({"format": "Code128", "value": value, "page": self.page, "box": [round(x/self.w, 4), round(y/self.h, 4), round((x+b.width)/self.w, 4), round((y+b.height)/self.h, 4)]})
    def qr(self, value, x, y, size=140):
        q = qrcode.make(value).convert("RGB").resize((size, size))
        self.im.paste(q, (x, y))
        self.bars.append({"format": "QR", "value": value, "page": self.page, "box": [round(x/self.w, 4), round(y/self.h, 4), round((x+size)/self.w, 4), round((y+size)/self.h, 4)]})
    def photo(self, x0, y0, x1, y1, what, colour=(190, 140, 120)):
        self.d.rectangle([x0, y0, x1, y1], fill=colour)
        self.d.ellipse([x0+(x1-x0)//4, y0+(y1-y0)//5, x1-(x1-x0)//4, y1-(y1-y0)//5], fill=(150, 60, 60))
        self.photos.append({"page": self.page, "box": [round(x0/self.w, 4), round(y0/self.h, 4), round(x1/self.w, 4), round(y1/self.h, 4)], "what": what})

def rec(i, fname, fmt, kind, app, pages, ids, keep, bars=None, photos=None, text_layer=None):
    r = {"id": i, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": app, "pages": pages, "identifiers": ids, "keep": keep}
    if bars is not None: r["barcodes"] = bars
    if photos is not None: r["photos"] = photos
    if text_layer is not None: r["text_layer"] = text_layer
    records.append(r)

EM="Dr Olumide Adeyemi"; IM="Dr Priya Raghunathan"; PS="Dr Tomasz Wisniewski"; AN="Dr Eilidh MacKinnon"; GP="Dr Farhan Siddiqui"; PA="Dr Niamh Gallagher"; SU="Dr Mateo Ruiz-Castillo"
K="K"

# 1 wristband PNG (Code128 + QR)
pg = Img(1400, 420, bg=(235, 240, 250))
pg.d.rounded_rectangle([20, 40, 1380, 380], radius=40, fill="white", outline=(120, 150, 200), width=4)
y = 70
y = pg.line(80, y, [("HALVORSEN, Ingrid Marit", P)], size=34, font=FONTB)
y = pg.line(80, y, [("DOB 21/10/1948", K), ("   F   ", None), ("MRN ", None), ("RB00877120", H)], size=26)
y = pg.line(80, y, [("NHS ", None), ("612 448 9035", N)], size=26)
y = pg.line(80, y, [("Royal Bramhall Infirmary", K), ("  Ward 14", K)], size=22)
y = pg.line(80, y, [("ALLERGY: PENICILLIN", K)], size=22, fill="red")
pg.code128("RB00877120", 700, 90, 90)
pg.qr("RB00877120|6124489035|HALVORSEN", 1180, 110, 160)
pg.im.save(os.path.join(OUT, "q-089-wristband.png"))
rec("q-089", "q-089-wristband.png", "png", "wristband_photo", EM, 1, pg.ids, pg.keep, pg.bars, pg.photos)

# 2 specimen label JPEG
pg = Img(900, 500)
y = 30
y = pg.line(30, y, [("WESTCOMBE PATHOLOGY - BIOCHEMISTRY", None)], size=24, font=FONTB)
y = pg.line(30, y, [("O'DRISCOLL, Padraig", P)], size=30, font=FONTB)
y = pg.line(30, y, [("DOB: 09/05/1955", K), ("  Hosp: ", None), ("WG0615524", H)], size=22)
y = pg.line(30, y, [("Lab: ", None), ("C24.1107.3341", O), ("  Loc: ", None), ("AMU", K)], size=22)
y = pg.line(30, y, [("Req: ", None), ("Dr P Raghunathan", K), ("  U&E, LFT, CRP", K)], size=22)
pg.code128("C24.1107.3341", 30, 260, 110)
y = pg.line(30, 400, [("Collected 07/11/2024 08:10 by ", None), ("HCA Bethany Crook", C)], size=20)
pg.im = pg.im.filter(ImageFilter.GaussianBlur(0.6))
pg.im.save(os.path.join(OUT, "q-090-specimen-label.jpg"), quality=88)
rec("q-090", "q-090-specimen-label.jpg", "jpeg", "specimen_label_photo", IM, 1, pg.ids, pg.keep, pg.bars, pg.photos)

# 3 addressograph label sheet PNG with QR
pg = Img(1240, 800)
for k, (nm, mrn, nhs, addr, pc) in enumerate([("Mr Gethin Prydderch", "KUH4410287", "455 901 3372", "Tŷ Gwyn, Heol-y-Felin, Brackley Heath", "BH2 9QP")]*2):
    y0 = 40 + k*380
    pg.d.rectangle([30, y0-10, 1210, y0+340], outline="grey", width=2)
    y = pg.line(50, y0, [(nm, P)], size=30, font=FONTB)
    y = pg.line(50, y, [("DOB 30/03/1961", K), ("  M  Hosp No ", None), (mrn, H)], size=24)
    y = pg.line(50, y, [("NHS No ", None), (nhs, N)], size=24)
    y = pg.line(50, y, [(addr, A)], size=24)
    y = pg.line(50, y, [(pc, PC), ("   Tel ", None), ("01632 960287", T)], size=24)
    y = pg.line(50, y, [("Cons: ", None), ("Mr Ian Strachan", K), (" - ", None), ("Kingsmead University Hospital", K)], size=22)
    pg.qr("https://epr.kingsmead.example/pt/KUH4410287", 1010, y0+20, 170)
    y = pg.line(50, y, [("https://epr.kingsmead.example/pt/KUH4410287", U)], size=18)
pg.im.save(os.path.join(OUT, "q-091-addressograph.png"))
rec("q-091", "q-091-addressograph.png", "png", "addressograph_labels", SU, 1, pg.ids, pg.keep, pg.bars, pg.photos)

# 4 child wristband JPEG
pg = Img(1300, 380, bg=(250, 225, 235))
pg.d.rounded_rectangle([15, 30, 1285, 350], radius=30, fill="white")
y = 50
y = pg.line(60, y, [("BABY ", None), ("McALLISTER-OYE", P)], size=32, font=FONTB)
y = pg.line(60, y, [("DOB 14/01/2024", K), (" 02:17  F  ", None), ("SW/5522019", H)], size=24)
y = pg.line(60, y, [("Mother: ", None), ("Chantelle McAllister", R)], size=24)
y = pg.line(60, y, [("St Wilfrid's Hospital", K), (" NNU", None)], size=22)
pg.code128("SW/5522019", 760, 70, 80)
pg.qr("SW/5522019;NHS 7841203366", 1090, 170, 150)
pg.im.save(os.path.join(OUT, "q-092-baby-band.jpg"), quality=90)
rec("q-092", "q-092-baby-band.jpg", "jpeg", "wristband_photo", PA, 1, pg.ids, pg.keep, pg.bars, pg.photos)

# 5 scanned image-only PDF (clinic letter), 1 page
W, Hh = 1240, 1754
pg = Img(W, Hh, bg=(248, 246, 240))
y = 80
y = pg.line(90, y, [("Larchmont Hospital", K), (" - Memory Assessment Service", None)], size=30, font=FONTB)
y = pg.line(90, y, [("Our ref: ", None), ("TW/MAS/0788", REF), ("     RiO: ", None), ("2240019", H)], size=22)
y += 30
y = pg.line(90, y, [("Dr Kwabena Osei-Tutu", C)], size=22)
y = pg.line(90, y, [("Ferncliffe Surgery", K)], size=22)
y += 30
y = pg.line(90, y, [("Re: ", None), ("Mrs Winifred Sowerbutts", P), (", ", None), ("DOB 03/12/1937", K)], size=22, font=FONTB)
y = pg.line(90, y, [("2 Chapel Yard, Nether Larchmont", A), (", ", None), ("LM8 3EE", PC)], size=22)
y += 20
y = pg.line(90, y, [("I saw ", None), ("Winnie", P), (" with her son ", None), ("Colin", R), (" today. ACE-III 71/100,", K)], size=22)
y = pg.line(90, y, [("attention 16/18, memory 12/26. MRI: medial temporal atrophy (Scheltens 2).", None)], size=22)
y = pg.line(90, y, [("Diagnosis: Alzheimer's disease", K), (" (F00.1). Start ", None), ("donepezil 5 mg", K), (" nocte.", None)], size=22)
y = pg.line(90, y, [("Her neighbour ", None), ("Mrs Dilys Pugh", R), (" has a key and calls in daily.", None)], size=22)
y += 40
y = pg.line(90, y, [("Dr Tomasz Wisniewski", K), (", Specialty Doctor", None)], size=22)
pg.d.line([(60, 1500), (1180, 1503)], fill=(200, 200, 200), width=2)
pg.im = pg.im.rotate(0.4, fillcolor=(248, 246, 240)).filter(ImageFilter.GaussianBlur(0.7))
c = rlcanvas.Canvas(os.path.join(OUT, "q-093-scanned-letter.pdf"), pagesize=A4)
c.drawImage(ImageReader(pg.im), 0, 0, width=A4[0], height=A4[1]); c.showPage(); c.save()
rec("q-093", "q-093-scanned-letter.pdf", "pdf", "scanned_clinic_letter", PS, 1, pg.ids, pg.keep, pg.bars, pg.photos, text_layer=False)

class Pdf:
    def __init__(self, path):
        self.c = rlcanvas.Canvas(path, pagesize=A4); self.W, self.H = A4; self.page = 1; self.ids = []; self.keep = []
    def line(self, x, y, segs, size=10.5, font="Helvetica"):
        full = "".join(s for s, _ in segs)
        self.c.setFont(font, size); self.c.drawString(x, self.H - y, full)
        pos = 0
        asc = getAscent(font, size); desc = getDescent(font, size)
        for s, m in segs:
            if m:
                x0 = x + stringWidth(full[:pos], font, size); x1 = x0 + stringWidth(s, font, size)
                box = [round((x0-1)/self.W, 4), round((y-asc-1)/self.H, 4), round((x1+1)/self.W, 4), round((y-desc+1)/self.H, 4)]
                if m == "K": self.keep.append({"text": s, "page": self.page, "box": box})
                else: self.ids.append({"text": s, "type": m, "page": self.page, "box": box})
            pos += len(s)
        return y + size * 1.5
    def newpage(self): self.c.showPage(); self.page += 1

# 6 text-layer PDF: discharge summary
p = Pdf(os.path.join(OUT, "q-094-discharge-summary.pdf"))
y = 60
y = p.line(50, y, [("Kingsmead University Hospital", K), (" - General Surgery - Discharge Summary", None)], 13, "Helvetica-Bold")
y = p.line(50, y, [("Patient: ", None), ("BHATTACHARYA, Anirban", P), ("   DOB: ", None), ("16/04/1983", K), ("   Male", None)])
y = p.line(50, y, [("Hospital no: ", None), ("KUH5092236", H), ("   NHS no: ", None), ("402 117 8864", N)])
y = p.line(50, y, [("Address: ", None), ("88 Weavers Yard, Brackley Heath", A), (" ", None), ("BH1 2LN", PC)])
y = p.line(50, y, [("Consultant: ", None), ("Mr Ian Strachan", K), ("   Discharging doctor: ", None), ("Dr Mateo Ruiz-Castillo", K)])
y += 10
y = p.line(50, y, [("Diagnosis: acute appendicitis, perforated. Procedure: laparoscopic appendicectomy.", None)])
y = p.line(50, y, [("Antibiotics: ", None), ("co-amoxiclav 625 mg tds", K), (" for 5 days. WCC 18.2 on admission.", None)])
y = p.line(50, y, [("Wound check with practice nurse ", None), ("Tansy Greenhalgh", C), (" at ", None), ("The Old Forge Surgery", K), (".", None)])
y = p.line(50, y, [("Social: works as sous-chef at ", None), ("The Brackley Arms", A), ("; wife ", None), ("Moumita", R), (" to collect.", None)])
y = p.line(50, y, [("Questions: ward 21 on ", None), ("020 7946 0877", T), (".", None)])
p.newpage(); y = 60
y = p.line(50, y, [("Page 2 - ", None), ("BHATTACHARYA, Anirban", P), ("  ", None), ("KUH5092236", H)], 9)
y = p.line(50, y, [("Histology (", None), ("HS24-55102", O), ("): acute suppurative appendicitis, no neoplasia.", None)])
y = p.line(50, y, [("Summary of care available at ", None), ("https://kuh-portal.example/dis/5092236", U)])
p.c.showPage(); p.c.save()
rec("q-094", "q-094-discharge-summary.pdf", "pdf", "discharge_summary_pdf", SU, 2, p.ids, p.keep, [], [], text_layer=True)

# 7 text-layer PDF: incident investigation report
p = Pdf(os.path.join(OUT, "q-095-incident-report.pdf"))
y = 60
y = p.line(50, y, [("Royal Bramhall NHS Foundation Trust", K), (" - Patient Safety Incident Investigation", None)], 12, "Helvetica-Bold")
y = p.line(50, y, [("LFPSE ref: ", None), ("2023/405/11872", REF), ("   StEIS: ", None), ("2023/22914", REF)])
y = p.line(50, y, [("Author: ", None), ("Dr Olumide Adeyemi", K), (" (", None), ("GMC 7281934", K), (")   Reviewer: ", None), ("Dr Ruth Okonkwo", K)])
y += 8
y = p.line(50, y, [("Patient: 57-year-old man (", None), ("Mr Rhys Penberthy", P), (", ED no ", None), ("ED23-0719932", H), (").", None)])
y = p.line(50, y, [("Delayed recognition of ", None), ("sepsis", None), (": NEWS2 7 at 14:05 not escalated by HCA ", None), ("Leon Fairclough", C), (".", None)])
y = p.line(50, y, [("First antibiotic (", None), ("piperacillin-tazobactam 4.5 g", K), (") at 16:40. Lactate 4.1.", None)])
y = p.line(50, y, [("The FY1 ", None), ("Dr Sophie Tan-Whitfield", C), (" (", None), ("GMC 7810229", G), (") was covering two areas.", None)])
y = p.line(50, y, [("Family contact: ", None), ("Mrs Lowri Penberthy", R), (", ", None), ("07700 900318", T), (", ", None), ("lowri.p@example.org", E)])
p.c.showPage(); p.c.save()
rec("q-095", "q-095-incident-report.pdf", "pdf", "incident_investigation_pdf", EM, 1, p.ids, p.keep, [], [], text_layer=True)

# 8 DOCX caseload with table
dd = docx.Document()
dd.add_heading("Paediatric outpatient caseload - Dr Niamh Gallagher - March 2024", 1)
dd.add_paragraph("St Wilfrid's Hospital, Clinic P2. Verified by Dr Kwame Asante-Boateng.")
rows = [("Initials", "Hosp no", "Age", "Diagnosis", "Plan"),
        ("A.McG.", "SW/4471902", "4 y", "constipation (Bristol 1)", "Movicol Paediatric 2 sachets"),
        ("Ffion H", "SW/4480117", "11 y", "T1DM, HbA1c 71 mmol/mol", "refer psychology"),
        ("ZB-K", "SW/4491356", "8 m", "faltering growth", "dietitian; HV Bronwen Tudor"),
        ("Ola", "SW/4502288", "15 y", "ADHD - methylphenidate 18 mg", "BP/height check")]
t = dd.add_table(rows=len(rows), cols=5)
for i, row in enumerate(rows):
    for j, v in enumerate(row): t.cell(i, j).text = v
dd.add_paragraph("Ola's mum (Mrs Adebisi Lawal) asked for a school letter for Dunmere Academy.")
dd.save(os.path.join(OUT, "q-096-caseload.docx"))
rec("q-096", "q-096-caseload.docx", "docx", "caseload_table_docx", PA, 1,
    [{"text": s, "type": ty} for s, ty in [("A.McG.", P), ("SW/4471902", H), ("Ffion H", P), ("SW/4480117", H), ("ZB-K", P), ("SW/4491356", H), ("Ola", P), ("SW/4502288", H), ("Bronwen Tudor", C), ("Mrs Adebisi Lawal", R), ("Dunmere Academy", A)]],
    ["Dr Niamh Gallagher", "Dr Kwame Asante-Boateng", "St Wilfrid's Hospital", "Movicol Paediatric 2 sachets", "HbA1c 71 mmol/mol", "methylphenidate 18 mg", "Bristol 1"])

# 9 DOCX audit with table
dd = docx.Document()
dd.add_heading("Re-audit: VTE risk assessment within 14 h of admission - AMU, Westcombe General Hospital", 1)
dd.add_paragraph("Audit lead: Dr Priya Raghunathan. Supervisor: Dr Benedict Oyelaran-Hughes. NICE NG89.")
rows = [("Pt", "WG no", "NHS no", "Assessed <14 h", "Prophylaxis"),
        ("1", "WG0701183", "487 221 0915", "Y", "enoxaparin 40 mg od"),
        ("2", "WG0702294", "", "N", "none - missed"),
        ("3", "0703317", "489 330 6627", "Y", "contraindicated (GI bleed)"),
        ("4", "WG0705540", "", "Y", "dalteparin 5000 units od")]
t = dd.add_table(rows=len(rows), cols=5)
for i, row in enumerate(rows):
    for j, v in enumerate(row): t.cell(i, j).text = v
dd.add_paragraph("Patient 2 (Mr Hargreaves) developed a DVT; discussed with Dr Ciaran Molloy, ward registrar.")
dd.add_paragraph("Compliance 75% (standard 95%).")
dd.save(os.path.join(OUT, "q-097-vte-audit.docx"))
rec("q-097", "q-097-vte-audit.docx", "docx", "audit_table_docx", IM, 1,
    [{"text": s, "type": ty} for s, ty in [("WG0701183", H), ("487 221 0915", N), ("WG0702294", H), ("0703317", H), ("489 330 6627", N), ("WG0705540", H), ("Mr Hargreaves", P), ("Dr Ciaran Molloy", C)]],
    ["Dr Priya Raghunathan", "Dr Benedict Oyelaran-Hughes", "NICE NG89", "enoxaparin 40 mg od", "dalteparin 5000 units od", "75%", "Westcombe General Hospital"])

# 10 EML
m = EmailMessage()
m["From"] = "Gareth Llewellyn <gareth.llewellyn@glenmore.scot.nhs.uk>"
m["To"] = "Eilidh MacKinnon <eilidh.mackinnon@glenmore.scot.nhs.uk>"
m["Cc"] = "Morven Baird <morven.baird@glenmore.scot.nhs.uk>"
m["Subject"] = "Airway M&M - Mr Drummond (GR2290455)"
m["Date"] = "Wed, 06 Mar 2024 17:02:11 +0000"
m.set_content("""Eilidh,

Thanks for presenting the can't-intubate-can't-oxygenate case at M&M today. For your portfolio: I confirm you led the front-of-neck access (scalpel-bougie-tube, DAS 2015 guidelines) on Alistair Drummond, CHI 2207694451, in ED resus bay 2.

His wife Catriona phoned afterwards (01632 960640) to thank the team; he's now back at the fishing co-op in Anstruther.

Morven (ODP) - please send Eilidh the airway trolley audit. The Datix is DGR-24-03318.

Gareth
Dr Gareth Llewellyn, College Tutor, Glenmore Royal Hospital
""")
open(os.path.join(OUT, "q-098-mm-email.eml"), "wb").write(bytes(m))
rec("q-098", "q-098-mm-email.eml", "eml", "email_eml", AN, 1,
    [{"text": s, "type": ty} for s, ty in [("Mr Drummond", P), ("GR2290455", H), ("Alistair Drummond", P), ("2207694451", N), ("Catriona", R), ("01632 960640", T), ("fishing co-op in Anstruther", A), ("Morven Baird", C), ("morven.baird@glenmore.scot.nhs.uk", E), ("Morven", C), ("DGR-24-03318", REF), ("gareth.llewellyn@glenmore.scot.nhs.uk", E), ("eilidh.mackinnon@glenmore.scot.nhs.uk", E)]],
    ["Eilidh MacKinnon", "Eilidh", "Gareth Llewellyn", "Dr Gareth Llewellyn", "DAS 2015 guidelines", "Glenmore Royal Hospital", "resus bay 2"])

# 11 wound photo PNG with label and patient photo region
pg = Img(1200, 900, bg=(60, 60, 60))
pg.photo(100, 180, 1100, 860, "clinical photograph of leg ulcer (patient)")
pg.d.rectangle([100, 20, 1100, 170], fill="white")
y = 30
y = pg.line(120, y, [("Medical Illustration - ", None), ("Kingsmead University Hospital", K)], size=24, font=FONTB)
y = pg.line(120, y, [("PRENDERGAST, Noreen", P), ("  ", None), ("KUH6620193", H), ("  ", None), ("DOB 25/12/1946", K)], size=24)
y = pg.line(120, y, [("Image ", None), ("MI-91145", O), ("  Venous ulcer L gaiter 4.2 x 3.1 cm", K)], size=22)
pg.code128("KUH6620193", 820, 100, 60)
pg.im.save(os.path.join(OUT, "q-099-wound-photo.png"))
rec("q-099", "q-099-wound-photo.png", "png", "clinical_photo", SU, 1, pg.ids, pg.keep, pg.bars, pg.photos)

# 12 TIFF scanned GP prescription/referral fax
pg = Img(1240, 1000, bg=(245, 245, 245))
y = 60
y = pg.line(80, y, [("FAX  from ", None), ("Shirelands Medical Practice", K), ("  ", None), ("01632 960419", T)], size=24, font=FONTM)
y = pg.line(80, y, [("To: Community Dermatology  Attn ", None), ("Dr Rhiannon Kettlewell", C)], size=22, font=FONTM)
y += 20
y = pg.line(80, y, [("Patient: ", None), ("Mr Chinedu Obi-Asante", P), ("  DOB ", None), ("19/07/1975", K)], size=22, font=FONTM)
y = pg.line(80, y, [("NHS: ", None), ("730 662 1104", N), ("  EMIS no ", None), ("48831", H)], size=22, font=FONTM)
y = pg.line(80, y, [("Addr: ", None), ("Unit 4, Tannery Wharf, Pendleby", A), (" ", None), ("PN2 6GG", PC)], size=22, font=FONTM)
y = pg.line(80, y, [("Psoriasis, PASI 14, DLQI 18. Failed ", None), ("methotrexate 15 mg weekly", K), (".", None)], size=22, font=FONTM)
y = pg.line(80, y, [("Referrer: ", None), ("Dr Farhan Siddiqui", K), ("  e-RS UBRN ", None), ("0004 1128 7751", REF)], size=22, font=FONTM)
pg.im = pg.im.convert("L").filter(ImageFilter.GaussianBlur(0.5))
pg.im.save(os.path.join(OUT, "q-100-fax.tiff"))
rec("q-100", "q-100-fax.tiff", "tiff", "scanned_fax_tiff", GP, 1, pg.ids, pg.keep, pg.bars, pg.photos)

with open(os.path.join(HERE, "files.jsonl"), "w") as f:
    for r in records: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "files")
