"""The review screen says "Probably evidences nothing in <curriculum>" for a car-park notice, not for a DOPS.

Debian's chromium driven by Playwright, the real server over a real workspace (corpora/sample plus the notice,
suggestions by the real model and the shipped "none of these" model).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.workspace import Workspace

from review_support import base_workspace, copy_workspace, require_chromium

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

require_chromium()

NOTICE = ("NOTICE TO ALL STAFF: CAR PARK C CLOSURE\nCar Park C will be closed from Monday 12 February to Friday "
          "1 March for resurfacing. Staff holding a C permit may park in the multi-storey (levels 3 and 4). "
          "The park-and-ride bus from Westfield will run every 15 minutes. Queries to the Estates helpdesk.")


def test_document_view_shows_probably_nothing(browser, tmp_path_factory, tmp_path, model):
    from pipeline.ingest import IngestSettings
    from pipeline.review.compute import suggest_workspace
    from pipeline.review.server import ReviewApp, make_server, url_of

    root = copy_workspace(base_workspace(tmp_path_factory, model), tmp_path / "ws")
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "car-park.txt").write_text(NOTICE)
    ws = Workspace.open(root)
    ws.add([tmp_path / "new"], IngestSettings(workers=1))
    suggest_workspace(ws, model=model)
    docs = {Path(d.path).name: d.sha256 for d in ws.store.documents(include_text=False)}
    app = ReviewApp(ws)
    server = make_server(app, 0).start()  # uvicorn on 127.0.0.1, in a thread
    errors: list[str] = []
    try:
        page = browser.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(url_of(server, app) + f"#doc={docs['car-park.txt']}")
        expect(page.locator("#doc-title")).to_contain_text("car park", ignore_case=True)
        banner = page.locator("#doc-none .none-of-these")
        expect(banner).to_have_count(1)
        expect(banner).to_contain_text("Probably evidences nothing in")
        expect(banner).to_have_attribute("data-curriculum", "rcem-2021")
        page.goto(url_of(server, app) + f"#doc={docs['09-dops-chest-drain.pdf']}")
        page.reload()
        expect(page.locator("#doc-title")).to_contain_text("DOPS", ignore_case=True)
        expect(page.locator("#suggestions li.sugg").first).to_be_visible()
        expect(page.locator("#doc-none")).to_be_hidden()
        page.close()
    finally:
        server.stop()
        ws.close()
    assert errors == []
