"""``cesr redact``: redacted copies of evidence files for upload, each checked for leaks.

For each file: one reading (:mod:`pipeline.ingest`: the text layer or
Tesseract, with word boxes, codes and pictures), one decision
(:func:`pipeline.anonymise.plan.plan_document`, with the doctor's decisions),
one copy painted from both (:mod:`pipeline.anonymise.redacted`), then the
leak check (:mod:`pipeline.anonymise.leaks`) on the copy as written.  The
text a review shows, the text embedded for suggestions and the copy are
therefore the same decision.

A copy with open flags is written, so that the doctor can look at it, but it
is not ready: the run reports it and exits non-zero.  Without a workspace, the
doctor's decisions (``--add``, ``--undo``) are kept in ``DIR/redactions.json``
by each file's SHA-256 and reapplied on every run (:class:`ReviewStore`); that
file lists identifiers: it is the doctor's private list, never for upload.
With a workspace, decisions live in the workspace (``cesr review``).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Iterable, Iterator

from .anonymise.leaks import Flag, check_copy
from .anonymise.plan import Decisions, Plan, plan_for
from .anonymise.redacted import CopyError, CopySettings, copy_suffix, remove_tree, safe_temp_dir, write_copy
from .anonymise.shapes import AllowList
from .model import Document

__all__ = ["RedactSettings", "RedactionResult", "ReviewStore", "redact_file", "redact_document", "redact_many",
           "redact_workspace", "source_of", "REVIEW_FILE", "REPORT_FILE", "copy_name"]

REVIEW_FILE = "redactions.json"
REPORT_FILE = "redaction-report.json"


@dataclass(frozen=True)
class RedactSettings:
    """How copies are made and checked.

    Attributes:
        dpi: Resolution of the page images of PDF copies.
        verify_ocr: OCR every page and picture of a copy in the leak check (off: text layers and XML only).
        text_layer: Give PDF copies an invisible layer of the anonymised text.
        ocr: OCR pages without a text layer when reading (off: such pages cannot be redacted).
        workers: Processes (0: one per core).
        allow: Extra allow-list files (``--allow``).
    """

    dpi: int = 200
    verify_ocr: bool = True
    text_layer: bool = True
    ocr: bool = True
    workers: int = 0
    allow: tuple[str, ...] = ()

    def copy_settings(self) -> CopySettings:
        return CopySettings(dpi=self.dpi, text_layer=self.text_layer)

    def allowlist(self) -> AllowList | None:
        if not self.allow:
            return None
        from .anonymise.shapes import allowlist_with

        return allowlist_with(tuple(self.allow))


@dataclass
class RedactionResult:
    """What happened to one file.  ``flags`` hold the copy's text: private (see :meth:`to_json`)."""

    source: str
    sha256: str
    status: str = "ok"  # ok | flagged | failed
    output: str | None = None
    format: str = ""
    pages: int = 0
    ocr_pages: int = 0
    redactions: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    boxes: int = 0
    flags: list[Flag] = field(default_factory=list)
    error: str | None = None
    display_name: str = ""

    @property
    def ready(self) -> bool:
        return self.status == "ok"

    def to_json(self) -> dict:
        """The report entry: counts, types and flag kinds; no text of the document and no source path."""
        return {
            "output": self.output and Path(self.output).name, "sha256": self.sha256, "status": self.status,
            "format": self.format, "pages": self.pages, "ocr_pages": self.ocr_pages, "redactions": self.redactions,
            "by_type": self.by_type, "boxes": self.boxes, "flags": [f.public() for f in self.flags],
            "error": self.error,
        }


# ------------------------------------------------------------------ the doctor's decisions (no workspace)


