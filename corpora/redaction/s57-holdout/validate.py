#!/usr/bin/env python
"""Checks the s57-holdout redaction set (texts.jsonl, files.jsonl, files/)."""
import json, os, sys, email, email.policy
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

def check_strings(did, text, ids, keeps):
    for t, ty in ids:
        if ty not in TYPES: err(did, "bad type", ty)
        if not t or t not in text: err(did, "identifier not in text:", repr(t))
    for k in keeps:
        if not k or k not in text: err(did, "keep not in text:", repr(k))
    both = {t for t, _ in ids} & set(keeps)
    if both: err(did, "string both identifier and keep:", both)
    isp = [(a, b, t) for t, _ in ids for a, b in spans(text, t)]
    for k in keeps:
        for a, b in spans(text, k):
            for c, d, t in isp:
                if a < d and c < b: err(did, "keep", repr(k), "overlaps identifier", repr(t))

seen = set()
n_text = 0
for line in open(os.path.join(HERE, "texts.jsonl"), encoding="utf-8"):
    d = json.loads(line); n_text += 1
    if d["id"] in seen: err("duplicate id", d["id"])
    seen.add(d["id"])
    for f in ("id", "kind", "applicant", "text", "identifiers", "keep"):
        if f not in d: err(d.get("id"), "missing field", f)
    check_strings(d["id"], d["text"], [(i["text"], i["type"]) for i in d["identifiers"]], d["keep"])

# ---------- files
import pdfplumber, pypdfium2, zxingcpp
from PIL import Image
import docx

def page_images(path, fmt, n):
    if fmt == "pdf":
        pdf = pypdfium2.PdfDocument(path)
        return [pdf[i].render(scale=200/72).to_pil().convert("RGB") for i in range(len(pdf))]
    im = Image.open(path)
    out = []
    for i in range(getattr(im, "n_frames", 1)):
        im.seek(i); out.append(im.convert("RGB"))
    return out

FMT = {"Code128": zxingcpp.BarcodeFormat.Code128, "QR": zxingcpp.BarcodeFormat.QRCode}
def inter(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

n_files = 0
for line in open(os.path.join(HERE, "files.jsonl"), encoding="utf-8"):
    d = json.loads(line); n_files += 1; did = d["id"]
    if did in seen: err("duplicate id", did)
    seen.add(did)
    path = os.path.join(HERE, d["file"])
    if not os.path.exists(path): err(did, "missing file"); continue
    fmt = d["format"]
    ids = [(i["text"], i["type"]) for i in d["identifiers"]]
    keeps = [k["text"] for k in d["keep"]]
    for t, ty in ids:
        if ty not in TYPES: err(did, "bad type", ty)
    both = {t for t, _ in ids} & set(keeps)
    if both: err(did, "string both identifier and keep:", both)
    if fmt in ("docx", "eml"):
        if fmt == "docx":
            doc = docx.Document(path)
            text = "\n".join(p.text for p in doc.paragraphs)
            for tb in doc.tables:
                for row in tb.rows:
                    text += "\n" + "\t".join(c.text for c in row.cells)
        else:
            msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
            text = "\n".join("%s: %s" % (k, v) for k, v in msg.items()) + "\n" + msg.get_body(("plain",)).get_content()
        check_strings(did, text, ids, keeps)
        if any("box" in i for i in d["identifiers"]): err(did, "docx/eml must not have boxes")
        continue
    # page count
    if fmt == "pdf":
        from pypdf import PdfReader
        npages = len(PdfReader(path).pages)
    else:
        im = Image.open(path); npages = getattr(im, "n_frames", 1)
        if im.format.lower() not in {"png": ("png",), "jpeg": ("jpeg",), "tiff": ("tiff",)}[fmt]: err(did, "format mismatch", im.format)
    if npages != d["pages"]: err(did, "page count", npages, "!=", d["pages"])
    entries = [("id", e) for e in d["identifiers"]] + [("keep", e) for e in d["keep"]]
    for kind, e in entries:
        b = e["box"]
        if not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1): err(did, "box outside page", e)
        if not (1 <= e["page"] <= npages): err(did, "bad page", e)
    for _, e in [x for x in entries if x[0] == "id"]:
        for _, k in [x for x in entries if x[0] == "keep"]:
            if e["page"] == k["page"] and inter(e["box"], k["box"]):
                err(did, "identifier box", e["text"], "overlaps keep box", k["text"])
    if fmt == "pdf":
        scanned = d["kind"].endswith("_scan")
        with pdfplumber.open(path) as pdf:
            alltext = "".join((p.extract_text() or "") for p in pdf.pages)
            if scanned and (alltext.strip() or any(p.chars for p in pdf.pages)): err(did, "scanned PDF has a text layer")
            if not scanned:
                if not alltext.strip(): err(did, "digital PDF has no text layer")
                for _, e in entries:
                    pg = pdf.pages[e["page"] - 1]
                    W, H = float(pg.width), float(pg.height)
                    b = e["box"]
                    crop = pg.crop((b[0]*W, b[1]*H, b[2]*W, b[3]*H))
                    got = crop.extract_text() or ""
                    if e["text"].replace(" ", "") not in got.replace(" ", "").replace("\n", ""):
                        err(did, "text layer in box", b, "reads", repr(got), "not", repr(e["text"]))
    # codes
    imgs = page_images(path, fmt, npages)
    listed = d.get("barcodes", [])
    found = []
    for pn, im in enumerate(imgs, 1):
        for r in zxingcpp.read_barcodes(im):
            pos = r.position
            cx = (pos.top_left.x + pos.top_right.x + pos.bottom_left.x + pos.bottom_right.x) / 4 / im.width
            cy = (pos.top_left.y + pos.top_right.y + pos.bottom_left.y + pos.bottom_right.y) / 4 / im.height
            found.append((pn, r.format, r.text, cx, cy))
    used = set()
    for c in listed:
        ok = False
        for j, (pn, f, txt, cx, cy) in enumerate(found):
            if j in used: continue
            b = c["box"]
            if pn == c["page"] and f == FMT[c["format"]] and txt == c["value"] and b[0] <= cx <= b[2] and b[1] <= cy <= b[3]:
                used.add(j); ok = True; break
        if not ok: err(did, "listed code not decoded in its box:", c)
    for j, fnd in enumerate(found):
        if j not in used: err(did, "unlisted code decoded:", fnd)

if errors:
    print("\n".join(errors)); print("FAIL:", len(errors), "problems"); sys.exit(1)
print("PASS: %d text documents, %d file documents" % (n_text, n_files))
