"""A dense signal adapted to evidence: a linear map of passage vectors fitted on labelled documents.

MiniLM places a clinic letter's passages near other letters more than near the curriculum statement they
evidence: plain cosine between passages and statements puts the right outcome first for about 7 documents
in 10 on the labelled sets, while character TF-IDF does for 8-9.  A :class:`PassageAdapter` is a square
matrix ``W`` (the embedding's dimension, initialised to the identity) applied to every passage vector before
it is compared with the statements: ``normalise(p @ W) . s``.  The statements, the model and the index are
unchanged; the hubness of each statement is measured again with the background passages mapped the same way
(:func:`pipeline.index.adapted_hubness`).

It is fitted (:func:`fit_matrix`) on labelled documents: each document's passages are scored against its
curriculum's statements exactly as the dense half of :class:`~pipeline.suggest.Suggester` scores them
(hub-corrected, mean and best passage, standardised over the statements, best statement per outcome), and the
softmax over the outcomes is pulled toward the labelled outcomes (acceptable outcomes at half weight), with
``||W - I||^2`` penalised.  Cross-validated by writer (leave one source file out, the adapter of each fold
fitted on the other files only): see ``notebooks/ranking_cv/RESULTS.md``.

Only curricula like those it was fitted on are adapted (:func:`applies_to`: statements with descriptions,
near the background of clinical evidence); a short-label taxonomy such as ESCO is scored as before.

The matrix is stored as ``models/passage_adapter.npy`` with a JSON note beside it (what it was fitted on, the
embedding model, settings, cross-validation, date) holding the file's sha256, checked on every load.  Fitting
needs PyTorch (a dependency already); applying it is one matrix product.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Sequence

import numpy as np

__all__ = ["PassageAdapter", "AdapterIntegrityError", "applies_to", "load_adapter", "default_adapter_path",
           "fit_matrix", "training_examples", "fit_adapter", "FIT_SETTINGS"]

#: How the shipped adapter is fitted: penalty on ||W - I||^2, Adam steps over all documents, learning rate,
#: softmax scale over standardised outcome scores, weight of an acceptable outcome, best-passage share.
FIT_SETTINGS = {"lam": 0.0003, "epochs": 60, "lr": 0.01, "temperature": 2.0, "acceptable_weight": 0.5,
                "passage_weight": 0.3, "seed": 0}


class AdapterIntegrityError(RuntimeError):
    """The adapter's file does not match the sha256 in its note."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@dataclass
class PassageAdapter:
    """A fitted linear map of passage vectors.

    Attributes:
        matrix: ``dim x dim`` float32; a passage vector ``p`` becomes ``normalise(p @ matrix)``.
        note: Provenance (see the module's docstring).
    """

    matrix: np.ndarray
    note: dict = field(default_factory=dict)

    @property
    def version(self) -> str:
        """``adapter@<first 12 hex of the matrix file's sha256>``."""
        return "adapter@" + str(self.note.get("sha256", ""))[:12]

    def transform(self, vectors: np.ndarray) -> np.ndarray:
        """Map and L2-normalise passage vectors (rows)."""
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.shape[0] == 0:
            return vectors
        out = vectors @ self.matrix
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return (out / np.where(norms > 0, norms, 1.0)).astype(np.float32)

    def save(self, path: str | Path, **note) -> dict:
        """Write the matrix (``.npy``) and its note (same name, ``.json``) with the file's sha256."""
        from .atomic import replacing, write_text

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path, suffix=".part.npy") as tmp:
            np.save(tmp, np.asarray(self.matrix, dtype=np.float32))
        self.note = {**self.note, **note, "sha256": _sha256(path), "shape": list(self.matrix.shape)}
        write_text(path.with_suffix(".json"), json.dumps(self.note, indent=2) + "\n")
        return self.note

    @classmethod
    def load(cls, path: str | Path) -> "PassageAdapter":
        """Load a matrix and its note, checking the file against the note's sha256."""
        path = Path(path)
        note_path = path.with_suffix(".json")
        if not note_path.is_file():
            raise AdapterIntegrityError(f"{path}: its note {note_path.name} is missing")
        note = json.loads(note_path.read_text(encoding="utf-8"))
        if note.get("sha256") != _sha256(path):
            raise AdapterIntegrityError(f"the passage adapter {path} does not match the sha256 in {note_path.name}; "
                                        "reinstall cesr-mapper or refit it (cesr fit-adapter)")
        matrix = np.load(path, allow_pickle=False)
        if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
            raise AdapterIntegrityError(f"{path}: not a square matrix (shape {matrix.shape})")
        return cls(matrix.astype(np.float32), note)


