"""The process pool of a batch (``pipeline.ingest.pool``): a worker that crashes or hangs costs one job, which
is reported in its place, and the batch goes on, in input order when asked.

Real worker processes (spawned, as in a batch); a crash is a worker's ``os._exit``, as a segfault in a PDF
library looks to the pool, and a hang is a job that sleeps past its time limit or a real OCR job given less
time than it takes.
"""

from __future__ import annotations

import hashlib
import os
import time

import pytest

from pipeline.ingest.pool import InOrder, LocalPool, run_pool


def _crash_on_poison(path):
    if "poison" in str(path):
        os._exit(3)  # a segfault in a PDF library, as far as the pool can tell
    return f"read {os.path.basename(path)}"


def _hang_or_crash(item: str) -> str:
    if item.startswith("hang"):
        time.sleep(600)
    if item.startswith("poison"):
        os._exit(3)
    return f"read {item}"


def test_pool_survives_a_crashing_worker():
    items = [f"/x/file-{i}.pdf" for i in range(6)] + ["/x/poison.pdf"] + [f"/x/later-{i}.pdf" for i in range(4)]
    results = dict(run_pool(_crash_on_poison, items, workers=2, on_crash=lambda p: "crashed", ordered=True))
    assert results.pop("/x/poison.pdf") == "crashed"
    assert results == {p: f"read {os.path.basename(p)}" for p in items if "poison" not in p}


def test_a_job_past_its_time_limit_is_reported_in_its_place_and_the_batch_goes_on():
    items = ["a", "b", "hang", "c", "poison", "d", "e"]
    start = time.monotonic()
    results = list(LocalPool(2).map(_hang_or_crash, items, on_crash=lambda item: f"failed {item}", ordered=True,
                                    job_timeout=2))
    assert results == [(i, f"failed {i}" if i in ("hang", "poison") else f"read {i}") for i in items]
    assert time.monotonic() - start < 120  # the hung job was stopped, not waited for


def test_a_worker_that_crashes_on_every_job_stops_the_batch_with_a_clear_error():
    with pytest.raises(RuntimeError, match="keep crashing, on every file"):
        list(run_pool(_crash_on_poison, [f"/x/poison-{i}.pdf" for i in range(8)], workers=1,
                      on_crash=lambda p: "crashed"))


def test_results_are_held_back_until_those_before_them_are_out():
    order = InOrder(ordered=True)
    assert list(order.emit(2, "c", 3)) == []
    assert list(order.emit(1, "b", 2)) == []
    assert list(order.emit(0, "a", 1)) == [("a", 1), ("b", 2), ("c", 3)]
    assert list(order.emit(3, "d", 4)) == [("d", 4)]
    as_they_come = InOrder(ordered=False)
    assert list(as_they_come.emit(5, "f", 6)) == [("f", 6)]


def _dense_scan(path) -> None:
    """Three A4 pages of small dense type at 300 dpi in one TIFF: many seconds of Tesseract on one thread."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=30)
    pages = []
    for p in range(3):
        page = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(page)
        for line in range(90):
            draw.text((120, 120 + line * 37), f"Page {p + 1} line {line + 1}: reviewed in clinic, bloods and "
                                              f"observations stable, plan discussed and agreed, follow up booked", font=font, fill=0)
        pages.append(page)
    pages[0].save(path, save_all=True, append_images=pages[1:], compression="tiff_deflate", dpi=(300, 300))


def _system_temp(monkeypatch, tmp_path):
    """A system temporary folder of the test's own (inherited by the workers, as TMPDIR is), to see what is left."""
    import tempfile

    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _where_temporary_files_go(_item: int) -> str:
    import tempfile

    return tempfile.gettempdir()


def test_a_batch_s_temporary_files_are_in_its_own_folder_removed_at_the_end(monkeypatch, tmp_path):
    system = _system_temp(monkeypatch, tmp_path)
    seen = {folder for _, folder in run_pool(_where_temporary_files_go, range(4), workers=2, on_crash=str)}
    assert len(seen) == 1
    (folder,) = seen
    assert os.path.dirname(folder) == str(system) and os.path.basename(folder).startswith("cesr-batch-")
    assert list(system.iterdir()) == []


def test_a_file_that_hangs_its_reader_becomes_a_failed_document_in_its_place(sample_dir, tmp_path, monkeypatch):
    """Real reading: a scan of three dense pages takes many seconds of OCR, longer than the 2 s allowed here;
    the text files around it take a fraction of a second. The scan is a failed document with its reason, in its
    place, and the page it was reading when it was stopped is not left behind in the temporary folder."""
    from pipeline.ingest import IngestSettings, ingest_many

    system = _system_temp(monkeypatch, tmp_path)
    scan = tmp_path / "dense-scan.tif"
    _dense_scan(scan)
    files = [str(sample_dir / "02-discharge-summary-sepsis.txt"), str(scan),
             str(sample_dir / "11-esle-leading-night-shift.txt"), str(sample_dir / "18-rota-middle-grade-aug2025.txt")]
    docs = list(ingest_many(files, IngestSettings(workers=2, doc_timeout=2.0), anonymise=False))
    assert [d.path for d in docs] == files
    assert [d.status for d in docs] == ["ok", "failed", "ok", "ok"]
    hung = docs[1]
    assert hung.error_kind == "crash" and "crashed or hung the reader" in hung.error
    assert hung.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert all(d.text.strip() for d in docs if d.ok)
    assert list(system.iterdir()) == []  # the stopped worker's page render went with the batch's folder


