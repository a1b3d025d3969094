"""Rendering helpers for make_files.py (s6-holdout). Everything drawn through these helpers records the
box of each marked identifier / keep string (markup: see s6markup.py), each barcode and each photo."""
import io, math, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import barcode as pybarcode
import segno
from s6markup import parse

FONTDIR = '/usr/share/fonts/truetype/'
FONTS = {
    'sans': 'liberation/LiberationSans-Regular.ttf',
    'sans-b': 'liberation/LiberationSans-Bold.ttf',
    'sans-i': 'liberation/LiberationSans-Italic.ttf',
    'serif': 'liberation/LiberationSerif-Regular.ttf',
    'serif-b': 'liberation/LiberationSerif-Bold.ttf',
    'serif-i': 'liberation/LiberationSerif-Italic.ttf',
    'mono': 'liberation/LiberationMono-Regular.ttf',
    'mono-b': 'liberation/LiberationMono-Bold.ttf',
    'narrow': 'liberation/LiberationSansNarrow-Regular.ttf',
    'narrow-b': 'liberation/LiberationSansNarrow-Bold.ttf',
    'dv': 'dejavu/DejaVuSans.ttf',
    'dv-b': 'dejavu/DejaVuSans-Bold.ttf',
    'dv-i': 'dejavu/DejaVuSans-Oblique.ttf',
    'dvc': 'dejavu/DejaVuSansCondensed.ttf',
    'dvc-b': 'dejavu/DejaVuSansCondensed-Bold.ttf',
    'dvc-bi': 'dejavu/DejaVuSansCondensed-BoldOblique.ttf',
    'dvs': 'dejavu/DejaVuSerif.ttf',
    'dvs-i': 'dejavu/DejaVuSerifCondensed-Italic.ttf',
    'dvm': 'dejavu/DejaVuSansMono.ttf',
    'dvm-b': 'dejavu/DejaVuSansMono-Bold.ttf',
}
_fc = {}


def F(name, size):
    k = (name, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONTDIR + FONTS[name], size)
    return _fc[k]


def wrap(plain, spans, width, measure):
    """Greedy wrap at spaces outside marked spans. Returns [(line_plain, line_spans)]."""
    inside = set()
    for a, b, t, x in spans:
        inside.update(range(a, b))
    breaks = [i for i, c in enumerate(plain) if c == ' ' and i not in inside] + [len(plain)]
    lines, start = [], 0
    while start < len(plain):
        best = None
        for br in breaks:
            if br <= start:
                continue
            if measure(plain[start:br]) <= width or best is None:
                best = br
                if measure(plain[start:br]) > width:
                    break
            else:
                break
        seg = plain[start:best]
        ls = [(a - start, b - start, t, x) for a, b, t, x in spans if a >= start and b <= best]
        lines.append((seg, ls))
        start = best + 1
    return lines


def code128_modules(value):
    return pybarcode.get('code128', value).build()[0]


def code128_image(value, module=3, height=80):
    mods = code128_modules(value)
    im = Image.new('L', (len(mods) * module, height), 255)
    d = ImageDraw.Draw(im)
    for i, m in enumerate(mods):
        if m == '1':
            d.rectangle([i * module, 0, (i + 1) * module - 1, height - 1], fill=0)
    return im


def qr_image(value, scale=5, error='m'):
    q = segno.make_qr(value, error=error)
    mat = q.matrix
    n = len(mat)
    im = Image.new('L', (n * scale, n * scale), 255)
    d = ImageDraw.Draw(im)
    for y, row in enumerate(mat):
        for x, v in enumerate(row):
            if v:
                d.rectangle([x * scale, y * scale, (x + 1) * scale - 1, (y + 1) * scale - 1], fill=0)
    return im


