"""The anonymiser per letter: rules alone, the context tagger alone, and both, with the tagger before and now.

    .venv/bin/python benchmarks/tagger_bench.py [--n 300] [--rounds 3] [--baseline 18707d1~1]

The letters are the first N of ``generate.py --scan-share 0`` (``benchmarks/work/corpus-N``, the corpus
``small_batch_bench.py`` and ``e2e_bench.py`` use), read page by page as ``cesr suggest`` reads them (text layer).
The baseline is ``pipeline/anonymise/tagger.py`` at the ``--baseline`` commit (``git show``), loaded beside
today's module in the same process: both run the same model file, on the same pages, in the same rounds,
alternately, so the ratio holds on a machine shared with other sessions.  For each side and each round:

- **tagger alone**: ``marks(page)`` for every page of every letter (a fresh tagger each round: the model opened,
  every memo empty);
- **anonymiser**: what ingestion does for each letter, ``plan_document(pages)`` (every page read for names, then
  every page replaced; the tagger is asked twice about each page), with that side's tagger;
- **rules alone**: the same with ``tagger=False`` (no tagger: the same on both sides).

The best of the rounds is compared, as wall-clock and as the process's CPU time (on a loaded machine the CPU time
is the steadier of the two).  Both sides' probabilities and spans are checked identical before anything is
timed.
Writes the ``tagger`` section of ``benchmarks/RESULTS.md`` (``--no-write`` prints it).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _results import machine, write_section  # noqa: E402
from e2e_bench import WORK, ensure_corpus  # noqa: E402

from pipeline import resources  # noqa: E402
from pipeline.anonymise import Anonymiser  # noqa: E402
from pipeline.anonymise import tagger as tagger_now  # noqa: E402
from pipeline.anonymise.plan import plan_document  # noqa: E402

DEFAULT_BASELINE = "18707d1~1"


def tagger_module_at(commit: str) -> types.ModuleType:
    """``pipeline/anonymise/tagger.py`` as it was at ``commit``, as a module of the package (its relative imports
    resolve to today's ``pipeline``: the lexicons and the model file are shared)."""
    source = subprocess.run(["git", "show", f"{commit}:pipeline/anonymise/tagger.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    module = types.ModuleType("pipeline.anonymise._tagger_baseline")
    module.__package__ = "pipeline.anonymise"
    module.__file__ = f"{commit}:pipeline/anonymise/tagger.py"
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, module.__file__, "exec"), module.__dict__)  # noqa: S102 - the project's own file
    return module


def letters(n: int) -> list[list]:
    """The page readings of the first ``n`` generated letters."""
    from pipeline.ingest.readers import read_pdf
    from pipeline.ingest.settings import IngestSettings

    corpus = WORK / f"corpus-{n}"
    ensure_corpus(corpus, n)
    settings = IngestSettings()
    return [read_pdf(p, settings).pages for p in sorted(corpus.rglob("*.pdf"))]


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def bench(docs: list[list], rounds: int, baseline: str) -> dict:
    before = tagger_module_at(baseline)
    model = resources.tagger_file()
    make = {"before": lambda: before.ContextTagger(model), "now": lambda: tagger_now.ContextTagger(model)}

    def spans(tagger, some: list[list]) -> list:
        return [[[(s.start, s.end, s.type) for s in p.spans]
                 for p in plan_document(pages, anonymiser=Anonymiser(tagger=tagger)).pages] for pages in some]

    # the same answers first, on the first 40 letters (tests/test_tagger.py checks the features and probabilities)
    check = docs[:40]
    probs = {side: [[f().probabilities(p.text) for p in pages] for pages in check] for side, f in make.items()}
    assert probs["before"] == probs["now"], "the tagger's probabilities differ from the baseline's"
    assert spans(make["before"](), check) == spans(make["now"](), check), "the anonymiser's spans differ"

    def tagger_alone(side):
        tagger = make[side]()
        return lambda: [tagger.marks(p.text) for pages in docs for p in pages]

    def anonymiser(side):
        tagger = make[side]() if side != "rules" else False
        return lambda: [plan_document(pages, anonymiser=Anonymiser(tagger=tagger)) for pages in docs]

    rows = {f"{what} {side}": [] for what in ("tagger", "anonymiser") for side in ("before", "now")}
    rows["anonymiser rules"] = []

    def measure(order):
        for side in order:
            rows[f"tagger {side}"].append(timed(tagger_alone(side)))
        for side in order + ("rules",):
            rows[f"anonymiser {side}"].append(timed(anonymiser(side)))

    return alternating(rows, rounds, measure, docs, baseline)


def alternating(rows: dict[str, list], rounds: int, measure, docs: list[list], baseline: str) -> dict:
    """``rounds`` rounds of ``measure(order)`` (which appends one timing to each row), the sides alternating
    (before first in even rounds), the load average before each; the best wall-clock and CPU of every row."""
    loads = []
    for r in range(rounds):
        loads.append(round(os.getloadavg()[0], 2))
        measure(("before", "now") if r % 2 == 0 else ("now", "before"))
        print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1][0]:.1f}/{v[-1][1]:.1f} s" for k, v in rows.items()),
              file=sys.stderr, flush=True)
    best = {k: (min(w for w, _ in v), min(c for _, c in v)) for k, v in rows.items()}
    return {"letters": len(docs), "pages": sum(len(p) for p in docs), "rounds": rounds, "loads": loads,
            "best": best, "baseline": baseline}


