"""No identifier in any export, report, log or message the tool writes (the private review list aside)."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"
APPLICANT = "Amara Okafor"
# two-page text PDF (a surname alone on page 2), scanned PDF, Word, text
CHOSEN = ["01", "09", "10", "02"]


def _identifiers() -> list[str]:
    found = set()
    kept = set()  # what the sample keeps on purpose: the applicant, and the assessors who sign its evidence
    for line in (ROOT / "corpora" / "sample-src" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            found.update(i["text"] for i in json.loads(line)["identifiers"])
            kept.update(json.loads(line).get("keep", []))
    for line in (ROOT / "corpora" / "redaction" / "redaction.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            found.update(i["text"] for i in json.loads(line)["identifiers"])
    # The redaction set's fictional people may share a surname or a number with the sample corpus's
    # applicant, whose own name and GMC number rightly stay in the sample's outputs.
    own = {"Amara", "Okafor", "Amara Okafor", "7234519"}
    # an identifier of another set that is part of a name the sample keeps ("Marsden" of "Dr Helen Marsden")
    return sorted(i for i in found if len(re.sub(r"\W", "", i)) >= 4 and i not in own
                  and not any(re.search(rf"(?<!\w){re.escape(i)}(?!\w)", k) for k in kept))


def _leaks(text: str, identifiers: list[str]) -> list[str]:
    """Which identifiers appear in ``text`` as whole words (numbers also without their spaces), not as the
    fraction digits of a decimal (a confidence of 0.4411 is not the identifier "4411")."""
    hits = []
    for ident in identifiers:
        variants = {ident, re.sub(r"\s+", " ", ident)}
        if re.fullmatch(r"[\d\s\-]+", ident):
            variants.add(re.sub(r"\D", "", ident))
        for v in variants:
            if re.search(rf"(?<!\w)(?<!\d\.){re.escape(v)}(?!\w)", text):
                hits.append(ident)
                break
    return hits


@pytest.fixture(scope="module")
def run_everything(tmp_path_factory):
    """Run every command a user runs, capturing files, stdout, stderr and log records."""
    out = tmp_path_factory.mktemp("privacy")
    files = [str(next(SAMPLE.glob(f"{p}-*"))) for p in CHOSEN]
    streams: list[str] = []
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(self.format(record))

    handler = Keep(level=logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)  # every library's information and warnings, and all of our own debug records
    ours = [logging.getLogger(n) for n in ("cesr", "pipeline")]
    for logger in ours:
        logger.setLevel(logging.DEBUG)
    import contextlib
    import io

    def run(args):
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = main(args)
        streams.append(stdout.getvalue())
        streams.append(stderr.getvalue())
        return code

    try:
        assert run(["-v", "ingest", *files, "--out", str(out / "documents.jsonl"), "--pages", "--workers", "1",
                    "--applicant", APPLICANT, "--no-progress"]) == 0
        assert run(["-v", "suggest", *files, "--curriculum", "rcem-2021", "--out", str(out / "suggestions.jsonl"),
                    "--workers", "1", "--applicant", APPLICANT, "--no-progress"]) == 0
        assert run(["-v", "summary", str(out / "suggestions.jsonl"), "--curriculum", "rcem-2021"]) == 0
        assert run(["-v", "redact", *files, "--out", str(out / "redacted"), "--applicant", APPLICANT,
                    "--no-verify-ocr"]) == 0
        assert run(["-v", "evaluate-redaction", str(ROOT / "corpora" / "redaction" / "redaction.jsonl")]) == 0
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        for logger in ours:
            logger.setLevel(logging.NOTSET)
    return out, streams, records


def test_exports_reports_and_logs_name_no_one(run_everything):
    out, streams, records = run_everything
    identifiers = _identifiers()
    checked = 0
    for path in sorted(out.rglob("*")):
        if not path.is_file() or path.name == "redactions.json":  # the doctor's private review list
            continue
        if path.suffix in (".jsonl", ".json", ".txt", ".md", ".csv"):
            leaks = _leaks(path.read_text(encoding="utf-8"), identifiers)
            assert not leaks, f"{path.name} contains {len(leaks)} identifier(s)"
            checked += 1
    assert checked >= 4  # documents, suggestions, redaction report, the text copy
    for i, text in enumerate(streams):
        assert not _leaks(text, identifiers), f"output stream {i} contains identifiers"
    assert not _leaks("\n".join(records), identifiers), "a log record contains identifiers"
    assert any("redactions" in s for s in streams)


def test_exports_are_the_anonymised_text(run_everything):
    out, _, _ = run_everything
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    assert all(d["status"] == "ok" and d["redactions"] > 0 for d in docs)
    assert any("[PATIENT-1]" in d["text"] for d in docs) and any("Amara Okafor" in d["text"] for d in docs)
    suggestions = [json.loads(line) for line in (out / "suggestions.jsonl").read_text().splitlines()]
    assert all(s["excerpt"] for r in suggestions for s in r["suggestions"])


def test_only_the_review_list_holds_identifiers_and_it_is_private(run_everything):
    out, _, _ = run_everything
    review = out / "redacted" / "redactions.json"
    assert review.exists() and (review.stat().st_mode & 0o077) == 0
    assert _leaks(review.read_text(encoding="utf-8"), _identifiers())  # it is the list the doctor reviews
