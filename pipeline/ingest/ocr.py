"""Tesseract OCR by file path, one thread per process.

Tesseract is fastest here with ``OMP_THREAD_LIMIT=1`` and one process per
core; images are passed as file paths (no PIL round trip).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["OcrResult", "ocr_image", "tesseract_available"]

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@dataclass(frozen=True)
class OcrResult:
    """Text of one page and Tesseract's mean word confidence (0-100)."""

    text: str
    confidence: float
    words: int


def tesseract_available() -> bool:
    import pytesseract

    try:
        pytesseract.get_tesseract_version()
    except Exception:
        return False
    return True


def ocr_image(path: str, lang: str = "eng", timeout: float = 120.0) -> OcrResult:
    """OCR one image file; lines are rebuilt from Tesseract's word table.

    Args:
        path: Path of an image file Tesseract can read.
        lang: Tesseract language.
        timeout: Seconds before Tesseract is killed.

    Raises:
        RuntimeError: Tesseract failed or timed out.
    """
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        data = pytesseract.image_to_data(
            path, lang=lang, config="--psm 3", output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        raise RuntimeError(f"OCR timed out after {timeout:.0f}s") from exc
    except pytesseract.TesseractError as exc:
        raise RuntimeError(f"OCR failed: {exc.message or exc}") from exc
    except pytesseract.TesseractNotFoundError as exc:
        raise RuntimeError("tesseract is not installed (run 'make setup')") from exc

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
