"""Checks the s58 hold-out set for internal consistency. Exit code 0 = pass."""
import json, os, re, sys, email
from email import policy

ROOT = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def check_strings(did, text, idents, keeps):
    id_strs = [e["text"] for e in idents]
    for e in idents:
        if e.get("type") not in TYPES:
            err(did, f"bad type {e.get('type')!r} for {e['text']!r}")
    if len(set(id_strs)) != len(id_strs):
        err(did, "duplicate identifier string")
    if len(set(keeps)) != len(keeps):
        err(did, "duplicate keep string")
    both = set(id_strs) & set(keeps)
    if both:
        err(did, f"string both identifier and keep: {both}")
    idsp, ksp = [], []
    for s in id_strs:
        sp = spans(text, s)
        if not sp:
            err(did, f"identifier not in text: {s!r}")
        for a, b in sp:
            # an identifier should not start or end in the middle of a word
            if (a > 0 and text[a - 1].isalnum() and text[a].isalnum()) or \
               (b < len(text) and text[b].isalnum() and text[b - 1].isalnum()):
                err(did, f"identifier {s!r} occurs inside a longer word at {a}")
        idsp += [(a, b, s) for a, b in sp]
    for s in keeps:
        sp = spans(text, s)
        if not sp:
            err(did, f"keep not in text: {s!r}")
        ksp += [(a, b, s) for a, b in sp]
    for a, b, s in idsp:
        for c, d, k in ksp:
            if a < d and c < b:
                err(did, f"identifier {s!r} overlaps keep {k!r}")