def test_a_crashed_job_is_a_failed_document_naming_the_file(tmp_path):
    from pipeline.ingest import IngestSettings, crashed_job

    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4 not really")
    doc = crashed_job((str(path), IngestSettings(), True, None))
    assert (doc.path, doc.status, doc.error_kind) == (str(path), "failed", "crash")
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() and doc.error
    gone = crashed_job((str(tmp_path / "gone.pdf"), IngestSettings(), True, None))
    assert gone.status == "failed" and gone.sha256 == ""  # a file that went away in the meantime


def _detectors_seen(_item: int) -> list[str]:
    from pipeline.config import current

    return list(current().anonymise.detectors)


def test_workers_run_with_the_command_s_settings_not_their_own(tmp_path):
    # a workspace's cesr.toml is resolved by the command; the worker processes cannot see it themselves
    from dataclasses import replace

    from pipeline.config import load, using

    base = load(environ={})
    chosen = list(base.anonymise.detectors)[:3]
    settings = replace(base, anonymise=replace(base.anonymise, detectors=tuple(chosen)))
    with using(settings):
        seen = [r for _, r in run_pool(_detectors_seen, [1, 2, 3], workers=2, on_crash=lambda i: None,
                                       ordered=True)]
    assert seen == [chosen] * 3
    assert chosen != list(base.anonymise.detectors)


_LETTER = ("Dear Dr Okafor,\n\nThank you for seeing Mr. Smith in clinic on 3 March. He was well. His BP was 120/80, i.e. "
           "normal. We discussed the plan (see below).\n\nPlan: review in 6 wk. Repeat bloods at the GP surgery.\n\n"
           "Yours sincerely,\nDr A. Jones") * 3


def _sentences_in_a_fresh_process(torch_first: bool) -> tuple:
    import sys

    if torch_first:
        import torch  # noqa: F401 - as before: spaCy imported with PyTorch
    from pipeline.segment import _nlp, split_passages

    passages = [(p.text, p.start, p.end, p.heading) for p in split_passages(_LETTER)]
    sentences = [(s.start_char, s.end_char) for s in _nlp()(_LETTER).sents]
    torch_before = "torch" in sys.modules
    import thinc.compat
    import torch  # noqa: F401,F811 - PyTorch still imports when something needs it

    return passages, sentences, torch_before, thinc.compat.has_torch, "torch" in sys.modules


def _in_a_fresh_process(torch_first: bool) -> tuple:
    [(_, result)] = list(run_pool(_sentences_in_a_fresh_process, [torch_first], workers=1, on_crash=lambda i: None))
    return result


def test_a_worker_cuts_the_same_passages_with_spacy_imported_without_pytorch():
    """Cutting passages imports spaCy without PyTorch in a process that has not imported it (a pool's worker):
    thinc sees no PyTorch, the sentences and passages are those of spaCy imported with it (another fresh process
    that imported PyTorch first), and PyTorch still imports afterwards."""
    passages, sentences, torch_before, thinc_torch, torch_after = _in_a_fresh_process(False)
    with_torch = _in_a_fresh_process(True)
    assert with_torch[3] and not thinc_torch and not torch_before and torch_after
    assert passages == with_torch[0] and len(passages) >= 2
    assert sentences == with_torch[1] and len(sentences) > 5


def test_a_scratch_folder_left_by_a_process_that_ended_is_removed_by_the_next_one(monkeypatch, tmp_path):
    """A Dask worker killed mid-job cannot remove its folder; the worker its nanny starts next does."""
    import subprocess
    import sys

    from pipeline.ingest.pool import private_scratch, remove_scratch

    system = _system_temp(monkeypatch, tmp_path)
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    orphan = system / f"cesr-worker-{int(ended.stdout)}-abc123"
    (orphan / "cesr-ocr-x").mkdir(parents=True)
    (orphan / "cesr-ocr-x" / "frame-0.pgm").write_bytes(b"P5 1 1 255 \x00")
    alive = system / f"cesr-worker-{os.getpid()}-def456"
    alive.mkdir()
    other_kind = system / f"cesr-batch-{int(ended.stdout)}-ghi789"
    other_kind.mkdir()
    mine = private_scratch("cesr-worker-")
    assert not orphan.exists() and alive.exists() and other_kind.exists()
    assert os.path.basename(mine).startswith(f"cesr-worker-{os.getpid()}-") and oct(os.stat(mine).st_mode)[-3:] == "700"
    remove_scratch(mine)
    assert not os.path.exists(mine)
