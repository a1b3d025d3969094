#!/usr/bin/env python3
"""Validator for the s4-dev set.  Run:  /work/main/.venv/bin/python check.py [--ocr] [--draw OUTDIR]

texts.jsonl: ids unique; every identifier and keep string occurs verbatim in its text; no occurrence of a keep
             string overlaps an occurrence of an identifier string; applicant's name form is not an identifier.
files.jsonl: file exists, format and page count match; every box is within [0,1] with x0<x1, y0<y1 and a valid
             page; every barcode decodes (value and symbology) in the original file on its page with its centre
             inside the declared box; for PDFs with a text layer every identifier/keep string is found by
             pdftotext inside its box; for DOCX every string occurs in body, tables, headers or footers.
--ocr        also OCR raster pages with tesseract and report boxes whose OCR text differs (warnings only).
--draw DIR   draw all boxes on copies of every page into DIR (for eyeballing; never into the set).
"""
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile

import zxingcpp
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
FMT = {"Code128": "Code128", "QRCode": "QRCode"}
errors, warnings = [], []


def err(m):
    errors.append(m)


def warn(m):
    warnings.append(m)


def occ(text, s):
    i = text.find(s)
    while i >= 0:
        yield i, i + len(s)
        i = text.find(s, i + 1)


# ------------------------------------------------------------------ texts
def check_texts():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "texts.jsonl"), encoding="utf-8")]
    ids = set()
    for r in rows:
        for k in ("id", "kind", "applicant", "text", "identifiers", "keep"):
            if k not in r:
                err(f"{r.get('id')}: missing {k}")
        if r["id"] in ids:
            err(f"{r['id']}: duplicate id")
        ids.add(r["id"])
        t = r["text"]
        spans = []
        seen = set()
        for it in r["identifiers"]:
            if it["type"] not in TYPES:
                err(f"{r['id']}: bad type {it['type']}")
            if it["text"] in seen:
                err(f"{r['id']}: identifier listed twice {it['text']!r}")
            seen.add(it["text"])
            o = list(occ(t, it["text"]))
            if not o:
                err(f"{r['id']}: identifier not in text: {it['text']!r}")
            spans += o
        for k in r["keep"]:
            o = list(occ(t, k))
            if not o:
                err(f"{r['id']}: keep not in text: {k!r}")
            for a, b in o:
                if any(a < y and x < b for x, y in spans):
                    err(f"{r['id']}: keep {k!r} overlaps an identifier")
        # applicant name must not be covered by an identifier
        for a, b in occ(t, r["applicant"]):
            if any(a < y and x < b for x, y in spans):
                err(f"{r['id']}: applicant name overlaps an identifier")
        if r["applicant"] not in r["keep"] and r["applicant"] in t:
            warn(f"{r['id']}: applicant full name occurs but is not in keep")
        # case-insensitive whole-word look-alikes (information only)
        for it in r["identifiers"]:
            s = it["text"]
            if len(s) < 3:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", t, re.I):
                if t[m.start():m.end()] != s and not any(x <= m.start() and m.end() <= y for x, y in spans):
                    warn(f"{r['id']}: case variant {t[m.start():m.end()]!r} of identifier {s!r} left as is")
        if not 8 <= len(r["keep"]) <= 20:
            warn(f"{r['id']}: {len(r['keep'])} keep strings")
    return rows


# ------------------------------------------------------------------ files
def render_pdf(path, dpi=200):
    tmp = tempfile.mkdtemp()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", path, os.path.join(tmp, "p")], check=True)
    files = sorted(os.listdir(tmp), key=lambda n: int(re.findall(r"(\d+)\.png$", n)[0]))
    return [Image.open(os.path.join(tmp, f)).convert("RGB") for f in files]


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def pdf_words(path):
    """per page: list of (word, x0, y0, x1, y1) as page fractions, from pdftotext -bbox"""
    out = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True).stdout
    pages = []
    for pm in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        W, H = float(pm.group(1)), float(pm.group(2))
        words = []
        for wm in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                              pm.group(3)):
            x0, y0, x1, y1 = (float(v) for v in wm.groups()[:4])
            w = wm.group(5).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            words.append((w, x0 / W, y0 / H, x1 / W, y1 / H))
        pages.append(words)
    return pages


def norm(s):
    return re.sub(r"\s+", "", s)


