"""Render files/ for the h12 hold-out redaction set, deterministically (seeded), and write files.jsonl.

Run with the set's own venv:  .venv/bin/python make_files.py
Every annotated string is drawn as its own segment so its box comes straight from the font metrics used to
draw it (PIL textbbox for raster pages; reportlab stringWidth + face ascent/descent for text-layer PDFs).
Scanned pages are rotated/blurred/noised afterwards and the boxes are pushed through the same rotation.
"""
import io, json, math, os, random, re, sys
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import barcode
from barcode.writer import ImageWriter
import qrcode
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from reportlab import rl_config
import docx
from docx.shared import Pt
import datetime

rl_config.invariant = 1
ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "files")
os.makedirs(OUT, exist_ok=True)
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {"r": "DejaVuSans.ttf", "b": "DejaVuSans-Bold.ttf", "m": "DejaVuSansMono.ttf", "i": "DejaVuSerif-Italic.ttf",
         "c": "DejaVuSansCondensed.ttf"}
for k, f in FONTS.items():
    pdfmetrics.registerFont(TTFont("DV-" + k, FONTDIR + f))
CODES = {"P": "PATIENT_NAME", "R": "RELATIVE_NAME", "C": "COLLEAGUE_NAME", "A": "ADDRESS", "PC": "POSTCODE",
         "PH": "PHONE", "E": "EMAIL", "N": "NHS_NUMBER", "H": "HOSPITAL_NUMBER", "REF": "REFERENCE_NUMBER",
         "G": "GMC_NUMBER", "U": "URL", "O": "OTHER_ID"}
TOK = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]|\{\{(.*?)\}\}")
SEED = 12


def segments(markup):
    """-> list of (text, code) with code None (plain), 'K' (keep) or an identifier code."""
    out, pos = [], 0
    for m in TOK.finditer(markup):
        if m.start() > pos:
            out.append((markup[pos:m.start()], None))
        out.append((m.group(2), m.group(1)) if m.group(1) else (m.group(3), "K"))
        pos = m.end()
    if pos < len(markup):
        out.append((markup[pos:], None))
    return out


_fc = {}
def pil_font(style, size):
    key = (style, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FONTDIR + FONTS[style], size)
    return _fc[key]


