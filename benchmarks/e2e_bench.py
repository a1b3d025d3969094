"""End-to-end benchmark: cesr against the afternoon script, on the same synthetic corpus, in one run.

    .venv/bin/python benchmarks/e2e_bench.py --n 10000 --stateless-n 1000 --float32-n 400 --baseline-n 200 --add 100

Generates (or reuses) ``benchmarks/work/corpus-N`` (digital letters of 1-3 pages, ``generate.py
--scan-share 0``), ``corpus-K`` for the smaller runs (the first K letters of the same sequence) and
``benchmarks/work/extra-ADD`` (ADD further letters, numbered after them), then runs, each as a
subprocess whose whole process tree is sampled for resident memory every 0.2 s:

1. the baseline, ``baseline_script.py`` on the first BASELINE_N letters (sorted);
2. ``cesr suggest CORPUS --curriculum rcem-2021 --out ...`` (stateless: ingest, anonymise, suggest) on
   STATELESS_N letters, and the same with the float32 model (``CESR_QUANTIZE=0``) on FLOAT32_N letters;
3. the workspace path on all N: ``cesr init``, ``cesr add CORPUS``, ``cesr suggest --workspace``; the
   same two again on the unchanged corpus; ``cesr add EXTRA`` + ``cesr suggest --workspace`` (ADD new
   letters); and the same ADD letters alone in a fresh workspace, for comparison;
4. in-process, the review app's per-document latency: ``ReviewApp.document(sha)`` (what the review
   screen fetches for one document) and ``suggest_workspace(ws, documents=[sha])`` (recomputing one
   document's suggestions, the model already loaded), p50 and p95;
5. the baseline again (the machine is shared: the faster of its two runs is the one compared).

Writes the ``e2e`` section of ``benchmarks/RESULTS.md`` and ``benchmarks/work/e2e_results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

WORK = ROOT / "benchmarks" / "work"
PY = str(ROOT / ".venv" / "bin" / "python")
CESR = str(ROOT / ".venv" / "bin" / "cesr")
FLOAT32 = {"CESR_QUANTIZE": "0"}


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (psutil, else /proc)."""
    try:
        import psutil

        proc = psutil.Process(pid)
        total = proc.memory_info().rss
        for child in proc.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total
    except ImportError:  # pragma: no cover
        from ingest_bench import _descendants, _rss_kib

        return 1024 * (_rss_kib(pid) + sum(_rss_kib(p) for p in _descendants(pid)))
    except Exception:
        return 0


def _tree_pss(pid: int) -> int:
    """Proportional set size of ``pid`` and its descendants: shared pages (libtorch in every worker)
    counted once across the tree instead of once per process as in the RSS sum."""
    try:
        import psutil

        procs = [psutil.Process(pid)]
        procs += procs[0].children(recursive=True)
        total = 0
        for proc in procs:
            try:
                total += proc.memory_full_info().pss
            except psutil.Error:
                pass
        return total
    except Exception:
        return 0


def _lines(path: Path | None) -> int:
    if path is None or not path.exists():
        return 0
    with open(path, "rb") as fh:
        return sum(1 for _ in fh)


