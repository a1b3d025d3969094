#!/usr/bin/env python
"""Render files/ for the s34-holdout set and write files.jsonl.

Run with /work/main/.venv/bin/python make_files.py
Barcodes and QR codes are drawn with zxingcpp.create_barcode (the qrcode and python-barcode packages are not
installed in this venv); every one is decoded back with zxingcpp from the final file.
Boxes are measured from the glyphs actually drawn (PIL textbbox / reportlab stringWidth + font ascent/descent),
then carried through the small rotation applied to photographed and scanned pages.
"""
import io, json, math, os, random, email.utils
from email.message import EmailMessage

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
random.seed(34)

FD = "/usr/share/fonts/truetype/"
def F(name, size):
    paths = {"sans": "dejavu/DejaVuSans.ttf", "sansb": "dejavu/DejaVuSans-Bold.ttf",
             "mono": "dejavu/DejaVuSansMono.ttf", "serif": "dejavu/DejaVuSerif.ttf",
             "serifb": "dejavu/DejaVuSerif-Bold.ttf", "lib": "liberation/LiberationSans-Regular.ttf",
             "libb": "liberation/LiberationSans-Bold.ttf", "narrow": "liberation/LiberationSansNarrow-Regular.ttf"}
    return ImageFont.truetype(FD + paths[name], size)


def make_code(value, fmt, scale):
    bc = zxingcpp.create_barcode(value, fmt)
    img = Image.fromarray(np.array(bc.to_image(scale=scale))).convert("RGB")
    return img


class Page:
    """A raster page; records pixel boxes of labelled substrings and barcodes."""
    def __init__(self, w, h, bg="white"):
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.items = []      # (kind, text, type, (x0,y0,x1,y1)) kind in id/keep
        self.codes = []      # (format, value, box)
        self.photos = []     # (box, what)

    def line(self, x, y, text, font, ids=(), keeps=(), fill="black"):
        self.d.text((x, y), text, font=font, fill=fill)
        for kind, lst in (("id", ids), ("keep", keeps)):
            for entry in lst:
                if isinstance(entry, tuple):
                    sub, ty = entry
                else:
                    sub, ty = entry, None
                start = 0
                k = text.find(sub, start)
                if k < 0:
                    raise ValueError(f"{sub!r} not in {text!r}")
                while k >= 0:
                    px = x + font.getlength(text[:k])
                    bb = self.d.textbbox((px, y), sub, font=font)
                    self.items.append((kind, sub, ty, bb))
                    k = text.find(sub, k + len(sub))
        return y

    def code(self, value, fmt, x, y, scale, label):
        img = make_code(value, fmt, scale)
        self.im.paste(img, (x, y))
        self.codes.append((label, value, (x, y, x + img.width, y + img.height)))
        return img.size


def rotate_page(page, angle, bg):
    """Rotate the page image by angle (degrees, counter-clockwise) about its centre and map every box."""
    W, H = page.im.size
    cx, cy = W / 2, H / 2
    page.im = page.im.rotate(angle, resample=Image.BICUBIC, expand=False, center=(cx, cy), fillcolor=bg)
    t = math.radians(angle)
    def mp(x, y):
        dx, dy = x - cx, y - cy
        return cx + dx * math.cos(t) + dy * math.sin(t), cy - dx * math.sin(t) + dy * math.cos(t)
    def mb(b):
        pts = [mp(b[0], b[1]), mp(b[2], b[1]), mp(b[0], b[3]), mp(b[2], b[3])]
        xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
        return (min(xs), min(ys), max(xs), max(ys))
    page.items = [(k, s, ty, mb(b)) for k, s, ty, b in page.items]
    page.codes = [(f, v, mb(b)) for f, v, b in page.codes]
    page.photos = [(mb(b), w) for b, w in page.photos]


def self_test_rotation():
    im = Image.new("L", (400, 300), 255)
    im.putpixel((300, 60), 0)
    p = Page(400, 300); p.im = im.convert("RGB"); p.items = [("id", "x", None, (300, 60, 301, 61))]
    rotate_page(p, 5, "white")
    a = np.array(p.im.convert("L"))
    ys, xs = np.where(a < 200)
    b = p.items[0][3]
    assert abs(xs.mean() - (b[0] + b[2]) / 2) < 2 and abs(ys.mean() - (b[1] + b[3]) / 2) < 2, (xs.mean(), ys.mean(), b)


def frac(b, W, H, pad=2):
    return [round(max(0, (b[0] - pad) / W), 4), round(max(0, (b[1] - pad) / H), 4),
            round(min(1, (b[2] + pad) / W), 4), round(min(1, (b[3] + pad) / H), 4)]


