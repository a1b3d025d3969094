"""Render the 13 file documents of set s48-holdout into ../files and write ../files.jsonl.

Every string is typed by hand below; boxes come from the drawing coordinates used to place each
string (PIL textbbox for images, font ascent/descent + stringWidth for PDFs) and, for barcodes, from
the dark-pixel bounds of the rendered symbol.  Run with /work/main/.venv/bin/python.
"""
import io, json, math, os, random
from email.message import EmailMessage

from PIL import Image, ImageDraw, ImageFont, ImageOps, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
import docx
import numpy as np
import zxingcpp
from docx.shared import Pt

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(SET, "files")
os.makedirs(FILES, exist_ok=True)
FD = "/usr/share/fonts/truetype/dejavu/"
random.seed(48)

A = "Dr Adaeze Okonkwo-Baptiste"; B = "Dr Farhan Qureshi"; C = "Dr Lakshmi Venkataraman"
Dk = "Dr Mariusz Kowalczyk"; E = "Dr Hoda El-Sayed"; F = "Dr Tomás Ferreira"
G = "Dr Nimali Gunawardena"; H = "Dr Omer Abdelrahman"

K = "K"  # tag for keep strings
PN, RN, CN, AD, PC, PH, EM, NHS, HN, REF, GMC, URL, OID = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME",
    "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER",
    "URL", "OTHER_ID")

for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
             ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))


def font(name, size):
    return ImageFont.truetype(FD + name, size)


def dark_bbox(im, thresh=128):
    g = im.convert("L").point(lambda v: 255 if v < thresh else 0)
    return g.getbbox()


def symbol_image(kind, value, scale):
    """Render a Code128 or QR symbol (with quiet zones) with the zxing-cpp writer, as an RGB PIL image."""
    fmt = zxingcpp.BarcodeFormat.Code128 if kind == "Code128" else zxingcpp.BarcodeFormat.QRCode
    b = zxingcpp.create_barcode(value, fmt)
    return Image.fromarray(np.array(zxingcpp.write_barcode_to_image(b, scale=scale, add_quiet_zones=True))).convert("RGB")


RECORDS = []


def frac(box, W, H):
    x0, y0, x1, y1 = box
    r = lambda v: round(min(1.0, max(0.0, v)), 4)
    return [r(x0 / W), r(y0 / H), r(x1 / W), r(y1 / H)]


# ------------------------------------------------------------------ raster pages
class Page:
    def __init__(self, w, h, bg="white"):
        self.W, self.H = w, h
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.ids, self.keep, self.codes, self.photos = [], [], [], []

    def line(self, x, y, segs, f, fill=(25, 25, 25)):
        for t, tag in segs:
            self.d.text((x, y), t, font=f, fill=fill)
            bb = self.d.textbbox((x, y), t, font=f)
            bb = (bb[0] - 1, bb[1] - 1, bb[2] + 1, bb[3] + 1)
            if tag == K:
                self.keep.append([t, bb])
            elif tag:
                self.ids.append([t, tag, bb])
            x += self.d.textlength(t, font=f)
        return x

    def code(self, kind, value, x, y, px):
        """px = pixels per module (integer) for Code128; QR uses 3*px-per-module-ish scaling."""
        im = symbol_image(kind, value, px)
        self.im.paste(im, (x, y))
        bb = dark_bbox(im)
        self.codes.append([kind, value, (x + bb[0] - 1, y + bb[1] - 1, x + bb[2] + 1, y + bb[3] + 1)])
        return im.size

    def photo(self, box, what):
        """A stand-in 'photograph' (head-and-shoulders silhouette), drawn on its own tile so it stays inside box."""
        x0, y0, x1, y1 = box
        w, h = x1 - x0, y1 - y0
        tile = Image.new("RGB", (w, h), (176, 168, 160)); td = ImageDraw.Draw(tile)
        td.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.55), fill=(120, 96, 80))
        td.pieslice((w * 0.1, h * 0.6, w * 0.9, h * 1.5), 180, 360, fill=(60, 70, 110))
        td.rectangle((0, 0, w - 1, h - 1), outline=(90, 90, 90), width=2)
        self.im.paste(tile, (x0, y0))
        self.photos.append([box, what])

    def finish(self, angle=0.0, noise=0, blur=0.0, bg=(255, 255, 255)):
        if angle:
            W, H = self.W, self.H
            self.im = self.im.rotate(angle, resample=Image.BICUBIC, fillcolor=bg)
            th = math.radians(angle); c, s = math.cos(th), math.sin(th)
            cx, cy = W / 2, H / 2

            def tr(b):
                pts = []
                for (px, py) in [(b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3])]:
                    dx, dy = px - cx, py - cy
                    pts.append((cx + dx * c + dy * s, cy - dx * s + dy * c))
                return (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))
            for r in self.keep: r[1] = tr(r[1])
            for r in self.ids: r[2] = tr(r[2])
            for r in self.codes: r[2] = tr(r[2])
            for r in self.photos: r[0] = tr(r[0])
        if blur:
            self.im = self.im.filter(ImageFilter.GaussianBlur(blur))
        if noise:
            n = Image.effect_noise((self.W, self.H), noise).convert("RGB")
            self.im = Image.blend(self.im, n, 0.06)

    def labels(self, page=1):
        W, H = self.W, self.H
        ids = [{"text": t, "type": ty, "page": page, "box": frac(b, W, H)} for t, ty, b in self.ids]
        keep = [{"text": t, "page": page, "box": frac(b, W, H)} for t, b in self.keep]
        codes = [{"format": k, "value": v, "page": page, "box": frac(b, W, H)} for k, v, b in self.codes]
        photos = [{"page": page, "box": frac(b, W, H), "what": w} for b, w in self.photos]
        return ids, keep, codes, photos


