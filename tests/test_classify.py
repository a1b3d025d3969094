"""Each document's own date and its evidence type (primary or secondary), by the rules of
``pipeline.ingest.classify``: on hand-written lines and on every labelled document."""

from __future__ import annotations


def test_find_date_prefers_the_documents_own_date():
    from pipeline.ingest.classify import find_date

    assert find_date("Re: Mr X, DOB 02/08/1971\nDate dictated: 14/03/2024\nDate typed: 15/03/2024") == "2024-03-14"
    assert find_date("Ward 7\n\n9 August 2023\n\nDear Ms K\nyour mother's visit on 14 July 2023") == "2023-08-09"
    assert find_date("Date of event: 09/01/2025   Date written: 12/01/2025") == "2025-01-12"
    assert find_date("Valid until: 31/05/2022\nDate of issue: 19/05/2018") == "2018-05-19"
    assert find_date("Reflective note, Dr A. 09/2023\nIn June I was invited") == "2023-09"
    assert find_date("Period: 01/09/2022 to 31/08/2024. Verified by the lead.") == "2024-08-31"
    assert find_date("Date of birth: 01/01/1960") is None
    assert find_date("no date here") is None


def test_evidence_type_and_date_accuracy_on_the_labelled_documents():
    """The rules on every labelled document (kinds mapped to the type list); numbers in benchmarks/RESULTS.md."""
    import json
    from pathlib import Path

    from pipeline.ingest.classify import evaluate_labelled

    root = Path(__file__).resolve().parent.parent / "corpora"
    labelled = [json.loads(l) for f in sorted((root / "labelled" / "src").glob("*.jsonl"))
                for l in f.read_text().splitlines() if l.strip()]
    result = evaluate_labelled((r["text"], r["kind"], None) for r in labelled)
    assert result["unmapped"] == 0 and result["type_total"] == len(labelled)
    assert result["type_accuracy"] >= 0.88, result["confusions"]
    manifest = [json.loads(l) for l in (root / "sample-src" / "manifest.jsonl").read_text().splitlines()]
    sample = evaluate_labelled(((root / "sample-src" / m["source"]).read_text(), m["evidence_type"], m["date"])
                               for m in manifest)
    assert sample["type_accuracy"] >= 0.9 and sample["date_accuracy"] >= 0.9, sample


def test_primary_and_secondary_evidence():
    from pipeline.ingest.classify import EVIDENCE_TYPES, is_primary

    assert is_primary("clinic_letter") and is_primary("wpba_dops") and is_primary("rota_management")
    assert is_primary("testimonial") is False and is_primary("cpd_certificate") is False
    assert is_primary("reflection") is False and is_primary("nonsense") is None
    assert len(EVIDENCE_TYPES) >= 17


def test_the_rules_search_only_where_a_match_can_start_and_find_what_re_compile_finds():
    """The evidence-type rules are compiled with their start characters (``pipeline.regex_start``): on every
    labelled document each rule finds what ``re.compile`` finds, to the position."""
    import json
    import re
    from pathlib import Path

    from pipeline.ingest.classify import _rules
    from pipeline.regex_start import start_chars

    root = Path(__file__).resolve().parent.parent / "corpora"
    texts = [json.loads(l)["text"] for f in sorted((root / "labelled" / "src").glob("*.jsonl"))
             for l in f.read_text().splitlines() if l.strip()]
    assert len(texts) > 100
    found = 0
    for _, pattern, _, _ in _rules():
        assert start_chars(pattern.pattern, re.I | re.M) is not None
        plain = re.compile(pattern.pattern, re.I | re.M)
        for text in texts:
            got = [m.span() for m in pattern.finditer(text)]
            assert got == [m.span() for m in plain.finditer(text)]
            found += len(got)
    assert found > 1000
