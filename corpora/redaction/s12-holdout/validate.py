"""Validator for the h12 redaction hold-out set (structure and string consistency only)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
RESERVED = [r"^01632 ?960 ?\d{3}$", r"^020 ?7946 ?0\d{3}$", r"^07700 ?900 ?\d{3}$",
            r"^01(1[3-8]|21|31|41|51|61) ?496 ?0 ?\d{3}$", r"^029 ?2018 ?0\d{3}$"]
errors, warnings, seen = [], [], set()
counts, n_nopat = {}, 0

def err(m): errors.append(m)
def warn(m): warnings.append(m)

def check_common(d, where):
    if d["id"] in seen: err(f"{where}: duplicate id {d['id']}")
    seen.add(d["id"])
    for k in ("id", "kind", "applicant", "identifiers", "keep"):
        if k not in d: err(f"{where}: missing {k}")
    pairs = {}
    for it in d["identifiers"]:
        if it["type"] not in TYPES: err(f"{d['id']}: bad type {it['type']}")
        counts[it["type"]] = counts.get(it["type"], 0) + 1
        if pairs.get(it["text"], it["type"]) != it["type"]:
            err(f"{d['id']}: {it['text']!r} given two types")
        pairs[it["text"]] = it["type"]
        if it["type"] == "PHONE":
            digits = re.sub(r"\D", "", it["text"])
            if len(digits) >= 10 and not any(re.match(p, it["text"]) for p in RESERVED):
                err(f"{d['id']}: phone {it['text']!r} not in a reserved range")
        if d["applicant"] in it["text"] or it["text"] == d["applicant"]:
            err(f"{d['id']}: applicant name inside identifier {it['text']!r}")
    if not any(i["type"] == "PATIENT_NAME" for i in d["identifiers"]):
        global n_nopat; n_nopat += 1
    return pairs

def texts():
    for ln, line in enumerate(open(os.path.join(ROOT, "texts.jsonl")), 1):
        d = json.loads(line); t = d["text"]
        pairs = check_common(d, f"texts.jsonl:{ln}")
        for s in pairs:
            if s not in t: err(f"{d['id']}: identifier {s!r} not in text")
        for k in d["keep"]:
            if k not in t: err(f"{d['id']}: keep {k!r} not in text")
            for s in pairs:
                if s in k: err(f"{d['id']}: identifier {s!r} occurs inside keep {k!r}")
                if k in s and len(k) > 3: warn(f"{d['id']}: keep {k!r} inside identifier {s!r}")
        # case-insensitive collisions (informational)
        for s in pairs:
            for k in d["keep"]:
                if s.lower() in k.lower() and s not in k:
                    warn(f"{d['id']}: {s!r} matches keep {k!r} only case-insensitively")

def inbox(b):
    return len(b) == 4 and all(0 <= v <= 1 for v in b) and b[0] < b[2] and b[1] < b[3]

def files():
    p = os.path.join(ROOT, "files.jsonl")
    if not os.path.exists(p): err("files.jsonl missing"); return
    for ln, line in enumerate(open(p), 1):
        d = json.loads(line)
        check_common(d, f"files.jsonl:{ln}")
        fp = os.path.join(ROOT, d["file"])
        if not os.path.exists(fp): err(f"{d['id']}: file {d['file']} missing")
        docx = d["format"] == "docx"
        body = None
        if docx:
            import zipfile
            body = zipfile.ZipFile(fp).read("word/document.xml").decode()
            body += "".join(zipfile.ZipFile(fp).read(n).decode() for n in zipfile.ZipFile(fp).namelist()
                            if re.match(r"word/header\d*\.xml", n))
            plain = re.sub(r"<[^>]+>", "", body)
        idt = {i["text"] for i in d["identifiers"]}
        for k in {k["text"] for k in d["keep"]}:
            for t in idt:
                if t in k: err(f"{d['id']}: identifier {t!r} occurs inside keep {k!r}")
                if k in t and len(k) > 3: warn(f"{d['id']}: keep {k!r} inside identifier {t!r}")
        for kind in ("identifiers", "keep", "barcodes", "photos"):
            for it in d.get(kind, []):
                if docx:
                    if "box" in it: err(f"{d['id']}: DOCX entry with box")
                    if kind in ("identifiers", "keep"):
                        from xml.sax.saxutils import escape
                        if escape(it["text"]) not in plain: err(f"{d['id']}: {it['text']!r} not in DOCX text")
                    continue
                if "box" not in it or not inbox(it["box"]): err(f"{d['id']}: bad box {it}")
                if not (1 <= it.get("page", 0) <= d["pages"]): err(f"{d['id']}: bad page {it}")

texts(); files()
print(f"documents: {len(seen)}; naming no patient: {n_nopat}")
print("identifier counts by type:", json.dumps(dict(sorted(counts.items())), indent=0))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
