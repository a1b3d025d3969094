"""Barcodes and QR codes on a page image, found with zxing-cpp.

Wristbands, addressograph labels, specimen labels and request forms carry a
patient's hospital or NHS number as a Code 128 barcode or a QR code; the GMC
asks for every barcode and QR code to go.  Every page image the tool reads
(scans, photos, rendered PDF pages, pictures inside Word files) is searched
here, and each code found becomes a :class:`~pipeline.model.Region` to be
painted over in the redacted copy.  Codes that are found but do not decode
cleanly (a checksum error, a damaged label) are painted too.  A 1D code too blurred or too finely printed to decode at all (a
wristband photographed small, its bars run together) is still found by its
shape: many tall parallel strokes side by side.  The value a code carries is
never kept.
"""

from __future__ import annotations

from ..model import Region

__all__ = ["find_codes", "codes_available"]

# 2D symbologies (zxing-cpp's format names): shown to the doctor as "QR code" regions; every other format is a
# 1D barcode.
_MATRIX = ("QR", "DataMatrix", "Aztec", "PDF417", "MaxiCode")
# Images up to this size (pixels, longer side) are searched again at twice the size: photos and labels, not pages
# rendered at 300 dpi, whose bars are wide enough already.
_UPSCALE_BELOW = 2000
# A patch of bars that does not decode is painted when this many bars cross it at three heights, in the same
# pattern (a line of text, a table's rules or a photo's edges do not make 15 parallel strokes that line up).
_MIN_BARS = 15


def codes_available() -> bool:
    try:
        import zxingcpp  # noqa: F401
    except ImportError:
        return False
    return True


def find_codes(image, margin: float = 0.004) -> list[Region]:
    """Every barcode and QR code in ``image`` (a PIL image or an image file path), as regions.

    Args:
        image: The page image.
        margin: Added around each code, as a fraction of the page (quiet zones and the printed digits
            under a barcode are covered by the OCR'd words, not by this margin).
    """
    from PIL import Image

    owned = None
    if not isinstance(image, Image.Image):
        owned = Image.open(image)
        image = owned
    try:
        import numpy as np

        grey = image if image.mode == "L" else image.convert("L")
        width, height = grey.size
        grid = np.asarray(grey)  # the pixels, copied out of the image once for every reading below
        found = _read(grid, 1)
        if max(width, height) <= _UPSCALE_BELOW:
            # a photographed label's narrow bars, a few pixels each and slightly turned, decode only when enlarged
            found += _read(np.asarray(grey.resize((width * 2, height * 2), Image.LANCZOS)), 2)
        pixels = grid < 128  # dark pixels, to measure how tall a barcode's bars are
        # the shape search at full size on photos and labels (their bars are a pixel or two); on a page rendered at
        # 300 dpi, whose bars are several pixels wide, at half size: a quarter of the work (0.3-0.45 s a page before)
        step = 1 if max(width, height) <= _UPSCALE_BELOW else 2
        patches = [tuple(v * step for v in box) for box in
                   _bar_patches(np.asarray(grey if step == 1 else grey.reduce(step), dtype=np.int16))]
    finally:
        if owned is not None:
            owned.close()
    regions: list[Region] = []
    for code, scale, turned in found:
        # a code read on the page turned a quarter left is measured there, on that page's pixels, and its box turned
        # back: the box of a 1D code reaches up and down its bars, whichever way they run on the page
        frame = np.rot90(pixels) if turned else pixels
        fh, fw = frame.shape
        pos = code.position
        xs = [p / scale for p in (pos.top_left.x, pos.top_right.x, pos.bottom_left.x, pos.bottom_right.x)]
        ys = [p / scale for p in (pos.top_left.y, pos.top_right.y, pos.bottom_left.y, pos.bottom_right.y)]
        name = str(getattr(code.format, "name", "") or code.format)
        pretty = str(code.format)
        linear = not any(m.lower() in name.lower() for m in _MATRIX)
        x0, x1 = min(xs) / fw, max(xs) / fw
        y0, y1 = min(ys) / fh, max(ys) / fh
        if linear:
            # zxing reports a 1D code's scan line, which can be a thin strip: the bars go up and down from it as
            # far as the rows keep the same pattern of bars
            extent = _bar_rows(frame, int(x0 * fw), int(x1 * fw) + 1, int((y0 + y1) / 2 * fh))
            if extent and extent[1] - extent[0] >= 0.1 * (x1 - x0) * fw:
                pad = max(3, 0.05 * (extent[1] - extent[0]))  # no sliver of bars left to scan across
                y0, y1 = min(y0, (extent[0] - pad) / fh), max(y1, (extent[1] + pad) / fh)
            else:
                bar = max(y1 - y0, 0.35 * (x1 - x0) * fw / fh)
                mid = (y0 + y1) / 2
                y0, y1 = mid - bar / 2, mid + bar / 2
        if turned:  # a point (x, y) of the page turned left is (1 - y, x) on the page as it is
            x0, y0, x1, y1 = 1 - y1, x0, 1 - y0, x1
        box = (max(0.0, x0 - margin), max(0.0, y0 - margin), min(1.0, x1 + margin), min(1.0, y1 + margin))
        regions.append(Region("barcode" if linear else "qrcode", box, pretty))
    for x0, y0, x1, y1 in patches:
        box = (max(0.0, x0 / width - margin), max(0.0, y0 / height - margin), min(1.0, x1 / width + margin),
               min(1.0, y1 / height + margin))
        if not any(_overlap(box, r.box) > 0.5 for r in regions):
            regions.append(Region("barcode", box, "barcode (does not decode)"))
    return _merge(regions)


