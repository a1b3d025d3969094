"""The shared driver of the fuzz harnesses (``tests/fuzz/fuzz_*.py``, run by ``make fuzz``, never by pytest).

Each harness hands :func:`run` a reader, the exception types that reader is allowed to raise for bad input
(its own clear errors: :class:`~pipeline.ingest.readers.ReadError`, :class:`~pipeline.curriculum.CurriculumError`)
and its seeds, made from the project's own fixtures. Atheris (libFuzzer for Python) mutates the seeds, guided by
the branches the mutated inputs reach in the instrumented modules.

- Any other exception is a finding: the input and its traceback are saved under
  ``out/fuzz/<name>/findings/`` (one file per distinct exception type and place) and fuzzing goes on, so one
  run of the budget reports every distinct finding, not only the first.
- A hang (an input running past ``-timeout`` seconds) or unbounded memory (past ``-rss_limit_mb``) is caught by
  libFuzzer itself, which saves the input as ``out/fuzz/<name>/timeout-*`` or ``oom-*`` and stops.

Usage: ``python tests/fuzz/fuzz_pdf.py -max_total_time=120`` (any libFuzzer flag is passed on).
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "sample"
OUT = Path(os.environ.get("CESR_FUZZ_OUT", ROOT / "out" / "fuzz"))

#: Settings for fuzzing: real OCR, at a resolution that keeps one input under a second or two.
FUZZ_SETTINGS = dict(dpi=100, min_ocr_dpi=72, max_image_pixels=1_000_000, ocr_timeout=20.0, max_pages=50,
                     orientation=False)  # no second Tesseract pass for orientation: twice the inputs a second


def sample(pattern: str) -> list[Path]:
    return sorted(SAMPLE.glob(pattern))


def _finding_key(exc: BaseException) -> str:
    """One finding per exception type and the innermost frame it came from."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__}@{where}"


def run(name: str, target: Callable[[bytes, str], object], seeds: Iterable[tuple[str, bytes]],
        allowed: tuple[type[BaseException], ...]) -> None:
    """Fuzz ``target(data, tmpdir)``; exceptions of the ``allowed`` types are the reader's clear errors."""
    import atheris

    home = OUT / name
    corpus, findings = home / "corpus", home / "findings"
    corpus.mkdir(parents=True, exist_ok=True)
    findings.mkdir(parents=True, exist_ok=True)
    for seed_name, data in seeds:
        (corpus / f"seed-{seed_name}").write_bytes(data)
    seen: set[str] = {p.name.split("--")[0] for p in findings.glob("*.txt")}
    # one fixed scratch folder per harness, emptied after every input: libFuzzer ends the process with exit(),
    # which runs no Python clean-up, so a fresh temporary folder per run would be left behind each time
    scratch = os.path.join("/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir(), f"cesr-fuzz-{name}")
    os.makedirs(scratch, exist_ok=True)

    def one_input(data: bytes) -> None:
        try:
            target(data, scratch)
        except allowed:
            pass
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - every other exception is a finding
            key = _finding_key(exc)
            safe = "".join(c if c.isalnum() or c in "@._-" else "_" for c in key)
            if safe in seen:
                return
            seen.add(safe)
            digest = hashlib.sha1(data).hexdigest()[:12]
            (findings / f"{safe}--{digest}.bin").write_bytes(data)
            (findings / f"{safe}--{digest}.txt").write_text("".join(traceback.format_exception(exc)))
            print(f"\n#### FINDING {key} ({len(data)} bytes) saved in {findings}", file=sys.stderr, flush=True)
        finally:
            for leftover in os.listdir(scratch):
                try:
                    os.unlink(os.path.join(scratch, leftover))
                except OSError:
                    pass

    argv = [sys.argv[0], *sys.argv[1:], f"-artifact_prefix={home}/", "-print_final_stats=1", str(corpus)]
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def write_input(data: bytes, scratch: str, suffix: str) -> Path:
    path = Path(scratch) / f"input{suffix}"
    path.write_bytes(data)
    return path
