#!/usr/bin/env python3
"""Renders files/ and files.jsonl for the s7-holdout set.

Content is written with the same markup as src/docs*.py: [[string|CODE]] marks an identifier,
{{string}} marks a keep string. Every box is computed from the position the string is drawn at
(PIL textbbox for images, font metrics for reportlab PDFs) and carried through any rotation.
Run with the venv in /tmp/s7venv (Pillow, reportlab, python-docx, qrcode, python-barcode)."""
import io, json, math, os, random, re
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
import qrcode
import barcode
from barcode.writer import ImageWriter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
CODES = {"P": "PATIENT_NAME", "R": "RELATIVE_NAME", "C": "COLLEAGUE_NAME", "A": "ADDRESS", "PC": "POSTCODE",
         "T": "PHONE", "E": "EMAIL", "N": "NHS_NUMBER", "H": "HOSPITAL_NUMBER", "REF": "REFERENCE_NUMBER",
         "G": "GMC_NUMBER", "U": "URL", "O": "OTHER_ID"}
TOK = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}")
FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf", "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
    "sanso": FD + "dejavu/DejaVuSans-Oblique.ttf", "cond": FD + "dejavu/DejaVuSansCondensed.ttf",
    "condo": FD + "dejavu/DejaVuSansCondensed-Oblique.ttf", "mono": FD + "dejavu/DejaVuSansMono.ttf",
    "monob": FD + "dejavu/DejaVuSansMono-Bold.ttf", "serif": FD + "liberation/LiberationSerif-Regular.ttf",
    "serifb": FD + "liberation/LiberationSerif-Bold.ttf", "lsans": FD + "liberation/LiberationSans-Regular.ttf",
    "lsansb": FD + "liberation/LiberationSans-Bold.ttf", "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowi": FD + "liberation/LiberationSansNarrow-Italic.ttf", "lmono": FD + "liberation/LiberationMono-Regular.ttf",
}
_fc = {}
def F(name, size):
    k = (name, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONTS[name], size)
    return _fc[k]

for n in ("sans", "sansb", "serif", "serifb", "mono", "lsans", "lsansb"):
    pdfmetrics.registerFont(TTFont("S7" + n, FONTS[n]))

def segments(markup):
    out, pos = [], 0
    for m in TOK.finditer(markup):
        if m.start() > pos:
            out.append((markup[pos:m.start()], None, None))
        if m.group(1) is not None:
            out.append((m.group(1), "id", CODES[m.group(2)]))
        else:
            out.append((m.group(3), "keep", None))
        pos = m.end()
    if pos < len(markup):
        out.append((markup[pos:], None, None))
    return out

def ink_bbox(img):
    a = np.asarray(img.convert("L"))
    ys, xs = np.where(a < 128)
    return (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)

def code128_img(value, module_px=2, height_px=60):
    # python-barcode ImageWriter works in mm at a dpi; choose dpi so one module is module_px pixels
    w = ImageWriter()
    dpi = 254
    mm = module_px * 25.4 / dpi
    img = barcode.get("code128", value, writer=w).render(
        {"module_width": mm, "module_height": height_px * 25.4 / dpi, "quiet_zone": 2 * mm * 5,
         "write_text": False, "dpi": dpi, "background": "white", "foreground": "black"})
    return img.convert("RGB")

def qr_img(value, box_size=4):
    q = qrcode.QRCode(box_size=box_size, border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    q.add_data(value); q.make(fit=True)
    return q.make_image(fill_color="black", back_color="white").convert("RGB")

# ---------------------------------------------------------------- image pages
class ImgPage:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.recs = []  # (kind, text, type, box px, extra)
        self.drawn = []

    def text(self, x, y, markup, font, fill=(25, 25, 25), jitter=0, rnd=None):
        self.drawn.append("".join(s for s, _, _ in segments(markup)))
        for seg, kind, typ in segments(markup):
            if jitter:
                boxes = []
                for ch in seg:
                    dy = rnd.uniform(-jitter, jitter)
                    if ch.strip():
                        self.d.text((x, y + dy), ch, font=font, fill=fill)
                        boxes.append(self.d.textbbox((x, y + dy), ch, font=font))
                    x += font.getlength(ch) * rnd.uniform(0.97, 1.06)
                if kind and boxes:
                    b = (min(q[0] for q in boxes), min(q[1] for q in boxes), max(q[2] for q in boxes), max(q[3] for q in boxes))
                    self.recs.append((kind, seg, typ, b, None))
            else:
                self.d.text((x, y), seg, font=font, fill=fill)
                if kind:
                    self.recs.append((kind, seg, typ, self.d.textbbox((x, y), seg, font=font), None))
                x += font.getlength(seg)
        return x

    def lines(self, x, y, lines, font, lh, **kw):
        for ln in lines:
            self.text(x, y, ln, font, **kw)
            y += lh
        return y

    def paste_code(self, img, x, y, fmt, value):
        self.img.paste(img, (int(x), int(y)))
        b = ink_bbox(img)
        self.recs.append(("barcode", value, fmt, (x + b[0], y + b[1], x + b[2], y + b[3]), None))
        return img.size

    def photo(self, x, y, w, h, what, seed=1):
        r = random.Random(seed)
        ph = Image.new("RGB", (w, h), (200, 160, 140))
        pd = ImageDraw.Draw(ph)
        for _ in range(40):
            cx, cy, rr = r.randint(0, w), r.randint(0, h), r.randint(5, w // 4)
            c = (r.randint(120, 220), r.randint(60, 150), r.randint(50, 130))
            pd.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=c)
        ph = ph.filter(ImageFilter.GaussianBlur(4))
        self.img.paste(ph, (x, y))
        self.recs.append(("photo", what, None, (x, y, x + w, y + h), None))

    def finish(self, rotate=0.0, noise=0.0, blur=0.0, grey=False, bg=(255, 255, 255), seed=0, tint=None):
        img, recs = self.img, self.recs
        if rotate:
            w, h = img.size
            cx, cy = w / 2, h / 2
            img = img.rotate(rotate, center=(cx, cy), resample=Image.BICUBIC, fillcolor=bg)
            t = math.radians(rotate)
            c, s = math.cos(t), math.sin(t)
            nr = []
            for kind, txt, typ, b, ex in recs:
                pts = [(b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3])]
                tp = [(cx + (px - cx) * c + (py - cy) * s, cy - (px - cx) * s + (py - cy) * c) for px, py in pts]
                nb = (min(p[0] for p in tp), min(p[1] for p in tp), max(p[0] for p in tp), max(p[1] for p in tp))
                nr.append((kind, txt, typ, nb, ex))
            recs = nr
        if grey:
            img = img.convert("L").convert("RGB")
        if tint:
            a = np.asarray(img).astype(np.float32) * np.array(tint, dtype=np.float32)
            img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        if blur:
            img = img.filter(ImageFilter.GaussianBlur(blur))
        if noise:
            rng = np.random.default_rng(seed)
            a = np.asarray(img).astype(np.int16)
            a = a + rng.normal(0, noise, a.shape[:2])[..., None].astype(np.int16)
            # scanner speckle
            sp = rng.random(a.shape[:2]) < 0.0015
            a[sp] = 90
            img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        return img, recs

