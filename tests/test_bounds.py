"""Settings ranges declared beside their fields (pipeline.bounds) and refused with one kind of message."""

from dataclasses import dataclass

import pytest

from pipeline.bounds import bounded, check_bounds, describe
from pipeline.ingest.settings import IngestSettings
from pipeline.segment import SegmentSettings
from pipeline.suggest import SuggestSettings


@dataclass(frozen=True)
class Knobs:
    dpi: int = bounded(300, low=72, high=600)
    timeout: float = bounded(1.0, positive=True)
    workers: int = bounded(0, low=0, note="0 = one per core")
    years: float | None = bounded(None, positive=True)
    name: str = "x"

    def __post_init__(self):
        check_bounds(self)


def test_defaults_and_edges_are_accepted():
    assert Knobs() == Knobs(dpi=300, timeout=1.0, workers=0, years=None)
    Knobs(dpi=72)
    Knobs(dpi=600, timeout=1e-9, years=0.5)


@pytest.mark.parametrize("kwargs, message", [
    ({"dpi": 71}, "dpi must be between 72 and 600, not 71"),
    ({"dpi": 601}, "dpi must be between 72 and 600, not 601"),
    ({"timeout": 0.0}, "timeout must be positive, not 0.0"),
    ({"workers": -1}, "workers must be >= 0 (0 = one per core), not -1"),
    ({"years": -2}, "years must be positive, not -2"),
])
def test_a_value_out_of_range_is_refused_with_its_rule(kwargs, message):
    with pytest.raises(ValueError) as caught:
        Knobs(**kwargs)
    assert str(caught.value) == message


def test_describe_words_each_kind_of_rule():
    assert describe("max_image_pixels", 1_000_000, None, False) == "max_image_pixels must be >= 1,000,000"
    assert describe("w", 0, 1.5, False) == "w must be between 0 and 1.5"
    assert describe("t", None, 10, True) == "t must be positive and <= 10"
    assert describe("h", None, 2, False) == "h must be <= 2"


@pytest.mark.parametrize("make, message", [
    (lambda: IngestSettings(dpi=900), "dpi must be between 72 and 600, not 900"),
    (lambda: IngestSettings(dpi=200, min_ocr_dpi=300), "min_ocr_dpi must be at most dpi (200), not 300"),
    (lambda: IngestSettings(low_confidence=101), "low_confidence must be between 0 and 100 (a Tesseract confidence)"),
    (lambda: IngestSettings(max_image_pixels=10), "max_image_pixels must be >= 1,000,000, not 10"),
    (lambda: IngestSettings(pdf_text="acrobat"), "pdf_text must be one of pdfium, pdfplumber"),
    (lambda: SuggestSettings(sparse_weight=1.5), "sparse_weight must be between 0 and 1, not 1.5"),
    (lambda: SuggestSettings(excerpt_chars=10), "excerpt_chars must be >= 40, not 10"),
    (lambda: SegmentSettings(max_passages=0), "max_passages must be >= 1, not 0"),
])
def test_the_settings_refuse_what_they_declare(make, message):
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        make()


def test_the_default_settings_are_valid_and_unchanged():
    ingest, suggest = IngestSettings(), SuggestSettings()
    assert (ingest.dpi, ingest.min_ocr_dpi, ingest.workers, ingest.recency_years) == (300, 150, 0, None)
    assert (suggest.top_k, suggest.sparse_weight, suggest.passage_weight) == (10, 0.5, 0.5)
    assert SegmentSettings().max_passages == 64
