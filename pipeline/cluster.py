"""Reading, OCR, anonymising and embedding on a Dask cluster, when one machine is not enough.

:class:`DaskExecutor` is an :class:`~pipeline.ingest.pool.Executor`, like this
machine's process pool (:class:`~pipeline.ingest.pool.LocalPool`): the stages
hand it the same jobs and get the same results back, in the same order, with
the same failure handling.

- **Only bytes and text travel.**  The workers need not see the doctor's disk:
  a file goes as its bytes (:class:`pipeline.ingest.FileBytes`), a document
  already read as its text; the document that comes back is stored here, in
  the doctor's workspace.  The workspace itself (SQLite, decisions) never
  leaves this machine.
- **Weights stay on the workers.**  Each worker loads the embedding model from
  its own installation of cesr-mapper, checked against the same sha256, once
  per worker process (:func:`pipeline.parallel.worker_model_loads`); a job
  carries the model's settings only.
- **One core per job.**  The worker plugin (:class:`CesrWorkerPlugin`) makes each
  worker process single-threaded for Tesseract and BLAS, as the local pool's
  workers are (:func:`pipeline.ingest.pool.single_threaded`); this process, the
  client, is left alone.  Run workers with ``--nthreads 1`` and as many
  processes as cores (``--nworkers``).
- **A crash or a hang is a failed document.**  A job that runs past its time
  limit ends its worker process (a watchdog in the worker); Dask's nanny starts
  a new one and the scheduler retries the job elsewhere, and after
  ``distributed.scheduler.allowed-failures`` deaths gives up on it
  (``KilledWorker``).  As in the local pool, every job given up on is then run
  again alone: one that kills its worker alone is reported through
  ``on_crash`` (a failed document with its reason), the others were innocent
  bystanders, and the batch goes on.  Set ``allowed-failures`` to 0 on the
  scheduler: a crash then costs two worker restarts, as in the local pool
  (one in the batch, one alone); Dask's default 3 runs a hanging file eight
  times before it is reported.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Callable, Iterable, Iterator, TypeVar

from .config import Settings, current, using
from .ingest.pool import Window

__all__ = ["DaskExecutor", "CesrWorkerPlugin", "ClusterError", "connect"]

T = TypeVar("T")
R = TypeVar("R")

#: Seconds to wait for a scheduler to answer, and for its first worker.
CONNECT_TIMEOUT = 30.0


class ClusterError(RuntimeError):
    """The cluster cannot be used: no scheduler at the address, no workers, or workers of another version."""


# ---------------------------------------------------------------- on the workers


class _Watchdog:
    """Ends this worker process when a job runs past its deadline (a hung reader cannot be stopped otherwise:
    a thread cannot be killed).  Dask's nanny then starts a new worker."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.deadlines: dict[int, float] = {}
        self.thread: threading.Thread | None = None

    def watch(self, token: int, seconds: float) -> None:
        with self.lock:
            self.deadlines[token] = time.monotonic() + seconds
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="cesr-watchdog", daemon=True)
                self.thread.start()

    def release(self, token: int) -> None:
        with self.lock:
            self.deadlines.pop(token, None)

    def _run(self) -> None:
        while True:
            time.sleep(0.5)
            with self.lock:
                late = any(time.monotonic() > d for d in self.deadlines.values())
            if late:
                os._exit(70)  # as the local pool's faulthandler does: the job is reported by the client


_WATCHDOG = _Watchdog()


def _run_job(fn: Callable[[T], R], item: T, timeout: float, settings: Settings | None = None) -> R:
    """One job on a worker, under the watchdog, with the client command's settings (a workspace's ``cesr.toml``
    included: a worker cannot resolve it; it serves many commands, so the settings hold for this job only)."""
    token = threading.get_ident()
    _WATCHDOG.watch(token, timeout)
    try:
        if settings is None:
            return fn(item)
        with using(settings):
            return fn(item)
    finally:
        _WATCHDOG.release(token)


def _worker_version() -> str:
    from . import __version__

    return __version__


try:  # the plugin's base class, when distributed is installed (it is imported by Dask's workers anyway)
    from distributed.diagnostics.plugin import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover - without distributed there is no cluster to plug into
    _PluginBase = object


class CesrWorkerPlugin(_PluginBase):
    """Set up each Dask worker process once, when it starts (and again when the nanny restarts it):
    one Tesseract and BLAS thread per process, as in the local pool's workers, and a private temporary
    folder for its page renders and shipped files, removed when the worker closes.  The embedding model
    is loaded by the first job that needs it and kept for the worker's life."""

    name = "cesr-mapper"

    def setup(self, worker) -> None:  # noqa: D401 - Dask's hook
        from .ingest.pool import private_scratch, single_threaded, use_scratch

        single_threaded()
        self.scratch = private_scratch("cesr-worker-")
        use_scratch(self.scratch)

    def teardown(self, worker) -> None:  # noqa: D401 - Dask's hook
        from .ingest.pool import remove_scratch

        remove_scratch(getattr(self, "scratch", None))


