"""Renders files/ for the s58 hold-out set and writes files.jsonl.
Document content is typed by hand below; only box coordinates are measured from the rendering."""
import io, json, os, random
from email.message import EmailMessage
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import barcode
from barcode.writer import ImageWriter
import qrcode
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import ImageReader
import docx

ROOT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(ROOT, "files")
os.makedirs(FILES, exist_ok=True)
random.seed(58)
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANSB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
A1 = "Dr Ahmed Salem Elmabrouk"; A2 = "Dr Ioana Mihaela Dragomir"; A3 = "Dr Dawit Tesfaye Bekele"
A4n = "Dr Nur Aisyah binti Kamaruddin"; A5 = "Dr Marcia Campbell-Reid"; A6 = "Dr Farzaneh Rahimi"
A7 = "Dr Rafael Nogueira Pinto"; A8 = "Dr Hessa Al-Qahtani"; A9 = "Dr Maria Lourdes Santos Dizon"
A10 = "Dr Tharindu Wijesinghe"
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME",
    "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER",
    "URL", "OTHER_ID")
records = []


def code128_img(value, module_width=0.4, height=12.0):
    w = ImageWriter()
    bc = barcode.get("code128", value, writer=w)
    buf = io.BytesIO()
    bc.write(buf, options={"module_width": module_width, "module_height": height, "write_text": False,
                           "quiet_zone": 4.0, "dpi": 200})
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def qr_img(value, box_size=6):
    q = qrcode.QRCode(box_size=box_size, border=2)
    q.add_data(value)
    q.make(fit=True)
    return q.make_image(fill_color="black", back_color="white").convert("RGB")


class Raster:
    """A page drawn with PIL; records boxes of annotated substrings."""
    def __init__(self, w, h, bg="white"):
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.w, self.h = w, h

    def line(self, x, y, text, size=28, bold=False, font=None, marks=(), fill="black"):
        f = ImageFont.truetype(font or (SANSB if bold else SANS), size)
        self.d.text((x, y), text, font=f, fill=fill)
        out = []
        for s in marks:
            i = text.find(s)
            assert i >= 0, (s, text)
            x0 = x + f.getlength(text[:i]); x1 = x + f.getlength(text[:i + len(s)])
            bb = self.d.textbbox((x, y), text, font=f)
            out.append([round((x0 - 2) / self.w, 4), round((bb[1] - 2) / self.h, 4),
                        round((x1 + 2) / self.w, 4), round((bb[3] + 2) / self.h, 4)])
        return out

    def paste(self, im, x, y):
        self.img.paste(im, (x, y))
        return [round(x / self.w, 4), round(y / self.h, 4), round((x + im.width) / self.w, 4),
                round((y + im.height) / self.h, 4)]


def rec(**kw):
    records.append(kw)


# Helpers to build annotation lists from (page, string, type_or_None, boxes)
def add(lst, page, s, t, boxes):
    for b in boxes:
        e = {"text": s, "page": page, "box": b}
        if t:
            e["type"] = t
        lst.append(e)


# ---------------------------------------------------------------- s58-073 wristband (A1)
def f073():
    r = Raster(1800, 520, bg=(236, 240, 250))
    r.d.rounded_rectangle((20, 20, 1780, 500), radius=60, outline=(120, 140, 200), width=6, fill="white")
    ids, keep, codes = [], [], []
    add(ids, 1, "HOLDSWORTH, Edna May", PN, r.line(90, 60, "HOLDSWORTH, Edna May", 52, True, marks=["HOLDSWORTH, Edna May"]))
    L = "DOB: 03/07/1938   F"
    add(keep, 1, "DOB: 03/07/1938", None, r.line(90, 140, L, 38, marks=["DOB: 03/07/1938"]))
    L = "Hosp No: K4390217"
    add(ids, 1, "K4390217", HN, r.line(90, 200, L, 38, marks=["K4390217"]))
    L = "NHS: 627 118 4093"
    add(ids, 1, "627 118 4093", NHS, r.line(90, 260, L, 38, marks=["627 118 4093"]))
    L = "St James's University Hospital - AMU J12"
    add(keep, 1, "St James's University Hospital", None, r.line(90, 330, L, 32, marks=["St James's University Hospital"]))
    bc = code128_img("K4390217", 0.45, 14)
    bc = bc.resize((int(bc.width * 0.9), 260))
    codes.append({"format": "Code128", "value": "K4390217", "page": 1, "box": r.paste(bc, 960, 110)})
    path = "files/s58-073-wristband.png"
    r.img.save(os.path.join(ROOT, path))
    rec(id="s58-073", file=path, format="png", kind="wristband_photo", applicant=A1, pages=1,
        identifiers=ids, keep=keep, barcodes=codes, photos=[])


