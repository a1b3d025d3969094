"""Bulk decisions (`cesr accept` and the review API) and the pack's title and description edited through the review
API, on a real workspace (corpora/sample read by 'cesr add', suggestions by the real model)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.review.bulk import BulkActions
from pipeline.review.decisions import Conflict, ReviewDB, ReviewError
from pipeline.workspace import Workspace



def _db(root: Path) -> ReviewDB:
    from pipeline.curriculum import load_curricula
    from pipeline.review.compute import node_table

    return ReviewDB(Workspace.open(root).store_path, node_table(load_curricula(["rcem-2021"])))


def _sql(root: Path, query: str, *args) -> list[tuple]:
    """Read the workspace's SQLite file directly, not through the code under test."""
    db = sqlite3.connect(str(root / ".cesr" / "documents.sqlite"))
    try:
        return db.execute(query, args).fetchall()
    finally:
        db.close()


def _shas(root: Path) -> dict[str, str]:
    with Workspace.open(root) as ws:
        return {Path(d.path).name[:2]: d.sha256 for d in ws.store.documents()}


def _in_force(root: Path) -> dict[tuple[str, str], tuple[str, str, str]]:
    """(sha256, node) -> (verdict, source, action) of the decisions in force."""
    rows = _sql(root, "SELECT sha256, node, verdict, source, action FROM review_decisions d WHERE undone_at IS NULL "
                      "AND id = (SELECT MAX(id) FROM review_decisions e WHERE e.sha256 = d.sha256 AND e.node = d.node "
                      "AND e.undone_at IS NULL)")
    return {(r[0], r[1]): (r[2], r[3], r[4]) for r in rows}


# ---------------------------------------------------------------- cesr accept


