#!/usr/bin/env python
"""Validate the s34-holdout redaction set (texts.jsonl + files.jsonl).

Checks: unique ids; every identifier and keep string occurs verbatim in its document; no identifier
string inside a keep string (or overlapping a keep occurrence); applicant name forms / own GMC number
never identifiers; phone numbers in the reserved ranges; valid types; boxes well formed; barcodes decode
to the listed value (zxingcpp); DOCX/EML/text-layer PDF strings present in the extracted text.
Run: /work/main/.venv/bin/python validate.py
"""
import json, os, re, sys, email
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
         "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
TITLES = {"Dr", "Dr.", "Prof", "Prof.", "Mr", "Mrs", "Ms", "Miss"}
PARTICLES = {"Ní", "Nic", "Ó", "Mac", "van", "de", "al", "Al"}
errors, warnings = [], []

def err(i, m): errors.append(f"{i}: {m}")
def warn(i, m): warnings.append(f"{i}: {m}")

def applicant_forms(app):
    toks = [t for t in app.split() if t not in TITLES]
    if len(toks) >= 3 and toks[-2] in PARTICLES:
        first, sur = toks[:-2], " ".join(toks[-2:])
    else:
        first, sur = toks[:-1], toks[-1]
    full = " ".join(toks)
    forms = {app, full, sur, "Dr " + sur, " ".join(first)}
    for f in first:
        forms.add(f); forms.add(f"Dr {f[0]} {sur}"); forms.add(f"Dr {f[0]}. {sur}")
    parts = [p for t in toks for p in re.split(r"[-\s]", t) if p]
    ini1 = "".join(t[0] for t in toks if t not in PARTICLES or True)
    ini2 = "".join(p[0] for p in parts)
    for ini in (ini1, ini2):
        forms.add(ini.upper()); forms.add(".".join(ini.upper()) + ".")
    return {f for f in forms if f}, full

def phone_ok(s):
    t = s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    d = re.sub(r"\D", "", t)
    if d.startswith("44"):
        d = "0" + d[2:]
    return bool(re.fullmatch(r"01632960\d{3}|0207946\d{4}|07700900\d{3}", d))