def check_overlaps(p):
    boxes = [("text " + s, b) for _, s, _, b in p.items] + [("code " + v, b) for _, v, b in p.codes]
    boxes += [("photo", b) for b, _ in p.photos]
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            (n1, a), (n2, b) = boxes[i], boxes[j]
            if n1.startswith("text") and n2.startswith("text"):
                continue
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                raise AssertionError(f"overlap {n1} {a} / {n2} {b}")
    W, H = p.im.size
    for n, b in boxes:
        assert 0 <= b[0] and 0 <= b[1] and b[2] <= W and b[3] <= H, (n, b, W, H)


def labels_from_pages(pages):
    for p in pages:
        check_overlaps(p)
    ids, keeps, codes, photos = [], [], [], []
    for pn, p in enumerate(pages, 1):
        W, H = p.im.size
        for kind, s, ty, b in p.items:
            if kind == "id":
                ids.append({"text": s, "type": ty, "page": pn, "box": frac(b, W, H)})
            else:
                keeps.append({"text": s, "page": pn, "box": frac(b, W, H)})
        for f, v, b in p.codes:
            codes.append({"format": f, "value": v, "page": pn, "box": frac(b, W, H, pad=0)})
        for b, w in p.photos:
            photos.append({"page": pn, "box": frac(b, W, H, pad=0), "what": w})
    return ids, keeps, codes, photos


def scan_effects(im, blur=0.7, noise=6):
    im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.array(im).astype(np.int16)
    a += np.random.RandomState(34).randint(-noise, noise + 1, a.shape, dtype=np.int16)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


RECORDS = []
C128, QR = zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.QRCode

# ---------------------------------------------------------------- s34-073 wristband PNG
def wristband():
    p = Page(1500, 380, bg=(226, 236, 246))
    p.d.rounded_rectangle((20, 20, 1480, 360), radius=40, fill="white", outline=(120, 150, 190), width=4)
    p.line(70, 50, "ADEWALE-HUGHES, Temperance", F("sansb", 40), ids=[("ADEWALE-HUGHES, Temperance", "PATIENT_NAME")])
    p.line(70, 112, "DOB: 14/09/1961   Sex: F", F("sans", 30), keeps=["DOB: 14/09/1961", "Sex: F"])
    p.line(70, 160, "Hosp No: WX8830147", F("sans", 30), ids=[("WX8830147", "HOSPITAL_NUMBER")])
    p.line(70, 208, "NHS No: 739 551 2086", F("sans", 30), ids=[("739 551 2086", "NHS_NUMBER")])
    p.line(70, 256, "Ward 6 (Acute Stroke)  Kingsbridge Royal Infirmary", F("sans", 26),
           keeps=["Ward 6 (Acute Stroke)", "Kingsbridge Royal Infirmary"])
    p.line(70, 300, "ALLERGY: PENICILLIN (anaphylaxis)", F("sansb", 24), fill=(190, 0, 0), keeps=["ALLERGY: PENICILLIN"])
    p.code("WX8830147", C128, 880, 70, 2, "Code128")
    p.code("WX8830147|7395512086|ADEWALE-HUGHES^TEMPERANCE", QR, 1210, 50, 5, "QRCode")
    fn = "files/s34-073-wristband.png"
    p.im.save(os.path.join(HERE, fn))
    ids, keeps, codes, photos = labels_from_pages([p])
    RECORDS.append({"id": "s34-073", "file": fn, "format": "png", "kind": "wristband_photo",
                    "applicant": "Dr Niamh Costigan", "pages": 1, "identifiers": ids, "keep": keeps,
                    "barcodes": codes, "photos": photos})

