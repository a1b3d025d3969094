"""A document's pages as the pack stores them: each page made from its redacted form, as small as it safely can be.

* **A PDF page read from its text layer** is set again as vector text (:func:`vector_page`): every word the plan
  keeps is drawn at its place, size, weight and colour (read from PDFium's text layer) in the pack's own font;
  every word the plan removed becomes a black box carrying only its tag (``[PATIENT]``).  The page's other
  drawing (rules, shading, a logo) is rendered *with its text objects removed*, painted with the plan's boxes
  and regions, cropped to what is not white, and laid under the text; a page with nothing but text has no
  picture at all.  Nothing of the original file's text is copied: the words come from the reading the plan
  was made on, so a removed word is not in the page at all (not even under its box).  About 6 KB a page
  instead of about 200 KB for a 150 dpi grey JPEG.

  A page is set again only when that is safe and looks the same; otherwise it is painted as below: read with
  OCR, turned, or with text inside a form XObject, text drawn invisible or as a clip (a scanner's OCR layer
  over its picture), or a word over a picture (the words of a pasted, OCR'd picture are pixels, not text).

* **Every other drawn page** (scans, photos, pictures in Word files) is painted as in ``cesr redact`` and stored
  by what it holds (:func:`encode_image`): black on white (grey, few mid-tones: a scanned letter or form) as
  bilevel CCITT G4 at 200 dpi (about 25 KB a page, sharper than a 150 dpi JPEG); anything else (photographs,
  grey shading, colour) as JPEG at 150 dpi, grey when it has no colour.

The page objects are written to one file per document (:func:`save_pages`), so the process that lays out the
pack holds only page counts, and the bundles are drawn from the files in bounded memory.
"""

from __future__ import annotations

import ctypes
import io
import pickle
from pathlib import Path
from typing import Any

from .render import ImagePage, LayoutPage

__all__ = ["vector_page", "encode_image", "save_pages", "load_pages", "BILEVEL_MID_SHARE"]

#: A grey page is stored bilevel when at most this share of its pixels are mid-tones (64-191).  Measured on the
#: sample corpus at 150-200 dpi: scanned and photographed letters 0.027-0.048; a photograph is far above.
BILEVEL_MID_SHARE = 0.12
_PAD = 0.15  # paint this much beyond each word's box, as a fraction of its height (as cesr redact does)
_DEV = 10000  # device units across a page, for PDFium's page <-> device conversions


# ------------------------------------------------------------------ images


def _otsu(hist: list[int]) -> int:
    """Otsu's threshold of a 256-bin histogram."""
    total = sum(hist)
    sum_all = sum(i * h for i, h in enumerate(hist))
    weight_b = sum_b = 0.0
    best, threshold = -1.0, 128
    for t in range(256):
        weight_b += hist[t]
        if weight_b == 0:
            continue
        weight_f = total - weight_b
        if weight_f == 0:
            break
        sum_b += t * hist[t]
        mean_b, mean_f = sum_b / weight_b, (sum_all - sum_b) / weight_f
        between = weight_b * weight_f * (mean_b - mean_f) ** 2
        if between > best:
            best, threshold = between, t
    return threshold


def _grey_or_colour(image):
    """Grey when the picture has no colour (a sample of it is enough), else RGB."""
    from PIL import Image, ImageChops

    if image.mode in ("L", "1"):
        return image.convert("L")
    rgb = image.convert("RGB")
    r, g, b = rgb.resize((64, 64), Image.Resampling.NEAREST).split()
    spread = max(ImageChops.difference(r, g).getextrema()[1], ImageChops.difference(g, b).getextrema()[1])
    return rgb.convert("L") if spread < 24 else rgb


def g4_bytes(bilevel) -> bytes:
    """A mode ``1`` picture encoded CCITT G4 (one strip, as a PDF's ``CCITTFaxDecode`` filter takes it)."""
    from PIL import Image

    buf = io.BytesIO()
    bilevel.save(buf, "TIFF", compression="group4", strip_size=1 << 30)
    data = buf.getvalue()
    with Image.open(io.BytesIO(data)) as tiff:
        offsets, counts = tiff.tag_v2[273], tiff.tag_v2[279]
    if len(offsets) != 1:
        raise RuntimeError("the G4 encoder wrote more than one strip")
    return data[offsets[0]:offsets[0] + counts[0]]


