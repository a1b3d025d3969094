#!/usr/bin/env python3
"""Render files/ and files.jsonl for the s8-holdout set.

Every labelled string is drawn through one of two engines that record the box actually drawn:
  - raster engine (PIL): PNG, JPEG, TIFF and image-only ("scanned") PDF pages; boxes follow any rotation applied;
  - PDF engine (reportlab): digital PDFs with a text layer; boxes from the font's metrics.
DOCX files are written with python-docx (identifiers listed as text and type only).
Markup in the source lines: [[string|CODE]] = identifier, {{string}} = keep.
Run with /tmp/s8venv/bin/python make_files.py
"""
import json, math, os, random, re, io
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import qrcode, barcode
from barcode.writer import ImageWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
random.seed(8080); np.random.seed(8080)
CODES = {"P": "PATIENT_NAME", "R": "RELATIVE_NAME", "C": "COLLEAGUE_NAME", "A": "ADDRESS",
         "PC": "POSTCODE", "T": "PHONE", "E": "EMAIL", "N": "NHS_NUMBER", "H": "HOSPITAL_NUMBER",
         "REF": "REFERENCE_NUMBER", "G": "GMC_NUMBER", "U": "URL", "O": "OTHER_ID"}
TOK = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}")
FD = "/usr/share/fonts/truetype/"
FONTS = {"sans": FD + "dejavu/DejaVuSans.ttf", "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
         "mono": FD + "dejavu/DejaVuSansMono.ttf", "monob": FD + "dejavu/DejaVuSansMono-Bold.ttf",
         "serif": FD + "dejavu/DejaVuSerif.ttf", "serifi": FD + "dejavu/DejaVuSerif-Italic.ttf",
         "lib": FD + "liberation/LiberationSans-Regular.ttf", "libb": FD + "liberation/LiberationSans-Bold.ttf",
         "libserif": FD + "liberation/LiberationSerif-Regular.ttf", "libseri": FD + "liberation/LiberationSerif-Italic.ttf",
         "cond": FD + "dejavu/DejaVuSansCondensed.ttf", "condb": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
         "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf", "obl": FD + "dejavu/DejaVuSans-Oblique.ttf"}
_fc = {}
def F(name, size):
    k = (name, size)
    if k not in _fc: _fc[k] = ImageFont.truetype(FONTS[name], size)
    return _fc[k]

def parse(line):
    """-> list of (text, tag) with tag None, 'K' or an identifier type."""
    segs, pos = [], 0
    for m in TOK.finditer(line):
        if m.start() > pos: segs.append((line[pos:m.start()], None))
        if m.group(1) is not None: segs.append((m.group(1), CODES[m.group(2)]))
        else: segs.append((m.group(3), "K"))
        pos = m.end()
    if pos < len(line): segs.append((line[pos:], None))
    return segs

RECORDS = []

