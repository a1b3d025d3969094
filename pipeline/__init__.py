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

from .anonymise import Anonymiser, anonymise
from .calibrate import Calibrator
from .curriculum import CurriculumError, load_curricula, load_curriculum
from .embed import EmbeddingModel
from .index import CapabilityIndex
from .ingest import IngestSettings, discover, ingest_file, ingest_many
from .model import Capability, Curriculum, Decision, Document, Passage, Suggestion
from .segment import SegmentSettings, split_passages
from .suggest import SuggestSettings, Suggester

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
