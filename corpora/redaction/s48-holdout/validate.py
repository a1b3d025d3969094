"""Validate the s48-holdout redaction set.  Run:  /work/main/.venv/bin/python validate.py

Checks
  texts.jsonl : JSON validity, keys and value types; ids unique (s48-NNN); identifier types known;
                every identifier and keep string occurs verbatim in its text; no keep string equals an
                identifier string and no occurrence of a keep string overlaps an occurrence of an
                identifier string; phone identifiers lie in the reserved ranges; NHS/CHI/H&C numbers have
                10 digits (after undoing O/l OCR swaps).
  files.jsonl : keys; file exists, format matches extension, image size limit; boxes are 4 numbers inside
                [0,1] with x0<x1, y0<y1 and a valid page; no keep box overlaps an identifier box; for PDFs
                with a text layer the string is found inside its box; image-only PDFs have no text layer;
                raster boxes contain ink; every barcode decodes (zxing-cpp) from its box to its stated value
                and symbology, and no unlisted barcode is on the page; DOCX/e-mail strings occur in the
                document text.
  Prints counts per identifier type, keep strings and barcodes.  Exit code 1 on any error.
"""
import json, os, re, sys, email
from collections import Counter
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
TEXT_KEYS = {"id", "kind", "applicant", "text", "identifiers", "keep"}
FILE_KEYS = {"id", "file", "format", "kind", "applicant", "pages", "identifiers", "keep", "barcodes", "photos"}
EXT = {"png": (".png",), "jpeg": (".jpg", ".jpeg"), "tiff": (".tif", ".tiff"), "pdf": (".pdf",), "docx": (".docx",),
       "eml": (".eml",)}
ZX = {"Code128": "Code128", "QR": "QRCode"}
errors, warnings = [], []


def err(m): errors.append(m)
def warn(m): warnings.append(m)


def ocr_digits(s):
    return re.sub(r"\D", "", s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1"))


def check_phone(doc, t):
    d = ocr_digits(t)
    if d.startswith("44"):
        d = "0" + d[2:]
    ok = (re.fullmatch(r"01632960\d{3}", d) or re.fullmatch(r"02079460\d{3}", d) or re.fullmatch(r"07700900\d{3}", d))
    if not ok:
        err(f"{doc}: phone {t!r} is not in a reserved range")


def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: invalid JSON: {e}")
    return rows


texts, files = load("texts.jsonl"), load("files.jsonl")
ids = Counter(r.get("id") for r in texts + files)
for i, c in ids.items():
    if c > 1: err(f"duplicate id {i}")
    if not re.fullmatch(r"s48-\d{3}", str(i)): err(f"bad id {i}")

type_count, keep_count = Counter(), 0
no_id_docs = []

# ------------------------------------------------------------------ texts
for r in texts:
    did = r.get("id")
    if set(r) != TEXT_KEYS:
        err(f"{did}: keys {sorted(set(r) ^ TEXT_KEYS)} wrong")
        continue
    text = r["text"]
    if not all(isinstance(r[k], str) and r[k] for k in ("id", "kind", "applicant", "text")):
        err(f"{did}: empty or non-string id/kind/applicant/text")
    if not isinstance(r["identifiers"], list) or not isinstance(r["keep"], list):
        err(f"{did}: identifiers/keep must be lists"); continue
    seen = set()
    idspans = []
    for it in r["identifiers"]:
        if set(it) != {"text", "type"}:
            err(f"{did}: identifier keys {it}")
            continue
        t, ty = it["text"], it["type"]
        if ty not in TYPES: err(f"{did}: unknown type {ty}")
        if t in seen: err(f"{did}: identifier {t!r} listed twice")
        seen.add(t)
        sp = spans(text, t)
        if not sp: err(f"{did}: identifier {t!r} not in text")
        idspans += [(a, b, t) for a, b in sp]
        type_count[ty] += 1
        if ty == "PHONE": check_phone(did, t)
        if ty == "NHS_NUMBER" and len(ocr_digits(t)) != 10: err(f"{did}: NHS/CHI/H&C {t!r} is not 10 digits")
        # word-boundary sanity: an identifier should not start/end inside a longer alphanumeric token
        for a, b in sp:
            if (a > 0 and text[a - 1].isalnum() and t[0].isalnum()) or (b < len(text) and text[b].isalnum() and t[-1].isalnum()):
                warn(f"{did}: identifier {t!r} occurs inside a longer token at {a}")
    if not r["identifiers"]: no_id_docs.append(did)
    ks = set()
    for k in r["keep"]:
        if not isinstance(k, str) or not k:
            err(f"{did}: keep entry {k!r} not a string"); continue
        if k in ks: err(f"{did}: keep {k!r} listed twice")
        ks.add(k)
        keep_count += 1
        if k in seen: err(f"{did}: {k!r} is both keep and identifier")
        ksp = spans(text, k)
        if not ksp: err(f"{did}: keep {k!r} not in text")
        for a, b in ksp:
            for c, d, t in idspans:
                if a < d and c < b:
                    err(f"{did}: keep {k!r} overlaps identifier {t!r} at {a}")

# ------------------------------------------------------------------ files
try:
    from PIL import Image
    import pypdfium2 as pdfium
    import zxingcpp
    import docx
    HAVE = True
except ImportError as e:
    HAVE = False
    warn(f"file content checks skipped: {e}")

n_codes = Counter()


def box_ok(did, what, it, pages):
    b = it.get("box")
    if not (isinstance(b, list) and len(b) == 4 and all(isinstance(v, (int, float)) for v in b)):
        err(f"{did}: {what} box malformed {b}"); return False
    if not all(0.0 <= v <= 1.0 for v in b) or not (b[0] < b[2] and b[1] < b[3]):
        err(f"{did}: {what} box outside [0,1] or empty {b}"); return False
    if not (isinstance(it.get("page"), int) and 1 <= it["page"] <= pages):
        err(f"{did}: {what} page {it.get('page')} invalid"); return False
    return True


def overlap(a, b):
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0])); iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    area = lambda q: (q[2] - q[0]) * (q[3] - q[1])
    return ix * iy / max(1e-9, min(area(a), area(b)))


