"""Validated ingestion settings."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class IngestSettings:
    """How files are read.

    Attributes:
        ocr: Run Tesseract on pages without a text layer and on images.
        min_text_chars: A PDF page with fewer non-space characters in its text
            layer is treated as a scan and OCR'd.
        dpi: Rendering resolution for OCR of PDF pages.
        max_pages: PDFs with more pages are refused (evidence is never that long;
            a 5,000-page file is a mistake or an attack).
        max_image_pixels: Images above this size are refused (decompression bombs).
        ocr_timeout: Seconds allowed per OCR page.
        lang: Tesseract language.
        workers: Processes for a batch; defaults to the number of cores.
        low_confidence: Mean OCR word confidence below which a page is flagged.
    """

    ocr: bool = True
    min_text_chars: int = 25
    dpi: int = 300
    max_pages: int = 1000
    max_image_pixels: int = 80_000_000
    ocr_timeout: float = 120.0
    lang: str = "eng"
    workers: int = 0
    low_confidence: float = 60.0

    def __post_init__(self) -> None:
        if self.min_text_chars < 0:
            raise ValueError("min_text_chars must be >= 0")
        if not 72 <= self.dpi <= 600:
            raise ValueError("dpi must be between 72 and 600")
        if self.max_pages < 1:
            raise ValueError("max_pages must be >= 1")
        if self.max_image_pixels < 1_000_000:
            raise ValueError("max_image_pixels must be at least 1,000,000")
        if self.ocr_timeout <= 0:
            raise ValueError("ocr_timeout must be positive")
        if self.workers < 0:
            raise ValueError("workers must be >= 0 (0 = one per core)")
        if not 0 <= self.low_confidence <= 100:
            raise ValueError("low_confidence is a Tesseract confidence, 0-100")

    @property
    def pool_size(self) -> int:
        return self.workers or max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
