"""Validate the s11 hold-out set: ids, types, exact strings, boxes, files, page counts."""
import json, os, re, subprocess, sys, zipfile
from collections import Counter
ROOT = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
PHONE_OK = re.compile(r"^(01632 ?960 ?\d{3}|020 ?7946 ?0\d{3}|07700 ?900 ?\d{3}|028 ?9649 ?6\d{3}|\d{4})$")
errors, warns = [], []
def err(m): errors.append(m)
def warn(m): warns.append(m)
seen, counts, keepn = set(), Counter(), 0
nopatient = []
PATIENT_TYPES = TYPES - {"COLLEAGUE_NAME", "GMC_NUMBER"}

def check_box(did, what, b):
    if not (isinstance(b, list) and len(b) == 4 and all(isinstance(v, (int, float)) for v in b)):
        err(f"{did}: {what}: bad box {b}"); return
    if not all(0 <= v <= 1 for v in b): err(f"{did}: {what}: box outside [0,1] {b}")
    if not (b[0] < b[2] and b[1] < b[3]): err(f"{did}: {what}: empty box {b}")

texts = [json.loads(l) for l in open(os.path.join(ROOT, "texts.jsonl"))]
for d in texts:
    did = d["id"]
    if did in seen: err(f"duplicate id {did}")
    seen.add(did)
    for k in ("kind", "applicant", "text", "identifiers", "keep"):
        if k not in d: err(f"{did}: missing {k}")
    t = d["text"]
    pairs = set()
    for e in d["identifiers"]:
        if e["type"] not in TYPES: err(f"{did}: bad type {e}")
        if e["text"] not in t: err(f"{did}: identifier not in text: {e['text']!r}")
        if (e["text"], e["type"]) in pairs: err(f"{did}: identifier listed twice {e}")
        pairs.add((e["text"], e["type"])); counts[e["type"]] += 1
        if e["type"] == "PHONE" and not PHONE_OK.match(e["text"].replace("O", "0")): err(f"{did}: phone outside reserved ranges {e['text']!r}")
    for k in d["keep"]:
        keepn += 1
        if not isinstance(k, str) or k not in t: err(f"{did}: keep not in text: {k!r}")
        for e in d["identifiers"]:
            if k in e["text"] or (e["text"] in k and len(e["text"]) > 3):
                warn(f"{did}: keep {k!r} and identifier {e['text']!r} overlap")
    if not any(e["type"] in PATIENT_TYPES for e in d["identifiers"]): nopatient.append(did)

def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))
def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
def docx_text(path):
    z = zipfile.ZipFile(path); out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
                out.append("".join(re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", para, re.S)))
    import html
    return html.unescape("\n".join(out))

files = [json.loads(l) for l in open(os.path.join(ROOT, "files.jsonl"))]
fcounts, fbar = Counter(), Counter()
for d in files:
    did = d["id"]
    if did in seen: err(f"duplicate id {did}")
    seen.add(did)
    path = os.path.join(ROOT, d["file"])
    if not os.path.exists(path): err(f"{did}: missing file"); continue
    fmt = d["format"]
    ext = {"png": ".png", "jpeg": ".jpg", "tiff": ".tiff", "pdf": ".pdf", "docx": ".docx"}[fmt]
    if not path.endswith(ext): err(f"{did}: extension/format mismatch")
    if fmt == "docx":
        t = docx_text(path)
        for e in d["identifiers"]:
            if "page" in e or "box" in e: err(f"{did}: docx entry with page/box")
            if e["text"] not in t: err(f"{did}: docx identifier not found {e['text']!r}")
        for k in d["keep"]:
            if k["text"] not in t: err(f"{did}: docx keep not found {k['text']!r}")
    else:
        if fmt == "pdf":
            n = pdf_pages(path); layer = pdf_text(path)
            norm = re.sub(r"\s+", " ", layer)
            if layer.strip():
                for e in d["identifiers"] + d["keep"]:
                    if re.sub(r"\s+", " ", e["text"]) not in norm: err(f"{did}: not in PDF text layer {e['text']!r}")
        else:
            from PIL import Image
            im = Image.open(path); n = getattr(im, "n_frames", 1)
        if n != d["pages"]: err(f"{did}: pages {d['pages']} but file has {n}")
        for kind in ("identifiers", "keep", "barcodes", "photos"):
            for e in d.get(kind, []):
                if not (1 <= e.get("page", 0) <= n): err(f"{did}: bad page in {kind} {e}")
                check_box(did, kind, e.get("box"))
        for b in d.get("barcodes", []):
            if b["format"] not in ("Code128", "QR") or not b["value"]: err(f"{did}: bad barcode {b}")
            fbar[b["format"]] += 1
    for e in d["identifiers"]:
        if e["type"] not in TYPES: err(f"{did}: bad type {e}")
        fcounts[e["type"]] += 1
        if e["type"] == "PHONE" and not PHONE_OK.match(e["text"]): err(f"{did}: phone outside reserved ranges {e['text']!r}")
    if not any(e["type"] in PATIENT_TYPES for e in d["identifiers"]): nopatient.append(did)

exp = {f"h11-{i:03d}" for i in range(1, 91)}
if seen != exp: err(f"id set mismatch: missing {sorted(exp - seen)} extra {sorted(seen - exp)}")
if len(texts) != 70 or len(files) != 20: err(f"counts texts={len(texts)} files={len(files)}")
print(f"texts: {len(texts)} documents, {sum(len(d['identifiers']) for d in texts)} distinct identifier strings, {keepn} keep strings")
print("  by type:", dict(sorted(counts.items())))
print(f"files: {len(files)} documents, {sum(len(d['identifiers']) for d in files)} identifier entries, {sum(len(d['keep']) for d in files)} keep entries")
print("  by type:", dict(sorted(fcounts.items())))
print("  formats:", dict(Counter(d['format'] for d in files)), "barcodes:", dict(fbar), "photos:", sum(len(d.get('photos', [])) for d in files))
print(f"documents with no patient identifiers ({len(nopatient)}):", " ".join(nopatient))
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} ERRORS")
sys.exit(1 if errors else 0)
