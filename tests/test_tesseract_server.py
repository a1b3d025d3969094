"""Tesseract kept loaded (pipeline.ingest.tesseract_server): the same word table as the ``tesseract`` command,
one thread in its own process only, and a bad page, a timeout or a killed child cost one page, not the batch."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

SAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "sample"


def _env():
    from pipeline.config import child_environment

    return child_environment(OMP_THREAD_LIMIT="1")


@pytest.fixture()
def server():
    from pipeline.ingest.tesseract_server import TesseractServer

    got = TesseractServer(_env())
    yield got
    got.close()


@pytest.mark.parametrize("name, dpi", [("08-cdu-discharge-summary-overdose.png", None),
                                       ("16-cpd-certificate-atls-2018.jpg", None),
                                       ("14-teaching-feedback-paeds-sepsis.png", 150)])
def test_the_word_table_is_the_tesseract_commands(server, name, dpi):
    from pipeline.ingest.ocr import tesseract_command_tsv

    path = str(SAMPLE / name)
    kept = server.tsv(path, "eng", 3, dpi, 120.0)
    command = tesseract_command_tsv(path, "eng", 3, dpi, 120.0)
    assert kept.count("\n") > 20  # a real page of words, not two empty answers
    assert kept == command


def test_ocr_reads_through_the_resident_tesseract_and_gets_the_same_result(monkeypatch):
    from pipeline.ingest import ocr, tesseract_server

    path = str(SAMPLE / "08-cdu-discharge-summary-overdose.png")
    tesseract_server.stop()
    kept = ocr.ocr_image(path)
    assert len(tesseract_server.children()) == 1  # read by a resident child, which now waits for the next page
    monkeypatch.setattr(tesseract_server, "tsv", lambda *a, **k: None)  # as where the library cannot be loaded
    assert ocr.ocr_image(path) == kept
    assert kept.words > 50


def test_one_child_reads_page_after_page_as_the_command_does(server, tmp_path):
    """The resolution given for one page does not stay for the next; a PGM states none."""
    from PIL import Image

    from pipeline.ingest.ocr import tesseract_command_tsv

    pgm = str(tmp_path / "page.pgm")
    Image.open(SAMPLE / "14-teaching-feedback-paeds-sepsis.png").convert("L").save(pgm)
    for path, dpi in ((str(SAMPLE / "08-cdu-discharge-summary-overdose.png"), 300), (pgm, None),
                      (str(SAMPLE / "08-cdu-discharge-summary-overdose.png"), None), (pgm, 150)):
        assert server.tsv(path, "eng", 3, dpi, 120.0) == tesseract_command_tsv(path, "eng", 3, dpi, 120.0)


def test_a_relative_path_is_the_callers_even_after_a_change_of_folder(server, monkeypatch):
    from pipeline.ingest.ocr import tesseract_command_tsv

    name = "08-cdu-discharge-summary-overdose.png"
    monkeypatch.chdir(SAMPLE)
    assert server.tsv(name, "eng", 3, None, 120.0) == tesseract_command_tsv(str(SAMPLE / name), "eng", 3, None, 120.0)


def test_a_multi_page_tiff_is_read_whole_by_the_command(tmp_path):
    """leptonica's pixRead reads a TIFF's first page only: such a file goes to the command."""
    from PIL import Image

    from pipeline.ingest import ocr

    tiff = str(tmp_path / "two.tif")
    first = Image.open(SAMPLE / "08-cdu-discharge-summary-overdose.png").convert("L")
    second = Image.open(SAMPLE / "14-teaching-feedback-paeds-sepsis.png").convert("L")
    first.save(tiff, save_all=True, append_images=[second])
    table = ocr.tesseract_table(tiff)
    assert table == ocr.table_from_tsv(ocr.tesseract_command_tsv(tiff))
    assert set(table["page_num"]) == {1, 2}


def test_the_thread_limit_is_set_in_the_child_only(monkeypatch):
    from pipeline.ingest.tesseract_server import TesseractServer

    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    before = dict(os.environ)
    server = TesseractServer(_env())
    try:
        environ = Path(f"/proc/{server.proc.pid}/environ").read_bytes().split(b"\0")
        assert b"OMP_THREAD_LIMIT=1" in environ
        assert dict(os.environ) == before  # faiss and PyTorch here keep their threads
    finally:
        server.close()


def test_a_file_that_is_not_an_image_is_an_error_and_the_next_page_is_read(server, tmp_path):
    bad = tmp_path / "letter.png"
    bad.write_bytes(b"not a picture at all" * 50)
    with pytest.raises(RuntimeError, match="cannot read the image"):
        server.tsv(str(bad), "eng", 3, None, 60.0)
    assert server.tsv(str(SAMPLE / "08-cdu-discharge-summary-overdose.png"), "eng", 3, None, 60.0).count("\n") > 20


def test_a_page_over_its_time_is_stopped_and_the_child_reads_on(server):
    path = str(SAMPLE / "08-cdu-discharge-summary-overdose.png")
    with pytest.raises(TimeoutError):
        server.tsv(path, "eng", 3, None, 0.001)
    assert server.alive()
    assert server.tsv(path, "eng", 3, None, 120.0).count("\n") > 20


def test_a_child_that_does_not_answer_in_time_is_killed_and_never_asked_again(server, monkeypatch):
    """The asking side gives up first (no grace beyond the timeout): the child's late answer must not become the
    next page's table."""
    from pipeline.ingest import tesseract_server
    from pipeline.ingest.ocr import tesseract_command_tsv

    monkeypatch.setattr(tesseract_server, "_GRACE", 0.0)
    first = str(SAMPLE / "08-cdu-discharge-summary-overdose.png")
    with pytest.raises(TimeoutError):
        server.tsv(first, "eng", 3, None, 0.02)
    assert not server.alive()
    other = str(SAMPLE / "14-teaching-feedback-paeds-sepsis.png")
    assert tesseract_server.tsv(other, "eng", 3, None, 120.0, _env()) == tesseract_command_tsv(other)