def record(id, name, fmt, kind, applicant, pages, ids, keep, codes=(), photos=()):
    RECORDS.append({"id": id, "file": "files/" + name, "format": fmt, "kind": kind, "applicant": applicant,
                    "pages": pages, "identifiers": ids, "keep": keep, "barcodes": list(codes), "photos": list(photos)})


def band_background(p, top, bottom, left, right, colour=(250, 250, 246)):
    # darker table top, soft shadow, then the band itself
    p.d.rounded_rectangle((left + 8, top + 10, right + 8, bottom + 10), radius=36, fill=(70, 78, 88))
    p.d.rounded_rectangle((left, top, right, bottom), radius=36, fill=colour, outline=(205, 205, 200), width=3)


# ------------------------------------------------------------------ s48-073 wristband (A)
def f073():
    p = Page(1500, 440, bg=(104, 116, 130))
    band_background(p, 50, 390, 30, 1470)
    fs, f, fb = font("DejaVuSans.ttf", 22), font("DejaVuSans.ttf", 27), font("DejaVuSans-Bold.ttf", 33)
    p.line(80, 76, [("Wexcombe General Hospital", K)], fs, fill=(0, 70, 140))
    p.line(80, 112, [("HARGREAVES, Doris May", PN)], fb)
    p.line(80, 165, [("DOB: ", None), ("14/02/1941", K), ("   ", None), ("Female", K)], f)
    p.line(80, 208, [("NHS No: ", None), ("401 223 7789", NHS)], f)
    p.line(80, 251, [("MRN: ", None), ("WGH0577130", HN)], f)
    p.line(80, 300, [("Brackenbury Ward", K), ("  adm ", None), ("03/03/2024", K)], fs)
    p.line(80, 338, [("ALLERGY: PENICILLIN", K)], font("DejaVuSans-Bold.ttf", 24), fill=(200, 20, 20))
    p.code("Code128", "WGH0577130", 860, 110, 3)
    p.finish(blur=0.5)
    p.im.save(os.path.join(FILES, "s48-073-wristband.png"), optimize=True)
    ids, keep, codes, photos = p.labels()
    record("s48-073", "s48-073-wristband.png", "png", "wristband_photo", A, 1, ids, keep, codes, photos)


# ------------------------------------------------------------------ s48-074 neonatal wristband (C)
def f074():
    p = Page(1500, 460, bg=(150, 132, 120))
    band_background(p, 40, 410, 30, 1470, colour=(232, 244, 255))
    fs, f, fb = font("DejaVuSans.ttf", 22), font("DejaVuSans.ttf", 26), font("DejaVuSans-Bold.ttf", 31)
    p.line(70, 62, [("Castlebridge Children's Hospital", K)], fs, fill=(0, 60, 120))
    p.line(70, 98, [("PENNINGTON, Baby Boy", PN)], fb)
    p.line(70, 148, [("Mother: ", None), ("Chloe Pennington", RN)], f)
    p.line(70, 190, [("Born: ", None), ("02/04/2024 07:12", K), ("  ", None), ("Male", K)], f)
    p.line(70, 232, [("Unit No: ", None), ("CCH 0104477", HN)], f)
    p.line(70, 274, [("NHS: ", None), ("612 049 9901", NHS)], f)
    p.line(70, 322, [("Neonatal Unit, cot 7", K), ("   BW ", None), ("2.64 kg", K)], fs)
    p.line(70, 360, [("Castlebridge University Hospitals NHS Trust", K)], font("DejaVuSans.ttf", 18))
    p.code("Code128", "CCH0104477", 760, 80, 3)
    p.code("QR", "6120499901", 1230, 215, 5)
    p.finish(blur=0.5)
    p.im.save(os.path.join(FILES, "s48-074-neonatal-wristband.png"), optimize=True)
    ids, keep, codes, photos = p.labels()
    record("s48-074", "s48-074-neonatal-wristband.png", "png", "wristband_photo", C, 1, ids, keep, codes, photos)


# ------------------------------------------------------------------ s48-075 addressograph sheet (B)
def f075():
    p = Page(1240, 1160, bg=(238, 238, 232))
    f, fb, fs = font("DejaVuSans.ttf", 24), font("DejaVuSans-Bold.ttf", 27), font("DejaVuSans.ttf", 19)
    for i in range(3):
        y = 40 + i * 370
        p.d.rounded_rectangle((40, y, 1200, y + 340), radius=14, fill="white", outline=(180, 180, 180), width=2)
        p.line(70, y + 22, [("MR ANTHONY JOHN BECKWITH", PN)], fb)
        p.line(70, y + 68, [("DOB ", None), ("09/10/1958", K), ("  (65y)  ", None), ("M", None)], f)
        p.line(70, y + 106, [("14 Larch Avenue", AD)], f)
        p.line(70, y + 144, [("Thornaby Vale", AD), ("  ", None), ("NM4 6RS", PC)], f)
        p.line(70, y + 182, [("NHS ", None), ("738 410 2296", NHS)], f)
        p.line(70, y + 220, [("MRN ", None), ("NRI-2251873", HN)], f)
        p.line(70, y + 268, [("Northmoor Royal Infirmary", K), ("  ", None), ("Ward 31", K)], fs)
        p.line(70, y + 298, [("Cons: ", None), ("Mr J. Aldous-Kemp", K)], fs)
        p.code("Code128", "NRI-2251873", 640, y + 110, 3)
    p.finish(blur=0.4)
    p.im.save(os.path.join(FILES, "s48-075-addressograph-sheet.png"), optimize=True)
    ids, keep, codes, photos = p.labels()
    record("s48-075", "s48-075-addressograph-sheet.png", "png", "addressograph_labels", B, 1, ids, keep, codes, photos)


