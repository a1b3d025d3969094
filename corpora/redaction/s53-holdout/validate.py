"""Checks this redaction set against corpora/redaction/FORMAT.md. Exit status 0 = pass."""
import json, os, re, sys, email
from email import policy
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
FORMATS = {"png", "jpeg", "tiff", "pdf", "docx", "eml"}
# Ofcom drama ranges (digits after normalising OCR O->0, l/I->1)
DRAMA = ["07700900", "01632960", "02079460", "01134960", "01144960", "01154960", "01164960", "01174960", "01184960",
         "01214960", "01314960", "01414960", "01514960", "01614960", "01914980", "02896496", "02920180"]
errors, warnings = [], []
def err(*a): errors.append(" ".join(str(x) for x in a))

def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

def check_phone(doc, s):
    digits = re.sub(r"\D", "", s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1"))
    if s.strip().startswith("+"):
        return
    if digits.startswith("0") and len(digits) >= 10 and not any(digits.startswith(p) for p in DRAMA):
        err(doc, "phone not in a reserved drama range:", s)

def check_email(doc, s):
    dom = s.split("@")[-1].lower()
    if "example" not in dom.split("."):
        err(doc, "e-mail domain is not an example.* domain:", s)

def check_strings(doc, text, ids, keep):
    """Exact occurrence, word boundaries, and no identifier/keep overlap."""
    seen = set()
    id_spans = []
    for i in ids:
        s = i["text"]
        if i["type"] not in TYPES: err(doc, "bad type", i)
        if s in seen: err(doc, "duplicate identifier", repr(s))
        seen.add(s)
        occ = occurrences(text, s)
        if not occ: err(doc, "identifier not in text:", repr(s))
        id_spans += [(a, b, s) for a, b in occ]
        if i["type"] == "PHONE": check_phone(doc, s)
        if i["type"] == "EMAIL": check_email(doc, s)
    for a, b, s in id_spans:
        left = text[a - 1] if a > 0 else " "
        right = text[b] if b < len(text) else " "
        bounded = not (left.isalnum() and s[0].isalnum()) and not (right.isalnum() and s[-1].isalnum())
        inside = any(a2 <= a and b <= b2 and (a2, b2) != (a, b) for a2, b2, s2 in id_spans)
        if not bounded and not inside:
            err(doc, "identifier occurs inside a word (every occurrence counts):", repr(s), "at", a, repr(text[max(0, a - 15):b + 15]))
    for k in keep:
        occ = occurrences(text, k)
        if not occ: err(doc, "keep string not in text:", repr(k))
        for a, b in occ:
            for a2, b2, s2 in id_spans:
                if a < b2 and a2 < b:
                    err(doc, "keep", repr(k), "overlaps identifier", repr(s2))

def box_ok(doc, b):
    if not (isinstance(b, list) and len(b) == 4 and all(isinstance(v, (int, float)) for v in b)):
        err(doc, "bad box", b); return False
    x0, y0, x1, y1 = b
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        err(doc, "box outside page or empty", b); return False
    return True

def inter(a, b):
    w = min(a[2], b[2]) - max(a[0], b[0]); h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0, w) * max(0, h)

def area(a): return (a[2] - a[0]) * (a[3] - a[1])

# ------------------------------------------------------------------ texts
ids_all = set()
texts = [json.loads(l) for l in open(os.path.join(HERE, "texts.jsonl"), encoding="utf-8")]
applicants = set()
n_id = n_keep = 0
for d in texts:
    for f in ("id", "kind", "applicant", "text", "identifiers", "keep"):
        if f not in d: err(d.get("id"), "missing field", f)
    if d["id"] in ids_all: err(d["id"], "duplicate id")
    ids_all.add(d["id"]); applicants.add(d["applicant"])
    check_strings(d["id"], d["text"], d["identifiers"], d["keep"])
    toks = [t for t in d["applicant"].split()[1:]]
    native = ["Кравченко", "राहुल", "رستمی"]
    if not any(t[:2] in k for t in toks for k in d["keep"]) and not any(n in k for n in native for k in d["keep"]):
        initials = "".join(t[0] for t in toks)
        if not any(k.replace(".", "").replace(" ", "").upper().startswith(initials[:2]) for k in d["keep"]):
            warnings.append(f"{d['id']}: applicant name form not among keep strings")
    n_id += len(d["identifiers"]); n_keep += len(d["keep"])

# ------------------------------------------------------------------ files
import pdfplumber, pypdfium2, zxingcpp, docx
from PIL import Image
files = [json.loads(l) for l in open(os.path.join(HERE, "files.jsonl"), encoding="utf-8")]
n_code128 = n_qr = 0
FMT = {"Code128": zxingcpp.BarcodeFormat.Code128, "QRCode": zxingcpp.BarcodeFormat.QRCode}

