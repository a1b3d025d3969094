"""``cesr suggest --workspace``: suggestions for a workspace's documents, stored for review.

Suggestions are computed for the documents that have none yet, and again for
those whose suggestions were made with another model, calibrator or curricula
(or all undecided ones with ``recompute``).  The doctor's decisions so far
teach a :class:`~pipeline.learn.DecisionHead` (document vector: the mean of
its passage embeddings, kept in ``review_documents``) that is passed to the
:class:`~pipeline.suggest.Suggester`, so nodes accepted on similar evidence
move up and rejected ones move down.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

import numpy as np

from ..curriculum import load_curricula
from ..embed import EmbeddingModel
from ..learn import DecisionHead, score_row
from ..model import Curriculum, Document, Passage, Suggestion
from ..parallel import pool_workers
from ..segment import SegmentSettings
from ..suggest import SCORING_RECIPE, SuggestSettings, Suggester
from .decisions import ReviewDB

__all__ = ["SuggestReport", "suggest_workspace", "versions_of", "curricula_hash", "calibrator_version",
           "node_table", "locate"]


def curricula_hash(curricula: list[Curriculum]) -> str:
    """One short digest of the curricula in use (ids and content hashes)."""
    src = "|".join(f"{c.id}:{c.content_hash}" for c in sorted(curricula, key=lambda c: c.id))
    return hashlib.sha256(src.encode()).hexdigest()[:16]


def calibrator_version(calibrator) -> str:
    """``platt@<digest of the weights>`` of a :class:`~pipeline.calibrate.Calibrator`."""
    return calibrator.version


def versions_of(suggester: Suggester, curricula: list[Curriculum]) -> dict[str, str]:
    """The versions a suggestion depends on: model, calibrator (with the "none of these" model) and curricula."""
    return {"model_id": suggester.model.id,
            "calibrator": _with_none(calibrator_version(suggester.get_calibrator()), suggester.get_none_model()),
            "curricula_hash": curricula_hash(curricula)}


def _with_none(calibrator: str, none_model) -> str:
    """``platt@…+none@…``: a confidence depends on both models."""
    return f"{calibrator}+{none_model.version}" if none_model is not None else calibrator


def current_versions(curricula: list[Curriculum], model: EmbeddingModel | None = None) -> dict[str, str]:
    """The versions in force, without loading the model (for the review server)."""
    from ..calibrate import load_calibrator
    from ..suggest import SCORING_RECIPE

    model = model or EmbeddingModel()
    import warnings

    from ..none_of_these import load_none_model

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        calibrator = load_calibrator(None, model.id, SCORING_RECIPE)
        none_model = load_none_model(None, model.id, SCORING_RECIPE)
    return {"model_id": model.id, "calibrator": _with_none(calibrator_version(calibrator), none_model),
            "curricula_hash": curricula_hash(curricula)}


def node_table(curricula: list[Curriculum]) -> dict:
    """Node id -> :class:`~pipeline.model.Capability` over ``curricula``."""
    return {n.id: n for c in curricula for n in c.nodes}


def locate(excerpt: str, passages: list[Passage], text: str) -> tuple[int | None, int | None]:
    """Offsets in ``text`` of the passage an excerpt was cut from."""
    if not excerpt:
        return None, None
    head = excerpt[:-1] if excerpt.endswith("…") else excerpt
    for p in passages:
        if p.text == excerpt or (head and p.text.startswith(head)):
            return p.start, p.end
    at = text.find(head)
    return (at, at + len(head)) if at >= 0 else (None, None)


@dataclass
class SuggestReport:
    """What one ``cesr suggest --workspace`` did."""

    computed: int = 0
    up_to_date: int = 0
    skipped: int = 0
    learned_from: int = 0
    seconds: float = 0.0
    versions: dict = field(default_factory=dict)

    def format(self) -> str:
        lines = [f"suggestions computed for {self.computed} document(s) in {self.seconds:.1f}s; "
                 f"{self.up_to_date} already up to date"]
        if self.skipped:
            lines.append(f"  {self.skipped} document(s) could not be read and have no suggestions")
        if self.learned_from:
            lines.append(f"  learning from your decisions on {self.learned_from} document(s)")
        return "\n".join(lines)


def suggest_workspace(ws, top_k: int = 10, recompute: bool = False, model: EmbeddingModel | None = None,
                      calibrator_path=None, on_document: Callable[[Document], None] | None = None,
                      documents: Iterable[str] | None = None, executor=None) -> SuggestReport:
    """Compute and store suggestions for a workspace's documents.

    Args:
        ws: An open :class:`~pipeline.workspace.Workspace`.
        top_k: Suggestions kept per document.
        recompute: Also recompute documents whose suggestions are up to date
            (so that the latest decisions are learned from).
        model: The embedding model (default: the bundled one).
        on_document: Called after each document's suggestions are stored.
        documents: Only these documents (sha256), recomputed whatever their versions.
        executor: Cut and embed there (a :class:`pipeline.ingest.pool.Executor`: a Dask cluster); only
            the documents' text goes to it, the suggestions are stored here.
    """
    start = time.perf_counter()
    curricula = load_curricula(ws.curricula)
    store = ws.store
    # lines repeated across the workspace's documents (letterheads, footers) are boilerplate in every one
    segment = SegmentSettings(repeated=store.repeated_lines())
    suggester = Suggester(SuggestSettings(top_k=top_k), model=model or EmbeddingModel(), segment=segment).fit(
        curricula, calibrator_path=calibrator_path)
    versions = versions_of(suggester, curricula)
    report = SuggestReport(versions=versions)
    with ReviewDB(ws.store_path, node_table(curricula)) as db:
        done = db.suggestion_versions()
        wanted = tuple(versions[k] for k in ("model_id", "calibrator", "curricula_hash"))
        todo: list[str] = []
        only = set(documents) if documents is not None else None
        for doc in store.documents(include_text=False):
            if only is not None and doc.sha256 not in only:
                continue
            if not doc.ok:
                report.skipped += 1
            elif recompute or only is not None or done.get(doc.sha256) != wanted:
                todo.append(doc.sha256)
            else:
                report.up_to_date += 1

        # learn from the decisions made so far, against the engine's own scores of the reviewed documents
        key = engine_scores_key(versions)
        votes = db.votes()
        if votes:
            vectors = db.vectors(versions["model_id"], votes)
            kept = db.engine_scores(key, votes)
            missing = [sha for sha in votes if sha not in vectors or sha not in kept]
            # reviewed before their vector or scores were kept (a workspace of format 1, another model or
            # curricula): analysed once, in a batch, on worker processes when there are many
            stale = (d for d in (store.get(sha) for sha in missing) if d is not None and d.ok)
            for doc, analysis in suggester.analyse_documents(stale, workers=pool_workers(len(missing))):
                vectors[doc.sha256] = analysis.vector if analysis.vector is not None else np.zeros(
                    suggester.model.dimension, dtype=np.float32)
                db.store_vector(doc.sha256, vectors[doc.sha256], versions["model_id"])
                kept[doc.sha256] = analysis.engine_scores  # empty without passages: not analysed again
                db.store_engine_scores(doc.sha256, analysis.engine_scores, key)
            usable = [sha for sha in votes if sha in vectors and np.any(vectors[sha])]
            # the gates and the outcome offsets need every voter's scores: a document that could not be scored
            # (its file gone from the store) is left out rather than switching them off for all
            usable = [sha for sha in usable if kept.get(sha)] or usable
            if usable:
                node_ids = suggester.node_ids_
                scored = all(kept.get(sha) for sha in usable)
                suggester.head = DecisionHead().fit(
                    np.stack([vectors[s] for s in usable]), [votes[s] for s in usable],
                    scores=np.stack([score_row(kept[s], node_ids) for s in usable]) if scored else None,
                    node_ids=node_ids if scored else None,
                    groups={n.id: n.outcome for n in suggester.index_.nodes} if scored else None)
                report.learned_from = len(usable)

        # read lazily, one document at a time; a large batch is cut and embedded on worker processes
        docs = (d for d in (store.get(sha) for sha in todo) if d is not None)
        for doc, analysis in suggester.analyse_documents(docs, workers=pool_workers(len(todo)),
                                                            executor=executor):
            rows = _rows(analysis.suggestions, analysis.passages, doc.text)
            db.store_suggestions(doc.sha256, rows, versions, analysis.vector)
            if analysis.engine_scores:
                db.store_engine_scores(doc.sha256, analysis.engine_scores, key)
            db.store_none_of_these(doc.sha256, analysis.none)
            report.computed += 1
            if on_document:
                on_document(doc)
    report.seconds = time.perf_counter() - start
    return report


def _rows(suggestions: list[Suggestion], passages: list[Passage], text: str) -> list[dict]:
    rows = []
    for rank, s in enumerate(suggestions, 1):
        start, end = locate(s.excerpt, passages, text)
        rows.append({"node": s.node, "outcome": s.outcome, "curriculum": s.curriculum, "title": s.title,
                     "rank": rank, "confidence": s.confidence, "score": s.score, "excerpt": s.excerpt,
                     "start": start, "end": end})
    return rows


def engine_scores_key(versions: dict[str, str]) -> str:
    """What kept engine scores depend on: the model, the scoring recipe and the curricula."""
    return f"{versions['model_id']}|{SCORING_RECIPE}|{versions['curricula_hash']}"
