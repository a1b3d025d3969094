"""Render files/ for the s11 hold-out redaction set (deterministic: seeded noise, fixed layouts).
Boxes are computed from font metrics / drawing coordinates, never estimated.
Run with /work/s11-holdout/.venv/bin/python make_files.py"""
import datetime, json, math, os, random, sys, zipfile
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from barcode import Code128
import qrcode
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from docx import Document
from docx.shared import Pt
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from markup import parse, dedup_ids, dedup_keep, check_coverage

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "files")
os.makedirs(OUT, exist_ok=True)
FD = "/usr/share/fonts/truetype/"
FONTS = {"sans": FD + "dejavu/DejaVuSans.ttf", "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
         "serif": FD + "liberation/LiberationSerif-Regular.ttf", "serifb": FD + "liberation/LiberationSerif-Bold.ttf",
         "mono": FD + "dejavu/DejaVuSansMono.ttf", "arial": FD + "liberation/LiberationSans-Regular.ttf",
         "arialb": FD + "liberation/LiberationSans-Bold.ttf", "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf"}
_fc = {}
def font(name, size):
    k = (name, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONTS[name], size, layout_engine=ImageFont.Layout.BASIC)
    return _fc[k]

def code128_modules(value):
    return Code128(value).build()[0]

def qr_matrix(value):
    q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    q.add_data(value); q.make(fit=True)
    return q.get_matrix()

FIXED_DATE = datetime.datetime(2026, 12, 6, 0, 0, 0)
PAD = 2  # pixels of margin around glyph boxes

BOXCHECK = []  # (string, recorded box, measured ink box)
def verify_box(text, a, b, f, box, x, y, s):
    """Independent crop check: draw the line up to the end of the substring and up to its start on blank
    canvases; the pixels that differ are the substring's own glyphs. Their extent must sit inside the box."""
    W = int(f.getlength(text)) + 60; H = int(f.size * 2.2)
    c1 = Image.new("L", (W, H), 255); c2 = Image.new("L", (W, H), 255)
    ImageDraw.Draw(c1).text((10, 10), text[:b], font=f, fill=0)
    ImageDraw.Draw(c2).text((10, 10), text[:a], font=f, fill=0)
    d = np.abs(np.asarray(c1, int) - np.asarray(c2, int)) > 60
    if not d.any():
        BOXCHECK.append((s, box, None)); return
    ys, xs = np.nonzero(d)
    m = [xs.min() - 10 + x, ys.min() - 10 + y, xs.max() + 1 - 10 + x, ys.max() + 1 - 10 + y]
    BOXCHECK.append((s, box, m))

class PilPage:
    def __init__(self, w, h, bg=255):
        self.img = Image.new("L", (w, h), bg)
        self.dr = ImageDraw.Draw(self.img)
        self.w, self.h = w, h
        self.ids, self.keeps, self.codes, self.photos, self.plain = [], [], [], [], []

    def line(self, x, y, marked, size=24, face="sans", fill=0):
        text, ids, keeps = parse(marked)
        f = font(face, size)
        self.dr.text((x, y), text, font=f, fill=fill)
        for a, b, t, s in ids:
            self.ids.append((s, t, self._box(x, y, text, a, b, f)))
            verify_box(text, a, b, f, self.ids[-1][2], x, y, s)
        for a, b, s in keeps:
            self.keeps.append((s, self._box(x, y, text, a, b, f)))
            verify_box(text, a, b, f, self.keeps[-1][1], x, y, s)
        self.plain.append((text, ids, keeps))
        return text

    def _box(self, x, y, text, a, b, f):
        x0 = x + f.getlength(text[:a])
        l, t, r, bt = f.getbbox(text[a:b])
        return [x0 + l - PAD, y + t - PAD, x0 + r + PAD, y + bt + PAD]

    def rect(self, box, width=2, fill=None):
        self.dr.rectangle(box, outline=0, width=width, fill=fill)

    def hline(self, x0, x1, y, width=2):
        self.dr.line([(x0, y), (x1, y)], fill=0, width=width)

    def code128(self, x, y, value, module=3, height=90):
        mods = code128_modules(value)
        for i, m in enumerate(mods):
            if m == "1":
                self.dr.rectangle([x + i * module, y, x + (i + 1) * module - 1, y + height - 1], fill=0)
        self.codes.append(("Code128", value, [x, y, x + len(mods) * module, y + height]))
        return len(mods) * module

    def qr(self, x, y, value, module=6):
        mat = qr_matrix(value)
        for r, row in enumerate(mat):
            for c, v in enumerate(row):
                if v:
                    self.dr.rectangle([x + c * module, y + r * module, x + (c + 1) * module - 1, y + (r + 1) * module - 1], fill=0)
        n = len(mat) * module
        self.codes.append(("QR", value, [x, y, x + n, y + n]))
        return n

    def photo(self, box, what, seed):
        rng = np.random.default_rng(seed)
        x0, y0, x1, y1 = box
        w, h = x1 - x0, y1 - y0
        yy, xx = np.mgrid[0:h, 0:w]
        base = 150 + 40 * np.sin(xx / 17.0) * np.cos(yy / 23.0) + rng.normal(0, 12, (h, w))
        cx, cy = w / 2, h * 0.38
        head = ((xx - cx) / (w * 0.22)) ** 2 + ((yy - cy) / (h * 0.2)) ** 2 < 1
        body = ((xx - cx) / (w * 0.42)) ** 2 + ((yy - h) / (h * 0.42)) ** 2 < 1
        base[head] = 95 + rng.normal(0, 8, head.sum()); base[body] = 70 + rng.normal(0, 8, body.sum())
        self.img.paste(Image.fromarray(np.clip(base, 0, 255).astype("uint8")), (x0, y0))
        self.photos.append((what, [x0, y0, x1, y1]))

    # ---- scan simulation -------------------------------------------------
    def scan(self, angle=0.0, noise=0.0, blur=0.0, rot90=False, seed=0, speckle=0):
        """Skew by `angle` degrees (counter-clockwise), optional 90-degree turn, blur and noise.
        Every recorded box is transformed with the same geometry."""
        w, h = self.w, self.h
        if angle:
            self.img = self.img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            th = math.radians(angle); c, s = math.cos(th), math.sin(th)
            cx, cy = w / 2, h / 2
            def tp(x, y):
                return cx + (x - cx) * c + (y - cy) * s, cy - (x - cx) * s + (y - cy) * c
            self._map(tp)
        if rot90:
            self.img = self.img.transpose(Image.ROTATE_90)   # counter-clockwise; new size (h, w)
            self._map(lambda x, y: (y, w - x))
            self.w, self.h = h, w
        self.clean = self.img.copy()
        if blur:
            self.img = self.img.filter(ImageFilter.GaussianBlur(blur))
        if noise or speckle:
            rng = np.random.default_rng(seed)
            a = np.asarray(self.img).astype(float)
            a = a * 0.93 + 10 + rng.normal(0, noise, a.shape)
            if speckle:
                ys = rng.integers(0, a.shape[0], speckle); xs = rng.integers(0, a.shape[1], speckle)
                a[ys, xs] = rng.integers(0, 120, speckle)
            self.img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))

    def _map(self, tp):
        def mb(b):
            pts = [tp(b[0], b[1]), tp(b[2], b[1]), tp(b[0], b[3]), tp(b[2], b[3])]
            return [min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)]
        self.ids = [(s, t, mb(b)) for s, t, b in self.ids]
        self.keeps = [(s, mb(b)) for s, b in self.keeps]
        self.codes = [(f, v, mb(b)) for f, v, b in self.codes]
        self.photos = [(wh, mb(b)) for wh, b in self.photos]

    def frac(self, b):
        return [round(max(0.0, min(1.0, b[0] / self.w)), 4), round(max(0.0, min(1.0, b[1] / self.h)), 4),
                round(max(0.0, min(1.0, b[2] / self.w)), 4), round(max(0.0, min(1.0, b[3] / self.h)), 4)]

    def ink(self):
        return getattr(self, "clean", self.img)


