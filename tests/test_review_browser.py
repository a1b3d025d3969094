"""The review screen and the report in a real browser: Debian's chromium driven by Playwright.

The server is the real one (a thread, a free port on 127.0.0.1) over a real workspace (corpora/sample read
by 'cesr add', suggestions by the real model).  `make test` installs chromium when it is missing
(`make browser`); without it these tests are skipped, except on CI where they fail.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from pipeline.review.decisions import ReviewDB
from pipeline.workspace import Workspace

from review_support import base_workspace, copy_workspace, require_chromium, sample_labels


playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

require_chromium()


@pytest.fixture
def review(tmp_path_factory, tmp_path, model):
    """(address with token, workspace root, app) of a running review server."""
    from pipeline.review.server import ReviewApp, make_server, url_of

    root = copy_workspace(base_workspace(tmp_path_factory, model), tmp_path / "ws")
    ws = Workspace.open(root)
    app = ReviewApp(ws, model=model)  # the picker's search uses the session's model, not a second copy
    server = make_server(app, 0).start()  # uvicorn on 127.0.0.1, in a thread
    yield url_of(server, app), root, app
    server.stop()


def _verdicts(root: Path, sha: str) -> dict[str, str]:
    with ReviewDB(Workspace.open(root).store_path) as db:
        return {d["node"]: d["verdict"] for d in db.current_decisions(sha)}


def _page(browser, errors: list):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page


def test_accept_with_the_keyboard_survives_a_reload(browser, review):
    url, root, app = review
    errors: list[str] = []
    page = _page(browser, errors)
    page.goto(url)
    page.wait_for_selector("#suggestions li.sugg")
    assert "token=" not in page.url  # the token went into a cookie, out of the address bar and history
    assert page.locator("footer#keys").inner_text().count("accept") == 1  # keyboard hints on screen
    first = page.locator("#suggestions li.sugg").first
    node = first.get_attribute("data-node")
    sha = page.evaluate("location.hash").split("=", 1)[1]
    title = page.locator("#doc-title").inner_text()
    assert page.locator("#doc-text mark.current").count() >= 1  # the selected suggestion's passage

    with page.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200):
        page.keyboard.press("a")
    page.wait_for_selector(f"#suggestions li[data-node='{node}'] .verdict.accepted")
    assert _verdicts(root, sha) == {node: "accepted"}

    page.reload()
    page.wait_for_selector(f"#suggestions li[data-node='{node}'] .verdict.accepted")
    assert page.evaluate("location.hash").endswith(sha)  # the same document after the reload
    assert "token=" not in page.url
    progress = page.locator("#progress-text").inner_text()
    assert "1 mappings confirmed" in progress or "1 mapping" in progress

    # undo from the keyboard, then reject and move on with n (document marked reviewed)
    with page.expect_response(lambda r: r.url.endswith("/undo") and r.status == 200):
        page.keyboard.press("u")
    page.wait_for_selector(f"#suggestions li[data-node='{node}'] .verdict.accepted", state="detached")
    assert _verdicts(root, sha) == {}
    with page.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200):
        page.keyboard.press("r")
    page.keyboard.press("n")  # other suggestions shown are undecided: asked, Enter ignores the rest
    expect(page.locator("#confirm")).to_be_visible()
    with page.expect_response(lambda r: r.url.endswith("/reviewed") and r.status == 200):
        page.keyboard.press("Enter")
    expect(page.locator("#doc-title")).not_to_have_text(title)  # the next document is on screen
    verdicts = _verdicts(root, sha)
    assert verdicts[node] == "rejected" and set(verdicts.values()) == {"rejected"}
    assert errors == []


def test_two_tabs_do_not_lose_each_others_work(browser, review):
    url, root, app = review
    errors: list[str] = []
    a, b = _page(browser, errors), _page(browser, errors)
    a.goto(url)
    a.wait_for_selector("#suggestions li.sugg")
    sha = a.evaluate("location.hash").split("=", 1)[1]
    b.goto(f"{url}#doc={sha}")
    b.wait_for_selector("#suggestions li.sugg")
    nodes = a.locator("#suggestions li.sugg").evaluate_all("els => els.map(e => e.dataset.node)")

    with a.expect_response(lambda r: r.url.endswith("/decide")):
        a.keyboard.press("a")  # tab A accepts the first suggestion
    # tab B, still showing the old version, rejects the first suggestion: refused, B reloads with A's work
    with b.expect_response(lambda r: r.url.endswith("/decide") and r.status == 409):
        b.keyboard.press("r")
    b.wait_for_selector("#toast:not([hidden])")
    assert "another tab" in b.locator("#toast").inner_text()
    b.wait_for_selector(f"#suggestions li[data-node='{nodes[0]}'] .verdict.accepted")
    # B goes on with a fresh version: both decisions are kept
    b.locator(f"#suggestions li[data-node='{nodes[1]}']").click()
    with b.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200):
        b.keyboard.press("r")
    assert _verdicts(root, sha) == {nodes[0]: "accepted", nodes[1]: "rejected"}
    assert errors == []


def test_change_and_add_with_the_curriculum_search(browser, review):
    url, root, app = review
    errors: list[str] = []
    page = _page(browser, errors)
    page.goto(url)
    page.wait_for_selector("#suggestions li.sugg")
    dops = page.locator("#queue li", has_text="DOPS chest drain")
    dops.click()
    expect(page.locator("#doc-title")).to_contain_text("DOPS")
    sha = page.evaluate("location.hash").split("=", 1)[1]
    first = page.locator("#suggestions li.sugg").first.get_attribute("data-node")

    # c: right passage, wrong capability -> search for another key capability (one that is not the first
    # suggestion: the engine may already put SLO6.KC3 first for this DOPS)
    target, query = "rcem-2021:SLO6.KC3", "supervise colleagues procedural"
    if first == target:
        target, query = "rcem-2021:SLO6.KC2", "psychomotor skills procedures"
    page.keyboard.press("c")
    page.wait_for_selector("#picker:not([hidden])")
    page.keyboard.type(query)
    expect(page.locator("#picker-list li").first).to_contain_text(target.split(":")[1])  # the server's search answered
    with page.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200):
        page.keyboard.press("Enter")
    verdicts = _verdicts(root, sha)
    assert verdicts[first] == "rejected" and verdicts[target] in ("accepted", "added")
    # the answer is on screen (it re-renders the text) before a passage is selected in it, as a reader would wait
    expect(page.locator(f'#suggestions li.sugg[data-node="{first}"]')).to_have_class(re.compile(r"\bv-rejected\b"))

    # m with a passage selected in the text: the mapping the tool missed keeps it as the excerpt
    start = page.evaluate("""() => {
        const span = document.querySelector('#doc-text span[data-off]');
        const r = document.createRange(); r.setStart(span.firstChild, 0); r.setEnd(span.firstChild, Math.min(40, span.firstChild.length));
        const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
        return +span.dataset.off;
    }""")
    page.keyboard.press("m")
    page.wait_for_selector("#picker:not([hidden])")
    assert "Supporting excerpt" in page.locator("#picker-note").inner_text()
    page.keyboard.type("SLO11.KC2")
    with page.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200):
        page.keyboard.press("Enter")
    with ReviewDB(Workspace.open(root).store_path) as db:
        added = {d["node"]: d for d in db.current_decisions(sha)}["rcem-2021:SLO11.KC2"]
    assert added["passage_start"] == start and added["passage_end"] > start and added["excerpt"]
    page.wait_for_selector("#others li")
    assert errors == []


def test_report_renders(browser, review, tmp_path):
    from PIL import Image, ImageStat

    from pipeline.curriculum import load_curriculum
    from pipeline.report_html import write_report

    url, root, app = review
    labels = sample_labels()
    with Workspace.open(root) as ws, ReviewDB(ws.store_path) as db:
        for doc in ws.store.documents():
            for node in labels.get(Path(doc.path).name, [])[:2]:
                db.decide(doc.sha256, db.version(doc.sha256), "add", node)
        write_report(ws, tmp_path / "report")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto((tmp_path / "report" / "index.html").as_uri())
    page.wait_for_selector("table.heat")
    text = page.inner_text("body")
    for outcome in load_curriculum("rcem-2021").outcomes:
        assert outcome.code in text
    for key in ("Portfolio coverage report", "Gaps and weak spots", "Heatmap", "documents in the application",
                "pages of evidence", "Amara Okafor"):
        assert key in text
    assert page.locator("img.chart").evaluate("img => img.naturalWidth") > 300  # the chart decoded
    shot = page.screenshot(full_page=True)
    image = Image.open(io.BytesIO(shot)).convert("L")
    assert image.size[1] > 1000 and ImageStat.Stat(image).stddev[0] > 20  # not a blank page


def test_a_long_queue_is_fetched_a_page_at_a_time(browser, tmp_path):
    """130 documents: the list shows the first 100, the rest come on scrolling to its end; 's' (skip) past the last
    one shown fetches the next page; 'n' (done and next) looks beyond the pages fetched."""
    from pipeline.review.server import ReviewApp, make_server

    from review_support import synthetic_workspace

    root = synthetic_workspace(tmp_path / "ws", 130)
    ws = Workspace.open(root)
    server = make_server(ReviewApp(ws), 0).start()
    try:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        queues = []
        page.on("request", lambda r: queues.append(r.url) if "/api/queue" in r.url else None)
        page.goto(server.url)
        items = page.locator("#queue li[data-sha]")
        expect(items).to_have_count(100)
        expect(page.locator("#queue-count")).to_have_text("130 document(s) in this view · 100 shown")
        assert all("limit=100" in u and "offset=0" in u for u in queues), queues
        # the app opens the first document once the queue is shown and scrolls the list to it: scroll after that, as
        # a user would (scrolled before it, the list was put back to its top and stayed at 100 on a loaded machine)
        expect(page.locator("#queue li.current")).to_have_count(1)
        page.locator("#queue").evaluate("q => { q.scrollTop = q.scrollHeight; }")
        expect(items).to_have_count(130, timeout=30_000)
        expect(page.locator("#queue-count")).to_have_text("130 document(s) in this view")
        expect(page.locator("#queue-more")).to_have_count(0)
        assert any("offset=100" in u for u in queues), queues
        # a filter starts again from the first page; skipping past the last document shown fetches more
        page.select_option("#sort", "title")
        expect(page.locator("#queue-count")).to_have_text("130 document(s) in this view · 100 shown")
        items.nth(99).click()
        expect(page.locator("#queue li.current")).to_have_attribute("data-sha", items.nth(99).get_attribute("data-sha"))
        page.keyboard.press("s")
        expect(items).to_have_count(130)
        expect(page.locator("#queue li.current")).to_have_attribute("data-sha", items.nth(100).get_attribute("data-sha"))
        page.close()
    finally:
        server.stop()
        ws.close()


def test_a_scroll_while_the_first_document_opens_keeps_its_place(browser, tmp_path):
    """The app opens the first document once the queue is shown; a doctor who has scrolled the list meanwhile keeps
    their place (the list is not put back to the document at its top)."""
    from pipeline.review.server import ReviewApp, make_server

    from review_support import synthetic_workspace

    root = synthetic_workspace(tmp_path / "ws", 60)
    ws = Workspace.open(root)
    server = make_server(ReviewApp(ws), 0).start()
    held = []
    try:
        page = browser.new_page(viewport={"width": 1280, "height": 700})
        # hold the first document's reading until the list has been scrolled
        page.route(re.compile(r".*/api/doc/[0-9a-f]{64}(\?.*)?$"),
                   lambda route: held.append(route) if not held else route.continue_())
        page.goto(server.url)
        expect(page.locator("#queue li[data-sha]")).to_have_count(60)
        page.wait_for_function("() => true")  # let the held request reach the route
        assert held, "the first document was not asked for"
        page.locator("#queue").evaluate("q => { q.scrollTop = q.scrollHeight; }")
        top = page.locator("#queue").evaluate("q => q.scrollTop")
        assert top > 0
        held[0].continue_()
        expect(page.locator("#queue li.current")).to_have_count(1)
        expect(page.locator("#doc-title")).not_to_be_empty()
        assert page.locator("#queue").evaluate("q => q.scrollTop") == top
        # a document the doctor opens is still brought into view
        page.locator("#queue li[data-sha]").nth(59).click()
        expect(page.locator("#queue li.current")).to_have_attribute(
            "data-sha", page.locator("#queue li[data-sha]").nth(59).get_attribute("data-sha"))
        page.close()
    finally:
        server.stop()
        ws.close()
