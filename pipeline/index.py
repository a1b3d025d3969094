"""A faiss index over the embedded capability statements of one or more curricula.

The index is cached on disk, keyed by the curricula's content hashes, the
model's id and the statement-text recipe, and rebuilt only when one changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .embed import EmbeddingModel
from .model import Capability, Curriculum

__all__ = ["CapabilityIndex", "node_text", "cache_dir", "TEXT_RECIPE"]

# Bump when node_text changes: it is part of the cache key.
TEXT_RECIPE = "title+description/v1"


def cache_dir() -> Path:
    """``$CESR_CACHE_DIR`` or ``~/.cache/cesr-mapper``."""
    env = os.environ.get("CESR_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cesr-mapper"


def node_text(node: Capability) -> str:
    """The text embedded for a node: its statement, then its description."""
    text = node.title
    if node.description:
        text = f"{text}. {node.description}"
    return text


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
    _faiss: object = field(default=None, repr=False)

    @classmethod
    def build(cls, curricula: list[Curriculum], model: EmbeddingModel, use_cache: bool = True,
              show_progress: bool = False) -> "CapabilityIndex":
        """Embed every node of ``curricula`` (or load the cached embeddings)."""
        import faiss

        nodes = [n for c in curricula for n in c.nodes]
        key_src = json.dumps(
            {"curricula": [(c.id, c.content_hash) for c in curricula], "model": model.id, "recipe": TEXT_RECIPE}
        )
        key = hashlib.sha256(key_src.encode()).hexdigest()[:24]
        path = cache_dir() / "index" / f"{key}.faiss"
        ids_path = path.with_suffix(".json")
        start = time.perf_counter()
        if use_cache and path.is_file() and ids_path.is_file():
            try:
                stored_ids = json.loads(ids_path.read_text())
                if stored_ids == [n.id for n in nodes]:
                    index = faiss.read_index(str(path))
                    vectors = index.reconstruct_n(0, index.ntotal)
                    built = cls(nodes, vectors, key, time.perf_counter() - start, True, index)
                    return built
            except Exception:
                pass  # a damaged cache is rebuilt below
        vectors = model.encode([node_text(n) for n in nodes], show_progress=show_progress)
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(vectors)
        if use_cache:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".faiss.tmp")
            faiss.write_index(index, str(tmp))
            os.replace(tmp, path)
            ids_tmp = ids_path.with_suffix(".json.tmp")
            ids_tmp.write_text(json.dumps([n.id for n in nodes]))
            os.replace(ids_tmp, ids_path)
        return cls(nodes, vectors, key, time.perf_counter() - start, False, index)

    def __len__(self) -> int:
        return len(self.nodes)

    def search(self, queries: np.ndarray, k: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Inner-product search; returns ``(scores, rows)``, each ``(n_queries, k)``."""
        k = min(k or len(self.nodes), len(self.nodes))
        scores, rows = self._faiss.search(np.ascontiguousarray(queries, dtype=np.float32), k)
        return scores, rows