def run(cmd: list[str], progress_file: Path | None = None, checkpoints=(), env=None) -> dict:
    """Run ``cmd``; wall time, peak tree RSS, and the peak reached before each checkpoint of output lines."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, **(env or {})})
    peak, peak_pss, at, series = [0], [0], {}, []
    done = threading.Event()

    def sample():
        while not done.is_set():
            rss = _tree_rss(proc.pid)
            peak[0] = max(peak[0], rss)
            if len(series) % 5 == 0:  # PSS reads every mapping of every process: once a second is enough
                peak_pss[0] = max(peak_pss[0], _tree_pss(proc.pid))
            series.append((time.perf_counter() - start, rss))
            if checkpoints:
                # cesr writes OUT.part and renames it to OUT at the end
                n = max(_lines(progress_file), _lines(progress_file.with_name(progress_file.name + ".part")))
                for c in checkpoints:
                    if n < c:
                        at[c] = max(at.get(c, 0), rss)
            done.wait(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    thread.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    fifths = [max((r for t, r in series if k * seconds / 5 <= t < (k + 1) * seconds / 5), default=0) for k in range(5)]
    return {"cmd": " ".join(_rel(c) for c in cmd), "seconds": round(seconds, 2),
            "peak_rss_mib": round(peak[0] / 2**20), "peak_pss_mib": round(peak_pss[0] / 2**20), "rss_mib_up_to": {c: round(v / 2**20) for c, v in at.items()},
            "peak_rss_mib_by_fifth": [round(v / 2**20) for v in fifths],
            "stdout_tail": out.strip().splitlines()[-3:], "stderr_tail": err.strip().splitlines()[-2:]}


def _rel(x: str) -> str:
    return x.replace(str(ROOT) + "/", "")


def ensure_corpus(folder: Path, n: int, start: int = 0) -> None:
    from generate import generate

    marker = folder / ".complete"
    if marker.exists() and marker.read_text() == f"{n}:{start}":
        return
    if folder.exists():
        shutil.rmtree(folder)
    generate(n, folder, scan_share=0.0, start=start)
    marker.write_text(f"{n}:{start}")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def review_latency(ws_dir: Path, samples: int) -> dict:
    from pipeline.embed import EmbeddingModel
    from pipeline.review.compute import suggest_workspace
    from pipeline.review.server import ReviewApp
    from pipeline.workspace import Workspace

    ws = Workspace.open(ws_dir)
    with ws:
        shas = [d.sha256 for d in ws.store.documents(include_text=False) if d.ok][:samples]
        app = ReviewApp(ws)
        app.document(shas[0])  # warm
        fetch = []
        for sha in shas:
            t = time.perf_counter()
            app.document(sha)
            fetch.append(1000 * (time.perf_counter() - t))
        model = EmbeddingModel()  # the default (int8), as the workspace was computed
        suggest_workspace(ws, model=model, documents=shas[:1])  # warm: model and index loaded
        recompute = []
        for sha in shas[: max(5, samples // 2)]:
            t = time.perf_counter()
            suggest_workspace(ws, model=model, documents=[sha])
            recompute.append(1000 * (time.perf_counter() - t))
    return {"fetch_ms_p50": round(pct(fetch, .5), 1), "fetch_ms_p95": round(pct(fetch, .95), 1), "fetch_n": len(fetch),
            "recompute_ms_p50": round(pct(recompute, .5)), "recompute_ms_p95": round(pct(recompute, .95)),
            "recompute_n": len(recompute)}


def agreement(base: Path, ours: Path, q: Path) -> dict:
    """Top-1 outcome agreement between the runs (baseline, cesr default int8, cesr float32), on the documents
    all three ran (no labels exist here)."""
    def top(path: Path) -> dict[str, str]:
        out = {}
        for line in path.read_text().splitlines():
            rec = json.loads(line)
            name = Path(rec["path"] if "path" in rec else rec["document"]["path"]).name
            sug = rec["suggestions"]
            if sug:
                node = sug[0]["node"]
                out[name] = node.split(".")[0]
        return out

    b, o, f = top(base), top(ours), top(q)
    common = sorted(set(b) & set(o) & set(f))
    same = lambda x, y: round(sum(x[k] == y[k] for k in common) / max(len(common), 1), 3)
    return {"documents": len(common), "baseline_vs_ours": same(b, o), "ours_vs_float32": same(o, f),
            "baseline_vs_float32": same(b, f)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--baseline-n", type=int, default=300)
    parser.add_argument("--stateless-n", type=int, default=0,
                        help="letters for the stateless 'cesr suggest PATH' run (default: all N)")
    parser.add_argument("--float32-n", type=int, default=400, help="letters for the float32 comparison run")
    parser.add_argument("--add", type=int, default=100)
    parser.add_argument("--skip-workspace", action="store_true")
    parser.add_argument("--latency-samples", type=int, default=40)
    parser.add_argument("--render-only", action="store_true",
                        help="rewrite the RESULTS.md section from benchmarks/work/e2e_results.json")
    args = parser.parse_args(argv)

    from _results import machine, write_section

    if args.render_only:
        res = json.loads((WORK / "e2e_results.json").read_text())
        write_section("e2e", render(res, res.get("machine", "see e2e_results.json")))
        return 0

    WORK.mkdir(parents=True, exist_ok=True)
    n, sn, fn = args.n, min(args.stateless_n or args.n, args.n), min(args.float32_n, args.n)
    corpus, extra = WORK / f"corpus-{n}", WORK / f"extra-{args.add}"
    t = time.perf_counter()
    ensure_corpus(corpus, n)
    ensure_corpus(extra, args.add, start=n)
    # The generator is deterministic per letter number, so corpus-K holds the first K letters of corpus-N.
    stateless = corpus if sn == n else WORK / f"corpus-{sn}"
    ensure_corpus(stateless, sn)
    small = WORK / f"corpus-{fn}"
    ensure_corpus(small, fn)
    gen_seconds = round(time.perf_counter() - t, 1)
    res: dict = {"n": n, "stateless_n": sn, "float32_n": fn, "baseline_n": args.baseline_n, "add": args.add,
                 "generate_seconds": gen_seconds, "load": {"start": round(os.getloadavg()[0], 2)}}

    def baseline(tag: str) -> dict:
        out = WORK / "baseline.jsonl"
        r = run([PY, "benchmarks/baseline_script.py", str(corpus), "--limit", str(args.baseline_n), "--out", str(out)])
        res["load"][tag] = round(os.getloadavg()[0], 2)
        print(tag, r["seconds"], file=sys.stderr)
        return r

    res["baseline"] = baseline("baseline_first")
    checkpoints = tuple(c for c in (100, 250, 500, 1000, 2500, 5000, 10000, 20000) if c <= sn)
    checkpoints = checkpoints + (sn,) if sn not in checkpoints else checkpoints
    ours_out = WORK / "ours.jsonl"
    res["ours"] = run([CESR, "suggest", str(stateless), "--curriculum", "rcem-2021", "--out", str(ours_out)],
                      progress_file=ours_out, checkpoints=checkpoints)
    res["load"]["ours"] = round(os.getloadavg()[0], 2)
    print("ours", res["ours"]["seconds"], file=sys.stderr)
    f_out = WORK / "ours-float32.jsonl"
    res["ours_float32"] = run([CESR, "suggest", str(small), "--curriculum", "rcem-2021", "--out", str(f_out)],
                              env=FLOAT32)
    res["ours_float32"]["cmd"] = "CESR_QUANTIZE=0 " + res["ours_float32"]["cmd"]
    print("ours float32", res["ours_float32"]["seconds"], file=sys.stderr)
    res["agreement"] = agreement(WORK / "baseline.jsonl", ours_out, f_out)

    if not args.skip_workspace:
        ws = WORK / "ws"
        alone = WORK / "ws-alone"
        for d in (ws, alone):
            if d.exists():
                shutil.rmtree(d)
        steps = {}
        steps["init"] = run([CESR, "init", str(ws), "--curriculum", "rcem-2021", "--applicant", "Amara Okafor"])
        steps["add"] = run([CESR, "add", str(corpus), "--workspace", str(ws)])
        steps["suggest"] = run([CESR, "suggest", "--workspace", str(ws)])
        res["load"]["workspace"] = round(os.getloadavg()[0], 2)
        print("workspace", steps["add"]["seconds"], steps["suggest"]["seconds"], file=sys.stderr)
        steps["add_again"] = run([CESR, "add", str(corpus), "--workspace", str(ws)])
        steps["suggest_again"] = run([CESR, "suggest", "--workspace", str(ws)])
        steps["add_new"] = run([CESR, "add", str(extra), "--workspace", str(ws)])
        steps["suggest_new"] = run([CESR, "suggest", "--workspace", str(ws)])
        steps["alone_init"] = run([CESR, "init", str(alone), "--curriculum", "rcem-2021", "--applicant", "Amara Okafor"])
        steps["alone_add"] = run([CESR, "add", str(extra), "--workspace", str(alone)])
        steps["alone_suggest"] = run([CESR, "suggest", "--workspace", str(alone)])
        res["workspace"] = steps
        print("workspace done", file=sys.stderr)
        res["latency"] = review_latency(ws, args.latency_samples)
    # The baseline again, last: the machine is shared, so the faster of its two runs is the one compared.
    res["baseline_again"] = baseline("baseline_again")
    res["machine"] = machine()
    (WORK / "e2e_results.json").write_text(json.dumps(res, indent=1))
    write_section("e2e", render(res, res["machine"]))
    print(json.dumps(res, indent=1))
    return 0


def _mem(r: dict) -> str:
    pss = r.get("peak_pss_mib")
    return f"{r['peak_rss_mib']} MiB" + (f" ({pss} MiB)" if pss else "")


def render(res: dict, mach: str) -> str:
    b1, b2, o, f = res["baseline"], res["baseline_again"], res["ours"], res["ours_float32"]
    b = min(b1, b2, key=lambda r: r["seconds"])  # the baseline's better run
    n, sn, fn, bn = res["n"], res["stateless_n"], res["float32_n"], res["baseline_n"]
    b_rate, o_rate, f_rate = bn / b["seconds"], sn / o["seconds"], fn / f["seconds"]
    ag, load = res["agreement"], res["load"]
    lines = [
        "## End to end: cesr against the afternoon script",
        "",
        f"Machine: {mach}. 1-minute load average (2.0 means both cores busy): "
        + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in load.items()) + ".",
        "",
        f"Corpus: `benchmarks/generate.py --n {n} --scan-share 0` (digital letters of 1-3 pages, text-layer "
        f"PDFs; generated in {res['generate_seconds']} s or reused), under `benchmarks/work/` (git-ignored); "
        "`corpus-K` is the first K letters of the same sequence. "
        f"Runner: `.venv/bin/python benchmarks/e2e_bench.py --n {n} --stateless-n {sn} --float32-n {fn} "
        f"--baseline-n {bn} --add {res['add']}`. Peak memory is the resident memory of the whole process tree "
        "(workers included), sampled every 0.2 s: the sum of the processes' resident memory (RSS), and in brackets the "
        "sum of their proportional set sizes (PSS), which counts pages shared between processes (the torch "
        "libraries in each worker) once. Times include start-up (model load, worker pool). cesr runs with "
        "its defaults: int8 embedding model (`CESR_QUANTIZE=0` switches it off).",
        "",
        "| run | command | documents | time | documents/s | peak memory: RSS sum (PSS sum) |",
        "|---|---|---:|---:|---:|---:|",
        f"| baseline (afternoon script), first run | `{b1['cmd']}` | {bn} | {b1['seconds']} s | {bn / b1['seconds']:.2f} | {_mem(b1)} |",
        f"| baseline, again at the end | (the same) | {bn} | {b2['seconds']} s | {bn / b2['seconds']:.2f} | {_mem(b2)} |",
        f"| cesr suggest (ingest, anonymise, suggest) | `{o['cmd']}` | {sn} | {o['seconds']} s | {o_rate:.2f} | {_mem(o)} |",
        f"| cesr suggest, float32 model | `{f['cmd']}` | {fn} | {f['seconds']} s | {f_rate:.2f} | {_mem(f)} |",
    ]
    if "workspace" in res:
        s = res["workspace"]
        ws_s = s["add"]["seconds"] + s["suggest"]["seconds"]
        lines.append(f"| cesr workspace: add + suggest --workspace | `{s['add']['cmd']}` then `{s['suggest']['cmd']}` "
                     f"| {n} | {ws_s:.1f} s | {n / ws_s:.2f} | {_mem(max(s['add'], s['suggest'], key=lambda r: r['peak_rss_mib']))} |")
    lines += [
        "",
        f"**Ours over the baseline (documents/s, against the baseline's faster run): {o_rate / b_rate:.2f}x** "
        f"(`cesr suggest`, {sn} letters)"
        + (f", **{n / ws_s / b_rate:.2f}x** through the workspace ({n} letters)" if "workspace" in res else "")
        + f", {f_rate / b_rate:.2f}x with the float32 model ({fn} letters). Time per document: baseline "
        f"{1000 * b['seconds'] / bn:.0f} ms, cesr {1000 * o['seconds'] / sn:.0f} ms, cesr float32 "
        f"{1000 * f['seconds'] / fn:.0f} ms. The baseline ran on the first {bn} letters of the same corpus (sorted), "
        "at the start and again at the end of the same run, and is compared per document. "
        "The baseline does no OCR, no anonymisation and no calibration.",
        "",
        "Peak memory of `cesr suggest` (process tree) while the first N documents were written: "
        + ", ".join(f"{k}: {v} MiB" for k, v in o["rss_mib_up_to"].items()) + ".",
        "",
        f"Top-1 outcome agreement on the {ag['documents']} letters all three runs read (these synthetic letters have "
        f"no labels): baseline vs cesr {ag['baseline_vs_ours']}, cesr int8 vs float32 {ag['ours_vs_float32']}, "
        f"baseline vs cesr float32 {ag['baseline_vs_float32']}.",
    ]
    if "workspace" in res:
        row = lambda name, label, k: (f"| {label} | `{s[name]['cmd']}` | {k} | {s[name]['seconds']} s | "
                                      f"{_mem(s[name])} | "
                                      + " / ".join(str(v) for v in s[name].get("peak_rss_mib_by_fifth", [])) + " |")
        a = res["add"]
        lines += [
            "",
            "Workspace path (`cesr init` + `cesr add` + `cesr suggest --workspace`); the last column is the peak "
            "memory in each fifth of the step's run time, to show whether it grows as the step goes on:",
            "",
            "| step | command | documents | time | peak memory: RSS sum (PSS sum) | peak RSS sum by fifth of the run (MiB) |",
            "|---|---|---:|---:|---:|---|",
            row("add", "add, new workspace", n), row("suggest", "suggest", n),
            row("add_again", "add, unchanged corpus", n), row("suggest_again", "suggest, unchanged", n),
            row("add_new", f"add {a} new letters", a), row("suggest_new", f"suggest after adding {a}", a),
            row("alone_add", f"the same {a} letters alone: add", a), row("alone_suggest", f"the same {a} alone: suggest", a),
            "",
            f"**Re-run on the unchanged {n}-letter corpus (add + suggest): "
            f"{s['add_again']['seconds'] + s['suggest_again']['seconds']:.1f} s. Adding {a} letters to the "
            f"{n}-letter workspace (add + suggest): {s['add_new']['seconds'] + s['suggest_new']['seconds']:.1f} s**, against "
            f"{s['alone_add']['seconds'] + s['alone_suggest']['seconds']:.1f} s for the same {a} letters in a fresh workspace.",
        ]
        lat = res["latency"]
        lines += [
            "",
            f"Review app, per document (in-process, {lat['fetch_n']} documents of this workspace): "
            f"`ReviewApp.document(sha)` (the document, its text and stored suggestions, as the review screen fetches "
            f"them) p50 {lat['fetch_ms_p50']} ms, p95 {lat['fetch_ms_p95']} ms; recomputing one document's suggestions "
            f"(`suggest_workspace(ws, documents=[sha])`, model already loaded; {lat['recompute_n']} documents) "
            f"p50 {lat['recompute_ms_p50']} ms, p95 {lat['recompute_ms_p95']} ms.",
        ]
    lines += ["", NOTES.strip()]
    return "\n".join(lines)


NOTES = """
**Where the time goes.** Both cesr and the baseline embed about the same text: cesr cuts a letter into about 11
passages of about 51 words (sentences packed up to 60 words, letterheads and sign-offs dropped), the baseline
into about 11.5 chunks of 60 words (measured 2026-11-24). Embedding is nearly all of the time for both; reading
and anonymising take about 30 ms of CPU per letter, cutting into passages 3 ms, scoring 6-14 ms. cesr's lead
comes from how the model runs, not from embedding less:
- int8 weights (dynamic quantisation of the linear layers), each text embedded alone: dynamic int8 quantises
  a layer's input with one scale per batch, so a batched text's vector would depend on its batch-mates (cosine
  down to 0.83), and a document's suggestions must not depend on which documents were read with it.
