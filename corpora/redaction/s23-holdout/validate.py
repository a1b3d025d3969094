# Validate texts.jsonl and files.jsonl (run with .venv/bin/python validate.py)
import json, re, os, sys, zlib
from docx import Document
TYPES = {"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
err = []; warn = []; ids = set()
def chk_common(o):
    if o["id"] in ids: err.append(f"dup id {o['id']}")
    ids.add(o["id"])
    for i in o["identifiers"]:
        if i["type"] not in TYPES: err.append(f"{o['id']} bad type {i}")
def overlap(o, idt, keeps):
    for i in idt:
        for k in keeps:
            if i in k or k in i: err.append(f"{o['id']}: identifier {i!r} overlaps keep {k!r}")
        for m in re.finditer(re.escape(i), o.get("_text","")):
            a, b = m.start(), m.end(); t = o["_text"]
            if (a>0 and t[a-1].isalnum() and i[0].isalnum()) or (b<len(t) and t[b].isalnum() and i[-1].isalnum()):
                warn.append(f"{o['id']}: {i!r} occurs inside a word")
for l in open("texts.jsonl"):
    o = json.loads(l); chk_common(o); t = o["text"]; o["_text"] = t
    for i in o["identifiers"]:
        if i["text"] not in t: err.append(f"{o['id']} missing id {i['text']!r}")
    for k in o["keep"]:
        if k not in t: err.append(f"{o['id']} missing keep {k!r}")
    if len({i['text'] for i in o['identifiers']}) != len(o['identifiers']): err.append(f"{o['id']} duplicate identifier strings")
    overlap(o, [i["text"] for i in o["identifiers"]], o["keep"])
def pdftext(path):
    raw = open(path,"rb").read(); out = ""
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
        s = m.group(1)
        try: s = zlib.decompress(s)
        except Exception: pass
        out += "".join(x.decode("latin-1") for x in re.findall(rb"\(((?:\\.|[^\\)])*)\)", s))
    return out.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
for l in open("files.jsonl"):
    o = json.loads(l); chk_common(o); p = o["file"]
    if not os.path.exists(p): err.append(f"{o['id']} file missing"); continue
    text = None
    if o["format"] == "docx":
        d = Document(p); text = "\n".join(x.text for x in d.paragraphs) + "\n" + "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    elif o["format"] == "eml": text = open(p).read()
    elif o["format"] == "pdf" and "scanned" not in o["kind"]: text = pdftext(p)
    keeps = [k if isinstance(k,str) else k["text"] for k in o["keep"]]
    if text is not None:
        o["_text"] = text
        for s in [i["text"] for i in o["identifiers"]] + keeps:
            if s not in text: err.append(f"{o['id']} {s!r} not in text layer")
    for e in o["identifiers"] + [k for k in o["keep"] if isinstance(k, dict)] + o.get("barcodes", []) + o.get("photos", []):
        if o["format"] in ("docx","eml"):
            if "box" in e: err.append(f"{o['id']} docx/eml entry has box")
            continue
        b = e["box"]
        if not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1): err.append(f"{o['id']} box out of page {e}")
        if not (1 <= e["page"] <= o["pages"]): err.append(f"{o['id']} bad page {e}")
    if o["format"] not in ("docx","eml"): 
        idt = list({i["text"] for i in o["identifiers"]})
        overlap(o, idt, keeps)
print("documents:", len(ids)); print("errors:", len(err)); [print(" E", e) for e in err]
print("warnings:", len(warn)); [print(" W", w) for w in warn[:40]]
sys.exit(1 if err else 0)
