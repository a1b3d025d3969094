"""Render the 13 file documents of the s47-holdout set and write files.jsonl.
Every string, number and layout below was typed by hand for this set; boxes are computed from the drawing
coordinates (PIL textbbox / reportlab font metrics), then carried through any rotation applied to a 'scan'.
Run with: /work/main/.venv/bin/python src/make_files.py"""
import json, math, os, random, io
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.graphics.barcode.code128 import Code128, _patterns
from reportlab.graphics.barcode import qrencoder

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
OUT = os.path.join(SET, 'files')
os.makedirs(OUT, exist_ok=True)
FD = '/usr/share/fonts/truetype/dejavu/'
def F(size, style='Sans'):
    return ImageFont.truetype(FD + {'Sans': 'DejaVuSans.ttf', 'Bold': 'DejaVuSans-Bold.ttf', 'Mono': 'DejaVuSansMono.ttf',
                                    'Serif': 'DejaVuSerif.ttf', 'SerifI': 'DejaVuSerif-Italic.ttf',
                                    'Cond': 'DejaVuSansCondensed.ttf', 'MonoB': 'DejaVuSansMono-Bold.ttf'}[style], size)
random.seed(47)

# ---------------------------------------------------------------- barcode geometry (own drawing)
def code128_runs(value):
    b = Code128(value, barWidth=1, quiet=0)
    b.validate(); b.encode(); b.decompose()
    runs = []
    for ch in b.decomposed:
        w = 'abcd'.index(ch.lower()) + 1
        runs.append((ch.isupper(), w))
    return runs

def qr_matrix(value):
    for ver in range(2, 11):
        try:
            q = qrencoder.QRCode(ver, qrencoder.QRErrorCorrectLevel.M)
            q.addData(value); q.make()
            n = q.getModuleCount()
            return [[q.isDark(r, c) for c in range(n)] for r in range(n)]
        except Exception:
            continue
    raise ValueError(value)

