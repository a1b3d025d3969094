"""Shared fixtures: real files, the real model, a private cache."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Index cache and user curricula in a temporary folder, never the user's."""
    cache = tmp_path_factory.mktemp("cache")
    old = {k: os.environ.get(k) for k in ("CESR_CACHE_DIR", "XDG_DATA_HOME")}
    os.environ["CESR_CACHE_DIR"] = str(cache / "cesr")
    os.environ["XDG_DATA_HOME"] = str(cache / "data")
    yield
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def model():
    from pipeline.embed import EmbeddingModel

    m = EmbeddingModel()
    m.load()
    return m


@pytest.fixture(scope="session")
def rcem():
    from pipeline.curriculum import load_curriculum

    return load_curriculum("rcem-2021")


@pytest.fixture(scope="session")
def suggester(model, rcem):
    from pipeline.suggest import Suggester

    return Suggester(model=model).fit([rcem])


#: Four statements of two outcomes: A is generic (near evidence of any kind), B and B.1 specific. Small enough to
#: embed in a second; the scoring tests (hubness, score fusion) build their suggesters on it.
MINI_CURRICULUM = """\
id: mini
title: Mini
version: "1"
nodes:
  - code: A
    title: Work well with colleagues in the team and communicate clearly with patients and their families
  - code: A.1
    title: Keep good records and share information with the team
    parent: A
  - code: B
    title: Perform a lateral canthotomy for orbital compartment syndrome
  - code: B.1
    title: Insert an intraosseous needle in a shocked infant
    parent: B
"""


@pytest.fixture(scope="session")
def mini_curriculum():
    from pipeline.curriculum import parse_curriculum

    return parse_curriculum(MINI_CURRICULUM, "mini.yaml")


@pytest.fixture
def ws_root(tmp_path_factory, tmp_path, model) -> Path:
    """A copy of the sample workspace with suggestions (tests/review_support.py), the test's own."""
    from review_support import base_workspace, copy_workspace

    return copy_workspace(base_workspace(tmp_path_factory, model), tmp_path / "ws")


@pytest.fixture
def corrupt_pdf(tmp_path) -> Path:
    """A PDF cut off half-way, as from an interrupted download."""
    src = next(SAMPLE.glob("01-*.pdf"))
    data = src.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    return path


@pytest.fixture
def mixed_folder(tmp_path, corrupt_pdf) -> Path:
    folder = tmp_path / "evidence"
    shutil.copytree(SAMPLE, folder)
    shutil.copy(corrupt_pdf, folder / "zz-truncated.pdf")
    return folder


@pytest.fixture(scope="session")
def pack_built(tmp_path_factory):
    """A workspace as a doctor leaves it after review, and its pack (tests/pack_support.py): built once for
    test_pack and test_pack_pages."""
    from pack_support import build_pack

    return build_pack(tmp_path_factory)


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB file system of its own (tmpfs), grown later to free space; skipped where mounting is not allowed."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()[:80]})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium for the whole run, driven by Playwright (never a downloaded browser).

    Skips the test without Playwright or chromium (`make browser` installs it); on CI it fails instead
    (:func:`review_support.require_chromium`). Each test opens its own pages and closes them.
    """
    playwright_api = pytest.importorskip("playwright.sync_api")
    from review_support import CHROMIUM, CHROMIUM_ARGS, require_chromium

    require_chromium()
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


# The fuzz harnesses (tests/fuzz/fuzz_*.py) run for minutes under atheris with `make fuzz`; pytest never
# collects them, nor imports their driver.
collect_ignore = ["fuzz"]
