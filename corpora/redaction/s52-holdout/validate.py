#!/usr/bin/env python3
"""Check this redaction set against corpora/redaction/FORMAT.md.

Run with the set's own venv (needs Pillow, pypdf, pypdfium2, python-docx, zxing-cpp for the file checks):
    .venv/bin/python validate.py
Exit status 0 = all checks passed.  Warnings are printed but do not fail.
"""
import json, re, sys, pathlib, email
from email import policy
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
FORMATS = {"png", "jpeg", "jpg", "tiff", "pdf", "docx", "eml"}
errors, warnings = [], []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def warn(doc, msg):
    warnings.append(f"{doc}: {msg}")


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def boundary_ok(hay, s, e):
    """An identifier occurrence must not be the middle of a longer word/number."""
    before = hay[s - 1] if s > 0 else " "
    after = hay[e] if e < len(hay) else " "
    first, last = hay[s], hay[e - 1]
    bad_before = first.isalnum() and before.isalnum()
    bad_after = last.isalnum() and after.isalnum()
    return not (bad_before or bad_after)


def check_strings(doc_id, hay, idents, keeps, applicant):
    """Checks shared by texts, DOCX and e-mail: presence, boundaries, overlaps with keep strings."""
    seen = Counter(i["text"] for i in idents)
    for t, n in seen.items():
        if n > 1:
            err(doc_id, f"identifier listed twice: {t!r}")
    id_spans = []
    for ent in idents:
        t = ent["text"]
        if not t or t != t.strip():
            err(doc_id, f"identifier empty or padded with spaces: {t!r}")
            continue
        occ = occurrences(hay, t)
        if not occ:
            err(doc_id, f"identifier not found in text: {t!r}")
        for s, e in occ:
            id_spans.append((s, e, t))
    for s, e, t in id_spans:
        # an occurrence inside a longer word is only acceptable when that longer stretch is itself an identifier
        # ("Ron" inside "Ronald Hepworth"); otherwise the short identifier would hit an innocent word
        if not boundary_ok(hay, s, e):
            covered = any(a <= s and e <= b and (a, b) != (s, e) and boundary_ok(hay, a, b) for a, b, _ in id_spans)
            if not covered:
                err(doc_id, f"identifier {t!r} occurs inside a longer word at {s}: {hay[max(0,s-10):e+10]!r}")
    for k in keeps:
        if not k or k != k.strip():
            err(doc_id, f"keep string empty or padded: {k!r}")
            continue
        occ = occurrences(hay, k)
        if not occ:
            err(doc_id, f"keep string not found in text: {k!r}")
        for s, e in occ:
            for a, b, t in id_spans:
                if a < e and s < b:
                    err(doc_id, f"keep {k!r} overlaps identifier {t!r}")
    if len(set(keeps)) != len(keeps):
        err(doc_id, "keep list has duplicates")
    # the applicant's own name must never be listed for removal
    bare = re.sub(r"^(Dr|Mr|Mrs|Ms|Miss|Prof)\.? ", "", applicant)
    parts = [p for p in re.split(r"[ ]", bare) if len(p) > 2]
    for ent in idents:
        for p in parts:
            if p in ent["text"] and ent["type"] in ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME"):
                err(doc_id, f"identifier {ent['text']!r} contains the applicant's name part {p!r}")
    if not any(p in hay or p.replace("ó", "o") in hay or p.upper() in hay for p in parts):
        warn(doc_id, "no part of the applicant's name appears in the document")


def check_common(d, where):
    for f in ("id", "kind", "applicant", "identifiers", "keep"):
        if f not in d:
            err(d.get("id", where), f"missing field {f}")
    for ent in d.get("identifiers", []):
        if ent.get("type") not in TYPES:
            err(d["id"], f"bad type {ent.get('type')!r} for {ent.get('text')!r}")


