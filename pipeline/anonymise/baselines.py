"""Baselines for the redaction measurements: Microsoft Presidio and philter-lite, run offline.

Neither is part of the product; both are measured beside it by ``cesr evaluate-redaction --baselines``
(install them with ``pip install -e .[baselines]``).  Each baseline is a *detector*: text in, spans out;
the redaction of files (painting word boxes, barcodes) is the product's own, so a baseline is scored on
what its detector finds.

* **Presidio** (``presidio-analyzer``): its pattern recognisers, the UK ones included (NHS number, postcode,
  NI number, passport, driving licence, vehicle registration), phone numbers via ``phonenumbers`` for the UK,
  e-mail, URL, credit card, IP; no statistical model (spaCy's trained pipelines are not installable here
  with a verifiable origin), so ``spacy.blank("en")`` and no PERSON or LOCATION entities.  Dates are left
  out (dates of birth stay).  ``tldextract`` is pinned to its bundled suffix list: nothing is fetched.
* **philter-lite** (UCSF's Philter, its ``philter_delta`` configuration of regular expressions and word
  sets): its part-of-speech filters need NLTK's tagger, whose data is downloaded from a hub; here a simple
  offline tagger stands in (capitalised words proper nouns, numbers cardinal, the rest common nouns).  Dates
  and ages are left out.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from .core import Span

__all__ = ["BASELINES", "baseline_detector", "available"]

BASELINES = ("presidio", "philter")


def available(name: str) -> bool:
    try:
        if name == "presidio":
            import presidio_analyzer  # noqa: F401
        else:
            import philter_lite  # noqa: F401
    except ImportError:
        return False
    return True


class _Detector:
    """``find(text) -> list[Span]``, the interface the evaluation uses."""

    def __init__(self, fn) -> None:
        self.fn = fn

    def find(self, text: str) -> list[Span]:
        return self.fn(text)


def baseline_detector(name: str) -> _Detector:
    if name == "presidio":
        return _Detector(_presidio_find)
    if name == "philter":
        return _Detector(_philter_find)
    raise ValueError(f"unknown baseline {name!r} (one of {', '.join(BASELINES)})")


# ------------------------------------------------------------------ Presidio

_PRESIDIO_SKIP = {"DATE_TIME", "NRP", "AGE", "PERSON", "LOCATION"}


@lru_cache(maxsize=1)
def _presidio():
    import logging

    import spacy
    import tldextract

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (NhsRecognizer, PhoneRecognizer, UkDrivingLicenceRecognizer,
                                                          UkNinoRecognizer, UkPassportRecognizer, UkPostcodeRecognizer,
                                                          UkVehicleRegistrationRecognizer)

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tldextract.extract = offline  # the URL and e-mail recognisers would otherwise fetch the public suffix list
    try:
        import presidio_analyzer.predefined_recognizers.generic.url_recognizer as url_module  # type: ignore

        url_module.tldextract = tldextract
    except ImportError:
        pass

    class BlankEngine(SpacyNlpEngine):
        """spaCy without a trained pipeline: tokens only, no entities."""

        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": "en", "model_name": "blank"}])

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = BlankEngine()
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    for recognizer in (NhsRecognizer(), UkPostcodeRecognizer(), UkNinoRecognizer(), UkPassportRecognizer(),
                       UkDrivingLicenceRecognizer(), UkVehicleRegistrationRecognizer(),
                       PhoneRecognizer(supported_regions=("GB", "UK", "US"))):
        try:
            registry.add_recognizer(recognizer)
        except Exception:  # already there
            pass
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])


def _presidio_find(text: str) -> list[Span]:
    analyzer = _presidio()
    results = analyzer.analyze(text=text, language="en")
    spans = [Span(r.start, r.end, r.entity_type, text[r.start:r.end]) for r in results
             if r.entity_type not in _PRESIDIO_SKIP and r.score >= 0.05]
    return _disjoint(spans)


# ------------------------------------------------------------------ philter-lite


@lru_cache(maxsize=1)
def _philter_filters():
    import philter_lite
    import philter_lite.philter as philter_module

    def offline_pos(text: str):
        tokens = [t for t in re.split(r"(\s+)", text) if t and not t.isspace()]
        return [(t, "CD" if re.fullmatch(r"[\d.,/:-]+", t) else "NNP" if t[:1].isupper() else "NN") for t in tokens]

    philter_module._get_pos = offline_pos  # NLTK's tagger data is a download; see the module's description
    config = os.path.join(os.path.dirname(philter_lite.__file__), "configs", "philter_delta.toml")
    return philter_lite.load_filters(config)


_DATE_OR_AGE = re.compile(r"(?i)^(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?[ ]?(?:jan|feb|mar|apr|may|jun|"
                          r"jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[ ,]+\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                          r"nov|dec)[a-z]*\.?[ ]?\d{0,2}(?:,?[ ]?\d{4})?|(?:19|20)\d\d|\d{1,3}[ ]?(?:y|yo|yrs?|years?)(?:[ -]old)?)$")


def _philter_find(text: str) -> list[Span]:
    import philter_lite

    _include, exclude_map, _tracker = philter_lite.detect_phi(text, patterns=_philter_filters())
    spans = []
    for start, stop in exclude_map.filecoords():  # Philter's exclude map: what it removes
        if not _DATE_OR_AGE.match(text[start:stop].strip()):  # dates of birth and ages stay
            spans.append(Span(start, stop, "PHI", text[start:stop]))
    return _disjoint(spans)


def _disjoint(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if out and s.start < out[-1].end:
            if s.end > out[-1].end:
                last = out[-1]
                out[-1] = Span(last.start, s.end, last.type, last.text)
            continue
        out.append(s)
    return out
