"""The review screen's flow in a real browser (Debian's chromium driven by Playwright): one undo for every kind of
action, in order; which suggestions are shown and when a document is done; the layout from 1024 px up.

The server is the real one (a thread, a free port on 127.0.0.1) over a real workspace: a few synthetic documents
stored as ``cesr add`` and ``cesr suggest`` store them (seeded confidences), so the tests need no OCR.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from pipeline.review.decisions import ReviewDB
from pipeline.workspace import Workspace

from review_support import require_chromium, synthetic_workspace

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

require_chromium()


@pytest.fixture
def served(tmp_path, model):
    """(address with token, workspace root, app) of a running review server over 6 synthetic documents."""
    from pipeline.review.server import ReviewApp, make_server

    root = synthetic_workspace(tmp_path / "ws", 6)
    ws = Workspace.open(root)
    app = ReviewApp(ws, model=model)  # the picker's search uses the session's model, not a second copy
    server = make_server(app, 0).start()
    yield server.url, root, app
    server.stop()
    ws.close()


def _verdicts(root: Path, sha: str) -> dict[str, str]:
    with ReviewDB(Workspace.open(root).store_path) as db:
        return {d["node"]: d["verdict"] for d in db.current_decisions(sha)}


def _page(browser, errors: list, width: int = 1440, height: int = 900):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page


def _open(page, url: str) -> str:
    page.goto(url)
    page.wait_for_selector("#suggestions li.sugg")
    return page.evaluate("location.hash").split("=", 1)[1]


def _post(page):
    """Wait for the next write the page sends (any kind)."""
    return page.expect_response(lambda r: r.request.method == "POST" and "/api/" in r.url)


def test_undo_takes_back_the_last_action_of_any_kind_in_order(browser, served):
    """Change capability, then edit the title (t), then u: the title edit is undone, not the decision before it
    (issue 19 #3); u again undoes the change; the toast names what was undone."""
    url, root, app = served
    errors: list[str] = []
    page = _page(browser, errors)
    sha = _open(page, url)
    changed = page.locator("#suggestions li.sugg.selected").get_attribute("data-node")
    target = "rcem-2021:SLO6.KC3" if changed != "rcem-2021:SLO6.KC3" else "rcem-2021:SLO6.KC2"

    page.keyboard.press("c")
    page.wait_for_selector("#picker:not([hidden])")
    page.keyboard.type(target.split(":")[1])
    expect(page.locator("#picker-list li").first).to_have_attribute("data-node", target)
    with page.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200):
        page.keyboard.press("Enter")
    after_change = {changed: "rejected", target: "added"}
    assert _verdicts(root, sha) == after_change
    suggested_title = app.document(sha)["pack"]["suggested_title"]

    page.keyboard.press("t")
    expect(page.locator("#pack-title")).to_be_focused()
    page.keyboard.type("Chest drain DOPS with the consultant")
    with page.expect_response(lambda r: r.url.endswith("/describe") and r.status == 200):
        page.keyboard.press("Enter")
    assert app.document(sha)["pack"]["title"] == "Chest drain DOPS with the consultant"

    with _post(page):
        page.keyboard.press("u")
    assert _verdicts(root, sha) == after_change  # the change of capability before the title edit is in force...
    pack = app.document(sha)["pack"]
    assert not pack["title_edited"] and pack["title"] == suggested_title  # ...and the title edit is gone
    expect(page.locator("#toast")).to_have_text("Undid: title edit")
    expect(page.locator("#pack-title")).to_have_value(suggested_title)

    with _post(page):
        page.keyboard.press("u")
    expect(page.locator("#toast")).to_have_text(f"Undid: change capability {changed.split(':')[1]} → {target.split(':')[1]}")
    assert _verdicts(root, sha) == {}
    page.keyboard.press("u")
    expect(page.locator("#toast")).to_contain_text("Nothing to undo")
    assert errors == []


def _reviewed(app, sha: str) -> bool:
    return app.document(sha)["reviewed"]


