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
rebuilt only when one changes.  The sparse part is cached beside it
(``<key>.tfidf.npz``: the vocabulary, the IDF and the statements' matrix, no
pickle), keyed by the curricula's content hashes, the statement-text recipe,
the background's hash, :data:`SPARSE_RECIPE` and scikit-learn's version (not
the model: it embeds nothing), and refitted when one changes or when the file
was written in another format (:data:`SPARSE_FORMAT`), names other statements
or cannot be read.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import resources
from .embed import EmbeddingModel
from .model import Capability, Curriculum

__all__ = ["CapabilityIndex", "SparseSide", "background_vectors", "node_text", "cache_dir", "statement_model",
           "adapted_hubness", "LARGE_TAXONOMY", "TEXT_RECIPE", "SPARSE_RECIPE", "SPARSE_FORMAT"]

# Bump when node_text changes: it is part of the cache key.
TEXT_RECIPE = "title+description+typical-evidence/v2"
BACKGROUND_PATH = resources.background_file()
HUBNESS_K = 20
#: How the sparse side is fitted (:func:`_new_vectorizer`): part of its cache key. Change it with the vectorizer.
SPARSE_RECIPE = "tfidf/char_wb/3-5/sublinear/float32/fit:statements+background"
#: The layout of the sparse side's cache file; a file of another layout (or of none: an older version's) is refitted.
SPARSE_FORMAT = 1


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
    #: Where the sparse side is cached (``None``: fitted on every first use, never stored).
    sparse_path: Path | None = field(default=None, repr=False)
    _words: object = field(default=None, repr=False)

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
        sparse_path = _sparse_cache_path(curricula) if use_cache else None
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
                    return cls(nodes, vectors, key, time.perf_counter() - start, True, hubness, index,
                               sparse_path=sparse_path)
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
        return cls(nodes, vectors, key, time.perf_counter() - start, False, hubness, index, sparse_path=sparse_path)

    def __len__(self) -> int:
        return len(self.nodes)

    @property
    def sparse(self):
        """``(side, node_matrix)``: character n-gram TF-IDF of the statements, as a :class:`SparseSide` (the fitted
        vocabulary and IDF) and the statements' matrix (loaded from the cache, else fitted and stored there, on
        first use)."""
        if self._sparse is None:
            ids = [n.id for n in self.nodes]
            loaded = _load_sparse(self.sparse_path, ids) if self.sparse_path is not None else None
            if loaded is None:
                texts = [node_text(n) for n in self.nodes]
                vectorizer = _new_vectorizer()
                vectorizer.fit(texts + background_texts())
                loaded = (SparseSide(vectorizer.vocabulary_, vectorizer.idf_), vectorizer.transform(texts).T.tocsr())
                if self.sparse_path is not None:
                    _save_sparse(self.sparse_path, ids, *loaded)
            self._sparse = loaded
        return self._sparse

    def sparse_scores(self, text: str) -> np.ndarray:
        """The TF-IDF similarity of ``text`` to each statement (float32, over index rows): what
        ``vectorizer.transform([text]) @ node_matrix`` of :attr:`sparse` gives, bit for bit, counted a word at a
        time (:class:`_WordCounts`) instead of one character n-gram at a time."""
        if self._words is None:
            self._words = _WordCounts(*self.sparse)
        return self._words.scores(text)

    def search(self, queries: np.ndarray, k: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Inner-product search; returns ``(scores, rows)``, each ``(n_queries, k)``."""
        k = min(k or len(self.nodes), len(self.nodes))
        scores, rows = self._faiss.search(np.ascontiguousarray(queries, dtype=np.float32), k)
        return scores, rows


class SparseSide:
    """The fitted sparse side of :data:`SPARSE_RECIPE`: its vocabulary (n-gram -> column) and IDF.

    It scores a text as the fitted ``TfidfVectorizer`` would transform it, without scikit-learn (whose import, with
    the ``scipy.stats`` it pulls in, cost a run 0.6-0.8 s of CPU for a handful of array operations):
    :meth:`analyse` is the ``char_wb`` analyzer of the recipe, :meth:`weigh` its sublinear TF, IDF and l2 norm.
    Both give the vectorizer's float32 bytes exactly (``tests/test_index_cache.py``); :meth:`vectorizer` makes
    the scikit-learn vectorizer itself, for a check or a caller that wants it.
    """

    NGRAMS = (3, 5)  # what SPARSE_RECIPE says: char_wb, 3-5, lower case, sublinear TF, l2, float32

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray) -> None:
        self.vocabulary_ = vocabulary
        self.idf_ = idf

    def vectorizer(self):
        """The scikit-learn vectorizer this side was fitted as, with its vocabulary and IDF."""
        vectorizer = _new_vectorizer()
        vectorizer.vocabulary_ = self.vocabulary_
        vectorizer.idf_ = self.idf_
        return vectorizer

    @classmethod
    def analyse(cls, text: str) -> list[str]:
        """The ``char_wb`` n-grams of ``text``: lower-cased, each blank-separated word padded with a space and
        cut into 3 to 5 characters (a word shorter than an n-gram once, whole)."""
        low, high = cls.NGRAMS
        grams: list[str] = []
        for word in text.lower().split():  # runs of blanks are one separator: the analyzer's own rewrite of them
            word = f" {word} "
            size = len(word)
            for n in range(low, high + 1):
                grams.extend(word[i:i + n] for i in range(max(1, size - n + 1)))
                if size <= n:  # the whole padded word was the one n-gram of this size: longer ones are the same
                    break
        return grams

    def weigh(self, counts: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """TF-IDF weights of a row's counts (float32, in ``columns`` order): ``1 + log(tf)``, times the IDF,
        divided by the row's l2 norm, as ``TfidfTransformer.transform`` computes them (squares summed in double
        precision one after another, the division in double)."""
        data = counts.astype(np.float32)
        np.log(data, data)
        data += 1.0
        data *= self.idf_[columns]
        squares = (data * data).astype(np.float64)
        total = float(np.cumsum(squares)[-1]) if len(squares) else 0.0  # in order, as the transformer's loop
        if total == 0.0:
            return data
        return (data.astype(np.float64) / math.sqrt(total)).astype(np.float32)


class _WordCounts:
    """The sparse side's scores of a text, its n-grams counted per distinct word.

    The ``char_wb`` analyzer lowercases the text and takes the character n-grams of each whitespace-separated
    word, padded with a space, never across words: a text's counts are the sum over its words of each word's own
    counts. Each distinct word's n-grams in the vocabulary are worked out once (:meth:`SparseSide.analyse`) and
    kept (up to ``MAX_WORDS`` words, then forgotten all at once); the counts then go through the same TF-IDF
    weighting (:meth:`SparseSide.weigh`) and the same product as ``vectorizer.transform``: the same bytes
    (``tests/test_index_cache.py``), in about half the CPU.
    """

    MAX_WORDS = 50_000

    def __init__(self, side: SparseSide, matrix) -> None:
        self.side, self.matrix = side, matrix
        self.analyse = side.analyse
        self.vocabulary = side.vocabulary_
        self.words: dict[str, np.ndarray] = {}

    def _grams(self, word: str) -> np.ndarray:
        got = self.words.get(word)
        if got is None:
            vocabulary = self.vocabulary
            got = np.array([vocabulary[g] for g in self.analyse(word) if g in vocabulary], dtype=np.int32)
            if len(self.words) >= self.MAX_WORDS:
                self.words.clear()
            self.words[word] = got
        return got

    def tfidf_row(self, text: str):
        """The text's TF-IDF row, as ``vectorizer.transform([text])`` makes it (sorted columns, float32)."""
        from collections import Counter

        from scipy.sparse import csr_matrix

        per_word = Counter(text.split())
        grams = [self._grams(w) for w in per_word]
        columns = np.concatenate(grams) if grams else np.zeros(0, dtype=np.int32)
        times = np.repeat(np.fromiter(per_word.values(), dtype=np.int64, count=len(per_word)),
                          [len(g) for g in grams])
        kept, where = np.unique(columns, return_inverse=True)
        counts = np.bincount(where, weights=times, minlength=len(kept)) if len(kept) else np.zeros(0)
        indices = kept.astype(np.int32)
        indptr = np.array([0, len(kept)], dtype=np.int32)
        return csr_matrix((self.side.weigh(counts, indices), indices, indptr), shape=(1, len(self.vocabulary)),
                          dtype=np.float32)

    def scores(self, text: str) -> np.ndarray:
        return np.asarray((self.tfidf_row(text) @ self.matrix).todense()).ravel()


