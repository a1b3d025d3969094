"""Checks this set against FORMAT.md. Exit code 0 = pass."""
import json, os, re, sys, io
from email import policy
from email.parser import BytesParser
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
UK_RESERVED = ("07700 900", "+44 7700 900", "01632 960", "020 7946 0", "0113 496 0", "0114 496 0", "0115 496 0", "0116 496 0",
               "0117 496 0", "0118 496 0", "0121 496 0", "0131 496 0", "0141 496 0", "0151 496 0", "0161 496 0",
               "028 9649 6", "029 2018 0", "O77OO 9OO")
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def occ_spans(hay, s):
    out, i = [], hay.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = hay.find(s, i + 1)
    return out

def check_strings(did, text, ids, keeps):
    idt = [i["text"] for i in ids]; kt = [k if isinstance(k, str) else k["text"] for k in keeps]
    if len(set(idt)) != len(idt) and not any("page" in i for i in ids): err(f"{did}: duplicate identifier strings")
    for i in ids:
        if i.get("type") not in TYPES: err(f"{did}: bad type {i.get('type')} for {i['text']!r}")
        if i["text"] not in text: err(f"{did}: identifier not in text: {i['text']!r}")
    for k in kt:
        if k not in text: err(f"{did}: keep not in text: {k!r}")
    both = set(idt) & set(kt)
    if both: err(f"{did}: strings both identifier and keep: {both}")
    # no identifier occurrence may overlap a keep occurrence (that would make the keep string unkeepable)
    kspans = [sp for k in set(kt) for sp in occ_spans(text, k)]
    for s in set(idt):
        for a, b in occ_spans(text, s):
            for c, d in kspans:
                if a < d and c < b: err(f"{did}: identifier {s!r} overlaps a keep string at {a}")
    # sanity: identifiers that sit inside a longer word (warn)
    for s in set(idt):
        for a, b in occ_spans(text, s):
            if any(o != s and s in o and any(c <= a and b <= e for c, e in occ_spans(text, o)) for o in set(idt)):
                continue
            if (a > 0 and text[a - 1].isalnum() and s[0].isalnum()) or (b < len(text) and text[b].isalnum() and s[-1].isalnum()):
                warn(f"{did}: identifier {s!r} occurs inside a longer token at {a}")
    for i in ids:
        if i["type"] == "PHONE" and "foreign" not in did_kind.get(did, "") and re.match(r"^(\+44|0|O)", i["text"]) and not i["text"].startswith(UK_RESERVED) \
                and not i["text"].startswith("ext"):
            err(f"{did}: UK phone outside reserved drama ranges: {i['text']!r}")
        if i["type"] == "EMAIL":
            dom = i["text"].split("@")[-1]
            if "example" not in dom and not dom.endswith("nhs.net"): err(f"{did}: e-mail domain not example.*/nhs.net: {dom}")

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]

seen = set()
texts = load("texts.jsonl")
did_kind = {d["id"]: d["kind"] for d in texts}
for d in texts:
    for f in ("id", "kind", "applicant", "text", "identifiers", "keep"):
        if f not in d: err(f"{d.get('id')}: missing field {f}")
    if d["id"] in seen: err(f"duplicate id {d['id']}")
    seen.add(d["id"])
    check_strings(d["id"], d["text"], d["identifiers"], d["keep"])

# ---------------------------------------------------------------- files
import pdfplumber, pypdfium2, zxingcpp
from PIL import Image, ImageSequence
import docx

def page_images(path, fmt):
    if fmt == "pdf":
        pdf = pypdfium2.PdfDocument(path)
        return [pdf[i].render(scale=3).to_pil().convert("RGB") for i in range(len(pdf))]
    im = Image.open(path)
    return [fr.convert("RGB") for fr in ImageSequence.Iterator(im)]

def fmt_name(f):
    n = getattr(f, "name", str(f)).split(".")[-1]
    return {"QRCode": "QR", "Code128": "Code128"}.get(n, n)

def inside(pt, box): return box[0] <= pt[0] <= box[2] and box[1] <= pt[1] <= box[3]

def norm(s): return re.sub(r"\s+", "", s)