def load_jsonl(p):
    rows = []
    with open(p, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{p.name}:{n}", f"bad JSON: {e}")
    return rows


# ----------------------------------------------------------------------------------------------- texts
texts = load_jsonl(ROOT / "texts.jsonl")
for d in texts:
    check_common(d, "texts.jsonl")
    if "text" not in d:
        err(d.get("id"), "missing text")
        continue
    check_strings(d["id"], d["text"], d["identifiers"], d["keep"], d["applicant"])

# ----------------------------------------------------------------------------------------------- files
files = load_jsonl(ROOT / "files.jsonl") if (ROOT / "files.jsonl").exists() else []


def in_unit(box):
    return (isinstance(box, list) and len(box) == 4 and all(isinstance(v, (int, float)) for v in box)
            and 0 <= box[0] < box[2] <= 1 and 0 <= box[1] < box[3] <= 1)


def docx_text(p):
    import docx
    doc = docx.Document(str(p))
    parts = [para.text for para in doc.paragraphs]
    for tbl in doc.tables:
        for row in tbl.rows:
            parts.append("\t".join(c.text for c in row.cells))
    for sec in doc.sections:
        for para in sec.header.paragraphs:
            parts.append(para.text)
        for para in sec.footer.paragraphs:
            parts.append(para.text)
    return "\n".join(parts)


def eml_text(p):
    msg = email.message_from_bytes(p.read_bytes(), policy=policy.default)
    parts = [f"{k}: {v}" for k, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def page_images(p, fmt):
    """Return a list of PIL images, one per page (PDF pages rendered at 200 dpi)."""
    from PIL import Image
    if fmt == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(p))
        return [pdf[i].render(scale=200 / 72).to_pil() for i in range(len(pdf))]
    im = Image.open(p)
    out = []
    try:
        i = 0
        while True:
            im.seek(i)
            out.append(im.convert("RGB").copy())
            i += 1
    except EOFError:
        pass
    return out


def decode_all(img):
    import zxingcpp
    res = []
    for scale in (1.0, 0.5):
        im = img if scale == 1.0 else img.resize((int(img.width * scale), int(img.height * scale)))
        for r in zxingcpp.read_barcodes(im):
            pts = [r.position.top_left, r.position.top_right, r.position.bottom_right, r.position.bottom_left]
            xs = [pt.x / im.width for pt in pts]
            ys = [pt.y / im.height for pt in pts]
            res.append((str(r.format), r.text, (min(xs), min(ys), max(xs), max(ys))))
        if res:
            break
    return res


ids_all = [d.get("id") for d in texts] + [d.get("id") for d in files]
for i, n in Counter(ids_all).items():
    if n > 1:
        err(i, "id used more than once")

n_code128 = n_qr = 0
for d in files:
    check_common(d, "files.jsonl")
    did = d["id"]
    p = ROOT / d.get("file", "")
    fmt = d.get("format", "").lower()
    if fmt not in FORMATS:
        err(did, f"bad format {fmt}")
    if not p.is_file():
        err(did, f"file missing: {d.get('file')}")
        continue
    if fmt in ("docx", "eml"):
        hay = docx_text(p) if fmt == "docx" else eml_text(p)
        for ent in d["identifiers"]:
            if "box" in ent or "page" in ent:
                err(did, "DOCX/e-mail entries take no page/box")
        keeps = [k if isinstance(k, str) else k["text"] for k in d["keep"]]
        check_strings(did, hay, d["identifiers"], keeps, d["applicant"])
        continue
    pages = d.get("pages")
    imgs = page_images(p, fmt)
    if pages != len(imgs):
        err(did, f"pages={pages} but file has {len(imgs)}")
    # text layer, if any
    layer = None
    if fmt == "pdf":
        import pypdf
        layer = [pg.extract_text() or "" for pg in pypdf.PdfReader(str(p)).pages]
        has_layer = any(t.strip() for t in layer)
        if d.get("text_layer", has_layer) != has_layer:
            err(did, f"text_layer flag says {d.get('text_layer')} but PDF text layer present={has_layer}")
    per_string = Counter()
    for kind in ("identifiers", "keep"):
        for ent in d[kind]:
            if kind == "identifiers" and ent.get("type") not in TYPES:
                err(did, f"bad type {ent.get('type')}")
            if not isinstance(ent.get("page"), int) or not (1 <= ent["page"] <= len(imgs)):
                err(did, f"bad page for {ent.get('text')!r}")
                continue
            if not in_unit(ent.get("box")):
                err(did, f"box outside page or malformed for {ent.get('text')!r}: {ent.get('box')}")
            if layer is not None and d.get("text_layer"):
                flat = re.sub(r"\s+", " ", layer[ent["page"] - 1])
                if re.sub(r"\s+", " ", ent["text"]) not in flat:
                    err(did, f"{kind} {ent['text']!r} not in PDF text layer of page {ent['page']}")
    # for digital PDFs, the characters found inside each box must spell the annotated string
    if layer is not None and any(t.strip() for t in layer):
        import pdfplumber
        with pdfplumber.open(str(p)) as pdf:
            for kind in ("identifiers", "keep"):
                for ent in d[kind]:
                    pg = pdf.pages[ent["page"] - 1]
                    x0, y0, x1, y1 = ent["box"]
                    X0, Y0, X1, Y1 = x0 * pg.width, y0 * pg.height, x1 * pg.width, y1 * pg.height
                    got = "".join(ch["text"] for ch in pg.chars
                                  if X0 <= (ch["x0"] + ch["x1"]) / 2 <= X1 and Y0 <= (ch["top"] + ch["bottom"]) / 2 <= Y1)
                    if ent["text"].replace(" ", "") not in got.replace(" ", ""):
                        err(did, f"{kind} box for {ent['text']!r} on page {ent['page']} holds {got!r}")
    # a keep box must not sit on top of an identifier box
    def inter(a, b):
        w = min(a[2], b[2]) - max(a[0], b[0])
        h = min(a[3], b[3]) - max(a[1], b[1])
        return max(0, w) * max(0, h)
    for k in d["keep"]:
        for i in d["identifiers"]:
            if k["page"] == i["page"]:
                small = min((k["box"][2] - k["box"][0]) * (k["box"][3] - k["box"][1]),
                            (i["box"][2] - i["box"][0]) * (i["box"][3] - i["box"][1]))
                if small and inter(k["box"], i["box"]) > 0.5 * small:
                    err(did, f"keep {k['text']!r} box overlaps identifier {i['text']!r}")
    # no two identifier entries with identical box
    bx = Counter((e["page"], tuple(round(v, 4) for v in e["box"])) for e in d["identifiers"] if "box" in e)
    for k, n in bx.items():
        if n > 1:
            err(did, f"two identifier entries share one box {k}")
    for ph in d.get("photos", []):
        if not in_unit(ph.get("box")):
            err(did, f"photo box malformed {ph}")
    # barcodes: decode each page and match
    decoded = {i + 1: decode_all(im) for i, im in enumerate(imgs)} if d.get("barcodes") else {}
    for bc in d.get("barcodes", []):
        if bc.get("format") not in ("Code128", "QRCode"):
            err(did, f"unexpected barcode format {bc.get('format')}")
        if not in_unit(bc.get("box")):
            err(did, f"barcode box malformed {bc}")
            continue
        n_code128 += bc["format"] == "Code128"
        n_qr += bc["format"] == "QRCode"
        hit = False
        for fmtname, val, (x0, y0, x1, y1) in decoded.get(bc["page"], []):
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            b = bc["box"]
            if val == bc["value"] and b[0] <= cx <= b[2] and b[1] <= cy <= b[3]:
                hit = True
                want = "Code128" if bc["format"] == "Code128" else "QRCode"
                if want not in fmtname.replace(" ", ""):
                    err(did, f"barcode {bc['value']} decoded as {fmtname}, labelled {bc['format']}")
        if not hit:
            err(did, f"barcode {bc['format']} {bc['value']!r} on page {bc['page']} not decoded inside its box "
                     f"(decoded: {[(v, tuple(round(c, 3) for c in b)) for _, v, b in decoded.get(bc['page'], [])]})")
    # every decoded code must be listed
    for pg, lst in decoded.items():
        for fmtname, val, _ in lst:
            if not any(b["value"] == val and b["page"] == pg for b in d.get("barcodes", [])):
                err(did, f"page {pg} has an unlisted code {fmtname} {val!r}")

# ----------------------------------------------------------------------------------------------- summary
n_ids = sum(len(d["identifiers"]) for d in texts + files)
print(f"texts: {len(texts)}  files: {len(files)}  identifier entries: {n_ids}  Code128: {n_code128}  QR: {n_qr}")
for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
if len(texts) != 72:
    print(f"ERROR expected 72 texts, found {len(texts)}")
    errors.append("count")
if len(files) != 13:
    print(f"ERROR expected 13 files, found {len(files)}")
    errors.append("count")
if files and (n_code128 < 8 or n_qr < 3):
    print("ERROR need >= 8 Code128 and >= 3 QR codes")
    errors.append("barcodes")
print("OK" if not errors else f"FAILED with {len(errors)} error(s)")
sys.exit(1 if errors else 0)