# ---------------------------------------------------------------- raster engine
class Page:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (w, h), bg); self.d = ImageDraw.Draw(self.img)
        self.ents = []   # (kind, text/value, type/format, [x0,y0,x1,y1] px)
        self.bg = bg
    def text(self, x, y, line, font="sans", size=14, fill=(20, 20, 20)):
        f = F(font, size); cx = x
        for seg, tag in parse(line):
            if tag is not None:
                b = self.d.textbbox((cx, y), seg, font=f)
                self.ents.append(("id" if tag != "K" else "keep", seg, tag, list(b)))
            self.d.text((cx, y), seg, font=f, fill=fill)
            cx += self.d.textlength(seg, font=f)
        return cx
    def lines(self, x, y, lines, font="sans", size=14, lh=None, fill=(20, 20, 20), jitter=0):
        lh = lh or int(size * 1.45)
        for ln in lines:
            dx = random.randint(-jitter, jitter) if jitter else 0
            self.text(x + dx, y, ln, font, size, fill); y += lh
        return y
    def rect(self, box, outline=(0, 0, 0), fill=None, width=1):
        self.d.rectangle(box, outline=outline, fill=fill, width=width)
    def code128(self, x, y, value, h=60, module=2):
        bc = barcode.get("code128", value, writer=ImageWriter())
        im = bc.render({"module_width": 0.2, "module_height": 10, "quiet_zone": 2, "write_text": False, "dpi": 254})
        im = im.convert("RGB")
        # scale to integer module width and requested height
        im = im.resize((im.width * module // 2, h), Image.NEAREST)
        self.img.paste(im, (x, y))
        a = np.asarray(im.convert("L")); ys, xs = np.where(a < 128)
        box = [x + xs.min(), y + ys.min(), x + xs.max() + 1, y + ys.max() + 1]
        self.ents.append(("barcode", value, "Code128", box)); return box
    def qr(self, x, y, value, box_size=4):
        q = qrcode.QRCode(border=1, box_size=box_size, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(value); q.make(fit=True)
        im = q.make_image(fill_color="black", back_color="white").convert("RGB")
        self.img.paste(im, (x, y))
        a = np.asarray(im.convert("L")); ys, xs = np.where(a < 128)
        box = [x + xs.min(), y + ys.min(), x + xs.max() + 1, y + ys.max() + 1]
        self.ents.append(("barcode", value, "QRCode", box)); return box
    def photo(self, box, what):
        x0, y0, x1, y1 = box
        self.d.rectangle(box, fill=(176, 168, 160))
        cx = (x0 + x1) // 2; w = x1 - x0; hgt = y1 - y0
        self.d.ellipse([cx - w * 0.22, y0 + hgt * 0.15, cx + w * 0.22, y0 + hgt * 0.55], fill=(120, 96, 80))
        self.d.pieslice([x0 + w * 0.1, y0 + hgt * 0.55, x1 - w * 0.1, y1 + hgt * 0.4], 180, 360, fill=(60, 70, 110))
        self.ents.append(("photo", what, None, list(box)))

def transform(page, angle=0.0, noise=0, blur=0.0, grey=None, bg_tint=None, shrink=None):
    """Rotate (degrees, counter-clockwise), add noise/blur/grey cast; boxes follow."""
    img = page.img; W, H = img.size
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=page.bg)
        t = math.radians(angle); c, s = math.cos(t), math.sin(t); cx, cy = W / 2, H / 2
        new = []
        for k, tx, ty, b in page.ents:
            pts = [(b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3])]
            q = [(cx + (px - cx) * c + (py - cy) * s, cy - (px - cx) * s + (py - cy) * c) for px, py in pts]
            new.append((k, tx, ty, [min(p[0] for p in q), min(p[1] for p in q), max(p[0] for p in q), max(p[1] for p in q)]))
        page.ents = new
    a = np.asarray(img).astype(float)
    if grey is not None:
        g = a.mean(axis=2, keepdims=True); a = np.repeat(g, 3, axis=2) * grey[0] + grey[1]
    if bg_tint is not None:
        a = a * (np.array(bg_tint) / 255.0)
    if noise:
        a = a + np.random.normal(0, noise, a.shape[:2])[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur: img = img.filter(ImageFilter.GaussianBlur(blur))
    page.img = img
    return page

def frac(b, W, H, pad=2):
    return [round(max(0, b[0] - pad) / W, 4), round(max(0, b[1] - pad) / H, 4),
            round(min(W, b[2] + pad) / W, 4), round(min(H, b[3] + pad) / H, 4)]

def record(did, fname, fmt, kind, applicant, pages_ents, sizes):
    ids, keep, bcs, photos = [], [], [], []
    for pno, (ents, (W, H)) in enumerate(zip(pages_ents, sizes), 1):
        for k, t, ty, b in ents:
            if k == "id": ids.append({"text": t, "type": ty, "page": pno, "box": frac(b, W, H)})
            elif k == "keep": keep.append({"text": t, "page": pno, "box": frac(b, W, H)})
            elif k == "barcode": bcs.append({"format": ty, "value": t, "page": pno, "box": frac(b, W, H, pad=1)})
            elif k == "photo": photos.append({"page": pno, "box": frac(b, W, H, pad=0), "what": t})
    r = {"id": did, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant,
         "pages": len(sizes), "identifiers": ids, "keep": keep}
    if bcs: r["barcodes"] = bcs
    if photos: r["photos"] = photos
    RECORDS.append(r)

def save_raster(did, fname, fmt, kind, applicant, pages, **save):
    path = os.path.join(OUT, fname)
    imgs = [p.img for p in pages]
    if fmt == "png": imgs[0].save(path)
    elif fmt == "jpeg": imgs[0].save(path, quality=save.get("quality", 82))
    elif fmt == "tiff":
        imgs = [im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for im in imgs]
        imgs[0].save(path, compression="group4", save_all=True, append_images=imgs[1:], dpi=(204, 98))
    elif fmt == "pdf":
        imgs[0].save(path, "PDF", resolution=save.get("dpi", 110), save_all=True, append_images=imgs[1:])
    record(did, fname, fmt, kind, applicant, [p.ents for p in pages], [p.img.size for p in pages])

# ---------------------------------------------------------------- PDF engine (text layer)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
for nm in ("sans", "sansb", "serif", "mono", "lib", "libb"):
    pdfmetrics.registerFont(TTFont("S8" + nm, FONTS[nm]))

class PdfDoc:
    def __init__(self, path, size=A4):
        self.c = rl_canvas.Canvas(path, pagesize=size); self.W, self.H = size
        self.pages = [[]]
    def text(self, x, y, line, font="sans", size=10, fill=(0, 0, 0)):
        """x, y: left and top-of-line in points from top-left."""
        fn = "S8" + font; asc, desc = pdfmetrics.getAscentDescent(fn, size)
        base = self.H - y - asc; cx = x
        self.c.setFillColorRGB(*[v / 255 for v in fill]); self.c.setFont(fn, size)
        for seg, tag in parse(line):
            w = pdfmetrics.stringWidth(seg, fn, size)
            self.c.drawString(cx, base, seg)
            if tag is not None:
                b = [cx, y, cx + w, y + asc - desc]
                self.pages[-1].append(("id" if tag != "K" else "keep", seg, tag, b))
            cx += w
        return cx
    def lines(self, x, y, lines, font="sans", size=10, lh=None):
        lh = lh or size * 1.45
        for ln in lines: self.text(x, y, ln, font, size); y += lh
        return y
    def line(self, x0, y0, x1, y1, w=0.5):
        self.c.setLineWidth(w); self.c.line(x0, self.H - y0, x1, self.H - y1)
    def image(self, pil, x, y, w, h, ent=None):
        self.c.drawImage(ImageReader(pil), x, self.H - y - h, w, h)
        if ent:
            a = np.asarray(pil.convert("L")); ys, xs = np.where(a < 128)
            sx, sy = w / pil.width, h / pil.height
            self.pages[-1].append(("barcode", ent[0], ent[1], [x + xs.min() * sx, y + ys.min() * sy, x + (xs.max() + 1) * sx, y + (ys.max() + 1) * sy]))
    def newpage(self):
        self.c.showPage(); self.pages.append([])
    def save(self, did, fname, kind, applicant):
        self.c.save()
        record(did, fname, "pdf", kind, applicant, self.pages, [(self.W, self.H)] * len(self.pages))

def qr_img(value, box=6):
    q = qrcode.QRCode(border=1, box_size=box); q.add_data(value); q.make(fit=True)
    return q.make_image(fill_color="black", back_color="white").convert("RGB")

def c128_img(value, h=60, module=2):
    im = barcode.get("code128", value, writer=ImageWriter()).render(
        {"module_width": 0.2, "module_height": 10, "quiet_zone": 2, "write_text": False, "dpi": 254}).convert("RGB")
    return im.resize((im.width * module // 2, h), Image.NEAREST)

# ---------------------------------------------------------------- DOCX
def docx_record(did, fname, kind, applicant, doc_items):
    """doc_items: lines (markup) used; identifiers/keep collected from markup."""
    ids, keep = [], []
    for line in doc_items:
        for seg, tag in parse(line):
            if tag is None: continue
            if tag == "K":
                if {"text": seg} not in keep: keep.append({"text": seg})
            else:
                e = {"text": seg, "type": tag}
                if e not in ids: ids.append(e)
    RECORDS.append({"id": did, "file": "files/" + fname, "format": "docx", "kind": kind, "applicant": applicant,
                    "pages": 1, "identifiers": ids, "keep": keep})

def plain(line): return "".join(s for s, _ in parse(line))

from docs_files import build
build(globals())

with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as f:
    for r in sorted(RECORDS, key=lambda r: r["id"]):
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(RECORDS), "files")
