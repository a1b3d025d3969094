"""`cesr report`: next steps per outcome and key capability, the recency window, outcome-level mappings, the
files that could not be read, and the page on paper.

Every test works on a copy of the real sample workspace (corpora/sample read by `cesr add`, suggestions by the
real model; tests/review_support.py) reviewed as a doctor would, with one gap made on purpose: SLO4's only
evidence is the 2018 ATLS certificate, accepted for SLO4 as a whole (secondary, old, a single type, and no key
capability named); the major-trauma referral letter is left unreviewed.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.next_steps import EvidenceItem, evidence_item
from pipeline.review.decisions import ReviewDB
from pipeline.workspace import Workspace

from review_support import ROOT, SAMPLE, base_workspace, copy_workspace, decide_labels, sample_labels

AS_OF = "2026-06-01"  # recency is measured from here, so the test does not age
LEFT_OUT = ("03-", "16-", "20-")  # the trauma referral, the ATLS certificate, the journal club
CERTIFICATE = "16-cpd-certificate-atls-2018.jpg"
# the first sample letter's patient: a damaged copy of it named after him, and an empty file named by his hospital number
BAD_NAMES = {"Gareth Holloway 692 174 2180.pdf": "corrupt", "NG4471902 discharge.pdf": "empty"}


def _identifiers() -> list[str]:
    """Every identifier of the sample corpus (as tests/test_privacy.py reads them), less what the sample keeps."""
    found, kept = set(), set()
    for line in (ROOT / "corpora" / "sample-src" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            found.update(i["text"] for i in rec["identifiers"])
            kept.update(rec.get("keep", []))
    return sorted(i for i in found if len(re.sub(r"\W", "", i)) >= 4
                  and not any(re.search(rf"(?<!\w){re.escape(i)}(?!\w)", k) for k in kept))


def _leaks(text: str) -> list[str]:
    hits = []
    for ident in _identifiers():
        variants = {ident, re.sub(r"\D", "", ident) if re.fullmatch(r"[\d\s\-]+", ident) else ident}
        if any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text) for v in variants):
            hits.append(ident)
    return hits


@pytest.fixture
def reviewed(tmp_path_factory, tmp_path, model) -> Path:
    """The sample workspace reviewed, with the SLO4 gap made on purpose."""
    root = copy_workspace(base_workspace(tmp_path_factory, model), tmp_path / "ws")
    labels = sample_labels()
    with Workspace.open(root) as ws:
        docs = {Path(d.path).name: d.sha256 for d in ws.store.documents()}
        with ReviewDB(ws.store_path) as db:
            for name, nodes in labels.items():
                if name.startswith(LEFT_OUT):
                    continue
                sha = docs[name]
                for node in sorted(nodes):
                    db.decide(sha, db.version(sha), "add", node)
                db.set_reviewed(sha, db.version(sha))
            sha = docs[CERTIFICATE]
            db.decide(sha, db.version(sha), "add", "rcem-2021:SLO4")  # the outcome as a whole, no key capability
    return root


def _report(root: Path, out: Path, *extra: str) -> tuple[dict, str]:
    assert main(["report", "--workspace", str(root), "--out", str(out), "--no-chart", "--as-of", AS_OF, *extra]) == 0
    return json.loads((out / "coverage.json").read_text()), (out / "index.html").read_text()


def _nodes(cov: dict) -> dict[str, dict]:
    return {n["id"]: n for o in cov["outcomes"] for n in [o, *o["key_capabilities"]]}


def _items(sentence: str) -> list[str]:
    """The typical-evidence items listed after the colon of a 'collect' sentence."""
    return [x.strip() for x in sentence.split(": ", 1)[1].rstrip(".").split("; ")]


# ---------------------------------------------------------------- typical evidence as things to collect


def test_typical_evidence_phrases_get_an_evidence_type():
    assert evidence_item("DOPS for joint or fracture reduction") == \
        EvidenceItem("DOPS for joint or fracture reduction", "wpba_dops", True)
    assert evidence_item("reflection on a diagnostic case").primary is False
    assert evidence_item("ATLS / ETC certificate").evidence_type == "cpd_certificate"
    # words of the phrase's own where the document rules see nothing
    assert evidence_item("ED notes from minors") == EvidenceItem("ED notes from minors", "clinical_record", True)
    assert evidence_item("point-of-care ultrasound log").evidence_type == "logbook"
    assert evidence_item("Balint group facilitation") == EvidenceItem("Balint group facilitation", "other", None)


# ---------------------------------------------------------------- next steps


def test_next_steps_say_what_is_missing_and_what_to_collect(reviewed, tmp_path):
    from pipeline.curriculum import load_curriculum

    rcem = load_curriculum("rcem-2021")
    cov, page = _report(reviewed, tmp_path / "report")
    nodes = _nodes(cov)
    assert cov["recency"] == {"years": 5.0, "as_of": AS_OF, "cutoff": "2021-06-01",
                              "source": "the curriculum's recency window (rcem-2021: 5 years; change it with "
                                        "--recent-years)"}
    assert "Recent</b> means dated on or after 1 June 2021: 5 years before 1 June 2026, the curriculum&#x27;s " \
           "recency window" in page

    # the gap made on purpose: secondary, old, one type; the curriculum's primary evidence offered, recent
    slo4 = nodes["rcem-2021:SLO4"]
    step = slo4["next_step"]
    assert slo4["status"] == "weak" and step["lacks"] == ["primary", "recent", "types"]
    assert step["missing"] == [
        "No primary evidence: the 1 document confirmed is secondary or of unknown weight (CPD or course certificate).",
        "Nothing recent: the latest document is dated 2018-05-19, before 1 June 2021 (the 5-year window).",
        "A single type of evidence: CPD or course certificate only."]
    typical = set(rcem.get("rcem-2021:SLO4").typical_evidence)
    primary, other_types = step["collect"]
    assert primary.startswith("Primary evidence, produced in the work itself, dated on or after 1 June 2021: ")
    assert other_types.startswith("Other types to add, dated on or after 1 June 2021: ")
    offered = _items(primary) + _items(other_types)
    assert len(offered) == len(set(offered)) >= 4 and set(offered) <= typical  # each once, all the curriculum's
    assert all(evidence_item(x).primary is True for x in _items(primary))
    assert all(evidence_item(x).evidence_type != "cpd_certificate" for x in offered)
    assert "ATLS / ETC certificate" in typical and "ATLS / ETC certificate" not in offered  # more of the same

    # a key capability with no document, the outcome-level mapping named but not counted
    kc1 = nodes["rcem-2021:SLO4.KC1"]
    assert kc1["documents"] == 0 and kc1["outcome_level_documents"] == 1 and kc1["next_step"]["lacks"] == ["evidence"]
    assert kc1["next_step"]["missing"] == [
        "No document confirmed for this key capability. 1 document confirmed for SLO4 as a whole does not count "
        "here: confirm this key capability on it in the review, or run the report with "
        "--outcome-mappings-count-for-kcs."]
    collect = kc1["next_step"]["collect"][-1]
    assert collect.startswith("Collect primary evidence dated on or after 1 June 2021, for example: ")
    assert set(_items(collect)) <= set(rcem.get("rcem-2021:SLO4.KC1").typical_evidence)
    # the journal club left unreviewed: SLO10 is a gap, and its suggestion awaiting review comes first
    slo10 = nodes["rcem-2021:SLO10"]
    assert slo10["status"] == "gap" and slo10["next_step"]["missing"] == ["No confirmed evidence for this outcome."]
    assert slo10["next_step"]["collect"][0].startswith("Review the ") == (slo10["awaiting_review"] > 0)

    # a step for exactly the nodes that lack something; every one on the page, in its outcome's block
    for node in nodes.values():
        assert (node["next_step"] is None) == (node["status"] == "ok"), node["id"]
        if node["next_step"]:
            assert f"data-step='{node['id']}'" in page
            for sentence in node["next_step"]["missing"] + node["next_step"]["collect"]:
                assert f"<li>{html.escape(sentence, quote=True)}</li>" in page
    assert nodes["rcem-2021:SLO3"]["next_step"] is None  # four recent documents, three types, primary
    section = page.split("<h2 id='next-steps'", 1)[1].split("<h2 ", 1)[0]
    assert section.index("data-step='rcem-2021:SLO4'") < section.index("data-step='rcem-2021:SLO4.KC1'") \
        < section.index("data-step='rcem-2021:SLO5'")

    # the window is a parameter: over ten years the certificate is recent
    cov10, page10 = _report(reviewed, tmp_path / "ten", "--recent-years", "10")
    step10 = _nodes(cov10)["rcem-2021:SLO4"]["next_step"]
    assert step10["lacks"] == ["primary", "types"] and cov10["recency"]["cutoff"] == "2016-06-01"
    assert "10 years before 1 June 2026, set for this report (--recent-years)" in page10
    assert main(["report", "--workspace", str(reviewed), "--out", str(tmp_path / "bad"), "--recent-years", "0"]) == 2
    # every file was read: the report says so
    assert cov["unreadable_files"] == [] and "Every file added to the workspace was read." in page


def test_outcome_level_mappings_count_for_key_capabilities_only_when_asked(reviewed, tmp_path):
    off, page_off = _report(reviewed, tmp_path / "off")
    on, page_on = _report(reviewed, tmp_path / "on", "--outcome-mappings-count-for-kcs")
    n_off, n_on = _nodes(off), _nodes(on)
    assert off["outcome_mappings_count_for_kcs"] is False and on["outcome_mappings_count_for_kcs"] is True
    assert "count for the outcome only, not for its key capabilities (the default" in page_off
    assert "count toward each of its key capabilities, as you asked (--outcome-mappings-count-for-kcs)" in page_on
    for kc in ("rcem-2021:SLO4.KC1", "rcem-2021:SLO4.KC2"):
        assert n_off[kc]["documents"] == 0 and n_off[kc]["status"] == "gap"
        # counted: no longer a gap, but the certificate is secondary, old and alone
        assert n_on[kc]["documents"] == 1 and n_on[kc]["status"] == "weak"
        assert n_on[kc]["next_step"]["lacks"] == ["primary", "recent", "types"]
    # every key capability evidenced only through its outcome as a whole is covered once asked, and no other
    through_outcome = {i for i, n in n_off.items() if n.get("outcome_level_documents") and not n["documents"]}
    assert {"rcem-2021:SLO4.KC1", "rcem-2021:SLO4.KC2"} <= through_outcome
    assert on["key_capabilities_covered"] == off["key_capabilities_covered"] + len(through_outcome)
    # a document accepted for SLO1 and for one of its key capabilities says which: it counts there only
    for kc in ("rcem-2021:SLO1.KC1", "rcem-2021:SLO1.KC2", "rcem-2021:SLO1.KC3"):
        assert n_on[kc]["documents"] == n_off[kc]["documents"] and n_off[kc]["outcome_level_documents"] == 0
    # the outcome itself is the same either way
    own = lambda n: {k: v for k, v in n.items() if k != "key_capabilities"}  # noqa: E731
    assert own(n_on["rcem-2021:SLO4"]) == own(n_off["rcem-2021:SLO4"])


# ---------------------------------------------------------------- files that could not be read


def test_files_that_could_not_be_read_are_listed_with_their_reason_and_no_identifier(reviewed, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    letter = next(SAMPLE.glob("01-*.pdf")).read_bytes()
    (bad / "Gareth Holloway 692 174 2180.pdf").write_bytes(letter[: len(letter) // 3])  # cut off half-way
    (bad / "NG4471902 discharge.pdf").write_bytes(b"")
    assert main(["add", str(bad), "--workspace", str(reviewed), "--no-progress"]) == 1  # nothing could be read

    cov, page = _report(reviewed, tmp_path / "report")
    files = {f["kind"]: f for f in cov["unreadable_files"]}
    assert sorted(files) == sorted(BAD_NAMES.values())
    assert files["corrupt"]["reason"].startswith("corrupt PDF: the file is truncated")
    assert files["empty"]["reason"] == "empty file (0 bytes)"
    assert files["corrupt"]["name"] == "[NAME] [NAME] [NUMBER] [NUMBER] [NUMBER].pdf"
    assert files["empty"]["name"] == "[NUMBER] discharge.pdf"
    assert all(f["status"] == "failed" and re.fullmatch(r"\d{4}-\d\d-\d\d", f["seen"]) for f in files.values())
    section = page.split("<h2 id='unreadable'>", 1)[1].split("<h2 ", 1)[0]
    assert "2 file(s) added to the workspace could not be read" in section
    for f in files.values():
        assert f"<td>{f['name']}</td><td>{f['reason']}</td>" in section
    # not documents of the portfolio: counted neither as documents nor as a type of evidence
    assert cov["documents_in_workspace"] == len(list(SAMPLE.iterdir()))
    for text in (page, (tmp_path / "report" / "coverage.json").read_text()):
        assert not _leaks(text)
        for name in BAD_NAMES:
            assert name not in text and Path(name).stem not in text


def test_scrubbed_file_names_keep_the_description_and_the_applicant():
    from pipeline.report_html import scrub_file_name

    applicant = "Amara Okafor"
    for path in sorted(SAMPLE.iterdir()):  # descriptive names stay as they are
        assert scrub_file_name(str(path), applicant) == path.name
    assert scrub_file_name("/evidence/Holloway/holloway_gareth_dob_12.03.1961.pdf", applicant) == \
        "[NAME]_[NAME]_dob_12.03.1961.pdf"
    assert scrub_file_name("Mrs Patel referral.pdf", applicant) == "Mrs [NAME] referral.pdf"
    assert scrub_file_name("Redfern F notes.pdf", applicant) == "[NAME] F notes.pdf"
    assert scrub_file_name("Harriet Wells clinic letter.pdf", applicant) == "[NAME] [NAME] clinic letter.pdf"
    assert scrub_file_name("wells score audit.pdf", applicant) == "wells score audit.pdf"
    assert scrub_file_name("Okafor A appraisal 2024.pdf", applicant) == "Okafor A appraisal 2024.pdf"
    assert scrub_file_name("inbox.eml#QH0527714 result.pdf", applicant) == "[NUMBER] result.pdf"


# ---------------------------------------------------------------- the coverage of the sample reviewed by its labels


def test_report_shows_every_outcome_with_coverage_and_gaps(ws_root, tmp_path):
    from pipeline.curriculum import load_curriculum

    names = [n for n in sample_labels() if not n.startswith("20-")]  # the journal club left unreviewed
    decide_labels(ws_root, names)
    out = tmp_path / "report"
    assert main(["report", "--workspace", str(ws_root), "--out", str(out)]) == 0
    cov = json.loads((out / "coverage.json").read_text())
    page = (out / "index.html").read_text()
    rcem = load_curriculum("rcem-2021")
    assert [o["id"] for o in cov["outcomes"]] == [o.id for o in rcem.outcomes]
    for o in rcem.outcomes:
        assert f"data-node='{o.id}'" in page and o.title.replace("'", "&#x27;") in page
    assert cov["key_capabilities_total"] == len(rcem.nodes) - len(rcem.outcomes)
    by_id = {o["id"]: o for o in cov["outcomes"]}
    assert by_id["rcem-2021:SLO3"]["documents"] >= 3 and by_id["rcem-2021:SLO3"]["types"]
    assert cov["documents_with_mappings"] == len(names) and cov["limits"]["max_documents"] == 100
    assert cov["limits"]["expected_pages"] == [800, 1000]
    # the journal club was the only research evidence: SLO10 is a gap, shown as such
    assert by_id["rcem-2021:SLO10"]["status"] == "gap" and by_id["rcem-2021:SLO10"]["awaiting_review"] >= 0
    assert "GAP" in page and "Heatmap" in page and "data:image/png;base64," in page
    assert (out / "coverage.png").stat().st_size > 5000
    # secondary-only or old-only outcomes are weak, never ok
    for o in cov["outcomes"]:
        if o["documents"] and (o["primary"] == 0 or o["recent"] == 0):
            assert o["status"] == "weak"


# ---------------------------------------------------------------- on paper


def test_the_report_prints_cleanly(reviewed, tmp_path, request):
    out = tmp_path / "report"
    assert main(["report", "--workspace", str(reviewed), "--out", str(out), "--as-of", AS_OF]) == 0
    page = (out / "index.html").read_text()
    css = page.split("<style>", 1)[1].split("</style>", 1)[0]
    printed = css.split("@media print {", 1)[1]
    assert "@page" in css and "nav.toc" in printed and "print-color-adjust: exact" in printed
    assert "<nav class='toc'" in page

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is missing")
    browser = request.getfixturevalue("browser")  # the PDF needs the browser (make browser); the checks above do not
    pdf = tmp_path / "report.pdf"
    tab = browser.new_page()
    tab.goto((out / "index.html").as_uri())
    tab.pdf(path=str(pdf), format="A4", print_background=True)
    tab.close()
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    text = "\n".join(pages)
    for heading in ("Portfolio coverage report", "Summary", "Gaps and weak spots", "Next steps: what to collect",
                    "Coverage per outcome and key capability", "Heatmap: outcomes × evidence types",
                    "Files that could not be read", "How to read this"):
        assert heading in text, heading
    assert "Files not read" not in text  # the navigation stays on screen
    # the folded list of key capabilities without evidence is printed unfolded, without its toggle
    assert not re.search(r"\d+ key capabilities without confirmed evidence", text)
    assert "SLO4.KC1" in text.split("Gaps and weak spots", 1)[1].split("Next steps: what to collect", 1)[0]
    # the heatmap on one sheet, every outcome's row and the totals on it
    heat = [p for p in pages if "Heatmap: outcomes" in p]
    assert len(heat) == 1 and "total" in heat[0]
    rows = [line for line in heat[0].splitlines() if re.match(r"\s*SLO\d+ ", line)]
    assert [re.match(r"\s*(SLO\d+)", r).group(1) for r in rows] == [f"SLO{i}" for i in range(1, 13)]
    assert not _leaks(text)
