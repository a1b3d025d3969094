"""Drawing helpers for make_files.py: every identifier / keep string / barcode is drawn through these helpers,
which record its box from the drawing call itself (ImageDraw.textbbox for rasters, stringWidth and font size
for reportlab PDFs). Rotations transform the recorded boxes (axis-aligned box of the rotated corners)."""
import io
import math
import os
import random

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/dejavu/"
TYPES = {
    "PN": "PATIENT_NAME", "RN": "RELATIVE_NAME", "CN": "COLLEAGUE_NAME", "AD": "ADDRESS", "PC": "POSTCODE",
    "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER", "REF": "REFERENCE_NUMBER",
    "GMC": "GMC_NUMBER", "URL": "URL", "OID": "OTHER_ID",
}
_FONTS = {
    "sans": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "mono": "DejaVuSansMono.ttf",
    "monob": "DejaVuSansMono-Bold.ttf", "serif": "DejaVuSerif.ttf", "serifb": "DejaVuSerif-Bold.ttf",
    "oblique": "DejaVuSans-Oblique.ttf", "cond": "DejaVuSansCondensed.ttf", "condb": "DejaVuSansCondensed-Bold.ttf",
    "serifi": "DejaVuSerif-Italic.ttf",
}
_cache = {}


def font(kind="sans", size=24):
    k = (kind, size)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FD + _FONTS[kind], size)
    return _cache[k]


def I(s, t):
    """identifier segment"""
    return ("I", s, TYPES.get(t, t))


def K(s):
    """keep segment"""
    return ("K", s)


def _segs(segs):
    if isinstance(segs, (str, tuple)):
        segs = [segs]
    out = []
    for seg in segs:
        if isinstance(seg, str):
            out.append((None, seg, None))
        elif seg[0] == "I":
            out.append(("I", seg[1], seg[2]))
        else:
            out.append(("K", seg[1], None))
    return out


def plain(segs):
    return "".join(s for _, s, _ in _segs(segs))


def _log_line(obj, segs):
    """remember every drawn line with the spans of its tagged segments (for the unmarked-occurrence check)"""
    if not hasattr(obj, "lines"):
        obj.lines = []
    text, spans, n = "", [], 0
    for tag, s, typ in _segs(segs):
        if tag:
            spans.append((n, n + len(s), tag))
        text += s
        n += len(s)
    obj.lines.append((getattr(obj, "page", 1), text, spans))


def unmarked_occurrences(lines, id_strings, keep_strings=()):
    """identifier strings drawn somewhere without being tagged as identifiers, and keep strings overlapping identifiers"""
    probs = []
    for page, text, spans in lines:
        idsp = [(a, b) for a, b, t in spans if t == "I"]
        for s in id_strings:
            i = text.find(s)
            while i >= 0:
                if not any(a <= i and i + len(s) <= b for a, b in idsp):
                    probs.append(f"unmarked identifier {s!r} in line {text!r}")
                i = text.find(s, i + 1)
        for s in keep_strings:
            i = text.find(s)
            while i >= 0:
                if any(i < b and a < i + len(s) for a, b in idsp):
                    probs.append(f"keep {s!r} overlaps identifier in line {text!r}")
                i = text.find(s, i + 1)
    return probs


