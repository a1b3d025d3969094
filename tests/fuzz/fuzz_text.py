"""Fuzz the plain-text reader (:func:`pipeline.ingest.readers.read_text`, with its encoding detection),
seeded with the sample text files in several encodings.

Run by ``make fuzz``; see ``harness.py``. Allowed: ``ReadError``.
"""

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

import atheris  # noqa: E402

with atheris.instrument_imports(include=["pipeline.ingest", "charset_normalizer"]):
    import charset_normalizer  # noqa: F401 - imported lazily by decode_text

    from pipeline.ingest.readers import ReadError, read_text
    from pipeline.ingest.settings import IngestSettings

import harness  # noqa: E402

SETTINGS = IngestSettings(**harness.FUZZ_SETTINGS)


def target(data: bytes, scratch: str) -> None:
    read_text(harness.write_input(data, scratch, ".txt"), SETTINGS)


def seeds():
    for path in harness.sample("*.txt"):
        text = path.read_text(encoding="utf-8")
        yield path.name, text.encode("utf-8")
        short = text[:600]
        yield path.stem + "-utf16.txt", short.encode("utf-16")
        yield path.stem + "-utf8bom.txt", b"\xef\xbb\xbf" + short.encode("utf-8")
        yield path.stem + "-cp1252.txt", (short + " \u00a3120, caf\u00e9").encode("cp1252", errors="replace")
        yield path.stem + "-pages.txt", short.replace("\n\n", "\f", 2).replace("\n", "\r\n").encode("utf-8")


if __name__ == "__main__":
    harness.run("text", target, seeds(), (ReadError,))
