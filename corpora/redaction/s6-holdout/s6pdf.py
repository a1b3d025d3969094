"""Digital-PDF helper (reportlab, embedded TrueType fonts so the text layer extracts cleanly).
Coordinates are in points from the top-left; y is the text baseline. Boxes are ink boxes measured with the
same TrueType font through Pillow."""
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from PIL import Image
from s6markup import parse
from s6render import FONTS, FONTDIR, F, wrap, code128_image, qr_image

for _k, _f in FONTS.items():
    pdfmetrics.registerFont(TTFont('s6-' + _k, FONTDIR + _f))

SCALE = 20


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, 's6-' + font, size)


def ink(s, font, size):
    """ink bbox of s relative to (pen x, baseline), in points"""
    f = F(font, int(size * SCALE))
    l, t, r, b = f.getbbox(s, anchor='ls')
    return l / SCALE, t / SCALE, r / SCALE, b / SCALE


class PdfDoc:
    def __init__(self, path, size):
        self.W, self.H = size
        self.c = canvas.Canvas(path, pagesize=size)
        self.c.setAuthor('s6-holdout synthetic')
        self.pages = [dict(items=[], codes=[], photos=[], chunks=[])]

    @property
    def cur(self):
        return self.pages[-1]

    def new_page(self):
        self.c.showPage()
        self.pages.append(dict(items=[], codes=[], photos=[], chunks=[]))

    def save(self):
        self.c.showPage()
        self.c.save()

    def text_ps(self, x, y, plain, spans, font='sans', size=10, color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*[v / 255 for v in color])
        c.setFont('s6-' + font, size)
        c.drawString(x, self.H - y, plain)
        self.cur['chunks'].append({'plain': plain, 'spans': [list(s) for s in spans]})
        for a, b, t, txt in spans:
            px = x + sw(plain[:a], font, size)
            l, tp, r, bt = ink(plain[a:b], font, size)
            box = [px + l, y + tp, px + r, y + bt]
            self.cur['items'].append(dict(kind='keep' if t == 'KEEP' else 'id', type=t, text=txt, box=box))
        return x + sw(plain, font, size)

    def text(self, x, y, s, font='sans', size=10, color=(0, 0, 0)):
        plain, spans = parse(s)
        return self.text_ps(x, y, plain, spans, font, size, color)

    def text_right(self, xr, y, s, font='sans', size=10, color=(0, 0, 0)):
        plain, spans = parse(s)
        return self.text_ps(xr - sw(plain, font, size), y, plain, spans, font, size, color)

    def text_center(self, xc, y, s, font='sans', size=10, color=(0, 0, 0)):
        plain, spans = parse(s)
        return self.text_ps(xc - sw(plain, font, size) / 2, y, plain, spans, font, size, color)

    def para(self, x, y, s, width, font='sans', size=10, leading=None, color=(0, 0, 0)):
        leading = leading or size * 1.32
        for ln in s.split('\n'):
            plain, spans = parse(ln)
            if not plain:
                y += leading * 0.6
                continue
            for lp, lsp in wrap(plain, spans, width, lambda t: sw(t, font, size)):
                self.text_ps(x, y, lp, lsp, font, size, color)
                y += leading
        return y

    def rect(self, x0, y0, x1, y1, fill=None, stroke=None, lw=0.6):
        c = self.c
        if fill is not None:
            c.setFillColorRGB(*[v / 255 for v in fill])
        if stroke is not None:
            c.setStrokeColorRGB(*[v / 255 for v in stroke])
            c.setLineWidth(lw)
        c.rect(x0, self.H - y1, x1 - x0, y1 - y0, fill=1 if fill is not None else 0,
               stroke=1 if stroke is not None else 0)

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), lw=0.6):
        self.c.setStrokeColorRGB(*[v / 255 for v in color])
        self.c.setLineWidth(lw)
        self.c.line(x0, self.H - y0, x1, self.H - y1)

    def image(self, x, y, w, h, pil):
        self.c.drawImage(ImageReader(pil), x, self.H - y - h, w, h)

    def code128(self, x, y, value, w, h):
        im = code128_image(value, module=4, height=200)
        self.image(x, y, w, h, im.convert('RGB'))
        self.cur['codes'].append(dict(format='Code128', value=value, box=[x, y, x + w, y + h]))

    def qr(self, x, y, value, size):
        im = qr_image(value, scale=10)
        self.image(x, y, size, size, im.convert('RGB'))
        self.cur['codes'].append(dict(format='QRCode', value=value, box=[x, y, x + size, y + size]))

    def table(self, x, y, cols, rows, font='sans', size=8.5, pad=3, header_fill=(225, 230, 238),
              header_font='sans-b', grid=(120, 120, 120), leading=None, zebra=None):
        """cols: list of widths; rows: list of lists of markup strings (first row = header).
        Cells wrap. Returns y below the table."""
        leading = leading or size * 1.25
        y_start = y
        for ri, row in enumerate(rows):
            f = header_font if ri == 0 else font
            cells = []
            for ci, s in enumerate(row):
                plain, spans = parse(s)
                cells.append(wrap(plain, spans, cols[ci] - 2 * pad, lambda t, f=f: sw(t, f, size)) if plain else [])
            nlines = max(1, max(len(c) for c in cells))
            hgt = nlines * leading + 2 * pad
            if ri == 0 and header_fill:
                self.rect(x, y, x + sum(cols), y + hgt, fill=header_fill)
            elif zebra and ri % 2 == 0:
                self.rect(x, y, x + sum(cols), y + hgt, fill=zebra)
            cx = x
            for ci, lines in enumerate(cells):
                ly = y + pad + size * 0.95
                for lp, lsp in lines:
                    self.text_ps(cx + pad, ly, lp, lsp, f, size)
                    ly += leading
                cx += cols[ci]
            self.line(x, y, x + sum(cols), y, grid)
            y += hgt
        self.line(x, y, x + sum(cols), y, grid)
        self.table_grid(x, y_start, y, cols, grid)
        return y

    def table_grid(self, x, y_top, y_bottom, cols, grid=(120, 120, 120)):
        cx = x
        for w in cols:
            self.line(cx, y_top, cx, y_bottom, grid)
            cx += w
        self.line(cx, y_top, cx, y_bottom, grid)
