"""Measure mapping accuracy and calibration against labelled sets.

A labelled set is JSON Lines, one document per line::

    {"id": "rcem-0001", "text": "..." | "path": "relative/to/the/labels/file",
     "curriculum": "rcem-2021", "labels": ["rcem-2021:SLO3", "rcem-2021:SLO3.KC1"],
     "acceptable": ["rcem-2021:SLO8"]}

``labels`` are what an assessor would clearly credit; ``acceptable`` are
defensible extras, removed from a ranking before scoring (neither hit nor
error).  At ``level="outcome"`` every node is mapped to its top-level outcome.

A document with empty ``labels`` evidences nothing in its ``curriculum``; its
``"none"`` field says why (``"non_evidence"``: administrative, blank;
``"off_specialty"``: another specialty's work).  Such documents are left out of
every ranking metric and measure the "none of these" probability instead
(:mod:`pipeline.none_of_these`): its AUROC against the labelled documents, per
kind, and the top suggestion's calibration over labelled and empty documents together.

Rankers compared in one run: the product (:class:`~pipeline.suggest.Suggester`)
and two baselines: TF-IDF over the statement texts, and plain embedding
cosine between the whole document and the statement titles (what a user
would try first).

A flat taxonomy (a list of short statements, such as ESCO's skills) is measured on a
sentence set instead (:func:`load_sentences`, :func:`evaluate_taxonomy`): each line
``{"id", "text", "labels": [exact statements]}``, scored by RP@5, MRR and P@1 for the product,
plain embedding cosine, character TF-IDF and their reciprocal-rank fusion, in one run.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Protocol

import numpy as np

from .anonymise import Anonymiser
from .calibrate import source_of
from .curriculum import load_curricula, resolve_node
from .embed import EmbeddingModel
from .index import node_text
from .ingest import IngestSettings, ingest_file
from .model import Curriculum, Document

__all__ = [
    "LabelledItem", "load_labelled", "documents_for", "Ranking", "metrics", "evaluate_rankers",
    "SuggesterRanker", "TfidfBaseline", "TitleCosineBaseline", "CalibrationData", "calibration_data", "simulated_review",
    "none_metrics", "ece",
    "r_precision_at", "load_sentences", "evaluate_taxonomy", "StatementCosineBaseline", "RrfBaseline",
    "reciprocal_rank_fusion",
    "ExcerptItem", "load_excerpts", "locate_sentence", "excerpt_quality",
]


@dataclass
class LabelledItem:
    id: str
    curriculum: str
    labels: list[str]
    acceptable: list[str] = field(default_factory=list)
    text: str | None = None
    path: str | None = None
    kind: str | None = None
    none: str | None = None  # why a document with empty labels evidences nothing ("non_evidence", "off_specialty")


def _json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """``(line number, value)`` of each non-blank line of a JSON Lines file; a line that is not JSON is a
    ``ValueError`` naming the file and the line."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON: {exc.msg}") from exc


def load_labelled(path: str | Path) -> list[LabelledItem]:
    """Read a labelled set; ``path`` fields are resolved against the file's folder."""
    path = Path(path)
    items = []
    for n, row in _json_lines(path):
        if "labels" not in row or not isinstance(row["labels"], list):
            raise ValueError(f"{path}:{n}: 'labels' is required (a list; empty for a document that evidences nothing)")
        if not row.get("curriculum"):
            raise ValueError(f"{path}:{n}: 'curriculum' is required")
        if not (row.get("text") or row.get("path")):
            raise ValueError(f"{path}:{n}: one of 'text' or 'path' is required")
        file_path = str((path.parent / row["path"]).resolve()) if row.get("path") else None
        items.append(LabelledItem(
            id=str(row.get("id", n)), curriculum=row["curriculum"], labels=list(row["labels"]),
            acceptable=list(row.get("acceptable", [])), text=row.get("text"), path=file_path, kind=row.get("kind"),
            none=None if row["labels"] else str(row.get("none") or "unspecified"),
        ))
    _resolve_labels(items, path)
    return items


def _resolve_labels(items: list[LabelledItem], path: Path) -> None:
    """Give every label and acceptable outcome its node's global id: a label written as the curriculum
    writes its codes (``SLO3``, ``HLO2``) is read within the document's curriculum (``rcem-2021:SLO3``).
    A label that is no node of that curriculum is refused, naming it: a set scored against ids it does
    not use would measure nothing (every suggestion wrong) without saying why."""
    curricula = {c.id: c for c in load_curricula(sorted({item.curriculum for item in items}))}
    for item in items:
        cur = [curricula[item.curriculum]]
        for field_name in ("labels", "acceptable"):
            resolved = []
            for label in getattr(item, field_name):
                node = resolve_node(cur, label) or resolve_node(cur, f"{item.curriculum}:{label}")
                if node is None:
                    raise ValueError(f"{path}: document {item.id}: {field_name[:-1] if field_name == 'labels' else 'acceptable'} "
                                     f"{label!r} is not a node of {item.curriculum} (write it as that curriculum "
                                     f"writes its codes, e.g. 'SLO3' or '{item.curriculum}:SLO3')")
                if node.id not in resolved:
                    resolved.append(node.id)
            setattr(item, field_name, resolved)


