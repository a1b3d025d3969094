"""Cross-fitted scores: the calibrator and "none of these" learn the scores the passage adapter gives on
writing it never saw.

The passage adapter (:mod:`pipeline.passage_adapter`) is fitted on labelled documents; scored by it, those
documents look better than anything a doctor will bring (their right outcomes are pulled up), and documents of
the writers it was fitted on look better than a new writer's.  A calibrator fitted on such scores is
mis-calibrated on new writing.  Here every labelled document is scored by an adapter fitted *without its
group*: the documents are grouped by source (a writer's file of ``corpora/labelled/src`` for ``dev.jsonl``,
the whole set for any other set, e.g. a blind set written by one helper), and for each group an adapter is
fitted (:func:`pipeline.passage_adapter.fit_matrix`, the shipped settings) on the labelled documents of the
other groups and scores that group's documents.  The calibrator (:mod:`pipeline.calibrate`) and the
"none of these" model (:mod:`pipeline.none_of_these`) are then fitted on those out-of-group scores, while the
shipped adapter is fitted on every group (``cesr fit-adapter``).

``cesr calibrate --crossfit`` and ``cesr calibrate-none --crossfit`` use it.  The documents are cut and
embedded once; the fold adapters are kept in the cache folder, named by a digest of what they were fitted on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

import numpy as np

__all__ = ["LabelledSets", "load_sets", "group_of", "fold_adapters", "crossfit_calibration_data",
           "crossfit_none_data", "describe"]

#: Sets whose documents are grouped by writer (:func:`pipeline.calibrate.source_of`); any other set is one group.
BY_WRITER = ("dev.jsonl", "none-dev.jsonl", "test.jsonl", "none-test.jsonl")


@dataclass
class LabelledSets:
    """Labelled items of several sets, their documents as read, each item's group and set, and (after
    :meth:`embed`) each item's passages and vectors."""

    items: list
    documents: list
    groups: list[str]
    sets: list[str]
    embedded: list | None = None

    def embed(self, suggester) -> "LabelledSets":
        """Cut and embed every document once (unadapted vectors: the adapter is applied when scoring)."""
        self.embedded = list(suggester.embed_documents(self.documents))
        return self


def group_of(item, set_name: str) -> str:
    """The cross-fitting group of a labelled item of the set ``set_name`` (a file name): its writer's source
    for the project's own sets (:data:`BY_WRITER`), else the set."""
    from .calibrate import source_of

    if set_name in BY_WRITER:
        return source_of(item.id, item.curriculum)
    return Path(set_name).stem


def load_sets(paths: Sequence[str | Path]) -> LabelledSets:
    """Load labelled sets and read their documents (anonymised as in production)."""
    from .evaluate import documents_for, load_labelled

    items, groups, sets = [], [], []
    for path in paths:
        loaded = load_labelled(path)
        items += loaded
        groups += [group_of(it, Path(path).name) for it in loaded]
        sets += [Path(path).name] * len(loaded)
    return LabelledSets(items, documents_for(items), groups, sets)


def _digest(data: LabelledSets, held: str, model_id: str, settings: dict) -> str:
    h = hashlib.sha256()
    h.update(json.dumps({"model": model_id.split("+", 1)[0], "settings": settings, "held": held}, sort_keys=True).encode())
    for item, doc, group in zip(data.items, data.documents, data.groups):
        if group != held and item.labels:
            h.update(json.dumps([item.id, item.curriculum, item.labels, item.acceptable, doc.text]).encode())
    return h.hexdigest()[:16]


