"""Turn raw retrieval scores into calibrated probabilities.

A :class:`Calibrator` is a Platt-style logistic model (scikit-learn estimator
API: ``fit`` / ``predict_proba``) over a few features of a suggestion: its
score, its distance to the document's best score and its rank.  It is fitted
on labelled documents and saved in ``models/`` with a note of what it was
fitted on; :func:`load_calibrator` checks that note against the model and
scoring recipe in use.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

__all__ = ["Calibrator", "features", "load_calibrator", "default_calibrator_path"]

FEATURES = ("score", "gap_to_best", "inverse_rank", "score_z")


def features(scores: np.ndarray) -> np.ndarray:
    """Features for a document's ranked scores (best first): one row per rank."""
    scores = np.asarray(scores, dtype=np.float64)
    if scores.size == 0:
        return np.zeros((0, len(FEATURES)))
    ranks = np.arange(1, len(scores) + 1, dtype=np.float64)
    std = scores.std() if scores.size > 1 else 0.0
    z = (scores - scores.mean()) / (std + 1e-6) if scores.size > 1 else np.zeros_like(scores)
    return np.column_stack([scores, scores - scores[0], 1.0 / ranks, z])


@dataclass
class Calibrator:
    """Logistic calibration of suggestion scores.

    Attributes:
        coef: Logistic weights, one per feature in :data:`FEATURES`.
        intercept: Logistic bias.
        fitted_on: Provenance: data set, model id, scoring recipe, size, date.
    """

    coef: list[float] = field(default_factory=list)
    intercept: float = 0.0
    fitted_on: dict = field(default_factory=dict)

    def fit(self, X: np.ndarray, y: np.ndarray, **provenance) -> "Calibrator":
        from sklearn.linear_model import LogisticRegression

        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y, dtype=np.int64)
        if len(set(y.tolist())) < 2:
            raise ValueError("calibration needs both right and wrong suggestions")
        model = LogisticRegression(C=10.0, max_iter=1000)
        model.fit(X, y)
        self.coef = [float(c) for c in model.coef_[0]]
        self.intercept = float(model.intercept_[0])
        self.fitted_on = {
            "features": list(FEATURES),
            "samples": int(len(y)),
            "positives": int(y.sum()),
            "fitted_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            **provenance,
        }
        return self

    @property
    def version(self) -> str:
        """``platt@<digest of the weights>``: recorded with every decision and printed by ``cesr --version``."""
        src = json.dumps({"coef": [round(float(c), 10) for c in self.coef],
                          "intercept": round(float(self.intercept), 10)}, sort_keys=True)
        return "platt@" + hashlib.sha256(src.encode()).hexdigest()[:12]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Probability that each suggestion is right (1-D array)."""
        X = np.asarray(X, dtype=np.float64)
        if X.size == 0:
            return np.zeros(0)
        logits = X @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -40, 40)))

    def save(self, path: str | Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(
            {"kind": "platt-logistic", "coef": self.coef, "intercept": self.intercept, "fitted_on": self.fitted_on},
            indent=2) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> "Calibrator":
        data = json.loads(Path(path).read_text())
        if data.get("kind") != "platt-logistic" or len(data.get("coef", [])) != len(FEATURES):
            raise ValueError(f"{path}: not a calibrator this version can use")
        return cls(coef=list(data["coef"]), intercept=float(data["intercept"]), fitted_on=data.get("fitted_on", {}))


def default_calibrator_path() -> Path:
    """The shipped calibrator (``models/calibrator.json``)."""
    from . import resources

    return resources.calibrator_file()


def load_calibrator(path: str | Path | None, model_id: str, recipe: str) -> Calibrator:
    """Load a calibrator and warn when it was fitted for another model or recipe."""
    path = Path(path) if path else default_calibrator_path()
    if not path.is_file():
        raise FileNotFoundError(
            f"no calibrator at {path}: fit one with 'cesr calibrate LABELS.jsonl' (see README)"
        )
    calibrator = Calibrator.load(path)
    fitted = calibrator.fitted_on
    if fitted.get("model") not in (None, model_id) or fitted.get("recipe") not in (None, recipe):
        warnings.warn(
            f"calibrator {path} was fitted for model {fitted.get('model')} / recipe {fitted.get('recipe')}, "
            f"now {model_id} / {recipe}: confidences may be off; refit with 'cesr calibrate'",
            stacklevel=2,
        )
    return calibrator
