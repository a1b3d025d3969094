"""``cesr export`` and ``cesr import-decisions``: the mappings file validates against its schema and round-trips,
losslessly, into a fresh workspace before and after its files are added; a broken file is refused, naming the field.
On a copy of the real sample workspace (tests/review_support.py) reviewed as a doctor would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.workspace import Workspace

from review_support import SAMPLE, decide_labels, documents_by_name, review_db


def test_export_validates_and_round_trips(ws_root, tmp_path):
    from pipeline.export import ExportError, validate_export

    names = ["01-clinic-letter-airway.pdf", "09-dops-chest-drain.pdf", "18-rota-middle-grade-aug2025.txt",
             "22-testimonial-clinical-director.docx"]
    decide_labels(ws_root, names)
    docs = documents_by_name(ws_root)
    with review_db(ws_root) as db:
        sha = docs["09-dops-chest-drain.pdf"].sha256
        db.set_title(sha, db.version(sha), "DOPS: chest drain (Seldinger), 2023")
        first = db.suggestions(sha)[0]["node"]
        db.decide(sha, db.version(sha), "change", "rcem-2021:SLO6.KC2", new_node="rcem-2021:SLO6.KC3")
        assert first

    out = tmp_path / "mappings.json"
    assert main(["export", "--workspace", str(ws_root), "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    validate_export(data)
    schema = json.loads((Path(__file__).resolve().parent.parent / "schemas" / "mappings.schema.json").read_text())
    assert schema["$id"] == data["schema"] and data["schema"].endswith(":1.0.0")
    assert data["summary"]["documents"] == 4 and data["summary"]["mappings"] >= 8
    dops = next(d for d in data["documents"] if d["title"].startswith("DOPS"))
    assert dops["evidence"] == "primary" and dops["evidence_type"] == "wpba_dops" and dops["date"] == "2023-04-12"
    assert dops["pages"] == 1 and dops["reviewed_at"] and dops["file"] == "09-dops-chest-drain.pdf"
    m = dops["mappings"][0]
    assert set(m) >= {"node", "outcome", "confidence", "decided_at", "excerpt", "passage", "suggested_with"}
    assert any(m["replaces"] == "rcem-2021:SLO6.KC2" for m in dops["mappings"])
    testimonial = next(d for d in data["documents"] if d["file"].startswith("22-"))
    assert testimonial["evidence"] == "secondary"

    # into a fresh, empty workspace (a new laptop before the files are added): lossless
    fresh = tmp_path / "fresh"
    assert main(["init", str(fresh), "-c", "rcem-2021", "--applicant", "Amara Okafor"]) == 0
    assert main(["import-decisions", str(out), "--workspace", str(fresh)]) == 0
    again = tmp_path / "again.json"
    assert main(["export", "--workspace", str(fresh), "--out", str(again)]) == 0
    second = json.loads(again.read_text())
    strip = lambda d: {k: v for k, v in d.items() if k != "exported_at"}  # noqa: E731
    assert strip(second) == strip(data)

    # and once the files are added, the same (the store's descriptions agree with the file's)
    with Workspace.open(fresh) as ws:
        from pipeline.ingest import IngestSettings

        ws.add([SAMPLE / n for n in names], IngestSettings(workers=1))
    assert main(["export", "--workspace", str(fresh), "--out", str(again)]) == 0
    assert strip(json.loads(again.read_text())) == strip(data)

    # importing twice changes nothing
    assert main(["import-decisions", str(out), "--workspace", str(fresh)]) == 0
    assert main(["export", "--workspace", str(fresh), "--out", str(again)]) == 0
    assert strip(json.loads(again.read_text())) == strip(data)

    # a broken file is refused, naming the field
    bad = dict(data, documents=[dict(data["documents"][0], sha256="xyz")])
    with pytest.raises(ExportError, match="sha256"):
        validate_export(bad)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(bad))
    assert main(["import-decisions", str(broken), "--workspace", str(fresh)]) == 1
