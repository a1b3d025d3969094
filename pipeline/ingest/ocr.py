"""Tesseract OCR by file path, one thread per process, with orientation repair.

Tesseract is fastest here with ``OMP_THREAD_LIMIT=1`` and one process per
core; images are passed as file paths (no PIL round trip).

Orientation: most pages are upright, so every page is read once as it is.
Only a page that reads badly (mean word confidence below a threshold) is
given to Tesseract's orientation and script detection (``--psm 0``, needs the
``osd`` traineddata, Debian package ``tesseract-ocr-osd``); when that says
the page is turned, it is turned back and read again, and the better of the
two readings is kept.  Upright pages therefore cost nothing extra.

Slant: a page that reads poorly, and every page that was turned upright (a photo taken upside down is
rarely square as well), is measured for slant and read again straightened; the straightened reading's word
boxes are mapped back, corner by corner, through the exact rotation onto the image as it is (turned upright
when it was turned) and stored as the box around those four corners, so painting them covers every glyph of
the word in the image a redacted copy is written from.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from dataclasses import dataclass, replace

__all__ = ["OcrResult", "ocr_image", "ocr_page", "detect_orientation", "osd_available", "tesseract_available",
           "tesseract_env", "tesseract_table", "tesseract_command_tsv", "result_from_data", "table_from_tsv",
           "estimate_skew"]


@dataclass(frozen=True)
class OcrResult:
    """Text of one page and Tesseract's mean word confidence (0-100).

    Attributes:
        words: How many words were read.
        rotation: Degrees (clockwise) the page was turned before the reading
            that was kept; 0 when it was read as it is.
        note: A one-line remark about the reading (e.g. orientation not checked).
        boxes: Every word's offsets in ``text`` and its box as fractions of the image
            (``(start, end, x0, y0, x1, y1)``, origin top-left), in the turned image when ``rotation``.
        size: The image's width and height in pixels (turned, when ``rotation``).
    """

    text: str
    confidence: float
    words: int
    rotation: int = 0
    note: str = ""
    boxes: tuple = ()
    size: tuple[int, int] | None = None


def tesseract_available() -> bool:
    import pytesseract

    try:
        pytesseract.get_tesseract_version()
    except Exception:
        return False
    return True


@functools.lru_cache(maxsize=1)
def osd_available() -> bool:
    """True when Tesseract has the ``osd`` traineddata (orientation detection)."""
    import pytesseract

    try:
        return "osd" in pytesseract.get_languages(config="")
    except Exception:
        return False


_ENV_LOCK = threading.Lock()


@contextlib.contextmanager
def tesseract_env():
    """``OMP_THREAD_LIMIT=1`` for the Tesseract process started inside the block, and only for it.

    Tesseract runs 10x faster on one thread per process here; set for the whole process the same limit
    stalls faiss's OpenMP BLAS, so it is set while a Tesseract child starts and restored afterwards.
    """
    from ..config import environment

    with _ENV_LOCK, environment(OMP_THREAD_LIMIT="1"):
        yield


def _config(psm: int, dpi: int | None) -> str:
    return f"--psm {psm}" + (f" --dpi {int(dpi)}" if dpi else "")


def ocr_image(path: str, lang: str = "eng", timeout: float = 120.0, dpi: int | None = None) -> OcrResult:
    """OCR one image file; lines are rebuilt from Tesseract's word table.

    Args:
        path: Path of an image file Tesseract can read.
        lang: Tesseract language.
        timeout: Seconds before Tesseract is stopped.
        dpi: Resolution of the image when the file does not say (e.g. PGM).

    Raises:
        RuntimeError: Tesseract failed or timed out.
    """
    return result_from_data(tesseract_table(path, lang=lang, psm=3, dpi=dpi, timeout=timeout))


def tesseract_table(path: str, lang: str = "eng", psm: int = 3, dpi: int | None = None,
                    timeout: float = 120.0) -> dict[str, list]:
    """Tesseract's word table (:func:`table_from_tsv`) for an image file, on one thread.

    Read by this process's resident Tesseract (:mod:`pipeline.ingest.tesseract_server`: the model loaded once,
    not once a page), or, where the library cannot be loaded, by the ``tesseract`` command with the same
    settings and the table read from its standard output; the two tables are the same.

    Raises:
        RuntimeError: Tesseract is missing, failed or timed out.
    """
    from ..config import child_environment
    from . import tesseract_server

    env = child_environment(OMP_THREAD_LIMIT="1")
    try:
        tsv = tesseract_server.tsv(path, lang, psm, dpi, timeout, env)
    except TimeoutError as exc:
        raise RuntimeError(f"OCR timed out after {timeout:.0f}s") from exc
    except RuntimeError as exc:
        raise RuntimeError(f"OCR failed: {exc}") from exc
    if tsv is None:
        tsv = tesseract_command_tsv(path, lang, psm, dpi, timeout, env)
    return table_from_tsv(tsv)


def tesseract_command_tsv(path: str, lang: str = "eng", psm: int = 3, dpi: int | None = None, timeout: float = 120.0,
                          env: dict[str, str] | None = None) -> str:
    """The TSV word table printed by ``tesseract PATH stdout -l LANG --psm PSM [--dpi DPI] tsv`` (the command
    loads its model for every page: the fallback, and the baseline the resident Tesseract is checked against).

    Raises:
        RuntimeError: Tesseract is missing, failed or timed out.
    """
    import subprocess

    from ..config import child_environment

    cmd = ["tesseract", path, "stdout", "-l", lang, "--psm", str(int(psm))]
    if dpi:
        cmd += ["--dpi", str(int(dpi))]
    try:
        proc = subprocess.run([*cmd, "tsv"], env=env or child_environment(OMP_THREAD_LIMIT="1"),
                              capture_output=True, timeout=timeout or None)
    except subprocess.TimeoutExpired as exc:  # the child is killed before this is raised
        raise RuntimeError(f"OCR timed out after {timeout:.0f}s") from exc
    except FileNotFoundError as exc:
        raise RuntimeError("tesseract is not installed (run 'make setup')") from exc
    if proc.returncode:
        message = " ".join(proc.stderr.decode("utf-8", "replace").splitlines()).strip()
        raise RuntimeError(f"OCR failed: {message or f'Tesseract exited with status {proc.returncode}'}")
    return proc.stdout.decode("utf-8", "replace")


def table_from_tsv(tsv: str) -> dict[str, list]:
    """Tesseract's TSV word table as columns: ``text`` as read, every other column a whole number (``conf`` cut
    to one, as ``pytesseract.Output.DICT`` gives it).  The same table as pytesseract's own parser, which converts
    each cell by trial and took 16 ms of a page's 1 s."""
    lines = tsv.strip().split("\n")
    if len(lines) < 2:
        return {}
    header = lines[0].split("\t")
    width = len(header)
    rows = [line.split("\t") for line in lines[1:]]
    if len(rows[-1]) < width:  # the last word read empty: Tesseract leaves its cell out
        rows[-1].append("")
    if any(len(row) != width for row in rows):  # never seen: a damaged table is read cell by cell
        columns = [[row[i] for row in rows if len(row) > i] for i in range(width)]
    else:
        columns = [list(cells) for cells in zip(*rows)]
    table: dict[str, list] = {}
    for name, cells in zip(header, columns):
        if name == "text":
            table[name] = cells
        elif name == "conf":
            table[name] = [int(float(v)) for v in cells]
        else:
            table[name] = [int(v) for v in cells]
    return table


