#!/usr/bin/env python3
"""Validate the s49 hold-out redaction set (texts.jsonl, files.jsonl, files/).

Run:  /work/main/.venv/bin/python validate.py      (exit code 0 = pass)
Errors make it fail; warnings are printed for a human to judge.
"""
import json, os, re, sys, collections, zipfile, email
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
TEXT_KEYS = {"id", "kind", "applicant", "text", "identifiers", "keep"}
FILE_KEYS = {"id", "file", "format", "kind", "applicant", "pages", "identifiers", "keep", "barcodes", "photos"}
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

OCR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
def phone_ok(s):
    d = re.sub(r"\D", "", s.translate(OCR))
    if d.startswith("44"): d = "0" + d[2:]
    if len(d) <= 5: return True                      # extension / bleep
    return d.startswith("01632960") or d.startswith("02079460") or d.startswith("07700900")

def load_jsonl(name):
    recs = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip(): continue
            try: recs.append(json.loads(line))
            except Exception as e: err(f"{name}:{n}: invalid JSON ({e})")
    return recs

texts = load_jsonl("texts.jsonl"); files = load_jsonl("files.jsonl")
type_count = collections.Counter(); keep_count = 0; all_ids = []
no_id_docs = 0

# ---------------------------------------------------------------- texts
for r in texts:
    rid = r.get("id", "?")
    if set(r) != TEXT_KEYS: err(f"{rid}: keys {sorted(set(r) ^ TEXT_KEYS)} wrong")
    all_ids.append(rid)
    t = r["text"]
    if not r["identifiers"]: no_id_docs += 1
    id_spans = []
    seen = set()
    for it in r["identifiers"]:
        s, ty = it["text"], it["type"]
        if set(it) != {"text", "type"}: err(f"{rid}: identifier keys {it}")
        if ty not in TYPES: err(f"{rid}: bad type {ty}")
        if (s, ty) in seen or s in {x for x, _ in seen}: err(f"{rid}: identifier listed twice: {s!r}")
        seen.add((s, ty))
        sp = spans(t, s)
        if not sp: err(f"{rid}: identifier not in text: {s!r}"); continue
        type_count[ty] += 1
        id_spans += sp
        for a, b in sp:
            if (a > 0 and t[a-1].isalnum() and s[0].isalnum()) or (b < len(t) and t[b].isalnum() and s[-1].isalnum()):
                warn(f"{rid}: identifier {s!r} occurs inside a longer word at {a}: ...{t[max(0,a-10):b+10]!r}")
        if ty == "PHONE" and not phone_ok(s): err(f"{rid}: phone {s!r} outside reserved ranges")
    for k in r["keep"]:
        if not isinstance(k, str): err(f"{rid}: keep must be strings"); continue
        sp = spans(t, k)
        if not sp: err(f"{rid}: keep not in text: {k!r}"); continue
        keep_count += 1
        for a, b in sp:
            for c, d in id_spans:
                if a < d and c < b: err(f"{rid}: keep {k!r} overlaps identifier {t[c:d]!r}")
        for it in r["identifiers"]:
            if k in it["text"] or it["text"] in k: err(f"{rid}: keep {k!r} and identifier {it['text']!r} contain each other")
    if len(set(r["keep"])) != len(r["keep"]): err(f"{rid}: duplicate keep strings")
    # heuristic scan for things that look like identifiers but are not covered by an identifier span
    covered = lambda a, b: any(c <= a and b <= d for c, d in id_spans)
    pats = {"email": r"[\w.+-]+@[\w-]+(\.[\w-]+)+", "url": r"https?://\S+",
            "phone": r"\b0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}\b", "postcode": r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b",
            "nhs": r"\b\d{3} ?\d{3} ?\d{4}\b"}
    for nm, p in pats.items():
        for m in re.finditer(p, t):
            if not covered(m.start(), m.end()):
                warn(f"{rid}: unlabelled {nm}-like string {m.group(0)!r}")

# ---------------------------------------------------------------- files
def render_pages(path, fmt):
    from PIL import Image
    if fmt in ("png", "jpeg", "tiff"):
        return [Image.open(path).convert("RGB")]
    if fmt == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        return [pdf[i].render(scale=200 / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    return []

def pdf_text_and_boxes(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    out = []
    for i in range(len(pdf)):
        pg = pdf[i]; tp = pg.get_textpage(); W, H = pg.get_size()
        out.append((tp, W, H, tp.get_text_range()))
    return pdf, out

def iou(a, b):
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0])); iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy; u = (a[2]-a[0])*(a[3]-a[1]) + (b[2]-b[0])*(b[3]-b[1]) - inter
    return inter / u if u else 0

