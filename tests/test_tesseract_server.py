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
    kept = ocr.ocr_image(path)
    assert tesseract_server.available(_env())
    monkeypatch.setattr(tesseract_server, "tsv", lambda *a, **k: None)  # as where the library cannot be loaded
    assert ocr.ocr_image(path) == kept
    assert kept.words > 50


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


def test_an_unknown_language_is_an_error(server):
    with pytest.raises(RuntimeError, match="no language 'zzz'"):
        server.tsv(str(SAMPLE / "08-cdu-discharge-summary-overdose.png"), "zzz", 3, None, 60.0)


def test_a_killed_child_loses_one_page_and_the_next_page_starts_a_new_one():
    from pipeline.ingest import ocr, tesseract_server

    path = str(SAMPLE / "08-cdu-discharge-summary-overdose.png")
    first = ocr.ocr_image(path)
    [child] = tesseract_server.children()
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    assert ocr.ocr_image(path) == first  # a new child, the same reading
    assert tesseract_server.children() != [child]
    tesseract_server.stop()
    assert tesseract_server.children() == []


def test_ocr_timeout_reaches_the_caller_as_ocrs_own_error():
    from pipeline.ingest import ocr

    with pytest.raises(RuntimeError, match="OCR timed out"):
        ocr.ocr_image(str(SAMPLE / "08-cdu-discharge-summary-overdose.png"), timeout=0.001)
