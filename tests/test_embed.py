"""The real model, loaded offline, with its weights checked."""

from __future__ import annotations

import os

import numpy as np
import pytest

from pipeline.embed import WEIGHTS_SHA256, EmbeddingModel, ModelIntegrityError


def test_loads_offline_and_embeds(model):
    assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["TRANSFORMERS_OFFLINE"] == "1"
    v = model.encode(["Chest drain inserted using Seldinger technique", "Intercostal drain placed for pneumothorax",
                      "Departmental rota for August"])
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_model_id_names_the_weights_and_how_they_run(model):
    assert EmbeddingModel(runtime="torch").id == f"all-MiniLM-L6-v2@{WEIGHTS_SHA256[:12]}+int8-alone"
    assert model.id in (EmbeddingModel(runtime="torch").id, EmbeddingModel(runtime="onnx").id)
    assert EmbeddingModel(runtime="torch").id != EmbeddingModel(runtime="onnx").id  # caches never mix the two


def test_onnx_runtime_is_the_default_and_torch_takes_over_with_a_warning_saying_why(monkeypatch, caplog):
    """``auto`` (the default) runs on ONNX Runtime (a dependency, so here it is); without it, PyTorch int8 runs
    instead and a warning says why, and the model id says which vectors these are."""
    import sys

    from pipeline.embed import ONNX_RECIPE

    default = EmbeddingModel()
    assert default.runtime == "auto"
    assert default.resolved_runtime() == "onnx" and default.id.endswith(f"+{ONNX_RECIPE}-alone")
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # as if it were not installed
    fallback = EmbeddingModel(memo_size=0)
    with caplog.at_level("WARNING", logger="cesr.embed"):
        assert fallback.resolved_runtime() == "torch"
    assert fallback.id.endswith("+int8-alone")
    warning = " ".join(r.getMessage() for r in caplog.records)
    assert "PyTorch int8" in warning and "onnxruntime is not installed" in warning
    assert fallback.encode(["Chest drain inserted"]).shape == (1, 384)


def test_int8_is_the_default_and_can_be_switched_off(monkeypatch):
    monkeypatch.delenv("CESR_QUANTIZE", raising=False)
    assert EmbeddingModel().quantize
    for off in ("0", "false", "No", "off"):
        monkeypatch.setenv("CESR_QUANTIZE", off)
        assert not EmbeddingModel().quantize
    monkeypatch.setenv("CESR_QUANTIZE", "1")
    assert EmbeddingModel().quantize


def test_int8_agrees_with_float32(model):
    texts = ["Chest drain inserted using Seldinger technique", "Intercostal drain placed for pneumothorax",
             "Departmental rota for August", "Led the trauma team for a motorcyclist with a pelvic fracture"]
    q = model.encode(texts)
    f = EmbeddingModel(quantize=False).encode(texts)
    assert np.all(np.sum(q * f, axis=1) > 0.9)  # close to the same direction, row by row (measured 0.93-0.95)
    assert np.array_equal(np.argsort(-(q @ q.T), axis=1)[:, :2], np.argsort(-(f @ f.T), axis=1)[:, :2])


def test_wrong_weights_are_refused():
    bad = EmbeddingModel(expected_sha256="0" * 64)
    with pytest.raises(ModelIntegrityError, match="sha256"):
        bad.verify()


def test_missing_model_folder(tmp_path):
    with pytest.raises(ModelIntegrityError, match="not found"):
        EmbeddingModel(model_dir=tmp_path).verify()


def test_empty_input(model):
    assert model.encode([]).shape == (0, 384)


