"""Rendering helpers for make_files.py: raster pages (Pillow), digital PDFs (reportlab) and DOCX
(python-docx), all driven by the {{text|CODE}} markup so that every tagged occurrence gets its own
page and box.  Boxes are tracked in pixels (raster) or points (PDF) and converted to fractions of the
page, origin top-left.  Geometric transforms (rotation, perspective, paste) map the four corners of
each box and take their axis-aligned bounding box.
"""
import io
import math
import random
import re

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from markup import parse

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_fonts = {}


def font(name="DejaVuSans", size=24):
    key = (name, size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(FONT_DIR + name + ".ttf", size)
    return _fonts[key]


# ------------------------------------------------------------------ markup atoms and wrapping

def atoms(src):
    """Split markup into atoms (text, tag, space_before)."""
    out, space = [], False
    for seg, tag in parse(src):
        if tag is not None:
            out.append([seg, tag, space])
            space = False
            continue
        for m in re.finditer(r"\s+|\S+", seg):
            if m.group().isspace():
                space = True
            else:
                out.append([m.group(), None, space])
                space = False
    return out


def units(src):
    """Group atoms into unbreakable units (atoms glued without a space)."""
    us = []
    for a in atoms(src):
        if us and not a[2]:
            us[-1].append(a)
        else:
            us.append([a])
    return us


def wrap(src, width, measure):
    """Return list of lines; each line a list of units. measure(text) -> width."""
    lines, cur, curw = [], [], 0.0
    sp = measure(" ")
    for u in units(src):
        w = sum(measure(a[0]) for a in u)
        add = w + (sp if cur else 0)
        if cur and curw + add > width:
            lines.append(cur)
            cur, curw = [u], w
        else:
            cur.append(u)
            curw += add
    if cur:
        lines.append(cur)
    return lines


# ------------------------------------------------------------------ raster pages

class ImgPage:
    def __init__(self, w, h, bg="white", mode="RGB"):
        self.img = Image.new(mode, (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.items = []      # dicts: text, type (KEEP or identifier type), box [x0,y0,x1,y1] px
        self.barcodes = []   # dicts: format, value, box px
        self.photos = []     # dicts: what, box px
        self.log = []        # every drawn (segment, tag), for the untagged-occurrence check

    @property
    def size(self):
        return self.img.size

    def _seg(self, x, y, seg, tag, f, fill):
        self.log.append((seg, tag))
        if tag is not None:
            b = self.d.textbbox((x, y), seg, font=f)
            self.items.append({"text": seg, "type": tag, "box": [b[0] - 1, b[1] - 1, b[2] + 1, b[3] + 1]})
        self.d.text((x, y), seg, font=f, fill=fill)
        return x + self.d.textlength(seg, font=f)

    def write(self, x, y, src, f, fill="black"):
        """Write one line of markup at (x, y) (top-left of the text cell). Returns end x."""
        for seg, tag in parse(src):
            if seg:
                x = self._seg(x, y, seg, tag, f, fill)
        self.log.append(("\n", None))
        return x

    def para(self, x, y, width, src, f, fill="black", leading=1.35):
        """Wrapped paragraph(s); explicit newlines start new lines. Returns y after the last line."""
        lh = int(f.size * leading)
        for block in src.split("\n"):
            if not block.strip():
                y += lh
                continue
            for line in wrap(block, width, lambda s: self.d.textlength(s, font=f)):
                cx = x
                for i, u in enumerate(line):
                    if i:
                        cx += self.d.textlength(" ", font=f)
                    for a in u:
                        cx = self._seg(cx, y, a[0], a[1], f, fill)
                    self.log.append((" ", None))
                y += lh
                self.log.append(("\n", None))
        return y

    def rect(self, box, outline="black", width=2, fill=None):
        self.d.rectangle(box, outline=outline, width=width, fill=fill)

    def line(self, pts, fill="black", width=2):
        self.d.line(pts, fill=fill, width=width)

    def barcode(self, value, fmt, x, y, scale=3, height=None, record=True):
        bfmt = {"Code128": zxingcpp.BarcodeFormat.Code128, "QRCode": zxingcpp.BarcodeFormat.QRCode}[fmt]
        bc = zxingcpp.create_barcode(value, bfmt)
        im = Image.fromarray(np.array(bc.to_image(scale=scale, add_quiet_zones=True))).convert("L")
        if height and fmt == "Code128":
            im = im.resize((im.width, height), Image.NEAREST)
        a = np.array(im) < 128
        ys, xs = np.where(a)
        self.img.paste(im.convert(self.img.mode), (int(x), int(y)))
        box = [int(x) + xs.min(), int(y) + ys.min(), int(x) + xs.max() + 1, int(y) + ys.max() + 1]
        if record:
            self.barcodes.append({"format": fmt, "value": value, "box": box})
        return box, im.size

    def photo(self, box, what, kind="face", seed=0):
        """Draw a synthetic 'photograph' in box and record it."""
        rnd = random.Random(seed)
        x0, y0, x1, y1 = [int(v) for v in box]
        w, h = x1 - x0, y1 - y0
        arr = np.zeros((h, w, 3), np.float32)
        yy, xx = np.mgrid[0:h, 0:w]
        if kind == "face":
            base = np.array([150, 170, 190], np.float32)
            arr[:] = base * (0.8 + 0.2 * yy[..., None] / h)
            im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
            dd = ImageDraw.Draw(im)
            dd.ellipse([w * 0.25, h * 0.15, w * 0.75, h * 0.7], fill=(224, 182, 150))
            dd.ellipse([w * 0.1, h * 0.65, w * 0.9, h * 1.3], fill=(60, 80, 120))
            dd.ellipse([w * 0.37, h * 0.36, w * 0.45, h * 0.41], fill=(40, 30, 30))
            dd.ellipse([w * 0.55, h * 0.36, w * 0.63, h * 0.41], fill=(40, 30, 30))
            dd.arc([w * 0.4, h * 0.45, w * 0.6, h * 0.6], 20, 160, fill=(120, 40, 40), width=3)
            dd.chord([w * 0.22, h * 0.08, w * 0.78, h * 0.35], 180, 360, fill=(70, 45, 30))
        else:  # wound / skin close-up
            arr[:] = np.array([210, 160, 140], np.float32)
            cx, cy = w * (0.4 + 0.2 * rnd.random()), h * 0.5
            r = np.sqrt(((xx - cx) / (w * 0.3)) ** 2 + ((yy - cy) / (h * 0.12)) ** 2)
            arr[r < 1] = np.array([150, 40, 45], np.float32)
            im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
            dd = ImageDraw.Draw(im)
            for i in range(int(w * 0.15), int(w * 0.85), max(6, w // 14)):
                dd.line([(i, cy - h * 0.15), (i + 4, cy + h * 0.15)], fill=(30, 30, 60), width=2)
            # ruler
            dd.rectangle([0, h - 22, w, h], fill=(245, 245, 230))
            for i in range(0, w, 8):
                dd.line([(i, h - 22), (i, h - (12 if i % 40 else 4))], fill="black", width=1)
        noise = np.random.default_rng(seed).normal(0, 6, (h, w, 3))
        im = Image.fromarray((np.array(im, np.float32) + noise).clip(0, 255).astype(np.uint8))
        self.img.paste(im.convert(self.img.mode), (x0, y0))
        self.photos.append({"what": what, "box": [x0, y0, x1, y1]})

    # ------------------------------------------------------------- transforms
    def _map_all(self, fn):
        for coll in (self.items, self.barcodes, self.photos):
            for it in coll:
                x0, y0, x1, y1 = it["box"]
                pts = [fn(x0, y0), fn(x1, y0), fn(x0, y1), fn(x1, y1)]
                it["box"] = [min(p[0] for p in pts), min(p[1] for p in pts),
                             max(p[0] for p in pts), max(p[1] for p in pts)]

    def rotate(self, angle, expand=False, fill="white"):
        """Rotate counter-clockwise by angle degrees around the centre."""
        W, H = self.img.size
        cx, cy = W / 2.0, H / 2.0
        new = self.img.rotate(angle, resample=Image.BICUBIC, expand=expand, fillcolor=fill)
        nW, nH = new.size
        t = math.radians(angle)
        c, s = math.cos(t), math.sin(t)

        def fn(x, y):
            dx, dy = x - cx, y - cy
            return (nW / 2.0 + dx * c + dy * s, nH / 2.0 - dx * s + dy * c)
        self.img = new
        self.d = ImageDraw.Draw(self.img)
        self._map_all(fn)

    def perspective(self, dst_quad, out_size, fill="white", bg_img=None):
        """Map the page corners to dst_quad ((x,y) TL, TR, BR, BL) in an out_size canvas."""
        W, H = self.img.size
        src_quad = [(0, 0), (W, 0), (W, H), (0, H)]
        coeffs = _homography(dst_quad, src_quad)    # output -> input (what PIL wants)
        fwd = _homography(src_quad, dst_quad)       # input -> output, for boxes
        img = self.img.convert("RGBA")
        new = img.transform(out_size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0, 0))
        bg = bg_img.convert("RGBA") if bg_img is not None else Image.new("RGBA", out_size, fill)
        bg.alpha_composite(new)
        self.img = bg.convert(self.img.mode)
        self.d = ImageDraw.Draw(self.img)

        def fn(x, y):
            a, b, c, d, e, f, g, h = fwd
            den = g * x + h * y + 1
            return ((a * x + b * y + c) / den, (d * x + e * y + f) / den)
        self._map_all(fn)

    def paste_onto(self, bg_img, ox, oy, angle=0.0, shadow=True):
        """Rotate this page (expand, transparent) and paste it onto bg_img at (ox, oy).
        Returns a new ImgPage of bg size holding the mapped items."""
        rgba = self.img.convert("RGBA")
        W, H = rgba.size
        cx, cy = W / 2.0, H / 2.0
        rot = rgba.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0, 0))
        nW, nH = rot.size
        t = math.radians(angle)
        c, s = math.cos(t), math.sin(t)
        out = ImgPage(bg_img.width, bg_img.height)
        base = bg_img.convert("RGBA")
        if shadow:
            sh = Image.new("RGBA", rot.size, (0, 0, 0, 0))
            sh.putalpha(rot.getchannel("A").point(lambda v: 90 if v > 0 else 0))
            sh = sh.filter(ImageFilter.GaussianBlur(6))
            base.alpha_composite(sh, (int(ox) + 8, int(oy) + 10))
        base.alpha_composite(rot, (int(ox), int(oy)))
        out.img = base.convert("RGB")
        out.d = ImageDraw.Draw(out.img)

        def fn(x, y):
            dx, dy = x - cx, y - cy
            return (ox + nW / 2.0 + dx * c + dy * s, oy + nH / 2.0 - dx * s + dy * c)
        for coll in ("items", "barcodes", "photos"):
            setattr(out, coll, [dict(i) for i in getattr(self, coll)])
        out.log = list(self.log)
        out._map_all(fn)
        return out

    def scan(self, seed=0, noise=10, blur=0.7, angle=0.0, gray=True, speckle=0.0005, fill=255):
        rnd = np.random.default_rng(seed)
        if angle:
            self.rotate(angle, expand=False, fill="white")
        im = self.img.convert("L") if gray else self.img
        arr = np.array(im, np.float32)
        # uneven illumination
        h, w = arr.shape[:2]
        grad = np.linspace(0, 12, w)[None, :]
        if arr.ndim == 3:
            grad = grad[..., None]
        arr = arr - grad + rnd.normal(0, noise, arr.shape)
        if speckle:
            m = rnd.random(arr.shape[:2]) < speckle
            arr[m] = 40
        im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
        if blur:
            im = im.filter(ImageFilter.GaussianBlur(blur))
        self.img = im if gray else im.convert("RGB")
        self.d = ImageDraw.Draw(self.img)

    def fractions(self, page_no=1):
        W, H = self.img.size

        def fr(b):
            return [round(max(0.0, min(1.0, b[0] / W)), 4), round(max(0.0, min(1.0, b[1] / H)), 4),
                    round(max(0.0, min(1.0, b[2] / W)), 4), round(max(0.0, min(1.0, b[3] / H)), 4)]
        ids, keep, bcs, photos = [], [], [], []
        for it in self.items:
            e = {"text": it["text"], "page": page_no, "box": fr(it["box"])}
            if it["type"] == "KEEP":
                keep.append(e)
            else:
                e = {"text": it["text"], "type": it["type"], "page": page_no, "box": fr(it["box"])}
                ids.append(e)
        for b in self.barcodes:
            bcs.append({"format": b["format"], "value": b["value"], "page": page_no, "box": fr(b["box"])})
        for p in self.photos:
            photos.append({"page": page_no, "box": fr(p["box"]), "what": p["what"]})
        return ids, keep, bcs, photos


def _homography(src, dst):
    """Coefficients (a..h) of the projective map taking src points to dst points."""
    A, B = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return list(np.linalg.solve(np.array(A, float), np.array(B, float)))


# ------------------------------------------------------------------ reportlab PDFs

class PdfDoc:
    """Digital PDF with a text layer.  Coordinates: x from left, y = baseline from TOP, in points."""

    def __init__(self, path, pagesize=None):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        for n in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans-Oblique",
                  "DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansMono"):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, FONT_DIR + n + ".ttf"))
        self.pm = pdfmetrics
        self.pagesize = pagesize or A4
        self.W, self.H = self.pagesize
        self.c = canvas.Canvas(path, pagesize=self.pagesize)
        self.page = 1
        self.items, self.barcodes, self.photos = [], [], []
        self.logs = {1: []}

    def sw(self, s, fn, size):
        return self.pm.stringWidth(s, fn, size)

    def _seg(self, x, yb, seg, tag, fn, size, color):
        w = self.sw(seg, fn, size)
        self.logs.setdefault(self.page, []).append((seg, tag))
        if tag is not None:
            self.items.append({"text": seg, "type": tag, "page": self.page,
                               "box": [x - 0.5, yb - 0.80 * size, x + w + 0.5, yb + 0.26 * size]})
        self.c.setFillColor(color)
        self.c.setFont(fn, size)
        self.c.drawString(x, self.H - yb, seg)
        return x + w

    def write(self, x, yb, src, fn="DejaVuSans", size=10, color="black", align="left"):
        if align != "left":
            total = sum(self.sw(s, fn, size) for s, _ in parse(src))
            x = x - total if align == "right" else x - total / 2
        for seg, tag in parse(src):
            if seg:
                x = self._seg(x, yb, seg, tag, fn, size, color)
        self.logs.setdefault(self.page, []).append(("\n", None))
        return x

    def para(self, x, yb, width, src, fn="DejaVuSans", size=10, leading=1.3, color="black"):
        lh = size * leading
        for block in src.split("\n"):
            if not block.strip():
                yb += lh
                continue
            for line in wrap(block, width, lambda s: self.sw(s, fn, size)):
                cx = x
                for i, u in enumerate(line):
                    if i:
                        cx += self.sw(" ", fn, size)
                    for a in u:
                        cx = self._seg(cx, yb, a[0], a[1], fn, size, color)
                    self.logs.setdefault(self.page, []).append((" ", None))
                yb += lh
                self.logs.setdefault(self.page, []).append(("\n", None))
        return yb

    def rect(self, x0, y0, x1, y1, stroke="black", fill=None, width=0.7):
        self.c.setLineWidth(width)
        if stroke:
            self.c.setStrokeColor(stroke)
        if fill:
            self.c.setFillColor(fill)
        self.c.rect(x0, self.H - y1, x1 - x0, y1 - y0, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def hline(self, x0, x1, y, color="black", width=0.6):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x0, self.H - y, x1, self.H - y)

    def vline(self, x, y0, y1, color="black", width=0.6):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x, self.H - y0, x, self.H - y1)

    def image(self, pil, x, y, w, h):
        from reportlab.lib.utils import ImageReader
        self.c.drawImage(ImageReader(pil), x, self.H - y - h, w, h, mask="auto")

    def barcode(self, value, fmt, x, y, w, h=None, scale=4):
        bfmt = {"Code128": zxingcpp.BarcodeFormat.Code128, "QRCode": zxingcpp.BarcodeFormat.QRCode}[fmt]
        im = Image.fromarray(np.array(zxingcpp.create_barcode(value, bfmt).to_image(scale=scale))).convert("L")
        a = np.array(im) < 128
        ys, xs = np.where(a)
        if h is None:
            h = w * im.height / im.width
        self.image(im.convert("RGB"), x, y, w, h)
        sx, sy = w / im.width, h / im.height
        self.barcodes.append({"format": fmt, "value": value, "page": self.page,
                              "box": [x + xs.min() * sx, y + ys.min() * sy, x + (xs.max() + 1) * sx,
                                      y + (ys.max() + 1) * sy]})

    def photo(self, x, y, w, h, what, kind="wound", seed=0, px_per_pt=3):
        """Embed a synthetic photograph (drawn with ImgPage.photo) at (x, y) top-left, size w x h points."""
        tmp = ImgPage(int(w * px_per_pt), int(h * px_per_pt))
        tmp.photo([0, 0, int(w * px_per_pt), int(h * px_per_pt)], what, kind=kind, seed=seed)
        self.image(tmp.img, x, y, w, h)
        self.photos.append({"what": what, "page": self.page, "box": [x, y, x + w, y + h]})

    def logo(self, x, y, size, text, color="#005EB8"):
        """Small vector logo: rounded square with initials."""
        self.c.setFillColor(color)
        self.c.roundRect(x, self.H - y - size, size, size, size * 0.18, stroke=0, fill=1)
        self.c.setFillColor("white")
        self.c.setFont("DejaVuSans-Bold", size * 0.38)
        self.c.drawCentredString(x + size / 2, self.H - y - size * 0.63, text)

    def new_page(self):
        self.c.showPage()
        self.page += 1

    def save(self):
        self.c.showPage()
        self.c.save()
        return self.page

    def fractions(self):
        W, H = self.W, self.H

        def fr(b):
            return [round(max(0, b[0] / W), 4), round(max(0, b[1] / H), 4), round(min(1, b[2] / W), 4),
                    round(min(1, b[3] / H), 4)]
        ids, keep = [], []
        for it in self.items:
            if it["type"] == "KEEP":
                keep.append({"text": it["text"], "page": it["page"], "box": fr(it["box"])})
            else:
                ids.append({"text": it["text"], "type": it["type"], "page": it["page"], "box": fr(it["box"])})
        bcs = [{"format": b["format"], "value": b["value"], "page": b["page"], "box": fr(b["box"])}
               for b in self.barcodes]
        photos = [{"page": p["page"], "box": fr(p["box"]), "what": p["what"]} for p in self.photos]
        return ids, keep, bcs, photos


