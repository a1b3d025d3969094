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


def test_model_id_names_the_weights(model):
    assert model.id == f"all-MiniLM-L6-v2@{WEIGHTS_SHA256[:12]}+int8-alone"
    assert EmbeddingModel(quantize=False).id == f"all-MiniLM-L6-v2@{WEIGHTS_SHA256[:12]}"


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
    """The int8 model runs BERT without sentence-transformers; its vectors are the library's, exactly."""
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
    assert np.array_equal(EmbeddingModel(memo_size=0).encode(texts), np.stack(expected))