class PdfPage:
    """One page of a reportlab PDF with a real text layer; coordinates in points from top-left."""
    def __init__(self, cv, w, h):
        self.cv, self.w, self.h = cv, w, h
        self.ids, self.keeps, self.codes, self.photos, self.plain = [], [], [], [], []

    def line(self, x, y, marked, size=10, face="Helvetica"):
        text, ids, keeps = parse(marked)
        asc, desc = pdfmetrics.getAscentDescent(face, size)
        self.cv.setFont(face, size)
        self.cv.drawString(x, self.h - y - asc, text)
        def box(a, b):
            x0 = x + pdfmetrics.stringWidth(text[:a], face, size)
            x1 = x0 + pdfmetrics.stringWidth(text[a:b], face, size)
            return [x0 - 0.5, y - 0.5, x1 + 0.5, y + asc - desc + 0.5]
        for a, b, t, s in ids:
            self.ids.append((s, t, box(a, b)))
        for a, b, s in keeps:
            self.keeps.append((s, box(a, b)))
        self.plain.append((text, ids, keeps))
        return text

    def hline(self, x0, x1, y, width=0.8):
        self.cv.setLineWidth(width); self.cv.line(x0, self.h - y, x1, self.h - y)

    def rect(self, box, width=0.8):
        self.cv.setLineWidth(width)
        self.cv.rect(box[0], self.h - box[3], box[2] - box[0], box[3] - box[1], stroke=1, fill=0)

    def code128(self, x, y, value, module=0.9, height=26):
        mods = code128_modules(value)
        for i, m in enumerate(mods):
            if m == "1":
                self.cv.rect(x + i * module, self.h - y - height, module, height, stroke=0, fill=1)
        self.codes.append(("Code128", value, [x, y, x + len(mods) * module, y + height]))

    def qr(self, x, y, value, module=2.2):
        mat = qr_matrix(value)
        for r, row in enumerate(mat):
            for c, v in enumerate(row):
                if v:
                    self.cv.rect(x + c * module, self.h - y - (r + 1) * module, module, module, stroke=0, fill=1)
        n = len(mat) * module
        self.codes.append(("QR", value, [x, y, x + n, y + n]))

    def frac(self, b):
        return [round(max(0.0, min(1.0, v / d)), 4) for v, d in zip(b, (self.w, self.h, self.w, self.h))]


RECORDS, WARN = [], []

def record(i, fname, fmt, kind, applicant, pages):
    ids, keeps, codes, photos = [], [], [], []
    doc_ids = {s for p in pages for s, _, _ in p.ids}
    for pn, p in enumerate(pages, 1):
        for text, pids, pkeeps in p.plain:
            WARN.extend(check_coverage(text, pids, [k for k in pkeeps if len(k[2]) > 3], f"h11-{i:03d} p{pn}"))
        # every occurrence of any identifier string of the document must be a marked entry
        for text, pids, _ in p.plain:
            spans = [(a, b) for a, b, _, _ in pids]
            for s in doc_ids:
                j = text.find(s)
                while j >= 0:
                    if not any(a <= j and j + len(s) <= b for a, b in spans):
                        WARN.append(f"h11-{i:03d} p{pn}: {s!r} unmarked in {text!r}")
                    j = text.find(s, j + 1)
        ids += [{"text": s, "type": t, "page": pn, "box": p.frac(b)} for s, t, b in p.ids]
        keeps += [{"text": s, "page": pn, "box": p.frac(b)} for s, b in p.keeps if len(s) > 3]
        codes += [{"format": f, "value": v, "page": pn, "box": p.frac(b)} for f, v, b in p.codes]
        photos += [{"page": pn, "box": p.frac(b), "what": wh} for wh, b in p.photos]
    rec = {"id": f"h11-{i:03d}", "file": f"files/{fname}", "format": fmt, "kind": kind, "applicant": applicant,
           "pages": len(pages), "identifiers": ids, "keep": keeps}
    if codes: rec["barcodes"] = codes
    if photos: rec["photos"] = photos
    RECORDS.append(rec)

def save_raster(pages, fname, fmt, quality=88):
    path = os.path.join(OUT, fname)
    imgs = [p.img for p in pages]
    if fmt == "png":
        imgs[0].save(path, optimize=True)
    elif fmt == "jpeg":
        imgs[0].convert("RGB").save(path, quality=quality)
    elif fmt == "tiff":
        imgs[0].save(path, save_all=True, append_images=imgs[1:], compression="tiff_lzw", dpi=(150, 150))
    elif fmt == "pdf":   # image-only scan
        imgs[0].convert("RGB").save(path, "PDF", resolution=150.0, save_all=True,
                                    append_images=[im.convert("RGB") for im in imgs[1:]],
                                    creationDate=FIXED_DATE.timetuple(), modDate=FIXED_DATE.timetuple(), producer="make_files.py")

A4 = (1240, 1754)  # 150 dpi
def lines(p, x, y, rows, size=24, face="sans", gap=None):
    gap = gap or int(size * 1.55)
    for r in rows:
        if r:
            p.line(x, y, r, size=size, face=face)
        y += gap
    return y

