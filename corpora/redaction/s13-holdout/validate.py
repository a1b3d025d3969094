#!/usr/bin/env python3
"""Validate this redaction set against FORMAT.md.

Checks (errors make the exit status non-zero):
 texts.jsonl: keys exactly {id, kind, applicant, text, identifiers, keep}; ids unique across both parts;
   every identifier {text, type} has a known type and occurs in text exactly; every keep string occurs;
   no string is both identifier and keep; no identifier string occurs inside a keep string (that
   occurrence would count as an identifier); no keep string inside which an identifier lies; one type per string.
 files.jsonl: keys; file exists; format matches extension; pages match the file (PDF page count, TIFF frames);
   boxes are 4 fractions with x0<x1, y0<y1 inside [0,1]; page within range; DOCX/EML entries have no box;
   for text-layer files (PDF with text, DOCX, EML) each annotated string occurs in the extracted text.
Warnings: identifier occurrences that are not whole-word (substring of a longer word).
"""
import json, pathlib, re, sys, zipfile, email
from email import policy

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
         "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def check_strings(did, text, ids, keep):
    seen = {}
    for it in ids:
        if set(it) - {"text", "type", "page", "box"} or "text" not in it or "type" not in it:
            err(f"{did}: bad identifier keys {it}")
            continue
        s, t = it["text"], it["type"]
        if t not in TYPES: err(f"{did}: unknown type {t}")
        if not s.strip(): err(f"{did}: empty identifier")
        if text is not None and s not in text: err(f"{did}: identifier not in text: {s!r}")
        if s in seen and seen[s] != t: err(f"{did}: {s!r} has two types {seen[s]}/{t}")
        seen[s] = t
        if text is not None:
            spans = [(m.start(), m.end()) for o in ids if len(o.get('text', '')) > len(s) and s in o['text']
                     for m in re.finditer(re.escape(o['text']), text)]
            for m in re.finditer(re.escape(s), text):
                if any(a0 <= m.start() and m.end() <= b0 for a0, b0 in spans):
                    continue
                a, b = m.start(), m.end()
                if (a > 0 and text[a-1].isalnum() and s[0].isalnum()) or \
                   (b < len(text) and text[b].isalnum() and s[-1].isalnum()):
                    warn(f"{did}: {s!r} occurs inside a longer word at {a}: {text[max(0,a-15):b+15]!r}")
    for k in keep:
        if text is not None and k not in text: err(f"{did}: keep not in text: {k!r}")
        if k in seen: err(f"{did}: {k!r} is both identifier and keep")
        for s in seen:
            if s in k: err(f"{did}: identifier {s!r} lies inside keep {k!r}")
    return seen

