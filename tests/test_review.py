"""Review without a browser: suggestions in the workspace, decisions, undo, two writers, learning, the server's API
and its guards. (The export round trip: test_export.py; the coverage report: test_report.py.)"""

from __future__ import annotations

import pytest

from pipeline.cli import main
from pipeline.review.decisions import Conflict, ReviewError
from pipeline.workspace import Workspace

from review_support import documents_by_name, review_db


# ---------------------------------------------------------------- suggestions in the workspace


def test_suggestions_stored_with_passages_and_versions(ws_root, model):
    from pipeline.review.compute import suggest_workspace

    docs = documents_by_name(ws_root)
    with review_db(ws_root) as db:
        rows = db.suggestions()
        versions = db.suggestion_versions()
    by_doc: dict[str, list] = {}
    for r in rows:
        by_doc.setdefault(r["sha256"], []).append(r)
    assert set(by_doc) == {d.sha256 for d in docs.values() if d.ok} and len(by_doc) == len(docs)
    for name, doc in docs.items():
        ranked = by_doc[doc.sha256]
        assert [r["rank"] for r in ranked] == list(range(1, 11))
        for r in ranked:
            assert r["node"].startswith("rcem-2021:") and 0 <= r["confidence"] <= 1
            assert r["model_id"] and r["calibrator"].startswith("platt@") and len(r["curricula_hash"]) == 16
            # the highlighted passage is the excerpt's passage in the anonymised text
            passage = " ".join(doc.text[r["passage_start"]: r["passage_end"]].split())
            assert passage.startswith(r["excerpt"].rstrip("…")), name
    assert len(set(versions.values())) == 1
    # the engine's own scores of each document's best nodes are kept for learning, by the versions that made them
    from pipeline.curriculum import load_curricula
    from pipeline.review.compute import engine_scores_key
    from pipeline.suggest import ENGINE_SCORES_KEPT

    n_nodes = sum(len(c.nodes) for c in load_curricula(["rcem-2021"]))

    model_id, _calibrator, curricula = next(iter(versions.values()))
    with review_db(ws_root) as db:
        kept = db.engine_scores(engine_scores_key({"model_id": model_id, "curricula_hash": curricula}))
        for doc in docs.values():
            ranked = [r["node"] for r in by_doc[doc.sha256]]
            scores = kept[doc.sha256]
            assert len(scores) == min(ENGINE_SCORES_KEPT, n_nodes) and set(ranked) <= set(scores)
            # nothing learned yet: the first suggestion is the engine's best node
            assert max(scores, key=scores.get) == ranked[0]

    # nothing changed: nothing is recomputed
    with Workspace.open(ws_root) as ws:
        again = suggest_workspace(ws, model=model)
    assert again.computed == 0 and again.up_to_date == len(docs)


def test_learning_from_decisions_moves_nodes_on_recompute(ws_root, model):
    from pipeline.review.compute import suggest_workspace

    docs = documents_by_name(ws_root)
    target = docs["09-dops-chest-drain.pdf"].sha256
    others = [docs[n].sha256 for n in ("02-discharge-summary-sepsis.txt", "18-rota-middle-grade-aug2025.txt")]
    with review_db(ws_root) as db:
        before = db.suggestions(target)
        top, third = before[0]["node"], before[2]["node"]
        version = db.version(target)
        version, _ = db.decide(target, version, "reject", top)
        db.decide(target, version, "accept", third)
        for sha in others:  # the doctor has reviewed a few documents
            first = db.suggestions(sha)[0]["node"]
            db.decide(sha, db.version(sha), "accept", first)
    with Workspace.open(ws_root) as ws:
        report = suggest_workspace(ws, model=model, documents=[target])
    assert report.learned_from == 3 and report.computed == 1
    with review_db(ws_root) as db:
        after = {r["node"]: r["rank"] for r in db.suggestions(target)}
        # decisions are kept across recomputation
        verdicts = {d["node"]: d["verdict"] for d in db.current_decisions(target)}
    assert verdicts == {top: "rejected", third: "accepted"}
    # the node accepted on this document now ranks above the one rejected on it
    assert after.get(third, 99) < after.get(top, 99), after


# ---------------------------------------------------------------- decisions


