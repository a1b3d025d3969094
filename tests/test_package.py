"""The wheel is the product: built from the repository, installed in a fresh venv, run from elsewhere.

A source checkout finds ``curricula/``, ``models/`` and ``schemas/`` beside the package; an installed
package must carry them.  This test builds the wheel the way ``pip``/``pipx install .`` does, installs it
into a new venv and runs ``cesr`` from a folder outside the repository, so nothing can be read from the
checkout by accident.

The venv's dependencies: the venv has no system site-packages and no copy of the 2.3 GB of dependencies;
one ``.pth`` line puts the test interpreter's own site-packages (installed from ``requirements.lock`` by
``make``) after the venv's.  A full install from the lock file needs PyPI (the local CPU build of torch
comes from the machine's wheel folder, ``constraints.txt``) and takes minutes: ``pipx install .
--pip-args="-c requirements.lock"`` from a fresh clone took 4 min 32 s and 2.0 GB here (2026-12-06, 2 cores
shared, empty pip cache), and its ``cesr`` gave the sample's documents the same nodes in the same order
with the same confidences as the checkout (one raw score 0.0001 apart, in its last printed digit).  What
that install would check, that the wheel's declared dependencies are satisfied, ``pip check`` checks here.
The wheel itself is installed with ``--no-deps --no-index``: nothing is downloaded.

``cesr suggest`` runs with ``--no-ocr``: OCR uses nothing the wheel ships (Tesseract is a system program,
tested elsewhere) and would double the time; the text, PDF and Word documents of the sample are mapped.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from pipeline import __version__

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"
# Top-level folders the build does not read (copied to a clean folder so that no stale build/ is reused).
NOT_BUILT = {".git", ".venv", "build", "corpora", "tests", "benchmarks", "notebooks", "out", ".pytest_cache", ".ci"}

pytestmark = pytest.mark.slow

# Runs inside the installed venv: where each shipped file is, and its sha256.
RESOURCES = r'''
import hashlib, json, sys
import pipeline
from pipeline import resources as r
files = {}
def add(key, path):
    files[key] = [str(path), hashlib.sha256(path.read_bytes()).hexdigest()]
for path in sorted(r.curricula_dir().iterdir()):
    add("curricula/" + path.name, path)
add("models/calibrator.json", r.calibrator_file())
add("models/background.jsonl", r.background_file())
add("models/none_of_these.json", r.none_model_file())
add("models/anonymise-tagger.crfsuite", r.tagger_file())
add("models/anonymise-tagger.json", r.tagger_file().with_suffix(".json"))
from pipeline.passage_adapter import default_adapter_path
add("models/passage_adapter.npy", default_adapter_path())
add("models/passage_adapter.json", default_adapter_path().with_suffix(".json"))
for name in ("mappings.schema.json", "pack-manifest.schema.json"):
    add("schemas/" + name, r.schema_file(name))
for path in sorted(r.static_dir().iterdir()):
    add("pipeline/review/static/" + path.name, path)
for path in sorted(r.data_file("allowlist.txt").parent.glob("*.txt")):
    add("pipeline/data/" + path.name, path)
for path in sorted(r.data_file("allowlist.txt").parent.glob("*.toml")):
    add("pipeline/data/" + path.name, path)
for path in sorted(r.data_file("patterns").glob("*.toml")):
    add("pipeline/data/patterns/" + path.name, path)
print(json.dumps({"package": pipeline.__file__, "prefix": sys.prefix, "files": files}))
'''


def _env() -> dict[str, str]:
    """The test session's environment (its private cache and data folders), no path into the checkout."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}


