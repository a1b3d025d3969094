"""Cross-fitted scores: each source is scored by a passage adapter fitted without it, and the calibrator and
"none of these" are fitted on those scores."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.crossfit import (crossfit_calibration_data, crossfit_none_data, fold_adapters,
                               group_of, load_sets)
from pipeline.evaluate import calibration_data, load_labelled
from pipeline.passage_adapter import fit_matrix, training_examples
from pipeline.suggest import SuggestSettings, Suggester

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "corpora" / "labelled"
FEW = {"epochs": 5}


def test_groups_are_writers_in_the_projects_sets_and_whole_sets_elsewhere():
    dev = load_labelled(LABELLED / "dev.jsonl")
    first = next(i for i in dev if i.id.startswith("rcoa-0") and int(i.id.rsplit("-", 1)[1]) < 100)
    second = next(i for i in dev if i.curriculum == "rcoa-2021" and int(i.id.rsplit("-", 1)[1]) >= 100)
    assert group_of(first, "dev.jsonl") == "rcoa-2021" and group_of(second, "dev.jsonl") == "rcoa-2021-b"
    blind = load_labelled(LABELLED / "holdout-s17.jsonl")[0]
    assert group_of(blind, "holdout-s17.jsonl") == "holdout-s17"
    # a blind set is one group whatever its documents' curricula, ids or emptiness (holdout-s31: 130 documents of
    # five curricula, 25 that evidence nothing)
    s31 = load_labelled(LABELLED / "holdout-s31.jsonl")
    assert len({i.curriculum for i in s31}) == 5 and any(not i.labels for i in s31)
    assert {group_of(i, "holdout-s31.jsonl") for i in s31} == {"holdout-s31"}


@pytest.fixture(scope="module")
def sets(model, tmp_path_factory):
    """Three groups of real documents: two dev writers of one curriculum and a blind set of two curricula (with
    documents that evidence nothing), embedded once."""
    folder = tmp_path_factory.mktemp("sets")
    dev = [json.loads(line) for line in (LABELLED / "dev.jsonl").read_text().splitlines()]
    blind = [json.loads(line) for line in (LABELLED / "holdout-s17.jsonl").read_text().splitlines()]
    rows = [r for r in dev if r["curriculum"] == "rcoa-2021" and int(r["id"].rsplit("-", 1)[1]) < 100][:3]
    rows += [r for r in dev if r["curriculum"] == "rcoa-2021" and int(r["id"].rsplit("-", 1)[1]) >= 100][:3]
    (folder / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    picked = [r for r in blind if r["curriculum"] == "rcoa-2021" and r["labels"]][:3]
    picked += [r for r in blind if r["curriculum"] == "rcoa-2021" and not r["labels"]][:1]
    picked += [r for r in blind if r["curriculum"] == "rcem-2021" and r["labels"]][:1]  # a second curriculum:
    picked += [r for r in blind if r["curriculum"] == "rcem-2021" and not r["labels"]][:1]  # "none" is fitted LOCO
    (folder / "holdout-s17.jsonl").write_text("".join(json.dumps(r) + "\n" for r in picked))
    plain = Suggester(SuggestSettings(adapter=False), model=model, none_model=False)
    data = load_sets([folder / "dev.jsonl", folder / "holdout-s17.jsonl"]).embed(plain)
    return data, plain, folder


def test_each_group_is_scored_by_an_adapter_fitted_without_it(sets, tmp_path, monkeypatch):
    import pipeline.passage_adapter as pa

    data, plain, _folder = sets
    assert sorted(set(data.groups)) == ["holdout-s17", "rcoa-2021", "rcoa-2021-b"]
    monkeypatch.setattr(pa, "FIT_SETTINGS", {**pa.FIT_SETTINGS, **FEW})
    fitted_on = []  # the documents each fold's real fit was given

    def recording(examples, settings=None):
        fitted_on.append(sorted(e.item for e in examples))
        return fit_matrix(examples, settings)

    monkeypatch.setattr(pa, "fit_matrix", recording)
    adapters = fold_adapters(data, plain, cache=tmp_path, progress=False)
    assert set(adapters) == set(data.groups)
    examples = training_examples(data.items, plain, data.documents, embedded=data.embedded)
    assert sorted(e.item for e in examples) == [i for i, it in enumerate(data.items) if it.labels]
    for held, fitted in zip(sorted(adapters), fitted_on):  # fitted on the labelled documents of the other groups
        assert fitted == [i for i, it in enumerate(data.items) if it.labels and data.groups[i] != held]
        assert not np.allclose(adapters[held].matrix, np.eye(plain.model.dimension), atol=1e-3)
    assert len({a.note["digest"] for a in adapters.values()}) == 3
    assert len(list(tmp_path.glob("adapter-*.npy"))) == 3
    again = fold_adapters(data, plain, cache=tmp_path, progress=False)  # from the cache, the same maps
    assert all(np.array_equal(again[g].matrix, adapters[g].matrix) for g in adapters)

    rows = crossfit_calibration_data(data, adapters, plain, depth=4)
    labelled = [it for it in data.items if it.labels]
    assert rows.X.shape[0] == 4 * len(labelled) and set(rows.sources) == set(data.groups)
    # a blind document's rows are those of a suggester that uses the adapter fitted without the blind set
    blind = [i for i, it in enumerate(data.items) if data.groups[i] == "holdout-s17"]
    alone = calibration_data([data.items[i] for i in blind],
                             Suggester(model=plain.model, none_model=False, adapter=adapters["holdout-s17"]),
                             [data.documents[i] for i in blind], depth=4)
    mask = np.asarray(rows.sources) == "holdout-s17"
    assert np.allclose(rows.X[mask], alone.X) and np.array_equal(rows.y[mask], alone.y)
    shipped = calibration_data([data.items[i] for i in blind], Suggester(model=plain.model, none_model=False),
                               [data.documents[i] for i in blind], depth=4)
    assert not np.allclose(shipped.X, alone.X)  # the shipped adapter would score them otherwise

    X, y, curricula, kinds = crossfit_none_data(data, adapters, plain)
    assert X.shape[0] == len(data.items) and y.tolist() == [0 if it.labels else 1 for it in data.items]
    assert kinds.count("evidence") == len(labelled) and set(curricula) == {"rcoa-2021", "rcem-2021"}


def test_cesr_calibrate_crossfit_records_the_scheme(sets, tmp_path, monkeypatch, capsys):
    import pipeline.passage_adapter as pa
    from pipeline.calibrate import Calibrator
    from pipeline.cli import main
    from pipeline.none_of_these import NoneModel

    _data, _plain, folder = sets
    monkeypatch.setattr(pa, "FIT_SETTINGS", {**pa.FIT_SETTINGS, **FEW})
    out, none_out = tmp_path / "calibrator.json", tmp_path / "none.json"
    assert main(["calibrate", str(folder / "dev.jsonl"), "--none-out", str(none_out)]) == 2  # --crossfit only
    assert main(["calibrate", str(folder / "dev.jsonl"), str(folder / "holdout-s17.jsonl"), "--crossfit",
                 "--depth", "4", "--out", str(out), "--none-out", str(none_out)]) == 0
    printed = capsys.readouterr().out
    assert "calibrator fitted on 10 documents" in printed and "'none of these' fitted on 12 documents (2 " in printed
    none_note = NoneModel.load(none_out).fitted_on
    assert none_note["crossfit"]["groups"] == {"holdout-s17": 6, "rcoa-2021": 3, "rcoa-2021-b": 3}
    note = Calibrator.load(out).fitted_on
    assert note["crossfit"]["groups"] == {"holdout-s17": 6, "rcoa-2021": 3, "rcoa-2021-b": 3}
    assert set(note["crossfit"]["adapters"]) == {"holdout-s17", "rcoa-2021", "rcoa-2021-b"}
    assert note["adapter"].startswith("adapter@") and set(note["sources"]) == {"holdout-s17", "rcoa-2021", "rcoa-2021-b"}
    assert note["data"] == [str(folder / "dev.jsonl"), str(folder / "holdout-s17.jsonl")]