def words_in_box(words, box, slack=0.004):
    x0, y0, x1, y1 = box
    got = []
    for w, a, b, c, d in words:
        cx, cy = (a + c) / 2, (b + d) / 2
        if x0 - slack <= cx <= x1 + slack and y0 - slack <= cy <= y1 + slack:
            got.append(w)
    return " ".join(got)


def ocr_words(im, psm=11):
    with tempfile.NamedTemporaryFile(suffix=".png") as f:
        im.save(f.name)
        out = subprocess.run(["tesseract", f.name, "-", "--psm", str(psm), "tsv"], capture_output=True, text=True).stdout
    words = []
    W, H = im.size
    for line in out.splitlines()[1:]:
        p = line.split("\t")
        if len(p) == 12 and p[11].strip():
            l, t, w, h = (int(v) for v in p[6:10])
            words.append((p[11], l / W, t / H, (l + w) / W, (t + h) / H))
    return words


def load_raster_pages(path, fmt):
    if fmt == "pdf":
        return render_pdf(path)
    im = Image.open(path)
    pages = []
    for i in range(getattr(im, "n_frames", 1)):
        im.seek(i)
        pages.append(im.convert("RGB"))
    return pages


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = []

    def add_paras(container):
        for p in container.paragraphs:
            parts.append(p.text)
        for t in container.tables:
            for row in t.rows:
                for cell in row.cells:
                    add_paras(cell)

    add_paras(d)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header, s.even_page_footer):
            if hf is not None and not hf.is_linked_to_previous:
                add_paras(hf)
    return "\n".join(parts)


def check_box(rid, what, e, pages):
    b = e.get("box")
    if not (isinstance(b, list) and len(b) == 4):
        err(f"{rid}: {what} {e.get('text', e.get('value'))!r} has no box")
        return False
    if not all(0 <= v <= 1 for v in b) or not (b[0] < b[2] and b[1] < b[3]):
        err(f"{rid}: {what} {e.get('text', e.get('value'))!r} bad box {b}")
        return False
    if not (1 <= e.get("page", 0) <= pages):
        err(f"{rid}: {what} {e.get('text', e.get('value'))!r} bad page {e.get('page')}")
        return False
    return True