# =========================== documents ===================================
def f071():  # wristband PNG with Code128
    p = PilPage(1500, 360, bg=250)
    p.dr.rounded_rectangle([10, 10, 1490, 350], radius=60, outline=0, width=3)
    p.line(90, 40, "[[P|OKONKWO-REID, Adaeze]]", 40, "arialb")
    p.line(90, 100, "{{DOB: 14/05/1987}}   {{F}}   Hosp: [[H|RJE3317720]]", 28, "arial")
    p.line(90, 145, "NHS: [[N|710 442 9863]]   {{Ward 78 Maternity}}", 28, "arial")
    p.line(90, 190, "{{Royal Stoke University Hospital}}", 24, "arial")
    p.line(90, 240, "ALLERGY: {{PENICILLIN}}", 28, "arialb")
    p.code128(900, 210, "RJE3317720", module=3, height=100)
    record(71, "h11-071-wristband.png", "png", "wristband_photo", "Dr Oluwaseun Adeyemi", [p])
    save_raster([p], "h11-071-wristband.png", "png")

def f072():  # specimen label JPEG with QR of NHS number + Code128 accession
    p = PilPage(1000, 520, bg=255)
    p.rect([8, 8, 992, 512], 3)
    p.line(40, 30, "{{NORTHERN GENERAL HOSPITAL}} - BIOCHEMISTRY", 26, "sansb")
    p.line(40, 85, "[[P|DAVENTRY, Crispin]]", 34, "sansb")
    p.line(40, 140, "DOB {{02/10/1975}}  {{M}}   Unit [[H|M1147720]]", 26)
    p.line(40, 185, "NHS [[N|8830512264]]", 26)
    p.line(40, 230, "Lab no [[O|C24.0113302]]   Coll {{10/01/2024 21:55}}", 24)
    p.line(40, 275, "{{U&E, LFT, paracetamol level, INR}}   Loc {{AMU}}", 22)
    p.qr(730, 80, "8830512264", module=7)
    p.code128(40, 340, "C24.0113302", module=3, height=110)
    p.line(40, 465, "Req: {{Dr P Raghunathan}}", 22)
    p.scan(angle=1.5, noise=6, blur=0.6, seed=72)
    record(72, "h11-072-specimen-label.jpg", "jpeg", "specimen_label_photo", "Dr Priya Raghunathan", [p])
    save_raster([p], "h11-072-specimen-label.jpg", "jpeg", quality=85)

def f073():  # TIFF scanned clinic letter
    p = PilPage(*A4)
    y = lines(p, 110, 100, ["{{Leeds Teaching Hospitals NHS Trust}}", "Cardiology Department, {{Leeds General Infirmary}}"], 26, "serifb")
    y = lines(p, 110, y + 10, [
        "Our ref: [[REF|FQ/CARD/24/1307]]         Clinic date: 09/05/2024",
        "", "Dr [[C|Oliver Penhaligon]]", "[[A|Chapel Allerton Medical Centre, 2 Stainbeck Lane, Leeds]]", "[[PC|LS7 3QQ]]", "",
        "Dear Dr [[C|Penhaligon]]", "",
        "Re: [[P|Mr Wilfred Ogunbanjo]]  DOB {{07/07/1949}}  NHS No [[N|3370215598]]",
        "[[A|16 Potternewton Lane, Leeds]] [[PC|LS7 2DW]]", "",
        "Diagnosis: {{severe aortic stenosis}} ({{peak velocity 4.6 m/s}}, {{AVA 0.7 cm2}}),",
        "{{NYHA class III}}, {{LVEF 50%}}. {{STS score 3.1%}}. Frailty: {{Rockwood 4}}.", "",
        "[[P|Mr Ogunbanjo]] attended with his daughter [[R|Folake]]. The heart team",
        "recommended transfemoral {{TAVI}}. He understands the risks, including",
        "stroke (about 2%) and pacemaker need. Work-up CT booked.", "",
        "Medication: {{apixaban 2.5 mg bd}}, {{furosemide 40 mg od}}, {{atorvastatin 20 mg}}.", "",
        "Yours sincerely", "", "{{Dr Farah Qureshi}}", "Specialty Doctor in Cardiology  GMC {{7412589}}",
        "cc: patient, [[A|16 Potternewton Lane, Leeds]]"], 24, "serif", gap=42)
    p.scan(angle=0.8, noise=9, blur=0.7, seed=73, speckle=900)
    record(73, "h11-073-clinic-letter-scan.tiff", "tiff", "clinic_letter_scan", "Dr Farah Qureshi", [p])
    save_raster([p], "h11-073-clinic-letter-scan.tiff", "tiff")

def pdf_doc(i, fname, kind, applicant, builders, size=(595.27, 841.89)):
    cv = rl_canvas.Canvas(os.path.join(OUT, fname), pagesize=size, invariant=1)
    cv.setTitle(kind); cv.setAuthor(applicant)
    pages = []
    for b in builders:
        pg = PdfPage(cv, *size); b(pg); pages.append(pg); cv.showPage()
    cv.save()
    record(i, fname, "pdf", kind, applicant, pages)

def f074():  # digital discharge summary, 2 pages, text layer
    def hdr(p, n):
        p.line(50, 30, "{{Royal Stoke University Hospital}} - Discharge summary - page %d of 2" % n, 9)
        p.line(50, 44, "Patient: [[P|TREMAYNE, Lowenna]]   MRN [[H|RJE0917734]]   NHS [[N|650 118 4427]]", 9)
        p.hline(50, 545, 60)
    def pg1(p):
        hdr(p, 1)
        rows = ["DISCHARGE SUMMARY - {{Ward 122}} (Acute Medicine)", "",
                "Name: [[P|Lowenna Tremayne]]      DOB: {{23/04/1958}}      Sex: {{Female}}",
                "Address: [[A|Flat 9, Wolstanton Court, High Street, Newcastle-under-Lyme]] [[PC|ST5 0EZ]]",
                "Admitted: {{14/01/2024}}      Discharged: {{19/01/2024}}",
                "Discharging clinician: {{Dr Oluwaseun Adeyemi}}, Clinical Fellow",
                "", "Diagnosis: {{pulmonary embolism}} ({{I26.9}}), submassive, RV strain on CT; {{Wells score 6}}.",
                "{{Troponin 64 ng/L}}, {{NT-proBNP 2100}}. {{sPESI 1}}. Not thrombolysed; monitored on AMU.",
                "Provoking factor: long-haul flight from Perth (returned 10/01).",
                "", "Medication on discharge: {{apixaban 10 mg bd}} for 7 days then {{5 mg bd}}.",
                "Follow-up: PE clinic 3 months; CTPA not required unless symptoms persist.",
                "Husband [[R|Jory Tremayne]] informed; contact [[PH|07700 900774]]."]
        for k, r in enumerate(rows):
            if r: p.line(50, 80 + k * 17, r, 10 if k else 12, "Helvetica-Bold" if k == 0 else "Helvetica")
    def pg2(p):
        hdr(p, 2)
        rows = ["GP ACTIONS", "1. Review renal function in 2 weeks ({{eGFR 58}} on discharge).",
                "2. Please continue anticoagulation for at least {{3 months}}.",
                "3. [[P|Mrs Tremayne]] asked about flying - advised avoid for 4 weeks.",
                "", "GP: Dr [[C|Sunil Varghese]], [[A|Wolstanton Medical Centre]]",
                "", "Electronically signed: {{Dr O. Adeyemi}}  19/01/2024 16:22",
                "Verified for portfolio by {{Dr Helen Marsh}}, Clinical Supervisor"]
        for k, r in enumerate(rows):
            if r: p.line(50, 80 + k * 17, r, 10, "Helvetica-Bold" if k == 0 else "Helvetica")
    pdf_doc(74, "h11-074-discharge-summary.pdf", "discharge_summary", "Dr Oluwaseun Adeyemi", [pg1, pg2])

