"""Drawing helpers for make_files.py: they draw text, barcodes and QR codes and record the box of every
labelled string. No document content lives here; each document is typed out in make_files.py."""
import io
import math
import random

import barcode
import qrcode
from barcode.writer import ImageWriter
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.graphics.barcode import code128 as rl_code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
LIB_DIR = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "sans": FONT_DIR + "DejaVuSans.ttf", "sansb": FONT_DIR + "DejaVuSans-Bold.ttf",
    "cond": FONT_DIR + "DejaVuSansCondensed.ttf", "condb": FONT_DIR + "DejaVuSansCondensed-Bold.ttf",
    "mono": FONT_DIR + "DejaVuSansMono.ttf", "monob": FONT_DIR + "DejaVuSansMono-Bold.ttf",
    "serif": FONT_DIR + "DejaVuSerif.ttf", "serifb": FONT_DIR + "DejaVuSerif-Bold.ttf",
    "lib": LIB_DIR + "LiberationSans-Regular.ttf", "libb": LIB_DIR + "LiberationSans-Bold.ttf",
}
_font_cache = {}


def font(name, size):
    key = (name, size)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(FONTS[name], size)
    return _font_cache[key]


def _all(s, sub):
    out, i = [], s.find(sub)
    while i >= 0:
        out.append(i)
        i = s.find(sub, i + 1)
    if not out:
        raise ValueError(f"{sub!r} not in {s!r}")
    return out


class ImagePage:
    """One raster page. Coordinates in pixels; boxes recorded in pixels and turned into fractions at the end."""

    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.ids, self.keep, self.codes, self.photos = [], [], [], []

    def text(self, x, y, s, f="sans", size=20, fill=(20, 20, 20), ids=(), keep=()):
        fnt = font(f, size)
        self.d.text((x, y), s, font=fnt, fill=fill, anchor="la")
        for sub, typ in ids:
            for i in _all(s, sub):
                self.ids.append((sub, typ, self._box(x, y, s, i, sub, fnt)))
        for sub in keep:
            for i in _all(s, sub):
                self.keep.append((sub, self._box(x, y, s, i, sub, fnt)))
        return y + int(size * 1.35)

    def _box(self, x, y, s, i, sub, fnt):
        x0 = x + fnt.getlength(s[:i])
        bx = fnt.getbbox(sub, anchor="la")
        return [x0 + bx[0] - 2, y + bx[1] - 2, x0 + bx[2] + 2, y + bx[3] + 2]

    def rect(self, box, outline=(0, 0, 0), width=2, fill=None):
        self.d.rectangle(box, outline=outline, width=width, fill=fill)

    def line(self, x0, y0, x1, y1, fill=(0, 0, 0), width=2):
        self.d.line((x0, y0, x1, y1), fill=fill, width=width)

    def code128(self, x, y, value, module=3, height=70):
        writer = ImageWriter()
        dpi = 300
        bc = barcode.get("code128", value, writer=writer)
        im = bc.render(writer_options={"write_text": False, "module_width": module * 25.4 / dpi,
                                       "module_height": height * 25.4 / dpi, "quiet_zone": 1.0, "dpi": dpi})
        im = im.convert("RGB")
        self.img.paste(im, (x, y))
        bb = Image.eval(im.convert("L"), lambda v: 255 - v).getbbox()
        self.codes.append(("Code128", value, [x + bb[0] - 1, y + bb[1] - 1, x + bb[2] + 1, y + bb[3] + 1]))
        return x + im.width, y + im.height

    def qr(self, x, y, value, box_size=5):
        q = qrcode.QRCode(box_size=box_size, border=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(value)
        q.make(fit=True)
        im = q.make_image(fill_color="black", back_color="white").convert("RGB")
        self.img.paste(im, (x, y))
        bb = Image.eval(im.convert("L"), lambda v: 255 - v).getbbox()
        self.codes.append(("QRCode", value, [x + bb[0] - 1, y + bb[1] - 1, x + bb[2] + 1, y + bb[3] + 1]))
        return x + im.width, y + im.height

    def photo(self, box, what):
        self.photos.append((what, list(box)))

    # -- finishing
    def finish(self, angle=0.0, noise=0, blur=0.0, bg=(250, 250, 248), seed=0):
        """Rotate (degrees, counter-clockwise), add noise and blur; move the recorded boxes with the page."""
        rnd = random.Random(seed)
        img = self.img
        if angle:
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
            self._rotate_boxes(angle)
        if noise:
            n = Image.effect_noise((self.w, self.h), noise).convert("RGB")
            img = Image.blend(img, n, 0.06 + 0.02 * rnd.random())
        if blur:
            img = img.filter(ImageFilter.GaussianBlur(blur))
        self.img = img
        return self

    def _rotate_boxes(self, angle):
        a = math.radians(angle)
        cx, cy = self.w / 2, self.h / 2
        c, s = math.cos(a), math.sin(a)

        def tr(box):
            pts = []
            for px, py in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
                dx, dy = px - cx, py - cy
                pts.append((cx + dx * c + dy * s, cy - dx * s + dy * c))
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            return [min(xs), min(ys), max(xs), max(ys)]

        self.ids = [(t, ty, tr(b)) for t, ty, b in self.ids]
        self.keep = [(t, tr(b)) for t, b in self.keep]
        self.codes = [(f, v, tr(b)) for f, v, b in self.codes]
        self.photos = [(w, tr(b)) for w, b in self.photos]

    def frac(self, b):
        return [round(max(0.0, b[0] / self.w), 4), round(max(0.0, b[1] / self.h), 4),
                round(min(1.0, b[2] / self.w), 4), round(min(1.0, b[3] / self.h), 4)]


def collect(pages):
    """Turn the recorded boxes of a list of pages into FORMAT.md entries."""
    ids, keep, codes, photos = [], [], [], []
    for n, p in enumerate(pages, 1):
        ids += [{"text": t, "type": ty, "page": n, "box": p.frac(b)} for t, ty, b in p.ids]
        keep += [{"text": t, "page": n, "box": p.frac(b)} for t, b in p.keep]
        codes += [{"format": f, "value": v, "page": n, "box": p.frac(b)} for f, v, b in p.codes]
        photos += [{"page": n, "box": p.frac(b), "what": w} for w, b in p.photos]
    return ids, keep, codes, photos


# ------------------------------------------------------------------ PDF with a text layer
_registered = False


def register_pdf_fonts():
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont("DV", FONTS["sans"]))
    pdfmetrics.registerFont(TTFont("DVB", FONTS["sansb"]))
    pdfmetrics.registerFont(TTFont("DVS", FONTS["serif"]))
    pdfmetrics.registerFont(TTFont("DVSB", FONTS["serifb"]))
    _registered = True


