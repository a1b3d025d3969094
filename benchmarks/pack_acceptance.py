"""Acceptance run of the application pack, as a doctor would do it, on the sample corpus and on N generated letters.

Run on demand (never in the tests):

    .venv/bin/python benchmarks/pack_acceptance.py [--n 1000] [--scan-share 0.05] [--min-confidence 0.5]
                                                   [--work DIR] [--reuse] [--only sample|generated]

For each corpus, every step is the command a doctor types, run as a child process and timed (wall time, and the
peak of the resident sets summed over its process tree, sampled every 0.2 s):

1. ``benchmarks/generate.py``'s letters (text-layer PDFs of 1-3 pages, a ``--scan-share`` of them image-only
   scans) for the generated corpus; ``corpora/sample`` (22 mixed-format files) for the other;
2. ``cesr init`` (rcem-2021, the applicant "Dr Amara Okafor"), ``cesr add``, ``cesr suggest --workspace``;
3. ``cesr accept --min-confidence X`` (the bulk accept; one undoable batch);
4. ``cesr redact --workspace`` (copies made and leak-checked; ``--no-verify-ocr`` for the generated corpus, where
   OCR of every copy's pages would dominate the run on 2 shared cores; the sample's copies are OCR-checked);
5. the review, through the review app's own JSON API (``cesr review`` started as a server, its token read from
   the address it prints): every document marked reviewed (``POST /api/doc/<sha>/reviewed``), and every document
   whose copy has no open flag and a current check marked verified (``POST /api/doc/<sha>/redaction``
   ``{"kind": "verified"}``), as the doctor does with ``n`` and the redaction view's *Verified*; for the generated
   corpus the verification goes through ``RedactionLog`` (the app's redaction view costs about 1 s a document
   on this machine, a doctor's pace but not a benchmark's);
6. ``cesr pack``.

Then the pack is checked with poppler (``pdfinfo``, ``pdftotext``) and nothing from the tool itself:

- every PDF opens (``pdfinfo`` and ``pdftotext`` exit 0) and its page count is the manifest's;
- every page's text (``pdftotext``, pages split at form feeds) has the applicant's name, the bundle's
  "page x of y" and, on a document's pages, "Document N · page k of m";
- ``index.csv`` lists every document of the manifest once; in ``index.pdf`` each document's place (bundle, pages)
  appears once for its own entry and once more for each section it is cross-referenced in; each bundle's index
  lists its own documents with their pages and its cross-references with their bundle and pages;
- the limits: the run prints documents, uploads and pages against the curriculum's guidance, and warns (with
  what to drop) exactly when a limit is exceeded;
- for the sample corpus, every identifier of its labels (``corpora/sample-src/manifest.jsonl``) of the packed
  documents is absent from every page's text and from the OCR of every page drawn from a picture.

Writes the ``pack-acceptance`` section of ``benchmarks/RESULTS.md`` (from every corpus with a result in ``--work``,
so a corpus run alone with ``--only`` keeps the other's last result); exits 1 when a check fails.  With ``--reuse``
the steps already done in ``--work`` are not run again (their earlier timings are reported; the pack and the checks
always run again).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "corpora"))

from pack_bench import tree_rss  # noqa: E402  (the process tree's resident memory, as pack_bench measures it)

APPLICANT = "Dr Amara Okafor"
CURRICULUM = "rcem-2021"
CESR = [sys.executable, "-m", "pipeline.cli"]


# ------------------------------------------------------------------ running the steps


def run(cmd: list[str], log: Path) -> dict:
    """Run one command (cwd: this checkout), its output to ``log``; wall time and peak tree RSS."""
    import psutil

    t = time.perf_counter()
    with open(log, "w", encoding="utf-8") as out:
        child = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, text=True,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        watched, peak = psutil.Process(child.pid), 0
        while child.poll() is None:
            peak = max(peak, tree_rss(watched))
            time.sleep(0.2)
    wall = time.perf_counter() - t
    return {"cmd": " ".join(Path(c).name if i < 3 else c for i, c in enumerate(cmd)), "rc": child.returncode,
            "wall_s": round(wall, 1), "peak_mib": round(peak / 2**20), "load": round(os.getloadavg()[0], 1)}


class Steps:
    """The steps of one corpus, each run once (``--reuse``: a step done in an earlier run is not run again)."""

    def __init__(self, base: Path, reuse: bool) -> None:
        self.base = base
        self.file = base / "steps.json"
        self.done = json.loads(self.file.read_text()) if reuse and self.file.exists() else {}
        self.reuse = reuse

    def step(self, name: str, cmd: list[str] | None = None, fn=None, ok=(0,)) -> dict:
        if name in self.done and self.done[name].get("rc") in ok:
            return {**self.done[name], "reused": True}
        log = self.base / f"{name}.log"
        if cmd is not None:
            result = run(cmd, log)
        else:
            t = time.perf_counter()
            result = {"cmd": name, "rc": 0, **fn(log)}
            result["wall_s"] = round(time.perf_counter() - t, 1)
            result["load"] = round(os.getloadavg()[0], 1)
        self.done[name] = result
        self.file.write_text(json.dumps(self.done, indent=2))
        print(f"  {name}: rc {result['rc']}, {result['wall_s']} s" + (f", peak {result['peak_mib']} MiB"
              if "peak_mib" in result else ""), file=sys.stderr, flush=True)
        if result["rc"] not in ok:
            raise SystemExit(f"{name} failed (rc {result['rc']}): see {log}\n" + log.read_text()[-3000:])
        return result


# ------------------------------------------------------------------ the review, through the app's API


def review_all(ws: Path, log: Path, verify_in_app: bool = True) -> dict:
    """Start ``cesr review``, mark every document reviewed and every clean, checked copy verified through its API.

    With ``verify_in_app`` false, the redaction is verified through :class:`pipeline.review.redaction.RedactionLog`
    (as the app does, for a copy with no open flag) instead of the app's redaction view, which computes the
    document's redaction plan on every open (about 1 s a document here, twice per document: view, then verify).
    ``cesr pack`` itself leaves out a document whose redaction changed since its copy was checked.
    """
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen(CESR + ["review", "--workspace", str(ws)], cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=out, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:
            line = server.stdout.readline()
            m = re.search(r"(http://127\.0\.0\.1:\d+)/\?token=(\S+)", line)
            if not m:
                raise SystemExit(f"cesr review printed no address: {line!r}")
            base, token = m.groups()

            def call(path: str, body: dict | None = None) -> tuple[int, dict]:
                req = urllib.request.Request(base + path, method="POST" if body is not None else "GET",
                                             data=json.dumps(body).encode() if body is not None else None,
                                             headers={"X-CESR-Token": token, "Content-Type": "application/json",
                                                      "X-Requested-With": "cesr"})
                try:
                    with urllib.request.urlopen(req, timeout=600) as r:
                        return r.status, json.loads(r.read())
                except urllib.error.HTTPError as exc:
                    return exc.code, json.loads(exc.read() or b"{}")

            status, queue = call("/api/queue?limit=10000")
            assert status == 200, queue
            counts = {"documents": len(queue["items"]), "reviewed": 0, "verified": 0, "flagged": 0, "not_checked": 0}
            for item in queue["items"]:
                sha = item["sha256"]
                status, doc = call(f"/api/doc/{sha}")
                assert status == 200, doc
                if not doc.get("reviewed"):
                    status, got = call(f"/api/doc/{sha}/reviewed", {"version": doc["version"], "reviewed": True})
                    assert status == 200, got
                counts["reviewed"] += 1
                if not verify_in_app:
                    continue
                status, red = call(f"/api/doc/{sha}/redaction")
                assert status == 200, red
                if red.get("verified_at"):
                    counts["verified"] += 1
                elif red["flags"]:
                    counts["flagged"] += 1  # the doctor resolves these in the redaction view; left out of the pack
                elif not red["check_current"]:
                    counts["not_checked"] += 1
                else:
                    status, got = call(f"/api/doc/{sha}/redaction", {"version": red["version"], "kind": "verified"})
                    assert status == 200, got
                    counts["verified"] += 1
        finally:
            server.terminate()
            server.wait(timeout=60)
    if not verify_in_app:
        from pipeline.review.decisions import ReviewDB
        from pipeline.review.redaction import RedactionLog
        from pipeline.workspace import Workspace

        with Workspace.open(ws) as w, ReviewDB(w.store_path) as db:
            log_ = RedactionLog(db)
            for d in w.store.documents(status="ok", include_text=False):
                if log_.verified(d.sha256):
                    counts["verified"] += 1
                elif log_.open_flags(d.sha256):
                    counts["flagged"] += 1
                elif not log_.state(d.sha256):
                    counts["not_checked"] += 1
                else:
                    log_.decide(d.sha256, db.version(d.sha256), "verified")
                    counts["verified"] += 1
    return counts


# ------------------------------------------------------------------ the checks (poppler only)


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).upper()


def _spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def pdf_pages(path: Path) -> tuple[int | None, list[str] | None, str]:
    """(pdfinfo's page count, pdftotext's text of each page, error)."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    if info.returncode != 0:
        return None, None, f"pdfinfo: {info.stderr.strip()[:200]}"
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True)
    if text.returncode != 0:
        return pages, None, f"pdftotext: {text.stderr.strip()[:200]}"
    per_page = text.stdout.split("\f")
    if per_page and not per_page[-1].strip():
        per_page = per_page[:-1]
    return pages, per_page, ""


