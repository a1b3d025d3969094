#!/usr/bin/env python3
"""Validator for the s4-holdout redaction set.

Checks
  texts.jsonl : every identifier and keep string occurs verbatim in its text; no keep occurrence overlaps an
                identifier occurrence; lint warnings for things that look like unlabelled identifiers.
  files.jsonl : every file exists and opens; page numbers valid; every box inside [0,1] with x0<x1, y0<y1;
                every barcode decodes (with the right value) from the original file; for PDFs with a text
                layer, the text inside each identifier/keep box contains that string.
Run with /work/main/.venv/bin/python check.py   (exit code 1 on errors)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors, warnings = [], []


def err(m): errors.append(m)
def warn(m): warnings.append(m)


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


SUSPECT = [
    (re.compile(r"(?<![\w/.])\d(?:[ -]?\d){5,}(?![\w/])"), "long digit run"),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"), "postcode-like"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "email"),
    (re.compile(r"\b(?:https?://|www\.)\S+"), "url"),
    (re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|DC|PC|DS|Sgt)\.? ([A-Z][A-Za-z-]+(?:['’][A-Z][A-Za-z-]+)?)"), "titled name"),
    (re.compile(r"\b[A-Z]{1,4}[-/]?\d{5,}\b"), "letter+digits code"),
]


def check_texts():
    path = os.path.join(HERE, "texts.jsonl")
    docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    for d in docs:
        t, did = d["text"], d["id"]
        for k in ("id", "kind", "applicant", "text", "identifiers", "keep"):
            if k not in d:
                err(f"{did}: missing field {k}")
        covered = [0] * len(t)
        idspans = []
        for i in d["identifiers"]:
            occ = occurrences(t, i["text"])
            if not occ:
                err(f"{did}: identifier not in text: {i['text']!r}")
            for a, b in occ:
                idspans.append((a, b, i["text"]))
                for x in range(a, b):
                    covered[x] = 1
                before = t[a - 1] if a else " "
                after = t[b] if b < len(t) else " "
                if (before.isalnum() and i["text"][0].isalnum()) or (after.isalnum() and i["text"][-1].isalnum()):
                    warn(f"{did}: identifier {i['text']!r} occurs inside a word: …{t[max(0,a-15):b+15]!r}…")
        for k in d["keep"]:
            occ = occurrences(t, k)
            if not occ:
                err(f"{did}: keep not in text: {k!r}")
            for a, b in occ:
                for (x, y, s) in idspans:
                    if x < b and a < y:
                        err(f"{did}: keep {k!r} overlaps identifier {s!r}")
                for x in range(a, b):
                    covered[x] = 1
            if k in {i["text"] for i in d["identifiers"]}:
                err(f"{did}: {k!r} is both keep and identifier")
        if not (8 <= len(d["keep"]) <= 20):
            warn(f"{did}: {len(d['keep'])} keep strings")
        app = d["applicant"]
        surname = app.split()[-1]
        if not any(surname in k for k in d["keep"]):
            warn(f"{did}: applicant name form not in keep")
        for rx, what in SUSPECT:
            for m in rx.finditer(t):
                a, b = (m.start(1), m.end(1)) if rx.groups else (m.start(), m.end())
                if what == "long digit run" and re.fullmatch(r"(19|20)\d\d[ -]\d\d", m.group(0)):
                    continue  # a year followed by a day or hour
                if not all(covered[a:b]):
                    warn(f"{did}: unlabelled {what}: {m.group(0)!r}")
    return docs


def inside(b):
    return (len(b) == 4 and all(0 <= v <= 1 for v in b) and b[0] < b[2] and b[1] < b[3])


def pdf_pages(fp):
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(fp))


def render_pdf(fp, scale=200 / 72):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(fp)
    return [doc[i].render(scale=scale).to_pil() for i in range(len(doc))]


def load_pages(fp, fmt):
    from PIL import Image
    if fmt == "pdf":
        return render_pdf(fp)
    im = Image.open(fp)
    pages = []
    try:
        i = 0
        while True:
            im.seek(i); pages.append(im.convert("RGB").copy()); i += 1
    except EOFError:
        pass
    return pages


def decode(img):
    import zxingcpp
    return zxingcpp.read_barcodes(img)


def check_files():
    path = os.path.join(HERE, "files.jsonl")
    if not os.path.exists(path):
        warn("no files.jsonl"); return []
    docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    for d in docs:
        did = d["id"]
        fp = os.path.join(HERE, d["file"])
        if not os.path.exists(fp):
            err(f"{did}: file missing {d['file']}"); continue
        fmt = d["format"]
        exts = {"png": (".png",), "jpeg": (".jpg", ".jpeg"), "tiff": (".tif", ".tiff"), "pdf": (".pdf",),
                "docx": (".docx",)}
        if fmt not in exts or not d["file"].lower().endswith(exts[fmt]):
            err(f"{did}: extension does not match format {fmt}")
        if fmt == "docx":
            import docx
            doc = docx.Document(fp)
            parts = [p.text for p in doc.paragraphs]
            for tb in doc.tables:
                for row in tb.rows:
                    for c in row.cells:
                        parts.append(c.text)
            for s in doc.sections:
                for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                    parts += [p.text for p in hf.paragraphs]
                    for tb in hf.tables:
                        for row in tb.rows:
                            for c in row.cells:
                                parts.append(c.text)
            alltext = "\n".join(parts)
            for i in d["identifiers"]:
                if "box" in i or "page" in i:
                    err(f"{did}: docx identifier has box/page")
                if i["text"] not in alltext:
                    err(f"{did}: docx identifier not found: {i['text']!r}")
            for k in d["keep"]:
                if k["text"] not in alltext:
                    err(f"{did}: docx keep not found: {k['text']!r}")
            continue
        pages = load_pages(fp, fmt)
        if len(pages) != d["pages"]:
            err(f"{did}: pages {len(pages)} != declared {d['pages']}")
        for coll in ("identifiers", "keep", "barcodes", "photos"):
            for e in d.get(coll, []):
                if not inside(e["box"]):
                    err(f"{did}: bad box {e}")
                if not (1 <= e["page"] <= d["pages"]):
                    err(f"{did}: bad page {e}")
        # barcodes decode from the original file
        for pno in range(1, len(pages) + 1):
            want = [b for b in d.get("barcodes", []) if b["page"] == pno]
            if not want:
                continue
            img = pages[pno - 1]
            W, H = img.size
            got = [(r.text, str(r.format)) for r in decode(img)]
            for b in want:
                ok = b["value"] in [g[0] for g in got]
                if not ok:  # try the box region alone (several codes on one page)
                    x0, y0, x1, y1 = b["box"]
                    pad = 0.03
                    crop = img.crop((max(0, int((x0 - pad) * W)), max(0, int((y0 - pad) * H)),
                                     min(W, int((x1 + pad) * W)), min(H, int((y1 + pad) * H))))
                    ok = b["value"] in [r.text for r in decode(crop)]
                if not ok:
                    err(f"{did}: barcode {b['value']!r} p{pno} does not decode (got {got})")
                else:
                    # the decoded code must lie inside the declared box
                    for r in decode(img):
                        if r.text == b["value"]:
                            p = r.position
                            xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
                            ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
                            x0, y0, x1, y1 = b["box"]
                            if not (min(xs) >= (x0 - 0.02) * W and max(xs) <= (x1 + 0.02) * W and
                                    min(ys) >= (y0 - 0.02) * H and max(ys) <= (y1 + 0.02) * H):
                                if sum(1 for rr in decode(img) if rr.text == b["value"]) == 1:
                                    err(f"{did}: barcode {b['value']!r} decoded outside its box")
        # text-layer PDFs: string inside box
        if fmt == "pdf" and d.get("text_layer"):
            import pdfplumber
            with pdfplumber.open(fp) as pdf:
                for coll in ("identifiers", "keep"):
                    for e in d.get(coll, []):
                        pg = pdf.pages[e["page"] - 1]
                        W, H = float(pg.width), float(pg.height)
                        x0, y0, x1, y1 = e["box"]
                        pad = 1.5
                        crop = pg.crop((max(0, x0 * W - pad), max(0, y0 * H - pad), min(W, x1 * W + pad), min(H, y1 * H + pad)))
                        txt = crop.extract_text() or ""
                        norm = lambda s: re.sub(r"\s+", "", s)
                        if norm(e["text"]) not in norm(txt):
                            err(f"{did}: text-layer box for {e['text']!r} p{e['page']} holds {txt!r}")
    return docs


if __name__ == "__main__":
    tdocs = check_texts()
    fdocs = check_files()
    ids = [d["id"] for d in tdocs + fdocs]
    if len(ids) != len(set(ids)):
        err("duplicate document ids")
    for d in tdocs + fdocs:
        if not re.fullmatch(r"h4-\d{3}", d["id"]):
            err(f"bad id {d['id']}")
    listed = {d["file"] for d in fdocs}
    for fn in os.listdir(os.path.join(HERE, "files")):
        if "files/" + fn not in listed:
            err(f"file not listed in files.jsonl: {fn}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(tdocs)} text docs, {len(fdocs)} file docs, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)
