"""A 14,000-statement taxonomy through the CLI, with the worker pool, in a user's environment.

Guards against the stall of issue 17: with ``OMP_THREAD_LIMIT=1`` set for the whole process, faiss's
OpenMP search over a large flat index spun in ``sched_yield`` for over 15 minutes. Thread limits are now
set only in the processes that run Tesseract; this runs the real ``cesr`` (model, faiss, pool) cold.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from itertools import product
from pathlib import Path

VERBS = ["assess", "manage", "document", "teach", "audit", "supervise", "plan", "review", "communicate",
         "prescribe", "examine", "coordinate", "escalate", "monitor", "lead", "evaluate", "negotiate",
         "interpret", "refer", "counsel"]
OBJECTS = ["airway compromise", "acute kidney injury", "sepsis pathways", "fluid balance", "wound healing",
           "pain relief", "falls risk", "delirium screening", "consent discussions", "medication errors",
           "discharge planning", "safeguarding concerns", "nutrition support", "pressure ulcers",
           "blood transfusion", "end of life care", "infection control", "handover quality", "rota design",
           "research governance", "budget allocation", "staff wellbeing", "complaint handling",
           "quality improvement", "clinical coding", "theatre scheduling", "bed management", "triage",
           "radiation safety", "data protection", "vaccination uptake", "smoking cessation",
           "antimicrobial stewardship", "diabetic foot care", "stroke thrombolysis"]
CONTEXTS = ["in the emergency department", "on a surgical ward", "in primary care", "in outpatient clinics",
            "for older adults", "for children", "in community settings", "during night shifts",
            "across a trust", "within a multidisciplinary team", "under supervision", "for remote patients",
            "in a teaching hospital", "during a major incident", "in theatre", "in a hospice", "for trainees",
            "with interpreters", "in prisons", "at weekends"]


def taxonomy(n: int = 14_000) -> list[str]:
    rows = [f"{v} {o} {c}" for v, o, c in product(VERBS, OBJECTS, CONTEXTS)]
    assert len(rows) >= n
    return rows[:n]


def letter(i: int) -> str:
    """A long document: 32 paragraphs, each a passage of its own."""
    paras = []
    for j in range(32):
        v, o, c = VERBS[(i + j) % len(VERBS)], OBJECTS[(i * 7 + j) % len(OBJECTS)], CONTEXTS[(i + 3 * j) % len(CONTEXTS)]
        paras.append(f"Section {j + 1}. During this placement I had to {v} {o} {c}. The team discussed the case at "
                     f"length, and I wrote up what I learned about {o} for my supervisor, with a plan for the next "
                     f"month and a note of what I would do differently next time.")
    return "\n\n".join(paras) + "\n"


def user_environment(home: Path) -> dict[str, str]:
    """The environment a user's shell has: no thread limits, no test-only settings."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OMP_", "OPENBLAS_", "MKL_", "CESR_", "PYTEST")) and k != "XDG_DATA_HOME"}
    env["HOME"] = str(home)  # a private, cold cache and user data folder
    env.pop("XDG_CACHE_HOME", None)
    return env


def test_cesr_suggest_against_14000_statements_with_the_pool_finishes(tmp_path):
    src = tmp_path / "taxonomy.txt"
    src.write_text("\n".join(taxonomy()) + "\n", encoding="utf-8")
    docs = tmp_path / "evidence"
    docs.mkdir()
    for i in range(60):
        (docs / f"letter-{i:02d}.txt").write_text(letter(i), encoding="utf-8")
    env = user_environment(tmp_path / "home")
    cesr = [sys.executable, "-m", "pipeline.cli"]
    subprocess.run([*cesr, "curricula", "import", str(src), "--id", "bigtax"], env=env, check=True,
                   capture_output=True, text=True, timeout=300)
    out = tmp_path / "suggestions.jsonl"
    start = time.perf_counter()
    run = subprocess.run([*cesr, "suggest", str(docs), "-c", "bigtax", "--workers", "2", "--out", str(out)],
                         env=env, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - start
    assert run.returncode == 0, run.stderr[-2000:]
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 60 and all(r["document"]["status"] == "ok" for r in records)
    # the suggestions come from the big taxonomy and name what the letters are about
    hits = 0
    for r in records:
        assert r["suggestions"] and all(s["curriculum"] == "bigtax" for s in r["suggestions"])
        i = int(Path(r["document"]["path"]).stem.split("-")[1])
        topics = {OBJECTS[(i * 7 + j) % len(OBJECTS)] for j in range(32)}
        hits += any(o in r["suggestions"][0]["title"] for o in topics)
    assert hits >= 55, hits
    print(f"cold: import + index of 14,000 statements + 60 documents x 32 passages in {elapsed:.0f} s")