def test_float32_batches_stay_within_the_token_budget():
    texts = ["word " * n for n in (3, 200, 40, 3, 90, 1)]
    model = EmbeddingModel(quantize=False, token_budget=200, batch_size=3)
    batches = model.batches(texts)
    assert sorted(i for b in batches for i in b) == list(range(len(texts)))
    lengths = [min(model.max_seq_length, len(t) // 4 + 2) for t in texts]
    for b in batches:
        assert len(b) <= 3 and (len(b) == 1 or len(b) * max(lengths[i] for i in b) <= 200)
    with pytest.raises(ValueError):
        EmbeddingModel(token_budget=0)


def test_a_large_taxonomy_is_embedded_in_float32_batches_and_small_curricula_keep_the_int8_model(model):
    """Short statements of a big flat taxonomy go in float32 batches (fast, and the reference the int8
    model approximates); the specialty curricula keep the model their calibrator was fitted on."""
    import numpy as np

    from pipeline.curriculum import load_curriculum
    from pipeline.index import LARGE_TAXONOMY, statement_model
    from pipeline.model import Capability, Curriculum

    small = load_curriculum("rcem-2021")
    assert statement_model(small, model) is model
    nodes = [Capability(id=f"big:S{i}", curriculum="big", code=f"S{i}", title=f"statement {i}", parent=None, level=1,
                        outcome=f"big:S{i}") for i in range(LARGE_TAXONOMY)]
    big = Curriculum(id="big", title="Big", version="1", nodes=nodes)
    twin = statement_model(big, model)
    assert twin is model.for_statements() and twin is not model
    assert not twin.quantize and twin.expected_sha256 == model.expected_sha256 and twin.id != model.id
    texts = ["assess airway compromise in the emergency department", "teach consent discussions", "audit"]
    batched = twin.encode(texts)
    alone = np.vstack([twin.encode([t]) for t in texts])
    assert np.allclose(batched, alone, atol=1e-5)  # float32: a text's vector does not depend on its batch
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)
    # same meaning, same space: the float32 statement and the int8 passage of one text are near-identical
    assert float((model.encode(texts[:1]) @ batched[0])[0]) > 0.9


def test_a_text_seen_again_is_taken_from_memory_with_the_same_vector(model):
    import pickle

    texts = ["Chest drain inserted under ultrasound guidance.", "Sedation for cardioversion in the ED.",
             "Chest drain inserted under ultrasound guidance."]
    fresh = EmbeddingModel(memo_size=0)
    expected = fresh.encode(texts)
    assert fresh.memo_hits == 1 and not fresh._memo  # the repeat within the call, nothing kept
    remembering = EmbeddingModel()
    first = remembering.encode(texts[:2])
    assert remembering.memo_hits == 0
    again = remembering.encode(texts)
    assert remembering.memo_hits == 3  # two seen in the first call, the repeat in this one
    assert np.array_equal(again, expected) and np.array_equal(first, expected[:2])
    copy = pickle.loads(pickle.dumps(remembering))  # what a worker gets: settings, not this process's memory
    assert copy.memo_hits == 0 and not copy._memo
    small = EmbeddingModel(memo_size=1)
    small.encode(texts[:2])
    assert len(small._memo) == 1


def test_the_int8_encoder_gives_sentence_transformers_vectors_bit_for_bit(model):
    """The torch int8 model runs BERT without sentence-transformers; its vectors are the library's, exactly."""
    import warnings

    import torch
    from sentence_transformers import SentenceTransformer

    from pipeline.embed import default_model_dir

    texts = ["Chest drain inserted under ultrasound guidance.", "  leading and trailing spaces  ",
             "I led the morning handover and taught the FY1s. " * 40]  # past the 256 word-piece window
    reference = SentenceTransformer(str(default_model_dir()), device="cpu", local_files_only=True)
    reference.max_seq_length = 256
    reference.eval()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.quantization.quantize_dynamic(reference, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
    expected = []
    for text in texts:
        with torch.inference_mode():
            vector = reference(reference.preprocess([text]))["sentence_embedding"]
            expected.append(torch.nn.functional.normalize(vector, p=2, dim=1)[0].float().numpy())
    assert np.array_equal(EmbeddingModel(memo_size=0, runtime="torch").encode(texts), np.stack(expected))


def test_the_onnx_runtime_model_reads_the_same_word_pieces_and_stays_near_float32():
    """The ONNX Runtime int8 model (export made offline from the checked weights, its digest checked): the
    tokenizer without transformers cuts the same word pieces, each text is embedded alone (a text's vector
    does not depend on the others), and the vectors stay near the float32 model's."""
    from pipeline.embed import ONNX_RECIPE, _MeanPooledBert, default_model_dir

    texts = ["Chest drain inserted using Seldinger technique", "  leading and trailing spaces  ",
             "Departmental rota for August", "I led the morning handover and taught the FY1s. " * 40]
    onnx = EmbeddingModel(runtime="onnx", memo_size=0)
    assert onnx.id == f"all-MiniLM-L6-v2@{WEIGHTS_SHA256[:12]}+{ONNX_RECIPE}-alone"
    runner = onnx.load()
    torch_tokens = _MeanPooledBert.load(default_model_dir(), 256)
    for text in texts:
        assert runner.tokenize(text)["input_ids"][0].tolist() == torch_tokens.tokenize(text)["input_ids"][0].tolist()
    together = onnx.encode(texts)
    assert np.array_equal(together[2], onnx.encode([texts[2]])[0])
    reference = EmbeddingModel(quantize=False).encode(texts)
    assert np.all(np.sum(together * reference, axis=1) > 0.97)  # measured 0.98-0.99 on dev passages
    assert np.array_equal(np.argsort(-(together @ together.T), axis=1)[:, :2],
                          np.argsort(-(reference @ reference.T), axis=1)[:, :2])


def test_a_runtime_that_does_not_exist_is_refused():
    with pytest.raises(ValueError, match="runtime"):
        EmbeddingModel(runtime="tensorflow")


def test_an_onnx_export_that_does_not_match_its_recorded_digest_is_refused(tmp_path):
    """The export is checked against the sha256 written beside it when it was made: a changed file is an error
    (never silently used, never silently replaced by torch)."""
    import json
    import shutil

    from pipeline.embed import ONNX_RECIPE, default_model_dir, prepare_onnx

    made = prepare_onnx()  # made at install time beside the weights (make install), or now
    folder = tmp_path / "model"
    folder.mkdir()
    for item in default_model_dir().iterdir():
        if item.is_file():
            (folder / item.name).symlink_to(item)
    (folder / "onnx").mkdir()
    name = f"{ONNX_RECIPE}-256"
    shutil.copy(made, folder / "onnx" / f"{name}.onnx")
    note = json.loads(made.with_suffix(".json").read_text())
    assert note["weights_sha256"] == WEIGHTS_SHA256 and note["agreement_with_float32"]["min_cosine"] >= 0.85
    (folder / "onnx" / f"{name}.json").write_text(json.dumps({**note, "sha256": "0" * 64}))
    for runtime in ("onnx", "auto"):
        with pytest.raises(ModelIntegrityError, match="does not match its note"):
            EmbeddingModel(model_dir=folder, runtime=runtime).load()


_SHARED_TEXTS = ["Chest drain inserted under ultrasound guidance.", "Sedation for cardioversion in the ED.",
                 "Taught FY1s the ABCDE approach on the acute take."]


def _encode_into_shared_memo(path: str) -> tuple[int, bytes]:
    """In another process (a pool worker's place): embed with the shared memo at ``path``."""
    other = EmbeddingModel()
    other.load()
    other.share_memo(path)
    vectors = other.encode(_SHARED_TEXTS)
    return other.memo_hits, vectors.tobytes()


def test_the_workers_of_a_batch_embed_a_passage_once_between_them(tmp_path):
    """A passage one worker embedded, another worker of the batch (another process) takes from the batch's shared
    memo instead of embedding it again, with the same vector; a file of another model's vectors is not read."""
    import multiprocessing

    path = str(tmp_path / "passage-vectors.sqlite")
    expected = EmbeddingModel(memo_size=0).encode(_SHARED_TEXTS)
    first = EmbeddingModel()
    first.load()
    first.share_memo(path)
    assert np.array_equal(first.encode(_SHARED_TEXTS[:2]), expected[:2]) and first.memo_hits == 0
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        hits, vectors = pool.apply(_encode_into_shared_memo, (path,))
    assert hits == 2  # the two the first worker embedded; the third embedded there, and now shared too
    assert np.frombuffer(vectors, dtype=np.float32).reshape(expected.shape).tobytes() == expected.tobytes()
    third = EmbeddingModel()
    third.load()
    third.share_memo(path)
    assert np.array_equal(third.encode(_SHARED_TEXTS), expected) and third.memo_hits == 3
    import sqlite3

    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM vectors").fetchone() == (3,)
        assert db.execute("SELECT typeof(key), length(key) FROM vectors").fetchall() == [("blob", 16)] * 3  # no text
        db.execute("UPDATE meta SET value = 'another-model' WHERE name = 'model'")
    stranger = EmbeddingModel()
    stranger.load()
    stranger.share_memo(path)
    assert np.array_equal(stranger.encode(_SHARED_TEXTS), expected) and stranger.memo_hits == 0


def test_a_shared_memo_that_cannot_be_used_changes_nothing_but_time(tmp_path):
    """A damaged file, or no memo at all (``memo_size`` 0): every text is embedded, the same vectors."""
    expected = EmbeddingModel(memo_size=0).encode(_SHARED_TEXTS)
    damaged = tmp_path / "passage-vectors.sqlite"
    damaged.write_bytes(b"not a database" * 100)
    model = EmbeddingModel()
    model.load()
    model.share_memo(damaged)
    assert np.array_equal(model.encode(_SHARED_TEXTS), expected) and model.memo_hits == 0
    off = EmbeddingModel(memo_size=0)
    off.share_memo(tmp_path / "unused.sqlite")
    assert np.array_equal(off.encode(_SHARED_TEXTS), expected)
    assert not (tmp_path / "unused.sqlite").exists()
