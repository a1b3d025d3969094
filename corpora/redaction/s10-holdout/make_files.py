#!/usr/bin/env python3
"""Render the 20 file documents of set s10-holdout (h10-071 .. h10-090) and write files.jsonl.

Run with the set's own venv:  .venv/bin/python make_files.py
Libraries: Pillow, numpy, python-barcode (Code 128 raster), qrcode, reportlab (text-layer PDFs, vector
Code 128), python-docx, PyMuPDF (only for the self-check at the end).
Every box is computed from the drawing position of the string (every occurrence on every page is found by
searching all drawn runs), then carried through the same geometric transforms as the image (skew, 90/180
rotation, resizing), and written as fractions of the final page, origin top-left.
"""
import json, math, os, random, io
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import barcode
from barcode.writer import ImageWriter
import qrcode

SET = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(SET, "files")
os.makedirs(OUT, exist_ok=True)
random.seed(1006)
np.random.seed(1006)

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf", "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
    "serif": FD + "dejavu/DejaVuSerif.ttf", "serifb": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "lsans": FD + "liberation/LiberationSans-Regular.ttf", "lsansb": FD + "liberation/LiberationSans-Bold.ttf",
    "lserif": FD + "liberation/LiberationSerif-Regular.ttf", "lserifb": FD + "liberation/LiberationSerif-Bold.ttf",
    "mono": FD + "liberation/LiberationMono-Regular.ttf", "monob": FD + "liberation/LiberationMono-Bold.ttf",
    "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf", "narrowb": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "cond": FD + "dejavu/DejaVuSansCondensed.ttf", "condb": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
}
_fc = {}
def F(name, size):
    k = (name, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONTS[name], size)
    return _fc[k]

# ----------------------------------------------------------------------------------------------------------
# raster pages
class Page:
    def __init__(self, w=1240, h=1754, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.runs = []        # (text, x, y, font)
        self.codes = []       # (format, value, [x0,y0,x1,y1] px)
        self.photos = []      # ([x0,y0,x1,y1] px, what)

    def text(self, x, y, s, font, fill=(20, 20, 20), lh=1.32):
        self.d.text((x, y), s, font=font, fill=fill)
        self.runs.append((s, x, y, font))
        return y + int(font.size * lh)

    def lines(self, x, y, block, font, fill=(20, 20, 20), lh=1.32):
        for ln in block.strip("\n").split("\n"):
            y = self.text(x, y, ln, font, fill, lh)
        return y

    def find(self, sub):
        out = []
        for s, x, y, f in self.runs:
            i = s.find(sub)
            while i >= 0:
                x0 = x + f.getlength(s[:i])
                bb = self.d.textbbox((x0, y), sub, font=f)
                out.append([bb[0] - 2, bb[1] - 2, bb[2] + 2, bb[3] + 2])
                i = s.find(sub, i + 1)
        return out

    def code128(self, value, x, y, h=80, module=2):
        b = barcode.get("code128", value, writer=ImageWriter())
        im = b.render(writer_options={"write_text": False, "module_width": 0.2, "module_height": 10,
                                      "quiet_zone": 0.5, "dpi": 254 * module / 2})
        g = im.convert("L")
        bb = Image.eval(g, lambda p: 255 - p).getbbox()
        im = im.crop(bb)
        im = im.resize((im.width, h), Image.NEAREST)
        self.img.paste(im, (x, y))
        self.codes.append(("Code128", value, [x, y, x + im.width, y + im.height]))
        return im.width

    def qr(self, value, x, y, size=160):
        q = qrcode.QRCode(border=0, box_size=10, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(value); q.make(fit=True)
        im = q.make_image(fill_color="black", back_color="white").convert("RGB").resize((size, size), Image.NEAREST)
        self.img.paste(im, (x, y))
        self.codes.append(("QR", value, [x, y, x + size, y + size]))


def corners(b):
    x0, y0, x1, y1 = b
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


class Raster:
    """A page image plus the polygons of everything annotated, carried through transforms."""
    def __init__(self, page, ids, keeps):
        self.img = page.img
        self.items = []   # dicts with 'poly'
        for s, t in ids:
            bs = page.find(s)
            assert bs, ("identifier not drawn", s)
            for b in bs:
                self.items.append({"kind": "id", "text": s, "type": t, "poly": corners(b)})
        for s in keeps:
            bs = page.find(s)
            assert bs, ("keep not drawn", s)
            for b in bs:
                self.items.append({"kind": "keep", "text": s, "poly": corners(b)})
        for fmt, v, b in page.codes:
            self.items.append({"kind": "code", "format": fmt, "value": v, "poly": corners(b)})
        for b, what in page.photos:
            self.items.append({"kind": "photo", "what": what, "poly": corners(b)})

    def rotate(self, deg, fill=(255, 255, 255)):
        """Rotate counter-clockwise by deg (PIL convention), expanding the canvas."""
        W, H = self.img.size
        self.img = self.img.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=fill)
        W2, H2 = self.img.size
        a = math.radians(deg); c, s = math.cos(a), math.sin(a)
        cx, cy = W / 2, H / 2
        def m(p):
            dx, dy = p[0] - cx, p[1] - cy
            return (W2 / 2 + dx * c + dy * s, H2 / 2 - dx * s + dy * c)
        for it in self.items:
            it["poly"] = [m(p) for p in it["poly"]]

    def rot90(self):
        """Rotate the page 90 degrees counter-clockwise (a portrait page scanned sideways)."""
        W, H = self.img.size
        self.img = self.img.transpose(Image.ROTATE_90)
        for it in self.items:
            it["poly"] = [(p[1], W - p[0]) for p in it["poly"]]

    def rot180(self):
        W, H = self.img.size
        self.img = self.img.transpose(Image.ROTATE_180)
        for it in self.items:
            it["poly"] = [(W - p[0], H - p[1]) for p in it["poly"]]

    def resize(self, w, h):
        W, H = self.img.size
        self.img = self.img.resize((w, h), Image.BILINEAR)
        for it in self.items:
            it["poly"] = [(p[0] * w / W, p[1] * h / H) for p in it["poly"]]

    def scanify(self, noise=14, blur=0.6, speckle=0.0008, gray=True, contrast=1.0):
        im = self.img.convert("L") if gray else self.img
        if blur: im = im.filter(ImageFilter.GaussianBlur(blur))
        a = np.asarray(im).astype(np.float32)
        a = (a - 128) * contrast + 128 + np.random.normal(0, noise, a.shape)
        if speckle:
            msk = np.random.random(a.shape[:2]) < speckle
            a[msk] = 30 if a.ndim == 2 else 30
        self.img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))

    def entries(self, page_no=1):
        W, H = self.img.size
        ids, keeps, codes, photos = [], [], [], []
        for it in self.items:
            xs = [p[0] for p in it["poly"]]; ys = [p[1] for p in it["poly"]]
            b = [round(max(0, min(xs)) / W, 4), round(max(0, min(ys)) / H, 4),
                 round(min(W, max(xs)) / W, 4), round(min(H, max(ys)) / H, 4)]
            if it["kind"] == "id":
                ids.append({"text": it["text"], "type": it["type"], "page": page_no, "box": b})
            elif it["kind"] == "keep":
                keeps.append({"text": it["text"], "page": page_no, "box": b})
            elif it["kind"] == "code":
                codes.append({"format": it["format"], "value": it["value"], "page": page_no, "box": b})
            else:
                photos.append({"page": page_no, "box": b, "what": it["what"]})
        return ids, keeps, codes, photos


RECORDS = []

def record(id_, fname, fmt, kind, applicant, pages, ids, keeps, codes=(), photos=()):
    RECORDS.append({"id": id_, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant,
                    "pages": pages, "identifiers": ids, "keep": keeps, "barcodes": list(codes), "photos": list(photos)})


def save_raster_doc(id_, fname, fmt, kind, applicant, rasters, **save_kw):
    ids, keeps, codes, photos = [], [], [], []
    for n, r in enumerate(rasters, 1):
        a, b, c, d = r.entries(n)
        ids += a; keeps += b; codes += c; photos += d
    path = os.path.join(OUT, fname)
    imgs = [r.img for r in rasters]
    if fmt == "pdf":
        imgs = [im.convert("L") if im.mode != "L" else im for im in imgs]
        imgs[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=imgs[1:])
    elif fmt == "tiff":
        imgs[0].save(path, save_all=True, append_images=imgs[1:], **save_kw)
    elif fmt == "jpeg":
        imgs[0].convert("RGB").save(path, "JPEG", **save_kw)
    else:
        imgs[0].save(path, "PNG")
    record(id_, fname, fmt, kind, applicant, len(rasters), ids, keeps, codes, photos)