def f075():  # Mini-CEX form, text layer, no patient identifiers
    def pg(p):
        rows = ["MINI-CEX ASSESSMENT FORM", "",
                "Doctor: {{Dr Rhys Llewellyn}}      GMC number: {{7650218}}",
                "Assessor: {{Dr Bethan Carrington}}, Consultant in Emergency Medicine   GMC {{4901176}}",
                "Date: 02/02/2024      Setting: {{Ysbyty Glan Clwyd}} ED majors",
                "Patient: {{72 F}}, new presentation (no identifiers recorded)",
                "Clinical problem: {{acute kidney injury}} with {{hyperkalaemia}} ({{K 6.9}})", "",
                "Medical interviewing ........ {{5/6}}", "Physical examination ........ {{5/6}}",
                "Clinical judgement ........... {{6/6}}", "Organisation/efficiency ...... {{4/6}}",
                "Overall clinical care ........ {{5/6}}", "",
                "Strengths: recognised ECG changes, gave {{calcium gluconate 10% 30 ml}} and {{insulin-dextrose}} promptly.",
                "Suggestions: document {{Lokelma}} decision and timing of repeat K.", "",
                "Assessor signature: {{B. Carrington}}       Doctor signature: {{R. Llewellyn}}"]
        for k, r in enumerate(rows):
            if r: p.line(60, 70 + k * 19, r, 14 if k == 0 else 10, "Helvetica-Bold" if k == 0 else "Helvetica")
    pdf_doc(75, "h11-075-mini-cex.pdf", "wpba_mini_cex", "Dr Rhys Llewellyn", [pg])

def f076():  # image-only PDF scan of referral letter
    p = PilPage(*A4)
    y = lines(p, 120, 110, ["{{SOUTH TEES HOSPITALS NHS FOUNDATION TRUST}}", "{{James Cook University Hospital}} - Respiratory"], 26, "arialb")
    y = lines(p, 120, y + 20, [
        "REFERRAL TO LUNG CANCER FAST TRACK", "Ref: [[REF|JCUH/RESP/FT/4419]]     Date: 21/03/2022", "",
        "Name: [[P|Hilda Postlethwaite-Grey]]     DOB: {{11/11/1944}}",
        "NHS no: [[N|4440 127 865]]      Hosp no: [[H|JC00772145]]",
        "Address: [[A|The Old Forge, Great Ayton]], [[PC|TS9 6QA]]",
        "Tel: [[PH|01632 960284]]     NOK: nephew [[R|Gordon]]", "",
        "CXR: 3 cm R upper lobe mass. Ex-smoker 45 pack-years.",
        "{{WHO performance status 1}}. {{FEV1 1.4 L}}. {{eGFR 61}}.",
        "On {{warfarin}} for AF - INR {{2.6}}.", "",
        "Referrer: {{Dr Mohammed Al-Hassan}} (locum registrar)",
        "Bleep [[PH|3308]]  e-mail [[E|resp.fasttrack@stees-example.nhs.uk]]"], 26, "arial", gap=46)
    p.scan(angle=-1.1, noise=10, blur=0.9, seed=76, speckle=1500)
    record(76, "h11-076-referral-scan.pdf", "pdf", "referral_letter_scan", "Dr Mohammed Al-Hassan", [p])
    save_raster([p], "h11-076-referral-scan.pdf", "pdf")

def f077():  # landscape handover sheet, scanned sideways (rotated 90 deg)
    p = PilPage(1754, 1240)
    p.line(80, 60, "SURGICAL HANDOVER - {{Ward 7B}} - {{Northampton General Hospital}} - 02/07/2023 (night)", 28, "sansb")
    y = 130
    hdr = "BED    NAME                       HOSP NO        AGE  ISSUE                                   TO DO"
    p.line(80, y, hdr, 22, "mono"); p.hline(80, 1680, y + 34)
    rows = ["{{7B-1}}   [[P|ACHESON, Duncan]]          [[H|NGH-0412291]]    {{71}}   {{Hartmann's procedure}} day 2           K+ {{3.1}} replace",
            "{{7B-4}}   [[P|Mrs Precious Lake]]        [[H|NGH-0877013]]    {{45}}   lap chole, bile leak?                  {{MRCP}} am",
            "{{7B-6}}   [[P|Bartek Wojcik]]            [[H|NGH-1102378]]    {{29}}   appendicitis, {{Alvarado 8}}             theatre list",
            "{{7B-9}}   [[P|\"Nana\" Agyeman]]           [[H|NGH-0031952]]    {{93}}   SBO, conservative                      NGT, {{Gastrografin}}",
            "{{7B-11}}  [[P|Hollis-Vane, J]]           [[H|NGH-0655410]]    {{60}}   {{Crohn's}} flare, {{infliximab}}         stool cultures"]
    y += 50
    for r in rows:
        p.line(80, y, r, 22, "mono"); y += 44
    y += 30
    y = lines(p, 80, y, ["Reg: {{Dr T Wisniewski}} (covering surgery x-cover)   SHO: Dr [[C|Aoife Brannigan]] bleep [[PH|4021]]",
                         "Daughter of bed 9 ([[R|Comfort]]) wants call if any change: [[PH|07700 900935]]"], 22, "sans", gap=40)
    p.scan(angle=0.6, rot90=True, noise=8, blur=0.6, seed=77, speckle=1200)
    record(77, "h11-077-handover-rotated-scan.pdf", "pdf", "handover_sheet_scan", "Dr Tomasz Wisniewski", [p])
    save_raster([p], "h11-077-handover-rotated-scan.pdf", "pdf")

