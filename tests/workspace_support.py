"""Helpers of the workspace tests (migrations, backup, concurrency, a full disk): the real command line in its
own process, the format-0 fixture, the decision tables read row by row, a real ``cesr review`` server taking
decisions over HTTP, and letters to add."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

from pipeline.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "workspaces"
DECISION_TABLES = {  # table -> its key, to compare rows one by one
    "review_decisions": "id", "redaction_decisions": "id", "pack_description_edits": "id",
    "review_documents": "sha256", "pack_descriptions": "sha256",
}
NODES = ["rcem-2021:SLO1", "rcem-2021:SLO2", "rcem-2021:SLO3", "rcem-2021:SLO4", "rcem-2021:SLO5",
         "rcem-2021:SLO6", "rcem-2021:SLO7", "rcem-2021:SLO8"]


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """The real command line, in its own process."""
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout)


def format0(tmp_path: Path, name: str = "ws") -> Path:
    dest = tmp_path / name
    shutil.copytree(FIXTURES / "format-0", dest)
    return dest


def db_path(root: Path) -> Path:
    return root / ".cesr" / "documents.sqlite"


def decision_rows(root: Path) -> dict[str, list[tuple]]:
    """Every row of every decision table, in key order (``vector`` left out: bytes)."""
    db = sqlite3.connect(str(db_path(root)))
    try:
        out = {}
        for table, key in DECISION_TABLES.items():
            cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] != "vector"]
            out[table] = [tuple(r) for r in db.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {key}")]
        return out
    finally:
        db.close()


def schema(path: Path) -> set[tuple]:
    db = sqlite3.connect(str(path))
    try:
        return {(r[0], r[1], " ".join(r[2].split())) for r in db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")}
    finally:
        db.close()


def file_bytes(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (root / ".cesr").iterdir() if p.is_file()}


def format_fresh(tmp_path: Path) -> Path:
    root = tmp_path / "fresh"
    if not root.exists():
        Workspace.init(root, ["rcem-2021"]).close()
    return root


def letters(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"letter-{i:03d}.txt").write_text(
            f"Clinic letter {i}\n\nI reviewed this patient in the emergency department on day {i} with "
            f"abdominal pain number {i * 7}. I led the assessment and discussed the plan with the consultant.\n")
    return folder


def counts(root: Path) -> tuple[int, int, int]:
    db = sqlite3.connect(str(db_path(root)))
    try:
        return (db.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
                db.execute("SELECT COUNT(DISTINCT sha256) FROM documents").fetchone()[0],
                db.execute("SELECT COUNT(*) FROM paths").fetchone()[0])
    finally:
        db.close()


# the three documents of a format-0 workspace (:func:`format0`)
FORMAT0_DOCUMENTS = ["a" * 64, "b" * 64, "c" * 64]


class ReviewServer:
    """``cesr review`` in its own process, and a client that takes decisions through its HTTP API."""

    def __init__(self, root: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "review", "--workspace", str(root)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        line = self.proc.stdout.readline()
        assert " at http://127.0.0.1:" in line, line + self.proc.stderr.read()
        url = line.split(" at ", 1)[1].split()[0]
        self.base = url.split("/?token=")[0]
        self.token = url.split("token=")[1]
        self.decided: list[str] = []  # action ids the server answered 200 for

    def request(self, path: str, body: dict | None = None) -> tuple[int, dict]:
        req = urllib.request.Request(self.base + path, data=None if body is None else json.dumps(body).encode(),
                                     headers={"X-CESR-Token": self.token, "X-Requested-With": "cesr",
                                              "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())

    def decide_until(self, shas: list[str], stop: threading.Event, limit: int = 400) -> None:
        versions = {sha: self.request(f"/api/doc/{sha}")[1]["version"] for sha in shas}
        i = 0
        while not stop.is_set() and i < limit:
            sha, node = shas[i % len(shas)], NODES[i % len(NODES)]
            kind = "reject" if (i // len(shas)) % 2 else "accept"
            status, data = self.request(f"/api/doc/{sha}/decide", {"version": versions[sha], "kind": kind,
                                                                  "node": node})
            assert status == 200, data
            versions[sha] = data["doc"]["version"]
            self.decided.append(f"{sha}:{node}:{kind}")
            i += 1

    def start_deciding(self, shas: list[str] = FORMAT0_DOCUMENTS) -> None:
        """Take decisions on a thread (:meth:`decide_until`) until :meth:`stop_deciding`."""
        self._stop_deciding = threading.Event()
        self._decider = threading.Thread(target=self.decide_until, args=(list(shas), self._stop_deciding))
        self._decider.start()

    def stop_deciding(self) -> None:
        self._stop_deciding.set()
        self._decider.join(timeout=60)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()
        self.proc.stderr.close()
