"""The command line's rough edges, tried as a new user would: the help, a bad or busy port, a folder that is not
there."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
DOCTOR = ["init", "add", "suggest", "review", "accept", "report", "redact", "pack", "export", "import-decisions",
          "curricula"]
SAFETY = ["backup", "restore", "doctor"]
TOOLS = ["ingest", "summary", "evaluate", "calibrate", "calibrate-none", "fit-adapter", "evaluate-redaction",
         "train-tagger"]


def _cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, **kwargs)


def test_help_lists_the_doctors_commands_first_then_the_tools(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    text = capsys.readouterr().out
    listed = re.findall(r"^  ([a-z][a-z-]+)  ", text, flags=re.M)  # one row per command, in the order shown
    assert sorted(listed) == sorted(DOCTOR + SAFETY + TOOLS)  # every command once, none forgotten
    choices = next(a for a in build_parser()._actions if a.dest == "command").choices
    assert set(listed) == set(choices)
    assert listed == DOCTOR + SAFETY + TOOLS
    headers = [text.index(h) for h in ("your application", "keeping your workspace safe",
                                       "tools for evaluators and developers")]
    assert headers == sorted(headers)
    assert text.index("  init  ") > headers[0] and text.index("  backup  ") > headers[1]
    assert text.index("  export  ") < headers[2] < text.index("  evaluate  ")
    # the usage line is short: the commands are listed below, not crammed into it
    assert text.splitlines()[0].startswith("usage: cesr [-h] [--version] [-v] COMMAND ...")


@pytest.fixture
def workspace(tmp_path):
    ws = tmp_path / "app"
    assert main(["init", str(ws), "-c", "rcem-2021"]) == 0
    return ws


@pytest.mark.parametrize("port", ["99999", "65536", "-1"])
def test_review_port_out_of_range_is_a_clear_error(workspace, port):
    result = _cli("review", "--workspace", str(workspace), "--port", port)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "OverflowError" not in result.stderr
    assert "cesr review: error: argument --port" in result.stderr and "1 to 65535" in result.stderr


def test_review_port_in_use_says_so_and_names_a_free_one(workspace):
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    try:
        result = _cli("review", "--workspace", str(workspace), "--port", str(port))
    finally:
        busy.close()
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert f"port {port} is already in use" in result.stderr
    suggested = re.search(r"--port (\d+)", result.stderr)
    assert suggested, result.stderr
    free = int(suggested.group(1))
    assert free != port and 1024 <= free <= 65535
    with socket.socket() as probe:  # the port suggested really is free
        probe.bind(("127.0.0.1", free))


def test_redact_a_folder_that_does_not_exist_names_no_file_it_did_not_write(tmp_path):
    out = tmp_path / "out"
    result = _cli("redact", str(tmp_path / "nonexistent"), "--out", str(out))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "nonexistent" in result.stderr and "does not exist" in result.stderr
    assert "redactions.json" not in result.stderr + result.stdout
    assert not out.exists()  # nothing written, so nothing named


def test_redact_names_only_the_files_it_wrote(tmp_path, sample_dir):
    """A batch where every file fails writes no decisions file: the closing note must not name one."""
    folder = tmp_path / "evidence"
    folder.mkdir()
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\n")  # truncated: cannot be read
    out = tmp_path / "out"
    result = _cli("redact", str(folder), "--out", str(out), "--no-progress")
    assert result.returncode == 1
    for name in re.findall(r"([\w./-]+\.json)", result.stderr + result.stdout):
        assert Path(name).exists(), f"names {name}, which was not written:\n{result.stderr}"
