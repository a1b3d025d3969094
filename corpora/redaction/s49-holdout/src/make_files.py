"""Render the 13 file documents of the s49 hold-out set into ../files/ and write ../files.jsonl.

Every string is typed by hand below; boxes come from the drawing coordinates used to place the glyphs
(PIL textbbox for images, font metrics for reportlab PDFs), transformed by the same affine matrix used to
tilt "photos" and "scans". Run with /work/main/.venv/bin/python.
"""
import json, os, math, email.message, email.utils
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import zxingcpp

HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE); OUT = os.path.join(SET, "files")
os.makedirs(OUT, exist_ok=True)
FD = "/usr/share/fonts/truetype/"
FONTS = {"sans": FD + "dejavu/DejaVuSans.ttf", "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
         "lib": FD + "liberation/LiberationSans-Regular.ttf", "libb": FD + "liberation/LiberationSans-Bold.ttf",
         "serif": FD + "liberation/LiberationSerif-Regular.ttf", "serifb": FD + "liberation/LiberationSerif-Bold.ttf",
         "mono": FD + "liberation/LiberationMono-Regular.ttf", "monob": FD + "liberation/LiberationMono-Bold.ttf"}
def F(name, size): return ImageFont.truetype(FONTS[name], size)
RNG = np.random.default_rng(49)

PN = "PATIENT_NAME"; RN = "RELATIVE_NAME"; CN = "COLLEAGUE_NAME"; AD = "ADDRESS"; PC = "POSTCODE"
PH = "PHONE"; EM = "EMAIL"; NHS = "NHS_NUMBER"; HN = "HOSPITAL_NUMBER"; REF = "REFERENCE_NUMBER"
GMC = "GMC_NUMBER"; URL = "URL"; OID = "OTHER_ID"

def find_all(s, sub):
    i = s.find(sub)
    while i >= 0:
        yield i; i = s.find(sub, i + 1)

def barcode_image(fmt, value, scale, height=None):
    f = {"Code128": zxingcpp.BarcodeFormat.Code128, "QRCode": zxingcpp.BarcodeFormat.QRCode}[fmt]
    b = zxingcpp.create_barcode(value, f)
    im = Image.fromarray(np.array(zxingcpp.write_barcode_to_image(b, scale=1, add_quiet_zones=False))).convert("L")
    w, h = im.size
    if fmt == "Code128":
        return im.resize((w * scale, height), Image.NEAREST)
    return im.resize((w * scale, h * scale), Image.NEAREST)

# ------------------------------------------------------------------ raster documents
class Raster:
    def __init__(self, W, H, ids, keep, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (W, H), bg); self.d = ImageDraw.Draw(self.img)
        self.ids = ids; self.keep = keep
        self.idb, self.keepb, self.bcs, self.photos = [], [], [], []
    def text(self, x, y, s, f, fill=(0, 0, 0)):
        self.d.text((x, y), s, font=f, fill=fill)
        for sub, ty in self.ids.items():
            for i in find_all(s, sub):
                self.idb.append((sub, ty, self._box(x, y, s, i, sub, f)))
        for sub in self.keep:
            for i in find_all(s, sub):
                self.keepb.append((sub, self._box(x, y, s, i, sub, f)))
    def _box(self, x, y, s, i, sub, f):
        left = x + self.d.textlength(s[:i], font=f)
        return list(self.d.textbbox((left, y), sub, font=f))
    def barcode(self, fmt, value, x, y, scale, height=None):
        im = barcode_image(fmt, value, scale, height)
        self.img.paste(im.convert("RGB"), (x, y))
        self.bcs.append((fmt, value, [x, y, x + im.size[0], y + im.size[1]]))
        return im.size
    def photo(self, box, what):
        self.photos.append((what, list(box)))
    def tilt(self, angle_deg, scale=1.0, shift=(0, 0), fill=(255, 255, 255)):
        W, H = self.img.size; cx, cy = W / 2, H / 2
        a = math.radians(angle_deg)
        M = scale * np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
        c = np.array([cx, cy]); t = np.array(shift, float)
        Mi = np.linalg.inv(M)
        off = c - Mi @ (c + t)        # input = Mi @ output + off
        self.img = self.img.transform((W, H), Image.AFFINE, (Mi[0, 0], Mi[0, 1], off[0], Mi[1, 0], Mi[1, 1], off[1]),
                                      resample=Image.BICUBIC, fillcolor=fill)
        def fw(b):
            pts = [M @ (np.array(p) - c) + c + t for p in ((b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3]))]
            xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
            return [min(xs), min(ys), max(xs), max(ys)]
        self.idb = [(s, ty, fw(b)) for s, ty, b in self.idb]
        self.keepb = [(s, fw(b)) for s, b in self.keepb]
        self.bcs = [(f_, v, fw(b)) for f_, v, b in self.bcs]
        self.photos = [(w, fw(b)) for w, b in self.photos]
        self.d = ImageDraw.Draw(self.img)
    def light(self, strength=0.12, noise=3.0, blur=0.6):
        a = np.asarray(self.img).astype(np.float32)
        H, W = a.shape[:2]
        gx = np.linspace(1 - strength, 1 + strength / 3, W)[None, :, None]
        gy = np.linspace(1 + strength / 4, 1 - strength / 2, H)[:, None, None]
        a = a * gx * gy
        if noise: a = a + RNG.normal(0, noise, a.shape)
        self.img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        if blur: self.img = self.img.filter(ImageFilter.GaussianBlur(blur))
        self.d = ImageDraw.Draw(self.img)
    def labels(self, page=1):
        W, H = self.img.size
        def n(b):
            pad = 2
            return [round(max(0, (b[0] - pad) / W), 4), round(max(0, (b[1] - pad) / H), 4),
                    round(min(1, (b[2] + pad) / W), 4), round(min(1, (b[3] + pad) / H), 4)]
        return ([{"text": s, "type": ty, "page": page, "box": n(b)} for s, ty, b in self.idb],
                [{"text": s, "page": page, "box": n(b)} for s, b in self.keepb],
                [{"format": f_, "value": v, "page": page, "box": n(b)} for f_, v, b in self.bcs],
                [{"page": page, "box": n(b), "what": w} for w, b in self.photos])

