"""The reviewed workspace the pack tests share (tests/conftest.py builds it once, ``pack_built``), and readers of a
pack's PDFs: PDFium's text per page, poppler's page count."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from pipeline.cli import main
from pipeline.review.decisions import ReviewDB
from pipeline.review.redaction import RedactionLog
from pipeline.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"
APPLICANT = "Dr Amara Okafor"

# file prefix -> (accepted nodes, primary first; reviewed; verified; open flag)
PLAN = {
    "01": (["SLO3", "SLO1"], True, True, False),       # text-layer PDF, 2 pages: in SLO3, cross-referenced in SLO1
    "02": (["SLO1", "SLO3.KC1"], True, True, False),   # plain text: in SLO1, cross-referenced in SLO3
    "08": (["SLO1.KC1", "SLO4"], True, True, False),    # a photographed page (OCR): in SLO1
    "10": (["SLO1"], True, True, False),                # a Word file
    "19": (["SLO11"], True, True, False),               # a PDF whose file is then deleted: left out, the pack goes on
    "06": (["SLO1"], True, False, False),               # not verified: left out
    "11": (["SLO9"], False, True, False),               # not marked reviewed: left out
    "21": (["SLO3"], True, True, True),                 # verified, then an open leak-check flag: left out
    "20": ([], True, True, False),                      # no accepted mapping: left out
}
IN = {"01", "02", "08", "10"}


def squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).upper()


def build_pack(tmp_path_factory) -> dict:
    """A workspace as a doctor leaves it after review, and its pack."""
    from pipeline.anonymise.leaks import Flag
    from pipeline.curriculum import load_curricula
    from pipeline.ingest import IngestSettings
    from pipeline.review.compute import node_table
    from pipeline.redact import RedactSettings, redact_workspace

    base = tmp_path_factory.mktemp("pack")
    evidence = base / "evidence"
    evidence.mkdir()
    for prefix in PLAN:
        src = next(SAMPLE.glob(f"{prefix}-*"))
        shutil.copy(src, evidence / src.name)
    root = base / "ws"
    with Workspace.init(root, ["rcem-2021"], applicant=APPLICANT) as ws:
        ws.add([evidence], IngestSettings(workers=2))
        shas = {Path(d.path).name[:2]: d.sha256 for d in ws.store.documents()}
        assert set(shas) == set(PLAN)
        with ReviewDB(ws.store_path, node_table(load_curricula(ws.curricula))) as db:  # as the review app does
            for prefix, (nodes, reviewed, _, _) in PLAN.items():
                for node in nodes:
                    db.decide(shas[prefix], db.version(shas[prefix]), "add", f"rcem-2021:{node}")
                if reviewed:
                    db.set_reviewed(shas[prefix], db.version(shas[prefix]))
        # the redaction review: each copy made and checked (text layers; OCR is the review's job), then verified
        redact_workspace(ws, base / "copies", RedactSettings(workers=1, verify_ocr=False))
        with ReviewDB(ws.store_path) as db:
            log = RedactionLog(db)
            for prefix, (_, _, verified, flagged) in PLAN.items():
                sha = shas[prefix]
                assert not log.open_flags(sha), f"{prefix}: the sample copy has flags"
                if verified:
                    log.decide(sha, db.version(sha), "verified")
                if flagged:  # a later check of its copy found a name (what the leak check records)
                    state = log.state(sha)
                    flag = Flag(page=1, kind="name", label="name after a title", text="Mr Example", context="")
                    log.record_check(sha, state["output"], [flag.to_json()], json.loads(state["plan"]))
    (evidence / next(p.name for p in evidence.iterdir() if p.name.startswith("19-"))).unlink()
    out = base / "pack"
    assert main(["pack", "--workspace", str(root), "--out", str(out), "--no-progress"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {"root": root, "out": out, "manifest": manifest, "shas": shas, "base": base}


def pdfium_pages(path: Path) -> list[str]:
    """The text of every page, as PDFium reads it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def pdfinfo_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def by_sha(built) -> dict[str, dict]:
    return {d["sha256"]: d for d in built["manifest"]["documents"]}


def removed_strings(root: Path, shas: list[str]) -> tuple[set[str], str]:
    """Every string the redaction engine removed from these documents (4+ characters, not also in the kept
    text of a packed document), and the kept text."""
    from pipeline.anonymise.plan import plan_document

    removed, kept = set(), []
    with Workspace.open(root) as ws, ReviewDB(ws.store_path) as db:
        log = RedactionLog(db)
        for sha in shas:
            readings = ws.store.readings(sha)
            plan = plan_document(readings, APPLICANT, log.decisions(sha))
            removed |= {r.text[s.start:s.end] for r, p in zip(readings, plan.pages) for s in p.spans}
            kept.append("\n".join(plan.texts))
    kept_squashed = squash("\n".join(kept))
    return {x for x in removed if len(squash(x)) >= 4 and squash(x) not in kept_squashed}, "\n".join(kept)
