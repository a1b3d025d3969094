"""Backups of a workspace: one file holding a consistent snapshot, checked before anything is restored.

A backup (``*.cesr-backup``) is a ZIP file with:

- ``documents.sqlite``: the workspace's SQLite file, copied with SQLite's online backup API (one step, inside
  one read transaction: a consistent snapshot even while ``cesr review`` or ``cesr add`` writes, and they are
  not blocked, the file being in WAL mode).  It holds the documents, every decision (mappings, redaction,
  titles, descriptions: all in this file) and each page's original reading, so a backup holds identifiers
  and is as private as the evidence folder;
- ``workspace.json`` (curricula, applicant) and ``allowlist.txt`` (the doctor's allow-list) when present;
- ``manifest.json``: what it is, when it was made, the workspace format, row counts, and every member's size
  and sha256.

:func:`verify_backup` reads the whole file back (the ZIP's CRCs and every member's sha256) and checks the
snapshot with ``PRAGMA integrity_check``; a restore does all that before it replaces anything.  The caches
under ``.cesr/`` (page images, copies) are not backed up: they are made again on demand.

This module works on paths; :class:`pipeline.workspace.Workspace` decides which (``backup``, ``restore``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .migrations import FORMAT, decision_counts, format_of, integrity_check, quick_check

__all__ = ["BackupError", "BackupInfo", "KIND", "SUFFIX", "DATABASE", "snapshot", "write_backup", "verify_backup",
           "extract_backup", "load_into", "record_backup", "known_backups", "newest_good_backup", "sha256_of"]

KIND = "cesr-mapper workspace backup"
SUFFIX = ".cesr-backup"
DATABASE = "documents.sqlite"  # the member holding the SQLite snapshot
_CHUNK = 1 << 20


class BackupError(Exception):
    """A backup that cannot be made, read or trusted."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when, its sha256 and what it holds."""

    path: str
    created: str
    sha256: str
    size: int
    format: int
    reason: str = "manual"
    counts: dict = field(default_factory=dict)

    def describe(self) -> str:
        return f"{self.path} (made {self.created}, {self.size / 1e6:.1f} MB)"


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def sha256_of(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def snapshot(db_path: str | os.PathLike, dest: str | os.PathLike) -> dict:
    """Copy a live SQLite file to ``dest`` with the online backup API; returns the copy's row counts.

    Raises:
        BackupError: the live file is damaged (a backup of it would not be a good one).
    """
    src = sqlite3.connect(str(db_path), timeout=60)
    dst = sqlite3.connect(str(dest))
    try:
        src.backup(dst)  # pages=-1: every page in one step, one read transaction: a consistent snapshot
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        problems = quick_check(dst)
        if problems:
            raise BackupError(f"the workspace database is damaged ({problems[0]}); no backup was written")
        counts = decision_counts(dst)
        present = {r[0] for r in dst.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "documents" in present:
            counts["documents"] = dst.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        counts["format"] = format_of(dst)
        return counts
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"cannot read the workspace database ({exc}); no backup was written") from exc
    finally:
        dst.close()
        src.close()


def write_backup(db_path: str | os.PathLike, files: dict[str, Path], out: str | os.PathLike, *,
                 workspace: str = "", reason: str = "manual", work_dir: str | os.PathLike | None = None) -> BackupInfo:
    """Write a backup of ``db_path`` and ``files`` (member name -> path, when it exists) to ``out``.

    The file is written beside ``out`` under a temporary name and renamed when complete, so a backup
    interrupted half-way never looks like a backup.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".cesr-backup-", dir=work_dir or out.parent))
    part = out.with_name(out.name + ".part")
    try:
        db_copy = work / DATABASE
        counts = snapshot(db_path, db_copy)
        fmt = counts.pop("format")
        members = {DATABASE: db_copy}
        for name, path in files.items():
            if Path(path).is_file():
                shutil.copyfile(path, work / name)
                members[name] = work / name
        created = _now()
        manifest = {
            "kind": KIND, "backup_format": 1, "workspace_format": fmt, "created": created, "reason": reason,
            "workspace": workspace, "counts": counts,
            "files": {name: {"size": p.stat().st_size, "sha256": sha256_of(p)} for name, p in members.items()},
        }
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6, allowZip64=True) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
            for name, path in members.items():
                zf.write(path, name)
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(part, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if part.exists():
            part.unlink()
    return BackupInfo(str(out.resolve()), created, sha256_of(out), out.stat().st_size, fmt, reason, counts)


def _manifest(zf: zipfile.ZipFile, path) -> dict:
    try:
        manifest = json.loads(zf.read("manifest.json"))
    except (KeyError, ValueError) as exc:
        raise BackupError(f"{path} is not a cesr-mapper backup (no readable manifest)") from exc
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND or DATABASE not in manifest.get("files", {}):
        raise BackupError(f"{path} is not a cesr-mapper backup")
    return manifest


def verify_backup(path: str | os.PathLike, check_database: bool = True) -> dict:
    """Read a backup through; returns its manifest.

    Checks the ZIP's CRCs, every member's size and sha256 against the manifest, that the workspace format is
    one this cesr-mapper reads, and (``check_database``) the snapshot with ``PRAGMA integrity_check``.

    Raises:
        BackupError: what is wrong, in a sentence.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"no backup file at {path}")
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = _manifest(zf, path)
            names = set(zf.namelist())
            for name, want in manifest["files"].items():
                if name not in names:
                    raise BackupError(f"{path} is incomplete: {name} is missing")
                h, size = hashlib.sha256(), 0
                with zf.open(name) as fh:  # raises BadZipFile on a CRC mismatch
                    while chunk := fh.read(_CHUNK):
                        h.update(chunk)
                        size += len(chunk)
                if size != want["size"] or h.hexdigest() != want["sha256"]:
                    raise BackupError(f"{path} is damaged: {name} does not match its checksum")
            if check_database:
                with tempfile.TemporaryDirectory(prefix=".cesr-verify-", dir=path.parent) as tmp:
                    db_path = Path(tmp) / DATABASE
                    with zf.open(DATABASE) as src, open(db_path, "wb") as dst:
                        shutil.copyfileobj(src, dst, _CHUNK)
                    _check_database(db_path, path)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BackupError(f"{path} is damaged or not a backup: {exc}") from exc
    if int(manifest.get("workspace_format", 0)) > FORMAT:
        raise BackupError(f"{path} holds workspace format {manifest['workspace_format']}, written by a newer "
                          f"cesr-mapper; this one reads formats up to {FORMAT}: upgrade cesr-mapper to restore it")
    return manifest


