"""One redaction engine in a workspace: the review text, the suggestions' excerpts, the export and the redacted
copy of a document hold the same removals, before and after the doctor's decisions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.anonymise.plan import plan_document
from pipeline.review.decisions import ReviewDB
from pipeline.review.redaction import RedactionLog, refresh_document
from pipeline.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"
APPLICANT = "Dr Amara Okafor"
FILES = ["01", "06", "08"]  # a text-layer PDF, a Word file, a photographed page


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).upper()


def _extract(path: Path) -> str:
    from test_redact import extract_everything

    return extract_everything(path)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, model):
    from pipeline.ingest import IngestSettings
    from pipeline.review.compute import suggest_workspace

    root = tmp_path_factory.mktemp("engine") / "ws"
    evidence = tmp_path_factory.mktemp("evidence")
    for prefix in FILES:
        src = next(SAMPLE.glob(f"{prefix}-*"))
        (evidence / src.name).write_bytes(src.read_bytes())
    with Workspace.init(root, ["rcem-2021"], applicant=APPLICANT) as ws:
        ws.add([evidence], IngestSettings(workers=2))
        suggest_workspace(ws, model=model)
    return root


def _accept_top(root: Path) -> None:
    ws = Workspace.open(root)
    with ReviewDB(ws.store_path) as db:
        for sha in {s["sha256"] for s in db.suggestions()}:
            top = db.suggestions(sha)[0]
            db.decide(sha, db.version(sha), "accept", top["node"])
    ws.close()


def _everything(root: Path, tmp: Path, name: str) -> dict[str, dict]:
    """For each document: the review text, the stored excerpts, its part of the export, its copy."""
    from pipeline.cli import main

    export = tmp / f"{name}.json"
    assert main(["export", "--workspace", str(root), "--out", str(export)]) == 0
    copies = tmp / f"{name}-copies"
    main(["redact", "--workspace", str(root), "--out", str(copies), "--allow-flags", "--no-progress"])
    exported = json.loads(export.read_text(encoding="utf-8"))
    ws = Workspace.open(root)
    out = {}
    with ReviewDB(ws.store_path) as db:
        log = RedactionLog(db)
        for doc in ws.store.documents(status="ok"):
            excerpts = [s["excerpt"] for s in db.suggestions(doc.sha256)]
            part = [d for d in exported["documents"] if d["sha256"] == doc.sha256]
            export_excerpts = [m["excerpt"] for d in part for m in d["mappings"] if m.get("excerpt")]
            copy = copies / log.state(doc.sha256)["output"]
            out[doc.sha256] = {"review": doc.text, "excerpts": excerpts, "export": json.dumps(part),
                               "export_excerpts": export_excerpts, "copy": _extract(copy), "format": doc.format,
                               "copy_path": copy}
    ws.close()
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\S+", text)


def _removed(root: Path) -> dict[str, tuple[set[str], str]]:
    """Per document: every string the plan removes everywhere it occurs (four characters or more), and the
    plan's text."""
    ws = Workspace.open(root)
    out = {}
    with ReviewDB(ws.store_path) as db:
        log = RedactionLog(db)
        for doc in ws.store.documents(status="ok"):
            readings = ws.store.readings(doc.sha256)
            plan = plan_document(readings, APPLICANT, log.decisions(doc.sha256))
            removed = {r.text[s.start:s.end] for r, p in zip(readings, plan.pages) for s in p.spans}
            text = "\n\n".join(t.strip() for t in plan.texts if t.strip())
            out[doc.sha256] = ({x for x in removed if len(_squash(x)) >= 4 and _squash(x) not in _squash(text)}, text)
    ws.close()
    return out


def test_review_text_excerpts_export_and_copy_hold_the_same_removals(workspace, tmp_path):
    _accept_top(workspace)
    seen = _everything(workspace, tmp_path, "before")
    for sha, (removed, plan_text) in _removed(workspace).items():
        assert removed, "the sample documents all name patients"
        where = seen[sha]
        assert where["review"] == plan_text  # the text in review is the plan's text
        flat = " ".join(_words(plan_text))
        for excerpt in where["excerpts"] + where["export_excerpts"]:  # cut from that same text (maybe shortened)
            for piece in excerpt.split("…"):
                assert " ".join(_words(piece)) in flat
        if where["format"] == "pdf":  # the copy's text layer is that text too, word for word
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(str(where["copy_path"]))
            layer = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
            pdf.close()
            assert re.sub(r"\s+", "", layer) == re.sub(r"\s+", "", plan_text)  # (PDFium spaces out some commas)
        elif where["format"] == "docx":
            from pipeline.ingest.docx_text import read_docx_text

            copy_text = re.sub(r"\s+", "", read_docx_text(where["copy_path"]).text)
            assert copy_text and re.sub(r"\s+", "", plan_text).startswith(copy_text)  # then the pictures' text
        for place in ("review", "excerpts", "export", "copy"):
            squashed = _squash(" ".join(where[place]) if isinstance(where[place], list) else where[place])
            for string in removed:
                assert _squash(string) not in squashed, f"a removed identifier is in the {place}"
        assert "Okafor" in where["review"]