RECORDS = []
def record(id_, fname, fmt, kind, applicant, pages, ids, keep, bcs=(), photos=()):
    RECORDS.append({"id": id_, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant,
                    "pages": pages, "identifiers": ids, "keep": keep, "barcodes": list(bcs), "photos": list(photos)})

def check_all_labelled(r, ids, keep):
    got = {x[0] for x in r.idb}; gotk = {x[0] for x in r.keepb}
    miss = [s for s in ids if s not in got] + [s for s in keep if s not in gotk]
    assert not miss, f"strings never drawn: {miss}"

# ------------------------------------------------------------------ s49-075 wristband photo (EM)
def f075():
    ids = {"HARGREAVES, Bethany Louise": PN, "SRH 7024418": HN, "621 903 4475": NHS, "SRH7024418": HN}
    keep = ["DOB: 19/04/1987", "Age 36", "SEVERNBRIDGE ROYAL HOSPITAL", "ED 14/04/2024", "ALLERGY: PENICILLIN"]
    r = Raster(1600, 700, ids, keep, bg=(196, 160, 132))
    # arm shading and band
    r.d.rectangle([0, 120, 1600, 590], fill=(214, 176, 146))
    r.d.rounded_rectangle([40, 150, 1560, 560], radius=40, fill=(250, 250, 247), outline=(210, 210, 205), width=3)
    r.d.rectangle([60, 470, 700, 530], fill=(226, 40, 40))
    r.text(90, 180, "HARGREAVES, Bethany Louise", F("libb", 40))
    r.text(90, 240, "DOB: 19/04/1987   F   Age 36", F("lib", 32))
    r.text(90, 290, "MRN: SRH 7024418", F("lib", 32))
    r.text(90, 340, "NHS: 621 903 4475", F("lib", 32))
    r.text(90, 400, "SEVERNBRIDGE ROYAL HOSPITAL   ED 14/04/2024", F("lib", 26))
    r.text(80, 478, "ALLERGY: PENICILLIN", F("libb", 36), fill=(255, 255, 255))
    r.barcode("Code128", "SRH7024418", 830, 190, 3, 130)
    r.text(960, 332, "SRH7024418", F("mono", 24))
    r.barcode("QRCode", "6219034475", 1340, 200, 8)
    check_all_labelled(r, ids, keep)
    r.tilt(1.4, 0.97, (10, 6), fill=(190, 154, 128)); r.light(0.10, 0, 0.7)
    r.img.save(os.path.join(OUT, "s49-075-wristband.png"), optimize=True)
    i, k, b, p = r.labels()
    record("s49-075", "s49-075-wristband.png", "png", "wristband_photo", "Dr Tomasz Wiśniewski", 1, i, k, b, p)

# ------------------------------------------------------------------ s49-076 wristband photo (geriatrics)
def f076():
    ids = {"BRADSHAW, Norman Keith": PN, "FGH-M1290031": HN, "498 220 6713": NHS}
    keep = ["FENMOOR GENERAL HOSPITAL", "DOB 02/12/1938", "Heron Ward Bed 7", "Dr S Achebe-Thornton", "FALLS RISK"]
    r = Raster(1500, 640, ids, keep, bg=(120, 130, 150))
    r.d.rectangle([0, 0, 1500, 640], fill=(205, 214, 226))          # bed sheet
    r.d.rounded_rectangle([30, 130, 1470, 520], radius=36, fill=(255, 255, 255), outline=(180, 180, 180), width=3)
    r.d.rectangle([30, 130, 110, 520], fill=(255, 210, 0))            # yellow falls-risk tab
    r.text(140, 150, "FENMOOR GENERAL HOSPITAL", F("sansb", 24))
    r.text(140, 195, "BRADSHAW, Norman Keith", F("sansb", 36))
    r.text(140, 250, "DOB 02/12/1938   M", F("sans", 28))
    r.text(140, 295, "Hosp No: FGH-M1290031", F("sans", 28))
    r.text(140, 340, "NHS No: 498 220 6713", F("sans", 28))
    r.text(140, 385, "Heron Ward Bed 7", F("sans", 26))
    r.text(140, 425, "Cons: Dr S Achebe-Thornton", F("sans", 24))
    r.text(140, 470, "FALLS RISK", F("sansb", 26), fill=(200, 0, 0))
    r.barcode("Code128", "FGH-M1290031", 800, 170, 3, 120)
    r.barcode("QRCode", "NHS:4982206713;MRN:FGH-M1290031", 1150, 320, 5)
    check_all_labelled(r, ids, keep)
    r.tilt(-1.2, 0.98, (-8, 4), fill=(205, 214, 226)); r.light(0.08, 0, 0.6)
    r.img.save(os.path.join(OUT, "s49-076-wristband.png"), optimize=True)
    i, k, b, p = r.labels()
    record("s49-076", "s49-076-wristband.png", "png", "wristband_photo", "Dr Nimali Jayasekara", 1, i, k, b, p)

# ------------------------------------------------------------------ s49-077 addressograph label sheet (surgery)
def f077():
    ids = {"Mr Gordon FAIRWEATHER": PN, "RAI 1733092": HN, "406 118 5529": NHS, "12 Lark Rise, Ashcombe": AD,
           "AS4 1PB": PC}
    keep = ["Royal Ashcombe Infirmary", "DOB: 09/09/1949 (74y) M", "Mr H R Tavakoli", "Ward 22"]
    r = Raster(1240, 1080, ids, keep)
    r.text(60, 30, "Royal Ashcombe Infirmary - patient identification labels (sheet 2 of 3)", F("lib", 24))
    for n in range(3):
        y = 90 + n * 320
        r.d.rounded_rectangle([50, y, 1190, y + 290], radius=16, outline=(150, 150, 150), width=2)
        r.text(80, y + 20, "Mr Gordon FAIRWEATHER", F("libb", 34))
        r.text(80, y + 70, "DOB: 09/09/1949 (74y) M", F("lib", 28))
        r.text(80, y + 110, "Hosp No: RAI 1733092", F("lib", 28))
        r.text(80, y + 150, "NHS No: 406 118 5529", F("lib", 28))
        r.text(80, y + 190, "12 Lark Rise, Ashcombe AS4 1PB", F("lib", 26))
        r.text(80, y + 232, "Cons: Mr H R Tavakoli   Ward 22", F("lib", 24))
        r.barcode("Code128", "RAI1733092", 700, y + 40, 3, 150)
    check_all_labelled(r, ids, keep)
    r.light(0.04, 0, 0.4)
    r.img.convert("L").save(os.path.join(OUT, "s49-077-addressograph-labels.png"), optimize=True)
    i, k, b, p = r.labels()
    record("s49-077", "s49-077-addressograph-labels.png", "png", "addressograph_labels", "Dr Hamid Reza Tavakoli", 1, i, k, b, p)