def find_all(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

def check_common(rid, rec, text=None):
    app = rec.get("applicant", "")
    if not app:
        err(rid, "no applicant")
    forms, full = applicant_forms(app)
    ids = rec.get("identifiers", [])
    keeps = [k if isinstance(k, str) else k.get("text", "") for k in rec.get("keep", [])]
    own_gmc = set()
    for k in keeps:
        m = re.search(r"GMC[:\s]*(?:no\.?\s*)?(\d{7})", k)
        if m: own_gmc.add(m.group(1))
    seen = set()
    for it in ids:
        s, ty = it.get("text", ""), it.get("type", "")
        if not s: err(rid, "empty identifier")
        if ty not in TYPES: err(rid, f"bad type {ty!r} for {s!r}")
        key = (s, it.get("page"), tuple(it.get("box") or []))
        if key in seen and "box" not in it: err(rid, f"duplicate identifier {s!r}")
        seen.add(key)
        for f in forms:
            if s.strip().lower() == f.lower():
                err(rid, f"identifier {s!r} is an applicant name form")
        if len(s) >= 2 and s in full:
            err(rid, f"identifier {s!r} is part of applicant name {full!r}")
        if any(g in s for g in own_gmc):
            err(rid, f"identifier {s!r} contains applicant's GMC number")
        if ty == "PHONE" and not phone_ok(s):
            err(rid, f"phone {s!r} not in a reserved range")
        for k in keeps:
            if s in k:
                err(rid, f"identifier {s!r} inside keep string {k!r}")
        if text is not None and s not in text:
            err(rid, f"identifier not in text: {s!r}")
    for k in keeps:
        if text is not None and k not in text:
            err(rid, f"keep not in text: {k!r}")
    if text is not None:
        kspans = [sp for k in keeps for sp in find_all(text, k)]
        for it in ids:
            for a, b in find_all(text, it["text"]):
                for c, d in kspans:
                    if a < d and c < b:
                        err(rid, f"identifier {it['text']!r} overlaps a keep occurrence {text[c:d]!r}")
                        break

def check_box(rid, what, b):
    if not (isinstance(b, list) and len(b) == 4 and all(isinstance(v, (int, float)) for v in b)):
        err(rid, f"{what}: bad box {b}"); return
    x0, y0, x1, y1 = b
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        err(rid, f"{what}: box out of range {b}")

def page_images(path, fmt):
    from PIL import Image
    if fmt in ("png", "jpeg", "jpg", "tiff"):
        return [Image.open(path).convert("RGB")]
    if fmt == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        return [pdf[i].render(scale=300 / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    return []

def extract_text(path, fmt):
    if fmt == "docx":
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
    if fmt == "eml":
        m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
        hdr = "\n".join(f"{k}: {v}" for k, v in m.items())
        body = m.get_body(preferencelist=("plain",))
        return hdr + "\n" + (body.get_content() if body else "")
    if fmt == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    return None

def main():
    allids = set()
    n_t = n_f = 0
    tp = os.path.join(HERE, "texts.jsonl")
    for ln, line in enumerate(open(tp, encoding="utf-8"), 1):
        if not line.strip(): continue
        rec = json.loads(line); n_t += 1
        rid = rec.get("id", f"texts line {ln}")
        if rid in allids: err(rid, "duplicate id")
        allids.add(rid)
        for f in ("kind", "applicant", "text", "identifiers", "keep"):
            if f not in rec: err(rid, f"missing field {f}")
        check_common(rid, rec, rec.get("text", ""))
    fp = os.path.join(HERE, "files.jsonl")
    if os.path.exists(fp):
        try:
            import zxingcpp
        except ImportError:
            zxingcpp = None; warn("files", "zxingcpp missing: barcodes not decoded")
        for ln, line in enumerate(open(fp, encoding="utf-8"), 1):
            if not line.strip(): continue
            rec = json.loads(line); n_f += 1
            rid = rec.get("id", f"files line {ln}")
            if rid in allids: err(rid, "duplicate id")
            allids.add(rid)
            path = os.path.join(HERE, rec["file"])
            fmt = rec.get("format", "")
            if not os.path.exists(path):
                err(rid, f"missing file {rec['file']}"); continue
            boxed = fmt not in ("docx", "eml")
            text = extract_text(path, fmt) if fmt in ("docx", "eml", "pdf") else None
            if fmt == "pdf" and not (text or "").strip():
                text = None  # image-only scan: no text layer to check
            check_common(rid, rec, None)
            pages = rec.get("pages", 1)
            for it in rec.get("identifiers", []) + [k for k in rec.get("keep", []) if isinstance(k, dict)]:
                if boxed:
                    if "box" not in it or "page" not in it:
                        err(rid, f"no box/page for {it.get('text')!r}")
                    else:
                        check_box(rid, it["text"], it["box"])
                        if not 1 <= it["page"] <= pages: err(rid, f"bad page for {it['text']!r}")
                elif "box" in it:
                    err(rid, f"box given for {fmt} string {it.get('text')!r}")
                if text is not None:
                    norm = re.sub(r"\s+", " ", text)
                    if it["text"] not in text and re.sub(r"\s+", " ", it["text"]) not in norm:
                        err(rid, f"string not in extracted text: {it['text']!r}")
            bcs = rec.get("barcodes", [])
            for b in bcs:
                check_box(rid, "barcode " + b.get("value", ""), b.get("box"))
            if bcs and zxingcpp is not None:
                imgs = page_images(path, fmt)
                for b in bcs:
                    im = imgs[b["page"] - 1]
                    W, H = im.size
                    x0, y0, x1, y1 = b["box"]
                    pad = 0.02
                    crop = im.crop((max(0, int((x0 - pad) * W)), max(0, int((y0 - pad) * H)),
                                    min(W, int((x1 + pad) * W)), min(H, int((y1 + pad) * H))))
                    res = zxingcpp.read_barcodes(crop)
                    vals = [(r.text, r.format.name if hasattr(r.format, "name") else str(r.format)) for r in res]
                    if not any(v == b["value"] for v, _ in vals):
                        err(rid, f"barcode in box does not decode to {b['value']!r} (got {vals})")
                    elif not any(b["format"].lower().replace(" ", "") in f.lower() for v, f in vals if v == b["value"]):
                        err(rid, f"barcode {b['value']!r} symbology {b['format']} mismatch {vals}")
    print(f"texts: {n_t}  files: {n_f}  errors: {len(errors)}  warnings: {len(warnings)}")
    for e in errors: print("ERROR", e)
    for w in warnings: print("WARN", w)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