class ImgPage:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.img = Image.new('RGB', (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.items, self.codes, self.photos, self.chunks = [], [], [], []

    @property
    def size(self):
        return self.img.size

    def _record(self, plain, spans, x, y, font):
        self.chunks.append({'plain': plain, 'spans': [list(s) for s in spans]})
        for a, b, t, txt in spans:
            x0 = x + font.getlength(plain[:a])
            bb = self.d.textbbox((x0, y), plain[a:b], font=font)
            self.items.append(dict(kind='keep' if t == 'KEEP' else 'id', type=t, text=txt, box=list(bb)))

    def text(self, x, y, s, font, fill=(0, 0, 0)):
        plain, spans = parse(s)
        return self.text_ps(x, y, plain, spans, font, fill)

    def text_ps(self, x, y, plain, spans, font, fill=(0, 0, 0)):
        self.d.text((x, y), plain, font=font, fill=fill)
        self._record(plain, spans, x, y, font)
        return self.d.textbbox((x, y), plain or ' ', font=font)

    def text_right(self, xr, y, s, font, fill=(0, 0, 0)):
        plain, spans = parse(s)
        return self.text_ps(xr - font.getlength(plain), y, plain, spans, font, fill)

    def text_center(self, xc, y, s, font, fill=(0, 0, 0)):
        plain, spans = parse(s)
        return self.text_ps(xc - font.getlength(plain) / 2, y, plain, spans, font, fill)

    def para(self, x, y, s, font, width, leading=None, fill=(0, 0, 0)):
        leading = leading or int(font.size * 1.35)
        for ln in s.split('\n'):
            plain, spans = parse(ln)
            if not plain:
                y += leading
                continue
            for lp, lsp in wrap(plain, spans, width, font.getlength):
                self.text_ps(x, y, lp, lsp, font, fill)
                y += leading
        return y

    def code128(self, x, y, value, module=3, height=80, label=None):
        im = code128_image(value, module, height)
        self.img.paste(Image.merge('RGB', [im] * 3), (int(x), int(y)))
        box = [int(x), int(y), int(x) + im.width, int(y) + im.height]
        self.codes.append(dict(format='Code128', value=value, box=box))
        return box

    def qr(self, x, y, value, scale=5):
        im = qr_image(value, scale)
        self.img.paste(Image.merge('RGB', [im] * 3), (int(x), int(y)))
        box = [int(x), int(y), int(x) + im.width, int(y) + im.height]
        self.codes.append(dict(format='QRCode', value=value, box=box))
        return box

    def photo(self, x, y, im, what):
        self.img.paste(im, (int(x), int(y)))
        box = [int(x), int(y), int(x) + im.width, int(y) + im.height]
        self.photos.append(dict(box=box, what=what))
        return box

    def rect(self, box, fill=None, outline=None, width=1):
        self.d.rectangle(box, fill=fill, outline=outline, width=width)


# ----------------------------------------------------------------------------- geometry
def homography(src, dst):
    A, bvec = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        bvec.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        bvec.append(v)
    h = np.linalg.solve(np.array(A, float), np.array(bvec, float))
    return np.append(h, 1).reshape(3, 3)


def apply_h(H, x, y):
    p = H @ np.array([x, y, 1.0])
    return p[0] / p[2], p[1] / p[2]


def map_box(H, box):
    x0, y0, x1, y1 = box
    pts = [apply_h(H, x, y) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return [min(xs), min(ys), max(xs), max(ys)]


def rotated_quad(w, h, W, H, angle_deg, scale=1.0, cx=None, cy=None):
    """corners of a w x h page, scaled, rotated by angle and centred at (cx, cy) in a W x H canvas"""
    cx = W / 2 if cx is None else cx
    cy = H / 2 if cy is None else cy
    a = math.radians(angle_deg)
    out = []
    for x, y in ((0, 0), (w, 0), (w, h), (0, h)):
        dx, dy = (x - w / 2) * scale, (y - h / 2) * scale
        out.append((cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)))
    return out


def warp(page, background, quad, shadow=0):
    """Place page (ImgPage) onto background (PIL RGB) with its corners at quad. Returns a new ImgPage-like
    result with the image and all boxes mapped."""
    w, h = page.size
    H = homography([(0, 0), (w, 0), (w, h), (0, h)], quad)
    Hi = np.linalg.inv(H)
    Hi = Hi / Hi[2, 2]
    coeffs = tuple(Hi.flatten()[:8])
    W, Hh = background.size
    out = background.copy()
    if shadow:
        sh = Image.new('L', (W, Hh), 0)
        ImageDraw.Draw(sh).polygon([(x + shadow, y + shadow) for x, y in quad], fill=120)
        sh = sh.filter(ImageFilter.GaussianBlur(shadow))
        dark = Image.new('RGB', (W, Hh), (20, 20, 20))
        out = Image.composite(dark, out, sh)
    src = page.img.transform((W, Hh), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new('L', (w, h), 255).transform((W, Hh), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    out.paste(src, (0, 0), mask)
    res = ImgPage(W, Hh)
    res.img = out
    res.d = ImageDraw.Draw(out)
    res.items = [dict(it, box=map_box(H, it['box'])) for it in page.items]
    res.codes = [dict(c, box=map_box(H, c['box'])) for c in page.codes]
    res.photos = [dict(p, box=map_box(H, p['box'])) for p in page.photos]
    res.chunks = page.chunks
    return res


# ----------------------------------------------------------------------------- textures and degradations
def rng(seed):
    return np.random.default_rng(seed)


def texture(W, H, base, seed, grain=18, streaks=None, blur=1.5):
    r = rng(seed)
    arr = np.ones((H, W, 3), float) * np.array(base, float)
    noise = r.normal(0, grain, (H // 4 + 1, W // 4 + 1))
    noise = np.kron(noise, np.ones((4, 4)))[:H, :W]
    arr += noise[..., None]
    if streaks == 'wood':
        ys = np.arange(H)[:, None]
        xs = np.arange(W)[None, :]
        pattern = 14 * np.sin(ys / 9.0 + 3 * np.sin(xs / 140.0) + r.normal(0, 0.02, (1, W)).cumsum(axis=1) * 0.0)
        pattern += 8 * np.sin(ys / 2.7 + xs / 400.0)
        arr += pattern[..., None] * np.array([1.0, 0.7, 0.45])
    elif streaks == 'fabric':
        ys = np.arange(H)[:, None]
        xs = np.arange(W)[None, :]
        arr += (6 * np.sin(xs / 1.6) + 6 * np.sin(ys / 1.6))[..., None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype('uint8'))
    return img.filter(ImageFilter.GaussianBlur(blur)) if blur else img


def lighting(img, seed, strength=0.18):
    r = rng(seed)
    W, H = img.size
    cx, cy = r.uniform(0.2, 0.8) * W, r.uniform(0.2, 0.8) * H
    ys, xs = np.mgrid[0:H, 0:W]
    d = np.sqrt(((xs - cx) / W) ** 2 + ((ys - cy) / H) ** 2)
    g = 1.0 + strength * (0.5 - d)
    arr = np.asarray(img).astype(float) * g[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype('uint8'))


def noisy(img, seed, sigma=8, blur=0.6):
    r = rng(seed)
    arr = np.asarray(img).astype(float)
    arr += r.normal(0, sigma, arr.shape[:2])[..., None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype('uint8'))
    return out.filter(ImageFilter.GaussianBlur(blur)) if blur else out


def speckle(img, seed, n=1500):
    r = rng(seed)
    out = img.copy()
    d = ImageDraw.Draw(out)
    W, H = out.size
    for _ in range(n):
        x, y = r.integers(0, W), r.integers(0, H)
        g = int(r.integers(60, 160))
        d.point((int(x), int(y)), fill=(g, g, g))
    return out


# ----------------------------------------------------------------------------- synthetic "photographs"
def fake_portrait(w, h, seed):
    """A synthetic head-and-shoulders photograph (no real person)."""
    r = rng(seed)
    bg = texture(w, h, (150, 170, 195), seed, grain=6, blur=3)
    d = ImageDraw.Draw(bg)
    skin = tuple(int(v) for v in r.choice([[224, 187, 160], [170, 120, 90], [120, 80, 58], [236, 200, 175]]))
    hair = tuple(int(v) for v in r.choice([[40, 30, 25], [90, 60, 30], [150, 150, 150], [20, 20, 20]]))
    shirt = tuple(int(v) for v in r.integers(40, 200, 3))
    d.ellipse([w * 0.08, h * 0.70, w * 0.92, h * 1.35], fill=shirt)
    d.rectangle([w * 0.41, h * 0.55, w * 0.59, h * 0.78], fill=skin)
    d.ellipse([w * 0.27, h * 0.16, w * 0.73, h * 0.68], fill=skin)
    d.chord([w * 0.25, h * 0.10, w * 0.75, h * 0.50], 180, 360, fill=hair)
    for ex in (0.40, 0.60):
        d.ellipse([w * (ex - 0.035), h * 0.39, w * (ex + 0.035), h * 0.43], fill=(250, 250, 250))
        d.ellipse([w * (ex - 0.015), h * 0.395, w * (ex + 0.015), h * 0.425], fill=(50, 35, 25))
    d.line([w * 0.5, h * 0.43, w * 0.48, h * 0.52, w * 0.51, h * 0.53], fill=tuple(max(0, c - 40) for c in skin), width=2)
    d.arc([w * 0.42, h * 0.52, w * 0.58, h * 0.60], 20, 160, fill=(120, 60, 60), width=3)
    img = bg.filter(ImageFilter.GaussianBlur(1.2))
    return noisy(img, seed + 1, sigma=5, blur=0.4)


def fake_chest_xray(w, h, seed):
    r = rng(seed)
    ys, xs = np.mgrid[0:h, 0:w].astype(float)
    arr = np.zeros((h, w))
    # body
    arr += 70 * np.exp(-(((xs - w / 2) / (w * 0.42)) ** 6 + ((ys - h * 0.55) / (h * 0.55)) ** 6))
    # lungs dark, mediastinum bright
    for cx in (0.32, 0.68):
        arr -= 45 * np.exp(-(((xs - w * cx) / (w * 0.14)) ** 2 + ((ys - h * 0.50) / (h * 0.28)) ** 2))
    arr += 80 * np.exp(-(((xs - w * 0.50) / (w * 0.07)) ** 2 + ((ys - h * 0.45) / (h * 0.40)) ** 4))
    arr += 60 * np.exp(-(((xs - w * 0.55) / (w * 0.12)) ** 2 + ((ys - h * 0.68) / (h * 0.10)) ** 2))
    # left upper zone opacity (the teaching point)
    arr += 40 * np.exp(-(((xs - w * 0.68) / (w * 0.10)) ** 2 + ((ys - h * 0.36) / (h * 0.10)) ** 2))
    img = Image.fromarray(np.clip(arr + 30, 0, 255).astype('uint8'))
    d = ImageDraw.Draw(img)
    for i in range(9):  # ribs
        yy = h * (0.22 + i * 0.065)
        for side in (-1, 1):
            x0 = w * 0.5 + side * w * 0.06
            x1 = w * 0.5 + side * w * 0.36
            d.arc([min(x0, x1) - w * 0.02, yy - h * 0.05, max(x0, x1) + w * 0.02, yy + h * 0.07],
                  200 if side < 0 else 270, 340 if side < 0 else 20, fill=150, width=6)
    for side in (-1, 1):  # clavicles
        d.line([w * 0.5 + side * w * 0.05, h * 0.20, w * 0.5 + side * w * 0.30, h * 0.16], fill=190, width=12)
    img = img.filter(ImageFilter.GaussianBlur(4))
    arr = np.asarray(img).astype(float) + r.normal(0, 6, (h, w))
    return Image.fromarray(np.clip(arr, 0, 255).astype('uint8')).convert('RGB')


def bold_box(page, box, color=(0, 0, 0), width=2):
    page.d.rectangle(box, outline=color, width=width)


def checkbox(page, x, y, size, checked, color=(0, 0, 0)):
    page.d.rectangle([x, y, x + size, y + size], outline=(0, 0, 0), width=2)
    if checked:
        page.d.line([x + 3, y + size * 0.55, x + size * 0.4, y + size - 3, x + size - 2, y + 2], fill=color, width=3)