# ---------------------------------------------------------------- s58-074 addressograph sheet (A6)
def f074():
    r = Raster(1700, 2000)
    ids, keep, codes = [], [], []
    r.line(60, 30, "Royal Derby Hospital - patient ID labels (sheet 1 of 1)", 34, True)
    for k in range(3):
        y = 120 + k * 600
        r.d.rectangle((50, y, 1650, y + 540), outline="grey", width=3)
        add(ids, 1, "PATEL, Harjit Kaur", PN, r.line(90, y + 30, "PATEL, Harjit Kaur      F", 46, True, marks=["PATEL, Harjit Kaur"]))
        bx = r.line(90, y + 100, "DOB 12/12/1958   RD0388142", 40, marks=["DOB 12/12/1958", "RD0388142"])
        add(keep, 1, "DOB 12/12/1958", None, [bx[0]]); add(ids, 1, "RD0388142", HN, [bx[1]])
        add(ids, 1, "550 872 4461", NHS, r.line(90, y + 165, "NHS 550 872 4461", 40, marks=["550 872 4461"]))
        bx = r.line(90, y + 230, "17 Cavendish Street, Derby DE1 1UF", 40, marks=["17 Cavendish Street, Derby", "DE1 1UF"])
        add(ids, 1, "17 Cavendish Street, Derby", AD, [bx[0]]); add(ids, 1, "DE1 1UF", PC, [bx[1]])
        bc = code128_img("RD0388142", 0.5, 10)
        bc = bc.resize((bc.width, 180))
        codes.append({"format": "Code128", "value": "RD0388142", "page": 1, "box": r.paste(bc, 90, y + 310)})
    path = "files/s58-074-addressograph.png"
    r.img.save(os.path.join(ROOT, path))
    rec(id="s58-074", file=path, format="png", kind="addressograph_labels", applicant=A6, pages=1,
        identifiers=ids, keep=keep, barcodes=codes, photos=[])


def scan_noise(img):
    px = img.load()
    for _ in range(6000):
        x = random.randrange(img.width); y = random.randrange(img.height)
        g = random.randrange(120, 220)
        px[x, y] = (g, g, g)
    return img.filter(ImageFilter.GaussianBlur(0.6))


# ---------------------------------------------------------------- s58-075 scanned clinic letter with QR (A8)
def f075():
    r = Raster(1240, 1754)
    ids, keep, codes = [], [], []
    add(keep, 1, "Manchester Royal Eye Hospital", None, r.line(80, 70, "Manchester Royal Eye Hospital", 40, True, marks=["Manchester Royal Eye Hospital"]))
    add(keep, 1, "Manchester Royal Eye Hospital", None, r.line(80, 125, "Medical Retina Service, Manchester Royal Eye Hospital", 24, marks=["Manchester Royal Eye Hospital"]))
    q = qr_img("MREH;MRN=M2230117;NHS=9463381025", 6)
    codes.append({"format": "QRCode", "value": "MREH;MRN=M2230117;NHS=9463381025", "page": 1, "box": r.paste(q, 960, 50)})
    bx = r.line(80, 200, "Hosp no: M2230117      NHS no: 946 338 1025", 26, marks=["M2230117", "946 338 1025"])
    add(ids, 1, "M2230117", HN, [bx[0]]); add(ids, 1, "946 338 1025", NHS, [bx[1]])
    r.line(80, 240, "Clinic date: 11/03/2025", 26)
    add(ids, 1, "Dr Yvette Marchbank", CN, r.line(80, 310, "Dr Yvette Marchbank", 26, marks=["Dr Yvette Marchbank"]))
    add(ids, 1, "Chorlton Family Practice, Manchester M21 9NJ", AD, r.line(80, 345, "Chorlton Family Practice, Manchester M21 9NJ", 26, marks=["Chorlton Family Practice, Manchester M21 9NJ"]))
    bx = r.line(80, 420, "Re: Mr Ravindra Gokhale, DOB 27/01/1962", 26, True, marks=["Ravindra Gokhale", "DOB 27/01/1962"])
    add(ids, 1, "Ravindra Gokhale", PN, [bx[0]]); add(keep, 1, "DOB 27/01/1962", None, [bx[1]])
    bx = r.line(80, 460, "22 Beech Road, Chorlton, Manchester M21 9EG", 26, marks=["22 Beech Road, Chorlton, Manchester", "M21 9EG"])
    add(ids, 1, "22 Beech Road, Chorlton, Manchester", AD, [bx[0]]); add(ids, 1, "M21 9EG", PC, [bx[1]])
    body = [
        ("Diagnosis: proliferative diabetic retinopathy R, centre-involving DMO L.", ["proliferative diabetic retinopathy"]),
        ("VA R 6/12, L 6/18. OCT central subfield thickness L 412 um.", ["OCT central subfield thickness L 412 um"]),
        ("HbA1c 78 mmol/mol. Treatment: PRP R eye; aflibercept 2 mg L eye, loading x5.", ["aflibercept 2 mg", "HbA1c 78 mmol/mol"]),
        ("Mr Gokhale drives a taxi; I advised him to inform the DVLA.", ["DVLA"]),
    ]
    y = 540
    for text, ks in body:
        marks = list(ks) + (["Mr Gokhale"] if "Mr Gokhale" in text else [])
        bx = r.line(80, y, text, 24, marks=marks)
        for s, b in zip(marks, bx):
            if s == "Mr Gokhale":
                add(ids, 1, s, PN, [b])
            else:
                add(keep, 1, s, None, [b])
        y += 44
    add(keep, 1, "Dr Hessa Al-Qahtani", None, r.line(80, 820, "Dr Hessa Al-Qahtani, Specialty Doctor", 26, marks=["Dr Hessa Al-Qahtani"]))
    bx = r.line(80, 1650, "Gokhale R   M2230117   page 1 of 1", 20, marks=["Gokhale R", "M2230117"])
    add(ids, 1, "Gokhale R", PN, [bx[0]]); add(ids, 1, "M2230117", HN, [bx[1]])
    img = scan_noise(r.img)
    path = "files/s58-075-scanned-letter.pdf"
    img.save(os.path.join(ROOT, path), "PDF", resolution=150)
    rec(id="s58-075", file=path, format="pdf", kind="scanned_clinic_letter", applicant=A8, pages=1,
        identifiers=ids, keep=keep, barcodes=codes, photos=[])


