"""The review app's HTTP layer: uvicorn on 127.0.0.1, the token hand-over, the Host check, the logs, the body
limit, the paged queue, and its OpenAPI description (every route described; schemathesis finds no 500).

A small real workspace built without the model (:func:`review_support.synthetic_workspace`).
"""

from __future__ import annotations

import logging
import re

import httpx
import pytest
from hypothesis import HealthCheck, Phase, settings

import schemathesis
from pipeline.workspace import Workspace

from review_support import ROOT, synthetic_workspace

N_DOCS = 30


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    """(server, workspace root) of the review app served by uvicorn on 127.0.0.1 in a thread."""
    from pipeline.review.server import ReviewApp, make_server

    root = synthetic_workspace(tmp_path_factory.mktemp("review-http") / "ws", N_DOCS)
    ws = Workspace.open(root)
    server = make_server(ReviewApp(ws), 0).start()
    yield server, root
    server.stop()
    ws.close()


def _client(server, **kwargs) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, timeout=60, **kwargs)


def test_bound_to_localhost_only(running):
    from pipeline.review.server import make_server

    server, _ = running
    assert server.socket.getsockname()[0] == "127.0.0.1"
    with pytest.raises(ValueError, match="only listens on 127.0.0.1"):
        make_server(server.review, 0, host="0.0.0.0")


def test_token_handover_cookie_host_check_and_no_token_in_logs(running, caplog):
    server, _ = running
    token = server.review.token
    with caplog.at_level(logging.DEBUG):
        with _client(server) as client:
            assert client.get("/api/meta").status_code == 403
            assert client.get("/").status_code == 403
            assert client.get("/?token=wrong").status_code == 403
            # the printed address: the token becomes an HttpOnly, SameSite=Strict cookie; the address loses it
            handover = client.get(f"/?token={token}")
            assert handover.status_code == 303 and handover.headers["location"] == "/"
            cookie = handover.headers["set-cookie"]
            assert cookie.startswith(f"cesr_token={token};") and "HttpOnly" in cookie and "samesite=strict" in cookie.lower()
            page = client.get("/")  # the cookie now
            assert page.status_code == 200 and "<script" in page.text
            assert page.headers["cache-control"] == "no-store" and page.headers["x-frame-options"] == "DENY"
            assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
            assert client.get("/static/app.js").status_code == 200
            assert client.get("/static/../server.py").status_code == 404
            assert client.get("/api/meta").json()["workspace"] == "ws"
            # a page of another site that resolves its name to 127.0.0.1 (DNS rebinding): refused, even with the token
            assert client.get("/api/meta", headers={"Host": f"evil.example:{server.port}"}).status_code == 403
            assert client.get("/api/meta", headers={"Host": "127.0.0.1:1"}).status_code == 403
            assert client.get("/api/meta", headers={"Host": f"localhost:{server.port}"}).status_code == 200
            assert client.get("/favicon.ico").status_code == 204
    access = [r.getMessage() for r in caplog.records if r.name == "uvicorn.access"]
    assert any('"GET / HTTP/1.1" 303' in line for line in access), access  # the access log ran...
    server_logs = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records
                             if r.name.startswith(("uvicorn", "cesr")))  # (httpx, the client here, logs its URLs)
    assert token not in server_logs and "token=" not in server_logs  # ...and never printed the token


def test_writes_need_the_header_and_stay_under_the_body_limit(running, caplog):
    server, root = running
    headers = {"X-CESR-Token": server.review.token}
    sha = f"{2:064x}"
    with _client(server, headers=headers) as client:
        doc = client.get(f"/api/doc/{sha}").json()
        url = f"/api/doc/{sha}/title"
        body = {"version": doc["version"], "title": "Chest drain, the secret title"}
        assert client.post(url, json=body).status_code == 403  # no X-Requested-With: a cross-site form
        headers = {"X-Requested-With": "cesr"}
        big = {**body, "title": "x" * 70_000}
        assert client.post(url, json=big, headers=headers).status_code == 413
        assert client.post(url, content=b"{not json", headers=headers).json() == {"error": "the body must be JSON"}
        with caplog.at_level(logging.DEBUG):
            saved = client.post(url, json=body, headers=headers)
        assert saved.status_code == 200 and saved.json()["doc"]["title"] == body["title"]
        assert "secret title" not in caplog.text  # no body in the logs (the server's nor the client's)
        stale = client.post(url, json={**body, "title": "another tab"}, headers=headers)
        assert stale.status_code == 409 and stale.json()["doc"]["title"] == body["title"]
        assert client.get(f"/api/doc/{'0' * 64}").status_code == 404
        assert client.get("/api/doc/not-a-sha").status_code == 404


