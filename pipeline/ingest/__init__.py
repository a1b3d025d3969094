"""Ingest: files become :class:`~pipeline.model.Document` objects with clean text.

Formats are decided from the file's bytes (a ``.pdf`` that is really a PNG
is read as an image, and flagged).  PDFs are read page by page: the text layer
where there is one (PDFium), Tesseract where there is none; pages that read
badly are checked for rotation and turned upright.  E-mails (``.eml``) are
read with each attachment as a document of its own, linked to its message.
Each document gets its own date, evidence type and primary/secondary status
(:mod:`pipeline.ingest.classify`).  Every failure is a document with
``status="failed"``, a one-line reason and a short ``error_kind``
(:data:`OUTCOMES`); a batch never stops for one bad file, nor for a worker
that crashes.

Example:
    >>> from pipeline.ingest import discover, ingest_many
    >>> for doc in ingest_many(discover(["corpora/sample"])):
    ...     print(doc.path, doc.status, doc.pages, doc.evidence_type, doc.date)
"""

from __future__ import annotations

import datetime as _dt
import errno
import hashlib
import os
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Iterable, Iterator

from ..model import Document, one_line
from .detect import KIND_NAMES, SUPPORTED_SUFFIXES, extension_mismatch, sniff
from .readers import READERS, PageText, ReadError, ReadResult
from .settings import IngestSettings

__all__ = [
    "IngestSettings",
    "OUTCOMES",
    "Entry",
    "discover",
    "walk",
    "flatten",
    "ingest_file",
    "ingest_many",
    "ingest_stream",
    "read_job",
    "crashed_job",
    "FileBytes",
    "ship_file",
    "shipped_allow",
    "read_shipped",
    "check_path",
    "sha256_file",
    "ReadError",
    "SUPPORTED_SUFFIXES",
]

_SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}

# error_kind -> what it means, for summaries
OUTCOMES: dict[str, str] = {
    "empty": "empty file (0 bytes)",
    "corrupt": "corrupt or truncated file",
    "encrypted": "encrypted (password needed)",
    "too_many_pages": "too many pages",
    "image_too_large": "image too large (possible decompression bomb)",
    "unsupported": "format not supported",
    "binary": "binary data, not a document",
    "no_text": "no text found",
    "ocr_off": "needs OCR, which is switched off",
    "ocr_error": "OCR failed",
    "permission": "permission denied",
    "not_found": "file not found",
    "broken_link": "broken symbolic link",
    "symlink_loop": "symbolic link loop",
    "not_a_file": "not a regular file",
    "crash": "reader crashed or hung",
    "unreadable": "could not be read",
}


# ---------------------------------------------------------------- finding files


@dataclass(frozen=True)
class Entry:
    """A path found by :func:`walk`; ``skip`` says why it will not be read."""

    path: str
    skip: str | None = None
    kind: str | None = None  # error_kind of the skip


def walk(paths: Iterable[str | os.PathLike]) -> Iterator[Entry]:
    """Expand files and folders (recursively, sorted) into entries.

    Hidden files and folders are skipped silently; symbolic links to folders
    are followed unless they lead back into a folder already visited (a loop,
    reported as a skipped entry); a path that does not exist is kept so that
    it is reported as failed rather than silently dropped.
    """
    seen_files: set[str] = set()
    visited: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            if str(path) not in seen_files:
                seen_files.add(str(path))
                yield Entry(str(path))
            continue
        stack = [str(path)]
        while stack:
            folder = stack.pop()
            try:
                st = os.stat(folder)
            except OSError as exc:
                yield Entry(folder, f"cannot open folder: {exc.strerror or exc}", _errno_kind(exc))
                continue
            key = (st.st_dev, st.st_ino)
            if key in visited:
                if os.path.islink(folder):
                    yield Entry(folder, "symbolic link loop: leads back to a folder already read", "symlink_loop")
                continue
            visited.add(key)
            try:
                with os.scandir(folder) as it:
                    children = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                yield Entry(folder, f"cannot list folder: {exc.strerror or exc}", _errno_kind(exc))
                continue
            subfolders = []
            for child in children:
                if child.name.startswith(".") or child.name in _SKIP_NAMES:
                    continue
                try:
                    child_is_dir = child.is_dir(follow_symlinks=True)
                except OSError:
                    child_is_dir = False
                if child_is_dir:
                    subfolders.append(child.path)
                elif child.path not in seen_files:
                    seen_files.add(child.path)
                    yield Entry(child.path)
            stack.extend(reversed(subfolders))


