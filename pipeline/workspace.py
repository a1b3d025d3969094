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

Keeping it safe (``pipeline/migrations.py``, ``pipeline/backup.py``): :meth:`Workspace.open` refuses a file
written by a newer cesr-mapper, runs ``PRAGMA quick_check`` (a damaged file is reported with the newest good
backup, before anything reads it) and migrates an older format after backing it up;
:meth:`Workspace.backup`, :meth:`Workspace.restore` and :meth:`Workspace.doctor` are ``cesr backup``,
``cesr restore`` and ``cesr doctor``.  ``cesr add`` holds ``.cesr/add.lock`` for its whole run (a second one
stops with a clear message; a restore waits for none and refuses while one runs).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import sqlite3
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .atomic import write_text
from .backup import (SUFFIX, BackupError, BackupInfo, extract_backup, known_backups, load_into,
                     newest_good_backup, record_backup, write_backup)
from .ingest import OUTCOMES, Entry, IngestSettings, check_path, ingest_stream, sha256_file, walk
from .ingest.readers import pdf_password
from .migrations import FORMAT, FormatError, MigrationError, check_format, integrity_check, quick_check, upgrade
from .store import Store

__all__ = ["Workspace", "WorkspaceError", "AddReport", "DoctorReport", "RestoreReport", "WORKSPACE_DIR",
           "DEFAULT_RECENCY_YEARS"]

WORKSPACE_DIR = ".cesr"
CONFIG_NAME = "workspace.json"
STORE_NAME = "documents.sqlite"
ALLOWLIST_NAME = "allowlist.txt"  # the doctor's own allow-list, beside their evidence
BACKUPS_DIR = "backups"  # automatic backups (before a migration, before a restore) and cesr backup's default
BACKUP_LIST = "backups.jsonl"  # every backup made of this workspace, wherever it was written
DEFAULT_RECENCY_YEARS = 5
# error kinds worth reading again on the next add (the machine, not the file, may have been at fault)
RETRYABLE = {"crash", "ocr_error", "unreadable", "ocr_off"}
# database files this process found sound with quick_check, as (device, inode, size, mtime): the check takes
# 0.5 s on a 10,000-document workspace (benchmarks/RESULTS.md), so it is run again only when the file changed
_CHECKED: set[tuple[int, int, int, int]] = set()


class WorkspaceError(Exception):
    """No workspace, a broken one, or one already busy."""


@dataclass
class RestoreReport:
    """What ``cesr restore`` did."""

    backup: str
    created: str
    counts: dict
    safety_backup: str | None = None  # the workspace as it was before the restore
    damaged: list[str] = field(default_factory=list)  # damaged files moved aside

    def format(self) -> str:
        c = self.counts
        lines = [f"restored {self.backup} (made {self.created}): {c.get('documents', 0)} document(s), "
                 f"{c.get('review_decisions', 0)} mapping decision(s), "
                 f"{c.get('redaction_decisions', 0)} redaction decision(s)"]
        if self.safety_backup:
            lines.append(f"the workspace as it was before is in {self.safety_backup}")
        for p in self.damaged:
            lines.append(f"the damaged file was moved aside: {p}")
        return "\n".join(lines)


@dataclass
class DoctorReport:
    """What ``cesr doctor`` found: ``problems`` empty when the workspace is sound."""

    root: str
    format: int | None
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    def format_text(self) -> str:
        lines = [f"workspace {self.root}: " + ("sound" if self.ok else f"{len(self.problems)} problem(s)")]
        lines += [f"  {f}" for f in self.facts]
        lines += [f"  problem: {p}" for p in self.problems]
        return "\n".join(lines)