# ------------------------------------------------------------------ s48-076 addressograph label NI (E)
def f076():
    p = Page(1300, 560, bg=(244, 242, 236))
    p.d.rounded_rectangle((30, 30, 1270, 530), radius=16, fill="white", outline=(170, 170, 170), width=2)
    f, fb, fs = font("DejaVuSans.ttf", 26), font("DejaVuSans-Bold.ttf", 29), font("DejaVuSans.ttf", 20)
    p.line(60, 52, [("Belmont Lough Hospital", K)], fs, fill=(0, 80, 60))
    p.line(60, 88, [("MRS FIONNUALA O'HAGAN", PN)], fb)
    p.line(60, 138, [("DOB ", None), ("23/05/1987", K), ("   F", None)], f)
    p.line(60, 180, [("7 Lisnagarvey Crescent, Portlough", AD)], f)
    p.line(60, 222, [("BT62 1HW", PC)], f)
    p.line(60, 264, [("H&C ", None), ("329 884 1052", NHS)], f)
    p.line(60, 306, [("Hosp No ", None), ("BLH/356117", HN)], f)
    p.line(60, 360, [("Cons: ", None), ("Dr S. McAleer", K), ("   ", None), ("Ward 4B (Maternity)", K)], fs)
    p.line(60, 400, [("Southern Loughside Health and Social Care Trust", K)], fs)
    p.code("Code128", "BLH/356117", 640, 70, 3)
    p.code("QR", "3298841052", 1010, 270, 5)
    p.finish(blur=0.4)
    p.im.save(os.path.join(FILES, "s48-076-addressograph-label.png"), optimize=True)
    ids, keep, codes, photos = p.labels()
    record("s48-076", "s48-076-addressograph-label.png", "png", "addressograph_label", E, 1, ids, keep, codes, photos)


# ------------------------------------------------------------------ s48-077 JPEG photo of a sedation form (G)
def f077():
    W, H = 1240, 1650
    p = Page(W, H, bg=(247, 244, 236))
    ft, f, fb, fh = (font("DejaVuSans-Bold.ttf", 30), font("DejaVuSans.ttf", 23), font("DejaVuSans-Bold.ttf", 23),
                     font("DejaVuSerif-Italic.ttf", 26))
    hand = (20, 40, 120)
    p.line(60, 50, [("Kingsmere Hospital", K)], ft, fill=(0, 60, 120))
    p.line(60, 92, [("Emergency Department - Procedural Sedation Record", K)], fb)
    # addressograph sticker, top right
    p.d.rectangle((700, 150, 1190, 500), fill="white", outline=(150, 150, 150), width=2)
    fl = font("DejaVuSans.ttf", 21)
    p.line(720, 165, [("MR DARIUS FENTIMAN", PN)], font("DejaVuSans-Bold.ttf", 23))
    p.line(720, 200, [("DOB ", None), ("11/11/1982", K), ("  M", None)], fl)
    p.line(720, 232, [("NHS ", None), ("582 660 1143", NHS)], fl)
    p.line(720, 264, [("MRN ", None), ("K7751290", HN)], fl)
    p.line(720, 296, [("8 Gull Rise, Kingsmere", AD), (" ", None), ("KQ3 7BW", PC)], fl)
    p.code("Code128", "K7751290", 730, 340, 3)
    y = 540
    rows = [
        [("Date: ", None), ("18/05/2024", K), ("     Time: ", None), ("13:40", K)],
        [("Procedure: ", None), ("reduction of anterior dislocation R shoulder", K)],
        [("ASA grade: ", None), ("ASA 1", K), ("     Weight: ", None), ("85 kg", K), ("     Fasted: 4 h", None)],
        [("Drug 1: ", None), ("ketamine 1 mg/kg = 85 mg IV", K)],
        [("Drug 2: ", None), ("propofol 20 mg IV", K), (" (boluses x2)", None)],
        [("Monitoring: SpO2, ETCO2, NIBP q3min - lowest ", None), ("SpO2 94%", K)],
        [("Sedationist: ", None), ("Dr N. Gunawardena", K)],
        [("Procedurer: ", None), ("Dr Imran Siddiq", CN), (" (ST4)", None)],
        [("Nurse: ", None), ("Bola Adeyinka", CN)],
        [("Adverse events (SIVA): ", None), ("none", None)],
        [("Discharge criteria met at ", None), ("14:35", K), (" - to ", None), ("CDU bed 2", K)],
    ]
    for r in rows:
        p.d.line((60, y + 40, 1190, y + 40), fill=(190, 190, 190), width=1)
        p.line(60, y, r[:1], f)
        x = 60 + p.d.textlength(r[0][0], font=f)
        p.line(x, y - 2, r[1:], fh, fill=hand)
        y += 70
    p.line(60, y + 30, [("Verified for portfolio: ", None), ("Dr Callum Whitlock", K)], f)
    # lighting gradient to look like a phone photo
    grad = Image.linear_gradient("L").resize((W, H)).point(lambda v: int(v * 0.25))
    shade = Image.new("RGB", (W, H), (60, 50, 30))
    p.im = Image.composite(shade, p.im, grad)
    p.finish(angle=1.2, noise=40, blur=0.6, bg=(90, 80, 70))
    p.im.save(os.path.join(FILES, "s48-077-sedation-form-photo.jpg"), quality=85)
    ids, keep, codes, photos = p.labels()
    record("s48-077", "s48-077-sedation-form-photo.jpg", "jpeg", "form_photo", G, 1, ids, keep, codes, photos)