def documents_for(items: list[LabelledItem], settings: IngestSettings | None = None) -> list[Document]:
    """Documents for labelled items, anonymised exactly as in production."""
    docs = []
    for item in items:
        if item.path:
            docs.append(ingest_file(item.path, settings))
        else:
            # One anonymiser per document: it remembers the names it has seen.
            text, spans = Anonymiser().anonymise(item.text or "")
            docs.append(Document(path=item.id, sha256="", text=text, pages=1, format="text", redactions=len(spans)))
    return docs


def _labelled_only(items: list[LabelledItem], documents: list[Document]) -> tuple[list, list]:
    kept = [(i, d) for i, d in zip(items, documents) if i.labels]
    return [i for i, _d in kept], [d for _i, d in kept]


# ------------------------------------------------------------------ rankers


@dataclass
class Ranking:
    """A document's ranked nodes with a confidence each.

    ``none`` is the probability that the document evidences nothing in the curriculum, and
    ``node_confidence`` the confidences before they were lowered by it, for a ranker that has them.
    """

    nodes: list[str]
    confidence: list[float]
    none: float | None = None
    node_confidence: list[float] | None = None


class Ranker(Protocol):
    name: str

    def rank(self, documents: list[Document], curricula: list[Curriculum]) -> list[Ranking]: ...


class SuggesterRanker:
    """The product's ranking: :class:`~pipeline.suggest.Suggester`."""

    name = "cesr-mapper"

    def __init__(self, suggester, name: str | None = None) -> None:
        self.suggester = suggester
        if name:
            self.name = name

    def scores(self, documents, curricula) -> np.ndarray:
        """Fused node scores per document (rows: documents; columns: the index's nodes)."""
        rows = [scores for scores, _best, _passages in self.suggester.document_scores(documents)]
        return np.vstack(rows) if rows else np.zeros((0, len(self.suggester.index_)), dtype=np.float32)

    def rank(self, documents, curricula):
        from .none_of_these import combine

        out = []
        suggester = self.suggester
        for doc, (passages, vectors) in zip(documents, suggester.embed_documents(documents)):
            parts = suggester.score_parts(vectors, doc.text, passages)
            scores = parts.fused
            order = np.argsort(-scores, kind="stable")[:50]
            probs = suggester.confidences(parts, order, doc, len(passages))
            nodes = [suggester.index_.nodes[i] for i in order]
            none = suggester.none_probabilities(parts, doc, passages) if doc.ok else {}
            if not none:
                out.append(Ranking([n.id for n in nodes], probs.tolist()))
                continue
            p_none = float(np.mean(list(none.values())))  # one curriculum per evaluated document
            out.append(Ranking([n.id for n in nodes], [combine(p, none.get(n.curriculum)) for p, n in zip(probs, nodes)],
                               none=p_none, node_confidence=probs.tolist()))
        return out


