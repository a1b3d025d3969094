"""Generate a synthetic evidence corpus of any size: clinic letters of 1-3 pages.

    .venv/bin/python benchmarks/generate.py --n 1000 --scan-share 0.1 --out benchmarks/work/corpus-1000

Each letter is made of texts from the labelled sources (``corpora/labelled/src``, the same texts as
``benchmarks/ingest_bench.py`` uses), joined until the letter fills 1, 2 or 3 A4 pages (50/35/15 %),
with a unique portfolio reference so that every file has its own hash.  A ``--scan-share`` of the
letters are written as image-only PDFs rendered as a flatbed scanner would capture them (200 dpi, noise,
skew: ``corpora/build_sample.render_page_images``); the rest are text-layer PDFs
(``corpora/build_sample.write_pdf``).  Deterministic: the same ``--n``, ``--scan-share`` and ``--seed``
give the same files.  Files are spread over one folder per year.  ``--start`` numbers the letters from
an offset (to make "100 new letters" for an existing corpus).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "corpora"))

WORDS_PER_PAGE = 430  # write_pdf: ~60 lines of 95 characters, with blank lines between paragraphs


# The five original labelled files (230 texts): later additions to corpora/labelled/src must not change
# what a given --n and --seed generate.
SOURCES = ("gmc-gpc-2017", "jrcptb-im-2019", "rcem-2021", "rcoa-2021", "rcpsych-gen-2022")


def source_texts() -> list[str]:
    texts = []
    for path in (ROOT / "corpora" / "labelled" / "src" / f"{name}.jsonl" for name in SOURCES):
        texts += [json.loads(l)["text"] for l in path.read_text().splitlines() if l.strip()]
    return texts


def letter_text(i: int, texts: list[str], rng: random.Random) -> tuple[str, int]:
    pages = rng.choices([1, 2, 3], weights=[50, 35, 15])[0]
    target = int(WORDS_PER_PAGE * (pages - 0.5))
    parts, words, j = [], 0, rng.randrange(len(texts))
    while words < target or not parts:
        parts.append(texts[j % len(texts)])
        words += len(texts[j % len(texts)].split())
        j += 1 + rng.randrange(7)
    return "\n\n".join(parts) + f"\n\nPortfolio reference: CESR-{i:06d}\n", pages


def generate(n: int, out: Path, scan_share: float = 0.1, seed: int = 2026, start: int = 0) -> dict:
    from build_sample import render_page_images, write_pdf

    out.mkdir(parents=True, exist_ok=True)
    texts = source_texts()
    made = {"digital": 0, "scanned": 0, "target_pages": 0}
    for i in range(start, start + n):
        rng = random.Random(f"{seed}:{i}")
        text, pages = letter_text(i, texts, rng)
        sub = out / str(2019 + i % 7)
        sub.mkdir(exist_ok=True)
        path = sub / f"letter-{i:06d}.pdf"
        made["target_pages"] += pages
        if rng.random() < scan_share:
            images = render_page_images(text, seed=i)
            images[0].save(path, save_all=True, append_images=images[1:], resolution=200)
            made["scanned"] += 1
        else:
            write_pdf(text, path)
            made["digital"] += 1
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="letters to write")
    parser.add_argument("--scan-share", type=float, default=0.1, help="share written as image-only scans")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--start", type=int, default=0, help="number of the first letter")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    made = generate(args.n, args.out, args.scan_share, args.seed, args.start)
    print(json.dumps({**made, "seconds": round(time.perf_counter() - t0, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
