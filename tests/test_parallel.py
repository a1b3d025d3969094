"""Cutting and embedding on worker processes: the same answers as in-process, bad files reported."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.ingest import IngestSettings, ingest_many
from pipeline.parallel import POOL_MIN_DOCUMENTS, embed_stream, pool_workers

DIGITAL = ("*.pdf", "*.txt", "*.docx")


@pytest.fixture(scope="module")
def files(sample_dir, tmp_path_factory):
    """The sample's digital documents, a truncated PDF among them, and a file that does not exist."""
    paths = sorted(str(p) for pattern in DIGITAL for p in sample_dir.glob(pattern))[:9]
    broken = tmp_path_factory.mktemp("bad") / "truncated.pdf"
    data = (sample_dir / "01-clinic-letter-airway.pdf").read_bytes()
    broken.write_bytes(data[: len(data) // 3])
    return paths[:4] + [str(broken)] + paths[4:] + [str(broken.parent / "gone.pdf")]


@pytest.fixture(scope="module")
def read_here(files):
    return list(ingest_many(files, IngestSettings(workers=1)))


def test_files_read_and_embedded_on_workers_give_the_same_suggestions(suggester, files, read_here):
    pooled = list(suggester.analyse_files(files, IngestSettings(), workers=2))
    assert [doc.path for doc, _ in pooled] == files  # input order, one result per file
    here = list(suggester.analyse_documents(read_here))
    for (doc, analysis), (doc_here, analysis_here) in zip(pooled, here):
        assert doc.sha256 == doc_here.sha256 and doc.status == doc_here.status and doc.text == doc_here.text
        assert [p.text for p in analysis.passages] == [p.text for p in analysis_here.passages]
        assert [(s.node, round(s.confidence, 6)) for s in analysis.suggestions] == \
               [(s.node, round(s.confidence, 6)) for s in analysis_here.suggestions]
        if analysis.vector is not None:
            assert np.allclose(analysis.vector, analysis_here.vector, atol=1e-6)
    failed = {doc.path: doc for doc, _ in pooled if not doc.ok}
    assert set(failed) == {files[4], files[-1]}  # the truncated PDF and the missing file, and the batch went on
    assert failed[files[4]].error and failed[files[-1]].error_kind
    assert all(a.suggestions == [] for doc, a in pooled if not doc.ok)
    assert all(a.suggestions for doc, a in pooled if doc.ok)


def test_documents_already_read_embed_on_workers_like_in_process(model, read_here):
    ok = [d for d in read_here if d.ok]
    out = list(embed_stream(iter(ok), model, workers=2, window=3))
    assert [e.document.sha256 for e in out] == [d.sha256 for d in ok]
    texts = [p.text for e in out for p in e.passages]
    here = model.encode(texts)
    pooled = np.concatenate([e.vectors for e in out])
    assert pooled.shape == here.shape == (len(texts), model.dimension)
    # each text is embedded alone in both, so the vectors agree to float rounding
    assert float(np.abs(pooled - here).max()) < 1e-5


def test_a_pool_is_started_only_for_a_large_batch():
    assert pool_workers(POOL_MIN_DOCUMENTS - 1) == 1
    assert pool_workers(POOL_MIN_DOCUMENTS) == max(1, IngestSettings().pool_size)


def test_embed_stream_refuses_no_workers(model):
    with pytest.raises(ValueError, match="workers"):
        next(embed_stream(["x"], model, workers=0))


def test_a_batchs_workers_share_passage_vectors_in_its_private_folder_gone_after(model, read_here):
    """While a batch runs, its workers keep the passages' vectors they embedded in one file of the batch's private
    folder (so that a passage is embedded once between them: tests/test_embed.py); the batch's end removes it."""
    import glob
    import os
    import stat
    import tempfile

    ok = [d for d in read_here if d.ok]
    stream = embed_stream(iter(ok * 2), model, workers=2, window=4)
    first = next(stream)
    found = glob.glob(os.path.join(tempfile.gettempdir(), f"cesr-batch-{os.getpid()}-*", "passage-vectors-*.sqlite"))
    assert len(found) == 1 and first.passages
    assert stat.S_IMODE(os.stat(os.path.dirname(found[0])).st_mode) == 0o700
    rest = list(stream)
    assert [e.document.sha256 for e in [first, *rest]] == [d.sha256 for d in ok * 2]
    assert not os.path.exists(found[0]) and not os.path.exists(os.path.dirname(found[0]))