class TfidfBaseline:
    """Character n-gram TF-IDF between document and statement text; cosine as confidence."""

    name = "baseline: tf-idf"

    def scores(self, documents, curricula) -> np.ndarray:
        """Cosine of each document (rows) to each node's text (columns)."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        nodes = [n for c in curricula for n in c.nodes]
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1,
                                     dtype=np.float32)
        matrix = vectorizer.fit_transform([node_text(n) for n in nodes] + [d.text for d in documents])
        node_m, doc_m = matrix[: len(nodes)], matrix[len(nodes):]
        return (doc_m @ node_m.T).toarray()

    def rank(self, documents, curricula):
        nodes = [n for c in curricula for n in c.nodes]
        return [_ranking(nodes, row) for row in self.scores(documents, curricula)]


class TitleCosineBaseline:
    """Whole document embedded once, cosine to each statement title."""

    name = "baseline: embedding cosine"

    def __init__(self, model: EmbeddingModel) -> None:
        self.model = model

    def rank(self, documents, curricula):
        nodes = [n for c in curricula for n in c.nodes]
        node_v = self.model.encode([n.title for n in nodes])
        doc_v = self.model.encode([d.text for d in documents])
        return [_ranking(nodes, row) for row in doc_v @ node_v.T]


class StatementCosineBaseline:
    """Whole document embedded once, cosine to each statement's vector in the suggester's index.

    The statement vectors are the index's (the same model; float32 in batches for a large
    taxonomy, see :func:`pipeline.index.statement_model`), so 13,896 labels are not embedded
    again; for a taxonomy without descriptions the embedded text is the label itself. The
    document is embedded by the suggester's model, as the product embeds passages.
    Call after ``suggester.fit``.
    """

    name = "baseline: embedding cosine"

    def __init__(self, suggester) -> None:
        self.suggester = suggester

    def scores(self, documents, curricula) -> np.ndarray:
        doc_v = self.suggester.model.encode([d.text for d in documents])
        return doc_v @ self.suggester.index_.vectors.T


def reciprocal_rank_fusion(*score_matrices: np.ndarray, k: int = 60) -> np.ndarray:
    """Reciprocal-rank fusion: per row, the sum over matrices of ``1 / (k + rank)`` (rank from 1)."""
    fused = np.zeros(score_matrices[0].shape, dtype=np.float64)
    for scores in score_matrices:
        order = np.argsort(-scores, axis=1, kind="stable")
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, np.arange(1, scores.shape[1] + 1)[None, :].repeat(scores.shape[0], 0), axis=1)
        fused += 1.0 / (k + ranks)
    return fused


class RrfBaseline:
    """Plain embedding cosine and character TF-IDF fused by reciprocal rank (``k`` = 60)."""

    name = "baseline: embedding + tf-idf (RRF)"

    def __init__(self, dense, sparse, k: int = 60) -> None:
        self.dense, self.sparse, self.k = dense, sparse, k

    def scores(self, documents, curricula) -> np.ndarray:
        return reciprocal_rank_fusion(self.dense.scores(documents, curricula),
                                      self.sparse.scores(documents, curricula), k=self.k)


def _ranking(nodes, scores) -> Ranking:
    order = np.argsort(-scores, kind="stable")[:50]
    return Ranking([nodes[i].id for i in order], [float(min(1.0, max(0.0, scores[i]))) for i in order])


# ------------------------------------------------------------------ metrics


def r_precision_at(ranked: list[str], gold: set[str], k: int = 5) -> float:
    """R-precision at ``k``: gold items in the top ``k``, divided by ``min(k, number of gold items)``.

    A sentence with one gold label scores 1 when it is anywhere in the top ``k``; one with
    two scores 0.5 per label found there. Unlike P@k it does not punish a sentence for having
    fewer than ``k`` gold labels.
    """
    if not gold:
        raise ValueError("r_precision_at needs at least one gold item")
    return len(gold & set(ranked[:k])) / min(k, len(gold))



def _to_level(node_ids: Iterable[str], curricula: list[Curriculum], level: str) -> list[str]:
    out = []
    for node_id in node_ids:
        node = resolve_node(curricula, node_id)
        key = (node.outcome if level == "outcome" else node.id) if node else node_id
        if key not in out:
            out.append(key)
    return out


def _dedupe(ranking: Ranking, curricula, level: str) -> tuple[list[str], list[float]]:
    seen: dict[str, float] = {}
    for node_id, conf in zip(ranking.nodes, ranking.confidence):
        node = resolve_node(curricula, node_id)
        key = (node.outcome if level == "outcome" else node.id) if node else node_id
        if key not in seen:
            seen[key] = conf
    return list(seen), list(seen.values())


def ece(conf: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    if len(conf) == 0:
        return float("nan")
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        if mask.any():
            total += mask.mean() * abs(conf[mask].mean() - correct[mask].mean())
    return float(total)


def _calibration(conf: np.ndarray, correct: np.ndarray) -> dict:
    """ECE, Brier, AUROC and the reliability curve of ``conf`` against ``correct`` (0/1)."""
    from sklearn.metrics import roc_auc_score

    auroc = float(roc_auc_score(correct, conf)) if len(correct) and 0 < correct.sum() < len(correct) else float("nan")
    edges = np.linspace(0, 1, 11)
    reliability = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        if mask.any():
            reliability.append({"bin": [round(lo, 1), round(hi, 1)], "n": int(mask.sum()),
                                "confidence": float(conf[mask].mean()), "accuracy": float(correct[mask].mean())})
    return {"ECE": ece(conf, correct), "Brier": float(np.mean((conf - correct) ** 2)) if len(conf) else float("nan"),
            "AUROC": auroc, "reliability": reliability}


def metrics(items: list[LabelledItem], rankings: list[Ranking], curricula: list[Curriculum],
            level: str = "outcome", threshold: float = 0.5, calib_depth: int = 5) -> dict:
    """Ranking and calibration metrics over a labelled set.

    Returns a dict with P@1, R@1/3/5, R@3 on the documents with more than one labelled outcome
    (``multi-outcome R@3``, at the chosen level, over ``multi-outcome documents``), RP@5, MRR, nDCG@5, precision/recall/F1
    at ``threshold``, ECE, Brier, AUROC (does confidence separate right from
    wrong among the top ``calib_depth``), the reliability curve and a
    per-outcome table.

    Also the question the doctor faces (``top1 ECE``, ``top1 Brier``, ``top1 AUROC``,
    ``top1 reliability``): per document, the top-ranked outcome's confidence against whether
    that outcome is one of the document's labels or acceptable outcomes; and the same, with P@1,
    per curriculum (``per_curriculum``).

    Items with empty ``labels`` are left out of all of those and measure "none of these" instead
    (``none of these``: see :func:`none_metrics`); with a ranker that lowers its confidences by
    ``P(none)``, ``top1 ... without none`` are the same figures on the confidences before that.
    """
    pairs = [(item, ranking) for item, ranking in zip(items, rankings)]
    empty = [(item, ranking) for item, ranking in pairs if not item.labels]
    items = [item for item, _r in pairs if item.labels]
    rankings = [ranking for item, ranking in pairs if item.labels]
    p1 = []
    recall = {1: [], 3: [], 5: []}
    rp5, mrr, ndcg = [], [], []
    conf_all, correct_all = [], []
    tp = fp = fn = 0
    per_outcome: dict[str, dict[str, float]] = defaultdict(lambda: {"n": 0, "hit1": 0, "hit3": 0})
    top1: dict[str, list[tuple[float, float]]] = defaultdict(list)  # curriculum -> (top-1 confidence, right)
    hits: dict[str, list[float]] = defaultdict(list)  # curriculum -> P@1 per document
    multi_r3: list[float] = []  # R@3 of the documents with more than one labelled outcome
    for item, ranking in zip(items, rankings):
        gold = _to_level(item.labels, curricula, level)
        acceptable = set(_to_level(item.acceptable, curricula, level)) - set(gold)
        nodes, confs = _dedupe(ranking, curricula, level)
        if nodes:
            right = 1.0 if nodes[0] in set(gold) | acceptable else 0.0
            top1[item.curriculum].append((float(confs[0]), right))
        kept = [(n, c) for n, c in zip(nodes, confs) if n not in acceptable]
        ranked = [n for n, _ in kept]
        gold_set = set(gold)
        p1.append(1.0 if ranked[:1] and ranked[0] in gold_set else 0.0)
        hits[item.curriculum].append(p1[-1])
        for k in recall:
            recall[k].append(len(gold_set & set(ranked[:k])) / len(gold_set))
        if len(set(_to_level(item.labels, curricula, "outcome"))) > 1:
            multi_r3.append(recall[3][-1])
        rp5.append(r_precision_at(ranked, gold_set, 5))
        rank = next((i + 1 for i, n in enumerate(ranked) if n in gold_set), None)
        mrr.append(1.0 / rank if rank else 0.0)
        dcg = sum(1.0 / math.log2(i + 2) for i, n in enumerate(ranked[:5]) if n in gold_set)
        idcg = sum(1.0 / math.log2(i + 2) for i in range(min(5, len(gold_set))))
        ndcg.append(dcg / idcg)
        for n, c in kept[:calib_depth]:
            conf_all.append(c)
            correct_all.append(1.0 if n in gold_set else 0.0)
        predicted = {n for n, c in kept if c >= threshold}
        tp += len(predicted & gold_set)
        fp += len(predicted - gold_set)
        fn += len(gold_set - predicted)
        primary = gold[0]
        row = per_outcome[primary]
        row["n"] += 1
        row["hit1"] += 1.0 if ranked[:1] == [primary] or (ranked[:1] and ranked[0] in gold_set) else 0.0
        row["hit3"] += 1.0 if primary in ranked[:3] else 0.0
    conf = np.array(conf_all)
    correct = np.array(correct_all)
    precision = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    pooled = _calibration(conf, correct)
    rows = [r for cid in sorted(top1) for r in top1[cid]]
    first = _calibration(np.array([r[0] for r in rows]), np.array([r[1] for r in rows]))
    per_curriculum = {}
    for cid in sorted(top1):
        cal = _calibration(np.array([r[0] for r in top1[cid]]), np.array([r[1] for r in top1[cid]]))
        per_curriculum[cid] = {"documents": len(top1[cid]), "P@1": float(np.mean(hits[cid])),
                               "top1 right": float(np.mean([r[1] for r in top1[cid]])),
                               "top1 confidence": float(np.mean([r[0] for r in top1[cid]])),
                               "top1 ECE": cal["ECE"], "top1 Brier": cal["Brier"], "top1 AUROC": cal["AUROC"],
                               "top1 reliability": cal["reliability"]}
    result = {
        "documents": len(items),
        "level": level,
        "P@1": float(np.mean(p1)),
        "R@1": float(np.mean(recall[1])),
        "R@3": float(np.mean(recall[3])),
        "R@5": float(np.mean(recall[5])),
        "multi-outcome documents": len(multi_r3),
        "multi-outcome R@3": float(np.mean(multi_r3)) if multi_r3 else float("nan"),
        "RP@5": float(np.mean(rp5)),
        "MRR": float(np.mean(mrr)),
        "nDCG@5": float(np.mean(ndcg)),
        "threshold": threshold,
        "precision@t": precision,
        "recall@t": rec,
        "F1@t": 2 * precision * rec / (precision + rec) if precision + rec else 0.0,
        "ECE": pooled["ECE"],
        "Brier": pooled["Brier"],
        "AUROC": pooled["AUROC"],
        "reliability": pooled["reliability"],
        "top1 ECE": first["ECE"],
        "top1 Brier": first["Brier"],
        "top1 AUROC": first["AUROC"],
        "top1 reliability": first["reliability"],
        "per_curriculum": per_curriculum,
        "per_outcome": {k: {"n": v["n"], "P@1": v["hit1"] / v["n"], "R@3": v["hit3"] / v["n"]}
                        for k, v in sorted(per_outcome.items())},
    }
    if any(r.node_confidence is not None for r in rankings):
        before = [(_top1(r, curricula, level, item, before=True)) for item, r in zip(items, rankings)]
        before = [b for b in before if b is not None]
        cal = _calibration(np.array([b[0] for b in before]), np.array([b[1] for b in before]))
        result.update({"top1 ECE without none": cal["ECE"], "top1 Brier without none": cal["Brier"],
                       "top1 AUROC without none": cal["AUROC"]})
    if empty:
        result["none of these"] = none_metrics(list(zip(items, rankings)), empty, curricula, level)
    return result


def _top1(ranking: Ranking, curricula, level: str, item: LabelledItem, before: bool = False) -> tuple[float, float] | None:
    """``(confidence, right)`` of the top-ranked outcome (``before``: the confidence before ``P(none)``)."""
    conf = ranking.node_confidence if before and ranking.node_confidence is not None else ranking.confidence
    nodes, confs = _dedupe(Ranking(ranking.nodes, conf), curricula, level)
    if not nodes:
        return None
    right = set(_to_level(item.labels, curricula, level)) | set(_to_level(item.acceptable, curricula, level))
    return float(confs[0]), 1.0 if nodes[0] in right else 0.0


def none_metrics(labelled: list[tuple[LabelledItem, Ranking]], empty: list[tuple[LabelledItem, Ranking]],
                 curricula: list[Curriculum], level: str = "outcome") -> dict:
    """How well ``P(none)`` tells documents that evidence nothing from labelled ones.

    Returns, for a ranker with ``P(none)``: its AUROC against the labelled documents for each kind of
    empty document (``AUROC off_specialty``, ``AUROC non_evidence``) and all together; its ECE and Brier
    over labelled (target 0) and empty (target 1) documents; its mean per kind; and the top suggestion's
    calibration over labelled and empty documents together (an empty document's top suggestion is
    always wrong), before and after the confidences were lowered (``top1 ... all documents``).
    """
    from sklearn.metrics import roc_auc_score

    out: dict = {"documents": len(empty),
                 "kinds": {k: sum(1 for i, _r in empty if i.none == k) for k in sorted({i.none for i, _r in empty})}}
    if not all(r.none is not None for _i, r in labelled + empty):
        out["note"] = "this ranker has no 'none of these' probability"
        return out
    neg = np.array([r.none for _i, r in labelled])
    for kind in sorted({i.none for i, _r in empty}) + ["all"]:
        pos = np.array([r.none for i, r in empty if kind == "all" or i.none == kind])
        y = np.r_[np.zeros(len(neg)), np.ones(len(pos))]
        out[f"AUROC {kind}"] = float(roc_auc_score(y, np.r_[neg, pos])) if len(pos) and len(neg) else float("nan")
        out[f"mean P(none) {kind}"] = float(pos.mean()) if len(pos) else float("nan")
    out["mean P(none) labelled"] = float(neg.mean()) if len(neg) else float("nan")
    p = np.r_[neg, [r.none for _i, r in empty]]
    y = np.r_[np.zeros(len(neg)), np.ones(len(empty))]
    cal = _calibration(p, y)
    out.update({"ECE": cal["ECE"], "Brier": cal["Brier"], "reliability": cal["reliability"]})
    for name, before in (("without none", True), ("", False)):
        rows = [_top1(r, curricula, level, i, before) for i, r in labelled]
        rows += [(t[0], 0.0) for _i, r in empty if (t := _top1(r, curricula, level, _i, before)) is not None]
        rows = [x for x in rows if x is not None]
        cal = _calibration(np.array([x[0] for x in rows]), np.array([x[1] for x in rows]))
        suffix = f" {name}" if name else ""
        out[f"top1 ECE all documents{suffix}"] = cal["ECE"]
        out[f"top1 Brier all documents{suffix}"] = cal["Brier"]
        out[f"top1 AUROC all documents{suffix}"] = cal["AUROC"]
    return out


def evaluate_rankers(items: list[LabelledItem], rankers: list, level: str = "outcome",
                     documents: list[Document] | None = None) -> dict[str, dict]:
    """Run every ranker on every curriculum's items; metrics pooled over the set."""
    documents = documents if documents is not None else documents_for(items)
    by_curriculum: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_curriculum[item.curriculum].append(i)
    results = {}
    all_curricula = load_curricula(sorted(by_curriculum))
    for ranker in rankers:
        rankings: list[Ranking | None] = [None] * len(items)
        for cid, idx in sorted(by_curriculum.items()):
            curricula = [c for c in all_curricula if c.id == cid]
            if hasattr(ranker, "suggester"):
                ranker.suggester.fit(curricula)
            for i, r in zip(idx, ranker.rank([documents[i] for i in idx], curricula)):
                rankings[i] = r
        results[ranker.name] = metrics(items, rankings, all_curricula, level)
    return results


