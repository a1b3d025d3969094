"""The anonymiser's detectors run in the order the configuration names; an unknown name is a clear error."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.detectors import DETECTORS, REGISTRY, UnknownDetector, pipeline_of
from pipeline.config import ANONYMISE_DETECTORS, AnonymiseSettings, ConfigError, Settings, load, using

TEXT = "Re: Mr John Patel, 12 Acacia Avenue, Leeds LS6 2AB. E-mail john.patel@example.com, tel 0113 496 0000."


def test_every_detector_is_registered_and_the_default_order_is_the_configurations():
    assert DETECTORS == ANONYMISE_DETECTORS == Settings().anonymise.detectors
    assert set(DETECTORS) == set(REGISTRY) and len(DETECTORS) == len(set(DETECTORS))
    assert all(callable(f) and f.__doc__ for f in REGISTRY.values())


def test_the_configured_subset_is_all_that_runs():
    spans = Anonymiser(detectors=("emails",), tagger=False).find(TEXT)
    assert [(s.text, s.type) for s in spans] == [("john.patel@example.com", "EMAIL")]
    with using(replace(Settings(), anonymise=AnonymiseSettings(detectors=("phones", "postcodes")))):
        a = Anonymiser(tagger=False)
        types = {s.type for s in a.find(TEXT)}
    assert a.detectors == ("phones", "postcodes") and types == {"PHONE", "POSTCODE"}
    everything = {s.type for s in Anonymiser(tagger=False).find(TEXT)}
    assert {"EMAIL", "PHONE", "POSTCODE", "PATIENT", "ADDRESS"} <= everything


def test_the_configured_order_is_the_order_they_run_in():
    assert pipeline_of(["urls", "emails"]) == [REGISTRY["urls"], REGISTRY["emails"]]
    # the address block is built from the postcodes found before it: after them it is found, before them not
    text = "Mrs Ada Jones\n14 Orchard Way\nKnaresborough\nHG5 0XY\n"
    after = {s.text for s in Anonymiser(detectors=("postcodes", "addresses"), tagger=False).find(text)}
    before = {s.text for s in Anonymiser(detectors=("addresses", "postcodes"), tagger=False).find(text)}
    assert "HG5 0XY" in after and "HG5 0XY" in before
    assert any("Knaresborough" in t for t in after) and not any("Knaresborough" in t for t in before)


def test_an_unknown_detector_is_a_clear_error():
    with pytest.raises(UnknownDetector, match=r"unknown anonymisation detector 'nhs_number'.*known: emails, nhs_numbers"):
        Anonymiser(detectors=("emails", "nhs_number"))
    with pytest.raises(ConfigError, match="list of detector names"):
        pipeline_of("emails")
    with using(replace(Settings(), anonymise=AnonymiseSettings(detectors=("emails", "eponyms")))):
        with pytest.raises(UnknownDetector, match="'eponyms'"):
            Anonymiser()


def test_cesr_toml_names_the_detectors(tmp_path):
    (tmp_path / "cesr.toml").write_text('[anonymise]\ndetectors = ["emails", "phones"]\n')
    s = load(workspace=tmp_path, environ={"XDG_CONFIG_HOME": str(tmp_path / "none")})
    assert s.anonymise.detectors == ("emails", "phones")
    with using(s):
        assert {x.type for x in Anonymiser(tagger=False).find(TEXT)} == {"EMAIL", "PHONE"}
    (tmp_path / "cesr.toml").write_text('[anonymise]\ndetectors = "emails"\n')
    with pytest.raises(ConfigError, match="anonymise.detectors must be a list"):
        load(workspace=tmp_path, environ={"XDG_CONFIG_HOME": str(tmp_path / "none")})
    (tmp_path / "cesr.toml").write_text('[anonymise]\norder = ["emails"]\n')
    with pytest.raises(ConfigError, match="unknown setting.*anonymise.order"):
        load(workspace=tmp_path, environ={"XDG_CONFIG_HOME": str(tmp_path / "none")})


def test_the_resolver_makes_spans_disjoint_numbers_first():
    from pipeline.anonymise.resolver import Span, resolve_spans

    text = "Mr John 0113 496 0000 Patel"
    spans = [Span(3, 27, "PATIENT", text[3:27]), Span(8, 21, "PHONE", text[8:21])]
    assert [(s.text, s.type) for s in resolve_spans(spans)] == [
        ("John", "PATIENT"), ("0113 496 0000", "PHONE"), ("Patel", "PATIENT")]


def test_no_anonymise_module_imports_anothers_private_names():
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "pipeline" / "anonymise"
    bad = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("pipeline")):
                bad += [f"{path.relative_to(root)}: {a.name}" for a in node.names
                        if a.name.startswith("_") and a.name != "__version__"]
    assert bad == []
