"""A workspace that survives years: formats and migrations, backup and restore, integrity checks, two writers.

The format-0 fixture (``tests/fixtures/workspaces/format-0``, built by ``make_format0.py`` beside it from the
frozen SQL of that format) is a workspace as cesr-mapper wrote it before formats were recorded.  Concurrency
is tried with real processes: ``cesr add`` twice at once, ``cesr backup`` and ``cesr add`` while a real
``cesr review`` server takes decisions over HTTP.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pipeline.backup import BackupError, verify_backup
from pipeline.migrations import FORMAT, FormatError, MigrationError, format_of
from pipeline.workspace import Workspace, WorkspaceError

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "workspaces"
DECISION_TABLES = {  # table -> its key, to compare rows one by one
    "review_decisions": "id", "redaction_decisions": "id", "pack_description_edits": "id",
    "review_documents": "sha256", "pack_descriptions": "sha256",
}
NODES = ["rcem-2021:SLO1", "rcem-2021:SLO2", "rcem-2021:SLO3", "rcem-2021:SLO4", "rcem-2021:SLO5",
         "rcem-2021:SLO6", "rcem-2021:SLO7", "rcem-2021:SLO8"]


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """The real command line, in its own process."""
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout)


def format0(tmp_path: Path, name: str = "ws") -> Path:
    dest = tmp_path / name
    shutil.copytree(FIXTURES / "format-0", dest)
    return dest


def db_path(root: Path) -> Path:
    return root / ".cesr" / "documents.sqlite"


def decision_rows(root: Path) -> dict[str, list[tuple]]:
    """Every row of every decision table, in key order (``vector`` left out: bytes)."""
    db = sqlite3.connect(str(db_path(root)))
    try:
        out = {}
        for table, key in DECISION_TABLES.items():
            cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] != "vector"]
            out[table] = [tuple(r) for r in db.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {key}")]
        return out
    finally:
        db.close()


def schema(path: Path) -> set[tuple]:
    db = sqlite3.connect(str(path))
    try:
        return {(r[0], r[1], " ".join(r[2].split())) for r in db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")}
    finally:
        db.close()


def file_bytes(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (root / ".cesr").iterdir() if p.is_file()}


# ---------------------------------------------------------------- formats and migrations


def test_format0_fixture_migrates_on_open_keeping_every_decision(tmp_path):
    root = format0(tmp_path)
    before = decision_rows(root)
    assert sum(len(v) for v in before.values()) == 17  # 7 + 5 + 1 + 3 + 1
    with Workspace.open(root) as ws:
        assert len(ws.notes) == 1 and "format 0 to 1" in ws.notes[0]
        backups = ws.backups()
    db = sqlite3.connect(str(db_path(root)))
    assert format_of(db) == FORMAT
    db.close()
    assert decision_rows(root) == before  # not one row lost or changed
    # the automatic backup holds the workspace as it was, at format 0
    assert len(backups) == 1 and backups[0].reason == "before-format-1"
    manifest = verify_backup(backups[0].path)
    assert manifest["workspace_format"] == 0 and manifest["counts"]["review_decisions"] == 7
    # the decisions in force read back through the live code
    from pipeline.pack.describe import DescriptionStore
    from pipeline.review.decisions import ReviewDB
    from pipeline.review.redaction import RedactionLog

    with ReviewDB(db_path(root)) as review:
        current = {(d["sha256"][0], d["node"], d["verdict"]) for d in review.current_decisions()}
        assert current == {("a", "rcem-2021:SLO1", "accepted"), ("a", "rcem-2021:SLO3", "rejected"),
                           ("b", "rcem-2021:SLO6", "rejected"), ("b", "rcem-2021:SLO6.KC1", "added"),
                           ("c", "rcem-2021:SLO10", "accepted"), ("c", "rcem-2021:SLO12", "added")}
        assert review.document_row("a" * 64)["title"] == "Chest pain, resuscitation led"
        redaction = RedactionLog(review).decisions("a" * 64)
        assert dict(redaction.redact) == {"Jonty": "PERSON"} and redaction.keep == ("Assessor",)
        assert RedactionLog(review).verified("a" * 64)
    with DescriptionStore(db_path(root)) as descriptions:
        assert descriptions.row("a" * 64)["title"] == "My own title"
    # opened again: nothing more to do, no second backup
    with Workspace.open(root) as ws:
        assert ws.notes == [] and len(ws.backups()) == 1


def test_a_workspace_with_only_documents_migrates_too(tmp_path):
    """A format-0 file where only ``cesr add`` had run: the review's tables did not exist yet."""
    root = tmp_path / "ws"
    (root / ".cesr").mkdir(parents=True)
    shutil.copy(FIXTURES / "format-0" / ".cesr" / "workspace.json", root / ".cesr")
    sql = (FIXTURES / "format-0.sql").read_text()
    store_part = sql[:sql.index("CREATE TABLE IF NOT EXISTS review_meta")]
    db = sqlite3.connect(str(db_path(root)))
    db.executescript(store_part)
    db.close()
    with Workspace.open(root):
        pass
    assert schema(db_path(root)) == schema(db_path(format_fresh(tmp_path)))


