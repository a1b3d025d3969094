#!/usr/bin/env python3
"""Check the s51 holdout set against corpora/redaction/FORMAT.md.

Run with the set's own venv (it needs pypdfium2, pdfplumber, python-docx, Pillow and zxing-cpp):
    .venv/bin/python validate.py
Exit status 0 when there are no errors. Warnings are printed but do not fail.
"""
import email
import email.policy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
FORMATS = {"png": ".png", "jpeg": (".jpg", ".jpeg"), "tiff": (".tif", ".tiff"), "pdf": ".pdf", "docx": ".docx",
           "eml": ".eml"}
BOXED = {"png", "jpeg", "tiff", "pdf"}
BARCODE_FORMATS = {"Code128", "QRCode"}

errors, warnings = [], []


def err(doc_id, msg):
    errors.append(f"{doc_id}: {msg}")


def warn(doc_id, msg):
    warnings.append(f"{doc_id}: {msg}")


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def bounded(text, a, b):
    """True if the span does not cut a word on either side."""
    left_ok = a == 0 or not (text[a - 1].isalnum() and text[a].isalnum())
    right_ok = b == len(text) or not (text[b - 1].isalnum() and text[b].isalnum())
    return left_ok and right_ok


def check_strings(doc_id, text, identifiers, keep):
    """Every identifier and keep string occurs; identifiers sit on word boundaries; no keep overlaps an identifier."""
    seen = set()
    id_spans = []
    for ident in identifiers:
        s, t = ident.get("text"), ident.get("type")
        if t not in TYPES:
            err(doc_id, f"invalid type {t!r} for {s!r}")
        if not s:
            err(doc_id, "empty identifier")
            continue
        if s in seen:
            err(doc_id, f"identifier listed twice: {s!r}")
        seen.add(s)
        occ = occurrences(text, s)
        if not occ:
            err(doc_id, f"identifier not found in text: {s!r}")
        for a, b in occ:
            if not bounded(text, a, b):
                err(doc_id, f"identifier {s!r} occurs inside a longer word at {a}: {text[max(0, a-10):b+10]!r}")
            id_spans.append((a, b, s))
    kseen = set()
    for k in keep:
        if not isinstance(k, str) or not k:
            err(doc_id, f"bad keep entry {k!r}")
            continue
        if k in kseen:
            err(doc_id, f"keep listed twice: {k!r}")
        kseen.add(k)
        if k in seen:
            err(doc_id, f"string is both identifier and keep: {k!r}")
        occ = occurrences(text, k)
        if not occ:
            err(doc_id, f"keep string not found in text: {k!r}")
        for a, b in occ:
            for ia, ib, s in id_spans:
                if a < ib and ia < b:
                    err(doc_id, f"keep {k!r} overlaps identifier {s!r}")


def load_jsonl(name):
    path = os.path.join(HERE, name)
    docs = []
    if not os.path.exists(path):
        err(name, "missing")
        return docs
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(name, f"line {n}: {e}")
    return docs


def check_common(d, ids):
    for field in ("id", "kind", "applicant", "identifiers", "keep"):
        if field not in d:
            err(d.get("id", "?"), f"missing field {field}")
    if d.get("id") in ids:
        err(d["id"], "duplicate id")
    ids.add(d.get("id"))


# ---------------------------------------------------------------- texts
def check_texts(ids):
    docs = load_jsonl("texts.jsonl")
    for d in docs:
        check_common(d, ids)
        text = d.get("text", "")
        if not text:
            err(d["id"], "empty text")
        for k in ("page", "box"):
            if any(k in i for i in d.get("identifiers", [])):
                err(d["id"], f"text document identifiers must not have {k}")
        check_strings(d["id"], text, d.get("identifiers", []), d.get("keep", []))
        surname = d["applicant"].split()[-1]
        if surname.lower().replace("0", "o") not in text.lower().replace("0", "o") and \
                d["applicant"].split()[1].lower() not in text.lower():
            warn(d["id"], "applicant's name not visible in the text")
    return docs


