""""None of these": the probability that a document evidences no outcome of a curriculum.

Every document gets a ranked list of suggestions, and the top one always looks like something: an
anaesthetics business case scored against the emergency-medicine curriculum, a car-park notice, a blank
form.  The :class:`~pipeline.calibrate.Calibrator` says how likely a suggestion is right *given that the
document evidences something*; this module estimates the other half, ``P(none)``: that the document is
off-specialty, administrative or empty for the chosen curriculum.  A suggestion's displayed confidence is

    P(node right) x (1 - P(none)^2)

(:func:`combine`): the calibrator was fitted on evidence documents only, so its output is the probability of
being right given that the document evidences something, and the second factor lowers it for documents that
probably do not.  ``1 - P(none)`` would be that factor if P(none) were calibrated on every document; on writing
the models never saw it is not: documents that do evidence something get a mean P(none) of about 0.11, so every
right suggestion was lowered by a tenth (top-1 ECE 0.063 on such documents, 0.028 before the lowering, on four
blind sets).  Squared, it barely moves at P(none) 0.1 and still divides by ten at 0.95: top-1 ECE 0.039 on those
documents and 0.029 over them and the empty ones together (0.051 with ``1 - P(none)``); the measurements are in
``corpora/labelled/holdout-s40-RESULTS.md``.

Features (:func:`features`) carry over between curricula: nothing is a raw score tied to one curriculum's
scale or a node id.  Per document and curriculum, over that curriculum's statements only:

- the best hub-corrected dense similarity (document mean and single best passage) and its margin and
  z-score against the document's scores over the curriculum's statements;
- passage support: the share of passages whose best corrected similarity is above the background level;
- the best sparse (TF-IDF) similarity and its z-score; agreement of dense and sparse (rank correlation,
  same top outcome);
- the calibrated probability of the top suggestion and its gap to the runner-up's;
- the evidence type of :mod:`pipeline.ingest.classify` (recognised or not, primary or not, how strongly);
- document length in words and passages.

Tried and left out: the same dense similarities over the curriculum's most specific statements only
(hubness at most the curriculum's median), meant for a psychiatric letter scored against anaesthetics,
which matches the generic communication domain: leave-one-curriculum-out AUROC 0.961 with them, 0.957
without (off-specialty 0.925 against 0.913), and those psychiatric letters stayed below 0.1.

:class:`NoneModel` is a logistic regression over the standardised features (scikit-learn estimator API,
stored as JSON in ``models/none_of_these.json`` with a note of what it was fitted on; no pickle).  It is
fitted by ``cesr calibrate-none`` (:func:`fit_none_model`), validated with leave-one-curriculum-out
cross-validation, and measured by ``cesr evaluate`` on documents with empty ``labels``
(``corpora/labelled/none-dev.jsonl``, ``none-test.jsonl``; see ``corpora/split_none.py``).
"""

from __future__ import annotations

import hashlib
import json
import math
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from .model import Document, Passage
    from .suggest import ScoreParts, Suggester

__all__ = ["FEATURES", "NONE_POWER", "NoneModel", "average_ranks", "spearman", "features", "curriculum_features",
           "combine", "load_none_model", "default_none_model_path", "none_data", "cross_validate", "fit_none_model",
           "review_state", "HIGH"]

FEATURES = (
    "dense_top", "dense_top_margin", "dense_top_z", "passage_best", "passage_support", "raw_cosine_best",
    "sparse_top", "sparse_top_z", "dense_sparse_rho", "same_top_outcome", "top1_probability", "top1_gap",
    "type_recognised", "type_primary", "type_strength", "log_words", "log_passages",
)

#: ``P(none)`` at or above which the review app says "probably evidences nothing in <curriculum>".
HIGH = 0.5

# A passage supports a curriculum when its best hub-corrected similarity to one of the curriculum's
# statements is at least this: at or above the level of the statement's nearest background passages.
SUPPORT_LEVEL = -0.02



