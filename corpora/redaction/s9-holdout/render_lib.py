"""Small rendering helpers for make_files.py: draw text with inline labels and record the boxes the
drawing engine reports (Pillow textbbox for images; reportlab placement + glyph bounds for PDFs)."""
import math, re
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from barcode import Code128
import qrcode

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf", "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
    "mono": FD + "dejavu/DejaVuSansMono.ttf", "monob": FD + "dejavu/DejaVuSansMono-Bold.ttf",
    "lib": FD + "liberation/LiberationSans-Regular.ttf", "libb": FD + "liberation/LiberationSans-Bold.ttf",
    "serif": FD + "liberation/LiberationSerif-Regular.ttf", "serifb": FD + "liberation/LiberationSerif-Bold.ttf",
    "libmono": FD + "liberation/LiberationMono-Regular.ttf", "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "cond": FD + "dejavu/DejaVuSansCondensed.ttf", "condb": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
}
TYPES = {"PN": "PATIENT_NAME", "RN": "RELATIVE_NAME", "CN": "COLLEAGUE_NAME", "AD": "ADDRESS",
         "PC": "POSTCODE", "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER",
         "REF": "REFERENCE_NUMBER", "GMC": "GMC_NUMBER", "URL": "URL", "OID": "OTHER_ID"}
TOKEN = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}")


def segments(markup):
    """'Name: [[Jo Bloggs|PN]] {{DOB 1/1/50}}' -> [(text, None|('id',TYPE)|('keep',None))]"""
    out, pos = [], 0
    for m in TOKEN.finditer(markup):
        if m.start() > pos:
            out.append((markup[pos:m.start()], None))
        if m.group(1) is not None:
            out.append((m.group(1), ("id", TYPES[m.group(2)])))
        else:
            out.append((m.group(3), ("keep", None)))
        pos = m.end()
    if pos < len(markup):
        out.append((markup[pos:], None))
    return out


def plain(markup):
    return "".join(s for s, _ in segments(markup))


class Recorder:
    """Collects labelled boxes in page pixel/point coordinates."""
    def __init__(self):
        self.items = []   # dicts: kind(id/keep/barcode/photo), text/value, type/format, page, box(px)

    def add(self, **kw):
        self.items.append(kw)


# ------------------------------------------------------------------ raster pages
_font_cache = {}


def font(name, size):
    k = (name, size)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(FONTS[name], size)
    return _font_cache[k]


class RasterPage:
    def __init__(self, w, h, rec, page=1, bg="white"):
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.rec, self.page = rec, page
        self.w, self.h = w, h

    def text(self, x, y, markup, f="sans", size=22, fill=(20, 20, 20)):
        """Draw a line with its left baseline at (x, y). Returns x after the line."""
        fo = font(f, size)
        for s, lab in segments(markup):
            self.d.text((x, y), s, font=fo, fill=fill, anchor="ls")
            if lab is not None and s.strip():
                bb = self.d.textbbox((x, y), s, font=fo, anchor="ls")
                if lab[0] == "id":
                    self.rec.add(kind="id", text=s, type=lab[1], page=self.page, box=list(bb))
                else:
                    self.rec.add(kind="keep", text=s, page=self.page, box=list(bb))
            x += self.d.textlength(s, font=fo)
        return x

    def lines(self, x, y, markups, f="sans", size=22, lead=None, fill=(20, 20, 20)):
        lead = lead or int(size * 1.45)
        for m in markups:
            if m:
                self.text(x, y, m, f, size, fill)
            y += lead
        return y

    def row(self, y, cells, f="sans", size=20, fill=(20, 20, 20)):
        for x, m in cells:
            if m:
                self.text(x, y, m, f, size, fill)

    def rect(self, box, outline=(120, 120, 120), width=2, fill=None):
        self.d.rectangle(box, outline=outline, width=width, fill=fill)

    def hline(self, x0, x1, y, fill=(150, 150, 150), width=2):
        self.d.line([(x0, y), (x1, y)], fill=fill, width=width)

    def code128(self, x, y, value, module=2, height=60):
        mods = Code128(value).build()[0]
        for i, c in enumerate(mods):
            if c == "1":
                self.d.rectangle([x + i * module, y, x + (i + 1) * module - 1, y + height - 1], fill=(0, 0, 0))
        box = [x, y, x + len(mods) * module, y + height]
        self.rec.add(kind="barcode", format="Code128", value=value, page=self.page, box=box)
        return box

    def qr(self, x, y, value, module=5):
        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(value)
        q.make(fit=True)
        m = q.get_matrix()
        for r, row in enumerate(m):
            for c, v in enumerate(row):
                if v:
                    self.d.rectangle([x + c * module, y + r * module, x + (c + 1) * module - 1,
                                      y + (r + 1) * module - 1], fill=(0, 0, 0))
        box = [x, y, x + len(m) * module, y + len(m) * module]
        self.rec.add(kind="barcode", format="QRCode", value=value, page=self.page, box=box)
        return box


