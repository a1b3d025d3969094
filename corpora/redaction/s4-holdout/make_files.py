#!/usr/bin/env python3
"""Render the file documents of the s4-holdout redaction set and write files.jsonl.

Run with /work/main/.venv/bin/python make_files.py   (deterministic: fixed random seeds)

Every string is written with inline markup, as in src/texts_*.txt:
    [[CODE|string]]  an identifier (CODE: P R C A PC T E N H REF G U O, see make_texts.CODES)
    {{string}}       a string that must be kept
The renderers draw the plain string and record the box of each marked string from the drawing call
(PIL ImageDraw.textbbox for raster pages, reportlab stringWidth + font size for PDFs). Raster pages may then be
"photographed" or "scanned": rotated (<= 1.5 degrees, boxes rotated with the page), lit unevenly, blurred, noised
and JPEG-compressed. Boxes are written as fractions of the page, origin top-left.
"""
import io, json, math, os, random, re, sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
import zxingcpp

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_texts import CODES  # noqa: E402

OUT = os.path.join(HERE, "files")
FD = "/usr/share/fonts/truetype/dejavu/"
TOKEN = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]|\{\{(.+?)\}\}")

_fonts = {}


def F(size, style="sans"):
    name = {"sans": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "mono": "DejaVuSansMono.ttf",
            "monob": "DejaVuSansMono-Bold.ttf", "serif": "DejaVuSerif.ttf", "serifb": "DejaVuSerif-Bold.ttf",
            "ital": "DejaVuSans-Oblique.ttf", "serifi": "DejaVuSerif-Italic.ttf", "cond": "DejaVuSansCondensed.ttf",
            "condb": "DejaVuSansCondensed-Bold.ttf"}[style]
    k = (name, size)
    if k not in _fonts:
        _fonts[k] = ImageFont.truetype(FD + name, size)
    return _fonts[k]


def split_markup(markup):
    """-> list of (kind, text, type) with kind in plain/id/keep"""
    out, pos = [], 0
    for m in TOKEN.finditer(markup):
        if m.start() > pos:
            out.append(("plain", markup[pos:m.start()], None))
        if m.group(1):
            out.append(("id", m.group(2), CODES[m.group(1)]))
        else:
            out.append(("keep", m.group(3), None))
        pos = m.end()
    if pos < len(markup):
        out.append(("plain", markup[pos:], None))
    return out


def plain(markup):
    return "".join(t for _, t, _ in split_markup(markup))


# ----------------------------------------------------------------------------------------------- raster pages
class Page:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.anns = []  # dicts: cat in id/keep/barcode/photo, box in px

    # text ---------------------------------------------------------------
    def text(self, x, y, markup, font, fill=(20, 20, 20)):
        """draw one line of markup with its top-left at (x, y); returns x after the line"""
        for kind, s, typ in split_markup(markup):
            if kind != "plain":
                bb = self.d.textbbox((x, y), s, font=font)
                a = {"cat": kind, "text": s, "box": list(bb)}
                if typ:
                    a["type"] = typ
                self.anns.append(a)
            self.d.text((x, y), s, font=font, fill=fill)
            x += self.d.textlength(s, font=font)
        return x

    def lines(self, x, y, markup_block, font, leading=None, fill=(20, 20, 20)):
        leading = leading or int(font.size * 1.45)
        for ln in markup_block.split("\n"):
            self.text(x, y, ln, font, fill)
            y += leading
        return y

    def width(self, markup, font):
        return self.d.textlength(plain(markup), font=font)

    def text_right(self, xr, y, markup, font, fill=(20, 20, 20)):
        return self.text(xr - self.width(markup, font), y, markup, font, fill)

    def text_center(self, xc, y, markup, font, fill=(20, 20, 20)):
        return self.text(xc - self.width(markup, font) / 2, y, markup, font, fill)

    # graphics -----------------------------------------------------------
    def rect(self, box, outline=(40, 40, 40), width=2, fill=None):
        self.d.rectangle(box, outline=outline, width=width, fill=fill)

    def hline(self, x0, x1, y, width=2, fill=(60, 60, 60)):
        self.d.line((x0, y, x1, y), fill=fill, width=width)

    def vline(self, x, y0, y1, width=2, fill=(60, 60, 60)):
        self.d.line((x, y0, x, y1), fill=fill, width=width)

    def checkbox(self, x, y, size, ticked, font=None):
        self.rect((x, y, x + size, y + size), width=2)
        if ticked:
            self.d.line((x + 4, y + size // 2, x + size // 2.5, y + size - 4, x + size - 3, y + 3), fill=(10, 10, 90), width=3)

    def barcode(self, x, y, value, fmt="Code128", scale=3, height=None, hrt=None, hrt_font=None, record=True):
        """paste a barcode with its top-left quiet-zone corner at (x, y); optional human-readable text under it
        (hrt is markup). Returns (x_right, y_bottom)."""
        bf = {"Code128": zxingcpp.BarcodeFormat.Code128, "QRCode": zxingcpp.BarcodeFormat.QRCode,
              "Code39": zxingcpp.BarcodeFormat.Code39, "DataMatrix": zxingcpp.BarcodeFormat.DataMatrix}[fmt]
        bc = zxingcpp.create_barcode(value, bf)
        arr = np.array(bc.to_image(scale=scale))
        im = Image.fromarray(arr).convert("RGB")
        if height and fmt in ("Code128", "Code39"):
            im = im.resize((im.width, height), Image.NEAREST)
        self.img.paste(im, (int(x), int(y)))
        a = np.array(im.convert("L"))
        ys, xs = np.where(a < 128)
        box = [x + xs.min(), y + ys.min(), x + xs.max() + 1, y + ys.max() + 1]
        if record:
            self.anns.append({"cat": "barcode", "format": fmt, "value": value, "box": box})
        yb = y + im.height
        if hrt:
            f = hrt_font or F(22, "mono")
            self.text_center(x + im.width / 2, yb - 2, hrt, f)
            yb += f.size + 6
        return x + im.width, yb

    def photo(self, box, what, style="face", seed=0):
        """a synthetic 'photograph' (no real person): gradient + shapes"""
        rnd = random.Random(seed)
        x0, y0, x1, y1 = [int(v) for v in box]
        w, h = x1 - x0, y1 - y0
        g = np.zeros((h, w, 3), dtype=np.float32)
        top = np.array([rnd.randint(150, 200), rnd.randint(160, 200), rnd.randint(170, 215)], np.float32)
        bot = top * 0.6
        for i in range(h):
            g[i, :, :] = top + (bot - top) * i / max(1, h - 1)
        im = Image.fromarray(g.astype(np.uint8))
        d = ImageDraw.Draw(im)
        if style == "face":
            skin = (rnd.randint(120, 225), rnd.randint(90, 180), rnd.randint(70, 150))
            d.ellipse((w * .3, h * .15, w * .7, h * .6), fill=skin)
            d.pieslice((w * .1, h * .55, w * .9, h * 1.4), 180, 360, fill=(rnd.randint(30, 90),) * 3)
            d.ellipse((w * .3, h * .1, w * .7, h * .3), fill=(40, 30, 25))
        else:  # wound
            skin = (rnd.randint(150, 220), rnd.randint(110, 170), rnd.randint(90, 140))
            d.rectangle((0, 0, w, h), fill=skin)
            d.ellipse((w * .3, h * .35, w * .62, h * .6), fill=(150, 40, 45))
            d.ellipse((w * .36, h * .41, w * .56, h * .54), fill=(190, 150, 120))
            for k in range(12):  # ruler
                d.line((w * .08 + k * w * .05, h * .85, w * .08 + k * w * .05, h * .85 + (14 if k % 2 else 24)),
                       fill=(20, 20, 20), width=2)
            d.line((w * .08, h * .85, w * .63, h * .85), fill=(20, 20, 20), width=2)
        im = im.filter(ImageFilter.GaussianBlur(1.5))
        self.img.paste(im, (x0, y0))
        self.anns.append({"cat": "photo", "what": what, "box": [x0, y0, x1, y1]})


# ------------------------------------------------------------------------------------------- degradation
def _rot_pt(x, y, cx, cy, deg):
    t = math.radians(deg)
    return (cx + (x - cx) * math.cos(t) + (y - cy) * math.sin(t),
            cy - (x - cx) * math.sin(t) + (y - cy) * math.cos(t))


def degrade(page, angle=0.0, blur=0.0, noise=0.0, light=0.0, bg=None, seed=0, grey=False, speckle=0.0,
            perspective=None):
    """returns a new PIL image; transforms page.anns boxes in place"""
    rnd = np.random.RandomState(seed)
    img = page.img
    w, h = img.size
    fill = bg or (255, 255, 255)
    if perspective:
        # perspective = 4 destination corners (tl, tr, br, bl) as fractions of w, h
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        dst = [(px * w, py * h) for px, py in perspective]
        Hf = _homography(src, dst)
        Hi = np.linalg.inv(Hf)
        Hi = Hi / Hi[2, 2]
        img = img.transform((w, h), Image.PERSPECTIVE, tuple(Hi.flatten()[:8]), Image.BICUBIC, fillcolor=fill)
        for a in page.anns:
            x0, y0, x1, y1 = a["box"]
            pts = [_apply_h(Hf, px, py) for px, py in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
            a["box"] = [min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)]
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=fill)
        cx, cy = w / 2, h / 2
        for a in page.anns:
            x0, y0, x1, y1 = a["box"]
            pts = [_rot_pt(px, py, cx, cy, angle) for px, py in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
            a["box"] = [min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)]
    arr = np.asarray(img).astype(np.float32)
    if light:
        yy, xx = np.mgrid[0:h, 0:w]
        gx, gy = rnd.uniform(-1, 1), rnd.uniform(-1, 1)
        grad = 1.0 - light * (0.5 + 0.5 * ((xx / w - .5) * gx + (yy / h - .5) * gy))
        arr *= grad[..., None]
    if bg is not None and grey:
        arr = 0.93 * arr + 0.07 * np.array(bg, np.float32)
    if noise:
        arr += rnd.normal(0, noise, arr.shape)
    if speckle:
        m = rnd.rand(h, w) < speckle
        arr[m] = rnd.uniform(60, 140)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    if grey:
        img = img.convert("L").convert("RGB")
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    # margin for blur/rotation resampling
    m = 2 + blur
    for a in page.anns:
        x0, y0, x1, y1 = a["box"]
        a["box"] = [max(0, x0 - m), max(0, y0 - m), min(w, x1 + m), min(h, y1 + m)]
    return img


def _homography(src, dst):
    A = []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.array(A, dtype=np.float64))
    H = vt[-1].reshape(3, 3)
    return H / H[2, 2]


def _apply_h(H, x, y):
    p = H @ np.array([x, y, 1.0])
    return p[0] / p[2], p[1] / p[2]


def jpeg_roundtrip(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    b.seek(0)
    return Image.open(b).convert("RGB")


# --------------------------------------------------------------------------------------------- records
RECORDS = []


def frac(box, w, h):
    x0, y0, x1, y1 = box
    return [round(max(0.0, x0 / w), 4), round(max(0.0, y0 / h), 4), round(min(1.0, x1 / w), 4), round(min(1.0, y1 / h), 4)]


def record(did, fname, fmt, kind, applicant, pages_anns, sizes, extra=None):
    """pages_anns: list (per page) of ann lists in px; sizes: list of (w, h) per page"""
    rec = {"id": did, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant,
           "pages": len(pages_anns), "identifiers": [], "keep": [], "barcodes": [], "photos": []}
    for pno, (anns, (w, h)) in enumerate(zip(pages_anns, sizes), 1):
        for a in anns:
            b = frac(a["box"], w, h)
            if a["cat"] == "id":
                rec["identifiers"].append({"text": a["text"], "type": a["type"], "page": pno, "box": b})
            elif a["cat"] == "keep":
                rec["keep"].append({"text": a["text"], "page": pno, "box": b})
            elif a["cat"] == "barcode":
                rec["barcodes"].append({"format": a["format"], "value": a["value"], "page": pno, "box": b})
            elif a["cat"] == "photo":
                rec["photos"].append({"page": pno, "box": b, "what": a["what"]})
    if extra:
        rec.update(extra)
    RECORDS.append(rec)
    return rec


def save_raster(did, fname, kind, applicant, pages, fmt, jpeg_q=None, dpi=200, mode=None):
    """pages: list of (Page, PIL image after degradation)"""
    path = os.path.join(OUT, fname)
    imgs = [im for _, im in pages]
    if mode == "1":
        imgs = [im.convert("L").point(lambda v: 255 if v > 150 else 0, "1") for im in imgs]
    if fmt == "png":
        assert len(imgs) == 1
        imgs[0].save(path, "PNG", optimize=True)
    elif fmt == "jpeg":
        assert len(imgs) == 1
        imgs[0].save(path, "JPEG", quality=jpeg_q or 80)
    elif fmt == "tiff":
        comp = "group4" if mode == "1" else "tiff_lzw"
        imgs[0].save(path, "TIFF", compression=comp, dpi=(dpi, dpi), save_all=len(imgs) > 1,
                     append_images=imgs[1:])
    elif fmt == "pdf":
        if jpeg_q:  # JPEG artefacts inside the scan
            imgs = [jpeg_roundtrip(im, jpeg_q) for im in imgs]
        imgs = [im.convert("RGB") if im.mode != "1" else im for im in imgs]
        imgs[0].save(path, "PDF", resolution=float(dpi), save_all=len(imgs) > 1, append_images=imgs[1:])
    if fmt != "pdf":  # re-open to make sure the file was written completely
        with open(path, "rb") as fh:
            os.fsync(fh.fileno()) if hasattr(os, "fsync") else None
        chk = Image.open(path)
        chk.load()
    sizes = [im.size for im in imgs]
    return record(did, fname, fmt, kind, applicant, [p.anns for p, _ in pages], sizes)


# --------------------------------------------------------------------------------------- reportlab pages
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

for _n, _f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
               ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
               ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(_n, FD + _f))


class PdfDoc:
    ASC, DESC = 0.76, 0.24  # glyph extent above / below the baseline, as a fraction of the font size

    def __init__(self, path, pagesize=A4, title=None, author=None):
        self.path = path
        self.W, self.H = pagesize
        self.c = rl_canvas.Canvas(path, pagesize=pagesize)
        if title:
            self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        self.pages = [[]]

    def text(self, x, y, markup, font="DV", size=10, color=(0.08, 0.08, 0.08)):
        """x, y in points from the top-left; y is the baseline"""
        c = self.c
        c.setFont(font, size)
        c.setFillColorRGB(*color)
        yb = self.H - y
        for kind, s, typ in split_markup(markup):
            wdt = pdfmetrics.stringWidth(s, font, size)
            c.drawString(x, yb, s)
            if kind != "plain":
                box = [x - 0.5, y - self.ASC * size, x + wdt + 0.5, y + self.DESC * size]
                a = {"cat": kind, "text": s, "box": box}
                if typ:
                    a["type"] = typ
                self.pages[-1].append(a)
            x += wdt
        return x

    def width(self, markup, font="DV", size=10):
        return pdfmetrics.stringWidth(plain(markup), font, size)

    def lines(self, x, y, block, font="DV", size=10, leading=None):
        leading = leading or size * 1.4
        for ln in block.split("\n"):
            self.text(x, y, ln, font, size)
            y += leading
        return y

    def line(self, x0, y0, x1, y1, width=0.6, gray=0.3):
        self.c.setLineWidth(width)
        self.c.setStrokeGray(gray)
        self.c.line(x0, self.H - y0, x1, self.H - y1)

    def rect(self, x0, y0, x1, y1, fill_gray=None, stroke=True, width=0.6):
        self.c.setLineWidth(width)
        if fill_gray is not None:
            self.c.setFillGray(fill_gray)
        self.c.rect(x0, self.H - y1, x1 - x0, y1 - y0, stroke=1 if stroke else 0, fill=1 if fill_gray is not None else 0)
        self.c.setFillColorRGB(0.08, 0.08, 0.08)

    def new_page(self):
        self.c.showPage()
        self.pages.append([])

    def save(self):
        self.c.save()


