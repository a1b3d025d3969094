"""Checks this redaction set against FORMAT.md. Run with the set's own venv:
    .venv/bin/python validate.py
Exit code 0 and "PASS" when every check holds."""
import json, os, re, sys, io, email
from email import policy
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
ERR = []


def err(doc, msg):
    ERR.append(f"{doc}: {msg}")


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


# ----------------------------------------------------------------- phone / e-mail / URL plausibility
RESERVED = [r"^07700900\d{3}$", r"^01632960\d{3}$", r"^02079460\d{3}$", r"^011[3-8]4960\d{3}$", r"^01214960\d{3}$",
            r"^01314960\d{3}$", r"^01414960\d{3}$", r"^01514960\d{3}$", r"^01614960\d{3}$", r"^01914980\d{3}$",
            r"^02896496\d{3}$", r"^02920180\d{3}$"]
UK_PHONE = re.compile(r"(?<![\d/])(?:\+44\s?7\d{3}|\+44\s?\d{2,4}|0\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d/])")


def uk_digits(s):
    s = s.translate(str.maketrans("OoIl", "0011"))   # OCR-damaged digits
    d = re.sub(r"\D", "", s)
    if s.strip().startswith("+44"):
        d = "0" + d[2:]
    return d


def phone_ok(s):
    st = s.strip()
    if st.startswith("+") and not st.startswith("+44"):
        return True      # foreign numbers (invented, written beside translations)
    d = uk_digits(st)
    if len(d) <= 5:
        return True      # bleeps and extensions
    return any(re.match(p, d) for p in RESERVED)


def email_ok(s):
    dom = s.split("@")[-1].lower()
    return dom.endswith("nhs.net") or ".example." in "." + dom or dom.startswith("example.")


def url_ok(s):
    return "example" in s.lower()


PATTERNS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "url": re.compile(r"https?://\S+"),
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"),
    "phone": UK_PHONE,
    "nhs10": re.compile(r"(?<![\d-])\d{3} ?\d{3} ?\d{4}(?![\d-])"),
}


def check_text_doc(d):
    did = d["id"]
    text = d["text"]
    for k in ("id", "kind", "applicant", "text", "identifiers", "keep"):
        if k not in d:
            err(did, f"missing field {k}")
    seen = set()
    id_spans, keep_spans = [], []
    for e in d["identifiers"]:
        t, ty = e.get("text"), e.get("type")
        if ty not in TYPES:
            err(did, f"bad type {ty} for {t!r}")
        if not t or t not in text:
            err(did, f"identifier not in text: {t!r}")
            continue
        if t in seen:
            err(did, f"duplicate identifier {t!r}")
        seen.add(t)
        if ty == "PHONE" and not phone_ok(t):
            err(did, f"phone outside reserved ranges: {t!r}")
        if ty == "EMAIL" and not email_ok(t):
            err(did, f"e-mail domain not example/nhs.net: {t!r}")
        if ty == "URL" and not url_ok(t):
            err(did, f"URL not on an example domain: {t!r}")
        for sp in occurrences(text, t):
            id_spans.append((sp, t))
    for k in d["keep"]:
        if not k or k not in text:
            err(did, f"keep string not in text: {k!r}")
            continue
        if k in seen:
            err(did, f"string is both identifier and keep: {k!r}")
        keep_spans += occurrences(text, k)
    # an identifier occurrence must never overlap a keep occurrence
    for (a, b), t in id_spans:
        for (c, e2) in keep_spans:
            if a < e2 and c < b:
                err(did, f"identifier {t!r} at {a} overlaps a keep string {text[c:e2]!r}")
    # short identifiers must stand as whole tokens (or sit inside a longer identifier)
    for (a, b), t in id_spans:
        if len(t) <= 4:
            left = text[a - 1] if a > 0 else " "
            right = text[b] if b < len(text) else " "
            if left.isalnum() or right.isalnum():
                inside = any(c <= a and b <= e2 and (c, e2) != (a, b) for (c, e2), _ in id_spans)
                if not inside:
                    err(did, f"short identifier {t!r} occurs inside a word at {a}: {text[max(0,a-10):b+10]!r}")
    # anything that looks like contact data or an NHS-style number must be annotated
    covered = [sp for sp, _ in id_spans] + keep_spans
    for name, rx in PATTERNS.items():
        for m in rx.finditer(text):
            a, b = m.span()
            if name == "url":
                b = a + len(m.group(0).rstrip(".,;)"))
            if not any(c <= a and b <= e2 for c, e2 in covered):
                if name == "phone" and not re.search(r"\d{3}", m.group(0)):
                    continue
                err(did, f"unannotated {name}-like string {text[a:b]!r}")
            elif name == "phone" and any(c <= a and b <= e2 for c, e2 in keep_spans) \
                    and not any(c <= a and b <= e2 for (c, e2), _ in id_spans):
                err(did, f"phone-like string kept: {text[a:b]!r}")


