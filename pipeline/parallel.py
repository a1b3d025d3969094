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
whichever way a document went.  That is also why the workers of one batch can
share what they embedded: a passage one of them embedded (a template's
paragraph), another takes from the batch's :class:`~pipeline.embed.SharedMemo`,
a file in the batch's private folder, instead of embedding it again.  The pool is the ingestion pool
(:func:`pipeline.ingest.pool.run_pool`): a file that crashes or hangs a worker
is reported as failed and the batch goes on.  Workers are not recycled every
2,000 files as the ingestion pool's are: a replacement loading its model while
the old worker is still resident made the memory peak jump by about 170 MB;
the heap is handed back after every document instead.

The pool is one :class:`~pipeline.ingest.pool.Executor`; a Dask cluster
(:class:`pipeline.cluster.DaskExecutor`) is another.  Either way only a file's
bytes (or its path, for this machine's pool) or a document's text goes to a
worker, and the model's settings: each worker process loads the weights from
its own installation, once (:func:`worker_model_loads` counts).  A document
already read stays here; its passages and vectors come back.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import numpy as np

from .embed import EmbeddingModel, SharedMemo, release_freed_memory
from .model import Document, Passage
from .segment import SegmentSettings, split_passages

__all__ = ["Embedded", "embed_stream", "pool_workers", "worker_model_loads", "POOL_MIN_DOCUMENTS"]

#: Below this many documents the pool is not worth starting (each worker loads
#: the model, about 3 s): callers embed in-process instead.
POOL_MIN_DOCUMENTS = 64


def pool_workers(documents: int, cores: int | None = None) -> int:
    """Worker processes worth starting for ``documents`` documents: one per core (``cores``, default the
    machine's), or 1 (no pool) for few."""
    if cores is None:
        from .ingest import IngestSettings

        cores = IngestSettings().pool_size
    return cores if cores > 1 and documents >= POOL_MIN_DOCUMENTS else 1


@dataclass
class Embedded:
    """A document, its passages and their vectors (rows in passage order)."""

    document: Document
    passages: list[Passage]
    vectors: np.ndarray


_NO_VECTORS = np.zeros((0, 0), dtype=np.float32)
_MODEL: tuple[tuple, EmbeddingModel] | None = None  # this worker's model, with the settings it was made from
_MODEL_LOCK = threading.Lock()  # a Dask worker may run jobs on several threads
_LOADS = 0


def worker_model_loads() -> int:
    """How many times this process has loaded a worker's model (1 on a worker that embedded anything)."""
    return _LOADS


@dataclass(frozen=True)
class _Text:
    """A document already read, as it goes to a worker: its text only (empty for a failed one)."""

    text: str = field(repr=False)  # never in a log line (a Dask worker logs a failed task's arguments)


def _worker_model(spec: EmbeddingModel) -> EmbeddingModel:
    """The worker's loaded model for ``spec`` (an unloaded copy of the caller's model), loaded once."""
    global _MODEL, _LOADS
    key = tuple(getattr(spec, f.name) for f in dataclasses.fields(spec))
    with _MODEL_LOCK:
        if _MODEL is None or _MODEL[0] != key:
            spec.load()
            torch = sys.modules.get("torch")  # the ONNX Runtime model never imports it (one thread per call)
            if torch is not None:
                torch.set_num_threads(1)  # one process per core: no intra-op threads to fight over the cores
            from .ingest.pool import batch_folder

            folder = batch_folder()
            if folder:  # a passage another worker of the batch embedded is not embedded again here
                spec.share_memo(os.path.join(folder, SharedMemo.FILE_NAME))
            _MODEL = (key, spec)
            _LOADS += 1
        return _MODEL[1]


def _work(job: tuple) -> Embedded:
    source, ingest_args, segment, spec = job
    if isinstance(source, _Text):
        doc, text = None, source.text
    else:
        from .ingest import read_job as read

        doc = read((source, *ingest_args))
        text = doc.text if doc.ok else ""
    passages = split_passages(text, segment) if text else []
    vectors = _worker_model(spec).encode([p.text for p in passages]) if passages else _NO_VECTORS
    # Reading a PDF and a forward pass leave freed blocks all over the heap; without this a worker's
    # resident memory creeps up by tens of MB over a batch.
    release_freed_memory(collect=False)
    return Embedded(doc, passages, vectors)


def _crashed(job: tuple) -> Embedded:
    source, ingest_args = job[0], job[1]
    if isinstance(source, _Text):
        # the document was read before; only cutting or embedding it crashed: no suggestions for it
        return Embedded(None, [], _NO_VECTORS)
    from .ingest import crashed_job as failed

    return Embedded(failed((source, *ingest_args)), [], _NO_VECTORS)


def embed_stream(
    items: Iterable[str | Document],
    model: EmbeddingModel,
    segment: SegmentSettings | None = None,
    workers: int = 2,
    ingest=None,
    anonymise: bool = True,
    applicant: str | None = None,
    window: int = 64,
    executor=None,
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
        executor: Where the jobs run (a :class:`pipeline.ingest.pool.Executor`,
            a Dask cluster for one); default this machine's pool of ``workers``
            processes.

    Yields:
        One :class:`Embedded` per item, in input order. A file that cannot be
        read gives a failed document with no passages, as ``ingest_many`` does.
    """
    from .ingest import IngestSettings, ship_file, shipped_allow
    from .ingest.pool import LocalPool, default_memory_mb

    segment = segment or SegmentSettings()
    ingest = ingest or IngestSettings()
    if workers < 1:
        raise ValueError("workers must be >= 1")
    if executor is None:
        executor = LocalPool(workers, memory_mb=ingest.worker_memory_mb or default_memory_mb(workers),
                             max_tasks_per_child=None)
    spec = dataclasses.replace(model, threads=1)  # unloaded: only its settings travel to the workers
    ingest_args = (dataclasses.replace(ingest, workers=1), anonymise, applicant)
    allow = None if executor.shares_files else shipped_allow(ingest)
    read: deque[Document | None] = deque()  # the documents already read, waiting for their passages

    def jobs() -> Iterator[tuple]:
        for item in items:
            if isinstance(item, Document):
                read.append(item)
                source = _Text(item.text if item.ok else "")
            else:
                read.append(None)
                source = item if allow is None else ship_file(item, allow)
            yield source, ingest_args, segment, spec

    window = max(window, 2 * executor.workers)
    for _, embedded in executor.map(_work, jobs(), _crashed, ordered=True, window=window,
                                    job_timeout=ingest.doc_timeout):
        doc = read.popleft()
        yield embedded if doc is None else Embedded(doc, embedded.passages, embedded.vectors)