def test_accept_dry_run_counts_and_writes_nothing(ws_root, capsys):
    expected = _sql(ws_root, "SELECT COUNT(*), COUNT(DISTINCT sha256) FROM review_suggestions WHERE confidence >= 0.5")[0]
    assert expected[0] > 0
    assert main(["accept", "--workspace", str(ws_root), "--min-confidence", "0.5", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"would accept {expected[0]} suggestion(s) on {expected[1]} document(s)" in out
    assert "nothing was written" in out
    assert _sql(ws_root, "SELECT COUNT(*) FROM review_decisions")[0][0] == 0
    assert _sql(ws_root, "SELECT COUNT(*) FROM review_batches")[0][0] == 0


def test_accept_at_or_above_a_confidence_for_chosen_outcomes_logged_as_one_batch_and_undone(ws_root, capsys):
    shas = _shas(ws_root)
    rows = _sql(ws_root, "SELECT sha256, node, confidence FROM review_suggestions WHERE outcome IN "
                         "('rcem-2021:SLO1', 'rcem-2021:SLO3') ORDER BY confidence DESC")
    threshold = rows[len(rows) // 4][2]  # exactly a stored confidence: "at or above" takes it
    # the doctor already rejected one of them by hand, and marked one document reviewed with its suggestions undecided
    manual_sha, manual_node = rows[0][0], rows[0][1]
    reviewed_sha = next(r[0] for r in rows[1:] if r[0] != manual_sha and r[2] >= threshold)
    with _db(ws_root) as db:
        db.decide(manual_sha, db.version(manual_sha), "reject", manual_node)
        db.set_reviewed(reviewed_sha, db.version(reviewed_sha))
        versions_before = {sha: db.version(sha) for sha in shas.values()}
    wanted = {(r[0], r[1]) for r in rows if r[2] >= threshold}
    taken = {k for k in wanted if k != (manual_sha, manual_node) and k[0] != reviewed_sha}
    on_reviewed = {k for k in wanted if k[0] == reviewed_sha and k != (manual_sha, manual_node)}

    assert main(["accept", "-w", str(ws_root), "--min-confidence", str(threshold), "--outcome", "SLO1",
                 "--outcome", "rcem-2021:SLO3"]) == 0
    out = capsys.readouterr().out
    assert f"accepted {len(taken)} suggestion(s) on {len({k[0] for k in taken})} document(s)" in out
    assert "1 suggestion(s) you had already decided" in out
    assert f"{len(on_reviewed)} suggestion(s) on 1 document(s) already marked reviewed" in out
    batch = _sql(ws_root, "SELECT batch, kind, params, origin, decisions, documents, undone_at FROM review_batches")
    assert len(batch) == 1
    batch_id, kind, params, origin, decisions, documents, undone = batch[0]
    assert (kind, origin, decisions, documents, undone) == ("accept", "cli", len(taken), len({k[0] for k in taken}), None)
    assert json.loads(params) == {"min_confidence": threshold, "outcomes": ["rcem-2021:SLO1", "rcem-2021:SLO3"],
                                  "include_reviewed": False}
    assert f"--undo {batch_id[:12]}" in out

    force = _in_force(ws_root)
    assert {k for k, v in force.items() if v[1] == "bulk"} == taken
    assert all(force[k] == ("accepted", "bulk", batch_id) for k in taken)  # the log names the batch
    assert force[(manual_sha, manual_node)][:2] == ("rejected", "review")  # the doctor's own decision stands
    # the confidence, rank and passage of each suggestion are kept with the decision, as for a keystroke
    kept = _sql(ws_root, "SELECT COUNT(*) FROM review_decisions d JOIN review_suggestions s ON s.sha256 = d.sha256 "
                         "AND s.node = d.node WHERE d.action = ? AND d.confidence = s.confidence AND d.rank = s.rank "
                         "AND d.excerpt = s.excerpt", batch_id)[0][0]
    assert kept == len(taken)
    with _db(ws_root) as db:  # every touched document has a new version: an open tab's stale write gets 409
        touched = {k[0] for k in taken}
        assert all(db.version(sha) == versions_before[sha] + 1 for sha in touched)
        assert all(db.version(sha) == versions_before[sha] for sha in set(shas.values()) - touched)

    # a later manual decision on a bulk-accepted node survives the batch's undo
    later_sha, later_node = sorted(taken)[0]
    with _db(ws_root) as db:
        db.decide(later_sha, db.version(later_sha), "reject", later_node)
    assert main(["accept", "-w", str(ws_root), "--list"]) == 0
    listed = capsys.readouterr().out
    assert batch_id[:12] in listed and f"{len(taken)} in force" in listed
    assert main(["accept", "-w", str(ws_root), "--undo", batch_id[:8]]) == 0
    assert f"{len(taken)} decision(s)" in capsys.readouterr().out
    force = _in_force(ws_root)
    assert not any(v[1] == "bulk" for v in force.values())
    assert force[(later_sha, later_node)][:2] == ("rejected", "review")
    assert _sql(ws_root, "SELECT COUNT(*) FROM review_decisions WHERE action = ?", batch_id)[0][0] == len(taken)  # kept
    assert main(["accept", "-w", str(ws_root), "--undo", batch_id]) == 2  # twice: a clear error
    assert "already undone" in capsys.readouterr().err

    # --include-reviewed takes the reviewed document too
    assert main(["accept", "-w", str(ws_root), "--min-confidence", str(threshold), "--outcome", "SLO1,SLO3",
                 "--include-reviewed", "--dry-run"]) == 0
    assert f"would accept {len(taken) - 1 + len(on_reviewed)} suggestion(s)" in capsys.readouterr().out


def test_ignore_the_rest_rejects_only_the_undecided_and_one_keystroke_undoes_it(ws_root, capsys):
    sha = _shas(ws_root)["09"]
    with _db(ws_root) as db:
        suggestions = db.suggestions(sha)
        first = suggestions[0]["node"]
        db.decide(sha, db.version(sha), "accept", first)
        seen = db.version(sha)
        with pytest.raises(Conflict):  # a stale tab: nothing written
            BulkActions(db).ignore_rest(sha, seen - 1)
        dry = BulkActions(db).ignore_rest(sha, seen, dry_run=True)
        assert (dry.decisions, dry.already_decided, dry.batch) == (len(suggestions) - 1, 1, None)
        assert db.version(sha) == seen
    assert main(["accept", "-w", str(ws_root), "--ignore-rest", "09-dops-chest-drain.pdf"]) == 0
    assert f"rejected {len(suggestions) - 1} suggestion(s) on 1 document(s)" in capsys.readouterr().out
    force = _in_force(ws_root)
    assert force[(sha, first)][:2] == ("accepted", "review")
    assert sorted(n for (s, n), v in force.items() if s == sha and v[:2] == ("rejected", "bulk")) == \
        sorted(s["node"] for s in suggestions[1:])
    assert _sql(ws_root, "SELECT kind, params FROM review_batches")[0] == ("ignore-rest", json.dumps({"document": sha}))
    with _db(ws_root) as db:  # u in the review undoes the document's latest action: the whole "ignore the rest"
        actions = db.actions(sha)
        assert actions[0]["source"] == "bulk" and len(actions[0]["verdicts"]) == len(suggestions) - 1
        db.undo(sha, db.version(sha))
        assert [d["node"] for d in db.current_decisions(sha)] == [first]
        assert BulkActions(db).batches()[0]["in_force"] == 0


def test_accept_refuses_bad_requests_with_a_clear_error(ws_root, capsys):
    root = str(ws_root)
    with pytest.raises(SystemExit) as exc:
        main(["accept", "-w", root, "--min-confidence", "1.5"])
    assert exc.value.code == 2 and "between 0 and 1" in capsys.readouterr().err
    assert main(["accept", "-w", root, "--min-confidence", "80%", "--outcome", "SLO99"]) == 2
    assert "SLO99: not an outcome" in capsys.readouterr().err
    assert main(["accept", "-w", root]) == 2
    assert main(["accept", "-w", root, "--min-confidence", "0.5", "--undo", "abcdef"]) == 2
    assert main(["accept", "-w", root, "--undo", "abc"]) == 2
    assert main(["accept", "-w", root, "--undo", "abcdef0123"]) == 2
    assert "no bulk action" in capsys.readouterr().err
    assert main(["accept", "-w", root, "--ignore-rest", "no-such-file.pdf"]) == 2
    assert main(["accept", "-w", str(ws_root / "missing"), "--min-confidence", "0.5"]) == 2
    with _db(ws_root) as db:
        with pytest.raises(ReviewError):
            BulkActions(db).accept(0.5, ["rcem-2021:SLO1.KC1"])  # a key capability is not an outcome
    assert _sql(ws_root, "SELECT COUNT(*) FROM review_decisions")[0][0] == 0
    # 80% is 0.8
    assert main(["accept", "-w", root, "--min-confidence", "80%", "--dry-run"]) == 0
    n = _sql(ws_root, "SELECT COUNT(*) FROM review_suggestions WHERE confidence >= 0.8")[0][0]
    assert f"would accept {n} suggestion(s)" in capsys.readouterr().out


# ---------------------------------------------------------------- the review API


@pytest.fixture
def server(ws_root):
    """(Starlette's test client of the review app, the app): requests through the whole HTTP layer (the Host
    check, the token, the body limit), without a socket; the client's address names the port the Host check
    expects."""
    from starlette.testclient import TestClient

    from pipeline.review.routes import make_app
    from pipeline.review.server import ReviewApp

    ws = Workspace.open(ws_root)
    app = ReviewApp(ws)
    with TestClient(make_app(app), base_url="http://127.0.0.1:8800") as client:
        yield client, app, ws_root
    ws.close()


def _call(client, path, token=None, body=None, headers=None):
    h = dict(headers or {})
    if token:
        h["X-CESR-Token"] = token
    if body is None:
        resp = client.get(path, headers=h)
    else:
        h.setdefault("X-Requested-With", "cesr")
        resp = client.post(path, json=body, headers=h)
    try:
        return resp.status_code, resp.json() if resp.content else None
    except ValueError:
        return resp.status_code, resp.text


def test_pack_title_and_description_through_the_api(server, caplog):
    from pipeline.pack import DescriptionStore

    client, app, root = server
    sha = _shas(root)["09"]
    status, doc = _call(client, f"/api/doc/{sha}", app.token)
    pack = doc["pack"]
    assert status == 200 and not pack["title_edited"] and pack["title"] == pack["suggested_title"]
    assert pack["title"].startswith("DOPS") and "[" not in pack["title"]
    assert pack["description"].startswith("Workplace-based assessment") and "Evidences" not in pack["description"]
    # an accepted mapping changes the suggested description, as the pack will print it
    node = doc["suggestions"][0]
    status, doc = _call(client, f"/api/doc/{sha}/decide", app.token,
                        {"version": doc["version"], "kind": "accept", "node": node["node"]})
    assert f"Evidences {node['code']}" in doc["doc"]["pack"]["description"]
    doc = doc["doc"]

    url = f"/api/doc/{sha}/describe"
    body = {"version": doc["version"], "title": "Chest drain insertion, supervised DOPS",
            "description": "  Directly observed   chest drain insertion; competent.  "}
    assert _call(client, url, None, body)[0] == 403  # no token
    assert _call(client, url, app.token, body, headers={"Host": "evil.example:80"})[0] == 403
    assert _call(client, url, app.token, body, headers={"X-Requested-With": "x"})[0] == 403
    with caplog.at_level("DEBUG"):
        status, saved = _call(client, url, app.token, body)
    assert status == 200
    assert "chest drain insertion" not in caplog.text.lower()  # no body in the logs
    pack = saved["doc"]["pack"]
    assert pack["title"] == "Chest drain insertion, supervised DOPS" and pack["title_edited"]
    assert pack["description"] == "Directly observed chest drain insertion; competent."
    assert saved["doc"]["title"] == pack["title"]  # the review's own title follows
    # a second tab on the old version: 409 and the fresh state, nothing overwritten
    status, conflict = _call(client, url, app.token, {**body, "title": "Something else"})
    assert status == 409 and conflict["doc"]["pack"]["title"] == "Chest drain insertion, supervised DOPS"
    version = saved["doc"]["version"]
    # too long: a clear error, nothing written
    status, err = _call(client, url, app.token, {"version": version, "title": "x" * 201})
    assert status == 400 and "at most 200" in err["error"]
    assert _call(client, url, app.token, {"version": version, "title": 5})[0] == 400
    # saving what is in force again writes nothing; the description back to its suggestion
    status, same = _call(client, url, app.token, {**body, "version": version})
    assert status == 200 and same["doc"]["version"] == version
    status, reset = _call(client, url, app.token, {"version": version, "description": ""})
    assert status == 200 and not reset["doc"]["pack"]["description_edited"]
    assert reset["doc"]["pack"]["description"] == reset["doc"]["pack"]["suggested_description"]
    with Workspace.open(root) as ws, DescriptionStore(ws.store_path) as store:
        row = store.row(sha)
        assert row["title"] == "Chest drain insertion, supervised DOPS" and row["description"] is None
        assert [(e["field"], e["value"], e["source"]) for e in store.edits(sha)] == [
            ("title", "Chest drain insertion, supervised DOPS", "review"),
            ("description", "Directly observed chest drain insertion; competent.", "review"),
            ("description", None, "review")]
    # an unchanged suggestion saved from a fresh document is not frozen as an edit
    other = _shas(root)["02"]
    _, doc2 = _call(client, f"/api/doc/{other}", app.token)
    status, kept = _call(client, f"/api/doc/{other}/describe", app.token,
                         {"version": doc2["version"], "title": doc2["pack"]["title"],
                          "description": doc2["pack"]["description"]})
    assert status == 200 and not kept["doc"]["pack"]["title_edited"] and kept["doc"]["version"] == doc2["version"]


def test_bulk_accept_and_undo_through_the_api(server):
    client, app, root = server
    assert _call(client, "/api/bulk", None)[0] == 403
    status, preview = _call(client, "/api/bulk/accept", app.token, {"min_confidence": 0.6, "dry_run": True})
    n = _sql(root, "SELECT COUNT(*) FROM review_suggestions WHERE confidence >= 0.6")[0][0]
    assert status == 200 and preview["result"]["decisions"] == n and preview["batches"] == []
    assert _call(client, "/api/bulk/accept", app.token, {"min_confidence": 0.6},
                 headers={"X-Requested-With": "x"})[0] == 403
    assert _call(client, "/api/bulk/accept", app.token, {"min_confidence": "lots"})[0] == 400
    assert _call(client, "/api/bulk/accept", app.token, {"min_confidence": 0.6, "outcomes": ["x:y"]})[0] == 400
    status, done = _call(client, "/api/bulk/accept", app.token, {"min_confidence": 0.6})
    batch = done["result"]["batch"]
    assert status == 200 and done["result"]["decisions"] == n and done["batches"][0]["origin"] == "review"
    assert sum(1 for v in _in_force(root).values() if v == ("accepted", "bulk", batch)) == n
    _, listed = _call(client, "/api/bulk", app.token)
    assert listed["batches"][0]["batch"] == batch and listed["batches"][0]["in_force"] == n
    status, undone = _call(client, "/api/bulk/undo", app.token, {"batch": batch})
    assert status == 200 and undone["undone"]["decisions"] == n and undone["batches"][0]["undone_at"]
    assert _in_force(root) == {}
    assert _call(client, "/api/bulk/undo", app.token, {"batch": batch})[0] == 400
    assert _call(client, "/api/bulk/nothing", app.token, {})[0] == 404
