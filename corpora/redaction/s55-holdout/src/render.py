# Rendering helpers: draw hand-typed strings and record where tagged ones land. No text is generated here.
import io
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import barcode
from barcode.writer import ImageWriter
import qrcode

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {"sans": FD + "DejaVuSans.ttf", "bold": FD + "DejaVuSans-Bold.ttf", "serif": FD + "DejaVuSerif.ttf",
         "ital": FD + "DejaVuSerif-Italic.ttf", "mono": FD + "DejaVuSansMono.ttf", "cond": FD + "DejaVuSansCondensed-Oblique.ttf"}
K = "K"

def font(name, size):
    return ImageFont.truetype(FONTS[name], size)

def code128_img(value, mw=0.3, mh=9, dpi=200):
    return barcode.get("code128", value, writer=ImageWriter()).render(
        {"module_width": mw, "module_height": mh, "quiet_zone": 2.5, "dpi": dpi, "write_text": False}).convert("RGB")

def qr_img(value, box=4):
    q = qrcode.QRCode(box_size=box, border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    q.add_data(value); q.make(fit=True)
    return q.make_image(fill_color="black", back_color="white").convert("RGB")

def ink_bbox(img):
    g = img.convert("L").point(lambda v: 255 if v < 128 else 0)
    return g.getbbox()

class Page:
    """One raster page. Records tagged strings, barcodes, and all drawn lines (for self-checks)."""
    def __init__(self, w, h, pageno=1, bg="white"):
        self.im = Image.new("RGB", (w, h), bg); self.d = ImageDraw.Draw(self.im)
        self.w, self.h, self.p = w, h, pageno
        self.ids, self.keep, self.codes, self.lines, self.photos = [], [], [], [], []

    def _box(self, bb, m=2):
        x0, y0, x1, y1 = bb
        return [round(max(0, x0 - m) / self.w, 4), round(max(0, y0 - m) / self.h, 4),
                round(min(self.w, x1 + m) / self.w, 4), round(min(self.h, y1 + m) / self.h, 4)]

    def _rec(self, s, tag, bb):
        if tag is None: return
        if tag == K: self.keep.append({"text": s, "page": self.p, "box": self._box(bb)})
        else: self.ids.append({"text": s, "type": tag, "page": self.p, "box": self._box(bb)})

    def line(self, x, y, segs, size=22, f="sans", fill="black"):
        """segs: list of (string, tag) or a plain string."""
        if isinstance(segs, str): segs = [(segs, None)]
        fo = font(f, size); full = ""
        for s, tag in segs:
            self.d.text((x, y), s, font=fo, fill=fill)
            self._rec(s, tag, self.d.textbbox((x, y), s, font=fo))
            x += self.d.textlength(s, font=fo); full += s
        self.lines.append(full)
        return x

    def code(self, x, y, value, kind="Code128", **kw):
        img = code128_img(value, **kw) if kind == "Code128" else qr_img(value, **kw)
        self.im.paste(img, (x, y)); bb = ink_bbox(img)
        self.codes.append({"format": kind, "value": value, "page": self.p,
                           "box": self._box((x + bb[0], y + bb[1], x + bb[2], y + bb[3]), m=3)})
        return img.size

def occ(hay, s):
    n, i = 0, hay.find(s)
    while i >= 0:
        n += 1; i = hay.find(s, i + len(s))
    return n

def check_counts(pagetext, entries, label):
    """every occurrence of a tagged string on a page must be one entry (containment in longer tagged strings allowed)."""
    texts = [e["text"] for e in entries]
    for s in set(texts):
        expected = texts.count(s) + sum(texts.count(t) * occ(t, s) for t in set(texts) if t != s and s in t)
        got = occ(pagetext, s)
        assert got == expected, (label, s, got, expected)