class Checks:
    def __init__(self) -> None:
        self.rows: list[tuple[str, bool, str]] = []

    def add(self, name: str, ok: bool, detail: str = "") -> None:
        self.rows.append((name, bool(ok), detail))
        print(f"  [{'ok' if ok else 'FAIL'}] {name}" + (f": {detail}" if detail else ""), file=sys.stderr, flush=True)

    @property
    def passed(self) -> int:
        return sum(ok for _, ok, _ in self.rows)


def _place(d: dict, with_file: bool) -> str:
    pages = f"page {d['first_page']}" if d["first_page"] == d["last_page"] else \
        f"pages {d['first_page']}\u2013{d['last_page']}"
    return (f"{d['bundle']}, " if with_file else "") + pages


def _count(place: str, text: str) -> int:
    """How often a place ("01-SLO1.pdf, page 3") is in the text as itself ("page 3" is not in "page 30")."""
    return len(re.findall(rf"(?<![\w-]){re.escape(place)}(?![\d\u2013])", text))


def check_pack(out: Path, stdout: str, applicant: str, checks: Checks) -> dict:
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    docs = manifest["documents"]
    by_number = {d["number"]: d for d in docs}
    texts: dict[str, list[str]] = {}
    errors, counts_wrong = [], []
    for f in manifest["files"]:
        if not f["file"].endswith(".pdf"):
            continue
        pages, per_page, error = pdf_pages(out / f["file"])
        if error:
            errors.append(f"{f['file']}: {error}")
            continue
        texts[f["file"]] = per_page
        if not (pages == f["pages"] == len(per_page)):
            counts_wrong.append(f"{f['file']}: manifest {f['pages']}, pdfinfo {pages}, pdftotext {len(per_page)}")
    pdfs = [f for f in manifest["files"] if f["file"].endswith(".pdf")]
    checks.add("every PDF opens in pdfinfo and pdftotext", not errors and len(texts) == len(pdfs),
               f"{len(texts)}/{len(pdfs)} files" + (f"; {errors[:3]}" if errors else ""))
    total = sum(len(t) for t in texts.values())
    checks.add("manifest page counts = pdfinfo = pdftotext pages", not counts_wrong,
               f"{total} pages in {len(texts)} files" + (f"; {counts_wrong[:3]}" if counts_wrong else ""))
    checks.add("manifest total pages = the files' pages", manifest["limits"]["pages"] == total,
               f"manifest {manifest['limits']['pages']}, files {total}")

    # the footer on every page
    name = _spaces(applicant)
    no_name, no_footer, no_doc_footer = [], [], []
    for file, pages in texts.items():
        label = file[:-4]
        for n, text in enumerate(pages, 1):
            flat = _spaces(text)
            if name not in flat:
                no_name.append(f"{file} p{n}")
            if f"{label} \u00b7 page {n} of {len(pages)}" not in flat:
                no_footer.append(f"{file} p{n}")
    for d in docs:
        pages = texts.get(d["bundle"], [])
        for k, page in enumerate(range(d["first_page"], d["last_page"] + 1), 1):
            if page > len(pages) or f"Document {d['number']} \u00b7 page {k} of {d['pages']}" not in _spaces(pages[page - 1]):
                no_doc_footer.append(f"{d['bundle']} p{page}")
    checks.add("the applicant's name on every page", not no_name, f"{total - len(no_name)}/{total} pages"
               + (f"; missing on {no_name[:5]}" if no_name else ""))
    checks.add("'<file> · page x of y' on every page", not no_footer, f"{total - len(no_footer)}/{total} pages"
               + (f"; missing on {no_footer[:5]}" if no_footer else ""))
    doc_pages = sum(d["pages"] for d in docs)
    checks.add("'Document N · page k of m' on every document page", not no_doc_footer,
               f"{doc_pages - len(no_doc_footer)}/{doc_pages} pages" + (f"; missing on {no_doc_footer[:5]}" if no_doc_footer else ""))

    # the index: every document once, with its cross-references
    numbers = [d["number"] for d in docs]
    with open(out / "index.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    csv_numbers = [int(r["number"]) for r in rows]
    placed = [n for b in manifest["bundles"] for n in b["documents"]]
    checks.add("index.csv and the bundles list every document exactly once",
               sorted(csv_numbers) == sorted(numbers) == list(range(1, len(docs) + 1)) == sorted(placed),
               f"{len(set(csv_numbers))} rows for {len(docs)} documents, {len(placed)} placed in bundles")
    index_text = _spaces(" ".join(texts.get("index.pdf", [])))
    wrong = []
    for d in docs:
        seen = _count(_place(d, True), index_text)
        if seen != 1 + len(d["cross_referenced_in"]):
            wrong.append(f"document {d['number']}: {seen} for {1 + len(d['cross_referenced_in'])}")
    crossrefs = sum(len(d["cross_referenced_in"]) for d in docs)
    checks.add("index.pdf: each document once, plus once per cross-reference (by bundle and pages)", not wrong,
               f"{len(docs)} documents, {crossrefs} cross-references" + (f"; {wrong[:5]}" if wrong else ""))
    wrong = []
    for b in manifest["bundles"]:
        own_index = _spaces(" ".join(texts.get(b["file"], [])[: b["index_pages"]]))
        for n in b["documents"]:
            d = by_number[n]
            if not re.search(rf"(?<![\d.]){n}\. ", own_index) or not _count(_place(d, False), own_index):
                wrong.append(f"{b['file']}: document {n}")
        for n in b["cross_references"]:
            if _count(_place(by_number[n], True), own_index) != 1:
                wrong.append(f"{b['file']}: cross-reference {n}")
            if b["file"] not in by_number[n]["cross_referenced_in"]:
                wrong.append(f"{b['file']}: cross-reference {n} not in the document's list")
    bundle_refs = sum(len(b["cross_references"]) for b in manifest["bundles"])
    checks.add("each bundle's index lists its documents (number, pages) and its cross-references (bundle, pages)",
               not wrong, f"{len(manifest['bundles'])} bundles, {bundle_refs} cross-references in bundles"
               + (f"; {wrong[:5]}" if wrong else ""))

    # the limits
    lim = manifest["limits"]
    over_pages = lim["pages"] > lim["expected_pages"][1]
    over_uploads = lim["uploads"] > lim["max_documents"]
    reported = (f"uploads: {lim['uploads']} file(s) (limit about {lim['max_documents']}); pages: {lim['pages']} "
                f"(expected {lim['expected_pages'][0]}-{lim['expected_pages'][1]})") in stdout
    warned_pages = any(w.startswith(f"{lim['pages']} pages: more than") for w in manifest["warnings"])
    warned_uploads = any("files to upload: more than" in w for w in manifest["warnings"])
    drop = any(w.startswith("drop first") or w.startswith("then ") for w in manifest["warnings"])
    in_stdout = all(f"warning: {w}" in stdout for w in manifest["warnings"])
    ok = (reported and lim["over"] == (over_pages or over_uploads) and warned_pages == over_pages
          and warned_uploads == over_uploads and (drop or not lim["over"]) and in_stdout)
    checks.add("limits reported, and warned about (with what to drop) exactly when exceeded", ok,
               f"{lim['documents']} documents in {lim['uploads']} uploads (limit {lim['max_documents']}), "
               f"{lim['pages']} pages (expected {lim['expected_pages'][0]}-{lim['expected_pages'][1]}), "
               f"{lim['megabytes']:.1f} MB; over: {lim['over']}")
    return {"manifest": manifest, "texts": texts}


def _tokens(text: str) -> str:
    """Upper-case letters and digits as space-separated words, with a space at each end: an identifier is found
    as whole words (squashing the spaces out would find "Sato" in "Sat Oct")."""
    return " " + " ".join(re.findall(r"[A-Z0-9]+", text.upper())) + " "


def check_identifiers(out: Path, packed: dict, ws: Path, checks: Checks) -> None:
    """The sample's labelled identifiers (``corpora/sample-src/manifest.jsonl``: what a person marked in each
    source, not what the engine found): none of a document's on its own pages (poppler's text, and Tesseract's on
    each page holding a picture), nor in the indexes, ``index.csv`` or ``manifest.json``.  Per document, because
    the same colleague may be a signer who stays in one document and someone referred to in another."""
    import pypdfium2 as pdfium
    import pytesseract

    manifest, texts = packed["manifest"], packed["texts"]
    labels = {json.loads(l)["source"].rsplit(".", 1)[0]: json.loads(l)
              for l in (ROOT / "corpora" / "sample-src" / "manifest.jsonl").read_text().splitlines() if l.strip()}
    names = _source_names(ws)
    indexes = list(texts.get("index.pdf", []))
    for b in manifest["bundles"]:
        indexes += texts[b["file"]][: b["index_pages"]]
    shared = _tokens("\n".join(indexes + [(out / "index.csv").read_text(encoding="utf-8"),
                                          (out / "manifest.json").read_text(encoding="utf-8")]))
    found: dict[str, int] = {}
    labelled = ocr_pages = 0
    for d in manifest["documents"]:
        row = labels.get(Path(names.get(d["sha256"], "")).stem)
        if not row:
            continue
        own = texts[d["bundle"]][d["first_page"] - 1: d["last_page"]]
        if d["source_format"] in ("pdf", "image"):
            pdf = pdfium.PdfDocument(str(out / d["bundle"]))
            try:
                for i in range(d["first_page"] - 1, d["last_page"]):
                    page = pdf[i]
                    if any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects()):
                        own.append(pytesseract.image_to_string(page.render(scale=200 / 72).to_pil().convert("L")))
                        ocr_pages += 1
            finally:
                pdf.close()
        own_text = _tokens("\n".join(own))
        for ident in row["identifiers"]:
            if len(_squash(ident["text"])) < 4:  # initials: too short to search for as text
                continue
            labelled += 1
            words = _tokens(ident["text"])
            if words in own_text or words in shared:
                found[ident["type"]] = found.get(ident["type"], 0) + 1
    what = ", ".join(f"{n} {t}" for t, n in sorted(found.items()))
    checks.add("no labelled identifier on its document's pages (text, and OCR of picture pages) or in the indexes",
               not found, f"{labelled} labelled identifiers of {len(manifest['documents'])} packed documents, "
               f"{ocr_pages} picture pages OCR'd" + (f"; found (types only): {what}" if found else ""))