# ---------------------------------------------------------------- raster pages
class Page:
    def __init__(self, w, h, bg=(255, 255, 255), mode="RGB"):
        self.im = Image.new(mode, (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.ids, self.keeps, self.bars, self.photos = [], [], [], []

    @property
    def size(self):
        return self.im.size

    def text(self, x, y, segs, fnt, fill=(0, 0, 0), pad=2):
        cx = x
        _log_line(self, segs)
        for tag, s, typ in _segs(segs):
            self.d.text((cx, y), s, font=fnt, fill=fill)
            if tag:
                bb = self.d.textbbox((cx, y), s, font=fnt)
                rec = {"text": s, "box": [bb[0] - pad, bb[1] - pad, bb[2] + pad, bb[3] + pad]}
                if tag == "I":
                    rec["type"] = typ
                    self.ids.append(rec)
                else:
                    self.keeps.append(rec)
            cx += self.d.textlength(s, font=fnt)
        return cx

    def width(self, segs, fnt):
        return self.d.textlength(plain(segs), font=fnt)

    def barcode(self, value, fmt, x, y, scale=3, height=None, quiet=True):
        b = zxingcpp.create_barcode(value, getattr(zxingcpp.BarcodeFormat, fmt))
        im = Image.fromarray(np.array(b.to_image(scale=scale, add_quiet_zones=quiet))).convert("L")
        if height and fmt != "QRCode":
            im = im.resize((im.width, height), Image.NEAREST)
        self.im.paste(im.convert(self.im.mode), (int(x), int(y)))
        arr = np.array(im) < 128
        ys, xs = np.where(arr)
        box = [int(x) + xs.min() - 1, int(y) + ys.min() - 1, int(x) + xs.max() + 2, int(y) + ys.max() + 2]
        self.bars.append({"format": fmt, "value": value, "box": box})
        return im.size

    def photo(self, box, what):
        self.photos.append({"box": list(box), "what": what})

    def paste_layer(self, layer, x, y, mask=None):
        """paste another Page (e.g. a rotated wristband) and move its records"""
        if mask is None:
            self.im.paste(layer.im.convert(self.im.mode), (int(x), int(y)))
        else:
            self.im.paste(layer.im.convert(self.im.mode), (int(x), int(y)), mask)
        if not hasattr(self, "lines"):
            self.lines = []
        self.lines += getattr(layer, "lines", [])
        for lst_src, lst_dst in ((layer.ids, self.ids), (layer.keeps, self.keeps), (layer.bars, self.bars),
                                 (layer.photos, self.photos)):
            for r in lst_src:
                r2 = dict(r)
                b = r["box"]
                r2["box"] = [b[0] + x, b[1] + y, b[2] + x, b[3] + y]
                lst_dst.append(r2)

    def rotate(self, angle, fill=(255, 255, 255), expand=False):
        """rotate counter-clockwise by angle degrees about the centre; boxes follow"""
        W, H = self.im.size
        im2 = self.im.rotate(angle, resample=Image.BICUBIC, expand=expand, fillcolor=fill)
        W2, H2 = im2.size
        th = math.radians(angle)
        cx, cy, ncx, ncy = W / 2, H / 2, W2 / 2, H2 / 2

        def f(px, py):
            dx, dy = px - cx, py - cy
            return ncx + dx * math.cos(th) + dy * math.sin(th), ncy - dx * math.sin(th) + dy * math.cos(th)

        for lst in (self.ids, self.keeps, self.bars, self.photos):
            for r in lst:
                x0, y0, x1, y1 = r["box"]
                pts = [f(x0, y0), f(x1, y0), f(x0, y1), f(x1, y1)]
                r["box"] = [min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts),
                            max(p[1] for p in pts)]
        self.im = im2
        self.d = ImageDraw.Draw(self.im)

    def records(self, page_no=1):
        W, H = self.im.size

        def fr(b):
            return [round(min(max(b[0] / W, 0), 1), 4), round(min(max(b[1] / H, 0), 1), 4),
                    round(min(max(b[2] / W, 0), 1), 4), round(min(max(b[3] / H, 0), 1), 4)]
        ids = [{"text": r["text"], "type": r["type"], "page": page_no, "box": fr(r["box"])} for r in self.ids]
        keeps = [{"text": r["text"], "page": page_no, "box": fr(r["box"])} for r in self.keeps]
        bars = [{"format": r["format"], "value": r["value"], "page": page_no, "box": fr(r["box"])} for r in self.bars]
        photos = [{"page": page_no, "box": fr(r["box"]), "what": r["what"]} for r in self.photos]
        return ids, keeps, bars, photos


def degrade(im, seed, noise=8.0, blur=0.6, jpeg_q=None, speckle=0.0, gray=False, tint=None):
    """scanner/camera artefacts: blur, gaussian noise, salt-and-pepper speckle, JPEG round trip"""
    rng = np.random.default_rng(seed)
    if gray:
        im = im.convert("L")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32)
    if tint is not None and a.ndim == 3:
        a = a * np.array(tint, dtype=np.float32)[None, None, :]
    if noise:
        a = a + rng.normal(0, noise, a.shape)
    if speckle:
        m = rng.random(a.shape[:2]) < speckle
        a[m] = 40 if a.ndim == 2 else np.array([40, 40, 40])
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if jpeg_q:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=jpeg_q)
        buf.seek(0)
        im = Image.open(buf).convert(im.mode)
        im.load()
    return im


def box_rect(page, box, outline=(0, 0, 0), width=2, fill=None):
    page.d.rectangle(box, outline=outline, width=width, fill=fill)


# ---------------------------------------------------------------- reportlab PDFs
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

for _n, _f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
               ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
               ("DVCB", "DejaVuSansCondensed-Bold.ttf"), ("DVO", "DejaVuSans-Oblique.ttf")):
    pdfmetrics.registerFont(TTFont(_n, FD + _f))

ASC, DESC = 0.80, 0.25   # glyph extent above / below the baseline, in units of font size (DejaVu)