def test_decide_undo_and_two_writers(ws_root):
    doc = documents_by_name(ws_root)["10-minicex-chest-pain.docx"]
    with review_db(ws_root) as a, review_db(ws_root) as b:  # two tabs: two connections
        sugg = a.suggestions(doc.sha256)
        first, second = sugg[0], sugg[1]
        seen = a.version(doc.sha256)
        v1, accept_action = a.decide(doc.sha256, seen, "accept", first["node"])
        # tab B still shows version `seen`: its write is refused, nothing is overwritten
        with pytest.raises(Conflict):
            b.decide(doc.sha256, seen, "reject", first["node"])
        assert {d["node"]: d["verdict"] for d in a.current_decisions(doc.sha256)} == {first["node"]: "accepted"}
        # B reloads (fresh version) and goes on
        v2, _ = b.decide(doc.sha256, b.version(doc.sha256), "reject", second["node"])
        assert v2 == v1 + 1

        # recorded with time, model, curriculum and calibrator versions, and the confidence at the time
        rec = next(d for d in a.current_decisions(doc.sha256) if d["node"] == first["node"])
        assert rec["confidence"] == pytest.approx(first["confidence"]) and rec["rank"] == 1
        assert rec["model_id"] == first["model_id"] and rec["calibrator"] == first["calibrator"]
        assert rec["curricula_hash"] == first["curricula_hash"] and rec["decided_at"].startswith("20")
        assert rec["excerpt"] == first["excerpt"] and rec["passage_start"] == first["passage_start"]

        # change of mind then undo: the earlier verdict is in force again
        v3, _ = a.decide(doc.sha256, v2, "reject", first["node"])
        v4, _ = a.undo(doc.sha256, v3)
        assert {d["node"]: d["verdict"] for d in a.current_decisions(doc.sha256)}[first["node"]] == "accepted"
        # any decision can be undone, not only the last one
        v5, _ = a.undo(doc.sha256, v4, accept_action)
        assert first["node"] not in {d["node"] for d in a.current_decisions(doc.sha256)}
        # change capability: the suggestion is rejected, the chosen node confirmed with the same passage
        v6, _ = a.decide(doc.sha256, v5, "change", first["node"], new_node="rcem-2021:SLO1.KC1")
        current = {d["node"]: d for d in a.current_decisions(doc.sha256)}
        assert current[first["node"]]["verdict"] == "rejected"
        added = current["rcem-2021:SLO1.KC1"]
        assert added["replaces"] == first["node"] and added["excerpt"] == first["excerpt"]
        # a mapping the tool missed, with the passage the doctor selected
        text = doc.text
        a.decide(doc.sha256, v6, "add", "rcem-2021:SLO9.KC3", excerpt=text[10:80], start=10, end=80)
        added = {d["node"]: d for d in a.current_decisions(doc.sha256)}["rcem-2021:SLO9.KC3"]
        assert added["verdict"] in ("added", "accepted") and added["passage_start"] == 10
        with pytest.raises(ReviewError):
            a.decide(doc.sha256, a.version(doc.sha256), "accept", "rcem-2021:NOPE")
        # nothing is ever deleted: the log keeps every row
        n = a.db.execute("SELECT COUNT(*) FROM review_decisions WHERE sha256 = ?", (doc.sha256,)).fetchone()[0]
        assert n == 6


# ---------------------------------------------------------------- the server's API and guards


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
        yield client, app
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


def test_server_token_guards_and_conflicts(server):
    client, app = server
    assert _call(client, "/api/meta")[0] == 403
    assert _call(client, "/api/meta", token="wrong")[0] == 403
    assert _call(client, "/", token=None)[0] == 403
    assert _call(client, "/api/meta", token=app.token, headers={"Host": "evil.example:80"})[0] == 403
    status, meta = _call(client, "/api/meta", token=app.token)
    assert status == 200 and len(meta["outcomes"]) == 12 and meta["unsuggested"] == 0

    status, queue = _call(client, "/api/queue?sort=date&order=asc", token=app.token)
    dates = [it["date"] for it in queue["items"]]
    assert status == 200 and dates == sorted(dates) and queue["progress"]["to review"] == 22
    _, by_conf = _call(client, "/api/queue?sort=confidence", token=app.token)
    confs = [it["confidence"] for it in by_conf["items"]]
    assert confs == sorted(confs, reverse=True)
    _, dops_only = _call(client, "/api/queue?type=wpba_dops", token=app.token)
    assert [it["title"] for it in dops_only["items"]] == ["09 DOPS chest drain"]
    _, slo10 = _call(client, "/api/queue?outcome=rcem-2021:SLO10", token=app.token)
    assert 0 < len(slo10["items"]) <= 22

    sha = dops_only["items"][0]["sha256"]
    status, doc = _call(client, f"/api/doc/{sha}", token=app.token)
    assert status == 200 and doc["text"] and len(doc["suggestions"]) == 10 and doc["version"] >= 1
    node = doc["suggestions"][0]["node"]
    url = f"/api/doc/{sha}/decide"
    # a write without the custom header (as a cross-site form would send) is refused
    assert _call(client, url, app.token, {"version": doc["version"], "kind": "accept", "node": node},
                 headers={"X-Requested-With": "x"})[0] == 403
    status, ok = _call(client, url, app.token, {"version": doc["version"], "kind": "accept", "node": node})
    assert status == 200 and ok["doc"]["suggestions"][0]["verdict"] == "accepted"
    # the second tab, still on the old version: 409 and the fresh state, nothing overwritten
    status, conflict = _call(client, url, app.token, {"version": doc["version"], "kind": "reject", "node": node})
    assert status == 409 and conflict["doc"]["suggestions"][0]["verdict"] == "accepted"
    status, undone = _call(client, f"/api/doc/{sha}/undo", app.token, {"version": conflict["doc"]["version"]})
    assert status == 200 and undone["doc"]["suggestions"][0]["verdict"] is None
    assert _call(client, url, app.token, {"version": undone["doc"]["version"], "kind": "accept", "node": "x:y"})[0] == 400
    assert _call(client, f"/api/doc/{'0' * 64}", token=app.token)[0] == 404
    assert _call(client, "/static/../server.py", token=app.token)[0] == 404


def test_suggest_cli_workspace_branch_and_errors(tmp_path, sample_dir, capsys):
    ws = tmp_path / "ws"
    assert main(["init", str(ws), "-c", "rcem-2021"]) == 0
    # an empty workspace: nothing to suggest
    assert main(["suggest", "--workspace", str(ws), "--no-progress"]) == 1
    # PATH and --workspace together, or PATH without --curriculum: usage errors
    assert main(["suggest", str(sample_dir), "--workspace", str(ws)]) == 2
    assert main(["suggest", str(sample_dir)]) == 2
    assert main(["suggest", "--workspace", str(tmp_path / "nowhere")]) == 2
    assert main(["add", str(sample_dir / "18-rota-middle-grade-aug2025.txt"), "-w", str(ws), "--workers", "1",
                 "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["suggest", "--workspace", str(ws), "--top-k", "5", "--no-progress"]) == 0
    assert "suggestions computed for 1 document" in capsys.readouterr().out
    with review_db(ws) as db:
        assert len(db.suggestions()) == 5
