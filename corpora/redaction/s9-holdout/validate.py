#!/usr/bin/env python3
"""Validate the h9 hold-out redaction set (texts.jsonl, files.jsonl, files/).

Run with the private venv:  /tmp/s9venv/bin/python validate.py
Exit status 0 = all checks pass. Warnings (possible unlabelled name forms) are printed but do not fail.
"""
import io, json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
         "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
FORMATS = {"png", "jpeg", "tiff", "pdf", "docx"}
EXT = {"png": (".png",), "jpeg": (".jpg", ".jpeg"), "tiff": (".tif", ".tiff"), "pdf": (".pdf",), "docx": (".docx",)}
NAME_TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME"}
ERR, WARN = [], []


def err(m): ERR.append(m)
def warn(m): WARN.append(m)


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def is_word(c): return c.isalnum()


# ---------------------------------------------------------------- phones
RESERVED = [re.compile(r"^01632960\d{3}$"), re.compile(r"^02079460\d{3}$"), re.compile(r"^07700900\d{3}$")]


def phone_ok(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("44") and len(d) == 12:
        d = "0" + d[2:]
    if any(r.match(d) for r in RESERVED):
        return True
    return 3 <= len(d) <= 5 and len(d) == len(re.sub(r"\D", "", s))  # internal extension / bleep / pager


UK_PHONE_LIKE = re.compile(r"(?<![\w/.-])(?:\+44\s?\(?0?\)?\s?|\(?0)\d[\d\s()-]{8,14}\d(?![\w/-])")


def scan_phones(label, text):
    for m in UK_PHONE_LIKE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if d.startswith("44"):
            d = "0" + d[2:]
        if len(d) == 11 and d.startswith("0") and not any(r.match(d) for r in RESERVED):
            err(f"{label}: phone-like number outside the reserved ranges: {m.group(0)!r}")


# ---------------------------------------------------------------- texts
def check_texts(path, seen):
    docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    for d in docs:
        did = d.get("id")
        for k in ("id", "kind", "applicant", "text", "identifiers", "keep"):
            if k not in d:
                err(f"{did}: missing field {k}")
        if did in seen:
            err(f"{did}: duplicate id")
        seen.add(did)
        if not re.match(r"^h9-\d{3}$", did or ""):
            err(f"{did}: id not of the form h9-NNN")
        text = d["text"]
        spans = []
        istrs = set()
        for it in d["identifiers"]:
            s, t = it.get("text"), it.get("type")
            if t not in TYPES:
                err(f"{did}: bad type {t} for {s!r}")
            if s in istrs:
                err(f"{did}: identifier {s!r} listed twice")
            istrs.add(s)
            occ = occurrences(text, s)
            if not occ:
                err(f"{did}: identifier not in text: {s!r}")
            spans += [(a, b, s) for a, b in occ]
            if t == "PHONE" and not phone_ok(s):
                err(f"{did}: phone not in a reserved range: {s!r}")
            if s.strip() != s or not s:
                err(f"{did}: identifier has outer whitespace: {s!r}")
        # identifier occurrences must be whole words unless inside another identifier occurrence
        for a, b, s in spans:
            left = a > 0 and is_word(text[a - 1]) and is_word(text[a])
            right = b < len(text) and is_word(text[b]) and is_word(text[b - 1])
            if left or right:
                if not any(a2 <= a and b <= b2 and (a2, b2) != (a, b) for a2, b2, _ in spans):
                    err(f"{did}: identifier {s!r} occurs inside a larger word at {a}: {text[max(0,a-15):b+15]!r}")
        for k in d["keep"]:
            occ = occurrences(text, k)
            if not occ:
                err(f"{did}: keep string not in text: {k!r}")
            for a, b in occ:
                for a2, b2, s in spans:
                    if a < b2 and a2 < b:
                        err(f"{did}: keep {k!r} overlaps identifier {s!r}")
        if d["applicant"] in text and d["applicant"] not in d["keep"]:
            err(f"{did}: applicant name in text but not in keep")
        for it in d["identifiers"]:
            if it["text"] in d["keep"]:
                err(f"{did}: {it['text']!r} is both identifier and keep")
        scan_phones(did, text)
        # warning: capitalised name tokens of name identifiers seen outside any identifier occurrence
        covered = [False] * len(text)
        for a, b, _ in spans:
            for i in range(a, b):
                covered[i] = True
        for it in d["identifiers"]:
            if it["type"] not in NAME_TYPES:
                continue
            for tok in re.findall(r"[A-Za-zÀ-ÿ'’-]{3,}", it["text"]):
                if tok.lower() in {"mrs", "miss", "the", "and", "mum", "pau", "dr", "mr", "from"}:
                    continue
                for m in re.finditer(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", text):
                    if not all(covered[m.start():m.end()]):
                        warn(f"{did}: name token {tok!r} (from {it['text']!r}) also appears unlabelled: "
                             f"{text[max(0,m.start()-25):m.end()+25]!r}")
                        break
    return docs


# ---------------------------------------------------------------- files
def load_pages(fpath, fmt):
    """Return a list of PIL RGB images, one a page (PDF rendered at 200 dpi)."""
    from PIL import Image
    if fmt == "pdf":
        import pymupdf as fitz
        doc = fitz.open(fpath)
        out = []
        for p in doc:
            pix = p.get_pixmap(dpi=200)
            out.append(Image.frombytes("RGB", (pix.width, pix.height), pix.samples))
        return out
    im = Image.open(fpath)
    out = []
    for i in range(getattr(im, "n_frames", 1)):
        im.seek(i)
        out.append(im.convert("RGB").copy())
    return out


def crop(img, box, pad_px=0):
    W, H = img.size
    x0, y0, x1, y1 = box
    return img.crop((max(0, int(x0 * W) - pad_px), max(0, int(y0 * H) - pad_px),
                     min(W, int(round(x1 * W)) + pad_px), min(H, int(round(y1 * H)) + pad_px)))


def ink_check(label, img, box):
    """The box must contain ink: pixels that differ strongly from the box's own background (the median
    of its one-pixel border ring), spanning most of the box (tightness)."""
    import numpy as np
    a = np.asarray(crop(img, box).convert("L"), dtype=np.int16)
    if a.size == 0 or min(a.shape) < 3:
        err(f"{label}: empty or degenerate box {box}")
        return
    ring = np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]])
    bgv = int(np.median(ring))
    ink = np.abs(a - bgv) > 60
    if ink.sum() < 8:
        err(f"{label}: no ink in box {box}")
        return
    ys, xs = np.nonzero(ink)
    h, w = a.shape
    if (xs.max() - xs.min() + 1) < 0.6 * w or (ys.max() - ys.min() + 1) < 0.4 * h:
        err(f"{label}: box {box} is not tight (ink covers {xs.max()-xs.min()+1}x{ys.max()-ys.min()+1} of {w}x{h} px)")