# ----------------------------------------------------------------- files
def norm(s):
    return re.sub(r"\s+", "", s)


def page_images(path, fmt):
    from PIL import Image
    if fmt == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        return [pdf[i].render(scale=200 / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    im = Image.open(path)
    out = []
    i = 0
    while True:
        try:
            im.seek(i)
        except EOFError:
            break
        out.append(im.convert("RGB").copy())
        i += 1
    return out


def decode(img):
    import zxingcpp
    res = []
    for r in zxingcpp.read_barcodes(img):
        f = getattr(r.format, "name", str(r.format)).split(".")[-1]
        p = r.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        res.append((f, r.text, sum(xs) / 4 / img.size[0], sum(ys) / 4 / img.size[1]))
    return res


def box_ok(b):
    return (isinstance(b, list) and len(b) == 4 and 0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1)


def check_file_doc(d):
    did = d["id"]
    path = os.path.join(HERE, d["file"])
    fmt = d["format"]
    if not os.path.exists(path):
        err(did, "file missing")
        return
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if {"jpg": "jpeg", "tif": "tiff"}.get(ext, ext) != fmt:
        err(did, f"format {fmt} does not match extension {ext}")
    for e in d["identifiers"]:
        if e.get("type") not in TYPES:
            err(did, f"bad type {e.get('type')}")
        if e.get("type") == "PHONE" and not phone_ok(e["text"]):
            err(did, f"phone outside reserved ranges: {e['text']!r}")
        if e.get("type") == "EMAIL" and not email_ok(e["text"]):
            err(did, f"bad e-mail domain {e['text']!r}")
        if e.get("type") == "URL" and not url_ok(e["text"]):
            err(did, f"URL not on an example domain {e['text']!r}")
    id_strings = {e["text"] for e in d["identifiers"]}
    keep_strings = {(k["text"] if isinstance(k, dict) else k) for k in d["keep"]}
    for s in id_strings & keep_strings:
        err(did, f"string both identifier and keep: {s!r}")

    if fmt in ("docx", "eml"):
        if fmt == "docx":
            import docx
            doc = docx.Document(path)
            parts = [p.text for p in doc.paragraphs]
            for t in doc.tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.append(c.text)
            full = "\n".join(parts)
            if doc.inline_shapes and len(doc.inline_shapes):
                err(did, "docx holds images (codes would be unlisted)")
        else:
            msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
            full = "\n".join(f"{k}: {v}" for k, v in msg.items()) + "\n" + msg.get_body(("plain",)).get_content()
            if any(p.get_content_maintype() == "image" for p in msg.walk()):
                err(did, "e-mail holds images")
        for e in d["identifiers"]:
            if "box" in e or "page" in e:
                err(did, f"{fmt} identifier must not have page/box: {e['text']!r}")
            if e["text"] not in full:
                err(did, f"identifier not in {fmt} text: {e['text']!r}")
        for k in d["keep"]:
            if k not in full:
                err(did, f"keep not in {fmt} text: {k!r}")
        if d.get("barcodes"):
            err(did, "barcodes listed for a docx/eml")
        # reuse the text checks (overlap, coverage, short ids) on the extracted text
        check_text_doc({"id": did, "kind": d["kind"], "applicant": d["applicant"], "text": full,
                        "identifiers": d["identifiers"], "keep": d["keep"]})
        return

    imgs = page_images(path, fmt)
    if len(imgs) != d["pages"]:
        err(did, f"pages {d['pages']} but file has {len(imgs)}")
    text_layer = None
    if fmt == "pdf":
        import pdfplumber
        pl = pdfplumber.open(path)
        texts = [(p.extract_text() or "") for p in pl.pages]
        text_layer = any(t.strip() for t in texts)
    entries = [("id", e) for e in d["identifiers"]] + [("keep", k) for k in d["keep"]]
    per_page = defaultdict(Counter)
    for kind, e in entries:
        pg, b, t = e.get("page"), e.get("box"), e.get("text")
        if not isinstance(pg, int) or not (1 <= pg <= len(imgs)):
            err(did, f"bad page for {t!r}")
            continue
        if not box_ok(b):
            err(did, f"bad box {b} for {t!r}")
            continue
        per_page[pg][t] += 1
        im = imgs[pg - 1]
        W, H = im.size
        crop = im.convert("L").crop((int(b[0] * W), int(b[1] * H), int(b[2] * W) + 1, int(b[3] * H) + 1))
        if crop.getextrema()[0] > 130:
            err(did, f"no ink inside box of {t!r} on page {pg}")
        if text_layer:
            p = pl.pages[pg - 1]
            m = 2.0
            bb = (max(0, b[0] * p.width - m), max(0, b[1] * p.height - m),
                  min(p.width, b[2] * p.width + m), min(p.height, b[3] * p.height + m))
            got = p.within_bbox(bb).extract_text() or ""
            if norm(t) not in norm(got):
                err(did, f"text layer in box spells {got!r}, not {t!r} (page {pg})")
    if fmt == "pdf" and not text_layer and any(d[k] for k in ("identifiers",)):
        pass  # image-only PDF: boxes checked by ink only
    if text_layer:
        # every occurrence in the text layer must have its own entry
        for pg, cnt in per_page.items():
            ptxt = norm(texts[pg - 1])
            for t, n in cnt.items():
                have = len(occurrences(ptxt, norm(t)))
                if have != n:
                    err(did, f"{t!r} occurs {have}x on page {pg} of the text layer but has {n} entries")
    if fmt == "pdf" and d["kind"].find("image") >= 0 and text_layer:
        err(did, "image-only PDF has a text layer")
    # codes
    listed = d.get("barcodes", [])
    decoded = {i + 1: decode(im) for i, im in enumerate(imgs)}
    used = set()
    nums = {re.sub(r"\W", "", e["text"]) for e in d["identifiers"] if e["type"] in ("NHS_NUMBER", "HOSPITAL_NUMBER")}
    for c in listed:
        if c["format"] not in ("Code128", "QRCode"):
            err(did, f"unexpected symbology {c['format']}")
        if not box_ok(c["box"]):
            err(did, f"bad code box {c['box']}")
            continue
        if re.sub(r"\W", "", c["value"]) not in nums:
            err(did, f"code value {c['value']!r} is not one of the document's patient numbers")
        hit = None
        for j, (f, v, cx, cy) in enumerate(decoded.get(c["page"], [])):
            if (c["page"], j) in used:
                continue
            if f == c["format"] and v == c["value"] and c["box"][0] <= cx <= c["box"][2] and c["box"][1] <= cy <= c["box"][3]:
                hit = j
                break
        if hit is None:
            err(did, f"listed {c['format']} {c['value']!r} on page {c['page']} not decoded inside its box")
        else:
            used.add((c["page"], hit))
    for pg, lst in decoded.items():
        for j, (f, v, cx, cy) in enumerate(lst):
            if (pg, j) not in used:
                err(did, f"unlisted code decoded on page {pg}: {f} {v!r}")


def main():
    texts = [json.loads(l) for l in open(os.path.join(HERE, "texts.jsonl"), encoding="utf-8") if l.strip()]
    files = [json.loads(l) for l in open(os.path.join(HERE, "files.jsonl"), encoding="utf-8") if l.strip()]
    ids = [d["id"] for d in texts + files]
    for k, n in Counter(ids).items():
        if n > 1:
            err(k, "duplicate document id")
    for d in texts:
        check_text_doc(d)
    for d in files:
        check_file_doc(d)
    listed = set(os.listdir(os.path.join(HERE, "files")))
    for f in listed - {os.path.basename(d["file"]) for d in files}:
        err(f, "file in files/ not listed in files.jsonl")
    n_id = sum(len(d["identifiers"]) for d in texts + files)
    n_keep = sum(len(d["keep"]) for d in texts + files)
    codes = Counter(c["format"] for d in files for c in d.get("barcodes", []))
    print(f"documents: {len(texts)} texts + {len(files)} files = {len(texts) + len(files)}")
    print(f"identifier entries: {n_id}   keep entries: {n_keep}   codes: {dict(codes)}")
    print("by type:", dict(Counter(e["type"] for d in texts + files for e in d["identifiers"])))
    if ERR:
        print("\n".join(ERR))
        print(f"FAIL ({len(ERR)} problems)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
