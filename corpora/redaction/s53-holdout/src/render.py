"""Drawing helpers for make_files.py: they place hand-typed strings and record where they were drawn."""
import random
import barcode, qrcode
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfbase import pdfmetrics
from reportlab.lib.utils import ImageReader

FD = "/usr/share/fonts/truetype/dejavu/"
FL = "/usr/share/fonts/truetype/liberation/"

def font(name, size):
    path = {"sans": FD + "DejaVuSans.ttf", "bold": FD + "DejaVuSans-Bold.ttf", "mono": FD + "DejaVuSansMono.ttf",
            "obl": FD + "DejaVuSans-Oblique.ttf", "serif": FD + "DejaVuSerif.ttf", "lib": FL + "LiberationSans-Regular.ttf",
            "cond": FD + "DejaVuSansCondensed-Oblique.ttf"}[name]
    return ImageFont.truetype(path, size)

KEEP = "K"

def code128_image(value, module=4, height=120):
    bits = barcode.Code128(value).build()[0]
    q = 10 * module
    img = Image.new("L", (len(bits) * module + 2 * q, height + 2 * module * 2), 255)
    d = ImageDraw.Draw(img)
    for i, b in enumerate(bits):
        if b == "1":
            d.rectangle([q + i * module, module * 2, q + (i + 1) * module - 1, module * 2 + height - 1], fill=0)
    return img, (q, module * 2, q + len(bits) * module, module * 2 + height)   # inner box of bars

def qr_image(value, box_size=8):
    qr = qrcode.QRCode(box_size=box_size, border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(value)
    qr.make(fit=True)
    img = qr.make_image(fill_color="black", back_color="white").convert("L")
    b = 4 * box_size
    return img, (b, b, img.size[0] - b, img.size[1] - b)


class ImgPage:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.ids, self.keep, self.codes, self.photos = [], [], [], []

    def rel(self, b, m=2):
        x0, y0, x1, y1 = b
        return [round(max(0, x0 - m) / self.w, 4), round(max(0, y0 - m) / self.h, 4),
                round(min(self.w, x1 + m) / self.w, 4), round(min(self.h, y1 + m) / self.h, 4)]

    def line(self, x, y, parts, f, fill=(0, 0, 0)):
        """parts: list of plain strings or (string, tag) where tag is an identifier type or KEEP."""
        cx = x
        for p in parts:
            s, tag = (p, None) if isinstance(p, str) else p
            bb = self.d.textbbox((cx, y), s, font=f)
            self.d.text((cx, y), s, font=f, fill=fill)
            if tag == KEEP:
                self.keep.append({"text": s, "box": self.rel(bb)})
            elif tag:
                self.ids.append({"text": s, "type": tag, "box": self.rel(bb)})
            cx += f.getlength(s)
        return cx

    def rect(self, b, outline=(0, 0, 0), width=2, fill=None):
        self.d.rectangle(b, outline=outline, width=width, fill=fill)

    def code128(self, value, x, y, module=4, height=120):
        im, inner = code128_image(value, module, height)
        self.img.paste(im.convert("RGB"), (x, y))
        b = (x + inner[0], y + inner[1], x + inner[2], y + inner[3])
        self.codes.append({"format": "Code128", "value": value, "box": self.rel(b, 4)})
        return im.size

    def qr(self, value, x, y, box_size=8):
        im, inner = qr_image(value, box_size)
        self.img.paste(im.convert("RGB"), (x, y))
        b = (x + inner[0], y + inner[1], x + inner[2], y + inner[3])
        self.codes.append({"format": "QRCode", "value": value, "box": self.rel(b, 4)})
        return im.size

    def photo(self, b, what, seed=1):
        """A synthetic 'photograph' (smooth colour field with blobs)."""
        rnd = random.Random(seed)
        x0, y0, x1, y1 = b
        ph = Image.new("RGB", (x1 - x0, y1 - y0), (200, 150, 130))
        pd = ImageDraw.Draw(ph)
        for _ in range(40):
            cx, cy = rnd.randrange(ph.size[0]), rnd.randrange(ph.size[1])
            r = rnd.randrange(10, 80)
            col = (rnd.randrange(150, 230), rnd.randrange(80, 160), rnd.randrange(70, 140))
            pd.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)
        ph = ph.filter(ImageFilter.GaussianBlur(6))
        self.img.paste(ph, (x0, y0))
        self.photos.append({"box": self.rel(b, 0), "what": what})

    def degrade(self, seed=0, noise=12, blur=0.5, tint=None):
        rnd = random.Random(seed)
        im = self.img
        if blur:
            im = im.filter(ImageFilter.GaussianBlur(blur))
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 25):
            x, y = rnd.randrange(w), rnd.randrange(h)
            r, g, b = px[x, y]
            n = rnd.randint(-noise, noise)
            px[x, y] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
        if tint:
            overlay = Image.new("RGB", im.size, tint)
            im = Image.blend(im, overlay, 0.12)
        self.img = im

    def record(self, page_no):
        ids = [dict(i, page=page_no) for i in self.ids]
        keep = [dict(k, page=page_no) for k in self.keep]
        codes = [dict(c, page=page_no) for c in self.codes]
        photos = [dict(p, page=page_no) for p in self.photos]
        fix = lambda L: [{k: v for k, v in sorted(e.items(), key=lambda kv: ["text", "type", "format", "value", "page", "box", "what"].index(kv[0]))} for e in L]
        return fix(ids), fix(keep), fix(codes), fix(photos)