class ReviewStore:
    """Decisions and the list of what was removed, per document, in a private JSON file.

    ``{"version": 2, "documents": {sha256: {"name", "output", "added": [{"text", "type"}], "undone": [text],
    "redactions": [{"text", "type", "count"}], "flags": [...]}}}``
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.data: dict = {"version": 2, "documents": {}}
        if self.path.exists():
            try:
                self.data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ValueError(f"review file {self.path} is not valid JSON ({type(exc).__name__})") from exc
            self.data.setdefault("documents", {})

    def decisions(self, sha256: str) -> Decisions:
        doc = self.data["documents"].get(sha256, {})
        return Decisions(redact=tuple((a["text"], a["type"]) for a in doc.get("added", [])),
                         keep=tuple(doc.get("undone", [])))

    def decide(self, sha256: str, add: Iterable[tuple[str, str]] = (), undo: Iterable[str] = (),
               forget: Iterable[str] = ()) -> None:
        """Record additions and undos for a document (``forget`` drops earlier decisions on a string)."""
        doc = self.data["documents"].setdefault(sha256, {})
        added = doc.setdefault("added", [])
        undone = doc.setdefault("undone", [])
        for text in forget:
            added[:] = [a for a in added if a["text"] != text]
            undone[:] = [u for u in undone if u != text]
        for text, kind in add:
            if not any(a["text"] == text for a in added):
                added.append({"text": text, "type": kind})
            if text in undone:
                undone.remove(text)
        for text in undo:
            if text not in undone:
                undone.append(text)
            added[:] = [a for a in added if a["text"] != text]

    def record(self, sha256: str, name: str, result: RedactionResult, removed: list[tuple[str, str]]) -> None:
        doc = self.data["documents"].setdefault(sha256, {})
        doc["name"] = name
        doc["output"] = result.output and Path(result.output).name
        counts: Counter = Counter(removed)
        doc["redactions"] = [{"text": t, "type": k, "count": n} for (t, k), n in sorted(counts.items())]
        doc["flags"] = [f.to_json() for f in result.flags]

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".json.part")
        tmp.write_text(json.dumps(self.data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)


# ------------------------------------------------------------------ one document


def copy_name(display_name: str, suffix: str) -> str:
    """A safe output name from a document's anonymised display name (``letter-[NAME].pdf`` ->
    ``letter-redacted.pdf``)."""
    stem = PurePath(display_name).stem if display_name else "document"
    stem = stem.replace("[NAME]", "redacted").replace("[NUMBER]", "x")
    stem = re.sub(r"[^\w.\-]+", "-", stem).strip("-.") or "document"
    return stem[:120] + suffix


def redact_document(doc: Document, applicant: str | None, decisions: Decisions, out_dir: str | os.PathLike,
                    settings: RedactSettings, name: str | None = None, source: str | None = None,
                    plan: Plan | None = None) -> tuple[RedactionResult, list[tuple[str, str]]]:
    """Make and check the copy of a document already read (``doc.readings``).

    Args:
        doc: The document, with its readings.
        applicant: The applicant's name.
        decisions: The doctor's redaction decisions for it.
        out_dir: Where the copy goes.
        settings: How to make and check it.
        name: The copy's file name without its suffix (default: from the document's anonymised name).
        source: The file to copy (default: ``doc.path``).
        plan: The plan, when the caller has made it (else made here from the readings and decisions).

    Returns:
        The result, and ``(text, type)`` of every span removed (for the private review list).
    """
    out_dir = Path(out_dir)
    result = RedactionResult(doc.path, doc.sha256, format=doc.format, pages=doc.pages, ocr_pages=doc.ocr_pages)
    if not doc.ok:
        result.status, result.error = "failed", doc.error
        return result, []
    suffix = copy_suffix(doc.format, source or doc.path)
    if suffix is None:
        result.status, result.error = "failed", f"cannot redact this kind of file ({doc.format})"
        return result, []
    allow = settings.allowlist()
    own_plan, anonymiser = plan_for(doc.readings, applicant, decisions,
                                    file_name=PurePath(doc.path.split("#", 1)[-1]).name, allow=tuple(settings.allow))
    plan = plan or own_plan
    result.redactions = plan.count
    result.by_type = plan.by_type()
    result.display_name = plan.display_name or doc.display_name
    removed = [(reading.text[s.start:s.end], s.type) for reading, page in zip(doc.readings, plan.pages)
               for s in page.spans]
    final = out_dir / ((name + suffix) if name else copy_name(plan.display_name or doc.display_name, suffix))
    work = safe_temp_dir(out_dir)
    try:
        tmp = work / f"copy{suffix}"
        try:
            made = write_copy(source or doc.path, doc.format, doc.readings, plan, tmp, settings.copy_settings())
        except CopyError as exc:
            result.status, result.error = "failed", str(exc)
            return result, removed
        result.boxes = made["boxes"]
        pictures = [(number + 1, i) for number, (reading, page) in enumerate(zip(doc.readings, plan.pages))
                    for i, region in page.regions if region.kind == "picture"
                    and (number, i) not in set(decisions.keep_regions)
                    and (number, i) not in set(decisions.confirmed_regions)]
        try:
            result.flags = check_copy(tmp, applicant, keep=tuple(decisions.keep) + tuple(anonymiser.own_numbers),
                                      kept_words=anonymiser.kept_words, pictures=pictures, ocr=settings.verify_ocr,
                                      allow=allow, expected="\n\n".join(plan.texts))
        except Exception as exc:  # a check that cannot run is not a pass
            result.status, result.error = "failed", f"the copy could not be checked ({type(exc).__name__})"
            return result, removed
        os.replace(tmp, final)
        result.output = str(final)
        result.status = "flagged" if result.flags else "ok"
    finally:
        remove_tree(work)
    return result, removed


def redact_file(path: str | os.PathLike, out_dir: str | os.PathLike, applicant: str | None = None,
                decisions: Decisions | None = None, settings: RedactSettings | None = None,
                name: str | None = None) -> tuple[RedactionResult, list[tuple[str, str]]]:
    """Read one file, then make and check its copy (see :func:`redact_document`); never raises for bad input."""
    from .ingest import IngestSettings, ingest_file

    settings = settings or RedactSettings()
    decisions = decisions or Decisions()
    try:
        doc = ingest_file(path, IngestSettings(workers=1, ocr=settings.ocr, classify=False), anonymise=False)
        return redact_document(doc, applicant, decisions, out_dir, settings, name=name)
    except Exception as exc:  # a bug must not stop the batch, nor print text
        return RedactionResult(str(path), "", status="failed",
                               error=f"unexpected error while redacting: {type(exc).__name__}"), []


def _job(args: tuple):
    return redact_file(*args)


def _crashed(args: tuple):
    return RedactionResult(str(args[0]), "", status="failed",
                           error="redacting this file crashed or hung (a damaged or hostile file?)"), []


def redact_many(
    paths: Iterable[str],
    out_dir: str | os.PathLike,
    applicant: str | None = None,
    add: Iterable[tuple[str, str]] = (),
    undo: Iterable[str] = (),
    forget: Iterable[str] = (),
    review: str | os.PathLike | None = None,
    settings: RedactSettings | None = None,
) -> Iterator[RedactionResult]:
    """Redact files on a process pool (one per core), applying and recording the review decisions."""
    from .ingest import IngestSettings, sha256_file
    from .ingest.pool import run_pool

    settings = settings or RedactSettings()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    store = ReviewStore(review or out_dir / REVIEW_FILE)
    add, undo, forget = list(add), list(undo), list(forget)
    paths = list(paths)
    digests = {}
    for path in paths:
        try:
            digests[path] = sha256_file(path)
        except OSError:
            digests[path] = ""
    taken: set[str] = set()
    jobs = []
    for n, path in enumerate(paths):
        digest = digests[path]
        if digest and (add or undo or forget):
            store.decide(digest, add=add, undo=undo, forget=forget)
        jobs.append((path, str(out_dir), applicant, store.decisions(digest) if digest else Decisions(), settings,
                     f".cesr-part-{os.getpid()}-{n}"))
    workers = min(settings.workers or IngestSettings().pool_size, max(1, len(jobs)))
    if workers == 1:
        results = (_job(j) for j in jobs)
    else:
        results = (r for _, r in run_pool(_job, iter(jobs), workers, on_crash=_crashed, ordered=True))
    for path, (result, removed) in zip(paths, results):
        if result.output:
            result.output = str(_publish(Path(result.output), result.display_name, taken))
        elif digests[path]:
            _forget_old_copy(out_dir, store.data["documents"].get(digests[path]))
        if digests[path]:
            result.sha256 = result.sha256 or digests[path]
            store.record(digests[path], Path(path).name, result, removed)
            store.save()
        yield result
    _remove_leftovers(out_dir)


def _publish(part: Path, display_name: str, taken: set[str]) -> Path:
    """Give a finished copy its visible name; two inputs with the same name are numbered (a re-run replaces
    its own copy)."""
    suffix = part.suffix
    base = copy_name(display_name, "")
    final = part.with_name(base + suffix)
    n = 2
    while final.name in taken:
        final = part.with_name(f"{base}-{n}{suffix}")
        n += 1
    taken.add(final.name)
    os.replace(part, final)
    return final


# ------------------------------------------------------------------ a workspace


def redact_workspace(ws, out_dir: str | os.PathLike, settings: RedactSettings | None = None,
                     reviewed_only: bool = False, on_result=None) -> list[RedactionResult]:
    """Copies of a workspace's documents, made from the readings it holds and the doctor's decisions.

    Each document's decisions are applied to its stored text first (so the review, the suggestions'
    excerpts and the copy agree); its copy is checked and the flags are kept in the workspace for the review
    app.  ``reviewed_only`` limits the run to documents marked reviewed or whose redaction is verified.
    """
    import tempfile

    from .ingest import IngestSettings
    from .ingest.pool import run_pool
    from .review.decisions import ReviewDB
    from .review.redaction import RedactionLog

    settings = settings or RedactSettings()
    if ws.allow_files():
        settings = dataclasses.replace(settings, allow=tuple(settings.allow) + ws.allow_files())
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    store = ws.store
    review = ReviewDB(ws.store_path)
    log = RedactionLog(review)
    work = Path(tempfile.mkdtemp(prefix="cesr-sources-"))  # e-mail attachments taken out: never in OUT
    results: list[RedactionResult] = []
    try:
        rows = review.document_rows()
        verified = log.verified_documents()
        jobs, skipped = [], []
        for doc in store.documents(status="ok"):
            if reviewed_only and not ((rows.get(doc.sha256) or {}).get("reviewed_at") or doc.sha256 in verified):
                continue
            try:
                job = _workspace_job_for(doc, ws, store, review, log, work, out_dir, settings, len(jobs))
            except Exception as exc:  # one document that cannot be prepared does not stop the others
                job = RedactionResult(doc.path, doc.sha256, status="failed", format=doc.format,
                                      error=f"unexpected error while preparing the copy: {type(exc).__name__}")
            if isinstance(job, RedactionResult):
                skipped.append(job)
            else:
                jobs.append(job)
        for result in skipped:
            _forget_old_copy(out_dir, log.state(result.sha256))
            results.append(result)
            if on_result:
                on_result(result)
        workers = min(settings.workers or IngestSettings().pool_size, max(1, len(jobs)))
        if workers <= 1:
            done = (_workspace_job(j) for j in jobs)
        else:
            done = (r for _, r in run_pool(_workspace_job, iter(jobs), workers, on_crash=_workspace_crash,
                                           ordered=True))
        taken: set[str] = set()
        for job, (result, _removed) in zip(jobs, done):
            if result.output:
                result.output = str(_publish(Path(result.output), result.display_name, taken))
            else:
                _forget_old_copy(out_dir, log.state(job[0].sha256))
            log.record_check(job[0].sha256, result.output and Path(result.output).name,
                             [f.to_json() for f in result.flags], job[7].to_json())
            results.append(result)
            if on_result:
                on_result(result)
    finally:
        review.close()
        shutil.rmtree(work, ignore_errors=True)
        _remove_leftovers(out_dir)
    return results


def _workspace_job_for(doc, ws, store, review, log, work: Path, out_dir: Path, settings: RedactSettings, n: int):
    """The job that copies one document of a workspace, or a failed result saying why it cannot be made."""
    from .ingest import IngestSettings, ingest_file
    from .review.redaction import refresh_document

    source = source_of(store, doc, work)
    if source is None:
        return RedactionResult(doc.path, doc.sha256, status="failed", format=doc.format,
                               error="the source file is no longer where it was added, or has changed: add it again")
    if not store.readings(doc.sha256):  # a workspace from before readings were kept: read it once more
        again = ingest_file(source, IngestSettings(workers=1, classify=False), anonymise=False)
        if again.ok and again.sha256 == doc.sha256:
            store.save_readings(doc.sha256, again.readings)
    plan = refresh_document(store, review, doc.sha256, ws.applicant, tuple(settings.allow))
    if plan is None:
        return RedactionResult(doc.path, doc.sha256, status="failed", format=doc.format,
                               error="no reading of this document is kept: add it again")
    doc = store.get(doc.sha256)
    doc.readings = store.readings(doc.sha256)
    return (doc, ws.applicant, log.decisions(doc.sha256), str(out_dir), settings,
            f".cesr-part-{os.getpid()}-{n}", str(source), plan)


def _forget_old_copy(out_dir: Path, state: dict | None) -> None:
    """A document that fails now leaves no copy from an earlier run beside the good ones."""
    name = (state or {}).get("output")
    if name and (out_dir / name).is_file() and "/" not in name:
        (out_dir / name).unlink()


def _remove_leftovers(out_dir: Path) -> None:
    """Working files of workers that were stopped (a hang, a crash): never left beside the copies."""
    for path in out_dir.glob(".cesr-*"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _workspace_job(args: tuple):
    doc, applicant, decisions, out_dir, settings, name, source, plan = args
    try:
        return redact_document(doc, applicant, decisions, out_dir, settings, name=name, source=source, plan=plan)
    except Exception as exc:
        return RedactionResult(doc.path, doc.sha256, status="failed", format=doc.format,
                               error=f"unexpected error while redacting: {type(exc).__name__}"), []


def _workspace_crash(args: tuple):
    doc = args[0]
    return RedactionResult(doc.path, doc.sha256, status="failed", format=doc.format,
                           error="redacting this document crashed or hung (a damaged or hostile file?)"), []


def source_of(store, doc: Document, work: Path) -> Path | None:
    """The file a document was read from, checked to be the same bytes; an e-mail attachment is taken out of
    its message into ``work``."""
    from .ingest import sha256_file
    from .ingest.readers import read_email

    for path in store.paths_of(doc.sha256) or [doc.path]:
        if "#" in path and not os.path.exists(path):
            message, _, name = path.partition("#")
            try:
                found = next((a for a in read_email(Path(message), None).attachments if a.name == name), None)
            except Exception:
                found = None
            if found is None:
                continue
            safe = re.sub(r"[^\w.-]+", "_", name)[-80:]
            target = work / f"{len(list(work.iterdir()))}-{safe}"
            target.write_bytes(found.data)
            path = str(target)
        try:
            if sha256_file(path) == doc.sha256:
                return Path(path)
        except OSError:
            continue
    return None