@dataclass
class CalibrationData:
    """The calibrator's fitting data: one row per suggestion (the first node of each of a document's top
    outcomes), with the document's curriculum, source (:func:`~pipeline.calibrate.source_of`) and id, and the
    outcome's rank (0 = the top suggestion)."""

    X: np.ndarray
    y: np.ndarray
    rank: np.ndarray
    curricula: list[str]
    sources: list[str]
    documents: list[str]


def calibration_data(items: list[LabelledItem], suggester, documents: list[Document] | None = None,
                     depth: int = 10, embedded: list | None = None, sources: list[str] | None = None) -> CalibrationData:
    """Features (:func:`~pipeline.calibrate.ranked_features`) and right/wrong targets of the top ``depth``
    outcomes per document, each scored against its own curriculum.

    A suggestion is right when its outcome is a labelled or an acceptable outcome (as in the top-1 figures of
    :func:`metrics`).  Documents with empty labels are left out (they have no right suggestion; "none of
    these" is fitted on them instead).

    ``embedded``: each item's ``(passages, vectors)`` already cut and embedded (documents then required);
    ``sources``: each item's source (default :func:`~pipeline.calibrate.source_of` of its id).
    """
    from .calibrate import ranked_features
    from .ingest.classify import classify

    documents = documents if documents is not None else documents_for(items)
    keep = [i for i, item in enumerate(items) if item.labels]
    sources = [sources[i] if sources is not None else source_of(items[i].id, items[i].curriculum) for i in keep]
    embedded = [embedded[i] for i in keep] if embedded is not None else None
    items, documents = [items[i] for i in keep], [documents[i] for i in keep]
    X, y, rank, curs, source, ids = [], [], [], [], [], []
    by_curriculum: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_curriculum[item.curriculum].append(i)
    for cid, idx in sorted(by_curriculum.items()):
        curricula = load_curricula([cid])
        suggester.fit(curricula)
        outcomes = [n.outcome for n in suggester.index_.nodes]
        pairs = ([embedded[i] for i in idx] if embedded is not None
                 else suggester.embed_documents([documents[i] for i in idx]))
        for i, (passages, vectors) in zip(idx, pairs):
            item, doc = items[i], documents[i]
            parts = suggester.score_parts(vectors, doc.text, passages)
            right = set(_to_level(item.labels, curricula, "outcome")) | set(_to_level(item.acceptable, curricula, "outcome"))
            rows: list[int] = []
            seen: set[str] = set()
            for row in np.argsort(-parts.fused, kind="stable"):
                if outcomes[row] not in seen:
                    seen.add(outcomes[row])
                    rows.append(int(row))
                    if len(rows) >= depth:
                        break
            feats = ranked_features(parts.fused, parts.dense, parts.sparse, parts.dense_pp, outcomes, rows,
                                    len(passages), len(doc.text.split()),
                                    doc.evidence_type or classify(doc.text).evidence_type)
            for k, (row, f) in enumerate(zip(rows, feats)):
                X.append(f)
                y.append(1 if outcomes[row] in right else 0)
                rank.append(k)
                curs.append(cid)
                source.append(sources[i])
                ids.append(item.id)
    return CalibrationData(np.array(X), np.array(y), np.array(rank), curs, source, ids)


