"""Validate set s27-holdout: identifiers/keep occur exactly, no identifier overlaps a keep string,
ids unique, types valid, boxes inside pages."""
import json, os, sys, re, email
from email import policy
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER",
         "HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
errors, warns = [], []
ids_seen = set(); tcount = Counter(); ndocs = Counter(); nkeep = 0

def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

def check_text(did, text, idents, keep):
    global nkeep
    kspans = []
    for k in keep:
        sp = spans(text, k)
        if not sp: errors.append(f"{did}: keep not found: {k!r}")
        kspans += [(a, b, k) for a, b in sp]; nkeep += 1
    seen = set()
    for it in idents:
        t, ty = it["text"], it["type"]
        if ty not in TYPES: errors.append(f"{did}: bad type {ty}")
        if (t, ty) in seen: errors.append(f"{did}: duplicate identifier {t!r}")
        seen.add((t, ty)); tcount[ty] += 1
        sp = spans(text, t)
        if not sp: errors.append(f"{did}: identifier not found: {t!r}")
        for a, b in sp:
            for ka, kb, k in kspans:
                if a < kb and ka < b: errors.append(f"{did}: identifier {t!r} overlaps keep {k!r}")

def docx_text(path):
    import docx
    d = docx.Document(path); parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells: parts.append(c.text)
    return "\n".join(parts)

def eml_text(path):
    with open(path, "rb") as fh: m = email.message_from_binary_file(fh, policy=policy.default)
    hdr = "\n".join(f"{k}: {v}" for k, v in m.items())
    return hdr + "\n\n" + m.get_body(preferencelist=("plain",)).get_content()

def inside(box):
    return len(box) == 4 and 0 <= box[0] < box[2] <= 1 and 0 <= box[1] < box[3] <= 1

def inter(b1, b2):
    return b1[0] < b2[2] and b2[0] < b1[2] and b1[1] < b2[3] and b2[1] < b1[3]

with open(os.path.join(HERE, "texts.jsonl")) as fh:
    for line in fh:
        d = json.loads(line); did = d["id"]
        if did in ids_seen: errors.append(f"duplicate id {did}")
        ids_seen.add(did); ndocs["text"] += 1
        if not re.fullmatch(r"r-\d{3}", did): errors.append(f"bad id {did}")
        for k in ("kind", "applicant", "text", "identifiers", "keep"):
            if k not in d: errors.append(f"{did}: missing {k}")
        check_text(did, d["text"], d["identifiers"], d["keep"])

with open(os.path.join(HERE, "files.jsonl")) as fh:
    for line in fh:
        d = json.loads(line); did = d["id"]
        if did in ids_seen: errors.append(f"duplicate id {did}")
        ids_seen.add(did); ndocs["file:" + d["format"]] += 1
        path = os.path.join(HERE, d["file"])
        if not os.path.exists(path): errors.append(f"{did}: missing file"); continue
        fmt = d["format"]
        if fmt in ("docx", "eml"):
            text = docx_text(path) if fmt == "docx" else eml_text(path)
            for it in d["identifiers"]:
                if "box" in it or "page" in it: errors.append(f"{did}: docx/eml identifier has box")
            check_text(did, text, d["identifiers"], [k["text"] for k in d["keep"]])
            continue
        pages = d["pages"]
        # for the text-layer PDF, check the strings are in the extracted text
        if fmt == "pdf":
            import pypdf
            r = pypdf.PdfReader(path)
            if len(r.pages) != pages: errors.append(f"{did}: page count {len(r.pages)} != {pages}")
            txt = "\n".join(p.extract_text() or "" for p in r.pages)
            if txt.strip():
                norm = re.sub(r"\s+", " ", txt)
                for it in d["identifiers"] + d["keep"]:
                    if re.sub(r"\s+", " ", it["text"]) not in norm: errors.append(f"{did}: not in PDF text layer: {it['text']!r}")
            else:
                warns.append(f"{did}: image-only PDF (no text layer), boxes checked only")
        else:
            from PIL import Image
            im = Image.open(path); n = getattr(im, "n_frames", 1)
            if n != pages: errors.append(f"{did}: frames {n} != pages {pages}")
        ib = []
        for it in d["identifiers"]:
            if it["type"] not in TYPES: errors.append(f"{did}: bad type {it['type']}")
            tcount[it["type"]] += 1
            if not inside(it["box"]) or not (1 <= it["page"] <= pages): errors.append(f"{did}: bad box/page {it}")
            ib.append(it)
        for k in d["keep"]:
            nkeep += 1
            if not inside(k["box"]) or not (1 <= k["page"] <= pages): errors.append(f"{did}: bad keep box {k}")
            for it in ib:
                if it["page"] == k["page"] and inter(it["box"], k["box"]):
                    # boxes have a small margin; only flag real overlaps (more than 25% of the smaller box)
                    a, b = it["box"], k["box"]
                    ov = (min(a[2], b[2]) - max(a[0], b[0])) * (min(a[3], b[3]) - max(a[1], b[1]))
                    sm = min((a[2]-a[0])*(a[3]-a[1]), (b[2]-b[0])*(b[3]-b[1]))
                    if ov > 0.25 * sm: errors.append(f"{did}: identifier box {it['text']!r} overlaps keep {k['text']!r}")
        for bc in d.get("barcodes", []):
            if not inside(bc["box"]): errors.append(f"{did}: bad barcode box")
            if bc["format"] not in ("Code128", "QR"): errors.append(f"{did}: barcode format {bc['format']}")
        for ph in d.get("photos", []):
            if not inside(ph["box"]): errors.append(f"{did}: bad photo box")

expected = {f"r-{i:03d}" for i in range(1, len(ids_seen) + 1)}
if ids_seen != expected: errors.append("ids not contiguous r-001..")
print("documents:", sum(ndocs.values()), dict(ndocs))
print("identifiers by type:", dict(sorted(tcount.items())), "total", sum(tcount.values()))
print("keep strings:", nkeep)
for w in warns: print("note:", w)
for e in errors: print("ERROR:", e)
print("RESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