def decode(img):
    import zxingcpp
    return zxingcpp.read_barcodes(img, formats=(zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.QRCode),
                                  try_rotate=True, try_downscale=True)


def fmt_name(r):
    return {"Code128": "Code128", "QRCode": "QRCode"}.get(r.format.name, r.format.name)


def barcode_check(label, img, bc):
    from PIL import Image
    c = crop(img, bc["box"], pad_px=4)
    canvas = Image.new("RGB", (c.width + 60, c.height + 60), "white")
    canvas.paste(c, (30, 30))
    res = decode(canvas)
    vals = [(fmt_name(r), r.text) for r in res]
    want = ("QRCode" if bc["format"] in ("QR", "QRCode") else bc["format"], bc["value"])
    if want not in vals:
        err(f"{label}: barcode {bc['format']} {bc['value']!r} not decoded inside its box (got {vals})")


def docx_text(fpath):
    from docx import Document
    d = Document(fpath)
    parts = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    walk_tables(cell.tables)
    parts.extend(p.text for p in d.paragraphs)
    walk_tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            parts.extend(p.text for p in hf.paragraphs)
            walk_tables(hf.tables)
    xml = zipfile.ZipFile(fpath).read("word/document.xml").decode("utf-8")
    breaks = xml.count('w:type="page"')
    return "\n".join(parts), breaks


