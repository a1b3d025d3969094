"""Turn a ranking into calibrated probabilities: how likely is each suggestion to be right?

A :class:`Calibrator` is a logistic model (Platt-style scaling; scikit-learn estimator API: ``fit`` /
``predict_proba``) over features of a suggestion that carry over between curricula
(:func:`ranked_features`, :data:`FEATURES`): nothing is a raw score on one curriculum's scale.

- its rank among the document's outcomes, its margin below the best outcome and above the next one, and the
  document's margin between its first and second outcome;
- agreement of the dense and sparse halves: the suggestion's percentile among the statements by each, whether
  its outcome is the best outcome by each, and how far apart the two percentiles are;
- passage support: how many of the document's passages have this outcome as their nearest (count and share);
- the document's evidence type (recognised, primary) and its length.

The target is "the suggestion's outcome is one an assessor would credit (a label or an acceptable outcome)",
as in the top-1 calibration of ``cesr evaluate``.  :func:`cross_validate` validates a fitting scheme grouped by
document, by source (a writer's file of ``corpora/labelled/src``) and by curriculum (leave one curriculum out),
per curriculum, on the top suggestion.  The model is saved in ``models/calibrator.json`` with a note of what
it was fitted on and those cross-validated figures; :func:`load_calibrator` checks the note against the model
and scoring recipe in use.

The first calibrator (``kind: platt-logistic``, four features of the fused score alone) can still be loaded,
to compare before and after in one run (``cesr evaluate --compare-calibrator``).
"""

from __future__ import annotations

import hashlib
import json
import math
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

import numpy as np

__all__ = ["Calibrator", "FEATURES", "features", "ranked_features", "source_of", "cross_validate",
           "load_calibrator", "default_calibrator_path"]

#: The features of a suggestion (:func:`ranked_features`).
FEATURES = ("inverse_rank", "gap_to_best", "margin_next", "top_margin", "dense_percentile", "sparse_percentile",
            "dense_top_outcome", "sparse_top_outcome", "rank_disagreement", "support_share", "log_support",
            "type_recognised", "type_primary", "log_words")

#: The first calibrator's features (scores only), kept to load and compare it.
SCORE_FEATURES = ("score", "gap_to_best", "inverse_rank", "score_z")

KIND = "platt-logistic/v2"
LEGACY_KIND = "platt-logistic"


def features(scores: np.ndarray) -> np.ndarray:
    """The first calibrator's features for a document's ranked scores (best first): one row per rank."""
    scores = np.asarray(scores, dtype=np.float64)
    if scores.size == 0:
        return np.zeros((0, len(SCORE_FEATURES)))
    ranks = np.arange(1, len(scores) + 1, dtype=np.float64)
    std = scores.std() if scores.size > 1 else 0.0
    z = (scores - scores.mean()) / (std + 1e-6) if scores.size > 1 else np.zeros_like(scores)
    return np.column_stack([scores, scores - scores[0], 1.0 / ranks, z])


def _percentile(x: np.ndarray) -> np.ndarray:
    ranks = np.argsort(np.argsort(x, kind="stable"), kind="stable")
    return ranks / max(len(x) - 1, 1)