class PdfPage:
    def __init__(self, c):
        self.c = c; self.W, self.H = A4

    def line(self, x, y, text, size=10, bold=False, marks=()):
        font = "Helvetica-Bold" if bold else "Helvetica"
        self.c.setFont(font, size)
        self.c.drawString(x, y, text)
        out = []
        for s in marks:
            i = text.find(s); assert i >= 0, (s, text)
            x0 = x + stringWidth(text[:i], font, size); x1 = x + stringWidth(text[:i + len(s)], font, size)
            top = y + 0.80 * size; bot = y - 0.24 * size
            out.append([round((x0 - 1) / self.W, 4), round((self.H - top - 1) / self.H, 4),
                        round((x1 + 1) / self.W, 4), round((self.H - bot + 1) / self.H, 4)])
        return out

    def image(self, im, x, y_top, w, h):
        self.c.drawImage(ImageReader(im), x, self.H - y_top - h, w, h)
        return [round(x / self.W, 4), round(y_top / self.H, 4), round((x + w) / self.W, 4), round((y_top + h) / self.H, 4)]


def put(p, ids, keep, page, x, y, text, size=10, bold=False, marks=()):
    """marks: list of (string, type or None)"""
    bx = p.line(x, y, text, size, bold, [m[0] for m in marks])
    for (s, t), b in zip(marks, bx):
        add(ids if t else keep, page, s, t, [b])


