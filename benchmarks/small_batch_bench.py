"""Everyday batches from cold: `cesr suggest` against the afternoon script at 30 and 300 letters, in one run.

    .venv/bin/python benchmarks/small_batch_bench.py --sizes 30 300 --rounds 2

For each size N: ``benchmarks/work/corpus-N`` (the first N letters of ``generate.py --scan-share 0``, the
corpus ``e2e_bench.py`` uses), then ROUNDS rounds of the two commands alternately, each a fresh process
(interpreter start, imports, model load and index included; nothing kept between runs except the operating
system's file cache and cesr's index cache, which a user's second run has too):

- the baseline: ``baseline_script.py CORPUS --out ...`` (pdfplumber, per-file ``model.encode``,
  ``util.semantic_search``, one process);
- ``python -m pipeline.cli suggest CORPUS --curriculum rcem-2021 --out ...`` (read, anonymise, suggest;
  its defaults).

The machine is shared with other sessions, so the best of the rounds is compared and the 1-minute load
average before each run is written down. Peak memory is the process tree's resident memory (as e2e_bench).
Writes the ``small-batch`` section of ``benchmarks/RESULTS.md`` and ``benchmarks/work/small_batch.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from _results import machine, write_section  # noqa: E402
from e2e_bench import WORK, ensure_corpus, run  # noqa: E402

PY = sys.executable


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def bench(sizes: list[int], rounds: int) -> dict:
    res: dict = {"sizes": {}, "rounds": rounds}
    for n in sizes:
        corpus = WORK / f"corpus-{n}"
        ensure_corpus(corpus, n)
        rows = {"baseline": [], "cesr": []}
        for r in range(rounds):
            # alternate which side goes first, so neither always gets the quieter half of a round
            order = ("baseline", "cesr") if r % 2 == 0 else ("cesr", "baseline")
            for side in order:
                load = _load()
                if side == "baseline":
                    cmd = [PY, "benchmarks/baseline_script.py", str(corpus), "--out", str(WORK / f"small-base-{n}.jsonl")]
                else:
                    cmd = [PY, "-m", "pipeline.cli", "suggest", str(corpus), "--curriculum", "rcem-2021",
                           "--out", str(WORK / f"small-cesr-{n}.jsonl")]
                out = run(cmd)
                out["load_before"] = load
                rows[side].append(out)
                print(f"n={n} round {r + 1} {side}: {out['seconds']} s (load {load})", file=sys.stderr, flush=True)
        res["sizes"][str(n)] = rows
    return res


def render(res: dict, mach: str, argv: str) -> str:
    lines = [
        "## Everyday batches from cold: cesr suggest against the afternoon script (issue 17)",
        "",
        f"Machine: {mach}. Command: `.venv/bin/python benchmarks/small_batch_bench.py {argv}`.",
        "",
        "Text-layer letters (`generate.py --scan-share 0`, the first N of the e2e corpus). Each run is a fresh "
        "process: interpreter start, imports, model load and the pool included (cesr's capability index comes "
        "from its cache, as on any run after the first). The two sides run alternately, "
        f"{res['rounds']} rounds; the best run of each side is compared. The machine is shared with other "
        "sessions: the 1-minute load average before each run is given (2.0 means both cores busy).",
        "",
        "| letters | afternoon script: runs (load before) | cesr suggest: runs (load before) | best: script / cesr | speed-up | peak RSS script / cesr |",
        "|---:|---|---|---|---:|---|",
    ]
    for n, rows in res["sizes"].items():
        b = min(rows["baseline"], key=lambda r: r["seconds"])
        c = min(rows["cesr"], key=lambda r: r["seconds"])
        runs = lambda rs: ", ".join(f"{r['seconds']} s ({r['load_before']})" for r in rs)  # noqa: E731
        lines.append(f"| {n} | {runs(rows['baseline'])} | {runs(rows['cesr'])} | {b['seconds']} s / {c['seconds']} s "
                     f"| {b['seconds'] / c['seconds']:.2f}x | {b['peak_rss_mib']} / {c['peak_rss_mib']} MiB |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[30, 300])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-write", action="store_true", help="print the section instead of writing RESULTS.md")
    args = parser.parse_args(argv)
    started = time.time()
    res = bench(args.sizes, args.rounds)
    res["seconds"] = round(time.time() - started, 1)
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "small_batch.json").write_text(json.dumps(res, indent=1))
    body = render(res, machine(), " ".join(sys.argv[1:] if argv is None else argv))
    if args.no_write:
        print(body)
    else:
        write_section("small-batch", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