def check_files(do_ocr=False, draw_dir=None):
    rows = [json.loads(l) for l in open(os.path.join(HERE, "files.jsonl"), encoding="utf-8")]
    stats = {"barcodes": 0}
    for r in rows:
        rid = r["id"]
        path = os.path.join(HERE, r["file"])
        if not os.path.exists(path):
            err(f"{rid}: missing file {r['file']}")
            continue
        fmt = r["format"]
        ext = os.path.splitext(path)[1].lower()
        if {"png": [".png"], "jpeg": [".jpg", ".jpeg"], "tiff": [".tif", ".tiff"], "pdf": [".pdf"], "docx": [".docx"]}[fmt].count(ext) == 0:
            err(f"{rid}: extension {ext} does not match format {fmt}")
        for it in r["identifiers"]:
            if it["type"] not in TYPES:
                err(f"{rid}: bad type {it['type']}")
        if fmt == "docx":
            t = docx_text(path)
            for e in r["identifiers"] + r["keep"]:
                if "box" in e or "page" in e:
                    err(f"{rid}: docx entries take no page/box")
                if e["text"] not in t:
                    err(f"{rid}: docx string not found: {e['text']!r}")
            idspans = [sp for e in r["identifiers"] for sp in occ(t, e["text"])]
            for e in r["keep"]:
                for a, b in occ(t, e["text"]):
                    if any(a < y and x < b for x, y in idspans):
                        err(f"{rid}: docx keep {e['text']!r} overlaps an identifier")
            continue
        # page count
        if fmt == "pdf":
            n = pdf_pages(path)
        else:
            n = getattr(Image.open(path), "n_frames", 1)
        if n != r["pages"]:
            err(f"{rid}: pages {r['pages']} but file has {n}")
        for e in r["identifiers"]:
            check_box(rid, "identifier", e, n)
        for e in r["keep"]:
            check_box(rid, "keep", e, n)
        for e in r.get("photos", []):
            check_box(rid, "photo", e, n)
        for e in r.get("barcodes", []):
            check_box(rid, "barcode", e, n)
        # identifier boxes must not overlap keep boxes much (sanity)
        for a in r["identifiers"]:
            for k in r["keep"]:
                if a["page"] == k["page"]:
                    ix = min(a["box"][2], k["box"][2]) - max(a["box"][0], k["box"][0])
                    iy = min(a["box"][3], k["box"][3]) - max(a["box"][1], k["box"][1])
                    if ix > 0.003 and iy > 0.006 and r.get("kind", "").endswith("photo") is False:
                        warn(f"{rid}: identifier {a['text']!r} box overlaps keep {k['text']!r} box")
        pages = load_raster_pages(path, fmt)
        # barcodes
        for e in r.get("barcodes", []):
            stats["barcodes"] += 1
            im = pages[e["page"] - 1]
            W, H = im.size
            found = False
            for res in zxingcpp.read_barcodes(im):
                name = getattr(res.format, "name", str(res.format))
                if res.text == e["value"] and name == e["format"]:
                    p = res.position
                    cx = (p.top_left.x + p.top_right.x + p.bottom_left.x + p.bottom_right.x) / 4 / W
                    cy = (p.top_left.y + p.top_right.y + p.bottom_left.y + p.bottom_right.y) / 4 / H
                    b = e["box"]
                    if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]:
                        found = True
            if not found:
                err(f"{rid}: barcode {e['format']} {e['value']!r} not decoded inside its box on page {e['page']}")
        # text-layer PDFs: strings found inside their boxes
        if fmt == "pdf":
            words = pdf_words(path)
            has_text = any(words)
            if has_text and not r["kind"].startswith("scanned"):
                for e in r["identifiers"] + r["keep"]:
                    got = words_in_box(words[e["page"] - 1], e["box"])
                    if norm(e["text"]) not in norm(got):
                        err(f"{rid}: pdf text {e['text']!r} not inside its box (found {got!r})")
            elif r["kind"].startswith("scanned") and has_text:
                err(f"{rid}: scanned PDF unexpectedly has a text layer")
        if do_ocr and not (fmt == "pdf" and not r["kind"].startswith("scanned")):
            for pn, im in enumerate(pages, 1):
                wordsets = [ocr_words(im, 11), ocr_words(im, 3)]
                for e in r["identifiers"] + r["keep"]:
                    if e["page"] != pn:
                        continue
                    best = (-1, "")
                    for words in wordsets:
                        got = words_in_box(words, e["box"], slack=0.0)
                        q = difflib.SequenceMatcher(None, norm(e["text"]).lower(), norm(got).lower()).ratio()
                        best = max(best, (q, got))
                    ratio, got = best
                    if ratio < 0.6:
                        warn(f"{rid} p{pn}: OCR in box of {e['text']!r} reads {got!r} ({ratio:.2f})")
        if draw_dir:
            os.makedirs(draw_dir, exist_ok=True)
            for pn, im in enumerate(pages, 1):
                im = im.copy()
                d = ImageDraw.Draw(im)
                W, H = im.size
                for e, col in [(x, (255, 0, 0)) for x in r["identifiers"]] + [(x, (0, 170, 0)) for x in r["keep"]] + \
                              [(x, (0, 0, 255)) for x in r.get("barcodes", [])] + [(x, (255, 0, 255)) for x in r.get("photos", [])]:
                    if e.get("page") == pn:
                        b = e["box"]
                        d.rectangle([b[0] * W, b[1] * H, b[2] * W, b[3] * H], outline=col, width=2)
                im.save(os.path.join(draw_dir, f"{rid}-p{pn}.png"))
    return rows, stats


def main():
    do_ocr = "--ocr" in sys.argv
    draw_dir = None
    if "--draw" in sys.argv:
        draw_dir = sys.argv[sys.argv.index("--draw") + 1]
        if os.path.abspath(draw_dir).startswith(HERE):
            sys.exit("--draw must point outside the set folder")
    trows = check_texts()
    frows, stats = check_files(do_ocr, draw_dir)
    allids = [r["id"] for r in trows] + [r["id"] for r in frows]
    if len(allids) != len(set(allids)):
        err("ids shared between texts.jsonl and files.jsonl")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"texts: {len(trows)}  files: {len(frows)}  barcodes checked: {stats['barcodes']}  "
          f"errors: {len(errors)}  warnings: {len(warnings)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