# ---------------------------------------------------------------- s58-076 digital discharge letter (A9)
def f076():
    path = "files/s58-076-discharge.pdf"
    c = rl_canvas.Canvas(os.path.join(ROOT, path), pagesize=A4)
    p = PdfPage(c); ids, keep, codes = [], [], []
    put(p, ids, keep, 1, 50, 800, "Belfast Health and Social Care Trust - Belfast City Hospital", 13, True,
        [("Belfast City Hospital", None)])
    put(p, ids, keep, 1, 50, 782, "Ward 7N (Oncology)  |  Ward phone 028 9649 6318", 9, False, [("028 9649 6318", PH)])
    codes.append({"format": "Code128", "value": "3981027765", "page": 1,
                  "box": p.image(code128_img("3981027765", 0.4, 10), 390, 30, 170, 50)})
    put(p, ids, keep, 1, 50, 740, "DISCHARGE LETTER TO GP", 12, True)
    put(p, ids, keep, 1, 50, 715, "Patient: Mrs Philomena Rose Quinn     DOB: 02/02/1940     Female", 10, False,
        [("Philomena Rose Quinn", PN), ("DOB: 02/02/1940", None)])
    put(p, ids, keep, 1, 50, 700, "H&C No: 398 102 7765     Hospital No: BCH0790034", 10, False,
        [("398 102 7765", NHS), ("BCH0790034", HN)])
    put(p, ids, keep, 1, 50, 685, "Address: 6 Cliftonville Road, Belfast BT14 6JX", 10, False,
        [("6 Cliftonville Road, Belfast", AD), ("BT14 6JX", PC)])
    put(p, ids, keep, 1, 50, 670, "GP: Dr Kieran Magee    Next of kin: son, Padraig Quinn", 10, False,
        [("Kieran Magee", CN), ("Padraig Quinn", RN)])
    put(p, ids, keep, 1, 50, 640, "Diagnosis: metastatic non-small cell lung cancer; malignant hypercalcaemia (Ca 3.21 mmol/L).", 10, False,
        [("Ca 3.21 mmol/L", None)])
    put(p, ids, keep, 1, 50, 625, "Treated with zoledronic acid 4 mg IV and IV fluids; corrected calcium 2.48 on discharge.", 10, False,
        [("zoledronic acid 4 mg IV", None)])
    put(p, ids, keep, 1, 50, 610, "Pain controlled on oxycodone MR 10 mg BD with oxycodone IR 5 mg PRN.", 10, False,
        [("oxycodone MR 10 mg BD", None)])
    put(p, ids, keep, 1, 50, 595, "Mrs Quinn wishes to die at home; ReSPECT form completed; DNACPR in place.", 10, False,
        [("Mrs Quinn", PN)])
    put(p, ids, keep, 1, 50, 560, "Dr Maria Dizon, Specialty Doctor, Specialist Palliative Care Team", 10, False,
        [("Dr Maria Dizon", None)])
    put(p, ids, keep, 1, 50, 40, "Quinn, Philomena  BCH0790034  Page 1 of 1", 8, False,
        [("Quinn, Philomena", PN), ("BCH0790034", HN)])
    c.showPage(); c.save()
    rec(id="s58-076", file=path, format="pdf", kind="digital_discharge_letter", applicant=A9, pages=1,
        identifiers=ids, keep=keep, barcodes=codes, photos=[])


# ---------------------------------------------------------------- s58-077 digital op note (A3)
def f077():
    path = "files/s58-077-opnote.pdf"
    c = rl_canvas.Canvas(os.path.join(ROOT, path), pagesize=A4)
    p = PdfPage(c); ids, keep, codes = [], [], []
    put(p, ids, keep, 1, 50, 800, "Royal Stoke University Hospital - Operation Note", 13, True,
        [("Royal Stoke University Hospital", None)])
    codes.append({"format": "Code128", "value": "RJE2311904", "page": 1,
                  "box": p.image(code128_img("RJE2311904", 0.4, 10), 400, 55, 160, 45)})
    put(p, ids, keep, 1, 50, 770, "OKONKWO, Chiamaka Grace   F   DOB 14/10/1988", 10, True,
        [("OKONKWO, Chiamaka Grace", PN), ("DOB 14/10/1988", None)])
    put(p, ids, keep, 1, 50, 755, "Unit No: RJE2311904    NHS: 608 441 2290", 10, False,
        [("RJE2311904", HN), ("608 441 2290", NHS)])
    put(p, ids, keep, 1, 50, 725, "Date: 17/01/2025   Surgeon: Dr Dawit Bekele   Assistant: Dr Lewis Barraclough", 10, False,
        [("Dr Dawit Bekele", None), ("Lewis Barraclough", CN)])
    put(p, ids, keep, 1, 50, 705, "Procedure: Laparoscopic cholecystectomy (elective), Nassar grade 2", 10, False,
        [("Laparoscopic cholecystectomy", None), ("Nassar grade 2", None)])
    put(p, ids, keep, 1, 50, 690, "Critical view of safety achieved. Cystic duct and artery clipped (Hem-o-lok).", 10, False,
        [("Critical view of safety", None)])
    put(p, ids, keep, 1, 50, 675, "Gallbladder removed in bag via epigastric port. Skin 3-0 Monocryl. Blood loss < 20 mL.", 10, False,
        [("3-0 Monocryl", None)])
    put(p, ids, keep, 1, 50, 660, "Post-op: paracetamol 1 g QDS, day-case discharge if eating and mobile.", 10, False,
        [("paracetamol 1 g QDS", None)])
    put(p, ids, keep, 1, 50, 40, "Okonkwo C G  -  RJE2311904  -  1/1", 8, False,
        [("Okonkwo C G", PN), ("RJE2311904", HN)])
    c.showPage(); c.save()
    rec(id="s58-077", file=path, format="pdf", kind="digital_operation_note", applicant=A3, pages=1,
        identifiers=ids, keep=keep, barcodes=codes, photos=[])