def page_images(path, fmt):
    if fmt in ("png", "jpeg"):
        return [Image.open(path).convert("RGB")]
    if fmt == "tiff":
        im = Image.open(path); out = []
        for i in range(im.n_frames):
            im.seek(i); out.append(im.convert("RGB"))
        return out
    if fmt == "pdf":
        pdf = pypdfium2.PdfDocument(path)
        return [pdf[i].render(scale=200 / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    return []

def norm(s): return re.sub(r"\s+", "", s)

for d in files:
    doc = d["id"]
    for f in ("id", "file", "format", "kind", "applicant", "identifiers", "keep", "barcodes"):
        if f not in d: err(doc, "missing field", f)
    if doc in ids_all: err(doc, "duplicate id")
    ids_all.add(doc); applicants.add(d["applicant"])
    path = os.path.join(HERE, d["file"])
    if not os.path.exists(path): err(doc, "file missing", path); continue
    fmt = d["format"]
    if fmt not in FORMATS: err(doc, "bad format", fmt)
    n_id += len(d["identifiers"]); n_keep += len(d["keep"])
    for i in d["identifiers"]:
        if i["type"] not in TYPES: err(doc, "bad type", i)
        if i["type"] == "PHONE": check_phone(doc, i["text"])
        if i["type"] == "EMAIL": check_email(doc, i["text"])
    if fmt in ("docx", "eml"):
        if fmt == "docx":
            dd = docx.Document(path)
            parts = [p.text for p in dd.paragraphs]
            for t in dd.tables:
                for row in t.rows:
                    parts.append("\t".join(c.text for c in row.cells))
            text = "\n".join(parts)
        else:
            m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
            text = "\n".join(f"{h}: {m[h]}" for h in ("From", "To", "Cc", "Date", "Subject", "Message-ID") if m[h])
            text += "\n\n" + m.get_body(("plain",)).get_content()
        for e in d["identifiers"] + d["keep"]:
            if "box" in e or "page" in e: err(doc, "docx/eml entries take no page/box", e)
        check_strings(doc, text, d["identifiers"], [k["text"] for k in d["keep"]])
        if d["barcodes"]: err(doc, "codes listed for docx/eml")
        continue
    # paged formats
    imgs = page_images(path, fmt)
    if len(imgs) != d["pages"]: err(doc, "pages", d["pages"], "but file has", len(imgs))
    entries = d["identifiers"] + d["keep"]
    for e in entries + d["barcodes"] + d.get("photos", []):
        if not (1 <= e.get("page", 0) <= len(imgs)): err(doc, "bad page", e)
        box_ok(doc, e.get("box"))
    for i in d["identifiers"]:
        for k in d["keep"]:
            if i["page"] == k["page"] and inter(i["box"], k["box"]) > 0.25 * min(area(i["box"]), area(k["box"])):
                err(doc, "identifier box overlaps keep box", i["text"], k["text"])
    if fmt == "pdf":
        with pdfplumber.open(path) as pdf:
            has_text = any(pg.chars for pg in pdf.pages)
            if d["kind"].startswith("scanned") and has_text: err(doc, "scan should be image-only")
            if has_text:
                for e in entries:
                    pg = pdf.pages[e["page"] - 1]
                    W, H = float(pg.width), float(pg.height)
                    x0, y0, x1, y1 = e["box"]
                    m = 1.5
                    bb = (max(0, x0 * W - m), max(0, y0 * H - m), min(W, x1 * W + m), min(H, y1 * H + m))
                    got = pg.within_bbox(bb).extract_text() or ""
                    if norm(got) != norm(e["text"]):
                        err(doc, "text layer in box", repr(got), "!= listed", repr(e["text"]))
    # codes
    for pno, im in enumerate(imgs, 1):
        found = zxingcpp.read_barcodes(im)
        listed = [c for c in d["barcodes"] if c["page"] == pno]
        used = set()
        for c in listed:
            if c["format"] not in FMT: err(doc, "bad symbology", c["format"]); continue
            x0, y0, x1, y1 = c["box"]
            ok = False
            for j, r in enumerate(found):
                if j in used or r.format != FMT[c["format"]] or r.text != c["value"]: continue
                pts = [r.position.top_left, r.position.top_right, r.position.bottom_right, r.position.bottom_left]
                cx = sum(p.x for p in pts) / 4 / im.width; cy = sum(p.y for p in pts) / 4 / im.height
                if x0 <= cx <= x1 and y0 <= cy <= y1:
                    used.add(j); ok = True; break
            if not ok: err(doc, "listed code not decoded in its box:", c)
            if c["format"] == "Code128": n_code128 += 1
            else: n_qr += 1
        for j, r in enumerate(found):
            if j not in used: err(doc, f"unlisted code on page {pno}:", r.format, repr(r.text))

# ------------------------------------------------------------------ totals
n_docs = len(texts) + len(files)
if len(applicants) != 10: warnings.append(f"{len(applicants)} applicants")
if n_code128 < 8: err("set", "fewer than 8 Code 128 barcodes:", n_code128)
if n_qr < 3: err("set", "fewer than 3 QR codes:", n_qr)
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print(f"documents {n_docs} (texts {len(texts)}, files {len(files)}), applicants {len(applicants)}, identifiers {n_id}, "
      f"keep {n_keep}, Code128 {n_code128}, QR {n_qr}")
print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
