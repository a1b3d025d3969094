"""Validated ingestion settings."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..bounds import bounded, check_bounds

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
    min_text_chars: int = bounded(25, low=0)
    dpi: int = bounded(300, low=72, high=600)
    min_ocr_dpi: int = bounded(150, low=72)
    max_pages: int = bounded(1000, low=1)
    max_image_pixels: int = bounded(80_000_000, low=1_000_000)
    ocr_timeout: float = bounded(120.0, positive=True)
    lang: str = "eng"
    workers: int = bounded(0, low=0, note="0 = one per core")
    low_confidence: float = bounded(60.0, low=0, high=100, note="a Tesseract confidence")
    orientation: bool = True
    orientation_below: float = bounded(70.0, low=0, high=100, note="a Tesseract confidence")
    pdf_text: str = "pdfium"
    classify: bool = True
    recency_years: float | None = bounded(None, positive=True)
    today: str | None = None
    max_attachment_depth: int = bounded(3, low=0)
    doc_timeout: float = bounded(3600.0, positive=True)
    worker_memory_mb: int = bounded(0, low=0, note="0 = automatic")
    allow: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_bounds(self)
        if self.min_ocr_dpi > self.dpi:
            raise ValueError(f"min_ocr_dpi must be at most dpi ({self.dpi}), not {self.min_ocr_dpi}")
        if self.pdf_text not in PDF_TEXT_ENGINES:
            raise ValueError(f"pdf_text must be one of {', '.join(PDF_TEXT_ENGINES)}")

    @property
    def pool_size(self) -> int:
        return self.workers or max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