# ------------------------------------------------------------------ s49-078 scanned letter, image-only PDF (GP)
def f078():
    ids = {"Tannery Lane, Hetherby": AD, "HX7 2AB": PC, "01632 960100": PH, "Alasdair Kinnear": CN, "Kinnear": CN,
           "Dariusz Kowalewski": PN, "Kowalewski": PN, "4 Millers Yard, Hetherby": AD, "HX7 5LT": PC,
           "729 114 0583": NHS, "07700 900612": PH, "Ewa": RN, "BMC/REF/2023/1288": REF}
    keep = ["Brackenfield Medical Centre", "28 November 2023", "Kingsmere General Hospital", "DOB 05/05/1972",
            "51-year-old", "7 kg", "Hb 101 g/L", "MCV 74 fL", "ferritin 11 ug/L", "omeprazole 20 mg", "NICE NG12",
            "H. pylori", "Dr Oluwaseun Adebayo-Clarke", "GMC 7481236", "OGD"]
    r = Raster(1240, 1754, ids, keep)
    s, b, sm = F("serif", 27), F("serifb", 34), F("serif", 22)
    r.text(120, 100, "Brackenfield Medical Centre", b)
    r.text(120, 148, "Tannery Lane, Hetherby HX7 2AB      Tel 01632 960100", sm)
    r.d.line([120, 190, 1120, 190], fill=(0, 0, 0), width=2)
    r.text(120, 230, "28 November 2023", s)
    y = 300
    for line in ["Dr Alasdair Kinnear", "Consultant Gastroenterologist", "Kingsmere General Hospital"]:
        r.text(120, y, line, s); y += 40
    y += 30
    r.text(120, y, "Dear Dr Kinnear,", s); y += 60
    r.text(120, y, "Re: Mr Dariusz Kowalewski, DOB 05/05/1972", F("serifb", 27)); y += 40
    r.text(120, y, "4 Millers Yard, Hetherby HX7 5LT", s); y += 40
    r.text(120, y, "NHS No: 729 114 0583     Mobile: 07700 900612", s); y += 70
    body = [
        "Thank you for seeing Mr Kowalewski, a 51-year-old warehouse supervisor, under the",
        "suspected upper GI cancer pathway (NICE NG12). He has had three months of dyspepsia",
        "and early satiety, with 7 kg of weight loss. Bloods: Hb 101 g/L, MCV 74 fL and",
        "ferritin 11 ug/L. H. pylori stool antigen was negative. He has taken omeprazole 20 mg",
        "daily for six weeks with little effect. He has no dysphagia. His father died of gastric",
        "cancer at 58. He would like his wife Ewa to be with him for the OGD; she will drive.",
        "",
        "I would be grateful for an urgent OGD.",
    ]
    for line in body:
        r.text(120, y, line, s); y += 44
    y += 40
    r.text(120, y, "Yours sincerely,", s); y += 110
    r.text(120, y, "Dr Oluwaseun Adebayo-Clarke", F("serifb", 27)); y += 40
    r.text(120, y, "Salaried GP, GMC 7481236", s)
    r.d.line([120, 1620, 1120, 1620], fill=(0, 0, 0), width=1)
    r.text(120, 1635, "Brackenfield Medical Centre  -  Ref: BMC/REF/2023/1288  -  page 1 of 1", sm)
    check_all_labelled(r, ids, keep)
    r.tilt(0.7, 0.985, (6, -4)); r.light(0.05, 5.0, 0.7)
    img = r.img.convert("L")
    a = np.asarray(img).astype(np.float32)
    # speckle dust typical of a photocopier scan
    m = RNG.random(a.shape) < 0.0006; a[m] = 40
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img.save(os.path.join(OUT, "s49-078-scanned-letter.pdf"), "PDF", resolution=150.0)
    i, k, b_, p = r.labels()
    record("s49-078", "s49-078-scanned-letter.pdf", "pdf", "scanned_referral_letter", "Dr Oluwaseun Adebayo-Clarke", 1, i, k, b_, p)

# ------------------------------------------------------------------ reportlab helper (PDFs with a text layer)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
pdfmetrics.registerFont(TTFont("DV", FONTS["sans"])); pdfmetrics.registerFont(TTFont("DVB", FONTS["sansb"]))

class Pdf:
    def __init__(self, path, ids, keep):
        self.c = rl_canvas.Canvas(path, pagesize=A4); self.W, self.H = A4
        self.ids, self.keep = ids, keep; self.page = 1
        self.idl, self.keepl, self.bcl = [], [], []
        self.seen_i, self.seen_k = set(), set()
    def text(self, x, y, s, font="DV", size=10.5):
        """x from left, y = baseline from top, in points"""
        self.c.setFont(font, size); self.c.drawString(x, self.H - y, s)
        for sub, ty in self.ids.items():
            for i in find_all(s, sub):
                self.idl.append({"text": sub, "type": ty, "page": self.page, "box": self._box(x, y, s, i, sub, font, size)})
                self.seen_i.add(sub)
        for sub in self.keep:
            for i in find_all(s, sub):
                self.keepl.append({"text": sub, "page": self.page, "box": self._box(x, y, s, i, sub, font, size)})
                self.seen_k.add(sub)
    def _box(self, x, y, s, i, sub, font, size):
        x0 = x + pdfmetrics.stringWidth(s[:i], font, size); x1 = x0 + pdfmetrics.stringWidth(sub, font, size)
        top = y - 0.78 * size; bot = y + 0.25 * size
        return [round(x0 / self.W, 4), round(top / self.H, 4), round(x1 / self.W, 4), round(bot / self.H, 4)]
    def barcode(self, fmt, value, x, y, w, h, scale=1, height=60):
        im = barcode_image(fmt, value, scale, height)
        self.c.drawImage(ImageReader(im.convert("RGB")), x, self.H - y - h, width=w, height=h)
        self.bcl.append({"format": fmt, "value": value, "page": self.page,
                         "box": [round(x / self.W, 4), round(y / self.H, 4), round((x + w) / self.W, 4), round((y + h) / self.H, 4)]})
    def newpage(self):
        self.c.showPage(); self.page += 1
    def save(self):
        self.c.save()
        miss = [s for s in self.ids if s not in self.seen_i] + [s for s in self.keep if s not in self.seen_k]
        assert not miss, f"never drawn: {miss}"