def simulated_review(items: list[LabelledItem], suggester, steps: list[int], documents: list[Document] | None = None,
                     orders: int = 3) -> list[dict]:
    """Learning from decisions, simulated per curriculum and pooled.

    The labelled sets have no dates, so each curriculum's documents are reviewed
    in ``orders`` fixed random orders (``random.Random(seed)``, seeds 0, 1, ...);
    after ``k`` reviewed documents, P@1 and R@3 are measured on the remaining
    ones with and without the :class:`~pipeline.learn.DecisionHead` (fitted with
    the reviewed documents' scores, so its leave-one-out gate applies).  A step
    is measured only in curricula with more than ``k`` documents.
    """
    import random

    from .learn import DecisionHead, simulate_review

    documents = documents if documents is not None else documents_for(items)
    items, documents = _labelled_only(items, documents)  # documents that evidence nothing have no right node
    by_curriculum: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_curriculum[item.curriculum].append(i)
    pooled: dict[int, list[tuple[dict, int]]] = defaultdict(list)
    head, suggester.head = suggester.head, None
    try:
        for cid, idx in sorted(by_curriculum.items()):
            curricula = load_curricula([cid])
            suggester.fit(curricula)
            outputs = suggester.document_scores([documents[i] for i in idx], with_vectors=True)
            vectors = [v for _s, _b, _p, v in outputs]
            node_ids = [n.id for n in suggester.index_.nodes]
            outcome_of = {n.id: n.outcome for n in suggester.index_.nodes}
            gold = [{node.id for label in items[i].labels if (node := resolve_node(curricula, label))} for i in idx]
            extra = [{node.id for label in items[i].acceptable if (node := resolve_node(curricula, label))} for i in idx]
            for seed in range(orders):
                order = list(range(len(idx)))
                random.Random(seed).shuffle(order)
                rows = simulate_review([outputs[j][0] for j in order], [vectors[j] for j in order], node_ids,
                                       [gold[j] for j in order], outcome_of, steps, head or DecisionHead(),
                                       acceptable=[extra[j] for j in order])
                for row in rows:
                    pooled[row["k"]].append((row, row["remaining"]))
    finally:
        suggester.head = head
    summary = []
    for k, rows in sorted(pooled.items()):
        weights = [w for _r, w in rows]
        entry = {"k": k, "documents_measured": int(sum(weights))}
        for key in ("P@1 without", "P@1 with", "R@3 without", "R@3 with"):
            entry[key] = float(np.average([r[key] for r, _w in rows], weights=weights))
        summary.append(entry)
    return summary


