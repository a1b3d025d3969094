"""Two writers on one workspace, with real processes: ``cesr add`` twice at once stores each document once; ``cesr
add`` while a real ``cesr review`` server takes decisions over HTTP loses none of them.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from pipeline.workspace import Workspace

from workspace_support import ROOT, ReviewServer, cli, counts, db_path, decision_rows, format0, format_fresh, letters


def test_two_add_processes_on_one_workspace_store_each_document_once(tmp_path):
    evidence = letters(tmp_path / "evidence", 40)
    root = format_fresh(tmp_path)
    args = ["add", str(evidence), "--workspace", str(root), "--workers", "1", "--no-progress"]
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    codes = sorted(r[0] for r in results)
    assert codes in ([0, 0], [0, 2]), results
    for code, _, err in results:
        if code == 2:  # the second one found the first running: told so, nothing written
            assert "another 'cesr add' is running in this workspace" in err
    assert counts(root) == (40, 40, 40)
    # while another add holds the workspace (this process, through the same lock), an add is refused at once
    more = letters(evidence, 2, start=40)
    with Workspace.open(root).lock():
        busy = cli("add", str(more), "--workspace", str(root), "--no-progress")
    assert busy.returncode == 2 and "another 'cesr add' is running in this workspace" in busy.stderr
    assert counts(root) == (40, 40, 40)
    again = cli(*args)
    assert again.returncode == 0 and "2  new documents" in again.stdout and "40  unchanged" in again.stdout
    assert counts(root) == (42, 42, 42)


def test_add_while_review_takes_decisions_loses_nothing(tmp_path):
    root = format0(tmp_path)
    Workspace.open(root).close()
    evidence = letters(tmp_path / "evidence", 30)
    server = ReviewServer(root)
    try:
        server.start_deciding()
        add = cli("add", str(evidence), "--workspace", str(root), "--workers", "1", "--no-progress")
        during = len(server.decided)
        server.stop_deciding()
        # the server still serves the new documents, read while it was running
        status, queue = server.request("/api/queue")
        assert status == 200
    finally:
        server.stop()
    assert add.returncode == 0, add.stderr
    assert during > 0
    assert counts(root) == (33, 33, 33)
    rows = decision_rows(root)["review_decisions"]
    assert len(rows) == 7 + len(server.decided)  # every answered decision is in the log
    db = sqlite3.connect(str(db_path(root)))
    logged = [f"{sha}:{node}:{'reject' if verdict == 'rejected' else 'accept'}" for sha, node, verdict in
              db.execute("SELECT sha256, node, verdict FROM review_decisions WHERE id > 7 ORDER BY id")]
    db.close()
    assert logged == server.decided