def photo_bg(w, h, base=(70, 95, 140), var=18):
    a = np.zeros((h, w, 3), np.float32)
    gy = np.linspace(0, 1, h)[:, None]
    gx = np.linspace(0, 1, w)[None, :]
    for c in range(3):
        a[:, :, c] = base[c] * (0.75 + 0.35 * gx * (1 - 0.4 * gy))
    a += np.random.normal(0, var, (h, w, 1))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# ----------------------------------------------------------------------------------------------------------
# h10-071  wristband photo (PNG), Code 128 of the MRN
def d071():
    p = Page(1600, 1000)
    p.img.paste(photo_bg(1600, 1000, (60, 90, 150)), (0, 0))
    p.d.ellipse([-200, 250, 1900, 820], fill=(196, 150, 120))              # forearm
    p.d.rounded_rectangle([120, 330, 1480, 690], 40, fill=(246, 246, 242), outline=(200, 200, 200), width=3)
    y = 360
    y = p.text(170, y, "OYELARAN, Comfort Adesola", F("sansb", 48))
    y = p.text(170, y + 4, "DOB 03/04/1950   F   Age 74", F("sans", 36))
    y = p.text(170, y + 2, "MRN: WX4820193", F("sansb", 38))
    y = p.text(170, y + 2, "NHS: 482 019 3376", F("sans", 36))
    y = p.text(170, y + 2, "Ward 4B  Cons: HARGREAVES", F("sans", 32))
    p.d.rectangle([980, 372, 1440, 420], fill=(220, 30, 40))
    p.text(1000, 376, "ALLERGY: PENICILLIN", F("sansb", 32), fill=(255, 255, 255))
    p.code128("WX4820193", 1000, 450, h=150, module=3)
    r = Raster(p, [("OYELARAN, Comfort Adesola", "PATIENT_NAME"), ("WX4820193", "HOSPITAL_NUMBER"),
                   ("482 019 3376", "NHS_NUMBER"), ("HARGREAVES", "COLLEAGUE_NAME")],
               ["DOB 03/04/1950", "ALLERGY: PENICILLIN", "Ward 4B", "Age 74"])
    r.rotate(-4, fill=(60, 88, 140))
    r.img = r.img.filter(ImageFilter.GaussianBlur(0.8))
    save_raster_doc("h10-071", "h10-071-wristband.png", "png", "wristband_photo", "Dr Priyanka Raghunathan", [r])


# h10-072  wristband photo (JPEG), QR of NHS number + Code 128 of hospital number, tilted, blurred
def d072():
    p = Page(1400, 1050)
    p.img.paste(photo_bg(1400, 1050, (150, 150, 140), 22), (0, 0))
    p.d.rounded_rectangle([80, 360, 1320, 700], 30, fill=(250, 250, 250))
    p.text(110, 380, "Bradford Royal Infirmary", F("lsans", 28), fill=(0, 60, 140))
    y = p.text(110, 420, "ZHANG, Wei (Vivian)", F("lsansb", 46))
    y = p.text(110, y, "Hosp No: H0791154", F("lsans", 36))
    y = p.text(110, y, "NHS No: 912 774 3308", F("lsans", 36))
    y = p.text(110, y, "DOB: 18/11/1987  Female", F("lsans", 36))
    p.qr("9127743308", 800, 395, 200)
    p.code128("H0791154", 1030, 430, h=210, module=2)
    r = Raster(p, [("ZHANG, Wei (Vivian)", "PATIENT_NAME"), ("H0791154", "HOSPITAL_NUMBER"), ("912 774 3308", "NHS_NUMBER")],
               ["Bradford Royal Infirmary", "DOB: 18/11/1987", "Female"])
    r.rotate(8, fill=(140, 140, 132))
    r.img = r.img.filter(ImageFilter.GaussianBlur(1.1))
    save_raster_doc("h10-072", "h10-072-wristband.jpg", "jpeg", "wristband_photo", "Dr Layla Haddad", [r], quality=72)