- one worker process per core, each with its own copy of the model on one torch thread
  (`pipeline/parallel.py`, for batches of 64 documents or more). Each worker also reads, anonymises and cuts
  its document, so reading one letter overlaps with embedding another, and the parent process only scores.
  On the passages of 40 of these letters: one process, one thread, 85 passages/s; one process, two threads
  (session 2's design), 134/s; two processes, 165/s. Two threads of one process queue for the GIL between
  the forward pass's many small operations; two processes do not. On 1,000 letters on a quiet machine
  (2026-11-24 06:05 UTC, `cesr suggest`, same commit apart from the pool): 114.0 s with two threads, 98.6 s
  with the pool, CPU use 172% -> 197%, and the suggestions identical for all 1,000 letters.
- Tried and not kept: ONNX Runtime with its own int8 quantisation (no faster than torch int8 here), batching a
  document's own passages together (no faster), the eager attention path (slower than PyTorch's SDPA), longer
  passages (80 or 90 words: about 30% fewer forward passes, dev P@1 0.848 -> 0.844 / 0.837, so not "accuracy
  no worse"). A passage-embedding cache across documents was not tried on purpose: these synthetic letters are
  built from 230 source texts, so their passages recur far more than real letters' do and a cache would
  flatter cesr.

**Accuracy, int8 against float32** (`cesr evaluate corpora/labelled/dev.jsonl --no-baselines`, and the same with
`CESR_QUANTIZE=0`; 263 labelled dev documents, outcome level, 2026-11-24): P@1 0.848 / 0.840, R@3 0.933 / 0.935,
MRR 0.902 / 0.898, AUROC 0.953 / 0.955. The int8 default is no less accurate; the two disagree on the top outcome
of some synthetic letters (agreement above), which have no labels. The worker pool changes no number: each text
is embedded alone either way (`tests/test_parallel.py` checks the suggestions against the in-process path).

**Memory.** The peak is reached early (model load, worker pool) and does not grow with the number of letters:
documents are streamed through a window of 64, the output is written as it goes, and the workspace reads one
document at a time from SQLite. The peak-by-fifth column above shows it over the whole 10,000-letter run. Each
worker holds torch, transformers and the int8 model: about 660 MiB resident, of which about 230 MiB are shared
library pages (counted again in every process by the RSS sum, once by the PSS sum). Quantising in place (no
float32 copy kept) and handing freed heap back to the system after each document took a 300-letter run's peak
from 1,468 to 1,411 MiB (RSS sum).

**Two things this run found, fixed after it (2026-11-24 07:05-07:15 UTC).** (1) 116 of the 10,000 letters (1.2%)
failed to read: the anonymiser's OCR-postcode rule raised on a two-letter postcode area followed by a word ("so
she"). They were reported as failed and the batch went on, as it should, but they were not embedded, so the
throughput above is about 1% flattering: with all 10,000 embedded, `cesr suggest` would take about 1,049 s, 3.23x
the baseline, and the workspace path about 3.17x. Fixed, with a test (`tests/test_anonymise.py`). (2) The RSS sum
of `cesr suggest` jumped from about 1,425 to 1,594 MiB around 4,000 and 8,000 letters (the peak-by-fifth column),
when the pool replaced its workers after 2,000 files each and a new worker loaded its model beside the old one.
The embedding pool no longer recycles its workers; in a check run after the change (`cesr suggest` on the same 10,000 letters, sampled every second, while a fresh-clone test run shared the machine) the first 1,484 letters peaked at 1,424 MiB RSS sum (1,143 MiB PSS sum); the session ended before it reached 4,000 letters, where the first jump had been, so the fix is not yet measured over a whole run.

**Baseline.** The baseline runs twice, first and last, and the faster run is the one compared. In session 1 it
ran on a loaded machine (load average near 4) and took 1,535 ms per letter; on a quiet machine it takes about
330 ms, so session 1's ratios (2.79x float32, 5.57x int8) flattered cesr and are withdrawn.

The float32 comparison, the workspace path and the review app's latency run after the stateless run; the load
averages above say how busy the machine was.
"""


if __name__ == "__main__":
    raise SystemExit(main())