def main():
    allids = set()
    tp = HERE / "texts.jsonl"
    n_t = 0
    for ln, line in enumerate(open(tp, encoding="utf-8"), 1):
        d = json.loads(line); n_t += 1
        keys = {"id", "kind", "applicant", "text", "identifiers", "keep"}
        if set(d) != keys: err(f"texts line {ln}: keys {sorted(d)}")
        if d["id"] in allids: err(f"duplicate id {d['id']}")
        allids.add(d["id"])
        if not isinstance(d["keep"], list) or not all(isinstance(k, str) for k in d["keep"]):
            err(f"{d['id']}: keep must be a list of strings")
        check_strings(d["id"], d["text"], d["identifiers"], d["keep"])
        for ap in [d["applicant"]]:
            for it in d["identifiers"]:
                if it["text"] in ap: err(f"{d['id']}: identifier {it['text']!r} inside applicant name")
    fp = HERE / "files.jsonl"
    n_f = 0
    if fp.exists():
        for ln, line in enumerate(open(fp, encoding="utf-8"), 1):
            d = json.loads(line); n_f += 1
            req = {"id", "file", "format", "kind", "applicant", "pages", "identifiers", "keep"}
            if not req <= set(d) or set(d) - req - {"barcodes", "photos"}:
                err(f"files line {ln}: keys {sorted(d)}")
            did = d["id"]
            if did in allids: err(f"duplicate id {did}")
            allids.add(did)
            path = HERE / d["file"]
            if not path.exists(): err(f"{did}: missing file {d['file']}"); continue
            ext = path.suffix.lower().lstrip(".")
            fmt = d["format"].lower()
            if {"jpg": "jpeg", "tif": "tiff"}.get(ext, ext) != {"jpg": "jpeg", "tif": "tiff"}.get(fmt, fmt):
                err(f"{did}: format {fmt} vs extension {ext}")
            text = None
            boxed = fmt in {"png", "jpeg", "jpg", "tiff", "tif", "pdf"}
            if fmt == "pdf":
                data = path.read_bytes()
                npages = len(re.findall(rb"/Type\s*/Page[^s]", data))
                if npages != d["pages"]: err(f"{did}: pages {d['pages']} but PDF has {npages}")
                text = pdf_text(path)
            elif fmt in {"tiff", "tif"}:
                from PIL import Image
                im = Image.open(path); n = getattr(im, "n_frames", 1)
                if n != d["pages"]: err(f"{did}: pages {d['pages']} but TIFF has {n}")
            elif fmt == "docx":
                x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
                paras = re.findall(r"<w:p[ >].*?</w:p>", x, re.S)
                text = "\n".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paras)
                text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            elif fmt == "eml":
                msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
                parts = [f"{k}: {v}" for k, v in msg.items()]
                for part in msg.walk():
                    if part.get_content_type() == "text/plain":
                        parts.append(part.get_content())
                text = "\n".join(parts)
            keep_texts = []
            for k in d["keep"]:
                if not isinstance(k, dict) or "text" not in k: err(f"{did}: keep entry {k}"); continue
                keep_texts.append(k["text"])
            check_strings(did, text, d["identifiers"], sorted(set(keep_texts)))
            entries = [("id", x) for x in d["identifiers"]] + [("keep", x) for x in d["keep"]] + \
                      [("barcode", x) for x in d.get("barcodes", [])] + [("photo", x) for x in d.get("photos", [])]
            for what, x in entries:
                if boxed:
                    if "box" not in x or "page" not in x: err(f"{did}: {what} without page/box: {x}"); continue
                    b = x["box"]
                    if len(b) != 4 or not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1):
                        err(f"{did}: bad box {b} for {x}")
                    if not (1 <= x["page"] <= d["pages"]): err(f"{did}: bad page {x}")
                elif what in ("id", "keep") and ("box" in x or "page" in x):
                    err(f"{did}: {fmt} entry must not have page/box: {x}")
            for b in d.get("barcodes", []):
                if not {"format", "value"} <= set(b): err(f"{did}: barcode keys {b}")
    print(f"texts: {n_t}  files: {n_f}  errors: {len(errors)}  warnings: {len(warnings)}")
    for w in warnings: print("WARN ", w)
    for e in errors: print("ERROR", e)
    sys.exit(1 if errors else 0)

def pdf_text(path):
    """Concatenate the literal strings of every (…) Tj / TJ in the PDF content streams (reportlab output)."""
    import zlib
    data = path.read_bytes()
    out = []
    for m in re.finditer(rb"<<((?:(?!<<).)*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        if b"/Image" in m.group(1) or b"/Length1" in m.group(1):
            continue
        raw = m.group(2)
        for dec in (lambda b: zlib.decompress(b), lambda b: b):
            try:
                s = dec(raw); break
            except Exception:
                s = b""
        for t in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s):
            t = re.sub(rb"\\([0-7]{3})", lambda mm: bytes([int(mm.group(1), 8)]), t)
            t = re.sub(rb"\\([()\\])", rb"\1", t)
            out.append(t.decode("cp1252"))
    return "\n".join(out) if out else None

if __name__ == "__main__":
    main()
