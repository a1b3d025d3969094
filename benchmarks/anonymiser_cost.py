"""What a change to the anonymiser's rules costs: CPU per document, today's tree against a baseline commit's.

    .venv/bin/python benchmarks/anonymiser_cost.py --baseline 0c9fb29 [--rounds 3] [--no-write]

Unlike ``rules_bench.py`` (which times changes that must leave every span identical), this one measures a change
that finds more or fewer spans: each side runs in its own process (the baseline from a ``git worktree`` of
``--baseline``, removed afterwards), on the same texts, with the tagger on, as ``cesr`` runs it.  The texts are
every labelled redaction set's text documents written before the baseline (``s4``-``s23`` and
``redaction.jsonl``; what each side has seen alike) and the mapping dev set's documents (already anonymised:
what a letter with no identifier costs).  The two sides alternate, ``--rounds`` times; the best round of each is
kept (CPU seconds of the process, ``time.process_time``).  Writes the ``anonymiser-cost`` section of
``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from _results import machine, write_section  # noqa: E402

_SETS = ["redaction.jsonl"] + [f"s{n}-holdout/texts.jsonl" for n in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 20, 22, 23)] \
    + ["s4-dev/texts.jsonl"]

_RUN = r"""
import json, sys, time
from pipeline.anonymise import Anonymiser
root, files = sys.argv[1], sys.argv[2:]
texts = []
for f in files:
    for line in open(f, encoding="utf-8"):
        d = json.loads(line)
        texts.append((d["text"], d.get("applicant")))
Anonymiser().find("warm up: Dr Ann Lee, 12 Main Street")
start = time.process_time()
spans = 0
for text, applicant in texts:
    spans += len(Anonymiser(applicant=applicant).find(text))
print(time.process_time() - start, len(texts), sum(len(t) for t, _ in texts), spans)
"""


def _side(tree: Path, files: list[str]) -> tuple[float, int, int, int]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, "-c", _RUN, str(tree), *files], capture_output=True, text=True, env=env,
                         cwd=tree, check=True).stdout.split()
    return float(out[0]), int(out[1]), int(out[2]), int(out[3])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, help="the commit to compare against")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    files = [str(ROOT / "corpora/redaction" / s) for s in _SETS if (ROOT / "corpora/redaction" / s).exists()]
    files.append(str(ROOT / "corpora/labelled/dev.jsonl"))
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(base), args.baseline], cwd=ROOT, check=True)
        try:
            best: dict[str, tuple[float, int, int, int]] = {}
            for r in range(args.rounds):
                for name, tree in (("baseline", base), ("today", ROOT)):
                    got = _side(tree, files)
                    print(f"round {r + 1} {name}: {got[0]:.2f} s CPU, {got[3]} spans", file=sys.stderr)
                    if name not in best or got[0] < best[name][0]:
                        best[name] = got
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
    b, t = best["baseline"], best["today"]
    load = os.getloadavg()[0]
    body = f"""## Anonymiser cost of a change to its rules

`{' '.join(['.venv/bin/python', 'benchmarks/anonymiser_cost.py', '--baseline', args.baseline, '--rounds', str(args.rounds)])}`
on {machine()}; 1-minute load {load:.2f} at the end (a shared machine: the ratio is what counts, both sides
alternate). {b[1]} texts ({b[2]:,} characters): the text documents of the redaction sets written before the
baseline and the mapping dev set's documents, tagger on. Best of {args.rounds} rounds, CPU seconds.

| side | CPU s | ms a text | spans found |
|---|---:|---:|---:|
| baseline `{args.baseline}` | {b[0]:.2f} | {1000 * b[0] / b[1]:.1f} | {b[3]} |
| today | {t[0]:.2f} | {1000 * t[0] / t[1]:.1f} | {t[3]} |

Today / baseline: **{t[0] / b[0]:.2f}x** the CPU.
"""
    print(body)
    if not args.no_write:
        write_section("anonymiser-cost", body)


if __name__ == "__main__":
    main()