def _run(args, cwd, timeout=600, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env={**_env(), **(env or {})}, capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, f"{args[:4]} failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    return result


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """``(venv, elsewhere)``: the wheel built from a clean copy of the repository, installed in a new venv."""
    tmp = tmp_path_factory.mktemp("package")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=lambda folder, names: [
        n for n in names if n == "__pycache__" or n.endswith(".egg-info") or (Path(folder) == ROOT and n in NOT_BUILT)])
    dist = tmp / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
          "--wheel-dir", dist, src], cwd=tmp)
    [wheel] = dist.glob("cesr_mapper-*.whl")

    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp)
    python = venv / "bin" / "python"
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp)
                   .stdout.strip())
    ours = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (purelib / "test-dependencies.pth").write_text("".join(f"{p}\n" for p in ours))
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel], cwd=tmp)
    # the wheel's declared dependencies are met (other packages of the developer's environment, such as the
    # optional baselines, may disagree among themselves: not this package's concern)
    check = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "check"], cwd=tmp, env=_env(),
                           capture_output=True, text=True, timeout=600)
    ours_unmet = [line for line in check.stdout.splitlines() if line.lower().startswith("cesr-mapper ")]
    assert not ours_unmet, "\n".join(ours_unmet)
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    return venv, elsewhere


def test_the_wheel_carries_every_data_file_and_reads_them_from_the_install(installed):
    venv, elsewhere = installed
    found = json.loads(_run([venv / "bin" / "python", "-c", RESOURCES], cwd=elsewhere).stdout)
    site = Path(found["prefix"]).resolve()
    assert site == venv.resolve() and Path(found["package"]).is_relative_to(site)
    files = found["files"]
    expected = [p.relative_to(ROOT).as_posix() for folder in ("curricula", "schemas", "models", "pipeline/data",
                                                               "pipeline/data/patterns", "pipeline/review/static")
                for p in (ROOT / folder).iterdir() if p.is_file()]
    assert sorted(files) == sorted(expected)
    for key, (path, digest) in files.items():
        assert Path(path).is_relative_to(site), f"{key} read from {path}, outside the installed package"
        assert digest == _sha256(ROOT / key), f"{key} in the wheel differs from the repository's"


def test_installed_cesr_prints_its_versions(installed):
    venv, elsewhere = installed
    # a user data folder of its own: taxonomies other tests imported are the user's, listed with their folder
    out = _run([venv / "bin" / "cesr", "--version"], cwd=elsewhere, env={"XDG_DATA_HOME": str(elsewhere / "data")}).stdout
    lines = out.splitlines()
    assert lines[0] == f"cesr-mapper {__version__}"
    assert any(line.startswith("model       all-MiniLM-L6-v2@53aa51172d14") for line in lines)
    assert any(line.startswith("calibrator  platt@") for line in lines)
    assert any(line.startswith("none model  none@") for line in lines)
    for cid in ("rcem-2021", "jrcptb-im-2019", "rcpsych-gen-2022", "rcoa-2021", "gmc-gpc-2017"):
        assert any(line.split()[:1] == [cid] and len(line.split()) > 1 for line in lines), cid
    assert "unavailable" not in out and "INVALID" not in out and "[" not in out  # all shipped, all readable


def test_installed_cesr_suggests_on_the_sample_corpus_from_outside_the_repository(installed):
    venv, elsewhere = installed
    result = _run([venv / "bin" / "cesr", "suggest", SAMPLE, "--curriculum", "rcem-2021", "--out", "suggestions.jsonl",
                   "--top-k", "5", "--no-ocr", "--no-progress"], cwd=elsewhere)
    records = [json.loads(line) for line in (elsewhere / "suggestions.jsonl").read_text().splitlines()]
    assert len(records) == len(list(SAMPLE.iterdir())) == 22
    mapped = [r for r in records if r["document"]["status"] == "ok"]
    for r in records:
        if r["document"]["status"] != "ok":  # the scans and photos, with OCR off
            assert "OCR" in r["document"]["error"] and "switched off" in r["document"]["error"]
            assert r["suggestions"] == []
    assert len(mapped) >= 14, result.stderr[-2000:]
    for r in mapped:
        assert len(r["suggestions"]) == 5
        best = r["suggestions"][0]
        assert best["node"].startswith("rcem-2021:") and best["title"] and 0 < best["confidence"] < 1
    # calibrated with the shipped calibrator: confidences differ between documents and ranks
    assert len({round(r["suggestions"][0]["confidence"], 6) for r in mapped}) > len(mapped) // 2