# ------------------------------------------------------------------ s49-079 CMHT discharge letter, text-layer PDF (psychiatry)
def f079():
    ids = {"CMHT-TH/1402/PV": REF, "Stuart McAllister-Boyd": PN, "McAllister-Boyd": PN, "3512976": HN,
           "Paula Dimitriou": CN, "Dimitriou": CN, "15 Bracken Hill, Thornleigh": AD, "TL3 9PW": PC,
           "6402 117 893": NHS, "Claire": RN, "Jonah Whitlock-Asante": CN}
    keep = ["Eastmoor and Calder Partnership NHS Foundation Trust", "Thornleigh Community Mental Health Team",
            "DOB 21/02/1983", "Beckside Surgery", "04 June 2024", "F31.7", "lithium carbonate (Priadel) 800 mg",
            "0.68 mmol/L", "TSH 3.2 mU/L", "eGFR 79", "calcium 2.41 mmol/L", "NICE CG185", "every 3 months",
            "Dr Priyanka Venkataraman", "GMC 7290455", "quetiapine 100 mg", "YMRS 4", "PHQ-9 5"]
    path = os.path.join(OUT, "s49-079-cmht-discharge-letter.pdf")
    p = Pdf(path, ids, keep)
    p.text(50, 60, "Eastmoor and Calder Partnership NHS Foundation Trust", "DVB", 13)
    p.text(50, 78, "Thornleigh Community Mental Health Team", "DV", 11)
    p.text(50, 110, "Our ref: CMHT-TH/1402/PV", "DV", 10)
    p.text(50, 125, "Date: 04 June 2024", "DV", 10)
    # addressograph-style label printed on the letter
    p.c.rect(350, A4[1] - 175, 200, 85)
    p.text(358, 107, "Stuart McAllister-Boyd", "DVB", 10)
    p.text(358, 121, "DOB 21/02/1983   RiO: 3512976", "DV", 9)
    p.barcode("Code128", "3512976", 362, 128, 150, 38, 1, 60)
    p.text(50, 160, "Dr Paula Dimitriou", "DV", 10.5)
    p.text(50, 174, "Beckside Surgery", "DV", 10.5)
    p.text(50, 210, "Dear Dr Dimitriou,", "DV", 10.5)
    p.text(50, 236, "Re: Mr Stuart McAllister-Boyd, 15 Bracken Hill, Thornleigh TL3 9PW", "DVB", 10.5)
    p.text(50, 251, "NHS 6402 117 893      Diagnosis: bipolar affective disorder, type I, in remission (F31.7)", "DV", 10.5)
    lines = [
        "I am discharging Mr McAllister-Boyd from the CMHT to your care under the lithium shared-care",
        "agreement. He has been euthymic for 18 months (YMRS 4, PHQ-9 5 at his last review) on",
        "lithium carbonate (Priadel) 800 mg at night and quetiapine 100 mg at night.",
        "",
        "Latest bloods (28 May 2024): lithium 0.68 mmol/L (12-hour level), TSH 3.2 mU/L, eGFR 79,",
        "calcium 2.41 mmol/L. Weight stable at 86 kg. ECG normal, QTc 418 ms.",
        "",
        "Monitoring (NICE CG185): lithium level every 3 months; renal and thyroid function and calcium",
        "every 6 months; weight yearly. Please re-refer if the level is above 1.0 mmol/L or if there",
        "are early warning signs (his relapse signature is reduced sleep and overspending). His wife,",
        "Claire, knows the signs and has the crisis team number. His care coordinator until today was",
        "Jonah Whitlock-Asante (CPN).",
    ]
    y = 285
    for ln in lines:
        p.text(50, y, ln, "DV", 10.5); y += 16
    p.text(50, y + 20, "Yours sincerely,", "DV", 10.5)
    p.text(50, y + 70, "Dr Priyanka Venkataraman", "DVB", 10.5)
    p.text(50, y + 85, "Specialty Doctor in General Adult Psychiatry, GMC 7290455", "DV", 10.5)
    p.text(50, 800, "CONFIDENTIAL  -  McAllister-Boyd  -  RiO 3512976  -  page 1 of 1", "DV", 8)
    p.save()
    record("s49-079", "s49-079-cmht-discharge-letter.pdf", "pdf", "clinic_letter_pdf", "Dr Priyanka Venkataraman", 1,
           p.idl, p.keepl, p.bcl)

