#!/usr/bin/env python3
"""Checks the s7-holdout set.

texts.jsonl: fields, ids, types; every identifier and keep string occurs in its text; no identifier
occurrence overlaps a keep occurrence; person names carry no courtesy title; phone numbers in reserved ranges.
files.jsonl: file exists with the stated format and page count; every box lies inside the page and contains
ink in the rendered page; digital PDFs carry each labelled string in the text layer of that page, scans carry
no text layer; DOCX files contain every labelled string; every barcode decodes (zxing-cpp) to its value and
symbology from inside its box.
Run with /tmp/s7venv/bin/python."""
import json, os, re, sys
import numpy as np
from PIL import Image
import pypdfium2 as pdfium
import zxingcpp
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
TITLES = ("Dr ", "Mr ", "Mrs ", "Ms ", "Miss ", "Sister ", "Nurse ", "Dame ", "Prof ", "Paramedic ", "Prof. ")
PERSON = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME"}
FORMATS = {"png", "jpeg", "tiff", "pdf", "docx"}
errors = []

def err(msg):
    errors.append(msg)

def phone_ok(s):
    d = s.replace("I", "1").replace("O", "0").replace("l", "1")
    d = re.sub(r"\D", "", d)
    if d.startswith("44"):
        d = "0" + d[2:]
    if len(d) <= 5:          # extensions and bleeps
        return True
    if d.startswith("61491570"):  # Australian fictional range
        return True
    return d.startswith("01632960") or d.startswith("02079460") or d.startswith("07700900")

def occ(text, s):
    i, r = 0, []
    while True:
        j = text.find(s, i)
        if j < 0:
            return r
        r.append((j, j + len(s))); i = j + 1

def check_common(d, kind):
    for k in ("id", "kind", "applicant", "identifiers", "keep"):
        if k not in d:
            err(f"{d.get('id')}: missing {k}")
    for i in d["identifiers"]:
        if i["type"] not in TYPES:
            err(f"{d['id']}: bad type {i['type']}")
        if i["type"] in PERSON and i["text"].startswith(TITLES):
            err(f"{d['id']}: courtesy title inside name {i['text']!r}")
        if i["type"] == "PHONE" and not phone_ok(i["text"]):
            err(f"{d['id']}: phone outside reserved ranges {i['text']!r}")

def check_texts():
    n, ids = 0, set()
    for line in open(os.path.join(HERE, "texts.jsonl"), encoding="utf-8"):
        d = json.loads(line); n += 1
        check_common(d, "text")
        if d["id"] in ids: err(f"duplicate id {d['id']}")
        ids.add(d["id"])
        t = d["text"]
        kocc = [(a, b, k) for k in d["keep"] for a, b in occ(t, k)]
        for k in d["keep"]:
            if k not in t: err(f"{d['id']}: keep not in text {k!r}")
        seen = set()
        for i in d["identifiers"]:
            s = i["text"]
            if s in seen: err(f"{d['id']}: identifier listed twice {s!r}")
            seen.add(s)
            o = occ(t, s)
            if not o: err(f"{d['id']}: identifier not in text {s!r}")
            for a, b in o:
                for ka, kb, k in kocc:
                    if a < kb and ka < b:
                        err(f"{d['id']}: identifier {s!r} overlaps keep {k!r}")
    return n, ids

def render_pages(path, fmt):
    if fmt == "pdf":
        pdf = pdfium.PdfDocument(path)
        pages = [pdf[i].render(scale=2.5).to_pil().convert("L") for i in range(len(pdf))]
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        return pages, texts
    im = Image.open(path)
    return [im.convert("L")], [None]

def has_ink(page, box):
    W, H = page.size
    x0, y0, x1, y1 = int(box[0] * W), int(box[1] * H), int(np.ceil(box[2] * W)), int(np.ceil(box[3] * H))
    a = np.asarray(page).astype(np.int16)
    reg = a[max(0, y0):y1, max(0, x0):x1]
    if reg.size == 0:
        return False
    big = a[max(0, y0 - 6):y1 + 6, max(0, x0 - 6):x1 + 6]
    bg = np.percentile(big, 92)
    ink = (reg < bg - 60).sum()
    return ink >= 6 and ink / reg.size >= 0.004