def discover(paths: Iterable[str | os.PathLike]) -> list[str]:
    """Expand files and folders (recursively) into a sorted list of files.

    Hidden files and folders are skipped; symbolic-link loops are not
    followed; a path that does not exist is kept so that it is reported as
    failed rather than silently dropped.  (:func:`walk` also reports what was
    skipped and why.)
    """
    return [e.path for e in walk(paths) if e.skip is None]


def _errno_kind(exc: OSError) -> str:
    return {errno.EACCES: "permission", errno.EPERM: "permission", errno.ENOENT: "not_found",
            errno.ELOOP: "symlink_loop"}.get(exc.errno or 0, "unreadable")


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


# ---------------------------------------------------------------- one file


def check_path(p: Path, path_str: str) -> Document | None:
    """A failed document when the path cannot be read as a file, else ``None``."""
    try:
        st = os.lstat(p)
    except FileNotFoundError:
        return Document.failed(path_str, "", "file not found", kind="not_found")
    except OSError as exc:
        return Document.failed(path_str, "", f"cannot open file: {exc.strerror or exc}", kind=_errno_kind(exc))
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(p)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return Document.failed(path_str, "", "symbolic link loop: the link points back to itself",
                                       kind="symlink_loop")
            return Document.failed(path_str, "", "broken symbolic link: its target does not exist",
                                   kind="broken_link")
    if stat.S_ISDIR(st.st_mode):
        return Document.failed(path_str, "", "is a folder, not a file", kind="not_a_file")
    if not stat.S_ISREG(st.st_mode):
        return Document.failed(path_str, "", "not a regular file (a device, pipe or socket)", kind="not_a_file")
    if not os.access(p, os.R_OK):
        return Document.failed(path_str, "", "permission denied: the file cannot be read", kind="permission")
    return None


