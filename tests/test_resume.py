"""A batch killed with SIGKILL half-way is resumed: every document exactly once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _make_corpus(folder: Path, rows: list[dict]) -> list[Path]:
    """60 letters as text files and 12 small scans (OCR keeps the batch busy for a few seconds)."""
    from PIL import Image, ImageDraw, ImageFont

    folder.mkdir()
    files = []
    font = ImageFont.truetype(FONT, 30)
    for i in range(12):
        image = Image.new("L", (1400, 420), 250)
        draw = ImageDraw.Draw(image)
        for line in range(5):
            draw.text((40, 30 + line * 75), f"Scan {i}: teaching session feedback, line {line}, rated 4.{i} of 5.",
                      fill=20, font=font)
        path = folder / f"scan-{i:02d}.png"
        image.save(path, dpi=(300, 300))
        files.append(path)
    for i, row in enumerate(rows[:60]):
        path = folder / f"letter-{i:02d}.txt"
        path.write_text(row["text"] + f"\n\nRef {i}", encoding="utf-8")
        files.append(path)
    return files


def _count(db_path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", *args]


def _workspace_and_evidence(tmp_path: Path) -> tuple[list, Path, Path]:
    """The dev set's letters as files in ``tmp_path/evidence`` and an empty rcem-2021 workspace ``tmp_path/ws``
    (made by the real ``cesr init``): the files, the workspace and its database's path."""
    import json

    rows = [json.loads(l) for l in (ROOT / "corpora" / "labelled" / "dev.jsonl").read_text().splitlines()]
    files = _make_corpus(tmp_path / "evidence", rows)
    ws = tmp_path / "ws"
    assert subprocess.run(_cli("init", str(ws), "-c", "rcem-2021"), cwd=ROOT, capture_output=True).returncode == 0
    return files, ws, ws / ".cesr" / "documents.sqlite"


def test_kill_mid_batch_then_resume(tmp_path):
    files, ws, db_path = _workspace_and_evidence(tmp_path)

    batch = subprocess.Popen(_cli("add", str(tmp_path / "evidence"), "--workspace", str(ws), "--workers", "2",
                                  "--no-progress"),
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while _count(db_path) < 8 and batch.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(batch.pid, signal.SIGKILL)  # the whole process group: the batch and its workers, like a power cut
    batch.wait(timeout=30)
    assert batch.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    stored_before = _count(db_path)
    assert 8 <= stored_before < len(files)

    resumed = subprocess.run(_cli("add", "--workspace", str(ws), "--no-progress"), cwd=ROOT, capture_output=True,
                             text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert "resumed interrupted batch #1" in resumed.stdout
    # nothing already stored was read again; everything else was
    assert f"{len(files) - stored_before:6d}  new documents" in resumed.stdout
    assert f"{stored_before:6d}  unchanged" in resumed.stdout

    with sqlite3.connect(db_path) as db:
        paths = db.execute("SELECT path, status, sha256 FROM paths").fetchall()
        assert sorted(p for p, _, _ in paths) == sorted(str(f) for f in files)  # every file, once
        assert all(status == "ok" for _, status, _ in paths)
        docs = db.execute("SELECT sha256, path, length(text) FROM documents").fetchall()
        assert len(docs) == len(files) == len({sha for sha, _, _ in docs})  # every document, once
        assert {sha for _, _, sha in paths} == {sha for sha, _, _ in docs}
        assert all(n > 20 for _, _, n in docs)
        states = dict(db.execute("SELECT id, state FROM batches"))
        assert states == {1: "resumed", 2: "done"}
        assert db.execute("SELECT COUNT(*) FROM batch_items WHERE batch_id = 2 AND state != 'done'").fetchone()[0] == 0

    # and the original command, run again, finds everything already there
    again = subprocess.run(_cli("add", str(tmp_path / "evidence"), "--workspace", str(ws), "--no-progress"),
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and f"{len(files):6d}  unchanged" in again.stdout


def _batch_running(db_path: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM batches WHERE state = 'running'").fetchone()[0] > 0
    except sqlite3.Error:
        return False


def _workers_of(pid: int) -> list[int]:
    """The pool workers the process ``pid`` has started (``multiprocessing`` spawn children), from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def test_ctrl_c_exits_130_with_a_short_message_then_resumes(tmp_path):
    """Ctrl-C in a terminal: SIGINT to the whole foreground process group, the batch and its workers, here sent
    while the workers are still starting (importing the package), when a doctor who changes their mind presses
    it.  The command says how to finish, in a line or two, and exits 130; nothing is half-stored."""
    files, ws, db_path = _workspace_and_evidence(tmp_path)

    # as a terminal starts a command: Ctrl-C's default action, even when these tests run where SIGINT is ignored
    # (a job put in the background by a non-interactive shell inherits SIGINT ignored, and so did this batch: it
    # ran to its end and exited 0 in a fresh clone's .ci/run started that way)
    batch = subprocess.Popen(_cli("add", str(tmp_path / "evidence"), "--workspace", str(ws), "--workers", "2",
                                  "--no-progress"),
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not (_batch_running(db_path) and _workers_of(batch.pid)) and batch.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)  # the workers are importing the package (about 2 s)
    assert batch.poll() is None, "the batch finished before it could be interrupted"
    os.killpg(batch.pid, signal.SIGINT)  # as the terminal does on Ctrl-C
    out, err = batch.communicate(timeout=60)
    assert batch.returncode == 130, f"exit {batch.returncode}; stdout: {out[-1500:]!r}; stderr: {err[-3000:]!r}"
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err[-3000:]
    assert f"interrupted: run 'cesr add --workspace {ws}' to finish the batch" in err
    assert len(err.strip().splitlines()) <= 3, err
    assert out.startswith("stopped after")
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT COUNT(*) FROM paths WHERE status != 'ok'").fetchone()[0] == 0  # no file blamed

    resumed = subprocess.run(_cli("add", "--workspace", str(ws), "--no-progress"), cwd=ROOT, capture_output=True,
                             text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert "resumed interrupted batch #1" in resumed.stdout
    with sqlite3.connect(db_path) as db:
        paths = db.execute("SELECT path, status FROM paths").fetchall()
        assert sorted(p for p, _ in paths) == sorted(str(f) for f in files)  # every file, once
        assert all(status == "ok" for _, status in paths)
        assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == len(files)