def check_files():
    n, ids = 0, set()
    fmts = {"Code128": zxingcpp.BarcodeFormat.Code128, "QRCode": zxingcpp.BarcodeFormat.QRCode}
    nb = 0
    for line in open(os.path.join(HERE, "files.jsonl"), encoding="utf-8"):
        d = json.loads(line); n += 1
        check_common(d, "file")
        ids.add(d["id"])
        path = os.path.join(HERE, d["file"])
        if not os.path.exists(path):
            err(f"{d['id']}: missing file"); continue
        if d["format"] not in FORMATS: err(f"{d['id']}: bad format")
        if d["format"] == "docx":
            doc = docx.Document(path)
            parts = [p.text for p in doc.paragraphs]
            for t in doc.tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.append(c.text)
            for s in doc.sections:
                parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
            full = "\n".join(parts)
            for i in d["identifiers"]:
                if "box" in i or "page" in i: err(f"{d['id']}: docx entries carry no box")
                if i["text"] not in full: err(f"{d['id']}: docx lacks identifier {i['text']!r}")
            for k in d["keep"]:
                if k["text"] not in full: err(f"{d['id']}: docx lacks keep {k['text']!r}")
            continue
        pages, texts = render_pages(path, d["format"])
        if len(pages) != d["pages"]:
            err(f"{d['id']}: pages {d['pages']} but file has {len(pages)}")
        scanned = d["kind"].startswith(("scanned", "fax")) or d["format"] != "pdf"
        if d["format"] == "pdf":
            if scanned and any(t.strip() for t in texts):
                err(f"{d['id']}: scan has a text layer")
        entries = [("id", i) for i in d["identifiers"]] + [("keep", k) for k in d["keep"]] + \
                  [("barcode", b) for b in d.get("barcodes", [])] + [("photo", p) for p in d.get("photos", [])]
        for kind, e in entries:
            b, pg = e["box"], e["page"]
            if not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1):
                err(f"{d['id']}: box outside page or empty {e}"); continue
            if not 1 <= pg <= len(pages):
                err(f"{d['id']}: bad page {pg}"); continue
            page = pages[pg - 1]
            if kind in ("id", "keep"):
                if not has_ink(page, b):
                    err(f"{d['id']}: no ink in box for {e['text']!r}")
                if (b[2] - b[0]) * (b[3] - b[1]) > 0.05:
                    err(f"{d['id']}: implausibly large box for {e['text']!r}")
                if d["format"] == "pdf" and not scanned:
                    if e["text"] not in texts[pg - 1].replace("\r\n", "\n"):
                        err(f"{d['id']}: text layer of page {pg} lacks {e['text']!r}")
            if kind == "id":
                i = e
                if i["type"] not in TYPES: err(f"{d['id']}: bad type")
            if kind == "barcode":
                nb += 1
                W, H = page.size
                m = 12
                crop = page.crop((max(0, int(b[0] * W) - m), max(0, int(b[1] * H) - m),
                                  min(W, int(b[2] * W) + m), min(H, int(b[3] * H) + m)))
                res = zxingcpp.read_barcodes(crop)
                if not any(r.text == e["value"] and r.format == fmts[e["format"]] for r in res):
                    err(f"{d['id']}: barcode {e['value']!r} not decoded in its box (got {[r.text for r in res]})")
    return n, ids, nb

def main():
    nt, tids = check_texts()
    nf, fids, nb = check_files()
    want = {"h7-%03d" % i for i in range(1, 81)}
    if tids | fids != want or tids & fids:
        err(f"ids: missing {sorted(want - (tids | fids))}, overlap {sorted(tids & fids)}")
    for e in errors:
        print("FAIL", e)
    print(f"texts: {nt}  files: {nf}  barcodes checked: {nb}  errors: {len(errors)}")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