def ingest_file(
    path: str | os.PathLike,
    settings: IngestSettings | None = None,
    anonymise: bool = True,
    applicant: str | None = None,
    _depth: int = 0,
) -> Document:
    """Read one file into a :class:`Document`; never raises for bad input.

    Args:
        path: The file.
        settings: Ingestion settings.
        anonymise: Replace patient identifiers in the text (the default; the
            raw text is then never kept).
        applicant: The applicant's name, kept by the anonymiser.

    An e-mail's attachments are in ``doc.attachments``, each a document with
    ``parent`` set to the message's sha256 (see :func:`flatten`).
    """
    settings = settings or IngestSettings()
    path_str = str(path)
    p = Path(path)
    bad = check_path(p, path_str)
    if bad is not None:
        return bad
    try:
        digest = sha256_file(p)
        with open(p, "rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        return Document.failed(path_str, "", f"cannot open file: {exc.strerror or exc}", kind=_errno_kind(exc))

    suffix = p.suffix.lower()
    kind = sniff(head, suffix)
    if kind == "empty":
        return Document.failed(path_str, digest, "empty file (0 bytes)", kind="empty")
    if kind == "zip":
        kind = _zip_kind(p)
    flags: list[str] = []
    if kind in ("binary", "zip", "heic", "ole", "archive"):
        return Document.failed(path_str, digest, _unsupported_reason(kind, suffix), kind,
                               kind="binary" if kind == "binary" else "unsupported")
    mismatch = extension_mismatch(p, kind)
    if mismatch:
        flags.append(mismatch)
    reader = READERS[kind]
    try:
        result: ReadResult = reader(p, settings)
    except ReadError as exc:
        return Document.failed(path_str, digest, str(exc), kind, kind=exc.kind)
    except MemoryError:
        return Document.failed(path_str, digest, "file too large to read in memory", kind, kind="image_too_large")
    except Exception as exc:  # a reader bug must not stop the batch
        return Document.failed(path_str, digest, f"unexpected error reading {kind}: {type(exc).__name__}: {exc}",
                               kind, kind="unreadable")
    return _build_document(path_str, digest, kind, result, flags, settings, anonymise, applicant, _depth)


def _zip_kind(p: Path) -> str:
    try:
        with zipfile.ZipFile(p) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "zip"
    return "docx" if "word/document.xml" in names else "zip"


def _unsupported_reason(kind: str, suffix: str) -> str:
    if kind == "binary":
        return "unrecognised binary data, not a supported document format"
    if kind == "zip":
        return "a ZIP archive, not a supported document; unzip it first"
    if kind == "heic":
        return "an HEIC/HEIF photo, not supported; export it as JPEG (on an iPhone: Settings > Camera > Most Compatible)"
    if kind == "ole":
        what = {".msg": "an Outlook .msg e-mail; save it as .eml",
                ".doc": "an old Word .doc file; save it as .docx or PDF",
                ".xls": "an Excel .xls file; save it as PDF"}.get(suffix)
        return what or "an old Microsoft Office file or a password-protected Office document; save it as .docx or PDF"
    return f"{KIND_NAMES.get(kind, kind)}, not a supported document; extract it first"


def _build_document(path_str, digest, kind, result: ReadResult, flags, settings, anonymise, applicant, depth):
    pages: list[PageText] = result.pages
    raw_texts = [pg.text for pg in pages]
    flags = list(flags) + list(result.notes)
    rotated = [(i + 1, pg.rotation) for i, pg in enumerate(pages) if pg.rotation]
    for number, degrees in rotated:
        turn = "upside down" if degrees == 180 else f"rotated by {degrees}°"
        flags.append(f"turned upright: page {number} was {turn}")
    notes = sorted({pg.note for pg in pages if pg.note and not pg.rotation})
    flags.extend(notes)
    page_confidence = [pg.confidence if pg.ocr else None for pg in pages]
    low = [i + 1 for i, pg in enumerate(pages)
           if pg.ocr and pg.confidence is not None and pg.confidence < settings.low_confidence]
    if low:
        values = ", ".join(f"{pages[n - 1].confidence:.0f}" for n in low[:10])
        flags.append(f"low OCR quality: {'page' if len(low) == 1 else 'pages'} {', '.join(map(str, low[:10]))}"
                     f"{' and more' if len(low) > 10 else ''} (mean word confidence {values}, below "
                     f"{settings.low_confidence:.0f}); check the text or rescan")

    raw_full = "\n\n".join(t.strip() for t in raw_texts if t.strip())
    evidence_type, primary, date, older = "", None, None, None
    if settings.classify and raw_full:
        from .classify import classify, find_date, older_than

        today = _dt.date.fromisoformat(settings.today) if settings.today else _dt.date.today()
        found = classify(raw_full)
        evidence_type, primary = found.evidence_type, found.primary
        date = result.date or find_date(raw_full, today=today)
        if settings.recency_years is not None:
            older = older_than(date, settings.recency_years, today=today)
            if older:
                flags.append(f"older than the recency window: dated {date}, window {settings.recency_years:g} years"
                             + ("; secondary evidence this old adds very little" if primary is False else
                                "; needs recent evidence of maintained competence"))

    texts = raw_texts
    redactions = 0
    display_name = ""
    plan = None
    if anonymise:
        from ..anonymise.plan import plan_for

        plan, _ = plan_for(pages, applicant, file_name=PurePath(path_str.split("#", 1)[-1]).name,
                           allow=tuple(settings.allow))
        texts = plan.texts
        redactions = plan.count
        display_name = plan.display_name
    full = "\n\n".join(t.strip() for t in texts if t.strip())
    attachments = _read_attachments(path_str, digest, result, settings, anonymise, applicant, depth, flags)
    if not full.strip() and not attachments:
        if not settings.ocr and kind in ("pdf", "docx"):
            return Document.failed(path_str, digest, "no text layer, and OCR is switched off", kind, kind="ocr_off")
        return Document.failed(path_str, digest, "no text found (blank pages or unreadable scan)", kind,
                               kind="no_text")
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
        date=date,
        evidence_type=evidence_type,
        primary=primary,
        older_than_recency=older,
        page_confidence=page_confidence,
        low_quality_pages=low,
        flags=flags,
        display_name=display_name,
        attachments=attachments,
        readings=list(pages),
        redaction=plan,
    )


