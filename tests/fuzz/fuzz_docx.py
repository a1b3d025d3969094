"""Fuzz the Word reader (:func:`pipeline.ingest.readers.read_docx`: the package, the XML of every part, the
pictures), seeded with the sample .docx files.

A mutated ZIP rarely gets past its checksums, so the first byte of an input says what the rest is:

- 0: the whole file, as is;
- 1: ``word/document.xml`` of a sample document (the next byte picks which), the other parts kept;
- 2: another part of it (headers, footers, notes, comments, relationships, styles, a picture).

Run by ``make fuzz``; see ``harness.py``. Allowed: ``ReadError``.
"""

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

import atheris  # noqa: E402

with atheris.instrument_imports(include=["pipeline.ingest", "zipfile", "PIL"]):
    import io
    import zipfile

    from PIL import Image

    Image.init()

    import pipeline.ingest.codes  # noqa: F401 - the reader imports these lazily
    import pipeline.ingest.docx_text  # noqa: F401

    from pipeline.ingest.readers import ReadError, read_docx
    from pipeline.ingest.settings import IngestSettings

import harness  # noqa: E402

SETTINGS = IngestSettings(**harness.FUZZ_SETTINGS)
SAMPLES = harness.sample("*.docx")


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


PARTS = [_parts(p) for p in SAMPLES]
OTHER = [sorted(n for n in parts if n != "word/document.xml") for parts in PARTS]


def _package(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return buffer.getvalue()


def build(data: bytes) -> bytes:
    if len(data) < 3 or data[0] % 3 == 0:
        return data[1:]
    which = data[1] % len(PARTS)
    parts = dict(PARTS[which])
    if data[0] % 3 == 1:
        parts["word/document.xml"] = data[2:]
    else:
        names = OTHER[which]
        parts[names[data[2] % len(names)]] = data[3:]
    return _package(parts)


def target(data: bytes, scratch: str) -> None:
    read_docx(harness.write_input(build(data), scratch, ".docx"), SETTINGS)


def seeds():
    for n, (path, parts) in enumerate(zip(SAMPLES, PARTS)):
        yield f"{path.stem}-file", b"\x00" + path.read_bytes()
        yield f"{path.stem}-document.xml", bytes([1, n]) + parts["word/document.xml"]
        for k, name in enumerate(OTHER[n]):
            if name.endswith((".xml", ".rels")) or name.startswith("word/media/"):
                yield f"{path.stem}-{name.replace('/', '_')}", bytes([2, n, k]) + parts[name]


if __name__ == "__main__":
    harness.run("docx", target, seeds(), (ReadError,))