# ------------------------------------------------------------------ s49-080 hospice discharge summary, 3-page PDF (palliative)
def f080():
    ids = {"Elowen Trethewey": PN, "Trethewey": PN, "8034 662 190": NHS, "SBH-004102": HN,
           "Wheal Rose Cottage, Trevarth Road, Porthleven": AD, "TR13 9HX": PC, "Kenwyn Trethewey": RN,
           "01632 960377": PH, "Catrin Hughes-Ndlovu": CN, "Morvoren Pascoe": CN, "Lowenna": RN, "07700 900448": PH,
           "SBH/DS/24/0388": REF}
    keep = ["St Brannoc's Hospice", "DOB: 14/08/1946", "02/04/2024", "19/04/2024", "FIGO IIIC",
            "malignant bowel obstruction", "octreotide 600 micrograms/24h", "hyoscine butylbromide 60 mg/24h",
            "dexamethasone 6.6 mg SC", "ondansetron 8 mg", "levomepromazine 6.25 mg", "oxycodone 20 mg/24h",
            "Dr Ana Luísa Ferreira", "GMC 7419573", "Dr Kerenza Polglase", "ReSPECT", "venting gastrostomy",
            "Riverside Health Centre", "CT abdomen"]
    path = os.path.join(OUT, "s49-080-hospice-discharge-summary.pdf")
    p = Pdf(path, ids, keep)
    def footer(n):
        p.text(50, 790, f"Elowen Trethewey  |  NHS 8034 662 190  |  SBH-004102  |  Page {n} of 3", "DV", 8)
        p.text(50, 802, "Author: Dr Ana Luísa Ferreira, Specialty Doctor in Palliative Medicine", "DV", 8)
    # page 1
    p.text(50, 60, "St Brannoc's Hospice - Inpatient Unit - Discharge Summary", "DVB", 13)
    p.text(50, 80, "Our ref: SBH/DS/24/0388", "DV", 10)
    p.barcode("Code128", "SBH-004102", 400, 92, 140, 36, 1, 60)
    p.barcode("QRCode", "8034662190", 470, 140, 70, 70, 4)
    y = 120
    for ln in ["Name: Mrs Elowen Trethewey", "DOB: 14/08/1946      NHS No: 8034 662 190", "Hospice No: SBH-004102",
               "Address: Wheal Rose Cottage, Trevarth Road, Porthleven TR13 9HX",
               "Next of kin: husband, Kenwyn Trethewey - 01632 960377",
               "GP: Dr Catrin Hughes-Ndlovu, Riverside Health Centre",
               "Admitted: 02/04/2024          Discharged: 19/04/2024 (home)"]:
        p.text(50, y, ln, "DV", 10.5); y += 17
    y += 14
    p.text(50, y, "Diagnoses", "DVB", 11); y += 18
    for ln in ["1. High-grade serous ovarian cancer, FIGO IIIC, progressing after third-line chemotherapy.",
               "2. Inoperable malignant bowel obstruction (CT abdomen 01/04/2024: multiple transition points).",
               "3. Ascites - drained 4.2 L on 05/04/2024.",
               "Reason for admission: vomiting (faeculent) and colicky pain, 8/10."]:
        p.text(50, y, ln, "DV", 10.5); y += 17
    footer(1); p.newpage()
    # page 2
    p.text(50, 60, "Symptom management and medicines on discharge", "DVB", 12)
    y = 90
    for ln in ["Continuous subcutaneous infusion (CME T34, 24 h), compatible in water for injection:",
               "   - octreotide 600 micrograms/24h", "   - hyoscine butylbromide 60 mg/24h", "   - oxycodone 20 mg/24h",
               "   - levomepromazine 6.25 mg at night (separate SC dose)",
               "dexamethasone 6.6 mg SC once daily (morning) until 26/04/2024, then review",
               "ondansetron 8 mg SC PRN up to twice daily",
               "",
               "A venting gastrostomy was placed on 10/04/2024; vomiting reduced from 6 episodes a day to none.",
               "Mrs Trethewey now takes sips and ice lollies for pleasure. She understands the tube is for comfort.",
               "Copy of this summary sent to Dr Catrin Hughes-Ndlovu (GP) and to the community palliative team."]:
        p.text(50, y, ln, "DV", 10.5); y += 17
    footer(2); p.newpage()
    # page 3
    p.text(50, 60, "Plans and conversations", "DVB", 12)
    y = 90
    for ln in ["ReSPECT form completed with Mrs Trethewey: not for CPR; preferred place of death home.",
               "Kenwyn Trethewey and their daughter Lowenna (07700 900448) were present for the discussion.",
               "District nurse Morvoren Pascoe will refill the syringe driver daily; Just in Case box at home.",
               "Re-admission to St Brannoc's Hospice can be arranged directly via the hospice on-call doctor.",
               "",
               "Signed: Dr Ana Luísa Ferreira, GMC 7419573        Date: 19/04/2024",
               "Verified for portfolio: Dr Kerenza Polglase, Consultant in Palliative Medicine"]:
        p.text(50, y, ln, "DV", 10.5); y += 17
    footer(3)
    p.save()
    record("s49-080", "s49-080-hospice-discharge-summary.pdf", "pdf", "discharge_summary_multipage", "Dr Ana Luísa Ferreira", 3,
           p.idl, p.keepl, p.bcl)

# ------------------------------------------------------------------ s49-081 ED handover sheet, DOCX with a table (EM)
def f081():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.add_heading("Severnbridge Royal Hospital ED - night handover 16/03/2024 08:00", level=1)
    d.add_paragraph("Handing over: Dr Tomasz Wiśniewski (night middle grade)      Receiving: Dr K Adeyemi-Lowe")
    rows = [("Bay", "Patient", "Age/Sex", "MRN", "Problem", "Outstanding"),
            ("Resus 2", "Wendy Ashcroft", "68F", "SRH 5520813", "NSTEMI, troponin 2,310 ng/L", "cardiology review; fondaparinux 2.5 mg given 03:40"),
            ("Majors 7", "P. Nyambura", "41M", "SRH 6108842", "pyelonephritis, lactate 2.4 mmol/L", "gentamicin 5 mg/kg given; awaiting medics"),
            ("Majors 11", "", "23F", "SRH 6992017", "staggered paracetamol overdose, 28 g", "NAC SNAP regimen bag 2 at 06:10; psych liaison after"),
            ("CDU 3", "Mr Lewandowski (Janusz)", "77M", "SRH 4419006", "fall, left pubic rami fracture", "PT/OT; lives with son Marek"),
            ("Corridor 4", "", "59M", "", "renal colic, 6 mm stone at VUJ", "urology at 09:00; diclofenac 75 mg PR given")]
    t = d.add_table(rows=len(rows), cols=6); t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("Department: 4 patients in the corridor, 6 ambulances queued at 07:45. "
                    "Datix SUH-W-91875 raised for the 12-hour breach in Majors 11.")
    d.add_paragraph("Rota lead's note (evidence of shop-floor leadership): safe staffing escalated to the site manager at 02:15; "
                    "OPEL 4 declared 02:30.")
    d.sections[0].footer.paragraphs[0].text = "Dr Tomasz Wiśniewski - handover evidence - GMC 7214869"
    path = os.path.join(OUT, "s49-081-ed-handover.docx"); d.save(path)
    ids = [("Adeyemi-Lowe", CN), ("Wendy Ashcroft", PN), ("SRH 5520813", HN), ("P. Nyambura", PN), ("SRH 6108842", HN),
           ("SRH 6992017", HN), ("Lewandowski", PN), ("Janusz", PN), ("SRH 4419006", HN), ("Marek", RN),
           ("SUH-W-91875", REF)]
    keep = ["Severnbridge Royal Hospital ED", "16/03/2024 08:00", "Dr Tomasz Wiśniewski", "troponin 2,310 ng/L",
            "fondaparinux 2.5 mg", "lactate 2.4 mmol/L", "gentamicin 5 mg/kg", "28 g", "NAC SNAP regimen", "06:10",
            "left pubic rami fracture", "6 mm stone at VUJ", "diclofenac 75 mg PR", "OPEL 4", "GMC 7214869", "Resus 2",
            "Majors 11", "CDU 3", "68F", "77M"]
    record("s49-081", "s49-081-ed-handover.docx", "docx", "handover_sheet_docx", "Dr Tomasz Wiśniewski", 1,
           [{"text": s, "type": ty} for s, ty in ids], [{"text": s} for s in keep])

