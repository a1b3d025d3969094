#!/usr/bin/env python
"""Check the s46 hold-out set against FORMAT.md: structure, types, unique ids, every annotated string present,
no keep string overlapping an identifier, boxes sane, files present, barcodes decodable (if zxingcpp exists).
Also prints heuristic WARNINGS for things that look like unannotated identifiers (these do not fail the run).
Usage: python validate.py   (exit code 0 = pass)"""
import json, os, re, sys, email
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
FORMATS = {"png", "jpeg", "tiff", "pdf", "docx", "eml"}
errors, warnings = [], []


def err(did, msg):
    errors.append(f"{did}: {msg}")


def warn(did, msg):
    warnings.append(f"{did}: {msg}")


def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def check_strings(did, text, idents, keep, *, check_boundaries=True):
    """Shared checks for anything that has a full text (texts.jsonl, DOCX, EML)."""
    id_spans = []
    for it in idents:
        s = it["text"]
        sp = spans(text, s)
        if not sp:
            err(did, f"identifier not in text: {s!r}")
        for a, b in sp:
            if check_boundaries:
                before = text[a - 1] if a > 0 else " "
                after = text[b] if b < len(text) else " "
                if (before.isalnum() and s[0].isalnum()) or (after.isalnum() and s[-1].isalnum()):
                    err(did, f"identifier {s!r} also occurs inside a longer token at {a}: "
                             f"{text[max(0, a - 10):b + 10]!r}")
        id_spans += [(a, b, s) for a, b in sp]
    for k in keep:
        sp = spans(text, k)
        if not sp:
            err(did, f"keep not in text: {k!r}")
        for a, b in sp:
            for c, d, s in id_spans:
                if a < d and c < b:
                    err(did, f"keep {k!r} overlaps identifier {s!r}")
    # heuristic leak detector: things that look like identifiers but are not covered by any identifier span
    covered = [(a, b) for a, b, _ in id_spans]
    keep_cov = [x for k in keep for x in spans(text, k)]

    def is_cov(a, b, cov):
        return any(c <= a and b <= d for c, d in cov)

    pats = {
        "email": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
        "url": r"(https?://|www\.)\S+",
        "postcode": r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b",
        "uk phone": r"\b(07700 ?900\d{3}|01632 ?960\d{3}|020 ?7946 ?0\d{3})\b",
        "10 digits": r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b",
        "titled name": r"\b(Mr|Mrs|Ms|Miss|Dr|Mstr|Master)\.? ([A-Z][\w'\-]+)",
    }
    for name, p in pats.items():
        for m in re.finditer(p, text):
            a, b = m.span()
            if name == "titled name":
                a, b = m.span(2)
            if not is_cov(a, b, covered) and not is_cov(a, b, keep_cov):
                warn(did, f"possible unannotated {name}: {text[a:b]!r}")


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    errors.append(f"{os.path.basename(path)} line {n}: bad JSON {e}")
    return rows


def applicant_present(did, text, applicant):
    """The applicant must be named; OCR'd documents may spell it with 1/l and 0/O confusions."""
    ocr = str.maketrans({"1": "l", "0": "O"})
    t = re.sub(r"\s", "", text.translate(ocr))
    tokens = [w for w in applicant.replace("Dr ", "").split() if len(w) >= 4]
    if not any(w.translate(ocr) in t for w in tokens[-1:] + tokens[:1]):
        err(did, f"applicant {applicant!r} not named in the document")


def check_types(did, idents):
    for it in idents:
        if it.get("type") not in TYPES:
            err(did, f"bad type {it.get('type')!r} for {it.get('text')!r}")
        if not it.get("text"):
            err(did, "empty identifier text")
    seen = {}
    for it in idents:
        if it["text"] in seen and seen[it["text"]] != it["type"]:
            warn(did, f"{it['text']!r} listed with two types")
        seen[it["text"]] = it["type"]


ids = set()
decoded = {}
texts = load_jsonl(os.path.join(HERE, "texts.jsonl"))
for d in texts:
    did = d.get("id", "?")
    for k in ("id", "kind", "applicant", "text", "identifiers", "keep"):
        if k not in d:
            err(did, f"missing field {k}")
    if did in ids:
        err(did, "duplicate id")
    ids.add(did)
    check_types(did, d["identifiers"])
    if not all(isinstance(k, str) and k for k in d["keep"]):
        err(did, "keep must be non-empty strings")
    if not d["identifiers"]:
        err(did, "no identifiers")
    check_strings(did, d["text"], d["identifiers"], d["keep"])
    applicant_present(did, d["text"], d["applicant"])

# ---------------------------------------------------------------- files
files_path = os.path.join(HERE, "files.jsonl")
files = load_jsonl(files_path) if os.path.exists(files_path) else []
try:
    import zxingcpp
except ImportError:
    zxingcpp = None
    warnings.append("zxingcpp not importable: barcodes not decoded")
from PIL import Image


