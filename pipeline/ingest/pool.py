"""A process pool for batches of files that survives its workers.

- Sized to the machine (one process per core), each worker single-threaded
  for Tesseract (``OMP_THREAD_LIMIT=1``).
- Streams: at most ``window`` jobs are in flight, so memory stays flat however
  long the batch; results come back as they finish (or in input order).
- A worker that crashes (a segfault in a PDF library, the memory limit) or
  hangs past the per-file time limit does not take the batch down: the jobs
  that were in flight are re-run one at a time in a fresh pool, and only the
  one that crashes again alone is reported, through ``on_crash``.
- Workers exit when the parent dies (``kill -9`` of the batch leaves no
  orphans behind).
- A batch's temporary files (page renders for OCR, shipped copies) live in one
  private folder of the batch, removed when it ends, however it ends: a worker
  stopped mid-page (the time limit, Ctrl-C, a crash) leaves no page image of a
  patient's letter behind in the system's temporary folder.
"""

from __future__ import annotations

import multiprocessing.context
import os
import shutil
import tempfile
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Generic, Iterable, Iterator, Protocol, TypeVar

from ..config import Settings, adopt, current, set_environment

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["Executor", "InOrder", "LocalPool", "Window", "batch_folder", "private_scratch", "remove_scratch",
           "run_pool", "single_threaded", "use_scratch", "worker_init"]

_JOB_TIMEOUT = 3600.0


def _watch_parent(parent: int, scratch: str | None = None) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            if scratch:  # the batch's process died (kill -9) and cannot clear its folder: the workers do
                shutil.rmtree(scratch, ignore_errors=True)
            os._exit(1)


_SYSTEM_TEMP: str | None = None  # the temporary folder this process had before use_scratch changed it
_BATCH_FOLDER: str | None = None  # a pool worker's: the private folder its batch's workers share


def batch_folder() -> str | None:
    """The private folder (mode 0700, removed when the batch ends) that this pool worker shares with the other
    workers of its batch, for what they pass to each other; ``None`` outside a pool worker."""
    return _BATCH_FOLDER


def use_scratch(folder: str) -> None:
    """Make ``folder`` this worker's temporary folder (Python's ``tempfile`` and the programs it starts)."""
    global _SYSTEM_TEMP
    if _SYSTEM_TEMP is None:
        _SYSTEM_TEMP = tempfile.gettempdir()
    tempfile.tempdir = folder
    set_environment({"TMPDIR": folder})


def private_scratch(prefix: str = "cesr-batch-") -> str:
    """A new private folder (mode 0700) for a batch's or a worker's temporary files, in the system's temporary
    folder (never inside another scratch folder, which may go first), named with this process's id.

    First, the folders of the same kind left by processes that no longer run (a Dask worker killed by a
    crash or the time limit cannot remove its own; its nanny starts a new one, which does) are removed.
    """
    parent = _SYSTEM_TEMP or tempfile.gettempdir()
    _sweep_orphans(parent, prefix)
    return tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent)


def _sweep_orphans(parent: str, prefix: str) -> None:
    """Remove ``parent``'s folders ``<prefix><pid>-*`` of this user whose process has ended."""
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        pid = entry.name[len(prefix):].split("-", 1)[0]
        try:
            if not pid.isdigit() or not entry.is_dir(follow_symlinks=False) or entry.stat().st_uid != os.getuid():
                continue
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(entry.path, ignore_errors=True)
        except OSError:  # alive (another user's: PermissionError), or the entry went meanwhile
            continue


def remove_scratch(folder: str | None) -> None:
    """Remove a scratch folder and everything in it (nothing to report if it is gone); a process whose
    temporary folder it was gets its system's back."""
    if not folder:
        return
    shutil.rmtree(folder, ignore_errors=True)
    if _SYSTEM_TEMP is not None and tempfile.tempdir == folder:
        tempfile.tempdir = _SYSTEM_TEMP
        set_environment({"TMPDIR": _SYSTEM_TEMP})