def affine(img, items, angle=0.0, scale=1.0, shear=0.0, out_size=None, offset=(0, 0), fill=(255, 255, 255)):
    """Rotate (degrees, counter-clockwise on screen), scale and shear a page about its centre; returns the
    new image and the items with their boxes moved (axis-aligned bounds of the moved corners)."""
    w, h = img.size
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    # forward: p' = S * R * Sh * (p - c) + c'
    M = np.array([[1, shear], [0, 1]], float)
    R = np.array([[ca, sa], [-sa, ca]], float)   # screen coords (y down): positive angle = CCW look
    F = scale * R @ M
    if out_size is None:
        corners = np.array([[0, 0], [w, 0], [0, h], [w, h]], float) - [w / 2, h / 2]
        pts = corners @ F.T
        out_size = (int(math.ceil(pts[:, 0].max() - pts[:, 0].min())), int(math.ceil(pts[:, 1].max() - pts[:, 1].min())))
    W, H = out_size
    c = np.array([w / 2, h / 2])
    c2 = np.array([W / 2 + offset[0], H / 2 + offset[1]])
    Finv = np.linalg.inv(F)
    # input = Finv (out - c2) + c
    t = c - Finv @ c2
    data = (Finv[0, 0], Finv[0, 1], t[0], Finv[1, 0], Finv[1, 1], t[1])
    out = img.transform((W, H), Image.AFFINE, data, resample=Image.BICUBIC, fillcolor=fill)
    moved = []
    for it in items:
        x0, y0, x1, y1 = it["box"]
        pts = np.array([[x0, y0], [x1, y0], [x0, y1], [x1, y1]], float) - c
        q = pts @ F.T + c2
        nb = [float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max())]
        moved.append(dict(it, box=nb))
    return out, moved