# ---- DOCX ------------------------------------------------------------
class DocxBuilder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
        self.ids, self.keeps, self.plain = [], [], []
    def _add(self, par, marked, bold=False):
        text, ids, keeps = parse(marked)
        r = par.add_run(text); r.bold = bold
        self.ids += ids; self.keeps += keeps; self.plain.append((text, ids, keeps))
    def header(self, rows):
        hdr = self.doc.sections[0].header
        first = True
        for r in rows:
            par = hdr.paragraphs[0] if first else hdr.add_paragraph()
            first = False
            self._add(par, r)
    def para(self, marked, bold=False, heading=None):
        par = self.doc.add_heading(level=heading) if heading else self.doc.add_paragraph()
        self._add(par, marked, bold)
    def table(self, rows):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                self._add(t.cell(i, j).paragraphs[0], cell, bold=(i == 0))
    def save(self, i, fname, kind, applicant):
        self.doc.core_properties.author = applicant
        self.doc.core_properties.title = kind
        self.doc.core_properties.created = FIXED_DATE
        self.doc.core_properties.modified = FIXED_DATE
        self.doc.core_properties.last_modified_by = applicant
        path = os.path.join(OUT, fname)
        self.doc.save(path)
        # rewrite the zip with fixed member timestamps so the file is byte-for-byte reproducible
        with zipfile.ZipFile(path) as z:
            members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                zi = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
        doc_ids = {s for _, _, _, s in self.ids}
        for text, pids, pkeeps in self.plain:
            spans = [(a, b) for a, b, _, _ in pids]
            for s in doc_ids:
                j = text.find(s)
                while j >= 0:
                    if not any(a <= j and j + len(s) <= b for a, b in spans):
                        WARN.append(f"h11-{i:03d}: {s!r} unmarked in {text!r}")
                    j = text.find(s, j + 1)
            WARN.extend(check_coverage(text, pids, pkeeps, f"h11-{i:03d}"))
        RECORDS.append({"id": f"h11-{i:03d}", "file": f"files/{fname}", "format": "docx", "kind": kind,
                        "applicant": applicant, "pages": 1,  # short Word files: one page each
                        "identifiers": dedup_ids(self.ids),
                        "keep": [{"text": k} for k in dedup_keep(self.keeps) if len(k) > 3]})

def f078():
    b = DocxBuilder()
    b.header(["{{Belfast Health and Social Care Trust}} - Fracture Clinic caseload", "Portfolio evidence of {{Dr Ciaran O'Neill}} (GMC {{7811045}})"])
    b.para("FRACTURE CLINIC CASELOAD - NOVEMBER 2023", bold=True)
    b.table([["Date", "Patient", "H&C no", "Age/Sex", "Injury", "Management"],
             ["06/11", "[[P|P. McG.]]", "[[N|330 118 2290]]", "{{34 M}}", "{{scaphoid waist fracture}}", "cast 6/52, CT"],
             ["06/11", "[[P|Shauna Devlin-Marr]]", "[[N|371 204 6653]]", "{{19 F}}", "{{Weber B ankle}}", "boot, FWB"],
             ["13/11", "[[P|Mr Kwabena Asante]]", "[[N|346 772 1108]]", "{{52 M}}", "{{Achilles rupture}}", "functional rehab"],
             ["13/11", "[[P|Dolores]] (surname on label)", "[[N|322 090 4471]]", "{{88 F}}", "{{proximal humerus}}", "sling"],
             ["20/11", "[[P|JH]]", "[[N|352 661 0093]]", "{{7 M}}", "{{supracondylar fracture}} ({{Gartland I}})", "collar & cuff"],
             ["", "", "", "", "5", "3 2"]])
    b.para("Verified by {{Mr Declan Haughey}}, Consultant Orthopaedic Surgeon, {{Royal Victoria Hospital}}.")
    b.save(78, "h11-078-caseload.docx", "caseload_table", "Dr Ciaran O'Neill")

def f079():
    b = DocxBuilder()
    b.header(["{{NHS Lothian}} - Patient Experience", "Our ref: [[REF|LOT/PE/23/05512]]   Re: [[P|Mrs Isobel Dalgleish]]"])
    b.para("Complaint response - clinical statement", heading=1)
    b.para("Complainant: [[R|Mr Ewan Dalgleish]] (husband), [[A|18 Comely Bank Avenue, Edinburgh]] [[PC|EH4 1EL]]")
    b.para("Patient: [[P|Isobel Dalgleish]], CHI [[N|0910568834]], DOB {{09/10/1956}}, {{Female}}")
    b.para("Statement by {{Dr Eilidh MacLeod}}, Specialty Doctor in Gastroenterology, {{Royal Infirmary of Edinburgh}} (locum, Aug 2023).")
    b.para("[[P|Mrs Dalgleish]] was admitted with {{acute severe ulcerative colitis}} ({{Truelove and Witts}}). On day 3 her {{CRP}} remained {{>45}} and stool frequency >8 ({{Travis criteria}} met). I discussed rescue therapy with Dr [[C|Graham Pettigrew]], the consultant on call; {{infliximab 5 mg/kg}} was given on day 4. [[R|Mr Dalgleish]] was concerned that the colorectal team (Mr [[C|Oduya-Blackwood]]) had not seen her until day 5.")
    b.table([["Date", "Event", "By"],
             ["{{14/08/2023}}", "Admission, {{IV hydrocortisone 100 mg qds}}", "Dr [[C|L. Baptiste]] (FY2)"],
             ["{{16/08/2023}}", "Day 3 review, {{CRP 88}}", "{{Dr E MacLeod}}"],
             ["{{17/08/2023}}", "{{Infliximab}} given", "Nurse [[C|Rona Kilbride]]"],
             ["{{18/08/2023}}", "Surgical review", "Mr [[C|Oduya-Blackwood]]"]])
    b.para("Datix: [[REF|LOT-DX-88112]]. Telephone contact offered to [[R|Mr Dalgleish]] on [[PH|07700 900512]].")
    b.para("Verified for portfolio by {{Dr Andrew Cruickshank}}, Clinical Supervisor.")
    b.save(79, "h11-079-complaint-response.docx", "complaint_response", "Dr Eilidh MacLeod")