def _read_attachments(path_str, digest, result, settings, anonymise, applicant, depth, flags) -> list[Document]:
    if not result.attachments:
        return []
    if depth >= settings.max_attachment_depth:
        flags.append(f"attachments not opened: {len(result.attachments)} attachment(s) nested deeper than "
                     f"{settings.max_attachment_depth} e-mails")
        return []
    docs = []
    with tempfile.TemporaryDirectory(prefix="cesr-attach-") as tmp:
        for n, attachment in enumerate(result.attachments):
            folder = os.path.join(tmp, str(n))
            os.mkdir(folder)
            target = os.path.join(folder, attachment.name)
            with open(target, "wb") as handle:
                handle.write(attachment.data)
            doc = ingest_file(target, settings, anonymise, applicant, _depth=depth + 1)
            _relocate(doc, f"{path_str}#{attachment.name}", target, digest)
            docs.append(doc)
    return docs


def _relocate(doc: Document, virtual: str, real: str, parent: str) -> None:
    """Give an attachment read from a temporary file its place in the message."""
    doc.path = virtual
    doc.parent = parent
    for child in doc.attachments:
        if child.path.startswith(real + "#"):
            child.path = virtual + child.path[len(real):]


def flatten(doc: Document) -> Iterator[Document]:
    """The document, then its attachments (and theirs), each ``parent``-linked."""
    yield doc
    for child in doc.attachments:
        yield from flatten(child)


# ---------------------------------------------------------------- batches


@dataclass(frozen=True)
class FileBytes:
    """A file sent to a worker that does not see this machine's disk (a Dask cluster's): its bytes travel,
    its path stays the document's path.

    Attributes:
        path: Where the file is on the doctor's machine.
        data: Its bytes.
        failure: The failed document when the file could not be read here (the worker returns it as is).
        allow: The doctor's allow-list files, ``(sha256, text bytes)`` (see :func:`shipped_allow`).
    """

    # never in a repr (a Dask worker logs a failed task's arguments): a path can name a patient
    path: str = field(repr=False)
    data: bytes = field(default=b"", repr=False)
    failure: Document | None = field(default=None, repr=False)
    allow: tuple[tuple[str, bytes], ...] = field(default=(), repr=False)


def shipped_allow(settings: IngestSettings) -> tuple[tuple[str, bytes], ...]:
    """The contents of ``settings.allow``'s files, to travel with each :class:`FileBytes`."""
    out = []
    for name in settings.allow:
        try:
            data = Path(name).read_bytes()
        except OSError:
            continue  # as here: a missing allow-list file adds nothing
        out.append((hashlib.sha256(data).hexdigest(), data))
    return tuple(out)


def ship_file(path: str, allow: tuple[tuple[str, bytes], ...] = ()) -> FileBytes:
    """The file's bytes (read here, on the doctor's machine), or the failed document when it cannot be read."""
    path = str(path)
    bad = check_path(Path(path), path)
    if bad is not None:
        return FileBytes(path, failure=bad)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return FileBytes(path, failure=Document.failed(path, "", f"cannot open file: {exc.strerror or exc}",
                                                       kind=_errno_kind(exc)))
    except MemoryError:
        return FileBytes(path, failure=Document.failed(path, "", "file too large to read in memory",
                                                       kind="image_too_large"))
    return FileBytes(path, data, allow=allow)


_ALLOW_DIR: str | None = None  # this worker's copies of shipped allow-list files, named by their digest


def read_shipped(item: FileBytes, settings: IngestSettings, anonymise: bool = True,
                 applicant: str | None = None) -> Document:
    """Read a shipped file on a worker, as :func:`ingest_file` reads it from the disk: the same document,
    with the doctor's path (the file is written to a private temporary folder under its own name)."""
    global _ALLOW_DIR
    if item.failure is not None:
        return item.failure
    if item.allow:
        if _ALLOW_DIR is None:
            _ALLOW_DIR = tempfile.mkdtemp(prefix="cesr-allow-")
        names = []
        for digest, data in item.allow:
            name = os.path.join(_ALLOW_DIR, f"{digest}.txt")
            if not os.path.exists(name):  # the same path and mtime each time: the allow-list cache holds
                with open(name + ".part", "wb") as handle:
                    handle.write(data)
                os.replace(name + ".part", name)
            names.append(name)
        settings = IngestSettings(**{**settings.__dict__, "allow": tuple(names)})
    else:
        settings = IngestSettings(**{**settings.__dict__, "allow": ()})
    base = PurePath(item.path).name or "file"
    with tempfile.TemporaryDirectory(prefix="cesr-shipped-") as tmp:
        real = os.path.join(tmp, base)
        with open(real, "wb") as handle:
            handle.write(item.data)
        doc = ingest_file(real, settings, anonymise, applicant)
    for part in flatten(doc):
        if part.path == real or part.path.startswith(real + "#"):
            part.path = item.path + part.path[len(real):]
        if part.error and real in part.error:
            part.error = part.error.replace(real, item.path)
    return doc


