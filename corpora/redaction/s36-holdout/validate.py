#!/usr/bin/env python3
"""Validate the s36-holdout redaction set (texts.jsonl and files.jsonl) against FORMAT.md conventions."""
import json, re, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
         "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
# reserved ranges: 01632 960xxx, 020 7946 0xxx, 07700 900xxx (OCR confusions O->0, l/I->1 tolerated)
PHONE_RES = [re.compile(r"^(\+44\s?\(0\)\s?|\+44\s?|0)1632\s?960\s?\d{3}$"),
             re.compile(r"^(\+44\s?\(0\)\s?|\+44\s?|0)20\s?7946\s?0\d{3}$"),
             re.compile(r"^(\+44\s?\(0\)\s?|\+44\s?|0)7700\s?900\s?\d{3}$")]
errors, warnings = [], []

def err(i, m): errors.append(f"{i}: {m}")
def warn(i, m): warnings.append(f"{i}: {m}")

def norm_phone(s):
    t = s.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"}))
    t = re.sub(r"[()\-]", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    t = t.replace("+44 0", "0")
    return t

def applicant_forms(app):
    forms = {app}
    name = re.sub(r"^(Dr|Prof\.?|Mr|Mrs|Ms|Miss)\s+", "", app).strip()
    forms.add(name)
    parts = name.split()
    if parts:
        forms.add(parts[-1]); forms.add(parts[0])
        forms.add("Dr " + parts[-1])
        forms.add("".join(p[0] for p in parts))
    return forms

def check_common(i, d, ids, keep_texts, body):
    app = d.get("applicant", "")
    if not app: err(i, "no applicant")
    forms = applicant_forms(app)
    for x in ids:
        t, ty = x.get("text"), x.get("type")
        if ty not in TYPES: err(i, f"bad type {ty!r} for {t!r}")
        if not t: err(i, "empty identifier"); continue
        if body is not None and t not in body: err(i, f"identifier not in text: {t!r}")
        if t in forms or any(t == f for f in forms): err(i, f"applicant name form listed as identifier: {t!r}")
        for f in forms:
            if len(f) >= 4 and f in t and ty in ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME"):
                err(i, f"identifier {t!r} contains applicant form {f!r}")
        for k in keep_texts:
            if t in k: err(i, f"identifier {t!r} inside keep string {k!r}")
        if ty == "PHONE":
            if not any(r.match(norm_phone(t)) for r in PHONE_RES):
                err(i, f"phone not in reserved range: {t!r}")
        if body is not None and ty in ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME") and t.isalpha() and len(t) <= 6:
            for m in re.finditer(re.escape(t), body):
                a, b = m.start(), m.end()
                if (a > 0 and body[a-1].isalpha()) or (b < len(body) and body[b].isalpha()):
                    warn(i, f"short name {t!r} also occurs inside a longer word at {a}")
                    break
    seen = set()
    for x in ids:
        key = x.get("text"), x.get("page"), tuple(x.get("box") or ())
        if key in seen and "box" not in x: err(i, f"duplicate identifier {x.get('text')!r}")
        seen.add(key)
    for k in keep_texts:
        if body is not None and k not in body: err(i, f"keep not in text: {k!r}")

ids_seen = set()
n_docs = 0
tp = os.path.join(HERE, "texts.jsonl")
for ln, line in enumerate(open(tp, encoding="utf-8"), 1):
    if not line.strip(): continue
    try: d = json.loads(line)
    except Exception as e: err(f"texts:{ln}", f"bad json {e}"); continue
    i = d.get("id"); n_docs += 1
    if i in ids_seen: err(i, "duplicate id")
    ids_seen.add(i)
    for f in ("id", "kind", "applicant", "text", "identifiers", "keep"):
        if f not in d: err(i, f"missing field {f}")
    check_common(i, d, d.get("identifiers", []), d.get("keep", []), d.get("text", ""))

fp = os.path.join(HERE, "files.jsonl")
if os.path.exists(fp):
    for ln, line in enumerate(open(fp, encoding="utf-8"), 1):
        if not line.strip(): continue
        d = json.loads(line); i = d.get("id"); n_docs += 1
        if i in ids_seen: err(i, "duplicate id")
        ids_seen.add(i)
        path = os.path.join(HERE, d["file"])
        if not os.path.exists(path): err(i, f"missing file {d['file']}")
        body = None
        fmt = d.get("format")
        if fmt == "docx":
            import zipfile
            body = re.sub(r"<[^>]+>", "", zipfile.ZipFile(path).read("word/document.xml").decode("utf-8"))
            body = body.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
        elif fmt == "eml":
            import email
            from email import policy
            msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
            parts = [str(v) for k, v in msg.items()]
            for p in msg.walk():
                if p.get_content_maintype() == "text": parts.append(p.get_content())
            body = "\n".join(parts)
        elif fmt == "pdf":
            try:
                import subprocess
                body = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip() or None  # None for image-only scans
            except Exception:
                body = None
        keep_texts = [k["text"] if isinstance(k, dict) else k for k in d.get("keep", [])]
        check_common(i, d, d.get("identifiers", []), keep_texts, body)
        for x in d.get("identifiers", []) + [k for k in d.get("keep", []) if isinstance(k, dict)] + d.get("barcodes", []):
            if fmt in ("docx", "eml"):
                if "box" in x: err(i, f"box given for {fmt}")
                continue
            b = x.get("box")
            if not b or len(b) != 4 or not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1):
                err(i, f"bad box {b} for {x.get('text') or x.get('value')}")
            if "page" not in x or not (1 <= x["page"] <= d.get("pages", 1)):
                err(i, f"bad page for {x.get('text') or x.get('value')}")
        for bc in d.get("barcodes", []):
            if fmt in ("png", "jpeg", "tiff"):
                try:
                    from PIL import Image
                    import zxingcpp
                    img = Image.open(path)
                    vals = {r.text for r in zxingcpp.read_barcodes(img)}
                    if bc["value"] not in vals: err(i, f"barcode {bc['value']} not decoded (got {vals})")
                except ImportError:
                    warn(i, "zxingcpp/PIL unavailable: barcode not decoded")

for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{n_docs} documents, {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