def encode_image(image, path_stem: Path, dpi: float, jpeg_dpi: float = 150, quality: int = 75,
                 bilevel_mid: float = BILEVEL_MID_SHARE, text: str = "") -> ImagePage:
    """Store a painted page image by what it holds: bilevel CCITT G4 at its own resolution when it is black on
    white, else JPEG (grey or colour) at no more than ``jpeg_dpi``.  ``dpi`` is the image's resolution."""
    from PIL import Image

    picture = _grey_or_colour(image)
    if picture.mode == "L":
        hist = picture.histogram()
        if sum(hist[64:192]) <= bilevel_mid * max(1, sum(hist)):
            cut = min(200, max(96, _otsu(hist)))
            bilevel = picture.point([0 if v <= cut else 255 for v in range(256)], "1")
            path = path_stem.with_suffix(".g4")
            path.write_bytes(g4_bytes(bilevel))
            return ImagePage(str(path), bilevel.width, bilevel.height, text, encoding="g4")
    if dpi > jpeg_dpi * 1.05:
        scale = jpeg_dpi / dpi
        picture = picture.resize((max(1, round(picture.width * scale)), max(1, round(picture.height * scale))),
                                 Image.Resampling.BILINEAR, reducing_gap=2.0)
    path = path_stem.with_suffix(".jpg")
    picture.save(path, "JPEG", quality=quality, optimize=True)
    return ImagePage(str(path), picture.width, picture.height, text, encoding="jpeg")



# ------------------------------------------------------------------ vector pages


def _spans_of(reading, spans) -> list[list]:
    """For each word of the reading, the spans that touch it (sorted by start)."""
    import bisect

    touched: list[list] = [[] for _ in reading.words]
    starts = [w[0] for w in reading.words]
    for s in sorted(spans, key=lambda s: s.start):
        k = max(0, bisect.bisect_right(starts, s.start) - 1)
        while k < len(reading.words) and reading.words[k][0] < s.end:
            if reading.words[k][0] < s.end and s.start < reading.words[k][1]:
                touched[k].append(s)
            k += 1
    return touched


def _unsafe(page, reading) -> bool:
    """A page that cannot be set again as text without changing what it shows (see the module's docstring)."""
    import pypdfium2.raw as raw

    if reading.ocr or reading.rotation or not reading.words or page.get_rotation():
        return True
    W, H = page.get_size()
    if W <= 0 or H <= 0:
        return True
    pictures = []
    visible = (raw.FPDF_TEXTRENDERMODE_FILL, raw.FPDF_TEXTRENDERMODE_STROKE, raw.FPDF_TEXTRENDERMODE_FILL_STROKE)
    for obj in page.get_objects(max_depth=15):
        if obj.type == raw.FPDF_PAGEOBJ_TEXT:
            if obj.level > 0 or raw.FPDFTextObj_GetTextRenderMode(obj.raw) not in visible:
                return True
        elif obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            pictures.append(_fractions(page, *obj.get_bounds()))
    for _, _, x0, y0, x1, y1 in reading.words:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if any(p[0] - 0.002 <= cx <= p[2] + 0.002 and p[1] - 0.002 <= cy <= p[3] + 0.002 for p in pictures):
            return True
    return False


def _to_device(page, x: float, y: float) -> tuple[float, float]:
    import pypdfium2.raw as raw

    dx, dy = ctypes.c_int(), ctypes.c_int()
    raw.FPDF_PageToDevice(page.raw, 0, 0, _DEV, _DEV, 0, ctypes.c_double(x), ctypes.c_double(y),
                          ctypes.byref(dx), ctypes.byref(dy))
    return dx.value / _DEV, dy.value / _DEV