def format_fresh(tmp_path: Path) -> Path:
    root = tmp_path / "fresh"
    if not root.exists():
        Workspace.init(root, ["rcem-2021"]).close()
    return root


def test_migrated_fresh_and_live_schemas_are_the_same(tmp_path):
    """A migrated workspace, a new one and the tables the live modules create agree: a change to a module's
    SCHEMA without a migration fails here."""
    from pipeline.pack import describe
    from pipeline.review import bulk, decisions, redaction
    from pipeline import store

    migrated = format0(tmp_path)
    Workspace.open(migrated).close()
    fresh = format_fresh(tmp_path)
    live = tmp_path / "live.sqlite"
    db = sqlite3.connect(str(live))
    for script in (store.SCHEMA, decisions.SCHEMA, redaction.SCHEMA, describe.SCHEMA, bulk.SCHEMA):
        db.executescript(script)
    db.close()
    assert schema(db_path(migrated)) == schema(db_path(fresh)) == schema(live)
    db = sqlite3.connect(str(db_path(fresh)))
    assert format_of(db) == FORMAT
    db.close()


def test_a_newer_workspace_is_refused_and_left_untouched(tmp_path):
    from pipeline.review.decisions import ReviewDB
    from pipeline.store import Store

    root = format_fresh(tmp_path)
    db = sqlite3.connect(str(db_path(root)))
    db.execute(f"PRAGMA user_version = {FORMAT + 1}")
    db.close()
    before = file_bytes(root)
    with pytest.raises(WorkspaceError, match=r"newer cesr-mapper.*Upgrade cesr-mapper"):
        Workspace.open(root)
    for opener in (Store, ReviewDB):
        with pytest.raises(FormatError, match=f"format {FORMAT + 1}"):
            opener(db_path(root))
    result = cli("add", str(FIXTURES), "--workspace", str(root), "--no-progress")
    assert result.returncode == 2
    assert f"workspace format {FORMAT + 1}, written by a newer cesr-mapper" in result.stderr
    assert "Traceback" not in result.stderr
    assert file_bytes(root) == before  # not a byte written, no journal left beside it


def test_a_migration_that_would_lose_a_decision_is_rolled_back(tmp_path, monkeypatch):
    """The runner's guard, tried with a real (bad) migration step: a future format that drops a row."""
    from pipeline import migrations

    root = format0(tmp_path)
    Workspace.open(root).close()
    before = decision_rows(root)

    def drop_one(db):
        db.execute("DELETE FROM review_decisions WHERE id = 1")

    monkeypatch.setattr(migrations, "FORMAT", FORMAT + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, FORMAT + 1, ("a bad migration", drop_one))
    db = sqlite3.connect(str(db_path(root)), isolation_level=None)
    with pytest.raises(MigrationError, match="review_decisions: 6 of 7 rows left"):
        migrations.upgrade(db)
    assert format_of(db) == FORMAT
    db.close()
    assert decision_rows(root) == before


# ---------------------------------------------------------------- backup and restore