def ranked_features(fused: np.ndarray, dense: np.ndarray, sparse: np.ndarray, dense_pp: np.ndarray,
                    outcomes: Sequence[str], rows: Sequence[int], n_passages: int, words: int,
                    evidence_type: str | None) -> np.ndarray:
    """Feature rows (:data:`FEATURES`) of the suggestions ``rows`` of one document.

    Args:
        fused: The ranking score per index row.
        dense: The dense (hub-corrected, passage-averaged) score per index row.
        sparse: The TF-IDF score per index row.
        dense_pp: The hub-corrected dense score per passage and index row.
        outcomes: The outcome of each index row.
        rows: The index rows to describe (any order; typically the top of the ranking).
        n_passages: Passages the document was cut into.
        words: Words in the document.
        evidence_type: The document's evidence type (:mod:`pipeline.ingest.classify`), ``""`` or ``None``
            when unknown.
    """
    from .ingest.classify import EVIDENCE_TYPES

    rows = np.asarray(rows, dtype=np.int64)
    if rows.size == 0:
        return np.zeros((0, len(FEATURES)))
    fused = np.asarray(fused, dtype=np.float64)
    outcomes = np.asarray(outcomes, dtype=object)
    order = np.argsort(-fused, kind="stable")
    best_of: dict[str, float] = {}  # outcome -> its best fused score, in ranking order
    missing = set(outcomes[rows].tolist())
    for r in order:  # stop one outcome after the last one asked for (a large taxonomy has thousands)
        o = outcomes[r]
        if o not in best_of:
            if not missing and len(best_of) >= 2:
                best_of[o] = float(fused[r])
                break
            best_of[o] = float(fused[r])
            missing.discard(o)
    ranked = list(best_of)
    rank_of = {o: k for k, o in enumerate(ranked)}
    best = best_of[ranked[0]]
    top_margin = best - best_of[ranked[1]] if len(ranked) > 1 else 0.0
    dense_pct = _percentile(np.asarray(dense, dtype=np.float64))
    sparse_pct = _percentile(np.asarray(sparse, dtype=np.float64))
    dense_top = outcomes[int(np.argmax(dense))]
    sparse_top = outcomes[int(np.argmax(sparse))]
    support: dict[str, int] = {}
    if np.asarray(dense_pp).shape[0]:
        for o in outcomes[np.asarray(dense_pp).argmax(axis=1)]:
            support[o] = support.get(o, 0) + 1
    recognised = 0.0 if evidence_type in (None, "", "other") else 1.0
    primary = 1.0 if EVIDENCE_TYPES.get(evidence_type or "", ("", None))[1] else 0.0
    log_words = math.log1p(max(words, 0))
    out = np.zeros((rows.size, len(FEATURES)))
    for i, r in enumerate(rows):
        o = outcomes[r]
        k = rank_of[o]
        score = float(fused[r])
        nxt = best_of[ranked[k + 1]] if k + 1 < len(ranked) else score
        count = support.get(o, 0)
        out[i] = [1.0 / (k + 1), score - best, score - nxt, top_margin, dense_pct[r], sparse_pct[r],
                  1.0 if o == dense_top else 0.0, 1.0 if o == sparse_top else 0.0, abs(dense_pct[r] - sparse_pct[r]),
                  count / max(n_passages, 1), math.log1p(count), recognised, primary, log_words]
    return out


def source_of(item_id: str, curriculum: str) -> str:
    """The source file of a labelled document of ``corpora/labelled/src``: ``<curriculum>`` for the first
    writer's documents (ids numbered below 100), ``<curriculum>-b`` for the second writer's (100 and up)."""
    tail = item_id.rsplit("-", 1)[-1]
    return f"{curriculum}-b" if tail.isdigit() and int(tail) >= 100 else curriculum