def save_pdf_doc(did, fname, kind, applicant, doc):
    doc.save()
    return record(did, fname, "pdf", kind, applicant, doc.pages, [(doc.W, doc.H)] * len(doc.pages),
                  extra={"text_layer": True})


def table_pdf(doc, x, y, cols, rows, font="DV", size=8.5, head_font="DVB", row_h=None, grid=True):
    """cols: list of (header, width); rows: list of lists of markup. y = top of the table. returns y bottom"""
    row_h = row_h or size * 1.9
    xs = [x]
    for _, wdt in cols:
        xs.append(xs[-1] + wdt)
    doc.rect(x, y, xs[-1], y + row_h, fill_gray=0.88)
    for i, (hd, _) in enumerate(cols):
        doc.text(xs[i] + 3, y + row_h * 0.68, hd, head_font, size)
    yy = y + row_h
    for r in rows:
        for i, cell in enumerate(r):
            doc.text(xs[i] + 3, yy + row_h * 0.68, cell, font, size)
        yy += row_h
        if grid:
            doc.line(x, yy, xs[-1], yy, 0.3, 0.6)
    if grid:
        for xv in xs:
            doc.line(xv, y, xv, yy, 0.3, 0.6)
        doc.line(x, y, xs[-1], y, 0.6)
    return yy


# ---------------------------------------------------------------------------------------------- DOCX
import docx  # noqa: E402
from docx.shared import Pt, Cm, RGBColor  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402