def _exported(root: Path, sha: str) -> dict | None:
    from pipeline.export import build_export

    with Workspace.open(root) as ws:
        return next((d for d in build_export(ws)["documents"] if d["sha256"] == sha), None)


def test_marking_a_document_with_no_decision_asks_first(browser, served):
    """n on a document with no decision opens the page's own confirm box (issue 19 #2): Esc leaves it as it was;
    Enter ignores the rest (the suggestions shown are rejected, those hidden stay undecided) and marks it reviewed,
    which an export shows as rejections, as 'ignore the rest' always did; u takes both back."""
    url, root, app = served
    errors: list[str] = []
    page = _page(browser, errors)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    with ReviewDB(Workspace.open(root).store_path) as db:
        db.set_setting("min_confidence", 0.5)  # the doctor's threshold: some of the seeded suggestions are below it
    sha = _open(page, url)
    title = page.locator("#doc-title").inner_text()
    assert _verdicts(root, sha) == {}

    page.keyboard.press("n")
    box = page.locator("#confirm")
    expect(box).to_be_visible()
    expect(box).to_contain_text("No decision on this document yet")
    page.keyboard.press("Escape")
    expect(box).to_be_hidden()
    assert not _reviewed(app, sha) and _verdicts(root, sha) == {}
    expect(page.locator("#doc-title")).to_have_text(title)  # still on it

    minimum = app.settings()["min_confidence"]
    suggestions = app.document(sha)["suggestions"]
    shown = {s["node"] for s in suggestions if s["confidence"] >= minimum}
    assert shown and len(shown) < len(suggestions)  # the seeded document has some of each
    page.keyboard.press("n")
    expect(box).to_be_visible()
    with page.expect_response(lambda r: r.url.endswith("/reviewed") and r.status == 200):
        page.keyboard.press("Enter")
    expect(page.locator("#doc-title")).not_to_have_text(title)  # on to the next document
    assert _reviewed(app, sha)
    assert _verdicts(root, sha) == {node: "rejected" for node in shown}  # the hidden ones stay undecided
    exported = _exported(root, sha)
    assert exported["reviewed_at"] and exported["mappings"] == []
    assert {r["node"] for r in exported["rejected"]} == shown

    with _post(page):
        page.keyboard.press("u")
    expect(page.locator("#toast")).to_have_text("Undid: ignore the rest and mark reviewed")
    expect(page.locator("#doc-title")).to_have_text(title)  # back on the document
    assert not _reviewed(app, sha) and _verdicts(root, sha) == {}
    assert dialogs == [] and errors == []  # never window.confirm


def test_suggestions_below_the_threshold_are_hidden_and_not_counted(browser, served):
    """The doctor sets the threshold (kept in the workspace: a reload and the server keep it); the list and its
    count hold only the suggestions at or above it; 'show all' shows the rest; deciding every one shown makes the
    document done, and n then marks it reviewed without asking."""
    url, root, app = served
    errors: list[str] = []
    page = _page(browser, errors)
    sha = _open(page, url)
    confs = sorted((s["confidence"] for s in app.document(sha)["suggestions"]), reverse=True)
    percent = math.floor(confs[2] * 100) + 1  # shows the first two suggestions
    assert confs[1] * 100 >= percent > confs[2] * 100
    items = page.locator("#suggestions li.sugg")

    page.locator("#min-conf").fill(str(percent))
    with page.expect_response(lambda r: r.url.endswith("/api/settings") and r.status == 200):
        page.locator("#min-conf").press("Enter")
    assert app.settings()["min_confidence"] == pytest.approx(percent / 100)
    expect(items).to_have_count(2)
    expect(page.locator("#decided-count")).to_have_text("(0 of 2 decided)")
    expect(page.locator("#sugg-hidden")).to_have_text(f"(3 below {percent}%)")

    page.reload()
    expect(page.locator("#min-conf")).to_have_value(str(percent))
    expect(items).to_have_count(2)
    page.locator("#show-all").check()
    expect(items).to_have_count(5)
    expect(page.locator("#decided-count")).to_have_text("(0 of 5 decided)")
    page.locator("#show-all").uncheck()
    expect(items).to_have_count(2)

    for _ in range(2):
        with page.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200):
            page.keyboard.press("a")
    expect(page.locator("#decided-count")).to_have_text("(2 of 2 decided · done)")
    with page.expect_response(lambda r: r.url.endswith("/reviewed") and r.status == 200):
        page.keyboard.press("n")  # done: no question
    expect(page.locator("#confirm")).to_be_hidden()
    assert _reviewed(app, sha)
    assert sorted(_verdicts(root, sha).values()) == ["accepted", "accepted"]  # the hidden three undecided
    exported = _exported(root, sha)
    assert len(exported["mappings"]) == 2 and exported["rejected"] == []
    assert errors == []