def default_adapter_path() -> Path:
    """The shipped adapter (``models/passage_adapter.npy``)."""
    from . import resources

    return resources.shipped_dir("models") / "passage_adapter.npy"


def load_adapter(path: str | Path | None, model_id: str) -> PassageAdapter | None:
    """The adapter at ``path`` (default: the shipped one) for embedding model ``model_id``.

    ``None`` when there is no file, or when it was fitted for another embedding model (its map means nothing
    for another model's vectors).  A file that does not match its note's hash is an error.
    """
    path = Path(path) if path else default_adapter_path()
    if not path.is_file():
        return None
    adapter = PassageAdapter.load(path)
    fitted_for = adapter.note.get("model")
    # the map belongs to the model's weights (name@digest), not to how they are run (int8 or float32)
    if fitted_for is not None and fitted_for.split("+", 1)[0] != model_id.split("+", 1)[0]:
        return None
    return adapter


def applies_to(profile: dict) -> bool:
    """Whether a curriculum (its :func:`pipeline.adapt.node_weights` profile) is adapted: it gets the full
    tuned hubness and sparse settings, i.e. its statements are described and close to clinical evidence, as
    the curricula the adapter was fitted on are."""
    from .adapt import LONG_WORDS, NATIVE_AFFINITY

    affinity = profile.get("background_affinity")
    return (profile.get("mean_words", 0.0) >= LONG_WORDS and affinity is not None and affinity == affinity
            and affinity >= NATIVE_AFFINITY)


# ------------------------------------------------------------------ fitting


@dataclass
class Example:
    """One labelled document for fitting: its passage vectors, its curriculum's statement vectors and
    hubness, the outcome (column of ``targets``) of each statement, and the target weight per outcome."""

    passages: np.ndarray
    statements: np.ndarray
    hubness: np.ndarray
    outcome_of: np.ndarray
    targets: np.ndarray
    item: int = -1  # the example's position in the items it was made from


def training_examples(items, suggester, documents=None, embedded=None) -> list[Example]:
    """Fitting examples of labelled items (documents with empty labels are left out), each scored against its
    own curriculum with ``suggester``'s index and unadapted passage vectors.

    ``embedded``: each item's ``(passages, vectors)`` already cut and embedded (as
    :meth:`~pipeline.suggest.Suggester.embed_documents` gives them), to embed nothing again."""
    from .curriculum import load_curricula
    from .evaluate import documents_for

    if documents is None and embedded is None:
        documents = documents_for(items)
    w = FIT_SETTINGS["acceptable_weight"]
    by_curriculum: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        if item.labels:
            by_curriculum.setdefault(item.curriculum, []).append(i)
    out = []
    for cid, idx in sorted(by_curriculum.items()):
        suggester.fit(load_curricula([cid]))
        nodes = suggester.index_.nodes
        outcome_of_node = {n.id: n.outcome for n in nodes}
        outcomes = sorted({n.outcome for n in nodes})
        column = {o: k for k, o in enumerate(outcomes)}
        outcome_of = np.array([column[n.outcome] for n in nodes], dtype=np.int64)
        pairs = ([embedded[i] for i in idx] if embedded is not None
                 else suggester.embed_documents([documents[i] for i in idx]))
        for i, (passages, vectors) in zip(idx, pairs):
            if not passages:
                continue
            targets = np.zeros(len(outcomes), dtype=np.float32)
            for node in items[i].acceptable:
                o = outcome_of_node.get(node, node)
                if o in column:
                    targets[column[o]] = w
            for node in items[i].labels:
                o = outcome_of_node.get(node, node)
                if o in column:
                    targets[column[o]] = 1.0
            if targets.sum() == 0:
                continue
            out.append(Example(np.asarray(vectors, dtype=np.float32), suggester.index_.vectors,
                               np.asarray(suggester.index_.hubness, dtype=np.float32), outcome_of,
                               targets / targets.sum(), i))
    return out