class PdfDoc:
    """Text-layer PDF on A4. y is measured from the top of the page to the text baseline, in points."""

    def __init__(self, path):
        from reportlab.pdfgen import canvas
        register_pdf_fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(path, pagesize=A4)
        self.page = 1
        self.ids, self.keep, self.codes, self.photos = [], [], [], []

    def text(self, x, y, s, f="DV", size=10, ids=(), keep=()):
        self.c.setFont(f, size)
        self.c.drawString(x, self.H - y, s)
        asc, desc = pdfmetrics.getAscentDescent(f, size)
        for sub, typ in ids:
            for i in _all(s, sub):
                self.ids.append({"text": sub, "type": typ, "page": self.page,
                                 "box": self._box(x, y, s, i, sub, f, size, asc, desc)})
        for sub in keep:
            for i in _all(s, sub):
                self.keep.append({"text": sub, "page": self.page,
                                  "box": self._box(x, y, s, i, sub, f, size, asc, desc)})
        return y + size * 1.4

    def _box(self, x, y, s, i, sub, f, size, asc, desc):
        x0 = x + pdfmetrics.stringWidth(s[:i], f, size)
        x1 = x0 + pdfmetrics.stringWidth(sub, f, size)
        return [round((x0 - 1) / self.W, 4), round((y - asc - 1) / self.H, 4), round((x1 + 1) / self.W, 4),
                round((y - desc + 1) / self.H, 4)]

    def code128(self, x, y_top, value, bar_width=1.1, bar_height=30):
        bc = rl_code128.Code128(value, barWidth=bar_width, barHeight=bar_height, quiet=False)
        bc.drawOn(self.c, x, self.H - y_top - bar_height)
        self.codes.append({"format": "Code128", "value": value, "page": self.page,
                           "box": [round((x - 1) / self.W, 4), round((y_top - 1) / self.H, 4),
                                   round((x + bc.width + 1) / self.W, 4),
                                   round((y_top + bar_height + 1) / self.H, 4)]})

    def image(self, pil_img, x, y_top, w, h, what=None, img_page=None):
        """Place a raster image; img_page (an ImagePage) carries boxes that are mapped onto the PDF page."""
        buf = io.BytesIO()
        pil_img.save(buf, format="PNG")
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), x, self.H - y_top - h, width=w, height=h)
        if what:
            self.photos.append({"page": self.page, "what": what,
                                "box": [round(x / self.W, 4), round(y_top / self.H, 4), round((x + w) / self.W, 4),
                                        round((y_top + h) / self.H, 4)]})
        if img_page is not None:
            sx, sy = w / img_page.w, h / img_page.h

            def mp(b):
                return [round((x + b[0] * sx) / self.W, 4), round((y_top + b[1] * sy) / self.H, 4),
                        round((x + b[2] * sx) / self.W, 4), round((y_top + b[3] * sy) / self.H, 4)]
            self.ids += [{"text": t, "type": ty, "page": self.page, "box": mp(b)} for t, ty, b in img_page.ids]
            self.keep += [{"text": t, "page": self.page, "box": mp(b)} for t, b in img_page.keep]

    def line(self, x0, y0, x1, y1, width=0.6):
        self.c.setLineWidth(width)
        self.c.line(x0, self.H - y0, x1, self.H - y1)

    def new_page(self):
        self.c.showPage()
        self.page += 1

    def save(self):
        self.c.showPage()
        self.c.save()
        return self.page


def save_image_pdf(pages, path, dpi=150):
    imgs = [p.img.convert("RGB") for p in pages]
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