@dataclass
class AddReport:
    """What one ``add`` did: counts per outcome and the reasons of failures.

    ``counts`` keys: ``new`` (documents read and stored), ``unchanged`` (same
    path, same content as before), ``duplicate`` (content already stored under
    another name), ``attachment`` (e-mail attachments stored as documents),
    ``failed``, ``still_failing`` (content that could not be read by an earlier
    add, not read again) and ``skipped``; ``failures`` counts failures per error kind;
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
    stopped: str = ""  # why the batch stopped before its end (a full disk), for the doctor to act on

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
                  ("failed", "failed"),
                  ("still_failing", "still failing (could not be read before; 'cesr report' lists them, "
                                    "'--retry-failed' reads them again)"),
                  ("skipped", "skipped")]
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
        self.notes: list[str] = []  # what opening did (a migration and its backup), for the command to print

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
        write_text(meta / CONFIG_NAME, json.dumps(config, indent=2, ensure_ascii=False) + "\n")
        ws = cls(root, config)
        ws.store.close()
        ws._store = None
        return ws

    @classmethod
    def open(cls, root: str | os.PathLike | None = None, check: bool = True) -> "Workspace":
        """Open the workspace in ``root`` (default: the current folder).

        With ``check`` (the default) the database is checked and brought to the current format first
        (:meth:`prepare`).

        Raises:
            WorkspaceError: no workspace there, a damaged one (the message names the newest good backup), one
                written by a newer cesr-mapper, or a migration that failed (the workspace is left as it was).
        """
        root = Path(root or os.getcwd()).resolve()
        path = root / WORKSPACE_DIR / CONFIG_NAME
        if not path.exists():
            raise WorkspaceError(f"no workspace in {root}: create one with 'cesr init {root} --curriculum ID'")
        try:
            config = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise WorkspaceError(f"cannot read {path}: {exc}") from exc
        ws = cls(root, config)
        if check:
            ws.prepare()
        return ws

    def prepare(self) -> None:
        """Check the database and migrate it to the current format.

        1. a file written by a newer cesr-mapper: :class:`WorkspaceError`, nothing written;
        2. ``PRAGMA quick_check`` (every page and b-tree, not the indexes against their tables): 0.5 s for a
           195 MB, 10,000-document file in the page cache (``benchmarks/RESULTS.md``), so once per process
           while the file is unchanged (the same size and modification time); a damaged file: :class:`WorkspaceError` naming the newest good backup, before anything else
           reads or writes it;
        3. an older format: a backup in ``.cesr/backups/``, then the migrations, one transaction each.
        """
        path = self.store_path
        if not path.exists():
            return
        db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        try:
            try:
                version = check_format(db, self.root)
            except FormatError as exc:
                raise WorkspaceError(str(exc)) from None
            except sqlite3.DatabaseError as exc:
                raise WorkspaceError(self._damaged_message([str(exc)])) from None
            st = os.stat(path)
            key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
            if key not in _CHECKED:
                problems = quick_check(db)
                if problems:
                    raise WorkspaceError(self._damaged_message(problems))
                _CHECKED.add(key)
        finally:
            db.close()
        if version < FORMAT:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        try:
            info = self.backup(reason=f"before-format-{FORMAT}")
        except BackupError as exc:
            raise WorkspaceError(f"the workspace needs upgrading from format {version} to {FORMAT} but could not "
                                 f"be backed up first, so it was left as it was: {exc}") from None
        db = sqlite3.connect(str(self.store_path), timeout=60, isolation_level=None)
        try:
            done = upgrade(db, self.root)
        except (MigrationError, FormatError) as exc:
            raise WorkspaceError(f"{exc}. The backup made before it: {info.path}") from None
        finally:
            db.close()
        if done:
            self.notes.append(f"workspace upgraded from format {version} to {FORMAT}; "
                              f"the workspace as it was is backed up in {info.path}")

    @property
    def meta_dir(self) -> Path:
        return self.root / WORKSPACE_DIR

    def _damaged_message(self, problems: list[str]) -> str:
        first = problems[0][:200]
        best = newest_good_backup(self.meta_dir / BACKUP_LIST, self.meta_dir / BACKUPS_DIR)
        if best is None:
            advice = ("No backup of it is known. Do not write to it; copy the folder somewhere safe and run "
                      f"'cesr doctor --workspace {self.root}'.")
        else:
            advice = (f"The newest good backup is {best.describe()}: restore it with "
                      f"'cesr restore --workspace {self.root} {best.path}' (the damaged file is kept aside).")
        return f"the workspace database {self.store_path} is damaged ({first}). {advice}"

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

    # ------------------------------------------------------------ backup / restore / doctor

    def _backup_files(self) -> dict[str, Path]:
        return {CONFIG_NAME: self.meta_dir / CONFIG_NAME, ALLOWLIST_NAME: self.allowlist_path}

    def backup(self, out: str | os.PathLike | None = None, reason: str = "manual") -> BackupInfo:
        """Back the workspace up into one file (default ``.cesr/backups/``; ``out`` a file or a folder).

        Safe while ``cesr review`` or ``cesr add`` runs (SQLite's online backup API, one read transaction).

        Raises:
            BackupError: the database is damaged (no backup of it is written) or the file cannot be written.
        """
        name = f"{_dt.datetime.now().strftime('%Y%m%d-%H%M%S')}-{self.root.name}-{reason}{SUFFIX}"
        if out is None:
            target = self.meta_dir / BACKUPS_DIR / name
        else:
            target = Path(out)
            if target.is_dir():
                target = target / name
        if target.exists():
            target = target.with_name(f"{target.stem}-{os.getpid()}{target.suffix}")
        info = write_backup(self.store_path, self._backup_files(), target, workspace=self.root.name, reason=reason,
                            work_dir=target.parent)
        record_backup(self.meta_dir / BACKUP_LIST, info)
        return info

    def backups(self) -> list[BackupInfo]:
        """The backups made of this workspace that still exist, newest first."""
        return known_backups(self.meta_dir / BACKUP_LIST, self.meta_dir / BACKUPS_DIR)

    @classmethod
    def restore(cls, root: str | os.PathLike, backup: str | os.PathLike) -> RestoreReport:
        """Restore a backup into ``root`` (a workspace, damaged or not, or a new folder).

        The backup is read through and checked first (checksums, ``PRAGMA integrity_check``); nothing is
        replaced unless it is sound.  A sound current database is backed up first and replaced through
        SQLite's online backup API (a running ``cesr review`` sees the old state or the new, and should be
        restarted); a damaged one is moved aside (``documents.sqlite.damaged-<time>``), never deleted.

        Raises:
            BackupError: the backup is damaged, not a backup, or from a newer cesr-mapper.
            WorkspaceError: a ``cesr add`` is running in the workspace.
        """
        import shutil
        import tempfile

        root = Path(root).resolve()
        meta = root / WORKSPACE_DIR
        new_folder = not meta.exists()
        meta.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".cesr-restore-", dir=meta))
        try:
            try:
                manifest, files = extract_backup(backup, work)  # read through and checked before anything is replaced
            except BaseException:
                if new_folder:
                    shutil.rmtree(meta, ignore_errors=True)
                raise
            report = RestoreReport(str(Path(backup).resolve()), manifest.get("created", ""),
                                   manifest.get("counts", {}))
            with _FileLock(meta / "add.lock", "a restore cannot run while 'cesr add' is running in this "
                                              "workspace; wait for it to finish"):
                live = meta / STORE_NAME
                if live.exists():
                    current = cls(root, {})
                    try:
                        report.safety_backup = current.backup(reason="before-restore").path
                    except BackupError:  # damaged: moved aside, with its journal, never deleted
                        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                        for suffix in ("", "-wal", "-shm"):
                            p = meta / (STORE_NAME + suffix)
                            if p.exists():
                                aside = meta / f"{STORE_NAME}{suffix}.damaged-{stamp}"
                                os.replace(p, aside)
                                report.damaged.append(str(aside))
                if live.exists():
                    load_into(files["documents.sqlite"], live)
                else:
                    os.replace(files["documents.sqlite"], live)
                if CONFIG_NAME in files:
                    os.replace(files[CONFIG_NAME], meta / CONFIG_NAME)
                if ALLOWLIST_NAME in files:
                    os.replace(files[ALLOWLIST_NAME], root / ALLOWLIST_NAME)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return report

    def doctor(self) -> DoctorReport:
        """The full check (``cesr doctor``): format, ``PRAGMA integrity_check``, the decision logs, backups."""
        start = time.perf_counter()
        report = DoctorReport(str(self.root), None)
        path = self.store_path
        if not path.exists():
            report.problems.append(f"no database at {path}")
            return report
        db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        try:
            try:
                report.format = check_format(db, self.root)
                problems = integrity_check(db)
            except (FormatError, sqlite3.DatabaseError) as exc:
                problems = [str(exc)]
            if problems:
                report.problems.append(self._damaged_message(problems))
                report.problems += [f"integrity_check: {p}" for p in problems[1:10]]
            else:
                report.facts.append(f"format {report.format} (this cesr-mapper writes {FORMAT}"
                                    + ("; it is upgraded on the next open)" if report.format < FORMAT else ")"))
                report.facts.append("PRAGMA integrity_check: ok")
                report.facts += self._census(db)
        finally:
            db.close()
        backups = self.backups()
        if backups:
            report.facts.append(f"newest backup: {backups[0].describe()} ({len(backups)} known)")
        else:
            report.facts.append(f"no backup yet: make one with 'cesr backup --workspace {self.root}'")
        report.seconds = time.perf_counter() - start
        return report

    @staticmethod
    def _census(db: sqlite3.Connection) -> list[str]:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        facts = []
        if "documents" in tables:
            n, ok = db.execute("SELECT COUNT(*), SUM(status = 'ok') FROM documents").fetchone()
            facts.append(f"{n} document(s), {ok or 0} readable")
        if "review_decisions" in tables:
            rows, live = db.execute("SELECT COUNT(*), SUM(undone_at IS NULL) FROM review_decisions").fetchone()
            facts.append(f"mapping decisions: {rows} in the log, {live or 0} not undone")
        if "redaction_decisions" in tables:
            facts.append(f"redaction decisions: {db.execute('SELECT COUNT(*) FROM redaction_decisions').fetchone()[0]}")
        if "review_documents" in tables:
            facts.append(f"titles set: {db.execute('SELECT COUNT(*) FROM review_documents WHERE title IS NOT NULL').fetchone()[0]}")
        return facts

    # ------------------------------------------------------------ add

    def add(
        self,
        paths: Iterable[str | os.PathLike] = (),
        settings: IngestSettings | None = None,
        retry_failed: bool = False,
        progress: bool | None = None,
        on_document: Callable | None = None,
        executor=None,
    ) -> AddReport:
        """Add files and folders; resume any batch that was interrupted.

        Args:
            paths: Files and folders (recursively).  Empty: resume the
                interrupted batches, if any.
            settings: Ingestion settings (recency is set from the curricula).
            retry_failed: Read again files that failed before.
            progress: Show a progress bar on stderr (default: when a terminal).
            on_document: Called with ``(document, outcome)`` as each is stored.
            executor: Where files are read (a :class:`pipeline.ingest.pool.Executor`: a Dask cluster);
                default this machine's process pool.  Documents are stored here either way.

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
        with self.lock():
            try:
                self._add(paths, settings, retry_failed, progress, on_document, report, executor)
            except KeyboardInterrupt:  # Ctrl-C while planning or starting: the batch stays open for the next add
                report.interrupted = True
            except (sqlite3.OperationalError, OSError) as exc:
                if not _disk_full(exc):
                    raise
                # every document stored so far is whole (one transaction each); the batch stays 'running' and
                # the next add finishes it
                report.interrupted = True
                report.stopped = (f"the disk holding the workspace is full ({_free(self.meta_dir)} free in "
                                  f"{self.meta_dir}): every document stored so far is kept; free some space, then "
                                  f"run 'cesr add --workspace {self.root}' to finish the batch")
        report.seconds = time.perf_counter() - start
        return report

    def _add(self, paths, settings, retry_failed, progress, on_document, report: AddReport,
             executor=None) -> None:
        """The body of :meth:`add`, under the lock."""
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
        stream = ingest_stream((p for p, _ in todo), settings, anonymise=True, applicant=self.applicant,
                               executor=executor)
        try:
            for doc in stream:
                for part, outcome in store.save(doc, batch_id, stat_info=stats.get(doc.path)):
                    if part.sha256 in decided:  # read again: the doctor's redaction decisions apply at once
                        self._apply_redaction(part.sha256)
                    self._count(part, outcome, report, on_document)
                bar.update(1)
                bar.set_postfix_str(f"{report.pages} pages", refresh=False)
        except KeyboardInterrupt:
            report.interrupted = True
        finally:
            stream.close()  # the pool's workers stopped, whatever stopped the batch
            bar.close()
        if not report.interrupted:
            store.set_batch_state(batch_id, "done")

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
        if known and known[1] == "encrypted" and pdf_password() is not None:
            known = None  # it failed for want of a password, and this add has one: read it again
        if known and (known[0] == "ok" or not (retry_failed or known[1] in RETRYABLE)):
            previous = store.path_record(entry.path)
            outcome = "unchanged" if previous and previous["sha256"] == sha else "duplicate"
            store.record_path(entry.path, sha256=sha, status=known[0], outcome=outcome,
                              error=None if known[0] == "ok" else "see the stored document",
                              error_kind=known[1], batch_id=batch_id, size=size, mtime_ns=mtime)
            if known[0] == "ok":
                report.counts[outcome] += 1
                return
            # content that could not be read before, not read again: counted and named on every add, so that a
            # re-add never reports it as merely "unchanged"
            error, kind = store.failure(sha) or ("could not be read", known[1])
            report.counts["still_failing"] += 1
            report.failures[kind or "unreadable"] += 1
            report.failed.append((entry.path, error))
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

    def lock(self):
        """The workspace's writer lock (``.cesr/add.lock``), held by ``add`` and ``restore`` for their whole run:
        a second one is refused at once with :class:`WorkspaceError`; the lock goes with its process."""
        return _FileLock(self.root / WORKSPACE_DIR / "add.lock")


class _FileLock:
    """An exclusive ``flock`` on a file, taken at once or refused with ``message`` (released if the process dies)."""

    def __init__(self, path: Path,
                 message: str = "another 'cesr add' is running in this workspace; wait for it or stop it") -> None:
        self.path = path
        self.message = message
        self.handle = None

    def __enter__(self):
        import fcntl

        self.handle = open(self.path, "a+")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.handle.close()
            raise WorkspaceError(self.message) from None
        return self

    def __exit__(self, *exc) -> None:
        import fcntl

        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


def _disk_full(exc: BaseException) -> bool:
    """SQLite's "database or disk is full" (SQLITE_FULL), or ENOSPC / EDQUOT from the file system."""
    import errno

    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == 13 or "disk is full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def _free(path: Path) -> str:
    import shutil

    try:
        return f"{shutil.disk_usage(path).free / 1e6:.1f} MB"
    except OSError:
        return "no space"


def _progress(total: int, force: bool | None):
    from tqdm import tqdm

    disable = None if force is None else not force
    return tqdm(total=total, desc="add", unit="file", file=sys.stderr, disable=disable, dynamic_ncols=True,
                smoothing=0.05)