# ------------------------------------------------------------------ flat taxonomies


def load_sentences(path: str | Path, curriculum: Curriculum) -> list[LabelledItem]:
    """A sentence set labelled against a flat taxonomy: ``{"id", "text", "labels": [statements]}`` a line.

    Each label is a statement of ``curriculum`` as written (whitespace folded, as the import
    folds it) or a node id (``esco:S00042``); the items' labels become node ids.

    Raises:
        ValueError: A line is not JSON, has no text or labels, or names a statement the
            taxonomy does not have (the line number and the label are given).
    """
    path = Path(path)
    by_title = {" ".join(n.title.split()): n.id for n in curriculum.nodes}
    items = []
    for n, row in _json_lines(path):
        if not isinstance(row, dict) or not row.get("text") or not row.get("labels"):
            raise ValueError(f"{path}:{n}: 'text' and a non-empty 'labels' list are required")
        labels = []
        for label in row["labels"]:
            node_id = label if label in curriculum else by_title.get(" ".join(str(label).split()))
            if node_id is None:
                raise ValueError(f"{path}:{n}: {label!r} is not a statement of {curriculum.id}")
            if node_id not in labels:
                labels.append(node_id)
        items.append(LabelledItem(id=str(row.get("id", n)), curriculum=curriculum.id, labels=labels,
                                  text=row["text"], kind=row.get("source")))
    if not items:
        raise ValueError(f"{path}: no sentences")
    return items