# ------------------------------------------------------------------ s49-082 reflection, DOCX (O&G)
def f082():
    import docx
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Dr Ifeoma Chukwuemeka - Reflective log - entry 14"
    d.add_heading("Reflection: shoulder dystocia on the labour ward", level=1)
    paras = [
        "Date of event: 09/11/2023.  Setting: St Aldhelm's Women's Hospital, Labour Ward room 5.",
        "What happened: I was called by the midwife, Grace Oyebanji-Hunt, to a delivery where the head had "
        "delivered and restituted but the shoulders had not followed with the next contraction. The woman, "
        "Mrs Gulnara Abenova (SAW 0801173), was 31 and having her second baby; the estimated fetal weight at "
        "36 weeks had been 4.1 kg and she had gestational diabetes on metformin 1 g BD.",
        "I called for help (emergency bell and 2222 obstetric emergency), the ST1 Dr Felix Brandt recorded times. "
        "Using HELPERR: McRoberts manoeuvre and suprapubic pressure failed; delivery of the posterior arm "
        "succeeded. Head-to-body interval 3 minutes. Baby boy, 4.28 kg, Apgar 3, 8, 9; cord arterial pH 7.12. "
        "He was named Timur and had a transient Erb's palsy that recovered by 6 weeks.",
        "Afterwards I debriefed the team and spoke with Gulnara and her husband with a Kazakh interpreter.",
        "What I learned: I had not documented on the proforma which shoulder was anterior; I now use the RCOG "
        "Green-top Guideline No. 42 proforma every time. I have since run two PROMPT shoulder dystocia drills.",
        "Discussed with and verified by Mr Ravindra Kulkarni, Consultant Obstetrician, 20/11/2023.",
    ]
    for t in paras: d.add_paragraph(t)
    d.sections[0].footer.paragraphs[0].text = "Incident ref SAW-MAT-23-2270 - not for circulation"
    path = os.path.join(OUT, "s49-082-reflection-shoulder-dystocia.docx"); d.save(path)
    ids = [("Grace Oyebanji-Hunt", CN), ("Gulnara Abenova", PN), ("Gulnara", PN), ("SAW 0801173", HN),
           ("Felix Brandt", CN), ("Timur", PN), ("SAW-MAT-23-2270", REF)]
    keep = ["Dr Ifeoma Chukwuemeka", "09/11/2023", "St Aldhelm's Women's Hospital", "Labour Ward room 5", "4.1 kg",
            "metformin 1 g BD", "HELPERR", "McRoberts manoeuvre", "suprapubic pressure", "Head-to-body interval 3 minutes",
            "4.28 kg", "Apgar 3, 8, 9", "pH 7.12", "Erb's palsy", "Green-top Guideline No. 42", "PROMPT",
            "Mr Ravindra Kulkarni", "20/11/2023", "2222"]
    record("s49-082", "s49-082-reflection-shoulder-dystocia.docx", "docx", "reflection_docx", "Dr Ifeoma Chukwuemeka", 1,
           [{"text": s, "type": ty} for s, ty in ids], [{"text": s} for s in keep])

# ------------------------------------------------------------------ s49-083 referral e-mail, .eml (paediatrics)
def f083():
    m = email.message.EmailMessage()
    m["From"] = "Dr Mariam El-Sayed <mariam.el-sayed@wnh-nhs.example.net>"
    m["To"] = "community.paeds@wnh-nhs.example.net"
    m["Cc"] = "health.visiting.north@wnh-nhs.example.net"
    m["Date"] = "Tue, 19 Mar 2024 13:02:44 +0000"
    m["Subject"] = "Referral - Kacper WOJCIK (NCH-2310447) - faltering growth - please see within 4 weeks"
    m["Message-ID"] = "<s49-083.example@wnh-nhs.example.net>"
    m.set_content(
        "Dear colleagues,\n\n"
        "Please could you see Kacper Wojcik, DOB 17/10/2022 (17 months), NHS 703 228 4156, in the community "
        "paediatric clinic.\n"
        "Address: Flat 2, 60 Tanner Street, Wrexford WX1 5AZ. Mum, Agnieszka, is the main contact: 07700 900287 "
        "(Polish speaker; an interpreter helps).\n\n"
        "Kacper was admitted to Puffin Ward for 48 hours with gastroenteritis. His weight has fallen from the 50th "
        "centile at 6 months to below the 2nd centile now (8.6 kg; length 79 cm, 25th centile). Coeliac screen "
        "(tTG-IgA) negative with total IgA normal, TSH 2.4 mU/L, FBC normal except ferritin 9 ug/L. A 3-day food "
        "diary suggests about 900 mL of cow's milk a day. I have started Sytron 2.5 mL BD and given advice to "
        "reduce milk to 400 mL. No safeguarding concerns.\n\n"
        "Growth chart: https://growthcharts.example.org/child/NCH-2310447\n\n"
        "With thanks,\n"
        "Dr Mariam El-Sayed\n"
        "Specialty Doctor in Paediatrics, Northgate Children's Hospital (GMC 7563310)\n")
    path = os.path.join(OUT, "s49-083-referral.eml")
    with open(path, "wb") as f: f.write(bytes(m))
    ids = [("mariam.el-sayed@wnh-nhs.example.net", EM), ("community.paeds@wnh-nhs.example.net", EM),
           ("health.visiting.north@wnh-nhs.example.net", EM), ("Kacper WOJCIK", PN), ("NCH-2310447", HN),
           ("Kacper Wojcik", PN), ("Kacper", PN), ("703 228 4156", NHS), ("Flat 2, 60 Tanner Street, Wrexford", AD),
           ("WX1 5AZ", PC), ("Agnieszka", RN), ("07700 900287", PH),
           ("https://growthcharts.example.org/child/NCH-2310447", URL)]
    keep = ["Dr Mariam El-Sayed", "DOB 17/10/2022", "17 months", "Puffin Ward", "48 hours", "50th", "2nd centile",
            "8.6 kg", "79 cm", "tTG-IgA", "TSH 2.4 mU/L", "ferritin 9 ug/L", "900 mL", "Sytron 2.5 mL BD", "400 mL",
            "Northgate Children's Hospital", "GMC 7563310", "4 weeks"]
    record("s49-083", "s49-083-referral.eml", "eml", "referral_email_eml", "Dr Mariam El-Sayed", 1,
           [{"text": s, "type": ty} for s, ty in ids], [{"text": s} for s in keep])