def qr_img(value, box_px):
    q = qrcode.QRCode(border=0, box_size=10, error_correction=qrcode.constants.ERROR_CORRECT_M)
    q.add_data(value); q.make(fit=True)
    img = q.make_image(fill_color="black", back_color="white").convert("L")
    n = img.width // 10
    s = max(1, box_px // n)
    return img.resize((n * s, n * s), Image.NEAREST)


class Doc:
    """A list of pages; each page a list of elements, in pixel coordinates of a W x H canvas."""
    def __init__(self, W=1240, H=1754, bg=255):
        self.W, self.H, self.bg = W, H, bg
        self.pages = []
    def page(self):
        self.pages.append([]); return self
    def text(self, x, y, markup, size=22, style="r", fill=0):
        self.pages[-1].append(("text", x, y, markup, size, style, fill)); return self
    def lines(self, x, y, rows, size=22, style="r", lead=1.45, fill=0):
        for i, r in enumerate(rows):
            if r:
                self.text(x, y + int(i * size * lead), r, size, style, fill)
        return y + int(len(rows) * size * lead)
    def rule(self, x0, y0, x1, y1, width=2):
        self.pages[-1].append(("rule", x0, y0, x1, y1, width)); return self
    def rect(self, x0, y0, x1, y1, fill=None, outline=0, width=2):
        self.pages[-1].append(("rect", x0, y0, x1, y1, fill, outline, width)); return self
    def code128(self, x, y, value, height=70, module=2):
        self.pages[-1].append(("c128", x, y, value, height, module)); return self
    def qr(self, x, y, value, size=150):
        self.pages[-1].append(("qr", x, y, value, size)); return self
    def photo(self, x, y, w, h, what, seed):
        self.pages[-1].append(("photo", x, y, w, h, what, seed)); return self


def c128_pil(value, module, height):
    # draw Code 128 bars ourselves from python-barcode's module pattern so the box is exact
    code = barcode.get("code128", value)
    pattern = code.build()[0]
    w = len(pattern) * module
    img = Image.new("L", (w, height), 255)
    d = ImageDraw.Draw(img)
    for i, ch in enumerate(pattern):
        if ch == "1":
            d.rectangle([i * module, 0, (i + 1) * module - 1, height - 1], fill=0)
    return img


def photo_pil(w, h, seed):
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w]
    base = np.stack([200 - 60 * (yy / h), 150 - 40 * (xx / w), 130 + 0 * xx], -1)
    cx, cy, r = w * 0.5, h * 0.55, min(w, h) * 0.28
    blob = ((xx - cx) ** 2 / (r * 1.3) ** 2 + (yy - cy) ** 2 / r ** 2) < 1
    base[blob] = [170, 60, 55]
    base += rng.normal(0, 12, base.shape)
    return Image.fromarray(np.clip(base, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(2))


def render_raster(doc):
    """-> list of (PIL image, annotations) where annotations are dicts with pixel boxes."""
    out = []
    for pno, els in enumerate(doc.pages, 1):
        img = Image.new("RGB", (doc.W, doc.H), (doc.bg,) * 3 if isinstance(doc.bg, int) else doc.bg)
        d = ImageDraw.Draw(img)
        ann = []
        for el in els:
            if el[0] == "text":
                _, x, y, markup, size, style, fill = el
                f = pil_font(style, size)
                cx = x
                for seg, code in segments(markup):
                    d.text((cx, y), seg, font=f, fill=(fill,) * 3 if isinstance(fill, int) else fill)
                    if code:
                        bb = d.textbbox((cx, y), seg, font=f)
                        ann.append({"kind": "keep" if code == "K" else "id", "code": code, "text": seg,
                                    "page": pno, "px": bb})
                    cx += f.getlength(seg)
            elif el[0] == "rule":
                _, x0, y0, x1, y1, wd = el
                d.line([x0, y0, x1, y1], fill=(0, 0, 0), width=wd)
            elif el[0] == "rect":
                _, x0, y0, x1, y1, fl, ol, wd = el
                d.rectangle([x0, y0, x1, y1], fill=fl, outline=ol, width=wd)
            elif el[0] == "c128":
                _, x, y, value, height, module = el
                b = c128_pil(value, module, height)
                img.paste(b.convert("RGB"), (x, y))
                ann.append({"kind": "barcode", "format": "Code128", "value": value, "page": pno,
                            "px": (x, y, x + b.width, y + b.height)})
            elif el[0] == "qr":
                _, x, y, value, size = el
                q = qr_img(value, size)
                img.paste(q.convert("RGB"), (x, y))
                ann.append({"kind": "barcode", "format": "QRCode", "value": value, "page": pno,
                            "px": (x, y, x + q.width, y + q.height)})
            elif el[0] == "photo":
                _, x, y, w, h, what, seed = el
                img.paste(photo_pil(w, h, seed), (x, y))
                ann.append({"kind": "photo", "what": what, "page": pno, "px": (x, y, x + w, y + h)})
        out.append((img, ann))
    return out


def degrade(img, ann, rng, angle, blur, noise, jpeg_q=None):
    """Rotate (scan skew) about the centre, blur, add noise; move the boxes with the rotation."""
    W, H = img.size
    g = img.convert("L")
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    th = math.radians(angle)
    cx, cy = W / 2, H / 2
    def tr(px, py):
        dx, dy = px - cx, py - cy
        return cx + dx * math.cos(th) + dy * math.sin(th), cy - dx * math.sin(th) + dy * math.cos(th)
    for a in ann:
        x0, y0, x1, y1 = a["px"]
        pts = [tr(x0, y0), tr(x1, y0), tr(x0, y1), tr(x1, y1)]
        a["px"] = (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))
    if blur:
        g = g.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(g).astype("float32")
    arr = arr + rng.normal(0, noise, arr.shape)
    # speckle
    sp = rng.random(arr.shape) < 0.0015
    arr[sp] = rng.integers(0, 120, sp.sum())
    arr = arr * 0.93 + 12  # greyish paper
    return Image.fromarray(np.clip(arr, 0, 255).astype("uint8")), ann