def test_a_read_interrupted_half_way_kills_the_child(server, monkeypatch):
    """An interrupt (Ctrl-C in a notebook) while the answer is read: that child is never asked again, so the
    next page cannot be given this page's table."""
    first = str(SAMPLE / "08-cdu-discharge-summary-overdose.png")
    real = server._fill  # noqa: SLF001 - the test interrupts the read itself

    def interrupted(deadline):
        monkeypatch.setattr(server, "_fill", real)
        raise KeyboardInterrupt

    monkeypatch.setattr(server, "_fill", interrupted)
    with pytest.raises(KeyboardInterrupt):
        server.tsv(first, "eng", 3, None, 120.0)
    assert not server.alive()
    with pytest.raises(RuntimeError):
        server.tsv(first, "eng", 3, None, 120.0)


def test_a_child_ends_when_the_process_that_started_it_is_killed(tmp_path):
    """A pool worker killed by its watchdog in the middle of a page leaves no Tesseract running."""
    import subprocess
    import sys
    import time

    script = tmp_path / "owner.py"
    script.write_text(
        "import sys, time\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})\n"
        "from pipeline.config import child_environment\n"
        "from pipeline.ingest.tesseract_server import TesseractServer\n"
        "server = TesseractServer(child_environment(OMP_THREAD_LIMIT='1'))\n"
        "print(server.proc.pid, flush=True)\n"
        "time.sleep(600)\n")
    owner = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    child = int(owner.stdout.readline())
    assert Path(f"/proc/{child}").exists()
    owner.kill()
    owner.wait()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{child}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not Path(f"/proc/{child}").exists()


def test_an_unknown_language_is_an_error(server):
    with pytest.raises(RuntimeError, match="no language 'zzz'"):
        server.tsv(str(SAMPLE / "08-cdu-discharge-summary-overdose.png"), "zzz", 3, None, 60.0)


def test_a_killed_child_loses_one_page_and_the_next_page_starts_a_new_one():
    from pipeline.ingest import ocr, tesseract_server

    path = str(SAMPLE / "08-cdu-discharge-summary-overdose.png")
    tesseract_server.stop()
    first = ocr.ocr_image(path)
    [child] = tesseract_server.children()
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    assert ocr.ocr_image(path) == first  # a new child, the same reading
    [new] = tesseract_server.children()
    assert new != child and not Path(f"/proc/{child}").exists()
    tesseract_server.stop()
    assert tesseract_server.children() == []


def test_ocr_timeout_reaches_the_caller_as_ocrs_own_error():
    from pipeline.ingest import ocr

    with pytest.raises(RuntimeError, match="OCR timed out"):
        ocr.ocr_image(str(SAMPLE / "08-cdu-discharge-summary-overdose.png"), timeout=0.001)
