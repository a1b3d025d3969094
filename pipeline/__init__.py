"""cesr-mapper: map a doctor's portfolio evidence to UK curriculum outcomes.

The public API, one concept per module:

- :mod:`pipeline.model`: Document, Passage, Capability, Curriculum, Suggestion, Decision
- :mod:`pipeline.curriculum`: load and validate curricula (data files in ``curricula/``)
- :mod:`pipeline.ingest`: files to documents (text layers, Tesseract OCR)
- :mod:`pipeline.anonymise`: patient identifiers out
- :mod:`pipeline.segment`: documents to passages
- :mod:`pipeline.embed`: the offline, verified embedding model
- :mod:`pipeline.index`: faiss index of capability statements
- :mod:`pipeline.suggest`: ranked, calibrated suggestions
- :mod:`pipeline.passage_adapter`: the dense half's passage map fitted on labelled evidence
- :mod:`pipeline.calibrate`: score to probability
"""

__version__ = "0.1.0"

# The public names, each imported from its module when first used: a worker that only reads files, or a command
# that only lists curricula, does not pay for the anonymiser, the calibrators and the embedding code (0.2 s a
# process).  ``pipeline.anonymise`` is the subpackage (its function is ``pipeline.anonymise.anonymise``).
_EXPORTS = {
    "Anonymiser": "anonymise", "Calibrator": "calibrate",
    "CurriculumError": "curriculum", "load_curricula": "curriculum", "load_curriculum": "curriculum",
    "EmbeddingModel": "embed", "CapabilityIndex": "index",
    "IngestSettings": "ingest", "discover": "ingest", "ingest_file": "ingest", "ingest_many": "ingest",
    "Capability": "model", "Curriculum": "model", "Decision": "model", "Document": "model", "Passage": "model",
    "Suggestion": "model", "SegmentSettings": "segment", "split_passages": "segment",
    "SuggestSettings": "suggest", "Suggester": "suggest",
}


def __getattr__(name: str):
    import importlib
    import importlib.util

    module = _EXPORTS.get(name)
    if module is None:
        # a stage as an attribute ("import pipeline; pipeline.ingest.discover(...)"), imported when first used
        if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f".{name}", __name__)
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


__all__ = [
    "Anonymiser",
    "anonymise",
    "Calibrator",
    "Capability",
    "CapabilityIndex",
    "Curriculum",
    "CurriculumError",
    "Decision",
    "Document",
    "EmbeddingModel",
    "IngestSettings",
    "Passage",
    "SegmentSettings",
    "Suggester",
    "SuggestSettings",
    "Suggestion",
    "discover",
    "ingest_file",
    "ingest_many",
    "load_curricula",
    "load_curriculum",
    "split_passages",
    "__version__",
]
