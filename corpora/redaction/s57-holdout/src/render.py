# geometry helpers: draws hand-written page content and measures where each annotated string landed
import io, random
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import barcode
from barcode.writer import ImageWriter
import qrcode
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader

FONTS = {"R": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
         "M": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"}
for k, p in FONTS.items():
    pdfmetrics.registerFont(TTFont("DV" + k, p))

def code_matrix(fmt, value):
    if fmt == "Code128":
        mods = barcode.get("code128", value).build()[0]
        return [[0]*10 + [int(ch) for ch in mods] + [0]*10]
    q = qrcode.QRCode(border=3); q.add_data(value); q.make(fit=True)
    return [[1 if v else 0 for v in row] for row in q.get_matrix()]

def code_crisp(fmt, value, wpx, hpx):
    m = code_matrix(fmt, value)
    k = max(1, int(wpx // len(m[0])))
    if fmt == "Code128":
        W, H = len(m[0]) * k, int(hpx)
        img = Image.new("RGB", (W, H), "white"); d = ImageDraw.Draw(img)
        for i, v in enumerate(m[0]):
            if v: d.rectangle([i*k, 0, i*k + k - 1, H - 1], fill="black")
    else:
        k = max(1, int(min(wpx, hpx) // len(m)))
        W = H = len(m) * k
        img = Image.new("RGB", (W, H), "white"); d = ImageDraw.Draw(img)
        for r, row in enumerate(m):
            for c, v in enumerate(row):
                if v: d.rectangle([c*k, r*k, c*k + k - 1, r*k + k - 1], fill="black")
    return img

def code_image(fmt, value):
    if fmt == "Code128":
        bc = barcode.get("code128", value, writer=ImageWriter())
        return bc.render(writer_options={"write_text": False, "module_height": 12.0, "module_width": 0.33,
                                         "quiet_zone": 3.0, "dpi": 300}).convert("RGB")
    q = qrcode.QRCode(border=3, box_size=10)
    q.add_data(value); q.make(fit=True)
    return q.make_image(fill_color="black", back_color="white").get_image().convert("RGB")

def occurrences(line, s):
    out, i = [], line.find(s)
    while i >= 0:
        out.append(i); i = line.find(s, i + 1)
    return out

class Page:
    """items in points, origin top-left: ('t', x, y, text, size, font) / ('c', x, y, w, h, fmt, value) / ('r', x0,y0,x1,y1, fill)"""
    def __init__(self, w=595, h=842):
        self.w, self.h, self.items = w, h, []
    def t(self, x, y, text, size=10, font="R"):
        self.items.append(("t", x, y, text, size, font)); return self
    def c(self, x, y, w, h, fmt, value):
        self.items.append(("c", x, y, w, h, fmt, value)); return self
    def r(self, x0, y0, x1, y1, fill):
        self.items.append(("r", x0, y0, x1, y1, fill)); return self

def render_image(page, scale, bg=(255, 255, 255), noise=0):
    W, H = int(page.w * scale), int(page.h * scale)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    boxes = []  # (text_line_index, ...) computed later
    fonts = {}
    for it in page.items:
        if it[0] == "r":
            d.rectangle([it[1]*scale, it[2]*scale, it[3]*scale, it[4]*scale], fill=it[5])
        elif it[0] == "t":
            _, x, y, text, size, f = it
            font = fonts.setdefault((f, size), ImageFont.truetype(FONTS[f], int(round(size * scale))))
            d.text((x*scale, y*scale), text, font=font, fill=(20, 20, 30), anchor="la")
        elif it[0] == "c":
            _, x, y, w, h, fmt, val = it
            ci = code_crisp(fmt, val, w*scale, h*scale)
            img.paste(ci, (int(x*scale), int(y*scale)))
    if noise:
        rnd = random.Random(57)
        px = img.load()
        for _ in range(int(W * H * noise)):
            a, b = rnd.randrange(W), rnd.randrange(H)
            v = rnd.randrange(90, 200)
            px[a, b] = (v, v, v)
        img = img.filter(ImageFilter.GaussianBlur(0.4))
    return img

def measure_image(page, scale, strings):
    """boxes (fractions) of every occurrence of each string in text items, measured with Pillow."""
    W, H = page.w * scale, page.h * scale
    d = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    res = {s: [] for s in strings}
    for it in page.items:
        if it[0] != "t": continue
        _, x, y, text, size, f = it
        font = ImageFont.truetype(FONTS[f], int(round(size * scale)))
        for s in strings:
            for i in occurrences(text, s):
                px = x*scale + d.textlength(text[:i], font=font)
                b = d.textbbox((px, y*scale), s, font=font, anchor="la")
                res[s].append([round((b[0]-2)/W, 4), round((b[1]-2)/H, 4), round((b[2]+2)/W, 4), round((b[3]+2)/H, 4)])
    return res

def render_pdf(pages, path):
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h))
    for page in pages:
        c.setPageSize((page.w, page.h))
        for it in page.items:
            if it[0] == "r":
                c.setFillColorRGB(*[v/255 for v in it[5]])
                c.rect(it[1], page.h - it[4], it[3]-it[1], it[4]-it[2], stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            elif it[0] == "t":
                _, x, y, text, size, f = it
                face = pdfmetrics.getFont("DV" + f).face
                base = y + face.ascent / 1000 * size
                c.setFont("DV" + f, size); c.drawString(x, page.h - base, text)
            elif it[0] == "c":
                _, x, y, w, h, fmt, val = it
                c.drawImage(ImageReader(code_crisp(fmt, val, w*8, h*8)), x, page.h - y - h, w, h)
        c.showPage()
    c.save()

def measure_pdf(page, strings):
    res = {s: [] for s in strings}
    for it in page.items:
        if it[0] != "t": continue
        _, x, y, text, size, f = it
        face = pdfmetrics.getFont("DV" + f).face
        for s in strings:
            for i in occurrences(text, s):
                x0 = x + pdfmetrics.stringWidth(text[:i], "DV" + f, size)
                x1 = x0 + pdfmetrics.stringWidth(s, "DV" + f, size)
                y0 = y; y1 = y + (face.ascent - face.descent) / 1000 * size
                res[s].append([round((x0-1)/page.w, 4), round((y0-1)/page.h, 4), round((x1+1)/page.w, 4), round((y1+1)/page.h, 4)])
    return res

def code_boxes(page, scale=None):
    out = []
    for it in page.items:
        if it[0] != "c": continue
        _, x, y, w, h, fmt, val = it
        if scale:  # image pages: the crisp code may be a little smaller than asked
            ci = code_crisp(fmt, val, w*scale, h*scale)
            w, h = ci.width / scale, ci.height / scale
        out.append({"format": fmt, "value": val, "box": [round(x/page.w, 4), round(y/page.h, 4),
                    round((x+w)/page.w, 4), round((y+h)/page.h, 4)]})
    return out
