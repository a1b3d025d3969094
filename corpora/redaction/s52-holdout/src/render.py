"""Small drawing helpers used by make_files.py.

They only place hand-typed strings on a page and record where the annotated strings landed (boxes as
fractions of the page, origin top-left).  No document text is produced here.
"""
import io, math, random
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import barcode
from barcode.writer import ImageWriter
import qrcode

FONTS = {
    "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "sansb": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "hand": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
    "mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "monob": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavub": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}
_cache = {}


def font(name, size):
    k = (name, size)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FONTS[name], size)
    return _cache[k]


def _dark_bbox(img, thresh=128):
    g = img.convert("L").point(lambda v: 255 if v < thresh else 0)
    return g.getbbox()


def code128_image(value, module_px=3, height_px=80):
    """Bars only (no human-readable line; that is drawn separately so it can be annotated)."""
    w = ImageWriter()
    bc = barcode.get("code128", value, writer=w)
    buf = io.BytesIO()
    bc.write(buf, options={"module_width": module_px / 10.0, "module_height": height_px / 10.0, "quiet_zone": 2,
                           "write_text": False, "dpi": 254, "background": "white", "foreground": "black"})
    buf.seek(0)
    im = Image.open(buf).convert("RGB")
    box = _dark_bbox(im)
    return im.crop(box)


def qr_image(value, box_px=4):
    q = qrcode.QRCode(border=0, box_size=box_px, error_correction=qrcode.constants.ERROR_CORRECT_M)
    q.add_data(value)
    q.make(fit=True)
    return q.make_image(fill_color="black", back_color="white").convert("RGB")