def result_from_data(data: dict) -> OcrResult:
    """Text with one line per Tesseract line, a blank line between paragraphs, three spaces for a wide gap
    inside a line (a form's label and its value, table cells), and every word's box."""
    width = height = 0
    for i, level in enumerate(data["level"]):
        if level == 1:
            width, height = max(width, data["width"][i]), max(height, data["height"][i])
    width, height = max(width, 1), max(height, 1)
    parts: list[str] = []
    pos = 0
    boxes: list[tuple] = []
    confidences: list[float] = []
    current_key = None
    last_para = None
    prev_right = 0
    line_height = 1
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word:
            continue
        left, top, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if key != current_key:
            if current_key is not None:
                sep = "\n\n" if key[:2] != last_para else "\n"
                parts.append(sep)
                pos += len(sep)
            current_key, last_para = key, key[:2]
            line_height = max(h, 1)
        else:
            sep = "   " if left - prev_right > 2 * max(line_height, h) else " "
            parts.append(sep)
            pos += len(sep)
        boxes.append((pos, pos + len(word), left / width, top / height, (left + w) / width, (top + h) / height))
        parts.append(word)
        pos += len(word)
        prev_right = left + w
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if conf >= 0:
            confidences.append(conf)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrResult(text="".join(parts), confidence=round(mean, 1), words=len(confidences), boxes=tuple(boxes),
                     size=(width, height))