class Pdf:
    """reportlab canvas with top-left coordinates in points; y is the baseline measured from the top"""

    def __init__(self, path, pagesize=A4):
        self.c = rl_canvas.Canvas(path, pagesize=pagesize, invariant=1)
        self.W, self.H = pagesize
        self.page = 1
        self.ids, self.keeps, self.bars, self.photos = [], [], [], []

    def _box(self, x0, x1, y, size, pad=1.0):
        return [(x0 - pad) / self.W, (y - ASC * size - pad) / self.H, (x1 + pad) / self.W, (y + DESC * size + pad) / self.H]

    def text(self, x, y, segs, fnt="DV", size=10, color=(0, 0, 0)):
        self.c.setFont(fnt, size)
        self.c.setFillColorRGB(*color)
        cx = x
        _log_line(self, segs)
        for tag, s, typ in _segs(segs):
            self.c.drawString(cx, self.H - y, s)
            w = pdfmetrics.stringWidth(s, fnt, size)
            if tag:
                rec = {"text": s, "page": self.page, "box": self._box(cx, cx + w, y, size)}
                if tag == "I":
                    rec = {"text": s, "type": typ, "page": self.page, "box": rec["box"]}
                    self.ids.append(rec)
                else:
                    self.keeps.append(rec)
            cx += w
        self.c.setFillColorRGB(0, 0, 0)
        return cx

    def width(self, segs, fnt="DV", size=10):
        return pdfmetrics.stringWidth(plain(segs), fnt, size)

    def line(self, x0, y0, x1, y1, w=0.6, color=(0, 0, 0)):
        self.c.setLineWidth(w)
        self.c.setStrokeColorRGB(*color)
        self.c.line(x0, self.H - y0, x1, self.H - y1)

    def rect(self, x, y, w, h, stroke=1, fill=0, fill_color=(0.9, 0.9, 0.9), lw=0.6):
        self.c.setLineWidth(lw)
        self.c.setFillColorRGB(*fill_color)
        self.c.rect(x, self.H - y - h, w, h, stroke=stroke, fill=fill)
        self.c.setFillColorRGB(0, 0, 0)

    def barcode(self, value, fmt, x, y, module_pt=1.0, height_pt=None):
        """draw at top-left (x, y) in points; one module = module_pt points"""
        b = zxingcpp.create_barcode(value, getattr(zxingcpp.BarcodeFormat, fmt))
        im = Image.fromarray(np.array(b.to_image(scale=4))).convert("L")
        mw, mh = im.width / 4.0, im.height / 4.0
        w = mw * module_pt
        h = (mh * module_pt) if (fmt == "QRCode" or not height_pt) else height_pt
        self.c.drawImage(ImageReader(im.convert("RGB")), x, self.H - y - h, width=w, height=h)
        arr = np.array(im) < 128
        ys, xs = np.where(arr)
        sx, sy = w / im.width, h / im.height
        box = [x + xs.min() * sx - 1, y + ys.min() * sy - 1, x + (xs.max() + 1) * sx + 1, y + (ys.max() + 1) * sy + 1]
        self.bars.append({"format": fmt, "value": value, "page": self.page,
                          "box": [box[0] / self.W, box[1] / self.H, box[2] / self.W, box[3] / self.H]})
        return w, h

    def new_page(self):
        self.c.showPage()
        self.page += 1

    def save(self):
        self.c.showPage()
        self.c.save()

    def records(self):
        def r4(b):
            return [round(min(max(v, 0), 1), 4) for v in b]
        ids = [dict(r, box=r4(r["box"])) for r in self.ids]
        keeps = [dict(r, box=r4(r["box"])) for r in self.keeps]
        bars = [dict(r, box=r4(r["box"])) for r in self.bars]
        return ids, keeps, bars, []


def wrap_segs(segs, maxw, measure):
    """greedy word wrap of a segment list; tagged segments are never split. Returns a list of lines (segment lists)."""
    items = []
    for tag, s, typ in _segs(segs):
        if tag:
            items.append((tag, s, typ))
        else:
            parts = s.split(" ")
            for i, p in enumerate(parts):
                if i > 0:
                    items.append((None, " ", None))
                if p:
                    items.append((None, p, None))
    lines, cur = [], []

    def seg_of(it):
        tag, s, typ = it
        if tag == "I":
            return ("I", s, typ)
        if tag == "K":
            return ("K", s)
        return s

    for it in items:
        trial = cur + [seg_of(it)]
        if cur and measure(trial) > maxw and it[1] != " ":
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append(cur)
            cur = [seg_of(it)]
        else:
            if not cur and it[1] == " ":
                continue
            cur = trial
    if cur:
        lines.append(cur)
    # merge adjacent plain strings
    out = []
    for ln in lines:
        m = []
        for s in ln:
            if isinstance(s, str) and m and isinstance(m[-1], str):
                m[-1] += s
            else:
                m.append(s)
        out.append(m)
    return out
