"""Passages a second: the int8 model on PyTorch against ONNX Runtime (int8 and float32), on the same passages.

The passages are the labelled dev set's (``corpora/labelled/dev.jsonl`` cut by ``segment.split_passages``),
each embedded alone on one thread, as ``cesr`` embeds them (``EmbeddingModel._encode_alone`` runs one such
thread per core).  The runtimes alternate within each round; the best round counts, in wall-clock and in the
thread's CPU time (on a shared machine the CPU rate says more).  The vectors are compared passage by passage:
cosine to the float32 model (PyTorch, the reference every int8 model approximates) and to PyTorch int8 (what
the calibrators in ``models/`` were fitted on).

    .venv/bin/python benchmarks/onnx_bench.py --passages 300 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _results import machine, write_section  # noqa: E402


def passages(n: int) -> list[str]:
    from pipeline.segment import split_passages

    out: list[str] = []
    for line in (ROOT / "corpora/labelled/dev.jsonl").read_text().splitlines():
        out += [p.text for p in split_passages(json.loads(line)["text"])]
        if len(out) >= n:
            break
    return out[:n]


def float32_export(folder: Path, path: Path) -> None:
    """The float32 graph, exported as the int8 one is before quantisation (for the ORT float32 row)."""
    import warnings

    import torch
    from transformers import AutoModel, AutoTokenizer

    from pipeline.embed import _Pooled

    bert = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()
    features = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)(["a passage"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(_Pooled(bert), tuple(features[n] for n in names), str(path), input_names=names,
                          output_names=["embedding"], opset_version=17, dynamo=False,
                          dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names}, "embedding": {0: "batch"}})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print the section instead of writing RESULTS.md")
    args = parser.parse_args(argv)

    from pipeline.embed import EmbeddingModel, _MeanPooledBert, _OnnxBert, prepare_onnx

    texts = passages(args.passages)
    folder = EmbeddingModel().verify()
    int8_path = prepare_onnx(folder)
    tmp = tempfile.TemporaryDirectory(prefix="cesr-onnx-bench-")
    fp32_path = Path(tmp.name) / "float32.onnx"
    float32_export(folder, fp32_path)
    runners = {"PyTorch int8 (dynamic quantisation)": _MeanPooledBert.load(folder, 256),
               "ONNX Runtime int8 (per-channel weights)": _OnnxBert.load(int8_path, folder, 256),
               "ONNX Runtime float32": _OnnxBert.load(fp32_path, folder, 256)}
    rows: dict[str, list[tuple[float, float]]] = {k: [] for k in runners}
    vectors: dict[str, np.ndarray] = {}
    loads = []
    for r in range(args.rounds):
        loads.append(round(os.getloadavg()[0], 2))
        order = list(runners) if r % 2 == 0 else list(reversed(runners))
        for name in order:
            runner = runners[name]
            wall, cpu = time.perf_counter(), time.thread_time()
            vectors[name] = np.stack([runner.embed(runner.tokenize(t)) for t in texts])
            rows[name].append((time.perf_counter() - wall, time.thread_time() - cpu))
        print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1][0]:.1f}/{v[-1][1]:.1f} s" for k, v in rows.items()),
              file=sys.stderr, flush=True)
    reference = EmbeddingModel(quantize=False).encode(texts)
    torch_int8 = vectors["PyTorch int8 (dynamic quantisation)"]
    base_cpu = min(c for _, c in rows["PyTorch int8 (dynamic quantisation)"])
    lines = ["| runtime | passages/s, wall (best) | passages/s, CPU (best) | vs PyTorch int8, CPU | "
             "cosine to float32: mean / least | cosine to PyTorch int8: mean / least |", "|---|---:|---:|---:|---|---|"]
    for name, times in rows.items():
        wall, cpu = min(w for w, _ in times), min(c for _, c in times)
        to_ref, to_int8 = (vectors[name] * reference).sum(1), (vectors[name] * torch_int8).sum(1)
        lines.append(f"| {name} | {len(texts) / wall:.1f} | {len(texts) / cpu:.1f} | {base_cpu / cpu:.2f}x | "
                     f"{to_ref.mean():.4f} / {to_ref.min():.4f} | {to_int8.mean():.4f} / {to_int8.min():.4f} |")
    body = "\n".join([
        "## The passage encoder: PyTorch int8 against ONNX Runtime (issue 17)",
        "",
        f"Machine: {machine()}. Command: `.venv/bin/python benchmarks/onnx_bench.py "
        f"{' '.join(sys.argv[1:] if argv is None else argv)}`.",
        "",
        f"{len(texts)} passages of the labelled dev set (mean {np.mean([len(t) for t in texts]):.0f} characters), "
        f"each embedded alone on one thread; {args.rounds} rounds, the runtimes alternating; 1-minute load average "
        f"before each round: {', '.join(map(str, loads))} on {os.cpu_count()} cores. CPU is the thread's own time.",
        "",
        *lines,
    ])
    if args.no_write:
        print(body)
    else:
        write_section("onnx", body)
        print(body)
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
