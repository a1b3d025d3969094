"""Fuzz the PDF reader (:func:`pipeline.ingest.readers.read_pdf`), seeded with the sample PDFs.

Run by ``make fuzz``; see ``harness.py``. Allowed: ``ReadError`` (a clear reason for the doctor).
"""

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

import atheris  # noqa: E402

with atheris.instrument_imports(include=["pipeline.ingest", "pypdfium2"]):
    import pypdfium2  # noqa: F401 - the readers import these lazily: imported here, they are instrumented
    import pypdfium2.raw  # noqa: F401

    import pipeline.ingest.codes  # noqa: F401
    from pipeline.ingest.readers import ReadError, read_pdf
    from pipeline.ingest.settings import IngestSettings

import harness  # noqa: E402

SETTINGS = IngestSettings(**harness.FUZZ_SETTINGS)


def target(data: bytes, scratch: str) -> None:
    read_pdf(harness.write_input(data, scratch, ".pdf"), SETTINGS)


def seeds():
    for path in harness.sample("*.pdf"):
        yield path.name, path.read_bytes()
    from reportlab.pdfgen import canvas  # an encrypted one and a two-page one with a drawn barcode-like pattern

    import io

    for name, kwargs in (("encrypted.pdf", {"encrypt": "s3cret"}), ("plain.pdf", {})):
        buffer = io.BytesIO()
        c = canvas.Canvas(buffer, **kwargs)
        c.drawString(72, 720, "Discharge summary, Emergency Department")
        for i in range(50):
            c.rect(72 + i * 4, 500, 2, 60, fill=1)
        c.showPage()
        c.drawString(72, 720, "Page two")
        c.save()
        yield name, buffer.getvalue()


if __name__ == "__main__":
    harness.run("pdf", target, seeds(), (ReadError,))