def _fractions(page, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
    ax, ay = _to_device(page, left, bottom)
    bx, by = _to_device(page, right, top)
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _layer_words(textpage) -> list[tuple[str, list[int]]]:
    """The text layer's words, each with the PDFium character index of each of its characters.

    The characters are normalised as the reader normalises them (``ingest.readers``: a line break is one
    ``\\n``, PDFium's mark for a hyphen at a line break is ``-``), so the words come in the order and with the
    text of the reading's words; :func:`vector_page` checks that they do, word by word."""
    import re

    from ..ingest.readers import layer_text

    text, index = layer_text(textpage.get_text_range())
    return [(m.group(0), index[m.start():m.end()]) for m in re.finditer(r"\S+", text)]


def _device_map(page):
    """Page points -> page fractions (x from the left, y from the top), as one affine map: PDFium's own
    conversion costs about 60 microseconds a call, and a page has thousands of characters."""
    import pypdfium2.raw as raw

    big = 1_000_000

    def dev(x: float, y: float) -> tuple[float, float]:
        dx, dy = ctypes.c_int(), ctypes.c_int()
        raw.FPDF_PageToDevice(page.raw, 0, 0, big, big, 0, ctypes.c_double(x), ctypes.c_double(y),
                              ctypes.byref(dx), ctypes.byref(dy))
        return dx.value / big, dy.value / big

    (x0, y0), (x1, y1), (x2, y2) = dev(0, 0), dev(1000, 0), dev(0, 1000)
    a, b, c, d = (x1 - x0) / 1000, (x2 - x0) / 1000, (y1 - y0) / 1000, (y2 - y0) / 1000
    return lambda x, y: (x0 + a * x + b * y, y0 + c * x + d * y)


def _runs(textpage, to_device, word: str, indices: list[int], H: float, height: float) -> list[tuple]:
    """A kept word drawn as the text layer has it: ``(text, x, baseline, size, right, style, colour)`` for each
    run of its characters on one baseline (a word broken over two lines is two runs); x and right are
    fractions of the page's width, the baseline in points from the top.  ``height`` is the word's box's
    height in points: only a word taller than its letters is followed character by character."""
    import pypdfium2.raw as raw

    tp = textpage.raw
    ox, oy = ctypes.c_double(), ctypes.c_double()
    pox, poy = ctypes.byref(ox), ctypes.byref(oy)
    runs: list[list] = []  # [text, x, baseline, first index, last index, origin y]
    if not raw.FPDFText_GetCharOrigin(tp, indices[0], pox, poy):
        return []
    if height <= 1.6 * float(raw.FPDFText_GetFontSize(tp, indices[0])):  # one line: the first and last character
        x, baseline = to_device(ox.value, oy.value)
        runs.append([word, x, baseline * H, indices[0], indices[-1], oy.value])
    tolerance = 0.0
    for ch, idx in zip(word, indices) if not runs else ():
        if not raw.FPDFText_GetCharOrigin(tp, idx, pox, poy):
            return []
        x, baseline = to_device(ox.value, oy.value)
        baseline *= H
        if runs and abs(runs[-1][2] - baseline) < tolerance and x >= runs[-1][1] - 0.001:
            runs[-1][0] += ch
            runs[-1][4] = idx
        else:
            tolerance = 0.3 * max(1.0, float(raw.FPDFText_GetFontSize(tp, idx)))
            runs.append([ch, x, baseline, idx, idx, oy.value])
    out = []
    rect = raw.FS_RECTF()
    for text, x, baseline, first, last, origin_y in runs:
        size = float(raw.FPDFText_GetFontSize(tp, first))
        if size <= 0 or not raw.FPDFText_GetLooseCharBox(tp, last, ctypes.byref(rect)):
            return []
        right = to_device(max(rect.left, rect.right), origin_y)[0]
        flags = ctypes.c_int()
        raw.FPDFText_GetFontInfo(tp, first, None, 0, ctypes.byref(flags))
        bold = raw.FPDFText_GetFontWeight(tp, first) >= 600
        italic = bool(flags.value & 64)
        style = "bolditalic" if bold and italic else "bold" if bold else "italic" if italic else "regular"
        r, g, b, a = (ctypes.c_uint() for _ in range(4))
        colour = (0, 0, 0)
        if raw.FPDFText_GetFillColor(tp, first, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
            colour = (r.value, g.value, b.value)
        out.append((text, x, baseline, size, right, style, colour))
    return out


def vector_page(page, reading, page_plan, path_stem: Path, dpi: int = 150, jpeg_quality: int = 75,
                text: str = "") -> LayoutPage | None:
    """Page ``page`` (an open ``pypdfium2`` page) set again as vector text from its reading and plan, or ``None``
    when that is not safe (the caller paints it).  Removes the page's text objects (the page must not be saved)."""
    import pypdfium2.raw as raw
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ..anonymise.redacted import paint_boxes, painted_boxes
    from .render import font

    if _unsafe(page, reading):
        return None
    W, H = (float(v) for v in page.get_size())
    words: list[tuple] = []
    boxes: list[tuple] = []
    to_device = _device_map(page)
    textpage = page.get_textpage()
    try:
        layer = _layer_words(textpage)
        j = 0
        for word, touching in zip(reading.words, _spans_of(reading, page_plan.spans)):
            a, b, x0, y0, x1, y1 = word
            chars = reading.text[a:b]
            while j < len(layer) and layer[j][0] != chars:  # a word the reader could not box is not in the reading
                j += 1
            if j == len(layer):  # the text layer is not the one the reading was made from: paint the page
                return None
            indices = layer[j][1]
            j += 1
            runs = _runs(textpage, to_device, chars, indices, H, (y1 - y0) * H)
            if not runs:
                return None
            if touching:
                tag = "".join(f"[{s.type}]" for s in touching if s.start >= a)
                if len(runs) == 1:
                    p = _PAD * (y1 - y0) * H
                    boxes.append((x0 * W - p, y0 * H - p, x1 * W + p, y1 * H + p, tag))
                else:  # broken over two lines: a box on each line, not one over both
                    for k, (_, x, baseline, size, right, _, _) in enumerate(runs):
                        p = _PAD * size
                        boxes.append((x * W - p, baseline - 0.95 * size - p, right * W + p, baseline + 0.25 * size + p,
                                      tag if k == 0 else ""))
                continue
            for text, x, baseline, size, right, style, colour in runs:
                natural = stringWidth(text, font(style), size)
                if natural <= 0:
                    continue
                scale = max(40.0, min(250.0, 100.0 * (right - x) * W / natural))
                words.append((text, x * W, baseline, size, scale, style, colour))
    finally:
        textpage.close()
    # the rest of the page's drawing, without its text, painted, cropped to what is not white
    background = None
    objects = list(page.get_objects(max_depth=1))
    if any(o.type != raw.FPDF_PAGEOBJ_TEXT for o in objects) or page_plan.regions:
        for o in objects:
            if o.type == raw.FPDF_PAGEOBJ_TEXT:
                page.remove_obj(o)
        check = page.get_textpage()
        try:
            if check.count_chars():
                return None
        finally:
            check.close()
        bitmap = page.render(scale=dpi / 72, draw_annots=False)
        try:
            image = bitmap.to_pil().convert("RGB")
        finally:
            bitmap.close()
        image = paint_boxes(image, painted_boxes(reading, page_plan.spans, page_plan.regions), _PAD)
        ink = image.convert("L").point([255 if v < 246 else 0 for v in range(256)]).getbbox()
        if ink is not None:
            m = 2
            box = (max(0, ink[0] - m), max(0, ink[1] - m), min(image.width, ink[2] + m), min(image.height, ink[3] + m))
            picture = encode_image(image.crop(box), path_stem, dpi, dpi, jpeg_quality)
            sx, sy = W / image.width, H / image.height
            background = (picture, (box[0] * sx, box[1] * sy, box[2] * sx, box[3] * sy))
    return LayoutPage(W, H, words, boxes, background, text)


# ------------------------------------------------------------------ storage


def save_pages(pages: list, path: Path) -> None:
    with open(path, "wb") as f:
        pickle.dump(pages, f, protocol=pickle.HIGHEST_PROTOCOL)


def load_pages(path: str | Path) -> list[Any]:
    with open(path, "rb") as f:
        return pickle.load(f)