def box_ok(did, b, what):
    if not (isinstance(b, list) and len(b) == 4 and all(isinstance(v, (int, float)) for v in b)):
        err(did, f"{what}: bad box {b}")
        return False
    x0, y0, x1, y1 = b
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        err(did, f"{what}: box out of range or inverted {b}")
        return False
    return True


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_images(path, fmt, pages):
    if fmt in ("png", "jpeg", "tiff"):
        return [Image.open(path).convert("RGB")]
    if fmt == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        return [pdf[i].render(scale=300 / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    return []


for d in files:
    did = d.get("id", "?")
    for k in ("id", "file", "format", "kind", "applicant", "identifiers", "keep"):
        if k not in d:
            err(did, f"missing field {k}")
    if did in ids:
        err(did, "duplicate id")
    ids.add(did)
    fmt = d["format"]
    if fmt not in FORMATS:
        err(did, f"bad format {fmt}")
    path = os.path.join(HERE, d["file"])
    if not os.path.exists(path):
        err(did, f"file missing {d['file']}")
        continue
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if {"jpg": "jpeg", "tif": "tiff"}.get(ext, ext) != fmt:
        err(did, f"extension {ext} does not match format {fmt}")
    check_types(did, d["identifiers"])
    if fmt in ("docx", "eml"):
        for it in d["identifiers"]:
            if "box" in it or "page" in it:
                err(did, "DOCX/EML identifiers take text and type only")
        if fmt == "docx":
            import docx
            doc = docx.Document(path)
            parts = [p.text for p in doc.paragraphs]
            for t in doc.tables:
                for row in t.rows:
                    for cell in row.cells:
                        parts.append(cell.text)
            for sec in doc.sections:
                parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
            full = "\n".join(parts)
        else:
            msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
            full = "\n".join(f"{k}: {v}" for k, v in msg.items()) + "\n" + msg.get_body(("plain",)).get_content()
        keep = [k if isinstance(k, str) else k["text"] for k in d["keep"]]
        check_strings(did, full, d["identifiers"], keep, check_boundaries=True)
        applicant_present(did, full, d["applicant"])
        continue
    # images / PDFs
    imgs = page_images(path, fmt, d.get("pages", 1))
    if d.get("pages") != len(imgs):
        err(did, f"pages {d.get('pages')} but file has {len(imgs)}")
    page_text = {}
    if fmt == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        for i in range(len(pdf)):
            page_text[i + 1] = pdf[i].get_textpage().get_text_range()
    text_layer = any(t.strip() for t in page_text.values())
    if d.get("text_layer") is not None and bool(d["text_layer"]) != text_layer:
        err(did, f"text_layer={d['text_layer']} but extracted text layer is {text_layer}")
    boxes = {}
    for role, items in (("identifier", d["identifiers"]), ("keep", d["keep"])):
        for it in items:
            if not isinstance(it, dict) or "page" not in it or "box" not in it:
                err(did, f"{role} needs text/page/box: {it}")
                continue
            if not (1 <= it["page"] <= len(imgs)):
                err(did, f"{role} {it['text']!r} page out of range")
            if box_ok(did, it["box"], f"{role} {it['text']!r}"):
                boxes.setdefault(it["page"], []).append((role, it["text"], it["box"]))
            if text_layer and norm(it["text"]) not in norm(page_text.get(it["page"], "")):
                err(did, f"{role} {it['text']!r} not in text layer of page {it['page']}")
    for pg, bl in boxes.items():
        for r1, t1, b1 in bl:
            for r2, t2, b2 in bl:
                if r1 == "keep" and r2 == "identifier":
                    ix = max(0, min(b1[2], b2[2]) - max(b1[0], b2[0]))
                    iy = max(0, min(b1[3], b2[3]) - max(b1[1], b2[1]))
                    small = min((b1[2] - b1[0]) * (b1[3] - b1[1]), (b2[2] - b2[0]) * (b2[3] - b2[1]))
                    if ix * iy > 0.15 * small:
                        err(did, f"keep {t1!r} box overlaps identifier {t2!r} on page {pg}")
    for bc in d.get("barcodes", []):
        if not box_ok(did, bc.get("box"), f"barcode {bc.get('value')}"):
            continue
        if bc.get("format") not in ("Code128", "QRCode"):
            err(did, f"unexpected barcode format {bc.get('format')}")
        if zxingcpp is not None:
            # decode the whole page (local crops of noisy scans confuse the binariser), then require a symbol
            # with this value whose centre lies inside the annotated box
            im = imgs[bc["page"] - 1]
            key = (did, bc["page"])
            if key not in decoded:
                decoded[key] = [(r.text, r.position) for r in zxingcpp.read_barcodes(im)]
            W, H = im.size
            x0, y0, x1, y1 = bc["box"]
            ok = False
            for text, pos in decoded[key]:
                pts = [pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left]
                cx = sum(p.x for p in pts) / 4 / W
                cy = sum(p.y for p in pts) / 4 / H
                if text == bc["value"] and x0 <= cx <= x1 and y0 <= cy <= y1:
                    ok = True
            if not ok:
                err(did, f"barcode {bc['value']!r} not decoded inside its box "
                         f"(page decodes: {[t for t, _ in decoded[key]]})")
    for ph in d.get("photos", []):
        box_ok(did, ph.get("box"), "photo")

# ------------------------------------------------------------- report
n_id = sum(len(d["identifiers"]) for d in texts + files)
print(f"texts: {len(texts)}  files: {len(files)}  identifiers: {n_id}")
for w in warnings:
    print("WARNING", w)
for e in errors:
    print("ERROR", e)
print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
