"""Validate the s5-holdout set.

Hard checks (errors):
  texts.jsonl  - ids unique and well formed; every identifier and keep string occurs verbatim in its text;
                 types are FORMAT.md types; 8-20 keep strings; no string is both identifier and keep;
                 every keep string has at least one occurrence not inside an identifier occurrence.
  files.jsonl  - every file exists, format matches, page count matches; every box within [0,1] with
                 x0<x1, y0<y1 and page within range; every barcode decodes in the original file with the
                 declared value and format, and the decoded position lies inside the declared box (loosely);
                 for PDFs with a text layer, each identifier/keep text is found in the text layer inside
                 its box; for DOCX, each identifier/keep text is found in the document XML text.
Lint (warnings, reviewed by hand):
  - identifier occurrences that are not word-bounded (part of a longer word)
  - words of a name identifier that appear elsewhere in the text outside every identifier occurrence
  - keep occurrences that overlap identifier occurrences
  - words of the applicant's surname outside keep occurrences
Run:  /work/main/.venv/bin/python validate.py
"""
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
         "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
NAME_TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME"}
STOP = {"dr", "mr", "mrs", "ms", "miss", "the", "and", "of", "de", "la", "van", "der", "von", "bin", "ni", "mac",
        "an", "nurse", "sister", "staff", "baby", "pt", "prof", "rev"}

errors, warnings = [], []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def warn(doc, msg):
    warnings.append("%s: %s" % (doc, msg))


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def load_jsonl(name):
    p = os.path.join(HERE, name)
    if not os.path.exists(p):
        return []
    with open(p, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def lint_ok():
    p = os.path.join(HERE, "lint_ok.json")
    return json.load(open(p)) if os.path.exists(p) else {}


def check_texts(docs, ok):
    seen = set()
    for d in docs:
        did = d.get("id")
        if not re.fullmatch(r"h5-\d{3}", did or ""):
            err(did, "bad id")
        if did in seen:
            err(did, "duplicate id")
        seen.add(did)
        for k in ("kind", "applicant", "text", "identifiers", "keep"):
            if k not in d:
                err(did, "missing " + k)
        text = d["text"]
        id_spans = []
        idtexts = set()
        for it in d["identifiers"]:
            s, t = it["text"], it["type"]
            if t not in TYPES:
                err(did, "bad type %s" % t)
            if s != s.strip() or not s:
                err(did, "identifier with outer whitespace %r" % s)
            occ = occurrences(text, s)
            if not occ:
                err(did, "identifier not in text: %r" % s)
            if s in idtexts:
                err(did, "duplicate identifier %r" % s)
            idtexts.add(s)
            id_spans += [(a, b, s) for a, b in occ]
        keep = d["keep"]
        if not (8 <= len(keep) <= 20):
            err(did, "keep count %d" % len(keep))
        for s in keep:
            if s in idtexts:
                err(did, "string both identifier and keep: %r" % s)
            occ = occurrences(text, s)
            if not occ:
                err(did, "keep not in text: %r" % s)
                continue
            free = [o for o in occ if not any(a < o[1] and o[0] < b for a, b, _ in id_spans)]
            if not free:
                err(did, "keep %r only occurs inside identifiers" % s)
            elif len(free) < len(occ):
                warn(did, "keep %r partly overlaps identifiers" % s)
        okd = set(ok.get(did, []))
        # word-boundary lint
        for a, b, s in id_spans:
            before = text[a - 1] if a > 0 else " "
            after = text[b] if b < len(text) else " "
            if (before.isalnum() or after.isalnum()):
                inside = any(a2 <= a and b <= b2 and (a2, b2) != (a, b) for a2, b2, _ in id_spans)
                if not inside and s not in okd:
                    warn(did, "identifier %r not word-bounded at %d (%r)" % (s, a, text[max(0, a - 15):b + 15]))
        covered = [False] * len(text)
        for a, b, _ in id_spans:
            for i in range(a, b):
                covered[i] = True
        keep_cov = [False] * len(text)
        for s in keep:
            for a, b in occurrences(text, s):
                for i in range(a, b):
                    keep_cov[i] = True
        # name-token lint
        toks = set()
        for it in d["identifiers"]:
            if it["type"] in NAME_TYPES:
                for w in re.findall(r"[A-Za-zÀ-ÿĀ-žŁłŚśŻżŹźÓóĆćŃńĘęĄą'’-]+", it["text"]):
                    w = w.strip("'’-")
                    if len(w) >= 3 and w.lower() not in STOP:
                        toks.add(w)
        for w in sorted(toks):
            for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text, re.I):
                if not any(covered[m.start():m.end()]):
                    tag = "%s:%s" % (w, text[m.start():m.end()])
                    if w in okd or tag in okd:
                        continue
                    warn(did, "name word %r untagged at %d: %r" % (w, m.start(),
                                                                     text[max(0, m.start() - 25):m.end() + 25]))
        # applicant lint
        ap = d["applicant"]
        for w in re.findall(r"[^\s.]+", ap):
            if w.lower().strip(".") in STOP or len(w) < 3:
                continue
            for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text, re.I):
                if not any(keep_cov[m.start():m.end()]):
                    if ("applicant:" + w) in okd:
                        continue
                    warn(did, "applicant word %r not in keep at %d: %r" % (
                        w, m.start(), text[max(0, m.start() - 25):m.end() + 25]))