def taxonomy_metrics(items: list[LabelledItem], scores: np.ndarray, node_ids: list[str]) -> dict:
    """RP@5, MRR and P@1 (and R@10) of score rows (one per item) over ``node_ids`` (columns)."""
    rp5, mrr, p1, r10 = [], [], [], []
    for item, row in zip(items, scores):
        order = np.argsort(-row, kind="stable")[:100]
        ranked = [node_ids[i] for i in order]
        gold = set(item.labels)
        rp5.append(r_precision_at(ranked, gold, 5))
        rank = next((i + 1 for i, n in enumerate(ranked) if n in gold), None)
        mrr.append(1.0 / rank if rank else 0.0)
        p1.append(1.0 if ranked[0] in gold else 0.0)
        r10.append(len(gold & set(ranked[:10])) / len(gold))
    return {"sentences": len(items), "RP@5": float(np.mean(rp5)), "MRR": float(np.mean(mrr)),
            "P@1": float(np.mean(p1)), "R@10": float(np.mean(r10))}


def evaluate_taxonomy(items: list[LabelledItem], curriculum: Curriculum, suggester,
                      documents: list[Document] | None = None) -> dict:
    """The product and three baselines on a sentence set against one flat taxonomy, in one run.

    Rankers: the product (``suggester``, fitted here on ``curriculum`` alone, its settings
    adapted to it: :mod:`pipeline.adapt`), plain embedding cosine, character TF-IDF, and the
    two baselines fused by reciprocal rank (k = 60). Sentences are anonymised as in production
    (:func:`documents_for`); every ranker sees the same text.

    Returns:
        ``{"taxonomy": {...profile and adapted weights...}, "rankers": {name: metrics}}``.
    """
    documents = documents if documents is not None else documents_for(items)
    suggester.fit([curriculum])
    node_ids = [n.id for n in suggester.index_.nodes]
    dense, sparse = StatementCosineBaseline(suggester), TfidfBaseline()
    dense_scores = dense.scores(documents, [curriculum])
    sparse_scores = sparse.scores(documents, [curriculum])
    matrices = {
        SuggesterRanker.name: SuggesterRanker(suggester).scores(documents, [curriculum]),
        dense.name: dense_scores,
        sparse.name: sparse_scores,
        RrfBaseline.name: reciprocal_rank_fusion(dense_scores, sparse_scores, k=60),
    }
    return {"taxonomy": {"id": curriculum.id, **suggester.profiles_[curriculum.id]},
            "rankers": {name: taxonomy_metrics(items, m, node_ids) for name, m in matrices.items()}}