# ------------------------------------------------------------------ s48-078 image-only scanned PDF letter (F)
def f078():
    W, H = 1240, 1754  # A4 at 150 dpi
    p = Page(W, H, bg=(252, 252, 250))
    f, fb, fs = font("DejaVuSerif.ttf", 21), font("DejaVuSerif-Bold.ttf", 23), font("DejaVuSerif.ttf", 18)
    L = 110
    p.line(L, 90, [("Greywater Partnership NHS Foundation Trust", K)], fb)
    p.line(L, 124, [("Tamarind Lane Mental Health Unit", K), (" - Outpatient Department", None)], fs)
    p.line(L, 150, [("Switchboard ", None), ("01632 960614", PH)], fs)
    p.line(L, 215, [("Our ref: ", None), ("TF/OPD/4471", REF)], f)
    p.line(800, 215, [("15 January 2024", K)], f)
    p.line(L, 280, [("Dr Miriam Ashcroft-Leigh", CN)], f)
    p.line(L, 310, [("Hollybush Surgery, 22 Weaver Street, Greywater", AD)], f)
    p.line(L, 340, [("GW5 3RT", PC)], f)
    p.line(L, 405, [("Dear ", None), ("Dr Ashcroft-Leigh", CN)], f)
    p.line(L, 455, [("Re: ", None), ("Mr Callum Dervish-Oates", PN), (", DOB ", None), ("03/03/1990", K)], fb)
    p.line(L, 487, [("11 Mill Yard, Greywater", AD), (" ", None), ("GW6 2PQ", PC)], f)
    p.line(L, 517, [("NHS ", None), ("471 990 2264", NHS), ("    RiO ", None), ("1120934", HN)], f)
    body = [
        [("Diagnosis: ", None), ("generalised anxiety disorder (F41.1)", K), (" with panic attacks.", None)],
        [("GAD-7 ", None), ("18", None), (" today (", None), ("GAD-7 18", None), (")", None)],
    ]
    y = 580
    lines = [
        [("Diagnosis: ", None), ("generalised anxiety disorder (F41.1)", K), (" with panic attacks.", None)],
        [("Scores today: ", None), ("GAD-7 18", K), (", ", None), ("PHQ-9 11", K), (".", None)],
        [("I saw ", None), ("Mr Dervish-Oates", PN), (" with his partner, ", None), ("Ms Jade Whitfield", RN), (".", None)],
        [("He has had 6 sessions of CBT (IAPT step 3) with partial benefit.", None)],
        [("Plan: increase ", None), ("sertraline 50 mg to 100 mg", K), (" once daily; avoid", None)],
        [("benzodiazepines; ", None), ("propranolol", K), (" not advised (asthma). Review in ", None), ("8 weeks", K), (".", None)],
        [("Risk: no suicidal ideation; ", None), ("Columbia (C-SSRS)", K), (" screen negative.", None)],
    ]
    for r in lines:
        p.line(L, y, r, f)
        y += 36
    y += 40
    p.line(L, y, [("Yours sincerely", None)], f); y += 90
    p.line(L, y, [("Dr Tomás Ferreira", K)], fb); y += 32
    p.line(L, y, [("Specialty Doctor in General Adult Psychiatry, ", None), ("GMC 7703318", K)], f); y += 60
    p.line(L, y, [("cc: patient", None)], fs)
    p.line(L, 1640, [("Greywater Partnership NHS Foundation Trust", K), (" - page ", None), ("1 of 1", K)], fs)
    p.finish(angle=-0.7, noise=60, blur=0.7, bg=(250, 250, 248))
    p.im = p.im.convert("L")
    buf = io.BytesIO(); p.im.save(buf, "JPEG", quality=70); buf.seek(0)
    path = os.path.join(FILES, "s48-078-scanned-letter.pdf")
    c = rlcanvas.Canvas(path, pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage(); c.save()
    ids, keep, codes, photos = p.labels()
    record("s48-078", "s48-078-scanned-letter.pdf", "pdf", "scanned_clinic_letter_image_only", F, 1, ids, keep, codes, photos)


# ------------------------------------------------------------------ PDF with text layer helpers
class PdfDoc:
    def __init__(self, path):
        self.c = rlcanvas.Canvas(path, pagesize=A4)
        self.W, self.H = A4
        self.page = 1
        self.ids, self.keep, self.codes = [], [], []

    def box(self, x0, top, x1, bottom):
        return frac((x0, self.H - top, x1, self.H - bottom), self.W, self.H)

    def line(self, x, y, segs, fname="DV", size=10.5):
        asc, desc = pdfmetrics.getAscentDescent(fname, size)
        for t, tag in segs:
            self.c.setFont(fname, size)
            self.c.drawString(x, y, t)
            w = pdfmetrics.stringWidth(t, fname, size)
            b = self.box(x - 0.5, y + asc, x + w + 0.5, y + desc)
            if tag == K:
                self.keep.append({"text": t, "page": self.page, "box": b})
            elif tag:
                self.ids.append({"text": t, "type": tag, "page": self.page, "box": b})
            x += w

    def code(self, kind, value, x, y, module):
        """Draw the symbol as an image at (x, y) (bottom-left, points); module = points per module."""
        sc = 4
        im = symbol_image(kind, value, sc)
        w, h = im.size[0] * module / sc, im.size[1] * module / sc
        self.c.drawImage(ImageReader(im), x, y, width=w, height=h)
        bb = dark_bbox(im)
        k = module / sc
        x0, x1 = x + bb[0] * k - 1, x + bb[2] * k + 1
        top, bottom = y + h - bb[1] * k + 1, y + h - bb[3] * k - 1
        self.codes.append({"format": kind, "value": value, "page": self.page, "box": self.box(x0, top, x1, bottom)})

    def next_page(self):
        self.c.showPage(); self.page += 1

    def save(self):
        self.c.showPage(); self.c.save()


# ------------------------------------------------------------------ s48-079 digital letter with QR footer (H)
def f079():
    path = os.path.join(FILES, "s48-079-orthopaedic-letter.pdf")
    d = PdfDoc(path)
    L = 60
    d.line(L, 790, [("Ravenshaw University Hospitals NHS Foundation Trust", K)], "DVB", 13)
    d.line(L, 772, [("Ravenshaw General Hospital", K), (" - Elective Orthopaedics (Lower Limb)", None)], "DV", 10)
    d.line(L, 758, [("Appointments: ", None), ("01632 960471", PH), ("   Email: ", None),
                    ("ortho.bookings@ravenshaw-hospitals.example.nhs.uk", EM)], "DV", 9)
    d.line(L, 725, [("Our ref: ", None), ("OA/ELEC/31207", REF), ("        Your ref: ", None), ("LMC/OR/8842", REF)], "DV", 10)
    d.line(400, 710, [("Clinic date: ", None), ("20/05/2024", K)], "DV", 10)
    d.line(L, 690, [("Dr Tobias Greenhalgh-Ward", CN)], "DV", 10.5)
    d.line(L, 676, [("Lowmoor Medical Centre, 3 Tannery Lane, Ravenshaw", AD)], "DV", 10.5)
    d.line(L, 662, [("RV7 4JD", PC)], "DV", 10.5)
    d.line(L, 632, [("Re: ", None), ("Mrs Philippa Ngata-Burrows", PN), (", DOB ", None), ("19/09/1956", K),
                    (", ", None), ("female", K)], "DVB", 10.5)
    d.line(L, 618, [("NHS ", None), ("690 112 4538", NHS), ("   Hospital number ", None), ("RGH 4477102", HN)], "DV", 10.5)
    body = [
        [("Diagnosis: ", None), ("right hip osteoarthritis", K), (", ", None), ("Oxford Hip Score 14/48", K), (".", None)],
        [("X-ray: joint space loss with subchondral cysts (", None), ("Kellgren-Lawrence grade 4", K), (").", None)],
        [("BMI ", None), ("29.4", K), ("; ", None), ("HbA1c 48 mmol/mol", K), ("; on ", None), ("Eliquis (apixaban) 5 mg BD", K),
         (" for AF.", None)],
        [("Plan: listed for ", None), ("cemented right total hip arthroplasty", K), (" (", None), ("Exeter/Contemporary", K), (").", None)],
        [("Apixaban to be stopped 48 h pre-op per the trust's bridging guideline; no bridging required.", None)],
        [("She will attend pre-assessment with her husband, ", None), ("Mr Rangi Ngata-Burrows", RN), (".", None)],
        [("Consent discussed including dislocation (", None), ("1%", K), ("), infection (", None), ("1%", K),
         ("), VTE, leg-length difference.", None)],
    ]
    y = 588
    for r in body:
        d.line(L, y, r, "DV", 10.5); y -= 17
    y -= 20
    d.line(L, y, [("Yours sincerely", None)], "DV", 10.5); y -= 40
    d.line(L, y, [("Dr Omer Abdelrahman", K), (", Specialty Doctor, Trauma & Orthopaedics (", None),
                  ("GMC 7824690", K), (")", None)], "DV", 10.5); y -= 15
    d.line(L, y, [("on behalf of ", None), ("Mr Graham Pettigrew-Lowe", K), (", Consultant Orthopaedic Surgeon", None)], "DV", 10.5)
    # footer with QR to the patient portal
    d.c.setStrokeColorRGB(0.6, 0.6, 0.6); d.c.line(L, 120, 535, 120)
    d.line(L, 100, [("View this letter online: ", None),
                    ("https://myrecord.ravenshaw.example.org/letters/RGH4477102", URL)], "DV", 8.5)
    d.line(L, 86, [("Page ", None), ("1 of 1", K), ("  |  ", None), ("Ravenshaw General Hospital", K)], "DV", 8.5)
    d.code("QR", "https://myrecord.ravenshaw.example.org/letters/RGH4477102", 455, 30, 1.6)
    d.save()
    record("s48-079", "s48-079-orthopaedic-letter.pdf", "pdf", "clinic_letter_pdf_text_layer", H, 1, d.ids, d.keep, d.codes)


# ------------------------------------------------------------------ s48-080 multi-page ICU summary (Dk)
def f080():
    path = os.path.join(FILES, "s48-080-icu-summary-2pages.pdf")
    d = PdfDoc(path)
    L = 55

    def header(n):
        d.line(L, 800, [("GLEN ARDEN ROYAL HOSPITAL", K), (" - Critical Care - ward transfer summary", None)], "DVB", 11)
        d.line(L, 784, [("NHS Lanrig and Clyde", K)], "DV", 9)
        d.line(L, 764, [("Patient: ", None), ("MUNRO, Isla Catriona", PN), ("   CHI ", None), ("0908795521", NHS)], "DV", 10)
        d.line(L, 750, [("DOB ", None), ("09/08/1979", K), ("   ", None), ("Female", K), ("   Unit no ", None),
                        ("GAR-5120448", HN)], "DV", 10)
        d.code("Code128", "0908795521", 395, 742, 0.9)
        d.c.line(L, 735, 540, 735)
        d.line(L, 40, [("Printed by MKowalczyk  ", None), ("Page ", None), ("%d of 2" % n, K)], "DV", 8)

    header(1)
    y = 710
    p1 = [
        [("ICU admission ", None), ("21/02/2024", K), (" - discharge to ", None), ("Ward 8B", K), (" ", None), ("26/02/2024", K)],
        [("Diagnosis: ", None), ("necrotising pancreatitis", K), (" (gallstone), ", None), ("modified Glasgow score 4", K)],
        [("Peak ", None), ("CRP 398 mg/L", K), ("; ", None), ("lactate 5.1 mmol/L", K), (" on admission; ", None), ("APACHE II 17", K)],
        [("Organ support: ", None), ("noradrenaline 0.15 mcg/kg/min", K), (" for 40 h; HFNO; no RRT.", None)],
        [("CT day 4: ", None), ("30-50% pancreatic necrosis", K), (", no collection requiring drainage.", None)],
        [("Nutrition: ", None), ("NJ feeding", K), (" (Peptamen 1.5) at 60 mL/h - continue on ward.", None)],
        [("Analgesia: ", None), ("oxycodone PCA", K), (" converted to ", None), ("OxyContin 10 mg BD", K), (".", None)],
        [("Referred by ICU outreach nurse ", None), ("Lorna Baillie", CN), (" on ", None), ("21/02/2024", K), (".", None)],
    ]
    for r in p1:
        d.line(L, y, r, "DV", 10.5); y -= 18
    d.next_page()
    header(2)
    y = 710
    p2 = [
        [("Plan for ward team", None)],
        [("1. Daily lipase not needed; ", None), ("CRP twice weekly", K), (".", None)],
        [("2. Surgical review re interval ", None), ("laparoscopic cholecystectomy", K), (" (HPB team).", None)],
        [("3. ", None), ("enoxaparin 40 mg SC OD", K), (" - platelets ", None), ("212 x10^9/L", K), (".", None)],
        [("Next of kin: ", None), ("Mr Duncan Munro", RN), (" (husband), ", None), ("07700 900372", PH)],
        [("Family lives at ", None), ("Braeside, 5 Loch Road, Kilbrannan", AD), (" ", None), ("LK9 2FE", PC)],
        [("ICU follow-up clinic at 3 months (PICS screen).", None)],
        [("Discharging doctor: ", None), ("Dr Mariusz Kowalczyk", K), (" (", None), ("GMC 7290417", K), (")", None)],
        [("Consultant: ", None), ("Dr Euan Mackintosh-Reid", K)],
    ]
    for r in p2:
        d.line(L, y, r, "DV", 10.5); y -= 18
    d.save()
    record("s48-080", "s48-080-icu-summary-2pages.pdf", "pdf", "icu_transfer_summary_multipage", Dk, 2, d.ids, d.keep, d.codes)


# ------------------------------------------------------------------ s48-081 DOCX reflection (C)
def f081():
    doc = docx.Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Dr Lakshmi Venkataraman - Reflective log - Paediatrics (portfolio pathway)"
    sec.footer.paragraphs[0].text = "Baby Jenson Arkwright - CCH 0106603 - do not print"
    doc.add_heading("Reflection: neonatal hypoglycaemia on the postnatal ward", level=1)
    doc.add_paragraph("Date: 11/04/2024        Setting: Castlebridge Children's Hospital, postnatal ward (Swan Ward)")
    doc.add_paragraph(
        "I was asked to see Jenson, a 26-hour-old term baby (birth weight 2.31 kg, 2nd centile) whose mother, "
        "Kayleigh Arkwright, had gestational diabetes treated with metformin 500 mg BD. Pre-feed blood glucose "
        "was 1.4 mmol/L on two readings despite buccal dextrose gel 40% 200 mg/kg.")
    doc.add_paragraph(
        "Following the BAPM framework for neonatal hypoglycaemia (2017) I admitted him to the neonatal unit for "
        "IV 10% glucose at 60 mL/kg/day; glucose normalised within 3 hours. The midwife, Precious Nyathi, "
        "had escalated appropriately; the delay was in the availability of a cot on the neonatal unit (level 2).")
    doc.add_paragraph(
        "What I learnt: to start the 'TC' (transitional care) pathway earlier for small babies of diabetic mothers "
        "and to document the hypoglycaemia flowchart times. I discussed the case with Dr Rhiannon Pugh-Ellis "
        "(educational supervisor) on 18/04/2024, who verified this entry.")
    doc.add_paragraph("Family contact for follow-up: 07700 900935 (mother); home address 19 Cooper's Row, Castlebridge CX4 8NU.")
    path = os.path.join(FILES, "s48-081-reflection.docx")
    doc.save(path)
    ids = [("Baby Jenson Arkwright", PN), ("CCH 0106603", HN), ("Jenson", PN), ("Kayleigh Arkwright", RN),
           ("Precious Nyathi", CN), ("07700 900935", PH), ("19 Cooper's Row, Castlebridge", AD), ("CX4 8NU", PC)]
    keep = ["Dr Lakshmi Venkataraman", "11/04/2024", "Castlebridge Children's Hospital", "Swan Ward", "26-hour-old",
            "2.31 kg, 2nd centile", "metformin 500 mg BD", "1.4 mmol/L", "dextrose gel 40% 200 mg/kg",
            "BAPM framework for neonatal hypoglycaemia (2017)", "10% glucose at 60 mL/kg/day", "3 hours", "level 2",
            "Dr Rhiannon Pugh-Ellis", "18/04/2024"]
    record("s48-081", "s48-081-reflection.docx", "docx", "reflection_docx", C, 1,
           [{"text": t, "type": ty} for t, ty in ids], [{"text": t} for t in keep])


# ------------------------------------------------------------------ s48-082 DOCX with table (E)
def f082():
    doc = docx.Document()
    doc.add_heading("OASI (third/fourth-degree tear) repair audit - case list, Q4 2023", level=1)
    doc.add_paragraph("Belmont Lough Hospital, Southern Loughside Health and Social Care Trust. "
                      "Compiled by Dr Hoda El-Sayed; checked by Dr Siobhán McAleer (audit supervisor).")
    rows = [
        ("No.", "Woman", "H&C", "Date", "Degree", "Repaired by", "Antibiotics"),
        ("1", "Aoife Mc Guinness", "318 220 4417", "03/10/2023", "3b", "Dr Hoda El-Sayed", "cefuroxime 1.5 g + metronidazole 500 mg"),
        ("2", "Lauren Scullion", "327 019 6652", "19/10/2023", "3a", "Dr Piotr Nowacki", "co-amoxiclav 1.2 g IV"),
        ("3", "Jaswinder Kaur Sandhu", "341 556 7720", "07/11/2023", "3c", "Dr Hoda El-Sayed", "co-amoxiclav 1.2 g IV"),
        ("4", "Chidinma Okeke-Rafferty", "336 902 1183", "28/11/2023", "4", "Dr Siobhán McAleer", "cefuroxime 1.5 g + metronidazole 500 mg"),
        ("5", "Megan Thornbury", "352 447 0096", "14/12/2023", "3b", "Dr Conall Breslin", "co-amoxiclav 1.2 g IV"),
    ]
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    doc.add_paragraph("")
    doc.add_paragraph("Summary: 5 OASI among 468 vaginal births (1.1%). All repaired in theatre under regional "
                      "anaesthesia using the overlapping technique (3c/4) or end-to-end (3a/3b) per RCOG "
                      "Green-top Guideline No. 29. Lactulose and physiotherapy referral documented in 5/5; "
                      "follow-up in the perineal clinic at 12 weeks in 4/5.")
    path = os.path.join(FILES, "s48-082-oasi-case-table.docx")
    doc.save(path)
    ids = [("Aoife Mc Guinness", PN), ("318 220 4417", NHS), ("Lauren Scullion", PN), ("327 019 6652", NHS),
           ("Jaswinder Kaur Sandhu", PN), ("341 556 7720", NHS), ("Chidinma Okeke-Rafferty", PN), ("336 902 1183", NHS),
           ("Megan Thornbury", PN), ("352 447 0096", NHS), ("Dr Piotr Nowacki", CN), ("Dr Conall Breslin", CN)]
    keep = ["Belmont Lough Hospital", "Southern Loughside Health and Social Care Trust", "Dr Hoda El-Sayed",
            "Dr Siobhán McAleer", "03/10/2023", "19/10/2023", "07/11/2023", "28/11/2023", "14/12/2023", "3b", "3a", "3c",
            "cefuroxime 1.5 g + metronidazole 500 mg", "co-amoxiclav 1.2 g IV", "468 vaginal births (1.1%)",
            "RCOG Green-top Guideline No. 29", "5/5", "12 weeks", "4/5"]
    record("s48-082", "s48-082-oasi-case-table.docx", "docx", "audit_case_table_docx", E, 1,
           [{"text": t, "type": ty} for t, ty in ids], [{"text": t} for t in keep])


# ------------------------------------------------------------------ s48-083 e-mail (A)
def f083():
    m = EmailMessage()
    m["From"] = "Adaeze Okonkwo-Baptiste <adaeze.okonkwo-baptiste@wexcombe-harlow.example.nhs.uk>"
    m["To"] = "Community Frailty Team <frailty.hub@wexcombe-harlow.example.nhs.uk>"
    m["Cc"] = "Dr Philippa Strand <philippa.strand@wexcombe-harlow.example.nhs.uk>"
    m["Date"] = "Fri, 12 Jul 2024 15:22:40 +0100"
    m["Subject"] = "Virtual ward referral - Mr Ivor Penhallow, NHS 415 009 3321"
    m["Message-ID"] = "<20240712152240.7731@wexcombe-harlow.example.nhs.uk>"
    m.set_content(
        "Dear colleagues,\n\n"
        "Please accept Mr Ivor Penhallow (DOB 08/12/1937, hospital no. WGH0631188) onto the frailty virtual ward\n"
        "from Monday 15/07/2024. He lives with his wife, Marjorie, at 2 Quarry Cottages, Lower Harlow HV8 3PF\n"
        "(key safe code given to the team by phone; home 01632 960190).\n\n"
        "Summary: admitted 08/07/2024 with decompensated heart failure (NYHA III), NT-proBNP 4,210 ng/L.\n"
        "Furosemide 80 mg IV BD switched to bumetanide 2 mg OM on 11/07/2024; weight down 4.6 kg to 71.2 kg.\n"
        "K+ 4.1 mmol/L, creatinine 139 umol/L. Clinical Frailty Scale 6. Dapagliflozin 10 mg started.\n"
        "Please check daily weight and U&E on day 3; escalate if weight rises by 2 kg.\n\n"
        "Remote monitoring link for the family: https://virtualward.wexcombe.example.org/enrol/PNH-5521\n\n"
        "Many thanks,\n"
        "Adaeze\n"
        "Dr Adaeze Okonkwo-Baptiste | Specialty Doctor, Medicine for Older People | Wexcombe General Hospital\n")
    path = os.path.join(FILES, "s48-083-virtual-ward-referral.eml")
    with open(path, "wb") as fh:
        fh.write(bytes(m))
    ids = [("adaeze.okonkwo-baptiste@wexcombe-harlow.example.nhs.uk", EM), ("frailty.hub@wexcombe-harlow.example.nhs.uk", EM),
           ("philippa.strand@wexcombe-harlow.example.nhs.uk", EM), ("Mr Ivor Penhallow", PN), ("415 009 3321", NHS),
           ("WGH0631188", HN), ("Marjorie", RN), ("2 Quarry Cottages, Lower Harlow", AD), ("HV8 3PF", PC),
           ("01632 960190", PH), ("https://virtualward.wexcombe.example.org/enrol/PNH-5521", URL),
           ("<20240712152240.7731@wexcombe-harlow.example.nhs.uk>", OID)]
    keep = ["Adaeze Okonkwo-Baptiste", "Dr Philippa Strand", "08/12/1937", "15/07/2024", "08/07/2024", "NYHA III",
            "NT-proBNP 4,210 ng/L", "Furosemide 80 mg IV BD", "bumetanide 2 mg OM", "11/07/2024", "4.6 kg", "71.2 kg",
            "K+ 4.1 mmol/L", "creatinine 139 umol/L", "Clinical Frailty Scale 6", "Dapagliflozin 10 mg", "2 kg",
            "Dr Adaeze Okonkwo-Baptiste", "Wexcombe General Hospital"]
    record("s48-083", "s48-083-virtual-ward-referral.eml", "eml", "referral_email_eml", A, 1,
           [{"text": t, "type": ty} for t, ty in ids], [{"text": t} for t in keep])


# ------------------------------------------------------------------ s48-084 specimen label (Dk)
def f084():
    p = Page(1300, 520, bg=(212, 220, 214))
    p.d.rounded_rectangle((30, 30, 1270, 490), radius=12, fill="white", outline=(160, 160, 160), width=2)
    f, fb, fs = font("DejaVuSansMono.ttf", 25), font("DejaVuSansMono-Bold.ttf", 28), font("DejaVuSans.ttf", 19)
    p.line(60, 50, [("Glen Arden Royal Hospital", K), (" - Laboratory Medicine", None)], fs)
    p.line(60, 86, [("RAMSAY, Hector", PN)], fb)
    p.line(60, 132, [("CHI ", None), ("1207451189", NHS)], f)
    p.line(60, 172, [("DOB ", None), ("12/07/1945", K), (" M", None)], f)
    p.line(60, 212, [("LAB ", None), ("B240312-04571", OID)], fb)
    p.line(60, 260, [("EDTA - FBC", K), (" / ", None), ("SST - U&E, CRP", K)], f)
    p.line(60, 300, [("Coll ", None), ("12/03/2024 06:15", K)], f)
    p.line(60, 340, [("ICU bed 3", K), ("  Req: ", None), ("Dr M. Kowalczyk", K)], f)
    p.line(60, 400, [("NHS Lanrig and Clyde", K)], fs)
    p.code("Code128", "B240312-04571", 620, 80, 3)
    p.code("QR", "1207451189", 1060, 300, 5)
    p.finish(blur=0.4)
    p.im.save(os.path.join(FILES, "s48-084-specimen-label.png"), optimize=True)
    ids, keep, codes, photos = p.labels()
    record("s48-084", "s48-084-specimen-label.png", "png", "specimen_label", Dk, 1, ids, keep, codes, photos)


# ------------------------------------------------------------------ s48-085 TIFF drug chart front sheet with photo (F)
def f085():
    p = Page(1240, 900, bg=(255, 255, 255))
    f, fb, fs = font("DejaVuSans.ttf", 23), font("DejaVuSans-Bold.ttf", 26), font("DejaVuSans.ttf", 19)
    p.d.rectangle((30, 30, 1210, 870), outline=(0, 0, 0), width=3)
    p.line(60, 50, [("Greywater Partnership NHS Foundation Trust", K)], fb)
    p.line(60, 88, [("Inpatient Prescription and Administration Record - front sheet", None)], fs)
    p.line(60, 140, [("Ward: ", None), ("Linden Ward", K), ("   Chart 1 of 2", None)], f)
    p.line(60, 185, [("Name: ", None), ("OSEI-BRENNAN, Marcus", PN)], fb)
    p.line(60, 232, [("DOB: ", None), ("28/02/1995", K), ("   Sex: ", None), ("Male", K)], f)
    p.line(60, 274, [("RiO: ", None), ("1129905", HN), ("    NHS: ", None), ("936 205 4471", NHS)], f)
    p.line(60, 316, [("Legal status: ", None), ("section 2 Mental Health Act 1983", K)], f)
    p.line(60, 358, [("Allergies: ", None), ("NKDA", K), ("     Weight: ", None), ("74 kg", K), ("  (", None),
                     ("BMI 23.6", K), (")", None)], f)
    p.line(60, 400, [("Consultant: ", None), ("Dr H. Oyelaran-Price", K)], f)
    p.line(60, 442, [("Prescriber: ", None), ("Dr T. Ferreira", K), ("   ", None), ("GMC 7703318", K)], f)
    p.line(60, 500, [("Regular: ", None), ("olanzapine 10 mg nocte", K), (";  ", None), ("PRN: ", None),
                     ("lorazepam 1 mg PO max 4 mg/24 h", K)], f)
    p.line(60, 542, [("Rapid tranquillisation plan per ", None), ("NICE NG10", K)], f)
    p.photo((960, 130, 1180, 400), "patient photograph (on drug chart)")
    p.code("Code128", "1129905", 60, 620, 3)
    p.code("QR", "1129905", 560, 600, 5)
    p.line(800, 720, [("scanned ", None), ("22/08/2023", K)], fs)
    p.finish(angle=0.4, noise=12, blur=0.4)
    p.im = p.im.convert("L")
    p.im.save(os.path.join(FILES, "s48-085-drug-chart-front.tiff"), compression="tiff_adobe_deflate", dpi=(150, 150))
    ids, keep, codes, photos = p.labels()
    record("s48-085", "s48-085-drug-chart-front.tiff", "tiff", "drug_chart_scan_with_photo", F, 1, ids, keep, codes, photos)


if __name__ == "__main__":
    for fn in [f073, f074, f075, f076, f077, f078, f079, f080, f081, f082, f083, f084, f085]:
        fn()
    with open(os.path.join(SET, "files.jsonl"), "w", encoding="utf-8") as fh:
        for r in RECORDS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(RECORDS), "file records")