def fold_adapters(data: LabelledSets, suggester, cache: str | Path | None = None, progress: bool = True) -> dict:
    """One passage adapter per group, fitted on the labelled documents of every other group.

    ``suggester``: an unadapted :class:`~pipeline.suggest.Suggester` (``SuggestSettings(adapter=False)``)
    whose model embedded ``data``.  Fitted adapters are kept in ``cache`` (default: the cache folder's
    ``crossfit``), named by a digest of their fitting documents, settings and model.
    """
    from tqdm import tqdm

    from .passage_adapter import FIT_SETTINGS, PassageAdapter, fit_matrix, training_examples
    from .resources import cache_dir

    if data.embedded is None:
        data.embed(suggester)
    cache = Path(cache) if cache else cache_dir() / "crossfit"
    cache.mkdir(parents=True, exist_ok=True)
    examples = training_examples(data.items, suggester, data.documents, embedded=data.embedded)
    out = {}
    for held in tqdm(sorted(set(data.groups)), desc="fold adapters", unit="fold", disable=not progress):
        key = _digest(data, held, suggester.model.id, FIT_SETTINGS)
        path = cache / f"adapter-{key}.npy"
        if path.is_file():
            matrix = np.load(path, allow_pickle=False)
        else:
            fitting = [e for e in examples if data.groups[e.item] != held]
            matrix = fit_matrix(fitting)
            tmp = path.with_suffix(".part.npy")
            np.save(tmp, matrix)
            tmp.replace(path)
        out[held] = PassageAdapter(matrix.astype(np.float32),
                                   {"held_out": held, "model": suggester.model.id, "digest": key})
    return out


def _fold_suggester(suggester, adapter):
    from .suggest import Suggester

    settings = replace(suggester.settings, adapter=True)
    return Suggester(settings, model=suggester.model, segment=suggester.segment, none_model=False, adapter=adapter,
                     calibrator=suggester.calibrator)


def crossfit_calibration_data(data: LabelledSets, adapters: dict, suggester, depth: int = 10):
    """The calibrator's fitting data (:func:`pipeline.evaluate.calibration_data`), each group scored by its
    own fold adapter; the source of each row is its group."""
    from .evaluate import CalibrationData, calibration_data

    parts = []
    for held, adapter in sorted(adapters.items()):
        idx = [i for i, g in enumerate(data.groups) if g == held]
        parts.append(calibration_data([data.items[i] for i in idx], _fold_suggester(suggester, adapter),
                                      [data.documents[i] for i in idx], depth=depth,
                                      embedded=[data.embedded[i] for i in idx], sources=[held] * len(idx)))
    parts = [p for p in parts if len(p.y)]
    return CalibrationData(np.vstack([p.X for p in parts]), np.concatenate([p.y for p in parts]),
                           np.concatenate([p.rank for p in parts]), sum((p.curricula for p in parts), []),
                           sum((p.sources for p in parts), []), sum((p.documents for p in parts), []))


def crossfit_none_data(data: LabelledSets, adapters: dict, suggester):
    """The "none of these" fitting data (:func:`pipeline.none_of_these.none_data`: ``X, y, curricula,
    kinds``) in the order of ``data.items``, each group scored by its own fold adapter.  Documents that
    evidence nothing never enter an adapter's fitting; they are scored by their group's adapter all the same."""
    from .none_of_these import none_data

    X = [None] * len(data.items)
    for held, adapter in sorted(adapters.items()):
        idx = [i for i, g in enumerate(data.groups) if g == held]
        Xg, _y, _c, _k = none_data([data.items[i] for i in idx], _fold_suggester(suggester, adapter),
                                   [data.documents[i] for i in idx], embedded=[data.embedded[i] for i in idx])
        for row, i in zip(Xg, idx):
            X[i] = row
    y = np.array([0 if item.labels else 1 for item in data.items])
    kinds = [("evidence" if item.labels else (item.none or "none")) for item in data.items]
    return np.vstack(X), y, [item.curriculum for item in data.items], kinds


def describe(data: LabelledSets, adapters: dict) -> dict:
    """The cross-fitting, for a fitted model's note."""
    return {"scheme": "each group scored by a passage adapter fitted on the labelled documents of the other "
                      "groups (pipeline/crossfit.py)",
            "groups": {g: sum(1 for x in data.groups if x == g) for g in sorted(set(data.groups))},
            "adapters": {g: a.note.get("digest") for g, a in sorted(adapters.items())}}
