"""Tesseract OCR by file path, one thread per process, with orientation repair.

Tesseract is fastest here with ``OMP_THREAD_LIMIT=1`` and one process per
core; images are passed as file paths (no PIL round trip).

Orientation: most pages are upright, so every page is read once as it is.
Only a page that reads badly (mean word confidence below a threshold) is
given to Tesseract's orientation and script detection (``--psm 0``, needs the
``osd`` traineddata, Debian package ``tesseract-ocr-osd``); when that says
the page is turned, it is turned back and read again, and the better of the
two readings is kept.  Upright pages therefore cost nothing extra.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, replace

__all__ = ["OcrResult", "ocr_image", "ocr_page", "detect_orientation", "osd_available", "tesseract_available"]

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@dataclass(frozen=True)
class OcrResult:
    """Text of one page and Tesseract's mean word confidence (0-100).

    Attributes:
        rotation: Degrees (clockwise) the page was turned before the reading
            that was kept; 0 when it was read as it is.
        note: A one-line remark about the reading (e.g. orientation not checked).
    """

    text: str
    confidence: float
    words: int
    rotation: int = 0
    note: str = ""


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


def _config(psm: int, dpi: int | None) -> str:
    return f"--psm {psm}" + (f" --dpi {int(dpi)}" if dpi else "")


def ocr_image(path: str, lang: str = "eng", timeout: float = 120.0, dpi: int | None = None) -> OcrResult:
    """OCR one image file; lines are rebuilt from Tesseract's word table.

    Args:
        path: Path of an image file Tesseract can read.
        lang: Tesseract language.
        timeout: Seconds before Tesseract is killed.
        dpi: Resolution of the image when the file does not say (e.g. PGM).

    Raises:
        RuntimeError: Tesseract failed or timed out.
    """
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        data = pytesseract.image_to_data(
            path, lang=lang, config=_config(3, dpi), output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        raise RuntimeError(f"OCR timed out after {timeout:.0f}s") from exc
    except pytesseract.TesseractNotFoundError as exc:
        raise RuntimeError("tesseract is not installed (run 'make setup')") from exc
    except pytesseract.TesseractError as exc:
        raise RuntimeError(f"OCR failed: {exc.message or exc}") from exc

    lines: list[str] = []
    current_key = None
    current: list[str] = []
    confidences: list[float] = []
    last_block = None
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if key != current_key:
            if current:
                lines.append(" ".join(current))
            if last_block is not None and key[:2] != last_block:
                lines.append("")
            current = []
            current_key = key
            last_block = key[:2]
        current.append(word)
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if conf >= 0:
            confidences.append(conf)
    if current:
        lines.append(" ".join(current))
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrResult(text="\n".join(lines).strip(), confidence=round(mean, 1), words=len(confidences))


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
        osd = pytesseract.image_to_osd(path, config=_config(0, dpi), output_type=pytesseract.Output.DICT,
                                       timeout=timeout)
    except pytesseract.TesseractError:
        return None  # "Too few characters. Skipping this page"
    except RuntimeError as exc:
        raise RuntimeError(f"orientation detection timed out after {timeout:.0f}s") from exc
    return int(osd.get("rotate", 0)) % 360, float(osd.get("orientation_conf", 0.0))


def ocr_page(
    path: str,
    lang: str = "eng",
    timeout: float = 120.0,
    dpi: int | None = None,
    orientation: bool = True,
    orientation_below: float = 70.0,
    min_orientation_confidence: float = 1.0,
) -> OcrResult:
    """Read a page, turning it upright first when it reads badly and is rotated.

    Raises:
        RuntimeError: Tesseract failed or timed out.
    """
    first = ocr_image(path, lang=lang, timeout=timeout, dpi=dpi)
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
            if not dpi:  # the turned copy (PGM) cannot carry the original's resolution
                try:
                    dpi = int(round(float(image.info.get("dpi", (0, 0))[0]))) or None
                except (TypeError, ValueError, IndexError):
                    dpi = None
            image.convert("L").rotate(-rotate, expand=True).save(turned)
        second = ocr_image(turned, lang=lang, timeout=timeout, dpi=dpi)
    if second.confidence > first.confidence:
        return replace(second, rotation=rotate)
    return first