class ImgDoc:
    """A raster document (photo or scan) of one or more pages."""

    def __init__(self, ids, keep, size=(1240, 1754), pages=1, bg=(255, 255, 255)):
        self.ids = list(ids)            # [(text, type)]
        self.keep = list(keep)          # [text]
        self.W, self.H = size
        self.pages = [Image.new("RGB", size, bg) for _ in range(pages)]
        self.draws = [ImageDraw.Draw(p) for p in self.pages]
        self.rec_ids, self.rec_keep, self.rec_bc, self.rec_ph = [], [], [], []

    def add_page(self, bg=(255, 255, 255)):
        p = Image.new("RGB", (self.W, self.H), bg)
        self.pages.append(p)
        self.draws.append(ImageDraw.Draw(p))

    # -- text -------------------------------------------------------------------------------------
    def text(self, page, x, y, s, f, fill=(20, 20, 20), draw_on=None):
        d = self.draws[page - 1] if draw_on is None else draw_on
        d.text((x, y), s, font=f, fill=fill)
        for t, ty in self.ids:
            for i in _occ(s, t):
                self.rec_ids.append({"text": t, "type": ty, "page": page, "px": self._sub_box(d, x, y, s, i, t, f)})
        for t in self.keep:
            for i in _occ(s, t):
                self.rec_keep.append({"text": t, "page": page, "px": self._sub_box(d, x, y, s, i, t, f)})
        bb = d.textbbox((x, y), s, font=f) if s.strip() else (x, y, x, y + f.size)
        return bb

    def lines(self, page, x, y, block, f, lead=None, fill=(20, 20, 20)):
        lead = lead or int(f.size * 1.35)
        for ln in block.split("\n"):
            if ln:
                self.text(page, x, y, ln, f, fill)
            y += lead
        return y

    @staticmethod
    def _sub_box(d, x, y, s, i, t, f):
        x0 = x + f.getlength(s[:i])
        bb = d.textbbox((x0, y), t, font=f)
        return [bb[0] - 1, bb[1] - 1, bb[2] + 1, bb[3] + 1]

    # -- codes and pictures -----------------------------------------------------------------------
    def code128(self, page, x, y, value, module_px=3, height_px=80):
        im = code128_image(value, module_px, height_px)
        self.pages[page - 1].paste(im, (int(x), int(y)))
        self.rec_bc.append({"format": "Code128", "value": value, "page": page,
                            "px": [x, y, x + im.width, y + im.height]})
        return im.size

    def qr(self, page, x, y, value, box_px=4):
        im = qr_image(value, box_px)
        self.pages[page - 1].paste(im, (int(x), int(y)))
        self.rec_bc.append({"format": "QRCode", "value": value, "page": page, "px": [x, y, x + im.width, y + im.height]})
        return im.size

    def photo(self, page, x, y, im, what):
        self.pages[page - 1].paste(im, (int(x), int(y)))
        self.rec_ph.append({"page": page, "px": [x, y, x + im.width, y + im.height], "what": what})

    def rect(self, page, box, outline=(40, 40, 40), width=2, fill=None):
        self.draws[page - 1].rectangle(box, outline=outline, width=width, fill=fill)

    def hline(self, page, x0, x1, y, width=1, fill=(60, 60, 60)):
        self.draws[page - 1].line([(x0, y), (x1, y)], fill=fill, width=width)

    def vline(self, page, x, y0, y1, width=1, fill=(60, 60, 60)):
        self.draws[page - 1].line([(x, y0), (x, y1)], fill=fill, width=width)

    # -- finishing ----------------------------------------------------------------------------------
    def finish(self, rotate=0.0, noise=0, blur=0.0, seed=0, tint=None, vignette=False):
        """Age the pages like a scan or phone photo; boxes follow the rotation."""
        rnd = random.Random(seed)
        out = []
        for pi, p in enumerate(self.pages):
            im = p
            if tint:
                overlay = Image.new("RGB", im.size, tint)
                im = Image.blend(im, overlay, 0.12)
            if vignette:
                mask = Image.radial_gradient("L").resize(im.size)
                dark = Image.new("RGB", im.size, (0, 0, 0))
                im = Image.composite(dark, im, mask.point(lambda v: int(v * 0.35)))
            if rotate:
                im = im.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
            if blur:
                im = im.filter(ImageFilter.GaussianBlur(blur))
            if noise:
                px = im.load()
                for _ in range(int(im.width * im.height * noise)):
                    xx, yy = rnd.randrange(im.width), rnd.randrange(im.height)
                    v = rnd.randint(60, 200)
                    px[xx, yy] = (v, v, v)
            out.append(im)
        self.final = out

        def tr(b):
            if not rotate:
                return b
            cx, cy = self.W / 2, self.H / 2
            a = math.radians(rotate)
            pts = [(b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3])]
            xs, ys = [], []
            for px_, py_ in pts:
                dx, dy = px_ - cx, py_ - cy
                # PIL rotates counter-clockwise for positive angles (y axis points down)
                xs.append(cx + dx * math.cos(a) + dy * math.sin(a))
                ys.append(cy - dx * math.sin(a) + dy * math.cos(a))
            return [min(xs), min(ys), max(xs), max(ys)]

        def norm(b):
            b = tr(b)
            return [round(max(0.0, b[0] / self.W), 4), round(max(0.0, b[1] / self.H), 4),
                    round(min(1.0, b[2] / self.W), 4), round(min(1.0, b[3] / self.H), 4)]

        ids = [{"text": r["text"], "type": r["type"], "page": r["page"], "box": norm(r["px"])} for r in self.rec_ids]
        keep = [{"text": r["text"], "page": r["page"], "box": norm(r["px"])} for r in self.rec_keep]
        bcs = [{"format": r["format"], "value": r["value"], "page": r["page"], "box": norm(r["px"])} for r in self.rec_bc]
        phs = [{"page": r["page"], "box": norm(r["px"]), "what": r["what"]} for r in self.rec_ph]
        missing = [t for t, _ in self.ids if not any(r["text"] == t for r in ids)]
        missing += [t for t in self.keep if not any(r["text"] == t for r in keep)]
        if missing:
            raise ValueError(f"annotated strings never drawn whole on one line: {missing}")
        return ids, keep, bcs, phs

    def save(self, path, fmt, quality=80):
        if fmt == "pdf":
            self.final[0].save(path, "PDF", resolution=150, save_all=True, append_images=self.final[1:])
        elif fmt == "tiff":
            self.final[0].save(path, "TIFF", save_all=True, append_images=self.final[1:], compression="tiff_deflate",
                               dpi=(150, 150))
        elif fmt == "jpeg":
            self.final[0].save(path, "JPEG", quality=quality)
        else:
            self.final[0].save(path, "PNG")


def _occ(s, t):
    out, i = [], s.find(t)
    while i >= 0:
        out.append(i)
        i = s.find(t, i + 1)
    return out


# ---------------------------------------------------------------------------------------------------- PDFs
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.graphics.barcode import code128 as rl_code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.graphics import renderPDF