class DocxDoc:
    def __init__(self):
        self.doc = docx.Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10.5)
        self.ids, self.keeps = [], []

    def _collect(self, markup):
        for kind, s, typ in split_markup(markup):
            if kind == "id":
                if s not in [i["text"] for i in self.ids]:
                    self.ids.append({"text": s, "type": typ})
            elif kind == "keep":
                if s not in [k["text"] for k in self.keeps]:
                    self.keeps.append({"text": s})

    def runs(self, par, markup, bold=False, size=None):
        self._collect(markup)
        r = par.add_run(plain(markup))
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return r

    def para(self, markup, bold=False, size=None, style=None, align=None, container=None):
        tgt = container if container is not None else self.doc
        p = tgt.add_paragraph(style=style) if style else tgt.add_paragraph()
        if markup:
            self.runs(p, markup, bold, size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def heading(self, markup, level=1):
        self._collect(markup)
        return self.doc.add_heading(plain(markup), level=level)

    def table(self, header, rows, widths=None, style="Table Grid", container=None, size=9):
        tgt = container if container is not None else self.doc
        t = tgt.add_table(rows=1, cols=len(header)) if container is None else tgt.add_table(rows=1, cols=len(header), width=Cm(17))
        t.style = style
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            self.runs(c.paragraphs[0], h, bold=True, size=size)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = ""
                self.runs(cells[i].paragraphs[0], v, size=size)
        if widths:
            for row in t.rows:
                for i, wdt in enumerate(widths):
                    row.cells[i].width = Cm(wdt)
        return t

    def save(self, did, fname, kind, applicant):
        self.doc.save(os.path.join(OUT, fname))
        rec = {"id": did, "file": "files/" + fname, "format": "docx", "kind": kind, "applicant": applicant,
               "identifiers": self.ids, "keep": self.keeps, "barcodes": [], "photos": []}
        RECORDS.append(rec)
        return rec


# =========================================================================================== documents
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


A4PX = (1654, 2339)  # A4 at 200 dpi


# ---------------------------------------------------------------- 1. wristbands, labels, request forms
@doc
def h4_064():
    p = Page(1800, 1000, bg=(196, 170, 150))
    # bed sheet + arm
    p.d.rectangle((0, 0, 1800, 1000), fill=(214, 222, 230))
    p.d.rounded_rectangle((-100, 180, 1900, 820), radius=200, fill=(201, 156, 128))
    p.d.rounded_rectangle((60, 260, 1740, 740), radius=30, fill=(250, 250, 247), outline=(200, 200, 200), width=3)
    p.text(100, 285, "{{ROYAL STOKE UNIVERSITY HOSPITAL}}", F(26, "bold"), fill=(30, 60, 130))
    p.text(100, 335, "[[P|HOLLINSHEAD]], [[P|Maureen Ann]]", F(46, "bold"))
    p.text(100, 405, "DOB: {{12/03/1947}}   {{Sex: F}}   {{Age 76}}", F(34))
    p.text(100, 460, "Hosp No: [[H|M1874402]]", F(34, "bold"))
    p.text(100, 515, "NHS No: [[N|641 882 0937]]", F(34))
    p.text(100, 570, "{{Ward 120}} (AMU)   Cons: Dr [[C|Beaumont]]", F(30))
    p.text(100, 625, "Adm: {{04/10/2023}}", F(30))
    p.barcode(1020, 300, "M1874402", "Code128", scale=4, height=190)
    p.text(1080, 520, "[[H|M1874402]]", F(30, "mono"))
    p.barcode(1400, 540, "6418820937", "QRCode", scale=6)
    img = degrade(p, angle=1.2, light=0.35, noise=5, blur=0.7, seed=64, bg=(214, 222, 230))
    return save_raster("h4-064", "h4-064-wristband.png", "wristband_photo", "Dr Oluwaseun Adebayo-Williams",
                       [(p, img)], "png")


@doc
def h4_065():
    p = Page(1700, 900, bg=(60, 62, 70))
    p.d.rounded_rectangle((40, 200, 1660, 700), radius=40, fill=(236, 60, 60))  # red allergy band
    p.d.rounded_rectangle((110, 230, 1590, 670), radius=18, fill=(255, 255, 255))
    p.text(140, 250, "ALLERGY: {{PENICILLIN}} / {{CO-TRIMOXAZOLE}}", F(30, "bold"), fill=(200, 20, 20))
    p.text(140, 300, "[[P|O'DONOVAN]] [[P|Bridget]]", F(44, "bold"))
    p.text(140, 365, "{{DOB 17-Aug-1958}}  {{F}}", F(32))
    p.text(140, 415, "MRN [[H|K0349921]]", F(32, "bold"))
    p.text(140, 465, "NHS [[N|402 559 1183]]", F(32))
    p.text(140, 515, "{{Leicester Royal Infirmary}}", F(28))
    p.text(140, 565, "{{Ward 23}} Bed 14", F(28))
    p.barcode(930, 255, "K0349921", "Code128", scale=4, height=160)
    p.barcode(1300, 440, "4025591183", "QRCode", scale=5)
    img = degrade(p, angle=-1.4, light=0.4, noise=7, blur=0.9, seed=65, bg=(60, 62, 70))
    img = jpeg_roundtrip(img, 70)
    return save_raster("h4-065", "h4-065-allergy-wristband.jpg", "wristband_photo", "Dr Priyanka Raghunathan",
                       [(p, img)], "jpeg", jpeg_q=72)


def addressograph(p, x, y, w, h, lines, bc, fs=24, bc_scale=2, bc_h=70, border=True, hrt=None):
    """an adhesive patient label: lines of markup on the left, Code128 below"""
    if border:
        p.d.rounded_rectangle((x, y, x + w, y + h), radius=14, outline=(150, 150, 150), width=2, fill=(252, 252, 250))
    yy = y + 12
    for i, ln in enumerate(lines):
        p.text(x + 16, yy, ln, F(fs + (4 if i == 0 else 0), "bold" if i == 0 else "sans"))
        yy += int((fs + (4 if i == 0 else 0)) * 1.32)
    if bc:
        p.barcode(x + 12, yy + 2, bc, "Code128", scale=bc_scale, height=bc_h, hrt=hrt, hrt_font=F(20, "mono"))


@doc
def h4_066():
    p = Page(*A4PX, bg=(250, 250, 248))
    p.text(90, 60, "{{Royal Cornwall Hospitals NHS Trust}} - patient labels (addressograph)   printed {{01/07/2023}} 22:14   sheet 1 of 1",
           F(22), fill=(90, 90, 90))
    info = ["[[P|TREGEAR]], [[P|Morwenna Jane]]",
            "DOB {{08/02/1989}}   {{F}}   MRN [[H|K4467120]]",
            "NHS [[N|733 019 2284]]",
            "[[A|3 Wheal Rose Row, Scorrier]] [[PC|TR16 5BX]]",
            "GP: Dr [[C|Angove-Pascoe]]   Cons: ED"]
    W, Hh = 730, 325
    for r in range(6):
        for c in range(2):
            x, y = 90 + c * (W + 60), 120 + r * (Hh + 38)
            if (r, c) in ((0, 0), (2, 1)):  # peeled-off labels leave an outline only
                p.d.rounded_rectangle((x, y, x + W, y + Hh), radius=14, outline=(190, 190, 190), width=2)
                continue
            addressograph(p, x, y, W, Hh, info, "K4467120", fs=22, bc_scale=2, bc_h=62)
    img = degrade(p, angle=0.6, noise=6, blur=0.6, seed=66, bg=(238, 238, 232), grey=True)
    return save_raster("h4-066", "h4-066-addressograph-sheet.png", "addressograph_labels", "Dr Rachel Bishop",
                       [(p, img)], "png")


@doc
def h4_067():
    p = Page(1600, 1100, bg=(120, 130, 125))
    p.d.rectangle((0, 0, 1600, 1100), fill=(132, 140, 138))
    p.d.rounded_rectangle((150, 330, 1480, 770), radius=60, fill=(235, 210, 120))  # tube body
    p.d.rectangle((1380, 330, 1560, 770), fill=(150, 30, 160))  # cap
    p.d.rectangle((260, 350, 1290, 750), fill=(255, 255, 255))  # label
    p.text(285, 365, "[[P|NGUYEN]], [[P|Thi Lan]]", F(40, "bold"))
    p.text(285, 420, "DOB {{05/11/1989}}  F   [[H|RX2291034]]", F(32))
    p.text(285, 468, "Coll: {{14/02/2024}} {{09:12}}   {{AMU}}", F(30))
    p.text(285, 515, "{{FBC}} {{U&E}} {{CRP}} {{LFT}}", F(30, "bold"))
    p.barcode(285, 570, "240214H88213", "Code128", scale=3, height=110)
    p.text(800, 590, "Lab no", F(24))
    p.text(800, 625, "[[O|24.0214.H88213]]", F(30, "mono"))
    p.text(800, 670, "Req: {{Dr P Raghunathan}}", F(26))
    img = degrade(p, angle=1.0, light=0.45, noise=8, blur=1.0, seed=67, bg=(132, 140, 138))
    img = jpeg_roundtrip(img, 75)
    return save_raster("h4-067", "h4-067-specimen-tube.jpg", "specimen_label_photo", "Dr Priyanka Raghunathan",
                       [(p, img)], "jpeg", jpeg_q=76)


@doc
def h4_068():
    p = Page(*A4PX, bg=(255, 255, 255))
    p.d.rectangle((0, 0, A4PX[0], 150), fill=(226, 236, 246))
    p.text(80, 40, "{{Leicester Royal Infirmary}} - Pathology Request", F(40, "bold"), fill=(20, 50, 110))
    p.text(80, 98, "HAEMATOLOGY  /  CLINICAL BIOCHEMISTRY  /  COAGULATION", F(26, "bold"), fill=(20, 50, 110))
    # addressograph sticker stuck slightly askew region
    addressograph(p, 80, 200, 860, 380,
                  ["[[P|MALIK]], [[P|Rukhsana]]",
                   "DOB {{22/09/1975}}    {{Female}}",
                   "S No: [[H|S2290451]]   NHS: [[N|611 930 2847]]",
                   "[[A|12 Evington Valley Road]], [[PC|LE5 5LJ]]"],
                  "S2290451", fs=26, bc_scale=3, bc_h=80)
    p.text(1090, 200, "Scan for patient ID", F(22), fill=(90, 90, 90))
    p.barcode(1120, 240, "NHS:6119302847", "QRCode", scale=7)
    y = 640
    p.text(80, y, "Location: {{AMU}} bed A6        Consultant: {{Dr Raghunathan}}", F(28)); y += 60
    p.text(80, y, "Requesting clinician: {{Dr P. Raghunathan}}   Bleep: [[T|3318]]", F(28)); y += 60
    p.text(80, y, "Clinical details:", F(28, "bold")); y += 48
    y = p.lines(110, y, "Saddle PE on CTPA ({{06/02/2024}}). On {{apixaban 10 mg BD}} (loading).\n"
                        "{{Hb 92 g/L}} yesterday, ?occult bleed. {{eGFR 54}}. Plts {{138}}.\n"
                        "Please add {{anti-Xa level}} (apixaban-calibrated) if possible.", F(28))
    y += 30
    tests = [("FBC", True), ("U&E", True), ("LFT", False), ("CRP", True), ("Coag screen", True), ("Group & save", True),
             ("Troponin", False), ("Haematinics", True), ("D-dimer", False), ("Anti-Xa", True)]
    for i, (t, on) in enumerate(tests):
        cx, cy = 110 + (i % 2) * 700, y + (i // 2) * 60
        p.checkbox(cx, cy, 34, on)
        p.text(cx + 55, cy, t, F(28))
    y += 5 * 60 + 40
    p.text(80, y, "Sample taken by: [[C|Kelechi Obi]] (HCA)      Date/time: {{07/02/2024}} {{06:40}}", F(28)); y += 60
    p.text(80, y, "Patient ID confirmed verbally and from wristband:  YES", F(28)); y += 60
    p.text(80, y, "Request no. [[O|LRI-24-0207-55180]]", F(28, "mono"))
    p.text(80, 2230, "Form PATH/REQ/07 v6 - {{University Hospitals of Leicester NHS Trust}}", F(22), fill=(100, 100, 100))
    img = degrade(p, angle=-0.7, noise=7, blur=0.7, seed=68, bg=(240, 240, 236), grey=True)
    return save_raster("h4-068", "h4-068-blood-request.png", "request_form_scan", "Dr Priyanka Raghunathan",
                       [(p, img)], "png")


@doc
def h4_069():
    p = Page(*A4PX, bg=(255, 255, 255))
    p.text(80, 60, "{{Northwick Park Hospital}} - Imaging Department", F(38, "bold"))
    p.text(80, 118, "CT REQUEST - HEAD (non-contrast)", F(32, "bold"))
    addressograph(p, 980, 180, 600, 330,
                  ["[[P|IONESCU]], [[P|Elena]]",
                   "DOB {{03/01/1949}}  F",
                   "MRN [[H|1152287]]",
                   "NHS [[N|490 223 8816]]"],
                  "1152287", fs=24, bc_scale=3, bc_h=80)
    y = 200
    y = p.lines(80, y, "Date: {{21/01/2024}}   Time: {{22:48}}\nReferrer: {{Dr H. Qureshi}} (ED)\nBleep: [[T|7421]]\n"
                       "Location: ED Majors cubicle 4", F(28), leading=48)
    y = 570
    p.text(80, y, "Clinical information:", F(30, "bold")); y += 55
    y = p.lines(100, y, "74F fall at home, hit head on door frame. On {{warfarin}} for AF, {{INR 3.1}}.\n"
                        "{{GCS 14/15}} (E4 V4 M6), amnesia for event, vomited x1.\n"
                        "Meets {{NICE NG232}} criteria: anticoagulated - CT within 8 h; vomiting -> within 1 h.",
                F(28), leading=46)
    y += 30
    p.text(80, y, "eGFR (if contrast): n/a      Pregnant: n/a      Previous imaging: none", F(26)); y += 70
    p.rect((70, y, 1580, y + 330), width=2)
    p.text(90, y + 15, "RADIOLOGY USE ONLY", F(26, "bold"))
    p.text(90, y + 70, "Vetted by: Dr [[C|P. Vos]]  (ST4 radiology)   Approved  {{23:02}}", F(28))
    p.text(90, y + 125, "Protocol: {{CT head non-contrast}}   Priority: 1 h", F(28))
    p.text(90, y + 180, "Radiographer: [[C|Jonas Achterberg]]   Scanned: {{23:31}}", F(28))
    p.text(90, y + 235, "Accession: [[O|NPH-CT-24-0031877]]", F(28, "mono"))
    img = degrade(p, angle=0.8, noise=8, blur=0.8, seed=69, bg=(236, 236, 230), grey=True, speckle=0.0006)
    return save_raster("h4-069", "h4-069-ct-request.tif", "request_form_scan", "Dr Hamza Qureshi",
                       [(p, img)], "tiff")


@doc
def h4_070():
    p = Page(1700, 1250, bg=(90, 80, 70))
    p.d.rectangle((0, 0, 1700, 1250), fill=(104, 92, 80))  # desk
    p.d.rectangle((90, 70, 1610, 1180), fill=(255, 248, 225))  # buff ED card
    p.text(120, 95, "{{Royal Shrewsbury Hospital}} - EMERGENCY DEPARTMENT RECORD", F(34, "bold"), fill=(120, 40, 20))
    addressograph(p, 120, 160, 760, 330,
                  ["[[P|WHITCOMBE-JARVIS]], [[P|Dorothy]]",
                   "DOB {{25/05/1938}}  F   Age 85",
                   "ED No [[H|SRH23-0123377]]",
                   "NHS [[N|903 112 7786]]"],
                  "SRH23-0123377", fs=24, bc_scale=2, bc_h=80)
    x0 = 930
    p.text(x0, 170, "Arrival: {{03/12/2023}} {{20:52}}  by: AMB", F(28))
    p.text(x0, 215, "Triage: {{MTS 3}} (yellow)  {{21:05}}", F(28))
    p.text(x0, 260, "Triage nurse: [[C|Stacey Lloyd-Hughes]]", F(28))
    p.text(x0, 305, "Presenting: fall, long lie ~6h", F(28))
    p.text(x0, 350, "Pain score {{6/10}} L hip", F(28))
    y = 530
    p.text(120, y, "OBSERVATIONS", F(28, "bold")); y += 50
    hdr = ["Time", "RR", "SpO2", "BP", "HR", "Temp", "ACVPU", "NEWS2"]
    rows = [["{{21:05}}", "20", "95% RA", "104/62", "96", "35.6", "A", "{{NEWS2 4}}"],
            ["{{23:10}}", "18", "96% RA", "112/70", "88", "36.2", "A", "{{NEWS2 2}}"]]
    xs = [120, 260, 360, 520, 700, 800, 930, 1090]
    for i, h in enumerate(hdr):
        p.text(xs[i], y, h, F(26, "bold"))
    for r in rows:
        y += 48
        for i, v in enumerate(r):
            p.text(xs[i], y, v, F(26))
    y += 90
    p.text(120, y, "Doctor's notes:", F(28, "bold")); y += 50
    y = p.lines(140, y, "Seen {{00:10}} {{Dr S. Afolabi}}. Bruising both upper arms (fingertip pattern),\n"
                        "burn L hand. CK {{1,820}}. Hb {{104}}. ?NOF - XR: no #. Safeguarding concern raised\n"
                        "(FPOC ref [[REF|FPOC-23-118822]]). Admit frailty {{Ward 22}}. Niece: [[R|Sandra Pugh]].",
                F(27), leading=44)
    img = degrade(p, angle=-1.1, light=0.5, noise=8, blur=0.9, seed=70, bg=(104, 92, 80),
                  perspective=[(0.01, 0.02), (0.985, 0.0), (1.0, 0.99), (0.0, 0.975)])
    img = jpeg_roundtrip(img, 70)
    return save_raster("h4-070", "h4-070-ed-card.jpg", "ed_card_photo", "Dr Sunday Afolabi", [(p, img)], "jpeg",
                       jpeg_q=72)


@doc
def h4_071():
    p = Page(*A4PX, bg=(255, 255, 255))
    p.d.rectangle((0, 0, A4PX[0], 130), fill=(255, 236, 200))
    p.text(70, 35, "ADULT INPATIENT PRESCRIPTION & ADMINISTRATION RECORD   chart {{1 of 1}}", F(34, "bold"))
    p.text(70, 88, "{{Ipswich Hospital}}   {{East Suffolk and North Essex NHS Foundation Trust}}", F(24))
    addressograph(p, 70, 170, 820, 400,
                  ["[[P|KOWALEWSKI]], [[P|Stanisław]]",
                   "DOB {{14/01/1950}}   M",
                   "Hosp No [[H|D0887412]]",
                   "NHS No [[N|4730291168]]",
                   "[[A|9 Gainsborough Rd, Felixstowe]] [[PC|IP11 7HT]]"],
                  "D0887412", fs=25, bc_scale=3, bc_h=80)
    p.barcode(1330, 190, "4730291168", "QRCode", scale=6)
    p.text(960, 420, "Ward: {{Stour Ward}}", F(28))
    p.text(960, 465, "Consultant: Dr [[C|A. Rahimi]]", F(28))
    p.text(960, 510, "Weight {{78 kg}}  Height {{1.74 m}}", F(28))
    y = 620
    p.rect((70, y, 1584, y + 180), outline=(200, 30, 30), width=3)
    p.text(90, y + 15, "ALLERGIES / SENSITIVITIES", F(28, "bold"), fill=(200, 30, 30))
    p.text(90, y + 65, "{{Nil known drug allergies}}  - confirmed with patient and wife", F(28))
    p.text(90, y + 115, "Signed: {{Dr E. Kowalczyk}}  bleep [[T|6612]]   {{02/11/2023}}", F(28))
    y += 230
    p.text(70, y, "VTE RISK ASSESSMENT", F(28, "bold")); y += 50
    p.text(90, y, "Completed {{02/11/2023}} 23:40 - high risk; bleeding risk low -> {{enoxaparin 40 mg}} SC OD", F(27)); y += 80
    p.text(70, y, "REGULAR MEDICINES (extract)", F(28, "bold")); y += 55
    meds = [("{{amoxicillin 1 g}}", "IV", "TDS", "02/11", "Dr [[C|H. Okeke]]"),
            ("{{clarithromycin 500 mg}}", "PO", "BD", "02/11", "Dr [[C|H. Okeke]]"),
            ("{{bisoprolol 2.5 mg}}", "PO", "OD", "05/11", "{{Dr E. Kowalczyk}}"),
            ("{{apixaban 5 mg}}", "PO", "BD", "07/11", "{{Dr E. Kowalczyk}}"),
            ("{{Trelegy Ellipta 92/55/22}}", "INH", "OD", "02/11", "Dr [[C|H. Okeke]]")]
    for h, xx in zip(("Drug / dose", "Route", "Freq", "Start", "Prescriber"), (90, 720, 850, 980, 1140)):
        p.text(xx, y, h, F(26, "bold"))
    for m in meds:
        y += 52
        for v, xx in zip(m, (90, 720, 850, 980, 1140)):
            p.text(xx, y, v, F(26))
    y += 90
    p.text(70, y, "Pharmacist check: [[C|R. Thirlwall]] (ward pharmacist) {{03/11/2023}}", F(27))
    img = degrade(p, angle=0.9, noise=7, blur=0.8, seed=71, bg=(236, 234, 228), grey=True)
    return save_raster("h4-071", "h4-071-drug-chart.pdf", "drug_chart_scan", "Dr Ewa Kowalczyk", [(p, img)], "pdf",
                       jpeg_q=60, dpi=200)


@doc
def h4_072():
    p = Page(1500, 960, bg=(70, 90, 110))
    p.d.rectangle((0, 0, 1500, 960), fill=(64, 84, 104))
    p.d.rounded_rectangle((100, 120, 1400, 860), radius=36, fill=(245, 247, 250))
    p.d.rectangle((100, 120, 1400, 220), fill=(0, 94, 184))
    p.text(140, 145, "{{Oxleas NHS Foundation Trust}} - INPATIENT IDENTIFICATION", F(32, "bold"), fill=(255, 255, 255))
    p.photo((140, 260, 440, 640), "patient photograph (ID card)", style="face", seed=72)
    p.text(480, 260, "[[P|CLARKE-BOATENG]], [[P|Tyrone]]", F(40, "bold"))
    p.text(480, 320, "DOB {{11/07/1999}}   Male", F(30))
    p.text(480, 370, "RiO [[H|2119083]]", F(30, "bold"))
    p.text(480, 420, "{{Bluebell Ward}}, {{Woodlands Unit}}", F(30))
    p.text(480, 470, "Legal status: {{MHA 1983 s2}}", F(30))
    p.text(480, 520, "RC: {{Dr Ifeanyi Umeh}}", F(30))
    p.text(480, 570, "Leave: {{s17}} escorted x2 only", F(30, "bold"), fill=(190, 20, 20))
    p.barcode(140, 680, "2119083", "Code128", scale=4, height=120)
    p.text(900, 700, "Issued {{20/02/2024}}", F(26))
    p.text(900, 745, "by [[C|D. Fagan]] (ward manager)", F(26))
    img = degrade(p, angle=1.3, light=0.35, noise=6, blur=0.8, seed=72, bg=(64, 84, 104))
    return save_raster("h4-072", "h4-072-inpatient-id-card.png", "id_card_photo", "Dr Chidinma Okonkwo",
                       [(p, img)], "png")


@doc
def h4_073():
    p = Page(*A4PX, bg=(255, 255, 255))
    p.text(70, 50, "ANAESTHETIC RECORD", F(40, "bold"))
    p.text(70, 108, "{{Bradford Royal Infirmary}}   {{17/06/2022}}   Delivery Suite th. 1", F(26))
    addressograph(p, 1000, 40, 590, 300,
                  ["[[P|BIBI]], [[P|Ayesha]]",
                   "DOB {{02/12/1992}}  F",
                   "[[H|BRI-4471290]]"],
                  "BRI-4471290", fs=24, bc_scale=2, bc_h=80)
    y = 380
    y = p.lines(70, y, "Procedure: {{Category 1 caesarean section}} (cord prolapse)\n"
                       "{{ASA 2E}}   {{BMI 41}}   Airway: {{Mallampati 2}}, MO > 3 FB\n"
                       "Anaesthetist: {{Dr I. Chaudhry}} (AS)   2nd: Dr [[C|K. Zawadzki]] (locum)\n"
                       "ODP: [[C|Craig Mitchinson]]     Obstetrician: Dr [[C|F. Adeyemi]]", F(28), leading=50)
    y += 30
    p.text(70, y, "Drugs", F(30, "bold")); y += 52
    y = p.lines(90, y, "{{02:33}} {{thiopentone 5 mg/kg}} (350 mg)   {{rocuronium 1.2 mg/kg}} (100 mg)\n"
                       "{{02:40}} {{oxytocin 5 units}} slow IV    {{02:45}} {{morphine 10 mg}} IV\n"
                       "{{03:20}} {{sugammadex 200 mg}}   TAP blocks 20 ml {{0.25% levobupivacaine}} each side", F(27), leading=46)
    y += 30
    p.text(70, y, "Airway: VL (CMAC 3) grade 2a, 7.0 ETT, 21 cm at lips, ETCO2 confirmed", F(27)); y += 70
    # vitals grid
    gx0, gy0, gx1, gy1 = 70, y, 1580, y + 520
    p.rect((gx0, gy0, gx1, gy1), width=2)
    for i in range(1, 16):
        p.vline(gx0 + i * (gx1 - gx0) / 16, gy0, gy1, 1, (170, 170, 170))
    for j in range(1, 10):
        p.hline(gx0, gx1, gy0 + j * (gy1 - gy0) / 10, 1, (170, 170, 170))
    rnd = random.Random(73)
    pts_hr = [(gx0 + 40 + i * 90, gy0 + 180 + rnd.randint(-30, 30)) for i in range(16)]
    pts_bp = [(gx0 + 40 + i * 90, gy0 + 300 + rnd.randint(-40, 40)) for i in range(16)]
    for a, b in zip(pts_hr, pts_hr[1:]):
        p.d.line((a, b), fill=(200, 20, 20), width=3)
    for x, yv in pts_bp:
        p.d.text((x - 8, yv - 14), "v", font=F(28), fill=(20, 20, 180))
    y = gy1 + 40
    p.text(70, y, "EBL {{900 ml}}   Fluids: {{Hartmann's 1500 ml}}   Urine 150 ml   Baby delivered {{02:39}}", F(27))
    y += 60
    p.text(70, y, "Datix [[REF|DW-45512]] completed.  Signed {{Dr Irfan Chaudhry}}", F(27))
    img = degrade(p, angle=-1.0, noise=9, blur=0.9, seed=73, bg=(238, 236, 228), grey=True)
    img = jpeg_roundtrip(img, 65)
    return save_raster("h4-073", "h4-073-anaesthetic-chart.jpg", "anaesthetic_chart_scan", "Dr Irfan Chaudhry",
                       [(p, img)], "jpeg", jpeg_q=68)


@doc
def h4_074():
    W, H = 2200, 1500
    p = Page(W, H, bg=(255, 250, 250))
    # header
    p.text(40, 30, "[[P|OKONJO]], [[P|Emmanuel]]", F(36, "bold"))
    p.text(40, 82, "ID: [[H|RX3318702]]    DOB: {{19/04/1961}} ({{62 yr}})    Male", F(28))
    p.text(40, 128, "Loc: ED Resus 2   Room: R2   Operator: [[C|J. Kamara]] (HCA)", F(28))
    p.text(900, 30, "{{Vent. rate 112 bpm}}     {{PR interval 168 ms}}", F(28))
    p.text(900, 74, "{{QRS duration 96 ms}}     {{QT/QTc 340/465 ms}}", F(28))
    p.text(900, 118, "{{P-R-T axes 62 71 -20}}", F(28))
    p.text(1560, 30, "{{Sinus tachycardia}}", F(28, "bold"))
    p.text(1560, 74, "{{ST elevation}} V1-V4", F(28, "bold"))
    p.text(1560, 118, "** {{ACUTE MI}} / {{STEMI}} **", F(28, "bold"))
    p.barcode(2010, 170, "9438 201 7754", "QRCode", scale=4)
    p.text(40, 178, "{{23-Nov-2023}} {{03:41:07}}   Confirmed by: {{Dr Oluwaseun Adebayo-Williams}} (ED)", F(26))
    # ECG grid
    top, bot = 320, 1380
    for x in range(40, W - 40, 16):
        p.vline(x, top, bot, 1 if (x - 40) % 80 else 2, (245, 180, 180) if (x - 40) % 80 else (235, 130, 130))
    for y in range(top, bot, 16):
        p.hline(40, W - 40, y, 1 if (y - top) % 80 else 2, (245, 180, 180) if (y - top) % 80 else (235, 130, 130))
    leads = [["I", "aVR", "V1", "V4"], ["II", "aVL", "V2", "V5"], ["III", "aVF", "V3", "V6"], ["II"]]
    rnd = random.Random(74)
    for r, row in enumerate(leads):
        y0 = top + 120 + r * 250
        pts = []
        for x in range(60, W - 60, 4):
            ph = (x % 178) / 178.0
            v = 0
            if 0.30 < ph < 0.34:
                v = -110 if r != 3 else -90
            elif 0.34 < ph < 0.37:
                v = 30
            elif 0.45 < ph < 0.62:
                v = -35 if (r < 3 and x > W * 0.5) else -12
            elif 0.15 < ph < 0.2:
                v = -14
            pts.append((x, y0 + v + rnd.uniform(-1.5, 1.5)))
        p.d.line(pts, fill=(10, 10, 10), width=3)
        for i, name in enumerate(row):
            p.d.text((60 + i * (W - 120) / len(row), y0 - 90), name, font=F(28, "bold"), fill=(10, 10, 10))
    p.text(40, 1410, "25 mm/s   10 mm/mV   {{0.05-150 Hz}}   MAC 5500   {{Royal Stoke University Hospital}}   Page {{1 of 1}}",
           F(24))
    img = degrade(p, angle=0.0, noise=4, blur=0.5, seed=74)
    return save_raster("h4-074", "h4-074-ecg.png", "ecg_printout", "Dr Oluwaseun Adebayo-Williams", [(p, img)], "png")


@doc
def h4_075():
    p = Page(1400, 1000, bg=(150, 30, 40))
    p.d.rectangle((0, 0, 1400, 1000), fill=(140, 26, 38))  # blood bag background
    p.d.rectangle((110, 90, 1290, 910), fill=(255, 255, 255))
    p.text(140, 110, "COMPATIBILITY LABEL - DO NOT REMOVE", F(32, "bold"))
    p.text(140, 160, "{{Manchester Royal Infirmary}} Blood Transfusion Laboratory", F(24))
    p.text(140, 220, "Patient: [[P|PICKAVANCE]], [[P|Marjorie]]", F(32, "bold"))
    p.text(140, 272, "DOB: {{30/01/1941}}   Sex: F", F(28))
    p.text(140, 318, "Hosp no: [[H|MRI-7781342]]", F(28, "bold"))
    p.barcode(140, 370, "MRI-7781342", "Code39", scale=2, height=110)
    p.text(140, 520, "Patient group: {{O RhD positive}}", F(28))
    p.text(140, 566, "Component: {{Red cells}}   Unit: [[O|G051 823 456 781]]   Group: {{O Pos}}", F(26))
    p.text(140, 612, "Crossmatched: {{24/03/2024}} {{18:05}}   Valid until: {{27/03/2024}} {{23:59}}", F(26))
    p.text(140, 658, "Lab ref: [[O|T24-03318]]   BMS: [[C|A. Szczepańska]]", F(26))
    p.text(140, 730, "Bedside check 1: __________   Check 2: __________", F(26))
    p.text(140, 790, "Transfusion start {{19:40}}   Ward: {{Ward 45}}", F(26))
    img = degrade(p, angle=-0.9, light=0.3, noise=6, blur=0.7, seed=75, bg=(140, 26, 38))
    return save_raster("h4-075", "h4-075-transfusion-label.png", "transfusion_label_photo", "Dr Yusuf Al-Haddad",
                       [(p, img)], "png")


@doc
def h4_076():
    p = Page(1800, 1200, bg=(30, 30, 30))
    p.photo((0, 0, 1800, 1200), "clinical photograph of a pretibial laceration with patient label", style="wound", seed=76)
    # label sticker in frame
    p.d.rectangle((1100, 60, 1740, 380), fill=(255, 255, 255), outline=(180, 180, 180), width=2)
    p.text(1125, 80, "[[P|PENHALIGON]], [[P|Edward]]", F(32, "bold"))
    p.text(1125, 128, "DOB {{14/09/1941}}   M", F(26))
    p.text(1125, 170, "MRN [[H|K4411083]]", F(26))
    p.barcode(1120, 210, "K4411083", "Code128", scale=3, height=90)
    p.text(1125, 320, "Photo {{02/07/2023}} L shin", F(24))
    img = degrade(p, angle=0.7, light=0.3, noise=6, blur=0.9, seed=76, bg=(30, 30, 30))
    img = jpeg_roundtrip(img, 78)
    return save_raster("h4-076", "h4-076-wound-photo.jpg", "clinical_photograph", "Dr Rachel Bishop", [(p, img)],
                       "jpeg", jpeg_q=80)


# ---------------------------------------------------------------- 2. scanned letters and forms
def scan(p, seed, angle, blur=0.8, noise=7, speckle=0.0004, bg=(236, 235, 229)):
    return degrade(p, angle=angle, noise=noise, blur=blur, seed=seed, bg=bg, grey=True, speckle=speckle)


@doc
def h4_077():
    f = F(27, "serif")
    fb = F(27, "serifb")
    p1 = Page(*A4PX)
    p1.text(110, 90, "{{Belfast Health and Social Care Trust}}", F(36, "serifb"), fill=(0, 70, 60))
    p1.text(110, 145, "Respiratory Medicine - {{Royal Victoria Hospital}}", F(27, "serif"))
    p1.text(110, 185, "[[A|274 Grosvenor Road, Belfast]] [[PC|BT12 6BA]]    Tel [[T|028 9649 6102]]", F(24, "serif"))
    y = p1.lines(110, 270, "Our Ref: [[REF|AB/RVH/R1177450/cmcc]]\nDictated: {{02/03/2023}}   Typed: {{09/03/2023}}", f, 42)
    y = p1.lines(110, y + 30, "Dr [[C|Orla Hegarty]]\n[[A|Ballycastle Health Centre]]\n[[A|Ramoan Road, Ballycastle]]\n[[PC|BT54 6QH]]", f, 42)
    y += 40
    p1.text(110, y, "Dear Dr [[C|Hegarty]]", f); y += 70
    y = p1.lines(110, y, "RE: Mr [[P|Francis McCAUGHEY]]   DOB: {{11/11/1947}}   H&C: [[N|4412 098 731]]\n"
                         "[[A|16 Quay Road, Ballycastle]] [[PC|BT54 6BH]]", fb, 42)
    y += 30
    y = p1.lines(110, y, "Diagnoses:\n"
                         "1. {{COPD}} - severe ({{FEV1 38% predicted}}, {{GOLD 3}}), frequent exacerbator\n"
                         "2. {{Chronic type 2 respiratory failure}} - assessed for home NIV\n"
                         "3. {{Cor pulmonale}}\n"
                         "4. Ex-smoker ({{55 pack-years}}), stopped 2021", f, 42)
    y += 30
    y = p1.lines(110, y, "I reviewed Mr [[P|McCaughey]] in the respiratory clinic following his admission\n"
                         "to {{Ward 7B}} in January (repatriated to {{Causeway Hospital}} on 21/01/2023).\n"
                         "He attended with his son [[R|Ciaran]]. He has had no further exacerbations and\n"
                         "his breathlessness is {{MRC dyspnoea scale 4}}. He uses his {{Trimbow}} inhaler\n"
                         "correctly (checked in clinic) and has rescue packs at home.\n\n"
                         "Capillary gas on air: pH 7.37, pCO2 7.1 kPa, pO2 7.4 kPa, bicarbonate 31.\n"
                         "SpO2 89% on air. Overnight oximetry ({{ODI 14}}) with transcutaneous CO2\n"
                         "(peak 8.9 kPa). He therefore meets the {{BTS}} criteria for home NIV.", f, 42)
    p1.text(110, 2240, "Page {{1 of 2}}", F(22, "serif"))
    p2 = Page(*A4PX)
    p2.text(110, 90, "RE: Mr [[P|Francis McCAUGHEY]]   H&C [[N|4412 098 731]]   (continued)", fb)
    y = p2.lines(110, 170, "Plan:\n"
                           "1. Elective admission for NIV set-up (respiratory ward, {{Belfast City Hospital}})\n"
                           "   - provisional date {{20/03/2023}}. IPAP 18 / EPAP 5 to start.\n"
                           "2. Long-term oxygen assessment after NIV established.\n"
                           "3. Pulmonary rehabilitation referral - he declined previously; agreed today.\n"
                           "4. {{Influenza}} and {{pneumococcal}} vaccines up to date; {{COVID-19}} booster due.\n"
                           "5. Review in clinic in 3 months with repeat capillary gas.\n\n"
                           "I have given him the respiratory nurse helpline number. His son asked that\n"
                           "letters also go to him - Mr [[R|Ciaran McCaughey]], [[A|Flat 2, 9 Antrim Road, Belfast]]\n"
                           "- and Mr [[P|McCaughey]] was happy with this.", f, 42)
    y += 60
    y = p2.lines(110, y, "Yours sincerely\n\n\n{{Dr Aoife Brennan}}\nSpecialty Registrar-grade, Respiratory Medicine ({{GMC 7345098}})\n"
                         "for {{Dr Colm Mac Giolla Rí}}, Consultant Respiratory Physician", f, 42)
    y += 50
    p2.lines(110, y, "cc: Mr [[P|F. McCaughey]] (patient)\n      Mr [[R|C. McCaughey]] (son)\n"
                     "      Respiratory Nurse Specialist team ([[C|Sinéad Loughran]])", F(25, "serif"), 38)
    p2.text(110, 2240, "Page {{2 of 2}}", F(22, "serif"))
    i1 = scan(p1, 771, 0.6)
    i2 = scan(p2, 772, -0.9)
    return save_raster("h4-077", "h4-077-clinic-letter-scan.pdf", "clinic_letter_scan", "Dr Aoife Brennan",
                       [(p1, i1), (p2, i2)], "pdf", jpeg_q=55)


@doc
def h4_078():
    f = F(30, "serifi")
    p = Page(*A4PX, bg=(255, 255, 252))
    y = p.lines(1000, 110, "[[A|6 Heaton Grove]]\n[[A|Heaton, Bradford]]\n[[PC|BD9 4DX]]\n[[T|07700 900 574]]", f, 46)
    y = p.lines(110, y + 40, "{{2nd March 2023}}\n\nTo the Patient Advice and Complaints Team,\n"
                             "{{Bradford District Care NHS Foundation Trust}}", f, 46)
    y = p.lines(110, y + 40,
                "I want to complain about what happened to my daughter [[P|Bethany]]\n"
                "on {{Maplebeck Ward}} at {{Lynfield Mount Hospital}}. She was admitted\n"
                "on the 26th February and I rang the ward on the 28th and the 1st of March\n"
                "to tell them she was sending me messages about hurting herself. I spoke to\n"
                "a nurse called [[C|Jordan]] and later to a doctor, Dr [[C|Ashworth-Kane]]. Nobody rang\n"
                "me back. On the 1st they took her off one to one. She is now on the\n"
                "intensive care unit at {{Bradford Royal Infirmary}} and they do not know if\n"
                "she will wake up.\n\n"
                "I want to know who decided to take her off her observations and why my\n"
                "calls were ignored. Her partner [[R|Callum]] also rang and was told it was\n"
                "'confidential'. Her NHS number is [[N|6118 204 579]] if you need it.\n\n"
                "Please write to me at the address above or email me at\n"
                "[[E|karenlockwood71@example.co.uk]]. I do not want a phone call.\n\n"
                "Yours,\n\n"
                "[[R|Karen Lockwood]]  (mum)", f, 52)
    p.text(110, 2150, "[Received {{06/03/2023}} - logged [[REF|C-2023-00188]] - copy for {{Dr Z. Farouk}} portfolio (PFD/complaint evidence)]",
           F(22, "mono"), fill=(60, 60, 120))
    img = scan(p, 78, 1.1, blur=0.9, noise=8)
    return save_raster("h4-078", "h4-078-complaint-letter-scan.png", "complaint_letter_scan", "Dr Zainab Farouk",
                       [(p, img)], "png")


@doc
def h4_079():
    f = F(26, "serif")
    p = Page(*A4PX)
    p.text_center(827, 80, "CORONER'S INVESTIGATION - WITNESS STATEMENT", F(32, "serifb"))
    p.text_center(827, 130, "({{Coroners and Justice Act 2009}}; {{Coroners (Inquests) Rules 2013}} r.23)", F(24, "serif"))
    y = p.lines(110, 200, "HM Senior Coroner for Newcastle upon Tyne - ref [[REF|NT-2024-0331]]\n"
                          "Trust legal services ref: [[REF|NUTH/LS/INQ/24/077]]\n\n"
                          "Deceased: Ms [[P|Rosalind Wren]]   Date of birth: {{19/12/1979}}\n"
                          "Date of death: {{15/03/2024}}   Place: CCCU, {{Freeman Hospital}}\n\n"
                          "Statement of: {{Dr Mei-Ling Zhou}} MBBS FRCA, Specialty Doctor in Anaesthesia\n"
                          "and Critical Care, {{Freeman Hospital}} ({{GMC 7389210}})", f, 42)
    y = p.lines(110, y + 30,
                "1. I make this statement from my contemporaneous notes and the electronic\n"
                "   record (hospital number [[H|FH0903776]], referral [[REF|NECCTS-24-0407]]).\n"
                "2. On 6 March 2024 at 23:05 I took a telephone referral from Dr [[C|Farid Nasseri]],\n"
                "   consultant intensivist at {{James Cook University Hospital}}, for Ms [[P|Wren]], then\n"
                "   aged 44, with severe {{influenza A}} pneumonia and refractory hypoxaemia\n"
                "   (PaO2/FiO2 7.9 kPa on FiO2 1.0, PEEP 14, {{Murray score 3.5}}).\n"
                "3. With my consultant, {{Dr Alasdair Kerr-Whitfield}}, I accepted her for {{VV-ECMO}}.\n"
                "   The retrieval team (Dr [[C|Lucy Ferriby]], perfusionist [[C|Gavin Oyston]]) cannulated\n"
                "   her at James Cook and she arrived on CCCU at 04:10 on 7 March.\n"
                "4. I met her husband, Mr [[R|Matthew Wren]], on arrival and explained ECMO,\n"
                "   its risks (including bleeding and stroke) and that she might not survive.\n"
                "5. On 14 March she developed a large intracerebral haemorrhage (CT 14:20)\n"
                "   while anticoagulated with {{unfractionated heparin}} (anti-Xa 0.31). I was not\n"
                "   on duty on 14-15 March.\n"
                "6. I have no further information. I am willing to attend the inquest.", f, 42)
    y = p.lines(110, y + 40, "Statement of truth: I believe that the facts stated in this statement are true.\n\n"
                             "Signed: {{Dr M-L Zhou}}          Date: {{02/05/2024}}", f, 42)
    p.text(110, 2200, "Coroner's Officer: [[C|Barry Charlton]]   tel [[T|0191 496 0277]]", F(24, "serif"))
    img = scan(p, 79, -0.5, blur=0.7, noise=6)
    return save_raster("h4-079", "h4-079-coroner-statement-scan.tif", "coroner_statement_scan", "Dr Mei-Ling Zhou",
                       [(p, img)], "tiff")


@doc
def h4_080():
    p = Page(*A4PX, bg=(252, 252, 246))
    fh = F(30, "ital")  # 'handwriting'
    p.text(90, 70, "MINI-CLINICAL EVALUATION EXERCISE (Mini-CEX) - paper form", F(34, "bold"))
    p.text(90, 125, "{{Royal College of Emergency Medicine}}   (transcribed to Kaizen later)", F(24))
    rows = [("Doctor's name:", "{{Dr Nikolai Petrov}}"), ("GMC number:", "{{7702219}}"),
            ("Assessor's name:", "{{Dr Kathryn Menzies}}"), ("Assessor's GMC no:", "[[G|4410987]]"),
            ("Assessor's position:", "Consultant in Emergency Medicine, {{Aberdeen Royal Infirmary}}"),
            ("Date:", "{{09/01/2023}}"), ("Setting:", "ED Resus"),
            ("Patient:", "Mr [[P|D. Lindsay]]  CHI [[N|2203589916]]  age 64"),
            ("Clinical problem:", "{{sepsis}} - {{urosepsis}}, {{AKI}}; {{NEWS2 8}}"),
            ("Complexity:", "Low   Moderate   [High]")]
    y = 200
    for lab, val in rows:
        p.text(90, y, lab, F(28, "bold"))
        p.text(480, y - 2, val, fh, fill=(20, 30, 120))
        p.hline(470, 1560, y + 40, 1, (150, 150, 150))
        y += 66
    y += 20
    p.text(90, y, "Please grade the following areas (1 = below, 4 = meets, 6 = above expectations)", F(26)); y += 55
    items = ["History taking", "Physical examination", "Communication skills", "Clinical judgement",
             "Professionalism", "Organisation / efficiency", "Overall clinical care"]
    grades = [5, 5, 6, 5, 6, 4, 5]
    for it, g in zip(items, grades):
        p.text(110, y, it, F(27))
        for k in range(1, 7):
            cx = 820 + (k - 1) * 120
            p.checkbox(cx, y, 32, k == g)
            p.text(cx + 40, y, str(k), F(24))
        y += 58
    y += 30
    p.text(90, y, "Assessor comments:", F(28, "bold")); y += 55
    y = p.lines(110, y, "Excellent prioritisation - fluids + abx within 30 min, catheter, early\n"
                        "senior input. Explained well to daughter ([[R|Fiona]]). Nurse [[C|Mhairi Gow]]\n"
                        "commented on calm leadership. Consider earlier ICU referral (lactate 5.9).", fh, 52)
    y += 30
    p.text(90, y, "Signed (assessor): {{K. Menzies}}        Signed (doctor): {{N. Petrov}}", F(28)); y += 60
    p.text(90, y, "Time taken: observation 20 min, feedback 10 min", F(26))
    img = scan(p, 80, 1.4, blur=1.0, noise=9)
    img = jpeg_roundtrip(img, 62)
    return save_raster("h4-080", "h4-080-minicex-paper-scan.jpg", "wba_form_scan", "Dr Nikolai Petrov",
                       [(p, img)], "jpeg", jpeg_q=64)


@doc
def h4_081():
    f = F(25)
    fb = F(25, "bold")
    p = Page(*A4PX)
    p.d.rectangle((0, 0, A4PX[0], 110), fill=(40, 40, 40))
    p.text(80, 30, "DATIX  -  Incident Report (print view)", F(36, "bold"), fill=(255, 255, 255))
    rows = [("ID", "[[REF|LYP-INC-23-09981]]"), ("Incident date / time", "{{22/10/2023}} {{23:40}}"),
            ("Reported", "{{23/10/2023}} 08:15 by {{Dr Declan O'Sullivan}}"),
            ("Location", "{{Becklin Centre}} - {{Ward 5}} - lounge"),
            ("Category", "Violence & aggression > Patient on patient > Physical assault"),
            ("Severity", "Low harm"),
            ("Person affected 1", "Mr [[P|Ciarán Doherty]] (RiO [[H|0566230]]), detained {{s3}}"),
            ("Person affected 2", "Mr [[P|Kofi Boadu-Mensah]] (RiO [[H|0588417]]), informal"),
            ("Staff involved", "[[C|Dwayne Hollis]] (CN), [[C|Bogdan Radu]] (HCA), [[C|Aisling Kerr]] (RMN)"),
            ("Police", "informed 23:55 - ref [[REF|WY-13/221789/23]], PC [[C|Haworth]] (collar [[O|7712]])")]
    y = 150
    for k, v in rows:
        p.text(80, y, k, fb)
        p.text(560, y, v, f)
        p.hline(80, 1580, y + 40, 1, (190, 190, 190))
        y += 56
    y += 20
    p.text(80, y, "Description", F(28, "bold")); y += 50
    y = p.lines(80, y, "Mr [[P|Boadu-Mensah]] struck Mr [[P|Doherty]] once in the face following an argument over the TV\n"
                       "remote. Staff intervened immediately; no restraint required. Mr [[P|Doherty]]: small laceration\n"
                       "to the left eyebrow (1.5 cm), steri-strips, no LOC, {{GCS 15}}. {{NEWS2 0}}.\n"
                       "Reviewed by duty doctor ({{Dr O'Sullivan}}) at 23:58: no head injury criteria for CT\n"
                       "({{NICE NG232}}). Mr [[P|Boadu-Mensah]] given {{lorazepam 1 mg}} PO (accepted).\n"
                       "Both patients' families informed next morning (Mrs [[R|Patricia Doherty]]; Mr [[P|Boadu-Mensah]]\n"
                       "declined family contact). Mr [[P|Doherty]] wishes to press charges - police attended.", f, 44)
    y += 30
    p.text(80, y, "Actions / lessons", F(28, "bold")); y += 50
    p.lines(80, y, "Separate lounges at night; review of {{Level 2}} observations for Mr [[P|Boadu-Mensah]];\n"
                   "discussed at ward safety huddle {{24/10/2023}}. Handler: [[C|Fiona Metcalfe]] (ward manager).\n\n"
                   "Printed by: [[C|doshea]]  {{30/10/2023}} 14:22                                               Page {{1 of 1}}", f, 44)
    img = scan(p, 81, -1.2, blur=0.8, noise=7)
    return save_raster("h4-081", "h4-081-datix-print-scan.pdf", "incident_report_scan", "Dr Declan O'Sullivan",
                       [(p, img)], "pdf", jpeg_q=58)


@doc
def h4_082():
    f = F(25)
    fb = F(25, "bold")
    p = Page(*A4PX)
    p.text(80, 60, "Gweithdrefnau Diogelu Cymru / Wales Safeguarding Procedures", F(30, "bold"), fill=(160, 0, 40))
    p.text(80, 110, "DUTY TO REPORT - CHILD AT RISK ({{Social Services and Well-being (Wales) Act 2014}}, {{s130}})", F(25, "bold"))
    p.text(80, 150, "Swansea Council Single Point of Contact - ref [[REF|SPOC-2309-44871]]", f)
    boxes = [
        ("Child", "[[P|Osian Cadwaladr]]   DOB {{02/11/2017}} (5 yrs)   M   NHS [[N|531 877 4402]]"),
        ("Address", "[[A|41 Heol Y Nant, Gendros, Swansea]] [[PC|SA5 8DL]]"),
        ("Parents", "[[R|Ffion Cadwaladr]] (mother) [[T|07700 900 688]];  [[R|Gareth Price-Evans]] (father, not resident)"),
        ("School", "[[A|Ysgol Gynradd Gymraeg Bryniago]]   (Year 1)"),
        ("GP", "Dr [[C|Meinir Roberts]], [[A|Cwmfelin Medical Centre]]"),
        ("Referrer", "{{Dr Hywel Rhys-Jones}}, EM middle grade, {{Morriston Hospital}} ED, ext [[T|5822]]"),
    ]
    y = 215
    for k, v in boxes:
        p.rect((80, y, 1580, y + 66), width=1)
        p.text(95, y + 18, k, fb)
        p.text(330, y + 18, v, F(24))
        y += 66
    y += 30
    p.text(80, y, "Nature of concern", F(28, "bold")); y += 50
    y = p.lines(80, y, "Attended ED {{14/09/2023}} 19:20 with mother: {{scald}} to both feet and ankles in a sock\n"
                       "distribution (~4% TBSA, superficial partial thickness), said to have stepped into a hot bath\n"
                       "on his own. Symmetrical, clear tide-marks, sparing of the soles where in contact with the\n"
                       "bath - pattern consistent with forced immersion ({{Cardiff Child Protection}} review features).\n"
                       "Delay of ~5 h. Sibling [[R|Elis]] (2) at home with maternal grandmother Mrs [[R|Eirian Thomas]].\n"
                       "Referred to paediatrics (Dr [[C|Rhiannon Pryce]], on-call consultant) and burns unit\n"
                       "({{Welsh Centre for Burns}}, {{Morriston Hospital}}). Police informed: [[REF|SWP-2309140771]].", f, 44)
    y += 30
    p.text(80, y, "Immediate safety: admitted to {{Ward M}} (paediatrics) - mother agreed. Strategy discussion requested.", f)
    y += 70
    p.text(80, y, "Signed: {{Dr H. Rhys-Jones}}     Date: {{14/09/2023}}     Time: {{21:35}}", F(26))
    y += 60
    p.text(80, y, "Portfolio copy verified: {{Dr Llinos Hughes}}", F(24))
    img = scan(p, 82, 0.9, blur=0.7, noise=7)
    return save_raster("h4-082", "h4-082-safeguarding-referral-scan.png", "safeguarding_referral_scan",
                       "Dr Hywel Rhys-Jones", [(p, img)], "png")


@doc
def h4_083():
    f = F(26)
    fh = F(28, "ital")
    p = Page(*A4PX, bg=(250, 252, 255))
    p.text(80, 60, "SECTION 136 - PLACE OF SAFETY RECORD & ASSESSMENT OUTCOME", F(32, "bold"))
    p.text(80, 110, "{{Mental Health Act 1983}} (as amended by the {{Policing and Crime Act 2017}})   {{Green Parks House}} HBPoS", F(24))
    rows = [("Person detained", "[[P|Daniel OGUNLEYE-HART]]   DOB {{22/05/2004}}   M"),
            ("NHS / RiO", "[[N|7781203345]]  /  RiO [[H|2203577]]"),
            ("Detained by", "PC [[C|Lewandowski]] ([[O|PS 2291]]), Met Police - CAD [[REF|8841/12JAN]]"),
            ("Time of arrival", "{{12/01/2024}} {{23:12}}    Detention period expires: {{13/01/2024}} {{23:12}}"),
            ("Section 12 doctor", "{{Dr Chidinma Okonkwo}} ({{GMC 7290448}})   seen {{23:35}}"),
            ("AMHP", "Mr [[C|Olumide Folarin]] - Bexley AMHP service [[T|020 7946 0381]]"),
            ("Second doctor", "not required"),
            ("Nearest relative", "Mrs [[R|Yetunde Ogunleye]] (mother) - consulted by AMHP"),
            ("Outcome", "informal admission - {{Bluebell Ward}}")]
    y = 170
    for k, v in rows:
        p.text(80, y, k, F(26, "bold"))
        p.text(480, y - 2, v, fh if k in ("Outcome", "Second doctor") else f, fill=(20, 20, 20))
        p.hline(80, 1580, y + 42, 1, (170, 170, 190))
        y += 62
    y += 30
    p.text(80, y, "Assessment summary (s12 doctor):", F(27, "bold")); y += 52
    p.lines(100, y, "19-year-old man found on the parapet of a railway bridge. Two weeks of insomnia,\n"
                    "persecutory ideas about neighbours, cannabis daily. No psychotic symptoms on\n"
                    "assessment; {{PHQ-9 19}}; {{GAD-7 15}}. Suicidal thoughts passive today. Agrees to\n"
                    "admission. Capacity to consent to informal admission: YES.\n"
                    "Risk formulation shared with ward ({{Dr Abimbola Shittu}} informed 09:00).", fh, 50)
    img = scan(p, 83, -1.3, blur=0.9, noise=8)
    img = jpeg_roundtrip(img, 60)
    return save_raster("h4-083", "h4-083-s136-record-scan.jpg", "mha_form_scan", "Dr Chidinma Okonkwo",
                       [(p, img)], "jpeg", jpeg_q=62)


@doc
def h4_084():
    f = F(26, "mono")
    pages = []
    for pg in (1, 2):
        p = Page(1728, 2200)  # fax width, 200 dpi-ish
        p.text(40, 20, "{{12/12/2023}} 16:41   FROM: MRI WARD 45 FAX [[T|0161 496 0455]]   TO: [[T|0161 496 0913]]   P.{{%d/2}}" % pg, F(24, "mono"))
        if pg == 1:
            y = p.lines(90, 120, "{{Manchester Royal Infirmary}} - IMMEDIATE DISCHARGE LETTER\n\n"
                                 "Patient: [[P|ABDULLAHI]], [[P|Halima]]       DOB: {{17/08/1952}}   F\n"
                                 "Hosp No: [[H|MRI-7790218]]   NHS: [[N|559 201 3374]]\n"
                                 "Address: [[A|88 Claremont Road, Moss Side, Manchester]] [[PC|M14 4RX]]\n"
                                 "GP: Dr [[C|S. Osei]], [[A|Alexandra Park Surgery]]\n\n"
                                 "Admitted {{05/12/2023}}   Discharged {{12/12/2023}}   {{Ward 45}}\n"
                                 "Consultant: {{Dr E. Rusk}}\n\n"
                                 "DIAGNOSIS: {{Hyperosmolar hyperglycaemic state}} (HHS)\n"
                                 "  precipitated by {{urinary tract infection}} (E. coli)\n"
                                 "  osmolality 342, glucose 48.2, ketones 0.9, Na 151\n"
                                 "  {{AKI stage 2}} - resolved (creat 214 -> 96)\n\n"
                                 "MEDICATION ON DISCHARGE:\n"
                                 "  {{Humulin I 14 units}} mane (NEW)\n"
                                 "  {{metformin 500 mg BD}} (reduced)\n"
                                 "  {{gliclazide}} STOPPED\n"
                                 "  {{nitrofurantoin 100 mg MR BD}} - 2 more days", f, 44)
        else:
            y = p.lines(90, 120, "[[P|ABDULLAHI]], [[P|Halima]]   [[H|MRI-7790218]]   (cont.)\n\n"
                                 "FOLLOW-UP / ACTIONS FOR GP:\n"
                                 "  1. U&E in 1 week\n"
                                 "  2. District nurse for insulin + CBG (referral sent,\n"
                                 "     DN ref [[REF|DN-MCR-23-88120]])\n"
                                 "  3. Diabetes clinic 6 weeks\n\n"
                                 "Interpreter (Somali) used for discharge discussion.\n"
                                 "Daughter [[R|Amina Abdullahi]] [[T|07700 900 504]] will help with insulin.\n\n"
                                 "Completed by: {{Dr Yusuf Al-Haddad}} ({{GMC 7541176}})\n"
                                 "bleep [[T|8830]]   {{12/12/2023}} 15:58", f, 44)
        img = degrade(p, angle=0.4 if pg == 1 else -0.6, noise=10, blur=0.5, seed=840 + pg, grey=True)
        pages.append((p, img))
    return save_raster("h4-084", "h4-084-fax-discharge.tif", "fax_discharge_summary", "Dr Yusuf Al-Haddad",
                       pages, "tiff", mode="1")


# ---------------------------------------------------------------- 3. digital PDFs with a text layer
@doc
def h4_085():
    fn = "h4-085-discharge-summary.pdf"
    d = PdfDoc(os.path.join(OUT, fn), title="Discharge summary", author="Royal Sussex County Hospital")
    d.rect(0, 0, d.W, 62, fill_gray=0.9, stroke=False)
    d.text(40, 28, "{{University Hospitals Sussex NHS Foundation Trust}}", "DVB", 13)
    d.text(40, 46, "{{Royal Sussex County Hospital}}, [[A|Eastern Road, Brighton]] [[PC|BN2 5BE]]   Switchboard [[T|01632 960 800]]", "DV", 8.5)
    d.text(40, 90, "INPATIENT DISCHARGE SUMMARY", "DVB", 14)
    d.text(360, 90, "Our ref: [[REF|RSCH/AMU/BN2264471/MD]]", "DV", 9)
    y = 115
    for ln in ["Patient: Mr [[P|Reginald CROUCH]]     DOB: {{03/08/1946}} ({{77 y}})     Sex: Male",
               "Hospital number: [[H|BN 226 4471]]     NHS number: [[N|641 209 8837]]",
               "Address: [[A|Basement flat, 51 Egremont Place, Brighton]] [[PC|BN2 0GA]]",
               "GP: Dr [[C|Miriam Achterberg]], [[A|Ardingly Court Surgery]], [[A|1 Ardingly Street, Brighton]] [[PC|BN2 1SS]]",
               "Admitted: {{12/09/2023}} (via ED)     Discharged: {{29/09/2023}}     Ward: {{Level 8A}} then {{Baily Ward}}",
               "Responsible consultant: {{Dr Imogen Sackville-Roy}}     Discharging doctor: {{Dr Marek Dvořák}} ({{GMC 7526634}})"]:
        d.text(40, y, ln, "DV", 9.5)
        y += 15
    y += 10
    d.text(40, y, "Diagnoses", "DVB", 11); y += 16
    for ln in ["1. {{Rhabdomyolysis}} after a long lie (CK peak {{12,450 U/L}})",
               "2. {{Acute kidney injury stage 3}} ({{KDIGO}}) - creatinine 388 -> 112 umol/L",
               "3. {{Pressure ulcer category 3}} (sacrum) - TVN reviewed",
               "4. {{Self-neglect}} / hoarding - safeguarding (Access Point ref [[REF|AP-BH-23-30981]])",
               "5. Malnutrition ({{MUST}} 3), {{refeeding syndrome}} risk - phosphate replaced"]:
        d.text(52, y, ln, "DV", 9.5)
        y += 14.5
    y += 8
    d.text(40, y, "Key results", "DVB", 11); y += 6
    y = table_pdf(d, 40, y, [("Test", 110), ("12/09", 70), ("15/09", 70), ("22/09", 70), ("28/09", 70), ("Units", 70)],
                  [["CK", "12,450", "6,210", "880", "190", "U/L"],
                   ["Creatinine", "388", "301", "164", "112", "umol/L"],
                   ["Potassium", "5.9", "4.8", "4.1", "4.4", "mmol/L"],
                   ["Phosphate", "1.6", "0.41", "0.78", "0.96", "mmol/L"],
                   ["Hb", "{{Hb 132 g/L}}", "118", "114", "116", "g/L"]], size=8.5)
    y += 18
    d.text(40, y, "Medication changes", "DVB", 11); y += 15
    for ln in ["NEW: {{Forceval}} 1 capsule OD; {{thiamine 100 mg TDS}} (10 days); {{Fortisip Compact}} 2/day",
               "STOPPED: {{naproxen}} (AKI)   WITHHELD: {{ramipril 5 mg}} - GP to review when creatinine stable"]:
        d.text(52, y, ln, "DV", 9.5)
        y += 14.5
    y += 8
    d.text(40, y, "Follow-up and actions", "DVB", 11); y += 15
    for ln in ["- U&E and CK at the surgery in 1 week; district nurses for sacral wound (referral sent).",
               "- Multi-agency self-neglect meeting {{10/10/2023}}; social worker [[C|Kemi Adeyemo]] ([[T|01632 960 915]]).",
               "- Neighbour Mrs [[R|Pauline Ashdown]] holds a key and will be contacted by the care agency.",
               "- He declined residential care; capacity for this decision documented ({{Mental Capacity Act 2005}})."]:
        d.text(52, y, ln, "DV", 9.5)
        y += 14.5
    d.line(40, 800, d.W - 40, 800)
    d.text(40, 815, "Electronically signed {{Dr Marek Dvořák}}, Specialty Doctor, Acute Medicine, {{29/09/2023}} 16:20", "DV", 8)
    d.text(480, 815, "Page {{1 of 1}}", "DV", 8)
    return save_pdf_doc("h4-085", fn, "discharge_summary_pdf", "Dr Marek Dvořák", d)


@doc
def h4_086():
    fn = "h4-086-eip-caseload.pdf"
    d = PdfDoc(os.path.join(OUT, fn), pagesize=landscape(A4), title="EIP caseload")
    d.text(36, 34, "Early Intervention in Psychosis (Bradford South) - medical caseload    review date {{12/02/2024}}", "DVB", 12)
    d.text(36, 52, "Prepared by {{Dr Zainab Farouk}} (Specialty Doctor) for the consultant caseload review with {{Dr Helen Greenhalgh}}", "DV", 9)
    rows = [
        ["[[P|TH]]", "[[H|1187734]]", "20 M", "{{F20.0}}", "{{aripiprazole 15 mg}}", "{{PSYRATS}} 14 (27)", "[[C|N. Bibi]]", "A - cannabis"],
        ["[[P|AK]]", "[[H|1190021]]", "24 F", "F23.1", "nil (declined)", "-", "[[C|J. Pollard]]", "R - disengaging"],
        ["[[P|MR]]", "[[H|1176655]]", "31 M", "F20.0", "{{paliperidone LAI 75 mg}} monthly", "PANSS 62", "[[C|N. Bibi]]", "G"],
        ["[[P|SN]]", "[[H|1201948]]", "18 F", "F29", "{{risperidone 2 mg}}", "-", "[[C|L. Amponsah]]", "A - school exams"],
        ["[[P|JW]]", "[[H|1163307]]", "27 M", "F25.1", "{{lithium 800 mg}} + {{olanzapine 10 mg}}", "Li 0.68", "[[C|J. Pollard]]", "G"],
        ["[[P|FH]]", "[[H|1199512]]", "22 F", "F20.0", "{{clozapine 300 mg}} (titrating)", "ANC 3.1", "[[C|N. Bibi]]", "A - constipation"],
        ["[[P|RB-K]]", "[[H|1182460]]", "35 M", "F20.0", "{{aripiprazole 400 mg LAI}}", "{{HoNOS 11}}", "[[C|L. Amponsah]]", "G"],
        ["[[P|YA]]", "[[H|1204117]]", "19 M", "F23.0", "{{quetiapine 300 mg}}", "-", "[[C|J. Pollard]]", "R - forensic hx"],
    ]
    y = table_pdf(d, 36, 70, [("Pt", 44), ("", 62), ("Age/Sex", 50), ("ICD-10", 48), ("Antipsychotic", 190),
                              ("Measure (prev)", 92), ("Care co.", 76), ("RAG / issue", 200)], rows, size=8.6)
    y += 24
    for ln in ["Notes:",
               "[[P|TH]] - father ([[R|Stephen]]) worried about debts; carers' assessment offered. Physical health: {{Lester tool}} complete.",
               "[[P|AK]] - 3 missed appointments; last seen at home by [[C|J. Pollard]] {{01/02/2024}}. Discuss assertive outreach.",
               "[[P|FH]] - clozapine titration day 18 ({{Zaponex}} registered), constipation - {{docusate}} + {{senna}} started.",
               "[[P|YA]] - referred by {{Bradford Royal Infirmary}} liaison; index offence 2022; MAPPA level 1 (police contact DS [[C|Ahmed]]).",
               "Caseload: 42 (8 above for medical review).  Physical health monitoring compliance: 38/42 (90%)."]:
        d.text(36, y, ln, "DV", 9)
        y += 14
    d.text(36, 570, "{{Bradford District Care NHS Foundation Trust}} - CONFIDENTIAL - page {{1 of 1}}", "DV", 8)
    return save_pdf_doc("h4-086", fn, "caseload_list_pdf", "Dr Zainab Farouk", d)


@doc
def h4_087():
    fn = "h4-087-obstetric-ga-audit.pdf"
    d = PdfDoc(os.path.join(OUT, fn), title="Obstetric GA audit")
    d.text(40, 50, "Audit: General anaesthesia for caesarean section and decision-to-delivery interval", "DVB", 12.5)
    d.text(40, 68, "{{Bradford Royal Infirmary}} Delivery Suite   {{01/01/2022}} - {{30/06/2022}}   Audit reg. [[REF|BTHFT-AUD-2022-041]]", "DV", 9)
    d.text(40, 82, "Lead: {{Dr Irfan Chaudhry}} (AS, {{GMC 7123890}})   Data: Dr [[C|Zofia Grabowska]] (CT2)", "DV", 8.5)
    d.text(40, 94, "Supervisor: {{Dr Sarah-Jane Pickersgill}}, Clinical Director", "DV", 8.5)
    y = 116
    d.text(40, y, "Standards", "DVB", 11); y += 15
    for ln in ["1. GA rate for caesarean section < 8% (elective) and < 15% (emergency) ({{RCoA GPAS 2023}}, chapter 9).",
               "2. Category 1 decision-to-delivery interval (DDI) <= 30 min in >= 90% ({{NICE NG192}}).",
               "3. Reason for GA documented in 100%."]:
        d.text(48, y, ln, "DV", 9); y += 13.5
    y += 6
    d.text(40, y, "Data extract - all GA sections (n = 23 of {{n=412}} sections; 5.6%)", "DVB", 11); y += 6
    rows = [["[[H|BRI-4401873]]", "1", "cord prolapse", "27", "failed spinal x3", "Y"],
            ["[[H|BRI-4412208]]", "1", "{{placental abruption}}", "22", "maternal choice/time", "Y"],
            ["[[H|BRI-4418890]]", "2", "failure to progress", "-", "inadequate epidural top-up", "Y"],
            ["[[H|BRI-4420145]]", "1", "fetal bradycardia", "19", "time", "Y"],
            ["[[H|BRI-4431176]]", "1", "uterine rupture", "24", "haemodynamic instability", "Y"],
            ["[[H|BRI-4447302]]", "1", "fetal bradycardia", "35", "time", "N"],
            ["[[H|BRI-4458811]]", "2", "{{pre-eclampsia}}, plts 62", "-", "{{thrombocytopenia}}", "Y"],
            ["[[H|BRI-4471290]]", "1", "cord prolapse", "41", "failed spinal, delay (Datix)", "Y"],
            ["[[H|BRI-4479913]]", "1", "APH - {{placenta praevia}}", "18", "haemorrhage", "Y"]]
    y = table_pdf(d, 40, y, [("Hosp no", 90), ("Cat", 30), ("Indication", 140), ("DDI (min)", 58), ("Reason for GA", 150),
                             ("Documented", 62)], rows, size=8.3)
    y += 6
    d.text(40, y, "(first 9 of 23 rows shown; complete data held by the audit department)", "DVI", 8)
    d.text(40, 815, "Audit - {{Dr I. Chaudhry}} - page {{1 of 2}}", "DV", 8)
    d.new_page()
    y = 50
    d.text(40, y, "Results", "DVB", 11); y += 15
    for ln in ["GA rate: elective 1.9% (3/160) - met; emergency 7.9% (20/252) - met.",
               "Category 1 DDI <= 30 min: 14/16 ({{87.5%}}) - not met (target 90%). Both breaches reviewed:",
               "  - 41 min: delayed spinal attempts by a locum, no early call for help (case also reported, [[REF|DW-45512]]).",
               "  - 35 min: theatre occupied ({{Theatre 2}}), second team called from home (Dr [[C|Oyelaran-Bassey]]).",
               "Reason for GA documented 22/23 (96%).",
               "Airway: 23/23 {{videolaryngoscope}} first attempt; 1 grade 3 view; no {{CICO}}; no awareness reported (cf. {{NAP5}}).",
               "Sugammadex used in 21/23 ({{sugammadex 2-4 mg/kg}})."]:
        d.text(48, y, ln, "DV", 9); y += 13.5
    y += 10
    d.text(40, y, "Actions", "DVB", 11); y += 15
    for ln in ["1. 'Call for help after one failed spinal in Cat 1' - added to the locum induction pack.",
               "2. Second obstetric theatre team escalation card ({{OAA/AAGBI}} guideline, 2019).",
               "3. Re-audit Jan-Jun 2023 (completed by {{Dr Chaudhry}}: DDI compliance 94%)."]:
        d.text(48, y, ln, "DV", 9); y += 13.5
    y += 10
    d.text(40, y, "References", "DVB", 11); y += 15
    for ln in ["1. Royal College of Anaesthetists. GPAS 2023, chapter 9, {{p. 14}}.",
               "2. NICE NG192 Caesarean birth (2021), section 1.6.",
               "3. Fifth National Audit Project (NAP5), 2014."]:
        d.text(48, y, ln, "DV", 9); y += 13.5
    y += 14
    d.text(40, y, "Presented at the Anaesthesia audit meeting {{14/09/2022}}; contact for queries: [[E|irfan.chaudhry@bthft.example.nhs.uk]] (author).", "DV", 8.5)
    d.text(40, 815, "Audit - {{Dr I. Chaudhry}} - page {{2 of 2}}", "DV", 8)
    return save_pdf_doc("h4-087", fn, "audit_report_pdf", "Dr Irfan Chaudhry", d)


@doc
def h4_088():
    fn = "h4-088-ed-rota.pdf"
    d = PdfDoc(os.path.join(OUT, fn), pagesize=landscape(A4), title="ED rota")
    d.text(36, 34, "{{Royal Cornwall Hospital}} ED - Senior decision-maker rota - {{July 2023}} (week 1)", "DVB", 12)
    d.text(36, 50, "Compiled by {{Dr Rachel Bishop}} (rota lead, associate specialist) - v2 {{19/06/2023}}. Shift codes: E 08-17, M 12-22, L 16-01, N 22-08.", "DV", 8.5)
    days = ["Sat 01", "Sun 02", "Mon 03", "Tue 04", "Wed 05", "Thu 06", "Fri 07"]
    cols = [("Name", 150), ("Grade", 60)] + [(dd, 58) for dd in days] + [("Hrs", 40), ("Mobile", 100)]
    rows = [["{{Bishop, Rachel}}", "AS", "E", "E", "-", "M", "M", "-", "SPA", "{{37.5}}", "-"],
            ["[[C|Hendra, Tom]]", "Cons", "-", "-", "E", "E", "E", "E", "-", "40", "-"],
            ["[[C|Trevithick, Jenna]]", "ST6", "N", "N", "N", "-", "-", "L", "L", "47", "[[T|07700 900 702]]"],
            ["[[C|Rowe, Kerensa]]", "ACP", "M", "M", "L", "L", "-", "-", "E", "45", "[[T|07700 900 713]]"],
            ["[[C|Opoku-Agyeman, Kwesi]]", "SD", "L", "L", "-", "N", "N", "N", "-", "50", "[[T|07700 900 724]]"],
            ["[[C|Nancarrow, Demelza]]", "ST4", "-", "-", "M", "-", "L", "M", "M", "45", "[[T|07700 900 735]]"],
            ["[[C|Wójcik, Piotr]]", "LAS", "E", "-", "-", "E", "-", "E", "N", "41", "[[T|07700 900 746]]"],
            ["[[C|Curnow, Lowenna]]", "Cons", "-", "E", "-", "-", "E", "-", "E", "30", "-"]]
    y = table_pdf(d, 36, 66, cols, rows, size=8.6, row_h=17)
    y += 20
    for ln in ["Gaps: Wed 05 N (bank request [[REF|BR-RCHT-230705-N]]); Sat 01 M covered by {{Dr Bishop}} (extra, TOIL agreed).",
               "Resus lead bleep [[T|3102]]; ED consultant on-call via switchboard. Escalation: site manager bleep [[T|3000]].",
               "{{RCEM}} recommended minimum: 1 senior decision-maker 24/7 - met except Wed 05 22:00-08:00 (locum sought).",
               "Rota approved by {{Dr Tom Hendra}}, Clinical Lead (verifies {{Dr Bishop}}'s rota-coordination role)."]:
        d.text(36, y, ln, "DV", 9)
        y += 14
    d.text(36, 570, "{{Royal Cornwall Hospitals NHS Trust}} - page {{1 of 1}}", "DV", 8)
    return save_pdf_doc("h4-088", fn, "rota_pdf", "Dr Rachel Bishop", d)


@doc
def h4_089():
    fn = "h4-089-eportfolio-export.pdf"
    d = PdfDoc(os.path.join(OUT, fn), title="ePortfolio export")
    forms = [
        ("Case-based Discussion (CbD)", [
            ("Doctor", "{{Dr Adaeze Nwachukwu}}   GMC {{7478215}}"),
            ("Assessor", "{{Dr Peter Jameson-Oyelaran}}, Consultant Geriatrician   GMC [[G|3102284]]"),
            ("Date / setting", "{{04/10/2023}} - {{Ward 304}}, {{Queen Elizabeth Hospital Birmingham}}"),
            ("Curriculum", "{{Geriatric Medicine CiP 2}}; {{GIM CiP 5}}"),
            ("Case", "87F with delirium + {{hospital-acquired pneumonia}}, {{Parkinson's disease}} ({{co-careldopa 25/100}} QDS)."),
            ("", "Missed doses 24-25/09 (Datix [[REF|IR-2023-55418]]). Family ([[R|Rajesh]], son) raised concern via PALS."),
            ("", "Patient ref (for my records only): [[H|Q1123987]]"),
            ("Discussion", "time-critical medication; NG/dispersible alternatives ({{co-beneldopa dispersible}}); {{rotigotine patch}}"),
            ("", "conversion when NBM; delirium management ({{4AT}} 7 -> 2); ceiling of care / {{ReSPECT}}."),
            ("Outcome", "Meets expectations for completion of training. Excellent family communication."),
        ]),
        ("Mini-CEX", [
            ("Doctor", "{{Dr Adaeze Nwachukwu}}"),
            ("Assessor", "{{Dr Simeon Okafor-Bright}} (StR, ST5) - GMC [[G|7299031]]"),
            ("Date / setting", "{{16/11/2023}} - Falls & Syncope Clinic"),
            ("Case", "Mrs [[P|Parmar]] - orthostatic hypotension, lying/standing BP, {{Timed Up and Go}} 19 s."),
            ("", "Gujarati interpreter (LanguageLine ID [[O|281944]]) used throughout."),
            ("Feedback", "Very structured falls assessment; safe deprescribing (doxazosin stopped)."),
            ("", "Note: assessor is a trainee - form countersigned by {{Dr Peter Jameson-Oyelaran}}."),
        ]),
        ("DOPS - Lumbar puncture", [
            ("Doctor", "{{Dr Adaeze Nwachukwu}}"),
            ("Assessor", "{{Dr Hannah Ferreira-Lowe}}, Consultant Neurologist   GMC [[G|4420913]]"),
            ("Date / setting", "{{08/01/2024}} - {{Ward 304}} side room 2"),
            ("Case", "79M, ?encephalitis (GCS 13, fever). Hosp no [[H|Q1190284]]. INR 1.1, plts 210."),
            ("Procedure", "L3/4, 22G atraumatic needle, opening pressure {{18 cmH2O}}; CSF sent for {{HSV PCR}}."),
            ("Domains", "consent 4, asepsis 4, technique 4, post-procedure 4, communication with wife (Mrs [[R|Iqbal]]) 4"),
            ("Outcome", "Competent to perform unsupervised."),
        ]),
    ]
    for i, (title, rows) in enumerate(forms):
        if i:
            d.new_page()
        d.rect(0, 0, d.W, 44, fill_gray=0.2, stroke=False)
        d.c.setFillGray(1)
        d.text(36, 28, "Kaizen ePortfolio - export", "DVB", 12, color=(1, 1, 1))
        d.text(330, 28, "exported {{19/02/2024}} 21:04 by {{anwachukwu}}", "DV", 8.5, color=(1, 1, 1))
        d.text(36, 80, title, "DVB", 14)
        y = 104
        for k, v in rows:
            if k:
                d.text(36, y, k, "DVB", 9.2)
            d.text(130, y, v, "DV", 8.6)
            y += 16
        y += 10
        d.text(36, y, "Signed by assessor (electronic) - status COMPLETE", "DVI", 8.5)
        d.line(36, 790, d.W - 36, 790)
        d.text(36, 806, "[[U|https://kaizenep.example.com/users/a9f3-22d1/timeline]]", "DV", 7.5)
        d.text(500, 806, "Page {{%d of 3}}" % (i + 1), "DV", 8)
    return save_pdf_doc("h4-089", fn, "eportfolio_export_pdf", "Dr Adaeze Nwachukwu", d)


@doc
def h4_090():
    fn = "h4-090-after-action-review.pdf"
    d = PdfDoc(os.path.join(OUT, fn), title="After Action Review")
    d.text(40, 50, "AFTER ACTION REVIEW (PSIRF) - delayed recognition of sepsis in the ED waiting room", "DVB", 10.5)
    d.text(40, 68, "{{Shrewsbury and Telford Hospital NHS Trust}} - {{Royal Shrewsbury Hospital}}", "DV", 9)
    d.text(40, 82, "LFPSE ref [[REF|5C1D-7A22-90EE]]   Datix [[REF|W-SaTH-118204]]   StEIS: not reported (PSIRF local response)", "DV", 9)
    d.text(40, 96, "Facilitator: {{Dr Sunday Afolabi}} (ED specialty doctor; trained AAR facilitator)   Date of AAR: {{21/11/2023}}", "DV", 9)
    y = 122
    d.text(40, y, "Patient", "DVB", 11); y += 15
    d.text(48, y, "[[P|Kayleigh Marsh-Oduya]], 23F, ED no [[H|SRH23-0118822]], NHS [[N|4481207756]], DOB {{09/06/2000}}", "DV", 9); y += 14
    d.text(48, y, "Mother: Mrs [[R|Joanne Marsh]] ([[T|07700 900 817]]) - attended the family meeting {{24/11/2023}}.", "DV", 9); y += 20
    d.text(40, y, "Timeline (from Symphony, Nerve Centre and CCTV-free interviews)", "DVB", 11); y += 6
    rows = [["{{14:02}}", "Arrives self-presenting; streamed to waiting room", "[[C|Zara Whitfield]] (streaming RN)"],
            ["{{14:20}}", "Triage: {{MTS}} yellow; obs HR 118, RR 24, temp 38.9; {{NEWS2 5}}", "[[C|Callum Roper]] (triage RN)"],
            ["{{15:45}}", "Repeat obs not done (waiting room 61 patients)", "-"],
            ["{{17:10}}", "Collapses in waiting room; {{NEWS2 11}}, BP 78/40", "HCA [[C|Abi Fenton]]"],
            ["{{17:14}}", "Resus; {{sepsis six}} commenced; lactate 6.8", "{{Dr Afolabi}} / Dr [[C|Patel]]"],
            ["{{17:31}}", "First antibiotics ({{meropenem 1 g}})", "{{Dr Afolabi}}"],
            ["{{18:40}}", "ICU admission; {{noradrenaline}}; source: {{pyelonephritis}}", "Dr [[C|Lindqvist]] (ICU)"]]
    y = table_pdf(d, 40, y, [("Time", 45), ("Event", 330), ("Staff", 140)], rows, size=8.4)
    y += 16
    d.text(40, y, "What was expected / what happened / why", "DVB", 11); y += 15
    for ln in ["Expected: repeat observations within 60 min for NEWS2 >= 5 in the waiting room (Trust SOP ED-014).",
               "Happened: no repeat obs for 2 h 50 min; one RN for 61 patients; sepsis screen not triggered at triage.",
               "Why: crowding (exit block, 38 patients awaiting beds), e-obs not available in the waiting room,",
               "streaming RN redeployed to corridor care at 15:00."]:
        d.text(48, y, ln, "DV", 9); y += 13.5
    d.text(40, 815, "AAR - {{Dr S. Afolabi}} - page {{1 of 2}}", "DV", 8)
    d.new_page()
    y = 50
    d.text(40, y, "Learning and actions", "DVB", 11); y += 15
    for ln in ["1. Waiting-room NEWS2 huddle every 60 min - owner: ED matron [[C|Lorraine Beddoes]].",
               "2. Sepsis screen prompt at triage for temp >= 38 and HR >= 110 - IT change request [[REF|CR-ED-2311-07]].",
               "3. Teaching: 'the deteriorating patient in the waiting room' (delivered by {{Dr Afolabi}}, 12/2023).",
               "4. Family informed of the AAR findings under the {{Duty of Candour}} (letter sent {{28/11/2023}})."]:
        d.text(48, y, ln, "DV", 9); y += 13.5
    y += 10
    d.text(40, y, "Outcome for the patient: discharged home day 9; {{AKI}} resolved; follow-up in renal clinic.", "DV", 9); y += 24
    d.text(40, y, "Attendees: {{Dr Sunday Afolabi}} (facilitator), [[C|Zara Whitfield]], [[C|Callum Roper]], Dr [[C|Patel]],", "DV", 9); y += 13.5
    d.text(40, y, "[[C|Lorraine Beddoes]], patient safety partner Mr [[C|Geoff Alderley]].", "DV", 9); y += 24
    d.text(40, y, "Report verified for CESR by {{Dr Helen Oyelowo-Barnes}}, ED Clinical Director, {{05/12/2023}}.", "DV", 9)
    d.text(40, 815, "AAR - {{Dr S. Afolabi}} - page {{2 of 2}}", "DV", 8)
    return save_pdf_doc("h4-090", fn, "investigation_report_pdf", "Dr Sunday Afolabi", d)


# ---------------------------------------------------------------- 4. Word documents
def docx_header_footer(dd, header_lines, footer_lines):
    sec = dd.doc.sections[0]
    for i, ln in enumerate(header_lines):
        p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
        dd.runs(p, ln, bold=(i == 0), size=9)
    for i, ln in enumerate(footer_lines):
        p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
        dd.runs(p, ln, size=8)


@doc
def h4_091():
    dd = DocxDoc()
    docx_header_footer(dd, ["{{University Hospitals of North Midlands NHS Trust}} - {{Royal Stoke University Hospital}} Emergency Department",
                            "Our ref: [[REF|UHNM/ED/HALO/2023-10]]   Contact: ED governance [[T|01632 960 610]]"],
                       ["Prepared by {{Dr Oluwaseun Adebayo-Williams}} ({{GMC 7234518}}) - CONFIDENTIAL - contains patient data, do not forward",
                        "ED ambulance handover log - October 2023"])
    dd.heading("Ambulance handover delays > 60 minutes - October 2023 (extract)", 1)
    dd.para("Purpose: monthly report to the ED governance meeting and {{West Midlands Ambulance Service}} (WMAS) liaison. "
            "Standard: handover within 15 minutes, never > 60 minutes ({{NHS England}} / {{AACE}} 2023).")
    dd.table(["Date", "Patient ref", "CAD no.", "Arrival", "Handover", "Delay (min)", "Category", "Outcome"],
             [["{{02/10/2023}}", "[[H|M2231004]]", "[[REF|WM-20231002-0917]]", "{{18:04}}", "{{19:31}}", "87", "{{Cat 2}}", "admitted - AMU"],
              ["{{05/10/2023}}", "[[H|M2231388]]", "[[REF|WM-20231005-1144]]", "{{20:40}}", "{{22:15}}", "95", "Cat 3", "discharged"],
              ["{{09/10/2023}}", "[[H|M2232017]]", "[[REF|WM-20231009-0210]]", "{{02:55}}", "{{04:12}}", "77", "Cat 1", "admitted - ICU"],
              ["{{14/10/2023}}", "[[H|M2240996]]", "[[REF|WM-20231014-0212]]", "{{03:05}}", "{{03:09}}", "4", "Cat 1", "resus (pre-alert) - see note"],
              ["{{18/10/2023}}", "[[H|M2241530]]", "[[REF|WM-20231018-1630]]", "{{17:12}}", "{{19:02}}", "110", "Cat 2", "admitted - frailty"],
              ["{{23/10/2023}}", "[[H|M2242281]]", "[[REF|WM-20231023-0733]]", "{{09:48}}", "{{11:05}}", "77", "Cat 3", "admitted - surgery"],
              ["{{29/10/2023}}", "[[H|M2243109]]", "[[REF|WM-20231029-2208]]", "{{23:30}}", "{{01:14}}", "104", "Cat 2", "died in dept (Datix [[REF|W-208815]])"]])
    dd.para("")
    dd.para("Notes", bold=True)
    dd.para("Row 4 is included as a comparator (pre-alerted resus, handed over in 4 min). The patient in row 7 (Mr [[P|Harold Tunnicliffe]], "
            "89) waited 104 minutes in the ambulance; crew [[C|Shane Bloor]] and [[C|Priya Nandra]] escalated to the Hospital Ambulance "
            "Liaison Officer ([[C|Gary Podmore]]). Case reviewed at M&M; family ([[R|Lynne Tunnicliffe]], daughter) informed by "
            "the ED consultant, Dr [[C|Rahul Deshpande]].")
    dd.para("Totals: 7 delays > 60 min (from 1,912 ambulance arrivals); median handover 24 min; 3 corridor-care escalations.")
    dd.para("Verified: {{Dr Sarah Whitcombe}}, ED Consultant and Clinical Supervisor.")
    return dd.save("h4-091", "h4-091-handover-delay-log.docx", "incident_log_docx", "Dr Oluwaseun Adebayo-Williams")


@doc
def h4_092():
    dd = DocxDoc()
    docx_header_footer(dd, ["{{University Hospitals of Derby and Burton NHS Foundation Trust}}",
                            "Patient Experience Team, {{Royal Derby Hospital}}, [[A|Uttoxeter Road, Derby]] [[PC|DE22 3NE]]",
                            "Our ref: [[REF|UHDB/COMP/24/0192]]      Your ref: [[REF|PL/May24]]      Tel: [[T|01632 960 622]]"],
                       ["Registered office: {{Royal Derby Hospital}}.  Page numbering in footer.", "COMP-RESP v3"])
    dd.para("{{28 June 2024}}")
    dd.para("PRIVATE AND CONFIDENTIAL\nMs [[P|Paige Loveridge]]\n[[A|22 Cherry Tree Close, Mickleover, Derby]] [[PC|DE3 0QS]]")
    dd.para("Dear Ms [[P|Loveridge]]")
    dd.para("Complaint reference [[REF|UHDB/COMP/24/0192]] - your operation on {{3 April 2024}}", bold=True)
    dd.para("Thank you for your letter of 2 May 2024 in which you describe being aware of noises and of someone pulling at your abdomen during "
            "your laparoscopic appendicectomy, and of being unable to move or speak. I am very sorry that you had this frightening experience. "
            "Your complaint has been investigated by {{Dr Tomasz Wiśniewski}}, Associate Specialist Anaesthetist, who was not involved in your care, "
            "with the Clinical Director for Anaesthesia, Dr [[C|Harriet Quennell]].")
    dd.para("What happened", bold=True)
    dd.para("Your anaesthetic was given by Dr [[C|Ayodele Bankole]] (CT2), supervised by Dr [[C|Hannelore Fisch]] (consultant). The anaesthetic record "
            "shows that the {{sevoflurane}} vaporiser was refilled at 21:42, and that for about four minutes the end-tidal agent concentration "
            "was below 0.5 MAC while you had received {{rocuronium 50 mg}}. Processed EEG ({{BIS}}) monitoring was not used. This is consistent with "
            "accidental awareness, which the {{Fifth National Audit Project}} ({{NAP5}}) found to be most common at exactly these times.")
    dd.para("What we have changed", bold=True)
    for ln in ["Depth-of-anaesthesia monitoring is now used for all patients given a neuromuscular blocking drug with TIVA or during vaporiser refills.",
               "The case (without your name) has been discussed at the departmental morbidity meeting and at {{Theatre 5}} team brief training.",
               "An incident report has been completed (Datix [[REF|DW-2024-66107]]); Dr [[C|Bankole]] has reflected on the event with his supervisor."]:
        dd.para(ln, style="List Bullet")
    dd.para("You asked to speak to someone about the psychological effects. We have referred you to the NAP5 awareness support pathway and "
            "the clinical psychology service (referral [[REF|PSY-UHDB-24-3318]]). Your partner, Mr [[R|Jordan Eley]], is welcome to attend.")
    dd.para("If you are not satisfied with this response you may contact the {{Parliamentary and Health Service Ombudsman}}.")
    dd.para("Yours sincerely\n\n[[C|Gavin Threlfall-Hope]]\nChief Executive")
    dd.para("Included in the CESR portfolio of {{Dr Tomasz Wiśniewski}} ({{GMC 7612984}}) as evidence of complaint investigation. "
            "Verified by {{Dr Marcus Ellery-Boateng}}.")
    return dd.save("h4-092", "h4-092-complaint-response.docx", "complaint_response_docx", "Dr Tomasz Wiśniewski")


@doc
def h4_093():
    dd = DocxDoc()
    docx_header_footer(dd, ["{{Ipswich Hospital}} - {{Stour Ward}} (respiratory / general medicine) - evening handover {{14/11/2023}} 20:00"],
                       ["CONFIDENTIAL - shred after use - printed by {{Dr E. Kowalczyk}}", "Handover template v4"])
    dd.para("Handing over: {{Dr Ewa Kowalczyk}} (registrar-grade)  ->  night med reg Dr [[C|Tobiasz Lewandowski-Hale]], night F1 Dr [[C|Imani Sowerby]]")
    dd.table(["Bed", "Name", "Hosp no", "Age", "Issues", "Jobs / escalation"],
             [["1", "[[P|CARTWRIGHT]], [[P|Ivy]]", "[[H|D1140876]]", "92", "HAP day 3, {{NEWS2 3}}, DNACPR", "ward-based ceiling; family aware"],
              ["4", "[[P|BALOGUN]], [[P|Tunde]]", "[[H|D1132209]]", "58", "PE, {{apixaban 10 mg BD}} day 5", "none"],
              ["7", "[[P|KOWALEWSKI]], [[P|Stanisław]]", "[[H|D0887412]]", "73", "readmission? AF fast 130s", "ECG, K+ Mg2+, consider {{digoxin 500 mcg}} load"],
              ["9", "[[P|FROST]], [[P|April]]", "[[H|D1141552]]", "34", "{{asthma}} - {{PEFR}} 60%", "4-hourly PEFR; if < 50% call ICU (bleep [[T|6601]])"],
              ["12", "[[P|MENSAH-HOLT]], [[P|Kwabena]]", "[[H|D1123908]]", "81", "{{hyponatraemia}} Na 122", "repeat Na 22:00 - not > 8 mmol/L in 24 h"],
              ["14", "[[P|WREN]], [[P|Harold]]", "[[H|D1138764]]", "77", "{{COPD}}, {{NIV}} weaning", "ABG 23:00; {{target SpO2 88-92%}}"]])
    dd.para("")
    dd.para("Family calls expected: bed 1 granddaughter [[R|Skye Cartwright]] ([[T|07700 900 361]]); bed 12 wife ([[R|Dorothy]]).")
    dd.para("Sick patients elsewhere: outlier on {{Brantham Ward}} bed 3 ([[H|D1142011]]) - {{GI bleed}}, {{Glasgow-Blatchford 9}}, OGD booked 09:00.")
    return dd.save("h4-093", "h4-093-ward-handover.docx", "handover_sheet_docx", "Dr Ewa Kowalczyk")


@doc
def h4_094():
    dd = DocxDoc()
    docx_header_footer(dd, ["Anaesthetic logbook - {{Dr Gwenllian Price}} ({{GMC 6874420}}) - {{University Hospital of Wales}}"],
                       ["Exported from LLP and edited in Word {{12/03/2024}} - page numbers added on print"])
    dd.heading("Logbook summary: emergency laparotomies (NELA) 2023", 2)
    dd.table(["Date", "ID", "Age/Sex", "ASA", "Procedure", "NELA risk", "Supervision", "Notes"],
             [["{{11/01/2023}}", "[[H|A0334120]]", "81 F", "{{ASA 4E}}", "Hartmann's", "{{18.2%}}", "independent", "ICU post-op"],
              ["{{02/03/2023}}", "[[H|A0398776]]", "64 M", "3E", "small bowel resection", "7.9%", "independent", "-"],
              ["{{19/05/2023}}", "[[H|A0412203]]", "45 F", "2E", "adhesiolysis", "2.1%", "independent", "-"],
              ["{{27/07/2023}}", "[[H|A0447719]]", "90 M", "4E", "laparotomy - ischaemic bowel", "41.0%", "local (cons present)", "palliated; family Mrs [[R|Hopkins]] present"],
              ["{{03/10/2023}}", "[[H|A0469012]]", "72 F", "3E", "perforated DU repair", "12.6%", "independent", "-"],
              ["{{04/02/2024}}", "[[H|A0398821]]", "77 F", "4E", "Hartmann's (see coroner statement)", "24.6%", "independent", "died day 5"]])
    dd.para("")
    dd.para("Totals: 6 cases shown (of 38 in 2023-24); 34/38 with consultant anaesthetist present pre-op per NELA standard; "
            "median {{P-POSSUM}} predicted mortality 9.1%. Row 6 patient Mrs [[P|E. Pritchard]] - reflective note in section 7.")
    dd.para("Supervisor sign-off: {{Dr Bethan Carys Morgan}}, Clinical Lead.")
    return dd.save("h4-094", "h4-094-logbook.docx", "logbook_docx", "Dr Gwenllian Price")


@doc
def h4_095():
    dd = DocxDoc()
    docx_header_footer(dd, ["Reflective practice - {{Dr Priyanka Raghunathan}} - CESR ({{General Internal Medicine}})"],
                       ["{{Dr P. Raghunathan}} | {{GMC 7456023}} | reflection 9 of 22"])
    dd.heading("Reflection: a patient who wanted to go home against advice", 1)
    dd.para("Date of event: {{22/02/2024}}    Setting: {{AMU}}, {{Leicester Royal Infirmary}}    Written: {{01/03/2024}}")
    dd.para("What happened", bold=True)
    dd.para("A 55-year-old man ('patient X' here; his notes are under [[H|S0019287]]) was admitted with an upper GI bleed, "
            "{{Glasgow-Blatchford 12}}, {{Hb 71 g/L}}. After two units of blood and before his OGD he asked to self-discharge because his "
            "wife ([[R|Gurpreet]]) had been taken ill at home. His son, [[R|Manveer Singh-Bains]], rang the ward from work "
            "([[T|0116 496 0874]]) asking us to 'keep him there'.")
    dd.para("I assessed his capacity under the {{Mental Capacity Act 2005}}: he understood the risk of re-bleeding and death, retained "
            "and weighed the information, and communicated a clear decision. I discussed with the gastroenterology registrar (Dr [[C|Olamide Fashola]]) "
            "who agreed to an urgent 'next list' OGD at 08:30 the next day if he returned.")
    dd.para("What I did", bold=True)
    dd.para("Negotiated a compromise: the ward sister (Sister [[C|Dipti Chauhan]]) arranged for a neighbour (Mr [[R|Baljit Sandhu]]) to sit with "
            "his wife; he stayed. OGD showed a 12 mm DU with a visible vessel, treated with adrenaline and clips. He was discharged on day 4 "
            "on {{omeprazole 40 mg BD}} with {{H. pylori}} eradication.")
    dd.para("What I learned", bold=True)
    dd.para("Capacity is decision-specific; practical problems (carer crises) often drive 'against medical advice' decisions. Next time I will "
            "ask early 'what would need to happen for you to stay?'. Discussed at supervision with {{Dr Jonathan Ebbs}}, {{06/03/2024}}.")
    return dd.save("h4-095", "h4-095-reflection.docx", "reflection_docx", "Dr Priyanka Raghunathan")


# ---------------------------------------------------------------- 5. other layouts
@doc
def h4_096():
    W, H = 2000, 1300
    p = Page(W, H, bg=(236, 238, 240))
    p.d.rectangle((0, 0, W, H), fill=(180, 176, 168))
    p.d.rectangle((70, 60, 1930, 1240), fill=(246, 248, 250), outline=(120, 120, 120), width=8)
    fh = F(34, "ital")
    p.text(110, 90, "AMU BOARD - {{Level 8A}}          Cons: {{Dr Sackville-Roy}}   Reg: {{Dr Dvořák}}   NIC: [[C|Bernie]]", F(36, "bold"),
           fill=(20, 40, 120))
    cols = [110, 260, 560, 860, 1300, 1650]
    for x, hd in zip(cols, ["Bed", "Pt", "Team", "Plan / jobs", "EDD", "Flags"]):
        p.text(x, 170, hd, F(30, "bold"))
    p.hline(100, 1900, 215, 3, (40, 40, 40))
    rows = [("A01", "[[P|McKenzie]]", "Med", "CTPA 14:00", "{{02/10}}", "{{NEWS2 5}}"),
            ("A02", "[[P|J.O.]]", "Med", "OGD today - NBM", "{{03/10}}", "falls"),
            ("A03", "Mrs [[P|Greenaway]]", "Med", "VTE RA! - prescribe", "?", "{{DNACPR}}"),
            ("A04", "[[P|Reg C.]]", "Med", "CK 6,210 - fluids; SW", "?", "safeguarding"),
            ("A05", "[[P|Oyelowo]]", "Card", "echo, trop x2", "{{02/10}}", "-"),
            ("B01", "[[P|Patience B.]]", "COTE", "OT/PT, D2A", "{{06/10}}", "delirium / {{4AT}} 6"),
            ("B02", "Mr [[P|Sully]]", "Resp", "NIV wean - ABG 16:00", "?", "{{NEWS2 6}}"),
            ("B03", "empty - clean", "", "", "", "")]
    y = 240
    for r in rows:
        for x, v in zip(cols, r):
            p.text(x, y, v, fh, fill=(30, 30, 30) if v != r[5] else (200, 20, 20))
        y += 88
        p.hline(100, 1900, y - 16, 1, (170, 170, 170))
    p.text(110, 1160, "Bleeps: reg [[T|8402]]  SHO [[T|8417]]  outreach [[T|8066]]", F(30, "bold"))
    img = degrade(p, angle=-1.2, light=0.45, noise=7, blur=1.0, seed=96, bg=(180, 176, 168),
                  perspective=[(0.02, 0.0), (0.98, 0.03), (0.995, 0.97), (0.0, 1.0)])
    img = jpeg_roundtrip(img, 74)
    return save_raster("h4-096", "h4-096-ward-whiteboard.jpg", "whiteboard_photo", "Dr Marek Dvořák", [(p, img)],
                       "jpeg", jpeg_q=76)


@doc
def h4_097():
    W, H = 1920, 1200
    p = Page(W, H, bg=(255, 255, 255))
    p.d.rectangle((0, 0, W, 70), fill=(222, 225, 230))
    p.d.rounded_rectangle((140, 14, 1500, 56), radius=20, fill=(255, 255, 255))
    p.text(170, 22, "[[U|https://portfolio.rcpsych.example.ac.uk/assessments/ace/88123-ffa0?trainee=sinibhriain]]", F(24))
    p.d.rectangle((0, 70, W, 150), fill=(96, 30, 110))
    p.text(40, 92, "Portfolio Online - Assessment of Clinical Expertise (ACE)", F(34, "bold"), fill=(255, 255, 255))
    y = 200
    rows = [("Trainee", "{{Dr Siobhán Ní Bhriain}}  (GMC {{7098341}})"),
            ("Assessor", "{{Dr Graham Fairweather}}, Consultant Psychiatrist  GMC [[G|3217764]]"),
            ("Date of assessment", "{{14/12/2023}}"),
            ("Setting", "Outpatient clinic, {{Solihull Hospital}}"),
            ("Patient", "[[P|PMcG]], 51 F, RiO [[H|1102276]] - {{bipolar affective disorder}} ({{F31.2}})"),
            ("Focus", "full history and MSE; {{lithium}} monitoring ({{eGFR 54}}, level 0.71 mmol/L)"),
            ("Performance", "Above the standard expected for completion of core training (5/6)"),
            ("Strengths", "Sensitive exploration of relapse signatures with patient and husband ([[R|Eamon]])."),
            ("Suggestions", "Consider {{valproate}} is contraindicated (female < 55, {{MHRA}} 2024) - discussed; consider {{lamotrigine}}.")]
    for k, v in rows:
        p.text(60, y, k, F(28, "bold"))
        p.text(420, y, v, F(28))
        p.hline(60, 1860, y + 48, 1, (220, 220, 220))
        y += 72
    p.text(60, y + 30, "Share this form (scan):", F(26))
    p.barcode(60, y + 75, "https://portfolio.rcpsych.example.ac.uk/s/ACE-88123", "QRCode", scale=5)
    p.text(420, y + 80, "Status: COMPLETE  |  Signed off {{15/12/2023}}", F(26))
    img = degrade(p, angle=0.0, noise=2, blur=0.3, seed=97)
    return save_raster("h4-097", "h4-097-portfolio-screenshot.png", "eportfolio_screenshot", "Dr Siobhán Ní Bhriain",
                       [(p, img)], "png")


@doc
def h4_098():
    fn = "h4-098-email-printout.pdf"
    d = PdfDoc(os.path.join(OUT, fn), title="Email printout")
    d.text(40, 40, "Outlook", "DVB", 9)
    d.text(40, 56, "Print - RE: Suspected perioperative anaphylaxis - referral to allergy clinic", "DVB", 12)
    d.line(40, 66, d.W - 40, 66)
    y = 84
    for ln in ["From: {{Chen, Wei}} <[[E|wei.chen2@stgeorges.example.nhs.uk]]>",
               "Sent: {{Tue 12/03/2024 09:18}}",
               "To: Allergy Clinic SGH <[[E|allergy.referrals@stgeorges.example.nhs.uk]]>",
               "Cc: {{Moynihan-Fox, Aisling}}"]:
        d.text(40, y, ln, "DV", 9.2); y += 14
    y += 8
    body = ["Dear allergy team,",
            "",
            "Please see Mr [[P|Desmond Achebe-Grant]] (DOB {{18/07/1969}}, hosp no [[H|GK 5521 880]], NHS [[N|612 448 0921]])",
            "in the perioperative allergy clinic. {{NAP6}} criteria met: on {{11/03/2024}} in {{Theatre 4}}, 4 minutes after",
            "{{co-amoxiclav 1.2 g}} IV and {{rocuronium 50 mg}}, he developed hypotension (BP 52/30), bronchospasm and",
            "widespread urticaria. Treated with {{adrenaline 50 mcg}} IV boluses x4 then infusion, {{Hartmann's 2 L}}.",
            "Mast cell tryptase: 1 h {{42 ug/L}}, 4 h 19, 24 h {{4.1 ug/L}} (baseline). Surgery abandoned (Mr [[C|Kallis]]).",
            "",
            "Drugs given before the reaction: {{midazolam 2 mg}}, {{fentanyl 100 mcg}}, {{propofol 180 mg}},",
            "{{rocuronium 50 mg}}, {{co-amoxiclav 1.2 g}}, {{chlorhexidine}} skin prep. Latex-free theatre.",
            "He has been told to avoid all of these until tested and has an allergy alert on iClip.",
            "His wife [[R|Ngozi]] asked that appointments go to her mobile [[T|07700 900 947]].",
            "",
            "Datix [[REF|SGH-2024-03377]]; MHRA Yellow Card [[REF|YC-2024-118805]] submitted.",
            "",
            "Thanks,",
            "{{Dr Wei Chen}}",
            "Specialty Doctor in Anaesthesia, {{St George's Hospital}}, Tooting | ext [[T|1344]]"]
    for ln in body:
        d.text(40, y, ln, "DV", 9.2); y += 14
    d.line(40, 800, d.W - 40, 800)
    d.text(40, 815, "Printed for portfolio - verified by {{Dr Aisling Moynihan-Fox}} (regional anaesthesia lead)   page {{1 of 1}}", "DV", 7.8)
    return save_pdf_doc("h4-098", fn, "email_printout_pdf", "Dr Wei Chen", d)


@doc
def h4_099():
    p = Page(*A4PX)
    p.text(110, 90, "NHS e-Referral Service", F(38, "bold"), fill=(0, 94, 184))
    p.text(110, 150, "Appointment Request - please keep this letter", F(30, "bold"))
    y = p.lines(110, 240, "Mrs [[P|Halina NOWAK]]\n[[A|Flat 7, Granby Halls Court]]\n[[A|9 Aylestone Road, Leicester]] [[PC|LE2 7LG]]", F(28), 44)
    p.text(1120, 240, "Date: {{15/03/2024}}", F(28))
    y += 40
    p.text(110, y, "Dear Mrs [[P|Nowak]],", F(28)); y += 60
    y = p.lines(110, y, "Your GP has referred you to: {{Heart Failure Clinic}}, {{Leicester Royal Infirmary}}.\n"
                        "Your Unique Booking Reference Number (UBRN) is:", F(28), 46)
    p.text(110, y + 10, "[[REF|0417 2293 8851]]", F(44, "monob"))
    p.text(110, y + 80, "Password: [[O|kestrel47]]", F(32, "mono"))
    p.barcode(1150, y - 40, "UBRN:041722938851", "QRCode", scale=6)
    y += 190
    y = p.lines(110, y, "To book, call the NHS e-RS line [[T|0808 157 0113]] or scan the code.\nNHS number: [[N|703 118 5522]]   Date of birth: {{19/10/1949}}\n"
                        "Referring GP: Dr [[C|Anjali Sood]], [[A|Saffron Group Practice]]\n"
                        "Reason for referral: {{NT-proBNP 3,420 ng/L}}, breathlessness ({{NYHA III}}), ankle swelling.\n"
                        "Priority: urgent (2-week wait pathway not applicable).", F(28), 46)
    y += 60
    p.text(110, y, "[Portfolio note: referral letter of a patient later reviewed in my clinic - {{Dr Priyanka Raghunathan}}]",
           F(22), fill=(90, 90, 90))
    img = degrade(p, angle=-0.4, noise=5, blur=0.6, seed=99, bg=(240, 240, 236), grey=True)
    return save_raster("h4-099", "h4-099-ers-letter-scan.png", "referral_letter_scan", "Dr Priyanka Raghunathan",
                       [(p, img)], "png")


# ==== main ====
def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    for fn in DOCS:
        did = fn.__name__.replace("_", "-")
        if only and did not in only:
            continue
        fn()
    RECORDS.sort(key=lambda r: r["id"])
    if not only:
        with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as f:
            for r in RECORDS:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(RECORDS), "file documents rendered")
    return RECORDS


if __name__ == "__main__":
    main()