# ------------------------------------------------------------------ s49-084 JPEG photo of a histopathology request form (dermatology)
def f084():
    ids = {"CRAIG-DUNBAR, Fiona Isobel": PN, "3006614428": NHS, "GRI 0417735": HN, "9 Birch Brae, Inverarrin": AD,
           "IV29 8TQ": PC, "Euan Baillie-Whyte": CN}
    keep = ["NHS Strathcarron", "HISTOPATHOLOGY REQUEST FORM", "DOB 30/06/1961", "Skin ellipse, R forearm",
            "?BCC vs ?SCC", "12 mm", "6 months", "Dr R Montoya Restrepo", "03/10/2024", "Dermatology OPD room 3",
            "formalin 10%", "Glenmorvern Royal Infirmary"]
    r = Raster(1400, 1000, ids, keep, bg=(120, 96, 70))           # wooden desk
    r.d.rectangle([70, 40, 1330, 960], fill=(248, 246, 238))        # the form
    r.text(110, 70, "NHS Strathcarron - Glenmorvern Royal Infirmary", F("sansb", 26))
    r.text(110, 112, "HISTOPATHOLOGY REQUEST FORM", F("sansb", 32))
    r.d.rectangle([110, 170, 700, 430], outline=(60, 60, 60), width=2)
    r.text(120, 176, "Patient details (affix label)", F("sans", 16), fill=(90, 90, 90))
    # addressograph label stuck slightly off-square
    r.d.rectangle([130, 200, 690, 420], fill=(255, 255, 255), outline=(200, 200, 200))
    r.text(145, 210, "CRAIG-DUNBAR, Fiona Isobel", F("sansb", 26))
    r.text(145, 250, "DOB 30/06/1961  F   CHI 3006614428", F("sans", 22))
    r.text(145, 284, "GRI 0417735", F("sans", 22))
    r.text(145, 318, "9 Birch Brae, Inverarrin IV29 8TQ", F("sans", 22))
    r.barcode("Code128", "GRI0417735", 145, 352, 2, 60)
    fields = [("Specimen:", "Skin ellipse, R forearm, in formalin 10%"),
              ("Clinical details:", "?BCC vs ?SCC, 12 mm, 6 months, bleeds"),
              ("Clinician:", "Dr R Montoya Restrepo"),
              ("Location:", "Dermatology OPD room 3"),
              ("Date taken:", "03/10/2024"),
              ("Copy report to GP:", "Dr Euan Baillie-Whyte")]
    y = 470
    for lab, val in fields:
        r.text(110, y, lab, F("sansb", 22), fill=(40, 40, 40))
        r.text(400, y, val, F("serif", 28), fill=(20, 30, 110))       # "written" in blue
        r.d.line([395, y + 36, 1290, y + 36], fill=(170, 170, 170), width=1)
        y += 72
    check_all_labelled(r, ids, keep)
    r.tilt(-2.0, 0.95, (12, 10), fill=(118, 94, 68)); r.light(0.18, 4.0, 0.8)
    r.img.save(os.path.join(OUT, "s49-084-request-form-photo.jpg"), "JPEG", quality=82)
    i, k, b, p = r.labels()
    record("s49-084", "s49-084-request-form-photo.jpg", "jpeg", "form_photo", "Dr Rafael Montoya Restrepo", 1, i, k, b, p)

# ------------------------------------------------------------------ s49-085 specimen label sheet, TIFF (paediatrics)
def f085():
    ids = {"ABIODUN, Temiloluwa": PN, "NCH-2155309": HN, "24-BS-0418823": OID, "702 193 7745": NHS}
    keep = ["Northgate Children's Hospital", "DOB 11/11/2019 F", "FBC + U&E + CRP", "Blood culture (paed bottle) 2 mL",
            "06/03/2024 09:14", "Ward 7 Puffin", "Dr M El-Sayed"]
    r = Raster(1200, 900, ids, keep)
    r.text(40, 20, "Northgate Children's Hospital - Blood Sciences specimen labels", F("lib", 24))
    def label(y, test, code):
        r.d.rounded_rectangle([30, y, 1170, y + 260], radius=12, outline=(120, 120, 120), width=2)
        r.text(50, y + 15, "ABIODUN, Temiloluwa", F("libb", 30))
        r.text(50, y + 58, "DOB 11/11/2019 F   NHS 702 193 7745", F("lib", 24))
        r.text(50, y + 92, "Hosp: NCH-2155309   Lab: 24-BS-0418823", F("lib", 24))
        r.text(50, y + 126, test, F("lib", 24))
        r.text(50, y + 160, "06/03/2024 09:14   Ward 7 Puffin", F("lib", 22))
        r.text(50, y + 192, "Taken by: Dr M El-Sayed", F("lib", 22))
        return code
    label(70, "FBC + U&E + CRP", None); r.barcode("Code128", "NCH-2155309", 700, 90, 2, 110)
    label(350, "Blood culture (paed bottle) 2 mL", None); r.barcode("Code128", "24-BS-0418823", 690, 370, 2, 110)
    r.d.rounded_rectangle([30, 630, 1170, 880], radius=12, outline=(120, 120, 120), width=2)
    r.text(50, 645, "ABIODUN, Temiloluwa", F("libb", 30))
    r.text(50, 688, "NCH-2155309  |  702 193 7745", F("lib", 24))
    r.text(50, 722, "Ward 7 Puffin - bedside verification label", F("lib", 22))
    r.barcode("QRCode", "NCH-2155309;7021937745", 900, 650, 6)
    check_all_labelled(r, ids, keep)
    r.img.convert("L").save(os.path.join(OUT, "s49-085-specimen-labels.tiff"), compression="tiff_lzw")
    i, k, b, p = r.labels()
    record("s49-085", "s49-085-specimen-labels.tiff", "tiff", "specimen_labels", "Dr Mariam El-Sayed", 1, i, k, b, p)