# ------------------------------------------------------------------ excerpts


@dataclass
class ExcerptItem:
    """A labelled excerpt: the sentence(s) an assessor would point to for ``node`` in document ``id``."""

    id: str
    node: str
    sentences: list[str]


def load_excerpts(path: str | Path) -> list[ExcerptItem]:
    """Read a labelled excerpt sample (JSON Lines: ``id``, ``node``, ``sentences``)."""
    path = Path(path)
    out = []
    for n, row in _json_lines(path):
        if not (row.get("id") and row.get("node") and row.get("sentences")):
            raise ValueError(f"{path}:{n}: 'id', 'node' and 'sentences' are required")
        out.append(ExcerptItem(str(row["id"]), row["node"], [str(s) for s in row["sentences"]]))
    return out


def locate_sentence(sentence: str, text: str) -> tuple[int, int] | None:
    """Character span of ``sentence`` in ``text`` (whitespace-insensitive), or ``None``.

    The labelled sentence is written from the original document; in the anonymised text a name
    inside it may have become a tag, so when the whole sentence is not found its first and last
    three words are looked for as anchors (at most 3x the sentence's length apart).
    """
    import re

    words = sentence.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    if found:
        return found.start(), found.end()
    k = min(3, len(words))
    head = re.search(r"\s+".join(re.escape(w) for w in words[:k]), text)
    if head is None:
        return None
    tail = re.compile(r"\s+".join(re.escape(w) for w in words[-k:])).search(text, head.end())
    if tail is None or tail.end() - head.start() > 3 * len(sentence):
        return None
    return head.start(), tail.end()


def excerpt_quality(excerpts: list[ExcerptItem], items: list[LabelledItem], suggester,
                    documents: list[Document] | None = None) -> dict:
    """Is the excerpt the sentence an assessor would point to?

    For every labelled ``(document, node, sentences)``, the passage the suggester would show as
    the node's excerpt (its best passage for that node) is compared with the labelled sentences,
    located in the document's anonymised text. ``overlap`` is the share of excerpts that overlap
    one of the sentences; ``precision`` the mean share of an excerpt's characters that lie inside
    them (a whole letter as the excerpt overlaps everything but is not the sentence).

    Returns:
        ``{"excerpts": n, "located": n, "overlap": share, "precision": mean, "rows": [...]}``; a
        labelled document not in ``items`` or a sentence not found in its text is left out and
        counted (``missing``).
    """
    documents = documents if documents is not None else documents_for(items)
    by_id = {item.id: i for i, item in enumerate(items)}
    by_curriculum: dict[str, list[ExcerptItem]] = defaultdict(list)
    missing = 0
    for ex in excerpts:
        if ex.id in by_id:
            by_curriculum[items[by_id[ex.id]].curriculum].append(ex)
        else:
            missing += 1
    rows = []
    for cid, group in sorted(by_curriculum.items()):
        curricula = load_curricula([cid])
        suggester.fit(curricula)
        row_of = {n.id: r for r, n in enumerate(suggester.index_.nodes)}
        docs = [documents[by_id[ex.id]] for ex in group]
        for ex, doc, (_scores, best, passages) in zip(group, docs, suggester.document_scores(docs)):
            node = resolve_node(curricula, ex.node)
            spans = [s for s in (locate_sentence(t, doc.text) for t in ex.sentences) if s]
            if node is None or not spans or not passages:
                missing += 1
                continue
            p = passages[int(best[row_of[node.id]])]
            inside = sum(max(0, min(p.end, e) - max(p.start, s)) for s, e in _merge(spans))
            rows.append({"id": ex.id, "node": node.id, "overlap": inside > 0,
                         "precision": inside / max(1, p.end - p.start), "excerpt": p.text})
    return {"excerpts": len(excerpts), "located": len(rows), "missing": missing,
            "overlap": float(np.mean([r["overlap"] for r in rows])) if rows else float("nan"),
            "precision": float(np.mean([r["precision"] for r in rows])) if rows else float("nan"),
            "rows": rows}


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
