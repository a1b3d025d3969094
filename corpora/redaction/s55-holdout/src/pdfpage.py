# Text-layer PDF page helper (reportlab). Records boxes of tagged strings as top-left fractions.
import io
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from render import code128_img, qr_img, ink_bbox, K, FD

pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))

class PdfDoc:
    def __init__(self, path, W=595.0, H=842.0):
        self.c = canvas.Canvas(path, pagesize=(W, H)); self.W, self.H = W, H; self.p = 1
        self.ids, self.keep, self.codes, self.lines = [], [], [], {1: []}

    def newpage(self):
        self.c.showPage(); self.p += 1; self.lines[self.p] = []

    def _box(self, x0, top, x1, bottom, m=1.0):
        W, H = self.W, self.H
        return [round(max(0, x0 - m) / W, 4), round(max(0, (H - top) - m) / H, 4),
                round(min(W, x1 + m) / W, 4), round(min(H, (H - bottom) + m) / H, 4)]

    def line(self, x, ytop, segs, size=10, f="DV"):
        """ytop: distance of the baseline from the top of the page, in points."""
        if isinstance(segs, str): segs = [(segs, None)]
        base = self.H - ytop; asc, desc = pdfmetrics.getAscentDescent(f, size)
        full = ""
        for s, tag in segs:
            self.c.setFont(f, size); self.c.drawString(x, base, s)
            w = pdfmetrics.stringWidth(s, f, size)
            if tag is not None:
                box = self._box(x, base + asc, x + w, base + desc)
                if tag == K: self.keep.append({"text": s, "page": self.p, "box": box})
                else: self.ids.append({"text": s, "type": tag, "page": self.p, "box": box})
            x += w; full += s
        self.lines[self.p].append(full)
        return x

    def code(self, x, ytop, value, kind="Code128", scale=0.36, **kw):
        img = code128_img(value, **kw) if kind == "Code128" else qr_img(value, **kw)
        w, h = img.size[0] * scale, img.size[1] * scale
        self.c.drawImage(ImageReader(img), x, self.H - ytop - h, w, h)
        bb = ink_bbox(img)
        self.codes.append({"format": kind, "value": value, "page": self.p,
                           "box": self._box(x + bb[0] * scale, ytop + bb[1] * scale, x + bb[2] * scale, ytop + bb[3] * scale, m=2)
                           if False else [round((x + bb[0] * scale - 2) / self.W, 4), round((ytop + bb[1] * scale - 2) / self.H, 4),
                                          round((x + bb[2] * scale + 2) / self.W, 4), round((ytop + bb[3] * scale + 2) / self.H, 4)]})
        return w, h

    def rect(self, x, ytop, w, h):
        self.c.rect(x, self.H - ytop - h, w, h)

    def save(self):
        self.c.showPage(); self.c.save()
