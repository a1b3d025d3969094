"""The passage adapter: a linear map of passage vectors fitted on labelled evidence, stored with a checked
note, applied to the bundled curricula's dense half only."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.curriculum import load_curricula
from pipeline.evaluate import load_labelled
from pipeline.model import Document
from pipeline.passage_adapter import (AdapterIntegrityError, PassageAdapter, applies_to, default_adapter_path,
                                      fit_matrix, load_adapter, training_examples)
from pipeline.suggest import SuggestSettings, Suggester

ROOT = Path(__file__).resolve().parents[1]


def _doc(text: str) -> Document:
    return Document(path="mem", sha256="x", text=text, pages=1, format="text")


def test_round_trip_checks_the_hash(tmp_path):
    rng = np.random.default_rng(0)
    matrix = (np.eye(8) + 0.1 * rng.standard_normal((8, 8))).astype(np.float32)
    path = tmp_path / "a.npy"
    note = PassageAdapter(matrix).save(path, model="m@1", fitted_on=[{"set": "x.jsonl", "documents": 3}])
    assert len(note["sha256"]) == 64 and json.loads(path.with_suffix(".json").read_text())["sha256"] == note["sha256"]
    loaded = load_adapter(path, "m@1")
    assert np.array_equal(loaded.matrix, matrix) and loaded.version == "adapter@" + note["sha256"][:12]
    out = loaded.transform(rng.standard_normal((3, 8)).astype(np.float32))
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0)
    assert load_adapter(path, "another-model@2") is None  # a map for another model's vectors is not used
    assert load_adapter(tmp_path / "missing.npy", "m@1") is None
    np.save(path, matrix * 2)  # changed behind its note's back
    with pytest.raises(AdapterIntegrityError, match="sha256"):
        load_adapter(path, "m@1")


def test_applies_to_described_clinical_curricula_only(model):
    suggester = Suggester(model=model).fit(load_curricula(["gmc-gpc-2017"]))
    assert applies_to(suggester.profiles_["gmc-gpc-2017"])
    assert not applies_to({"mean_words": 3.6, "background_affinity": 0.16})  # ESCO-like short labels
    assert not applies_to({"mean_words": 80.0, "background_affinity": float("nan")})


def test_fitting_moves_real_documents_toward_their_labelled_outcomes(model):
    """Fitted on a few dev documents, the map ranks their labelled outcomes higher than the identity does."""
    items = [i for i in load_labelled(ROOT / "corpora" / "labelled" / "dev.jsonl")
             if i.curriculum == "gmc-gpc-2017" and i.labels][:8]
    examples = training_examples(items, Suggester(SuggestSettings(adapter=False), model=model))
    assert len(examples) == len(items)
    matrix = fit_matrix(examples, {"epochs": 15})
    assert matrix.shape == (model.dimension, model.dimension) and not np.allclose(matrix, np.eye(model.dimension))

    def rank_of_gold(m):
        ranks = []
        for e in examples:
            q = e.passages @ m
            q /= np.linalg.norm(q, axis=1, keepdims=True)
            dense = (q @ e.statements.T - e.hubness).mean(axis=0)
            per_outcome = np.full(len(e.targets), -np.inf)
            np.maximum.at(per_outcome, e.outcome_of, dense)
            ranks.append(int((per_outcome > per_outcome[np.argmax(e.targets)]).sum()))
        return np.mean(ranks)

    assert rank_of_gold(matrix) < rank_of_gold(np.eye(model.dimension, dtype=np.float32))
    assert np.array_equal(matrix, fit_matrix(examples, {"epochs": 15}))  # deterministic for a seed


def test_shipped_adapter_is_checked_recorded_and_used(model):
    path = default_adapter_path()
    adapter = load_adapter(path, model.id)
    assert adapter is not None, "models/passage_adapter.npy is missing or was fitted for another model"
    note = adapter.note
    # every labelled set measured before holdout-s54; test unseen (the calibrator is fitted on cross-fitted scores:
    # pipeline/crossfit.py)
    assert {f["set"] for f in note["fitted_on"]} == {"dev.jsonl", "holdout-s15.jsonl", "holdout-s17.jsonl",
                                                     "holdout-s18.jsonl", "holdout-s19.jsonl", "holdout-s21.jsonl",
                                                     "holdout-s24.jsonl", "holdout-s26.jsonl", "holdout-s31.jsonl",
                                                     "holdout-s35.jsonl", "holdout-s38.jsonl", "holdout-s39.jsonl",
                                                     "holdout-s40.jsonl", "holdout-s46.jsonl", "holdout-s47.jsonl",
                                                     "holdout-s50.jsonl", "holdout-s52.jsonl", "holdout-s53.jsonl"}
    assert "test.jsonl" not in {f["set"] for f in note["fitted_on"]}
    assert note["model"] == model.id and note["shape"] == [model.dimension, model.dimension]
    assert path.stat().st_size < 1_000_000
    rcem = load_curricula(["rcem-2021"])
    on = Suggester(model=model).fit(rcem)
    off = Suggester(SuggestSettings(adapter=False), model=model).fit(rcem)
    assert on.adapter_rows_.size == len(on.index_) and off.adapter_rows_.size == 0
    doc = _doc("DOPS: intercostal chest drain, Seldinger technique, ultrasound-guided; competent unsupervised.")
    a, b = on.document_scores([doc])[0][0], off.document_scores([doc])[0][0]
    assert not np.allclose(a, b)
    assert on.suggest(doc)[0].outcome == "rcem-2021:SLO6"


def test_short_label_taxonomy_is_not_adapted(model, tmp_path):
    import itertools

    from pipeline.curriculum import load_curriculum
    from pipeline.curriculum_import import import_taxonomy, write_curriculum

    src = tmp_path / "skills.txt"
    src.write_text("\n".join(f"{v} {o}" for v, o in itertools.product(["operate", "repair", "clean"],
                                                                       ["forklift trucks", "CNC lathes"])) + "\n")
    labels = load_curriculum(str(write_curriculum(import_taxonomy(src, cid="few-skills"), tmp_path / "s.yaml")))
    gpc = load_curricula(["gmc-gpc-2017"])[0]
    suggester = Suggester(model=model).fit([labels, gpc])
    adapted = {suggester.index_.nodes[i].curriculum for i in suggester.adapter_rows_}
    assert adapted == {"gmc-gpc-2017"}
    doc = _doc("Repaired the CNC lathes after the night shift.")
    both = suggester.document_scores([doc])[0][0]
    plain = Suggester(SuggestSettings(adapter=False), model=model).fit([labels, gpc]).document_scores([doc])[0][0]
    rows = np.array([n.curriculum == "few-skills" for n in suggester.index_.nodes])
    # the labels' dense scores are the plain ones; only the fused z-scores over the whole index move
    assert np.argsort(-both[rows]).tolist() == np.argsort(-plain[rows]).tolist()


def test_cesr_fit_adapter_writes_a_checked_map_and_its_note(tmp_path, capsys):
    from pipeline.cli import main

    labels = tmp_path / "few.jsonl"
    rows = [json.loads(line) for line in (ROOT / "corpora" / "labelled" / "dev.jsonl").read_text().splitlines()]
    chosen = [r for r in rows if r["curriculum"] == "gmc-gpc-2017" and r["labels"]][:6]
    labels.write_text("".join(json.dumps(r) + "\n" for r in chosen))
    out = tmp_path / "adapter.npy"
    assert main(["fit-adapter", str(labels), "--out", str(out)]) == 0
    assert "passage adapter fitted on few.jsonl (6)" in capsys.readouterr().out
    note = json.loads(out.with_suffix(".json").read_text())
    assert note["fitted_on"] == [{"set": "few.jsonl", "documents": 6}] and note["command"].startswith("cesr fit-adapter")
    adapter = PassageAdapter.load(out)
    assert adapter.matrix.shape[0] == adapter.matrix.shape[1] and adapter.version == "adapter@" + note["sha256"][:12]
