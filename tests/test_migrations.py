"""Workspace formats and migrations: a workspace written before formats were recorded opens, migrated, with every
decision kept and a backup of it as it was; a newer format is refused untouched; a migration that would lose a
decision is rolled back.

The format-0 fixture (``tests/fixtures/workspaces/format-0``, built by ``make_format0.py`` beside it from the
frozen SQL of that format) is a workspace as cesr-mapper wrote it before formats were recorded.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from pipeline.backup import verify_backup
from pipeline.migrations import FORMAT, FormatError, MigrationError, format_of
from pipeline.workspace import Workspace, WorkspaceError

from workspace_support import FIXTURES, cli, db_path, decision_rows, file_bytes, format0, format_fresh, schema


def test_format0_fixture_migrates_on_open_keeping_every_decision(tmp_path):
    root = format0(tmp_path)
    before = decision_rows(root)
    assert sum(len(v) for v in before.values()) == 17  # 7 + 5 + 1 + 3 + 1
    with Workspace.open(root) as ws:
        assert len(ws.notes) == 1 and f"format 0 to {FORMAT}" in ws.notes[0]
        backups = ws.backups()
    db = sqlite3.connect(str(db_path(root)))
    assert format_of(db) == FORMAT
    db.close()
    assert decision_rows(root) == before  # not one row lost or changed
    # the automatic backup holds the workspace as it was, at format 0
    assert len(backups) == 1 and backups[0].reason == f"before-format-{FORMAT}"
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


def test_format1_fixture_migrates_to_keep_engine_scores(tmp_path):
    """Format 1 (``make_format1.py``) gains the table of kept engine scores; every decision stays, and the
    scores kept afterwards read back by the versions that made them."""
    root = tmp_path / "ws1"
    shutil.copytree(FIXTURES / "format-1", root)
    db = sqlite3.connect(str(db_path(root)))
    assert format_of(db) == 1
    db.close()
    before = decision_rows(root)
    with Workspace.open(root) as ws:
        assert len(ws.notes) == 1 and f"format 1 to {FORMAT}" in ws.notes[0]
        assert ws.backups()[0].reason == f"before-format-{FORMAT}"
    assert decision_rows(root) == before
    from pipeline.review.decisions import ReviewDB

    with ReviewDB(db_path(root)) as review:
        assert review.engine_scores("model|recipe|curricula") == {}
        review.store_engine_scores("a" * 64, {"rcem-2021:SLO1": 1.25, "rcem-2021:SLO3": -0.5}, "model|recipe|curricula")
        review.store_engine_scores("a" * 64, {"rcem-2021:SLO1": 1.5}, "model|recipe|curricula")  # replaced
        assert review.engine_scores("model|recipe|curricula") == {"a" * 64: {"rcem-2021:SLO1": 1.5}}
        assert review.engine_scores("other model|recipe|curricula") == {}
    assert schema(db_path(root)) == schema(db_path(format_fresh(tmp_path)))


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