# ---------------------------------------------------------------- s58-078 DOCX reference (A4)
def f078():
    path = "files/s58-078-reference.docx"
    d = docx.Document()
    d.add_heading("Structured reference - portfolio pathway (Haematology)", 1)
    d.add_paragraph("Applicant: Dr Nur Aisyah binti Kamaruddin, GMC 7502938")
    d.add_paragraph("Referee: Dr Geraint Hollis, Consultant Haematologist, University Hospitals of Leicester NHS Trust")
    d.add_paragraph("I have supervised Dr Kamaruddin since March 2022. She runs a weekly myeloma clinic "
                    "(around 60 patients on daratumumab-based regimens) and covers the haemophilia on-call rota. "
                    "Last year a patient, Mrs Pamela Kettleborough, wrote to the department to thank her for "
                    "recognising TTP at 02:00 (hospital number S2011455J); I have seen the card.")
    d.add_paragraph("She supervised our FY2, Dr Oluwaseun Bamidele, through his first bone marrow biopsies "
                    "and gave him structured feedback.")
    t = d.add_table(rows=3, cols=2)
    for i, (a, b) in enumerate([("Clinical knowledge", "Excellent"), ("Communication", "Excellent"),
                                ("Probity", "No concerns")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("Dr Geraint Hollis MB ChB FRCP FRCPath - geraint.hollis@example.org - 01632 960911")
    d.save(os.path.join(ROOT, path))
    rec(id="s58-078", file=path, format="docx", kind="reference_docx", applicant=A4n, pages=1,
        identifiers=[{"text": "Pamela Kettleborough", "type": PN}, {"text": "S2011455J", "type": HN},
                     {"text": "Oluwaseun Bamidele", "type": CN},
                     {"text": "geraint.hollis@example.org", "type": EM}, {"text": "01632 960911", "type": PH}],
        keep=[{"text": "Dr Nur Aisyah binti Kamaruddin"}, {"text": "7502938"}, {"text": "Dr Geraint Hollis"},
              {"text": "Dr Kamaruddin"}, {"text": "daratumumab"}, {"text": "TTP"}],
        barcodes=[], photos=[])


# ---------------------------------------------------------------- s58-079 e-mail (A7)
def f079():
    path = "files/s58-079-referral.eml"
    m = EmailMessage()
    m["From"] = "Donna Cairncross <donna.cairncross6@nhs.net>"
    m["To"] = "Rafael Nogueira Pinto <rafael.nogueirapinto@nhs.net>"
    m["Subject"] = "Liaison referral Ward 9D - McVicar, Isla - CHI 2407990538"
    m["Date"] = "Tue, 14 Jan 2025 10:22:00 +0000"
    m.set_content("""Hi Rafael,

Could liaison please see Isla McVicar (CHI 2407990538, DOB 24/07/1999) in Ward 9D, bed 3, QEUH.
Admitted with hyperemesis gravidarum at 14 weeks, now saying she wants to "end it". EPDS 22.
She lives at 5/2 Calder Street, Govanhill, Glasgow G42 7RA with her partner Kyle. Her mum
(Mrs Senga McVicar) is on 07700 900517. Her community midwife is Ros Tennant.

Many thanks,
Donna Cairncross, Senior Charge Nurse, Ward 9D
Ward tel: 0141 496 0452
""")
    with open(os.path.join(ROOT, path), "wb") as f:
        f.write(bytes(m))
    rec(id="s58-079", file=path, format="eml", kind="email_referral", applicant=A7, pages=1,
        identifiers=[{"text": "Donna Cairncross", "type": CN}, {"text": "donna.cairncross6@nhs.net", "type": EM},
                     {"text": "McVicar, Isla", "type": PN}, {"text": "2407990538", "type": NHS},
                     {"text": "Isla McVicar", "type": PN}, {"text": "5/2 Calder Street, Govanhill, Glasgow", "type": AD},
                     {"text": "G42 7RA", "type": PC}, {"text": "Kyle", "type": RN}, {"text": "Senga McVicar", "type": RN},
                     {"text": "07700 900517", "type": PH}, {"text": "Ros Tennant", "type": CN},
                     {"text": "0141 496 0452", "type": PH},
                     {"text": "rafael.nogueirapinto@nhs.net", "type": EM}],
        keep=[{"text": "Rafael Nogueira Pinto"}, {"text": "DOB 24/07/1999"},
              {"text": "Ward 9D"}, {"text": "EPDS 22"}, {"text": "hyperemesis gravidarum"}, {"text": "QEUH"}],
        barcodes=[], photos=[])


# ---------------------------------------------------------------- s58-080 JPEG specimen label photo (A10)
def f080():
    r = Raster(1600, 1000, bg=(205, 200, 190))
    r.d.rectangle((120, 120, 1480, 880), fill=(252, 252, 248), outline=(160, 160, 160), width=4)
    ids, keep, codes = [], [], []
    bx = r.line(170, 160, "SHAW, Kieran   DOB 05/05/1985   M", 50, True, marks=["SHAW, Kieran", "DOB 05/05/1985"])
    add(ids, 1, "SHAW, Kieran", PN, [bx[0]]); add(keep, 1, "DOB 05/05/1985", None, [bx[1]])
    bx = r.line(170, 240, "MRN N4431876    ED25-0050312", 44, marks=["N4431876", "ED25-0050312"])
    add(ids, 1, "N4431876", HN, [bx[0]]); add(ids, 1, "ED25-0050312", HN, [bx[1]])
    add(keep, 1, "Northern General Hospital", None, r.line(170, 310, "Northern General Hospital ED  Coll 14/03/25 02:14", 36, marks=["Northern General Hospital"]))
    bc = code128_img("N4431876", 0.6, 12)
    bc = bc.resize((bc.width, 300))
    codes.append({"format": "Code128", "value": "N4431876", "page": 1, "box": r.paste(bc, 170, 420)})
    img = r.img.filter(ImageFilter.GaussianBlur(1.0))
    path = "files/s58-080-specimen-label.jpg"
    img.save(os.path.join(ROOT, path), "JPEG", quality=90)
    rec(id="s58-080", file=path, format="jpeg", kind="specimen_label_photo", applicant=A10, pages=1,
        identifiers=ids, keep=keep, barcodes=codes, photos=[])


# ---------------------------------------------------------------- s58-081 scanned 2-page transfer letter (A2)
def f081():
    pages = []; ids, keep, codes = [], [], []
    texts = {
        1: [("Wythenshawe Hospital - Cardiothoracic Critical Care", 34, True, [("Wythenshawe Hospital", None)]),
            ("TRANSFER LETTER (page 1)", 28, True, []),
            ("Patient: FITZGERALD, Brendan Joseph     M     DOB 21/12/1959", 24, False,
             [("FITZGERALD, Brendan Joseph", PN), ("DOB 21/12/1959", None)]),
            ("MRN W0941275     NHS 217 665 0384", 24, False, [("W0941275", HN), ("217 665 0384", NHS)]),
            ("Home: 40 Moss Bank Way, Bolton BL1 6NQ", 24, False, [("40 Moss Bank Way, Bolton", AD), ("BL1 6NQ", PC)]),
            ("Day 4 after aortic valve replacement (27 mm bioprosthesis).", 24, False, [("27 mm bioprosthesis", None)]),
            ("Complete heart block post-op; epicardial pacing VVI 70.", 24, False, [("VVI 70", None)]),
            ("Transfer to Royal Bolton Hospital CCU for permanent pacemaker.", 24, False, [("Royal Bolton Hospital", None)]),
            ("Accepting cardiologist: Dr Marguerite Ashcombe.", 24, False, [("Marguerite Ashcombe", CN)])],
        2: [("TRANSFER LETTER (page 2)", 28, True, []),
            ("Medication: aspirin 75 mg OD, bisoprolol held, furosemide 40 mg OD.", 24, False, [("aspirin 75 mg OD", None)]),
            ("Wife Siobhan Fitzgerald informed, 07700 900145.", 24, False, [("Siobhan Fitzgerald", RN), ("07700 900145", PH)]),
            ("Transferring anaesthetist: Dr Ioana Dragomir", 24, False, [("Dr Ioana Dragomir", None)])],
    }
    for pg in (1, 2):
        r = Raster(1240, 1754)
        bc = code128_img("W0941275", 0.4, 9)
        bc = bc.resize((bc.width, 120))
        codes.append({"format": "Code128", "value": "W0941275", "page": pg, "box": r.paste(bc, 760, 40)})
        y = 220
        for text, size, bold, marks in texts[pg]:
            bx = r.line(80, y, text, size, bold, marks=[m[0] for m in marks])
            for (s, t), b in zip(marks, bx):
                add(ids if t else keep, pg, s, t, [b])
            y += 60
        bx = r.line(80, 1660, "Fitzgerald B J   W0941275   page %d of 2" % pg, 20, marks=["Fitzgerald B J", "W0941275"])
        add(ids, pg, "Fitzgerald B J", PN, [bx[0]]); add(ids, pg, "W0941275", HN, [bx[1]])
        pages.append(scan_noise(r.img))
    path = "files/s58-081-scanned-transfer.pdf"
    pages[0].save(os.path.join(ROOT, path), "PDF", resolution=150, save_all=True, append_images=pages[1:])
    rec(id="s58-081", file=path, format="pdf", kind="scanned_transfer_letter", applicant=A2, pages=2,
        identifiers=ids, keep=keep, barcodes=codes, photos=[])


# ---------------------------------------------------------------- s58-082 digital appointment letter with QR (A5)
def f082():
    path = "files/s58-082-appointment.pdf"
    c = rl_canvas.Canvas(os.path.join(ROOT, path), pagesize=A4)
    p = PdfPage(c); ids, keep, codes = [], [], []
    url = "https://cavuhb.example.org/appt/CCH-APT-558201"
    put(p, ids, keep, 1, 50, 800, "Cardiff and Vale University Health Board - Community Child Health", 12, True,
        [("Cardiff and Vale University Health Board", None)])
    codes.append({"format": "QRCode", "value": url, "page": 1, "box": p.image(qr_img(url, 5), 460, 90, 90, 90)})
    put(p, ids, keep, 1, 50, 770, "Appointment ref: CCH-APT-558201     NHS No: 447 190 3386", 10, False,
        [("CCH-APT-558201", REF), ("447 190 3386", NHS)])
    put(p, ids, keep, 1, 50, 740, "To the parent/carer of Nia Haf Llewellyn-Price (DOB 03/03/2020)", 10, False,
        [("Nia Haf Llewellyn-Price", PN), ("DOB 03/03/2020", None)])
    put(p, ids, keep, 1, 50, 725, "Ms Rhian Llewellyn-Price, Flat 4, 2 Clive Place, Penarth CF64 1AU", 10, False,
        [("Rhian Llewellyn-Price", RN), ("Flat 4, 2 Clive Place, Penarth", AD), ("CF64 1AU", PC)])
    put(p, ids, keep, 1, 50, 690, "Your child has an appointment with Dr Marcia Campbell-Reid at Barry Hospital", 10, False,
        [("Dr Marcia Campbell-Reid", None), ("Barry Hospital", None)])
    put(p, ids, keep, 1, 50, 675, "on 07/05/2025 at 10:30 (developmental review, Griffiths III).", 10, False,
        [("Griffiths III", None)])
    put(p, ids, keep, 1, 50, 645, "Manage your appointment: " + url, 10, False, [(url, URL), ("CCH-APT-558201", REF)])
    put(p, ids, keep, 1, 50, 630, "or call 029 2018 0377 (Mon-Fri 9-4).", 10, False, [("029 2018 0377", PH)])
    c.showPage(); c.save()
    rec(id="s58-082", file=path, format="pdf", kind="digital_appointment_letter", applicant=A5, pages=1,
        identifiers=ids, keep=keep, barcodes=codes, photos=[])


# ---------------------------------------------------------------- s58-083 NI wristband with Code128 + QR (A9)
def f083():
    r = Raster(2000, 560, bg=(250, 236, 236))
    r.d.rounded_rectangle((20, 20, 1980, 540), radius=60, outline=(200, 90, 90), width=6, fill="white")
    ids, keep, codes = [], [], []
    add(ids, 1, "McMULLAN, Sean Gerard", PN, r.line(80, 60, "McMULLAN, Sean Gerard", 50, True, marks=["McMULLAN, Sean Gerard"]))
    add(keep, 1, "DOB 18/10/1946", None, r.line(80, 135, "DOB 18/10/1946   M", 38, marks=["DOB 18/10/1946"]))
    add(ids, 1, "705 192 6638", NHS, r.line(80, 195, "H&C 705 192 6638", 38, marks=["705 192 6638"]))
    add(ids, 1, "BCH0812277", HN, r.line(80, 255, "Hosp BCH0812277", 38, marks=["BCH0812277"]))
    add(keep, 1, "Belfast City Hospital", None, r.line(80, 320, "Belfast City Hospital  Ward 7N", 32, marks=["Belfast City Hospital"]))
    add(keep, 1, "ALLERGY: PENICILLIN", None, r.line(80, 380, "ALLERGY: PENICILLIN", 36, True, marks=["ALLERGY: PENICILLIN"], fill=(180, 0, 0)))
    bc = code128_img("7051926638", 0.45, 12)
    bc = bc.resize((bc.width, 220))
    codes.append({"format": "Code128", "value": "7051926638", "page": 1, "box": r.paste(bc, 900, 70)})
    qv = "HC:7051926638|BCH0812277|MCMULLAN,SEAN"
    q = qr_img(qv, 7)
    codes.append({"format": "QRCode", "value": qv, "page": 1, "box": r.paste(q, 1640, 110)})
    path = "files/s58-083-wristband-ni.png"
    r.img.save(os.path.join(ROOT, path))
    rec(id="s58-083", file=path, format="png", kind="wristband_photo", applicant=A9, pages=1,
        identifiers=ids, keep=keep, barcodes=codes, photos=[])


# ---------------------------------------------------------------- s58-084 DOCX logbook (A3)
def f084():
    path = "files/s58-084-logbook.docx"
    d = docx.Document()
    d.add_heading("Operative logbook summary - Dr Dawit Tesfaye Bekele - Royal Stoke, Jan-Mar 2025", 1)
    rows = [("Date", "Hosp no", "Age/Sex", "Procedure", "Role", "Notes"),
            ("06/01/2025", "RJE2299817", "44 F", "Lap cholecystectomy", "P", "-"),
            ("13/01/2025", "RJE2304452", "67 M", "Open inguinal hernia repair (Lichtenstein)", "P", "-"),
            ("17/01/2025", "RJE2311904", "36 F", "Lap cholecystectomy", "P", "see op note"),
            ("29/01/2025", "RJE2318890", "81 M", "Emergency laparotomy, Hartmann's", "P-S", "NELA 22%; son Graham at bedside"),
            ("12/02/2025", "RJE2320047", "29 F", "Lap appendicectomy", "P", "pregnant 11/40, obstetric review Dr Anita Boateng")]
    t = d.add_table(rows=len(rows), cols=6)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("Verified: Miss Caroline Aske, Consultant Colorectal Surgeon, 03/03/2025")
    d.save(os.path.join(ROOT, path))
    rec(id="s58-084", file=path, format="docx", kind="logbook_docx", applicant=A3, pages=1,
        identifiers=[{"text": "RJE2299817", "type": HN}, {"text": "RJE2304452", "type": HN},
                     {"text": "RJE2311904", "type": HN}, {"text": "RJE2318890", "type": HN},
                     {"text": "Graham", "type": RN}, {"text": "RJE2320047", "type": HN},
                     {"text": "Anita Boateng", "type": CN}],
        keep=[{"text": "Dr Dawit Tesfaye Bekele"}, {"text": "Miss Caroline Aske"}, {"text": "NELA 22%"},
              {"text": "Lichtenstein"}, {"text": "Royal Stoke"}],
        barcodes=[], photos=[])


# ---------------------------------------------------------------- s58-085 TIFF blood bank label (A4)
def f085():
    r = Raster(1800, 900)
    r.d.rectangle((30, 30, 1770, 870), outline="black", width=4)
    ids, keep, codes = [], [], []
    add(ids, 1, "KHATUN, Rehana", PN, r.line(70, 60, "KHATUN, Rehana", 54, True, marks=["KHATUN, Rehana"]))
    add(keep, 1, "DOB 09/09/1977", None, r.line(70, 140, "DOB 09/09/1977   F", 40, marks=["DOB 09/09/1977"]))
    add(ids, 1, "S2256630R", HN, r.line(70, 200, "Hosp S2256630R", 40, marks=["S2256630R"]))
    add(ids, 1, "812 045 7739", NHS, r.line(70, 260, "NHS 812 045 7739", 40, marks=["812 045 7739"]))
    add(ids, 1, "250318-0442", OID, r.line(70, 320, "Lab no 250318-0442  G&S / crossmatch", 40, marks=["250318-0442"]))
    add(ids, 1, "J. Morrow-Hale", CN, r.line(70, 380, "Taken by: J. Morrow-Hale  18/03/25 07:55", 34, marks=["J. Morrow-Hale"]))
    add(keep, 1, "Ward 33 LRI", None, r.line(70, 430, "Ward 33 LRI", 34, marks=["Ward 33 LRI"]))
    bc = code128_img("S2256630R", 0.5, 12)
    bc = bc.resize((bc.width, 260))
    codes.append({"format": "Code128", "value": "S2256630R", "page": 1, "box": r.paste(bc, 70, 520)})
    qv = "LRI-BT|S2256630R|NHS 8120457739|LAB 250318-0442"
    codes.append({"format": "QRCode", "value": qv, "page": 1, "box": r.paste(qr_img(qv, 8), 1330, 120)})
    path = "files/s58-085-bloodbank-label.tiff"
    r.img.save(os.path.join(ROOT, path), "TIFF", compression="tiff_lzw")
    rec(id="s58-085", file=path, format="tiff", kind="blood_sample_label_scan", applicant=A4n, pages=1,
        identifiers=ids, keep=keep, barcodes=codes, photos=[])


for fn in (f073, f074, f075, f076, f077, f078, f079, f080, f081, f082, f083, f084, f085):
    fn()
with open(os.path.join(ROOT, "files.jsonl"), "w", encoding="utf-8") as f:
    for r_ in records:
        f.write(json.dumps(r_, ensure_ascii=False) + "\n")
print(len(records), "files")