def detect_orientation(path: str, timeout: float = 120.0, dpi: int | None = None) -> tuple[int, float] | None:
    """Tesseract's orientation detection: ``(degrees to turn clockwise, confidence)``.

    Returns ``None`` when Tesseract cannot decide (too little text).

    Raises:
        RuntimeError: the ``osd`` traineddata is missing or Tesseract failed.
    """
    import pytesseract

    if not osd_available():
        raise RuntimeError("Tesseract's orientation data (osd) is not installed (apt-get install tesseract-ocr-osd)")
    try:
        with tesseract_env():
            osd = pytesseract.image_to_osd(path, config=_config(0, dpi), output_type=pytesseract.Output.DICT,
                                           timeout=timeout)
    except pytesseract.TesseractError:
        return None  # "Too few characters. Skipping this page"
    except RuntimeError as exc:
        raise RuntimeError(f"orientation detection timed out after {timeout:.0f}s") from exc
    return int(osd.get("rotate", 0)) % 360, float(osd.get("orientation_conf", 0.0))


def estimate_skew(image, limit: float = 10.0, step: float = 0.5) -> float:
    """The angle (degrees, counter-clockwise) that makes the text lines of ``image`` horizontal: the angle
    whose rotation gives the sharpest horizontal projection profile of the ink (a photographed label held at a
    slant, a page scanned askew)."""
    import numpy as np
    from PIL import Image

    grey = image.convert("L")
    scale = min(1.0, 900 / max(grey.size))
    if scale < 1:
        grey = grey.resize((max(1, int(grey.width * scale)), max(1, int(grey.height * scale))))
    pixels = np.asarray(grey, dtype=np.float32)
    ink = Image.fromarray(((pixels < pixels.mean() - 0.6 * pixels.std()) * 255).astype("uint8"))
    best, best_score = 0.0, -1.0
    angle = -limit
    while angle <= limit + 1e-9:
        profile = np.asarray(ink.rotate(angle, resample=Image.NEAREST, fillcolor=0), dtype=np.float32).sum(axis=1)
        score = float(np.var(np.diff(profile)))
        if score > best_score:
            best, best_score = angle, score
        angle += step
    return round(best, 2)