@pytest.mark.parametrize("width,height", [(1024, 768), (1440, 900)])
def test_the_screen_works_from_1024_px_wide(browser, served, tmp_path, width, height):
    """At 1024 and 1440 px: the text column is wide enough to read, nothing scrolls sideways, and the controls a
    review needs are on screen (measured; the screenshots are kept in the test's tmp folder, not compared)."""
    url, root, app = served
    errors: list[str] = []
    page = _page(browser, errors, width, height)
    _open(page, url)
    page.wait_for_timeout(200)  # fonts and layout settled

    def width_of(selector: str) -> float:
        return page.locator(selector).evaluate("e => e.getBoundingClientRect().width")

    shot = tmp_path / f"review-{width}.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    text = width_of("#doc-text")
    side = width_of("#side")
    assert text >= (440 if width < 1280 else 600), f"text column {text:.0f} px at {width} px"
    assert side >= 300, f"suggestions panel {side:.0f} px at {width} px"
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no horizontal scroll
    assert page.evaluate("document.body.scrollWidth") <= width
    assert page.locator("#doc-text").evaluate("e => e.scrollWidth <= e.clientWidth")
    for selector in ("#doc-title", "#suggestions li.sugg >> nth=0", "#ignore-rest", "#min-conf", "#pack-title",
                     "#queue li.current", "#progress-text", "footer#keys", "#view-redaction"):
        control = page.locator(selector)
        expect(control).to_be_visible()
        box = control.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (selector, box)
        assert box["y"] >= 0 and box["y"] + min(box["height"], 20) <= height, (selector, box)

    if width < 1280:  # the list of documents folds away for a wider text, and comes back
        page.locator("#queue-toggle").click()
        expect(page.locator("#queue-pane")).to_be_hidden()
        wider = width_of("#doc-text")
        assert wider >= text + 200, (text, wider)
        page.screenshot(path=str(tmp_path / f"review-{width}-list-folded.png"))
        page.reload()
        page.wait_for_selector("#suggestions li.sugg")
        expect(page.locator("#queue-pane")).to_be_hidden()  # kept
        page.locator("#queue-toggle").click()
        expect(page.locator("#queue li.current")).to_be_visible()
    assert errors == []


