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


def test_kill_mid_batch_then_resume(tmp_path):
    import json

    rows = [json.loads(l) for l in (ROOT / "corpora" / "labelled" / "dev.jsonl").read_text().splitlines()]
    files = _make_corpus(tmp_path / "evidence", rows)
    ws = tmp_path / "ws"
    assert subprocess.run(_cli("init", str(ws), "-c", "rcem-2021"), cwd=ROOT, capture_output=True).returncode == 0
    db_path = ws / ".cesr" / "documents.sqlite"

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