# ---------------------------------------------------------------- s34-074 addressograph sheet JPEG
def addressograph():
    p = Page(1240, 900, bg=(250, 250, 246))
    p.line(40, 25, "Patient labels - sheet 3 of 5 (printed 12/05/2025 09:14)", F("lib", 22))
    for i, y0 in enumerate((80, 480)):
        p.d.rectangle((30, y0, 1210, y0 + 370), outline=(170, 170, 170), width=2)
        p.line(60, y0 + 20, "MR FAISAL BIN-HAMDAN", F("libb", 36), ids=[("MR FAISAL BIN-HAMDAN", "PATIENT_NAME")])
        p.line(60, y0 + 72, "DOB 07/03/1979   M", F("lib", 28), keeps=["DOB 07/03/1979"])
        p.line(60, y0 + 114, "MRN: RL4471190", F("lib", 28), ids=[("RL4471190", "HOSPITAL_NUMBER")])
        p.line(60, y0 + 156, "NHS: 550 776 2214", F("lib", 28), ids=[("550 776 2214", "NHS_NUMBER")])
        p.line(60, y0 + 198, "14 Cranbrook Road, Ilford IG1 4PU", F("lib", 28),
               ids=[("14 Cranbrook Road, Ilford", "ADDRESS"), ("IG1 4PU", "POSTCODE")])
        p.line(60, y0 + 240, "GP: Dr S. Mistry, Valentines Practice", F("lib", 26),
               ids=[("Dr S. Mistry", "COLLEAGUE_NAME"), ("Valentines Practice", "ADDRESS")])
        p.line(60, y0 + 290, "Cons: Dr T. Wiśniewski   Ward 30", F("lib", 26), keeps=["Dr T. Wiśniewski", "Ward 30"])
        p.code("RL4471190", C128, 640, y0 + 25, 3, "Code128")
        p.code("NHS:5507762214", QR, 1010, y0 + 188, 6, "QRCode")
    fn = "files/s34-074-addressograph.jpg"
    p.im.save(os.path.join(HERE, fn), quality=92)
    ids, keeps, codes, photos = labels_from_pages([p])
    RECORDS.append({"id": "s34-074", "file": fn, "format": "jpeg", "kind": "addressograph_labels",
                    "applicant": "Dr Tomasz Wiśniewski", "pages": 1, "identifiers": ids, "keep": keeps,
                    "barcodes": codes, "photos": photos})

