"""The anonymiser's rules (``tagger=False``) per letter, today's package against a baseline commit's, in one process.

    .venv/bin/python benchmarks/rules_bench.py [--n 300] [--rounds 3] [--baseline 1b926c6]

The letters are the first N of ``generate.py --scan-share 0`` (``benchmarks/work/corpus-N``, as
``tagger_bench.py``), read page by page as ``cesr suggest`` reads them (text layer).  The baseline is the whole
``pipeline/`` package at ``--baseline`` (``git archive`` into a temporary folder, imported as ``pipeline_baseline``
with its data files read from there), so both sides run in the same process on the same pages, alternately, and
the ratio holds on a machine shared with other sessions.  For each side and round: ``plan_document(pages)`` with
``Anonymiser(tagger=False)`` for every letter (what ingestion does: every page read for names, then replaced).
Both sides' spans and replaced texts are checked identical on every letter before anything is timed.  Best of
the rounds, wall-clock and CPU.  Writes the ``rules`` section of ``benchmarks/RESULTS.md`` (``--no-write``
prints it).
"""

from __future__ import annotations

import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tagger_bench import alternating, run, timed  # noqa: E402

from pipeline.anonymise import Anonymiser  # noqa: E402
from pipeline.anonymise.plan import plan_document  # noqa: E402

DEFAULT_BASELINE = "1b926c6"
NAME = "pipeline_baseline"


def package_at(commit: str, where: Path):
    """``pipeline/`` as it was at ``commit``, imported as :data:`NAME` (its data files and models from there)."""
    archive = subprocess.run(["git", "archive", commit, "pipeline", "models"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(where, filter="data")
    (where / "pipeline").rename(where / NAME)
    sys.path.insert(0, str(where))
    resources = importlib.import_module(f"{NAME}.resources")
    resources.files = lambda _name: where / NAME  # the baseline's own word lists and patterns
    anonymise = importlib.import_module(f"{NAME}.anonymise")
    plan = importlib.import_module(f"{NAME}.anonymise.plan")
    return anonymise.Anonymiser, plan.plan_document


def bench(docs: list[list], rounds: int, baseline: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        before = package_at(baseline, Path(tmp))
        sides = {"before": before, "now": (Anonymiser, plan_document)}

        def run(side: str) -> list:
            anonymiser, plan = sides[side]
            return [plan(pages, anonymiser=anonymiser(tagger=False)) for pages in docs]

        def outcome(plans: list) -> list:
            return [[(p.text, [(s.start, s.end, s.type, s.text) for s in p.spans]) for p in d.pages] for d in plans]

        assert outcome(run("before")) == outcome(run("now")), "the rules' output differs from the baseline's"
        rows: dict[str, list] = {"before": [], "now": []}

        def measure(order):
            for side in order:
                rows[side].append(timed(lambda: run(side)))

        return alternating(rows, rounds, measure, docs, baseline)


def render(res: dict, mach: str, argv: str) -> str:
    n, b = res["letters"], res["best"]
    ms = lambda s: f"{1000 * s / n:.1f}"  # noqa: E731
    bb, bn = b["before"], b["now"]
    lines = [
        "## The anonymiser's rules, before and now (issue 17)",
        "",
        f"Machine: {mach}. Command: `.venv/bin/python benchmarks/rules_bench.py {argv}`.",
        "",
        f"{n} text-layer letters ({res['pages']} pages; the first {n} of `generate.py --scan-share 0`), "
        "`plan_document(pages)` with `Anonymiser(tagger=False)` per letter. Baseline: the whole `pipeline/` package at "
        f"`{res['baseline']}`, imported beside today's in the same process (its own word lists and patterns), the two "
        f"alternating; best of {res['rounds']} rounds (1-minute load before each round: "
        f"{', '.join(map(str, res['loads']))}; 2.0 means both cores busy). Both sides' spans and replaced pages were "
        "checked identical on every letter before timing. Per letter, in milliseconds:",
        "",
        "| rules | before | now | now / before |",
        "|---|---:|---:|---:|",
        f"| wall-clock | {ms(bb[0])} | {ms(bn[0])} | {bn[0] / bb[0]:.2f} |",
        f"| CPU | {ms(bb[1])} | {ms(bn[1])} | {bn[1] / bb[1]:.2f} |",
        "",
        "What changed (how the patterns run, not what they match): a family's pattern remembers its whole-text "
        "`finditer` matches for the last 64 texts (`plan_document` reads every page twice: once for names, once to "
        "replace); a pattern may carry a `cue` in its TOML table (a character every match needs: `@`, a comma, a "
        "bracket, a quote, a digit, three blanks) and is not run on a text without it; `fold` and `id_shaped` are "
        "memoised (bounded). `find()` spans and page-by-page `anonymise()` output were also dumped byte-identical to "
        "the baseline's on 1,146 texts (485 pages of the first 300 letters and every redaction-set text), tagger on "
        "and off.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return run("rules", bench, render, DEFAULT_BASELINE, "the commit whose pipeline/ is the baseline", argv)


if __name__ == "__main__":
    raise SystemExit(main())