# ---------------------------------------------------------------- files
def pdf_pages(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    return pdf


def render_pages(path, fmt, scale=200 / 72):
    from PIL import Image
    if fmt == "pdf":
        pdf = pdf_pages(path)
        return [pdf[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(pdf))]
    img = Image.open(path)
    pages = []
    try:
        i = 0
        while True:
            img.seek(i)
            pages.append(img.convert("RGB"))
            i += 1
    except EOFError:
        pass
    return pages


def check_box(doc_id, what, box, pages, npages, page):
    if not isinstance(page, int) or not 1 <= page <= npages:
        err(doc_id, f"{what}: page {page!r} outside 1..{npages}")
    if not (isinstance(box, list) and len(box) == 4 and all(isinstance(v, (int, float)) for v in box)):
        err(doc_id, f"{what}: bad box {box!r}")
        return False
    x0, y0, x1, y1 = box
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        err(doc_id, f"{what}: box outside the page or inverted {box!r}")
        return False
    return True


def decode_region(img, box, fmt):
    import zxingcpp
    w, h = img.size
    x0, y0, x1, y1 = box
    mx, my = 0.02 * w, 0.02 * h
    crop = img.crop((max(0, int(x0 * w - mx)), max(0, int(y0 * h - my)), min(w, int(x1 * w + mx)),
                     min(h, int(y1 * h + my))))
    want = zxingcpp.BarcodeFormat.Code128 if fmt == "Code128" else zxingcpp.BarcodeFormat.QRCode
    return [r.text for r in zxingcpp.read_barcodes(crop, formats=want)]


def pdf_text_layer(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [(p.width, p.height, p.extract_words(keep_blank_chars=True, use_text_flow=True),
                 p.extract_text() or "", p) for p in pdf.pages]


def find_in_pdf_page(page, s):
    """Boxes (fractions) of every occurrence of s on a pdfplumber page."""
    out = []
    W, H = page.width, page.height
    for m in page.search(s, regex=False, case=True):
        out.append([m["x0"] / W, m["top"] / H, m["x1"] / W, m["bottom"] / H])
    return out


def inside(h, b, tol=0.01):
    return h[0] >= b[0] - tol and h[1] >= b[1] - tol and h[2] <= b[2] + tol and h[3] <= b[3] + tol


def near(a, b, tol=0.02):
    return all(abs(p - q) <= tol for p, q in zip(a, b))


def check_files(ids):
    docs = load_jsonl("files.jsonl")
    for d in docs:
        doc_id = d.get("id", "?")
        check_common(d, ids)
        fmt = d.get("format")
        rel = d.get("file", "")
        path = os.path.join(HERE, rel)
        if fmt not in FORMATS:
            err(doc_id, f"invalid format {fmt!r}")
            continue
        if not rel.lower().endswith(FORMATS[fmt]):
            err(doc_id, f"file extension does not match format {fmt}")
        if not os.path.exists(path):
            err(doc_id, f"missing file {rel}")
            continue
        idents, keep = d.get("identifiers", []), d.get("keep", [])
        for i in idents:
            if i.get("type") not in TYPES:
                err(doc_id, f"invalid type {i.get('type')!r}")
        if fmt in ("docx", "eml"):
            for i in idents:
                if "box" in i or "page" in i:
                    err(doc_id, "DOCX/e-mail identifiers take text and type only")
            if fmt == "docx":
                import docx
                dd = docx.Document(path)
                parts = [p.text for p in dd.paragraphs]
                for t in dd.tables:
                    for row in t.rows:
                        for cell in row.cells:
                            parts.append(cell.text)
                for s in dd.sections:
                    parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
                text = "\n".join(parts)
            else:
                with open(path, "rb") as f:
                    msg = email.message_from_binary_file(f, policy=email.policy.default)
                heads = "\n".join(f"{k}: {v}" for k, v in msg.items())
                body = msg.get_body(preferencelist=("plain",)).get_content()
                text = heads + "\n" + body
            keep_strs = [k if isinstance(k, str) else k.get("text") for k in keep]
            check_strings(doc_id, text, idents, keep_strs)
            if d.get("barcodes"):
                err(doc_id, "barcodes listed for a DOCX/e-mail")
            continue
        # page-based formats
        try:
            pages = render_pages(path, fmt)
        except Exception as e:  # noqa: BLE001
            err(doc_id, f"cannot open {rel}: {e}")
            continue
        npages = len(pages)
        if d.get("pages") != npages:
            err(doc_id, f"pages={d.get('pages')} but file has {npages}")
        text_layer = None
        if fmt == "pdf":
            text_layer = pdf_text_layer(path)
            has_text = any(t[3].strip() for t in text_layer)
            if d.get("text_layer") is not None and bool(d["text_layer"]) != has_text:
                err(doc_id, f"text_layer={d['text_layer']} but the PDF {'has' if has_text else 'has no'} text")
        # identifiers and keep with boxes
        for label, entries in (("identifier", idents), ("keep", keep)):
            for e in entries:
                if not isinstance(e, dict) or "text" not in e:
                    err(doc_id, f"{label} entry without text: {e!r}")
                    continue
                if not check_box(doc_id, f"{label} {e['text']!r}", e.get("box"), pages, npages, e.get("page")):
                    continue
                in_photo = any(p.get("page") == e["page"] and inside(e["box"], p["box"]) for p in d.get("photos", []))
                if text_layer and any(t[3].strip() for t in text_layer) and not in_photo:
                    pg = text_layer[e["page"] - 1][4]
                    hits = find_in_pdf_page(pg, e["text"].split("\n")[0])
                    if not hits:
                        err(doc_id, f"{label} {e['text']!r} not in the text layer of page {e['page']}")
                    elif not any(near(h, e["box"]) for h in hits):
                        err(doc_id, f"{label} {e['text']!r} box {e['box']} far from text layer {hits}")
        # every occurrence of an identifier in a text layer lies inside some identifier box on that page
        if text_layer and any(t[3].strip() for t in text_layer):
            for s in {e["text"].split("\n")[0] for e in idents}:
                for pno, t in enumerate(text_layer, 1):
                    boxes = [e["box"] for e in idents if e.get("page") == pno]
                    for h in find_in_pdf_page(t[4], s):
                        if not any(inside(h, b) for b in boxes):
                            err(doc_id, f"{s!r} on page {pno} at {[round(v, 3) for v in h]} has no identifier box")
        for b in d.get("barcodes", []):
            if b.get("format") not in BARCODE_FORMATS:
                err(doc_id, f"barcode format {b.get('format')!r} (use Code128 or QRCode)")
                continue
            if not check_box(doc_id, f"barcode {b.get('value')!r}", b.get("box"), pages, npages, b.get("page")):
                continue
            try:
                got = decode_region(pages[b["page"] - 1], b["box"], b["format"])
            except Exception as e:  # noqa: BLE001
                warn(doc_id, f"could not try decoding: {e}")
                continue
            if b.get("value") not in got:
                err(doc_id, f"{b['format']} at {b['box']} decodes to {got}, expected {b.get('value')!r}")
        for p in d.get("photos", []):
            check_box(doc_id, "photo", p.get("box"), pages, npages, p.get("page"))
    return docs


def main():
    ids = set()
    texts = check_texts(ids)
    files = check_files(ids)
    n_id = sum(len(d["identifiers"]) for d in texts) + sum(len(d["identifiers"]) for d in files)
    n_bc = sum(len(d.get("barcodes", [])) for d in files)
    print(f"texts: {len(texts)}  files: {len(files)}  identifier entries: {n_id}  barcodes: {n_bc}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
