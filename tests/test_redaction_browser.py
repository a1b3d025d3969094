"""Resolving a leak-check flag in the review app, in a real browser (Debian's chromium driven by Playwright).

A document carries an identifier the rules miss (five digits with no label); `cesr redact --workspace` flags
it and exits 1; the doctor opens the redaction view, redacts the flagged number, checks the copy again and
marks the redaction verified; `cesr redact --workspace` then exits 0 and the copy no longer holds it.
"""

from __future__ import annotations


import pytest

from pipeline.workspace import Workspace

from review_support import require_chromium

APPLICANT = "Dr Amara Okafor"

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

require_chromium()


@pytest.fixture
def flagged_workspace(tmp_path):
    from pipeline.cli import main
    from pipeline.ingest import IngestSettings

    evidence = tmp_path / "evidence"
    evidence.mkdir()
    (evidence / "teaching-feedback.txt").write_text(
        "Teaching session on sepsis recognition, 14/03/2024.\n"
        "Case discussed: she was on the acute medical ward list as 48213.\n"
        "Feedback: 4.6/5 from 18 attendees.\nDr Amara Okafor\n", encoding="utf-8")
    root = tmp_path / "ws"
    with Workspace.init(root, ["rcem-2021"], applicant=APPLICANT) as ws:
        ws.add([evidence], IngestSettings(workers=1))
    assert main(["redact", "--workspace", str(root), "--out", str(tmp_path / "copies"), "--no-progress"]) == 1
    return root


def test_a_flag_resolved_in_the_review_app_clears(browser, flagged_workspace, tmp_path):
    from pipeline.cli import main
    from pipeline.review.server import ReviewApp, make_server, url_of

    ws = Workspace.open(flagged_workspace)
    app = ReviewApp(ws)
    server = make_server(app, 0).start()  # uvicorn on 127.0.0.1, in a thread
    errors: list[str] = []
    try:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(url_of(server, app))
        page.locator("#queue li").first.click()
        expect(page.locator("#doc-title")).to_be_visible()
        page.keyboard.press("x")
        flag = page.locator("#red-flags li.flag")
        expect(flag).to_have_count(1)
        expect(flag).to_contain_text("48213")
        expect(page.locator("#red-chip")).to_have_text("1 flag(s)")
        expect(page.locator("#red-verify")).to_be_disabled()
        flag.locator("button.flag-redact").click()
        # each of these waits for the server to plan the document again (and, on a loaded machine, for the
        # anonymiser it warms in the background at start): seconds, not the default five
        expect(page.locator("#red-flags li.flag")).to_have_count(0, timeout=30_000)
        expect(page.locator("#red-pages mark.removed", has_text="48213")).to_have_count(1, timeout=30_000)
        page.locator("#red-check").click()
        expect(page.locator("#red-status")).to_contain_text("last checked", timeout=30_000)
        expect(page.locator("#red-verify")).to_be_enabled()
        page.locator("#red-verify").click()
        expect(page.locator("#red-chip")).to_have_text("verified")
        page.close()
    finally:
        server.stop()
    assert not errors, errors
    assert "48213" not in ws.store.get(next(d.sha256 for d in ws.store.documents())).text
    ws.close()
    out = tmp_path / "copies-after"
    assert main(["redact", "--workspace", str(flagged_workspace), "--out", str(out), "--reviewed", "--no-progress"]) == 0
    copy = next(out.glob("*.txt")).read_text(encoding="utf-8")
    assert "48213" not in copy and "Dr Amara Okafor" in copy and "4.6/5" in copy
