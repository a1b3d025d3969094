"""Read, cut and embed documents on a pool of worker processes, the model loaded once per worker.

The embedding model is nearly all of a batch's time.  One process per core, each
with its own copy of the model on one torch thread, embeds more than the same
cores do as threads of one process (165 against 134 passages/s on 2 cores,
``benchmarks/RESULTS.md``): a forward pass of one short text holds the GIL
between its many small operations, and two threads of one process queue for
it.  A worker also reads and anonymises the file (or takes the document the
workspace already holds) and cuts it into passages, so reading one document
overlaps with embedding another and the parent process only scores.

Each text is still embedded alone, exactly as :class:`~pipeline.embed.EmbeddingModel`
does in-process, so the vectors and therefore the suggestions are the same
whichever way a document went.  The pool is the ingestion pool
(:func:`pipeline.ingest.pool.run_pool`): a file that crashes or hangs a worker
is reported as failed and the batch goes on.  Workers are not recycled every
2,000 files as the ingestion pool's are: a replacement loading its model while
the old worker is still resident made the memory peak jump by about 170 MB;
the heap is handed back after every document instead.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy as np

from .embed import EmbeddingModel
from .model import Document, Passage
from .segment import SegmentSettings, split_passages

__all__ = ["Embedded", "embed_stream", "pool_workers", "POOL_MIN_DOCUMENTS"]

#: Below this many documents the pool is not worth starting (each worker loads
#: the model, about 3 s): callers embed in-process instead.
POOL_MIN_DOCUMENTS = 64


def pool_workers(documents: int) -> int:
    """Worker processes worth starting for ``documents`` documents: one per core, or 1 (no pool) for few."""
    from .ingest import IngestSettings

    cores = IngestSettings().pool_size
    return cores if cores > 1 and documents >= POOL_MIN_DOCUMENTS else 1


@dataclass
class Embedded:
    """A document, its passages and their vectors (rows in passage order)."""

    document: Document
    passages: list[Passage]
    vectors: np.ndarray


_MODELS: dict[tuple, EmbeddingModel] = {}


def _model_spec(model: EmbeddingModel) -> tuple:
    return (str(model.model_dir) if model.model_dir else None, model.expected_sha256, model.max_seq_length,
            model.quantize, model.batch_size, model.token_budget)


def _worker_model(spec: tuple) -> EmbeddingModel:
    model = _MODELS.get(spec)
    if model is None:
        model_dir, sha, max_len, quantize, batch_size, token_budget = spec
        model = EmbeddingModel(model_dir=model_dir, expected_sha256=sha, max_seq_length=max_len,
                               quantize=quantize, batch_size=batch_size, token_budget=token_budget, threads=1)
        model.load()
        import torch

        torch.set_num_threads(1)  # one process per core: no intra-op threads to fight over the cores
        _MODELS.clear()
        _MODELS[spec] = model
    return model


def _work(job: tuple) -> Embedded:
    source, ingest_args, segment, spec = job
    if isinstance(source, Document):
        doc = source
    else:
        from .ingest import _work as read

        doc = read((source, *ingest_args))
    passages = split_passages(doc.text, segment) if doc.ok else []
    model = _worker_model(spec)
    vectors = model.encode([p.text for p in passages]) if passages else np.zeros((0, 0), dtype=np.float32)
    _trim()
    return Embedded(doc, passages, vectors)


def _trim() -> None:
    # Reading a PDF and a forward pass leave freed blocks all over the heap; without this a worker's
    # resident memory creeps up by tens of MB over a batch.
    global _LIBC
    if _LIBC is None:
        import ctypes

        try:
            _LIBC = ctypes.CDLL("libc.so.6")
        except OSError:
            _LIBC = False
    if _LIBC:
        _LIBC.malloc_trim(0)


_LIBC = None


def _crashed(job: tuple) -> Embedded:
    source, ingest_args = job[0], job[1]
    if isinstance(source, Document):
        # the document was read before; only cutting or embedding it crashed: no suggestions for it
        return Embedded(source, [], np.zeros((0, 0), dtype=np.float32))
    from .ingest import _crashed as failed

    return Embedded(failed((source, *ingest_args)), [], np.zeros((0, 0), dtype=np.float32))


def embed_stream(
    items: Iterable[str | Document],
    model: EmbeddingModel,
    segment: SegmentSettings | None = None,
    workers: int = 2,
    ingest=None,
    anonymise: bool = True,
    applicant: str | None = None,
    window: int = 64,
) -> Iterator[Embedded]:
    """Embed documents (or read files and embed them) on ``workers`` processes, in input order.

    Args:
        items: File paths to read (with ``ingest``, ``anonymise`` and
            ``applicant`` as in :func:`pipeline.ingest.ingest_many`), or
            documents already read.
        model: The model to load in each worker (its settings are copied; the
            object itself is not sent).
        segment: How documents are cut into passages.
        workers: Processes.
        window: Documents in flight at most (memory grows by that many documents).

    Yields:
        One :class:`Embedded` per item, in input order. A file that cannot be
        read gives a failed document with no passages, as ``ingest_many`` does.
    """
    from .ingest import IngestSettings
    from .ingest.pool import default_memory_mb, run_pool

    segment = segment or SegmentSettings()
    ingest = ingest or IngestSettings()
    if workers < 1:
        raise ValueError("workers must be >= 1")
    spec = _model_spec(model)
    ingest_args = (dataclasses.replace(ingest, workers=1), anonymise, applicant)
    jobs = ((item, ingest_args, segment, spec) for item in items)
    memory = ingest.worker_memory_mb or default_memory_mb(workers)
    for _, embedded in run_pool(_work, jobs, workers, on_crash=_crashed, ordered=True, window=window,
                                memory_mb=memory, job_timeout=ingest.doc_timeout, max_tasks_per_child=None):
        yield embedded
