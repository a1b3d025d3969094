"""Fuzz curriculum import (:func:`pipeline.curriculum_import.import_taxonomy`, then
:func:`~pipeline.curriculum_import.write_curriculum`, which validates), seeded with CSV, TSV and text made from
the shipped RCEM curriculum and the sample text files.

The first byte of an input picks the file name's suffix (``.csv``, ``.tsv``, ``.txt``, none), so the format
detection is fuzzed too. Run by ``make fuzz``; see ``harness.py``. Allowed: ``CurriculumError``.
"""

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

import atheris  # noqa: E402

with atheris.instrument_imports(include=["pipeline.curriculum_import", "pipeline.curriculum", "csv"]):
    from pipeline.curriculum import CurriculumError
    from pipeline.curriculum_import import import_taxonomy, write_curriculum

import harness  # noqa: E402

SUFFIXES = (".csv", ".tsv", ".txt", "")


def target(data: bytes, scratch: str) -> None:
    if not data:
        return
    path = harness.write_input(data[1:], scratch, SUFFIXES[data[0] % len(SUFFIXES)])
    curriculum = import_taxonomy(path)
    write_curriculum(curriculum, Path(scratch) / "imported.yaml")


def seeds():
    import csv
    import io

    import yaml

    rcem = yaml.safe_load((harness.ROOT / "curricula" / "rcem-2021.yaml").read_text(encoding="utf-8"))
    nodes = rcem["nodes"][:25]
    for n, delimiter in ((0, ","), (1, "\t")):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter)
        writer.writerow(["code", "title", "description", "parent"])
        for node in nodes:
            writer.writerow([node.get("code", ""), node.get("title", ""), node.get("description", ""),
                             node.get("parent", "")])
        yield f"rcem{SUFFIXES[n]}", bytes([n]) + buffer.getvalue().encode("utf-8")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["conceptUri", "preferredLabel", "scopeNote", "broader"])
    for node in nodes[:8]:
        writer.writerow([f"http://x/{node.get('code')}", node.get("title", ""), "", ""])
    yield "esco.csv", bytes([0]) + buffer.getvalue().encode("utf-8")
    lines = "# statements\n" + "\n".join(node.get("title", "") for node in nodes) + "\n"
    yield "rcem.txt", bytes([2]) + lines.encode("utf-8")
    yield "rcem-nosuffix", bytes([3]) + lines.encode("utf-16")
    for path in harness.sample("1*.txt"):
        yield path.name, bytes([2]) + path.read_bytes()[:1500]


if __name__ == "__main__":
    harness.run("curriculum", target, seeds(), (CurriculumError,))
