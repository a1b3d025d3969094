#!/usr/bin/env python3
"""Check the held-out set: ids unique, types valid, every identifier/keep string present exactly,
no identifier hidden inside a keep string (or the reverse), file boxes inside the page, text layers."""
import json, os, re, sys, email, email.policy
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER",
         "HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
errs, warns = [], []
def E(m): errs.append(m)
def W(m): warns.append(m)
seen = set()

def check_overlap(did, ids, keep, text=None):
    for i in ids:
        for k in keep:
            if i in k: E(f"{did}: identifier {i!r} occurs inside keep {k!r}")
            elif k in i and len(k) >= 3: W(f"{did}: keep {k!r} occurs inside identifier {i!r}")
    if len(set(ids)) != len(ids): E(f"{did}: duplicate identifier strings")

texts = [json.loads(l) for l in open(os.path.join(HERE, "texts.jsonl"), encoding="utf-8")]
for d in texts:
    did = d["id"]
    if did in seen: E(f"duplicate id {did}")
    seen.add(did)
    for f in ("kind", "applicant", "text", "identifiers", "keep"):
        if f not in d: E(f"{did}: missing {f}")
    t = d["text"]
    if "[[" in t or "{{" in t or "}}" in t or "]]" in t: E(f"{did}: markup left in text")
    for i in d["identifiers"]:
        if i["type"] not in TYPES: E(f"{did}: bad type {i['type']}")
        if not i["text"].strip(): E(f"{did}: empty identifier")
        if i["text"] not in t: E(f"{did}: identifier not in text: {i['text']!r}")
    for k in d["keep"]:
        if k not in t: E(f"{did}: keep not in text: {k!r}")
    check_overlap(did, [i["text"] for i in d["identifiers"]], d["keep"])
    if not d["identifiers"]: E(f"{did}: no identifiers")

def norm(s): return re.sub(r"\s+", " ", s)

files = [json.loads(l) for l in open(os.path.join(HERE, "files.jsonl"), encoding="utf-8")]
for d in files:
    did = d["id"]
    if did in seen: E(f"duplicate id {did}")
    seen.add(did)
    path = os.path.join(HERE, d["file"])
    if not os.path.exists(path): E(f"{did}: missing file"); continue
    fmt = d["format"]
    for i in d["identifiers"]:
        if i["type"] not in TYPES: E(f"{did}: bad type {i['type']}")
    if fmt in ("docx", "eml"):
        if fmt == "docx":
            import docx
            doc = docx.Document(path)
            parts = [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
            body = "\n".join(parts)
        else:
            m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
            body = "\n".join(f"{h}: {m[h]}" for h in ("From", "To", "Cc", "Subject")) + "\n" + m.get_content()
        for i in d["identifiers"]:
            if "box" in i or "page" in i: E(f"{did}: docx/eml entries take no box")
            if i["text"] not in body: E(f"{did}: identifier not in file: {i['text']!r}")
        for k in d["keep"]:
            if k not in body: E(f"{did}: keep not in file: {k!r}")
        check_overlap(did, [i["text"] for i in d["identifiers"]], d["keep"])
        continue
    pages = d["pages"]
    layer = None
    if fmt == "pdf":
        import pypdf
        rd = pypdf.PdfReader(path)
        if len(rd.pages) != pages: E(f"{did}: pages {len(rd.pages)} != {pages}")
        layer = [norm(p.extract_text() or "") for p in rd.pages]
        if d["kind"].startswith("scanned") and any(x.strip() for x in layer): E(f"{did}: scan has a text layer")
        if d["kind"].startswith("scanned"): layer = None
    else:
        from PIL import Image
        Image.open(path).verify()
    entries = [("id", e) for e in d["identifiers"]] + [("keep", e) for e in d["keep"]] + \
              [("barcode", e) for e in d.get("barcodes", [])] + [("photo", e) for e in d.get("photos", [])]
    for kind, e in entries:
        b = e["box"]; p = e["page"]
        if not (1 <= p <= pages): E(f"{did}: page out of range {e}")
        if not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1): E(f"{did}: bad box {e}")
        if kind in ("id", "keep") and layer is not None and norm(e["text"]) not in layer[p-1]:
            E(f"{did}: {kind} not in text layer of page {p}: {e['text']!r}")
    check_overlap(did, list(dict.fromkeys(i["text"] for i in d["identifiers"])), list(dict.fromkeys(k["text"] for k in d["keep"])))
    for bc in d.get("barcodes", []):
        if bc["format"] not in ("Code128", "QR"): E(f"{did}: barcode format {bc['format']}")

for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print(f"{len(texts)} text docs, {len(files)} file docs, {len(errs)} errors, {len(warns)} warnings")
sys.exit(1 if errs else 0)
