"""Encrypted PDFs opened with the doctor's password (``--password``, asked on the terminal, or ``--password-file``):
the password is never stored, logged, printed or shown to child processes."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Kx7-quokka-Lantern-42"
LETTER = ["Emergency Department clinic letter", "Patient: Bartholomew Quennell, NHS number 943 476 5919",
          "Supervised chest drain insertion under ultrasound guidance, Seldinger technique.",
          "Competent; feedback given on sterile field and safe triangle by the consultant."]


def make_encrypted_pdf(path: Path, password: str = PASSWORD) -> Path:
    """A one-page text PDF (reportlab) encrypted with AES-256 (pikepdf, qpdf): opening it needs ``password``."""
    import pikepdf
    from reportlab.pdfgen import canvas

    plain = path.with_suffix(".plain.pdf")
    c = canvas.Canvas(str(plain))
    for i, line in enumerate(LETTER):
        c.drawString(72, 720 - 22 * i, line)
    c.save()
    with pikepdf.open(plain) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user=password, owner=password + "-owner", R=6))
    plain.unlink()
    return path


def _cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, **kwargs)


def _descendants(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == parent]
        found += kids
        frontier += kids
    return found


def _files_hold(folder: Path, secret: str) -> list[str]:
    needles = [secret.encode(), secret.encode("utf-16-le")]
    return [str(p) for p in folder.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


@pytest.fixture
def evidence(tmp_path) -> Path:
    folder = tmp_path / "evidence"
    folder.mkdir()
    make_encrypted_pdf(folder / "dops-locked.pdf")
    (folder / "reflection.txt").write_text("Reflection on a night shift leading the department.", encoding="utf-8")
    return folder


def test_secret_hides_itself_and_travels_to_workers_by_pickle():
    from dataclasses import replace

    from pipeline.config import Secret, Settings

    settings = replace(Settings(), pdf_password=Secret(PASSWORD))
    assert PASSWORD not in repr(settings) and PASSWORD not in str(settings.pdf_password)
    again = pickle.loads(pickle.dumps(settings))  # as the pool's workers receive the command's settings
    assert again.pdf_password.reveal() == PASSWORD and again == settings


def test_add_fails_without_the_password_then_reads_it_with_one(tmp_path, evidence):
    ws = tmp_path / "ws"
    assert _cli("init", str(ws), "-c", "rcem-2021").returncode == 0
    first = _cli("add", str(evidence), "--workspace", str(ws), "--no-progress", "--workers", "1")
    assert first.returncode == 0, first.stderr
    assert "1  new documents" in first.stdout and "1  failed" in first.stdout
    assert "encrypted PDF: a password is needed to open it (give it with --password)" in first.stdout

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-password\n", encoding="utf-8")
    miss = _cli("add", str(evidence), "--workspace", str(ws), "--no-progress", "--workers", "1", "--password-file",
                str(wrong))
    assert "the password given does not open it" in miss.stdout and "not-the-password" not in miss.stdout + miss.stderr

    secret_file = tmp_path / "pw.txt"
    secret_file.write_text(PASSWORD + "\n", encoding="utf-8")
    # two workers: the password must reach them, through the pool's pipe, not their arguments or environment
    batch = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "add", str(evidence), "--workspace", str(ws),
                              "--no-progress", "--workers", "2", "--password-file", str(secret_file)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen: dict[int, bytes] = {}
    while batch.poll() is None:
        for pid in _descendants(batch.pid):
            try:
                seen[pid] = (Path(f"/proc/{pid}/cmdline").read_bytes() + b"\0"
                             + Path(f"/proc/{pid}/environ").read_bytes())
            except OSError:
                pass
        time.sleep(0.01)
    out, err = batch.communicate()
    assert batch.returncode == 0, err
    assert any(b"spawn_main" in what for what in seen.values()), "no worker process was seen"
    assert not [pid for pid, what in seen.items() if PASSWORD.encode() in what]
    assert "1  new documents" in out and "1  unchanged" in out and "failed" not in out

    from pipeline.workspace import Workspace

    with Workspace.open(ws) as opened:
        (doc,) = [d for d in opened.store.documents() if d.path.endswith("dops-locked.pdf")]
        assert doc.ok and "chest drain" in doc.text and "Quennell" not in doc.text  # read, and anonymised

    report = _cli("report", "--workspace", str(ws), "--out", str(tmp_path / "report"), "--no-chart")
    assert report.returncode == 0, report.stderr
    assert "dops-locked" not in (tmp_path / "report" / "index.html").read_text()  # no longer among unreadable files
    everything = first.stdout + first.stderr + miss.stdout + miss.stderr + out + err + report.stdout + report.stderr
    assert PASSWORD not in everything
    assert _files_hold(ws, PASSWORD) == [] and _files_hold(tmp_path / "report", PASSWORD) == []


def test_suggest_with_the_password_on_the_command_line(tmp_path, evidence):
    result = _cli("suggest", str(evidence / "dops-locked.pdf"), "-c", "rcem-2021", "--out", str(tmp_path / "s.jsonl"),
                  "--no-progress", f"--password={PASSWORD}")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in (tmp_path / "s.jsonl").read_text().splitlines()]
    assert record["document"]["status"] == "ok" and record["suggestions"]
    assert PASSWORD not in result.stdout + result.stderr and _files_hold(tmp_path, PASSWORD) == []


def test_redact_asks_for_the_password_on_the_terminal(tmp_path, evidence):
    import pty

    import pypdfium2 as pdfium

    out = tmp_path / "out"
    without = _cli("redact", str(evidence / "dops-locked.pdf"), "--out", str(out), "--no-progress", "--password",
                   stdin=subprocess.DEVNULL)
    assert without.returncode == 2 and "--password-file" in without.stderr  # no terminal to ask on: said, not hung

    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "redact", str(evidence / "dops-locked.pdf"),
                             "--out", str(out), "--no-progress", "--password"],
                            cwd=ROOT, stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    os.close(follower)
    asked = b""  # the question (on stderr: the process has no controlling terminal to write it to)
    while b"not shown" not in asked and proc.poll() is None:
        asked += os.read(proc.stderr.fileno(), 1024)
    os.write(leader, PASSWORD.encode() + b"\n")  # typed, echo off
    stdout, stderr = proc.communicate(timeout=300)
    time.sleep(0.1)
    try:
        echoed = os.read(leader, 4096)
    except OSError:
        echoed = b""
    os.close(leader)
    assert proc.returncode == 0, stderr.decode()
    assert PASSWORD.encode() not in asked + echoed + stdout + stderr  # not echoed, not printed
    (copy,) = [p for p in out.iterdir() if p.suffix == ".pdf"]
    pdf = pdfium.PdfDocument(str(copy))  # the copy for upload opens without a password
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    assert "Quennell" not in text
    assert _files_hold(out, PASSWORD) == []
