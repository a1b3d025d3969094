"""What several commands share: the workspace, scheduler and progress options, the progress bar, output and executor."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator


def progress_bar(total: int, desc: str, force: bool | None):
    """A tqdm bar on stderr counting documents; ``force`` is ``--progress``/``--no-progress`` (None: on a terminal)."""
    from tqdm import tqdm

    disable = None if force is None else not force
    return tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, disable=disable, dynamic_ncols=True,
                smoothing=0.1)


@contextmanager
def output_to(path: str | None) -> Iterator:
    """An open text file for ``--out PATH``, replaced whole when the command ends (``-`` or None: stdout)."""
    if path in (None, "-"):
        yield sys.stdout
        return
    from ..atomic import replacing

    with replacing(path) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        yield handle


@contextmanager
def executor_for(args) -> Iterator:
    """Where the heavy stages run: ``None`` (this machine's process pool) or the Dask cluster of ``--scheduler``."""
    address = getattr(args, "scheduler", None)
    if not address:
        yield None
        return
    from ..cluster import ClusterError, connect

    try:
        executor = connect(address)
    except ClusterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    try:
        print(f"running on the Dask cluster at {address} ({executor.workers} worker thread(s))", file=sys.stderr)
        yield executor
    finally:
        executor.close()


def scheduler_option(p) -> None:
    """``--scheduler ADDRESS`` for every command that runs the worker pool."""
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="run reading, OCR, anonymisation and embedding on the Dask cluster whose scheduler is at "
                        "ADDRESS (tcp://HOST:8786) instead of this machine's processes; the workspace and results "
                        "stay here (see the README)")


def progress_options(p) -> None:
    """``--progress`` / ``--no-progress`` for every command that shows a progress bar."""
    p.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="always show the progress bar (default: when stderr is a terminal)")
    p.add_argument("--no-progress", dest="progress", action="store_false")


ASK = object()  # --password given without a value: ask for it


def password_options(p) -> None:
    """``--password [PASSWORD]`` and ``--password-file FILE``: the password of encrypted PDFs."""
    p.add_argument("--password", nargs="?", const=ASK, default=None, metavar="PASSWORD",
                   help="the password of encrypted PDFs; without a value it is asked for on the terminal (not "
                        "shown). A value given here is visible to other users of this computer in its process "
                        "list: prefer the question or --password-file. Never stored or logged")
    p.add_argument("--password-file", metavar="FILE",
                   help="read the password of encrypted PDFs from the first line of FILE ('-': standard input)")


def read_password(args) -> str | None:
    """The password of ``--password``/``--password-file`` (asked for on the terminal for a bare ``--password``),
    else ``None``.  Errors never show it.

    Raises:
        CommandError: both given, no terminal to ask on, an unreadable or empty file.
    """
    given, file = getattr(args, "password", None), getattr(args, "password_file", None)
    if given is None and file is None:
        return None
    if given is not None and file is not None:
        raise CommandError("error: give --password or --password-file, not both", 2)
    if file is not None:
        try:
            if file == "-":
                line = sys.stdin.readline()
            else:
                with open(file, encoding="utf-8") as handle:
                    line = handle.readline()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"error: --password-file {file}: cannot be read ({type(exc).__name__})", 2) from None
        password = line.rstrip("\r\n")
    elif given is ASK:
        if not sys.stdin.isatty():
            raise CommandError("error: --password without a value asks for it on a terminal, and there is none "
                               "here: give --password-file FILE", 2)
        import getpass

        try:
            password = getpass.getpass("password of the encrypted PDFs (not shown): ")
        except EOFError:
            password = ""
    else:
        password = given
    if not password:
        raise CommandError("error: the password given is empty", 2)
    return password


def workspace_option(p) -> None:
    """``--workspace DIR`` for every command that works on a workspace."""
    p.add_argument("--workspace", "-w", default=None, metavar="DIR",
                   help="the workspace folder (default: the current folder)")


def curricula_arg(values: list[str]) -> list[str]:
    """Curriculum ids from repeated or comma-separated ``--curriculum`` values."""
    names = []
    for value in values:
        names.extend(v for v in value.split(",") if v)
    return names


def open_workspace(args):
    """The workspace of ``--workspace``, its notes printed (a migration and the backup made before it).

    One that cannot open stops the command with exit code 2 and the reason.
    """
    from ..workspace import Workspace, WorkspaceError

    with failing(WorkspaceError, code=2):
        ws = Workspace.open(args.workspace)
    for note in ws.notes:
        print(f"note: {note}", file=sys.stderr)
    return ws


class CommandError(Exception):
    """A command stops: ``main`` prints ``message`` to stderr (no traceback) and exits with ``code``."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.message, self.code = message, code


@contextmanager
def failing(errors, code: int = 1, say: str = "error: {}") -> Iterator:
    """The expected errors of one step (``errors``, an exception class or a tuple) stop the command:
    ``say`` with the error's text in place of ``{}`` on stderr, exit ``code``."""
    try:
        yield
    except errors as exc:
        raise CommandError(say.replace("{}", str(exc)), code) from None
