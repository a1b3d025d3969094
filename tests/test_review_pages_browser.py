"""The page view in a real browser (Debian's chromium driven by Playwright): `o` shows the document's page beside
its text, painted as the copy will be uploaded, with the removed words' boxes and the selected suggestion's
passage drawn on it; `]` / `[` page through it; a text file says it has no page image.

The server is the real one (uvicorn on 127.0.0.1, a thread) over a real workspace (:mod:`page_support`).
"""

from __future__ import annotations

import pytest


from page_support import documents, serving
from review_support import require_chromium

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

require_chromium()


@pytest.fixture
def review(tmp_path_factory, tmp_path):
    """(address with token, documents by key)."""
    from pipeline.review.server import url_of

    with serving(tmp_path_factory, tmp_path) as (server, app, root, _):
        yield url_of(server, app), documents(root)


def _open(page, url: str, sha: str) -> None:
    page.goto(url.split("/?")[0] + f"/#doc={sha}")
    page.reload()  # a new address only in its #: load it
    page.wait_for_selector(f"#queue li.current[data-sha='{sha}']")
    page.wait_for_selector("#suggestions li.sugg.selected")


def _loaded(page) -> bool:
    return page.locator("#pv-frame .pv-page.loaded img").evaluate("img => img.complete && img.naturalWidth > 0")


def test_o_shows_the_page_with_its_boxes_and_pages_through_it(browser, review):
    url, docs = review
    errors: list[str] = []
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)  # the token becomes a cookie
    page.wait_for_selector("#queue li.current")  # the first document is open: the app has started
    _open(page, url, docs["letter"].sha256)
    expect(page.locator("#page-view")).to_be_hidden()

    with page.expect_response(lambda r: "/pages" in r.url and r.status == 200):
        page.keyboard.press("o")
    expect(page.locator("#page-view")).to_be_visible()
    expect(page.locator("#page-toggle")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#pv-where")).to_have_text("page 1 of 2")
    page.wait_for_selector("#pv-frame .pv-page.loaded")
    assert _loaded(page)
    assert "original" not in page.locator("#pv-frame img").get_attribute("src")  # painted by default
    assert page.locator("#pv-frame .pv-redact").count() > 5  # the removed names, numbers and address
    assert page.locator("#pv-frame .pv-passage").count() > 0  # the first suggestion's passage, on page 1
    expect(page.locator("#pv-note")).to_have_text("the selected passage is outlined")

    # ] pages on; the second suggestion's passage (the letter's last lines) is on page 2
    page.keyboard.press("]")
    expect(page.locator("#pv-where")).to_have_text("page 2 of 2")
    expect(page.locator("#pv-frame .pv-page")).to_have_attribute("data-page", "1")
    page.wait_for_selector("#pv-frame .pv-page.loaded")
    assert _loaded(page)
    assert page.locator("#pv-frame .pv-passage").count() == 0
    expect(page.locator("#pv-note")).to_have_text("the selected passage is on page 1")
    expect(page.locator("#pv-next")).to_be_disabled()
    page.keyboard.press("j")  # the next suggestion: its passage is here
    expect(page.locator("#pv-note")).to_have_text("the selected passage is outlined")
    assert page.locator("#pv-frame .pv-passage").count() > 0
    page.keyboard.press("k")  # back to the first: the page view follows it to page 1
    expect(page.locator("#pv-where")).to_have_text("page 1 of 2")

    # the original on request, the removed words still outlined on it
    page.locator("#pv-original").check()
    page.wait_for_selector("#pv-frame .pv-page.original.loaded")
    assert "original=1" in page.locator("#pv-frame img").get_attribute("src")
    assert page.locator("#pv-frame .pv-redact").count() > 5

    # the scanned page: OCR's word boxes, the same drawing; another document starts painted again
    page.locator("#queue li", has_text="DOPS").click()
    expect(page.locator("#pv-where")).to_have_text("page 1 of 1", timeout=30_000)
    page.wait_for_selector("#pv-frame .pv-page.loaded")
    assert _loaded(page) and not page.locator("#pv-original").is_checked()
    assert page.locator("#pv-frame .pv-redact").count() >= 1
    assert page.locator("#pv-frame .pv-passage").count() > 0

    # a text file has no page: said so, no broken image
    _open(page, url, docs["text"].sha256)  # a new load: the page view stays on (kept in this browser)
    expect(page.locator("#pv-message")).to_contain_text("no page image", timeout=30_000)
    assert page.locator("#pv-frame img").count() == 0

    page.keyboard.press("o")  # and off again: the text is back
    expect(page.locator("#page-view")).to_be_hidden()
    expect(page.locator("#doc-text")).to_be_visible()
    assert errors == []