def render(res: dict, mach: str, argv: str) -> str:
    n, b = res["letters"], res["best"]
    ms = lambda s: f"{1000 * s / n:.1f}"  # noqa: E731
    tb, tn = b["tagger before"], b["tagger now"]
    ab, an, ar = b["anonymiser before"], b["anonymiser now"], b["anonymiser rules"]
    lines = [
        "## The anonymiser's context tagger, before and now (issue 17)",
        "",
        f"Machine: {mach}. Command: `.venv/bin/python benchmarks/tagger_bench.py {argv}`.",
        "",
        f"{n} text-layer letters ({res['pages']} pages; the first {n} of `generate.py --scan-share 0`). Baseline: "
        f"`pipeline/anonymise/tagger.py` at `{res['baseline']}`, loaded beside today's in the same process, on the same "
        f"pages and model file, the two alternating; best of {res['rounds']} rounds (1-minute load before each round: "
        f"{', '.join(map(str, res['loads']))}; 2.0 means both cores busy). Both sides' probabilities (every token, to the bit) "
        "and the anonymiser's spans on the first 40 letters were checked identical before timing. Per letter, in "
        "milliseconds, wall-clock / CPU:",
        "",
        "| stage | before | now | now / before (wall, CPU) |",
        "|---|---:|---:|---:|",
        f"| tagger alone (`marks` on every page) | {ms(tb[0])} / {ms(tb[1])} | {ms(tn[0])} / {ms(tn[1])} "
        f"| {tn[0] / tb[0]:.2f}, {tn[1] / tb[1]:.2f} |",
        f"| anonymiser (`plan_document`: rules + tagger) | {ms(ab[0])} / {ms(ab[1])} | {ms(an[0])} / {ms(an[1])} "
        f"| {an[0] / ab[0]:.2f}, {an[1] / ab[1]:.2f} |",
        f"| rules alone (`tagger=False`) | {ms(ar[0])} / {ms(ar[1])} | same | |",
        "",
        f"The tagger's share of the anonymiser (CPU): before {(ab[1] - ar[1]) / ab[1]:.0%}, now {(an[1] - ar[1]) / an[1]:.0%}. "
        "What changed: each distinct word's features are built once (a memo) as the CRFsuite attribute names "
        "python-crfsuite would make of the feature dictionaries, in the same order, less those weighing 0.0 and "
        "those the model does not know (read from the model file's attribute dictionary), so every score and "
        "probability is the same to the bit; and the last 32 texts' probabilities are remembered, since "
        "`plan_document` asks about every page twice. The model file and its sha256 are unchanged.",
    ]
    return "\n".join(lines) + "\n"


def run(section: str, bench, render, baseline: str, baseline_help: str, argv: list[str] | None) -> int:
    """The command line both before/after benchmarks share: measure, render, write their RESULTS.md section."""
    parser = argparse.ArgumentParser(description=(sys.modules[bench.__module__].__doc__ or section).splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="generated letters")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", default=baseline, help=baseline_help)
    parser.add_argument("--no-write", action="store_true", help="print the section instead of writing RESULTS.md")
    args = parser.parse_args(argv)
    res = bench(letters(args.n), args.rounds, args.baseline)
    body = render(res, machine(), " ".join(sys.argv[1:] if argv is None else argv))
    if args.no_write:
        print(body)
    else:
        write_section(section, body)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run("tagger", bench, render, DEFAULT_BASELINE, "the commit whose tagger.py is the baseline", argv)


if __name__ == "__main__":
    raise SystemExit(main())