files = load("files.jsonl")
EXT = {"png": (".png",), "jpeg": (".jpg", ".jpeg"), "tiff": (".tif", ".tiff"), "pdf": (".pdf",), "docx": (".docx",), "eml": (".eml",)}
ncodes = {"Code128": 0, "QR": 0}
for d in files:
    did = d["id"]
    if did in seen: err(f"duplicate id {did}")
    seen.add(did)
    for f in ("id", "file", "format", "kind", "applicant", "pages", "identifiers", "keep", "barcodes"):
        if f not in d: err(f"{did}: missing field {f}")
    path = os.path.join(HERE, d["file"])
    if not os.path.exists(path): err(f"{did}: missing file {path}"); continue
    if not path.lower().endswith(EXT[d["format"]]): err(f"{did}: extension does not match format")
    for i in d["identifiers"]:
        if i.get("type") not in TYPES: err(f"{did}: bad type {i.get('type')}")
    if d["format"] in ("docx", "eml"):
        if d["format"] == "docx":
            doc = docx.Document(path)
            parts = [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
            text = "\n".join(parts)
        else:
            msg = BytesParser(policy=policy.default).parse(open(path, "rb"))
            text = "\n".join(f"{k}: {v}" for k, v in msg.items()) + "\n" + msg.get_body(("plain",)).get_content()
        for e in d["identifiers"] + d["keep"]:
            if "box" in e or "page" in e: err(f"{did}: docx/eml entries must not have page/box")
        check_strings(did, text, d["identifiers"], d["keep"])
        if d["barcodes"]: err(f"{did}: codes listed for a docx/eml")
        continue
    imgs = page_images(path, d["format"])
    if len(imgs) != d["pages"]: err(f"{did}: pages {d['pages']} but file has {len(imgs)}")
    entries = d["identifiers"] + d["keep"] + d["barcodes"] + d.get("photos", [])
    for e in entries:
        b = e.get("box")
        if not b or len(b) != 4 or not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1): err(f"{did}: bad box {e}")
        if not (1 <= e.get("page", 0) <= len(imgs)): err(f"{did}: bad page {e}")
    kt = {k["text"] for k in d["keep"]}; it = {i["text"] for i in d["identifiers"]}
    if kt & it: err(f"{did}: strings both identifier and keep: {kt & it}")
    if d["format"] == "pdf":
        with pdfplumber.open(path) as pdf:
            has_text = any(p.chars for p in pdf.pages)
            scanned = "scan" in d["kind"]
            if scanned and has_text: err(f"{did}: 'scanned' PDF has a text layer")
            if not scanned and not has_text: err(f"{did}: digital PDF without a text layer")
            if has_text:
                for pno, p in enumerate(pdf.pages, 1):
                    W, H = float(p.width), float(p.height)
                    for e in d["identifiers"] + d["keep"]:
                        if e["page"] != pno: continue
                        b = e["box"]
                        crop = p.crop((max(0, b[0] * W - 1), max(0, b[1] * H - 1), min(W, b[2] * W + 1), min(H, b[3] * H + 1)))
                        got = crop.extract_text() or ""
                        if norm(e["text"]) not in norm(got): err(f"{did} p{pno}: text in box {got!r} does not spell {e['text']!r}")
                    # every occurrence on the page is one entry
                    ptxt = norm(p.extract_text() or "")
                    pe = [norm(e["text"]) for e in d["identifiers"] + d["keep"] if e["page"] == pno]
                    for s in set(pe):
                        exp = pe.count(s) + sum(pe.count(t) * t.count(s) for t in set(pe) if t != s and s in t)
                        got = ptxt.count(s)
                        if got != exp: err(f"{did} p{pno}: {s!r} occurs {got}x on page but {exp} entries")
    # codes
    listed = [dict(c, _hit=False) for c in d["barcodes"]]
    for pno, im in enumerate(imgs, 1):
        W, H = im.size
        for r in zxingcpp.read_barcodes(im):
            f = fmt_name(r.format); pos = r.position
            cx = (pos.top_left.x + pos.top_right.x + pos.bottom_left.x + pos.bottom_right.x) / 4 / W
            cy = (pos.top_left.y + pos.top_right.y + pos.bottom_left.y + pos.bottom_right.y) / 4 / H
            m = [c for c in listed if c["page"] == pno and c["format"] == f and c["value"] == r.text and inside((cx, cy), c["box"]) and not c["_hit"]]
            if not m: err(f"{did} p{pno}: unlisted or misplaced code {f} {r.text!r} at ({cx:.3f},{cy:.3f})")
            else: m[0]["_hit"] = True
    for c in listed:
        if not c["_hit"]: err(f"{did}: listed code not decoded: {c['format']} {c['value']!r}")
        else: ncodes[c["format"]] = ncodes.get(c["format"], 0) + 1

n_ids = sum(len(d["identifiers"]) for d in texts + files)
n_keep = sum(len(d["keep"]) for d in texts + files)
print(f"documents: {len(texts)} text + {len(files)} file = {len(texts) + len(files)}")
print(f"identifier entries: {n_ids}  keep entries: {n_keep}  codes decoded: {ncodes}")
if ncodes.get("Code128", 0) < 8 or ncodes.get("QR", 0) < 3: err("need >= 8 Code128 and >= 3 QR codes")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