class PdfPage:
    """One page of a reportlab canvas; y is measured from the top in points."""
    def __init__(self, c, w, h):
        self.c, self.w, self.h = c, w, h
        self.ids, self.keep, self.codes, self.photos = [], [], [], []

    def rel(self, b, m=1.0):
        x0, y0, x1, y1 = b
        return [round((x0 - m) / self.w, 4), round((y0 - m) / self.h, 4), round((x1 + m) / self.w, 4), round((y1 + m) / self.h, 4)]

    def line(self, x, ytop, parts, fname="Helvetica", size=10):
        face = pdfmetrics.getFont(fname).face
        asc, desc = face.ascent / 1000.0, face.descent / 1000.0
        base = self.h - ytop - asc * size
        self.c.setFont(fname, size)
        cx = x
        for p in parts:
            s, tag = (p, None) if isinstance(p, str) else p
            wdt = pdfmetrics.stringWidth(s, fname, size)
            self.c.drawString(cx, base, s)
            bb = (cx, ytop, cx + wdt, ytop + (asc - desc) * size)
            if tag == KEEP:
                self.keep.append({"text": s, "box": self.rel(bb)})
            elif tag:
                self.ids.append({"text": s, "type": tag, "box": self.rel(bb)})
            cx += wdt
        return cx

    def image(self, pil, x, ytop, w, h):
        self.c.drawImage(ImageReader(pil.convert("RGB")), x, self.h - ytop - h, w, h)

    def code(self, kind, value, x, ytop, scale=0.5, **kw):
        if kind == "Code128":
            im, inner = code128_image(value, **kw)
        else:
            im, inner = qr_image(value, **kw)
        w, h = im.size[0] * scale, im.size[1] * scale
        self.image(im, x, ytop, w, h)
        b = (x + inner[0] * scale, ytop + inner[1] * scale, x + inner[2] * scale, ytop + inner[3] * scale)
        self.codes.append({"format": kind if kind == "Code128" else "QRCode", "value": value, "box": self.rel(b, 2)})

    def photo(self, x, ytop, w, h, what, seed=3):
        tmp = ImgPage(int(w * 2), int(h * 2))
        tmp.photo((0, 0, int(w * 2), int(h * 2)), what, seed)
        self.image(tmp.img, x, ytop, w, h)
        self.photos.append({"box": self.rel((x, ytop, x + w, ytop + h), 0), "what": what})

    record = ImgPage.record