def single_threaded() -> None:
    """Make this process a one-core worker: one OCR thread, one BLAS thread.

    For a process that only runs a batch's jobs (a pool's worker, a Dask worker), never for the
    user's own process.  Tesseract (OpenMP) and the BLAS behind numpy, spaCy and torch would otherwise
    start a thread per core in every worker and fight over the cores.
    """
    from ..config import set_environment

    set_environment({var: "1" for var in ("OMP_THREAD_LIMIT", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                          "MKL_NUM_THREADS")})
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)  # numpy is already loaded (by the pipeline package): limit it now
    except Exception:
        pass


class _WorkerProcess(multiprocessing.context.SpawnProcess):
    """A pool's worker, started with SIGINT blocked (the mask is inherited through fork and exec).

    Ctrl-C in a terminal sends SIGINT to the whole foreground process group: a worker that took it would print
    a ``KeyboardInterrupt`` traceback on the doctor's terminal (one per worker still importing the package) or
    die half-way through a file, which then looks like a crash of that file.  The batch's own process alone
    answers Ctrl-C; it stops the workers (:func:`run_pool`).  :func:`worker_init` unblocks the signal once
    it has a handler that ignores it.
    """

    def start(self) -> None:
        import signal

        before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            super().start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)


class _WorkerContext(multiprocessing.context.SpawnContext):
    """Spawn :class:`_WorkerProcess` workers, and remember them (to stop them when a batch is interrupted)."""

    def __init__(self) -> None:
        super().__init__()
        self.started: list[_WorkerProcess] = []

    def Process(self, *args, **kwargs) -> _WorkerProcess:  # noqa: N802 - the name ProcessPoolExecutor calls
        process = _WorkerProcess(*args, **kwargs)
        self.started = [p for p in self.started if p.exitcode is None] + [process]
        return process

    def wait_for_workers(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds in all for the workers started to have exited."""
        deadline = time.monotonic() + timeout
        for process in self.started:
            try:
                process.join(max(0.0, deadline - time.monotonic()))
            except (AssertionError, ValueError):  # never started, or already closed
                pass

    def stop_workers(self) -> None:
        """End every worker still running (their jobs are abandoned: the batch stopped)."""
        for process in self.started:
            if process.exitcode is None:
                try:
                    process.terminate()
                except (OSError, ValueError, AttributeError):  # exited meanwhile, or never started
                    pass


def _ignore_ctrl_c() -> None:
    """In a worker: Ctrl-C is the parent's to answer (a Python-level handler, so that programs the worker starts,
    Tesseract, still stop on it as they would by default)."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        return
    signal.signal(signal.SIGINT, lambda signum, frame: None)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def worker_init(memory_mb: int = 0, job_timeout: float = 3600.0, settings: Settings | None = None,
                scratch: str | None = None) -> None:
    """Set up a worker: the parent's settings, one OCR thread, a memory limit, exit with the parent, Ctrl-C left
    to the parent, temporary files in the batch's folder ``scratch``."""
    global _JOB_TIMEOUT, _BATCH_FOLDER
    _ignore_ctrl_c()
    if scratch:
        use_scratch(scratch)
        _BATCH_FOLDER = scratch
    if settings is not None:
        adopt(settings)
    single_threaded()
    _JOB_TIMEOUT = job_timeout
    if memory_mb:
        try:
            import resource

            limit = int(memory_mb) * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass
    threading.Thread(target=_watch_parent, args=(os.getppid(), scratch), daemon=True).start()


def _call(fn: Callable, arg: Any) -> Any:
    """Run one job; a job that hangs past the time limit ends its worker (reported as a crash)."""
    import faulthandler

    with open(os.devnull, "w") as devnull:
        faulthandler.dump_traceback_later(_JOB_TIMEOUT, exit=True, file=devnull)
        try:
            return fn(arg)
        finally:
            faulthandler.cancel_dump_traceback_later()


