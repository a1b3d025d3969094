#!/usr/bin/env python3
"""Build texts.jsonl from src/docs_*.py. Markup in document text: [[CODE|string]].
CODE: P R C A PC PH E N H RF G U O (identifier types) or K (keep). Extra keeps via 'keep' list."""
import json, re, glob, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
T = {"P":"PATIENT_NAME","R":"RELATIVE_NAME","C":"COLLEAGUE_NAME","A":"ADDRESS","PC":"POSTCODE","PH":"PHONE",
     "E":"EMAIL","N":"NHS_NUMBER","H":"HOSPITAL_NUMBER","RF":"REFERENCE_NUMBER","G":"GMC_NUMBER","U":"URL","O":"OTHER_ID"}
pat = re.compile(r"\[\[(P|R|C|A|PC|PH|E|N|H|RF|G|U|O|K)\|(.*?)\]\]", re.S)
docs = []
for f in sorted(glob.glob(os.path.join(HERE, "src", "docs_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    docs.extend(m.DOCS)
EXTRA = {}
_ef = os.path.join(HERE, "src", "extra_ids.py")
if os.path.exists(_ef):
    ns = {}; exec(open(_ef).read(), ns); EXTRA = ns["EXTRA"]
out = []
for d in docs:
    raw = d["text"].strip("\n")
    ids, keep = [], []
    for code, s in pat.findall(raw):
        if code == "K":
            if s not in keep: keep.append(s)
        else:
            e = {"text": s, "type": T[code]}
            if e not in ids: ids.append(e)
    text = pat.sub(lambda m: m.group(2), raw)
    for code, s in EXTRA.get(d["id"], []) + d.get("ids", []):
        e = {"text": s, "type": T[code]}
        if e not in ids: ids.append(e)
    for k in d.get("keep", []):
        if k not in keep: keep.append(k)
    a = d["applicant"]
    toks = a.split()[1:]  # drop title
    forms = [a, " ".join(toks), toks[0] + " " + toks[-1], a.split()[0] + " " + toks[-1], toks[0]] + d.get("applicant_forms", [])
    added = []
    for fm in sorted(set(forms), key=len, reverse=True):
        for m in re.finditer(r"(?<![\w'])" + re.escape(fm) + r"(?![\w'])", text):
            inside = any(text.find(big, max(0, m.start() - len(big))) != -1 and
                         any(bm.start() <= m.start() and m.end() <= bm.end() for bm in re.finditer(re.escape(big), text))
                         for big in added)
            if not inside and fm not in keep and not any(fm in i["text"] or i["text"] in fm for i in ids):
                keep.insert(0, fm); added.append(fm); break
        else:
            continue
    added = None
    out.append({"id": d["id"], "kind": d["kind"], "applicant": a, "text": text, "identifiers": ids, "keep": keep})
with open(os.path.join(HERE, "texts.jsonl"), "w") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "texts")