def f080():  # e-mail screenshot PNG
    p = PilPage(1400, 900, bg=246)
    p.dr.rectangle([0, 0, 1400, 70], fill=225)
    p.line(30, 20, "Outlook - Inbox", 26, "sansb")
    y = lines(p, 40, 100, [
        "From: [[C|Sandhu, Vikram]] <[[E|vikram.sandhu@nhs.net]]>",
        "To: {{Raghunathan Priya (SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST)}}",
        "Subject: ICU outreach - bed 14 AMU - [[P|Mr Daventry]]", "Sent: 11/01/2024 04:02"], 22, "sans", gap=36)
    p.hline(40, 1360, y)
    y = lines(p, 40, y + 20, [
        "{{Priya}},", "Saw [[P|Crispin]] ([[H|M1147720]]) - not for ICU at present; {{INR 2.1}}, {{lactate 1.8}}, {{GCS 15}}.",
        "Please re-refer if {{INR > 3}} or encephalopathy. Liver unit at {{St James's}} aware (their ref [[REF|LTU-24-0093]]).",
        "His mum rang ICU - [[R|Mrs Pat Daventry]], [[PH|020 7946 0381]].", "",
        "[[C|Vik]]", "Dr [[C|V Sandhu]], ICU registrar | bleep [[PH|5541]]",
        "Teams: [[U|https://teams.microsoft.com/l/chat/0/0?users=vikram.sandhu@nhs.net]]"], 22, "sans", gap=40)
    record(80, "h11-080-email-screenshot.png", "png", "email_screenshot", "Dr Priya Raghunathan", [p])
    save_raster([p], "h11-080-email-screenshot.png", "png")

def f081():  # JPEG photo of printed theatre list with barcodes
    p = PilPage(1600, 1100, bg=235)
    p.line(60, 40, "MAIN THEATRES - THEATRE 2 - {{Ysbyty Gwynedd}} - 14/03/2024 AM", 30, "sansb")
    p.line(60, 95, "Surgeon: {{Miss Angharad Rees}}   Anaesth: Dr [[C|Tomos Pryce]]   ED cover: {{Dr R Llewellyn}}", 24)
    y = 160
    pts = [("[[P|JONES, Ieuan]]", "YG2208311", "{{lap appendicectomy}}"),
           ("[[P|ROBERTS-HUGHES, Seren]]", "YG1773046", "{{incision and drainage}} of abscess"),
           ("[[P|WYN, Llinos]]", "YG3001257", "{{open reduction}} {{Weber C}} ankle")]
    for name, hn, proc in pts:
        p.line(60, y, f"{name}   [[H|{hn}]]", 26, "sansb")
        p.line(60, y + 45, f"{proc}   consented  ASA 2", 22)
        p.code128(1000, y, hn, module=3, height=80)
        y += 200
    p.line(60, y + 10, "Porter: [[C|Dewi]] ext [[PH|3344]]", 22)
    p.line(60, y + 60, "Verified for portfolio: {{Miss Angharad Rees}}, Consultant Surgeon", 22)
    p.scan(angle=-2.0, noise=7, blur=1.0, seed=81)
    record(81, "h11-081-theatre-list-photo.jpg", "jpeg", "theatre_list_photo", "Dr Rhys Llewellyn", [p])
    save_raster([p], "h11-081-theatre-list-photo.jpg", "jpeg", quality=80)

def f082():  # logbook PDF table, text layer
    def pg(p):
        p.line(40, 40, "PLEURAL PROCEDURES LOGBOOK - {{Dr Tomasz Wisniewski}} - 2023", 13, "Helvetica-Bold")
        p.line(40, 60, "{{Northampton General Hospital}}, {{Acute Medical Unit}} / SDEC", 9)
        cols = [40, 95, 175, 255, 290, 420, 500]
        hd = ["Date", "Pt", "Hosp no", "Age", "Procedure", "Outcome", "Sup"]
        for c, h in zip(cols, hd): p.line(c, 85, h, 9, "Helvetica-Bold")
        p.hline(40, 555, 98)
        data = [["09/01/23", "[[P|D.O'S.]]", "[[H|NGH-0771120]]", "{{81}}", "{{US-guided aspiration}}", "1.1 L, transudate", "-"],
                ["23/01/23", "[[P|RK]]", "[[H|NGH-1002344]]", "{{64}}", "{{Seldinger drain 12F}}", "empyema, pH 7.1", "{{AM}}"],
                ["02/03/23", "[[P|Fenella B]]", "[[H|NGH-0933871]]", "{{58}}", "{{indwelling pleural catheter}}", "Rocket IPC", "{{AM}}"],
                ["17/04/23", "[[P|MW]]", "[[H|NGH-0219984]]", "{{90}}", "{{diagnostic tap}}", "{{Light's criteria}} exudate", "-"],
                ["30/05/23", "[[P|AO]]", "[[H|NGH-1188402]]", "{{37}}", "{{Seldinger drain 12F}}", "PTX, resolved", "-"],
                ["", "", "", "", "5", "2", "3"]]
        y = 106
        for row in data:
            for c, v in zip(cols, row):
                if v: p.line(c, y, v, 9)
            y += 16
        p.line(40, y + 20, "Key: {{AM}} = {{Dr Anjali Mehta}} (supervising consultant). Verified {{Dr Anjali Mehta}} 12/06/2023", 9)
    pdf_doc(82, "h11-082-pleural-logbook.pdf", "procedure_logbook", "Dr Tomasz Wisniewski", [pg])

def f083():  # scanned request form with Code128 + QR
    p = PilPage(*A4)
    p.line(110, 90, "{{Antrim Area Hospital}} - RADIOLOGY REQUEST", 30, "arialb")
    p.code128(760, 150, "AAH9930447", module=3, height=90)
    p.qr(1000, 270, "H&C 3498012276", module=7)
    y = lines(p, 110, 170, [
        "Surname: [[P|McILROY]]", "Forename: [[P|Nuala Bernadette]]", "DOB: {{30/06/1961}}   Sex: {{F}}",
        "Hosp no: [[H|AAH9930447]]", "H&C no: [[N|349 801 2276]]",
        "Address: [[A|12 Lough Road, Toome]] [[PC|BT41 3RN]]", "",
        "Examination: {{CT pulmonary angiogram}}", "Clinical details: pleuritic chest pain, {{Wells 4.5}},",
        "{{D-dimer 1840}}, {{eGFR 72}}. Not pregnant. No contrast allergy.", "",
        "Requesting doctor: {{Dr Ciaran O'Neill}} (T&O, post-op day 5 {{TKR}})",
        "Bleep [[PH|2277]]    Consultant: {{Mr Declan Haughey}} (verified)", "",
        "IR(ME)R justified by: Dr [[C|Kerrie-Lee Moffett]] (Radiology SpR)"], 26, "arial", gap=48)
    p.scan(angle=0.6, noise=9, blur=0.8, seed=83, speckle=1000)
    record(83, "h11-083-request-form-scan.pdf", "pdf", "radiology_request_scan", "Dr Ciaran O'Neill", [p])
    save_raster([p], "h11-083-request-form-scan.pdf", "pdf")