def default_memory_mb(workers: int) -> int:
    """A worker's share of the machine's memory (at least 2 GiB, at most 8 GiB)."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024)
    except (ValueError, OSError, AttributeError):
        return 0
    return int(min(8192, max(2048, total // (workers + 1))))


class InOrder:
    """Hands results on in the order of their inputs (``ordered``), holding back those that finish early, or
    as they come."""

    def __init__(self, ordered: bool = True) -> None:
        self.ordered = ordered
        self._held: dict[int, tuple[Any, Any]] = {}
        self._next = 0

    def emit(self, idx: int, item: T, result: R) -> Iterator[tuple[T, R]]:
        """Result ``result`` of input number ``idx``: yields whatever can now go out."""
        if not self.ordered:
            yield item, result
            return
        self._held[idx] = (item, result)
        while self._next in self._held:
            yield self._held.pop(self._next)
            self._next += 1


class Window(Generic[T]):
    """The crash isolation both pools share (this one and :class:`pipeline.cluster.DaskExecutor`).

    At most ``size`` jobs are in flight (``pending``: the pool's future -> ``(index, item)``).  When a worker
    dies, the jobs it may have taken with it become suspects: each runs again alone, before anything new, so
    the one that crashes alone is the culprit (its result is ``on_crash(item)``); five culprits in a row
    mean the installation is broken, not the files.  How a job is submitted and how a crash shows differ
    between the pools and stay in their loops.
    """

    def __init__(self, items: Iterable[T], size: int, ordered: bool) -> None:
        self.size = size
        self.source = enumerate(items)
        self.exhausted = False
        self.pending: dict[Any, tuple[int, T]] = {}
        self.suspects: deque[tuple[int, T]] = deque()
        self.isolating = False
        self.emit = InOrder(ordered).emit
        self.culprits_in_a_row = 0

    def to_submit(self) -> Iterator[tuple[int, T]]:
        """The jobs that fill the window now (a suspect alone once nothing else runs; else new items); the
        caller puts each in :attr:`pending` before asking for the next."""
        while len(self.pending) < self.size and not self.isolating:
            if self.suspects:
                if not self.pending:
                    self.isolating = True
                    yield self.suspects.popleft()
                return
            if self.exhausted:
                return
            try:
                job = next(self.source)
            except StopIteration:
                self.exhausted = True
                return
            yield job

    @property
    def finished(self) -> bool:
        """Every job has given its result."""
        return not self.pending and self.exhausted and not self.suspects

    def crashed(self, idx: int, item: T) -> bool:
        """A job whose worker died: True when it crashed alone (the culprit, counted), else it is a suspect."""
        if not self.isolating:
            self.suspects.append((idx, item))
            return False
        self.culprits_in_a_row += 1
        return True

    @property
    def keeps_crashing(self) -> bool:
        """Five culprits in a row: every file kills its worker."""
        return self.culprits_in_a_row >= 5

    def done(self, idx: int, item: T, result: R) -> Iterator[tuple[T, R]]:
        """A job's result: whatever can now go out (in input order when ``ordered``)."""
        self.culprits_in_a_row = 0
        yield from self.emit(idx, item, result)

    def settle(self) -> None:
        """After a round of results: the suspect that ran alone has finished."""
        if self.isolating and not self.pending:
            self.isolating = False


def run_pool(
    fn: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    on_crash: Callable[[T], R],
    ordered: bool = False,
    window: int | None = None,
    memory_mb: int = 0,
    job_timeout: float = 3600.0,
    max_tasks_per_child: int | None = 2000,
) -> Iterator[tuple[T, R]]:
    """Yield ``(item, fn(item))`` for every item, computed on a process pool.

    Args:
        fn: A picklable function of one item; it should not raise (an exception
            is re-raised here).
        items: The jobs, consumed lazily.
        workers: Processes.
        on_crash: Builds the result for an item whose worker crashed or hung.
        ordered: Yield in input order (else as soon as each finishes).
        window: Jobs in flight at most (default: twice the workers).
        memory_mb: Address-space limit per worker (0: none).
        job_timeout: Seconds before a worker busy with one job is stopped.
        max_tasks_per_child: Jobs after which a worker is replaced (``None``: never).
    """
    window = max(1, window or 2 * workers)
    ctx = _WorkerContext()
    scratch = private_scratch()

    def new_executor() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=worker_init,
                                   initargs=(memory_mb, job_timeout, current(), scratch),
                                   max_tasks_per_child=max_tasks_per_child)

    jobs: Window[T] = Window(items, window, ordered)
    pending: dict[Future, tuple[int, T]] = jobs.pending
    executor = new_executor()
    finished = False

    try:
        while True:
            for idx, item in jobs.to_submit():
                pending[executor.submit(_call, fn, item)] = (idx, item)
            if not pending:
                if jobs.finished:
                    executor.shutdown(wait=True)
                    finished = True
                    return
                continue
            done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                idx, item = pending.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = True
                    if jobs.crashed(idx, item):
                        if jobs.keeps_crashing:
                            raise RuntimeError("the worker processes keep crashing, on every file: "
                                               "is the installation broken?") from None
                        yield from jobs.emit(idx, item, on_crash(item))
                    continue
                yield from jobs.done(idx, item, result)
            jobs.settle()
            if broken:  # the pool is lost: what finished goes out, the rest are suspects, a new pool
                for future, (idx, item) in list(pending.items()):
                    if future.done() and not future.cancelled() and future.exception() is None:
                        yield from jobs.emit(idx, item, future.result())
                    else:
                        jobs.suspects.append((idx, item))
                pending.clear()
                jobs.isolating = False
                executor.shutdown(wait=False, cancel_futures=True)
                executor = new_executor()
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
        if not finished:  # Ctrl-C, an error, or the caller stopped early: the workers' jobs are not wanted
            ctx.stop_workers()
        ctx.wait_for_workers(5.0)
        remove_scratch(scratch)


