"""Fuzz the image reader (:func:`pipeline.ingest.readers.read_image`: Pillow, then Tesseract and the code
finder), seeded with the sample scans and photo cut small (OCR of a full page takes seconds; a crop keeps the
fuzzer at several inputs a second) in every format the reader meets: PNG, JPEG (with an EXIF turn), TIFF
(several frames), BMP, GIF, WebP.

Run by ``make fuzz``; see ``harness.py``. Allowed: ``ReadError``.
"""

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

import atheris  # noqa: E402

with atheris.instrument_imports(include=["pipeline.ingest", "PIL"]):
    from PIL import Image, ImageOps  # noqa: F401

    Image.init()  # every format plugin loaded now (Pillow loads them on first open), so they are instrumented

    import pipeline.ingest.codes  # noqa: F401 - imported lazily by the reader
    from pipeline.ingest.readers import ReadError, read_image
    from pipeline.ingest.settings import IngestSettings

import harness  # noqa: E402

SETTINGS = IngestSettings(**harness.FUZZ_SETTINGS)


def target(data: bytes, scratch: str) -> None:
    read_image(harness.write_input(data, scratch, ".img"), SETTINGS)


def seeds():
    import io

    for path in harness.sample("*.png") + harness.sample("*.jpg") + harness.sample("*.tif"):
        with Image.open(path) as image:
            page = image.convert("L")
        w, h = page.size
        crop = page.crop((0, 0, min(w, 360), min(h, 200)))  # the letterhead, at the scan's own resolution
        for fmt, extra in (("PNG", {}), ("JPEG", {"quality": 60}), ("BMP", {}), ("GIF", {}), ("WEBP", {})):
            buffer = io.BytesIO()
            crop.save(buffer, fmt, **extra)
            yield f"{path.stem}.{fmt.lower()}", buffer.getvalue()
        exif = Image.Exif()
        exif[0x0112] = 6  # a phone photo taken sideways
        buffer = io.BytesIO()
        crop.rotate(90, expand=True).save(buffer, "JPEG", quality=60, exif=exif)
        yield f"{path.stem}-exif6.jpg", buffer.getvalue()
        buffer = io.BytesIO()
        crop.save(buffer, "TIFF", save_all=True, append_images=[crop.crop((0, 0, 200, 120))], compression="tiff_lzw",
                  dpi=(200, 200))
        yield f"{path.stem}-2frames.tif", buffer.getvalue()


if __name__ == "__main__":
    harness.run("image", target, seeds(), (ReadError,))
