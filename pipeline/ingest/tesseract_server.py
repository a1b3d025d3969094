"""Tesseract kept loaded: a child process that reads page after page with the system's own libtesseract.

The ``tesseract`` command loads its language model (``eng.traineddata``) every time it starts: 85 ms of CPU
a page on this machine, before a word is read.  This module starts Tesseract once per process that OCRs
(each pool worker, a Dask worker, the review app) as a child that stays: it loads ``libtesseract`` and
``liblept`` (the libraries the ``tesseract`` command is built from, Debian's ``libtesseract5``) through their C
API, keeps one engine per language, and reads each page it is sent exactly as the command does: the image is
read by leptonica's ``pixRead``, the page segmentation mode and ``user_defined_dpi`` are set as ``--psm`` and
``--dpi`` set them, and the word table is the one ``tesseract IMAGE stdout tsv`` prints.  The tests compare the
two tables on real pages.

Why a child and not the library in this process: Tesseract runs fastest on one OpenMP thread per process, and
``OMP_THREAD_LIMIT`` is read once, when the OpenMP runtime starts; set in a process that also runs faiss or
PyTorch it stalls them.  The child is started with the limit in its own environment only.  A page that takes
longer than its timeout is stopped by Tesseract's own deadline, and a child that does not answer is killed and
started again on the next page; a crash in Tesseract loses one page's reading, never the process that asked.

A process keeps as many children as it reads pages at once (one per pool worker; one per thread of a Dask
worker or of the review app that OCRs); an idle child costs memory only (about 60 MB with English loaded).

The child is this file run as a script by the same Python (``python -I -S tesseract_server.py``): it imports
nothing but the standard library.  When the libraries cannot be loaded (a system without ``libtesseract.so``),
:func:`available` says so and :mod:`pipeline.ingest.ocr` runs the ``tesseract`` command instead.

Protocol (pipes, one page at a time): the child first writes one JSON line ``{"ok": true, "version": ...}``;
then for each request line ``{"path", "lang", "psm", "dpi", "timeout"}`` it answers a JSON line
``{"ok": true, "size": N}`` followed by N bytes of UTF-8 TSV (header included), or ``{"ok": false, "error":
..., "timeout": bool}``.  End of input ends the child.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from collections.abc import Iterator

__all__ = ["available", "tsv", "stop", "children", "TesseractServer"]

# The TSV header Tesseract's command writes before a document's first page (its TSV renderer's
# BeginDocument); the C API's GetTsvText gives the rows only.
_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
# Seconds a child is given to load the libraries, and beyond a page's own timeout before it is killed.
_START_TIMEOUT = 30.0
_GRACE = 10.0


class TesseractServer:
    """One resident Tesseract child and the pipes to it.  Thread-safe: one page at a time."""

    def __init__(self, env: dict[str, str]) -> None:
        import subprocess

        self._lock = threading.Lock()
        self._buffer = b""
        self.proc = subprocess.Popen([sys.executable, "-I", "-S", os.path.abspath(__file__)], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     close_fds=True)
        hello = self._message(_START_TIMEOUT)
        if not hello.get("ok"):
            self.close()
            raise OSError(hello.get("error") or "Tesseract's library could not be started")
        self.version = str(hello.get("version", ""))

    def tsv(self, path: str, lang: str, psm: int, dpi: int | None, timeout: float) -> str:
        """The word table of one image file (Tesseract's TSV, header first).

        Raises:
            TimeoutError: the page took longer than ``timeout`` seconds (a child that did not answer is killed).
            RuntimeError: Tesseract could not read the image or stopped.
        """
        request = {"path": os.fspath(path), "lang": lang, "psm": int(psm), "dpi": int(dpi) if dpi else None,
                   "timeout": float(timeout or 0)}
        with self._lock:
            try:
                self.proc.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
                self.proc.stdin.flush()
            except (BrokenPipeError, OSError) as exc:
                self.close()
                raise RuntimeError("Tesseract stopped") from exc
            try:
                answer = self._message(timeout + _GRACE if timeout else None)
            except TimeoutError:
                self.close()
                raise
            if not answer.get("ok"):
                if answer.get("timeout"):
                    raise TimeoutError(answer.get("error", "timed out"))
                raise RuntimeError(answer.get("error") or "Tesseract failed")
            return self._exactly(int(answer["size"]), timeout + _GRACE if timeout else None).decode("utf-8", "replace")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        """End the child: end of input, then a kill if it does not stop."""
        import subprocess

        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        try:
            self.proc.stdout.close()
        except OSError:
            pass

    # -- reading the child's answers, with a deadline
    def _fill(self, deadline: float | None) -> None:
        import select
        import time

        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([self.proc.stdout], [], [], wait)
        if not ready:
            raise TimeoutError("Tesseract did not answer")
        chunk = os.read(self.proc.stdout.fileno(), 1 << 20)
        if not chunk:
            code = self.proc.wait()
            raise RuntimeError(f"Tesseract stopped (exit status {code})")
        self._buffer += chunk

    def _message(self, timeout: float | None) -> dict:
        import time

        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self._buffer:
            self._fill(deadline)
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    def _exactly(self, size: int, timeout: float | None) -> bytes:
        import time

        deadline = None if timeout is None else time.monotonic() + timeout
        while len(self._buffer) < size:
            self._fill(deadline)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data


# ---------------------------------------------------------------- this process's children

_LOCK = threading.Lock()
_IDLE: list[TesseractServer] = []  # started and waiting for a page; one more is started when all are busy
_OWNER = [0]  # the process _IDLE belongs to (a forked copy must start its own: the pipes are its parent's)
_BROKEN: list[str] = []  # why the library cannot be used in this process, once known
_AT_EXIT: list[bool] = []


@contextlib.contextmanager
def _borrowed(env: dict[str, str]) -> Iterator[TesseractServer | None]:
    """A resident Tesseract for one page: an idle one, or a new one when every one is reading (threads of a
    Dask worker or of the review app each get their own, so pages are still read side by side)."""
    server = None
    with _LOCK:
        if _OWNER[0] != os.getpid():
            _IDLE.clear()
            _OWNER[0] = os.getpid()
        broken = bool(_BROKEN)
        while _IDLE and server is None and not broken:
            candidate = _IDLE.pop()
            if candidate.alive():
                server = candidate
            else:
                candidate.close()
    if broken:
        yield None
        return
    if server is None:
        try:
            server = TesseractServer(env)
        except (OSError, TimeoutError, RuntimeError, ValueError) as exc:
            with _LOCK:
                _BROKEN.append(str(exc) or type(exc).__name__)
            yield None
            return
        if not _AT_EXIT:
            import atexit

            atexit.register(stop)
            _AT_EXIT.append(True)
    try:
        yield server
    finally:
        if server.alive():  # one that timed out or crashed is not handed out again
            with _LOCK:
                if _OWNER[0] == os.getpid():
                    _IDLE.append(server)


def available(env: dict[str, str]) -> bool:
    """Whether this process can OCR with a resident Tesseract (starting one when none is running)."""
    with _borrowed(env) as server:
        return server is not None


def tsv(path: str, lang: str, psm: int, dpi: int | None, timeout: float, env: dict[str, str]) -> str | None:
    """The TSV word table of one image from a resident Tesseract of this process, or None when there can be
    none here (the caller runs the ``tesseract`` command).

    Raises:
        TimeoutError: the page took longer than ``timeout`` seconds.
        RuntimeError: Tesseract could not read the image or stopped.
    """
    with _borrowed(env) as server:
        if server is None:
            return None
        return server.tsv(path, lang, psm, dpi, timeout)


def children() -> list[int]:
    """Process ids of this process's idle resident Tesseracts."""
    with _LOCK:
        return [s.proc.pid for s in _IDLE if _OWNER[0] == os.getpid()]


def stop() -> None:
    """End this process's resident Tesseracts (at exit)."""
    with _LOCK:
        idle = list(_IDLE) if _OWNER[0] == os.getpid() else []
        _IDLE.clear()
    for server in idle:
        server.close()


# ---------------------------------------------------------------- the child


def _load():
    """libtesseract and liblept through ctypes, with the C functions used here typed."""
    import ctypes
    import ctypes.util

    def lib(name: str, sonames: tuple[str, ...]):
        for candidate in (*sonames, ctypes.util.find_library(name)):
            if not candidate:
                continue
            try:
                return ctypes.CDLL(candidate)
            except OSError:
                continue
        raise OSError(f"lib{name} is not installed (Debian: libtesseract5, installed with tesseract-ocr)")

    tess = lib("tesseract", ("libtesseract.so.5", "libtesseract.5.dylib"))
    lept = lib("lept", ("liblept.so.5", "libleptonica.so.6", "libleptonica.6.dylib"))
    p, i, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    for name, restype, argtypes in (
            ("TessVersion", s, []),
            ("TessBaseAPICreate", p, []),
            ("TessBaseAPIInit3", i, [p, s, s]),
            ("TessBaseAPISetVariable", i, [p, s, s]),
            ("TessBaseAPISetPageSegMode", None, [p, i]),
            ("TessBaseAPISetImage2", None, [p, p]),
            ("TessBaseAPIRecognize", i, [p, p]),
            ("TessBaseAPIGetTsvText", p, [p, i]),
            ("TessDeleteText", None, [p]),
            ("TessBaseAPIClear", None, [p]),
            ("TessMonitorCreate", p, []),
            ("TessMonitorSetDeadlineMSecs", None, [p, i]),
            ("TessMonitorDelete", None, [p])):
        fn = getattr(tess, name)
        fn.restype, fn.argtypes = restype, argtypes
    lept.pixRead.restype, lept.pixRead.argtypes = p, [s]
    lept.pixDestroy.restype, lept.pixDestroy.argtypes = None, [ctypes.POINTER(p)]
    return tess, lept


def _page(tess, lept, engines: dict, request: dict) -> dict | str:
    """Read one page; the TSV text, or an error answer."""
    import ctypes
    import time

    lang = str(request.get("lang") or "eng")
    api = engines.get(lang)
    if api is None:
        api = tess.TessBaseAPICreate()
        if tess.TessBaseAPIInit3(api, None, lang.encode()) != 0:
            return {"ok": False, "error": f"Tesseract has no language '{lang}' (failed loading its traineddata)"}
        engines[lang] = api
    pix = ctypes.c_void_p(lept.pixRead(os.fsencode(request["path"])))
    if not pix.value:
        return {"ok": False, "error": f"Tesseract cannot read the image {os.path.basename(request['path'])}"}
    monitor = None
    try:
        tess.TessBaseAPISetPageSegMode(api, int(request.get("psm", 3)))
        # --dpi N on the command line is the variable user_defined_dpi; 0 lets the image's own resolution count
        tess.TessBaseAPISetVariable(api, b"user_defined_dpi", str(int(request.get("dpi") or 0)).encode())
        tess.TessBaseAPISetImage2(api, pix)
        timeout = float(request.get("timeout") or 0)
        if timeout > 0:
            monitor = tess.TessMonitorCreate()
            tess.TessMonitorSetDeadlineMSecs(monitor, int(min(timeout * 1000, 2**31 - 1)))
        started = time.monotonic()
        if tess.TessBaseAPIRecognize(api, monitor) < 0:
            if timeout > 0 and time.monotonic() - started >= timeout * 0.95:
                return {"ok": False, "timeout": True, "error": f"OCR timed out after {timeout:.0f}s"}
            return {"ok": False, "error": "Tesseract could not recognise the page"}
        text = tess.TessBaseAPIGetTsvText(api, 0)
        try:
            rows = ctypes.string_at(text).decode("utf-8", "replace") if text else ""
        finally:
            if text:
                tess.TessDeleteText(text)
        return _HEADER + rows
    finally:
        if monitor:
            tess.TessMonitorDelete(monitor)
        tess.TessBaseAPIClear(api)
        lept.pixDestroy(ctypes.byref(pix))


def serve() -> None:
    """The child's loop: a page per request line on standard input, its answer on standard output."""
    out = sys.stdout.buffer

    def send(message: dict, payload: bytes = b"") -> None:
        out.write(json.dumps(message).encode("utf-8") + b"\n" + payload)
        out.flush()

    try:
        tess, lept = _load()
    except (OSError, AttributeError) as exc:
        send({"ok": False, "error": str(exc)})
        return
    send({"ok": True, "version": tess.TessVersion().decode("ascii", "replace")})
    engines: dict = {}
    for line in sys.stdin.buffer:
        try:
            request = json.loads(line)
            got = _page(tess, lept, engines, request)
        except Exception as exc:  # a bad request is answered, not fatal
            got = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        if isinstance(got, dict):
            send(got)
        else:
            payload = got.encode("utf-8")
            send({"ok": True, "size": len(payload)}, payload)


if __name__ == "__main__":
    serve()
