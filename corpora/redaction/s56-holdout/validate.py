"""Checks the s56 hold-out redaction set. Run: .venv/bin/python validate.py"""
import json, os, re, sys, email
from email import policy
import pdfplumber, pypdfium2, zxingcpp, docx
from PIL import Image, ImageSequence

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
APPLICANTS = {"Dr Sushila Adhikari", "Dr Omer Elfadil Hassan", "Dr Zeynep Aydoğdu", "Dr Njeri Wambui Mwangi", "Dr Rami Al-Khatib",
              "Dr Lucía Fernández Ortega", "Dr Parisa Rahimi", "Dr Tobias Brandstätter", "Dr Tendai Chikwanha", "Dr Kavitha Sivapalan"}
FMT = {"Code128": "Code128", "QRCode": "QRCode"}
errors = []
def err(did, msg): errors.append(f"{did}: {msg}")

def occ(text, s):
    return [(m.start(), m.end()) for m in re.finditer(re.escape(s), text)]

def check_strings(did, text, ids, keeps):
    """identifiers and keep strings occur; none is both; no identifier occurrence overlaps a keep occurrence."""
    idtexts = set()
    spans = []
    for i in ids:
        if i.get("type") not in TYPES: err(did, f"bad type {i.get('type')!r} for {i['text']!r}")
        o = occ(text, i["text"])
        if not o: err(did, f"identifier not found: {i['text']!r}")
        spans += o; idtexts.add(i["text"])
    for k in keeps:
        if k in idtexts: err(did, f"string is both identifier and keep: {k!r}")
        o = occ(text, k)
        if not o: err(did, f"keep not found: {k!r}")
        for a, b in o:
            for c, d in spans:
                if a < d and c < b: err(did, f"keep {k!r} overlaps an identifier occurrence {text[c:d]!r}")

ids_seen = set()
# ---------------- texts
n_texts = 0
for line in open(os.path.join(HERE, "texts.jsonl"), encoding="utf-8"):
    d = json.loads(line); n_texts += 1
    if d["id"] in ids_seen: err(d["id"], "duplicate id")
    ids_seen.add(d["id"])
    if d["applicant"] not in APPLICANTS: err(d["id"], "unknown applicant")
    check_strings(d["id"], d["text"], d["identifiers"], d["keep"])

# ---------------- files
def in_box(box, x, y): return box[0] <= x <= box[2] and box[1] <= y <= box[3]

def page_images(path, fmt):
    if fmt == "pdf":
        pdf = pypdfium2.PdfDocument(path)
        return [pdf[i].render(scale=3).to_pil() for i in range(len(pdf))]
    im = Image.open(path)
    return [f.copy() for f in ImageSequence.Iterator(im)]

def check_codes(did, r, imgs):
    listed = [dict(b, _used=False) for b in r.get("barcodes", [])]
    for b in listed:
        if b["format"] not in FMT: err(did, f"bad code format {b['format']}")
    for pno, im in enumerate(imgs, 1):
        W, H = im.size
        for res in zxingcpp.read_barcodes(im.convert("L")):
            fmt = str(res.format).split(".")[-1].replace(" ", "")
            pos = res.position
            cx = (pos.top_left.x + pos.top_right.x + pos.bottom_left.x + pos.bottom_right.x) / 4 / W
            cy = (pos.top_left.y + pos.top_right.y + pos.bottom_left.y + pos.bottom_right.y) / 4 / H
            match = [b for b in listed if not b["_used"] and b["page"] == pno and b["format"] == fmt
                     and b["value"] == res.text and in_box(b["box"], cx, cy)]
            if not match:
                err(did, f"unlisted or misplaced code on page {pno}: {fmt} {res.text!r} at ({cx:.3f},{cy:.3f})")
            else:
                match[0]["_used"] = True
    for b in listed:
        if not b["_used"]: err(did, f"listed code not decoded: {b['format']} {b['value']!r} page {b['page']}")
    return len(listed)

