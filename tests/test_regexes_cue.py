"""A pattern's cue (pipeline/regexes.py) only saves time: the answers are the pattern's own."""

import importlib
import json
import pkgutil
from pathlib import Path

import pytest

from pipeline import regexes
from pipeline.regexes import Compiled

ROOT = Path(__file__).resolve().parent.parent


def _family(tmp_path, monkeypatch, toml: str):
    (tmp_path / "demo.toml").write_text(toml, encoding="utf-8")
    monkeypatch.setattr(regexes, "patterns_file", lambda name: tmp_path / f"{name}.toml")
    return regexes.family("demo")


def test_cued_pattern_answers_as_the_pattern(tmp_path, monkeypatch):
    fam = _family(tmp_path, monkeypatch, "[mail]\ncue = '''[@]'''\nregex = '''(\\w+)@(\\w+)\\.org'''\n")
    rx = fam.mail
    assert rx.cue is not None
    plain = rx.regex
    for text in ("write to ann@example.org or bob@site.org", "no address here", "", "@ alone"):
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert rx.findall(text) == plain.findall(text)
        assert (rx.search(text) and rx.search(text).span()) == (plain.search(text) and plain.search(text).span())
        assert rx.sub("X", text) == plain.sub("X", text)
        assert bool(rx.match(text, 9)) == bool(plain.match(text, 9))
    assert rx.pattern == plain.pattern and rx.groups == 2


def test_only_a_regex_has_a_cue(tmp_path, monkeypatch):
    fam = _family(tmp_path, monkeypatch, "[bit]\ncue = '''x'''\nfragment = '''x+'''\n")
    with pytest.raises(ValueError, match="only a regex has a cue"):
        fam.names()


def test_shipped_cues_change_no_answer():
    """Every cued pattern of the anonymiser finds what its pattern finds, on every labelled redaction text."""
    detectors = importlib.import_module("pipeline.anonymise.detectors")

    importlib.import_module("pipeline.anonymise.shapes")
    for info in pkgutil.iter_modules(detectors.__path__):
        importlib.import_module(f"{detectors.__name__}.{info.name}")
    families = regexes.families()
    cued = [getattr(f, n) for f in families for n in f.names() if isinstance(getattr(f, n), Compiled) and getattr(f, n).cue is not None]
    assert cued, "no pattern has a cue"
    texts = [json.loads(line)["text"] for line in
             (ROOT / "corpora/redaction/redaction.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for rx in cued:
        for text in texts:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in rx.regex.finditer(text)], rx


def test_a_scan_is_remembered_and_forgotten(tmp_path, monkeypatch):
    fam = _family(tmp_path, monkeypatch, "[word]\nregex = '''[A-Z][a-z]+'''\n")
    rx = fam.word
    text = "Ann met Bob at Kew"
    first = [m.span() for m in rx.finditer(text)]
    assert first == [m.span() for m in rx.finditer(text)] == [m.span() for m in rx.regex.finditer(text)]
    assert [m.group(0) for m in rx.finditer(text, 4)] == ["Bob", "Kew"]  # from a position: not remembered
    for i in range(regexes.SCANS_KEPT + 5):
        assert [m.group(0) for m in rx.finditer(f"Page {i} of Dr Lee")] == ["Page", "Dr", "Lee"]
    assert len(rx._scans) == regexes.SCANS_KEPT
