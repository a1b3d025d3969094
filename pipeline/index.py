"""A faiss index over the embedded capability statements of one or more curricula.

Beside the dense vectors the index holds what hybrid scoring needs:

- ``hubness``: per node, its mean similarity to the nearest passages of a
  fixed background corpus of evidence (``models/background.jsonl``).  Generic
  statements ("liaise with the team") are near everything; subtracting this
  removes their unearned advantage (the CSLS correction of cross-lingual
  retrieval).
- ``sparse``: a character n-gram TF-IDF matrix of the statements, its IDF
  fitted on the statements plus the background corpus.

The dense part is cached on disk, keyed by the curricula's content hashes,
the model's id, the statement-text recipe and the background's hash, and
rebuilt only when one changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import resources
from .embed import EmbeddingModel
from .model import Capability, Curriculum

__all__ = ["CapabilityIndex", "background_vectors", "node_text", "cache_dir", "statement_model", "adapted_hubness",
           "LARGE_TAXONOMY", "TEXT_RECIPE"]

# Bump when node_text changes: it is part of the cache key.
TEXT_RECIPE = "title+description+typical-evidence/v2"
BACKGROUND_PATH = resources.background_file()
HUBNESS_K = 20


def cache_dir() -> Path:
    """The cache folder (see :func:`pipeline.resources.cache_dir`)."""
    return resources.cache_dir()


def node_text(node: Capability) -> str:
    """The text embedded for a node: its statement, its description, its typical evidence."""
    text = node.title.rstrip(".")
    if node.description:
        text = f"{text}. {node.description}"
    if node.typical_evidence:
        text = f"{text.rstrip('.')}. Typical evidence: {'; '.join(node.typical_evidence)}."
    return text


#: A curriculum with at least this many statements is a large flat taxonomy (ESCO: 13,896).
LARGE_TAXONOMY = 1000


def statement_model(curriculum: Curriculum, model: EmbeddingModel) -> EmbeddingModel:
    """The model that embeds ``curriculum``'s statements.

    A large taxonomy (``LARGE_TAXONOMY`` statements or more) is embedded in float32 batches
    (:meth:`EmbeddingModel.for_statements`): 13,896 short ESCO statements take well under a
    minute instead of about two and a half with the int8 model's one-text-at-a-time passes.
    The specialty curricula (9 to 80 nodes, long texts) keep ``model`` itself: their index
    takes seconds either way, and the calibrator in ``models/`` was fitted on those vectors.
    """
    return model.for_statements() if len(curriculum.nodes) >= LARGE_TAXONOMY else model


@dataclass
class CapabilityIndex:
    """Dense index of capability nodes.

    Build with :meth:`build`; search with :meth:`search`.  ``nodes[i]`` is the
    node of row ``i``.
    """

    nodes: list[Capability]
    vectors: np.ndarray
    key: str
    built_seconds: float = 0.0
    from_cache: bool = False
    hubness: np.ndarray | None = None
    _faiss: object = field(default=None, repr=False)
    _sparse: object = field(default=None, repr=False)

    @classmethod
    def build(cls, curricula: list[Curriculum], model: EmbeddingModel, use_cache: bool = True,
              show_progress: bool | None = None) -> "CapabilityIndex":
        """Embed every node of ``curricula`` (or load the cached embeddings).

        A large taxonomy's statements are embedded by ``model.for_statements()`` (float32,
        batched: see :func:`statement_model`); passages are always embedded by ``model``.
        ``show_progress``: a progress bar on stderr (default: when there are at least
        ``LARGE_TAXONOMY`` statements to embed).
        """
        import faiss

        nodes = [n for c in curricula for n in c.nodes]
        key_src = json.dumps(
            {"curricula": [(c.id, c.content_hash) for c in curricula], "model": model.id,
             "statements": [statement_model(c, model).id for c in curricula], "recipe": TEXT_RECIPE,
             "background": _background_hash(), "k": HUBNESS_K}
        )
        key = hashlib.sha256(key_src.encode()).hexdigest()[:24]
        path = cache_dir() / "index" / f"{key}.faiss"
        ids_path = path.with_suffix(".json")
        start = time.perf_counter()
        if use_cache and path.is_file() and ids_path.is_file():
            try:
                stored_ids = json.loads(ids_path.read_text())
                if stored_ids["ids"] == [n.id for n in nodes]:
                    index = faiss.read_index(str(path))
                    vectors = index.reconstruct_n(0, index.ntotal)
                    hubness = np.asarray(stored_ids["hubness"], dtype=np.float32)
                    return cls(nodes, vectors, key, time.perf_counter() - start, True, hubness, index)
            except Exception:
                pass  # a damaged cache is rebuilt below
        if show_progress is None:
            show_progress = len(nodes) >= LARGE_TAXONOMY
        parts = [statement_model(c, model).encode([node_text(n) for n in c.nodes], show_progress=show_progress)
                 for c in curricula]
        vectors = np.vstack(parts) if parts else np.zeros((0, model.dimension), dtype=np.float32)
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(vectors)
        hubness = _hubness(vectors, model)
        if use_cache:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".faiss.tmp")
            faiss.write_index(index, str(tmp))
            os.replace(tmp, path)
            ids_tmp = ids_path.with_suffix(".json.tmp")
            ids_tmp.write_text(json.dumps({"ids": [n.id for n in nodes], "hubness": [round(float(h), 6) for h in hubness]}))
            os.replace(ids_tmp, ids_path)
        return cls(nodes, vectors, key, time.perf_counter() - start, False, hubness, index)

    def __len__(self) -> int:
        return len(self.nodes)

    @property
    def sparse(self):
        """``(vectorizer, node_matrix)``: character n-gram TF-IDF of the statements (built on first use)."""
        if self._sparse is None:
            from sklearn.feature_extraction.text import TfidfVectorizer

            texts = [node_text(n) for n in self.nodes]
            vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=np.float32)
            vectorizer.fit(texts + background_texts())
            self._sparse = (vectorizer, vectorizer.transform(texts).T.tocsr())
        return self._sparse

    def search(self, queries: np.ndarray, k: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Inner-product search; returns ``(scores, rows)``, each ``(n_queries, k)``."""
        k = min(k or len(self.nodes), len(self.nodes))
        scores, rows = self._faiss.search(np.ascontiguousarray(queries, dtype=np.float32), k)
        return scores, rows


