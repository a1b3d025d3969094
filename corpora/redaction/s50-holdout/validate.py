#!/usr/bin/env python3
"""Validate the s50-holdout redaction set (texts.jsonl, files.jsonl, files/).
Run: /work/main/.venv/bin/python validate.py   -> exit 0 and "PASS" when every check holds."""
import json, os, re, sys, email
from collections import Counter
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
TEXT_KEYS = {"id", "kind", "applicant", "text", "identifiers", "keep"}
FILE_KEYS = {"id", "file", "format", "kind", "applicant", "pages", "identifiers", "keep", "barcodes"}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def load(name):
    recs = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: invalid JSON ({e})")
    return recs


def check_string_sets(rid, text, ids, keep):
    """text: the full document text (or None if not checkable)."""
    for s in [i["text"] for i in ids] + keep:
        if not s or s != s.strip(" ") and not s.strip():
            err(f"{rid}: empty string {s!r}")
    for i in ids:
        for k in keep:
            if k in i["text"] or i["text"] in k:
                err(f"{rid}: keep {k!r} and identifier {i['text']!r} contain one another")
    if text is None:
        return
    id_spans = []
    for i in ids:
        sp = spans(text, i["text"])
        if not sp:
            err(f"{rid}: identifier not in text: {i['text']!r}")
        id_spans += sp
        for a, b in sp:  # identifier glued inside a longer alphanumeric token
            if (a > 0 and text[a - 1].isalnum() and i["text"][0].isalnum()) or \
               (b < len(text) and text[b].isalnum() and i["text"][-1].isalnum()):
                warnings.append(f"{rid}: identifier {i['text']!r} touches a longer token at {a}")
    for k in keep:
        sp = spans(text, k)
        if not sp:
            err(f"{rid}: keep string not in text: {k!r}")
        for a, b in sp:
            for c, d in id_spans:
                if a < d and c < b:
                    err(f"{rid}: keep {k!r} overlaps an identifier occurrence at {c}-{d} ({text[c:d]!r})")


def check_common(rid, r, keys, seen, label):
    missing = keys - set(r)
    if missing:
        err(f"{rid}: missing keys {sorted(missing)}")
    if not re.fullmatch(r"s50-\d{3}", str(rid)):
        err(f"{rid}: id does not match s50-NNN")
    if rid in seen:
        err(f"{rid}: duplicate id")
    seen.add(rid)
    for i in r.get("identifiers", []):
        if i.get("type") not in TYPES:
            err(f"{rid}: bad type {i.get('type')!r}")
        if "text" not in i:
            err(f"{rid}: identifier without text")


def box_ok(rid, what, box, pages, page):
    if not (isinstance(box, list) and len(box) == 4 and all(isinstance(v, (int, float)) for v in box)):
        err(f"{rid}: {what}: malformed box {box}")
        return False
    x0, y0, x1, y1 = box
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        err(f"{rid}: {what}: box outside [0,1] or empty {box}")
        return False
    if not (isinstance(page, int) and 1 <= page <= pages):
        err(f"{rid}: {what}: page {page} not in 1..{pages}")
        return False
    return True


def render_pages(path, fmt):
    from PIL import Image
    if fmt == "pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        return [doc[i].render(scale=200 / 72).to_pil().convert("L") for i in range(len(doc))], doc
    im = Image.open(path)
    frames = []
    try:
        while True:
            frames.append(im.convert("L"))
            im.seek(im.tell() + 1)
    except EOFError:
        pass
    return frames, None


