"""A workspace: one doctor's application, its settings and its documents.

``cesr init DIR --curriculum ID [--applicant NAME]`` creates ``DIR/.cesr/``
with ``workspace.json`` (curricula, applicant) and ``documents.sqlite`` (the
:class:`~pipeline.store.Store`).  The folder is hidden, so a workspace made
inside the evidence folder never reads itself as evidence.

``cesr add PATH...`` (:meth:`Workspace.add`) hashes every file, skips content
already stored (re-adding an unchanged folder costs only the hashing),
recognises exact duplicates under other names, reads the new files on a
process pool, and stores each document as soon as it is read.  A batch killed
at any moment is finished by the next ``cesr add`` (with or without paths):
nothing is read twice and nothing is lost.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .ingest import OUTCOMES, Entry, IngestSettings, check_path, ingest_stream, sha256_file, walk
from .store import Store

__all__ = ["Workspace", "WorkspaceError", "AddReport", "WORKSPACE_DIR", "DEFAULT_RECENCY_YEARS"]

WORKSPACE_DIR = ".cesr"
CONFIG_NAME = "workspace.json"
STORE_NAME = "documents.sqlite"
ALLOWLIST_NAME = "allowlist.txt"  # the doctor's own allow-list, beside their evidence
DEFAULT_RECENCY_YEARS = 5
# error kinds worth reading again on the next add (the machine, not the file, may have been at fault)
RETRYABLE = {"crash", "ocr_error", "unreadable", "ocr_off"}


class WorkspaceError(Exception):
    """No workspace, a broken one, or one already busy."""


@dataclass
class AddReport:
    """What one ``add`` did: counts per outcome and the reasons of failures.

    ``counts`` keys: ``new`` (documents read and stored), ``unchanged`` (same
    path, same content as before), ``duplicate`` (content already stored under
    another name), ``attachment`` (e-mail attachments stored as documents),
    ``failed`` and ``skipped``; ``failures`` counts failures per error kind;
    ``flags`` counts flagged documents per flag keyword (``low OCR quality``,
    ``near-duplicate``, ``wrong extension``...).
    """

    batch_id: int = 0
    counts: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)
    flags: Counter = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)
    flagged: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    resumed: list[int] = field(default_factory=list)
    interrupted: bool = False

    @property
    def files(self) -> int:
        return sum(v for k, v in self.counts.items() if k != "attachment")

    def format(self, limit: int = 20) -> str:
        lines = []
        if self.resumed:
            lines.append(f"resumed interrupted batch{'es' if len(self.resumed) > 1 else ''} "
                         f"#{', #'.join(map(str, self.resumed))}")
        verb = "stopped after" if self.interrupted else "done:"
        lines.append(f"{verb} {self.files} file(s) in {self.seconds:.1f}s "
                     f"({self.pages} page(s) read, {self.ocr_pages} by OCR)")
        labels = [("new", "new documents"), ("attachment", "e-mail attachments, stored as documents"),
                  ("unchanged", "unchanged (already in the workspace)"),
                  ("duplicate", "exact duplicates (same content under another name)"),
                  ("failed", "failed"), ("skipped", "skipped")]
        for key, label in labels:
            if self.counts.get(key):
                lines.append(f"  {self.counts[key]:6d}  {label}")
        if self.failures:
            lines.append("  why files failed or were skipped:")
            for kind, n in self.failures.most_common():
                lines.append(f"  {'':6}    {n:5d}  {OUTCOMES.get(kind, kind)}")
        if self.flags:
            lines.append("  flagged for you to check:")
            for flag, n in self.flags.most_common():
                lines.append(f"  {'':6}    {n:5d}  {flag}")
        for path, reason in self.failed[:limit]:
            lines.append(f"  failed: {path}: {reason}")
        if len(self.failed) > limit:
            lines.append(f"  ... and {len(self.failed) - limit} more failures")
        for path, reason in self.skipped[:limit]:
            lines.append(f"  skipped: {path}: {reason}")
        for path, flag in self.flagged[:limit]:
            lines.append(f"  check: {path}: {flag}")
        if len(self.flagged) > limit:
            lines.append(f"  ... and {len(self.flagged) - limit} more flags")
        return "\n".join(lines)


class Workspace:
    """An application's workspace folder.

    Attributes:
        root: The workspace folder.
        config: ``curricula`` (ids), ``applicant`` (name or ``None``), ``created``.
    """

    def __init__(self, root: Path, config: dict) -> None:
        self.root = root
        self.config = config
        self._store: Store | None = None

    # ------------------------------------------------------------ create / open

    @classmethod
    def init(cls, root: str | os.PathLike, curricula: list[str], applicant: str | None = None) -> "Workspace":
        """Create a workspace (the folder may exist; a workspace in it may not).

        Raises:
            WorkspaceError: there is already a workspace there.
            FileNotFoundError: an unknown curriculum id.
        """
        from .curriculum import load_curriculum

        if not curricula:
            raise ValueError("a workspace needs at least one curriculum (--curriculum ID)")
        for cid in curricula:
            load_curriculum(cid)  # unknown ids fail here, before anything is written
        root = Path(root).resolve()
        meta = root / WORKSPACE_DIR
        if (meta / CONFIG_NAME).exists():
            raise WorkspaceError(f"{root} is already a workspace ({meta / CONFIG_NAME})")
        meta.mkdir(parents=True, exist_ok=True)
        config = {"format": 1, "curricula": list(curricula), "applicant": applicant,
                  "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")}
        tmp = meta / (CONFIG_NAME + ".part")
        tmp.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, meta / CONFIG_NAME)
        ws = cls(root, config)
        ws.store.close()
        ws._store = None
        return ws

    @classmethod
    def open(cls, root: str | os.PathLike | None = None) -> "Workspace":
        """Open the workspace in ``root`` (default: the current folder).

        Raises:
            WorkspaceError: no workspace there.
        """
        root = Path(root or os.getcwd()).resolve()
        path = root / WORKSPACE_DIR / CONFIG_NAME
        if not path.exists():
            raise WorkspaceError(f"no workspace in {root}: create one with 'cesr init {root} --curriculum ID'")
        try:
            config = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise WorkspaceError(f"cannot read {path}: {exc}") from exc
        return cls(root, config)

    @property
    def curricula(self) -> list[str]:
        return list(self.config.get("curricula") or [])

    @property
    def applicant(self) -> str | None:
        return self.config.get("applicant")

    @property
    def store_path(self) -> Path:
        return self.root / WORKSPACE_DIR / STORE_NAME

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.store_path)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def allowlist_path(self) -> Path:
        """The doctor's own allow-list for this application (format: ``pipeline/data/allowlist.txt``)."""
        return self.root / ALLOWLIST_NAME

    def allow_files(self) -> tuple[str, ...]:
        return (str(self.allowlist_path),) if self.allowlist_path.exists() else ()

    def recency_years(self) -> float:
        """The shortest recency window of the workspace's curricula (``guidance.recency_years``)."""
        from .curriculum import load_curriculum

        years = []
        for cid in self.curricula:
            try:
                value = load_curriculum(cid).guidance.get("recency_years")
            except Exception:
                value = None
            if value:
                years.append(float(value))
        return min(years) if years else float(DEFAULT_RECENCY_YEARS)

    # ------------------------------------------------------------ add

    def add(
        self,
        paths: Iterable[str | os.PathLike] = (),
        settings: IngestSettings | None = None,
        retry_failed: bool = False,
        progress: bool | None = None,
        on_document: Callable | None = None,
    ) -> AddReport:
        """Add files and folders; resume any batch that was interrupted.

        Args:
            paths: Files and folders (recursively).  Empty: resume the
                interrupted batches, if any.
            settings: Ingestion settings (recency is set from the curricula).
            retry_failed: Read again files that failed before.
            progress: Show a progress bar on stderr (default: when a terminal).
            on_document: Called with ``(document, outcome)`` as each is stored.

        Raises:
            WorkspaceError: another ``add`` is running in this workspace, or
                there is nothing to add.
        """
        start = time.perf_counter()
        settings = settings or IngestSettings()
        if settings.recency_years is None:
            settings = IngestSettings(**{**settings.__dict__, "recency_years": self.recency_years()})
        if self.allow_files() and not settings.allow:
            settings = IngestSettings(**{**settings.__dict__, "allow": self.allow_files()})
        report = AddReport()
        with self._lock():
            store = self.store
            inputs = [os.path.abspath(str(p)) for p in paths]
            interrupted = store.interrupted_batches()
            for batch in interrupted:
                inputs.extend(p for p in batch.inputs if p not in inputs)
            if not inputs:
                raise WorkspaceError("nothing to add: give files or folders (no interrupted batch to resume)")
            batch_id = store.begin_batch(inputs)
            report.batch_id = batch_id
            report.resumed = [b.id for b in interrupted]

            todo: list[tuple[str, tuple[int, int]]] = []
            planned_shas: set[str] = set()
            for entry, info in self._hashed(walk(inputs)):
                self._plan_one(entry, info, batch_id, retry_failed, planned_shas, todo, report, on_document)
            store.plan_items(batch_id, [(p, None) for p, _ in todo])
            for batch in interrupted:
                store.set_batch_state(batch.id, "resumed")
            store.set_batch_state(batch_id, "running")

            stats = dict(todo)
            bar = _progress(len(todo), progress)
            decided = self._redaction_decided()
            try:
                for doc in ingest_stream((p for p, _ in todo), settings, anonymise=True, applicant=self.applicant):
                    for part, outcome in store.save(doc, batch_id, stat_info=stats.get(doc.path)):
                        if part.sha256 in decided:  # read again: the doctor's redaction decisions apply at once
                            self._apply_redaction(part.sha256)
                        self._count(part, outcome, report, on_document)
                    bar.update(1)
                    bar.set_postfix_str(f"{report.pages} pages", refresh=False)
            except KeyboardInterrupt:
                report.interrupted = True
            finally:
                bar.close()
            if not report.interrupted:
                store.set_batch_state(batch_id, "done")
        report.seconds = time.perf_counter() - start
        return report

    def _redaction_decided(self) -> set[str]:
        """Documents with redaction decisions (their text must be made with them)."""
        from .review.decisions import ReviewDB
        from .review.redaction import RedactionLog

        with ReviewDB(self.store_path) as review:
            return RedactionLog(review).documents_with_decisions()

    def _apply_redaction(self, sha256: str) -> None:
        from .review.decisions import ReviewDB
        from .review.redaction import refresh_document

        with ReviewDB(self.store_path) as review:
            refresh_document(self.store, review, sha256, self.applicant, self.allow_files())

    def _plan_one(self, entry: Entry, info, batch_id, retry_failed, planned_shas, todo, report, on_document):
        store = self.store
        if entry.skip:
            store.record_path(entry.path, sha256=None, status="skipped", outcome="skipped", error=entry.skip,
                              error_kind=entry.kind, batch_id=batch_id)
            report.counts["skipped"] += 1
            report.failures[entry.kind or "unreadable"] += 1
            report.skipped.append((entry.path, entry.skip))
            return
        sha, size, mtime, failure = info
        if failure is not None:
            store.record_path(entry.path, sha256=None, status="failed", outcome="failed", error=failure.error,
                              error_kind=failure.error_kind, batch_id=batch_id)
            report.counts["failed"] += 1
            report.failures[failure.error_kind] += 1
            report.failed.append((entry.path, failure.error))
            if on_document:
                on_document(failure, "failed")
            return
        known = store.known(sha)
        if known and (known[0] == "ok" or not (retry_failed or known[1] in RETRYABLE)):
            previous = store.path_record(entry.path)
            outcome = "unchanged" if previous and previous["sha256"] == sha else "duplicate"
            store.record_path(entry.path, sha256=sha, status=known[0], outcome=outcome,
                              error=None if known[0] == "ok" else "see the stored document",
                              error_kind=known[1], batch_id=batch_id, size=size, mtime_ns=mtime)
            report.counts[outcome] += 1
            return
        if sha in planned_shas:
            store.record_path(entry.path, sha256=sha, status="ok", outcome="duplicate", batch_id=batch_id,
                              size=size, mtime_ns=mtime)
            report.counts["duplicate"] += 1
            return
        planned_shas.add(sha)
        todo.append((entry.path, (size, mtime)))

    def _hashed(self, entries: Iterable[Entry]) -> Iterator[tuple[Entry, tuple]]:
        """Entries with ``(sha256, size, mtime_ns, failed document or None)``, hashed on a few threads.

        A file whose path, size and modification time (to the nanosecond) are those
        recorded last time keeps its recorded digest without being read again, as
        rsync and git do: re-adding an unchanged 10,000-letter folder then costs a
        ``stat`` per file, not reading a gigabyte.
        """
        seen = self.store.path_stats()

        def one(entry: Entry):
            if entry.skip:
                return entry, (None, None, None, None)
            failure = check_path(Path(entry.path), entry.path)
            if failure is not None:
                return entry, (None, None, None, failure)
            try:
                st = os.stat(entry.path)
                known = seen.get(entry.path)
                if known and known[0] == st.st_size and known[1] == st.st_mtime_ns:
                    return entry, (known[2], st.st_size, st.st_mtime_ns, None)
                return entry, (sha256_file(entry.path), st.st_size, st.st_mtime_ns, None)
            except OSError as exc:
                from .model import Document

                kind = "permission" if isinstance(exc, PermissionError) else "unreadable"
                return entry, (None, None, None,
                               Document.failed(entry.path, "", f"cannot open file: {exc.strerror or exc}", kind=kind))

        with ThreadPoolExecutor(4) as pool:
            chunk: list[Entry] = []
            for entry in entries:
                chunk.append(entry)
                if len(chunk) >= 256:
                    yield from pool.map(one, chunk)
                    chunk = []
            if chunk:
                yield from pool.map(one, chunk)

    @staticmethod
    def _count(doc, outcome: str, report: AddReport, on_document) -> None:
        report.counts[outcome] += 1
        if outcome == "failed":
            report.failures[doc.error_kind or "unreadable"] += 1
            report.failed.append((doc.path, doc.error or ""))
        if doc.ok:
            report.pages += doc.pages
            report.ocr_pages += doc.ocr_pages
        for flag in doc.flags:
            report.flags[flag.split(":", 1)[0]] += 1
            report.flagged.append((doc.path, flag))
        if on_document:
            on_document(doc, outcome)

    # ------------------------------------------------------------ lock

    def _lock(self):
        return _FileLock(self.root / WORKSPACE_DIR / "add.lock")


class _FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle = None

    def __enter__(self):
        import fcntl

        self.handle = open(self.path, "a+")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.handle.close()
            raise WorkspaceError("another 'cesr add' is running in this workspace; wait for it or stop it") from None
        return self

    def __exit__(self, *exc) -> None:
        import fcntl

        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


def _progress(total: int, force: bool | None):
    from tqdm import tqdm

    disable = None if force is None else not force
    return tqdm(total=total, desc="add", unit="file", file=sys.stderr, disable=disable, dynamic_ncols=True,
                smoothing=0.05)