def test_the_queue_is_paged(running):
    server, _ = running
    with _client(server, headers={"X-CESR-Token": server.review.token}) as client:
        whole = client.get("/api/queue", params={"limit": N_DOCS, "sort": "date", "order": "asc"}).json()
        assert whole["total"] == N_DOCS and len(whole["items"]) == N_DOCS
        dates = [it["date"] for it in whole["items"]]
        assert dates == sorted(dates)
        pages = [client.get("/api/queue", params={"limit": 7, "offset": o, "sort": "date", "order": "asc"}).json()
                 for o in range(0, N_DOCS, 7)]
        assert [it["sha256"] for p in pages for it in p["items"]] == [it["sha256"] for it in whole["items"]]
        assert {p["total"] for p in pages} == {N_DOCS} and pages[1]["offset"] == 7 and pages[1]["limit"] == 7
        assert client.get("/api/queue", params={"offset": N_DOCS}).json()["items"] == []
        progress = whole["progress"]
        assert progress["documents"] == N_DOCS and progress["reviewed"] == 5 and progress["confirmed"] == 8
        reviewed = client.get("/api/queue", params={"state": "reviewed", "limit": 2}).json()
        assert reviewed["total"] == 5 and len(reviewed["items"]) == 2
        assert all(it["state"] == "reviewed" for it in reviewed["items"])
        by_conf = client.get("/api/queue").json()
        assert len(by_conf["items"]) == N_DOCS and by_conf["limit"] == 200  # the default page holds them all
        confs = [it["confidence"] for it in by_conf["items"]]
        assert confs == sorted(confs, reverse=True)
        first = by_conf["items"][0]
        assert first["top"]["confidence"] == first["confidence"] and first["suggestions"] == 5
        for bad in ({"limit": 0}, {"limit": 10_001}, {"limit": "ten"}, {"offset": -1}):
            answer = client.get("/api/queue", params=bad)
            assert answer.status_code == 400 and answer.json()["error"], bad


def test_the_openapi_description_names_every_route(running):
    from starlette.routing import Route

    from pipeline.review.openapi import openapi_document
    from pipeline.review.routes import make_app

    app = make_app(running[0].review)
    served = set()
    for route in app.routes:
        if isinstance(route, Route) and route.path.startswith("/api/"):
            for method in route.methods - {"HEAD"}:
                served.add((re.sub(r"\{(\w+):\w+\}", r"{\1}", route.path), method.lower()))
    document = openapi_document()
    described = {(path, method) for path, ops in document["paths"].items() for method in ops}
    assert served == described
    assert document["openapi"].startswith("3.1")


def _operations() -> list:
    from pipeline.review.openapi import openapi_document

    schema = schemathesis.openapi.from_dict(openapi_document())
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("operation", _operations(), ids=lambda op: op.label)
def test_the_api_answers_generated_requests_without_a_server_error(operation, running):
    """Schemathesis generates paths, queries and bodies from the description (12 per operation, a real server):
    never a 500, and every answer's status, content type and body as the description says."""
    from hypothesis import given
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                                   status_code_conformance)

    server, _ = running

    @given(case=operation.as_strategy())
    @settings(max_examples=12, deadline=None, phases=[Phase.explicit, Phase.generate], database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(base_url=server.base_url, headers={"X-CESR-Token": server.review.token},
                               checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                       response_schema_conformance])

    run()


def _start_cesr_review(root):
    """``cesr review`` on ``root`` in its own process, once it has printed its address: (process, base URL,
    token)."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "review", "--workspace", str(root)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    line = proc.stdout.readline()
    if " at http://127.0.0.1:" not in line:
        proc.kill()
        raise AssertionError(line + proc.stderr.read())
    base, token = line.split(" at ", 1)[1].split()[0].split("/?token=")
    return proc, base, token


def test_cesr_review_prints_the_address_and_stops_cleanly_on_ctrl_c(tmp_path):
    import signal

    proc, base, token = _start_cesr_review(synthetic_workspace(tmp_path / "ws", 3))
    try:
        with httpx.Client(base_url=base, timeout=60, follow_redirects=True) as client:
            assert client.get(f"/?token={token}").status_code == 200  # redirected to the app, with the cookie
            assert client.get("/api/queue").json()["total"] == 3
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill() if proc.poll() is None else None
    assert proc.returncode == 0, err
    assert "review server stopped" in out and "Traceback" not in err and token not in err


def test_a_tab_closed_mid_request_leaves_no_traceback_and_the_server_answers(tmp_path):
    """A tab closed while a request is under way: the server's terminal shows no traceback (BrokenPipe,
    ConnectionReset, a body cut short) and the next request is answered."""
    import signal
    import socket
    import struct
    import time

    proc, base, token = _start_cesr_review(synthetic_workspace(tmp_path / "ws", 400))
    try:
        port = int(base.rsplit(":", 1)[1])
        head = f"Host: 127.0.0.1:{port}\r\nCookie: cesr_token={token}\r\n"

        def reset(sock: socket.socket) -> None:  # closed as a killed tab's connection is: RST, nothing read
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()

        for path in ("/api/queue?limit=400", "/static/app.js", "/api/openapi.json"):  # large answers, unread
            for wait in (0.0, 0.2):
                sock = socket.socket()
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
                sock.connect(("127.0.0.1", port))
                sock.sendall(f"GET {path} HTTP/1.1\r\n{head}\r\n".encode())
                time.sleep(wait)
                reset(sock)
        # a decision whose body never arrives in full
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(f"POST /api/doc/{1:064x}/title HTTP/1.1\r\n{head}X-Requested-With: cesr\r\n"
                     f"Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{{\"title\": \"Chest".encode())
        time.sleep(0.3)
        reset(sock)
        time.sleep(1.0)
        with httpx.Client(base_url=base, timeout=60, headers={"X-CESR-Token": token}) as client:
            assert client.get("/api/meta").status_code == 200  # still answering
            assert client.get("/api/queue").json()["total"] == 400
            doc = client.get(f"/api/doc/{1:064x}").json()
            assert doc["title"] == doc["default_title"]  # half a body decided nothing
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill() if proc.poll() is None else None
    assert "Traceback" not in err and "Error" not in err, err
    assert "review server stopped" in out
