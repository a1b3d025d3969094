"""Ingest: files become :class:`~pipeline.model.Document` objects with clean text.

Formats are decided from the file's bytes (a ``.pdf`` that is really a PNG
is read as an image).  PDFs are read page by page: the text layer where
there is one, Tesseract where there is none.  Every failure is a document
with ``status="failed"`` and a one-line reason; a batch never stops for one
bad file.

Example:
    >>> from pipeline.ingest import discover, ingest_many
    >>> for doc in ingest_many(discover(["corpora/sample"])):
    ...     print(doc.path, doc.status, doc.pages)
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from pathlib import Path
from typing import Iterable, Iterator

from ..anonymise import Anonymiser
from ..model import Document, one_line
from .detect import SUPPORTED_SUFFIXES, sniff
from .readers import READERS, ReadError
from .settings import IngestSettings

__all__ = ["IngestSettings", "discover", "ingest_file", "ingest_many", "ReadError", "SUPPORTED_SUFFIXES"]

_SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


def discover(paths: Iterable[str | os.PathLike]) -> list[str]:
    """Expand files and folders (recursively) into a sorted list of files.

    Hidden files and folders are skipped; symbolic links to folders are not
    followed (no loops); a path that does not exist is kept so that it is
    reported as failed rather than silently dropped.
    """
    found: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name in _SKIP_NAMES:
                        continue
                    full = os.path.join(root, name)
                    if full not in seen:
                        seen.add(full)
                        found.append(full)
        elif str(path) not in seen:
            seen.add(str(path))
            found.append(str(path))
    return found


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def ingest_file(
    path: str | os.PathLike,
    settings: IngestSettings | None = None,
    anonymise: bool = True,
    applicant: str | None = None,
) -> Document:
    """Read one file into a :class:`Document`; never raises for bad input.

    Args:
        path: The file.
        settings: Ingestion settings.
        anonymise: Replace patient identifiers in the text (the default; the
            raw text is then never kept).
        applicant: The applicant's name, kept by the anonymiser.
    """
    settings = settings or IngestSettings()
    path_str = str(path)
    p = Path(path)
    try:
        if p.is_symlink() and not p.exists():
            return Document.failed(path_str, "", "broken symbolic link")
        if not p.exists():
            return Document.failed(path_str, "", "file not found")
        if p.is_dir():
            return Document.failed(path_str, "", "is a folder, not a file")
        if not os.access(p, os.R_OK):
            return Document.failed(path_str, "", "permission denied: the file cannot be read")
        digest = sha256_file(p)
        with open(p, "rb") as handle:
            head = handle.read(8192)
    except (OSError, RuntimeError) as exc:  # RuntimeError: symlink loop in pathlib
        return Document.failed(path_str, "", f"cannot open file: {exc.strerror or exc}" if isinstance(exc, OSError) else f"cannot open file: {exc}")

    suffix = p.suffix.lower()
    kind = sniff(head, suffix)
    if kind == "empty":
        return Document.failed(path_str, digest, "empty file (0 bytes)")
    if kind == "binary":
        return Document.failed(path_str, digest, "unrecognised binary data, not a supported document format")
    if kind == "zip":
        return Document.failed(path_str, digest, "a ZIP archive, not a supported document; unzip it first", "zip")
    reader = READERS[kind]
    try:
        pages = reader(p, settings)
    except ReadError as exc:
        return Document.failed(path_str, digest, str(exc), kind)
    except MemoryError:
        return Document.failed(path_str, digest, "file too large to read in memory", kind)
    except Exception as exc:  # a reader bug must not stop the batch
        return Document.failed(path_str, digest, f"unexpected error reading {kind}: {type(exc).__name__}: {exc}", kind)

    texts = [pg.text for pg in pages]
    redactions = 0
    if anonymise:
        anonymiser = Anonymiser(applicant=applicant)
        cleaned = []
        for text in texts:
            clean, spans = anonymiser.anonymise(text)
            cleaned.append(clean)
            redactions += len(spans)
        texts = cleaned
    full = "\n\n".join(t.strip() for t in texts if t.strip())
    if not full.strip():
        return Document.failed(path_str, digest, "no text found (blank pages or unreadable scan)", kind)
    return Document(
        path=path_str,
        sha256=digest,
        pages=len(pages),
        ocr_pages=sum(1 for pg in pages if pg.ocr),
        text=full,
        page_texts=texts,
        ocr_confidence=[pg.confidence for pg in pages if pg.ocr and pg.confidence is not None],
        format=kind,
        redactions=redactions,
    )


def _worker_init() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


def _work(args: tuple) -> Document:
    path, settings, anonymise, applicant = args
    try:
        return ingest_file(path, settings, anonymise, applicant)
    except Exception as exc:  # pragma: no cover - belt and braces
        return Document.failed(str(path), "", one_line(f"unexpected error: {exc}"))


def ingest_many(
    paths: Iterable[str],
    settings: IngestSettings | None = None,
    anonymise: bool = True,
    applicant: str | None = None,
) -> Iterator[Document]:
    """Ingest files on a process pool, yielding documents in input order.

    Memory stays flat: documents are yielded as they finish and only a small
    window of work is in flight.
    """
    settings = settings or IngestSettings()
    paths = list(paths)
    workers = min(settings.pool_size, max(1, len(paths)))
    jobs = ((p, settings, anonymise, applicant) for p in paths)
    if workers == 1:
        _worker_init()
        for job in jobs:
            yield _work(job)
        return
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers, initializer=_worker_init, maxtasksperchild=200) as pool:
        yield from pool.imap(_work, jobs, chunksize=1)