def average_ranks(values: np.ndarray) -> np.ndarray:
    """Ranks from 1, ties given the mean of the ranks they span (``scipy.stats.rankdata``'s "average"): exact
    halves, the same numbers whichever way they are worked out."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    first = np.concatenate(([True], ordered[1:] != ordered[:-1]))
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, len(values)))
    ranks = np.empty(len(values), dtype=np.float64)
    ranks[order] = np.repeat(starts + 1 + (counts - 1) / 2, counts)
    return ranks


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman's rank correlation of two samples without ties to NaN (callers skip constant ones), computed as
    ``scipy.stats.spearmanr(a, b).statistic`` is: the Pearson correlation (``np.corrcoef`` over the columns) of
    the two columns' average ranks. The same float (``tests/test_none_of_these.py``), without importing
    ``scipy.stats`` (0.5 s of CPU) into a command that needs nothing else of it."""
    # laid out as scipy's ranks are (one row a sample, seen through a transpose), so that the products inside
    # np.corrcoef run over memory in the same order
    ranked = np.vstack((average_ranks(np.asarray(a)), average_ranks(np.asarray(b)))).T
    return float(np.corrcoef(ranked, rowvar=False)[1, 0])

def features(parts: "ScoreParts", rows: np.ndarray, nodes: list, text: str, n_passages: int,
             calibrator, sparse_weight: float = 0.5, evidence_type: str | None = None) -> np.ndarray:
    """The feature row (:data:`FEATURES`) of one document for the statements in ``rows``.

    Args:
        parts: The document's scores over the whole index (:meth:`pipeline.suggest.Suggester.score_parts`).
        rows: Index rows of the curriculum's statements.
        nodes: The index's nodes (``nodes[row].outcome`` is a row's outcome).
        text: The document's text.
        n_passages: How many passages it was cut into.
        calibrator: The :class:`~pipeline.calibrate.Calibrator` of suggestions.
        sparse_weight: Share of the sparse score in the fused score (as in the suggester).
        evidence_type: The document's type when already known (else classified here).
    """
    from .ingest.classify import EVIDENCE_TYPES, classify, scores as type_scores

    rows = np.asarray(rows)
    words = len(text.split())
    if evidence_type is None or evidence_type == "":
        evidence_type = classify(text).evidence_type
    if rows.size == 0 or n_passages == 0 or parts.dense_pp.shape[0] == 0:
        dense = sparse = np.zeros(max(rows.size, 1))
        dense_top = margin = dense_z = best = support = raw_best = sparse_top = sparse_z = 0.0
        rho, same, p1, gap = 0.0, 0.0, 0.0, 0.0
    else:
        dense = parts.dense[rows].astype(np.float64)
        sparse = parts.sparse[rows].astype(np.float64)
        per_passage = parts.dense_pp[:, rows]
        dense_top = float(dense.max())
        margin = dense_top - float(np.median(dense))
        dense_z = _zmax(dense)
        best = float(per_passage.max())
        support = float((per_passage.max(axis=1) >= SUPPORT_LEVEL).mean())
        raw_best = float(parts.raw_pp[:, rows].max())
        sparse_top = float(sparse.max())
        sparse_z = _zmax(sparse)
        if len(rows) > 2 and dense.std() > 1e-9 and sparse.std() > 1e-9:
            rho = spearman(dense, sparse)
        else:
            rho = 0.0
        same = 1.0 if nodes[rows[int(dense.argmax())]].outcome == nodes[rows[int(sparse.argmax())]].outcome else 0.0
        fused = (1 - sparse_weight) * _z(dense) + sparse_weight * _z(sparse)
        top = np.argsort(-fused, kind="stable")[:10]
        sub = SimpleNamespace(fused=fused, dense=dense, sparse=sparse, dense_pp=per_passage)
        probs = calibrator.probabilities(sub, top, [nodes[r].outcome for r in rows], n_passages, words,
                                         evidence_type)
        p1 = float(probs[0])
        gap = float(probs[0] - probs[1]) if len(probs) > 1 else float(probs[0])
    strength = max(type_scores(text).values(), default=0.0)
    primary = EVIDENCE_TYPES.get(evidence_type, ("", None))[1]
    return np.array([
        dense_top, margin, dense_z, best, support, raw_best, sparse_top, sparse_z, rho, same, p1, gap,
        0.0 if evidence_type == "other" else 1.0, 1.0 if primary else 0.0, math.log1p(strength),
        math.log1p(words), math.log1p(n_passages),
    ], dtype=np.float64)