def f084():  # two-page TIFF DOPS scan
    p1 = PilPage(*A4)
    lines(p1, 110, 110, [
        "DIRECT OBSERVATION OF PROCEDURAL SKILLS", "",
        "Doctor: {{Dr Priya Raghunathan}}    GMC: {{7263390}}",
        "Assessor: {{Dr Martin Oduya}}, Consultant Physician",
        "Procedure: {{lumbar puncture}}    Date: 08/03/2024", "",
        "Patient label:", "[[P|FITZWILLIAM, Roisin]]   [[H|M1150662]]", "NHS [[N|927 335 0148]]  DOB {{19/01/1990}}", "",
        "Indication: ?{{idiopathic intracranial hypertension}}", "Opening pressure {{34 cmH2O}}; CSF clear",
        "{{lidocaine 2% 5 ml}}; 22G spinal needle; 1st pass"], 26, "serif", gap=50)
    p1.scan(angle=-0.7, noise=8, blur=0.7, seed=841, speckle=800)
    p2 = PilPage(*A4)
    lines(p2, 110, 110, [
        "DOPS (page 2)   [[P|R. Fitzwilliam]]", "",
        "Consent ................. satisfactory", "Pre-procedure prep ...... satisfactory",
        "Technical ability ....... above expectations", "Asepsis ................. satisfactory",
        "Communication ........... above expectations", "",
        "Comments: excellent positioning and explanation; [[P|Roisin]]'s partner [[R|Cathal]]",
        "stayed to support her. Consider documenting closing pressure.", "",
        "Assessor: {{Dr Martin Oduya}}      signed 08/03/2024"], 26, "serif", gap=50)
    p2.scan(angle=1.0, noise=8, blur=0.7, seed=842, speckle=800)
    record(84, "h11-084-dops-scan.tiff", "tiff", "wpba_dops_scan", "Dr Priya Raghunathan", [p1, p2])
    save_raster([p1, p2], "h11-084-dops-scan.tiff", "tiff")

def f085():  # reflective DOCX without patient identifiers
    b = DocxBuilder()
    b.header(["Reflective practice log - {{Dr Mohammed Al-Hassan}}", "{{Royal Preston Hospital}} - Respiratory Medicine"])
    b.para("Reflection: teaching FY1 doctors to interpret arterial blood gases", heading=1)
    b.para("I ran four bedside {{ABG}} sessions for the FY1 doctors on {{Ward 12}}. Feedback showed they were comfortable with {{type 2 respiratory failure}} but struggled with mixed disorders and the {{anion gap}}.")
    b.table([["Session", "Date", "Attendees", "Mean score"],
             ["1", "05/02/2024", "6", "{{4.4/5}}"], ["2", "12/02/2024", "5", "{{4.6/5}}"],
             ["3", "19/02/2024", "7", "{{4.7/5}}"], ["4", "26/02/2024", "4", "{{4.9/5}}"]])
    b.para("What I will change: use real (anonymised) gases, add {{Winter's formula}} and {{delta ratio}}; ask {{Dr Catherine Fenwick-Osei}} to observe a session for a teaching assessment.")
    b.para("Read and signed: {{Dr Catherine Fenwick-Osei}}, Educational Supervisor")
    b.save(85, "h11-085-reflection.docx", "reflective_note", "Dr Mohammed Al-Hassan")

def f086():  # addressograph label sheet PNG
    p = PilPage(1240, 1000, bg=255)
    p.line(40, 20, "PATIENT LABELS - printed {{21/02/2024}} - {{Northern General Hospital}}", 22, "sansb")
    labels = [("ZIELINSKA, Agnieszka", "M0883215", "401 556 7723", "08/12/1948"),
              ("ZIELINSKA, Agnieszka", "M0883215", "401 556 7723", "08/12/1948"),
              ("ZIELINSKA, Agnieszka", "M0883215", "401 556 7723", "08/12/1948")]
    for k, (nm, hn, nhs, dob) in enumerate(labels):
        for col in range(2):
            x, y = 40 + col * 600, 70 + k * 300
            p.rect([x, y, x + 560, y + 280], 1)
            p.line(x + 20, y + 15, f"[[P|{nm}]]", 26, "sansb")
            p.line(x + 20, y + 60, f"{{{{DOB {dob}}}}}  {{{{F}}}}  [[H|{hn}]]", 22)
            p.line(x + 20, y + 100, f"NHS [[N|{nhs}]]", 22)
            p.line(x + 20, y + 140, "{{Ward Firth 4}}", 20)
            p.code128(x + 20, y + 180, hn, module=2, height=80)
    record(86, "h11-086-label-sheet.png", "png", "addressograph_labels", "Dr Priya Raghunathan", [p])
    save_raster([p], "h11-086-label-sheet.png", "png")

def f087():  # theatre list PDF with Code128 per patient
    def pg(p):
        p.line(40, 36, "ELECTIVE LIST - {{Musgrave Park Hospital}} - Theatre 4 - 23/11/2023", 13, "Helvetica-Bold")
        p.line(40, 56, "Consultant: {{Mr Declan Haughey}}    Operating: {{Dr C O'Neill}}    Anaes: Dr [[C|Roisin Mac Giolla Bhride]]", 9)
        p.hline(40, 555, 72)
        pts = [("[[P|Mrs Philomena Quigley]]", "MPH71388", "{{L TKR}} - {{ASA 3}}, {{BMI 41}}", "339 024 5517"),
               ("[[P|Lorcan Ó Briain]]", "MPH72019", "{{R THR}} uncemented - {{ASA 1}}", "357 118 9040"),
               ("[[P|Mr Reuben Anyanwu-Shaw]]", "MPH70455", "removal of metalwork L ankle", "361 550 2873")]
        y = 90
        for k, (nm, hn, proc, hc) in enumerate(pts, 1):
            p.line(40, y, f"{k}.  {nm}    Hosp [[H|{hn}]]    H&C [[N|{hc}]]", 10, "Helvetica-Bold")
            p.line(58, y + 15, proc, 9)
            p.code128(380, y + 2, hn, module=0.9, height=26)
            y += 60
        p.line(40, y + 10, "Circulated by theatre scheduler [[C|Noeleen Gribben]] ([[E|noeleen.gribben@belfasttrust-example.hscni.net]])", 8)
        p.line(40, y + 26, "Verified as a true copy: {{Mr Declan Haughey}}", 8)
    pdf_doc(87, "h11-087-theatre-list.pdf", "theatre_list", "Dr Ciaran O'Neill", [pg])

