"""A batch the size of a real folder: 200 mixed documents, one of them corrupt."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def folder_of_200(tmp_path_factory, sample_dir) -> Path:
    folder = tmp_path_factory.mktemp("batch") / "evidence"
    samples = sorted(sample_dir.iterdir())
    n = 0
    for copy in range(4):  # 88 files in every format, 28 of them scans
        sub = folder / f"year-{2022 + copy}"
        sub.mkdir(parents=True)
        for src in samples:
            shutil.copy(src, sub / src.name)
            n += 1
    texts = folder / "letters"
    texts.mkdir()
    rows = [json.loads(l) for l in (ROOT / "corpora" / "labelled" / "dev.jsonl").read_text().splitlines()]
    for row in rows[: 200 - n - 1]:
        (texts / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
        n += 1
    data = next(sample_dir.glob("03-*.pdf")).read_bytes()
    (folder / "broken-download.pdf").write_bytes(data[: len(data) // 2])
    assert n + 1 == 200
    return folder


def test_suggest_over_200_mixed_documents(folder_of_200, tmp_path):
    out = tmp_path / "suggestions.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "suggest", str(folder_of_200), "--curriculum", "rcem-2021",
         "--out", str(out), "--progress"],
        capture_output=True, text=True, timeout=1800, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "suggest: 100%" in result.stderr and "200/200" in result.stderr  # the progress bar ran to the end
    assert "processed 200 file(s)" in result.stderr and "199 ok, 1 failed" in result.stderr
    assert "broken-download.pdf: corrupt PDF" in result.stderr
    records = [json.loads(l) for l in out.read_text().splitlines()]
    assert len(records) == 200
    assert "%|" not in out.read_text() and "\r" not in out.read_text()  # no progress bar in the JSON
    failed = [r for r in records if r["document"]["status"] == "failed"]
    assert len(failed) == 1 and failed[0]["document"]["path"].endswith("broken-download.pdf")
    ok = [r for r in records if r["document"]["status"] == "ok"]
    assert all(len(r["suggestions"]) == 10 for r in ok)
    assert sum(r["document"]["ocr_pages"] for r in ok) >= 28