# ---------------------------------------------------------------- s34-075 photographed NEWS2 chart JPEG
def photographed_form():
    p = Page(1600, 1200, bg=(252, 252, 248))
    f, fb, fm = F("sans", 26), F("sansb", 30), F("mono", 24)
    p.line(60, 40, "Kingsbridge Royal Infirmary - NEWS2 OBSERVATION CHART", fb, keeps=["Kingsbridge Royal Infirmary", "NEWS2"])
    p.line(60, 100, "Name: Rasheed OLUWOLE-JAMES", f, ids=[("Rasheed OLUWOLE-JAMES", "PATIENT_NAME")])
    p.line(60, 142, "Hosp no: KR2209174     DOB: 30/11/1947", f, ids=[("KR2209174", "HOSPITAL_NUMBER")], keeps=["DOB: 30/11/1947"])
    p.line(60, 184, "Ward 10  Bed 3     Consultant: Dr L. Quaye", f, keeps=["Ward 10  Bed 3", "Dr L. Quaye"])
    p.line(60, 250, "Time   RR  SpO2  O2    BP       HR   ACVPU  Temp  NEWS2", fm, keeps=["NEWS2"])
    rows = ["22:00  18  96%   Air   128/76   88   A      37.1  0",
            "00:00  22  94%   Air   112/70   104  A      38.2  4",
            "01:30  26  91%   2L    98/58    118  C      38.9  9",
            "02:00  28  92%   4L    94/54    122  C      39.0  10"]
    y = 292
    for r in rows:
        p.line(60, y, r, fm)
        y += 40
    p.line(60, 470, "01:35 Escalated to Dr Funmi Adebayo-Lewis (med SpR) - sepsis 6 started", f,
           ids=[("Dr Funmi Adebayo-Lewis", "COLLEAGUE_NAME")], keeps=["sepsis 6"])
    p.line(60, 512, "Nurse: S/N Joanna Kirwan   bleep via 01632 960734", f,
           ids=[("S/N Joanna Kirwan", "COLLEAGUE_NAME"), ("01632 960734", "PHONE")])
    p.line(60, 554, "02:30 Reviewed: Dr M. Gayle - pip-taz 4.5 g IV, 500 ml Hartmann's bolus", f,
           keeps=["Dr M. Gayle", "pip-taz 4.5 g IV", "500 ml Hartmann's"])
    p.line(60, 596, "Wife (Yetunde) informed by phone 07700 900581 at 02:45", f,
           ids=[("Yetunde", "RELATIVE_NAME"), ("07700 900581", "PHONE")])
    # addressograph sticker on the chart
    p.d.rectangle((1040, 90, 1540, 330), fill=(255, 255, 235), outline=(160, 160, 120), width=2)
    p.line(1060, 105, "OLUWOLE-JAMES, R", F("sansb", 24), ids=[("OLUWOLE-JAMES, R", "PATIENT_NAME")])
    p.line(1060, 140, "KR2209174", F("sans", 24), ids=[("KR2209174", "HOSPITAL_NUMBER")])
    p.code("KR2209174", C128, 1060, 180, 2, "Code128")
    # blank lower part of the form (ruled lines)
    for yy in range(680, 1150, 45):
        p.d.line((60, yy, 1540, yy), fill=(200, 200, 210), width=1)
    # place onto a photo background: paper slightly rotated, uneven light
    rotate_page(p, 1.6, (120, 110, 95))
    # uneven illumination
    a = np.array(p.im).astype(np.float32)
    gx = np.linspace(0.92, 1.0, a.shape[1])[None, :, None]
    gy = np.linspace(1.0, 0.9, a.shape[0])[:, None, None]
    p.im = Image.fromarray(np.clip(a * gx * gy, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    fn = "files/s34-075-news2-chart-photo.jpg"
    p.im.save(os.path.join(HERE, fn), quality=88)
    ids, keeps, codes, photos = labels_from_pages([p])
    RECORDS.append({"id": "s34-075", "file": fn, "format": "jpeg", "kind": "photographed_observation_chart",
                    "applicant": "Dr Marcia Gayle", "pages": 1, "identifiers": ids, "keep": keeps,
                    "barcodes": codes, "photos": photos})

# ---------------------------------------------------------------- s34-076 scanned PDF (1 page) with clinical photo
A4 = (1240, 1754)   # 150 dpi
def scanned_letter():
    p = Page(*A4)
    fs, fsb, fsm = F("serif", 24), F("serifb", 28), F("serif", 21)
    p.line(100, 90, "Department of Dermatology, Northgate General Hospital", fsb, keeps=["Northgate General Hospital"])
    p.line(100, 150, "Our ref: FQ/DERM/25/3301          Date: 03/06/2025", fs, ids=[("FQ/DERM/25/3301", "REFERENCE_NUMBER")])
    p.line(100, 210, "Dr Ravinder Sandhu", fs, ids=[("Dr Ravinder Sandhu", "COLLEAGUE_NAME")])
    p.line(100, 246, "Ashfield Health Centre, 9 Mill Street, Ashfield", fs,
           ids=[("Ashfield Health Centre, 9 Mill Street, Ashfield", "ADDRESS")])
    p.line(100, 282, "NG17 7AB", fs, ids=[("NG17 7AB", "POSTCODE")])
    p.line(100, 350, "Dear Dr Sandhu,", fs, ids=[("Dr Sandhu", "COLLEAGUE_NAME")])
    p.line(100, 400, "Re: Miss Yetunde Bamgbose-Hill   DOB 08/08/1988   NHS 622 018 4409", fsb.font_variant(size=23),
           ids=[("Miss Yetunde Bamgbose-Hill", "PATIENT_NAME"), ("622 018 4409", "NHS_NUMBER")], keeps=["DOB 08/08/1988"])
    body = ["Diagnosis: pyoderma gangrenosum, right shin (PARACELSUS score 12).",
            "Miss Bamgbose-Hill has a 4 cm ulcer with violaceous undermined edge.",
            "I have started prednisolone 40 mg OD and topical clobetasol propionate",
            "0.05% to the edge, with ciclosporin to follow if inadequate response.",
            "Screening for IBD: faecal calprotectin 410 ug/g - referred to gastroenterology."]
    y = 460
    for t in body:
        p.line(100, y, t, fs, ids=([("Miss Bamgbose-Hill", "PATIENT_NAME")] if "Bamgbose-Hill" in t else []),
               keeps=[k for k in ("PARACELSUS score 12", "prednisolone 40 mg OD", "clobetasol propionate") if k in t])
        y += 40
    # clinical photograph
    ph = (100, 700, 600, 1060)
    p.d.rectangle(ph, fill=(214, 170, 140))
    p.d.ellipse((260, 800, 440, 950), fill=(120, 40, 60), outline=(90, 30, 50), width=6)
    p.d.ellipse((300, 840, 400, 910), fill=(200, 160, 110))
    p.photos.append((ph, "clinical photograph of ulcer (patient's leg)"))
    p.line(100, 1075, "Fig 1. Right shin at first visit.", fsm)
    p.line(100, 1160, "Yours sincerely,", fs)
    p.line(100, 1230, "Dr Farah Qureshi, Specialty Doctor in Dermatology", fs, keeps=["Dr Farah Qureshi"])
    p.line(100, 1270, "Verified: Dr Helen Abernethy, Consultant Dermatologist", fs, keeps=["Dr Helen Abernethy"])
    p.line(100, 1330, "cc: Miss Y Bamgbose-Hill, Flat 3, 61 Sutton Road, Kirkby-in-Ashfield", fsm,
           ids=[("Miss Y Bamgbose-Hill", "PATIENT_NAME"), ("Flat 3, 61 Sutton Road, Kirkby-in-Ashfield", "ADDRESS")])
    rotate_page(p, -0.7, "white")
    p.im = scan_effects(p.im)
    fn = "files/s34-076-derm-letter-scan.pdf"
    p.im.convert("L").save(os.path.join(HERE, fn), "PDF", resolution=150)
    ids, keeps, codes, photos = labels_from_pages([p])
    RECORDS.append({"id": "s34-076", "file": fn, "format": "pdf", "kind": "scanned_clinic_letter",
                    "applicant": "Dr Farah Qureshi", "pages": 1, "identifiers": ids, "keep": keeps,
                    "barcodes": codes, "photos": photos})

# ---------------------------------------------------------------- s34-077 scanned PDF (2 pages) DN referral form
def scanned_referral():
    f, fb, fm = F("lib", 26), F("libb", 30), F("narrow", 24)
    p1 = Page(*A4)
    p1.line(90, 80, "HYWEL VALLEY UHB - DISTRICT NURSING REFERRAL FORM", fb, keeps=["HYWEL VALLEY UHB"])
    p1.line(90, 150, "Referral no: DN-HV-25-04417", f, ids=[("DN-HV-25-04417", "REFERENCE_NUMBER")])
    p1.line(90, 210, "Patient name: Mr Alun \"Sunny\" Bevan-Thomas", f,
            ids=[("Mr Alun \"Sunny\" Bevan-Thomas", "PATIENT_NAME")])
    p1.line(90, 255, "DOB: 22/02/1944      Gender: Male", f, keeps=["DOB: 22/02/1944", "Gender: Male"])
    p1.line(90, 300, "NHS no: 418 226 0917      Hosp no: HV0093321", f,
            ids=[("418 226 0917", "NHS_NUMBER"), ("HV0093321", "HOSPITAL_NUMBER")])
    p1.line(90, 345, "Address: Maes yr Haf, 21 Heol Las, Tumble", f, ids=[("Maes yr Haf, 21 Heol Las, Tumble", "ADDRESS")])
    p1.line(90, 390, "Postcode: SA14 6DL     Tel: 01632 960372", f, ids=[("SA14 6DL", "POSTCODE"), ("01632 960372", "PHONE")])
    p1.line(90, 435, "Next of kin: Mrs Menna Bevan-Thomas (wife)  07700 900649", f,
            ids=[("Mrs Menna Bevan-Thomas", "RELATIVE_NAME"), ("07700 900649", "PHONE")])
    p1.line(90, 480, "GP: Dr Anwen Morgan", f, ids=[("Dr Anwen Morgan", "COLLEAGUE_NAME")])
    p1.d.rectangle((760, 560, 1160, 800), outline="black", width=2)
    p1.line(780, 575, "Affix label", fm)
    p1.code("HV0093321", C128, 780, 620, 2, "Code128")
    p1.line(90, 600, "Reason: leg ulcer care / ABPI", f, keeps=["ABPI"])
    p1.line(90, 900, "page 1 of 2", fm, keeps=["page 1 of 2"])
    rotate_page(p1, -0.9, "white"); p1.im = scan_effects(p1.im, blur=0.8)

    p2 = Page(*A4)
    p2.line(90, 80, "Clinical details (continued)", fb)
    lines = ["Venous leg ulcer L gaiter area 6 x 4 cm, 14 weeks. ABPI 0.92 (L), 1.01 (R).",
             "Plan: 4-layer compression (40 mmHg), weekly measurements, Waterlow 14.",
             "Doxycycline 100 mg OD for 7 days (cellulitis, penicillin allergic).",
             "Sunny prefers visits after 10:00; dog at property (friendly).",
             "Referred by: Dr Rhys Pritchard, UTC, 11/03/2025",
             "Verified: Dr Sioned Hughes, Clinical Lead"]
    y = 150
    for t in lines:
        p2.line(90, y, t, f, ids=([("Sunny", "PATIENT_NAME")] if t.startswith("Sunny") else []),
                keeps=[k for k in ("ABPI 0.92", "40 mmHg", "Waterlow 14", "Doxycycline 100 mg OD",
                                   "Dr Rhys Pritchard", "Dr Sioned Hughes") if k in t])
        y += 48
    p2.line(90, 900, "page 2 of 2", fm, keeps=["page 2 of 2"])
    rotate_page(p2, 0.5, "white"); p2.im = scan_effects(p2.im, blur=0.8)
    fn = "files/s34-077-dn-referral-scan.pdf"
    p1.im.convert("L").save(os.path.join(HERE, fn), "PDF", resolution=150, save_all=True,
                            append_images=[p2.im.convert("L")])
    ids, keeps, codes, photos = labels_from_pages([p1, p2])
    RECORDS.append({"id": "s34-077", "file": fn, "format": "pdf", "kind": "scanned_referral_form",
                    "applicant": "Dr Rhys Pritchard", "pages": 2, "identifiers": ids, "keep": keeps,
                    "barcodes": codes, "photos": photos})

# ---------------------------------------------------------------- s34-078 text-layer PDF (reportlab)
def text_pdf():
    from reportlab.lib.pagesizes import A4 as RA4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.lib.utils import ImageReader
    W, H = RA4
    fn = "files/s34-078-cath-report.pdf"
    c = canvas.Canvas(os.path.join(HERE, fn), pagesize=RA4)
    ids, keeps, codes = [], [], []
    def put(x, y, text, font="Helvetica", size=10.5, idl=(), kl=()):
        c.setFont(font, size); c.drawString(x, y, text)
        asc, desc = pdfmetrics.getAscentDescent(font, size)
        for lst, out in ((idl, ids), (kl, keeps)):
            for e in lst:
                sub, ty = e if isinstance(e, tuple) else (e, None)
                k = text.find(sub)
                assert k >= 0, (sub, text)
                while k >= 0:
                    x0 = x + pdfmetrics.stringWidth(text[:k], font, size)
                    x1 = x0 + pdfmetrics.stringWidth(sub, font, size)
                    box = [round((x0 - 1) / W, 4), round((H - y - asc - 1) / H, 4),
                           round((x1 + 1) / W, 4), round((H - y - desc + 1) / H, 4)]
                    d = {"text": sub, "page": 1, "box": box}
                    if ty: d = {"text": sub, "type": ty, "page": 1, "box": box}
                    out.append(d)
                    k = text.find(sub, k + len(sub))
    y = H - 60
    put(50, y, "Northgate General Hospital - Cardiac Catheter Laboratory Report", "Helvetica-Bold", 13,
        kl=["Northgate General Hospital"]); y -= 30
    put(50, y, "Patient: Mr Bogdan Kaczmarczyk    MRN: NG8801274    NHS: 483 772 1904", idl=[
        ("Mr Bogdan Kaczmarczyk", "PATIENT_NAME"), ("NG8801274", "HOSPITAL_NUMBER"), ("483 772 1904", "NHS_NUMBER")]); y -= 18
    put(50, y, "DOB: 04/04/1963   Male   Procedure date: 16/10/2024   Study ID: CATH-24-07712", kl=["DOB: 04/04/1963"],
        idl=[("CATH-24-07712", "OTHER_ID")]); y -= 18
    put(50, y, "Referrer: Dr Aisling Keogh (Tameside GP)    Tel 020 7946 0158", idl=[("Dr Aisling Keogh", "COLLEAGUE_NAME"),
        ("020 7946 0158", "PHONE")]); y -= 30
    for t, kl in [("Indication: NSTEMI, hs-TnT 412 ng/L, GRACE 128.", ["hs-TnT 412 ng/L", "GRACE 128"]),
                  ("Access: R radial 6F. Heparin 5000 units. Contrast 140 ml Omnipaque 350.", ["Heparin 5000 units", "Omnipaque 350"]),
                  ("Findings: 95% mid-LAD stenosis (TIMI 2 flow), 40% RCA, LMS normal. SYNTAX score 9.", ["TIMI 2", "SYNTAX score 9"]),
                  ("PCI: LAD - 3.0 x 28 mm DES (Xience), post-dilated 3.5 NC. Final TIMI 3, no dissection.", ["3.0 x 28 mm DES (Xience)"]),
                  ("Post-procedure: aspirin 75 mg OD + ticagrelor 90 mg BD for 12 months.", ["aspirin 75 mg OD", "ticagrelor 90 mg BD"])]:
        put(50, y, t, kl=kl); y -= 18
    y -= 12
    put(50, y, "Operator: Dr Yusuf Al-Hashimi (GMC 7402815)   Supervisor: Dr Catriona Munro", kl=[
        "Dr Yusuf Al-Hashimi", "GMC 7402815", "Dr Catriona Munro"]); y -= 18
    put(50, y, "Scrub nurse: Ifeanyi Obiora   Radiographer: Karolina Zielonka", idl=[
        ("Ifeanyi Obiora", "COLLEAGUE_NAME"), ("Karolina Zielonka", "COLLEAGUE_NAME")]); y -= 18
    url = "https://pacs.northgate.example/viewer?mrn=NG8801274&study=CATH-24-07712"
    put(50, y, "Images: " + url, size=9, idl=[(url, "URL")]); y -= 18
    put(50, y, "Son (Marek) to drive him home; lives at 9 Astley Street, Dukinfield SK16 4QS.", idl=[
        ("Marek", "RELATIVE_NAME"), ("9 Astley Street, Dukinfield", "ADDRESS"), ("SK16 4QS", "POSTCODE")]); y -= 30
    qr = make_code(url, QR, 4)
    size = 110
    qx, qy = 430, y - size
    c.drawImage(ImageReader(qr), qx, qy, width=size, height=size)
    codes.append({"format": "QRCode", "value": url, "page": 1,
                  "box": [round(qx / W, 4), round((H - qy - size) / H, 4), round((qx + size) / W, 4), round((H - qy) / H, 4)]})
    bc = make_code("NG8801274", C128, 2)
    bw, bh = 180, 45
    c.drawImage(ImageReader(bc), 50, y - bh, width=bw, height=bh)
    codes.append({"format": "Code128", "value": "NG8801274", "page": 1,
                  "box": [round(50 / W, 4), round((H - y) / H, 4), round((50 + bw) / W, 4), round((H - y + bh) / H, 4)]})
    c.showPage(); c.save()
    RECORDS.append({"id": "s34-078", "file": fn, "format": "pdf", "kind": "cath_lab_report_digital",
                    "applicant": "Dr Yusuf Al-Hashimi", "pages": 1, "identifiers": ids, "keep": keeps,
                    "barcodes": codes, "photos": []})

# ---------------------------------------------------------------- s34-079 DOCX with table
def docx_file():
    import docx
    d = docx.Document()
    d.add_heading("Tunnelled dialysis catheter insertions - summary for portfolio", 1)
    d.add_paragraph("Applicant: Dr Oluwaseun Adeyemi, Renal Specialty Doctor, St Aldhelm's Hospital. "
                    "Period: 01/2024 - 06/2024.")
    rows = [("Date", "Patient", "Hosp no", "Site", "Indication", "Outcome", "Supervisor"),
            ("09/01/2024", "Ebony Achampong-Reid", "RA3301187", "R IJ", "AKI on CKD 4, K+ 7.0", "Good flows 350 ml/min", "Dr R. Gallagher"),
            ("22/02/2024", "Mr Cathal Ó Súilleabháin", "RA3310544", "L IJ", "Failed AVF, CKD 5D", "Uncomplicated", "Dr R. Gallagher"),
            ("15/04/2024", "Mrs Xu (Xu Meifang)", "RA3322019", "R femoral", "Line sepsis, R IJ occluded", "Small haematoma", "Dr R. Gallagher"),
            ("03/06/2024", "T. Ogunleye", "RA3330982", "R IJ", "Plasma exchange (anti-GBM)", "Uncomplicated", "Dr R. Gallagher")]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("Note: Ebony's mother (Mrs Patience Achampong) asked for a copy of the consent form; "
                    "sent to 31 Kestrel Drive, Frome BA11 2TT.")
    d.add_paragraph("All procedures verified by Dr Ruth Gallagher, Consultant Nephrologist.")
    fn = "files/s34-079-line-log.docx"
    d.save(os.path.join(HERE, fn))
    ids = [("Ebony Achampong-Reid", "PATIENT_NAME"), ("Ebony", "PATIENT_NAME"), ("RA3301187", "HOSPITAL_NUMBER"),
           ("Mr Cathal Ó Súilleabháin", "PATIENT_NAME"), ("RA3310544", "HOSPITAL_NUMBER"),
           ("Mrs Xu", "PATIENT_NAME"), ("Xu Meifang", "PATIENT_NAME"), ("RA3322019", "HOSPITAL_NUMBER"),
           ("T. Ogunleye", "PATIENT_NAME"), ("RA3330982", "HOSPITAL_NUMBER"),
           ("Mrs Patience Achampong", "RELATIVE_NAME"), ("31 Kestrel Drive, Frome", "ADDRESS"), ("BA11 2TT", "POSTCODE")]
    keeps = ["Dr Oluwaseun Adeyemi", "St Aldhelm's Hospital", "Dr R. Gallagher", "Dr Ruth Gallagher", "K+ 7.0",
             "350 ml/min", "CKD 5D", "anti-GBM"]
    RECORDS.append({"id": "s34-079", "file": fn, "format": "docx", "kind": "procedure_log_docx",
                    "applicant": "Dr Oluwaseun Adeyemi", "pages": 1,
                    "identifiers": [{"text": a, "type": b} for a, b in ids], "keep": [{"text": k} for k in keeps],
                    "barcodes": [], "photos": []})

# ---------------------------------------------------------------- s34-080 .eml
def eml_file():
    m = EmailMessage()
    m["From"] = "Sister Comfort Boateng <comfort.boateng@queenadelaide.example>"
    m["To"] = "Dr Priya Raghunathan <priya.raghunathan@queenadelaide.example>"
    m["Cc"] = "Maternity Governance <mat.governance@queenadelaide.example>"
    m["Subject"] = "Thank-you card and concern - Room 4, 12 March (Mrs Ogundipe)"
    m["Date"] = "Fri, 14 Mar 2025 09:32:10 +0000"
    m["Message-ID"] = "<20250314093210.7731@queenadelaide.example>"
    m.set_content(
        "Hi Priya,\n\n"
        "Two things from Labour Ward. First, Mrs Kemi Ogundipe (QA8812045) and her husband Tobi have left a card "
        "thanking you for the calm way you managed her shoulder dystocia on 12/03 (McRoberts and suprapubic pressure, "
        "head-to-body interval 2 minutes, baby Ayomide Apgars 6 and 9). Please keep it for your portfolio.\n\n"
        "Second, Mrs Ogundipe's sister, Bisola Adeyemo-Cole, has phoned PALS (ref PALS/MAT/25/0388) because the "
        "midwife on the postnatal ward, Hayley Brennan, apparently told her the baby had a 'broken arm'. The X-ray "
        "showed no fracture; Erb's palsy was suspected and the baby is under Dr Kwabena Otoo (neonatology) and "
        "physio. Could you speak to the family? Their number is 07700 900748 and they live at 6 Foxglove Close, "
        "Bridgefield CH7 5RD.\n\n"
        "Thanks,\nComfort\nSister Comfort Boateng, Labour Ward Coordinator, Queen Adelaide Hospital\n"
        "Ext via switchboard 01632 960010\n")
    fn = "files/s34-080-labour-ward-email.eml"
    with open(os.path.join(HERE, fn), "wb") as fh:
        fh.write(bytes(m))
    ids = [("Sister Comfort Boateng", "COLLEAGUE_NAME"), ("Comfort", "COLLEAGUE_NAME"),
           ("comfort.boateng@queenadelaide.example", "EMAIL"), ("priya.raghunathan@queenadelaide.example", "EMAIL"),
           ("mat.governance@queenadelaide.example", "EMAIL"),
           ("Mrs Ogundipe", "PATIENT_NAME"), ("Mrs Kemi Ogundipe", "PATIENT_NAME"), ("QA8812045", "HOSPITAL_NUMBER"),
           ("Tobi", "RELATIVE_NAME"), ("Ayomide", "PATIENT_NAME"), ("Bisola Adeyemo-Cole", "RELATIVE_NAME"),
           ("PALS/MAT/25/0388", "REFERENCE_NUMBER"), ("Hayley Brennan", "COLLEAGUE_NAME"),
           ("Dr Kwabena Otoo", "COLLEAGUE_NAME"), ("07700 900748", "PHONE"), ("6 Foxglove Close, Bridgefield", "ADDRESS"),
           ("CH7 5RD", "POSTCODE"), ("01632 960010", "PHONE")]
    keeps = ["Dr Priya Raghunathan", "Priya", "McRoberts", "Apgars 6 and 9", "Erb's palsy", "Queen Adelaide Hospital",
             "Labour Ward", "head-to-body interval 2 minutes"]
    RECORDS.append({"id": "s34-080", "file": fn, "format": "eml", "kind": "email_eml",
                    "applicant": "Dr Priya Raghunathan", "pages": 1,
                    "identifiers": [{"text": a, "type": b} for a, b in ids], "keep": [{"text": k} for k in keeps],
                    "barcodes": [], "photos": []})


def verify_codes():
    """Decode every listed barcode from the saved file (PDFs rendered with pypdfium2 at 300 dpi)."""
    import pypdfium2 as pdfium
    for r in RECORDS:
        if not r["barcodes"]:
            continue
        path = os.path.join(HERE, r["file"])
        if r["format"] == "pdf":
            pdf = pdfium.PdfDocument(path)
            imgs = [pdf[i].render(scale=300 / 72).to_pil().convert("RGB") for i in range(len(pdf))]
        else:
            imgs = [Image.open(path).convert("RGB")]
        for b in r["barcodes"]:
            im = imgs[b["page"] - 1]; W, H = im.size
            x0, y0, x1, y1 = b["box"]
            crop = im.crop((int((x0 - .02) * W), int((y0 - .02) * H), int((x1 + .02) * W), int((y1 + .02) * H)))
            got = [x.text for x in zxingcpp.read_barcodes(crop)]
            assert b["value"] in got, (r["id"], b, got)
            print("decoded", r["id"], b["format"], b["value"])


if __name__ == "__main__":
    self_test_rotation()
    wristband(); addressograph(); photographed_form(); scanned_letter(); scanned_referral()
    text_pdf(); docx_file(); eml_file()
    verify_codes()
    with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as fh:
        for r in RECORDS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(RECORDS), "files written")
