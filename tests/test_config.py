"""One configuration: defaults < the user's cesr.toml < the workspace's cesr.toml < the environment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline import config, resources
from pipeline.config import ConfigError, Settings, load, using

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_with_nothing_set(tmp_path):
    s = load(environ={"XDG_CONFIG_HOME": str(tmp_path)})
    assert s.quantize is True and s.applicant is None and s.cache_dir is None and s.curricula_path == ()
    assert s.sources == ("defaults",)


def test_files_then_environment_win_in_order(tmp_path):
    user = tmp_path / "conf" / "cesr-mapper"
    user.mkdir(parents=True)
    (user / "cesr.toml").write_text('applicant = "Dr Amara Okafor"\nquantize = false\ncache_dir = "/tmp/a"\n')
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "cesr.toml").write_text('cache_dir = "/tmp/b"\ncurricula_path = ["/x", "/y"]\n')
    env = {"XDG_CONFIG_HOME": str(tmp_path / "conf")}
    s = load(workspace=ws, environ=env)
    assert s.applicant == "Dr Amara Okafor" and s.quantize is False
    assert s.cache_dir == Path("/tmp/b") and s.curricula_path == (Path("/x"), Path("/y"))
    assert s.sources == ("defaults", str(user / "cesr.toml"), str(ws / "cesr.toml"))
    s = load(workspace=ws, environ={**env, "CESR_CACHE_DIR": "/tmp/c", "CESR_QUANTIZE": "1",
                                    "CESR_CURRICULA_PATH": "/p:/q"})
    assert s.cache_dir == Path("/tmp/c") and s.quantize is True and s.curricula_path == (Path("/p"), Path("/q"))
    assert s.sources[-1] == "environment"


@pytest.mark.parametrize("text, message", [
    ("colour = 3\n", "unknown setting"),
    ("quantize = \"maybe\"\n", "true or false"),
    ("applicant = 3\n", "must be text"),
    ("embed_runtime = \"tpu\"\n", "embed_runtime must be one of auto, onnx, torch"),
    ("embed_memo = -5\n", "embed_memo must be a whole number"),
    ("embed_memo = \"lots\"\n", "embed_memo must be a whole number"),
    ("applicant = \n", "not valid TOML"),
])
def test_a_bad_file_is_a_clear_error(tmp_path, text, message):
    (tmp_path / "cesr.toml").write_text(text)
    with pytest.raises(ConfigError, match=message):
        load(workspace=tmp_path, environ={"XDG_CONFIG_HOME": str(tmp_path / "none")})


def test_a_bad_variable_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match=r"\$CESR_QUANTIZE"):
        load(environ={"XDG_CONFIG_HOME": str(tmp_path), "CESR_QUANTIZE": "perhaps"})


def test_settings_are_frozen():
    with pytest.raises(Exception):
        Settings().quantize = False  # type: ignore[misc]


def test_the_command_settings_reach_the_library(tmp_path, monkeypatch):
    monkeypatch.delenv("CESR_CACHE_DIR", raising=False)
    with using(Settings(cache_dir=tmp_path / "cache")):
        assert resources.cache_dir() == tmp_path / "cache"
    monkeypatch.setenv("CESR_CACHE_DIR", str(tmp_path / "env"))
    assert resources.cache_dir() == tmp_path / "env"  # outside a command: the environment, read afresh


def test_outside_a_command_the_settings_are_resolved_again_only_when_what_they_come_from_changes(tmp_path, monkeypatch):
    for var in ("CESR_CACHE_DIR", "CESR_APPLICANT", "CESR_QUANTIZE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    first = config.current()
    assert config.current() is first  # nothing changed: the same settings, not read again
    monkeypatch.setenv("CESR_APPLICANT", "Dr Amara Okafor")
    assert config.current().applicant == "Dr Amara Okafor"  # a variable changed
    user = tmp_path / "conf" / "cesr-mapper" / "cesr.toml"
    user.parent.mkdir(parents=True)
    user.write_text("quantize = false\n")
    assert config.current().quantize is False and str(user) in config.current().sources  # the file appeared
    user.write_text("quantize = true\ncache_dir = \"/tmp/x\"\n")
    assert config.current().quantize is True and config.current().cache_dir == Path("/tmp/x")  # written again
    user.unlink()
    assert config.current().cache_dir is None and config.current().sources == ("defaults", "environment")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    assert config.current().sources == ("defaults", "environment")


def test_the_cli_reads_the_workspace_file(tmp_path, monkeypatch, capsys):
    from pipeline.cli import main

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    (tmp_path / "cesr.toml").write_text("nonsense = 1\n")
    assert main(["export", "--workspace", str(tmp_path), "--out", str(tmp_path / "x.json")]) == 2
    assert "unknown setting(s) nonsense" in capsys.readouterr().err


def test_only_the_configuration_module_reads_the_environment():
    offenders = []
    for path in (ROOT / "pipeline").rglob("*.py"):
        if path.name == "config.py" and path.parent.name == "pipeline":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bos\.environ\b|\bos\.getenv\(|\bgetenv\(", line):
                offenders.append(f"{path.relative_to(ROOT)}:{n}")
    assert offenders == []


def test_environment_block_restores():
    before = config.env_value("CESR_TEST_SWITCH")
    with config.environment(CESR_TEST_SWITCH="1"):
        assert config.env_value("CESR_TEST_SWITCH") == "1"
    assert config.env_value("CESR_TEST_SWITCH") == before


def test_an_empty_or_misspelt_detector_list_is_refused_when_the_configuration_is_read(tmp_path):
    # an empty list would remove nothing; a misspelt name would only fail later, file by file, in the workers
    from pipeline.config import ConfigError, load

    (tmp_path / "cesr.toml").write_text("[anonymise]\ndetectors = []\n")
    with pytest.raises(ConfigError, match="empty"):
        load(workspace=tmp_path, environ={})
    (tmp_path / "cesr.toml").write_text('[anonymise]\ndetectors = ["emails", "nhs_numbrs"]\n')
    with pytest.raises(ConfigError, match="nhs_numbrs"):
        load(workspace=tmp_path, environ={})


def test_the_embedding_runtime_is_a_setting_the_model_follows(tmp_path):
    """``embed_runtime`` (cesr.toml or $CESR_EMBED_RUNTIME) chooses how the int8 model runs; auto by default."""
    from pipeline import config
    from pipeline.embed import EmbeddingModel

    environ = {"XDG_CONFIG_HOME": str(tmp_path / "none")}
    assert load(environ=environ).embed_runtime == "auto"
    (tmp_path / "cesr.toml").write_text('embed_runtime = "torch"\n')
    assert load(workspace=tmp_path, environ=environ).embed_runtime == "torch"
    onnx = load(workspace=tmp_path, environ={**environ, "CESR_EMBED_RUNTIME": "ONNX"})
    assert onnx.embed_runtime == "onnx"
    with config.using(onnx):
        assert EmbeddingModel().runtime == "onnx"
    assert EmbeddingModel(runtime="torch").runtime == "torch"


def test_the_embedding_memo_is_a_setting_the_model_follows(tmp_path):
    """``embed_memo`` (cesr.toml or $CESR_EMBED_MEMO): passages' vectors kept by their text's hash; 0 keeps none."""
    from pipeline import config
    from pipeline.embed import EmbeddingModel

    environ = {"XDG_CONFIG_HOME": str(tmp_path / "none")}
    assert load(environ=environ).embed_memo == 20_000
    (tmp_path / "cesr.toml").write_text("embed_memo = 500\n")
    assert load(workspace=tmp_path, environ=environ).embed_memo == 500
    off = load(workspace=tmp_path, environ={**environ, "CESR_EMBED_MEMO": "0"})
    assert off.embed_memo == 0
    with config.using(off):
        model = EmbeddingModel()
        assert model.memo_size == 0
        twice = model.encode(["Chest drain inserted.", "Chest drain inserted."])
        assert model.memo_hits == 1  # the same text twice in one call: embedded once
        model.encode(["Chest drain inserted."])
        assert model.memo_hits == 1  # nothing kept for the next call
    assert (twice[0] == twice[1]).all()