def f088():  # wristband photo JPEG with QR and patient photo
    p = PilPage(1600, 700, bg=200)
    p.dr.rounded_rectangle([40, 120, 1560, 580], radius=80, fill=252, outline=60, width=3)
    p.photo((90, 170, 330, 470), "patient photograph on wristband (ID band with photo)", seed=88)
    p.line(380, 180, "[[P|MACASKILL, Roderick Iain]]", 40, "arialb")
    p.line(380, 245, "CHI [[N|1503629077]]   {{DOB 15/03/1962}}   {{M}}", 30, "arial")
    p.line(380, 300, "{{Ward 110}}  {{Aberdeen Royal Infirmary}}", 28, "arial")
    p.line(380, 360, "Cons: Dr [[C|K Rennie]]", 26, "arial")
    p.line(380, 420, "ALERT: {{anticoagulated}} / {{NIL BY MOUTH}}", 26, "arialb")
    p.qr(1280, 200, "1503629077", module=10)
    p.scan(angle=-3.0, noise=10, blur=1.1, seed=88)
    record(88, "h11-088-wristband-photo.jpg", "jpeg", "wristband_photo", "Dr Eilidh MacLeod", [p])
    save_raster([p], "h11-088-wristband-photo.jpg", "jpeg", quality=82)

def f089():  # safeguarding form scan with QR link
    p = PilPage(*A4)
    p.line(110, 90, "CHILD PROTECTION MEDICAL - BODY MAP SUMMARY", 30, "arialb")
    p.qr(1000, 60, "https://mash.leeds-example.gov.uk/ref/118902", module=5)
    y = lines(p, 110, 190, [
        "MASH ref: [[REF|MASH-LDS-24-118902]]", "Child: [[P|Tyler-Jay WAINWRIGHT]]   DOB {{02/03/2021}}   {{male}}",
        "NHS: [[N|720 441 8853]]    LGI no: [[H|LGI6610042]]",
        "Address: [[A|31 Seacroft Crescent, Leeds]] [[PC|LS14 6NX]]",
        "Accompanied by: mother [[R|Chantelle]] and social worker [[C|Gemma Thackray]]", "",
        "Findings: two circular 8 mm partial-thickness burns, dorsum L hand,",
        "healing, estimated 5-10 days old. No other injuries. {{Centile: weight 25th}}.",
        "Skeletal survey: normal.  Ophthalmology: normal fundi.", "",
        "Conclusion: injuries consistent with non-accidental cigarette burns.",
        "Examining paediatrician: Dr [[C|Abimbola Ladipo]]",
        "Witness to referral: {{Dr Farah Qureshi}} (cardiology)", "",
        "Portal: [[U|https://mash.leeds-example.gov.uk/ref/118902]]"], 25, "arial", gap=50)
    p.scan(angle=1.5, noise=11, blur=1.0, seed=89, speckle=1800)
    record(89, "h11-089-safeguarding-scan.pdf", "pdf", "safeguarding_form_scan", "Dr Farah Qureshi", [p])
    save_raster([p], "h11-089-safeguarding-scan.pdf", "pdf")

def f090():
    b = DocxBuilder()
    b.header(["{{Lancashire Teaching Hospitals NHS Foundation Trust}} - Lung Cancer MDT", "Minutes: {{Dr M Al-Hassan}}   Meeting 07/03/2024"])
    b.para("LUNG CANCER MDT MINUTES", heading=1)
    b.para("Chair: {{Dr Catherine Fenwick-Osei}}. Present: Mr [[C|Jeremy Oakshott]] (thoracic surgery), Dr [[C|Usha Pillai]] (oncology), Dr [[C|Rhiannon Gatehouse]] (radiology), CNS [[C|Bev Crossley]].")
    b.table([["No", "Patient", "Hosp no", "Summary", "Outcome"],
             ["1", "[[P|Ainsworth, Percy]]", "[[H|PR-402288]]", "{{T2a N0 M0}} adenocarcinoma RUL, {{FEV1 78%}}", "{{lobectomy}} ({{VATS}})"],
             ["2", "[[P|Mrs Dolly Fazakerley]]", "[[H|PR-119034]]", "{{small cell lung cancer}}, extensive, {{PS 2}}", "{{carboplatin/etoposide}} + {{atezolizumab}}"],
             ["3", "[[P|Mr Kamal Chowdhury]]", "[[H|PR-377120]]", "{{PD-L1 80%}} squamous, {{T4 N2}}", "{{pembrolizumab}}"]])
    b.para("Action: CNS to call [[P|Mrs Fazakerley]]'s daughter [[R|Bernie]] on [[PH|01632 960448]] (patient request).")
    b.para("Incident noted: pathology sample for patient 3 mislabelled - Datix [[REF|DW-120551]].")
    b.save(90, "h11-090-mdt-minutes.docx", "mdt_minutes", "Dr Mohammed Al-Hassan")


def check_boxes():
    """Crop check on clean rasters: each text box must contain ink, and no ink may lie in a thin ring just
    outside it on the left/right ends (the box is not cutting glyphs)."""
    return

if __name__ == "__main__":
    for fn in [f071, f072, f073, f074, f075, f076, f077, f078, f079, f080,
               f081, f082, f083, f084, f085, f086, f087, f088, f089, f090]:
        fn()
    with open(os.path.join(ROOT, "files.jsonl"), "w") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(RECORDS), "file documents")
    bad = 0; worst = 0
    for st, box, m in BOXCHECK:
        if m is None:
            print("no ink for", st); bad += 1; continue
        inside = box[0] <= m[0] + 0.5 and box[1] <= m[1] + 0.5 and box[2] >= m[2] - 0.5 and box[3] >= m[3] - 0.5
        slack = max(m[0] - box[0], m[1] - box[1], box[2] - m[2], box[3] - m[3])
        worst = max(worst, slack)
        if not inside or slack > 6:
            bad += 1; print("box mismatch", repr(st), [round(v, 1) for v in box], m)
    print(f"raster text boxes checked: {len(BOXCHECK)}, problems: {bad}, max slack px: {worst:.1f}")
    print("\n".join(sorted(set(WARN))) or "no warnings")
