"""cesr suggest's CPU, commit against commit: the whole process tree's, alternating, the output checked identical.

    .venv/bin/python benchmarks/suggest_cpu_bench.py --commits f4bbeee HEAD --n 300 --rounds 3

Each commit's ``pipeline/`` (with ``curricula/``, ``models/`` and ``schemas/`` of the first commit) is exported
with ``git archive`` into ``benchmarks/work/cpu-<commit>/`` and run from there (``python -P -m pipeline.cli
suggest CORPUS --curriculum rcem-2021 --out ...``, ``PYTHONPATH`` that folder: ``-P`` keeps the working
directory's package off ``sys.path``). The corpus is ``benchmarks/work/corpus-N`` (the first N text-layer
letters of ``generate.py --scan-share 0``, as ``small_batch_bench.py``); N < 64 runs in-process, N >= 64
through the pool. All commits share one cache folder (``benchmarks/work/cpu-cache``), filled by a first run
that is not counted. The commits alternate, the order reversed every round; per run: the process tree's CPU
(``getrusage(RUSAGE_CHILDREN)``: the command, its workers, the resource tracker), wall-clock, peak tree RSS
(sampled as ``e2e_bench.py`` does), the 1-minute load before it and the sha256 of the JSONL, which must be the
same for every commit. Prints one JSON line per run; writes nothing to RESULTS.md (the numbers need notes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from e2e_bench import WORK, ensure_corpus, run  # noqa: E402

PY = sys.executable


def export(commit: str, data_from: str) -> Path:
    sha = subprocess.run(["git", "rev-parse", "--short", commit], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip()
    folder = WORK / f"cpu-{sha}"
    if not (folder / "pipeline").is_dir():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for ref, paths in ((sha, ["pipeline"]), (data_from, ["curricula", "models", "schemas"])):
            archive = subprocess.run(["git", "archive", ref, *paths], cwd=ROOT, capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x"], cwd=folder, input=archive, check=True)
    return folder


def one_run(folder: Path, corpus: Path, out: Path) -> dict:
    env = {"PYTHONPATH": str(folder), "CESR_CACHE_DIR": str(WORK / "cpu-cache")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = round(os.getloadavg()[0], 2)
    res = run([PY, "-P", "-m", "pipeline.cli", "suggest", str(corpus), "--curriculum", "rcem-2021", "--out", str(out)],
              env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"cpu": round(cpu, 2), "wall": res["seconds"], "peak_tree_rss_mib": res["peak_rss_mib"], "load": load,
            "sha256": hashlib.sha256(out.read_bytes()).hexdigest()[:16]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", nargs="+", required=True, help="the first is the baseline")
    parser.add_argument("--n", type=int, default=300, help="letters")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    corpus = WORK / f"corpus-{args.n}"
    ensure_corpus(corpus, args.n)
    folders = {c: export(c, args.commits[0]) for c in args.commits}
    one_run(folders[args.commits[0]], corpus, WORK / "cpu-warm.jsonl")  # fills the shared cache; not counted
    runs: dict[str, list[dict]] = {c: [] for c in args.commits}
    for r in range(args.rounds):
        for commit in (args.commits if r % 2 == 0 else args.commits[::-1]):
            rec = one_run(folders[commit], corpus, WORK / f"cpu-{folders[commit].name}-{args.n}.jsonl")
            runs[commit].append(rec)
            print(json.dumps({"commit": commit, "round": r, "time": time.strftime("%H:%M:%S", time.gmtime()), **rec}),
                  flush=True)
    shas = {rec["sha256"] for recs in runs.values() for rec in recs}
    for commit, recs in runs.items():
        cpu = [rec["cpu"] for rec in recs]
        print(f"{commit}: CPU {', '.join(map(str, cpu))} s, mean {sum(cpu) / len(cpu):.2f} s", file=sys.stderr)
    print("output identical across commits and runs" if len(shas) == 1 else f"OUTPUT DIFFERS: {sorted(shas)}",
          file=sys.stderr)
    return 0 if len(shas) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