def test_undo_takes_back_redaction_edits_in_order_with_the_rest(browser, tmp_path):
    """A title edit, then a redaction in the redaction view: u (in that view) undoes the redaction first, then the
    title edit, each named."""
    from pipeline.ingest import IngestSettings
    from pipeline.review.server import ReviewApp, make_server

    evidence = tmp_path / "evidence"
    evidence.mkdir()
    (evidence / "teaching-feedback.txt").write_text(
        "Teaching session on sepsis recognition, 14/03/2024.\n"
        "Case discussed: she was on the acute medical ward list as 48213.\n"
        "Feedback: 4.6/5 from 18 attendees.\n", encoding="utf-8")
    with Workspace.init(tmp_path / "ws", ["rcem-2021"], applicant="Dr Amara Okafor") as ws:
        ws.add([evidence], IngestSettings(workers=1))
    ws = Workspace.open(tmp_path / "ws")
    app = ReviewApp(ws)
    server = make_server(app, 0).start()
    errors: list[str] = []
    try:
        page = _page(browser, errors)
        page.goto(server.url)
        page.locator("#queue li").first.click()
        expect(page.locator("#doc-title")).to_be_visible()
        sha = page.evaluate("location.hash").split("=", 1)[1]
        page.keyboard.press("t")
        page.keyboard.type("Teaching on sepsis")
        with page.expect_response(lambda r: r.url.endswith("/describe") and r.status == 200):
            page.keyboard.press("Enter")

        page.keyboard.press("x")
        word = page.locator("#red-pages .red-text .w", has_text="48213")
        with page.expect_response(lambda r: r.url.endswith("/redaction") and r.request.method == "POST"):
            word.click()
        expect(page.locator("#red-pages mark.removed", has_text="48213")).to_have_count(1)
        assert "48213" not in ws.store.get(sha).text

        with _post(page):
            page.keyboard.press("u")
        expect(page.locator("#toast")).to_have_text("Undid: redaction edit: remove “48213”")
        expect(page.locator("#red-pages mark.removed", has_text="48213")).to_have_count(0)
        assert "48213" in ws.store.get(sha).text
        assert app.document(sha)["pack"]["title"] == "Teaching on sepsis"  # the title edit is still in force

        with _post(page):
            page.keyboard.press("u")
        expect(page.locator("#toast")).to_have_text("Undid: title edit")
        assert not app.document(sha)["pack"]["title_edited"]
        page.close()
    finally:
        server.stop()
        ws.close()
    assert errors == []


def test_undo_goes_back_to_the_document_and_takes_back_a_bulk_accept(browser, served):
    """An accept on one document, s to the next, a bulk accept: u undoes the bulk accept (workspace-wide), then u
    opens the first document again and undoes the accept there."""
    url, root, app = served
    errors: list[str] = []
    page = _page(browser, errors)
    sha = _open(page, url)
    node = page.locator("#suggestions li.sugg.selected").get_attribute("data-node")
    with page.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200):
        page.keyboard.press("a")
    page.keyboard.press("s")
    expect(page).not_to_have_url(re.compile(f"{sha}$"))  # the next document

    page.locator("#bulk summary").click()
    page.locator("#bulk-min").fill("90")
    with page.expect_response(lambda r: r.url.endswith("/api/bulk/accept") and r.status == 200):
        page.locator("#bulk-preview").click()
    with page.expect_response(lambda r: r.url.endswith("/api/bulk/accept") and r.status == 200):
        page.locator("#bulk-apply").click()
    with ReviewDB(Workspace.open(root).store_path) as db:
        bulk = db.db.execute("SELECT COUNT(*) FROM review_decisions WHERE source = 'bulk' AND undone_at IS NULL"
                             ).fetchone()[0]
    assert bulk > 0

    page.locator("#doc-text").click()  # keys back to the review
    with page.expect_response(lambda r: r.url.endswith("/api/bulk/undo") and r.status == 200):
        page.keyboard.press("u")
    expect(page.locator("#toast")).to_have_text(f"Undid: bulk accept of {bulk} suggestion(s)")
    with ReviewDB(Workspace.open(root).store_path) as db:
        assert db.db.execute("SELECT COUNT(*) FROM review_decisions WHERE source = 'bulk' AND undone_at IS NULL"
                             ).fetchone()[0] == 0
    assert _verdicts(root, sha) == {node: "accepted"}  # the accept before it stands

    with page.expect_response(lambda r: r.url.endswith("/undo") and r.status == 200):
        page.keyboard.press("u")
    expect(page.locator("#toast")).to_have_text(f"Undid: accept {node.split(':')[1]}")
    assert page.evaluate("location.hash").endswith(sha)  # back on the document it was done on
    assert _verdicts(root, sha) == {}
    assert errors == []