# ---------------------------------------------------------------- pdf pages
class PdfDoc:
    def __init__(self, path, size=A4):
        self.c = rl_canvas.Canvas(path, pagesize=size)
        self.W, self.H = size
        self.page = 1
        self.recs = []  # (kind, text, type, page, box pt top-left)
        self.drawn = {}

    def text(self, x, y, markup, font="sans", size=10, fill=(0, 0, 0)):
        fn = "S7" + font
        self.c.setFont(fn, size)
        self.c.setFillColorRGB(*[v / 255 for v in fill])
        asc, desc = pdfmetrics.getAscentDescent(fn, size)
        self.drawn.setdefault(self.page, []).append("".join(s for s, _, _ in segments(markup)))
        for seg, kind, typ in segments(markup):
            w = pdfmetrics.stringWidth(seg, fn, size)
            self.c.drawString(x, self.H - y, seg)
            if kind:
                self.recs.append((kind, seg, typ, self.page, (x, y - asc, x + w, y - desc)))
            x += w
        return x

    def lines(self, x, y, lines, lh, **kw):
        for ln in lines:
            self.text(x, y, ln, **kw)
            y += lh
        return y

    def code(self, img, x, y, w, fmt, value):
        """draw img with its top-left at (x, y) pt, width w pt"""
        h = w * img.size[1] / img.size[0]
        self.c.drawImage(ImageReader(img), x, self.H - y - h, w, h)
        b = ink_bbox(img)
        k = w / img.size[0]
        self.recs.append(("barcode", value, fmt, self.page, (x + b[0] * k, y + b[1] * k, x + b[2] * k, y + b[3] * k)))
        return h

    def rule(self, x0, y0, x1, y1, width=0.6, grey=0.3):
        self.c.setStrokeColorRGB(grey, grey, grey); self.c.setLineWidth(width)
        self.c.line(x0, self.H - y0, x1, self.H - y1)

    def rect(self, x0, y0, x1, y1, fill=(0.92, 0.94, 0.97)):
        self.c.setFillColorRGB(*fill)
        self.c.rect(x0, self.H - y1, x1 - x0, y1 - y0, stroke=0, fill=1)

    def new_page(self):
        self.c.showPage(); self.page += 1

    def save(self):
        self.c.save()

# ---------------------------------------------------------------- record keeping
RECORDS = []

def fr(b, w, h):
    if b[0] < -2 or b[1] < -2 or b[2] > w + 2 or b[3] > h + 2:
        raise ValueError("box outside page: %r on %sx%s" % (b, w, h))
    return [round(max(0.0, b[0] / w), 4), round(max(0.0, b[1] / h), 4), round(min(1.0, b[2] / w), 4), round(min(1.0, b[3] / h), 4)]

def add_record(did, fname, fmt, kind, applicant, pages, recs_by_page, sizes):
    ids, keeps, bcs, photos = [], [], [], []
    for page, recs in recs_by_page:
        w, h = sizes[page - 1]
        for kind_, txt, typ, b, _ in recs:
            box = fr(b, w, h)
            if kind_ == "id":
                ids.append({"text": txt, "type": typ, "page": page, "box": box})
            elif kind_ == "keep":
                keeps.append({"text": txt, "page": page, "box": box})
            elif kind_ == "barcode":
                bcs.append({"format": typ, "value": txt, "page": page, "box": box})
            elif kind_ == "photo":
                photos.append({"page": page, "box": box, "what": txt})
    r = {"id": did, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant, "pages": pages,
         "identifiers": ids, "keep": keeps}
    if bcs: r["barcodes"] = bcs
    if photos: r["photos"] = photos
    RECORDS.append(r)

def check_cover(did, page, lines, recs):
    """every occurrence of a labelled identifier string on a page must be one of its entries"""
    text = "\n".join(lines)
    ids = [r for r in recs if r[0] == "id"]
    for s in {r[1] for r in ids}:
        n_occ, i = 0, 0
        while True:
            j = text.find(s, i)
            if j < 0: break
            n_occ += 1; i = j + 1
        n_nested = 0
        for o in {r[1] for r in ids}:
            if o != s and s in o:
                n_nested += text.count(o) * o.count(s)
        n_ent = sum(1 for r in ids if r[1] == s)
        if n_occ - n_nested != n_ent:
            print("COVER", did, "page", page, repr(s), "occurs", n_occ, "nested", n_nested, "entries", n_ent)

def save_images(did, fname, fmt, kind, applicant, pages, drawn=None):
    """pages: list of (PIL image, recs)"""
    for i, p in enumerate(pages):
        if drawn: check_cover(did, i + 1, drawn[i], p[1])
    path = os.path.join(OUT, fname)
    imgs = [p[0] for p in pages]
    if fmt == "pdf":
        imgs[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=imgs[1:])
    elif fmt == "jpeg":
        imgs[0].save(path, "JPEG", quality=88)
    elif fmt == "tiff":
        imgs[0].convert("L").save(path, "TIFF", compression="tiff_lzw")
    else:
        imgs[0].save(path, "PNG")
    add_record(did, fname, fmt, kind, applicant, len(pages),
               [(i + 1, p[1]) for i, p in enumerate(pages)], [im.size for im in imgs])

def save_pdf(doc, did, fname, kind, applicant):
    doc.save()
    by = {}
    for kind_, txt, typ, page, b in doc.recs:
        by.setdefault(page, []).append((kind_, txt, typ, b, None))
    for pg, recs in by.items():
        check_cover(did, pg, doc.drawn.get(pg, []), recs)
    add_record(did, fname, "pdf", kind, applicant, doc.page, sorted(by.items()), [(doc.W, doc.H)] * doc.page)

def save_docx(d, did, fname, kind, applicant, marks):
    d.save(os.path.join(OUT, fname))
    ids, keeps, seen = [], [], set()
    for kind_, txt, typ in marks:
        if kind_ == "id" and (txt, typ) not in seen:
            seen.add((txt, typ)); ids.append({"text": txt, "type": typ})
        elif kind_ == "keep" and txt not in [k["text"] for k in keeps]:
            keeps.append({"text": txt})
    RECORDS.append({"id": did, "file": "files/" + fname, "format": "docx", "kind": kind, "applicant": applicant,
                    "identifiers": ids, "keep": keeps})

class Docx:
    def __init__(self):
        self.d = docx.Document()
        st = self.d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
        self.marks = []

    def _fill(self, para, markup, bold=False):
        for seg, kind, typ in segments(markup):
            r = para.add_run(seg); r.bold = bold
            if kind: self.marks.append((kind, seg, typ))

    def p(self, markup="", bold=False, style=None):
        para = self.d.add_paragraph(style=style) if style else self.d.add_paragraph()
        self._fill(para, markup, bold)
        return para

    def h(self, markup, level=1):
        para = self.d.add_heading(level=level)
        self._fill(para, markup)

    def table(self, rows, header=True):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j); c.text = ""
                self._fill(c.paragraphs[0], cell, bold=(header and i == 0))
        return t

    def header(self, markup):
        sec = self.d.sections[0]
        self._fill(sec.header.paragraphs[0], markup)

    def footer(self, markup):
        sec = self.d.sections[0]
        self._fill(sec.footer.paragraphs[0], markup)

A4PX = (1240, 1754)  # A4 at 150 dpi

