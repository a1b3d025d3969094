"""The review's page view over HTTP: the page layout (the boxes each copy paints, the passages' word boxes), the
page images behind the session's token, the answers for documents with no page image, unknown documents and
pages and files moved away, and the bounded page cache (a hit renders nothing).

A real workspace (:mod:`page_support`: a text-layer PDF, a scanned PDF read by Tesseract, a text file) served by
uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import io
import logging
import os
import shutil

import httpx
import numpy as np
import pytest
from PIL import Image


from page_support import FILES, documents, passages_of, serving


@pytest.fixture
def served(tmp_path_factory, tmp_path):
    """(server, app, documents by key, evidence folder)."""
    with serving(tmp_path_factory, tmp_path) as (server, app, root, evidence):
        yield server, app, documents(root), evidence


def _client(server, token: bool = True) -> httpx.Client:
    headers = {"X-CESR-Token": server.review.token} if token else {}
    return httpx.Client(base_url=server.base_url, headers=headers, timeout=60)


def _darkness(png: bytes, box) -> float:
    """Mean darkness (0 white .. 1 black) of a box (page fractions) of a page image, its edges left out."""
    with Image.open(io.BytesIO(png)) as image:
        gray = image.convert("L")
        W, H = gray.size
        x0, y0, x1, y1 = box
        dx, dy = (x1 - x0) * 0.2, (y1 - y0) * 0.2
        crop = gray.crop((int((x0 + dx) * W), int((y0 + dy) * H), max(int((x1 - dx) * W), int((x0 + dx) * W) + 1),
                          max(int((y1 - dy) * H), int((y0 + dy) * H) + 1)))
    return 1 - float(np.asarray(crop, dtype=float).mean()) / 255


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_the_page_view_needs_the_token(served):
    server, app, docs, _ = served
    sha = docs["letter"].sha256
    with _client(server, token=False) as client:
        assert client.get(f"/api/doc/{sha}/pages").status_code == 403
        assert client.get(f"/api/doc/{sha}/page/0.png").status_code == 403
        assert client.get(f"/api/doc/{sha}/page/0.png", headers={"X-CESR-Token": "wrong"}).status_code == 403
    with _client(server) as client:
        assert client.get(f"/api/doc/{sha}/pages").status_code == 200
        answer = client.get(f"/api/doc/{sha}/page/0.png")
        assert answer.status_code == 200 and answer.headers["content-type"] == "image/png"
        assert answer.headers["cache-control"] == "no-store"  # the browser keeps no copy of the page


def test_unknown_documents_and_pages_are_404(served):
    server, app, docs, _ = served
    sha = docs["letter"].sha256
    with _client(server) as client:
        for path in (f"/api/doc/{'ab' * 32}/pages", f"/api/doc/{'ab' * 32}/page/0.png", "/api/doc/nothex/pages",
                     f"/api/doc/{sha}/page/2.png", f"/api/doc/{sha}/page/9999.png", f"/api/doc/{sha}/page/10000.png"):
            answer = client.get(path)
            assert answer.status_code == 404, path
            assert answer.json()["error"]
        assert client.get(f"/api/doc/{sha}/page/0.png?scale=3").status_code == 400


def test_the_layout_draws_what_is_removed_and_the_passages(served):
    server, app, docs, _ = served
    with _client(server) as client:
        for key, pages in (("letter", 2), ("scan", 1)):
            doc = docs[key]
            view = client.get(f"/api/doc/{doc.sha256}/pages").json()
            assert view["message"] is None and [p["index"] for p in view["pages"]] == list(range(pages))
            first, last = passages_of(doc.text)
            passages = {(p["start"], p["end"]): p["pages"] for p in view["passages"]}
            assert set(passages) == {first, last}
            # the passage around the first removed name is drawn on page 1, the last one on the last page
            assert passages[first][0]["page"] == 0 and passages[last][-1]["page"] == pages - 1
            for found in passages.values():
                assert all(0 <= v <= 1 for part in found for b in part["boxes"] for v in b)
            redacted = view["pages"][0]["redacted"]
            assert redacted, f"nothing removed is drawn on {key}"
            # the first passage holds a replacement tag: drawn over the words it replaced
            assert any(_overlap(a, b) for a in passages[first][0]["boxes"] for b in redacted)
            # the painted page is black inside every removed word's box; the original is not
            painted = client.get(f"/api/doc/{doc.sha256}/page/0.png").content
            original = client.get(f"/api/doc/{doc.sha256}/page/0.png?original=1").content
            assert painted != original
            assert min(_darkness(painted, b) for b in redacted) > 0.95
            assert sum(_darkness(original, b) for b in redacted) / len(redacted) < 0.6
        # a larger scale is a larger image of the same page
        sha = docs["letter"].sha256
        small = Image.open(io.BytesIO(client.get(f"/api/doc/{sha}/page/1.png").content))
        large = Image.open(io.BytesIO(client.get(f"/api/doc/{sha}/page/1.png?scale=2").content))
        assert abs(large.width / small.width - 2) < 0.01


def test_a_text_document_says_it_has_no_page_image(served):
    server, app, docs, _ = served
    sha = docs["text"].sha256
    with _client(server) as client:
        view = client.get(f"/api/doc/{sha}/pages")
        assert view.status_code == 200
        assert view.json()["pages"] == [] and "no page image" in view.json()["message"]
        answer = client.get(f"/api/doc/{sha}/page/0.png")
        assert answer.status_code == 404 and "no page image" in answer.json()["error"]


def test_a_cached_page_is_not_rendered_again_even_when_its_file_has_moved(served, tmp_path, caplog):
    server, app, docs, evidence = served
    doc = docs["letter"]
    cache = app.page_cache()
    with caplog.at_level(logging.DEBUG), _client(server) as client:
        first = client.get(f"/api/doc/{doc.sha256}/page/0.png")
        assert first.status_code == 200 and cache.rendered == 1
        assert len(list(cache.folder.glob("*.png"))) == 1  # in the workspace, beside its database
        assert cache.folder.parent == app.ws.store_path.parent
        shutil.move(evidence / FILES["letter"], tmp_path / "elsewhere.pdf")  # the doctor tidied the folder
        again = client.get(f"/api/doc/{doc.sha256}/page/0.png")
        assert again.status_code == 200 and again.content == first.content
        assert cache.rendered == 1  # served from the cache: the file was not needed
        for path in (f"/api/doc/{doc.sha256}/page/1.png", f"/api/doc/{doc.sha256}/page/0.png?original=1"):
            gone = client.get(path)  # never rendered: the file is needed and is not there
            assert gone.status_code == 410 and "no longer where it was added" in gone.json()["error"]
        assert client.get(f"/api/doc/{doc.sha256}/pages").status_code == 200  # the layout needs no file
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Traceback" not in logged and FILES["letter"] not in logged and "Holloway" not in logged


def test_the_page_cache_is_bounded_least_recently_used_first(tmp_path):
    from pipeline.review.pages import PageCache

    cache = PageCache(tmp_path / "pages", max_bytes=2500)
    for n, key in enumerate("abc"):
        cache.put(key, bytes(1000) if key != "c" else bytes(400))
        os.utime(cache.path(key), (1_000_000 + n, 1_000_000 + n))  # a, then b, then c
    assert cache.get("a") == bytes(1000)  # a is used again: now the most recent
    cache.put("d", bytes(1000))
    assert cache.get("b") is None  # the least recently used went
    assert {p.stem for p in cache.folder.glob("*.png")} == {"a", "c", "d"}
    assert sum(p.stat().st_size for p in cache.folder.glob("*.png")) <= 2500
