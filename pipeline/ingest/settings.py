"""Validated ingestion settings."""

from __future__ import annotations

import os
from dataclasses import dataclass

PDF_TEXT_ENGINES = ("pdfium", "pdfplumber")


@dataclass(frozen=True)
class IngestSettings:
    """How files are read.

    Attributes:
        ocr: Run Tesseract on pages without a text layer and on images.
        min_text_chars: A PDF page with fewer non-space characters in its text
            layer is treated as a scan and OCR'd.
        dpi: Highest rendering resolution for OCR of PDF pages.  A page that is
            one scanned image is rendered at the image's own resolution (no
            upsampling: the same text, fewer pixels for Tesseract), but never
            below ``min_ocr_dpi``.
        min_ocr_dpi: Lowest rendering resolution for OCR of PDF pages.
        max_pages: PDFs with more pages are refused (evidence is never that long;
            a 5,000-page file is a mistake or an attack).
        max_image_pixels: Images above this size are refused (decompression bombs);
            PDF pages are rendered at a lower resolution rather than above it.
        ocr_timeout: Seconds allowed per OCR page.
        lang: Tesseract language.
        workers: Processes for a batch; defaults to the number of cores.
        low_confidence: Mean OCR word confidence below which a page is flagged.
        orientation: When an OCR page reads badly (mean confidence below
            ``orientation_below``), ask Tesseract's orientation detection
            (``--psm 0``) whether it is rotated, turn it and read it again.
        orientation_below: See ``orientation``.
        pdf_text: Text-layer extraction: ``"pdfium"`` (fast, the default) or
            ``"pdfplumber"`` (pdfminer layout analysis, ~25x slower).
        classify: Detect each document's date and evidence type.
        recency_years: The curriculum's recency window; when set, documents
            dated earlier are marked ``older_than_recency``.
        today: Reference date (ISO) for the recency window; default today.
        max_attachment_depth: How deep e-mails attached to e-mails are opened.
        doc_timeout: Seconds one file may take in a worker before the worker is
            stopped and the file reported as failed.
        worker_memory_mb: Address-space limit of each worker (0 = a share of the
            machine's memory), so one hostile file cannot exhaust the machine.
        allow: Allow-list files added to the shipped one (numbers and codes the
            anonymiser keeps; a workspace's ``allowlist.txt``).
    """

    ocr: bool = True
    min_text_chars: int = 25
    dpi: int = 300
    min_ocr_dpi: int = 150
    max_pages: int = 1000
    max_image_pixels: int = 80_000_000
    ocr_timeout: float = 120.0
    lang: str = "eng"
    workers: int = 0
    low_confidence: float = 60.0
    orientation: bool = True
    orientation_below: float = 70.0
    pdf_text: str = "pdfium"
    classify: bool = True
    recency_years: float | None = None
    today: str | None = None
    max_attachment_depth: int = 3
    doc_timeout: float = 3600.0
    worker_memory_mb: int = 0
    allow: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.min_text_chars < 0:
            raise ValueError("min_text_chars must be >= 0")
        if not 72 <= self.dpi <= 600:
            raise ValueError("dpi must be between 72 and 600")
        if not 72 <= self.min_ocr_dpi <= self.dpi:
            raise ValueError("min_ocr_dpi must be between 72 and dpi")
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
        if not 0 <= self.orientation_below <= 100:
            raise ValueError("orientation_below is a Tesseract confidence, 0-100")
        if self.pdf_text not in PDF_TEXT_ENGINES:
            raise ValueError(f"pdf_text must be one of {', '.join(PDF_TEXT_ENGINES)}")
        if self.recency_years is not None and self.recency_years <= 0:
            raise ValueError("recency_years must be positive")
        if self.max_attachment_depth < 0:
            raise ValueError("max_attachment_depth must be >= 0")
        if self.doc_timeout <= 0:
            raise ValueError("doc_timeout must be positive")
        if self.worker_memory_mb < 0:
            raise ValueError("worker_memory_mb must be >= 0 (0 = automatic)")

    @property
    def pool_size(self) -> int:
        return self.workers or max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