def curriculum_features(suggester: "Suggester", parts: "ScoreParts", document: "Document",
                        passages: list["Passage"]) -> dict[str, np.ndarray]:
    """Feature rows per curriculum of ``suggester``'s index, for one document."""
    out = {}
    for cid, rows in _rows_by_curriculum(suggester).items():
        out[cid] = features(parts, rows, suggester.index_.nodes, document.text, len(passages),
                            suggester.get_calibrator(), suggester.settings.sparse_weight,
                            document.evidence_type or None)
    return out


def _rows_by_curriculum(suggester: "Suggester") -> dict[str, np.ndarray]:
    grouped: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(suggester.index_.nodes):
        grouped[node.curriculum].append(i)
    return {cid: np.array(r) for cid, r in grouped.items()}


#: The power of P(none) in the lowering of a suggestion's confidence (see the module's note).
NONE_POWER = 2


def combine(node_probability: float, none_probability: float | None) -> float:
    """The displayed confidence: ``P(node right | evidence) x (1 - P(none) ** NONE_POWER)``."""
    if none_probability is None:
        return float(node_probability)
    return float(node_probability) * (1.0 - float(none_probability) ** NONE_POWER)


def review_state(none: dict[str, float], curricula: list) -> dict:
    """What the review app shows of ``P(none)`` for one document.

    Returns ``{"none_of_these": {curriculum id: P(none)}, "nothing_in": [...]}``, where ``nothing_in``
    lists the curricula with ``P(none) >= HIGH`` as ``{"curriculum", "title", "probability", "message"}``
    ("probably evidences nothing in <curriculum>").
    """
    titles = {c.id: c.title for c in curricula}
    nothing = [{"curriculum": cid, "title": titles.get(cid, cid), "probability": round(float(p), 4),
                "message": f"Probably evidences nothing in {titles.get(cid, cid)} ({cid}): "
                           f"{round(100 * float(p))}% likely off-specialty, administrative or empty. "
                           "Its suggestions' confidences are lowered accordingly."}
               for cid, p in sorted(none.items()) if cid in titles and p >= HIGH]
    return {"none_of_these": {cid: round(float(p), 4) for cid, p in sorted(none.items())}, "nothing_in": nothing}


def _z(x: np.ndarray) -> np.ndarray:
    std = float(x.std())
    return (x - x.mean()) / std if std > 1e-9 else np.zeros_like(x)


def _zmax(x: np.ndarray) -> float:
    std = float(x.std())
    return float((x.max() - x.mean()) / std) if std > 1e-9 else 0.0


# ------------------------------------------------------------------ the model