def test_a_decision_reaches_every_place_at_once(workspace, tmp_path):
    """The doctor removes a word that the suggestions quote: the review text, the excerpts, the export and
    the copy all lose it; undoing the decision brings it back everywhere but the excerpts (never less
    redacted than decided)."""
    ws = Workspace.open(workspace)
    with ReviewDB(ws.store_path) as db:
        sha, word = None, None
        for s in db.suggestions():
            words = [w for w in re.findall(r"\b[a-z]{7,}\b", s["excerpt"] or "")]
            if words:
                sha, word = s["sha256"], words[0]
                break
        assert word
        RedactionLog(db).decide(sha, db.version(sha), "redact", text=word, type="PERSON")
        refresh_document(ws.store, db, sha, APPLICANT)
    ws.close()
    seen = _everything(workspace, tmp_path, "after")[sha]
    for place in ("review", "excerpts", "export", "copy"):
        text = " ".join(seen[place]) if isinstance(seen[place], list) else seen[place]
        assert not re.search(rf"\b{word}\b", text), f"'{word}' is still in the {place}"
    ws = Workspace.open(workspace)
    with ReviewDB(ws.store_path) as db:
        RedactionLog(db).undo(sha, db.version(sha))
        refresh_document(ws.store, db, sha, APPLICANT)
        assert re.search(rf"\b{word}\b", ws.store.get(sha).text)
    ws.close()


def test_verified_needs_a_current_check_without_flags(workspace):
    from pipeline.review.server import ReviewApp

    ws = Workspace.open(workspace)
    app = ReviewApp(ws)
    sha = next(d.sha256 for d in ws.store.documents(status="ok"))
    red = app.redaction(sha)
    status, data = app.redaction_write(sha, {"version": red["version"], "kind": "redact", "text": "levetiracetam"})
    assert status == 200
    status, data = app.redaction_write(sha, {"version": data["redaction"]["version"], "kind": "verified"})
    assert status == 400 and "check" in data["error"]
    status, data = app.check(sha, {})
    assert status == 200 and data["redaction"]["check_current"]
    flags = data["redaction"]["flags"]
    for f in flags:  # whatever the check found is resolved as a doctor would
        app.redaction_write(sha, {"version": app.redaction(sha)["version"], "kind": "keep", "text": f["text"],
                                  "reason": "checked: not an identifier", "flag": f["key"]})
    if flags:
        status, data = app.check(sha, {})
    status, data = app.redaction_write(sha, {"version": app.redaction(sha)["version"], "kind": "verified"})
    assert status == 200 and data["redaction"]["verified_at"]
    page = app.page_png(sha, 0)
    assert page and page[:8] == b"\x89PNG\r\n\x1a\n"
    ws.close()


def test_the_doctors_allow_list_applies_to_the_workspace(tmp_path):
    from pipeline.cli import main
    from pipeline.ingest import IngestSettings

    evidence = tmp_path / "evidence"
    evidence.mkdir()
    (evidence / "device-incident.txt").write_text(
        "Device incident: infusion pump lot LOT-2024-55871 alarmed during the transfer of Mr John Patel.\n"
        "Dr Amara Okafor\n", encoding="utf-8")
    root = tmp_path / "ws"
    with Workspace.init(root, ["rcem-2021"], applicant=APPLICANT) as ws:
        ws.add([evidence], IngestSettings(workers=1))
        assert "LOT-2024-55871" not in next(ws.store.documents()).text  # redacted by default
    (root / "allowlist.txt").write_text("# device lot numbers are not people\ntoken   LOT-\\d{4}-\\d{5}\n",
                                        encoding="utf-8")
    out = tmp_path / "copies"
    assert main(["redact", "--workspace", str(root), "--out", str(out), "--no-progress"]) == 0
    copy = next(out.glob("*.txt")).read_text(encoding="utf-8")
    assert "LOT-2024-55871" in copy and "Patel" not in copy
    with Workspace.open(root) as ws:
        assert "LOT-2024-55871" in next(ws.store.documents()).text  # the review text follows the same decision