def _read(grid, scale: int) -> list[tuple]:
    """The codes zxing-cpp reads on ``grid`` (a greyscale image's pixels, enlarged ``scale`` times), each as
    ``(code, scale, turned)``.

    Every format is read on the image as it is: QR, Data Matrix and Aztec codes are found at any angle there.  A
    1D code on its side (a wristband photographed across, a label stuck on sideways) is read on the image turned
    a quarter left (``turned``), by the 1D readers alone: zxing-cpp's own ``try_rotate`` reads every format both
    ways, which costs more than twice the reading of the page as it is (48 against 20 ms on a 200-dpi A4 scan)."""
    import numpy as np
    import zxingcpp

    upright = zxingcpp.read_barcodes(grid, return_errors=True, try_rotate=False)
    turned = zxingcpp.read_barcodes(np.rot90(grid), formats=zxingcpp.BarcodeFormat.LinearCodes, return_errors=True,
                                    try_rotate=False)
    return [(code, scale, False) for code in upright] + [(code, scale, True) for code in turned]


def _bar_patches(grey, block: int = 4, window: int = 6) -> list[tuple[int, int, int, int]]:
    """Pixel boxes of 1D barcodes found by their shape, upright or on their side, whether they decode or not.

    Across a barcode the grey level changes at every bar and along the bars it hardly changes: the mean
    brightness change across (in blocks of ``block`` pixels, averaged over ``window`` blocks) is high and more
    than three times the change along. Each such patch is kept when at least ``_MIN_BARS`` bars cross it at
    30%, 50% and 70% of its height and the rows at 30% and 70% match (shifted for a code turned a few degrees)."""
    import numpy as np
    from scipy import ndimage

    across = np.zeros(grey.shape, np.int16)
    np.abs(np.diff(grey, axis=1), out=across[:, 1:])
    along = np.zeros(grey.shape, np.int16)
    np.abs(np.diff(grey, axis=0), out=along[1:, :])
    bx = ndimage.uniform_filter(_blocks(across, block), size=window)
    by = ndimage.uniform_filter(_blocks(along, block), size=window)
    boxes = []
    for upright, a, b in ((True, bx, by), (False, by, bx)):  # bars up and down; a code on its side
        labels, _ = ndimage.label((a > 3 * b) & (a > 20))
        for rows, cols in ndimage.find_objects(labels):
            y0, y1, x0, x1 = rows.start * block, rows.stop * block, cols.start * block, cols.stop * block
            patch = grey[y0:y1, x0:x1] if upright else grey[y0:y1, x0:x1].T
            if patch.shape[1] >= 40 and patch.shape[0] >= 12 and _bars_line_up(patch):
                boxes.append((max(0, x0 - block), max(0, y0 - block), x1 + block, y1 + block))
    return boxes