def read_job(args: tuple) -> Document:
    """Read one job of a batch, ``(path or FileBytes, settings, anonymise, applicant)``; never raises (a pool's
    worker)."""
    path, settings, anonymise, applicant = args
    try:
        if isinstance(path, FileBytes):
            return read_shipped(path, settings, anonymise, applicant)
        return ingest_file(path, settings, anonymise, applicant)
    except Exception as exc:  # pragma: no cover - belt and braces
        where = path.path if isinstance(path, FileBytes) else str(path)
        return Document.failed(where, "", one_line(f"unexpected error: {exc}"), kind="unreadable")


def crashed_job(args: tuple) -> Document:
    """The failed document recorded for a job whose worker process died."""
    source = args[0]
    if isinstance(source, FileBytes):
        path, digest = source.path, hashlib.sha256(source.data).hexdigest() if source.data else ""
    else:
        path = str(source)
        try:
            digest = sha256_file(path)
        except OSError:
            digest = ""
    return Document.failed(path, digest, "reading this file crashed or hung the reader process "
                                         "(a damaged or hostile file?)", kind="crash")


def ingest_stream(
    paths: Iterable[str],
    settings: IngestSettings | None = None,
    anonymise: bool = True,
    applicant: str | None = None,
    ordered: bool = False,
    executor=None,
) -> Iterator[Document]:
    """Ingest files on a process pool, yielding each document as it is ready.

    Memory stays flat: paths are consumed lazily and only ``2 x workers``
    files are in flight.  A worker that crashes or hangs is replaced and the
    file responsible is reported as failed (``error_kind="crash"``).

    ``executor`` (a :class:`pipeline.ingest.pool.Executor`) runs the reading
    elsewhere, on a Dask cluster for one (:mod:`pipeline.cluster`); by default
    this machine's pool of ``settings.pool_size`` processes.  Workers that do
    not see this machine's files get each file's bytes.
    """
    from .pool import LocalPool, default_memory_mb

    settings = settings or IngestSettings()
    if executor is None:
        workers = settings.pool_size
        if workers == 1:  # one process asked for: read here, no pool to start
            for p in paths:
                yield read_job((p, settings, anonymise, applicant))
            return
        executor = LocalPool(workers, memory_mb=settings.worker_memory_mb or default_memory_mb(workers))
    if executor.shares_files:
        jobs = ((p, settings, anonymise, applicant) for p in paths)
    else:
        allow = shipped_allow(settings)
        jobs = ((ship_file(p, allow), settings, anonymise, applicant) for p in paths)
    for _, doc in executor.map(read_job, jobs, crashed_job, ordered=ordered, job_timeout=settings.doc_timeout):
        yield doc


def ingest_many(
    paths: Iterable[str],
    settings: IngestSettings | None = None,
    anonymise: bool = True,
    applicant: str | None = None,
    executor=None,
) -> Iterator[Document]:
    """Ingest files on a process pool, yielding one document per path, in input order.

    Memory stays flat: documents are yielded as they finish and only a small
    window of work is in flight.  An e-mail's attachments are inside its
    document (``doc.attachments``; see :func:`flatten`).  ``executor``: as in
    :func:`ingest_stream`.
    """
    settings = settings or IngestSettings()
    if executor is not None:
        yield from ingest_stream(paths, settings, anonymise, applicant, ordered=True, executor=executor)
        return
    paths = list(paths)
    workers = min(settings.pool_size, max(1, len(paths)))
    if workers == 1:
        for p in paths:
            yield read_job((p, settings, anonymise, applicant))
        return
    yield from ingest_stream(paths, IngestSettings(**{**settings.__dict__, "workers": workers}), anonymise,
                             applicant, ordered=True)
