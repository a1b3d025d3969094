"""The capability picker in a real browser (Debian's chromium driven by Playwright): it finds things.

A small real workspace (the five bundled curricula, one text document read by 'cesr add'), the real review server
with the real model and capability index. In each curriculum the picker is asked for "chest drain", "sedation",
"safeguarding" and "audit", typed as a doctor types; the node first on screen must be a relevant one (decided from
the curriculum files: tests/picker_cases.py), or the picker must say that no node mentions it and offer the
nearest ones.
"""

from __future__ import annotations

import json
import shutil
from urllib.parse import parse_qs, urlsplit

import pytest

from pipeline.review.decisions import ReviewDB
from pipeline.workspace import Workspace

from picker_cases import CURRICULA, NEAREST, QUERIES, RELEVANT
from review_support import SAMPLE, require_chromium

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

require_chromium()


@pytest.fixture(scope="module")
def picker_app(tmp_path_factory, model):
    """(address with token, workspace root) of a review server over a one-document workspace of five curricula."""
    from pipeline.ingest import IngestSettings
    from pipeline.review.server import ReviewApp, make_server, url_of

    folder = tmp_path_factory.mktemp("picker-evidence")
    shutil.copy(SAMPLE / "11-esle-leading-night-shift.txt", folder)
    root = tmp_path_factory.mktemp("picker") / "ws"
    with Workspace.init(root, list(CURRICULA), applicant="Amara Okafor") as ws:
        ws.add([folder], IngestSettings(workers=1))
    app = ReviewApp(Workspace.open(root), model=model)
    app.warm_search(wait=True)  # the model and the index, as `cesr review` loads them while the page opens
    assert app.searcher().semantic
    server = make_server(app, 0).start()  # uvicorn on 127.0.0.1, in a thread
    yield url_of(server, app), root
    server.stop()


def _open_picker(browser, url, errors):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)
    page.wait_for_selector("#queue li")
    expect(page.locator("#doc-title")).not_to_be_empty()
    page.keyboard.press("m")  # add a mapping the tool missed: the picker over the curriculum
    page.wait_for_selector("#picker:not([hidden])")
    return page


def _search(page, query: str, curriculum: str) -> dict:
    """Type ``query`` as a person does and return the server's answer to it (the last, debounced search)."""
    def answers(response) -> bool:
        url = urlsplit(response.url)
        q = parse_qs(url.query)
        return url.path == "/api/search" and q.get("q") == [query] and q.get("curriculum") == [curriculum]

    page.fill("#picker-input", "")
    with page.expect_response(answers) as got:
        page.keyboard.type(query, delay=25)
    assert got.value.status == 200
    return json.loads(got.value.text())


@pytest.mark.parametrize("curriculum", CURRICULA)
def test_the_picker_finds_a_relevant_node_first_or_says_there_is_none(browser, picker_app, curriculum):
    url, _root = picker_app
    errors: list[str] = []
    page = _open_picker(browser, url, errors)
    expect(page.locator("#picker-curriculum")).to_be_visible()  # five curricula: the doctor may pick one
    page.select_option("#picker-curriculum", curriculum)
    page.focus("#picker-input")
    first = page.locator("#picker-list li").first
    status = page.locator("#picker-status")
    for query in QUERIES:
        answer = _search(page, query, curriculum)
        shown = answer["results"][0]
        expect(first).to_have_attribute("data-node", shown["id"])  # the answer is what is on screen
        expect(first.locator(".code")).to_have_text(shown["code"])
        expect(first.locator(".title")).to_have_text(shown["title"])
        code = shown["code"]
        relevant = RELEVANT[(query, curriculum)]
        if relevant is not None:
            assert code in relevant, f"{query!r} in {curriculum}: first {code}, expected one of {relevant}"
            expect(status).to_be_hidden()
            # why it matched: the field, and the words of the query marked in it
            why = first.locator(".why")
            expect(why).to_have_class("why why-" + shown["match"]["kind"])
            assert shown["match"]["field"] in ("title", "typical evidence", "description")
            if shown["match"]["field"] != "title":
                expect(why.locator("mark").first).to_be_visible()
        else:
            expect(status).to_be_visible()
            expect(status).to_contain_text("No capability in")
            expect(status).to_contain_text(f"\u201c{query}\u201d")
            expect(status).to_contain_text("nearest matches")
            assert page.locator("#picker-list li").count() >= 2  # the nearest, offered instead of nothing
            if (query, curriculum) in NEAREST:
                assert code == NEAREST[(query, curriculum)]
    assert errors == []
    page.close()


def test_enter_right_after_typing_adds_the_first_node_found(browser, picker_app):
    url, root = picker_app
    errors: list[str] = []
    page = _open_picker(browser, url, errors)
    sha = page.evaluate("location.hash").split("=", 1)[1]
    page.select_option("#picker-curriculum", "rcem-2021")
    page.focus("#picker-input")
    page.keyboard.type("ICD", delay=25)
    # Enter at once, before the debounced search has answered: the choice waits for the answer to "ICD"
    with page.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200) as got:
        page.keyboard.press("Enter")
    node = got.value.request.post_data_json["node"]
    assert node in ("rcem-2021:SLO6.KC2", "rcem-2021:SLO6")  # ICD: an intercostal (chest) drain
    with ReviewDB(Workspace.open(root).store_path) as db:
        assert {d["node"]: d["verdict"] for d in db.current_decisions(sha)}[node] == "added"

    # arrows move the choice; the row says it matched through a synonym
    page.keyboard.press("m")
    page.wait_for_selector("#picker:not([hidden])")
    assert page.input_value("#picker-curriculum") == "rcem-2021"  # the picker keeps the curriculum chosen
    answer = _search(page, "M&M", "rcem-2021")
    second = answer["results"][1]["id"]
    expect(page.locator("#picker-list li").first).to_have_attribute("data-node", answer["results"][0]["id"])
    page.keyboard.press("ArrowDown")
    expect(page.locator("#picker-list li.active")).to_have_attribute("data-node", second)
    with page.expect_response(lambda r: r.url.endswith("/decide") and r.status == 200) as got:
        page.keyboard.press("Enter")
    assert got.value.request.post_data_json["node"] == second
    assert errors == []
    page.close()


def test_the_search_address_wants_the_token_and_a_curriculum_of_the_workspace(picker_app):
    from urllib.error import HTTPError
    from urllib.request import Request, urlopen

    url, _root = picker_app
    base, token = url.split("/?token=")

    def get(path: str, with_token: bool = True) -> tuple[int, dict | None]:
        request = Request(base + path, headers={"X-CESR-Token": token} if with_token else {})
        try:
            with urlopen(request) as response:
                return response.status, json.loads(response.read())
        except HTTPError as exc:
            body = exc.read()
            return exc.code, json.loads(body) if body.startswith(b"{") else None

    status, data = get("/api/search?q=audit&curriculum=rcem-2021&limit=3")
    assert status == 200 and data["semantic"] and len(data["results"]) == 3
    assert data["results"][0]["code"] in RELEVANT[("audit", "rcem-2021")]
    assert get("/api/search?q=audit&curriculum=no-such")[0] == 400
    assert get("/api/search?q=audit&limit=many")[0] == 400
    assert get("/api/search?q=audit", with_token=False)[0] == 403