def _deskewed(path: str, angle: float, lang: str, timeout: float, dpi: int | None) -> OcrResult:
    """Tesseract's reading of the image turned by ``angle`` degrees, with every word's box mapped back onto the
    image as it is (the box around the turned word), so that the copy is painted on the original."""
    import math
    import tempfile

    from PIL import Image

    from PIL import ImageOps

    with Image.open(path) as image:
        grey = ImageOps.autocontrast(image.convert("L"), cutoff=1)
    width, height = grey.size
    turned = grey.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    tw, th = turned.size
    with tempfile.TemporaryDirectory(prefix="cesr-deskew-") as tmp:
        target = os.path.join(tmp, "deskewed.pgm")
        turned.save(target)
        got = ocr_image(target, lang=lang, timeout=timeout, dpi=dpi)
    theta = math.radians(angle)
    cos, sin = math.cos(theta), math.sin(theta)

    def back(x: float, y: float) -> tuple[float, float]:
        ex, ey = x * tw - tw / 2, y * th - th / 2
        return (ex * cos - ey * sin + width / 2) / width, (ex * sin + ey * cos + height / 2) / height

    boxes = []
    for a, b, x0, y0, x1, y1 in got.boxes:
        corners = [back(x, y) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        boxes.append((a, b, max(0.0, min(xs)), max(0.0, min(ys)), min(1.0, max(xs)), min(1.0, max(ys))))
    return replace(got, boxes=tuple(boxes), size=(width, height), note=f"read straightened by {angle:g} degrees")


def _stated_dpi(image) -> int | None:
    """The resolution an image file states (a scan's ``dpi``), or None when it states none or nonsense."""
    try:
        return int(round(float(image.info.get("dpi", (0, 0))[0]))) or None
    except (TypeError, ValueError, IndexError):
        return None


def _contrasted(path: str, lang: str, timeout: float, dpi: int | None) -> OcrResult:
    """Tesseract's reading of the image in grey with its contrast stretched: a label photographed on a coloured or
    busy background (a wound photo, a wristband on skin) that page segmentation otherwise takes for a picture.
    Same size, so the word boxes stand as they are."""
    import tempfile

    from PIL import Image, ImageOps

    with Image.open(path) as image:
        dpi = dpi or _stated_dpi(image)
        grey = ImageOps.autocontrast(image.convert("L"), cutoff=1)
    with tempfile.TemporaryDirectory(prefix="cesr-contrast-") as tmp:
        target = os.path.join(tmp, "contrasted.pgm")
        grey.save(target)
        got = ocr_image(target, lang=lang, timeout=timeout, dpi=dpi)
    return replace(got, note="read in grey, contrast stretched")


def _overlapping(box, boxes) -> list:
    x0, y0, x1, y1 = box
    area = max(1e-9, (x1 - x0) * (y1 - y0))
    found = []
    for word in boxes:
        _, _, a0, b0, a1, b1 = word
        w, h = min(x1, a1) - max(x0, a0), min(y1, b1) - max(y0, b0)
        if w > 0 and h > 0 and w * h > 0.3 * area:
            found.append(word)
    return found


def _code_shaped(word: str) -> bool:
    return sum(c.isalnum() for c in word) >= 5 and any(c.isdigit() for c in word)


def _alnum(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalnum())


def _new_word(word: str, box, first: OcrResult) -> bool:
    """A word of another reading that ``first`` lacks: nothing read there, or a code read differently there (a
    number or reference misread once is read right at another slant, and both readings are searched)."""
    under = _overlapping(box, first.boxes)
    if not under:
        return True
    if not _code_shaped(word):
        return False
    there = "".join(_alnum(first.text[a:b]) for a, b, *_ in under)
    return _alnum(word) not in there


def _merged(first: OcrResult, extra: OcrResult) -> tuple[OcrResult, int]:
    """``first`` with the lines of ``extra`` that hold words ``first`` did not read, or codes it read differently
    (a label photographed at a slant beside straight text: each reading finds what the other misses).  Returns the merged reading and how
    many new words it brought."""
    new_lines: dict[int, list] = {}
    for a, b, x0, y0, x1, y1 in extra.boxes:
        word = extra.text[a:b]
        if sum(c.isalnum() for c in word) < 2 or not _new_word(word, (x0, y0, x1, y1), first):
            continue
        line = extra.text.count("\n", 0, a)
        new_lines.setdefault(line, []).append((a, b, x0, y0, x1, y1))
    added = sum(len(v) for v in new_lines.values())
    if added < 2 and not any(_code_shaped(extra.text[w[0]:w[1]]) for v in new_lines.values() for w in v):
        return first, 0  # one stray word is noise; one code is not
    text = first.text.rstrip("\n")
    boxes = list(first.boxes)
    for line in sorted(new_lines):
        words = new_lines[line]
        text += "\n"
        for i, (a, b, x0, y0, x1, y1) in enumerate(words):
            if i:
                text += " "
            start = len(text)
            text += extra.text[a:b]
            boxes.append((start, len(text), x0, y0, x1, y1))
    words = first.words + added
    confidence = (first.confidence * first.words + extra.confidence * added) / max(1, words)
    note = (first.note + "; " if first.note else "") + "slanted text read again"
    return replace(first, text=text, words=words, confidence=round(confidence, 1), boxes=tuple(boxes), note=note), added


# Slants tried on a page that reads poorly (a label photographed at an angle beside straight text).
_SLANTS = (-8.0, -4.0, 4.0, 8.0)


def unread_ink(path: str, boxes) -> tuple[float, float, float, float] | None:
    """Where on the page ink was left unread: the box (fractions of the page) around the text-like marks that lie
    outside every word ``boxes`` holds, or None when there are none (a short page read whole: its blank rest,
    speckle, ruled lines and table borders do not count).  Reading again is only worth it there."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    with Image.open(path) as image:
        grey = image.convert("L")
    scale = min(1.0, 1000 / max(grey.size))
    if scale < 1:
        grey = grey.resize((max(1, int(grey.width * scale)), max(1, int(grey.height * scale))))
    pixels = np.asarray(grey)
    ink = pixels < min(128.0, float(np.median(pixels)) - 50)  # dark against the page, not a scan's grain
    ink = ndimage.binary_opening(ink, structure=np.ones((2, 2), dtype=bool))  # speckle
    height, width = ink.shape
    # ruled lines and borders are not text
    ink &= ~ndimage.binary_opening(ink, structure=np.ones((1, max(3, width // 12)), dtype=bool))
    ink &= ~ndimage.binary_opening(ink, structure=np.ones((max(3, height // 12), 1), dtype=bool))
    margin = max(2, int(0.006 * height))
    for box in boxes:
        x0, y0, x1, y1 = box[-4:]
        ink[max(0, int(y0 * height) - margin): int(y1 * height) + margin + 1,
            max(0, int(x0 * width) - margin): int(x1 * width) + margin + 1] = False
    joined = ndimage.binary_dilation(ink, structure=np.ones((3, 9), dtype=bool))
    labels, count = ndimage.label(joined)
    if not count:
        return None
    marks = ndimage.sum(ink, labels, range(1, count + 1))
    found = None
    for (rows, cols), n in zip(ndimage.find_objects(labels), marks):
        w, h = cols.stop - cols.start, rows.stop - rows.start
        if n < 40 or w < 0.02 * width or h < 0.005 * height:
            continue  # speckle, a stray dot, a hairline
        box = (cols.start / width, rows.start / height, cols.stop / width, rows.stop / height)
        found = box if found is None else (min(found[0], box[0]), min(found[1], box[1]),
                                           max(found[2], box[2]), max(found[3], box[3]))
    return found


def _slanted_in(path: str, region, angle: float, lang: str, timeout: float, dpi: int | None) -> OcrResult:
    """The reading of ``region`` of the page (fractions, widened a little) turned by ``angle``, its word boxes
    mapped back onto the whole page."""
    import tempfile

    from PIL import Image

    x0, y0, x1, y1 = region
    pad = 0.04
    x0, y0, x1, y1 = max(0.0, x0 - pad), max(0.0, y0 - pad), min(1.0, x1 + pad), min(1.0, y1 + pad)
    if (x1 - x0) * (y1 - y0) > 0.8:
        return _deskewed(path, angle, lang, timeout, dpi)
    with Image.open(path) as image:
        dpi = dpi or _stated_dpi(image)
        width, height = image.size
        crop = image.convert("L").crop((int(x0 * width), int(y0 * height), int(x1 * width), int(y1 * height)))
    with tempfile.TemporaryDirectory(prefix="cesr-region-") as tmp:
        target = os.path.join(tmp, "region.png")
        crop.save(target)
        got = _deskewed(target, angle, lang, timeout, dpi)
    sx, sy = x1 - x0, y1 - y0
    boxes = tuple((a, b, x0 + bx0 * sx, y0 + by0 * sy, x0 + bx1 * sx, y0 + by1 * sy)
                  for a, b, bx0, by0, bx1, by1 in got.boxes)
    return replace(got, boxes=boxes, size=(width, height))


def _straightened(path: str, first: OcrResult, lang: str, timeout: float, dpi: int | None,
                  turned: bool = False) -> OcrResult:
    """``first``, or the reading of ``path`` straightened when that is fuller (a label, a photo or a slanted scan
    reads poorly as it is); the straightened reading's word boxes are mapped back onto ``path`` as it is.

    A page that was turned upright (``turned``: photographed upside down, so by hand and rarely square) is always
    measured for slant, and its straightened reading kept when it is at least as full: on an upside-down drug
    chart photographed 3 degrees askew, the turned page read "NHS 602 338 ie" (87.5) and the same page
    straightened "NHS 602 338 1147" (90.3), a number the rules then find."""
    if not turned and first.words >= 40 and first.confidence >= 80:
        return first
    try:
        from PIL import Image

        with Image.open(path) as image:
            angle = estimate_skew(image)
        if abs(angle) >= 1.0:
            second = _deskewed(path, angle, lang, timeout, dpi)
            if _fuller(second, first, 1.0 if turned else 1.15):
                return second
    except (OSError, ValueError, RuntimeError):  # a straightened reading that fails keeps the first one
        pass
    return first


def _fuller(candidate: OcrResult, current: OcrResult, margin: float = 1.15) -> bool:
    return candidate.words * max(candidate.confidence, 1) > margin * current.words * max(current.confidence, 1)


def ocr_page(
    path: str,
    lang: str = "eng",
    timeout: float = 120.0,
    dpi: int | None = None,
    orientation: bool = True,
    orientation_below: float = 70.0,
    min_orientation_confidence: float = 1.0,
    deskew: bool = True,
) -> OcrResult:
    """Read a page, turning it upright first when it reads badly and is rotated, and straightening it when
    it is slanted (``deskew``: a page with few words or a poor reading is read again straightened, and the
    fuller reading is kept, its word boxes mapped back onto the page as it is).

    Raises:
        RuntimeError: Tesseract failed or timed out.
    """
    first = ocr_image(path, lang=lang, timeout=timeout, dpi=dpi)
    if deskew:
        first = _straightened(path, first, lang, timeout, dpi)
    if deskew and first.words < 40:
        try:
            third = _contrasted(path, lang, timeout, dpi)
            if _fuller(third, first):
                first = third
        except (OSError, ValueError, RuntimeError):
            pass
    if deskew and first.words < 80 and first.boxes and first.rotation == 0:
        # part of the page may be slanted differently from the rest (a label stuck on at an angle): where ink was
        # left unread, read it at a few slants and add what is new
        try:
            region = unread_ink(path, first.boxes)
        except (OSError, ValueError):
            region = (0.0, 0.0, 1.0, 1.0)
        for angle in _SLANTS if region else ():
            try:
                first, _ = _merged(first, _slanted_in(path, region, angle, lang, timeout, dpi))
            except (OSError, ValueError, RuntimeError):
                continue
    if not orientation or first.confidence >= orientation_below and first.words >= 3:
        return first
    try:
        found = detect_orientation(path, timeout=timeout, dpi=dpi)
    except RuntimeError as exc:
        return replace(first, note=f"orientation not checked: {exc}")
    if found is None:
        return first
    rotate, confidence = found
    if rotate == 0 or confidence < min_orientation_confidence:
        return first
    import tempfile

    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="cesr-osd-") as tmp:  # never beside the user's file
        turned = os.path.join(tmp, "turned.pgm")
        with Image.open(path) as image:
            dpi = dpi or _stated_dpi(image)  # the turned copy (PGM) cannot carry the original's resolution
            image.convert("L").rotate(-rotate, expand=True).save(turned)
        second = ocr_image(turned, lang=lang, timeout=timeout, dpi=dpi)
        if deskew:  # upside down *and* slanted (a photographed chart): read the turned page straightened too
            second = _straightened(turned, second, lang, timeout, dpi, turned=True)
    if second.confidence > first.confidence:
        return replace(second, rotation=rotate)
    return first