barcode_count = collections.Counter()
for r in files:
    rid = r.get("id", "?"); all_ids.append(rid)
    if set(r) != FILE_KEYS: err(f"{rid}: keys {sorted(set(r) ^ FILE_KEYS)} wrong")
    path = os.path.join(HERE, r["file"])
    if not os.path.exists(path): err(f"{rid}: missing file {r['file']}"); continue
    fmt = r["format"]
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if {"jpg": "jpeg", "tif": "tiff"}.get(ext, ext) != fmt: err(f"{rid}: format {fmt} does not match extension {ext}")
    size = os.path.getsize(path)
    if fmt in ("png", "jpeg", "tiff") and size > 620_000: err(f"{rid}: image {size} bytes > ~600 KB")
    if not r["identifiers"]: no_id_docs += 1
    boxed = fmt in ("png", "jpeg", "tiff", "pdf")
    for it in r["identifiers"]:
        if it["type"] not in TYPES: err(f"{rid}: bad type {it['type']}")
        type_count[it["type"]] += 1
        if it["type"] == "PHONE" and not phone_ok(it["text"]): err(f"{rid}: phone {it['text']!r} outside reserved ranges")
    keep_count += len(r["keep"])
    for k in r["keep"]:
        for it in r["identifiers"]:
            if k["text"] in it["text"] or it["text"] in k["text"]:
                err(f"{rid}: keep {k['text']!r} and identifier {it['text']!r} contain each other")
    entries = [("id", x) for x in r["identifiers"]] + [("keep", x) for x in r["keep"]] + \
              [("barcode", x) for x in r["barcodes"]] + [("photo", x) for x in r["photos"]]
    if boxed:
        for kind, x in entries:
            b = x.get("box"); pg = x.get("page")
            if not (isinstance(b, list) and len(b) == 4): err(f"{rid}: {kind} without box: {x}"); continue
            if not all(0 <= v <= 1 for v in b) or not (b[0] < b[2] and b[1] < b[3]):
                err(f"{rid}: {kind} box out of [0,1] or inverted: {x}")
            if not (isinstance(pg, int) and 1 <= pg <= r["pages"]): err(f"{rid}: bad page in {x}")
        # keep boxes must not overlap identifier boxes (allow touching)
        for _, k in [e for e in entries if e[0] == "keep"]:
            for _, i in [e for e in entries if e[0] == "id"]:
                if k["page"] == i["page"] and iou(k["box"], i["box"]) > 0.05:
                    err(f"{rid}: keep box {k['text']!r} overlaps identifier box {i['text']!r}")
    else:
        for kind, x in entries:
            if "box" in x or "page" in x: err(f"{rid}: {fmt} entries take no page/box: {x}")
    # text content checks for docx / eml / text-layer pdf
    content = None
    if fmt == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for c in row.cells: parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        content = "\n".join(parts)
    elif fmt == "eml":
        with open(path, "rb") as f: m = email.message_from_binary_file(f, policy=policy.default)
        hdr = "\n".join(f"{k}: {v}" for k, v in m.items())
        body = m.get_body(preferencelist=("plain",)).get_content()
        content = hdr + "\n" + body
    if content is not None:
        for x in r["identifiers"] + r["keep"]:
            if x["text"] not in content: err(f"{rid}: {x['text']!r} not found in {fmt} text")
    if fmt == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        if len(pdf) != r["pages"]: err(f"{rid}: pages {r['pages']} but PDF has {len(pdf)}")
        for pi in range(len(pdf)):
            pg = pdf[pi]; tp = pg.get_textpage(); W, H = pg.get_size()
            txt = tp.get_text_range()
            mine = [x for x in r["identifiers"] + r["keep"] if x["page"] == pi + 1]
            if not txt.strip():
                continue   # image-only scan: nothing to check in a text layer
            flat = re.sub(r"\s+", " ", txt)
            for x in mine:
                if re.sub(r"\s+", " ", x["text"]) not in flat:
                    err(f"{rid}: p{pi+1} text layer lacks {x['text']!r}")
            # each labelled box should match a place where pdfium finds that string
            for x in mine:
                srch = tp.search(x["text"], match_case=True)
                best = 0
                while True:
                    hit = srch.get_next()
                    if not hit: break
                    i0, n = hit
                    bx = [tp.get_charbox(i) for i in range(i0, i0 + n)]
                    l = min(b[0] for b in bx); rr = max(b[2] for b in bx); bot = min(b[1] for b in bx); top = max(b[3] for b in bx)
                    best = max(best, iou([l / W, 1 - top / H, rr / W, 1 - bot / H], x["box"]))
                if best < 0.4: err(f"{rid}: p{pi+1} box for {x['text']!r} does not match pdfium glyphs (IoU {best:.2f})")
    # barcodes
    if r["barcodes"]:
        import zxingcpp
        pages = render_pages(path, fmt)
        for bc in r["barcodes"]:
            barcode_count[bc["format"]] += 1
            im = pages[bc["page"] - 1]; W, H = im.size
            x0, y0, x1, y1 = bc["box"]; pad = 0.25 * max((x1 - x0) * W, (y1 - y0) * H)
            crop = im.crop((max(0, int(x0 * W - pad)), max(0, int(y0 * H - pad)), min(W, int(x1 * W + pad)), min(H, int(y1 * H + pad))))
            res = zxingcpp.read_barcodes(crop)
            got = [(x.format.name, x.text) for x in res]
            want_fmt = {"Code128": "Code128", "QRCode": "QRCode"}.get(bc["format"], bc["format"])
            if not any(f == want_fmt and v == bc["value"] for f, v in got):
                err(f"{rid}: barcode {bc['format']} {bc['value']!r} not decoded in its box (got {got})")
            # the encoded value must be listed as an identifier too (it is a patient number)
    # photos are recorded only

# ---------------------------------------------------------------- global
if len(all_ids) != len(set(all_ids)): err("duplicate ids: " + str([i for i, c in collections.Counter(all_ids).items() if c > 1]))
for i in all_ids:
    if not re.fullmatch(r"s49-\d{3}", i): err(f"bad id {i}")
missing = TYPES - set(type_count)
if missing: err(f"types never used: {sorted(missing)}")

print(f"documents: {len(texts)} texts + {len(files)} files = {len(texts) + len(files)}")
print(f"documents with no identifier: {no_id_docs}")
print("identifier strings per type:")
for t in sorted(TYPES): print(f"  {t:18s} {type_count[t]}")
print(f"  total              {sum(type_count.values())}")
print(f"keep strings: {keep_count}")
print(f"barcodes: {dict(barcode_count)}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("RESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