def norm(s):
    return re.sub(r"\s+", "", s)


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def eml_text(path):
    with open(path, "rb") as fh:
        m = email.message_from_binary_file(fh, policy=policy.default)
    head = "\n".join(f"{k}: {v}" for k, v in m.items())
    body = m.get_body(preferencelist=("plain",)).get_content()
    return head + "\n" + body


for r in files:
    did = r.get("id")
    if set(r) != FILE_KEYS:
        err(f"{did}: keys {sorted(set(r) ^ FILE_KEYS)} wrong"); continue
    path = os.path.join(HERE, r["file"])
    fmt = r["format"]
    if fmt not in EXT: err(f"{did}: unknown format {fmt}"); continue
    if not os.path.isfile(path): err(f"{did}: file {r['file']} missing"); continue
    if not path.lower().endswith(EXT[fmt]): err(f"{did}: extension does not match format {fmt}")
    if fmt in ("png", "jpeg", "tiff") and os.path.getsize(path) > 620_000:
        err(f"{did}: image {os.path.getsize(path)} bytes > ~600 KB")
    pages = r["pages"]
    for it in r["identifiers"]:
        if it.get("type") not in TYPES: err(f"{did}: unknown type {it.get('type')}")
        type_count[it.get("type")] += 1
        if it.get("type") == "PHONE": check_phone(did, it["text"])
    keep_count += len(r["keep"])
    if not r["identifiers"]: no_id_docs.append(did)
    idtexts = {it["text"] for it in r["identifiers"]}
    for k in r["keep"]:
        if k["text"] in idtexts: err(f"{did}: {k['text']!r} is both keep and identifier")
    if fmt in ("docx", "eml"):
        for it in r["identifiers"]:
            if set(it) != {"text", "type"}: err(f"{did}: docx/eml identifier must have text and type only: {it}")
        for k in r["keep"]:
            if set(k) != {"text"}: err(f"{did}: docx/eml keep must have text only: {k}")
        if r["barcodes"] or r["photos"]: err(f"{did}: docx/eml with barcodes/photos")
        if HAVE:
            full = docx_text(path) if fmt == "docx" else eml_text(path)
            for it in r["identifiers"] + r["keep"]:
                if it["text"] not in full: err(f"{did}: {it['text']!r} not found in the {fmt}")
        continue
    # boxed formats
    okboxes = [(it, "identifier") for it in r["identifiers"]] + [(k, "keep") for k in r["keep"]] + \
              [(b, "barcode") for b in r["barcodes"]] + [(p, "photo") for p in r["photos"]]
    valid = all([box_ok(did, f"{w} {it.get('text', it.get('value', it.get('what')))!r}", it, pages) for it, w in okboxes])
    if not valid: continue
    for k in r["keep"]:
        for it in r["identifiers"]:
            if k["page"] == it["page"] and overlap(k["box"], it["box"]) > 0.25:
                err(f"{did}: keep {k['text']!r} box overlaps identifier {it['text']!r}")
    if not HAVE: continue
    # render pages
    imgs, tps = [], []
    if fmt == "pdf":
        pdf = pdfium.PdfDocument(path)
        if len(pdf) != pages: err(f"{did}: pdf has {len(pdf)} pages, record says {pages}")
        for i in range(len(pdf)):
            pg = pdf[i]
            imgs.append(pg.render(scale=200 / 72).to_pil().convert("RGB"))
            tps.append((pg.get_textpage(), pg.get_width(), pg.get_height()))
    else:
        im = Image.open(path); im.load()
        if pages != 1: err(f"{did}: raster file with pages={pages}")
        imgs.append(im.convert("RGB"))
    has_text = fmt == "pdf" and any(tp.count_chars() > 0 for tp, _, _ in tps)
    image_only = fmt != "pdf" or "image_only" in r["kind"] or not has_text
    if fmt == "pdf" and "image_only" in r["kind"] and has_text:
        err(f"{did}: image-only PDF has a text layer")
    for it in r["identifiers"] + r["keep"]:
        p = it["page"] - 1
        x0, y0, x1, y1 = it["box"]
        if not image_only:
            tp, W, H = tps[p]
            got = tp.get_text_bounded(left=x0 * W, bottom=H - y1 * H, right=x1 * W, top=H - y0 * H)
            if norm(it["text"]) not in norm(got):
                err(f"{did}: {it['text']!r} not found in its box (got {got!r})")
        im = imgs[p]; W, H = im.size
        crop = im.crop((int(x0 * W), int(y0 * H), int(x1 * W) + 1, int(y1 * H) + 1)).convert("L")
        if crop.getextrema()[0] > 140:
            err(f"{did}: box of {it['text']!r} contains no ink")
    for b in r["barcodes"]:
        n_codes[b["format"]] += 1
        if b["format"] not in ZX: err(f"{did}: unknown barcode format {b['format']}"); continue
        im = imgs[b["page"] - 1]; W, H = im.size
        x0, y0, x1, y1 = b["box"]; m = 0.02
        crop = im.crop((int(max(0, x0 - m) * W), int(max(0, y0 - m) * H), int(min(1, x1 + m) * W), int(min(1, y1 + m) * H)))
        res = zxingcpp.read_barcodes(crop)
        if not any(x.text == b["value"] and x.format.name == ZX[b["format"]] for x in res):
            err(f"{did}: barcode {b['format']} {b['value']!r} does not decode from its box (got {[(x.format.name, x.text) for x in res]})")
    for p, im in enumerate(imgs, 1):
        found = Counter((x.format.name, x.text) for x in zxingcpp.read_barcodes(im))
        listed = Counter((ZX.get(b["format"]), b["value"]) for b in r["barcodes"] if b["page"] == p)
        for k, c in found.items():
            if c > listed.get(k, 0): err(f"{did}: page {p} has unlisted barcode {k}")

# ------------------------------------------------------------------ report
print(f"documents: {len(texts)} texts + {len(files)} files = {len(texts) + len(files)}")
print("identifiers per type (distinct strings in texts + boxed/listed occurrences in files):")
for t in sorted(TYPES):
    print(f"  {t:17s} {type_count[t]}")
print(f"  {'total':17s} {sum(type_count.values())}")
print(f"keep strings: {keep_count}")
print(f"barcodes: {dict(n_codes)}")
print(f"documents with no identifier: {len(no_id_docs)} {no_id_docs}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("RESULT:", "FAIL" if errors else "PASS", f"({len(errors)} errors, {len(warnings)} warnings)")
sys.exit(1 if errors else 0)
