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
PyTorch it stalls them.  The child is started with the limit in its own environment only.  A crash in Tesseract
loses one page's reading, never the process that asked.  Timeouts: Tesseract's own deadline stops recognition
after the page's timeout; layout analysis before it is not covered, so the asking process waits the timeout
and ``_GRACE`` seconds more, then kills the child (the next page starts a new one).  A child whose answer was not
read to its end for any reason (a timeout, an interrupt, an error) is killed, never asked again, so no page can
receive another page's table; each answer also carries its request's number.  A child whose parent dies (a
worker killed by its watchdog) notices within a second and exits, mid-page or not.

What is sent to the command instead: page segmentation modes 0 and 2 (the command does not recognise text in
them) and multi-page TIFFs (leptonica's ``pixRead`` reads the first page only).

A process keeps as many children as it reads pages at once (one per pool worker; one per thread of a Dask
worker or of the review app that OCRs); an idle child costs memory only (about 60 MB with English loaded).

The child is this file run as a script by the same Python (``python -I -S tesseract_server.py``): it imports
nothing but the standard library.  When the libraries cannot be loaded (a system without ``libtesseract.so``),
:func:`tsv` returns None (logged once) and :mod:`pipeline.ingest.ocr` runs the ``tesseract`` command instead.

Protocol (pipes, one page at a time): the child first writes one JSON line ``{"ok": true, "version": ...}``;
then for each request line ``{"path", "lang", "psm", "dpi", "timeout"}`` it answers a JSON line
``{"ok": true, "size": N}`` followed by N bytes of UTF-8 TSV (header included), or ``{"ok": false, "error":
..., "timeout": bool}``.  End of input ends the child.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import threading
from collections.abc import Iterator

__all__ = ["tsv", "stop", "children", "TesseractServer", "LibraryMissing"]

log = logging.getLogger(__name__)

# The TSV header Tesseract's command writes before a document's first page (its TSV renderer's
# BeginDocument); the C API's GetTsvText gives the rows only.
_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
# Seconds a child is given to load the libraries, and beyond a page's own timeout before it is killed.
_START_TIMEOUT = 30.0
_GRACE = 10.0
# Page segmentation modes in which the command lays the page out without recognising it.
_COMMAND_ONLY_PSM = (0, 2)


class LibraryMissing(OSError):
    """libtesseract or liblept cannot be loaded here: this process reads pages with the command."""


class TesseractServer:
    """One resident Tesseract child and the pipes to it.  Thread-safe: one page at a time."""

    def __init__(self, env: dict[str, str]) -> None:
        import selectors
        import subprocess

        self._lock = threading.Lock()
        self._buffer = b""
        self._asked = 0
        self.proc = subprocess.Popen([sys.executable, "-I", "-S", os.path.abspath(__file__), str(os.getpid())],
                                     env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, close_fds=True)
        self._selector = selectors.DefaultSelector()  # poll/epoll: no limit on descriptor numbers, unlike select
        try:
            self._selector.register(self.proc.stdout, selectors.EVENT_READ)
            hello = self._message(_START_TIMEOUT)
        except BaseException:
            self.kill()
            raise
        if not hello.get("ok"):
            self.kill()
            raise LibraryMissing(hello.get("error") or "Tesseract's library could not be loaded")
        self.version = str(hello.get("version", ""))

    def tsv(self, path: str, lang: str, psm: int, dpi: int | None, timeout: float) -> str:
        """The word table of one image file (Tesseract's TSV, header first).

        Raises:
            TimeoutError: the page took longer than ``timeout`` seconds.
            RuntimeError: Tesseract could not read the image or stopped.
        """
        with self._lock:
            self._asked += 1
            request = {"id": self._asked, "path": os.fsencode(os.path.abspath(path)).hex(), "lang": lang,
                       "psm": int(psm), "dpi": int(dpi) if dpi else None, "timeout": float(timeout or 0)}
            wait = timeout + _GRACE if timeout else None
            in_step = False  # the child's answer has been read to its end: it may be asked again
            try:
                try:
                    self.proc.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
                    self.proc.stdin.flush()
                except (OSError, ValueError) as exc:  # a broken pipe; a child already ended (its pipe closed)
                    raise RuntimeError("Tesseract stopped") from exc
                answer = self._message(wait)
                if answer.get("id") != request["id"]:
                    raise RuntimeError("Tesseract answered another page's request")
                if not answer.get("ok"):
                    in_step = True
                    if answer.get("timeout"):
                        raise TimeoutError(answer.get("error", "timed out"))
                    raise RuntimeError(answer.get("error") or "Tesseract failed")
                table = self._exactly(int(answer["size"]), wait).decode("utf-8", "replace")
                in_step = True
                return table
            finally:
                if not in_step:
                    self.kill()

    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        """End the child: end of input, then a kill if it does not stop within two seconds."""
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
        self._release()

    def kill(self) -> None:
        """End the child now (it may be in the middle of a page nobody will read)."""
        try:
            self.proc.kill()
        except OSError:
            pass
        self.proc.wait()
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        self._release()

    def forget(self) -> None:
        """In a forked copy of the process that started the child: close this copy's pipe ends, leave the child
        to its parent."""
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except OSError:
                pass

    def _release(self) -> None:
        try:
            self._selector.close()
        except (OSError, AttributeError):
            pass
        try:
            self.proc.stdout.close()
        except OSError:
            pass

    # -- reading the child's answers, with a deadline
    def _fill(self, deadline: float | None) -> None:
        import time

        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        if not self._selector.select(wait):
            raise TimeoutError("Tesseract did not answer in time")
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

_LOCK = [threading.Lock()]
_IDLE: list[TesseractServer] = []  # started and waiting for a page; one more is started when all are busy
_BROKEN: list[str] = []  # why the library cannot be used in this process, once known
_HOOKED: list[bool] = []


def _after_fork() -> None:
    """A forked copy starts its own children: the pipes in ``_IDLE`` are its parent's."""
    _LOCK[0] = threading.Lock()
    for server in _IDLE:
        server.forget()
    _IDLE.clear()


def _hook() -> None:
    """At exit the idle children end; a fork forgets them (set up when the first child starts)."""
    if not _HOOKED:
        import atexit

        atexit.register(stop)
        if hasattr(os, "register_at_fork"):  # not on Windows, where nothing forks
            os.register_at_fork(after_in_child=_after_fork)
        _HOOKED.append(True)


def _resident_can_read(path: str, psm: int) -> bool:
    """Whether the resident Tesseract reads this image as the command does (not psm 0 or 2, not a TIFF with more
    than one page)."""
    if psm in _COMMAND_ONLY_PSM:
        return False
    try:
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except OSError:
        return True  # the child answers with the error
    if magic not in (b"II*\x00", b"MM\x00*"):
        return True
    from PIL import Image

    try:
        with Image.open(path) as image:
            return getattr(image, "n_frames", 1) <= 1
    except Exception:  # a damaged TIFF: the command reports it as it always has
        return False


@contextlib.contextmanager
def _borrowed(env: dict[str, str]) -> Iterator[TesseractServer | None]:
    """A resident Tesseract for one page: an idle one, or a new one when every one is reading (threads of a
    Dask worker or of the review app each get their own, so pages are still read side by side).  None when the
    library cannot be loaded here, or a child could not be started this time (the caller runs the command)."""
    server = None
    with _LOCK[0]:
        broken = bool(_BROKEN)
        while _IDLE and server is None and not broken:
            candidate = _IDLE.pop()
            if candidate.alive():
                server = candidate
            else:
                candidate.kill()
    if broken:
        yield None
        return
    if server is None:
        try:
            server = TesseractServer(env)
        except LibraryMissing as exc:
            with _LOCK[0]:
                _BROKEN.append(str(exc))
            log.warning("Tesseract's library cannot be loaded (%s): pages are read by the tesseract command", exc)
            yield None
            return
        except (OSError, TimeoutError, RuntimeError, ValueError) as exc:  # this time only: tried again next page
            log.warning("a resident Tesseract could not be started (%s): this page is read by the command", exc)
            yield None
            return
        _hook()
    try:
        yield server
    finally:
        if server.alive():  # one that was killed (a timeout, an interrupted read) is not handed out again
            with _LOCK[0]:
                _IDLE.append(server)


def tsv(path: str, lang: str, psm: int, dpi: int | None, timeout: float, env: dict[str, str]) -> str | None:
    """The TSV word table of one image from a resident Tesseract of this process, or None when the command must
    read it (no library here, psm 0 or 2, a multi-page TIFF).

    Raises:
        TimeoutError: the page took longer than ``timeout`` seconds.
        RuntimeError: Tesseract could not read the image or stopped.
    """
    if not _resident_can_read(path, psm):
        return None
    with _borrowed(env) as server:
        if server is None:
            return None
        return server.tsv(path, lang, psm, dpi, timeout)


def children() -> list[int]:
    """Process ids of this process's idle resident Tesseracts."""
    with _LOCK[0]:
        return [s.proc.pid for s in _IDLE]


def stop() -> None:
    """End this process's idle resident Tesseracts (at exit)."""
    with _LOCK[0]:
        idle = list(_IDLE)
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
            ("TessBaseAPIDelete", None, [p]),
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
            tess.TessBaseAPIDelete(api)
            return {"ok": False, "error": f"Tesseract has no language '{lang}' (failed loading its traineddata)"}
        engines[lang] = api
    path = bytes.fromhex(request["path"])
    pix = ctypes.c_void_p(lept.pixRead(path))
    if not pix.value:  # (the file's name stays out of the message: a scan's name may be a patient's)
        return {"ok": False, "error": "Tesseract cannot read the image"}
    monitor = None
    try:
        tess.TessBaseAPISetPageSegMode(api, int(request.get("psm", 3)))
        # --dpi N on the command line is the variable user_defined_dpi; 0 lets the image's own resolution count
        tess.TessBaseAPISetVariable(api, b"user_defined_dpi", str(int(request.get("dpi") or 0)).encode())
        tess.TessBaseAPISetImage2(api, pix)
        timeout = float(request.get("timeout") or 0)
        if timeout > 0:
            monitor = tess.TessMonitorCreate()
            tess.TessMonitorSetDeadlineMSecs(monitor, max(1, int(min(timeout * 1000, 2**31 - 1))))
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


def _watch_parent(parent: int) -> None:
    """End this child when the process that started it is gone (killed mid-page by a watchdog, say): its
    stdin only ends between pages."""
    import time

    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def serve(parent: int = 0) -> None:
    """The child's loop: a page per request line on standard input, its answer on standard output."""
    # the answers go on a private copy of standard output; what the libraries print there goes to stderr
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    if parent:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()

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
        request: dict = {}
        try:
            request = json.loads(line)
            got = _page(tess, lept, engines, request)
        except Exception as exc:  # a bad request is answered, not fatal
            got = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        if isinstance(got, dict):
            send({**got, "id": request.get("id")})
        else:
            payload = got.encode("utf-8")
            send({"ok": True, "id": request.get("id"), "size": len(payload)}, payload)


if __name__ == "__main__":
    serve(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