# h10-073  sheet of addressograph / specimen labels (PNG), 6 labels, Code 128 on each
def d073():
    p = Page(1240, 1754)
    p.text(60, 40, "Specimen label sheet - printed 09/01/2025 07:12 - AMU Bradford (evidence for sepsis audit)", F("lsans", 22))
    lab = ["KOWALCZYK, Bożena", "DOB 22/02/1944  F", "NHS 620 155 3948", "Hosp B1190278", "12 Carlton Grove, Bradford BD5 0RE", "AMU Bed 14  Cons: Dr S Mirza"]
    for i in range(6):
        cx, cy = 60 + (i % 2) * 590, 120 + (i // 2) * 520
        p.d.rectangle([cx, cy, cx + 560, cy + 480], outline=(190, 190, 190), width=2)
        y = cy + 24
        y = p.text(cx + 24, y, lab[0], F("lsansb", 34))
        for ln in lab[1:]:
            y = p.text(cx + 24, y, ln, F("lsans", 27))
        p.code128("B1190278", cx + 40, y + 20, h=110, module=2)
    r = Raster(p, [("KOWALCZYK, Bożena", "PATIENT_NAME"), ("620 155 3948", "NHS_NUMBER"), ("B1190278", "HOSPITAL_NUMBER"),
                   ("12 Carlton Grove, Bradford", "ADDRESS"), ("BD5 0RE", "POSTCODE")],
               ["DOB 22/02/1944", "Dr S Mirza", "AMU Bed 14", "09/01/2025 07:12"])
    save_raster_doc("h10-073", "h10-073-labels.png", "png", "specimen_labels", "Dr Sana Mirza", [r])


def letter_page(head, body, x=110, y=90, fb="lserif", fs=27):
    p = Page()
    y = p.lines(x, y, head, F(fb + "b", 30))
    y += 20
    p.lines(x, y, body, F(fb, fs))
    return p


# h10-074  scanned neurology letter (image-only PDF), skewed, noisy
def d074():
    head = "Department of Neurology, Queen's Medical Centre, Nottingham"
    body = """Neurology Outpatients   Tel 0115 496 0720   Fax 0115 496 0721
Our ref: IN/neuro/MS/3318            Clinic: 14/10/2024

Dr Marguerite Oyelowo-Banks
Clifton Medical Practice, Southchurch Drive, Nottingham NG11 8EW

Dear Dr Oyelowo-Banks

Re: Mr Jaswinder Singh BHOGAL   DOB 30/09/1982   NHS 709 443 1852
Hosp no. J0551874   44 Beeston Lane, Chilwell, NG9 5AB

Diagnosis: relapsing-remitting multiple sclerosis (McDonald 2017 criteria met)

I saw Mr Bhogal with his wife Manpreet. He had a second episode of optic
neuritis (left) in August; MRI shows 11 T2 lesions, 2 gadolinium-enhancing.
EDSS 2.0. After discussion of the options he has chosen ocrelizumab
600 mg IV six-monthly; hepatitis B serology, VZV IgG and JCV antibody sent.
Our MS nurse, Jodie Featherstonehaugh, will contact him on 07700 900 816.

Yours sincerely

Dr Ifeoma Nnaji
Specialty Doctor in Neurology"""
    p = letter_page(head, body)
    r = Raster(p, [("0115 496 0720", "PHONE"), ("0115 496 0721", "PHONE"), ("IN/neuro/MS/3318", "REFERENCE_NUMBER"),
                   ("Dr Marguerite Oyelowo-Banks", "COLLEAGUE_NAME"), ("Dr Oyelowo-Banks", "COLLEAGUE_NAME"),
                   ("Southchurch Drive, Nottingham", "ADDRESS"), ("NG11 8EW", "POSTCODE"),
                   ("Jaswinder Singh BHOGAL", "PATIENT_NAME"), ("709 443 1852", "NHS_NUMBER"), ("J0551874", "HOSPITAL_NUMBER"),
                   ("44 Beeston Lane, Chilwell", "ADDRESS"), ("NG9 5AB", "POSTCODE"), ("Mr Bhogal", "PATIENT_NAME"),
                   ("Manpreet", "RELATIVE_NAME"), ("Jodie Featherstonehaugh", "COLLEAGUE_NAME"), ("07700 900 816", "PHONE")],
               ["Dr Ifeoma Nnaji", "Queen's Medical Centre", "30/09/1982", "McDonald 2017", "EDSS 2.0", "ocrelizumab", "600 mg IV"])
    r.rotate(1.3)
    r.scanify(noise=12, blur=0.7)
    save_raster_doc("h10-074", "h10-074-scanned-letter.pdf", "pdf", "scanned_clinic_letter", "Dr Ifeoma Nnaji", [r])


# h10-075  fax (bilevel TIFF, Group 4), low vertical resolution
def d075():
    p = Page(1728, 2200)
    p.text(40, 20, "14/03/2024 10:22   FROM: PARKGATE SURGERY  01632 960781   TO: 01632 960999   P.01/01", F("mono", 26))
    body = """PARKGATE SURGERY - FAX REFERRAL - SURGICAL ASSESSMENT UNIT, SOUTHMEAD

Patient: Mrs Grainne O'SULLIVAN-HAYES    DOB 07/07/1961
NHS 438 802 5561     Tel 07700 900 153
Address: 2 Quarry Mews, Patchway, Bristol BS34 6LN

Dear surgical team,
Please see this lady today - RUQ pain 48 h, T 38.4, Murphy's sign positive,
WCC 16.2, bilirubin 41. Known gallstones (USS 2023). Allergic to morphine
(vomiting). Her husband Declan will bring her in.

Dr Toby Whitlam-Carr, GP partner (GMC 7209931)
Fax back: 01632 960782"""
    p.lines(90, 130, body, F("monob", 30), lh=1.45)
    r = Raster(p, [("01632 960781", "PHONE"), ("01632 960999", "PHONE"), ("Grainne O'SULLIVAN-HAYES", "PATIENT_NAME"),
                   ("438 802 5561", "NHS_NUMBER"), ("07700 900 153", "PHONE"), ("2 Quarry Mews, Patchway, Bristol", "ADDRESS"),
                   ("BS34 6LN", "POSTCODE"), ("Declan", "RELATIVE_NAME"), ("Dr Toby Whitlam-Carr", "COLLEAGUE_NAME"),
                   ("GMC 7209931", "GMC_NUMBER"), ("01632 960782", "PHONE"), ("PARKGATE SURGERY", "ADDRESS")],
               ["07/07/1961", "Murphy's sign", "WCC 16.2", "bilirubin 41", "SURGICAL ASSESSMENT UNIT, SOUTHMEAD"])
    r.rotate(-0.7)
    r.resize(1728, 1100)          # fax: half vertical resolution, then back to the page size
    r.resize(1728, 2200)
    r.scanify(noise=25, blur=0.0, speckle=0.002)
    r.img = r.img.point(lambda v: 255 if v > 150 else 0).convert("1")
    save_raster_doc("h10-075", "h10-075-fax.tiff", "tiff", "fax_referral", "Mr Emeka Nwachukwu", [r], compression="group4", dpi=(204, 98))


# h10-078  portrait letter scanned sideways (image-only PDF, page rotated 90 degrees)
def d078():
    head = "PAEDIATRIC REFERRAL - Bramhall Health Centre"
    body = """To: Dr S. Ní Bhriain, Paediatric Registrar, Stepping Hill Hospital
From: Dr Adewale Ogunbiyi (GP)       Date: 02/12/2024
Practice tel: 0161 496 0655   Email: bramhall.hc.referrals@nhs.net

Child: Zara Noor IQBAL   DOB 19/05/2021 (3 y)   NHS 520 884 1163
Address: 7 Woodford Road, Bramhall, SK7 1JJ
Parents: Mr Kashif Iqbal and Mrs Sadia Iqbal (mum mobile 07700 900 562)

Reason: 4 weeks of pallor, bruising and leg pain, refusing to walk.
FBC today: Hb 71 g/L, WCC 2.1, neutrophils 0.4, platelets 38.
Blood film: ?blasts. I have spoken to the on-call registrar (Dr Ní Bhriain)
who has accepted Zara to the Children's Assessment Unit today.

Dr A. Ogunbiyi"""
    p = letter_page(head, body, fb="lsans", fs=26)
    r = Raster(p, [("Dr Adewale Ogunbiyi", "COLLEAGUE_NAME"), ("Dr A. Ogunbiyi", "COLLEAGUE_NAME"), ("0161 496 0655", "PHONE"),
                   ("bramhall.hc.referrals@nhs.net", "EMAIL"), ("Zara Noor IQBAL", "PATIENT_NAME"), ("Zara", "PATIENT_NAME"),
                   ("520 884 1163", "NHS_NUMBER"), ("7 Woodford Road, Bramhall", "ADDRESS"), ("SK7 1JJ", "POSTCODE"),
                   ("Mr Kashif Iqbal", "RELATIVE_NAME"), ("Mrs Sadia Iqbal", "RELATIVE_NAME"), ("07700 900 562", "PHONE")],
               ["Dr S. Ní Bhriain", "Dr Ní Bhriain", "Stepping Hill Hospital", "19/05/2021", "Hb 71 g/L", "platelets 38", "Children's Assessment Unit"])
    r.rot90()
    r.rotate(0.6)
    r.scanify(noise=10, blur=0.5)
    save_raster_doc("h10-078", "h10-078-rotated-scan.pdf", "pdf", "scanned_referral_rotated", "Dr Siobhán Ní Bhriain", [r])


# h10-079  complaint bundle, 3 scanned pages (image-only PDF)
def d079():
    p1 = letter_page("Complaint - Intensive Care Unit, Leicester Royal Infirmary", """From: Mr Delroy Fitzgerald-Campbell, 23 Saffron Lane, Leicester LE2 6UH
Tel 07700 900 874   email delroy.fc@btinternet.com            5 January 2025

Dear Chief Executive,
My mother, Mrs Hortense Campbell (date of birth 11/04/1942, hospital
number S1880452), died on your ICU on 19 December 2024. I want to complain
about how we were told. A junior doctor, Dr Nikolaos Papadakis, told my
sister Paulette on the phone at 2am that Mum "was not going to make it"
before anyone had spoken to me, her next of kin.
We also never saw a consultant until the last day.

Yours faithfully, D. Fitzgerald-Campbell""")
    p2 = letter_page("Response - Complaints ref CMP-UHL-25-0044", """Dear Mr Fitzgerald-Campbell,

I am the ICU specialty doctor who looked after your mother, Mrs Campbell,
on most of her days with us, and I was asked to investigate. I am truly sorry.
A consultant (Dr Iona Maxwell-Stuart) did review her twice daily, but we did not
introduce the consultants to your family, which was wrong.
The night phone call should have been made by a senior doctor, to you as the
named next of kin. Dr Papadakis has reflected on this with his supervisor.
We have changed our practice: a named consultant is introduced to every
family within 24 hours, recorded on the ICU whiteboard.

Dr Hamid Karimi, Specialty Doctor, Adult Intensive Care
(response approved by Dr Iona Maxwell-Stuart, Clinical Director)""")
    p3 = letter_page("Action plan - CMP-UHL-25-0044 (Datix W902113)", """1. Named consultant introduced to family within 24 h - owner: Dr H. Karimi
   - audit 20 consecutive admissions, Mar 2025: 19/20 (95%)
2. Bad news by phone only by registrar or above - owner: Dr Maxwell-Stuart
3. Next-of-kin field checked on admission - owner: Sister Yolanda Mbatha
4. Teaching on breaking bad news (SPIKES) for resident doctors - done 12/02/2025
Family meeting offered to Mr Fitzgerald-Campbell on 20/02/2025 (declined).
Verified: Dr Iona Maxwell-Stuart, Clinical Director for Critical Care""")
    common_keep = ["Dr Iona Maxwell-Stuart", "Leicester Royal Infirmary"]
    r1 = Raster(p1, [("Mr Delroy Fitzgerald-Campbell", "RELATIVE_NAME"), ("23 Saffron Lane, Leicester", "ADDRESS"), ("LE2 6UH", "POSTCODE"),
                     ("07700 900 874", "PHONE"), ("delroy.fc@btinternet.com", "EMAIL"), ("Mrs Hortense Campbell", "PATIENT_NAME"),
                     ("S1880452", "HOSPITAL_NUMBER"), ("Dr Nikolaos Papadakis", "COLLEAGUE_NAME"), ("Paulette", "RELATIVE_NAME"),
                     ("D. Fitzgerald-Campbell", "RELATIVE_NAME")],
                ["Leicester Royal Infirmary", "11/04/1942", "19 December 2024"])
    r2 = Raster(p2, [("CMP-UHL-25-0044", "REFERENCE_NUMBER"), ("Mr Fitzgerald-Campbell", "RELATIVE_NAME"), ("Mrs Campbell", "PATIENT_NAME"),
                     ("Dr Papadakis", "COLLEAGUE_NAME")],
                ["Dr Hamid Karimi", "Dr Iona Maxwell-Stuart"])
    r3 = Raster(p3, [("CMP-UHL-25-0044", "REFERENCE_NUMBER"), ("W902113", "REFERENCE_NUMBER"), ("Sister Yolanda Mbatha", "COLLEAGUE_NAME"),
                     ("Mr Fitzgerald-Campbell", "RELATIVE_NAME")],
                ["Dr H. Karimi", "Dr Maxwell-Stuart", "Dr Iona Maxwell-Stuart", "19/20 (95%)", "SPIKES"])
    for r, a in ((r1, 0.9), (r2, -1.6), (r3, 0.4)):
        r.rotate(a)
        r.scanify(noise=11, blur=0.6)
    save_raster_doc("h10-079", "h10-079-complaint-bundle.pdf", "pdf", "complaint_bundle_scanned", "Dr Hamid Karimi", [r1, r2, r3])


# h10-083  EPR screenshot with patient banner and photograph (PNG)
def d083():
    p = Page(1920, 1080, (236, 240, 245))
    p.d.rectangle([0, 0, 1920, 150], fill=(0, 48, 135))
    p.d.rectangle([20, 12, 146, 138], fill=(170, 170, 175))               # patient photograph
    p.d.ellipse([53, 30, 113, 90], fill=(120, 90, 70)); p.d.pieslice([33, 85, 133, 185], 180, 360, fill=(120, 90, 70))
    p.photos.append(([20, 12, 146, 138], "patient photograph in EPR banner"))
    w = (255, 255, 255)
    p.text(170, 16, "PATEL, Hemant Kumar (Mr)", F("sansb", 34), fill=w)
    p.text(170, 64, "Born 12-Aug-1957 (67y)   Gender Male   NHS No. 752 118 0094   MRN 30041278", F("sans", 24), fill=w)
    p.text(170, 104, "18 Brook Street, Syston, Leicester LE7 1GD   Ph: 07700 900 644   GP: Dr Farida Lakhani", F("sans", 22), fill=w)
    p.text(1500, 20, "ALLERGIES: NKDA", F("sansb", 24), fill=(255, 220, 90))
    p.text(1500, 60, "Location: LRI Ward 22 ICU Bed 3", F("sans", 22), fill=w)
    p.d.rectangle([0, 150, 1920, 200], fill=(210, 216, 226))
    p.text(20, 160, "Summary   Notes   Results   Orders   Medications   Fluid balance   Documents", F("sans", 22))
    note = """ICU Ward Round Note - 03/02/2025 09:40 - Dr Sana Mirza (Acute Medicine, ICU outreach attachment)
67M day 2 post emergency laparotomy (small bowel obstruction, adhesions). Extubated 02/02 18:00.
A: self-ventilating 2 L NC, SpO2 96%.  B: RR 18, basal crackles L.  C: HR 92 SR, MAP 74 off noradrenaline since 06:00.
D: GCS 15, pain controlled - PCA morphine 1 mg bolus / 5 min lockout.  E: T 37.9.
Lactate 1.1, Hb 101, CRP 188, Cr 96, K 4.0.
Plan: step down to HDU (Ward 21) today. Chest physio. Daughter (Mrs Nisha Patel-Rana) updated by phone 09:55.
Signed: Dr Sana Mirza   Verified: Dr Iona Maxwell-Stuart"""
    p.d.rectangle([20, 220, 1900, 760], fill=(255, 255, 255), outline=(190, 190, 190))
    p.lines(40, 240, note, F("sans", 24), lh=1.55)
    r = Raster(p, [("PATEL, Hemant Kumar", "PATIENT_NAME"), ("752 118 0094", "NHS_NUMBER"), ("30041278", "HOSPITAL_NUMBER"),
                   ("18 Brook Street, Syston, Leicester", "ADDRESS"), ("LE7 1GD", "POSTCODE"), ("07700 900 644", "PHONE"),
                   ("Dr Farida Lakhani", "COLLEAGUE_NAME"), ("Mrs Nisha Patel-Rana", "RELATIVE_NAME")],
               ["Born 12-Aug-1957 (67y)", "Gender Male", "Dr Sana Mirza", "Dr Iona Maxwell-Stuart", "LRI Ward 22 ICU Bed 3", "ALLERGIES: NKDA",
                "PCA morphine 1 mg bolus", "CRP 188", "67M"])
    save_raster_doc("h10-083", "h10-083-epr-screenshot.png", "png", "epr_screenshot", "Dr Sana Mirza", [r])


# h10-084  photo of an ED whiteboard (JPEG)
def d084():
    p = Page(1800, 1200)
    p.img.paste(photo_bg(1800, 1200, (120, 110, 100), 14), (0, 0))
    p.d.rectangle([80, 70, 1720, 1130], fill=(243, 244, 240), outline=(150, 150, 150), width=8)
    p.text(120, 100, "MAJORS BOARD  -  Sat 18/01  night", F("condb", 44), fill=(20, 40, 160))
    rows = [("Bay 1", "EDWARDS 78F", "?NOF  - analgesia FIB done", "Dr Q"),
            ("Bay 2", "Ali KHAN 45M", "chest pain  trop 2nd due 02:00", "Dr Q"),
            ("Bay 3", "'Mags' McGUIRE 62F", "DKA  FRIII  K+ 3.4", "Tariq"),
            ("Bay 4", "BALOGUN-SMITH 30M", "?overdose  psych liaison", "Tariq"),
            ("Bay 5", "Mr NGUYEN 81M", "UTI/delirium  son Duc coming", "Dr Q"),
            ("Bay 6", "ROSSI Gianluca 19M", "#radius  ortho: Mr Hollis", "Tariq")]
    y = 190
    for b, n, issue, dr in rows:
        p.text(130, y, b, F("cond", 40), fill=(30, 30, 30))
        p.text(330, y, n, F("condb", 40), fill=(10, 10, 120))
        p.text(880, y, issue, F("cond", 38), fill=(150, 20, 20))
        p.text(1480, y, dr, F("cond", 38), fill=(20, 100, 20))
        y += 120
    p.text(130, y + 20, "NIC: Beckie  x4411      Resus: 2 free", F("cond", 36))
    r = Raster(p, [("EDWARDS", "PATIENT_NAME"), ("Ali KHAN", "PATIENT_NAME"), ("Mags", "PATIENT_NAME"), ("McGUIRE", "PATIENT_NAME"),
                   ("BALOGUN-SMITH", "PATIENT_NAME"), ("Mr NGUYEN", "PATIENT_NAME"), ("Duc", "RELATIVE_NAME"),
                   ("ROSSI Gianluca", "PATIENT_NAME"), ("Mr Hollis", "COLLEAGUE_NAME"), ("Tariq", "COLLEAGUE_NAME"),
                   ("Beckie", "COLLEAGUE_NAME"), ("x4411", "PHONE")],
               ["Dr Q", "78F", "45M", "62F", "30M", "81M", "19M", "Bay 1", "Bay 6", "K+ 3.4"])
    r.rotate(2.5, fill=(110, 100, 92))
    r.img = r.img.filter(ImageFilter.GaussianBlur(1.2))
    save_raster_doc("h10-084", "h10-084-whiteboard.jpg", "jpeg", "whiteboard_photo", "Dr Farhan Qureshi", [r], quality=70)


# h10-085  2-page scanned psychiatry letter (multi-page TIFF)
def d085():
    p1 = letter_page("Birmingham and Solihull Mental Health NHS FT - Early Intervention Service", """Our ref: TZ/EIS/2291          Your ref: PB/mh/77
RiO: 10598834      NHS: 456 009 1273                        10 March 2025

Dr Pradeep Bhandari, Washwood Heath Medical Centre

Dear Dr Bhandari

Re: Ms Oyinkansola (Kanso) ADEWUYI, DOB 04/12/2003
Flat 9, Alum Rock Court, 301 Alum Rock Road, Birmingham B8 3BT

Kanso is a 21 year old student who was referred to the Early Intervention
Service after a first psychotic episode in January (persecutory delusions,
second-person auditory hallucinations). PANSS total 74 at referral, 52 now.
She is taking aripiprazole 15 mg once daily with good effect and no akathisia.
Her mother, Mrs Folake Adewuyi, and her aunt Mrs Titilayo Ogundipe attend
the family intervention sessions with our psychologist, Dr Ruth Amsel.""")
    p2 = letter_page("Re: Ms O. ADEWUYI  RiO 10598834  (page 2 of 2)", """Physical health: BMI 23.1, HbA1c 36, lipids normal, prolactin 210 mIU/L.
Plan: continue aripiprazole 15 mg; care coordinator Mr Hassan Mahmood
(tel 0121 496 0384); return to university (Aston) in September with a
reasonable adjustments plan; review in 3 months.

Yours sincerely

Dr Tomasz Zieliński
Specialty Doctor, Early Intervention Service
Verified: Dr Margaret Ashdown-Reyes, Consultant Psychiatrist""")
    r1 = Raster(p1, [("TZ/EIS/2291", "REFERENCE_NUMBER"), ("PB/mh/77", "REFERENCE_NUMBER"), ("10598834", "HOSPITAL_NUMBER"),
                     ("456 009 1273", "NHS_NUMBER"), ("Dr Pradeep Bhandari", "COLLEAGUE_NAME"), ("Dr Bhandari", "COLLEAGUE_NAME"),
                     ("Washwood Heath Medical Centre", "ADDRESS"), ("Oyinkansola", "PATIENT_NAME"), ("Kanso", "PATIENT_NAME"),
                     ("ADEWUYI", "PATIENT_NAME"), ("Flat 9, Alum Rock Court, 301 Alum Rock Road, Birmingham", "ADDRESS"),
                     ("B8 3BT", "POSTCODE"), ("Mrs Folake Adewuyi", "RELATIVE_NAME"), ("Mrs Titilayo Ogundipe", "RELATIVE_NAME"),
                     ("Dr Ruth Amsel", "COLLEAGUE_NAME")],
                ["04/12/2003", "21 year old", "PANSS total 74", "aripiprazole 15 mg", "10 March 2025"])
    r2 = Raster(p2, [("O. ADEWUYI", "PATIENT_NAME"), ("10598834", "HOSPITAL_NUMBER"), ("Mr Hassan Mahmood", "COLLEAGUE_NAME"),
                     ("0121 496 0384", "PHONE")],
                ["Dr Tomasz Zieliński", "Dr Margaret Ashdown-Reyes", "BMI 23.1", "HbA1c 36", "prolactin 210 mIU/L", "aripiprazole 15 mg"])
    for r, a in ((r1, -0.8), (r2, 1.1)):
        r.rotate(a)
        r.scanify(noise=9, blur=0.5)
    save_raster_doc("h10-085", "h10-085-scanned-letter.tiff", "tiff", "scanned_letter_multipage", "Dr Tomasz Zieliński", [r1, r2],
                    compression="tiff_deflate", dpi=(150, 150))


# h10-087  teaching slide with a chest X-ray carrying burned-in patient details (PNG)
def d087():
    p = Page(1600, 900, (250, 250, 252))
    p.d.rectangle([0, 0, 1600, 110], fill=(0, 94, 184))
    p.text(40, 28, "Tension pneumothorax - recognise and decompress", F("sansb", 44), fill=(255, 255, 255))
    xr = Image.new("L", (620, 700), 10)
    xd = ImageDraw.Draw(xr)
    xd.ellipse([60, 120, 290, 640], fill=70); xd.ellipse([330, 120, 560, 640], fill=25)
    xd.rectangle([285, 60, 335, 680], fill=160); xd.ellipse([240, 380, 420, 600], fill=150)
    for k in range(8):
        xd.arc([40, 100 + 55 * k, 580, 300 + 55 * k], 200, 340, fill=120, width=6)
    xr = xr.filter(ImageFilter.GaussianBlur(4)).convert("RGB")
    p.img.paste(xr, (60, 150))
    p.photos.append(([60, 150, 680, 850], "chest X-ray with burned-in patient details"))
    p.text(72, 160, "DUNMORE, ALAN", F("mono", 22), fill=(235, 235, 235))
    p.text(72, 188, "ID: 7730192  12/03/2024 04:12", F("mono", 22), fill=(235, 235, 235))
    p.text(560, 160, "R", F("monob", 30), fill=(235, 235, 235))
    p.text(72, 815, "GLENFIELD HOSP  AP SUPINE", F("mono", 20), fill=(235, 235, 235))
    p.lines(740, 170, """- Hyperlucent left hemithorax, absent lung markings
- Mediastinal shift to the right, depressed hemidiaphragm
- Clinical diagnosis: do NOT wait for the X-ray
- Needle decompression 2nd ICS MCL or 4th/5th ICS
  anterior to mid-axillary line (ATLS 10th ed.)
- Then finger thoracostomy / chest drain""", F("sans", 28), lh=1.6)
    p.text(740, 790, "Dr Ana-Maria Popescu - FY teaching, March 2025", F("sans", 22), fill=(90, 90, 90))
    r = Raster(p, [("DUNMORE, ALAN", "PATIENT_NAME"), ("7730192", "HOSPITAL_NUMBER")],
               ["Dr Ana-Maria Popescu", "Tension pneumothorax", "ATLS 10th ed.", "GLENFIELD HOSP", "12/03/2024 04:12"])
    save_raster_doc("h10-087", "h10-087-teaching-slide.png", "png", "teaching_slide_xray", "Dr Ana-Maria Popescu", [r])


# h10-089  coroner statement, 2 scanned pages (image-only PDF), noisier
def d089():
    p1 = letter_page("STATEMENT FOR HM ASSISTANT CORONER, INNER SOUTH LONDON", """Coroner's ref: ISL/2025/0412            Trust legal ref: GSTT-LS-25-0188
Inquest touching the death of: Olamide Ayotunde FASHANU (born 08/02/1969)

Statement of Dr Adaeze Okonkwo, ST5 Emergency Medicine, St Thomas' Hospital

1. On 03/01/2025 at 19:40 I assessed Mr Fashanu in Majors (ED number
G7990412). He had central chest pain radiating to his back for 2 hours.
BP was 182/96 in the right arm and 138/80 in the left.
2. I requested a CT aortogram at 19:58, which showed a Stanford type A
dissection. I referred him to the cardiothoracic registrar at 20:25
(Mr Lars Eriksen-Moyo), and labetalol infusion was started.""")
    p2 = letter_page("Statement of Dr A. Okonkwo - page 2", """3. Mr Fashanu was transferred to theatre at 21:50 but arrested on induction
and could not be resuscitated. I spoke to his wife, Mrs Bisola Fashanu,
and his son Tobiloba at 23:30 with the chaplain present.
4. The emergency department consultant on duty was Dr Gideon Achterberg.

I believe that the facts stated in this statement are true.
Signed: A. Okonkwo                      Date: 28/02/2025
Contact: ED legal liaison, 020 7946 0922""")
    r1 = Raster(p1, [("ISL/2025/0412", "REFERENCE_NUMBER"), ("GSTT-LS-25-0188", "REFERENCE_NUMBER"),
                     ("Olamide Ayotunde FASHANU", "PATIENT_NAME"), ("Mr Fashanu", "PATIENT_NAME"), ("G7990412", "HOSPITAL_NUMBER"),
                     ("Mr Lars Eriksen-Moyo", "COLLEAGUE_NAME")],
                ["Dr Adaeze Okonkwo", "St Thomas' Hospital", "08/02/1969", "Stanford type A", "BP was 182/96"])
    r2 = Raster(p2, [("Mr Fashanu", "PATIENT_NAME"), ("Mrs Bisola Fashanu", "RELATIVE_NAME"), ("Tobiloba", "RELATIVE_NAME"),
                     ("Dr Gideon Achterberg", "COLLEAGUE_NAME"), ("020 7946 0922", "PHONE")],
                ["Dr A. Okonkwo", "A. Okonkwo", "28/02/2025"])
    for r, a in ((r1, 1.8), (r2, -1.2)):
        r.rotate(a)
        r.scanify(noise=20, blur=0.9, speckle=0.0015, contrast=0.85)
    save_raster_doc("h10-089", "h10-089-coroner-statement.pdf", "pdf", "coroner_statement_scanned", "Dr Adaeze Okonkwo", [r1, r2])


# h10-090  phone photo of a drug chart with an addressograph label, upside down and tilted (JPEG)
def d090():
    p = Page(1500, 1100)
    p.img.paste(photo_bg(1500, 1100, (190, 180, 160), 10), (0, 0))
    p.d.rectangle([60, 60, 1440, 1040], fill=(252, 250, 240))
    p.text(90, 80, "INPATIENT PRESCRIPTION & ADMINISTRATION RECORD   York Hospital", F("lsansb", 30), fill=(160, 20, 20))
    p.d.rectangle([900, 140, 1420, 420], fill=(255, 255, 255), outline=(120, 120, 120))
    y = p.text(915, 150, "HIGGINBOTTOM, Arthur", F("lsansb", 30))
    y = p.text(915, y, "DOB 14/06/1933   M", F("lsans", 26))
    y = p.text(915, y, "NHS 602 338 1147", F("lsans", 26))
    y = p.text(915, y, "Unit No YO5519023", F("lsans", 26))
    y = p.text(915, y, "The Old Forge, Stamford Bridge", F("lsans", 24))
    p.code128("YO5519023", 930, y + 6, h=60)
    rows = [("Drug", "Dose", "Route", "Freq", "Prescriber"),
            ("Apixaban", "2.5 mg", "PO", "BD", "Dr K O-A"),
            ("Furosemide", "40 mg", "IV", "BD", "Dr P. Lindgren"),
            ("Paracetamol", "1 g", "PO", "QDS", "Dr K O-A"),
            ("Co-careldopa 25/100", "1 tab", "PO", "08 12 16 20", "Dr P. Lindgren")]
    y = 460
    for row in rows:
        x = 100
        for cell, w in zip(row, (380, 180, 140, 240, 300)):
            p.text(x, y, cell, F("lsans", 28))
            x += w
        p.d.line([90, y + 48, 1400, y + 48], fill=(180, 180, 180), width=2)
        y += 80
    p.text(100, y + 20, "Weight 58 kg   Allergies: codeine (confusion)   Time-critical: Parkinson's disease meds", F("lsans", 26))
    r = Raster(p, [("HIGGINBOTTOM, Arthur", "PATIENT_NAME"), ("602 338 1147", "NHS_NUMBER"), ("YO5519023", "HOSPITAL_NUMBER"),
                   ("The Old Forge, Stamford Bridge", "ADDRESS"), ("Dr P. Lindgren", "COLLEAGUE_NAME")],
               ["DOB 14/06/1933", "York Hospital", "Dr K O-A", "Apixaban", "2.5 mg", "Co-careldopa 25/100", "Parkinson's disease", "Weight 58 kg"])
    r.rot180()
    r.rotate(-3, fill=(175, 165, 148))
    r.img = r.img.filter(ImageFilter.GaussianBlur(0.9))
    save_raster_doc("h10-090", "h10-090-drug-chart.jpg", "jpeg", "drug_chart_photo", "Dr Kwabena Owusu-Ansah", [r], quality=74)


# ----------------------------------------------------------------------------------------------------------
# text-layer PDFs (reportlab)
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.graphics.barcode import code128 as rlcode128
from reportlab.lib.utils import ImageReader

for nm, key in (("DV", "sans"), ("DVB", "sansb"), ("LS", "lsans"), ("LSB", "lsansb"), ("LSe", "lserif")):
    pdfmetrics.registerFont(TTFont(nm, FONTS[key]))


class PdfDoc:
    def __init__(self, path):
        self.c = rlcanvas.Canvas(path, pagesize=A4)
        self.W, self.H = A4
        self.pages = []      # per page: runs, codes
        self.new_page(first=True)

    def new_page(self, first=False):
        if not first:
            self.c.showPage()
        self.pages.append({"runs": [], "codes": []})

    def text(self, x, ytop, s, font="DV", size=10, lh=1.35):
        """ytop: distance from the top of the page to the text baseline (points)."""
        self.c.setFont(font, size)
        self.c.drawString(x, self.H - ytop, s)
        self.pages[-1]["runs"].append((s, x, ytop, font, size))
        return ytop + size * lh

    def lines(self, x, ytop, block, font="DV", size=10, lh=1.35):
        for ln in block.strip("\n").split("\n"):
            ytop = self.text(x, ytop, ln, font, size, lh)
        return ytop

    def code128(self, value, x, ytop, h=28, bw=0.9):
        b = rlcode128.Code128(value, barHeight=h, barWidth=bw, quiet=0)
        b.drawOn(self.c, x, self.H - ytop - h)
        self.pages[-1]["codes"].append(("Code128", value, [x, ytop, x + b.width, ytop + h]))

    def qr(self, value, x, ytop, size=70):
        q = qrcode.QRCode(border=0, box_size=10); q.add_data(value); q.make(fit=True)
        im = q.make_image(fill_color="black", back_color="white").convert("RGB")
        self.c.drawImage(ImageReader(im), x, self.H - ytop - size, size, size)
        self.pages[-1]["codes"].append(("QR", value, [x, ytop, x + size, ytop + size]))

    def find(self, pg, sub):
        out = []
        for s, x, ytop, font, size in self.pages[pg]["runs"]:
            i = s.find(sub)
            while i >= 0:
                x0 = x + pdfmetrics.stringWidth(s[:i], font, size)
                x1 = x0 + pdfmetrics.stringWidth(sub, font, size)
                asc, desc = pdfmetrics.getAscentDescent(font, size)
                out.append([x0 - 1, ytop - asc - 1, x1 + 1, ytop - desc + 1])
                i = s.find(sub, i + 1)
        return out

    def finish(self, id_, fname, kind, applicant, ids_per_page, keeps_per_page):
        self.c.save()
        ids, keeps, codes = [], [], []
        fr = lambda b: [round(b[0] / self.W, 4), round(b[1] / self.H, 4), round(b[2] / self.W, 4), round(b[3] / self.H, 4)]
        for pg in range(len(self.pages)):
            for s, t in ids_per_page[pg]:
                bs = self.find(pg, s); assert bs, (id_, pg, s)
                ids += [{"text": s, "type": t, "page": pg + 1, "box": fr(b)} for b in bs]
            for s in keeps_per_page[pg]:
                bs = self.find(pg, s); assert bs, (id_, pg, s)
                keeps += [{"text": s, "page": pg + 1, "box": fr(b)} for b in bs]
            for fmt, v, b in self.pages[pg]["codes"]:
                codes.append({"format": fmt, "value": v, "page": pg + 1, "box": fr(b)})
        record(id_, fname, "pdf", kind, applicant, len(self.pages), ids, keeps, codes, [])


# h10-076  digital discharge summary, 2 pages, Code 128 of the MRN in the header of each page
def d076():
    fname = "h10-076-discharge-summary.pdf"
    doc = PdfDoc(os.path.join(OUT, fname))
    def header(pg):
        doc.text(40, 40, "Bradford Teaching Hospitals NHS Foundation Trust - Electronic Discharge Summary", "DVB", 11)
        doc.text(40, 58, "MOHAMMED, Aaliyah Noor   MRN B2047781   NHS 634 290 1178   DOB 26/01/1998   F", "DV", 9.5)
        doc.code128("B2047781", 430, 66, h=26)
        doc.text(40, 76, "Page %d of 2" % pg, "DV", 8)
    header(1)
    y = doc.lines(40, 120, """Admission: 11/11/2024 via ED   Discharge: 15/11/2024   Ward 9 (Acute Medical Unit)
Responsible clinician: Dr Sana Mirza (Specialty Doctor, Acute Medicine)
GP: Dr Chinonso Eze-Holroyd, Manningham Medical Practice, 02 Lumb Lane, Bradford BD8 7QU

Diagnosis: Severe acute asthma (PEF 38% best, SpO2 91%), precipitated by viral URTI.
Treatment: salbutamol 5 mg nebulised back-to-back x3, ipratropium 500 micrograms,
prednisolone 40 mg od (5 days), magnesium sulfate 2 g IV over 20 min.
Peak flow on discharge 410 L/min (82% best). Inhaler technique checked.
Asthma control: ACT score 12 - step up to MART (Symbicort 200/6, 1 puff as needed + bd).""", "DV", 10, 1.45)
    doc.lines(40, y + 20, """Social: lives with her parents and younger brother Zayan at 61 Whetley Hill, Manningham
(BD8 8LT). Works as a teaching assistant. Non-smoker; father (Mr Tariq Mohammed)
smokes indoors - advised and referred to the smoking cessation service.""", "DV", 10, 1.45)
    doc.new_page()
    header(2)
    y = doc.lines(40, 120, """Follow-up: asthma nurse clinic in 4 weeks (Bradford Royal Infirmary) - contact
Sister Marianne Oduya on 01632 960 287. Personalised asthma action plan given.
Information given to patient and her mother, Mrs Rukhsana Mohammed.

Signed electronically: Dr Sana Mirza, 15/11/2024 16:02
Verified for portfolio: Dr Hugh Penrose-Atkins, Consultant Physician""", "DV", 10, 1.45)
    doc.finish("h10-076", fname, "discharge_summary_digital", "Dr Sana Mirza",
               [[("MOHAMMED, Aaliyah Noor", "PATIENT_NAME"), ("B2047781", "HOSPITAL_NUMBER"), ("634 290 1178", "NHS_NUMBER"),
                 ("Dr Chinonso Eze-Holroyd", "COLLEAGUE_NAME"), ("02 Lumb Lane, Bradford", "ADDRESS"), ("BD8 7QU", "POSTCODE"),
                 ("Manningham Medical Practice", "ADDRESS"), ("Zayan", "RELATIVE_NAME"), ("61 Whetley Hill, Manningham", "ADDRESS"),
                 ("BD8 8LT", "POSTCODE"), ("Mr Tariq Mohammed", "RELATIVE_NAME")],
                [("MOHAMMED, Aaliyah Noor", "PATIENT_NAME"), ("B2047781", "HOSPITAL_NUMBER"), ("634 290 1178", "NHS_NUMBER"),
                 ("Sister Marianne Oduya", "COLLEAGUE_NAME"), ("01632 960 287", "PHONE"), ("Mrs Rukhsana Mohammed", "RELATIVE_NAME")]],
               [["DOB 26/01/1998", "Dr Sana Mirza", "Ward 9", "PEF 38% best", "salbutamol 5 mg", "ipratropium 500 micrograms",
                 "prednisolone 40 mg od", "magnesium sulfate 2 g IV", "Symbicort 200/6", "ACT score 12"],
                ["DOB 26/01/1998", "Dr Sana Mirza", "Dr Hugh Penrose-Atkins", "Bradford Royal Infirmary", "15/11/2024 16:02"]])


# h10-077  digital Mini-CEX form with no patient identifiers (keep strings only)
def d077():
    fname = "h10-077-mini-cex.pdf"
    doc = PdfDoc(os.path.join(OUT, fname))
    doc.text(40, 50, "Mini-CEX - Neurology (portfolio pathway evidence)", "DVB", 14)
    doc.lines(40, 90, """Doctor assessed: Dr Ifeoma Nnaji, Specialty Doctor in Neurology
Assessor: Dr Harold Brightwell-Ames, Consultant Neurologist, Queen's Medical Centre
Date: 07/11/2024      Setting: acute neurology ward referral (ED)
Case: 68M, sudden-onset right arm and face weakness 2 h, NIHSS 9; CT/CTA: left M2 occlusion.
Focus: assessment, thrombolysis/thrombectomy decision, communication.

History 6   Examination 6   Communication 5   Clinical judgement 6   Professionalism 6
Organisation 5   Overall: above expectations for independent practice

Strengths: precise NIHSS; fast decision for alteplase 0.9 mg/kg (door-to-needle 31 min) and
referral for mechanical thrombectomy; clear explanation to the patient's family.
Development: document the ABCD2 / secondary prevention plan at the time of referral.

Assessor signature: Dr Harold Brightwell-Ames (GMC 2987711)   Date: 07/11/2024""", "DV", 10.5, 1.5)
    doc.finish("h10-077", fname, "mini_cex_form", "Dr Ifeoma Nnaji", [[]],
               [["Dr Ifeoma Nnaji", "Dr Harold Brightwell-Ames", "GMC 2987711", "Queen's Medical Centre", "68M", "NIHSS 9",
                 "alteplase 0.9 mg/kg", "door-to-needle 31 min", "left M2 occlusion", "07/11/2024"]])


# h10-086  Datix incident report (digital PDF)
def d086():
    fname = "h10-086-datix.pdf"
    doc = PdfDoc(os.path.join(OUT, fname))
    doc.text(40, 50, "DATIX - Incident report (printed)", "LSB", 15)
    doc.lines(40, 85, """ID: 98412   Reference: DW-GGC-2024-98412   LFPSE ref: 4X2B-77QJ-9T3C
Date/time: 22/07/2024 03:15    Location: Queen Elizabeth University Hospital, Ward 4C (ENT)
Reporter: Miss Charlotte Okafor-Reid (ENT Specialty Doctor)
Patient: Mr Ruaridh Stewart-Innes   CHI 1108793356   Unit no G4412908X   DOB 11/08/1979   M

Description:
Post-thyroidectomy patient developed a neck haematoma with stridor at 03:05. The tracheostomy/
neck-opening kit was not at the bedside (it had been taken to Ward 4A). The ward nurse, Staff
Nurse Iwona Grabowska, escalated promptly. I opened the wound at the bedside (SCOOP technique)
and the anaesthetist, Dr Kenji Matsumoto, intubated with a videolaryngoscope. The patient
recovered fully after return to theatre. His partner, Mr Callum Reid, was informed at 04:00
on 07700 900 349.

Actions: bedside haematoma box for every post-thyroidectomy patient (DAS/BAETS 2014); daily
check signed by the nurse in charge. Shared at ENT governance 05/08/2024.
Handler: Ms Morag Lindsay (Patient Safety), ext 84412
Verified: Mr Alasdair Drummond, Consultant ENT Surgeon""", "LS", 10, 1.5)
    doc.finish("h10-086", fname, "datix_report_digital", "Miss Charlotte Okafor-Reid",
               [[("98412", "REFERENCE_NUMBER"), ("DW-GGC-2024-98412", "REFERENCE_NUMBER"), ("4X2B-77QJ-9T3C", "REFERENCE_NUMBER"),
                 ("Mr Ruaridh Stewart-Innes", "PATIENT_NAME"), ("1108793356", "NHS_NUMBER"), ("G4412908X", "HOSPITAL_NUMBER"),
                 ("Nurse Iwona Grabowska", "COLLEAGUE_NAME"), ("Dr Kenji Matsumoto", "COLLEAGUE_NAME"),
                 ("Mr Callum Reid", "RELATIVE_NAME"), ("07700 900 349", "PHONE"), ("Ms Morag Lindsay", "COLLEAGUE_NAME"),
                 ("ext 84412", "PHONE")]],
               [["Miss Charlotte Okafor-Reid", "Mr Alasdair Drummond", "Queen Elizabeth University Hospital", "Ward 4C",
                 "DOB 11/08/1979", "22/07/2024 03:15", "SCOOP", "DAS/BAETS 2014"]])


# h10-088  lab report (digital PDF) with a QR code linking to the results portal and a Code 128 specimen label
def d088():
    fname = "h10-088-lab-report.pdf"
    doc = PdfDoc(os.path.join(OUT, fname))
    doc.text(40, 50, "NHS Highland Laboratory Medicine - Raigmore Hospital - Cumulative report", "DVB", 12)
    doc.lines(40, 80, """Patient: BEATON, Hamish John     CHI 0603427719     Ward 7A
Specimen: 25:B0221:0047   collected 22/02/2025 01:10   received 01:31
Requesting clinician: Dr Oona Pettigrew (FY1)    Consultant: Dr Ewan MacAulay""", "DV", 10, 1.5)
    doc.code128("25B02210047", 40, 130, h=30)
    doc.qr("https://sci-gateway.nhsh.scot.nhs.uk/results?lab=25B02210047", 470, 70, 70)
    doc.lines(40, 190, """Test                 22/02 01:31    18/02 08:02    Ref range
Sodium               112 L          131 L          133-146 mmol/L
Potassium            3.9            4.1            3.5-5.3 mmol/L
Urea                 2.1 L          3.4            2.5-7.8 mmol/L
Serum osmolality     238 L          -              275-295 mOsm/kg
Urine sodium         62             -              mmol/L
Urine osmolality     510            -              mOsm/kg
TSH                  1.8            -              0.35-5.5 mU/L
Cortisol (09:00)     -              -              (requested)

Comment: consistent with SIADH (?citalopram). Phoned to Dr Oona Pettigrew 02:09 by L. Urquhart.
Results online: https://sci-gateway.nhsh.scot.nhs.uk/results?lab=25B02210047""", "DV", 9.5, 1.5)
    doc.finish("h10-088", fname, "lab_report_digital", "Dr Ewan MacAulay",
               [[("BEATON, Hamish John", "PATIENT_NAME"), ("0603427719", "NHS_NUMBER"), ("25:B0221:0047", "OTHER_ID"),
                 ("Dr Oona Pettigrew", "COLLEAGUE_NAME"), ("L. Urquhart", "COLLEAGUE_NAME"),
                 ("https://sci-gateway.nhsh.scot.nhs.uk/results?lab=25B02210047", "URL")]],
               [["Dr Ewan MacAulay", "Raigmore Hospital", "Ward 7A", "Sodium", "112 L", "238 L", "SIADH", "22/02/2025 01:10"]])


# ----------------------------------------------------------------------------------------------------------
# DOCX
import docx
from docx.shared import Pt


def docx_record(id_, fname, kind, applicant, d, ids, keeps):
    path = os.path.join(OUT, fname)
    d.save(path)
    record(id_, fname, "docx", kind, applicant, None, [{"text": s, "type": t} for s, t in ids], [{"text": s} for s in keeps])
    RECORDS[-1].pop("pages")
    RECORDS[-1].pop("photos")


def table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    return t


# h10-080  anaesthetic logbook export with a table
def d080():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Dr Mei-Ling Chau - Anaesthetic logbook (Lifelong Learning Platform export) - Royal Derby Hospital"
    d.add_heading("Anaesthetic logbook - obstetric and emergency cases, Q3 2024", 1)
    d.add_paragraph("Supervision codes: I = independent, S = supervised (consultant in theatre suite), T = teaching a trainee. "
                    "Verified by Dr Robert Atherstone, College Tutor, 30/09/2024.")
    table(d, [["Date", "Hosp no.", "Initials", "Age/Sex", "ASA", "Procedure", "Technique", "Sup.", "Notes"],
              ["02/07/2024", "DH3391045", "R.K.", "31F", "2E", "Cat 1 CS", "GA RSI (thiopental 5 mg/kg)", "I", "failed spinal top-up"],
              ["05/07/2024", "DH3399812", "A.N-O.", "78M", "4E", "Laparotomy", "GA RSI, art line", "I", "NELA risk 21%"],
              ["11/07/2024", "DH3402277", "Kaur S", "26F", "2", "Labour epidural", "Epidural L3/4", "T", "taught CT1 Dr Imogen Thackeray"],
              ["19/07/2024", "DH3407130", "J.McG.", "4M", "1E", "Appendicectomy", "GA, gas induction", "S", "paeds; mum (Shannon) present"],
              ["02/08/2024", "DH3411904", "T.B.", "92F", "3E", "Hemiarthroplasty", "Spinal + FIB", "I", "Nottingham Hip Fracture Score 6"],
              ["16/08/2024", "DH3392551", "E.S.", "68F", "3E", "Laparotomy", "GA, VL first-line", "I", "known difficult airway"]])
    d.add_paragraph("")
    d.add_paragraph("Case note (R.K., 02/07/2024): spinal top-up failed at 10 min; converted to GA at the request of the obstetrician, "
                    "Mr Yaw Darko-Mensah. Partner (Liam) asked to leave theatre. Datix filed for the delay in theatre availability (ref 2024-07-0112).")
    docx_record("h10-080", "h10-080-logbook.docx", "logbook_docx", "Dr Mei-Ling Chau", d,
                [("DH3391045", "HOSPITAL_NUMBER"), ("R.K.", "PATIENT_NAME"), ("DH3399812", "HOSPITAL_NUMBER"), ("A.N-O.", "PATIENT_NAME"),
                 ("DH3402277", "HOSPITAL_NUMBER"), ("Kaur S", "PATIENT_NAME"), ("Dr Imogen Thackeray", "COLLEAGUE_NAME"),
                 ("DH3407130", "HOSPITAL_NUMBER"), ("J.McG.", "PATIENT_NAME"), ("Shannon", "RELATIVE_NAME"), ("DH3411904", "HOSPITAL_NUMBER"),
                 ("T.B.", "PATIENT_NAME"), ("DH3392551", "HOSPITAL_NUMBER"), ("E.S.", "PATIENT_NAME"), ("Mr Yaw Darko-Mensah", "COLLEAGUE_NAME"),
                 ("Liam", "RELATIVE_NAME"), ("2024-07-0112", "REFERENCE_NUMBER")],
                ["Dr Mei-Ling Chau", "Dr Robert Atherstone", "Royal Derby Hospital", "31F", "78M", "thiopental 5 mg/kg", "NELA risk 21%",
                 "Nottingham Hip Fracture Score 6", "Epidural L3/4", "02/07/2024"])


# h10-081  lung cancer MDT outcomes with a table
def d081():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Lung Cancer MDT - Manchester Royal Infirmary / Wythenshawe - 19/03/2025"
    d.add_heading("Lung MDT outcome record", 1)
    d.add_paragraph("Radiology lead for this meeting: Dr Ana-Maria Popescu (presenting). Chair: Dr Nirmala Sivapalan, "
                    "respiratory physician. Minutes verified by Dr Richard Osei, Consultant Radiologist.")
    table(d, [["#", "Patient", "MRN / NHS", "Imaging (presented by AMP)", "Outcome"],
              ["1", "Mr Terence O'Driscoll, 71", "MR05528841 / 812 004 6637", "CT: 3.4 cm RUL spiculated mass, PET SUVmax 11, N0",
               "T2aN0M0 - VATS lobectomy (Mr Adeel Farooqui)"],
              ["2", "Mrs Gloria Nwankwo-Eze, 66", "MR05530192 / 433 671 2290", "CT: L hilar mass, mediastinal nodes 4L/7, adrenal 2.1 cm",
               "EBUS + adrenal biopsy; CNS to call daughter Chioma 07700 900 731"],
              ["3", "\"Stan\" Stanisław Kubiak, 83", "MR05501177", "CT: 9 mm RLL part-solid nodule, Brock 14%",
               "CT surveillance 3 months; Fleischner/BTS guidance"],
              ["4", "Ms Saoirse Delaney-Hunt, 54", "MR05533405 / 729 550 1184", "CT: pleural thickening, effusion; asbestos exposure",
               "Pleural biopsy; industrial injuries advice (husband Graham)"]])
    d.add_paragraph("")
    d.add_paragraph("Action: Dr Popescu to re-review case 3 with the prior CT from Tameside (PACS image link ACC-TGH-2023-558120).")
    docx_record("h10-081", "h10-081-mdt-minutes.docx", "mdt_minutes_docx", "Dr Ana-Maria Popescu", d,
                [("Dr Nirmala Sivapalan", "COLLEAGUE_NAME"), ("Mr Terence O'Driscoll", "PATIENT_NAME"), ("MR05528841", "HOSPITAL_NUMBER"),
                 ("812 004 6637", "NHS_NUMBER"), ("Mr Adeel Farooqui", "COLLEAGUE_NAME"), ("Mrs Gloria Nwankwo-Eze", "PATIENT_NAME"),
                 ("MR05530192", "HOSPITAL_NUMBER"), ("433 671 2290", "NHS_NUMBER"), ("Chioma", "RELATIVE_NAME"), ("07700 900 731", "PHONE"),
                 ("Stan", "PATIENT_NAME"), ("Stanisław Kubiak", "PATIENT_NAME"), ("MR05501177", "HOSPITAL_NUMBER"),
                 ("Ms Saoirse Delaney-Hunt", "PATIENT_NAME"), ("MR05533405", "HOSPITAL_NUMBER"), ("729 550 1184", "NHS_NUMBER"),
                 ("Graham", "RELATIVE_NAME"), ("ACC-TGH-2023-558120", "OTHER_ID")],
                ["Dr Ana-Maria Popescu", "Dr Popescu", "AMP", "Dr Richard Osei", "Manchester Royal Infirmary", "T2aN0M0", "PET SUVmax 11",
                 "Brock 14%", "Fleischner", "19/03/2025"])


# h10-082  reflective note with no patient identifiers
def d082():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Dr Tomasz Zieliński - Reflective practice log - entry 14"
    d.add_heading("Reflection: a restraint I still think about", 1)
    d.add_paragraph("Date of event: October 2024. Setting: psychiatric intensive care unit, Birmingham and Solihull Mental Health NHS "
                    "Foundation Trust. Written: 11/11/2024.")
    d.add_paragraph("A young man in his twenties, detained under section 3 of the Mental Health Act 1983, needed rapid tranquillisation "
                    "after de-escalation failed. Following the NICE NG10 and the trust's policy, he received lorazepam 2 mg IM, then "
                    "haloperidol 5 mg IM with promethazine 50 mg IM. He was prone for under 3 minutes. Post-RT observations (NEWS2) were "
                    "done every 15 minutes for the first hour.")
    table(d, [["What went well", "What I would change"],
              ["Clear roles; team debrief within 24 h", "Offer oral medication earlier; involve an advocate sooner"],
              ["ECG before haloperidol was available", "Record the patient's own view at the debrief (Safewards)"]])
    d.add_paragraph("What I learned: restrictive practice is a failure of the system before it is a clinical decision. I have since "
                    "completed the Reducing Restrictive Practice module and now lead the weekly Safewards huddle.")
    d.add_paragraph("Discussed with and verified by my supervisor, Dr Margaret Ashdown-Reyes, Consultant Psychiatrist, 20/11/2024.")
    docx_record("h10-082", "h10-082-reflection.docx", "reflective_note_docx", "Dr Tomasz Zieliński", d, [],
                ["Dr Tomasz Zieliński", "Dr Margaret Ashdown-Reyes", "Mental Health Act 1983", "lorazepam 2 mg IM", "haloperidol 5 mg IM",
                 "promethazine 50 mg IM", "NICE NG10", "NEWS2", "Safewards", "11/11/2024"])


# ----------------------------------------------------------------------------------------------------------
if __name__ == "__main__":
    for f in (d071, d072, d073, d074, d075, d076, d077, d078, d079, d080, d081, d082, d083, d084, d085, d086, d087, d088, d089, d090):
        f()
    RECORDS.sort(key=lambda r: r["id"])
    with open(os.path.join(SET, "files.jsonl"), "w") as fh:
        for r in RECORDS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(RECORDS), "file documents")