@dataclass
class NoneModel:
    """Logistic regression of "evidences nothing in this curriculum" on :data:`FEATURES`.

    Attributes:
        mean: Per-feature mean of the fitting data (standardisation).
        scale: Per-feature standard deviation of the fitting data.
        coef: Logistic weights on the standardised features.
        intercept: Logistic bias.
        fitted_on: Provenance: data, model id, recipe, sizes, cross-validated AUROC, date.
    """

    mean: list[float] = field(default_factory=list)
    scale: list[float] = field(default_factory=list)
    coef: list[float] = field(default_factory=list)
    intercept: float = 0.0
    fitted_on: dict = field(default_factory=dict)

    #: Inverse regularisation strength, chosen by leave-one-curriculum-out cross-validation on dev: AUROC
    #: 0.929, 0.936, 0.945, 0.957, 0.966 at C = 0.03, 0.1, 0.3, 1, 3, and ECE of P(none) 0.040, 0.045, 0.052,
    #: 0.066 at C = 1, 3, 10, 30; 1 keeps the best calibration (P(none) multiplies every confidence) for 0.009 of AUROC.
    C = 1.0

    def fit(self, X: np.ndarray, y: np.ndarray, **provenance) -> "NoneModel":
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler

        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y, dtype=np.int64)
        if len(set(y.tolist())) < 2:
            raise ValueError("'none of these' needs documents that evidence something and documents that do not")
        scaler = StandardScaler().fit(X)
        model = LogisticRegression(C=self.C, max_iter=2000).fit(scaler.transform(X), y)
        self.mean = [float(v) for v in scaler.mean_]
        self.scale = [float(v) for v in scaler.scale_]
        self.coef = [float(c) for c in model.coef_[0]]
        self.intercept = float(model.intercept_[0])
        self.fitted_on = {"features": list(FEATURES), "samples": int(len(y)), "none": int(y.sum()),
                          "C": self.C, "fitted_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                          **provenance}
        return self

    @property
    def version(self) -> str:
        """``none@<digest of the weights>``: part of the versions recorded with suggestions."""
        src = json.dumps({k: [round(float(v), 10) for v in getattr(self, k)] for k in ("mean", "scale", "coef")}
                         | {"intercept": round(float(self.intercept), 10)}, sort_keys=True)
        return "none@" + hashlib.sha256(src.encode()).hexdigest()[:12]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """``P(none)`` per row (1-D array)."""
        X = np.atleast_2d(np.asarray(X, dtype=np.float64))
        if X.size == 0:
            return np.zeros(0)
        z = (X - np.asarray(self.mean)) / np.where(np.asarray(self.scale) > 0, self.scale, 1.0)
        logits = z @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -40, 40)))

    def save(self, path: str | Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(
            {"kind": "none-of-these-logistic", "mean": self.mean, "scale": self.scale, "coef": self.coef,
             "intercept": self.intercept, "fitted_on": self.fitted_on}, indent=2) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> "NoneModel":
        data = json.loads(Path(path).read_text())
        if data.get("kind") != "none-of-these-logistic" or data.get("fitted_on", {}).get("features") != list(FEATURES) \
                or not (len(data.get("coef", [])) == len(data.get("mean", [])) == len(data.get("scale", [])) == len(FEATURES)):
            raise ValueError(f"{path}: not a 'none of these' model this version can use")
        return cls(mean=list(data["mean"]), scale=list(data["scale"]), coef=list(data["coef"]),
                   intercept=float(data["intercept"]), fitted_on=data.get("fitted_on", {}))


def default_none_model_path() -> Path:
    """The shipped model (``models/none_of_these.json``)."""
    from . import resources

    return resources.none_model_file()


def load_none_model(path: str | Path | None, model_id: str, recipe: str) -> NoneModel | None:
    """The "none of these" model, or ``None`` when there is none (confidences are then not lowered).

    Warns when it was fitted for another embedding model or scoring recipe.
    """
    path = Path(path) if path else default_none_model_path()
    if not path.is_file():
        return None
    model = NoneModel.load(path)
    fitted = model.fitted_on
    if fitted.get("model") not in (None, model_id) or fitted.get("recipe") not in (None, recipe):
        warnings.warn(f"'none of these' model {path} was fitted for model {fitted.get('model')} / recipe "
                      f"{fitted.get('recipe')}, now {model_id} / {recipe}: refit with 'cesr calibrate-none'",
                      stacklevel=2)
    return model


# ------------------------------------------------------------------ data, validation, fitting


def none_data(items: list, suggester: "Suggester", documents: list | None = None,
              embedded: list | None = None) -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:
    """Features and targets of labelled items: ``(X, y, curricula, kinds)``.

    ``y`` is 1 for an item with empty ``labels`` (it evidences nothing in its curriculum) and 0 for a
    labelled one; ``kinds`` is the item's ``none`` kind (``"non_evidence"``, ``"off_specialty"``) or
    ``"evidence"``.  Each item is scored against its own ``curriculum`` only.  ``embedded``: each item's
    ``(passages, vectors)`` already cut and embedded (documents then required).
    """
    from .curriculum import load_curricula
    from .evaluate import documents_for

    documents = documents if documents is not None else documents_for(items)
    by_curriculum: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_curriculum[item.curriculum].append(i)
    X: list[np.ndarray | None] = [None] * len(items)
    for cid, idx in sorted(by_curriculum.items()):
        suggester.fit(load_curricula([cid]))
        pairs = ([embedded[i] for i in idx] if embedded is not None
                 else suggester.embed_documents([documents[i] for i in idx]))
        for i, (passages, vectors) in zip(idx, pairs):
            doc = documents[i]
            parts = suggester.score_parts(vectors, doc.text, passages)
            X[i] = curriculum_features(suggester, parts, doc, passages)[cid]
    y = np.array([0 if item.labels else 1 for item in items])
    kinds = [("evidence" if item.labels else (item.none or "none")) for item in items]
    return np.vstack(X), y, [item.curriculum for item in items], kinds


def cross_validate(X: np.ndarray, y: np.ndarray, groups: list[str]) -> dict:
    """Leave-one-curriculum-out predictions and AUROC (pooled over the held-out folds).

    Returns ``{"probabilities": out-of-fold P(none), "AUROC": ..., "per_curriculum": {cid: AUROC}}``.
    """
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import LeaveOneGroupOut

    groups_a = np.asarray(groups)
    oof = np.full(len(y), np.nan)
    for train, held in LeaveOneGroupOut().split(X, y, groups_a):
        if len(set(y[train].tolist())) < 2:
            continue
        oof[held] = NoneModel().fit(X[train], y[train]).predict_proba(X[held])
    ok = ~np.isnan(oof)
    per = {}
    for cid in sorted(set(groups)):
        mask = ok & (groups_a == cid)
        if 0 < y[mask].sum() < mask.sum():
            per[cid] = float(roc_auc_score(y[mask], oof[mask]))
    auroc = float(roc_auc_score(y[ok], oof[ok])) if 0 < y[ok].sum() < ok.sum() else float("nan")
    return {"probabilities": oof, "AUROC": auroc, "per_curriculum": per}


def fit_none_model(items: list, suggester: "Suggester", data: list[str], documents: list | None = None,
                   rows: tuple | None = None, **provenance) -> tuple[NoneModel, dict]:
    """Fit the model on ``items`` (labelled and empty-labelled), with leave-one-curriculum-out validation.

    ``rows``: the fitting data of ``items`` already computed (``(X, y, curricula, kinds)`` as
    :func:`none_data` gives it, e.g. cross-fitted by :func:`pipeline.crossfit.crossfit_none_data`);
    ``provenance``: more for the model's note."""
    from sklearn.metrics import roc_auc_score

    from .suggest import SCORING_RECIPE

    X, y, groups, kinds = rows if rows is not None else none_data(items, suggester, documents)
    cv = cross_validate(X, y, groups)
    kinds_a = np.asarray(kinds)
    by_kind = {}
    for kind in sorted(set(kinds) - {"evidence"}):
        mask = ((kinds_a == kind) | (kinds_a == "evidence")) & ~np.isnan(cv["probabilities"])
        by_kind[kind] = float(roc_auc_score(y[mask], cv["probabilities"][mask]))
    model = NoneModel().fit(
        X, y, data=data, documents=len(items), model=suggester.model.id, recipe=SCORING_RECIPE,
        target="the document evidences no outcome of the curriculum it is scored against (empty labels)",
        cv={"scheme": "leave one curriculum out", "AUROC": round(cv["AUROC"], 4),
            "AUROC by kind": {k: round(v, 4) for k, v in by_kind.items()},
            "AUROC per curriculum": {k: round(v, 4) for k, v in cv["per_curriculum"].items()}},
        kinds={k: int(sum(1 for x in kinds if x == k)) for k in sorted(set(kinds))}, **provenance,
    )
    return model, {"cv": cv, "by_kind": by_kind, "X": X, "y": y, "groups": groups, "kinds": kinds}
