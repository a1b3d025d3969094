"""Renders files/ for the s56 hold-out set. Every string drawn is typed by hand below; this script only
measures where each was drawn (boxes) and writes files.jsonl."""
import json, io, random
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps
import barcode
from barcode.writer import ImageWriter
import qrcode
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
import docx
from email.message import EmailMessage

random.seed(56)
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
P = "PATIENT_NAME"; R = "RELATIVE_NAME"; C = "COLLEAGUE_NAME"; A = "ADDRESS"; PC = "POSTCODE"
PH = "PHONE"; E = "EMAIL"; N = "NHS_NUMBER"; H = "HOSPITAL_NUMBER"; REF = "REFERENCE_NUMBER"
G = "GMC_NUMBER"; U = "URL"; O = "OTHER_ID"; K = "KEEP"
OUT = []

def code_image(kind, value, scale):
    if kind == "Code128":
        img = barcode.get("code128", value, writer=ImageWriter()).render(
            writer_options={"module_width": 0.254 * scale, "module_height": 12.0, "quiet_zone": 4.0,
                            "write_text": False, "dpi": 100})
    else:
        q = qrcode.QRCode(box_size=scale * 2, border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(value); q.make(fit=True)
        img = q.make_image(fill_color="black", back_color="white").get_image()
    return img.convert("L")

def ink_bbox(img):
    return ImageOps.invert(img.convert("L")).getbbox()

class Doc:
    def __init__(self, id, file, fmt, kind, applicant):
        self.r = {"id": id, "file": "files/" + file, "format": fmt, "kind": kind, "applicant": applicant,
                  "pages": 0, "identifiers": [], "keep": [], "barcodes": [], "photos": []}
    def add(self, s, lab, page, box):
        box = [round(min(max(v, 0.0), 1.0), 4) for v in box]
        if lab == K:
            self.r["keep"].append({"text": s, "page": page, "box": box})
        elif lab:
            self.r["identifiers"].append({"text": s, "type": lab, "page": page, "box": box})
    def done(self):
        OUT.append(self.r)

class ImgPage:
    """A raster page (PNG/JPEG/TIFF or a page of a scanned PDF)."""
    def __init__(self, doc, w, h, bg=255):
        self.doc, self.w, self.h = doc, w, h
        doc.r["pages"] += 1; self.page = doc.r["pages"]
        self.im = Image.new("L", (w, h), bg); self.d = ImageDraw.Draw(self.im)
    def t(self, x, y, s, size=22, lab=None, bold=False, fill=0):
        f = ImageFont.truetype(FD + ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"), size)
        self.d.text((x, y), s, font=f, fill=fill)
        x0, y0, x1, y1 = self.d.textbbox((x, y), s, font=f)
        m = 2
        self.doc.add(s, lab, self.page, [(x0 - m) / self.w, (y0 - m) / self.h, (x1 + m) / self.w, (y1 + m) / self.h])
        return x1
    def code(self, kind, value, x, y, scale=2):
        img = code_image(kind, value, scale); self.im.paste(img, (x, y))
        b = ink_bbox(img); m = 3
        self.doc.r["barcodes"].append({"format": kind, "value": value, "page": self.page,
            "box": [round((x + b[0] - m) / self.w, 4), round((y + b[1] - m) / self.h, 4),
                    round((x + b[2] + m) / self.w, 4), round((y + b[3] + m) / self.h, 4)]})
        return img.size
    def line(self, x0, y0, x1, y1, w=2):
        self.d.line((x0, y0, x1, y1), fill=0, width=w)
    def rect(self, x0, y0, x1, y1, w=2):
        self.d.rectangle((x0, y0, x1, y1), outline=0, width=w)

def scanify(im, blur=0.7, noise=18):
    n = Image.effect_noise(im.size, noise)
    out = Image.blend(im, n, 0.08).filter(ImageFilter.GaussianBlur(blur))
    return out

class PdfDoc:
    """A digital PDF with a text layer; y measured from the top of the page in points."""
    def __init__(self, doc, path):
        self.doc = doc; doc.r["scanned"] = False
        self.c = rl_canvas.Canvas(path, pagesize=A4); self.W, self.H = A4
        self.new_page(first=True)
    def new_page(self, first=False):
        if not first: self.c.showPage()
        self.doc.r["pages"] += 1; self.page = self.doc.r["pages"]
    def t(self, x, y, s, size=10, lab=None, bold=False):
        fn = "DVB" if bold else "DV"
        self.c.setFont(fn, size); self.c.drawString(x, self.H - y, s)
        w = pdfmetrics.stringWidth(s, fn, size); asc, desc = pdfmetrics.getAscentDescent(fn, size)
        m = 1.0
        self.doc.add(s, lab, self.page, [(x - m) / self.W, (y - asc - m) / self.H, (x + w + m) / self.W, (y - desc + m) / self.H])
        return x + w
    def code(self, kind, value, x, y, width):
        img = code_image(kind, value, 2); iw, ih = img.size; sc = width / iw; h = ih * sc
        self.c.drawImage(ImageReader(img.convert("RGB")), x, self.H - y - h, width=width, height=h)
        b = ink_bbox(img); m = 2
        self.doc.r["barcodes"].append({"format": kind, "value": value, "page": self.page,
            "box": [round((x + b[0] * sc - m) / self.W, 4), round((y + b[1] * sc - m) / self.H, 4),
                    round((x + b[2] * sc + m) / self.W, 4), round((y + b[3] * sc + m) / self.H, 4)]})
    def hline(self, y, x0=40, x1=555):
        self.c.line(x0, self.H - y, x1, self.H - y)
    def save(self):
        self.c.save()

# ---------------------------------------------------------------- f001 wristband PNG (cardiology, Scotland)
AP2 = "Dr Omer Elfadil Hassan"
d = Doc("s56-f001", "s56-f001-wristband.png", "png", "wristband_photo", AP2)
pg = ImgPage(d, 1600, 420, bg=235)
pg.d.rounded_rectangle((30, 40, 1570, 380), radius=40, fill=255, outline=120, width=3)
pg.t(70, 62, "QUEEN ELIZABETH UNIVERSITY HOSPITAL", 24, K, bold=True)
pg.t(70, 110, "RENNIE-MACAULAY, Iain", 40, P, bold=True)
pg.t(70, 170, "CHI", 28); pg.t(140, 170, "1402563318", 28, N)
pg.t(70, 215, "DOB 14/02/1956", 28, K); pg.t(400, 215, "M", 28)
pg.t(70, 260, "Unit", 28); pg.t(150, 260, "G5519032", 28, H)
pg.t(70, 310, "Ward 4C CCU", 24, K); pg.t(330, 310, "ALLERGY: PENICILLIN", 24, K, bold=True)
pg.code("Code128", "1402563318", 860, 95, scale=3)
pg.im.save("files/s56-f001-wristband.png"); d.done()

# ---------------------------------------------------------------- f002 digital PDF angiogram report (cardiology)
d = Doc("s56-f002", "s56-f002-angiogram-report.pdf", "pdf", "cath_lab_report", AP2)
p = PdfDoc(d, "files/s56-f002-angiogram-report.pdf")
p.t(40, 50, "Golden Jubilee National Hospital", 14, K, bold=True)
p.t(40, 68, "West of Scotland Regional Heart and Lung Centre – Cardiac Catheterisation Laboratory", 9)
p.c.rect(360, A4[1] - 175, 200, 95)
p.t(368, 98, "THREIPLAND, Agnes", 10, P, bold=True)
p.t(368, 112, "CHI 0903487751", 9, N)
p.t(368, 126, "DOB 09/03/1948  F", 9, K)
p.code("Code128", "G4410287", 368, 132, 150)
p.t(368, 170, "G4410287", 8, H)
p.t(40, 110, "CORONARY ANGIOGRAPHY REPORT", 12, bold=True)
p.t(40, 130, "Date: 19/02/2024   Lab 3   Access: right radial 6F", 10)
p.t(40, 145, "Operator:", 10); p.t(95, 145, "Dr Omer Elfadil Hassan", 10, K)
p.t(40, 160, "Supervisor:", 10); p.t(105, 160, "Dr Euan Strachan", 10, K)
p.t(40, 200, "Indication: NSTEMI, hs-troponin I 1,840 ng/L, GRACE 142", 10)
p.hline(212)
p.t(40, 232, "LMS: unobstructed.  LAD: 90% proximal stenosis, calcified.  Cx: minor disease.", 10)
p.t(40, 248, "RCA: dominant, 50% mid (FFR 0.86 – not significant).  LVEDP 22 mmHg.", 10)
p.t(40, 264, "Outcome: PCI proximal LAD with rotational atherectomy planned; discussed at Heart Team.", 10)
p.t(40, 296, "Referred by", 10); p.t(105, 296, "Dr Kenneth Aitchison", 10, C); p.t(230, 296, "(Royal Alexandra Hospital, Paisley).", 10)
p.t(40, 312, "Daughter", 10); p.t(90, 312, "Mrs Lorna Baxendale", 10, R); p.t(205, 312, "to be telephoned on", 10); p.t(310, 312, "07700 900774", 10, PH)
p.t(40, 328, "Lab ref", 10); p.t(80, 328, "CCL-24-01937", 10, REF)
p.t(40, 790, "Dr Omer Elfadil Hassan – portfolio evidence – page 1 of 1", 8, K)
p.save(); d.done()

# ---------------------------------------------------------------- f003 TIFF scanned neurology referral
AP3 = "Dr Zeynep Aydoğdu"
d = Doc("s56-f003", "s56-f003-referral-scan.tiff", "tiff", "gp_referral_scan", AP3)
pg = ImgPage(d, 1240, 1754)
pg.t(80, 70, "NEUROLOGY REFERRAL – e-RS print", 34, bold=True)
pg.t(80, 130, "Royal Hallamshire Hospital", 26, K)
pg.code("Code128", "S0733418", 800, 60, scale=2)
pg.t(80, 220, "Patient:", 26); pg.t(230, 220, "Bernard Oyelowo-Finch", 26, P)
pg.t(80, 265, "NHS No:", 26); pg.t(230, 265, "712 045 8863", 26, N)
pg.t(80, 310, "Hosp No:", 26); pg.t(230, 310, "S0733418", 26, H)
pg.t(80, 355, "DOB:", 26); pg.t(230, 355, "30/06/1971", 26, K); pg.t(420, 355, "Male", 26, K)
pg.t(80, 400, "Address:", 26); pg.t(230, 400, "8 Tapton Hill Road, Crosspool, Sheffield", 26, A)
pg.t(230, 440, "S10 5GB", 26, PC)
pg.t(80, 485, "Tel:", 26); pg.t(230, 485, "07700 900516", 26, PH)
pg.t(80, 530, "UBRN:", 26); pg.t(230, 530, "0047 2281 9934", 26, REF)
pg.line(80, 585, 1160, 585)
pg.t(80, 610, "Referrer:", 26); pg.t(230, 610, "Dr Fenella Routledge", 26, C); pg.t(560, 610, "Walkley House Surgery", 26, A)
pg.t(80, 670, "Reason: 6-month history of right hand tremor, micrographia, reduced arm swing.", 24)
pg.t(80, 710, "?Parkinson's disease. Wife (", 24); pg.t(402, 710, "Marguerite", 24, R); pg.t(545, 710, ") has noticed hypomimia.", 24)
pg.t(80, 750, "Works as a tram driver for Stagecoach Supertram – concerned about fitness to drive.", 24)
pg.t(80, 830, "Triage (neurology):", 24, bold=True); pg.t(340, 830, "Dr Z Aydoğdu", 24, K)
pg.t(80, 870, "Routine – movement disorder clinic. DaTSCAN not needed at this stage.", 24)
pg.t(80, 1660, "page 1/1", 20, K)
im = scanify(pg.im); im.save("files/s56-f003-referral-scan.tiff", compression="tiff_lzw"); d.done()

# ---------------------------------------------------------------- f004 JPEG photo of infant wristband (Kenya)
AP4 = "Dr Njeri Wambui Mwangi"
d = Doc("s56-f004", "s56-f004-wristband-photo.jpg", "jpeg", "wristband_photo", AP4)
pg = ImgPage(d, 1400, 700, bg=180)
for i in range(0, 700, 6):
    pg.d.line((0, i, 1400, i + random.randint(-3, 3)), fill=170 + random.randint(-12, 12), width=3)
pg.d.rectangle((60, 150, 1340, 560), fill=250)
pg.t(100, 175, "KENYATTA NATIONAL HOSPITAL – NEWBORN UNIT", 28, K, bold=True)
pg.t(100, 230, "BABY OF FAITH NJOKI KARANJA", 36, P, bold=True)
pg.t(100, 290, "IP NO:", 28); pg.t(215, 290, "KNH/2019/114582", 28, H)
pg.t(100, 340, "DOB 03/09/2019", 28, K); pg.t(400, 340, "SEX: F", 28, K); pg.t(560, 340, "BWT 1.9 kg", 28, K)
pg.t(100, 390, "MOTHER TEL", 24); pg.t(290, 390, "0733 804 261", 24, PH)
pg.code("Code128", "KNH/2019/114582", 740, 420, scale=2)
im = scanify(pg.im, blur=0.9, noise=25).convert("RGB"); im.save("files/s56-f004-wristband-photo.jpg", quality=92); d.done()

# ---------------------------------------------------------------- f005 e-mail (emergency medicine)
AP5 = "Dr Rami Al-Khatib"
d = Doc("s56-f005", "s56-f005-email.eml", "eml", "email", AP5)
m = EmailMessage()
m["From"] = "Rami Al-Khatib <rami.alkhatib@nhs.net>"
m["To"] = "Claire Gowland <claire.gowland@example.nhs.uk>"
m["Cc"] = "Helen Featherstonhaugh <h.featherstonhaugh@nhs.net>"
m["Subject"] = "Re-attender within 72 h - Kyle Armstrong-Pyle RVI5102987"
m["Date"] = "Wed, 06 Mar 2024 08:14:55 +0000"
body = """Hi Claire,

As discussed at handover: Kyle Armstrong-Pyle (DOB 22/05/2001, NHS 4390216658, MRN RVI5102987) re-attended at 02:30
with the same headache. I did an LP (opening pressure 32 cmH2O) – he now has a CT venogram showing a left transverse
sinus thrombosis. The first attendance was with Dr Joel Mabaso, who discharged him with a diagnosis of migraine.
Please can you add this to the re-attenders review list (ED ref RA72-0306)? His mother, Mrs Debra Pyle, lives at
27 Ravensworth Terrace, Gateshead NE8 4QJ and has asked for a call back on 07700 900391.

Thanks,
Rami

Dr Rami Al-Khatib | ED Specialty Doctor | Royal Victoria Infirmary
"""
m.set_content(body)
open("files/s56-f005-email.eml", "wb").write(bytes(m))
for s, ty in [("rami.alkhatib@nhs.net", E), ("Claire Gowland", C), ("claire.gowland@example.nhs.uk", E), ("h.featherstonhaugh@nhs.net", E),
              ("Kyle Armstrong-Pyle", P), ("RVI5102987", H), ("Claire", C), ("4390216658", N), ("Dr Joel Mabaso", C), ("RA72-0306", REF),
              ("Mrs Debra Pyle", R), ("27 Ravensworth Terrace, Gateshead", A), ("NE8 4QJ", PC), ("07700 900391", PH)]:
    d.r["identifiers"].append({"text": s, "type": ty})
d.r["keep"] = [{"text": s} for s in ["Rami Al-Khatib", "Dr Rami Al-Khatib", "Rami", "Helen Featherstonhaugh", "DOB 22/05/2001",
               "opening pressure 32 cmH2O", "left transverse\nsinus thrombosis", "Royal Victoria Infirmary", "migraine"]]
del d.r["pages"], d.r["barcodes"], d.r["photos"]; d.done()

# ---------------------------------------------------------------- f006 digital PDF ED attendance card with Code128 + QR
d = Doc("s56-f006", "s56-f006-ed-card.pdf", "pdf", "ed_attendance_card", AP5)
p = PdfDoc(d, "files/s56-f006-ed-card.pdf")
p.t(40, 50, "Royal Victoria Infirmary – Emergency Department", 13, K, bold=True)
p.t(40, 66, "ED CASUALTY CARD (printed from Symphony)", 9)
p.t(40, 100, "Attendance:", 10); p.t(110, 100, "RVI-ED-24-0112046", 10, H)
p.code("Code128", "RVI-ED-24-0112046", 330, 80, 220)
p.t(40, 130, "Name:", 10); p.t(110, 130, "Sadia Begum Chowdhury", 10, P, bold=True)
p.t(40, 146, "DOB:", 10); p.t(110, 146, "17/01/1994", 10, K); p.t(190, 146, "Female", 10, K)
p.t(40, 162, "NHS:", 10); p.t(110, 162, "452 901 7736", 10, N)
p.t(40, 178, "MRN:", 10); p.t(110, 178, "RVI5518204", 10, H)
p.t(40, 194, "Address:", 10); p.t(110, 194, "Flat 12, Tower View, Byker, Newcastle", 10, A); p.t(320, 194, "NE6 2XR", 10, PC)
p.t(40, 210, "NOK:", 10); p.t(110, 210, "Abdul Chowdhury", 10, R); p.t(210, 210, "(husband)", 10); p.t(265, 210, "07700 900452", 10, PH)
p.code("QRCode", "NHS:4529017736|MRN:RVI5518204|Sadia Chowdhury", 440, 130, 110)
p.hline(240)
p.t(40, 262, "Triage 10:42 – Manchester Triage: orange (abdominal pain, pregnancy 7/40)", 10)
p.t(40, 278, "bhCG 3,150 IU/L; TVUS: empty uterus, 2.4 cm left adnexal mass, free fluid.", 10)
p.t(40, 294, "Impression: ruptured ectopic pregnancy. Hb 96 g/L. 2 large-bore cannulae, 1 L Hartmann's.", 10)
p.t(40, 310, "Referred to gynae registrar", 10); p.t(182, 310, "Dr Yewande Okafor-Wills", 10, C); p.t(318, 310, "at 11:20; to theatre 12:05.", 10)
p.t(40, 342, "ED clinician:", 10); p.t(110, 342, "Dr R Al-Khatib", 10, K); p.t(190, 342, "Consultant:", 10); p.t(250, 342, "Dr Helen Featherstonhaugh", 10, K)
p.t(40, 358, "Ambulance CAD", 10); p.t(122, 358, "2403111042", 10, REF)
p.t(40, 790, "Dr Rami Al-Khatib – CESR evidence E-14 – page 1", 8, K)
p.save(); d.done()

# ---------------------------------------------------------------- f007 DOCX reference (anaesthetics)
AP6 = "Dr Lucía Fernández Ortega"
d = Doc("s56-f007", "s56-f007-reference.docx", "docx", "reference_letter", AP6)
doc = docx.Document()
doc.add_heading("Structured reference – Dr Lucía Fernández Ortega (GMC 7623347)", level=1)
doc.add_paragraph("Referee: Dr Gethin Prosser, Consultant Anaesthetist and College Tutor, University Hospital of Wales, Cardiff.")
doc.add_paragraph("I have known Dr Fernández Ortega since she joined our department in March 2023 after completing her MIR "
                  "training at Hospital Universitario La Paz, Madrid. She now leads obstetric lists independently and "
                  "supervises CT1–2 trainees out of hours.")
doc.add_paragraph("Her management of a grade 3 anaphylaxis in November 2023 was exemplary. She also supported the family "
                  "of a young woman, Ms Carys Morgan-Tudor, who had an awake tracheal intubation for a deep neck space "
                  "infection; the patient's mother wrote to the Chief Executive to praise her. Our ODP, Sian Watkins, "
                  "nominated her for the Trust's WOW award.")
t = doc.add_table(rows=4, cols=3)
cells = [("Domain", "Rating", "Comment"), ("Clinical skills", "Excellent", "Regional anaesthesia, ultrasound-guided blocks"),
         ("Teaching", "Excellent", "DAS CICO in-situ simulation lead"), ("Probity", "No concerns", "—")]
for r, row in enumerate(cells):
    for c_, v in enumerate(row):
        t.cell(r, c_).text = v
doc.add_paragraph("Contact: gethin.prosser@example.nhs.uk, 029 2018 0744.")
doc.add_paragraph("Dr Gethin Prosser, GMC 4521093")
doc.save("files/s56-f007-reference.docx")
for s, ty in [("Ms Carys Morgan-Tudor", P), ("Sian Watkins", C), ("gethin.prosser@example.nhs.uk", E), ("029 2018 0744", PH), ("GMC 4521093", G)]:
    d.r["identifiers"].append({"text": s, "type": ty})
d.r["keep"] = [{"text": s} for s in ["Dr Lucía Fernández Ortega", "GMC 7623347", "Dr Fernández Ortega", "Dr Gethin Prosser",
               "University Hospital of Wales", "Hospital Universitario La Paz", "grade 3 anaphylaxis", "DAS CICO"]]
del d.r["pages"], d.r["barcodes"], d.r["photos"]; d.done()

# ---------------------------------------------------------------- f008 addressograph labels PNG (endocrinology, Wales)
AP7 = "Dr Parisa Rahimi"
d = Doc("s56-f008", "s56-f008-addressograph-labels.png", "png", "addressograph_labels", AP7)
pg = ImgPage(d, 1300, 1350, bg=245)
for i, (y, codeval, footer) in enumerate([(40, "M13377016", "Hosp"), (470, "M13377016", "Hosp"), (900, "4839102275", "NHS")]):
    pg.d.rounded_rectangle((40, y, 1260, y + 390), radius=20, fill=255, outline=150, width=2)
    pg.t(70, y + 20, "LEWIS-BOWEN, Gwynfor", 34, P, bold=True)
    pg.t(70, y + 75, "DOB 11/11/1949", 26, K); pg.t(360, y + 75, "M", 26, K)
    pg.t(70, y + 120, "Hosp No", 26); pg.t(210, y + 120, "M13377016", 26, H)
    pg.t(70, y + 165, "NHS", 26); pg.t(210, y + 165, "483 910 2275", 26, N)
    pg.t(70, y + 210, "Hafod Wen, Cefn Coed Road, Cefn-coed-y-cymmer", 22, A)
    pg.t(70, y + 250, "CF48 2NP", 22, PC)
    pg.t(70, y + 300, "Prince Charles Hospital – Endocrinology", 22, K)
    pg.code("Code128", codeval, 760, y + 110, scale=2)
pg.im.save("files/s56-f008-addressograph-labels.png"); d.done()

# ---------------------------------------------------------------- f009 DOCX audit extract (endocrinology)
d = Doc("s56-f009", "s56-f009-thyroid-audit.docx", "docx", "audit_data_extract", AP7)
doc = docx.Document()
doc.add_heading("Radioiodine outcomes audit 2023 – Prince Charles Hospital", level=1)
doc.add_paragraph("Audit lead: Dr Parisa Rahimi. Supervisor: Dr Huw Pritchard-Morgan. Standard: BTA 2020 – hypothyroid or euthyroid at 12 months in ≥80%.")
t = doc.add_table(rows=5, cols=6)
rows = [("No", "Patient", "NHS no", "Hosp no", "Dose", "12-month outcome"),
        ("1", "E.ap G.", "6620193348", "M11760052", "550 MBq", "hypothyroid – levothyroxine 75 µg"),
        ("2", "Mrs Delyth Vaughan-Rowe", "6627704121", "M12093317", "400 MBq", "euthyroid"),
        ("3", "T.M.", "6631508842", "M10882265", "550 MBq", "persistent hyperthyroidism – second dose"),
        ("4", "Olwen (Welsh-speaking, daughter Nerys interprets)", "6608817439", "M12440981", "600 MBq", "hypothyroid")]
for r, row in enumerate(rows):
    for c_, v in enumerate(row):
        t.cell(r, c_).text = v
doc.add_paragraph("Result: 3/4 (75%) met the standard. Re-audit with n≥40 planned. Data held on the shared drive \\\\cwmtaf-fs02\\endo\\audit (not for upload).")
doc.save("files/s56-f009-thyroid-audit.docx")
for s, ty in [("E.ap G.", P), ("6620193348", N), ("M11760052", H), ("Mrs Delyth Vaughan-Rowe", P), ("6627704121", N), ("M12093317", H),
              ("T.M.", P), ("6631508842", N), ("M10882265", H), ("Olwen", P), ("Nerys", R), ("6608817439", N), ("M12440981", H),
              ("\\\\cwmtaf-fs02\\endo\\audit", U)]:
    d.r["identifiers"].append({"text": s, "type": ty})
d.r["keep"] = [{"text": s} for s in ["Dr Parisa Rahimi", "Dr Huw Pritchard-Morgan", "Prince Charles Hospital", "BTA 2020", "550 MBq",
               "levothyroxine 75 µg", "3/4 (75%)"]]
del d.r["pages"], d.r["barcodes"], d.r["photos"]; d.done()

# ---------------------------------------------------------------- f010 digital PDF op note, 2 pages (OMFS)
AP8 = "Dr Tobias Brandstätter"
d = Doc("s56-f010", "s56-f010-op-note.pdf", "pdf", "operation_note", AP8)
p = PdfDoc(d, "files/s56-f010-op-note.pdf")
p.t(40, 45, "Queen Alexandra Hospital – Oral & Maxillofacial Surgery", 13, K, bold=True)
p.c.rect(350, A4[1] - 160, 210, 100)
p.t(358, 78, "MUSGROVE-TATE, Oliver", 10, P, bold=True)
p.t(358, 92, "DOB 04/04/1993   M", 9, K)
p.t(358, 106, "PAS", 9); p.t(385, 106, "Q2311870", 9, H)
p.code("Code128", "Q2311870", 358, 112, 150)
p.t(40, 90, "OPERATION NOTE", 12, bold=True)
p.t(40, 108, "Date 22/01/2024   Theatre E3   GA, nasal intubation", 10)
p.t(40, 124, "Surgeon:", 10); p.t(90, 124, "Mr T. Brandstätter", 10, K)
p.t(40, 140, "Consultant:", 10); p.t(105, 140, "Ms Harriet Quayle", 10, K)
p.t(40, 180, "Procedure: ORIF left zygomaticomaxillary complex fracture (Knight & North group V)", 10)
p.t(40, 196, "Approach: upper buccal sulcus + lateral brow; 1.5 mm L-plate at FZ suture, 2.0 mm at buttress.", 10)
p.t(40, 212, "Orbital floor explored: no defect > 1 cm². Forced duction test negative before and after.", 10)
p.t(40, 228, "Injury: fell from a horse at", 10); p.t(178, 228, "Hollybank Riding Stables, Emsworth", 10, A); p.t(360, 228, "on 19/01/2024.", 10)
p.t(40, 244, "Assistant:", 10); p.t(95, 244, "Dr Ellie Varga", 10, C); p.t(175, 244, "(DCT1).  Scrub:", 10); p.t(256, 244, "Marta", 10, C)
p.t(40, 790, "MUSGROVE-TATE, Oliver", 8, P); p.t(160, 790, "Q2311870", 8, H); p.t(400, 790, "Page 1 of 2", 8, K)
p.new_page()
p.t(40, 45, "MUSGROVE-TATE, Oliver", 9, P); p.t(180, 45, "PAS Q2311870", 9, H); p.t(300, 45, "(continued)", 9)
p.t(40, 80, "Post-operative instructions", 11, bold=True)
p.t(40, 100, "Eye observations hourly for 12 h (visual acuity, pupils) – risk of retrobulbar haemorrhage.", 10)
p.t(40, 116, "Co-amoxiclav 625 mg tds for 5 days; no nose blowing for 2 weeks.", 10)
p.t(40, 132, "Review in maxillofacial clinic 1 week. Partner", 10); p.t(275, 132, "Hannah Bristow", 10, R); p.t(355, 132, "collecting; tel", 10); p.t(425, 132, "07700 900906", 10, PH)
p.t(40, 164, "Signed:", 10); p.t(85, 164, "T. Brandstätter", 10, K); p.t(180, 164, "GMC 7702261", 10, K)
p.t(40, 790, "MUSGROVE-TATE, Oliver", 8, P); p.t(160, 790, "Q2311870", 8, H); p.t(400, 790, "Page 2 of 2", 8, K)
p.save(); d.done()

# ---------------------------------------------------------------- f011 digital PDF histopathology report with Code128 + QR
AP9 = "Dr Tendai Chikwanha"
d = Doc("s56-f011", "s56-f011-histology-report.pdf", "pdf", "histopathology_report", AP9)
p = PdfDoc(d, "files/s56-f011-histology-report.pdf")
p.t(40, 45, "Royal Derby Hospital – Cellular Pathology", 13, K, bold=True)
p.t(40, 80, "Lab number:", 10); p.t(110, 80, "H24-027781", 10, O)
p.code("Code128", "H24-027781", 40, 88, 170)
p.code("QRCode", "https://path.example.nhs.uk/r?lab=H24-027781&nhs=4731190256", 460, 60, 95)
p.t(40, 150, "Patient:", 10); p.t(95, 150, "Mr Lionel Ashby-Crowther", 10, P)
p.t(40, 166, "NHS:", 10); p.t(95, 166, "473 119 0256", 10, N); p.t(190, 166, "MRN:", 10); p.t(225, 166, "RD1049923", 10, H)
p.t(40, 182, "DOB:", 10); p.t(95, 182, "28/09/1952", 10, K); p.t(170, 182, "Male", 10, K)
p.t(40, 198, "Clinician:", 10); p.t(95, 198, "Dr Priyanka Venkatesan", 10, C); p.t(225, 198, "(Dermatology)", 10)
p.hline(210)
p.t(40, 230, "Specimen: excision, skin of left temple, 22 x 14 mm ellipse", 10)
p.t(40, 246, "Diagnosis: invasive melanoma, superficial spreading type, Breslow thickness 1.4 mm,", 10)
p.t(40, 262, "Clark level IV, no ulceration, mitoses 2/mm², pT2a. Peripheral margin 3 mm, deep 2 mm.", 10)
p.t(40, 278, "SNOMED: T02120 M87433", 10, K)
p.t(40, 310, "Reported by:", 10); p.t(110, 310, "Dr Tendai Chikwanha", 10, K); p.t(230, 310, "Authorised:", 10); p.t(290, 310, "Dr Alison Farquharson-Reid", 10, K)
p.save(); d.done()

# ---------------------------------------------------------------- f012 scanned PDF discharge letter with QR (psychiatry, NI)
AP10 = "Dr Kavitha Sivapalan"
d = Doc("s56-f012", "s56-f012-discharge-scan.pdf", "pdf", "discharge_letter_scan", AP10); d.r["scanned"] = True
p1 = ImgPage(d, 1240, 1754)
p1.t(80, 60, "Belfast Health and Social Care Trust", 30, K, bold=True)
p1.t(80, 105, "Mater Infirmorum Hospital – Psychiatric Unit", 24, K)
p1.code("QRCode", "HC:5128803379;PARIS:1160294", 960, 40, scale=2)
p1.t(80, 200, "INPATIENT DISCHARGE LETTER", 28, bold=True)
p1.t(80, 260, "Name:", 24); p1.t(220, 260, "Ms Shannagh Rooney-Doran", 24, P)
p1.t(80, 300, "H&C No:", 24); p1.t(220, 300, "512 880 3379", 24, N)
p1.t(80, 340, "PARIS:", 24); p1.t(220, 340, "1160294", 24, H)
p1.t(80, 380, "DOB:", 24); p1.t(220, 380, "19/04/2000", 24, K); p1.t(420, 380, "Female", 24, K)
p1.t(80, 420, "Address:", 24); p1.t(220, 420, "22 Cliftonville Road, Belfast", 24, A); p1.t(570, 420, "BT14 6JZ", 24, PC)
p1.t(80, 500, "Admitted 03/03/2024, discharged 28/03/2024 (informal throughout).", 22)
p1.t(80, 540, "Diagnosis: severe depressive episode without psychotic symptoms (F32.2).", 22)
p1.t(80, 580, "Medication: sertraline 150 mg od, mirtazapine 15 mg nocte.", 22)
p1.t(80, 620, "She works at", 22); p1.t(230, 620, "Boojum on Botanic Avenue", 22, A); p1.t(520, 620, "and lives with her partner", 22)
p1.t(80, 660, "Niall", 22, R); p1.t(145, 660, "(mobile", 22); p1.t(245, 660, "07700 900147", 22, PH); p1.t(400, 660, ").", 22)
p1.t(80, 1680, "Ms Shannagh Rooney-Doran", 18, P); p1.t(420, 1680, "512 880 3379", 18, N); p1.t(1000, 1680, "page 1 of 2", 18, K)
p2 = ImgPage(d, 1240, 1754)
p2.t(80, 60, "Ms Shannagh Rooney-Doran", 20, P); p2.t(420, 60, "H&C 512 880 3379", 20, N)
p2.t(80, 140, "Follow-up: Home Treatment Team for 2 weeks, then CMHT North Belfast.", 22)
p2.t(80, 180, "Crisis: Lifeline. PHQ-9 at discharge 11 (admission 24).", 22)
p2.t(80, 260, "GP:", 22); p2.t(140, 260, "Dr Aidan Hegarty", 22, C); p2.t(360, 260, "Oldpark Road Surgery", 22, A)
p2.t(80, 340, "Dr Kavitha Sivapalan", 22, K); p2.t(330, 340, "Specialty Doctor", 22)
p2.t(80, 380, "for Dr Eilis Magennis", 22); p2.t(80, 420, "Our ref", 22); p2.t(180, 420, "KS/MIH/24/0412", 22, REF)
p2.t(80, 1680, "Ms Shannagh Rooney-Doran", 18, P); p2.t(1000, 1680, "page 2 of 2", 18, K)
# 'Dr Eilis Magennis' drawn inside 'for Dr Eilis Magennis': record as keep separately
f = ImageFont.truetype(FD + "DejaVuSans.ttf", 22)
x0 = 80 + p2.d.textlength("for ", font=f); bb = p2.d.textbbox((x0, 380), "Dr Eilis Magennis", font=f)
d.add("Dr Eilis Magennis", K, 2, [(bb[0] - 2) / 1240, (bb[1] - 2) / 1754, (bb[2] + 2) / 1240, (bb[3] + 2) / 1754])
pages = [scanify(p1.im), scanify(p2.im)]
pages[0].save("files/s56-f012-discharge-scan.pdf", "PDF", resolution=150, save_all=True, append_images=pages[1:]); d.done()

# ---------------------------------------------------------------- f013 scanned PDF certificate of experience (Nepal), 2 pages
AP1 = "Dr Sushila Adhikari"
d = Doc("s56-f013", "s56-f013-certificate-nepal-scan.pdf", "pdf", "certificate_of_experience_scan", AP1); d.r["scanned"] = True
p1 = ImgPage(d, 1240, 1754)
p1.t(200, 80, "TRIBHUVAN UNIVERSITY TEACHING HOSPITAL", 34, K, bold=True)
p1.t(330, 130, "Maharajgunj, Kathmandu, Nepal", 24)
p1.t(80, 220, "Ref. No.:", 24); p1.t(210, 220, "TUTH/ENT/2078/0342", 24, REF); p1.t(860, 220, "Date: 2021-08-16", 24)
p1.t(400, 320, "CERTIFICATE OF EXPERIENCE", 32, bold=True)
p1.t(80, 420, "This is to certify that", 24); p1.t(350, 420, "Dr Sushila Adhikari", 24, K); p1.t(600, 420, "(NMC Nepal reg. 9127)", 24)
p1.t(80, 460, "worked as Resident and then Lecturer in the Department of Otorhinolaryngology –", 24)
p1.t(80, 500, "Head and Neck Surgery from 2016 to 2021, performing over 900 major procedures.", 24)
p1.t(80, 540, "A list of selected cases is annexed (page 2).", 24)
p1.t(80, 700, "Prof. Dr Hari Prasad Paudel", 24, K); p1.t(80, 740, "Head of Department", 24)
p1.t(80, 780, "Tel:", 24); p1.t(140, 780, "+977 1 441 2295", 24, PH)
p1.t(80, 820, "Email:", 24); p1.t(175, 820, "ent.hod@tuth.example.np", 24, E)
p1.t(80, 1680, "page 1 of 2", 18, K)
p2 = ImgPage(d, 1240, 1754)
p2.t(80, 80, "ANNEX – selected cases (Dr S. Adhikari as primary surgeon)", 26, bold=True)
rows = [("2019-04-11", "TUTH-2019-044871", "Myringoplasty", "23 F"), ("2020-01-29", "TUTH-2020-071553", "Superficial parotidectomy", "47 M"),
        ("2020-11-02", "TUTH-2020-118204", "Total laryngectomy", "62 M")]
y = 160
p2.t(80, y, "Date", 22, bold=True); p2.t(300, y, "Hospital No.", 22, bold=True); p2.t(620, y, "Procedure", 22, bold=True); p2.t(1000, y, "Age/Sex", 22, bold=True)
for dt, hn, proc, ag in rows:
    y += 50
    p2.t(80, y, dt, 22); p2.t(300, y, hn, 22, H); p2.t(620, y, proc, 22, K); p2.t(1000, y, ag, 22, K)
p2.t(80, y + 80, "Patient for case 3 (", 22); p2.t(290, y + 80, "Bir Bahadur Tamang", 22, P); p2.t(520, y + 80, ") consented to use of his record.", 22)
p2.t(80, 1680, "page 2 of 2", 18, K)
pages = [scanify(p1.im), scanify(p2.im)]
pages[0].save("files/s56-f013-certificate-nepal-scan.pdf", "PDF", resolution=150, save_all=True, append_images=pages[1:]); d.done()

with open("files.jsonl", "w", encoding="utf-8") as f:
    for r in OUT:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(OUT), "files")
