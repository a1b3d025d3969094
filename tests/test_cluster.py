"""The heavy stages on a Dask cluster give what this machine's process pool gives.

A real ``distributed.LocalCluster`` (two worker processes, one thread each, as the README asks of a
cluster) reads, OCRs (real Tesseract), anonymises and embeds a small mixed corpus: digital letters, a
scanned page, an e-mail with an attachment, a truncated PDF and a file that does not exist.  The
workers get only bytes and text (``DaskExecutor.shares_files`` is false, so every file travels as its
bytes even though these workers could see the disk); the documents are stored here.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.ingest import IngestSettings

pytestmark = pytest.mark.slow

SAMPLE_FILES = ("01-clinic-letter-airway.pdf", "02-discharge-summary-sepsis.txt",
                "06-discharge-summary-frailty-fall.docx")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SCAN_LINES = ("Teaching feedback: paediatric sepsis recognition session",
              "Delivered to the emergency department nursing team, 14 attendees.",
              "Mean rating 4.6 of 5; clear structure, good use of the sepsis screening tool.",
              "Suggested: more time for the fluid resuscitation case discussion.")


def _scan(path: Path) -> None:
    """A scanned half page (an image, no text layer): read by real Tesseract."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 520), 248)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 34)
    for i, line in enumerate(SCAN_LINES):
        draw.text((60, 60 + i * 100), line, fill=25, font=font)
    image.save(path, dpi=(300, 300))


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of two worker processes; a job whose worker dies is given up at once (as the README
    advises for a real scheduler: ``allowed-failures: 0``; DaskExecutor then re-runs it alone)."""
    import dask
    from distributed import Client, LocalCluster

    from pipeline.cluster import DaskExecutor

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        local = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0")
    client = Client(local)
    executor = DaskExecutor(client)
    yield executor
    client.close()
    local.close()


@pytest.fixture(scope="module")
def corpus(sample_dir, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cluster") / "evidence"
    folder.mkdir()
    for name in SAMPLE_FILES:
        shutil.copy(sample_dir / name, folder / name)
    _scan(folder / "04-teaching-feedback-scan.png")
    data = (sample_dir / SAMPLE_FILES[0]).read_bytes()
    (folder / "03-truncated.pdf").write_bytes(data[: len(data) // 3])
    message = EmailMessage()
    message["From"], message["To"] = "Dr A Okafor <a.okafor@example.nhs.uk>", "educational.supervisor@example.nhs.uk"
    message["Subject"], message["Date"] = "Reflection after the night shift", "Tue, 04 Mar 2025 09:12:00 +0000"
    message.set_content("Please find my reflection attached, written after leading the department overnight.")
    message.add_attachment((sample_dir / "21-reflection-stopping-resuscitation.txt").read_bytes(),
                           maintype="text", subtype="plain", filename="reflection.txt")
    (folder / "05-message.eml").write_bytes(bytes(message))
    return folder


def _files(corpus: Path) -> list[str]:
    return sorted(str(p) for p in corpus.iterdir()) + [str(corpus / "gone.pdf")]


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_cesr_suggest_on_a_cluster_writes_what_the_local_pool_writes(cluster, corpus, tmp_path):
    from pipeline.cli import main
    from pipeline.parallel import worker_model_loads

    files = _files(corpus)
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert main(["suggest", *files, "-c", "rcem-2021", "--workers", "2", "--out", str(local), "--no-progress"]) == 0
    address = cluster.client.scheduler.address
    assert main(["suggest", *files, "-c", "rcem-2021", "--scheduler", address, "--out", str(remote),
                 "--no-progress"]) == 0
    here, there = _records(local), _records(remote)
    assert [r["document"]["path"] for r in there] == [r["document"]["path"] for r in here] == files
    assert [r["document"] for r in there] == [r["document"] for r in here]  # status, reason, pages, OCR pages
    for a, b in zip(here, there):
        assert [(s["node"], s["confidence"], s["excerpt"]) for s in b["suggestions"]] == \
               [(s["node"], s["confidence"], s["excerpt"]) for s in a["suggestions"]]
    failed = {r["document"]["path"]: r["document"] for r in there if r["document"]["status"] == "failed"}
    assert set(failed) == {str(corpus / "03-truncated.pdf"), str(corpus / "gone.pdf")}
    assert all(d["error"] for d in failed.values())
    scan = next(r["document"] for r in there if r["document"]["path"].endswith(".png"))
    assert scan["status"] == "ok" and scan["ocr_pages"] == 1
    assert all(r["suggestions"] for r in there if r["document"]["status"] == "ok")
    # the weights were loaded once in each worker that embedded, never per document
    loads = cluster.client.run(worker_model_loads)
    assert len(loads) == 2 and set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1


def test_a_workspace_filled_on_a_cluster_holds_what_the_local_pool_stores_and_resumes(cluster, corpus, tmp_path,
                                                                                     model):
    from pipeline.review.compute import suggest_workspace
    from pipeline.review.decisions import ReviewDB
    from pipeline.workspace import Workspace

    files = _files(corpus)[:-1]

    def filled(name: str) -> Workspace:
        ws = Workspace.init(tmp_path / name, ["rcem-2021"], applicant="Amara Okafor")
        ws.allowlist_path.write_text("token   REF-TEACH-\\d{4}-\\d{4}\n")  # the doctor's allow-list travels with each file
        return ws

    here = filled("local")
    with here:
        report = here.add([corpus], IngestSettings(workers=2), progress=False)
        assert report.counts["new"] >= len(files) - 1 and report.counts["failed"] == 1, report.format()
    there = filled("dask")
    seen = []

    def stop_after_two(doc, outcome):
        seen.append(doc.path)
        if len(seen) == 2:
            raise KeyboardInterrupt  # ^C half-way through the batch

    with there:
        first = there.add([corpus], IngestSettings(), progress=False, on_document=stop_after_two, executor=cluster)
        assert first.interrupted
        resumed = there.add([], IngestSettings(), progress=False, executor=cluster)  # finish the batch
        assert resumed.resumed and not resumed.interrupted

    def stored(ws: Workspace) -> dict:
        with ws:
            return {d.sha256: (d.to_json(include_pages=True), d.parent)
                    for d in ws.store.documents(include_text=True)}

    a, b = stored(here), stored(there)
    assert a == b and len(a) == len(files) + 1  # the attachment is a document of its own; nothing twice
    assert any(d["status"] == "failed" and d["error"] for d, _ in b.values())

    with here:
        suggest_workspace(here, model=model)
    with there:
        suggest_workspace(there, model=model, executor=cluster)

    def suggestions(ws: Workspace) -> list:
        with ws, ReviewDB(ws.store_path) as db:
            return sorted((r["sha256"], r["node"], r["rank"],
                           round(r["confidence"], 6), r["excerpt"]) for r in db.suggestions())

    made = suggestions(there)
    assert made and made == suggestions(here)


def _crash_or_hang(item: str) -> str:
    if item == "poison":
        os._exit(3)  # a segfault in a PDF library, as far as the cluster can tell
    if item == "hang":
        time.sleep(600)
    return f"read {item}"


def test_a_crash_and_a_hang_on_the_cluster_are_failed_jobs_and_the_batch_goes_on(cluster):
    items = ["a", "b", "poison", "c", "hang", "d", "e"]
    start = time.monotonic()
    results = list(cluster.map(_crash_or_hang, items, on_crash=lambda item: f"crashed {item}", ordered=True,
                               job_timeout=3))
    assert results == [(i, f"crashed {i}" if i in ("poison", "hang") else f"read {i}") for i in items]
    assert time.monotonic() - start < 120
    # the nanny replaced the workers that died: the cluster is whole again
    cluster.client.wait_for_workers(2, timeout=60)


LETTER = "Please reply to a.okafor@example.nhs.uk about the patient, NHS number 943 476 5919."


def _as_the_worker_sees_it(text: str) -> dict:
    """A job: the settings in force on the worker while it runs, and what they do there."""
    from pipeline.anonymise import Anonymiser
    from pipeline.config import current
    from pipeline.embed import EmbeddingModel

    settings = current()
    return {"pid": os.getpid(), "detectors": settings.anonymise.detectors, "quantize": settings.quantize,
            "model_quantized": EmbeddingModel().quantize, "anonymised": Anonymiser().anonymise(text)[0]}


@pytest.fixture(scope="module")
def one_worker():
    """A LocalCluster of one worker process: every job of every command runs on the same worker."""
    from distributed import Client, LocalCluster

    from pipeline.cluster import DaskExecutor

    local = LocalCluster(n_workers=1, processes=True, threads_per_worker=1, dashboard_address=":0")
    client = Client(local)
    yield DaskExecutor(client)
    client.close()
    local.close()


def test_each_command_s_settings_hold_on_the_worker_for_its_own_jobs(one_worker):
    """Two commands with different settings, one after the other, on the same worker process: each job runs
    with its own command's settings (a worker serves many commands; nothing stays behind from the last)."""
    from dataclasses import replace

    from pipeline.config import ANONYMISE_DETECTORS, AnonymiseSettings, load, using

    defaults = replace(load(), quantize=True, anonymise=AnonymiseSettings())  # whatever this shell sets
    only_emails = replace(defaults, quantize=False, anonymise=AnonymiseSettings(detectors=("emails",)))
    runs = []
    for settings in (only_emails, defaults, only_emails):
        with using(settings):
            runs.append([r for _, r in one_worker.map(_as_the_worker_sees_it, [LETTER] * 3,
                                                      on_crash=lambda item: None)])
    assert all(r is not None for run in runs for r in run)
    assert len({r["pid"] for run in runs for r in run}) == 1  # one worker process served all three commands
    assert os.getpid() not in {r["pid"] for run in runs for r in run}
    for run, settings in zip(runs, (only_emails, defaults, only_emails)):
        for r in run:
            assert r["detectors"] == settings.anonymise.detectors
            assert r["quantize"] is r["model_quantized"] is settings.quantize
    narrow, full = runs[0][0]["anonymised"], runs[1][0]["anonymised"]
    assert "a.okafor@example.nhs.uk" not in narrow and "943 476 5919" in narrow  # only the e-mail detector ran
    assert "a.okafor@example.nhs.uk" not in full and "943 476 5919" not in full
    assert runs[2][0]["anonymised"] == narrow
    assert defaults.anonymise.detectors == ANONYMISE_DETECTORS
