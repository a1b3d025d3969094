"""Backup, restore and integrity: a backup taken while a real ``cesr review`` server writes, restored to a new
folder and over the live workspace; a damaged backup refused before anything is replaced; a damaged page found on
open with the newest good backup named; a new laptop rebuilt from an export and the evidence.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from pipeline.backup import BackupError, verify_backup
from pipeline.workspace import Workspace, WorkspaceError

from workspace_support import (FORMAT0_DOCUMENTS, NODES, ReviewServer, cli, db_path, decision_rows, file_bytes, format0,
                               letters)


def test_backup_while_the_review_server_writes_then_restore(tmp_path):
    root = format0(tmp_path)
    Workspace.open(root).close()  # migrated once, before the server starts
    server = ReviewServer(root)
    try:
        server.start_deciding()
        while len(server.decided) < 10:
            time.sleep(0.05)
        out = tmp_path / "elsewhere" / "app.cesr-backup"
        result = cli("backup", "--workspace", str(root), "--out", str(out))
        decided_during = len(server.decided)
        # every document written again after the snapshot (the decisions go round them in turn), so that a
        # document's version in the backup is older than the one a tab sees before the restore below
        while len(server.decided) < decided_during + 2 * len(FORMAT0_DOCUMENTS):
            time.sleep(0.05)
        server.stop_deciding()
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
        seen = server.request(f"/api/doc/{FORMAT0_DOCUMENTS[0]}")[1]["version"]
        result = cli("restore", "--workspace", str(root), str(out))
        assert result.returncode == 0, result.stderr
        assert decision_rows(root) == restored
        safety = result.stdout.split("the workspace as it was before is in ")[1].split()[0]
        assert verify_backup(safety)["counts"]["review_decisions"] == len(live["review_decisions"])
        # the running server reads the restored state; a tab that saw the newer state is refused, not obeyed
        status, data = server.request(f"/api/doc/{FORMAT0_DOCUMENTS[0]}/decide", {"version": seen, "kind": "accept",
                                                                      "node": NODES[0]})
        assert status == 409, data
        current = server.request(f"/api/doc/{FORMAT0_DOCUMENTS[0]}")[1]["version"]
        assert current < seen
        status, data = server.request(f"/api/doc/{FORMAT0_DOCUMENTS[0]}/decide", {"version": current, "kind": "accept",
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