def _new_vectorizer():
    """The sparse side's vectorizer, unfitted (what :data:`SPARSE_RECIPE` names)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=SparseSide.NGRAMS, sublinear_tf=True, dtype=np.float32)


def _sklearn_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("scikit-learn")
    except PackageNotFoundError:  # pragma: no cover - scikit-learn is a dependency
        return "unknown"


def _sparse_meta(ids: list[str]) -> dict:
    return {"format": SPARSE_FORMAT, "recipe": SPARSE_RECIPE, "sklearn": _sklearn_version(), "ids": ids}


def _sparse_cache_path(curricula: list[Curriculum]) -> Path:
    """The sparse side's cache file for ``curricula`` (its key: what the fitted vectorizer depends on)."""
    key_src = json.dumps({"curricula": [(c.id, c.content_hash) for c in curricula], "recipe": TEXT_RECIPE,
                          "background": _background_hash(), "sparse": SPARSE_RECIPE, "format": SPARSE_FORMAT,
                          "sklearn": _sklearn_version()})
    return cache_dir() / "index" / f"{hashlib.sha256(key_src.encode()).hexdigest()[:24]}.tfidf.npz"


def _save_sparse(path: Path, ids: list[str], vectorizer, matrix) -> None:
    """Store a fitted sparse side: its meta (format, recipe, scikit-learn's version, the statements' ids), the
    vocabulary in column order, the IDF and the statements' matrix; plain arrays, no pickle."""
    from .atomic import replacing

    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    if np.array(terms, dtype=str).tolist() != terms:  # a term numpy cannot keep as it is (trailing NUL): not stored
        return
    try:
        with replacing(path, suffix=".part.npz") as tmp:
            np.savez(tmp, meta=np.array(json.dumps(_sparse_meta(ids))), terms=np.array(terms, dtype=str),
                     idf=vectorizer.idf_, indptr=matrix.indptr, indices=matrix.indices, data=matrix.data,
                     shape=np.array(matrix.shape, dtype=np.int64))
    except OSError:
        pass  # a cache that cannot be written: fitted again next run


def _load_sparse(path: Path, ids: list[str]):
    """The stored sparse side for the statements ``ids``, or ``None`` (no file, another format, recipe or
    scikit-learn version, other statements, or a damaged file: the caller refits it)."""
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as stored:
            if json.loads(str(stored["meta"])) != _sparse_meta(ids):
                return None
            terms, idf = stored["terms"].tolist(), stored["idf"]
            shape = tuple(int(x) for x in stored["shape"])
            parts = (stored["data"], stored["indices"], stored["indptr"])
        from scipy.sparse import csr_matrix

        matrix = csr_matrix(parts, shape=shape)
        if len(set(terms)) != len(terms) or len(terms) != len(idf) or shape != (len(terms), len(ids)):
            return None
        return SparseSide({t: i for i, t in enumerate(terms)}, idf), matrix
    except Exception:  # a damaged or foreign file is refitted
        return None


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