# ------------------------------------------------------------------ files

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


def has_text_layer(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return any(pg.chars for pg in pdf.pages)


def check_box(did, what, box):
    if not (isinstance(box, list) and len(box) == 4):
        err(did, "%s: bad box %r" % (what, box))
        return False
    x0, y0, x1, y1 = box
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        err(did, "%s: box out of range or empty %r" % (what, box))
        return False
    return True


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check_files(docs, n_texts):
    import zxingcpp
    fmts = {"png", "jpeg", "tiff", "pdf", "docx"}
    seen = set()
    for d in docs:
        did = d["id"]
        if did in seen:
            err(did, "duplicate id")
        seen.add(did)
        path = os.path.join(HERE, d["file"])
        if not os.path.exists(path):
            err(did, "file missing " + d["file"])
            continue
        fmt = d["format"]
        if fmt not in fmts:
            err(did, "bad format " + fmt)
        keep = d["keep"]
        if not (8 <= len({k["text"] for k in keep}) <= 20):
            err(did, "keep count %d" % len({k["text"] for k in keep}))
        for it in d["identifiers"]:
            if it["type"] not in TYPES:
                err(did, "bad type " + it["type"])
        idt = {i["text"] for i in d["identifiers"]}
        for k in keep:
            if k["text"] in idt:
                err(did, "both identifier and keep %r" % k["text"])
        if fmt == "docx":
            with zipfile.ZipFile(path) as z:
                xml = ""
                for n in z.namelist():
                    if n.startswith("word/") and n.endswith(".xml"):
                        xml += z.read(n).decode("utf8")
            # join text of w:t elements per paragraph
            paras = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
            alltext = "\n".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paras)
            import html
            alltext = html.unescape(alltext)
            for it in d["identifiers"] + keep:
                if "box" in it or "page" in it:
                    err(did, "docx entries must not have page/box")
                if it["text"] not in alltext:
                    err(did, "docx text not found %r" % it["text"])
            for bc in d.get("barcodes", []):
                found = False
                from PIL import Image
                with zipfile.ZipFile(path) as z:
                    for n in z.namelist():
                        if n.startswith("word/media/"):
                            im = Image.open(io.BytesIO(z.read(n))).convert("RGB")
                            for r in zxingcpp.read_barcodes(im):
                                if r.text == bc["value"]:
                                    found = True
                if not found:
                    err(did, "docx barcode %r not decoded" % bc["value"])
            continue
        pages = page_images(path, fmt)
        if len(pages) != d["pages"]:
            err(did, "pages %d declared, %d in file" % (d["pages"], len(pages)))
        for it in d["identifiers"] + keep + d.get("photos", []):
            if not (1 <= it.get("page", 0) <= len(pages)):
                err(did, "bad page in %r" % it)
            check_box(did, it.get("text", it.get("what")), it.get("box"))
        # barcodes
        for bc in d.get("barcodes", []):
            if not check_box(did, "barcode " + bc["value"], bc["box"]):
                continue
            im = pages[bc["page"] - 1]
            W, H = im.size
            res = zxingcpp.read_barcodes(im)
            want = {"Code128": "Code128", "QRCode": "QRCode"}[bc["format"]]
            ok_hit, decoded = False, []
            x0, y0, x1, y1 = bc["box"]
            for r in res:
                fname = str(r.format).replace(" ", "").replace("BarcodeFormat.", "")
                decoded.append((r.text, fname))
                if r.text == bc["value"] and fname == want:
                    p = r.position
                    xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
                    ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
                    cx, cy = sum(xs) / 4 / W, sum(ys) / 4 / H
                    if x0 <= cx <= x1 and y0 <= cy <= y1:
                        ok_hit = True
            if not ok_hit:
                err(did, "barcode %r (%s) not decoded inside its box on page %d; decoded %r" % (
                    bc["value"], want, bc["page"], decoded))
        # text layer check for digital PDFs
        if fmt == "pdf" and has_text_layer(path):
            import pdfplumber
            with pdfplumber.open(path) as pdf:
                for it in d["identifiers"] + keep:
                    pg = pdf.pages[it["page"] - 1]
                    x0, y0, x1, y1 = it["box"]
                    W, H = float(pg.width), float(pg.height)
                    crop = pg.crop((max(0, x0 * W - 2), max(0, y0 * H - 2), min(W, x1 * W + 2), min(H, y1 * H + 2)))
                    got = norm(crop.extract_text() or "")
                    if norm(it["text"]).replace(" ", "") not in got.replace(" ", ""):
                        err(did, "text layer in box %r is %r, expected %r" % (it["box"], got, it["text"]))


def main():
    ok = lint_ok()
    texts = load_jsonl("texts.jsonl")
    files = load_jsonl("files.jsonl")
    check_texts(texts, ok)
    if files:
        check_files(files, len(texts))
    ids = [d["id"] for d in texts + files]
    if len(ids) != len(set(ids)):
        errors.append("ids repeated across texts/files")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("%d texts, %d files, %d errors, %d warnings" % (len(texts), len(files), len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