for _n, _p in [("LS", FONTS["sans"]), ("LSB", FONTS["sansb"]), ("LSer", FONTS["serif"]), ("LSerB", FONTS["serifb"]),
               ("DV", FONTS["dejavu"]), ("DVB", FONTS["dejavub"]), ("LM", FONTS["mono"])]:
    pdfmetrics.registerFont(TTFont(_n, _p))


class PdfDoc:
    """A digital PDF with a real text layer.  Coordinates given top-down in points."""

    def __init__(self, path, ids, keep, pagesize=A4):
        self.c = rl_canvas.Canvas(path, pagesize=pagesize)
        self.W, self.H = pagesize
        self.ids, self.keep = list(ids), list(keep)
        self.page = 1
        self.rec_ids, self.rec_keep, self.rec_bc = [], [], []

    def new_page(self):
        self.c.showPage()
        self.page += 1

    def text(self, x, y_top, s, fontname="LS", size=10, color=(0, 0, 0)):
        c = self.c
        asc, desc = pdfmetrics.getAscentDescent(fontname, size)
        base = self.H - y_top - asc
        c.setFillColorRGB(*color)
        c.setFont(fontname, size)
        c.drawString(x, base, s)
        for coll, items in ((self.rec_ids, self.ids), (self.rec_keep, [(k, None) for k in self.keep])):
            for t, ty in items:
                for i in _occ(s, t):
                    x0 = x + pdfmetrics.stringWidth(s[:i], fontname, size)
                    x1 = x0 + pdfmetrics.stringWidth(t, fontname, size)
                    e = {"text": t, "page": self.page, "pt": [x0 - 0.5, y_top - 0.5, x1 + 0.5, y_top + asc - desc + 0.5]}
                    if ty:
                        e["type"] = ty
                    coll.append(e)
        return y_top + (asc - desc)

    def lines(self, x, y_top, block, fontname="LS", size=10, lead=None):
        lead = lead or size * 1.3
        for ln in block.split("\n"):
            if ln:
                self.text(x, y_top, ln, fontname, size)
            y_top += lead
        return y_top

    def rect(self, x, y_top, w, h, stroke=1, fill=0, gray=None, width=0.8):
        c = self.c
        if gray is not None:
            c.setFillGray(gray)
        c.setLineWidth(width)
        c.rect(x, self.H - y_top - h, w, h, stroke=stroke, fill=fill)
        c.setFillGray(0)

    def hline(self, x0, x1, y_top, width=0.6):
        self.c.setLineWidth(width)
        self.c.line(x0, self.H - y_top, x1, self.H - y_top)

    def code128(self, x, y_top, value, bar_width=1.1, bar_height=34):
        bc = rl_code128.Code128(value, barWidth=bar_width, barHeight=bar_height, quiet=0)
        bc.drawOn(self.c, x, self.H - y_top - bar_height)
        self.rec_bc.append({"format": "Code128", "value": value, "page": self.page,
                            "pt": [x, y_top, x + bc.width, y_top + bar_height]})

    def qr(self, x, y_top, value, size=70):
        w = QrCodeWidget(value, barBorder=0)
        b = w.getBounds()
        bw, bh = b[2] - b[0], b[3] - b[1]
        d = Drawing(size, size, transform=[size / bw, 0, 0, size / bh, 0, 0])
        d.add(w)
        renderPDF.draw(d, self.c, x, self.H - y_top - size)
        self.rec_bc.append({"format": "QRCode", "value": value, "page": self.page, "pt": [x, y_top, x + size, y_top + size]})

    def finish(self):
        self.c.showPage()
        self.c.save()

        def norm(b):
            return [round(max(0.0, b[0] / self.W), 4), round(max(0.0, b[1] / self.H), 4),
                    round(min(1.0, b[2] / self.W), 4), round(min(1.0, b[3] / self.H), 4)]

        ids = [{"text": r["text"], "type": r["type"], "page": r["page"], "box": norm(r["pt"])} for r in self.rec_ids]
        keep = [{"text": r["text"], "page": r["page"], "box": norm(r["pt"])} for r in self.rec_keep]
        bcs = [{"format": r["format"], "value": r["value"], "page": r["page"], "box": norm(r["pt"])} for r in self.rec_bc]
        missing = [t for t, _ in self.ids if not any(r["text"] == t for r in ids)]
        missing += [t for t in self.keep if not any(r["text"] == t for r in keep)]
        if missing:
            raise ValueError(f"annotated strings never drawn whole on one line: {missing}")
        return ids, keep, bcs, self.page