def _source_names(ws: Path) -> dict[str, str]:
    from pipeline.workspace import Workspace

    with Workspace.open(ws) as w:
        return {d.sha256: d.path for d in w.store.documents(include_text=False)}


# ------------------------------------------------------------------ one corpus


def corpus_run(label: str, base: Path, evidence: Path, args, verify_ocr: bool, identifiers: bool,
               verify_in_app: bool = True) -> dict:
    base.mkdir(parents=True, exist_ok=True)
    steps = Steps(base, args.reuse)
    ws, copies, pack = base / "ws", base / "copies", base / "pack"
    timings = {}
    if not args.reuse or "init" not in steps.done:
        shutil.rmtree(ws, ignore_errors=True)
    print(f"{label}:", file=sys.stderr)
    timings["init"] = steps.step("init", CESR + ["init", str(ws), "--curriculum", CURRICULUM, "--applicant", APPLICANT])
    timings["add"] = steps.step("add", CESR + ["add", str(evidence), "--workspace", str(ws), "--no-progress"])
    timings["suggest"] = steps.step("suggest", CESR + ["suggest", "--workspace", str(ws)])
    timings["accept"] = steps.step("accept", CESR + ["accept", "--workspace", str(ws), "--min-confidence",
                                                    str(args.min_confidence)])
    redact = CESR + ["redact", "--workspace", str(ws), "--out", str(copies), "--no-progress", "--allow-flags"]
    timings["redact"] = steps.step("redact", redact + ([] if verify_ocr else ["--no-verify-ocr"]))
    timings["review"] = steps.step("review", fn=lambda log: review_all(ws, log, verify_in_app))
    shutil.rmtree(pack, ignore_errors=True)
    steps.done.pop("pack", None)
    timings["pack"] = steps.step("pack", CESR + ["pack", "--workspace", str(ws), "--out", str(pack), "--no-progress"])
    stdout = (base / "pack.log").read_text(encoding="utf-8")
    checks = Checks()
    t = time.perf_counter()
    packed = check_pack(pack, stdout, APPLICANT, checks)
    if identifiers:
        check_identifiers(pack, packed, ws, checks)
    timings["checks"] = {"wall_s": round(time.perf_counter() - t, 1)}
    manifest = packed["manifest"]
    accept_log = (base / "accept.log").read_text(encoding="utf-8").strip().splitlines()
    result = {"label": label, "timings": timings, "checks": checks.rows, "passed": checks.passed,
            "documents": manifest["limits"]["documents"], "bundles": len(manifest["bundles"]),
            "pages": manifest["limits"]["pages"], "megabytes": manifest["limits"]["megabytes"],
            "uploads": manifest["limits"]["uploads"], "left_out": [e["reason"] for e in manifest["left_out"]], "warnings": manifest["warnings"],
            "cross_references": sum(len(d["cross_referenced_in"]) for d in manifest["documents"]),
            "review": timings["review"], "accept": accept_log[0] if accept_log else "",
            "limits": manifest["limits"]}
    (base / "result.json").write_text(json.dumps(result, indent=2))
    return result