# ---------------------------------------------------------------- PIL page with annotation records
class Page:
    def __init__(self, w, h, bg=(255, 255, 255), pageno=1):
        self.img = Image.new('RGB', (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.W, self.H, self.p = w, h, pageno
        self.recs = []   # (kind, text/value, type/format, pixel box)
    def seg(self, x, y, parts, fill=(20, 20, 20)):
        """parts: list of (string, font, tag); tag None | 'keep' | TYPE (identifier). Returns x after last part."""
        for s, font, tag in parts:
            self.d.text((x, y), s, font=font, fill=fill)
            if tag:
                bb = self.d.textbbox((x, y), s, font=font)
                self.recs.append(('keep' if tag == 'keep' else 'id', s, tag, bb))
            x = x + font.getlength(s)
        return x
    def t(self, x, y, s, font, tag=None, fill=(20, 20, 20)):
        return self.seg(x, y, [(s, font, tag)], fill)
    def code128(self, x, y, value, module=3, height=90, fill=(0, 0, 0)):
        cx = x
        for bar, w in code128_runs(value):
            if bar:
                self.d.rectangle([cx, y, cx + w * module - 1, y + height - 1], fill=fill)
            cx += w * module
        self.recs.append(('bc', value, 'Code128', (x, y, cx, y + height)))
        return cx
    def qr(self, x, y, value, module=6, fill=(0, 0, 0)):
        m = qr_matrix(value); n = len(m)
        for r in range(n):
            for c in range(n):
                if m[r][c]:
                    self.d.rectangle([x + c * module, y + r * module, x + (c + 1) * module - 1, y + (r + 1) * module - 1], fill=fill)
        self.recs.append(('bc', value, 'QRCode', (x, y, x + n * module, y + n * module)))
        return x + n * module
    def photo(self, box, what):
        self.recs.append(('photo', what, None, box))
    def rotate(self, deg, fill):
        """rotate the whole page (counter-clockwise by deg) about its centre; carry the boxes along"""
        self.img = self.img.rotate(deg, resample=Image.BICUBIC, fillcolor=fill)
        th = math.radians(deg); cx, cy = self.W / 2, self.H / 2
        new = []
        for k, s, t, (x0, y0, x1, y1) in self.recs:
            pts = []
            for px, py in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
                dx, dy = px - cx, py - cy
                pts.append((cx + dx * math.cos(th) + dy * math.sin(th), cy - dx * math.sin(th) + dy * math.cos(th)))
            new.append((k, s, t, (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))))
        self.recs = new
        self.d = ImageDraw.Draw(self.img)
    def noise(self, amount=10, speckles=400, blur=0.6):
        import numpy as np
        a = np.asarray(self.img).astype('int16')
        a = a + np.random.default_rng(47).normal(0, amount, a.shape).astype('int16')
        self.img = Image.fromarray(a.clip(0, 255).astype('uint8'))
        d = ImageDraw.Draw(self.img)
        for _ in range(speckles):
            x, y = random.randrange(self.W), random.randrange(self.H)
            d.point((x, y), fill=(random.randrange(60, 140),) * 3)
        if blur:
            self.img = self.img.filter(ImageFilter.GaussianBlur(blur))
        self.d = ImageDraw.Draw(self.img)
    def entries(self, pad=2):
        ids, keep, bcs, photos = [], [], [], []
        for k, s, t, (x0, y0, x1, y1) in self.recs:
            box = [round(max(0, (x0 - pad) / self.W), 4), round(max(0, (y0 - pad) / self.H), 4),
                   round(min(1, (x1 + pad) / self.W), 4), round(min(1, (y1 + pad) / self.H), 4)]
            if k == 'id': ids.append({'text': s, 'type': t, 'page': self.p, 'box': box})
            elif k == 'keep': keep.append({'text': s, 'page': self.p, 'box': box})
            elif k == 'bc': bcs.append({'format': t, 'value': s, 'page': self.p, 'box': box})
            else: photos.append({'page': self.p, 'box': box, 'what': s})
        return ids, keep, bcs, photos

RECORDS = []
def record(did, fname, fmt, kind, applicant, pages, ids, keep, bcs=(), photos=()):
    o = {'id': did, 'file': 'files/' + fname, 'format': fmt, 'kind': kind, 'applicant': applicant}
    if pages: o['pages'] = pages
    o['identifiers'] = list(ids); o['keep'] = list(keep)
    if bcs: o['barcodes'] = list(bcs)
    if photos: o['photos'] = list(photos)
    RECORDS.append(o)

def merge(pages):
    ids, keep, bcs, ph = [], [], [], []
    for p in pages:
        a, b, c, d = p.entries(); ids += a; keep += b; bcs += c; ph += d
    return ids, keep, bcs, ph

# ================================================================ s47-073 wristband photo (adult, cardiology)
def f073():
    pg = Page(1600, 1000, bg=(196, 160, 132))
    d = pg.d
    # bed sheet / arm background shading
    for i in range(0, 1000, 4):
        d.line([(0, i), (1600, i)], fill=(196 - i // 40, 160 - i // 50, 132 - i // 60))
    d.rectangle([0, 0, 1600, 150], fill=(226, 232, 240))        # pillow/sheet strip
    d.rounded_rectangle([60, 300, 1540, 700], radius=40, fill=(250, 250, 247), outline=(200, 200, 200), width=3)
    b, r, m = F(46, 'Bold'), F(34), F(30, 'Mono')
    pg.t(110, 330, 'PRENDERGAST, Maureen Agnes', b, 'PATIENT_NAME')
    pg.seg(110, 400, [('DOB: ', r, None), ('03/11/1941', r, 'keep'), ('   F   ', r, None), ('Age 82', r, 'keep')])
    pg.seg(110, 452, [('MRN ', m, None), ('K2288104', m, 'HOSPITAL_NUMBER')])
    pg.seg(110, 500, [('NHS ', m, None), ('619 447 2083', m, 'NHS_NUMBER')])
    pg.t(110, 552, 'University Hospital of North Tees', F(28), 'keep')
    pg.t(110, 600, 'Ward 9 CCU', F(28, 'Bold'), 'keep')
    pg.code128(720, 420, 'K2288104', module=4, height=150)
    pg.qr(1260, 360, 'K2288104^6194472083', module=9)
    d.rounded_rectangle([700, 605, 1230, 685], radius=12, fill=(214, 40, 40))
    pg.t(720, 618, 'ALLERGY: PENICILLIN', F(40, 'Bold'), 'keep', fill=(255, 255, 255))
    pg.rotate(-1.8, fill=(150, 120, 100))
    pg.noise(amount=6, speckles=200, blur=0.5)
    pg.img.save(os.path.join(OUT, 's47-073-wristband.png'))
    ids, keep, bcs, ph = pg.entries()
    record('s47-073', 's47-073-wristband.png', 'png', 'wristband_photo', 'Dr Ahmed Elsayed Mahmoud', 1, ids, keep, bcs, ph)

# ================================================================ s47-074 neonatal wristband photo with QR
def f074():
    pg = Page(1400, 900, bg=(238, 224, 228))
    d = pg.d
    d.ellipse([-200, 500, 900, 1300], fill=(242, 205, 190))       # baby's leg, vaguely
    d.rounded_rectangle([80, 200, 1320, 560], radius=30, fill=(255, 255, 255), outline=(180, 180, 220), width=4)
    d.rectangle([80, 200, 140, 560], fill=(120, 160, 230))
    b, r, m = F(40, 'Bold'), F(30), F(28, 'Mono')
    pg.t(170, 225, 'BABY OF GRACE-ANNE OKONJO', b, 'PATIENT_NAME')
    pg.seg(170, 285, [('DOB ', r, None), ('21/01/2024', r, 'keep'), (' 04:17  ', r, None), ('Male', r, 'keep'), ('  ', r, None), ('2.41 kg', r, 'keep')])
    pg.seg(170, 335, [('Hosp No ', m, None), ('S4480033', m, 'HOSPITAL_NUMBER')])
    pg.seg(170, 380, [('NHS ', m, None), ('943 476 5919', m, 'NHS_NUMBER')])
    pg.t(170, 430, 'Neonatal Unit - Leicester Royal Infirmary', F(26), 'keep')
    pg.seg(170, 478, [('Mother: ', F(24), None), ('Grace-Anne Okonjo', F(24), 'RELATIVE_NAME'), ('  Mother hosp no ', F(24), None), ('LRI-M 7731904', F(24), 'HOSPITAL_NUMBER')])
    pg.qr(1040, 235, 'S4480033|9434765919', module=8)
    pg.code128(690, 330, 'S4480033', module=3, height=80)
    pg.rotate(1.2, fill=(225, 210, 215))
    pg.noise(amount=5, speckles=150, blur=0.4)
    pg.img.save(os.path.join(OUT, 's47-074-neonatal-band.png'))
    ids, keep, bcs, ph = pg.entries()
    record('s47-074', 's47-074-neonatal-band.png', 'png', 'wristband_photo', 'Dr Nisansala Wijeratne', 1, ids, keep, bcs, ph)

# ================================================================ s47-075 addressograph label sheet (3 labels)
def f075():
    pg = Page(1700, 1200, bg=(252, 252, 252))
    d = pg.d
    pg.t(60, 40, 'Royal Tamesbury Hospital NHS Foundation Trust - patient labels (sheet 2 of 4)', F(30, 'Bold'), 'keep')
    pg.seg(60, 90, [('Printed for theatre: ', F(24), None), ('Theatre 4', F(24), 'keep'), ('   user: ', F(24), None), ('MCONST', F(24), None)])
    labels = [
        ('WHITLOCK', 'Doreen', '12/03/1948', 'F', 'RTH0048213', '463 118 2094', '14 Saxon Way, Tamesbury', 'TM4 7QA'),
        ('HAJIYEVA', 'Leyla', '30/09/1966', 'F', 'RTH0058841', '702 350 8816', 'Flat 2, 9 Orchard Rise, Tamesbury', 'TM2 3XN'),
        ('BRADSHAW-NWANKWO', 'Isaac', '17/05/2003', 'M', 'RTH0063027', '581 640 2297', '6 The Paddocks, Little Hanbury', 'TM9 1EJ'),
    ]
    for i, (sur, fn, dob, sex, mrn, nhs, addr, pc) in enumerate(labels):
        y0 = 150 + i * 340
        d.rounded_rectangle([60, y0, 1640, y0 + 310], radius=16, outline=(140, 140, 140), width=3)
        pg.t(90, y0 + 20, f'{sur}, {fn}', F(40, 'Bold'), 'PATIENT_NAME')
        pg.seg(90, y0 + 80, [('DOB ', F(30), None), (dob, F(30), 'keep'), (f'   {sex}', F(30), None)])
        pg.seg(90, y0 + 128, [('Hosp No ', F(30, 'Mono'), None), (mrn, F(30, 'Mono'), 'HOSPITAL_NUMBER')])
        pg.seg(90, y0 + 176, [('NHS No ', F(30, 'Mono'), None), (nhs, F(30, 'Mono'), 'NHS_NUMBER')])
        pg.t(90, y0 + 226, addr, F(26), 'ADDRESS')
        x = pg.t(90 + F(26).getlength(addr + '  '), y0 + 226, pc, F(26), 'POSTCODE')
        pg.code128(1000, y0 + 60, mrn, module=4, height=150)
        pg.t(1000, y0 + 225, 'Cons: Mr R. Hallworth', F(26), 'keep')
    pg.noise(amount=3, speckles=60, blur=0)
    pg.img.save(os.path.join(OUT, 's47-075-addressograph-sheet.png'))
    ids, keep, bcs, ph = pg.entries()
    record('s47-075', 's47-075-addressograph-sheet.png', 'png', 'addressograph_labels', 'Dr Mihai Constantinescu', 1, ids, keep, bcs, ph)

# ================================================================ s47-076 specimen tube labels (TIFF)
def f076():
    pg = Page(1500, 1000, bg=(245, 245, 240))
    d = pg.d
    pg.t(50, 30, 'Blood Sciences - specimen reception photo (rejected sample log, labelling audit)', F(28, 'Bold'), 'keep')
    pg.t(50, 75, 'University Hospital of North Tees', F(26), 'keep')
    for i, (acc, name, mrn, dob, test) in enumerate([
        ('23:B0177516', 'OGUNDIPE, Babatunde', 'K2301188', '09/02/1970', 'U&E LFT CRP'),
        ('23:B0177533', 'MCALLISTER, Fiona J', 'K2287740', '28/06/1985', 'hs-cTnT x2'),
    ]):
        y0 = 140 + i * 420
        d.rounded_rectangle([50, y0, 1450, y0 + 380], radius=20, fill=(255, 255, 255), outline=(160, 160, 160), width=3)
        pg.t(80, y0 + 20, name, F(40, 'Bold'), 'PATIENT_NAME')
        pg.seg(80, y0 + 80, [('MRN ', F(30, 'Mono'), None), (mrn, F(30, 'Mono'), 'HOSPITAL_NUMBER'), ('   DOB ', F(30, 'Mono'), None), (dob, F(30, 'Mono'), 'keep')])
        pg.seg(80, y0 + 130, [('Lab no ', F(30, 'Mono'), None), (acc, F(30, 'Mono'), 'OTHER_ID')])
        pg.seg(80, y0 + 180, [('Tests: ', F(30), None), (test, F(30), 'keep')])
        pg.code128(80, y0 + 235, acc, module=3, height=110)
        pg.code128(820, y0 + 90, mrn, module=4, height=160)
    pg.seg(50, 960, [('Logged by: ', F(24), None), ('Dr Ahmed Elsayed Mahmoud', F(24), 'keep'), (' - sample 2 rejected: unlabelled request form', F(24), None)])
    pg.noise(amount=4, speckles=80, blur=0.3)
    pg.img.save(os.path.join(OUT, 's47-076-specimen-labels.tiff'), compression='tiff_lzw')
    ids, keep, bcs, ph = pg.entries()
    record('s47-076', 's47-076-specimen-labels.tiff', 'tiff', 'specimen_labels_photo', 'Dr Ahmed Elsayed Mahmoud', 1, ids, keep, bcs, ph)

def image_pdf(pages, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path, pagesize=A4)
    for pg in pages:
        buf = io.BytesIO(); pg.img.convert('L').save(buf, 'PNG'); buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

# ================================================================ s47-077 image-only scanned letter (PDF)
def f077():
    W, H = 1240, 1754      # A4 at 150 dpi
    pg = Page(W, H, bg=(250, 249, 244))
    L = 110
    h1, r, b, sm = F(30, 'Bold'), F(22, 'Serif'), F(22, 'Bold'), F(18, 'Serif')
    pg.t(L, 90, 'Gloucestershire Hospitals NHS Foundation Trust', h1, 'keep')
    pg.t(L, 135, 'Trauma & Orthopaedics - Fracture Clinic, Gloucestershire Royal Hospital', F(20), 'keep')
    pg.seg(L, 200, [('Our ref: ', r, None), ('MOA/FC/23/2291', r, 'REFERENCE_NUMBER')])
    pg.seg(L, 232, [('Your ref: ', r, None), ('JB/CLIN/0876', r, 'REFERENCE_NUMBER')])
    pg.t(820, 200, '14 December 2023', r, 'keep')
    pg.t(L, 300, 'Dr Joanna Birtwhistle', r, 'COLLEAGUE_NAME')
    pg.t(L, 330, 'Painswick Road Surgery', r, 'ADDRESS')
    pg.t(L, 360, '27 Painswick Road, Stroud', r, 'ADDRESS')
    pg.t(L, 390, 'GL5 1QE', r, 'POSTCODE')
    pg.seg(L, 460, [('Dear ', r, None), ('Dr Birtwhistle', r, 'COLLEAGUE_NAME')])
    pg.seg(L, 520, [('Re: ', b, None), ('Mr Kwabena Asante-Dufie', b, 'PATIENT_NAME'), ('   DOB ', b, None), ('05/07/1996', b, 'keep')])
    pg.seg(L, 552, [('     ', r, None), ('16 Wharf Court, Stroud', r, 'ADDRESS'), (' ', r, None), ('GL5 3JN', r, 'POSTCODE'), ('   Hosp no ', r, None), ('10452207T', r, 'HOSPITAL_NUMBER')])
    pg.seg(L, 584, [('     NHS no ', r, None), ('826 004 1773', r, 'NHS_NUMBER')])
    pg.seg(L, 640, [('Diagnosis: ', b, None), ('Lisfranc injury', r, 'keep'), (' (right foot), ', r, None), ('ORIF', r, 'keep'), (' on 02/11/2023', r, None)])
    y = 700
    for line in ['I reviewed this 27-year-old footballer in fracture clinic six weeks after open reduction',
                 'and internal fixation. Wounds have healed. Weight-bearing X-rays show maintained reduction',
                 'of the tarsometatarsal joints. He remains in a boot, partial weight bearing.']:
        pg.t(L, y, line, r); y += 32
    pg.seg(L, y, [('Plan: ', r, None), ('full weight bearing in boot', r, 'keep'), (' for 4 weeks, physiotherapy, removal of', r, None)]); y += 32
    pg.t(L, y, 'bridging plate at 4-6 months. He asked that his partner, ', r)
    pg.t(L + r.getlength('bridging plate at 4-6 months. He asked that his partner, '), y, 'Efua', r, 'RELATIVE_NAME')
    pg.t(L + r.getlength('bridging plate at 4-6 months. He asked that his partner, Efua'), y, ', be copied in.', r); y += 32
    pg.seg(L, y, [('He can be contacted on ', r, None), ('07700 900452', r, 'PHONE'), ('.', r, None)]); y += 80
    pg.t(L, y, 'Yours sincerely', r); y += 90
    pg.t(L, y - 40, 'M. O. Abdelrahman', F(30, 'SerifI'), 'keep', fill=(30, 40, 120))
    pg.t(L, y, 'Dr Mohammed Osman Abdelrahman', b, 'keep'); y += 30
    pg.t(L, y, 'Specialty Doctor, Trauma & Orthopaedics', r); y += 30
    pg.seg(L, y, [('cc ', sm, None), ('Mr Kwabena Asante-Dufie', sm, 'PATIENT_NAME')])
    pg.seg(L, 1660, [('Typed by ', sm, None), ('KL', sm, 'COLLEAGUE_NAME'), ('  ', sm, None), ('10452207T', sm, 'HOSPITAL_NUMBER'), ('   page 1 of 1', sm, None)])
    pg.rotate(1.3, fill=(235, 235, 230))
    pg.noise(amount=12, speckles=900, blur=0.7)
    image_pdf([pg], os.path.join(OUT, 's47-077-scanned-letter.pdf'))
    ids, keep, bcs, ph = pg.entries()
    record('s47-077', 's47-077-scanned-letter.pdf', 'pdf', 'scanned_clinic_letter_image_only', 'Dr Mohammed Osman Abdelrahman', 1, ids, keep, bcs, ph)

# ---------------------------------------------------------------- reportlab page with annotation records
class PdfDoc:
    def __init__(self, path):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        self.c = canvas.Canvas(path, pagesize=A4)
        self.W, self.H = A4
        self.p = 1
        self.recs = []
    def seg(self, x, y, parts, color=(0, 0, 0)):
        """y is the baseline measured from the TOP of the page (points). parts: (string, font, size, tag)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth, getAscent, getDescent
        for s, font, size, tag in parts:
            self.c.setFont(font, size); self.c.setFillColorRGB(*color)
            self.c.drawString(x, self.H - y, s)
            w = stringWidth(s, font, size)
            if tag:
                asc, desc = getAscent(font, size), getDescent(font, size)
                box = (x, y - asc, x + w, y - desc)
                self.recs.append(('keep' if tag == 'keep' else 'id', s, tag, self.p, box))
            x += w
        return x
    def t(self, x, y, s, font='Helvetica', size=10, tag=None):
        return self.seg(x, y, [(s, font, size, tag)])
    def code128(self, x, ytop, value, module=1.2, height=36):
        cx = x
        self.c.setFillColorRGB(0, 0, 0)
        for bar, w in code128_runs(value):
            if bar:
                self.c.rect(cx, self.H - ytop - height, w * module, height, stroke=0, fill=1)
            cx += w * module
        self.recs.append(('bc', value, 'Code128', self.p, (x, ytop, cx, ytop + height)))
    def qr(self, x, ytop, value, module=2.4):
        m = qr_matrix(value); n = len(m)
        self.c.setFillColorRGB(0, 0, 0)
        for r in range(n):
            for col in range(n):
                if m[r][col]:
                    self.c.rect(x + col * module, self.H - ytop - (r + 1) * module, module, module, stroke=0, fill=1)
        self.recs.append(('bc', value, 'QRCode', self.p, (x, ytop, x + n * module, ytop + n * module)))
    def line(self, x0, y0, x1, y1, w=0.6):
        self.c.setLineWidth(w); self.c.line(x0, self.H - y0, x1, self.H - y1)
    def rect(self, x, ytop, w, h, gray=0.9):
        self.c.setFillGray(gray); self.c.rect(x, self.H - ytop - h, w, h, stroke=0, fill=1); self.c.setFillGray(0)
    def newpage(self):
        self.c.showPage(); self.p += 1
    def save(self):
        self.c.save()
    def entries(self, pad=1.0):
        ids, keep, bcs = [], [], []
        for k, s, t, p, (x0, y0, x1, y1) in self.recs:
            box = [round(max(0, (x0 - pad) / self.W), 4), round(max(0, (y0 - pad) / self.H), 4),
                   round(min(1, (x1 + pad) / self.W), 4), round(min(1, (y1 + pad) / self.H), 4)]
            if k == 'id': ids.append({'text': s, 'type': t, 'page': p, 'box': box})
            elif k == 'keep': keep.append({'text': s, 'page': p, 'box': box})
            else: bcs.append({'format': t, 'value': s, 'page': p, 'box': box})
        return ids, keep, bcs

# ================================================================ s47-078 digital discharge letter with QR + barcode (PDF text layer)
def f078():
    doc = PdfDoc(os.path.join(OUT, 's47-078-discharge-letter.pdf'))
    H, HB = 'Helvetica', 'Helvetica-Bold'
    doc.t(40, 50, 'Cwm Taf Morgannwg University Health Board', HB, 14, 'keep')
    doc.t(40, 68, 'Royal Glamorgan Hospital - Elderly Care (Ward 12)', H, 10, 'keep')
    doc.qr(470, 30, 'W0741136', module=2.6)
    doc.code128(300, 78, 'W0741136', module=1.1, height=30)
    doc.line(40, 120, 555, 120)
    doc.t(40, 140, 'DISCHARGE LETTER / TRANSFER OF CARE', HB, 12)
    doc.seg(40, 162, [('Patient: ', HB, 10, None), ('Mr Emrys Llewellyn-Thomas', H, 10, 'PATIENT_NAME'), ('    DOB: ', HB, 10, None), ('30/04/1933', H, 10, 'keep'), ('    ', H, 10, None), ('Male', H, 10, 'keep')])
    doc.seg(40, 178, [('Hospital no: ', HB, 10, None), ('W0741136', H, 10, 'HOSPITAL_NUMBER'), ('    NHS no: ', HB, 10, None), ('715 220 9348', H, 10, 'NHS_NUMBER')])
    doc.seg(40, 194, [('Address: ', HB, 10, None), ('Bryn Awel, 3 Heol y Graig, Porth', H, 10, 'ADDRESS'), (' ', H, 10, None), ('CF39 9NU', H, 10, 'POSTCODE')])
    doc.seg(40, 210, [('GP: ', HB, 10, None), ('Dr Huw Parry-Evans', H, 10, 'COLLEAGUE_NAME'), (', ', H, 10, None), ('Porth Health Centre', H, 10, 'ADDRESS'), ('   Tel ', H, 10, None), ('01632 960844', H, 10, 'PHONE')])
    doc.seg(40, 226, [('Next of kin: ', HB, 10, None), ('Mrs Delyth Llewellyn-Thomas', H, 10, 'RELATIVE_NAME'), (' (wife)  ', H, 10, None), ('07700 900229', H, 10, 'PHONE')])
    doc.line(40, 238, 555, 238)
    doc.seg(40, 260, [('Diagnosis: ', HB, 10, None), ('Hospital-acquired pneumonia', H, 10, 'keep'), ('; ', H, 10, None), ('hypoactive delirium', H, 10, 'keep'), (' (resolved)', H, 10, None)])
    doc.seg(40, 278, [('Scores: ', HB, 10, None), ('CURB-65 3', H, 10, 'keep'), (', ', H, 10, None), ('4AT 5', H, 10, 'keep'), (' on admission, ', H, 10, None), ('Clinical Frailty Scale 6', H, 10, 'keep')])
    doc.seg(40, 296, [('Results: ', HB, 10, None), ('CRP 212 mg/L', H, 10, 'keep'), (' -> 18; ', H, 10, None), ('Na 131 mmol/L', H, 10, 'keep'), ('; CXR right lower lobe consolidation', H, 10, None)])
    doc.t(40, 322, 'Medication changes', HB, 10)
    doc.seg(50, 338, [('- ', H, 10, None), ('co-amoxiclav 625 mg TDS', H, 10, 'keep'), (' to complete 7 days (2 more days)', H, 10, None)])
    doc.seg(50, 354, [('- ', H, 10, None), ('amitriptyline', H, 10, 'keep'), (' STOPPED (anticholinergic burden, delirium)', H, 10, None)])
    doc.seg(50, 370, [('- ', H, 10, None), ('Adcal-D3', H, 10, 'keep'), (' one tablet BD started', H, 10, None)])
    doc.t(40, 396, 'Follow-up: GP review of Na in 1 week; memory assessment service referral if cognition does not return', H, 10)
    doc.t(40, 410, 'to baseline within 6 weeks. Ceiling of care discussed with patient and wife; ReSPECT form completed.', H, 10)
    doc.seg(40, 440, [('Discharging doctor: ', HB, 10, None), ('Dr Grace Nakato', H, 10, 'keep'), (', Specialty Doctor, Elderly Care   (', H, 10, None), ('GMC 7719026', H, 10, 'keep'), (')', H, 10, None)])
    doc.seg(40, 456, [('Consultant: ', HB, 10, None), ('Dr Alun Prosser', H, 10, 'keep')])
    doc.seg(40, 800, [('Printed from WCP ', H, 7, None), ('W0741136', H, 7, 'HOSPITAL_NUMBER'), (' - ', H, 7, None), ('Mr E Llewellyn-Thomas', H, 7, 'PATIENT_NAME')])
    doc.save()
    ids, keep, bcs = doc.entries()
    record('s47-078', 's47-078-discharge-letter.pdf', 'pdf', 'discharge_letter_text_pdf', 'Dr Grace Nakato', 1, ids, keep, bcs)

# ================================================================ s47-079 multi-page ED record (PDF text layer, 3 pages)
def f079():
    doc = PdfDoc(os.path.join(OUT, 's47-079-ed-record-3pages.pdf'))
    H, HB, C = 'Helvetica', 'Helvetica-Bold', 'Courier'
    def header(n):
        doc.t(40, 40, 'Northern Care Alliance NHS Foundation Trust', HB, 12, 'keep')
        doc.t(40, 56, 'Fairfield General Hospital - Emergency Department', H, 9, 'keep')
        doc.seg(330, 40, [('ELLISON-WARD, Precious', HB, 10, 'PATIENT_NAME')])
        doc.seg(330, 54, [('MRN ', H, 9, None), ('0559017', H, 9, 'HOSPITAL_NUMBER'), ('   Attendance ', H, 9, None), ('FGH-ED-2023-0612244', H, 9, 'HOSPITAL_NUMBER')])
        doc.seg(330, 68, [('DOB ', H, 9, None), ('22/12/1979', H, 9, 'keep'), ('   ', H, 9, None), ('Female', H, 9, 'keep')])
        doc.line(40, 80, 555, 80)
        doc.seg(40, 815, [('Printed by OAC 21/08/2023 04:12    ', H, 7, None), ('Page %d of 3' % n, H, 7, 'keep')])
        doc.seg(400, 815, [('0559017', C, 7, 'HOSPITAL_NUMBER'), (' / ', C, 7, None), ('ELLISON-WARD', C, 7, 'PATIENT_NAME')])
    # ---- page 1
    header(1)
    doc.code128(40, 88, '0559017', module=1.3, height=32)
    y = 140
    doc.seg(40, y, [('Arrival: ', HB, 10, None), ('20/08/2023 22:47', H, 10, 'keep'), ('  by ambulance, CAD ', H, 10, None), ('230820-1457', H, 10, 'REFERENCE_NUMBER')]); y += 16
    doc.seg(40, y, [('Address: ', HB, 10, None), ('Flat 14, Lowry House, Rochdale Road, Bury', H, 10, 'ADDRESS'), (' ', H, 10, None), ('BL9 7TD', H, 10, 'POSTCODE')]); y += 16
    doc.seg(40, y, [('NHS: ', HB, 10, None), ('402 118 7736', H, 10, 'NHS_NUMBER'), ('    Contact: ', HB, 10, None), ('07700 900804', H, 10, 'PHONE'), (' (sister ', H, 10, None), ('Blessing', H, 10, 'RELATIVE_NAME'), (')', H, 10, None)]); y += 16
    doc.seg(40, y, [('Triage: ', HB, 10, None), ('Manchester Triage System', H, 10, 'keep'), (' - category 2 (orange), triage nurse ', H, 10, None), ('RN Adele Crompton', H, 10, 'COLLEAGUE_NAME')]); y += 26
    doc.t(40, y, 'Presenting complaint', HB, 11); y += 16
    for line in ['43F, 36/40 pregnant? -> NO: 6 days post caesarean section (Royal Oldham Hospital), breathless and',
                 'pleuritic chest pain since this afternoon. Left calf swelling.']:
        doc.t(40, y, line, H, 10); y += 14
    y += 6
    doc.seg(40, y, [('Obs: ', HB, 10, None), ('HR 124', H, 10, 'keep'), (', ', H, 10, None), ('BP 98/61', H, 10, 'keep'), (', ', H, 10, None), ('RR 28', H, 10, 'keep'), (', ', H, 10, None), ('SpO2 89% on air', H, 10, 'keep'), (', T 37.6, ', H, 10, None), ('NEWS2 9', H, 10, 'keep')]); y += 16
    doc.seg(40, y, [('Wells score 7.5', H, 10, 'keep'), (' (PE likely).  ECG: sinus tachycardia, S1Q3T3, ', H, 10, None), ('T inversion V1-V4', H, 10, 'keep')]); y += 16
    doc.seg(40, y, [('Seen by: ', HB, 10, None), ('Dr Oluwaseun Adebayo-Cole', H, 10, 'keep'), (' (Specialty Doctor, EM) at 22:58', H, 10, None)])
    # ---- page 2
    doc.newpage(); header(2)
    y = 110
    doc.t(40, y, 'Investigations', HB, 11); y += 16
    doc.seg(40, y, [('ABG: ', HB, 10, None), ('pH 7.46', H, 10, 'keep'), (', ', H, 10, None), ('pO2 7.9 kPa', H, 10, 'keep'), (', ', H, 10, None), ('pCO2 3.9 kPa', H, 10, 'keep'), (', ', H, 10, None), ('lactate 3.1', H, 10, 'keep')]); y += 16
    doc.seg(40, y, [('hs-cTnT 64 ng/L', H, 10, 'keep'), ('; ', H, 10, None), ('NT-proBNP 1,980 ng/L', H, 10, 'keep'), ('; Hb 109 g/L; ', H, 10, None), ('Lab accession ', H, 10, None), ('23:FG0448127', H, 10, 'OTHER_ID')]); y += 16
    doc.seg(40, y, [('Bedside echo: ', HB, 10, None), ('RV dilated, TAPSE 12 mm', H, 10, 'keep'), ('. ', H, 10, None), ('CTPA', H, 10, 'keep'), (' 23:41: bilateral PE, RV:LV 1.3', H, 10, None)]); y += 26
    doc.t(40, y, 'Management', HB, 11); y += 16
    for parts in [[('- ', H, 10, None), ('sPESI 2', H, 10, 'keep'), ('; intermediate-high risk. Discussed with ICU registrar ', H, 10, None), ('Dr Tomas Kelleher', H, 10, 'COLLEAGUE_NAME')],
                  [('- ', H, 10, None), ('unfractionated heparin', H, 10, 'keep'), (' 80 units/kg bolus then infusion (recent surgery, possible lysis)', H, 10, None)],
                  [('- obstetric team informed (', H, 10, None), ('Dr Farida Mansoor', H, 10, 'COLLEAGUE_NAME'), (', ', H, 10, None), ('GMC 7733901', H, 10, 'GMC_NUMBER'), (')', H, 10, None)],
                  [('- Referral ', H, 10, None), ('PERT-23-0881', H, 10, 'REFERENCE_NUMBER'), (' to the pulmonary embolism response team', H, 10, None)]]:
        doc.seg(40, y, parts); y += 16
    # ---- page 3
    doc.newpage(); header(3)
    y = 110
    doc.t(40, y, 'Disposition and sign-off', HB, 11); y += 16
    doc.seg(40, y, [('Admitted to ', H, 10, None), ('ICU bed 4', H, 10, 'keep'), (' at 01:55 on 21/08/2023. Baby at home with partner ', H, 10, None), ('Kwame', H, 10, 'RELATIVE_NAME'), ('.', H, 10, None)]); y += 16
    doc.t(40, y, 'Safeguarding: none. Interpreter: not required. Capacity: has capacity.', H, 10); y += 24
    doc.seg(40, y, [('Clinician: ', HB, 10, None), ('Dr Oluwaseun Adebayo-Cole', H, 10, 'keep'), (', ', H, 10, None), ('GMC 7014522', H, 10, 'keep')]); y += 16
    doc.seg(40, y, [('Senior review / verified for portfolio: ', HB, 10, None), ('Dr Kathryn Stead', H, 10, 'keep'), (', Consultant in Emergency Medicine', H, 10, None)]); y += 16
    doc.seg(40, y, [('Datix for 4-hour breach: ', H, 10, None), ('W-230821-0093', H, 10, 'REFERENCE_NUMBER')])
    doc.save()
    ids, keep, bcs = doc.entries()
    record('s47-079', 's47-079-ed-record-3pages.pdf', 'pdf', 'ed_record_multipage_text_pdf', 'Dr Oluwaseun Adebayo-Cole', 3, ids, keep, bcs)

# ================================================================ s47-080 DOCX clinic letter (ENT)
def f080():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'South Tyneside and Sunderland NHS Foundation Trust - Sunderland Royal Hospital - ENT'
    sec.footer.paragraphs[0].text = 'HAJ/ENT/1187 | S0502261 | Confidential'
    P = d.add_paragraph
    P('Our ref: HAJ/ENT/1187\tClinic date: 19/03/2024')
    P('Mrs Parveen Akhtar-Lowes\n11 Ravensworth Terrace\nFulwell\nSunderland SR6 9BN')
    P('Dear Mrs Akhtar-Lowes,')
    P('Re: your daughter Safiya Akhtar-Lowes, DOB 08/08/2016, NHS 590 117 3364, hospital number S0502261')
    P('I saw Safiya with you today in the children\'s ENT clinic. She has obstructive sleep-disordered breathing with '
      'tonsillar hypertrophy (Brodsky grade 4) and witnessed apnoeas. Overnight oximetry showed an ODI of 14 per hour '
      'and a nadir SpO2 of 82%. I have listed her for adenotonsillectomy (coblation) as a priority P3 case.')
    P('She should stop ibuprofen for now. After surgery she will need paracetamol and ibuprofen regularly for '
      '7 days. Please call the ward (Ward 33, children\'s beds) on 01632 960288 if you have any questions.')
    P('I have copied this letter to your GP, Dr Bernadette Ogilvie at Fulwell Medical Centre.')
    P('Yours sincerely,\n\nDr Haider Al-Jubouri\nSpecialty Doctor in ENT (GMC 7543381)\nSupervising consultant: Mr Christopher Lindqvist')
    d.save(os.path.join(OUT, 's47-080-clinic-letter.docx'))
    ids = [('Mrs Parveen Akhtar-Lowes', 'RELATIVE_NAME'), ('Mrs Akhtar-Lowes', 'RELATIVE_NAME'),
           ('11 Ravensworth Terrace', 'ADDRESS'), ('Fulwell\nSunderland', 'ADDRESS'), ('SR6 9BN', 'POSTCODE'),
           ('Safiya Akhtar-Lowes', 'PATIENT_NAME'), ('Safiya', 'PATIENT_NAME'), ('590 117 3364', 'NHS_NUMBER'),
           ('S0502261', 'HOSPITAL_NUMBER'), ('HAJ/ENT/1187', 'REFERENCE_NUMBER'), ('01632 960288', 'PHONE'),
           ('Dr Bernadette Ogilvie', 'COLLEAGUE_NAME'), ('Fulwell Medical Centre', 'ADDRESS')]
    keep = ['Dr Haider Al-Jubouri', 'GMC 7543381', 'Mr Christopher Lindqvist', 'Sunderland Royal Hospital',
            'South Tyneside and Sunderland NHS Foundation Trust', '08/08/2016', 'Brodsky grade 4', 'ODI of 14 per hour',
            'nadir SpO2 of 82%', 'adenotonsillectomy', 'coblation', 'P3', 'Ward 33', 'ibuprofen', 'paracetamol', '19/03/2024']
    record('s47-080', 's47-080-clinic-letter.docx', 'docx', 'clinic_letter_docx', 'Dr Haider Al-Jubouri', None,
           [{'text': a, 'type': b} for a, b in ids], [{'text': k} for k in keep])

# ================================================================ s47-081 DOCX operative logbook with table
def f081():
    import docx
    d = docx.Document()
    d.add_heading('Consolidated operative log - general surgery (portfolio section 4.2)', level=1)
    d.add_paragraph('Doctor: Dr Mihai Constantinescu (GMC 7465120). Royal Tamesbury Hospital NHS Foundation Trust. '
                    'Period: January-March 2024. Verified: Mr R. Hallworth, Consultant Colorectal Surgeon.')
    rows = [('Date', 'Patient', 'Hosp no', 'Age/Sex', 'Procedure', 'Role', 'Outcome / Clavien-Dindo'),
            ('08/01/2024', 'P. Ashdown', 'RTH0066120', '64 M', 'Lap anterior resection', 'P', 'CD 0'),
            ('15/01/2024', 'Yevgenia Horak', 'RTH0067731', '51 F', 'Lap cholecystectomy (hot gallbladder)', 'P', 'CD 0'),
            ('22/01/2024', '(TC)', 'RTH0064408', '29 M', 'Pilonidal sinus - Bascom cleft lift', 'P', 'CD 1'),
            ('02/02/2024', 'Doreen Whitlock', 'RTH0048213', '75 F', 'Parastomal hernia repair (Sugarbaker)', 'S-TS', 'CD 2'),
            ('19/02/2024', 'Mr Kofi Boateng-Reid', 'RTH0068805', '80 M', 'Emergency laparotomy - adhesiolysis', 'P', 'CD 3a'),
            ('04/03/2024', 'Lowri Fenwick', 'RTH0069112', '38 F', 'Lap appendicectomy', 'T (CT2 Dr Ravi Menon)', 'CD 0')]
    tb = d.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = 'Table Grid'
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            tb.cell(i, j).text = v
    d.add_paragraph('Totals: 6 listed here of 112 in the quarter; full eLogbook export attached as Appendix 4.2b (page 214).')
    d.add_paragraph('NELA data submitted for the emergency laparotomy; 30-day mortality 0.')
    d.save(os.path.join(OUT, 's47-081-operative-log-table.docx'))
    ids = [('P. Ashdown', 'PATIENT_NAME'), ('Yevgenia Horak', 'PATIENT_NAME'), ('(TC)', 'PATIENT_NAME'),
           ('Doreen Whitlock', 'PATIENT_NAME'), ('Mr Kofi Boateng-Reid', 'PATIENT_NAME'), ('Lowri Fenwick', 'PATIENT_NAME'),
           ('RTH0066120', 'HOSPITAL_NUMBER'), ('RTH0067731', 'HOSPITAL_NUMBER'), ('RTH0064408', 'HOSPITAL_NUMBER'),
           ('RTH0048213', 'HOSPITAL_NUMBER'), ('RTH0068805', 'HOSPITAL_NUMBER'), ('RTH0069112', 'HOSPITAL_NUMBER'),
           ('Dr Ravi Menon', 'COLLEAGUE_NAME')]
    keep = ['Dr Mihai Constantinescu', 'GMC 7465120', 'Mr R. Hallworth', 'Royal Tamesbury Hospital NHS Foundation Trust',
            'Lap anterior resection', 'Bascom cleft lift', 'Sugarbaker', 'Clavien-Dindo', 'CD 3a', 'NELA', '64 M', '75 F',
            'page 214', 'Emergency laparotomy - adhesiolysis']
    record('s47-081', 's47-081-operative-log-table.docx', 'docx', 'operative_log_docx_table', 'Dr Mihai Constantinescu', None,
           [{'text': a, 'type': b} for a, b in ids], [{'text': k} for k in keep])

# ================================================================ s47-082 e-mail (.eml) psychiatry liaison
def f082():
    from email.message import EmailMessage
    m = EmailMessage()
    m['From'] = 'Dr Priyanka Venkataraman <p.venkataraman@nhs.net>'
    m['To'] = 'Liaison Psychiatry KCH <kch-tr.liaisonpsych@nhs.net>'
    m['Cc'] = 'Jacqueline Osei-Bonsu <jacqueline.osei-bonsu@nhs.net>'
    m['Subject'] = 'Handover - Ms Tegan Hollis-Barr (RiO 40388215) - overdose, medically fit pending'
    m['Date'] = 'Sun, 14 Jan 2024 21:37:00 +0000'
    m['Message-ID'] = '<s47-082.20240114213700@example.nhs.net>'
    m.set_content(
        "Dear colleagues,\n\n"
        "Handover for the morning liaison team regarding Ms Tegan Hollis-Barr, 24F, NHS 614 882 0937,\n"
        "RiO 40388215, currently on the Acute Medical Unit at King's College Hospital, bed 22.\n\n"
        "Staggered overdose of sertraline 50 mg x 28 and paracetamol (level at 4h 96 mg/L, below treatment line).\n"
        "ECG QTc 462 ms. Acetylcysteine not required per MHRA nomogram. Medically fit likely tomorrow noon.\n\n"
        "Risk assessment: ongoing suicidal ideation, SAD PERSONS 6, previous attempts x2. Not safe to leave;\n"
        "she agreed to stay informally and I have not needed to use the Mental Health Act 1983 (section 5(2) discussed\n"
        "with the medical team in case she tries to leave). Her flatmate, Chloe Marchbank (07700 900761),\n"
        "brought her in and lives at 7 Denmark Hill Mansions, SE5 8RS with her.\n\n"
        "Care co-ordinator in the community is Jacqueline Osei-Bonsu (cc'd). Incident logged: Datix W-301882.\n\n"
        "Kind regards\n"
        "Priyanka\n"
        "Dr Priyanka Venkataraman | Specialty Doctor, Liaison Psychiatry | South London and Maudsley NHS Foundation Trust\n"
        "Supervisor: Dr Lionel Abara\n")
    with open(os.path.join(OUT, 's47-082-liaison-handover.eml'), 'wb') as f:
        f.write(bytes(m))
    ids = [('Tegan Hollis-Barr', 'PATIENT_NAME'), ('40388215', 'HOSPITAL_NUMBER'), ('614 882 0937', 'NHS_NUMBER'),
           ('Chloe Marchbank', 'RELATIVE_NAME'), ('07700 900761', 'PHONE'), ('7 Denmark Hill Mansions', 'ADDRESS'),
           ('SE5 8RS', 'POSTCODE'), ('Jacqueline Osei-Bonsu', 'COLLEAGUE_NAME'), ('jacqueline.osei-bonsu@nhs.net', 'EMAIL'),
           ('kch-tr.liaisonpsych@nhs.net', 'EMAIL'), ('p.venkataraman@nhs.net', 'EMAIL'), ('W-301882', 'REFERENCE_NUMBER')]
    keep = ['Dr Priyanka Venkataraman', 'Priyanka', "King's College Hospital", 'Acute Medical Unit', 'bed 22',
            'sertraline 50 mg x 28', '96 mg/L', 'QTc 462 ms', 'Acetylcysteine', 'SAD PERSONS 6', 'Mental Health Act 1983',
            'section 5(2)', 'Dr Lionel Abara', 'South London and Maudsley NHS Foundation Trust', '24F']
    record('s47-082', 's47-082-liaison-handover.eml', 'eml', 'email_eml', 'Dr Priyanka Venkataraman', None,
           [{'text': a, 'type': b} for a, b in ids], [{'text': k} for k in keep])

# ================================================================ s47-083 JPEG phone photo of a maternity MEOWS / referral form with addressograph
def f083():
    W, H = 1800, 2400
    pg = Page(W, H, bg=(120, 98, 80))                       # desk
    d = pg.d
    d.rectangle([120, 100, 1680, 2300], fill=(247, 246, 238))  # the paper
    for i in range(120, 1680, 6):                               # faint shadow gradient on the paper
        d.line([(i, 100), (i, 2300)], fill=(247 - (i - 120) // 120, 246 - (i - 120) // 120, 238 - (i - 120) // 110))
    h, r, b, hw = F(44, 'Bold'), F(32), F(32, 'Bold'), F(36, 'SerifI')
    pg.t(180, 150, 'Mersey and West Lancashire Teaching Hospitals NHS Trust', F(36, 'Bold'), 'keep')
    pg.t(180, 222, 'OBSTETRIC TRIAGE ASSESSMENT (BSOTS)', h)
    # addressograph sticker, slightly crooked area drawn as white label
    d.rectangle([980, 300, 1640, 640], fill=(255, 255, 255), outline=(170, 170, 170), width=2)
    pg.t(1000, 315, 'KOWALSKA-BRIGGS, Natalia', F(34, 'Bold'), 'PATIENT_NAME')
    pg.seg(1000, 365, [('DOB ', F(28), None), ('17/10/1994', F(28), 'keep'), ('  F', F(28), None)])
    pg.seg(1000, 405, [('Hosp ', F(28, 'Mono'), None), ('8866301', F(28, 'Mono'), 'HOSPITAL_NUMBER')])
    pg.seg(1000, 445, [('NHS ', F(28, 'Mono'), None), ('477 302 9185', F(28, 'Mono'), 'NHS_NUMBER')])
    pg.code128(1000, 495, '8866301', module=4, height=120)
    y = 320
    for lab, val, tag in [('Gestation:', '33+4', 'keep'), ('Gravida/Para:', 'G2P1', 'keep'), ('Presenting:', 'reduced fetal movements', 'keep'),
                          ('BSOTS category:', 'Yellow', 'keep'), ('Time seen:', '14:25', 'keep')]:
        pg.t(180, y, lab, b)
        pg.t(180 + b.getlength(lab + ' '), y, val, hw, tag, fill=(20, 30, 110)); y += 60
    y = 700
    pg.t(180, y, 'Observations', h); y += 70
    for lab, val in [('BP', '128/84'), ('HR', '92'), ('Temp', '36.9'), ('Urinalysis', 'NAD'), ('CTG (Dawes-Redman)', 'criteria met at 20 min')]:
        pg.t(180, y, lab, b)
        pg.t(700, y, val, hw, 'keep', fill=(20, 30, 110)); y += 60
    y += 30
    pg.t(180, y, 'Plan / notes (handwritten)', h); y += 70
    pg.t(180, y, 'Growth scan booked - EFW 22nd centile.', hw, None, fill=(20, 30, 110)); y += 55
    pg.seg(180, y, [('Husband ', hw, None), ('Dariusz', hw, 'RELATIVE_NAME'), (' aware, mob ', hw, None), ('07700 900436', hw, 'PHONE')], fill=(20, 30, 110)); y += 55
    pg.seg(180, y, [('Midwife: ', hw, None), ('RM Siobhan Leary', hw, 'COLLEAGUE_NAME'), (' ', hw, None), ('NMC 14J2210E', hw, 'GMC_NUMBER')], fill=(20, 30, 110)); y += 55
    pg.seg(180, y, [('Reviewed: ', hw, None), ('FNQ', hw, 'keep'), (' (', hw, None), ('Dr Farah Naz Qureshi', hw, 'keep'), (') - home, RFM advice', hw, None)], fill=(20, 30, 110)); y += 90
    pg.seg(180, 2200, [('Triage no. ', F(26), None), ('WH-TRI-24-01877', F(26), 'REFERENCE_NUMBER'), ('        Page 1', F(26), None)])
    pg.rotate(-2.2, fill=(110, 90, 75))
    pg.noise(amount=7, speckles=300, blur=0.8)
    pg.img.save(os.path.join(OUT, 's47-083-triage-form-photo.jpg'), quality=85)
    ids, keep, bcs, ph = pg.entries(pad=3)
    record('s47-083', 's47-083-triage-form-photo.jpg', 'jpeg', 'photo_of_form', 'Dr Farah Naz Qureshi', 1, ids, keep, bcs, ph)

# ================================================================ s47-084 radiology request card (PNG) with QR and barcode
def f084():
    pg = Page(1654, 1170, bg=(255, 253, 240))
    d = pg.d
    d.rectangle([30, 30, 1624, 1140], outline=(60, 60, 60), width=3)
    pg.t(60, 50, 'North Bristol NHS Trust - Imaging Request', F(40, 'Bold'), 'keep')
    pg.t(60, 105, 'Southmead Hospital', F(28), 'keep')
    pg.qr(1380, 50, 'NBT:RIS:SMH24MR0041519', module=7)
    pg.code128(1000, 120, '70041908', module=3, height=75)
    y = 220
    pg.seg(60, y, [('Surname: ', F(30, 'Bold'), None), ("O'SULLIVAN-MBEKI", F(30), 'PATIENT_NAME'), ('   Forename: ', F(30, 'Bold'), None), ('Thandiwe', F(30), 'PATIENT_NAME')]); y += 55
    pg.seg(60, y, [('DOB: ', F(30, 'Bold'), None), ('02/03/1968', F(30), 'keep'), ('   Sex: ', F(30, 'Bold'), None), ('F', F(30), None), ('   MRN: ', F(30, 'Bold'), None), ('70041908', F(30), 'HOSPITAL_NUMBER')]); y += 55
    pg.seg(60, y, [('Address: ', F(30, 'Bold'), None), ('22 Coldharbour Road, Redland, Bristol', F(30), 'ADDRESS'), (' ', F(30), None), ('BS6 7JT', F(30), 'POSTCODE')]); y += 55
    pg.seg(60, y, [('Tel: ', F(30, 'Bold'), None), ('01632 960612', F(30), 'PHONE')]); y += 75
    pg.seg(60, y, [('Examination: ', F(30, 'Bold'), None), ('MRI spine whole', F(30), 'keep'), (' with gadolinium', F(30), None)]); y += 55
    pg.seg(60, y, [('Clinical details: ', F(30, 'Bold'), None), ('known breast carcinoma', F(30), 'keep'), (', new back pain + ', F(30), None), ('bilateral leg weakness', F(30), 'keep')]); y += 55
    pg.seg(60, y, [('?', F(30), None), ('metastatic spinal cord compression', F(30), 'keep'), ('  eGFR 78.  Pacemaker: none', F(30), None)]); y += 55
    pg.seg(60, y, [('MRI safety checklist: ', F(30, 'Bold'), None), ('completed', F(30), None)]); y += 75
    pg.seg(60, y, [('Referrer: ', F(30, 'Bold'), None), ('Dr Lena Fairclough', F(30), 'COLLEAGUE_NAME'), (' (acute oncology)   bleep 4471', F(30), None)]); y += 55
    pg.seg(60, y, [('Justified / protocolled by: ', F(30, 'Bold'), None), ('Dr T. Wisniewski', F(30), 'keep'), ('   ', F(30), None), ('IR(ME)R 2017', F(30), 'keep')]); y += 55
    pg.seg(60, y, [('Acc no: ', F(30, 'Bold'), None), ('SMH24MR0041519', F(30, 'Mono'), 'OTHER_ID'), ('   Priority: ', F(30, 'Bold'), None), ('within 24 h', F(30), 'keep')])
    pg.noise(amount=4, speckles=120, blur=0.3)
    pg.img.save(os.path.join(OUT, 's47-084-imaging-request.png'))
    ids, keep, bcs, ph = pg.entries()
    record('s47-084', 's47-084-imaging-request.png', 'png', 'imaging_request_card', 'Dr Tomasz Wiśniewski', 1, ids, keep, bcs, ph)

# ================================================================ s47-085 course certificate (PNG) with verification QR (URL)
def f085():
    pg = Page(1754, 1240, bg=(255, 255, 255))
    d = pg.d
    d.rectangle([40, 40, 1714, 1200], outline=(150, 120, 40), width=10)
    pg.t(420, 120, 'Royal College of Physicians of Edinburgh', F(48, 'Serif'), 'keep')
    pg.t(640, 220, 'Certificate of Attendance', F(44, 'SerifI'))
    pg.t(700, 330, 'awarded to', F(32, 'Serif'))
    pg.t(560, 400, 'Dr Grace Nakato', F(64, 'Bold'), 'keep')
    pg.t(360, 520, 'for attending the symposium', F(32, 'Serif'))
    pg.t(360, 575, 'Frailty, Falls and Delirium: Acute Care of the Older Person', F(36, 'Bold'), 'keep')
    pg.seg(360, 640, [('held at ', F(32, 'Serif'), None), ('Edinburgh', F(32, 'Serif'), 'keep'), (' and online on ', F(32, 'Serif'), None), ('7 March 2024', F(32, 'Serif'), 'keep')])
    pg.seg(360, 700, [('CPD approved: ', F(32, 'Serif'), None), ('6 category 1 (external) credits', F(32, 'Serif'), 'keep')])
    pg.t(360, 900, 'Dr Morag Kinnaird', F(34, 'SerifI'), 'keep')
    pg.t(360, 950, 'Director of Education', F(28, 'Serif'), 'keep')
    url = 'https://verify.rcpe.example.ac.uk/c/RCPE-24-03-7719026-GN'
    pg.qr(1380, 820, url, module=5)
    pg.t(1000, 1140, url, F(20, 'Mono'), 'URL')
    pg.img.save(os.path.join(OUT, 's47-085-certificate-qr.png'))
    ids, keep, bcs, ph = pg.entries()
    record('s47-085', 's47-085-certificate-qr.png', 'png', 'attendance_certificate_with_qr', 'Dr Grace Nakato', 1, ids, keep, bcs, ph)

ALL = ['f073', 'f074', 'f075', 'f076', 'f077', 'f078', 'f079', 'f080', 'f081', 'f082', 'f083', 'f084', 'f085']
if __name__ == '__main__' and not os.environ.get('S47_PARTIAL'):
    for name in ALL:
        globals()[name]()
    with open(os.path.join(SET, 'files.jsonl'), 'w', encoding='utf-8') as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(RECORDS), 'files written')

if __name__ == '__main__' and os.environ.get('S47_PARTIAL'):
    for name in os.environ['S47_PARTIAL'].split(','):
        globals()[name]()
    for r in RECORDS: print(r['id'], len(r['identifiers']), len(r['keep']), r.get('barcodes'))