# ================================================================ documents
def h056():
    """wristband photo: adult wristband on a forearm, Code128 of the hospital number"""
    p = ImgPage(1600, 900, (196, 150, 120))
    r = random.Random(56)
    # arm shading
    for i in range(0, 900, 6):
        p.d.rectangle([0, i, 1600, i + 6], fill=(196 - i // 30, 150 - i // 40, 120 - i // 45))
    p.d.rounded_rectangle([60, 250, 1540, 640], radius=40, fill=(250, 250, 246), outline=(200, 200, 200), width=3)
    p.d.rectangle([60, 250, 180, 640], fill=(235, 235, 230))
    f, fb = F("sansb", 34), F("sansb", 42)
    p.text(210, 275, "[[KOWALCZYK-BRENNAN, Agnieszka|P]]", fb)
    p.text(210, 335, "{{DOB 17/03/1948}}   {{F}}   NHS: [[643 298 1107|N]]", F("sans", 30))
    p.text(210, 385, "Hosp No: [[K2273306|H]]   {{AMU}}  {{Northgate General Hospital}}", F("sans", 30))
    p.text(210, 435, "ALLERGY: {{PENICILLIN}}", F("sansb", 30), fill=(190, 20, 20))
    p.paste_code(code128_img("K2273306", 3, 110), 210, 490, "Code128", "K2273306")
    p.text(1080, 500, "Adm {{09/02/2026}}", F("sans", 26))
    p.text(1080, 545, "Cons: {{Dr O Adeyemi-Cole}}", F("sans", 26))
    p.text(60, 760, "photo for ePortfolio: correct wristband check - {{Oluwaseun Adeyemi-Cole}}, GMC {{7123456}}", F("sans", 26), fill=(20, 20, 20))
    img, recs = p.finish(rotate=2.5, noise=7, blur=0.8, bg=(150, 110, 90), seed=56)
    save_images("h7-056", "h7-056-wristband.jpg", "jpeg", "wristband_photo", "Dr Oluwaseun Adeyemi-Cole", [(img, recs)], drawn=[p.drawn])

def h057():
    """neonatal wristband with a QR code encoding NHS and hospital numbers"""
    p = ImgPage(1400, 800, (230, 225, 240))
    p.d.rounded_rectangle([80, 200, 1320, 600], radius=60, fill=(252, 236, 244), outline=(220, 150, 180), width=4)
    p.text(130, 230, "BABY OF [[NIC A' PHEARSAIN|P]]", F("sansb", 40))
    p.text(130, 290, "Mother: [[Ealasaid Nic a' Phearsain|P]]", F("sans", 30))
    p.text(130, 340, "Born {{02/08/2025}} 04:51   {{Male}}   {{3.05 kg}}", F("sans", 30))
    p.text(130, 390, "CHI: [[0208254471|N]]", F("sans", 30))
    p.text(130, 440, "Unit no: [[RAI-N-558104|H]]", F("sans", 30))
    p.text(130, 500, "{{Raigmore Hospital}} - {{Neonatal Unit}}", F("sans", 26))
    p.paste_code(qr_img("CHI:0208254471;UNIT:RAI-N-558104", 6), 1000, 240, "QRCode", "CHI:0208254471;UNIT:RAI-N-558104")
    p.text(80, 680, "Evidence: neonatal ID check audit - {{Dr Catriona MacLeod}} (GMC {{7290034}})", F("sans", 24))
    img, recs = p.finish(rotate=-1.5, noise=6, blur=0.6, bg=(210, 205, 220), seed=57)
    save_images("h7-057", "h7-057-baby-band.jpg", "jpeg", "wristband_photo", "Dr Catriona MacLeod", [(img, recs)], drawn=[p.drawn])

def h058():
    """addressograph label sheet, 2 x 5 labels each with a Code128"""
    p = ImgPage(*A4PX)
    p.text(80, 50, "Addressograph sheet (printed for portfolio: clerking example - {{Dr Kwabena Owusu-Ansah}}, GMC {{7801147}})", F("sans", 18))
    f, fb = F("mono", 19), F("monob", 21)
    for i in range(10):
        col, row = i % 2, i // 2
        x, y = 70 + col * 560, 120 + row * 320
        p.d.rounded_rectangle([x, y, x + 530, y + 290], radius=14, outline=(170, 170, 170), width=2)
        p.text(x + 20, y + 18, "[[ADEBAYO, Folorunsho Michael|P]]", fb)
        p.text(x + 20, y + 55, "{{DOB: 23/06/1944}}  {{M}}", f)
        p.text(x + 20, y + 88, "NHS: [[476 330 1928|N]]", f)
        p.text(x + 20, y + 121, "MRN: [[RBH0790321|H]]", f)
        p.text(x + 20, y + 154, "[[11 Caversham Park Rd|A]], [[RG4 6RA|PC]]", f)
        p.paste_code(code128_img("RBH0790321", 2, 70), x + 18, y + 190, "Code128", "RBH0790321")
    img, recs = p.finish(noise=3, seed=58)
    save_images("h7-058", "h7-058-addressograph.png", "png", "addressograph_labels", "Dr Kwabena Owusu-Ansah", [(img, recs)], drawn=[p.drawn])

def h059():
    """blood request form with an addressograph sticker with a QR code"""
    p = ImgPage(*A4PX, bg=(255, 253, 240))
    p.d.rectangle([0, 0, 1240, 110], fill=(200, 225, 200))
    p.text(60, 30, "{{Belfast Health and Social Care Trust}} - BLOOD TRANSFUSION REQUEST", F("sansb", 30))
    p.d.rectangle([60, 160, 1180, 520], outline=(60, 120, 60), width=3)
    p.text(80, 170, "PATIENT DETAILS (affix label)", F("sans", 18), fill=(60, 120, 60))
    p.d.rectangle([100, 210, 900, 500], fill=(255, 255, 255), outline=(180, 180, 180))
    f = F("lmono", 26)
    p.text(120, 225, "[[McCUSKER, Sinéad Máire|P]]", F("monob", 28))
    p.text(120, 275, "H&C [[312 908 6641|N]]   {{DOB 14/11/1990}}", f)
    p.text(120, 320, "Hosp [[RVH-2201994|H]]  {{F}}", f)
    p.text(120, 365, "[[48 Ormeau Embankment|A]]", f)
    p.text(120, 410, "[[BT7 3GB|PC]]   Tel [[07700 900306|T]]", f)
    p.paste_code(qr_img("RVH-2201994", 5), 700, 290, "QRCode", "RVH-2201994")
    f2 = F("sans", 24)
    y = p.lines(70, 560, [
        "Request: {{Group & save}} + {{crossmatch 2 units}}     Indication: {{APH, placenta praevia}}",
        "{{Hb 92 g/L}}   Previous transfusion: no   Pregnant: yes, {{33+1}}",
        "Requesting doctor: {{Dr Siobhan McAleese}}   GMC {{7412983}}   bleep [[3317|T]]",
        "Sample taken by: [[Orlaith Devine|C]] (midwife)   Date/time {{21/04/2025 02:40}}",
        "Ward: {{Maternity Ward 3 (RJMH)}}",
    ], f2, 48)
    img, recs = p.finish(rotate=0.6, noise=4, blur=0.5, seed=59, bg=(255, 253, 240))
    save_images("h7-059", "h7-059-transfusion-form.png", "png", "request_form_scan", "Dr Siobhan McAleese", [(img, recs)], drawn=[p.drawn])

def _letter_page(p, lines, font, lh=34, x=110, y=120):
    return p.lines(x, y, lines, font, lh)

def h060():
    """scanned clinic letter: image-only PDF, grey, noisy, rotated"""
    p = ImgPage(*A4PX)
    p.text(110, 80, "{{Leeds and York Partnership NHS Foundation Trust}}", F("serifb", 30))
    p.text(110, 122, "Community Mental Health Team (East)", F("serif", 24))
    f = F("serif", 23)
    _letter_page(p, [
        "Our ref: [[HAQ/KA/CMHT/25-0418|REF]]                               Tel: [[020 7946 0418|T]]",
        "",
        "Dr [[Rukhsana Begum|C]]",
        "[[Harehills Medical Centre|A]]",
        "[[Roundhay Road|A]], [[LS8 5AW|PC]]",
        "",
        "Date: {{09/10/2025}}",
        "",
        "Dear Dr [[Begum|C]]",
        "",
        "Re: [[Zbigniew Adamczyk|P]]  {{DOB 02/02/1985}}  NHS [[486 220 7130|N]]  RiO [[1194772|H]]",
        "",
        "Diagnosis: {{bipolar affective disorder, current episode hypomanic}} ({{F31.0}}).",
        "I saw Mr [[Adamczyk|P]] with his partner [[Ewelina Nowak|R]]. {{YMRS 18}}. He has stopped",
        "{{lithium carbonate 800 mg}} (last level {{0.6 mmol/L}}). We agreed to restart {{quetiapine}}",
        "{{MR 300 mg}} nocte. Please check {{U&E}}, {{TFT}} and {{calcium}} before lithium is restarted.",
        "His employer, [[Kirkstall Forge Logistics|A]], has been told only that he is unwell.",
        "",
        "Yours sincerely",
        "",
        "{{Dr Hamza Al-Qureshi}}",
        "Consultant Psychiatrist   GMC {{7520461}}",
        "cc: Care co-ordinator [[Femi Adewale|C]]",
    ], f, 42, 110, 200)
    img, recs = p.finish(rotate=1.1, noise=12, blur=0.7, grey=True, bg=(235, 235, 235), seed=60, tint=(0.93, 0.93, 0.93))
    save_images("h7-060", "h7-060-scanned-letter.pdf", "pdf", "scanned_clinic_letter", "Dr Hamza Al-Qureshi", [(img, recs)], drawn=[p.drawn])

def h061():
    """two-page scanned complaint letter (handwritten-style, image-only PDF)"""
    rnd = random.Random(61)
    f = F("condo", 30)
    p1 = ImgPage(*A4PX, bg=(250, 248, 238))
    for yy in range(200, 1700, 52):
        p1.d.line([(80, yy + 38), (1160, yy + 38)], fill=(190, 205, 230), width=1)
    L1 = [
        "[[The Old Forge|A]], [[Ffordd Glasfryn|A]], [[Cerrigydrudion|A]] [[LL21 9RP|PC]]",
        "3rd March 2026",
        "To the Complaints Team, {{Ysbyty Glan Clwyd}}",
        "",
        "I want to complain about how my wife [[Bethan Wynne-Evans|P]]",
        "was treated on the labour ward on 14 February. She is",
        "hospital number [[C561177W|H]]. The midwife, [[Nerys|C]],",
        "ignored us for two hours. Only when {{Miss Pritchard}} came",
        "did anyone listen. I want to say {{Miss Pritchard}} was",
        "excellent and kind but she should not have had to fix",
        "everybody else's mistakes. Dr [[Olabode|C]] (the junior)",
        "told [[Bethan|P]] the baby was 'fine' when the trace",
        "was not fine.",
    ]
    p1.lines(100, 200, L1, f, 52, fill=(20, 30, 90), jitter=2, rnd=rnd)
    p2 = ImgPage(*A4PX, bg=(250, 248, 238))
    for yy in range(120, 1700, 52):
        p2.d.line([(80, yy + 38), (1160, yy + 38)], fill=(190, 205, 230), width=1)
    L2 = [
        "Our daughter [[Mali|P]] is well now, thank God.",
        "Please reply to me, not to my wife. My number is",
        "[[07700 900497|T]] or e-mail [[huw.wynne-evans@example.net|E]].",
        "Your ref from PALS was [[PALS-BCU-26-0311|REF]].",
        "",
        "Yours,",
        "[[Huw Wynne-Evans|R]]",
        "",
        "(scanned for portfolio by {{E. Pritchard}}, GMC {{7618834}} - p.{{2}})",
    ]
    p2.lines(100, 120, L2, f, 52, fill=(20, 30, 90), jitter=2, rnd=rnd)
    a, ra = p1.finish(rotate=-0.8, noise=9, blur=0.6, seed=611, bg=(240, 240, 232))
    b, rb = p2.finish(rotate=0.7, noise=9, blur=0.6, seed=612, bg=(240, 240, 232))
    save_images("h7-061", "h7-061-complaint-scan.pdf", "pdf", "scanned_complaint_letter", "Dr Eleri Pritchard", [(a, ra), (b, rb)], drawn=[p1.drawn, p2.drawn])

def h062():
    """digital discharge summary PDF with a Code128 in the header"""
    doc = PdfDoc(os.path.join(OUT, "h7-062-discharge.pdf"))
    doc.rect(36, 30, 559, 88)
    doc.text(46, 52, "{{Royal Cornwall Hospitals NHS Trust}}", "sansb", 13)
    doc.text(46, 70, "Electronic Discharge Summary", "sans", 10)
    doc.code(code128_img("RCH-1133590", 2, 60), 380, 38, 170, "Code128", "RCH-1133590")
    y = doc.lines(46, 110, [
        "Patient: [[PENGELLY, Tamsin Jane|P]]        {{DOB 05/05/1979}}   {{Female}}",
        "NHS number: [[458 771 2093|N]]           Hospital no: [[RCH-1133590|H]]",
        "Address: [[3 Chapel Row|A]], [[St Agnes|A]], [[TR5 0SN|PC]]",
        "GP: Dr [[Morwenna Angove|C]], [[St Agnes Surgery|A]]",
        "Admitted {{02/06/2025}}   Discharged {{06/06/2025}}   Ward: {{ICU / Wheal Coates}}",
    ], 15, font="sans", size=9.5)
    doc.rule(40, y, 555, y)
    y = doc.lines(46, y + 18, [
        "Diagnosis: {{Diabetic ketoacidosis}} (severe; {{pH 6.98}}, {{ketones 6.8 mmol/L}}, {{HCO3 4}})",
        "Precipitant: missed {{insulin glargine}} doses; {{gastroenteritis}}",
        "ICU stay 2 days; {{FRIII 0.1 units/kg/h}}; {{potassium}} replacement per protocol.",
        "Intubated? No.  Central line: R IJ (removed day 3).",
        "Discharge medication: {{insulin glargine 22 units}} OD, {{insulin aspart}} with meals (ratio {{1:10}}).",
        "Follow-up: diabetes specialist nurse [[Kerensa Jago|C]] within 7 days.",
        "Partner [[Jowan|R]] shown how to check ketones.",
    ], 15, font="sans", size=9.5)
    doc.rule(40, y, 555, y)
    doc.lines(46, y + 18, [
        "Completed by: {{Dr Wei-Ling Chen}}, ICU registrar, GMC {{7709215}}",
        "Senior review: {{Dr Tamsin Hoskin}}",
        "Queries: ward clerk [[01632 960 288|T]]",
    ], 15, font="sans", size=9.5)
    save_pdf(doc, "h7-062", "h7-062-discharge.pdf", "discharge_summary_pdf", "Dr Chen Wei-Ling")

def h063():
    """three-page digital ePortfolio export bundle"""
    doc = PdfDoc(os.path.join(OUT, "h7-063-eportfolio-bundle.pdf"))
    app = "Dr Priya Raghunathan"
    pages = [
        ("Mini-CEX", [
            "Trainee: {{Priya Raghunathan}} (GMC {{7234518}})     Assessor: {{Mr Obinna Ezeudu}}",
            "Date: {{03/02/2025}}    Setting: {{Hull Royal Infirmary}} ED, {{Majors cubicle 11}}",
            "Patient: [[Gwendolyn Spurr|P]], {{81}}, {{hip fracture}}; {{fascia iliaca block}} with",
            "{{levobupivacaine 0.25% 30 mL}}. Daughter [[Ruth Spurr|R]] present.",
            "Assessor comment: excellent explanation, good consent. Entrustment {{Level 4}}.",
            "Signed: {{O. Ezeudu}}",
        ]),
        ("CbD", [
            "Trainee: {{Dr P. Raghunathan}}     Assessor: {{Dr Simon Beresford}}",
            "Case: {{16}}-year-old, {{paracetamol overdose}} {{24 g}}, staggered; {{NAC}} per {{SNAP}}.",
            "Hospital no. [[H0491174|H]]; safeguarding referral ref [[SG-HULL-25-1182|REF]] made.",
            "Mother [[Kelly-Marie Stott|R]]; school nurse [[Jo Atherton|C]] informed with consent.",
            "Learning: Gillick competence, {{Mental Capacity Act 2005}} does not apply under 16.",
            "Signed: {{S. Beresford}}",
        ]),
        ("Multi-source feedback - free text", [
            "Doctor: {{Priya Raghunathan}}   Raters: {{15}}",
            "\"{{Priya}} supported me after the death of Mr [[Aldous|P]] in resus.\" (nurse)",
            "\"Stands up for juniors - e.g. when Dr [[Keswick|C]] was rude on the phone.\" (FY2)",
            "\"Sometimes leaves late.\" (consultant)",
            "Released by: {{Dr Simon Beresford}}, Educational Supervisor",
        ]),
    ]
    for i, (title, lines) in enumerate(pages):
        doc.rect(0, 0, doc.W, 54, fill=(0.12, 0.3, 0.5))
        doc.text(36, 34, "RCEM Kaizen ePortfolio - export", "sansb", 14, fill=(255, 255, 255))
        doc.text(36, 90, title, "sansb", 13)
        doc.lines(36, 120, lines, 18, font="sans", size=10)
        doc.text(36, 800, "{{Priya Raghunathan}} - GMC {{7234518}}", "sans", 8)
        doc.text(500, 800, "{{page %d of 3}}" % (i + 1), "sans", 8)
        if i < 2:
            doc.new_page()
    save_pdf(doc, "h7-063", "h7-063-eportfolio-bundle.pdf", "eportfolio_export_pdf", app)

def h064():
    """landscape theatre list PDF with table"""
    doc = PdfDoc(os.path.join(OUT, "h7-064-theatre-list.pdf"), landscape(A4))
    doc.text(30, 40, "{{Sunderland Royal Hospital}} - {{Theatre 5}} - Emergency (CEPOD) list - {{Sat 22/03/2025}}", "sansb", 12)
    doc.text(30, 58, "Consultant surgeon: {{Mr T. Wiśniewski}} (GMC {{7345120}})   Anaesthetist: Dr [[Seren Blackett|C]]   Coordinator bleep [[4402|T]]", "sans", 9)
    cols = [30, 50, 170, 245, 325, 360, 560, 620]
    head = ["#", "Patient", "Hosp no", "NHS no", "Age", "Procedure", "NCEPOD", "Notes"]
    y = 90
    doc.rect(28, y - 12, 812, y + 5)
    for x, t in zip(cols, head):
        doc.text(x, y, t, "sansb", 9)
    rows = [
        ["1", "[[Qureshi, Bilal|P]]", "[[4519920|H]]", "[[402 117 3306|N]]", "{{27}}", "{{Lap appendicectomy}}", "{{2B}}", "CRP {{212}}"],
        ["2", "[[Ridley, Maureen|P]]", "[[4488102|H]]", "[[611 904 2275|N]]", "{{88}}", "{{Laparotomy, SBO}}", "{{2A}}", "NOK: son [[Keith|R]]"],
        ["3", "[[Mc Ginley, Séamus|P]]", "[[4520331|H]]", "[[709 442 0198|N]]", "{{45}}", "{{I&D perianal abscess}}", "{{3}}", "diabetic"],
        ["4", "[[\"Baz\" Thompson|P]]", "[[4507788|H]]", "[[433 651 8820|N]]", "{{63}}", "{{Lap washout}}", "{{2A}}", "on {{clopidogrel}}"],
    ]
    for r in rows:
        y += 22
        for x, t in zip(cols, r):
            doc.text(x, y, t, "sans", 9)
    doc.text(30, y + 40, "Booked by: [[A. Lumsden|C]] (emergency theatres co-ordinator)    Printed by {{TW}}", "sans", 8)
    save_pdf(doc, "h7-064", "h7-064-theatre-list.pdf", "theatre_list_pdf", "Dr Tomasz Wiśniewski")

def h065():
    """digital referral letter PDF with a QR code that links to a patient portal"""
    doc = PdfDoc(os.path.join(OUT, "h7-065-referral.pdf"))
    doc.text(46, 60, "{{Frimley Park Hospital}} - Urology Department", "serifb", 14)
    doc.text(46, 78, "Tel [[01632 960 604|T]]  |  [[www.frimley-urology.example.nhs.uk/patients/FP0399012|U]]", "serif", 9)
    doc.code(qr_img("https://www.frimley-urology.example.nhs.uk/patients/FP0399012", 4), 470, 40, 80, "QRCode",
             "https://www.frimley-urology.example.nhs.uk/patients/FP0399012")
    doc.lines(46, 150, [
        "Dr [[Anjali Thakkar|C]]",
        "[[Fleet Medical Centre|A]], [[Church Road|A]], [[Fleet|A]] [[GU51 4PE|PC]]",
        "",
        "Dear Dr [[Thakkar|C]]",
        "",
        "Re: [[Reuben Ashkenazi-Cole|P]]   {{DOB 11/11/1966}}   Hosp [[FP0399012|H]]   NHS [[520 334 9981|N]]",
        "",
        "Thank you for referring this {{59}}-year-old man with {{LUTS}} ({{IPSS 22}}, {{QoL 5}}).",
        "{{Flow rate Qmax 8 mL/s}}, {{PVR 140 mL}}, prostate volume {{72 mL}}, {{PSA 2.1}}.",
        "I have started {{tamsulosin 400 micrograms}} and {{finasteride 5 mg}} and offered {{HoLEP}}.",
        "He works as a driving instructor; his wife [[Dvora|R]] asked about recovery time.",
        "",
        "Patients can view this letter online by scanning the code above.",
        "",
        "Yours sincerely",
        "{{Javier de la Fuente Ortega}}, Consultant Urologist, GMC {{7664410}}",
        "Typed by: [[mh|C]]   Ref: [[JdlFO/mh/0399012|REF]]",
    ], 16, font="serif", size=10.5)
    save_pdf(doc, "h7-065", "h7-065-referral.pdf", "clinic_letter_pdf", "Dr Javier de la Fuente Ortega")

def h066():
    d = Docx()
    d.header("{{Northgate General Hospital}} - Medical handover - {{Dr Oluwaseun Adeyemi-Cole}} (GMC {{7123456}})")
    d.h("Weekend handover Fri {{07/03/2025}} -> Sat")
    d.table([
        ["Bed", "Patient", "Number", "Problem", "To do"],
        ["{{Ward 9 bed 4}}", "[[Ifeoma Nwachukwu-Adams|P]]", "[[K2260018|H]]", "{{HAP}}, {{NEWS2 4}}", "repeat {{CXR}}; daughter [[Chioma|R]] calling"],
        ["{{Ward 9 bed 11}}", "Mr [[Lü|P]]", "[[K2258831|H]] / NHS [[721 663 0043|N]]", "{{hypoglycaemia}}, {{gliclazide}}", "CBG 2-hourly; interpreter [[Wen|C]]"],
        ["{{Ward 12 bed 2}}", "[[B.O'C.|P]]", "[[2261145|H]]", "{{GI bleed}}, {{Hb 71}}", "transfuse 1 unit; OGD Mon (Dr [[Kettle|C]])"],
        ["{{ED cubicle 6}}", "[[Harriet 'Hattie' Blore|P]]", "[[K2262290|H]]", "{{syncope}}, {{QTc 520 ms}}", "stop {{citalopram}}; tele"],
    ])
    d.p("Jobs left for weekend team: F1 [[Priyanka Iyer|C]] and SHO [[Dylan Cartwright|C]]. Site practitioner mobile [[07700 900512|T]].")
    d.p("Handed over by {{OAC}} ({{Seun}}).")
    save_docx(d.d, "h7-066", "h7-066-handover.docx", "handover_docx", "Dr Oluwaseun Adeyemi-Cole", d.marks)

def h067():
    d = Docx()
    d.header("Our ref: [[CX-26-00314|REF]]    Datix: [[DW-55871|REF]]")
    d.p("{{Leeds and York Partnership NHS Foundation Trust}}", bold=True)
    d.p("Mrs [[Nasreen Akhtar|R]]")
    d.p("[[27 Spencer Place|A]], [[Chapeltown|A]], [[LS7 4BS|PC]]")
    d.p("Dear Mrs [[Akhtar|R]]")
    d.p("Re: your son, [[Imran Akhtar|P]] (RiO [[1203318|H]])")
    d.p("Thank you for meeting {{Dr Hamza Al-Qureshi}} (Consultant Psychiatrist, GMC {{7520461}}) and me on {{12 January 2026}}. "
        "We have summarised the points you raised and our actions below.")
    d.table([
        ["Your concern", "What we found", "Action"],
        ["[[Imran|P]] was discharged from {{Ward 5}} without his {{olanzapine 10 mg}}", "TTO not dispensed; pharmacy closed at 17:00", "Pharmacy to supply TTOs by 15:00"],
        ["Nobody told you he had been discharged", "Named nurse [[Callum Bright|C]] rang your old number", "Contact details updated"],
        ["Dr [[Okwuosa|C]] was dismissive", "Dr [[Okwuosa|C]] has apologised; reflective discussion held", "Communication training"],
    ])
    d.p("Yours sincerely")
    d.p("[[Sandra Pickles|C]], Head of Patient Experience")
    d.p("Clinical response approved by {{Dr H. Al-Qureshi}}")
    d.footer("Patient Experience Team  [[020 7946 0311|T]]  [[pet.lypft@example.nhs.uk|E]]")
    save_docx(d.d, "h7-067", "h7-067-complaint-response.docx", "complaint_response_docx", "Dr Hamza Al-Qureshi", d.marks)

def h068():
    d = Docx()
    d.h("Audit: VTE risk assessment within 14 h of admission - data collection")
    d.p("Auditor: {{Dr Tomasz Wiśniewski}} (GMC {{7345120}}); supervisor {{Mr Rajesh Subramaniam}}; {{NICE NG89}}")
    d.table([
        ["No.", "MRN", "Initials", "Age", "VTE RA done", "Prophylaxis"],
        ["1", "[[4522091|H]]", "[[TJ|P]]", "{{67}}", "Y", "{{enoxaparin 40 mg}}"],
        ["2", "[[4519116|H]]", "[[MacA|P]]", "{{34}}", "N", "-"],
        ["3", "[[4523377|H]]", "[[PK-S|P]]", "{{81}}", "Y", "{{enoxaparin 20 mg}} ({{CrCl 24}})"],
        ["4", "[[4524802|H]]", "[[BdeV|P]]", "{{52}}", "Y", "{{TEDS}} only"],
        ["5", "[[4517730|H]]", "[[ZH|P]]", "{{45}}", "N", "-"],
    ])
    d.p("Compliance {{60%}} (standard {{95%}}). Data collected with FY1 [[Eilidh Brannigan|C]].")
    save_docx(d.d, "h7-068", "h7-068-vte-audit.docx", "audit_docx", "Dr Tomasz Wiśniewski", d.marks)

def h069():
    d = Docx()
    d.h("ICU registrar rota - {{Royal Cornwall Hospital}} - {{March 2025}}")
    d.p("Rota lead: {{Dr Tamsin Hoskin}}. Applicant: {{Dr Chen Wei-Ling}} (GMC {{7709215}}) - shown as {{CHEN}}")
    d.table([
        ["Week", "Mon-Thu day", "Mon-Thu night", "Fri-Sun day", "Fri-Sun night"],
        ["w/c {{03/03}}", "{{CHEN}}", "[[TREWHELLA|C]]", "[[OKORO|C]]", "{{CHEN}}"],
        ["w/c {{10/03}}", "[[BAPTISTE|C]]", "{{CHEN}}", "[[TREWHELLA|C]]", "[[OKORO|C]]"],
        ["w/c {{17/03}}", "[[OKORO|C]]", "[[BAPTISTE|C]]", "{{CHEN}}", "[[ŠIMKUS|C]]"],
        ["w/c {{24/03}}", "[[ŠIMKUS|C]]", "[[OKORO|C]]", "[[BAPTISTE|C]]", "[[TREWHELLA|C]]"],
    ])
    d.p("Registrar bleep [[2999|T]]; rota co-ordinator [[Jenifer Carne|C]] ext [[2871|T]].")
    save_docx(d.d, "h7-069", "h7-069-icu-rota.docx", "rota_docx", "Dr Chen Wei-Ling", d.marks)

def h070():
    d = Docx()
    d.h("SAFEGUARDING ADULTS - CONCERN FORM")
    d.table([
        ["Field", "Detail"],
        ["Referral no.", "[[SA-BER-2025-00981|REF]]"],
        ["Adult at risk", "[[Lavinia Okafor-Reid|P]] ({{DOB 19/09/1942}}, {{female}})"],
        ["NHS number", "[[627 118 3390|N]]"],
        ["Address", "[[Flat 4, Kennet House|A]], [[Whitley|A]], [[RG2 7HE|PC]]"],
        ["Person alleged to cause harm", "Grandson [[Tyrese Reid|R]] (\"[[TJ|R]]\")"],
        ["Concern", "Financial abuse: pension taken; {{MMSE 21/30}}; unexplained {{bruising}} to forearms"],
        ["Other agencies", "Police ref [[43250117744|REF]]; social worker [[Fiona Clutterbuck|C]] [[01632 960 733|T]]"],
        ["Referrer", "{{Dr Kwabena Owusu-Ansah}}, Consultant Geriatrician, GMC {{7801147}}"],
        ["Discussed with", "{{Dr Ruth Galloway}} (Safeguarding lead)"],
    ], header=True)
    d.p("Consent: the adult has capacity for this decision ({{Mental Capacity Act 2005}}) and agrees to referral.")
    save_docx(d.d, "h7-070", "h7-070-safeguarding.docx", "safeguarding_docx", "Dr Kwabena Owusu-Ansah", d.marks)

def h071():
    """JPEG photo of a ward whiteboard, handwritten-style"""
    rnd = random.Random(71)
    p = ImgPage(1600, 1100, (120, 110, 95))
    p.d.rectangle([60, 50, 1540, 1050], fill=(244, 246, 245), outline=(160, 160, 160), width=10)
    f = F("condo", 34)
    p.text(100, 80, "WARD 6B - {{Raigmore}} - Tue", F("sanso", 40), fill=(20, 60, 160), jitter=2, rnd=rnd)
    rows = [
        "{{Bed 1}}  [[Donald J|P]]   {{COPD}} NIV wean      -> home Thurs",
        "{{Bed 2}}  Mrs [[Bain|P]]    {{LRTI}} -> {{amoxicillin}}   dtr [[Fiona|R]] [[07700 900240|T]]",
        "{{Bed 3}}  [[Wojtek|P]]      {{ILD}} ? biopsy (Dr [[Dubois|C]])",
        "{{Bed 4}}  [[Ishbel M|P]]    {{pleural effusion}} drain d2",
        "{{Bed 5}}  [[Bunty|P]]       {{mesothelioma}} - {{PPC}}",
        "{{Bed 6}}  EMPTY - for ED ([[Hamish S-G|P]])",
        "NIC today: [[Kirsty|C]]    Physio: [[Agnes|C]]",
        "Doc: {{Dr MacLeod}} ({{CMacL}})",
    ]
    y = 170
    for r in rows:
        p.text(110, y, r, f, fill=(25, 25, 35) if "Bed" in r else (160, 20, 20), jitter=3, rnd=rnd)
        y += 95
    p.text(1000, 960, "GMC {{7290034}} / {{Catriona MacLeod}}", F("sans", 22), fill=(60, 60, 60))
    img, recs = p.finish(rotate=-2.0, noise=8, blur=1.0, bg=(120, 110, 95), seed=71, tint=(1.0, 0.98, 0.93))
    save_images("h7-071", "h7-071-whiteboard.jpg", "jpeg", "whiteboard_photo", "Dr Catriona MacLeod", [(img, recs)], drawn=[p.drawn])

def h072():
    """JPEG photo of a handwritten jobs list on squared paper"""
    rnd = random.Random(72)
    p = ImgPage(1200, 1500, (238, 236, 228))
    for x in range(0, 1200, 40):
        p.d.line([(x, 0), (x, 1500)], fill=(200, 210, 225))
    for yy in range(0, 1500, 40):
        p.d.line([(0, yy), (1200, yy)], fill=(200, 210, 225))
    f = F("narrowi", 40)
    lines = [
        "jobs - nights - {{Seun}}",
        "AMU 3 [[dmck|P]] - {{lactate}} 22:00 ✓",
        "AMU 5 [[rashida|P]] - K+ @ 02:00, FRIII",
        "B2 [[tiny o|P]] - call son [[chidi|R]] [[07700 900731|T]]",
        "B6 [[k2240067|H]] - {{pabrinex}}",
        "Ward 21 - [[N Al-H|P]] CT?",
        "ring [[Mirela|C]] re: ED pt Mr [[Osei-Bonsu|P]]",
        "bleep site [[4471|T]]",
        "{{OAC}} GMC {{7123456}}",
    ]
    y = 120
    for ln in lines:
        p.text(90, y, ln, f, fill=(15, 25, 110), jitter=3, rnd=rnd)
        y += 130
    img, recs = p.finish(rotate=3.0, noise=7, blur=0.9, bg=(90, 80, 70), seed=72)
    save_images("h7-072", "h7-072-jobs-list.jpg", "jpeg", "handwritten_list_photo", "Dr Oluwaseun Adeyemi-Cole", [(img, recs)], drawn=[p.drawn])

def h073():
    """screenshot of an ePortfolio DOPS page"""
    p = ImgPage(1440, 900, (245, 247, 250))
    p.d.rectangle([0, 0, 1440, 60], fill=(40, 60, 120))
    p.text(20, 16, "Lifelong Learning Platform", F("sansb", 22), fill=(255, 255, 255))
    p.d.rectangle([0, 60, 260, 900], fill=(230, 234, 242))
    for i, t in enumerate(["Dashboard", "Assessments", "Logbook", "Reflections", "Certificates"]):
        p.text(24, 90 + 40 * i, t, F("sans", 17), fill=(40, 40, 60))
    p.d.rectangle([290, 90, 1410, 860], fill=(255, 255, 255), outline=(210, 210, 220))
    p.text(320, 110, "A-QUAL DOPS  -  Completed", F("sansb", 22))
    f = F("sans", 18)
    p.lines(320, 160, [
        "Trainee: {{Dr Wei-Ling Chen}}   GMC: {{7709215}}",
        "Assessor: {{Dr Gareth Penhaligon}}   Assessor email: [[g.penhaligon@rch.example.nhs.uk|E]]",
        "Date: {{14/10/2025}}    Hospital: {{Royal Cornwall Hospital}}",
        "Procedure: {{Ultrasound-guided interscalene block}}",
        "Patient: Mr [[Trevaskis|P]], {{62}}, hospital no. [[RCH-1135512|H]], {{ASA 2}}",
        "Drug: {{levobupivacaine 0.375% 15 mL}}; nerve stimulator not used",
        "Scrub nurse: [[Elowen Carthew|C]]",
        "",
        "Assessor feedback:",
        "\"Good needle visualisation throughout; discussed {{phrenic nerve palsy}} risk with patient and",
        "his wife [[Demelza|R]]. Next: supraclavicular approach.\"",
        "",
        "Outcome: {{Satisfactory - can perform with distant supervision}}",
    ], f, 40)
    img, recs = p.finish()
    save_images("h7-073", "h7-073-llp-screenshot.png", "png", "eportfolio_screenshot", "Dr Chen Wei-Ling", [(img, recs)], drawn=[p.drawn])

def h074():
    """screenshot of an e-mail client showing a forwarded thread"""
    p = ImgPage(1400, 950, (255, 255, 255))
    p.d.rectangle([0, 0, 1400, 48], fill=(0, 90, 170))
    p.text(16, 12, "Outlook - NHSmail", F("lsansb", 20), fill=(255, 255, 255))
    f, fb = F("lsans", 17), F("lsansb", 17)
    p.text(30, 70, "FW: DOPS sign-off + the Ms [[Ferreira|P]] incident", F("lsansb", 22))
    y = p.lines(30, 115, [
        "From: [[Mateus Carvalho|C]] <[[mateus.carvalho@nhs.net|E]]>",
        "To: {{Javier de la Fuente Ortega}}",
        "Sent: {{Mon 17/11/2025 09:12}}",
    ], f, 28)
    y = p.lines(30, y + 20, [
        "{{Javi}} - see below from the ward. The patient is [[Lucinda Ferreira|P]] (hosp no [[FPH 0402276|H]]), catheter",
        "was removed too early. Her husband [[Rui|R]] phoned PALS ([[PALS-FH-25-2043|REF]]).",
        "[[Mateus|C]]",
        "[[Mateus Carvalho|C]] | Urology SpR | bleep [[0417|T]] | mobile [[07700 900602|T]]",
    ], f, 28)
    p.d.line([(30, y + 10), (1370, y + 10)], fill=(180, 180, 180))
    p.lines(30, y + 25, [
        "-----Original Message-----",
        "From: Sister [[Gail Pocock|C]] <[[gail.pocock@frimleyhealth.example.nhs.uk|E]]>",
        "Sent: 16 November 2025 22:40",
        "Subject: Bed 14 {{Ward F8}}",
        "TWOC done at 06:00 by night staff ([[Patience|C]]), should have been day 7 post {{RARP}}.",
        "Retention at 14:00; recatheterised. Datix [[FH-DX-88107|REF]].",
        "",
        "Reply from {{Mr de la Fuente Ortega}} (GMC {{7664410}}): I'll speak to the family and complete the Datix review.",
    ], f, 28)
    img, recs = p.finish()
    save_images("h7-074", "h7-074-email-screenshot.png", "png", "email_screenshot", "Dr Javier de la Fuente Ortega", [(img, recs)], drawn=[p.drawn])

def h075():
    """screenshot of an EPR patient banner and notes"""
    p = ImgPage(1500, 850, (250, 250, 250))
    p.d.rectangle([0, 0, 1500, 40], fill=(60, 60, 60))
    p.text(12, 8, "WPAS / Welsh Clinical Portal", F("sans", 18), fill=(255, 255, 255))
    p.d.rectangle([0, 40, 1500, 130], fill=(255, 244, 200))
    p.text(16, 52, "[[PRYS-JONES, Elin Haf|P]]   {{Born 12-Jul-1987 (38y)}}   {{Gender: Female}}", F("sansb", 22))
    p.text(16, 92, "NHS: [[719 405 2286|N]]   CRN: [[G108830W|H]]   [[Maes y Dre, Ruthin|A]] [[LL15 1DN|PC]]   Tel [[01632 960 570|T]]", F("sans", 18))
    f = F("sans", 18)
    p.lines(20, 160, [
        "Clinical note - {{Ysbyty Glan Clwyd}} - {{Antenatal Day Unit}} - {{19/01/2026}} 10:15",
        "{{34+0}} weeks, {{DCDA twins}}, {{BP 148/96}}, {{PCR 41}}, {{sFlt-1/PlGF 112}}.",
        "Plan: admit, {{labetalol 100 mg BD}}, {{dexamethasone 12 mg}} x2, MDT with neonates.",
        "Husband [[Geraint|R]] aware. Community midwife [[Sioned Puw|C]] informed.",
        "Author: {{Ms Eleri Pritchard}}, Consultant Obstetrician (GMC {{7618834}})",
    ], f, 38)
    img, recs = p.finish()
    save_images("h7-075", "h7-075-epr-screenshot.png", "png", "epr_screenshot", "Dr Eleri Pritchard", [(img, recs)], drawn=[p.drawn])

def h076():
    """fax of a GP referral, TIFF, bilevel look"""
    p = ImgPage(1700, 2200)
    fm = F("mono", 24)
    p.text(60, 30, "FAX FROM [[01632 960 915|T]]  TO [[020 7946 0915|T]]  {{26/11/2025}} 14:02  P.{{1/1}}", fm)
    f = F("serif", 34)
    p.lines(120, 150, [
        "[[Ashby Lane Surgery|A]], [[Hessle|A]] [[HU13 9LE|PC]]",
        "URGENT - FOR THE ATTENTION OF ED CONSULTANT, {{Hull Royal Infirmary}}",
        "",
        "Patient: [[Kieran Dunderdale|P]]     DOB {{08/04/1994}}",
        "NHS: [[550 228 1167|N]]   Practice ID: [[PT-00418|O]]",
        "Address: [[9 Tranby Ride|A]], [[Anlaby|A]]",
        "",
        "This {{31}}-year-old has {{pleuritic chest pain}} and {{haemoptysis}} after a long-haul",
        "flight. {{Wells score 4.5}}, {{HR 112}}, {{SpO2 93%}}. I have given {{apixaban 10 mg}}.",
        "His sister [[Courtney|R]] is driving him to ED now.",
        "",
        "Dr [[Adaora Eze-Williams|C]]  GMC [[7440918|G]]",
        "",
        "-- received and actioned by {{Dr P. Raghunathan}} (GMC {{7234518}}) 14:40 --",
    ], f, 62)
    img, recs = p.finish(rotate=0.9, noise=10, blur=0.5, grey=True, seed=76)
    img = img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("RGB")
    save_images("h7-076", "h7-076-fax.tif", "tiff", "fax_scan", "Dr Priya Raghunathan", [(img, recs)], drawn=[p.drawn])

def h077():
    """scanned drug chart page with an addressograph sticker (Code128), image-only PDF"""
    p = ImgPage(*A4PX, bg=(255, 255, 250))
    p.d.rectangle([40, 40, 1200, 140], fill=(255, 230, 230))
    p.text(60, 70, "INPATIENT PRESCRIPTION CHART - REGULAR MEDICINES", F("sansb", 30), fill=(140, 20, 20))
    p.d.rectangle([60, 170, 700, 430], fill=(255, 255, 255), outline=(90, 90, 90), width=2)
    fm = F("mono", 22)
    p.text(80, 185, "[[NDIAYE, Mamadou Lamine|P]]", F("monob", 24))
    p.text(80, 225, "{{DOB 30/11/1958}}  {{M}}", fm)
    p.text(80, 260, "NHS [[615 287 4410|N]]", fm)
    p.text(80, 295, "Hosp [[K2270457|H]]", fm)
    p.paste_code(code128_img("K2270457", 2, 70), 78, 335, "Code128", "K2270457")
    p.text(740, 190, "Weight {{74 kg}}  Allergies: {{NKDA}}", F("sans", 22))
    p.text(740, 230, "Ward {{AMU}} / {{Northgate General Hospital}}", F("sans", 22))
    y = 480
    for c, x in zip(["Drug", "Dose", "Route", "Freq", "Prescriber", "Date"], [60, 420, 600, 720, 850, 1070]):
        p.text(x, y, c, F("sansb", 22))
    rows = [
        ["{{Levetiracetam}}", "{{500 mg}}", "PO", "BD", "[[G. Achterberg|C]]", "{{12/02/26}}"],
        ["{{Dexamethasone}}", "{{8 mg}}", "PO", "OM", "{{OAC}}", "{{12/02/26}}"],
        ["{{Omeprazole}}", "{{20 mg}}", "PO", "OD", "{{OAC}}", "{{12/02/26}}"],
        ["{{Enoxaparin}}", "{{40 mg}}", "SC", "OD", "[[G. Achterberg|C]]", "{{12/02/26}}"],
    ]
    for r in rows:
        y += 60
        p.d.line([(60, y - 10), (1180, y - 10)], fill=(180, 180, 180))
        for t, x in zip(r, [60, 420, 600, 720, 850, 1070]):
            p.text(x, y, t, F("condo", 24), fill=(20, 20, 90))
    p.text(60, y + 120, "Pharmacist check: [[Hafsa Mirza|C]]   Reviewed: {{Dr Oluwaseun Adeyemi-Cole}}, GMC {{7123456}}", F("sans", 20))
    img, recs = p.finish(rotate=-0.9, noise=10, blur=0.6, seed=77, bg=(235, 235, 230), tint=(0.95, 0.95, 0.93))
    save_images("h7-077", "h7-077-drug-chart-scan.pdf", "pdf", "scanned_prescription_chart", "Dr Oluwaseun Adeyemi-Cole", [(img, recs)], drawn=[p.drawn])

def h078():
    """two-page digital coroner statement"""
    doc = PdfDoc(os.path.join(OUT, "h7-078-coroner-statement.pdf"))
    doc.text(60, 60, "HM CORONER FOR {{CORNWALL AND THE ISLES OF SCILLY}}", "serifb", 12)
    doc.text(60, 78, "Inquest into the death of [[Jory Lanyon|P]]    Coroner's ref: [[CIOS/2025/0412|REF]]", "serif", 10.5)
    y = doc.lines(60, 110, [
        "Statement of: {{Dr Chen Wei-Ling}}, Specialty Registrar in Anaesthesia and Intensive Care Medicine",
        "GMC number: {{7709215}}     Employer: {{Royal Cornwall Hospitals NHS Trust}}",
        "",
        "1. I was the ICU registrar on the night of {{12/03/2025}}. At 02:47 I was called by staff nurse",
        "   [[Demelza Rowe|C]] about Mr [[Lanyon|P]], then on {{Wheal Coates Ward}} bed {{6}}.",
        "2. He was {{78}}. On my arrival his {{NEWS2}} was {{9}}; I started {{noradrenaline}} and admitted",
        "   him to {{ICU-3}}. Hospital number [[RCH-1127740|H]].",
        "3. The consultant, {{Dr Tamsin Hoskin}}, attended at 03:30. The surgical registrar,",
        "   Dr [[Sorin Munteanu|C]] (GMC [[7522190|G]]), reviewed him at 04:10.",
        "4. Mr [[Lanyon|P]]'s wife, [[Morwenna Lanyon|R]], was present from 05:00 and was updated by me.",
    ], 17, font="serif", size=10.5)
    doc.text(60, 800, "{{Page 1 of 2}}   Statement of {{Dr Chen Wei-Ling}}", "serif", 8)
    doc.new_page()
    doc.lines(60, 80, [
        "5. On {{18/03/2025}} Mr [[Lanyon|P]] developed {{multi-organ failure}} ({{SOFA 14}}). After discussion",
        "   with his wife and son [[Kit Lanyon|R]] (by phone, [[+61 491 570 006|T]]) treatment was withdrawn.",
        "6. I understand the Trust's investigation is referenced [[PSII-RCHT-25-019|REF]].",
        "",
        "I believe that the facts stated in this witness statement are true.",
        "",
        "Signed: {{W-L Chen}}                 Dated: {{02/06/2025}}",
    ], 17, font="serif", size=10.5)
    doc.text(60, 800, "{{Page 2 of 2}}   Statement of {{Dr Chen Wei-Ling}}", "serif", 8)
    save_pdf(doc, "h7-078", "h7-078-coroner-statement.pdf", "coroner_statement_pdf", "Dr Chen Wei-Ling")

def h079():
    """wound chart with a wound photograph and QR code"""
    p = ImgPage(*A4PX)
    p.text(60, 50, "WOUND ASSESSMENT CHART", F("sansb", 34))
    p.text(60, 100, "{{Sunderland Royal Hospital}} - {{Tissue Viability}}", F("sans", 22))
    p.paste_code(qr_img("MRN:4525018", 6), 980, 40, "QRCode", "MRN:4525018")
    f = F("sans", 22)
    p.lines(60, 170, [
        "Patient: [[Doreen Alderson|P]]    {{DOB 04/04/1936}}    MRN [[4525018|H]]",
        "Ward: {{E58}}, {{bed 22}}    Date of photograph: {{18/02/2025}}",
        "Wound: {{midline laparotomy wound dehiscence}}, {{8 x 3 cm}}, depth {{1.5 cm}}",
        "Dressing: {{NPWT 125 mmHg}} continuous; change Mon/Thu",
    ], f, 42)
    p.photo(60, 380, 700, 520, "wound photograph (abdomen)", seed=79)
    p.text(60, 920, "Photo label: [[D.A.|P]] [[4525018|H]] {{18/02/25}}", F("sans", 20))
    p.lines(60, 1000, [
        "Consent for photography given by patient's son [[Neil Alderson|R]] (LPA health & welfare).",
        "Photographed by: [[Leanne Gowland|C]] (TVN)",
        "Reviewed: {{Mr Tomasz Wiśniewski}}, GMC {{7345120}}",
    ], f, 42)
    img, recs = p.finish(noise=2, seed=79)
    save_images("h7-079", "h7-079-wound-chart.png", "png", "wound_chart_with_photo", "Dr Tomasz Wiśniewski", [(img, recs)], drawn=[p.drawn])

def h080():
    """JPEG photo of labelled blood bottles in a specimen bag"""
    p = ImgPage(1600, 1000, (70, 80, 90))
    p.d.rounded_rectangle([40, 40, 1560, 960], radius=30, fill=(205, 215, 220))
    f, fb = F("lsans", 24), F("lsansb", 26)
    for i, (cap, col) in enumerate([("EDTA", (160, 40, 160)), ("SST", (200, 170, 30))]):
        x = 120 + i * 740
        p.d.rounded_rectangle([x, 120, x + 600, 860], radius=40, fill=(235, 235, 235))
        p.d.rectangle([x, 120, x + 600, 220], fill=col)
        p.d.rectangle([x + 40, 280, x + 560, 780], fill=(255, 255, 255))
        p.text(x + 60, 300, "[[HAMID, Noor Al-Huda|P]]", fb)
        p.text(x + 60, 345, "{{DOB 09/01/2003}} {{F}}", f)
        p.text(x + 60, 385, "[[K2271166|H]]", f)
        p.text(x + 60, 425, "Lab no [[26B031177|O]]", f)
        p.text(x + 60, 465, "{{%s}} {{10/03/26}} 07:55" % cap, f)
        p.paste_code(code128_img("26B031177", 2, 90), x + 60, 520, "Code128", "26B031177")
        p.text(x + 60, 700, "Taken by: {{OAC}}", f)
    p.text(60, 900, "QI photo: positive patient ID at bedside ({{Dr Oluwaseun Adeyemi-Cole}}, GMC {{7123456}})", F("lsans", 22))
    img, recs = p.finish(rotate=1.8, noise=8, blur=0.8, bg=(70, 80, 90), seed=80)
    save_images("h7-080", "h7-080-blood-bottles.jpg", "jpeg", "specimen_label_photo", "Dr Oluwaseun Adeyemi-Cole", [(img, recs)], drawn=[p.drawn])

def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in [h056, h057, h058, h059, h060, h061, h062, h063, h064, h065, h066, h067, h068, h069, h070,
               h071, h072, h073, h074, h075, h076, h077, h078, h079, h080]:
        fn()
    with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(RECORDS), "files written")

if __name__ == "__main__":
    main()