# ------------------------------------------------------------------ DOCX

class Docx:
    def __init__(self):
        import docx
        from docx.shared import Pt
        self.docx = docx
        self.doc = docx.Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Calibri"
        st.font.size = Pt(11)
        self.tagged = []     # (text, type)
        self.barcodes = []
        self.log = []

    def _runs(self, p, src, bold=False, size=None):
        from docx.shared import Pt
        for seg, tag in parse(src):
            if not seg:
                continue
            r = p.add_run(seg)
            self.log.append((seg, tag))
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if tag:
                self.tagged.append((seg, tag))
        self.log.append(("\n", None))
        return p

    def p(self, src, bold=False, size=None, style=None):
        p = self.doc.add_paragraph(style=style)
        return self._runs(p, src, bold, size)

    def heading(self, src, level=1):
        h = self.doc.add_heading(level=level)
        return self._runs(h, src)

    def table(self, rows, widths=None, style="Table Grid", header=True):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j)
                c.paragraphs[0].text = ""
                self._runs(c.paragraphs[0], cell, bold=(header and i == 0))
        return t

    def header(self, src):
        sec = self.doc.sections[0]
        p = sec.header.paragraphs[0]
        self._runs(p, src, size=8)

    def footer(self, src):
        sec = self.doc.sections[0]
        p = sec.footer.paragraphs[0]
        self._runs(p, src, size=8)

    def textbox(self, lines, width_pt=300, height_pt=90):
        """Legacy VML text box (w:pict/v:shape/v:textbox/w:txbxContent), in its own paragraph."""
        from docx.oxml import parse_xml
        from xml.sax.saxutils import escape
        paras = []
        for src in lines:
            runs = []
            for seg, tag in parse(src):
                if not seg:
                    continue
                self.log.append((seg, tag))
                if tag:
                    self.tagged.append((seg, tag))
                runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(seg))
            paras.append("<w:p>%s</w:p>" % "".join(runs))
        xml = (
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="TextBox%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
            'style="width:%dpt;height:%dpt" strokecolor="#1F4E79" strokeweight="1pt" fillcolor="#EAF1FB">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
            % (len(self.tagged), len(self.tagged) % 100, width_pt, height_pt, "".join(paras)))
        p = self.doc.add_paragraph()
        p._p.append(parse_xml(xml))
        return p

    def picture(self, pil, width_in, value=None, fmt=None):
        from docx.shared import Inches
        bio = io.BytesIO()
        pil.save(bio, "PNG")
        bio.seek(0)
        self.doc.add_picture(bio, width=Inches(width_in))
        if value:
            self.barcodes.append({"format": fmt, "value": value})

    def save(self, path):
        self.doc.save(path)

    def entries(self):
        ids, keep, seen = [], [], set()
        for s, t in self.tagged:
            if (s, t) in seen:
                continue
            seen.add((s, t))
            if t == "KEEP":
                keep.append({"text": s})
            else:
                ids.append({"text": s, "type": t})
        return ids, keep