def check_files(path, seen):
    import pymupdf as fitz
    docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    for d in docs:
        did = d.get("id")
        if did in seen:
            err(f"{did}: duplicate id")
        seen.add(did)
        if not re.match(r"^h9-\d{3}$", did or ""):
            err(f"{did}: id not of the form h9-NNN")
        for k in ("id", "file", "format", "kind", "applicant", "pages", "identifiers", "keep"):
            if k not in d:
                err(f"{did}: missing field {k}")
        fmt = d["format"]
        if fmt not in FORMATS:
            err(f"{did}: bad format {fmt}")
            continue
        fpath = os.path.join(HERE, d["file"])
        if not os.path.isfile(fpath):
            err(f"{did}: file missing {d['file']}")
            continue
        if not d["file"].lower().endswith(EXT[fmt]):
            err(f"{did}: extension does not match format {fmt}")
        for it in d["identifiers"]:
            if it.get("type") not in TYPES:
                err(f"{did}: bad type {it.get('type')} for {it.get('text')!r}")
            if it.get("type") == "PHONE" and not phone_ok(it["text"]):
                err(f"{did}: phone not in a reserved range: {it['text']!r}")
        if fmt == "docx":
            text, breaks = docx_text(fpath)
            if breaks + 1 != d["pages"]:
                err(f"{did}: DOCX has {breaks} explicit page breaks but pages={d['pages']}")
            for it in d["identifiers"]:
                if "box" in it or "page" in it:
                    err(f"{did}: DOCX entries take no page/box")
                if it["text"] not in text:
                    err(f"{did}: DOCX identifier not found: {it['text']!r}")
            for k in d["keep"]:
                ks = k["text"] if isinstance(k, dict) else k
                if ks not in text:
                    err(f"{did}: DOCX keep not found: {ks!r}")
            scan_phones(did, text)
            if d.get("barcodes"):
                err(f"{did}: barcodes listed on a DOCX")
            continue
        # page count and images
        if fmt == "pdf":
            pdf = fitz.open(fpath)
            n = pdf.page_count
        else:
            from PIL import Image
            n = getattr(Image.open(fpath), "n_frames", 1)
        if n != d["pages"]:
            err(f"{did}: file has {n} pages, stated {d['pages']}")
            continue
        pages = load_pages(fpath, fmt)
        digital = fmt == "pdf" and d.get("text_layer", False)
        if fmt == "pdf" and not digital:
            for i, p in enumerate(pdf):
                if p.get_text().strip():
                    err(f"{did}: 'scanned' PDF page {i+1} has a text layer")
        entries = [("identifier", e) for e in d["identifiers"]] + [("keep", e) for e in d["keep"]]
        for kind, e in entries:
            lab = f"{did} {kind} {e.get('text')!r} p{e.get('page')}"
            if "page" not in e or "box" not in e:
                err(f"{lab}: missing page/box")
                continue
            if not 1 <= e["page"] <= d["pages"]:
                err(f"{lab}: page out of range")
                continue
            x0, y0, x1, y1 = e["box"]
            if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
                err(f"{lab}: box outside the page or inverted: {e['box']}")
                continue
            img = pages[e["page"] - 1]
            ink_check(lab, img, e["box"])
            if digital:
                p = pdf[e["page"] - 1]
                r = fitz.Rect(x0 * p.rect.width, y0 * p.rect.height, x1 * p.rect.width, y1 * p.rect.height)
                got = " ".join(p.get_text("text", clip=r + (-2, -2, 2, 2)).split())
                if " ".join(e["text"].split()) not in got:
                    err(f"{lab}: text layer in box reads {got!r}")
        if digital:
            full = "\n".join(p.get_text() for p in pdf)
            scan_phones(did, full)
        decoded_values = set()
        for i, img in enumerate(pages):
            decoded_values |= {(i + 1, r.text) for r in decode(img)}
        listed = {(b["page"], b["value"]) for b in d.get("barcodes", [])}
        for pv in decoded_values - listed:
            err(f"{did}: a barcode on page {pv[0]} decodes to {pv[1]!r} but is not listed")
        for b in d.get("barcodes", []):
            lab = f"{did} barcode {b.get('value')!r} p{b.get('page')}"
            if b.get("format") not in ("Code128", "QRCode"):
                err(f"{lab}: unexpected symbology {b.get('format')}")
            x0, y0, x1, y1 = b["box"]
            if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
                err(f"{lab}: box outside the page or inverted")
                continue
            ink_check(lab, pages[b["page"] - 1], b["box"])
            barcode_check(lab, pages[b["page"] - 1], b)
        for ph in d.get("photos", []):
            x0, y0, x1, y1 = ph["box"]
            if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1) or not 1 <= ph["page"] <= d["pages"]:
                err(f"{did}: photo box invalid {ph}")
    return docs


def main():
    seen = set()
    texts = check_texts(os.path.join(HERE, "texts.jsonl"), seen)
    files = []
    fp = os.path.join(HERE, "files.jsonl")
    if os.path.exists(fp):
        files = check_files(fp, seen)
    else:
        err("files.jsonl missing")
    for w in WARN:
        print("WARN", w)
    for e in ERR:
        print("FAIL", e)
    from collections import Counter
    c = Counter()
    for d in texts + files:
        for it in d["identifiers"]:
            c[it["type"]] += 1
    print(f"texts {len(texts)}, files {len(files)}, identifier entries {sum(c.values())}, "
          f"keep entries {sum(len(d['keep']) for d in texts + files)}")
    print("per type:", dict(sorted(c.items())))
    print("RESULT:", "PASS" if not ERR else f"FAIL ({len(ERR)} problems)")
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