def _blocks(a, k: int):
    """Mean of each k×k block (the edge rows and columns that do not fill a block are left out)."""
    import numpy as np

    h, w = a.shape[0] // k * k, a.shape[1] // k * k
    # row by row, then column by column, in whole-array adds: numpy's sum over two axes of a reshaped view is
    # 13x slower (3.9 against 0.3 ms on a 200-dpi page at half size), with the same result
    rows = a[:h, :w].reshape(h // k, k, w)
    total = rows[:, 0].astype(np.int32)
    for i in range(1, k):
        total += rows[:, i]
    blocks = total[:, 0::k].copy()
    for i in range(1, k):
        blocks += total[:, i::k]
    return blocks.astype(np.float32) / (k * k)


def _bars_line_up(patch) -> bool:
    """Whether a patch (bars running up and down) holds ``_MIN_BARS`` bars in the same pattern at several heights.

    Bars are counted as dips in the brightness along a row (so bars blurred into grey still count), and the rows
    at 30% and 70% of the height must match closely when one is slid along the other by as much as a turn of
    six degrees moves the bars."""
    import numpy as np
    from scipy.signal import find_peaks

    patch = patch.astype(np.float32)
    height, width = patch.shape
    depth = 0.15 * float(np.percentile(patch, 95) - np.percentile(patch, 5))
    if depth < 10:
        return False
    rows = []
    for f in (0.3, 0.5, 0.7):
        y = min(height - 2, max(1, int(height * f)))
        row = patch[y - 1:y + 2].mean(axis=0)
        if len(find_peaks(-row, prominence=depth)[0]) < _MIN_BARS:
            return False
        rows.append(row - row.mean())
    top, bottom = rows[0], rows[2]
    drift = int(np.ceil(np.tan(np.radians(6)) * height * 0.4)) + 1
    best = 0.0
    for s in range(-drift, drift + 1):
        a, b = (top[s:], bottom[:width - s]) if s >= 0 else (top[:width + s], bottom[-s:])
        norm = float(np.sqrt((a * a).sum() * (b * b).sum())) or 1.0
        best = max(best, float((a * b).sum()) / norm)
    return best >= 0.6


def _bar_rows(dark, x0: int, x1: int, y: int) -> tuple[int, int] | None:
    """The rows a barcode's bars span: from the scan line ``y`` up and down while each row keeps the pattern of
    the row before it (a slightly turned code drifts a little from row to row; a quiet zone or a line of text
    does not match)."""
    height = dark.shape[0]
    if not (0 <= y < height) or x1 - x0 < 8:
        return None
    strip = dark[:, max(0, x0):x1]
    if not 0.2 <= strip[y].mean() <= 0.8:
        return None
    top = bottom = y
    while top > 0 and (strip[top - 1] == strip[top]).mean() >= 0.85 and 0.2 <= strip[top - 1].mean() <= 0.8:
        top -= 1
    while bottom < height - 1 and (strip[bottom + 1] == strip[bottom]).mean() >= 0.85 \
            and 0.2 <= strip[bottom + 1].mean() <= 0.8:
        bottom += 1
    return top, bottom + 1


def _merge(regions: list[Region]) -> list[Region]:
    """The same code read twice (at two scales) is one region."""
    out: list[Region] = []
    for r in regions:
        for i, o in enumerate(out):
            if _overlap(r.box, o.box) > 0.5:
                box = (min(r.box[0], o.box[0]), min(r.box[1], o.box[1]), max(r.box[2], o.box[2]),
                       max(r.box[3], o.box[3]))
                out[i] = Region(o.kind, box, o.label)
                break
        else:
            out.append(r)
    return out


def _overlap(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])) or 1e-9
    return ix * iy / small