# ------------------------------------------------------------------ photo composition helpers

def texture_bg(w, h, color, seed=0, kind="fabric"):
    rnd = np.random.default_rng(seed)
    base = np.ones((h, w, 3), np.float32) * np.array(color, np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    if kind == "fabric":
        weave = 10 * np.sin(xx / 3.0) * np.sin(yy / 3.0)
        base += weave[..., None]
    elif kind == "wood":
        grain = 18 * np.sin(yy / 9.0 + 3 * np.sin(xx / 140.0)) + 8 * np.sin(yy / 2.5)
        base += grain[..., None]
    # vignette / uneven light
    vign = 1.0 - 0.25 * (((xx - w * 0.45) / w) ** 2 + ((yy - h * 0.4) / h) ** 2)
    base *= vign[..., None]
    base += rnd.normal(0, 5, base.shape)
    return Image.fromarray(base.clip(0, 255).astype(np.uint8))


def compose(bg_img, placements, shadow=True):
    """placements: list of (ImgPage, ox, oy, angle). Returns ImgPage with all items mapped."""
    out = None
    img = bg_img
    items, bcs, photos, log = [], [], [], []
    for pg, ox, oy, ang in placements:
        out = pg.paste_onto(img, ox, oy, ang, shadow=shadow)
        img = out.img
        items += out.items
        bcs += out.barcodes
        photos += out.photos
        log += out.log + [("\n", None)]
    out.items, out.barcodes, out.photos, out.log = items, bcs, photos, log
    return out


def add_caption(page, src, f, pad=18, bg=(250, 250, 246), fill=(30, 30, 30)):
    """Append a printed caption strip under a photo (as pasted into an evidence document)."""
    W, H = page.img.size
    probe = ImgPage(W, 10)
    lines = wrap(src, W - 2 * pad, lambda s: probe.d.textlength(s, font=f))
    strip = int(len(lines) * f.size * 1.35 + 2 * pad)
    out = ImgPage(W, H + strip, bg=bg)
    out.img.paste(page.img, (0, 0))
    out.items = [dict(i) for i in page.items]
    out.barcodes = [dict(b) for b in page.barcodes]
    out.photos = [dict(p) for p in page.photos]
    out.log = list(page.log)
    out.para(pad, H + pad, W - 2 * pad, src, f, fill=fill)
    return out


def untagged_occurrences(log, idtexts):
    """Occurrences of identifier strings in drawn text that are not inside a tagged identifier segment."""
    text, spans, pos = "", [], 0
    for seg, tag in log:
        if tag and tag != "KEEP":
            spans.append((pos, pos + len(seg)))
        text += seg
        pos += len(seg)
    out = []
    STOP = {"the", "and", "baby", "mrs", "miss", "van", "der", "bin", "mac"}
    for s in list(idtexts):
        for w in re.findall(r"[A-Za-zÀ-ž'-]{3,}", s):
            if w.lower() in STOP:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.I):
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    out.append(("word:" + w, text[max(0, m.start() - 30):m.end() + 30]))
    for s in idtexts:
        j = text.find(s)
        while j >= 0:
            if not any(a <= j and j + len(s) <= b for a, b in spans):
                out.append((s, text[max(0, j - 30):j + len(s) + 30]))
            j = text.find(s, j + 1)
    return out