def decode_in_box(img, box, fmt_name, value):
    import zxingcpp
    W, H = img.size
    m = 0.02
    crop = img.crop((max(0, int((box[0] - m) * W)), max(0, int((box[1] - m) * H)),
                     min(W, int((box[2] + m) * W) + 1), min(H, int((box[3] + m) * H) + 1)))
    res = zxingcpp.read_barcodes(crop)
    norm = lambda v: re.sub(r"[^a-z0-9]", "", str(v).lower())
    return any(r.text == value and norm(fmt_name) in norm(r.format) for r in res), \
        [(str(r.format), r.text) for r in res]


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def eml_text(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    parts = [f"{k}: {v}" for k, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def main():
    seen = set()
    type_counts, keep_count = Counter(), 0
    texts = load("texts.jsonl")
    files = load("files.jsonl") if os.path.exists(os.path.join(HERE, "files.jsonl")) else []
    no_id_docs = 0
    for r in texts:
        rid = r.get("id")
        check_common(rid, r, TEXT_KEYS, seen, "text")
        check_string_sets(rid, r.get("text", ""), r.get("identifiers", []), r.get("keep", []))
        type_counts.update(i["type"] for i in r.get("identifiers", []))
        keep_count += len(r.get("keep", []))
        no_id_docs += not r.get("identifiers")
    n_code128 = n_qr = 0
    for r in files:
        rid = r.get("id")
        check_common(rid, r, FILE_KEYS, seen, "file")
        path = os.path.join(HERE, r.get("file", ""))
        if not os.path.isfile(path):
            err(f"{rid}: file missing {r.get('file')}")
            continue
        fmt = r.get("format")
        ext = os.path.splitext(path)[1].lower().lstrip(".")
        if {"jpeg": "jpg"}.get(fmt, fmt) != {"jpeg": "jpg"}.get(ext, ext):
            err(f"{rid}: format {fmt} does not match extension {ext}")
        if fmt in ("png", "jpeg", "jpg") and os.path.getsize(path) > 600 * 1024:
            err(f"{rid}: image larger than 600 KB")
        type_counts.update(i["type"] for i in r.get("identifiers", []))
        keep_count += len(r.get("keep", []))
        keep_texts = [k["text"] if isinstance(k, dict) else k for k in r.get("keep", [])]
        if fmt in ("docx", "eml"):
            full = docx_text(path) if fmt == "docx" else eml_text(path)
            for i in r["identifiers"]:
                if "box" in i or "page" in i:
                    err(f"{rid}: {fmt} identifiers take no page/box")
            check_string_sets(rid, full, r["identifiers"], keep_texts)
            if r.get("barcodes"):
                err(f"{rid}: barcodes listed for a {fmt}")
            continue
        check_string_sets(rid, None, r["identifiers"], keep_texts)
        pages = r.get("pages")
        imgs, pdfdoc = render_pages(path, fmt)
        if len(imgs) != pages:
            err(f"{rid}: pages={pages} but file has {len(imgs)}")
        textpages = {}
        if pdfdoc is not None:
            for p in range(len(pdfdoc)):
                textpages[p + 1] = pdfdoc[p].get_textpage()
        for kind, items in (("identifier", r["identifiers"]), ("keep", r.get("keep", []))):
            for it in items:
                if not box_ok(rid, f"{kind} {it.get('text')!r}", it.get("box"), pages, it.get("page")):
                    continue
                tp = textpages.get(it["page"])
                if tp is not None and tp.count_chars() > 0:  # text-layer PDF: the box must hold the string
                    pg = pdfdoc[it["page"] - 1]
                    W, H = pg.get_size()
                    x0, y0, x1, y1 = it["box"]
                    got = tp.get_text_bounded(left=x0 * W - 1, bottom=(1 - y1) * H - 1, right=x1 * W + 1, top=(1 - y0) * H + 1)
                    norm = lambda s: re.sub(r"\s+", "", s)
                    if norm(it["text"]) not in norm(got):
                        err(f"{rid}: text layer in box p{it['page']} {it['box']} reads {got!r}, not {it['text']!r}")
        for b in r.get("barcodes", []):
            if not box_ok(rid, f"barcode {b.get('value')!r}", b.get("box"), pages, b.get("page")):
                continue
            ok, found = decode_in_box(imgs[b["page"] - 1], b["box"], b["format"], b["value"])
            if not ok:
                err(f"{rid}: barcode {b['format']} {b['value']!r} not decoded in its box (found {found})")
            n_code128 += b["format"] == "Code128"
            n_qr += b["format"] == "QRCode"
        for ph in r.get("photos", []):
            box_ok(rid, "photo", ph.get("box"), pages, ph.get("page"))
    print(f"documents: {len(texts) + len(files)} (texts {len(texts)}, files {len(files)}); "
          f"documents with no identifier: {no_id_docs}")
    print("identifiers per type:")
    for t in sorted(TYPES):
        print(f"  {t:18s} {type_counts[t]}")
    print(f"  {'total':18s} {sum(type_counts.values())}")
    print(f"keep strings: {keep_count}; barcodes: Code128 {n_code128}, QRCode {n_qr}")
    missing_types = [t for t in TYPES if type_counts[t] == 0]
    if missing_types:
        err(f"types never used: {missing_types}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