def _check_database(db_path: Path, backup: Path) -> None:
    db = sqlite3.connect(str(db_path))
    try:
        problems = integrity_check(db)
    finally:
        db.close()
    if problems:
        raise BackupError(f"{backup}: the database inside fails its integrity check ({problems[0]})")


def extract_backup(path: str | os.PathLike, dest_dir: str | os.PathLike) -> tuple[dict, dict[str, Path]]:
    """Verify a backup and extract it into ``dest_dir``; returns ``(manifest, member name -> path)``."""
    manifest = verify_backup(path, check_database=False)
    dest_dir = Path(dest_dir)
    out = {}
    with zipfile.ZipFile(path) as zf:
        for name, want in manifest["files"].items():
            if "/" in name or "\\" in name or name.startswith("."):
                raise BackupError(f"{path}: unexpected member {name!r}")
            target = dest_dir / name
            with zf.open(name) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, _CHUNK)
            if sha256_of(target) != want["sha256"]:
                raise BackupError(f"{path}: {name} changed while it was read")
            out[name] = target
    _check_database(out[DATABASE], Path(path))
    return manifest, out


def load_into(src_path: str | os.PathLike, live_path: str | os.PathLike) -> None:
    """Replace the content of a live SQLite file by ``src_path``'s with the online backup API.

    SQLite writes the pages under its own locks, so a process that has the file open (``cesr review``) reads
    either the old content or the new, never a mixture, and its WAL is not replayed over the new content.
    """
    src = sqlite3.connect(str(src_path))
    live = sqlite3.connect(str(live_path), timeout=60)
    try:
        src.backup(live)
        live.execute("PRAGMA journal_mode=WAL")
    finally:
        live.close()
        src.close()


# ---------------------------------------------------------------- the workspace's list of its backups


def record_backup(registry: str | os.PathLike, info: BackupInfo) -> None:
    """Append a backup to the workspace's list (``.cesr/backups.jsonl``), wherever the file was written."""
    with open(registry, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(asdict(info), ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def known_backups(registry: str | os.PathLike, folder: str | os.PathLike | None = None) -> list[BackupInfo]:
    """The backups listed in ``registry`` and found in ``folder`` that still exist, newest first."""
    found: dict[str, BackupInfo] = {}
    try:
        lines = Path(registry).read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        try:
            info = BackupInfo(**json.loads(line))
        except (ValueError, TypeError):
            continue  # a line cut by a crash
        if Path(info.path).is_file():
            found.pop(info.path, None)
            found[info.path] = info
    if folder and Path(folder).is_dir():
        for p in Path(folder).glob("*" + SUFFIX):
            key = str(p.resolve())
            if key not in found:
                try:
                    with zipfile.ZipFile(p) as zf:
                        m = _manifest(zf, p)
                except (zipfile.BadZipFile, OSError, BackupError):
                    continue
                found[key] = BackupInfo(key, m.get("created", ""), "", p.stat().st_size,
                                        int(m.get("workspace_format", 0)), m.get("reason", "manual"),
                                        m.get("counts", {}))
    order = {key: i for i, key in enumerate(found)}  # the list's order breaks ties within a second
    return sorted(found.values(), key=lambda b: (b.created, order[b.path]), reverse=True)


def newest_good_backup(registry: str | os.PathLike, folder: str | os.PathLike | None = None) -> BackupInfo | None:
    """The newest backup that verifies (checksums and database), or ``None``."""
    for info in known_backups(registry, folder):
        try:
            verify_backup(info.path)
        except BackupError:
            continue
        return info
    return None
