"""The optional statistical name recogniser: a spaCy pipeline the user names in the ``ner_model`` setting
(none shipped)."""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)


def ner_model():
    """The spaCy NER pipeline named by the ``ner_model`` setting (``$CESR_NER_MODEL``; opt-in, none shipped);
    else None."""
    from ...config import current

    return ner_model_named(current().ner_model)


@lru_cache(maxsize=4)
def ner_model_named(name: str):
    if not name:
        return None
    try:
        import spacy  # noqa: F401
    except Exception:  # pragma: no cover - spaCy is a dependency
        return None
    keep = {"tok2vec", "ner"}
    for name in (name,):
        try:
            module = __import__(name)
        except ImportError:
            continue
        try:
            nlp = module.load()
            for pipe in list(nlp.pipe_names):
                if pipe not in keep:
                    nlp.remove_pipe(pipe)
            return nlp
        except Exception as exc:  # pragma: no cover - broken model install
            log.warning("named-entity model %s could not be loaded: %s", name, type(exc).__name__)
    log.warning("named-entity model %s is not installed: names are found by rules and gazetteers only", name)
    return None


def ner_available() -> bool:
    """Whether the statistical name recogniser is installed and switched on."""
    return ner_model() is not None