def boxes_to_entries(ann, W, H):
    ids, keep, bcs, photos = [], [], [], []
    for a in ann:
        x0, y0, x1, y1 = a["px"]
        box = [round(max(0, x0 - 1) / W, 4), round(max(0, y0 - 1) / H, 4),
               round(min(W, x1 + 1) / W, 4), round(min(H, y1 + 1) / H, 4)]
        if a["kind"] == "id":
            ids.append({"text": a["text"], "type": CODES[a["code"]], "page": a["page"], "box": box})
        elif a["kind"] == "keep":
            keep.append({"text": a["text"], "page": a["page"], "box": box})
        elif a["kind"] == "barcode":
            bcs.append({"format": a["format"], "value": a["value"], "page": a["page"], "box": box})
        else:
            photos.append({"page": a["page"], "box": box, "what": a["what"]})
    return ids, keep, bcs, photos


def render_pdf_text(doc, path):
    """Text-layer PDF via reportlab; the same pixel layout mapped to A4 points."""
    PW, PH = 595.2756, 841.8898
    s = PW / doc.W
    c = rl_canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
    c.setTitle("portfolio evidence"); c.setAuthor("")
    ann = []
    for pno, els in enumerate(doc.pages, 1):
        for el in els:
            if el[0] == "text":
                _, x, y, markup, size, style, fill = el
                fn = "DV-" + style
                fs = size * s
                asc, desc = pdfmetrics.getAscentDescent(fn, fs)
                # PIL draws with the top of the ascent at y; put the baseline at the same place
                pil_asc = pil_font(style, size).getmetrics()[0]
                base_pt = PH - (y + pil_asc) * s
                cx = x * s
                c.setFont(fn, fs)
                c.setFillGray(fill / 255 if isinstance(fill, int) else 0)
                for seg, code in segments(markup):
                    c.drawString(cx, base_pt, seg)
                    wpt = pdfmetrics.stringWidth(seg, fn, fs)
                    if code:
                        # tight-ish vertical extent: cap height ~0.73 em above baseline, descender ~0.24 em below
                        top = base_pt + 0.76 * fs
                        bot = base_pt - (0.24 * fs if re.search(r"[gjpqy,;()\[\]/|@_]", seg) else 0.02 * fs)
                        ann.append({"kind": "keep" if code == "K" else "id", "code": code, "text": seg,
                                    "page": pno, "px": (cx / s, (PH - top) / s, (cx + wpt) / s, (PH - bot) / s)})
                    cx += wpt
            elif el[0] == "rule":
                _, x0, y0, x1, y1, wd = el
                c.setLineWidth(wd * s); c.line(x0 * s, PH - y0 * s, x1 * s, PH - y1 * s)
            elif el[0] == "rect":
                _, x0, y0, x1, y1, fl, ol, wd = el
                c.setLineWidth(wd * s)
                if fl is not None:
                    c.setFillGray(fl / 255 if isinstance(fl, int) else 0.9)
                c.rect(x0 * s, PH - y1 * s, (x1 - x0) * s, (y1 - y0) * s, stroke=1, fill=1 if fl is not None else 0)
                c.setFillGray(0)
            elif el[0] in ("c128", "qr", "photo"):
                if el[0] == "c128":
                    _, x, y, value, height, module = el
                    im = c128_pil(value, module, height); fmt = "Code128"
                elif el[0] == "qr":
                    _, x, y, value, size = el
                    im = qr_img(value, size); fmt = "QRCode"
                else:
                    _, x, y, w, h, what, seed = el
                    im = photo_pil(w, h, seed)
                buf = io.BytesIO(); im.save(buf, "PNG"); buf.seek(0)
                c.drawImage(ImageReader(buf), x * s, PH - (y + im.height) * s, im.width * s, im.height * s)
                if el[0] == "photo":
                    ann.append({"kind": "photo", "what": what, "page": pno, "px": (x, y, x + im.width, y + im.height)})
                else:
                    ann.append({"kind": "barcode", "format": fmt, "value": value, "page": pno,
                                "px": (x, y, x + im.width, y + im.height)})
        c.showPage()
    c.save()
    return ann


