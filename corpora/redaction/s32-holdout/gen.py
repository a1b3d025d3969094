#!/usr/bin/env python3
"""Build texts.jsonl from marked-up source docs (docs_*.py).
Markup: <<T|string>> = identifier of type T; [[string]] = keep string. Markup is stripped in output."""
import re, json, glob, importlib.util, sys
TYPES = {"P":"PATIENT_NAME","R":"RELATIVE_NAME","C":"COLLEAGUE_NAME","A":"ADDRESS","PC":"POSTCODE","T":"PHONE",
 "E":"EMAIL","N":"NHS_NUMBER","H":"HOSPITAL_NUMBER","REF":"REFERENCE_NUMBER","G":"GMC_NUMBER","U":"URL","O":"OTHER_ID"}
TOK = re.compile(r"<<(\w+)\|(.*?)>>|\[\[(.*?)\]\]", re.S)
def parse(src):
    out, ids, keep, pos = [], [], [], 0
    for m in TOK.finditer(src):
        out.append(src[pos:m.start()]); pos = m.end()
        if m.group(1):
            t = TYPES[m.group(1)]; s = m.group(2); out.append(s)
            if (s, t) not in [(i["text"], i["type"]) for i in ids]: ids.append({"text": s, "type": t})
        else:
            s = m.group(3); out.append(s)
            if s not in keep: keep.append(s)
    out.append(src[pos:])
    return "".join(out), ids, keep
docs = []
for f in sorted(glob.glob("docs_*.py")):
    spec = importlib.util.spec_from_file_location(f[:-3], f); mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    docs += mod.DOCS
rows = []
for n, (kind, applicant, src) in enumerate(docs, 1):
    text, ids, keep = parse(src.strip("\n"))
    rows.append({"id": f"s32-{n:03d}", "kind": kind, "applicant": applicant, "text": text, "identifiers": ids, "keep": keep})
with open("texts.jsonl", "w") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "documents written")