def fit_matrix(examples: Sequence[Example], settings: dict | None = None) -> np.ndarray:
    """The adapter's matrix fitted on ``examples`` (see the module's docstring); deterministic for a seed."""
    import torch

    s = {**FIT_SETTINGS, **(settings or {})}
    torch.manual_seed(int(s["seed"]))
    dim = examples[0].passages.shape[1]
    groups: dict[int, list[Example]] = {}
    for e in examples:  # one padded batch per statement set (curriculum)
        groups.setdefault(id(e.statements), []).append(e)
    batches = []
    for group in groups.values():
        first = group[0]
        maxp = max(len(e.passages) for e in group)
        P = torch.zeros(len(group), maxp, dim)
        mask = torch.zeros(len(group), maxp, dtype=torch.bool)
        for i, e in enumerate(group):
            n = len(e.passages)
            P[i, :n] = torch.from_numpy(e.passages)
            P[i, n:] = torch.from_numpy(e.passages[0])
            mask[i, :n] = True
        n_out = int(first.outcome_of.max()) + 1
        member = torch.zeros(n_out, len(first.outcome_of), dtype=torch.bool)
        member[torch.from_numpy(first.outcome_of), torch.arange(len(first.outcome_of))] = True
        batches.append(dict(P=P, mask=mask, V=torch.from_numpy(np.ascontiguousarray(first.statements)),
                            hub=torch.from_numpy(first.hubness), member=member,
                            T=torch.from_numpy(np.stack([e.targets for e in group])),
                            multi=torch.tensor([len(e.passages) > 1 for e in group])))
    A = torch.zeros(dim, dim, requires_grad=True)
    eye = torch.eye(dim)
    opt = torch.optim.Adam([A], lr=float(s["lr"]))
    pw, temp = float(s["passage_weight"]), float(s["temperature"])
    low = torch.tensor(-1e9)
    for _ in range(int(s["epochs"])):
        opt.zero_grad()
        W = eye + A
        loss = torch.zeros(())
        for b in batches:
            Q = b["P"] @ W
            Q = Q / Q.norm(dim=2, keepdim=True)
            pp = Q @ b["V"].T - b["hub"][None, None, :]
            m = b["mask"][:, :, None]
            mean = (pp * m).sum(1) / m.sum(1)
            best = torch.where(m, pp, low).max(1).values
            dense = torch.where(b["multi"][:, None], (1 - pw) * mean + pw * best, mean)
            dense = (dense - dense.mean(1, keepdim=True)) / (dense.std(1, keepdim=True) + 1e-6)
            per_outcome = torch.where(b["member"][None], dense[:, None, :], low).max(2).values
            loss = loss - (b["T"] * torch.log_softmax(per_outcome * temp, 1)).sum()
        loss = loss / len(examples) + float(s["lam"]) * (A ** 2).sum()
        loss.backward()
        opt.step()
    return (eye + A).detach().numpy().astype(np.float32)


def fit_adapter(label_files: Sequence[str | Path], out: str | Path, suggester=None,
                settings: dict | None = None) -> dict:
    """Fit the adapter on labelled sets and write it with its note; returns the note."""
    from .evaluate import load_labelled
    from .suggest import Suggester, SuggestSettings

    suggester = suggester or Suggester(SuggestSettings(adapter=False))
    items, fitted_on = [], []
    for f in label_files:
        loaded = load_labelled(f)
        items += loaded
        fitted_on.append({"set": Path(f).name, "documents": sum(1 for i in loaded if i.labels)})
    examples = training_examples(items, suggester)
    if not examples:
        raise ValueError("no labelled document with an outcome of its curriculum in "
                         f"{', '.join(str(f) for f in label_files)}: nothing to fit the passage adapter on")
    matrix = fit_matrix(examples, settings)
    adapter = PassageAdapter(matrix)
    return adapter.save(out, what="linear map of passage vectors (W, applied as normalise(p @ W)) fitted on labelled "
                        "passage-statement evidence; used by the dense half of the suggester (pipeline/passage_adapter.py)",
                        fitted_on=fitted_on, examples=len(examples), model=suggester.model.id,
                        settings={**FIT_SETTINGS, **(settings or {})}, date=date.today().isoformat(),
                        command="cesr fit-adapter LABELS.jsonl... [--out models/passage_adapter.npy]")


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pipeline.passage_adapter",
                                     description="Fit the passage adapter on labelled sets.")
    parser.add_argument("labels", nargs="+", help="labelled JSON Lines sets")
    parser.add_argument("--out", default=None, help="the .npy to write (default: models/passage_adapter.npy)")
    args = parser.parse_args(argv)
    note = fit_adapter(args.labels, args.out or default_adapter_path())
    print(json.dumps({k: note[k] for k in ("fitted_on", "examples", "model", "sha256")}, indent=2))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
