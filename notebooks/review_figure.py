"""Makes notebooks/figures/review-page-view.png, the README's picture of the review screen with the page view.

    .venv/bin/python notebooks/review_figure.py [--document 09-dops-chest-drain.pdf] [--workspace DIR]

The bundled sample corpus (synthetic: one fictional applicant, invented patients) is added to a new workspace and
given suggestions by the real model (``cesr suggest``); ``cesr review`` serves it on 127.0.0.1 and Debian's chromium
(driven by Playwright, as the browser tests do) opens the document, presses ``o`` and photographs the screen: the
anonymised text beside the page as its copy will be uploaded, identifiers painted black, the selected suggestion's
passage outlined.  The page shown is the painted one (never the original), so the picture carries no identifier.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPLICANT = "Dr Amara Okafor"
CHROMIUM = os.environ.get("CESR_CHROMIUM", "/usr/bin/chromium")


if str(ROOT) not in sys.path:  # this checkout's pipeline, whichever one the environment has installed
    sys.path.insert(0, str(ROOT))


def build(root: Path) -> Path:
    """The sample corpus in a workspace at ``root``, with suggestions."""
    from pipeline.ingest import IngestSettings
    from pipeline.review.compute import suggest_workspace
    from pipeline.workspace import Workspace

    with Workspace.init(root, ["rcem-2021"], applicant=APPLICANT) as ws:
        ws.add([ROOT / "corpora" / "sample"], IngestSettings(workers=2))
        suggest_workspace(ws)
    return root


def screenshot(root: Path, document: str, target: Path, width: int = 1920, height: int = 1080) -> None:
    from playwright.sync_api import sync_playwright

    from pipeline.review.server import ReviewApp, make_server
    from pipeline.workspace import Workspace

    ws = Workspace.open(root)
    sha = next(d.sha256 for d in ws.store.documents() if Path(d.path).name == document)
    app = ReviewApp(ws)
    server = make_server(app, 0).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
            try:
                page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
                page.set_default_timeout(120_000)  # the first page of a session waits for the anonymiser to load
                page.goto(server.url)  # the token becomes a cookie
                page.wait_for_selector("#queue li.current")
                page.goto(f"{server.base_url}/#doc={sha}")
                page.reload()  # a new address only in its #: load it
                page.wait_for_selector(f"#queue li.current[data-sha='{sha}']")
                page.wait_for_selector("#suggestions li.sugg.selected")
                page.keyboard.press("o")
                page.wait_for_selector("#pv-frame .pv-page.loaded")
                assert "original" not in (page.locator("#pv-frame img").get_attribute("src") or "")
                page.wait_for_timeout(300)
                page.screenshot(path=str(target))
            finally:
                browser.close()
    finally:
        server.stop()
        ws.close()
    shrink(target)


def shrink(target: Path, colours: int = 128) -> None:
    """The screenshot in ``colours`` colours (a third of the bytes; text and boxes look the same)."""
    from PIL import Image

    with Image.open(target) as image:
        small = image.convert("RGB").quantize(colors=colours, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(target, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--document", default="09-dops-chest-drain.pdf", help="the sample file shown")
    parser.add_argument("--workspace", type=Path, help="a workspace of the sample corpus already built (kept)")
    args = parser.parse_args()
    target = ROOT / "notebooks" / "figures" / "review-page-view.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    base = None if args.workspace else Path(tempfile.mkdtemp(prefix="cesr-figure-"))
    try:
        root = args.workspace if args.workspace and args.workspace.exists() else build(args.workspace or base / "ws")
        screenshot(root, args.document, target)
    finally:
        if base is not None:
            shutil.rmtree(base, ignore_errors=True)
    print(f"written: {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
