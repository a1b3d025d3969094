"""The disk under a workspace: full in the middle of a batch (it stops cleanly and resumes when space is freed), and
evidence on read-only media (read without writing beside it). A small tmpfs of its own (``small_disk`` in
conftest.py); skipped where mounting is not allowed.
"""

from __future__ import annotations

import sqlite3
import subprocess

from pipeline.workspace import Workspace

from workspace_support import cli, counts, db_path, format_fresh, letters


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