RECORDS = []
def record(fid, fname, fmt, kind, applicant, pages, ann, W, H):
    ids, keep, bcs, photos = boxes_to_entries(ann, W, H)
    rec = {"id": fid, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant,
           "pages": pages, "identifiers": ids, "keep": keep, "barcodes": bcs}
    if photos:
        rec["photos"] = photos
    RECORDS.append(rec)


def save_raster(fid, name, fmt, kind, applicant, doc, scan=None, seed=0):
    rng = np.random.default_rng(SEED * 1000 + seed)
    pages = render_raster(doc)
    imgs, allann = [], []
    for i, (img, ann) in enumerate(pages):
        if scan:
            ang = scan["angle"][i % len(scan["angle"])]
            img, ann = degrade(img, ann, rng, ang, scan.get("blur", 0.8), scan.get("noise", 8))
        imgs.append(img); allann += ann
    fname = f"{fid}-{name}.{ {'png':'png','jpeg':'jpg','tiff':'tiff','pdf':'pdf'}[fmt] }"
    p = os.path.join(OUT, fname)
    if fmt == "png":
        imgs[0].save(p, optimize=False)
    elif fmt == "jpeg":
        imgs[0].convert("RGB").save(p, quality=scan.get("q", 85) if scan else 90)
    elif fmt == "tiff":
        imgs[0].save(p, compression="tiff_lzw", save_all=True, append_images=imgs[1:])
    elif fmt == "pdf":
        imgs[0].convert("L").save(p, save_all=True, append_images=[im.convert("L") for im in imgs[1:]],
                                  resolution=150.0, title="scan", creationDate=__import__("time").strptime("2026-12-06", "%Y-%m-%d"),
                                  modDate=__import__("time").strptime("2026-12-06", "%Y-%m-%d"))
    record(fid, fname, fmt, kind, applicant, len(imgs), allann, doc.W, doc.H)
    return p


def save_pdf(fid, name, kind, applicant, doc):
    fname = f"{fid}-{name}.pdf"
    ann = render_pdf_text(doc, os.path.join(OUT, fname))
    record(fid, fname, "pdf", kind, applicant, len(doc.pages), ann, doc.W, doc.H)


def save_docx(fid, name, kind, applicant, header, paras, tables):
    """paras: list of markup strings; tables: list of (after_para_index, rows of markup cells)."""
    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = datetime.datetime(2026, 12, 6, 9, 0, 0); cp.author = ""; cp.last_modified_by = ""
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    ids, keep = [], []
    def add(markup, para):
        for seg, code in segments(markup):
            para.add_run(seg)
            if code == "K":
                if seg not in keep: keep.append(seg)
            elif code:
                e = {"text": seg, "type": CODES[code]}
                if e not in ids: ids.append(e)
    for h in header:
        add(h, d.sections[0].header.add_paragraph())
    tmap = {}
    for after, rows in tables:
        tmap.setdefault(after, []).append(rows)
    for i, ptxt in enumerate(paras):
        add(ptxt, d.add_paragraph())
        for rows in tmap.get(i, []):
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for r, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    add(cell, t.cell(r, ci).paragraphs[0])
    fname = f"{fid}-{name}.docx"
    buf = io.BytesIO(); d.save(buf)
    import zipfile  # rewrite the package with fixed timestamps so the file is byte-for-byte reproducible
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(os.path.join(OUT, fname), "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 6, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    RECORDS.append({"id": fid, "file": "files/" + fname, "format": "docx", "kind": kind, "applicant": applicant,
                    "identifiers": ids, "keep": [{"text": k} for k in keep], "barcodes": []})


exec(open(os.path.join(ROOT, "src", "file_content.py"), encoding="utf-8").read())

RECORDS.sort(key=lambda r: r["id"])
with open(os.path.join(ROOT, "files.jsonl"), "w") as f:
    for r in RECORDS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(RECORDS), "file documents")
