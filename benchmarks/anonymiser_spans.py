"""The anonymiser's output on fixed inputs, recorded once and compared after a speed change.

    .venv/bin/python benchmarks/anonymiser_spans.py record [--out benchmarks/work/spans.json] [--n 100]
    .venv/bin/python benchmarks/anonymiser_spans.py check  [--out benchmarks/work/spans.json] [--n 100]

A change meant only to make the anonymiser faster must not move a single span.  The inputs:

* every document of every redaction set (``corpora/redaction/*/texts.jsonl`` and ``corpora/redaction/redaction.jsonl``),
  as one page each, with its applicant;
* the first ``--n`` generated letters (``generate.py --scan-share 0``, ``benchmarks/work/corpus-300``, read page by
  page from their text layer, as the benchmarks read them).

For each: ``plan_for`` (every detector, the shipped context tagger, the applicant kept: what ingestion, review and
``cesr redact`` run) with the file name anonymised for letters, and ``plan_document`` with ``Anonymiser(tagger=False)``
and no applicant (the rules alone, as ``rules_bench.py``); every page's spans ``(start, end, type)``, its replaced
text and the display name.  ``record`` writes them; ``check`` computes them again and lists any document that
differs (exit status 1).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

APPLICANT = "Dr Amara Okafor"  # the generated letters' applicant (as the benchmarks pass it)


def texts() -> list[tuple[str, str, str]]:
    """``(key, applicant, text)`` of every redaction-set document that is plain text."""
    out = []
    folder = ROOT / "corpora" / "redaction"
    for path in [folder / "redaction.jsonl", *sorted(folder.glob("*/texts.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out.append((f"{path.parent.name}/{path.name}:{d['id']}", d.get("applicant") or "", d["text"]))
    return out


def outcome(plan) -> list:
    return [[p.text, [(s.start, s.end, s.type) for s in p.spans]] for p in plan.pages] + [plan.display_name]


def results(n: int) -> dict[str, list]:
    from tagger_bench import letters

    from pipeline.anonymise import Anonymiser
    from pipeline.anonymise.plan import plan_document, plan_for
    from pipeline.model import PageText

    out: dict[str, list] = {}
    for key, applicant, text in texts():
        pages = [PageText(text)]
        out[key] = [outcome(plan_for(pages, applicant)[0]),
                    outcome(plan_document(pages, anonymiser=Anonymiser(tagger=False)))]
    readings = letters(300)[:n]  # generates the corpus when it is not there yet
    corpus = sorted((ROOT / "benchmarks" / "work" / "corpus-300").rglob("*.pdf"))[:n]
    for path, pages in zip(corpus, readings, strict=True):
        out[f"letter:{path.name}"] = [outcome(plan_for(pages, APPLICANT, file_name=path.name)[0]),
                                      outcome(plan_document(pages, anonymiser=Anonymiser(tagger=False)))]
    return out


def digest(res: dict) -> str:
    return hashlib.sha256(json.dumps(res, sort_keys=True).encode()).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("record", "check"))
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "work" / "spans.json")
    parser.add_argument("--n", type=int, default=100, help="generated letters")
    args = parser.parse_args(argv)
    res = results(args.n)
    spans = sum(len(p[1]) for v in res.values() for o in v for p in o[:-1])
    if args.what == "record":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(res, sort_keys=True))
        print(f"recorded {len(res)} documents, {spans} spans (digest {digest(res)}) in {args.out}")
        return 0
    want = json.loads(args.out.read_text())
    res = json.loads(json.dumps(res))  # tuples as lists, as recorded
    differ = [k for k in sorted(set(want) | set(res)) if want.get(k) != res.get(k)]
    for k in differ[:20]:
        print(f"DIFFERS: {k}")
    print(f"checked {len(res)} documents, {spans} spans (digest {digest(res)}): "
          f"{'identical' if not differ else f'{len(differ)} differ'}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