def main():
    seen = set()
    # ------------------------------------------------------------ texts
    n_text = 0
    with open(os.path.join(ROOT, "texts.jsonl"), encoding="utf-8") as f:
        for ln in f:
            d = json.loads(ln); n_text += 1
            did = d["id"]
            if did in seen:
                err(did, "duplicate id")
            seen.add(did)
            for k in ("kind", "applicant", "text", "identifiers", "keep"):
                if k not in d:
                    err(did, f"missing {k}")
            check_strings(did, d["text"], d["identifiers"], d["keep"])
    # ------------------------------------------------------------ files
    import pypdf, pdfplumber, pypdfium2, zxingcpp, docx
    from PIL import Image
    n_files = 0
    with open(os.path.join(ROOT, "files.jsonl"), encoding="utf-8") as f:
        recs = [json.loads(ln) for ln in f]
    for d in recs:
        n_files += 1
        did = d["id"]
        if did in seen:
            err(did, "duplicate id")
        seen.add(did)
        path = os.path.join(ROOT, d["file"])
        if not os.path.exists(path):
            err(did, "file missing"); continue
        fmt = d["format"]
        if fmt in ("docx", "eml"):
            if fmt == "docx":
                doc = docx.Document(path)
                parts = [p.text for p in doc.paragraphs]
                for t in doc.tables:
                    for row in t.rows:
                        parts.append("\t".join(c.text for c in row.cells))
                text = "\n".join(parts)
            else:
                msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
                text = "\n".join(f"{k}: {v}" for k, v in msg.items()) + "\n\n" + msg.get_content()
            for e in d["identifiers"] + d["keep"]:
                if "box" in e or "page" in e:
                    err(did, "docx/eml entries must not have page/box")
            check_strings(did, text, d["identifiers"], [e["text"] for e in d["keep"]])
            if d.get("barcodes"):
                err(did, "docx/eml should list no barcodes")
            continue
        # page images
        images = []
        if fmt == "pdf":
            npages = len(pypdf.PdfReader(path).pages)
            pdf = pypdfium2.PdfDocument(path)
            for i in range(npages):
                images.append(pdf[i].render(scale=200 / 72).to_pil().convert("RGB"))
        else:
            im = Image.open(path)
            npages = getattr(im, "n_frames", 1)
            for i in range(npages):
                im.seek(i); images.append(im.convert("RGB"))
        if npages != d["pages"]:
            err(did, f"pages {d['pages']} but file has {npages}")
        entries = [(e, True) for e in d["identifiers"]] + [(e, False) for e in d["keep"]]
        id_strs = {e["text"] for e in d["identifiers"]}
        keep_strs = {e["text"] for e in d["keep"]}
        if id_strs & keep_strs:
            err(did, f"string both identifier and keep: {id_strs & keep_strs}")
        for e, is_id in entries:
            if is_id and e.get("type") not in TYPES:
                err(did, f"bad type for {e['text']!r}")
            x0, y0, x1, y1 = e["box"]
            if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
                err(did, f"box out of page for {e['text']!r}: {e['box']}")
            if not (1 <= e["page"] <= npages):
                err(did, f"bad page for {e['text']!r}")
        # identifier box must not substantially overlap a keep box
        for e, _ in [x for x in entries if x[1]]:
            for k, _ in [x for x in entries if not x[1]]:
                if e["page"] != k["page"]:
                    continue
                a, b = e["box"], k["box"]
                ix = max(0, min(a[2], b[2]) - max(a[0], b[0])); iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
                small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
                if ix * iy > 0.15 * small:
                    err(did, f"identifier box {e['text']!r} overlaps keep box {k['text']!r}")
        # text layer
        if fmt == "pdf":
            scanned = "scanned" in d["kind"]
            with pdfplumber.open(path) as pl:
                for pi, page in enumerate(pl.pages, start=1):
                    chars = page.chars
                    if scanned and chars:
                        err(did, f"scanned PDF has a text layer on page {pi}")
                    if not scanned and not chars:
                        err(did, f"digital PDF has no text layer on page {pi}")
                    if scanned:
                        continue
                    W, H = float(page.width), float(page.height)
                    ptext = page.extract_text() or ""
                    for e, _ in entries:
                        if e["page"] != pi:
                            continue
                        x0, y0, x1, y1 = e["box"]
                        inside = [c for c in chars if x0 * W <= (c["x0"] + c["x1"]) / 2 <= x1 * W
                                  and y0 * H <= (c["top"] + c["bottom"]) / 2 <= y1 * H]
                        got = "".join(c["text"] for c in inside).replace(" ", "")
                        want = e["text"].replace(" ", "")
                        if got != want:
                            err(did, f"text in box spells {got!r}, want {want!r}")
                    # every occurrence boxed
                    for s in id_strs | keep_strs:
                        n_txt = len(spans(ptext, s))
                        n_box = sum(1 for e, _ in entries if e["text"] == s and e["page"] == pi)
                        if n_txt != n_box:
                            err(did, f"{s!r} occurs {n_txt}x on page {pi} but has {n_box} boxes")
        # codes
        listed = d.get("barcodes", [])
        matched = set()
        for pi, im in enumerate(images, start=1):
            res = zxingcpp.read_barcodes(im)
            for r in res:
                fmtname = r.format.name
                pos = r.position
                cx = (pos.top_left.x + pos.top_right.x + pos.bottom_left.x + pos.bottom_right.x) / 4 / im.width
                cy = (pos.top_left.y + pos.top_right.y + pos.bottom_left.y + pos.bottom_right.y) / 4 / im.height
                ok = False
                for j, c in enumerate(listed):
                    if j in matched or c["page"] != pi:
                        continue
                    b = c["box"]
                    if c["format"] == fmtname and c["value"] == r.text and b[0] <= cx <= b[2] and b[1] <= cy <= b[3]:
                        matched.add(j); ok = True; break
                if not ok:
                    err(did, f"unlisted or mismatched code on page {pi}: {fmtname} {r.text!r} at ({cx:.3f},{cy:.3f})")
        for j, c in enumerate(listed):
            if j not in matched:
                err(did, f"listed code not decoded: {c['format']} {c['value']!r}")
    # ------------------------------------------------------------ report
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problems")
        sys.exit(1)
    print(f"PASS: {n_text} text documents, {n_files} file documents")


if __name__ == "__main__":
    main()
