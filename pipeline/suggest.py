"""Suggest curriculum nodes for documents, with confidence and supporting passage.

Hybrid scoring, per document:

1. dense: every passage is embedded, mapped by the passage adapter fitted on labelled
   evidence (:mod:`pipeline.passage_adapter`; curricula like the bundled ones only) and
   compared with every statement; each similarity is corrected for the statement's
   hubness (its similarity to background evidence in general), then averaged over the
   passages.  The passage with the best corrected similarity (before the adapter) is the
   node's excerpt.
2. sparse: character n-gram TF-IDF similarity of the whole document to each
   statement (robust to abbreviations and spelling, catches exact terms).
3. fused: the two are standardised over the nodes (z-scores) and mixed.

The hubness and sparse weights are the settings' own for the bundled curricula and adapt to a
taxonomy that is nothing like them (short labels, no descriptions, far from clinical evidence):
see :mod:`pipeline.adapt`, measured per curriculum when the index is fitted.

Scores become probabilities with the fitted :class:`~pipeline.calibrate.Calibrator`, lowered by the
probability that the document evidences nothing in the curriculum (:mod:`pipeline.none_of_these`).
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from .adapt import node_weights
from .bounds import bounded, check_bounds
from .calibrate import Calibrator, load_calibrator
from .embed import EmbeddingModel
from .index import TEXT_RECIPE, CapabilityIndex
from .learn import DecisionHead, document_vector
from .model import Curriculum, Document, Passage, Suggestion
from .none_of_these import combine, curriculum_features
from .passage_adapter import PassageAdapter, applies_to, load_adapter
from .segment import SegmentSettings, split_passages

__all__ = ["Analysis", "ScoreParts", "SuggestSettings", "Suggester", "SCORING_RECIPE", "distinct_support",
           "one_blas_thread"]


@dataclass
class Analysis:
    """Everything the suggester worked out for one document.

    Attributes:
        suggestions: Ranked, calibrated suggestions.
        passages: The passages the document was cut into.
        vector: The document's vector (normalised mean of its passage embeddings),
            as used by :class:`~pipeline.learn.DecisionHead`; ``None`` without passages.
        none: Per curriculum, the probability that the document evidences none of its outcomes
            (:mod:`pipeline.none_of_these`); empty without a model or without passages.
        engine_scores: The engine's own ranking score (before anything learned from decisions) of the
            document's best ``ENGINE_SCORES_KEPT`` nodes, ``{node_id: score}``: what the learned head is
            fitted against once the document is reviewed (:class:`~pipeline.learn.DecisionHead`).
    """

    suggestions: list[Suggestion]
    passages: list[Passage]
    vector: np.ndarray | None
    none: dict[str, float] = field(default_factory=dict)
    engine_scores: dict[str, float] = field(default_factory=dict)


#: Nodes whose engine score :class:`Analysis` keeps (the learned head needs the best of each outcome; an
#: outcome none of whose nodes is among them stands at the lowest kept score).
ENGINE_SCORES_KEPT = 60


@dataclass
class ScoreParts:
    """A document's scores over the index, before and after fusion (arrays over index rows).

    Attributes:
        raw_pp: Cosine similarity per passage and node (passages x nodes), of the passage vectors as embedded.
        dense_pp: The same of the adapted passage vectors (:mod:`pipeline.passage_adapter`), corrected for
            each node's hubness.
        dense: ``dense_pp`` averaged over the passages.
        sparse: TF-IDF similarity of the whole document to each node.
        fused: The ranking score (with the learned adjustment, when there is one).
        best_passage: Per node, the passage with the best corrected similarity of the passage vectors as
            embedded (not adapted): the excerpt.
        engine: The ranking score before the learned adjustment (``fused`` when nothing was learned).
    """

    raw_pp: np.ndarray
    dense_pp: np.ndarray
    dense: np.ndarray
    sparse: np.ndarray
    fused: np.ndarray
    best_passage: np.ndarray
    engine: np.ndarray | None = None

SCORING_RECIPE = f"{TEXT_RECIPE}|dense-hub1.0-mean0.5best0.5+tfidf-char35-z0.5+distinct0.5-adapt/v3+passage-adapter/v1"


@dataclass(frozen=True)
class SuggestSettings:
    """How suggestions are ranked.

    Attributes:
        top_k: Suggestions returned per document.
        passage_k: Nodes retrieved per passage (all nodes when the curriculum
            is small; the nearest ``passage_k`` for a large taxonomy).
        hub_weight: How much of a statement's background similarity is subtracted.
        sparse_weight: Share of the TF-IDF score in the fused score. Chosen by leave-one-writer-out
            cross-validation with the adapter (0.5; see ``notebooks/ranking_cv/RESULTS.md``).
        adapt: Scale both weights per curriculum from its measured profile
            (:func:`pipeline.adapt.node_weights`); off: every curriculum gets them as set.
        excerpt_chars: Longest excerpt returned.
        doc_batch: Documents whose passages are embedded together.
        passage_weight: Share of a node's best passage in its dense score (the rest: the mean
            over passages). 0.5, chosen on cross-fitted scores of dev, holdout-s15 and holdout-s17 (each
            source scored by a passage adapter fitted without it, :mod:`pipeline.crossfit`): against 0.3,
            P@1 0.914 -> 0.920, R@3 0.954 -> 0.963, multi-outcome R@3 0.866 -> 0.886 (511 documents, 131
            multi-outcome); 0.7 and 1.0 no better (R@3 0.959, 0.963; P@1 on holdout-s15 0.950, 0.934).
        distinct_weight: Credit for an outcome other than the leading one, times the share of
            passages whose best node is in it (:func:`distinct_support`); never lifts a node above
            the first. Chosen on dev (0.5).
        adapter: Map passage vectors with the fitted passage adapter (``models/passage_adapter.npy``)
            for the curricula it applies to (:func:`pipeline.passage_adapter.applies_to`); off: plain
            MiniLM vectors everywhere.
    """

    top_k: int = bounded(10, low=1)
    passage_k: int = bounded(200, low=1)
    hub_weight: float = bounded(1.0, low=0, high=2)
    sparse_weight: float = bounded(0.5, low=0, high=1)
    adapt: bool = True
    excerpt_chars: int = bounded(400, low=40)
    doc_batch: int = bounded(32, low=1)
    passage_weight: float = bounded(0.5, low=0, high=1)
    distinct_weight: float = 0.5
    adapter: bool = True

    def __post_init__(self) -> None:
        check_bounds(self)


class Suggester:
    """Rank curriculum nodes for documents.

    Args:
        settings: Ranking settings.
        model: The embedding model (loaded lazily).
        segment: How documents are cut into passages.
        calibrator: Fitted calibrator; by default ``models/calibrator.json``.
        head: A fitted :class:`~pipeline.learn.DecisionHead`: the doctor's
            earlier decisions adjust the scores of similar documents.

    Example:
        >>> suggester = Suggester().fit(load_curricula(["rcem-2021"]))
        >>> suggestions = suggester.suggest(document)
    """

    def __init__(self, settings: SuggestSettings | None = None, model: EmbeddingModel | None = None,
                 segment: SegmentSettings | None = None, calibrator: Calibrator | None = None,
                 head: DecisionHead | None = None, calibrator_path: str | Path | None = None,
                 none_model=None, none_model_path: str | Path | None = None,
                 adapter: PassageAdapter | None = None, adapter_path: str | Path | None = None) -> None:
        self.settings = settings or SuggestSettings()
        self.model = model or EmbeddingModel()
        self.segment = segment or SegmentSettings()
        self.calibrator = calibrator
        self.calibrator_path = calibrator_path  # where to load the calibrator from (default: the shipped one)
        self.head = head
        self.none_model = none_model  # pipeline.none_of_these.NoneModel; False: confidences not lowered
        self.none_model_path = none_model_path
        self.adapter = adapter  # the passage adapter; loaded from adapter_path (default: the shipped one)
        self.adapter_path = adapter_path

    # ------------------------------------------------------------------ fit

    def fit(self, curricula: list[Curriculum], use_cache: bool = True, calibrator_path=None) -> "Suggester":
        """Build (or load) the index of ``curricula``; ``calibrator_path`` replaces the calibrator to use."""
        self.curricula_ = curricula
        self.index_ = CapabilityIndex.build(curricula, self.model, use_cache=use_cache)
        self.node_ids_ = [n.id for n in self.index_.nodes]
        self.hub_weights_, self.sparse_weights_, self.profiles_ = node_weights(
            self.index_.nodes, self.index_.hubness, self.settings.hub_weight, self.settings.sparse_weight,
            adapt=self.settings.adapt)
        outcomes = sorted({n.outcome for n in self.index_.nodes})
        position = {o: i for i, o in enumerate(outcomes)}
        self.outcome_rows_ = np.array([position[n.outcome] for n in self.index_.nodes], dtype=np.int64)
        self._fit_adapter_rows()
        if calibrator_path is not None and calibrator_path != self.calibrator_path:
            self.calibrator_path = calibrator_path
            self.calibrator = None  # loaded from the new path on first need
        return self

    def get_adapter(self) -> PassageAdapter | None:
        """The passage adapter in use (``None``: off, or none fitted for this embedding model)."""
        if not self.settings.adapter:
            return None
        if self.adapter is None:
            self.adapter = load_adapter(self.adapter_path, self.model.id) or False
        return self.adapter or None

    def _fit_adapter_rows(self) -> None:
        """Which index rows the adapter applies to, and their hubness with the background mapped likewise."""
        from .index import adapted_hubness

        adapter = self.get_adapter()
        rows = np.array([adapter is not None and applies_to(self.profiles_[n.curriculum]) for n in self.index_.nodes],
                        dtype=bool)
        self.adapter_rows_ = np.flatnonzero(rows)
        self.hubness_ = np.asarray(self.index_.hubness, dtype=np.float32).copy()
        if self.adapter_rows_.size:
            vectors = self.index_.vectors[self.adapter_rows_]
            self.hubness_[self.adapter_rows_] = adapted_hubness(vectors, self.model, adapter.transform)

    def get_calibrator(self) -> Calibrator:
        """The calibrator in use, loaded from ``models/`` on first need."""
        if self.calibrator is None:
            self.calibrator = load_calibrator(self.calibrator_path, self.model.id, SCORING_RECIPE)
        return self.calibrator

    def get_none_model(self):
        """The "none of these" model (``models/none_of_these.json``), or ``None`` when there is none."""
        if self.none_model is None:
            from .none_of_these import load_none_model

            self.none_model = load_none_model(self.none_model_path, self.model.id, SCORING_RECIPE) or False
        return self.none_model or None

    # ------------------------------------------------------------------ scoring

    def score_document(self, passage_vectors: np.ndarray, text: str,
                       passages: list[Passage] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Fused score per node and the passage that supports it.

        ``passages`` (those of ``passage_vectors``' rows): a heading is never the supporting passage
        unless the document has nothing else.

        Returns:
            ``(scores, best_passage)``: arrays over index rows.
        """
        parts = self.score_parts(passage_vectors, text, passages)
        return parts.fused, parts.best_passage

    def score_parts(self, passage_vectors: np.ndarray, text: str,
                    passages: list[Passage] | None = None) -> ScoreParts:
        """Every score of a document over the index (:class:`ScoreParts`); ``passages`` as in
        :meth:`score_document`."""
        index = self.index_
        n_nodes = len(index)
        if passage_vectors.shape[0] == 0:
            zero = np.zeros(n_nodes, dtype=np.float32)
            empty = np.zeros((0, n_nodes), dtype=np.float32)
            return ScoreParts(empty, empty, zero, zero, zero, np.zeros(n_nodes, dtype=np.int64))
        if n_nodes <= 4000:
            sims = passage_vectors @ index.vectors.T
        else:  # large taxonomy: nearest nodes per passage, the rest at that passage's floor
            k = min(self.settings.passage_k, n_nodes)
            top, rows = index.search(passage_vectors, k)
            sims = np.repeat(top[:, -1:], n_nodes, axis=1)
            np.put_along_axis(sims, rows, top, axis=1)
        raw = sims
        # The excerpt: the passage nearest the statement as embedded (the adapter is fitted to rank a
        # document's outcomes, not to pick its sentences: with adapted passages the excerpt overlaps the
        # sentence an assessor points to in 0.672 of the labelled sample, against 0.828).
        plain_pp = raw - (self.hub_weights_ * index.hubness)[None, :]
        if self.adapter_rows_.size:  # the adapted passages against the statements the adapter applies to
            sims = sims.copy()
            mapped = self.get_adapter().transform(passage_vectors)
            sims[:, self.adapter_rows_] = mapped @ index.vectors[self.adapter_rows_].T
        dense_pp = sims - (self.hub_weights_ * self.hubness_)[None, :]
        eligible = np.array([not p.heading for p in passages], dtype=bool) if passages else None
        if eligible is not None and eligible.any() and not eligible.all():
            best_passage = np.where(eligible[:, None], plain_pp, -np.inf).argmax(axis=0)
        else:
            best_passage = plain_pp.argmax(axis=0)
        dense = dense_pp.mean(axis=0)
        if self.settings.passage_weight > 0 and dense_pp.shape[0] > 1:
            # a node one passage speaks for strongly keeps that credit when the other passages are about
            # something else (a document evidencing several outcomes, each in its own passages)
            a = self.settings.passage_weight
            dense = (1 - a) * dense + a * dense_pp.max(axis=0)
        sparse = index.sparse_scores(text)  # always: "none of these" reads the sparse score too
        if self.sparse_weights_.any():
            w = self.sparse_weights_
            scores = (1 - w) * _z(dense) + w * _z(sparse)
        else:
            scores = _z(dense)
        if self.settings.distinct_weight > 0 and dense_pp.shape[0] > 1:
            # never above the leading node: the credit reorders the places after the first
            top = float(scores.max())
            credit = self.settings.distinct_weight * distinct_support(dense_pp, scores, self.outcome_rows_)
            scores = np.where(credit > 0, np.minimum(scores + credit, top - 1e-3), scores)
        engine = scores.astype(np.float32)
        if self.head is not None and self.head.n_documents:
            scores = scores + self.head.adjust(document_vector(passage_vectors), self.node_ids_)
        return ScoreParts(raw, dense_pp, dense, sparse, scores.astype(np.float32), best_passage, engine)

    def confidences(self, parts: ScoreParts, rows: np.ndarray, document: Document, n_passages: int) -> np.ndarray:
        """``P(node right | the document evidences something)`` of index ``rows``, by the calibrator.

        Its features carry over between curricula (:func:`pipeline.calibrate.ranked_features`): rank and
        margins among the document's outcomes, dense/sparse agreement, passage support, evidence type, length.
        """
        from .ingest.classify import classify

        evidence_type = document.evidence_type or classify(document.text).evidence_type
        outcomes = [n.outcome for n in self.index_.nodes]
        return self.get_calibrator().probabilities(parts, rows, outcomes, n_passages, len(document.text.split()),
                                                   evidence_type)

    def _rank(self, parts: ScoreParts, passages: list[Passage], document: Document) -> list[Suggestion]:
        scores, best_passage = parts.fused, parts.best_passage
        top = np.argsort(-scores, kind="stable")[: self.settings.top_k]
        ranked_scores = scores[top]
        probs = self.confidences(parts, top, document, len(passages))
        out = []
        for row, score, prob in zip(top, ranked_scores, probs):
            node = self.index_.nodes[row]
            excerpt = passages[best_passage[row]].text if passages else ""
            if len(excerpt) > self.settings.excerpt_chars:
                excerpt = excerpt[: self.settings.excerpt_chars - 1].rsplit(" ", 1)[0] + "…"
            out.append(Suggestion(node=node.id, outcome=node.outcome, title=node.title, confidence=float(prob),
                                  excerpt=excerpt, score=float(score), curriculum=node.curriculum))
        return out

    # ------------------------------------------------------------------ public

    def suggest(self, document: Document) -> list[Suggestion]:
        """Ranked suggestions for one document (empty for a failed one)."""
        return next(self.suggest_many([document]))

    def suggest_many(self, documents: Iterable[Document]) -> Iterator[list[Suggestion]]:
        """Suggestions per document, in order; passages are embedded in batches across documents."""
        for analysis in self.analyse_many(documents):
            yield analysis.suggestions

    def analyse_many(self, documents: Iterable[Document], workers: int = 1) -> Iterator[Analysis]:
        """Suggestions, passages and document vector per document, in order (one embedding pass).

        See :meth:`analyse_documents` for ``workers``.
        """
        for _doc, analysis in self.analyse_documents(documents, workers):
            yield analysis

    def analyse_documents(self, documents: Iterable[Document], workers: int = 1,
                          executor=None) -> Iterator[tuple[Document, Analysis]]:
        """``(document, analysis)`` per document, in order, consuming ``documents`` lazily.

        Args:
            documents: Documents already read.
            workers: 1: embed in this process (threads), ``doc_batch`` documents
                at a time; more: cut and embed on that many worker processes,
                the model loaded once in each (:func:`pipeline.parallel.embed_stream`),
                faster for a large batch but not worth the start-up for a few
                documents.  The suggestions are the same either way.
            executor: Cut and embed there instead (a
                :class:`pipeline.ingest.pool.Executor`: a Dask cluster); only the
                documents' text goes to it.
        """
        if workers > 1 or executor is not None:
            yield from self._analyse_on_workers(documents, workers, executor=executor)
            return
        batch: list[Document] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) >= self.settings.doc_batch:
                yield from zip(batch, self._analyse_batch(batch))
                batch = []
        if batch:
            yield from zip(batch, self._analyse_batch(batch))

    def analyse_files(self, paths: Iterable[str], ingest=None, anonymise: bool = True, applicant: str | None = None,
                      workers: int = 2, executor=None) -> Iterator[tuple[Document, Analysis]]:
        """Read files and analyse them on ``workers`` processes: ``(document, analysis)`` in input order.

        Each worker reads and anonymises a file (as :func:`pipeline.ingest.ingest_many`
        does), cuts it and embeds its passages; this process only scores. A file
        that cannot be read gives a failed document and no suggestions.  ``executor``:
        the workers are there instead (a :class:`pipeline.ingest.pool.Executor`: a Dask cluster).
        """
        return self._analyse_on_workers(paths, workers, ingest=ingest, anonymise=anonymise, applicant=applicant,
                                        executor=executor)

    def _analyse_on_workers(self, items, workers: int, executor=None, **read) -> Iterator[tuple[Document, Analysis]]:
        from .parallel import embed_stream

        for item in embed_stream(items, self.model, self.segment, workers=max(1, workers),
                                 window=2 * self.settings.doc_batch, executor=executor, **read):
            yield item.document, self.analyse_embedded(item.document, item.passages, item.vectors)

    def analyse_embedded(self, document: Document, passages: list[Passage], vectors: np.ndarray) -> Analysis:
        """The analysis of a document whose passages are already embedded (rows of ``vectors``)."""
        if not (document.ok and passages):
            return Analysis([], passages, document_vector(vectors) if passages else None)
        with one_blas_thread():
            parts = self.score_parts(vectors, document.text, passages)
            suggestions = self._rank(parts, passages, document)
            none = self.none_probabilities(parts, document, passages)
        for s in suggestions:  # P(node right | evidence) x (1 - P(none)^2): see pipeline.none_of_these
            s.confidence = combine(s.confidence, none.get(s.curriculum))
        engine = parts.engine if parts.engine is not None else parts.fused
        kept = np.argsort(-engine, kind="stable")[:ENGINE_SCORES_KEPT]
        engine_scores = {self.index_.nodes[i].id: float(engine[i]) for i in kept}
        return Analysis(suggestions, passages, document_vector(vectors), none, engine_scores)

    def none_probabilities(self, parts: ScoreParts, document: Document, passages: list[Passage]) -> dict[str, float]:
        """Per curriculum, ``P(none)``: the document evidences none of its outcomes ({} without a model)."""
        model = self.get_none_model()
        if model is None or not passages:
            return {}
        rows = curriculum_features(self, parts, document, passages)
        return {cid: float(model.predict_proba(x)[0]) for cid, x in rows.items()}

    def _analyse_batch(self, docs: list[Document]) -> Iterator[Analysis]:
        for doc, (passages, vectors) in zip(docs, self._embed_batch(docs)):
            yield self.analyse_embedded(doc, passages, vectors)

    def embed_documents(self, documents: list[Document]) -> Iterator[tuple[list[Passage], np.ndarray]]:
        """Each document's passages and their vectors, ``doc_batch`` documents embedded at a time."""
        for start in range(0, len(documents), self.settings.doc_batch):
            yield from self._embed_batch(documents[start: start + self.settings.doc_batch])

    def _embed_batch(self, docs: list[Document]) -> Iterator[tuple[list[Passage], np.ndarray]]:
        """Each document's passages and their vectors, the batch's passages embedded in one call."""
        passages = [split_passages(d.text, self.segment) if d.ok else [] for d in docs]
        vectors = self.model.encode([p.text for ps in passages for p in ps])
        offset = 0
        for ps in passages:
            yield ps, vectors[offset: offset + len(ps)]
            offset += len(ps)

    def document_scores(self, documents: list[Document], with_vectors: bool = False) -> list[tuple]:
        """Raw node scores, best passage per node, and passages, per document (for evaluation).

        With ``with_vectors``, each tuple also holds the document's vector
        (:func:`~pipeline.learn.document_vector` of its passages), from the same embedding pass.
        """
        out = []
        for start in range(0, len(documents), self.settings.doc_batch):
            batch = documents[start: start + self.settings.doc_batch]
            for doc, (p, v) in zip(batch, self._embed_batch(batch)):
                with one_blas_thread():
                    s, b = self.score_document(v, doc.text, p)
                out.append((s, b, p, document_vector(v)) if with_vectors else (s, b, p))
        return out