class Executor(Protocol):
    """Where a batch's heavy jobs run: this machine's process pool (:class:`LocalPool`) or a Dask cluster
    (:class:`pipeline.cluster.DaskExecutor`).  A stage (reading, OCR, anonymising, embedding) hands it a
    picklable function and its jobs; the results come back here, where the workspace is.

    Attributes:
        workers: Jobs that run at once.
        shares_files: The workers see this machine's files (else a job carries the file's bytes).
    """

    workers: int
    shares_files: bool

    def map(self, fn: Callable[[T], R], items: Iterable[T], on_crash: Callable[[T], R], *, ordered: bool = False,
            window: int | None = None, job_timeout: float = 3600.0) -> Iterator[tuple[T, R]]:
        """``(item, fn(item))`` for every item; ``on_crash(item)`` for one whose worker crashed or hung
        past ``job_timeout`` seconds (the batch goes on).  As :func:`run_pool`."""
        ...


@dataclass(frozen=True)
class LocalPool:
    """This machine's process pool (:func:`run_pool`) as an :class:`Executor`.

    Args:
        workers: Processes.
        memory_mb: Address-space limit per worker (0: none).
        max_tasks_per_child: Jobs after which a worker is replaced (``None``: never).
    """

    workers: int
    memory_mb: int = 0
    max_tasks_per_child: int | None = 2000
    shares_files: ClassVar[bool] = True

    def map(self, fn: Callable[[T], R], items: Iterable[T], on_crash: Callable[[T], R], *, ordered: bool = False,
            window: int | None = None, job_timeout: float = 3600.0) -> Iterator[tuple[T, R]]:
        return run_pool(fn, items, self.workers, on_crash, ordered=ordered, window=window, memory_mb=self.memory_mb,
                        job_timeout=job_timeout, max_tasks_per_child=self.max_tasks_per_child)