def photo_finish(img, seed, vignette=0.25, noise=6.0, blur=0.6, tint=(1.0, 0.97, 0.9)):
    rng = np.random.default_rng(seed)
    a = np.asarray(img, float)
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    g = 1.0 - vignette * (((xx - W * 0.35) / W) ** 2 + ((yy - H * 0.3) / H) ** 2)
    a = a * g[..., None] * np.array(tint)[None, None, :]
    a = a + rng.normal(0, noise, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    return out


def scan_finish(img, seed, noise=5.0, grey=245):
    rng = np.random.default_rng(seed)
    a = np.asarray(img.convert("L"), float)
    a = a * (grey / 255.0) + rng.normal(0, noise, a.shape)
    # a few specks
    for _ in range(60):
        y, x = rng.integers(0, a.shape[0]), rng.integers(0, a.shape[1])
        a[y:y + 2, x:x + 2] = 90
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("RGB")


def to_fractions(items, w, h, pad=1.5):
    out = []
    for it in items:
        x0, y0, x1, y1 = it["box"]
        b = [max(0.0, (x0 - pad) / w), max(0.0, (y0 - pad) / h), min(1.0, (x1 + pad) / w), min(1.0, (y1 + pad) / h)]
        out.append(dict(it, box=[round(v, 5) for v in b]))
    return out


# ------------------------------------------------------------------ PDF pages (reportlab)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_rl_registered = set()


def rl_font(name):
    if name not in _rl_registered:
        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
        _rl_registered.add(name)
    return name


class PdfDoc:
    """Top-left coordinate helper over a reportlab canvas; boxes in points, origin top-left."""
    def __init__(self, path, pagesize, rec):
        self.c = rl_canvas.Canvas(path, pagesize=pagesize)
        self.W, self.H = pagesize
        self.rec = rec
        self.page = 1

    def new_page(self):
        self.c.showPage()
        self.page += 1

    def text(self, x, y, markup, f="lib", size=10, fill=(0.08, 0.08, 0.08)):
        """x, y: left baseline in top-left point coordinates."""
        fn = rl_font(f)
        pf = font(f, 400)   # glyph bounds from the same TrueType file (Pillow/FreeType), scaled
        self.c.setFillColorRGB(*fill)
        for s, lab in segments(markup):
            self.c.setFont(fn, size)
            self.c.drawString(x, self.H - y, s)
            wdt = pdfmetrics.stringWidth(s, fn, size)
            if lab is not None and s.strip():
                l, t, r, b = pf.getbbox(s, anchor="ls")
                k = size / 400.0
                box = [x + min(0, l * k), y + t * k, x + wdt, y + b * k]
                if lab[0] == "id":
                    self.rec.add(kind="id", text=s, type=lab[1], page=self.page, box=box)
                else:
                    self.rec.add(kind="keep", text=s, page=self.page, box=box)
            x += wdt
        return x

    def lines(self, x, y, markups, f="lib", size=10, lead=None):
        lead = lead or size * 1.4
        for m in markups:
            if m:
                self.text(x, y, m, f, size)
            y += lead
        return y

    def row(self, y, cells, f="lib", size=9):
        for x, m in cells:
            if m:
                self.text(x, y, m, f, size)

    def hline(self, x0, x1, y, grey=0.6, width=0.6):
        self.c.setStrokeColorRGB(grey, grey, grey)
        self.c.setLineWidth(width)
        self.c.line(x0, self.H - y, x1, self.H - y)

    def rect(self, x0, y0, x1, y1, grey=0.5, width=0.8, fill=None):
        self.c.setStrokeColorRGB(grey, grey, grey)
        self.c.setLineWidth(width)
        if fill is not None:
            self.c.setFillColorRGB(*fill)
        self.c.rect(x0, self.H - y1, x1 - x0, y1 - y0, stroke=1, fill=1 if fill is not None else 0)
        self.c.setFillColorRGB(0, 0, 0)

    def code128(self, x, y, value, module=1.0, height=30):
        mods = Code128(value).build()[0]
        self.c.setFillColorRGB(0, 0, 0)
        for i, ch in enumerate(mods):
            if ch == "1":
                self.c.rect(x + i * module, self.H - y - height, module, height, stroke=0, fill=1)
        box = [x, y, x + len(mods) * module, y + height]
        self.rec.add(kind="barcode", format="Code128", value=value, page=self.page, box=box)
        return box

    def qr(self, x, y, value, module=2.2):
        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(value)
        q.make(fit=True)
        m = q.get_matrix()
        self.c.setFillColorRGB(0, 0, 0)
        for r, rowv in enumerate(m):
            for cc, v in enumerate(rowv):
                if v:
                    self.c.rect(x + cc * module, self.H - y - (r + 1) * module, module, module, stroke=0, fill=1)
        box = [x, y, x + len(m) * module, y + len(m) * module]
        self.rec.add(kind="barcode", format="QRCode", value=value, page=self.page, box=box)
        return box

    def save(self):
        self.c.showPage()
        self.c.save()
