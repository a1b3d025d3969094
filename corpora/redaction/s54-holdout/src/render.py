"""Rendering helpers for the file documents. They draw text that is typed by hand in make_files.py and record
where each marked string landed. Markup inside a hand-typed line: [[text|T]] marks an identifier of type T
(short codes below), {{text}} marks a must-keep string. The markup is removed before drawing."""
import io, re
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from barcode import Code128
from barcode.writer import ImageWriter
import qrcode
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from common import *

TYPES = {"P": P, "R": R, "C": C, "ADDR": ADDR, "PC": PC, "PH": PH, "EM": EM, "NHS": NHS, "HN": HN, "REF": REF,
         "GMC": GMC, "URL": URL, "OID": OID}
SEG = re.compile(r"\[\[(.+?)\|(\w+)\]\]|\{\{(.+?)\}\}")
FONTS = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "hand": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
    "narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Italic.ttf",
}


def parse(markup):
    out, pos = [], 0
    for m in SEG.finditer(markup):
        if m.start() > pos:
            out.append((markup[pos:m.start()], None, None))
        if m.group(1) is not None:
            out.append((m.group(1), "id", TYPES[m.group(2)]))
        else:
            out.append((m.group(3), "keep", None))
        pos = m.end()
    if pos < len(markup):
        out.append((markup[pos:], None, None))
    return out


def plain(markup):
    return "".join(s for s, _, _ in parse(markup))


def _font(name, size):
    return ImageFont.truetype(FONTS[name], size)


def code128_image(value, module_px=3, height_px=90):
    # python-barcode renders in mm at a dpi; 1 module = module_px pixels at 254 dpi -> 0.1 mm per px
    img = Code128(value, writer=ImageWriter()).render(
        {"module_width": 0.1 * module_px, "module_height": height_px * 0.1, "quiet_zone": 2.5,
         "write_text": False, "dpi": 254, "background": "white", "foreground": "black"})
    return img.convert("RGB")


def qr_image(value, box_px=6):
    q = qrcode.QRCode(border=4, box_size=box_px, error_correction=qrcode.constants.ERROR_CORRECT_M)
    q.add_data(value)
    q.make(fit=True)
    return q.make_image(fill_color="black", back_color="white").convert("RGB")


def ink_box(img):
    """bounding box of dark pixels of a code image"""
    g = img.convert("L").point(lambda v: 255 if v < 128 else 0)
    return g.getbbox()


class ImgPage:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.ann = []      # (kind, text, type, pixel box)
        self.codes = []    # (format, value, pixel box)

    def text(self, x, y, markup, size=22, font="sans", fill=(0, 0, 0)):
        f = _font(font, size)
        cx = x
        for seg, kind, ty in parse(markup):
            if kind:
                bb = self.d.textbbox((cx, y), seg, font=f)
                self.ann.append((kind, seg, ty, bb))
            self.d.text((cx, y), seg, font=f, fill=fill)
            cx += f.getlength(seg)
        return cx

    def rect(self, box, outline=(0, 0, 0), width=2, fill=None):
        self.d.rectangle(box, outline=outline, width=width, fill=fill)

    def line(self, pts, fill=(0, 0, 0), width=2):
        self.d.line(pts, fill=fill, width=width)

    def code128(self, x, y, value, module_px=3, height_px=90):
        im = code128_image(value, module_px, height_px)
        self.img.paste(im, (x, y))
        b = ink_box(im)
        self.codes.append(("Code128", value, (x + b[0], y + b[1], x + b[2], y + b[3])))
        return im.size

    def qr(self, x, y, value, box_px=6):
        im = qr_image(value, box_px)
        self.img.paste(im, (x, y))
        b = ink_box(im)
        self.codes.append(("QRCode", value, (x + b[0], y + b[1], x + b[2], y + b[3])))
        return im.size

    def frac(self, bb, pad=2):
        x0, y0, x1, y1 = bb
        return [round(max(0, x0 - pad) / self.w, 4), round(max(0, y0 - pad) / self.h, 4),
                round(min(self.w, x1 + pad) / self.w, 4), round(min(self.h, y1 + pad) / self.h, 4)]


class PdfDoc:
    """Digital PDF with a real text layer. Coordinates are given top-left in points."""
    registered = False

    def __init__(self, path, w=595.0, h=842.0):
        if not PdfDoc.registered:
            pdfmetrics.registerFont(TTFont("DejaVu", FONTS["sans"]))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTS["bold"]))
            PdfDoc.registered = True
        self.w, self.h = w, h
        self.c = canvas.Canvas(path, pagesize=(w, h))
        self.pages = [[]]   # per page: list of (kind, text, type, box-in-points)
        self.codes = [[]]

    def text(self, x, y_top, markup, size=10, font="DejaVu"):
        asc, desc = pdfmetrics.getAscentDescent(font, size)
        base = self.h - y_top - asc
        self.c.setFont(font, size)
        cx = x
        for seg, kind, ty in parse(markup):
            wdt = pdfmetrics.stringWidth(seg, font, size)
            if kind:
                self.pages[-1].append((kind, seg, ty, (cx, y_top, cx + wdt, y_top + asc - desc)))
            self.c.drawString(cx, base, seg)
            cx += wdt
        return cx

    def rect(self, x, y_top, w, h, width=0.8):
        self.c.setLineWidth(width)
        self.c.rect(x, self.h - y_top - h, w, h)

    def image(self, im, x, y_top, w, h, fmt=None, value=None):
        self.c.drawImage(ImageReader(im), x, self.h - y_top - h, w, h)
        if fmt:
            b = ink_box(im)
            sx, sy = w / im.size[0], h / im.size[1]
            self.codes[-1].append((fmt, value, (x + b[0] * sx, y_top + b[1] * sy, x + b[2] * sx, y_top + b[3] * sy)))

    def code128(self, x, y_top, value, scale=0.35, module_px=3, height_px=90):
        im = code128_image(value, module_px, height_px)
        self.image(im, x, y_top, im.size[0] * scale, im.size[1] * scale, "Code128", value)

    def qr(self, x, y_top, value, size_pt=70):
        im = qr_image(value, 6)
        self.image(im, x, y_top, size_pt, size_pt, "QRCode", value)

    def new_page(self):
        self.c.showPage()
        self.pages.append([])
        self.codes.append([])

    def save(self):
        self.c.save()

    def frac(self, bb, pad=1.0):
        x0, y0, x1, y1 = bb
        return [round(max(0, x0 - pad) / self.w, 4), round(max(0, y0 - pad) / self.h, 4),
                round(min(self.w, x1 + pad) / self.w, 4), round(min(self.h, y1 + pad) / self.h, 4)]


def scanify(img, seed=0, blur=0.6, noise=18, tint=(246, 244, 238)):
    """make a page look scanned/photographed: tint, blur and speckle (deterministic)"""
    import random
    rnd = random.Random(seed)
    base = Image.new("RGB", img.size, tint)
    out = Image.blend(base, img, 0.92) if tint else img.copy()
    out = out.filter(ImageFilter.GaussianBlur(blur))
    px = out.load()
    for _ in range(int(img.size[0] * img.size[1] * 0.004)):
        x, y = rnd.randrange(img.size[0]), rnd.randrange(img.size[1])
        v = rnd.randrange(100, 200)
        px[x, y] = (v, v, v)
    if noise:
        gn = Image.effect_noise(img.size, noise).convert("RGB")
        out = Image.blend(out, gn, 0.06)
    return out