# ---------------------------------------------------------------- on the client


class DaskExecutor:
    """A Dask cluster as an :class:`~pipeline.ingest.pool.Executor`.

    Args:
        client: A connected ``distributed.Client``.  The executor registers
            :class:`CesrWorkerPlugin` on it and closes it with :meth:`close` only
            when it opened it (:func:`connect`).

    Example:
        >>> with connect("tcp://scheduler.trust.nhs.uk:8786") as cluster:      # doctest: +SKIP
        ...     for doc, analysis in suggester.analyse_files(paths, executor=cluster): ...
    """

    shares_files = False

    def __init__(self, client, owns_client: bool = False) -> None:
        self.client = client
        self._owns = owns_client
        client.register_plugin(CesrWorkerPlugin(), name=CesrWorkerPlugin.name)

    @property
    def workers(self) -> int:
        """Jobs the cluster runs at once (its workers' threads)."""
        return max(1, sum(self.client.nthreads().values()))

    def check(self) -> None:
        """Every worker runs this version of cesr-mapper (the same reader, anonymiser and model checks)."""
        from . import __version__

        try:
            versions = self.client.run(_worker_version)
        except Exception as exc:  # noqa: BLE001 - a worker without the package, or one that cannot import it
            raise ClusterError(f"the cluster's workers cannot run cesr-mapper: {type(exc).__name__}: {exc}") from exc
        other = {addr: v for addr, v in versions.items() if v != __version__}
        if other:
            raise ClusterError(f"workers run another cesr-mapper than this one ({__version__}): "
                               + ", ".join(f"{a} has {v}" for a, v in sorted(other.items())))

    def map(self, fn: Callable[[T], R], items: Iterable[T], on_crash: Callable[[T], R], *, ordered: bool = False,
            window: int | None = None, job_timeout: float = 3600.0) -> Iterator[tuple[T, R]]:
        """``(item, fn(item))`` for every item, computed on the cluster (see
        :meth:`pipeline.ingest.pool.Executor.map`).

        At most ``window`` jobs are on the cluster at once (default twice its
        threads), so memory here stays flat however long the batch.  A job
        the scheduler gives up on (its workers died with it: a crash, the
        memory limit, or the time limit) gives ``on_crash(item)``; an exception
        raised by ``fn`` is raised here, as the local pool does.
        """
        import dask
        from distributed import KilledWorker, wait

        jobs: Window[T] = Window(items, max(1, window or 2 * self.workers), ordered)
        pending = jobs.pending
        settings = current()

        def submit(idx: int, item: T) -> None:
            # a job is one file's bytes, sent once through the scheduler (held there until it is done; at
            # most ``window`` of them): not the repeated data Dask's large-graph warning is about
            with dask.config.set({"distributed.admin.large-graph-warning-threshold": "4GB"}):
                pending[self.client.submit(_run_job, fn, item, job_timeout, settings, pure=False)] = (idx, item)

        try:
            while True:
                for job in jobs.to_submit():
                    submit(*job)
                if not pending:
                    if jobs.finished:
                        return
                    continue
                done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
                for future in done:
                    idx, item = pending.pop(future)
                    if future.status == "finished":
                        result = future.result()
                        future.release()
                        yield from jobs.done(idx, item, result)
                        continue
                    exc = future.exception()
                    future.release()
                    if not isinstance(exc, KilledWorker):
                        raise exc
                    if not jobs.crashed(idx, item):  # its worker died, perhaps of another job: it runs again, alone
                        continue
                    if jobs.keeps_crashing:  # it killed its worker alone: it is the culprit
                        raise RuntimeError("the cluster's workers keep crashing, on every file: "
                                           "is their installation broken?") from exc
                    yield from jobs.emit(idx, item, on_crash(item))
                jobs.settle()
        finally:
            if pending:
                self.client.cancel(list(pending))

    def close(self) -> None:
        """Close the connection (only when this executor opened it); the cluster keeps running."""
        if self._owns:
            self.client.close()

    def __enter__(self) -> "DaskExecutor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def connect(address: str, timeout: float = CONNECT_TIMEOUT) -> DaskExecutor:
    """Connect to the Dask scheduler at ``address`` (``tcp://HOST:8786``) and wait for a worker.

    Raises:
        ClusterError: nothing answers at the address, no worker joins within
            ``timeout`` seconds, or the workers run another cesr-mapper.
    """
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - distributed is in requirements.lock
        raise ClusterError("Dask is not installed: pip install 'cesr-mapper[cluster]'") from exc
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"no Dask scheduler answers at {address}: {exc}") from exc
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (TimeoutError, Exception) as exc:  # noqa: BLE001 - distributed raises its own TimeoutError
        client.close()
        raise ClusterError(f"the Dask scheduler at {address} has no workers (waited {timeout:g} s): start some "
                           f"with 'dask worker {address} --nthreads 1'") from exc
    executor = DaskExecutor(client, owns_client=True)
    try:
        executor.check()
    except ClusterError:
        executor.close()
        raise
    return executor