class ReviewServer:
    """``cesr review`` in its own process, and a client that takes decisions through its HTTP API."""

    def __init__(self, root: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "review", "--workspace", str(root)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        line = self.proc.stdout.readline()
        assert " at http://127.0.0.1:" in line, line + self.proc.stderr.read()
        url = line.split(" at ", 1)[1].split()[0]
        self.base = url.split("/?token=")[0]
        self.token = url.split("token=")[1]
        self.decided: list[str] = []  # action ids the server answered 200 for

    def request(self, path: str, body: dict | None = None) -> tuple[int, dict]:
        req = urllib.request.Request(self.base + path, data=None if body is None else json.dumps(body).encode(),
                                     headers={"X-CESR-Token": self.token, "X-Requested-With": "cesr",
                                              "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())

    def decide_until(self, shas: list[str], stop: threading.Event, limit: int = 400) -> None:
        versions = {sha: self.request(f"/api/doc/{sha}")[1]["version"] for sha in shas}
        i = 0
        while not stop.is_set() and i < limit:
            sha, node = shas[i % len(shas)], NODES[i % len(NODES)]
            kind = "reject" if (i // len(shas)) % 2 else "accept"
            status, data = self.request(f"/api/doc/{sha}/decide", {"version": versions[sha], "kind": kind,
                                                                  "node": node})
            assert status == 200, data
            versions[sha] = data["doc"]["version"]
            self.decided.append(f"{sha}:{node}:{kind}")
            i += 1

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()
        self.proc.stderr.close()


def test_backup_while_the_review_server_writes_then_restore(tmp_path):
    root = format0(tmp_path)
    Workspace.open(root).close()  # migrated once, before the server starts
    shas = ["a" * 64, "b" * 64, "c" * 64]
    server = ReviewServer(root)
    stop = threading.Event()
    try:
        writer = threading.Thread(target=server.decide_until, args=(shas, stop))
        writer.start()
        while len(server.decided) < 10:
            time.sleep(0.05)
        out = tmp_path / "elsewhere" / "app.cesr-backup"
        result = cli("backup", "--workspace", str(root), "--out", str(out))
        decided_during = len(server.decided)
        time.sleep(0.3)
        stop.set()
        writer.join(timeout=60)
        assert result.returncode == 0, result.stderr
        assert decided_during >= 10 and len(server.decided) > decided_during  # the server wrote before and after
        live = decision_rows(root)
        assert len(live["review_decisions"]) == 7 + len(server.decided)  # no decision lost to the backup
        manifest = verify_backup(out)
        in_backup = manifest["counts"]["review_decisions"]
        assert 7 + 10 <= in_backup < len(live["review_decisions"])

        # restored into a new folder (a new laptop): exactly the log as it was when the snapshot was taken
        other = tmp_path / "new-laptop"
        result = cli("restore", "--workspace", str(other), str(out))
        assert result.returncode == 0, result.stderr
        restored = decision_rows(other)
        assert restored["review_decisions"] == live["review_decisions"][:in_backup]  # a consistent prefix
        assert restored["redaction_decisions"] == live["redaction_decisions"]
        assert restored["pack_description_edits"] == live["pack_description_edits"]
        assert json.loads((other / ".cesr" / "workspace.json").read_text())["applicant"] == "Amara Okafor"
        assert (other / "allowlist.txt").read_text() == (root / "allowlist.txt").read_text()

        # restored over the live workspace, the review server still running: the state of the backup, the state
        # it replaced kept in a backup
        with pytest.raises(WorkspaceError):  # refused while an add holds the lock
            with Workspace.open(root).lock():
                Workspace.restore(root, out)
        seen = server.request(f"/api/doc/{shas[0]}")[1]["version"]
        result = cli("restore", "--workspace", str(root), str(out))
        assert result.returncode == 0, result.stderr
        assert decision_rows(root) == restored
        safety = result.stdout.split("the workspace as it was before is in ")[1].split()[0]
        assert verify_backup(safety)["counts"]["review_decisions"] == len(live["review_decisions"])
        # the running server reads the restored state; a tab that saw the newer state is refused, not obeyed
        status, data = server.request(f"/api/doc/{shas[0]}/decide", {"version": seen, "kind": "accept",
                                                                      "node": NODES[0]})
        assert status == 409, data
        current = server.request(f"/api/doc/{shas[0]}")[1]["version"]
        assert current < seen
        status, data = server.request(f"/api/doc/{shas[0]}/decide", {"version": current, "kind": "accept",
                                                                      "node": NODES[0]})
        assert status == 200, data
    finally:
        server.stop()
    after = decision_rows(root)["review_decisions"]
    assert after[:-1] == restored["review_decisions"] and len(after) == len(restored["review_decisions"]) + 1
    Workspace.open(root).close()


def test_restore_checks_the_backup_before_replacing_anything(tmp_path):
    root = format0(tmp_path)
    with Workspace.open(root) as ws:
        info = ws.backup(tmp_path / "good.cesr-backup")
    assert verify_backup(info.path)["counts"]["review_decisions"] == 7
    before = file_bytes(root)
    data = bytearray(Path(info.path).read_bytes())
    data[len(data) // 2] ^= 0xFF  # one bit pattern changed inside the compressed database
    damaged = tmp_path / "damaged.cesr-backup"
    damaged.write_bytes(bytes(data))
    result = cli("restore", "--workspace", str(root), str(damaged))
    assert result.returncode == 1 and "nothing was replaced" in result.stderr
    assert "damaged" in result.stderr or "checksum" in result.stderr
    not_a_backup = tmp_path / "notes.cesr-backup"
    not_a_backup.write_text("hello")
    with pytest.raises(BackupError, match="not a backup"):
        Workspace.restore(root, not_a_backup)
    assert file_bytes(root) == before


# ---------------------------------------------------------------- integrity


def corrupt_table_page(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` (its leaf, for a small table) with junk, as a bad sector would."""
    db = sqlite3.connect(str(path))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root_page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    db.close()
    with open(path, "r+b") as fh:
        fh.seek((root_page - 1) * page_size)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))


def test_a_corrupted_page_is_found_on_open_and_the_newest_good_backup_named(tmp_path):
    root = format0(tmp_path)
    with Workspace.open(root) as ws:
        older = ws.backup(reason="older")
        newest = ws.backup(tmp_path / "usb" / "latest.cesr-backup")
    before = decision_rows(root)
    corrupt_table_page(db_path(root), "review_decisions")
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(root)
    message = str(err.value)
    assert "is damaged" in message and newest.path in message and older.path not in message
    assert f"cesr restore --workspace {root} {newest.path}" in message
    # a backup of a damaged file is refused, so it can never hide the good ones
    with pytest.raises(BackupError, match="damaged"):
        Workspace.open(root, check=False).backup()
    result = cli("doctor", "--workspace", str(root))
    assert result.returncode == 1 and newest.path in result.stdout
    # the newest backup damaged in turn: the next good one is named
    Path(newest.path).write_bytes(Path(newest.path).read_bytes()[:-100])
    with pytest.raises(WorkspaceError, match=older.path.replace(".", r"\.")):
        Workspace.open(root)
    # restoring the good one: the damaged file moved aside, every decision back
    report = Workspace.restore(root, older.path)
    assert report.damaged and Path(report.damaged[0]).exists()
    assert decision_rows(root) == before
    result = cli("doctor", "--workspace", str(root))
    assert result.returncode == 0 and "PRAGMA integrity_check: ok" in result.stdout


# ---------------------------------------------------------------- concurrency


def letters(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"letter-{i:03d}.txt").write_text(
            f"Clinic letter {i}\n\nI reviewed this patient in the emergency department on day {i} with "
            f"abdominal pain number {i * 7}. I led the assessment and discussed the plan with the consultant.\n")
    return folder


def counts(root: Path) -> tuple[int, int, int]:
    db = sqlite3.connect(str(db_path(root)))
    try:
        return (db.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
                db.execute("SELECT COUNT(DISTINCT sha256) FROM documents").fetchone()[0],
                db.execute("SELECT COUNT(*) FROM paths").fetchone()[0])
    finally:
        db.close()


def test_two_add_processes_on_one_workspace_store_each_document_once(tmp_path):
    evidence = letters(tmp_path / "evidence", 40)
    root = format_fresh(tmp_path)
    args = ["add", str(evidence), "--workspace", str(root), "--workers", "1", "--no-progress"]
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    codes = sorted(r[0] for r in results)
    assert codes in ([0, 0], [0, 2]), results
    for code, _, err in results:
        if code == 2:  # the second one found the first running: told so, nothing written
            assert "another 'cesr add' is running in this workspace" in err
    assert counts(root) == (40, 40, 40)
    # while another add holds the workspace (this process, through the same lock), an add is refused at once
    more = letters(evidence, 2, start=40)
    with Workspace.open(root).lock():
        busy = cli("add", str(more), "--workspace", str(root), "--no-progress")
    assert busy.returncode == 2 and "another 'cesr add' is running in this workspace" in busy.stderr
    assert counts(root) == (40, 40, 40)
    again = cli(*args)
    assert again.returncode == 0 and "2  new documents" in again.stdout and "40  unchanged" in again.stdout
    assert counts(root) == (42, 42, 42)


def test_add_while_review_takes_decisions_loses_nothing(tmp_path):
    root = format0(tmp_path)
    Workspace.open(root).close()
    evidence = letters(tmp_path / "evidence", 30)
    shas = ["a" * 64, "b" * 64, "c" * 64]
    server = ReviewServer(root)
    stop = threading.Event()
    try:
        writer = threading.Thread(target=server.decide_until, args=(shas, stop))
        writer.start()
        add = cli("add", str(evidence), "--workspace", str(root), "--workers", "1", "--no-progress")
        during = len(server.decided)
        stop.set()
        writer.join(timeout=60)
        # the server still serves the new documents, read while it was running
        status, queue = server.request("/api/queue")
        assert status == 200
    finally:
        server.stop()
    assert add.returncode == 0, add.stderr
    assert during > 0
    assert counts(root) == (33, 33, 33)
    rows = decision_rows(root)["review_decisions"]
    assert len(rows) == 7 + len(server.decided)  # every answered decision is in the log
    db = sqlite3.connect(str(db_path(root)))
    logged = [f"{sha}:{node}:{'reject' if verdict == 'rejected' else 'accept'}" for sha, node, verdict in
              db.execute("SELECT sha256, node, verdict FROM review_decisions WHERE id > 7 ORDER BY id")]
    db.close()
    assert logged == server.decided


# ---------------------------------------------------------------- a new laptop from an export


def test_init_from_export_rebuilds_the_decisions_given_the_evidence(tmp_path):
    from pipeline.review.decisions import ReviewDB

    evidence = letters(tmp_path / "evidence", 3)
    old = tmp_path / "old"
    Workspace.init(old, ["rcem-2021"], applicant="Amara Okafor").close()
    assert cli("add", str(evidence), "--workspace", str(old), "--workers", "1", "--no-progress").returncode == 0
    with Workspace.open(old) as ws, ReviewDB(ws.store_path) as review:
        shas = sorted(d.sha256 for d in ws.store.documents())
        review.decide(shas[0], None, "add", "rcem-2021:SLO1")
        review.decide(shas[1], None, "add", "rcem-2021:SLO3")
        review.decide(shas[1], None, "reject", "rcem-2021:SLO4")
        review.set_title(shas[1], None, "Abdominal pain assessment")
    export = tmp_path / "mappings.json"
    assert cli("export", "--workspace", str(old), "--out", str(export)).returncode == 0

    new = tmp_path / "new"
    result = cli("init", str(new), "--from-export", str(export), "--evidence", str(evidence), "--workers", "1",
                 "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "3  new documents" in result.stdout and "restored 3 decision(s)" in result.stdout
    assert "not in this workspace yet" not in result.stdout

    def state(root):
        with ReviewDB(db_path(root)) as review:
            return ({(d["sha256"], d["node"], d["verdict"]) for d in review.current_decisions()},
                    review.document_row(shas[1])["title"])

    assert state(new) == state(old)
    assert json.loads((new / ".cesr" / "workspace.json").read_text())["applicant"] == "Amara Okafor"


# ---------------------------------------------------------------- a full disk


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB file system of its own (tmpfs), grown later to free space; skipped where mounting is not allowed."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()[:80]})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_full_disk_stops_the_batch_cleanly_and_it_resumes_when_space_is_freed(tmp_path, small_disk):
    import random

    rng = random.Random(3)
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    for i in range(20):  # about 15 KB of text each, 50 KB a document stored: 20 of them cannot fit in 1 MB
        words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
                 for _ in range(2200)]
        (evidence / f"letter-{i:02d}.txt").write_text(f"Clinic letter {i}\n\n" + " ".join(words) + "\n")
    root = small_disk / "ws"
    Workspace.init(root, ["rcem-2021"]).close()
    args = ["add", str(evidence), "--workspace", str(root), "--workers", "1", "--no-progress"]

    full = cli(*args)
    assert full.returncode == 1, full.stdout + full.stderr
    assert "Traceback" not in full.stderr
    assert "the disk holding the workspace is full" in full.stderr and f"cesr add --workspace {root}" in full.stderr
    stored, distinct, _ = counts(root)
    assert 0 < stored < 20 and stored == distinct
    db = sqlite3.connect(str(db_path(root)))
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT state FROM batches ORDER BY id DESC LIMIT 1").fetchone()[0] == "running"
    db.close()

    grown = subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], capture_output=True, text=True)
    assert grown.returncode == 0, grown.stderr
    resumed = cli("add", "--workspace", str(root), "--workers", "1", "--no-progress")  # no paths: finish the batch
    assert resumed.returncode == 0, resumed.stderr
    assert "resumed interrupted batch" in resumed.stdout
    assert counts(root) == (20, 20, 20)
    doctor = cli("doctor", "--workspace", str(root))
    assert doctor.returncode == 0 and "20 document(s), 20 readable" in doctor.stdout


def test_evidence_on_read_only_media_is_read_without_writing_beside_it(tmp_path, small_disk):
    letters(small_disk / "evidence", 5)
    before = sorted(p.relative_to(small_disk) for p in small_disk.rglob("*"))
    ro = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, text=True)
    assert ro.returncode == 0, ro.stderr
    root = format_fresh(tmp_path)
    result = cli("add", str(small_disk / "evidence"), "--workspace", str(root), "--workers", "1", "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "5  new documents" in result.stdout and "failed" not in result.stdout
    assert sorted(p.relative_to(small_disk) for p in small_disk.rglob("*")) == before