@dataclass
class Calibrator:
    """Logistic calibration of suggestions.

    Attributes:
        coef: Logistic weights, one per feature (on standardised features).
        intercept: Logistic bias.
        mean: Per-feature mean of the fitting data (standardisation).
        scale: Per-feature standard deviation of the fitting data.
        fitted_on: Provenance: data set, model id, scoring recipe, size, cross-validation, date.
        kind: ``platt-logistic/v2`` (:data:`FEATURES`), or the first calibrator's ``platt-logistic``
            (:data:`SCORE_FEATURES`, no standardisation).
    """

    coef: list[float] = field(default_factory=list)
    intercept: float = 0.0
    mean: list[float] = field(default_factory=list)
    scale: list[float] = field(default_factory=list)
    fitted_on: dict = field(default_factory=dict)
    kind: str = KIND

    #: Inverse regularisation strength: top-1 ECE and AUROC of leave-one-curriculum-out on dev barely move
    #: between C = 0.1 and 10 (see README); 1 is the middle.
    C = 1.0

    @property
    def legacy(self) -> bool:
        return self.kind == LEGACY_KIND

    @property
    def feature_names(self) -> tuple[str, ...]:
        return SCORE_FEATURES if self.legacy else FEATURES

    def fit(self, X: np.ndarray, y: np.ndarray, **provenance) -> "Calibrator":
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler

        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y, dtype=np.int64)
        if len(set(y.tolist())) < 2:
            raise ValueError("calibration needs both right and wrong suggestions")
        if X.ndim != 2 or X.shape[1] != len(FEATURES):
            raise ValueError(f"calibration needs {len(FEATURES)} features per suggestion, got shape {X.shape}")
        scaler = StandardScaler().fit(X)
        model = LogisticRegression(C=self.C, max_iter=3000).fit(scaler.transform(X), y)
        self.kind = KIND
        self.mean = [float(v) for v in scaler.mean_]
        self.scale = [float(v) for v in scaler.scale_]
        self.coef = [float(c) for c in model.coef_[0]]
        self.intercept = float(model.intercept_[0])
        self.fitted_on = {
            "features": list(FEATURES),
            "samples": int(len(y)),
            "positives": int(y.sum()),
            "C": self.C,
            "fitted_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            **provenance,
        }
        return self

    @property
    def version(self) -> str:
        """``platt@<digest of the weights>``: recorded with every decision and printed by ``cesr --version``."""
        weights = {"coef": [round(float(c), 10) for c in self.coef], "intercept": round(float(self.intercept), 10)}
        if not self.legacy:
            weights |= {"mean": [round(float(v), 10) for v in self.mean],
                        "scale": [round(float(v), 10) for v in self.scale]}
        src = json.dumps(weights, sort_keys=True)
        return "platt@" + hashlib.sha256(src.encode()).hexdigest()[:12]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Probability that each suggestion is right (1-D array), from its feature rows."""
        X = np.atleast_2d(np.asarray(X, dtype=np.float64))
        if X.size == 0:
            return np.zeros(0)
        if not self.legacy:
            X = (X - np.asarray(self.mean)) / np.where(np.asarray(self.scale) > 0, self.scale, 1.0)
        logits = X @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -40, 40)))

    def probabilities(self, parts, rows: Sequence[int], outcomes: Sequence[str], n_passages: int, words: int,
                      evidence_type: str | None) -> np.ndarray:
        """Probability that each of ``rows`` (index rows, best first) is right, from a document's
        :class:`~pipeline.suggest.ScoreParts` (see :func:`ranked_features` for the arguments)."""
        rows = np.asarray(rows, dtype=np.int64)
        if self.legacy:
            return self.predict_proba(features(np.asarray(parts.fused)[rows]))
        return self.predict_proba(ranked_features(parts.fused, parts.dense, parts.sparse, parts.dense_pp, outcomes,
                                                  rows, n_passages, words, evidence_type))

    def save(self, path: str | Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        data = {"kind": self.kind, "coef": self.coef, "intercept": self.intercept}
        if not self.legacy:
            data |= {"mean": self.mean, "scale": self.scale}
        Path(path).write_text(json.dumps(data | {"fitted_on": self.fitted_on}, indent=2) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> "Calibrator":
        data = json.loads(Path(path).read_text())
        kind = data.get("kind")
        if kind == LEGACY_KIND and len(data.get("coef", [])) == len(SCORE_FEATURES):
            return cls(coef=list(data["coef"]), intercept=float(data["intercept"]),
                       fitted_on=data.get("fitted_on", {}), kind=LEGACY_KIND)
        if kind != KIND or data.get("fitted_on", {}).get("features") != list(FEATURES) or not (
                len(data.get("coef", [])) == len(data.get("mean", [])) == len(data.get("scale", [])) == len(FEATURES)):
            raise ValueError(f"{path}: not a calibrator this version can use")
        return cls(coef=list(data["coef"]), intercept=float(data["intercept"]), mean=list(data["mean"]),
                   scale=list(data["scale"]), fitted_on=data.get("fitted_on", {}), kind=KIND)


# ------------------------------------------------------------------ grouped cross-validation


def _top1_figures(p: np.ndarray, y: np.ndarray) -> dict:
    from sklearn.metrics import roc_auc_score

    from .evaluate import ece

    auroc = float(roc_auc_score(y, p)) if 0 < y.sum() < len(y) else float("nan")
    return {"documents": int(len(y)), "top1 ECE": ece(p, y), "top1 Brier": float(np.mean((p - y) ** 2)),
            "top1 AUROC": auroc}


def cross_validate(X: np.ndarray, y: np.ndarray, rank: np.ndarray, curricula: Sequence[str],
                   sources: Sequence[str], documents: Sequence[str], folds: int = 5) -> dict:
    """Out-of-fold top-1 calibration under three groupings, pooled and per curriculum.

    Every suggestion row (``X``, ``y``) has its outcome ``rank`` (0 = the top suggestion), the ``curricula``
    and ``sources`` of its document, and the document's id.  Schemes: ``in-curriculum`` (``folds``-fold over
    documents: the held-out document's curriculum and writer are in the fitting data), ``leave one source
    out`` (one writer's file held out at a time) and ``leave one curriculum out``.  The figures are on the
    top suggestion only (``rank == 0``): ECE, Brier, AUROC.
    """
    from sklearn.model_selection import GroupKFold

    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.int64)
    rank = np.asarray(rank)
    cur = np.asarray(curricula)
    schemes = {
        "in-curriculum": list(GroupKFold(n_splits=folds).split(X, y, np.asarray(documents))),
        "leave one source out": _leave_one_out(np.asarray(sources)),
        "leave one curriculum out": _leave_one_out(cur),
    }
    top = rank == 0
    out: dict = {}
    for name, splits in schemes.items():
        oof = np.full(len(y), np.nan)
        for train, held in splits:
            if len(set(y[train].tolist())) < 2:
                continue
            oof[held] = Calibrator().fit(X[train], y[train]).predict_proba(X[held])
        ok = top & ~np.isnan(oof)
        entry = {"pooled": _top1_figures(oof[ok], y[ok]).copy(), "per_curriculum": {}}
        for cid in sorted(set(cur.tolist())):
            mask = ok & (cur == cid)
            entry["per_curriculum"][cid] = _top1_figures(oof[mask], y[mask])
        entry["probabilities"] = oof
        out[name] = entry
    return out


def _leave_one_out(groups: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    idx = np.arange(len(groups))
    return [(idx[groups != g], idx[groups == g]) for g in sorted(set(groups.tolist()))]


def cv_summary(cv: dict) -> dict:
    """The figures of :func:`cross_validate` without the per-row probabilities, rounded (for ``fitted_on``)."""
    def rounded(d: dict) -> dict:
        return {k: (round(v, 4) if isinstance(v, float) and not math.isnan(v) else v) for k, v in d.items()}

    return {name: {"pooled": rounded(e["pooled"]),
                   "per_curriculum": {cid: rounded(row) for cid, row in e["per_curriculum"].items()}}
            for name, e in cv.items()}


def cv_markdown(summary: dict) -> str:
    """The cross-validated top-1 calibration as a markdown table: one row per curriculum, one column group per
    scheme, and the gap between leave-one-curriculum-out and in-curriculum ECE."""
    names = list(summary)
    if not names:
        return ""
    head = "| curriculum | documents | " + " | ".join(f"{n}: ECE / Brier / AUROC" for n in names)
    lines = [head + " | LOCO - in-curriculum ECE |", "|---|---:|" + "---:|" * len(names) + "---:|"]
    rows = list(summary[names[0]]["per_curriculum"]) + ["pooled"]
    for cid in rows:
        cells = []
        for n in names:
            row = summary[n]["pooled"] if cid == "pooled" else summary[n]["per_curriculum"].get(cid, {})
            cells.append(" / ".join(_fmt(row.get(k)) for k in ("top1 ECE", "top1 Brier", "top1 AUROC")))
        first = summary[names[0]]["pooled"] if cid == "pooled" else summary[names[0]]["per_curriculum"][cid]
        loco = summary.get("leave one curriculum out", {})
        loco_row = loco.get("pooled") if cid == "pooled" else loco.get("per_curriculum", {}).get(cid)
        inc = summary.get("in-curriculum", {})
        inc_row = inc.get("pooled") if cid == "pooled" else inc.get("per_curriculum", {}).get(cid)
        gap = (loco_row["top1 ECE"] - inc_row["top1 ECE"]) if loco_row and inc_row else float("nan")
        lines.append(f"| {cid} | {first.get('documents', '')} | " + " | ".join(cells) + f" | {_fmt(gap, signed=True)} |")
    return "\n".join(lines) + "\n"


def _fmt(v, signed: bool = False) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "n/a"
    return f"{v:+.3f}" if signed else f"{v:.3f}"


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