# ------------------------------------------------------------------ the report


def _section(results: list[dict], args, setup: dict) -> str:
    from _results import machine

    stage_names = ["generate", "init", "add", "suggest", "accept", "redact", "review", "pack", "checks"]
    head = "| step | " + " | ".join(r["label"] for r in results) + " |\n|---|" + "---|" * len(results) + "\n"
    rows = []
    for name in stage_names:
        cells = []
        for r in results:
            t = r["timings"].get(name)
            if t is None:
                cells.append("")
                continue
            cell = f"{t['wall_s']:.1f} s"
            if t.get("peak_mib"):
                cell += f", {t['peak_mib']} MiB"
            if t.get("load") is not None:
                cell += f" (load {t['load']})"
            if t.get("reused"):
                cell += ", from an earlier run"
            cells.append(cell)
        if any(cells):
            rows.append(f"| {name} | " + " | ".join(cells) + " |")
    facts = []
    for r in results:
        lim = r["limits"]
        rv = r["review"]
        reasons: dict[str, int] = {}
        for reason in r["left_out"]:
            key = re.sub(r"\b\d+\b", "N", re.split(r"[:(]", reason)[0].strip())
            reasons[key] = reasons.get(key, 0) + 1
        left = ", ".join(f"{n} ({k.replace('N ', '')})" for k, n in sorted(reasons.items())) or "none"
        facts.append(
            f"**{r['label']}**: `cesr accept --min-confidence {args.min_confidence}`: {r['accept']}. Review through the "
            f"app's API: {rv.get('reviewed')} marked reviewed, {rv.get('verified')} verified, {rv.get('flagged')} with "
            f"open leak-check flags (left for the redaction view). Pack: **{r['documents']} documents in "
            f"{r['bundles']} bundles, {r['pages']} pages, {r['megabytes']:.1f} MB, {r['uploads']} uploads** (limits: "
            f"{lim['max_documents']} uploads, {lim['expected_pages'][0]}-{lim['expected_pages'][1]} pages; over: "
            f"{lim['over']}), {r['cross_references']} cross-references; left out: {left}. Checks: "
            f"**{r['passed']}/{len(r['checks'])} passed**.")
    check_rows = "\n".join(
        f"| {name} | " + " | ".join(next(("pass" if ok else "**FAIL**") + (f": {detail}" if detail else "")
                                         for n, ok, detail in r["checks"] if n == name) if any(
            n == name for n, _, _ in r["checks"]) else "" for r in results) + " |"
        for name in dict.fromkeys(n for r in results for n, _, _ in r["checks"]))
    gen = setup.get("generated")
    corpus = (f"{args.n} letters from `benchmarks/generate.py` (seed 2026; {gen['digital']} text-layer PDFs, "
              f"{gen['scanned']} image-only scans, {gen['target_pages']} pages)" if gen else "")
    return f"""## Application pack, acceptance (`cesr init` to `cesr pack`, checked with poppler)

Measured with `.venv/bin/python benchmarks/pack_acceptance.py --n {args.n} --scan-share {args.scan_share} --min-confidence {args.min_confidence}` on {machine()}.
Corpora: `corpora/sample` (22 mixed-format files){'; ' + corpus if corpus else ''}. Every step is the command
a doctor types, run as a child process (wall time; peak memory = RSS summed over its process tree; the 1-minute
load average when it ended, the machine being shared); the review is done through the review app's JSON API
(every document marked reviewed, every copy with no open flag verified; for the generated corpus the verification
goes through `RedactionLog`, the app's redaction view costing about 1 s a document). The generated corpus's
copies are leak-checked without OCR (`--no-verify-ocr`), the sample's with it.

{head}{chr(10).join(rows)}

{chr(10).join(chr(10) + f for f in facts)}

| check (poppler: `pdfinfo`, `pdftotext`; Tesseract for picture pages) | {' | '.join(r['label'] for r in results)} |
|---|{'---|' * len(results)}
{check_rows}
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="generated letters")
    parser.add_argument("--scan-share", type=float, default=0.05, help="share of the letters that are scans")
    parser.add_argument("--min-confidence", type=float, default=0.5, help="the bulk accept's threshold")
    parser.add_argument("--work", type=Path, default=ROOT / "benchmarks" / "work" / "pack-acceptance")
    parser.add_argument("--reuse", action="store_true", help="do not run again the steps done in --work")
    parser.add_argument("--only", choices=["sample", "generated"])
    parser.add_argument("--no-write", action="store_true", help="do not write benchmarks/RESULTS.md")
    parser.add_argument("--report-only", action="store_true",
                        help="run nothing: write the section from the results kept in --work")
    args = parser.parse_args()
    for tool in ("pdfinfo", "pdftotext", "tesseract"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing: make setup installs poppler-utils and tesseract-ocr")
    args.work.mkdir(parents=True, exist_ok=True)
    setup: dict = {}
    if args.report_only:
        args.only = "none"
    if args.only in (None, "sample"):
        corpus_run("sample corpus (22 files)", args.work / "sample", ROOT / "corpora" / "sample", args,
                   verify_ocr=True, identifiers=True)
    if args.only in (None, "generated"):
        evidence = args.work / "evidence" / "letters"
        marker = args.work / "evidence" / "generated.json"
        wanted = {"n": args.n, "scan_share": args.scan_share}
        made = json.loads(marker.read_text()) if marker.exists() else {}
        if not (args.reuse and made.get("params") == wanted):
            from generate import generate

            shutil.rmtree(evidence, ignore_errors=True)
            t = time.perf_counter()
            counts = generate(args.n, evidence, scan_share=args.scan_share)
            made = {"params": wanted, "counts": counts, "wall_s": round(time.perf_counter() - t, 1)}
            marker.write_text(json.dumps(made))
            shutil.rmtree(args.work / "generated", ignore_errors=True)  # a new corpus: every step again
        corpus_run(f"{args.n} generated letters", args.work / "generated", evidence, args, verify_ocr=False,
                   identifiers=False, verify_in_app=False)
    # the section: every corpus with a result in --work (a corpus run alone keeps the other's last result)
    results = [json.loads((args.work / name / "result.json").read_text()) for name in ("sample", "generated")
               if (args.work / name / "result.json").exists()]
    marker = args.work / "evidence" / "generated.json"
    if marker.exists() and (args.work / "generated" / "result.json").exists():
        made = json.loads(marker.read_text())
        setup["generated"] = made["counts"]
        results[-1]["timings"] = {"generate": {"wall_s": made["wall_s"]}, **results[-1]["timings"]}
    if not results:
        raise SystemExit(f"no result in {args.work}")
    body = _section(results, args, setup)
    print(body)
    if not args.no_write:
        from _results import write_section

        write_section("pack-acceptance", body)
    return 0 if all(r["passed"] == len(r["checks"]) for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