_BLAS_LOCK = threading.Lock()
_BLAS: dict = {}  # "controller": this process's threadpoolctl controller (None: no threadpoolctl); "inside", "limit"


@contextlib.contextmanager
def one_blas_thread():
    """A block in which numpy's BLAS runs on one thread: scoring a document is a few small products, and with
    more threads each call leaves the others spinning on the cores after it (OpenBLAS's idle threads wait busily):
    the process of ``cesr suggest`` that scores 300 letters spent 10.5 s of CPU with two BLAS threads, 5.0 s with
    one, for the same scores (``benchmarks/RESULTS.md``). Blocks may overlap on several threads (the review
    app): the first to enter sets one thread, the last to leave gives back what there was (OpenBLAS takes the
    raise only from the thread that started it, here the main thread: left last on another thread, BLAS stays
    on one thread, which costs no CPU). Does nothing without threadpoolctl."""
    with _BLAS_LOCK:
        if "controller" not in _BLAS:
            try:
                from threadpoolctl import ThreadpoolController

                _BLAS["controller"] = ThreadpoolController()
            except Exception:  # pragma: no cover - threadpoolctl comes with scikit-learn
                _BLAS["controller"] = None
        controller = _BLAS["controller"]
        if controller is not None:
            if not _BLAS.get("inside"):
                _BLAS["limit"] = controller.limit(limits=1, user_api="blas")
            _BLAS["inside"] = _BLAS.get("inside", 0) + 1
    try:
        yield
    finally:
        if controller is not None:
            with _BLAS_LOCK:
                _BLAS["inside"] -= 1
                if not _BLAS["inside"]:
                    _BLAS.pop("limit").restore_original_limits()


def distinct_support(passage_scores: np.ndarray, scores: np.ndarray, outcome_of_row: np.ndarray) -> np.ndarray:
    """Credit, per node, for an outcome other than the leading one that passages of its own support.

    Each passage votes for the outcome of its best node (``passage_scores``: passages x nodes);
    the outcome ranked first by ``scores`` gets no credit (it needs none), and every other outcome
    gets the share of the passages that voted for it, given to each of its nodes. A document
    about one thing gives its second outcome nothing; a document with a passage on quality
    improvement beside its clinical passages lifts the quality-improvement outcome.

    Returns:
        An array over nodes (rows of ``scores``), between 0 and 1.
    """
    n_outcomes = int(outcome_of_row.max()) + 1 if len(outcome_of_row) else 0
    votes = np.bincount(outcome_of_row[passage_scores.argmax(axis=1)], minlength=n_outcomes).astype(np.float32)
    votes /= max(1, passage_scores.shape[0])
    votes[outcome_of_row[int(np.argmax(scores))]] = 0.0
    return votes[outcome_of_row]


def _z(x: np.ndarray) -> np.ndarray:
    std = float(x.std())
    return (x - x.mean()) / std if std > 1e-9 else np.zeros_like(x)
