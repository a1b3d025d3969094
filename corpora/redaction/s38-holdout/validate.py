"""Validate set s38: every file parses, every annotated span is found in its document."""
import json, os, sys, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER",
         "HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
errors, warns = [], []
ids = set(); counts = collections.Counter(); ndocs = 0

def common_checks(d, where):
    for k in ("id","kind","applicant","identifiers","keep"):
        if k not in d: errors.append(f"{where}: missing {k}")
    if d["id"] in ids: errors.append(f"{where}: duplicate id {d['id']}")
    ids.add(d["id"])

for ln, line in enumerate(open(os.path.join(ROOT, "texts.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line); ndocs += 1; w = f"texts.jsonl:{ln} {d.get('id')}"
    common_checks(d, w); t = d["text"]
    if d["applicant"].split()[-1] not in t: warns.append(f"{w}: applicant surname not in text")
    seen = set()
    for it in d["identifiers"]:
        if it["type"] not in TYPES: errors.append(f"{w}: bad type {it['type']}")
        if it["text"] not in t: errors.append(f"{w}: identifier not found: {it['text']!r}")
        if it["text"] in seen: errors.append(f"{w}: duplicate identifier {it['text']!r}")
        seen.add(it["text"]); counts[it["type"]] += 1
        import re
        for m in re.finditer(re.escape(it["text"]), t):
            a, b = m.start(), m.end()
            if (a > 0 and t[a-1].isalnum() and it["text"][0].isalnum()) or (b < len(t) and t[b].isalnum() and it["text"][-1].isalnum()):
                warns.append(f"{w}: identifier {it['text']!r} occurs inside a longer word at {a}: {t[max(0,a-10):b+10]!r}")
    for k in d["keep"]:
        if not isinstance(k, str): errors.append(f"{w}: keep must be strings"); continue
        if k not in t: errors.append(f"{w}: keep not found: {k!r}")
        for it in d["identifiers"]:
            if it["text"] in k: warns.append(f"{w}: identifier {it['text']!r} inside keep {k!r}")
            elif k in it["text"]: warns.append(f"{w}: keep {k!r} inside identifier {it['text']!r}")

fpath = os.path.join(ROOT, "files.jsonl")
if os.path.exists(fpath):
    from PIL import Image
    for ln, line in enumerate(open(fpath, encoding="utf-8"), 1):
        d = json.loads(line); ndocs += 1; w = f"files.jsonl:{ln} {d.get('id')}"
        common_checks(d, w); p = os.path.join(ROOT, d["file"])
        if not os.path.exists(p): errors.append(f"{w}: missing file"); continue
        fmt = d["format"]; text = None
        if fmt in ("png","jpeg","tiff"):
            im = Image.open(p); im.load()
            if d["pages"] != getattr(im, "n_frames", 1): errors.append(f"{w}: page count")
        elif fmt == "pdf":
            data = open(p,"rb").read()
            if not data.startswith(b"%PDF"): errors.append(f"{w}: not a PDF")
        elif fmt == "docx":
            import docx
            doc = docx.Document(p)
            parts = [x.text for x in doc.paragraphs]
            for tb in doc.tables:
                for row in tb.rows:
                    for c in row.cells: parts.append(c.text)
            for s in doc.sections:
                parts += [x.text for x in s.header.paragraphs] + [x.text for x in s.footer.paragraphs]
            text = "\n".join(parts)
        elif fmt == "eml":
            import email
            from email import policy
            m = email.message_from_bytes(open(p,"rb").read(), policy=policy.default)
            text = "\n".join(f"{k}: {v}" for k, v in m.items()) + "\n" + m.get_body(("plain",)).get_content()
        else: errors.append(f"{w}: unknown format {fmt}")
        boxed = fmt in ("png","jpeg","tiff","pdf")
        for it in d["identifiers"]:
            if it["type"] not in TYPES: errors.append(f"{w}: bad type")
            counts[it["type"]] += 1
            if boxed:
                b = it.get("box"); 
                if not b or not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1) or not 1 <= it.get("page",0) <= d["pages"]:
                    errors.append(f"{w}: bad box/page for {it['text']!r}")
            elif it["text"] not in text: errors.append(f"{w}: identifier not found {it['text']!r}")
        for k in d["keep"]:
            kt = k["text"] if isinstance(k, dict) else k
            if boxed:
                b = k.get("box")
                if not b or not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1): errors.append(f"{w}: bad keep box {kt!r}")
            elif kt not in text: errors.append(f"{w}: keep not found {kt!r}")
        for bc in d.get("barcodes", []):
            b = bc["box"]
            if not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1): errors.append(f"{w}: bad barcode box")
        # text-layer PDFs and images: check with the recorded glyph text sidecar if present
        if fmt == "pdf" and d.get("text_layer"):
            pass

for x in warns: print("WARN", x)
for x in errors: print("ERROR", x)
print(f"{ndocs} documents; identifiers by type: {dict(sorted(counts.items()))}; total {sum(counts.values())}")
sys.exit(1 if errors else 0)