# ------------------------------------------------------------------ s49-086 chest radiograph with burned-in demographics (radiology)
def f086():
    ids = {"MORRISON-ADEYEMI^TEGAN": PN, "RTH0512290": HN, "RTH24XR0519774": OID}
    keep = ["DOB: 08/01/1991 F", "18/09/2024 14:22", "RAVENSFORD TEACHING HOSPITAL", "PA ERECT", "kVp 110  mAs 2.0"]
    W, H = 1000, 1200
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = np.full((H, W), 25, np.float32)
    body = ((xx - 500) / 430) ** 2 + ((yy - 650) / 560) ** 2 < 1
    a[body] = 150
    for cx in (330, 670):                                           # lungs
        lung = ((xx - cx) / 150) ** 2 + ((yy - 560) / 300) ** 2 < 1
        a[lung] = 55
    med = (np.abs(xx - 500) < 70) & (yy > 260) & (yy < 980); a[med] = 185  # mediastinum
    heart = ((xx - 560) / 170) ** 2 + ((yy - 760) / 130) ** 2 < 1; a[heart] = 175
    for k_ in range(9):                                              # ribs
        y0 = 330 + k_ * 62
        for side in (-1, 1):
            rib = (np.abs(yy - (y0 + 0.18 * np.abs(xx - 500))) < 9) & (np.abs(xx - 500) > 60) & (np.abs(xx - 500) < 420)
            a[rib] = np.maximum(a[rib], 120)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(6)).convert("RGB")
    r = Raster(W, H, ids, keep); r.img = img; r.d = ImageDraw.Draw(r.img)
    r.photo([60, 90, 940, 1190], "chest radiograph (PA) of the patient, demographics burned into the image")
    f = F("mono", 22)
    r.text(20, 15, "MORRISON-ADEYEMI^TEGAN", F("monob", 24), fill=(255, 255, 255))
    r.text(20, 45, "ID: RTH0512290", f, fill=(255, 255, 255))
    r.text(20, 72, "DOB: 08/01/1991 F", f, fill=(255, 255, 255))
    r.text(560, 15, "RAVENSFORD TEACHING HOSPITAL", f, fill=(255, 255, 255))
    r.text(560, 45, "Acc: RTH24XR0519774", f, fill=(255, 255, 255))
    r.text(560, 72, "18/09/2024 14:22", f, fill=(255, 255, 255))
    r.text(20, 1150, "PA ERECT", f, fill=(255, 255, 255))
    r.text(700, 1150, "kVp 110  mAs 2.0", f, fill=(255, 255, 255))
    r.text(150, 250, "R", F("sansb", 40), fill=(255, 255, 255))
    check_all_labelled(r, ids, keep)
    r.img.convert("L").save(os.path.join(OUT, "s49-086-chest-xray.png"), optimize=True)
    i, k, b, p = r.labels()
    record("s49-086", "s49-086-chest-xray.png", "png", "radiograph_screenshot", "Dr Ahmad Farouk Qureshi", 1, i, k, b, p)

# ------------------------------------------------------------------ s49-087 mother and baby addressograph labels (O&G)
def f087():
    ids = {"ADEKUNLE-BROWN, Funmilayo": PN, "BABY ADEKUNLE-BROWN": PN, "SAW 0834419": HN, "548 330 9912": NHS,
           "Flat 9, Gull Court, Brackwater": AD, "BW2 8RR": PC, "SAW 0834420": HN, "932 771 0046": NHS}
    keep = ["St Aldhelm's Women's Hospital", "DOB 12/12/1992 F", "DOB 04/07/2024 M", "Labour Ward", "Mr R Kulkarni",
            "Twin 1"]
    r = Raster(1240, 760, ids, keep)
    r.text(40, 20, "St Aldhelm's Women's Hospital - Labour Ward - identification labels", F("sans", 22))
    r.d.rectangle([30, 70, 1210, 380], outline=(0, 0, 0), width=2)
    r.text(50, 85, "ADEKUNLE-BROWN, Funmilayo", F("sansb", 30))
    r.text(50, 130, "DOB 12/12/1992 F", F("sans", 24))
    r.text(50, 165, "Hosp: SAW 0834419    NHS: 548 330 9912", F("sans", 24))
    r.text(50, 200, "Flat 9, Gull Court, Brackwater BW2 8RR", F("sans", 24))
    r.text(50, 240, "Cons: Mr R Kulkarni", F("sans", 22))
    r.barcode("Code128", "SAW0834419", 790, 200, 2, 140)
    r.d.rectangle([30, 410, 1210, 720], outline=(0, 0, 0), width=2)
    r.text(50, 425, "BABY ADEKUNLE-BROWN (Twin 1)", F("sansb", 30))
    r.text(50, 470, "DOB 04/07/2024 M   born 06:48", F("sans", 24))
    r.text(50, 505, "Hosp: SAW 0834420    NHS: 932 771 0046", F("sans", 24))
    r.text(50, 540, "Mother: SAW 0834419", F("sans", 24))
    r.barcode("Code128", "SAW0834420", 790, 540, 2, 140)
    check_all_labelled(r, ids, keep)
    r.img.convert("L").save(os.path.join(OUT, "s49-087-mother-baby-labels.png"), optimize=True)
    i, k, b, p = r.labels()
    record("s49-087", "s49-087-mother-baby-labels.png", "png", "addressograph_labels", "Dr Ifeoma Chukwuemeka", 1, i, k, b, p)

if __name__ == "__main__":
    for fn in (f075, f076, f077, f078, f079, f080, f081, f082, f083, f084, f085, f086, f087):
        fn()
    with open(os.path.join(SET, "files.jsonl"), "w", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(RECORDS), "files written")