def background_texts() -> list[str]:
    """Passages of the background corpus (anonymised synthetic evidence; see models/README.md)."""
    if not BACKGROUND_PATH.is_file():
        return []
    return [json.loads(line)["text"] for line in BACKGROUND_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def _background_hash() -> str:
    if not BACKGROUND_PATH.is_file():
        return "none"
    return hashlib.sha256(BACKGROUND_PATH.read_bytes()).hexdigest()[:16]


def background_vectors(model: EmbeddingModel) -> np.ndarray:
    """The background passages' vectors as ``model`` embeds them (cached in the cache folder)."""
    return _background_vectors(model)


def _background_vectors(model: EmbeddingModel) -> np.ndarray:
    path = cache_dir() / "background" / f"{model.id}-{_background_hash()}.npy"
    if path.is_file():
        try:
            return np.load(path)
        except (OSError, ValueError):
            pass
    vectors = model.encode(background_texts())
    from .atomic import replacing

    with replacing(path, suffix=".part.npy") as tmp:
        np.save(tmp, vectors)
    return vectors


def adapted_hubness(vectors: np.ndarray, model: EmbeddingModel, transform, k: int = HUBNESS_K) -> np.ndarray:
    """The hubness of statement ``vectors`` with the background passages mapped by ``transform`` (a
    :meth:`pipeline.passage_adapter.PassageAdapter.transform`), as passages are before they are scored."""
    return _hubness(vectors, model, k, transform)


def _hubness(vectors: np.ndarray, model: EmbeddingModel, k: int = HUBNESS_K, transform=None) -> np.ndarray:
    """Mean similarity of each node to its ``k`` nearest background passages."""
    background = _background_vectors(model)
    if transform is not None and background.shape[0]:
        background = transform(background)
    if background.shape[0] == 0:
        return np.zeros(vectors.shape[0], dtype=np.float32)
    k = min(k, background.shape[0])
    out = np.empty(vectors.shape[0], dtype=np.float32)
    for start in range(0, vectors.shape[0], 4096):
        sims = background @ vectors[start:start + 4096].T
        out[start:start + 4096] = np.partition(sims, -k, axis=0)[-k:].mean(axis=0)
    return out