n_codes = {"Code128": 0, "QRCode": 0}
n_files = 0
for line in open(os.path.join(HERE, "files.jsonl"), encoding="utf-8"):
    r = json.loads(line); did = r["id"]; n_files += 1
    if did in ids_seen: err(did, "duplicate id")
    ids_seen.add(did)
    if r["applicant"] not in APPLICANTS: err(did, "unknown applicant")
    path = os.path.join(HERE, r["file"])
    if not os.path.exists(path): err(did, "file missing"); continue
    fmt = r["format"]
    if fmt in ("docx", "eml"):
        if fmt == "docx":
            dd = docx.Document(path)
            parts = [p.text for p in dd.paragraphs]
            for t in dd.tables:
                for row in t.rows:
                    for c in row.cells: parts.append(c.text)
            text = "\n".join(parts)
        else:
            m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
            text = "\n".join(f"{k}: {v}" for k, v in m.items()) + "\n\n" + m.get_body(("plain",)).get_content()
        for e in r["identifiers"] + r["keep"]:
            if "box" in e or "page" in e: err(did, "docx/eml entries must not have page/box")
        check_strings(did, text, r["identifiers"], [k["text"] for k in r["keep"]])
        if r.get("barcodes"): err(did, "docx/eml with barcodes")
        continue
    # page-based files
    imgs = page_images(path, fmt)
    if len(imgs) != r["pages"]: err(did, f"page count {len(imgs)} != {r['pages']}")
    idtexts = {i["text"] for i in r["identifiers"]}
    for i in r["identifiers"]:
        if i["type"] not in TYPES: err(did, f"bad type {i['type']}")
    for k in r["keep"]:
        if k["text"] in idtexts: err(did, f"both identifier and keep: {k['text']!r}")
    entries = [("id", e) for e in r["identifiers"]] + [("keep", e) for e in r["keep"]]
    for kind, e in entries:
        b = e["box"]
        if not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1): err(did, f"box outside page or empty: {e['text']!r} {b}")
        if not (1 <= e["page"] <= r["pages"]): err(did, f"bad page for {e['text']!r}")
    # identifier boxes must not overlap keep boxes
    for _, e in [x for x in entries if x[0] == "id"]:
        for _, k in [x for x in entries if x[0] == "keep"]:
            if e["page"] == k["page"]:
                a, c = e["box"], k["box"]
                ix = min(a[2], c[2]) - max(a[0], c[0]); iy = min(a[3], c[3]) - max(a[1], c[1])
                if ix > 0.002 and iy > 0.002: err(did, f"identifier box {e['text']!r} overlaps keep box {k['text']!r}")
    if fmt == "pdf":
        with pdfplumber.open(path) as pdf:
            nchars = sum(len(p.chars) for p in pdf.pages)
            if r.get("scanned"):
                if nchars: err(did, "scanned PDF has a text layer")
            else:
                for pno, p in enumerate(pdf.pages, 1):
                    if not p.chars: err(did, f"digital PDF page {pno} has no text layer")
                for _, e in entries:
                    p = pdf.pages[e["page"] - 1]; W, H = float(p.width), float(p.height); b = e["box"]
                    got = "".join(ch["text"] for ch in p.chars
                                  if in_box(b, (ch["x0"] + ch["x1"]) / 2 / W, (ch["top"] + ch["bottom"]) / 2 / H))
                    if re.sub(r"\s", "", got) != re.sub(r"\s", "", e["text"]):
                        err(did, f"text layer in box spells {got!r}, expected {e['text']!r}")
    # raster: every box must contain ink
    if fmt != "pdf" or r.get("scanned"):
        for _, e in entries:
            im = imgs[e["page"] - 1].convert("L"); W, H = im.size; b = e["box"]
            crop = im.crop((int(b[0] * W), int(b[1] * H), int(b[2] * W) + 1, int(b[3] * H) + 1))
            if crop.getextrema()[0] > 110: err(did, f"box for {e['text']!r} has no ink")
    check_codes(did, r, imgs)
    for b in r.get("barcodes", []): n_codes[b["format"]] = n_codes.get(b["format"], 0) + 1

if n_codes["Code128"] < 8: err("set", f"only {n_codes['Code128']} Code 128 codes")
if n_codes["QRCode"] < 3: err("set", f"only {n_codes['QRCode']} QR codes")
print(f"texts {n_texts}, files {n_files}, codes {n_codes}")
if errors:
    print("\n".join(errors)); print(f"FAIL ({len(errors)} errors)"); sys.exit(1)
print("PASS")
