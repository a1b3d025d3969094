"""Workspaces: init, add, re-add for the cost of hashing, duplicates, e-mails, metadata."""

from __future__ import annotations

import json
import shutil
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.ingest import IngestSettings
from pipeline.workspace import Workspace, WorkspaceError

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = IngestSettings(workers=1)  # in-process: no pool start-up in every test


def _copy(sample_dir: Path, folder: Path, *prefixes: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for prefix in prefixes:
        src = next(sample_dir.glob(f"{prefix}-*"))
        shutil.copy(src, folder / src.name)
        out.append(folder / src.name)
    return out


def test_init_writes_config_and_open_reads_it(tmp_path):
    ws = Workspace.init(tmp_path / "app", ["rcem-2021"], applicant="Amara Okafor")
    config = json.loads((tmp_path / "app" / ".cesr" / "workspace.json").read_text())
    assert config["curricula"] == ["rcem-2021"] and config["applicant"] == "Amara Okafor"
    assert (tmp_path / "app" / ".cesr" / "documents.sqlite").exists()
    again = Workspace.open(tmp_path / "app")
    assert again.curricula == ["rcem-2021"] and again.applicant == "Amara Okafor" and again.recency_years() == 5
    with pytest.raises(WorkspaceError, match="already a workspace"):
        Workspace.init(tmp_path / "app", ["rcem-2021"])
    with pytest.raises(WorkspaceError, match="no workspace in"):
        Workspace.open(tmp_path / "elsewhere")
    with pytest.raises(FileNotFoundError, match="unknown curriculum"):
        Workspace.init(tmp_path / "bad", ["no-such-curriculum"])
    assert not (tmp_path / "bad" / ".cesr").exists()
    ws.close()


def test_add_then_readd_costs_only_hashing(tmp_path, sample_dir, monkeypatch):
    files = _copy(sample_dir, tmp_path / "evidence", "01", "02", "10", "12", "18")
    with Workspace.init(tmp_path / "ws", ["rcem-2021"], applicant="Amara Okafor") as ws:
        first = ws.add([tmp_path / "evidence"], SETTINGS)
        assert first.counts == {"new": 5} and ws.store.count("ok") == 5
        stored = {d.path: d for d in ws.store.documents()}
        assert set(stored) == {str(f) for f in files}
        letter = stored[str(files[0])]
        assert "692 174 2180" not in letter.text and "Amara Okafor" in letter.text  # anonymised, applicant kept

        # a second run reads nothing: every file is recognised by its hash
        import pipeline.workspace as workspace_module

        real = workspace_module.ingest_stream

        def no_reading(paths, *args, **kwargs):
            paths = list(paths)
            assert paths == [], f"re-read: {paths}"
            return real(paths, *args, **kwargs)

        monkeypatch.setattr(workspace_module, "ingest_stream", no_reading)
        hashed = []
        real_hash = workspace_module.sha256_file
        monkeypatch.setattr(workspace_module, "sha256_file", lambda p, *a, **k: hashed.append(p) or real_hash(p, *a, **k))
        second = ws.add([tmp_path / "evidence"], SETTINGS)
        assert second.counts == {"unchanged": 5} and ws.store.count() == 5
        assert hashed == []  # same size and modification time as recorded: not even read to hash it

        # a file changed in place is hashed and read again
        monkeypatch.setattr(workspace_module, "ingest_stream", real)
        files[4].write_bytes(files[3].read_bytes() + b"\n")
        third = ws.add([tmp_path / "evidence"], SETTINGS)
        assert hashed == [str(files[4])] and third.counts == {"unchanged": 4, "new": 1}


def test_exact_duplicate_under_another_name(tmp_path, sample_dir):
    (letter,) = _copy(sample_dir, tmp_path / "2024", "07")
    copy = tmp_path / "old-exports" / "letter (1).pdf"
    copy.parent.mkdir()
    shutil.copy(letter, copy)
    with Workspace.init(tmp_path / "ws", ["rcem-2021"]) as ws:
        report = ws.add([tmp_path / "2024", tmp_path / "old-exports"], SETTINGS)
        assert report.counts == {"new": 1, "duplicate": 1} and ws.store.count() == 1
        (doc,) = ws.store.documents()
        assert ws.store.paths_of(doc.sha256) == sorted([str(letter), str(copy)])
        assert "1  exact duplicates" in report.format()


def test_same_letter_scanned_twice_is_flagged_near_duplicate(tmp_path, sample_dir):
    sys.path.insert(0, str(ROOT / "corpora"))
    try:
        from build_sample import render_page_images
    finally:
        sys.path.pop(0)
    text = (ROOT / "corpora" / "sample-src" / "09-dops-chest-drain.txt").read_text()
    folder = tmp_path / "scans"
    folder.mkdir()
    for seed in (3, 4):  # two scans of one form: different noise, skew and font
        render_page_images(text, seed=seed)[0].save(folder / f"dops-scan-{seed}.png")
    _copy(sample_dir, folder, "10")  # a different assessment: not a near-duplicate
    with Workspace.init(tmp_path / "ws", ["rcem-2021"]) as ws:
        report = ws.add([folder], SETTINGS)
        assert report.counts == {"new": 3}
        pairs = ws.store.near_duplicates()
        assert len(pairs) == 1
        docs = {d.sha256: d for d in ws.store.documents()}
        later, earlier, similarity = pairs[0]
        assert {Path(docs[later].path).name, Path(docs[earlier].path).name} == {"dops-scan-3.png", "dops-scan-4.png"}
        assert similarity >= 0.6 and docs[later].sha256 != docs[earlier].sha256
        assert any(f.startswith("near-duplicate:") for f in docs[later].flags)
        assert report.flags["near-duplicate"] == 1


def _email_with_attachments(tmp_path: Path, sample_dir: Path) -> Path:
    forwarded = EmailMessage()
    forwarded["From"] = "rota.coordinator@northgate-tr.nhs.uk"
    forwarded["To"] = "amara.okafor@nhs.net"
    forwarded["Subject"] = "Rota v3.1"
    forwarded["Date"] = "Tue, 01 Jul 2025 09:12:00 +0100"
    forwarded.set_content("Attached the final rota, thanks for designing it.")
    forwarded.add_attachment((sample_dir / "18-rota-middle-grade-aug2025.txt").read_bytes(), maintype="text",
                             subtype="plain", filename="rota-v3.1.txt")

    message = EmailMessage()
    message["From"] = "Helen Marsden <helen.marsden@northgate-tr.nhs.uk>"
    message["To"] = "amara.okafor@nhs.net"
    message["Subject"] = "Your evidence: clinic letter, Mini-CEX and the rota"
    message["Date"] = "Mon, 14 Jul 2025 17:30:00 +0100"
    message.set_content("Dear Amara,\n\nAs promised, the documents for your portfolio are attached.\n\nHelen")
    message.add_attachment(next(sample_dir.glob("01-*.pdf")).read_bytes(), maintype="application", subtype="pdf",
                           filename="01-clinic-letter-airway.pdf")
    message.add_attachment(next(sample_dir.glob("10-*.docx")).read_bytes(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename="minicex.docx")
    message.add_attachment(forwarded)
    path = tmp_path / "mail" / "evidence-from-supervisor.eml"
    path.parent.mkdir(parents=True)
    path.write_bytes(bytes(message))
    return path


def test_email_attachments_become_documents_linked_to_their_message(tmp_path, sample_dir):
    path = _email_with_attachments(tmp_path, sample_dir)
    with Workspace.init(tmp_path / "ws", ["rcem-2021"]) as ws:
        report = ws.add([path], SETTINGS)
        assert report.counts == {"new": 1, "attachment": 4}
        docs = {d.path: d for d in ws.store.documents()}
        message = docs[str(path)]
        assert message.format == "email" and message.parent is None and message.date == "2025-07-14"
        letter = docs[f"{path}#01-clinic-letter-airway.pdf"]
        minicex = docs[f"{path}#minicex.docx"]
        forwarded = docs[f"{path}#Rota v3.1.eml"]
        rota = docs[f"{path}#Rota v3.1.eml#rota-v3.1.txt"]
        assert letter.parent == minicex.parent == forwarded.parent == message.sha256
        assert rota.parent == forwarded.sha256
        assert letter.evidence_type == "clinic_letter" and letter.date == "2024-03-14" and letter.pages == 2
        assert minicex.evidence_type == "wpba_minicex" and rota.evidence_type == "rota_management"
        assert "[NHS-NUMBER]" in letter.text or "692 174 2180" not in letter.text


def test_metadata_date_type_primary_and_recency(tmp_path, sample_dir):
    files = _copy(sample_dir, tmp_path / "ev", "16", "21", "09")
    with Workspace.init(tmp_path / "ws", ["rcem-2021"]) as ws:
        report = ws.add([tmp_path / "ev"], IngestSettings(workers=1, today="2026-06-01"))
        docs = {Path(d.path).name: d for d in ws.store.documents()}
    cert, reflection, dops = (docs[f.name] for f in files)
    assert (cert.evidence_type, cert.date, cert.primary, cert.older_than_recency) == \
        ("cpd_certificate", "2018-05-19", False, True)
    assert any(f.startswith("older than the recency window: dated 2018-05-19, window 5 years") for f in cert.flags)
    assert (reflection.evidence_type, reflection.date, reflection.primary, reflection.older_than_recency) == \
        ("reflection", "2025-01-12", False, False)
    assert (dops.evidence_type, dops.date, dops.primary) == ("wpba_dops", "2023-04-12", True)
    assert dops.page_confidence and dops.page_confidence[0] > 80 and dops.ocr_pages == 1
    assert report.flags["older than the recency window"] == 1


def test_cli_init_and_add_default_to_the_current_folder(tmp_path, sample_dir, monkeypatch, capsys):
    _copy(sample_dir, tmp_path / "evidence", "02", "11")
    assert main(["init", str(tmp_path / "ws"), "--curriculum", "rcem-2021", "--applicant", "Amara Okafor"]) == 0
    monkeypatch.chdir(tmp_path / "ws")
    assert main(["add", str(tmp_path / "evidence"), "--no-progress", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "2  new documents" in out
    assert main(["add", str(tmp_path / "evidence"), "--workspace", str(tmp_path / "ws"), "--no-progress"]) == 0
    assert "2  unchanged" in capsys.readouterr().out
    monkeypatch.chdir(tmp_path)
    assert main(["add", str(tmp_path / "evidence"), "--no-progress"]) == 2
    assert "no workspace in" in capsys.readouterr().err
    assert main(["add", "--workspace", str(tmp_path / "ws"), "--no-progress"]) == 2  # nothing to resume
    assert "nothing to add" in capsys.readouterr().err


def test_only_one_add_at_a_time(tmp_path, sample_dir):
    _copy(sample_dir, tmp_path / "ev", "02")
    with Workspace.init(tmp_path / "ws", ["rcem-2021"]) as ws:
        with ws.lock():
            with pytest.raises(WorkspaceError, match="another 'cesr add' is running"):
                ws.add([tmp_path / "ev"], SETTINGS)


def test_a_file_named_after_its_patient_is_shown_and_exported_without_the_name(tmp_path):
    from pipeline.review.portfolio import doc_info

    folder = tmp_path / "evidence"
    folder.mkdir()
    (folder / "clinic-letter-bartholomew-quigley.txt").write_text(
        "Emergency Department\nRe: Mr Bartholomew Quigley, DOB 01/02/1960\n\nDear Dr Okoye,\n"
        "I saw Mr Quigley today with chest pain. ECG normal, troponin negative. Discharged with advice.\n")
    with Workspace.init(tmp_path / "ws", ["rcem-2021"], applicant="Amara Okafor") as ws:
        ws.add([folder], SETTINGS)
        (doc,) = list(ws.store.documents())
        assert doc.display_name == "clinic-letter-[NAME]-[NAME].txt"
        info = doc_info(doc, None, 5)
        assert "quigley" not in (info.title + info.file).lower() and "bartholomew" not in info.title.lower()


def test_readd_counts_the_files_still_failing(tmp_path, sample_dir, corrupt_pdf, capsys):
    """A file that failed keeps being counted (and named) on every later add, never folded into 'unchanged'."""
    _copy(sample_dir, tmp_path / "evidence", "02", "11")
    shutil.copy(corrupt_pdf, tmp_path / "evidence" / "truncated.pdf")
    (tmp_path / "evidence" / "empty.txt").write_bytes(b"")
    assert main(["init", str(tmp_path / "ws"), "-c", "rcem-2021"]) == 0
    args = ["add", str(tmp_path / "evidence"), "--workspace", str(tmp_path / "ws"), "--no-progress", "--workers", "1"]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert "2  new documents" in first and "2  failed" in first

    assert main(args) == 0  # two files are readable: not an error
    again = capsys.readouterr().out
    assert "2  unchanged" in again  # the readable ones only
    assert "2  still failing" in again and "cesr report" in again
    assert f"failed: {tmp_path / 'evidence' / 'truncated.pdf'}: corrupt PDF" in again  # each named with its reason
    assert "empty.txt: empty file" in again

    with Workspace.open(tmp_path / "ws") as ws:  # only the failing files, nothing else
        report = ws.add([tmp_path / "evidence" / "truncated.pdf"], SETTINGS)
        assert report.counts == {"still_failing": 1} and report.failures == {"corrupt": 1}
    assert main(["add", str(tmp_path / "evidence" / "truncated.pdf"), "--workspace", str(tmp_path / "ws"),
                 "--no-progress"]) == 1  # nothing readable in what was given
