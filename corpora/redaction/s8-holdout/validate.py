#!/usr/bin/env python3
"""Validate the s8-holdout set.

texts.jsonl: every identifier and keep string occurs in its text; types valid; ids unique;
             phone numbers in reserved ranges; keep strings never lie inside an identifier occurrence.
files.jsonl: files exist; every box lies inside the page and contains ink in the rendered page;
             boxes of text entries match the page's text layer where one exists (PDF);
             DOCX identifier/keep strings occur in the document; every barcode decodes (zxing-cpp)
             to the labelled value and lies inside its box.
Run with the venv python: /tmp/s8venv/bin/python validate.py
"""
import json, os, re, sys, io
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
         "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

def phone_ok(p):
    t = p.replace("O", "0").replace("o", "0").replace("l", "1")
    dg = re.sub(r"\D", "", t)
    if len(dg) <= 5:   # internal bleep / extension
        return True
    return dg.startswith(("01632960", "02079460", "07700900"))

def check_texts():
    ids = set(); n = 0
    with open(os.path.join(HERE, "texts.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            r = json.loads(line); n += 1
            for k in ("id", "kind", "applicant", "text", "identifiers", "keep"):
                if k not in r: err(f"texts line {ln}: missing {k}")
            if r["id"] in ids: err(f"dup id {r['id']}")
            ids.add(r["id"])
            t = r["text"]; spans = []
            seen = set()
            for it in r["identifiers"]:
                s, ty = it["text"], it["type"]
                if ty not in TYPES: err(f"{r['id']}: bad type {ty}")
                if (s, ty) in seen: err(f"{r['id']}: duplicate identifier {s!r}")
                seen.add((s, ty))
                occ = occurrences(t, s)
                if not occ: err(f"{r['id']}: identifier not in text: {s!r}")
                spans += occ
                if ty == "PHONE" and not phone_ok(s): err(f"{r['id']}: phone outside reserved ranges: {s!r}")
                if s != s.strip(): err(f"{r['id']}: identifier has outer whitespace {s!r}")
            for k in r["keep"]:
                occ = occurrences(t, k)
                if not occ: err(f"{r['id']}: keep not in text: {k!r}")
                # only whole-token occurrences of a keep string matter (a bed number "7" inside a phone number does not)
                occ = [(a, b) for a, b in occ if not (a > 0 and t[a - 1].isalnum() and k[0].isalnum())
                       and not (b < len(t) and t[b].isalnum() and k[-1].isalnum())]
                if not occ: warn(f"{r['id']}: keep {k!r} only occurs inside longer tokens")
                for a, b in occ:
                    for x, y in spans:
                        if a < y and x < b:
                            err(f"{r['id']}: keep {k!r} overlaps an identifier occurrence {t[x:y]!r}")
            for it in r["identifiers"]:
                if it["text"] in r["keep"]: err(f"{r['id']}: {it['text']!r} both identifier and keep")
    return n, ids

def ink_in_box(img, box, thresh=60):
    import numpy as np
    W, H = img.size
    x0, y0, x1, y1 = box
    crop = img.crop((int(x0 * W), int(y0 * H), max(int(x1 * W), int(x0 * W) + 1), max(int(y1 * H), int(y0 * H) + 1)))
    a = np.asarray(crop.convert("L"), dtype=float)
    if a.size == 0: return False
    # ink = pixels clearly darker than the box's own background (its brightest decile)
    bg = np.percentile(a, 90)
    return (a < bg - thresh).sum() >= 3

def page_images(path, fmt):
    from PIL import Image, ImageSequence
    if fmt == "pdf":
        import fitz
        doc = fitz.open(path)
        out = []
        for p in doc:
            pix = p.get_pixmap(dpi=150)
            out.append(Image.frombytes("RGB", (pix.width, pix.height), pix.samples))
        return out
    im = Image.open(path)
    return [fr.convert("RGB").copy() for fr in ImageSequence.Iterator(im)]

def pdf_text_boxes(path):
    import fitz
    doc = fitz.open(path); res = []
    for p in doc:
        res.append((p.rect.width, p.rect.height, p.get_text("text"), p))
    return res

def check_box(fid, b):
    if len(b) != 4 or not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1):
        err(f"{fid}: box outside page or malformed {b}"); return False
    return True

def check_files():
    p = os.path.join(HERE, "files.jsonl")
    if not os.path.exists(p): warn("no files.jsonl"); return 0, 0, set()
    import zxingcpp
    n = nb = 0; ids = set()
    for ln, line in enumerate(open(p, encoding="utf-8"), 1):
        r = json.loads(line); n += 1; ids.add(r["id"])
        path = os.path.join(HERE, r["file"]); fmt = r["format"]
        if not os.path.exists(path): err(f"{r['id']}: missing file {r['file']}"); continue
        for it in r["identifiers"]:
            if it["type"] not in TYPES: err(f"{r['id']}: bad type {it['type']}")
        if fmt == "docx":
            import docx
            D = docx.Document(path)
            parts = [pp.text for pp in D.paragraphs]
            for tb in D.tables:
                for row in tb.rows:
                    for c in row.cells: parts.append(c.text)
            for sec in D.sections:
                parts += [pp.text for pp in sec.header.paragraphs] + [pp.text for pp in sec.footer.paragraphs]
            full = "\n".join(parts)
            for it in r["identifiers"]:
                if it["text"] not in full: err(f"{r['id']}: docx identifier not found {it['text']!r}")
                if "box" in it: err(f"{r['id']}: docx entry has a box")
            for k in r["keep"]:
                kt = k["text"] if isinstance(k, dict) else k
                if kt not in full: err(f"{r['id']}: docx keep not found {kt!r}")
            continue
        pages = page_images(path, fmt)
        if len(pages) != r["pages"]: err(f"{r['id']}: pages {len(pages)} != {r['pages']}")
        textlayer = pdf_text_boxes(path) if fmt == "pdf" else None
        def chk(entry, kind):
            pg = entry["page"]; b = entry["box"]
            if not (1 <= pg <= len(pages)): err(f"{r['id']}: bad page {pg}"); return
            if not check_box(r["id"], b): return
            if not ink_in_box(pages[pg - 1], b): err(f"{r['id']}: no ink in {kind} box {entry.get('text', entry.get('value'))!r} {b}")
            if textlayer and textlayer[pg - 1][2].strip() and "text" in entry and kind != "barcode":
                W, H, _, pobj = textlayer[pg - 1]
                import fitz
                rect = fitz.Rect(b[0] * W - 2, b[1] * H - 2, b[2] * W + 2, b[3] * H + 2)
                got = pobj.get_textbox(rect)
                norm = lambda s: re.sub(r"\s+", "", s)
                if norm(entry["text"]) not in norm(got):
                    err(f"{r['id']}: text layer in box p{pg} {b} is {got!r}, expected {entry['text']!r}")
        for it in r["identifiers"]: chk(it, "identifier")
        for k in r["keep"]: chk(k, "keep")
        for bc in r.get("barcodes", []):
            nb += 1
            chk(bc, "barcode")
            img = pages[bc["page"] - 1]; W, H = img.size; b = bc["box"]
            pad = 0.02
            crop = img.crop((int(max(0, b[0] - pad) * W), int(max(0, b[1] - pad) * H), int(min(1, b[2] + pad) * W), int(min(1, b[3] + pad) * H)))
            found = zxingcpp.read_barcodes(crop) or zxingcpp.read_barcodes(crop.convert("L").resize((crop.width * 2, crop.height * 2)))
            vals = {(str(x.format), x.text) for x in found}
            fmtname = {"Code128": "Code128", "QRCode": "QRCode", "DataMatrix": "DataMatrix"}[bc["format"]]
            if not any(v == bc["value"] and fmtname.lower() in f.lower().replace(" ", "") for f, v in vals):
                err(f"{r['id']}: barcode {bc['format']} {bc['value']!r} not decoded in its box (got {vals})")
    return n, nb, ids

if __name__ == "__main__":
    nt, tids = check_texts()
    nf, nb, fids = check_files()
    if tids & fids: err(f"ids shared between texts and files: {tids & fids}")
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print(f"texts {nt}, files {nf}, barcodes {nb}: {'FAIL' if errors else 'PASS'}")
    sys.exit(1 if errors else 0)
