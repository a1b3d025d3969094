"""The pack's title and description, and bulk accept and undo, driven in a real browser (Debian's chromium driven by
Playwright) on the real review server over a real workspace; results read back from the workspace and, for the
title, from the pack `cesr pack` writes."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.review.decisions import REVIEW_SETTINGS
from pipeline.workspace import Workspace

from review_support import base_workspace, copy_workspace, require_chromium

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

require_chromium()


@pytest.fixture
def review(tmp_path_factory, tmp_path, model):
    """(address with token, workspace root) of a running review server."""
    from pipeline.review.server import ReviewApp, make_server, url_of

    root = copy_workspace(base_workspace(tmp_path_factory, model), tmp_path / "ws")
    ws = Workspace.open(root)
    app = ReviewApp(ws)
    server = make_server(app, 0).start()  # uvicorn on 127.0.0.1, in a thread
    yield url_of(server, app), root
    server.stop()
    ws.close()


def _page(browser, errors: list):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return page


def _sql(root: Path, query: str, *args) -> list[tuple]:
    db = sqlite3.connect(str(root / ".cesr" / "documents.sqlite"))
    try:
        return db.execute(query, args).fetchall()
    finally:
        db.close()


def _sha(root: Path, prefix: str) -> str:
    with Workspace.open(root) as ws:
        return next(d.sha256 for d in ws.store.documents() if Path(d.path).name.startswith(prefix))


def _bulk_in_force(root: Path) -> list[tuple]:
    return _sql(root, "SELECT sha256, node, verdict, action FROM review_decisions WHERE source = 'bulk' "
                      "AND undone_at IS NULL")


def test_title_and_description_edited_in_the_review_go_into_the_pack(browser, review, tmp_path):
    from pipeline.pack import DescriptionStore

    url, root = review
    sha = _sha(root, "02-")  # a plain-text discharge summary
    errors: list[str] = []
    page = _page(browser, errors)
    page.goto(f"{url}#doc={sha}")
    page.wait_for_selector("#suggestions li.sugg")
    title, description = page.locator("#pack-title"), page.locator("#pack-description")
    expect(page.locator("#pack-state")).to_have_text("suggested")
    suggested = title.input_value()
    assert suggested and "[" not in suggested and description.input_value().startswith("Discharge summary")
    # accepting a mapping: the suggested description now says what the document evidences
    code = page.locator("#suggestions li.sugg .code").first.inner_text()
    with page.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200):
        page.keyboard.press("a")
    expect(description).to_have_value(re.compile(f"Evidences {re.escape(code)} "))

    # t: the title field, typed over, Enter saves; the description typed and saved with the button
    page.keyboard.press("t")
    expect(title).to_be_focused()
    page.keyboard.type("Sepsis: recognition and first-hour bundle")
    description.fill("Discharge summary of an admission I led from the ED; shows early sepsis care.")
    with page.expect_response(lambda r: r.url.endswith("/describe") and r.status == 200):
        page.locator("#pack-save").click()
    expect(page.locator("#pack-state")).to_have_text("edited")
    expect(page.locator("#pack-title-sugg")).to_have_text("Suggested: " + suggested)
    expect(page.locator("#doc-title")).to_have_text("Sepsis: recognition and first-hour bundle")
    with Workspace.open(root) as ws, DescriptionStore(ws.store_path) as store:
        row = store.row(sha)
        assert row["title"] == "Sepsis: recognition and first-hour bundle"
        assert row["description"] == "Discharge summary of an admission I led from the ED; shows early sepsis care."
        assert [(e["field"], e["source"]) for e in store.edits(sha)] == [("title", "review"), ("description", "review")]

    # kept across a reload
    page.reload()
    page.wait_for_selector("#suggestions li.sugg")
    expect(title).to_have_value("Sepsis: recognition and first-hour bundle")

    # the rest of what the pack asks: the redaction checked and verified (x), the document marked reviewed (n)
    page.keyboard.press("x")
    expect(page.locator("#red-status")).to_contain_text("not checked yet")  # the redaction view is loaded
    page.locator("#red-check").click()
    expect(page.locator("#red-status")).to_contain_text("last checked", timeout=30000)
    expect(page.locator("#red-verify")).to_be_enabled()
    page.locator("#red-verify").click()
    expect(page.locator("#red-chip")).to_have_text("verified")
    page.keyboard.press("x")
    page.keyboard.press("n")  # suggestions shown are still undecided: the review asks whether to ignore the rest
    expect(page.locator("#confirm")).to_be_visible()
    with page.expect_response(lambda r: r.url.endswith("/reviewed") and r.status == 200):
        page.keyboard.press("Enter")
    assert errors == []

    out = tmp_path / "pack"
    assert main(["pack", "--workspace", str(root), "--out", str(out), "--no-progress"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [(d["sha256"], d["title"], d["description"]) for d in manifest["documents"]] == [
        (sha, "Sepsis: recognition and first-hour bundle",
         "Discharge summary of an admission I led from the ED; shows early sepsis care.")]
    with (out / "index.csv").open(encoding="utf-8", newline="") as f:
        assert next(csv.DictReader(f))["title"] == "Sepsis: recognition and first-hour bundle"


def test_bulk_accept_preview_apply_and_undo_and_ignore_the_rest(browser, review):
    url, root = review
    errors: list[str] = []
    page = _page(browser, errors)
    page.goto(url)
    page.wait_for_selector("#suggestions li.sugg")
    sha = page.evaluate("location.hash").split("=", 1)[1]

    page.locator("#bulk summary").click()
    page.locator("#bulk-min").fill("60")
    page.locator("#bulk-outcome").select_option("rcem-2021:SLO3")
    expected = _sql(root, "SELECT sha256, node FROM review_suggestions WHERE confidence >= 0.6 "
                          "AND outcome = 'rcem-2021:SLO3'")
    assert expected
    with page.expect_response(lambda r: r.url.endswith("/api/bulk/accept") and r.status == 200):
        page.locator("#bulk-preview").click()
    docs = len({s for s, _ in expected})
    expect(page.locator("#bulk-summary")).to_have_text(
        f"Would accept {len(expected)} suggestion(s) on {docs} document(s).")
    assert _sql(root, "SELECT COUNT(*) FROM review_decisions")[0][0] == 0  # a preview writes nothing
    # another question needs another preview
    page.locator("#bulk-outcome").select_option("")
    expect(page.locator("#bulk-apply")).to_be_hidden()
    page.locator("#bulk-outcome").select_option("rcem-2021:SLO3")
    # the preview's answer must be in before applying: the apply below waits for a response from the same
    # address, and would otherwise take this preview's for its own
    with page.expect_response(lambda r: r.url.endswith("/api/bulk/accept") and r.status == 200):
        page.locator("#bulk-preview").click()
    expect(page.locator("#bulk-apply")).to_have_text(f"Accept {len(expected)} suggestion(s)")
    with page.expect_response(lambda r: r.url.endswith("/api/bulk/accept") and r.status == 200):
        page.locator("#bulk-apply").click()

    accepted = _bulk_in_force(root)
    assert sorted((s, n) for s, n, _, _ in accepted) == sorted(expected)
    assert {v for _, _, v, _ in accepted} == {"accepted"} and len({a for *_, a in accepted}) == 1
    batch = accepted[0][3]
    assert _sql(root, "SELECT kind, origin, decisions FROM review_batches") == [("accept", "review", len(expected))]
    expect(page.locator("#progress-text")).to_contain_text(f"{len(expected)} mappings confirmed")
    item = page.locator(f"#bulk-batches li[data-batch='{batch}']")
    expect(item).to_contain_text(f"accept ≥ 60% (SLO3): {len(expected)} on {docs} doc(s)")
    on_screen = {n for s, n in expected if s == sha}
    for node in on_screen:  # the document on screen was reloaded with the bulk verdicts
        expect(page.locator(f"#suggestions li[data-node='{node}'] .verdict.accepted")).to_have_count(1)

    # ignore the rest of the document on screen (i), then undo it with u
    # (only the suggestions shown, at or above the workspace's threshold: those below it stay undecided)
    undecided = _sql(root, "SELECT COUNT(*) FROM review_suggestions WHERE sha256 = ? AND confidence >= ?", sha,
                     REVIEW_SETTINGS["min_confidence"])[0][0] - len(on_screen)
    with page.expect_response(lambda r: r.url.endswith("/ignore_rest") and r.status == 200):
        page.keyboard.press("i")
    expect(page.locator("#suggestions li.sugg .verdict.rejected")).to_have_count(undecided)
    rejected = [r for r in _bulk_in_force(root) if r[2] == "rejected"]
    assert len(rejected) == undecided and {r[0] for r in rejected} == {sha}
    expect(page.locator("#bulk-batches li")).to_have_count(2)
    expect(page.locator("#actions li.bulk").first).to_contain_text("bulk: rejected")
    with page.expect_response(lambda r: r.url.endswith("/undo") and r.status == 200):
        page.keyboard.press("u")
    expect(page.locator("#suggestions li.sugg .verdict.rejected")).to_have_count(0)
    assert [r for r in _bulk_in_force(root) if r[2] == "rejected"] == []
    expect(page.locator("#bulk-batches li.undone")).to_have_count(1)  # nothing of it left in force

    # undo the bulk accept from its list
    with page.expect_response(lambda r: r.url.endswith("/api/bulk/undo") and r.status == 200):
        item.locator("button.bulk-undo").click()
    expect(item).to_have_class(re.compile("undone"))
    assert _bulk_in_force(root) == []
    assert _sql(root, "SELECT COUNT(*) FROM review_decisions WHERE undone_at IS NULL")[0][0] == 0
    expect(page.locator("#progress-text")).to_contain_text("0 mappings confirmed")
    expect(page.locator("#suggestions li.sugg .verdict.accepted")).to_have_count(0)
    assert errors == []
